"""Smoke run of scripts/bench_poll.py at two sources: sane output, no timing assertions."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "bench_poll.py"


def load_script() -> ModuleType:
    """The benchmark script as a module (scripts/ is not a package)."""
    spec = importlib.util.spec_from_file_location("bench_poll", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_poll", module)
    spec.loader.exec_module(module)
    return module


def test_config_keeps_init_settings_and_replaces_its_sources() -> None:
    bench = load_script()
    from pipeline.cli import EXAMPLE_CONFIG

    outlets = [bench.Outlet(i, bench.outlet_host(i), port=8000 + i) for i in range(3)]
    text = bench.without_sources(EXAMPLE_CONFIG) + bench.sources_toml(outlets)
    assert "astanatimes" not in text and "[[subscribers]]" in text
    assert "download_delay = 1.0" in text  # [crawl] stays as shipped
    assert text.count("[[sources]]") == 3 and 'start_urls = ["http://127.0.1.3:8002/feed/"]' in text
    assert len({bench.outlet_host(i) for i in range(1000)}) == 1000  # one host per outlet


def test_unchanged_page_answers_304_to_either_validator() -> None:
    bench = load_script()
    page = bench.Page("feed", "application/rss+xml", b"<rss/>")
    assert bench.is_not_modified(page, {"if-none-match": page.etag})
    assert not bench.is_not_modified(page, {"if-none-match": '"other"'})
    assert bench.is_not_modified(page, {"if-modified-since": bench.LAST_MODIFIED})
    assert not bench.is_not_modified(page, {"if-modified-since": "Mon, 01 Jan 2024 00:00:00 GMT"})
    assert not bench.is_not_modified(page, {})


@pytest.mark.slow
def test_bench_poll_smoke_run_reports_cold_and_steady(tmp_path: Path) -> None:
    out = tmp_path / "poll.json"
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--sources", "2", "--articles-per-source", "2",
         "--json", str(out), "--log-dir", str(tmp_path / "logs")],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "CPU s/source" in done.stdout
    summary = json.loads(out.read_text("utf-8"))
    assert summary["problems"] == []
    assert [(row["sources"], row["phase"]) for row in summary["table"]] == [
        (2, "cold"), (2, "steady")]
    cold, steady = summary["runs"]
    for run in (cold, steady):
        assert run["exit_code"] == 0 and run["crawls_ok"] == 2 and run["crawls_failed"] == 0
        assert run["wall_seconds"] > 0 and run["cpu_seconds"] > 0 and run["peak_rss_mib"] > 0
        assert run["cpu_seconds_per_source"] == pytest.approx(run["cpu_seconds"] / 2, rel=0.01)
    assert cold["new_articles"] == cold["articles_stored"] == 4
    assert (cold["served"]["feed 200"], cold["served"]["article 200"]) == (2, 4)
    assert cold["cpu_seconds_per_article"] > 0
    assert steady["new_articles"] == 0 and steady["articles_stored"] == 4
    assert steady["served"]["feed 304"] == 2 and "article 200" not in steady["served"]
    assert steady["cpu_seconds_per_article"] is None
    assert sorted(p.name for p in (tmp_path / "logs").iterdir()) == [
        "2-sources-round1-cold.log", "2-sources-round1-steady.log"]
