"""Unit tests of round 35 (calendar): the SCO's other meeting kinds (sectoral ministers, supreme
courts' presidents, emergency agencies ...) as calendar councils, defined by data only, and the
document finder placing their documents at their meetings, never a summit's or a foreign
ministers' council's report at them.

Every article text here is written by the scowatch developers for these tests.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from round_helpers import gaz_docs

from pipeline.documents.calendar import (
    calendar_council_names,
    default_calendar,
    load_calendar,
    meeting_bodies,
)


def test_every_meeting_kind_of_the_bodies_file_is_a_calendar_council_with_its_name():
    # written for the test: the names come from gazetteers/bodies.toml, not from code
    names = calendar_council_names()
    assert names["health_ministers"] == "SCO Meeting of Health Ministers"
    assert names["supreme_courts"] == "SCO Meeting of Supreme Court Presidents"
    # the six councils keep their names
    assert names["foreign_ministers_council"] == "SCO Council of Foreign Ministers"
    assert set(names) <= meeting_bodies()


def test_a_sectoral_meeting_of_the_calendar_shows_its_kind_name():
    meeting = default_calendar().get("health-2025-xian")
    assert meeting is not None
    assert meeting.council_name == "SCO Meeting of Health Ministers"
    assert meeting.day == date(2025, 4, 28)


def test_a_users_calendar_file_adds_a_meeting_of_a_kind_without_code(tmp_path: Path):
    extra = tmp_path / "mine.toml"
    extra.write_text(
        '[[meeting]]\nid = "culture-2031-testville"\ncouncil = "culture_ministers"\n'
        'venue = "Astana"\nyear = 2031\nstart = 2031-05-20\nsource = "written for the test"\n',
        encoding="utf-8",
    )
    meeting = load_calendar([extra]).get("culture-2031-testville")
    assert meeting is not None and meeting.council_name == "SCO Meeting of Culture Ministers"
    bad = tmp_path / "bad.toml"
    bad.write_text(
        '[[meeting]]\nid = "x"\ncouncil = "ministers_of_nothing"\nvenue = "Astana"\nyear = 2031\n',
        encoding="utf-8",
    )
    with pytest.raises(ValueError):
        load_calendar([bad])


@pytest.mark.parametrize(
    ("body", "published"),
    [
        (
            "The eighth meeting of the SCO health ministers was held on 28 April. The ministers "
            "signed the Joint Statement on Cooperation in Digital Health.",
            date(2025, 4, 29),
        ),
        (
            "28 апреля состоялось 8-е совещание министров здравоохранения государств-членов ШОС. "
            "Министры подписали Совместное заявление о сотрудничестве в области цифрового "
            "здравоохранения.",
            date(2025, 4, 29),
        ),
        (
            "上海合作组织成员国第八次卫生部长会议4月28日举行,各方签署了《上海合作组织成员国卫生部长"
            "关于数字健康合作的联合声明》。",
            date(2025, 4, 28),
        ),
        (
            "上海合作組織成員國第八次衛生部長會議4月28日舉行,各方簽署了《上海合作組織成員國衛生部長"
            "關於數字健康合作的聯合聲明》。",
            date(2025, 4, 28),
        ),
    ],
)
def test_a_document_of_a_sectoral_meeting_resolves_to_it(gaz, body, published):
    docs = gaz_docs(gaz, body, published)
    assert docs
    assert {d.meeting.id for d in docs} == {"health-2025-xian"}


def test_a_sectoral_meeting_another_day_is_not_placed(gaz):
    # the health ministers' meeting of another year: the calendar lacks it, so no meeting
    body = (
        "The SCO health ministers met on 14 March and signed the Joint Statement on Cooperation "
        "in Digital Health."
    )
    docs = gaz_docs(gaz, body, date(2029, 3, 15))
    assert docs
    assert all(d.meeting.id is None for d in docs)


def test_a_summit_report_naming_no_sectoral_meeting_is_never_placed_at_one(gaz):
    # a summit and a supreme courts' meeting in the same city: the summit's report stays there
    body = (
        "The SCO summit in Shanghai adopted the Declaration on the Fifth Anniversary of the "
        "Shanghai Cooperation Organisation on 15 June 2006."
    )
    docs = gaz_docs(gaz, body, date(2006, 9, 22))
    assert docs
    assert all(not (d.meeting.id or "").startswith("supreme-courts") for d in docs)


def test_a_foreign_ministers_report_of_the_same_days_keeps_its_council(gaz):
    # written for the test: a foreign ministers' council in Xi'an on the health ministers' days
    # (no such council: it stays unresolved, never at the health ministers' meeting)
    body = (
        "The SCO Council of Foreign Ministers met in Xi'an on 28 April 2025 and adopted the "
        "Joint Communique of the Council."
    )
    docs = gaz_docs(gaz, body, date(2025, 4, 28))
    assert docs
    assert all(d.meeting.id != "health-2025-xian" for d in docs)


# ---- a clause citing an earlier meeting's agreement is not the signing's meeting --------------


@pytest.mark.parametrize(
    "body",
    [
        "On 16 August 2007 the Council of Heads of State met in Bishkek. In accordance with the "
        "agreement reached at the anniversary summit (Shanghai, 15 June 2006), the heads of "
        "state signed the Treaty on Long-Term Good-Neighbourliness, Friendship and Cooperation "
        "of the SCO Member States.",
        "2007年8月16日,上海合作组织成员国元首理事会会议在比什凯克举行。根据元首理事会纪念峰会"
        "(上海,2006年6月15日)达成的协议,元首们签署了《上海合作组织成员国长期睦邻友好合作条约》。",
        "16 августа 2007 года в Бишкеке состоялось заседание Совета глав государств-членов ШОС. "
        "В соответствии с договоренностью, достигнутой на юбилейном саммите (Шанхай, 15 июня "
        "2006 года), главы государств подписали Договор о долгосрочном добрососедстве, дружбе и "
        "сотрудничестве государств-членов Шанхайской организации сотрудничества.",
    ],
)
def test_a_cited_earlier_agreement_does_not_place_the_signing(gaz, body):
    # written for the test
    docs = gaz_docs(gaz, body)
    assert docs
    assert {d.meeting.id for d in docs} == {"hsc-2007-bishkek"}


def test_the_secretariats_english_name_of_the_heads_of_state_council(gaz):
    # written for the test: the council named as the Secretariat writes it, no summit word
    body = (
        "On 15 June 2006 the Council of Heads of Member States of the Shanghai Cooperation "
        "Organisation met in Shanghai. The heads of state signed the Declaration on the Fifth "
        "Anniversary of the Shanghai Cooperation Organisation."
    )
    docs = gaz_docs(gaz, body)
    assert docs
    assert {d.meeting.id for d in docs} == {"hsc-2006-shanghai"}


# ---- a document still to be adopted, in a foreign ministers' report, is the summit's -----------


def test_a_planned_document_of_a_ministers_preview_goes_to_the_summit_they_prepare(gaz):
    # written for the test
    body = (
        "On 9-10 September 2020 the Foreign Minister will chair the Meeting of the Council of "
        "Foreign Ministers of SCO Member States in Moscow. One of the important documents to be "
        "adopted is the Statement on the 75th Anniversary of Victory in World War II."
    )
    docs = gaz_docs(gaz, body, date(2020, 9, 8))
    assert docs
    meeting = default_calendar().get(docs[0].meeting.id)
    assert meeting is not None and meeting.council == "heads_of_state_council"
    assert meeting.year == 2020


def test_a_document_the_ministers_adopt_stays_at_their_council(gaz):
    # written for the test: adopted, not planned
    body = (
        "The Council of Foreign Ministers of SCO Member States met in Moscow on 10 September 2020 "
        "and adopted the Statement on the 75th Anniversary of Victory in World War II."
    )
    docs = gaz_docs(gaz, body, date(2020, 9, 10))
    assert docs
    assert {d.meeting.id for d in docs} == {"cfm-2020-moscow"}


# ---- two meetings in one city on one day: each report keeps its own ---------------------------


@pytest.mark.parametrize(
    ("body", "meeting_id"),
    [
        (
            "The Council of Foreign Ministers of the SCO member states met in Moscow on 10 "
            "September 2020 and adopted the Joint Communique of the Council.",
            "cfm-2020-moscow",
        ),
        (
            "10 сентября 2020 года в Москве состоялось заседание Совета министров иностранных дел "
            "государств-членов ШОС. Министры подписали Совместное коммюнике.",
            "cfm-2020-moscow",
        ),
        (
            "On 10 September 2020 the seventeenth meeting of the SCO culture ministers was held by "
            "video conference and approved the Plan of Cooperation in Culture for 2021-2022.",
            "culture-2020-video",
        ),
    ],
)
def test_a_culture_ministers_meeting_and_a_foreign_ministers_council_of_one_day(
    gaz, body, meeting_id
):
    # written for the test: the calendar holds both (Moscow, 10 September 2020)
    docs = gaz_docs(gaz, body, date(2020, 9, 10))
    assert docs
    assert {d.meeting.id for d in docs} == {meeting_id}


@pytest.mark.parametrize(
    ("body", "meeting_id"),
    [
        (
            "上海合作組織成員國交通運輸部長會議7月2日在天津舉行,各方簽署了《上海合作組織成員國交通運輸部門"
            "關於共建絲路驛站的諒解備忘錄》。",
            "transport-2025-tianjin",
        ),
        (
            "第2回上海協力機構加盟国緊急対策閣僚会議が21日から22日にかけて、北京で開かれました。会議では"
            "「上海協力機構加盟国2007年から2008年の救援協力行動計画」が採択されました。",
            "emergency-2006-beijing",
        ),
    ],
)
def test_the_meeting_kinds_in_the_traditional_script_and_japanese(gaz, body, meeting_id):
    # written for the test: no year, no article date: the kind, its ordinal or venue decide
    docs = gaz_docs(gaz, body)
    assert docs
    assert {d.meeting.id for d in docs} == {meeting_id}
