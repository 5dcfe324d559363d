"""The thirty-first blind real set (tests/data/real-blind31/README.md) is what its README says.

The checks every blind set shares (format, size, languages, outlets, events, labels that refer
only to their own items, documents that follow the guidelines, no URL of any earlier set under any
spelling: set 31 is compared with the tuned sets and sets 1-30) run on this folder through the
parametrised tests of tests/integration/test_real_blind_set.py. Here: its README's counts. No
accuracy floor: the set is held out, its figures are reported once, not enforced."""

from __future__ import annotations

import tomllib
from collections import Counter

import test_real_blind_set as first  # tests/integration is on sys.path under pytest

BLIND31 = first.ROOT / "tests" / "data" / "real-blind31"

# English and Russian together at most a third of the items (the brief)
EN_RU = {"en", "ru"}
# the six councils the meetings calendar holds, as this set's story labels name them
COUNCILS = ("-summit-", "-chg-", "-cfm-", "-defence-", "-rats-", "-security-secretaries-")


def items() -> list[dict]:
    return first.eval_dedup.load_real(BLIND31)


def test_set_31_is_checked_against_every_earlier_set() -> None:
    assert first.BLIND_SETS.index(BLIND31) == 30  # sets 1-30 come before it


def test_readme_claims() -> None:
    its = items()
    assert len(its) == 128
    langs = Counter(it["lang"] for it in its)
    assert len(langs) == 25
    assert sorted(langs) == sorted(
        "ar de en es fa fr hi it ja kk ko mn mr pt ru te th tk tl tr ur uz uz-Cyrl zh "
        "zh-Hant".split())
    assert langs["en"] == 16 and langs["ru"] == 14
    assert 3 * sum(n for lang, n in langs.items() if lang in EN_RU) <= len(its)
    assert langs["zh-Hant"] == 22 and langs["zh"] == 21 and langs["ko"] == 11
    assert langs["ja"] == 10 and langs["hi"] == 4
    assert len({it["outlet"] for it in its}) == 115
    assert sum(1 for it in its if it["published"]) == 89
    assert sum(1 for it in its if it["published"] is None) == 39
    # 55 of the 90 queries gave kept items
    assert len({it["query"] for it in its}) == 55
    assert Counter(it["date_from"] for it in its if it["published"]) == Counter(
        {"url": 65, "text": 22, "tool": 2})
    days = sorted(it["published"] for it in its if it["published"])
    assert days[0] == "2003-09-23" and days[-1] == "2025-11-18"
    sizes = Counter(it["story"] for it in its)
    assert len(sizes) == 55
    sco = {s: n for s, n in sizes.items() if not s.startswith("x-")}
    assert len(sco) == 46
    assert sum(1 for n in sco.values() if n >= 2) == 26
    assert sum(1 for n in sco.values() if n >= 4) == 11
    assert sum(1 for s in sco if s.endswith("-preview")) == 10
    assert sum(n for s, n in sco.items() if s.endswith("-preview")) == 19
    assert sum(1 for s in sco if s.endswith("-announced")) == 3
    assert sum(n for s, n in sco.items() if s.endswith("-announced")) == 4
    assert sum(1 for s in sizes if s.startswith("x-")) == 9
    assert sum(n for s, n in sizes.items() if s.startswith("x-")) == 12
    for kind, n in {"-summit-": 16, "-chg-": 66, "-cfm-": 34}.items():
        assert sum(m for s, m in sco.items() if kind in s) == n, kind
    # the theme: the councils of ministers and of heads of government, across the years
    for story, (n, n_langs) in {"dushanbe-chg-2010": (9, 4), "goa-cfm-2023": (9, 8),
                                "saint-petersburg-chg-2011": (7, 5),
                                "islamabad-chg-2024": (6, 4), "goa-cfm-2023-preview": (6, 5),
                                "zhengzhou-chg-2015": (5, 3), "tianjin-cfm-2025": (5, 4),
                                "sochi-chg-2017": (4, 4), "bishkek-chg-2023": (4, 2),
                                "tianjin-cfm-2025-preview": (4, 4),
                                "dushanbe-summit-2014": (4, 4)}.items():
        assert sizes[story] == n, story
        assert len({it["lang"] for it in its if it["story"] == story}) == n_langs, story
    assert {"x-china-central-asia-almaty-2025", "x-china-central-asia-astana-2025",
            "x-cica-astana-2022", "x-cis-heads-of-government-astana-2022", "x-csto-minsk-2017",
            "x-eaeu-minsk-2020", "x-eco-tashkent-2023", "x-fealac-busan-2017",
            "x-turkic-council-foreign-ministers-2019"} == {
                s for s in sizes if s.startswith("x-")}


def test_documents_claims() -> None:
    reports = first.eval_tagging.load_reports(path=BLIND31 / "documents.toml")
    assert len(reports) == 128
    docs = [d for r in reports for d in r["documents"]]
    assert len(docs) == 62
    assert sum(1 for r in reports if r["documents"]) == 32
    # at least a quarter of the items name an SCO document (the brief)
    assert 4 * 32 >= len(reports)
    assert Counter(d["status"] for d in docs) == Counter(
        {"adopted": 25, "signed": 17, "approved": 11, "planned": 9})
    assert Counter(d["type"] for d in docs) == Counter(
        {"communique": 20, "agreement": 8, "declaration": 7, "joint_statement": 7,
         "programme": 5, "action_plan": 4, "memorandum": 4, "decision": 3, "strategy": 3,
         "concept": 1})
    assert sum(1 for r in reports if r["meeting"].get("calendar") is False) == 12
    # the six councils the calendar holds keep its default (this set's brief); every other
    # event (other organisations' councils and summits) has calendar = false
    raw = tomllib.loads((BLIND31 / "documents.toml").read_text("utf-8"))["article"]
    by_id = {it["id"]: it for it in items()}
    story = {a["id"]: by_id["r-" + a["id"].removeprefix("rb-")]["story"] for a in raw}
    default = [a for a in raw if "calendar" not in a["meeting"]]
    assert len(default) == 116
    assert all(any(k in story[a["id"]] for k in COUNCILS) for a in default)
    assert not any(any(k in story[a["id"]] for k in COUNCILS)
                   for a in raw if a["meeting"].get("calendar") is False)
    assert sum(1 for a in raw for d in a.get("documents", []) if "meeting" in d) == 9
    assert sum(1 for a in raw if "Deviation (page chrome)" in a["note"]) == 58
    assert sum(1 for a in raw if "collector's time budget" in a["note"]) == 106
    names = Counter(d["name"] for d in docs)
    assert names["Joint Communiqué"] == 20
    assert names["Statement of the Heads of Government of the SCO Member States on Regional "
                 "Economic Cooperation"] == 4
    assert names["Intergovernmental Agreement on the Facilitation of International Road "
                 "Transport"] == 3
    assert names["Bishkek Declaration"] == 2


def test_pairs_are_the_decided_ones() -> None:
    pairs = tomllib.loads((BLIND31 / "labels.toml").read_text("utf-8"))["pair"]
    assert len(pairs) == 20
    assert Counter((p["kind"], p["label"]) for p in pairs) == Counter({
        ("syndicated", 1): 3, ("chinese_script", 1): 2, ("longer_shorter", 1): 1,
        ("rewrite", 0): 5, ("translation", 0): 1, ("different_story", 0): 8})
    assert len(first.eval_dedup.real_pairs(items(), BLIND31)) > 20
    assert (BLIND31 / "README.md").exists()
