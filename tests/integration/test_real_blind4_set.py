"""The fourth blind real set (tests/data/real-blind4/README.md) is what its README says it is.

The checks every blind set shares (format, size, languages, outlets, events, labels that refer
only to its own items, documents that follow the guidelines, no URL of any earlier set under any
spelling) run on this folder through the parametrised tests of
tests/integration/test_real_blind_set.py. Here: its README's counts. No accuracy floor: the set
is held out, its figures are reported once, not enforced."""

from __future__ import annotations

import tomllib
from collections import Counter

import test_real_blind_set as first  # tests/integration is on sys.path under pytest

BLIND4 = first.ROOT / "tests" / "data" / "real-blind4"


def items() -> list[dict]:
    return first.eval_dedup.load_real(BLIND4)








def test_readme_claims() -> None:
    its = items()
    assert len(its) == 95
    assert len({it["lang"] for it in its}) == 15
    assert len({it["outlet"] for it in its}) == 80
    assert sum(1 for it in its if it["published"]) == 57
    assert Counter(it["date_from"] for it in its if it["published"]) == Counter(
        {"url": 27, "text": 17, "tool": 13})
    sizes = Counter(it["story"] for it in its)
    events = ["beijing-summit-2012", "astana-fm-2024", "yekaterinburg-summit-2009",
              "shanghai-summit-2006", "astana-summit-2005", "tashkent-summit-2010",
              "bishkek-summit-2007", "astana-defence-2024"]
    for story in events:
        assert sizes[story] >= 5, story
    for story in ["beijing-summit-2012", "astana-fm-2024", "yekaterinburg-summit-2009",
                  "astana-defence-2024"]:
        assert len({it["lang"] for it in its if it["story"] == story}) >= 4, story
    # previews, same-city meetings of other years or councils, other organisations
    assert {"astana-fm-2024-preview", "astana-defence-2024-preview", "tashkent-summit-2004",
            "tashkent-fm-2010", "shanghai-fm-2006", "astana-defence-2017",
            "x-csto-bishkek-2025-preview",
            "x-dar-zhang-ming-beijing-2024"} <= set(sizes)
    assert sum(n for s, n in sizes.items() if s not in events) >= 30


def test_documents_claims() -> None:
    reports = first.eval_tagging.load_reports(path=BLIND4 / "documents.toml")
    assert len(reports) == 95
    assert sum(len(r["documents"]) for r in reports) == 31
    assert sum(1 for r in reports if r["documents"]) == 19
    assert sum(1 for r in reports if r["meeting"].get("calendar") is False) == 20


def test_pairs_are_the_decided_ones() -> None:
    pairs = tomllib.loads((BLIND4 / "labels.toml").read_text("utf-8"))["pair"]
    assert Counter((p["kind"], p["label"]) for p in pairs) == Counter({
        ("syndicated", 1): 5, ("rewrite", 0): 3, ("shared_background", 0): 3,
        ("translation", 0): 1})
    assert (BLIND4 / "README.md").exists()
