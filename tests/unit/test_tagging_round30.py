"""Round 30 (blind set 24 as dev, relevance): the SCO's names in German ("Schanghai-Kooperation",
the transliterated "ShOZ") and Tamil ("சாங்காய்"), and its representatives as a context word of
the ambiguous abbreviation. Every text here is written for these tests by the scowatch
developers, none is copied from the sets."""

from __future__ import annotations

from pipeline.tagging import tag_article


def test_german_short_name_of_a_headline(gaz):
    tags = tag_article(gaz, "Gipfeltreffen der Schanghai-Kooperation beginnt", "", "de")
    assert tags.sco_relevant and "Shanghai" not in tags.venues


def test_german_transliterated_abbreviation_with_a_context_word(gaz):
    tags = tag_article(gaz, "", "Der Präsident nimmt als Gast am ShOZ-Gipfel teil.", "de")
    assert tags.evidence
    assert not tag_article(gaz, "", "Der ShOZ wurde verkauft.", "de").evidence


def test_tamil_spelling_of_shanghai(gaz):
    body = "சாங்காய் ஒத்துழைப்பு அமைப்பின் மாநாடு நடைபெற்றது."
    assert tag_article(gaz, "", body, "ta").sco_relevant


def test_representatives_of_the_sco_mark_the_abbreviation(gaz):
    body = "Na reunião os representantes da SCO discutiram os exercícios conjuntos."
    assert tag_article(gaz, "", body, "pt").evidence
    assert not tag_article(gaz, "", "A SCO discutiu os exercícios.", "pt").evidence
