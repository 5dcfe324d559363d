"""The second blind real set (tests/data/real-blind2/README.md) is what its README says it is.

The checks of the first blind set (tests/integration/test_real_blind_set.py: format of
tests/data/real/, at least 45 items in many languages and outlets, several events of several
reports, labels that refer only to its own items) are run on this folder by pointing that
module at it; the claims of this set's README and the absence of every URL of all the earlier
sets (the tuned ones and the first blind set) are checked here. No accuracy floor: the set is
held out, its figures are reported once, not enforced."""

from __future__ import annotations

import json
import tomllib
from collections import Counter
from pathlib import Path

import test_real_blind_set as first  # tests/integration is on sys.path under pytest (rootdir-less)

ROOT = first.ROOT
BLIND2 = ROOT / "tests" / "data" / "real-blind2"


# the checks every blind set shares run on this one too (test_real_blind_set.py)


def items() -> list[dict]:
    return first.eval_dedup.load_real(BLIND2)


def earlier_urls() -> set[str]:
    """Every URL of the sets made before this one."""
    jsonl = [ROOT / "tests/data/real/items.jsonl", ROOT / "tests/data/real-blind/items.jsonl",
             *(ROOT / "tests/data/stories-calendar").glob("*.jsonl")]
    urls = {json.loads(line)["url"] for path in jsonl for line in path.open(encoding="utf-8")}
    for path in [ROOT / "tests/data/tagging/meetings/real_reports.toml",
                 ROOT / "tests/data/real-blind/documents.toml"]:
        urls |= {a["source"].removeprefix("real:")
                 for a in tomllib.loads(path.read_text("utf-8"))["article"]}
    return urls


def _norm(url: str) -> str:
    host_path = url.split("://", 1)[-1]
    return host_path.removeprefix("www.").removeprefix("m.").rstrip("/").lower()


def test_no_url_of_any_earlier_set() -> None:
    earlier = earlier_urls()
    assert len(earlier) > 150
    ours = {it["url"] for it in items()}
    assert not ours & earlier
    # nor the same page under http/https, www./m. or a trailing slash
    assert not {_norm(u) for u in ours} & {_norm(u) for u in earlier}


def test_readme_claims() -> None:
    its = items()
    assert len(its) == 70
    assert len({it["lang"] for it in its}) == 17
    assert len({it["outlet"] for it in its}) == 65
    assert sum(1 for it in its if it["published"]) == 43
    sizes = Counter(it["story"] for it in its)
    events = ["ufa-summit-2015", "tashkent-summit-2016", "astana-summit-2017", "moscow-summit-2020"]
    for story in events:
        assert sizes[story] >= 10, story
        assert len({it["lang"] for it in its if it["story"] == story}) >= 4, story
    # previews and later reports of the same events, and other bodies' meetings as distractors
    assert {"ufa-summit-2015-preview", "moscow-summit-2020-preview",
            "x-brics-ufa-summit-2015", "x-brics-moscow-summit-2020"} <= set(sizes)
    assert sum(n for s, n in sizes.items() if s not in events) >= 8


def test_documents_claims() -> None:
    reports = first.eval_tagging.load_reports(path=BLIND2 / "documents.toml")
    assert sum(len(r["documents"]) for r in reports) == 69
    assert sum(1 for r in reports if r["documents"]) == 29
    # the other bodies' same-named declarations are never gold documents
    brics = {"r-" + r["id"].removeprefix("rb-") for r in reports
             if r["meeting"].get("calendar") is False}
    by_id = {it["id"]: it for it in items()}
    assert brics and all(by_id[i]["story"].startswith("x-brics") for i in brics)
    assert all(not r["documents"] for r in reports if "r-" + r["id"][3:] in brics)


def test_pairs_are_the_decided_ones() -> None:
    pairs = tomllib.loads((BLIND2 / "labels.toml").read_text("utf-8"))["pair"]
    assert Counter((p["kind"], p["label"]) for p in pairs) == Counter({
        ("chinese_script", 1): 3, ("syndicated", 1): 1, ("longer_shorter", 1): 1,
        ("rewrite", 0): 1, ("translation", 0): 2})
    assert Path(BLIND2 / "README.md").exists()
