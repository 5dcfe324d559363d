"""Round 13 of story grouping (blind set 12 as dev): an Indonesian or Malay lead saying the
meeting is to come ("akan" and a meeting verb) reads as a preview's (event_phase "ahead"), so an
undated preview found after the meeting stays apart from the meeting's reports (found_preview);
a report reposted days after a council's meeting, dating its event to the meeting's day and
naming the council but another city, is that meeting's (calendar_meeting); the German "Geist von
Shanghai" (the Shanghai Spirit) is no venue (tagging.SCO_TERMS_WITH_VENUE).
The texts are short ones written by the scowatch developers, modelled on the constructions of
real reports, not taken from any evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline import process
from pipeline.documents.calendar import default_calendar
from pipeline.stories import calendar_meeting, event_phase, found_preview
from pipeline.tagging import load_gazetteer, tag_article

AHEAD = [
    "Presiden akan menghadiri KTT SCO pada 15-16 Juni di Astana, kata juru bicara.",
    "KTT Organisasi Kerja Sama Shanghai akan digelar di Bishkek pekan depan.",
    "Sidang Kemuncak SCO akan berlangsung di Tianjin pada 31 Ogos hingga 1 September.",
    "Para menteri luar negeri akan bertemu di Astana untuk membahas keamanan kawasan.",
]


@pytest.mark.parametrize("text", AHEAD)
def test_indonesian_and_malay_to_come_is_ahead(text) -> None:
    assert event_phase("", text) == "ahead"


def test_a_report_of_the_meeting_is_not_ahead() -> None:
    # "akan" before a word that names no meeting's doing is no preview's lead
    text = ("KTT SCO di Astana ditutup dengan penandatanganan deklarasi. Indonesia akan terus "
            "memantau kerja sama kawasan.")
    assert event_phase("", text) != "ahead"


def test_an_undated_indonesian_preview_found_after_the_summit_is_left_out() -> None:
    meeting = default_calendar().get("hsc-2024-astana")
    text = ("Kementerian Luar Negeri mengumumkan para pemimpin akan menghadiri KTT SCO di "
            "Astana pada 3-4 Juli 2024.")
    assert found_preview("", text, date(2024, 12, 1), meeting)


def _cfm(published: date, undated: bool = False):
    """What calendar_meeting gives a report naming the foreign ministers' council, Beijing as
    its only city and 15 July 2025 (the Tianjin council's day) as its lead's day."""
    return calendar_meeting(default_calendar(), published, [date(2025, 7, 15)], "Beijing",
                            {"Beijing"}, {"foreign_ministers_council"},
                            earlier=[date(2025, 7, 15)], undated=undated)


def test_a_report_reposted_days_after_the_council_in_another_city_is_the_councils() -> None:
    # a wire text reposted on the 21st: the head of state received the ministers in Beijing on
    # the 15th, the council's day in Tianjin
    meeting = _cfm(date(2025, 7, 21))
    assert meeting is not None and meeting.id == "cfm-2025-tianjin"


def test_not_on_the_councils_days_nor_for_an_undated_page() -> None:
    assert _cfm(date(2025, 7, 15)) is None  # another city on the day: left alone as before
    assert _cfm(date(2025, 7, 21), undated=True) is None  # the crawl's day is no publication


@pytest.mark.parametrize("text", [
    "Xi sprach auf dem Gipfel der SOZ in Tianjin. Mit dem \"Geist von Shanghai\" seien die "
    "Herausforderungen zu bewältigen.",
    "Der Schanghaier Geist prägt die SOZ, sagte Xi in Tianjin.",
])
def test_the_shanghai_spirit_in_german_is_no_venue(text) -> None:
    rows = process.tag_rows(tag_article(load_gazetteer(), "", text, "de"))
    venues = {v for k, v, *_ in rows if k == "venue"}
    assert "Shanghai" not in venues
