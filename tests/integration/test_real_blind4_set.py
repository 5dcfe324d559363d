"""The fourth blind real set (tests/data/real-blind4/README.md) is what its README says it is.

The checks every blind set shares (format, size, languages, outlets, events, labels that refer
only to its own items, documents that follow the guidelines) run on this folder through the
parametrised tests of tests/integration/test_real_blind_set.py. Here: its URLs (none of any
earlier set, also across http/https, `www.`/`m.`, a trailing slash and a host's trailing dot) and
its README's counts. No accuracy floor: the set is held out, its figures are reported once, not
enforced."""

from __future__ import annotations

import json
import tomllib
from collections import Counter

import test_real_blind3_set as third  # tests/integration is on sys.path under pytest
import test_real_blind_set as first

BLIND4 = first.ROOT / "tests" / "data" / "real-blind4"
BLIND3 = third.BLIND3


def items() -> list[dict]:
    return first.eval_dedup.load_real(BLIND4)


def earlier_urls() -> set[str]:
    """Every URL of the sets made before this one: those the third set checked, and its own."""
    urls = third.earlier_urls()
    urls |= {json.loads(line)["url"] for line in (BLIND3 / "items.jsonl").open(encoding="utf-8")}
    urls |= {a["source"].removeprefix("real:")
             for a in tomllib.loads((BLIND3 / "documents.toml").read_text("utf-8"))["article"]}
    return urls


def _norm(url: str) -> str:
    host, _, path = third.second._norm(url).partition("/")
    return host.rstrip(".") + "/" + path


def test_no_url_of_any_earlier_set() -> None:
    earlier = earlier_urls()
    assert len(earlier) > 250
    ours = {it["url"] for it in items()}
    assert not ours & earlier
    # nor the same page under http/https, www./m., a trailing slash or a host's trailing dot
    assert not {_norm(u) for u in ours} & {_norm(u) for u in earlier}


def test_readme_claims() -> None:
    its = items()
    assert len(its) == 95
    assert len({it["lang"] for it in its}) == 15
    assert len({it["outlet"] for it in its}) == 80
    assert sum(1 for it in its if it["published"]) == 57
    assert Counter(it["date_from"] for it in its if it["published"]) == Counter(
        {"url": 27, "text": 17, "tool": 13})
    sizes = Counter(it["story"] for it in its)
    events = ["beijing-summit-2012", "astana-fm-2024", "yekaterinburg-summit-2009",
              "shanghai-summit-2006", "astana-summit-2005", "tashkent-summit-2010",
              "bishkek-summit-2007", "astana-defence-2024"]
    for story in events:
        assert sizes[story] >= 5, story
    for story in ["beijing-summit-2012", "astana-fm-2024", "yekaterinburg-summit-2009",
                  "astana-defence-2024"]:
        assert len({it["lang"] for it in its if it["story"] == story}) >= 4, story
    # previews, same-city meetings of other years or councils, other organisations
    assert {"astana-fm-2024-preview", "astana-defence-2024-preview", "tashkent-summit-2004",
            "tashkent-fm-2010", "shanghai-fm-2006", "astana-defence-2017",
            "x-csto-bishkek-2025-preview",
            "x-dar-zhang-ming-beijing-2024"} <= set(sizes)
    assert sum(n for s, n in sizes.items() if s not in events) >= 30


def test_documents_claims() -> None:
    reports = first.eval_tagging.load_reports(path=BLIND4 / "documents.toml")
    assert len(reports) == 95
    assert sum(len(r["documents"]) for r in reports) == 31
    assert sum(1 for r in reports if r["documents"]) == 19
    assert sum(1 for r in reports if r["meeting"].get("calendar") is False) == 20


def test_pairs_are_the_decided_ones() -> None:
    pairs = tomllib.loads((BLIND4 / "labels.toml").read_text("utf-8"))["pair"]
    assert Counter((p["kind"], p["label"]) for p in pairs) == Counter({
        ("syndicated", 1): 5, ("rewrite", 0): 3, ("shared_background", 0): 3,
        ("translation", 0): 1})
    assert (BLIND4 / "README.md").exists()
