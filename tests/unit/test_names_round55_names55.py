"""Round 55 (names55): document names of blind sets 39-41 (issue 14): the Persian Qingdao
Declaration («بیانیه چینگ دائو»), "narcotics" as the anti-drug strategy's drugs, a strategy named
by one year alone, the Malay and Indonesian development strategy, and a Russian title's spaced
dash before an apposition that describes it.

The sentences marked with a set and item are quoted from real published reports
(tests/data/real-blindN, dev sets); the others are written by names55 for these tests.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.documents import document_key, tag_and_find
from pipeline.tagging import load_gazetteer

GAZ = load_gazetteer(Path(__file__).resolve().parents[2] / "pipeline" / "data" / "gazetteers")

STRATEGY_2035 = "SCO Development Strategy until 2035"


def _found(body: str) -> dict[str, str]:
    return {d.name: d.key for d in tag_and_find(GAZ, "", body)[1]}


# --- Persian: بیانیه and a city in two words -------------------------------------------------


def test_persian_qingdao_declaration_keys_as_the_english() -> None:
    # blind set 41, rb-5c85638584: «بیانیه چینگ دائو» (the city in two words)
    assert document_key("بیانیه چینگ دائو") == document_key("Qingdao Declaration")
    # written: the city in one word
    assert document_key("بیانیه چینگدائو") == document_key("Qingdao Declaration")


def test_persian_two_words_that_are_no_venue_stay() -> None:
    # written: "the declaration of the cooperation organisation": no city joins
    key = document_key("بیانیه سازمان همکاری")
    assert "qingdao" not in key and key.startswith("declaration")
    assert document_key("بیانیه چینگ دائو") != document_key("Tianjin Declaration")


# --- narcotics are the anti-drug strategy's drugs ----------------------------------------------


def test_anti_narcotics_strategy_is_the_anti_drug_strategy() -> None:
    # blind set 41, rb-dc48472561: "Anti-narcotics Strategy until 2029"
    assert document_key("Anti-narcotics Strategy until 2029") == document_key(
        "SCO Anti-Drug Strategy until 2029"
    )
    # written: one word
    assert document_key("Antinarcotics Strategy until 2029") == document_key(
        "SCO Anti-Drug Strategy until 2029"
    )


def test_anti_narcotics_strategy_keeps_its_year() -> None:
    # written: another period is another strategy
    assert document_key("Anti-narcotics Strategy until 2029") != document_key(
        "SCO Anti-Drug Strategy for 2018-2023"
    )


# --- a strategy named by one year alone --------------------------------------------------------


def test_strategy_of_one_year_is_the_strategy_until_it() -> None:
    # blind set 41, rb-58f03300fd: "2035 SCO Development Strategy"
    assert document_key("2035 SCO Development Strategy") == document_key(STRATEGY_2035)
    # blind set 12: «Stratégie de développement de l’Organisation de coopération de Shanghai 2035»
    assert document_key(
        "Stratégie de développement de l’Organisation de coopération de Shanghai 2035"
    ) == document_key(STRATEGY_2035)
    # the Korean year (round 27's alias of the strategy until 2025)
    assert document_key("SCO 2025년 발전 전략") == document_key(
        "SCO Development Strategy until 2025"
    )


def test_one_year_rule_is_for_strategies_and_one_year_only() -> None:
    # written: a plan keeps its year as written; two years are no year "until"
    assert "until" not in document_key("Action Plan 2035").split()
    assert document_key("SCO Development Strategy 2025 2035") != document_key(STRATEGY_2035)
    assert document_key("2035 SCO Development Strategy") != document_key(
        "SCO Development Strategy until 2025"
    )


# --- Malay and Indonesian ----------------------------------------------------------------------


MALAY = (
    "Pemimpin SCO juga meluluskan Strategi Pembangunan 10 Tahun (2025–2035) bagi memperkukuh "
    "kestabilan, pembangunan dan kemakmuran di rantau yang dinaungi organisasi itu."
)  # blind set 39, rb-3a41603b07


def test_malay_development_strategy_keys_as_the_english() -> None:
    assert document_key("Strategi Pembangunan 10 Tahun (2025–2035)") == document_key(STRATEGY_2035)


def test_malay_strategy_found_with_its_span_and_period() -> None:
    body = (
        "Sidang kemuncak Pertubuhan Kerjasama Shanghai (SCO) yang dipengerusikan Presiden China, "
        "Xi Jinping, turut menerima pakai 24 dokumen kerjasama. " + MALAY
    )
    assert document_key(STRATEGY_2035) in _found(body).values()


def test_malay_until_and_ten_years_without_a_period() -> None:
    # written: "hingga 2035" (until 2035)
    assert document_key("Strategi Pembangunan SCO hingga 2035") == document_key(STRATEGY_2035)
    # written: "10 tahun" with no period names no strategy of a year
    keys = _found(
        "Pemimpin Pertubuhan Kerjasama Shanghai (SCO) meluluskan Strategi Pembangunan 10 tahun "
        "lagi."
    ).values()
    assert document_key(STRATEGY_2035) not in keys


def test_malay_ten_years_is_no_other_strategy() -> None:
    # written: another end year is another strategy
    assert document_key("Strategi Pembangunan 10 Tahun (2015–2025)") != document_key(STRATEGY_2035)


# --- Russian: a spaced dash before an apposition -----------------------------------------------

CHARTER = (
    "Сегодня мы, главы государств Республики Казахстан, Китайской Народной Республики, "
    "Кыргызской Республики, Российской Федерации, Республики Таджикистан и Республики Узбекистан "
    "торжественно подписали Хартию - основной уставной документ Шанхайской организации "
    "сотрудничества (ШОС или Организация)."
)  # blind set 41, rb-1db1b2ab18


def test_russian_title_ends_before_a_dash_and_a_description() -> None:
    found = _found(CHARTER)
    assert "Charter of the Shanghai Cooperation Organisation" in found
    assert not any("уставной" in name for name in found)


def test_russian_dash_before_a_preposition_goes_on() -> None:
    # blind set 37, rb-23e33f27fc: the dash before "до 2035 года" goes on with the title
    found = _found(
        "Как ожидается, в числе наиболее важных документов главы государств примут "
        "Тяньцзиньскую декларацию и утвердят стратегию развития ШОС на предстоящие 10 лет - до "
        "2035 года."
    )
    assert STRATEGY_2035 in found
