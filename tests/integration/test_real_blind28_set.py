"""The twenty-eighth blind real set (tests/data/real-blind28/README.md) is what its README says.

The checks every blind set shares (format, size, languages, outlets, events, labels that refer
only to their own items, documents that follow the guidelines, no URL of any earlier set under any
spelling: set 28 is compared with the tuned sets and sets 1-27) run on this folder through the
parametrised tests of tests/integration/test_real_blind_set.py. Here: its README's counts. No
accuracy floor: the set is held out, its figures are reported once, not enforced."""

from __future__ import annotations

import tomllib
from collections import Counter

import test_real_blind_set as first  # tests/integration is on sys.path under pytest

BLIND28 = first.ROOT / "tests" / "data" / "real-blind28"

# English and Russian together at most a third of the items (the brief)
EN_RU = {"en", "ru"}


def items() -> list[dict]:
    return first.eval_dedup.load_real(BLIND28)


def test_set_28_is_checked_against_every_earlier_set() -> None:
    assert first.BLIND_SETS.index(BLIND28) == 27  # sets 1-27 come before it


def test_readme_claims() -> None:
    its = items()
    assert len(its) == 102
    langs = Counter(it["lang"] for it in its)
    assert len(langs) == 24
    assert sorted(langs) == sorted(
        "ar az de en fa fa-AF fi fr hi hy id it kk mn ne pt ro ru sw tl tr ur zh zh-Hant".split())
    # English and Russian together at most a third of the items (the brief)
    assert langs["en"] == 12 and langs["ru"] == 17
    assert 3 * sum(n for lang, n in langs.items() if lang in EN_RU) <= len(its)
    assert langs["ar"] == 12 and langs["zh"] == 9 and langs["zh-Hant"] == 7
    assert langs["tr"] == 7 and langs["ur"] == 7 and langs["fr"] == 6
    assert len({it["outlet"] for it in its}) == 97
    assert sum(1 for it in its if it["published"]) == 56
    assert sum(1 for it in its if it["published"] is None) == 46
    # 27 of the 32 queries gave kept items
    assert len({it["query"] for it in its}) == 27
    assert Counter(it["date_from"] for it in its if it["published"]) == Counter(
        {"url": 25, "text": 23, "tool": 8})
    days = sorted(it["published"] for it in its if it["published"])
    assert days[0] == "2003-09-23" and days[-1] == "2026-02-11"
    sizes = Counter(it["story"] for it in its)
    assert len(sizes) == 61
    sco = {s: n for s, n in sizes.items() if not s.startswith("x-")}
    assert len(sco) == 53
    assert sum(1 for n in sco.values() if n >= 2) == 19
    assert sum(1 for n in sco.values() if n >= 3) == 8
    assert sum(1 for n in sco.values() if n >= 4) == 5
    assert sum(1 for s in sco if s.endswith("-preview")) == 9
    assert sum(n for s, n in sco.items() if s.endswith("-preview")) == 12
    assert sum(1 for s in sizes if s.startswith("x-")) == 8
    assert sum(n for s, n in sizes.items() if s.startswith("x-")) == 11
    for kind, n in {"-summit-": 35, "-chg-": 1, "-cfm-": 8}.items():
        assert sum(m for s, m in sco.items() if kind in s) == n, kind
    assert sizes["tianjin-summit-2025"] == 7
    assert sizes["goa-cfm-2023"] == 6
    assert sizes["samarkand-summit-2022"] == 5
    for story, n in {"tianjin-summit-2025": 6, "samarkand-summit-2022": 4,
                     "new-delhi-summit-2023": 4, "azerbaijan-dialogue-partner-2016": 3,
                     "saudi-dialogue-partner-2023": 3, "goa-cfm-2023": 2,
                     "ufa-summit-2015": 2, "astana-summit-2024": 2}.items():
        assert len({it["lang"] for it in its if it["story"] == story}) == n, story
    assert {"varanasi-tourism-2023", "varanasi-tourism-2023-preview", "chengdu-science-2025",
            "moscow-science-2018", "almaty-border-2023", "shanghai-border-2024",
            "issyk-kul-border-2018", "moscow-speakers-2006", "tianjin-environment-2025",
            "astana-prosecutors-2022", "islamabad-trade-2024", "beijing-trade-2022",
            "belarus-obligations-draft-2023", "egypt-qatar-dialogue-partner-2022",
            "x-brics-johannesburg-2023", "x-asean-timor-leste-2025",
            "x-oic-transport-istanbul-2026", "x-shanghai-port-50m-teu-2024"} <= set(sizes)


def test_documents_claims() -> None:
    reports = first.eval_tagging.load_reports(path=BLIND28 / "documents.toml")
    assert len(reports) == 102
    docs = [d for r in reports for d in r["documents"]]
    assert len(docs) == 54
    assert sum(1 for r in reports if r["documents"]) == 37
    # at least a quarter of the items name an SCO document (the brief)
    assert 4 * 37 >= len(reports)
    assert Counter(d["status"] for d in docs) == Counter(
        {"signed": 28, "planned": 15, "adopted": 7, "approved": 4})
    assert Counter(d["type"] for d in docs) == Counter(
        {"memorandum": 39, "action_plan": 7, "joint_statement": 4, "programme": 2,
         "declaration": 1, "communique": 1})
    assert sum(1 for r in reports if r["meeting"].get("calendar") is False) == 58
    # the six councils the calendar holds keep its default (this set's brief); every other
    # event (sectoral meetings, signings, states' own acts, other organisations, 'Shanghai'
    # news) has calendar = false
    raw = tomllib.loads((BLIND28 / "documents.toml").read_text("utf-8"))["article"]
    by_id = {it["id"]: it for it in items()}
    story = {a["id"]: by_id["r-" + a["id"].removeprefix("rb-")]["story"] for a in raw}
    default = [a for a in raw if "calendar" not in a["meeting"]]
    assert len(default) == 44
    assert all(any(k in story[a["id"]] for k in ("-summit-", "-chg-", "-cfm-")) for a in default)
    assert not any(any(k in story[a["id"]] for k in ("-summit-", "-chg-", "-cfm-"))
                   and not story[a["id"]].startswith("x-")
                   for a in raw if a["meeting"].get("calendar") is False)
    assert sum(1 for a in raw for d in a.get("documents", []) if "meeting" in d) == 5
    assert sum(1 for a in raw if "Deviation (page chrome)" in a["note"]) == 47
    assert sum(1 for a in raw if "collector's time budget" in a["note"]) == 78
    names = Counter(d["name"] for d in docs)
    assert names["Memorandum of Obligations of the Republic of Belarus"] == 9
    assert names["Memorandum on granting the Arab Republic of Egypt the status of SCO dialogue "
                 "partner"] == 5
    assert names["Memorandum on granting the State of Kuwait the status of SCO dialogue "
                 "partner"] == 5
    assert names["Memorandum of Obligations of the Islamic Republic of Iran"] == 2


def test_pairs_are_the_decided_ones() -> None:
    pairs = tomllib.loads((BLIND28 / "labels.toml").read_text("utf-8"))["pair"]
    assert len(pairs) == 14
    assert Counter((p["kind"], p["label"]) for p in pairs) == Counter({
        ("syndicated", 1): 2, ("republished", 1): 2, ("rewrite", 0): 9,
        ("translation", 0): 1})
    assert len(first.eval_dedup.real_pairs(items(), BLIND28)) > 14
    assert (BLIND28 / "README.md").exists()
