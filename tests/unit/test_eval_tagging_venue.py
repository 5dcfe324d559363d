"""Round 31: the evaluation reads a label's video-council venue ("New Delhi (videoconference)")
as the chair's city with a video format. Labels written for these tests by the scowatch
developers."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from pipeline.documents.base import Meeting

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import eval_tagging as evals  # noqa: E402

DAY = date(2023, 7, 4)


def _meeting(venue: str, fmt: str) -> Meeting:
    return Meeting(council="heads_of_state", venue=venue, date=DAY, id="hsc-x", format=fmt)


def test_label_venue_strips_any_video_suffix():
    assert evals.label_venue("New Delhi (videoconference)") == ("New Delhi", True)
    assert evals.label_venue("Brasília (virtual)") == ("Brasília", True)
    assert evals.label_venue("Moscow (video conference)") == ("Moscow", True)
    assert evals.label_venue("Astana") == ("Astana", False)
    # no city named: left as written
    assert evals.label_venue("videoconference (India chairing)")[1] is False


def test_video_label_matches_the_calendars_video_meeting_only():
    label = {"venue": "New Delhi (videoconference)", "date": DAY}
    assert evals.meeting_right(label, _meeting("New Delhi", "video"))
    assert not evals.meeting_right(label, _meeting("New Delhi", "in person"))
    assert not evals.meeting_right(label, _meeting("Astana", "video"))


def _outside(venue: str, day: date, council: str) -> Meeting:
    return Meeting(council=council, venue=venue, date=day, id="m-x")


def test_outside_label_without_day_is_judged_by_its_storys_year():
    """A `calendar = false` label with a venue and no day, on an item whose story label gives
    the year (round 36): right at a meeting of the calendar's other kinds at that venue in that
    year; wrong at one of the six councils, at another venue or in another year."""
    label = {"venue": "Shanghai", "calendar": False, "story_year": 2006}
    assert evals.meeting_right(label, _outside("Shanghai", date(2006, 9, 22), "supreme_courts"))
    assert not evals.meeting_right(label, _outside("Shanghai", date(2006, 6, 15),
                                                   "heads_of_state_council"))
    # a resolved meeting carries its council's display name
    assert not evals.meeting_right(label, _outside("Shanghai", date(2006, 6, 15),
                                                   "SCO Heads of State Council"))
    assert not evals.meeting_right(label, _outside("Shanghai", date(2018, 5, 1), "supreme_courts"))
    assert not evals.meeting_right(label, _outside("Beijing", date(2006, 9, 22), "supreme_courts"))
    # unresolved stays right, as before; a label without the story's year keeps the old rule
    assert evals.meeting_right(label, Meeting())
    bare = {"venue": "Shanghai", "calendar": False}
    assert not evals.meeting_right(bare, _outside("Shanghai", date(2006, 9, 22), "supreme_courts"))


def test_story_years_read_the_label_year(tmp_path):
    (tmp_path / "items.jsonl").write_text(
        '{"id": "r-1", "story": "tianjin-environment-2025"}\n'
        '{"id": "r-2", "story": "astana-summit-2024-preview"}\n'
        '{"id": "r-3", "story": "belarus-obligations-kz-draft"}\n', encoding="utf-8")
    assert evals._story_years(tmp_path) == {"r-1": 2025, "r-2": 2024}
