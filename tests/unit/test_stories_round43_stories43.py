"""Round 43 of story grouping (blind sets 1-34 as dev): an undated report whose lead dates its
event a month or more after the meeting it recalls is a later event, not the meeting's report;
an undated Urdu preview says the meeting is to come by the future of hosting, chairing and
attending; Urdu names a session of the SCO ("شنگھائی تعاون تنظیم کا اجلاس") and the heads'
council ("سربراہی کونسل"). Every text here is written by the developers (round 43) after the
shape of blind sets 10, 33 and 34's reports; none is copied from a set."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.documents.calendar import CalendarMeeting
from pipeline.stories import dated_later, found_preview, month_days, sco_session_named

SUMMIT = CalendarMeeting(id="hsc-test-autumn", council="heads_of_state_council",
                         venue="Samarkand", year=2022, start=date(2022, 9, 15),
                         end=date(2022, 9, 16))
WINTER = CalendarMeeting(id="hsc-test-winter", council="heads_of_state_council",
                         venue="Astana", year=2024, start=date(2024, 1, 20),
                         end=date(2024, 1, 21))
COUNCIL = CalendarMeeting(id="chg-test", council="heads_of_government_council",
                          venue="Islamabad", year=2024, start=date(2024, 10, 15),
                          end=date(2024, 10, 16))


@pytest.mark.parametrize("dates, later", [
    ({(11, 27, None)}, True),            # two months on: a later event
    ({(11, 27, 2022)}, True),            # its year written
    ({(9, 25, None)}, False),            # a follow-up within the month stays the meeting's
    ({(9, 16, None)}, False),            # the meeting's own day
    ({(9, 10, None)}, False),            # before it: dated_eve's, not this
    ({(9, 16, None), (11, 27, None)}, False),  # one date is the meeting's
    ({(11, 27, 2023)}, False),           # a year on is beyond LATE_REACH_DAYS
    (set(), False),                       # no date: nothing to tell
])
def test_an_undated_lead_dated_well_after_the_meeting(dates: set, later: bool) -> None:
    assert dated_later(SUMMIT, dates) is later


def test_a_december_date_is_not_read_as_after_a_january_meeting() -> None:
    # read in the meeting's year, 14 December is eleven months after a January meeting: too
    # far to be a later event of the same year (it is more likely the eve of the year before)
    assert not dated_later(WINTER, {(12, 14, None)})


@pytest.mark.parametrize("title, body, later", [
    # written for this test: a parliament's vote two months after the summit, recalling it
    ("", "当地时间11月27日，该国议会通过加入上合组织的法案。今年9月举行的峰会签署了备忘录。",
     True),
    ("", "11月27日，議會投票通過該國成爲上合組織成員國的法案。", True),
    ("Parliament backs the SCO bill",
     "On November 27, the parliament voted for the bill; the memorandum was signed at the "
     "September summit.", True),
    # the summit's own days in the lead
    ("", "9月16日，峰会在该市闭幕，各国领导人签署了宣言。", False),
])
def test_a_later_event_recalling_the_summit(title: str, body: str, later: bool) -> None:
    assert dated_later(SUMMIT, month_days(title, body)) is later


@pytest.mark.parametrize("body, preview", [
    # written for this test: the host's future
    ("اسلام آباد۔ پاکستان دارالحکومت میں حکومتی سربراہان کے اجلاس کی میزبانی کرے گا۔", True),
    ("دونوں ملک اگلے برس مشترکہ طور پر اجلاس کی میزبانی کریں گے۔", True),
    # an arrival of the first day tells the future of representing: not a preview
    ("وزیر خارجہ دارالحکومت پہنچ گئے جہاں وہ دو روزہ اجلاس میں ملک کی نمائندگی کریں گے۔",
     False),
    # the past: a report of the meeting found later
    ("اسلام آباد۔ پاکستان نے دارالحکومت میں حکومتی سربراہان کے اجلاس کی میزبانی کی۔", False),
    ("وزیر اعظم نے اجلاس کی صدارت کی اور مہمان وزرائے اعظم اس میں شریک ہوئے۔", False),
])
def test_an_undated_urdu_preview_found_after_the_council(body: str, preview: bool) -> None:
    assert found_preview("", body, date(2025, 3, 1), COUNCIL) is preview


@pytest.mark.parametrize("body, named", [
    # written for this test: the SCO's session with no council, the abbreviation in
    # parentheses or alone
    ("وزیر اعظم شنگھائی تعاون تنظیم کا اجلاس ختم ہونے کے بعد وطن واپس آ گئے۔", True),
    ("شنگھائی تعاون تنظیم (ایس سی او) کا اجلاس دارالحکومت میں جاری ہے۔", True),
    ("ایس سی او کا اجلاس آج شروع ہوا۔", True),
    # round 70 (stories70): a session named with its participants between names the meeting
    # too (it was False here: "a council named: not a session with no council"; the tagger
    # does not read every council's Urdu name, blind set 52's "سربراہان مملکت کے اجلاس")
    ("شنگھائی تعاون تنظیم کے وزرائے دفاع کا اجلاس شروع ہوا۔", True),
    ("شنگھائی تعاون تنظیم کی تاریخ پر ایک کتاب شائع ہوئی۔", False),
    # the Persian form is still read
    ("رئیس جمهور برای شرکت در اجلاس شانگهای عازم شد.", True),
])
def test_the_sco_session_named_in_urdu(body: str, named: bool) -> None:
    assert sco_session_named("", body) is named


@pytest.mark.parametrize("text, council", [
    # written for this test: the heads' council in two Urdu spellings
    ("وزیر اعظم شنگھائی تعاون تنظیم کی سربراہی کونسل کے اجلاس میں شریک ہوئے۔", True),
    ("شنگھائی تعاون تنظیم کے سربراہان کی کونسل کا اجلاس ختم ہو گیا۔", True),
    # the heads of government's council is not the heads of state's
    ("شنگھائی تعاون تنظیم کے سربراہان حکومت کی کونسل کا اجلاس ختم ہو گیا۔", False),
])
def test_the_urdu_heads_council(gaz, text: str, council: bool) -> None:
    from pipeline.tagging import tag_article

    assert ("SCO Heads of State Council" in tag_article(gaz, "", text, "ur").bodies) is council
