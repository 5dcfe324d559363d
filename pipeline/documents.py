"""Find the SCO documents an article reports as adopted, signed, approved or planned.

Each document gets a normalised name and lookup key (so five outlets' reports are one document),
a type, a status, the meeting that adopted it when the text says so, and its evidence sentence.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from pipeline.tagging import (
    RELEVANCE_THRESHOLD,
    Analysis,
    Entry,
    Gazetteer,
    Match,
    Tags,
    analyse,
    load_gazetteer,
    tags_from_analysis,
)

_STATUS_ORDER = ("signed", "approved", "adopted", "planned")

# Words that may sit inside an English title between its capitalised words.
_LATIN_LINK = frozenset(
    "of on for to in and the between until through till up with against at by within from into "
    "implement implementing implementation 's ’s - – — a".split()
)
# Words that end an untitled name on its left ("the draft | action plan").
_LEFT_STOP = frozenset(
    "a an the new draft its their his her this that these those two three several all other "
    "signed adopted approved and or of on to also both".split()
)
# Words that start a new clause and so end a name on its right.
_CLAUSE_STOP = frozenset(
    "that which who whom whose where while when as after before because since including among "
    "said says were was is are will would has have had but so whereas".split()
)
_RU_CLAUSE_STOP = frozenset(
    "а также который которая которую которые которое что чтобы где когда сообщил заявил "
    "отметил".split()
)
_WHEN_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december jan feb mar apr jun jul aug sep sept "
    "oct nov dec".split()
)
# Abbreviations whose full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr st gen no vs u.s u.k u.n e.g "
    "i.e jr prof".split()
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
# Russian type words in the nominative, with their gender (for agreeing adjectives).
_RU_HEAD_NOMINATIVE = [
    (r"декларац\w*", "декларация", "f"),
    (r"заявлени\w*", "заявление", "n"),
    (r"коммюнике", "коммюнике", "n"),
    (r"стратеги\w*", "стратегия", "f"),
    (r"концепци\w*", "концепция", "f"),
    (r"программ\w*", "программа", "f"),
    (r"план\w*", "план", "m"),
    (r"соглашени\w*", "соглашение", "n"),
    (r"конвенци\w*", "конвенция", "f"),
    (r"договор\w*", "договор", "m"),
    (r"меморандум\w*", "меморандум", "m"),
    (r"решени\w*", "решение", "n"),
    (r"карт\w*", "карта", "f"),
]
_RU_ADJ_ENDINGS = tuple("ого ому ыми ую ой ая ым ом ые ых ое ый ий ей".split())
_RU_ADJ_NOMINATIVE = {"m": "ый", "f": "ая", "n": "ое"}

# Words left out of a document key: they vary between outlets without changing the document.
_EN_STOPWORDS = frozenset(
    "the of on for to in and a an between its with at by sco member members states state "
    "countries s organization organisation from within".split()
)
_RU_STOPWORDS = frozenset(
    "и в на по о об с со до для года годы год между государств государства государств-членов "
    "членов член шос гг".split()
)
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_LATIN = re.compile(r"[a-z]", re.IGNORECASE)
_PERIOD = re.compile(r"\d{4}(?:\s*[-–—]\s*\d{2,4})?")
_WORD = re.compile(r"[\w'’-]+")
_TOKENS = re.compile(r"\d{4}\s*[-–—]\s*\d{2,4}|[\w'’.-]*\w[\w'’-]*|[^\w\s]")
_RU_PAST = re.compile(r"\w+(?:ли|ла|лось|лись)")
_RU_WORD = re.compile(r"[А-ЯЁа-яё-]+")
_RU_LOWER = re.compile(r"[а-яё-]+")
_LOWER_WORD = re.compile(r"[a-z][a-z-]+")
_YEAR = re.compile(r"\d{4}")
_FINDER_KINDS = frozenset("doc_type doc_status doc_cue venue organisation body sco_mention".split())
_ZH_TITLE = re.compile(r"《([^《》]{2,80})》")
_ZH_ABOUT = re.compile(r"关于[^，。；《》]{1,60}?的(?:联合)?(声明|宣言|聲明)")
_DRAFT_BEFORE = re.compile(r"(?:draft|проект\w*)\W*$", re.IGNORECASE)
_DRAFT_AFTER = re.compile(r"\W{0,2}(?:草案|draft)", re.IGNORECASE)
_ZH_DROP = ("上海合作组织", "上海合作組織", "上合组织", "上合組織", "成员国", "成員國", "上合")
_SCO_NAMES = re.compile(
    r"shanghai cooperation organi[sz]ation(?:'s|’s)?|шанхайск\w* организаци\w* сотрудничества"
    r"|\bsco(?:'s|’s)?\b|\bшос\b|上海合作组织|上海合作組織|上合组织|上合組織",
)


@dataclass(frozen=True)
class Meeting:
    """The meeting at which a document was adopted, as far as the text says."""

    council: str | None = None
    venue: str | None = None
    date: date | None = None


@dataclass(frozen=True)
class DocumentMention:
    """One SCO document reported by an article."""

    name: str
    key: str
    type: str
    status: str
    meeting: Meeting = field(default_factory=Meeting)
    evidence: str = ""


@dataclass(frozen=True)
class _Vocabulary:
    """What the document finder derives once from a gazetteer's data."""

    known: dict[str, str]  # key of an alias -> canonical name


@dataclass
class _Sentence:
    """One sentence with the gazetteer matches that fall inside it."""

    start: int
    end: int
    text: str
    matches: dict[str, list[Match]]
    _tokens: list[re.Match[str]] | None = None
    _indices: dict[str, set[int]] = field(default_factory=dict)

    def of(self, kind: str, ref: str | None = None) -> list[Match]:
        """Matches of one kind (and reference) in this sentence."""
        found = self.matches.get(kind, [])
        return found if ref is None else [m for m in found if m.entry.ref == ref]

    def has(self, kind: str, ref: str | None = None) -> bool:
        """Whether the sentence holds a match of this kind (and reference)."""
        found = self.matches.get(kind, [])
        return bool(found) and (ref is None or any(m.entry.ref == ref for m in found))

    @property
    def tokens(self) -> list[re.Match[str]]:
        """Word and punctuation tokens of the sentence (computed once)."""
        if self._tokens is None:
            self._tokens = list(_TOKENS.finditer(self.text))
        return self._tokens

    def token_index(self, kind: str) -> set[int]:
        """Indices of the tokens where a match of this kind starts (computed once per kind)."""
        if kind not in self._indices:
            starts = {m.start - self.start for m in self.of(kind)}
            self._indices[kind] = {i for i, t in enumerate(self.tokens) if t.start() in starts}
        return self._indices[kind]


# ---- public API ----------------------------------------------------------------------------


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The bundled gazetteer, loaded once per process for callers that pass none."""
    return load_gazetteer()


def find_documents(
    title: str,
    body: str,
    published_at: date | None = None,
    gaz: Gazetteer | None = None,
    analysis: Analysis | None = None,
) -> list[DocumentMention]:
    """The SCO documents an article reports as adopted, signed, approved or planned."""
    gaz = gaz or default_gazetteer()
    analysis = analysis or analyse(gaz, title or "", body or "")
    if not analysis.sco:
        return []
    vocab = _vocabulary(gaz)
    relevant = analysis.relevance >= RELEVANCE_THRESHOLD
    return _find(gaz, vocab, analysis, relevant, published_at)


def tag_and_find(
    gaz: Gazetteer,
    title: str,
    body: str,
    published_at: date | None = None,
    language: str | None = None,
) -> tuple[Tags, list[DocumentMention]]:
    """Tags and documents of one article from a single pass of the gazetteer."""
    analysis = analyse(gaz, title or "", body or "")
    tags = tags_from_analysis(gaz, analysis, language)
    return tags, find_documents(title, body, published_at, gaz, analysis)


@lru_cache(maxsize=16384)
def document_key(name: str) -> str:
    """Normalised lookup key of a document name: same document, same key, across outlets."""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = re.sub(r"[‐‑‒–—―－]", "-", text)
    text = re.sub(r"[«»“”\"《》()（）\[\]]", " ", text)
    text = _SCO_NAMES.sub(" sco ", text)
    text = re.sub(r"\bmous?\b", "memorandum of understanding", text)
    text = re.sub(r"\bmemorand(?:um|a|ums)\b", "memorandum", text)
    text = re.sub(r"\b(?:until|through|till|up to|to|by|through to)\s+(\d{4})\b", r"until \1", text)
    text = re.sub(r"\bfor the period (?:up )?(?:until|to) (\d{4})", r"until \1", text)
    text = re.sub(
        r"\b(?:for )?the implementation of\b|\bimplementing\b|\bimplementation\b",
        " implement ",
        text,
    )
    text = re.sub(r"\bprogrammes?\b|\bprograms\b", "program", text)
    text = re.sub(r"\borganisation", "organization", text)
    text = re.sub(r"\bдо (\d{4}) года", r" until \1 ", text)
    text = re.sub(r"(\d{4})\s*-\s*(\d{4})\s*(?:годы|гг\.?|годов)", r"\1-\2", text)
    text = re.sub(r"至(\d{4})年", r" until \1 ", text)
    text = re.sub(r"(\d{4})\s*-\s*(\d{4})年", r" \1-\2 ", text)
    text = re.sub(r"(\d{4})\s*-\s*(\d{4})", r"\1-\2", text)
    for drop in _ZH_DROP:
        text = text.replace(drop, " ")
    tokens = []
    for token in re.findall(r"\d{4}-\d{4}|[^\W_]+(?:-[^\W_]+)*", text):
        tokens.extend(_key_tokens(token))
    return " ".join(sorted(set(tokens)))


def _key_tokens(token: str) -> list[str]:
    """Normalised key tokens of one raw token."""
    if re.fullmatch(r"\d{4}-\d{4}", token):
        return [token]
    if _CJK.search(token):
        return [token.replace("的", "").replace("关于", "")] if token.strip("的") else []
    if _CYRILLIC.search(token):
        parts = [p for p in token.split("-") if p and p not in _RU_STOPWORDS]
        return [p[:6] for p in parts]
    parts = [p for p in token.split("-") if p]
    out = []
    for part in parts:
        part = re.sub(r"['’]s$", "", part)
        if part in _EN_STOPWORDS:
            continue
        if len(part) > 3 and part.endswith("s") and not part.endswith("ss"):
            part = part[:-1]
        out.append(part)
    return out


# ---- vocabulary ----------------------------------------------------------------------------


def _vocabulary(gaz: Gazetteer) -> _Vocabulary:
    """Derive (once per gazetteer) the finder's lookup tables from the gazetteer's data."""
    cached = _VOCABULARIES.get(id(gaz))
    if cached is not None and cached[0] is gaz:
        return cached[1]
    known: dict[str, str] = {}
    for item in gaz.data.get("known_document", []):
        for alias in [item["name"], *item.get("aliases", [])]:
            known[document_key(alias)] = item["name"]
    vocab = _Vocabulary(known=known)
    _VOCABULARIES[id(gaz)] = (gaz, vocab)
    return vocab


_VOCABULARIES: dict[int, tuple[Gazetteer, _Vocabulary]] = {}


# ---- sentences -----------------------------------------------------------------------------


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of a text (English, Russian and Chinese punctuation; line breaks)."""
    spans = []
    start = 0
    for found in re.finditer(r"\n+|[。！？；]|[.!?](?=[\s\"'”»)]*(?:\s|$))", text):
        end = found.end()
        if found.group().startswith(".") and not _sentence_ends(text, found.start()):
            continue
        if text[start:end].strip():
            spans.append((start, end))
        start = end
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def _sentence_ends(text: str, dot: int) -> bool:
    """Whether the full stop at `dot` ends a sentence (not "Nov. 10", "U.S.", "No. 5")."""
    before = text[max(0, dot - 8) : dot].rsplit(None, 1)[-1:] or [""]
    if before[0].lower().lstrip(".(\"'") in _ABBREVIATIONS:
        return False
    after = text[dot + 1 : dot + 4].lstrip()
    return not after or not (after[0].isdigit() or after[0].islower())


def _split_matches(text: str, matches: list[Match]) -> list[_Sentence]:
    """The sentences of a text, each with the matches that start inside it."""
    spans = sentences(text)
    starts = [s for s, _ in spans]
    out = [_Sentence(s, e, text[s:e], {}) for s, e in spans]
    for m in matches:
        if m.entry.kind not in _FINDER_KINDS:
            continue
        i = bisect_right(starts, m.start) - 1
        if i >= 0:
            out[i].matches.setdefault(m.entry.kind, []).append(m)
    return out


# ---- finding -------------------------------------------------------------------------------


@dataclass
class _Candidate:
    """A document name found in a sentence, before attribution and normalisation."""

    start: int
    end: int
    name: str
    type: str
    venue: str | None = None


def _find(
    gaz: Gazetteer,
    vocab: _Vocabulary,
    analysis: Analysis,
    relevant: bool,
    published_at: date | None,
) -> list[DocumentMention]:
    """Walk the sentences that name a document type and keep the SCO documents with a status."""
    matches = list(analysis.matches)
    matches.extend(
        Match(m.start, m.end, Entry("sco_mention", "sco", False, True, True)) for m in analysis.sco
    )
    parts = _split_matches(analysis.text, matches)
    council = _first_council(gaz, parts)
    found: dict[str, DocumentMention] = {}
    package_status: str | None = None
    last_status: str | None = None
    for part in parts:
        cues = part.of("doc_status")
        if cues and part.has("doc_cue", "package"):
            package_status = cues[-1].entry.ref
        reported = cues or part.has("doc_cue", "package")  # else no candidate gets a status
        if reported and (part.has("doc_type") or "《" in part.text or "关于" in part.text):
            for cand in _candidates(gaz, analysis, part):
                status = _status_for(part, cand)
                if status == "negated":
                    continue
                if status is None and part.has("doc_cue", "package"):
                    status = package_status or last_status
                if status is None or not _is_sco_document(analysis, relevant, cand, part):
                    continue
                _keep(found, _mention(gaz, vocab, cand, status, part, council, published_at))
        if cues:
            last_status = cues[-1].entry.ref
    return list(found.values())


def _keep(found: dict[str, DocumentMention], mention: DocumentMention) -> None:
    """Add a mention, one per key; the more specific status wins (signing implies adoption)."""
    old = found.get(mention.key)
    if old is None:
        found[mention.key] = mention
    elif _STATUS_ORDER.index(mention.status) < _STATUS_ORDER.index(old.status):
        meeting = _merge_meeting(mention.meeting, old.meeting)
        found[mention.key] = DocumentMention(
            old.name, old.key, old.type, mention.status, meeting, mention.evidence
        )


def _merge_meeting(a: Meeting, b: Meeting) -> Meeting:
    """Fill the gaps of one meeting from another."""
    return Meeting(a.council or b.council, a.venue or b.venue, a.date or b.date)


def _status_for(part: _Sentence, cand: _Candidate) -> str | None:
    """A candidate's status from the nearest cue before it (else after it) in its sentence."""
    cues = part.of("doc_status")
    before = [c for c in cues if c.end <= cand.start + 1]
    after = [c for c in cues if c.start >= cand.end - 1]
    negations = [c for c in part.of("doc_cue", "negated") if c.end <= cand.start]
    if negations and (not before or negations[-1].start > before[-1].start - 30):
        return "negated"
    inside = [c for c in cues if cand.start < c.start < cand.end and c.entry.ref == "planned"]
    near_before = part.text[max(0, cand.start - part.start - 12) : cand.start - part.start]
    if inside or _DRAFT_BEFORE.search(near_before):
        return "planned"
    if _DRAFT_AFTER.match(part.text, cand.end - part.start):
        return "planned"
    if before:
        return before[-1].entry.ref
    if after:
        return after[0].entry.ref
    return None


def _candidates(gaz: Gazetteer, analysis: Analysis, part: _Sentence) -> list[_Candidate]:
    """Document names in one sentence, each from a type word and its surroundings."""
    out: list[_Candidate] = []
    for title in _ZH_TITLE.finditer(part.text):
        cand = _chinese_title(part, title)
        if cand:
            out.append(cand)
    for found in _ZH_ABOUT.finditer(part.text):
        start = part.start + found.start()
        if any(c.start <= start < c.end for c in out):
            continue
        kind = "declaration" if found.group(1) == "宣言" else "joint_statement"
        out.append(_Candidate(start, part.start + found.end(), found.group(), kind))
    covered_until = -1
    orgs = part.of("organisation")
    for head in part.of("doc_type"):
        if head.start < covered_until or any(c.start <= head.start < c.end for c in out):
            continue
        if any(m.start <= head.start < m.end for m in orgs):
            continue  # "Collective Security Treaty Organization" is not a treaty
        found_here = _candidate_at(gaz, part, head)
        if found_here:
            out.extend(found_here)
            covered_until = max(c.end for c in found_here)
    return out


def _chinese_title(part: _Sentence, title: re.Match[str]) -> _Candidate | None:
    """A document named in 《》, typed by the last type word of its title."""
    start, end = part.start + title.start(), part.start + title.end()
    heads = [h for h in part.of("doc_type") if start < h.start < end]
    if not heads:
        return None
    kind = heads[-1].entry.ref
    if kind == "declaration":
        venue = _venue_near(part, heads[-1], start, end)
        if venue:
            return _Candidate(start, end, f"{venue.entry.ref} Declaration", kind, venue.entry.ref)
    return _Candidate(start, end, title.group(1).strip(), kind)


def _candidate_at(gaz: Gazetteer, part: _Sentence, head: Match) -> list[_Candidate]:
    """The documents a type word names: by venue, as memoranda, or by a written title."""
    kind = head.entry.ref
    first = part.text[head.start - part.start]
    if kind == "memorandum":
        return _memoranda(gaz, part, head)
    if kind == "declaration":
        venue = _venue_near(part, head, part.start, part.end)
        if venue:
            start = min(venue.start, head.start)
            end = max(venue.end, part.start + _title_right(part.text, head.end - part.start))
            return [_Candidate(start, end, f"{venue.entry.ref} Declaration", kind, venue.entry.ref)]
    if first.islower() and not _YEAR.search(
        part.text, head.end - part.start, head.end - part.start + 160
    ):
        # an untitled name needs its period ("plan for 2021-2025"); skip the common generic word
        previous = part.text[max(0, head.start - part.start - 30) : head.start - part.start].split()
        if not previous or not previous[-1][:1].isupper():
            return []
    if "\u0400" <= first <= "\u04ff":
        cand = _russian_name(part, head, kind)
    elif first.isascii() or "\u00c0" <= first <= "\u024f":
        cand = _latin_name(part, head, kind)
    else:
        cand = None  # Chinese names come from 《》 and 关于…的 titles; others by venue only
    return [cand] if cand else []


def _venue_near(part: _Sentence, head: Match, lo: int, hi: int) -> Match | None:
    """The venue named right before or after a declaration word, within [lo, hi)."""
    best: tuple[int, Match] | None = None
    for venue in part.of("venue"):
        if not (lo <= venue.start and venue.end <= hi):
            continue
        if venue.end <= head.start:
            gap = part.text[venue.end - part.start : head.start - part.start]
        elif venue.start >= head.end:
            gap = part.text[head.end - part.start : venue.start - part.start]
        else:
            continue
        if len(gap) <= 40 and _venue_gap(gap) and (best is None or len(gap) < best[0]):
            best = (len(gap), venue)
    return best[1] if best else None


def _venue_gap(gap: str) -> bool:
    """Whether the words between a venue and a declaration word still make one name."""
    words = re.findall(r"[^\W\d_]+", gap)
    if "," in gap or "." in gap or len(words) > 2:
        return False
    joining = {"of", "de", "the", "la", "leaders", "ii", "summit"}
    return all(w.lower() in joining or _CJK.search(w) for w in words)


def _title_right(sentence: str, end: int) -> int:
    """End of a declaration's qualifying tail ("of the Council of Heads of State ...")."""
    tokens = list(re.finditer(r"[\w'’-]+|[^\w\s]", sentence[end:]))
    stop = end
    for i, tok in enumerate(tokens):
        word = tok.group()
        if word[:1].isupper() or (
            word in {"of", "on", "the"}
            and i + 1 < len(tokens)
            and tokens[i + 1].group()[:1].isupper()
        ):
            stop = end + tok.end()
            continue
        break
    return stop


# -- Latin-script names


def _is_cap(word: str) -> bool:
    """A capitalised word, an acronym or a year (range) inside a title."""
    return bool(word) and (word[0].isupper() or bool(_PERIOD.fullmatch(word)))


def _is_period(word: str) -> bool:
    """A year or year range, the period that identifies a plan or programme."""
    return bool(_PERIOD.fullmatch(word))


def _head_tokens(part: _Sentence, head: Match) -> tuple[int, int] | None:
    """Indices of the first and last token of a type word."""
    tokens = part.tokens
    rel_start, rel_end = head.start - part.start, head.end - part.start
    first = next((i for i, t in enumerate(tokens) if t.end() > rel_start), None)
    last = next((i for i, t in enumerate(tokens) if t.end() >= rel_end), None)
    return (first, last) if first is not None and last is not None else None


def _latin_name(part: _Sentence, head: Match, kind: str) -> _Candidate | None:
    """A document title around an English (or other Latin-script) type word."""
    span = _head_tokens(part, head)
    if span is None:
        return None
    first, last = span
    tokens = part.tokens
    words = [t.group() for t in tokens]
    heads_at = part.token_index("doc_type")
    titled = words[first][:1].isupper() and not (
        first == 0 and words[first].lower() in {"plans", "plan", "decision", "statement"}
    )
    if titled:
        left = first
        while (
            left > 0
            and _is_cap(words[left - 1])
            and not (left - 1 == 0 and words[0].lower() in {"the", "a", "an", "this", "its"})
        ):
            left -= 1
        right = _title_run(words, last, heads_at, part.token_index("venue"))
        if right == last and left == first:
            return None  # a bare "Declaration" is not a name
    else:
        status_at = part.token_index("doc_status")
        left = first
        while (
            left > 0
            and first - left < 3
            and _LOWER_WORD.fullmatch(words[left - 1])
            and words[left - 1] not in _LEFT_STOP
            and left - 1 not in status_at
        ):
            left -= 1
        right_end = _lower_run(words, last, heads_at)
        if right_end is None:
            return None
        right = right_end
    text = part.text
    name = text[tokens[left].start() : tokens[right].end()]
    if not titled:
        # an untitled plan is displayed like a title: "Action Plan for 2021-2025 ..."
        head_words = " ".join(w[:1].upper() + w[1:] for w in words[left : last + 1])
        name = head_words + text[tokens[last].end() : tokens[right].end()]
    name = re.sub(r"\s+", " ", name).strip(" ,;:")
    start, end = part.start + tokens[left].start(), part.start + tokens[right].end()
    return _Candidate(start, end, name[:1].upper() + name[1:], kind)


def _title_run(words: list[str], last: int, heads_at: set[int], venues_at: set[int]) -> int:
    """Index of the last token of a capitalised title that continues after its type word."""
    right = last
    i = last + 1
    while i < len(words):
        word = words[i]
        low = word.lower()
        if (
            low in {"in", "on", "at", "during"}
            and i + 1 < len(words)
            and (words[i + 1].lower() in _WHEN_WORDS or i + 1 in venues_at)
        ):
            break  # "... until 2035 on Thursday", "... in Astana": the report, not the title
        if word == "," and _list_continues(words, i):
            i += 1
            continue
        if low == "and" and _new_item_follows(words, i, heads_at):
            break
        if _is_cap(word):
            right = i
        elif low not in _LATIN_LINK:
            break
        i += 1
    return right


def _list_continues(words: list[str], comma: int) -> bool:
    """Whether a comma separates items of a list inside a title (", Friendship and Cooperation")."""
    j = comma + 1
    while j < len(words) and words[j] not in {",", ".", ";"}:
        if words[j].lower() == "and":
            return j + 1 < len(words) and words[j + 1][:1].isalnum()
        if not _WORD.fullmatch(words[j]):
            return False
        j += 1
    return False


def _new_item_follows(words: list[str], at: int, heads_at: set[int]) -> bool:
    """Whether the words after "and" start a new document rather than continue the title."""
    nxt = words[at + 1].lower() if at + 1 < len(words) else ""
    if nxt in {"the", "a", "an", "its", "their", "two", "approved", "adopted", "signed"}:
        return True
    j = at + 1
    while j < len(words) and (_is_cap(words[j]) or words[j].lower() in _LATIN_LINK):
        if j > at + 1 and words[j].lower() == "and":
            break  # the next item's own "and"
        if j in heads_at:
            return True
        j += 1
    return False


def _lower_run(words: list[str], last: int, heads_at: set[int]) -> int | None:
    """End of an untitled plan or programme identified by its period ("plan for 2021-2025 ...")."""
    i = last + 1
    period_at = None
    while i < len(words) and i - last <= 22:
        word = words[i]
        if _is_period(word):
            period_at = i
            i += 1
            break
        if word == "," and _list_continues(words, i):
            i += 1
            continue
        if not _WORD.fullmatch(word) or word.lower() in _CLAUSE_STOP or i in heads_at:
            return None
        i += 1
    if period_at is None:
        return None
    right = period_at
    if i < len(words) and words[i].lower() in {"to", "for", "on", "of", "in", "implementing"}:
        while i < len(words):
            word = words[i]
            if word == "," and _list_continues(words, i):
                i += 1
                continue
            if not _WORD.fullmatch(word) or word.lower() in _CLAUSE_STOP:
                break
            if word.lower() == "and" and _new_item_follows(words, i, heads_at):
                break
            right = i
            i += 1
        while right > period_at and words[right].lower() in _LATIN_LINK:
            right -= 1
    return right


# -- Cyrillic names


def _russian_name(part: _Sentence, head: Match, kind: str) -> _Candidate | None:
    """A Russian document title: adjectives, the type word, and its genitive tail."""
    span = _head_tokens(part, head)
    if span is None:
        return None
    first, last = span
    tokens = part.tokens
    words = [t.group() for t in tokens]
    heads_at = part.token_index("doc_type")
    left = first
    while (
        left > 0
        and first - left < 2
        and words[left - 1].lower().endswith(_RU_ADJ_ENDINGS)
        and _RU_WORD.fullmatch(words[left - 1])
        and words[left - 1].lower() not in {"новый", "новую", "новой", "этот", "эту", "свою"}
    ):
        left -= 1
    titled = words[left][:1].isupper() and left > 0
    right = last
    period = False
    i = last + 1
    while i < len(words) and i - last <= 25:
        word = words[i]
        low = word.lower()
        if word == "," and _ru_list_continues(words, i):
            i += 1
            continue
        if word == "-" and i + 1 < len(words) and words[i + 1].lower().startswith("член"):
            i += 1
            continue
        if not (_WORD.fullmatch(word) or _is_period(word)) or low in _RU_CLAUSE_STOP:
            break
        if low == "и" and _ru_new_item(words, i, heads_at):
            break
        if _RU_PAST.fullmatch(low) and len(low) > 4:
            break
        period = period or _is_period(word)
        right = i
        i += 1
    while right > last and words[right].lower() in {"и", "в", "на", "по", "о", "с", "до"}:
        right -= 1
    if not (titled or period):
        return None
    text = part.text
    name = (
        _russian_nominative(words[left : last + 1]) + text[tokens[last].end() : tokens[right].end()]
    )
    name = re.sub(r"\s+", " ", name).strip()
    start, end = part.start + tokens[left].start(), part.start + tokens[right].end()
    return _Candidate(start, end, name[:1].upper() + name[1:], kind)


def _ru_list_continues(words: list[str], comma: int) -> bool:
    """Whether a comma separates items inside a Russian title ("добрососедстве, дружбе и ...")."""
    j = comma + 1
    while j < len(words) and j - comma < 5:
        if words[j].lower() == "и":
            return True
        if not _RU_LOWER.fullmatch(words[j]):
            return False
        j += 1
    return False


def _ru_new_item(words: list[str], at: int, heads_at: set[int]) -> bool:
    """Whether the words after "и" start a new item (a verb, a type word, a capitalised name)."""
    nxt = words[at + 1] if at + 1 < len(words) else ""
    return nxt[:1].isupper() or bool(_RU_PAST.fullmatch(nxt.lower())) or (at + 1) in heads_at


def _russian_nominative(words: list[str]) -> str:
    """Adjectives and type word of a Russian title put into the nominative."""
    head = words[-1]
    gender = "m"
    nominative = head
    for pattern, word, g in _RU_HEAD_NOMINATIVE:
        if re.fullmatch(pattern, head.lower()):
            nominative, gender = word, g
            break
    out = []
    for adj in words[:-1]:
        low = adj.lower()
        for ending in sorted(_RU_ADJ_ENDINGS, key=len, reverse=True):
            if low.endswith(ending):
                adj = adj[: len(adj) - len(ending)] + _RU_ADJ_NOMINATIVE[gender]
                break
        out.append(adj)
    out.append(nominative)
    return " ".join(out)


# -- memoranda


_MEMORANDUM_PARTIES = ("secretariat", "business_council", "interbank_consortium", "rats")


def _memoranda(gaz: Gazetteer, part: _Sentence, head: Match) -> list[_Candidate]:
    """One memorandum per organisation an SCO body signs it with, in this sentence."""
    orgs = part.of("organisation")
    specific = any(m.entry.ref != "un" for m in orgs)
    counterparts: list[str] = []
    for m in orgs:
        if m.entry.ref == "un" and specific:
            continue  # "the UN" qualifies ESCAP, UNESCO, the WFP ... rather than signing itself
        if m.entry.ref not in counterparts:
            counterparts.append(m.entry.ref)
    if not counterparts:
        return []
    party = _memorandum_party(gaz, part)
    end = max([head.end] + [m.end for m in orgs])
    return [
        _Candidate(head.start, end, _memorandum_name(party, gaz.organisations[ref]), "memorandum")
        for ref in counterparts
    ]


def _memorandum_party(gaz: Gazetteer, part: _Sentence) -> str:
    """The SCO side of a memorandum: the SCO body the sentence names, else the Secretariat."""
    for m in part.of("body"):
        if m.entry.ref in _MEMORANDUM_PARTIES and m.entry.ref in gaz.bodies:
            return gaz.bodies[m.entry.ref].name.replace(" (RATS)", "")
    if re.search(r"secretariat|секретариат|秘书处", part.text, re.IGNORECASE):
        return "SCO Secretariat"
    return "SCO"


def _memorandum_name(party: str, counterpart: str) -> str:
    """Normalised name of a memorandum between an SCO body and another organisation."""
    return f"Memorandum of Understanding between the {party} and {counterpart}"


# ---- attribution ---------------------------------------------------------------------------


def _is_sco_document(analysis: Analysis, relevant: bool, cand: _Candidate, part: _Sentence) -> bool:
    """Whether the article attributes a document to the SCO, not to another body or a pair."""
    sco_here = part.of("sco_mention")
    sco_in_name = any(cand.start <= m.start < cand.end for m in sco_here)
    if cand.type == "memorandum":
        return bool(sco_here) or relevant
    rivals = [m for m in part.of("organisation") if m.entry.ref != "un"]
    if any(cand.start <= m.start < cand.end for m in rivals):
        return False  # "BRICS Declaration", "CSTO Charter"
    if part.has("doc_cue", "bilateral") and not sco_in_name:
        return False
    if sco_in_name:
        return True
    if sco_here:
        near_rival = any(cand.start - 3 <= m.start < cand.end + 40 for m in rivals)
        return not near_rival or any(cand.end <= m.start < cand.end + 40 for m in sco_here)
    if rivals or not relevant:
        return False
    rival_starts = [m.start for m in _rivals(analysis) if m.start < cand.start]
    sco_starts = [m.start for m in analysis.sco if m.start < cand.start]
    return not rival_starts or (bool(sco_starts) and max(sco_starts) > max(rival_starts))


def _rivals(analysis: Analysis) -> list[Match]:
    """Mentions of other organisations (not the UN, which qualifies rather than competes)."""
    return [m for m in analysis.matches if m.entry.kind == "organisation" and m.entry.ref != "un"]


# ---- normalising and the meeting -----------------------------------------------------------


def _mention(
    gaz: Gazetteer,
    vocab: _Vocabulary,
    cand: _Candidate,
    status: str,
    part: _Sentence,
    council: tuple[str, _Sentence] | None,
    published_at: date | None,
) -> DocumentMention:
    """The normalised mention of a candidate, with its meeting."""
    name = _normalise_name(vocab, cand.name)
    meeting = _meeting(gaz, part, cand, council, published_at)
    return DocumentMention(name, document_key(name), cand.type, status, meeting, part.text.strip())


def _normalise_name(vocab: _Vocabulary, name: str) -> str:
    """A document's display name: a known document's canonical name, else the cleaned title."""
    name = re.sub(r"^(?:the|a|an|draft)\s+", "", name.strip(), flags=re.IGNORECASE)
    name = re.sub(r"\s+", " ", name).strip(" ,.;:")
    known = vocab.known.get(document_key(name))
    if known:
        return known
    return name[:1].upper() + name[1:]


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
