"""Conformance of the sources configured for the generic spiders: each `feed` / `sitemap` source in
the committed `scowatch.toml` is crawled (a `scrapy crawl` subprocess) against its fixture copy on
loopback, and every fixture article must come out as a valid Article. Also end to end: the
prefilter, and retries that honour 429 / Retry-After."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from collections import defaultdict
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from pipeline.config import GENERIC_SPIDERS, Source, load_settings
from pipeline.fixture_server import ServedSite, demo_site_path, serve_site
from pipeline.urls import canonical_url

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / "scowatch.toml"
MIN_BODY_CHARS = 400  # a real article, not a teaser or a caption
GENERIC_SOURCES = [s for s in load_settings(CONFIG, env={}).sources if s.spider in GENERIC_SPIDERS]


def origin_of(url: str) -> str:
    """scheme://host of a URL."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def mirror_urls(source: Source, site: ServedSite) -> list[str]:
    """The source's start URLs moved onto the fixture server."""
    return [site.url(urlsplit(u).path + (f"?{urlsplit(u).query}" if urlsplit(u).query else ""))
            for u in source.start_urls]


def article_paths(folder: Path) -> list[str]:
    """URL paths of the fixture's article pages (every HTML page of a generic-source fixture)."""
    paths = []
    for page in folder.rglob("index.html"):
        rel = page.parent.relative_to(folder).as_posix()
        text = page.read_text("utf-8")
        canonical = re.search(r'<link rel="canonical" href="https?://[^/]+([^"]*)"', text)
        paths.append(canonical.group(1) if canonical else "/" + rel + "/")
    return sorted(paths)


def declared_language(folder: Path, path: str) -> str:
    """The primary language subtag of a fixture page's <html lang>."""
    file = folder / path.strip("/") / "index.html"
    match = re.search(r'<html[^>]*\slang="([a-zA-Z]+)', file.read_text("utf-8"))
    assert match, f"{file} declares no language"
    return match.group(1).lower()


def crawl(spider: str, source: str, start_urls: list[str], tmp_path: Path,
          *extra: str) -> tuple[subprocess.CompletedProcess[str], list[dict[str, Any]],
                                dict[str, Any]]:
    """Run `scrapy crawl` with storage off; return the process, the items and the stats."""
    out, stats_file = tmp_path / f"{source}.jsonl", tmp_path / f"{source}-stats.json"
    command = [
        sys.executable, "-m", "scrapy", "crawl", spider,
        "-a", f"source={source}", "-a", f"start_urls={','.join(start_urls)}",
        "-O", str(out),
        "-s", f"SCOWATCH_CONFIG={CONFIG}", "-s", "ITEM_PIPELINES={}",
        "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0",
        "-s", f"SCOWATCH_STATS_FILE={stats_file}", *extra,
    ]  # fmt: skip
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "scrapers.settings"}
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
    items = ([json.loads(line) for line in out.read_text("utf-8").splitlines()]
             if out.exists() else [])
    stats = json.loads(stats_file.read_text("utf-8")) if stats_file.exists() else {}
    return done, items, stats


def test_at_least_six_generic_sources_from_member_states_are_configured() -> None:
    assert len(GENERIC_SOURCES) >= 6
    assert {s.spider for s in GENERIC_SOURCES} == {"feed", "sitemap"}


@pytest.mark.slow
@pytest.mark.parametrize("source", GENERIC_SOURCES, ids=lambda s: s.name)
def test_configured_source_yields_a_valid_article_per_fixture_page(
        source: Source, tmp_path: Path) -> None:
    folder = demo_site_path(source.name)
    assert folder.is_dir(), f"configured source {source.name} has no fixture under {folder}"
    expected = article_paths(folder)
    assert 3 <= len(expected) <= 5
    with serve_site(folder, origin_of(source.start_urls[0])) as site:
        done, items, stats = crawl(source.spider, source.name, mirror_urls(source, site),
                                   tmp_path, "-a", "prefilter=false")
        origin, hits = site.server_origin, dict(site.hits)
    assert done.returncode == 0, done.stderr[-3000:]
    paths = sorted(urlsplit(item["url"]).path for item in items)
    assert paths == expected  # every fixture article, each once
    assert all(hits[p] == 1 for p in expected)
    for item in items:
        where = item["url"]
        assert item["source"] == source.name
        assert item["title"] and len(item["title"]) > 10, where
        assert item["page_canonical_url"] and canonical_url(item["page_canonical_url"]) == (
            canonical_url(item["url"])), where
        assert item["url"].startswith(origin)
        published = datetime.fromisoformat(item["published_at"])
        assert published.tzinfo is not None and published.utcoffset() is not None, where
        assert 2000 < published.year <= datetime.now().year, where
        assert item["body"] and len(item["body"]) >= MIN_BODY_CHARS, where
        assert item["language"] == declared_language(folder, urlsplit(item["url"]).path), where
        for selected in source.selectors:  # a configured selector must be what filled its field
            assert item["provenance"].get(selected) == "selector", (where, selected)
    assert stats["scowatch/articles"] == len(expected)
    assert stats.get("scowatch/parse_errors", 0) == 0
    assert stats.get("log_count/ERROR", 0) == 0


@pytest.mark.slow
def test_prefilter_fetches_only_teasers_that_name_the_sco(tmp_path: Path) -> None:
    source = next(s for s in GENERIC_SOURCES if s.name == "dawn")
    assert source.prefilter  # configured on; the crawl takes it from scowatch.toml
    with serve_site(demo_site_path("dawn"), origin_of(source.start_urls[0])) as site:
        done, items, stats = crawl("feed", "dawn", mirror_urls(source, site), tmp_path)
        hits = dict(site.hits)
    assert done.returncode == 0, done.stderr[-3000:]
    assert sorted(urlsplit(i["url"]).path.split("/")[2] for i in items) == ["1865032", "1865604"]
    assert not any("karachi-port" in path or "pcb-names" in path for path in hits)
    assert stats["scowatch/prefilter/skipped"] == 2
    assert stats["scowatch/prefilter/passed"] == 2


class FlakySite(ServedSite):
    """The fixture server, answering some paths first with an error status and headers."""

    def __init__(self, folder: Path, origin: str, failures: dict[str, tuple[int, dict[str, str]]]
                 ) -> None:
        super().__init__(folder, origin)
        self.failures = failures
        self.times: dict[str, list[float]] = defaultdict(list)

    def respond(self, raw_path: str) -> tuple[int, dict[str, str], bytes]:
        path = urlsplit(raw_path).path
        self.times[path].append(time.monotonic())
        if path in self.failures and len(self.times[path]) == 1:
            status, headers = self.failures[path]
            self.hits[path] += 1
            return status, {"Content-Type": "text/html", **headers}, b"<h1>busy</h1>"
        return super().respond(raw_path)


@pytest.mark.slow
def test_retries_wait_for_retry_after_and_back_off(tmp_path: Path) -> None:
    source = next(s for s in GENERIC_SOURCES if s.name == "tehrantimes")
    folder = demo_site_path("tehrantimes")
    waited, backed_off, refused = (f"/{p.strip('/')}" for p in article_paths(folder)[:3])
    site = FlakySite(folder, origin_of(source.start_urls[0]), {
        waited: (429, {"Retry-After": "2"}),
        backed_off: (503, {}),
        refused: (429, {"Retry-After": "3600"}),
    })
    with site:
        done, items, stats = crawl("feed", "tehrantimes", mirror_urls(source, site), tmp_path,
                                   "-a", "prefilter=false", "-s", "SCOWATCH_RETRY_BACKOFF=0.5")
    assert done.returncode == 0, done.stderr[-3000:]
    fetched = {urlsplit(i["url"]).path for i in items}
    assert waited in fetched and backed_off in fetched and refused not in fetched
    first, second = site.times[waited]
    assert second - first >= 2.0  # the server asked for two seconds
    first, second = site.times[backed_off]
    assert second - first >= 0.5 * 0.75  # backoff base, less the jitter
    assert len(site.times[refused]) == 1  # an hour is past SCOWATCH_RETRY_AFTER_MAX
    assert stats["scowatch/retry/retry_after"] == 1
    assert stats["scowatch/retry/refused_retry_after"] == 1
    assert stats["retry/count"] == 2
