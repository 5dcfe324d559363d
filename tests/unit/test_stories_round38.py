"""Round 38 of story grouping (issue 15; blind set 30 as dev): the security track and the video
summits. A named exercise with its year ("Peace Mission 2021", "平和の使命2021", "평화사명 2010",
"مهمة السلام 2021", "Sahand 2025", "반(反)테러 협력-2024") is one event key in any language, and
its reports of the days it runs a week apart join; another year's exercise gives another key. A
summit held by video names no city: the words for "by video" in more languages (Portuguese,
Italian, Spanish, Indonesian, Korean, Japanese, Arabic, Turkish) let the calendar's video
meeting be its place, under a delegation's dateline and in the week after. Korean 제N차 and
Portuguese "23º. encontro" are read as meeting ordinals. Every text here is written by the
developers (round 38) after the shapes of the set's pages; none is copied from a set."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from pipeline.documents.calendar import default_calendar
from pipeline.stories import (
    EVENT_REACH_DAYS,
    KEY_REACH_DAYS,
    WEEK_HELD_DAYS,
    Features,
    calendar_meeting,
    event_keys,
    held_online,
    key_reach,
    lead_ordinal,
)


@pytest.mark.parametrize("title, body, key", [
    # written for this test: the Peace Mission in Japanese, Korean, Arabic, Indonesian, Italian
    ("上海協力機構の合同演習が開始",
     "対テロ合同軍事演習「平和の使命2021」は20日、ロシアで開幕した。", "peace_mission@2021"),
    ("SCO 합동훈련", "'평화사명 2010'으로 명명된 이번 훈련에는 5개국이 참가했다.",
     "peace_mission@2010"),
    ("مناورات شنغهاي",
     "انطلقت اليوم مناورات منظمة شنغهاي تحت اسم «مهمة السلام 2021» في روسيا.",
     "peace_mission@2021"),
    ("Latihan SCO", "Latihan Misi Perdamaian 2021 digelar di Orenburg, Rusia.",
     "peace_mission@2021"),
    ("Esercitazione SCO", "L'esercitazione \"Missione di pace 2014\" si terrà in Cina.",
     "peace_mission@2014"),
    # written for this test: the exercise in Iran, in Persian (Persian digits), Turkish, Korean
    ("رزمایش شانگهای",
     "این رزمایش با عنوان «سهند-ضد تروریسم-۲۰۲۵» در نزدیکی تبریز برگزار می شود.",
     "sahand_exercise@2025"),
    ("ŞİÖ tatbikatı",
     "İran, 'Sehend 2025 Ortak Terörle Mücadele Tatbikatı'nın başladığını duyurdu.",
     "sahand_exercise@2025"),
    ("SCO 훈련", "합동 대테러 훈련인 \"사한드 대테러 2025\"가 이란에서 진행됐다.",
     "sahand_exercise@2025"),
    # written for this test: the exercise in Xinjiang, in Italian and Korean
    ("Esercitazione SCO", "l'esercitazione \"Collaborazione anti-terrorismo 2024\" nello Xinjiang",
     "antiterror_cooperation_exercise@2024"),
    ("SCO 훈련", "신장에서 '반(反)테러 협력-2024' 합동 훈련을 진행했다.",
     "antiterror_cooperation_exercise@2024"),
])
def test_a_named_exercise_with_its_year_is_a_key(title: str, body: str, key: str) -> None:
    assert key in event_keys(title, body)


def test_another_year_or_no_year_gives_no_shared_key() -> None:
    # written for this test: two years of one exercise, and the name without a year
    a = event_keys("演習", "「平和の使命2010」を開始した。")
    b = event_keys("演習", "「平和の使命2012」を開始した。")
    assert a and b and not a & b
    assert not event_keys("İran", "Sahand muhribi limana girdi.")  # the name, no year: no key


def _report(when: date, key: str, phase: str | None = None) -> Features:
    return Features(1, {}, frozenset(), datetime(when.year, when.month, when.day, tzinfo=UTC),
                    keys=frozenset({key}), phase=phase)


def test_a_year_named_exercise_reaches_a_week() -> None:
    # two reports of the exercise's days a week apart (neither says it opened) link; the reach
    # stops at a week, or an announcement and the previews join the exercise
    middle = _report(date(2021, 9, 16), "peace_mission@2021")
    later = _report(date(2021, 9, 22), "peace_mission@2021")
    assert key_reach(middle, later, "peace_mission@2021") == WEEK_HELD_DAYS
    # the opening's report still reaches three weeks (round 9)
    opening = _report(date(2021, 9, 11), "peace_mission@2021", phase="opened")
    assert key_reach(opening, later, "peace_mission@2021") == EVENT_REACH_DAYS
    # a numbered meeting's reports keep the story window
    first = _report(date(2021, 9, 13), "rats#36")
    later = _report(date(2021, 9, 25), "rats#36")
    assert key_reach(first, later, "rats#36") == KEY_REACH_DAYS


@pytest.mark.parametrize("text, online", [
    # written for this test: "by video" in more languages
    ("Na cimeira, que decorreu em formato virtual sob a presidência da Índia,", True),
    ("I leader si sono riuniti in videoconferenza.", True),
    ("La cumbre, esta vez virtual, fue presidida por la India.", True),
    ("katanya pada pertemuan puncak SCO melalui konferensi video, Selasa.", True),
    ("화상으로 열린 상하이협력기구 정상회의", True),
    ("首脳会議はオンライン形式で開催された。", True),
    ("شارك الرئيس في القمة عبر تقنية الفيديو.", True),
    # written for this test: a meeting in person, a video of it
    ("A cimeira decorreu em Nova Deli.", False),
    ("Il video del vertice è stato pubblicato.", False),
])
def test_held_by_video_in_more_languages(text: str, online: bool) -> None:
    assert held_online("Cimeira", text) is online


@pytest.mark.parametrize("text, ordinal", [
    # written for this test
    ("회원국 정상 이사회 제20차 회의에서 풍성한 결실을 맺었다", 20),
    ("na 23º. encontro de chefes de Estado do bloco", 23),
    ("제2차 세계대전 이후", None),
])
def test_korean_and_portuguese_meeting_ordinals(text: str, ordinal: int | None) -> None:
    assert lead_ordinal(text) == ordinal


def test_a_video_summit_under_a_delegations_dateline() -> None:
    cal = default_calendar()
    # written for this test's shape: "SOCHI. Putin said at the SCO summit by video, Tuesday"
    args = dict(sco_named=True, summit_named=True)
    day = date(2020, 11, 11)
    found = calendar_meeting(cal, day, [day], "Sochi", (), (), None, False, online=True, **args)
    assert found is not None and found.id == "hsc-2020-moscow"
    assert calendar_meeting(cal, day, [day], "Sochi", (), (), None, False, **args) is None


def test_a_video_summit_reported_days_on_naming_no_city() -> None:
    cal = default_calendar()
    # written for this test's shape: "the 20th meeting of the heads of state, held by video"
    day = date(2020, 11, 12)
    councils = frozenset({"heads_of_state_council"})
    found = calendar_meeting(cal, day, [day], None, (), councils, 20, False, online=True)
    assert found is not None and found.id == "hsc-2020-moscow"
    # round 56: council and ordinal name one meeting in the week after it (late_report), held
    # by video or not; naming the council alone, no city and no video, resolves nothing
    assert calendar_meeting(cal, day, [day], None, (), councils, None, False) is None
