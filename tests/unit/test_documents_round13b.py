"""Unit tests of round 13b (pipeline.documents): Romance sentence-case titles, from blind set 12's
French errors (a title run through the organisation's name to a bracketed period, a lower-case
statement named by its subject beside the summit's declaration).

Every text here is written by the scowatch developers (this round's helper) for these tests,
modelled on the constructions of the set's French reports, not copied from them.
"""

from __future__ import annotations

import pytest

from pipeline.documents import document_key, find_documents
from pipeline.tagging import load_gazetteer


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def _found(gaz, body: str) -> dict[str, str]:
    return {d.name: d.status for d in find_documents("", body, gaz=gaz)}


def _keys(gaz, body: str) -> dict[str, str]:
    return {document_key(d.name): d.status for d in find_documents("", body, gaz=gaz)}


_LEAD = "Le sommet de l'Organisation de coopération de Shanghai (OCS) s'est achevé à Tianjin. "


# ---- a period in brackets, the organisation's acronym in brackets ----------------------------


def test_french_title_with_bracketed_period(gaz):
    body = _LEAD + (
        "Les chefs d'État ont approuvé la Stratégie de développement de l'Organisation de "
        "coopération de Shanghai pour la prochaine décennie (2026-2035), puis ils ont dîné."
    )
    assert _keys(gaz, body) == {"2026-2035 development strategy": "approved"}


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
    assert _found(gaz, body) == {}


def test_bracketed_word_is_no_period(gaz):
    body = _LEAD + (
        "Les dirigeants ont approuvé la Stratégie de développement de l'OCS (version courte), "
        "selon le communiqué."
    )
    assert _found(gaz, body) == {}
