"""scripts/eval_relevance_real.py: the share of a real set's SCO-event reports that the tagger
keeps (a report judged not about the SCO never reaches a digest). The items below are written
for this test, not real reports."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import eval_relevance_real  # noqa: E402
from support import REAL_RELEVANCE_GROUP, real_relevance  # noqa: E402

from pipeline.tagging import load_gazetteer  # noqa: E402


def write_set(folder: Path, rows: list[tuple[str, str, str]]) -> None:
    folder.mkdir()
    with (folder / "items.jsonl").open("w", encoding="utf-8") as fh:
        for n, (lang, story, text) in enumerate(rows):
            url = f"http://127.0.0.1/{n}"
            fh.write(json.dumps({"id": "r-" + hashlib.sha1(url.encode()).hexdigest()[:10],
                                 "url": url, "lang": lang, "story": story, "text": text}) + "\n")


def test_counts_kept_and_missed_reports_by_language(tmp_path: Path) -> None:
    folder = tmp_path / "real-mini"
    write_set(folder, [
        ("en", "astana-summit-2024", "SCO summit opens in Astana\nLeaders of the Shanghai "
         "Cooperation Organisation member states met in Astana on Thursday."),
        ("en", "astana-summit-2024", "Leaders meet in Astana\nThe presidents held talks in the "
         "Kazakh capital on Thursday and signed several papers."),
        ("en", "x-weather", "Rain in Astana\nIt rained in the Kazakh capital on Thursday."),
    ])
    r = eval_relevance_real.score_set(load_gazetteer(), folder)
    assert (r["items"], r["kept"]) == (2, 1)
    assert r["by_lang"] == {"en": (1, 2)}
    assert (r["x_kept"], r["x_total"]) == (0, 1)
    assert len(r["misses"]) == 1 and "Leaders meet in Astana" in r["misses"][0]


@REAL_RELEVANCE_GROUP
def test_every_real_set_is_scored(capsys, monkeypatch) -> None:
    # the script's own table over every set, from the scores the other real-set tests share
    scores = real_relevance()
    monkeypatch.setattr(eval_relevance_real, "score_set", lambda gaz, folder: scores[folder.name])
    assert eval_relevance_real.main([]) == 0
    out = capsys.readouterr().out
    for folder in eval_relevance_real.default_sets():
        assert f"| {folder.name} |" in out
    assert "SCO-event reports kept" in out


@REAL_RELEVANCE_GROUP
def test_recall_floor_on_the_dev_real_sets() -> None:
    """tests/data/real and blind sets 1-8 (dev data): 640 of 661 SCO-event reports kept after
    round 10 (0.968; 613, 0.927, before it). The floor sits just under: a change that drops
    reports of SCO events fails here."""
    folders = [f for f in eval_relevance_real.default_sets()
               if f.name == "real" or f.name.removeprefix("real-blind") in {"", *"2345678"}]
    assert len(folders) == 9
    results = [real_relevance()[folder.name] for folder in folders]
    kept = sum(r["kept"] for r in results)
    items = sum(r["items"] for r in results)
    assert kept / items >= 0.96, f"{kept} of {items}"


@REAL_RELEVANCE_GROUP
def test_recall_floor_on_blind_sets_9_and_10() -> None:
    """Blind sets 9 and 10, dev data from rounds 10 and 11: 246 of 251 SCO-event reports kept
    after round 11 (113 of 116 and 133 of 135; set 10's blind run kept 124). The floor sits
    just under."""
    folders = [f for f in eval_relevance_real.default_sets()
               if f.name in {"real-blind9", "real-blind10"}]
    assert len(folders) == 2
    results = [real_relevance()[folder.name] for folder in folders]
    kept = sum(r["kept"] for r in results)
    items = sum(r["items"] for r in results)
    assert kept / items >= 0.97, f"{kept} of {items}"
