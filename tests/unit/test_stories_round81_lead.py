"""Round 81 (lead): a Korean word glossed in Chinese characters in parentheses is no wire
dateline with its agency (blind set 43's film week in Qingdao had joined the Tianjin summit)."""

from __future__ import annotations

import pytest

from pipeline.stories import _dateline_city
from tests.unit.round_helpers import set_item, set_stories


def test_a_hanja_gloss_is_no_agency_dateline() -> None:
    # blind set 43 r-a499692fb3: "중국 중앙방송총국과 청도시(靑島市) 인민정부가 공동 주최한 ..."
    item = set_item("real-blind43", "r-a499692fb3")
    assert _dateline_city(item["text"]) is None


@pytest.mark.parametrize("labelled_set, item_id, city", [
    # a Korean report glossing 시진핑 (習近平): the person's name, no dateline either
    ("real-blind30", "r-a3e435c0f8", None),
    # Xinhua's dateline, the agency first, a reporter in parentheses: still Tashkent's
    ("real-blind30", "r-41ad49d2ba", "新华社塔什干3月16日电"),
])
def test_real_leads(labelled_set: str, item_id: str, city: str | None) -> None:
    item = set_item(labelled_set, item_id)
    assert _dateline_city(item["text"]) == city


@pytest.mark.parametrize("lead, city", [
    # written for this test: Urdu city and agency, and a Korean city before an English agency
    ("بیجنگ: (دنیا نیوز) اجلاس آج سے چین میں شروع ہورہا ہے۔", "بیجنگ"),
    ("톈진 (AP) 정상회의가 열렸다", "톈진"),
])
def test_agency_datelines_stay(lead: str, city: str) -> None:
    assert _dateline_city(lead) == city


def test_the_film_week_is_not_the_summit_s_report() -> None:
    # blind set 43: lenta.ru's Tianjin summit report and the Korean page of the SCO film and TV
    # week in Qingdao (22-31 August 2025), both published on 1 September 2025
    items = [set_item("real-blind43", "r-9d9b450d3a"), set_item("real-blind43", "r-a499692fb3")]
    feats, stories = set_stories(items)
    assert feats[1].meeting is None
    assert feats[1].venue == "Qingdao"
    assert stories[0] != stories[1]
