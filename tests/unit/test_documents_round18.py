"""Round 18 (blind set 16 as dev, issue 14): a period of "the next N years" keyed from its meeting,
English "the preparation of" a document as planned, and titles written in capitals shown in normal
case. Real excerpts cite their set and item; the others are texts written for these tests."""

from __future__ import annotations

from datetime import date

from pipeline.documents import document_key, find_documents
from pipeline.documents.keys import _in_normal_case, years_ahead

STRATEGY_2035 = document_key("SCO Development Strategy until 2035")


def test_next_ten_years_is_keyed_from_its_meeting(gaz):
    # blind set 16, rb-81f0d0b2b6 (Kazinform's Chinese service, 27 August 2025)
    body = ("今年峰会在天津举行。\n\n本次峰会将通过两份核心文件：《天津宣言》以及《上合组织未来10年"
            "发展战略》。这将为上合组织2035年前的发展蓝图奠定基础。")
    found = {d.key: d for d in find_documents("", body, date(2025, 8, 27), gaz=gaz)}
    assert STRATEGY_2035 in found
    assert found[STRATEGY_2035].name == "上合组织未来10年发展战略"  # the name stays as written


def test_next_ten_years_in_traditional_script(gaz):
    # blind set 16, rb-ea6a914bef (China Review News, 29 August 2025), shortened
    body = ("2025年上海合作組織峰會將於8月31日至9月1日在天津舉行。"
            "習近平主席將同其他成員國領導人共同簽署併發表《天津宣言》，"
            "批准《上合組織未來10年發展戰略》。")
    keys = {d.key for d in find_documents("", body, date(2025, 8, 29), gaz=gaz)}
    assert STRATEGY_2035 in keys


def test_next_years_without_a_dated_meeting_keeps_its_key(gaz):
    # written for this test: no meeting, no date; nothing to count the years from
    body = "上海合作组织成员国批准了《上合组织未来10年发展战略》。"
    keys = {d.key for d in find_documents("", body, gaz=gaz)}
    assert STRATEGY_2035 not in keys


def test_years_ahead_reads_digits_and_words():
    assert years_ahead("上合组织未来10年发展战略") == 10
    assert years_ahead("上合組織未來十年發展戰略") == 10
    assert years_ahead("development strategy for the next ten years") == 10
    assert years_ahead("Estrategia de desarrollo para los próximos 10 años") == 10
    assert years_ahead("SCO Development Strategy until 2035") is None


def test_a_name_with_its_own_year_keeps_its_key(gaz):
    # written for this test: the period is given; the next ten years add nothing
    body = ("上海合作组织天津峰会于2025年9月1日举行。成员国元首批准了《上合组织未来10年"
            "(2026-2035年)发展战略》。")
    keys = {d.key for d in find_documents("", body, date(2025, 9, 1), gaz=gaz)}
    assert document_key("上合组织未来10年(2026-2035年)发展战略") in keys


def test_the_preparation_of_documents_is_planned(gaz):
    # blind set 16, rb-602abe1f1b (Kazinform, 31 August 2025)
    body = (
        "The event considered preparations for the upcoming meeting of the SCO Heads of State "
        "Council, which will be held in Tianjin on September 1, 2025.\n\n"
        "Particular attention was paid to the preparation of the final documents of the summit, "
        "including the Tianjin Declaration and the SCO Development Strategy for the period up "
        "to 2035 and in the areas of trade, energy, digital economy, investment, security, new "
        "technologies, green industry and culture."
    )
    found = {d.key: d for d in find_documents("", body, date(2025, 8, 31), gaz=gaz)}
    assert set(found) == {document_key("Tianjin Declaration"), STRATEGY_2035}
    assert {d.status for d in found.values()} == {"planned"}


def test_preparations_for_a_meeting_name_no_document(gaz):
    # written for this test: the preparation of a meeting, not of a document
    body = ("The SCO national coordinators discussed the preparation of the summit in Tianjin "
            "and the joint declaration.")
    assert find_documents("", body, date(2025, 8, 1), gaz=gaz) == []


def test_a_title_in_capitals_is_shown_in_normal_case(gaz):
    # blind set 15, rb-faf108f212 (the communiqué's own text under its heading), shortened
    body = (
        "JOINT COMMUNIQUÉ on the results of the seventeenth meeting of the Council of Heads of "
        "Government (Prime Ministers) of the Member States of the Shanghai Cooperation "
        "Organization\n\nThe seventeenth meeting of the Council of Heads of Government (Prime "
        "Ministers) of the Member States of the Shanghai Cooperation Organization (hereinafter "
        "referred to as SCO or the Organization) was held in Dushanbe (Republic of Tajikistan), "
        "on 11-12 October 2018."
    )
    names = [d.name for d in find_documents("", body, gaz=gaz)]
    assert names == ["Joint Communiqué"]


def test_normal_case_keeps_abbreviations_and_mixed_case():
    # written for this test
    assert _in_normal_case("JOINT COMMUNIQUE") == "Joint Communique"
    assert (_in_normal_case("TASHKENT DECLARATION OF THE SCO HEADS OF STATE")
            == "Tashkent Declaration of the SCO Heads of State")
    assert _in_normal_case("СОВМЕСТНОЕ КОММЮНИКЕ ГЛАВ ПРАВИТЕЛЬСТВ ШОС") == (
        "Совместное коммюнике глав правительств ШОС")
    assert _in_normal_case("Agreement on the SCO RATS") == "Agreement on the SCO RATS"
    assert _in_normal_case("Joint Communiqué") == "Joint Communiqué"


def test_russian_declaration_of_the_summit_at_a_venue(gaz):
    # blind set 14, rb-fbd7b8bdba (TASS, 1 September 2025): the final declaration of the summit
    # in Tianjin is the Tianjin Declaration; its text quoted, it is adopted
    body = ("ТЯНЬЦЗИНЬ, 1 сентября. /ТАСС/. Председательство в Шанхайской организации "
            "сотрудничества (ШОС) переходит к Киргизии. Об этом говорится в тексте итоговой "
            "декларации саммита в Тяньцзине.")
    found = [(d.name, d.status, d.meeting.id)
             for d in find_documents("", body, date(2025, 9, 1), gaz=gaz)]
    assert found == [("Tianjin Declaration", "adopted", "hsc-2025-tianjin")]


def test_russian_declaration_of_the_summit_with_a_verb(gaz):
    # written for this test: the genitive "of the summit in" as "по итогам саммита в" was read
    body = "Лидеры ШОС приняли итоговую декларацию саммита в Тяньцзине."
    found = [(d.name, d.status) for d in find_documents("", body, date(2025, 9, 1), gaz=gaz)]
    assert found == [("Tianjin Declaration", "adopted")]


def test_russian_draft_quoted_stays_planned(gaz):
    # written for this test: the draft's text is quoted; the nearer cue (проект) wins
    body = ("Об этом говорится в тексте проекта итоговой декларации саммита ШОС в Тяньцзине, "
            "который откроется 31 августа.")
    found = [(d.name, d.status) for d in find_documents("", body, date(2025, 8, 20), gaz=gaz)]
    assert found == [("Tianjin Declaration", "planned")]


TREND_LIST = (
    # blind set 16, rb-5239cd6d3c (Trend, 1 September 2025), lines of its list
    "During the meeting of the Council of Heads of State of SCO member countries, the following "
    "documents were signed:\n\n"
    "Tianjin Declaration of the Council of Heads of State of the SCO Member States;\n\n"
    "Decision of the Council of Heads of State of the SCO Member States approving the following "
    "outcome documents of the meeting:\n\n"
    "SCO Development Strategy until 2035;\n\n"
    "Program of Cooperation among SCO Member States to Counter Extremist Ideology in the SCO "
    "Region for 2026–2030;\n\n"
    "Decision authorizing the SCO Secretary-General to sign the following documents:\n\n"
    "– Protocol to the Agreement between the SCO and the Government of the People’s Republic "
    "of China on the Conditions of Stay of the SCO Secretariat in China, dated June 17, 2004;\n\n"
    "– Memorandum of Understanding between the SCO Secretariat and the Roscongress Foundation;\n"
)


def test_among_goes_on_inside_an_english_title(gaz):
    names = {d.name for d in find_documents("", TREND_LIST, date(2025, 9, 1), gaz=gaz)}
    assert ("Program of Cooperation among SCO Member States to Counter Extremist Ideology in the "
            "SCO Region for 2026–2030") in names
    assert "Program of Cooperation" not in names


def test_the_document_a_protocol_amends_is_cited(gaz):
    names = {d.name for d in find_documents("", TREND_LIST, date(2025, 9, 1), gaz=gaz)}
    assert not any("Conditions of Stay" in n for n in names), names
    assert ("Memorandum of Understanding between the SCO Secretariat and the Roscongress "
            "Foundation") in names


def test_among_with_no_title_after_it_ends_the_name(gaz):
    # written for this test: "among" followed by lower-case words is no part of the title
    body = "SCO leaders signed the Tianjin Declaration among other documents on 1 September 2025."
    names = {d.name for d in find_documents("", body, date(2025, 9, 1), gaz=gaz)}
    assert names == {"Tianjin Declaration"}
