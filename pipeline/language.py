"""Language identification (py3langid, loaded once per process) and language-tag normalisation."""

from __future__ import annotations

import re
from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

# py3langid labels outside ISO 639-1 folded into the code a reader expects; others are dropped.
LANGID_TO_ISO639_1 = {"wuu": "zh", "yue": "zh", "uzs": "uz", "ary": "ar", "arz": "ar"}
LEGACY_LANG_CODES = {"iw": "he", "in": "id", "ji": "yi", "jw": "jv"}
MIN_LANGID_CHARS = 40
HINT_MIN_PROBABILITY = 0.05
LANGID_SAMPLE_CHARS = 400  # enough for a confident answer on news text; cost grows with length
# A label with more than this probability is the answer whatever the folding of the others:
# they share less than half between them (0.6 leaves room for float rounding).
CLEAR_WINNER = 0.6


def normalise_language(code: str | None) -> str | None:
    """The ISO 639-1 part of a language tag ('ru-RU', 'zh_CN', 'iw' → 'ru', 'zh', 'he')."""
    if not code:
        return None
    primary = re.split(r"[-_]", code.strip().lower(), maxsplit=1)[0]
    primary = LEGACY_LANG_CODES.get(primary, primary)
    return primary if re.fullmatch(r"[a-z]{2}", primary) else None


@cache
def language_identifier() -> LanguageIdentifier:
    """py3langid's model with normalised probabilities, loaded once per process."""
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def language_probabilities(text: str) -> dict[str, float]:
    """ISO 639-1 language → probability for a text, by py3langid."""
    probabilities: dict[str, float] = {}
    for label, probability in language_identifier().rank(text[:LANGID_SAMPLE_CHARS]):
        code = LANGID_TO_ISO639_1.get(label, label)
        if len(code) == 2:
            probabilities[code] = probabilities.get(code, 0.0) + probability
    return probabilities


def top_language(text: str) -> tuple[str | None, float]:
    """py3langid's single most likely label for a text, as an ISO 639-1 code (None when it has
    none), and its probability: one classification, without ranking every language."""
    label, probability = language_identifier().classify(text[:LANGID_SAMPLE_CHARS])
    code = LANGID_TO_ISO639_1.get(label, label)
    return (code if len(code) == 2 else None), probability


def detect_language(text: str | None, hint: str | None = None) -> str | None:
    """The text's ISO 639-1 language; the page's declared one wins when the text allows it."""
    hint = normalise_language(hint)
    letters = sum(map(str.isalpha, text[:LANGID_SAMPLE_CHARS])) if text else 0
    if not text or letters < MIN_LANGID_CHARS:
        return hint or (best_language(text) if text and letters else None)
    # Most texts have a clear winner (no hint to weigh) or the hint on top: the same answer as
    # the full ranking below, at about two thirds of its cost.
    code, probability = top_language(text)
    if code is not None and (code == hint and probability >= HINT_MIN_PROBABILITY
                             or not hint and probability > CLEAR_WINNER):
        return code
    probabilities = language_probabilities(text)
    if hint and probabilities.get(hint, 0.0) >= HINT_MIN_PROBABILITY:
        return hint
    return max(probabilities, key=probabilities.__getitem__) if probabilities else hint


def best_language(text: str) -> str | None:
    """The single most likely ISO 639-1 language of a short text."""
    probabilities = language_probabilities(text)
    return max(probabilities, key=probabilities.__getitem__) if probabilities else None
