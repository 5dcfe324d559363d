"""Round 59 (meet59): meetings and statuses (issue 14).

An institution's seat is no meeting's venue: a city named as where the SCO Secretariat, the RATS
Executive Committee, an embassy or a permanent mission sits ("位于北京的上海合作组织秘书处", "the
SCO Secretariat in Beijing") says where that body is, not where a council met; the ordinal and
the date the text gives resolve the meeting. A step taken at the institution (a memorandum
signed at the Secretariat) keeps the seat as its place, unresolved.
"""

from __future__ import annotations

from datetime import date

from pipeline.documents import find_documents
from pipeline.documents.meetings import _an_institutions_seat


def _seat(text: str, city: str) -> bool:
    at = text.index(city)
    return _an_institutions_seat(text, at, at + len(city))


# blind set 46, rb-f8a4dd94ed (quk.cc, undated): the 23rd heads of state council by video, the
# flag raised at the Secretariat "located in Beijing"
NEW_DELHI_2023 = (
    "上合组织领导人峰会成果丰硕\n"
    "7 月 4 日下午,伊朗国旗在位于北京的上海合作组织秘书处升起,标志着伊朗正式成为上合组织第九个正式"
    "成员国。\n"
    "当日,上海合作组织成员国元首理事会第二十三次会议以视频方式召开。\n"
    "峰会共通过了 14 份文件,其中包括《关于打击引发恐怖主义、分裂主义和极端主义的极端化合作的声明》"
    "《上海合作组织成员国元首理事会关于数字化转型领域合作的声明》以及上合组织在多个领域开展工作的决议。"
)


def test_the_secretariats_seat_is_no_summit_venue() -> None:
    """Set 46 rb-f8a4dd94ed: the two statements of the New Delhi summit by video (its ordinal,
    23), not the Beijing summit of 2012 read from the Secretariat's seat."""
    found = find_documents("", NEW_DELHI_2023, None)
    statements = [m for m in found if m.type == "joint_statement"]
    assert len(statements) == 2
    for m in statements:
        assert m.meeting.id == "hsc-2023-new-delhi"
        assert m.meeting.venue == "New Delhi"


def test_seats_in_the_sets_languages() -> None:
    """Seats as the dev sets write them (set 28 rb-3599bd26ba, set 33 rb-7bcdcb37fa, set 10
    rb-d79f022929, set 27 rb-044e80e4cf, set 40 rb-053d0f87cd), and a written French one."""
    assert _seat("18 марта 2016 года в штаб-квартире ШОС в Пекине состоялась встреча", "Пекине")
    assert _seat("the signing ceremony was held on Monday at the SCO headquarters in Beijing.",
                 "Beijing")
    assert _seat("the SCO's Regional Anti-Terrorist Structure (RATS), which is headquartered in "
                 "Tashkent (Uzbekistan)", "Tashkent")
    assert _seat("上海合作组织成员国卫生部门高官会在北京上海合作组织秘书处召开", "北京")
    assert _seat("Генеральный секретарь ШОС посетил Посольство Узбекистана в Пекине", "Пекине")
    assert _seat("une réception à l'ambassade de Chine à Moscou", "Moscou")


def test_a_meeting_in_the_city_is_no_seat() -> None:
    """Written: the city of a meeting, and a verb between the Secretariat and "in" (the words
    between an institution and its seat are its name's), keep the venue."""
    assert not _seat("The SCO summit was held in Astana on 4 July.", "Astana")
    assert not _seat("The Secretariat said at the summit in Astana that ...", "Astana")
    assert not _seat("Секретариат ШОС подготовил к саммиту в Астане документы", "Астане")
    assert not _seat("la cumbre, con sede en Astaná, aprobó la declaración", "Astaná")
    assert not _seat("2024年7月4日,上海合作组织成员国元首理事会会议在阿斯塔纳举行", "阿斯塔纳")


def test_a_signing_at_the_secretariat_keeps_its_place() -> None:
    """Set 28 rb-2ac0f4db47: Nepal's memorandum signed "in a ceremony at the organisation's
    secretariat in Beijing": no calendar meeting, and Beijing stays its place."""
    text = (
        "Shankar Das Bairagi, secretary of Ministry of Foreign Affairs and Dr. Rashid K. Alimov, "
        "secretary-general of SCO signed the memorandum on granting Nepal the status of Dialogue "
        "partner of the SCO in a ceremony at the organisation’s secretariat in Beijing ."
    )
    found = [m for m in find_documents("", text, None) if m.type == "memorandum"]
    assert found
    assert found[0].meeting.id is None
    assert found[0].meeting.venue == "Beijing"


def test_the_secretariat_beside_a_dated_summit_russian() -> None:
    """Written (Russian): a flag raised at the Secretariat in Beijing on the day of the Astana
    summit of 4 July 2024: the declaration is Astana's, and the page's date places it."""
    text = (
        "В Секретариате ШОС в Пекине 4 июля подняли флаг Беларуси.\n"
        "В тот же день главы государств ШОС подписали Астанинскую декларацию."
    )
    found = [m for m in find_documents("", text, date(2024, 7, 5)) if m.type == "declaration"]
    assert found
    assert found[0].meeting.id == "hsc-2024-astana"
