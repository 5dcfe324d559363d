"""The generic `feed` spider: any outlet with an RSS or Atom feed, configured in `scowatch.toml`.

Article pages are extracted by the base class's fallbacks (JSON-LD, <meta>, trafilatura/htmldate);
per-source `selectors` override them field by field. Feeds are fetched with conditional requests,
entries already stored are not fetched again, and with `prefilter = true` an entry whose title and
summary do not name the SCO is not fetched at all. `GenericSpider` is shared with `sitemap`.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from zoneinfo import ZoneInfo

import feedparser
from dateutil import parser as dateutil_parser
from scrapy import Request
from scrapy.http import Response, TextResponse
from scrapy.selector import SelectorList
from w3lib.html import remove_tags, replace_entities

from pipeline.article import Article
from scrapers.spiders.base import ScowatchSpider, clean, guarded, link_url, parse_iso_datetime

SELECTOR_FIELDS = ("title", "body", "published_at", "author", "section")
# Elements of a selected body container that each make one paragraph.
BODY_BLOCKS = ".//*[self::p or self::h2 or self::h3 or self::li or self::blockquote[not(.//p)]]"
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json")
# Marks the request for a feed that an HTML page announced (in place of the feed asked for).
FOLLOWED_ANNOUNCEMENT = "scowatch_announced_feed"


@dataclass(frozen=True)
class Teaser:
    """What a feed or sitemap says about an article before its page is fetched."""

    url: str
    title: str | None = None
    summary: str | None = None
    published_at: datetime | None = None
    author: str | None = None
    # A sitemap's <lastmod>: bounds `since` and pagination, never taken as the article's date.
    modified_at: datetime | None = None

    @property
    def when(self) -> datetime | None:
        """The date the listing gives: publication, else last modification."""
        return self.published_at or self.modified_at


def is_xpath(expression: str) -> bool:
    """Whether a configured selector is XPath (starts with `/` or `(`) rather than CSS."""
    return expression.lstrip().startswith(("/", "("))


def select(response: TextResponse, expression: str) -> SelectorList:
    """The matches of a configured CSS or XPath expression."""
    return response.xpath(expression) if is_xpath(expression) else response.css(expression)


def matched_text(matches: SelectorList) -> str | None:
    """Matched text or attribute nodes as they are, matched elements as their whole text."""
    parts = []
    for match in matches:
        if isinstance(match.root, str):
            parts.append(match.root)
        else:
            parts.append(" ".join(match.xpath(".//text()").getall()))
    return clean(" ".join(parts))


def matched_body(matches: SelectorList) -> str | None:
    """Paragraphs of the matched elements (their p/h2/h3/li blocks, else their whole text)."""
    paragraphs = []
    for match in matches:
        if isinstance(match.root, str):
            paragraphs.append(clean(match.root))
            continue
        blocks = match.xpath(BODY_BLOCKS)
        texts = [" ".join(b.xpath(".//text()").getall()) for b in blocks] if blocks else [
            " ".join(match.xpath(".//text()").getall())]
        paragraphs.extend(clean(t) for t in texts)
    return "\n\n".join(p for p in paragraphs if p) or None


def parse_datetime(text: str | None, tz_name: str = "UTC") -> datetime | None:
    """A date as outlets print it (ISO 8601, RFC 822, or day-first text), tz-aware."""
    text = clean(text)
    if not text:
        return None
    parsed = parse_iso_datetime(text, tz_name)
    if parsed is None:
        try:
            parsed = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            parsed = None
    if parsed is None:
        try:
            parsed = dateutil_parser.parse(text, dayfirst=True)
        except (ValueError, OverflowError):
            return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=ZoneInfo(tz_name))


def selected_fields(response: TextResponse, selectors: Mapping[str, str],
                    tz_name: str = "UTC") -> dict[str, Any]:
    """Article fields from a source's configured selectors (unknown keys are ignored)."""
    out: dict[str, Any] = {}
    for name in SELECTOR_FIELDS:
        expression = selectors.get(name)
        if not expression:
            continue
        matches = select(response, expression)
        if name == "body":
            out[name] = matched_body(matches)
        elif name == "published_at":
            out[name] = parse_datetime(matched_text(matches), tz_name)
        else:
            out[name] = matched_text(matches)
    return out


def plain_text(html: str | None) -> str | None:
    """A feed summary's text without markup or entities."""
    return clean(replace_entities(remove_tags(html))) if html else None


def struct_to_datetime(value: Any) -> datetime | None:
    """A feedparser date (a UTC time.struct_time) as a tz-aware datetime."""
    if not value:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), UTC)
    except (OverflowError, ValueError, TypeError):
        return None


def entry_author(entry: Mapping[str, Any]) -> str | None:
    """An entry's author name, without the e-mail address RSS puts first."""
    detail = entry.get("author_detail") or {}
    name = clean(detail.get("name")) if isinstance(detail, Mapping) else None
    if name:
        return name
    author = clean(entry.get("author"))
    return None if author is None or "@" in author else author


def entry_teaser(entry: Mapping[str, Any]) -> Teaser | None:
    """A feed entry as a Teaser: link, title, summary (plus categories), date, author."""
    link = clean(entry.get("link"))
    if not link:
        return None
    categories = [clean(t.get("term")) for t in entry.get("tags") or [] if isinstance(t, Mapping)]
    summary = " ".join(filter(None, [plain_text(entry.get("summary")), *categories])) or None
    # The date as written keeps the outlet's offset; feedparser's struct is UTC.
    written = entry.get("published") or entry.get("updated")
    published = parse_datetime(written) if isinstance(written, str) else None
    if published is None:
        published = struct_to_datetime(entry.get("published_parsed") or entry.get("updated_parsed"))
    return Teaser(url=link, title=plain_text(entry.get("title")), summary=summary,
                  published_at=published, author=entry_author(entry))


def parse_feed_body(body: bytes, url: str, content_type: str = "") -> Any:
    """feedparser's reading of a feed, relative links resolved against `url`."""
    headers = {"content-location": url, "content-type": content_type or "application/xml"}
    return feedparser.parse(body, response_headers=headers)


def next_page_link(parsed: Any) -> str | None:
    """The feed's `rel="next"` link (RFC 5005 paged feeds), if it declares one."""
    for link in parsed.feed.get("links", []) or []:
        if link.get("rel") == "next" and link.get("href"):
            return str(link["href"])
    return None


def feed_links(response: TextResponse) -> list[str]:
    """Feed URLs an HTML page announces with <link rel="alternate" type="application/rss+xml">."""
    hrefs = []
    for link in response.css('link[rel~="alternate"]'):
        kind = (link.attrib.get("type") or "").lower()
        url = link_url(link.attrib.get("href"), response)
        if url and kind in FEED_TYPES and "comments" not in url:
            hrefs.append(url)
    return list(dict.fromkeys(hrefs))


def newest_day(teasers: Iterable[Teaser]) -> date | None:
    """The newest publication day among teasers that carry one."""
    days = [t.when.date() for t in teasers if t.when is not None]
    return max(days) if days else None


class GenericSpider(ScowatchSpider):
    """Shared by `feed` and `sitemap`: teasers to article requests, selectors, conditional GETs."""

    @property
    def selectors(self) -> Mapping[str, str]:
        """The source's configured selectors (field → CSS or XPath)."""
        return self.source_config.selectors if self.source_config is not None else {}

    def listing_request(self, url: str, callback: Any, page: int = 1,
                        conditional: bool = True) -> Request:
        """A feed or sitemap page request; page 1 is conditional unless backfilling."""
        headers = self.conditional_headers(url) if conditional and page == 1 else {}
        return Request(url, callback=callback, headers=headers, dont_filter=True,
                       meta={"handle_httpstatus_list": [304], "scowatch_page": page,
                             "scowatch_listing": url})

    def article_requests(self, teasers: list[Teaser]) -> tuple[list[Request], int]:
        """Requests for the teasers worth fetching (within `since`, not stored, past the
        prefilter), and how many of the listed articles are not stored yet."""
        by_url: dict[str, Teaser] = {}
        for teaser in teasers:
            if link_url(teaser.url) is None:  # mailto:, a broken port: not the feed's loss
                self.count("scowatch/skipped/bad_url")
                continue
            if self.since is not None and teaser.when is not None and (
                    teaser.when.date() < self.since):
                self.count("scowatch/since/skipped")
                continue
            by_url.setdefault(teaser.url, teaser)
        unstored = self.unstored(by_url)
        requests = [
            Request(url, callback=self.parse_entry, errback=self.fetch_failed,
                    cb_kwargs={"teaser": by_url[url]})
            for url in unstored
            if self.teaser_passes(by_url[url].title, by_url[url].summary)
        ]
        return requests, len(unstored)

    def select_fields(self, response: Response) -> dict[str, Any]:
        """Fields from the source's configured selectors."""
        if not self.selectors or not isinstance(response, TextResponse):
            return {}
        return selected_fields(response, self.selectors, self.local_timezone)

    @guarded
    def parse_entry(self, response: Response, teaser: Teaser | None = None) -> Iterator[Any]:
        """An article page → one Article, gaps filled from what the feed or sitemap said."""
        article = self.build_article(response, self.select_fields(response))
        if teaser is not None:
            fill_from_teaser(article, teaser)
        yield from self.emit(article)



def fill_from_teaser(article: Article, teaser: Teaser) -> None:
    """Fill an article's missing title, author and date from its teaser; prefer the teaser's
    timestamp to a date-only value that the generic extractor guessed for the same day."""
    provenance = article.provenance
    if not article.title and teaser.title:
        article.title, provenance["title"] = teaser.title, "teaser"
    if not article.author and teaser.author:
        article.author, provenance["author"] = teaser.author, "teaser"
    stamp = teaser.published_at
    if stamp is None:
        return
    guessed = provenance.get("published_at") == "generic"
    same_day = article.published_at is not None and abs(
        (article.published_at - stamp).total_seconds()) < 36 * 3600
    if article.published_at is None or (guessed and same_day):
        article.published_at, provenance["published_at"] = stamp, "teaser"


class FeedSpider(GenericSpider):
    """RSS/Atom feeds; a start URL may also be an HTML page that announces its feed."""

    name = "feed"

    async def start(self) -> Any:
        """Request each start URL as page 1 of a feed."""
        for url in self.start_urls:
            yield self.listing_request(url, self.parse_feed)

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        """Scrapy's default callback: treat the response as a feed."""
        return self.parse_feed(response)

    @guarded
    def parse_feed(self, response: Response) -> Iterator[Any]:
        """A feed page → article requests and, while worth it, the feed's next page."""
        if self.not_modified(response):
            return
        page = int(response.meta.get("scowatch_page", 1))
        content_type = (response.headers.get("Content-Type") or b"").decode("latin-1")
        parsed = parse_feed_body(response.body, response.url, content_type)
        if not parsed.entries:
            # A page announcing a feed is followed once, and never to itself: a WordPress page
            # served for its own feed URL announces that URL, and following it looped for ever.
            fetched = {response.url, *response.meta.get("redirect_urls", [])}
            announced = [url for url in feed_links(response) if url not in fetched] if (
                isinstance(response, TextResponse)
                and not response.meta.get(FOLLOWED_ANNOUNCEMENT)) else []
            if announced and page == 1 and "html" in content_type.lower():
                self.logger.info("%s is a page; following its feed %s", response.url, announced[0])
                request = self.listing_request(announced[0], self.parse_feed, conditional=False)
                request.meta[FOLLOWED_ANNOUNCEMENT] = True
                yield request
                return
            if parsed.get("bozo"):
                self.logger.warning("not a feed: %s (%s)", response.url,
                                    parsed.get("bozo_exception"))
                self.count("scowatch/feed_errors")
            return
        self.count("scowatch/listing_pages")
        self.note_validators(response)
        teasers = [t for t in map(entry_teaser, parsed.entries) if t is not None]
        requests, unstored = self.article_requests(teasers)
        yield from requests
        next_url = link_url(next_page_link(parsed), response)
        if next_url and self.follow_next_page(page, len(teasers), unstored, newest_day(teasers)):
            yield self.listing_request(next_url, self.parse_feed, page + 1)
