"""Round 50 (ops50): stopping a run leaves none of its processes, also those whose parent ended
first or that moved to a session of their own, as `airflow standalone` leaves them.

The bug (`make e2e`, tests/e2e/test_stop_standalone.py): Ctrl-C, then SIGTERM, to standalone's
process group ended standalone and its scheduler, but the LocalExecutor workers ignore SIGINT and
outlived SIGTERM; handed to init, they were no longer below standalone, and `stop_tree`, which
followed only the tree below the ended standalone, returned no survivors while they ran on. A fake
standalone stands in for Airflow here: a child that ignores SIGINT and SIGTERM (the workers) and
one that starts a session of its own once its parent has gone (a task runner, a crawl).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.processes import RUN_VARIABLE, alive, run_members, stop_tree, supervise

# upper bounds, left early once nothing of the run is left: wide enough for a loaded machine
# (the full suite on 2 cores), where a first run of these tests timed out at 10 s
STEPS = ((signal.SIGINT, 1.0), (signal.SIGTERM, 1.0), (signal.SIGKILL, 30.0))

STUBBORN = ("import signal, time\n"
            "for sig in (signal.SIGINT, signal.SIGTERM):\n"
            "    signal.signal(sig, signal.SIG_IGN)\n"
            "print('ready', flush=True)\n"
            "time.sleep(120)\n")
# waits for its parent to end, then leaves the session: neither below nor beside standalone
LATE = ("import os, signal, time\n"
        "signal.signal(signal.SIGINT, signal.SIG_IGN)\n"
        "parent = os.getppid()\n"
        "print('ready', flush=True)\n"
        "while os.getppid() == parent:\n"
        "    time.sleep(0.05)\n"
        "os.setsid()\n"
        "time.sleep(120)\n")
# a fake `airflow standalone`: starts both, says their pids, then runs until a signal ends it
# (KeyboardInterrupt on SIGINT) or, with "exit", ends at once and leaves them behind
STANDALONE = f"""
import signal, subprocess, sys, time
# Ctrl-C ends it, also where the test runs with SIGINT ignored (a background job)
signal.signal(signal.SIGINT, signal.default_int_handler)
kids = [subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE)
        for code in ({STUBBORN!r}, {LATE!r})]
for kid in kids:
    kid.stdout.readline()
print(" ".join(str(kid.pid) for kid in kids), flush=True)
if sys.argv[1:] != ["exit"]:
    time.sleep(120)
"""


def marked(marker: str) -> list[int]:
    """Live processes with `marker` ("NAME=value") in their environment, read from /proc."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            variables = (entry / "environ").read_bytes().split(b"\0")
        except OSError:
            continue
        if marker.encode() in variables and alive(int(entry.name)):
            found.append(int(entry.name))
    return found


def session_of(pid: int) -> int:
    return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[3])


def wait_until(check: object, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


@pytest.fixture
def marker() -> Iterator[str]:
    """A variable only this test's processes carry; whatever is left is killed afterwards."""
    mark = f"SCOWATCH_TEST_RUN={uuid.uuid4().hex}"
    yield mark
    for pid in marked(mark):
        os.kill(pid, signal.SIGKILL)


@pytest.fixture
def bystander() -> Iterator[subprocess.Popen[bytes]]:
    """A process of the same user that is no part of the run: it must outlive every stop."""
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"],
                            start_new_session=True)
    yield proc
    proc.kill()
    proc.wait()


def start(marker: str, *args: str) -> tuple[subprocess.Popen[bytes], list[int]]:
    name, value = marker.split("=", 1)
    proc = subprocess.Popen([sys.executable, "-c", STANDALONE, *args], stdout=subprocess.PIPE,
                            env={**os.environ, name: value}, start_new_session=True)
    assert proc.stdout is not None
    return proc, [int(pid) for pid in proc.stdout.readline().split()]


def test_after_ctrl_c_the_orphans_of_standalone_are_stopped(
        marker: str, bystander: subprocess.Popen[bytes]) -> None:
    proc, (stubborn, late) = start(marker)
    os.killpg(proc.pid, signal.SIGINT)  # the terminal's Ctrl-C: standalone ends, its kids stay
    proc.wait(timeout=60)
    wait_until(lambda: session_of(late) == late)
    assert alive(stubborn) and alive(late)

    assert stop_tree(proc, STEPS, marker=marker) == []
    assert marked(marker) == []
    assert alive(bystander.pid)


def test_without_the_marker_the_group_is_still_stopped(marker: str) -> None:
    # the stubborn child stays in standalone's process group after standalone ended: found by
    # the group; the one that left the session after its parent had gone is found only by the
    # marker (what `supervise` sets), so here it is left and reported by nobody
    proc, (stubborn, late) = start(marker)
    os.killpg(proc.pid, signal.SIGINT)
    proc.wait(timeout=60)
    wait_until(lambda: session_of(late) == late)

    assert stop_tree(proc, STEPS) == []
    assert not alive(stubborn)
    assert marked(marker) == [late]


def test_run_members_by_group_session_and_marker(marker: str) -> None:
    proc, (stubborn, late) = start(marker)
    try:
        assert run_members(proc.pid) >= {proc.pid, stubborn, late}
        os.killpg(proc.pid, signal.SIGINT)
        proc.wait(timeout=60)
        wait_until(lambda: session_of(late) == late)
        assert run_members(proc.pid) == {stubborn}
        assert run_members(proc.pid, marker) == {stubborn, late}
        assert os.getpid() not in run_members(os.getpgid(0))
    finally:
        stop_tree(proc, STEPS, marker=marker)


def test_supervise_stops_what_the_command_left_when_it_ended(
        marker: str, bystander: subprocess.Popen[bytes]) -> None:
    name, value = marker.split("=", 1)
    lines: list[str] = []
    status = supervise([sys.executable, "-c", STANDALONE, "exit"],
                       env={**os.environ, name: value}, steps=STEPS, log=lines.append)
    assert status == 0
    assert marked(marker) == [] and lines == []
    assert alive(bystander.pid)


def test_ctrl_c_on_the_supervisor_stops_the_whole_run(
        marker: str, bystander: subprocess.Popen[bytes]) -> None:
    # what `make run` does on Ctrl-C: the supervisor gets SIGINT, standalone (in a session of
    # its own) does not; the supervisor stops the run, then ends itself
    code = ("import signal, sys\nfrom pipeline.processes import supervise\n"
            f"steps = [(signal.Signals(s), t) for s, t in {[(int(s), t) for s, t in STEPS]!r}]\n"
            f"supervise([sys.executable, '-c', {STANDALONE!r}], steps=steps)\n")
    name, value = marker.split("=", 1)
    supervisor = subprocess.Popen([sys.executable, "-c", code], env={**os.environ, name: value},
                                  start_new_session=True, stderr=subprocess.DEVNULL)
    wait_until(lambda: len(marked(marker)) >= 4)  # supervisor, standalone and its two kids
    run = [pid for pid in marked(marker)
           if any(v.startswith(f"{RUN_VARIABLE}=".encode())
                  for v in Path(f"/proc/{pid}/environ").read_bytes().split(b"\0"))]
    assert len(run) == 3 and supervisor.pid not in run  # what it started carries the run's mark
    os.killpg(supervisor.pid, signal.SIGINT)
    supervisor.wait(timeout=120)
    assert marked(marker) == []
    assert alive(bystander.pid)
