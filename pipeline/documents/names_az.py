"""Azerbaijani document names: the SCO's founding declaration, named before its type word
("ŞƏT-in yaradılması haqqında bəyannamə": the declaration on the establishment of the SCO)."""

from __future__ import annotations

import re

from pipeline.documents.base import _Candidate, _Sentence
from pipeline.tagging import Match

_FOUNDING = "Declaration on the Establishment of the Shanghai Cooperation Organisation"
# "<the SCO>(-in) yaradılması haqqında" (on the creation of the SCO) right before "bəyannamə";
# "təsis edilməsi" (founding) as well.
_FOUNDING_BEFORE = re.compile(
    r"(?:ŞƏT|Şanxay\s+Əməkdaşlıq\s+Təşkilat\w*)[\w'’-]*\s+"
    r"(?:yaradılması|təsis\s+edilməsi)\s+haqqında\s+$",
    re.IGNORECASE,
)
_DECLARATION = re.compile(r"bəyannamə\w*", re.IGNORECASE)


def azerbaijani_name(part: _Sentence, head: Match, kind: str) -> _Candidate | None:
    """The Azerbaijani founding declaration at `head`, else None."""
    rel, rel_end = head.start - part.start, head.end - part.start
    if kind != "declaration" or not _DECLARATION.fullmatch(part.text, rel, rel_end):
        return None
    found = _FOUNDING_BEFORE.search(part.text, 0, rel)
    if found is None:
        return None
    return _Candidate(part.start + found.start(), head.end, _FOUNDING, kind)
