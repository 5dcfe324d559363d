"""The thirty-seventh blind real set (tests/data/real-blind37/README.md) is what its README says.

The checks every blind set shares (format, size, languages, outlets, events, labels that refer
only to their own items, documents that follow the guidelines, no URL of any earlier set under any
spelling: set 37 is compared with the tuned sets and sets 1-36) run on this folder through the
parametrised tests of tests/integration/test_real_blind_set.py. Here: its README's counts. No
accuracy floor: the set is held out, its figures are reported once, not enforced."""

from __future__ import annotations

import tomllib
from collections import Counter

import test_real_blind_set as first  # tests/integration is on sys.path under pytest

BLIND37 = first.ROOT / "tests" / "data" / "real-blind37"

# English and Russian together at most a third of the items (the brief)
EN_RU = {"en", "ru"}
# the six councils the meetings calendar holds, as this set's story labels name them
COUNCILS = ("-summit-", "-chg-", "-cfm-", "-defence-", "-rats-", "-security-secretaries-")


def items() -> list[dict]:
    return first.eval_dedup.load_real(BLIND37)


def test_set_37_is_checked_against_every_earlier_set() -> None:
    assert first.BLIND_SETS.index(BLIND37) == 36  # sets 1-36 come before it


def test_readme_claims() -> None:
    its = items()
    assert len(its) == 103
    langs = Counter(it["lang"] for it in its)
    assert len(langs) == 25
    assert sorted(langs) == sorted(
        "ar az be de en es fa fr hi hy it ja kk ky pl pt ru sr-Latn sw ta tg tr uz uz-Cyrl "
        "zh".split())
    assert langs["ru"] == 16 and langs["en"] == 15
    assert 3 * sum(n for lang, n in langs.items() if lang in EN_RU) <= len(its)
    assert langs["it"] == 16 and langs["pt"] == 11
    assert langs["be"] == 5 and langs["ja"] == 5 and langs["ky"] == 4
    assert len({it["outlet"] for it in its}) == 101
    assert sum(1 for it in its if it["published"]) == 50
    assert sum(1 for it in its if it["published"] is None) == 53
    # 44 of the 78 queries gave kept items
    assert len({it["query"] for it in its}) == 44
    assert Counter(it["date_from"] for it in its if it["published"]) == Counter(
        {"url": 24, "text": 19, "tool": 7})
    days = sorted(it["published"] for it in its if it["published"])
    assert days[0] == "2005-10-25" and days[-1] == "2026-02-16"
    sizes = Counter(it["story"] for it in its)
    assert len(sizes) == 60
    sco = {s: n for s, n in sizes.items() if not s.startswith("x-")}
    assert len(sco) == 43
    assert sum(1 for n in sco.values() if n >= 2) == 18
    assert sum(1 for n in sco.values() if n >= 4) == 5
    assert sum(1 for s in sco if s.endswith("-preview")) == 12
    assert sum(n for s, n in sco.items() if s.endswith("-preview")) == 20
    assert [s for s in sco if s.endswith("-announced")] == ["qingdao-summit-2018-announced"]
    assert sum(1 for s in sizes if s.startswith("x-")) == 17
    assert sum(n for s, n in sizes.items() if s.startswith("x-")) == 19
    for kind, n in {"-summit-": 47, "-chg-": 5, "-cfm-": 8, "-defence-": 1, "-rats-": 0,
                    "-security-secretaries-": 0}.items():
        assert sum(m for s, m in sco.items() if kind in s) == n, kind
    # SCO events of no calendar council (ministerial meetings, exercises, a forum, a ratification,
    # an anniversary, a memoranda ceremony)
    assert sum(n for s, n in sco.items() if not any(k in s for k in COUNCILS)) == 23
    assert sum(1 for s in sco if not any(k in s for k in COUNCILS)) == 17
    # the theme: coverage no earlier set holds, the same news in several languages
    for story, (n, n_langs) in {"astana-summit-2024": (8, 4),
                                "tianjin-summit-2025": (8, 6),
                                "samarkand-summit-2022": (5, 4),
                                "tianjin-summit-2025-preview": (4, 4),
                                "sco-peace-mission-2021": (4, 2),
                                "new-delhi-summit-2023": (3, 3),
                                "goa-cfm-2023": (3, 2),
                                "new-delhi-summit-2023-preview": (3, 2),
                                "samarkand-summit-2022-preview": (3, 1)}.items():
        assert sizes[story] == n, story
        assert len({it["lang"] for it in its if it["story"] == story}) == n_langs, story


def test_documents_claims() -> None:
    reports = first.eval_tagging.load_reports(path=BLIND37 / "documents.toml")
    assert len(reports) == 103
    docs = [d for r in reports for d in r["documents"]]
    assert len(docs) == 43
    assert sum(1 for r in reports if r["documents"]) == 29
    # at least a quarter of the items name an SCO document (the brief)
    assert 4 * 29 >= len(reports)
    assert Counter(d["status"] for d in docs) == Counter(
        {"signed": 28, "planned": 10, "adopted": 4, "approved": 1})
    assert Counter(d["type"] for d in docs) == Counter(
        {"memorandum": 24, "declaration": 13, "strategy": 3, "agreement": 2,
         "joint_statement": 1})
    assert sum(1 for r in reports if r["meeting"].get("calendar") is False) == 42
    # the six councils the calendar holds keep its default (this set's brief); every other
    # event (other organisations' meetings, ministerial meetings of no calendar council,
    # exercises, a ratification, a memoranda ceremony) has calendar = false
    raw = tomllib.loads((BLIND37 / "documents.toml").read_text("utf-8"))["article"]
    by_id = {it["id"]: it for it in items()}
    story = {a["id"]: by_id["r-" + a["id"].removeprefix("rb-")]["story"] for a in raw}
    default = [a for a in raw if "calendar" not in a["meeting"]]
    assert len(default) == 61
    assert all(any(k in story[a["id"]] for k in COUNCILS) for a in default)
    assert not any(any(k in story[a["id"]] for k in COUNCILS)
                   for a in raw if a["meeting"].get("calendar") is False)
    assert sum(1 for a in raw for d in a.get("documents", []) if "meeting" in d) == 17
    assert sum(1 for a in raw if "Deviation (page chrome)" in a["note"]) == 50
    assert sum(1 for a in raw if "Collector's time budget" in a["note"]) == 99
    names = Counter(d["name"] for d in docs)
    assert names["Memorandum of Obligations of the Islamic Republic of Iran"] == 8
    assert names["Tianjin Declaration"] == 5
    assert names["SCO Development Strategy until 2035"] == 3
    assert names["Astana Declaration"] == 3
    assert names["Memorandum of understanding between the SCO Secretariat and the Roscongress "
                 "Foundation"] == 3
    assert names["Memorandum on granting the State of Kuwait the status of SCO dialogue "
                 "partner"] == 2


def test_pairs_are_the_decided_ones() -> None:
    pairs = tomllib.loads((BLIND37 / "labels.toml").read_text("utf-8"))["pair"]
    assert len(pairs) == 21
    assert Counter((p["kind"], p["label"]) for p in pairs) == Counter({
        ("syndicated", 1): 2, ("rewrite", 0): 12, ("translation", 0): 1,
        ("different_story", 0): 6})
    assert len(first.eval_dedup.real_pairs(items(), BLIND37)) > 21
    assert (BLIND37 / "README.md").exists()
