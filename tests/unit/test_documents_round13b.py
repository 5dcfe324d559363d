"""Unit tests of round 13b (pipeline.documents): Romance sentence-case titles, from blind set 12's
French errors (a title run through the organisation's name to a bracketed period, a lower-case
statement named by its subject beside the summit's declaration).

Every text here is written by the scowatch developers (this round's helper) for these tests,
modelled on the constructions of the set's French reports, not copied from them.
"""

from __future__ import annotations

import pytest
from round_helpers import gaz_names

from pipeline.documents import document_key, find_documents


def _keys(gaz, body: str) -> dict[str, str]:
    return {document_key(d.name): d.status for d in find_documents("", body, gaz=gaz)}


_LEAD = "Le sommet de l'Organisation de coopération de Shanghai (OCS) s'est achevé à Tianjin. "


# ---- a period in brackets, the organisation's acronym in brackets ----------------------------


def test_french_title_with_bracketed_period(gaz):
    body = _LEAD + (
        "Les chefs d'État ont approuvé la Stratégie de développement de l'Organisation de "
        "coopération de Shanghai pour la prochaine décennie (2026-2035), puis ils ont dîné."
    )
    # round 20: a strategy's period keys as its end year
    assert _keys(gaz, body) == {"2035 development strategy until": "approved"}


def test_french_lower_case_title_through_bracketed_acronym_to_its_period(gaz):
    body = _LEAD + (
        "Les dirigeants ont adopté plusieurs textes, dont la stratégie de développement de "
        "l'Organisation de coopération de Shanghai (OCS) jusqu'en 2035, et un budget."
    )
    assert _keys(gaz, body) == {"2035 development strategy until": "adopted"}


def test_english_run_keeps_its_period_in_line(gaz):
    # a bracketed period after an English lower-case run is not read (see names_latin)
    body = (
        "The SCO Interbank Consortium met in Astana. The agenda included the signing of a "
        "development strategy of the consortium for the next stage (2030-2035)."
    )
    assert gaz_names(gaz, body) == {}


def test_bracketed_word_is_no_period(gaz):
    body = _LEAD + (
        "Les dirigeants ont approuvé la Stratégie de développement de l'OCS (version courte), "
        "selon le communiqué."
    )
    assert gaz_names(gaz, body) == {}


# ---- a Romance declaration named by its subject, beside the summit's declaration ----------------


def test_french_statements_named_by_their_subjects(gaz):
    body = _LEAD + (
        "Les dirigeants ont signé la Déclaration de Tianjin, publié une déclaration sur la "
        "sécurité alimentaire et le 25e anniversaire de l'organisation et une déclaration pour "
        "renforcer la connectivité régionale et adopté douze autres documents."
    )
    found = {d.name: (d.type, d.status) for d in find_documents("", body, gaz=gaz)}
    assert found == {
        "Tianjin Declaration": ("declaration", "signed"),
        "Déclaration sur la sécurité alimentaire et le 25e anniversaire de l'organisation": (
            "joint_statement",
            "adopted",
        ),
        "Déclaration pour renforcer la connectivité régionale": ("joint_statement", "adopted"),
    }


def test_council_statement_on_an_occasion_ends_at_the_comma(gaz):
    body = _LEAD + (
        "Ont été adoptés la Déclaration de Tianjin et la Déclaration du Conseil des chefs d'État "
        "de l'OCS à l'occasion du 25e anniversaire de la fondation de l'organisation, ainsi "
        "que plusieurs accords."
    )
    names = {d.name: d.type for d in find_documents("", body, gaz=gaz)}
    assert names == {
        "Tianjin Declaration": "declaration",
        "Déclaration du Conseil des chefs d'État de l'OCS à l'occasion du 25e anniversaire de "
        "la fondation de l'organisation": "joint_statement",
    }


def test_spanish_statement_on_a_subject(gaz):
    body = (
        "La cumbre de la Organización de Cooperación de Shanghái terminó en Tianjin. Los líderes "
        "adoptaron la Declaración de Tianjin y una declaración sobre el comercio multilateral; "
        "después hubo una cena."
    )
    names = {d.name: d.type for d in find_documents("", body, gaz=gaz)}
    assert names.get("Declaración sobre el comercio multilateral") == "joint_statement"


@pytest.mark.parametrize(
    "sentence",
    [
        # no summit declaration beside it: a declaration on a subject is no name
        "Les dirigeants ont adopté une déclaration sur la situation au Moyen-Orient.",
        # a declaration by someone, not on a subject
        "Les dirigeants ont adopté la Déclaration de Tianjin et salué une déclaration du "
        "ministre chinois.",
        # a lower-case strategy of a state, no period, no title
        "Les dirigeants ont approuvé la stratégie de la Chine pour la région.",
    ],
)
def test_no_romance_name(gaz, sentence):
    names = {d.name for d in find_documents("", _LEAD + sentence, gaz=gaz)}
    assert names <= {"Tianjin Declaration"}


def test_statement_subject_that_never_ends_is_no_name(gaz):
    body = _LEAD + (
        "Ils ont adopté la Déclaration de Tianjin et une déclaration sur " + "les liens " * 30
    )
    names = {d.name for d in find_documents("", body, gaz=gaz)}
    assert names == {"Tianjin Declaration"}


# ---- a sentence-case title that ends at the organisation's name ------------------------------


def test_french_title_ending_at_the_organisation(gaz):
    body = _LEAD + "Les chefs d'État ont approuvé la Stratégie de coopération énergétique de l'OCS."
    assert gaz_names(gaz, body) == {"Stratégie de coopération énergétique de l'OCS": "approved"}


def test_title_through_full_name_and_acronym(gaz):
    body = _LEAD + (
        "Ils ont approuvé le Programme de coopération culturelle de l'Organisation de "
        "coopération de Shanghai (OCS), puis ils ont visité le port."
    )
    assert gaz_names(gaz, body) == {
        "Programme de coopération culturelle de l'Organisation de coopération de Shanghai (OCS)": (
            "approved"
        )
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Les chefs d'État ont approuvé la Stratégie de la Chine.",
        "Les chefs d'État ont approuvé la Stratégie de l'OCS.",  # no words of its own
        # the organisation's name inside a longer phrase: no end at it
        "Les chefs d'État ont approuvé la Stratégie de développement de l'OCS dans la région.",
    ],
)
def test_no_title_ending_at_the_organisation(gaz, sentence):
    assert gaz_names(gaz, _LEAD + sentence) == {}
