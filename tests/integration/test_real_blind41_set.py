"""The forty-first blind real set (tests/data/real-blind41/README.md) is what its README says.

The checks every blind set shares (format, size, languages, outlets, events, labels that refer
only to their own items, documents that follow the guidelines, no URL of any earlier set under any
spelling: set 41 is compared with the tuned sets and sets 1-40) run on this folder through the
parametrised tests of tests/integration/test_real_blind_set.py. Here: its README's counts. No
accuracy floor: the set is held out, its figures are reported once, not enforced."""

from __future__ import annotations

import tomllib
from collections import Counter

import test_real_blind_set as first  # tests/integration is on sys.path under pytest

BLIND41 = first.ROOT / "tests" / "data" / "real-blind41"

# English and Russian together at most a third of the items (the brief)
EN_RU = {"en", "ru"}
# the six councils the meetings calendar holds, as this set's story labels name them
COUNCILS = ("-summit-", "-chg-", "-cfm-", "-defence-", "-rats-", "-security-secretaries-")


def items() -> list[dict]:
    return first.eval_dedup.load_real(BLIND41)


def test_set_41_is_checked_against_every_earlier_set() -> None:
    assert first.BLIND_SETS.index(BLIND41) == 40  # sets 1-40 come before it


def test_readme_claims() -> None:
    its = items()
    assert len(its) == 100
    langs = Counter(it["lang"] for it in its)
    assert len(langs) == 31
    assert sorted(langs) == sorted(
        "ar az de en es fa fr hi hu hy id it ja kk ko lo ne pl ps pt ru ta te tg th tr ur uz "
        "vi zh zh-Hant".split())
    assert langs["en"] == 24 and langs["ru"] == 9 and langs["pl"] == 8
    assert langs["pt"] == 5 and langs["zh-Hant"] == 5 and langs["de"] == 4 and langs["ja"] == 4
    assert 3 * sum(n for lang, n in langs.items() if lang in EN_RU) <= len(its)
    assert len({it["outlet"] for it in its}) == 90
    assert sum(1 for it in its if it["published"]) == 56
    assert sum(1 for it in its if it["published"] is None) == 44
    # 44 of the 79 queries gave kept items
    assert len({it["query"] for it in its}) == 44
    assert Counter(it["date_from"] for it in its if it["published"]) == Counter(
        {"url": 23, "text": 17, "tool": 16})
    days = sorted(it["published"] for it in its if it["published"])
    assert days[0] == "2006-06-15" and days[-1] == "2025-11-19"
    sizes = Counter(it["story"] for it in its)
    assert len(sizes) == 41
    sco = {s: n for s, n in sizes.items() if not s.startswith("x-")}
    assert len(sco) == 30
    assert sum(1 for n in sco.values() if n >= 2) == 15
    assert sum(1 for n in sco.values() if n >= 4) == 6
    assert sum(1 for s in sco if s.endswith("-preview")) == 5
    assert sum(n for s, n in sco.items() if s.endswith("-preview")) == 10
    assert not [s for s in sco if s.endswith("-announced")]
    assert sum(1 for s in sizes if s.startswith("x-")) == 11
    assert sum(n for s, n in sizes.items() if s.startswith("x-")) == 19
    for kind, n in {"-summit-": 62, "-chg-": 4, "-cfm-": 2, "-defence-": 0, "-rats-": 0,
                    "-security-secretaries-": 0}.items():
        assert sum(m for s, m in sco.items() if kind in s) == n, kind
    # SCO events of no calendar council (the Business Council, the Interbank Consortium, the
    # emergency-relief agencies, a ratification, an inter-party forum, observers' angles)
    assert sum(n for s, n in sco.items() if not any(k in s for k in COUNCILS)) == 13
    assert sum(1 for s in sco if not any(k in s for k in COUNCILS)) == 11
    # the theme: coverage no earlier set holds, the same news in several languages
    for story, (n, n_langs) in {"tianjin-summit-2025": (22, 12),
                                "samarkand-summit-2022": (7, 4),
                                "tianjin-summit-2025-preview": (5, 4),
                                "astana-summit-2024": (4, 4),
                                "shanghai-summit-2006": (4, 2),
                                "qingdao-summit-2018": (4, 2),
                                "ufa-summit-2015": (3, 2),
                                "dushanbe-summit-2008": (3, 1)}.items():
        assert sizes[story] == n, story
        assert len({it["lang"] for it in its if it["story"] == story}) == n_langs, story


def test_documents_claims() -> None:
    reports = first.eval_tagging.load_reports(path=BLIND41 / "documents.toml")
    assert len(reports) == 100
    docs = [d for r in reports for d in r["documents"]]
    assert len(docs) == 35
    assert sum(1 for r in reports if r["documents"]) == 25
    # at least a quarter of the items name an SCO document (the brief)
    assert 4 * 25 >= len(reports)
    assert Counter(d["status"] for d in docs) == Counter(
        {"adopted": 13, "signed": 9, "approved": 7, "planned": 6})
    assert Counter(d["type"] for d in docs) == Counter(
        {"declaration": 16, "strategy": 9, "agreement": 5, "communique": 2, "programme": 1,
         "action_plan": 1, "memorandum": 1})
    assert sum(1 for r in reports if r["meeting"].get("calendar") is False) == 32
    # the six councils the calendar holds keep its default; every other event (SCO bodies,
    # ratifications, other organisations' meetings, background pages) has calendar = false
    raw = tomllib.loads((BLIND41 / "documents.toml").read_text("utf-8"))["article"]
    by_id = {it["id"]: it for it in items()}
    story = {a["id"]: by_id["r-" + a["id"].removeprefix("rb-")]["story"] for a in raw}
    default = [a for a in raw if "calendar" not in a["meeting"]]
    assert len(default) == 68
    assert all(any(k in story[a["id"]] for k in COUNCILS) for a in default)
    assert not any(any(k in story[a["id"]] for k in COUNCILS)
                   for a in raw if a["meeting"].get("calendar") is False)
    assert sum(1 for a in raw for d in a.get("documents", []) if "meeting" in d) == 6
    assert sum(1 for a in raw if "Deviation (page chrome)" in a["note"]) == 50
    assert sum(1 for a in raw if "Collector's time budget" in a["note"]) == 95
    names = Counter(d["name"] for d in docs)
    assert names["Tianjin Declaration"] == 5
    assert names["SCO Development Strategy until 2035"] == 5
    assert names["Astana Declaration"] == 3
    assert names["Qingdao Declaration"] == 3
    assert names["Dushanbe Declaration"] == 2
    assert names["Joint Communiqué"] == 2
    assert names["SCO Development Strategy until 2025"] == 2


def test_pairs_are_the_decided_ones() -> None:
    pairs = tomllib.loads((BLIND41 / "labels.toml").read_text("utf-8"))["pair"]
    assert len(pairs) == 15
    assert Counter((p["kind"], p["label"]) for p in pairs) == Counter({
        ("syndicated", 1): 5, ("rewrite", 0): 8, ("different_story", 0): 2})
    assert len(first.eval_dedup.real_pairs(items(), BLIND41)) > 15
    assert (BLIND41 / "README.md").exists()
