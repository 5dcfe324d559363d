"""
### sco_process: deduplicate, tag and register documents for new articles

Runs whenever **sco_scrape** updates the `scowatch://articles/stored` asset. It processes every
article not processed yet (exact duplicates, SCO relevance, states, people, bodies, topics, and the
SCO document register), returns its counts, and updates `scowatch://articles/processed`, which
starts **sco_alerts**.

**Rerun**: always safe. An article is marked processed in the same transaction as its tags, so a
rerun only picks up what a crashed run had not finished.
"""

from __future__ import annotations

from datetime import datetime

from airflow.sdk import dag, task
from scowatch_common import ARTICLES_PROCESSED, ARTICLES_STORED, DEFAULT_ARGS, TAGS, load_settings


@dag(
    dag_id="sco_process",
    schedule=[ARTICLES_STORED],
    start_date=datetime(2024, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    tags=TAGS,
    doc_md=__doc__,
)
def sco_process() -> None:
    @task(outlets=[ARTICLES_PROCESSED])
    def process() -> dict[str, int]:
        """Process every new or changed article."""
        from pipeline.process import process_new

        return process_new(load_settings()).as_dict()

    process()


sco_process()
