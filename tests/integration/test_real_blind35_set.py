"""The thirty-fifth blind real set (tests/data/real-blind35/README.md) is what its README says.

The checks every blind set shares (format, size, languages, outlets, events, labels that refer
only to their own items, documents that follow the guidelines, no URL of any earlier set under any
spelling: set 35 is compared with the tuned sets and sets 1-34) run on this folder through the
parametrised tests of tests/integration/test_real_blind_set.py. Here: its README's counts. No
accuracy floor: the set is held out, its figures are reported once, not enforced."""

from __future__ import annotations

import tomllib
from collections import Counter

import test_real_blind_set as first  # tests/integration is on sys.path under pytest

BLIND35 = first.ROOT / "tests" / "data" / "real-blind35"

# English and Russian together at most a third of the items (the brief)
EN_RU = {"en", "ru"}
# the six councils the meetings calendar holds, as this set's story labels name them
COUNCILS = ("-summit-", "-chg-", "-cfm-", "-defence-", "-rats-", "-security-secretaries-")


def items() -> list[dict]:
    return first.eval_dedup.load_real(BLIND35)


def test_set_35_is_checked_against_every_earlier_set() -> None:
    assert first.BLIND_SETS.index(BLIND35) == 34  # sets 1-34 come before it


def test_readme_claims() -> None:
    its = items()
    assert len(its) == 108
    langs = Counter(it["lang"] for it in its)
    assert len(langs) == 26
    assert sorted(langs) == sorted(
        "ar de en es fa fr gu hi id it ja kk ko ky mn mr pt ru ta tg tl ur uz uz-Cyrl zh "
        "zh-Hant".split())
    assert langs["en"] == 16 and langs["ru"] == 6
    assert 3 * sum(n for lang, n in langs.items() if lang in EN_RU) <= len(its)
    assert langs["zh"] == 12 and langs["fr"] == 9
    assert langs["hi"] == 7 and langs["es"] == 7 and langs["ar"] == 7
    assert langs["fa"] == 6 and langs["ja"] == 5 and langs["ur"] == 5 and langs["pt"] == 5
    assert len({it["outlet"] for it in its}) == 100
    assert sum(1 for it in its if it["published"]) == 53
    assert sum(1 for it in its if it["published"] is None) == 55
    # 46 of the 64 queries gave kept items
    assert len({it["query"] for it in its}) == 46
    assert Counter(it["date_from"] for it in its if it["published"]) == Counter(
        {"url": 30, "text": 16, "tool": 7})
    days = sorted(it["published"] for it in its if it["published"])
    assert days[0] == "2007-03-29" and days[-1] == "2025-09-16"
    sizes = Counter(it["story"] for it in its)
    assert len(sizes) == 47
    sco = {s: n for s, n in sizes.items() if not s.startswith("x-")}
    assert len(sco) == 43
    assert sum(1 for n in sco.values() if n >= 2) == 20
    assert sum(1 for n in sco.values() if n >= 4) == 6
    assert sum(1 for s in sco if s.endswith("-preview")) == 7
    assert sum(n for s, n in sco.items() if s.endswith("-preview")) == 10
    assert [s for s in sco if s.endswith("-announced")] == ["bishkek-summit-2019-announced"]
    assert sum(1 for s in sizes if s.startswith("x-")) == 4
    assert sum(n for s, n in sizes.items() if s.startswith("x-")) == 11
    for kind, n in {"-summit-": 63, "-chg-": 4, "-cfm-": 4, "-defence-": 2, "-rats-": 6,
                    "-security-secretaries-": 1}.items():
        assert sum(m for s, m in sco.items() if kind in s) == n, kind
    # SCO events of no calendar council (exercises, RATS conferences, essays, statements)
    assert sum(n for s, n in sco.items() if not any(k in s for k in COUNCILS)) == 17
    # the theme: the same news many times, the security track and the summits before 2019
    for story, (n, n_langs) in {"astana-summit-2017": (12, 6),
                                "qingdao-summit-2018": (8, 6),
                                "bishkek-summit-2019": (8, 6),
                                "ufa-summit-2015": (6, 4),
                                "tianjin-summit-2025": (5, 3),
                                "dushanbe-summit-2014": (4, 3),
                                "peace-mission-2018": (3, 3),
                                "peace-mission-2018-preview": (3, 3)}.items():
        assert sizes[story] == n, story
        assert len({it["lang"] for it in its if it["story"] == story}) == n_langs, story


def test_documents_claims() -> None:
    reports = first.eval_tagging.load_reports(path=BLIND35 / "documents.toml")
    assert len(reports) == 108
    docs = [d for r in reports for d in r["documents"]]
    assert len(docs) == 43
    assert sum(1 for r in reports if r["documents"]) == 29
    # at least a quarter of the items name an SCO document (the brief)
    assert 4 * 29 >= len(reports)
    assert Counter(d["status"] for d in docs) == Counter(
        {"signed": 22, "planned": 15, "adopted": 4, "approved": 2})
    assert Counter(d["type"] for d in docs) == Counter(
        {"declaration": 15, "agreement": 9, "memorandum": 7, "strategy": 4,
         "joint_statement": 3, "action_plan": 2, "programme": 2, "communique": 1})
    assert sum(1 for r in reports if r["meeting"].get("calendar") is False) == 28
    # the six councils the calendar holds keep its default (this set's brief); every other
    # event (other organisations' meetings, exercises, RATS conferences) has calendar = false
    raw = tomllib.loads((BLIND35 / "documents.toml").read_text("utf-8"))["article"]
    by_id = {it["id"]: it for it in items()}
    story = {a["id"]: by_id["r-" + a["id"].removeprefix("rb-")]["story"] for a in raw}
    default = [a for a in raw if "calendar" not in a["meeting"]]
    assert len(default) == 80
    assert all(any(k in story[a["id"]] for k in COUNCILS) for a in default)
    assert not any(any(k in story[a["id"]] for k in COUNCILS)
                   for a in raw if a["meeting"].get("calendar") is False)
    assert sum(1 for a in raw for d in a.get("documents", []) if "meeting" in d) == 8
    assert sum(1 for a in raw if "Deviation (page chrome)" in a["note"]) == 50
    assert sum(1 for a in raw if "collector's time budget" in a["note"]) == 13
    names = Counter(d["name"] for d in docs)
    assert names["Astana Declaration"] == 6
    assert names["SCO Convention on Countering Extremism"] == 4
    assert names["SCO Development Strategy until 2025"] == 4
    assert names["Memorandum of Obligations of the Republic of India"] == 3
    assert names["Memorandum of Obligations of the Islamic Republic of Pakistan"] == 3
    assert names["Qingdao Declaration"] == 2 and names["Bishkek Declaration"] == 2


def test_pairs_are_the_decided_ones() -> None:
    pairs = tomllib.loads((BLIND35 / "labels.toml").read_text("utf-8"))["pair"]
    assert len(pairs) == 16
    assert Counter((p["kind"], p["label"]) for p in pairs) == Counter({
        ("syndicated", 1): 4, ("rewrite", 0): 4, ("translation", 0): 2,
        ("different_story", 0): 6})
    assert len(first.eval_dedup.real_pairs(items(), BLIND35)) > 16
    assert (BLIND35 / "README.md").exists()
