"""Round 65 (names65): document names (issue 14): a card's display name is the document's usual
name, without the organisation's acronym spliced into it.

The names marked with a set and item are quoted from real published reports
(tests/data/real-blindN, dev sets); the others are written by names65 for these tests.
"""

from __future__ import annotations

from functools import reduce

from pipeline.documents.keys import preferred_name


def _card_name(names: list[str]) -> str:
    """The name an entry ends with after its reports' names, in the order given."""
    return reduce(preferred_name, names[1:], names[0])


def test_the_usual_name_over_one_with_the_acronym_spliced_in() -> None:
    # set 49 rb-f1f47b32cb (Sputnik): "according to the Tianjin SCO Declaration"; rb-b746149654
    # and the set's other reports: "the Tianjin Declaration"
    names = ["Tianjin SCO Declaration", "Tianjin Declaration", "Tianjin Declaration"]
    assert _card_name(names) == "Tianjin Declaration"
    assert _card_name(list(reversed(names))) == "Tianjin Declaration"
    # even when only the spliced form came with the adoption
    assert preferred_name("Tianjin Declaration", "Tianjin SCO Declaration",
                          other_adopts=True) == "Tianjin Declaration"


def test_an_acronym_that_opens_the_title_or_follows_of_the_is_the_titles_own() -> None:
    # the labels' own names (set 49: "SCO Development Strategy until 2035"): no splice
    assert preferred_name("Development Strategy until 2035",
                          "SCO Development Strategy until 2035") \
        == "SCO Development Strategy until 2035"
    assert preferred_name(
        "Statement on Supporting the Multilateral Trading System",
        "Statement of the SCO Council of Heads of State on Supporting the Multilateral Trading "
        "System") == ("Statement of the SCO Council of Heads of State on Supporting the "
                      "Multilateral Trading System")
