"""Round 34 (issue 14, blind sets 17-26 as dev): the words that report a venue declaration,
filled as a table for the languages the sets hold and the SCO's and the UN's languages rather
than text by text: the declaration word (Arabic بيان with its joined conjunction, Slovak, Lao),
the venue (Korean 청도 joined to 선언, Slovak adjectives, Lao, Portuguese "de Deli") and the
status verb (Vietnamese "thông qua" and "đưa ra", Slovak "schválili", Portuguese "apoiaram",
Lao "ອະນຸມັດ"). Every text here is written for these tests by the scowatch developers, none is
copied from the sets."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.documents import find_documents


def _found(body: str, when: date = date(2024, 7, 5)) -> dict[str, str]:
    return {m.name: m.status for m in find_documents("", body, when)}


@pytest.mark.parametrize(
    ("body", "name", "status"),
    [
        # Arabic: بيان joined to و (and), the second item of a list of signed documents
        (
            "اختتمت قمة منظمة شنغهاي للتعاون في أستانا أمس. ووقّع قادة منظمة شنغهاي للتعاون "
            "على عدة وثائق، بينها اتفاق للتعاون وبيان أستانا.",
            "Astana Declaration",
            "signed",
        ),
        # Slovak: the venue's adjective and the declaration word in the accusative
        (
            "Lídri členských krajín Šanghajskej organizácie spolupráce (ŠOS) sa stretli v "
            "Astane. Lídri krajín ŠOS schválili Astanskú deklaráciu.",
            "Astana Declaration",
            "approved",
        ),
        # Vietnamese: a headline's bare "thông qua" (adopts) without its tense marker
        (
            "Hội nghị thượng đỉnh SCO thông qua Tuyên bố Astana\n\nLãnh đạo các nước thành viên "
            "Tổ chức Hợp tác Thượng Hải (SCO) họp tại Astana ngày 4/7.",
            "Astana Declaration",
            "adopted",
        ),
        # Vietnamese "đưa ra" (issued)
        (
            "Ngày 4/7, lãnh đạo các nước thành viên Tổ chức Hợp tác Thượng Hải (SCO) họp tại "
            "Astana. Các nhà lãnh đạo SCO đã đưa ra Tuyên bố Astana.",
            "Astana Declaration",
            "adopted",
        ),
        # Portuguese "apoiaram" (endorsed) and "de Deli" (never "Deli" alone)
        (
            "A cimeira da Organização de Cooperação de Xangai (OCX) decorreu por "
            "videoconferência. Os participantes apoiaram a «Declaração de Deli» e outros "
            "documentos da OCX.",
            "New Delhi Declaration",
            "adopted",
        ),
        # Korean: Qingdao's Sino-Korean reading joined to 선언, in quotation marks, signed
        (
            "상해협력기구(SCO) 회원국 정상회의가 열렸다. 회원국 정상들은 \"청도선언\"을 "
            "포함하여 여러 문건에 서명했습니다.",
            "Qingdao Declaration",
            "signed",
        ),
    ],
)
def test_venue_declaration_words_of_more_languages(body, name, status):
    assert _found(body).get(name) == status


def test_lao_declaration_venue_and_approval():
    body = (
        "ກອງປະຊຸມສຸດຍອດ SCO ທີ່ ທຽນຈີນ: ປະມຸກລັດບັນດາປະເທດຂອງອົງການຮ່ວມມື ຊຽງໄຮ້ (SCO) "
        "ໄດ້ອະນຸມັດຖະແຫຼງການ ທຽນຈີນ."
    )
    assert _found(body, date(2025, 9, 1)).get("Tianjin Declaration") == "approved"


def test_vietnamese_through_names_no_document():
    body = (
        "Lãnh đạo các nước thành viên Tổ chức Hợp tác Thượng Hải (SCO) họp tại Astana. "
        "Thông qua hợp tác kinh tế, các nước SCO muốn tăng cường quan hệ."
    )
    assert _found(body) == {}


def test_an_english_deli_is_no_venue():
    body = (
        "Leaders of the Shanghai Cooperation Organisation (SCO) met in Astana. Reporters ate "
        "at a deli before the SCO leaders signed the declaration."
    )
    assert "New Delhi Declaration" not in _found(body)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # a page opening with a declaration's formula, without its title line (French)
        (
            "Les dirigeants des États membres de l'Organisation de coopération de Shanghai "
            "(OCS), à l'issue de la réunion du Conseil des chefs d'État à Astana le 4 juillet "
            "2024, déclarent ce qui suit.\nLes États membres soulignent l'importance du dialogue.",
            "Astana Declaration",
        ),
        # German: the venue in the sentence, the formula closing it
        (
            "Die Staats- und Regierungschefs der Shanghaier Organisation für Zusammenarbeit "
            "(SOZ) kamen in Tianjin zusammen und gaben die folgende Erklärung ab:\nI\nDie Lage "
            "in der Welt verändert sich.",
            "Tianjin Declaration",
        ),
        # English: the venue in the sentence before the formula, the text running on after ":"
        (
            "The meeting of the Council of Heads of State of the Shanghai Cooperation "
            "Organization (SCO) was held in Tashkent. After an exchange of views, the "
            "participants hereby declare the following: 1. The world is changing.",
            "Tashkent Declaration",
        ),
    ],
)
def test_a_page_that_opens_with_the_declarations_formula(body, name):
    assert _found(body, date(2024, 7, 5)).get(name) == "adopted"


def test_the_formula_needs_a_venue_and_the_sco():
    body = (
        "The participants of the forum hereby declare the following: trade matters.\n"
        "The conference closed in the evening."
    )
    assert _found(body) == {}
    no_venue = (
        "Leaders of the Shanghai Cooperation Organization (SCO) member states hereby declare "
        "the following: 1. The world is changing."
    )
    assert _found(no_venue) == {}
