"""Round 50 (names50a): English status words a report gives a document without a step verb: the
steps still ahead that list a signing, the progressive "working on", a council's final document
by its copula, a package's "document to endorse".

The sentences marked with a set and item are quoted from real published reports
(tests/data/real-blindN, dev sets); the others are written by names50a for these tests.
"""

from __future__ import annotations

from round_helpers import tagged_names

LAOS = (
    "Memorandum on granting the Lao People's Democratic Republic the status of SCO dialogue "
    "partner"
)


def test_signing_among_upcoming_steps_is_planned() -> None:
    text = (
        "The sides exchanged views on upcoming joint steps, including the signing of a "
        "Memorandum on granting the Lao People's Democratic Republic the status of a dialogue "
        "partner of the Shanghai Cooperation Organization."
    )  # blind set 36, rb-a9ea18d385
    assert tagged_names(text) == {LAOS: "planned"}


def test_signing_after_the_meeting_stays_signed() -> None:
    # written by names50a: no steps ahead before the act's noun
    text = (
        "The meeting ended with the signing of a Memorandum on granting the Lao People's "
        "Democratic Republic the status of a dialogue partner of the Shanghai Cooperation "
        "Organization."
    )
    assert tagged_names(text) == {LAOS: "signed"}


def test_working_on_a_memorandum_is_planned() -> None:
    text = (
        "The Shanghai Cooperation Organization (SCO) is working on a memorandum of understanding "
        "with the Eurasian Economic Commission, and a number of agreements with other "
        "multilateral organizations, Russian Special Presidential Envoy for SCO Affairs "
        "Bakhtiyer Khakimov said at an online briefing on Friday."
    )  # blind set 32, rb-3e6dd5295c
    assert tagged_names(text) == {
        "Memorandum of Understanding between the SCO Secretariat and the Eurasian Economic "
        "Commission": "planned"
    }


def test_final_document_in_the_past_is_adopted() -> None:
    text = (
        "On September 16, Samarkand hosted a meeting of the Council of Heads of State of the "
        "Shanghai Cooperation Organization. The main final document was the Samarkand "
        "Declaration of the Council of Heads of State of the SCO Member States."
    )  # blind set 32, rb-858aba80d0
    assert tagged_names(text) == {"Samarkand Declaration": "adopted"}


def test_final_document_to_come_is_planned() -> None:
    text = (
        "The forthcoming SCO Summit in Saint Petersburg is expected to approve more than 20 "
        "documents. The Saint Petersburg Declaration will become the key final document of the "
        "Summit."
    )  # blind set 30, rb-42723483c3
    assert tagged_names(text) == {"St Petersburg Declaration": "planned"}


def test_final_documents_unnamed_give_no_name() -> None:
    # written by names50a: a copula of final documents with no title names nothing
    text = "The main final document was agreed by the SCO foreign ministers in Astana."
    assert tagged_names(text) == {}


def test_document_to_endorse_a_programme_is_approved() -> None:
    text = (
        "In total of 17 documents were inked, including a document to endorse the Program of "
        "Cooperation between the SCO Member States in Opposing Terrorism, Separatism and "
        "Extremism for 2019-2021."
    )  # blind set 32, rb-144c053433
    found = tagged_names(text)
    assert list(found.values()) == ["approved"]


def test_inked_document_without_endorsing_stays_signed() -> None:
    # written by names50a: the package's verb alone
    text = (
        "In total of 17 documents were inked, including the Program of Cooperation between the "
        "SCO Member States in Opposing Terrorism, Separatism and Extremism for 2019-2021."
    )
    found = tagged_names(text)
    assert list(found.values()) == ["signed"]
