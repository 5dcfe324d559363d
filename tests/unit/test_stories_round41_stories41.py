"""Round 41 of story grouping (issue 15; blind set 32 as dev): the Samarkand 2022 summit's two
days; Thai month names and the Thai "council of heads"; a Persian summit named with a word of
time inside; a wire agency's plain dateline; a report a few days on naming the summit and its
host state but no city. Every text here is written by the developers (round 41) after the shapes
of the sets' pages; none is copied from a set."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from pipeline.documents.calendar import Calendar, CalendarMeeting, default_calendar
from pipeline.stories import (
    _past_plain_dateline,
    calendar_meeting,
    found_preview,
    lead_dates,
    sco_summit_named,
)
from pipeline.tagging import load_gazetteer, tag_article


def test_the_samarkand_summit_is_held_on_two_days() -> None:
    samarkand = default_calendar().get("hsc-2022-samarkand")
    assert samarkand is not None
    assert (samarkand.start, samarkand.end) == (date(2022, 9, 15), date(2022, 9, 16))
    # its documents keep the day of the council's session
    assert samarkand.day == date(2022, 9, 16)


@pytest.mark.parametrize("text, days", [
    # written for this test: Thai month names after the day, as Thai writes dates
    ("การประชุมจะจัดขึ้นในวันที่ 14 กรกฎาคม และ 15 กรกฎาคมที่จะถึงนี้", {date(2030, 7, 14),
                                                                       date(2030, 7, 15)}),
    # ... and an abbreviation, with or without its last dot
    ("เมื่อวันที่ 10 ก.ค. ผู้นำได้พบกัน", {date(2030, 7, 10)}),
    ("เมื่อวันที่ 10 ก.ค ที่ผ่านมา ผู้นำได้พบกัน", {date(2030, 7, 10)}),
])
def test_thai_month_names(text: str, days: set[date]) -> None:
    published = datetime(2030, 7, 12, 9, tzinfo=UTC)
    assert {d for _, d in lead_dates("", text, published)} == days


@pytest.fixture(scope="module")
def gazetteer():  # type: ignore[no-untyped-def]
    return load_gazetteer()


def test_the_thai_council_of_heads(gazetteer) -> None:  # type: ignore[no-untyped-def]
    # written for this test: "the 30th meeting of the council of heads of the member states of
    # the Shanghai Cooperation Organisation"
    text = ("ผู้นำเข้าร่วมการประชุมครั้งที่ 30 ของคณะมนตรีประมุขประเทศสมาชิก"
            "องค์การความร่วมมือเซี่ยงไฮ้ และกล่าวปราศรัย")
    assert "SCO Heads of State Council" in tag_article(gazetteer, "", text, "th").bodies


@pytest.mark.parametrize("text, named", [
    # written for this test: "this year's meeting of the heads of the SCO"
    ("یکی از نکات نشست امسال سران سازمان همکاری شانگهای پذیرش یک عضو تازه بود.", True),
    ("اجلاس سالانه سران سازمان همکاری شانگهای برگزار شد.", True),
    # a meeting of this year with no heads is no summit
    ("نشست امسال وزیران سازمان همکاری شانگهای برگزار شد.", False),
])
def test_a_persian_summit_with_a_word_of_time_inside(text: str, named: bool) -> None:
    assert sco_summit_named("", text, True) is named


TIANJIN = CalendarMeeting(id="hsc-test-tianjin", council="heads_of_state_council",
                          venue="Tianjin", year=2030, chair="CN", start=date(2030, 8, 31),
                          end=date(2030, 9, 1))
NEW_DELHI = CalendarMeeting(id="hsc-test-delhi", council="heads_of_state_council",
                            venue="New Delhi", year=2031, chair="IN", start=date(2031, 7, 4))
CALENDAR = Calendar(meetings=(TIANJIN, NEW_DELHI))


def test_a_plain_dateline_is_the_agency_s_city() -> None:
    # written for this test: filed from New Delhi on the summit's day, the summit in Tianjin
    body = ("New Delhi, 1 सितंबर . शंघाई सहयोग संगठन की बैठक में नेता शामिल हुए. "
            "बैठक चीन के तियानजिन शहर में हुई.")
    assert _past_plain_dateline("", body, "New Delhi", frozenset({"New Delhi"}), CALENDAR,
                                date(2030, 9, 1)) == ("Tianjin", frozenset({"Tianjin"}))
    # an English dateline with the month first
    english = "NEW DELHI, Sept 1 (Agency) - Leaders met at the SCO summit in Tianjin on Monday."
    assert _past_plain_dateline("", english, "New Delhi", frozenset({"New Delhi"}), CALENDAR,
                                date(2030, 9, 1))[0] == "Tianjin"


def test_a_plain_dateline_at_a_meeting_of_its_own_city_stays() -> None:
    # written for this test: filed from New Delhi while New Delhi holds the summit
    body = "New Delhi, 4 July . The SCO summit opened; last year it met in Tianjin."
    assert _past_plain_dateline("", body, "New Delhi", frozenset({"New Delhi"}), CALENDAR,
                                date(2031, 7, 4))[0] == "New Delhi"


@pytest.mark.parametrize("body", [
    # no date after the city: no dateline
    "New Delhi, the capital, said the summit in Tianjin was a success.",
    # a lead naming no other venue keeps the dateline's city
    "New Delhi, 1 September . India's ministers spoke about the SCO.",
])
def test_no_plain_dateline_or_no_other_venue(body: str) -> None:
    assert _past_plain_dateline("", body, "New Delhi", frozenset({"New Delhi"}), CALENDAR,
                                date(2030, 9, 1))[0] == "New Delhi"


def test_a_report_days_on_naming_the_summit_and_its_host_state() -> None:
    # three days after the summit, naming the council and China, no city at all
    assert calendar_meeting(CALENDAR, date(2030, 9, 4), [date(2030, 9, 4)], None,
                            councils={"heads_of_state_council"}, states=["CN"]) == TIANJIN
    # another state than the host: nothing
    assert calendar_meeting(CALENDAR, date(2030, 9, 4), [date(2030, 9, 4)], None,
                            councils={"heads_of_state_council"}, states=["RU"]) is None
    # a city named that is not the meeting's: nothing
    assert calendar_meeting(CALENDAR, date(2030, 9, 4), [date(2030, 9, 4)], "Moscow",
                            councils={"heads_of_state_council"}, states=["CN"]) is None
    # more than a week on: nothing
    assert calendar_meeting(CALENDAR, date(2030, 9, 12), [date(2030, 9, 12)], None,
                            councils={"heads_of_state_council"}, states=["CN"]) is None


def test_a_plain_dateline_reads_the_lead_s_venues_among_the_text_s() -> None:
    # written for this test: "Shanghai" of the organisation's name is no venue (`venues`, the
    # tagging's, leaves it out), so the dateline's city stays
    body = "TIANJIN, September 1. The Shanghai Cooperation Organization will have a greater voice."
    assert _past_plain_dateline("", body, "Tianjin", frozenset({"Tianjin"}), CALENDAR,
                                date(2031, 3, 1), venues={"Tianjin"})[0] == "Tianjin"


@pytest.mark.parametrize("text, venue", [
    # written for this test: "in the state of Goa, west of India", "the Indian state of Goa"
    ("عقد اجتماع وزراء خارجية منظمة شنغهاي للتعاون في مدينة باناجي بولاية جوا غربي الهند.", True),
    ("اجتمع وزراء خارجية منظمة شنغهاي للتعاون في ولاية جوا الهندية.", True),
    # "by air": no venue
    ("نقلت منظمة شنغهاي للتعاون المساعدات جوًا إلى الهند.", False),
    ("وصل وزير خارجية منظمة شنغهاي للتعاون جوا إلى الهند.", False),
])
def test_arabic_goa_only_as_the_state_of_goa(gazetteer, text: str, venue: bool) -> None:  # type: ignore[no-untyped-def]
    assert ("Goa" in tag_article(gazetteer, "", text, "ar").venues) is venue


SEEN = date(2030, 10, 1)  # a crawl a month after the meeting


@pytest.mark.parametrize("text, preview", [
    # written for this test: "the summit will be held at Tianjin between 31 August and 1
    # September", "the leaders will attend"
    ("การประชุมสุดยอดจะจัดขึ้นที่เมืองเทียนจินระหว่างวันที่ 31 สิงหาคมถึง 1 กันยายน", True),
    ("ผู้นำจะเข้าร่วมการประชุมสุดยอดในวันที่ 31 สิงหาคม", True),
    # "was held": a report
    ("การประชุมสุดยอดจัดขึ้นที่เมืองเทียนจินเมื่อวันที่ 1 กันยายน", False),
])
def test_an_undated_thai_preview(text: str, preview: bool) -> None:
    assert found_preview("", text, SEEN, TIANJIN) is preview
