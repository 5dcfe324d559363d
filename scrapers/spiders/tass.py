"""TASS, Russia's state news agency, English edition (tass.com): article URLs from its RSS feed and
its World section listing."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from scrapy.http import Response

from scrapers.spiders.base import OutletSpider, clean, text_blocks

# /<section>/<numeric id>, on tass.com as on the Russian tass.ru.
ARTICLE_PATH = re.compile(r"^/[a-z0-9-]+/\d{5,}/?$")
# Paragraphs and subheadings of the text, without the related-news teasers placed inside it.
BODY_BLOCKS = (
    "//*[contains(@class, 'text-content')]//*[contains(@class, 'text-block')]"
    "//*[self::p or self::h2 or self::h3]"
    "[not(ancestor::*[contains(@class, 'news-content')])]"
)


def from_unixtime(value: str | None, tz_name: str) -> datetime | None:
    """A `<dateformat time="…">` Unix time as a datetime in the outlet's zone."""
    if not value or not value.strip().isdigit():
        return None
    try:
        return datetime.fromtimestamp(int(value.strip()), ZoneInfo(tz_name))
    except (ValueError, OverflowError, OSError):  # "²" is a digit; a time past datetime's range
        return None


class TassSpider(OutletSpider):
    """tass.com: numeric article ids, publication instants as Unix times in the page."""

    name = "tass"
    default_start_urls = ("https://tass.com/rss/v2.xml", "https://tass.com/world")
    local_timezone = "Europe/Moscow"
    boilerplate = ("Subscribe to TASS on Telegram",)
    article_path = ARTICLE_PATH
    listing_links = "a.news-content__container, .news-list a"

    def expand_start_url(self, url: str) -> list[str]:
        """A bare site root means the feed and the World section."""
        if urlsplit(url).path in ("", "/"):
            root = url.rstrip("/")
            return [f"{root}/rss/v2.xml", f"{root}/world"]
        return [url]

    def listing_days(self, response: Response, article_urls: list[str]) -> list[date]:
        """Days of a listing's teasers, from their Unix times."""
        times = response.css(".news-content__date dateformat::attr(time)").getall()
        stamps = (from_unixtime(value, self.local_timezone) for value in times)
        return [stamp.date() for stamp in stamps if stamp is not None]

    def select_fields(self, response: Response) -> dict[str, Any]:
        """Headline, lead, publication time and text blocks of an article page."""
        return {
            "title": clean(" ".join(response.css("h1.news-header__title ::text").getall())),
            "description": clean(" ".join(response.css(".news-header__lead ::text").getall())),
            "published_at": from_unixtime(
                response.css(".news-header__date dateformat::attr(time)").get(),
                self.local_timezone,
            ),
            "body": text_blocks(response.xpath(BODY_BLOCKS)),
        }
