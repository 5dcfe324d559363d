"""Shared pieces of the document finder: vocabulary constants, sentences and their matches."""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from pipeline.summarize import ABBREVIATIONS
from pipeline.tagging import (
    GAZETTEER_DIR,
    Entry,
    Match,
)
from pipeline.text import SENTENCE_ENDS, WRAP_MIN, hard_wrapped

_STATUS_ORDER = ("signed", "approved", "adopted", "planned")


# Latin letters that look like Cyrillic ones, as sources type them by mistake inside Cyrillic
# words: "cоглашение" with a Latin "c" (blind set 5) is "соглашение".
_LOOKALIKES = str.maketrans("aceopxyACEHKMOPTXYB", "асеорхуАСЕНКМОРТХУВ")
# a word's letters holding a Cyrillic one; the look-behind starts it at a word's first letter
# only (a match never starts inside a word), so a Latin word costs one try, not one per letter
_MIXED_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]*[\u0400-\u04ff][^\W\d_]*")


def fold_lookalikes(text: str) -> str:
    """The text with Latin look-alike letters inside Cyrillic words made Cyrillic (same length,
    so offsets hold); words without a Cyrillic letter are untouched."""
    if not re.search(r"[\u0400-\u04ff]", text):
        return text
    return _MIXED_WORD.sub(lambda m: m[0].translate(_LOOKALIKES), text)


# Words that may sit inside an English title between its capitalised words.
_LATIN_LINK = frozenset(
    "of on for to in and the between among amongst until through till up with against at by "
    "within from into implement implementing implementation 's ’s - – — a "
    # round 77 (meet77): the Indonesian "on" of a title, lower case as well as "Tentang"
    # ("Konvensi Shanghai tentang Pemberantasan Terorisme ..."); no word of the other Latin
    # languages the finder reads
    "tentang".split()
)


# Words that end an untitled name on its left ("the draft | action plan").
_LEFT_STOP = frozenset(
    "a an the new draft its their his her this that these those two three several all other "
    "signed adopted approved and or of on to also both "
    # the same words in Spanish, Portuguese, French, Polish ("y una | estrategia de ..."); the
    # indefinite articles as the definite ones: French "une", Portuguese "um"/"uma" (round 20:
    # "une stratégie de développement de l'OCS pour 2015-2025" had been "Une Stratégie ...")
    "y e un una uno une um uma la el los las le les des et ou i oraz lub".split()
)


# Words that start a new clause and so end a name on its right.
_CLAUSE_STOP = frozenset(
    "that which who whom whose where while when as after before because since including among "
    "said says were was is are will would has have had but so whereas".split()
)


_RU_CLAUSE_STOP = frozenset(
    "а также который которая которую которые которое что чтобы где когда сообщил заявил "
    "отметил "
    # finite verbs of being and becoming: "принятие Хартии ШОС | станет важным событием"
    "станет станут стал стала стало стали будет будут является являются "
    # words of intent that open the predicate: "Концепцию ... | намерены утвердить в ходе ..."
    "намерен намерена намерено намерены планируется планируют планирует предстоит "
    "предполагается должна должен должно должны".split()
)


_WHEN_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december jan feb mar apr jun jul aug sep sept "
    "oct nov dec".split()
)


_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


_CYRILLIC = re.compile(r"[а-яёіў]", re.IGNORECASE)


_LATIN = re.compile(r"[a-z]", re.IGNORECASE)


_PERIOD = re.compile(r"\d{4}(?:\s*[-–—]\s*\d{2,4})?")


_WORD = re.compile(r"[\w'’-]+")


_TOKENS = re.compile(r"\d{4}\s*[-–—]\s*\d{2,4}|[\w'’.-]*\w[\w'’-]*|[^\w\s]")


_RU_PAST = re.compile(r"\w+(?:ли|ла|лось|лись)")


_RU_WORD = re.compile(r"[А-ЯЁІЎа-яёіў-]+")  # Russian and Belarusian


_RU_LOWER = re.compile(r"[а-яёіў-]+")


_LOWER_WORD = re.compile(r"[a-z][a-z-]+")


_YEAR = re.compile(r"\d{4}")


# A past participle right after a document's name, with the day, year or place of that step
# ("the Agreement ... signed on 11 June 2010 in Tashkent", "concluded in 2007 in Bishkek"): it
# dates the document the name cites, not the step the sentence reports.
_CITED_STEP_CLAUSE = re.compile(
    r"\s*,?\s*(?:signed|adopted|approved|concluded|ratified|endorsed|issued)\s+"
    r"(?:on|in|at|during|\d)[^,;.!?]*",
    re.IGNORECASE,
)


def cited_step_end(text: str, name_end: int) -> int:
    """End of a cited step's clause right after a name ending at `name_end`, else `name_end`."""
    found = _CITED_STEP_CLAUSE.match(text, name_end)
    return found.end() if found else name_end


_FINDER_KINDS = frozenset(
    "doc_type doc_status doc_cue venue organisation body sco_mention sco_reference state".split()
)


# "the draft", «проекте», and a translation's "on the project for ..." (о проекте); round 66
# (meet66, blind set 50): the draft's noun with its genitive article or preposition in German
# and the Romance languages ("den Entwurf der SOZ-Entwicklungsstrategie bis 2035 fertig zu
# stellen", "le projet de la Stratégie", "el borrador del Plan", "a minuta da Declaração")
_DRAFT_BEFORE = re.compile(
    r"(?:draft|проект\w*|\bproject (?:for|of)(?: the)?(?: SCO)?"
    r"|\bEntwurfs?\s+(?:der|des|einer|eines|zur|zum)"
    r"|\b(?:projet|proyecto|projeto|progetto|borrador|bozza|minuta)\s+"
    r"(?:de(?:l|\s+la|\s+los|\s+las|\s+l')?|d'|d[aoe]s?|d(?:i|ella|el|ello))"
    r")\W*$",
    re.IGNORECASE,
)


# round 79 (reg79): the Turkic languages put "draft" after the name it qualifies, with a
# possessive ending: Turkmen "ähtnamanyň taslamasyny" (the memorandum's draft, blind set 38),
# Turkish "taslağı", Uzbek "loyihasi", Kazakh "жобасы", Kyrgyz "долбоору"
_DRAFT_AFTER = re.compile(
    r"\W{0,2}(?:草案|draft)|\s+(?:taslama|tasla[ğg][ıi]|loyiha|жобас|долбоор)\w*", re.IGNORECASE
)


@dataclass(frozen=True)
class Meeting:
    """The meeting a document belongs to: a calendar meeting (`id` set), else what the text says.

    `id` is the calendar entry's id when the mention was resolved to one; unresolved mentions
    keep the council, venue and date their text gives (never a guessed meeting), and `gap`
    describes a meeting the text reports that the calendar lacks.
    """

    council: str | None = None
    venue: str | None = None
    date: date | None = None
    id: str | None = None
    ordinal: int | None = None
    format: str | None = None
    gap: str | None = None

    @property
    def resolved(self) -> bool:
        """Whether the mention was resolved to a calendar meeting."""
        return self.id is not None


@dataclass(frozen=True)
class DocumentMention:
    """One SCO document reported by an article."""

    name: str
    key: str
    type: str
    status: str
    meeting: Meeting = field(default_factory=Meeting)
    evidence: str = ""


@dataclass
class _Sentence:
    """One sentence with the gazetteer matches that fall inside it."""

    start: int
    end: int
    text: str
    matches: dict[str, list[Match]]
    _tokens: list[re.Match[str]] | None = None
    _indices: dict[str, set[int]] = field(default_factory=dict)
    # meetings.venue_matches' answer, computed once per sentence (no part of its identity)
    venues: list[Match] | None = field(default=None, compare=False, repr=False)
    # the venues it names only as an institution's seat (round 59), computed with `venues`
    seats: list[str] | None = field(default=None, compare=False, repr=False)
    # meetings.clues_of's answer without a candidate, by (gazetteer id, publication date)
    clues: dict[tuple[int, date | None], Any] = field(
        default_factory=dict, compare=False, repr=False
    )

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


# What may end a sentence (see `sentences`). The stop is matched before the look-behinds that
# ask for a small letter before it, so that a position without a stop fails at once
_SENTENCE_END = re.compile(
    r"\n+|[。！？；]|[.!?](?:(?=[\s\"'”»)]*(?:\s|$))|(?<=[a-zа-я].)(?=[\"“«][A-ZА-Я])"
    r"|(?<=[a-zа-яё]{3}.)(?=[A-ZА-ЯЁ][a-zа-яё])"
    # round 68 (names68): a year glued to the next sentence's capitalised word ("... la
    # Estrategia de Cooperación Energética hasta 2030.Se precisa que ...", Dataurgente, blind
    # set 51): the year's period ends the sentence ("v. 2.0.Beta" has no four digits before)
    r"|(?<=(?<![\d.])\d{4}\.)(?=[A-ZА-ЯЁ][a-zа-яё]))"
    # round 70 (meet70): the Indic danda and Urdu's full stop ("।", "۔"); a dateline's stays
    # inside the sentence (`_dateline_mark`)
    r"|[।۔]"
)

#: A dateline before a danda or Urdu full stop at a line's start: a place of at most three words
#: ("पणजी।", "नई दिल्ली/ ताशकंद।", "بیجنگ ۔"), or at most six words with a dateline's comma, colon,
#: slash, bracket or digit ("नई दिल्ली, 25 अक्टूबर (हि.स.)।", "SCO Tianjin Declaration: नई
#: दिल्ली/तियानजिन ।"); a short sentence of words alone ("وزیر خارجہ ماسکو روانہ ہوگئے۔") is none
DATELINE_PLACE_WORDS = 3
DATELINE_WORDS = 6
_DATELINE_MARKS = re.compile(r"[,:/()\d०-९]")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of a text (English, Russian and Chinese punctuation; line breaks)."""
    return list(_sentence_spans(text))


# round 79 (speed79): the finder asks for the same article's sentences once for each sentence
# it reads (names._venue_declaration_here_or_before): split each text once
@lru_cache(maxsize=64)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """sentences, once per text."""
    spans = []
    start = 0
    wrapped = hard_wrapped(text)
    # a quotation glued to the sentence before ('... digital transformation."As the outcome'):
    # the period ends that sentence (round 12); so does a period glued between a word of three
    # small letters or more and a capitalised word ("... tolerance.Heads of the SCO member states
    # signed the Bishkek Declaration", a page that lost its spaces, blind set 14; "Mr.Xi" and
    # "U.S.Army" do not end one)
    for found in _SENTENCE_END.finditer(text):
        end = found.end()
        if found.group().startswith(".") and not _sentence_ends(text, found.start()):
            continue
        if wrapped and found.group() == "\n" and _wrapped_line_goes_on(text, found.start()):
            continue
        if found.group() in "।۔" and _dateline_mark(text, start, found.start()):
            continue
        if text[start:end].strip():
            spans.append((start, end))
        start = end
    if text[start:].strip():
        spans.append((start, len(text)))
    return tuple(spans)


def _dateline_mark(text: str, start: int, mark: int) -> bool:
    """Whether the danda or Urdu full stop at `mark` closes a dateline, not a sentence: a line's
    first few words, nothing of the line ended before them (round 70). A Hindi report opens
    "नई दिल्ली/तियानजिन । चीन में ... घोषणापत्र जारी किया": split there, the declaration's
    sentence loses the venue and date its dateline gives, and a title's "SCO Tianjin
    Declaration: नई दिल्ली/तियानजिन ।" its verb."""
    line_start = text.rfind("\n", 0, mark) + 1
    if line_start < start:
        return False  # a sentence of this line ended before: the mark ends a sentence
    words = text[line_start:mark].split()
    return len(words) <= DATELINE_PLACE_WORDS or (
        len(words) <= DATELINE_WORDS and bool(_DATELINE_MARKS.search(text, line_start, mark))
    )


def _wrapped_line_goes_on(text: str, newline: int) -> bool:
    """Whether a single line break in a hard-wrapped text falls inside a sentence: the line
    before is of the wrapping width and ends without a sentence's end, the next goes on with a
    word."""
    line_start = text.rfind("\n", 0, newline) + 1
    line = text[line_start:newline].rstrip()
    after = text[newline + 1 : newline + 2]
    if line.endswith(SENTENCE_ENDS) or not after[:1].isalnum():
        return False
    # a line of any width whose next line opens with a small letter: a ragged wrap goes on
    # ("... signed the memorandum on granting Nepal\nthe status of Dialogue partner", round 36)
    return len(line) >= WRAP_MIN or after.islower()


_GERMAN_MONTH = re.compile(
    r"\s*(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|"
    r"Dezember)\b"
)


# A meeting a Turkish ordinal ("25.") counts, within three words.
_TURKISH_ORDINAL_OF = re.compile(
    r"\s+(?:[\w’']+\s+){0,3}?(?:Zirve|Toplant|Konsey|Devlet Başkanları)", re.IGNORECASE
)


def _sentence_ends(text: str, dot: int) -> bool:
    """Whether the full stop at `dot` ends a sentence (not "Nov. 10", "U.S.", "No. 5")."""
    before = text[max(0, dot - 8) : dot].rsplit(None, 1)[-1:] or [""]
    if before[0].lower().lstrip(".(\"'") in ABBREVIATIONS:
        return False
    if re.fullmatch(r"\d{1,2}", before[0]) and _GERMAN_MONTH.match(text, dot + 1):
        return False  # a German date's ordinal day: "am 7. Juni"
    if re.fullmatch(r"\d{1,2}", before[0]) and _TURKISH_ORDINAL_OF.match(text, dot + 1):
        return False  # a Turkish ordinal: "25. Devlet Başkanları Konseyi Zirvesi"
    after = text[dot + 1 : dot + 4].lstrip()
    return not after or not (after[0].isdigit() or after[0].islower())


@lru_cache(maxsize=1)
def _document_venue_spellings() -> tuple[tuple[re.Pattern[str], Entry], ...]:
    """The venue spellings only the document finder reads (venues.toml `document_names`, round
    48), each as a whole-word pattern with the venue's entry."""
    with open(GAZETTEER_DIR / "venues.toml", "rb") as fh:
        venues = tomllib.load(fh).get("venue", [])
    return tuple(
        (
            re.compile(rf"(?<!\w){re.escape(spelling)}(?!\w)", re.IGNORECASE),
            Entry("venue", venue["name"], False, False, False),
        )
        for venue in venues
        for spelling in venue.get("document_names", ())
    )


def document_venue_matches(text: str, matches: list[Match]) -> list[Match]:
    """The venues a text names in a spelling only documents read ("Ufá": the stories and
    relevance keep the BRICS summit in Ufá apart from the SCO's), where no venue match is."""
    taken = [(m.start, m.end) for m in matches if m.entry.kind == "venue"]
    return [
        Match(found.start(), found.end(), entry)
        for pattern, entry in _document_venue_spellings()
        for found in pattern.finditer(text)
        if not any(start < found.end() and found.start() < end for start, end in taken)
    ]


# Round 77 (meet77): a status verb the text negates is no step taken ("ҳужжатлар қабул
# қилинмаган эди", documents had not been adopted, blind set 32 rb-2acf9da8d0; "was not signed",
# "не подписан", 未签署). A negation before the verb, in the languages that put it there:
# English "not" / "n't" / "never" / "yet to (be)", German "nicht", French "pas" / "jamais",
# Spanish, Italian and Portuguese "no" / "non" / "não", Russian and Ukrainian "не" / "ни",
# Vietnamese "chưa" / "không", Indonesian "belum" / "tidak", each with the auxiliaries that may
# stand between ("has not been", "не был", "no se", "n'a pas été", "chưa được") ...
_NEGATION_BEFORE = re.compile(
    r"(?:\b(?:not|never|nicht|pas|jamais|no|non|não|не|ни|chưa|không|belum|tidak)"
    r"|n['’]t|\byet\s+to)\s+"
    r"(?:(?:yet|been|be|being|encore|été|se|fue|fueron|sido|ha|han|foi|foram|è|sono|stato|"
    r"stata|stati|state|был|была|было|были|було|бы|ещё|еще|вже|được|pernah|mehr|wurde|"
    r"wurden|worden)\s+){0,3}$",
    re.IGNORECASE,
)
# ... the Chinese and Japanese 未 / 没有 / 不 right before the verb ("尚未通过", "未署名"; not
# 未来, the future, whose 来 stands between) ...
_CJK_NEGATION_BEFORE = re.compile(r"(?:未|没有|沒有|没|沒|不|从未|從未)(?:能|被|获|獲|曾)?\s*$")
# ... the Japanese and Korean negated endings after the verbal noun ("署名されなかった",
# "採択されていない", "署名せず"; "서명하지 않았다", "채택되지 못했다") ...
_CJK_NEGATION_AFTER = re.compile(
    r"(?:[さしせ]れ?)?(?:てい)?(?:な[いかくけ]|ず|ませ)|(?:을|를)?\s*(?:하|되)?지\s*(?:않|못)"
)
# ... and the Turkic negative suffix inside the verb's own word: Uzbek "-маган" / "-мади" /
# "-magan" / "-madi", Kazakh and Kyrgyz "-баған" / "-маған" / "-беген", Turkish and Azerbaijani
# "-madı" / "-medi" / "-mamış" / "-mədi" ("имзоланмаган", "қабылданбаған", "imzalanmadı"), with
# a copula or plural after it ("қабул қилинмаганди").
_TURKIC_NEGATED_WORD = re.compile(
    r"(?:ма|ме|ба|бе|па|пе|ma|me|mə)"
    r"(?:ган|ген|ған|гән|ды|ди|ді|йди|йды|йді|сдан|gan|gen|di|dı|ydi|sdan|mış|miş|muş|müş"
    r"|yacak|yecek|z)(?:ди|дир|лар|di|dir|dı|dır|lar|ler|tır|tir)?$",
    re.IGNORECASE,
)
_WORD_REST = re.compile(r"\w*")
# The cues that tell what an issued text says or lacks (documents.toml `adopted`: "містить
# згадки", "содержит упоминание", "говорится в тексте", "جاء في"): their negation denies the
# content, not the step ("декларація ... в Тяньцзіні не містить згадки про Україну", does not
# mention Ukraine, is still the declaration adopted; blind set 48 rb-6ee8811ca4)
_CONTENT_CUE = re.compile(r"(?:містить|содержит|говорится|و?جاء|وقد)(?!\w)", re.IGNORECASE)


def negated_status(text: str, match: Match) -> bool:
    """Whether a status verb's match is negated: a negation right before it, a Japanese or
    Korean negated ending right after it, a Turkic negative suffix in its word; never a cue of
    what the text contains (_CONTENT_CUE)."""
    if _CONTENT_CUE.match(text, match.start):
        return False
    before = text[max(0, match.start - 40) : match.start]
    if _NEGATION_BEFORE.search(before) or _CJK_NEGATION_BEFORE.search(before[-4:]):
        return True
    if _CJK_NEGATION_AFTER.match(text, match.end):
        return True
    rest = _WORD_REST.match(text, match.end)
    word_end = rest.end() if rest else match.end
    return bool(_TURKIC_NEGATED_WORD.search(text[match.start : word_end]))


def _split_matches(
    text: str, matches: list[Match], not_a_status: tuple[str, ...] = ()
) -> list[_Sentence]:
    """The sentences of a text, each with the matches that start inside it (and the venues only
    documents read); a status match where one of `not_a_status` begins (documents.toml: 发布会,
    a press conference, begins with 发布, issued) is no status."""
    spans = sentences(text)
    starts = [s for s, _ in spans]
    out = [_Sentence(s, e, text[s:e], {}) for s, e in spans]
    extra = document_venue_matches(text, matches)
    if extra:
        matches = sorted([*matches, *extra], key=lambda m: (m.start, -m.end))
    for m in matches:
        if m.entry.kind not in _FINDER_KINDS:
            continue
        if m.entry.kind == "doc_status" and any(text.startswith(w, m.start) for w in not_a_status):
            continue
        if m.entry.kind == "doc_status" and negated_status(text, m):
            # round 77: a negated step ("was not signed") is the negation of one, no status
            m = Match(m.start, m.end, Entry("doc_cue", "negated", False, False, False))
        i = bisect_right(starts, m.start) - 1
        if i >= 0:
            out[i].matches.setdefault(m.entry.kind, []).append(m)
    return out


@dataclass
class _Candidate:
    """A document name found in a sentence, before attribution and normalisation."""

    start: int
    end: int
    name: str
    type: str
    venue: str | None = None
    # the year of the heads of state's meeting the document's kind implies when the text gives
    # none (an acceding state signs its memorandum of obligations the year before it joins)
    year: int | None = None


def _venue_near(part: _Sentence, head: Match, lo: int, hi: int) -> Match | None:
    """The venue named right before or after a declaration word, within [lo, hi)."""
    best: tuple[int, Match] | None = None
    sco = part.of("sco_mention")
    for venue in part.of("venue"):
        if not (lo <= venue.start and venue.end <= hi):
            continue
        if any(m.start <= venue.start < m.end for m in sco):
            continue  # the "Shanghai" of "Declaration of the Shanghai Cooperation Organization"
        if venue.end <= head.start:
            gap = part.text[venue.end - part.start : head.start - part.start]
        elif venue.start >= head.end:
            gap = part.text[head.end - part.start : venue.start - part.start]
        else:
            continue
        if len(gap) <= 60 and _venue_gap(gap) and (best is None or len(gap) < best[0]):
            best = (len(gap), venue)
    return best[1] if best else None


# "a declaration following the summit in Tianjin", "декларацию по итогам заседания в Астане": the
# declaration of the meeting held at that venue; Russian also in the bare genitive, as English
# "of the summit in" ("итоговой декларации саммита в Тяньцзине", blind set 14; round 18).
# Round 46: the participle clause after a comma, Russian as English ("в декларации, принятой на
# саммите в китайском городе Циндао", blind set 33; "the declaration, adopted at the summit in
# the Chinese city of Qingdao"): the clause's meeting is the declaration's own; a city named
# with its state's adjective and "city" or "capital" ("в китайском городе", "в столице Киргизии")
_MEETING_LINK = re.compile(
    r"^\s*(?:,?\s*(?:adopted|signed|issued|approved)\s+)?(?:following|after|at|of|from)\s+the\s+"
    r"(?:\w+\s+)?(?:summit|meeting|session)(?:\s+held)?\s+in\s+"
    r"(?:the\s+\w+\s+(?:city|capital)\s+of\s+)?$"
    r"|^\s*(?:по\s+итогам\s+)?(?:саммита|заседания|встречи)(?:\s+ШОС)?\s+в\s+(?:\w+\s+)?$"
    r"|^\s*,\s*(?:принят|подписан|одобрен|утвержд[её]нн?)\w*\s+(?:на|в\s+ходе|по\s+итогам)\s+"
    r"(?:саммит|заседани|встреч)\w*(?:\s+ШОС)?\s+в\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


_SUMMIT_GAP = re.compile(
    r"(?<!\w)(?:(?:ال|ل)?قمة|शिखर\s+सम्मेलन|শীর্ষ\s+সম্মেলন|sommet|vertice|cumbre|c[uú]pula"
    r"|gipfels?)(?!\w)",
    re.IGNORECASE,
)


def _venue_gap(gap: str) -> bool:
    """Whether the words between a venue and a declaration word still make one name."""
    if _MEETING_LINK.match(gap):
        return True
    # round 37: "the declaration of the <venue> summit" in the word orders of other languages
    # ("إعلان قمة تيانجين", "तियानजिन शिखर सम्मेलन घोषणा", "Dichiarazione del vertice di
    # Astana"): the summit's word, with its article, joins a venue to its declaration
    gap = _SUMMIT_GAP.sub(" summit ", gap)
    words = re.findall(r"[^\W\d_]+", gap)
    most = 4 if "summit" in (w.lower() for w in words) else 2
    if "," in gap or "." in gap or len(words) > most:
        return False
    joining = {"of", "de", "the", "la", "leaders", "ii", "summit", "ng", "z", "od", "от"}
    joining |= {"del", "della", "des", "el", "al"}  # a summit's article (round 37)
    # Romance "of": "Dichiarazione di Astana", "Déclaration d'Astana", "Declaração da ..."
    joining |= {"di", "d", "da", "do", "du"}
    # German "of" ("die Erklärung von Astana", blind set 18; round 23)
    joining |= {"von"}
    # Greek "of the" ("η διακήρυξη του Νέου Δελχί", round 32)
    joining |= {"του", "της"}
    return all(w.lower() in joining or _CJK.search(w) for w in words)


# A document named as the source of what its sentence reports: "according to", "as stated in",
# Russian "согласно", "как говорится в", French "selon", "d'après", Spanish "según", Portuguese
# "segundo", "conforme", Italian "secondo", German "laut" (never "under": "signed under the
# agreement" is another act's ground, which mentions' `_BASED_ON` already reads as a citation).
# Read by mentions (a cited source is no report) and own_text (a source a quotation follows).
SOURCE_OF = re.compile(
    r"(?:\baccording\s+to|\bas\s+(?:stated|said|set\s+out)\s+in|(?<!\w)согласно"
    r"|(?<!\w)как\s+говорится\s+в|\bselon|\bd['’]après|\bseg[uú]n|\bsegundo|\bconforme"
    r"|\bsecondo|\blaut)\s+(?:the\s+|la\s+|le\s+|l['’]|el\s+|a\s+|o\s+|der\s+|dem\s+)?$",
    re.IGNORECASE,
)
