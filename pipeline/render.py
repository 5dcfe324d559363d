"""Digest and alert rendering: frozen view models in, a subject line plus HTML and text parts out.

Everything in the view models is scraped, untrusted text: the templates escape it, only http(s)
URLs become links, and the subject is collapsed to one clean line so no header can be injected.
"""

from __future__ import annotations

import datetime as dt
import re
import textwrap
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

import css_inline
from jinja2 import Environment, PackageLoader, StrictUndefined, pass_context, select_autoescape

from pipeline.summarize import join_sentences, split_sentences

TEXT_WIDTH = 72
FULL_SOURCES = 3  # sources of a document shown with their title; the rest by outlet name
# Gmail clips HTML past 102 KB; a digest over this has its story summaries shortened to fit
HTML_BUDGET = 100_000
STORY_SUMMARY_STEPS = (320, 160, 0)  # characters of whole sentences kept, step by step
SUBJECT_MAX_CHARS = 150
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_LANG_CODE = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")
_BLANK_LINES = re.compile(r"\n{3,}")
# languages written right to left by default, and the script subtags that are ("pa-Arab")
RTL_LANGUAGES = frozenset("ar arc ckb dv fa he iw ps sd ug ur yi".split())
RTL_SCRIPTS = frozenset("Arab Hebr Syrc Thaa Nkoo Adlm Rohg".split())
_TYPE_LABELS = {"mou": "Memorandum of understanding"}
# a mailto link with an optional percent-encoded query: nothing that could leave the attribute
_MAILTO = re.compile(r"mailto:[A-Za-z0-9.!#$%'*+/=^_`{|}~@-]+(?:\?[A-Za-z0-9%._~=&+-]*)?")


@dataclass(frozen=True)
class DigestItem:
    """One article as a digest shows it."""

    title: str
    url: str
    source: str
    # a date is shown as is, a moment in the reader's zone
    published_at: dt.date | dt.datetime | None
    summary: str
    language: str | None
    states: list[str] = field(default_factory=list)  # ISO 3166 alpha-2 codes
    topics: list[str] = field(default_factory=list)
    # the name of its language when the reader reads none of it (`digest.unread_language`),
    # said over its summary where that stands for a document's blurb (`DocumentGroup`)
    summary_in: str = ""


@dataclass(frozen=True)
class DigestDocument:
    """A newly seen SCO document (declaration, plan, MoU…) with every article that reported it."""

    name: str
    type: str
    status: str | None
    meeting: str | None
    date: dt.date | None
    summary: str
    sources: list[DigestItem] = field(default_factory=list)  # best source first
    # articles of the same story that do not name the document: shown as "also covered by"
    related: list[DigestItem] = field(default_factory=list)
    # the card's blurb: the sentence that reports this document, in the reader's language when
    # a report in it exists (empty: the group's summary stands in)
    blurb: str = ""
    blurb_language: str | None = None
    # the blurb is a preview of the meeting (the document was adopted there, but no report of
    # that step can be read in the reader's languages or script): said so above it
    blurb_preview: bool = False
    resolved: bool = True  # False: the register could not place it at a calendar meeting
    # unresolved: the meetings at which the register placed its entries of the same name
    # ("SCO Heads of State Council, Bishkek 2019"), named on its card (round 72)
    placed: tuple[str, ...] = ()
    # the report of another meeting the blurb comes from (a recall telling the step done, on a
    # card with reports of its own): named with the blurb, whose outlet the card's own "Reported
    # by" does not list (set 33's road transport agreement blurbed by nbhuajunkj.com over
    # "Reported by japanese.cri.cn")
    blurb_recall: DigestItem | None = None
    # reports of other meetings that recall the document: not its reports, listed apart
    recalls: list[DigestItem] = field(default_factory=list)
    # the urls of those recalls that report no other meeting, only look back at the document's
    # (a history page years on): "later reports", never "reports of other meetings"
    look_backs: frozenset[str] = frozenset()
    # the urls of those recalls placed at no other meeting and not known to be later (undated):
    # "other reports", neither "later" nor "of other meetings"
    unplaced: frozenset[str] = frozenset()
    # the urls of its reports that only tell the document as planned, published before its
    # meeting's day: previews of what the meeting was to adopt (`previews_of`, round 71)
    planned_before: frozenset[str] = frozenset()
    # the blurb is the opening of the document's own text, which tells no meeting (a page
    # carrying a strategy's text, and no report of it): said so above it
    blurb_own_text: bool = False
    # the name as a line of a group card, under the heading naming its meeting and beside its
    # type: an unread name's English gloss (digest.card_name) would repeat both ("Joint
    # statement, SCO Heads of State Council, Ufa 2015 — title in Chinese: ... (Joint statement,
    # adopted)", blind set 39); empty: `name`
    listed_name: str = ""
    # unresolved: the meeting its reports name ("SCO Heads of State Council, Samarkand"), which
    # its `meeting` line gives in brackets after "meeting unresolved"; "" when they name none
    # (round 73: `unplaced_heading` read it back out of that display string)
    said_meeting: str = ""
    # the name of the blurb's language when the reader reads none of it ("Swahili": blind set
    # 52's English reader got Iran's memorandum card blurbed in Swahili, untold); "" when the
    # reader reads it or its language is not known
    blurb_in: str = ""
    # with `blurb_in`, what the card's reports are when none is in the reader's languages: "the
    # card's only report" or "no report in English" (`digest.reports_unread`); the reader is told
    # there is no report to read instead (round 79: set 8's Roscongress memorandum, its one
    # report in Arabic)
    blurb_alone: str = ""

    @property
    def blurb_mark(self) -> str:
        """The line over its blurb saying what the blurb is (`blurb_mark`)."""
        return blurb_mark((self.status or "done") if self.blurb_preview else "",
                          self.blurb_own_text, self.blurb_in, self.blurb_alone)

    @property
    def placed_line(self) -> str:
        """What an unresolved card says of its placed namesakes: "Not placed at a meeting; the
        register has this name at SCO Heads of State Council, Bishkek 2013 and SCO Heads of State
        Council, Bishkek 2019." ("" without them)."""
        if self.resolved or not self.placed:
            return ""
        where = (self.placed[0] if len(self.placed) == 1
                 else f"{', '.join(self.placed[:-1])} and {self.placed[-1]}")
        return f"Not placed at a meeting; the register has this name at {where}."

    @property
    def listed(self) -> str:
        """The name a group card lists (`listed_name`, else `name`)."""
        return self.listed_name or self.name

    @property
    def outlets(self) -> list[tuple[str, int]]:
        """Each outlet once, in the sources' order, with how many of its articles report it."""
        return outlet_counts(self.sources)

    @property
    def blurb_recall_where(self) -> str:
        """Where the recall its blurb comes from tells it: a later report looking back at the
        document's own meeting, or a report of another meeting."""
        return recall_where(self.blurb_recall, self.look_backs, self.unplaced)


def blurb_mark(preview_of: str = "", own_text: bool = False, language: str = "",
               alone: str = "") -> str:
    """The line over a card's blurb saying what it is: a preview of the step the card says done
    ("Told before it was signed:"), the document's own words ("From the document's own text:"),
    and, in a language the reader does not read, which one ("In Swahili:", "Told before it was
    signed, in German:"), with `alone` when no report of the card is in the reader's languages
    ("In Arabic (the card's only report):", "In Portuguese (no report in English):"); "" for a
    report in the reader's language."""
    head = (f"Told before it was {one_line(preview_of)}" if preview_of
            else "From the document's own text" if own_text else "")
    if language:
        said = f"{head}, in {language}" if head else f"In {language}"
        return f"{said} ({alone}):" if alone else f"{said}:"
    return f"{head}:" if head else ""


def recall_where(item: DigestItem | None, look_backs: frozenset[str],
                 unplaced: frozenset[str] = frozenset()) -> str:
    """ "a later report" for a recall that looks back at the document's own meeting, "another
    report" for one placed at no meeting and undated, else "a report of another meeting"."""
    if item and item.url in look_backs:
        return "a later report"
    return "another report" if item and item.url in unplaced else "a report of another meeting"


def recalls_label(items: list[DigestItem], look_backs: frozenset[str],
                  unplaced: frozenset[str] = frozenset()) -> str:
    """The heading of a card's recalls: "later reports" when every one looks back at the
    document's own meeting (blind set 38's 2012 history page of the 2001 founding declaration
    was "recalled in reports of other meetings"), "other reports" when one of them is placed at
    no meeting and undated (blind set 40's undated reports of Belarus ratifying its memorandum,
    called reports of other meetings: no meeting is known of them), else "reports of other
    meetings"."""
    if items and all(item.url in look_backs for item in items):
        return "Recalled in later reports"
    if any(item.url in unplaced for item in items):
        return "Recalled in other reports"
    return "Recalled in reports of other meetings"


def outlet_counts(items: list[DigestItem]) -> list[tuple[str, int]]:
    """Each outlet of a list of articles once, in order, with its number of articles."""
    counts: dict[str, int] = {}
    for item in items:
        name = one_line(item.source)
        counts[name] = counts.get(name, 0) + 1
    return list(counts.items())


def first_per_outlet(items: list[DigestItem],
                     skip: set[str] | None = None) -> list[tuple[DigestItem, int]]:
    """Each outlet of a list of articles once: its first article and its number of articles,
    leaving out the outlets in `skip` (already listed elsewhere in the entry)."""
    counts = dict(outlet_counts(items))
    firsts: dict[str, DigestItem] = {}
    for item in items:
        name = one_line(item.source)
        if name not in (skip or ()):
            firsts.setdefault(name, item)
    return [(item, counts[name]) for name, item in firsts.items()]


def outlet_line(outlets: list[tuple[str, int]]) -> str:
    """ "TASS (3 articles), Xinhua": each outlet once with its count."""
    return ", ".join(f"{name} ({count} articles)" if count > 1 else name for name, count in outlets)


def previews_of(items: list[DigestItem], planned_before: frozenset[str]) -> list[DigestItem]:
    """The reports among a card's that tell its documents only as planned, published before
    their meeting's day (`DigestDocument.planned_before`): previews of what the meeting was to
    adopt, not reports that it did (round 71, blind set 51: the Tianjin Declaration "Reported
    by ... www.anews.com.tr, 30 Aug 2025; menafn.com, 30 Aug 2025", "Xi welcomes UN chief ahead
    of crucial SCO summit"); a report of the signing on the summit's eve stays a report. None
    when no other report is left: a card told by previews alone is their card."""
    before = [item for item in items if item.url in planned_before]
    return before if len(before) < len(items) else []


@dataclass(frozen=True)
class DocumentCard:
    """Documents of one entry shown together under one blurb: the same sentence reports them."""

    documents: list[DigestDocument]
    blurb: str
    blurb_language: str | None

    @property
    def preview_of(self) -> str:
        """The step ("signed") its blurb was told before, when it is a report of that step still
        to come (a preview) on a card saying it was done; "" otherwise."""
        return next((doc.status or "done" for doc in self.documents if doc.blurb_preview), "")

    @property
    def own_text(self) -> bool:
        """Whether its blurb is the opening of a document's own text, not a report of it."""
        return any(doc.blurb_own_text for doc in self.documents if doc.blurb == self.blurb)

    @property
    def blurb_mark(self) -> str:
        """The line over its blurb saying what the blurb is (`blurb_mark`): the language is
        that of the document whose blurb it is."""
        doc = next((doc for doc in self.documents if doc.blurb == self.blurb), None)
        language, alone = (doc.blurb_in, doc.blurb_alone) if doc else ("", "")
        return blurb_mark(self.preview_of, self.own_text, language, alone)

    @property
    def outlets(self) -> list[tuple[str, int]]:
        """Each outlet once with how many of its articles report any of the documents."""
        unique: dict[str, DigestItem] = {}
        for doc in self.documents:
            previews = previews_of(doc.sources, doc.planned_before)  # once per document
            unique.update((item.url, item) for item in doc.sources if item not in previews)
        return outlet_counts(list(unique.values()))

    @property
    def blurb_recall(self) -> DigestItem | None:
        """The report of another meeting its blurb comes from, if it is a recall's."""
        return next((doc.blurb_recall for doc in self.documents if doc.blurb_recall), None)

    @property
    def blurb_recall_where(self) -> str:
        """Where the recall its blurb comes from tells it (`recall_where`)."""
        return recall_where(self.blurb_recall,
                            frozenset(u for doc in self.documents for u in doc.look_backs),
                            frozenset(u for doc in self.documents for u in doc.unplaced))

    @property
    def recall_outlets(self) -> list[tuple[str, int]]:
        """Each outlet of the reports of other meetings recalling its documents once, with its
        count: what the card says when none of its own reports is in the entry (the Tianjin
        entry's strategy, only recalled by a report of the Moscow heads of government)."""
        listed = {item.url for doc in self.documents for item in doc.sources}
        unique = {item.url: item for doc in self.documents for item in doc.recalls
                  if item.url not in listed}
        return outlet_counts(list(unique.values()))


def shared_blurb_cards(documents: list[DigestDocument]) -> list[DocumentCard]:
    """The documents as cards, those whose blurb is the same sentence in one card (in the order
    of their first document): one sentence listing three plans was printed three times over,
    once under each plan (blind sets 3, 4 and 6). A document without a blurb is a card alone."""
    cards: list[DocumentCard] = []
    by_blurb: dict[str, int] = {}
    for doc in documents:
        key = " ".join(one_line(doc.blurb).casefold().split())
        if key and key in by_blurb:
            cards[by_blurb[key]].documents.append(doc)
            continue
        if key:
            by_blurb[key] = len(cards)
        cards.append(DocumentCard([doc], doc.blurb, doc.blurb_language))
    return cards


@dataclass(frozen=True)
class DocumentGroup:
    """Documents adopted together (one meeting, or reported by the same articles) as one entry."""

    heading: str  # the meeting; for a single document its name
    meeting: str | None
    date: dt.date | None
    documents: list[DigestDocument]
    summary: str
    language: str | None  # of the summary
    sources: list[DigestItem]  # every article that reported any of them, best first
    related: list[DigestItem] = field(default_factory=list)
    # the name of the summary's language when the reader reads none of it ("Russian")
    summary_in: str = ""

    @property
    def summary_mark(self) -> str:
        """The line over the summary standing for its documents' blurbs when the reader does
        not read its language ("In Russian:", as over a card's blurb, `blurb_mark`); round 73
        marked the blurbs only, and an entry with none showed its best report's summary
        untold (round 74)."""
        return blurb_mark(language=self.summary_in)

    @property
    def outlets(self) -> list[str]:
        """The distinct outlets among the sources, in order."""
        return list(dict.fromkeys(one_line(item.source) for item in self.sources))

    @property
    def unresolved(self) -> bool:
        """Whether the register placed none of its documents at a calendar meeting."""
        return not self.meeting or not any(doc.resolved for doc in self.documents)

    @property
    def previews(self) -> list[DigestItem]:
        """Its sources that only preview its documents, when others do not (`previews_of`)."""
        return previews_of(self.sources, frozenset().union(
            *(doc.planned_before for doc in self.documents)))

    @property
    def reported(self) -> list[DigestItem]:
        """Its sources less its previews: the reports of the meeting's step."""
        previews = self.previews
        return [item for item in self.sources if item not in previews]

    @property
    def outlet_sources(self) -> list[tuple[DigestItem, int]]:
        """One article per outlet (its best, in the sources' order) with the outlet's count,
        its previews aside (`preview_outlets`)."""
        return first_per_outlet(self.reported)

    @property
    def preview_outlets(self) -> list[tuple[DigestItem, int]]:
        """The outlets of its previews, each once with its count, listed after its reports as
        told before the meeting; an outlet among the reports is not listed again."""
        return first_per_outlet(self.previews, skip={one_line(item.source)
                                                      for item in self.reported})

    @property
    def related_outlets(self) -> list[tuple[DigestItem, int]]:
        """The story's other outlets, each once (its first article) with its count; an outlet
        already among the sources is not listed again."""
        return first_per_outlet(self.related, skip=set(self.outlets))

    @property
    def recall_outlets(self) -> list[tuple[DigestItem, int]]:
        """The reports of other meetings recalling its documents, each outlet once (its first
        article) with its count; an article among the sources is not listed again."""
        listed = {item.url for item in self.sources}
        recalls = {item.url: item for doc in self.documents for item in doc.recalls
                   if item.url not in listed}
        return first_per_outlet(list(recalls.values()))

    @property
    def recalls_label(self) -> str:
        """The heading of its recalls (`recalls_label`)."""
        listed = {item.url for item in self.sources}
        return recalls_label([item for doc in self.documents for item in doc.recalls
                              if item.url not in listed],
                             frozenset(u for doc in self.documents for u in doc.look_backs),
                             frozenset(u for doc in self.documents for u in doc.unplaced))

    @property
    def cards(self) -> list[DocumentCard]:
        """Its documents as cards, one blurb each (documents sharing a blurb share a card)."""
        return shared_blurb_cards(self.documents)

    @property
    def card_outlets_shown(self) -> bool:
        """Whether the cards list their outlets: not when every card was reported by exactly the
        entry's outlets, which the entry lists under them anyway ("Reported by sak-info.com" on
        both cards of an entry, then "Reported by 1 outlet: sak-info.com", blind set 8)."""
        every = sorted(outlet_counts(self.reported))
        return any(sorted(card.outlets) != every for card in self.cards)

    @property
    def has_blurbs(self) -> bool:
        """Whether its documents carry their own blurbs (cards), not one shared summary."""
        return any(doc.blurb for doc in self.documents)


@dataclass(frozen=True)
class DigestStory:
    """One news story: the articles of several outlets about the same event."""

    headline: str
    items: list[DigestItem] = field(default_factory=list)

    @property
    def outlets(self) -> list[str]:
        """The distinct outlets that reported the story, its lead first."""
        return list(dict.fromkeys(one_line(item.source) for item in self.items))

    @property
    def lead_count(self) -> int:
        """How many of the story's articles come from the lead's outlet (the lead among them)."""
        if not self.items:
            return 0
        return dict(outlet_counts(self.items))[one_line(self.items[0].source)]

    @property
    def also_outlets(self) -> list[tuple[DigestItem, int]]:
        """The other outlets, one article each (its first) with the outlet's count; the lead's
        outlet is counted on the lead's line, not listed again ("urdupoint.com" as the lead and
        "Also: urdupoint.com (2 articles)" under it, read in blind set 3's digest)."""
        if not self.items:
            return []
        return first_per_outlet(self.items[1:], skip={one_line(self.items[0].source)})

    @property
    def languages(self) -> list[str]:
        """The distinct languages the story was reported in (well-formed codes only)."""
        return list(dict.fromkeys(code for item in self.items
                                  if (code := lang_code(item.language)) is not None))


@dataclass(frozen=True)
class Digest:
    """Everything one subscriber's digest holds for one period."""

    subscriber_email: str
    period_start: dt.datetime | None  # None for a subscriber's first digest: everything so far
    period_end: dt.datetime
    documents: list[DigestDocument]
    stories: list[DigestStory]
    filtered_counts: dict[str, int]
    unsubscribe_url: str | None
    generated_at: dt.datetime


@dataclass(frozen=True)
class RenderedDigest:
    """A rendered message: a header-safe subject line and its HTML and plain-text parts."""

    subject: str
    html: str
    text: str


def header_safe(text: str, limit: int = SUBJECT_MAX_CHARS) -> str:
    """One line without control or separator characters, cut at a word within `limit` chars."""
    cleaned = "".join(
        " " if unicodedata.category(ch) in {"Cc", "Cf", "Zl", "Zp"} else ch for ch in text
    )
    line = " ".join(cleaned.split())
    if len(line) <= limit:
        return line
    cut = line[: limit - 1].rsplit(" ", 1)[0] if " " in line[: limit - 1] else line[: limit - 1]
    return cut.rstrip(" ,;:-") + "…"


def one_line(text: str | None) -> str:
    """Scraped text as one display line: control characters dropped, whitespace collapsed."""
    if not text:
        return ""
    return header_safe(text, limit=10**9)


def safe_href(url: str | None) -> str | None:
    """The URL when it is an absolute http(s) address, else None (javascript:, data:, …)."""
    if not url:
        return None
    # Browsers drop tabs and newlines anywhere in a URL ("java\tscript:"), so judge it as they do.
    candidate = "".join(ch for ch in url.strip() if unicodedata.category(ch) != "Cc")
    candidate = candidate.replace(" ", "%20")
    try:
        parts = urlsplit(candidate)
    except ValueError:
        return None
    if parts.scheme.lower() not in {"http", "https"} or not parts.hostname:
        return None
    return candidate


def unsubscribe_href(url: str | None) -> str | None:
    """An unsubscribe link: an http(s) address, or a plain mailto (address and subject)."""
    if url and _MAILTO.fullmatch(url):
        return url
    return safe_href(url)


def lang_code(code: str | None) -> str | None:
    """A well-formed BCP 47-ish language code for a `lang` attribute, else None."""
    return code if code and _LANG_CODE.fullmatch(code) else None


def text_dir(language: str | None) -> str:
    """The `dir` attribute of an element holding scraped text in `language`, or "".

    A text in a right-to-left language is `dir="rtl"`; a text of unknown language is
    `dir="auto"` (its first strong letter decides); a left-to-right one inherits the page's
    direction. Without them an Arabic headline opening with a digit ("4 دول جديدة ...") was laid
    out left to right, the number after the headline for a reader of Arabic (blind set 20's
    digest, read in Chromium)."""
    code = lang_code(language)
    if code is None:
        return "auto"
    script = code.split("-")
    if len(script) > 1 and script[1].title() in RTL_SCRIPTS:
        direction = "rtl"
    elif len(script) > 1 and len(script[1]) == 4:
        direction = ""  # a left-to-right script subtag: "uz-Cyrl", "az-Latn"
    else:
        direction = "rtl" if script[0].lower() in RTL_LANGUAGES else ""
    return direction


def _as_local(value: dt.datetime, tz: dt.tzinfo) -> dt.datetime:
    """The moment in the reader's zone; naive datetimes are taken as UTC."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(tz)


def format_day(value: dt.date | dt.datetime | None, tz: dt.tzinfo, year: bool = True) -> str:
    """ "28 Nov 2020" (or "28 Nov") in the reader's zone, independent of the process locale."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = _as_local(value, tz).date()
    text = f"{value.day} {_MONTHS[value.month - 1]}"
    return f"{text} {value.year}" if year else text


def format_moment(value: dt.datetime, tz: dt.tzinfo) -> str:
    """ "28 Nov 2020, 06:00 UTC" in the reader's zone."""
    local = _as_local(value, tz)
    return f"{format_day(local, tz)}, {local:%H:%M} {local.tzname() or ''}".rstrip()


def _plural(n: int, one: str, many: str) -> str:
    """ "1 story" / "14 stories"."""
    return f"{n} {one if n == 1 else many}"


def _meeting_key(doc: DigestDocument) -> tuple[str, dt.date] | None:
    """Council and day: documents sharing them were adopted at one meeting."""
    if not doc.meeting or not doc.date:
        return None
    return " ".join(one_line(doc.meeting).casefold().split()), doc.date


def _articles_key(doc: DigestDocument) -> tuple[frozenset[str], str | None, dt.date | None] | None:
    """The set of articles that reported a document, with the meeting it was placed at: one
    background page recalling the documents of several meetings does not make them one card."""
    urls = frozenset(item.url for item in doc.sources)
    if not urls:
        return None
    meeting = " ".join(one_line(doc.meeting).casefold().split()) if doc.meeting else None
    return urls, meeting, doc.date


def _connected(keys: list[list[object]]) -> list[list[int]]:
    """Indexes grouped by any shared key (union-find), each group and the groups in input order."""
    parent = list(range(len(keys)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[object, int] = {}
    for i, ks in enumerate(keys):
        for k in ks:
            j = first.setdefault(k, i)
            a, b = root(i), root(j)
            if a != b:
                parent[max(a, b)] = min(a, b)
    groups: dict[int, list[int]] = {}
    for i in range(len(keys)):
        groups.setdefault(root(i), []).append(i)
    return list(groups.values())


def _day(when: dt.date | dt.datetime) -> dt.date:
    """The calendar day of a date or datetime (a datetime does not compare with a date)."""
    return when.date() if isinstance(when, dt.datetime) else when


def _ranked_sources(docs: list[DigestDocument]) -> list[DigestItem]:
    """Every article of a group once: reports of the meeting itself before those published
    ahead of it (a preview of the drafts), then those reporting most of its documents, then the
    documents' own order of authority."""
    held = next((doc.date for doc in docs if doc.date), None)
    best: dict[str, tuple[bool, int, int, int]] = {}
    items: dict[str, DigestItem] = {}
    for doc in docs:
        for pos, item in enumerate(doc.sources):
            ahead = bool(held and item.published_at and _day(item.published_at) < held)
            _, count, rank, seen = best.get(item.url, (ahead, 0, pos, len(items)))
            best[item.url] = (ahead, count - 1, min(rank, pos), seen)
            items.setdefault(item.url, item)
    return [items[url] for url in sorted(items, key=lambda u: best[u])]


def _same_meeting_named(a: list[DigestDocument], b: list[DigestDocument]) -> bool:
    """Whether some document of each names the same council in the same article."""
    named = {
        (" ".join(one_line(doc.meeting).casefold().split()), item.url)
        for doc in a if doc.meeting for item in doc.sources
    }
    return any(
        (" ".join(one_line(doc.meeting).casefold().split()), item.url) in named
        for doc in b if doc.meeting for item in doc.sources
    )


def _join_undated(documents: list[DigestDocument], groups: list[list[int]]) -> list[list[int]]:
    """Join a group whose documents have no meeting date to one that names the same council in
    the same article: the register often learns a meeting's date from one report only. Two
    dated groups are never joined this way."""
    joined: list[list[int]] = []
    for group in groups:
        docs = [documents[i] for i in group]
        undated = all(doc.date is None for doc in docs)
        target = next((
            other for other in joined
            if (undated or all(documents[i].date is None for i in other))
            and _same_meeting_named([documents[i] for i in other], docs)
        ), None)
        if target is None:
            joined.append(list(group))
        else:
            target.extend(group)
            target.sort()
    return joined


# how a document the register could not place at a calendar meeting gives its meeting: the
# meeting its reports name, if any, in brackets ("meeting unresolved (Samarkand)")
UNRESOLVED = "meeting unresolved"


def plural_label(kind: str | None) -> str:
    """A document type's label for several of them: "Memoranda", "Action plans", "Memoranda of
    understanding", "Strategies"."""
    label = type_label(kind)
    head, sep, tail = label.partition(" of ")
    word = head.rsplit(" ", 1)
    last = word[-1]
    if last.endswith("um"):
        last = last[:-2] + "a"
    elif last.endswith("y") and last[-2:-1] not in tuple("aeiou"):
        last = last[:-1] + "ies"
    elif not last.endswith("s"):
        last += "s"
    return " ".join([*word[:-1], last]) + sep + tail


def unplaced_heading(docs: list[DigestDocument]) -> str:
    """The heading of a group of documents none of which the register placed at a calendar
    meeting (its line says "meeting unresolved"): the meeting their reports name
    (`DigestDocument.said_meeting`), when they name one ("Tashkent", not "meeting unresolved
    (Tashkent)", blind sets 20 and 33), else
    their type ("Memoranda"; "Documents" of several types), not a report's headline (blind set
    51's group of three planned memoranda was headed "AzVision teilt mit, dass die Führer der
    Organisation ein Memorandum ... unterzeichnen …", round 72)."""
    named = next((doc.said_meeting for doc in docs if doc.said_meeting), None)
    if named:
        return named
    kinds = {type_label(doc.type) for doc in docs}
    return plural_label(docs[0].type) if len(kinds) == 1 else "Documents"


def group_documents(documents: list[DigestDocument]) -> list[DocumentGroup]:
    """One entry per meeting: documents with the same council and date, or reported by exactly
    the same articles (or undated, of the same council in the same article) share a heading, one
    summary from the best source and the outlet list."""
    keys: list[list[object]] = [
        [k for k in (_meeting_key(doc), _articles_key(doc)) if k is not None] for doc in documents
    ]
    groups = []
    # an article is listed once in the documents part: as a source of a card, else as related
    # coverage of the first card whose story it shares (two cards of one story each listed it)
    listed = {item.url for doc in documents for item in doc.sources}
    for members in _join_undated(documents, _connected(keys)):
        docs = [documents[i] for i in members]
        sources = _ranked_sources(docs)
        lead = docs[0]
        if len(docs) == 1:
            summary = lead.summary
            told = lead.sources[0] if lead.sources else None
        else:
            with_summary = [item for item in sources if item.summary]
            summary = with_summary[0].summary if with_summary else next(
                (doc.summary for doc in docs if doc.summary), "")
            told = with_summary[0] if with_summary else None
        language = told.language if told else None
        meeting = next((doc.meeting for doc in docs if doc.meeting), None)
        if len(docs) == 1:
            heading = lead.name
        elif any(doc.resolved for doc in docs) and meeting:
            heading = meeting
        else:
            heading = unplaced_heading(docs)
        related = {item.url: item for doc in docs for item in doc.related
                   if item.url not in listed}
        listed.update(related)
        groups.append(DocumentGroup(
            heading=heading, meeting=meeting,
            date=next((doc.date for doc in docs if doc.date), None), documents=docs,
            summary=summary, language=language, sources=sources, related=list(related.values()),
            summary_in=told.summary_in if told and summary else ""))
    return groups


def digest_counts(d: Digest) -> str:
    """ "2 new documents, 14 stories", or "nothing new"."""
    parts = []
    if d.documents:
        parts.append(_plural(len(d.documents), "new document", "new documents"))
    if d.stories:
        parts.append(_plural(len(d.stories), "story", "stories"))
    return ", ".join(parts) or "nothing new"


def digest_subject(d: Digest, tz: dt.tzinfo = dt.UTC) -> str:
    """The subject line: "SCO digest, 28 Nov: 2 new documents, 14 stories"."""
    day = format_day(d.period_end, tz, year=False)
    return header_safe(f"SCO digest, {day}: {digest_counts(d)}")


def alert_subject(documents: list[DigestDocument]) -> str:
    """ "New SCO document: Moscow Declaration" (and "and 2 more" when several)."""
    if not documents:
        return "New SCO documents"
    first = one_line(documents[0].name)
    if len(documents) == 1:
        return header_safe(f"New SCO document: {first}")
    return header_safe(f"New SCO documents: {first} and {len(documents) - 1} more")


def type_label(kind: str | None) -> str:
    """A document type for display: "declaration" -> "Declaration", "mou" -> "Memorandum…"."""
    kind = one_line(kind).replace("_", " ")
    return _TYPE_LABELS.get(kind.lower(), kind[:1].upper() + kind[1:])


def wrap_text(
    text: str | None, indent: str = "", hang: str | None = None, width: int = TEXT_WIDTH
) -> str:
    """Text wrapped for the plain-text part, first line prefixed by `indent`, the rest by `hang`.

    Text holding wide (CJK) characters, which has no spaces to break at and takes two columns a
    character, is wrapped by its display width: between any two of its characters, never
    opening a line with closing punctuation ("。", "」") nor ending one with an opening bracket.
    """
    line = one_line(text)
    if not line:
        return ""
    rest = indent if hang is None else hang
    if any(_is_wide(ch) for ch in line):
        return "\n".join(_wrap_wide(line, indent, rest, width))
    return "\n".join(
        textwrap.wrap(
            line,
            width=width,
            initial_indent=indent,
            subsequent_indent=rest,
            break_long_words=False,
            break_on_hyphens=False,
        )
    )


# wide punctuation that closes (never opens a line) or opens (never ends one), and the narrow
# marks that stick to the character before them
_CLOSING = frozenset("。，、．！？：；」』）》〉】〕〗”’…·,.!?:;)]}»%")
_OPENING = frozenset("「『（《〈【〔〖“‘([{«")


def _is_wide(ch: str) -> bool:
    """Whether a character takes two columns in a terminal (East Asian wide or full-width)."""
    return unicodedata.east_asian_width(ch) in ("W", "F")


def _columns(text: str) -> int:
    """The display width of a text in a fixed-width font."""
    return sum(2 if _is_wide(ch) else 1 for ch in text)


def _wide_units(line: str) -> list[tuple[str, bool]]:
    """The unbreakable pieces of a line holding CJK text, each with whether a space precedes
    it: a run of narrow characters (a Latin word, a number), or one wide character, closing
    punctuation kept with the piece before it and an opening bracket with the piece after."""
    units: list[tuple[str, bool]] = []
    spaced = glue = False
    for ch in line:
        if ch == " ":
            spaced, glue = True, False
            continue
        joins = units and not spaced and (
            glue or ch in _CLOSING or not (_is_wide(ch) or _is_wide(units[-1][0][-1])))
        if joins:
            units[-1] = (units[-1][0] + ch, units[-1][1])
        else:
            units.append((ch, spaced))
        glue = ch in _OPENING
        spaced = False
    return units


def _wrap_wide(line: str, indent: str, hang: str, width: int) -> list[str]:
    """Greedy wrapping of a line holding CJK text by display width (see `wrap_text`)."""
    out: list[str] = []
    current, used = indent, _columns(indent)
    empty = True
    for unit, spaced in _wide_units(line):
        gap = " " if spaced and not empty else ""
        cost = _columns(gap + unit)
        if not empty and used + cost > width:
            out.append(current)
            current, used, gap = hang, _columns(hang), ""
            cost = _columns(unit)
        current += gap + unit
        used += cost
        empty = False
    out.append(current)
    return out


@pass_context
def _day_filter(ctx: Any, value: dt.date | dt.datetime | None) -> str:
    """Template filter: a date in the reader's zone."""
    return format_day(value, ctx["tz"])


@pass_context
def _moment_filter(ctx: Any, value: dt.datetime) -> str:
    """Template filter: a date and time in the reader's zone."""
    return format_moment(value, ctx["tz"])


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The Jinja2 environment: escaping on for HTML templates, undefined names are errors."""
    env = Environment(
        loader=PackageLoader("pipeline", "templates"),
        autoescape=select_autoescape(
            enabled_extensions=("html", "html.j2"),
            disabled_extensions=("txt.j2",),
            default=True,
            default_for_string=True,
        ),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals["FULL_SOURCES"] = FULL_SOURCES
    env.filters["outlet_line"] = outlet_line
    env.filters["outlet_counted"] = lambda pairs: outlet_line(
        [(one_line(item.source), count) for item, count in pairs])
    env.filters.update(
        oneline=one_line,
        safe_href=safe_href,
        unsubscribe_href=unsubscribe_href,
        lang_code=lang_code,
        text_dir=text_dir,
        day=_day_filter,
        moment=_moment_filter,
        wrap=wrap_text,
        type_label=type_label,
    )
    return env


@lru_cache(maxsize=1)
def _inliner() -> css_inline.CSSInliner:
    """Moves the templates' CSS into style attributes; media queries stay in a style tag."""
    return css_inline.CSSInliner(keep_at_rules=True, minify_css=True, load_remote_stylesheets=False)


def _finish_text(text: str) -> str:
    """Tidy the text part: no trailing spaces, at most one blank line in a row."""
    lines = "\n".join(line.rstrip() for line in text.splitlines())
    return _BLANK_LINES.sub("\n\n", lines).strip() + "\n"


def _render(name: str, context: dict[str, Any]) -> tuple[str, str]:
    """Render `name`.html.j2 (CSS inlined) and `name`.txt.j2 with the same context."""
    env = environment()
    html = env.get_template(f"{name}.html.j2").render(context)
    text = env.get_template(f"{name}.txt.j2").render(context)
    return _inliner().inline(html), _finish_text(text)


def _preheader(groups: list[DocumentGroup], stories: list[DigestStory]) -> str:
    """The preview line mail clients show after the subject."""
    names = [
        one_line(g.documents[0].name)
        + (f" and {len(g.documents) - 1} more" if len(g.documents) > 1 else "")
        for g in groups[:3]
    ] or [one_line(story.headline) for story in stories[:2]]
    return header_safe("; ".join(n for n in names if n), limit=140)


def shorten_summary(summary: str, language: str | None, max_chars: int) -> str:
    """The summary's leading whole sentences within `max_chars` (never a sentence cut short)."""
    if len(summary) <= max_chars:
        return summary
    kept: list[str] = []
    for sentence in split_sentences(summary, language):
        if len(join_sentences([*kept, sentence])) > max_chars:
            break
        kept.append(sentence)
    return join_sentences(kept)


def _shorter_stories(d: Digest, max_chars: int) -> Digest:
    """The digest with each story summary cut back to whole sentences within `max_chars`."""
    stories = [
        replace(s, items=[
            replace(i, summary=shorten_summary(i.summary, i.language, max_chars)) for i in s.items
        ])
        for s in d.stories
    ]
    return replace(d, stories=stories)


def render_digest(d: Digest, tz: dt.tzinfo = dt.UTC) -> RenderedDigest:
    """Render a subscriber's digest: new documents first, then stories, then what was filtered.

    When the HTML would pass HTML_BUDGET, story summaries are shortened (whole sentences) step
    by step until it fits; documents keep theirs.
    """
    rendered = _render_digest(d, tz)
    for max_chars in STORY_SUMMARY_STEPS:
        if len(rendered.html.encode("utf-8")) <= HTML_BUDGET:
            break
        rendered = _render_digest(_shorter_stories(d, max_chars), tz)
    return rendered


def _render_digest(d: Digest, tz: dt.tzinfo) -> RenderedDigest:
    """One rendering of the digest as it is."""
    subject = digest_subject(d, tz)
    groups = group_documents(d.documents)
    context = {
        "d": d,
        "groups": groups,
        "tz": tz,
        "subject": subject,
        "counts": digest_counts(d),
        "preheader": _preheader(groups, d.stories),
        "filtered": [(one_line(k), v) for k, v in d.filtered_counts.items() if v],
    }
    html, text = _render("digest", context)
    return RenderedDigest(subject=subject, html=html, text=text)


def render_alert(
    documents: list[DigestDocument],
    subscriber_email: str,
    generated_at: dt.datetime,
    *,
    unsubscribe_url: str | None = None,
    tz: dt.tzinfo = dt.UTC,
) -> RenderedDigest:
    """Render the immediate "new SCO document" mail for one or more documents."""
    subject = alert_subject(documents)
    groups = group_documents(documents)
    context = {
        "documents": documents,
        "groups": groups,
        "subscriber_email": subscriber_email,
        "generated_at": generated_at,
        "unsubscribe_url": unsubscribe_url,
        "tz": tz,
        "subject": subject,
        "preheader": _preheader(groups, []),
    }
    html, text = _render("alert", context)
    return RenderedDigest(subject=subject, html=html, text=text)
