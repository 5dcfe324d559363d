"""The Astana Times spider on the bundled fixture pages, fed as responses (no network)."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse, Response, XmlResponse
from scrapy.utils.test import get_crawler

from pipeline.article import Article
from pipeline.fixture_server import demo_site_path
from scrapers.spiders.astanatimes import (
    AstanaTimesSpider,
    is_article_url,
    parse_byline,
)
from tests.fixtures.responses import astanatimes_response

SITE = demo_site_path("astanatimes")
SEED_PATH = (
    "/2020/11/sco-leaders-sign-moscow-declaration-"
    "consolidate-efforts-to-overcome-covid-19-consequences/"
)
SEED_TEXT = Path(__file__).parents[1] / "fixtures" / "seed" / "000_9abfdcff137a48cb.txt"
SUMMIT_PATH = (
    "/2024/07/sco-summit-in-astana-adopts-astana-declaration-welcomes-belarus-as-full-member/"
)
ARTICLE_PATHS = sorted(
    "/" + str(p.parent.relative_to(SITE)) + "/" for p in SITE.glob("[0-9]*/*/*/index.html")
)
SIGN_UP = "Get The Astana Times stories sent directly to you"


def make_spider(settings: dict[str, Any] | None = None, **kwargs: Any) -> AstanaTimesSpider:
    """A spider inside a crawler (for settings and stats), with spider arguments."""
    crawler = get_crawler(AstanaTimesSpider, settings)
    return AstanaTimesSpider.from_crawler(crawler, **kwargs)


def stats(spider: AstanaTimesSpider) -> dict[str, Any]:
    """The crawl stats the spider has counted so far."""
    return spider.crawler.stats.get_stats()


def one_article(spider: AstanaTimesSpider, path: str) -> Article:
    """Parse one fixture article page and return its only item."""
    items = list(spider.parse_article(astanatimes_response(path)))
    assert len(items) == 1
    assert isinstance(items[0], Article)
    return items[0]


def test_fixture_site_has_the_pages_the_tests_rely_on() -> None:
    assert len(ARTICLE_PATHS) == 12
    assert SEED_PATH in ARTICLE_PATHS


def test_seed_article_fields() -> None:
    spider = make_spider()
    article = one_article(spider, SEED_PATH)
    assert article.title == (
        "SCO Leaders Sign Moscow Declaration, Consolidate Efforts to Overcome COVID-19 Consequences"
    )
    assert article.published_at is not None
    assert article.published_at.tzinfo is not None
    assert article.published_at.date() == date(2020, 11, 10)
    assert article.published_at.utcoffset() == timedelta(hours=6)  # Almaty before March 2024
    assert article.author == "Aidana Yergaliyeva"
    assert article.section == "Nation"
    assert article.language == "en"
    assert article.source == "astanatimes"
    assert article.url == "https://astanatimes.com" + SEED_PATH
    assert article.page_canonical_url == "https://astanatimes.com" + SEED_PATH
    assert article.body is not None
    assert article.body.startswith("NUR-SULTAN – The Heads of the Shanghai Cooperation")
    assert "Moscow declaration" in article.body
    assert SIGN_UP not in article.body
    assert "Photo credit" not in article.body
    assert article.body.endswith("Jumakhon Giyosov.")
    for name in ("title", "published_at", "author", "section", "body"):
        assert article.provenance[name] == "selector"
    assert stats(spider)["scowatch/articles"] == 1
    assert not any(key.startswith("scowatch/missing/") for key in stats(spider))


def test_seed_body_is_the_seed_text_without_caption_and_sign_up() -> None:
    if not SEED_TEXT.exists():
        pytest.skip(f"seed text not found at {SEED_TEXT}")
    lines = [" ".join(line.split()) for line in SEED_TEXT.read_text("utf-8").splitlines()]
    title, *paragraphs = [line for line in lines if line]
    expected = [p for p in paragraphs if not p.startswith(("During the meeting.", SIGN_UP))]
    article = one_article(make_spider(), SEED_PATH)
    assert article.title == title
    assert article.body is not None
    assert article.body.split("\n\n") == expected


@pytest.mark.parametrize("path", ARTICLE_PATHS)
def test_every_fixture_article_has_the_essential_fields(path: str) -> None:
    article = one_article(make_spider(), path)
    assert article.missing_fields() == []
    assert article.language == "en"
    assert article.body is not None and SIGN_UP not in article.body
    assert article.body.split("\n\n")[0] != article.title
    assert article.published_at is not None and article.published_at.tzinfo is not None
    year, month = (int(part) for part in path.strip("/").split("/")[:2])
    local = article.published_at.astimezone(article.published_at.tzinfo)
    assert (local.year, local.month) == (year, month)


def test_date_missing_from_byline_comes_from_published_time_meta() -> None:
    article = one_article(
        make_spider(), "/2023/11/kazakhstan-launches-trans-caspian-container-service/"
    )
    assert article.published_at == datetime(2023, 11, 2, 10, 15, tzinfo=UTC)
    assert article.provenance["published_at"] == "meta"
    assert article.author == "Zhanna Seitkali"
    assert article.provenance["author"] == "selector"


def test_page_without_byline_fills_author_date_section_from_json_ld() -> None:
    spider = make_spider()
    article = one_article(
        spider, "/2024/04/sco-defence-ministers-discuss-regional-security-in-astana/"
    )
    assert article.author == "Timur Bekov"
    assert article.section == "Nation"
    assert article.published_at == datetime(2024, 4, 26, 9, 5, tzinfo=UTC)
    assert {article.provenance[f] for f in ("author", "section", "published_at")} == {"jsonld"}
    assert article.provenance["title"] == "selector"
    assert stats(spider)["scowatch/fallback/author/jsonld"] == 1


def test_page_without_body_container_falls_back_to_the_generic_extractor() -> None:
    spider = make_spider()
    article = one_article(spider, "/2024/09/astana-opera-opens-new-season-with-abai/")
    assert article.provenance["body"] == "generic"
    assert article.body is not None
    assert article.body.startswith("ASTANA – Astana Opera opened its new season on Sept. 14")
    assert "broadcasting selected performances online" in article.body
    assert SIGN_UP not in article.body
    assert article.provenance["title"] == "selector"
    assert stats(spider)["scowatch/fallback/body/generic"] == 1


def test_syndicated_copy_keeps_its_own_boilerplate_and_the_shared_story() -> None:
    spider = make_spider()
    original = one_article(spider, SUMMIT_PATH)
    copy = one_article(spider, SUMMIT_PATH.rstrip("/") + "-2/")
    assert original.body is not None and copy.body is not None
    assert copy.url != original.url
    assert copy.author == "Kazinform"
    assert copy.body != original.body
    assert copy.body.startswith("This article was first published by Kazinform")
    assert original.body in copy.body


def test_feed_yields_one_request_per_item_to_the_article_parser() -> None:
    spider = make_spider()
    requests = list(spider.parse(astanatimes_response("/feed/")))
    assert len(requests) == 8
    assert all(isinstance(r, Request) and r.callback == spider.parse_article for r in requests)
    assert len({r.url for r in requests}) == 8
    assert all(is_article_url(r.url) for r in requests)
    assert requests[0].url == (
        "https://astanatimes.com/2024/10/kazakh-farmers-complete-grain-harvest-ahead-of-schedule/"
    )


def test_listing_page_yields_its_articles_and_the_next_page() -> None:
    spider = make_spider()
    requests = list(spider.parse(astanatimes_response("/all/")))
    articles = [r for r in requests if r.callback == spider.parse_article]
    listings = [r for r in requests if r.callback == spider.parse_listing]
    assert len(articles) == 10 and len({r.url for r in articles}) == 10
    assert [r.url for r in listings] == ["https://astanatimes.com/all/page/2/"]
    last = list(spider.parse_listing(astanatimes_response("/all/page/2/")))
    assert [r.url for r in last] == [
        "https://astanatimes.com/2023/07/kazakhstan-takes-over-sco-chairmanship-for-2023-2024/",
        "https://astanatimes.com" + SEED_PATH,
    ]


def test_listing_stops_at_max_pages_and_at_since() -> None:
    capped = make_spider({"SCOWATCH_MAX_PAGES": 1})
    requests = list(capped.parse(astanatimes_response("/all/")))
    assert not [r for r in requests if r.callback == capped.parse_listing]
    recent_only = make_spider(since="2024-11-01")
    requests = list(recent_only.parse(astanatimes_response("/all/")))
    assert not [r for r in requests if r.callback == recent_only.parse_listing]
    assert len(requests) == 10
    older = make_spider(since="2020-01-01")
    requests = list(older.parse(astanatimes_response("/all/")))
    assert [r for r in requests if r.callback == older.parse_listing]


def start_urls_of(spider: AstanaTimesSpider) -> list[str]:
    """The URLs the spider's async start() requests."""

    async def collect() -> list[str]:
        return [request.url async for request in spider.start()]

    return asyncio.run(collect())


def test_default_source_is_the_real_site_feed_listing_and_sco_tag() -> None:
    spider = make_spider()
    assert spider.source_name == "astanatimes"
    assert spider.allowed_domains == ["astanatimes.com"]
    assert spider.max_pages == 3
    assert start_urls_of(spider) == [
        "https://astanatimes.com/feed/",
        "https://astanatimes.com/all/",
        "https://astanatimes.com/tag/sco/",
    ]


def test_start_urls_argument_points_the_spider_at_a_mirror() -> None:
    spider = make_spider(source="at_mirror", start_urls="http://127.0.0.1:8123/")
    assert spider.allowed_domains == ["127.0.0.1"]
    assert start_urls_of(spider) == [
        "http://127.0.0.1:8123/feed/",
        "http://127.0.0.1:8123/all/",
        "http://127.0.0.1:8123/tag/sco/",
    ]
    article = one_article(spider, SEED_PATH)
    assert article.source == "at_mirror"


def test_explicit_arguments_win_over_settings() -> None:
    from_settings = make_spider(
        {"SCOWATCH_START_URLS": "http://mirror.test/all/", "SCOWATCH_SOURCE": "s"}
    )
    assert start_urls_of(from_settings) == ["http://mirror.test/all/"]
    assert from_settings.allowed_domains == ["mirror.test"]
    assert from_settings.source_name == "s"
    spider = make_spider(
        {"SCOWATCH_START_URLS": "http://mirror.test/all/"},
        start_urls="http://a.test/feed/,http://b.test/all/",
        allowed_domains="a.test, b.test",
    )
    assert start_urls_of(spider) == ["http://a.test/feed/", "http://b.test/all/"]
    assert spider.allowed_domains == ["a.test", "b.test"]


def test_garbage_pages_do_not_raise() -> None:
    spider = make_spider()
    url = "https://astanatimes.com/2024/01/garbage/"
    garbage = HtmlResponse(url, body=b"\x00\xff\xfe<<<html <h1", encoding="utf-8")
    assert list(spider.parse(garbage)) == []
    assert stats(spider)["scowatch/skipped/empty"] == 1
    binary = Response(url, body=b"\x89PNG\r\n\x1a\n")
    assert list(spider.parse(binary)) == []
    broken_feed = XmlResponse("https://astanatimes.com/feed/", body=b"<rss><channel><item><link>")
    assert list(spider.parse(broken_feed)) == []
    assert stats(spider)["scowatch/parse_errors"] == 1  # the binary response
    assert "scowatch/articles" not in stats(spider)


def test_an_exception_in_selection_is_logged_and_counted(monkeypatch: pytest.MonkeyPatch) -> None:
    spider = make_spider()

    def broken(response: Response) -> dict[str, Any]:
        raise ValueError("selector bug")

    monkeypatch.setattr(spider, "select_fields", broken)
    assert list(spider.parse_article(astanatimes_response(SEED_PATH))) == []
    assert stats(spider)["scowatch/parse_errors"] == 1


def test_page_with_title_but_no_byline_or_metadata_counts_missing_fields() -> None:
    spider = make_spider()
    page = (
        "<html><body><h1 class='entry-title'>A headline</h1><div class='entry-content'>"
        "<p>ASTANA – A short story with one paragraph of text.</p></div></body></html>"
    )
    response = HtmlResponse(
        "https://astanatimes.com/2024/01/a-headline/", body=page.encode(), encoding="utf-8"
    )
    (article,) = list(spider.parse_article(response))
    assert article.title == "A headline"
    assert article.author is None and article.published_at is None
    assert stats(spider)["scowatch/missing/author"] == 1
    assert stats(spider)["scowatch/missing/published_at"] == 1


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://astanatimes.com/2020/11/some-slug/", True),
        ("http://127.0.0.1:8000/2024/07/another-slug", True),
        ("https://astanatimes.com/all/page/2/", False),
        ("https://astanatimes.com/2020/11/", False),
        ("https://astanatimes.com/2020/11/slug/amp/", False),
        ("https://astanatimes.com/category/nation/", False),
        ("https://astanatimes.com/?p=58127", False),
    ],
)
def test_is_article_url(url: str, expected: bool) -> None:
    assert is_article_url(url) is expected


def test_byline_parsing() -> None:
    assert parse_byline("By  Aidana Yergaliyeva in Nation on 11 November 2020") == {
        "author": "Aidana Yergaliyeva",
        "section": "Nation",
        "day": date(2020, 11, 11),
    }
    assert parse_byline("By Zhanna Seitkali in Business") == {
        "author": "Zhanna Seitkali",
        "section": "Business",
        "day": None,
    }
    assert parse_byline("Photo credit: Akorda") == {}


def test_a_failing_fallback_costs_its_fields_not_the_article(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(html: bytes, url: str) -> None:
        raise RuntimeError("extractor bug")

    monkeypatch.setattr("scrapers.spiders.base.extract_page", broken)
    spider = make_spider()
    article = one_article(spider, "/2024/09/astana-opera-opens-new-season-with-abai/")
    assert article.title == "Astana Opera Opens New Season With Abai"
    assert article.body is None
    assert stats(spider)["scowatch/fallback_errors/generic"] == 1
    assert stats(spider)["scowatch/missing/body"] == 1
    assert "scowatch/parse_errors" not in stats(spider)


class StoredArticles:
    """A crawl state that knows some article URLs (the stored ones) and nothing else."""

    def __init__(self, urls: set[str]) -> None:
        self.urls = urls

    def known(self, urls: Any) -> set[str]:
        return {url for url in urls if url in self.urls}

    def close(self) -> None:
        return None


def test_stored_articles_are_not_fetched_again_and_stop_the_paging() -> None:
    spider = make_spider()
    listing = astanatimes_response("/all/")
    first = [r.url for r in spider.parse(listing) if r.callback == spider.parse_article]
    spider.crawl_state = StoredArticles(set(first[3:]))
    again = list(spider.parse(listing))
    assert [r.url for r in again if r.callback == spider.parse_article] == first[:3]
    assert [r for r in again if r.callback == spider.parse_listing]  # some still new: go on
    spider.crawl_state = StoredArticles(set(first))
    everything_stored = list(spider.parse(listing))
    assert everything_stored == []  # nothing to fetch, and no reason to read page 2
    assert stats(spider)["scowatch/pagination/stopped_known"] == 1
    assert stats(spider)["scowatch/known/skipped"] == 7 + 10


def test_prefilter_fetches_only_teasers_that_may_be_about_the_sco() -> None:
    spider = make_spider(prefilter="true")
    from_feed = [r.url.split("/")[-2] for r in spider.parse(astanatimes_response("/feed/"))]
    assert from_feed and all("sco" in slug for slug in from_feed)
    assert "kazakh-farmers-complete-grain-harvest-ahead-of-schedule" not in from_feed
    listing = [r for r in spider.parse(astanatimes_response("/all/"))
               if r.callback == spider.parse_article]
    slugs = {r.url.split("/")[-2] for r in listing}
    assert "sco-foreign-ministers-meet-in-astana-to-prepare-july-summit" in slugs
    assert "tokayev-signs-law-on-mass-media" not in slugs
    assert stats(spider)["scowatch/prefilter/skipped"] >= 4
    unfiltered = make_spider()
    assert len(list(unfiltered.parse(astanatimes_response("/feed/")))) == 8


def test_sco_tag_pages_list_the_sco_stories_and_page_on() -> None:
    spider = make_spider()
    first = list(spider.parse(astanatimes_response("/tag/sco/")))
    articles = [r.url for r in first if r.callback == spider.parse_article]
    assert len(articles) == 5 and all("sco" in url for url in articles)
    (next_page,) = [r for r in first if r.callback == spider.parse_listing]
    assert next_page.url == "https://astanatimes.com/tag/sco/page/2/"
    second = list(spider.parse_listing(astanatimes_response("/tag/sco/page/2/")))
    assert [r.url for r in second] == [
        "https://astanatimes.com/2023/07/kazakhstan-takes-over-sco-chairmanship-for-2023-2024/",
        "https://astanatimes.com" + SEED_PATH,
    ]
