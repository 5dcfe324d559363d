"""The tenth blind real set (tests/data/real-blind10/README.md) is what its README says it is.

The checks every blind set shares (format, size, languages, outlets, events, labels that refer
only to its own items, documents that follow the guidelines, no URL of any earlier set under any
spelling) run on this folder through the parametrised tests of
tests/integration/test_real_blind_set.py. Here: its README's counts. No accuracy floor: the set
is held out, its figures are reported once, not enforced."""

from __future__ import annotations

import tomllib
from collections import Counter

import test_real_blind_set as first  # tests/integration is on sys.path under pytest

BLIND10 = first.ROOT / "tests" / "data" / "real-blind10"


def items() -> list[dict]:
    return first.eval_dedup.load_real(BLIND10)


def test_readme_claims() -> None:
    its = items()
    assert len(its) == 145
    assert len({it["lang"] for it in its}) == 23
    assert len({it["outlet"] for it in its}) == 134
    # the set's theme: SCO meetings other than the heads of state summits
    assert sum(1 for it in its if "-summit-" not in it["story"]) == 125
    assert sum(1 for it in its if it["published"]) == 78
    assert Counter(it["date_from"] for it in its if it["published"]) == Counter(
        {"url": 44, "text": 20, "tool": 14})
    sizes = Counter(it["story"] for it in its)
    assert len(sizes) == 80
    assert sum(1 for s, n in sizes.items() if n >= 2 and not s.startswith("x-")) == 20
    big = ["tianjin-cfm-2025", "moscow-chg-2025", "goa-cfm-2023", "islamabad-chg-2024",
           "goa-cfm-2023-preview", "tianjin-cfm-2025-preview", "samarkand-summit-2022",
           "qingdao-defence-2025"]
    for story in big:
        assert sizes[story] >= 4, story
        assert len({it["lang"] for it in its if it["story"] == story}) >= 2, story
    assert len({it["lang"] for it in its if it["story"] == "tianjin-cfm-2025"}) == 7
    # previews, summits as negatives, other organisations, sideline talks, backgrounds
    assert {"tianjin-cfm-2025-preview", "goa-cfm-2023-preview", "moscow-chg-2025-preview",
            "islamabad-chg-2024-preview", "new-delhi-summit-2023-preview",
            "shanghai-summit-2006-announced", "tianjin-summit-2025-announced",
            "x-oic-cfm-istanbul-2025", "x-ots-cfm-istanbul",
            "x-csto-minsk-2023", "x-rajnath-sideline-talks-qingdao-2025",
            "x-araghchi-sideline-tianjin-2025", "x-bilawal-lavrov-goa-2023",
            "x-sco-anniversary-2021", "x-sco-exercises-background"} <= set(sizes)
    assert sum(1 for s in sizes if s.startswith("x-")) == 8


def test_documents_claims() -> None:
    reports = first.eval_tagging.load_reports(path=BLIND10 / "documents.toml")
    assert len(reports) == 145
    assert sum(len(r["documents"]) for r in reports) == 28
    assert sum(1 for r in reports if r["documents"]) == 22
    assert Counter(d["status"] for r in reports for d in r["documents"]) == Counter(
        {"adopted": 11, "planned": 11, "signed": 6})
    assert sum(1 for r in reports if r["meeting"].get("calendar") is False) == 99


def test_pairs_are_the_decided_ones() -> None:
    pairs = tomllib.loads((BLIND10 / "labels.toml").read_text("utf-8"))["pair"]
    assert Counter((p["kind"], p["label"]) for p in pairs) == Counter({
        ("syndicated", 1): 1, ("rewrite", 0): 5, ("translation", 0): 5,
        ("shared_boilerplate", 0): 1})
    assert (BLIND10 / "README.md").exists()
