"""The thirty-fourth blind real set (tests/data/real-blind34/README.md) is what its README says.

The checks every blind set shares (format, size, languages, outlets, events, labels that refer
only to their own items, documents that follow the guidelines, no URL of any earlier set under any
spelling: set 34 is compared with the tuned sets and sets 1-33) run on this folder through the
parametrised tests of tests/integration/test_real_blind_set.py. Here: its README's counts. No
accuracy floor: the set is held out, its figures are reported once, not enforced."""

from __future__ import annotations

import tomllib
from collections import Counter

import test_real_blind_set as first  # tests/integration is on sys.path under pytest

BLIND34 = first.ROOT / "tests" / "data" / "real-blind34"

# English and Russian together at most a third of the items (the brief)
EN_RU = {"en", "ru"}
# the six councils the meetings calendar holds, as this set's story labels name them
COUNCILS = ("-summit-", "-chg-", "-cfm-", "-defence-", "-rats-", "-security-secretaries-")


def items() -> list[dict]:
    return first.eval_dedup.load_real(BLIND34)


def test_set_34_is_checked_against_every_earlier_set() -> None:
    assert first.BLIND_SETS.index(BLIND34) == 33  # sets 1-33 come before it


def test_readme_claims() -> None:
    its = items()
    assert len(its) == 103
    langs = Counter(it["lang"] for it in its)
    assert len(langs) == 30
    assert sorted(langs) == sorted(
        "ar az bn en es fa fr hi hy id it ja kaa kk km ko ky mr pt ru sd si ta tg tr ur uz "
        "uz-Cyrl zh zh-Hant".split())
    assert langs["en"] == 13 and langs["ru"] == 17
    assert 3 * sum(n for lang, n in langs.items() if lang in EN_RU) <= len(its)
    assert langs["zh"] == 14 and langs["zh-Hant"] == 6 and langs["ur"] == 6
    assert langs["bn"] == 4 and langs["it"] == 4
    assert len({it["outlet"] for it in its}) == 92
    assert sum(1 for it in its if it["published"]) == 51
    assert sum(1 for it in its if it["published"] is None) == 52
    # 45 of the 84 queries gave kept items
    assert len({it["query"] for it in its}) == 45
    assert Counter(it["date_from"] for it in its if it["published"]) == Counter(
        {"url": 26, "text": 19, "tool": 6})
    days = sorted(it["published"] for it in its if it["published"])
    assert days[0] == "2019-09-18" and days[-1] == "2025-09-04"
    sizes = Counter(it["story"] for it in its)
    assert len(sizes) == 61
    sco = {s: n for s, n in sizes.items() if not s.startswith("x-")}
    assert len(sco) == 47
    assert sum(1 for n in sco.values() if n >= 2) == 14
    assert sum(1 for n in sco.values() if n >= 4) == 6
    assert sum(1 for s in sco if s.endswith("-preview")) == 6
    assert sum(n for s, n in sco.items() if s.endswith("-preview")) == 14
    assert not any(s.endswith("-announced") for s in sco)
    assert sum(1 for s in sizes if s.startswith("x-")) == 14
    assert sum(n for s, n in sizes.items() if s.startswith("x-")) == 19
    for kind, n in {"-summit-": 34, "-chg-": 8, "-cfm-": 3, "-defence-": 9, "-rats-": 0,
                    "-security-secretaries-": 1}.items():
        assert sum(m for s, m in sco.items() if kind in s) == n, kind
    # SCO events of no calendar council (ministerial meetings, the Secretary-General, forums, ...)
    assert sum(n for s, n in sco.items() if not any(k in s for k in COUNCILS)) == 29
    # the theme: the councils below the summit, 2019-2026, and the summits of 2020-2025
    for story, (n, n_langs) in {"astana-summit-2024": (9, 7),
                                "tianjin-summit-2025": (8, 5),
                                "tianjin-summit-2025-preview": (5, 4),
                                "islamabad-chg-2024": (5, 3),
                                "new-delhi-defence-2023-preview": (4, 2),
                                "samarkand-summit-2022": (4, 3)}.items():
        assert sizes[story] == n, story
        assert len({it["lang"] for it in its if it["story"] == story}) == n_langs, story


def test_documents_claims() -> None:
    reports = first.eval_tagging.load_reports(path=BLIND34 / "documents.toml")
    assert len(reports) == 103
    docs = [d for r in reports for d in r["documents"]]
    assert len(docs) == 30
    assert sum(1 for r in reports if r["documents"]) == 27
    # at least a quarter of the items name an SCO document (the brief)
    assert 4 * 27 >= len(reports)
    assert Counter(d["status"] for d in docs) == Counter(
        {"planned": 12, "adopted": 9, "signed": 9})
    assert Counter(d["type"] for d in docs) == Counter(
        {"declaration": 10, "memorandum": 10, "action_plan": 4, "communique": 2, "concept": 1,
         "programme": 1, "strategy": 1, "joint_statement": 1})
    assert sum(1 for r in reports if r["meeting"].get("calendar") is False) == 48
    # the six councils the calendar holds keep its default (this set's brief); every other
    # event (other organisations' meetings, SCO events of no council) has calendar = false
    raw = tomllib.loads((BLIND34 / "documents.toml").read_text("utf-8"))["article"]
    by_id = {it["id"]: it for it in items()}
    story = {a["id"]: by_id["r-" + a["id"].removeprefix("rb-")]["story"] for a in raw}
    default = [a for a in raw if "calendar" not in a["meeting"]]
    assert len(default) == 55
    assert all(any(k in story[a["id"]] for k in COUNCILS) for a in default)
    assert not any(any(k in story[a["id"]] for k in COUNCILS)
                   for a in raw if a["meeting"].get("calendar") is False)
    assert sum(1 for a in raw for d in a.get("documents", []) if "meeting" in d) == 4
    assert sum(1 for a in raw if "Deviation (page chrome)" in a["note"]) == 44
    assert sum(1 for a in raw if "collector's time budget" in a["note"]) == 87
    names = Counter(d["name"] for d in docs)
    assert names["Memorandum of Obligations of the Islamic Republic of Iran"] == 10
    assert names["Astana Declaration"] == 4
    assert names["Tianjin Declaration"] == 3
    assert names["Samarkand Declaration"] == 2
    assert names["Joint Communiqué"] == 2


def test_pairs_are_the_decided_ones() -> None:
    pairs = tomllib.loads((BLIND34 / "labels.toml").read_text("utf-8"))["pair"]
    assert len(pairs) == 16
    assert Counter((p["kind"], p["label"]) for p in pairs) == Counter({
        ("amp", 1): 2, ("syndicated", 1): 1, ("longer_shorter", 1): 1, ("rewrite", 0): 5,
        ("translation", 0): 2, ("different_story", 0): 5})
    assert len(first.eval_dedup.real_pairs(items(), BLIND34)) > 16
    assert (BLIND34 / "README.md").exists()
