"""Unit tests of round 18 (calendar): the defence ministers', security council secretaries' and
RATS council meetings in the calendar, the document finder placing their documents there, and the
calendar file's own checks.

Every article text here is written by the scowatch developers for these tests.
"""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import pytest
from round_helpers import gaz_docs

from pipeline.documents.calendar import CALENDAR_FILE, default_calendar, load_calendar

# ---- the new councils resolve, in two languages each -----------------------------------------


@pytest.mark.parametrize(
    ("body", "published", "meeting_id"),
    [
        (
            "The SCO Defence Ministers' Meeting was held in Qingdao on 26 June 2025. The ministers "
            "signed the Joint Communique and approved the Plan of Cooperation for 2026-2027.",
            date(2025, 6, 26),
            "dmm-2025-qingdao",
        ),
        (
            "В Циндао 26 июня состоялось совещание министров обороны государств-членов ШОС. "
            "Министры подписали Совместное коммюнике.",
            date(2025, 6, 27),
            "dmm-2025-qingdao",
        ),
        (
            "The Security Council Secretaries of the SCO member states met in Bishkek on 15 May "
            "2019 and signed the Joint Statement on Countering Cybercrime.",
            date(2019, 5, 16),
            "scs-2019-bishkek",
        ),
        (
            "Секретари советов безопасности государств-членов ШОС провели встречу в Душанбе 23 "
            "июня 2021 года и подписали Совместное заявление о противодействии киберпреступности.",
            date(2021, 6, 24),
            "scs-2021-dushanbe",
        ),
        (
            "The Council of the SCO Regional Anti-Terrorist Structure met in New Delhi on "
            "October 14 and approved the Action Plan for 2023-2024 on cooperation in border "
            "security.",
            date(2022, 10, 15),
            "rats-2022-new-delhi",
        ),
        (
            "Совет Региональной антитеррористической структуры ШОС 5 апреля 2018 года в Ташкенте "
            "одобрил проект Программы сотрудничества на 2019-2021 годы.",
            date(2018, 4, 6),
            "rats-2018-tashkent",
        ),
    ],
)
def test_a_document_of_a_new_council_resolves_to_its_meeting(gaz, body, published, meeting_id):
    docs = gaz_docs(gaz, body, published)
    assert docs
    assert {d.meeting.id for d in docs} == {meeting_id}


def test_a_summit_report_naming_the_defence_ministers_stays_at_the_summit(gaz):
    body = (
        "The SCO summit in Tianjin on 1 September 2025 adopted the Tianjin Declaration. The "
        "leaders welcomed the work of the SCO defence ministers, who met in Qingdao in June."
    )
    docs = gaz_docs(gaz, body, date(2025, 9, 1))
    assert docs
    assert all(d.meeting.id == "hsc-2025-tianjin" for d in docs)


def test_a_new_council_reports_a_meeting_the_calendar_lacks(gaz):
    body = (
        "The Security Council Secretaries of the SCO member states met in Bishkek on 14 May 2031 "
        "and signed the Joint Statement on Countering Cybercrime."
    )
    docs = gaz_docs(gaz, body, date(2031, 5, 15))
    assert docs and docs[0].meeting.id is None
    assert docs[0].meeting.gap and "Security Council Secretaries" in docs[0].meeting.gap


# ---- the calendar file -------------------------------------------------------------------------


def test_every_calendar_entry_has_a_source_and_a_check_day():
    data = tomllib.loads(CALENDAR_FILE.read_text(encoding="utf-8"))
    for raw in data["meeting"]:
        assert str(raw.get("source", "")).strip(), raw["id"]
        assert raw.get("checked"), raw["id"]


def test_each_council_keeps_its_own_numbering():
    seen: dict[tuple[str, int], str] = {}
    for m in default_calendar().meetings:
        if m.ordinal is not None:
            assert (m.council, m.ordinal) not in seen, (m.id, seen.get((m.council, m.ordinal)))
            seen[(m.council, m.ordinal)] = m.id
    # the 19th of three councils, each its own meeting
    nineteenth = {m.council: m.id for m in default_calendar().meetings if m.ordinal == 19}
    assert nineteenth["defence_ministers_council"] == "dmm-2022-tashkent"
    assert nineteenth["security_council_secretaries"] == "scs-2024-astana"


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "meetings.toml"
    path.write_text("[[meeting]]\n" + body, encoding="utf-8")
    return path


def test_an_unknown_council_is_refused(tmp_path):
    path = _write(tmp_path, 'id = "x"\ncouncil = "space_council"\nvenue = "Astana"\nyear = 2030\n')
    with pytest.raises(ValueError, match="unknown council 'space_council'"):
        load_calendar([path])


def test_an_end_before_the_start_is_refused(tmp_path):
    path = _write(
        tmp_path,
        'id = "x"\ncouncil = "rats"\nvenue = "Astana"\nstart = 2030-05-02\nend = 2030-05-01\n',
    )
    with pytest.raises(ValueError, match="before start"):
        load_calendar([path])


def test_a_user_entry_of_a_known_council_loads(tmp_path):
    path = _write(
        tmp_path,
        'id = "rats-2030-astana"\ncouncil = "rats"\nvenue = "Astana"\nstart = 2030-05-02\n'
        'source = "test"\nchecked = "2030-05-03"\n',
    )
    assert load_calendar([path]).get("rats-2030-astana") is not None
