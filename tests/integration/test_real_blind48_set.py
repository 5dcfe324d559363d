"""The forty-eighth blind real set (tests/data/real-blind48/README.md) is what its README says.

The checks every blind set shares (format, size, languages, outlets, events, labels that refer
only to their own items, documents that follow the guidelines, no URL of any earlier set under any
spelling: set 48 is compared with the tuned sets and sets 1-47) run on this folder through the
parametrised tests of tests/integration/test_real_blind_set.py. Here: its README's counts. No
accuracy floor: the set is held out, its figures are reported once, not enforced."""

from __future__ import annotations

import tomllib
from collections import Counter

import test_real_blind_set as first  # tests/integration is on sys.path under pytest

BLIND48 = first.ROOT / "tests" / "data" / "real-blind48"

# English and Russian together at most a third of the items (the brief)
EN_RU = {"en", "ru"}
# the six councils the meetings calendar holds, as this set's story labels name them
COUNCILS = ("-summit-", "-chg-", "-cfm-", "-defence-", "-rats-", "-security-secretaries-")


def items() -> list[dict]:
    return first.eval_dedup.load_real(BLIND48)


def test_set_48_is_checked_against_every_earlier_set() -> None:
    assert first.BLIND_SETS.index(BLIND48) == 47  # sets 1-47 come before it


def test_readme_claims() -> None:
    its = items()
    assert len(its) == 79
    langs = Counter(it["lang"] for it in its)
    assert len(langs) == 29
    assert sorted(langs) == sorted(
        "ar az be bn de en es fa fr hi hr hy id ja kk ko ne pt ro ru sw ta tk tr uk ur uz-Cyrl "
        "zh zh-Hant".split()
    )
    assert langs["en"] == 12
    assert langs["hi"] == 11
    assert langs["ru"] == 7
    assert all(langs[lang] == 4 for lang in ("be", "ro", "zh"))
    assert all(langs[lang] == 3 for lang in ("id", "sw", "tk", "zh-Hant"))
    assert all(langs[lang] == 2 for lang in ("az", "hy", "kk", "pt", "tr", "uk"))
    assert all(
        langs[lang] == 1 for lang in "ar bn de es fa fr hr ja ko ne ta ur uz-Cyrl".split()
    )
    assert 3 * sum(n for lang, n in langs.items() if lang in EN_RU) <= len(its)
    assert len({it["outlet"] for it in its}) == 75
    assert sum(1 for it in its if it["published"]) == 31
    assert sum(1 for it in its if it["published"] is None) == 48
    # 32 of the 71 queries gave kept items
    assert len({it["query"] for it in its}) == 32
    assert Counter(it["date_from"] for it in its if it["published"]) == Counter(
        {"url": 14, "tool": 11, "text": 6}
    )
    days = sorted(it["published"] for it in its if it["published"])
    assert days[0] == "2010-06-11" and days[-1] == "2025-09-04"
    sizes = Counter(it["story"] for it in its)
    assert len(sizes) == 48
    sco = {s: n for s, n in sizes.items() if not s.startswith("x-")}
    assert len(sco) == 31
    assert sum(1 for n in sco.values() if n >= 2) == 12
    assert sum(1 for n in sco.values() if n >= 4) == 5
    assert sum(1 for s in sco if s.endswith("-preview")) == 5
    assert sum(n for s, n in sco.items() if s.endswith("-preview")) == 12
    assert sorted(s for s in sco if s.endswith("-announced")) == [
        "dushanbe-summit-2021-announced",
        "tianjin-summit-2025-announced",
    ]
    assert sum(n for s, n in sco.items() if s.endswith("-announced")) == 6
    assert sum(1 for s in sizes if s.startswith("x-")) == 17
    assert sum(n for s, n in sizes.items() if s.startswith("x-")) == 19
    for kind, n in {
        "-summit-": 28,
        "-chg-": 0,
        "-cfm-": 3,
        "-defence-": 0,
        "-rats-": 0,
        "-security-secretaries-": 0,
    }.items():
        assert sum(m for s, m in sco.items() if kind in s) == n, kind
    # SCO events of no calendar council (sectoral ministers, Secretaries-General, ratifications)
    assert sum(n for s, n in sco.items() if not any(k in s for k in COUNCILS)) == 29
    assert sum(1 for s in sco if not any(k in s for k in COUNCILS)) == 17
    # the theme: sectoral meetings and a summit's steps, the same news in several languages
    for story, (n, n_langs) in {
        "tianjin-summit-2025": (7, 5),
        "varanasi-sco-tourism-ministers-2023": (6, 3),
        "tianjin-summit-2025-announced": (5, 4),
        "varanasi-sco-tourism-ministers-2023-preview": (4, 2),
        "tianjin-summit-2025-preview": (4, 3),
        "goa-cfm-2023": (3, 1),
        "wuhan-sco-tourism-ministers-2018": (2, 2),
        "dushanbe-summit-2014": (2, 2),
        "dushanbe-sco-culture-ministers-2021": (2, 2),
        "qingdao-sco-culture-ministers-2025": (2, 1),
        "new-delhi-sco-agriculture-ministers-2023": (2, 2),
        "samarkand-summit-2022-preview": (2, 2),
    }.items():
        assert sizes[story] == n, story
        assert len({it["lang"] for it in its if it["story"] == story}) == n_langs, story


def test_documents_claims() -> None:
    reports = first.eval_tagging.load_reports(path=BLIND48 / "documents.toml")
    assert len(reports) == 79
    docs = [d for r in reports for d in r["documents"]]
    assert len(docs) == 21
    assert sum(1 for r in reports if r["documents"]) == 18
    assert Counter(d["status"] for d in docs) == Counter({"planned": 8, "adopted": 7, "signed": 6})
    assert Counter(d["type"] for d in docs) == Counter(
        {
            "declaration": 6,
            "memorandum": 6,
            "action_plan": 5,
            "strategy": 2,
            "joint_statement": 2,
        }
    )
    assert sum(1 for r in reports if r["meeting"].get("calendar") is False) == 48
    # the councils the calendar holds keep its default; every other event (sectoral meetings,
    # other organisations' meetings, pages with no event) has calendar = false
    raw = tomllib.loads((BLIND48 / "documents.toml").read_text("utf-8"))["article"]
    by_id = {it["id"]: it for it in items()}
    story = {a["id"]: by_id["r-" + a["id"].removeprefix("rb-")]["story"] for a in raw}
    default = [a for a in raw if "calendar" not in a["meeting"]]
    assert len(default) == 31
    assert all(any(k in story[a["id"]] for k in COUNCILS) for a in default)
    assert not any(
        any(k in story[a["id"]] for k in COUNCILS)
        for a in raw
        if a["meeting"].get("calendar") is False
    )
    assert sum(1 for a in raw if a["meeting"].get("venue") == "none") == 1
    assert sum(1 for a in raw for d in a.get("documents", []) if "meeting" in d) == 5
    assert sum(1 for a in raw if "Deviation (tool date prefix dropped" in a["note"]) == 11
    names = Counter(d["name"] for d in docs)
    uae = "Memorandum on granting the United Arab Emirates the status of SCO dialogue partner"
    assert names[uae] == 3
    assert names["Memorandum of Obligations of the Republic of Belarus"] == 2
    assert names["Tianjin Declaration"] == 2
    assert all(
        names[n] == 1
        for n in (
            "Tashkent Declaration",
            "Bishkek Declaration",
            "Qingdao Declaration",
            "Samarkand Declaration",
            "Memorandum of Obligations of the Islamic Republic of Iran",
        )
    )


def test_pairs_are_the_decided_ones() -> None:
    pairs = tomllib.loads((BLIND48 / "labels.toml").read_text("utf-8"))["pair"]
    assert len(pairs) == 9
    assert Counter((p["kind"], p["label"]) for p in pairs) == Counter(
        {
            ("syndicated", 1): 2,
            ("rewrite", 0): 2,
            ("translation", 0): 2,
            ("different_story", 0): 3,
        }
    )
    assert len(first.eval_dedup.real_pairs(items(), BLIND48)) > 9
    assert (BLIND48 / "README.md").exists()
