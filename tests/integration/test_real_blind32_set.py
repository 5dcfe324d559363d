"""The thirty-second blind real set (tests/data/real-blind32/README.md) is what its README says.

The checks every blind set shares (format, size, languages, outlets, events, labels that refer
only to their own items, documents that follow the guidelines, no URL of any earlier set under any
spelling: set 32 is compared with the tuned sets and sets 1-31) run on this folder through the
parametrised tests of tests/integration/test_real_blind_set.py. Here: its README's counts. No
accuracy floor: the set is held out, its figures are reported once, not enforced."""

from __future__ import annotations

import tomllib
from collections import Counter

import test_real_blind_set as first  # tests/integration is on sys.path under pytest

BLIND32 = first.ROOT / "tests" / "data" / "real-blind32"

# English and Russian together at most a third of the items (the brief)
EN_RU = {"en", "ru"}
# the six councils the meetings calendar holds, as this set's story labels name them
COUNCILS = ("-summit-", "-chg-", "-cfm-", "-defence-", "-rats-", "-security-secretaries-")


def items() -> list[dict]:
    return first.eval_dedup.load_real(BLIND32)


def test_set_32_is_checked_against_every_earlier_set() -> None:
    assert first.BLIND_SETS.index(BLIND32) == 31  # sets 1-31 come before it


def test_readme_claims() -> None:
    its = items()
    assert len(its) == 133
    langs = Counter(it["lang"] for it in its)
    assert len(langs) == 33
    assert sorted(langs) == sorted(
        "ar az de en es fa fr hi hy id it ja ka kaa kk ko ky mn pl pt ru sq sr ta tg th tk tr "
        "ur uz uz-Cyrl zh zh-Hant".split())
    assert langs["en"] == 15 and langs["ru"] == 12
    assert 3 * sum(n for lang, n in langs.items() if lang in EN_RU) <= len(its)
    assert langs["ar"] == 12 and langs["tr"] == 12 and langs["fa"] == 10
    assert langs["hi"] == 9 and langs["zh"] == 9 and langs["zh-Hant"] == 6
    assert len({it["outlet"] for it in its}) == 127
    assert sum(1 for it in its if it["published"]) == 76
    assert sum(1 for it in its if it["published"] is None) == 57
    # 59 of the 80 queries gave kept items
    assert len({it["query"] for it in its}) == 59
    assert Counter(it["date_from"] for it in its if it["published"]) == Counter(
        {"url": 40, "text": 28, "tool": 8})
    days = sorted(it["published"] for it in its if it["published"])
    assert days[0] == "2006-06-15" and days[-1] == "2025-11-22"
    sizes = Counter(it["story"] for it in its)
    assert len(sizes) == 57
    sco = {s: n for s, n in sizes.items() if not s.startswith("x-")}
    assert len(sco) == 39
    assert sum(1 for n in sco.values() if n >= 2) == 15
    assert sum(1 for n in sco.values() if n >= 4) == 9
    assert sum(1 for s in sco if s.endswith("-preview")) == 7
    assert sum(n for s, n in sco.items() if s.endswith("-preview")) == 14
    assert not any(s.endswith("-announced") for s in sco)
    assert sum(1 for s in sizes if s.startswith("x-")) == 18
    assert sum(n for s, n in sizes.items() if s.startswith("x-")) == 24
    for kind, n in {"-summit-": 90, "-chg-": 3, "-cfm-": 1, "-defence-": 1,
                    "-security-secretaries-": 1}.items():
        assert sum(m for s, m in sco.items() if kind in s) == n, kind
    # SCO events of no council (memoranda signed by the Secretary-General, ratifications, ...)
    assert sum(n for s, n in sco.items() if not any(k in s for k in COUNCILS)) == 13
    # the theme: the documents adopted beside the declarations
    for story, (n, n_langs) in {"tianjin-summit-2025": (18, 12),
                                "samarkand-summit-2022": (15, 11),
                                "astana-summit-2024": (9, 6), "new-delhi-summit-2023": (6, 6),
                                "samarkand-summit-2022-preview": (5, 2),
                                "shanghai-summit-2006": (5, 4), "qingdao-summit-2018": (4, 4),
                                "tashkent-summit-2016": (4, 3),
                                "yekaterinburg-summit-2009": (4, 3)}.items():
        assert sizes[story] == n, story
        assert len({it["lang"] for it in its if it["story"] == story}) == n_langs, story
    assert {"x-brics-kazan-2024", "x-central-asia-consultative-astana-2024",
            "x-central-asia-consultative-dushanbe-2023", "x-china-central-asia-astana-2025",
            "x-china-central-asia-xian-2023", "x-cica-astana-2022", "x-cis-dushanbe-2018",
            "x-csto-bishkek-2019", "x-csto-dushanbe-2021", "x-csto-review-2017",
            "x-eco-council-tehran-2013", "x-eco-islamabad-2017", "x-eco-istanbul-2010",
            "x-food-security-conference-samarkand", "x-shusha-declaration-2021",
            "x-turkic-council-istanbul-2021", "x-turkic-states-gabala-2025",
            "x-turkic-states-samarkand-2022"} == {s for s in sizes if s.startswith("x-")}


def test_documents_claims() -> None:
    reports = first.eval_tagging.load_reports(path=BLIND32 / "documents.toml")
    assert len(reports) == 133
    docs = [d for r in reports for d in r["documents"]]
    assert len(docs) == 120
    assert sum(1 for r in reports if r["documents"]) == 62
    # at least a third of the items name an SCO document (the brief)
    assert 3 * 62 >= len(reports)
    assert Counter(d["status"] for d in docs) == Counter(
        {"signed": 52, "adopted": 27, "approved": 25, "planned": 16})
    assert Counter(d["type"] for d in docs) == Counter(
        {"declaration": 34, "memorandum": 29, "agreement": 15, "joint_statement": 11,
         "strategy": 11, "action_plan": 9, "programme": 5, "decision": 3, "concept": 2,
         "communique": 1})
    assert sum(1 for r in reports if r["meeting"].get("calendar") is False) == 37
    # the six councils the calendar holds keep its default (this set's brief); every other
    # event (other organisations' meetings, SCO events of no council) has calendar = false
    raw = tomllib.loads((BLIND32 / "documents.toml").read_text("utf-8"))["article"]
    by_id = {it["id"]: it for it in items()}
    story = {a["id"]: by_id["r-" + a["id"].removeprefix("rb-")]["story"] for a in raw}
    default = [a for a in raw if "calendar" not in a["meeting"]]
    assert len(default) == 96
    assert all(any(k in story[a["id"]] for k in COUNCILS) for a in default)
    assert not any(any(k in story[a["id"]] for k in COUNCILS)
                   for a in raw if a["meeting"].get("calendar") is False)
    assert sum(1 for a in raw for d in a.get("documents", []) if "meeting" in d) == 18
    assert sum(1 for a in raw if "Deviation (page chrome)" in a["note"]) == 66
    assert sum(1 for a in raw if "collector's time budget" in a["note"]) == 112
    names = Counter(d["name"] for d in docs)
    assert names["Tianjin Declaration"] == 7
    assert names["Memorandum of Obligations of the Islamic Republic of Iran"] == 5
    assert names["Memorandum of Obligations of the Republic of Belarus"] == 5
    assert names["SCO Development Strategy until 2035"] == 5
    assert names["Memorandum on granting the Arab Republic of Egypt the status of SCO dialogue "
                 "partner"] == 3


def test_pairs_are_the_decided_ones() -> None:
    pairs = tomllib.loads((BLIND32 / "labels.toml").read_text("utf-8"))["pair"]
    assert len(pairs) == 24
    assert Counter((p["kind"], p["label"]) for p in pairs) == Counter({
        ("syndicated", 1): 6, ("chinese_script", 1): 2, ("amp", 1): 1, ("longer_shorter", 1): 1,
        ("rewrite", 0): 7, ("different_story", 0): 5, ("translation", 0): 2})
    assert len(first.eval_dedup.real_pairs(items(), BLIND32)) > 24
    assert (BLIND32 / "README.md").exists()
