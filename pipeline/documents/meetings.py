"""The meeting a document was adopted at: council, venue and date as the text gives them."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from pipeline.documents.base import Meeting, _Candidate, _Sentence
from pipeline.tagging import (
    Gazetteer,
)

_MONTHS_EN = {
    name: number
    for number, names in enumerate(
        "january,jan february,feb march,mar april,apr may june,jun july,jul august,aug "
        "september,sep,sept october,oct november,nov december,dec".split(),
        start=1,
    )
    for name in names.split(",")
}


_MONTHS_RU = {
    name: number
    for number, name in enumerate(
        "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
        start=1,
    )
}


_MONTH_EN = "|".join(sorted(_MONTHS_EN, key=len, reverse=True))


_DATE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            rf"\b({_MONTH_EN})\.?\s+(\d{{1,2}})(?:\s*[-–]\s*\d{{1,2}})?(?:,?\s+(\d{{4}}))?\b",
            re.IGNORECASE,
        ),
        "md",
    ),
    (
        re.compile(
            rf"\b(\d{{1,2}})(?:\s*[-–]\s*\d{{1,2}})?\s+({_MONTH_EN})\b\.?(?:,?\s+(\d{{4}}))?",
            re.IGNORECASE,
        ),
        "dm",
    ),
    (
        re.compile(r"\b(\d{1,2})\s+(" + "|".join(_MONTHS_RU) + r")(?:\s+(\d{4}))?", re.IGNORECASE),
        "ru",
    ),
    (re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日"), "zh"),
)


def _first_council(gaz: Gazetteer, parts: list[_Sentence]) -> tuple[str, _Sentence] | None:
    """The first council the article names, with its sentence."""
    for part in parts:
        for m in part.of("body"):
            body = gaz.bodies.get(m.entry.ref)
            if body and body.council:
                return body.name, part
    return None


def _meeting(
    gaz: Gazetteer,
    part: _Sentence,
    cand: _Candidate,
    council: tuple[str, _Sentence] | None,
    published_at: date | None,
) -> Meeting:
    """Council, venue and date of the meeting that adopted a document, where the text says so."""
    name = None
    council_part: _Sentence | None = None
    for m in part.of("body"):
        body = gaz.bodies.get(m.entry.ref)
        if body and body.council:
            name, council_part = body.name, part
            break
    if name is None and council is not None:
        name, council_part = council
    places = [part] + ([council_part] if council_part is not None else [])
    venue: str | None = None
    if any(p.has("doc_cue", "video") for p in places):
        venue = "video conference"
    else:
        venue = cand.venue or next(
            (p.of("venue")[0].entry.ref for p in places[1:] if p.has("venue")), None
        )
    when = _date_in(part.text, published_at)
    if when is None and council_part is not None:
        when = _date_in(council_part.text, published_at)
    return Meeting(name, venue, when)


@lru_cache(maxsize=4096)
def _date_in(sentence: str, published_at: date | None) -> date | None:
    """A meeting date written in a sentence, its year taken from the article's date if missing."""
    if not sentence or not any(ch.isdigit() for ch in sentence):
        return None
    for pattern, form in _DATE_PATTERNS:
        found = pattern.search(sentence)
        if not found:
            continue
        try:
            if form == "md":
                month, day, year = (
                    _MONTHS_EN[found.group(1).lower()],
                    int(found.group(2)),
                    found.group(3),
                )
            elif form == "dm":
                day, month, year = (
                    int(found.group(1)),
                    _MONTHS_EN[found.group(2).lower()],
                    found.group(3),
                )
            elif form == "ru":
                day, month, year = (
                    int(found.group(1)),
                    _MONTHS_RU[found.group(2).lower()],
                    found.group(3),
                )
            else:
                year, month, day = found.group(1), int(found.group(2)), int(found.group(3))
            return _with_year(month, day, int(year) if year else None, published_at)
        except ValueError:
            continue
    return None


def _with_year(month: int, day: int, year: int | None, published_at: date | None) -> date | None:
    """A date whose missing year is the publication year nearest to it."""
    if year is not None:
        return date(year, month, day)
    if published_at is None:
        return None
    candidate = date(published_at.year, month, day)
    if candidate - published_at > timedelta(days=183):
        candidate = date(published_at.year - 1, month, day)
    elif published_at - candidate > timedelta(days=183):
        candidate = date(published_at.year + 1, month, day)
    return candidate
