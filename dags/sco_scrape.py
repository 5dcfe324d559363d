"""
### sco_scrape: crawl every enabled SCO news source

Every 30 minutes, one mapped `crawl` task per enabled source in `scowatch.toml` (the map index is
labelled with the source's name). Each runs `scrapy crawl` in its own process, stores the articles,
logs and returns its counts (pages, articles, new, updated, errors, fields missing, entries the
feeds listed) as a small XCom. A source's task **fails** when its crawl errored, when `published_at`
or `body` was missing on most of its article pages, or when a source that has stored articles
before found nothing at all (no feed or listing entry, nothing fetched) for
`[crawl] stale_after_runs` runs in a row (default 3). The reason is in the task's log, in the
failure mail to the operator and in `scowatch sources`. The other sources carry on.
`publish` then sums the counts up and updates the `scowatch://articles/stored` asset, which starts
**sco_process**.

**Rerun**: clear a failed `crawl` task instance to recrawl that one source; clearing is always
safe, because articles are upserted on their canonical URL and stored ones are not fetched again.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from airflow.sdk import dag, task
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
    def enabled_sources() -> list[str]:
        """Names of the enabled sources in the configuration."""
        names = [s.name for s in load_settings().enabled_sources()]
        print(f"{len(names)} enabled sources: {', '.join(names)}")
        return names

    @task(map_index_template="{{ task.op_kwargs['source_name'] }}", retries=1, **CRAWL_TASK_ARGS)
    def crawl(source_name: str) -> dict[str, Any]:
        """Crawl one source in a `scrapy crawl` subprocess; fail when the health rule says so."""
        from airflow.sdk.exceptions import AirflowException

        from pipeline.crawl import run_crawl

        result = run_crawl(load_settings(), source_name)
        if not result.ok:
            raise AirflowException(result.summary())
        return result.as_dict()

    @task(outlets=[ARTICLES_STORED], trigger_rule="all_done")
    def publish(results: list[dict[str, Any]]) -> dict[str, int]:
        """Sum the crawls up and announce the stored articles (skipped when every crawl failed)."""
        from airflow.sdk.exceptions import AirflowSkipException

        # index the lazy XCom sequence by its length: iterating it probes one past the end
        done = [r for r in (results[i] for i in range(len(results))) if r]
        totals = {k: sum(int(r.get(k, 0)) for r in done)
                  for k in ("pages", "entries", "articles", "new", "updated", "errors")}
        totals["sources_ok"] = len(done)
        print(f"crawled {len(done)} sources: {totals}")
        if not done:
            raise AirflowSkipException("no source crawled successfully")
        return totals

    publish(crawl.expand(source_name=enabled_sources()))


sco_scrape()
