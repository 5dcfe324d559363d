"""TASS spider: the real Russian-site page (gold.json) and the bundled tass.com fixture site, fed as
responses (no network)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from pipeline.article import Article
from scrapers.spiders.tass import TassSpider, from_unixtime
from tests.fixtures.responses import site_response

REAL = Path(__file__).parents[1] / "fixtures" / "real-pages"
REAL_PAGE = "htmldate_1647262025.html"
ORIGIN = "https://tass.com"
MSK = timezone(timedelta(hours=3))


def make_spider(settings: dict[str, Any] | None = None, **kwargs: Any) -> TassSpider:
    """A spider inside a crawler (settings and stats), with spider arguments."""
    return TassSpider.from_crawler(get_crawler(TassSpider, settings), **kwargs)


def only_article(outputs: list[Any]) -> Article:
    """The single Article a page yielded."""
    assert len(outputs) == 1 and isinstance(outputs[0], Article), outputs
    return outputs[0]


def test_real_russian_page_matches_its_gold_record() -> None:
    gold = json.loads((REAL / "gold.json").read_text("utf-8"))[REAL_PAGE]
    url = gold["url"]
    response = HtmlResponse(url, body=(REAL / REAL_PAGE).read_bytes(), request=Request(url))
    article = only_article(list(make_spider().parse(response)))
    assert article.title == "Движение по ЦКАД-5 открывается от Можайского до Новорижского шоссе"
    assert article.published_at == datetime(2020, 6, 29, 0, 16, 15, tzinfo=MSK)
    # The gold day (from MediaCloud) is the UTC day of this just-after-midnight Moscow time.
    assert article.published_at.astimezone(UTC).date() == date.fromisoformat(gold["gold_date"])
    assert article.language == gold["lang"] == "ru"
    assert article.page_canonical_url == url
    assert article.description is not None and article.description.startswith("В церемонии")
    assert article.body is not None
    assert article.body.startswith("МОСКВА, 29 июня. /ТАСС/. Движение от Можайского")
    assert "\n\nО ЦКАД\n\n" in article.body  # the subheading is kept as its own block
    assert article.body.endswith("Строительство начнется после 2022 года.")
    assert "Теги" not in article.body and "На юго-востоке Москвы" not in article.body
    assert article.author == "ТАСС" and article.provenance["author"] == "jsonld"
    for name in ("title", "published_at", "body"):
        assert article.provenance[name] == "selector"


def test_fixture_article_keeps_subheadings_and_drops_the_related_teaser() -> None:
    response = site_response("tass", "/politics/2010731", ORIGIN)
    article = only_article(list(make_spider().parse(response)))
    assert article.title == (
        "SCO leaders sign Tianjin Declaration, approve development strategy until 2035"
    )
    assert article.published_at == datetime(2025, 9, 1, 12, 40, 5, tzinfo=MSK)
    assert article.description == (
        "The heads of state also decided to establish the SCO Development Bank"
    )
    assert article.body is not None
    assert "\n\nStatements on the UN and World War II\n\n" in article.body
    assert "Putin arrives in Tianjin to attend SCO summit" not in article.body
    assert "Subscribe to TASS on Telegram" not in article.body
    assert article.author == "TASS"
    assert article.language == "en"


def test_feed_and_world_listing() -> None:
    spider = make_spider()
    from_feed = list(spider.parse(site_response("tass", "/rss/v2.xml", ORIGIN)))
    assert [r.url for r in from_feed] == [
        ORIGIN + "/politics/2010731", ORIGIN + "/world/2010455",
        ORIGIN + "/economy/2001877", ORIGIN + "/society/1995430",
    ]  # fmt: skip
    listing = site_response("tass", "/world", ORIGIN)
    requests = list(spider.parse(listing))
    assert [r.url for r in requests] == [
        ORIGIN + "/politics/2010731", ORIGIN + "/world/2010455", ORIGIN + "/politics/1986112",
    ]  # fmt: skip
    assert spider.listing_days(listing, []) == [date(2025, 9, 1), date(2025, 8, 31),
                                                date(2025, 7, 15)]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (ORIGIN + "/politics/2010731", True),
        ("https://tass.ru/moskva/8836033", True),
        (ORIGIN + "/world", False),
        (ORIGIN + "/tag/sco", False),
        (ORIGIN + "/rss/v2.xml", False),
        (ORIGIN + "/politics/2010731/amp/extra", False),
    ],
)
def test_is_article_url(url: str, expected: bool) -> None:
    assert make_spider().is_article_url(url) is expected


def test_from_unixtime() -> None:
    assert from_unixtime("1593378975", "Europe/Moscow") == datetime(2020, 6, 28, 21, 16, 15,
                                                                   tzinfo=UTC)
    assert from_unixtime(" 1593378975 ", "Europe/Moscow").utcoffset() == timedelta(hours=3)
    assert from_unixtime("", "Europe/Moscow") is None
    assert from_unixtime("tomorrow", "Europe/Moscow") is None
    assert from_unixtime(None, "Europe/Moscow") is None


def test_a_page_without_its_dateformat_falls_back_to_json_ld() -> None:
    response = site_response("tass", "/world/2010455", ORIGIN)
    html = response.text.replace('<dateformat time="', '<span data-time="')
    assert "<dateformat" not in html
    bare = response.replace(body=html.encode("utf-8"))
    article = only_article(list(make_spider().parse(bare)))
    assert article.published_at == datetime(2025, 8, 31, 11, 5, 40, tzinfo=MSK)
    assert article.provenance["published_at"] == "jsonld"
