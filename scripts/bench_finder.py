"""Speed of the document finder over every real item: each item of tests/data/real*/items.jsonl
read the way the digest script reads it (stand-in headline, the item's date, language and
address) through `tag_and_find`, timed as a whole.

  python scripts/bench_finder.py                 # every real set, best of 1 round
  python scripts/bench_finder.py --rounds 3      # best of 3 (the machine is noisy)
  python scripts/bench_finder.py --sets real-blind8,real-blind16 --profile /tmp/finder.prof

The first round pays for the compiled patterns and the gazetteer's caches; a later round shows
the steady state a long pipeline run sees. Figures and method in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib.util
import json
import sys
import time
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
DATA = REPO_ROOT / "tests" / "data"


def _real_digest() -> ModuleType:
    """scripts/real_digest.py as a module (it holds `stand_in_title`)."""
    spec = importlib.util.spec_from_file_location(
        "real_digest", REPO_ROOT / "scripts" / "real_digest.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["real_digest"] = module
    spec.loader.exec_module(module)
    return module


def load_items(sets: list[str] | None) -> list[dict[str, Any]]:
    """Every item of the named real sets (all `real*` sets when none is named)."""
    paths = ([DATA / name / "items.jsonl" for name in sets] if sets
             else sorted(DATA.glob("real*/items.jsonl")))
    items: list[dict[str, Any]] = []
    for path in paths:
        items.extend(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
                     if line.strip())
    return items


def read_all(items: list[dict[str, Any]], stand_in: Any, gaz: Any) -> int:
    """Run the finder on each item as the digest does; the number of documents found."""
    from pipeline.documents import tag_and_find

    found = 0
    for item in items:
        title, body = stand_in(item["text"])
        published = date.fromisoformat(item["published"][:10]) if item.get("published") else None
        _, docs = tag_and_find(gaz, title, body, published, item.get("lang"), url=item.get("url"))
        found += len(docs)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sets", help="comma-separated set folders under tests/data (default: all real*)")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--profile", help="write a cProfile of the first round to this file")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(REPO_ROOT))
    from pipeline.tagging import load_gazetteer

    items = load_items(args.sets.split(",") if args.sets else None)
    stand_in = _real_digest().stand_in_title
    started = time.perf_counter()
    gaz = load_gazetteer()
    load_s = time.perf_counter() - started
    times: list[float] = []
    found = 0
    for round_no in range(args.rounds):
        profiler = cProfile.Profile() if args.profile and round_no == 0 else None
        started = time.perf_counter()
        if profiler:
            profiler.enable()
        found = read_all(items, stand_in, gaz)
        if profiler:
            profiler.disable()
            profiler.dump_stats(args.profile)
        times.append(time.perf_counter() - started)
    print(f"items: {len(items)}  documents found: {found}  gazetteer load: {load_s:.2f} s")
    for round_no, seconds in enumerate(times, 1):
        print(f"round {round_no}: {seconds:.2f} s  ({len(items) / seconds:.0f} items/s)")
    print(f"best: {min(times):.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
