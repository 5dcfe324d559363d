"""Round 29 (blind set 23 as dev): the SCO's dotted Marathi abbreviation and the Spanish "la
Organización de Shanghái". Every text here is written for these tests (none is copied from the
sets)."""

from __future__ import annotations

import pytest
from sco_evidence import names_sco


@pytest.mark.parametrize(
    "text",
    [
        # Marathi: "the meeting of the SCO's foreign ministers", the letters dotted
        "‘एस्.सी.ओ.’च्या विदेशी मंत्र्यांची बैठक गोव्यात होईल.",
        # Spanish: "the heads of the Shanghai Organisation met on Thursday"
        "Los jefes de la Organización de Shanghái se reunieron el jueves.",
    ],
)
def test_the_new_forms_of_the_name(gaz, text: str) -> None:
    assert names_sco(gaz, text)


@pytest.mark.parametrize(
    "text",
    [
        # the city alone, and another organisation of the city
        "La ciudad de Shanghái recibió a los turistas.",
        "La Organización Municipal de Shanghái abrió un museo.",
    ],
)
def test_no_sco_without_its_name(gaz, text: str) -> None:
    assert not names_sco(gaz, text)
