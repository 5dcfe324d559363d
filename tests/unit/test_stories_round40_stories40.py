"""Round 40 of story grouping (issue 15; blind set 32 as dev): a Korean day of the month written
with 일; an undated page naming a video meeting by its council and ordinal; the Uzbek and Tajik
word for "chairman" read as no person; Georgian, Turkmen and Turkish names of the SCO. Every text
here is written by the developers (round 40) after the shapes of the sets' pages; none is copied
from a set."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from pipeline.documents.calendar import Calendar, CalendarMeeting
from pipeline.stories import event_date, lead_dates, numbered_meeting
from pipeline.tagging import load_gazetteer, tag_article

PUBLISHED = datetime(2030, 7, 12, 9, tzinfo=UTC)


@pytest.mark.parametrize("text, day", [
    # written for this test: an agency's dateline, then the day of the month with 일
    ("(서울=통신) 10일 회원국 정상들이 회의를 열었다.", date(2030, 7, 10)),
    ("8일 회의가 열렸다.", date(2030, 7, 8)),
    # a span of days is no date ("3일간", "5일 동안", "10일째")
    ("회의는 3일간 열렸다.", date(2030, 7, 12)),
    ("훈련은 5일 동안 계속됐다.", date(2030, 7, 12)),
    ("훈련 10일째를 맞았다.", date(2030, 7, 12)),
])
def test_a_korean_day_of_the_month(text: str, day: date) -> None:
    assert event_date("", text, PUBLISHED) == day


def test_a_korean_month_and_day_is_read_once() -> None:
    # written for this test: "8월 31일" is the 31st of August, not also last month's 31st
    days = {d for _, d in lead_dates("", "회의가 8월 31일 열린다.", PUBLISHED)}
    assert days == {date(2030, 8, 31)}
    # a day alone later than tomorrow is last month's
    assert {d for _, d in lead_dates("", "28일 회의가 열렸다.", PUBLISHED)} == {date(2030, 6, 28)}


VIDEO = CalendarMeeting(id="hsc-test-video", council="heads_of_state_council", venue="Delhi",
                        year=2030, ordinal=30, start=date(2030, 7, 4), format="video")
IN_PERSON = CalendarMeeting(id="hsc-test-person", council="heads_of_state_council",
                            venue="Astana", year=2031, ordinal=31, start=date(2031, 7, 4))
CALENDAR = Calendar(meetings=(VIDEO, IN_PERSON))


def test_an_undated_page_names_a_video_meeting_by_council_and_ordinal() -> None:
    # a page naming last year's venue first and the numbered video meeting with no venue
    assert numbered_meeting(CALENDAR, "Samarkand", {"Samarkand"},
                            {"heads_of_state_council"}, 30) == VIDEO


def test_an_in_person_meeting_still_needs_its_venue() -> None:
    assert numbered_meeting(CALENDAR, "Samarkand", {"Samarkand"},
                            {"heads_of_state_council"}, 31) is None
    assert numbered_meeting(CALENDAR, "Astana", {"Astana"},
                            {"heads_of_state_council"}, 31) == IN_PERSON


@pytest.fixture(scope="module")
def gazetteer():  # type: ignore[no-untyped-def]
    return load_gazetteer()


@pytest.mark.parametrize("text", [
    # written for this test: Uzbek "chairman" after its institution
    "Rossiya hukumati raisi Moskvada Shanxay hamkorlik tashkiloti haqida gapirdi.",
    "Xitoy Xalq Respublikasi Raisi Shanxay hamkorlik tashkiloti sammitida qatnashdi.",
])
def test_the_uzbek_word_for_chairman_is_no_person(gazetteer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Ebrahim Raisi" not in tag_article(gazetteer, "", text).people


@pytest.mark.parametrize("text", [
    "Iranian President Ebrahim Raisi addressed the Shanghai Cooperation Organisation summit.",
    "President Raisi spoke at the Shanghai Cooperation Organisation summit.",
])
def test_iran_s_president_is_still_read(gazetteer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Ebrahim Raisi" in tag_article(gazetteer, "", text).people


@pytest.mark.parametrize("text, venue", [
    # written for this test: Georgian, Turkmen and Turkish names of the SCO
    ("ტიანძინში შანხაის თანამშრომლობის ორგანიზაციის სამიტი გაიმართა. პუტინი ესწრება.",
     "Tianjin"),
    ("Şanhaý hyzmatdaşlyk guramasyna girýän döwletleriň premýerleri duşuşýarlar.", None),
    ("Şanghay İş Birliği Zirvesi'nde bir konuşma yaptı.", None),
])
def test_more_names_of_the_sco(gazetteer, text: str, venue: str | None) -> None:  # type: ignore[no-untyped-def]
    tags = tag_article(gazetteer, "", text)
    assert tags.evidence
    if venue:
        assert venue in tags.venues
