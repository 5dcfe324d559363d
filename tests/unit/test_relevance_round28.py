"""Round 28 (blind set 22 as dev): the SCO's names in Icelandic, Kannada and Thai, and Kannada
words that mark "SCO" as the organisation. Every text here is written for these tests (none is
copied from the sets)."""

from __future__ import annotations

import pytest
from sco_evidence import names_sco


@pytest.mark.parametrize(
    "text",
    [
        # Icelandic: the nominative and the genitive ("the summit of the SCO")
        "Samstarfsstofnun Sjanghæ var stofnuð árið 2001.",
        "Leiðtogafundur Samstarfsstofnunar Sjanghæ hefst í dag.",
        # Kannada: "the SCO summit will be held in Tianjin"
        "ಶಾಂಘೈ ಸಹಕಾರ ಸಂಸ್ಥೆಯ ಶೃಂಗಸಭೆ ಟಿಯಾಂಜಿನ್‌ನಲ್ಲಿ ನಡೆಯಲಿದೆ.",
        # Thai, run together and spaced: "the summit of the SCO"
        "การประชุมสุดยอดองค์การความร่วมมือเซี่ยงไฮ้เริ่มขึ้นวันนี้",
        "การประชุมสุดยอด องค์กร ความร่วมมือ เซี่ยงไฮ้ เริ่มขึ้นวันนี้",
        # Kannada "SCO summit": the abbreviation with its context word
        "SCO ಶೃಂಗಸಭೆ ನಡೆಯಲಿದೆ.",
    ],
)
def test_the_new_forms_of_the_name(gaz, text: str) -> None:
    assert names_sco(gaz, text)


@pytest.mark.parametrize(
    "text",
    [
        # an Icelandic sentence on the city alone: no SCO
        "Sjanghæ er stærsta borg Kína.",
        # "SCO" without a context word stays ambiguous in Kannada text
        "SCO ಬಗ್ಗೆ ಮಾತನಾಡಿದರು.",
    ],
)
def test_no_sco_without_its_name(gaz, text: str) -> None:
    assert not names_sco(gaz, text)
