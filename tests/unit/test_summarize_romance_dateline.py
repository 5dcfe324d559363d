"""The Romance wires' datelines (a title-case place, the day, a lower-case month or its
abbreviation, the agency in brackets, a dash) are datelines, not a sentence's start: blind set
51's Italian story was headed "Milano, 15 set." in the reading aid's digest, and 14 of 23 such
openings across the real sets were read as prose. Openings below are the real sets' shapes; the
sentences after them are written for the tests."""

from __future__ import annotations

import pytest

from pipeline.summarize import dateline_length, strip_dateline


@pytest.mark.parametrize(("text", "dateline"), [
    ("Milano, 15 set. (askanews) – Il presidente è arrivato.", "Milano, 15 set. (askanews) – "),
    ("Tianjin, 1 sep (Xinhua) — El presidente habló hoy.", "Tianjin, 1 sep (Xinhua) — "),
    ("Astaná, 4 jul (EFE).- Los líderes firmaron.", "Astaná, 4 jul (EFE).- "),
    ("Qingdao, 11 jun (Xinhua) -- O presidente presidiu.", "Qingdao, 11 jun (Xinhua) -- "),
    ("Roma, 4 lug. (LaPresse) – La Bielorussia è membro.", "Roma, 4 lug. (LaPresse) – "),
    ("Prague, 7 June 2002 (RFE/RL) -- The leaders met.", "Prague, 7 June 2002 (RFE/RL) -- "),
])
def test_romance_wire_dateline(text, dateline):
    assert text[:dateline_length(text)] == dateline
    assert strip_dateline(text) == text[len(dateline):]


@pytest.mark.parametrize("text", [
    # no dash after the bracket: a sentence may go on ("... (ANSA) ha detto")
    "Roma, 15 settembre (ANSA) il ministro ha detto che il vertice è finito.",
    # a digit in the bracket is no agency's name
    "Tianjin, 1 sep (2025) — El presidente habló hoy.",
    # a lower-case first word is no place
    "ieri, 15 set. (askanews) – il presidente è arrivato.",
])
def test_not_a_romance_dateline(text):
    assert dateline_length(text) == 0
