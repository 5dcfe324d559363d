"""Round 31 (blind set 25 as dev, relevance): the SCO's names in Serbian Cyrillic, Dutch and
Greek (without its article; the initials ΟΣΣ), and Greek context words of the ambiguous
abbreviations. Every text here is written for these tests by the scowatch developers, none is
copied from the sets."""

from __future__ import annotations

import pytest

from pipeline.tagging import tag_article


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("Председници држава Шангајске организације за сарадњу састали су се јуче.", "sr"),
        ("De leiders van de Shanghai-samenwerkingsorganisatie kwamen gisteren bijeen.", "nl"),
        ("De Sjanghai Samenwerkingsorganisatie hield gisteren een vergadering.", "nl"),
        ("Οι ηγέτες του Οργανισμού Συνεργασίας Σαγκάης συναντήθηκαν χθες.", "el"),
    ],
)
def test_names_of_the_sco(gaz, body, language):
    assert tag_article(gaz, "", body, language).evidence


def test_greek_summit_marks_the_abbreviation(gaz):
    body = "Η σύνοδος κορυφής της SCO άρχισε χθες."
    assert tag_article(gaz, "", body, "el").evidence
    assert not tag_article(gaz, "", "Η SCO άρχισε χθες.", "el").evidence


def test_greek_initials_need_a_context_word(gaz):
    body = "Τα κράτη-μέλη του ΟΣΣ υπέγραψαν τη διακήρυξη."
    assert tag_article(gaz, "", body, "el").evidence
    assert not tag_article(gaz, "", "Ο ΟΣΣ ανακοίνωσε αποτελέσματα.", "el").evidence
