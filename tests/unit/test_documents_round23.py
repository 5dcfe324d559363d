"""Round 23 (blind sets 17 and 18 as dev, issue 14): German packages and signing nouns.
Every text here is written for these tests (guards), none is copied from the sets."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.documents import document_key, find_documents

_DE_LEAD = (
    "Die Staatschefs der Shanghaier Organisation für Zusammenarbeit (SOZ) treffen sich "
    "in Kasachstan. "
)



@pytest.mark.parametrize(
    "tail",
    [
        # written for this test
        "und andere Dokumente unterzeichnet werden.",
        "und weitere wichtige Abkommen unterzeichnet werden.",
        "und mehrere Dokumente unterzeichnet werden.",
    ],
)
def test_german_name_ends_before_other_documents(gaz, tail):
    body = _DE_LEAD + "Beim Gipfel sollen die Erklärung von Astana " + tail
    docs = find_documents("", body, None, gaz=gaz)
    declarations = [d for d in docs if d.type == "declaration"]
    assert [d.key for d in declarations] == [document_key("Astana Declaration")], [
        d.name for d in docs
    ]
    assert declarations[0].status == "planned"


def test_german_von_venue_is_the_venue_declaration(gaz):
    # written for this test: "Erklärung von <venue>" is that venue's summit declaration, so a year
    # named for something else (an application in 2022) never places it at another summit
    body = (_DE_LEAD + "Belarus hatte den Beitritt im Jahr 2022 beantragt. Die Staatschefs "
            "unterzeichneten die Erklärung von Astana.")
    docs = find_documents("", body, None, gaz=gaz)
    assert [d.key for d in docs] == [document_key("Astana Declaration")]
    assert docs[0].meeting.venue == "Astana"


@pytest.mark.parametrize(
    "sentence",
    [
        # written for this test
        "Außerdem ist die Unterzeichnung der Erklärung von Astana vorgesehen.",
        "Geplant ist die Unterzeichnung der Erklärung von Astana.",
        "Die Verabschiedung der Erklärung von Astana ist vorgesehen.",
    ],
)
def test_german_signing_noun_takes_the_plan(gaz, sentence):
    docs = find_documents("", _DE_LEAD + sentence, None, gaz=gaz)
    assert [(d.key, d.status) for d in docs] == [(document_key("Astana Declaration"), "planned")]


def test_german_signing_noun_alone_is_signed(gaz):
    # written for this test: the noun with a past verb is a report
    body = _DE_LEAD + "Nach der Unterzeichnung der Erklärung von Astana endete der Gipfel."
    docs = find_documents("", body, date(2024, 7, 5), gaz=gaz)
    assert [(d.key, d.status) for d in docs] == [(document_key("Astana Declaration"), "signed")]


_IRAN = "Memorandum of Obligations of the Islamic Republic of Iran"


@pytest.mark.parametrize(
    "body",
    [
        # written for this test: Korean, head-final (the state, "obligations", then the word)
        "상하이협력기구(SCO) 정상회의가 사마르칸트에서 열렸다. 정상들은 이란의 SCO 가입 의무에 "
        "관한 비망록을 체결했다.",
        # written for this test: Czech, the state in the genitive after the memorandum word
        "Summit Šanghajské organizace pro spolupráci (ŠOS) začal v Samarkandu. Ve čtvrtek bylo "
        "podepsáno memorandum o závazcích Íránu v rámci ŠOS.",
    ],
)
def test_korean_and_czech_memoranda_of_obligations(gaz, body):
    docs = find_documents("", body, date(2022, 9, 16), gaz=gaz)
    found = [(d.name, d.status) for d in docs if d.type == "memorandum"]
    assert found == [(_IRAN, "signed")], [d.name for d in docs]


def test_korean_memorandum_without_obligations_names_no_state(gaz):
    # written for this test: a memorandum on a subject, Iran only a guest in the sentence
    body = ("상하이협력기구(SCO) 정상회의에 이란 대통령이 참석했고, 회원국들은 관광 협력에 관한 "
            "비망록을 체결했다.")
    docs = find_documents("", body, date(2022, 9, 16), gaz=gaz)
    assert not [d for d in docs if "Iran" in d.name], [d.name for d in docs]
