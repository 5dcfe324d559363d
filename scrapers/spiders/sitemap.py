"""The generic `sitemap` spider: outlets with a sitemap or Google News sitemap, by configuration.

A start URL is a sitemap, a sitemap index or a robots.txt that names sitemaps. Scrapy's sitemap
helpers do the reading of robots.txt and gzip; entries are read here so that a news sitemap's
title and publication date serve as the teaser. An index's child sitemaps are taken newest first,
one after another, like listing pages: within SCOWATCH_MAX_PAGES, stopping at a child whose
articles are all stored; with `since`, every child modified since that day.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import lxml.etree
from scrapy import Request
from scrapy.http import Response, XmlResponse
from scrapy.utils._compression import _DecompressionMaxSizeExceeded
from scrapy.utils.gz import gunzip, gzip_magic_number
from scrapy.utils.sitemap import sitemap_urls_from_robots

from scrapers.spiders.base import clean, guarded, link_url
from scrapers.spiders.feed import GenericSpider, Teaser, newest_day, parse_datetime

# A sitemap may list 50,000 URLs; outside a backfill only the newest this many are considered.
MAX_URLS_PER_SITEMAP = 1000
# The sitemap protocol's size limit (uncompressed), above the DOWNLOAD_MAXSIZE pages get.
SITEMAP_MAXSIZE = 50 * 1024 * 1024


@dataclass(frozen=True)
class SitemapEntry:
    """One <url> or <sitemap> of a sitemap: where, when, and a news sitemap's title."""

    loc: str
    lastmod: datetime | None = None
    title: str | None = None
    keywords: str | None = None
    published_at: datetime | None = None

    @property
    def when(self) -> datetime | None:
        """The publication date when given, else the last modification."""
        return self.published_at or self.lastmod


def local_name(tag: Any) -> str:
    """An element's tag without its namespace."""
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def child_texts(element: Any) -> dict[str, str]:
    """Text of an element's descendants by local name (news:title → "title"), first one wins."""
    out: dict[str, str] = {}
    for child in element.iter():
        name = local_name(child.tag)
        if name and child is not element and name not in out and child.text and child.text.strip():
            out[name] = child.text.strip()
    return out


def read_sitemap(body: bytes) -> tuple[str, list[SitemapEntry]]:
    """The kind of a sitemap ("urlset" or "sitemapindex", "" if neither) and its entries."""
    parser = lxml.etree.XMLParser(recover=True, resolve_entities=False, no_network=True,
                                  remove_comments=True, huge_tree=False)
    try:
        root = lxml.etree.fromstring(body, parser=parser)
    except lxml.etree.XMLSyntaxError:
        return "", []
    if root is None:
        return "", []
    kind = local_name(root.tag)
    if kind not in ("urlset", "sitemapindex"):
        return "", []
    entries = []
    for element in root:
        if local_name(element.tag) not in ("url", "sitemap"):
            continue
        texts = child_texts(element)
        loc = clean(texts.get("loc"))
        if not loc:
            continue
        entries.append(SitemapEntry(
            loc=loc,
            lastmod=parse_datetime(texts.get("lastmod")),
            title=clean(texts.get("title")),
            keywords=clean(texts.get("keywords")),
            published_at=parse_datetime(texts.get("publication_date")),
        ))
    return kind, entries


def newest_first(entries: list[SitemapEntry]) -> list[SitemapEntry]:
    """Entries by date, newest first; undated ones after the dated, in their order."""
    dated = sorted((e for e in entries if e.when), key=lambda e: e.when, reverse=True)  # type: ignore[arg-type, return-value]
    return dated + [e for e in entries if not e.when]


def is_robots_txt(url: str) -> bool:
    """Whether a start URL is a robots.txt (whose Sitemap: lines are the sitemaps)."""
    return urlsplit(url).path.endswith("/robots.txt")


class SitemapSpider(GenericSpider):
    """Sitemaps, sitemap indexes and Google News sitemaps; robots.txt as a way in."""

    name = "sitemap"

    async def start(self) -> Any:
        """Request each start URL: a robots.txt, or page 1 of a sitemap."""
        for url in self.start_urls:
            if is_robots_txt(url):
                yield Request(url, callback=self.parse_robots, dont_filter=True)
            else:
                yield self.listing_request(url, self.parse_sitemap)

    def listing_request(self, url: str, callback: Any, page: int = 1,
                        conditional: bool = True) -> Request:
        """A sitemap request, allowed the protocol's 50 MB (pages get DOWNLOAD_MAXSIZE)."""
        request = super().listing_request(url, callback, page, conditional)
        settings = getattr(self, "settings", None)  # absent outside a crawler (unit tests)
        request.meta["download_maxsize"] = (
            settings.getint("SCOWATCH_SITEMAP_MAXSIZE", SITEMAP_MAXSIZE) if settings is not None
            else SITEMAP_MAXSIZE)
        return request

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        """Scrapy's default callback: treat the response as a sitemap."""
        return self.parse_sitemap(response)

    @guarded
    def parse_robots(self, response: Response) -> Iterator[Request]:
        """A robots.txt → its sitemaps."""
        named = [link_url(url, response) for url in sitemap_urls_from_robots(response.body)]
        if None in named:
            self.count("scowatch/skipped/bad_url", named.count(None))
        urls = list(dict.fromkeys(url for url in named if url))
        if not urls:
            self.logger.warning("no Sitemap: line in %s", response.url)
            self.count("scowatch/sitemap_errors")
        for url in urls:
            yield self.listing_request(url, self.parse_sitemap)

    def sitemap_body(self, response: Response) -> bytes | None:
        """The XML of a sitemap response, gunzipped when needed; None when it is not one."""
        if gzip_magic_number(response):
            limit = response.meta.get("download_maxsize", self.settings.getint("DOWNLOAD_MAXSIZE"))
            try:
                return gunzip(response.body, max_size=limit)
            except (_DecompressionMaxSizeExceeded, OSError, EOFError, struct.error, zlib.error):
                return None  # too big, or an archive cut short or broken before any XML
        if isinstance(response, XmlResponse) or response.body.lstrip()[:5] == b"<?xml":
            return response.body
        return None

    @guarded
    def parse_sitemap(self, response: Response, queue: tuple[SitemapEntry, ...] = ()
                      ) -> Iterator[Any]:
        """A sitemap or index page → article requests, child sitemaps, or the next child."""
        if self.not_modified(response):
            return
        body = self.sitemap_body(response)
        kind, entries = read_sitemap(body) if body else ("", [])
        if not kind:
            self.logger.warning("not a sitemap: %s", response.url)
            self.count("scowatch/sitemap_errors")
            return
        self.count("scowatch/listing_pages")
        self.note_validators(response)
        entries = self.requestable(entries, response)
        if kind == "sitemapindex":
            yield from self.follow_index(entries)
            return
        page = int(response.meta.get("scowatch_page", 1))
        listed = newest_first(entries)
        if self.since is None:
            listed = listed[:MAX_URLS_PER_SITEMAP]
        teasers = [Teaser(url=e.loc, title=e.title, summary=e.keywords,
                          published_at=e.published_at, modified_at=e.lastmod) for e in listed]
        requests, unstored = self.article_requests(teasers)
        yield from requests
        if queue and self.follow_next_page(page, len(teasers), unstored, newest_day(teasers)):
            yield self.child_request(queue, page + 1)

    def requestable(self, entries: list[SitemapEntry], response: Response) -> list[SitemapEntry]:
        """The entries whose <loc> is a URL a request can be made for, made absolute; the others
        are counted and left out, so that one bad <loc> costs only itself."""
        kept = []
        for entry in entries:
            url = link_url(entry.loc, response)
            if url is None:
                self.count("scowatch/skipped/bad_url")
            else:
                kept.append(replace(entry, loc=url))
        return kept

    def follow_index(self, entries: list[SitemapEntry]) -> Iterator[Request]:
        """A sitemap index → its children newest first (those modified since `since`), in turn."""
        children = newest_first(entries)
        if self.since is not None:
            kept = [c for c in children if c.lastmod is None or c.lastmod.date() >= self.since]
            self.count("scowatch/since/skipped", len(children) - len(kept))
            children = kept
        if children:
            yield self.child_request(tuple(children), 1)

    def child_request(self, queue: tuple[SitemapEntry, ...], page: int) -> Request:
        """A request for the first child sitemap in `queue`, carrying the rest."""
        request = self.listing_request(queue[0].loc, self.parse_sitemap, page)
        return request.replace(cb_kwargs={"queue": queue[1:]})
