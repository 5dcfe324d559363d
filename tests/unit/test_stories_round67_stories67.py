"""Round 67 of story grouping (issue 15): a dated report opening on a wire dateline of another
city than its meeting's venue, whose lead dates an event more than a month after the meeting, is
a later event of its own place and day recalling the meeting (dated_own_day_later), not a late
report of it: an ambassador's chairmanship briefing at the SCO Secretariat seven weeks after the
Tianjin summit stays out of the summit's story. A page of the meeting's declaration stamped months
later, with no dateline of another place, is not read so. Every text here is written by the
developers (round 67) after the shape of blind set 12's briefing; none is copied from a set."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from support import store_tagged_article

from pipeline.db import Database
from pipeline.documents.calendar import CalendarMeeting
from pipeline.stories import LEAD_CHARS, assign_story, dated_own_day_later, features_for
from pipeline.tagging import load_gazetteer

SUMMIT = CalendarMeeting(id="hsc-test-tianjin", council="heads_of_state_council",
                         venue="Tianjin", year=2025, start=date(2025, 8, 31),
                         end=date(2025, 9, 1))
PUBLISHED = date(2025, 10, 23)

BRIEFING = ("BEIJING, Oct 23 (Newswire): The ambassador of Kyrgyzstan on Thursday presented her "
            "country's priorities for its chairmanship of the Shanghai Cooperation Organization "
            "(SCO), which it took over after the 25th summit held in Tianjin on September 1, "
            "2025.\n\nAt a press briefing at the SCO Secretariat, she said the Tianjin Declaration "
            "adopted at the summit set the course of the organisation for the coming decade.")
# the same lead filed from the meeting's own city: no other place of its own
FROM_VENUE = BRIEFING.replace("BEIJING, Oct 23", "TIANJIN, Oct 23")
# a declaration's page stamped weeks later: a day line, no dateline of a city
STAMPED = ("October 23, 2025   SCO\nThe Tianjin Declaration of the Council of Heads of State of "
           "the Shanghai Cooperation Organisation, adopted in Tianjin on 1 September 2025.")


@pytest.mark.parametrize("lead, dates, later", [
    (BRIEFING, [date(2025, 9, 1), PUBLISHED], True),
    (FROM_VENUE, [date(2025, 9, 1), PUBLISHED], False),   # the meeting's own city
    (STAMPED, [date(2025, 9, 1), PUBLISHED], False),      # no dateline
    (BRIEFING, [date(2025, 9, 1), date(2025, 9, 20)], False),  # within a month: a follow-up
    (BRIEFING, [date(2025, 9, 1)], False),                # dates only the meeting's day
])
def test_a_dateline_elsewhere_dated_weeks_on(lead: str, dates: list[date], later: bool) -> None:
    assert dated_own_day_later(SUMMIT, lead[:LEAD_CHARS], dates, PUBLISHED) is later


def test_a_later_date_after_publication_is_no_event_of_its_own() -> None:
    # a day after publication is what a preview announces, not the report's own event
    assert not dated_own_day_later(SUMMIT, BRIEFING, [date(2025, 9, 1), date(2025, 11, 2)],
                                   PUBLISHED)


SUMMIT_REPORTS = [
    ("wire-a", "TIANJIN, Sept 1 (Newswire): The 25th meeting of the Council of Heads of State of "
               "the Shanghai Cooperation Organization (SCO) opened in Tianjin on Monday, with "
               "the leaders of the member states adopting the Tianjin Declaration."),
    ("wire-b", "TIANJIN, Sept 1: Leaders of the SCO member states gathered in Tianjin on Monday "
               "for the 25th summit of the Council of Heads of State, chaired by China, and "
               "signed the Tianjin Declaration and a development strategy."),
]


def _stories(pages: list[tuple[str, str, datetime]]) -> tuple[dict[str, int], dict[str, str]]:
    """Store and tag the pages in order and assign each its story; with each page's calendar
    meeting as features_for reads it after all are stored."""
    gazetteer = load_gazetteer()
    db = Database("sqlite://")
    db.ensure_schema()
    story: dict[str, int] = {}
    with db.session() as s:
        rows = []
        for name, body, published in pages:
            row = store_tagged_article(s, gazetteer, body, topics=False,
                                       canonical_url=f"https://example.org/{name}",
                                       url=f"https://example.org/{name}", source=name,
                                       published_at=published, first_seen_at=published,
                                       updated_at=published)
            rows.append(row)
            sid = assign_story(s, row.id, now=published)
            assert sid is not None
            story[name] = sid
        meetings = {name: f.meeting for (name, _, _), f in zip(pages, features_for(s, rows),
                                                               strict=True)}
    db.dispose()
    return story, meetings


def _at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC)


def test_the_briefing_weeks_on_stays_out_of_the_summit_story() -> None:
    pages = [(name, body, _at(date(2025, 9, 1))) for name, body in SUMMIT_REPORTS]
    pages.append(("briefing", BRIEFING, _at(PUBLISHED)))
    story, meetings = _stories(pages)
    assert story["wire-a"] == story["wire-b"]
    assert meetings["wire-a"] == "hsc-2025-tianjin"
    assert meetings["briefing"] is None
    assert story["briefing"] != story["wire-a"]
