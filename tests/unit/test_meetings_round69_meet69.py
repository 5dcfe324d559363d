"""Round 69 (meet69): a day or weekday an undated page gives alone, and a treaty's own text.

- An undated page whose step is left at a venue with no date, its sentence giving only a day of
  the month (Korean "15일", Chinese "15日") or a weekday, or its lead naming the venue doing so,
  is at the one meeting there whose session day fell on it (blind set 17: the Astana councils of
  2005, 2011, 2017 and 2024 told apart by "15일" and "on Thursday").
- A treaty's own text naming no meeting is at the meeting the public record places its one
  signing at (`meeting_documents.toml`); "上海" inside the SCO's own name is no venue (blind set
  39's copies of the border cooperation agreement).
"""

from __future__ import annotations

from datetime import date

from pipeline.documents import tag_and_find
from pipeline.documents.keys import document_key
from pipeline.documents.meetings import _day_it_names
from pipeline.documents.mentions import _recorded_meetings
from tests.unit.round_helpers import GAZ

ASTANA = "Astana Declaration"
BORDER = "上海合作组织成员国边防合作协定"


def _placed(body: str, published: date | None = None) -> dict[str, str | None]:
    return {m.name: m.meeting.id for m in tag_and_find(GAZ, "", body, published)[1]}


def test_day_alone_picks_the_venue_meeting_held_that_day() -> None:
    body = ("상하이협력기구(SCO) 정상회의가 15일(현지시간) 카자흐스탄 수도 아스타나에서 "
            "‘아스타나 선언’을 채택하고 폐막했다.")
    assert _placed(body).get(ASTANA) == "hsc-2011-astana"


def test_another_day_alone_picks_another_year() -> None:
    body = ("상하이협력기구(SCO) 정상회의가 9일(현지시간) 카자흐스탄 수도 아스타나에서 "
            "‘아스타나 선언’을 채택하고 폐막했다.")
    assert _placed(body).get(ASTANA) == "hsc-2017-astana"


def test_day_no_meeting_was_held_on_stays_unresolved() -> None:
    body = ("상하이협력기구(SCO) 정상회의가 20일(현지시간) 카자흐스탄 수도 아스타나에서 "
            "‘아스타나 선언’을 채택하고 폐막했다.")
    placed = _placed(body)
    assert ASTANA in placed and placed[ASTANA] is None


def test_weekday_in_the_lead_places_the_next_sentences_declaration() -> None:
    body = ("Several documents were signed at the Shanghai Cooperation Organization summit in "
            "Astana on Thursday.\n\nThe Astana Declaration of the summit was also adopted, the "
            "agency reports.")
    assert _placed(body).get(ASTANA) == "hsc-2024-astana"


def test_weekday_of_a_first_day_is_not_a_session_day() -> None:
    # Astana 2017 opened on Thursday 8 June and sat on Friday 9 June; 2024 sat on Thursday 4 July
    body = ("Several documents were signed at the Shanghai Cooperation Organization summit in "
            "Astana on Friday.\n\nThe Astana Declaration of the summit was also adopted.")
    assert _placed(body).get(ASTANA) == "hsc-2017-astana"


def test_a_dated_page_keeps_its_own_reading() -> None:
    body = ("상하이협력기구(SCO) 정상회의가 15일(현지시간) 카자흐스탄 수도 아스타나에서 "
            "‘아스타나 선언’을 채택하고 폐막했다.")
    # a page of July 2024: its date, not the day alone, places the declaration
    assert _placed(body, date(2024, 7, 5)).get(ASTANA) != "hsc-2011-astana"


def test_day_it_names_reads_a_day_alone_only() -> None:
    assert _day_it_names("峰会15日在阿斯塔纳举行") == (15, set())
    assert _day_it_names("峰会15日至16日在阿斯塔纳举行") == (15, set())
    assert _day_it_names("峰会6月15日在阿斯塔纳举行") is None  # a day with its month
    assert _day_it_names("2011年峰会15日在阿斯塔纳举行") is None  # a year
    assert _day_it_names("held in Astana on Thursday") == (None, {3})
    assert _day_it_names("from Wednesday to Thursday in Astana") is None  # two weekdays
    assert _day_it_names("held in Astana") is None


def test_border_agreement_is_recorded_at_ufa() -> None:
    assert _recorded_meetings()[document_key(BORDER)] == "hsc-2015-ufa"
    assert _recorded_meetings()[document_key("上海合作組織成員國邊防合作協定")] == "hsc-2015-ufa"


def test_treaty_own_text_naming_no_meeting_is_at_its_recorded_signing() -> None:
    body = ("上海合作組織成員國邊防合作協定\n"
            "上海合作組織成員國(以下簡稱各方),\n"
            "遵照公認的國際法原則和本國法律,\n"
            "為加強各方在保衛國界和維護邊境地區安全領域裡的合作,\n"
            "達成協議如下:\n")
    placed = _placed(body)
    assert placed.get("上海合作組織成員國邊防合作協定") == "hsc-2015-ufa", placed


def test_a_report_recalling_the_border_agreement_without_its_meeting_is_at_ufa() -> None:
    # round 55's register test used this sentence for a step naming no meeting; the record now
    # places it (tests/integration/test_register_one_card_round55_meet55.py moved to another
    # agreement)
    body = ("The Agreement on Border Defence Cooperation of the SCO Member States, signed by the "
            "member states, entered into force after its ratification.")
    placed = {m.key: m.meeting.id for m in tag_and_find(GAZ, "", body, None)[1]}
    assert placed.get(document_key(BORDER)) == "hsc-2015-ufa", placed
