"""pipeline.processes: a process tree is found below its root and stopped whole, escalating
past a process that ignores the first signal."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

from pipeline.processes import alive, descendants, proc_table, stop_tree, tree_of

# A parent with two children; one child ignores SIGINT, as background jobs of a shell do.
TREE = """
import signal, subprocess, sys, time
ignoring = "import signal, time; signal.signal(signal.SIGINT, signal.SIG_IGN); time.sleep(60)"
kids = [subprocess.Popen([sys.executable, "-c", ignoring]),
        subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])]
print(" ".join(str(k.pid) for k in kids), flush=True)
time.sleep(60)
"""


def test_a_tree_is_found_and_stopped_whole() -> None:
    proc = subprocess.Popen([sys.executable, "-c", TREE], stdout=subprocess.PIPE,
                            start_new_session=True)
    try:
        assert proc.stdout is not None
        kids = {int(pid) for pid in proc.stdout.readline().split()}
        time.sleep(0.3)  # let the SIGINT-ignoring child set its handler
        assert len(kids) == 2 and kids <= descendants(proc.pid)
        assert tree_of(proc.pid, proc_table()) >= kids | {proc.pid}
        assert all(alive(pid) for pid in kids | {proc.pid})

        survivors = stop_tree(proc, steps=((signal.SIGINT, 1.0), (signal.SIGTERM, 5.0),
                                           (signal.SIGKILL, 5.0)))
        assert survivors == []
        assert not any(alive(pid) for pid in kids | {proc.pid})
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_a_missing_process_is_not_alive() -> None:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    assert not alive(int(done.stdout))
