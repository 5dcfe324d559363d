"""Round 31 (blind set 25 as dev, names): statements counted and then named one by one ("two
statements - one on X and the second on Y"); venue declarations in more languages. Every text
here is written for these tests (by the scowatch developers), none is copied from the sets."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.documents import document_key, find_documents


def _names(gaz, body, published=date(2024, 7, 5)):
    return {d.name: d for d in find_documents("", body, published, gaz=gaz)}


def test_statements_counted_then_named_one_by_one(gaz):
    # written for this test
    body = (
        "The SCO leaders adopted the Astana Declaration and two joint statements - one on "
        "cooperation in fighting drug trafficking, smuggling and piracy and the second one on "
        "cooperation in the field of green energy, the minister said."
    )
    found = _names(gaz, body)
    assert "Statement on cooperation in fighting drug trafficking, smuggling and piracy" in found
    assert "Statement on cooperation in the field of green energy" in found
    assert found["Statement on cooperation in the field of green energy"].type == "joint_statement"


def test_counted_statements_need_the_second_item(gaz):
    # written for this test: one subject alone, or a singular type word, names no statement
    body = (
        "The SCO leaders adopted the Astana Declaration and a joint statement - one on "
        "cooperation in the field of green energy and the second one on trade."
    )
    assert not any(n.startswith("Statement on") for n in _names(gaz, body))
    body = (
        "The SCO leaders adopted the Astana Declaration and issued statements. One on "
        "trade was read."
    )
    assert not any(n.startswith("Statement on") for n in _names(gaz, body))


@pytest.mark.parametrize(
    "body",
    [
        # written for this test: "New" Delhi in Italian and Spanish
        "Dopo il vertice della SCO, i leader hanno firmato la Dichiarazione di Nuova Delhi.",
        "Los miembros de la OCS firmaron la Declaración de Nueva Delhi.",
        # written for this test: the Arabic word with a joined preposition, "was adopted"
        "ووفقا لإعلان نيودلهي الذي تم تبنيه في قمة منظمة شنغهاي للتعاون شددت الدول على الأمن.",
    ],
)
def test_new_delhi_declaration_in_more_languages(gaz, body):
    found = _names(gaz, body, date(2023, 7, 5))
    assert "New Delhi Declaration" in found
    assert found["New Delhi Declaration"].meeting.venue == "New Delhi"


def test_arabic_preposition_alone_is_no_declaration(gaz):
    # written for this test: "to announce" (للإعلان) is no declaration
    body = "دعت منظمة شنغهاي للتعاون إلى الإعلان عن نتائج القمة في نيودلهي."
    assert "New Delhi Declaration" not in _names(gaz, body, date(2023, 7, 5))


def test_title_keeps_its_span_count(gaz):
    # written for this test: the count of "for the Next 10 Years" ends the title, and the
    # strategy planned at the 2025 summit keys with the year its span ends
    body = (
        "The SCO summit in Tianjin on 1 September 2025 will approve the \"SCO Future "
        "Development Strategy for the Next 10 Years\" [2]"
    )
    found = find_documents("", body, date(2025, 8, 20), gaz=gaz)
    names = [d.name for d in found]
    assert "SCO Future Development Strategy for the Next 10 Years" in names
    strategy = next(d for d in found if d.type == "strategy")
    assert strategy.key == document_key("SCO Development Strategy until 2035")


def test_future_is_kept_without_a_span():
    assert "future" in document_key("SCO Future Development Strategy").split()


@pytest.mark.parametrize(
    "body",
    [
        # written for this test: the council approved the signing; the decision is the step
        "At the SCO summit on Tuesday the leaders welcomed the decision on signing the "
        "Memorandum of Obligations of Belarus to join the Organisation as a Member State.",
        "7月4日上海合作组织峰会还批准签署关于白俄罗斯加入上海合作组织义务的备忘录。",
    ],
)
def test_approval_of_a_signing_is_approved(gaz, body):
    found = _names(gaz, body, date(2023, 7, 5))
    assert found["Memorandum of Obligations of the Republic of Belarus"].status == "approved"
    signed = "At the SCO summit the leaders signed the Memorandum of Obligations of Belarus."
    assert _names(gaz, signed, date(2023, 7, 5))[
        "Memorandum of Obligations of the Republic of Belarus"
    ].status == "signed"


def test_portuguese_expected_signing_is_planned(gaz):
    # written for this test
    body = (
        "Na cimeira da Organização de Cooperação de Xangai em Tianjin, espera-se a assinatura "
        "conjunta da Declaração de Tianjin."
    )
    assert _names(gaz, body, date(2025, 8, 30))["Tianjin Declaration"].status == "planned"
