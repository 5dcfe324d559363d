"""Round 47 (meet47): the day of a meeting of the regions' heads, named in a summit declaration's
text, is no meeting of the heads of state the calendar lacks.

Every text here is written by the scowatch developers for these tests (the Chinese ones after
the sentence of a real page, the Bishkek Declaration's text in blind set 35, reworded).
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.documents import find_documents

TITLE_ZH = "上海合作组织成员国元首理事会比什凯克宣言"
TITLE_EN = "Bishkek Declaration of the Council of Heads of State of the SCO"


def _programme(title: str, body: str):  # type: ignore[no-untyped-def]
    found = [m for m in find_documents(title, body, None) if m.type == "programme"]
    assert len(found) == 1
    return found[0].meeting


@pytest.mark.parametrize("title,body", [
    (TITLE_ZH, "成员国积极评价2031年12月4日至6日在车里雅宾斯克举行的上合组织成员国地方领导人"
               "会晤成果,欢迎通过《上合组织成员国地方合作发展纲要》。"),
    (TITLE_EN, "The member states welcomed the adoption of the Programme of interregional "
               "cooperation at the Forum of Heads of Regions held in Chelyabinsk on 4-6 December "
               "2031."),
], ids=["zh", "en"])
def test_a_regional_leaders_meeting_is_no_calendar_gap(title: str, body: str) -> None:
    meeting = _programme(title, body)
    assert meeting.id is None and meeting.date == date(2031, 12, 4)
    assert meeting.gap is None  # no health note
    assert meeting.council is None  # the page's council is not the step's


def test_the_same_sentence_naming_no_other_meeting_keeps_the_note() -> None:
    meeting = _programme(TITLE_ZH, "成员国积极评价2031年12月4日至6日在车里雅宾斯克举行的会晤成果,"
                                   "欢迎通过《上合组织成员国地方合作发展纲要》。")
    assert meeting.gap == "SCO Heads of State Council, 2031-12-04"
