"""`make test` runs `pytest -n 4 --dist loadgroup`: tests marked with one `xdist_group` must run
in one worker (the database-fault tests share a file lock, the DAG tests one Airflow home, the
real-set tests one scoring). pytest 9.2 with pytest-xdist 3.8 dropped the grouping silently
(pytest-dev/pytest-xdist#1386), so the lock holds pytest below 9.2; this test fails if a lock
update brings the fault back."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

GROUPED = '''
import os
from pathlib import Path

import pytest

OUT = Path(os.environ["GROUP_OUT"])


def _worker(name: str) -> None:
    (OUT / name).write_text(os.environ.get("PYTEST_XDIST_WORKER", "none"))


@pytest.mark.xdist_group("one")
@pytest.mark.parametrize("n", range(4))
def test_grouped(n: int) -> None:
    _worker(f"grouped-{n}")


@pytest.mark.parametrize("n", range(4))
def test_free(n: int) -> None:
    _worker(f"free-{n}")
'''


def test_tests_of_one_xdist_group_run_in_one_worker(tmp_path: Path) -> None:
    (tmp_path / "test_grouped.py").write_text(GROUPED, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    env = {**os.environ, "GROUP_OUT": str(out)}
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-n", "2", "--dist", "loadgroup", "-q",
         "-p", "no:cacheprovider", "-c", os.devnull, "--rootdir", str(tmp_path),
         str(tmp_path / "test_grouped.py")],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    workers = {p.name: p.read_text() for p in out.iterdir()}
    assert len(workers) == 8, workers
    grouped = {w for name, w in workers.items() if name.startswith("grouped-")}
    assert len(grouped) == 1 and grouped != {"none"}, workers
