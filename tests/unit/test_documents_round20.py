"""Round 20 (blind set 17 as dev, issue 14): Romance indefinite articles before a name, English
"plan(s) to <verb>" as the verb, a strategy's period keyed as its end year. Real excerpts cite
their set and item; the others are texts written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.documents import document_key, find_documents


def test_french_indefinite_article_is_no_part_of_a_name(gaz):
    # blind set 17, rb-72ffb35061 (fr.sputniknews.com, 12 September 2014, Dushanbe), shortened
    body = ("Les dirigeants de l'Organisation de coopération de Shanghai (OCS), réunis à "
            "Douchanbe, ont adopté plusieurs documents conjoints.\n\nParmi les accords signés "
            "figurent "
            "notamment le règlement d'octroi du statut de pays membre de l'OCS, une stratégie de "
            "développement de l'OCS pour 2015-2025 et un programme de célébration du 70e "
            "anniversaire de la victoire dans la Grande Guerre patriotique de 1941-1945.")
    docs = find_documents("", body, date(2014, 9, 12), gaz=gaz)
    names = [d.name for d in docs]
    assert not any(n.lower().startswith(("une ", "un ")) for n in names), names
    strategy = [d for d in docs if d.type == "strategy"]
    # the period "pour 2015-2025" is the strategy until 2025
    assert [d.key for d in strategy] == [document_key("SCO Development Strategy until 2025")]


@pytest.mark.parametrize(
    "body",
    [
        # written for this test
        "Os líderes da Organização de Cooperação de Xangai (OCS) assinaram uma estratégia de "
        "desenvolvimento da OCS para 2015-2025.",
        "Les dirigeants de l'Organisation de coopération de Shanghai (OCS) ont signé une "
        "stratégie de développement de l'OCS pour 2015-2025.",
    ],
)
def test_portuguese_and_french_indefinite_articles_end_a_name_on_its_left(gaz, body):
    docs = find_documents("", body, date(2014, 9, 12), gaz=gaz)
    assert [d.key for d in docs] == [document_key("SCO Development Strategy until 2025")]
    assert not docs[0].name.lower().startswith(("uma ", "une "))


def test_english_plan_to_approve_is_the_verb(gaz):
    # blind set 17, rb-0ba9486343 (sputnikglobe.com, 29 March 2024), headline and lead
    body = ("SCO Countries Plan to Approve Common Energy Strategy at Astana Summit in July\n\n"
            "MOSCOW (Sputnik) - The member countries of the Shanghai Cooperation Organization "
            "(SCO) plan to approve a common energy strategy at a summit in Astana in July, the "
            "organization's Deputy Secretary General Sohail Khan said.")
    docs = find_documents("", body, date(2024, 3, 29), gaz=gaz)
    assert not [d for d in docs if d.type == "action_plan"], [d.name for d in docs]


def test_a_plan_to_implement_stays_a_document(gaz):
    # written for this test
    body = ("The SCO foreign ministers approved the Action Plan to Implement the SCO Development "
            "Strategy until 2025.")
    docs = find_documents("", body, date(2016, 6, 24), gaz=gaz)
    assert [d.type for d in docs if d.type == "action_plan"] == ["action_plan"]


def test_a_strategy_period_keys_as_its_end_year():
    # written for this test
    assert document_key("SCO Development Strategy for 2026-2035") == document_key(
        "SCO Development Strategy until 2035")
    assert document_key("Стратегия развития ШОС на 2026-2035 годы") == document_key(
        "Стратегия развития ШОС до 2035 года")
    # a plan implementing a strategy keeps its own period
    assert "2016-2020" in document_key(
        "Action Plan for 2016-2020 on the Implementation of the SCO Development Strategy "
        "until 2025")
    # strategies of other periods stay apart
    assert document_key("SCO Anti-Drug Strategy for 2018-2023") != document_key(
        "SCO Anti-Drug Strategy for 2024-2029")


def test_known_strategy_display_names_follow_the_written_period(gaz):
    # written for this test: the key is one, each keeps the name its text gives
    until = find_documents("", "SCO leaders approved the SCO Development Strategy until 2035.",
                           date(2025, 9, 1), gaz=gaz)
    period = find_documents("", "SCO leaders approved the SCO Development Strategy for "
                            "2026-2035.", date(2025, 9, 1), gaz=gaz)
    assert until[0].name == "SCO Development Strategy until 2035"
    assert period[0].name == "SCO Development Strategy for 2026-2035"
    assert until[0].key == period[0].key
