"""The twenty-first blind real set (tests/data/real-blind21/README.md) is what its README says.

The checks every blind set shares (format, size, languages, outlets, events, labels that refer
only to its own items, documents that follow the guidelines, no URL of any earlier set under any
spelling: set 21 is compared with the tuned sets and sets 1-20) run on this folder through the
parametrised tests of tests/integration/test_real_blind_set.py. Here: its README's counts. No
accuracy floor: the set is held out, its figures are reported once, not enforced."""

from __future__ import annotations

import tomllib
from collections import Counter

import test_real_blind_set as first  # tests/integration is on sys.path under pytest

BLIND21 = first.ROOT / "tests" / "data" / "real-blind21"

# languages outside the SCO member states' own (the brief: at least a third of the items)
OUTSIDE = {"ar", "de", "es", "fr", "id", "it", "ja", "ko", "pl", "pt", "sw", "tl", "tr"}


def items() -> list[dict]:
    return first.eval_dedup.load_real(BLIND21)


def test_set_21_is_checked_against_every_earlier_set() -> None:
    assert first.BLIND_SETS.index(BLIND21) == 20  # sets 1-20 come before it


def test_readme_claims() -> None:
    its = items()
    assert len(its) == 96
    langs = Counter(it["lang"] for it in its)
    assert len(langs) == 19
    assert sorted(langs) == sorted(
        "ar de en es fa fr hi id it ja ko pl pt ru sw tl tr zh zh-Hant".split())
    # English and Russian together at most a third of the items (the brief)
    assert langs["en"] == 6 and langs["ru"] == 12
    assert 3 * (langs["en"] + langs["ru"]) <= len(its)
    # at least a third in languages outside the SCO member states' own
    assert sum(n for lang, n in langs.items() if lang in OUTSIDE) == 73
    assert 3 * 73 >= len(its)
    assert len({it["outlet"] for it in its}) == 74
    assert sum(1 for it in its if it["published"]) == 61
    assert sum(1 for it in its if it["published"] is None) == 35
    # 40 queries were run, 34 of them gave kept items
    assert len({it["query"] for it in its}) == 34
    assert Counter(it["date_from"] for it in its if it["published"]) == Counter(
        {"url": 43, "text": 15, "tool": 3})
    days = sorted(it["published"] for it in its if it["published"])
    assert days[0] == "2015-07-07" and days[-1] == "2018-10-11"
    # the years of the theme: 2015-2018
    assert all("2015" <= d[:4] <= "2018" for d in days)
    sizes = Counter(it["story"] for it in its)
    assert len(sizes) == 33
    sco = {s: n for s, n in sizes.items() if not s.startswith("x-")}
    assert len(sco) == 22
    assert sum(1 for n in sco.values() if n >= 2) == 11
    assert sum(1 for n in sco.values() if n >= 3) == 8
    assert sum(1 for n in sco.values() if n >= 4) == 6
    assert sum(1 for s in sco if s.endswith("-preview")) == 5
    assert sum(n for s, n in sco.items() if s.endswith("-preview")) == 13
    assert sum(1 for s in sizes if s.startswith("x-")) == 11
    assert sum(n for s, n in sizes.items() if s.startswith("x-")) == 17
    assert sizes["qingdao-summit-2018"] == 19
    assert sizes["astana-summit-2017"] == 14
    assert sizes["ufa-summit-2015"] == 10
    assert sizes["qingdao-summit-2018-preview"] == 5
    assert sizes["tashkent-summit-2016"] == 4
    assert sizes["ufa-summit-2015-preview"] == 4
    assert sizes["x-g20-summit-hangzhou-2016"] == 4
    assert len({it["lang"] for it in its if it["story"] == "qingdao-summit-2018"}) == 8
    assert len({it["lang"] for it in its if it["story"] == "astana-summit-2017"}) == 8
    assert len({it["lang"] for it in its if it["story"] == "ufa-summit-2015"}) == 6
    assert len({it["lang"] for it in its if it["story"] == "qingdao-summit-2018-preview"}) == 4
    assert {"zhengzhou-chg-2015", "bishkek-chg-2016", "sochi-chg-2017", "dushanbe-chg-2018",
            "dushanbe-chg-2018-preview", "beijing-cfm-2018", "astana-defmin-2017",
            "tashkent-summit-2016-preview", "astana-summit-2017-preview",
            "alimov-secgen-takes-office-2016", "beijing-national-coordinators-2016",
            "x-brics-summit-ufa-2015", "x-brics-summit-xiamen-2017", "x-g20-summit-antalya-2015",
            "x-csto-summit-minsk-2017", "x-csto-summit-astana-2018", "x-cica-cfm-beijing-2016",
            "x-eco-cfm-dushanbe-2018-preview"} <= set(sizes)


def test_documents_claims() -> None:
    reports = first.eval_tagging.load_reports(path=BLIND21 / "documents.toml")
    assert len(reports) == 96
    docs = [d for r in reports for d in r["documents"]]
    assert len(docs) == 34
    assert sum(1 for r in reports if r["documents"]) == 23
    assert Counter(d["status"] for d in docs) == Counter(
        {"signed": 12, "adopted": 11, "planned": 6, "approved": 5})
    assert Counter(d["type"] for d in docs) == Counter(
        {"declaration": 13, "memorandum": 8, "action_plan": 6, "strategy": 4, "agreement": 1,
         "joint_statement": 1, "communique": 1})
    assert sum(1 for r in reports if r["meeting"].get("calendar") is False) == 25
    # the six councils the calendar holds keep its default (this set's brief); every other
    # event has calendar = false
    raw = tomllib.loads((BLIND21 / "documents.toml").read_text("utf-8"))["article"]
    by_id = {it["id"]: it for it in items()}
    default = [a for a in raw if "calendar" not in a["meeting"]]
    assert len(default) == 71
    assert not any(by_id["r-" + a["id"].removeprefix("rb-")]["story"].startswith("x-")
                   for a in default)
    assert sum(1 for a in raw for d in a.get("documents", []) if "meeting" in d) == 2
    assert sum(1 for a in raw if "Deviation (page chrome)" in a["note"]) == 31
    assert sum(1 for a in raw if "collector's time budget" in a["note"]) == 17
    names = Counter(d["name"] for d in docs)
    assert names["Qingdao Declaration"] == 9
    assert names["Astana Declaration"] == 3
    assert names["Tashkent Declaration"] == 1
    # the guidelines' names for memoranda of obligations (tests/data/tagging/README.md)
    assert names["Memorandum of Obligations of the Republic of India"] == 4
    assert names["Memorandum of Obligations of the Islamic Republic of Pakistan"] == 4


def test_pairs_are_the_decided_ones() -> None:
    pairs = tomllib.loads((BLIND21 / "labels.toml").read_text("utf-8"))["pair"]
    assert len(pairs) == 9
    assert Counter((p["kind"], p["label"]) for p in pairs) == Counter({
        ("syndicated", 1): 3, ("boilerplate", 1): 2, ("longer_shorter", 1): 1,
        ("rewrite", 0): 3})
    assert len(first.eval_dedup.real_pairs(items(), BLIND21)) == 631
    assert (BLIND21 / "README.md").exists()
