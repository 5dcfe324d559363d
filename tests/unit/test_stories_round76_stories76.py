"""Round 76 (stories76, blind sets 12 and 31): an undated page saying the meeting is held
"tomorrow" anywhere in its opening was written on the eve (a preview), unless it names tomorrow
as a later day of the meeting; a preview announcing a calendar meeting is of that meeting's
council, whatever other council it names. Sentences marked "written" were written for the test;
the others are quoted from the sets (whole pages are read from the sets' items.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest
from round_helpers import meeting_of, set_item, set_stories

from pipeline.stories import (
    _TO_COME_UNDATED,
    found_preview,
    other_councils,
    tomorrow_to_come,
)

SEEN = date(2026, 2, 22)  # blind set 12's archive crawl


# --- "tomorrow" in the opening: the eve's page ----------------------------------------------------

HELD_TOMORROW = "این اجلاس فردا (چهارشنبه) در شهر تیانجین و به میزبانی چین برگزار میشود."


def test_persian_held_tomorrow_is_to_come():
    # set 12's sentence: "this meeting is held tomorrow (Wednesday) in Tianjin, hosted by China"
    assert _TO_COME_UNDATED.search(HELD_TOMORROW)
    # written: the same present without "tomorrow" may be the meeting day's ("is held in Tianjin")
    assert not _TO_COME_UNDATED.search("این اجلاس در شهر تیانجین و به میزبانی چین برگزار میشود.")
    # written: "held today"
    assert not _TO_COME_UNDATED.search("این اجلاس امروز در شهر تیانجین برگزار میشود.")


def test_undated_persian_page_with_tomorrow_past_the_lead_is_the_councils_preview():
    # set 12, r-b27897fe38 (eghtesadofanavari.ir): dated "Tuesday 24 Tir 1404" (15 July 2025,
    # the council's day) on arrival; "tomorrow" stands at character 607
    body = set_item("real-blind12", "r-b27897fe38")["text"]
    assert body.index("فردا") > 600
    cfm = meeting_of("cfm-2025-tianjin")
    assert tomorrow_to_come(body, cfm)
    assert found_preview("", body, SEEN, cfm)


def test_tomorrow_as_the_meetings_second_day_is_written_on_its_first():
    # blind set 1, r-1fa2a776dd: "16 Eylül Cuma (yarın) başlayacak zirve" of the Samarkand summit
    # of 15-16 September 2022, labelled the summit
    body = set_item("real-blind", "r-1fa2a776dd")["text"]
    assert not tomorrow_to_come(body, meeting_of("hsc-2022-samarkand"))


@pytest.mark.parametrize(
    "body",
    [
        # written: "today" in the opening: the meeting day's programme
        "این اجلاس امروز آغاز شد. " + HELD_TOMORROW,
        # written: tomorrow with nothing to come ("tomorrow's papers"), in English
        "The ministers met in Tianjin. Tomorrow's papers will carry the communique in full.",
        # written: a tomorrow sentence beginning past the opening
        "ش" * 620 + ". " + HELD_TOMORROW,
    ],
)
def test_no_tomorrow_to_come(body: str):
    assert not tomorrow_to_come(body, meeting_of("cfm-2025-tianjin"))


# --- a preview of a calendar meeting is of its council ------------------------------------------


def test_preview_announcing_the_council_shares_it_with_the_ministers_arrival():
    # set 31: the Portuguese preview (r-edec524a12, 13 July 2025) announces the Tianjin council
    # of foreign ministers ("O Conselho de Relações Exteriores da OCS, que será realizado na
    # cidade chinesa de Tianjin nos dias 14 e 15 de julho") and names the heads of state's
    # council below; the Spanish page of the 14th (r-08d1095bbd) names the ministers' council
    pt = set_item("real-blind31", "r-edec524a12")
    es = set_item("real-blind31", "r-08d1095bbd")
    zh = set_item("real-blind31", "r-e9d8cf98cb")
    (fpt, fzh, fes), (spt, _szh, ses) = set_stories([pt, zh, es])
    assert fpt.announces == "cfm-2025-tianjin"
    assert "foreign_ministers_council" in fpt.councils
    assert not other_councils(fpt, fes)
    assert spt == ses
    # the Chinese page names the summit alone and announces no calendar meeting: its council
    # is still another (r-e9d8cf98cb, "此次會議將是8月30日至9月1日在天津舉行的上合峰會籌備工作的關鍵
    # 階段")
    assert fzh.announces is None
    assert other_councils(fzh, fes)
