"""The twentieth blind real set (tests/data/real-blind20/README.md) is what its README says it is.

The checks every blind set shares (format, size, languages, outlets, events, labels that refer
only to its own items, documents that follow the guidelines, no URL of any earlier set under any
spelling: set 20 is compared with the tuned sets and sets 1-19) run on this folder through the
parametrised tests of tests/integration/test_real_blind_set.py. Here: its README's counts. No
accuracy floor: the set is held out, its figures are reported once, not enforced."""

from __future__ import annotations

import tomllib
from collections import Counter

import test_real_blind_set as first  # tests/integration is on sys.path under pytest

BLIND20 = first.ROOT / "tests" / "data" / "real-blind20"


def items() -> list[dict]:
    return first.eval_dedup.load_real(BLIND20)


def test_set_20_is_checked_against_every_earlier_set() -> None:
    assert first.BLIND_SETS.index(BLIND20) == 19  # sets 1-19 come before it


def test_readme_claims() -> None:
    its = items()
    assert len(its) == 107
    langs = Counter(it["lang"] for it in its)
    assert len(langs) == 26
    assert sorted(langs) == sorted(
        "ar az be bn en fa hi hy id kk km ky lo mn ms ne ru ta tg tr ur uz uz-Cyrl vi zh "
        "zh-Hant".split())
    # English and Russian together at most a third of the items (the brief)
    assert langs["en"] == 2 and langs["ru"] == 9
    assert 3 * (langs["en"] + langs["ru"]) <= len(its)
    assert len({it["outlet"] for it in its}) == 88
    assert sum(1 for it in its if it["published"]) == 54
    assert sum(1 for it in its if it["published"] is None) == 53
    # 47 queries were run, 37 of them gave kept items
    assert len({it["query"] for it in its}) == 37
    assert Counter(it["date_from"] for it in its if it["published"]) == Counter(
        {"tool": 30, "url": 18, "text": 6})
    days = sorted(it["published"] for it in its if it["published"])
    assert days[0] == "2015-05-30" and days[-1] == "2026-03-07"
    # the years of the theme: 2015-2026
    assert all("2015" <= d[:4] <= "2026" for d in days)
    sizes = Counter(it["story"] for it in its)
    assert len(sizes) == 36
    sco = {s: n for s, n in sizes.items() if not s.startswith("x-")}
    assert len(sco) == 27
    assert sum(1 for n in sco.values() if n >= 2) == 9
    assert sum(1 for n in sco.values() if n >= 3) == 4
    assert sum(1 for n in sco.values() if n >= 4) == 4
    assert sum(1 for s in sco if s.endswith("-preview")) == 11
    assert sum(n for s, n in sco.items() if s.endswith("-preview")) == 30
    assert sum(1 for s in sizes if s.startswith("x-")) == 9
    assert sum(n for s, n in sizes.items() if s.startswith("x-")) == 23
    assert sizes["tianjin-summit-2025"] == 26
    assert sizes["tianjin-summit-2025-preview"] == 18
    assert sizes["islamabad-chg-2024"] == 8
    assert sizes["samarkand-summit-2022"] == 4
    assert sizes["x-brics-summit-kazan-2024"] == 6
    assert sizes["x-asean-summit-kuala-lumpur-2025"] == 4
    assert sizes["x-csto-summit-bishkek-2025"] == 3
    assert sizes["x-ots-summit-gabala-2025"] == 3
    assert len({it["lang"] for it in its if it["story"] == "tianjin-summit-2025"}) == 12
    assert len({it["lang"] for it in its if it["story"] == "tianjin-summit-2025-preview"}) == 11
    assert {"astana-summit-2024", "new-delhi-summit-2023", "moscow-chg-2025-preview",
            "astana-cfm-2024-preview", "tianjin-cfm-2025", "qingdao-defmin-2025-preview",
            "astana-secsec-2017", "beijing-secsec-2018", "tashkent-summit-2016-preview",
            "qingdao-summit-2018-preview", "tehran-secgen-araghchi-2025",
            "tashkent-dialogue-partner-memoranda-2022", "x-cis-summit-dushanbe-2025",
            "x-central-asia-russia-summit-2025", "x-ots-cfm-istanbul-2026"} <= set(sizes)


def test_documents_claims() -> None:
    reports = first.eval_tagging.load_reports(path=BLIND20 / "documents.toml")
    assert len(reports) == 107
    docs = [d for r in reports for d in r["documents"]]
    assert len(docs) == 20
    assert sum(1 for r in reports if r["documents"]) == 13
    assert Counter(d["status"] for d in docs) == Counter(
        {"planned": 11, "signed": 7, "adopted": 2})
    assert Counter(d["type"] for d in docs) == Counter(
        {"memorandum": 8, "declaration": 6, "joint_statement": 3, "agreement": 2,
         "strategy": 1})
    assert sum(1 for r in reports if r["meeting"].get("calendar") is False) == 33
    # the six councils the calendar holds keep its default (this set's brief); every other
    # event has calendar = false
    raw = tomllib.loads((BLIND20 / "documents.toml").read_text("utf-8"))["article"]
    by_id = {it["id"]: it for it in items()}
    default = [a for a in raw if "calendar" not in a["meeting"]]
    assert len(default) == 74
    assert not any(by_id["r-" + a["id"].removeprefix("rb-")]["story"].startswith("x-")
                   for a in default)
    assert sum(1 for a in raw for d in a.get("documents", []) if "meeting" in d) == 3
    assert sum(1 for a in raw if "Deviation (page chrome)" in a["note"]) == 21
    names = Counter(d["name"] for d in docs)
    assert names["Tianjin Declaration"] == 6
    # the guidelines' name for a memorandum of obligations (tests/data/tagging/README.md)
    assert names["Memorandum of Obligations of the Islamic Republic of Iran"] == 3
    assert names["Memorandum on granting the Arab Republic of Egypt the status of SCO "
                 "dialogue partner"] == 3
    assert names["Memorandum on granting the State of Qatar the status of SCO dialogue "
                 "partner"] == 2


def test_pairs_are_the_decided_ones() -> None:
    pairs = tomllib.loads((BLIND20 / "labels.toml").read_text("utf-8"))["pair"]
    assert len(pairs) == 10
    assert Counter((p["kind"], p["label"]) for p in pairs) == Counter({
        ("rewrite", 0): 5, ("syndicated", 1): 2, ("chinese_script", 1): 2,
        ("boilerplate", 1): 1})
    assert len(first.eval_dedup.real_pairs(items(), BLIND20)) == 744
    assert (BLIND20 / "README.md").exists()
