"""Pages with little to go on never join two unrelated stories (issue 15, "Bad input"): a page of
only a headline, a page in a language the gazetteers do not cover, a machine-translated page with
broken sentences, each naming both stories' meetings. Articles are processed in arrival order on a
fresh SQLite database with the tags processing stores (scripts/eval_dedup.py run_stories)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import eval_dedup  # noqa: E402

DAY = "2025-09-01"


def art(aid: str, lang: str, title: str, body: str, hour: int, story: str) -> dict[str, Any]:
    return {"id": aid, "source": aid.split("-")[0], "title": title, "body": body, "lang": lang,
            "published": f"{DAY}T{hour:02d}:00:00+00:00", "story": story}


SUMMIT_EN = art(
    "wire-en", "en", "SCO leaders adopt the Tianjin Declaration",
    "TIANJIN, September 1. Leaders of the Shanghai Cooperation Organization member states "
    "adopted the Tianjin Declaration at the summit in Tianjin, held from August 31 to "
    "September 1. Chinese President Xi Jinping chaired the meeting; Russian President Vladimir "
    "Putin and Indian Prime Minister Narendra Modi attended. The leaders also approved the SCO "
    "Development Strategy until 2035 and agreed to set up a development bank.", 8, "summit")
SUMMIT_RU = art(
    "agency-ru", "ru", "Лидеры ШОС приняли Тяньцзиньскую декларацию",
    "ТЯНЬЦЗИНЬ, 1 сентября. Лидеры государств — членов Шанхайской организации сотрудничества "
    "приняли Тяньцзиньскую декларацию по итогам саммита в Тяньцзине, который проходит 31 "
    "августа — 1 сентября. Председатель КНР Си Цзиньпин провёл заседание, в нём участвовали "
    "Владимир Путин и Нарендра Моди. Одобрена стратегия развития ШОС до 2035 года.", 14,
    "summit")
TASHKENT_EN = art(
    "daily-en", "en", "SCO anti-drug officials meet in Tashkent",
    "TASHKENT, September 1. Heads of the anti-drug agencies of SCO member states met in Tashkent "
    "to plan joint operations against heroin trafficking from Afghanistan. Uzbekistan's "
    "interior minister opened the meeting, which reviewed seizures of 12 tonnes of narcotics and "
    "agreed on a training programme for customs officers of Kazakhstan, Kyrgyzstan and "
    "Tajikistan.", 9, "drugs")
TASHKENT_RU = art(
    "news-ru", "ru", "В Ташкенте прошло совещание антинаркотических ведомств ШОС",
    "ТАШКЕНТ, 1 сентября. Руководители антинаркотических ведомств государств — членов ШОС "
    "провели в Ташкенте совещание о совместных операциях против наркотрафика из Афганистана. "
    "Совещание открыл министр внутренних дел Узбекистана; участники обсудили изъятие 12 тонн "
    "наркотиков и программу обучения таможенников Казахстана, Киргизии и Таджикистана.", 15,
    "drugs")

BAD_PAGES = {
    "headline only": art("portal-en", "en", "SCO: Tianjin summit and Tashkent drug talks", "",
                         11, "bad"),
    "uncovered language": art(
        "ge-ka", "ka", "შანხაის თანამშრომლობის ორგანიზაცია",
        "ტიანძინში და ტაშკენტში 2025 წლის 1 სექტემბერს შანხაის თანამშრომლობის ორგანიზაციის "
        "შეხვედრები გაიმართა. ლიდერებმა დეკლარაცია მიიღეს, ხოლო ექსპერტებმა ნარკოტიკების "
        "წინააღმდეგ ბრძოლა განიხილეს 12 ტონა.", 11, "bad"),
    "machine-translated": art(
        "spin-en", "en", "Tianjin Tashkent SCO leaders declaration drug the meeting",
        "Tianjin summit leaders of SCO the declaration adopt was on September 1 by Xi Jinping "
        "Putin Modi. In Tashkent the anti-drug heads meeting of Uzbekistan Kazakhstan Kyrgyzstan "
        "Tajikistan seizures 12 tonnes Afghanistan the heroin was. Development bank 2035 strategy "
        "customs officers training the programme agreed it is.", 11, "bad"),
}


@pytest.mark.parametrize("kind", sorted(BAD_PAGES))
def test_a_thin_or_garbled_page_never_joins_two_stories(kind: str) -> None:
    tag = eval_dedup.tagger()
    if tag is None:
        pytest.skip("pipeline.tagging unavailable")
    bad = BAD_PAGES[kind]
    arts = [SUMMIT_EN, TASHKENT_EN, bad, SUMMIT_RU, TASHKENT_RU]
    pred = eval_dedup.run_stories(arts, eval_dedup.StoryParams(), tag)
    assert pred[bad["id"]] is not None  # stored and given a story of its own or one of these
    assert pred["wire-en"] == pred["agency-ru"]  # one meeting across languages
    assert pred["daily-en"] == pred["news-ru"]
    assert pred["wire-en"] != pred["daily-en"]
    assert len({pred[a["id"]] for a in arts if a is not bad}) == 2


def test_the_garbled_page_does_name_both_meetings() -> None:
    """The machine-translated page is a real hazard: tagging finds both venues and the tags of
    both stories in it."""
    tag = eval_dedup.tagger()
    if tag is None:
        pytest.skip("pipeline.tagging unavailable")
    tags, _ = tag(BAD_PAGES["machine-translated"])
    venues = {t[1] for t in tags if t[0] == "venue"}
    assert {"Tianjin", "Tashkent"} <= venues
    states = {t[1] for t in tags if t[0] == "state"}
    assert {"UZ", "KZ"} <= states


def test_real_coverage_figures_hold() -> None:
    """The real set (tests/data/real): strict near-duplicate kinds at P >= 0.99 and R >= 0.95 on
    real and derived pairs; story grouping across languages no worse than measured, less a small
    margin (round 2 of issue 15: dev F1 0.952, held-out test 1.000, whole 0.966 at precision
    0.939; the first blind set, used as dev from that round, 0.994 at precision 1.000; round 3:
    the second blind set, used as dev from then, 1.000; round 4: the third, 0.970; round 5:
    the fourth, 0.899; docs/benchmarks.md says where it still fails)."""
    scores = eval_dedup.real_pair_report(show_errors=False)
    for name in ("real", "derived"):
        assert scores[name].precision >= 0.99 and scores[name].recall >= 0.95, name
    if eval_dedup.tagger() is None:
        pytest.skip("pipeline.tagging unavailable")
    scores = eval_dedup.real_story_report(verbose=False)
    assert scores["dev"][2] >= 0.92 and scores["test"][2] >= 0.95
    assert scores["whole"][2] >= 0.93 and scores["whole"][0] >= 0.93
    blind = eval_dedup.real_story_report(verbose=False, data_dir=eval_dedup.REAL.parent
                                         / "real-blind", halves=False)
    assert blind["whole"][2] >= 0.95 and blind["whole"][0] >= 0.97
    # round 3: the second blind set, used as dev from that round (stories 1.000 at P 1.000; its
    # 5 real copies all found at P 1.000, derived copies R 0.995)
    blind2_dir = eval_dedup.REAL.parent / "real-blind2"
    pairs2 = eval_dedup.real_pair_report(blind2_dir, show_errors=False)
    for name in ("real", "derived"):
        assert pairs2[name].precision >= 0.99 and pairs2[name].recall >= 0.95, name
    blind2 = eval_dedup.real_story_report(verbose=False, data_dir=blind2_dir, halves=False)
    assert blind2["whole"][2] >= 0.95 and blind2["whole"][0] >= 0.97
    # round 4: the third blind set, used as dev from that round (blind run: stories F1 0.691 at
    # P 0.750, derived copies R 0.982; after round 4 stories 0.970 at P 1.000, derived copies R
    # 1.000 at P 1.000; it holds no real copy, so its real pairs measure precision only)
    blind3_dir = eval_dedup.REAL.parent / "real-blind3"
    pairs3 = eval_dedup.real_pair_report(blind3_dir, show_errors=False)
    assert pairs3["real"].precision >= 0.99
    assert pairs3["derived"].precision >= 0.99 and pairs3["derived"].recall >= 0.98
    blind3 = eval_dedup.real_story_report(verbose=False, data_dir=blind3_dir, halves=False)
    assert blind3["whole"][2] >= 0.95 and blind3["whole"][0] >= 0.97
    # round 5: the fourth blind set, used as dev from that round (blind run: stories F1 0.840 at
    # P 1.000; after round 5 0.899 at P 1.000, the rest of its splits waiting on the calendar's
    # days of the 2009 and 2010 summits or out of reach: docs/benchmarks.md). Its near-duplicate
    # figures are not at the issue's bar: three light-edit copies sit among other sets' rewrites
    # and translations by resemblance and containment, and a pair of reports sharing a wire lead
    # above them (docs/dedup.md, "Round 5"); held here at what they are.
    blind4_dir = eval_dedup.REAL.parent / "real-blind4"
    pairs4 = eval_dedup.real_pair_report(blind4_dir, show_errors=False)
    assert pairs4["real"].tp >= 2 and pairs4["real"].fp <= 1
    assert pairs4["derived"].precision >= 0.98 and pairs4["derived"].recall >= 0.99
    blind4 = eval_dedup.real_story_report(verbose=False, data_dir=blind4_dir, halves=False)
    assert blind4["whole"][2] >= 0.88 and blind4["whole"][0] >= 0.99
    # round 6: the fifth blind set, used as dev from that round (blind run: stories F1 0.700 at
    # P 0.889; after round 6 0.865 at P 1.000: docs/dedup.md, "Round 6")
    blind5_dir = eval_dedup.REAL.parent / "real-blind5"
    pairs5 = eval_dedup.real_pair_report(blind5_dir, show_errors=False)
    for name in ("real", "derived"):
        assert pairs5[name].precision >= 0.99 and pairs5[name].recall >= 0.99, name
    blind5 = eval_dedup.real_story_report(verbose=False, data_dir=blind5_dir, halves=False)
    assert blind5["whole"][2] >= 0.84 and blind5["whole"][0] >= 0.99
