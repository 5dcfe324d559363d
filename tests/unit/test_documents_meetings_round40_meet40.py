"""Round 40 (issue 14): status readings of an undated Korean preview (a plain non-past final verb,
and a connective verb before it; a title closed by a single quote before its particle), of a
declaration named as the source of another act ("according to the ... declaration ... published"),
and of the Uzbek Cyrillic past of adopting; the Tashkent foreign ministers' council of 2022 held
over two days. Every text here is written for these tests by the scowatch developers (modelled
on the wording of real reports), none is copied from the evaluation sets."""

from __future__ import annotations

from datetime import date

from round_helpers import found_names

from pipeline.documents.calendar import load_calendar


def test_a_korean_non_past_final_verb_is_a_plan_without_a_date() -> None:
    body = (
        "상하이협력기구(SCO) 정상회의가 다음 주 톈진에서 열린다. "
        "회원국 정상들은 ‘톈진 선언’을 서명·발표하고, 여러 협력 문서를 승인한다."
    )
    assert found_names(body)["Tianjin Declaration"] == "planned"


def test_a_korean_past_report_stays_signed() -> None:
    body = (
        "상하이협력기구(SCO) 정상회의가 톈진에서 열렸다. "
        "회원국 정상들은 ‘톈진 선언’을 서명·발표했다."
    )
    assert found_names(body)["Tianjin Declaration"] == "signed"


def test_a_korean_past_connective_is_no_plan() -> None:
    # 서명했고 (signed, and): the past marker of the connective keeps the report
    body = (
        "상하이협력기구(SCO) 정상회의가 톈진에서 열렸다. "
        "회원국 정상들은 ‘톈진 선언’에 서명했고, 회의는 계속된다."
    )
    assert found_names(body)["Tianjin Declaration"] == "signed"


def test_a_korean_title_in_single_quotes_takes_the_verb_after_its_particle() -> None:
    body = (
        "상하이협력기구(SCO) 정상회의가 다음 주 톈진에서 열린다. "
        "정상들은 ‘톈진 선언’을 발표하고, ‘상하이협력기구 2035 발전 전략’을 승인한다."
    )
    statuses = found_names(body)
    assert statuses["Tianjin Declaration"] == "planned"
    assert set(statuses.values()) == {"planned"}, statuses


def test_a_declaration_cited_as_the_source_takes_its_own_verb_after_it() -> None:
    body = (
        "NEW DELHI, 4 July 2023. Belarus has signed a memorandum of obligations to become a "
        "member state of the Shanghai Cooperation Organisation, according to the New Delhi "
        "Declaration of the SCO Heads of State Council published on Tuesday."
    )
    assert found_names(body, date(2023, 7, 4))["New Delhi Declaration"] == "adopted"


def test_a_verb_before_the_name_without_a_source_phrase_is_unchanged() -> None:
    body = (
        "NEW DELHI, 4 July 2023. The leaders of the Shanghai Cooperation Organisation signed "
        "the New Delhi Declaration of the SCO Heads of State Council, published on Tuesday."
    )
    assert found_names(body, date(2023, 7, 4))["New Delhi Declaration"] == "signed"


def test_the_uzbek_cyrillic_past_of_adopting_is_adopted_and_its_future_planned() -> None:
    tail = " ШҲТ саммити Тяньцзинда бўлиб ўтди. Шанхай ҳамкорлик ташкилоти."
    past = "Саммитда “Тяньцзин декларацияси” қабул қилинди." + tail
    future = "Саммитда “Тяньцзин декларацияси” қабул қилинади." + tail
    assert found_names(past)["Tianjin Declaration"] == "adopted"
    assert found_names(future)["Tianjin Declaration"] == "planned"


def test_the_tashkent_foreign_ministers_council_of_2022_spans_two_days() -> None:
    held = load_calendar().get("cfm-2022-tashkent")
    assert held is not None
    assert (held.start, held.end) == (date(2022, 7, 28), date(2022, 7, 29))
    assert held.day == date(2022, 7, 29)  # its documents keep the day of the session
    assert held.covers(date(2022, 7, 28), slack=0)
