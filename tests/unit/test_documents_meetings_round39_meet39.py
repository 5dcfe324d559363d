"""Round 39 (issue 14): a summit's documents among the summits held at one venue (Bishkek 2007,
2013 and 2019; Astana 2011, 2017 and 2024), placed by the chairmanship the article says passed on
(the calendar's next summit is that state's), by an Uzbek hyphenated summit ordinal, or by a
Korean "formal member" admission; a handover that fits two summits leaves the document
unresolved. A council's document that no venue places is placed by the council's next meeting
the article announces with its year and state. Every text here is written for these tests by the
scowatch developers (modelled on real reports), none is copied from the sets."""

from __future__ import annotations

from pipeline.documents import find_documents
from pipeline.documents.meetings import ordinal_in


def _meetings(body: str) -> dict[str, str | None]:
    return {m.name: m.meeting.id for m in find_documents("", body, None)}


def test_the_chairmanship_passed_to_russia_places_the_bishkek_summit_of_2019() -> None:
    body = (
        "The Council of Heads of State of the Shanghai Cooperation Organization met in Bishkek. "
        "The leaders adopted the Bishkek Declaration. "
        "The chairmanship of the organization for the coming year passed to Russia."
    )
    assert _meetings(body)["Bishkek Declaration"] == "hsc-2019-bishkek"


def test_a_chinese_next_chair_places_the_declaration_and_the_press_communique() -> None:
    body = (
        "上海合作组织成员国元首理事会会议在比什凯克举行。会议决定，下任主席国由俄罗斯担任。"
        "成员国领导人签署《上海合作组织成员国元首理事会比什凯克宣言》。"
        "会议发表了《上海合作组织成员国元首理事会会议新闻公报》。"
    )
    found = _meetings(body)
    assert set(found.values()) == {"hsc-2019-bishkek"}, found


def test_a_handover_that_fits_two_summits_leaves_the_declaration_unresolved() -> None:
    # the chairmanship passed from Bishkek to Tajikistan both in 2007 and in 2013: no guess
    body = (
        "The SCO summit in Bishkek adopted the Bishkek Declaration. "
        "The presidency of the organisation was handed over to Tajikistan."
    )
    assert _meetings(body)["Bishkek Declaration"] is None


def test_a_city_after_the_next_summit_words_is_no_state() -> None:
    body = (
        "The SCO summit in Bishkek adopted the Bishkek Declaration. "
        "The next summit will be held in Moscow."
    )
    assert _meetings(body)["Bishkek Declaration"] is None


def test_an_uzbek_hyphenated_summit_ordinal_is_read() -> None:
    assert ordinal_in("Ўтган йили ШҲТнинг 24-саммити бўлиб ўтди") == 24
    assert ordinal_in("Xitoy ShHTning 25-sammitiga mezbonlik qiladi") == 25


def test_a_korean_formal_member_admission_places_the_astana_summit_of_2017() -> None:
    body = (
        "카자흐스탄 아스타나에서 상하이협력기구(SCO) 정상회의가 열렸다. "
        "이번 회의에서 인도와 파키스탄이 정식 회원국으로 합류했다. "
        "정상들은 ‘아스타나 선언’을 채택했다."
    )
    assert _meetings(body)["Astana Declaration"] == "hsc-2017-astana"


def test_the_next_premiers_meeting_with_its_year_and_state_places_the_communique() -> None:
    # the heads of government council that announced Russia's meeting of 2011: Dushanbe 2010
    body = (
        "温家宝出席上海合作组织成员国政府首脑理事会会议。会议决定下次总理会议将于2011年在俄罗斯"
        "举行。会后，成员国总理签署了《上海合作组织成员国政府首脑(总理)理事会会议联合公报》。"
    )
    found = [m for m in find_documents("", body, None) if "联合公报" in m.name]
    assert [m.meeting.id for m in found] == ["hgc-2010-dushanbe"]


def test_the_next_meeting_without_its_year_places_no_council_document() -> None:
    # Russia chaired several heads of government meetings: without the year, no guess
    body = (
        "温家宝出席上海合作组织成员国政府首脑理事会会议。会议决定下次总理会议在俄罗斯举行。"
        "会后，成员国总理签署了《上海合作组织成员国政府首脑(总理)理事会会议联合公报》。"
    )
    found = [m for m in find_documents("", body, None) if "联合公报" in m.name]
    assert [m.meeting.id for m in found] == [None]
