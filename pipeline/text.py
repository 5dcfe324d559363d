"""Text normalisation and the exact-duplicate fingerprint of an article body."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

_SPACE = re.compile(r"\s+")

# Romanian s and t with a comma below (ș ț, U+0218-U+021B, the standard since 2003) and with the
# cedilla (ş ţ, the older encodings' letters many Romanian outlets still write: "preşedintele",
# "Organizaţia"): the comma letters folded to the cedilla ones, one for one, which Turkish,
# Azerbaijani and Turkmen ş keep as they are. Read by tagging's fold (a name listed in one
# spelling matches the other, round 62) and by near-duplicate shingles (one agency text under the
# other spelling shares no word with ș or ț: blind set 48's Reuters copy, round 63).
ROMANIAN_COMMA_BELOW = {0x0218: "\u015e", 0x0219: "\u015f", 0x021A: "\u0162", 0x021B: "\u0163"}

# Arabic-script letters written two ways that every reader of the text folds to one: Persian
# (farsi) yeh and alef maksura to the Arabic yeh, keheh to the Arabic kaf, teh marbuta to heh.
# Tagging (pipeline/tagging.py) and near-duplicate shingling (pipeline/neardup.py) each add
# their own further foldings to these, for their own reasons.
ARABIC_LETTER_VARIANTS = {"\u06cc": "\u064a", "\u0649": "\u064a", "\u06a9": "\u0643",
                          "\u0629": "\u0647"}
_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)


def case_key(word: str) -> str:
    """A word as ``re.IGNORECASE`` compares it: lower case, with the letters the regular
    expressions take as one case pair but ``str.lower`` does not (Turkish dotless ı and dotted
    İ as i, the long s as s). ``"KASIM".lower()`` is "kasim" while the month is listed "kasım";
    Spanish "Kasim-Yomart Tokáyev" matches that month's pattern too."""
    return (word.lower().replace("i\u0307", "i").replace("\u0131", "i")
            .replace("\u017f", "s"))


class CaseTable(dict[str, int]):
    """Words (months, weekdays) to their numbers, looked up by what an ``re.IGNORECASE`` pattern
    built from its keys matched: a match that ``str.lower`` leaves unlike its key ("KASIM",
    "SALI", "Kasim") is found through :func:`case_key`, where a plain dict raised KeyError and
    a story's dating crashed on a real Spanish page (blind set 50). Its keys, and so the patterns
    built from them, are the words as listed."""

    def _folded(self) -> dict[str, int]:
        cache = self.__dict__.get("_cache")
        if cache is None or cache[0] != len(self):
            cache = (len(self), {case_key(k): v for k, v in self.items()})
            self.__dict__["_cache"] = cache
        return cache[1]

    def __missing__(self, key: str) -> int:
        return self._folded()[case_key(key)]

    def get(self, key: str, default: int | None = None) -> int | None:  # type: ignore[override]
        if dict.__contains__(self, key):
            return dict.__getitem__(self, key)
        return self._folded().get(case_key(key), default)


@lru_cache(maxsize=1 << 14)
def letter_script(ch: str) -> str:
    """The script of a letter, by the first word of its Unicode name ("LATIN", "CYRILLIC",
    "GUJARATI", "CJK" for Han); "" for a character with no name. One reading for the tagger's
    word boundaries, near duplicates' foreign runs and the digest's text script."""
    return unicodedata.name(ch, "").split(" ", 1)[0]


def normalize_text(text: str) -> str:
    """Case-folded, NFKC, punctuation-free text with single spaces: what dedup compares."""
    text = unicodedata.normalize("NFKC", text or "").casefold()
    text = _PUNCT.sub(" ", text)
    return _SPACE.sub(" ", text).strip()


@lru_cache(maxsize=1)
def _not_word() -> re.Pattern[str]:
    """What normalize_text cuts out as punctuation, less the combining marks (unicodedata
    category M): an Indic vowel sign or virama, a Thai tone mark, is part of its word."""
    ranges: list[list[int]] = []
    for cp in range(0x300, 0x110000):
        if unicodedata.category(chr(cp))[0] == "M":
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1][1] = cp
            else:
                ranges.append([cp, cp])
    marks = "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in ranges)
    return re.compile(f"[^\\w\\s{marks}]")


def words_of(text: str) -> list[str]:
    """The words of a text as normalize_text spells them (NFKC, case-folded, punctuation
    cut), except that a combining mark stays in its word: normalize_text cuts "शिखर" into
    "श खर" (Python's \\w has no marks), which would make a Hindi, Bengali or Tamil shingle a
    word or two long and drop the vowels that tell words apart; and "İ" is "i". Near duplicates
    compare these words; normalize_text stays as it is for body_hash, whose stored values a new
    fingerprint must keep matching."""
    # "İ" case-folds to "i" and a combining dot above: Turkish and Azerbaijani "İstanbul"
    # spells like "istanbul"
    text = unicodedata.normalize("NFKC", text).casefold().replace("i\u0307", "i")
    return _not_word().sub(" ", text).split()


def body_hash(text: str | None) -> str | None:
    """SHA-256 of the normalised body, or None when there is no text to compare."""
    norm = normalize_text(text or "")
    if not norm:
        return None
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


# A reading in pinyin glossed after a Chinese character, "會(huì)議" for 會議: the traditional-
# script copies that some Chinese sites serve write the simplified form's reading of every
# converted character in brackets. The gloss is no word of the text; left in, it splits the
# words the gazetteers and the document keys read (院長會(huì)議 is no 院长会议) and the shingles
# near-duplicate detection compares. A gloss carries a tone mark, which an abbreviation in
# brackets ("(SCO)") or an English word never does; 860 glosses in the real sets, no other
# bracketed lower-case word after a Chinese character.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN_GLOSS = re.compile(
    rf"(?<=[\u3400-\u9fff])[(（]\s*[a-zü]*[{_TONED}][a-zü{_TONED}]*"
    rf"(?:\s+[a-zü{_TONED}]+)*\s*[)）]")


def without_reading_glosses(text: str) -> str:
    """The text without the pinyin glosses of its Chinese characters (_PINYIN_GLOSS)."""
    if "(" not in text and "（" not in text:
        return text
    return _PINYIN_GLOSS.sub("", text)


def clean_whitespace(text: str | None) -> str | None:
    """Collapse runs of spaces inside lines and blank lines between paragraphs; the text in
    composed Unicode (NFC), so that what is stored, tagged and shown is one spelling of it
    whatever form the page used (a decomposed Vietnamese page matched no SCO name), and
    without the pinyin glosses of a converted Chinese page (without_reading_glosses)."""
    if text is None:
        return None
    text = without_reading_glosses(unicodedata.normalize("NFC", text))
    lines = [_SPACE.sub(" ", line).strip() for line in text.splitlines()]
    out = "\n".join(line for line in lines if line)
    return out or None


# A text with hard line breaks (an archive page wrapped at a fixed width): its lines run
# 50-100 characters and most of them end inside a sentence.
WRAP_MIN, WRAP_MAX = 50, 100
SENTENCE_ENDS = (".", "!", "?", ":", ";")


def hard_wrapped(text: str) -> bool:
    """Whether a text is wrapped at a fixed width: at least four lines of 50-100 characters,
    none longer, and most of them ending without a sentence's end."""
    lines = [line.rstrip() for line in text.split("\n")]
    long_lines = [line for line in lines if len(line) >= WRAP_MIN]
    if len(long_lines) < 4 or any(len(line) > WRAP_MAX for line in long_lines):
        return False
    open_ended = [line for line in long_lines if not line.endswith(SENTENCE_ENDS)]
    return 2 * len(open_ended) > len(long_lines)


# Where a sentence ends, for what reads a headline's or a lead's first sentence (stories'
# leads, relevance's sentence naming the SCO's meeting, page forms' definitions). Round 59: one
# rule where three had grown apart (stories, tagging and page_form each wrote its own, and two
# helpers solved the ordinal's period twice in one round). A sentence ends:
# - at a line's end, and at a Chinese or Japanese full stop, question or exclamation mark,
#   with or without a space after it (Chinese writes none);
# - at a full stop, a question or exclamation mark, an Indic danda or double danda ("।", "॥"),
#   Urdu's full stop ("۔"), Arabic's question mark ("؟") or Armenian's full stop ("։") followed
#   by a space or the text's end;
# - but not at the period of a number of one or two figures standing as a word, which is an
#   ordinal's or a day's in the languages that write them so ("ŞİÖ 25. Devlet Başkanları
#   Konseyi", "am 15. September 2022", "V Qingdau skončil 1. filmový festival ŠOS": in the real
#   sets 229 such periods before a capital in German and Turkish alone), unless a month named
#   before the day makes it a date closing an English or Tagalog sentence ("between August 30
#   and September 1. The", "mula Hunyo 9 hanggang 10. Ani": 61 in the real sets;
#   stories_words.toml [month_before_day]). A count closing a sentence ("from 6 to 8. In
#   2021", 3 in the real sets) is read as one sentence with the next;
# - nor at that of a number of three figures before a lower-case word ("a 125. évforduló").
#   A year ("in 2001. The") ends a sentence.
# documents/base.py keeps its own sentence spans (quotations glued to a sentence, hard-wrapped
# lines), as neardup.py its segments of shingled lines and digest.py its ENDS_SENTENCE.
_LOWER = "a-zß-öø-ÿāăąćčďđēėęěğīįıķĺļľłńņňőœŕřśşšţťūůűųźżžа-яёђѓєѕіїјљњћќўџ"
_STOP = re.compile(
    r"[。！？]|\n"
    r"|[!?।॥۔؟։](?=\s|$)"
    r"|(?<!\b\d\d\d)\.(?=\s|$)"
    rf"|(?<=\b\d\d\d)\.(?=\s+[^{_LOWER}\s]|\s*$)"
)
# a number of one or two figures as a word (after a space, a bracket or the text's start)
# before the period
_DAY_OR_ORDINAL = re.compile(r"(?:^|(?<=[\s(]))\d{1,2}\Z")
_MONTH_REACH = 24  # "September 30 and October 1." : the month within this many characters


@lru_cache(maxsize=1)
def _month_before_day() -> re.Pattern[str]:
    from pipeline.story_words import words_pattern

    return re.compile(f"(?:{words_pattern('month_before_day')})[^.!?\n]*\\Z", re.IGNORECASE)


def _ends(text: str, stop: re.Match[str]) -> bool:
    """Whether a stop _STOP found ends a sentence (the rules above)."""
    if stop.group() != ".":
        return True
    at = stop.start()
    if not _DAY_OR_ORDINAL.search(text, max(0, at - 3), at):
        return True
    if not text[stop.end() :].strip():
        return True  # the text's end
    return bool(_month_before_day().search(text, max(0, at - _MONTH_REACH), at))


def sentence_ends(text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
    """The stops that end a sentence in text[pos:endpos] (above), in order; each match's end()
    is where the next sentence may start."""
    for stop in _STOP.finditer(text, pos, len(text) if endpos is None else endpos):
        if _ends(text, stop):
            yield stop


def next_sentence_end(text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
    """The first stop ending a sentence in text[pos:endpos], or None."""
    return next(sentence_ends(text, pos, endpos), None)


def first_sentence(text: str) -> str:
    """The first sentence of a text (sentence_ends), its stop kept, without the spaces around
    it; the whole text when no sentence ends in it."""
    text = text.strip()
    found = next_sentence_end(text)
    return text[: found.end()].rstrip() if found else text
