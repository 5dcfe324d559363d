"""Round 67 (meet67): a relative year word tied to a summit places a document at that year's
council.

"At the last year's summit in Qingdao" on a page of 2019 is the Heads of State Council of 2018:
the heads of state meet once a year, so the page's year moved by the word singles the council
out, when the sentence ties the word to a summit or a council's name, the calendar's venue of that
year agrees with a venue the sentence names, and the page is dated.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.documents import find_documents
from pipeline.documents.meetings import _RELATIVE_YEARS

# blind set 50, rb-833130b3f4 (the SCO Secretariat, 28 September 2019)
YOUTH_2019_EN = (
    "SCO Secretary-General meets with UN Secretary General's Envoy on Youth\n\n"
    "On 27 September 2019, SCO Secretary-General Vladimir Norov met with UN Secretary General's "
    "Envoy on Youth Jayathma Wickramanayake.\n\n"
    "Vladimir Norov underscored that the adoption of the Joint Address of the Heads of Shanghai "
    "Cooperation Organisation for the Youth and the Programme of Action for its implementation "
    "at the last year's summit in Qingdao was a significant event in the SCO activities."
)

# the same reading with no venue: a strategy approved "at last year's SCO summit" (a page of 2026)
STRATEGY_EN = (
    "The SCO Secretary-General met journalists in Beijing.\n"
    "He recalled that the heads of state approved the SCO Development Strategy until 2035 at "
    "last year's SCO summit."
)
STRATEGY_RU = (
    "Генеральный секретарь ШОС встретился с журналистами в Пекине.\n"
    "Он напомнил, что на прошлогоднем саммите ШОС главы государств утвердили Стратегию развития "
    "ШОС на 2026–2035 годы."
)

# a "last year" the sentence ties to a joining, not to the summit (Xinhua's wording of the
# Qingdao summit, blind set 32 rb-144c053433, with the declaration's name)
BISHKEK_2019_EN = (
    "BISHKEK, June 14 -- The SCO heads of state signed the Bishkek Declaration at the summit, "
    "which praised the smooth integration of India and Pakistan, who became full members last year."
)


def _meeting_id(found: list, start: str) -> str | None:
    mention = next(m for m in found if m.name.startswith(start))
    return mention.meeting.id if mention.meeting is not None else None


def test_last_years_summit_at_its_venue_is_the_council_of_the_year_before() -> None:
    found = find_documents("", YOUTH_2019_EN, date(2019, 9, 28))
    assert _meeting_id(found, "Joint Address") == "hsc-2018-qingdao"
    assert _meeting_id(found, "Programme of Action") == "hsc-2018-qingdao"


def test_a_venue_the_calendar_does_not_hold_that_year_stays_unresolved() -> None:
    # a page of 2031: the council of 2030 did not meet in Qingdao; no guess at Qingdao 2018
    found = find_documents("", YOUTH_2019_EN, date(2031, 9, 28))
    assert _meeting_id(found, "Joint Address") is None


@pytest.mark.parametrize("text", [STRATEGY_EN, STRATEGY_RU])
def test_last_years_summit_without_a_venue(text: str) -> None:
    found = find_documents("", text, date(2026, 3, 15))
    assert _meeting_id(found, "SCO Development Strategy") == "hsc-2025-tianjin"


def test_without_the_word_the_summit_is_not_singled_out() -> None:
    # the council named and no year: a page of March is no report of the summit of September
    found = find_documents("", STRATEGY_EN.replace("last year's ", "the "), date(2026, 3, 15))
    assert _meeting_id(found, "SCO Development Strategy") is None


def test_a_relative_year_far_from_the_summit_word_is_not_read() -> None:
    # "last year" dates the joining, 60 characters after "summit": the declaration stays at the
    # page's summit
    found = find_documents("", BISHKEK_2019_EN, date(2019, 6, 14))
    assert _meeting_id(found, "Bishkek Declaration") == "hsc-2019-bishkek"


def _offsets(text: str) -> set[int]:
    return {offset for offset, pattern in _RELATIVE_YEARS if pattern.search(text)}


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ("at the last year's summit in Qingdao", -1),
        ("на прошлогоднем саммите в Астане", -1),
        ("去年7月阿斯塔纳峰会上", -1),
        ("Geçen yıl düzenlenen Astana zirvesinde", -1),
        ("la cumbre de la OCS del año pasado", -1),
        ("im vergangenen Jahr bei einem virtuellen Gipfel", -1),
        ("سپتامبر سال گذشته، در نشست سمرقند", -1),
        ("at this year's summit", 0),
        ("明年的峰会", 1),
        ("le sommet de l'an prochain", 1),
    ],
)
def test_relative_year_words(text: str, offset: int) -> None:
    assert _offsets(text) == {offset}


@pytest.mark.parametrize(
    "text",
    ["in den letzten Jahren", "در پنج سال گذشته", "over the past year", "the previous year"],
)
def test_not_a_relative_year(text: str) -> None:
    assert not _offsets(text)


def test_an_undated_page_reads_no_relative_year() -> None:
    found = find_documents("", STRATEGY_EN, None)
    assert _meeting_id(found, "SCO Development Strategy") is None
