"""An undated report's dateline day goes with the places its lead names (issue 14: never a
guessed meeting). Blind set 19's RIA text "MOSCOW, September 13" on the coming Samarkand summit
had its action plan placed at the Bishkek summit of 13 September 2013: the lead's day, without
its year and without the lead's places, matched another summit's day.

The texts are written by the lead for these tests (no real report copied).
"""

from __future__ import annotations

from pipeline.documents import find_documents


def _meetings(gaz, body: str) -> dict[str, str | None]:
    return {d.name: d.meeting.id for d in find_documents("", body, published_at=None, gaz=gaz)}


def test_a_dateline_day_does_not_pick_another_years_summit(gaz):
    body = ("MOSCOW, September 13. The outcome of the SCO summit in Samarkand will be set down in "
            "a declaration, an aide to the president told reporters.\n\n"
            "About twenty documents have been drafted and agreed upon. Among them is the Action "
            "Plan for 2023-2027 on the implementation of the Treaty on Long-Term "
            "Good-Neighbourliness.")
    found = _meetings(gaz, body)
    assert found, "the plan is found"
    assert all(meeting != "hsc-2013-bishkek" for meeting in found.values()), found


def test_a_lead_day_with_a_named_council_and_no_place_still_places(gaz):
    # the day is the meeting's when the lead names no place: the one foreign ministers'
    # meeting held on 21 May (Astana, 2024)
    body = ("The foreign minister took part on 21 May in the meeting of the SCO Council of "
            "Foreign Ministers. The ministers signed the Action Plan for 2024-2028.")
    assert _meetings(gaz, body) == {"Action Plan for 2024-2028": "cfm-2024-astana"}
