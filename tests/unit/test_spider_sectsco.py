"""SCO Secretariat spider on the bundled eng.sectsco.org fixture site, fed as responses."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest
from scrapy import Request
from scrapy.utils.test import get_crawler

from pipeline.article import Article
from scrapers.spiders.base import LISTING_PAGE
from scrapers.spiders.sectsco import SectscoSpider, parse_published, url_day
from tests.fixtures.responses import site_response

ORIGIN = "https://eng.sectsco.org"
BEIJING = timezone(timedelta(hours=8))
DECLARATION = "/20250901/1521843.html"


def make_spider(settings: dict[str, Any] | None = None, **kwargs: Any) -> SectscoSpider:
    """A spider inside a crawler (settings and stats), with spider arguments."""
    return SectscoSpider.from_crawler(get_crawler(SectscoSpider, settings), **kwargs)


def only_article(outputs: list[Any]) -> Article:
    """The single Article a page yielded."""
    assert len(outputs) == 1 and isinstance(outputs[0], Article), outputs
    return outputs[0]


def test_declaration_page_fields() -> None:
    response = site_response("sectsco", DECLARATION, ORIGIN)
    article = only_article(list(make_spider().parse(response)))
    assert article.title == (
        "Tianjin Declaration of the Council of Heads of State of the Shanghai Cooperation"
        " Organisation"
    )
    assert article.published_at == datetime(2025, 9, 1, 18, 40, tzinfo=BEIJING)
    assert article.section == "Documents"
    assert article.author == "SCO Secretariat"
    assert article.description is not None and article.description.startswith("The Heads of")
    assert article.body is not None
    blocks = article.body.split("\n\n")
    assert "II. Security" in blocks and "III. Economy and connectivity" in blocks
    assert blocks[-1] == (
        "The Kyrgyz Republic will chair the SCO in 2025-2026. The next meeting of the Council of"
        " Heads of State will be held in the Kyrgyz Republic in 2026."
    )
    assert "Telegram" not in article.body and "Latest news" not in article.body
    assert article.page_canonical_url == ORIGIN + DECLARATION


def test_quote_blocks_belong_to_the_text() -> None:
    response = site_response("sectsco", "/20250901/1521790.html", ORIGIN)
    article = only_article(list(make_spider().parse(response)))
    assert article.body is not None
    assert "a platform for dialogue among states with different histories" in article.body


def test_without_its_date_line_a_page_falls_back_to_json_ld() -> None:
    response = site_response("sectsco", DECLARATION, ORIGIN)
    bare = response.replace(body=response.text.replace("article__info-date", "x").encode())
    article = only_article(list(make_spider().parse(bare)))
    assert article.published_at == datetime(2025, 9, 1, 18, 40, tzinfo=BEIJING)
    assert article.provenance["published_at"] == "jsonld"


def test_news_listing_pages_and_their_limits() -> None:
    spider = make_spider()
    first = list(spider.parse(site_response("sectsco", "/news/", ORIGIN)))
    articles = [r for r in first if r.callback == spider.parse_article]
    listings = [r for r in first if r.callback == spider.parse_listing]
    assert [r.url for r in articles] == [
        ORIGIN + "/20250901/1521843.html", ORIGIN + "/20250901/1521790.html",
        ORIGIN + "/20250715/1519512.html", ORIGIN + "/20250422/1517306.html",
    ]  # fmt: skip
    assert [(r.url, r.meta[LISTING_PAGE]) for r in listings] == [(ORIGIN + "/news/page/2/", 2)]
    second = site_response("sectsco", "/news/page/2/", ORIGIN)
    assert [r.url for r in spider.parse_listing(second)] == [ORIGIN + "/20250314/1516121.html"]
    capped = make_spider({"SCOWATCH_MAX_PAGES": 1})
    assert not [r for r in capped.parse(site_response("sectsco", "/news/", ORIGIN))
                if r.callback == capped.parse_listing]


@pytest.mark.parametrize(("since", "follows"), [("2025-09-01", True), ("2025-09-02", False)])
def test_since_stops_at_a_listing_page_older_than_it(since: str, follows: bool) -> None:
    spider = make_spider(since=since)
    requests = list(spider.parse(site_response("sectsco", "/news/", ORIGIN)))
    assert any(r.callback == spider.parse_listing for r in requests) is follows
    assert len([r for r in requests if r.callback == spider.parse_article]) == 4


def test_listing_page_depth_counts_from_the_request_meta() -> None:
    spider = make_spider({"SCOWATCH_MAX_PAGES": 2})
    url = ORIGIN + "/news/"
    response = site_response("sectsco", "/news/", ORIGIN).replace(
        request=Request(url, meta={LISTING_PAGE: 2})
    )
    assert not [r for r in spider.parse_listing(response) if r.callback == spider.parse_listing]


@pytest.mark.parametrize(
    ("url", "day"),
    [
        (ORIGIN + DECLARATION, date(2025, 9, 1)),
        ("http://127.0.0.1:8000/20250314/1516121.html", date(2025, 3, 14)),
        (ORIGIN + "/20251301/1.html", None),
        (ORIGIN + "/news/", None),
        (ORIGIN + "/20250901/", None),
        (ORIGIN + "/20250901/1521843.html?print=1", date(2025, 9, 1)),
    ],
)
def test_url_day(url: str, day: date | None) -> None:
    assert url_day(url) == day


def test_parse_published_prefers_the_unix_time() -> None:
    assert parse_published("1756723200", "18:40 01.09.2025", "Asia/Shanghai") == datetime(
        2025, 9, 1, 18, 40, tzinfo=BEIJING
    )
    assert parse_published(None, " 09:05 22.04.2025 ", "Asia/Shanghai") == datetime(
        2025, 4, 22, 9, 5, tzinfo=BEIJING
    )
    assert parse_published("", "31.04.2025 10:00", "Asia/Shanghai") is None
    assert parse_published("", "yesterday", "Asia/Shanghai") is None


def test_bare_root_means_the_news_listing() -> None:
    assert make_spider().expand_start_url("http://127.0.0.1:9/") == ["http://127.0.0.1:9/news/"]
    assert make_spider().start_urls == [ORIGIN + "/news/"]
