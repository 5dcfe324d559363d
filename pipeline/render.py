"""Digest and alert rendering: frozen view models in, a subject line plus HTML and text parts out.

Everything in the view models is scraped, untrusted text: the templates escape it, only http(s)
URLs become links, and the subject is collapsed to one clean line so no header can be injected.
"""

from __future__ import annotations

import datetime as dt
import re
import textwrap
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

import css_inline
from jinja2 import Environment, PackageLoader, StrictUndefined, pass_context, select_autoescape

from pipeline.summarize import is_cjk_text

TEXT_WIDTH = 72
SUBJECT_MAX_CHARS = 150
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_LANG_CODE = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")
_BLANK_LINES = re.compile(r"\n{3,}")
_TYPE_LABELS = {"mou": "Memorandum of understanding"}


@dataclass(frozen=True)
class DigestItem:
    """One article as a digest shows it."""

    title: str
    url: str
    source: str
    published_at: dt.date | dt.datetime | None  # a date is shown as is, a moment in the reader's zone
    summary: str
    language: str | None
    states: list[str] = field(default_factory=list)  # ISO 3166 alpha-2 codes
    topics: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class DigestDocument:
    """A newly seen SCO document (declaration, plan, MoU…) with every article that reported it."""

    name: str
    type: str
    status: str | None
    meeting: str | None
    date: dt.date | None
    summary: str
    sources: list[DigestItem] = field(default_factory=list)


@dataclass(frozen=True)
class DigestStory:
    """One news story: the articles of several outlets about the same event."""

    headline: str
    items: list[DigestItem] = field(default_factory=list)


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


def lang_code(code: str | None) -> str | None:
    """A well-formed BCP 47-ish language code for a `lang` attribute, else None."""
    return code if code and _LANG_CODE.fullmatch(code) else None


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
    kind = one_line(kind)
    return _TYPE_LABELS.get(kind.lower(), kind[:1].upper() + kind[1:])


def wrap_text(
    text: str | None, indent: str = "", hang: str | None = None, width: int = TEXT_WIDTH
) -> str:
    """Text wrapped for the plain-text part, first line prefixed by `indent`, the rest by `hang`.

    CJK text, which has no spaces to break at, is cut every (width / 2) characters.
    """
    line = one_line(text)
    if not line:
        return ""
    rest = indent if hang is None else hang
    if is_cjk_text(line) and " " not in line:
        step = max((width - len(rest)) // 2, 10)  # CJK characters take two columns
        chunks = [line[i : i + step] for i in range(0, len(line), step)]
        return "\n".join((indent if i == 0 else rest) + c for i, c in enumerate(chunks))
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
    env.filters.update(
        oneline=one_line,
        safe_href=safe_href,
        lang_code=lang_code,
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


def _preheader(documents: list[DigestDocument], stories: list[DigestStory]) -> str:
    """The preview line mail clients show after the subject."""
    names = [one_line(doc.name) for doc in documents[:3]] or [
        one_line(story.headline) for story in stories[:2]
    ]
    return header_safe("; ".join(n for n in names if n), limit=140)


def render_digest(d: Digest, tz: dt.tzinfo = dt.UTC) -> RenderedDigest:
    """Render a subscriber's digest: new documents first, then stories, then what was filtered."""
    subject = digest_subject(d, tz)
    context = {
        "d": d,
        "tz": tz,
        "subject": subject,
        "counts": digest_counts(d),
        "preheader": _preheader(d.documents, d.stories),
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
    context = {
        "documents": documents,
        "subscriber_email": subscriber_email,
        "generated_at": generated_at,
        "unsubscribe_url": unsubscribe_url,
        "tz": tz,
        "subject": subject,
        "preheader": _preheader(documents, []),
    }
    html, text = _render("alert", context)
    return RenderedDigest(subject=subject, html=html, text=text)
