"""Round 62 (names62): document names of blind set 48 (now a dev set) by cause (issue 14):
Belarus's memorandum of obligations in Belarusian, a state after a comma opening the next clause,
a heads of state council session's ordinal title, the UAE's dialogue-partner memorandum in
Russian, the Swahili future of "kutia saini", single quotation marks around a plan's subject, and
finalising a plan still to come.

The sentences marked with a set and item are quoted from real published reports
(tests/data/real-blindN, dev sets); the others are written by names62 for these tests.
"""

from __future__ import annotations

from datetime import date

from round_helpers import tagged_keys

from pipeline.documents import document_key
from pipeline.documents.base import _Candidate
from pipeline.documents.names import _ordinal_council_declaration

BELARUS = document_key("Memorandum of Obligations of the Republic of Belarus")
IRAN = document_key("Memorandum of Obligations of the Islamic Republic of Iran")
UAE = document_key(
    "Memorandum on granting the United Arab Emirates the status of SCO dialogue partner"
)
TASHKENT = document_key("Tashkent Declaration")
TIANJIN = document_key("Tianjin Declaration")
TOURISM_2023 = document_key(
    "Action Plan for 'Year of Tourism Development in the SCO Space in 2023'"
)
TOURISM_PLAN = document_key("Tourism Joint Action Plan")


# --- Belarusian memorandum of obligations ---------------------------------------------------------


def test_belarusian_memorandum_of_obligations() -> None:
    # blind set 48, rb-d348c4c6fe (Belarusian portal in Kazakhstan)
    body = (
        "Бішкек ухваліў мемарандум аб абавязацельствах Беларусі для яе ўступлення ў ШАС\n\n"
        "Прэзідэнт Кыргызстана Садыр Жапараў ратыфікаваў мемарандум аб абавязацельствах "
        "Беларусі для яе ўступлення ў Шанхайскую арганізацыю супрацоўніцтва.\n"
        "\"Прэзідэнт Кыргызскай Рэспублікі Садыр Жапараў падпісаў закон... \"Аб ратыфікацыі "
        "мемарандума аб абавязацельствах Рэспублікі Беларусь у мэтах атрымання статусу "
        "дзяржавы-члена Шанхайскай арганізацыі супрацоўніцтва, падпісанага 4 ліпеня 2023 года ў "
        "горадзе Нью-Дэлі\", - сказана ў паведамленні прэс-службы.\n"
    )
    assert tagged_keys(body).get(BELARUS) == "signed"


def test_belarusian_classical_spelling() -> None:
    # blind set 48, rb-80914fa365 (Radio Svaboda, the classical spelling)
    body = (
        "Лукашэнка падпісаў закон аб далучэньні Беларусі да дамоваў ШАС\n\n"
        "Сёлета на пачатку ліпеня на саміце Шанхайскай арганізацыі супрацоўніцтва Беларусь "
        "падпісала мэмарандум аб абавязаньнях дзеля атрыманьня статусу дзяржавы – сябра ШАС.\n"
    )
    assert tagged_keys(body).get(BELARUS) == "signed"


# --- a state after a comma opens the next clause -----------------------------------------------


def test_state_after_comma_is_not_the_signers_memorandum() -> None:
    # blind set 48, rb-cf86afce33 (Business Emirates): Iran signed; Belarus began a procedure
    body = (
        "Шанхайская организация сотрудничества объявила о расширении.\n"
        "Между тем, Иран уже подписал меморандум о вступлении в ШОС, Беларусь также начала "
        "процедуру присоединения к организации.\n"
    )
    found = tagged_keys(body)
    assert found.get(IRAN) == "signed"
    assert BELARUS not in found


def test_a_list_after_the_memorandum_stays_its_states() -> None:
    # written: both states in the memorandum's phrase, no other signer
    body = (
        "На саммите ШОС подписаны меморандумы о вступлении Индии и Пакистана в Шанхайскую "
        "организацию сотрудничества.\n"
    )
    found = tagged_keys(body)
    assert document_key("Memorandum of Obligations of the Republic of India") in found
    assert document_key("Memorandum of Obligations of the Islamic Republic of Pakistan") in found


# --- a council session's ordinal title ------------------------------------------------------------


def test_russian_ordinal_council_declaration_is_the_summits() -> None:
    # blind set 48, rb-802a5d1a29 (Kremlin site, the declaration's own text)
    body = (
        "Президент России — официальный сайт\n\n"
        "Декларация десятого заседания Совета глав государств – членов Шанхайской организации "
        "сотрудничества\n\n"
        "11 июня 2010 года\n\n"
        "10–11 июня 2010 года в Ташкенте состоялось десятое заседание Совета глав государств – "
        "членов Шанхайской организации сотрудничества. По итогам обмена мнениями по актуальным "
        "региональным и международным вопросам его участники заявляют о следующем:\n"
    )
    found = tagged_keys(body)
    assert found.get(TASHKENT) == "adopted"
    assert not any("десято" in key for key in found)


def test_english_ordinal_reads_the_calendar() -> None:
    cand = _Candidate(
        0, 80, "Declaration of the 10th Meeting of the Council of Heads of State", "declaration"
    )
    got = _ordinal_council_declaration(cand)
    assert (got.name, got.venue) == ("Tashkent Declaration", "Tashkent")


def test_an_ordinal_no_summit_has_stays_as_written() -> None:
    name = "Declaration of the 99th Meeting of the Council of Heads of State"
    cand = _Candidate(0, 70, name, "declaration")
    assert _ordinal_council_declaration(cand).name == name


def test_a_statement_is_not_renamed() -> None:
    name = "Декларация десятого заседания Совета министров юстиции"
    cand = _Candidate(0, 60, name, "declaration")
    assert _ordinal_council_declaration(cand).name == name


# --- the UAE's dialogue-partner memorandum in Russian ---------------------------------------------


def test_memorandum_opening_its_sentence_with_the_partners_signer() -> None:
    # blind set 48, rb-01e2c56b98 (Regnum)
    body = (
        "Объединённые Арабские Эмираты (ОАЭ) 6 мая получили статус партнёра по диалогу в "
        "Шанхайской организации сотрудничества (ШОС). Меморандум подписали посол ОАЭ в Индии "
        "Абдулнассер Альшаали и генеральный секретарь ШОС Чжан Мин.\n"
    )
    assert tagged_keys(body).get(UAE) == "signed"


def test_the_sides_sign_after_the_grant() -> None:
    # blind set 48, rb-f8127e5a89 (Voice of Sevastopol)
    body = (
        "ОАЭ стали партнёром по диалогу ШОС\n\n"
        "ОАЭ официально получили статус «партнера по диалогу» в «Шанхайской организации "
        "сотрудничества». Об этом сегодня, 6 мая, сообщает Сахифату ль-Халидж.\n\n"
        "Стороны подписали меморандум о взаимопонимании по поводу вступления в организацию в "
        "качестве партнёра по диалогу.\n"
    )
    assert tagged_keys(body).get(UAE) == "signed"


def test_the_sides_with_another_state_between_name_none() -> None:
    # written: a second state named between the grant and the memorandum: whose is unclear
    body = (
        "ОАЭ официально получили статус партнера по диалогу в Шанхайской организации "
        "сотрудничества. Египет также подал заявку.\n"
        "Стороны подписали меморандум о взаимопонимании по поводу вступления в организацию в "
        "качестве партнёра по диалогу.\n"
    )
    assert UAE not in tagged_keys(body)


# --- Swahili: "atatia saini" (will sign) ----------------------------------------------------------


def test_swahili_future_of_kutia_saini_is_planned() -> None:
    # blind set 48, rb-f45fc19583 (a summit preview, 'Muda wa kutuma: Aug-26-2025')
    body = (
        "Mkutano wa 2025 wa Jumuiya ya Ushirikiano wa Shanghai utafanyika Tianjin kuanzia "
        "Agosti 31 hadi Septemba 1. Rais Xi Jinping kwa pamoja atatia saini na kutoa \"Azimio "
        "la Tianjin\" na viongozi wengine wanachama.\n"
    )
    assert tagged_keys(body, date(2025, 8, 26)).get(TIANJIN) == "planned"


# --- single quotation marks, finalising --------------------------------------------------------


def test_single_quoted_subject_of_a_capitalised_plan() -> None:
    # blind set 48, rb-1956c7a0e2 (GKToday; the closing mark is a prime)
    body = (
        "The Shanghai Cooperation Organisation (SCO) held a tourism ministers’ conference "
        "recently in Varanasi.\n"
        "The Action Plan for ‘Year of Tourism Development in the SCO Space in 2023′ was adopted "
        "at the recently held tourism ministers’ meeting.\n"
    )
    assert tagged_keys(body).get(TOURISM_2023) == "adopted"


def test_an_apostrophe_opens_no_quotation() -> None:
    # written: the possessive's mark inside a word quotes nothing
    body = (
        "The Shanghai Cooperation Organisation's ministers adopted the Action Plan for the SCO's "
        "Year of Tourism Development in 2023.\n"
    )
    assert not any("'" in key or "’" in key for key in tagged_keys(body))


def test_finalizing_a_plan_is_planned() -> None:
    # blind set 48, rb-7d27220e1a (Mr Enquirer, a preview)
    body = (
        "India is set to host the Shanghai Cooperation Organisation (SCO) Tourism Ministers’ "
        "Meeting (TMM) from March 17-18 in Kashi (Varanasi).\n"
        "The TMM will focus on finalizing a Tourism Joint Action Plan that includes promoting "
        "the SCO tourism brand.\n"
    )
    assert tagged_keys(body).get(TOURISM_PLAN) == "planned"
