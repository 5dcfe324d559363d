"""Swahili document names: the SCO's founding declaration ("Taarifa ya kuanzishwa kwa Jumuiya ya
Ushirikiano ya Shanghai": the declaration of the founding of the SCO)."""

from __future__ import annotations

import re

from pipeline.documents.base import _Candidate, _Sentence
from pipeline.tagging import Match

_FOUNDING = "Declaration on the Establishment of the Shanghai Cooperation Organisation"
# "taarifa ya kuanzishwa kwa" (the declaration of the founding of) and the SCO ("Jumuiya ya
# Ushirikiano ya Shanghai", CRI Swahili also writes "Jumuia"; or its letters SCO). "taarifa"
# alone is any report or statement: the founding and the SCO make it the declaration.
_FOUNDING_DECLARATION = re.compile(
    r"taarifa\s+ya\s+kuanzishwa\s+kwa\s+(?:jumuiy?a\s+ya\s+ushirikiano\s+ya\s+shanghai|sco)(?!\w)",
    re.IGNORECASE,
)


def swahili_name(part: _Sentence, head: Match, kind: str) -> _Candidate | None:
    """The Swahili founding declaration at `head`, else None."""
    if kind != "declaration":
        return None
    found = _FOUNDING_DECLARATION.match(part.text, head.start - part.start)
    if found is None:
        return None
    return _Candidate(head.start, part.start + found.end(), _FOUNDING, kind)
