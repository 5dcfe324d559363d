"""A date alone is the day itself (issue 14, the lead's fix after round 41): a text that names
no venue, council or summit and dates a signing the day before a calendar meeting did not sign
it at the meeting; a text that names the meeting keeps its day of slack. Texts written for these
tests by the scowatch developers, none copied from the sets."""

from __future__ import annotations

from datetime import date

from pipeline.documents import find_documents

QATAR = "Memorandum on granting the State of Qatar the status of SCO dialogue partner"


def _meeting(body: str, published: date | None = None) -> object:
    found = {m.name: m.meeting for m in find_documents("", body, published)}
    return found[QATAR]


def test_a_signing_dated_the_day_before_a_summit_is_not_at_the_summit() -> None:
    # the Samarkand summit of 2022 is held on 15-16 September in the calendar
    body = ("Qatar joined the Shanghai Cooperation Organisation as a dialogue partner in 2023: "
            "the State of Qatar signed a memorandum granting Qatar the status of SCO dialogue "
            "partner on Sept. 14, 2022.")
    assert _meeting(body).id is None


def test_a_summit_named_beside_the_date_keeps_its_day_of_slack() -> None:
    body = ("At the SCO summit in Samarkand, the State of Qatar signed a memorandum granting "
            "Qatar the status of SCO dialogue partner on Sept. 14, 2022.")
    assert _meeting(body).id == "hsc-2022-samarkand"
