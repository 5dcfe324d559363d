"""The twenty-second blind real set (tests/data/real-blind22/README.md) is what its README says.

The checks every blind set shares (format, size, languages, outlets, events, labels that refer
only to its own items, documents that follow the guidelines, no URL of any earlier set under any
spelling: set 22 is compared with the tuned sets and sets 1-21) run on this folder through the
parametrised tests of tests/integration/test_real_blind_set.py. Here: its README's counts. No
accuracy floor: the set is held out, its figures are reported once, not enforced."""

from __future__ import annotations

import tomllib
from collections import Counter

import test_real_blind_set as first  # tests/integration is on sys.path under pytest

BLIND22 = first.ROOT / "tests" / "data" / "real-blind22"

# languages outside the SCO member states' own (the brief: at least a third of the items)
OUTSIDE = {"ar", "de", "es", "fr", "id", "is", "it", "ja", "ko", "ms", "pt", "sr", "th", "tl",
           "tr", "vi"}


def items() -> list[dict]:
    return first.eval_dedup.load_real(BLIND22)


def test_set_22_is_checked_against_every_earlier_set() -> None:
    assert first.BLIND_SETS.index(BLIND22) == 21  # sets 1-21 come before it


def test_readme_claims() -> None:
    its = items()
    assert len(its) == 91
    langs = Counter(it["lang"] for it in its)
    assert len(langs) == 24
    assert sorted(langs) == sorted(
        "ar bn de en es fr hi id is it ja kn ko ms pt ru sr ta th tl tr ur vi zh".split())
    # English and Russian together at most a third of the items (the brief)
    assert langs["en"] == 12 and langs["ru"] == 12
    assert 3 * (langs["en"] + langs["ru"]) <= len(its)
    # at least a third in languages outside the SCO member states' own
    assert sum(n for lang, n in langs.items() if lang in OUTSIDE) == 57
    assert 3 * 57 >= len(its)
    assert len({it["outlet"] for it in its}) == 80
    assert sum(1 for it in its if it["published"]) == 51
    assert sum(1 for it in its if it["published"] is None) == 40
    # 52 queries were run, 38 of them gave kept items
    assert len({it["query"] for it in its}) == 38
    assert Counter(it["date_from"] for it in its if it["published"]) == Counter(
        {"url": 20, "text": 6, "tool": 25})
    days = sorted(it["published"] for it in its if it["published"])
    assert days[0] == "2025-08-22" and days[-1] == "2026-02-26"
    # the theme's months: the Tianjin week's previews on; little of 2026 in the corpus
    assert all("2025-08-22" <= d <= "2026-12-31" for d in days)
    assert sum(1 for d in days if d >= "2026") == 4
    sizes = Counter(it["story"] for it in its)
    assert len(sizes) == 26
    sco = {s: n for s, n in sizes.items() if not s.startswith("x-")}
    assert len(sco) == 13
    assert sum(1 for n in sco.values() if n >= 2) == 4
    assert sum(1 for n in sco.values() if n >= 3) == 4
    assert sum(1 for n in sco.values() if n >= 4) == 4
    assert sum(1 for s in sco if s.endswith("-preview")) == 3
    assert sum(n for s, n in sco.items() if s.endswith("-preview")) == 19
    assert sum(1 for s in sizes if s.startswith("x-")) == 13
    assert sum(n for s, n in sizes.items() if s.startswith("x-")) == 20
    assert sizes["tianjin-summit-2025"] == 38
    assert sizes["tianjin-summit-2025-preview"] == 14
    assert sizes["moscow-chg-2025"] == 6
    assert sizes["moscow-chg-2025-preview"] == 4
    assert sizes["x-ots-summit-gabala-2025"] == 3
    assert len({it["lang"] for it in its if it["story"] == "tianjin-summit-2025"}) == 14
    assert len({it["lang"] for it in its if it["story"] == "tianjin-summit-2025-preview"}) == 10
    assert len({it["lang"] for it in its if it["story"] == "moscow-chg-2025"}) == 4
    assert len({it["lang"] for it in its if it["story"] == "moscow-chg-2025-preview"}) == 4
    assert {"bishkek-summit-2026-preview", "beijing-kyrgyz-chairmanship-briefing-2025",
            "kyrgyz-chairmanship-japarov-priorities-2026", "bishkek-kulubaev-reception-2026",
            "kulubaev-yermekbayev-call-2026", "bishkek-military-cooperation-heads-2026",
            "yermekbayev-sputnik-remarks-2026", "pakistan-sco-summit-2027-announcement",
            "x-csto-summit-bishkek-2025", "x-cis-summit-dushanbe-2025",
            "x-ots-summit-gabala-2025", "x-asean-summit-kuala-lumpur-2025",
            "x-brics-virtual-summit-2025", "x-brics-india-chairship-2026",
            "x-central-asia-consultative-tashkent-2025"} <= set(sizes)


def test_documents_claims() -> None:
    reports = first.eval_tagging.load_reports(path=BLIND22 / "documents.toml")
    assert len(reports) == 91
    docs = [d for r in reports for d in r["documents"]]
    assert len(docs) == 22
    assert sum(1 for r in reports if r["documents"]) == 14
    assert Counter(d["status"] for d in docs) == Counter(
        {"planned": 11, "adopted": 7, "approved": 3, "signed": 1})
    assert Counter(d["type"] for d in docs) == Counter(
        {"declaration": 13, "strategy": 7, "joint_statement": 2})
    assert sum(1 for r in reports if r["meeting"].get("calendar") is False) == 28
    # the six councils the calendar holds keep its default (this set's brief), a 2026 session
    # too; every other event has calendar = false
    raw = tomllib.loads((BLIND22 / "documents.toml").read_text("utf-8"))["article"]
    by_id = {it["id"]: it for it in items()}
    default = [a for a in raw if "calendar" not in a["meeting"]]
    assert len(default) == 63
    assert not any(by_id["r-" + a["id"].removeprefix("rb-")]["story"].startswith("x-")
                   for a in default)
    assert sum(1 for a in raw if a["meeting"].get("calendar") is False
               and "date" not in a["meeting"]) == 6
    assert sum(1 for a in raw for d in a.get("documents", []) if "meeting" in d) == 1
    assert sum(1 for a in raw if "Deviation (page chrome)" in a["note"]) == 13
    assert sum(1 for a in raw if "collector's time budget" in a["note"]) == 49
    names = Counter(d["name"] for d in docs)
    assert names["Tianjin Declaration"] == 13
    assert names["SCO Development Strategy until 2035"] == 7


def test_pairs_are_the_decided_ones() -> None:
    pairs = tomllib.loads((BLIND22 / "labels.toml").read_text("utf-8"))["pair"]
    assert len(pairs) == 7
    assert Counter((p["kind"], p["label"]) for p in pairs) == Counter({
        ("boilerplate", 1): 2, ("syndicated", 1): 2, ("rewrite", 0): 3})
    assert len(first.eval_dedup.real_pairs(items(), BLIND22)) == 1015
    assert (BLIND22 / "README.md").exists()
