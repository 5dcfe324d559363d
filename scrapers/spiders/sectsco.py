"""The SCO Secretariat's English site (eng.sectsco.org): press releases and adopted documents,
found on its news listing pages; the primary source of declarations and decisions."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from scrapy.http import Response

from scrapers.spiders.base import OutletSpider, clean, text_blocks

# /YYYYMMDD/<id>.html, the site's one URL shape for press releases and document texts.
ARTICLE_PATH = re.compile(r"^/(?P<day>\d{8})/\d+\.html$")
# The date line prints "14:41 01.09.2025"; the link also carries the instant as data-unixtime.
PRINTED_DATE = re.compile(r"(?P<hm>\d{1,2}:\d{2})\s+(?P<dmy>\d{2}\.\d{2}\.\d{4})")


def url_day(url: str) -> date | None:
    """The day a press release URL spells out (/20250901/…)."""
    match = ARTICLE_PATH.match(urlsplit(url).path)
    if not match:
        return None
    try:
        return datetime.strptime(match.group("day"), "%Y%m%d").date()
    except ValueError:
        return None


def parse_published(unixtime: str | None, printed: str | None, tz_name: str) -> datetime | None:
    """Publication time from the date link: its Unix time, else its printed local time."""
    zone = ZoneInfo(tz_name)
    if unixtime and unixtime.strip().isdigit():
        try:
            return datetime.fromtimestamp(int(unixtime.strip()), zone)
        except (ValueError, OverflowError, OSError):  # "²" is a digit; past datetime's range
            pass
    match = PRINTED_DATE.search(printed or "")
    if not match:
        return None
    try:
        local = datetime.strptime(f"{match['dmy']} {match['hm']}", "%d.%m.%Y %H:%M")
    except ValueError:
        return None
    return local.replace(tzinfo=zone)


class SectscoSpider(OutletSpider):
    """The Secretariat's site: news listing → press release pages, each text in blocks."""

    name = "sectsco"
    default_start_urls = ("https://eng.sectsco.org/news/",)
    # The Secretariat sits in Beijing; printed times without an offset are read as its local time.
    local_timezone = "Asia/Shanghai"
    boilerplate = ("Subscribe to the SCO Secretariat's Telegram channel",)
    article_path = ARTICLE_PATH
    listing_links = ".list-item a, .list a"
    next_page_links = 'link[rel="next"]::attr(href), a.list-more::attr(href)'

    def expand_start_url(self, url: str) -> list[str]:
        """A bare site root means its news listing."""
        if urlsplit(url).path in ("", "/"):
            return [url.rstrip("/") + "/news/"]
        return [url]

    def url_day(self, url: str) -> date | None:
        """The day a press release URL spells out."""
        return url_day(url)

    def select_fields(self, response: Response) -> dict[str, Any]:
        """Title, lead, publication time, section and text blocks of a press release."""
        date_link = response.css(".article__info-date a")
        blocks = response.css(
            ".article__body .article__text, .article__body .article__quote-text,"
            " .article__body .article__subtitle"
        )
        return {
            "title": clean(" ".join(response.css("h1.article__title ::text").getall())),
            "description": clean(" ".join(response.css(".article__announce-text ::text").getall())),
            "published_at": parse_published(
                date_link.attrib.get("data-unixtime") if date_link else None,
                " ".join(date_link.css("::text").getall()),
                self.local_timezone,
            ),
            "section": clean(response.css(".article__tags .article__tags-item::text").get()),
            "author": "SCO Secretariat",
            "body": text_blocks(blocks),
        }
