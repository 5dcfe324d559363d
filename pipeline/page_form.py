"""What kind of page a text is, by its form: whether it DESCRIBES a thing (an encyclopedia entry,
a wiki page, an explainer, a page named for the zone or programme it is about) rather than
REPORTS an event. One module for what relevance (pipeline.tagging) and stories (pipeline.stories)
both read: before it, three predicates grown round by round lived in those two modules
(tagging.opens_with_definition, stories.reference_page and stories.background_page), each
reading one form of the same kind of page.

`describes` gives the form a page has, or None; the callers decide what a form means for them:
relevance drops an opening definition of the SCO (the page is background, not news), stories
place no undated page of any form at a meeting (it names its meeting's venue and days as a
report does, but it is no news of the event). The forms, the rounds that found them and their
examples are in each predicate's docstring; docs/dedup.md and docs/tagging.md tell the rounds."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from pipeline.story_words import words_pattern
from pipeline.text import hard_wrapped, next_sentence_end

TAGGING_WORDS_FILE = Path(__file__).parent / "data" / "tagging_words.toml"
# a word of letters (two at least), and a Chinese character: what a headline says besides a name
_TITLE_WORD = re.compile(r"[^\W\d_]{2,}")
_CJK_CHAR = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
HEADLINE_CHARS = 120  # a longer first line is a lead sentence, not a headline (as in stories)


class Span(Protocol):
    """A name found in a text (pipeline.tagging.Match): its character span."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


# ---- encyclopedia entries and wiki pages -----------------------------------------------------

# a numbered citation mark of an encyclopedia page ("...举行[1]", "the largest yet.[2]"),
# ASCII or full-width brackets; four digits would be a year ("[2025]")
_CITATION_MARK = re.compile(r"[\[［](\d{1,3})[\]］]")


def reference_page(body: str) -> bool:
    """Whether a page reads as an encyclopedia entry rather than a report: its text carries at
    least two different numbered citation marks ("[1]", "[2]"), as Wikipedia's and Baidu
    Baike's entries in every language do and news reports do not. An undated entry on a
    meeting (round 11: a Chinese encyclopedia page of the 2025 Tianjin summit found in an
    archive crawl) names its venue and days as a report does, but it is no news of the event."""
    return len({m.group(1) for m in _CITATION_MARK.finditer(body or "")}) >= 2


# round 56: a wiki page's title as a wiki's text renders it ("= 2017 Astana SCO summit =")
_WIKI_HEADING = re.compile(r"\A\s*(=+)[ \t]*([^=\n]{3,120}?)[ \t]*\1[ \t]*(?:\n|\Z)")
NAME_INTRODUCED_CHARS = 600  # how far below its headline a page introduces the name it bears


def background_page(title: str, body: str) -> bool:
    """Whether an undated page reads as a description of a thing rather than news of an event
    (round 56), by its form:

    - it opens on a wiki page's title in a wiki's heading marks ("= 2017 Astana SCO summit =",
      an encyclopedia article as a wiki's text renders it; reference_page reads the entries
      that keep their citation marks);
    - its headline is a name that its text, within NAME_INTRODUCED_CHARS, introduces with its
      abbreviation ("China-SCO Local Economic and Trade Cooperation Demonstration Area" over
      "The China-SCO Local Economic and Trade Cooperation Demonstration Area (SCODA) is of
      great political significance"): the page is about the body, zone or programme it is
      named for, and a meeting it recalls (where the zone was announced) is its background.
      A report's headline is a sentence its text does not repeat word for word as a name.

    Read only for an undated page resolved to a meeting (features_for): such a page dates no
    event of its own, and names its meeting's venue and days as a report does."""
    text = body or ""
    if _WIKI_HEADING.match(text):
        return True
    headline = (title or "").strip()
    below = text
    if not headline:
        first, _, below = text.strip().partition("\n")
        headline = first.strip()
    if not 2 <= len(headline.split()) <= 15 or len(headline) > HEADLINE_CHARS:
        return False
    introduced = below[:NAME_INTRODUCED_CHARS]
    if "(" not in introduced and "（" not in introduced:
        return False  # no bracket to introduce an abbreviation (round 79: spares the compile)
    return _introduced_with_abbreviation(headline).search(introduced) is not None


@lru_cache(maxsize=256)
def _introduced_with_abbreviation(headline: str) -> re.Pattern[str]:
    """The headline as a name followed by its bracketed abbreviation, compiled once."""
    return re.compile(re.escape(headline) + r"\s*[(（]\s*[A-Z][A-Za-z-]{1,11}\s*[)）]", re.I)


# round 60 (relev60): an encyclopedia's tagline, a line of its own near the page's start that
# names the encyclopedia the page is from ("Z Wikipedii, wolnej encyklopedii", "From Wikipedia,
# the free encyclopedia", "来自中文百科专业版"); a report may cite Wikipedia in a sentence, not on a
# line of its own at its top
_TAGLINE = re.compile(
    r"^[^\S\n]*(?:(?:from|aus|de|da|z|origem:|un article de|материал из)[^\S\n]+)?"
    r"(?:wiki\w*|википеди\w*)[^\S\n]*[,—–-][^\S\n]*[\w' ]{0,12}"
    r"(?:encyclop|enzyklop|enciclop|encyklop|энциклопеди)[^\n]{0,20}$"
    r"|^[^\S\n]*(?:来自|來自)[^\n]{0,10}百科[^\n]{0,10}$|^[^\S\n]*维基百科，自由的百科全书",
    re.IGNORECASE | re.MULTILINE,
)
TAGLINE_CHARS = 300  # how far from the page's start the tagline stands


def encyclopedia_tagline(title: str, body: str) -> bool:
    """Whether the page carries an encyclopedia's tagline near its start (_TAGLINE): it is that
    encyclopedia's entry, whatever its first lines say (blind set 47's Polish Wikipedia page on
    the SCO, whose definition follows its infobox; blind set 40's Chinese encyclopedia page)."""
    return _TAGLINE.search(f"{title}\n{body or ''}"[:TAGLINE_CHARS]) is not None


# ---- a definition of the SCO opening the page -----------------------------------------------

# round 54: an encyclopedia's or an explainer's first sentence: the SCO's name at the start of
# the title or of the body's first line (after an article or a dash at most: "The", "Die", "- "),
# then, in the same sentence and within this many characters, a definition of it
# (tagging_words.toml, [definition])
DEFINITION = re.compile(words_pattern("definition", TAGGING_WORDS_FILE), re.IGNORECASE)
_OPENING_CHARS = 5
_DEFINITION_REACH = 240  # round 57: 120 before (a founding clause between name and definition)
# a sentence's or a line's end (pipeline/text.py's sentence_ends) between the name and the
# definition: two sentences, no definition
# round 56 (relev56, blind set 42 as dev): a name of the SCO the gazetteers do not know, glossed
# by a bracket that opens with one they know ("Shanghai stofnunin (Shanghai Co-operation
# Organization -SCO) er evrasísk samstarfsstofnun", an Icelandic science page): at most three
# words, then the bracket; the name in the bracket opens the line as the page's own name does
_GLOSSED_NAME = re.compile(r"[^\W\d_][\w'’.-]*(?:[^\S\n]+[\w'’.-]+){0,2}[^\S\n]*\([^\S\n]*\Z")
_GLOSS_CHARS = 40


_HISTORY_YEAR = re.compile(r"(?<!\d)(?:1996|2001)(?!\d)")


_ENTRY_CHARS = 400


def _line_start(text: str, pos: int, body_line: int) -> int:
    """Where the line holding pos starts in the body, after its leading spaces."""
    start = max(text.rfind("\n", body_line, pos) + 1, body_line)
    while start < pos and text[start] in " \t\u3000\xa0":
        start += 1
    return start


def _entry_lines(text: str, start: int, end: int) -> bool:
    """Whether the body's lines before a later line are an entry's, not a report's opening: each
    a short line (a source, a date, the name again, at most HEADLINE_CHARS) or a bracket of the
    name's other forms, none a sentence that names the SCO or ends with a stop (round 60)."""
    for line in text[start:end].split("\n"):
        line = line.strip()
        if line[:1] in "(（":
            continue
        if len(line) > HEADLINE_CHARS or line.endswith((".", "!", "?", "。", "！", "？", "।")):
            return False
    return True


def _headword(text: str, m: Span) -> bool:
    """Whether an SCO name is written in capitals, of two words or more: an encyclopedia's or a
    dictionary's headword ("ORGANISASI KERJASAMA SHANGHAI, SCO adalah organisasi internasional",
    "ORGANIZZAZIONE DI COOPERAZIONE DI SHANGHAI, SCOè un'organizzazione", blind set 43's content
    farms copying one entry): the line it opens is an entry, whatever the page's title says
    (round 57). A report does not write the SCO's name in capitals at a line's start."""
    name = text[m.start : m.end]
    return len(name.split()) >= 2 and name.isupper()


def opens_with_definition(text: str, sco: Sequence[Span], body_start: int) -> bool:
    """Whether a page opens with a definition of the SCO (definition_span)."""
    return definition_span(text, sco, body_start) is not None


def definition_span(text: str, sco: Sequence[Span], body_start: int) -> tuple[int, int] | None:
    """Whether a page opens with a definition of the SCO: its title or its body's first line
    starts with the SCO's name, and the same sentence goes on to say what the organisation is
    ("Шанхайская организация сотрудничества (ШОС) - межправительственная организация", "The
    Shanghai Cooperation Organization is a permanent intergovernmental international
    organisation"), as an encyclopedia's, an explainer's or a keyword page's first sentence does
    (round 54, blind sets 38-40: about 30 such background pages in dev). A report opens with
    its news and names the SCO in it; where it defines the SCO, it does so further down."""
    body_line = body_start + (len(text) - body_start - len(text[body_start:].lstrip()))
    # the body's first line opens the page only under a title that says nothing more than the
    # SCO's name (a keyword page's "Shanghaier Kooperationsorganisation") or nothing at all; a
    # headline of news above it is the page's opening (a report titled with its news may well
    # define the SCO in the line after it)
    title_rest = "".join(
        ch
        for n, ch in enumerate(text[:body_start])
        if not any(m.start <= n < m.end for m in sco if m.start < body_start)
    )
    body_opens = len(_TITLE_WORD.findall(title_rest)) <= 1 and not _CJK_CHAR.search(title_rest)
    reach = body_line + (_ENTRY_CHARS if body_opens else 0) + _GLOSS_CHARS
    for m in sco:
        if m.start > reach:
            break
        line_start = 0 if m.start < body_start else _line_start(text, m.start, body_line)
        if m.start < line_start or (line_start and not body_opens and not _headword(text, m)):
            continue
        if line_start > body_line and not _entry_lines(text, body_line, line_start):
            break
        if m.start - line_start > _OPENING_CHARS and not (
            m.start - line_start <= _GLOSS_CHARS and _GLOSSED_NAME.match(text, line_start, m.start)
        ):
            if line_start and text[line_start] not in "(（":
                break  # the body's first line that names the SCO names it in a sentence
            continue
        found = DEFINITION.search(text, m.end, m.end + _DEFINITION_REACH) or _HISTORY_YEAR.search(
            text, m.end, m.end + _DEFINITION_REACH
        )
        if found and not next_sentence_end(text, m.end, found.start()):
            end = next_sentence_end(text, found.end())
            return line_start, end.end() if end else len(text)
    return None


# the SCO's forerunner was founded in 1996 and the SCO on 15 June 2001: a day of those years is
# its history, which background pages tell; a day of a later year, or one without its year, is
# an event's
_HISTORY_LAST_YEAR = 2001


def dates_an_event(title: str, body: str) -> bool:
    """Whether the headline and lead give a day of the month that is not the SCO's history (a
    day without its year, or of a year after 2001): the page reports or announces an event."""
    from pipeline.stories import month_days  # stories imports this module: a late import

    return any(
        year is None or year > _HISTORY_LAST_YEAR for _month, _day, year in month_days(title, body)
    )


# the SCO's summit or meetings (tagging_words.toml, [sco_meeting]); relevance reads the same list
# (pipeline.tagging imports it from here: tagging imports this module)
SCO_MEETING = re.compile(words_pattern("sco_meeting", TAGGING_WORDS_FILE), re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _dates_outside(title: str, text: str, body_start: int, span: tuple[int, int]) -> bool:
    """Whether the headline and lead date an event outside the definition's own sentence: a
    day in the sentence that defines the SCO is the day of its founding, which the page tells as
    the organisation's history, whatever year it writes ("La Organización de Cooperación de
    Shanghai es una organización internacional regional establecida el 1 de junio de 2006",
    "... announced ... in Shanghai, China on June 6, 1948", two background pages whose
    founding day is wrong; round 60). A definition that names a summit or a meeting in its
    sentence dates that meeting ("... is an intergovernmental organisation; its summit opens in
    Astana on 3 July 2024"), or writes no year ("... whose leaders meet in Tianjin on 31
    August"), dates an event: its day is an event's, as before."""
    start, end = span
    if SCO_MEETING.search(text, start, end) or not _YEAR.search(text, start, end):
        return dates_an_event(title, text[body_start:])
    blank = text[:start] + re.sub(r"\S", " ", text[start:end]) + text[end:]
    return dates_an_event(blank[: len(title)], blank[body_start:])


# ---- chronologies --------------------------------------------------------------------------

# Round 61 (chron61): one predicate for a chronology of past events, where two had grown in round
# 60 (stories.chronology and mentions._a_chronology), each reading the same page form: a list of
# the SCO's past meetings, each told with its full date ("2002年6月7日,……签署《上海合作组织宪
# 章》。" / "2003年5月29日,……签署了《…元首宣言》。"; blind set 47's Xinhua background page
# "背景资料:上海合作组织历次峰会", set 32's "上合大事記", set 33's "上海合作组织大事记").


@dataclass(frozen=True)
class Chronology:
    """The past dates of a chronology in the page's order, (offset, year) each: where each
    dated line or date stands in the text read, and the year it gives."""

    dated: tuple[tuple[int, int], ...]

    @property
    def opens(self) -> int:
        """Where the list opens: the offset of its first past date."""
        return self.dated[0][0]

    @property
    def years(self) -> frozenset[int]:
        """The past years the list dates."""
        return frozenset(year for _at, year in self.dated)


def dated_lines(text: str, opening: re.Pattern[str]) -> list[tuple[int, int]]:
    """The lines of a text that open on a date (`opening` matches at the line's start, its
    first group the year): (offset of the line, year) each."""
    found: list[tuple[int, int]] = []
    at = 0
    for line in text.splitlines(keepends=True):
        m = opening.match(line)
        if m:
            found.append((at, int(m[1])))
        at += len(line)
    return found


def chronology(
    dated: Iterable[tuple[int, int]],
    own_year: int | None,
    *,
    years_back: int = 1,
    least: int = 2,
    distinct_years: bool = False,
    opens_before: int | None = None,
) -> Chronology | None:
    """The chronology a page is, or None: its full dates (`dated`, (offset, year) each, as the
    reader reads them: lines opening on a date, or every date with its year written) that fall
    `years_back` years or more before its own year (an undated page's own year, None: the
    latest year it dates, its own time) number `least` or more: dates, or different years
    when `distinct_years`; and when `opens_before` is given, the list opens before that offset
    (in the lead: a report tells its own event there and recalls a past day at most below).

    The readers:

    - stories (features_for): three different past years or more, the list opening in the
      headline or lead (a report of a summit names its own day and the SCO's founding day, not
      a list of years); such a page is about no meeting. Stories also ask that the lead date
      nothing to come (a preview with a background section of past events below is news);
    - documents (mentions._find): two lines or more that each open on a date two years back or
      more: the dated lines are the chronology's reports, each of its own meeting's documents
      (sets 32, 33 and 47 label them), where a single history line in a feature (set 15's
      founding, set 35's "2001年,") is background."""
    dated = sorted(dated)
    if own_year is None:
        if not dated:
            return None
        own_year = max(year for _at, year in dated)
    past = tuple((at, year) for at, year in dated if year <= own_year - years_back)
    count = len({year for _at, year in past}) if distinct_years else len(past)
    if not past or count < least:
        return None
    found = Chronology(past)
    if opens_before is not None and found.opens >= opens_before:
        return None
    return found


# ---- the one predicate -------------------------------------------------------------------------


def forms(
    title: str, body: str, sco: Sequence[Span] | None = None, text: str = "", body_start: int = 0
) -> tuple[str, ...]:
    """Every form by which a page describes a thing rather than reports an event (none: it may
    be a report):

    - "reference entry": numbered citation marks (reference_page);
    - "wiki page": a wiki's heading marks around its title (background_page);
    - "named page": a headline that the text introduces as a name with its abbreviation
      (background_page);
    - "encyclopedia tagline": an encyclopedia's tagline near its start (encyclopedia_tagline);
    - "definition": the page opens with a definition of the SCO and its headline and lead date no
      event (opens_with_definition, dates_an_event); read only when the SCO's names found in the
      analysed `text` (`sco`, with the body's start) are given, as pipeline.tagging.analyse
      finds them.
    """
    found = []
    if reference_page(body):
        found.append("reference entry")
    if _WIKI_HEADING.match(body or ""):
        found.append("wiki page")
    elif background_page(title, body):
        found.append("named page")
    if encyclopedia_tagline(title, body):
        found.append("encyclopedia tagline")
    span = definition_span(text, sco, body_start) if sco is not None and text else None
    if span is not None and not _dates_outside(title, text, body_start, span):
        found.append("definition")
    return tuple(found)


def describes(
    title: str, body: str, sco: Sequence[Span] | None = None, text: str = "", body_start: int = 0
) -> bool:
    """Whether a page describes a thing rather than reports an event, in any of its forms."""
    return bool(forms(title, body, sco, text, body_start))


# ---- a topic's heading -------------------------------------------------------------------------

# round 61 (relev61): a letter of a script that writes its words apart (Latin, Cyrillic, Arabic,
# Bengali...): a joining word of such a script stands between spaces, where the Chinese 与, the
# Japanese と and the Korean 과 are written against the name they join
_APART_LETTER = r"[^\W\d_\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]"
_TOPIC_AND = words_pattern("topic_and", TAGGING_WORDS_FILE)
_JOIN = rf"\s*(?<!{_APART_LETTER})(?:{_TOPIC_AND})(?!{_APART_LETTER})\s*"
_OTHER_NAME = r"(?P<other>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*)?)"  # one or two words
_TOPIC_BEFORE = re.compile(rf"\s*{_OTHER_NAME}{_JOIN}", re.IGNORECASE)
_TOPIC_AFTER = re.compile(rf"{_JOIN}{_OTHER_NAME}", re.IGNORECASE)
_TOPIC_TAIL = re.compile(
    rf"\s+(?:{words_pattern('topic_tail', TAGGING_WORDS_FILE)})", re.IGNORECASE
)
_HEADING_END = re.compile(r"[\s|.:–—-]*\Z")
# an elided article the name is written against ("L'Organisation de coopération de Shanghai",
# whose name the gazetteer finds from "Organisation"): no word of a headline's own
_ELIDED_ARTICLE = re.compile(r"\s*(?:[^\W\d_]{1,3}['’])?")


def topic_headline(
    headline: str, names: Sequence[tuple[int, int]], states: Sequence[tuple[int, int]] = ()
) -> bool:
    """Whether a headline is a topic's heading: the SCO's name (its spans in the headline,
    `names`, with a bracket of its abbreviation between them if any) and a state's name (one of
    `states`, after one word at most: "Ҷумҳурии Тоҷикистон", the Republic of Tajikistan) joined
    by "and" ("China und die Shanghai-Kooperationsorganisation", "Jumuiya ya Ushirikiano ya
    Shanghai na China", tagging_words.toml [topic_and]), or the SCO's name and an explainer's
    tail ("L'Organisation de coopération de Shanghai en bref", [topic_tail]), and nothing more
    (round 61). It names what the page is about, as a background page's or an essay's heading
    does; a report's headline says what happened, with a verb ("Belarus yajiunga na Jumuiya ya
    Ushirikiano ya Shanghai", Belarus joins the SCO: a word after the state), or names the
    meeting it reports (a headline naming the SCO's summit or meeting, SCO_MEETING, is none)."""
    if not names or SCO_MEETING.search(headline):
        return False
    start = min(s for s, _ in names)
    end = max(e for _, e in names)
    before = headline[:start]
    after = _HEADING_END.sub("", headline[end:])
    if _ELIDED_ARTICLE.fullmatch(before):
        if _TOPIC_TAIL.fullmatch(after):
            return True
        found = _TOPIC_AFTER.fullmatch(after)
        offset = end
    elif not after.strip():
        found = _TOPIC_BEFORE.fullmatch(before)
        offset = 0
    else:
        return False
    if found is None:
        return False
    other_start, other_end = offset + found.start("other"), offset + found.end("other")
    return any(
        s >= other_start and e == other_end and len(headline[other_start:s].split()) <= 1
        for s, e in states
    )


# ---- a question what the SCO is -----------------------------------------------------------

# round 65 (relev65): "what is" in the languages of the dev sets (tagging_words.toml, [what_is])
_WHAT_IS = re.compile(words_pattern("what_is", TAGGING_WORDS_FILE), re.IGNORECASE)
_QUESTION_MARK = re.compile(r"[?？]")
_STOPS = ".!?。！？\n"


def asks_what_it_is(line: str, names: Sequence[tuple[int, int]]) -> bool:
    """Whether a headline asks what the SCO is: one sentence of it ends with a question mark and
    holds both the SCO's name (its spans in the line, `names`) and "what is" ([what_is]:
    "Şangay İşbirliği Örgütü nedir?", "上海協力機構(SCO)とはどのような組織ですか?"), and
    the line names no meeting of the SCO (SCO_MEETING). An explainer asks it over its answer;
    a report's headline says what happened, and one that asks a question about a summit
    ("Gipfeltreffen der Shanghai Cooperation Organization. Was ist die SCO?", blind set 43's
    report of a heads of government meeting) names the meeting it reports (round 65)."""
    if not names or SCO_MEETING.search(line):
        return False
    for mark in _QUESTION_MARK.finditer(line):
        start = max(line.rfind(stop, 0, mark.start()) for stop in _STOPS) + 1
        if _WHAT_IS.search(line, start, mark.start()) and any(
            start <= s and e <= mark.start() for s, e in names
        ):
            return True
    return False


# ---- a scholarly article's apparatus ------------------------------------------

# round 65 (relev65): the heading of a scholarly article's abstract, a line of its own below the
# title ("Abstract" over an English abstract in a Polish journal, "〔提 要〕" opening a Chinese
# journal's summary, blind sets 39 and 47). "Summary", "Résumé" and a bare "摘要" stay out: news
# pages open their own summaries with them (set real r-0d7517d627, blind set 19 r-e3b6972e2a).
_ABSTRACT = re.compile(
    r"^[^\S\n]*(?:abstract|аннотация|анотація|streszczenie)[^\S\n]*:?[^\S\n]*$"
    r"|^[^\S\n]*[〔【\[［(（][^\S\n]*(?:内容)?(?:提|摘)[^\S\n]*要[^\S\n]*[〕】\]］)）]",
    re.IGNORECASE | re.MULTILINE,
)
ABSTRACT_CHARS = 600  # how far below the title the abstract's heading stands


def scholarly_article(body: str) -> bool:
    """Whether a page is a scholarly article: the heading of its abstract (_ABSTRACT) stands on a
    line of its own within ABSTRACT_CHARS of the body's start (round 65). A report has no
    abstract."""
    return _ABSTRACT.search((body or "")[:ABSTRACT_CHARS]) is not None


# round 65 (relev65): an infobox's field labels (tagging_words.toml, [infobox_field]), each
# opening a line and followed by ":" or "|" or the line's end
_INFOBOX_FIELD = re.compile(
    r"^[^\S\n]*(" + words_pattern("infobox_field", TAGGING_WORDS_FILE) + r")[^\S\n]*(?:[|:：]|$)",
    re.IGNORECASE | re.MULTILINE,
)
INFOBOX_CHARS = 1000  # how far from the page's start its box stands
INFOBOX_FIELDS = 2  # different fields: one "Status:" line may be a report's


def infobox(text: str) -> bool:
    """Whether a page opens with an organisation's infobox: INFOBOX_FIELDS different field labels
    or more at the start of lines within INFOBOX_CHARS of its start ("설립 | 2001년", "본부 | 중국
    베이징", "회원국 | 10개국": blind set 40's Korean encyclopedia entry on the SCO; "Status:",
    "Aktivität:": blind set 43's page on its structure). It describes the organisation; a report
    sets out no such box (round 65)."""
    fields = {m.group(1).lower() for m in _INFOBOX_FIELD.finditer((text or "")[:INFOBOX_CHARS])}
    return len(fields) >= INFOBOX_FIELDS


# ---- a person's entry ----------------------------------------------------------------------

# round 76 (relev76): an encyclopedia's entry on a person opens with the headword again and a
# bracket of the person's birth: a star before the birth's day or year ("* 10. Februar 1941",
# the German, Polish and Czech mark), a word for "born" before its year ("born 1941", "né le",
# "род. 1941", "nato a ... nel 1941"), or the life's span, the birth's year before a dash
# ("1941–", "1941 - 2019"); a report names a person in a sentence, not as its own headword
_BIRTH = re.compile(
    r"\*[^\S\n]*(?:\d{1,2}\.?[^\S\n]*[^\W\d_]+\.?[^\S\n]*)?(?:1[89]|20)\d\d"
    r"|\b(?:born|b\.|née?|nat[oa]|nacid[oa]|nascid[oa]|geb\.|geboren|род\.|родил(?:ся|ась)"
    r"|ur\.|urodzon[ya])[^()\n]{0,40}?(?:1[89]|20)\d\d"
    r"|(?:1[89]|20)\d\d[^\S\n]*[–—-][^\S\n]*(?:(?:1[89]|20)\d\d[^\S\n]*)?\)",
    re.IGNORECASE,
)
BIOGRAPHY_TITLE_WORDS = 5  # a person's name: a few words
BIOGRAPHY_BRACKET_CHARS = 120  # how far the bracket after the headword runs
_BRACKET_AFTER_NAME = re.compile(rf"[^\S\n]*[(（]([^()（）\n]{{0,{BIOGRAPHY_BRACKET_CHARS}}}[)）])")


def biography_entry(title: str, body: str) -> bool:
    """Whether a page is an encyclopedia's entry on a person: its title is a name of a few words
    (BIOGRAPHY_TITLE_WORDS at most, no sentence), the body's first line opens with that name
    again and a bracket right after it tells the person's birth (_BIRTH): "Zhang Deguang
    (Vereinfachtes Chinesisch: ; * 10. Februar 1941) ist Generalsekretär der Shanghai Cooperation
    Organisation." (blind set 40's German entry on the SCO's second Secretary-General). It
    describes the person; the SCO it names is the person's office, not news of the SCO (round
    76). A report's headline is its news, and a report does not repeat it as its first words."""
    name = (title or "").strip()
    if not name or len(name.split()) > BIOGRAPHY_TITLE_WORDS or name[-1] in ".!?。！？":
        return False
    opening = (body or "").lstrip()
    if not opening.startswith(name):
        return False
    rest = opening[len(name) :]
    bracket = _BRACKET_AFTER_NAME.match(rest)
    return bracket is not None and _BIRTH.search(bracket.group(1)) is not None


# ---- page chrome ----------------------------------------------------------------------------

# round 63 (relev63): page chrome, the lines of a site's navigation, settings, sharing buttons and
# tickers that a page's text keeps above its headline ("Accessibility links", "Breaking News" over
# RFE/RL's reports; "Настройки отображения", "Размер шрифта:" over the Kremlin's; "首页 > 国内";
# "$1 – 12931.94"). The words are data (tagging_words.toml: [page_chrome], whole lines;
# [page_menu], a menu's links run together; [page_home], a trail's first link); the forms are
# read here. A chrome line is short: CHROME_WORDS words at most, CHROME_CJK_CHARS in Chinese.
_CHROME = re.compile(
    r"(?:" + words_pattern("page_chrome", TAGGING_WORDS_FILE) + r")", re.IGNORECASE
)
_MENU = re.compile(words_pattern("page_menu", TAGGING_WORDS_FILE), re.IGNORECASE)
# a cookie notice ([page_cookie]): chrome, a sentence or not, when no longer than COOKIE_WORDS
_COOKIE = re.compile(words_pattern("page_cookie", TAGGING_WORDS_FILE), re.IGNORECASE)
COOKIE_WORDS = 40
_HOME = re.compile(r"(?:" + words_pattern("page_home", TAGGING_WORDS_FILE) + r")", re.IGNORECASE)
_RUN_TOGETHER = re.compile(r"[а-яё][А-ЯЁ]")
# a bullet or a dash before a line's words, a colon or a bar after them: no part of its reading
_CHROME_EDGES = re.compile(r"\A[\s•·*>|-]*(.*?)[\s:：|]*\Z", re.DOTALL)
# a trail's separators: arrows between links ("Home > China News", "人民網>>國際", "首頁 -> 頭條",
# "Home » Nation"), or bars and spaced slashes ("Neuigkeiten / Berichte / Informationen")
# ("»" closes a quotation opened by "«": "«МИРНАЯ МИССИЯ» ЗАВЕРШЕНА" is a headline)
_ARROWS = re.compile(r"\s*(?:->|>>|[>›]|(?<!\S)»(?!\S))\s*")
_BARS = re.compile(r"\s*\|\s*|\s+/\s+")
# a ticker's quote: a currency's sign or code and a figure ("$1 – 12931.94", "USD 84.80",
# "UZS – -0.06%", "€1 – 14107.45")
_QUOTE = re.compile(r"(?:[$€£¥₽]\s?\d+|[A-Z]{3})\s*[–—-]?\s*[-+]?\d[\d.,]*\s*%?")
CHROME_WORDS = 8
CHROME_CJK_CHARS = 30
LINK_WORDS = 4  # a link of a trail or a menu: a few words
LINK_CJK_CHARS = 14


def _short(text: str, words: int, cjk_chars: int) -> bool:
    """Whether a text is at most `words` words long, or `cjk_chars` characters in Chinese."""
    if _CJK_CHAR.search(text):
        return len(text) <= cjk_chars
    return len(text.split()) <= words


def _trail(line: str) -> list[str] | None:
    """The links of a breadcrumb trail a line is, or None: two links at least between arrows,
    or three between bars or spaced slashes, none of them holding a figure (a dateline's row,
    "Jahon | 19:58 / 14.06.2022", is no trail). The last link may be the page's headline.
    Round 67: among three links at least between bars, one may be the site's date of today
    (site_date: "Projekte | Staatsorgane | flag Donnerstag, 21 November 2024 | Alle
    Nachrichten"), left out of the links; a link before it and one after."""
    for separator, least in ((_ARROWS, 2), (_BARS, 3)):
        links = [link for link in separator.split(line) if link.strip()]
        if len(links) >= least and not any(ch.isdigit() for ch in line):
            return links
    links = [link for link in _BARS.split(line) if link.strip()]
    dated = [i for i, link in enumerate(links) if site_date(link)]
    if len(dated) == 1 and 0 < dated[0] < len(links) - 1:
        links = links[: dated[0]] + links[dated[0] + 1 :]
        if len(links) >= 3 and not any(ch.isdigit() for link in links for ch in link):
            return links
    return None


# round 67 (relev67): a site's date of today, a weekday's name and a year among few words
# ("flag Donnerstag, 21 November 2024", "Thursday, 21 November 2024"): over BelTA's German
# pages it stands among the menu's links, the day the page was captured, months after the
# report's own date below them (blind set 50)
_WEEKDAY = re.compile(r"\b(?:" + words_pattern("page_weekday", TAGGING_WORDS_FILE) + r")\b",
                      re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
SITE_DATE_WORDS = 6
MENU_LINK_WORDS = 2  # a link of a menu set one a line: a word or two (a headline is longer)
MENU_LINK_CJK_CHARS = 4
MENU_RUN_LINKS = 3  # a run of a menu's links: three lines at least


def site_date(line: str) -> bool:
    """Whether a line is a date with its weekday and year in at most SITE_DATE_WORDS words, no
    sentence: the form a site's date of today takes among its menu's links (round 67)."""
    text = line.strip()
    return (bool(text) and len(text.split()) <= SITE_DATE_WORDS and not text.endswith(".")
            and bool(_WEEKDAY.search(text)) and bool(_YEAR.search(text)))


def _menu_link(line: str) -> bool:
    """Whether a line is one link of a menu set a link a line: a word or two with no figure
    and no stop (four characters at most in Chinese), or a line of [page_chrome]."""
    text = line.strip()
    if (not text or any(ch.isdigit() for ch in text) or text.endswith((".", "。", ":", "："))
            or text.startswith("- ")):
        return False  # a hyphen's item is a list's (a forum's "- Joined", "- Messages")
    if _CJK_CHAR.search(text):
        return len(text) <= MENU_LINK_CJK_CHARS
    return len(text.split()) <= MENU_LINK_WORDS or bool(_CHROME.fullmatch(text))


def menu_run(lines: Sequence[str]) -> int:
    """How many of a page's first lines (blank lines left out by the caller) are a run of a
    menu's links set one a line (round 67, blind set 50: "Projekte", "Staatsorgane", "flag
    Donnerstag, 21 November 2024", "Alle Nachrichten", "Alle Nachrichten", "Politik" over
    BelTA's German reports): MENU_RUN_LINKS links at least (_menu_link), and inside the run,
    with a link above it and one below, the site's date of today (site_date), which is no
    report's date. 0 when the run is shorter, or when nothing follows it (a page of links has
    no headline to find)."""
    count = links = 0
    while count < len(lines):
        if _menu_link(lines[count]):
            links += 1
        elif not (links and site_date(lines[count]) and count + 1 < len(lines)
                  and _menu_link(lines[count + 1])):
            break
        count += 1
    return count if links >= MENU_RUN_LINKS and count < len(lines) else 0


def chrome_line(line: str, after_chrome: bool = False) -> bool:
    """Whether a line of a page's top is page chrome, not its headline or text (round 63, blind
    sets 5, 7, 8, 47, 48): a line of [page_chrome]'s words, whole; a breadcrumb trail of short
    links ("Home > China News", "新闻中心新浪首页 > 新闻中心 > 综合 > 正文"); a row of a menu's
    links ("首页 资讯 娱乐 财经 科技"); a ticker's quote ("USD 84.80"); right below chrome
    (`after_chrome`), a line holding two of a menu's words run together (CRI Nepali's
    "...संक्षिप्त परिचयनेपाली सेवाको संक्षिप्त परिचयसम्पर्कका लागि"). A line that ends a sentence
    is text, and a long line is no chrome unless it is a trail's or a menu's links; a cookie
    notice ([page_cookie], up to COOKIE_WORDS words) is chrome, sentences or not (the lead's
    reader check of blind set 49: Gazeta's notice became a stand-in headline)."""
    stripped = _CHROME_EDGES.match(line.strip())
    text = stripped.group(1) if stripped else ""
    if text and _COOKIE.search(text) and len(text.split()) <= COOKIE_WORDS:
        return True  # a cookie notice, a sentence or two ("We use cookies. By continuing ...")
    if not text or text.endswith((".", "。")):
        return False
    # a trail or a menu's row, of short links, however many; round 72: with a widget of
    # [page_chrome] after its last link ("Home>Auswärtige Beziehungen Schriftgröße: klein
    # mittel groß", german.china.org.cn, blind set 52)
    for trail in (text, _chrome_tail(text)):
        links = _trail(trail) if trail else None
        if links and all(_short(link, LINK_WORDS, LINK_CJK_CHARS) for link in links):
            return True
    menu = text.split()
    if len(menu) >= 5 and all(_CJK_CHAR.search(w) and len(w) <= 4 for w in menu):
        return True  # a row of a Chinese menu's links
    if not _short(text, CHROME_WORDS, CHROME_CJK_CHARS):
        return False
    if _CHROME.fullmatch(text) or _QUOTE.fullmatch(text):
        return True
    # round 67: below chrome, links run together, a word's small letter on the next link's
    # capital in Cyrillic ("Переговоры о мире на УкраинеБлокировка Telegram", a ticker of
    # topics over Lenta's report, blind set 4)
    return after_chrome and (len(_MENU.findall(text)) >= 2 or bool(_RUN_TOGETHER.search(text)))


def _chrome_tail(text: str) -> str | None:
    """A line without the page chrome that ends it, a widget of [page_chrome] after the line's
    other words ("Home>Auswärtige Beziehungen Schriftgröße: klein mittel groß": "Home>Auswärtige
    Beziehungen"), or None when no chrome ends it (round 72). The chrome begins at a word, after
    a space or a trail's separator, and is read whole to the line's end; it holds two words at
    least (a headline's last word may be one of [page_chrome]'s: "... to share")."""
    for found in re.finditer(r"(?<=[\s>|»›/])[^\W\d_]", text):
        if len(text[found.start() :].split()) >= 2 and _CHROME.fullmatch(text, found.start()):
            head = text[: found.start()].rstrip()
            return head or None
    return None


def trail_headline(line: str) -> str | None:
    """The headline a breadcrumb trail ends in, or None: a trail whose first link is a site's
    home ([page_home]: "Home / India News / Russian Foreign Minister Sergey Lavrov to attend SCO
    meeting in Goa", "Главная | ПОЛИТИКА | В Бишкек 25 июля съедутся генеральные прокуроры 8
    стран") and whose last link is longer than a link (round 63, blind sets 8 and 15)."""
    # round 72: a trail's last link is no headline with a widget of [page_chrome] after it
    line = _chrome_tail(line.strip()) or line
    for separator in (_ARROWS, _BARS):
        links = [link.strip() for link in separator.split(line.strip()) if link.strip()]
        if (len(links) >= 2 and _HOME.fullmatch(links[0])
                and not _short(links[-1], LINK_WORDS, LINK_CJK_CHARS)):
            return links[-1]
    return None


def chrome_lines(lines: Sequence[str]) -> int:
    """How many of a page's first lines (blank lines left out by the caller) are page chrome
    (chrome_line), read from the top until a line that is not, or a menu's run (menu_run)."""
    count = 0
    while count < len(lines) and chrome_line(lines[count], after_chrome=count > 0):
        count += 1
    # round 67: or a menu's links set one a line, the site's date among them (menu_run)
    return max(count, menu_run(lines))


# ---- where a page's text begins ------------------------------------------------------------

# round 64 (relev64): the first paragraph of a page's prose, below the lines a page keeps above
# it (a site's name and menu, advertising, the headline again, a photo's caption, a date, a
# section's heading). A paragraph of prose holds two sentences or ends with a sentence's stop
# (closing quotes or brackets after it), and is longer than a caption: PROSE_WORDS words,
# PROSE_CJK_CHARS in Chinese. A line the page writes twice is its headline, not its prose.
_PROSE_END = re.compile(r"[.!?。！？।؟۔][\"'”’»)）」]*\Z")
PROSE_WORDS = 12
PROSE_CJK_CHARS = 40
PROSE_REACH = 2000  # how far into the body its prose may begin


def _prose_line(text: str) -> bool:
    """Whether a line (its spaces folded) reads as a paragraph of prose: longer than a caption,
    and ending with a sentence's stop or holding a sentence's end before more words (an excerpt
    cut inside its lead's last sentence ends with none)."""
    if _short(text, PROSE_WORDS, PROSE_CJK_CHARS):
        return False
    if _PROSE_END.search(text):
        return True
    inner = next_sentence_end(text)
    return inner is not None and inner.end() < len(text)


def prose_start(title: str, body: str) -> int:
    """Where in the body its first paragraph of prose begins (0: at its start, or none found
    within PROSE_REACH): the first line that reads as prose (_prose_line) and that the page
    does not write twice, in its title or its top lines (round 64, blind set 49: ukiyo
    journal's reports of the Qingdao defence ministers open on a skip link, a menu, a cookie
    banner's keys, the headline twice, a date and a section's heading before their lead;
    Deutsche Tageszeitung's on "Anzeige Bild" five times and the headline three times). A body
    wrapped at a fixed width has no paragraphs by its lines: 0."""
    if hard_wrapped(body):
        return 0
    lines: list[tuple[int, str]] = []
    at = 0
    for line in body.splitlines(keepends=True):
        if at > PROSE_REACH:
            break
        lines.append((at + len(line) - len(line.lstrip()), " ".join(line.split())))
        at += len(line)
    written = Counter(text.casefold() for _at, text in lines if text)
    written[" ".join((title or "").split()).casefold()] += 1
    for at, text in lines:
        if text and written[text.casefold()] == 1 and _prose_line(text):
            return at
    return 0
