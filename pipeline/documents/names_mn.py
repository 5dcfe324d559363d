"""Mongolian document names: the SCO's founding declaration and the Shanghai Convention, named
before their type word as Mongolian puts a noun's modifiers first ("ШХАБ-ыг үүсгэн байгуулах
тухай Тунхаглал болон Шанхайн конвенцид гарын үсэг зуржээ": signed the declaration on
establishing the SCO and the Shanghai Convention)."""

from __future__ import annotations

import re

from pipeline.documents.base import _Candidate, _Sentence
from pipeline.tagging import Match

_FOUNDING = "Declaration on the Establishment of the Shanghai Cooperation Organisation"
_SHANGHAI_CONVENTION = "Shanghai Convention on Combating Terrorism, Separatism and Extremism"
# "<the SCO>(-ыг) (үүсгэн) байгуулах тухай" (on establishing the SCO) right before "тунхаглал".
_FOUNDING_BEFORE = re.compile(
    r"(?:ШХАБ|Шанхайн\s+хамтын\s+ажиллагааны\s+байгууллага)[\w-]*\s+(?:үүсгэн\s+)?"
    r"байгуул\w*\s+тухай\s+$",
    re.IGNORECASE,
)
_DECLARATION = re.compile(r"тунхаглал\w*", re.IGNORECASE)
# "Шанхайн конвенц(ид)": the Shanghai Convention by its city's genitive, as Russian
# «Шанхайская конвенция»
_SHANGHAI_BEFORE = re.compile(r"Шанхайн\s+$")
_CONVENTION = re.compile(r"конвенц\w*", re.IGNORECASE)


def mongolian_name(part: _Sentence, head: Match, kind: str) -> _Candidate | None:
    """The Mongolian founding declaration or Shanghai Convention at `head`, else None."""
    rel, rel_end = head.start - part.start, head.end - part.start
    text = part.text
    if kind == "declaration" and _DECLARATION.fullmatch(text, rel, rel_end):
        found = _FOUNDING_BEFORE.search(text, 0, rel)
        if found:
            return _Candidate(part.start + found.start(), head.end, _FOUNDING, kind)
    if kind == "agreement" and _CONVENTION.fullmatch(text, rel, rel_end):
        found = _SHANGHAI_BEFORE.search(text, 0, rel)
        if found:
            return _Candidate(part.start + found.start(), head.end, _SHANGHAI_CONVENTION, kind)
    return None
