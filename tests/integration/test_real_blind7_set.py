"""The seventh blind real set (tests/data/real-blind7/README.md) is what its README says it is.

The checks every blind set shares (format, size, languages, outlets, events, labels that refer
only to its own items, documents that follow the guidelines, no URL of any earlier set under any
spelling) run on this folder through the parametrised tests of
tests/integration/test_real_blind_set.py. Here: its README's counts. No accuracy floor: the set
is held out, its figures are reported once, not enforced."""

from __future__ import annotations

import tomllib
from collections import Counter

import test_real_blind_set as first  # tests/integration is on sys.path under pytest

BLIND7 = first.ROOT / "tests" / "data" / "real-blind7"


def items() -> list[dict]:
    return first.eval_dedup.load_real(BLIND7)


def test_readme_claims() -> None:
    its = items()
    assert len(its) == 86
    assert len({it["lang"] for it in its}) == 15
    assert len({it["outlet"] for it in its}) == 73
    assert sum(1 for it in its if it["published"]) == 55
    assert Counter(it["date_from"] for it in its if it["published"]) == Counter(
        {"url": 38, "text": 11, "tool": 6})
    sizes = Counter(it["story"] for it in its)
    events = ["peace-mission-2007", "peace-mission-2010", "peace-mission-2012",
              "emergency-new-delhi-2023"]
    for story in events:
        assert sizes[story] >= 4, story
    for story in ["peace-mission-2007", "peace-mission-2010", "peace-mission-2012",
                  "peace-mission-2014", "scsec-tashkent-2022", "emergency-new-delhi-2023"]:
        assert sizes[story] >= 3, story
        assert len({it["lang"] for it in its if it["story"] == story}) >= 2, story
    # previews and announcements, the same exercise series and the same mechanism in other
    # years and cities, the same city in another year, a coordinators' meeting, backgrounds
    assert {"peace-mission-2007-preview", "peace-mission-2007-announced",
            "peace-mission-2007-consultations", "peace-mission-2010-announced",
            "peace-mission-2012-preview", "peace-mission-2014-preview",
            "peace-mission-2016-preview", "peace-mission-2016", "peace-mission-2021",
            "cooperation-2003", "tianshan-1-2006-preview", "scsec-tashkent-2022-preview",
            "scsec-tashkent-2016-preview", "scsec-beijing-2018-preview", "scsec-dushanbe-2021",
            "tashkent-coordinators-2022", "x-patrushev-dushanbe-tashkent-consultations",
            "x-zhang-ming-uzbek-charge-2022", "emergency-new-delhi-2019", "astana-ibc-2017",
            "agriculture-dushanbe-2021", "x-sco-ibc-background", "emergency-new-delhi-2023-preview",
            "emergency-stpetersburg-2002"} <= set(sizes)
    assert sum(n for s, n in sizes.items() if s not in events) >= 40


def test_documents_claims() -> None:
    reports = first.eval_tagging.load_reports(path=BLIND7 / "documents.toml")
    assert len(reports) == 86
    assert sum(len(r["documents"]) for r in reports) == 22
    assert sum(1 for r in reports if r["documents"]) == 17
    assert Counter(d["status"] for r in reports for d in r["documents"]) == Counter(
        {"signed": 12, "approved": 8, "planned": 1, "adopted": 1})
    assert all(r["meeting"].get("calendar") is False for r in reports)


def test_pairs_are_the_decided_ones() -> None:
    pairs = tomllib.loads((BLIND7 / "labels.toml").read_text("utf-8"))["pair"]
    assert Counter((p["kind"], p["label"]) for p in pairs) == Counter({
        ("syndicated", 1): 5, ("translation", 0): 2, ("rewrite", 0): 3,
        ("shared_background", 0): 2, ("shared_boilerplate", 0): 3})
    assert (BLIND7 / "README.md").exists()
