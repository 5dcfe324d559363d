"""Round 65 (names65): document names (issue 14): a card's display name is the document's usual
name, without the organisation's acronym spliced into it.

The names marked with a set and item are quoted from real published reports
(tests/data/real-blindN, dev sets); the others are written by names65 for these tests.
"""

from __future__ import annotations

from datetime import date
from functools import reduce
from pathlib import Path

from pipeline.documents import document_key, tag_and_find
from pipeline.documents.keys import preferred_name
from pipeline.tagging import load_gazetteer

GAZ = load_gazetteer(Path(__file__).resolve().parents[2] / "pipeline" / "data" / "gazetteers")

DUSHANBE = document_key("Dushanbe Declaration")
STRATEGY_2035 = document_key("SCO Development Strategy until 2035")
STRATEGY_2025 = document_key("SCO Development Strategy until 2025")


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


def test_a_chinese_title_line_marked_full_text_is_the_pages_own_text() -> None:
    # set 32 rb-67b02ad5a5 (Guangshan News): the page's head line, then the declaration's text
    body = ("上海合作组织二十周年杜尚别宣言(全文)(4)\n"
            "成员国强调,必须共同加大努力,防止和切断恐怖主义、分裂主义和极端主义思想传播。\n"
            "成员国将继续举行主管机关联合反恐演习,包括即将举行的“帕比-反恐-2021”演习。")
    _, docs = tag_and_find(GAZ, "", body, date(2021, 9, 18))
    assert [(d.key, d.status) for d in docs] == [(DUSHANBE, "adopted")]
    # a speech printed whole is no document's text (set 40's line, shortened)
    body = ("在上海合作组织成员国政府首脑(总理)理事会第二十四次会议上的讲话(全文)\n"
            "成员国强调,必须共同加大努力。")
    _, docs = tag_and_find(GAZ, "", body, date(2025, 11, 18))
    assert not docs


def test_the_key_document_to_come_in_italian_and_portuguese() -> None:
    # set 14 rb-7e86f31aa8 (Italian, after the foreign ministers at Tianjin); set 42
    # rb-611a0f6381 (Portuguese, before the Ufa summit)
    _, docs = tag_and_find(
        GAZ, "Riunione dei ministri SCO a Tianjin",
        "Il 15 luglio si è tenuta a Tianjin una riunione del Consiglio dei Ministri degli Esteri "
        "della SCO. Il documento chiave sarà la Strategia di Sviluppo della SCO fino al 2035, che "
        "definisce le linee guida e gli obiettivi dell'organizzazione per i prossimi anni.",
        date(2025, 7, 15))
    assert [(d.key, d.status) for d in docs] == [(STRATEGY_2035, "planned")]
    _, docs = tag_and_find(
        GAZ, "Cúpula da OCX",
        "Os chanceleres da OCX reuniram-se em Moscou. A Estratégia de Desenvolvimento da OCX até "
        "2025 será o documento mais importante a ser discutido.", date(2015, 6, 5))
    assert [(d.key, d.status) for d in docs] == [(STRATEGY_2025, "planned")]
    # the copula names no document by itself (written for this test)
    _, docs = tag_and_find(
        GAZ, "Riunione dei ministri SCO a Tianjin",
        "Il 15 luglio si è tenuta a Tianjin una riunione del Consiglio dei Ministri degli Esteri "
        "della SCO. Il documento chiave sarà discusso al vertice.", date(2025, 7, 15))
    assert not docs
