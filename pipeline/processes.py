"""Process trees read from Linux's /proc: who runs below a process, how much CPU they used, and
stopping a whole tree (an `airflow standalone` and everything it started) without leaving any,
and running one so (`scowatch standalone`, `make run`).

Used by the CLI, the end-to-end tests and the benchmarks that run Airflow; Linux only.
"""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from typing import Any

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
# How `stop_tree` asks: Ctrl-C first (airflow standalone stops its components), then kill.
STOP_STEPS: tuple[tuple[signal.Signals, float], ...] = (
    (signal.SIGINT, 20.0), (signal.SIGTERM, 10.0), (signal.SIGKILL, 5.0))

ProcTable = dict[int, tuple[int, float, str]]


def _stat_fields(pid: int | str) -> list[str] | None:
    """The fields of /proc/PID/stat after the command name (state first), or None."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
            return f.read().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None


def proc_table() -> ProcTable:
    """Every process: pid -> (ppid, CPU seconds of it and its reaped children, state)."""
    table = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        fields = _stat_fields(entry.name)
        if fields is None:
            continue
        # after the command: state ppid ... utime(14) stime(15) cutime(16) cstime(17), 1-based
        ticks = sum(int(fields[i]) for i in (11, 12, 13, 14))
        table[int(entry.name)] = (int(fields[1]), ticks / CLOCK_TICKS, fields[0])
    return table


def tree_of(root: int, table: ProcTable) -> set[int]:
    """`root` (when it exists) and every process below it."""
    children: dict[int, list[int]] = {}
    for pid, (ppid, _, _) in table.items():
        children.setdefault(ppid, []).append(pid)
    found, todo = {root} if root in table else set(), [root]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def descendants(pid: int) -> set[int]:
    """Every process below `pid` (not `pid` itself)."""
    return tree_of(pid, proc_table()) - {pid}


def alive(pid: int) -> bool:
    """Whether a process exists and is not a zombie."""
    fields = _stat_fields(pid)
    return fields is not None and fields[0] != "Z"


def _identity(pid: int) -> tuple[int, int, str] | None:
    """(process group, session, start time) of a live process, or None (gone or a zombie)."""
    fields = _stat_fields(pid)
    if fields is None or fields[0] in ("Z", "X"):
        return None
    # after the command: state ppid pgrp session ... starttime(22), 1-based
    return int(fields[2]), int(fields[3]), fields[19]


def _has_variable(pid: int, marker: bytes) -> bool:
    """Whether `marker` (b"NAME=value") is one of the process's environment variables."""
    try:
        with open(f"/proc/{pid}/environ", "rb") as f:
            return marker in f.read().split(b"\0")
    except OSError:
        return False


def run_members(leader: int, marker: str | None = None) -> set[int]:
    """Live processes of a run that `leader` was started as: in the session or process group it
    leads (they stay there after `leader` ended and they were handed to init) or, with `marker`
    ("NAME=value"), carrying that variable, which also finds what moved to a session of its own."""
    wanted = marker.encode() if marker else None
    found = set()
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        pid = int(entry.name)
        identity = _identity(pid)
        if identity is None:
            continue
        if leader in identity[:2] or (wanted is not None and _has_variable(pid, wanted)):
            found.add(pid)
    return found


def stop_tree(proc: subprocess.Popen[bytes],
              steps: Sequence[tuple[signal.Signals, float]] = STOP_STEPS,
              marker: str | None = None) -> list[int]:
    """Stop a process and everything it started: the processes below it, those of the session
    and process group it leads and, with `marker` ("NAME=value"), those carrying that variable.
    Each signal of `steps` in turn, with its bounded wait, until none is left; returns the
    survivors. A process is followed from the moment it is first seen, also once its parent has
    ended (Airflow's LocalExecutor workers ignore SIGINT and outlive a killed scheduler)."""
    seen: dict[int, str] = {}  # pid -> start time, so that a pid used again is not taken for ours

    def members() -> set[int]:
        table = proc_table()
        found = tree_of(proc.pid, table) | run_members(proc.pid, marker)
        for pid in [p for p in seen if p in table]:
            found |= tree_of(pid, table)
        for pid in found:
            identity = _identity(pid)
            if identity is not None:
                seen.setdefault(pid, identity[2])
        return {pid for pid, started in seen.items()
                if (identity := _identity(pid)) is not None and identity[2] == started}

    def signal_all(pids: set[int], sig: signal.Signals) -> None:
        for pid in pids:
            try:
                os.kill(pid, sig)
            except ProcessLookupError:
                pass

    left = members()
    for sig, grace in steps:
        if not left:
            break
        signal_all(left, sig)
        signalled = set(left)
        deadline = time.monotonic() + grace
        while left and time.monotonic() < deadline:
            if proc.poll() is None:
                try:
                    proc.wait(timeout=0.2)
                except subprocess.TimeoutExpired:
                    pass
            else:
                time.sleep(0.2)
            left = members()
            signal_all(left - signalled, sig)  # started while stopping: asked the same way
            signalled |= left
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        pass
    return sorted(members())


# Set in the environment of what `supervise` starts: every process of the run inherits it, also
# one that Airflow or scowatch starts in a session of its own (task runners, crawls).
RUN_VARIABLE = "SCOWATCH_RUN"


def supervise(command: Sequence[str], env: dict[str, str] | None = None,
              steps: Sequence[tuple[signal.Signals, float]] = STOP_STEPS,
              log: Callable[[str], None] = print) -> int:
    """Run `command` (`airflow standalone`) in a session of its own until it ends or this process
    is stopped (Ctrl-C, SIGTERM); either way stop every process of the run before returning
    its exit status, so that no component, worker or task outlives it."""
    env = dict(os.environ if env is None else env)
    env[RUN_VARIABLE] = uuid.uuid4().hex
    run = f"{RUN_VARIABLE}={env[RUN_VARIABLE]}"
    proc = subprocess.Popen(list(command), env=env, start_new_session=True)
    # Ctrl-C and SIGTERM end the wait, also where the shell started this process with SIGINT
    # ignored (a background job) or SIGTERM at its default (which would skip the stop below)
    previous = _on_stop_signals(_interrupt)
    try:
        return proc.wait()
    except KeyboardInterrupt:
        return 130
    finally:
        # a second Ctrl-C must not cut the stop short and leave the rest running
        _on_stop_signals(signal.SIG_IGN)
        try:
            survivors = stop_tree(proc, steps, marker=run)
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
        if survivors:
            log(f"processes left running: {survivors}")


def _interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def _on_stop_signals(handler: Any) -> dict[signal.Signals, Any]:
    """Handle SIGINT and SIGTERM with `handler` (main thread only); returns the handlers to put
    back."""
    if threading.current_thread() is not threading.main_thread():
        return {}
    return {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}
