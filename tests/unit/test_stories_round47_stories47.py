"""Round 47 of story grouping (blind sets 31-35 as dev): a year's review naming the meeting's
venue and month, the chairmanship passing on for the next year in an undated page's lead, a
Persian summit with a day between the meeting and its heads, and the capitals-and-dash dateline
back with a guard for a city that is another named state's seat. Every text here is written for
these tests (after the shapes of CGTN's review, a Persian agency's page, Granma's dateline and
the team's labelled Astana report), none copied from a set."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.documents.calendar import Calendar, CalendarMeeting
from pipeline.stories import (
    _SUMMIT_WORD,
    _dateline_city,
    dateline_only,
    late_report,
    months_alone,
    venue_meeting,
)

HSC = "heads_of_state_council"
QINGDAO = CalendarMeeting(id="hsc-test-qingdao", council=HSC, ordinal=30, venue="Qingdao",
                          year=2030, chair="CN", start=date(2030, 6, 9), end=date(2030, 6, 10))


@pytest.mark.parametrize("lead, months", [
    ("2030 in review: the city hosted the 30th summit of the SCO in June.", {(6, None)}),
    ("The leaders met in June 2030 and again in October.", {(6, 2030), (10, None)}),
    ("Итоги года: саммит в Циндао, июнь 2030.", {(6, 2030)}),
    # a month with its day is a date (month_days reads it), not a month alone
    ("The summit was held on June 10 and on 9-10 June, 2030.", set()),
    ("Саммит прошёл 10 июня.", set()),
    # "may" and "mar" are words too: no month
    ("Leaders may meet again; the talks may go on.", set()),
])
def test_months_alone(lead: str, months: set[tuple[int, int | None]]) -> None:
    assert months_alone("", lead) == months


def test_a_review_naming_the_meeting_s_venue_and_month_in_its_year() -> None:
    review = dict(names_meeting=True, councils=[HSC], venue="Qingdao")
    # 200 days on, dating no day, naming the summit's venue first and its month
    assert late_report(QINGDAO, date(2030, 12, 27), [], months=[(6, None)], **review)
    # the year written with the month: read in that year, up to a year on
    assert late_report(QINGDAO, date(2031, 1, 20), [], months=[(6, 2030)], **review)
    # no year written, published the next year: June of that year is no meeting's
    assert not late_report(QINGDAO, date(2031, 1, 20), [], months=[(6, None)], **review)
    # another month: another event of the year
    assert not late_report(QINGDAO, date(2030, 12, 27), [], months=[(11, None)], **review)
    # a lead dating a day of its own (a later event recalling the summit): not by its month
    assert not late_report(QINGDAO, date(2030, 12, 27), [date(2030, 12, 20)],
                           months=[(6, None)], **review)
    # another venue named first, or the meeting not named (no council, ordinal, document)
    assert not late_report(QINGDAO, date(2030, 12, 27), [], True, [HSC], "Beijing",
                           months=[(6, None)])
    assert not late_report(QINGDAO, date(2030, 12, 27), [], False, [], "Qingdao",
                           months=[(6, None)])


def test_an_undated_lead_s_chairmanship_passing_on_for_the_next_year() -> None:
    calendar = Calendar(meetings=(QINGDAO,))
    body = ("The rotating chairmanship of the SCO for the year 2031 passed to Kyrgyzstan. "
            "The president said so after the heads of state council's session in Qingdao "
            "ended on Sunday.")
    assert venue_meeting(calendar, "Qingdao", [HSC], True, "", body, {"Qingdao"}) == QINGDAO
    # a later year in a sentence of the report's own event still refuses
    other = body.replace("ended on Sunday", "ended, as in 2031")
    assert venue_meeting(calendar, "Qingdao", [HSC], True, "", other, {"Qingdao"}) is None
    # the venue named only in the sentence on what comes after: no place of the report
    after = ("The chairmanship of the SCO for the year 2031 passed to the host of Qingdao. "
             "The heads of state council's session ended on Sunday.")
    assert venue_meeting(calendar, "Qingdao", [HSC], True, "", after, {"Qingdao"}) is None


@pytest.mark.parametrize("text, summit", [
    ("پس از پایان نشست روز یکشنبه سران عضو این سازمان", True),
    ("نشست دیروز سران کشورهای عضو", True),
    ("نشست سه‌شنبه سران", True),
    # a meeting of ministers on Sunday: no summit
    ("نشست روز یکشنبه وزیران خارجه", False),
])
def test_persian_summit_with_a_day_between_the_meeting_and_its_heads(text: str,
                                                                      summit: bool) -> None:
    assert bool(_SUMMIT_WORD.search(text)) is summit


@pytest.mark.parametrize("lead, city", [
    ("MOSCÚ.— Los presidentes firmaron la declaración.", "MOSCÚ"),
    ("ASTANA – Kazakhstan has assumed the chairmanship of the SCO.", "ASTANA"),
    ("NUR-SULTAN – The heads of state met.", "NUR-SULTAN"),
    # not in capitals, or no dash after the capitals: no dateline
    ("Moscú — la capital — recibió a los líderes.", None),
    ("MOSCOW The presidents signed the declaration.", None),
])
def test_capitals_and_dash_dateline(lead: str, city: str | None) -> None:
    assert _dateline_city(lead) == city


UFA = CalendarMeeting(id="hsc-test-ufa", council=HSC, venue="Ufa", year=2030, chair="RU",
                      start=date(2030, 7, 9), end=date(2030, 7, 10))
MOSCOW = CalendarMeeting(id="chg-test-moscow", council="heads_of_government_council",
                         venue="Moscow", year=2029, chair="RU", start=date(2029, 11, 1))
DELHI = CalendarMeeting(id="hsc-test-delhi", council=HSC, venue="New Delhi", year=2031,
                        chair="IN", start=date(2031, 7, 4), format="video")
ASTANA = CalendarMeeting(id="hsc-test-astana", council=HSC, venue="Astana", year=2032,
                         chair="KZ", start=date(2032, 7, 4))
DATELINES = Calendar(meetings=(UFA, MOSCOW, DELHI, ASTANA))


def test_a_dateline_in_the_host_s_capital_and_in_another_state_s_seat() -> None:
    # Moscow: a city of the host's own meetings, a wire's dateline on the summit's day
    granma = "MOSCÚ.— Los presidentes de la OCS firmaron la declaración en Rusia."
    assert dateline_only("", granma, "Moscow", DATELINES, date(2030, 7, 10), states=["RU"])
    # Astana: the seat of Kazakhstan, which the report names beside India, the day's host
    astana = ("ASTANA – Kazakhstan has assumed the chairmanship of the SCO, taking over from "
              "India after the virtual summit on July 4.")
    assert not dateline_only("", astana, "Astana", DATELINES, date(2031, 7, 5),
                             states=["KZ", "IN"])
    # the same report naming only India: the dateline is the wire's again
    assert dateline_only("", astana.replace("Kazakhstan has", "The organisation has"), "Astana",
                         DATELINES, date(2031, 7, 5), states=["IN"])
