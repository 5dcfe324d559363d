"""Round 38 of relevance (blind set 30 as dev): names of the SCO the gazetteer lacked: Hausa
("kungiyar hadin gwiwa ta Shanghai"), Korean spaced word by word ("상하이 협력 기구"), the English
name misspelt "Cooperative", the Spanish initials "OCSh", and Hindi context words after the
ambiguous "SCO" (countries, development, bank). Every text here is written by the developers
(round 38) after the shapes of the set's pages; none is copied from a set."""

from __future__ import annotations

import pytest

from pipeline.tagging import RELEVANCE_THRESHOLD, analyse, load_gazetteer


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


@pytest.mark.parametrize("title, body", [
    # written for this test
    ("Firaminista ya isa Rasha",
     "Firaminista ya halarci taron firaministoci na kungiyar hadin gwiwa ta Shanghai a Moscow."),
    ("SCO 훈련", "상하이 협력 기구(SCO)의 합동 훈련이 이란에서 진행됐다."),
    ("Ensayo kontra terorismo",
     "Isang ensayo ang idinaos ng Shanghai Cooperative Organization(SCO) sa Kazakhstan."),
    ("Cumbre virtual", "La OCSh, nacida en 2001, celebró su cumbre presidida por la India."),
    ("घोषणापत्र", "घोषणापत्र के अनुसार SCO देशों ने SCO विकास बैंक की स्थापना पर परामर्श तेज़ किया।"),
])
def test_more_names_of_the_sco(gaz, title: str, body: str) -> None:
    assert analyse(gaz, title, body).relevance >= RELEVANCE_THRESHOLD


@pytest.mark.parametrize("title, body", [
    # written for this test: Shanghai's cooperation with a city, another organisation's initials,
    # a Hindi page on a company called SCO with no context word after it
    ("Hadin gwiwa", "Birnin Shanghai ya kulla hadin gwiwa ta kasuwanci da Legas."),
    ("OCS", "La OCS de la empresa publicó sus cuentas."),
    ("कंपनी", "कंपनी SCO ने नए उत्पाद पेश किए।"),
])
def test_no_sco_named(gaz, title: str, body: str) -> None:
    assert analyse(gaz, title, body).relevance < RELEVANCE_THRESHOLD
