"""The second blind real set (tests/data/real-blind2/README.md) is what its README says it is.

The checks every blind set shares (format, size, languages, outlets, events, labels that refer
only to its own items, documents that follow the guidelines, no URL of any earlier set under any
spelling) run on this folder through the parametrised tests of
tests/integration/test_real_blind_set.py. Here: its README's counts. No accuracy floor: the set
is held out, its figures are reported once, not enforced."""

from __future__ import annotations

import tomllib
from collections import Counter
from pathlib import Path

import test_real_blind_set as first  # tests/integration is on sys.path under pytest (rootdir-less)

ROOT = first.ROOT
BLIND2 = ROOT / "tests" / "data" / "real-blind2"


# the checks every blind set shares run on this one too (test_real_blind_set.py)


def items() -> list[dict]:
    return first.eval_dedup.load_real(BLIND2)








def test_readme_claims() -> None:
    its = items()
    assert len(its) == 70
    assert len({it["lang"] for it in its}) == 17
    assert len({it["outlet"] for it in its}) == 65
    assert sum(1 for it in its if it["published"]) == 43
    sizes = Counter(it["story"] for it in its)
    events = ["ufa-summit-2015", "tashkent-summit-2016", "astana-summit-2017", "moscow-summit-2020"]
    for story in events:
        assert sizes[story] >= 10, story
        assert len({it["lang"] for it in its if it["story"] == story}) >= 4, story
    # previews and later reports of the same events, and other bodies' meetings as distractors
    assert {"ufa-summit-2015-preview", "moscow-summit-2020-preview",
            "x-brics-ufa-summit-2015", "x-brics-moscow-summit-2020"} <= set(sizes)
    assert sum(n for s, n in sizes.items() if s not in events) >= 8


def test_documents_claims() -> None:
    reports = first.eval_tagging.load_reports(path=BLIND2 / "documents.toml")
    assert sum(len(r["documents"]) for r in reports) == 69
    assert sum(1 for r in reports if r["documents"]) == 29
    # the other bodies' same-named declarations are never gold documents
    brics = {"r-" + r["id"].removeprefix("rb-") for r in reports
             if r["meeting"].get("calendar") is False}
    by_id = {it["id"]: it for it in items()}
    assert brics and all(by_id[i]["story"].startswith("x-brics") for i in brics)
    assert all(not r["documents"] for r in reports if "r-" + r["id"][3:] in brics)


def test_pairs_are_the_decided_ones() -> None:
    pairs = tomllib.loads((BLIND2 / "labels.toml").read_text("utf-8"))["pair"]
    assert Counter((p["kind"], p["label"]) for p in pairs) == Counter({
        ("chinese_script", 1): 3, ("syndicated", 1): 1, ("longer_shorter", 1): 1,
        ("rewrite", 0): 1, ("translation", 0): 2})
    assert Path(BLIND2 / "README.md").exists()
