"""Ctrl-C on `make run` stops the crawls it started (issue 12) and every Airflow process (round
50: a LocalExecutor worker, which ignores SIGINT, outlived standalone).

`scowatch standalone` (what `make run` runs) runs the scowatch DAGs; a sco_scrape crawl waits on a
feed that asks for 200 s (`Retry-After`). Then the terminal's Ctrl-C is imitated: SIGINT to
the process group of `scowatch standalone`, which runs `airflow standalone` in a session of its
own and stops the whole run. Once it has ended, no process of the run may be left: none whose
environment names this test's AIRFLOW_HOME (components, workers, task runners, crawls), whoever
its parent is now.

Slow (a minute or two): `make e2e` runs it, `make test` does not.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
from e2e_support import AirflowApi, processes_of, wait_for
from faults_support import processes_mentioning
from support import SmtpSink, free_port
from test_airflow_standalone import VENV_BIN, airflow_env

from pipeline.fixture_server import ServedSite, demo_site_path
from pipeline.processes import stop_tree

pytestmark = pytest.mark.slow


def crawl_processes(folder: Path) -> list[int]:
    """Live `scrapy crawlgroup` processes working under `folder`."""
    found = []
    for pid in processes_mentioning(str(folder)):
        try:
            if b"crawlgroup" in Path(f"/proc/{pid}/cmdline").read_bytes():
                found.append(pid)
        except OSError:  # ended meanwhile
            continue
    return found


def test_ctrl_c_on_standalone_leaves_no_crawl_running(tmp_path: Path) -> None:
    home, work = tmp_path / "airflow", tmp_path / "scowatch"
    home.mkdir()
    work.mkdir()
    site = ServedSite(demo_site_path("astanatimes"), "https://astanatimes.com").start()
    site.overrides["/feed/"] = (503, {"Retry-After": "200"}, b"<h1>busy</h1>")
    config = work / "scowatch.toml"
    config.write_text(f'[[sources]]\nname = "waiting"\nspider = "feed"\n'
                      f'start_urls = ["{site.url("/feed/")}"]\n', "utf-8")
    sink = SmtpSink()
    sink.controller.start()
    port = free_port()
    log = tmp_path / "airflow-standalone.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen([str(VENV_BIN / "scowatch"), "standalone"], cwd=tmp_path,
                                stdout=out, stderr=subprocess.STDOUT,
                                env=airflow_env(home, port, config, sink),
                                start_new_session=True)
    api = AirflowApi(f"http://127.0.0.1:{port}", home, log, sink=sink, extra={})
    try:
        wait_for("the api-server", lambda: api.call("GET", "/api/v2/version"), 240, log=log)
        wait_for("the generated admin password",
                 lambda: (home / "simple_auth_manager_passwords.json.generated").exists(), 60,
                 log=log)
        api.login()
        wait_for("sco_scrape to be parsed",
                 lambda: api.call("GET", "/api/v2/dags/sco_scrape"), 180, log=log)
        api.unpause("sco_scrape")
        api.trigger("sco_scrape")
        wait_for("a crawl waiting on the feed", lambda: site.hits["/feed/"] >= 1
                 and crawl_processes(work), 240, log=log)
        time.sleep(2.0)
        crawls = crawl_processes(work)
        assert crawls

        os.killpg(proc.pid, signal.SIGINT)  # what the terminal sends on Ctrl-C
        try:
            # the stop's steps (SIGINT, SIGTERM, SIGKILL) take at most 35 s
            assert proc.wait(timeout=60) == 130
        except subprocess.TimeoutExpired:
            pytest.fail("scowatch standalone did not stop after Ctrl-C")
        left = processes_of(home, tmp_path)
        assert not left, f"processes of the run left running: {left}"
        assert not crawl_processes(work)
        assert site.hits["/feed/"] == 1  # the 200 s wait was never served out
    finally:
        survivors = stop_tree(proc, marker=f"AIRFLOW_HOME={home}")
        for pid in crawl_processes(work):
            os.kill(pid, signal.SIGKILL)
        site.stop()
        sink.controller.stop()
    assert not survivors, f"processes left running: {survivors}"
