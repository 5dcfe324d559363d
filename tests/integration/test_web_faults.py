"""Web faults end to end: sources served by a misbehaving loopback server (5xx, 429, hangs, resets,
truncated and 10 MB bodies, lying charsets, redirect loops, redirects and links off the site,
robots.txt, an HTML page for a feed) are crawled by `scowatch crawl` (pipeline.cli.crawl_sources,
one `scrapy crawl` subprocess per source) beside healthy ones. Each fault must be survived, show in
the source's health (its CrawlResult, its crawl_runs row, `scowatch sources`), cost nothing already
stored, and leave the other sources' crawls whole. docs/reliability.md tabulates what they show."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from faults_support import Fault, FaultySite, redirect
from scrapy import Request
from scrapy.http import HtmlResponse
from sqlalchemy import select

from pipeline.cli import crawl_sources
from pipeline.cli import main as scowatch
from pipeline.config import Settings, Source, load_settings
from pipeline.db import Database
from pipeline.fixture_server import ServedSite, demo_site_path
from pipeline.models import ArticleRow, CrawlRun
from pipeline.text import clean_whitespace
from scrapers.middlewares import PageEncodingMiddleware, SiteBoundMiddleware, pinned_ports
from scrapers.spiders.feed import FeedSpider

ROOT = Path(__file__).resolve().parents[2]
ASTANA = demo_site_path("astanatimes")
ASTANA_ORIGIN = "https://astanatimes.com"
REAL_PAGES = ROOT / "tests" / "fixtures" / "real-pages"
MARK = ("<!-- Fixture written by the scowatch developers, modelled on 24.kg's RSS feed; "
        "not a real page -->")
# Each crawl here may wait for timeouts; the whole crawl must still end well within this.
CRAWL_TIMEOUT = 120
# Fast failure, through settings a user has too: a 4-second download timeout for the faulty
# sources ([[sources]] download_timeout) and retries 0.2 s apart for all ([crawl] retry_backoff;
# a Retry-After is still honoured). tests/integration/test_crawls_end.py runs the shipped ones.
FAST_FAILURE = ("-s", "DOWNLOAD_TIMEOUT=4", "-s", "SCOWATCH_RETRY_BACKOFF=0.2")
FAST_TIMEOUT = 4
HANG_SECONDS = 6


def article(path: str) -> str:
    """The path of an article of the Astana Times fixture, checked to exist."""
    assert (ASTANA / path.strip("/") / "index.html").is_file(), path
    return path


ASTANA_ARTICLES = sorted("/" + p.parent.relative_to(ASTANA).as_posix() + "/"
                         for p in ASTANA.glob("[0-9]*/*/*/index.html"))


# --- the misbehaving server -----------------------------------------------------------------

# --- pages in other encodings ------------------------------------------------------------------

@dataclass(frozen=True)
class CharsetCase:
    """A page re-encoded and served with a (possibly wrong, possibly missing) charset."""

    path: str
    source_file: Path
    encoding: str
    declaration: tuple[str, str]  # (the page's <meta> as written, what it becomes)
    content_type: str
    mislabelled: bool  # the HTTP charset is wrong: Scrapy alone would decode it wrongly

    def utf8(self) -> str:
        """The page as it is in UTF-8 (GB2312 lacks the em dash: written as two hyphens)."""
        text = self.source_file.read_text("utf-8")
        return text.replace("—", "--") if self.encoding == "gb2312" else text

    def body(self) -> bytes:
        """The page re-encoded, its charset declaration rewritten."""
        old, new = self.declaration
        text = self.utf8()
        assert old in text, (self.source_file, old)
        # Characters the charset lacks (Kazakh letters in Windows-1251) as HTML references.
        return text.replace(old, new).encode(self.encoding, errors="xmlcharrefreplace")


KG24 = demo_site_path("kg24")
KG24_ARTICLES = sorted(KG24.glob("*/*/index.html"))
KAZINFORM_RU = REAL_PAGES / "htmldate_1784458132.html"  # real, Russian
XINHUA_ZH = REAL_PAGES / "trafilatura_xinhuanet.com.c_1125597921.html"  # real, Chinese
META_1251 = ('<meta charset="UTF-8">', '<meta charset="windows-1251">')
META_GB = ("charset=utf-8", "charset=gb2312")
NO_META_GB = ('<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />', "")
CHARSET_CASES = (
    CharsetCase("/ru/declared/", KG24_ARTICLES[0], "cp1251", META_1251, "text/html", False),
    CharsetCase("/ru/http-says-utf8/", KG24_ARTICLES[1], "cp1251", META_1251,
                "text/html; charset=utf-8", True),
    CharsetCase("/ru/http-says-latin1/", KG24_ARTICLES[2], "cp1251", META_1251,
                "text/html; charset=ISO-8859-1", True),
    CharsetCase("/ru/undeclared/", KAZINFORM_RU, "cp1251", ('<meta charset="utf-8">', ""),
                "text/html", False),
    CharsetCase("/zh/declared/", XINHUA_ZH, "gb2312", META_GB, "text/html", False),
    CharsetCase("/zh/http-says-latin1/", XINHUA_ZH, "gb2312", META_GB,
                "text/html; charset=iso-8859-1", True),
    CharsetCase("/zh/http-says-utf8/", XINHUA_ZH, "gb2312", META_GB,
                "text/html; charset=utf-8", True),
    CharsetCase("/zh/undeclared/", XINHUA_ZH, "gb2312", NO_META_GB, "text/html", False),
)


def charset_site(folder: Path) -> ServedSite:
    """A started site whose feed (itself Windows-1251, served as UTF-8) lists CHARSET_CASES."""
    folder.mkdir(parents=True, exist_ok=True)
    site = ServedSite(folder, "https://24.kg").start()
    items = "".join(
        f"<item><title>Статья {i}</title><link>{site.url(case.path)}</link>"
        f"<description>Новость номер {i}</description>"
        f"<pubDate>Mon, 01 Sep 2025 1{i}:00:00 +0600</pubDate></item>"
        for i, case in enumerate(CHARSET_CASES))
    feed = (f'<?xml version="1.0" encoding="windows-1251"?>\n{MARK}\n<rss version="2.0"><channel>'
            f"<title>Новости</title><link>{site.base_url}</link><description>Новости</description>"
            f"{items}</channel></rss>")
    site.overrides["/rss/"] = (200, {"Content-Type": "text/xml; charset=utf-8"},
                               feed.encode("cp1251"))
    for case in CHARSET_CASES:
        site.overrides[case.path] = (200, {"Content-Type": case.content_type}, case.body())
    return site


def expected_article(case: CharsetCase, url: str) -> tuple[str | None, str | None]:
    """Title and body the feed spider takes from the page as served in UTF-8."""
    response = HtmlResponse(url=url, body=case.utf8().encode("utf-8"), encoding="utf-8",
                            request=Request(url))
    (item,) = FeedSpider().parse_entry(response)
    return clean_whitespace(item.title), clean_whitespace(item.body)  # as pipeline.store does


# --- crawling ----------------------------------------------------------------------------------

def write_config(tmp: Path, sources: list[Source], fast: set[str] | frozenset[str] = frozenset(),
                 **crawl: Any) -> Settings:
    """A scowatch.toml under `tmp` for these sources (the crawl subprocesses read it too); the
    sources named in `fast` get FAST_TIMEOUT as their download_timeout."""
    options = {"autothrottle": False, "download_delay": 0, "max_pages": 5, "retry_backoff": 0.2,
               "timeout_seconds": CRAWL_TIMEOUT, "parallel": max(1, len(sources)), **crawl}
    lines = ["[crawl]", *(f"{k} = {json.dumps(v)}" for k, v in options.items())]
    for source in sources:
        lines += ["", "[[sources]]", f"name = {json.dumps(source.name)}",
                  f"spider = {json.dumps(source.spider)}",
                  f"start_urls = {json.dumps(list(source.start_urls))}"]
        if source.allowed_domains:
            lines.append(f"allowed_domains = {json.dumps(list(source.allowed_domains))}")
        if source.name in fast:
            lines.append(f"download_timeout = {FAST_TIMEOUT}")
    path = tmp / "scowatch.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return load_settings(path, env={})


def crawl_all(settings: Settings) -> tuple[bool, float]:
    """`scowatch crawl` of every configured source at once; (all ok, seconds)."""
    db = Database(settings.database_url)
    db.ensure_schema()
    started = time.monotonic()
    try:
        ok = crawl_sources(settings, [s.name for s in settings.sources], db)
    finally:
        db.dispose()
    return ok, time.monotonic() - started


def last_runs(settings: Settings) -> dict[str, CrawlRun]:
    """Each source's latest crawl_runs row."""
    db = Database(settings.database_url)
    try:
        with db.session() as session:
            rows = list(session.scalars(select(CrawlRun).order_by(CrawlRun.id)))
            session.expunge_all()
    finally:
        db.dispose()
    return {row.source: row for row in rows}


def stored(settings: Settings, source: str) -> dict[str, ArticleRow]:
    """URL path → stored article, for one source."""
    db = Database(settings.database_url)
    try:
        with db.session() as session:
            rows = list(session.scalars(select(ArticleRow).where(ArticleRow.source == source)))
            session.expunge_all()
    finally:
        db.dispose()
    return {urlsplit(row.url).path: row for row in rows}


def health_lines(settings: Settings, capsys: pytest.CaptureFixture[str]) -> str:
    """What `scowatch sources` prints."""
    capsys.readouterr()
    assert scowatch(["sources", "--config", str(settings.config_path)]) == 0
    return capsys.readouterr().out


# --- the tests ---------------------------------------------------------------------------------

P_500 = article("/2024/10/kazakh-farmers-complete-grain-harvest-ahead-of-schedule/")
P_429 = article("/2024/09/astana-opera-opens-new-season-with-abai/")
P_HANG = article("/2024/09/air-astana-to-launch-direct-flights-between-astana-and-seoul/")
P_RESET = article(
    "/2024/07/sco-summit-in-astana-adopts-astana-declaration-welcomes-belarus-as-full-member-2/")
P_TRUNCATED = article(
    "/2024/07/sco-summit-in-astana-adopts-astana-declaration-welcomes-belarus-as-full-member/")
P_HUGE = article("/2024/07/kazakhstan-china-sign-agreements-on-eve-of-sco-summit/")
P_HUGE_UNSIZED = article("/2024/06/tokayev-signs-law-on-mass-media/")
P_LOOP = article("/2024/05/sco-foreign-ministers-meet-in-astana-to-prepare-july-summit/")
P_OFF_HOST = article("/2024/04/sco-defence-ministers-discuss-regional-security-in-astana/")
P_OFF_PORT = article("/2023/11/kazakhstan-launches-trans-caspian-container-service/")
FAULTY = {P_500, P_HANG, P_RESET, P_TRUNCATED, P_HUGE, P_HUGE_UNSIZED, P_LOOP, P_OFF_HOST,
          P_OFF_PORT}
TEN_MB = 10 * 1024 * 1024


def faulty_astana(other: ServedSite) -> FaultySite:
    """The Astana Times fixture with a fault on nine of its twelve articles, its feed redirected
    to a host outside loopback, its SCO tag page to `other` (the same host, another port), and
    links to both on its listing page."""
    site = FaultySite(ASTANA, ASTANA_ORIGIN)
    site.faults.update({
        P_429: Fault("flaky", status=429, headers=(("Retry-After", "1"),)),
        P_HANG: Fault("hang", seconds=HANG_SECONDS),
        P_RESET: Fault("reset"),
        P_TRUNCATED: Fault("truncate"),
        P_HUGE: Fault("huge", size=TEN_MB),
        P_HUGE_UNSIZED: Fault("huge_unsized", size=TEN_MB),
    })
    listing = (ASTANA / "all" / "index.html").read_text("utf-8")  # its links are relative
    main = '<main id="main" class="site-main">'
    assert main in listing
    lure = (f'{main}<a href="http://evil.example/2024/08/lure/">x</a>'
            f'<a href="{other.url("/2024/08/lure/")}">y</a>')
    site.overrides.update({
        "/all/": (200, {}, listing.replace(main, lure)),
        P_500: (500, {}, b"<h1>Internal Server Error</h1>"),
        P_LOOP: redirect("/loop/"),
        "/loop/": redirect(P_LOOP),
        P_OFF_HOST: redirect("http://evil.example" + P_OFF_HOST),
        P_OFF_PORT: redirect(other.url(P_OFF_PORT), 301),
        "/feed/": redirect("http://evil.example/feed/", 301),
        "/tag/sco/": redirect(other.url("/tag/sco/")),
    })
    return site


@pytest.mark.slow
def test_faults_are_survived_and_counted_and_other_sources_carry_on(
        tmp_path: Path, served: Callable[[ServedSite], ServedSite],
        capsys: pytest.CaptureFixture[str]) -> None:
    other = served(ServedSite(ASTANA, ASTANA_ORIGIN))  # the same host, another port
    faulty = served(faulty_astana(other))
    healthy = served(ServedSite(ASTANA, ASTANA_ORIGIN))
    charsets = served(charset_site(tmp_path / "charsets"))
    settings = write_config(tmp_path, [
        Source("faulty", "astanatimes",
               tuple(faulty.url(p) for p in ("/feed/", "/tag/sco/", "/all/"))),
        Source("healthy", "astanatimes", (healthy.url("/feed/"), healthy.url("/all/"))),
        Source("charsets", "feed", (charsets.url("/rss/"),)),
    ], fast={"faulty"})

    all_ok, seconds = crawl_all(settings)

    assert seconds < CRAWL_TIMEOUT  # every crawl process ended by itself
    runs = last_runs(settings)
    assert {name: run.status for name, run in runs.items()} == {
        "faulty": "ok", "healthy": "ok", "charsets": "ok"}
    assert all_ok

    # The healthy source: every article, nothing counted against it.
    assert sorted(stored(settings, "healthy")) == ASTANA_ARTICLES
    assert runs["healthy"].errors == 0 and runs["healthy"].error_kinds == {}

    # The faulty source: the three sound articles (one after a 429), none of the nine faults.
    kept = stored(settings, "faulty")
    assert sorted(kept) == sorted(set(ASTANA_ARTICLES) - FAULTY)
    assert P_429 in kept and faulty.faulted[P_429] == 1  # retried after Retry-After
    assert max(len(row.body or "") for row in kept.values()) < 100_000
    kinds = runs["faulty"].error_kinds
    # the first answer and two retries: three requests; on a loaded machine one of them may be
    # counted as a timeout instead (the three sources share one process)
    assert faulty.hits[P_500] == 3 and 1 <= kinds["http_500"] <= 3
    assert kinds["http_429"] == 1
    # three tries of the hanging page (a sound page may time out too on a loaded machine)
    assert faulty.faulted[P_HANG] == 3 and kinds["DownloadTimeoutError"] >= 3
    assert kinds["ResponseDataLossError"] == 6  # the reset and the truncated page, 3 tries each
    assert kinds["DownloadCancelledError"] == 2  # both 10 MB pages, with and without a length
    assert kinds["redirect_loop"] == 1
    assert kinds["offsite_redirect"] == 4  # feed and article to evil.example, tag and article
    assert runs["faulty"].errors == sum(kinds.values())
    assert not any("DNS" in kind or "Resolve" in kind for kind in kinds)  # evil.example: untried
    assert other.hits == Counter()  # the other port: not a single request, not even robots.txt
    assert faulty.hits["/loop/"] == 1 and faulty.hits[P_LOOP] == 1

    # Pages in Windows-1251 and GB2312, with missing or lying charsets: stored as the UTF-8 page
    # gives them, no replacement character, no mojibake; the corrected ones are reported.
    texts = stored(settings, "charsets")
    assert sorted(texts) == sorted(case.path for case in CHARSET_CASES)
    for case in CHARSET_CASES:
        row = texts[case.path]
        assert (row.title, row.body) == expected_article(case, row.url), case.path
        assert "\ufffd" not in (row.title or "") + (row.body or "")
    assert runs["charsets"].error_kinds == {
        "charset_corrected": sum(case.mislabelled for case in CHARSET_CASES)}
    assert runs["charsets"].errors == 0  # a corrected charset is a notice, not an error

    out = health_lines(settings, capsys)
    faulty_line = out.split("faulty  [")[1].splitlines()[1]
    assert " ok " in faulty_line and f"{runs['faulty'].errors} errors" in faulty_line


@pytest.mark.slow
def test_dead_sources_fail_with_a_reason_and_the_healthy_one_carries_on(
        tmp_path: Path, served: Callable[[ServedSite], ServedSite],
        capsys: pytest.CaptureFixture[str], refused_port: int) -> None:
    closed_port = refused_port  # a port nobody listens on (it once went to a site started below)
    forbidding = served(ServedSite(ASTANA, ASTANA_ORIGIN))
    forbidding.overrides["/robots.txt"] = (200, {"Content-Type": "text/plain"},
                                           b"User-agent: *\nDisallow: /20\n")
    page_for_feed = served(ServedSite(ASTANA, ASTANA_ORIGIN))
    page_for_feed.overrides["/feed/"] = (
        200, {}, (ASTANA / P_429.strip("/") / "index.html").read_bytes())
    erring = served(ServedSite(ASTANA, ASTANA_ORIGIN))
    erring.overrides["/feed/"] = (500, {}, b"<h1>Internal Server Error</h1>")
    healthy = served(ServedSite(ASTANA, ASTANA_ORIGIN))
    settings = write_config(tmp_path, [
        Source("down", "feed", (f"http://127.0.0.1:{closed_port}/feed/",)),
        Source("forbidden", "astanatimes", (forbidding.url("/feed/"), forbidding.url("/all/"))),
        Source("html_feed", "feed", (page_for_feed.url("/feed/"),)),
        Source("erring", "feed", (erring.url("/feed/"),)),
        Source("healthy", "astanatimes", (healthy.url("/feed/"), healthy.url("/all/"))),
    ], fast={"down", "forbidden", "html_feed", "erring"})

    all_ok, seconds = crawl_all(settings)

    assert not all_ok and seconds < CRAWL_TIMEOUT
    runs = last_runs(settings)
    assert {name: run.status for name, run in runs.items()} == {
        "down": "failed", "forbidden": "failed", "html_feed": "failed", "erring": "failed",
        "healthy": "ok"}
    assert sorted(stored(settings, "healthy")) == ASTANA_ARTICLES
    for name in ("down", "forbidden", "html_feed", "erring"):
        assert stored(settings, name) == {}
    # robots.txt and the feed, three tries each
    assert runs["down"].error_kinds == {"DownloadConnectionRefusedError": 6}
    assert "no page could be fetched (DownloadConnectionRefusedError)" in (
        runs["down"].message or "")
    assert runs["forbidden"].error_kinds == {"robots_forbidden": len(ASTANA_ARTICLES)}
    assert not any(path.startswith("/20") for path in forbidding.hits)  # not one article asked
    assert "robots_forbidden" in (runs["forbidden"].message or "")
    assert runs["html_feed"].error_kinds == {"feed_error": 1}
    assert runs["erring"].error_kinds == {"http_500": 3}

    out = health_lines(settings, capsys)
    for name in ("down", "forbidden", "html_feed", "erring"):
        line = out.split(f"{name}  [")[1].splitlines()[1]
        assert "failed" in line and runs[name].message and runs[name].message in line


@pytest.mark.slow
def test_refetching_stored_articles_through_faults_loses_and_repeats_nothing(
        tmp_path: Path, served: Callable[[ServedSite], ServedSite]) -> None:
    site = served(FaultySite(ASTANA, ASTANA_ORIGIN))
    assert isinstance(site, FaultySite)
    # recheck_hours = 0: every stored article is due for a re-fetch at once
    settings = write_config(tmp_path, [
        Source("astanatimes", "astanatimes", (site.url("/feed/"), site.url("/all/")))],
        fast={"astanatimes"}, recheck_hours=0)
    crawl_all(settings)
    before = {path: (row.id, row.title, row.body, row.version, row.body_hash)
              for path, row in stored(settings, "astanatimes").items()}
    assert sorted(before) == ASTANA_ARTICLES

    # The same pages, now failing in every way, or served as Latin-1 (their ’ and – would turn
    # into mojibake, a "changed" version), or redirected away.
    site.faults.update({P_RESET: Fault("reset"), P_TRUNCATED: Fault("truncate"),
                        P_HUGE: Fault("huge", size=TEN_MB),
                        P_HANG: Fault("hang", seconds=HANG_SECONDS)})
    site.overrides.update({
        P_500: (500, {}, b"<h1>Internal Server Error</h1>"),
        P_OFF_HOST: redirect("http://evil.example" + P_OFF_HOST),
        "/feed/": (503, {"Retry-After": "3600"}, b"<h1>Maintenance</h1>"),
    })
    for path in (P_429, P_LOOP, P_HUGE_UNSIZED):
        page = (ASTANA / path.strip("/") / "index.html").read_bytes()
        assert "’".encode() in page or "–".encode() in page
        page = page.replace(ASTANA_ORIGIN.encode(), site.server_origin.encode())
        site.overrides[path] = (200, {"Content-Type": "text/html; charset=ISO-8859-1"}, page)
    hits_before = Counter(site.hits)
    crawl_all(settings)

    after = {path: (row.id, row.title, row.body, row.version, row.body_hash)
             for path, row in stored(settings, "astanatimes").items()}
    assert after == before  # nothing lost, nothing changed, no second row
    refetched = {p for p in ASTANA_ARTICLES if site.hits[p] > hits_before[p]}
    assert refetched == set(ASTANA_ARTICLES)  # they were all asked for again
    run = last_runs(settings)["astanatimes"]
    assert run.new_articles == 0
    assert {"http_500", "ResponseDataLossError", "DownloadCancelledError", "DownloadTimeoutError",
            "offsite_redirect", "http_503", "charset_corrected"} <= set(run.error_kinds)


def scrapy_crawl(spider: str, start_urls: list[str], tmp_path: Path,
                 *extra: str) -> tuple[subprocess.CompletedProcess[str], list[dict[str, Any]],
                                       dict[str, Any]]:
    """`scrapy crawl` with storage off; the process, its items and its stats."""
    out, stats_file = tmp_path / f"{spider}.jsonl", tmp_path / f"{spider}-stats.json"
    command = [sys.executable, "-m", "scrapy", "crawl", spider, "-a", "source=offsite",
               "-a", f"start_urls={','.join(start_urls)}", "-O", str(out),
               "-s", "ITEM_PIPELINES={}", "-s", "AUTOTHROTTLE_ENABLED=False",
               "-s", "DOWNLOAD_DELAY=0", "-s", f"SCOWATCH_STATS_FILE={stats_file}",
               *FAST_FAILURE, *extra]
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "scrapers.settings"}
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=CRAWL_TIMEOUT)
    items = ([json.loads(line) for line in out.read_text("utf-8").splitlines()]
             if out.exists() else [])
    stats = json.loads(stats_file.read_text("utf-8")) if stats_file.exists() else {}
    return done, items, stats


@pytest.mark.slow
def test_feed_spider_never_leaves_its_site(
        tmp_path: Path, served: Callable[[ServedSite], ServedSite]) -> None:
    other = served(ServedSite(ASTANA, ASTANA_ORIGIN))  # the same host, another port
    site = served(ServedSite(ASTANA, ASTANA_ORIGIN))
    evil = "http://evil.example"
    feed = (ASTANA / "feed" / "index.xml").read_text("utf-8")
    listed = set(re.findall(r"<link>https://astanatimes\.com(/\d{4}/[^<]+)</link>", feed))
    assert {P_500, P_LOOP, P_HUGE_UNSIZED} <= listed
    lures = "".join(f"<item><title>Lure</title><link>{url}</link></item>"
                    for url in (other.url("/2024/08/lure/"), evil + "/2024/08/lure/"))
    site.overrides.update({
        "/feed/": (200, {"Content-Type": "application/rss+xml"},
                   feed.replace(ASTANA_ORIGIN, site.server_origin)
                   .replace("</channel>", lures + "</channel>")),
        # start URLs (dont_filter, which Scrapy's own offsite check lets through)
        "/old-feed/": redirect(other.url("/feed/"), 301),
        "/gone-feed/": redirect(evil + "/feed/", 308),
        # articles: a redirect to each, and a <meta> refresh
        P_LOOP: redirect(evil + P_LOOP),
        P_HUGE_UNSIZED: redirect(other.url(P_HUGE_UNSIZED)),
        P_500: (200, {}, f'<html><head><meta http-equiv="refresh" content="0; url={evil}/x/">'
                         "</head><body></body></html>"),
    })
    done, items, stats = scrapy_crawl(
        "feed", [site.url("/feed/"), site.url("/old-feed/"), site.url("/gone-feed/")], tmp_path)

    assert done.returncode == 0, done.stderr[-3000:]
    assert other.hits == Counter()  # not a single request, not even robots.txt
    assert not any("Resolve" in key or "DNS" in key for key in stats), stats  # evil: untried
    assert stats["scowatch/offsite_redirects"] == 5  # two start URLs, three articles
    assert stats["offsite/filtered"] == 2 + 5  # the two lures in the feed, the five redirects
    assert {urlsplit(item["url"]).path for item in items} == listed - {P_500, P_LOOP,
                                                                       P_HUGE_UNSIZED}
    assert all(item["url"].startswith(site.server_origin) for item in items)


# --- the middlewares on their own (no subprocess) ------------------------------------------------


def test_ports_are_pinned_only_where_the_start_urls_write_one() -> None:
    assert pinned_ports(["http://127.0.0.1:8123/feed/", "https://astanatimes.com/all/"]) == {
        "127.0.0.1": {8123}}
    assert pinned_ports(["https://example.org:443/", "http://example.org/"]) == {}
    assert pinned_ports(["http://[::1]:9000/", "http://bad:99999/"]) == {"::1": {9000}}


class _Stats(Counter[str]):
    def inc_value(self, key: str, count: int = 1) -> None:
        self[key] += count


class _Crawler:
    """Just enough of a Crawler for the middlewares."""

    def __init__(self, spider: Any) -> None:
        self.spider, self.stats = spider, _Stats()


def site_bound(start_urls: list[str], domains: list[str]) -> tuple[SiteBoundMiddleware, _Stats]:
    spider = FeedSpider(start_urls=start_urls, allowed_domains=domains)
    crawler = _Crawler(spider)
    middleware = SiteBoundMiddleware(crawler.stats, max_redirects=5)
    middleware.crawler = crawler  # type: ignore[assignment]
    middleware.spider_opened(spider)
    return middleware, crawler.stats


def refused(middleware: SiteBoundMiddleware, request: Request) -> bool:
    from scrapy.exceptions import IgnoreRequest

    try:
        middleware.process_request(request)
    except IgnoreRequest:
        return True
    return False


def test_redirects_are_held_to_the_site_whatever_their_marks() -> None:
    mw, stats = site_bound(["http://127.0.0.1:8123/feed/"], ["127.0.0.1"])
    start = "http://127.0.0.1:8123/feed/"
    chain = {"redirect_urls": [start]}
    # a start URL (dont_filter) is not checked, as in Scrapy; its redirect is
    assert not refused(mw, Request(start, dont_filter=True))
    assert refused(mw, Request("http://evil.example/feed/", dont_filter=True, meta=chain))
    assert refused(mw, Request("http://127.0.0.1:8124/feed/", dont_filter=True, meta=chain))
    assert refused(mw, Request("http://127.0.0.1:8124/a/"))  # a link to another port
    assert not refused(mw, Request("http://127.0.0.1:8123/a/", meta=chain))
    assert refused(mw, Request(start, meta={"redirect_urls": [start, "http://127.0.0.1:8123/b"]}))
    long_chain = [f"http://127.0.0.1:8123/{step}" for step in "abcde"]
    assert refused(mw, Request("http://127.0.0.1:8123/f/", meta={"redirect_urls": long_chain}))
    assert stats == Counter({"offsite/filtered": 3, "offsite/domains": 1,
                             "scowatch/offsite_redirects": 2, "scowatch/redirect_loops": 1,
                             "scowatch/redirect_limit": 1})


def test_page_encoding_middleware_corrects_only_a_lying_charset() -> None:
    spider = FeedSpider()
    crawler = _Crawler(spider)
    middleware = PageEncodingMiddleware(crawler)  # type: ignore[arg-type]
    for case in CHARSET_CASES:
        url = "http://127.0.0.1:1" + case.path
        response = HtmlResponse(url=url, body=case.body(), request=Request(url),
                                headers={"Content-Type": case.content_type})
        fixed = middleware.process_response(Request(url), response)
        assert (fixed is not response) == case.mislabelled, case.path
        assert isinstance(fixed, HtmlResponse)
        assert fixed.text == case.body().decode(case.encoding), case.path
    assert crawler.stats["scowatch/charset_corrected"] == sum(c.mislabelled for c in CHARSET_CASES)


@pytest.mark.parametrize("label", ["idna", "undefined"])
def test_a_charset_label_no_page_decodes_by_is_replaced_even_on_ascii(label: str) -> None:
    url = "http://127.0.0.1:1/page/"
    response = HtmlResponse(url=url, body=b"<html><title>SCO</title><p>Astana</p></html>",
                            request=Request(url),
                            headers={"Content-Type": f"text/html; charset={label}"})
    with pytest.raises((UnicodeError, LookupError)):
        _ = response.text  # what a spider would meet without the middleware
    crawler = _Crawler(FeedSpider())
    fixed = PageEncodingMiddleware(crawler).process_response(  # type: ignore[arg-type]
        Request(url), response)
    assert isinstance(fixed, HtmlResponse) and "Astana" in fixed.text
