"""The thirtieth blind real set (tests/data/real-blind30/README.md) is what its README says.

The checks every blind set shares (format, size, languages, outlets, events, labels that refer
only to their own items, documents that follow the guidelines, no URL of any earlier set under any
spelling: set 30 is compared with the tuned sets and sets 1-29) run on this folder through the
parametrised tests of tests/integration/test_real_blind_set.py. Here: its README's counts. No
accuracy floor: the set is held out, its figures are reported once, not enforced."""

from __future__ import annotations

import tomllib
from collections import Counter

import test_real_blind_set as first  # tests/integration is on sys.path under pytest

BLIND30 = first.ROOT / "tests" / "data" / "real-blind30"

# English and Russian together at most a third of the items (the brief)
EN_RU = {"en", "ru"}
# the six councils the meetings calendar holds, as this set's story labels name them
COUNCILS = ("-summit-", "-chg-", "-cfm-", "-defence-", "-rats-", "-security-secretaries-")


def items() -> list[dict]:
    return first.eval_dedup.load_real(BLIND30)


def test_set_30_is_checked_against_every_earlier_set() -> None:
    assert first.BLIND_SETS.index(BLIND30) == 29  # sets 1-29 come before it


def test_readme_claims() -> None:
    its = items()
    assert len(its) == 127
    langs = Counter(it["lang"] for it in its)
    assert len(langs) == 25
    assert sorted(langs) == sorted(
        "ar de el en es fa fr ha hi id it ja ko ml pl pt ru sq sw ta tl tr vi zh "
        "zh-Hant".split())
    assert langs["en"] == 17 and langs["ru"] == 7
    assert 3 * sum(n for lang, n in langs.items() if lang in EN_RU) <= len(its)
    assert langs["ko"] == 15 and langs["it"] == 12 and langs["zh"] == 10 and langs["ja"] == 10
    assert langs["fr"] == 8 and langs["ar"] == 8 and langs["es"] == 6 and langs["de"] == 5
    assert len({it["outlet"] for it in its}) == 111
    assert sum(1 for it in its if it["published"]) == 86
    assert sum(1 for it in its if it["published"] is None) == 41
    # 55 of the 80 queries gave kept items
    assert len({it["query"] for it in its}) == 55
    assert Counter(it["date_from"] for it in its if it["published"]) == Counter(
        {"url": 41, "text": 34, "tool": 11})
    days = sorted(it["published"] for it in its if it["published"])
    assert days[0] == "2003-05-30" and days[-1] == "2025-12-04"
    sizes = Counter(it["story"] for it in its)
    assert len(sizes) == 71
    sco = {s: n for s, n in sizes.items() if not s.startswith("x-")}
    assert len(sco) == 60
    assert sum(1 for n in sco.values() if n >= 2) == 22
    assert sum(1 for n in sco.values() if n >= 4) == 9
    assert sum(1 for s in sco if s.endswith("-preview")) == 14
    assert sum(n for s, n in sco.items() if s.endswith("-preview")) == 15
    assert sum(1 for s in sco if s.endswith("-announced")) == 2
    assert sum(1 for s in sizes if s.startswith("x-")) == 11
    assert sum(n for s, n in sizes.items() if s.startswith("x-")) == 11
    for kind, n in {"-summit-": 51, "-chg-": 5, "-defence-": 5, "-rats-": 7,
                    "-security-secretaries-": 1, "peace-mission-": 30}.items():
        assert sum(m for s, m in sco.items() if kind in s) == n, kind
    # the theme: the SCO seen from outside its region, and its security track
    for story, (n, n_langs) in {"new-delhi-summit-2023": (8, 5), "astana-summit-2024": (7, 4),
                                "moscow-summit-2020": (6, 4), "peace-mission-2021": (6, 5),
                                "sahand-antiterror-2025": (6, 3),
                                "dushanbe-summit-2021": (5, 5), "peace-mission-2012": (4, 4),
                                "qingdao-summit-2018": (4, 4),
                                "tianjin-summit-2025": (4, 4)}.items():
        assert sizes[story] == n, story
        assert len({it["lang"] for it in its if it["story"] == story}) == n_langs, story
    assert {"x-brics-kazan-2024", "x-brics-moscow-2020", "x-china-belarus-exercise-2024",
            "x-csto-moscow-2008", "x-csto-un-declaration-2010", "x-csto-yerevan-2016",
            "x-expo-shanghai-2010", "x-ots-astana-2023", "x-ots-astana-2023-preview",
            "x-ots-samarkand-2022", "x-shanghai-film-festival-2023"} == {
                s for s in sizes if s.startswith("x-")}


def test_documents_claims() -> None:
    reports = first.eval_tagging.load_reports(path=BLIND30 / "documents.toml")
    assert len(reports) == 127
    docs = [d for r in reports for d in r["documents"]]
    assert len(docs) == 56
    assert sum(1 for r in reports if r["documents"]) == 34
    # at least a quarter of the items name an SCO document (the brief)
    assert 4 * 34 >= len(reports)
    assert Counter(d["status"] for d in docs) == Counter(
        {"adopted": 23, "signed": 18, "planned": 13, "approved": 2})
    assert Counter(d["type"] for d in docs) == Counter(
        {"declaration": 21, "action_plan": 9, "joint_statement": 9, "memorandum": 9,
         "agreement": 4, "programme": 2, "concept": 1, "communique": 1})
    assert sum(1 for r in reports if r["meeting"].get("calendar") is False) == 58
    # the six councils the calendar holds keep its default (this set's brief); every other
    # event (joint exercises, ratifications, conferences, a forum, other organisations,
    # 'Shanghai' news) has calendar = false
    raw = tomllib.loads((BLIND30 / "documents.toml").read_text("utf-8"))["article"]
    by_id = {it["id"]: it for it in items()}
    story = {a["id"]: by_id["r-" + a["id"].removeprefix("rb-")]["story"] for a in raw}
    default = [a for a in raw if "calendar" not in a["meeting"]]
    assert len(default) == 69
    assert all(any(k in story[a["id"]] for k in COUNCILS) for a in default)
    assert not any(any(k in story[a["id"]] for k in COUNCILS)
                   for a in raw if a["meeting"].get("calendar") is False)
    assert sum(1 for a in raw for d in a.get("documents", []) if "meeting" in d) == 7
    assert sum(1 for a in raw if "Deviation (page chrome)" in a["note"]) == 71
    assert sum(1 for a in raw if "collector's time budget" in a["note"]) == 110
    names = Counter(d["name"] for d in docs)
    assert names["Qingdao Declaration"] == 4 and names["Dushanbe Declaration"] == 4
    assert names["Moscow Declaration"] == 3 and names["Astana Declaration"] == 3
    assert names["Tianjin Declaration"] == 3 and names["New Delhi Declaration"] == 3
    assert names["Memorandum of Obligations of the Republic of Belarus"] == 3
    assert names["Memorandum of Obligations of the Islamic Republic of Iran"] == 3
    assert names["SCO Convention against Terrorism"] == 2
    assert names["SCO Convention on Combating Extremism"] == 2


def test_pairs_are_the_decided_ones() -> None:
    pairs = tomllib.loads((BLIND30 / "labels.toml").read_text("utf-8"))["pair"]
    assert len(pairs) == 15
    assert Counter((p["kind"], p["label"]) for p in pairs) == Counter({
        ("syndicated", 1): 3, ("rewrite", 0): 8, ("different_story", 0): 4})
    assert len(first.eval_dedup.real_pairs(items(), BLIND30)) > 15
    assert (BLIND30 / "README.md").exists()
