"""
### sco_scrape: crawl every enabled SCO news source

Every 30 minutes. The enabled sources in `scowatch.toml` are split into groups of
`[crawl] group_size` (50 by default), and one mapped `crawl` task runs per group, labelled with
its sources' names. Each task runs one `scrapy crawlgroup` process in which every source has its
own Scrapy crawler (its own spider, time bound, stats and health record): the process start-up is
paid once per group, not once per source, and a dead or slow source cannot hold up the others.

Each source is judged by the health rule: it **fails** when its crawl errored (nothing could be
fetched, "cannot resolve astanatimes.com"; stopped at `[crawl] timeout_seconds`), when
`published_at` or `body` was missing on most of its article pages, or when a source that has
stored articles before found nothing at all for `[crawl] stale_after_runs` runs in a row. A group's
task fails when any of its sources failed, and its failure message (in the log, the task's
details and the operator's failure mail) names each failed source with its reason;
`scowatch sources` shows every source's runs. `publish` then counts what this run stored and,
when it stored new or changed articles, updates the `scowatch://articles/stored` asset, which
starts **sco_process**. A run that stored nothing (the steady state: feeds answer 304, articles
are known) skips `publish`, so no asset event is emitted and sco_process does not run for nothing.

**Rerun one source**: trigger this DAG with the config `{"sources": ["kg24"]}` (only those
sources are crawled), or run `scowatch crawl kg24`. Clearing a failed `crawl` task recrawls its
whole group; both are safe, because articles are upserted on their canonical URL and stored ones
are not fetched again.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from airflow.sdk import dag, get_current_context, task
from scowatch_common import (
    ARTICLES_STORED,
    CRAWL_TASK_ARGS,
    DEFAULT_ARGS,
    TAGS,
    load_settings,
)


@dag(
    dag_id="sco_scrape",
    schedule=timedelta(minutes=30),
    start_date=datetime(2024, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    tags=TAGS,
    doc_md=__doc__,
)
def sco_scrape() -> None:
    @task
    def source_groups() -> list[list[str]]:
        """The enabled sources (or the ones the run's config names), in groups of group_size."""
        from pipeline.config import spider_errors
        from pipeline.crawl import known_spiders
        from pipeline.crawl import source_groups as groups_of

        settings = load_settings()
        for error in settings.source_errors:
            print(f"config error, source skipped: {error}")
        conf = get_current_context()["dag_run"].conf or {}
        asked = list(conf.get("sources") or [])
        names = [settings.source(n).name for n in asked] or [
            s.name for s in settings.enabled_sources()]
        unknown = spider_errors(settings, known_spiders(), tuple(names))
        for _, error in unknown:
            print(f"config error, source skipped: {error}")
        names = [n for n in names if n not in {name for name, _ in unknown}]
        groups = groups_of(names, settings.crawl.group_size)
        print(f"{len(names)} sources in {len(groups)} crawl processes: {', '.join(names)}")
        return groups

    @task(map_index_template="{{ task.op_kwargs['sources'] | join(', ') | truncate(240) }}",
          retries=1, **CRAWL_TASK_ARGS)
    def crawl(sources: list[str]) -> dict[str, Any]:
        """Crawl a group of sources in one `scrapy crawlgroup` process; fail naming the sources
        the health rule failed."""
        from airflow.sdk.exceptions import AirflowException

        from pipeline.crawl import group_outcome, run_group

        outcome = group_outcome(run_group(load_settings(), sources))
        if outcome["failed"]:
            raise AirflowException(outcome["message"])
        return outcome

    @task(outlets=[ARTICLES_STORED], trigger_rule="all_done")
    def publish(results: list[dict[str, Any]]) -> dict[str, int]:
        """Count what this run stored and announce it; skipped (no asset event, so sco_process
        does not run) when this run stored nothing new or changed."""
        from airflow.sdk.exceptions import AirflowSkipException

        from pipeline.crawl import runs_since
        from pipeline.db import Database

        settings = load_settings()
        started = get_current_context()["dag_run"].start_date
        totals = runs_since(Database(settings.database_url), started)
        print(f"this run: {totals}")
        if not totals["to_process"]:
            raise AirflowSkipException(
                "nothing new or changed was stored: sco_process is not started"
                + ("" if totals["sources_ok"] else " (no source crawled successfully)"))
        return totals

    publish(crawl.expand(sources=source_groups()))


sco_scrape()
