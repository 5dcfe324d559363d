"""Round 78 (reg78): each document at the meeting its text says (issue 14, register placement).

The SCO's name in the Central Asian languages holds no venue (blind set 38's Kazakh "Шанхай
ынтымақтастығы ұйымы" put a signing "in Tashkent" at Shanghai); a state's status memorandum is
signed once, so a signing apart from the summit joins the summit's entry as a step of its history
(blind sets 8 and 38); a lead that names the summit but not its place takes the next sentence that
names it (blind set 51's preview); a date that dates a cited text is not the meeting's (blind set
50's SCO University Concept).

Texts marked "written" are written by the scowatch developers for these tests; the others are read
from the real sets under tests/data.
"""

from __future__ import annotations

from datetime import date

import pytest
from round_helpers import documents_body

from pipeline.documents import find_documents
from pipeline.documents.base import DocumentMention, Meeting
from pipeline.documents.meetings import _NOT_A_VENUE_AFTER, _NOT_A_VENUE_BEFORE, _date_in
from pipeline.documents.register import Entry, adopted_once, place

EGYPT = "Memorandum on granting the Arab Republic of Egypt the status of SCO dialogue partner"
UNESCO = "Memorandum of Understanding between the SCO Secretariat and UNESCO"


# ---- the SCO's own name is no venue ------------------------------------------------------------


def test_kazakh_name_of_the_sco_is_no_venue() -> None:
    # blind set 38 (aikyn.kz): the memoranda signed "Ташкентте" (in Tashkent), undated
    found = find_documents("", documents_body("real-blind38", "rb-6713a2788e"), None)
    assert {m.meeting.venue for m in found} == {"Tashkent"}


def test_kazakh_name_written() -> None:
    # written: the name in its possessive form between the place and the memoranda
    body = ("Ташкентте Египет Араб Республикасы мен Катар мемлекетіне Шанхай ынтымақтастығы ұйымы "
            "диалогі бойынша серіктес мәртебесін беру туралы меморандумдарға қол қою рәсімі өтті. "
            "Құжаттарға ШЫҰ Бас хатшысы қол қойды.")
    found = find_documents("", body, None)
    assert len(found) == 2
    assert {m.meeting.venue for m in found} == {"Tashkent"}


@pytest.mark.parametrize(
    "after",
    [" ынтымақтастық ұйымы", " ынтымақтастығы ұйымының", " кызматташтык уюму",
     " кызматташуу уюмунун", " hamkorlik tashkiloti", " ҳамкорлик ташкилоти",
     " hyzmatdaşlyk guramasy", " Cooperation Organisation"],
)
def test_cooperation_after_shanghai_is_the_name(after: str) -> None:
    # written: the Kazakh, Kyrgyz, Uzbek (both scripts), Turkmen and English forms
    assert _NOT_A_VENUE_AFTER.match(after)


@pytest.mark.parametrize("before", ["Созмони ҳамкории ", "Созмони Ҳамкории ", "ҳамкориҳои "])
def test_tajik_cooperation_before_shanghai_is_the_name(before: str) -> None:
    assert _NOT_A_VENUE_BEFORE.search(before)


@pytest.mark.parametrize("text", [" саммитида", " summit", " shahrida"])
def test_shanghai_as_a_city_stays_a_venue(text: str) -> None:
    # written: the city before a summit word or "in the city" is a venue
    assert not _NOT_A_VENUE_AFTER.match(text)
    assert not _NOT_A_VENUE_BEFORE.search("Хитойнинг " + text)


# ---- a status memorandum signed apart from the summit: one entry with a history ---------------


def _mention(name: str, venue: str | None, when: date | None, meeting_id: str | None = None,
             council: str | None = None) -> DocumentMention:
    """A signed memorandum's mention at a place and day."""
    return DocumentMention(name, name.lower(), "memorandum", "signed",
                           Meeting(council=council, venue=venue, date=when, id=meeting_id))


def test_status_memoranda_are_signed_once() -> None:
    assert adopted_once(EGYPT, "memorandum")
    assert adopted_once("Memorandum of Obligations of the Islamic Republic of Iran", "memorandum")
    assert not adopted_once(UNESCO, "memorandum")


def test_signing_in_tashkent_joins_the_samarkand_entry() -> None:
    # blind set 8: Egypt's memorandum signed in Tashkent on 14 September 2022, two days before
    # the Samarkand summit that other reports place it at; the entry's meeting stays the summit's
    summit = Entry(1, "hsc-2022-samarkand", date(2022, 9, 16), "signed")
    placement = place(_mention(EGYPT, "Tashkent", date(2022, 9, 14)), [summit])
    assert placement.entry_id == 1
    assert not placement.move_to_meeting


def test_undated_signing_joins_the_one_entry() -> None:
    # blind set 38: the Kazakh report of the Tashkent signing gives no day
    summit = Entry(1, "hsc-2022-samarkand", date(2022, 9, 16), "signed")
    assert place(_mention(EGYPT, "Tashkent", None), [summit]).entry_id == 1


def test_summit_report_moves_the_signing_entry_to_the_summit() -> None:
    # the other order: the Tashkent signing came first, unresolved; the summit's report names
    # the meeting, and the one entry moves there with the signing in its history
    signing = Entry(1, "", date(2022, 9, 14), "signed", venue="Tashkent")
    placement = place(_mention(EGYPT, "Samarkand", date(2022, 9, 16), "hsc-2022-samarkand",
                               "SCO Heads of State Council"), [signing])
    assert placement.entry_id == 1
    assert placement.move_to_meeting


def test_a_memorandum_of_understanding_elsewhere_stays_apart() -> None:
    # written: the Secretariat's memoranda are renewed under one title: a signing in another
    # city, days off, is no step of the summit's entry
    summit = Entry(1, "hsc-2022-samarkand", date(2022, 9, 16), "signed")
    assert place(_mention(UNESCO, "Paris", date(2022, 11, 20)), [summit]).entry_id is None


def test_two_summits_leave_the_signing_unplaced() -> None:
    # written: a status memorandum the register holds at two meetings: no meeting is guessed
    entries = [Entry(1, "hsc-2022-samarkand", date(2022, 9, 16), "signed"),
               Entry(2, "hsc-2023-new-delhi", date(2023, 7, 4), "signed")]
    assert place(_mention(EGYPT, "Tashkent", None), entries).entry_id is None


# ---- a preview naming the summit, its place in the next sentence -------------------------------


@pytest.mark.parametrize(
    "title", ["", "Aserbaidschan wird am SCO-Gipfel teilnehmen, Armenien lehnte die Teilnahme ab"]
)
def test_preview_places_the_memoranda_at_the_summit(title: str) -> None:
    # blind set 51 (de.azvision.az, undated): "Auf dem Gipfel ... werden unterzeichnet. In
    # Samarkand wird beschlossen, ..."; the title written for the test (a headline naming the
    # summit but not its place)
    body = documents_body("real-blind51", "rb-f944bf0fa8")
    found = {m.name: m for m in find_documents(title, body, None)}
    assert found[EGYPT].status == "planned"
    assert found[EGYPT].meeting.id == "hsc-2022-samarkand"


def test_lead_naming_the_summit_takes_no_next_meeting_place() -> None:
    # written: the sentence after the lead names the next summit's place, not this one's
    body = ("The leaders gathered for the SCO summit on Friday. At the summit, memoranda on "
            "granting Egypt and Qatar the status of SCO dialogue partner will be signed. The next "
            "summit will be held in Astana.")
    found = find_documents("", body, None)
    assert found
    assert all(m.meeting.venue != "Astana" and m.meeting.id is None for m in found)


def test_lead_naming_the_summit_takes_no_other_councils_place() -> None:
    # blind set 30 (uza.uz): the programme is to be approved "at the upcoming summit"; the next
    # sentence with a place is where Patrushev spoke, the security council secretaries' meeting
    # in Astana: not the programme's meeting
    [programme] = find_documents("", documents_body("real-blind30", "rb-b924cc3cc8"), None)
    assert programme.meeting.id != "scs-2024-astana"


# ---- a cited text's date is not the meeting's ---------------------------------------------------


def test_date_of_a_cited_protocol_is_skipped() -> None:
    # written
    sentence = ("исполнение решений протокола от 23 апреля 2025 года и Концепции, утвержденной "
                "18 апреля 2024 г. протоколом совещания министров")
    assert _date_in(sentence, None) == date(2024, 4, 18)
    # alone, a cited date is still the sentence's
    assert _date_in("Договор от 16 августа 2007 года", None) == date(2007, 8, 16)
    assert _date_in("dated 16.08.2007, signed 20.09.2008", None) == date(2008, 9, 20)


def test_a_lone_cited_date_still_dates_the_page() -> None:
    # blind set 28 (zakon.kz): "решении Совета глав государств-членов ШОС от 16 сентября 2022
    # года": the only date; the Charter cited two sentences on is not reported as adopted
    body = documents_body("real-blind28", "rb-8dd50845af")
    names = {m.name for m in find_documents("", body, None)}
    assert "Charter of the Shanghai Cooperation Organisation" not in names


def test_university_concept_dated_by_its_approval() -> None:
    # blind set 50 (oshsu.kg): "Концепции Университета ШОС, утвержденной 18 апреля 2024 г."
    [concept] = find_documents("", documents_body("real-blind50", "rb-77998bc291"), None)
    assert concept.meeting.date == date(2024, 4, 18)
