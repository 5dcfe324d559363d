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

from datetime import date

from round_helpers import documents_body

from pipeline.documents import find_documents
from pipeline.documents.meetings import _date_in

SAUDI = "Memorandum on granting the Kingdom of Saudi Arabia the status of SCO dialogue partner"
BELARUS = "Memorandum of Obligations of the Republic of Belarus"


def _by_name(body: str, published: date | None) -> dict[str, object]:
    """The documents found in a body, by name."""
    return {d.name: d for d in find_documents("", body, published)}


# ---- a state's own approval ------------------------------------------------------------------


def test_saudi_cabinets_approval_is_not_the_samarkand_signing() -> None:
    """Blind set 38 rb-5d59563110 (darakchi.uz): the cabinet approved the memorandum; the last
    sentence recalls the memoranda signed at Samarkand in 2022."""
    found = _by_name(documents_body("real-blind38", "rb-5d59563110"), date(2023, 3, 29))
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
    belarus = _by_name(documents_body("real-blind38", "rb-5a979b5320"), date(2023, 3, 11))[BELARUS]
    assert belarus.status == "planned"
    assert belarus.meeting.id is None
    assert belarus.meeting.gap is None  # no summit the calendar lacks


# ---- a year the sentence gives against the lead's meeting --------------------------------------


def test_a_step_of_2010_is_not_the_founding_summit_of_the_lead() -> None:
    """Blind set 40 rb-dda625d1ce (an explainer): the lead says the SCO was founded in Shanghai
    on 15 June 2001; "В апреле 2010 года секретариаты ООН и ШОС подписали Совместную
    декларацию о сотрудничестве" is a step of 2010, not of that summit."""
    found = find_documents("", documents_body("real-blind40", "rb-dda625d1ce"), None)
    joint = [d for d in found if d.type == "declaration"]
    assert joint and all(d.meeting.id != "hsc-2001-shanghai" for d in joint)


def test_a_sentence_of_the_lead_year_keeps_the_lead_meeting() -> None:
    """Written: a sentence giving the lead's own year keeps the lead's summit."""
    body = ("Саммит ШОС прошел в Астане 4 июля 2024 года. В 2024 году главы государств "
            "подписали Астанинскую декларацию.")
    found = find_documents("", body, date(2024, 7, 5))
    astana = [d for d in found if d.type == "declaration"]
    assert astana and astana[0].meeting.id == "hsc-2024-astana"


def test_a_decree_heading_naming_the_memorandums_state_is_no_states_approval() -> None:
    """Blind set 28 rb-948d312b05 (adilet.zan.kz): Kazakhstan's decree approving Belarus's
    memorandum "2023 жылғы 4 шілдеде Нью-Делиде жасалған" (concluded in New Delhi on 4 July
    2023); its heading names Belarus, whose memorandum it is, and no government: the signing at
    New Delhi stands."""
    belarus = _by_name(documents_body("real-blind28", "rb-948d312b05"), date(2024, 2, 12))[BELARUS]
    assert belarus.meeting.id == "hsc-2023-new-delhi"
