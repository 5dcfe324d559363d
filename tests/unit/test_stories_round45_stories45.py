"""Round 45 of story grouping (issue 15; blind sets 29-34 as dev): a wire dateline on the line
after a line holding only the day, or with its agency in parentheses; a report whose first venue
is only its dateline's city is placed as one naming no venue (by the host state it names);
Urdu "نئی دلی". The Hindi, Urdu and English texts here are written for these tests after the
shapes of the sets' pages (UNI, IANS, Dunya News), not copied from them."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.documents.calendar import Calendar, CalendarMeeting
from pipeline.stories import (
    _date_line,
    _dateline_city,
    _past_plain_dateline,
    calendar_meeting,
    dateline_only,
)
from pipeline.tagging import load_gazetteer, tag_article

TIANJIN = CalendarMeeting(id="hsc-test-tianjin", council="heads_of_state_council",
                          ordinal=30, venue="Tianjin", chair="CN", year=2030,
                          start=date(2030, 8, 31), end=date(2030, 9, 1))
NEW_DELHI = CalendarMeeting(id="hsc-test-new-delhi", council="heads_of_state_council",
                            ordinal=31, venue="New Delhi", chair="IN", year=2031,
                            start=date(2031, 7, 4), end=date(2031, 7, 4))
CALENDAR = Calendar(meetings=(TIANJIN, NEW_DELHI))


@pytest.mark.parametrize("line, expected", [
    ("June 13, 2019", True),
    ("13 июня 2019", True),
    (" 1 September 2030 ", True),
    ("June 13, 2019 the leaders met", False),
    ("Leaders met", False),
])
def test_a_line_holding_only_the_day(line: str, expected: bool) -> None:
    assert _date_line(line) is expected


@pytest.mark.parametrize("lead, city", [
    # the round 41 form: the city and the day
    ("New Delhi, 1 सितंबर . नेता मिले", "New Delhi"),
    # the city alone on the line after the headline and a line of the day (UNI in Hindi)
    ("पीएम मोदी शिखर सम्मेलन के लिए रवाना\nJune 13, 2030\nनयी दिल्ली,प्रधानमंत्री रवाना हो गये",
     "नयी दिल्ली"),
    # the city and its agency in parentheses, after a headline and a time stamp line
    ("شنگھائی تعاون تنظیم کا آج اجلاس\nLast Updated On 31 August,2030 11:52 am\n"
     "بیجنگ: (دنیا نیوز) اجلاس آج سے چین میں شروع ہورہا ہے۔", "بیجنگ"),
    ("ISLAMABAD (Agency) The minister said", "ISLAMABAD"),
])
def test_the_city_of_a_wire_dateline(lead: str, city: str) -> None:
    assert _dateline_city(lead) == city


@pytest.mark.parametrize("lead", [
    # no day line before it: a sentence of the body, no dateline
    "Headline of the day\nNew Delhi, the capital, spoke of the summit.",
    # a dateline is read in the first lines only
    "One\nTwo\nThree\nJune 13, 2030\nNew Delhi, the capital",
])
def test_no_wire_dateline(lead: str) -> None:
    assert _dateline_city(lead) is None


def test_a_dateline_after_a_day_line_passes_to_the_lead_s_venue() -> None:
    body = ("पीएम मोदी एससीओ शिखर सम्मेलन के लिए रवाना\nAugust 31, 2030\nनयी दिल्ली,प्रधानमंत्री "
            "नरेंद्र मोदी शिखर सम्मेलन में शामिल होने के लिए चीन के तियानजिन शहर रवाना हो गये।")
    assert _past_plain_dateline("", body, "New Delhi", frozenset({"New Delhi"}), CALENDAR,
                                date(2030, 8, 31)) == ("Tianjin", frozenset({"Tianjin"}))


def test_a_dateline_city_alone_is_no_place_and_the_host_state_places_the_report() -> None:
    # the summit's last day, filed from New Delhi, naming China as the host, no city
    body = ("नई दिल्ली, 1 सितंबर (एजेंसी)। चीन की मेजबानी में दो दिवसीय शंघाई सहयोग संगठन "
            "(एससीओ) की बैठक में कई देशों के राष्ट्राध्यक्ष शामिल हुए।")
    assert dateline_only("", body, "New Delhi", CALENDAR, date(2030, 9, 1), states=["CN", "RU"])
    # naming no host state of the day's meeting, the dateline's city stays its place (a
    # member's capital reporting its own reaction)
    assert not dateline_only("", body, "New Delhi", CALENDAR, date(2030, 9, 1), states=["RU"])
    minsk = ("MINSK, September 1. Belarus welcomed the decision of the Council of Heads of "
             "State of the Shanghai Cooperation Organization.")
    assert not dateline_only("", minsk, "Minsk", CALENDAR, date(2030, 9, 1), states=["BY"])
    # read as naming no venue, the report is the host state's meeting of its days
    assert calendar_meeting(CALENDAR, date(2030, 9, 1), [date(2030, 9, 1)], None,
                            states=["CN", "RU"], sco_named=True) == TIANJIN
    # ... and never when the dateline's city holds a meeting that day
    assert not dateline_only("", "New Delhi, 4 July . The SCO summit opened.", "New Delhi",
                             CALENDAR, date(2031, 7, 4), states=["IN"])
    # ... nor when the lead names another venue (that venue is the report's)
    assert not dateline_only("", "New Delhi, 1 September . Leaders met in Tianjin.",
                             "New Delhi", CALENDAR, date(2030, 9, 1), states=["CN"])
    # ... nor when the city opens no dateline
    assert not dateline_only("", "New Delhi hosted talks on the SCO.", "New Delhi", CALENDAR,
                             date(2030, 9, 1), states=["CN"])


def test_urdu_new_delhi() -> None:
    gaz = load_gazetteer()
    text = "بھارت کے دارالحکومت نئی دلی میں شنگھائی تعاون تنظیم کے وزرائے دفاع کا اجلاس ہوگا۔"
    assert tag_article(gaz, "", text, "ur").venues == ["New Delhi"]
    # "دلی" alone is also "heartfelt": no venue
    assert tag_article(gaz, "", "دلی مبارکباد پیش کی۔", "ur").venues == []
