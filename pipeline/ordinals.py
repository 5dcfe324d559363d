"""The ordinal of a meeting a text writes ("the 24th meeting", "第25次", "XXIV summit", "24.ª
reunión", "제20차", "lần thứ 24", "ครั้งที่ 25", "بیست‌وچهارمین نشست"): one reader for every
caller, its per-language words and grammars in pipeline/data/ordinals.toml (read once).

The callers differ only in which readers they chain (round 43, docs/dedup.md):
`documents.meetings.ordinal_in` reads `meeting`; `document_ordinal_in` adds `document` (French,
Vietnamese, Korean, "the first meeting" in words); `stories.lead_ordinal` adds `lead`;
`neardup.session_ordinals` takes every ordinal of `session` as written (`ordinals_written`);
`stories.event_keys` reads `key` with where each ordinal is written (`ordinals_placed`) and
`key_after` right after a body's name (`ordinal_at`)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

ORDINALS_FILE = Path(__file__).parent / "data" / "ordinals.toml"

_PLACEHOLDER = re.compile(r"\{(words|tens|nouns|suffixes):(\w+)\}")


class OrdinalsError(ValueError):
    """An ordinals file that cannot be used: a bad table, placeholder or pattern."""


@dataclass(frozen=True)
class Form:
    """One grammar of one language: the regex whose group(s) hold the number, or a fixed
    value ("the first meeting" in words)."""

    reader: str
    lang: str
    regex: re.Pattern[str]
    gate: str | None = None
    value: int | None = None


@dataclass(frozen=True)
class Ordinals:
    """The ordinals file, read and compiled."""

    words: dict[str, int]  # every language's ordinal words (compounds included), lower case
    tens: dict[str, int]
    numerals: dict[str, int]  # numeral characters (Chinese 一 ... 九)
    ten: frozenset[str]  # the tens characters (十)
    roman: dict[str, int]
    gates: dict[str, re.Pattern[str]]
    forms: dict[str, tuple[Form, ...]]  # reader -> its forms in file order
    leftmost: dict[str, re.Pattern[str]]  # a "leftmost" reader's one alternation


def _spellings(table: dict[str, int], letters: dict[str, str]) -> dict[str, int]:
    """A table of words with, after each, its spelling in a language's other letters
    ([letters.LANG]: the Persian "سیزدهمین" also as "سيزدهمين", with the Arabic yeh)."""
    if not letters:
        return table
    spelt = str.maketrans(letters)
    return {form: n for word, n in table.items() for form in dict.fromkeys(
        (word, word.translate(spelt)))}


def _language_words(data: dict[str, Any], lang: str) -> dict[str, int]:
    """A language's ordinal words, then its compounds of tens and the first nine words
    ("twenty-first", "twenty first"), in that order; each in the language's other letters too
    (_spellings)."""
    letters = data.get("letters", {}).get(lang, {})
    words = {str(k): int(v) for k, v in data.get("words", {}).get(lang, {}).items()}
    joiners = data.get("compounds", {}).get(lang, {}).get("joiners", [])
    units = list(words.items())[:9]
    tens = data.get("tens", {}).get(lang, {})
    for joiner in joiners:
        for ten, tens_value in tens.items():
            words.update({f"{ten}{joiner}{w}": int(tens_value) + n for w, n in units})
    return _spellings(words, letters)


def _language_tens(data: dict[str, Any], lang: str) -> dict[str, int]:
    """A language's tens words, each in the language's other letters too (_spellings)."""
    tens = {str(k): int(v) for k, v in data.get("tens", {}).get(lang, {}).items()}
    return _spellings(tens, data.get("letters", {}).get(lang, {}))


def _expand(pattern: str, data: dict[str, Any], where: str) -> str:
    """A form's pattern with its {words:LANG}, {tens:LANG}, {nouns:LIST}, {suffixes:LIST}."""

    def one(found: re.Match[str]) -> str:
        kind, name = found.group(1), found.group(2)
        if kind == "words":
            entries = sorted(_language_words(data, name), key=len, reverse=True)
        elif kind == "tens":
            entries = list(_language_tens(data, name))
        else:
            table = data.get(kind, {}).get(name)
            if not isinstance(table, dict):
                raise OrdinalsError(f"{where}: no table [{kind}.{name}]")
            entries = [entry for fragments in table.values() for entry in fragments]
        if not entries:
            raise OrdinalsError(f"{where}: {{{kind}:{name}}} is empty")
        return "(?:" + "|".join(entries) + ")" if kind in ("nouns",) else "|".join(entries)

    return _PLACEHOLDER.sub(one, pattern)


def _compile(pattern: str, ignore_case: bool, where: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern, re.IGNORECASE if ignore_case else 0)
    except re.error as err:
        raise OrdinalsError(f"{where}: bad regex {pattern!r}: {err}") from err


@cache
def load_ordinals(path: Path = ORDINALS_FILE) -> Ordinals:
    """Read, check and compile an ordinals file (once per path)."""
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    name = Path(path).name
    words: dict[str, int] = {}
    for lang in data.get("words", {}):
        words.update({w.lower(): n for w, n in _language_words(data, lang).items()})
    tens = {w: n for lang in data.get("tens", {}) for w, n in _language_tens(data, lang).items()}
    numerals: dict[str, int] = {}
    ten: set[str] = set()
    for table in data.get("numerals", {}).values():
        numerals.update({str(ch): int(n) for ch, n in table.get("units", {}).items()})
        ten.add(str(table["ten"]))
    gates = {gate: _compile(spec["pattern"], bool(spec.get("ignore_case")), f"{name}: [gates]")
             for gate, spec in data.get("gates", {}).items()}
    readers = data.get("readers", {})
    forms: dict[str, list[Form]] = {reader: [] for reader in readers}
    for i, spec in enumerate(data.get("form", [])):
        where = f"{name}: form {i + 1} ({spec.get('reader')}, {spec.get('lang')})"
        reader, gate = spec.get("reader"), spec.get("gate")
        if reader not in forms:
            raise OrdinalsError(f"{where}: no [readers.{reader}]")
        if gate is not None and gate not in gates:
            raise OrdinalsError(f"{where}: no gate {gate!r}")
        pattern = _expand(spec["pattern"], data, where)
        regex = _compile(pattern, bool(spec.get("ignore_case")), where)
        value = spec.get("value")
        if value is None and regex.groups == 0:
            raise OrdinalsError(f"{where}: neither a capturing group nor a value")
        forms[reader].append(Form(reader, str(spec.get("lang", "")), regex, gate,
                                  None if value is None else int(value)))
    leftmost = {}
    for reader, spec in readers.items():
        if spec.get("match") == "leftmost":
            leftmost[reader] = _alternation(forms[reader], f"{name}: [readers.{reader}]")
        elif spec.get("match") != "first-form":
            raise OrdinalsError(f"{name}: [readers.{reader}] match is first-form or leftmost")
    return Ordinals(words, tens, numerals, frozenset(ten),
                    {str(k): int(v) for k, v in data.get("roman", {}).items()}, gates,
                    {reader: tuple(found) for reader, found in forms.items()}, leftmost)


def _alternation(forms: list[Form], where: str) -> re.Pattern[str]:
    """A "leftmost" reader's forms as one regex: the alternation of their patterns in file
    order (each form's case rule kept inside its own group when they differ)."""
    if any(form.gate or form.value is not None for form in forms):
        raise OrdinalsError(f"{where}: a leftmost reader's forms take no gate or value")
    flags = {form.regex.flags & re.IGNORECASE for form in forms}
    if len(flags) == 1:
        return re.compile("|".join(f"(?:{f.regex.pattern})" for f in forms), flags.pop())
    return re.compile("|".join(f"(?{'i' if f.regex.flags & re.IGNORECASE else '-i'}:"
                               f"{f.regex.pattern})" for f in forms))


def roman(text: str, table: dict[str, int] | None = None) -> int | None:
    """The value of a Roman numeral (I-L), else None."""
    values = load_ordinals().roman if table is None else table
    total, prev = 0, 0
    for ch in reversed(text):
        value = values.get(ch)
        if value is None:
            return None
        total = total - value if value < prev else total + value
        prev = max(prev, value)
    return total or None


def number_of(raw: str, path: Path = ORDINALS_FILE) -> int | None:
    """The number one ordinal's group holds: digits, an ordinal or tens word of any language,
    a Roman numeral, Chinese numerals (二十四); else None."""
    data = load_ordinals(path)
    if raw.isdigit():
        return int(raw)
    lowered = raw.lower()
    if lowered in data.words:
        return data.words[lowered]
    if raw in data.tens:
        return data.tens[raw]
    value = roman(raw, data.roman)
    if value:
        return value
    if raw and all(ch in data.numerals or ch in data.ten for ch in raw):
        if not any(ch in data.ten for ch in raw):
            return data.numerals.get(raw)
        tens, _, ones = raw.partition(next(ch for ch in raw if ch in data.ten))
        return (data.numerals.get(tens, 1) if tens else 1) * 10 + data.numerals.get(ones, 0)
    return None


def _form_value(form: Form, found: re.Match[str], path: Path) -> int | None:
    """A match's number: the form's fixed value, else the sum of its groups' numbers (one
    group but for the Persian tens and unit); None when a group is no number."""
    if form.value is not None:
        return form.value
    total = 0
    for raw in found.groups():
        if raw:
            value = number_of(raw, path)
            if value is None:
                return None
            total += value
    return total


def _first_form(text: str, reader: str, data: Ordinals, path: Path) -> int | None:
    """The first of a reader's forms, in file order, that finds a number in the text."""
    passed: dict[str, bool] = {}
    for form in data.forms[reader]:
        if form.gate is not None:
            if form.gate not in passed:
                passed[form.gate] = bool(data.gates[form.gate].search(text))
            if not passed[form.gate]:
                continue
        found = form.regex.search(text)
        if found:
            value = _form_value(form, found, path)
            if value is not None:
                return value
    return None


def ordinal(text: str, readers: tuple[str, ...] = ("meeting",),
            path: Path = ORDINALS_FILE) -> int | None:
    """The ordinal of a meeting a text writes: the first reader of `readers` that finds one
    (a "leftmost" reader takes the ordinal written first in the text)."""
    data = load_ordinals(path)
    for reader in readers:
        if reader in data.leftmost:
            found = data.leftmost[reader].search(text)
            value = int(next(g for g in found.groups() if g)) if found else None
        else:
            value = _first_form(text, reader, data, path)
        if value is not None:
            return value
    return None


def ordinals_written(text: str, reader: str = "session",
                     path: Path = ORDINALS_FILE) -> frozenset[str]:
    """Every ordinal a "leftmost" reader finds in a text, as written ("34", "三十四")."""
    return frozenset(next(g for g in m.groups() if g)
                     for m in load_ordinals(path).leftmost[reader].finditer(text or ""))


def ordinals_placed(text: str, reader: str = "key",
                    path: Path = ORDINALS_FILE) -> list[tuple[int, int, int]]:
    """Every ordinal a "leftmost" reader finds in a text, in text order, with where it is
    written: (start, end, number)."""
    return [(m.start(), m.end(), int(next(g for g in m.groups() if g)))
            for m in load_ordinals(path).leftmost[reader].finditer(text or "")]


def ordinal_at(text: str, pos: int, reader: str = "key_after",
               path: Path = ORDINALS_FILE) -> int | None:
    """The ordinal a "leftmost" reader finds written right at `pos`, read as the `meeting`
    reader reads it (None when there is none, or when `meeting` reads no number in it)."""
    found = load_ordinals(path).leftmost[reader].match(text, pos)
    return ordinal(found.group(0), ("meeting",), path) if found else None


def ordinal_words() -> dict[str, int]:
    """The English ordinal words and their numbers ("first" ... "twenty ninth"), in file order."""
    return _language_words(tomllib.loads(ORDINALS_FILE.read_text(encoding="utf-8")), "en")


def zh_numerals() -> dict[str, int]:
    """The Chinese numeral characters 一 ... 九 and their values."""
    return {ch: n for ch, n in load_ordinals().numerals.items()}
