"""Operating the DAGs: the operator's failure mail (SMTP provider notifier), mail through Airflow's
`smtp_default` connection, the daily health summary, and a source failing after empty runs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from scowatch_common import (
    crawl_task_args,
    default_args,
    failure_notifiers,
    smtp_url_from_connection,
)
from support import DAGS, SmtpSink

from pipeline.config import CrawlSettings, load_settings
from pipeline.crawl import run_crawl
from pipeline.db import Database
from pipeline.demo import demo_config
from pipeline.fixture_server import serve_site
from pipeline.health import sources_text
from pipeline.models import CrawlRun
from pipeline.process import process_new

OPS = "ops@example.org"


def smtp_connection(sink: SmtpSink) -> str:
    """AIRFLOW_CONN_SMTP_DEFAULT for a plain (no TLS) SMTP server on loopback."""
    return json.dumps({"conn_type": "smtp", "host": "127.0.0.1", "port": sink.port,
                       "extra": {"disable_ssl": True, "disable_tls": True,
                                 "from_email": "airflow@example.org"}})


def tasks_of(dag_run: Any) -> dict[str, str]:
    from airflow.models import TaskInstance
    from airflow.utils.session import create_session

    with create_session() as session:
        tis = session.query(TaskInstance).filter_by(dag_id=dag_run.dag_id,
                                                     run_id=dag_run.run_id).all()
        return {(ti.rendered_map_index or ti.task_id): str(ti.state) for ti in tis}


# --- parse-time pieces


def test_no_operator_address_no_notifier() -> None:
    assert "on_failure_callback" not in default_args({})
    assert failure_notifiers({"SCOWATCH_OPERATOR_EMAIL": "  "}) == []


def test_the_notifier_mails_the_operator_through_smtp_default() -> None:
    from airflow.providers.smtp.notifications.smtp import SmtpNotifier

    args = default_args({"SCOWATCH_OPERATOR_EMAIL": OPS})
    [notifier] = args["on_failure_callback"]
    assert isinstance(notifier, SmtpNotifier)
    assert notifier.to == OPS and notifier.smtp_conn_id == "smtp_default"
    assert args["retries"] >= 1


@pytest.mark.slow
def test_every_task_gets_the_notifier_when_the_address_is_set(tmp_path: Path) -> None:
    """Parsed in a fresh process, as the dag-processor does, with the variable set."""
    code = (
        "import sys; from pathlib import Path\n"
        "from airflow.dag_processing.dagbag import BundleDagBag\n"
        f"bag = BundleDagBag({str(DAGS)!r}, bundle_path=Path({str(DAGS)!r}))\n"
        "assert not bag.import_errors, bag.import_errors\n"
        "for dag in bag.dags.values():\n"
        "    for t in dag.tasks:\n"
        "        cbs = t.on_failure_callback or []\n"
        "        cbs = cbs if isinstance(cbs, list) else [cbs]\n"
        "        print(dag.dag_id, t.task_id, [type(c).__name__ + ':' + str(c.to) for c in cbs])\n"
    )
    env = {**os.environ, "SCOWATCH_OPERATOR_EMAIL": OPS, "PYTHONPATH": str(DAGS)}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                          timeout=300, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr[-3000:]
    lines = [line for line in proc.stdout.splitlines() if line.startswith("sco_")]
    assert len(lines) == 7, proc.stdout  # source_groups, crawl, publish, process, alert, ...
    assert all(line.endswith(f"['OperatorNotifier:{OPS}']") for line in lines), lines


def test_crawl_pool_and_queue_come_from_the_environment(dagbag: Any) -> None:
    backstop = timedelta(minutes=25)
    assert crawl_task_args({}) == {"pool": "default_pool", "execution_timeout": backstop}
    assert crawl_task_args({"SCOWATCH_CRAWL_POOL": "scowatch_crawl",
                            "SCOWATCH_CRAWL_QUEUE": "crawl",
                            "SCOWATCH_CRAWL_TASK_MINUTES": "40"}) == {
        "pool": "scowatch_crawl", "queue": "crawl", "execution_timeout": timedelta(minutes=40)}
    crawl = dagbag.dags["sco_scrape"].get_task("crawl")
    assert crawl.pool == "default_pool"  # the tests' environment sets neither
    # the backstop stays inside the 30-minute schedule and beyond the crawl's own bound
    assert CrawlSettings().timeout_seconds < crawl.execution_timeout.total_seconds() < 30 * 60


@pytest.mark.parametrize(("host", "port", "login", "password", "extra", "url"), [
    ("mail", 465, "u", "p@ss/w", {}, "smtps://u:p%40ss%2Fw@mail:465"),
    ("mail", 587, "u", "pw", {"disable_ssl": True}, "smtp+starttls://u:pw@mail:587"),
    ("mailpit", 1025, None, None, {"disable_ssl": "true", "disable_tls": "True"},
     "smtp://mailpit:1025"),
    ("mail", None, None, None, {"disable_ssl": False}, "smtps://mail"),
    ("", 25, None, None, {}, None),
])
def test_smtp_url_from_connection(host: str, port: int | None, login: str | None,
                                  password: str | None, extra: dict[str, Any],
                                  url: str | None) -> None:
    assert smtp_url_from_connection(host, port, login, password, extra) == url


def test_the_built_url_round_trips_through_scowatch_smtp_config() -> None:
    from pipeline.delivery import SmtpConfig

    url = smtp_url_from_connection("mail", 587, "me@x.org", "p:w d", {"disable_ssl": True})
    assert url is not None
    config = SmtpConfig.from_url(url)
    assert (config.host, config.port, config.security) == ("mail", 587, "starttls")
    assert (config.username, config.password) == ("me@x.org", "p:w d")


# --- running the DAGs


FEED = """<?xml version="1.0" encoding="UTF-8"?>
<!-- Fixture written by the scowatch developers, modelled on a WordPress RSS feed; not a real
page -->
<rss version="2.0"><channel><title>Test outlet</title><link>{base}</link>
<description>news</description>{items}</channel></rss>
"""
ITEM = """<item><title>SCO ministers meet in Astana</title>
<link>{base}news/sco-ministers.html</link>
<pubDate>Mon, 04 May 2026 08:00:00 +0000</pubDate></item>"""
ARTICLE = """<!DOCTYPE html>
<!-- Fixture written by the scowatch developers, modelled on a WordPress article page; not a real
page -->
<html lang="en"><head><title>SCO ministers meet in Astana</title>
<meta property="article:published_time" content="2026-05-04T08:00:00+00:00">
<meta name="author" content="Test Writer"></head>
<body><article><h1>SCO ministers meet in Astana</h1>
<p>Foreign ministers of the Shanghai Cooperation Organisation met in Astana on Monday to prepare
the summit of the heads of state later this year.</p>
<p>The ministers discussed regional security, trade and transport links between the member
states, and agreed on the draft of the declaration the leaders are expected to sign.</p>
</article></body></html>
"""


@pytest.fixture
def outlet(tmp_path: Path) -> Any:
    """A one-article outlet with an RSS feed, served on loopback; its feed can be emptied."""
    site = tmp_path / "site"
    (site / "news").mkdir(parents=True)
    (site / "news" / "sco-ministers.html").write_text(ARTICLE, encoding="utf-8")
    with serve_site(site, "https://outlet.example") as served:
        base = served.base_url
        (site / "feed.xml").write_text(FEED.format(base=base, items=ITEM.format(base=base)),
                                       encoding="utf-8")
        served.empty_feed = FEED.format(base=base, items="")  # type: ignore[attr-defined]
        yield served


@pytest.mark.slow
def test_a_source_that_finds_nothing_fails_at_the_third_run_and_mails_the_operator(
        airflow_db: Path, dagbag: Any, tmp_path: Path, outlet: Any, smtp_sink: SmtpSink,
        monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "scowatch.toml"
    config.write_text(
        '[scowatch]\ndatabase_url = "sqlite:///var/scowatch.db"\n'
        '[crawl]\nobey_robots = false\ndownload_delay = 0\nautothrottle = false\n'
        '[[sources]]\nname = "outlet"\nspider = "feed"\n'
        f'start_urls = ["{outlet.url("feed.xml")}"]\n',
        encoding="utf-8")
    monkeypatch.setenv("SCOWATCH_CONFIG", str(config))
    settings = load_settings(config)
    db = Database(settings.database_url)

    first = run_crawl(settings, "outlet", db)
    assert first.ok and first.new == 1, first.summary()
    outlet.overrides["/feed.xml"] = (200, {"Content-Type": "application/rss+xml"},
                                     outlet.empty_feed)
    for streak in (1, 2):
        empty = run_crawl(settings, "outlet", db)
        assert empty.ok and f"{streak} run{'s' if streak > 1 else ''} in a row" in empty.message
    # the third empty run, as the scheduler would run it, with the operator's notifier on
    monkeypatch.setenv("AIRFLOW_CONN_SMTP_DEFAULT", smtp_connection(smtp_sink))
    crawl = dagbag.dags["sco_scrape"].get_task("crawl")
    monkeypatch.setitem(crawl.partial_kwargs, "retries", 0)
    monkeypatch.setitem(crawl.partial_kwargs, "on_failure_callback",
                        failure_notifiers({"SCOWATCH_OPERATOR_EMAIL": OPS}))
    run = dagbag.dags["sco_scrape"].test()
    states = tasks_of(run)
    assert states["outlet"] == "failed" and states["publish"] == "skipped", states

    with db.session() as session:
        runs = session.query(CrawlRun).order_by(CrawlRun.id).all()
        assert [r.status for r in runs] == ["ok", "ok", "ok", "failed"]
        assert "found nothing for 3 runs in a row" in (runs[-1].message or "")
    listing = "\n".join(sources_text(settings, db))
    assert "failed" in listing and "found nothing for 3 runs in a row" in listing

    [mail] = smtp_sink.messages
    assert mail["To"] == OPS and mail["From"] == "airflow@example.org"
    assert mail["Subject"] == "[scowatch] sco_scrape.crawl (outlet) failed"
    body = mail.get_body(("html",)).get_content()
    assert "found nothing for 3 runs in a row" in body


@pytest.mark.slow
def test_digest_and_health_go_through_the_smtp_default_connection(
        airflow_db: Path, dagbag: Any, tmp_path: Path, astanatimes_site: Any,
        smtp_sink: SmtpSink, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "scowatch.toml"
    text = demo_config(astanatimes_site.base_url, tmp_path)
    config.write_text(text, encoding="utf-8")
    monkeypatch.setenv("SCOWATCH_CONFIG", str(config))
    monkeypatch.setenv("SCOWATCH_OPERATOR_EMAIL", OPS)
    monkeypatch.delenv("SCOWATCH_SMTP_URL", raising=False)
    monkeypatch.setenv("AIRFLOW_CONN_SMTP_DEFAULT", smtp_connection(smtp_sink))
    settings = load_settings(config)
    assert settings.smtp_url is None and settings.operator_email == OPS
    db = Database(settings.database_url)
    assert run_crawl(settings, "astanatimes", db).ok
    process_new(settings, db)

    run = dagbag.dags["sco_digest"].test()
    assert str(run.state) == "success", tasks_of(run)
    by_rcpt = {m["To"]: m for m in smtp_sink.messages}
    assert set(by_rcpt) == {"demo@example.org", OPS}, list(by_rcpt)
    assert "Moscow Declaration" in by_rcpt["demo@example.org"].get_body(("plain",)).get_content()
    health = by_rcpt[OPS]
    assert health["Subject"] == "scowatch health: 1 of 1 sources ok"
    text = health.get_body(("plain",)).get_content()
    assert "astanatimes: ok, last crawl" in text and "last 24 h: 1 run, 0 failed" in text
    assert not list((tmp_path / "outbox").glob("*.eml"))  # nothing fell to the outbox

    # a rerun the same day sends neither digest nor health again
    assert str(dagbag.dags["sco_digest"].test().state) == "success"
    assert len(smtp_sink.messages) == 2


def test_each_failure_is_rendered_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """One notifier object serves every task of a DAG; two failures in one process (dag.test,
    a long-lived worker) must each get their own subject and text."""
    from types import SimpleNamespace

    from airflow.providers.smtp.notifications.smtp import SmtpNotifier

    sent: list[tuple[str, str]] = []
    monkeypatch.setattr(SmtpNotifier, "notify",
                        lambda self, context: sent.append((self.subject, self.html_content)))
    [notifier] = failure_notifiers({"SCOWATCH_OPERATOR_EMAIL": OPS})
    for task, error in (("digest", "SMTP refused"), ("health", "no sources")):
        ti = SimpleNamespace(dag_id="sco_digest", task_id=task, map_index=-1,
                             rendered_map_index=None, try_number=1, log_url="http://x/log")
        notifier({"ti": ti, "run_id": "manual__1", "exception": RuntimeError(error),
                  "conn": SimpleNamespace(get=lambda conn_id: None)})
    assert [subject for subject, _ in sent] == ["[scowatch] sco_digest.digest failed",
                                                "[scowatch] sco_digest.health failed"]
    assert "SMTP refused" in sent[0][1] and "no sources" in sent[1][1]
    assert notifier.subject.startswith("[scowatch] {{")  # the shared one stays a template
