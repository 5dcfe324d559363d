"""The forty-third blind real set (tests/data/real-blind43/README.md) is what its README says.

The checks every blind set shares (format, size, languages, outlets, events, labels that refer
only to their own items, documents that follow the guidelines, no URL of any earlier set under any
spelling: set 43 is compared with the tuned sets and sets 1-42) run on this folder through the
parametrised tests of tests/integration/test_real_blind_set.py. Here: its README's counts. No
accuracy floor: the set is held out, its figures are reported once, not enforced."""

from __future__ import annotations

import tomllib
from collections import Counter

import test_real_blind_set as first  # tests/integration is on sys.path under pytest

BLIND43 = first.ROOT / "tests" / "data" / "real-blind43"

# English and Russian together at most a third of the items (the brief)
EN_RU = {"en", "ru"}
# the six councils the meetings calendar holds, as this set's story labels name them
COUNCILS = ("-summit-", "-chg-", "-cfm-", "-defence-", "-rats-", "-security-secretaries-")


def items() -> list[dict]:
    return first.eval_dedup.load_real(BLIND43)


def test_set_43_is_checked_against_every_earlier_set() -> None:
    assert first.BLIND_SETS.index(BLIND43) == 42  # sets 1-42 come before it


def test_readme_claims() -> None:
    its = items()
    assert len(its) == 108
    langs = Counter(it["lang"] for it in its)
    assert len(langs) == 25
    assert sorted(langs) == sorted(
        "ar bg cs de en es fa fr hi id it ja ko mn ne pl pt ru th tl tr ur vi zh zh-Hant".split())
    assert langs["zh"] == 22 and langs["en"] == 20 and langs["ru"] == 14
    assert langs["zh-Hant"] == 8 and langs["ar"] == 5 and langs["de"] == 4 and langs["ur"] == 4
    assert all(langs[lang] == 3 for lang in "fr hi ja ko pt".split())
    assert all(langs[lang] == 2 for lang in "es fa vi".split())
    assert all(langs[lang] == 1 for lang in "bg cs id it mn ne pl th tl tr".split())
    assert 3 * sum(n for lang, n in langs.items() if lang in EN_RU) <= len(its)
    assert len({it["outlet"] for it in its}) == 103
    assert sum(1 for it in its if it["published"]) == 70
    assert sum(1 for it in its if it["published"] is None) == 38
    # 49 of the 82 queries gave kept items
    assert len({it["query"] for it in its}) == 49
    assert Counter(it["date_from"] for it in its if it["published"]) == Counter(
        {"url": 50, "text": 13, "tool": 7})
    days = sorted(it["published"] for it in its if it["published"])
    assert days[0] == "2009-10-21" and days[-1] == "2025-10-08"
    sizes = Counter(it["story"] for it in its)
    assert len(sizes) == 66
    sco = {s: n for s, n in sizes.items() if not s.startswith("x-")}
    assert len(sco) == 48
    assert sum(1 for n in sco.values() if n >= 2) == 17
    assert sum(1 for n in sco.values() if n >= 4) == 4
    assert sum(1 for s in sco if s.endswith("-preview")) == 8
    assert sum(n for s, n in sco.items() if s.endswith("-preview")) == 12
    assert sum(1 for s in sco if s.endswith("-announced")) == 3
    assert sum(n for s, n in sco.items() if s.endswith("-announced")) == 6
    assert sum(1 for s in sizes if s.startswith("x-")) == 18
    assert sum(n for s, n in sizes.items() if s.startswith("x-")) == 20
    for kind, n in {"-summit-": 18, "-chg-": 4, "-cfm-": 1, "-defence-": 2, "-rats-": 0,
                    "-security-secretaries-": 0}.items():
        assert sum(m for s, m in sco.items() if kind in s) == n, kind
    # SCO events of no calendar council (film festivals, the Qingdao demonstration zone, local
    # and sectoral forums, ministers' and experts' meetings, officials' visits)
    assert sum(n for s, n in sco.items() if not any(k in s for k in COUNCILS)) == 63
    assert sum(1 for s in sco if not any(k in s for k in COUNCILS)) == 31
    # the theme: coverage no earlier set holds, the same event in several languages
    for story, (n, n_langs) in {"sco-film-festival-qingdao-2018": (13, 9),
                                "sco-film-tv-week-qingdao-2025": (7, 5),
                                "samarkand-summit-2022": (4, 3),
                                "sco-film-festival-chongqing-2025": (4, 3),
                                "sco-local-cooperation-conference-qingdao-2025": (3, 1),
                                "sco-film-festival-chongqing-2025-announced": (3, 2),
                                "sco-digital-economy-forum-chongqing-2021": (3, 2)}.items():
        assert sizes[story] == n, story
        assert len({it["lang"] for it in its if it["story"] == story}) == n_langs, story
    film = {s for s in sizes if "film" in s and not s.startswith("x-")}
    assert len({it["lang"] for it in its if it["story"] in film}) == 13


def test_documents_claims() -> None:
    reports = first.eval_tagging.load_reports(path=BLIND43 / "documents.toml")
    assert len(reports) == 108
    docs = [d for r in reports for d in r["documents"]]
    assert len(docs) == 37
    named = sum(1 for r in reports if r["documents"])
    assert named == 27
    # at least a quarter of the items name an SCO document (the brief)
    assert 4 * named >= len(reports)
    assert Counter(d["status"] for d in docs) == Counter(
        {"signed": 15, "planned": 10, "adopted": 9, "approved": 3})
    assert Counter(d["type"] for d in docs) == Counter(
        {"agreement": 8, "memorandum": 7, "strategy": 5, "programme": 4, "action_plan": 4,
         "declaration": 4, "concept": 3, "joint_statement": 2})
    assert sum(1 for r in reports if r["meeting"].get("calendar") is False) == 83
    # the six councils the calendar holds keep its default; every other event (festivals,
    # forums, sectoral meetings, other organisations' meetings, background pages) has
    # calendar = false
    raw = tomllib.loads((BLIND43 / "documents.toml").read_text("utf-8"))["article"]
    by_id = {it["id"]: it for it in items()}
    story = {a["id"]: by_id["r-" + a["id"].removeprefix("rb-")]["story"] for a in raw}
    default = [a for a in raw if "calendar" not in a["meeting"]]
    assert len(default) == 25
    assert all(any(k in story[a["id"]] for k in COUNCILS) for a in default)
    assert not any(any(k in story[a["id"]] for k in COUNCILS)
                   for a in raw if a["meeting"].get("calendar") is False)
    assert sum(1 for a in raw for d in a.get("documents", []) if "meeting" in d) == 19
    assert sum(1 for a in raw if "Deviation (page chrome)" in a["note"]) == 55
    assert sum(1 for a in raw if "Collector's time budget" in a["note"]) == 92
    names = Counter(d["name"] for d in docs)
    assert names["Charter of the Shanghai Cooperation Organisation"] == 3
    assert names["Treaty on Long-Term Good-Neighbourliness, Friendship and Cooperation"] == 3
    assert names["Strategy for the Development of Energy Cooperation of SCO Member States "
                 "until 2030"] == 3
    assert names["Programme of Multilateral Trade and Economic Cooperation"] == 2
    assert names["Memorandum of Obligations of the Islamic Republic of Iran"] == 2
    assert names["Memorandum on granting the State of Qatar the status of SCO dialogue "
                 "partner"] == 2
    assert names["Programme for the Development of Tourism Cooperation of SCO Member States"] == 2


def test_pairs_are_the_decided_ones() -> None:
    pairs = tomllib.loads((BLIND43 / "labels.toml").read_text("utf-8"))["pair"]
    assert len(pairs) == 13
    assert Counter((p["kind"], p["label"]) for p in pairs) == Counter({
        ("syndicated", 1): 3, ("rewrite", 0): 6, ("different_story", 0): 4})
    assert len(first.eval_dedup.real_pairs(items(), BLIND43)) > 13
    assert (BLIND43 / "README.md").exists()
