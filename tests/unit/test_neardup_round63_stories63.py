"""Round 63 of near duplicates (issue 15; blind set 48 as dev): Romanian s and t with a comma
below (ș ț) and with a cedilla (ş ţ) are one letter each, so an agency text republished under
the other spelling is still a copy."""

from __future__ import annotations

from pipeline.neardup import fold_spelling, is_near_duplicate, signature, tokens

# blind set 48, r-a930eb7525 (Mediafax, cedilla letters), its 2nd-4th paragraphs
MEDIAFAX = (
    "Potrivit imaginilor difuzate de agenţia TASS, Putin a fost primit pe aeroport de oficiali "
    "de rang înalt ai oraşului-port, semn al importanţei pe care China o acordă acestui "
    "eveniment.\n\n"
    "Summitul OCS, găzduit de preşedintele Xi Jinping, reuneşte aproximativ 20 de lideri "
    "mondiali, inclusiv premierul indian Narendra Modi, fiind cel mai amplu de la înfiinţarea "
    "organizaţiei în 2001.\n\n"
    "În ultimii ani, blocul, născut iniţial dintr-o cooperare pe securitate şi combaterea "
    "terorismului, şi-a extins agenda către colaborare economică şi militară, având în prezent "
    "10 membri permanenţi şi 16 state observatoare sau partenere de dialog."
)
# blind set 48, r-f352c46d8f (Jurnalul, comma-below letters), the same paragraphs
JURNALUL = (
    "Potrivit imaginilor difuzate de agenția TASS, liderul de la Kremlin a fost primit pe "
    "aeroport de oficiali de rang înalt ai orașului-port, semn al importanței pe care China o "
    "acordă acestui eveniment.\n\n"
    "Summitul OCS, găzduit de președintele Xi Jinping, reunește aproximativ 20 de lideri "
    "mondiali, inclusiv premierul indian Narendra Modi, fiind cel mai amplu de la înființarea "
    "organizației în 2001.\n\n"
    "În ultimii ani, blocul, născut inițial dintr-o cooperare pe securitate și combaterea "
    "terorismului, și-a extins agenda către colaborare economică și militară, având în prezent "
    "10 membri permanenți și 16 state observatoare sau partenere de dialog."
)


def test_comma_and_cedilla_letters_are_one_word() -> None:
    assert tokens("înființarea organizației și") == tokens("înfiinţarea organizaţiei şi")


def test_the_romanian_copy_under_the_other_spelling_is_a_copy() -> None:
    assert is_near_duplicate(signature(MEDIAFAX), signature(JURNALUL))


def test_turkish_cedilla_letters_are_kept() -> None:
    # the cedilla letters are the folded form: a Turkish word keeps its ş
    assert fold_spelling("Şanghay İşbirliği Örgütü") == "Şanghay İşbirliği Örgütü"
