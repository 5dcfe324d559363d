"""Round 31 of story grouping (blind sets 1-25 as dev): the heads of state council named in
Serbian (Latin and Cyrillic) and Thai (bodies.toml), a meeting's ordinal in Vietnamese ("lần thứ
N") and Thai ("ครั้งที่ N"), and Vietnamese day-first dates in figures ("ngày 4/7", "3-4/7/2024").
Every text here is written by the developers (round 31) after the shapes of blind set 25's
reports; none is copied from a set."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from pipeline.stories import event_days, lead_dates, lead_ordinal, month_days, year_dates
from pipeline.tagging import tag_article

HSC = "SCO Heads of State Council"



@pytest.mark.parametrize("lang, text", [
    # written for this test
    ("sr", "U Astani je počeo sastanak saveta šefova država Šangajske organizacije za saradnju "
     "(ŠOS). Na njemu učestvuju lideri deset zemalja."),
    ("sr", "Počeo samit ŠOS u Kazahstanu. Šangajska organizacija za saradnju (ŠOS) okuplja deset "
     "zemalja."),
    ("th", "ผู้นำจีนกล่าวในการประชุมสภาประมุขแห่งรัฐขององค์การความร่วมมือเซี่ยงไฮ้ (SCO) "
     "ครั้งที่ 25 ที่เมืองจีน"),
    ("th", "การประชุมประจำปีของสภาผู้นำประเทศสมาชิกองค์การความร่วมมือเซี่ยงไฮ้ (SCO) จัดขึ้นวันนี้"),
])
def test_the_council_in_serbian_and_thai(gaz, lang: str, text: str) -> None:
    assert HSC in tag_article(gaz, "", text, lang).bodies


def test_a_serbian_summit_of_another_organisation_is_no_sco_summit(gaz) -> None:
    # written for this test: "samit" alone is any summit, the SCO named elsewhere in the text
    text = ("Samit NATO-a održan je u Vilnusu. Šangajska organizacija za saradnju (ŠOS) "
            "nije bila predstavljena.")
    assert HSC not in tag_article(gaz, "", text, "sr").bodies


@pytest.mark.parametrize("text, ordinal", [
    # written for this test
    ("Hội nghị lần thứ 24 của Hội đồng Nguyên thủ các nước thành viên SCO", 24),
    ("Phát biểu tại Hội nghị Thượng đỉnh lần thứ 23 của Hội đồng Nguyên thủ", 23),
    ("การประชุมสภาประมุขแห่งรัฐขององค์การความร่วมมือเซี่ยงไฮ้ ( SCO ) ครั้งที่ 25", 25),
    ("การประชุมประจำปีครั้งที่ 22 ของสภาผู้นำประเทศสมาชิก", 22),
    # "the second time" of a visit, another organisation's numbered meeting: no ordinal
    ("Đây là lần thứ 2 ông thăm Trung Quốc", None),
    ("Hội nghị Cấp cao ASEAN lần thứ 47 khai mạc", None),
    ("การประชุมสุดยอดอาเซียนครั้งที่ 47 เปิดขึ้นวันนี้", None),
    # round 29's French ordinal still reads
    ("lors de la 23e réunion du Conseil", 23),
])
def test_vietnamese_and_thai_meeting_ordinals(text: str, ordinal: int | None) -> None:
    assert lead_ordinal(text) == ordinal


@pytest.mark.parametrize("body, days", [
    # written for this test: published on 5 July 2024
    ("Hội nghị diễn ra ngày 4/7 tại Astana.", {date(2024, 7, 4)}),
    ("Hội nghị diễn ra ngày 4/7/2024 tại Astana.", {date(2024, 7, 4)}),
    ("Hội nghị diễn ra ngày 3-4/7 tại Astana.", {date(2024, 7, 3), date(2024, 7, 4)}),
    ("Hội nghị Thượng đỉnh SCO 3-4/7/2024 tại Astana.", {date(2024, 7, 3), date(2024, 7, 4)}),
])
def test_vietnamese_day_first_dates(body: str, days: set[date]) -> None:
    published = datetime(2024, 7, 5, 12)
    assert days <= event_days("", body, published)
    assert days <= {d for _, d in lead_dates("", body, published)}


def test_a_bare_day_and_month_in_figures_is_not_read() -> None:
    # written for this test: without "ngày" or a range with its year, "4/7" may be April 7
    published = datetime(2024, 7, 5, 12)
    assert lead_dates("", "The index rose 4/7 points on the day.", published) == []
    assert event_days("", "The index rose 4/7 points on the day.", published) == {
        date(2024, 7, 5)}


def test_an_undated_page_reads_vietnamese_dates_with_their_year() -> None:
    # written for this test: the year written inside the date ("4/7/2024") or not at all
    assert year_dates("", "Hội nghị khai mạc ngày 4/7/2024 tại Astana.") == {date(2024, 7, 4)}
    assert year_dates("", "Hội nghị diễn ra 3-4/7/2024 tại Astana.") == {
        date(2024, 7, 3), date(2024, 7, 4)}
    assert year_dates("", "Hội nghị khai mạc ngày 4/7 tại Astana.") == frozenset()
    assert month_days("", "Hội nghị khai mạc ngày 4/7 tại Astana.") == {(7, 4, None)}
    assert month_days("", "Hội nghị khai mạc ngày 4/7/2024 tại Astana.") == {(7, 4, 2024)}
