"""Round 18: the SCO's names missed in blind set 17's reports (pipeline/data/gazetteers/sco.toml,
pipeline.tagging._defined_otherwise).

Every text here was written by the lead for these tests, in the constructions of the set's
reports (no real report copied).
"""

from __future__ import annotations

from pipeline.tagging import tag_article


def test_the_vietnamese_name(gaz) -> None:
    assert tag_article(gaz, "", "Hội nghị thượng đỉnh Tổ chức Hợp tác Thượng Hải (SCO) khai mạc "
                       "tại Thiên Tân.", language="vi").sco_relevant
    assert tag_article(gaz, "", "Lãnh đạo các nước thành viên tổ chức hợp tác Thượng Hải ra "
                       "tuyên bố chung.", language="vi").sco_relevant
    assert not tag_article(gaz, "", "Thượng Hải đón hàng triệu khách du lịch trong kỳ nghỉ.",
                           language="vi").sco_relevant


def test_a_misspelt_second_definition_does_not_undo_the_first(gaz) -> None:
    body = ("Presiden tiba di Astana untuk menghadiri pertemuan puncak Organisasi Kerja Sama "
            "Shanghai (SCO) dan sejumlah pertemuan bilateral. KTT SCO berlangsung dua hari. "
            "Para pemimpin SCO akan menandatangani deklarasi. Organisasi Kerja Sama Shangahi (SCO) "
            "didirikan pada tahun 2001. Saat ini SCO memiliki sepuluh anggota.")
    tags = tag_article(gaz, "Presiden hadiri KTT SCO", body, language="id")
    assert tags.sco_relevant and "SCO" not in tags.ignored


def test_an_abbreviation_defined_only_otherwise_is_still_set_aside(gaz) -> None:
    body = ("The Scottish Chamber Orchestra (SCO) opened its season in Edinburgh. The SCO will "
            "tour in spring, and SCO players teach in schools.")
    tags = tag_article(gaz, "SCO season opens", body, language="en")
    assert not tags.sco_relevant and "SCO" in tags.ignored
