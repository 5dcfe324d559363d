"""The thirty-third blind real set (tests/data/real-blind33/README.md) is what its README says.

The checks every blind set shares (format, size, languages, outlets, events, labels that refer
only to their own items, documents that follow the guidelines, no URL of any earlier set under any
spelling: set 33 is compared with the tuned sets and sets 1-32) run on this folder through the
parametrised tests of tests/integration/test_real_blind_set.py. Here: its README's counts. No
accuracy floor: the set is held out, its figures are reported once, not enforced."""

from __future__ import annotations

import tomllib
from collections import Counter

import test_real_blind_set as first  # tests/integration is on sys.path under pytest

BLIND33 = first.ROOT / "tests" / "data" / "real-blind33"

# English and Russian together at most a third of the items (the brief)
EN_RU = {"en", "ru"}
# the six councils the meetings calendar holds, as this set's story labels name them
COUNCILS = ("-summit-", "-chg-", "-cfm-", "-defence-", "-rats-", "-security-secretaries-")


def items() -> list[dict]:
    return first.eval_dedup.load_real(BLIND33)


def test_set_33_is_checked_against_every_earlier_set() -> None:
    assert first.BLIND_SETS.index(BLIND33) == 32  # sets 1-32 come before it


def test_readme_claims() -> None:
    its = items()
    assert len(its) == 108
    langs = Counter(it["lang"] for it in its)
    assert len(langs) == 33
    assert sorted(langs) == sorted(
        "ar as az bn de en es fa fr gu hi hy id it ja ko ky mr pa pt ro ru ta te tg th tr ur uz "
        "uz-Cyrl vi zh zh-Hant".split())
    assert langs["en"] == 8 and langs["ru"] == 9
    assert 3 * sum(n for lang, n in langs.items() if lang in EN_RU) <= len(its)
    assert langs["ur"] == 11 and langs["hi"] == 8 and langs["ar"] == 7 and langs["tg"] == 6
    assert langs["tr"] == 5 and langs["zh-Hant"] == 5 and langs["zh"] == 3
    assert len({it["outlet"] for it in its}) == 100
    assert sum(1 for it in its if it["published"]) == 67
    assert sum(1 for it in its if it["published"] is None) == 41
    # 50 of the 76 queries gave kept items
    assert len({it["query"] for it in its}) == 50
    assert Counter(it["date_from"] for it in its if it["published"]) == Counter(
        {"url": 39, "text": 27, "tool": 1})
    days = sorted(it["published"] for it in its if it["published"])
    assert days[0] == "2012-06-06" and days[-1] == "2020-12-11"
    sizes = Counter(it["story"] for it in its)
    assert len(sizes) == 33
    sco = {s: n for s, n in sizes.items() if not s.startswith("x-")}
    assert len(sco) == 27
    assert sum(1 for n in sco.values() if n >= 2) == 13
    assert sum(1 for n in sco.values() if n >= 4) == 6
    assert sum(1 for s in sco if s.endswith("-preview")) == 4
    assert sum(n for s, n in sco.items() if s.endswith("-preview")) == 15
    assert not any(s.endswith("-announced") for s in sco)
    assert sum(1 for s in sizes if s.startswith("x-")) == 6
    assert sum(n for s, n in sizes.items() if s.startswith("x-")) == 13
    for kind, n in {"-summit-": 78, "-chg-": 4, "-cfm-": 1, "-defence-": 1}.items():
        assert sum(m for s, m in sco.items() if kind in s) == n, kind
    # SCO events of no council (dialogue partner memoranda, briefings, a commission, ...)
    assert sum(n for s, n in sco.items() if not any(k in s for k in COUNCILS)) == 11
    # the theme: the SCO's middle years, 2012-2019
    for story, (n, n_langs) in {"qingdao-summit-2018": (22, 14),
                                "astana-summit-2017": (13, 9),
                                "bishkek-summit-2019": (12, 8),
                                "qingdao-summit-2018-preview": (9, 8),
                                "ufa-summit-2015": (5, 5),
                                "dushanbe-summit-2014": (4, 3)}.items():
        assert sizes[story] == n, story
        assert len({it["lang"] for it in its if it["story"] == story}) == n_langs, story
    assert {"x-brics-ufa-2015", "x-cica-dushanbe-2019", "x-cis-bishkek-2016",
            "x-csto-bishkek-2019", "x-dushanbe-four-quadrilateral",
            "x-eaeu-astana-2014"} == {s for s in sizes if s.startswith("x-")}


def test_documents_claims() -> None:
    reports = first.eval_tagging.load_reports(path=BLIND33 / "documents.toml")
    assert len(reports) == 108
    docs = [d for r in reports for d in r["documents"]]
    assert len(docs) == 52
    assert sum(1 for r in reports if r["documents"]) == 32
    # at least a quarter of the items name an SCO document (the brief)
    assert 4 * 32 >= len(reports)
    assert Counter(d["status"] for d in docs) == Counter(
        {"signed": 28, "adopted": 11, "planned": 9, "approved": 4})
    assert Counter(d["type"] for d in docs) == Counter(
        {"declaration": 16, "memorandum": 14, "agreement": 8, "strategy": 4,
         "joint_statement": 4, "action_plan": 4, "programme": 1, "communique": 1})
    assert sum(1 for r in reports if r["meeting"].get("calendar") is False) == 24
    # the six councils the calendar holds keep its default (this set's brief); every other
    # event (other organisations' meetings, SCO events of no council) has calendar = false
    raw = tomllib.loads((BLIND33 / "documents.toml").read_text("utf-8"))["article"]
    by_id = {it["id"]: it for it in items()}
    story = {a["id"]: by_id["r-" + a["id"].removeprefix("rb-")]["story"] for a in raw}
    default = [a for a in raw if "calendar" not in a["meeting"]]
    assert len(default) == 84
    assert all(any(k in story[a["id"]] for k in COUNCILS) for a in default)
    assert not any(any(k in story[a["id"]] for k in COUNCILS)
                   for a in raw if a["meeting"].get("calendar") is False)
    assert sum(1 for a in raw for d in a.get("documents", []) if "meeting" in d) == 10
    assert sum(1 for a in raw if "Deviation (page chrome)" in a["note"]) == 55
    assert sum(1 for a in raw if "collector's time budget" in a["note"]) == 89
    names = Counter(d["name"] for d in docs)
    assert names["Bishkek Declaration"] == 5
    assert names["Qingdao Declaration"] == 4
    assert names["Memorandum of Obligations of the Republic of India"] == 4
    assert names["Memorandum of Obligations of the Islamic Republic of Pakistan"] == 4
    assert names["SCO Development Strategy until 2025"] == 3


def test_pairs_are_the_decided_ones() -> None:
    pairs = tomllib.loads((BLIND33 / "labels.toml").read_text("utf-8"))["pair"]
    assert len(pairs) == 19
    assert Counter((p["kind"], p["label"]) for p in pairs) == Counter({
        ("syndicated", 1): 2, ("rewrite", 0): 4, ("translation", 0): 7,
        ("different_story", 0): 6})
    assert len(first.eval_dedup.real_pairs(items(), BLIND33)) > 19
    assert (BLIND33 / "README.md").exists()
