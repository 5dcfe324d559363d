"""Round 51 (names51b): non-Latin names of blind set 37: the Russian "for the coming ten years"
as a strategy's period, a slip of one letter in the SCO's Russian name, powers given to sign as
the signing's plan, Belarusian context words for "ШАС", and the declaration on the SCO's founding
in lower case (Russian, Tajik).

The sentences marked with a set and an item id are quoted from real published reports
(tests/data/real-blindN); the others are written by names51b for these tests.
"""

from __future__ import annotations

from datetime import date

from round_helpers import GAZ, tagged_names

from pipeline.documents import document_key
from pipeline.documents.keys import years_ahead
from pipeline.documents.names_ru import _one_slip, _sco_spelt
from pipeline.tagging import tag_article

FOUNDING = "Declaration on the Establishment of the Shanghai Cooperation Organisation"


def test_russian_coming_ten_years_is_the_strategy_period() -> None:
    # blind set 37, rb-23e33f27fc
    text = (
        "Как ожидается, в числе наиболее важных документов главы государств примут "
        "Тяньцзиньскую декларацию и утвердят стратегию развития ШОС на предстоящие 10 лет - "
        "до 2035 года."
    )
    assert tagged_names(text, date(2025, 8, 29)) == {
        "Tianjin Declaration": "planned",
        "SCO Development Strategy until 2035": "planned",
    }


def test_cyrillic_years_ahead_keys_and_counts() -> None:
    # written by names51b: the Ukrainian and Belarusian forms; a bare "на 10 лет" (for ten
    # years) is no period counted from the meeting and stays in the key
    assert document_key("Стратегия развития ШОС на ближайшие десять лет") == document_key(
        "SCO Development Strategy for the next 10 years"
    )
    assert years_ahead("Стратегія розвитку ШОС на наступні 10 років") == 10
    assert years_ahead("Стратэгія развіцця ШАС на бліжэйшыя 10 гадоў") == 10
    assert years_ahead("Стратегия развития ШОС на 10 лет") is None
    assert "лет" in document_key("Стратегия развития ШОС на 10 лет до 2035 года")


def test_russian_sco_name_with_a_slip_of_one_letter() -> None:
    # blind set 37, rb-950039112a (the source's «Шахнайской»)
    text = (
        "Президент Узбекистана Ислам Каримов 12 сентября подписал закон «О ратификации Договора "
        "о долгосрочном добрососедстве, дружбе и сотрудничестве государств-членов Шахнайской "
        "организации сотрудничества».\nДоговор о долгосрочном добрососедстве, дружбе и "
        "сотрудничестве государств-членов ШОС был подписан в Бишкеке 16 августа 2007 года на "
        "заседании Совета глав государств-членов ШОС."
    )
    treaty = "Treaty on Long-Term Good-Neighbourliness, Friendship and Cooperation"
    assert tagged_names(text) == {treaty: "signed"}


def test_sco_spelt_only_before_organisation_of_cooperation() -> None:
    # written by names51b: one swapped or dropped letter is forgiven; two slips, another
    # organisation or a slip without "организации сотрудничества" are left as written
    assert _sco_spelt("Хартия Шанхаской организации сотрудничества") == (
        "Хартия Шанхайской организации сотрудничества"
    )
    assert _sco_spelt("Соглашение Тайской организации сотрудничества") == (
        "Соглашение Тайской организации сотрудничества"
    )
    assert _sco_spelt("Хартия Шахнайской организации") == "Хартия Шахнайской организации"
    assert _one_slip("шахнайск", "шанхайск")
    assert not _one_slip("шахнаск", "шанхайск")
    assert not _one_slip("шанхайск", "шанхайск")


def test_russian_powers_to_sign_are_a_plan() -> None:
    # blind set 37, rb-6bcb76eace (Kommersant)
    text = (
        "Главы государств — членов Шанхайской организации сотрудничества (ШОС) подписали 20 "
        "документов, включая Тяньцзиньскую декларацию. Среди них — решение о наделении генсека "
        "ШОС полномочиями для подписания меморандума о взаимопонимании с фондом Росконгресс."
    )
    found = tagged_names(text, date(2025, 9, 1))
    assert found["Tianjin Declaration"] == "signed"
    roscongress = [n for n in found if "Roscongress" in n]
    assert roscongress and found[roscongress[0]] == "planned"


def test_english_authorising_to_sign_is_a_plan_and_signing_stays_signed() -> None:
    # written by names51b: the same act in English; the signing itself stays signed
    authorised = tagged_names(
        "The SCO heads of state signed a decision authorising the SCO Secretary-General to sign "
        "the Memorandum of Understanding between the SCO Secretariat and the Roscongress "
        "Foundation."
    )
    assert set(authorised.values()) == {"planned"}
    signed = tagged_names(
        "Генеральный секретарь ШОС подписал Меморандум о взаимопонимании между Секретариатом ШОС "
        "и фондом Росконгресс."
    )
    assert set(signed.values()) == {"signed"}


BELARUSIAN_PREVIEW = (
    "Лукашэнка прыбыў з рабочым візітам у Кітай, меркаванні экспертаў пра будучы саміт ШАС\n"
    "Прэзідэнт Беларусі прыбыў з рабочым візітам у Кітай. Менавіта тут у найбліжэйшыя дні "
    "адбудзецца саміт ШАС. Будуць прыняты выніковыя дакументы, уключаючы Цяньцзінскую "
    "дэкларацыю Савета кіраўнікоў дзяржаў ШАС."
)


def test_belarusian_sha_s_beside_summit_is_the_sco() -> None:
    # blind set 37, rb-6414e3fec8 (news.by, cut)
    assert tag_article(GAZ, "", BELARUSIAN_PREVIEW).sco_relevant
    assert tagged_names(BELARUSIAN_PREVIEW) == {"Tianjin Declaration": "planned"}


def test_russian_israeli_party_shas_stays_unconfirmed() -> None:
    # written by names51b: the Israeli party ШАС of the Russian press, with Russian words only
    text = "Партия ШАС вышла из правительственной коалиции Израиля, сообщили депутаты кнессета."
    assert not tag_article(GAZ, "", text).sco_relevant


def test_tajik_founding_declaration_in_lower_case() -> None:
    # blind set 37, rb-0a920d9c3e (Khovar)
    text = (
        "ДУШАНБЕ, 15.06.2021 /АМИТ «Ховар»/. 15 июни соли 2021 ба таъсиси Созмони ҳамкории "
        "Шанхай расо 20 сол пур шуд. Маҳз дар ҳамин рӯз, 15 июни соли 2001 дар мулоқоти сарони "
        "давлатҳои Чин, Қазоқистон, Қирғизистон, Россия, Тоҷикистон ва Ӯзбекистон баёния дар "
        "бораи таъсиси СҲШ имзо карда шуд."
    )
    assert tagged_names(text, date(2021, 6, 15)) == {FOUNDING: "signed"}


def test_russian_founding_declaration_in_lower_case_and_other_declarations() -> None:
    # written by names51b: the founding is named by its subject; a declaration on founding
    # something else stays unnamed
    assert tagged_names(
        "15 июня 2001 года в Шанхае главы шести государств подписали декларацию о создании ШОС."
    ) == {FOUNDING: "signed"}
    assert tagged_names(
        "Главы государств ШОС подписали декларацию о создании нового центра в Бишкеке."
    ) == {}


def test_russian_recalled_founding_declaration_stays_background() -> None:
    # blind set 16, rb-e9957e5411 (UTRK, a report of the Tashkent summit of 2016): cited
    text = (
        "Ежегодный саммит Шанхайской организации сотрудничества проходит в Ташкенте. "
        "Напомним, декларация о создании ШОС была подписана в Шанхае в июне 2001 года шестью "
        "странами - Россией, Китаем, Казахстаном, Кыргызстаном, Таджикистаном и Узбекистаном."
    )
    assert tagged_names(text) == {}
