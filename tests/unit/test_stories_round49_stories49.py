"""Round 49 of story grouping (blind set 36 as dev): a wire's dateline city that the lead's
first sentence names again as the event's place, the day a lead writes after its dateline's,
an undated lead dating an event months before the meeting it would resolve to, Uzbek futures of
a visit, and the Arabic ordinal in words in a lead. Every sentence here is written for these
tests by the round-49 helper (after the shapes of wire reports), none copied from a set."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from pipeline.documents.calendar import Calendar, CalendarMeeting
from pipeline.stories import (
    _TO_COME_UNDATED,
    _past_plain_dateline,
    dated_before,
    dated_eve,
    event_date,
    lead_ordinal,
)

HSC = "heads_of_state_council"
SUMMIT = CalendarMeeting(id="hsc-test-samarkand", council=HSC, ordinal=30, venue="Samarkand",
                         year=2030, chair="UZ", start=date(2030, 9, 15), end=date(2030, 9, 16))
CALENDAR = Calendar((SUMMIT,))
VENUES = frozenset({"Tashkent", "Samarkand"})


def test_a_dateline_city_named_again_as_the_event_s_place_stays_the_venue() -> None:
    ceremony = ("Tashkent, Sep 16: The SCO on Wednesday (September 14) signed two memoranda at "
                "a ceremony hosted in Tashkent, Uzbekistan.\n\nThe council of heads of state "
                "is meeting today in Samarkand.")
    assert _past_plain_dateline("", ceremony, "Tashkent", frozenset({"Tashkent"}), CALENDAR,
                                date(2030, 9, 16), VENUES)[0] == "Tashkent"


@pytest.mark.parametrize("body", [
    # the dateline only: the first sentence places the event in the other city
    "Tashkent, Sep 16: The leaders of the SCO met in Samarkand today for their council.",
    # the dateline's city named again beside the other city: not the event's own place alone
    "Tashkent, Sep 16: Officials in Tashkent said the council opened in Samarkand today.",
])
def test_a_dateline_city_that_is_only_the_wire_s_gives_way(body: str) -> None:
    assert _past_plain_dateline("", body, "Tashkent", frozenset({"Tashkent"}), CALENDAR,
                                date(2030, 9, 16), VENUES)[0] == "Samarkand"


@pytest.mark.parametrize("body, day", [
    # the dateline dates the filing; the lead's own day is the event's
    ("Tashkent, Sep 16: The SCO on Wednesday (September 14) signed two memoranda.",
     date(2030, 9, 14)),
    # the lead writing the dateline's day again, or no other day: the dateline's day
    ("Tashkent, Sep 16: The SCO on September 16 signed two memoranda.", date(2030, 9, 16)),
    ("Tashkent, Sep 16: The SCO signed two memoranda.", date(2030, 9, 16)),
])
def test_the_day_a_lead_writes_after_its_dateline(body: str, day: date) -> None:
    assert event_date("", body, datetime(2030, 9, 16, 12, tzinfo=UTC)) == day


def test_an_undated_lead_dating_an_event_months_before_the_meeting() -> None:
    # 4 July read in the meeting's year: two months before it, another event
    assert dated_before(SUMMIT, {(7, 4, None)})
    # the eve's week is dated_eve's, the meeting's own days and later ones are no earlier event
    assert not dated_before(SUMMIT, {(9, 12, None)}) and dated_eve(SUMMIT, {(9, 12, None)})
    assert not dated_before(SUMMIT, {(9, 16, None)})
    assert not dated_before(SUMMIT, {(7, 4, None), (9, 16, None)})
    # beyond half a year before: no reading (a date of another year written without it)
    assert not dated_before(SUMMIT, {(1, 10, None)})


@pytest.mark.parametrize("lead, ahead", [
    ("Prezident amaliy tashrif bilan Samarqand shahrida bo‘ladi.", True),
    ("Prezident amaliy tashrif bilan Samarqand shahrida bo‘ldi.", False),
    ("Prezident Xitoyga boradi", True),
    ("Prezident Xitoyga bordi", False),
    ("Bu haqida gap boradi.", False),
    ("Президент Хитойга боради", True),
])
def test_uzbek_futures_of_a_visit(lead: str, ahead: bool) -> None:
    assert bool(_TO_COME_UNDATED.search(lead)) is ahead


@pytest.mark.parametrize("lead, number", [
    ("ترأس الرئيس الاجتماع الخامس والعشرين لمجلس رؤساء دول المنظمة.", 25),
    ("انطلقت القمة الرابعة والعشرين للمنظمة.", 24),
    ("انعقدت القمة العشرين للمنظمة.", 20),
    ("عقد الاجتماع الرابع عشر للمجلس.", 14),
    ("عقد الاجتماع في المدينة.", None),
])
def test_arabic_ordinal_in_words_in_a_lead(lead: str, number: int | None) -> None:
    assert lead_ordinal(lead) == number
