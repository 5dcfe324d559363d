"""Process trees read from Linux's /proc: who runs below a process, how much CPU they used, and
stopping a whole tree (an `airflow standalone` and everything it started) without leaving any.

Used by the end-to-end tests and the benchmarks that run Airflow; Linux only.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Sequence

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


def stop_tree(proc: subprocess.Popen[bytes],
              steps: Sequence[tuple[signal.Signals, float]] = STOP_STEPS) -> list[int]:
    """Stop a process, its process group and every process below it: each signal of `steps` in
    turn, to each of them, with its bounded wait, until none is left; returns the survivors."""
    tree = descendants(proc.pid) | {proc.pid}
    for sig, grace in steps:
        table = proc_table()  # what was started since the last step
        for pid in list(tree):
            tree |= tree_of(pid, table)
        for pid in tree:
            if alive(pid):
                try:
                    os.kill(pid, sig)
                except ProcessLookupError:
                    pass
        try:  # the group too (when the process leads one): what a terminal's Ctrl-C reaches
            os.killpg(proc.pid, sig)
        except (ProcessLookupError, PermissionError):
            pass
        deadline = time.monotonic() + grace
        while time.monotonic() < deadline and any(alive(p) for p in tree):
            try:
                proc.wait(timeout=0.2)
            except subprocess.TimeoutExpired:
                pass
        if not any(alive(p) for p in tree):
            break
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        pass
    return sorted(p for p in tree if alive(p))
