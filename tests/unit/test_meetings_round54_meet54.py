"""Round 54 (meet54): statuses and meetings from blind sets 39 and 40 (issue 14).

- an amendment of (a protocol to, the implementation plan of) a unique document is not at that
  document's one meeting;
- a ratification page keeps the signing it recalls (round 36's reading; a trial rule withdrawn);
- an undated page's meeting told by its days without a year and its host state;
- a document on a meeting's agenda, or after a plan word ("計劃發表", "儘快簽署", "将于…签署"),
  is planned;
- the German "zum fünfjährigen Bestehen der ..." names the anniversary's year; a year the
  sentence alone gives is the year of the council the article names.

The sentences quoted from a real report name its set and item; the counter-examples are written
by the scowatch developers for these tests.
"""

from __future__ import annotations

from datetime import date

from pipeline.documents import find_documents
from pipeline.documents.base import DocumentMention
from pipeline.documents.meetings import anniversary_years

RATS = "Agreement on the Regional Anti-Terrorist Structure"
BELARUS = "Memorandum of Obligations of the Republic of Belarus"
KUWAIT = "Memorandum on granting the State of Kuwait the status of SCO dialogue partner"

# blind set 40, rb-9ae17c857c (Dzen, 22 April 2022), shortened
RATS_AMENDED = (
    "По сообщению агентства Синьхуа от 20.04.2022 г., Постоянный комитет ВСНП Китая "
    "ратифицировал «Соглашение о внесении поправок в Соглашение между государствами-членами "
    "Шанхайской организации сотрудничества о Региональной антитеррористической структуре», "
    "подписанное в Санкт-Петербурге 7 июня 2002 г."
)
# blind set 40, rb-2eadb2753e (Tajik Herald from Interfax, undated), shortened
BELARUS_RATIFIED = (
    "Belarus Ratified the Memorandum on the Republic's Accession to the SCO\n\n"
    "Moscow. 29th of November. INTERFAX.RU – President of Belarus Alexander Lukashenko signed a "
    "memorandum approved by parliament on the republic's obligations to join the Shanghai "
    "Cooperation Organization (SCO).\n\n"
    "The document was published on Wednesday on the National Legal Internet Portal."
)
# blind set 40, rb-b245b1ea9b (Xabar.uz, undated), shortened
KUWAIT_RU = (
    "Кувейт получил статус «партнера по диалогу» Шанхайской организации сотрудничества (ШОС), "
    "сообщает в субботу агентство KUNA.\n"
    "Решение было принято на заседании ШОС, проходившем 4-5 мая в Индии, в рамках которого был "
    "подписан Меморандум о статусе «партнера по диалогу» для Кувейта."
)
# blind set 40, rb-891d15cb17 (People's Daily Japanese, 10 September 2014), shortened
DUSHANBE_AGENDA = (
    "上海協力機構（SCO）加盟国元首理事会第14回会議が11日から12日までタジキスタンの首都ドゥシャンベで"
    "開催される。今回の首脳会議の主要議事日程は(1)地域の安全の維持について話し合う(2)2014～15年の議長国"
    "の決定(3)ドゥシャンベ宣言の発表――。"
)
# blind set 39, rb-438a569b27 (Sputnik Chinese, 16 September 2022), shortened
SAMARKAND_PLAN = (
    "上合組織成員國元首理事會會議在撒馬爾罕舉行。峰會結束後,上合組織成員國領導人計劃發表《撒馬爾罕宣言》。"
)
# blind set 39, rb-09dc73a112 (a forum's archive, undated), shortened
SHANGHAI_2006_DE = (
    "Die sechste Gipfelkonferenz der Shanghaier Kooperationsorganisation (SCO) wurde am "
    "Donnerstag in Shanghai abgehalten. Zum Abschluss des Treffens wurde von den sechs "
    "Staatspräsidenten ein gemeinsames Kommuniqué verabschiedet. Außerdem billigte die Konferenz "
    'die "Deklaration zum fünfjährigen Bestehen der Shanghaier Kooperationsorganisation".'
)


def _one(found: list[DocumentMention], name: str) -> DocumentMention:
    hits = [m for m in found if m.name == name]
    assert len(hits) == 1, [m.name for m in found]
    return hits[0]


def _named(found: list[DocumentMention], start: str) -> DocumentMention:
    hits = [m for m in found if m.name.startswith(start)]
    assert len(hits) == 1, [m.name for m in found]
    return hits[0]


# --- an amendment is not the document it amends -------------------------------------------


def test_an_amending_agreement_is_not_at_the_amended_agreements_signing() -> None:
    found = find_documents("", RATS_AMENDED, date(2022, 4, 22))
    amending = _named(found, "Соглашение о внесении поправок")
    assert amending.meeting.id is None
    assert amending.meeting.date is None
    assert amending.status == "approved"


def test_the_unique_agreement_itself_keeps_its_signing() -> None:
    text = (
        "SCO leaders signed the Agreement on the Regional Anti-Terrorist Structure at the "
        "summit in St Petersburg, the chronology recalls."
    )
    found = find_documents("", text, date(2021, 6, 15))
    assert _named(found, RATS).meeting.id == "hsc-2002-st-petersburg"


def test_an_amendment_signed_at_another_meeting_keeps_that_meeting() -> None:
    text = (
        "На саммите ШОС в Ташкенте 11 июня 2010 года подписан «Протокол о внесении изменений в "
        "Соглашение о Региональной антитеррористической структуре»."
    )
    found = find_documents("", text, date(2010, 6, 12))
    assert len(found) == 1
    assert found[0].meeting.id == "hsc-2010-tashkent"


# --- a ratification page keeps signed (round 36) ---------------------------------------------


def test_a_summit_report_that_urges_ratification_keeps_its_signing() -> None:
    text = (
        "Belarus signed a memorandum of obligations to obtain SCO member status at the summit in "
        "New Delhi on July 4, 2023. The parliament is expected to ratify the memorandum soon."
    )
    found = find_documents("", text, date(2023, 7, 4))
    assert _one(found, BELARUS).status == "signed"


def test_a_page_without_a_ratification_keeps_signed() -> None:
    text = (
        "Belarus Signs Memorandum of Obligations\n\n"
        "Belarus signed a memorandum of obligations to obtain SCO member status in New Delhi on "
        "July 4, 2023."
    )
    found = find_documents("", text)
    assert _one(found, BELARUS).status == "signed"


# --- days without a year, and the host state ----------------------------------------------


def test_days_and_host_state_place_an_undated_memorandum() -> None:
    found = find_documents("", KUWAIT_RU)
    assert _one(found, KUWAIT).meeting.id == "cfm-2023-goa"


def test_days_without_their_host_state_move_nothing() -> None:
    text = KUWAIT_RU.replace("в Индии", "в Китае")
    found = find_documents("", text)
    assert _one(found, KUWAIT).meeting.id is None


def test_other_days_in_the_host_state_move_nothing() -> None:
    text = KUWAIT_RU.replace("4-5 мая", "14-15 мая")
    found = find_documents("", text)
    assert _one(found, KUWAIT).meeting.id is None


# --- agendas and plan words ---------------------------------------------------------------


def test_a_declaration_on_the_agenda_is_planned() -> None:
    found = find_documents("", DUSHANBE_AGENDA, date(2014, 9, 10))
    assert _one(found, "Dushanbe Declaration").status == "planned"


def test_an_agenda_adopted_before_the_declaration_is_no_plan() -> None:
    text = (
        "The SCO leaders adopted the agenda of the summit and signed the Dushanbe Declaration in "
        "Dushanbe on 12 September 2014."
    )
    found = find_documents("", text, date(2014, 9, 12))
    assert _one(found, "Dushanbe Declaration").status != "planned"


def test_a_plan_word_before_the_issuing_verb_is_planned() -> None:
    found = find_documents("", SAMARKAND_PLAN, date(2022, 9, 16))
    assert _one(found, "Samarkand Declaration").status == "planned"


def test_the_same_verb_without_a_plan_word_is_done() -> None:
    text = SAMARKAND_PLAN.replace("計劃發表", "發表了")
    found = find_documents("", text, date(2022, 9, 16))
    assert _one(found, "Samarkand Declaration").status != "planned"


def test_will_be_signed_during_the_summit_is_planned() -> None:
    text = (
        "薛亚平介绍称,《2019―2020年落实〈上海合作组织成员国旅游合作发展纲要〉联合行动计划》"
        "将于峰会期间签署。"
    )
    found = find_documents("上合组织青岛峰会", text, date(2018, 6, 8))
    assert _named(found, "2019").status == "planned"


def test_was_signed_during_the_summit_is_done() -> None:
    text = (
        "《2019―2020年落实〈上海合作组织成员国旅游合作发展纲要〉联合行动计划》已于青岛峰会期间签署。"
    )
    found = find_documents("上合组织青岛峰会", text, date(2018, 6, 11))
    assert _named(found, "2019").status == "signed"


# --- German anniversaries and a sentence's year -------------------------------------------


def test_german_anniversary_years() -> None:
    assert anniversary_years("zum fünfjährigen Bestehen der Shanghaier Kooperationsorganisation",
                             2001) == (2006,)
    assert anniversary_years("zum 10-jährigen Bestehen der SOZ", 2001) == (2011,)
    # another body's anniversary names no SCO year
    assert anniversary_years("zum fünfjährigen Bestehen der Eurasischen Union", 2001) == ()


def test_the_fifth_anniversary_declaration_is_shanghai_2006() -> None:
    found = find_documents("", SHANGHAI_2006_DE)
    decl = _named(found, "Deklaration zum fünfjährigen")
    assert decl.meeting.id == "hsc-2006-shanghai"
