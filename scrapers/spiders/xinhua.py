"""Xinhua, China's state news agency, English edition (english.news.cn): article URLs from its China
and World section pages. The selectors also read the older xinhuanet.com design of its editions."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from scrapy.http import Response

from scrapers.spiders.base import OutletSpider, clean, text_blocks

# english.news.cn: /20250901/<32 hex>/c.html; xinhuanet.com: /english/2020-11/10/c_139506183.htm
# and the Chinese edition's /local/2020-02/19/c_1125597921.htm.
ARTICLE_PATH = re.compile(
    r"^/(?:(?P<day>\d{8})/[0-9a-f]{32}/c\.html"
    r"|(?:[a-z]+/)?(?P<month>\d{4}-\d{2})/(?P<dd>\d{2})/c_\d+\.htm)$"
)
PRINTED_TIME = re.compile(r"(\d{4})-(\d{2})-(\d{2})\s+(\d{2}):(\d{2})(?::(\d{2}))?")
# The responsible editor, "Editor: huaxia" in English, "责任编辑：焦鹏" in Chinese.
EDITOR = re.compile(r"(?:Editor|责任编辑)\s*[:：]\s*(\S+)")
BODY_PARAGRAPHS = (
    "//*[@id='detailContent' or @id='p-detail' or @id='detail']//p"
    "[not(ancestor::*[contains(@class, 'p-tags') or contains(@class, 'lb')])]"
)


def url_day(url: str) -> date | None:
    """The day an article URL spells out, in either URL design."""
    match = ARTICLE_PATH.match(urlsplit(url).path)
    if not match:
        return None
    text = match["day"] or f"{match['month'].replace('-', '')}{match['dd']}"
    try:
        return datetime.strptime(text, "%Y%m%d").date()
    except ValueError:
        return None


def parse_printed_time(text: str | None, tz_name: str) -> datetime | None:
    """The printed "2025-09-01 21:05:12" (Beijing time) as a tz-aware datetime."""
    match = PRINTED_TIME.search(text or "")
    if not match:
        return None
    year, month, day, hour, minute, second = (int(part or 0) for part in match.groups())
    try:
        return datetime(year, month, day, hour, minute, second, tzinfo=ZoneInfo(tz_name))
    except ValueError:
        return None


class XinhuaSpider(OutletSpider):
    """Xinhua: dated article URLs, Beijing times printed without an offset, an editor credit."""

    name = "xinhua"
    default_start_urls = (
        "https://english.news.cn/china/index.htm",
        "https://english.news.cn/world/index.htm",
    )
    local_timezone = "Asia/Shanghai"
    article_path = ARTICLE_PATH
    listing_links = ".tit a, .list a"

    def expand_start_url(self, url: str) -> list[str]:
        """A bare site root means the China and World sections."""
        if urlsplit(url).path in ("", "/"):
            root = url.rstrip("/")
            return [f"{root}/china/index.htm", f"{root}/world/index.htm"]
        return [url]

    def url_day(self, url: str) -> date | None:
        """The day an article URL spells out."""
        return url_day(url)

    def select_fields(self, response: Response) -> dict[str, Any]:
        """Headline, printed Beijing time, editor and paragraphs, in the new or the old design."""
        title = response.css(".conTop h1 ::text, .head-line h1 ::text, .h-title ::text").getall()
        printed = response.css(".conTop .time::text, .header-time ::text, .h-time::text").getall()
        credits = " ".join(response.css(".editor ::text, .p-jc ::text").getall())
        editor = EDITOR.search(" ".join(credits.split()))
        return {
            "title": clean(" ".join(title)),
            "published_at": parse_printed_time(" ".join(printed), self.local_timezone),
            "author": editor.group(1) if editor else None,
            "body": text_blocks(response.xpath(BODY_PARAGRAPHS)),
        }
