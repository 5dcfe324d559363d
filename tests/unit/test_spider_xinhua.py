"""Xinhua spider: the real Chinese page (gold.json), its GB2312-declared re-encoding, and the
bundled english.news.cn fixture site, fed as responses (no network)."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from pipeline.article import Article
from scrapers.spiders.xinhua import XinhuaSpider, parse_printed_time, url_day
from tests.fixtures.responses import site_response

REAL = Path(__file__).parents[1] / "fixtures" / "real-pages"
REAL_PAGE = "trafilatura_xinhuanet.com.c_1125597921.html"
ORIGIN = "https://english.news.cn"
BEIJING = timezone(timedelta(hours=8))
SUMMIT = "/20250901/cc8c62879d34d166787ec074e98f73a8/c.html"


def make_spider(settings: dict[str, Any] | None = None, **kwargs: Any) -> XinhuaSpider:
    """A spider inside a crawler (settings and stats), with spider arguments."""
    return XinhuaSpider.from_crawler(get_crawler(XinhuaSpider, settings), **kwargs)


def only_article(outputs: list[Any]) -> Article:
    """The single Article a page yielded."""
    assert len(outputs) == 1 and isinstance(outputs[0], Article), outputs
    return outputs[0]


def gold() -> dict[str, Any]:
    """The gold record of the saved Xinhua page."""
    return json.loads((REAL / "gold.json").read_text("utf-8"))[REAL_PAGE]


def real_response(body: bytes | None = None) -> HtmlResponse:
    """The saved Xinhua page (or another body) at its real URL."""
    url = gold()["url"]
    data = (REAL / REAL_PAGE).read_bytes() if body is None else body
    return HtmlResponse(url, body=data, request=Request(url))


def test_real_chinese_page_matches_its_gold_record() -> None:
    record = gold()
    article = only_article(list(make_spider().parse(real_response())))
    assert article.title == record["gold_title"]
    assert article.published_at == datetime(2020, 2, 19, 20, 29, 58, tzinfo=BEIJING)
    assert article.published_at.date() == date.fromisoformat(record["gold_date"])
    assert article.author == record["gold_author"]
    assert article.language == record["lang"] == "zh"
    assert article.body is not None
    for text in record["must_contain"]:
        assert text in article.body
    for text in record["must_not_contain"]:
        assert text not in article.body
    assert article.body.startswith("“妈妈，为什么还不能出去？”")  # ideographic indent removed
    assert article.body.endswith("（评论员 罗博 萧海川）")
    for name in ("title", "published_at", "author", "body"):
        assert article.provenance[name] == "selector"


def test_real_page_declared_and_encoded_as_gb2312_gives_the_same_article() -> None:
    text = real_response().text.replace("charset=utf-8", "charset=gb2312")
    # GB18030 is the superset that decoders use for a declared gb2312, as browsers do.
    encoded = real_response(text.encode("gb18030"))
    assert encoded.encoding == "gb18030"
    original = only_article(list(make_spider().parse(real_response())))
    again = only_article(list(make_spider().parse(encoded)))
    assert (again.title, again.body, again.author, again.published_at) == (
        original.title, original.body, original.author, original.published_at
    )


def test_english_fixture_article_fields() -> None:
    article = only_article(list(make_spider().parse(site_response("xinhua", SUMMIT, ORIGIN))))
    assert article.title == "SCO summit in Tianjin adopts declaration, 10-year development strategy"
    assert article.published_at == datetime(2025, 9, 1, 21, 5, 12, tzinfo=BEIJING)
    assert article.author == "huaxia"
    assert article.language == "en"
    assert article.body is not None
    assert article.body.startswith("TIANJIN, Sept. 1 (Xinhua) -- The Council of Heads of State")
    assert "Source: Xinhua" not in article.body and "Share" not in article.body


def test_section_pages_resolve_their_relative_links() -> None:
    spider = make_spider()
    requests = list(spider.parse(site_response("xinhua", "/world/index.htm", ORIGIN)))
    assert [r.url for r in requests] == [
        ORIGIN + SUMMIT,
        ORIGIN + "/20250715/2edbcfe7b7fbb8e36ddc7119306c64f2/c.html",
    ]
    assert all(r.callback == spider.parse_article for r in requests)
    china = list(spider.parse(site_response("xinhua", "/china/index.htm", ORIGIN)))
    assert len(china) == 3


@pytest.mark.parametrize(
    ("url", "is_article", "day"),
    [
        (ORIGIN + SUMMIT, True, date(2025, 9, 1)),
        ("http://www.xinhuanet.com/english/2020-11/10/c_139506183.htm", True, date(2020, 11, 10)),
        ("http://www.xinhuanet.com/local/2020-02/19/c_1125597921.htm", True, date(2020, 2, 19)),
        (ORIGIN + "/20251340/cc8c62879d34d166787ec074e98f73a8/c.html", True, None),
        (ORIGIN + "/world/index.htm", False, None),
        (ORIGIN + "/20250901/not-a-hash/c.html", False, None),
    ],
)
def test_url_day_and_article_urls(url: str, is_article: bool, day: date | None) -> None:
    assert make_spider().is_article_url(url) is is_article
    assert url_day(url) == day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" 2020-02-19 20:29:58", datetime(2020, 2, 19, 20, 29, 58, tzinfo=BEIJING)),
        ("2025-09-01 21:05", datetime(2025, 9, 1, 21, 5, tzinfo=BEIJING)),
        ("2025-02-30 10:00:00", None),
        ("Sept. 1, 2025", None),
    ],
)
def test_parse_printed_time(text: str, expected: datetime | None) -> None:
    assert parse_printed_time(text, "Asia/Shanghai") == expected
