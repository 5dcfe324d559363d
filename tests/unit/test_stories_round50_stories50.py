"""Round 50 of story grouping (issue 15, stories across languages; blind sets 33-36 as dev):
the calendar's venues in Hebrew and Georgian, a capitals dateline with the agency's name after
the city's full stop ("АСТАНА. KAZINFORM —"), and the Persian ordinal written with the Arabic
yeh. Sentences from the sets are cited with the set and item id; the counter-examples are
written for these tests."""

from __future__ import annotations

from functools import cache

import pytest

from pipeline.ordinals import ordinal
from pipeline.stories import _dateline_city, lead_ordinal
from pipeline.tagging import Gazetteer, load_gazetteer, tag_article


@cache
def _gazetteer() -> Gazetteer:
    return load_gazetteer()


def _venues(text: str) -> list[str]:
    return tag_article(_gazetteer(), "", text).venues


@pytest.mark.parametrize(("text", "venue"), [
    # blind set 36, r-3f41d240ce: "in Tianjin in China the summit ... opened today (Sunday)",
    # the prefixed "ב" (in) and the typographic apostrophe
    ("בטיאנז’ין שבסין נפתחה היום (ראשון) פסגת ארגון שיתוף הפעולה של שאנגחאי (SCO)", "Tianjin"),
    # blind set 36, r-79192ca296: "is held in the port city of Tianjin in China"
    ("פסגת ארגון שנחאי לשיתוף פעולה 2025 מתקיימת בעיר הנמל טיאנג'ין בסין.", "Tianjin"),
    # written for the test: the Hebrew geresh (U+05F3) and "to Moscow", "in Tashkent"
    ("ראש הממשלה יצא לבייג׳ינג", "Beijing"),
    ("הנשיא הגיע למוסקבה", "Moscow"),
    ("הפסגה הבאה תתקיים בטשקנט", "Tashkent"),
    # written for the test: Georgian with its case endings ("in Samarkand", "of Bishkek")
    ("სამიტი სამარყანდში გაიმართა", "Samarkand"),
    ("ბიშკეკის სამიტზე", "Bishkek"),
])
def test_hebrew_and_georgian_venues_are_read(text: str, venue: str) -> None:
    assert venue in _venues(text)


@pytest.mark.parametrize("text", [
    # Hebrew "אופה" is also "bakes" / "baker": Ufa is left out in Hebrew
    "הוא אופה לחם בכל בוקר",
    # Georgian "უფალი" (lord) must not read as Ufa, nor a longer Hebrew word as Moscow
    "უფალი",
    "המוסקבאים",
])
def test_look_alikes_stay_no_venue(text: str) -> None:
    assert _venues(text) == []


@pytest.mark.parametrize(("lead", "city"), [
    # blind set 36, r-aee357f136: the headline, then the city, a full stop, the agency, a dash
    ("Тоқаев Шанхай ынтымақтастық ұйымының Су мәселелерін зерттеу орталығын ашуды ұсынды\n"
     "АСТАНА. KAZINFORM — Мемлекет басшысы экология саласындағы ықпалдастықты маңызды міндет "
     "деп атады", "АСТАНА"),
    # blind set 35, r-0913fd6fd2
    ("BISHKEK. KAZINFORM - The 19-th session of the Heads of State Council of the Shanghai "
     "Cooperation Organization (SCO) member states will be held in Bishkek on June 14",
     "BISHKEK"),
    # round 46's capitals and dash, unchanged
    ("ISLAMABAD - The SCO member states agreed", "ISLAMABAD"),
])
def test_a_capitals_dateline_with_its_agency_is_read(lead: str, city: str) -> None:
    assert _dateline_city(lead) == city


@pytest.mark.parametrize("lead", [
    # not in capitals: a sentence, no dateline (written for the test)
    "Астана. Kazinform — Мемлекет басшысы сөз сөйледі",
    # a capitals word then a sentence before a dash: no agency name in capitals
    "АСТАНА. Мемлекет басшысы — бұл маңызды",
])
def test_a_sentence_with_a_full_stop_and_a_dash_is_no_dateline(lead: str) -> None:
    assert _dateline_city(lead) is None


def test_the_persian_ordinal_with_the_arabic_yeh_is_read() -> None:
    # blind set 35, r-ce54d099e9: "the 13th session of the heads of the member states of the
    # SCO", Persian written with the Arabic yeh and kaf
    lead = "سيزدهمين اجلاس سران كشورهاي عضو سازمان همكاري شانگهاي پيش از ظهر جمعه"
    assert lead_ordinal(lead) == 13
    # tens and unit, both with the Arabic yeh (written for the test)
    assert ordinal("بيست و چهارمين نشست سران") == 24


@pytest.mark.parametrize(("text", "number"), [
    # the Persian spelling and an Arabic ordinal word with its own yeh, unchanged
    ("سیزدهمین اجلاس سران", 13),
    ("بیست‌وچهارمین نشست", 24),
    ("الاجتماع الثاني لمجلس", 2),
])
def test_other_spellings_are_read_as_before(text: str, number: int) -> None:
    assert lead_ordinal(text) == number
