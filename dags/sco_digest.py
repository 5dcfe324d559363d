"""
### sco_digest: the daily and weekly digests

Every day at 06:00 UTC. Each daily subscriber (and each weekly one whose week is up) receives
what they have not received yet: new SCO documents first, then the stories, by SMTP when
`SCOWATCH_SMTP_URL` is set, else as `.eml` and `.html` files in the outbox folder. Messages a
server deferred earlier are retried here too.

**Rerun**: safe. Each article and document is delivered to a subscriber at most once: a delivery
is recorded only after the server accepted the message, and a message that was accepted but not
recorded (a crash in between) is resent once with the same Message-ID.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from airflow.sdk import dag, task
from scowatch_common import DEFAULT_ARGS, TAGS, load_settings


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
        from airflow.sdk.exceptions import AirflowException

        from pipeline.digest import run_digest

        report = run_digest(load_settings(), respect_schedule=True)
        if report.failed or report.deferred:
            raise AirflowException(f"digests not all delivered: {report.as_dict()}")
        return report.as_dict()

    digest()


sco_digest()
