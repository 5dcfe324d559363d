"""Round 38 of near duplicates (issue 15; blind set 30 as dev): an agency's template report of
another session of one body is no copy. Xinhua reports each session of the RATS council from one
template, so the reports of two sessions share most of their sentences; a copy keeps its
original's ordinal of the meeting, a report of another session writes another one. Every text
here is written by the developers (round 38) after the shape of such wire reports; none is copied
from a set."""

from __future__ import annotations

import pytest

from pipeline.neardup import is_near_duplicate, other_session, session_ordinals, signature

# written for this test: one template, two sessions (the ordinal, the dates and years differ)
_TEMPLATE = (
    "新华社塔什干3月{day}日电 上海合作组织地区反恐怖机构理事会{held}日在塔什干宣布,"
    "成员国主管机关将在今年举办联合反恐演习。\n上合组织地区反恐怖机构理事会第{n}次例会当天在塔什干召开。来自哈萨克斯坦、中国、"
    "吉尔吉斯斯坦、俄罗斯、塔吉克斯坦、乌兹别克斯坦、印度和巴基斯坦8个成员国主管机关以及执委会代表团参加了"
    "会议。\n会议批准关于地区反恐怖机构{year}年工作的报告,赞成成员国主管机关和执委会为落实合作纲要所做的"
    "工作。会议积极评价执委会前一阶段所做工作。\n会议决定理事会下次会议于今年9月在俄罗斯举行。\n"
    "上合组织成立于2001年6月,常设机构有秘书处和地区反恐怖机构。秘书处设在中国北京。")
SESSION_34 = _TEMPLATE.format(day=16, held=15, n=34, year=2018)
SESSION_36 = _TEMPLATE.format(day=19, held=18, n=36, year=2020)


@pytest.mark.parametrize("text, ordinals", [
    # written for this test: the ordinal of a meeting as each language writes it
    ("理事会第34次例会当天在塔什干召开", {"34"}),
    ("第二十届会议", {"二十"}),
    ("第34回会合が開かれた", {"34"}),
    ("제34차 회의가 열렸다", {"34"}),
    ("the 34th regular meeting of the RATS Council", {"34"}),
    ("34-е заседание Совета РАТС", {"34"}),
    ("la 34e réunion du Conseil", {"34"}),
    ("la 34.ª reunión del consejo", {"34"}),
    ("la 34ª sessione del consiglio", {"34"}),
    ("die 34. Sitzung des Rates", {"34"}),
    # written for this test: numbers that are no meeting's ordinal
    ("on its 20th anniversary", set()),
    ("第二次世界大战", set()),
    ("It ended on March 15. The meeting approved a report.", set()),
    ("2 o más reuniones", set()),
])
def test_meeting_ordinals_by_each_grammar(text: str, ordinals: set[str]) -> None:
    assert session_ordinals(text) == ordinals


def test_a_template_report_of_another_session_is_no_copy() -> None:
    sig_a, sig_b = signature(SESSION_34), signature(SESSION_36)
    # the two sessions' reports pass the copy test on their shingles alone ...
    assert is_near_duplicate(sig_a, sig_b)
    # ... and are told apart by their ordinals
    assert other_session(SESSION_34, SESSION_36)
    assert not is_near_duplicate(sig_a, sig_b, texts=(SESSION_34, SESSION_36))


def test_a_copy_and_a_shorter_copy_stay_copies() -> None:
    mirror = "原标题:上合组织成员国将举行联合反恐演习\n" + SESSION_34
    shorter = SESSION_34.rsplit("\n", 1)[0]  # the background paragraph cut
    for copy in (mirror, shorter):
        assert not other_session(SESSION_34, copy)
        assert is_near_duplicate(signature(SESSION_34), signature(copy),
                                 texts=(SESSION_34, copy))
    # a copy cut before the ordinal's sentence names none: nothing to tell apart by
    lead = SESSION_34.split("\n", 1)[0]
    assert not other_session(lead, SESSION_36)
