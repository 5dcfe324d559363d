"""Round 27 (blind set 21 as dev): the SCO's names in German, Arabic, Swahili and Italian forms
the gazetteer lacked, definite references ("die Organisation") counted after the SCO is named,
and an abbreviation's bracket on another line. Every text here is written for these tests, in
the constructions of the set's reports (none copied)."""

from __future__ import annotations

import pytest
from sco_evidence import names_sco

from pipeline.tagging import analyse, find_matches, sco_mentions, tag_article


@pytest.mark.parametrize(
    "text",
    [
        # German: "for international cooperation", the genitive "der Zusammenarbeit"
        "Die Shanghai-Organisation für internationale Zusammenarbeit tagt in Astana.",
        "Der Gipfel der Shanghaier Organisation der Zusammenarbeit beginnt am Freitag.",
        # Arabic: the construct state, also with the gh written as ʿayn, and with و attached
        "انعقدت قمة منظمة تعاون شنغهاي في طشقند.",
        "انضمت الهند إلى منظمة تعاون شنعهاي.",
        "وصل الرئيس ولمنظمة تعاون شنغهاي دور كبير.",
        # Swahili
        "Mkutano wa kilele wa Jumuiya ya Ushirikiano ya Shanghai umefunguliwa leo.",
        # Italian, Shanghai without its h; the English name spelt so
        "Il vertice dell'Organizzazione di cooperazione di Shangai si apre a Ufa.",
        "A margine del vertice della Shangai Cooperation Organization si sono incontrati.",
    ],
)
def test_the_new_forms_of_the_name(gaz, text: str) -> None:
    assert names_sco(gaz, text)


def test_italian_sco_in_mixed_case_needs_its_context(gaz) -> None:
    # "i Paesi membri della Sco": the member countries of the SCO; a bare "Sco" is no evidence
    assert names_sco(gaz, "Al vertice hanno partecipato i Paesi membri della Sco e altri ospiti.")
    assert not names_sco(gaz, "Il signor Sco ha parlato ieri alla radio locale.")


def test_a_bracket_on_the_next_line_defines_nothing(gaz) -> None:
    # a headline "... der SOZ" followed by the outlet's name in brackets on the next line: the
    # body's "Shanghaier Organisation für Zusammenarbeit (SOZ)" makes the headline's SOZ the SCO
    text = (
        "Ministerpräsident beim Treffen der SOZ\n\n(Beispiel.cn)\n\nDas Treffen der Shanghaier "
        "Organisation für Zusammenarbeit (SOZ) findet in Sotschi statt."
    )
    found = sco_mentions(gaz, text, find_matches(gaz, text))[0]
    assert [text[m.start : m.end] for m in found] == [
        "SOZ", "Shanghaier Organisation für Zusammenarbeit", "SOZ"
    ]
    # on the same line, a bracket after the abbreviation still defines it otherwise
    other = "Die SOZ (Sozialhilfe) zahlt. Die Shanghaier Organisation für Zusammenarbeit tagt."
    assert "SOZ" in sco_mentions(gaz, other, find_matches(gaz, other))[1]


def test_references_count_only_after_the_name(gaz) -> None:
    named_once = (
        "Astana - Die Shanghaier Organisation für Zusammenarbeit trifft sich in Astana, um den "
        "Beitritt zweier Staaten zu besiegeln. "
        + "Der Präsident sprach über Handel, Verkehr und Energie in der Region. " * 8
    )
    with_references = named_once + (
        "Mit neuen Mitgliedern könne die Organisation große Aufgaben lösen. Nach der Aufnahme "
        "wird die Organisation größer. Die Sicherheitsorganisation wurde 2001 gegründet."
    )
    assert analyse(gaz, "", with_references).relevance > analyse(gaz, "", named_once).relevance
    # "die Organisation" with no SCO named is no evidence at all
    alone = "Die Organisation tagt in Genf. Die Organisation beschloss neue Regeln."
    assert not tag_article(gaz, "", alone).sco_relevant
    assert analyse(gaz, "", alone).relevance == analyse(gaz, "", "Ein Text ohne Namen.").relevance


def test_indonesian_this_organisation_lifts_a_single_mention(gaz) -> None:
    body = (
        "Para pemimpin berkumpul di Qingdao.\nPertemuan puncak “Shanghai Cooperation "
        "Organization” ke 18 dimulai pada Sabtu. "
        + "Presiden membahas keamanan dan ekonomi kawasan bersama para tamu. " * 6
        + "Presiden mengatakan organisasi ini menjadi kekuatan penting. Ia meminta pemimpin lain "
        "melakukan pengembangan organisasi ini."
    )
    assert tag_article(gaz, "", body).sco_relevant


def test_the_organisation_of_another_name_is_no_reference(gaz) -> None:
    # "the Organization of Turkic States" after the SCO is named refers to another body
    named = (
        "The prosecutors met within the framework of the Shanghai Cooperation Organization (SCO). "
        + "The officials discussed legal cooperation and joint projects in the region. " * 6
    )
    other = named + "They also attended the council of the Organization of Turkic States."
    control = named + "They also attended the council of the Assembly of Turkic States."
    assert analyse(gaz, "", other).relevance == analyse(gaz, "", control).relevance
    own = named + "They praised the organization and its secretariat, all of them."
    assert analyse(gaz, "", own).relevance > analyse(gaz, "", control).relevance
