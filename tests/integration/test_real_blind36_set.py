"""The thirty-sixth blind real set (tests/data/real-blind36/README.md) is what its README says.

The checks every blind set shares (format, size, languages, outlets, events, labels that refer
only to their own items, documents that follow the guidelines, no URL of any earlier set under any
spelling: set 36 is compared with the tuned sets and sets 1-35) run on this folder through the
parametrised tests of tests/integration/test_real_blind_set.py. Here: its README's counts. No
accuracy floor: the set is held out, its figures are reported once, not enforced."""

from __future__ import annotations

import tomllib
from collections import Counter

import test_real_blind_set as first  # tests/integration is on sys.path under pytest

BLIND36 = first.ROOT / "tests" / "data" / "real-blind36"

# English and Russian together at most a third of the items (the brief)
EN_RU = {"en", "ru"}
# the six councils the meetings calendar holds, as this set's story labels name them
COUNCILS = ("-summit-", "-chg-", "-cfm-", "-defence-", "-rats-", "-security-secretaries-")


def items() -> list[dict]:
    return first.eval_dedup.load_real(BLIND36)


def test_set_36_is_checked_against_every_earlier_set() -> None:
    assert first.BLIND_SETS.index(BLIND36) == 35  # sets 1-35 come before it


def test_readme_claims() -> None:
    its = items()
    assert len(its) == 103
    langs = Counter(it["lang"] for it in its)
    assert len(langs) == 29
    assert sorted(langs) == sorted(
        "ar az bg bn de en fa fr he hi id it kk kk-Latn ky mn pl ru sr ta te tg tr uk ur uz "
        "uz-Cyrl vi zh".split())
    assert langs["ru"] == 14 and langs["en"] == 12
    assert 3 * sum(n for lang, n in langs.items() if lang in EN_RU) <= len(its)
    assert langs["tr"] == 9 and langs["ar"] == 8
    assert langs["fa"] == 6 and langs["hi"] == 6
    assert langs["vi"] == 5 and langs["uz"] == 5 and langs["ta"] == 5 and langs["kk"] == 4
    assert len({it["outlet"] for it in its}) == 97
    assert sum(1 for it in its if it["published"]) == 41
    assert sum(1 for it in its if it["published"] is None) == 62
    # 46 of the 76 queries gave kept items
    assert len({it["query"] for it in its}) == 46
    assert Counter(it["date_from"] for it in its if it["published"]) == Counter(
        {"url": 16, "text": 16, "tool": 9})
    days = sorted(it["published"] for it in its if it["published"])
    assert days[0] == "2008-08-28" and days[-1] == "2025-10-30"
    sizes = Counter(it["story"] for it in its)
    assert len(sizes) == 36
    sco = {s: n for s, n in sizes.items() if not s.startswith("x-")}
    assert len(sco) == 21
    assert sum(1 for n in sco.values() if n >= 2) == 9
    assert sum(1 for n in sco.values() if n >= 4) == 5
    assert sum(1 for s in sco if s.endswith("-preview")) == 6
    assert sum(n for s, n in sco.items() if s.endswith("-preview")) == 20
    assert [s for s in sco if s.endswith("-announced")] == ["astana-summit-2024-announced"]
    assert sum(1 for s in sizes if s.startswith("x-")) == 15
    assert sum(n for s, n in sizes.items() if s.startswith("x-")) == 20
    for kind, n in {"-summit-": 73, "-chg-": 3, "-cfm-": 2, "-defence-": 0, "-rats-": 0,
                    "-security-secretaries-": 1}.items():
        assert sum(m for s, m in sco.items() if kind in s) == n, kind
    # SCO events of no calendar council (a ratification, a statement, a memoranda ceremony)
    assert sum(n for s, n in sco.items() if not any(k in s for k in COUNCILS)) == 4
    # the theme: the SCO's recent years, the same news many times
    for story, (n, n_langs) in {"tianjin-summit-2025": (25, 13),
                                "new-delhi-summit-2023": (13, 5),
                                "tianjin-summit-2025-preview": (11, 8),
                                "samarkand-summit-2022": (7, 4),
                                "astana-summit-2024": (6, 4),
                                "astana-summit-2024-preview": (3, 3),
                                "moscow-chg-2025": (2, 2)}.items():
        assert sizes[story] == n, story
        assert len({it["lang"] for it in its if it["story"] == story}) == n_langs, story


def test_documents_claims() -> None:
    reports = first.eval_tagging.load_reports(path=BLIND36 / "documents.toml")
    assert len(reports) == 103
    docs = [d for r in reports for d in r["documents"]]
    assert len(docs) == 37
    assert sum(1 for r in reports if r["documents"]) == 31
    # at least a quarter of the items name an SCO document (the brief)
    assert 4 * 31 >= len(reports)
    assert Counter(d["status"] for d in docs) == Counter(
        {"adopted": 16, "signed": 11, "planned": 7, "approved": 3})
    assert Counter(d["type"] for d in docs) == Counter(
        {"declaration": 21, "memorandum": 11, "strategy": 3, "action_plan": 1,
         "communique": 1})
    assert sum(1 for r in reports if r["meeting"].get("calendar") is False) == 24
    # the six councils the calendar holds keep its default (this set's brief); every other
    # event (other organisations' meetings, a ratification, a memoranda ceremony) has
    # calendar = false
    raw = tomllib.loads((BLIND36 / "documents.toml").read_text("utf-8"))["article"]
    by_id = {it["id"]: it for it in items()}
    story = {a["id"]: by_id["r-" + a["id"].removeprefix("rb-")]["story"] for a in raw}
    default = [a for a in raw if "calendar" not in a["meeting"]]
    assert len(default) == 79
    assert all(any(k in story[a["id"]] for k in COUNCILS) for a in default)
    assert not any(any(k in story[a["id"]] for k in COUNCILS)
                   for a in raw if a["meeting"].get("calendar") is False)
    assert sum(1 for a in raw for d in a.get("documents", []) if "meeting" in d) == 9
    assert sum(1 for a in raw if "Deviation (page chrome)" in a["note"]) == 42
    assert sum(1 for a in raw if "Collector's time budget" in a["note"]) == 78
    names = Counter(d["name"] for d in docs)
    assert names["Tianjin Declaration"] == 9
    assert names["New Delhi Declaration"] == 6
    assert names["Memorandum of Obligations of the Islamic Republic of Iran"] == 5
    assert names["Astana Declaration"] == 4
    assert names["SCO Development Strategy until 2035"] == 3
    assert names["Memorandum of Obligations of the Republic of Belarus"] == 3


def test_pairs_are_the_decided_ones() -> None:
    pairs = tomllib.loads((BLIND36 / "labels.toml").read_text("utf-8"))["pair"]
    assert len(pairs) == 14
    assert Counter((p["kind"], p["label"]) for p in pairs) == Counter({
        ("syndicated", 1): 1, ("rewrite", 0): 5, ("translation", 0): 2,
        ("different_story", 0): 6})
    assert len(first.eval_dedup.real_pairs(items(), BLIND36)) > 14
    assert (BLIND36 / "README.md").exists()
