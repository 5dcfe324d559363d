"""Kazinform spider: the real Russian-edition page (gold.json), its cp1251 re-encoding, and the
bundled English fixture site, fed as responses (no network)."""

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
from scrapers.spiders.kazinform import KazinformSpider, parse_printed_date
from tests.fixtures.responses import site_response

REAL = Path(__file__).parents[1] / "fixtures" / "real-pages"
REAL_PAGE = "htmldate_1784458132.html"
ORIGIN = "https://www.inform.kz"
DECLARATION = "/en/sco-heads-of-state-sign-astana-declaration_a4170021"


def make_spider(settings: dict[str, Any] | None = None, **kwargs: Any) -> KazinformSpider:
    """A spider inside a crawler (settings and stats), with spider arguments."""
    return KazinformSpider.from_crawler(get_crawler(KazinformSpider, settings), **kwargs)


def only_article(outputs: list[Any]) -> Article:
    """The single Article a page yielded."""
    assert len(outputs) == 1 and isinstance(outputs[0], Article), outputs
    return outputs[0]


def real_page(body: bytes | None = None) -> tuple[HtmlResponse, dict[str, Any]]:
    """The saved Kazinform page at its real URL (or another body there), and its gold record."""
    gold = json.loads((REAL / "gold.json").read_text("utf-8"))[REAL_PAGE]
    data = (REAL / REAL_PAGE).read_bytes() if body is None else body
    return HtmlResponse(gold["url"], body=data, request=Request(gold["url"])), gold


def test_real_russian_page_matches_its_gold_record() -> None:
    response, gold = real_page()
    article = only_article(list(make_spider().parse(response)))
    assert article.title == "Полностью обеспечить регион мясом птицы намерены в СКО"
    assert article.published_at == datetime(2020, 12, 1, 14, 2, tzinfo=timezone(timedelta(hours=6)))
    assert article.published_at.date() == date.fromisoformat(gold["gold_date"])
    assert article.language == gold["lang"] == "ru"
    assert article.author == "Олеся Жуковень"
    assert article.page_canonical_url == gold["url"]
    assert article.body is not None
    assert article.body.startswith("ПЕТРОПАВЛОВСК. КАЗИНФОРМ – Бройлерную птицефабрику")
    assert article.body.endswith("наращивать экспорт», - заявил М. Тасмаганбетов.")
    assert len(article.body.split("\n\n")) == 5
    # The related-news box sits between the first and second paragraphs of the text.
    assert "Новости по теме" not in article.body
    assert "День Первого Президента отмечают в ВКО" not in article.body
    assert "Подписывайтесь" not in article.body
    for name in ("title", "published_at", "author", "body"):
        assert article.provenance[name] == "selector"


def test_real_page_re_encoded_as_cp1251_gives_the_same_article() -> None:
    utf8, _ = real_page()
    text = utf8.text.replace('<meta charset="utf-8">', '<meta charset="windows-1251">')
    assert "windows-1251" in text
    cp1251, _ = real_page(text.encode("cp1251", errors="xmlcharrefreplace"))
    original = only_article(list(make_spider().parse(utf8)))
    again = only_article(list(make_spider().parse(cp1251)))
    assert cp1251.encoding == "cp1251"
    assert (again.title, again.body, again.published_at, again.author) == (
        original.title, original.body, original.published_at, original.author
    )


def test_english_fixture_article_fields() -> None:
    response = site_response("kazinform", DECLARATION, ORIGIN)
    article = only_article(list(make_spider().parse(response)))
    assert article.title == "SCO heads of state sign Astana Declaration"
    # July 2024: Kazakhstan is on +05:00 since March 2024.
    assert article.published_at == datetime(2024, 7, 4, 11, 45, tzinfo=UTC)
    assert article.published_at.utcoffset() == timedelta(hours=5)
    assert article.author == "Assel Satubaldina"
    assert article.section == "Politics"
    assert article.language == "en"
    assert article.body is not None
    assert "Related news" not in article.body
    assert "Kazakh President meets SCO Secretary-General" not in article.body
    assert "Follow us on Telegram" not in article.body
    assert "Belarus was admitted to the SCO as its tenth full member" in article.body


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 Декабря 2020 14:02", datetime(2020, 12, 1, 8, 2, tzinfo=UTC)),
        ("  4 July 2024 16:45  ", datetime(2024, 7, 4, 11, 45, tzinfo=UTC)),
        ("15 марта 2024 09:00", datetime(2024, 3, 15, 4, 0, tzinfo=UTC)),
        ("31 February 2024 10:00", None),
        ("4 Juillet 2024 16:45", None),
        ("yesterday", None),
        ("", None),
    ],
)
def test_parse_printed_date(text: str, expected: datetime | None) -> None:
    assert parse_printed_date(text, "Asia/Almaty") == expected


def test_feed_and_front_page_lead_to_the_articles() -> None:
    spider = make_spider()
    from_feed = list(spider.parse(site_response("kazinform", "/rss/eng.xml", ORIGIN)))
    assert len(from_feed) == 4
    assert all(isinstance(r, Request) and r.callback == spider.parse_article for r in from_feed)
    front = list(spider.parse(site_response("kazinform", "/en/", ORIGIN)))
    assert len(front) == 5
    assert ORIGIN + "/en/almaty-to-open-three-new-metro-stations_a4190501" in {r.url for r in front}


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (ORIGIN + DECLARATION, True),
        (ORIGIN + "/ru/polnost-yu-obespechit-region-myasom-pticy-namereny-v-sko_a3725092", True),
        (ORIGIN + DECLARATION + "/amp", False),
        (ORIGIN + "/en/", False),
        (ORIGIN + "/en/politics_g1", False),
        (ORIGIN + "/ru/stroitel-stvo_t345", False),
        (ORIGIN + "/rss/eng.xml", False),
    ],
)
def test_is_article_url(url: str, expected: bool) -> None:
    assert make_spider().is_article_url(url) is expected


def test_bare_root_expands_to_feed_and_front_page() -> None:
    spider = make_spider()
    assert spider.expand_start_url("http://127.0.0.1:8000/") == [
        "http://127.0.0.1:8000/rss/eng.xml",
        "http://127.0.0.1:8000/en/",
    ]
    assert spider.expand_start_url(ORIGIN + "/en/") == [ORIGIN + "/en/"]
