"""The fifteenth blind real set (tests/data/real-blind15/README.md) is what its README says it is.

The checks every blind set shares (format, size, languages, outlets, events, labels that refer
only to its own items, documents that follow the guidelines, no URL of any earlier set under any
spelling) run on this folder through the parametrised tests of
tests/integration/test_real_blind_set.py. Here: its README's counts. No accuracy floor: the set
is held out, its figures are reported once, not enforced."""

from __future__ import annotations

import tomllib
from collections import Counter

import test_real_blind_set as first  # tests/integration is on sys.path under pytest

BLIND15 = first.ROOT / "tests" / "data" / "real-blind15"


def items() -> list[dict]:
    return first.eval_dedup.load_real(BLIND15)


def test_readme_claims() -> None:
    its = items()
    assert len(its) == 129
    assert len({it["lang"] for it in its}) == 21
    assert len({it["outlet"] for it in its}) == 105
    assert sum(1 for it in its if it["published"]) == 82
    assert Counter(it["date_from"] for it in its if it["published"]) == Counter(
        {"url": 42, "text": 21, "tool": 19})
    # the SCO beyond its summits: dated items from 2002 to 2026 (two 2026 pages, both `x-`)
    years = {it["published"][:4] for it in its if it["published"]}
    assert min(years) == "2002" and max(years) == "2026"
    sizes = Counter(it["story"] for it in its)
    assert len(sizes) == 86
    assert sum(1 for s, n in sizes.items() if n >= 2 and not s.startswith("x-")) == 15
    assert sum(1 for s, n in sizes.items() if n >= 3 and not s.startswith("x-")) == 7
    assert sum(1 for s, n in sizes.items() if n >= 4 and not s.startswith("x-")) == 5
    # heads of state councils are a small part; most items are other councils and bodies
    assert sum(1 for it in its
               if "-summit-" in it["story"] and not it["story"].startswith("x-")) == 8
    assert sum(1 for it in its if "-chg-" in it["story"]) == 11
    assert sum(1 for it in its
               if "-cfm-" in it["story"] and not it["story"].startswith("x-")) == 20
    assert sum(1 for s in sizes if s.endswith("-preview") and not s.startswith("x-")) == 17
    assert sum(n for s, n in sizes.items()
               if s.endswith("-preview") and not s.startswith("x-")) == 27
    assert sum(1 for s in sizes if s.startswith("x-")) == 19
    assert sum(n for s, n in sizes.items() if s.startswith("x-")) == 25
    assert sizes["goa-cfm-2023"] == 8
    assert sizes["new-delhi-defmin-2023-preview"] == 7
    assert sizes["moscow-chg-2025"] == 5
    assert sizes["qingdao-defmin-2025"] == 5
    assert sizes["new-delhi-defmin-2023"] == 5
    assert len({it["lang"] for it in its if it["story"] == "new-delhi-defmin-2023"}) == 5
    assert {"x-csto-defmin-bishkek-2019", "x-cis-cfm-dushanbe-2025", "x-ots-cfm-new-york-2023",
            "x-brics-fm-rio-2019", "x-csto-summit-astana-2024", "bishkek-defmin-2019",
            "new-york-cfm-2023", "moscow-health-2020", "dushanbe-ibc-2021",
            "moscow-chg-2025-preview"} <= set(sizes)


def test_documents_claims() -> None:
    reports = first.eval_tagging.load_reports(path=BLIND15 / "documents.toml")
    assert len(reports) == 129
    assert sum(len(r["documents"]) for r in reports) == 20
    assert sum(1 for r in reports if r["documents"]) == 16
    assert Counter(d["status"] for r in reports for d in r["documents"]) == Counter(
        {"planned": 10, "adopted": 9, "signed": 1})
    assert Counter(d["type"] for r in reports for d in r["documents"]) == Counter(
        {"memorandum": 6, "joint_statement": 4, "communique": 3, "strategy": 2,
         "agreement": 2, "declaration": 1, "action_plan": 1, "programme": 1})
    assert sum(1 for r in reports if r["meeting"].get("calendar") is False) == 110


def test_pairs_are_the_decided_ones() -> None:
    pairs = tomllib.loads((BLIND15 / "labels.toml").read_text("utf-8"))["pair"]
    assert Counter((p["kind"], p["label"]) for p in pairs) == Counter({
        ("rewrite", 0): 15, ("syndicated", 1): 4, ("amp", 1): 1, ("longer_shorter", 1): 1})
    # the AMP page and its canonical page are one copy pair
    ids = {it["url"]: it["id"] for it in items()}
    amp = next(i for u, i in ids.items() if "business-standard.com/amp/" in u)
    assert sum(1 for p in pairs if p["label"] == 1 and amp in (p["a"], p["b"])) == 1
    assert len(first.eval_dedup.real_pairs(items(), BLIND15)) == 1752
    assert (BLIND15 / "README.md").exists()
