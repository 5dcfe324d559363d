"""Round 47 (names47a): a list of statement subjects ends at an item that names a document of
its own; the ICRC as a memorandum's counterpart; Spanish "rubricaron" (signed) and the French
examination of a document still to come.

The sentences marked "blind set 35" are quoted from real published reports
(tests/data/real-blind35); the others are written by names47a for these tests.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pipeline.documents import tag_and_find
from pipeline.tagging import load_gazetteer

GAZ = load_gazetteer(Path(__file__).resolve().parents[2] / "pipeline" / "data" / "gazetteers")


def _found(body: str, published: date | None = None) -> dict[str, str]:
    return {d.name: d.status for d in tag_and_find(GAZ, "", body, published)[1]}


ASTANA_LIST = (
    "Moreover, the leaders of the SCO countries signed a convention on counteracting the "
    "extremism, a joint action plan on cooperation in tourism for 2017-2018, a statement on fight "
    "against terrorism, a memorandum of understanding between the SCO Secretariat and the "
    "International Committee of the Red Cross, and the Astana declaration."
)  # blind set 35


def test_a_statement_subject_list_stops_at_a_listed_memorandum() -> None:
    found = _found(ASTANA_LIST)
    assert "Statement on fight against terrorism" in found
    assert not any(name.startswith("Statement on a memorandum") for name in found)


def test_the_icrc_is_the_counterpart_of_the_secretariats_memorandum() -> None:
    found = _found(ASTANA_LIST)
    name = ("Memorandum of Understanding between the SCO Secretariat and the International "
            "Committee of the Red Cross")
    assert found.get(name) == "signed"


def test_statements_on_subjects_still_split_on_commas_and_and() -> None:
    # written by names47a
    found = _found("The SCO leaders adopted the Tianjin Declaration and statements on food "
                   "security, energy security and climate change.")
    assert {"Statement on food security", "Statement on energy security",
            "Statement on climate change"} <= set(found)


def test_spanish_rubricaron_signs() -> None:
    # written by names47a, after blind set 35's "rubricaron la Declaración de Ufá"
    found = _found("Los presidentes de la Organización de Cooperación de Shanghái (OCS) "
                   "rubricaron la Declaración de Ufa.")
    assert found.get("Ufa Declaration") == "signed"


def test_a_french_examination_of_a_declaration_is_planned() -> None:
    found = _found(
        "L'enjeu principal de cette rencontre des ministres de l'OCS est l'examen de la "
        "déclaration de Douchanbé, censée refléter les positions des membres de l'OCS."
    )  # blind set 35, shortened
    assert found.get("Dushanbe Declaration") == "planned"


def test_a_declaration_without_a_step_is_still_not_a_document() -> None:
    # written by names47a: no verb of a step, no examination: nothing reported
    assert "Dushanbe Declaration" not in _found(
        "Les ministres de l'OCS ont cité la déclaration de Douchanbé dans leur discours."
    )
