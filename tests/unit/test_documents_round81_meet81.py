"""Round 81 (meet81): a sentence's own date and summit words place its document (issue 14).

A sentence's own full date rules out a calendar meeting of other days (a meeting's days, give or
take one, are its days); a sentence's own summit word names the heads of state's council, unless
the page is about the heads of government, whose meeting its reports also call the summit; an
undated page's summit at a named place takes the year of the sentence before or of the lead.

Texts marked "written" are written by the scowatch developers for these tests; the others are read
from the real sets under tests/data.
"""

from __future__ import annotations

from datetime import date

from round_helpers import GAZ, documents_body, set_item

from pipeline.documents import DocumentMention, tag_and_find

ENERGY_2030 = "2030 cooperation development energy strategy until"
LETTER_OF_INTENT = "上海合作组织成员国教育部关于为成立上海合作组织大学采取进一步一致行动的意向书"


def _mentions(body: str) -> dict[str, DocumentMention]:
    """Key -> mention of the documents `tag_and_find` finds in an undated body (no title)."""
    return {d.key: d for d in tag_and_find(GAZ, "", body, None)[1]}


def _by_name(body: str) -> dict[str, DocumentMention]:
    return {d.name: d for d in tag_and_find(GAZ, "", body, None)[1]}


# ---- a sentence's own full date ----------------------------------------------------------------


def test_a_signing_dated_a_week_before_a_council_is_not_at_it() -> None:
    # blind set 43 rb-fb7f4ed37b: "2008年初, ... 2008年10月23日在阿斯塔纳签订了《...意向书》"; the
    # heads of government met in Astana on 30 October 2008: the letter stays at no calendar
    # meeting, at the place and day its sentence gives
    found = _by_name(documents_body("real-blind43", "rb-fb7f4ed37b"))
    meeting = found[LETTER_OF_INTENT].meeting
    assert meeting.id is None
    assert (meeting.venue, meeting.date and meeting.date.isoformat()) == ("Astana", "2008-10-23")
    assert meeting.council is None and meeting.gap is None


def test_a_date_on_a_meetings_second_day_keeps_that_meeting() -> None:
    # counter-case, blind set 28 rb-9a967252d9: "在2022年9月16日于乌兹别克斯坦撒马尔罕举行的上合
    # 元首理事会会议上, ... 备忘录已经签署": the Samarkand summit was held on 15-16 September
    found = tag_and_find(GAZ, "", documents_body("real-blind28", "rb-9a967252d9"), None)[1]
    placed = {d.meeting.id for d in found if "备忘录" in d.evidence}
    assert placed == {"hsc-2022-samarkand"}


def test_a_written_date_the_day_before_a_summit_is_its_eve() -> None:
    # written: the date the day before the summit's first day (15-16 September 2022) is within
    # the summit's slack; the signing is on its eve, at Samarkand, not at another meeting
    body = (
        "Die SCO-Gipfelkonferenz fand in Samarkand statt. "
        "Am 14. September 2022 unterzeichneten die Außenminister in Samarkand das Memorandum "
        "über die Verpflichtungen der Republik Iran."
    )
    for mention in tag_and_find(GAZ, "", body, None)[1]:
        assert mention.meeting.id in (None, "hsc-2022-samarkand")
        assert mention.meeting.venue == "Samarkand"


# ---- a sentence's own summit word --------------------------------------------------------------


def test_a_summit_in_a_report_of_the_energy_ministers() -> None:
    # blind set 43 rb-b1507b8f22 (undated): "26 июня 2024 года ... Совещание министров энергетики",
    # then the strategy "утверждённой на саммите в Астане": the heads of state's Astana summit
    # of that year, not the energy ministers' council of the page
    meeting = _mentions(documents_body("real-blind43", "rb-b1507b8f22"))[ENERGY_2030].meeting
    assert meeting.id == "hsc-2024-astana"


def test_an_unresolved_summit_is_the_heads_of_states() -> None:
    # blind set 10 r-78e91a1c48 (undated, a report of the sanitary services' heads): "на
    # предстоящем саммите в Санкт-Петербурге планируется утвердить ... план действий": the
    # planned summit, unresolved, is the heads of state's, not "no council"
    item = set_item("real-blind10", "r-78e91a1c48")
    found = tag_and_find(GAZ, "", item["text"], None)[1]
    plan = next(d for d in found if d.type == "action_plan")
    assert (plan.meeting.council, plan.meeting.venue) == ("SCO Heads of State Council",
                                                          "St Petersburg")


def test_a_page_on_the_heads_of_government_keeps_their_summit() -> None:
    # counter-case, blind set 15 rb-9324cf33ba: a preview of the heads of government in Moscow,
    # "The proceedings of the summit will culminate in the formal adoption of a Joint Communiqué":
    # that summit is the page's council's meeting (17-18 November 2025)
    found = _mentions(documents_body("real-blind15", "rb-9324cf33ba"))
    assert found["communiqué joint"].meeting.id == "hgc-2025-moscow"


def test_a_summit_place_with_no_summit_there_that_year_stays_unresolved() -> None:
    # written: an undated page on the energy ministers dated 2020 recalls a strategy approved "at
    # the summit in Astana"; no summit was held there in 2020, nor in the 400 days before: the
    # heads of state's council at Astana, unresolved rather than a guessed year
    body = (
        "On 26 June 2020 the SCO energy ministers met in Dushanbe.\n\n"
        "The ministers discussed the SCO Energy Cooperation Development Strategy until 2030, "
        "approved at the summit in Astana."
    )
    found = _mentions(body)
    assert ENERGY_2030 in found
    meeting = found[ENERGY_2030].meeting
    assert meeting.id is None
    assert (meeting.council, meeting.venue) == ("SCO Heads of State Council", "Astana")


def test_a_dated_page_reads_no_year_from_its_lead() -> None:
    # written counter-case: the same report on a page dated 27 June 2024, a week before the
    # Astana summit of 3-4 July: an approval "at the summit in Astana" is none of that year's
    # (still to come); the lead's year stands in only for an undated page's
    body = (
        "On 26 June 2024 the SCO energy ministers met in Ningbo.\n\n"
        "The ministers discussed the SCO Energy Cooperation Development Strategy until 2030, "
        "approved at the summit in Astana."
    )
    found = {d.key: d for d in tag_and_find(GAZ, "", body, date(2024, 6, 27))[1]}
    assert found[ENERGY_2030].meeting.id is None
    assert found[ENERGY_2030].meeting.council == "SCO Heads of State Council"
