"""The thirty-ninth blind real set (tests/data/real-blind39/README.md) is what its README says.

The checks every blind set shares (format, size, languages, outlets, events, labels that refer
only to their own items, documents that follow the guidelines, no URL of any earlier set under any
spelling: set 39 is compared with the tuned sets and sets 1-38) run on this folder through the
parametrised tests of tests/integration/test_real_blind_set.py. Here: its README's counts. No
accuracy floor: the set is held out, its figures are reported once, not enforced."""

from __future__ import annotations

import tomllib
from collections import Counter

import test_real_blind_set as first  # tests/integration is on sys.path under pytest

BLIND39 = first.ROOT / "tests" / "data" / "real-blind39"

# English and Russian together at most a third of the items (the brief)
EN_RU = {"en", "ru"}
# the six councils the meetings calendar holds, as this set's story labels name them
COUNCILS = ("-summit-", "-chg-", "-cfm-", "-defence-", "-rats-", "-security-secretaries-")


def items() -> list[dict]:
    return first.eval_dedup.load_real(BLIND39)


def test_set_39_is_checked_against_every_earlier_set() -> None:
    assert first.BLIND_SETS.index(BLIND39) == 38  # sets 1-38 come before it


def test_readme_claims() -> None:
    its = items()
    assert len(its) == 104
    langs = Counter(it["lang"] for it in its)
    assert len(langs) == 27
    assert sorted(langs) == sorted(
        "ar az bn de en es fa fr hi hu id it ja kk km ko ky mn pl pt ru th tl tr vi zh "
        "zh-Hant".split())
    assert langs["zh"] == 20 and langs["en"] == 16 and langs["ru"] == 11
    assert langs["zh-Hant"] == 11 and langs["tr"] == 8 and langs["ko"] == 4
    assert 3 * sum(n for lang, n in langs.items() if lang in EN_RU) <= len(its)
    assert len({it["outlet"] for it in its}) == 100
    assert sum(1 for it in its if it["published"]) == 59
    assert sum(1 for it in its if it["published"] is None) == 45
    # 48 of the 68 queries gave kept items
    assert len({it["query"] for it in its}) == 48
    assert Counter(it["date_from"] for it in its if it["published"]) == Counter(
        {"url": 27, "text": 24, "tool": 8})
    days = sorted(it["published"] for it in its if it["published"])
    assert days[0] == "2006-08-25" and days[-1] == "2025-12-10"
    sizes = Counter(it["story"] for it in its)
    assert len(sizes) == 75
    sco = {s: n for s, n in sizes.items() if not s.startswith("x-")}
    assert len(sco) == 57
    assert sum(1 for n in sco.values() if n >= 2) == 14
    assert sum(1 for n in sco.values() if n >= 4) == 4
    assert sum(1 for s in sco if s.endswith("-preview")) == 9
    assert sum(n for s, n in sco.items() if s.endswith("-preview")) == 13
    assert not [s for s in sco if s.endswith("-announced")]
    assert sum(1 for s in sizes if s.startswith("x-")) == 18
    assert sum(n for s, n in sizes.items() if s.startswith("x-")) == 20
    for kind, n in {"-summit-": 30, "-chg-": 4, "-cfm-": 0, "-defence-": 3, "-rats-": 0,
                    "-security-secretaries-": 1}.items():
        assert sum(m for s, m in sco.items() if kind in s) == n, kind
    # SCO events of no calendar council (sectoral ministers, supreme courts, SCO bodies and
    # expert groups, forums, the Energy Club, a member-to-be's bid, the Secretary-General's talks)
    assert sum(n for s, n in sco.items() if not any(k in s for k in COUNCILS)) == 46
    assert sum(1 for s in sco if not any(k in s for k in COUNCILS)) == 36
    # the theme: coverage no earlier set holds, the same news in several languages
    for story, (n, n_langs) in {"tianjin-summit-2025": (6, 4),
                                "ufa-summit-2015": (5, 3),
                                "sco-justice-ministers-shanghai-2023": (4, 2),
                                "samarkand-summit-2022": (4, 4),
                                "tianjin-summit-2025-preview": (3, 3),
                                "sco-energy-club-turkey-chair-2016": (3, 1)}.items():
        assert sizes[story] == n, story
        assert len({it["lang"] for it in its if it["story"] == story}) == n_langs, story


def test_documents_claims() -> None:
    reports = first.eval_tagging.load_reports(path=BLIND39 / "documents.toml")
    assert len(reports) == 104
    docs = [d for r in reports for d in r["documents"]]
    assert len(docs) == 41
    assert sum(1 for r in reports if r["documents"]) == 28
    # at least a quarter of the items name an SCO document (the brief)
    assert 4 * 28 >= len(reports)
    assert Counter(d["status"] for d in docs) == Counter(
        {"signed": 12, "planned": 11, "adopted": 10, "approved": 8})
    assert Counter(d["type"] for d in docs) == Counter(
        {"declaration": 10, "agreement": 9, "action_plan": 8, "joint_statement": 5,
         "strategy": 4, "programme": 2, "memorandum": 1, "concept": 1, "communique": 1})
    assert sum(1 for r in reports if r["meeting"].get("calendar") is False) == 66
    # the six councils the calendar holds keep its default; every other event (SCO sectoral
    # meetings and bodies, other organisations' meetings, background pages) has calendar = false
    raw = tomllib.loads((BLIND39 / "documents.toml").read_text("utf-8"))["article"]
    by_id = {it["id"]: it for it in items()}
    story = {a["id"]: by_id["r-" + a["id"].removeprefix("rb-")]["story"] for a in raw}
    default = [a for a in raw if "calendar" not in a["meeting"]]
    assert len(default) == 38
    assert all(any(k in story[a["id"]] for k in COUNCILS) for a in default)
    assert not any(any(k in story[a["id"]] for k in COUNCILS)
                   for a in raw if a["meeting"].get("calendar") is False)
    assert sum(1 for a in raw for d in a.get("documents", []) if "meeting" in d) == 12
    assert sum(1 for a in raw if "Deviation (page chrome)" in a["note"]) == 46
    assert sum(1 for a in raw if "Collector's time budget" in a["note"]) == 85
    names = Counter(d["name"] for d in docs)
    assert names["上海合作组织成员国边防合作协定"] == 3
    assert names["Shanghai Convention on Combating Terrorism, Separatism and Extremism"] == 2
    assert names["SCO Development Strategy until 2035"] == 2
    assert names["Samarkand Declaration"] == 2
    assert names["Astana Declaration on the Tenth Anniversary of the Shanghai Cooperation "
                 "Organisation"] == 1


def test_pairs_are_the_decided_ones() -> None:
    pairs = tomllib.loads((BLIND39 / "labels.toml").read_text("utf-8"))["pair"]
    assert len(pairs) == 14
    assert Counter((p["kind"], p["label"]) for p in pairs) == Counter({
        ("syndicated", 1): 3, ("rewrite", 0): 6, ("different_story", 0): 5})
    assert len(first.eval_dedup.real_pairs(items(), BLIND39)) > 14
    assert (BLIND39 / "README.md").exists()
