"""
### sco_digest: the daily and weekly digests, and the operator's health summary

Every day at 06:00 UTC. Each daily subscriber (and each weekly one whose week is up) receives
what they have not received yet: new SCO documents first, then the stories, by SMTP when
`SCOWATCH_SMTP_URL` is set (else through Airflow's `smtp_default` connection when there is one),
else as `.eml` and `.html` files in the outbox folder. Messages a server deferred earlier are
retried here too.

`health` then mails the operator (`operator_email` in `scowatch.toml`, or
`SCOWATCH_OPERATOR_EMAIL`) a short summary: per source, the last crawl's status, articles, errors
and missing fields, and the last 24 hours' runs and failures. It runs even when `digest` failed.

**Rerun**: safe. Each article and document is delivered to a subscriber at most once: a delivery
is recorded only after the server accepted the message, and a message that was accepted but not
recorded (a crash in between) is resent once with the same Message-ID. The health summary is
composed once per UTC day; a rerun only retries sending it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from airflow.sdk import dag, task
from scowatch_common import DEFAULT_ARGS, TAGS, load_settings, mail_outcome, with_airflow_smtp


@dag(
    dag_id="sco_digest",
    schedule="0 6 * * *",
    start_date=datetime(2024, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    tags=TAGS,
    doc_md=__doc__,
)
def sco_digest() -> None:
    @task
    def digest() -> dict[str, Any]:
        """Render, queue and deliver the digests that are due."""
        from pipeline.digest import run_digest

        return mail_outcome("digests", run_digest(with_airflow_smtp(load_settings()),
                                                  respect_schedule=True))

    # After the digests (never beside them: both send what is pending), whatever they did.
    @task(trigger_rule="all_done")
    def health() -> dict[str, Any]:
        """Mail the operator the sources' health summary (once per UTC day)."""
        from pipeline.health import send_health

        return mail_outcome("health summary", send_health(with_airflow_smtp(load_settings())))

    digest() >> health()


sco_digest()
