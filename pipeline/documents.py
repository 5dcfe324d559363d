"""Find the SCO documents an article reports as adopted, signed, approved or planned.

Each document gets a normalised name and lookup key (so five outlets' reports are one document),
a type, a status, the meeting that adopted it when the text says so, and its evidence sentence.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from pipeline.tagging import (
    RELEVANCE_THRESHOLD,
    Analysis,
    Gazetteer,
    Match,
    Tags,
    analyse,
    expand_phrase,
    load_gazetteer,
    tags_from_analysis,
)

_STATUS_ORDER = ("signed", "approved", "adopted", "planned")
_LATIN_LINK = {
    "of", "on", "for", "to", "in", "and", "the", "between", "until", "through", "till", "up",
    "with", "against", "at", "by", "within", "from", "into", "implement", "implementing",
    "implementation", "'s", "’s", "-", "–", "—", "a",
}
_LEFT_STOP = {
    "a", "an", "the", "new", "draft", "its", "their", "his", "her", "this", "that", "these",
    "those", "two", "three", "several", "all", "other", "signed", "adopted", "approved", "and",
    "or", "of", "on", "to", "also", "both",
}
_CLAUSE_STOP = {
    "that", "which", "who", "whom", "whose", "where", "while", "when", "as", "after", "before",
    "because", "since", "including", "among", "said", "says", "were", "was", "is", "are", "will",
    "would", "has", "have", "had", "but", "so", "whereas",
}
_RU_CLAUSE_STOP = {
    "а", "также", "который", "которая", "которую", "которые", "которое", "что", "чтобы", "где",
    "когда", "сообщил", "заявил", "отметил",
}
_ABBREVIATIONS = {
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mr",
    "mrs", "ms", "dr", "st", "gen", "no", "vs", "u.s", "u.k", "u.n", "e.g", "i.e", "jr", "prof",
}
_MONTHS_EN = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}
_MONTHS_RU = {
    m: i + 1
    for i, m in enumerate(
        [
            "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
            "сентября", "октября", "ноября", "декабря",
        ]
    )
}
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
    (r"дорожн\w*", "дорожная", "f"),
    (r"карт\w*", "карта", "f"),
]
_RU_ADJ_ENDINGS = ("ого", "ому", "ыми", "ую", "ой", "ая", "ым", "ом", "ые", "ых", "ое", "ый", "ий", "ей")
_RU_ADJ_NOMINATIVE = {"m": "ый", "f": "ая", "n": "ое"}

_EN_STOPWORDS = {
    "the", "of", "on", "for", "to", "in", "and", "a", "an", "between", "its", "with", "at", "by",
    "sco", "member", "members", "states", "state", "countries", "s", "organization", "organisation",
    "from", "within",
}
_RU_STOPWORDS = {
    "и", "в", "на", "по", "о", "об", "с", "со", "до", "для", "года", "годы", "год", "между",
    "государств", "государства", "государств-членов", "членов", "член", "шос", "гг",
}
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
    """Compiled document vocabulary of one gazetteer."""

    heads: re.Pattern[str]
    types: tuple[tuple[re.Pattern[str], str], ...]
    status: tuple[tuple[re.Pattern[str], str], ...]
    negated: re.Pattern[str]
    bilateral: re.Pattern[str]
    package: re.Pattern[str]
    video: re.Pattern[str]
    venues: tuple[tuple[re.Pattern[str], str], ...]
    known: dict[str, str]  # key of an alias -> canonical name


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


def document_key(name: str) -> str:
    """Normalised lookup key of a document name: same document, same key, across outlets."""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = re.sub(r"[‐‑‒–—―－]", "-", text)
    text = re.sub(r"[«»“”\"《》()（）\[\]]", " ", text)
    text = _SCO_NAMES.sub(" sco ", text)
    text = re.sub(r"\b(?:memorand(?:um|a|ums)|mous?)\b", "memorandum", text)
    text = re.sub(r"\b(?:until|through|till|up to|to|by|through to)\s+(\d{4})\b", r"until \1", text)
    text = re.sub(r"\bfor the period (?:up )?(?:until|to) (\d{4})", r"until \1", text)
    text = re.sub(r"\b(?:for )?the implementation of\b|\bimplementing\b|\bimplementation\b",
                  " implement ", text)
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
    if re.search(r"[\u3400-\u9fff]", token):
        return [token.replace("的", "").replace("关于", "")] if token.strip("的") else []
    if re.search(r"[а-яё]", token):
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
    """Compile (once per gazetteer) the document vocabulary from its data."""
    cached = _VOCABULARIES.get(id(gaz))
    if cached is not None and cached[0] is gaz:
        return cached[1]
    vocab = _compile_vocabulary(gaz)
    _VOCABULARIES[id(gaz)] = (gaz, vocab)
    return vocab


_VOCABULARIES: dict[int, tuple[Gazetteer, _Vocabulary]] = {}


def _bounded(pattern: str) -> str:
    """A phrase pattern anchored at word boundaries unless it is written in Chinese."""
    if re.search(r"[\u3400-\u9fff]", pattern):
        return pattern
    return r"(?<![^\W_])" + pattern + r"(?![^\W_])"


def _compile_vocabulary(gaz: Gazetteer) -> _Vocabulary:
    """Build the regular expressions of the document vocabulary."""
    data: dict[str, Any] = dict(gaz.data)
    types_data: dict[str, list[str]] = data.get("document_types", {})
    status_data: dict[str, list[str]] = data.get("document_status", {})
    typed = [(p, t) for t, patterns in types_data.items() for p in patterns]
    typed.sort(key=lambda pt: -len(pt[0]))
    heads = re.compile("|".join(_bounded(p) for p, _ in typed), re.IGNORECASE)
    types = tuple((re.compile(_bounded(p), re.IGNORECASE), t) for p, t in typed)
    status = tuple(
        (re.compile("|".join(_bounded(p) for p in sorted(status_data.get(s, []), key=len,
                                                           reverse=True)), re.IGNORECASE), s)
        for s in _STATUS_ORDER
        if status_data.get(s)
    )

    def alternation(name: str) -> re.Pattern[str]:
        patterns = sorted(status_data.get(name, []), key=len, reverse=True) or ["(?!x)x"]
        return re.compile("|".join(_bounded(p) for p in patterns), re.IGNORECASE)

    venues = []
    for name, phrases in gaz.venues:
        variants = [v for phrase in phrases for v in expand_phrase(phrase)]
        parts = [
            re.escape(v[:-1]) + r"\w*" if v.endswith("*") else re.escape(v) for v in variants
        ]
        venues.append((re.compile("|".join(_bounded(p) for p in parts), re.IGNORECASE), name))
    known: dict[str, str] = {}
    for item in data.get("known_document", []):
        for alias in [item["name"], *item.get("aliases", [])]:
            known[document_key(alias)] = item["name"]
    return _Vocabulary(
        heads=heads,
        types=types,
        status=status,
        negated=alternation("negated"),
        bilateral=alternation("bilateral"),
        package=alternation("package"),
        video=alternation("video"),
        venues=tuple(venues),
        known=known,
    )


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
    before = re.search(r"([\w.]+)$", text[max(0, dot - 8) : dot])
    if before and before.group(1).lower().lstrip(".") in _ABBREVIATIONS:
        return False
    after = text[dot + 1 : dot + 4].lstrip()
    return not after or not (after[0].isdigit() or after[0].islower())


# ---- finding -------------------------------------------------------------------------------


@dataclass
class _Candidate:
    """A document name found in a sentence, before attribution and normalisation."""

    start: int
    end: int
    name: str
    type: str
    venue: str | None = None
    memorandum_counterparts: list[str] = field(default_factory=list)
    party: str | None = None


def _find(
    gaz: Gazetteer,
    vocab: _Vocabulary,
    analysis: Analysis,
    relevant: bool,
    published_at: date | None,
) -> list[DocumentMention]:
    """Walk the sentences that name a document type and keep the SCO documents with a status."""
    text = analysis.text
    spans = sentences(text)
    org_matches = [m for m in analysis.matches if m.entry.kind == "organisation"]
    body_matches = [m for m in analysis.matches if m.entry.kind == "body"]
    council = _first_council(gaz, body_matches, spans)
    found: dict[str, DocumentMention] = {}
    package_status: str | None = None
    last_status: str | None = None
    for s_start, s_end in spans:
        sentence = text[s_start:s_end]
        cues = _status_cues(vocab, sentence)
        if cues and vocab.package.search(sentence):
            package_status = cues[-1][2]
        if not vocab.heads.search(sentence):
            if cues:
                last_status = cues[-1][2]
            continue
        for cand in _candidates(gaz, vocab, analysis, sentence, s_start, org_matches, body_matches):
            status = _status_for(vocab, sentence, cand, cues, s_start)
            if status == "negated":
                continue
            if status is None and vocab.package.search(sentence):
                status = package_status or last_status
            if status is None:
                continue
            if not _is_sco_document(vocab, analysis, relevant, cand, s_start, s_end, org_matches):
                continue
            for mention in _mentions(gaz, vocab, analysis, cand, status, (s_start, s_end),
                                     council, body_matches, published_at):
                _keep(found, mention)
        if cues:
            last_status = cues[-1][2]
    return list(found.values())


def _keep(found: dict[str, DocumentMention], mention: DocumentMention) -> None:
    """Add a mention, one per key; the more specific status wins (signing implies adoption)."""
    old = found.get(mention.key)
    if old is None:
        found[mention.key] = mention
    elif _STATUS_ORDER.index(mention.status) < _STATUS_ORDER.index(old.status):
        found[mention.key] = DocumentMention(
            old.name, old.key, old.type, mention.status,
            _merge_meeting(mention.meeting, old.meeting), mention.evidence,
        )


def _merge_meeting(a: Meeting, b: Meeting) -> Meeting:
    """Fill the gaps of one meeting from another."""
    return Meeting(a.council or b.council, a.venue or b.venue, a.date or b.date)


def _status_cues(vocab: _Vocabulary, sentence: str) -> list[tuple[int, int, str]]:
    """Status cues of a sentence as (start, end, status), longest first where they overlap."""
    cues = []
    for pattern, status in vocab.status:
        cues.extend((m.start(), m.end(), status) for m in pattern.finditer(sentence))
    cues.sort(key=lambda c: (c[0], c[0] - c[1]))
    out: list[tuple[int, int, str]] = []
    for cue in cues:
        if out and cue[0] < out[-1][1]:
            continue
        out.append(cue)
    return out


def _status_for(
    vocab: _Vocabulary,
    sentence: str,
    cand: _Candidate,
    cues: list[tuple[int, int, str]],
    offset: int,
) -> str | None:
    """A candidate's status from the nearest cue before it (else after it) in its sentence."""
    start, end = cand.start - offset, cand.end - offset
    negation = vocab.negated.search(sentence[:start])
    before = [c for c in cues if c[1] <= start + 1]
    after = [c for c in cues if c[0] >= end - 1]
    inside = [c for c in cues if start < c[0] < end and c[2] == "planned"]
    if negation and (not before or negation.start() > before[-1][0] - 30):
        return "negated"
    near_before = sentence[max(0, start - 12) : start]
    if inside or re.search(r"(?:draft|проект\w*)\W*$", near_before, re.IGNORECASE):
        return "planned"
    if re.match(r"\W{0,2}(?:草案|draft)", sentence[end : end + 8]):
        return "planned"
    if before:
        return before[-1][2]
    if after:
        return after[0][2]
    return None


def _candidates(
    gaz: Gazetteer,
    vocab: _Vocabulary,
    analysis: Analysis,
    sentence: str,
    offset: int,
    org_matches: list[Match],
    body_matches: list[Match],
) -> list[_Candidate]:
    """Document names in one sentence, each from a type word and its surroundings."""
    out: list[_Candidate] = []
    covered_until = -1
    for title in re.finditer(r"《([^《》]{2,80})》", sentence):
        cand = _chinese_title(vocab, title, offset)
        if cand:
            out.append(cand)
    for found in re.finditer(
        r"关于[^，。；《》]{1,60}?的(?:联合)?(声明|宣言|聲明)", sentence
    ):
        if any(c.start <= offset + found.start() < c.end for c in out):
            continue
        kind = "declaration" if found.group(1) == "宣言" else "joint_statement"
        out.append(_Candidate(offset + found.start(), offset + found.end(), found.group(), kind))
    for head in vocab.heads.finditer(sentence):
        h_start, h_end = offset + head.start(), offset + head.end()
        if h_start < covered_until or any(c.start <= h_start < c.end for c in out):
            continue
        if any(m.start <= h_start < m.end for m in org_matches):
            continue
        kind = _type_of(vocab, head.group())
        cand = _candidate_at(gaz, vocab, analysis, sentence, offset, head, kind,
                             org_matches, body_matches)
        if cand is None:
            continue
        if isinstance(cand, list):
            out.extend(cand)
            covered_until = max(c.end for c in cand) if cand else covered_until
        else:
            out.append(cand)
            covered_until = cand.end
    return out


def _type_of(vocab: _Vocabulary, head: str) -> str:
    """The document type a type word names."""
    for pattern, kind in vocab.types:
        if pattern.fullmatch(head):
            return kind
    return "agreement"


def _chinese_title(vocab: _Vocabulary, title: re.Match[str], offset: int) -> _Candidate | None:
    """A document named in 《》, typed by the last type word of its title."""
    inner = title.group(1)
    heads = list(vocab.heads.finditer(inner))
    if not heads:
        return None
    kind = _type_of(vocab, heads[-1].group())
    start, end = offset + title.start(), offset + title.end()
    if kind == "declaration":
        venue = _venue_near(vocab, inner, heads[-1].start(), heads[-1].end())
        if venue:
            return _Candidate(start, end, f"{venue[0]} Declaration", kind, venue=venue[0])
    return _Candidate(start, end, inner.strip(), kind)


def _candidate_at(
    gaz: Gazetteer,
    vocab: _Vocabulary,
    analysis: Analysis,
    sentence: str,
    offset: int,
    head: re.Match[str],
    kind: str,
    org_matches: list[Match],
    body_matches: list[Match],
) -> _Candidate | list[_Candidate] | None:
    """The document a type word names: by venue, as a memorandum, or by its written title."""
    if kind == "memorandum":
        return _memoranda(gaz, analysis, sentence, offset, head, org_matches, body_matches)
    if kind == "declaration":
        venue = _venue_near(vocab, sentence, head.start(), head.end())
        if venue:
            v_name, v_start, v_end = venue
            start = offset + min(v_start, head.start())
            end = offset + max(v_end, head.end())
            end = max(end, offset + _title_right(sentence, head.end()))
            return _Candidate(start, end, f"{v_name} Declaration", kind, venue=v_name)
    word = head.group()
    if re.search(r"[\u3400-\u9fff]", word):
        return None  # Chinese names are found from 《》 and 关于…的 titles above
    if re.search(r"[а-яё]", word, re.IGNORECASE):
        return _russian_name(sentence, offset, head, kind)
    if re.search(r"[a-z]", word, re.IGNORECASE):
        return _latin_name(vocab, sentence, offset, head, kind)
    return None


def _venue_near(
    vocab: _Vocabulary, sentence: str, start: int, end: int
) -> tuple[str, int, int] | None:
    """The venue named right before or after a declaration word, if any."""
    best: tuple[int, str, int, int] | None = None
    for pattern, name in vocab.venues:
        for found in pattern.finditer(sentence, max(0, start - 40), min(len(sentence), end + 40)):
            if found.end() <= start:
                gap = sentence[found.end() : start]
            elif found.start() >= end:
                gap = sentence[end : found.start()]
            else:
                continue
            if not _venue_gap(gap):
                continue
            distance = len(gap)
            if best is None or distance < best[0]:
                best = (distance, name, found.start(), found.end())
    return (best[1], best[2], best[3]) if best else None


def _venue_gap(gap: str) -> bool:
    """Whether the words between a venue and a declaration word still make one name."""
    words = re.findall(r"[^\W\d_]+", gap)
    if "," in gap or "." in gap or len(words) > 2:
        return False
    joining = {"of", "de", "the", "la", "leaders", "leaders'", "ii", "summit", "上海合作组织成员国元首理事会"}
    return all(w.lower() in joining or re.search(r"[\u3400-\u9fff]", w) for w in words)


def _title_right(sentence: str, end: int) -> int:
    """End of a title's qualifying tail ("of the Council of Heads of State ...")."""
    tokens = list(re.finditer(r"[\w'’-]+|[^\w\s]", sentence[end:]))
    stop = end
    for i, tok in enumerate(tokens):
        word = tok.group()
        if word in {"of", "on", "the"} or word[:1].isupper():
            if word[:1].isupper() or (i + 1 < len(tokens) and tokens[i + 1].group()[:1].isupper()):
                stop = end + tok.end()
                continue
        break
    return stop


# -- Latin-script names


def _latin_tokens(sentence: str) -> list[re.Match[str]]:
    """Word and punctuation tokens of a sentence in a Latin or Cyrillic script."""
    return list(re.finditer(r"\d{4}\s*[-–—]\s*\d{2,4}|[\w'’.-]*\w[\w'’-]*|[^\w\s]", sentence))


def _is_cap(word: str) -> bool:
    """A capitalised word, an acronym or a year (range) inside a title."""
    return bool(word) and (word[0].isupper() or bool(re.fullmatch(r"\d{4}(?:\s*[-–—]\s*\d{2,4})?", word)))


def _is_period(word: str) -> bool:
    """A year or year range, the period that identifies a plan or programme."""
    return bool(re.fullmatch(r"\d{4}(?:\s*[-–—]\s*\d{2,4})?", word))


def _latin_name(
    vocab: _Vocabulary, sentence: str, offset: int, head: re.Match[str], kind: str
) -> _Candidate | None:
    """A document title around an English (or other Latin-script) type word."""
    tokens = _latin_tokens(sentence)
    first = next((i for i, t in enumerate(tokens) if t.end() > head.start()), None)
    last = next((i for i, t in enumerate(tokens) if t.end() >= head.end()), None)
    if first is None or last is None:
        return None
    titled = tokens[first].group()[:1].isupper() and not (
        first == 0 and tokens[first].group().lower() in {"plans", "plan", "decision", "statement"}
    )
    words = [t.group() for t in tokens]
    if titled:
        left = first
        while left > 0 and _is_cap(words[left - 1]) and not (
            left - 1 == 0 and words[0].lower() in {"the", "a", "an", "this", "its"}
        ):
            left -= 1
        right = _title_run(vocab, words, last)
        if right == last and left == first:
            return None  # a bare "Declaration" is not a name
    else:
        left = first
        while (
            left > 0
            and first - left < 3
            and re.fullmatch(r"[a-z][a-z-]+", words[left - 1])
            and words[left - 1] not in _LEFT_STOP
            and not _is_status_word(vocab, words[left - 1])
        ):
            left -= 1
        found = _lower_run(vocab, words, last)
        if found is None:
            return None
        right = found
    name = _join(sentence, tokens, left, right)
    if not titled:
        # an untitled plan is displayed like a title: "Action Plan for 2021-2025 ..."
        head_words = " ".join(w[:1].upper() + w[1:] for w in words[left : last + 1])
        name = head_words + sentence[tokens[last].end() : tokens[right].end()]
    return _Candidate(offset + tokens[left].start(), offset + tokens[right].end(), name, kind)


def _is_status_word(vocab: _Vocabulary, word: str) -> bool:
    """Whether a word is itself a status cue ("approved", "signed")."""
    return any(p.fullmatch(word) for p, _ in vocab.status)


def _title_run(vocab: _Vocabulary, words: list[str], last: int) -> int:
    """Index of the last token of a capitalised title that continues after its type word."""
    right = last
    i = last + 1
    while i < len(words):
        word = words[i]
        low = word.lower()
        if word == "," and _list_continues(words, i):
            i += 1
            continue
        if low == "and" and _new_item_follows(vocab, words, i):
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
        if not re.fullmatch(r"[\w'’-]+", words[j]):
            return False
        j += 1
    return False


def _new_item_follows(vocab: _Vocabulary, words: list[str], at: int) -> bool:
    """Whether the words after "and" start a new document rather than continue the title."""
    nxt = words[at + 1].lower() if at + 1 < len(words) else ""
    if nxt in {"the", "a", "an", "its", "their", "two", "approved", "adopted", "signed"}:
        return True
    j = at + 1
    while j < len(words) and (_is_cap(words[j]) or words[j].lower() in _LATIN_LINK):
        if j > at + 1 and words[j].lower() == "and":
            break  # the next item's own "and"
        if vocab.heads.fullmatch(words[j]):
            return True
        j += 1
    return False


def _lower_run(vocab: _Vocabulary, words: list[str], last: int) -> int | None:
    """End of an untitled plan or programme identified by its period ("plan for 2021-2025 ...")."""
    i = last + 1
    period_at = None
    while i < len(words) and i - last <= 22:
        word = words[i]
        low = word.lower()
        if _is_period(word):
            period_at = i
            i += 1
            break
        if word == "," and _list_continues(words, i):
            i += 1
            continue
        if not re.fullmatch(r"[\w'’-]+", word) or low in _CLAUSE_STOP or vocab.heads.fullmatch(word):
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
            if not re.fullmatch(r"[\w'’-]+", word) or word.lower() in _CLAUSE_STOP:
                break
            if word.lower() == "and" and _new_item_follows(vocab, words, i):
                break
            right = i
            i += 1
        while right > period_at and words[right].lower() in _LATIN_LINK:
            right -= 1
    return right


def _join(sentence: str, tokens: list[re.Match[str]], left: int, right: int) -> str:
    """The text of a token range, cleaned and with its first letter capitalised."""
    raw = sentence[tokens[left].start() : tokens[right].end()]
    raw = re.sub(r"\s+", " ", raw).strip(" ,;:")
    return raw[:1].upper() + raw[1:]


# -- Cyrillic names


def _russian_name(sentence: str, offset: int, head: re.Match[str], kind: str) -> _Candidate | None:
    """A Russian document title: adjectives, the type word, and its genitive tail."""
    tokens = _latin_tokens(sentence)
    words = [t.group() for t in tokens]
    first = next((i for i, t in enumerate(tokens) if t.end() > head.start()), None)
    last = next((i for i, t in enumerate(tokens) if t.end() >= head.end()), None)
    if first is None or last is None:
        return None
    left = first
    while left > 0 and first - left < 2 and words[left - 1].lower().endswith(_RU_ADJ_ENDINGS) and (
        re.fullmatch(r"[А-ЯЁа-яё-]+", words[left - 1])
    ):
        if words[left - 1].lower() in {"новый", "новую", "новой", "этот", "эту", "свой", "свою"}:
            break
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
        if not re.fullmatch(r"[\w'’-]+|\d{4}\s*[-–—]\s*\d{2,4}", word) or low in _RU_CLAUSE_STOP:
            break
        if low == "и" and _ru_new_item(words, i):
            break
        if re.fullmatch(r"\w+(?:ли|ла|лось|лись)", low) and len(low) > 4:
            break
        if _is_period(word):
            period = True
        right = i
        i += 1
    while right > last and words[right].lower() in {"и", "в", "на", "по", "о", "с", "до"}:
        right -= 1
    if not (titled or period):
        return None
    name = _russian_nominative(words[left : last + 1]) + sentence[
        tokens[last].end() : tokens[right].end()
    ]
    name = re.sub(r"\s+", " ", name).strip()
    return _Candidate(offset + tokens[left].start(), offset + tokens[right].end(),
                      name[:1].upper() + name[1:], kind)


def _ru_list_continues(words: list[str], comma: int) -> bool:
    """Whether a comma separates items inside a Russian title ("добрососедстве, дружбе и ...")."""
    j = comma + 1
    while j < len(words) and j - comma < 5:
        if words[j].lower() == "и":
            return True
        if not re.fullmatch(r"[а-яё-]+", words[j]):
            return False
        j += 1
    return False


def _ru_new_item(words: list[str], at: int) -> bool:
    """Whether the words after "и" start a new item (a verb, a type word, a capitalised name)."""
    nxt = words[at + 1] if at + 1 < len(words) else ""
    if nxt[:1].isupper():
        return True
    if re.fullmatch(r"\w+(?:ли|ла|лось|лись)", nxt.lower()):
        return True
    return bool(re.match(r"(?:декларац|заявлени|стратеги|концепци|программ|план|соглашени|"
                         r"меморандум|решени|договор|конвенци)", nxt.lower()))


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


def _memoranda(
    gaz: Gazetteer,
    analysis: Analysis,
    sentence: str,
    offset: int,
    head: re.Match[str],
    org_matches: list[Match],
    body_matches: list[Match],
) -> list[_Candidate] | None:
    """One memorandum per organisation that an SCO body signs it with, in this sentence."""
    s_end = offset + len(sentence)
    orgs = [m for m in org_matches if offset <= m.start < s_end]
    counterparts: list[str] = []
    specific = any(m.entry.ref != "un" for m in orgs)
    for m in orgs:
        if m.entry.ref == "un" and specific:
            continue  # "the UN" qualifies ESCAP, UNESCO, the WFP ... rather than signing itself
        if m.entry.ref not in counterparts:
            counterparts.append(m.entry.ref)
    if not counterparts:
        return None
    party = _memorandum_party(gaz, sentence, offset, body_matches)
    start = offset + head.start()
    end = max([offset + head.end()] + [m.end for m in orgs])
    return [
        _Candidate(start, end, _memorandum_name(party, gaz.organisations[ref]), "memorandum",
                   party=party)
        for ref in counterparts
    ]


def _memorandum_party(gaz: Gazetteer, sentence: str, offset: int, body_matches: list[Match]) -> str:
    """The SCO side of a memorandum: the SCO body the sentence names, else the Secretariat."""
    s_end = offset + len(sentence)
    for m in body_matches:
        if offset <= m.start < s_end and m.entry.ref in {
            "secretariat", "business_council", "interbank_consortium", "rats", "energy_club",
        }:
            return gaz.bodies[m.entry.ref].name.replace(" (RATS)", "")
    if re.search(r"secretariat|секретариат|秘书处", sentence, re.IGNORECASE):
        return gaz.bodies["secretariat"].name if "secretariat" in gaz.bodies else "SCO Secretariat"
    return "SCO"


def _memorandum_name(party: str, counterpart: str) -> str:
    """Normalised name of a memorandum between an SCO body and another organisation."""
    return f"Memorandum of Understanding between the {party} and {counterpart}"


# ---- attribution ---------------------------------------------------------------------------


def _is_sco_document(
    vocab: _Vocabulary,
    analysis: Analysis,
    relevant: bool,
    cand: _Candidate,
    s_start: int,
    s_end: int,
    org_matches: list[Match],
) -> bool:
    """Whether the article attributes a document to the SCO, not to another body or a pair."""
    sco_in_name = any(cand.start <= m.start < cand.end for m in analysis.sco)
    sco_in_sentence = any(s_start <= m.start < s_end for m in analysis.sco)
    if cand.type == "memorandum":
        return sco_in_sentence or relevant
    rivals = [m for m in org_matches if m.entry.ref != "un"]
    near = [m for m in rivals if cand.start - 3 <= m.start < cand.end + 40]
    if any(cand.start <= m.start < cand.end for m in rivals):
        return False
    sentence = analysis.text[s_start:s_end]
    if vocab.bilateral.search(sentence) and not sco_in_name:
        return False
    if sco_in_name:
        return True
    in_sentence = [m for m in rivals if s_start <= m.start < s_end]
    if in_sentence and not sco_in_sentence:
        return False
    if sco_in_sentence:
        return not near or any(cand.end <= m.start < cand.end + 40 for m in analysis.sco)
    if not relevant:
        return False
    before_sco = [m.start for m in analysis.sco if m.start < cand.start]
    before_rival = [m.start for m in rivals if m.start < cand.start]
    return not before_rival or (bool(before_sco) and max(before_sco) > max(before_rival))


# ---- normalising and the meeting -----------------------------------------------------------


def _mentions(
    gaz: Gazetteer,
    vocab: _Vocabulary,
    analysis: Analysis,
    cand: _Candidate,
    status: str,
    span: tuple[int, int],
    council: tuple[str, tuple[int, int]] | None,
    body_matches: list[Match],
    published_at: date | None,
) -> list[DocumentMention]:
    """The normalised mention of a candidate, with its meeting."""
    name = _normalise_name(vocab, cand.name)
    key = document_key(name)
    text = analysis.text
    sentence = text[span[0] : span[1]].strip()
    meeting = _meeting(gaz, vocab, text, span, cand, council, body_matches, published_at)
    return [DocumentMention(name, key, cand.type, status, meeting, sentence)]


def _normalise_name(vocab: _Vocabulary, name: str) -> str:
    """A document's display name: a known document's canonical name, else the cleaned title."""
    name = re.sub(r"^(?:the|a|an|draft)\s+", "", name.strip(), flags=re.IGNORECASE)
    name = re.sub(r"\s+", " ", name).strip(" ,.;:")
    known = vocab.known.get(document_key(name))
    if known:
        return known
    return name[:1].upper() + name[1:]


def _first_council(
    gaz: Gazetteer, body_matches: list[Match], spans: list[tuple[int, int]]
) -> tuple[str, tuple[int, int]] | None:
    """The first council the article names, with the span of its sentence."""
    for m in body_matches:
        body = gaz.bodies.get(m.entry.ref)
        if body and body.council:
            span = next(((s, e) for s, e in spans if s <= m.start < e), (m.start, m.end))
            return body.name, span
    return None


def _meeting(
    gaz: Gazetteer,
    vocab: _Vocabulary,
    text: str,
    span: tuple[int, int],
    cand: _Candidate,
    council: tuple[str, tuple[int, int]] | None,
    body_matches: list[Match],
    published_at: date | None,
) -> Meeting:
    """Council, venue and date of the meeting that adopted a document, where the text says so."""
    s_start, s_end = span
    sentence = text[s_start:s_end]
    name = None
    council_sentence = ""
    for m in body_matches:
        body = gaz.bodies.get(m.entry.ref)
        if body and body.council and s_start <= m.start < s_end:
            name = body.name
            council_sentence = sentence
            break
    if name is None and council is not None:
        name = council[0]
        council_sentence = text[council[1][0] : council[1][1]]
    venue = None
    for part in (sentence, council_sentence):
        if part and vocab.video.search(part):
            venue = "video conference"
            break
    if venue is None:
        venue = cand.venue or _venue_in(vocab, council_sentence) or None
    when = _date_in(sentence, published_at) or _date_in(council_sentence, published_at)
    return Meeting(name, venue, when)


def _venue_in(vocab: _Vocabulary, sentence: str) -> str | None:
    """The first venue a sentence names."""
    best: tuple[int, str] | None = None
    for pattern, name in vocab.venues:
        found = pattern.search(sentence)
        if found and (best is None or found.start() < best[0]):
            best = (found.start(), name)
    return best[1] if best else None


def _date_in(sentence: str, published_at: date | None) -> date | None:
    """A meeting date written in a sentence, its year taken from the article's date if missing."""
    if not sentence:
        return None
    month_en = "|".join(sorted(_MONTHS_EN, key=len, reverse=True))
    patterns: list[tuple[re.Pattern[str], str]] = [
        (re.compile(rf"\b({month_en})\.?\s+(\d{{1,2}})(?:\s*[-–]\s*\d{{1,2}})?(?:,?\s+(\d{{4}}))?\b",
                    re.IGNORECASE), "md"),
        (re.compile(rf"\b(\d{{1,2}})(?:\s*[-–]\s*\d{{1,2}})?\s+({month_en})\b\.?(?:,?\s+(\d{{4}}))?",
                    re.IGNORECASE), "dm"),
        (re.compile(r"\b(\d{1,2})\s+(" + "|".join(_MONTHS_RU) + r")(?:\s+(\d{4}))?", re.IGNORECASE),
         "ru"),
        (re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日"), "zh"),
    ]
    for pattern, form in patterns:
        found = pattern.search(sentence)
        if not found:
            continue
        try:
            if form == "md":
                month, day, year = _MONTHS_EN[found.group(1).lower()], int(found.group(2)), found.group(3)
            elif form == "dm":
                day, month, year = int(found.group(1)), _MONTHS_EN[found.group(2).lower()], found.group(3)
            elif form == "ru":
                day, month, year = int(found.group(1)), _MONTHS_RU[found.group(2).lower()], found.group(3)
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
