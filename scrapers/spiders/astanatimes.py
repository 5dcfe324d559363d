"""The Astana Times (astanatimes.com): article URLs from its RSS feed and /all/ listing pages."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.http import Response, XmlResponse

from scrapers.spiders.base import ScowatchSpider, clean, guarded, local_midnight

ARTICLE_PATH = re.compile(r"^/\d{4}/\d{2}/[^/]+/?$")
PAGE_NUMBER = re.compile(r"/page/(\d+)/?$")
# "By Aidana Yergaliyeva in Nation on 10 November 2020"; section and date may be absent.
BYLINE = re.compile(
    r"^By\s+(?P<author>.+?)(?:\s+in\s+(?P<section>.+?))?"
    r"(?:\s+on\s+(?P<date>\d{1,2}\s+[A-Za-z]+\.?\s+\d{4}))?$"
)
# Paragraph-like elements of the article container, minus photo captions and share/related boxes.
BODY_BLOCKS = (
    ".//*[self::p or self::h2 or self::h3 or self::blockquote[not(.//p)]]"
    "[not(ancestor::figure)]"
    "[not(ancestor::*[contains(@class, 'wp-caption') or contains(@class, 'sharedaddy')"
    " or contains(@class, 'jp-relatedposts')])]"
)


def is_article_url(url: str) -> bool:
    """Whether a URL is an article page: /YYYY/MM/slug/."""
    return bool(ARTICLE_PATH.match(urlsplit(url).path))


def page_number(url: str) -> int:
    """The listing page a URL shows: /all/page/N/ is N, /all/ is 1."""
    match = PAGE_NUMBER.search(urlsplit(url).path)
    return int(match.group(1)) if match else 1


def parse_day(text: str | None) -> date | None:
    """A date written "10 November 2020" (or "10 Nov 2020")."""
    if not text:
        return None
    for fmt in ("%d %B %Y", "%d %b %Y"):
        try:
            return datetime.strptime(text.replace(".", ""), fmt).date()
        except ValueError:
            continue
    return None


def parse_byline(text: str | None) -> dict[str, Any]:
    """Author, section and day from the byline text; empty when it is not a byline."""
    match = BYLINE.match(clean(text) or "")
    if not match:
        return {}
    return {
        "author": match.group("author"),
        "section": match.group("section"),
        "day": parse_day(match.group("date")),
    }


def body_text(response: Response) -> str | None:
    """Paragraphs of the article container, separated by blank lines."""
    container = response.css("div.entry-content")
    if not container:
        return None
    paragraphs = []
    for block in container[0].xpath(BODY_BLOCKS):
        text = clean(" ".join(block.xpath(".//text()").getall()))
        if text:
            paragraphs.append(text)
    return "\n\n".join(paragraphs) or None


class AstanaTimesSpider(ScowatchSpider):
    """Kazakhstan's English-language daily: WordPress markup, a calendar day in the byline."""

    name = "astanatimes"
    default_start_urls = ("https://astanatimes.com/",)
    # Bylines give a calendar day in Kazakhstan; tzdata knows Almaty's offset for each date
    # (+06:00 until March 2024, +05:00 since), so local midnight keeps the day the outlet printed.
    local_timezone = "Asia/Almaty"
    boilerplate = ("Get The Astana Times stories sent directly to you",)

    def expand_start_url(self, url: str) -> list[str]:
        """A bare site root means its feed and its first listing page."""
        if urlsplit(url).path in ("", "/"):
            root = url.rstrip("/")
            return [f"{root}/feed/", f"{root}/all/"]
        return [url]

    @guarded
    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        """Dispatch a start URL's response: feed, article or listing page."""
        if isinstance(response, XmlResponse):
            yield from self.parse_feed(response)
        elif is_article_url(response.url):
            yield from self.parse_article(response)
        else:
            yield from self.parse_listing(response)

    @guarded
    def parse_feed(self, response: Response) -> Iterator[Request]:
        """RSS (or Atom) items → article requests."""
        links = response.xpath(
            "//*[local-name()='item']/*[local-name()='link']/text()"
            " | //*[local-name()='entry']/*[local-name()='link']/@href"
        ).getall()
        for link in dict.fromkeys(filter(None, map(clean, links))):
            if is_article_url(link):
                yield Request(link, callback=self.parse_article)

    @guarded
    def parse_listing(self, response: Response) -> Iterator[Request]:
        """A listing page → its article requests and, within SCOWATCH_MAX_PAGES, the next page."""
        main = response.css("main, #main") or response.css("body")
        hrefs = main.css("a::attr(href)").getall()
        urls = dict.fromkeys(response.urljoin(href) for href in hrefs)
        for url in urls:
            if is_article_url(url):
                yield Request(url, callback=self.parse_article)
        next_href = response.css("a.next::attr(href), link[rel=next]::attr(href)").get()
        if (
            next_href
            and page_number(response.url) < self.max_pages
            and not self.older_than_since(response)
        ):
            yield Request(response.urljoin(next_href), callback=self.parse_listing)

    def older_than_since(self, response: Response) -> bool:
        """Whether every teaser on a listing page predates the `since` argument."""
        if self.since is None:
            return False
        days = [parse_day(clean(t)) for t in response.css(".posted-on::text").getall()]
        known = [d for d in days if d is not None]
        return bool(known) and max(known) < self.since

    def select_fields(self, response: Response) -> dict[str, Any]:
        """Title, byline (author, section, day), body and canonical link of an article page."""
        byline = parse_byline(" ".join(response.css(".entry-meta.byline ::text").getall()))
        day = byline.get("day")
        canonical = response.css('link[rel="canonical"]::attr(href)').get()
        return {
            "title": clean(" ".join(response.css("h1.entry-title ::text").getall())),
            "author": byline.get("author"),
            "section": byline.get("section"),
            "published_at": local_midnight(day, self.local_timezone) if day else None,
            "body": body_text(response),
            "page_canonical_url": response.urljoin(canonical) if canonical else None,
        }
