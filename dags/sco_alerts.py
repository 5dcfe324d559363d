"""
### sco_alerts: immediate mail about new SCO documents

Runs whenever **sco_process** updates `scowatch://articles/processed`. Subscribers whose
schedule is `immediate` get one message listing the SCO documents (declarations, strategies,
plans, memoranda...) they have not been told about yet.

**Rerun**: safe. A document is recorded as delivered to a subscriber only after the mail server
accepted the message, and a message is never composed twice for the same documents. Mail goes
by `SCOWATCH_SMTP_URL`, else Airflow's `smtp_default` connection, else into the outbox folder.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from airflow.sdk import dag, task
from scowatch_common import (
    ARTICLES_PROCESSED,
    DEFAULT_ARGS,
    TAGS,
    load_settings,
    mail_outcome,
    with_airflow_smtp,
)


@dag(
    dag_id="sco_alerts",
    schedule=[ARTICLES_PROCESSED],
    start_date=datetime(2024, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    tags=TAGS,
    doc_md=__doc__,
)
def sco_alerts() -> None:
    @task
    def alert() -> dict[str, Any]:
        """Send immediate alerts for new documents."""
        from pipeline.digest import run_alerts

        return mail_outcome("alerts", run_alerts(with_airflow_smtp(load_settings())))

    alert()


sco_alerts()
