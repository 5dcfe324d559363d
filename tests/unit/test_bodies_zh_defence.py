"""The defence ministers' meeting named in Chinese (the reader check of blind set 26: a defence
ministers' communiqué was registered at the foreign ministers' council of the same day and city).
Every text here is written for these tests, none is copied from the sets."""

from __future__ import annotations

from datetime import date

from pipeline.documents import find_documents
from pipeline.tagging import find_matches


def test_the_chinese_name_is_the_defence_ministers_council(gaz):
    # written for this test, in simplified and traditional script
    for text in (
        "上海合作组织成员国国防部长会议在北京举行。",
        "上海合作組織成員國國防部長會議在北京舉行。",
    ):
        refs = {m.entry.ref for m in find_matches(gaz, text)}
        assert "defence_ministers_council" in refs, text


def test_a_defence_communique_is_not_the_foreign_ministers_of_that_day(gaz):
    # written for this test: the calendar holds both councils in Beijing on 24 April 2018
    # written for this test: a communiqué's own text under its title line
    body = (
        "上海合作组织成员国国防部长会议联合公报\n"
        "上海合作组织成员国国防部长会议于2018年4月24日在北京举行。各国部长出席了会议。"
    )
    docs = find_documents("", body, date(2018, 4, 25), gaz=gaz)
    assert [(d.meeting.council, d.meeting.date) for d in docs] == [
        ("SCO Defence Ministers' Meeting", date(2018, 4, 24))
    ]
