"""Round 26 of story grouping (the lead; blind sets 9-18 as dev): an undated report at a venue of
several calendar meetings (Qingdao: the 2018 summit and the 2025 defence ministers; Tianjin: the
2025 summit and foreign ministers) resolves to the meeting of a council it names, when that
council met there once and its headline or lead calls a summit only if that council is the heads
of state's (`venue_meeting`). Every text here is written by the developers after the shapes of
the dev sets' reports; none is copied from a set."""

from __future__ import annotations

import pytest

from pipeline.documents.calendar import default_calendar
from pipeline.stories import venue_meeting


def _resolve(text: str, venue: str, councils: tuple[str, ...], title: str = "") -> str | None:
    meeting = venue_meeting(default_calendar(), venue, councils, False, title, text)
    return meeting.id if meeting else None


@pytest.mark.parametrize("text, venue, councils, mid", [
    # written by the developers: the defence ministers at Qingdao, no year, no day
    ("The SCO defence ministers' meeting in Qingdao ended without a joint communique.",
     "Qingdao", ("defence_ministers_council",), "dmm-2025-qingdao"),
    # written by the developers: the foreign ministers' council at Tianjin
    ("The council of SCO foreign ministers met in Tianjin and signed a series of decisions.",
     "Tianjin", ("foreign_ministers_council",), "cfm-2025-tianjin"),
    # written by the developers: the heads of state council at Tianjin, called a summit
    ("The SCO summit opened in Tianjin, where the heads of state council adopted a declaration.",
     "Tianjin", ("heads_of_state_council",), "hsc-2025-tianjin"),
])
def test_the_named_councils_one_meeting_at_a_venue_of_several(
        text: str, venue: str, councils: tuple[str, ...], mid: str) -> None:
    assert _resolve(text, venue, councils) == mid


@pytest.mark.parametrize("text, venue, councils", [
    # written by the developers: a ministers' meeting the headline calls a summit (Indian press
    # on the Qingdao defence ministers): which meeting is meant is not certain
    ("Defence minister stands firm at SCO summit in Qingdao over the joint statement.",
     "Qingdao", ("defence_ministers_council",)),
    # written by the developers: the heads of state council named only past the lead (a
    # foreign ministers' report telling of the coming summit), the lead naming no summit
    ("In the port city of Tianjin the foreign ministers of the SCO met on Tuesday and took "
     "decisions on dialogue partners." + " More." * 60 + " The SCO Plus summit follows.",
     "Tianjin", ("heads_of_state_council",)),
    # no council named in so many words: a summit alone at a venue of several meetings
    ("The SCO summit in Qingdao brought the leaders together.", "Qingdao", ()),
    # two councils named at a venue where both met: which one is meant is not certain
    ("The SCO summit in Tianjin follows the foreign ministers' council held there in July.",
     "Tianjin", ("heads_of_state_council", "foreign_ministers_council")),
    # a council that met at the venue more than once (Astana's heads of state: 2011, 2017, 2024)
    ("The SCO heads of state council met in Astana.", "Astana", ("heads_of_state_council",)),
])
def test_no_meeting_when_the_council_or_summit_leaves_doubt(
        text: str, venue: str, councils: tuple[str, ...]) -> None:
    assert _resolve(text, venue, councils) is None
