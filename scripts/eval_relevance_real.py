"""Relevance recall on the real sets: how many real reports of SCO events the tagger keeps.

Usage: .venv/bin/python scripts/eval_relevance_real.py [--set tests/data/real-blind9 ...] [--misses]

Every item of a real set (tests/data/real, tests/data/real-blind*) carries a story label; a label
that does not start with `x-` is an SCO event (a meeting, a document, an exercise...), so its
reports are about the SCO by the set's own labels. An item the tagger judges not about the SCO
never reaches a story, a digest or the register: a reader does not see it at all. This script
tags each item as the pipeline does (title = the excerpt's first line, body = the rest) and
prints, per set, the share of those reports kept (recall), by language, and how many `x-` items
were kept (those are not errors: sideline talks at a summit are about the SCO too; the count is
there to be read). No precision figure: the sets hold no labelled non-SCO news beyond `x-`
items; relevance precision is measured on tests/data/tagging (scripts/eval_tagging.py).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.tagging import Gazetteer, load_gazetteer, tag_article  # noqa: E402


def held_out(folder: Path) -> bool:
    """Whether a blind set is held out: its README has no "## Results" section yet (its first
    evaluation is its one blind run, which names it with --set)."""
    readme = folder / "README.md"
    return not (readme.exists() and any(
        line.startswith("## Results") for line in readme.read_text(encoding="utf-8").splitlines()))


def default_sets() -> list[Path]:
    """tests/data/real and every blind set that has had its one run (round 42: a held-out set is
    skipped, as scripts/eval_sweep.sh skips it), in numeric order."""
    data = ROOT / "tests" / "data"

    def order(p: Path) -> int:
        tail = p.name.removeprefix("real-blind")
        return int(tail) if tail.isdigit() else 1

    blind = [p for p in data.glob("real-blind*") if p.is_dir() and not held_out(p)]
    return [data / "real"] + sorted(blind, key=order)


def score_set(gaz: Gazetteer, folder: Path) -> dict:
    """Recall over the SCO-event items of one set, with the missed items."""
    kept: Counter[str] = Counter()
    total: Counter[str] = Counter()
    x_kept = x_total = 0
    misses = []
    x_kept_items = []
    for line in (folder / "items.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        title, _, body = item["text"].partition("\n")
        tags = tag_article(gaz, title, body)
        if item["story"].startswith("x-"):
            x_total += 1
            x_kept += tags.sco_relevant
            if tags.sco_relevant:
                x_kept_items.append(f"{item['id']} {item['lang']} {tags.relevance:.2f} "
                                    f"{item['story']}: {title[:80]}")
            continue
        total[item["lang"]] += 1
        if tags.sco_relevant:
            kept[item["lang"]] += 1
        else:
            misses.append(f"{item['id']} {item['lang']} {tags.relevance:.2f} {item['story']}: "
                          f"{title[:80]}")
    return {"set": folder.name, "items": sum(total.values()), "kept": sum(kept.values()),
            "by_lang": {lang: (kept[lang], n) for lang, n in sorted(total.items())},
            "x_kept": x_kept, "x_total": x_total, "misses": misses,
            "x_kept_items": x_kept_items}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", type=Path, action="append",
                        help="a real set folder (repeatable; default: every real set)")
    parser.add_argument("--misses", action="store_true", help="list every missed report")
    parser.add_argument("--x-kept", action="store_true",
                        help="list every kept `x-` item (a look-alike or a sideline report)")
    parser.add_argument("--json", type=Path, help="write the figures as JSON to this file")
    args = parser.parse_args(argv)
    folders = args.set or default_sets()
    for folder in folders:
        if not (folder / "items.jsonl").exists():
            parser.error(f"{folder}: no items.jsonl")
    gaz = load_gazetteer()
    results = []
    print("| set | SCO-event reports | kept | recall | languages with misses (kept/all) "
          "| x- items kept |")
    print("|---|---|---|---|---|---|")
    for folder in folders:
        r = score_set(gaz, folder)
        results.append(r)
        missed = ", ".join(f"{lang} {k}/{n}" for lang, (k, n) in r["by_lang"].items() if k < n)
        recall = r["kept"] / r["items"] if r["items"] else 1.0
        print(f"| {r['set']} | {r['items']} | {r['kept']} | {recall:.3f} | {missed or '-'} "
              f"| {r['x_kept']}/{r['x_total']} |")
    all_items = sum(r["items"] for r in results)
    all_kept = sum(r["kept"] for r in results)
    print(f"all sets: {all_kept} of {all_items} SCO-event reports kept "
          f"(recall {all_kept / max(all_items, 1):.3f})")
    if args.misses:
        for r in results:
            for line in r["misses"]:
                print(f"{r['set']}: {line}")
    if args.x_kept:
        for r in results:
            for line in r["x_kept_items"]:
                print(f"{r['set']}: x-kept {line}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
