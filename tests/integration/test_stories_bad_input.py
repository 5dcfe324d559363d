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
    0.939; the blind sets used as dev since: DEV_FLOORS below)."""
    scores = eval_dedup.real_pair_report(show_errors=False)
    for name in ("real", "derived"):
        assert scores[name].precision >= 0.99 and scores[name].recall >= 0.95, name
    if eval_dedup.tagger() is None:
        pytest.skip("pipeline.tagging unavailable")
    scores = eval_dedup.real_story_report(verbose=False)
    assert scores["dev"][2] >= 0.92 and scores["test"][2] >= 0.95
    assert scores["whole"][2] >= 0.93 and scores["whole"][0] >= 0.93


# Blind sets used as dev data from a round on (docs/benchmarks.md, each round's section): story
# F1 and precision, and near-duplicate precision and recall on real and derived copies, held at
# what the round reached less a small margin. None: not held (the set has no real copy, or its
# copies were not worked on).
DEV_FLOORS = {
    # round 2: stories 0.994 at P 1.000
    "real-blind": {"stories": (0.95, 0.97)},
    # round 3: stories 1.000 at P 1.000; its 5 real copies found at P 1.000, derived R 0.995
    "real-blind2": {"stories": (0.95, 0.97), "real": (0.99, 0.95), "derived": (0.99, 0.95)},
    # round 4: blind run F1 0.691 at P 0.750, after it 0.970 at P 1.000; derived R 0.982 ->
    # 1.000; no real copy in the set, so its real pairs measure precision only
    "real-blind3": {"stories": (0.95, 0.97), "real": (0.99, None), "derived": (0.99, 0.98)},
    # round 5: blind run 0.840 at P 1.000, after it 0.899 (0.952 with round 5's calendar days);
    # near duplicates not at the issue's bar: three light-edit copies sit among other sets'
    # rewrites and translations, and a pair sharing a wire lead above them (docs/dedup.md,
    # "Round 5"); held at what they are (2 of 5 found, 1 false)
    "real-blind4": {"stories": (0.88, 0.99), "real": (0.66, 0.40), "derived": (0.98, 0.99)},
    # round 6: blind run 0.700 at P 0.889, after it 0.865 at P 1.000 (docs/dedup.md, "Round 6")
    "real-blind5": {"stories": (0.84, 0.99), "real": (0.99, 0.99), "derived": (0.99, 0.99)},
    # round 7: blind run 0.600 at P 0.833 (0.727 at P 0.870 with the calendar's meetings added
    # since), after it 0.939 at P 0.912 (the one loss: the arguable merge of a report of the eve,
    # docs/dedup.md, "Round 7"); its one real copy found, derived P and R 1.000
    "real-blind6": {"stories": (0.92, 0.90), "real": (0.99, 0.99), "derived": (0.99, 0.99)},
    # round 8: blind run 0.393 at P 1.000 (no meeting of the calendar), after it 0.559 at
    # P 1.000 (numbered recurring events, docs/dedup.md, "Numbered recurring events"); 4 of
    # its 5 real copies found, derived R 0.996
    "real-blind7": {"stories": (0.54, 0.99), "real": (0.99, 0.79), "derived": (0.99, 0.99)},
    # round 10: blind run 0.431 at P 0.855 (summits split by language), after it 0.793 at
    # P 0.886 (the SCO's names, venues and council words in more languages, docs/dedup.md,
    # "Round 10"); its near duplicates were not worked on here
    "real-blind9": {"stories": (0.78, 0.88)},
    # round 11: blind run 0.790 at P 0.770 (the Tianjin foreign ministers' council with two
    # previews of its eve), after it 0.844 at P 0.771 (the SCO's names in Tamil, Malay, Albanian,
    # Sindhi, the Arabic-script letter fold, Tianjin in Urdu; docs/dedup.md, "Round 11"); its
    # near duplicates were not worked on here. Round 70: 0.818 at P 0.730, one merge more: Bilawal
    # meeting Lavrov in Goa on the council's day (labelled apart, `x-bilawal-lavrov-goa-2023`)
    # joins the council's story, as the sideline-talks decision has it (set 1's guideline; sets
    # 50 and 51 label so): scored under that rule (scripts/eval_sideline_rule.py) set 10 rose,
    # 0.818 -> 0.853 at P 0.771 -> 0.784, so the floor follows the labels' figure down
    "real-blind10": {"stories": (0.81, 0.72)},
}


@pytest.mark.parametrize("name", DEV_FLOORS)
def test_blind_sets_used_as_dev_hold_their_figures(name: str) -> None:
    floors = DEV_FLOORS[name]
    folder = eval_dedup.REAL.parent / name
    pairs = eval_dedup.real_pair_report(folder, show_errors=False)
    for kind in ("real", "derived"):
        if kind in floors:
            precision, recall = floors[kind]
            assert pairs[kind].precision >= precision, (name, kind)
            assert recall is None or pairs[kind].recall >= recall, (name, kind)
    if eval_dedup.tagger() is None:
        pytest.skip("pipeline.tagging unavailable")
    f1, precision = floors["stories"]
    stories = eval_dedup.real_story_report(verbose=False, data_dir=folder, halves=False)
    assert stories["whole"][2] >= f1 and stories["whole"][0] >= precision, name
