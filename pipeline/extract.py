"""Generic article extraction from HTML: body and metadata, independent of any outlet's layout.

Structured metadata (JSON-LD, Open Graph, <meta>) wins over trafilatura's and htmldate's guesses.
"""

from __future__ import annotations

import copy
import functools
import json
import logging
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from html import unescape
from typing import Any, TypedDict
from urllib.parse import urljoin, urlsplit

import htmldate
import trafilatura
from charset_normalizer import from_bytes
from lxml.html import HtmlElement
from trafilatura import extract_metadata, load_html
from w3lib.encoding import (
    html_body_declared_encoding,
    http_content_type_encoding,
    read_bom,
    resolve_encoding,
)

from pipeline.language import detect_language, normalise_language

LOGGER = logging.getLogger(__name__)

# Chosen on the Zyte benchmark (docs/benchmarks.md): precision mode scores +0.004 F1 over
# trafilatura's defaults, and dropping tables costs 0.007, so they stay in.
BODY_OPTIONS: dict[str, Any] = {
    "favor_precision": True,
    "include_comments": False,
    "include_tables": True,
}

# schema.org types whose properties describe the article itself (not the site or a breadcrumb).
ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "backgroundnewsarticle",
        "reviewnewsarticle",
        "askpublicnewsarticle",
        "blogposting",
        "liveblogposting",
        "socialmediaposting",
        "report",
        "scholarlyarticle",
        "techarticle",
    }
)

AUTHOR_META_KEYS = ("author", "article:author", "dc.creator", "dcterms.creator", "byl")
TITLE_SEPARATORS = "|-–—_»·•:"
# Byline labels that precede a name in the page text, best first: an editor ('责任编辑') is taken
# only when no writer is named, since many Chinese outlets credit nobody else.
BYLINE_LABELS = ("作者", "记者", "责任编辑", "编辑", "Автор", "Авторы")
BYLINE_RE = re.compile(
    r"(?:^|[\s【\[(（|])(" + "|".join(BYLINE_LABELS) + r")\s*[:：]\s*"
    r"([A-ZА-ЯЁ][a-zа-яё]+(?:\s+[A-ZА-ЯЁ][a-zа-яё.]+){0,2}|[\u4e00-\u9fff·]{2,4})"
    r"(?=$|[\s】\])）,，;；/、|])"
)
EARLIEST_YEAR = 1990
# What w3lib resolves `iso-8859-1` and `latin-1` to: the charset servers add when a page has none.
SERVER_DEFAULT_CHARSET = "cp1252"
JSON_LD_MAX_DEPTH = 8


@dataclass(frozen=True)
class ExtractedPage:
    """What the generic extractor found on a page; any field may be missing."""

    title: str | None
    body: str | None
    published_at: datetime | None
    author: str | None
    language: str | None
    canonical_url: str | None
    description: str | None


class PageMetadata(TypedDict):
    """Metadata read from one page; `declared_language` is the page's own claim (<html lang>)."""

    title: str | None
    author: str | None
    published_at: datetime | None
    canonical_url: str | None
    description: str | None
    declared_language: str | None


EMPTY_PAGE = ExtractedPage(None, None, None, None, None, None, None)


def decode_html(data: str | bytes, content_type: str | bytes | None = None) -> str:
    """Decode page bytes by BOM, HTTP Content-Type, <meta> charset, then detection; never raises."""
    if isinstance(data, str):
        return data
    encoding = page_encoding(data, content_type)
    _, bom = read_bom(data)
    return data[len(bom or b"") :].decode(encoding, errors="replace")


def page_encoding(data: bytes, content_type: str | bytes | None = None) -> str:
    """The encoding to decode a page with: its BOM; else the HTTP or <meta> declaration that fits
    the bytes; else UTF-8 when the bytes are UTF-8; else a statistical guess.

    The HTTP charset wins, as in browsers, unless the bytes do not decode under it, or it is the
    Windows-1252/Latin-1 that web servers stamp on every page by default while the page's own
    <meta> names another charset that fits (a GB2312 page served as `charset=iso-8859-1`), or
    names none and the bytes are UTF-8 beyond ASCII (Latin-1 text is next to never valid UTF-8).
    """
    bom_encoding, bom = read_bom(data)
    if bom_encoding and bom is not None:
        return bom_encoding
    if isinstance(content_type, bytes):
        content_type = content_type.decode("latin-1")
    header = usable_codec(http_content_type_encoding(content_type) if content_type else None)
    meta = html_body_declared_encoding(data)
    meta = usable_codec(resolve_encoding(meta) if meta else None)
    fits = [e for e in dict.fromkeys((header, meta)) if e and decodes(data, e)]
    server_default = header == SERVER_DEFAULT_CHARSET and (
        meta in fits or (meta is None and not data.isascii() and decodes(data, "utf-8")))
    if header in fits and not server_default:
        return header
    if meta in fits:
        return meta
    if decodes(data, "utf-8"):
        return "utf-8"
    return detect_encoding(data) or header or meta or "utf-8"


def decodes(data: bytes, encoding: str) -> bool:
    """Whether `data` decodes under `encoding` without a single error."""
    try:
        data.decode(encoding)
    except (UnicodeError, LookupError):  # UnicodeError: idna, punycode
        return False
    return True


@functools.cache
def usable_codec(encoding: str | None) -> str | None:
    """`encoding` when a page can be decoded with it, errors replaced; else None. A charset label
    may name a Python codec that decodes no page: idna, punycode, undefined, rot13, base64."""
    if not encoding:
        return None
    try:
        b"<p>\xff</p>".decode(encoding, errors="replace")
    except (UnicodeError, LookupError):
        return None
    return encoding


def detect_encoding(data: bytes) -> str | None:
    """Best guess of a byte string's encoding by statistical detection, or None."""
    try:
        best = from_bytes(data[:65536]).best()
    except Exception:  # detector bugs must not stop extraction
        return None
    if best is None:
        return None
    return usable_codec(resolve_encoding(best.encoding) or best.encoding)


def parse_html(html: str | bytes, content_type: str | bytes | None = None) -> HtmlElement | None:
    """Parse a page into an lxml tree, or None when it is not HTML at all."""
    text = decode_html(html, content_type).replace("\x00", "")
    if not text.strip():
        return None
    try:
        tree = load_html(text)
    except Exception:
        LOGGER.debug("lxml could not parse the page", exc_info=True)
        return None
    return tree if tree is not None and len(tree) else None


def clean_text(value: Any) -> str | None:
    """Collapse whitespace in a scalar metadata value; None when empty or not text."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    return text or None


def meta_values(tree: HtmlElement) -> dict[str, str]:
    """First non-empty content of each <meta> key (property, name or itemprop), lowercased."""
    values: dict[str, str] = {}
    for meta in tree.iter("meta"):
        content = clean_text(meta.get("content"))
        if not content:
            continue
        for attr in ("property", "name", "itemprop"):
            key = (meta.get(attr) or "").strip().lower()
            if key:
                values.setdefault(key, content)
    return values


def json_ld_objects(tree: HtmlElement) -> Iterator[dict[str, Any]]:
    """Every JSON object in the page's JSON-LD scripts, graphs and lists flattened."""
    for script in tree.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        raw = (script.text or "").strip()
        raw = re.sub(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$", "", raw)
        try:
            data = json.loads(raw, strict=False)
        except (ValueError, RecursionError):
            continue
        yield from flatten_json_ld(data)


def flatten_json_ld(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Yield the objects of a JSON-LD document, descending into lists and @graph."""
    if depth > JSON_LD_MAX_DEPTH:
        return
    if isinstance(data, list):
        for item in data:
            yield from flatten_json_ld(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from flatten_json_ld(data["@graph"], depth + 1)


def json_ld_types(obj: dict[str, Any]) -> set[str]:
    """The lowercased schema.org types of a JSON-LD object, without namespace prefixes."""
    raw = obj.get("@type")
    types = raw if isinstance(raw, list) else [raw]
    return {t.rsplit("/", 1)[-1].rsplit(":", 1)[-1].lower() for t in types if isinstance(t, str)}


def json_ld_article(
    objects: list[dict[str, Any]], page_urls: set[str] | None = None
) -> dict[str, Any] | None:
    """The page's main article in JSON-LD: the article-typed object naming this page's URL,
    else the first article-typed object (pages also describe related stories)."""
    articles = [obj for obj in objects if json_ld_types(obj) & ARTICLE_TYPES]
    wanted = {u.rstrip("/") for u in page_urls or set() if u}
    for obj in articles:
        if wanted & {u.rstrip("/") for u in json_ld_urls(obj)}:
            return obj
    return articles[0] if articles else None


def json_ld_urls(obj: dict[str, Any]) -> set[str]:
    """The URLs a JSON-LD object gives for itself (url, @id, mainEntityOfPage)."""
    entity = obj.get("mainEntityOfPage")
    candidates = [obj.get("url"), obj.get("@id"), entity]
    if isinstance(entity, dict):
        candidates += [entity.get("@id"), entity.get("url")]
    return {c for c in candidates if isinstance(c, str)}


def json_ld_text(value: Any) -> str | None:
    """A JSON-LD string value, with the HTML entities some sites leave in it decoded."""
    text = clean_text(value)
    return clean_text(unescape(text)) if text and "&" in text else text


def json_ld_names(value: Any, by_id: dict[str, dict[str, Any]]) -> list[str]:
    """Person or organisation names in a JSON-LD author value, following @id references."""
    if isinstance(value, list):
        return [name for item in value for name in json_ld_names(item, by_id)]
    if isinstance(value, dict):
        if "name" not in value and isinstance(value.get("@id"), str):
            value = by_id.get(value["@id"], value)
        name = value.get("name")
        if isinstance(name, list):
            name = ", ".join(n for n in name if isinstance(n, str))
        text = json_ld_text(name)
        return [text] if text else []
    text = json_ld_text(value)
    return [text] if text and not looks_like_url(text) else []


def looks_like_url(text: str) -> bool:
    """Whether a metadata value is a link (e.g. a Facebook page as article:author)."""
    return bool(re.match(r"^(?:https?:)?//|^www\.", text.strip(), re.IGNORECASE))


def join_authors(names: list[str]) -> str | None:
    """Distinct author names in page order, joined with '; '."""
    distinct = list(dict.fromkeys(n for n in names if n))
    return "; ".join(distinct) if distinct else None


def parse_datetime(value: Any) -> datetime | None:
    """An ISO 8601 timestamp as a tz-aware datetime (UTC when it has no offset), else None."""
    text = clean_text(value)
    if not text:
        return None
    try:
        parsed = datetime.fromisoformat(text.replace(" ", "T", 1) if len(text) > 10 else text)
    except ValueError:
        return None
    if parsed.year < EARLIEST_YEAR:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def htmldate_published(tree: HtmlElement, url: str | None) -> datetime | None:
    """The original publication date that htmldate finds in the URL, markup or text."""
    found = run_htmldate(tree, url)
    if found is None or not is_bare_day(found):
        return found
    # htmldate trusts a date in the URL first, and it has no time of day: look in the markup
    # alone ("" stops htmldate from reading the URL or the canonical link) for that day's time
    in_markup = run_htmldate(tree, "", extensive=False)
    if in_markup and not is_bare_day(in_markup) and in_markup.date() == found.date():
        return in_markup
    return found


def is_bare_day(moment: datetime) -> bool:
    """Whether a parsed date carried no time of day (midnight, no offset given)."""
    return moment.time() == time(0) and moment.utcoffset() == timedelta(0)


def run_htmldate(tree: HtmlElement, url: str | None, extensive: bool = True) -> datetime | None:
    """One htmldate search for the original (not last-modified) date, or None."""
    try:
        found = htmldate.find_date(
            tree,  # htmldate copies a tree it is given before pruning it
            url=url,
            original_date=True,
            extensive_search=extensive,
            outputformat="%Y-%m-%dT%H:%M:%S%z",
        )
    except Exception:
        LOGGER.debug("htmldate failed", exc_info=True)
        return None
    return parse_datetime(found)


def canonical_link(tree: HtmlElement) -> str | None:
    """The href of the page's <link rel="canonical">, if any."""
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split():
            href = clean_text(link.get("href"))
            if href:
                return href
    return None


def absolute_url(href: str | None, base: str | None) -> str | None:
    """An http(s) URL for href, resolved against base; None when it cannot be made absolute."""
    if not href:
        return None
    resolved = urljoin(base, href) if base else href
    parts = urlsplit(resolved)
    return resolved if parts.scheme in ("http", "https") and parts.netloc else None


def declared_language(tree: HtmlElement, meta: dict[str, str]) -> str | None:
    """The language the page claims: <html lang>, then Content-Language, then og:locale."""
    root = tree.getroottree().getroot()
    for candidate in (
        root.get("lang"),
        root.get("{http://www.w3.org/XML/1998/namespace}lang"),
        http_equiv(tree, "content-language"),
        meta.get("og:locale"),
    ):
        code = normalise_language(candidate)
        if code:
            return code
    return None


def http_equiv(tree: HtmlElement, name: str) -> str | None:
    """Content of a <meta http-equiv=name> element."""
    for meta in tree.iter("meta"):
        if (meta.get("http-equiv") or "").strip().lower() == name:
            return clean_text(meta.get("content"))
    return None


def heading_texts(tree: HtmlElement) -> set[str]:
    """Texts of the page's visible headings and title-like blocks, whitespace-normalised."""
    texts: set[str] = set()
    for element in tree.iter("h1", "h2", "div", "span", "p", "header"):
        css_class = (element.get("class") or "").lower()
        titled = "title" in css_class or "headline" in css_class
        # share widgets repeat the <title> verbatim, site name included
        if (element.tag in ("h1", "h2") or titled) and "share" not in css_class:
            text = clean_text(element.text_content())
            if text and len(text) <= 300 and not is_hidden(element):
                texts.add(text)
    return texts


def is_hidden(element: HtmlElement) -> bool:
    """Whether an element or an ancestor is hidden by an inline display:none."""
    for node in (element, *element.iterancestors()):
        if "display:none" in (node.get("style") or "").replace(" ", "").lower():
            return True
    return False


def strip_site_name(title: str | None, headings: set[str]) -> str | None:
    """Cut a site name off a <title>-style title when the remainder is an on-page heading."""
    if not title or title in headings:
        return title
    positions = [i for i, ch in enumerate(title) if ch in TITLE_SEPARATORS]
    candidates = [title[:i] for i in positions] + [title[i + 1 :] for i in positions]
    matches = [c.strip() for c in candidates if c.strip() in headings]
    return max(matches, key=len) if matches else title


def byline_from_text(tree: HtmlElement) -> str | None:
    """An author named after a byline label ('作者：', 'Автор:') in the visible text."""
    text = " ".join(" ".join(visible_text_nodes(tree)).split())
    found: dict[str, str] = {}
    for match in BYLINE_RE.finditer(text):
        found.setdefault(match.group(1), match.group(2))
    return next((found[label] for label in BYLINE_LABELS if label in found), None)


def visible_text_nodes(tree: HtmlElement) -> list[str]:
    """The body's text nodes outside scripts and styles."""
    return tree.xpath(
        "//body//text()[not(ancestor::script) and not(ancestor::style) and not(ancestor::noscript)]"
    )


def trafilatura_metadata(tree: HtmlElement, url: str | None) -> dict[str, str | None]:
    """Title, author and description as trafilatura's metadata heuristics find them."""
    try:
        # extensive=False: its date is not used here, and htmldate's full search is the slow part
        doc = extract_metadata(copy.deepcopy(tree), default_url=url, extensive=False)
    except Exception:
        LOGGER.debug("trafilatura metadata failed", exc_info=True)
        return {}
    return {
        "title": clean_text(doc.title),
        "author": clean_text(doc.author),
        "description": clean_text(doc.description),
    }


def first_present(*candidates: str | None) -> str | None:
    """The first candidate that is a non-empty string."""
    return next((c for c in candidates if c), None)


def as_tree(html_or_tree: str | bytes | HtmlElement) -> HtmlElement | None:
    """Accept a page as text, bytes or an already parsed tree."""
    if isinstance(html_or_tree, HtmlElement):
        return html_or_tree
    return parse_html(html_or_tree)


def page_metadata(html_or_tree: str | bytes | HtmlElement, url: str | None = None) -> PageMetadata:
    """Title, author, date, canonical URL, description and declared language of one page."""
    empty = PageMetadata(
        title=None,
        author=None,
        published_at=None,
        canonical_url=None,
        description=None,
        declared_language=None,
    )
    tree = as_tree(html_or_tree)
    if tree is None:
        return empty
    meta = meta_values(tree)
    objects = list(json_ld_objects(tree))
    by_id = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str)}
    canonical = absolute_url(canonical_link(tree), url) or absolute_url(meta.get("og:url"), url)
    article = json_ld_article(objects, {u for u in (url, canonical) if u}) or {}
    headings = heading_texts(tree)

    title = first_present(
        json_ld_text(article.get("headline")) or json_ld_text(article.get("name")),
        strip_site_name(meta.get("og:title"), headings),
        strip_site_name(meta.get("twitter:title"), headings),
    )
    author = first_present(
        join_authors(json_ld_names(article.get("author"), by_id)),
        *(m for k in AUTHOR_META_KEYS if (m := meta.get(k)) and not looks_like_url(m)),
    )
    description = first_present(
        json_ld_text(article.get("description")),
        meta.get("og:description"),
        meta.get("description"),
        meta.get("twitter:description"),
    )
    if not (title and author and description):
        fallback = trafilatura_metadata(tree, url)
        title = title or strip_site_name(fallback.get("title"), headings)
        author = author or fallback.get("author") or byline_from_text(tree)
        description = description or fallback.get("description")

    published_at = (
        parse_datetime(article.get("datePublished"))
        or parse_datetime(meta.get("article:published_time"))
        or htmldate_published(tree, url)
    )
    return PageMetadata(
        title=title,
        author=author,
        published_at=published_at,
        canonical_url=canonical,
        description=description,
        declared_language=declared_language(tree, meta),
    )


def extract_body(
    tree: HtmlElement, url: str | None, options: Mapping[str, Any] | None = None
) -> str | None:
    """The main text of the page, paragraphs separated by newlines, or None."""
    try:
        doc = trafilatura.bare_extraction(
            copy.deepcopy(tree), url=url, with_metadata=False, **(options or BODY_OPTIONS)
        )
    except Exception:
        LOGGER.debug("trafilatura body extraction failed", exc_info=True)
        return None
    text = getattr(doc, "text", None) if doc is not None else None
    return (text.strip() or None) if isinstance(text, str) else None


def guarded(step: Callable[[], Any], default: Any = None) -> Any:
    """Run one extraction step; a library bug on odd input costs that field, not the page."""
    try:
        return step()
    except Exception:
        LOGGER.warning("extraction step failed", exc_info=True)
        return default


def extract_page(
    html: str | bytes,
    url: str | None = None,
    *,
    content_type: str | bytes | None = None,
    body_options: Mapping[str, Any] | None = None,
) -> ExtractedPage:
    """Extract body text and metadata from one HTML page; never raises on bad input.

    `content_type` is the HTTP Content-Type header, when known, for its charset;
    `body_options` replaces BODY_OPTIONS (trafilatura's extraction switches) for experiments.
    """
    parsable = isinstance(html, (str, bytes))
    tree = guarded(lambda: parse_html(html, content_type)) if parsable else None
    if tree is None:
        return EMPTY_PAGE
    meta = guarded(lambda: page_metadata(tree, url))
    body = guarded(lambda: extract_body(tree, url, body_options))
    if meta is None:
        return ExtractedPage(None, body, None, None, None, None, None)
    language = guarded(
        lambda: detect_language(
            body or " ".join(filter(None, [meta["title"], meta["description"]])),
            meta["declared_language"],
        )
    )
    return ExtractedPage(
        title=meta["title"],
        body=body,
        published_at=meta["published_at"],
        author=meta["author"],
        language=language,
        canonical_url=meta["canonical_url"],
        description=meta["description"],
    )
