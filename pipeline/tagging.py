"""Tag an article: SCO relevance with evidence, states, people, SCO bodies, topics and language.

Names come from gazetteer data files (pipeline/data/gazetteers, extendable by a user directory),
matched with Aho-Corasick automata built once per Gazetteer.
"""

from __future__ import annotations

import json
import math
import os
import re
import threading
import tomllib
import unicodedata
from collections import Counter, OrderedDict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import product
from pathlib import Path
from typing import Any, NamedTuple

import ahocorasick

from pipeline.language import detect_language as identify_language
from pipeline.neardup import fold_chinese_script
from pipeline.page_form import (
    DEFINITION,
    HEADLINE_CHARS,
    SCO_MEETING,
    asks_what_it_is,
    biography_entry,
    chrome_line,
    dates_an_event,
    infobox,
    menu_run,
    prose_start,
    scholarly_article,
    topic_headline,
)
from pipeline.page_form import forms as page_forms
from pipeline.story_words import words_pattern
from pipeline.text import (
    ARABIC_LETTER_VARIANTS,
    ROMANIAN_COMMA_BELOW,
    SENTENCE_ENDS,
    WRAP_MAX,
    WRAP_MIN,
    hard_wrapped,
    letter_script,
    next_sentence_end,
    sentence_ends,
    without_reading_glosses,
)

GAZETTEER_DIR = Path(__file__).parent / "data" / "gazetteers"
_GAZETTEER_SUFFIXES = (".toml", ".json")  # the files of a gazetteer directory
# the tagger's per-language word lists (round 42: data, not code), read once at import
TAGGING_WORDS_FILE = Path(__file__).parent / "data" / "tagging_words.toml"

# Identity key of each list-of-tables section, so that a user's file can extend an entry.
_IDENTITY = {
    "state": "code",
    "person": "name",
    "body": "id",
    "topic": "id",
    "organisation": "id",
    "venue": "name",
    "known_document": "name",
}

# Kinds of gazetteer entries, grouped in families: inside a family a longer match that contains
# a shorter one wins ("Indian Ocean" over "Indian", "白俄罗斯" over "俄罗斯").
_FAMILY = {
    "sco": "sco",
    "sco_ambiguous": "sco",
    "sco_other": "sco",
    "sco_reference": "sco",
    "state": "state",
    "state_ignore": "state",
    "person": "person",
    "body": "body",
    "topic": "topic",
    "organisation": "organisation",
    "venue": "venue",
    "doc_type": "doc_type",
    "doc_status": "doc_status",
    "doc_cue": "doc_cue",
}

# Relevance model: a logistic score over where and how often the SCO is named (see docs/tagging.md).
_BIAS = -4.0
_W_TITLE = 4.5  # a headline that names the SCO is about the SCO on its own
_W_LEAD = 1.5
# round 58: a lead whose sentence names the SCO and its summit or meeting (_names_sco_meeting)
_W_MEETING = 1.5
_W_COUNT = 1.2
_W_DENSITY = 1.0
_DENSITY_CAP = 3.0
_LEAD_CHARS = 400
RELEVANCE_THRESHOLD = 0.5

# a word of the context around an ambiguous abbreviation: letters with the vowel signs and
# viramas of the Indic scripts (Devanagari to Sinhala), which \w alone splits ("समिट", "সদস্য");
# the danda ends a sentence as a full stop does
_TOKEN = re.compile(r"(?:[\w'’-]|[\u0900-\u0963\u0966-\u0dff])+|[.;:!?。！？।॥]")
_SENTENCE_END = frozenset(".;:!?。！？।॥")
_CONTEXT_WINDOW = 3  # words between an ambiguous abbreviation and its context word, at most
_CJK_CHAR = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_NON_CJK_WORD = re.compile(r"[^\W\d_\u3400-\u9fff\uf900-\ufaff]+|\d+")
_LANGUAGE_SAMPLE = 600  # characters: enough for py3langid, whose cost grows with length


@dataclass(frozen=True)
class Entry:
    """One gazetteer phrase: what it names and how it must sit in the text."""

    kind: str
    ref: str
    prefix: bool  # the phrase may be followed by any word ending
    open_start: bool  # no word boundary needed before it (Chinese)
    open_end: bool  # no word boundary needed after it


class Match(NamedTuple):
    """An entry found in a text, with its character span (a tuple: texts yield hundreds)."""

    start: int
    end: int
    entry: Entry


@dataclass(frozen=True)
class State:
    """An SCO member, observer or dialogue partner."""

    code: str
    name: str
    role: str
    since: int | None = None


@dataclass(frozen=True)
class Person:
    """A person the gazetteer knows, with role and state."""

    name: str
    role: str
    state: str | None = None


@dataclass(frozen=True)
class Body:
    """An SCO body; councils are the bodies whose meetings adopt documents and that the meetings
    calendar holds; `meets` marks the SCO's other meeting kinds (outside the calendar)."""

    id: str
    name: str
    council: bool = False
    meets: bool = False

    @property
    def holds_meetings(self) -> bool:
        """Whether a document can be adopted at this body's meetings (in the calendar or not)."""
        return self.council or self.meets


@dataclass(frozen=True)
class ContextWords:
    """Words that mark the SCO reading of an ambiguous abbreviation: whole words, and stems (a
    trailing `*` in the data) for languages that add case endings ("саммит*": "саммитинде")."""

    words: frozenset[str] = frozenset()
    stems: tuple[str, ...] = ()
    # phrases of several words, for languages whose words are written as syllables (Vietnamese
    # "thượng đỉnh": summit; round 19), each as its words in order
    phrases: tuple[tuple[str, ...], ...] = ()

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and (word in self.words or word.startswith(self.stems))

    def phrase_at(self, words: Sequence[str], index: int, *, ending: bool) -> bool:
        """Whether a phrase ends (`ending`) or starts at words[index]."""
        for phrase in self.phrases:
            first = index - len(phrase) + 1 if ending else index
            if first >= 0 and tuple(words[first : first + len(phrase)]) == phrase:
                return True
        return False


@dataclass(frozen=True)
class Gazetteer:
    """All names the tagger and the document finder match, with their automata."""

    states: Mapping[str, State]
    people: Mapping[str, Person]
    bodies: Mapping[str, Body]
    topics: Mapping[str, tuple[str, int]]  # id -> (name, min_hits)
    organisations: Mapping[str, str]  # id -> name as a memorandum counterpart
    context_after: ContextWords  # words after an ambiguous abbreviation ("SCO summit")
    context_before: ContextWords  # words before it ("summit of the SCO", "sommet de l'OCS")
    ambiguous: frozenset[str]
    data: Mapping[str, Any]  # the merged raw data, for the document finder's vocabulary
    folded: Any = field(repr=False)  # ahocorasick.Automaton over case-folded text
    exact: Any = field(repr=False)  # ahocorasick.Automaton over the text as written
    # the SCO's joint exercises (body ids): named with their year, mentions of the SCO (round 42)
    exercises: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Tags:
    """What an article is about, as far as the SCO is concerned."""

    sco_relevant: bool
    relevance: float
    evidence: list[str]
    states: list[tuple[str, str]]  # (ISO 3166 alpha-2 code, role)
    people: list[str]
    bodies: list[str]
    topics: list[str]
    language: str | None
    ignored: list[str] = field(default_factory=list)  # look-alikes set aside ("СКО")
    venues: list[str] = field(default_factory=list)  # meeting venues named (English names)
    lead_venues: list[str] = field(default_factory=list)  # ... named in the title or lead

    @property
    def state_codes(self) -> list[str]:
        """The states' codes alone."""
        return [code for code, _ in self.states]


# ---- loading -------------------------------------------------------------------------------


# Round 81 (tidy81): building a gazetteer (its two automata) takes about half a second, and a
# long-lived process (the Airflow worker, `scowatch run`, a test run) asks for one from many
# places. A Gazetteer is frozen, so each set of directories keeps one build, handed out again
# while none of its files changed: the key is the directories, the check each file's name,
# modification time and size, so that an edited, added or removed file is read afresh. A user
# directory is part of the key: it never gets the bundled build, nor the bundled one its build.
GAZETTEER_CACHE_SIZE = 16  # sets of directories kept (tests load many temporary ones)
_FileStamp = tuple[str, int, int]  # a file's name, modification time (ns) and size
_BUILDS: OrderedDict[tuple[Path, ...], tuple[tuple[tuple[_FileStamp, ...], ...], Gazetteer]] = (
    OrderedDict())
_BUILDS_LOCK = threading.Lock()


def load_gazetteer(extra_dir: Path | None = None) -> Gazetteer:
    """The bundled gazetteers with a user directory in the same format merged in, automata
    built; one build per process for as long as none of their files changes."""
    directories = (GAZETTEER_DIR,) if extra_dir is None else (GAZETTEER_DIR, Path(extra_dir))
    key = tuple(directory.resolve() for directory in directories)
    with _BUILDS_LOCK:
        stamps = tuple(_file_stamps(directory) for directory in key)
        kept = _BUILDS.get(key)
        if kept is not None and kept[0] == stamps:
            _BUILDS.move_to_end(key)
            return kept[1]
        data = _read_dir(key[0])
        for directory in key[1:]:
            data = merge_data(data, _read_dir(directory))
        gazetteer = build_gazetteer(data)
        _BUILDS[key] = (stamps, gazetteer)
        _BUILDS.move_to_end(key)
        while len(_BUILDS) > GAZETTEER_CACHE_SIZE:
            _BUILDS.popitem(last=False)
        return gazetteer


def _file_stamps(directory: Path) -> tuple[_FileStamp, ...]:
    """Name, modification time and size of each file _read_dir reads from a directory."""
    if not directory.is_dir():
        raise FileNotFoundError(f"gazetteer directory not found: {directory}")
    with os.scandir(directory) as entries:
        return tuple(sorted(
            (entry.name, stat.st_mtime_ns, stat.st_size)
            for entry in entries
            if entry.name.endswith(_GAZETTEER_SUFFIXES)
            for stat in (entry.stat(),)
        ))


def _read_dir(directory: Path) -> dict[str, Any]:
    """Merge every .toml and .json file of a directory, in name order."""
    if not directory.is_dir():
        raise FileNotFoundError(f"gazetteer directory not found: {directory}")
    merged: dict[str, Any] = {}
    for path in sorted(directory.iterdir()):
        if path.suffix not in _GAZETTEER_SUFFIXES:
            continue
        if path.suffix == ".toml":
            content = tomllib.loads(path.read_text(encoding="utf-8"))
        elif path.suffix == ".json":
            content = json.loads(path.read_text(encoding="utf-8"))
        merged = merge_data(merged, content)
    return merged


def merge_data(base: Any, extra: Any, section: str | None = None) -> Any:
    """Deep-merge gazetteer data: tables merge, same-identity entries merge, lists extend."""
    if isinstance(base, dict) and isinstance(extra, dict):
        out = dict(base)
        for key, value in extra.items():
            out[key] = merge_data(base[key], value, key) if key in base else value
        return out
    if isinstance(base, list) and isinstance(extra, list):
        ident = _IDENTITY.get(section or "")
        if ident is None:
            return base + [item for item in extra if item not in base]
        out_list = list(base)
        index = {item.get(ident): i for i, item in enumerate(out_list) if isinstance(item, dict)}
        for item in extra:
            key = item.get(ident) if isinstance(item, dict) else None
            if key is not None and key in index:
                out_list[index[key]] = merge_data(out_list[index[key]], item)
            else:
                out_list.append(item)
        return out_list
    return extra


def expand_phrase(phrase: str) -> list[str]:
    """Expand {a,b} alternatives in a gazetteer phrase into every combination. Alternatives do
    not nest: "{Shangh{á,a}i,Shangay}" is refused (ValueError) rather than read as junk."""
    parts = re.split(r"(\{[^{}]*\})", phrase)
    if any(("{" in p or "}" in p) and not (p.startswith("{") and p.endswith("}")) for p in parts):
        raise ValueError(
            f"gazetteer phrase {phrase!r}: {{a,b}} alternatives must not nest "
            "and every {{ needs its }}"
        )
    choices = [p[1:-1].split(",") if p.startswith("{") and p.endswith("}") else [p] for p in parts]
    return ["".join(combo) for combo in product(*choices)]


def _phrases(value: Any) -> Iterator[str]:
    """All phrases of a names/exact value: a list, or a table of lists keyed by language."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _phrases(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _phrases(item)


def build_gazetteer(data: Mapping[str, Any]) -> Gazetteer:
    """Build the Gazetteer (lookup tables and both automata) from merged raw data."""
    folded: dict[str, list[Entry]] = {}
    exact: dict[str, list[Entry]] = {}

    def add(kind: str, ref: str, table: Mapping[str, Any]) -> None:
        lost = _FAMILY[kind] == "sco"  # the SCO's names also as a page that lost its letters
        for phrase in _phrases(table.get("names", [])):
            _add_phrase(folded, phrase, kind, ref, fold_case=True, lost_letters=lost)
        for phrase in _phrases(table.get("exact", [])):
            _add_phrase(exact, phrase, kind, ref, fold_case=False, lost_letters=lost)

    sco = data.get("sco", {})
    add("sco", "sco", {"names": sco.get("names", {}), "exact": sco.get("exact", {})})
    add("sco_ambiguous", "sco", {"exact": sco.get("ambiguous", {})})
    add("sco_other", "other", {"names": sco.get("other_meanings", {})})
    add("sco_reference", "sco", {"names": sco.get("references", {})})
    add("state_ignore", "ignore", data.get("state_ignore", {}))

    states = {}
    for item in data.get("state", []):
        states[item["code"]] = State(item["code"], item["name"], item["role"], item.get("since"))
        add("state", item["code"], item)
    people = {}
    for item in data.get("person", []):
        people[item["name"]] = Person(item["name"], item.get("role", ""), item.get("state"))
        add("person", item["name"], item)
    bodies = {}
    for item in data.get("body", []):
        bodies[item["id"]] = Body(
            item["id"], item["name"], bool(item.get("council", False)), bool(item.get("meets"))
        )
        add("body", item["id"], item)
    topics = {}
    for item in data.get("topic", []):
        topics[item["id"]] = (item["name"], int(item.get("min_hits", 2)))
        add("topic", item["id"], item)
    organisations = {}
    for item in data.get("organisation", []):
        organisations[item["id"]] = item.get("name", item["id"])
        add("organisation", item["id"], item)
    for item in data.get("venue", []):
        add("venue", item["name"], item)
    # the document finder's vocabulary rides on the same automata: one pass finds everything
    for section, kind in (
        ("document_types", "doc_type"),
        ("document_status", "doc_status"),
        ("document_cues", "doc_cue"),
    ):
        for ref, phrases in data.get(section, {}).get("names", {}).items():
            add(kind, ref, {"names": phrases})
    ambiguous = frozenset(
        variant.rstrip("*")
        for phrase in _phrases(sco.get("ambiguous", {}))
        for variant in expand_phrase(phrase)
    )
    context = sco.get("ambiguous_context", {})
    return Gazetteer(
        states=states,
        people=people,
        bodies=bodies,
        topics=topics,
        organisations=organisations,
        context_after=_context_words(context.get("after", [])),
        context_before=_context_words(context.get("before", [])),
        ambiguous=ambiguous,
        data=data,
        folded=_automaton(folded),
        exact=_automaton(exact),
        exercises=frozenset(sco.get("exercises", {}).get("ids", [])),
    )


def _context_words(value: Any) -> ContextWords:
    """Context words from a list, or a table of lists keyed by language; `x*` is a stem."""
    entries = [fold(w) for phrase in _phrases(value) for w in expand_phrase(phrase.strip())]
    words = [w for w in entries if " " not in w]
    return ContextWords(
        frozenset(w for w in words if not w.endswith("*")),
        tuple(sorted({w.rstrip("*") for w in words if w.endswith("*") and w.rstrip("*")})),
        tuple(sorted({tuple(w.split()) for w in entries if " " in w})),
    )


def lost_letter_forms(phrase: str) -> list[str]:
    """A Latin-script phrase as pages that lost its accented letters write it (round 42): each
    letter outside ASCII as "?" ("Organiza??o de Coopera??o", a page saved in a charset without
    them), and as a page in a Central European or Turkish 8-bit charset read as Western
    (Windows-1250 or -1254 read as -1252: "Þanghay Ýþbirliði Örgütü" for "Şanghay İşbirliği
    Örgütü"). A form keeps at least three ASCII letters and no more lost letters than kept ones:
    "ŞİÖ" as "???" would be any three lost letters."""
    letters = [ch for ch in phrase if ch.isalpha()]
    lost = [ch for ch in letters if not ch.isascii()]
    kept = len(letters) - len(lost)
    if not lost or kept < 3 or len(lost) > kept or any(_script(ch) != "LATIN" for ch in lost):
        return []
    forms = ["".join("?" if ch.isalpha() and not ch.isascii() else ch for ch in phrase)]
    for charset in ("cp1250", "cp1254"):
        try:
            misread = phrase.encode(charset).decode("cp1252")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if misread != phrase and misread not in forms:
            forms.append(misread)
    return forms


def _add_phrase(
    table: dict[str, list[Entry]],
    phrase: str,
    kind: str,
    ref: str,
    fold_case: bool,
    lost_letters: bool = False,
) -> None:
    """Add every expansion of one phrase to an automaton's key table (and, `lost_letters`, its
    lost_letter_forms)."""
    variants = expand_phrase(phrase.strip())
    if lost_letters:
        variants += [form for v in variants for form in lost_letter_forms(v)]
    for variant in variants:
        prefix = variant.endswith("*")
        key = variant.rstrip("*").strip()
        if not key:
            continue
        if fold_case:
            key = fold(key)
        # a stem ending in a hyphen ("Sino-*") needs no boundary after it, and does not
        # swallow the next word ("Russian") as a stem ending in a letter does
        open_end = _is_cjk(key[-1]) or (prefix and not _is_word(key[-1]))
        entry = Entry(kind, ref, prefix and not open_end, _is_cjk(key[0]), open_end)
        bucket = table.setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)


def _automaton(table: Mapping[str, list[Entry]]) -> Any:
    """An Aho-Corasick automaton whose values are (key length, entries)."""
    automaton = ahocorasick.Automaton()
    for key, entries in table.items():
        automaton.add_word(key, (len(key), tuple(entries)))
    if len(table):
        automaton.make_automaton()
    return automaton


# ---- matching ------------------------------------------------------------------------------


# Arabic-script letters that outlets write two ways, one letter for one so that offsets hold (as
# near-duplicate detection folds most of them, pipeline/neardup.py): Persian yeh and alef
# maksura to the Arabic yeh ("منظمة شنغهای", "شنغهاى"), keheh to kaf, heh doachashmee to heh
# (Urdu "شنگھائی", Sindhi "شنگهائي"), teh marbuta to heh, alef with hamza or madda to alef. The
# Urdu final heh goal stays apart: folded, Urdu "آستانہ" (Astana) would read Persian "آستانه"
# ("threshold", "در آستانه": on the eve of).
# The first four are the ones near-duplicate shingling folds too (pipeline.text).
_ARABIC_VARIANTS = (
    *ARABIC_LETTER_VARIANTS.items(),
    ("\u06be", "\u0647"),
    ("\u0623", "\u0627"),
    ("\u0625", "\u0627"),
    ("\u0622", "\u0627"),
)
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")


# apostrophes written for "'" (the typographic right quote of "d’État", "l’OCS", the modifier
# letter): one for one, so that offsets hold (round 15)
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'"})

# round 62 (relev62, blind set 48 as dev): the Romanian s and t with a comma below read as the
# cedilla letters (pipeline/text.py's ROMANIAN_COMMA_BELOW, which near-duplicates read too)
_COMMA_BELOW = ROMANIAN_COMMA_BELOW
_COMMA_BELOW_LETTER = re.compile("[\u0219\u021b]")


def fold(text: str) -> str:
    """Lower-case a text without changing its length, so that offsets stay valid; typographic
    apostrophes read as "'" (a name listed "Conseil des chefs d'État" matches "d’État"); in
    Arabic script, also the letters written two ways folded to one (_ARABIC_VARIANTS); the
    Romanian ș and ț read as ş and ţ (_COMMA_BELOW, round 62); the Cyrillic ё as е (round 81)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(ch.lower()[0] for ch in text)
    if "\u2019" in lowered or "\u02bc" in lowered:
        lowered = lowered.translate(_APOSTROPHES)
    if _COMMA_BELOW_LETTER.search(lowered):
        lowered = lowered.translate(_COMMA_BELOW)
    if "\u0451" in lowered:
        # round 81 (names81): Russian writes ё or е at will ("утверждённой", "утвержденной"),
        # so both sides of a match read е; the gazetteer's phrases go through this fold too
        lowered = lowered.replace("\u0451", "\u0435")
    if _ARABIC_LETTER.search(lowered):
        # str.replace per letter: a translate table is ten times slower on long texts
        for variant, letter in _ARABIC_VARIANTS:
            if variant in lowered:
                lowered = lowered.replace(variant, letter)
    return lowered


def _is_cjk(ch: str) -> bool:
    """Whether a character belongs to a script written without spaces between words (Han, and
    Japanese kana: "ビシュケクで", "タシケントの" hold no word boundary; round 25: also Thai,
    Lao, Burmese and Khmer, whose texts run words together and space only phrases or sentences:
    "នៃអង្គការសហប្រតិបត្តិការសៀងហៃ", "of the SCO" in Khmer)."""
    code = ord(ch)
    return (
        0x3400 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0x3000 <= code <= 0x30FF
        or 0x31F0 <= code <= 0x31FF
        or 0x0E00 <= code <= 0x0EFF
        or 0x1000 <= code <= 0x109F
        or 0x1780 <= code <= 0x17FF
    )


def _is_word(ch: str) -> bool:
    """Whether a character continues a word (letters, digits, combining marks)."""
    return ch.isalnum() or (ch > "\u02ff" and unicodedata.category(ch)[0] == "M")


# one line break between two words: a hard-wrapped page ("Shanghai Cooperation\nOrganization")
_WRAPPED_LINE = re.compile(r"(?<=\S)\n(?=\S)")


# What a simplified-script view of a traditional text may name: the SCO, states, people, bodies,
# organisations and venues; round 81 (names81): also the document finder's type and status words,
# so that a traditional word the lists hold only in simplified script is read ("數字教育發展計劃":
# 计划, blind set 27; "新聞公報": 新闻公报, set 31). Its other cues keep to the text as written.
_NAME_KINDS = frozenset(
    (
        "sco",
        "sco_ambiguous",
        "sco_other",
        "state",
        "state_ignore",
        "person",
        "body",
        "organisation",
        "venue",
        "doc_type",
        "doc_status",
    )
)


def match_views(text: str) -> list[str]:
    """The forms of a text the gazetteer is matched on, each as long as the text so that offsets
    hold: as written with a single line break between two words read as a space (a hard-wrapped
    page), and, holding traditional Chinese, in simplified script (OpenCC's tables, as
    near-duplicate detection folds it: "塔什幹" is "塔什干") when that keeps its length."""
    plain = _WRAPPED_LINE.sub(" ", text)
    simplified = fold_chinese_script(plain)
    if simplified != plain and len(simplified) == len(plain):
        return [plain, simplified]
    return [plain]


def find_matches(gaz: Gazetteer, text: str) -> list[Match]:
    """All gazetteer entries in a text (match_views: names also in simplified script), at word
    boundaries, longest first within a family."""
    plain, *simplified = match_views(text)
    found = _view_matches(gaz, plain)
    if simplified:
        found += [m for m in _view_matches(gaz, simplified[0]) if m.entry.kind in _NAME_KINDS]
        found = list(dict.fromkeys(found))  # one span found in both views
    return _drop_contained(found)


def _view_matches(gaz: Gazetteer, text: str) -> list[Match]:
    """The gazetteer entries in one form of a text, at word boundaries."""
    found: list[Match] = []
    append = found.append
    size = len(text)
    is_word = _is_word
    for automaton, haystack, as_written in (
        (gaz.folded, fold(text), False),
        (gaz.exact, text, True),
    ):
        if not len(automaton):
            continue
        for last, (length, entries) in automaton.iter(haystack):
            start, end = last - length + 1, last + 1
            # the common case (a space or a letter) is settled by isalnum without a call
            before = text[start - 1] if start else " "
            word_before = before.isalnum() or (before > "\u02ff" and is_word(before))
            after = text[end] if end < size else " "
            word_after = after.isalnum() or (after > "\u02ff" and is_word(after))
            for entry in entries:
                if (
                    word_before
                    and not entry.open_start
                    and not (
                        # an SCO abbreviation written against another script ("などSCO外相会合"):
                        # the script change is a word boundary, as it is after one ("SCOની")
                        as_written
                        and entry.kind in _SCO_ABBREVIATION_KINDS
                        and not before.isdigit()
                        and _script(before) != _script(text[start])
                    )
                    and not _against_spaceless(entry, as_written, before, text[start])
                ):
                    continue
                stop = end
                if word_after and _against_spaceless(entry, as_written, after, text[end - 1]):
                    append(Match(start, end, entry))
                    continue
                if word_after and not (entry.prefix or entry.open_end):
                    if not (as_written and entry.kind in _SCO_ABBREVIATION_KINDS):
                        continue
                    abbreviation_end = _abbreviation_end(text, end)
                    if abbreviation_end is None:
                        continue
                    append(Match(start, abbreviation_end, entry))
                    continue
                if word_after and entry.prefix and not entry.open_end:
                    while stop < size and is_word(text[stop]):
                        stop += 1  # a stem covers its whole word: "Казахстан*" -> "Казахстанской"
                append(Match(start, stop, entry))
    return found


# kinds whose case-sensitive entries are abbreviations of the SCO ("ШОС", "SCO", "ШКУ")
_SCO_ABBREVIATION_KINDS = frozenset(("sco", "sco_ambiguous"))


def _against_spaceless(entry: Entry, as_written: bool, neighbour: str, edge: str) -> bool:
    """Whether another organisation's abbreviation, written as it is ("BRICS"), meets a script
    written without spaces ("ウファBRICSサミット", round 33): the script change is a word
    boundary there, as it is for the SCO's own abbreviations."""
    return as_written and entry.kind == "organisation" and _is_cjk(neighbour) and not _is_cjk(edge)


def _abbreviation_end(text: str, end: int) -> int | None:
    """Where an SCO abbreviation followed by a letter ends, or None when the letter continues
    another word. A case ending written in small letters after a capitalised abbreviation belongs
    to it (Kyrgyz "ШКУга", "ШКУнун"; Uzbek "ShHTga"), and so does a suffix in another script
    (Gujarati "SCOની", "SCOના"): a script change is a word boundary."""
    last, after = text[end - 1], text[end]
    if _script(after) != _script(last):
        return None if after.isdigit() else end
    if not (last.isupper() and after.islower()):
        return None
    stop = end
    while stop < len(text) and _is_word(text[stop]) and not text[stop].isupper():
        stop += 1
    if stop < len(text) and _is_word(text[stop]):
        return None  # "SCOpE": capitals again, another word
    return stop


_script = letter_script  # the script of a letter by its Unicode name ("LATIN", "GUJARATI")


def _drop_contained(matches: list[Match]) -> list[Match]:
    """Drop matches strictly inside a longer match of the same family."""
    matches.sort(key=lambda m: (m.start, m.start - m.end))
    kept: list[Match] = []
    widest: dict[str, Match] = {}  # per family, the kept match reaching furthest right
    for m in matches:
        family = _FAMILY[m.entry.kind]
        w = widest.get(family)
        # sorted by start, so the furthest-reaching earlier match is the one that could contain m
        if w is not None and w.end >= m.end and (w.end - w.start) > (m.end - m.start):
            continue
        if (
            w is not None
            and (w.start, w.end) == (m.start, m.end)
            and (w.entry.kind, w.entry.ref) == (m.entry.kind, m.entry.ref)
        ):
            continue  # one name matched by two of its entries (a name and its misspelt stem)
        if w is None or m.end > w.end:
            widest[family] = m
        kept.append(m)
    return kept


# ---- SCO evidence --------------------------------------------------------------------------


def sco_mentions(gaz: Gazetteer, text: str, matches: list[Match]) -> tuple[list[Match], list[str]]:
    """The matches that name the SCO, and the look-alikes set aside, for one text."""
    strong = [m for m in matches if m.entry.kind == "sco"]
    ambiguous = [m for m in matches if m.entry.kind == "sco_ambiguous"]
    ignored = [text[m.start : m.end] for m in matches if m.entry.kind == "sco_other"]
    if not ambiguous:
        return strong, _unique(ignored)
    other_defined = _defined_otherwise(gaz, text, strong)
    confirmed_abbrs = _defined_after_shanghai(gaz, text) - other_defined
    for m in ambiguous:
        abbr = _abbreviation(gaz, text[m.start : m.end])
        if abbr not in other_defined and (
            _context_follows(gaz, text, m.end)
            or _context_precedes(gaz, text, m.start)
            or _founded_in_2001(text, m.start, m.end)
        ):
            confirmed_abbrs.add(abbr)
    if not strong:
        confirmed_abbrs |= _repeated_beside_members(gaz, text, matches, ambiguous) - other_defined
        # round 66: the letters right after a declaration named by the SCO's venue, its owner
        # ("Dichiarazione di Tianjin della SCO", blind set 9)
        declarations = venue_declarations(matches, text)
        if declarations:
            confirmed_abbrs |= {
                _abbreviation(gaz, text[m.start : m.end])
                for m in ambiguous
                if any(
                    _DECLARATION_OWNER.fullmatch(text, v.end, m.start)
                    for v in matches
                    if v.entry.kind == "venue" and v.end <= m.start
                )
                # round 72: or the letters after it in its paragraph ("La Declaración de Tianjin
                # y la Estrategia hasta 2035 proyectan una ambición clara: transformar a la OCS
                # en algo más que un foro regional", blind set 44)
                or any(_beside_declaration(text, d, m) for d in declarations)
            } - other_defined
        if SCO_TERMS_WITH_VENUE.search(text):
            # round 48: the "Shanghai Spirit" or the "Shanghai Five" is the SCO's own term:
            # a text that holds it means the SCO by its letters ("uphold the original
            # aspirations of the SCO and promote the 'Shanghai Spirit'", blind set 17)
            confirmed_abbrs |= {
                _abbreviation(gaz, text[m.start : m.end]) for m in ambiguous
            } - other_defined
    # round 73 (relev73, blind set 17 as dev): letters confirmed as the SCO's name it as its
    # full name does, and the text's other letters of the SCO are then its too (a French report
    # of Yekaterinburg 2009 writes "OCS", confirmed by "des pays membres de l'OCS" and by the
    # members listed, and once the English "Conseil des chefs d'État de la SCO")
    named = bool(strong) or bool(confirmed_abbrs)
    accepted: list[Match] = []
    for m in ambiguous:
        abbr = _abbreviation(gaz, text[m.start : m.end])
        if abbr in other_defined:
            ignored.append(text[m.start : m.end])
        elif named:
            accepted.append(m)
    return sorted(strong + accepted, key=lambda m: m.start), _unique(ignored)


# round 48: an abbreviation written this many times, in a text naming this many of the SCO's
# member states, is the SCO's (_repeated_beside_members)
_ABBREVIATION_REPEATS = 2
_MEMBERS_BESIDE = 3


# round 72: how far after a venue declaration, in its paragraph, its letters may stand
_DECLARATION_REACH = 200


def _beside_declaration(text: str, declaration: Match, m: Match) -> bool:
    """Whether ambiguous letters follow a declaration named by the SCO's venue in the same
    paragraph, within _DECLARATION_REACH characters (round 72, blind set 44): the summit's own
    document, named first, tells whose letters they are, as the round 66 owner's "of" does."""
    return (
        declaration.end <= m.start <= declaration.end + _DECLARATION_REACH
        and "\n" not in text[declaration.end : m.start]
    )


# round 72 (relev72, blind set 22 as dev): the SCO's founding year and a word of founding
# (tagging_words.toml, [sco_founding]) beside its letters ("depuis la création de l'OCS en 2001")
_FOUNDING = re.compile(
    r"(?:" + words_pattern("sco_founding", TAGGING_WORDS_FILE) + r")\Z", re.IGNORECASE
)
_FOUNDING_WINDOW = 5  # words after the letters that may hold the year and the founding word
_FOUNDING_YEAR = "2001"


def _founded_in_2001(text: str, start: int, end: int) -> bool:
    """Whether ambiguous letters are written with the SCO's founding: the year 2001 within
    _FOUNDING_WINDOW words after them, and a word of founding within three words before them or
    among the words after them up to the year ("la création de l'OCS en 2001", "the SCO, which
    was founded in 2001"), in one sentence (round 72)."""
    after: list[str] = []
    for token in _TOKEN.finditer(text, end, min(len(text), end + 80)):
        word = token.group()
        if word in _SENTENCE_END:
            break
        if token.start() == end and word[0] in "'’-":
            continue  # a suffix joined to the letters
        after.append(word)
        if word == _FOUNDING_YEAR or len(after) >= _FOUNDING_WINDOW:
            break
    if not after or after[-1] != _FOUNDING_YEAR:
        return False
    before: list[str] = []
    for token in reversed(list(_TOKEN.finditer(text, max(0, start - 60), start))):
        if token.group() in _SENTENCE_END or len(before) >= _CONTEXT_WINDOW:
            break
        before.append(token.group())
    return any(_FOUNDING.fullmatch(fold(w).strip("'’-")) for w in before + after[:-1])


def _repeated_beside_members(
    gaz: Gazetteer, text: str, matches: list[Match], ambiguous: list[Match]
) -> set[str]:
    """Ambiguous abbreviations that a text writes twice or more while naming three or more of
    the SCO's member states: "the SCO was established in 2001" in a report that lists China,
    India, Russia... The other meanings of the letters (a software firm, orchestras, a TV
    channel, an airport code) are not written again and again beside a list of its members;
    an SCO report that takes the abbreviation as known ("seit Bestehen der SOZ", "Para pemimpin
    SCO") carries no context word within three words (round 48, sets 17-33)."""
    members = {
        m.entry.ref
        for m in matches
        if m.entry.kind == "state"
        and m.entry.ref in gaz.states
        and gaz.states[m.entry.ref].role == "member"
    }
    if len(members) < _MEMBERS_BESIDE:
        return set()
    counts = Counter(_abbreviation(gaz, text[m.start : m.end]) for m in ambiguous)
    return {abbr for abbr, n in counts.items() if n >= _ABBREVIATION_REPEATS}


def _defined_otherwise(gaz: Gazetteer, text: str, strong: list[Match]) -> set[str]:
    """Ambiguous abbreviations that the text defines as something other than the SCO. A text
    that also defines the abbreviation as the SCO ("Organisasi Kerja Sama Shanghai (SCO)") and
    a second time after a name the gazetteers do not know (the misspelt "Organisasi Kerja Sama
    Shangahi (SCO)" of the same page) has not defined it otherwise: the first definition holds
    (round 18, blind set 17)."""
    out = set()
    for abbr in gaz.ambiguous:
        if abbr not in text:
            continue
        brackets = list(re.finditer(r"\(\s*" + re.escape(abbr) + r"\s*\)", text))
        as_sco = [
            b
            for b in brackets
            if any(0 <= b.start() - m.end <= 3 for m in strong) or _names_shanghai(text, b.start())
        ]
        if brackets and not as_sco:
            out.add(abbr)
        # the bracket on the abbreviation's own line: a headline's "SOZ" followed by the
        # outlet's "(German.people.cn)" on the next line defines nothing (round 27)
        # round 46: the bracket opens with a letter, as an expansion of letters does; one that
        # opens with a digit holds a period or a number ("Stati membri della SCO (2018-2022)")
        for found in re.finditer(re.escape(abbr) + r"[^\S\n]*\(\s*([^\W\d_][^)]{3,80})\)", text):
            inner = found.start(1)
            if _LISTING.search(found.group(1)):
                continue  # round 46: a list of its members, no expansion of the letters
            if not any(inner <= m.start < found.end() for m in strong) and not (
                _spells_out_sco(found.group(1))
            ):
                out.add(abbr)
    return out


# round 54: the city and a cooperation word inside a bracket after the letters, in either order
# (tagging_words.toml, [shanghai] and [expansion_cooperation]): "SCO (Cooperazione di Shanghai)"
_EXPANSION_SHANGHAI = re.compile(
    r"\b(?:Shanghai|" + words_pattern("shanghai", TAGGING_WORDS_FILE) + r")\b", re.IGNORECASE
)
_EXPANSION_COOPERATION = re.compile(
    r"\b(?:" + words_pattern("expansion_cooperation", TAGGING_WORDS_FILE) + r")\b", re.IGNORECASE
)


def _spells_out_sco(inner: str) -> bool:
    """Whether a bracket after an abbreviation spells it out as the SCO: it holds the city and a
    cooperation word ("SCO (Cooperazione di Shanghai)", round 54, blind set 40), a name the
    gazetteers do not know; "SCO (Shanghai Chinese Orchestra)" holds no cooperation word."""
    return bool(_EXPANSION_SHANGHAI.search(inner) and _EXPANSION_COOPERATION.search(inner))


# round 46: a comma (Latin, Arabic, Chinese) inside a bracket after an abbreviation: the bracket
# lists (the observers of "les quatre pays observateurs de l'OCS (Mongolie, Inde, Pakistan et
# Iran)"), an expansion of the letters holds no comma
_LISTING = re.compile(r"[,،、]")


# round 42: the city's name ending a name that a bracket after it abbreviates
# (tagging_words.toml, [shanghai]): "... de Shanghái (OCS)"
_SHANGHAI_LAST = re.compile(
    r"\b(?:" + words_pattern("shanghai", TAGGING_WORDS_FILE) + r")\s*\Z", re.IGNORECASE
)


# round 48: the city and a cooperation word ending a name that a bracket after it abbreviates,
# with one more word at most (tagging_words.toml, [shanghai_cooperation]): "Shanghai Cooperation
# Association (SCO)", "Shanghai-Cooperationsrates (SCO)"
# round 62: one more word between the city and the cooperation word ("Shanghai Corporation
# Organisation (SCO)"), a word of the name (three letters at least: no article, as the "A" of
# "Organização de Xangai A Cooperação (SCO)", an explainer's garbled name, blind set 40), and a
# line break between them (a page wrapped with blank lines)
_SHANGHAI_COOPERATION = re.compile(
    r"\b(?:"
    + words_pattern("shanghai", TAGGING_WORDS_FILE)
    + r")\s*-?[^\S\n]*(?:[^\W\d_]{3,}[^\S\n]+)?(?:"
    + words_pattern("shanghai_cooperation", TAGGING_WORDS_FILE)
    + r")(?:[^\S\n]+[^\W\d_]+)?\s*\Z",
    re.IGNORECASE,
)

# round 62 (relev62, blind set 47 as dev): the cooperation or organisation word first, the city
# after it (two words at most between) and at most three words after the city, ending a name that
# a bracket after it abbreviates: "L'Organizzazione di Shangai per la sicurezza (SCO)"
_COOPERATION_OF_SHANGHAI = re.compile(
    r"\b(?:"
    + words_pattern("shanghai_cooperation", TAGGING_WORDS_FILE)
    + r")[^\S\n]+(?:[^\W\d_]+[^\S\n]+){0,2}(?:"
    + words_pattern("shanghai", TAGGING_WORDS_FILE)
    + r")\b(?:[^\S\n]+[^\W\d_]+){0,3}[^\S\n]*\Z",
    re.IGNORECASE,
)


# round 68 (relev68, blind set 51 as dev): the SCO's name without its city, an organisation word
# and a cooperation word right before the bracket (tagging_words.toml, [organisation_cooperation]):
# "der Organisation für Zusammenarbeit (SCO)"
_ORGANISATION_COOPERATION = re.compile(
    r"\b(?:" + words_pattern("organisation_cooperation", TAGGING_WORDS_FILE) + r")[^\S\n]*\Z",
    re.IGNORECASE,
)


def _names_shanghai(text: str, bracket: int) -> bool:
    """Whether the name right before a bracket is one of the SCO's: it ends in "Shanghai"
    (round 42) or in "Shanghai" and a cooperation word (round 48), or a cooperation word, the
    city and at most three more words (round 62), or it is an organisation of cooperation with
    the city left out (round 68: "der Organisation für Zusammenarbeit (SCO)"; the letters in the
    bracket are the SCO's, the callers' business)."""
    start = max(0, bracket - 60)
    return bool(
        _SHANGHAI_LAST.search(text, max(0, bracket - 40), bracket)
        or _SHANGHAI_COOPERATION.search(text, start, bracket)
        or _COOPERATION_OF_SHANGHAI.search(text, max(0, bracket - 80), bracket)
        or _ORGANISATION_COOPERATION.search(text, max(0, bracket - 60), bracket)
    )


def _defined_after_shanghai(gaz: Gazetteer, text: str) -> set[str]:
    """Ambiguous abbreviations that a text defines in a bracket right after a name ending in
    "Shanghai" ("la Organización para la Coooperación de Shanghái (OCS)", misspelt, a name the
    gazetteers do not know): an organisation named after Shanghai whose abbreviation is the
    SCO's is the SCO, and the definition confirms the abbreviation as a context word does
    (round 42, blind set 33)."""
    out = set()
    for abbr in gaz.ambiguous:
        if abbr not in text:
            continue
        for b in re.finditer(r"\(\s*" + re.escape(abbr) + r"\s*\)", text):
            if _names_shanghai(text, b.start()):
                out.add(abbr)
                break
        # round 54: the letters spelt out as the SCO in a bracket after them
        for found in re.finditer(re.escape(abbr) + r"[^\S\n]*\(\s*([^\W\d_][^)]{3,80})\)", text):
            if _spells_out_sco(found.group(1)):
                out.add(abbr)
                break
    return out


def _abbreviation(gaz: Gazetteer, found: str) -> str:
    """The ambiguous abbreviation a match stands for, without its case ending ("ШКУга": "ШКУ")."""
    if found in gaz.ambiguous:
        return found
    return max((a for a in gaz.ambiguous if found.startswith(a)), key=len, default=found)


def _context_follows(gaz: Gazetteer, text: str, end: int) -> bool:
    """Whether a word that marks the SCO reading follows within three words (a suffix joined by
    an apostrophe or a hyphen, "SCO'nun", "SCO-এর", is not one of the three)."""
    words = 0
    tokens = list(_TOKEN.finditer(text, end, min(len(text), end + 80)))
    lowered = [fold(token.group()) for token in tokens]
    for n, token in enumerate(tokens):
        word = lowered[n]
        if word in _SENTENCE_END:
            return False
        if word in {"'s", "’s"}:
            continue
        if word.strip("'’-") in gaz.context_after or (
            gaz.context_after.phrases and gaz.context_after.phrase_at(lowered, n, ending=False)
        ):
            return True
        if token.start() == end and word[0] in "'’-":
            continue
        words += 1
        if words >= _CONTEXT_WINDOW:
            return False
    return False


def _context_precedes(gaz: Gazetteer, text: str, start: int) -> bool:
    """Whether a word that marks the SCO reading comes within three words before ("summit of the
    SCO", "sommet de l'OCS", "Meeting ng SCO")."""
    tokens = list(_TOKEN.finditer(text, max(0, start - 80), start))
    if tokens and tokens[0].start() == max(0, start - 80) and start > 80:
        tokens = tokens[1:]  # a word cut by the window
    lowered = [fold(token.group()) for token in tokens]
    for n in range(min(len(tokens), _CONTEXT_WINDOW)):
        index = len(tokens) - 1 - n
        word = lowered[index]
        if word in _SENTENCE_END:
            return False
        if word.strip("'’-") in gaz.context_before or (
            gaz.context_before.phrases and gaz.context_before.phrase_at(lowered, index, ending=True)
        ):
            return True
    return False


def _unique(items: Iterable[str]) -> list[str]:
    """Distinct items in first-seen order."""
    return list(dict.fromkeys(items))


# ---- relevance -----------------------------------------------------------------------------


def word_count(text: str) -> float:
    """Words in a text, counting Chinese characters at 1.5 per word."""
    if not _CJK_CHAR.search(text):
        return float(len(text.split()))
    cjk = len(_CJK_CHAR.findall(text))
    other = len(_NON_CJK_WORD.findall(text))
    return other + cjk / 1.5


def relevance_score(
    title_hits: int, lead_hits: int, body_hits: int, body_words: float, lead_meeting: bool = False
) -> float:
    """Relevance in 0..1 from title mentions, lead mentions, count and density in the body, and
    whether the lead names the SCO's summit or meeting (round 58)."""
    density = 100.0 * body_hits / max(body_words, 50.0)
    z = (
        _BIAS
        + _W_TITLE * (title_hits > 0)
        + _W_LEAD * (lead_hits > 0)
        + _W_MEETING * lead_meeting
        + _W_COUNT * math.log1p(body_hits)
        + _W_DENSITY * min(density, _DENSITY_CAP)
    )
    return 1.0 / (1.0 + math.exp(-z))


# ---- language ------------------------------------------------------------------------------


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of a text's language, by py3langid, or None for an empty text."""
    sample = text[:_LANGUAGE_SAMPLE].strip()
    return identify_language(sample) if sample else None


# ---- tagging -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Analysis:
    """Everything one pass over an article finds; shared by tagging and document finding."""

    text: str  # title + blank line + body
    title_end: int
    matches: list[Match]
    sco: list[Match]
    ignored: list[str]
    relevance: float
    lead_end: int = 0  # where the body's lead ends in `text` (0: not computed)
    body_start: int = 0  # where the body starts in `text` (0: not computed)


def _wrapped_title(title: str, body: str) -> bool:
    """Whether a "title" is the first line of a hard-wrapped paragraph that the body goes on
    with (an excerpt of an archive page wrapped at a fixed width, whose first line was taken for
    its title: "... summit of the Shanghai Cooperation" / "Organization (SCO) in Tashkent"): a
    line of the wrapping width ending inside a sentence, a hard-wrapped body going on with a
    word. Title and body are then one paragraph, joined by a single line break that names are
    matched across (match_views), not by the blank line that ends a title (round 30)."""
    stripped = title.rstrip()
    return (
        WRAP_MIN <= len(stripped) <= WRAP_MAX
        and not stripped.endswith(SENTENCE_ENDS)
        and body[:1].isalnum()
        and hard_wrapped(body)
    )


# round 52: a "title" of one word at most (a dateline "(GMT+08:00) 2006-05-30 21:46:54",
# "August 30, 2025", "15 МАЯ, 00:42"; a section's name; a byline) is no headline; the body's first
# line stands for it when it is of a headline's or a lead sentence's length
_TITLE_WORD = re.compile(r"[^\W\d_]{2,}")
_HEADLINE_MAX = 300
# a sentence's end followed by another sentence: a paragraph of several, no headline
_SENTENCES = re.compile(r"[.!?。！？।][\"'”»)]*\s+\S")


def _headline_end(title: str, body: str, body_start: int) -> int | None:
    """Where the line that stands for a page's headline ends in the analysed text, when the
    title says nothing (one word at most, no Chinese or Japanese: a dateline, a section's name)
    and the body's first line is one sentence of at most _HEADLINE_MAX characters (a headline,
    or a one-sentence lead standing for one); else None (round 52, blind set 38: CRI Hausa's
    pages open with "(GMT+08:00) 2006-05-30 21:46:54" above their headline)."""
    chrome = chrome_line(title)
    # round 67: a one-word "title" that opens a menu's links set one a line, the site's date
    # of today among them (page_form.menu_run): the first line past the run stands for it
    run = 0 if chrome else menu_run([title] + [ln for ln in body.split("\n") if ln.strip()])
    if not chrome and not run and (
            len(_TITLE_WORD.findall(title)) > 1 or _CJK_CHAR.search(title)):
        return None
    stripped = body.lstrip()
    if run:
        lines = stripped.split("\n")
        kept, seen = 0, 1  # the title is the run's first line
        while kept < len(lines) and seen < run:
            seen += bool(lines[kept].strip())
            kept += 1
        stripped = "\n".join(lines[kept:]).lstrip()
        # and the report's date under the run ("04 Juli 2024, 11:35"), a word at most, as a
        # title of a word says nothing
        while "\n" in stripped:
            line, rest = stripped.split("\n", 1)
            if _CJK_CHAR.search(line) or len(_TITLE_WORD.findall(line)) > 1:
                break
            stripped = rest.lstrip()
    elif chrome:
        # round 63: a "title" of page chrome ("Accessibility links", "Home > China News") and
        # the chrome lines under it: the first line past them stands for the headline
        lines = stripped.split("\n")
        skipped = 1
        while skipped < len(lines) and (not lines[skipped - 1].strip() or chrome_line(
                lines[skipped - 1], after_chrome=True)):
            skipped += 1
        stripped = "\n".join(lines[skipped - 1 :]).lstrip()
    first = stripped.split("\n", 1)[0].rstrip()
    if not first or len(first) > _HEADLINE_MAX or _SENTENCES.search(first):
        return None
    return body_start + (len(body) - len(stripped)) + len(first)


# the page forms that make a page background for relevance (pipeline.page_form.forms)
_BACKGROUND_FORMS = frozenset(("definition", "encyclopedia tagline"))


def analyse(gaz: Gazetteer, title: str, body: str) -> Analysis:
    """Match the gazetteer once over title and body and score SCO relevance."""
    # composed Unicode (NFC), as the gazetteers are written: a page in decomposed form
    # ("Thượng Hải" with its tone marks as combining characters, Korean in conjoining jamo)
    # matched none of its names; NFC text is left as it is, so offsets are those of the text
    # and without the pinyin glosses of a converted Chinese page, as the store keeps its text
    title = without_reading_glosses(unicodedata.normalize("NFC", title or ""))
    body = without_reading_glosses(unicodedata.normalize("NFC", body or ""))
    separator = "\n" if _wrapped_title(title, body) else "\n\n"
    text = f"{title}{separator}{body}"
    title_end = len(title)
    matches = find_matches(gaz, text)
    sco, ignored = sco_mentions(gaz, text, matches)
    body_start = title_end + len(separator)
    lead_end = body_start + _lead_length(body)
    # round 66: a declaration named by the SCO's venue counts as the SCO named, in a text that
    # names the SCO ("La Dichiarazione di Tianjin ha condannato ...", blind set 36) and no
    # look-alike (a BRICS or CICA summit beside the SCO may have its own declaration at the same
    # venue: tests/unit/test_documents_round12.py)
    declared = venue_declarations(matches, text) if sco and not _look_alikes(matches) else []
    listed = member_listings(gaz, text, matches)
    named = sco + declared + exercise_mentions(gaz, text, matches) + listed
    head_end = _headline_end(title, body, body_start) or title_end
    title_hits = sum(1 for m in named if m.start < head_end)
    # the lead the score reads is whole sentences (round 61): the one the cut falls in goes on
    lead_read = _whole_sentence_lead(text, _score_lead_end(title, body, body_start, lead_end))
    # round 64: and the first paragraph of prose, when lines that are no text stand above it
    # (a menu, the headline again, captions: page_form.prose_start)
    leads = [(body_start, lead_read)]
    prose = body_start + prose_start(title, body)
    if prose > body_start:
        prose_body = body[prose - body_start :]
        leads.append((prose, _whole_sentence_lead(text, prose + _lead_length(prose_body))))
    lead_hits = sum(1 for m in named if any(start <= m.start < end for start, end in leads))
    # round 70: "the organisation" after a listing of the members refers to the SCO as after its
    # name ("Top diplomats from Russia, China, ... discussed further integration within the bloc")
    anchors = sorted(sco + listed, key=lambda m: m.start)
    body_hits = sum(1 for m in named if m.start >= body_start) + _references(text, matches, anchors)
    meeting = (
        any(_names_sco_meeting(text, sco, start, end) for start, end in leads)
        # round 68: or leaders' talks on its sidelines, the SCO's meeting named further down
        or _sideline_talks(text, sco, leads, body_start)
        # round 74: or the SCO's meeting named below the lead, undated by a year
        or _names_sco_meeting_below(text, sco, body_start, max(end for _, end in leads))
        # round 78: or a headline naming the meeting over a lead naming the SCO
        or _headline_meeting(text, sco, leads, body_start, head_end)
    ) and not _look_alike_as_often(matches, sco)
    score = relevance_score(title_hits, lead_hits, body_hits, word_count(body), meeting)
    headed = any(m.start < head_end for m in sco)
    if (headed or title_hits == 0) and another_organisations(matches, sco, head_end, text):
        score = relevance_score(0, 0, 0, word_count(body))
    elif len(named) == 1 and another_organisations_meeting(text, matches, named[0]):
        # round 74: the SCO named once, in passing, in a report of a look-alike's summit
        score = relevance_score(0, 0, 0, word_count(body))
    elif _BACKGROUND_FORMS.intersection(page_forms(title, body, sco, text, body_start)):
        # a page that opens with a definition of the SCO is background, not news (round 54;
        # pipeline.page_form), as is an encyclopedia's entry that says so in its tagline (round
        # 60); its other forms are read by stories, not here
        score = relevance_score(0, 0, 0, word_count(body))
    elif _topic_page(text, matches, sco, head_end, body_start, lead_end):
        # a topic's heading over a lead that dates no event: an essay or a background page on
        # the SCO and a state (round 61; pipeline.page_form.topic_headline)
        score = relevance_score(0, 0, 0, word_count(body))
    elif scholarly_article(body) or infobox(text):
        # a scholarly article under its abstract, an organisation's infobox: pages that
        # describe, not news (round 65; pipeline.page_form). A wiki page on a summit stays an
        # SCO page here (round 56: background for stories only; tests/unit/test_page_form.py)
        score = relevance_score(0, 0, 0, word_count(body))
    elif len(named) == 1 and listed_among_organisations(text, matches, named[0]):
        # round 76: the SCO named once, as one of several organisations in a list
        score = relevance_score(0, 0, 0, word_count(body))
    elif biography_entry(title, body):
        # an encyclopedia's entry on a person, the SCO named as the person's office (round 76;
        # pipeline.page_form.biography_entry)
        score = relevance_score(0, 0, 0, word_count(body))
    elif _explainer_page(text, sco, head_end, body_start, lead_end):
        # a question what the SCO is over a lead that dates no event: an explainer (round 65;
        # pipeline.page_form.asks_what_it_is)
        score = relevance_score(0, 0, 0, word_count(body))
    return Analysis(text, title_end, matches, sco, ignored, score, lead_end, body_start)


def _topic_page(
    text: str, matches: list[Match], sco: list[Match], head_end: int, body_start: int, lead_end: int
) -> bool:
    """Whether the page's headline (its title, or the body's first line standing for a title
    that says nothing: _headline_end) is a topic's heading (page_form.topic_headline) and its
    lead dates no event (page_form.dates_an_event: a day of a year after the SCO's founding, or
    one without its year, is an event's): a page about the SCO and a state, not news (round 61,
    blind sets 5, 37, 38, 39, 41, 43: background pages "China und die
    Shanghai-Kooperationsorganisation", "সাংহাই সহযোগিতা সংস্থা ও চীন")."""
    start = body_start if head_end > body_start else 0
    headline = text[start:head_end]
    names = [(m.start - start, m.end - start) for m in sco if start <= m.start < head_end]
    states = [
        (m.start - start, m.end - start)
        for m in matches
        if m.entry.kind == "state" and start <= m.start < head_end
    ]
    return topic_headline(headline, names, states) and not dates_an_event(
        headline, text[max(head_end, body_start) : lead_end]
    )


def _explainer_page(
    text: str, sco: list[Match], head_end: int, body_start: int, lead_end: int
) -> bool:
    """Whether the page's headline (as _topic_page reads it) or its body's first line asks what
    the SCO is (page_form.asks_what_it_is) and its lead dates no event (page_form.dates_an_event):
    an explainer, background and not news (round 65, blind sets 37, 39, 42: "Şangay Beşlisi veya
    Şangay İşbirliği Örgütü nedir?" over a dateline; a Cambodian programme's "តើអ្វីទៅជា
    អង្គការសហប្រតិបត្តិការសៀងហៃ ... (SCO)?" under its own motto)."""
    start = body_start if head_end > body_start else 0
    first = len(text) - len(text[body_start:].lstrip())
    first_end = text.find("\n", first)
    lines = [(start, head_end), (first, len(text) if first_end < 0 else first_end)]
    asked = False
    for a, b in lines:
        names = [(m.start - a, m.end - a) for m in sco if a <= m.start and m.end <= b]
        asked = asked or asks_what_it_is(text[a:b], names)
    return asked and not dates_an_event(
        text[start:head_end], text[max(head_end, body_start) : lead_end]
    )


# round 58 (relev58, every dev set): the SCO's summit or meetings in the languages of the dev sets
# (tagging_words.toml, [sco_meeting], compiled once in pipeline.page_form as SCO_MEETING); where
# a sentence ends is pipeline/text.py's sentence_ends (round 59: one rule for relevance, stories
# and page forms; an ordinal's period ends none, "Şanghay İşbirliği Örgütü’nün 25. Devlet
# Başkanları Konseyi Zirvesi’ne")


def _names_sco_meeting(text: str, sco: list[Match], body_start: int, lead_end: int) -> bool:
    """Whether a sentence of the lead names the SCO and its summit or one of its meetings
    ("Erdoğan, ... Şanghay İşbirliği Örgütü zirvesi için bir araya geldi", "participation in the
    SCO Plus summit", "上海合作组织成员国总理第六次会议...举行"): the lead says the SCO meets,
    and the report is of that meeting or of an event at it, though its headline names only the
    leader who arrives for it (round 58, blind sets 16, 18, 19, 25, 26, 32, 34 and 43: the SCO
    named once in such a lead scored under the threshold). Another organisation's summit named
    in the headline sets the page aside before this is read (another_organisations)."""
    return any(SCO_MEETING.search(text, start, end) for start, end
               in _sco_sentences(text, sco, body_start, body_start, lead_end - body_start))


# round 74 (relev74): a year in a sentence below the lead that names the SCO's meeting: a past
# meeting told as the organisation's history ("Em junho de 2002, na cúpula dos chefes de estado da
# SCO em São Petersburgo, foi assinada a Carta", blind set 40's explainer), not the report's
_A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# and how far into the body such a sentence is read, as the sideline rule reads (_SIDELINE_READ):
# the report's first paragraphs; a meeting named deep in a long article is a passing mention
_MEETING_READ = 1200


def _names_sco_meeting_below(text: str, sco: list[Match], body_start: int, lead_end: int) -> bool:
    """Whether a sentence of the body below the lead names the SCO and its summit or one of its
    meetings ([sco_meeting]) and writes no year (_A_YEAR): a report whose lead tells the news
    (an airport welcome, two leaders' talks, memoranda signed) and names the SCO's meeting only in
    its third or fourth paragraph ("A China deu início este domingo à 25.ª cimeira da
    Organização de Cooperação de Xangai", blind set 51; "... من اجل الحضور في اجتماع قمة شنغهاي",
    blind set 52; the defence ministers' meeting in Telugu, blind set 29) is the meeting's, as
    one whose lead names it (_names_sco_meeting; round 74: these scored under the threshold).
    Read in the body's first _MEETING_READ characters."""
    return any(
        SCO_MEETING.search(text, start, end) and not _A_YEAR.search(text, start, end)
        for start, end in _sco_sentences(text, sco, body_start, lead_end, _MEETING_READ)
    )


def _headline_meeting(text: str, sco: list[Match], leads: list[tuple[int, int]],
                      body_start: int, head_end: int) -> bool:
    """Whether the headline (as _topic_page reads it) names a summit or a meeting ([sco_meeting])
    and the lead names the SCO: the headline's meeting is the SCO's, as when a lead sentence names
    both (_names_sco_meeting), though the lead says it in another sentence (round 78, blind set 5:
    Trud on St Petersburg 2002, "Саммит открыл российский президент в танцевальном зале Большого
    дворца Петродворца" over "... обсудил с ним вопросы деятельности ШОС", scored 0.38). Another
    organisation's summit in the headline sets the page aside before this is read
    (another_organisations), and one named as often as the SCO is no SCO meeting
    (_look_alike_as_often)."""
    start = body_start if head_end > body_start else 0
    return bool(SCO_MEETING.search(text, start, head_end)) and any(
        lead_start <= m.start < lead_end for m in sco for lead_start, lead_end in leads)


def _sco_sentences(text: str, sco: list[Match], body_start: int, first: int,
                   read: int) -> Iterator[tuple[int, int]]:
    """The span of each sentence holding a mention of the SCO that starts at `first` or after
    and within the body's first `read` characters (sentences counted from the body's start)."""
    reach = body_start + read
    for m in sco:
        if m.start < first:
            continue
        if m.start >= reach:
            break
        ends = [e.end() for e in sentence_ends(text, body_start, m.start)]
        after = next_sentence_end(text, m.end)
        yield (ends[-1] if ends else body_start), (after.start() if after else len(text))


# round 68 (relev68, blind set 51 as dev): a lead of leaders' talks on a meeting's sidelines
# (tagging_words.toml, [sideline_talks]) and how far into the body the SCO's meeting may be named
# after it (the second or third paragraph of a report whose lead names only the two leaders)
_SIDELINE_TALKS = re.compile(words_pattern("sideline_talks", TAGGING_WORDS_FILE), re.IGNORECASE)
_SCO_GATHERING = re.compile(
    words_pattern("sco_meeting", TAGGING_WORDS_FILE)
    + "|"
    + words_pattern("sco_gathering", TAGGING_WORDS_FILE),
    re.IGNORECASE,
)
_SIDELINE_READ = 1200


def _sideline_talks(text: str, sco: list[Match], leads: list[tuple[int, int]],
                    body_start: int) -> bool:
    """Whether the headline or the lead reports leaders' talks on a meeting's sidelines or their
    meeting
    ([sideline_talks]: "se reuniram ... à margem de um encontro de cúpula", "am Rande des
    Gipfels", "heeft ... Xi Jinping donderdag ontmoet") and a sentence of the body's first
    _SIDELINE_READ characters names the SCO and its meeting ([sco_meeting], [sco_gathering]:
    "o encontro da Organização de Cooperação de Xangai (OCX) também terá as presenças", "Hij
    trof Poetin op een bijeenkomst van de Shanghai Cooperation Organisation (SCO)"): the talks
    are held at the SCO's meeting and are reported with it, as the guidelines label them
    (tests/data/real/README.md; round 68, blind set 51: five Samarkand reports of the Putin-Xi
    talks, in Portuguese, Spanish, Dutch and German, whose leads name no SCO)."""
    # the headline and the lead: a title that is the lead's first sentence holds the talks
    # ("Os presidentes ... se reuniram nesta quinta-feira ... à margem de um encontro de cúpula")
    read = [(0, body_start)] + leads
    if not any(_SIDELINE_TALKS.search(text, start, end) for start, end in read):
        return False
    return any(
        _SCO_GATHERING.search(text, start, end)
        for start, end in _sco_sentences(text, sco, body_start, body_start, _SIDELINE_READ)
    )


def _look_alike_as_often(matches: list[Match], sco: list[Match]) -> bool:
    """Whether the text names one of the SCO's look-alikes (the CIS, BRICS, the CSTO...) at
    least as often as the SCO: a summit beside the SCO's name may then be that organisation's
    ("The SCO summit ended. Leaders of the CIS met at the BRICS summit."), and the lead's
    meeting is not read as the SCO's (round 58)."""
    counts = Counter(m.entry.ref for m in _look_alikes(matches))
    return any(n >= len(sco) for n in counts.values())


# round 48: organisations whose meetings look like the SCO's (summits of the same leaders, in the
# same capitals): an article headed by one of them is a look-alike (another_organisations)
LOOK_ALIKE_ORGANISATIONS = frozenset(
    ("brics", "cis", "csto", "cica", "eaeu", "ots", "china_central_asia")
)


def _look_alikes(matches: list[Match]) -> list[Match]:
    """The names of the SCO's look-alikes found in a text (LOOK_ALIKE_ORGANISATIONS)."""
    return [
        m
        for m in matches
        if m.entry.kind == "organisation" and m.entry.ref in LOOK_ALIKE_ORGANISATIONS
    ]


def another_organisations(
    matches: list[Match],
    sco: list[Match],
    title_end: int,
    text: str = "",
) -> bool:
    """Whether an article is another organisation's: its headline names one of the SCO's
    look-alikes (the CIS, BRICS, the CSTO...) and not the SCO, and the text names that
    organisation at least as often as the SCO. Its SCO mentions are in passing ("granting the
    SCO observer status at the CIS", "the national coordinator for SCO affairs" announcing a
    CIS summit, the SCO's guests at a BRICS meeting): such an article is not about the SCO, as
    the labelling guidelines have it (round 48, blind sets 12, 33 and 34). Round 50: so too a
    headline that names the look-alike first and the SCO after it as the look-alike's business
    (another_organisations_first), given the text."""
    named = _look_alikes(matches)
    counts = Counter(m.entry.ref for m in named)
    in_title = [m for m in sco if m.start < title_end]
    if in_title:
        return bool(text) and another_organisations_first(
            text, named, counts, len(sco), in_title[0].start,
            ties=not _headline_document(matches, title_end),
        )
    return any(counts[m.entry.ref] >= len(sco) for m in named if m.start < title_end)


def _headline_document(matches: list[Match], title_end: int) -> bool:
    """Whether the headline names a document (a memorandum, an agreement, a declaration...:
    documents.toml's types): the organisations it names are the document's parties."""
    return any(m.entry.kind == "doc_type" and m.start < title_end for m in matches)


def _sentence(text: str, m: Match) -> tuple[int, int]:
    """The span of the sentence a match stands in (pipeline/text.py's sentence_ends)."""
    ends = [e.end() for e in sentence_ends(text, 0, m.start)]
    after = next_sentence_end(text, m.end)
    return (ends[-1] if ends else 0), (after.start() if after else len(text))


def _side_by_side(text: str, a: Match, b: Match) -> bool:
    """Whether two names stand side by side, at most _SIDE_BY_SIDE_WORDS words (and
    _SIDE_BY_SIDE_CHARS characters) between them ("BRICSと上海協力機構", "СНГ и ШОС")."""
    gap = text[a.end : b.start] if a.start < b.start else text[b.end : a.start]
    return len(gap.split()) <= _SIDE_BY_SIDE_WORDS and len(gap) <= _SIDE_BY_SIDE_CHARS


def another_organisations_meeting(text: str, matches: list[Match], sco: Match) -> bool:
    """Whether the SCO, named once (`sco`), is named in passing in a report of one of its
    look-alikes' summits: the look-alike is named at least as often (once or more), a sentence
    names it and a meeting ([sco_meeting]: "A Cúpula do BRICS em Kazan acontece até a próxima
    quinta"), the SCO's own sentence names no meeting, and the two are never named side by side
    (a twin summit, "BRICSと上海協力機構", is the SCO's too: another_organisations_first). Blind
    set 51's report of Xi at the BRICS summit in Kazan, whose first line quotes him on
    "mecanismos multilaterais, como a ONU e a Organização para a Cooperação de Xangai", was kept
    on that line alone (round 74; the labelling guidelines: another organisation's meeting is not
    the SCO's)."""
    look_alikes = _look_alikes(matches)
    if not look_alikes or any(_side_by_side(text, m, sco) for m in look_alikes):
        return False
    if SCO_MEETING.search(text, *_sentence(text, sco)):
        return False
    return any(SCO_MEETING.search(text, *_sentence(text, m)) for m in look_alikes)


# round 50: at most this many words between a look-alike's name and the SCO's make the two one
# subject ("СНГ и ШОС", "BRICS e SCO", "BRICSと上海協力機構", "the CIS and the SCO")
_SIDE_BY_SIDE_WORDS = 3
_SIDE_BY_SIDE_CHARS = 20


def another_organisations_first(
    text: str,
    named: list[Match],
    counts: Counter[str],
    sco_count: int,
    first_sco: int,
    ties: bool = False,
) -> bool:
    """Whether a headline that names the SCO names one of its look-alikes first, not side by
    side with the SCO, and the text names that organisation more often than the SCO: the
    look-alike is the subject and the SCO its business ("На заседании Электроэнергетического
    совета СНГ обсудили перспективы сотрудничества с ШОС", a CIS council that discussed
    cooperation with the SCO; a CIS summit that grants the SCO observer status; round 50, blind
    sets 12 and 22). Named side by side ("генпрокуроры стран СНГ и ШОС", "BRICSと上海協力機構")
    the two are one subject, a joint or twin meeting, and the SCO's is reported too.

    Round 74: with `ties`, a look-alike named as often as the SCO heads the page too ("Лидеры
    стран ОДКБ заявили о важности координации с ШОС по Афганистану", the CSTO's leaders on the
    SCO, each named six times, blind set 52); another_organisations leaves ties out when the
    headline names a document, which the two organisations are parties to ("The memorandum of
    understanding between the Secretariat of the Collective Security Treaty Organization and the
    Secretariat of the Shanghai Cooperation Organization", blind set 32: an SCO event)."""
    for m in named:
        if m.start >= first_sco or counts[m.entry.ref] < sco_count + (not ties):
            continue
        gap = text[m.end : first_sco]
        if len(gap.split()) > _SIDE_BY_SIDE_WORDS or len(gap) > _SIDE_BY_SIDE_CHARS:
            return True
    return False


# A word after "the organisation" that goes on to another organisation's name ("the Organization
# of Turkic States", "die Organisation für Sicherheit"): no reference to the SCO. The words are
# data (tagging_words.toml, [named_on]; round 42).
_NAMED_ON = re.compile(
    r"\s+(?:" + words_pattern("named_on", TAGGING_WORDS_FILE) + r")\b", re.IGNORECASE
)


# round 42: a genitive right before "the organisation" (Urdu "X کی تنظیم"): another organisation's
# name (tagging_words.toml, [named_before])
_NAMED_BEFORE = re.compile(
    r"(?<!\w)(?:" + words_pattern("named_before", TAGGING_WORDS_FILE) + r")\s+\Z", re.IGNORECASE
)

# round 42: a year right after an exercise's name ("Мирная миссия-2007", "Peace Mission 2010",
# «和平使命—2016»), past a closing quote or a dash
_YEAR_AFTER_NAME = re.compile(r"[\s\"'“”«»„‐‑–—-]{0,4}(?:19|20)\d\d(?!\d)")


def exercise_mentions(gaz: Gazetteer, text: str, matches: list[Match]) -> list[Match]:
    """The SCO's joint exercises named with their year ("Peace Mission 2010"): each a mention of
    the SCO for the relevance score (round 42; sco.toml, [sco.exercises])."""
    return [
        m
        for m in matches
        if m.entry.kind == "body"
        and m.entry.ref in gaz.exercises
        and _YEAR_AFTER_NAME.match(text, m.end)
    ]


# round 70 (relev70): the SCO named by its members: six or more of its member states listed in
# one run, China and Russia and two of the Central Asian four among them, no other state in it
# ("A organização é integrada por China, Índia, Rússia, Paquistão, Irã, Cazaquistão, ...",
# "کشورهای عضو شامل قزاقستان، چین، قرقیزستان، روسیه، تاجیکستان و ازبکستان"). What may stand
# between two names of the run: punctuation, spaces and a language's "and" ([topic_and]).
_LISTED_MEMBERS = 6
_LISTED_CENTRAL_ASIA = frozenset(("KZ", "KG", "TJ", "UZ"))
_LIST_GAP = re.compile(
    r"[\s,،、;]*(?:(?:" + words_pattern("topic_and", TAGGING_WORDS_FILE) + r")(?!\w)[\s,،、]*)?",
    re.IGNORECASE,
)
_LIST_GAP_CHARS = 16
_DEFINING_REACH = 400  # characters before a listing read for its sentence's start


def member_listings(gaz: Gazetteer, text: str, matches: list[Match]) -> list[Match]:
    """The runs of state names that list the SCO's members (_LISTED_MEMBERS of them or more,
    China, Russia and two Central Asian members among them, and no state that is not a member),
    each as the match of its first name: a report that says "the organisation comprises China,
    India, Russia, Pakistan, Iran, Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan and Belarus"
    names the SCO by its membership, though it writes neither its name nor its letters (round 70,
    blind sets 9, 18, 30, 31, 45, 47, 49, 51: Tianjin and New Delhi reports calling it "the
    bloc"). The Shanghai Five's five, another organisation's membership (the CSTO, the CIS, the
    EAEU: no China; BRICS: Brazil and South Africa) and the Central Asian states with China
    (Turkmenistan) are no such run."""
    states = [m for m in matches if m.entry.kind == "state"]
    runs = _listed_runs(text, states)
    found = []
    for run in runs:
        refs = {m.entry.ref for m in run}
        if (
            len(refs) >= _LISTED_MEMBERS
            and {"CN", "RU"} <= refs
            and len(refs & _LISTED_CENTRAL_ASIA) >= 2
            and all(ref in gaz.states and gaz.states[ref].role == "member" for ref in refs)
            and not _defining_sentence(text, run[0].start)
        ):
            found.append(run[0])
    return found


def _listed_runs(text: str, matches: list[Match]) -> list[list[Match]]:
    """Matches in text order grouped into lists: each run's names are joined by commas or a
    language's "and" (_LIST_GAP, at most _LIST_GAP_CHARS between two names). The members' list
    (round 70) and the organisations' list (round 76) read the same runs."""
    runs: list[list[Match]] = []
    for m in matches:
        last = runs[-1][-1] if runs else None
        if (
            last is not None
            and 0 <= m.start - last.end <= _LIST_GAP_CHARS
            and _LIST_GAP.fullmatch(text, last.end, m.start)
        ):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


# round 76 (relev76): the other organisations a list names beside the SCO, at least, for the SCO
# to be one of several organisations there (two side by side are one subject: a twin summit,
# "the CSTO and SCO summits", or a joint meeting, "стран-участниц СНГ и ШОС")
_LISTED_ORGANISATIONS = 2


def listed_among_organisations(text: str, matches: list[Match], sco: Match) -> bool:
    """Whether the SCO's name stands in a list of organisations' names (a run joined by commas
    or a language's "and", _LIST_GAP) with _LISTED_ORGANISATIONS other organisations or more:
    the SCO is then one of the guests or the examples the list gives ("representatives of the
    CSTO, the SCO, the OSCE and other international organisations take part in the conference",
    blind set 35's Mongolian report of a CIS conference in Bishkek), named in passing when the
    page names it nowhere else (round 76; the labelling guidelines: an organisation named in a
    list of organisations is no subject)."""
    names = sorted(
        [m for m in matches if m.entry.kind == "organisation"] + [sco], key=lambda m: m.start
    )
    runs = _listed_runs(text, names)
    run = next(run for run in runs if sco in run)
    return len({m.entry.ref for m in run if m is not sco}) >= _LISTED_ORGANISATIONS


def _defining_sentence(text: str, at: int) -> bool:
    """Whether the sentence around a position defines the organisation ("A SCO é uma organização
    internacional regional permanente fundada em junho de 2001 pelos líderes do Cazaquistão,
    China, ...": tagging_words.toml, [definition]): its founders listed there are the
    definition's, background and no report (round 70, blind set 40's explainer)."""
    reach = max(0, at - _DEFINING_REACH)
    ends = [e.end() for e in sentence_ends(text, reach, at)]
    start = ends[-1] if ends else reach
    after = next_sentence_end(text, at)
    return DEFINITION.search(text, start, after.start() if after else len(text)) is not None


# round 66 (relev66): what may stand between a declaration's word and its venue's name: spaces, a
# hyphen, and at most two short linking words ("Declaración de Tianjin", "Dichiarazione di
# Tianjin", "declaration of the Astana"), or nothing ("天津宣言", "Московская декларация")
_VENUE_GAP = (
    r"[^\S\n]*(?:[-–][^\S\n]*)?(?:(?:of|the|de|di|da|do|du|del|della|des|la|von|der|d['’])"
    r"(?:[^\S\n]+|(?<=['’])))?(?:(?:the|la|le)[^\S\n]+)?"
)
_VENUE_DOCUMENT_GAP = re.compile(_VENUE_GAP, re.IGNORECASE)
# round 66: what stands between a venue declaration and its owner's letters ("Dichiarazione di
# Tianjin della SCO", "Declaración de Tianjin de la OCS", "Tianjin Declaration of the SCO")
_DECLARATION_OWNER = re.compile(
    r"(?:[^\S\n]*(?:[^\W\d_]+[^\S\n]+)?(?:of|de|di|della|dello|del|des|du|da|do|der)"
    r"(?:[^\S\n]+(?:the|la|l['’]|le))?|[^\S\n]+(?:of[^\S\n]+the|de[^\S\n]+la))[^\S\n]*"
    r"|[^\S\n]*(?:[^\W\d_]+[^\S\n]+)?(?:dell['’]|de[^\S\n]+l['’]|d['’])",
    re.IGNORECASE,
)


def venue_declarations(matches: list[Match], text: str) -> list[Match]:
    """The declarations named by the SCO's venues ("La Dichiarazione di Tianjin", "إعلان
    نيودلهي", "the Astana Declaration"): the summit's own document, named as the guidelines name
    it (tests/data/tagging/README.md: "a Moscow declaration"), each a mention of the SCO for the
    relevance score of a text that names the SCO (round 66; venues.toml, documents.toml)."""
    declarations = [
        m for m in matches if m.entry.kind == "doc_type" and m.entry.ref == "declaration"
    ]
    if not declarations:
        return []
    venues = [m for m in matches if m.entry.kind == "venue"]
    found = []
    for d in declarations:
        for v in venues:
            gap = (v.end, d.start) if v.end <= d.start else (d.end, v.start)
            if gap[1] - gap[0] <= 12 and _VENUE_DOCUMENT_GAP.fullmatch(text, *gap):
                found.append(d)
                break
    return found


def _references(text: str, matches: list[Match], sco: list[Match]) -> int:
    """Definite references to the organisation ("die Organisation", "organisasi ini") after the
    SCO is first named: a report that names it once and then calls it "the organisation" is as
    much about it as one that repeats the name (round 27)."""
    if not sco:
        return 0
    first = sco[0].start
    return sum(
        1
        for m in matches
        if m.entry.kind == "sco_reference"
        and m.start > first
        and not _NAMED_ON.match(text, m.end)
        # round 42: not the name's own last word ("شنگھائی تعاون تنظیم کے": the SCO's, once) nor
        # another organisation's name ahead of it ("X کی تنظیم")
        and not any(s.start <= m.start < s.end for s in sco)
        and not _NAMED_BEFORE.search(text, max(0, m.start - 20), m.start)
    )


# round 61 (relev61): how far past the lead's cut the sentence it cuts may go on and still be read
# as the lead's; a longer one is a paragraph without stops (a list, a wrapped table), not a sentence
_LEAD_SENTENCE_REACH = 300


def _whole_sentence_lead(text: str, lead_end: int) -> int:
    """Where the lead ends when it is read as whole sentences: _lead_length cuts the first
    paragraph at a count of characters, often inside a sentence, and a sentence that names the
    SCO after the cut was not the lead's ("... председатель КНР организовал личный прием лишь для
    троих из 22 прибывших на саммит ШОС лидеров.", "... ist heute morgen in Jekaterinburg
    eingetroffen, wo er als Gast am ShOZ-Gipfel der asiatischen Staaten teilnimmt.", "Meeting of
    the Heads of Government Council of the Shanghai Cooperation Organisation", each cut before
    its last words; blind sets 11, 14, 23, 24). The sentence the cut falls in is the lead's to
    its end (pipeline/text.py's sentence_ends: a line's end ends it too), within
    _LEAD_SENTENCE_REACH characters; a cut at a sentence's end stays where it is."""
    if lead_end >= len(text):
        return lead_end
    reach = lead_end + _LEAD_SENTENCE_REACH
    # from the last character before the cut that is no space: a stop there ends the lead
    last = len(text[:lead_end].rstrip())
    end = next_sentence_end(text, max(last - 1, 0), min(len(text), reach))
    if end is None:
        return len(text) if len(text) <= reach else lead_end  # the text's end ends a sentence
    return max(end.end(), lead_end)


def _lead_length(body: str, least: int = _LEAD_CHARS // 2) -> int:
    """Length of the lead: the first paragraph, at least `least` characters (a few lines), at
    most _LEAD_CHARS."""
    stripped = body.lstrip()
    offset = len(body) - len(stripped)
    first = stripped.split("\n", 1)[0]
    return offset + min(max(len(first), least), _LEAD_CHARS)




def _lead_sentence_title(title: str) -> bool:
    """Whether a page's "title" is the first sentence of its lead, not a headline: a line longer
    than a headline (page_form.HEADLINE_CHARS) that ends a sentence (an excerpt that opens on
    the report's text, its headline left off: "Preşedintele rus Vladimir Putin a fost întâmpinat
    pe covorul roşu la Tianjin, ..., potrivit Reuters.")."""
    stripped = title.strip()
    return len(stripped) > HEADLINE_CHARS and (
        next_sentence_end(stripped, len(stripped) - 1) is not None  # pipeline/text.py's rule
    )


def _score_lead_end(title: str, body: str, body_start: int, lead_end: int) -> int:
    """Where the lead the score reads ends, before it is read to its sentence's end: the body's
    lead (_lead_length), or, under a title that is the lead's first sentence
    (_lead_sentence_title), _LEAD_CHARS of the body whatever its paragraphs: the report's lead
    began in the title, and its second paragraph, short, is not all of it (round 62, blind set
    48: Reuters' report of Tianjin 2025 in Romanian, "Summitul OCS, găzduit de preşedintele Xi
    Jinping" opening the paragraph after the body's first)."""
    if not _lead_sentence_title(title):
        return lead_end
    return max(lead_end, body_start + _lead_length(body, _LEAD_CHARS))


# The SCO's own terms that hold a city's name: its founding principle, the "Shanghai Spirit",
# and its forerunner, the "Shanghai Five" (in the gazetteers' languages), never a venue; the
# words are data (pipeline/data/tagging_words.toml, [terms_with_venue]; round 42)
SCO_TERMS_WITH_VENUE = re.compile(words_pattern("terms_with_venue", TAGGING_WORDS_FILE), re.I)


# round 40: a surname that is also a word of office (Uzbek and Tajik "raisi" / "раиси",
# "chairman", after its institution with the possessive ending: "hukumati raisi"); the words are
# data (tagging_words.toml, [office_words]), the grammar is read here: a word of three letters or
# more ending in i / и right before it.
_OFFICE_WORDS = re.compile(words_pattern("office_words", TAGGING_WORDS_FILE), re.I)
_POSSESSIVE_BEFORE = re.compile(r"\w{2}[iи]\s+$")


def office_word(text: str, m: Match) -> bool:
    """Whether a person's match is a word of office after its institution ("hukumati raisi")."""
    return _OFFICE_WORDS.fullmatch(text[m.start : m.end].lower()) is not None and bool(
        _POSSESSIVE_BEFORE.search(text[max(0, m.start - 40) : m.start])
    )


def tag_article(gaz: Gazetteer, title: str, body: str, language: str | None = None) -> Tags:
    """Tag one article: relevance with evidence, states, people, bodies, topics, language."""
    return tags_from_analysis(gaz, analyse(gaz, title, body), language)


def tags_from_analysis(gaz: Gazetteer, analysis: Analysis, language: str | None = None) -> Tags:
    """Build Tags from an Analysis (so that callers can reuse the analysis for documents)."""
    text = analysis.text
    relevant = analysis.relevance >= RELEVANCE_THRESHOLD
    states: dict[str, str] = {}
    people: dict[str, None] = {}
    bodies: dict[str, None] = {}
    topic_hits: Counter[str] = Counter()
    venues: dict[str, None] = {}
    lead_venues: dict[str, None] = {}
    # the Shanghai of "Shanghai Cooperation Organisation", of the "Shanghai Spirit" and of the
    # "Shanghai Five" is a name, not a venue
    sco_spans = [(m.start, m.end) for m in analysis.sco]
    terms: list[tuple[int, int]] | None = None  # looked for once, for a venue outside sco_spans
    for m in analysis.matches:
        kind, ref = m.entry.kind, m.entry.ref
        if kind == "venue":
            if any(start <= m.start < end for start, end in sco_spans):
                continue
            if terms is None:
                terms = [t.span() for t in SCO_TERMS_WITH_VENUE.finditer(text)]
            if not any(start <= m.start < end for start, end in terms):
                venues[ref] = None
                if m.start < analysis.lead_end:
                    lead_venues[ref] = None
        elif kind == "state" and ref in gaz.states:
            states.setdefault(ref, gaz.states[ref].role)
        elif kind == "person" and not office_word(text, m):
            people[ref] = None
        elif kind == "body" and relevant:
            bodies[gaz.bodies[ref].name] = None
        elif kind == "topic":
            topic_hits[ref] += 1
    topics = [gaz.topics[t][0] for t, n in topic_hits.most_common() if n >= gaz.topics[t][1]]
    return Tags(
        sco_relevant=relevant,
        relevance=round(analysis.relevance, 4),
        evidence=_unique(text[m.start : m.end] for m in analysis.sco),
        states=list(states.items()),
        people=list(people),
        bodies=list(bodies),
        topics=topics,
        language=language or detect_language(text),
        ignored=analysis.ignored,
        venues=list(venues),
        lead_venues=list(lead_venues),
    )
