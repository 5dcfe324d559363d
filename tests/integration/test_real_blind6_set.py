"""The sixth blind real set (tests/data/real-blind6/README.md) is what its README says it is.

The checks every blind set shares (format, size, languages, outlets, events, labels that refer
only to its own items, documents that follow the guidelines, no URL of any earlier set under any
spelling) run on this folder through the parametrised tests of
tests/integration/test_real_blind_set.py. Here: its README's counts. No accuracy floor: the set
is held out, its figures are reported once, not enforced."""

from __future__ import annotations

import tomllib
from collections import Counter

import test_real_blind_set as first  # tests/integration is on sys.path under pytest

BLIND6 = first.ROOT / "tests" / "data" / "real-blind6"


def items() -> list[dict]:
    return first.eval_dedup.load_real(BLIND6)






def test_readme_claims() -> None:
    its = items()
    assert len(its) == 46
    assert len({it["lang"] for it in its}) == 8
    assert len({it["outlet"] for it in its}) == 41
    assert sum(1 for it in its if it["published"]) == 36
    assert Counter(it["date_from"] for it in its if it["published"]) == Counter(
        {"url": 23, "text": 11, "tool": 2})
    sizes = Counter(it["story"] for it in its)
    events = ["astana-chg-2014", "astana-fm-2017", "bishkek-chg-2012", "astana-chg-2008",
              "tashkent-chg-2007", "moscow-chg-2005"]
    for story in events:
        assert sizes[story] >= 4, story
    for story in ["astana-chg-2014", "bishkek-chg-2012", "tashkent-chg-2007"]:
        assert len({it["lang"] for it in its if it["story"] == story}) >= 3, story
    # previews, same-city meetings of other years or councils, coordinators' meetings, a background
    assert {"astana-chg-2014-announced", "astana-fm-2017-preview", "bishkek-chg-2012-preview",
            "astana-chg-2008-preview", "tashkent-chg-2007-preview", "bishkek-chg-2004",
            "astana-coordinators-2014", "moscow-coordinators-2015", "moscow-fm-2015",
            "x-sco-pm-meetings-history-2007"} <= set(sizes)
    assert sum(n for s, n in sizes.items() if s not in events) >= 15


def test_documents_claims() -> None:
    reports = first.eval_tagging.load_reports(path=BLIND6 / "documents.toml")
    assert len(reports) == 46
    assert sum(len(r["documents"]) for r in reports) == 27
    assert sum(1 for r in reports if r["documents"]) == 13
    assert sum(1 for r in reports if r["meeting"].get("calendar") is False) == 2


def test_pairs_are_the_decided_ones() -> None:
    pairs = tomllib.loads((BLIND6 / "labels.toml").read_text("utf-8"))["pair"]
    assert Counter((p["kind"], p["label"]) for p in pairs) == Counter({
        ("chinese_script", 1): 1, ("rewrite", 0): 2, ("translation", 0): 1,
        ("shared_background", 0): 1, ("shared_boilerplate", 0): 1})
    assert (BLIND6 / "README.md").exists()
