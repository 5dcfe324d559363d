"""Round 51 of story grouping (issue 15, stories across languages; blind set 37 as dev): an
undated page numbering its meeting as to come below its opening is the meeting's preview, and a
wire report filed under a meeting's first day whose lead dates only the eve and tells the
meeting to come is the eve's preview. Sentences from the sets are cited with the set and item
id; the counter-examples are written for these tests."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from pipeline.documents.calendar import CalendarMeeting
from pipeline.stories import (
    eve_written_day,
    event_days,
    event_phase,
    found_preview,
    numbered_to_come,
    written_before,
)

QINGDAO = CalendarMeeting(id="hsc-2018-qingdao", council="heads_of_state_council",
                          venue="Qingdao", year=2018, ordinal=18, start=date(2018, 6, 9),
                          end=date(2018, 6, 10))
CRAWLED = date(2026, 3, 18)  # an archive crawl, years after the meeting

# blind set 37, r-c545a53d48: a quote and its speaker open the page; the meeting is numbered,
# with its days and the future, only in the second paragraph
UZ_PREVIEW = (
    "“Qingdao is called the city of sails. Hence, we are counting on the SCO to embark on a new "
    "voyage in order to reach new agreements in a new era, develop new plans for the future "
    "development of our organization,” said Ambassador Extraordinary and Plenipotentiary of "
    "China to Uzbekistan during the recent Tashkent presentation of the SCO summit in Qingdao.\n"
    "\nThe 18th session of the Council of the Heads of State of the Shanghai Cooperation "
    "Organization will be held on June 9-10 in Qingdao, Shandong Province, the People’s Republic "
    "of China. President Xi Jinping will host the summit and related events.")

# written for the test: the same opening, the meeting numbered as held
HELD = UZ_PREVIEW.replace("will be held on June 9-10", "was held on June 9-10").replace(
    "will host", "hosted")
# written for the test: the page recalls the 17th summit as to come in its day, and the 18th
# is not numbered: nothing of this meeting's time
OTHER_NUMBER = UZ_PREVIEW.replace("The 18th session", "The 17th session")
# written for the test: numbered and to come, but "today": the meeting day's programme
TODAY = UZ_PREVIEW.replace("will be held on June 9-10", "will be held today")


def test_an_undated_page_numbering_its_meeting_to_come_below_its_opening_is_a_preview() -> None:
    assert numbered_to_come(UZ_PREVIEW, QINGDAO)
    assert found_preview("", UZ_PREVIEW, CRAWLED, QINGDAO)


@pytest.mark.parametrize("body", [HELD, OTHER_NUMBER, TODAY])
def test_a_page_numbering_it_as_held_or_numbering_another_stays_a_report(body: str) -> None:
    assert not numbered_to_come(body, QINGDAO)
    assert not found_preview("", body, CRAWLED, QINGDAO)


def test_a_meeting_without_an_ordinal_is_not_read_by_number() -> None:
    unnumbered = CalendarMeeting(id="x", council="heads_of_state_council", venue="Qingdao",
                                 year=2018, start=date(2018, 6, 9), end=date(2018, 6, 10))
    assert not numbered_to_come(UZ_PREVIEW, unnumbered)


# blind set 37, r-9f8cfa8b81: Xinhua's Spanish service, filed under 9 June (the summit's first
# day), its dateline of the 8th, "the upcoming 18th summit"
XINHUA_EVE = (
    "QINGDAO, 8 jun (Xinhua) -- Después de meses de preparación, Qingdao, una ciudad costera "
    "reconocida por sus paisajes y cerveza, está lista para dar la bienvenida a los huéspedes que "
    "vienen de lejos para participar en la próxima XVIII cumbre de la Organización de "
    "Cooperación de Shanghai (OCS).\nDurante este fin de semana, líderes de los ocho países "
    "miembros de la OCS y de cuatro países observadores se reunirán.")
FIRST_DAY = datetime(2018, 6, 9, 12, tzinfo=UTC)


def test_the_upcoming_numbered_summit_is_to_come_in_spanish() -> None:
    assert event_phase("", XINHUA_EVE) == "ahead"
    # written for the test: "the next summit" with no number may be next year's: not read
    assert event_phase("", "Los líderes acordaron que la próxima cumbre sea en Kazajistán.") is None


def test_a_report_filed_on_the_first_day_dated_the_eve_and_to_come_is_the_eves_preview() -> None:
    days = event_days("", XINHUA_EVE, FIRST_DAY)
    assert days == {date(2018, 6, 8)}
    assert eve_written_day("", XINHUA_EVE, FIRST_DAY, QINGDAO, days) == date(2018, 6, 8)
    assert written_before("", XINHUA_EVE, FIRST_DAY, QINGDAO, days)


def test_a_report_dated_the_meetings_day_or_telling_it_held_stays_the_meetings() -> None:
    # written for the test: the dateline of the first day, the summit opened
    opened = ("QINGDAO, 9 jun (Xinhua) -- La XVIII cumbre de la Organización de Cooperación de "
              "Shanghai (OCS) se celebró hoy en Qingdao.")
    days = event_days("", opened, FIRST_DAY)
    assert eve_written_day("", opened, FIRST_DAY, QINGDAO, days) is None
    assert not written_before("", opened, FIRST_DAY, QINGDAO, days)
    # written for the test: dated the eve, the arrivals told as past
    arrived = ("QINGDAO, 8 jun (Xinhua) -- Los líderes de los países miembros de la Organización "
               "de Cooperación de Shanghai (OCS) llegaron a Qingdao.")
    days = event_days("", arrived, FIRST_DAY)
    assert not written_before("", arrived, FIRST_DAY, QINGDAO, days)
    # no days given (as before round 51): only a time stamp line dates the writing
    assert not written_before("", XINHUA_EVE, FIRST_DAY, QINGDAO)
