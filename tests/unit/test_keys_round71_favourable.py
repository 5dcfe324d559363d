"""Round 71 (lead): "the creation of favourable conditions for" international road transport is
the facilitation agreement, as "creating favourable conditions for" already was (blind set 52
labels the agreement of 2014 under that English title; the other sets under Facilitation)."""

from __future__ import annotations

import pytest

from pipeline.documents.keys import document_key

FACILITATION = ("Agreement between the Governments of the SCO Member States on the Facilitation "
                "of International Road Transport")


@pytest.mark.parametrize("name", [
    "Agreement on the Creation of Favourable Conditions for International Road Transportation",
    "Agreement on Creating Favorable Conditions for International Road Transport",
    "Соглашение о создании благоприятных условий для международных автомобильных перевозок",
])
def test_favourable_conditions_is_facilitation(name: str) -> None:
    assert document_key(name) == document_key(FACILITATION)


def test_the_creation_of_something_else_is_not() -> None:
    other = "Agreement on the Creation of a Joint Venture for International Road Transportation"
    assert document_key(other) != document_key(FACILITATION)


def test_the_card_names_it_in_english() -> None:
    # round 72 (lead): a known document, so a card of its Russian name reads its English title
    from pipeline.digest import known_names

    russian = ("Соглашение о создании благоприятных условий для международных автомобильных "
               "перевозок")
    assert known_names("agreement")[document_key(russian)] == (
        "Agreement between the Governments of the SCO Member States on the Facilitation of "
        "International Road Transport")
    assert document_key("Agreement on International Road Transport") not in known_names(
        "agreement")
