"""Conformance of every registered dedicated spider against its fixture pages.

Each spider that `scrapy list` shows (except the generic `feed` and `sitemap` ones) must have a
fixture folder `pipeline/demo_site/<spider>/` with a `pages.toml` that lists its article pages (the
convention is in docs/adding-a-source.md). For each listed page the spider must yield one
valid Article: a title, a canonical URL that is the page's own, a tz-aware publication time, a body
of real length and a language. Its default start URLs must lead to every listed page, offline
and over loopback HTTP. A new spider is tested here the moment it exists.

A page marked `placeholder = true` (what `scowatch new-spider` writes) is checked like any other and
then reported as skipped, because passing on a stand-in proves nothing about the outlet's markup;
set SCOWATCH_CONFORMANCE_STRICT=1 to make placeholders fail instead.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import tomllib
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import pytest
from scrapy import Request, Spider
from scrapy.http import HtmlResponse, TextResponse, XmlResponse
from scrapy.settings import Settings
from scrapy.spiderloader import SpiderLoader
from scrapy.utils.test import get_crawler

from pipeline.article import Article
from pipeline.config import GENERIC_SPIDERS
from pipeline.fixture_server import DEMO_SITES, resolve_file, serve_site
from pipeline.store import article_key
from pipeline.urls import canonical_url

ROOT = Path(__file__).resolve().parents[2]
PAGES_FILE = "pages.toml"
DEFAULT_MIN_BODY = 300
OFFLINE_REQUEST_LIMIT = 500
STRICT = os.environ.get("SCOWATCH_CONFORMANCE_STRICT") == "1"


@dataclass(frozen=True)
class FixturePage:
    """One article page a fixture folder declares, with what its extraction must give."""

    spider: str
    origin: str
    path: str
    language: str
    title: str | None = None
    published: date | datetime | None = None
    canonical: str | None = None
    min_body: int = DEFAULT_MIN_BODY
    body_starts: str | None = None
    body_ends: str | None = None
    body_must_not_contain: tuple[str, ...] = ()
    discoverable: bool = True
    placeholder: bool = False

    @property
    def url(self) -> str:
        """The real URL this fixture page stands for."""
        return self.origin + self.path


@dataclass(frozen=True)
class FixtureSite:
    """A spider's fixture folder and the pages its pages.toml lists."""

    spider: str
    folder: Path
    origin: str
    pages: tuple[FixturePage, ...] = field(default_factory=tuple)


PAGE_KEYS = {
    "path", "language", "title", "published", "canonical", "min_body", "body_starts",
    "body_ends", "body_must_not_contain", "discoverable", "placeholder",
}


def load_site(spider: str, folder: Path) -> FixtureSite:
    """Read a fixture folder's pages.toml; ValueError says what is wrong with a bad one."""
    data = tomllib.loads((folder / PAGES_FILE).read_text("utf-8"))
    origin = str(data.get("origin", "")).rstrip("/")
    if urlsplit(origin).scheme not in ("http", "https") or urlsplit(origin).path:
        raise ValueError(f"{folder / PAGES_FILE}: origin must be like https://example.org")
    pages = []
    for entry in data.get("articles", []):
        unknown = set(entry) - PAGE_KEYS
        if unknown or "path" not in entry or "language" not in entry:
            raise ValueError(
                f"{folder / PAGES_FILE}: each [[articles]] needs path and language"
                f"{'; unknown keys ' + ', '.join(sorted(unknown)) if unknown else ''}"
            )
        entry = dict(entry)
        entry["body_must_not_contain"] = tuple(entry.get("body_must_not_contain", ()))
        pages.append(FixturePage(spider=spider, origin=origin, **entry))
    return FixtureSite(spider, folder, origin, tuple(pages))


def project_settings() -> Settings:
    """The Scrapy project's settings, as `scrapy list` sees them."""
    settings = Settings()
    settings.setmodule("scrapers.settings", priority="project")
    return settings


def registered_spiders() -> dict[str, type[Spider]]:
    """Every spider the project registers, by name (what `scrapy list` prints)."""
    loader = SpiderLoader.from_settings(project_settings())
    return {name: loader.load(name) for name in loader.list()}


def dedicated_spider_names() -> list[str]:
    """The registered spiders written for one outlet (not the configurable generic ones)."""
    return sorted(name for name in registered_spiders() if name not in GENERIC_SPIDERS)


def fixture_site(name: str) -> FixtureSite | None:
    """The spider's fixture site, or None when it has no pages.toml."""
    folder = DEMO_SITES / name
    return load_site(name, folder) if (folder / PAGES_FILE).is_file() else None


def page_params() -> list[Any]:
    """One test parameter per (spider, article page); a spider without pages gives one failing."""
    params = []
    for name in dedicated_spider_names():
        site = fixture_site(name)
        if site is None or not site.pages:
            params.append(pytest.param(name, None, id=f"{name}:no-pages"))
            continue
        params.extend(pytest.param(name, page, id=f"{name}:{page.path}") for page in site.pages)
    return params


def make_spider(name: str, **kwargs: Any) -> Spider:
    """A registered spider inside a test crawler (settings and stats), with spider arguments."""
    cls = registered_spiders()[name]
    return cls.from_crawler(get_crawler(cls), **kwargs)


def fixture_response(site: FixtureSite, request: Request) -> TextResponse | None:
    """What the fixture folder serves for a request to the real origin (None: nothing)."""
    parts = urlsplit(request.url)
    if f"{parts.scheme}://{parts.netloc}" != site.origin:
        return None
    file = resolve_file(site.folder.resolve(), parts.path or "/")
    if file is None:
        return None
    cls = XmlResponse if file.suffix == ".xml" else HtmlResponse
    return cls(url=request.url, body=file.read_bytes(), request=request)


def article_from(spider: Spider, site: FixtureSite, page: FixturePage) -> list[Any]:
    """What the spider's start dispatcher yields for one article page at its real URL."""
    request = Request(page.url, callback=spider.parse)
    response = fixture_response(site, request)
    assert response is not None, f"{site.folder}: no file serves {page.path}"
    return list(spider.parse(response))


def offline_crawl(spider: Spider, site: FixtureSite) -> tuple[list[str], list[Article]]:
    """Follow the spider from its start URLs through the fixture folder; article URLs requested."""

    async def starts() -> list[Request]:
        return [request async for request in spider.start()]

    queue = asyncio.run(starts())
    seen: set[str] = set()
    article_urls: list[str] = []
    items: list[Article] = []
    while queue and len(seen) < OFFLINE_REQUEST_LIMIT:
        request = queue.pop(0)
        if request.url in seen and not request.dont_filter:
            continue
        seen.add(request.url)
        if request.callback == spider.parse_article:
            article_urls.append(request.url)
            continue
        response = fixture_response(site, request)
        if response is None:
            continue
        for output in request.callback(response):
            if isinstance(output, Request):
                queue.append(output)
            elif isinstance(output, Article):
                items.append(output)
    return article_urls, items


def check_article(article: Article, page: FixturePage, tz_name: str) -> list[str]:
    """What is wrong with an extracted article, as readable complaints (empty when valid)."""
    problems = []
    if not article.title:
        problems.append("no title")
    elif page.title is not None and article.title != page.title:
        problems.append(f"title {article.title!r}, expected {page.title!r}")
    expected_key = canonical_url(page.canonical or page.url)
    if article_key(article) != expected_key:
        problems.append(f"canonical URL {article_key(article)!r}, expected {expected_key!r}")
    published = article.published_at
    if published is None or published.tzinfo is None or published.utcoffset() is None:
        problems.append(f"published_at {published!r} is not a tz-aware datetime")
    elif isinstance(page.published, datetime) and published != page.published:
        problems.append(f"published_at {published.isoformat()}, expected {page.published}")
    elif isinstance(page.published, date) and not isinstance(page.published, datetime):
        local_day = published.astimezone(ZoneInfo(tz_name)).date()
        if local_day != page.published:
            problems.append(f"published on {local_day} ({tz_name}), expected {page.published}")
    body = article.body or ""
    if len(body) < page.min_body:
        problems.append(f"body has {len(body)} characters, expected at least {page.min_body}")
    if page.body_starts and not body.startswith(page.body_starts):
        problems.append(f"body starts {body[:80]!r}, expected {page.body_starts!r}")
    if page.body_ends and not body.endswith(page.body_ends):
        problems.append(f"body ends {body[-80:]!r}, expected {page.body_ends!r}")
    problems += [f"body contains {phrase!r}" for phrase in page.body_must_not_contain
                 if phrase in body]
    if article.title and body.split("\n\n")[0] == article.title:
        problems.append("body starts with the headline")
    if article.language != page.language:
        problems.append(f"language {article.language!r}, expected {page.language!r}")
    return problems


def report_placeholder(page: FixturePage) -> None:
    """Skip (or, in strict mode, fail) once a placeholder page has passed its checks."""
    message = (
        f"{page.spider}: {page.path} is the placeholder page that `scowatch new-spider` wrote; "
        "save a real article page of the outlet there (docs/adding-a-source.md)"
    )
    if STRICT:
        pytest.fail(message)
    pytest.skip(message)


def test_the_outlets_have_dedicated_spiders() -> None:
    names = dedicated_spider_names()
    assert {"astanatimes", "sectsco", "kazinform", "tass", "xinhua", "timesca"} <= set(names)


@pytest.mark.parametrize(("name", "page"), page_params())
def test_fixture_article_yields_a_valid_article(name: str, page: FixturePage | None) -> None:
    assert page is not None, (
        f"spider {name!r} has no fixture pages: add {DEMO_SITES / name / PAGES_FILE} listing "
        "saved article pages (see docs/adding-a-source.md)"
    )
    site = fixture_site(name)
    assert site is not None
    spider = make_spider(name)
    outputs = article_from(spider, site, page)
    articles = [item for item in outputs if isinstance(item, Article)]
    assert len(outputs) == 1 and len(articles) == 1, (
        f"{page.url}: expected one Article from the start dispatcher, got {outputs!r}"
    )
    problems = check_article(articles[0], page, spider.local_timezone)
    assert not problems, f"{page.url}: " + "; ".join(problems)
    stats = spider.crawler.stats.get_stats()
    assert not stats.get("scowatch/parse_errors"), stats
    assert not [key for key in stats if key.startswith("scowatch/fallback_errors/")], stats
    if page.placeholder:
        report_placeholder(page)


def discoverable_urls(site: FixtureSite) -> list[str]:
    """The article URLs the spider must find from its default start URLs."""
    return sorted(page.url for page in site.pages if page.discoverable)


@pytest.mark.parametrize("name", dedicated_spider_names())
def test_default_start_urls_lead_to_every_fixture_article(name: str) -> None:
    site = fixture_site(name)
    if site is None:
        pytest.fail(f"spider {name!r} has no {PAGES_FILE} (see docs/adding-a-source.md)")
    spider = make_spider(name)
    article_urls, items = offline_crawl(spider, site)
    found = {canonical_url(url) for url in article_urls} | {canonical_url(a.url) for a in items}
    missing = [url for url in discoverable_urls(site) if canonical_url(url) not in found]
    assert not missing, f"{name}: start URLs {spider.start_urls} never lead to {missing}"
    assert len(article_urls) == len(set(article_urls)), "an article was requested twice"


def mirror_url(url: str, origin: str, mirror: str) -> str:
    """A real URL of the outlet moved onto the loopback mirror."""
    return mirror + url.removeprefix(origin) if url.startswith(origin) else url


@pytest.mark.slow
@pytest.mark.parametrize("name", dedicated_spider_names())
def test_crawl_over_loopback_http_yields_each_fixture_article_once(
    name: str, tmp_path: Path
) -> None:
    site = fixture_site(name)
    if site is None:
        pytest.fail(f"spider {name!r} has no {PAGES_FILE} (see docs/adding-a-source.md)")
    cls = registered_spiders()[name]
    defaults = list(getattr(cls, "default_start_urls", ()))
    out, stats_file = tmp_path / "items.jsonl", tmp_path / "stats.json"
    with serve_site(site.folder, site.origin) as served:
        starts = [mirror_url(url, site.origin, served.server_origin) for url in defaults]
        command = [
            sys.executable, "-m", "scrapy", "crawl", name,
            "-a", f"start_urls={','.join(starts)}",
            "-a", f"source={name}_mirror",
            "-O", str(out),
            "-s", "ITEM_PIPELINES={}",
            "-s", "AUTOTHROTTLE_ENABLED=False",
            "-s", "DOWNLOAD_DELAY=0",
            "-s", f"SCOWATCH_STATS_FILE={stats_file}",
        ]  # fmt: skip
        env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "scrapers.settings"}
        done = subprocess.run(
            command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
        )
        mirror = served.server_origin
    assert done.returncode == 0, done.stderr[-3000:]
    items = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    urls = sorted(site.origin + item["url"].removeprefix(mirror) for item in items)
    assert urls == discoverable_urls(site), done.stderr[-3000:]
    for item in items:
        assert item["source"] == f"{name}_mirror"
        assert item["title"] and item["body"]
        assert datetime.fromisoformat(item["published_at"]).tzinfo is not None
    stats = json.loads(stats_file.read_text("utf-8"))
    assert "scowatch/parse_errors" not in stats
    assert stats.get("log_count/ERROR", 0) == 0, done.stderr[-3000:]


def test_pages_toml_errors_are_explained(tmp_path: Path) -> None:
    (tmp_path / PAGES_FILE).write_text('origin = "https://x.test"\n[[articles]]\npath = "/a"\n')
    with pytest.raises(ValueError, match="needs path and language"):
        load_site("x", tmp_path)
    (tmp_path / PAGES_FILE).write_text('origin = "x.test"\n')
    with pytest.raises(ValueError, match="origin must be"):
        load_site("x", tmp_path)


def test_a_broken_extraction_is_reported_field_by_field() -> None:
    page = FixturePage(
        spider="x", origin="https://x.test", path="/a/", language="en", title="Right",
        published=date(2025, 1, 2), body_starts="Once", min_body=10,
    )  # fmt: skip
    wrong = Article(
        url="https://x.test/a/", source="x", title="Wrong", body="Twice upon a time",
        published_at=datetime(2025, 1, 1, 23, 0), language="ru",
        page_canonical_url="https://x.test/b/",
    )  # fmt: skip
    problems = " | ".join(check_article(wrong, page, "UTC"))
    for expected in ("title 'Wrong'", "canonical URL", "not a tz-aware", "body starts",
                     "language 'ru'"):
        assert expected in problems


def test_every_source_of_the_committed_config_names_a_registered_spider() -> None:
    data = tomllib.loads((ROOT / "scowatch.toml").read_text("utf-8"))
    spiders = registered_spiders()
    sources = data.get("sources", [])
    unknown = [s["name"] for s in sources if s.get("spider", s["name"]) not in spiders]
    assert not unknown, f"sources whose spider `scrapy list` does not show: {unknown}"
