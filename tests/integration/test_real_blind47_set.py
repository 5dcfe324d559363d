"""The forty-seventh blind real set (tests/data/real-blind47/README.md) is what its README says.

The checks every blind set shares (format, size, languages, outlets, events, labels that refer
only to their own items, documents that follow the guidelines, no URL of any earlier set under any
spelling: set 47 is compared with the tuned sets and sets 1-46) run on this folder through the
parametrised tests of tests/integration/test_real_blind_set.py. Here: its README's counts. No
accuracy floor: the set is held out, its figures are reported once, not enforced."""

from __future__ import annotations

import tomllib
from collections import Counter

import test_real_blind_set as first  # tests/integration is on sys.path under pytest

BLIND47 = first.ROOT / "tests" / "data" / "real-blind47"

# English and Russian together at most a third of the items (the brief)
EN_RU = {"en", "ru"}
# the six councils the meetings calendar holds, as this set's story labels name them
COUNCILS = ("-summit-", "-chg-", "-cfm-", "-defence-", "-rats-", "-security-secretaries-")


def items() -> list[dict]:
    return first.eval_dedup.load_real(BLIND47)


def test_set_47_is_checked_against_every_earlier_set() -> None:
    assert first.BLIND_SETS.index(BLIND47) == 46  # sets 1-46 come before it


def test_readme_claims() -> None:
    its = items()
    assert len(its) == 70
    langs = Counter(it["lang"] for it in its)
    assert len(langs) == 28
    assert sorted(langs) == sorted(
        "ar bn de en es fa fr gu hi id it ja kk km ko mn pl pt ru ta te tg th tr ur vi zh "
        "zh-Hant".split()
    )
    assert langs["en"] == 11
    assert langs["ru"] == 8
    assert langs["de"] == 6
    assert langs["zh"] == 5
    assert all(langs[lang] == 4 for lang in ("kk", "tr"))
    assert all(langs[lang] == 3 for lang in ("fa", "hi", "zh-Hant"))
    assert all(langs[lang] == 2 for lang in ("gu", "ja", "ta", "te"))
    assert all(langs[lang] == 1 for lang in "ar bn es fr id it km ko mn pl pt tg th ur vi".split())
    assert 3 * sum(n for lang, n in langs.items() if lang in EN_RU) <= len(its)
    assert len({it["outlet"] for it in its}) == 68
    assert sum(1 for it in its if it["published"]) == 29
    assert sum(1 for it in its if it["published"] is None) == 41
    # 33 of the 74 queries gave kept items
    assert len({it["query"] for it in its}) == 33
    assert Counter(it["date_from"] for it in its if it["published"]) == Counter(
        {"url": 15, "text": 7, "tool": 7}
    )
    days = sorted(it["published"] for it in its if it["published"])
    assert days[0] == "2003-05-30" and days[-1] == "2025-10-31"
    sizes = Counter(it["story"] for it in its)
    assert len(sizes) == 50
    sco = {s: n for s, n in sizes.items() if not s.startswith("x-")}
    assert len(sco) == 32
    assert sum(1 for n in sco.values() if n >= 2) == 8
    assert sum(1 for n in sco.values() if n >= 4) == 4
    assert sum(1 for s in sco if s.endswith("-preview")) == 7
    assert sum(n for s, n in sco.items() if s.endswith("-preview")) == 13
    assert [s for s in sco if s.endswith("-announced")] == ["islamabad-chg-2024-announced"]
    assert sum(1 for s in sizes if s.startswith("x-")) == 18
    assert sum(n for s, n in sizes.items() if s.startswith("x-")) == 20
    for kind, n in {
        "-summit-": 16,
        "-chg-": 3,
        "-cfm-": 1,
        "-defence-": 3,
        "-rats-": 0,
        "-security-secretaries-": 3,
    }.items():
        assert sum(m for s, m in sco.items() if kind in s) == n, kind
    # SCO events of no calendar council (supreme courts' chairmen, prosecutors, ministries)
    assert sum(n for s, n in sco.items() if not any(k in s for k in COUNCILS)) == 24
    assert sum(1 for s in sco if not any(k in s for k in COUNCILS)) == 13
    # the theme: the SCO's sectoral meetings and documents, the same news in several languages
    for story, (n, n_langs) in {
        "new-delhi-sco-chief-justices-2023-preview": (5, 2),
        "saint-petersburg-summit-2002": (5, 3),
        "new-delhi-sco-chief-justices-2023": (4, 3),
        "tashkent-sco-chief-justices-2024": (4, 4),
        "tianjin-summit-2025": (2, 2),
        "tianjin-summit-2025-preview": (2, 2),
        "dushanbe-sco-chief-justices-2022": (2, 1),
        "moscow-security-secretaries-2015-preview": (2, 1),
    }.items():
        assert sizes[story] == n, story
        assert len({it["lang"] for it in its if it["story"] == story}) == n_langs, story


def test_documents_claims() -> None:
    reports = first.eval_tagging.load_reports(path=BLIND47 / "documents.toml")
    assert len(reports) == 70
    docs = [d for r in reports for d in r["documents"]]
    assert len(docs) == 21
    # 12 of 70 articles name a document: short of the brief's quarter (README says so)
    assert sum(1 for r in reports if r["documents"]) == 12
    assert Counter(d["status"] for d in docs) == Counter({"signed": 14, "adopted": 5, "planned": 2})
    assert Counter(d["type"] for d in docs) == Counter(
        {
            "declaration": 9,
            "agreement": 8,
            "decision": 1,
            "programme": 1,
            "action_plan": 1,
            "joint_statement": 1,
        }
    )
    assert sum(1 for r in reports if r["meeting"].get("calendar") is False) == 44
    # the councils the calendar holds keep its default; every other event (sectoral meetings,
    # other organisations' meetings, pages with no event) has calendar = false
    raw = tomllib.loads((BLIND47 / "documents.toml").read_text("utf-8"))["article"]
    by_id = {it["id"]: it for it in items()}
    story = {a["id"]: by_id["r-" + a["id"].removeprefix("rb-")]["story"] for a in raw}
    default = [a for a in raw if "calendar" not in a["meeting"]]
    assert len(default) == 26
    assert all(any(k in story[a["id"]] for k in COUNCILS) for a in default)
    assert not any(
        any(k in story[a["id"]] for k in COUNCILS)
        for a in raw
        if a["meeting"].get("calendar") is False
    )
    assert sum(1 for a in raw if a["meeting"].get("venue") == "none") == 7
    assert sum(1 for a in raw for d in a.get("documents", []) if "meeting" in d) == 6
    assert sum(1 for a in raw if "Deviation (tool date prefix dropped" in a["note"]) == 7
    names = Counter(d["name"] for d in docs)
    assert names["Charter of the Shanghai Cooperation Organization"] == 7
    assert names["Declaration on the Establishment of the Shanghai Cooperation Organization"] == 2
    assert all(
        names[n] == 2
        for n in ("Saint Petersburg Declaration", "Moscow Declaration", "Astana Declaration")
    )


def test_pairs_are_the_decided_ones() -> None:
    pairs = tomllib.loads((BLIND47 / "labels.toml").read_text("utf-8"))["pair"]
    assert len(pairs) == 8
    assert Counter((p["kind"], p["label"]) for p in pairs) == Counter(
        {
            ("chinese_script", 1): 1,
            ("syndicated", 1): 1,
            ("rewrite", 0): 2,
            ("translation", 0): 1,
            ("different_story", 0): 3,
        }
    )
    assert len(first.eval_dedup.real_pairs(items(), BLIND47)) > 8
    assert (BLIND47 / "README.md").exists()
