"""Round 57 (meet57): two meetings that were not the document's (issue 14).

- a memorandum of obligations whose approval is its state's ratification (a bill or law
  "ratifying" it) is a national act: not the summit that signed it, unless the sentence says so;
- a draft developed "in accordance with" another document whose place and date follow in a
  bracket: the bracket is the cited document's, not the draft's.

Sentences quoted from a real report name their set and item; the others are written by the
round-57 helper for these tests.
"""

from __future__ import annotations

from datetime import date

from round_helpers import by_name

from pipeline.documents import find_documents

BELARUS = "Memorandum of Obligations of the Republic of Belarus"
PLAN = "Comprehensive Plan of Joint Actions of SCO Member States in the Sphere of Epidemiology"
STATEMENT = "Statement on Joint Counteraction of Epidemic Threats in the SCO Region"

# blind set 44, rb-e98b785575 (belarus.kz, undated)
RATIFICATION_BILL = (
    "Сенаторы на заседании одиннадцатой сессии Совета Республики седьмого созыва одобрили "
    'законопроект "О ратификации Меморандума об обязательствах Республики Беларусь в целях '
    'получения статуса государства - члена Шанхайской организации сотрудничества".\n'
    "Проект закона предусматривает выражение согласия Беларуси на ратификацию меморандума, что "
    "определено государствами - членами ШОС в качестве необходимого условия для вступления "
    "республики в эту организацию."
)
# blind set 43, rb-a5a703bd93 (eng.sco-russia2020.ru, 18 June 2020)
EPIDEMIOLOGY = (
    "SCO experts discuss joint action to counter infectious diseases\n\n"
    "On 16 June, experts from the SCO member-states' sanitary and epidemiological welfare "
    "services held an online meeting as part of Russia's chairmanship of the Shanghai Cooperation "
    "Organisation.\n\n"
    "The participants also had an in-depth discussion of the draft Comprehensive Plan of Joint "
    "Actions of SCO Member States in the Sphere of Epidemiology developed by Russia in accordance "
    "with the SCO member states' Statement on Joint Counteraction of Epidemic Threats in the SCO "
    "Region (Qingdao, 10 June 2018)."
)


def test_a_ratification_bill_is_no_summit() -> None:
    """The senators' approval of the bill ratifying Belarus's memorandum is Belarus's act: the
    text names no signing, so the memorandum stays unresolved (set 44's label: Minsk, outside
    the calendar), not at New Delhi 2023, the summit its kind implies."""
    mention = by_name(find_documents("", RATIFICATION_BILL, None))[BELARUS]
    assert mention.status == "approved"
    assert mention.meeting.id is None and mention.meeting.venue is None


def test_a_ratification_that_names_the_signing_keeps_it() -> None:
    """Negative (set 40's reading, written): the law ratifying the memorandum "signed in New
    Delhi on July 4, 2023" places it at that summit, as sets 28 and 40 label it."""
    text = (
        "Belarus Ratified the Memorandum on the Republic's Accession to the SCO\n\n"
        'President Alexander Lukashenko signed the law. "Ratify the Memorandum of Obligations of '
        "the Republic of Belarus in order to obtain the status of a member state of the Shanghai "
        'Cooperation Organization, signed in New Delhi on July 4, 2023," the document says.'
    )
    mentions = find_documents("", text, date(2023, 11, 29))
    assert any(m.name == BELARUS and m.meeting.id == "hsc-2023-new-delhi" for m in mentions)


def test_a_memorandum_signed_at_the_summit_is_the_summits() -> None:
    """Negative (written): no ratification word, the summit's signing: New Delhi 2023."""
    text = (
        "At the SCO summit held by videoconference in New Delhi on 4 July 2023 the leaders "
        "signed the Memorandum of Obligations of the Republic of Belarus."
    )
    mention = by_name(find_documents("", text, date(2023, 7, 4)))[BELARUS]
    assert mention.meeting.id == "hsc-2023-new-delhi"


def test_a_bracket_after_a_cited_document_is_that_documents() -> None:
    """The draft plan developed "in accordance with" the Qingdao statement is not Qingdao 2018's:
    the bracket (Qingdao, 10 June 2018) dates the statement (set 43's label: the experts' online
    meeting of 16 June 2020, outside the calendar)."""
    found = by_name(find_documents("", EPIDEMIOLOGY, date(2020, 6, 18)))
    assert found[PLAN].meeting.id is None
    assert found[PLAN].meeting.venue != "Qingdao"


def test_a_documents_own_bracket_places_it() -> None:
    """Negative (written): a document followed by its own bracket, no words citing it, is at that
    meeting."""
    text = (
        "The leaders signed the Statement on Joint Counteraction of Epidemic Threats in the SCO "
        "Region (Qingdao, 10 June 2018)."
    )
    mention = by_name(find_documents("", text, date(2018, 6, 10)))[STATEMENT]
    assert mention.meeting.id == "hsc-2018-qingdao"
