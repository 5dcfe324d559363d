"""Hausa document names: the declaration on the SCO's founding ("sanarwar kafa kungiyar hadin kai
ta Shanghai"), whose subject names it although untitled and in lower case."""

from __future__ import annotations

import re

from pipeline.documents.base import _Candidate, _Sentence
from pipeline.tagging import Match

_FOUNDING = "Declaration on the Establishment of the Shanghai Cooperation Organisation"
# "sanarwar kafa" (the declaration of founding) and its object, the SCO: "kungiyar hadin kai ta
# Shanghai" (CRI Hausa), "kungiyar hadin gwiwa ta Shanghai", or its letters "(kungiyar) SCO".
# "sanarwa" alone is any announcement; "kafa" alone any founding: both words and the SCO count.
_FOUNDING_DECLARATION = re.compile(
    r"sanarwar\s+kafa\s+(?:kungiyar\s+(?:hadin\s+(?:kai|gwiwa)\s+ta\s+shanghai|sco)|sco)(?!\w)",
    re.IGNORECASE,
)


def hausa_name(part: _Sentence, head: Match, kind: str) -> _Candidate | None:
    """The Hausa founding declaration at the type word `head`, else None."""
    if kind != "declaration":
        return None
    found = _FOUNDING_DECLARATION.match(part.text, head.start - part.start)
    if found is None:
        return None
    return _Candidate(head.start, part.start + found.end(), _FOUNDING, kind)
