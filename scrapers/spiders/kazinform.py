"""Kazinform (inform.kz), Kazakhstan's state news agency, English edition: article URLs from its RSS
feed and the edition's front page."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from scrapy.http import Response

from scrapers.spiders.base import OutletSpider, clean, text_blocks

# /en/<slug>_a<id> (also /ru/, /kz/… for the other editions).
ARTICLE_PATH = re.compile(r"^/[a-z]{2}/[^/]+_a\d+/?$")
# "1 December 2020 14:02", or the Russian edition's "1 Декабря 2020 14:02".
PRINTED_DATE = re.compile(r"(\d{1,2})\s+(\w+)\s+(\d{4})\s+(\d{1,2}):(\d{2})")
MONTHS = {
    **{name: i for i, name in enumerate(
        ("january", "february", "march", "april", "may", "june", "july", "august",
         "september", "october", "november", "december"), start=1)},
    **{name: i for i, name in enumerate(
        ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
         "сентября", "октября", "ноября", "декабря"), start=1)},
}  # fmt: skip
BODY_PARAGRAPHS = (
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' article_news_body ')]"
    "//*[self::p or self::h2 or self::h3 or self::blockquote[not(.//p)]]"
    "[not(ancestor::*[contains(@class, 'frame_news_article')])]"
)


def parse_printed_date(text: str | None, tz_name: str) -> datetime | None:
    """The article's printed local date and time, in English or Russian month names."""
    match = PRINTED_DATE.search(text or "")
    if not match:
        return None
    day, month_name, year, hour, minute = match.groups()
    month = MONTHS.get(month_name.lower())
    if month is None:
        return None
    try:
        return datetime(int(year), month, int(day), int(hour), int(minute),
                        tzinfo=ZoneInfo(tz_name))
    except ValueError:
        return None


class KazinformSpider(OutletSpider):
    """inform.kz: one page design for every edition; a related-news box sits inside the text."""

    name = "kazinform"
    default_start_urls = ("https://www.inform.kz/rss/eng.xml", "https://www.inform.kz/en/")
    # Printed times are Kazakhstan's (Astana); tzdata gives +06:00 before March 2024, +05:00 since.
    local_timezone = "Asia/Almaty"
    boilerplate = ("Follow us on Telegram", "Подписывайтесь на наш канал")
    article_path = ARTICLE_PATH

    def expand_start_url(self, url: str) -> list[str]:
        """A bare site root means the English edition's feed and front page."""
        if urlsplit(url).path in ("", "/"):
            root = url.rstrip("/")
            return [f"{root}/rss/eng.xml", f"{root}/en/"]
        return [url]

    def select_fields(self, response: Response) -> dict[str, Any]:
        """Title, printed date, author box, section link and text of an article page."""
        author = response.css(".author_article_block .name_p ::text").getall()
        return {
            "title": clean(" ".join(response.css(".article_title h1 ::text").getall())),
            "published_at": parse_printed_date(
                " ".join(response.css(".date_public_art::text").getall()), self.local_timezone
            ),
            "author": clean(" ".join(author)),
            "body": text_blocks(response.xpath(BODY_PARAGRAPHS)),
        }
