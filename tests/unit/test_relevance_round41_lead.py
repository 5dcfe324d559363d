"""Relevance after blind set 33's run (the lead, set 33 as dev): names of the SCO in Punjabi,
Assamese (Bengali script, Shanghai with ছ), Gujarati with સહયોગ, Tamil's "Shanghai cooperation
summit", their letters, and the Spanish "Organización para la Cooperación". Every text here is
written by the developers after the shapes of the set's pages; none is copied from a set."""

from __future__ import annotations

import pytest

from pipeline.tagging import RELEVANCE_THRESHOLD, analyse, load_gazetteer


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


@pytest.mark.parametrize("title, body", [
    # written for this test
    ("ਸੰਮੇਲਨ", "ਪ੍ਰਧਾਨ ਮੰਤਰੀ ਨੇ ਸ਼ੰਘਾਈ ਸਹਿਯੋਗ ਸੰਗਠਨ (ਐਸਸੀਓ) ਦੇ ਸੰਮੇਲਨ ਵਿਚ ਹਿੱਸਾ ਲਿਆ।"),
    ("বৈঠক", "প্ৰধানমন্ত্ৰীয়ে ছাংহাই সহযোগিতা সংস্থাৰ (এছচিঅ’) বৈঠকত যোগ দিব।"),
    ("બેઠક", "વડાપ્રધાન શાંઘાઈ સહયોગ સંગઠનની બેઠકમાં ભાગ લેશે."),
    ("மாநாடு", "பிரதமர் ஷாங்காய் ஒத்துழைப்பு மாநாட்டில் பங்கேற்றார்."),
    ("Cumbre", "Los líderes de la Organización para la Cooperación de Shanghái firmaron la "
               "declaración."),
])
def test_more_names_of_the_sco(gaz, title: str, body: str) -> None:
    assert analyse(gaz, title, body).relevance >= RELEVANCE_THRESHOLD


def test_shanghai_cooperation_alone_is_not_the_sco(gaz) -> None:
    # a Tamil sentence on cooperation with the city of Shanghai, no summit, no organisation
    body = "சென்னை மற்றும் ஷாங்காய் ஒத்துழைப்பு ஒப்பந்தம் கையெழுத்தானது."
    assert analyse(gaz, "ஒப்பந்தம்", body).relevance < RELEVANCE_THRESHOLD
