"""German document titles: the type word and the genitive or prepositional tail that names it
("die Charta der Organisation", "das Abkommen über die Organe zur Bekämpfung des Terrorismus")."""

from __future__ import annotations

import re

from pipeline.documents.base import _WHEN_WORDS, _Candidate, _Sentence
from pipeline.documents.keys import document_key, latin_venue_spellings
from pipeline.documents.names_latin import _head_words, _quoted_title
from pipeline.tagging import Match

# German type words (every German noun is capitalised, so capitals do not mark a title).
# round 73 (names73): "Konzept" / "Konzeption" ("über das Konzept der Zusammenarbeit der
# Mitgliedstaaten ... bei der Entwicklung der Interkonnektivität", FPI, blind set 25)
GERMAN_TYPE = re.compile(
    r"(?:charta|abkommens?|übereinkommens?|vertrag(?:e?s)?|konvention|erklärung|deklaration|"
    r"(?:entwicklungs)?strategie|programms?|aktionsplan(?:e?s)?|kommuniqués?|konzept(?:e?s)?|"
    r"konzeption)$",
    re.IGNORECASE,
)

# Words that link a German title's nouns: articles, prepositions, "and" within one subject.
# round 59 (names59): "bei" / "beim" (in: "ein Programm für die Zusammenarbeit bei der Bekämpfung
# des Terrorismus, Separatismus und Extremismus 2019 bis 2021", blind set 45), as "in" and "im".
_LINKS = frozenset(
    "der die das des dem den über zur zum zu von vom für mit gegen bis auf zwischen und in im "
    "bei beim betreffend".split()
)
# "Other", "further", "several" ... after "und": the list goes on to unnamed documents, never
# the title's own words ("die Erklärung von Astana und andere Dokumente", round 23).
_OTHERS = re.compile(
    r"(?:andere|weitere|sonstige|zahlreiche|mehrere|verschiedene|einige|viele|alle)[nrsm]?",
    re.IGNORECASE,
)
# A count before the type word: the documents of a class, none of them titled ("ein Dutzend
# Abkommen über Sicherheit und wirtschaftliche Zusammenarbeit", "zwölf Abkommen über ...",
# "mehrere Abkommen"; round 27, blind set 21).
_COUNTED = re.compile(
    r"(?:\bDutzend(?:e|en)?|\b\d+|\b(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf"
    r"|zwanzig|dreißig)|\b" + _OTHERS.pattern + r")\s+(?:[a-zäöüß-]+(?:e|en|er|es)\s+)?$",
    re.IGNORECASE,
)
_ARTICLES = frozenset("der die das des dem den ein eine einen einer".split())
_MONTHS = frozenset(
    "januar februar märz april mai juni juli august september oktober november dezember".split()
)
# A lower-case adjective inside a title ("die regionalen Organe", "multilaterale Zusammenarbeit").
_ADJECTIVE = re.compile(r"[a-zäöüß-]+(?:e|en|er|es|em)")


def _german_name(part: _Sentence, head: Match, kind: str) -> _Candidate | None:
    """A German title: in quotation marks, else the type word with its tail; a bare type word
    ("die Charta") is no name."""
    found = _head_words(part, head)
    if found is None:
        return None
    first, last, words = found
    tokens = part.tokens
    quoted = _quoted_title(part, first, kind)
    if quoted is not None:
        return quoted
    if _COUNTED.search(part.text[max(0, tokens[first].start() - 24) : tokens[first].start()]):
        return None  # "ein Dutzend Abkommen über Sicherheit": a class of documents, no title
    right = last
    i = last + 1
    reach = 16
    while i < len(words) and i - last <= reach:
        word = words[i]
        low = word.lower()
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if low == "und" and _parallel_verbal_noun(words, last, i):
            reach += 4  # "bei der Entwicklung ... und der Schaffung ...": one subject (round 73)
            i += 2
            continue
        if low == "und" and (nxt.lower() in _ARTICLES or GERMAN_TYPE.match(nxt)):
            break  # "die Charta der Organisation und das Abkommen ...": the next item
        if low == "und" and _OTHERS.fullmatch(nxt):
            break  # "die Erklärung von Astana und andere Dokumente": the rest of a package
        if low in {"in", "im", "am", "bis"} and (
            nxt.lower() in _MONTHS or nxt.lower() in _WHEN_WORDS or re.fullmatch(r"\d+\.?", nxt)
        ) and low != "bis":
            break  # "... im Mai 2003", "am 7. Juni": the report, not the title
        if low in _LINKS or _ADJECTIVE.fullmatch(word) and nxt[:1].isupper():
            i += 1
            continue
        if (
            word == ","
            and right == i - 1
            and nxt[:1].isupper()
            and not GERMAN_TYPE.match(nxt)
            and i + 3 < len(words)
            and words[i + 2].lower() == "und"
            and words[i + 3][:1].isupper()
        ):
            # "über langfristige Nachbarschaft, Freundschaft und Zusammenarbeit": the title's
            # own list of nouns goes on (round 32)
            right = i = i + 3
            i += 1
            continue
        noun = _adjectives_to_noun(words, i) if _ADJECTIVE.fullmatch(word) else None
        if noun is not None:
            # "zuverlässiger, nachhaltiger und diversifizierter Lieferketten" (round 32)
            right = i = noun
            i += 1
            continue
        if word[:1].isupper() or re.fullmatch(r"\d{4}(?:-\d{2,4})?", word):
            right = i
            i += 1
            continue
        break
    if right == last:
        return None
    if first > 0 and (
        _TITLE_ADJECTIVE.fullmatch(words[first - 1])
        or words[first].lower() == "erklärung"
        and _JOINT_BEFORE_DECLARATION.fullmatch(words[first - 1])
    ):
        first -= 1  # "den umfassenden Aktionsplan": the Comprehensive Action Plan (round 32)
    start, end = part.start + tokens[first].start(), part.start + tokens[right].end()
    name = re.sub(r"\s+", " ", part.text[tokens[first].start() : tokens[right].end()])
    if words[first].lower() == "erklärung" and "statement" in document_key(name).split():
        # the council's "Erklärung zur Gewährleistung der ...": a statement (Заявление), as
        # its key says (round 32)
        kind = "joint_statement"
    return _Candidate(start, end, name, kind)


# round 73 (names73): German nouns on "-ung" that name documents ("und die Vereinbarung ..."
# opens the next item, not the title's next subject).
_DOCUMENT_UNG = re.compile(r"(?:vereinbarung|satzung|erklärung|verordnung|regelung|entscheidung|"
                           r"ordnung)", re.IGNORECASE)


def _parallel_verbal_noun(words: list[str], last: int, i: int) -> bool:
    """Whether "und" at word i joins a second verbal noun to one already in the title after its
    type word (last), in the same case: "über das Konzept der Zusammenarbeit ... bei der
    Entwicklung der Interkonnektivität und der Schaffung effektiver Verkehrskorridore" (FPI,
    blind set 25) is one subject, where "und das Abkommen" would open the next item."""
    if i + 2 >= len(words):
        return False
    article, noun = words[i + 1], words[i + 2]
    if article not in {"der", "des", "dem"} or not noun.endswith("ung"):
        return False
    if not noun[:1].isupper() or _DOCUMENT_UNG.search(noun) or GERMAN_TYPE.match(noun):
        return False
    return any(
        words[j] == article and words[j + 1].endswith("ung") and words[j + 1][:1].isupper()
        and not _DOCUMENT_UNG.search(words[j + 1])
        for j in range(last + 1, i - 1)
    )


# Lower-case words of the adjectives' endings that are none ("sowie": as well as).
_NOT_ADJECTIVES = frozenset("sowie sodass wie ebenso".split())
# Lower-case adjectives that belong to a title before its type word (English capitalises them:
# "Comprehensive Action Plan").
_TITLE_ADJECTIVE = re.compile(r"umfassend(?:e|en|er|es)?", re.IGNORECASE)
# Round 78 (names78): "Gemeinsame" before "Erklärung" only, the "Joint Declaration" ("2010 wurde
# eine Gemeinsame Erklärung über die Zusammenarbeit zwischen den UN- und SCO-Sekretariaten
# unterzeichnet", Epoch Times German, blind set 25); a joint plan is the plan ("einen gemeinsamen
# Anti-Terror-Plan für 2019 bis 2021", blind set 45, labelled without it).
_JOINT_BEFORE_DECLARATION = re.compile(r"gemeinsam(?:e|en)", re.IGNORECASE)


def _adjectives_to_noun(words: list[str], i: int) -> int | None:
    """The capitalised noun that lower-case adjectives, joined by commas and "und", run to from
    word i ("zuverlässiger, nachhaltiger und diversifizierter Lieferketten"), else None."""
    j = i
    while j < len(words) and j - i <= 8:
        word = words[j]
        if word[:1].isupper():
            return j if j > i + 1 and _ADJECTIVE.fullmatch(words[j - 1]) else None
        low = word.lower()
        if low in _ARTICLES or low in _LINKS - {"und"} or low in _NOT_ADJECTIVES:
            return None  # "... sowie die Erklärung": the next item, not an adjective
        if not (_ADJECTIVE.fullmatch(word) or low == "und" or word == ","):
            return None
        j += 1
    return None


# round 59 (names59): a German city adjective on "-er" right before the declaration word ("die
# Qingdaoer Deklaration des Vorstandes der Staatsoberhäupter der SCO-Mitglieder", CRI German,
# blind set 45), as "Moskauer Erklärung" and "Taschkenter Erklärung" whose adjectives the venues
# table lists: the city's name before "-er" is a venue's Latin spelling.
_CITY_ADJECTIVE = re.compile(r"(?<!\w)([A-Z][a-zäöü]+?)er\s+$")


def german_venue_adjective(part: _Sentence, head: Match) -> _Candidate | None:
    """The declaration of the venue whose German adjective stands right before the word."""
    word = part.text[head.start - part.start : head.end - part.start]
    if not re.fullmatch(r"(?:Erklärung|Deklaration)", word):
        return None
    found = _CITY_ADJECTIVE.search(part.text, 0, head.start - part.start)
    if found is None:
        return None
    venue = latin_venue_spellings().get(found.group(1).casefold())
    if venue is None:
        return None
    start = part.start + found.start(1)
    return _Candidate(start, head.end, f"{venue} Declaration", "declaration", venue)


# round 59 (names59): a type word that closes a hyphenated German compound, a German link after
# it ("einen gemeinsamen Anti-Terror-Plan für 2019 bis 2021", RT Deutsch, blind set 45): the
# compound is the title's head, its tail read as German ("Plan" alone is no German type word,
# English titles share it).
_COMPOUND_BEFORE = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\wäöüß]*(?:-[A-ZÄÖÜ][\wäöüß]*)*-$")
_GERMAN_LINK_AFTER = re.compile(r"\s+(?:für|zur|zum|gegen|bis|über)\s")


def german_compound_head(part: _Sentence, head: Match) -> bool:
    """Whether a type word closes a hyphenated compound followed by a German link."""
    rel = head.start - part.start
    return bool(
        _COMPOUND_BEFORE.search(part.text, 0, rel)
        and _GERMAN_LINK_AFTER.match(part.text, head.end - part.start)
    )
