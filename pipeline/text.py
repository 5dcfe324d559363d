"""Text normalisation and the exact-duplicate fingerprint of an article body."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_SPACE = re.compile(r"\s+")
_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)


def normalize_text(text: str) -> str:
    """Case-folded, NFKC, punctuation-free text with single spaces: what dedup compares."""
    text = unicodedata.normalize("NFKC", text or "").casefold()
    text = _PUNCT.sub(" ", text)
    return _SPACE.sub(" ", text).strip()


def body_hash(text: str | None) -> str | None:
    """SHA-256 of the normalised body, or None when there is no text to compare."""
    norm = normalize_text(text or "")
    if not norm:
        return None
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def clean_whitespace(text: str | None) -> str | None:
    """Collapse runs of spaces inside lines and blank lines between paragraphs."""
    if text is None:
        return None
    lines = [_SPACE.sub(" ", line).strip() for line in text.splitlines()]
    out = "\n".join(line for line in lines if line)
    return out or None
