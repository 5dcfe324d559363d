"""What blind set 26's reader check found in the register: a defence ministers' communiqué
registered at the foreign ministers' council of the same day and city (the meeting was not named
in Chinese), and a false "calendar lacks" note where a headline's "SCO Summit" overrode the
lead's heads of government council. Every text here is written for these tests, none is copied
from the sets."""

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


def test_a_summit_of_the_heads_of_government_is_theirs(gaz):
    # written for this test: a headline's "SCO Summit", then the lead names whose summit it is;
    # the calendar holds the heads of government in Bishkek on 3 November 2016
    body = (
        "Documents to be signed at SCO Summit in Bishkek\n\n"
        "BISHKEK. Several documents will be signed at the summit of the Council of Heads of "
        "Government of the SCO, which is held on November 3 in Bishkek, an official said.\n\n"
        "The following documents will be signed:\n"
        "- On the Concept of scientific and technical partnership of the SCO;\n"
        "- Joint Communiqué.\n"
    )
    docs = find_documents("", body, None, gaz=gaz)
    assert docs
    for d in docs:
        assert d.meeting is not None and d.meeting.gap is None, d
        assert (d.meeting.council, d.meeting.date) == (
            "SCO Heads of Government Council", date(2016, 11, 3)), d


def test_the_tagalog_name_is_the_defence_ministers_council(gaz):
    # written for this test: "the first meeting of the SCO's defence ministers"
    text = "Ito ang unang pulong ng mga ministrong pandepensa ng SCO ngayong taon."
    refs = {m.entry.ref for m in find_matches(gaz, text)}
    assert "defence_ministers_council" in refs
