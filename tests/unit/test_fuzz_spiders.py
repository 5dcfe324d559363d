"""Fuzzing every registered spider's parse callbacks, and the generic extractor, with random pages
and mutated fixture pages (no network).

Whatever a site sends, a callback must not raise: it yields Requests for its own callbacks and valid
Articles, and a page it cannot read costs that page only, logged and counted in
`scowatch/parse_errors` (scrapers.spiders.base.guarded). Examples are derandomized so that CI sees
the same ones on every run; a failure found once is pinned below with @example.
"""

from __future__ import annotations

import gzip
import json
import logging
import re
import tomllib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from scrapy import Request
from scrapy.exceptions import NotSupported
from scrapy.http import HtmlResponse, Response, TextResponse, XmlResponse
from scrapy.settings import Settings
from scrapy.spiderloader import SpiderLoader
from scrapy.utils.test import get_crawler

from pipeline.article import Article
from pipeline.extract import ExtractedPage, extract_page
from pipeline.fixture_server import DEMO_SITES, content_type_for
from scrapers.spiders.base import LISTING_PAGE, ScowatchSpider
from scrapers.spiders.feed import Teaser

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
REAL_PAGES = FIXTURES / "real-pages"

# Each example parses a page, and an article page may go through trafilatura: a few hundred
# examples keep the file within seconds on two cores.
FUZZ = settings(max_examples=150, derandomize=True, database=None)
FUZZ_PAGES = settings(max_examples=120, derandomize=True, database=None)
FUZZ_EXTRACT = settings(max_examples=40, derandomize=True, database=None)


# --- the spiders and their callbacks ----------------------------------------------------------

@cache
def registered_spiders() -> dict[str, type[ScowatchSpider]]:
    """Every spider of the Scrapy project, by name (what `scrapy list` prints)."""
    project = Settings()
    project.setmodule("scrapers.settings", priority="project")
    loader = SpiderLoader.from_settings(project)
    return {name: loader.load(name) for name in loader.list()}


def parse_callbacks(cls: type[ScowatchSpider]) -> list[str]:
    """The spider's parse callbacks: its methods named parse*."""
    return sorted(name for name in dir(cls)
                  if name.startswith("parse") and callable(getattr(cls, name)))


SPIDER_CALLBACKS = [(name, callback) for name, cls in sorted(registered_spiders().items())
                    for callback in parse_callbacks(cls)]
SPIDER_ARGUMENTS: list[dict[str, str]] = [{}, {"prefilter": "true"}, {"since": "2024-07-01"}]


def make_spider(name: str, arguments: dict[str, str]) -> ScowatchSpider:
    """A registered spider inside a test crawler (settings and stats), with spider arguments."""
    cls = registered_spiders()[name]
    return cls.from_crawler(get_crawler(cls), **arguments)  # type: ignore[return-value]


# --- fixture pages ----------------------------------------------------------------------------

@dataclass(frozen=True)
class FixturePage:
    """A saved page and the URL it was (or stands for) on its site."""

    file: Path
    url: str

    @property
    def body(self) -> bytes:
        """The page's bytes."""
        return read_bytes(self.file)

    @property
    def content_type(self) -> str:
        """The Content-Type the fixture server gives it."""
        return content_type_for(self.file, self.body)

    @property
    def home(self) -> tuple[str, str]:
        """The spider and callback that meet this page in a crawl: its outlet's spider's
        dispatcher, else the generic spiders' callback for its kind."""
        site = self.file.relative_to(DEMO_SITES).parts[0] if self.file.is_relative_to(
            DEMO_SITES) else ""
        if site in registered_spiders():
            return site, "parse"
        if self.file.name == "robots.txt":
            return "sitemap", "parse_robots"
        if self.file.suffix == ".xml":
            head = self.body[:2000]
            is_sitemap = b"<urlset" in head or b"<sitemapindex" in head
            return ("sitemap" if is_sitemap else "feed"), "parse"
        return "feed", "parse_entry"


@cache
def read_bytes(file: Path) -> bytes:
    """A fixture file's bytes, read once."""
    return file.read_bytes()


def site_origin(folder: Path) -> str:
    """The real origin a fixture site stands for (its pages.toml), else a made-up one."""
    pages = folder / "pages.toml"
    if pages.is_file():
        return str(tomllib.loads(pages.read_text("utf-8"))["origin"]).rstrip("/")
    return f"https://{folder.name}.example"


def fixture_pages() -> list[FixturePage]:
    """Every page of the bundled fixture sites and every saved real page, at its URL."""
    pages = []
    for folder in sorted(p for p in DEMO_SITES.iterdir() if p.is_dir()):
        origin = site_origin(folder)
        for file in sorted(folder.rglob("*")):
            if not file.is_file() or file.suffix not in (".html", ".htm", ".xml", ".txt"):
                continue
            path = file.relative_to(folder).as_posix()
            path = re.sub(r"(^|/)index\.(html|xml)$", r"\1", path)
            pages.append(FixturePage(file, f"{origin}/{path}"))
    gold = json.loads((REAL_PAGES / "gold.json").read_text("utf-8"))
    pages += [FixturePage(REAL_PAGES / name, entry["url"]) for name, entry in sorted(gold.items())]
    return pages


FIXTURE_PAGES = fixture_pages()
# The saved real pages are ten times the size of the hand-made ones: half the extractor's examples.
HTML_PAGES = [p for p in FIXTURE_PAGES if p.file.suffix in (".html", ".htm")]
REAL_HTML_PAGES = [p for p in HTML_PAGES if p.file.is_relative_to(REAL_PAGES)]
SITEMAP = next(p for p in FIXTURE_PAGES if p.file.name == "sitemap.xml")


# --- mutations --------------------------------------------------------------------------------

TAG = re.compile(rb"<[^<>]{1,300}>")
ATTRIBUTE_VALUE = re.compile(rb"""[\w:-]+=(["'])([^"'<>]{0,300})\1""")
DATE_ATTRIBUTE = re.compile(rb"(?:time|datetime|data-unixtime|content)=")
GARBAGE = [
    b"\xff\xfe\xfd", b"\xc3\x28", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\x00" * 8, b"<", b">",
    b"]]>", b"<!--", b"<![CDATA[", b"&#xD800;", b"&#99999999;", b"&", b"\xef\xbb\xbf",
    b"</html>", b"<script>", b"</body></html><html>", b'<?xml version="1.0" encoding="idna"?>',
    b'<meta charset="undefined">', b"<!DOCTYPE html [<!ENTITY x 'y'>]>", b"\r\n\r\n", b"\x1b[0m",
]
# Values that have broken parsers: numbers past datetime's range, dates that do not exist, URLs
# that are not URLs, digits of other scripts.
NASTY_VALUES = [
    b"", b" ", b"0", b"-1", b"99999999999999999999", b"1e308", b"NaN", b"\xd9\xa1\xd9\xa2\xd9\xa3",
    b"9999-99-99T99:99:99", b"0000-00-00", b"2024-02-30T25:61:00+99:00", b"10000-01-01",
    b"0001-01-01T00:00:00", b"32 December 2024", b"31 Smarch 2020", b"29 February 2023",
    b"javascript:alert(1)", b"http://[::1", b"https://x.org:99999/", b"\\\\server\\share", b"//",
    b"#", b"?", b"mailto:x@y", b"data:text/html,<p>", b"application/ld+json", b"canonical",
    b"next", b"alternate", b"ru-RU", b"!!", b"x" * 3000,
]


def position(draw: st.DrawFn, data: bytes) -> int:
    """A byte offset into `data` (its end included)."""
    return draw(st.integers(0, len(data)))


def span(draw: st.DrawFn, data: bytes) -> tuple[int, int]:
    """A byte range of `data`, start <= end."""
    a, b = position(draw, data), position(draw, data)
    return min(a, b), max(a, b)


def truncate(draw: st.DrawFn, data: bytes) -> bytes:
    """The page cut off anywhere (a dropped connection)."""
    return data[: position(draw, data)]


def delete_range(draw: st.DrawFn, data: bytes) -> bytes:
    """The page with a byte range left out."""
    start, end = span(draw, data)
    return data[:start] + data[end:]


def duplicate_range(draw: st.DrawFn, data: bytes) -> bytes:
    """The page with a byte range repeated."""
    start, end = span(draw, data)
    return data[:end] + data[start:end] * draw(st.integers(1, 3)) + data[end:]


def swap_tags(draw: st.DrawFn, data: bytes) -> bytes:
    """The page with two of its tags swapped (a closing tag before its opening one)."""
    tags = list(TAG.finditer(data))
    if len(tags) < 2:
        return data
    i, j = sorted(draw(st.lists(st.integers(0, len(tags) - 1), min_size=2, max_size=2,
                                unique=True)))
    a, b = tags[i], tags[j]
    return (data[: a.start()] + b.group() + data[a.end() : b.start()] + a.group()
            + data[b.end() :])


def inject_garbage(draw: st.DrawFn, data: bytes) -> bytes:
    """The page with junk inserted: invalid UTF-8, NULs, stray markup, random bytes."""
    at = position(draw, data)
    junk = draw(st.one_of(st.sampled_from(GARBAGE), st.binary(min_size=1, max_size=32)))
    return data[:at] + junk + data[at:]


def huge_attribute(draw: st.DrawFn, data: bytes) -> bytes:
    """The page with an attribute of up to 200 kB added to one of its tags."""
    tags = list(TAG.finditer(data))
    if not tags:
        return data + b'<p data-x="' + b"x" * 100_000 + b'">'
    tag = tags[draw(st.integers(0, len(tags) - 1))]
    unit = draw(st.sampled_from([b"A", b"9", b" ", b"&amp;", b"\xd0\xa8", b"By x in "]))
    name = draw(st.sampled_from([b"data-x", b"class", b"content", b"href", b"datetime", b"time",
                                 b"data-unixtime", b"lang", b"style"]))
    value = unit * (draw(st.integers(1, 200_000)) // len(unit))
    at = tag.end() - (2 if tag.group().endswith(b"/>") else 1)
    return data[:at] + b" " + name + b'="' + value + b'"' + data[at:]


def nasty_attribute_value(draw: st.DrawFn, data: bytes) -> bytes:
    """The page with one attribute's value replaced by a nasty value."""
    values = list(ATTRIBUTE_VALUE.finditer(data))
    if not values:
        return data
    found = values[draw(st.integers(0, len(values) - 1))]
    return data[: found.start(2)] + draw(st.sampled_from(NASTY_VALUES)) + data[found.end(2) :]


def nasty_date_attribute(draw: st.DrawFn, data: bytes) -> bytes:
    """Replace the value of a date-bearing attribute (`time`, `datetime`, `data-unixtime`,
    `content`) by a nasty value: the outlet's own selectors read these."""
    values = [m for m in ATTRIBUTE_VALUE.finditer(data) if DATE_ATTRIBUTE.match(m.group())]
    if not values:
        return data
    found = values[draw(st.integers(0, len(values) - 1))]
    return data[: found.start(2)] + draw(st.sampled_from(NASTY_VALUES)) + data[found.end(2) :]


def nasty_text(draw: st.DrawFn, data: bytes) -> bytes:
    """Replace the text between two tags (a date line, a byline, a <loc>) by a nasty value."""
    texts = list(re.finditer(rb">([^<>]{1,200})<", data))
    if not texts:
        return data
    found = texts[draw(st.integers(0, len(texts) - 1))]
    return data[: found.start(1)] + draw(st.sampled_from(NASTY_VALUES)) + data[found.end(1) :]


def reencode(draw: st.DrawFn, data: bytes) -> bytes:
    """The page in another charset than it declares."""
    charset = draw(st.sampled_from(["cp1251", "gb2312", "shift_jis", "utf-16", "latin-1"]))
    return data.decode("utf-8", errors="replace").encode(charset, errors="replace")


def empty(draw: st.DrawFn, data: bytes) -> bytes:
    """No body at all."""
    return b""


MUTATIONS: list[Callable[[st.DrawFn, bytes], bytes]] = [
    truncate, delete_range, duplicate_range, swap_tags, inject_garbage, huge_attribute,
    nasty_attribute_value, nasty_date_attribute, nasty_text, reencode, empty,
]


@st.composite
def mutated_page(draw: st.DrawFn, pages: list[FixturePage] = FIXTURE_PAGES
                 ) -> tuple[FixturePage, bytes]:
    """One of `pages` and its bytes after one or two mutations."""
    page = draw(st.sampled_from(pages))
    data = page.body
    for mutation in draw(st.lists(st.sampled_from(MUTATIONS), min_size=1, max_size=2)):
        data = mutation(draw, data)
    return page, data


# --- random pages -----------------------------------------------------------------------------

CLASSES = [
    "entry-content", "entry-title", "entry-meta byline", "posted-on", "article_news_body",
    "article_title", "date_public_art", "author_article_block", "name_p", "frame_news_article",
    "article__title", "article__info-date", "article__body", "article__text",
    "article__announce-text", "article__tags", "article__tags-item", "list-item", "list",
    "list-more", "news-header__title", "news-header__lead", "news-header__date", "text-content",
    "text-block", "news-content", "news-content__container", "news-content__date", "news-list",
    "conTop", "head-line", "h-title", "time", "header-time", "h-time", "editor", "p-jc", "tit",
    "post", "entry-date published", "entry-categories", "author", "next", "sharedaddy",
]
PATHS = [
    "/2024/07/sco-summit/", "/en/sco-summit_a4170021", "/20250901/1521843.html", "/world/2010455",
    "/kyrgyzstan-takes-over-sco-chairmanship/", "/20250901/cc8c62879d34d166787ec074e98f73a8/c.html",
    "/english/2020-11/10/c_139506183.htm", "/all/page/2/", "/tag/sco/", "/news/", "/feed/",
    "/sitemap.xml", "/robots.txt", "/rss/v2.xml",
]
words = st.text(st.characters(codec="utf-8", exclude_characters="<>&"), max_size=30)
page_url = st.builds(lambda host, path: f"https://{host}{path}", st.sampled_from(
    ["astanatimes.com", "www.inform.kz", "eng.sectsco.org", "tass.com", "english.news.cn",
     "timesca.com", "example.org"]), st.sampled_from(PATHS))
url_value = st.one_of(st.sampled_from(PATHS), page_url, st.sampled_from(NASTY_VALUES).map(
    lambda b: b.decode("utf-8", "replace")))
attribute_value = st.one_of(words, url_value, st.sampled_from(CLASSES),
                            st.sampled_from(NASTY_VALUES).map(lambda b: b.decode("utf-8",
                                                                                 "replace")))
ATTRIBUTES = ["class", "id", "href", "rel", "type", "property", "name", "content", "lang",
              "datetime", "time", "data-unixtime", "style", "charset", "itemprop", "src"]
TAGS = ["div", "p", "a", "h1", "h2", "h3", "span", "article", "main", "figure", "blockquote", "li",
        "ul", "time", "dateformat", "title", "header", "section", "table", "td", "noscript"]
VOID_TAGS = ["meta", "link", "br", "img"]

json_value = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), words,
              st.sampled_from(["NewsArticle", "Article", "Person", "2024-07-04T10:00:00+05:00",
                               "9999-99-99", "https://astanatimes.com/2024/07/x/"])),
    lambda children: st.one_of(
        st.lists(children, max_size=3),
        st.dictionaries(st.sampled_from(["@type", "@graph", "@id", "headline", "datePublished",
                                         "author", "articleSection", "articleBody", "description",
                                         "name", "url", "mainEntityOfPage"]),
                        children, max_size=5)),
    max_leaves=15,
)


def render_attributes(pairs: list[tuple[str, str]]) -> str:
    """Attributes as HTML, values double-quoted."""
    return "".join(f' {name}="{value.replace(chr(34), "&quot;")}"' for name, value in pairs)


attributes = st.lists(st.tuples(st.sampled_from(ATTRIBUTES), attribute_value), max_size=3)
void_element = st.builds(lambda tag, attrs: f"<{tag}{render_attributes(attrs)}>",
                         st.sampled_from(VOID_TAGS), attributes)
ld_json = st.builds(lambda data, broken: '<script type="application/ld+json">'
                    + json.dumps(data, ensure_ascii=False)[: None if not broken else -1]
                    + "</script>", json_value, st.booleans())
html_tree = st.recursive(
    st.one_of(words, void_element, ld_json),
    lambda children: st.builds(
        lambda tag, attrs, inner: f"<{tag}{render_attributes(attrs)}>{''.join(inner)}</{tag}>",
        st.sampled_from(TAGS), attributes, st.lists(children, max_size=4)),
    max_leaves=40,
)
html_page = st.builds(
    lambda lang, head, body: f"<!DOCTYPE html><html{lang}><head>{''.join(head)}</head>"
                             f"<body>{''.join(body)}</body></html>",
    st.one_of(st.just(""), attribute_value.map(lambda v: f' lang="{v}"')),
    st.lists(st.one_of(void_element, ld_json), max_size=5),
    st.lists(html_tree, max_size=4),
)


def xml_element(name: str, children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """An XML element of some of `children`."""
    return st.lists(children, max_size=4).map(lambda inner: f"<{name}>{''.join(inner)}</{name}>")


xml_text = st.one_of(words, url_value, st.sampled_from(NASTY_VALUES).map(
    lambda b: b.decode("utf-8", "replace")), st.sampled_from(
    ["2024-07-04T10:00:00+05:00", "Thu, 04 Jul 2024 10:00:00 +0500", "2024-07-04"]))
feed_field = st.builds(lambda name, text: f"<{name}>{text}</{name}>", st.sampled_from(
    ["link", "title", "description", "summary", "pubDate", "published", "updated", "author",
     "category", "loc", "lastmod", "news:title", "news:publication_date", "news:keywords",
     "guid", "dc:creator"]), xml_text)
link_element = st.builds(lambda rel, href: f'<link rel="{rel}" href="{href}"/>',
                         st.sampled_from(["alternate", "next", "self", ""]), url_value)
feed_xml = st.builds(
    lambda root, items: f'<?xml version="1.0" encoding="utf-8"?>{root[0]}{"".join(items)}'
                        f"{root[1]}",
    st.sampled_from([
        ('<rss version="2.0"><channel>', "</channel></rss>"),
        ('<feed xmlns="http://www.w3.org/2005/Atom">', "</feed>"),
        ('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
         'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">', "</urlset>"),
        ('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', "</sitemapindex>"),
        ("<html>", "</html>"),
    ]),
    st.lists(st.one_of(link_element, st.sampled_from(["item", "entry", "url", "sitemap"]).flatmap(
        lambda name: xml_element(name, st.one_of(feed_field, link_element)))), max_size=6),
)
robots_txt = st.lists(st.one_of(url_value.map(lambda u: f"Sitemap: {u}"), words,
                                st.just("User-agent: *"), st.just("Sitemap:")),
                      max_size=5).map("\n".join)
random_body = st.one_of(
    html_page.map(lambda s: s.encode()),
    feed_xml.map(lambda s: s.encode()),
    robots_txt.map(lambda s: s.encode()),
    st.binary(max_size=2000),
    st.text(max_size=500).map(lambda s: s.encode()),
)


# --- responses --------------------------------------------------------------------------------

CONTENT_TYPES = [
    None, "text/html", "text/html; charset=utf-8", "text/html; charset=windows-1251",
    "text/html; charset=iso-8859-1", "text/html; charset=idna", "text/html; charset=nonsense",
    "application/rss+xml; charset=utf-8", "application/atom+xml", "application/xml",
    "text/xml; charset=gb2312", "text/plain", "application/octet-stream", "application/x-gzip",
]
RESPONSE_CLASSES: list[type[Response]] = [HtmlResponse, XmlResponse, TextResponse, Response]
teasers = st.one_of(st.none(), st.builds(
    Teaser, url=url_value, title=st.one_of(st.none(), words), summary=st.one_of(st.none(), words),
    published_at=st.one_of(st.none(), st.datetimes(
        min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1),
        timezones=st.sampled_from([UTC, timezone(timedelta(hours=5)),
                                   timezone(timedelta(hours=-11, minutes=-30))]))),
    author=st.one_of(st.none(), words)))


def response_of(draw: st.DrawFn, url: str, body: bytes, content_type: str | None) -> Response:
    """A response as the downloader could hand it over: some class, headers, status and meta."""
    natural = (XmlResponse if content_type and "xml" in content_type else HtmlResponse)
    cls = draw(st.one_of(st.just(natural), st.sampled_from(RESPONSE_CLASSES)))
    headers: dict[str, str] = {}
    header = draw(st.one_of(st.just(content_type), st.sampled_from(CONTENT_TYPES)))
    if header:
        headers["Content-Type"] = header
    if draw(st.booleans()):
        headers["ETag"] = draw(st.text(st.characters(codec="latin-1"), max_size=20))
        headers["Last-Modified"] = draw(st.sampled_from(
            ["Thu, 04 Jul 2024 10:00:00 GMT", "yesterday", ""]))
    status = draw(st.sampled_from([200] * 9 + [304]))
    meta: dict[str, Any] = {"scowatch_page": draw(st.integers(1, 4)), "scowatch_listing": url,
                            LISTING_PAGE: draw(st.integers(1, 4))}
    if status == 304:
        meta["handle_httpstatus_list"] = [304]
    if draw(st.booleans()):
        meta["redirect_urls"] = [draw(url_value)]
    if draw(st.booleans()):
        meta["scowatch_announced_feed"] = True
    request = Request(url, meta=meta)
    return cls(url=url, body=body, headers=headers, status=status, request=request)


@st.composite
def random_response(draw: st.DrawFn) -> Response:
    """A random page, feed, sitemap, robots.txt or byte string at a URL of one of the outlets."""
    return response_of(draw, draw(page_url), draw(random_body), None)


Case = tuple[tuple[str, str], Response]  # (spider, callback), response


@st.composite
def mutated_case(draw: st.DrawFn) -> Case:
    """A mutated fixture page at its URL, for the callback that meets it in a crawl (mostly) or
    for any callback of any spider."""
    page, body = draw(mutated_page())
    callback = draw(st.one_of(st.just(page.home), st.just(page.home),
                              st.sampled_from(SPIDER_CALLBACKS)))
    return callback, response_of(draw, page.url, body, page.content_type)


def fixture_response(name: str, old: bytes = b"", new: bytes = b"",
                     cls: type[Response] = HtmlResponse) -> Response:
    """A fixture page (by the end of its file path) with one byte string replaced."""
    page = next(p for p in FIXTURE_PAGES if p.file.as_posix().endswith(name))
    assert old in page.body
    return cls(url=page.url, body=page.body.replace(old, new, 1),
               headers={"Content-Type": page.content_type}, request=Request(page.url))


# --- running a callback and checking what it yields -------------------------------------------

class Collect(logging.Handler):
    """Keeps the records a logger emits."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@contextmanager
def spider_log(spider: ScowatchSpider) -> Iterator[list[logging.LogRecord]]:
    """The records the spider logs inside the block."""
    handler = Collect()
    logger = logging.getLogger(spider.name)
    logger.addHandler(handler)
    try:
        yield handler.records
    finally:
        logger.removeHandler(handler)


def check_outputs(spider: ScowatchSpider, response: Response, outputs: list[Any]) -> None:
    """Requests back into the spider's own callbacks, and valid Articles of this page."""
    for output in outputs:
        if isinstance(output, Request):
            assert output.url.startswith(("http://", "https://")), output.url
            callback = output.callback
            assert callable(callback) and getattr(callback, "__self__", None) is spider
            assert callback.__name__.startswith("parse")
            assert isinstance(output.cb_kwargs, dict)
        else:
            assert isinstance(output, Article), type(output)
            check_article(spider, response, output)


def check_article(spider: ScowatchSpider, response: Response, article: Article) -> None:
    """An Article as the pipeline takes it: this page's, typed, with a title or a body."""
    assert article.url == response.url
    assert article.source == spider.source_name
    assert article.title or article.body
    for name in ("title", "body", "author", "section", "description", "page_canonical_url"):
        value = getattr(article, name)
        assert value is None or (isinstance(value, str) and value.strip()), (name, value)
    published = article.published_at
    assert published is None or (isinstance(published, datetime)
                                 and published.utcoffset() is not None), published
    # README, "Export format": an ISO 639-1 code
    assert article.language is None or re.fullmatch(r"[a-z]{2}", article.language), (
        article.language)
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in article.provenance.items())


def readable(response: Response) -> bool:
    """Whether Scrapy can give the response's text."""
    try:
        return isinstance(response.text, str)
    except (AttributeError, UnicodeError, LookupError):
        return False


def excused(response: Response, error: BaseException | None) -> bool:
    """Whether a parse error is Scrapy refusing the page's text (a binary body, a charset that
    names a codec decoding nothing, such as idna): the one kind a callback cannot avoid."""
    return isinstance(error, NotSupported) or (
        isinstance(error, UnicodeError | LookupError) and not readable(response))


def fuzz_callback(name: str, arguments: dict[str, str], callback: str, response: Response,
                  teaser: Teaser | None = None) -> list[Any]:
    """Run one callback on one response to the end; check that nothing escapes, that everything
    yielded is valid, and that each page the guard gave up on was counted and excused. Returns
    what the callback yielded."""
    spider = make_spider(name, arguments)
    kwargs = {"teaser": teaser} if callback == "parse_entry" else {}
    with spider_log(spider) as records:
        outputs = list(getattr(spider, callback)(response, **kwargs))
    check_outputs(spider, response, outputs)
    failures = [r for r in records if r.getMessage().startswith("could not parse")]
    assert spider.crawler.stats.get_value("scowatch/parse_errors", 0) == len(failures)  # type: ignore[union-attr]
    errors = [r.exc_info[1] if r.exc_info else None for r in failures]
    assert all(excused(response, error) for error in errors), errors
    return outputs


# --- tests ------------------------------------------------------------------------------------

def test_every_registered_spider_has_parse_callbacks() -> None:
    spiders = registered_spiders()
    assert {"astanatimes", "kazinform", "sectsco", "tass", "xinhua", "timesca", "feed",
            "sitemap"} <= set(spiders)
    for name, cls in spiders.items():
        assert "parse" in parse_callbacks(cls), name
    assert len(FIXTURE_PAGES) > 50


@FUZZ
@given(st.sampled_from(SPIDER_CALLBACKS), st.sampled_from(SPIDER_ARGUMENTS), random_response(),
       teasers)
@example(("astanatimes", "parse"), {},  # <html lang="0"> was the article's language
         HtmlResponse("https://astanatimes.com/2024/07/sco-summit/", request=Request(
             "https://astanatimes.com/2024/07/sco-summit/"),
             body=b'<!DOCTYPE html><html lang="0"><head></head><body>0</body></html>'), None)
def test_random_pages_never_break_a_callback(
        spider_callback: tuple[str, str], arguments: dict[str, str], response: Response,
        teaser: Teaser | None) -> None:
    name, callback = spider_callback
    fuzz_callback(name, arguments, callback, response, teaser)


@FUZZ_PAGES
@given(mutated_case(), st.sampled_from(SPIDER_ARGUMENTS), teasers)
# A Unix time past datetime's range cost the whole article (OverflowError), not only its date.
@example((("tass", "parse"), fixture_response(
    "tass/world/2010455/index.html", b'time="1756627540"', b'time="99999999999999999999"')), {},
    None)
@example((("sectsco", "parse_article"), fixture_response(
    "sectsco/20250901/1521843.html", b'data-unixtime="1756723200"', b'data-unixtime="\xc2\xb2"')),
    {}, None)
# One <loc> that is no URL lost the whole sitemap index (Request raised).
@example((("sitemap", "parse"), fixture_response(
    "kunuz/sitemap.xml", b"<loc>https://kun.uz/sitemap/site-map-news_day_4", b"<loc>https",
    cls=XmlResponse)), {}, None)
def test_mutated_fixture_pages_never_break_a_callback(
        case: Case, arguments: dict[str, str], teaser: Teaser | None) -> None:
    (name, callback), response = case
    fuzz_callback(name, arguments, callback, response, teaser)


@pytest.mark.parametrize(("old", "new"), [
    (b'time="1756627540"', b'time="99999999999999999999"'),
    (b'time="1756627540"', b'time="\xc2\xb2"'),  # "²" passes str.isdigit(), not int()
])
def test_a_bad_unix_time_costs_the_date_only(old: bytes, new: bytes) -> None:
    response = fixture_response("tass/world/2010455/index.html", old, new)
    [article] = fuzz_callback("tass", {}, "parse", response)
    assert article.title == "Putin arrives in Tianjin to attend SCO summit"
    assert article.published_at == datetime.fromisoformat("2025-08-31T11:05:40+03:00")
    assert article.provenance["published_at"] == "jsonld"


def test_a_bad_unix_time_falls_back_to_the_printed_one() -> None:
    response = fixture_response("sectsco/20250901/1521843.html", b'data-unixtime="1756723200"',
                                b'data-unixtime="99999999999999999999"')
    [article] = fuzz_callback("sectsco", {}, "parse", response)
    assert article.published_at == datetime(2025, 9, 1, 18, 40, tzinfo=ZoneInfo("Asia/Shanghai"))


@pytest.mark.parametrize("lang", ["0", "!!", "x-klingon", " "])
def test_a_page_language_that_is_no_language_is_left_out(lang: str) -> None:
    response = fixture_response("tass/world/2010455/index.html", b"<html ",
                                f'<html lang="{lang}" '.encode())
    [article] = fuzz_callback("tass", {}, "parse_article", response)
    assert article.language in (None, "en")


# Links a site may carry that Scrapy cannot request: urljoin or Request raised, and the whole
# listing, feed or sitemap was lost to one of them.
BAD_LINKS = ["http://[::1", "https://tass.com:99999/world/2010455", "https://tass.com:x/",
             "mailto:news@tass.com", "javascript:void(0)"]


def requested(outputs: list[Any]) -> list[str]:
    """The URLs of the requests among a callback's outputs."""
    return [o.url for o in outputs if isinstance(o, Request)]


@pytest.mark.parametrize("bad", BAD_LINKS)
def test_one_bad_link_costs_only_itself(bad: str) -> None:
    listing = fixture_response("tass/world/index.html", b'href="/politics/2010731"',
                               f'href="{bad}"'.encode())
    assert "https://tass.com/world/2010455" in requested(fuzz_callback("tass", {}, "parse",
                                                                       listing))
    bad_xml = bad.replace("&", "&amp;").encode()
    feeds = [
        ("kazinform", "kazinform/rss/eng.xml", b"https://www.inform.kz/en/kazakhstan-s-grain-"
         b"harvest-nears-completion_a4210010"),
        ("feed", "dawn/feeds/latest-news/index.xml", b"https://www.dawn.com/news/1865790/pcb-names-"
         b"squad-for-second-test-against-england"),
        ("sitemap", "kunuz/sitemap.xml", b"https://kun.uz/sitemap/site-map-news_day_4_year_2024_"
         b"month_7.xml"),
        ("sitemap", "kunuz/sitemap/site-map-news_day_4_year_2024_month_7.xml", b"https://kun.uz/"
         b"en/news/2024/07/04/mirziyoyev-proposes-sco-transport-and-green-energy-initiatives"),
    ]
    for name, file, good in feeds:
        response = fixture_response(file, good, bad_xml, cls=XmlResponse)
        urls = requested(fuzz_callback(name, {}, "parse", response))
        assert urls and bad not in urls, (name, file, urls)
    robots = fixture_response("kunuz/robots.txt", b"Sitemap:", f"Sitemap: {bad}\nSitemap:".encode(),
                              cls=TextResponse)
    spider = make_spider("sitemap", {})
    assert requested(list(spider.parse_robots(robots))) == ["https://kun.uz/sitemap.xml"]
    assert spider.crawler.stats.get_value("scowatch/skipped/bad_url") == 1  # type: ignore[union-attr]


@pytest.mark.parametrize("cut", [None, 200, 40, 10, 0])
def test_a_gzipped_sitemap_cut_short_is_a_sitemap_error(cut: int | None) -> None:
    body = gzip.compress(SITEMAP.body)[:cut]
    response = Response(SITEMAP.url, body=body, request=Request(SITEMAP.url))
    spider = make_spider("sitemap", {})
    outputs = list(spider.parse(response))
    stats = spider.crawler.stats.get_stats()  # type: ignore[union-attr]
    assert "scowatch/parse_errors" not in stats
    if cut is None:
        assert outputs and stats.get("scowatch/listing_pages") == 1
    else:  # nothing, or what could be read before the cut; never an exception
        assert outputs or stats.get("scowatch/sitemap_errors") == 1


@pytest.mark.parametrize("name", sorted(registered_spiders()))
def test_a_gzipped_body_is_no_exception_anywhere(name: str) -> None:
    body = gzip.compress(SITEMAP.body)
    for cut in (None, 200, 10):
        response = Response(SITEMAP.url, body=body[:cut], request=Request(SITEMAP.url))
        for callback in parse_callbacks(registered_spiders()[name]):
            fuzz_callback(name, {}, callback, response)


@FUZZ_EXTRACT
@given(st.one_of(mutated_page(REAL_HTML_PAGES), mutated_page(HTML_PAGES)))
def test_mutated_fixture_pages_never_break_the_extractor(
        page_and_body: tuple[FixturePage, bytes]) -> None:
    page, body = page_and_body
    extracted = extract_page(body, page.url, content_type=page.content_type)
    assert isinstance(extracted, ExtractedPage)
    for value in (extracted.title, extracted.body, extracted.author, extracted.description):
        assert value is None or (isinstance(value, str) and value.strip())
    assert extracted.published_at is None or extracted.published_at.utcoffset() is not None
    assert extracted.canonical_url is None or extracted.canonical_url.startswith(
        ("http://", "https://"))
    assert extracted.language is None or re.fullmatch(r"[a-z]{2}", extracted.language)
