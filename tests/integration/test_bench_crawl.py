"""Smoke run of scripts/bench_crawl.py on a small mirror: sane output, no timing assertions."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from scrapy.http import HtmlResponse

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "bench_crawl.py"
PAGES = 50


def load_script() -> ModuleType:
    """The benchmark script as a module (scripts/ is not a package)."""
    spec = importlib.util.spec_from_file_location("bench_crawl", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_crawl", module)
    spec.loader.exec_module(module)
    return module


def test_mirror_pages_are_distinct_articles_our_spider_reads(tmp_path: Path) -> None:
    bench = load_script()
    from scrapers.spiders.astanatimes import AstanaTimesSpider, is_article_url

    paths = bench.build_mirror(tmp_path / "site", 23)
    assert len(set(paths)) == 23 and all(is_article_url(bench.ORIGIN + p) for p in paths)
    spider = AstanaTimesSpider(source="astanatimes")
    articles = []
    for path in paths:
        body = (tmp_path / "site" / path.strip("/") / "index.html").read_bytes()
        assert body.startswith(b"<!-- Fixture written by the scowatch developers")
        response = HtmlResponse(bench.ORIGIN + path, body=body)
        articles.append(spider.build_article(response, spider.select_fields(response)))
    assert len({a.title for a in articles}) == 23
    assert len({a.body for a in articles}) == 23
    for article in articles:  # the outlet's own selectors find every field: no fallback
        assert {"title", "author", "published_at", "body"} <= set(article.provenance)
        assert article.provenance["body"] == "selector"
        assert article.page_canonical_url == article.url
    listing_2 = (tmp_path / "site" / "all" / "page" / "2" / "index.html").read_text("utf-8")
    assert 'href="/all/page/3/"' in listing_2 and paths[10] in listing_2
    last = (tmp_path / "site" / "all" / "page" / "3" / "index.html").read_text("utf-8")
    assert "Next page" not in last and paths[-1] in last
    feed = (tmp_path / "site" / "feed" / "index.xml").read_text("utf-8")
    assert feed.count("<item>") == bench.FEED_ITEMS


@pytest.mark.slow
def test_bench_crawl_smoke_run_reports_both_crawls(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--pages", str(PAGES), "--rounds", "1", "--json"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    summary = json.loads(done.stdout)
    assert summary["problems"] == []
    assert set(summary["median_pages_per_second"]) == {"bare", "ours-sqlite"}
    assert all(rate > 0 for rate in summary["median_pages_per_second"].values())
    assert summary["ratio_to_bare"]["ours-sqlite"] > 0
    runs = {run["kind"]: run for run in summary["runs"]}
    assert runs["bare"]["pages"] == runs["bare"]["responses"] == PAGES
    ours = runs["ours-sqlite"]
    assert ours["pages"] == PAGES and ours["article_hits_ok"]
    assert ours["responses"] > PAGES  # the feed and listing pages too: discovered, not given
    assert ours["rows"] == {"rows": PAGES, "urls": PAGES, "titles": PAGES, "bodies": PAGES}
    assert ours["finish_reason"] == "finished" and ours["errors"] == 0
    assert "ours-sqlite" in done.stderr  # progress lines go to stderr with --json
