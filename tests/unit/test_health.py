"""The crawl health rule and the operator's health summary, on plain values (no database)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from pipeline.config import load_settings
from pipeline.crawl import CrawlResult, result_from_stats
from pipeline.health import (
    HealthPolicy,
    empty_streak,
    health_subject,
    health_text,
    judge_crawl,
    listed_nothing,
    lost_fields,
    run_found_nothing,
    run_line,
    summarize_source,
)

NOW = datetime(2026, 5, 4, 6, 0, tzinfo=UTC)
FINISHED = {"finish_reason": "finished"}


def stats(**counts: int) -> dict[str, Any]:
    """Scrapy stats of a finished crawl; keyword names use __ for '/'."""
    return {**FINISHED, **{k.replace("__", "/"): v for k, v in counts.items()}}


def crawl(**counts: int) -> CrawlResult:
    return result_from_stats("outlet", 0, stats(**counts))


@dataclass
class Run:
    """A stand-in for a crawl_runs row."""

    status: str = "ok"
    started_at: datetime = NOW
    pages: int = 5
    articles: int = 2
    new_articles: int = 1
    errors: int = 0
    missing: dict[str, Any] = field(default_factory=dict)
    message: str | None = None
    source: str = "outlet"
    finished_at: datetime | None = NOW
    found_nothing: bool = False


# --- what "found nothing" means for incremental crawls


def test_a_crawl_of_stored_articles_only_did_not_find_nothing() -> None:
    result = crawl(response_received_count=2, scowatch__known__skipped=12)
    assert result.articles == 0 and result.entries == 12
    assert not listed_nothing(result.pages, result.entries, result.not_modified)
    assert judge_crawl(result, [True, True, True], has_yielded=True).ok


def test_a_feed_answering_304_found_what_the_run_before_found() -> None:
    result = crawl(response_received_count=1, scowatch__not_modified=1)
    assert result.entries == 0
    verdict = judge_crawl(result, [False, True, True], has_yielded=True)
    assert verdict.ok and not verdict.found_nothing
    # an empty feed stays empty behind its 304s: the streak goes on
    still_empty = judge_crawl(result, [True, True], has_yielded=True)
    assert not still_empty.ok and still_empty.found_nothing
    assert not listed_nothing(1, 0, 1) and listed_nothing(1, 0, 1, previous_found_nothing=True)


def test_prefiltered_and_backfill_skips_are_entries() -> None:
    result = crawl(response_received_count=3, scowatch__prefilter__skipped=4,
                   scowatch__since__skipped=2)
    assert result.entries == 6
    assert not judge_crawl(result, [], has_yielded=True).found_nothing


def test_an_empty_listing_fails_at_the_configured_run() -> None:
    empty = crawl(response_received_count=2)
    policy = HealthPolicy(stale_after_runs=3)
    first = judge_crawl(empty, [False, False], has_yielded=True, policy=policy)
    assert first.ok and first.found_nothing and "1 run in a row; fails at 3" in first.message
    second = judge_crawl(empty, [True, False], has_yielded=True, policy=policy)
    assert second.ok and "2 runs in a row" in second.message
    third = judge_crawl(empty, [True, True, False], has_yielded=True, policy=policy)
    assert not third.ok and "found nothing for 3 runs in a row" in third.message
    assert not judge_crawl(empty, [True], has_yielded=True,
                           policy=HealthPolicy(stale_after_runs=2)).ok


def test_a_source_that_never_yielded_is_not_failed_for_being_empty() -> None:
    verdict = judge_crawl(crawl(response_received_count=1), [True] * 9, has_yielded=False)
    assert verdict.ok and "stored no article yet" in verdict.message


def test_a_run_that_found_something_breaks_the_streak() -> None:
    assert empty_streak(True, [True, False, True, True]) == 2
    assert empty_streak(False, [True, True]) == 0


def test_nothing_fetched_counts_in_the_streak_and_keeps_its_own_reason() -> None:
    down = crawl(response_received_count=0, downloader__exception_type_count__twisted_DNS=3)
    assert not down.ok
    verdict = judge_crawl(down, [True, True], has_yielded=True)
    assert not verdict.ok and verdict.found_nothing
    assert verdict.message.startswith("no page could be fetched")
    assert "found nothing for 3 runs in a row (nothing fetched this time" in verdict.message


def test_an_errored_crawl_fails_whatever_its_history() -> None:
    result = result_from_stats("outlet", 1, stats(response_received_count=4, item_scraped_count=3,
                                                  scowatch__articles=3))
    verdict = judge_crawl(result, [], has_yielded=True)
    assert not verdict.ok and "scrapy exited with 1" in verdict.message


# --- fields lost on most pages


def test_a_field_missing_on_most_pages_fails_the_crawl() -> None:
    result = crawl(response_received_count=6, item_scraped_count=5, scowatch__articles=5,
                   scowatch__missing__published_at=3)
    verdict = judge_crawl(result, [], has_yielded=True)
    assert not verdict.ok and verdict.message == "published_at missing on 3 of 5 article pages"


def test_half_or_fewer_pages_missing_a_field_is_fine() -> None:
    result = crawl(response_received_count=5, item_scraped_count=4, scowatch__articles=4,
                   scowatch__missing__body=2, scowatch__missing__author=4)
    assert judge_crawl(result, [], has_yielded=True).ok  # author is not watched


def test_too_few_articles_to_judge_fields() -> None:
    assert lost_fields(2, 0, {"body": 2}, HealthPolicy()) == {}
    assert lost_fields(3, 0, {"body": 2}, HealthPolicy()) == {"body": (2, 3)}


def test_pages_without_title_and_body_count_as_missing_the_body() -> None:
    result = crawl(response_received_count=5, scowatch__skipped__empty=4)
    assert result.articles == 0 and result.entries == 4
    verdict = judge_crawl(result, [], has_yielded=True)
    assert not verdict.ok and "body missing on 4 of 4 article pages" in verdict.message


# --- what is recorded and shown


def test_a_run_that_found_nothing_is_read_back_as_such() -> None:
    verdict = judge_crawl(crawl(response_received_count=1), [], has_yielded=True)
    assert verdict.found_nothing
    assert run_found_nothing(Run(found_nothing=verdict.found_nothing))
    assert run_found_nothing(Run(pages=0))
    assert not run_found_nothing(Run(missing={"author": 1}))


def test_run_line_names_fields_and_the_reason() -> None:
    line = run_line(Run(status="failed", missing={"body": 3}, found_nothing=True,
                        message="body missing on 3 of 4 article pages"))
    assert "failed" in line and "missing body 3" in line and "entries" not in line
    assert line.endswith("; body missing on 3 of 4 article pages")
    assert run_line(Run(found_nothing=True)).endswith("; no entries listed")


def test_summary_counts_the_last_day_and_the_failing_streak() -> None:
    hour = timedelta(hours=1)
    runs = [Run(status="failed", started_at=NOW - 1 * hour, new_articles=0,
                message="no page could be fetched"),
            Run(status="failed", started_at=NOW - 2 * hour, new_articles=0),
            Run(status="ok", started_at=NOW - 3 * hour, new_articles=4),
            Run(status="failed", started_at=NOW - 30 * hour, new_articles=0)]
    h = summarize_source("tass", True, runs, NOW, last_ok_at=NOW - 3 * hour)
    assert h.status == "FAILED" and h.failing_runs == 2
    assert (h.day_runs, h.day_failed, h.day_new) == (3, 2, 4)
    ok = summarize_source("astanatimes", True, [Run(started_at=NOW - hour)], NOW)
    never = summarize_source("xinhua", True, [], NOW)
    off = summarize_source("old", False, [], NOW)
    rows = [ok, h, never, off]
    assert health_subject(rows) == "scowatch health: 1 of 3 sources ok, failing: tass"
    text = health_text(rows, NOW)
    lines = text.splitlines()
    assert lines[2].startswith("tass: FAILED, last crawl 2026-05-04 05:00 UTC")  # failing first
    assert "    no page could be fetched" in lines
    assert "failing for 2 runs; last success 2026-05-04 03:00 UTC" in text
    assert "last 24 h: 3 runs, 2 failed, 4 new articles" in text
    assert "last 24 h: 1 run, 0 failed, 1 new article" in text
    assert "xinhua: never crawled" in lines and "old: disabled" in lines


def test_stale_after_runs_is_configurable(tmp_path: Any) -> None:
    cfg = tmp_path / "scowatch.toml"
    cfg.write_text("[crawl]\nstale_after_runs = 5\n", encoding="utf-8")
    assert load_settings(cfg, env={}).crawl.stale_after_runs == 5
    assert load_settings(None, env={}).crawl.stale_after_runs == 3


def test_operator_email_from_the_environment_wins(tmp_path: Any) -> None:
    cfg = tmp_path / "scowatch.toml"
    cfg.write_text('[scowatch]\noperator_email = "ops@example.org"\n', encoding="utf-8")
    assert load_settings(cfg, env={}).operator_email == "ops@example.org"
    env = {"SCOWATCH_OPERATOR_EMAIL": "oncall@example.org"}
    assert load_settings(cfg, env=env).operator_email == "oncall@example.org"


def test_notices_are_shown_but_are_not_errors() -> None:
    result = result_from_stats("outlet", 0, {
        **FINISHED, "response_received_count": 5, "item_scraped_count": 4,
        "scowatch/charset_corrected": 2, "scowatch/skipped/bad_url": 3,
        "downloader/response_status_count/500": 1})
    assert result.error_kinds == {"charset_corrected": 2, "bad_url": 3, "http_500": 1}
    assert result.errors == 1 and result.ok
