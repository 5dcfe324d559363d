"""Round 28 of story grouping (blind sets 1-22 as dev): "tomorrow" as a date after publication
(a preview of the next day is kept apart from the reports of what came before it), a Korean
agency's dateline city that is not the venue, and German names of the foreign and defence
ministers' meetings (bodies.toml). Every text here is written
by the developers after the shapes of the sets' reports; none is copied from them."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from pipeline.stories import (
    Features,
    _past_dateline,
    event_days,
    is_preview,
    lead_dates,
    preview_apart,
)
from pipeline.tagging import tag_article

PUB = datetime(2025, 10, 7, 12, tzinfo=UTC)



@pytest.mark.parametrize("lead", [
    "Cumhurbaşkanı yarın zirveye katılmak üzere Bakü'ye gidecek.",  # written for this test
    "The president will travel tomorrow to the summit of the organisation.",
    "Президент завтра отправится на саммит организации.",
    "主席明天将出席峰会。",
])
def test_tomorrow_is_a_date_after_publication(lead: str) -> None:
    assert [d for _, d in lead_dates("", lead, PUB)] == [date(2025, 10, 8)]
    assert is_preview("", lead, PUB)
    assert event_days("", lead, PUB) == frozenset({date(2025, 10, 7)})  # never an event day


def test_tomorrow_with_a_day_on_or_before_publication_is_no_preview() -> None:
    # written for this test: a dateline of publication day, the summit tomorrow
    assert not is_preview("", "ASTANA, October 7 - The summit opens tomorrow.", PUB)


def _f(aid: int, **kw) -> Features:
    return Features(aid, {f"w{aid}": 1.0}, frozenset(), PUB, day=date(2025, 10, 7),
                    days=frozenset({date(2025, 10, 7)}), **kw)


def test_a_preview_of_tomorrow_is_apart_from_the_reports_of_its_day() -> None:
    preview = _f(1, preview=True, ahead=True, tomorrow=True)
    held = _f(2)  # "the president attended the summit held in Gabala" on the same day
    assert preview_apart(preview, held) and preview_apart(held, preview)
    # a preview dating its meeting's days ("del 8 al 9 de octubre") keeps the eve's arrivals
    assert not preview_apart(replace(preview, tomorrow=False), held)
    # two previews of tomorrow stay comparable
    assert not preview_apart(preview, replace(held, preview=True, ahead=True, tomorrow=True))
    # ... as does a report whose lead dates a day to come too
    assert not preview_apart(preview, replace(held, ahead=True))


def test_german_names_of_the_ministers_meetings(gaz) -> None:
    # written for this test
    sco = "der Schanghaier Organisation für Zusammenarbeit"
    for text, body in [
        (f"In Tianjin fand ein Treffen der Außenminister {sco} statt.",
         "SCO Council of Foreign Ministers"),
        (f"Der Außenministerrat {sco} tagte in Astana.", "SCO Council of Foreign Ministers"),
        (f"Das Treffen der Verteidigungsminister {sco} in Qingdao.",
         "SCO Defence Ministers' Meeting"),
    ]:
        assert body in tag_article(gaz, "", text, "de").bodies
    # not for an article that is not about the SCO
    assert not tag_article(gaz, "", "Ein Treffen der Außenminister der G7 in Rom.", "de").bodies


def test_a_korean_agencys_dateline_city_is_not_the_venue() -> None:
    # written for this test: filed from Moscow, the summit in Astana
    body = ("(모스크바=연합뉴스) 홍길동 특파원 = 회원국들이 새 회원국을 받아들였다.\n"
            "통신에 따르면 회원국들은 9일 카자흐스탄 아스타나에서 정상회의를 개최했다.")
    assert _past_dateline("", body, "Moscow", frozenset({"Moscow"})) == (
        "Astana", frozenset({"Astana"}))
    # a lead naming no other venue keeps the dateline's city
    alone = "(모스크바=연합뉴스) 홍길동 특파원 = 대통령이 크렘린에서 말했다."
    assert _past_dateline("", alone, "Moscow", frozenset({"Moscow"}))[0] == "Moscow"
    # ... as does a report whose first venue is not the dateline's
    assert _past_dateline("", body, "Astana", frozenset({"Astana"}))[0] == "Astana"
    # no agency dateline: unchanged
    plain = "회원국들은 모스크바에서 만났고 아스타나에서 정상회의를 개최했다."
    assert _past_dateline("", plain, "Moscow", frozenset({"Moscow"}))[0] == "Moscow"
