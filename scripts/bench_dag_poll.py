"""Polling many sources through Airflow (issue 13): what one steady-state `sco_scrape` DAG run
costs under `airflow standalone`, Airflow's own task overhead included.

N look-alike outlets are served on loopback by bench_poll.py's server and written into the
starter config as bench_poll.py does. Then `airflow standalone` starts with the environment
`make run` gives it (a throw-away AIRFLOW_HOME with SQLite, dags/, SCOWATCH_CONFIG), and the REST
API drives it: sco_scrape is unpaused (its scheduled run is the cold one: every article new), then
a second run is triggered (nothing changed: every feed answers 304) and measured: wall time, and
the CPU seconds of the whole standalone process tree from /proc (utime + stime + cutime + cstime
of every process in it, at the start and the end of the run, so processes that ended during the
run count through the parent that reaped them). Then, for the same wall time with no DAG run, the
same tree's idle CPU (scheduler, dag-processor, triggerer, api-server), which is subtracted for
"minus idle". Method and figures: docs/benchmarks.md, "Polling many sources (issue 13)".
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
SCRIPTS_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, str(SCRIPTS_DIR))

from bench_crawl import code_identity  # noqa: E402
from bench_poll import (  # noqa: E402
    Outlet,
    PollServer,
    cli_env,
    database_state,
    fill_outlets,
    outlet_host,
    raise_open_files_limit,
    self_cpu,
    sizes_of,
    write_config,
)

from pipeline.processes import proc_table, stop_tree, tree_of  # noqa: E402

DEFAULT_LOG_DIR = REPO_ROOT / "var" / "bench-dag-poll"
VENV_BIN = Path(sys.executable).parent
DAG_ID = "sco_scrape"
POLL_SECONDS = 1.0
SETTLE_SECONDS = 15.0


class Failed(Exception):
    """The benchmark could not go on (Airflow did not start, a run did not end in time...)."""


# --- the process tree


def tree_cpu(root: int) -> tuple[float, int]:
    """CPU seconds of the tree under `root` (reaped children included) and its process count."""
    table = proc_table()
    tree = tree_of(root, table)
    return sum(table[p][1] for p in tree), len(tree)


# --- Airflow


def free_port() -> int:
    """A free TCP port on loopback."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def airflow_env(base: dict[str, str], home: Path, port: int, config: Path) -> dict[str, str]:
    """`make run`'s environment (Makefile), on a free loopback port, with this config."""
    env = {k: v for k, v in base.items() if not k.startswith("AIRFLOW")}
    env.update({
        "PATH": f"{VENV_BIN}{os.pathsep}{env.get('PATH', '')}",
        "AIRFLOW_HOME": str(home),
        "AIRFLOW__CORE__DAGS_FOLDER": str(REPO_ROOT / "dags"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        # make run unpauses every DAG at creation; here only sco_scrape is unpaused, so that the
        # asset-scheduled sco_process (and the digests) do not run inside the measured window
        "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": "True",
        "AIRFLOW__CORE__PARALLELISM": "4",
        "AIRFLOW__API__HOST": "127.0.0.1",
        "AIRFLOW__API__PORT": str(port),
        "AIRFLOW__API__BASE_URL": f"http://127.0.0.1:{port}",
        "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"http://127.0.0.1:{port}/execution/",
        "SCOWATCH_CONFIG": str(config),
    })
    return env


@dataclass
class Api:
    """The REST API (v2) of the standalone instance, with a JWT from POST /auth/token."""

    base: str
    home: Path
    token: str = ""

    def call(self, method: str, path: str, body: Any = None, retry_auth: bool = True) -> Any:
        """One JSON request (logs in again once when the token was refused)."""
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.base + path, data=data, method=method)
        request.add_header("Content-Type", "application/json")
        if self.token:
            request.add_header("Authorization", f"Bearer {self.token}")
        try:
            with urllib.request.urlopen(request, timeout=30) as answer:
                raw = answer.read()
        except urllib.error.HTTPError as exc:
            if exc.code == 401 and self.token and retry_auth:
                self.login()
                return self.call(method, path, body, retry_auth=False)
            raise
        return json.loads(raw) if raw else None

    def login(self) -> None:
        """A JWT for `admin`, whose password the simple auth manager wrote into AIRFLOW_HOME."""
        passwords = self.home / "simple_auth_manager_passwords.json.generated"
        password = json.loads(passwords.read_text("utf-8"))["admin"]
        self.token = ""
        answer = self.call("POST", "/auth/token", {"username": "admin", "password": password})
        self.token = answer["access_token"]

    def run_state(self, run_id: str) -> str:
        return str(self.call("GET", f"/api/v2/dags/{DAG_ID}/dagRuns/{run_id}")["state"])

    def runs(self) -> list[dict[str, Any]]:
        return list(self.call("GET", f"/api/v2/dags/{DAG_ID}/dagRuns?limit=20")["dag_runs"])

    def task_instances(self, run_id: str) -> list[dict[str, Any]]:
        answer = self.call("GET", f"/api/v2/dags/{DAG_ID}/dagRuns/{run_id}/taskInstances"
                                  "?limit=1000")
        return list(answer["task_instances"])


def wait_for(what: str, check: Callable[[], Any], timeout: float, every: float = 2.0) -> Any:
    """Poll `check` until it returns something truthy; raise Failed after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    last_error = ""
    while time.monotonic() < deadline:
        try:
            value = check()
            if value:
                return value
        except (OSError, urllib.error.URLError, KeyError, ValueError) as exc:
            last_error = f" (last: {type(exc).__name__}: {exc})"
        time.sleep(every)
    raise Failed(f"timed out after {timeout:.0f} s waiting for {what}{last_error}")


@contextmanager
def standalone(env: dict[str, str], cwd: Path, log_file: Path) -> Iterator[subprocess.Popen[bytes]]:
    """`airflow standalone` in its own session, its whole tree stopped on the way out."""
    with open(log_file, "wb") as out:
        proc = subprocess.Popen([str(VENV_BIN / "airflow"), "standalone"], cwd=cwd, env=env,
                                stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        yield proc
    finally:
        survivors = stop_tree(proc)
        if survivors:
            print(f"WARNING: processes left running after stopping airflow: {survivors}",
                  file=sys.stderr, flush=True)


# --- measuring


@dataclass
class Window:
    """What the standalone tree cost over some wall time."""

    wall_seconds: float
    cpu_seconds: float
    processes_at_end: int


def finished_state(api: Api, run_id: str) -> str | None:
    """The run's state once it ended, else None (None too when the API did not answer)."""
    try:
        state = api.run_state(run_id)
    except (OSError, urllib.error.URLError, ValueError):
        return None
    return state if state in ("success", "failed") else None


def measure_run(api: Api, root: int, run_id: str | None, timeout: float) -> tuple[str, str, Window]:
    """Trigger a run (or take `run_id`, already started) and wait for its end, polling every
    POLL_SECONDS; the tree's CPU from just before the trigger to the first poll that sees it
    ended. Returns the run id, its final state and the window."""
    cpu0, _ = tree_cpu(root)
    started = time.monotonic()
    if run_id is None:
        run_id = str(api.call("POST", f"/api/v2/dags/{DAG_ID}/dagRuns",
                              {"logical_date": None})["dag_run_id"])
    state = None
    while state is None:
        if time.monotonic() - started > timeout:
            raise Failed(f"{DAG_ID} run {run_id} did not end within {timeout:.0f} s")
        time.sleep(POLL_SECONDS)
        state = finished_state(api, run_id)
    wall = time.monotonic() - started
    cpu1, processes = tree_cpu(root)
    return run_id, state, Window(round(wall, 2), round(cpu1 - cpu0, 2), processes)


def measure_idle(api: Api, root: int, run_id: str, seconds: float) -> Window:
    """The tree's CPU over `seconds` with no DAG run, polling the API as a measured run does."""
    cpu0, _ = tree_cpu(root)
    started = time.monotonic()
    while time.monotonic() - started < seconds:
        time.sleep(POLL_SECONDS)
        finished_state(api, run_id)
    wall = time.monotonic() - started
    cpu1, processes = tree_cpu(root)
    return Window(round(wall, 2), round(cpu1 - cpu0, 2), processes)


def crawls_by_source(database_url: str, since_id: int) -> dict[str, str]:
    """Each source's status in the crawl runs recorded after run id `since_id` (its last one)."""
    from sqlalchemy import text

    from pipeline.db import Database

    db = Database(database_url)
    try:
        with db.session() as session:
            rows = session.execute(text("SELECT source, status FROM crawl_runs WHERE id > :i"
                                        " ORDER BY id"), {"i": since_id}).all()
    finally:
        db.dispose()
    return {str(source): str(status) for source, status in rows}


def last_run_id(database_url: str) -> int:
    """The newest crawl run's id (0 when none)."""
    from sqlalchemy import text

    from pipeline.db import Database

    db = Database(database_url)
    try:
        with db.session() as session:
            return int(session.execute(text("SELECT coalesce(max(id), 0) FROM crawl_runs"))
                       .scalar_one())
    finally:
        db.dispose()


def task_summary(api: Api, run_id: str) -> dict[str, Any]:
    """The run's task instances: how many, per task and per state."""
    tis = api.task_instances(run_id)
    per_task: dict[str, int] = {}
    per_state: dict[str, int] = {}
    for ti in tis:
        per_task[ti["task_id"]] = per_task.get(ti["task_id"], 0) + 1
        per_state[str(ti["state"])] = per_state.get(str(ti["state"]), 0) + 1
    return {"count": len(tis), "per_task": per_task, "per_state": per_state}


def run_size(sources: int, articles: int, timeout: float, startup_timeout: float,
             log_dir: Path, log: Callable[[str], None]) -> dict[str, Any]:
    """One size: outlets served, a fresh config and Airflow, the cold run, the measured steady
    run, the idle window."""
    outlets = [Outlet(i, outlet_host(i)) for i in range(sources)]
    result: dict[str, Any] = {"sources": sources, "problems": []}
    with tempfile.TemporaryDirectory(prefix="scowatch-bench-dag-poll-") as tmp_name, \
            PollServer(outlets) as server:
        tmp = Path(tmp_name)
        fill_outlets(outlets, articles)
        env = cli_env(None)
        config = write_config(tmp, outlets, env)
        from pipeline.config import load_settings

        settings = load_settings(config, env=env)
        database_url = settings.database_url
        result["group_size"] = settings.crawl.group_size
        home = tmp / "airflow"
        home.mkdir()
        port = free_port()
        log_file = log_dir / f"{sources}-sources-airflow-standalone.log"
        result["log_file"] = str(log_file)
        api = Api(f"http://127.0.0.1:{port}", home)
        started = time.monotonic()
        with standalone(airflow_env(env, home, port, config), tmp, log_file) as proc:
            wait_for("the api-server", lambda: api.call("GET", "/api/v2/version"),
                     startup_timeout)
            wait_for("the generated admin password", lambda: (
                home / "simple_auth_manager_passwords.json.generated").exists(), 60)
            api.login()
            wait_for(f"the dag-processor to parse {DAG_ID}",
                     lambda: api.call("GET", f"/api/v2/dags/{DAG_ID}"), startup_timeout)
            errors = api.call("GET", "/api/v2/importErrors")
            if errors["total_entries"]:
                raise Failed(f"DAG import errors: {errors}")
            result["startup_seconds"] = round(time.monotonic() - started, 1)
            log(f"{sources:5} sources: airflow standalone up, {DAG_ID} parsed after "
                f"{result['startup_seconds']} s")

            # cold: unpausing starts the latest scheduled run (catchup=False), else trigger one
            cpu0, _ = tree_cpu(proc.pid)
            cold_started = time.monotonic()
            api.call("PATCH", f"/api/v2/dags/{DAG_ID}", {"is_paused": False})
            try:
                cold_id = wait_for("the scheduled run", lambda: [
                    r["dag_run_id"] for r in api.runs()], 60, every=1.0)[0]
            except Failed:
                cold_id = None
            cold_id, cold_state, _ = measure_run(api, proc.pid, cold_id, timeout)
            cpu1, processes = tree_cpu(proc.pid)
            cold = Window(round(time.monotonic() - cold_started, 2), round(cpu1 - cpu0, 2),
                          processes)
            result["cold"] = {"run_id": cold_id, "state": cold_state, **vars(cold)}
            log(f"{sources:5} sources: cold run {cold_id} {cold_state}: {cold.wall_seconds} s "
                f"wall, {cold.cpu_seconds} CPU-s")
            if cold_state != "success":
                result["problems"].append(f"cold run {cold_id} ended {cold_state}")
            time.sleep(SETTLE_SECONDS)

            # steady: nothing changed since, every feed answers 304
            before = database_state(database_url)
            since_id = last_run_id(database_url)
            server.take_hits()
            server_cpu0 = self_cpu()
            run_id, state, steady = measure_run(api, proc.pid, None, timeout)
            server_cpu = self_cpu() - server_cpu0
            served = server.take_hits()
            after = database_state(database_url)
            crawls = crawls_by_source(database_url, since_id)
            tasks = task_summary(api, run_id)
            log(f"{sources:5} sources: steady run {run_id} {state}: {steady.wall_seconds} s "
                f"wall, {steady.cpu_seconds} CPU-s, {tasks['count']} tasks")
            time.sleep(SETTLE_SECONDS)
            idle = measure_idle(api, proc.pid, run_id, steady.wall_seconds)
            log(f"{sources:5} sources: idle {idle.wall_seconds} s wall, {idle.cpu_seconds} CPU-s")

        ok = sorted(s for s, status in crawls.items() if status == "ok")
        net = steady.cpu_seconds - idle.cpu_seconds * steady.wall_seconds / idle.wall_seconds
        result.update(
            steady={"run_id": run_id, "state": state, **vars(steady),
                    "cpu_seconds_per_source": round(steady.cpu_seconds / sources, 3),
                    "wall_seconds_per_source": round(steady.wall_seconds / sources, 3)},
            idle=vars(idle),
            steady_minus_idle={"cpu_seconds": round(net, 2),
                               "cpu_seconds_per_source": round(net / sources, 3)},
            tasks=tasks, crawls_ok=len(ok),
            crawls_not_ok={s: st for s, st in crawls.items() if st != "ok"},
            new_articles=after["articles"] - before["articles"], articles_stored=after["articles"],
            served=served, server_cpu_seconds=round(server_cpu, 2),
            load_1min=round(os.getloadavg()[0], 2))
    problems = result["problems"]
    groups = -(-sources // result["group_size"])
    if state != "success":
        problems.append(f"steady run {run_id} ended {state} (log {result['log_file']})")
    if tasks["count"] != groups + 2 or set(tasks["per_state"]) != {"success"}:
        problems.append(f"steady run tasks: {tasks} (expected {groups + 2}, all success)")
    if len(ok) != sources or len(crawls) != sources:
        problems.append(f"steady run: {len(ok)} of {sources} sources crawled ok "
                        f"({result['crawls_not_ok']})")
    if result["new_articles"]:
        problems.append(f"steady run stored {result['new_articles']} articles, expected 0")
    if result["articles_stored"] != sources * articles:
        problems.append(f"{result['articles_stored']} articles stored, expected "
                        f"{sources * articles}")
    if served.get("feed 304", 0) != sources:
        problems.append(f"steady run: {served.get('feed 304', 0)} feeds answered 304, "
                        f"expected {sources} ({served})")
    if served.get("other 404") or served.get("broken connection"):
        problems.append(f"steady run: unexpected answers {served}")
    return result


def table(results: list[dict[str, Any]]) -> str:
    """The steady-state runs as a plain-text table."""
    lines = [f"{'sources':>7} {'tasks':>5} {'wall s':>7} {'CPU s':>7} {'CPU s/src':>9} "
             f"{'idle CPU s':>10} {'net CPU s':>9} {'net/src':>7} {'crawls ok':>9}"]
    for r in results:
        if "steady" not in r:
            lines.append(f"{r['sources']:>7} not measured: {'; '.join(r['problems'])}")
            continue
        s, i, n = r["steady"], r["idle"], r["steady_minus_idle"]
        lines.append(f"{r['sources']:>7} {r['tasks']['count']:>5} {s['wall_seconds']:>7.1f} "
                     f"{s['cpu_seconds']:>7.1f} {s['cpu_seconds_per_source']:>9.3f} "
                     f"{i['cpu_seconds']:>10.1f} {n['cpu_seconds']:>9.1f} "
                     f"{n['cpu_seconds_per_source']:>7.3f} {r['crawls_ok']:>9}")
    problems = [f"PROBLEM: {r['sources']} sources: {p}" for r in results for p in r["problems"]]
    return "\n".join(lines + (problems or [
        "checks: every run success, every task success, every source crawled ok, every feed "
        "answered 304, nothing new stored in the steady run"]))


def main(argv: list[str] | None = None) -> int:
    """Command line: per size, start Airflow, measure, stop; print the table; exit 1 on a
    failed check."""
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sources", type=sizes_of, default=[10, 50, 200],
                        help="numbers of sources, comma-separated (default: 10,50,200)")
    parser.add_argument("--articles-per-source", type=int, default=3)
    parser.add_argument("--timeout", type=float, help="seconds one DAG run may take (default: "
                        "300 + 10 per source)")
    parser.add_argument("--startup-timeout", type=float, default=900, help="seconds the "
                        "api-server, then the parse of sco_scrape, may each take (default: 900)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the results here")
    parser.add_argument("--log-dir", type=Path, default=DEFAULT_LOG_DIR,
                        help="where airflow standalone's output is kept (default: "
                             "var/bench-dag-poll)")
    args = parser.parse_args(argv)
    # a plain `kill` ends the benchmark through the same clean-up as Ctrl-C (Airflow stopped)
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    if args.articles_per_source < 1:
        parser.error("--articles-per-source must be at least 1")
    raise_open_files_limit(max(args.sources))
    args.log_dir.mkdir(parents=True, exist_ok=True)
    load_before = os.getloadavg()
    results = []
    for size in args.sources:
        try:
            results.append(run_size(size, args.articles_per_source,
                                    args.timeout or 300 + 10 * size, args.startup_timeout,
                                    args.log_dir,
                                    lambda line: print(line, flush=True)))
        except Failed as exc:
            results.append({"sources": size, "problems": [str(exc)]})
    print(table(results))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({
            "results": results, "articles_per_source": args.articles_per_source,
            "cpus": os.cpu_count(), "load_before": [round(x, 2) for x in load_before],
            "load_after": [round(x, 2) for x in os.getloadavg()], "code": code_identity(),
        }, indent=2) + "\n", "utf-8")
    return 1 if any(r["problems"] for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
