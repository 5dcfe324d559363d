"""The thirteenth blind real set (tests/data/real-blind13/README.md) is what its README says it is.

The checks every blind set shares (format, size, languages, outlets, events, labels that refer
only to its own items, documents that follow the guidelines, no URL of any earlier set under any
spelling) run on this folder through the parametrised tests of
tests/integration/test_real_blind_set.py. Here: its README's counts. No accuracy floor: the set
is held out, its figures are reported once, not enforced."""

from __future__ import annotations

import tomllib
from collections import Counter

import test_real_blind_set as first  # tests/integration is on sys.path under pytest

BLIND13 = first.ROOT / "tests" / "data" / "real-blind13"


def items() -> list[dict]:
    return first.eval_dedup.load_real(BLIND13)


def test_readme_claims() -> None:
    its = items()
    assert len(its) == 77
    assert len({it["lang"] for it in its}) == 20
    assert len({it["outlet"] for it in its}) == 74
    assert sum(1 for it in its if it["published"]) == 39
    assert Counter(it["date_from"] for it in its if it["published"]) == Counter(
        {"url": 21, "text": 11, "tool": 7})
    # the documents' register across the years: dated items from 2005 to 2025
    years = {it["published"][:4] for it in its if it["published"]}
    assert min(years) == "2005" and max(years) == "2025"
    sizes = Counter(it["story"] for it in its)
    assert len(sizes) == 34
    assert sum(1 for s, n in sizes.items() if n >= 2 and not s.startswith("x-")) == 11
    assert sum(1 for s, n in sizes.items() if n >= 3 and not s.startswith("x-")) == 6
    assert sum(1 for s, n in sizes.items() if n >= 4 and not s.startswith("x-")) == 5
    assert sum(1 for it in its
               if "-summit-" in it["story"] and not it["story"].startswith("x-")) == 55
    assert sum(1 for it in its if "-chg-" in it["story"]) == 6
    assert sum(1 for s in sizes if s.endswith("-preview")) == 4
    assert sum(n for s, n in sizes.items() if s.endswith("-preview")) == 7
    assert sum(1 for s in sizes if s.startswith("x-")) == 10
    assert sum(n for s, n in sizes.items() if s.startswith("x-")) == 14
    assert sizes["samarkand-summit-2022"] == 17
    assert len({it["lang"] for it in its if it["story"] == "samarkand-summit-2022"}) == 7
    assert sizes["tianjin-summit-2025"] == 7
    assert sizes["qingdao-summit-2018"] == 5
    assert sizes["dushanbe-summit-2021"] == 4
    assert sizes["astana-summit-2011"] == 4
    assert {"x-ots-summit-samarkand-2022", "x-brics-summit-kazan-2024",
            "x-brics-summit-moscow-2020", "x-cica-summit-astana-2022",
            "x-csto-summit-dushanbe-2021", "x-cis-summit-dushanbe-2025",
            "bishkek-chg-2016", "tashkent-chg-2007", "dushanbe-cfm-2021",
            "beijing-iran-flag-ceremony-2023"} <= set(sizes)


def test_documents_claims() -> None:
    reports = first.eval_tagging.load_reports(path=BLIND13 / "documents.toml")
    assert len(reports) == 77
    assert sum(len(r["documents"]) for r in reports) == 48
    assert sum(1 for r in reports if r["documents"]) == 31
    assert Counter(d["status"] for r in reports for d in r["documents"]) == Counter(
        {"adopted": 16, "signed": 14, "planned": 12, "approved": 6})
    assert Counter(d["type"] for r in reports for d in r["documents"]) == Counter(
        {"declaration": 23, "memorandum": 13, "strategy": 3, "action_plan": 3,
         "communique": 2, "agreement": 2, "concept": 1, "programme": 1})
    assert sum(1 for r in reports if r["meeting"].get("calendar") is False) == 16


def test_pairs_are_the_decided_ones() -> None:
    pairs = tomllib.loads((BLIND13 / "labels.toml").read_text("utf-8"))["pair"]
    assert Counter((p["kind"], p["label"]) for p in pairs) == Counter({
        ("rewrite", 0): 5, ("translation", 0): 2})
    assert len(first.eval_dedup.real_pairs(items(), BLIND13)) == 319
    assert (BLIND13 / "README.md").exists()
