"""The ninth blind real set (tests/data/real-blind9/README.md) is what its README says it is.

The checks every blind set shares (format, size, languages, outlets, events, labels that refer
only to its own items, documents that follow the guidelines, no URL of any earlier set under any
spelling) run on this folder through the parametrised tests of
tests/integration/test_real_blind_set.py. Here: its README's counts. No accuracy floor: the set
is held out, its figures are reported once, not enforced."""

from __future__ import annotations

import tomllib
from collections import Counter

import test_real_blind_set as first  # tests/integration is on sys.path under pytest

BLIND9 = first.ROOT / "tests" / "data" / "real-blind9"
OTHER_LANGUAGES = {"en", "ru", "zh", "zh-Hant"}


def items() -> list[dict]:
    return first.eval_dedup.load_real(BLIND9)


def test_readme_claims() -> None:
    its = items()
    assert len(its) == 128
    assert len({it["lang"] for it in its}) == 28
    assert len({it["outlet"] for it in its}) == 101
    # the set's theme: languages other than English, Russian and Chinese
    assert sum(1 for it in its if it["lang"] not in OTHER_LANGUAGES) == 117
    assert sum(1 for it in its if it["published"]) == 70
    assert Counter(it["date_from"] for it in its if it["published"]) == Counter(
        {"url": 31, "text": 23, "tool": 16})
    sizes = Counter(it["story"] for it in its)
    assert sum(1 for s, n in sizes.items() if n >= 2 and not s.startswith("x-")) == 15
    big = ["tianjin-summit-2025", "samarkand-summit-2022", "astana-summit-2024",
           "tianjin-summit-2025-announced", "shanghai-summit-2006", "tianjin-summit-2025-preview",
           "astana-summit-2017", "bishkek-summit-2013", "qingdao-summit-2018",
           "moscow-chg-2025"]
    for story in big:
        assert sizes[story] >= 4, story
    for story in big[:9]:
        assert len({it["lang"] for it in its if it["story"] == story}) >= 2, story
    assert len({it["lang"] for it in its if it["story"] == "tianjin-summit-2025"}) == 21
    # previews and announcements, other organisations, sideline talks, backgrounds
    assert {"tianjin-summit-2025-preview", "tianjin-summit-2025-announced",
            "qingdao-summit-2018-preview", "dushanbe-summit-2014-preview",
            "astana-summit-2024-preview", "x-csto-bishkek-2025", "x-cis-bishkek-summit",
            "x-ots-shusha-2024", "x-central-asia-china-astana-2025",
            "x-erdogan-aliyev-pashinyan-tianjin-2025", "x-xi-guterres-tianjin-2025",
            "x-modi-sharif-ufa-2015", "x-sco-background-fa"} <= set(sizes)
    assert sum(1 for s in sizes if s.startswith("x-")) == 12


def test_documents_claims() -> None:
    reports = first.eval_tagging.load_reports(path=BLIND9 / "documents.toml")
    assert len(reports) == 128
    assert sum(len(r["documents"]) for r in reports) == 60
    assert sum(1 for r in reports if r["documents"]) == 45
    assert Counter(d["status"] for r in reports for d in r["documents"]) == Counter(
        {"adopted": 30, "signed": 11, "planned": 10, "approved": 9})
    assert sum(1 for r in reports if r["meeting"].get("calendar") is False) == 11


def test_pairs_are_the_decided_ones() -> None:
    pairs = tomllib.loads((BLIND9 / "labels.toml").read_text("utf-8"))["pair"]
    assert Counter((p["kind"], p["label"]) for p in pairs) == Counter({
        ("syndicated", 1): 4, ("rewrite", 0): 7, ("translation", 0): 3,
        ("shared_boilerplate", 0): 4})
    assert (BLIND9 / "README.md").exists()
