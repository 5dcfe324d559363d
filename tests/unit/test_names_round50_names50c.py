"""Round 50 (names50c): "The memorandums ..." after a sentence granting states the status of
dialogue partner are those states' memoranda, signed where and when the grant's sentence says.

The sentences marked with a set and item are quoted from real published reports
(tests/data/real-blindN, dev sets); the others are written by names50c for these tests.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pipeline.documents import tag_and_find
from pipeline.tagging import load_gazetteer

GAZ = load_gazetteer(Path(__file__).resolve().parents[2] / "pipeline" / "data" / "gazetteers")

EGYPT = "Memorandum on granting the Arab Republic of Egypt the status of SCO dialogue partner"
QATAR = "Memorandum on granting the State of Qatar the status of SCO dialogue partner"

# blind set 36, rb-69b9b1eb24
GRANT = (
    "Tashkent, Sep 16: Shanghai Cooperation Organisation (SCO) on Wednesday (September 14) "
    "granted SCO dialogue partner status to Egypt and Qatar at a ceremony hosted in Tashkent, "
    "Uzbekistan.\n\nThe two countries were given the status as part of preparations for the "
    "meeting of the SCO heads of state council. The meeting of the SCO heads of state council "
    "is being held today at Registan Square, Samarkand which is being attended by India's Prime "
    "Minister Narendra Modi, Russia's President Vladimir Putin, China's President Xi Jinging "
    "among others.\n\n"
)
MEMORANDA = (
    '"The memorandums stipulate cooperation in security, countering the illegal production of '
    "narcotic drugs, psychotropic substances and their precursors and their sale, as well as "
    'such areas of mutual interest as trade, investment, energy and others," said the SCO in a '
    "statement."
)


def _found(body: str) -> dict[str, tuple[str, str | None, date | None]]:
    docs = tag_and_find(GAZ, "", body, date(2022, 9, 16))[1]
    return {d.name: (d.status, d.meeting.venue, d.meeting.date) for d in docs}


def test_the_memorandums_after_a_grant_are_the_partners_signed_at_the_grant() -> None:
    found = _found(GRANT + MEMORANDA)
    assert found == {
        EGYPT: ("signed", "Tashkent", date(2022, 9, 14)),
        QATAR: ("signed", "Tashkent", date(2022, 9, 14)),
    }


def test_a_grant_without_memoranda_names_none() -> None:
    # the same report cut before its memoranda: a status granted is no document by itself
    assert _found(GRANT) == {}


def test_a_grant_still_ahead_gives_no_memoranda() -> None:
    # written by names50c: the status will be granted, so no memorandum is signed yet
    text = (
        "The SCO will be granted to Egypt and Qatar as dialogue partner status at the summit.\n\n"
        + MEMORANDA
    )
    assert _found(text) == {}


def test_a_singular_memorandum_does_not_take_the_grant() -> None:
    # written by names50c: "a memorandum" opens no reference back to the states granted
    text = GRANT + "A memorandum stipulates cooperation in security, said the SCO."
    assert _found(text) == {}


def test_a_grant_too_far_back_is_not_carried() -> None:
    # written by names50c: four sentences between the grant and "The memorandums"
    filler = "The weather in the city was fine. Delegations arrived by air. "
    text = GRANT + filler + filler + MEMORANDA
    assert _found(text) == {}
