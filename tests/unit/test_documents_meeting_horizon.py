"""A document whose own name gives a year is not put at a meeting more than twenty years before it
(pipeline.documents.meetings._predates_its_name): blind set 10's register, read after round 11,
put an action plan "до 2025 года", planned for the coming St Petersburg summit in an undated
report, at the St Petersburg summit of 2002, the only one the calendar holds there.

Every text here is written by the scowatch developers for these tests, in the style of the
reports that showed the case.
"""

from __future__ import annotations

from datetime import date

from pipeline.documents import find_documents


def _meetings(gaz, body: str, published: date | None = None) -> dict[str, tuple]:
    return {d.name: (d.meeting.venue, d.meeting.date, d.meeting.id)
            for d in find_documents("", body, published_at=published, gaz=gaz)}


PREVIEW = (
    "Генеральный секретарь ШОС сообщил, что на предстоящем саммите в Санкт-Петербурге "
    "планируется утвердить более 20 документов, в том числе План действий по реализации "
    "Стратегии развития ШОС до 2025 года."
)


def test_a_plan_named_for_2025_is_not_put_at_the_summit_of_2002(gaz):
    found = _meetings(gaz, PREVIEW)
    assert found, "the plan is found"
    (venue, day, mid), = found.values()
    assert mid is None and (day is None or day.year >= 2005)  # unresolved, never 2002


def test_a_document_without_a_year_in_its_name_keeps_the_venues_only_meeting(gaz):
    # the guard touches only names that give a year: the St Petersburg Charter stays at 2002
    body = ("Лидеры государств ШОС подписали Хартию Шанхайской организации сотрудничества на "
            "саммите в Санкт-Петербурге.")
    found = _meetings(gaz, body)
    assert any(day == date(2002, 6, 7) for _, day, _ in found.values()), found


def test_a_programme_until_2035_stays_at_the_council_of_2019(gaz):
    # sixteen years ahead: within the horizon
    body = ("Премьер-министры государств-членов ШОС 2 ноября 2019 года в Ташкенте утвердили "
            "Программу многостороннего торгово-экономического сотрудничества до 2035 года.")
    found = _meetings(gaz, body, date(2019, 11, 2))
    assert any(venue == "Tashkent" and day and day.year == 2019
               for venue, day, _ in found.values()), found


def test_a_period_written_with_the_minus_sign_is_one_period(gaz):
    # blind set 11 (after its one run): "for 2025−2027" with U+2212 cut the name at 2025
    body = ("The leaders approved the Programme of Cooperation of the SCO Member States in "
            "Countering Terrorism, Separatism and Extremism for 2025\u22122027 at the summit in "
            "Astana on 4 July 2024.")
    names = [d.name for d in find_documents("", body, published_at=date(2024, 7, 4), gaz=gaz)]
    assert any(n.endswith("2025\u20132027") for n in names), names
