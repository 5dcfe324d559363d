"""Kyrgyz document names, written before their type word as Kyrgyz puts a noun's modifiers
first: "ШКУнун экстремизмге каршы күрөшүү конвенциясы" (the SCO's convention on countering
extremism), "ШКУнун 2035-жылга чейинки өнүгүү стратегиясы" (the SCO's development strategy
until 2035)."""

from __future__ import annotations

import re

from pipeline.documents.base import _Candidate, _Sentence
from pipeline.tagging import Match

# The SCO's genitive: its Kyrgyz letters with the suffix (ШКУнун), or its Kyrgyz name.
_SCO_OF = r"(?:ШКУ\w*|Шанхай\s+кызматташтык\s+уюму\w*)\s+"
# "(the SCO's) extremism-against struggle convention": the subjects joined by "жана" (and)
_COUNTERING_BEFORE = re.compile(
    rf"(?:{_SCO_OF})?((?:экстремизм|терроризм|сепаратизм)\w*(?:\s+(?:жана\s+)?"
    r"(?:экстремизм|терроризм|сепаратизм)\w*)*)\s+каршы\s+күрөш\w*\s+$",
    re.IGNORECASE,
)
_CONVENTION = re.compile(r"конвенция\w*", re.IGNORECASE)
# "(the SCO's) 2035-year-until development strategy"
_UNTIL_BEFORE = re.compile(
    rf"(?:{_SCO_OF})?((?:19|20)\d\d)-жылга\s+чейинки\s+өнүгүү\s+$", re.IGNORECASE
)
_STRATEGY = re.compile(r"стратегия\w*", re.IGNORECASE)
_SUBJECTS = (("экстремизм", "Extremism"), ("терроризм", "Terrorism"), ("сепаратизм", "Separatism"))


def kyrgyz_name(part: _Sentence, head: Match, kind: str) -> _Candidate | None:
    """A Kyrgyz convention on countering extremism (terrorism) or a development strategy until a
    year, named before its type word, else None."""
    rel, rel_end = head.start - part.start, head.end - part.start
    text = part.text
    if kind == "agreement" and _CONVENTION.fullmatch(text, rel, rel_end):
        found = _COUNTERING_BEFORE.search(text, 0, rel)
        if found:
            subjects = [en for ky, en in _SUBJECTS if ky in found[1].lower()]
            if len(subjects) == 1:
                name = f"SCO Convention on Countering {subjects[0]}"
                return _Candidate(part.start + found.start(), head.end, name, kind)
    if kind == "strategy" and _STRATEGY.fullmatch(text, rel, rel_end):
        found = _UNTIL_BEFORE.search(text, 0, rel)
        if found:
            name = f"SCO Development Strategy until {found[1]}"
            return _Candidate(part.start + found.start(), head.end, name, kind)
    return None
