"""The third blind real set (tests/data/real-blind3/README.md) is what its README says it is.

The checks every blind set shares (format, size, languages, outlets, events, labels that refer
only to its own items, documents that follow the guidelines, no URL of any earlier set under any
spelling) run on this folder through the parametrised tests of
tests/integration/test_real_blind_set.py. Here: its README's counts. No accuracy floor: the set
is held out, its figures are reported once, not enforced."""

from __future__ import annotations

import tomllib
from collections import Counter

import test_real_blind_set as first  # tests/integration is on sys.path under pytest

BLIND3 = first.ROOT / "tests" / "data" / "real-blind3"


# the checks every blind set shares run on this one too (test_real_blind_set.py)


def items() -> list[dict]:
    return first.eval_dedup.load_real(BLIND3)






def test_readme_claims() -> None:
    its = items()
    assert len(its) == 64
    assert len({it["lang"] for it in its}) == 10
    assert len({it["outlet"] for it in its}) == 57
    assert sum(1 for it in its if it["published"]) == 42
    sizes = Counter(it["story"] for it in its)
    events = ["dushanbe-summit-2021", "dushanbe-summit-2014", "bishkek-summit-2013",
              "moscow-fm-2020"]
    for story in events:
        assert sizes[story] >= 4, story
        assert len({it["lang"] for it in its if it["story"] == story}) >= 2, story
    assert len({it["lang"] for it in its if it["story"] == "dushanbe-summit-2021"}) >= 5
    # previews and later reports of the same events, and other meetings as distractors
    assert {"dushanbe-summit-2021-preview", "moscow-fm-2020-preview",
            "x-sco-csto-dushanbe-2021", "dushanbe-summit-2008"} <= set(sizes)
    assert sum(n for s, n in sizes.items() if s not in events) >= 8


def test_documents_claims() -> None:
    reports = first.eval_tagging.load_reports(path=BLIND3 / "documents.toml")
    assert sum(len(r["documents"]) for r in reports) == 28
    assert sum(1 for r in reports if r["documents"]) == 19
    # the meetings that are not SCO council sessions report no SCO document
    assert all(not r["documents"] for r in reports if r["meeting"].get("calendar") is False)
    assert sum(1 for r in reports if r["meeting"].get("calendar") is False) == 5


def test_pairs_are_the_decided_ones() -> None:
    pairs = tomllib.loads((BLIND3 / "labels.toml").read_text("utf-8"))["pair"]
    assert Counter((p["kind"], p["label"]) for p in pairs) == Counter({
        ("shared_background", 0): 1, ("translation", 0): 1, ("rewrite", 0): 1})
    assert (BLIND3 / "README.md").exists()
