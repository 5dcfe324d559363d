"""The seventeenth blind real set (tests/data/real-blind17/README.md) is what its README says it is.

The checks every blind set shares (format, size, languages, outlets, events, labels that refer
only to its own items, documents that follow the guidelines, no URL of any earlier set under any
spelling: set 17 is compared with the tuned sets and sets 1-16) run on this folder through the
parametrised tests of tests/integration/test_real_blind_set.py. Here: its README's counts. No
accuracy floor: the set is held out, its figures are reported once, not enforced."""

from __future__ import annotations

import tomllib
from collections import Counter

import test_real_blind_set as first  # tests/integration is on sys.path under pytest

BLIND17 = first.ROOT / "tests" / "data" / "real-blind17"


def items() -> list[dict]:
    return first.eval_dedup.load_real(BLIND17)


def test_set_17_is_checked_against_every_earlier_set() -> None:
    assert first.BLIND_SETS.index(BLIND17) == 16  # sets 1-16 come before it


def test_readme_claims() -> None:
    its = items()
    assert len(its) == 100
    assert len({it["lang"] for it in its}) == 27
    assert len({it["outlet"] for it in its}) == 95
    assert sum(1 for it in its if it["published"]) == 55
    assert Counter(it["date_from"] for it in its if it["published"]) == Counter(
        {"url": 40, "text": 12, "tool": 3})
    years = {it["published"][:4] for it in its if it["published"]}
    assert min(years) == "2005" and max(years) == "2025"
    sizes = Counter(it["story"] for it in its)
    assert len(sizes) == 40
    assert sum(1 for s, n in sizes.items() if n >= 2 and not s.startswith("x-")) == 11
    assert sum(1 for s, n in sizes.items() if n >= 3 and not s.startswith("x-")) == 8
    assert sum(1 for s, n in sizes.items() if n >= 4 and not s.startswith("x-")) == 7
    assert sum(1 for s in sizes if s.endswith("-preview") and not s.startswith("x-")) == 5
    assert sum(n for s, n in sizes.items()
               if s.endswith("-preview") and not s.startswith("x-")) == 11
    assert sum(1 for s in sizes if s.startswith("x-")) == 11
    assert sum(n for s, n in sizes.items() if s.startswith("x-")) == 17
    assert sizes["tianjin-summit-2025"] == 18
    assert sizes["samarkand-summit-2022"] == 12
    assert sizes["qingdao-summit-2018"] == 10
    assert sizes["new-delhi-summit-2023"] == 4
    assert sizes["astana-summit-2024"] == 4
    assert len({it["lang"] for it in its if it["story"] == "tianjin-summit-2025"}) == 8
    assert len({it["lang"] for it in its if it["story"] == "samarkand-summit-2022"}) == 9
    assert {"qingdao-defmin-2025", "beijing-secretaries-2018", "moscow-energy-club-2013",
            "astana-cfm-2017", "tashkent-cfm-2016", "moscow-cfm-2020", "moscow-chg-2025",
            "x-brics-summit-kazan-2024", "x-cis-summit-dushanbe-2025",
            "x-cica-summit-astana-2022", "x-osce-summit-astana-2010"} <= set(sizes)


def test_documents_claims() -> None:
    reports = first.eval_tagging.load_reports(path=BLIND17 / "documents.toml")
    assert len(reports) == 100
    docs = [d for r in reports for d in r["documents"]]
    assert len(docs) == 77
    assert sum(1 for r in reports if r["documents"]) == 52
    assert Counter(d["status"] for d in docs) == Counter(
        {"adopted": 28, "signed": 27, "planned": 18, "approved": 4})
    assert Counter(d["type"] for d in docs) == Counter(
        {"declaration": 33, "memorandum": 22, "strategy": 12, "joint_statement": 3,
         "action_plan": 2, "communique": 2, "agreement": 2, "programme": 1})
    assert sum(1 for r in reports if r["meeting"].get("calendar") is False) == 23
    # the foreign ministers' councils keep the calendar's default in this set
    raw = tomllib.loads((BLIND17 / "documents.toml").read_text("utf-8"))["article"]
    by_id = {it["id"]: it for it in items()}
    cfm = [a for a in raw if "-cfm-" in by_id["r-" + a["id"].removeprefix("rb-")]["story"]]
    assert len(cfm) == 3 and all("calendar" not in a["meeting"] for a in cfm)
    assert sum(1 for a in raw for d in a.get("documents", []) if "meeting" in d) == 9


def test_pairs_are_the_decided_ones() -> None:
    pairs = tomllib.loads((BLIND17 / "labels.toml").read_text("utf-8"))["pair"]
    assert Counter((p["kind"], p["label"]) for p in pairs) == Counter({
        ("rewrite", 0): 7, ("syndicated", 1): 2, ("chinese_script", 1): 1,
        ("longer_shorter", 1): 1})
    assert len(first.eval_dedup.real_pairs(items(), BLIND17)) == 601
    assert (BLIND17 / "README.md").exists()
