"""A helper the relevance round tests share (tests/unit is on sys.path under pytest)."""

from __future__ import annotations

from pipeline.tagging import Gazetteer, find_matches, sco_mentions


def names_sco(gaz: Gazetteer, text: str) -> bool:
    """Whether a text names the SCO (evidence, not relevance)."""
    return bool(sco_mentions(gaz, text, find_matches(gaz, text))[0])
