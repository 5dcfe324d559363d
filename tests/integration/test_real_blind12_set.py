"""The twelfth blind real set (tests/data/real-blind12/README.md) is what its README says it is.

The checks every blind set shares (format, size, languages, outlets, events, labels that refer
only to its own items, documents that follow the guidelines, no URL of any earlier set under any
spelling) run on this folder through the parametrised tests of
tests/integration/test_real_blind_set.py. Here: its README's counts. No accuracy floor: the set
is held out, its figures are reported once, not enforced."""

from __future__ import annotations

import tomllib
from collections import Counter

import test_real_blind_set as first  # tests/integration is on sys.path under pytest

BLIND12 = first.ROOT / "tests" / "data" / "real-blind12"


def items() -> list[dict]:
    return first.eval_dedup.load_real(BLIND12)


def test_readme_claims() -> None:
    its = items()
    assert len(its) == 117
    assert len({it["lang"] for it in its}) == 22
    assert len({it["outlet"] for it in its}) == 99
    assert sum(1 for it in its if it["published"]) == 70
    assert Counter(it["date_from"] for it in its if it["published"]) == Counter(
        {"url": 18, "text": 10, "tool": 42})
    # the newest coverage: every dated item but one is of 2024-2026
    assert sum(1 for it in its if (it["published"] or "")[:4] in {"2024", "2025", "2026"}) == 69
    sizes = Counter(it["story"] for it in its)
    assert len(sizes) == 26
    assert sum(1 for s, n in sizes.items() if n >= 2 and not s.startswith("x-")) == 9
    assert sum(1 for s, n in sizes.items() if n >= 3 and not s.startswith("x-")) == 5
    # the set's mix: summits, ministers' meetings, previews, x- negatives
    assert sum(1 for it in its
               if "-summit-" in it["story"] and not it["story"].startswith("x-")) == 65
    assert sum(1 for it in its if "chg" in it["story"]) == 3
    assert sum(1 for s in sizes if s.endswith("-preview")) == 5
    assert sum(1 for s in sizes if s.startswith("x-")) == 6
    assert sum(n for s, n in sizes.items() if s.startswith("x-")) == 15
    assert sizes["tianjin-summit-2025"] == 49
    assert len({it["lang"] for it in its if it["story"] == "tianjin-summit-2025"}) == 16
    assert sizes["tianjin-cfm-2025"] == 12
    assert sizes["tianjin-summit-2025-preview"] == 11
    assert sizes["qingdao-defence-2025"] == 8
    assert {"tianjin-cfm-2025-preview", "bishkek-summit-2026-preview", "moscow-chg-2025-preview",
            "astana-summit-2024-preview", "x-brics-summit-kazan-2024",
            "x-cis-summit-dushanbe-2025", "x-erdogan-xi-talks-tianjin-2025",
            "x-csto-summit-bishkek-2025", "x-ots-summit-gabala-2025",
            "x-araghchi-yermekbayev-talks-2025", "cholpon-ata-rats-2025",
            "beijing-security-secretaries-2025"} <= set(sizes)


def test_documents_claims() -> None:
    reports = first.eval_tagging.load_reports(path=BLIND12 / "documents.toml")
    assert len(reports) == 117
    assert sum(len(r["documents"]) for r in reports) == 43
    assert sum(1 for r in reports if r["documents"]) == 26
    assert Counter(d["status"] for r in reports for d in r["documents"]) == Counter(
        {"adopted": 20, "planned": 15, "signed": 4, "approved": 4})
    assert Counter(d["type"] for r in reports for d in r["documents"]) == Counter(
        {"declaration": 21, "strategy": 14, "joint_statement": 8})
    assert sum(1 for r in reports if r["meeting"].get("calendar") is False) == 48


def test_pairs_are_the_decided_ones() -> None:
    pairs = tomllib.loads((BLIND12 / "labels.toml").read_text("utf-8"))["pair"]
    assert Counter((p["kind"], p["label"]) for p in pairs) == Counter({
        ("syndicated", 1): 6, ("translation", 0): 5, ("rewrite", 0): 1})
    assert len(first.eval_dedup.real_pairs(items(), BLIND12)) == 1813
    assert (BLIND12 / "README.md").exists()
