"""Round 79 (reg79): each document at its meeting, one entry per document (issue 14).

A state's own approval of its status memorandum is a national act, in a language that puts the
verb last too, and a later sentence recalling the summit's signing does not move it there (blind
set 38's Uzbek report of the Saudi cabinet); a draft memorandum approved by a head of state's
decree on a day the text gives is not the summit its kind implies (blind set 38's Turkmen report
on Belarus), and names no calendar gap.

Texts marked "written" are written by the scowatch developers for these tests; the others are read
from the real sets under tests/data.
"""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

from pipeline.documents import find_documents
from pipeline.documents.meetings import _date_in

DATA = Path(__file__).resolve().parents[2] / "tests" / "data"
SAUDI = "Memorandum on granting the Kingdom of Saudi Arabia the status of SCO dialogue partner"
BELARUS = "Memorandum of Obligations of the Republic of Belarus"


def _body(set_name: str, item_id: str) -> str:
    """The body of one item of a real set's documents.toml."""
    data = tomllib.loads((DATA / set_name / "documents.toml").read_text(encoding="utf-8"))
    return next(a["body"] for a in data["article"] if a["id"] == item_id)


def _by_name(body: str, published: date | None) -> dict[str, object]:
    """The documents found in a body, by name."""
    return {d.name: d for d in find_documents("", body, published)}


# ---- a state's own approval ------------------------------------------------------------------


def test_saudi_cabinets_approval_is_not_the_samarkand_signing() -> None:
    """Blind set 38 rb-5d59563110 (darakchi.uz): the cabinet approved the memorandum; the last
    sentence recalls the memoranda signed at Samarkand in 2022."""
    found = _by_name(_body("real-blind38", "rb-5d59563110"), date(2023, 3, 29))
    saudi = found[SAUDI]
    assert saudi.status == "approved"
    assert saudi.meeting.id is None and saudi.meeting.venue is None
    # the same sentence's Egypt and Qatar memoranda stay at the summit
    egypt = found["Memorandum on granting the Arab Republic of Egypt the status of SCO dialogue "
                  "partner"]
    assert egypt.meeting.id == "hsc-2022-samarkand"


def test_uzbek_approval_with_its_verb_last_is_a_national_act() -> None:
    """One sentence of that report alone: the verb after the name, the state before it."""
    body = ("Saudiya Arabistoni Vazirlar Mahkamasi qirollikka Shanxay hamkorlik tashkilotining "
            "(ShHT) muloqot bo`yicha hamkori maqomini berish to`g`risidagi memorandumni "
            "tasdiqladi.")
    saudi = _by_name(body, date(2023, 3, 29))[SAUDI]
    assert saudi.status == "approved" and not saudi.meeting.resolved


def test_summit_signing_first_still_places_the_memorandum() -> None:
    """The report's last sentence alone (no state's approval before it) keeps its summit."""
    body = ("ShHT kengaymoqda. 2022 yil 16 sentyabr kuni Samarqand shahrida bo`lib o`tgan "
            "sammitda Misr, Qatar va Saudiya Arabistoni bilan muloqot bo`yicha sheriklik "
            "memorandumlari imzolangan edi.")
    saudi = _by_name(body, date(2023, 3, 29))[SAUDI]
    assert saudi.meeting.id == "hsc-2022-samarkand"


# ---- a draft approved by a state's decree on its own day ---------------------------------------


def test_turkmen_day_and_month_are_read() -> None:
    """orient.tm's "9-njy fewralynda" is 9 February."""
    assert _date_in("Şu ýylyň 9-njy fewralynda Lukaşenko permana gol çekdi.",
                    date(2023, 3, 11)) == date(2023, 2, 9)
    assert _date_in("Sammit 4-nji iýulda geçiriler.", date(2023, 3, 11)) == date(2023, 7, 4)


def test_belarus_draft_approved_by_decree_is_not_the_delhi_summit() -> None:
    """Blind set 38 rb-5a979b5320 (orient.tm): the lead names the coming Delhi summit; the
    draft memorandum was approved by Lukashenko's decree on 9 February."""
    belarus = _by_name(_body("real-blind38", "rb-5a979b5320"), date(2023, 3, 11))[BELARUS]
    assert belarus.status == "planned"
    assert belarus.meeting.id is None
    assert belarus.meeting.gap is None  # no summit the calendar lacks
