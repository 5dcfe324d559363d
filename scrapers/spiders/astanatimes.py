"""The Astana Times (astanatimes.com): article URLs from its RSS feed, its /all/ listing pages and
its SCO tag pages."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

from lxml import etree
from scrapy.http import Response

from scrapers.spiders.base import (
    OutletSpider,
    clean,
    compiled_css,
    link_url,
    local_midnight,
    page_root,
    text_blocks,
)

ARTICLE_PATH = re.compile(r"^/\d{4}/\d{2}/[^/]+/?$")
# The tag the outlet puts on its SCO stories: a listing of nothing else, paginated like /all/.
SCO_TAG_PATH = "/tag/sco/"
# "By Aidana Yergaliyeva in Nation on 10 November 2020"; section and date may be absent.
BYLINE = re.compile(
    r"^By\s+(?P<author>.+?)(?:\s+in\s+(?P<section>.+?))?"
    r"(?:\s+on\s+(?P<date>\d{1,2}\s+[A-Za-z]+\.?\s+\d{4}))?$"
)
# Paragraph-like elements of the article container, minus photo captions and share/related boxes.
BODY_BLOCKS = etree.XPath(
    ".//*[self::p or self::h2 or self::h3 or self::blockquote[not(.//p)]]"
    "[not(ancestor::figure)]"
    "[not(ancestor::*[contains(@class, 'wp-caption') or contains(@class, 'sharedaddy')"
    " or contains(@class, 'jp-relatedposts')])]"
)
# The article page's selectors, compiled once: a page is parsed once and queried with these.
TITLE_TEXT = compiled_css("h1.entry-title ::text")
BYLINE_TEXT = compiled_css(".entry-meta.byline ::text")
CANONICAL_HREF = compiled_css('link[rel="canonical"]::attr(href)')
BODY_CONTAINER = compiled_css("div.entry-content")


def is_article_url(url: str) -> bool:
    """Whether a URL is an article page: /YYYY/MM/slug/."""
    return bool(ARTICLE_PATH.match(urlsplit(url).path))


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
    container = BODY_CONTAINER(page_root(response))
    return text_blocks(BODY_BLOCKS(container[0])) if container else None


class AstanaTimesSpider(OutletSpider):
    """Kazakhstan's English-language daily: WordPress markup, a calendar day in the byline."""

    name = "astanatimes"
    default_start_urls = ("https://astanatimes.com/",)
    # Bylines give a calendar day in Kazakhstan; tzdata knows Almaty's offset for each date
    # (+06:00 until March 2024, +05:00 since), so local midnight keeps the day the outlet printed.
    local_timezone = "Asia/Almaty"
    boilerplate = ("Get The Astana Times stories sent directly to you",)
    article_path = ARTICLE_PATH
    listing_links = "main a, #main a"

    def expand_start_url(self, url: str) -> list[str]:
        """A bare site root means its feed, its first listing page and its SCO tag page."""
        if urlsplit(url).path in ("", "/"):
            root = url.rstrip("/")
            return [f"{root}/feed/", f"{root}/all/", f"{root}{SCO_TAG_PATH}"]
        return [url]

    def listing_days(self, response: Response, article_urls: list[str]) -> list[date]:
        """The days printed on the listing's teasers ("18 October 2024")."""
        days = (parse_day(clean(text)) for text in response.css(".posted-on::text").getall())
        return [day for day in days if day is not None]

    def select_fields(self, response: Response) -> dict[str, Any]:
        """Title, byline (author, section, day), body and canonical link of an article page."""
        root = page_root(response)
        byline = parse_byline(" ".join(BYLINE_TEXT(root)))
        day = byline.get("day")
        canonical = next(iter(CANONICAL_HREF(root)), None)
        return {
            "title": clean(" ".join(TITLE_TEXT(root))),
            "author": byline.get("author"),
            "section": byline.get("section"),
            "published_at": local_midnight(day, self.local_timezone) if day else None,
            "body": body_text(response),
            "page_canonical_url": link_url(canonical, response),
        }
