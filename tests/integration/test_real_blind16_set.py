"""The sixteenth blind real set (tests/data/real-blind16/README.md) is what its README says it is.

The checks every blind set shares (format, size, languages, outlets, events, labels that refer
only to its own items, documents that follow the guidelines, no URL of any earlier set under any
spelling) run on this folder through the parametrised tests of
tests/integration/test_real_blind_set.py. Here: its README's counts. No accuracy floor: the set
is held out, its figures are reported once, not enforced."""

from __future__ import annotations

import tomllib
from collections import Counter

import test_real_blind_set as first  # tests/integration is on sys.path under pytest

BLIND16 = first.ROOT / "tests" / "data" / "real-blind16"


def items() -> list[dict]:
    return first.eval_dedup.load_real(BLIND16)


def test_readme_claims() -> None:
    its = items()
    assert len(its) == 91
    assert len({it["lang"] for it in its}) == 22
    assert len({it["outlet"] for it in its}) == 83
    assert sum(1 for it in its if it["published"]) == 53
    assert Counter(it["date_from"] for it in its if it["published"]) == Counter(
        {"tool": 25, "url": 21, "text": 7})
    years = {it["published"][:4] for it in its if it["published"]}
    assert min(years) == "2016" and max(years) == "2025"
    sizes = Counter(it["story"] for it in its)
    assert len(sizes) == 20
    assert sum(1 for s, n in sizes.items() if n >= 2 and not s.startswith("x-")) == 11
    assert sum(1 for s, n in sizes.items() if n >= 3 and not s.startswith("x-")) == 7
    assert sum(1 for s, n in sizes.items() if n >= 4 and not s.startswith("x-")) == 5
    # the week around a meeting: its previews, its days, its follow-ups
    assert sum(1 for s in sizes if s.endswith("-preview") and not s.startswith("x-")) == 5
    assert sum(n for s, n in sizes.items()
               if s.endswith("-preview") and not s.startswith("x-")) == 23
    assert sum(1 for s in sizes if s.startswith("x-")) == 6
    assert sum(n for s, n in sizes.items() if s.startswith("x-")) == 13
    assert sizes["tianjin-summit-2025"] == 19
    assert sizes["astana-summit-2024"] == 15
    assert sizes["tianjin-summit-2025-preview"] == 12
    assert sizes["islamabad-chg-2024"] == 8
    assert sizes["astana-summit-2024-preview"] == 7
    assert sizes["moscow-chg-2025"] == 3
    assert len({it["lang"] for it in its if it["story"] == "tianjin-summit-2025-preview"}) == 10
    assert len({it["lang"] for it in its if it["story"] == "tianjin-summit-2025"}) == 7
    assert {"x-brics-summit-kazan-2024", "x-cica-summit-astana-2022", "x-ots-summit-shusha-2024",
            "x-ca-consultative-tashkent-2025", "astana-cfm-2024", "moscow-chg-2025",
            "islamabad-chg-2024-preview", "samarkand-summit-2022-preview"} <= set(sizes)


def test_documents_claims() -> None:
    reports = first.eval_tagging.load_reports(path=BLIND16 / "documents.toml")
    assert len(reports) == 91
    assert sum(len(r["documents"]) for r in reports) == 25
    assert sum(1 for r in reports if r["documents"]) == 13
    assert Counter(d["status"] for r in reports for d in r["documents"]) == Counter(
        {"planned": 17, "signed": 3, "approved": 3, "adopted": 2})
    assert Counter(d["type"] for r in reports for d in r["documents"]) == Counter(
        {"declaration": 8, "strategy": 8, "memorandum": 5, "programme": 2,
         "action_plan": 1, "agreement": 1})
    assert sum(1 for r in reports if r["meeting"].get("calendar") is False) == 14


def test_pairs_are_the_decided_ones() -> None:
    pairs = tomllib.loads((BLIND16 / "labels.toml").read_text("utf-8"))["pair"]
    assert Counter((p["kind"], p["label"]) for p in pairs) == Counter({
        ("rewrite", 0): 9, ("syndicated", 1): 1, ("longer_shorter", 1): 1})
    assert len(first.eval_dedup.real_pairs(items(), BLIND16)) == 804
    assert (BLIND16 / "README.md").exists()
