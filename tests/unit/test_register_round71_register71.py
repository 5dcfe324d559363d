"""Round 71 (register71): what the register and the digest give a reader, read on real sets.

Real-text cases are short excerpts of the dev sets' reports (blind set 51)."""

from __future__ import annotations

from pipeline.cli import history_steps

HEADS = "SCO Heads of State Council"


# ---- a step at the venue of its entry's meeting is that meeting's step (blind set 51) ---------


def test_a_signing_at_the_summits_venue_is_listed_once_at_the_summit() -> None:
    # www.osservatoreromano.va, 15 Sep 2022: "L'Iran ... si è aggiunto formalmente alla Sco
    # firmando oggi a Samarcanda il memorandum per l'adesione" (venue only, no calendar meeting)
    samarkand = {"meeting_id": "hsc-2022-samarkand", "meeting": HEADS, "venue": "Samarkand",
                 "date": "2022-09-16"}
    eve = {"meeting_id": None, "meeting": None, "venue": "Samarkand", "date": None}
    events = [{"status": "signed", **eve}, {"status": "planned", **samarkand},
              {"status": "signed", **samarkand}]
    assert history_steps(events, resolved=True) == [f"signed ({HEADS}, Samarkand, 2022-09-16)"]
    # dated on the eve: the same
    events[0] = {"status": "signed", **eve, "date": "2022-09-15"}
    assert history_steps(events, resolved=True) == [f"signed ({HEADS}, Samarkand, 2022-09-16)"]


def test_a_step_elsewhere_far_off_or_at_a_venue_of_two_meetings_stays_apart() -> None:
    samarkand = {"meeting": HEADS, "venue": "Samarkand", "date": "2022-09-16"}
    # another city
    events = [{"status": "signed", **samarkand},
              {"status": "signed", "meeting": None, "venue": "Tehran", "date": None}]
    assert history_steps(events, resolved=True) == [
        f"signed ({HEADS}, Samarkand, 2022-09-16)", "signed (Tehran)"]
    # the same city a month on
    events[1] = {"status": "signed", "meeting": None, "venue": "Samarkand", "date": "2022-10-20"}
    assert history_steps(events, resolved=True)[1] == "signed (Samarkand, 2022-10-20)"
    # a venue of two meetings of the history: which one is not told
    astana = [{"status": "planned", "meeting": HEADS, "venue": "Astana", "date": "2017-06-09"},
              {"status": "adopted", "meeting": HEADS, "venue": "Astana", "date": "2024-07-04"},
              {"status": "adopted", "meeting": None, "venue": "Astana", "date": None}]
    assert history_steps(astana, resolved=True)[-1] == "adopted (Astana)"
