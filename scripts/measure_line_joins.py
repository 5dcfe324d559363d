"""How often the summarizer's "join hard-wrapped lines" heuristic joins lines rightly or wrongly
on the real sets' texts.

Every boundary between two non-empty lines of a text (`tests/data/real*/items.jsonl`) is a case:
the heuristic (`pipeline.summarize._unwrapped`) joins the second line to the first, or keeps
them apart. Cases are grouped by why it decided so:

    wrapped      the text is hard-wrapped throughout and the first line stops mid-sentence
    comma        the first line ends with , ; - – (text not hard-wrapped)
    lower        the second line opens in lower case (text not hard-wrapped)
    open-kept    the first line stops mid-sentence, but no rule joins it (a possible miss)
    terminal-kept  the first line ends a sentence: kept apart (sampled for judging: no)

A sample of each group (a fixed seed) was read and judged by a person: the second line
carries on the first line's sentence (J) or starts something else (S: a new paragraph, heading,
list item, caption, page furniture). The judgments are kept in
`tests/data/line-joins.tsv` (set, item id, line number, group when judged, verdict, the two
lines). A verdict is about the text, so it stays valid when the heuristic changes: this script
counts the cases, scores each judged case in the group the heuristic puts it in now, and
reports per group how many judged decisions are right, with the estimate over the group:

    .venv/bin/python scripts/measure_line_joins.py            # the figures
    .venv/bin/python scripts/measure_line_joins.py --sample 25 # print an unjudged sample to judge
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.summarize import _SPACE, _TERMINAL, _continues, _is_wrapped  # noqa: E402

LABELS = ROOT / "tests" / "data" / "line-joins.tsv"
GROUPS = ("wrapped", "comma", "lower", "open-kept", "terminal-kept")
JOINING = {"wrapped", "comma", "lower"}


def cases() -> list[dict[str, str]]:
    """Every boundary between two non-empty lines of the real sets' texts, with its group (or
    "terminal-kept": the first line ends a sentence and is kept apart, not judged)."""
    out = []
    for path in sorted(ROOT.glob("tests/data/real*/items.jsonl")):
        for raw in path.open(encoding="utf-8"):
            item = json.loads(raw)
            lines = [_SPACE.sub(" ", line).strip() for line in item["text"].splitlines()]
            wrapped = _is_wrapped([line for line in lines if line])
            previous = None
            for number, line in enumerate(lines):
                if not line:
                    previous = None  # a blank line always ends a paragraph
                    continue
                if previous is not None:
                    if _continues(previous, line, wrapped):
                        group = ("wrapped" if wrapped else "comma"
                                 if previous.endswith((",", ";", "-", "–")) else "lower")
                    else:
                        group = "terminal-kept" if _TERMINAL.search(previous) else "open-kept"
                    out.append({"set": path.parent.name, "id": item["id"], "line": str(number),
                                "group": group, "first": previous, "second": line})
                previous = line
    return out


def judged() -> dict[tuple[str, str, str], dict[str, str]]:
    """The judgments kept so far, by (set, item id, line number)."""
    if not LABELS.exists():
        return {}
    with LABELS.open(encoding="utf-8") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return {(r["set"], r["id"], r["line"]): r for r in rows}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample", type=int, default=0,
                        help="print this many unjudged cases of each group, to judge")
    args = parser.parse_args(argv)
    every = cases()
    labels = judged()
    if args.sample:
        rng = random.Random(9)
        for group in GROUPS[:-1]:
            todo = [c for c in every if c["group"] == group
                    and (c["set"], c["id"], c["line"]) not in labels]
            for case in rng.sample(todo, min(args.sample, len(todo))):
                print("\t".join((case["set"], case["id"], case["line"], group, "?",
                                 case["first"][-90:], case["second"][:90])))
        return 0
    counts = Counter(c["group"] for c in every)
    by_key = {(c["set"], c["id"], c["line"]): c for c in every}
    print(f"{len(every)} line boundaries in {len({(c['set'], c['id']) for c in every})} texts; "
          f"{counts['terminal-kept']} after a sentence end, kept apart (terminal-kept: judged "
          f"only when an earlier heuristic put them in another group)")
    # a judgment is about the text (does the second line carry on the first's sentence?), so
    # it stays valid when the heuristic changes: each judged case is scored in its group now
    total = right_all = 0
    for group in GROUPS:
        rows = [r for k, r in labels.items() if k in by_key and by_key[k]["group"] == group]
        carried = sum(r["verdict"] == "J" for r in rows)
        right = carried if group in JOINING else len(rows) - carried
        total, right_all = total + len(rows), right_all + right
        share = right / len(rows) if rows else 0.0
        what = "joined" if group in JOINING else "kept apart"
        print(f"{group:10} {counts[group]:5} {what}; judged {len(rows)}: {right} right "
              f"({share:.0%}), {len(rows) - right} wrong; estimated wrong in the group: "
              f"{round((1 - share) * counts[group]) if len(rows) >= 5 else '?'}")
    print(f"judged cases decided right: {right_all} of {total}")
    missing = [k for k in labels if k not in by_key]
    if missing:
        print(f"{len(missing)} judged cases no longer found in the sets")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
