"""The forty-fourth blind real set (tests/data/real-blind44/README.md) is what its README says.

The checks every blind set shares (format, size, languages, outlets, events, labels that refer
only to their own items, documents that follow the guidelines, no URL of any earlier set under any
spelling: set 44 is compared with the tuned sets and sets 1-43) run on this folder through the
parametrised tests of tests/integration/test_real_blind_set.py. Here: its README's counts. No
accuracy floor: the set is held out, its figures are reported once, not enforced."""

from __future__ import annotations

import tomllib
from collections import Counter

import test_real_blind_set as first  # tests/integration is on sys.path under pytest

BLIND44 = first.ROOT / "tests" / "data" / "real-blind44"

# English and Russian together at most a third of the items (the brief)
EN_RU = {"en", "ru"}
# the six councils the meetings calendar holds, as this set's story labels name them
COUNCILS = ("-summit-", "-chg-", "-cfm-", "-defence-", "-rats-", "-security-secretaries-")


def items() -> list[dict]:
    return first.eval_dedup.load_real(BLIND44)


def test_set_44_is_checked_against_every_earlier_set() -> None:
    assert first.BLIND_SETS.index(BLIND44) == 43  # sets 1-43 come before it


def test_readme_claims() -> None:
    its = items()
    assert len(its) == 72
    langs = Counter(it["lang"] for it in its)
    assert len(langs) == 26
    assert sorted(langs) == sorted(
        "ar az be bn de en es fr hi hy id ja ko pl pt ru sr tg tr uk ur uz uz-Cyrl vi zh "
        "zh-Hant".split())
    assert langs["en"] == 15 and langs["ru"] == 7 and langs["ar"] == 5
    assert langs["az"] == 4 and langs["pt"] == 4
    assert all(langs[lang] == 3 for lang in ("bn", "fr", "tr", "uz-Cyrl"))
    assert all(langs[lang] == 2 for lang in ("de", "hi", "hy", "ja", "ko", "tg", "ur", "vi"))
    assert 3 * sum(n for lang, n in langs.items() if lang in EN_RU) <= len(its)
    assert len({it["outlet"] for it in its}) == 71
    assert sum(1 for it in its if it["published"]) == 30
    assert sum(1 for it in its if it["published"] is None) == 42
    # 40 of the 75 queries gave kept items
    assert len({it["query"] for it in its}) == 40
    assert Counter(it["date_from"] for it in its if it["published"]) == Counter(
        {"url": 18, "text": 7, "tool": 5})
    days = sorted(it["published"] for it in its if it["published"])
    assert days[0] == "2014-12-23" and days[-1] == "2025-10-02"
    sizes = Counter(it["story"] for it in its)
    assert len(sizes) == 40
    sco = {s: n for s, n in sizes.items() if not s.startswith("x-")}
    assert len(sco) == 24
    assert sum(1 for n in sco.values() if n >= 2) == 8
    assert sum(1 for n in sco.values() if n >= 4) == 4
    assert sum(1 for s in sco if s.endswith("-preview")) == 3
    assert sum(n for s, n in sco.items() if s.endswith("-preview")) == 6
    assert not [s for s in sco if s.endswith("-announced")]
    assert sum(1 for s in sizes if s.startswith("x-")) == 16
    assert sum(n for s, n in sizes.items() if s.startswith("x-")) == 20
    for kind, n in {"-summit-": 27, "-chg-": 1, "-cfm-": 4, "-defence-": 9, "-rats-": 0,
                    "-security-secretaries-": 0}.items():
        assert sum(m for s, m in sco.items() if kind in s) == n, kind
    # SCO events of no calendar council (officials' visits, ratifications, a forum, a joint
    # SCO-CIS defence meeting, an observer's angle)
    assert sum(n for s, n in sco.items() if not any(k in s for k in COUNCILS)) == 11
    assert sum(1 for s in sco if not any(k in s for k in COUNCILS)) == 9
    # the theme: coverage no earlier set holds, the same news in several languages
    for story, (n, n_langs) in {"qingdao-defence-2025": (8, 4),
                                "tianjin-summit-2025": (8, 7),
                                "astana-summit-2024": (6, 4),
                                "tianjin-summit-2025-preview": (4, 4),
                                "goa-cfm-2023": (3, 2),
                                "sco-cis-military-moscow-2022": (3, 1),
                                "qingdao-summit-2018": (2, 2),
                                "new-delhi-summit-2023": (2, 1)}.items():
        assert sizes[story] == n, story
        assert len({it["lang"] for it in its if it["story"] == story}) == n_langs, story


def test_documents_claims() -> None:
    reports = first.eval_tagging.load_reports(path=BLIND44 / "documents.toml")
    assert len(reports) == 72
    docs = [d for r in reports for d in r["documents"]]
    assert len(docs) == 20
    # 16 of 72 articles name a document: short of the brief's quarter (README says so)
    assert sum(1 for r in reports if r["documents"]) == 16
    assert Counter(d["status"] for d in docs) == Counter(
        {"adopted": 7, "signed": 5, "planned": 4, "approved": 4})
    assert Counter(d["type"] for d in docs) == Counter(
        {"declaration": 9, "memorandum": 4, "agreement": 3, "strategy": 2,
         "joint_statement": 2})
    assert sum(1 for r in reports if r["meeting"].get("calendar") is False) == 31
    # the councils the calendar holds keep its default; every other event (officials' visits,
    # ratifications, forums, other organisations' meetings) has calendar = false
    raw = tomllib.loads((BLIND44 / "documents.toml").read_text("utf-8"))["article"]
    by_id = {it["id"]: it for it in items()}
    story = {a["id"]: by_id["r-" + a["id"].removeprefix("rb-")]["story"] for a in raw}
    default = [a for a in raw if "calendar" not in a["meeting"]]
    assert len(default) == 41
    assert all(any(k in story[a["id"]] for k in COUNCILS) for a in default)
    assert not any(any(k in story[a["id"]] for k in COUNCILS)
                   for a in raw if a["meeting"].get("calendar") is False)
    assert sum(1 for a in raw for d in a.get("documents", []) if "meeting" in d) == 5
    assert sum(1 for a in raw if "Deviation (page chrome)" in a["note"]) == 24
    assert sum(1 for a in raw if "Collector's time budget" in a["note"]) == 63
    names = Counter(d["name"] for d in docs)
    assert names["Tianjin Declaration"] == 5
    assert names["SCO Convention on Countering Extremism"] == 2
    assert names["SCO Development Strategy until 2035"] == 2
    assert names["New Delhi Declaration"] == 2
    assert names["Memorandum of Obligations of the Republic of Belarus"] == 2
    assert names["Astana Declaration"] == 1 and names["Dushanbe Declaration"] == 1


def test_pairs_are_the_decided_ones() -> None:
    pairs = tomllib.loads((BLIND44 / "labels.toml").read_text("utf-8"))["pair"]
    assert len(pairs) == 9
    assert Counter((p["kind"], p["label"]) for p in pairs) == Counter({
        ("syndicated", 1): 3, ("rewrite", 0): 2, ("translation", 0): 2,
        ("different_story", 0): 2})
    assert len(first.eval_dedup.real_pairs(items(), BLIND44)) > 9
    assert (BLIND44 / "README.md").exists()
    # the set was held out until its one run (at ebda5a5): one results section, written after it
    lines = (BLIND44 / "README.md").read_text("utf-8").splitlines()
    assert [line for line in lines if line.startswith("## Results")] == [
        "## Results of the one run (2026-12-06, code at ebda5a5)"
    ]
