"""The thirty-eighth blind real set (tests/data/real-blind38/README.md) is what its README says.

The checks every blind set shares (format, size, languages, outlets, events, labels that refer
only to their own items, documents that follow the guidelines, no URL of any earlier set under any
spelling: set 38 is compared with the tuned sets and sets 1-37) run on this folder through the
parametrised tests of tests/integration/test_real_blind_set.py. Here: its README's counts. No
accuracy floor: the set is held out, its figures are reported once, not enforced."""

from __future__ import annotations

import tomllib
from collections import Counter

import test_real_blind_set as first  # tests/integration is on sys.path under pytest

BLIND38 = first.ROOT / "tests" / "data" / "real-blind38"

# English and Russian together at most a third of the items (the brief)
EN_RU = {"en", "ru"}
# the six councils the meetings calendar holds, as this set's story labels name them
COUNCILS = ("-summit-", "-chg-", "-cfm-", "-defence-", "-rats-", "-security-secretaries-")


def items() -> list[dict]:
    return first.eval_dedup.load_real(BLIND38)


def test_set_38_is_checked_against_every_earlier_set() -> None:
    assert first.BLIND_SETS.index(BLIND38) == 37  # sets 1-37 come before it


def test_readme_claims() -> None:
    its = items()
    assert len(its) == 107
    langs = Counter(it["lang"] for it in its)
    assert len(langs) == 28
    assert sorted(langs) == sorted(
        "am ar az be bn en es fa fr gu ha hi it ja kk ky mn ps ru sw ta tk tr ug ug-Cyrl uz "
        "uz-Cyrl zh".split())
    assert langs["tk"] == 18 and langs["en"] == 16 and langs["ha"] == 13 and langs["ru"] == 11
    assert 3 * sum(n for lang, n in langs.items() if lang in EN_RU) <= len(its)
    assert langs["ug"] == 7 and langs["ug-Cyrl"] == 3
    assert langs["kk"] == 5 and langs["ja"] == 5
    assert len({it["outlet"] for it in its}) == 83
    assert sum(1 for it in its if it["published"]) == 51
    assert sum(1 for it in its if it["published"] is None) == 56
    # 38 of the 61 queries gave kept items
    assert len({it["query"] for it in its}) == 38
    assert Counter(it["date_from"] for it in its if it["published"]) == Counter(
        {"url": 24, "text": 22, "tool": 5})
    days = sorted(it["published"] for it in its if it["published"])
    assert days[0] == "2006-05-30" and days[-1] == "2025-11-21"
    sizes = Counter(it["story"] for it in its)
    assert len(sizes) == 66
    sco = {s: n for s, n in sizes.items() if not s.startswith("x-")}
    assert len(sco) == 51
    assert sum(1 for n in sco.values() if n >= 2) == 12
    assert sum(1 for n in sco.values() if n >= 4) == 6
    assert sum(1 for s in sco if s.endswith("-preview")) == 9
    assert sum(n for s, n in sco.items() if s.endswith("-preview")) == 15
    assert sorted(s for s in sco if s.endswith("-announced")) == [
        "st-petersburg-summit-2020-announced", "tianjin-summit-2025-announced"]
    assert sum(n for s, n in sco.items() if s.endswith("-announced")) == 3
    assert sum(1 for s in sizes if s.startswith("x-")) == 15
    assert sum(n for s, n in sizes.items() if s.startswith("x-")) == 20
    for kind, n in {"-summit-": 49, "-chg-": 6, "-cfm-": 10, "-defence-": 6, "-rats-": 0,
                    "-security-secretaries-": 1}.items():
        assert sum(m for s, m in sco.items() if kind in s) == n, kind
    # SCO events of no calendar council (exercises, memoranda ceremonies, a member state's
    # approval, the Secretary-General's visits, forums, an anniversary)
    assert sum(n for s, n in sco.items() if not any(k in s for k in COUNCILS)) == 15
    assert sum(1 for s in sco if not any(k in s for k in COUNCILS)) == 15
    # the theme: coverage no earlier set holds, the same news in several languages
    for story, (n, n_langs) in {"samarkand-summit-2022": (8, 8),
                                "tianjin-summit-2025": (8, 6),
                                "goa-cfm-2023": (5, 1),
                                "new-delhi-summit-2023": (4, 2),
                                "tashkent-cfm-2022": (4, 3),
                                "tianjin-summit-2025-preview": (4, 2),
                                "astana-summit-2024": (3, 2),
                                "qingdao-defence-2025": (3, 2),
                                "samarkand-summit-2022-preview": (3, 3),
                                "x-china-central-asia-xian-2023": (3, 3)}.items():
        assert sizes[story] == n, story
        assert len({it["lang"] for it in its if it["story"] == story}) == n_langs, story


def test_documents_claims() -> None:
    reports = first.eval_tagging.load_reports(path=BLIND38 / "documents.toml")
    assert len(reports) == 107
    docs = [d for r in reports for d in r["documents"]]
    assert len(docs) == 47
    assert sum(1 for r in reports if r["documents"]) == 34
    # at least a quarter of the items name an SCO document (the brief)
    assert 4 * 34 >= len(reports)
    assert Counter(d["status"] for d in docs) == Counter(
        {"signed": 22, "planned": 13, "approved": 7, "adopted": 5})
    assert Counter(d["type"] for d in docs) == Counter(
        {"memorandum": 21, "declaration": 11, "agreement": 3, "strategy": 3, "action_plan": 3,
         "concept": 2, "joint_statement": 2, "programme": 1, "communique": 1})
    assert sum(1 for r in reports if r["meeting"].get("calendar") is False) == 35
    # the six councils the calendar holds keep its default (this set's brief); every other
    # event (other organisations' meetings, SCO events of no calendar council, memoranda
    # ceremonies, a member state's approval, background pages) has calendar = false
    raw = tomllib.loads((BLIND38 / "documents.toml").read_text("utf-8"))["article"]
    by_id = {it["id"]: it for it in items()}
    story = {a["id"]: by_id["r-" + a["id"].removeprefix("rb-")]["story"] for a in raw}
    default = [a for a in raw if "calendar" not in a["meeting"]]
    assert len(default) == 72
    assert all(any(k in story[a["id"]] for k in COUNCILS) for a in default)
    assert not any(any(k in story[a["id"]] for k in COUNCILS)
                   for a in raw if a["meeting"].get("calendar") is False)
    assert sum(1 for a in raw for d in a.get("documents", []) if "meeting" in d) == 18
    assert sum(1 for a in raw if "Deviation (page chrome)" in a["note"]) == 54
    assert sum(1 for a in raw if "Collector's time budget" in a["note"]) == 89
    names = Counter(d["name"] for d in docs)
    assert names["Declaration on the Establishment of the Shanghai Cooperation Organisation"] == 5
    assert names["Memorandum on granting the United Arab Emirates the status of SCO dialogue "
                 "partner"] == 3
    assert names["Memorandum of Obligations of the Islamic Republic of Iran"] == 2
    assert names["New Delhi Declaration"] == 2
    assert names["SCO Development Strategy until 2035"] == 2
    assert names["Memorandum of understanding between the SCO Secretariat and the CSTO "
                 "Secretariat"] == 1


def test_pairs_are_the_decided_ones() -> None:
    pairs = tomllib.loads((BLIND38 / "labels.toml").read_text("utf-8"))["pair"]
    assert len(pairs) == 15
    assert Counter((p["kind"], p["label"]) for p in pairs) == Counter({
        ("syndicated", 1): 4, ("rewrite", 0): 6, ("different_story", 0): 5})
    assert len(first.eval_dedup.real_pairs(items(), BLIND38)) > 15
    assert (BLIND38 / "README.md").exists()
