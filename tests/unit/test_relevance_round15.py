"""Round 15: the SCO's names missed in blind set 14's reports (pipeline/data/gazetteers/sco.toml).

Every text here was written by the lead for these tests, in the constructions of the set's
reports (no real report copied).
"""

from __future__ import annotations

from pipeline.tagging import analyse, tag_article


def names(gaz, text: str) -> list[str]:
    found = analyse(gaz, "", text)
    return [found.text[m.start:m.end] for m in found.sco if m.entry.kind == "sco"]


def test_the_french_shanghai_with_its_diaeresis_and_the_spanish_de_la(gaz) -> None:
    """AFP writes "Shanghaï"; Europa Press "Organización de la Cooperación de Shanghái"."""
    assert names(gaz, "Le sommet de l'Organisation de coopération de Shanghaï (OCS) s'ouvre.")
    assert names(gaz, "La cumbre de la Organización de la Cooperación de Shanghái comenzó hoy.")


def test_countries_before_the_abbreviation_mark_the_sco_reading(gaz) -> None:
    """"los países de la OCS" / "les pays de l'OCS": the abbreviation with its countries is the
    SCO; the letters alone, with no context word and no name, are not."""
    text = ("El comercio entre China y los países de la OCS superó la meta. "
            "Los países de la OCS cooperan en más de 50 áreas, dijo Xi en Tianjin.")
    assert tag_article(gaz, "", text, language="es").sco_relevant
    assert not tag_article(gaz, "", "La OCS emitió la serie anoche en su canal.",
                           language="es").sco_relevant
