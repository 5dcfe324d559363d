"""The fortieth blind real set (tests/data/real-blind40/README.md) is what its README says.

The checks every blind set shares (format, size, languages, outlets, events, labels that refer
only to their own items, documents that follow the guidelines, no URL of any earlier set under any
spelling: set 40 is compared with the tuned sets and sets 1-39) run on this folder through the
parametrised tests of tests/integration/test_real_blind_set.py. Here: its README's counts. No
accuracy floor: the set is held out, its figures are reported once, not enforced."""

from __future__ import annotations

import tomllib
from collections import Counter

import test_real_blind_set as first  # tests/integration is on sys.path under pytest

BLIND40 = first.ROOT / "tests" / "data" / "real-blind40"

# English and Russian together at most a third of the items (the brief)
EN_RU = {"en", "ru"}
# the six councils the meetings calendar holds, as this set's story labels name them
COUNCILS = ("-summit-", "-chg-", "-cfm-", "-defence-", "-rats-", "-security-secretaries-")


def items() -> list[dict]:
    return first.eval_dedup.load_real(BLIND40)


def test_set_40_is_checked_against_every_earlier_set() -> None:
    assert first.BLIND_SETS.index(BLIND40) == 39  # sets 1-39 come before it


def test_readme_claims() -> None:
    its = items()
    assert len(its) == 111
    langs = Counter(it["lang"] for it in its)
    assert len(langs) == 25
    assert sorted(langs) == sorted(
        "ar bn de en es fa fr hi id it ja ko ms nl pl prs pt ru tk tr uk ur vi zh "
        "zh-Hant".split())
    assert langs["en"] == 21 and langs["ru"] == 15 and langs["zh"] == 14
    assert langs["id"] == 9 and langs["zh-Hant"] == 5 and langs["ar"] == 5
    assert 3 * sum(n for lang, n in langs.items() if lang in EN_RU) <= len(its)
    assert len({it["outlet"] for it in its}) == 101
    assert sum(1 for it in its if it["published"]) == 52
    assert sum(1 for it in its if it["published"] is None) == 59
    # 47 of the 73 queries gave kept items
    assert len({it["query"] for it in its}) == 47
    assert Counter(it["date_from"] for it in its if it["published"]) == Counter(
        {"text": 22, "url": 21, "tool": 9})
    days = sorted(it["published"] for it in its if it["published"])
    assert days[0] == "2004-01-13" and days[-1] == "2026-02-06"
    sizes = Counter(it["story"] for it in its)
    assert len(sizes) == 71
    sco = {s: n for s, n in sizes.items() if not s.startswith("x-")}
    assert len(sco) == 55
    assert sum(1 for n in sco.values() if n >= 2) == 13
    assert sum(1 for n in sco.values() if n >= 4) == 5
    assert sum(1 for s in sco if s.endswith("-preview")) == 8
    assert sum(n for s, n in sco.items() if s.endswith("-preview")) == 13
    assert not [s for s in sco if s.endswith("-announced")]
    assert sum(1 for s in sizes if s.startswith("x-")) == 16
    assert sum(n for s, n in sizes.items() if s.startswith("x-")) == 19
    for kind, n in {"-summit-": 47, "-chg-": 4, "-cfm-": 7, "-defence-": 0, "-rats-": 3,
                    "-security-secretaries-": 0}.items():
        assert sum(m for s, m in sco.items() if kind in s) == n, kind
    # SCO events of no calendar council (the Secretaries-General and the Secretariat, SCO bodies'
    # and experts' meetings, ratifications, the national coordinators)
    assert sum(n for s, n in sco.items() if not any(k in s for k in COUNCILS)) == 31
    assert sum(1 for s in sco if not any(k in s for k in COUNCILS)) == 27
    # the theme: coverage no earlier set holds, the same news in several languages
    for story, (n, n_langs) in {"tianjin-summit-2025": (13, 11),
                                "tianjin-summit-2025-preview": (5, 5),
                                "astana-summit-2024": (5, 5),
                                "samarkand-summit-2022": (5, 4),
                                "qingdao-summit-2018": (4, 4),
                                "new-delhi-summit-2023": (3, 3),
                                "sco-belarus-memorandum-ratification-2023": (3, 1)}.items():
        assert sizes[story] == n, story
        assert len({it["lang"] for it in its if it["story"] == story}) == n_langs, story


def test_documents_claims() -> None:
    reports = first.eval_tagging.load_reports(path=BLIND40 / "documents.toml")
    assert len(reports) == 111
    docs = [d for r in reports for d in r["documents"]]
    assert len(docs) == 40
    assert sum(1 for r in reports if r["documents"]) == 28
    # at least a quarter of the items name an SCO document (the brief)
    assert 4 * 28 >= len(reports)
    assert Counter(d["status"] for d in docs) == Counter(
        {"planned": 14, "signed": 11, "approved": 10, "adopted": 5})
    assert Counter(d["type"] for d in docs) == Counter(
        {"memorandum": 16, "declaration": 9, "agreement": 6, "strategy": 3,
         "joint_statement": 3, "concept": 2, "action_plan": 1})
    assert sum(1 for r in reports if r["meeting"].get("calendar") is False) == 50
    # the six councils the calendar holds keep its default; every other event (the Secretariat,
    # SCO bodies, ratifications, other organisations' meetings, background pages) has
    # calendar = false
    raw = tomllib.loads((BLIND40 / "documents.toml").read_text("utf-8"))["article"]
    by_id = {it["id"]: it for it in items()}
    story = {a["id"]: by_id["r-" + a["id"].removeprefix("rb-")]["story"] for a in raw}
    default = [a for a in raw if "calendar" not in a["meeting"]]
    assert len(default) == 61
    assert all(any(k in story[a["id"]] for k in COUNCILS) for a in default)
    assert not any(any(k in story[a["id"]] for k in COUNCILS)
                   for a in raw if a["meeting"].get("calendar") is False)
    assert sum(1 for a in raw for d in a.get("documents", []) if "meeting" in d) == 13
    assert sum(1 for a in raw if "Deviation (page chrome)" in a["note"]) == 51
    assert sum(1 for a in raw if "Collector's time budget" in a["note"]) == 75
    names = Counter(d["name"] for d in docs)
    assert names["Memorandum of Obligations of the Republic of Belarus"] == 6
    assert names["Qingdao Declaration"] == 4
    assert names["SCO Development Strategy until 2035"] == 3
    assert names["Memorandum on granting the State of Kuwait the status of SCO dialogue "
                 "partner"] == 3
    assert names["Memorandum of Obligations of the Islamic Republic of Iran"] == 2
    assert names["Tianjin Declaration"] == 2


def test_pairs_are_the_decided_ones() -> None:
    pairs = tomllib.loads((BLIND40 / "labels.toml").read_text("utf-8"))["pair"]
    assert len(pairs) == 13
    assert Counter((p["kind"], p["label"]) for p in pairs) == Counter({
        ("syndicated", 1): 2, ("rewrite", 0): 6, ("different_story", 0): 5})
    assert len(first.eval_dedup.real_pairs(items(), BLIND40)) > 13
    assert (BLIND40 / "README.md").exists()
