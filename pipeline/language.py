"""Language identification (py3langid, loaded once per process) and language-tag normalisation."""

from __future__ import annotations

import hashlib
import logging
import lzma
import os
import re
import tempfile
from array import array
from functools import cache
from importlib.metadata import version
from io import BytesIO
from pathlib import Path
from typing import IO, Any

import numpy as np
from platformdirs import user_cache_path
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

LOG = logging.getLogger(__name__)
PACKAGED_MODEL = MODEL_DIR / MODEL_FILE
# The arrays of py3langid's model file (an npz inside LZMA): what a cached copy must hold.
MODEL_ARRAYS = ("ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat")
# Stored in the cached copy beside the model's arrays: the hash of the packaged file it came from.
SOURCE_KEY = "scowatch_source_sha256"

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
    """py3langid's model with normalised probabilities, loaded once per process, from the
    unpacked copy in the user's cache directory when a sound one is there."""
    return cached_language_identifier(user_cache_path("scowatch"))


def cached_language_identifier(cache_dir: Path,
                               model: Path = PACKAGED_MODEL) -> LanguageIdentifier:
    """The packaged model, read from its unpacked copy in `cache_dir`; the copy is (re)built when
    missing or unreadable, and any fault of it falls back to the packaged file.

    Unpacking the LZMA-compressed model costs about 0.6 CPU-s, paid by every crawl process;
    reading the unpacked copy about a sixth of that."""
    packed = model.read_bytes()
    digest = hashlib.sha256(packed).hexdigest()
    path = model_cache_path(cache_dir, digest)
    try:
        return identifier_from_npz(path, digest)
    except FileNotFoundError:
        pass
    except Exception as exc:  # noqa: BLE001 - whatever is wrong with the copy, it is not used
        LOG.warning("py3langid model cache %s unreadable (%s: %s); rebuilding it from %s",
                    path, type(exc).__name__, exc, model)
    arrays = unpacked_model(packed)
    try:
        identifier = identifier_from_arrays(arrays)
    except ValueError as exc:  # a model layout this module does not know: py3langid reads it
        LOG.info("py3langid model %s not cached (%s)", model, exc)
        return LanguageIdentifier.from_model_file(model, norm_probs=True)
    try:
        write_model_cache(path, {**arrays, SOURCE_KEY: np.array(digest)})
    except OSError as exc:  # a read-only home costs speed, not answers
        LOG.info("py3langid model cache %s not written: %s", path, exc)
    return identifier


def model_cache_path(cache_dir: Path, digest: str) -> Path:
    """The cached copy's file: named by py3langid's version and the packaged model's hash."""
    return cache_dir / f"py3langid-{version('py3langid')}-{digest[:16]}.npz"


def unpacked_model(packed: bytes) -> dict[str, np.ndarray]:
    """The arrays of py3langid's LZMA-compressed npz model file."""
    with np.load(BytesIO(lzma.decompress(packed)), allow_pickle=False) as data:
        return {name: data[name] for name in data.files}


def identifier_from_npz(source: Path | IO[bytes], digest: str) -> LanguageIdentifier:
    """A language identifier from a cached copy of the model made from the packaged file with
    hash `digest`; ValueError (or the zip reader's error) when the copy is not that."""
    with np.load(source, allow_pickle=False) as data:  # the zip's CRCs catch damaged bytes
        if SOURCE_KEY not in data.files or str(data[SOURCE_KEY]) != digest:
            raise ValueError("made from another model file")
        return identifier_from_arrays({name: data[name] for name in data.files})


def identifier_from_arrays(arrays: dict[str, Any]) -> LanguageIdentifier:
    """py3langid's identifier (normalised probabilities) built from the model's arrays, after
    checking that they fit together: a bad index would fail only on some later text."""
    missing = [name for name in MODEL_ARRAYS if name not in arrays]
    if missing:
        raise ValueError(f"model arrays missing: {', '.join(missing)}")
    ptc, pc, classes = arrays["ptc"], arrays["pc"], arrays["classes"]
    nextmove, rows, out_feat = arrays["nextmove"], arrays["nextmove_row"], arrays["out_feat"]
    states = len(rows)
    if not (
        ptc.ndim == 2 and ptc.shape[1] == len(pc) == len(classes) > 0
        and ptc.dtype.kind == pc.dtype.kind == "f" and classes.dtype.kind == "U"
        and nextmove.dtype.kind == rows.dtype.kind == "u" and out_feat.dtype.kind == "i"
        and nextmove.ndim == rows.ndim == out_feat.ndim == 1
        and len(nextmove) % 256 == 0 and len(out_feat) == states > 0
        and int(nextmove.max()) < states and int(rows.max()) < len(nextmove) // 256
        and int(out_feat.max()) < len(ptc) and int(out_feat.min()) >= -1
    ):
        raise ValueError("model arrays do not fit together")
    return LanguageIdentifier(
        ptc, pc, classes.tolist(), as_stdlib_array(nextmove), out_feat.tolist(),
        norm_probs=True, tk_row=as_stdlib_array(rows))


def as_stdlib_array(values: np.ndarray) -> array[int]:
    """An unsigned NumPy vector as the stdlib array py3langid walks its automaton with (indexing
    it is faster than indexing NumPy one element at a time)."""
    out = array(values.dtype.char)
    out.frombytes(np.ascontiguousarray(values).data.cast("B"))  # one copy, not two
    return out


def write_model_cache(path: Path, arrays: dict[str, Any]) -> None:
    """Write the arrays as an uncompressed npz at `path`, atomically: a reader sees the old file,
    none, or the whole new one, also with several crawl processes writing at once."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as tmp:
            np.savez(tmp, **arrays)
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


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
