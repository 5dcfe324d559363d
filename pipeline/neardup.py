"""Near duplicates and versions: MinHash signatures of sentence-bounded word shingles with LSH
band keys persisted in the database; whether a changed text of the same article is material."""

from __future__ import annotations

import hashlib
import re
import struct
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
from sqlalchemy import and_, bindparam, delete, func, insert, or_, select
from sqlalchemy.orm import Session

from pipeline.db import Database, insert_for
from pipeline.models import ArticleRow, ArticleSignature, ArticleVersion, LshBand
from pipeline.ordinals import ordinals_written
from pipeline.text import (
    ARABIC_LETTER_VARIANTS,
    ROMANIAN_COMMA_BELOW,
    letter_script,
    normalize_text,
    without_reading_glosses,
    words_of,
)

SCHEME = 10  # bump when shingling or hashing changes: old signatures must then be rebuilt
# 2: Chinese folded to simplified script (OpenCC t2s) before tokenising
# 3: a Han character's bracketed reading or script variant left by a converter ("發(fā)") dropped
# 4: opening keys (the text's first full sentences) stored after the values and indexed
# 5: the opening's distinct shingle counts stored after its keys (opening_containment); a second
#    arrangement of the values into bands (84 band keys)
# 6: spelling variants folded before tokenising (fold_spelling: digits of every script, joiners
#    and soft hyphens, Arabic-script marks and letter variants, Persian affixes joined)
# 8: the apostrophe letters (ʻ ʼ) cut a word as other apostrophes do (Uzbek "oʻz" and "o‘z");
#    a bilingual Chinese page compared by its Chinese lines (chinese_lines)
# 9: Romanian s and t with a comma below folded to the cedilla letters (ș ț to ş ţ: fold_spelling)
# 10: sentences in a script other than the text's own left out (main_script_runs: an embedded
#     post in its original language, which a mirror or a copy often drops)
SHINGLE_WORDS = 5
NUM_PERM = 128
# Two arrangements of 126 of the 128 values into 42 bands of 3 each: a pair with Jaccard 0.35 (a
# partial copy: half its text inside the other) shares a band 97% of the time, 84% with one.
ARRANGEMENTS = 2
BANDS, ROWS = 42 * ARRANGEMENTS, 3
MAX_CANDIDATES = 64  # candidates verified per article, those sharing the most bands first
JACCARD_THRESHOLD = 0.5
CONTAINMENT_THRESHOLD = 0.6  # dev: copies >= 0.70, different articles <= 0.22
# A shorter text may sit inside many others by chance; a headline and a one-sentence lead (the
# shortest version a wire service or a teaser puts out) have about 10.
MIN_CONTAINED_SHINGLES = 10
# The containment estimate multiplies the Jaccard estimate's error by the size ratio, and an LSH
# candidate's Jaccard estimate is biased up (it shares a band by selection): below this Jaccard
# the estimated containment is noise. Dev copies found by containment all had Jaccard >= 0.41.
CONTAINMENT_MIN_JACCARD = 0.25
# A text wholly inside another (containment >= 0.95: a site's own short lead of its long text, a
# dateline and headline above the first lines) is a copy down to this many shingles: the
# Jaccard floor above still holds, so a short line sharing only part of itself does not pass.
WHOLLY_CONTAINED = 0.95
MIN_WHOLLY_CONTAINED_SHINGLES = 6
# Opening keys: a site's short lead of its long text, or a wire service's shorter version, keeps
# the text's first sentences word for word, yet at a Jaccard of 0.25-0.4 with the long text it
# shares no LSH band a third of the time. Two more keys per article, the hash of its first full
# sentence and of its first two (a sentence of at least OPENING_MIN_TOKENS tokens: a menu line,
# a date or a currency line is not one), make such pairs candidates; the copy test is the same.
OPENING_KEYS = 2
OPENING_MIN_TOKENS = 10
# Two texts with the same opening key hold the same first sentences word for word, so every
# shingle of those sentences is in both: their count over the smaller text's is a containment
# that is certain, not estimated, and needs no Jaccard floor. A short text most of which is the
# long one's opening is a wire service's shorter version or a site's lead of its own text (on
# every set no pair labelled not a copy reached 0.2 this way; copies reach 0.6 to 1.0).



def _constants(name: str, n: int) -> np.ndarray:
    """n fixed 64-bit constants derived by blake2b (stored signatures must not depend on the
    random generator of a numpy version)."""
    return np.array([int.from_bytes(hashlib.blake2b(f"scowatch-neardup/{name}/{i}".encode(),
                                                    digest_size=8).digest(), "little")
                     for i in range(n)], dtype=np.uint64)


# Multiply-add-shift permutations of 64-bit shingle hashes to 32-bit values (a odd).
_PERM_A = _constants("perm-a", NUM_PERM) | np.uint64(1)
_PERM_B = _constants("perm-b", NUM_PERM)
_POLY = np.uint64(0x9E3779B97F4A7C15)
_BAND_MULT = _constants("band-mult", BANDS * ROWS).reshape(BANDS, ROWS) | np.uint64(1)
_BAND_SALT = _constants("band-salt", BANDS)
# The values each band takes: in order for the first arrangement, then in a fixed shuffled
# order (derived by blake2b like the constants, so stored keys never depend on numpy's RNG).
_BAND_VALUES = np.concatenate(
    [np.arange(42 * ROWS)]
    + [np.argsort(_constants(f"band-order-{k}", NUM_PERM), kind="stable")[:42 * ROWS]
       for k in range(1, ARRANGEMENTS)]).reshape(BANDS, ROWS)
_HEADER = struct.Struct("<HI")  # scheme, number of distinct shingles
_OPENING = struct.Struct(f"<{OPENING_KEYS}i")  # after the values: the opening keys, 0 for none
_OPENING_SIZES = struct.Struct(f"<{OPENING_KEYS}H")  # then the opening's distinct shingles
_EMPTY = np.full(NUM_PERM, np.iinfo(np.uint32).max, dtype=np.uint32)

# Scripts written without spaces between words: each character is a token there.
_NO_SPACE_CHAR = re.compile(
    r"[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]")
_HAN = re.compile(r"[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]")
# The end mark itself is cut away with the gap: punctuation never reaches a token anyway.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s+|[。！？；]+|\n+")


@dataclass(frozen=True)
class Match:
    """A verified near duplicate: the stored article, and how alike the two texts are."""

    article_id: int
    jaccard: float
    containment: float


@lru_cache(maxsize=1)
def _to_simplified() -> Any:
    import opencc  # OpenCC's maintained phrase and character tables, loaded once

    return opencc.OpenCC("t2s")


# A Han character followed by a bracketed pinyin syllable with a tone mark, as some sites'
# script converters leave after every converted character ("發(fā)表", "會(huì)議"), or by a
# bracketed single Han character (the converter's other form of it: checked with OpenCC).
_PINYIN_VOWEL = "aeiouüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_TONE_MARKS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_BRACKETED_READING = re.compile(
    r"(?<=[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF])[(（]"
    r"((?:[bcdfghjklmnpqrstwxyz]{0,2}[" + _PINYIN_VOWEL + r"]{1,3}(?:ng|n|r)?)"
    r"|[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF])[)）]")


def drop_bracketed_readings(text: str) -> str:
    """Text without the bracketed pinyin syllables (with a tone mark) or script variants some
    converters put after each Han character they convert: "發(fā)表" -> "發表", "會(会)議" ->
    "會議". A bracketed Han character is dropped only when OpenCC folds it and the character
    before it to one simplified form (a variant of it, not a different word); a bracketed
    Latin word without a tone mark ("(SCO)", "(a)") is kept."""
    if "(" not in text and "（" not in text:
        return text

    def repl(m: re.Match[str]) -> str:
        inner = m.group(1)
        if _HAN.match(inner):
            before = text[m.start() - 1]
            if before != inner and fold_chinese_script(before) == fold_chinese_script(inner):
                return ""
            return m.group(0)
        return "" if any(ch in _TONE_MARKS for ch in inner) else m.group(0)

    return _BRACKETED_READING.sub(repl, text)


def fold_chinese_script(text: str) -> str:
    """Traditional Chinese characters and phrases converted to simplified script, so that a
    Hong Kong or Taiwan reprint of a mainland text shingles like the original; text without
    Han characters is returned as it is."""
    if not _HAN.search(text):
        return text
    return str(_to_simplified().convert(text))


# Characters inside a word that outlets keep or leave out at will: the zero-width non-joiner
# and joiner (an Indic conjunct is written with one or without), the soft hyphen, the word
# joiner and zero-width no-break space, the Arabic tatweel (a stretch). Without this the
# tokeniser cuts a word at each of them (they are not word characters). In Arabic script the
# non-joiner is a word boundary instead, as Lucene's Persian analyser takes it: a Persian
# compound is written with it or with a space ("رئیس‌جمهور", "رئیس جمهور"), and a suffix too,
# which join_persian_affixes then joins back.
_INVISIBLE = "\u00ad\u200c\u200d\u2060\ufeff\u0640"
# round 39: Uzbek Latin writes its o' and g' with the turned comma letter (ʻ, U+02BB), the
# apostrophe letter (ʼ, U+02BC) or a quotation mark (‘, ’), one outlet one way and its copy another
# ("oʻz" and "o‘z"): the letters, which \w reads as word characters, are made the apostrophe
# that cuts a word as the marks do
_APOSTROPHE_LETTERS = {0x02BB: "'", 0x02BC: "'"}
# Arabic-script letters written two ways, folded as Lucene's Arabic and Persian normalisers do:
# Persian (farsi) yeh and alef maksura to the Arabic yeh, keheh to the Arabic kaf, teh marbuta,
# heh goal and ae to heh. Hamza and madda on a seat (أ إ آ ؤ ئ ۀ) are folded by decomposing
# them (NFKD) and dropping the marks, as the vowel marks (harakat) are.
_ARABIC_LETTER_VARIANTS = ARABIC_LETTER_VARIANTS | {"\u06c1": "\u0647", "\u06d5": "\u0647"}
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFC]")
_ARABIC_BLOCKS = ((0x0600, 0x0700), (0x0750, 0x0780), (0x0870, 0x0900))


@lru_cache(maxsize=1)
def _spelling_tables() -> tuple[dict[int, Any], dict[int, Any]]:
    """str.translate tables: every script's decimal digits to ASCII (unicodedata) with the
    invisible characters dropped; then, for Arabic-script text, also its combining marks
    (unicodedata category Mn of the Arabic blocks) dropped, its letter variants folded and
    the zero-width non-joiner made a space."""
    digits: dict[int, Any] = {cp: str(unicodedata.decimal(chr(cp)))
                              for cp in range(0x80, 0x110000)
                              if unicodedata.decimal(chr(cp), None) is not None}
    common = (digits | dict.fromkeys(map(ord, _INVISIBLE)) | _APOSTROPHE_LETTERS
              | ROMANIAN_COMMA_BELOW)
    marks = dict.fromkeys(cp for lo, hi in _ARABIC_BLOCKS for cp in range(lo, hi)
                          if unicodedata.category(chr(cp)) == "Mn")
    return common, (common | marks | str.maketrans(_ARABIC_LETTER_VARIANTS)
                    | {ord("\u200c"): " "})


def fold_spelling(text: str) -> str:
    """Text with the spelling variants outlets differ by folded to one form: digits of every
    script to ASCII ("۱۴۰۴", "٢٠٢٥", "२०२५"), zero-width joiners, soft hyphens and tatweel
    removed, Romanian comma-below ș ț written as the cedilla ş ţ; in Arabic script also the
    vowel marks, hamza and madda seats and the letter variants (ي/ی/ى, ك/ک, ة/ه) folded, a
    zero-width non-joiner is a space, and a letter written against a number is parted from it
    ("سال۲۰۲۴" is "سال 2024"); the pinyin glosses of a converted Chinese page dropped, as the
    store drops them (text.without_reading_glosses)."""
    common, arabic = _spelling_tables()
    text = without_reading_glosses(text)
    if not _ARABIC_SCRIPT.search(text):
        return unicodedata.normalize("NFKC", text).translate(common)
    folded = unicodedata.normalize("NFC", unicodedata.normalize("NFKD", text).translate(arabic))
    return _ARABIC_DIGIT_SEAM.sub(" ", folded)


# an Arabic-script letter written against a number, or a number against one: one outlet writes
# "حداقل۲۴" and "سال۲۰۲۴" where its copy writes "حداقل ۲۴", "سال ۲۰۲۴" (digits ASCII by then)
_ARABIC_DIGIT_SEAM = re.compile(
    r"(?<=[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF])(?=\d)"
    r"|(?<=\d)(?=[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF])")


# Persian writes its suffixes and verbal prefixes joined with a zero-width non-joiner, joined
# without it or after a space ("سازمان‌های", "سازمانهای", "سازمان های"): a token that is one of
# them is joined to its word, so all three spell one token. After folding: the plural -ha/-haye,
# the comparative -tar/-tarin; after a silent heh the indefinite or ezafe -i and the personal
# endings (-am, -im, -id, -and: "رفته‌اند"); before a verb the continuous mi-/nemi-.
_PERSIAN_SUFFIXES = frozenset({"ها", "هاي", "هايي", "تر", "ترين"})
_PERSIAN_SUFFIXES_AFTER_HEH = frozenset({"اي", "ام", "ايم", "ايد", "اند"})
_PERSIAN_PREFIXES = frozenset({"مي", "نمي"})


def join_persian_affixes(words: list[str]) -> list[str]:
    """The words with Persian affixes written apart joined to the word they belong to (the
    words folded by fold_spelling and words_of)."""
    out: list[str] = []
    for word in words:
        if out and _ARABIC_SCRIPT.match(word) and _ARABIC_SCRIPT.match(out[-1][-1]):
            prev = out[-1]
            if (word in _PERSIAN_SUFFIXES or prev in _PERSIAN_PREFIXES
                    or (word in _PERSIAN_SUFFIXES_AFTER_HEH and prev.endswith("ه"))):
                out[-1] = prev + word
                continue
        out.append(word)
    return out


def tokens(text: str) -> list[str]:
    """Normalised words, spelling variants folded (fold_spelling, join_persian_affixes);
    Chinese in simplified script; CJK and other unspaced scripts split into single
    characters."""
    text = fold_spelling(text)
    if not _NO_SPACE_CHAR.search(text):
        words = words_of(text)
        return join_persian_affixes(words) if _ARABIC_SCRIPT.search(text) else words
    words = words_of(fold_chinese_script(drop_bracketed_readings(text)))
    if _ARABIC_SCRIPT.search(text):
        words = join_persian_affixes(words)
    out: list[str] = []
    for word in words:
        if _NO_SPACE_CHAR.search(word):
            out.extend(part for part in _split_unspaced(word) if part)
        else:
            out.append(word)
    return out


def _split_unspaced(word: str) -> list[str]:
    parts: list[str] = []
    run = ""
    for ch in word:
        if parts and not run and unicodedata.category(ch)[0] == "M":
            parts[-1] += ch  # a Thai or Myanmar vowel sign or tone mark stays on its letter
        elif _NO_SPACE_CHAR.match(ch):
            if run:
                parts.append(run)
                run = ""
            parts.append(ch)
        else:
            run += ch
    if run:
        parts.append(run)
    return parts


def line_pieces(line: str) -> Iterator[tuple[int, int]]:
    """Start and end of each piece of one line between its sentence ends (the ends' marks left
    out): the one cut `sentences` and `flagged_runs` share."""
    start = 0
    for m in _SENTENCE_END.finditer(line):
        yield start, m.start()
        start = m.end()
    yield start, len(line)


def sentences(text: str) -> list[str]:
    """The text cut at line breaks and sentence ends (shingles never cross these cuts)."""
    return [piece for line in (text or "").split("\n") for start, end in line_pieces(line)
            if (piece := line[start:end]).strip()]


@lru_cache(maxsize=1 << 17)
def _word_hash(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "little")


def _mix64(x: np.ndarray) -> np.ndarray:
    # splitmix64's finaliser: spreads the polynomial combination over all 64 bits
    x = x ^ (x >> np.uint64(30))
    x = x * np.uint64(0xBF58476D1CE4E5B9)
    x = x ^ (x >> np.uint64(27))
    x = x * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


def sentence_tokens(text: str) -> list[list[str]]:
    """The tokens of each sentence of a text, empty sentences left out."""
    return [t for t in (tokens(s) for s in sentences(text)) if t]


def shingles_of(runs: list[list[str]], k: int = SHINGLE_WORDS) -> np.ndarray:
    """64-bit hashes of the k-token shingles inside each run (a shorter run is one shingle)."""
    lengths = np.fromiter((len(r) for r in runs), dtype=np.int64, count=len(runs))
    total = int(lengths.sum())
    if total == 0:
        return np.empty(0, dtype=np.uint64)
    words = np.fromiter((_word_hash(w) for r in runs for w in r), dtype=np.uint64, count=total)
    ends = np.repeat(np.cumsum(lengths), lengths)
    starts = ends - np.repeat(lengths, lengths)
    pos = np.arange(total)
    width = np.minimum(k, ends - pos)
    keep = (width == k) | ((pos == starts) & (np.repeat(lengths, lengths) < k))
    padded = np.concatenate([words, np.zeros(k, dtype=np.uint64)])
    acc = np.zeros(total, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(k):
            take = j < width
            acc = np.where(take, acc * _POLY + padded[pos + j], acc)
        acc = acc + width.astype(np.uint64)
        return _mix64(acc[keep])


def shingle_hashes(text: str, k: int = SHINGLE_WORDS) -> np.ndarray:
    """The distinct shingle hashes of a text; shingles never cross a sentence end."""
    return np.unique(shingles_of(sentence_tokens(text), k))


def minhash(shingles: np.ndarray) -> np.ndarray:
    """The NUM_PERM minimum permuted values of a set of shingle hashes (uint32)."""
    if len(shingles) == 0:
        return _EMPTY.copy()
    out = np.empty(NUM_PERM, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for start in range(0, len(shingles), 2048):  # bounded temporaries for long texts
            chunk = shingles[start:start + 2048]
            vals = ((chunk[:, None] * _PERM_A + _PERM_B) >> np.uint64(32)).min(axis=0)
            out = vals if start == 0 else np.minimum(out, vals)
    return out.astype(np.uint32)


def pack(values: np.ndarray, n_shingles: int, opening: tuple[int, ...] = (),
         opening_sizes: tuple[int, ...] = ()) -> bytes:
    """The stored form of a signature: a small header, NUM_PERM little-endian uint32, then the
    OPENING_KEYS opening keys (signed 32-bit, 0 for none) and the number of distinct shingles
    of each opening (uint16, 0 for none)."""
    keys = (tuple(opening) + (0,) * OPENING_KEYS)[:OPENING_KEYS]
    sizes = tuple(min(int(n), 0xFFFF) for n in (tuple(opening_sizes) + (0,) * OPENING_KEYS))
    return (_HEADER.pack(SCHEME, n_shingles) + values.astype("<u4").tobytes()
            + _OPENING.pack(*keys) + _OPENING_SIZES.pack(*sizes[:OPENING_KEYS]))


def unpack(sig: bytes) -> tuple[np.ndarray, int]:
    """The minhash values and distinct-shingle count of a stored signature."""
    scheme, n = _HEADER.unpack_from(sig)
    if scheme != SCHEME:
        raise ValueError(f"signature scheme {scheme} is not the current {SCHEME}")
    return np.frombuffer(sig, dtype="<u4", offset=_HEADER.size, count=NUM_PERM), n


def opening_of(sig: bytes) -> tuple[int, ...]:
    """The opening keys of a stored signature (0: the text has no such opening)."""
    return _OPENING.unpack_from(sig, _HEADER.size + 4 * NUM_PERM)


def opening_sizes_of(sig: bytes) -> tuple[int, ...]:
    """The number of distinct shingles of each opening of a stored signature (0: none)."""
    return _OPENING_SIZES.unpack_from(sig, _HEADER.size + 4 * NUM_PERM + _OPENING.size)


def opening_sizes(runs: list[list[str]]) -> tuple[int, ...]:
    """The number of distinct shingles of a text's first full sentence, then of its first two
    (the sentences opening_keys hashes); 0 where the text has fewer."""
    full = [r for r in runs if len(r) >= OPENING_MIN_TOKENS][:OPENING_KEYS]
    hashes = shingles_of(full)  # in order: a full sentence gives len - SHINGLE_WORDS + 1
    ends = np.cumsum([len(r) - SHINGLE_WORDS + 1 for r in full], dtype=np.int64)
    return tuple(len(np.unique(hashes[:ends[k - 1]])) if len(full) >= k else 0
                 for k in range(1, OPENING_KEYS + 1))


def opening_containment(a: bytes, b: bytes) -> float:
    """The share of the smaller text's shingles that are certainly in the other: those of the
    longest opening (first full sentences, word for word) the two share; 0.0 if none."""
    _, na = unpack(a)
    _, nb = unpack(b)
    if na == 0 or nb == 0:
        return 0.0
    keys_a, keys_b = opening_of(a), opening_of(b)
    sizes_a, sizes_b = opening_sizes_of(a), opening_sizes_of(b)
    shared = [min(sizes_a[k], sizes_b[k]) for k in range(OPENING_KEYS)
              if keys_a[k] and keys_a[k] == keys_b[k]]
    return min(1.0, max(shared, default=0) / min(na, nb))


def opening_keys(runs: list[list[str]]) -> tuple[int, ...]:
    """The keys of a text's opening: a hash of its first full sentence (OPENING_MIN_TOKENS
    tokens or more), then of its first two; 0 where the text has fewer. Never 0 otherwise."""
    full = [" ".join(r) for r in runs if len(r) >= OPENING_MIN_TOKENS][:OPENING_KEYS]
    keys = []
    for k in range(1, OPENING_KEYS + 1):
        if len(full) < k:
            keys.append(0)
            continue
        digest = hashlib.blake2b("\x1f".join(full[:k]).encode("utf-8"), digest_size=4,
                                 person=b"scowatch-open").digest()
        keys.append(int.from_bytes(digest, "little", signed=True) or 1)
    return tuple(keys)


# round 39: a line of a bilingual Chinese page is Chinese when Han characters or kana are at
# least this share of its letters; a line with none is a line of the other language
CHINESE_LINE_SHARE = 0.3


def chinese_lines(text: str) -> str:
    """The text as near duplicates compare it: a bilingual Chinese page (a white paper's
    statement, each Chinese paragraph followed by its English one) keeps only its Chinese lines
    when they are at least as many as the lines with no Han character, so that it compares
    with the Chinese text alone as a copy does (round 39: the Zhengzhou statement of 2015 on a
    bilingual site and on a Chinese news site, containment 0.45 with the English lines). Any
    other text is unchanged."""
    if not _HAN.search(text or ""):
        return text
    han, other = [], 0
    for line in text.split("\n"):
        letters = [ch for ch in line if ch.isalpha()]
        if not letters:
            continue
        cjk = sum(1 for ch in letters if _NO_SPACE_CHAR.match(ch))
        if cjk == 0:
            other += 1
        elif cjk >= CHINESE_LINE_SHARE * len(letters):
            han.append(line)
    return "\n".join(han) if other and len(han) >= max(other, 2) else text


# round 68: a sentence written in a script other than the text's own (a German report embedding
# the Persian post it quotes in German, as RT does) is left out of the shingles when the text's
# own script holds at least this share of its words. A copy on a mirror often drops the embed
# (blind set 51: RT German and its mirror, containment 0.60 with the Persian post, 0.73 without).
MAIN_SCRIPT_SHARE = 0.75
MIN_FOREIGN_WORDS = 5  # a sentence, not a menu's "中文" or "हिंदी"
# Scripts that write one language together: Japanese kana with Han characters.
_SCRIPT_GROUP = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "HALFWIDTH": "CJK", "IDEOGRAPHIC": "CJK"}
# Scripts tokens cuts into single characters (_NO_SPACE_CHAR): a run of five of them may be one
# word ("ภาษาไทย" in a menu), so no run of theirs is left out
_UNSPACED_SCRIPTS = frozenset({"CJK", "THAI", "LAO", "MYANMAR", "KHMER"})


@lru_cache(maxsize=1 << 14)
def _script_of(ch: str) -> str:
    """The script of a letter, by the first word of its Unicode name ("LATIN", "CYRILLIC",
    "ARABIC", "CJK" for Han and kana); "" for a character with no name."""
    first = letter_script(ch)
    return _SCRIPT_GROUP.get(first, first)


def _run_scripts(run: list[str]) -> dict[str, int]:
    """The number of a run's words in each script (a word's script: its first letter's; a Han
    character is a word, as tokens cuts it)."""
    counts: dict[str, int] = {}
    for word in run:
        letter = next((ch for ch in word if ch.isalpha()), "")
        if letter:
            script = _script_of(letter)
            counts[script] = counts.get(script, 0) + 1
    return counts


def foreign_runs(runs: list[list[str]]) -> list[bool]:
    """For each run (a sentence's tokens), whether near duplicates leave it out: in a text
    whose own script (the one most of its words are in) holds at least MAIN_SCRIPT_SHARE of
    its words, a run of at least MIN_FOREIGN_WORDS words most of which are in another script
    written with spaces (not Han, kana, Thai, ...: _UNSPACED_SCRIPTS), after a full sentence
    (OPENING_MIN_TOKENS words) of the text's own script: an embedded post quoted in its
    original language. A menu's language names, a Japanese logo line, the chrome above the
    text's first sentence (an English error page above a Chinese report) and every run of a
    text of mixed scripts (a bilingual page) stay."""
    per_run = [_run_scripts(r) for r in runs]
    total: dict[str, int] = {}
    for counts in per_run:
        for script, n in counts.items():
            total[script] = total.get(script, 0) + n
    words = sum(total.values())
    if not words:
        return [False] * len(runs)
    main = max(total, key=lambda k: total[k])
    if total[main] < MAIN_SCRIPT_SHARE * words or total[main] == words:
        return [False] * len(runs)
    out = []
    begun = False  # a full sentence of the text's own script came before
    for counts in per_run:
        other = max((k for k in counts if k != main), key=lambda k: counts[k], default="")
        out.append(begun and bool(other) and other not in _UNSPACED_SCRIPTS
                   and counts[other] >= MIN_FOREIGN_WORDS
                   and 2 * counts[other] > sum(counts.values()))
        begun = begun or counts.get(main, 0) >= OPENING_MIN_TOKENS
    return out


def main_script_runs(runs: list[list[str]]) -> list[list[str]]:
    """The runs near duplicates compare: those foreign_runs keeps."""
    return [r for r, drop in zip(runs, foreign_runs(runs), strict=True) if not drop]


def signature(text: str) -> bytes:
    """The MinHash signature of a text's body (a bilingual Chinese page's Chinese lines:
    chinese_lines; sentences in another script than the text's own left out:
    main_script_runs), with its shingle count and opening keys, as stored bytes."""
    runs = main_script_runs(sentence_tokens(chinese_lines(text)))
    shingles = np.unique(shingles_of(runs))
    return pack(minhash(shingles), len(shingles), opening_keys(runs), opening_sizes(runs))


def band_hashes(values: np.ndarray) -> np.ndarray:
    """The BANDS signed 32-bit LSH keys of one signature, or of a (n, NUM_PERM) matrix."""
    vals = np.atleast_2d(values)[:, _BAND_VALUES].astype(np.uint64)
    with np.errstate(over="ignore"):
        acc = (vals * _BAND_MULT).sum(axis=2, dtype=np.uint64) + _BAND_SALT
        keys = (_mix64(acc) >> np.uint64(32)).astype(np.uint32).view(np.int32)
    return keys[0] if np.ndim(values) == 1 else keys


def estimate(a: tuple[np.ndarray, int], b: tuple[np.ndarray, int]) -> tuple[float, float]:
    """Estimated Jaccard similarity and containment (of the smaller set in the larger)."""
    (va, na), (vb, nb) = a, b
    if na == 0 or nb == 0:
        return 0.0, 0.0
    jac = float(np.count_nonzero(va == vb)) / NUM_PERM
    inter = jac * (na + nb) / (1.0 + jac)
    return jac, min(1.0, inter / min(na, nb))


def verified(jac: float, cont: float, smaller: int, jaccard: float = JACCARD_THRESHOLD,
             containment: float = CONTAINMENT_THRESHOLD, opening: float = 0.0) -> bool:
    """The copy test on estimates: alike enough, or the smaller text mostly inside the other;
    or, certainly (`opening`: opening_containment), mostly the other's first sentences."""
    if jac >= jaccard:
        return True
    if opening >= containment and smaller >= MIN_CONTAINED_SHINGLES:
        return True
    if jac < CONTAINMENT_MIN_JACCARD:
        return False
    if cont >= max(containment, WHOLLY_CONTAINED):
        return smaller >= MIN_WHOLLY_CONTAINED_SHINGLES
    return cont >= containment and smaller >= MIN_CONTAINED_SHINGLES


# --- shared quotations: quoting one source is not republishing it -----------------------------

# Quotation marks, each opening mark with the marks that close it: straight and full-width
# double quotes, guillemets (« » in French and Russian, » « in German and Danish), „ “ and „ ”
# (German, Polish), “ ” (English, Chinese), the CJK corner brackets and the ornamented 〝 〞.
# Single quotes are left out: ’ is also an apostrophe ("SCO’s"), so a quotation in British
# single quotes is counted as narration, which only makes the test below veto less.
_QUOTE_CLOSERS = {"\"": "\"", "\uff02": "\uff02", "«": "»", "»": "«", "„": "“”", "“": "”",
                  "「": "」", "『": "』", "\ufe41": "\ufe42", "\ufe43": "\ufe44",
                  "\u301d": "\u301e\u301f"}
# Two reports around the same quotations of one statement share the quotations' shingles, up
# to a containment of a copy (blind set 17: EADaily's retelling of RIA's report around its two
# quotations of the Tianjin Declaration, containment 0.67); a copy also shares its narration,
# the words outside quotation marks. A pair passing the copy test is no copy when each text has
# at least MIN_NARRATION_SHINGLES shingles of narration and neither's narration is at least
# NARRATION_SHARED inside the other text (on every set: copies >= 0.55, that pair 0.36).
# A text with less narration (a statement quoted whole under a line of credit) is judged on
# the copy test alone.
MIN_NARRATION_SHINGLES = 10
NARRATION_SHARED = 0.45


def quoted_mask(line: str) -> list[bool]:
    """For each character of a line (a paragraph), whether it is inside quotation marks or is
    one. A quotation still open at the end of the line runs to its end (an English quotation
    over several paragraphs opens each of them and closes only the last)."""
    mask = [False] * len(line)
    i = 0
    while i < len(line):
        closers = _QUOTE_CLOSERS.get(line[i])
        if closers is None:
            i += 1
            continue
        ends = [j for j in (line.find(c, i + 1) for c in closers) if j >= 0]
        end = min(ends, default=len(line) - 1)
        mask[i:end + 1] = [True] * (end + 1 - i)
        i = end + 1
    return mask


def flagged_runs(text: str) -> list[tuple[list[str], list[bool]]]:
    """The tokens of each sentence (as `sentence_tokens` cuts them), each with whether it is
    quoted: a sentence is tokenised piece by piece between quotation marks."""
    runs: list[tuple[list[str], list[bool]]] = []
    for line in (text or "").split("\n"):
        mask = quoted_mask(line)
        for start, end in line_pieces(line):
            toks: list[str] = []
            flags: list[bool] = []
            pos = start
            while pos < end:  # pieces inside or outside quotation marks
                quoted = mask[pos]
                stop = pos
                while stop < end and mask[stop] == quoted:
                    stop += 1
                words = tokens(line[pos:stop])  # a quotation mark is no token
                toks += words
                flags += [quoted] * len(words)
                pos = stop
            if toks:
                runs.append((toks, flags))
    return runs


def narration_shingles(text: str) -> tuple[set[int], set[int]]:
    """A text's shingles, and those of its narration: the shingles none of whose tokens is
    inside quotation marks; runs in another script than the text's left out (foreign_runs)."""
    every: set[int] = set()
    narration: set[int] = set()
    runs = flagged_runs(text)
    dropped = foreign_runs([toks for toks, _ in runs])  # as the signature leaves them out
    for (toks, flags), drop in zip(runs, dropped, strict=True):
        if drop:
            continue
        hashes = shingles_of([toks]).tolist()
        every.update(hashes)
        width = min(SHINGLE_WORDS, len(toks))
        narration.update(h for p, h in enumerate(hashes) if not any(flags[p:p + width]))
    return every, narration


def narration_shared(a: str, b: str) -> float | None:
    """How much of either text's narration (its words outside quotation marks) is in the other
    text, the larger of the two shares; None when a text has less than MIN_NARRATION_SHINGLES
    shingles of narration (nothing to tell quoting from republishing by)."""
    every_a, told_a = narration_shingles(a)
    every_b, told_b = narration_shingles(b)
    if min(len(told_a), len(told_b)) < MIN_NARRATION_SHINGLES:
        return None
    return max(len(told_a & every_b) / len(told_a), len(told_b & every_a) / len(told_b))


def quotes_alike(a: str, b: str) -> bool:
    """Whether two texts that pass the copy test share their quotations but not their
    narration: two reports quoting one statement, each in its own words."""
    shared = narration_shared(a, b)
    return shared is not None and shared < NARRATION_SHARED


# --- template reports of another session: one body's numbered meetings ------------------------

# An agency reports each session of a body from one template (Xinhua's reports of the RATS
# council: the same sentences around "第34次例会" in 2019 and "第36次例会" in 2021, containment
# 0.63-0.67, blind set 30). A copy keeps its original's numbers; a report of another session
# writes another ordinal of the meeting. The ordinal of a meeting, by each language's grammar
# (numbers only, before or inside the meeting's word as the language writes it): Chinese and
# Japanese 第N次/届/回 before a meeting word (会, 會, サミット), Korean 제N차, English "34th
# (regular) meeting", Russian "34-е (очередное) заседание", French "34e réunion", Spanish,
# Portuguese and Italian "34.ª reunión" / "34ª sessione", German "34. Sitzung" (the period,
# which also ends a sentence, only before its meeting nouns).


def session_ordinals(text: str) -> frozenset[str]:
    """The ordinals of meetings a text writes ("34th meeting", "第34次例会", "34-е заседание"),
    as written: every match of the `session` reader of pipeline/data/ordinals.toml (round 43)."""
    return ordinals_written(text, "session")


def other_session(a: str, b: str) -> bool:
    """Whether two texts that pass the copy test report different sessions of a meeting: each
    writes a meeting's ordinal and none is in both (a template report of another session)."""
    first, second = session_ordinals(a), session_ordinals(b)
    return bool(first and second and not first & second)


def other_report(a: str, b: str) -> bool:
    """Whether two texts that pass the copy test are still two reports: they share only their
    quotations (`quotes_alike`) or report different sessions of a meeting (`other_session`)."""
    return quotes_alike(a, b) or other_session(a, b)


def is_near_duplicate(a: bytes, b: bytes, jaccard: float = JACCARD_THRESHOLD,
                      containment: float = CONTAINMENT_THRESHOLD,
                      texts: tuple[str, str] | None = None) -> bool:
    """Whether two signatures are copies: alike enough, or the shorter one inside the other;
    given the two texts, not if they share only their quotations (`quotes_alike`) or report
    different sessions of a meeting (`other_session`)."""
    ua, ub = unpack(a), unpack(b)
    jac, cont = estimate(ua, ub)
    if not verified(jac, cont, min(ua[1], ub[1]), jaccard, containment,
                    opening_containment(a, b)):
        return False
    return texts is None or not other_report(*texts)


def index_keys(sig: bytes) -> list[tuple[int, int]]:
    """The (band_no, key) rows the index keeps for a signature: its BANDS LSH band keys, then
    its opening keys as band numbers BANDS, BANDS + 1 (those it has)."""
    values, n = unpack(sig)
    if n == 0:
        return []
    rows = [(i, int(h)) for i, h in enumerate(band_hashes(values))]
    rows += [(BANDS + j, key) for j, key in enumerate(opening_of(sig)) if key]
    return rows


def lsh_candidate(a: bytes, b: bytes) -> bool:
    """Whether two signatures share an LSH band key or an opening key, i.e. the index would
    pair them."""
    return bool(set(index_keys(a)) & set(index_keys(b)))


def index_article(session: Session, article_id: int, sig: bytes) -> None:
    """Store an article's signature and its LSH band keys, replacing any earlier version's."""
    _, n = unpack(sig)
    session.execute(insert_for(session)(ArticleSignature).values(
        article_id=article_id, scheme=SCHEME, shingles=n, minhash=sig)
        .on_conflict_do_update(index_elements=["article_id"],
                               set_={"scheme": SCHEME, "shingles": n, "minhash": sig}))
    session.execute(delete(LshBand).where(LshBand.article_id == article_id))
    if n == 0:
        return
    session.execute(insert(LshBand), [
        {"article_id": article_id, "band_no": i, "band_hash": h} for i, h in index_keys(sig)])


@lru_cache(maxsize=1)
def _candidate_query() -> Any:
    # Built once with bind parameters: composing 42 OR-ed comparisons (and the two opening keys)
    # per article costs more than running the query.
    shared = func.count().label("shared")
    return (select(LshBand.article_id, shared)
            .where(or_(*(and_(LshBand.band_no == i, LshBand.band_hash == bindparam(f"h{i}"))
                         for i in range(BANDS + OPENING_KEYS))),
                   LshBand.article_id < bindparam("before"))
            .group_by(LshBand.article_id)
            .order_by(shared.desc(), LshBand.article_id).limit(bindparam("limit")))


def candidates(session: Session, article_id: int, sig: bytes,
               limit: int = MAX_CANDIDATES) -> list[int]:
    """Earlier articles sharing at least one LSH band or opening key with the signature, most
    shared first."""
    rows = index_keys(sig)
    if not rows:
        return []
    # a missing opening key is bound as 0, which no stored opening key is
    params: dict[str, int] = {f"h{i}": 0 for i in range(BANDS + OPENING_KEYS)}
    params.update({f"h{i}": h for i, h in rows})
    params.update(before=article_id, limit=limit)
    return [row.article_id for row in session.execute(_candidate_query(), params)]


def matches(session: Session, article_id: int, sig: bytes, jaccard: float = JACCARD_THRESHOLD,
            containment: float = CONTAINMENT_THRESHOLD, body: str | None = None) -> list[Match]:
    """Every verified near duplicate among the candidates, earliest article first; given the
    article's body, not those sharing only its quotations (`quotes_alike`, on the stored
    bodies of the few verified ones)."""
    ids = candidates(session, article_id, sig)
    if not ids:
        return []
    mine = unpack(sig)
    found = []
    stored = session.execute(select(ArticleSignature.article_id, ArticleSignature.minhash)
                             .where(ArticleSignature.article_id.in_(ids),
                                    ArticleSignature.scheme == SCHEME))
    for other_id, other_sig in stored:
        theirs = unpack(other_sig)
        jac, cont = estimate(mine, theirs)
        if verified(jac, cont, min(mine[1], theirs[1]), jaccard, containment,
                    opening_containment(sig, other_sig)):
            found.append(Match(other_id, jac, cont))
    if body is not None and found:
        bodies = {row.id: row.body for row in session.execute(
            select(ArticleRow.id, ArticleRow.body)
            .where(ArticleRow.id.in_([m.article_id for m in found])))}
        found = [m for m in found
                 if not other_report(body, bodies.get(m.article_id) or "")]
    return sorted(found, key=lambda m: m.article_id)


def find_near_duplicate(session: Session, article_id: int, sig: bytes,
                        jaccard: float = JACCARD_THRESHOLD,
                        containment: float = CONTAINMENT_THRESHOLD,
                        body: str | None = None) -> int | None:
    """The original an earlier near duplicate points to (or that article itself), else None;
    given the body, quotations shared alone make no copy (`matches`)."""
    found = matches(session, article_id, sig, jaccard, containment, body)
    if not found:
        return None
    first = found[0].article_id
    root = session.scalar(select(ArticleRow.duplicate_of_id).where(ArticleRow.id == first))
    return root or first


def stale_signatures(session: Session, after: int, limit: int) -> list[tuple[int, str]]:
    """Articles (id, body) whose stored signature is of an older SCHEME, from `after` on."""
    rows = session.execute(
        select(ArticleSignature.article_id, ArticleRow.body)
        .join(ArticleRow, ArticleRow.id == ArticleSignature.article_id)
        .where(ArticleSignature.scheme != SCHEME, ArticleSignature.article_id > after)
        .order_by(ArticleSignature.article_id).limit(limit))
    return [(article_id, body or "") for article_id, body in rows]


def reindex_stale(db: Database, log: Callable[[str], None] = print, batch_size: int = 500) -> int:
    """Rebuild the signatures and LSH bands stored under an older SCHEME (after an upgrade
    changed shingling), so that new articles are compared with the whole archive again; one
    transaction per batch, so an interrupted rebuild goes on where it stopped."""
    done, last = 0, 0
    while True:
        with db.session() as session:
            batch = stale_signatures(session, last, batch_size)
            for article_id, body in batch:
                index_article(session, article_id, signature(body))
        if not batch:
            break
        done += len(batch)
        last = batch[-1][0]
        log(f"near-duplicate index: rebuilt {done} signatures of an older scheme so far")
    return done


def dedup_article(session: Session, article_id: int, body: str) -> int | None:
    """Index an article's body and return the original it nearly copies, if any."""
    sig = signature(body)
    original = find_near_duplicate(session, article_id, sig, body=body)
    index_article(session, article_id, sig)
    return original


# --- versions: the same URL with another text -------------------------------------------------

NEW_TEXT_SHARE = 0.2  # a fifth of the new text's 3-word shingles unseen before: material
DROPPED_TEXT_SHARE = 0.5  # half of the old text gone: material
_DOC_WORDS = (r"Declaration|Communiqu[eé]|Strategy|Action Plan|Plan|Programme|Program|Concept|"
              r"Memorandum|Agreement|Treaty|Charter|Convention|Statement|Roadmap|Protocol")
_NOT_NAME = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
             r"March|April|May|June|July|August|September|October|November|December)\b")
_DOCUMENT_NAME = re.compile(
    r"(?:\b[A-Z][\w’'.-]*\s+){0,6}\b(?:" + _DOC_WORDS + r")\b"
    r"(?:\s+(?:of|on|for|to|until|through|in|between)\s+(?:the\s+)?"
    r"(?!" + _NOT_NAME + r")[A-Z0-9][\w’'-]*(?:\s+(?!" + _NOT_NAME + r")[A-Z0-9][\w’'-]*){0,5}"
    r"){0,3}"
    r"|(?:[А-ЯЁ][а-яё-]+\s+)?(?i:декларац|стратеги|меморандум|соглашени|программ|концепци|"
    r"заявлени|хартия|коммюнике|план\b)[а-яё]*"
    r"|《[^》]{0,40}(?:宣言|声明|战略|纲要|备忘录|协定|公报|构想|计划|规划)[^》]{0,10}》"
    r"|[\u4e00-\u9fff]{0,4}(?:宣言|声明|战略|纲要|备忘录|协定|公报|构想|行动计划|规划)")


@dataclass(frozen=True)
class Change:
    """Whether a new version of an article changes it enough to tell a reader again, and why."""

    material: bool
    reason: str


def document_names(text: str) -> set[str]:
    """Names in a text that look like documents (declarations, strategies, memorandums...)."""
    names = {normalize_text(m.group(0)).removeprefix("the ")
             for m in _DOCUMENT_NAME.finditer(text or "")}
    # a bare "plan" or "agreement" is not a name; a Russian or Chinese keyword may be
    return {n for n in names if len(n.split()) > 1 or not n.isascii()}


def material_change(old_title: str | None, old_body: str | None, new_title: str | None,
                    new_body: str | None, old_documents: tuple[str, ...] | list[str] = (),
                    new_documents: tuple[str, ...] | list[str] = ()) -> Change:
    """Whether going from the old text to the new one is material: a document appears, or a
    large share of the text is new or gone. Typos, headline tweaks and small edits are not."""
    added_docs = sorted(set(new_documents) - set(old_documents))
    if added_docs:
        return Change(True, f"new document: {added_docs[0]}")
    named = sorted(document_names(f"{new_title or ''}\n{new_body or ''}")
                   - document_names(f"{old_title or ''}\n{old_body or ''}"))
    if named:
        return Change(True, f"new document named: {named[0]}")
    old = set(shingle_hashes(old_body or "", 3).tolist())
    new = set(shingle_hashes(new_body or "", 3).tolist())
    if not new:
        return Change(False, "no text")
    added = len(new - old) / len(new)
    dropped = len(old - new) / len(old) if old else 1.0
    if added >= NEW_TEXT_SHARE:
        return Change(True, f"{added:.0%} of the text is new")
    if dropped >= DROPPED_TEXT_SHARE:
        return Change(True, f"{dropped:.0%} of the text was removed")
    return Change(False, f"minor edit ({added:.0%} new, {dropped:.0%} removed)")


def record_version(session: Session, article_id: int,
                   documents: tuple[str, ...] | list[str] = ()) -> Change | None:
    """Keep the article's current text as a version; say how it differs from the previous one
    (None for the first version). Idempotent: a rerun returns what was recorded."""
    row = session.get(ArticleRow, article_id)
    if row is None:
        return None
    done = session.execute(select(ArticleVersion).where(
        ArticleVersion.article_id == article_id, ArticleVersion.version == row.version)
    ).scalar_one_or_none()
    if done is not None:
        return None if done.material is None else Change(done.material, done.change or "")
    previous = session.execute(
        select(ArticleVersion).where(ArticleVersion.article_id == article_id,
                                     ArticleVersion.version < row.version)
        .order_by(ArticleVersion.version.desc()).limit(1)).scalar_one_or_none()
    change = None
    if previous is not None:
        change = material_change(previous.title, previous.body, row.title, row.body,
                                 previous.documents, list(documents))
    session.execute(insert_for(session)(ArticleVersion).values(
        article_id=article_id, version=row.version, body_hash=row.body_hash, title=row.title,
        body=row.body, seen_at=row.updated_at, documents=sorted(set(documents)),
        material=change.material if change else None, change=change.reason if change else None)
        .on_conflict_do_nothing(index_elements=["article_id", "version"]))
    return change
