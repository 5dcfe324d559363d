"""The three DAGs run end to end with dag.test() against the fixture site on loopback; the digest
arrives at a real SMTP server with the Moscow Declaration in it."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from support import SmtpSink

from pipeline.config import load_settings
from pipeline.demo import demo_config

pytestmark = pytest.mark.slow


def task_states(dag_run: Any) -> dict[tuple[str, int], tuple[str, str | None]]:
    from airflow.models import TaskInstance
    from airflow.utils.session import create_session

    with create_session() as session:
        tis = session.query(TaskInstance).filter_by(dag_id=dag_run.dag_id,
                                                     run_id=dag_run.run_id).all()
        return {(ti.task_id, ti.map_index): (str(ti.state), ti.rendered_map_index) for ti in tis}


def test_scrape_process_digest_end_to_end(airflow_db: Path, dagbag: Any, tmp_path: Path,
                                          astanatimes_site: Any, smtp_sink: SmtpSink,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "scowatch.toml"
    config.write_text(demo_config(astanatimes_site.base_url, tmp_path), encoding="utf-8")
    monkeypatch.setenv("SCOWATCH_CONFIG", str(config))
    monkeypatch.setenv("SCOWATCH_SMTP_URL", smtp_sink.url)

    scrape = dagbag.dags["sco_scrape"].test()
    assert str(scrape.state) == "success"
    states = task_states(scrape)
    assert states[("crawl", 0)] == ("success", "astanatimes")

    process = dagbag.dags["sco_process"].test()
    assert str(process.state) == "success"

    digest = dagbag.dags["sco_digest"].test()
    assert str(digest.state) == "success"
    assert len(smtp_sink.messages) == 1
    body = smtp_sink.messages[0].get_body(("plain",)).get_content()
    assert "Moscow Declaration" in body

    # rerunning the digest sends nothing new
    assert str(dagbag.dags["sco_digest"].test().state) == "success"
    assert len(smtp_sink.messages) == 1


def test_a_failed_source_fails_its_task_only(airflow_db: Path, dagbag: Any, tmp_path: Path,
                                             astanatimes_site: Any,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from support import free_port

    config = tmp_path / "scowatch.toml"
    text = demo_config(astanatimes_site.base_url, tmp_path)
    text += ('\n[[sources]]\nname = "deadoutlet"\nspider = "astanatimes"\n'
             f'start_urls = ["http://127.0.0.1:{free_port()}/feed/"]\n')
    config.write_text(text, encoding="utf-8")
    monkeypatch.setenv("SCOWATCH_CONFIG", str(config))
    dag = dagbag.dags["sco_scrape"]
    crawl = dag.get_task("crawl")
    monkeypatch.setitem(crawl.partial_kwargs, "retries", 0)  # no 2-minute retry wait in a test
    run = dag.test()
    states = task_states(run)
    by_label = {label: state for (task, _), (state, label) in states.items() if task == "crawl"}
    # both sources crawl in one process (group_size 50); the group's task fails, named by its
    # sources, and what the sound source stored is still announced
    assert by_label == {"astanatimes, deadoutlet": "failed"}
    assert states[("publish", -1)][0] == "success"
    from pipeline.db import Database
    from pipeline.models import CrawlRun

    db = Database(load_settings(config).database_url)
    with db.session() as session:
        status = {r.source: r.status for r in session.query(CrawlRun)}
    assert status == {"astanatimes": "ok", "deadoutlet": "failed"}


def test_one_source_can_be_rerun_alone_through_the_run_config(
        airflow_db: Path, dagbag: Any, tmp_path: Path, astanatimes_site: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "scowatch.toml"
    text = demo_config(astanatimes_site.base_url, tmp_path)
    text += ('\n[[sources]]\nname = "other"\nspider = "astanatimes"\n'
             f'start_urls = ["{astanatimes_site.base_url}/feed/"]\n')
    config.write_text(text, encoding="utf-8")
    monkeypatch.setenv("SCOWATCH_CONFIG", str(config))
    run = dagbag.dags["sco_scrape"].test(run_conf={"sources": ["other"]})
    states = task_states(run)
    assert {label for (task, _), (_, label) in states.items() if task == "crawl"} == {"other"}
    assert str(run.state) == "success"
    assert os.environ["SCOWATCH_CONFIG"] == str(config)


def asset_events_of(dag_run: Any) -> list[str]:
    """URIs of the asset events a DAG run's tasks emitted."""
    from airflow.models.asset import AssetEvent, AssetModel
    from airflow.utils.session import create_session

    with create_session() as session:
        rows = (session.query(AssetModel.uri).join(AssetEvent, AssetEvent.asset_id == AssetModel.id)
                .filter(AssetEvent.source_dag_id == dag_run.dag_id,
                        AssetEvent.source_run_id == dag_run.run_id).all())
        return [uri for (uri,) in rows]


def test_a_steady_run_that_stores_nothing_emits_no_asset_event(
        airflow_db: Path, dagbag: Any, tmp_path: Path, astanatimes_site: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """sco_process is scheduled on the stored-articles asset: a run that found nothing new (the
    steady state of a 30-minute schedule) must not start it."""
    config = tmp_path / "scowatch.toml"
    config.write_text(demo_config(astanatimes_site.base_url, tmp_path), encoding="utf-8")
    monkeypatch.setenv("SCOWATCH_CONFIG", str(config))
    dag = dagbag.dags["sco_scrape"]

    first = dag.test()
    assert str(first.state) == "success"
    assert task_states(first)[("publish", -1)][0] == "success"
    assert asset_events_of(first) == ["scowatch://articles/stored"]

    steady = dag.test()  # the same site again: feed answers 304 or every article is stored
    states = task_states(steady)
    assert states[("crawl", 0)][0] == "success"  # the source is healthy, it just found nothing
    assert states[("publish", -1)][0] == "skipped"
    assert asset_events_of(steady) == []
    assert str(steady.state) == "success"
