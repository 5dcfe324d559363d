"""The twenty-ninth blind real set (tests/data/real-blind29/README.md) is what its README says.

The checks every blind set shares (format, size, languages, outlets, events, labels that refer
only to their own items, documents that follow the guidelines, no URL of any earlier set under any
spelling: set 29 is compared with the tuned sets and sets 1-28) run on this folder through the
parametrised tests of tests/integration/test_real_blind_set.py. Here: its README's counts. No
accuracy floor: the set is held out, its figures are reported once, not enforced."""

from __future__ import annotations

import tomllib
from collections import Counter

import test_real_blind_set as first  # tests/integration is on sys.path under pytest

BLIND29 = first.ROOT / "tests" / "data" / "real-blind29"

# English and Russian together at most a third of the items (the brief)
EN_RU = {"en", "ru"}
COUNCILS = ("-summit-", "-chg-", "-cfm-", "-defence-")


def items() -> list[dict]:
    return first.eval_dedup.load_real(BLIND29)


def test_set_29_is_checked_against_every_earlier_set() -> None:
    assert first.BLIND_SETS.index(BLIND29) == 28  # sets 1-28 come before it


def test_readme_claims() -> None:
    its = items()
    assert len(its) == 111
    langs = Counter(it["lang"] for it in its)
    assert len(langs) == 26
    assert sorted(langs) == sorted(
        "ar bn de en es fa fa-AF fr gu hi id it ja kk ko mr pt ru te tg tr ur uz vi zh "
        "zh-Hant".split())
    assert langs["en"] == 18 and langs["ru"] == 11
    assert 3 * sum(n for lang, n in langs.items() if lang in EN_RU) <= len(its)
    assert langs["ar"] == 11 and langs["zh-Hant"] == 8 and langs["hi"] == 8
    assert langs["de"] == 6 and langs["es"] == 6 and langs["it"] == 5 and langs["ja"] == 5
    assert len({it["outlet"] for it in its}) == 100
    assert sum(1 for it in its if it["published"]) == 53
    assert sum(1 for it in its if it["published"] is None) == 58
    # 49 of the 73 queries gave kept items
    assert len({it["query"] for it in its}) == 49
    assert Counter(it["date_from"] for it in its if it["published"]) == Counter(
        {"url": 20, "tool": 19, "text": 14})
    days = sorted(it["published"] for it in its if it["published"])
    assert days[0] == "2017-12-01" and days[-1] == "2026-01-01"
    sizes = Counter(it["story"] for it in its)
    assert len(sizes) == 24
    sco = {s: n for s, n in sizes.items() if not s.startswith("x-")}
    assert len(sco) == 20
    assert sum(1 for n in sco.values() if n >= 2) == 12
    assert sum(1 for n in sco.values() if n >= 5) == 8
    assert sum(1 for s in sco if s.endswith("-preview")) == 8
    assert sum(n for s, n in sco.items() if s.endswith("-preview")) == 25
    assert sum(1 for s in sizes if s.startswith("x-")) == 4
    assert sum(n for s, n in sizes.items() if s.startswith("x-")) == 8
    for kind, n in {"-summit-": 49, "-chg-": 49, "-cfm-": 1, "-defence-": 2}.items():
        assert sum(m for s, m in sco.items() if kind in s) == n, kind
    # the theme: the same news many times
    for story, (n, n_langs) in {"moscow-chg-2025": (23, 8), "tianjin-summit-2025": (22, 9),
                                "islamabad-chg-2024": (9, 9), "samarkand-summit-2022": (9, 6),
                                "astana-summit-2024": (6, 3),
                                "moscow-chg-2025-preview": (5, 3),
                                "tianjin-summit-2025-preview": (5, 5),
                                "samarkand-summit-2022-preview": (5, 4)}.items():
        assert sizes[story] == n, story
        assert len({it["lang"] for it in its if it["story"] == story}) == n_langs, story
    # Bishkek 2023 heads of government: 2 reports of the meeting and 3 previews, 3 languages
    bishkek = [it for it in its if it["story"].startswith("bishkek-chg-2023")]
    assert len(bishkek) == 5 and len({it["lang"] for it in bishkek}) == 3
    assert {"x-brics-rio-2025", "x-shanghai-auto-show-2025", "x-csto-bishkek-2025",
            "x-central-asia-consultative-tashkent-2025", "kyrgyz-chairmanship-2026",
            "pakistan-chs-2027-preparations", "qingdao-defence-2025",
            "sochi-chg-2017"} <= set(sizes)


def test_documents_claims() -> None:
    reports = first.eval_tagging.load_reports(path=BLIND29 / "documents.toml")
    assert len(reports) == 111
    docs = [d for r in reports for d in r["documents"]]
    assert len(docs) == 39
    assert sum(1 for r in reports if r["documents"]) == 28
    # at least a quarter of the items name an SCO document (the brief)
    assert 4 * 28 >= len(reports)
    assert Counter(d["status"] for d in docs) == Counter(
        {"adopted": 17, "signed": 12, "planned": 7, "approved": 3})
    assert Counter(d["type"] for d in docs) == Counter(
        {"declaration": 24, "strategy": 8, "memorandum": 7})
    assert sum(1 for r in reports if r["meeting"].get("calendar") is False) == 10
    # the six councils the calendar holds keep its default (this set's brief); every other
    # event (a state's preparations, a chairmanship, other organisations, 'Shanghai' news) has
    # calendar = false
    raw = tomllib.loads((BLIND29 / "documents.toml").read_text("utf-8"))["article"]
    by_id = {it["id"]: it for it in items()}
    story = {a["id"]: by_id["r-" + a["id"].removeprefix("rb-")]["story"] for a in raw}
    default = [a for a in raw if "calendar" not in a["meeting"]]
    assert len(default) == 101
    assert all(any(k in story[a["id"]] for k in COUNCILS) for a in default)
    assert not any(any(k in story[a["id"]] for k in COUNCILS)
                   for a in raw if a["meeting"].get("calendar") is False)
    assert sum(1 for a in raw for d in a.get("documents", []) if "meeting" in d) == 1
    assert sum(1 for a in raw if "Deviation (page chrome)" in a["note"]) == 41
    assert sum(1 for a in raw if "collector's time budget" in a["note"]) == 85
    names = Counter(d["name"] for d in docs)
    assert names["Tianjin Declaration"] == 15
    assert names["SCO Development Strategy until 2035"] == 8
    assert names["Astana Declaration"] == 5
    assert names["Samarkand Declaration"] == 4


def test_pairs_are_the_decided_ones() -> None:
    pairs = tomllib.loads((BLIND29 / "labels.toml").read_text("utf-8"))["pair"]
    assert len(pairs) == 18
    assert Counter((p["kind"], p["label"]) for p in pairs) == Counter({
        ("syndicated", 1): 1, ("amp", 1): 1, ("rewrite", 0): 12, ("translation", 0): 3,
        ("different_story", 0): 1})
    assert len(first.eval_dedup.real_pairs(items(), BLIND29)) > 18
    assert (BLIND29 / "README.md").exists()
