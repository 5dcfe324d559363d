"""py3langid's model kept unpacked in a cache file: built when missing, never trusted blindly (a
damaged, foreign or unreadable copy falls back to the packaged model and is rebuilt), and giving
exactly py3langid's own answers."""

from __future__ import annotations

import io
import lzma
from pathlib import Path

import numpy as np
import pytest
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from pipeline import language
from pipeline.language import (
    cached_language_identifier,
    identifier_from_arrays,
    language_identifier,
    unpacked_model,
)

TEXTS = ("aab", "bbbb", "a", "", "abcabc", "Саммит ШОС")


def tiny_model(path: Path, ptc: tuple[float, float] = (-1.0, -3.0)) -> Path:
    """A two-language model in py3langid's file layout (npz inside LZMA). Written by the scowatch
    developers for these tests: the byte 'a' leads to a state that emits feature 0, which
    favours 'en' by `ptc`; every other byte leads back to the start."""
    row = np.zeros(256, dtype=np.uint16)
    row[ord("a")] = 1
    arrays = {
        "ptc": np.array([ptc], dtype=np.float16),
        "pc": np.array([-0.5, -0.9], dtype=np.float32),
        "classes": np.array(["en", "ru"]),
        "nextmove": row,
        "nextmove_row": np.array([0, 0], dtype=np.uint16),
        "out_feat": np.array([-1, 0], dtype=np.int32),
    }
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    path.write_bytes(lzma.compress(buffer.getvalue()))
    return path


def ranks(identifier: LanguageIdentifier) -> list[list[tuple[str, float]]]:
    return [identifier.rank(text) for text in TEXTS]


def cache_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("py3langid-*.npz"))


@pytest.fixture
def model(tmp_path: Path) -> Path:
    return tiny_model(tmp_path / "model.npz.xz")


def nextmove_a_offset(npz: bytes) -> int:
    """Where, in a cached copy, the automaton's entry for the byte 'a' lies (its low byte)."""
    start = npz.index(b"nextmove.npy")
    magic = npz.index(b"\x93NUMPY", start)
    header_len = int.from_bytes(npz[magic + 8:magic + 10], "little")
    return magic + 10 + header_len + 2 * ord("a")


def test_a_missing_cache_is_built_and_then_read_instead_of_the_packaged_model(
        model: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = ranks(LanguageIdentifier.from_model_file(model, norm_probs=True))
    first = cached_language_identifier(tmp_path / "cache", model)
    [cached] = cache_files(tmp_path / "cache")
    assert ranks(first) == expected
    monkeypatch.setattr(language.lzma, "decompress", lambda data: pytest.fail("unpacked again"))
    assert ranks(cached_language_identifier(tmp_path / "cache", model)) == expected
    assert not list((tmp_path / "cache").glob("*.tmp"))  # written through a temporary file


@pytest.mark.parametrize("damage", ["flipped byte", "truncated", "garbage", "empty"])
def test_a_damaged_cache_falls_back_to_the_packaged_model_and_is_rebuilt(
        model: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str) -> None:
    expected = ranks(LanguageIdentifier.from_model_file(model, norm_probs=True))
    cached_language_identifier(tmp_path, model)
    [path] = cache_files(tmp_path)
    good = path.read_bytes()
    data = bytearray(good)
    if damage == "flipped byte":  # the arrays still fit together: only the zip's CRC sees it
        at = nextmove_a_offset(good)
        assert data[at] == 1
        data[at] = 0
    elif damage == "truncated":
        del data[len(data) // 2:]
    elif damage == "garbage":
        data[:] = b"not a model" * 50
    else:
        data.clear()
    path.write_bytes(bytes(data))
    assert ranks(cached_language_identifier(tmp_path, model)) == expected
    assert path.read_bytes() == good  # rebuilt
    monkeypatch.setattr(language.lzma, "decompress", lambda data: pytest.fail("unpacked again"))
    assert ranks(cached_language_identifier(tmp_path, model)) == expected


def test_a_cache_made_from_another_model_file_is_not_used(tmp_path: Path) -> None:
    first = tiny_model(tmp_path / "first.npz.xz")
    other = tiny_model(tmp_path / "other.npz.xz", ptc=(-3.0, -1.0))
    cached_language_identifier(tmp_path / "cache", first)
    [first_copy] = cache_files(tmp_path / "cache")
    # the other model's copy, placed under the name the first one's would have
    cached_language_identifier(tmp_path / "other-cache", other)
    [other_copy] = cache_files(tmp_path / "other-cache")
    first_copy.write_bytes(other_copy.read_bytes())
    expected = ranks(LanguageIdentifier.from_model_file(first, norm_probs=True))
    assert expected != ranks(LanguageIdentifier.from_model_file(other, norm_probs=True))
    assert ranks(cached_language_identifier(tmp_path / "cache", first)) == expected


def test_the_cache_file_is_named_by_the_model_files_hash(tmp_path: Path) -> None:
    cached_language_identifier(tmp_path, tiny_model(tmp_path / "a.npz.xz"))
    cached_language_identifier(tmp_path, tiny_model(tmp_path / "b.npz.xz", ptc=(-2.0, -2.5)))
    names = [p.name for p in cache_files(tmp_path)]
    assert len(names) == 2 and all(n.startswith("py3langid-0.") for n in names)


def test_an_unwritable_cache_directory_costs_speed_not_answers(
        model: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    identifier = cached_language_identifier(blocker / "cache", model)
    assert ranks(identifier) == ranks(LanguageIdentifier.from_model_file(model, norm_probs=True))


def test_arrays_that_do_not_fit_together_are_refused(model: Path) -> None:
    arrays = unpacked_model(model.read_bytes())
    identifier_from_arrays(arrays)  # the sound model passes
    for name, bad in [("nextmove", np.full(256, 7, dtype=np.uint16)),  # a state that is not there
                      ("out_feat", np.array([-1, 5], dtype=np.int32)),  # a feature not in ptc
                      ("classes", np.array(["en"])),
                      ("ptc", np.array([[-1.0, -2.0]], dtype=np.int16))]:
        with pytest.raises(ValueError, match="fit together"):
            identifier_from_arrays({**arrays, name: bad})
    with pytest.raises(ValueError, match="missing: out_feat"):
        identifier_from_arrays({k: v for k, v in arrays.items() if k != "out_feat"})


def test_the_real_model_from_the_user_cache_answers_as_py3langid_does(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("HOME", str(tmp_path))
    texts = ["The SCO summit opened in Astana on Thursday.", "Саммит ШОС открылся в Астане.",
             "上海合作组织峰会在阿斯塔纳开幕。", "La cumbre de la OCS se abrió en Astaná."]
    own = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    built = language_identifier.__wrapped__()
    [path] = cache_files(tmp_path / "scowatch")
    read = language_identifier.__wrapped__()
    for text in texts:
        assert built.rank(text) == read.rank(text) == own.rank(text)
    assert path.stat().st_size > 10_000_000  # unpacked, not the 4.5 MB compressed file
