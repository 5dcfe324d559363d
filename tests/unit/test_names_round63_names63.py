"""Round 63 (names63): document names of blind set 48 (now a dev set) by cause (issue 14): a
declaration named by its council and city (Ukrainian, the Ukrainian Tianjin), what a document's
text lacks, a summit's agenda, a page quoting a declaration, the Swahili ten-year strategy,
Japanese plans drawn up or discussed, and a justice ministers' bare joint statement.

The sentences marked with a set and item are quoted from real published reports
(tests/data/real-blindN, dev sets); the others are written by names63 for these tests.
"""

from __future__ import annotations

from datetime import date

from round_helpers import tagged_keys

from pipeline.documents import document_key

TIANJIN = document_key("Tianjin Declaration")
BISHKEK = document_key("Bishkek Declaration")
STRATEGY_2015 = document_key("SCO Development Strategy until 2015")
STRATEGY_2035 = document_key("SCO Development Strategy until 2035")
JUSTICE_10 = document_key(
    "Joint Statement of the Tenth Meeting of Ministers of Justice of the SCO Member States"
)


# --- a declaration by its council and city; what its text lacks ---

# blind set 48, rb-6ee8811ca4 (Suspilne)
UK_TIANJIN = (
    "Міністерство закордонних справ України звернуло увагу, що підсумкова декларація засідання "
    "Ради глав держав-членів Шанхайської організації співробітництва в Тяньцзіні не містить "
    "згадки про Україну."
)


def test_ukrainian_council_declaration_in_tianjin_is_adopted() -> None:
    assert tagged_keys(UK_TIANJIN, date(2025, 9, 1)) == {TIANJIN: "adopted"}


def test_russian_and_english_council_declaration_by_its_city() -> None:
    ru = ("Была принята итоговая декларация заседания Совета глав государств-членов ШОС в "
          "китайском Тяньцзине.")
    en = ("The leaders adopted the declaration of the meeting of the Council of Heads of State "
          "of the Shanghai Cooperation Organisation in Tianjin.")
    assert tagged_keys(ru, date(2025, 9, 1)) == {TIANJIN: "adopted"}
    assert tagged_keys(en, date(2025, 9, 1)) == {TIANJIN: "adopted"}


def test_another_bodys_council_is_no_sco_declaration() -> None:
    text = ("The SCO leaders met in Tianjin. The CSTO leaders adopted the declaration of the "
            "Council of Heads of State of the CSTO in Minsk.")
    assert "minsk declaration" not in tagged_keys(text, date(2025, 9, 1))


# --- a summit's agenda ---

# blind set 48, rb-dc5537cec4 (The Nation)
AGENDA = (
    "DUSHANBE - India and Pakistan filed formal applications for full membership in the Shanghai "
    "Cooperation Organisation.\n\nThe agenda of the summit comprises a point about development of "
    "the SCO Development Strategy until 2015."
)


def test_agenda_of_the_summit_comprises_a_planned_strategy() -> None:
    assert tagged_keys(AGENDA, date(2014, 9, 13)) == {STRATEGY_2015: "planned"}


# --- a page quoting a declaration ---

# blind set 48, rb-6cfcd6c60c (RFE/RL liveblog)
QUOTED = (
    "Liveblog: Eurasian Leaders Gather for SCO Summit in Bishkek\n\n"
    "15:27 13.9.2013\nFrom the Bishkek Declaration on Syria:\n\n"
    "-\"The settlement of international and regional conflicts must be carried out exclusively "
    "by peaceful political and diplomatic means.\"\n"
)


def test_from_the_declaration_then_quotes_is_adopted() -> None:
    assert tagged_keys(QUOTED, date(2013, 9, 13)) == {BISHKEK: "adopted"}


def test_from_the_declaration_without_quotes_is_no_report() -> None:
    text = QUOTED.replace('-"The settlement', "The settlement").replace('means."', "means.")
    assert tagged_keys(text, date(2013, 9, 13)) == {}


# --- the Swahili ten-year strategy ---

# blind set 48, rb-f45fc19583
SWAHILI = (
    "Mkutano wa 2025 wa Jumuiya ya Ushirikiano wa Shanghai utafanyika Tianjin kuanzia Agosti 31 "
    "hadi Septemba 1. Rais Xi Jinping kwa pamoja atatia saini na kutoa \"Azimio la Tianjin\" na "
    "viongozi wengine wanachama, kupitisha \"Mkakati wa Maendeleo wa Miaka 10 wa SCO,\" atatoa "
    "taarifa juu ya ushindi wa vita dhidi ya ufashisti duniani."
)


def test_swahili_ten_year_development_strategy_is_the_2035_one() -> None:
    assert tagged_keys(SWAHILI, date(2025, 8, 26)) == {TIANJIN: "planned", STRATEGY_2035: "planned"}


# --- Japanese plans drawn up or discussed ---

# blind set 48, rb-ba54dadbd9 (China.org.cn Japanese)
JA_PLAN_1 = "2017-2018年「上海協力機構加盟国の観光業協力発展綱領」実行の共同行動計画"
JA_PLAN_2 = "2019-2020年「上海協力機構加盟国の観光業協力発展綱領」実行の共同行動計画"
JAPANESE = (
    f"昨年開かれた上海協力機構加盟国首脳理事会第17回会議で各国は、『{JA_PLAN_1}』をまとめ、"
    "今年初めて上海協力機構観光閣僚会議を開くことを決めた。\n"
    "今回の会議では、中国を含む上海協力機構加盟8カ国の観光部門代表が近年の観光業協力の成果と経験を"
    f"振り返ると同時に、『{JA_PLAN_2}』について話し合った。"
)


def test_japanese_plan_drawn_up_is_adopted_and_discussed_planned() -> None:
    assert tagged_keys(JAPANESE, date(2018, 5, 10)) == {
        document_key(JA_PLAN_1): "adopted",
        document_key(JA_PLAN_2): "planned",
    }


# --- a justice ministers' bare joint statement ---

# blind set 48, rb-83f0057d21 (Sputnik Chinese, traditional script)
JUSTICE = (
    "俄羅斯衛星通訊社北京9月5日電 上海合作組織秘書長張明9月5日在第十次上合組織成員國司法部長會議"
    "開幕式上致辭時表示,上合組織宜把握時代機遇,推動法律和司法合作取得更多實際成果,並指出,"
    "會上擬通過《聯合聲明》。"
)


def test_bare_joint_statement_is_its_ministers_meetings() -> None:
    assert tagged_keys(JUSTICE, date(2023, 9, 5)) == {JUSTICE_10: "planned"}


def test_english_ordinal_before_meeting_keys_as_its_number() -> None:
    assert JUSTICE_10 == document_key("第十次上合組織成員國司法部長會議聯合聲明")
    assert document_key("Joint Communiqué of the Ninth Meeting of Ministers of Education") == (
        document_key("第九届教育部长会议联合公报")
    )
