"""Unit tests of one document under several names, and of the register's history as read.

Every text here is written by the scowatch developers for these tests (not real reports).
"""

from __future__ import annotations

from datetime import date

from pipeline.cli import history_steps
from pipeline.documents import document_key, find_documents
from pipeline.documents.keys import preferred_name, same_document


def test_variants_and_translations_of_one_document_share_a_family() -> None:
    dev = [
        "SCO Development Strategy for 2026-2035",
        "SCO Development Strategy until 2035",
        "SCO Development Strategy",
        "Стратегия развития ШОС на 2026–2035 годы",
        "上海合作组织至2035年发展战略",
    ]
    for name in dev[1:]:
        assert same_document(document_key(dev[0]), document_key(name)), name
    energy = [
        "Strategy for energy cooperation until 2030",
        "SCO Energy Cooperation Development Strategy until 2030",
        "Стратегия развития энергетического сотрудничества государств-членов ШОС до 2030 года",
    ]
    for name in energy[1:]:
        assert same_document(document_key(energy[0]), document_key(name)), name


def test_other_documents_of_one_kind_stay_apart() -> None:
    key = document_key
    assert not same_document(key("SCO Development Strategy"),
                             key("SCO Energy Cooperation Development Strategy until 2030"))
    assert not same_document(key("SCO Development Strategy until 2025"),
                             key("SCO Development Strategy for 2026-2035"))
    assert not same_document(key("SCO Anti-Drug Strategy for 2024-2029"),
                             key("Стратегия развития ШОС на 2026-2035 годы"))
    assert not same_document(key("Astana Declaration"), key("Tianjin Declaration"))


def test_the_display_name_prefers_latin_script_the_adopted_name_and_the_period() -> None:
    assert preferred_name("Стратегия развития энергетического сотрудничества",
                          "Strategy for energy cooperation until 2030") \
        == "Strategy for energy cooperation until 2030"
    assert preferred_name("SCO Development Strategy", "SCO Development Strategy for 2026-2035") \
        == "SCO Development Strategy for 2026-2035"
    assert preferred_name("SCO Development Strategy until 2035",
                          "SCO Development Strategy for 2026-2035", other_adopts=True) \
        == "SCO Development Strategy for 2026-2035"
    assert preferred_name("SCO Development Strategy for 2026-2035",
                          "Стратегия развития ШОС на 2026-2035 годы", other_adopts=True) \
        == "SCO Development Strategy for 2026-2035"


def test_russian_title_with_a_spaced_dash_before_chlenov_keeps_its_period() -> None:
    docs = find_documents(
        "Мирзиёев выступил на саммите ШОС в Астане",
        "По итогам саммита ШОС в Астане лидеры подписали Астанинскую декларацию и утвердили ряд "
        "документов, в том числе Стратегию развития энергетического сотрудничества государств — "
        "членов ШОС до 2030 года.", date(2024, 7, 4))
    strategy = next(d for d in docs if d.type == "strategy")
    assert same_document(strategy.key, document_key("SCO Energy Cooperation Development Strategy "
                                                    "until 2030"))
    assert "2030" in strategy.key
    assert strategy.meeting.id == "hsc-2024-astana"


def test_the_replaced_documents_status_and_meeting_are_not_the_new_ones() -> None:
    docs = find_documents(
        "What Central Asia takes home from the SCO summit in Tianjin",
        "Leaders of the Shanghai Cooperation Organization met in Tianjin. The first is the SCO "
        "Development Strategy for 2026-2035, which replaces the strategy adopted in Ufa in 2015.",
        date(2025, 9, 3))
    assert not [d for d in docs if d.meeting.id == "hsc-2015-ufa"]


def test_a_declarations_present_tense_and_the_council_it_instructs() -> None:
    docs = find_documents(
        "Tianjin Declaration of the Council of Heads of State of the SCO",
        "The Council of Heads of State of the Shanghai Cooperation Organization met in Tianjin on "
        "August 31-September 1. The member states approve the SCO Development Strategy for "
        "2026-2035 and instruct the Council of Foreign Ministers and the Council of Heads of "
        "Government to prepare the plans for its implementation.", date(2025, 9, 1))
    strategy = next(d for d in docs if d.type == "strategy")
    assert (strategy.status, strategy.meeting.id) == ("approved", "hsc-2025-tianjin")


def test_a_capitalised_title_that_goes_on_in_lower_case_to_its_period() -> None:
    docs = find_documents(
        "SCO heads of state sign Astana Declaration",
        "The leaders of the Shanghai Cooperation Organization signed the Astana Declaration in "
        "Astana on July 4 and approved 25 documents. Among them are the SCO Anti-Drug Strategy "
        "for 2024-2029 and the Program of Cooperation of SCO member states in countering "
        "terrorism, separatism and extremism for 2025-2027.", date(2024, 7, 4))
    assert "Program of Cooperation of SCO member states in countering terrorism, separatism and " \
        "extremism for 2025-2027" in [d.name for d in docs]


def test_history_is_one_step_per_meeting_and_never_planned_after_adoption() -> None:
    cfm = {"meeting": "SCO Council of Foreign Ministers", "venue": "Tianjin", "date": "2025-07-15"}
    hsc = {"meeting": "SCO Heads of State Council", "venue": "Tianjin", "date": "2025-09-01"}
    events = [{"status": "planned", **cfm}, {"status": "signed", **hsc},
              {"status": "adopted", **hsc}, {"status": "planned", **hsc}]
    assert history_steps(events) == [
        "planned (SCO Council of Foreign Ministers, Tianjin, 2025-07-15)",
        "signed, adopted (SCO Heads of State Council, Tianjin, 2025-09-01)",
    ]
