"""The eighth blind real set (tests/data/real-blind8/README.md) is what its README says it is.

The checks every blind set shares (format, size, languages, outlets, events, labels that refer
only to its own items, documents that follow the guidelines, no URL of any earlier set under any
spelling) run on this folder through the parametrised tests of
tests/integration/test_real_blind_set.py. Here: its README's counts. No accuracy floor: the set
is held out, its figures are reported once, not enforced."""

from __future__ import annotations

import tomllib
from collections import Counter

import test_real_blind_set as first  # tests/integration is on sys.path under pytest

BLIND8 = first.ROOT / "tests" / "data" / "real-blind8"


def items() -> list[dict]:
    return first.eval_dedup.load_real(BLIND8)


def test_readme_claims() -> None:
    its = items()
    assert len(its) == 69
    assert len({it["lang"] for it in its}) == 9
    assert len({it["outlet"] for it in its}) == 58
    assert sum(1 for it in its if it["published"]) == 40
    assert Counter(it["date_from"] for it in its if it["published"]) == Counter(
        {"url": 21, "text": 15, "tool": 4})
    sizes = Counter(it["story"] for it in its)
    events = ["energy-astana-2024", "prosecutors-bishkek-2024", "transport-khiva-2022",
              "transport-tianjin-2025"]
    for story in events:
        assert sizes[story] >= 4, story
    for story in [*events, "prosecutors-xian-2023", "turkey-dialogue-partner-2013",
                  "saudi-dialogue-partner-approval-2023", "energy-tashkent-2022-preview"]:
        assert sizes[story] >= 3, story
        assert len({it["lang"] for it in its if it["story"] == story}) >= 2, story
    # previews, the same council in other years and cities, the same city in another year,
    # talks on the sidelines, another organisation's meeting, backgrounds
    assert {"transport-tianjin-2025-preview", "transport-ufa-2015-preview", "transport-video-2024",
            "transport-video-2020", "transport-new-delhi-2023", "transport-ufa-2015",
            "prosecutors-bishkek-2019", "prosecutors-bishkek-2024-preview",
            "x-kyrgyz-azerbaijan-prosecutors-2024", "x-ying-yong-delegations-xian-2023",
            "prosecutors-astana-20th", "energy-astana-2024-preview", "energy-tashkent-2022-preview",
            "energy-video-2021", "turkey-spokesman-2013-02", "x-turkiye-sco-analysis-2024",
            "x-ots-energy-ministers", "egypt-dialogue-partner-2022",
            "qatar-dialogue-partner-2022", "x-mao-ning-saudi-2023",
            "x-qatar-sco-background"} <= set(sizes)
    assert sum(n for s, n in sizes.items() if s not in events) >= 40


def test_documents_claims() -> None:
    reports = first.eval_tagging.load_reports(path=BLIND8 / "documents.toml")
    assert len(reports) == 69
    assert sum(len(r["documents"]) for r in reports) == 26
    assert sum(1 for r in reports if r["documents"]) == 20
    assert Counter(d["status"] for r in reports for d in r["documents"]) == Counter(
        {"signed": 14, "planned": 9, "approved": 3})
    assert all(r["meeting"].get("calendar") is False for r in reports)


def test_pairs_are_the_decided_ones() -> None:
    pairs = tomllib.loads((BLIND8 / "labels.toml").read_text("utf-8"))["pair"]
    assert Counter((p["kind"], p["label"]) for p in pairs) == Counter({
        ("syndicated", 1): 3, ("translation", 0): 2, ("rewrite", 0): 3,
        ("shared_boilerplate", 0): 3})
    assert (BLIND8 / "README.md").exists()
