"""The eleventh blind real set (tests/data/real-blind11/README.md) is what its README says it is.

The checks every blind set shares (format, size, languages, outlets, events, labels that refer
only to its own items, documents that follow the guidelines, no URL of any earlier set under any
spelling) run on this folder through the parametrised tests of
tests/integration/test_real_blind_set.py. Here: its README's counts. No accuracy floor: the set
is held out, its figures are reported once, not enforced."""

from __future__ import annotations

import tomllib
from collections import Counter

import test_real_blind_set as first  # tests/integration is on sys.path under pytest

BLIND11 = first.ROOT / "tests" / "data" / "real-blind11"


def items() -> list[dict]:
    return first.eval_dedup.load_real(BLIND11)


def test_readme_claims() -> None:
    its = items()
    assert len(its) == 125
    assert len({it["lang"] for it in its}) == 20
    assert len({it["outlet"] for it in its}) == 110
    assert sum(1 for it in its if it["published"]) == 72
    assert Counter(it["date_from"] for it in its if it["published"]) == Counter(
        {"url": 32, "text": 20, "tool": 20})
    sizes = Counter(it["story"] for it in its)
    assert len(sizes) == 33
    assert sum(1 for s, n in sizes.items() if n >= 2 and not s.startswith("x-")) == 13
    assert sum(1 for s, n in sizes.items() if n >= 3 and not s.startswith("x-")) == 10
    # the set's mix: summits, heads of government councils, previews, x- negatives
    assert sum(1 for it in its
               if "-summit-" in it["story"] and not it["story"].startswith("x-")) == 81
    assert sum(1 for it in its if "chg" in it["story"]) == 19
    assert sum(1 for s in sizes if s.endswith("-preview")) == 6
    assert sum(1 for s in sizes if s.startswith("x-")) == 8
    assert sum(n for s, n in sizes.items() if s.startswith("x-")) == 21
    assert sizes["astana-summit-2024"] == 40
    assert len({it["lang"] for it in its if it["story"] == "astana-summit-2024"}) == 13
    for story in ["moscow-chg-2025", "bishkek-summit-2019", "new-delhi-summit-2023",
                  "moscow-summit-2020", "islamabad-chg-2024", "dushanbe-summit-2021"]:
        assert sizes[story] >= 4, story
    assert {"x-cica-summit-astana-2022", "x-csto-summit-bishkek-2019",
            "x-csto-summit-bishkek-2025", "x-xi-putin-talks-astana-2024",
            "x-xi-putin-talks-astana-2017", "x-nazarbayev-xi-talks-astana-2017",
            "x-oic-science-summit-astana-2017", "x-ots-summit-astana-2023",
            "islamabad-chg-2024-preview", "moscow-chg-2025-preview",
            "new-delhi-summit-2023-preview", "tianjin-summit-2025-preview"} <= set(sizes)


def test_documents_claims() -> None:
    reports = first.eval_tagging.load_reports(path=BLIND11 / "documents.toml")
    assert len(reports) == 125
    assert sum(len(r["documents"]) for r in reports) == 31
    assert sum(1 for r in reports if r["documents"]) == 22
    assert Counter(d["status"] for r in reports for d in r["documents"]) == Counter(
        {"adopted": 14, "approved": 7, "signed": 5, "planned": 5})
    assert Counter(d["type"] for r in reports for d in r["documents"]) == Counter(
        {"declaration": 21, "strategy": 5, "programme": 2, "action_plan": 2, "memorandum": 1})
    assert sum(1 for r in reports if r["meeting"].get("calendar") is False) == 25


def test_pairs_are_the_decided_ones() -> None:
    pairs = tomllib.loads((BLIND11 / "labels.toml").read_text("utf-8"))["pair"]
    assert Counter((p["kind"], p["label"]) for p in pairs) == Counter({
        ("syndicated", 1): 4, ("rewrite", 0): 5, ("translation", 0): 1})
    assert len(first.eval_dedup.real_pairs(items(), BLIND11)) == 2087
    assert (BLIND11 / "README.md").exists()
