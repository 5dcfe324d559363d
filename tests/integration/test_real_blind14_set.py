"""The fourteenth blind real set (tests/data/real-blind14/README.md) is what its README says it is.

The checks every blind set shares (format, size, languages, outlets, events, labels that refer
only to its own items, documents that follow the guidelines, no URL of any earlier set under any
spelling) run on this folder through the parametrised tests of
tests/integration/test_real_blind_set.py. Here: its README's counts. No accuracy floor: the set
is held out, its figures are reported once, not enforced."""

from __future__ import annotations

import tomllib
from collections import Counter

import test_real_blind_set as first  # tests/integration is on sys.path under pytest

BLIND14 = first.ROOT / "tests" / "data" / "real-blind14"


def items() -> list[dict]:
    return first.eval_dedup.load_real(BLIND14)


def test_readme_claims() -> None:
    its = items()
    assert len(its) == 141
    assert len({it["lang"] for it in its}) == 22
    assert len({it["outlet"] for it in its}) == 131
    assert sum(1 for it in its if it["published"]) == 81
    assert Counter(it["date_from"] for it in its if it["published"]) == Counter(
        {"url": 41, "text": 8, "tool": 32})
    # the same news more than once across the years: dated items from 2013 to 2025
    years = {it["published"][:4] for it in its if it["published"]}
    assert min(years) == "2013" and max(years) == "2025"
    sizes = Counter(it["story"] for it in its)
    assert len(sizes) == 31
    assert sum(1 for s, n in sizes.items() if n >= 2 and not s.startswith("x-")) == 12
    assert sum(1 for s, n in sizes.items() if n >= 3 and not s.startswith("x-")) == 9
    assert sum(1 for s, n in sizes.items() if n >= 4 and not s.startswith("x-")) == 8
    assert sum(1 for it in its
               if "-summit-" in it["story"] and not it["story"].startswith("x-")) == 107
    assert sum(1 for it in its if "-chg-" in it["story"]) == 8
    assert sum(1 for it in its if "-cfm-" in it["story"] or "-defence-" in it["story"]) == 8
    assert sum(1 for s in sizes if s.endswith("-preview")) == 6
    assert sum(n for s, n in sizes.items() if s.endswith("-preview")) == 19
    assert sum(1 for s in sizes if s.startswith("x-")) == 14
    assert sum(n for s, n in sizes.items() if s.startswith("x-")) == 18
    assert sizes["tianjin-summit-2025"] == 53
    assert len({it["lang"] for it in its if it["story"] == "tianjin-summit-2025"}) == 12
    assert sizes["samarkand-summit-2022"] == 12
    assert sizes["bishkek-summit-2019"] == 11
    assert sizes["astana-summit-2024"] == 8
    assert sizes["islamabad-chg-2024"] == 8
    assert {"x-ots-summit-samarkand-2022", "x-ots-summit-astana-2023",
            "x-ots-informal-summit-shusha-2024", "x-brics-summit-kazan-2024",
            "x-china-central-asia-summit-astana-2025", "x-g20-summit-hangzhou-2016",
            "x-putin-xi-talks-beijing-2025", "qingdao-defence-2025", "tianjin-cfm-2025",
            "bishkek-summit-2013-preview"} <= set(sizes)


def test_documents_claims() -> None:
    reports = first.eval_tagging.load_reports(path=BLIND14 / "documents.toml")
    assert len(reports) == 141
    assert sum(len(r["documents"]) for r in reports) == 21
    assert sum(1 for r in reports if r["documents"]) == 13
    assert Counter(d["status"] for r in reports for d in r["documents"]) == Counter(
        {"planned": 8, "adopted": 6, "approved": 4, "signed": 3})
    assert Counter(d["type"] for r in reports for d in r["documents"]) == Counter(
        {"declaration": 12, "agreement": 3, "strategy": 3, "programme": 2, "action_plan": 1})
    assert sum(1 for r in reports if r["meeting"].get("calendar") is False) == 26


def test_pairs_are_the_decided_ones() -> None:
    pairs = tomllib.loads((BLIND14 / "labels.toml").read_text("utf-8"))["pair"]
    assert Counter((p["kind"], p["label"]) for p in pairs) == Counter({
        ("rewrite", 0): 26, ("translation", 0): 3, ("syndicated", 1): 3,
        ("longer_shorter", 1): 3, ("chinese_script", 1): 2, ("boilerplate", 1): 1})
    # copies are labelled transitively: CNC's shortened Xinhua story against both reposts
    ids = {it["url"]: it["id"] for it in items()}
    cnc = next(i for u, i in ids.items() if "en.cncnews.cn" in u)
    assert sum(1 for p in pairs if p["label"] == 1 and cnc in (p["a"], p["b"])) == 2
    assert len(first.eval_dedup.real_pairs(items(), BLIND14)) == 2303
    assert (BLIND14 / "README.md").exists()
