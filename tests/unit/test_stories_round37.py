"""Round 37 of story grouping (issue 15; blind sets 1-29 as dev): more words of what is to come,
read only for an undated page found after the meeting it resolves to (found_preview): English
"is off to" and "will represent / lead"; Urdu "scheduled" (شیڈول) and "will be" after a place or
a day (میں / کو ہوگا); Spanish "será sede"; Chinese "並會出席"; the Telugu prospective future;
Vietnamese "sẽ" before a meeting's verb. Urdu and Hindi "next" (اگلا, अगला) and the Urdu and Hindi
full stops let next_meeting_blanked blank the sentence about the next meeting alone. Every text
here is written by the developers (round 37) after the shapes of the sets' pages; none is copied
from a set."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.documents.calendar import default_calendar
from pipeline.stories import _TO_COME_UNDATED, found_preview, next_meeting_blanked

SEEN = date(2026, 3, 13)  # an archive crawl, months after the meetings


@pytest.mark.parametrize("text, to_come", [
    # written for this test: a trip ahead and the future of representing and leading
    ("The minister is off to Astana on Monday for talks and the SCO summit.", True),
    ("Later, the minister will represent India at the SCO Council of Heads of Government.", True),
    ("The prime minister will lead the delegation.", True),
    # written for this test: pasts
    ("The minister represented India at the SCO Council of Heads of Government.", False),
    ("The minister was off to a good start at the summit.", False),
    # written for this test: Urdu "scheduled" and "will be in Islamabad on 15-16 October"
    ("وزیراعظم دارالحکومت میں شیڈول شنگھائی تعاون تنظیم کے اجلاس کے دوران ملاقاتیں کریں گے", True),
    ("تنظیم کا اجلاس 15 اور 16 اکتوبر کو اسلام آباد میں ہوگا", True),
    # written for this test: the past "ended", "was held"
    ("تنظیم کا اجلاس اسلام آباد میں ختم ہوگیا", False),
    ("تنظیم کا اجلاس اسلام آباد میں منعقد ہوا", False),
    # written for this test: Spanish "will be the seat of the summit", and its past
    ("La ciudad de Tianjin será sede de la cumbre de la OCS.", True),
    ("La ciudad de Tianjin fue sede de la cumbre de la OCS.", False),
    # written for this test: Chinese "and will attend", and a report's "attended"
    ("总理将访问吉尔吉斯斯坦，並會出席上合组织成员国政府首脑理事会会议。", True),
    ("总理访问吉尔吉斯斯坦，并出席了上合组织成员国政府首脑理事会会议。", False),
    # written for this test: the Telugu "are to take place", "will go"; the past "took place"
    ("సమావేశాలు అక్టోబర్ 15-16 తేదీలో జరగనున్నాయి.", True),
    ("మంత్రి పాకిస్తాన్ వెళ్లనున్నారు.", True),
    ("సమావేశాలు అక్టోబర్ 15-16 తేదీలో జరిగాయి.", False),
    # written for this test: Vietnamese "will attend", "will take place"; "sẽ" with another
    # verb ("will strengthen") and the past ("đã dự")
    ("Chủ tịch sẽ dự Hội nghị thượng đỉnh SCO tại Thiên Tân.", True),
    ("Hội nghị sẽ diễn ra tại Thiên Tân.", True),
    ("Hai nước sẽ tăng cường hợp tác.", False),
    ("Chủ tịch đã dự Hội nghị thượng đỉnh SCO tại Thiên Tân.", False),
])
def test_more_futures_of_a_meeting(text: str, to_come: bool) -> None:
    assert bool(_TO_COME_UNDATED.search(text)) is to_come


def test_the_next_meeting_sentence_is_blanked_alone_in_urdu() -> None:
    # written for this test: "the summit ended in Bishkek. The next meeting will be in Russia."
    lead = "بشکیک میں تنظیم کا اجلاس ختم ہوگیا۔ تنظیم کا اگلا اجلاس روس میں ہوگا۔"
    blanked = next_meeting_blanked(lead, 2019)
    assert len(blanked) == len(lead)
    assert blanked.startswith("بشکیک میں تنظیم کا اجلاس ختم ہوگیا۔")
    assert "روس" not in blanked
    assert not _TO_COME_UNDATED.search(blanked)


@pytest.mark.parametrize("lead", [
    # written for this test: "next week" is a preview's own trip, not the next meeting
    "رکشا منتری اگلے ہفتے ایس سی او اجلاس کے لیے آستانہ جائیں گے۔",
    "रक्षा मंत्री अगले सप्ताह एससीओ बैठक के लिए अस्ताना जाएंगे।",
])
def test_next_week_is_not_the_next_meeting(lead: str) -> None:
    assert next_meeting_blanked(lead, 2024) == lead


def test_an_undated_urdu_preview_is_found_a_preview_and_a_report_is_not() -> None:
    meeting = default_calendar().get("hgc-2024-islamabad")
    assert meeting is not None
    # written for this test: a preview dating the council's days ("will be in Islamabad on
    # 15 and 16 October"), and a report of the council held, found months later
    preview = ("شنگھائی تعاون تنظیم کے سربراہان حکومت کا 23 واں اجلاس 15 اور 16 اکتوبر کو "
               "اسلام آباد میں ہوگا")
    report = ("شنگھائی تعاون تنظیم کے سربراہان حکومت کا 23 واں اجلاس 15 اور 16 اکتوبر کو "
              "اسلام آباد میں منعقد ہوا۔ اگلا اجلاس ماسکو میں ہوگا۔")
    assert found_preview("", preview, SEEN, meeting)
    assert not found_preview("", report, SEEN, meeting)


def test_an_undated_spanish_host_preview_is_found_a_preview() -> None:
    meeting = default_calendar().get("hsc-2025-tianjin")
    assert meeting is not None
    # written for this test
    preview = ("Los días 31 de agosto y 1 de septiembre, la ciudad china de Tianjin será sede "
               "de la cumbre de la Organización de Cooperación de Shanghái (OCS).")
    report = ("Los días 31 de agosto y 1 de septiembre, la ciudad china de Tianjin fue sede "
              "de la cumbre de la Organización de Cooperación de Shanghái (OCS).")
    assert found_preview("", preview, SEEN, meeting)
    assert not found_preview("", report, SEEN, meeting)
