"""Round 41 (issue 14, blind set 32 as dev): document names on unseen text, by class: Polish
state names in a memorandum of obligations, Urdu's oblique declaration word, a memorandum of
obligations whose state the next sentence names, a Korean period before its head without title
marks, Korean 수립 (drew up). Every sentence here is written for these tests by the scowatch
developers (modelled on the kinds of reports the sets hold), none is copied from the sets."""

from __future__ import annotations

from datetime import date

import pytest
from round_helpers import found_keys


@pytest.mark.parametrize(
    ("body", "key"),
    [
        (
            "Na szczycie Szanghajskiej Organizacji Współpracy w Astanie zostało podpisane "
            "memorandum o zobowiązaniach Republiki Białorusi w sprawie członkostwa.",
            "belarus memorandum obligation",
        ),
        (
            "Podczas szczytu Szanghajskiej Organizacji Współpracy zostało podpisane memorandum "
            "o zobowiązaniach Białorusi.",
            "belarus memorandum obligation",
        ),
    ],
)
def test_polish_state_names_key_a_memorandum_of_obligations(body, key):
    assert found_keys(body).get(key) == "signed"


def test_urdu_oblique_declaration_word():
    # "the heads of state signed the Samarkand Declaration" with اعلامیے before the postposition
    body = (
        "شنگھائی تعاون تنظیم کے رکن ممالک کے سربراہان مملکت نے سمرقند اعلامیے پر دستخط کئے۔"
    )
    assert found_keys(body).get("declaration samarkand") == "signed"


def test_a_memorandum_of_obligations_takes_the_state_of_the_next_sentence():
    body = (
        "Our leaders meet today in Tashkent at the SCO summit.\n"
        "In the afternoon we will sign the Memorandum of Obligations.\n"
        "This completes the procedure of India's membership of the organisation."
    )
    assert found_keys(body).get("india memorandum obligation") == "planned"


def test_no_state_when_the_next_sentence_names_two_or_no_membership():
    two = (
        "In the afternoon we will sign the Memorandum of Obligations at the SCO summit.\n"
        "India and Pakistan both applied for membership of the organisation."
    )
    assert not any("memorandum obligation" in k for k in found_keys(two))
    none = (
        "In the afternoon we will sign the Memorandum of Obligations at the SCO summit.\n"
        "India's prime minister then flies home."
    )
    assert not any("memorandum obligation" in k for k in found_keys(none))


@pytest.mark.parametrize(
    ("body", "status"),
    [
        # the period before the head, unquoted, with the object particle
        ("SCO 정상회의는 2026~2035년 발전 전략을 승인했다.", "approved"),
        # 수립 (drew up) reads adopted
        ("톈진 SCO 정상회의는 2026~2035년 발전 전략을 수립했다.", "adopted"),
    ],
)
def test_korean_strategy_named_by_the_period_before_its_head(body, status):
    assert found_keys(body, date(2025, 9, 2)).get("2035 development strategy until") == status
