"""scripts/eval_sideline_rule.py relabels only the sideline talks it lists, each of which is a
label of its set, and leaves the frozen set untouched."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import eval_sideline_rule  # noqa: E402


def stories(folder: Path) -> list[str]:
    return [json.loads(line)["story"]
            for line in (folder / "items.jsonl").read_text(encoding="utf-8").splitlines()]


def test_the_copy_differs_only_in_the_listed_talks(tmp_path: Path) -> None:
    for name, mapping in eval_sideline_rule.SIDELINE_TALKS.items():
        original = stories(ROOT / "tests" / "data" / name)
        assert set(mapping) <= set(original), name  # every listed label is in the set
        before = (ROOT / "tests" / "data" / name / "items.jsonl").read_bytes()
        copy = stories(eval_sideline_rule.relabelled_copy(name, tmp_path))
        assert (ROOT / "tests" / "data" / name / "items.jsonl").read_bytes() == before
        changed = [(a, b) for a, b in zip(original, copy, strict=True) if a != b]
        assert changed and all(mapping[a] == b for a, b in changed)
        assert not set(mapping) & set(copy)
