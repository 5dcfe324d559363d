"""Shared behaviour of scowatch's spiders: source configuration, field fallbacks, error counting.

An outlet's spider only finds article URLs and selects fields; this base class fills the fields its
selectors miss from the page's metadata (JSON-LD, then <meta>), then from the generic extractor, and
records in `Article.provenance` which method produced each field.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from lxml import etree
from parsel.csstranslator import HTMLTranslator
from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotSupported
from scrapy.http import Response, TextResponse, XmlResponse
from scrapy.selector import Selector
from scrapy.settings import BaseSettings
from twisted.python.failure import Failure

from pipeline.article import Article
from pipeline.config import ConfigError, Source, process_settings
from pipeline.crawlstate import (
    CrawlState,
    DatabaseCrawlState,
    Refresh,
    Validators,
    teaser_may_be_sco,
)
from pipeline.extract import extract_page
from pipeline.language import detect_language as identify_language
from pipeline.language import normalise_language
from pipeline.tagging import Gazetteer, load_gazetteer

# Fields a spider may fill, in the order the fallbacks try them.
ARTICLE_FIELDS = (
    "title",
    "published_at",
    "author",
    "section",
    "body",
    "description",
    "page_canonical_url",
    "language",
)
ARTICLE_LD_TYPES = frozenset(
    {"article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "blogposting"}
)
ESSENTIAL_FIELDS = ("title", "body", "published_at", "author")
# py3langid is unreliable on a headline-sized text; below this the page's own claim is used.
MIN_LANGID_CHARS = 200

Callback = Callable[..., Iterator[Any]]


def split_list(value: str | Iterable[str] | None) -> list[str]:
    """A spider argument as a list: comma-separated text (from `-a`) or an iterable of strings."""
    if value is None:
        return []
    items = value.split(",") if isinstance(value, str) else list(value)
    return [item.strip() for item in items if item and item.strip()]


def as_bool(value: Any, default: bool = False) -> bool:
    """A spider argument as a boolean: true/false, yes/no, on/off, 1/0; `default` when absent."""
    if value is None or value == "":
        return default
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in ("1", "true", "yes", "on")


def hosts_of(urls: Iterable[str]) -> list[str]:
    """Host names (without ports) of some URLs, each once, in order."""
    hosts = (urlsplit(url).hostname for url in urls)
    return list(dict.fromkeys(host for host in hosts if host))


def clean(text: str | None) -> str | None:
    """Whitespace collapsed and stripped; None for empty text."""
    if not text:
        return None
    return " ".join(text.split()) or None


def link_url(href: str | None, response: Response | None = None) -> str | None:
    """A link made absolute against the page, when it is a URL Scrapy can request (http or https,
    a host, a port that is a number in range); None for mailto:, javascript: or a broken host or
    port, so that one bad link costs itself and not the page (Request and urljoin raise)."""
    href = (href or "").strip()
    if not href:
        return None
    try:
        url = response.urljoin(href) if response is not None else href
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises on a port that is no number or out of range
    except ValueError:
        return None
    return url if parts.scheme in ("http", "https") and parts.hostname else None


def local_midnight(day: date, tz_name: str) -> datetime:
    """Start of a calendar day in the outlet's time zone (historical offsets from tzdata)."""
    return datetime.combine(day, time(0, 0), tzinfo=ZoneInfo(tz_name))


def parse_iso_datetime(value: Any, tz_name: str) -> datetime | None:
    """An ISO 8601 date or datetime as a tz-aware datetime; naive values are outlet-local."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=ZoneInfo(tz_name))


@functools.cache  # a spider's configurable queries (listing links) are compiled once too
def compiled_css(query: str) -> etree.XPath:
    """A CSS query compiled once into the XPath that Scrapy's `response.css(query)` runs; call it
    on `page_root(response)` for plain elements and strings, without parsel's per-result
    Selector objects or a fresh XPath compilation per page."""
    return etree.XPath(HTMLTranslator().css_to_xpath(query), smart_strings=False)


def page_root(response: Response) -> Any:
    """The root element of the page as Scrapy parsed it (parsed once, shared by every query)."""
    if not isinstance(response, TextResponse):
        raise NotSupported("Response content isn't text")  # as response.css() raises
    return response.selector.root


def first_string(response: Response, query: str) -> str | None:
    """`response.css(query).get()` for a query of text or attribute values, without parsel."""
    found = compiled_css(query)(page_root(response))
    if found and not isinstance(found[0], str):
        return response.css(query).get()  # an element: serialised as parsel does
    return found[0] if found else None


LD_SCRIPTS = compiled_css('script[type="application/ld+json"]::text')
TEXT_NODES = compiled_css("::text")  # every text node under an element, as Selector.css("::text")


def json_ld_objects(response: Response) -> Iterator[dict[str, Any]]:
    """Every JSON object in the page's JSON-LD scripts, @graph members and lists flattened."""
    for script in LD_SCRIPTS(page_root(response)):
        try:
            data = json.loads(script)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                stack.extend(item.get("@graph", []) if isinstance(item.get("@graph"), list) else [])
                yield item


def ld_types(obj: dict[str, Any]) -> set[str]:
    """The lower-cased schema.org @type(s) of a JSON-LD object."""
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower() for k in kinds if isinstance(k, str)}


def ld_text(value: Any) -> str | None:
    """A JSON-LD value as text: a string, an object's `name`, a list's texts joined by commas."""
    if isinstance(value, list):
        texts = [t for t in (ld_text(v) for v in value) if t]
        return ", ".join(texts) if texts else None
    if isinstance(value, dict):
        return ld_text(value.get("name"))
    return clean(value) if isinstance(value, str) else None


def json_ld_fields(response: Response, tz_name: str) -> dict[str, Any]:
    """Article fields that the page's JSON-LD article object declares."""
    article = next((o for o in json_ld_objects(response) if ld_types(o) & ARTICLE_LD_TYPES), None)
    if article is None:
        return {}
    section = article.get("articleSection")
    body = article.get("articleBody")
    return {
        "title": ld_text(article.get("headline")),
        "published_at": parse_iso_datetime(article.get("datePublished"), tz_name),
        "author": ld_text(article.get("author")),
        "section": ld_text(section[0] if isinstance(section, list) and section else section),
        "body": body.strip() or None if isinstance(body, str) else None,
        "description": ld_text(article.get("description")),
    }


def meta_fields(response: Response, tz_name: str) -> dict[str, Any]:
    """Article fields that the page's <meta>, <link> and <html lang> declare."""

    root = page_root(response)
    declared: dict[str, str] = {}
    canonical = None
    # One walk over the page's <meta> and <link> elements; the first value of a name wins.
    for tag in root.iter("meta", "link"):
        if tag.tag == "link":
            if canonical is None and tag.get("rel") == "canonical":
                canonical = tag.get("href")
            continue
        content = tag.get("content")
        if content is None:
            continue
        key = tag.get("property") or tag.get("name")
        value = clean(content)
        if key and value and key.lower() not in declared:
            declared[key.lower()] = value

    def meta(*names: str) -> str | None:
        return next((declared[n] for n in names if n in declared), None)

    canonical = canonical or meta("og:url")
    # An ISO 639-1 code or nothing: `<html lang="0">` is not a language.
    html_lang = root.get("lang") if root.tag == "html" else None
    lang = normalise_language(html_lang) or normalise_language(meta("og:locale"))
    return {
        "title": meta("og:title", "twitter:title"),
        "published_at": parse_iso_datetime(meta("article:published_time"), tz_name),
        "author": meta("author", "article:author"),
        "section": meta("article:section"),
        "description": meta("og:description", "description"),
        "page_canonical_url": link_url(canonical, response),
        "language": lang,
    }


def generic_fields(response: Response, tz_name: str) -> dict[str, Any]:
    """Article fields as the generic (outlet-independent) extractor finds them."""
    # The response's own decoding (PageEncodingMiddleware's choice), so selectors and the
    # generic extractor read the same text.
    html = response.text if isinstance(response, TextResponse) else response.body
    page = extract_page(html, response.url)
    published = page.published_at
    if published is not None and published.tzinfo is None:
        published = published.replace(tzinfo=ZoneInfo(tz_name))
    return {
        "title": page.title,
        "published_at": published,
        "author": page.author,
        "body": page.body,
        "description": page.description,
        "page_canonical_url": page.canonical_url,
        "language": page.language,
    }


def text_blocks(blocks: Iterable[Selector | Any]) -> str | None:
    """The cleaned text of each block (paragraph, heading), blocks separated by blank lines;
    a block is a Selector or an lxml element."""
    # lxml's itertext() directly: an XPath query per paragraph was a visible share of crawl time
    roots = (block.root if isinstance(block, Selector) else block for block in blocks)
    texts = (clean(" ".join(root.itertext()) if hasattr(root, "itertext") else str(root))
             for root in roots)
    return "\n\n".join(text for text in texts if text) or None


def detect_language(text: str | None) -> str | None:
    """ISO 639-1 code of a text long enough for py3langid to be trusted, else None."""
    if not text or len(text) < MIN_LANGID_CHARS:
        return None
    return identify_language(text)


def guarded(callback: Callback) -> Callback:
    """Wrap a parse callback so that a bad page is logged and counted instead of raising."""

    @functools.wraps(callback)
    def wrapper(self: ScowatchSpider, response: Response, **kwargs: Any) -> Iterator[Any]:
        try:
            yield from callback(self, response, **kwargs)
        except Exception:
            self.logger.exception("could not parse %s", getattr(response, "url", response))
            self.count("scowatch/parse_errors")

    return wrapper


def validators_of(response: Response) -> Validators:
    """The ETag / Last-Modified headers a response carries."""

    def header(name: str) -> str | None:
        value = response.headers.get(name)
        return value.decode("latin-1").strip() if value else None

    return Validators(header("ETag"), header("Last-Modified"))


class ScowatchSpider(Spider):
    """Base of scowatch's spiders: where to crawl comes from arguments, settings or the class."""

    default_start_urls: tuple[str, ...] = ()
    local_timezone = "UTC"  # the outlet's zone, for dates given without a time
    # Phrases that mark a body paragraph as the outlet's (sign-up calls, credits), not the story's.
    boilerplate: tuple[str, ...] = ()

    def __init__(
        self,
        *args: Any,
        source: str | None = None,
        start_urls: str | Iterable[str] | None = None,
        allowed_domains: str | Iterable[str] | None = None,
        since: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._source_arg = source
        self._start_urls_arg = split_list(start_urls)
        self._allowed_domains_arg = split_list(allowed_domains)
        self.since = date.fromisoformat(since[:10]) if since else None
        self.max_pages = 3
        self.stop_at_stored = True
        self.source_config: Source | None = None
        # `-a prefilter=...` (set as an attribute by Spider.__init__) wins over the config.
        self._prefilter_arg = self.__dict__.get("prefilter")
        self.prefilter = as_bool(self._prefilter_arg)
        self.crawl_state: CrawlState | None = None
        self.gazetteer_dir: Path | None = None
        self.backfill_max_pages = 100
        self._gazetteer: Gazetteer | None = None
        # feed validators seen this crawl, saved at its end when nothing failed (closed())
        self.pending_validators: dict[str, Validators] = {}
        self.failed_fetches = 0
        self.configure(None)

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> ScowatchSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.configure(crawler.settings)
        spider.open_source(crawler)
        return spider

    def open_source(self, crawler: Crawler) -> None:
        """Read this source's `[[sources]]` entry (prefilter, selectors) and open the crawl state.

        The state (which articles are stored, feed validators) is used only when the crawl stores
        its items: a crawl exporting to a file must not skip what some database happens to hold.
        """
        settings = crawler.settings
        config = None
        try:
            config = process_settings(settings.get("SCOWATCH_CONFIG") or None)
        except ConfigError as exc:
            self.logger.warning("scowatch configuration not read: %s", exc)
        sources = config.sources if config is not None else ()
        self.source_config = next((s for s in sources if s.name == self.source_name), None)
        configured = self.source_config.prefilter if self.source_config else False
        self.prefilter = as_bool(self._prefilter_arg, configured)
        self.gazetteer_dir = config.gazetteer_dir if config is not None else None
        self.backfill_max_pages = settings.getint("SCOWATCH_BACKFILL_MAX_PAGES", 100)
        pipelines = settings.getdict("ITEM_PIPELINES")
        stores = settings.getbool("SCOWATCH_STORE_ENABLED", True) and any(
            str(name).endswith("StorePipeline") for name in pipelines)
        if config is not None and stores and settings.getbool("SCOWATCH_INCREMENTAL", True):
            refresh = Refresh(window=timedelta(days=config.crawl.refresh_days),
                              interval=timedelta(hours=config.crawl.recheck_hours))
            self.crawl_state = DatabaseCrawlState(config.database_url, refresh, shared=True)
            crawler.signals.connect(self.close_state, signal=signals.spider_closed)

    def close_state(self) -> None:
        """Release the crawl state's database connections."""
        if self.crawl_state is not None:
            self.crawl_state.close()

    def conditional_headers(self, url: str) -> dict[str, str]:
        """If-None-Match / If-Modified-Since for a feed fetched before (none when backfilling)."""
        if self.since is not None or self.crawl_state is None:
            return {}
        return self.crawl_state.validators(url).headers()

    def not_modified(self, response: Response) -> bool:
        """Whether the server answered 304: nothing new, and not an error."""
        if response.status != 304:
            return False
        self.count("scowatch/not_modified")
        self.logger.info("not modified since the last crawl: %s", response.url)
        return True

    def note_validators(self, response: Response) -> None:
        """Keep a first page's validators, saved when the crawl ends without failed fetches."""
        meta = response.request.meta if response.request is not None else {}
        if meta.get("scowatch_page") == 1 and response.status == 200:
            self.pending_validators[meta["scowatch_listing"]] = validators_of(response)

    def fetch_failed(self, failure: Failure) -> None:
        """An article request failed for good (after retries); Scrapy's stats count the kind."""
        self.failed_fetches += 1
        request = getattr(failure, "request", None)
        self.logger.warning("could not fetch %s: %s", getattr(request, "url", "?"), failure.value)

    def closed(self, reason: str) -> None:
        """Save feed validators only after a complete crawl, so no entry is lost to a 304."""
        if self.crawl_state is None:
            return
        if reason == "finished" and self.failed_fetches == 0:
            for url, validators in self.pending_validators.items():
                self.crawl_state.remember(url, validators)
        self.close_state()

    def unstored(self, urls: Iterable[str]) -> list[str]:
        """`urls` (each once) without those whose articles are stored, counting the skipped ones."""
        urls = list(dict.fromkeys(urls))
        known = self.crawl_state.known(urls) if self.crawl_state is not None and urls else set()
        if known:
            self.count("scowatch/known/skipped", len(known))
        return [url for url in urls if url not in known]

    def gazetteer(self) -> Gazetteer:
        """The tagger's gazetteer, loaded on first use (load_gazetteer keeps one build per
        process: a `scrapy crawlgroup` process runs many spiders)."""
        if self._gazetteer is None:
            self._gazetteer = load_gazetteer(self.gazetteer_dir)
        return self._gazetteer

    def teaser_passes(self, title: str | None, summary: str | None) -> bool:
        """Whether the prefilter lets a teaser's article be fetched (always when it is off)."""
        if not self.prefilter:
            return True
        verdict = teaser_may_be_sco(self.gazetteer(), title, summary)
        if verdict is None:
            self.count("scowatch/prefilter/undecided")
            return True
        self.count("scowatch/prefilter/passed" if verdict else "scowatch/prefilter/skipped")
        return verdict

    def follow_next_page(self, page: int, listed: int, unstored: int, newest: date | None) -> bool:
        """Whether to request the listing page after page `page` (1-based), counting why not.

        Backfilling (`since`): until a page's newest article predates `since`. Otherwise: within
        SCOWATCH_MAX_PAGES, and not past a page whose articles are all stored already (unless
        SCOWATCH_STOP_AT_STORED is off: the crawl after one that did not end well).
        """
        if listed == 0:
            return False
        if self.since is not None:
            if newest is not None and newest < self.since:
                self.count("scowatch/pagination/stopped_since")
                return False
            if page >= self.backfill_max_pages:
                self.count("scowatch/pagination/stopped_max_pages")
                return False
            return True
        if unstored == 0 and self.crawl_state is not None and self.stop_at_stored:
            self.count("scowatch/pagination/stopped_known")
            return False
        if page >= self.max_pages:
            self.count("scowatch/pagination/stopped_max_pages")
            return False
        return True

    def configure(self, settings: BaseSettings | None) -> None:
        """Source name, start URLs and allowed domains: arguments, else settings, else class."""
        get = settings.get if settings is not None else (lambda name, default=None: default)
        self.source_name: str = self._source_arg or get("SCOWATCH_SOURCE") or self.name
        self.start_urls = (
            self._start_urls_arg
            or split_list(get("SCOWATCH_START_URLS"))
            or list(self.default_start_urls)
        )
        self.allowed_domains = (
            self._allowed_domains_arg
            or split_list(get("SCOWATCH_ALLOWED_DOMAINS"))
            or hosts_of(self.start_urls)
        )
        if settings is not None:
            self.max_pages = settings.getint("SCOWATCH_MAX_PAGES", 3)
            self.stop_at_stored = settings.getbool("SCOWATCH_STOP_AT_STORED", True)

    def expand_start_url(self, url: str) -> list[str]:
        """The URLs to request for one start URL; outlets map a bare site root to feed/listing."""
        return [url]

    async def start(self) -> AsyncIterator[Any]:
        """Request every start URL, expanded, with the parse() dispatcher as callback."""
        for url in self.start_urls:
            for expanded in self.expand_start_url(url):
                yield Request(expanded, callback=self.parse, dont_filter=True)

    def count(self, key: str, amount: int = 1) -> None:
        """Increment a crawl stat when the spider runs inside a crawler."""
        crawler = getattr(self, "crawler", None)
        if crawler is not None and crawler.stats is not None:
            crawler.stats.inc_value(key, amount)

    def select_fields(self, response: Response) -> dict[str, Any]:
        """The outlet's own selectors: field name → value (None when not found)."""
        return {}

    def build_article(self, response: Response, selected: dict[str, Any]) -> Article:
        """An Article from the selected fields; gaps filled from metadata, then generically."""
        values: dict[str, Any] = {}
        provenance: dict[str, str] = {}
        steps = {"jsonld": json_ld_fields, "meta": meta_fields, "generic": generic_fields}
        found: dict[str, dict[str, Any]] = {}

        def step(method: str) -> dict[str, Any]:
            if method not in found:
                try:
                    found[method] = steps[method](response, self.local_timezone)
                except Exception:
                    # A fallback's bug costs the fields it would have filled, not the article.
                    self.logger.warning(
                        "%s fallback failed on %s", method, response.url, exc_info=True
                    )
                    self.count(f"scowatch/fallback_errors/{method}")
                    found[method] = {}
            return found[method]

        def take(fields: dict[str, Any], method: str, names: Iterable[str]) -> None:
            for name in names:
                value = fields.get(name)
                if name == "body" and value:
                    value = self.tidy_body(value, values.get("title"))
                if name not in values and value not in (None, ""):
                    values[name] = value
                    provenance[name] = method

        content = [name for name in ARTICLE_FIELDS if name != "language"]
        take(selected, "selector", ARTICLE_FIELDS)
        # JSON-LD's articleBody only when the page's text gives none: sites cut it short (500
        # characters on Wired's and Live Science's pages) or fill it with captions and links,
        # and it cost the Zyte benchmark 0.013 F1 through the crawl (docs/benchmarks.md).
        for method in ("jsonld", "meta"):
            take(step(method), method, [name for name in content if name != "body"])
        # trafilatura is the slow step: only for the fields an article cannot do without.
        if any(name not in values for name in ESSENTIAL_FIELDS):
            take(step("generic"), "generic", content)
        take(step("jsonld"), "jsonld", ["body"])
        # The text says more about its language than the page's declaration does.
        take({"language": detect_language(values.get("body"))}, "langid", ["language"])
        take(step("meta"), "meta", ["language"])
        for name, method in provenance.items():
            if method != "selector":
                self.count(f"scowatch/fallback/{name}/{method}")
        return Article(url=response.url, source=self.source_name, provenance=provenance, **values)

    def tidy_body(self, body: str, title: str | None) -> str | None:
        """Body paragraphs without the outlet's boilerplate or a repeated headline."""
        paragraphs = [clean(p) for p in re.split(r"\n+", body)]
        kept = [p for p in paragraphs if p and not any(b in p for b in self.boilerplate)]
        if kept and title and kept[0] == clean(title):
            kept = kept[1:]
        return "\n\n".join(kept) or None

    def emit(self, article: Article) -> Iterator[Article]:
        """Yield an article that has a title or a body, counting what it lacks."""
        if not (article.title or article.body):
            self.logger.warning("no title and no body on %s, skipped", article.url)
            self.count("scowatch/skipped/empty")
            return
        for name in article.missing_fields():
            self.count(f"scowatch/missing/{name}")
        self.count("scowatch/articles")
        yield article

    @guarded
    def parse_article(self, response: Response) -> Iterator[Any]:
        """One article page → one Article item."""
        yield from self.emit(self.build_article(response, self.select_fields(response)))


# Where a listing request records which listing page (1 = the start page) it fetches.
LISTING_PAGE = "scowatch_listing_page"
# Start URLs that are feeds: WordPress's /feed/, .../rss..., *.xml, *.rss, /atom
FEED_PATH = re.compile(r"(/feed/?|/rss[^/]*/?|\.xml|\.rss|/atom/?)$", re.IGNORECASE)
FEED_ITEMS = "//*[local-name()='item' or local-name()='entry']"
FEED_ITEM_LINK = (
    "./*[local-name()='link'][not(@rel) or @rel='alternate']/@href"
    " | ./*[local-name()='link']/text()"
)
FEED_ITEM_SUMMARY = "./*[local-name()='description' or local-name()='summary']//text()"

# A teaser: what a feed item or a listing link says of an article before it is fetched.
TeaserText = tuple[str | None, str | None]  # title, summary


def listing_page(response: Response) -> int:
    """Which listing page of this crawl a response is: 1 unless a `next` link led to it."""
    try:
        return int(response.meta.get(LISTING_PAGE, 1))
    except AttributeError:  # a response built without a request (tests)
        return 1


def feed_teasers(response: Response) -> dict[str, TeaserText]:
    """Article URL → (title, summary) of each RSS item or Atom entry, in feed order."""
    teasers: dict[str, TeaserText] = {}
    for item in response.xpath(FEED_ITEMS):
        link = link_url(clean(item.xpath(FEED_ITEM_LINK).get()), response)
        if link:
            title = clean(" ".join(item.xpath("./*[local-name()='title']//text()").getall()))
            summary = clean(" ".join(item.xpath(FEED_ITEM_SUMMARY).getall()))
            teasers.setdefault(link, (title, summary))
    return teasers


class OutletSpider(ScowatchSpider):
    """A dedicated outlet's spider: its feeds, listing pages and articles, told apart by URL.

    An outlet sets `article_path` (the shape of its article URLs) and `select_fields`; it may set
    which links of a listing page are teasers, where the next page's link is, and how to read the
    teasers' days. Stored articles are not fetched again, the source's prefilter sees each
    teaser's text, and paging stops as ScowatchSpider.follow_next_page decides.
    """

    article_path: re.Pattern[str] = re.compile(r"(?!)")  # matched against the URL's path
    listing_links = "body a"  # CSS of the <a> elements that may lead to articles
    next_page_links = (
        'link[rel="next"]::attr(href), a[rel~="next"]::attr(href), a.next::attr(href)'
    )

    def is_feed_url(self, url: str) -> bool:
        """Whether a start URL is the outlet's RSS/Atom feed (fetched conditionally)."""
        return bool(FEED_PATH.search(urlsplit(url).path))

    async def start(self) -> AsyncIterator[Any]:
        """Request every start URL, expanded; feeds with the validators of their last fetch."""
        for url in self.start_urls:
            for expanded in self.expand_start_url(url):
                if not self.is_feed_url(expanded):
                    yield Request(expanded, callback=self.parse, dont_filter=True)
                    continue
                yield Request(expanded, callback=self.parse, dont_filter=True,
                              headers=self.conditional_headers(expanded),
                              meta={"handle_httpstatus_list": [304], "scowatch_page": 1,
                                    "scowatch_listing": expanded})

    def is_article_url(self, url: str) -> bool:
        """Whether a URL is one of the outlet's article pages."""
        return bool(self.article_path.search(urlsplit(url).path))

    def url_day(self, url: str) -> date | None:
        """The publication day an article URL spells out, when the outlet puts one there."""
        return None

    def listing_days(self, response: Response, article_urls: list[str]) -> list[date]:
        """Publication days of a listing page's teasers; by default those their URLs spell out."""
        return [day for day in map(self.url_day, article_urls) if day is not None]

    def listing_teasers(self, response: Response) -> dict[str, TeaserText]:
        """Article URL → (link text, None) for the article links of a listing page."""
        texts: dict[str, list[str]] = {}
        for link in compiled_css(self.listing_links)(page_root(response)):
            if not isinstance(link, etree._Element):
                continue  # a query for text or attributes finds no link (as Selector.attrib)
            url = link_url(link.get("href"), response)
            if url and self.is_article_url(url):
                text = clean(" ".join(TEXT_NODES(link)))
                texts.setdefault(url, []).extend([text] if text else [])
        return {url: (" ".join(parts) or None, None) for url, parts in texts.items()}

    def article_requests(self, teasers: dict[str, TeaserText]) -> tuple[list[Request], int]:
        """Requests for the teasers' articles not stored yet that pass the prefilter, and how
        many of the teasers are not stored yet."""
        unstored = self.unstored(url for url in teasers if self.is_article_url(url))
        requests = [
            Request(url, callback=self.parse_article, errback=self.fetch_failed)
            for url in unstored
            if self.teaser_passes(*teasers[url])
        ]
        return requests, len(unstored)

    @guarded
    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        """Dispatch a start URL's response: feed, article or listing page."""
        if self.not_modified(response):
            return
        if isinstance(response, XmlResponse):
            self.note_validators(response)
            yield from self.parse_feed(response)
        elif self.is_article_url(response.url):
            yield from self.parse_article(response)
        else:
            yield from self.parse_listing(response)

    @guarded
    def parse_feed(self, response: Response) -> Iterator[Request]:
        """RSS or Atom items → article requests."""
        yield from self.article_requests(feed_teasers(response))[0]

    @guarded
    def parse_listing(self, response: Response) -> Iterator[Request]:
        """A listing page → its article requests and, while worth it, the next listing page."""
        teasers = self.listing_teasers(response)
        requests, unstored = self.article_requests(teasers)
        yield from requests
        next_url = link_url(first_string(response, self.next_page_links), response)
        page = listing_page(response)
        days = self.listing_days(response, list(teasers))
        newest = max(days) if days else None
        if next_url and self.follow_next_page(page, len(teasers), unstored, newest):
            yield Request(
                next_url,
                callback=self.parse_listing,
                meta={LISTING_PAGE: page + 1},
            )

