"""The Times of Central Asia spider on the bundled timesca.com fixture site, fed as responses."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from scrapy.utils.test import get_crawler

from pipeline.article import Article
from scrapers.spiders.timesca import TimescaSpider
from tests.fixtures.responses import site_response

ORIGIN = "https://timesca.com"
BISHKEK = timezone(timedelta(hours=6))
ANALYSIS = "/what-central-asia-takes-home-from-the-sco-summit-in-tianjin/"


def make_spider(settings: dict[str, Any] | None = None, **kwargs: Any) -> TimescaSpider:
    """A spider inside a crawler (settings and stats), with spider arguments."""
    return TimescaSpider.from_crawler(get_crawler(TimescaSpider, settings), **kwargs)


def only_article(outputs: list[Any]) -> Article:
    """The single Article a page yielded."""
    assert len(outputs) == 1 and isinstance(outputs[0], Article), outputs
    return outputs[0]


def test_analysis_page_fields() -> None:
    article = only_article(list(make_spider().parse(site_response("timesca", ANALYSIS, ORIGIN))))
    assert article.title == "What Central Asia Takes Home From the SCO Summit in Tianjin"
    assert article.author == "Nadia Karimova"
    assert article.section == "Analysis"
    assert article.published_at == datetime(2025, 9, 2, 11, 30, tzinfo=BISHKEK)
    assert article.language == "en"
    assert article.body is not None
    assert len(article.body.split("\n\n")) == 5
    for boilerplate in ("Photo: press service", "Share this:", "Related", "Support independent"):
        assert boilerplate not in article.body
    assert article.page_canonical_url == ORIGIN + ANALYSIS


def test_without_byline_and_time_the_yoast_graph_fills_them() -> None:
    response = site_response("timesca", ANALYSIS, ORIGIN)
    html = (
        response.text.replace('class="entry-meta"', 'class="x"')
        .replace('class="entry-date published"', 'class="x"')
        .replace('name="author"', 'name="x"')
    )
    article = only_article(list(make_spider().parse(response.replace(body=html.encode()))))
    assert article.author == "Nadia Karimova"
    assert article.published_at == datetime(2025, 9, 2, 11, 30, tzinfo=BISHKEK)
    assert article.provenance["author"] == "jsonld"
    assert article.provenance["published_at"] == "jsonld"


def test_feed_and_sco_tag_pages() -> None:
    spider = make_spider()
    from_feed = list(spider.parse(site_response("timesca", "/feed/", ORIGIN)))
    assert len(from_feed) == 4 and all(r.callback == spider.parse_article for r in from_feed)
    tag = list(spider.parse(site_response("timesca", "/tag/sco/", ORIGIN)))
    assert [r.url for r in tag] == [
        ORIGIN + "/kyrgyzstan-takes-over-sco-chairmanship-sets-priorities-for-2025-2026/",
        ORIGIN + ANALYSIS,
        ORIGIN + "/tag/sco/page/2/",
    ]
    page_2 = list(spider.parse_listing(site_response("timesca", "/tag/sco/page/2/", ORIGIN)))
    assert [r.url for r in page_2] == [
        ORIGIN + "/uzbekistan-and-sco-secretariat-sign-memorandum-on-tourism-cooperation/"
    ]


@pytest.mark.parametrize(("since", "follows"), [("2025-09-02", True), ("2025-09-03", False)])
def test_since_reads_the_teasers_times(since: str, follows: bool) -> None:
    spider = make_spider(since=since)
    requests = list(spider.parse(site_response("timesca", "/tag/sco/", ORIGIN)))
    assert any(r.callback == spider.parse_listing for r in requests) is follows


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (ANALYSIS, True),
        ("/kazakhstan-reports-record-tourist-arrivals-in-first-half-of-2025/", True),
        ("/about-us/", False),
        ("/tag/sco/", False),
        ("/category/news/", False),
        ("/feed/", False),
        ("/tag/sco/page/2/", False),
    ],
)
def test_is_article_url(path: str, expected: bool) -> None:
    assert make_spider().is_article_url(ORIGIN + path) is expected
