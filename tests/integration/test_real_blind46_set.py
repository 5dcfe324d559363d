"""The forty-sixth blind real set (tests/data/real-blind46/README.md) is what its README says.

The checks every blind set shares (format, size, languages, outlets, events, labels that refer
only to their own items, documents that follow the guidelines, no URL of any earlier set under any
spelling: set 46 is compared with the tuned sets and sets 1-45) run on this folder through the
parametrised tests of tests/integration/test_real_blind_set.py. Here: its README's counts. No
accuracy floor: the set is held out, its figures are reported once, not enforced."""

from __future__ import annotations

import tomllib
from collections import Counter

import test_real_blind_set as first  # tests/integration is on sys.path under pytest

BLIND46 = first.ROOT / "tests" / "data" / "real-blind46"

# English and Russian together at most a third of the items (the brief)
EN_RU = {"en", "ru"}
# the six councils the meetings calendar holds, as this set's story labels name them
COUNCILS = ("-summit-", "-chg-", "-cfm-", "-defence-", "-rats-", "-security-secretaries-")


def items() -> list[dict]:
    return first.eval_dedup.load_real(BLIND46)


def test_set_46_is_checked_against_every_earlier_set() -> None:
    # set 45, collected at the same time, comes before it once both are merged; in this set's
    # own worktree (set 45 not yet merged) this one assertion fails and is deselected
    assert first.BLIND_SETS.index(BLIND46) == 45  # sets 1-45 come before it


def test_readme_claims() -> None:
    its = items()
    assert len(its) == 68
    langs = Counter(it["lang"] for it in its)
    assert len(langs) == 25
    assert sorted(langs) == sorted(
        "ar bn de en es fa fr hi hy id it ja kk ko ms nl pl pt ru tr uz uz-Cyrl vi zh "
        "zh-Hant".split()
    )
    assert langs["ru"] == 11
    assert langs["en"] == 8
    assert langs["hy"] == 5
    assert all(langs[lang] == 4 for lang in ("bn", "pl"))
    assert all(langs[lang] == 3 for lang in ("id", "ja", "ko", "pt"))
    assert all(
        langs[lang] == 2 for lang in ("es", "fa", "fr", "hi", "it", "tr", "uz-Cyrl", "zh-Hant")
    )
    assert 3 * sum(n for lang, n in langs.items() if lang in EN_RU) <= len(its)
    assert len({it["outlet"] for it in its}) == 64
    assert sum(1 for it in its if it["published"]) == 41
    assert sum(1 for it in its if it["published"] is None) == 27
    # 38 of the 70 queries gave kept items
    assert len({it["query"] for it in its}) == 38
    assert Counter(it["date_from"] for it in its if it["published"]) == Counter(
        {"url": 22, "text": 11, "tool": 8}
    )
    days = sorted(it["published"] for it in its if it["published"])
    assert days[0] == "2020-11-06" and days[-1] == "2025-12-21"
    # this set's part of the corpus: SCO events and other bodies' meetings from 2020 on
    assert all(it["published"] >= "2020-01-01" for it in its if it["published"])
    sizes = Counter(it["story"] for it in its)
    assert len(sizes) == 34
    sco = {s: n for s, n in sizes.items() if not s.startswith("x-")}
    assert len(sco) == 20
    assert sum(1 for n in sco.values() if n >= 2) == 11
    assert sum(1 for n in sco.values() if n >= 4) == 4
    assert sum(1 for s in sco if s.endswith("-preview")) == 5
    assert sum(n for s, n in sco.items() if s.endswith("-preview")) == 10
    assert not [s for s in sco if s.endswith("-announced")]
    assert sum(1 for s in sizes if s.startswith("x-")) == 14
    assert sum(n for s, n in sizes.items() if s.startswith("x-")) == 19
    for kind, n in {
        "-summit-": 36,
        "-chg-": 3,
        "-cfm-": 5,
        "-defence-": 4,
        "-rats-": 0,
        "-security-secretaries-": 0,
    }.items():
        assert sum(m for s, m in sco.items() if kind in s) == n, kind
    # SCO events of no calendar council (a state's decree on its memorandum)
    assert sum(n for s, n in sco.items() if not any(k in s for k in COUNCILS)) == 1
    assert sum(1 for s in sco if not any(k in s for k in COUNCILS)) == 1
    # the theme: coverage no earlier set holds, the same news in several languages
    for story, (n, n_langs) in {
        "samarkand-summit-2022": (8, 7),
        "tianjin-summit-2025": (6, 6),
        "astana-summit-2024": (5, 3),
        "goa-cfm-2023": (4, 2),
        "new-delhi-summit-2023": (3, 3),
        "samarkand-summit-2022-preview": (3, 2),
        "tianjin-summit-2025-preview": (3, 2),
        "dushanbe-summit-2021": (2, 1),
        "dushanbe-summit-2021-preview": (2, 1),
        "moscow-summit-2020": (2, 1),
        "tashkent-defence-2022": (2, 2),
    }.items():
        assert sizes[story] == n, story
        assert len({it["lang"] for it in its if it["story"] == story}) == n_langs, story


def test_documents_claims() -> None:
    reports = first.eval_tagging.load_reports(path=BLIND46 / "documents.toml")
    assert len(reports) == 68
    docs = [d for r in reports for d in r["documents"]]
    assert len(docs) == 21
    # 11 of 68 articles name a document: short of the brief's quarter (README says so)
    assert sum(1 for r in reports if r["documents"]) == 11
    assert Counter(d["status"] for d in docs) == Counter(
        {"planned": 7, "adopted": 6, "approved": 4, "signed": 4}
    )
    assert Counter(d["type"] for d in docs) == Counter(
        {
            "memorandum": 10,
            "declaration": 5,
            "strategy": 2,
            "joint_statement": 2,
            "communique": 1,
            "action_plan": 1,
        }
    )
    assert sum(1 for r in reports if r["meeting"].get("calendar") is False) == 20
    # the councils the calendar holds keep its default; every other event (a state's decree,
    # other organisations' meetings) has calendar = false
    raw = tomllib.loads((BLIND46 / "documents.toml").read_text("utf-8"))["article"]
    by_id = {it["id"]: it for it in items()}
    story = {a["id"]: by_id["r-" + a["id"].removeprefix("rb-")]["story"] for a in raw}
    default = [a for a in raw if "calendar" not in a["meeting"]]
    assert len(default) == 48
    assert all(any(k in story[a["id"]] for k in COUNCILS) for a in default)
    assert not any(
        any(k in story[a["id"]] for k in COUNCILS)
        for a in raw
        if a["meeting"].get("calendar") is False
    )
    assert sum(1 for a in raw for d in a.get("documents", []) if "meeting" in d) == 1
    assert sum(1 for a in raw if "Deviation (page chrome)" in a["note"]) == 36
    assert sum(1 for a in raw if "Collector's time budget" in a["note"]) == 55
    names = Counter(d["name"] for d in docs)
    assert names["Tianjin Declaration"] == 4
    assert names["SCO Development Strategy until 2035"] == 2
    assert (
        names["Memorandum on granting the State of Kuwait the status of SCO dialogue partner"] == 3
    )
    assert (
        names["Memorandum on granting the United Arab Emirates the status of SCO dialogue partner"]
        == 2
    )
    assert names["Samarkand Declaration"] == 1 and names["Joint Communiqué"] == 1


def test_pairs_are_the_decided_ones() -> None:
    pairs = tomllib.loads((BLIND46 / "labels.toml").read_text("utf-8"))["pair"]
    assert len(pairs) == 13
    assert Counter((p["kind"], p["label"]) for p in pairs) == Counter(
        {("rewrite", 0): 8, ("different_story", 0): 2, ("translation", 0): 2, ("amp", 1): 1}
    )
    assert len(first.eval_dedup.real_pairs(items(), BLIND46)) > 13
    assert (BLIND46 / "README.md").exists()
