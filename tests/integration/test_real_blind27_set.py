"""The twenty-seventh blind real set (tests/data/real-blind27/README.md) is what its README says.

The checks every blind set shares (format, size, languages, outlets, events, labels that refer
only to their own items, documents that follow the guidelines, no URL of any earlier set under any
spelling: set 27 is compared with the tuned sets and sets 1-26) run on this folder through the
parametrised tests of tests/integration/test_real_blind_set.py. Here: its README's counts. No
accuracy floor: the set is held out, its figures are reported once, not enforced."""

from __future__ import annotations

import tomllib
from collections import Counter

import test_real_blind_set as first  # tests/integration is on sys.path under pytest

BLIND27 = first.ROOT / "tests" / "data" / "real-blind27"

# languages of the items outside English and Russian (the brief: English and Russian together at
# most a third of the items)
EN_RU = {"en", "ru"}


def items() -> list[dict]:
    return first.eval_dedup.load_real(BLIND27)


def test_set_27_is_checked_against_every_earlier_set() -> None:
    assert first.BLIND_SETS.index(BLIND27) == 26  # sets 1-26 come before it


def test_readme_claims() -> None:
    its = items()
    assert len(its) == 91
    langs = Counter(it["lang"] for it in its)
    assert len(langs) == 21
    assert sorted(langs) == sorted(
        "ar en es fa fr hi id ja ko ky lt ro ru sk sw ta te tr ur zh zh-Hant".split())
    # English and Russian together at most a third of the items (the brief)
    assert langs["en"] == 19 and langs["ru"] == 7
    assert 3 * sum(n for lang, n in langs.items() if lang in EN_RU) <= len(its)
    assert langs["zh"] == 21 and langs["zh-Hant"] == 13
    assert len({it["outlet"] for it in its}) == 88
    assert sum(1 for it in its if it["published"]) == 61
    assert sum(1 for it in its if it["published"] is None) == 30
    # 37 queries gave kept items
    assert len({it["query"] for it in its}) == 37
    assert Counter(it["date_from"] for it in its if it["published"]) == Counter(
        {"url": 42, "text": 17, "tool": 2})
    days = sorted(it["published"] for it in its if it["published"])
    assert days[0] == "2003-04-02" and days[-1] == "2025-11-19"
    sizes = Counter(it["story"] for it in its)
    assert len(sizes) == 58
    sco = {s: n for s, n in sizes.items() if not s.startswith("x-")}
    assert len(sco) == 42
    assert sum(1 for n in sco.values() if n >= 2) == 14
    assert sum(1 for n in sco.values() if n >= 3) == 6
    assert sum(1 for n in sco.values() if n >= 4) == 4
    assert sum(1 for s in sco if s.endswith("-preview")) == 5
    assert sum(n for s, n in sco.items() if s.endswith("-preview")) == 6
    assert sum(1 for s in sizes if s.startswith("x-")) == 16
    assert sum(n for s, n in sizes.items() if s.startswith("x-")) == 21
    for kind, n in {"-summit-": 14, "-chg-": 7, "-cfm-": 7}.items():
        assert sum(m for s, m in sco.items() if kind in s) == n, kind
    assert sizes["xian-health-2025"] == 7
    assert sizes["shanghai-supreme-courts-2006"] == 5
    for story, n in {"xian-health-2025": 3, "moscow-chg-2025": 3, "beijing-cfm-2018": 3,
                     "tianjin-summit-2025": 3, "urumqi-education-2025": 2}.items():
        assert len({it["lang"] for it in its if it["story"] == story}) == n, story
    assert {"kunming-agri-2025", "astana-prosecutors-2022", "beijing-emergency-2006",
            "astana-justice-2024", "astana-justice-2024-preview", "yekaterinburg-interior-2009",
            "x-shanghai-masters-2014", "x-shanghai-disney-opening-2016", "x-brics-fm-2022",
            "x-oic-cfm-istanbul-2025", "x-ots-cfm-istanbul", "x-cis-chg-2023"} <= set(sizes)


def test_documents_claims() -> None:
    reports = first.eval_tagging.load_reports(path=BLIND27 / "documents.toml")
    assert len(reports) == 91
    docs = [d for r in reports for d in r["documents"]]
    assert len(docs) == 41
    assert sum(1 for r in reports if r["documents"]) == 29
    # at least a quarter of the items name an SCO document (the brief)
    assert 4 * 29 >= len(reports)
    assert Counter(d["status"] for d in docs) == Counter(
        {"adopted": 19, "signed": 14, "planned": 4, "approved": 4})
    assert Counter(d["type"] for d in docs) == Counter(
        {"joint_statement": 9, "declaration": 8, "action_plan": 7, "communique": 5,
         "agreement": 4, "strategy": 3, "memorandum": 2, "decision": 1, "programme": 1,
         "concept": 1})
    assert sum(1 for r in reports if r["meeting"].get("calendar") is False) == 63
    # the six councils the calendar holds keep its default (this set's brief); every other
    # event (the sectoral meetings, other organisations, 'Shanghai' news) has calendar = false
    raw = tomllib.loads((BLIND27 / "documents.toml").read_text("utf-8"))["article"]
    by_id = {it["id"]: it for it in items()}
    story = {a["id"]: by_id["r-" + a["id"].removeprefix("rb-")]["story"] for a in raw}
    default = [a for a in raw if "calendar" not in a["meeting"]]
    assert len(default) == 28
    assert all(any(k in story[a["id"]] for k in ("-summit-", "-chg-", "-cfm-")) for a in default)
    assert not any(any(k in story[a["id"]] for k in ("-summit-", "-chg-", "-cfm-"))
                   and not story[a["id"]].startswith("x-")
                   for a in raw if a["meeting"].get("calendar") is False)
    assert sum(1 for a in raw for d in a.get("documents", []) if "meeting" in d) == 4
    assert sum(1 for a in raw if "Deviation (page chrome)" in a["note"]) == 39
    assert sum(1 for a in raw if "collector's time budget" in a["note"]) == 72
    names = Counter(d["name"] for d in docs)
    assert names["Joint Statement of the Meeting of the Presidents of the Supreme Courts of the "
                 "SCO Member States"] == 5
    assert names["Joint Communiqué"] == 4
    assert names["Tianjin Declaration"] == 2
    assert names["Action Plan of the SCO Member States for Cooperation in Disaster Relief for "
                 "2007-2008"] == 2


def test_pairs_are_the_decided_ones() -> None:
    pairs = tomllib.loads((BLIND27 / "labels.toml").read_text("utf-8"))["pair"]
    assert len(pairs) == 12
    assert Counter((p["kind"], p["label"]) for p in pairs) == Counter({
        ("chinese_script", 1): 1, ("republished", 1): 1, ("translation", 0): 1,
        ("rewrite", 0): 9})
    assert len(first.eval_dedup.real_pairs(items(), BLIND27)) > 12
    assert (BLIND27 / "README.md").exists()
