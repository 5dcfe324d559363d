"""The nineteenth blind real set (tests/data/real-blind19/README.md) is what its README says it is.

The checks every blind set shares (format, size, languages, outlets, events, labels that refer
only to its own items, documents that follow the guidelines, no URL of any earlier set under any
spelling: set 19 is compared with the tuned sets and sets 1-18) run on this folder through the
parametrised tests of tests/integration/test_real_blind_set.py. Here: its README's counts. No
accuracy floor: the set is held out, its figures are reported once, not enforced."""

from __future__ import annotations

import tomllib
from collections import Counter

import test_real_blind_set as first  # tests/integration is on sys.path under pytest

BLIND19 = first.ROOT / "tests" / "data" / "real-blind19"


def items() -> list[dict]:
    return first.eval_dedup.load_real(BLIND19)


def test_set_19_is_checked_against_every_earlier_set() -> None:
    assert first.BLIND_SETS.index(BLIND19) == 18  # sets 1-18 come before it


def test_readme_claims() -> None:
    its = items()
    assert len(its) == 105
    assert len({it["lang"] for it in its}) == 23
    assert len({it["outlet"] for it in its}) == 99
    assert sum(1 for it in its if it["published"]) == 51
    assert sum(1 for it in its if it["published"] is None) == 54
    # 33 queries were run, 29 of them gave kept items
    assert len({it["query"] for it in its}) == 29
    assert Counter(it["date_from"] for it in its if it["published"]) == Counter(
        {"url": 23, "text": 16, "tool": 12})
    days = sorted(it["published"] for it in its if it["published"])
    assert days[0] == "2019-08-21" and days[-1] == "2023-10-27"
    # the years of the theme: the councils of 2019-2023
    assert all("2019" <= d[:4] <= "2023" for d in days)
    sizes = Counter(it["story"] for it in its)
    assert len(sizes) == 27
    sco = {s: n for s, n in sizes.items() if not s.startswith("x-")}
    assert len(sco) == 21
    assert sum(1 for n in sco.values() if n >= 2) == 11
    assert sum(1 for n in sco.values() if n >= 3) == 6
    assert sum(1 for n in sco.values() if n >= 4) == 4
    assert sum(1 for s in sco if s.endswith("-preview")) == 7
    assert sum(n for s, n in sco.items() if s.endswith("-preview")) == 26
    assert sum(1 for s in sizes if s.startswith("x-")) == 6
    assert sum(n for s, n in sizes.items() if s.startswith("x-")) == 25
    assert sizes["samarkand-summit-2022"] == 30
    assert sizes["samarkand-summit-2022-preview"] == 14
    assert sizes["new-delhi-summit-2023"] == 6
    assert sizes["new-delhi-summit-2023-preview"] == 4
    assert sizes["x-brics-summit-johannesburg-2023"] == 6
    assert sizes["x-csto-summit-yerevan-2022"] == 6
    assert sizes["x-ots-summit-samarkand-2022"] == 5
    assert sizes["x-cica-summit-astana-2022"] == 5
    assert len({it["lang"] for it in its if it["story"] == "samarkand-summit-2022"}) == 15
    assert {"bishkek-summit-2019", "moscow-summit-2020", "dushanbe-summit-2021",
            "tashkent-chg-2019-preview", "bishkek-chg-2023", "tashkent-cfm-2022", "goa-cfm-2023",
            "new-delhi-defmin-2023", "dushanbe-secsec-2021", "tashkent-rats-council-2022",
            "x-ccts-informal-summit-2021"} <= set(sizes)


def test_documents_claims() -> None:
    reports = first.eval_tagging.load_reports(path=BLIND19 / "documents.toml")
    assert len(reports) == 105
    docs = [d for r in reports for d in r["documents"]]
    assert len(docs) == 44
    assert sum(1 for r in reports if r["documents"]) == 23
    assert Counter(d["status"] for d in docs) == Counter(
        {"signed": 18, "planned": 12, "adopted": 9, "approved": 5})
    assert Counter(d["type"] for d in docs) == Counter(
        {"memorandum": 20, "declaration": 17, "action_plan": 4, "concept": 1, "programme": 1,
         "strategy": 1})
    assert sum(1 for r in reports if r["meeting"].get("calendar") is False) == 29
    # the six councils the calendar holds keep its default (this set's brief); every other
    # event has calendar = false
    raw = tomllib.loads((BLIND19 / "documents.toml").read_text("utf-8"))["article"]
    by_id = {it["id"]: it for it in items()}
    default = [a for a in raw if "calendar" not in a["meeting"]]
    assert len(default) == 76
    assert not any(by_id["r-" + a["id"].removeprefix("rb-")]["story"].startswith("x-")
                   for a in default)
    assert sum(1 for a in raw for d in a.get("documents", []) if "meeting" in d) == 10
    assert sum(1 for a in raw if "Deviation (page chrome)" in a["note"]) == 27
    names = Counter(d["name"] for d in docs)
    assert names["Samarkand Declaration"] == 10 and names["New Delhi Declaration"] == 3
    assert names["Memorandum of obligations of the Islamic Republic of Iran to obtain the status "
                 "of SCO member state"] == 7


def test_pairs_are_the_decided_ones() -> None:
    pairs = tomllib.loads((BLIND19 / "labels.toml").read_text("utf-8"))["pair"]
    assert len(pairs) == 9
    assert Counter((p["kind"], p["label"]) for p in pairs) == Counter({
        ("rewrite", 0): 6, ("syndicated", 1): 2, ("longer_shorter", 1): 1})
    assert len(first.eval_dedup.real_pairs(items(), BLIND19)) == 1174
    assert (BLIND19 / "README.md").exists()
