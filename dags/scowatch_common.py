"""Shared pieces of the scowatch DAGs: the assets that chain them, default task arguments with the
operator's failure notifier, and the glue between Airflow's SMTP connection and scowatch's mail.

No DAG lives here. At import time nothing touches the database or reads the configuration file:
only environment variables are read (the operator's address, the crawl pool and queue).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

from airflow.sdk import Asset

# Updated by sco_scrape when at least one source stored its articles.
ARTICLES_STORED = Asset(name="scowatch_articles_stored", uri="scowatch://articles/stored")
# Updated by sco_process after new articles were deduplicated, tagged and registered.
ARTICLES_PROCESSED = Asset(name="scowatch_articles_processed", uri="scowatch://articles/processed")

SMTP_CONN_ID = "smtp_default"
TAGS = ["scowatch"]

FAILURE_SUBJECT = (
    "[scowatch] {{ ti.dag_id }}.{{ ti.task_id }}"
    "{% if ti.map_index is not none and ti.map_index >= 0 %}"
    " ({{ ti.rendered_map_index or ti.map_index }}){% endif %} failed"
)
FAILURE_BODY = (
    "<p>Task <b>{{ ti.dag_id }}.{{ ti.task_id }}</b>"
    "{% if ti.map_index is not none and ti.map_index >= 0 %}"
    " for <b>{{ ti.rendered_map_index or ti.map_index }}</b>{% endif %}"
    " failed in run {{ run_id | e }} (try {{ ti.try_number }}).</p>"
    "<p>{{ exception | string | e }}</p>"
    '<p><a href="{{ ti.log_url }}">Log</a>. Clear the task instance in the grid to rerun it;'
    " every scowatch task is safe to rerun.</p>"
)


def operator_email(env: Mapping[str, str]) -> str | None:
    """The operator's address for failure mail: $SCOWATCH_OPERATOR_EMAIL (read at parse time)."""
    return env.get("SCOWATCH_OPERATOR_EMAIL", "").strip() or None


def failure_notifiers(env: Mapping[str, str]) -> list[Any]:
    """An SMTP notifier mailing the operator through `smtp_default`; none without an address."""
    to = operator_email(env)
    if not to:
        return []
    from airflow.providers.smtp.notifications.smtp import SmtpNotifier

    # The connection's from_email when it has one (servers often insist), else the operator.
    sender = ("{% set c = conn.get('" + SMTP_CONN_ID + "') %}"
              "{{ (c.extra_dejson.get('from_email') if c else none) or '"
              + to.replace("'", "") + "' }}")
    class OperatorNotifier(SmtpNotifier):
        """SmtpNotifier rendering a copy of itself for each failure: a notifier renders its
        templates into itself, so a second failure in one process (`dag.test()`, a long-lived
        worker) would otherwise go out under the first one's subject and text."""

        def __call__(self, *args: Any) -> None:
            import copy

            SmtpNotifier.__call__(copy.copy(self), *args)

    return [OperatorNotifier(to=to, from_email=sender, subject=FAILURE_SUBJECT,
                             html_content=FAILURE_BODY, smtp_conn_id=SMTP_CONN_ID)]


def default_args(env: Mapping[str, str]) -> dict[str, Any]:
    """Task defaults: retries with backoff, and the operator's failure notifier when configured."""
    args: dict[str, Any] = {
        "owner": "scowatch",
        "retries": 2,
        "retry_delay": timedelta(minutes=2),
        "retry_exponential_backoff": True,
    }
    notifiers = failure_notifiers(env)
    if notifiers:
        args["on_failure_callback"] = notifiers
    return args


def crawl_task_args(env: Mapping[str, str]) -> dict[str, Any]:
    """Where crawl tasks run: SCOWATCH_CRAWL_POOL (create the pool first) caps how many crawl at
    once; SCOWATCH_CRAWL_QUEUE sends them to the Celery workers listening on that queue.

    A backstop to the crawl's own time bound ([crawl] timeout_seconds, 10 minutes by default,
    enforced by the crawl itself): Airflow stops the task after SCOWATCH_CRAWL_TASK_MINUTES (25 by
    default, inside the 30-minute schedule), and the task then stops its crawl within seconds."""
    minutes = float(env.get("SCOWATCH_CRAWL_TASK_MINUTES", "").strip() or 25)
    args: dict[str, Any] = {"pool": env.get("SCOWATCH_CRAWL_POOL", "").strip() or "default_pool",
                            "execution_timeout": timedelta(minutes=minutes)}
    queue = env.get("SCOWATCH_CRAWL_QUEUE", "").strip()
    if queue:
        args["queue"] = queue
    return args


DEFAULT_ARGS: dict[str, Any] = default_args(os.environ)
CRAWL_TASK_ARGS: dict[str, Any] = crawl_task_args(os.environ)


def config_path() -> Path:
    """The scowatch.toml the tasks use: $SCOWATCH_CONFIG, else the one beside dags/."""
    return Path(os.environ.get("SCOWATCH_CONFIG") or Path(__file__).resolve().parents[1]
                / "scowatch.toml")


def load_settings() -> Any:
    """scowatch Settings for a task (imported inside the task, never at parse time)."""
    from pipeline.config import load_settings as _load

    return _load(config_path())


def smtp_url_from_connection(host: str | None, port: int | None, login: str | None,
                             password: str | None, extra: Mapping[str, Any]) -> str | None:
    """An SCOWATCH_SMTP_URL equivalent of an Airflow SMTP connection (the SMTP provider's
    meaning of its extras: SSL unless `disable_ssl`, else STARTTLS unless `disable_tls`)."""
    if not host:
        return None
    if not _flag(extra.get("disable_ssl")):
        scheme = "smtps"
    elif not _flag(extra.get("disable_tls")):
        scheme = "smtp+starttls"
    else:
        scheme = "smtp"
    auth = ""
    if login:
        auth = quote(login, safe="") + (f":{quote(password, safe='')}" if password else "") + "@"
    return f"{scheme}://{auth}{host}" + (f":{port}" if port else "")


def _flag(value: Any) -> bool:
    return value is True or str(value).strip().lower() in ("1", "true", "yes", "on")


def with_airflow_smtp(settings: Any, log: Any = print) -> Any:
    """Settings whose mail goes through Airflow's `smtp_default` connection when scowatch has no
    SMTP URL of its own (call inside a task; the password is never logged)."""
    if settings.smtp_url:
        return settings
    from dataclasses import replace

    from airflow.sdk import Connection
    from airflow.sdk.exceptions import AirflowNotFoundException

    try:
        conn = Connection.get(SMTP_CONN_ID)
    except AirflowNotFoundException:
        return settings
    url = smtp_url_from_connection(conn.host, conn.port, conn.login, conn.password,
                                   conn.extra_dejson)
    if not url:
        return settings
    log(f"mail goes through the Airflow connection {SMTP_CONN_ID!r} ({conn.host}:{conn.port})")
    return replace(settings, smtp_url=url)


def mail_outcome(what: str, report: Any) -> dict[str, Any]:
    """Log a delivery report and return it as the task's XCom; fail the task when some mail was
    refused or deferred (it stays queued, and the next run retries it)."""
    from airflow.sdk.exceptions import AirflowException

    summary: dict[str, Any] = report.as_dict()
    print(f"{what}: {summary}")
    if report.failed or report.deferred:
        raise AirflowException(f"{what} not all delivered: {summary}")
    return summary
