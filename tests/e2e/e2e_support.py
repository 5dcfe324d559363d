"""Helpers of the end-to-end tests: poll, and Airflow's REST API (stopping process trees:
pipeline.processes)."""

from __future__ import annotations

import json
import os
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

# --- processes


def processes_of(home: Path, folder: Path) -> list[int]:
    """Live processes of one throw-away Airflow: those whose environment names `home` as
    AIRFLOW_HOME or whose working directory is in `folder` (what the test started them in), also
    when handed to init or moved to a session of their own. Both: a process that renames itself
    (setproctitle: the LocalExecutor workers, the task runners) overwrites its /proc environ."""
    wanted = f"AIRFLOW_HOME={home}".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            variables = (entry / "environ").read_bytes().split(b"\0")
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
            cwd = Path(os.readlink(entry / "cwd"))
        except (OSError, IndexError):
            continue
        ours = wanted in variables or cwd == folder or folder in cwd.parents
        if ours and state not in ("Z", "X"):
            found.append(int(entry.name))
    return found


def wait_for(what: str, check: Callable[[], Any], timeout: float, every: float = 2.0,
             log: Path | None = None) -> Any:
    """Poll `check` until it returns something truthy; fail naming `what` (and the log tail)."""
    deadline = time.monotonic() + timeout
    last_error = ""
    while time.monotonic() < deadline:
        try:
            value = check()
            if value:
                return value
        except (OSError, urllib.error.URLError, KeyError, ValueError) as exc:
            last_error = f"{type(exc).__name__}: {exc}"
        time.sleep(every)
    tail = ""
    if log is not None and log.exists():
        tail = "\n--- airflow log tail ---\n" + log.read_text(errors="replace")[-6000:]
    pytest.fail(f"timed out after {timeout:.0f} s waiting for {what} {last_error}{tail}")


# --- the REST API


@dataclass
class AirflowApi:
    """A running Airflow's REST API (v2), authenticated with a JWT from POST /auth/token."""

    base: str
    home: Path
    log: Path
    token: str = ""
    sink: Any = None  # the SmtpSink the instance mails to, if any
    extra: dict[str, Any] = field(default_factory=dict)

    def call(self, method: str, path: str, body: Any = None) -> Any:
        """One JSON request; returns the decoded answer."""
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.base + path, data=data, method=method)
        request.add_header("Content-Type", "application/json")
        if self.token:
            request.add_header("Authorization", f"Bearer {self.token}")
        with urllib.request.urlopen(request, timeout=30) as answer:
            raw = answer.read()
        return json.loads(raw) if raw else None

    def login(self) -> str:
        """A JWT for `admin`, whose password the simple auth manager generated into AIRFLOW_HOME."""
        passwords = self.home / "simple_auth_manager_passwords.json.generated"
        password = json.loads(passwords.read_text())["admin"]
        self.token = ""
        answer = self.call("POST", "/auth/token", {"username": "admin", "password": password})
        self.token = answer["access_token"]
        return self.token

    def run_state(self, dag_id: str, run_id: str) -> str:
        return str(self.call("GET", f"/api/v2/dags/{dag_id}/dagRuns/{run_id}")["state"])

    def runs(self, dag_id: str) -> list[dict[str, Any]]:
        return list(self.call("GET", f"/api/v2/dags/{dag_id}/dagRuns?limit=50")["dag_runs"])

    def task_instances(self, dag_id: str, run_id: str) -> list[dict[str, Any]]:
        answer = self.call("GET", f"/api/v2/dags/{dag_id}/dagRuns/{run_id}/taskInstances")
        return list(answer["task_instances"])

    def unpause(self, dag_id: str) -> None:
        self.call("PATCH", f"/api/v2/dags/{dag_id}", {"is_paused": False})

    def trigger(self, dag_id: str) -> str:
        answer = self.call("POST", f"/api/v2/dags/{dag_id}/dagRuns", {"logical_date": None})
        return str(answer["dag_run_id"])

    def wait_success(self, dag_id: str, run_id: str, timeout: float = 420) -> None:
        """Wait for a run to end; fail with its task states when it did not succeed."""
        def finished() -> str | None:
            state = self.run_state(dag_id, run_id)
            return state if state in ("success", "failed") else None

        state = wait_for(f"{dag_id} run {run_id}", finished, timeout, log=self.log)
        if state != "success":
            tis = [(t["task_id"], t.get("rendered_map_index"), t["state"])
                   for t in self.task_instances(dag_id, run_id)]
            pytest.fail(f"{dag_id} run {run_id} ended {state}: {tis}\n"
                        + self.log.read_text(errors="replace")[-6000:])
