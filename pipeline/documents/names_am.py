"""Amharic document names: the SCO Charter, "የሻንጋይ ትብብር ድርጅት ቻርተር" (the Charter of the
Shanghai Cooperation Organisation), the organisation's name right before the type word, as an
Amharic genitive ("የ...", of) stands before its noun."""

from __future__ import annotations

import re

from pipeline.documents.base import _Candidate, _Sentence
from pipeline.tagging import Match

_CHARTER = "Charter of the Shanghai Cooperation Organisation"
_CHARTER_WORD = re.compile(r"ቻርተር\w*")
# The SCO's Amharic name ("the Shanghai cooperation organisation", "cooperation" with or without
# its own genitive የ), or its Latin letters, ending right before the charter word.
_SCO_BEFORE = re.compile(r"(?:[የለበከ]?ሻንጋይ\s+(?:የ)?ትብብር\s+ድርጅት|(?<!\w)SCO)(?:\s*\(SCO\))?\s+$")


def amharic_name(part: _Sentence, head: Match, kind: str) -> _Candidate | None:
    """The SCO Charter when the SCO's name stands right before the charter word, else None:
    another body's charter ("የተባበሩት መንግስታት ቻርተር", the UN's) is not the SCO's."""
    rel, rel_end = head.start - part.start, head.end - part.start
    if kind != "agreement" or not _CHARTER_WORD.fullmatch(part.text, rel, rel_end):
        return None
    before = _SCO_BEFORE.search(part.text, max(0, rel - 40), rel)
    if before is None:
        return None
    return _Candidate(part.start + before.start(), head.end, _CHARTER, kind)
