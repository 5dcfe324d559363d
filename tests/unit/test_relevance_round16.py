"""Round 16: the SCO's names missed in blind set 15's reports (pipeline/data/gazetteers/sco.toml).

Every text here was written by the lead for these tests, in the constructions of the set's
reports (no real report copied).
"""

from __future__ import annotations

from pipeline.tagging import tag_article


def test_the_spanish_shangay_spelling(gaz) -> None:
    """Spain's defence ministry wrote "Organización de Cooperación de Shangay (OCS)"."""
    assert tag_article(gaz, "", "Reunión de la Organización de Cooperación de Shangay en Delhi.",
                       language="es").sco_relevant


def test_the_malayalam_abbreviation_and_name(gaz) -> None:
    assert tag_article(gaz, "", "എസ്സിഒ പ്രതിരോധ മന്ത്രിമാരുടെ യോഗം അസ്താനയിൽ നടന്നു.",
                       language="ml").sco_relevant
    assert tag_article(gaz, "", "ഷാങ്ഹായ് സഹകരണ സംഘടനയുടെ ഉച്ചകോടി ഇന്ന് തുടങ്ങി.",
                       language="ml").sco_relevant
    assert not tag_article(gaz, "", "കേരളത്തിൽ ഇന്ന് കനത്ത മഴ പെയ്തു.",
                           language="ml").sco_relevant
