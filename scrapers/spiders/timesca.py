"""The Times of Central Asia (timesca.com): article URLs from its RSS feed and its SCO tag pages."""

from __future__ import annotations

import re
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from scrapy.http import Response

from scrapers.spiders.base import OutletSpider, clean, parse_iso_datetime, text_blocks

# WordPress permalinks at the site root: /<slug of four words or more>/ (shorter ones are pages).
ARTICLE_PATH = re.compile(r"^/[a-z0-9]+(?:-[a-z0-9]+){3,}/?$")
SCO_TAG_PATH = "/tag/sco/"
BODY_BLOCKS = (
    "//div[contains(concat(' ', normalize-space(@class), ' '), ' entry-content ')]"
    "//*[self::p or self::h2 or self::h3 or self::blockquote[not(.//p)]]"
    "[not(ancestor::figure)]"
    "[not(ancestor::*[contains(@class, 'sharedaddy') or contains(@class, 'related-posts')])]"
)


class TimescaSpider(OutletSpider):
    """timesca.com: WordPress, the publication time with its offset in <time datetime>."""

    name = "timesca"
    default_start_urls = ("https://timesca.com/feed/", "https://timesca.com/tag/sco/")
    # The paper's newsroom is in Bishkek; its <time> elements carry an offset anyway.
    local_timezone = "Asia/Bishkek"
    boilerplate = ("Support independent journalism in Central Asia",)
    article_path = ARTICLE_PATH
    listing_links = "article .entry-title a"

    def expand_start_url(self, url: str) -> list[str]:
        """A bare site root means the feed and the SCO tag page."""
        if urlsplit(url).path in ("", "/"):
            root = url.rstrip("/")
            return [f"{root}/feed/", f"{root}{SCO_TAG_PATH}"]
        return [url]

    def listing_days(self, response: Response, article_urls: list[str]) -> list[date]:
        """Days of the listing's teasers, from their <time datetime> attributes."""
        stamps = response.css("article time.entry-date::attr(datetime)").getall()
        parsed = (parse_iso_datetime(stamp, self.local_timezone) for stamp in stamps)
        return [stamp.date() for stamp in parsed if stamp is not None]

    def select_fields(self, response: Response) -> dict[str, Any]:
        """Headline, author, time, first category and text of an article page."""
        article = response.css("article.post") or response
        return {
            "title": clean(" ".join(article.css("h1.entry-title ::text").getall())),
            "author": clean(" ".join(article.css(".entry-meta .author ::text").getall())),
            "published_at": parse_iso_datetime(
                article.css("time.entry-date.published::attr(datetime)").get(),
                self.local_timezone,
            ),
            "section": clean(article.css(".entry-categories a::text").get()),
            "body": text_blocks(response.xpath(BODY_BLOCKS)),
        }
