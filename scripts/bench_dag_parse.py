"""How long each DAG file takes to parse, as the dag-processor parses it (BundleDagBag's
`dagbag_stats`), in a fresh process per file and repeat, beside a trivial one-task DAG.

    .venv/bin/python scripts/bench_dag_parse.py [--repeat 7] [--markdown]

Airflow itself is imported before the clock starts (the dag-processor has it loaded already).
"fresh process": the file is the first DAG the process builds, so it pays for loading Airflow's
DAG machinery (the trivial DAG shows that share). "after one DAG": a trivial DAG was parsed first,
so the figure is the file's own cost, including importing `scowatch_common` and, with the operator
address set, the SMTP provider's notifier. Exit status 1 when a project file took 1 s or more.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DAGS = ROOT / "dags"

# Runs in the child: Airflow loaded first; with "warm", a trivial DAG parsed first too (the first
# DAG a process builds loads Airflow's DAG machinery, whatever the file); then the file is parsed.
CHILD = """
import json, sys, tempfile, time
from pathlib import Path
from airflow.dag_processing.dagbag import BundleDagBag
import airflow.sdk  # noqa: F401  (loaded before the clock starts, as in the dag-processor)
path, mode = Path(sys.argv[1]), sys.argv[2]
if mode == "warm":
    folder = Path(tempfile.mkdtemp())
    (folder / "warmup.py").write_text(sys.argv[3])
    BundleDagBag(str(folder / "warmup.py"), bundle_path=folder)
started = time.perf_counter()
bag = BundleDagBag(str(path), bundle_path=path.parent)
wall = time.perf_counter() - started
stats = bag.dagbag_stats  # one file: its path is reported relative to itself
print(json.dumps({"file": path.name, "errors": len(bag.import_errors), "dags": len(bag.dag_ids),
                  "parse_s": stats[0].duration.total_seconds() if stats else None,
                  "wall_s": wall}))
"""
# The smallest TaskFlow DAG: the baseline every DAG file pays.
TRIVIAL = """
from datetime import datetime
from airflow.sdk import dag, task


@dag(dag_id="trivial", schedule=None, start_date=datetime(2024, 1, 1), catchup=False)
def trivial():
    @task
    def nothing() -> None:
        pass

    nothing()


trivial()
"""


def dag_files(folder: Path) -> list[Path]:
    """The DAG files of the bundle (the shared module is ignored by .airflowignore)."""
    return sorted(p for p in folder.glob("*.py") if p.name != "scowatch_common.py")


def parse_once(path: Path, env: dict[str, str], mode: str) -> dict[str, float]:
    """One fresh-process parse of one file: BundleDagBag's own figure and the wall time."""
    proc = subprocess.run([sys.executable, "-c", CHILD, str(path), mode, TRIVIAL],
                          capture_output=True,
                          text=True, env=env, timeout=300, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"parsing {path.name} failed:\n{proc.stderr[-2000:]}")
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    if result["errors"] or not result["dags"]:
        raise SystemExit(f"{path.name}: {result['errors']} import errors, {result['dags']} DAGs")
    return {"parse_s": float(result["parse_s"]), "wall_s": float(result["wall_s"])}


def measure(repeat: int, operator: str | None, mode: str,
            files: list[Path]) -> dict[str, list[float]]:
    """File name → its parse times in seconds over `repeat` fresh processes."""
    env = {k: v for k, v in os.environ.items() if k != "SCOWATCH_OPERATOR_EMAIL"}
    env.update({"AIRFLOW__CORE__LOAD_EXAMPLES": "False", "PYTHONPATH": str(DAGS),
                "AIRFLOW__LOGGING__LOGGING_LEVEL": "ERROR"})
    if operator:
        env["SCOWATCH_OPERATOR_EMAIL"] = operator
    times: dict[str, list[float]] = {}
    for _ in range(repeat):
        for path in files:
            times.setdefault(path.name, []).append(parse_once(path, env, mode)["parse_s"])
    return times


def table(rows: dict[str, dict[str, list[float]]]) -> str:
    """A Markdown table: median and worst parse time per file and set-up."""
    setups = list(rows)
    head = "| DAG file | " + " | ".join(f"{s}: median / worst (ms)" for s in setups) + " |"
    out = [head, "|---|" + "---|" * len(setups)]
    for name in next(iter(rows.values())):
        cells = [f"{statistics.median(rows[s][name]) * 1000:.0f} / "
                 f"{max(rows[s][name]) * 1000:.0f}" for s in setups]
        out.append(f"| `{name}` | " + " | ".join(cells) + " |")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7, help="fresh processes per file")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table only")
    args = parser.parse_args(argv)
    files = dag_files(DAGS)
    with tempfile.TemporaryDirectory() as tmp:
        trivial = Path(tmp) / "trivial_baseline.py"
        trivial.write_text(TRIVIAL, encoding="utf-8")
        rows = {
            "fresh process": measure(args.repeat, None, "cold", [trivial, *files]),
            "after one DAG": measure(args.repeat, None, "warm", [trivial, *files]),
            "after one DAG, operator set": measure(args.repeat, "ops@example.org", "warm",
                                                   [trivial, *files]),
        }
    if not args.markdown:
        print(f"DAG parse time, {args.repeat} fresh processes per file "
              f"(BundleDagBag dagbag_stats duration):")
    print(table(rows))
    worst = max(max(v) for r in rows.values() for k, v in r.items() if k != "trivial_baseline.py")
    if not args.markdown:
        print(f"worst single parse: {worst * 1000:.0f} ms")
    return 0 if worst < 1.0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
