"""Airflow for the DAG tests: a throw-away AIRFLOW_HOME with a migrated SQLite metadata DB.

The environment is set when this file is imported, before anything imports Airflow.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from support import DAGS  # noqa: E402  (tests/conftest.py put tests/ on sys.path)

_HOME = Path(tempfile.mkdtemp(prefix="scowatch-airflow-"))
os.environ.update({
    "AIRFLOW_HOME": str(_HOME),
    "AIRFLOW__CORE__DAGS_FOLDER": str(DAGS),
    "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
    "AIRFLOW__CORE__UNIT_TEST_MODE": "False",
    "AIRFLOW__LOGGING__LOGGING_LEVEL": "WARNING",
})


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Ask xdist to keep every Airflow test on one worker, which migrates the metadata DB once.
    Checked 2026-12-05: with pytest 9.2 and pytest-xdist 3.8 the group has no effect (xdist's
    worker appends the group to `item._nodeid`, which pytest 9.2 no longer reads: node ids come
    from `item._id`), so both workers may run Airflow tests, each with its own AIRFLOW_HOME and
    migration: slower by one migration, not wrong."""
    for item in items:
        if str(DAGS.parent / "tests" / "dags") in str(item.fspath):
            item.add_marker(pytest.mark.xdist_group("airflow"))


@pytest.fixture(autouse=True)
def signal_handlers_kept() -> Iterator[None]:
    """Give back the SIGINT and SIGTERM handlers each DAG test found. dag.test() runs every task
    in this process, and Airflow's task runner (`_run_task_and_map_outcome`, task-sdk 1.3)
    installs a SIGTERM handler for the task's on_kill() and never restores it (a real task
    process exits after its task): the xdist worker would keep it for every later test."""
    kept = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    yield
    for sig, handler in kept.items():
        if handler is not None and signal.getsignal(sig) is not handler:
            signal.signal(sig, handler)


@pytest.fixture(scope="session")
def airflow_db() -> Path:
    """A migrated Airflow metadata database (SQLite) in a temporary AIRFLOW_HOME."""
    proc = subprocess.run([sys.executable, "-m", "airflow", "db", "migrate"],
                          capture_output=True, text=True, env=os.environ.copy(), timeout=600)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    return _HOME


@pytest.fixture(scope="session")
def dagbag() -> Any:
    """The project's DAGs, parsed the way the dag-processor parses a bundle."""
    from airflow.dag_processing.dagbag import BundleDagBag

    return BundleDagBag(str(DAGS), bundle_path=DAGS)


@pytest.fixture
def scowatch_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Nothing: a hook for tests that set SCOWATCH_* for the tasks they run."""
    yield
