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
