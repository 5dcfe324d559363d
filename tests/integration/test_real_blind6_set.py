"""The sixth blind real set (tests/data/real-blind6/README.md) is what its README says it is.

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

import test_real_blind4_set as fourth  # tests/integration is on sys.path under pytest
import test_real_blind5_set as fifth
import test_real_blind_set as first

BLIND6 = first.ROOT / "tests" / "data" / "real-blind6"
BLIND5 = fifth.BLIND5


def items() -> list[dict]:
    return first.eval_dedup.load_real(BLIND6)


def earlier_urls() -> set[str]:
    """Every URL of the sets made before this one: those the fifth set checked, and its own."""
    urls = fifth.earlier_urls()
    urls |= {json.loads(line)["url"] for line in (BLIND5 / "items.jsonl").open(encoding="utf-8")}
    urls |= {a["source"].removeprefix("real:")
             for a in tomllib.loads((BLIND5 / "documents.toml").read_text("utf-8"))["article"]}
    return urls


def test_no_url_of_any_earlier_set() -> None:
    earlier = earlier_urls()
    assert len(earlier) > 400
    ours = {it["url"] for it in items()}
    assert not ours & earlier
    # nor the same page under http/https, www./m., a trailing slash or a host's trailing dot
    assert not {fourth._norm(u) for u in ours} & {fourth._norm(u) for u in earlier}


def test_readme_claims() -> None:
    its = items()
    assert len(its) == 46
    assert len({it["lang"] for it in its}) == 8
    assert len({it["outlet"] for it in its}) == 41
    assert sum(1 for it in its if it["published"]) == 36
    assert Counter(it["date_from"] for it in its if it["published"]) == Counter(
        {"url": 23, "text": 11, "tool": 2})
    sizes = Counter(it["story"] for it in its)
    events = ["astana-chg-2014", "astana-fm-2017", "bishkek-chg-2012", "astana-chg-2008",
              "tashkent-chg-2007", "moscow-chg-2005"]
    for story in events:
        assert sizes[story] >= 4, story
    for story in ["astana-chg-2014", "bishkek-chg-2012", "tashkent-chg-2007"]:
        assert len({it["lang"] for it in its if it["story"] == story}) >= 3, story
    # previews, same-city meetings of other years or councils, coordinators' meetings, a background
    assert {"astana-chg-2014-announced", "astana-fm-2017-preview", "bishkek-chg-2012-preview",
            "astana-chg-2008-preview", "tashkent-chg-2007-preview", "bishkek-chg-2004",
            "astana-coordinators-2014", "moscow-coordinators-2015", "moscow-fm-2015",
            "x-sco-pm-meetings-history-2007"} <= set(sizes)
    assert sum(n for s, n in sizes.items() if s not in events) >= 15


def test_documents_claims() -> None:
    reports = first.eval_tagging.load_reports(path=BLIND6 / "documents.toml")
    assert len(reports) == 46
    assert sum(len(r["documents"]) for r in reports) == 27
    assert sum(1 for r in reports if r["documents"]) == 13
    assert sum(1 for r in reports if r["meeting"].get("calendar") is False) == 2


def test_pairs_are_the_decided_ones() -> None:
    pairs = tomllib.loads((BLIND6 / "labels.toml").read_text("utf-8"))["pair"]
    assert Counter((p["kind"], p["label"]) for p in pairs) == Counter({
        ("chinese_script", 1): 1, ("rewrite", 0): 2, ("translation", 0): 1,
        ("shared_background", 0): 1, ("shared_boilerplate", 0): 1})
    assert (BLIND6 / "README.md").exists()
