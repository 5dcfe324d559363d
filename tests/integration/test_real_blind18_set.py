"""The eighteenth blind real set (tests/data/real-blind18/README.md) is what its README says it is.

The checks every blind set shares (format, size, languages, outlets, events, labels that refer
only to its own items, documents that follow the guidelines, no URL of any earlier set under any
spelling: set 18 is compared with the tuned sets and sets 1-17) run on this folder through the
parametrised tests of tests/integration/test_real_blind_set.py. Here: its README's counts. No
accuracy floor: the set is held out, its figures are reported once, not enforced."""

from __future__ import annotations

import tomllib
from collections import Counter

import test_real_blind_set as first  # tests/integration is on sys.path under pytest

BLIND18 = first.ROOT / "tests" / "data" / "real-blind18"


def items() -> list[dict]:
    return first.eval_dedup.load_real(BLIND18)


def test_set_18_is_checked_against_every_earlier_set() -> None:
    assert first.BLIND_SETS.index(BLIND18) == 17  # sets 1-17 come before it


def test_readme_claims() -> None:
    its = items()
    assert len(its) == 125
    assert len({it["lang"] for it in its}) == 24
    assert len({it["outlet"] for it in its}) == 109
    assert sum(1 for it in its if it["published"]) == 83
    assert Counter(it["date_from"] for it in its if it["published"]) == Counter(
        {"tool": 48, "url": 21, "text": 14})
    days = sorted(it["published"] for it in its if it["published"])
    assert days[0] == "2024-05-20" and days[-1] == "2025-11-27"
    # the two periods of the theme: May-July 2024 and June-November 2025
    assert all("2024-05" <= d[:7] <= "2024-07" or "2025-06" <= d[:7] <= "2025-11" for d in days)
    sizes = Counter(it["story"] for it in its)
    assert len(sizes) == 25
    sco = {s: n for s, n in sizes.items() if not s.startswith("x-")}
    assert sum(1 for n in sco.values() if n >= 2) == 10
    assert sum(1 for n in sco.values() if n >= 3) == 8
    assert sum(1 for n in sco.values() if n >= 4) == 8
    assert sum(1 for s in sco if s.endswith("-preview")) == 4
    assert sum(n for s, n in sco.items() if s.endswith("-preview")) == 26
    assert sum(1 for s in sizes if s.startswith("x-")) == 11
    assert sum(n for s, n in sizes.items() if s.startswith("x-")) == 28
    assert sizes["tianjin-summit-2025"] == 25
    assert sizes["qingdao-defmin-2025"] == 20
    assert sizes["astana-summit-2024-preview"] == 13
    assert sizes["astana-summit-2024"] == 11
    assert sizes["tianjin-summit-2025-preview"] == 7
    assert sizes["tianjin-cfm-2025"] == 5
    assert sizes["tianjin-cfm-2025-preview"] == 4
    assert sizes["astana-cfm-2024"] == 4
    assert len({it["lang"] for it in its if it["story"] == "tianjin-summit-2025"}) == 11
    assert len({it["lang"] for it in its if it["story"] == "qingdao-defmin-2025"}) == 5
    assert {"moscow-chg-2025", "moscow-chg-2025-preview", "beijing-secretariat-permreps-2025",
            "x-brics-summit-rio-2025", "x-cis-summit-dushanbe-2025", "x-csto-summit-bishkek-2025",
            "x-eaeu-summit-minsk-2025", "x-ots-summit-gabala-2025",
            "x-china-central-asia-summit-astana-2025-preview"} <= set(sizes)


def test_documents_claims() -> None:
    reports = first.eval_tagging.load_reports(path=BLIND18 / "documents.toml")
    assert len(reports) == 125
    docs = [d for r in reports for d in r["documents"]]
    assert len(docs) == 22
    assert sum(1 for r in reports if r["documents"]) == 13
    assert Counter(d["status"] for d in docs) == Counter(
        {"planned": 17, "approved": 2, "adopted": 2, "signed": 1})
    assert Counter(d["type"] for d in docs) == Counter(
        {"declaration": 13, "strategy": 6, "joint_statement": 3})
    assert sum(1 for r in reports if r["meeting"].get("calendar") is False) == 32
    # the defence ministers', foreign ministers' and heads of government councils keep the
    # calendar's default in this set (its brief: the calendar holds six councils)
    raw = tomllib.loads((BLIND18 / "documents.toml").read_text("utf-8"))["article"]
    by_id = {it["id"]: it for it in items()}
    council = [a for a in raw
               if any(t in by_id["r-" + a["id"].removeprefix("rb-")]["story"]
                      for t in ("-defmin-", "-cfm-", "-chg-"))]
    assert len(council) == 37 and all("calendar" not in a["meeting"] for a in council)
    assert sum(1 for a in raw for d in a.get("documents", []) if "meeting" in d) == 3


def test_pairs_are_the_decided_ones() -> None:
    pairs = tomllib.loads((BLIND18 / "labels.toml").read_text("utf-8"))["pair"]
    assert Counter((p["kind"], p["label"]) for p in pairs) == Counter({
        ("rewrite", 0): 14, ("syndicated", 1): 4})
    assert len(first.eval_dedup.real_pairs(items(), BLIND18)) == 1709
    assert (BLIND18 / "README.md").exists()
