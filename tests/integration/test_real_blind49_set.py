"""The forty-ninth blind real set (tests/data/real-blind49/README.md) is what its README says.

The checks every blind set shares (format, size, languages, outlets, events, labels that refer
only to their own items, documents that follow the guidelines, no URL of any earlier set under any
spelling: set 49 is compared with the tuned sets and sets 1-48) run on this folder through the
parametrised tests of tests/integration/test_real_blind_set.py. Here: its README's counts. No
accuracy floor: the set is held out, its figures are reported once, not enforced."""

from __future__ import annotations

import tomllib
from collections import Counter

import test_real_blind_set as first  # tests/integration is on sys.path under pytest

BLIND49 = first.ROOT / "tests" / "data" / "real-blind49"

# English and Russian together at most a third of the items (the brief)
EN_RU = {"en", "ru"}
# the six councils the meetings calendar holds, as this set's story labels name them
COUNCILS = ("-summit-", "-chg-", "-cfm-", "-defence-", "-rats-", "-security-secretaries-")


def items() -> list[dict]:
    return first.eval_dedup.load_real(BLIND49)


def test_set_49_is_checked_against_every_earlier_set() -> None:
    assert first.BLIND_SETS.index(BLIND49) == 48  # sets 1-48 come before it


def test_readme_claims() -> None:
    its = items()
    assert len(its) == 89
    langs = Counter(it["lang"] for it in its)
    assert len(langs) == 17
    assert sorted(langs) == sorted(
        "ar bn de en es fr hi id it ja ko pt ru tr ur zh zh-Hant".split()
    )
    assert langs["es"] == 20
    assert langs["en"] == 14
    assert langs["hi"] == 9
    assert langs["de"] == 8
    assert langs["tr"] == 8
    assert langs["pt"] == 7
    assert all(langs[lang] == 4 for lang in ("fr", "it"))
    assert all(langs[lang] == 3 for lang in ("ru", "ur", "zh-Hant"))
    assert all(langs[lang] == 1 for lang in "ar bn id ja ko zh".split())
    assert 3 * sum(n for lang, n in langs.items() if lang in EN_RU) <= len(its)
    assert len({it["outlet"] for it in its}) == 84
    assert sum(1 for it in its if it["published"]) == 45
    assert sum(1 for it in its if it["published"] is None) == 44
    # 34 of the 64 queries gave kept items
    assert len({it["query"] for it in its}) == 34
    assert Counter(it["date_from"] for it in its if it["published"]) == Counter(
        {"url": 21, "tool": 16, "text": 8}
    )
    days = sorted(it["published"] for it in its if it["published"])
    assert days[0] == "2002-11-01" and days[-1] == "2025-10-15"
    sizes = Counter(it["story"] for it in its)
    assert len(sizes) == 30
    sco = {s: n for s, n in sizes.items() if not s.startswith("x-")}
    assert len(sco) == 22
    assert sum(1 for n in sco.values() if n >= 2) == 4
    assert sum(1 for n in sco.values() if n >= 4) == 4
    assert sum(1 for s in sco if s.endswith("-preview")) == 4
    assert sum(n for s, n in sco.items() if s.endswith("-preview")) == 8
    assert sorted(s for s in sco if s.endswith("-announced")) == ["qingdao-defence-2025-announced"]
    assert sum(n for s, n in sco.items() if s.endswith("-announced")) == 1
    assert sum(1 for s in sizes if s.startswith("x-")) == 8
    assert sum(n for s, n in sizes.items() if s.startswith("x-")) == 15
    for kind, n in {
        "-summit-": 45,
        "-chg-": 4,
        "-cfm-": 9,
        "-defence-": 11,
        "-rats-": 0,
        "-security-secretaries-": 0,
    }.items():
        assert sum(m for s, m in sco.items() if kind in s) == n, kind
    # SCO events of no calendar council (prosecutors-general, film festival and week, a
    # Secretary-General's visit, a national approval of a dialogue-partner memorandum)
    assert sum(n for s, n in sco.items() if not any(k in s for k in COUNCILS)) == 5
    assert sum(1 for s in sco if not any(k in s for k in COUNCILS)) == 5
    # no x- label holds a council's infix
    assert not any(any(k in s for k in COUNCILS) for s in sizes if s.startswith("x-"))
    # the theme: what the corpus still held new, the same news in several languages
    for story, (n, n_langs) in {
        "tianjin-summit-2025": (38, 13),
        "qingdao-defence-2025": (8, 3),
        "moscow-cfm-2020": (5, 2),
        "tianjin-summit-2025-preview": (5, 2),
    }.items():
        assert sizes[story] == n, story
        assert len({it["lang"] for it in its if it["story"] == story}) == n_langs, story


def test_documents_claims() -> None:
    reports = first.eval_tagging.load_reports(path=BLIND49 / "documents.toml")
    assert len(reports) == 89
    docs = [d for r in reports for d in r["documents"]]
    assert len(docs) == 23
    assert sum(1 for r in reports if r["documents"]) == 18
    assert Counter(d["status"] for d in docs) == Counter(
        {"adopted": 14, "signed": 6, "planned": 2, "approved": 1}
    )
    assert Counter(d["type"] for d in docs) == Counter(
        {
            "declaration": 13,
            "memorandum": 4,
            "communique": 2,
            "action_plan": 2,
            "joint_statement": 1,
            "strategy": 1,
        }
    )
    assert sum(1 for r in reports if r["meeting"].get("calendar") is False) == 20
    # the councils the calendar holds keep its default; every other event (sectoral meetings,
    # other organisations' meetings) has calendar = false
    raw = tomllib.loads((BLIND49 / "documents.toml").read_text("utf-8"))["article"]
    by_id = {it["id"]: it for it in items()}
    story = {a["id"]: by_id["r-" + a["id"].removeprefix("rb-")]["story"] for a in raw}
    default = [a for a in raw if "calendar" not in a["meeting"]]
    assert len(default) == 69
    assert all(any(k in story[a["id"]] for k in COUNCILS) for a in default)
    assert not any(
        any(k in story[a["id"]] for k in COUNCILS)
        for a in raw
        if a["meeting"].get("calendar") is False
    )
    assert sum(1 for a in raw if a["meeting"].get("venue") == "none") == 0
    assert sum(1 for a in raw for d in a.get("documents", []) if "meeting" in d) == 2
    assert sum(1 for a in raw if "Deviation (tool date prefix dropped" in a["note"]) == 19
    names = Counter(d["name"] for d in docs)
    assert names["Tianjin Declaration"] == 13
    assert names["Joint Communiqué"] == 2
    assert all(
        names[n] == 1
        for n in (
            "Memorandum of Obligations of the Republic of India",
            "Memorandum of Obligations of the Islamic Republic of Pakistan",
            "Memorandum of Obligations of the Islamic Republic of Iran",
            "Memorandum on granting the Kingdom of Saudi Arabia the status of SCO dialogue partner",
            "SCO Development Strategy until 2035",
        )
    )


def test_pairs_are_the_decided_ones() -> None:
    pairs = tomllib.loads((BLIND49 / "labels.toml").read_text("utf-8"))["pair"]
    assert len(pairs) == 14
    assert Counter((p["kind"], p["label"]) for p in pairs) == Counter(
        {
            ("syndicated", 1): 3,
            ("rewrite", 0): 6,
            ("translation", 0): 3,
            ("different_story", 0): 2,
        }
    )
    assert len(first.eval_dedup.real_pairs(items(), BLIND49)) > 14
    assert (BLIND49 / "README.md").exists()
