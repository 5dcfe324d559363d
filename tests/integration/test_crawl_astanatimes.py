"""End to end: `scrapy crawl astanatimes` in a subprocess against the loopback fixture server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from pipeline.fixture_server import demo_site_path, serve_site

ROOT = Path(__file__).resolve().parents[2]
SITE = demo_site_path("astanatimes")
ARTICLE_PATHS = sorted(
    "/" + str(p.parent.relative_to(SITE)) + "/" for p in SITE.glob("[0-9]*/*/*/index.html")
)


@pytest.mark.slow
def test_crawl_yields_every_fixture_article_once(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    stats_file = tmp_path / "stats.json"
    with serve_site(SITE, "https://astanatimes.com") as site:
        command = [
            sys.executable, "-m", "scrapy", "crawl", "astanatimes",
            "-a", f"start_urls={site.base_url}",
            "-a", "source=astanatimes_mirror",
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
        hits = dict(site.hits)
        origin = site.server_origin
    assert done.returncode == 0, done.stderr[-3000:]
    items = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    paths = [item["url"].removeprefix(origin) for item in items]
    assert sorted(paths) == ARTICLE_PATHS  # every article, each exactly once
    assert all(hits[path] == 1 for path in ARTICLE_PATHS)
    assert hits["/robots.txt"] == 1
    for item in items:
        assert item["source"] == "astanatimes_mirror"
        assert item["title"] and item["body"] and item["author"]
        assert datetime.fromisoformat(item["published_at"]).tzinfo is not None
        assert item["page_canonical_url"] == item["url"]  # rewritten onto the mirror
    stats = json.loads(stats_file.read_text("utf-8"))
    assert stats["scowatch/articles"] == len(ARTICLE_PATHS)
    assert "scowatch/parse_errors" not in stats
    assert stats.get("log_count/ERROR", 0) == 0
    assert stats["item_scraped_count"] == len(ARTICLE_PATHS)
    assert "Remote control" not in done.stderr  # no control port on unattended crawls
