"""The forty-fifth blind real set (tests/data/real-blind45/README.md) is what its README says.

The checks every blind set shares (format, size, languages, outlets, events, labels that refer
only to their own items, documents that follow the guidelines, no URL of any earlier set under any
spelling: set 45 is compared with the tuned sets and sets 1-44) run on this folder through the
parametrised tests of tests/integration/test_real_blind_set.py. Here: its README's counts. No
accuracy floor: the set is held out, its figures are reported once, not enforced."""

from __future__ import annotations

import tomllib
from collections import Counter

import test_real_blind_set as first  # tests/integration is on sys.path under pytest

BLIND45 = first.ROOT / "tests" / "data" / "real-blind45"

# English and Russian together at most a third of the items (the brief)
EN_RU = {"en", "ru"}
# the six councils the meetings calendar holds, as this set's story labels name them
COUNCILS = ("-summit-", "-chg-", "-cfm-", "-defence-", "-rats-", "-security-secretaries-")


def items() -> list[dict]:
    return first.eval_dedup.load_real(BLIND45)


def test_set_45_is_checked_against_every_earlier_set() -> None:
    assert first.BLIND_SETS.index(BLIND45) == 44  # sets 1-44 come before it


def test_readme_claims() -> None:
    its = items()
    assert len(its) == 66
    langs = Counter(it["lang"] for it in its)
    assert len(langs) == 25
    assert sorted(langs) == sorted((
        "ar az de en es fa fr hi id it ja kk "
        "ko pl pt ru th tl tr uk ur uz-Cyrl vi zh zh-Hant").split())
    assert langs["ru"] == 12
    assert langs["de"] == 7
    assert all(langs[lang] == 6 for lang in ("en", "tr"))
    assert langs["pt"] == 4
    assert all(langs[lang] == 3 for lang in ("fr", "id", "zh"))
    assert all(langs[lang] == 2 for lang in ("ar", "ur", "uz-Cyrl", "vi", "zh-Hant"))
    assert all(langs[lang] == 1 for lang in (
        "az", "es", "fa", "hi", "it", "ja", "kk", "ko", "pl", "th", "tl", "uk"))
    assert 3 * sum(n for lang, n in langs.items() if lang in EN_RU) <= len(its)
    assert len({it["outlet"] for it in its}) == 61
    assert sum(1 for it in its if it["published"]) == 31
    assert sum(1 for it in its if it["published"] is None) == 35
    # 38 of the 77 queries gave kept items
    assert len({it["query"] for it in its}) == 38
    assert Counter(it["date_from"] for it in its if it["published"]) == Counter(
        {"url": 20, "text": 9, "tool": 2})
    days = sorted(it["published"] for it in its if it["published"])
    assert days[0] == "2013-09-13" and days[-1] == "2019-11-14"
    # the set's part of the corpus: events up to the end of 2019 (set 46 takes 2020 on)
    assert all(day < "2020-01-01" for day in days)
    sizes = Counter(it["story"] for it in its)
    assert len(sizes) == 34
    sco = {s: n for s, n in sizes.items() if not s.startswith("x-")}
    assert len(sco) == 20
    assert sum(1 for n in sco.values() if n >= 2) == 8
    assert sum(1 for n in sco.values() if n >= 4) == 4
    assert sum(1 for s in sco if s.endswith("-preview")) == 5
    assert sum(n for s, n in sco.items() if s.endswith("-preview")) == 6
    assert not [s for s in sco if s.endswith("-announced")]
    assert sum(1 for s in sizes if s.startswith("x-")) == 14
    assert sum(n for s, n in sizes.items() if s.startswith("x-")) == 23
    for kind, n in {"-summit-": 25, "-chg-": 0, "-cfm-": 2, "-defence-": 1, "-rats-": 0,
                    "-security-secretaries-": 1}.items():
        assert sum(m for s, m in sco.items() if kind in s) == n, kind
    # SCO events of no calendar council (the Peace Mission exercises, a working meeting of the
    # defence ministries, the memoranda's drafts handed over, a dialogue partner's memorandum)
    assert sum(n for s, n in sco.items() if not any(k in s for k in COUNCILS)) == 14
    assert sum(1 for s in sco if not any(k in s for k in COUNCILS)) == 8
    # the theme: coverage no earlier set holds, the same news in several languages
    for story, (n, n_langs) in {"qingdao-summit-2018": (9, 3),
                                "bishkek-summit-2019": (5, 4),
                                "sco-peace-mission-2018": (4, 3),
                                "ufa-summit-2015": (4, 2),
                                "sco-peace-mission-2007": (3, 1),
                                "astana-summit-2017": (2, 1),
                                "sco-peace-mission-2018-preview": (2, 1),
                                "tashkent-summit-2016": (2, 2)}.items():
        assert sizes[story] == n, story
        assert len({it["lang"] for it in its if it["story"] == story}) == n_langs, story


def test_documents_claims() -> None:
    reports = first.eval_tagging.load_reports(path=BLIND45 / "documents.toml")
    assert len(reports) == 66
    docs = [d for r in reports for d in r["documents"]]
    assert len(docs) == 23
    # 10 of 66 articles name a document: short of the brief's quarter (README says so)
    assert sum(1 for r in reports if r["documents"]) == 10
    assert Counter(d["status"] for d in docs) == Counter(
        {"planned": 15, "signed": 3, "adopted": 2, "approved": 3})
    assert Counter(d["type"] for d in docs) == Counter(
        {"action_plan": 3, "memorandum": 9, "declaration": 4, "programme": 3, "communique": 1,
         "agreement": 2, "strategy": 1})
    assert sum(1 for r in reports if r["meeting"].get("calendar") is False) == 37
    # the councils the calendar holds keep its default; every other event (exercises, working
    # meetings, a memorandum's signing, other organisations' meetings, background pages) has
    # calendar = false
    raw = tomllib.loads((BLIND45 / "documents.toml").read_text("utf-8"))["article"]
    by_id = {it["id"]: it for it in items()}
    story = {a["id"]: by_id["r-" + a["id"].removeprefix("rb-")]["story"] for a in raw}
    default = [a for a in raw if "calendar" not in a["meeting"]]
    assert len(default) == 29
    assert all(any(k in story[a["id"]] for k in COUNCILS) for a in default)
    assert not any(any(k in story[a["id"]] for k in COUNCILS)
                   for a in raw if a["meeting"].get("calendar") is False)
    assert sum(1 for a in raw for d in a.get("documents", []) if "meeting" in d) == 7
    assert sum(1 for a in raw if "Deviation (page chrome)" in a["note"]) == 38
    assert sum(1 for a in raw if "Collector's time budget" in a["note"]) == 43
    names = Counter(d["name"] for d in docs)
    assert names["Memorandum of Obligations of the Republic of India"] == 4
    assert names["Memorandum of Obligations of the Islamic Republic of Pakistan"] == 4
    assert names["Qingdao Declaration"] == 2
    assert names["Tashkent Declaration"] == 1 and names["Bishkek Declaration"] == 1


def test_pairs_are_the_decided_ones() -> None:
    pairs = tomllib.loads((BLIND45 / "labels.toml").read_text("utf-8"))["pair"]
    assert len(pairs) == 13
    assert Counter((p["kind"], p["label"]) for p in pairs) == Counter({
        ("syndicated", 1): 2, ("rewrite", 0): 5, ("translation", 0): 1,
        ("different_story", 0): 5})
    assert len(first.eval_dedup.real_pairs(items(), BLIND45)) > 13
    assert (BLIND45 / "README.md").exists()
