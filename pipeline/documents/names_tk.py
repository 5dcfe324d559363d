"""Turkmen document names: a declaration named by its venue before "jarnama" ("Deli jarnamasy",
"Nýu-Deli Jarnamasynyň taslamasy"), the Turkmen word taking its possessive suffix."""

from __future__ import annotations

import re

from pipeline.documents.base import _Candidate, _Sentence
from pipeline.tagging import Gazetteer, Match, find_matches

# "jarnama" with its possessive and case suffixes (jarnamasy, jarnamasynyň, jarnamasyny).
_JARNAMA = re.compile(r"jarnama\w*", re.IGNORECASE)
# The venue right before the type word: one or two capitalised words, hyphens inside
# ("Nýu-Deli", "Samarkant").
_VENUE_BEFORE = re.compile(r"((?:[A-ZÄÇĞŇÖŞÜÝŽ][\w-]*\s+){0,1}[A-ZÄÇĞŇÖŞÜÝŽ][\w-]*)\s+$")
# Turkmen spellings of summit venues that the venue gazetteer does not hold, read only right
# before "jarnama" (Turkmen writes Delhi "Deli", a word other languages use otherwise: the
# gazetteer never takes "Deli" alone).
_TK_VENUES = {"deli": "New Delhi", "nýu-deli": "New Delhi", "samarkant": "Samarkand"}


def turkmen_name(gaz: Gazetteer, part: _Sentence, head: Match, kind: str) -> _Candidate | None:
    """A Turkmen declaration named by the venue written right before "jarnama", else None."""
    rel, rel_end = head.start - part.start, head.end - part.start
    if kind != "declaration" or not _JARNAMA.fullmatch(part.text, rel, rel_end):
        return None
    before = _VENUE_BEFORE.search(part.text, 0, rel)
    if before is None:
        return None
    words = before[1]
    venue = _TK_VENUES.get(words.lower()) or _TK_VENUES.get(words.split()[-1].lower())
    if venue is None:
        known = [m for m in find_matches(gaz, words) if m.entry.kind == "venue"]
        venue = known[-1].entry.ref if known else None
    if venue is None:
        return None
    return _Candidate(part.start + before.start(1), head.end, f"{venue} Declaration", kind, venue)
