"""Round 39 of story grouping (issue 15; blind set 31 as dev): a report stamped on the eve of its
meeting that tells the meeting still to come is a preview, whatever day its archive files it
under; the heads of government's and foreign ministers' councils in Uzbek Latin; the Arabic
spelling of Goa. Every text here is written by the developers (round 39) after the shapes of the
set's pages; none is copied from a set."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from pipeline.documents.calendar import CalendarMeeting
from pipeline.stories import Features, preview_apart, written_before, written_day
from pipeline.tagging import load_gazetteer, tag_article

# a two-day meeting of the heads of government (made up for these tests)
MEETING = CalendarMeeting(id="hgc-test", council="heads_of_government_council", venue="Dushanbe",
                          year=2030, start=date(2030, 11, 14), end=date(2030, 11, 14))
ON_THE_DAY = datetime(2030, 11, 14, 12, tzinfo=UTC)


@pytest.mark.parametrize("text, day", [
    # written for this test: a stamp line with a clock time above or below the headline
    ("Премьер прибыл в Душанбе\n13 ноября 2030, 23:40 ГАЗЕТА /\nПремьер-министр прибыл.",
     date(2030, 11, 13)),
    ("Premier arrives\n22:15, November 13, 2030\nThe premier arrived.", date(2030, 11, 13)),
    ("总理抵达\n2030年11月13日 21:05:10 来源:新华网\n总理抵达杜尚别。", date(2030, 11, 13)),
    # no clock time: a date in a sentence is no stamp
    ("Premier arrives\nOn November 13 the premier arrived in Dushanbe.", None),
    # a long line with a time is a sentence, not a stamp
    ("The premier, who landed at 23:40 on November 13 after a long flight from the capital, "
     "will attend the meeting.", None),
])
def test_the_day_a_text_is_stamped(text: str, day: date | None) -> None:
    assert written_day("", text, ON_THE_DAY) == day


def test_a_report_stamped_on_the_eve_that_tells_the_meeting_to_come_is_a_preview() -> None:
    # written for this test, after an arrival report filed under the meeting's day
    text = ("Премьер прибыл в Душанбе на Совет глав правительств\n13 ноября 2030, 23:40 ГАЗЕТА /\n"
            "Премьер-министр прибыл в столицу Таджикистана, где в четверг примет участие в "
            "заседании Совета глав правительств ШОС.")
    assert written_before("", text, ON_THE_DAY, MEETING)


@pytest.mark.parametrize("text", [
    # written for this test: stamped on the meeting's day
    "Премьер прибыл в Душанбе\n14 ноября 2030, 09:10 ГАЗЕТА /\nПремьер-министр примет участие "
    "в заседании Совета глав правительств ШОС.",
    # stamped on the eve, but it reports the meeting held
    "Совет глав правительств ШОС\n13 ноября 2030, 23:40 ГАЗЕТА /\nВ Душанбе состоялось заседание "
    "Совета глав правительств ШОС.",
    # stamped on the eve, to come, but "today": the programme of the meeting's day
    "Совет глав правительств ШОС\n13 ноября 2030, 23:40 ГАЗЕТА /\nСегодня в Душанбе пройдёт "
    "заседание Совета глав правительств ШОС.",
    # no stamp line
    "Премьер-министр прибыл в столицу Таджикистана, где примет участие в заседании Совета глав "
    "правительств ШОС.",
])
def test_not_written_before_the_meeting(text: str) -> None:
    assert not written_before("", text, ON_THE_DAY, MEETING)


def _features(article_id: int, *, preview: bool = False, written: date | None = None,
              days: frozenset[date] = frozenset()) -> Features:
    return Features(article_id, {}, frozenset(), ON_THE_DAY, day=ON_THE_DAY.date(),
                    days=days or frozenset({ON_THE_DAY.date()}), preview=preview,
                    written=written)


def test_a_preview_written_on_the_eve_stays_apart_from_the_meetings_reports() -> None:
    report = _features(1)
    eve = _features(2, preview=True, written=date(2030, 11, 13))
    assert preview_apart(eve, report)
    # the same preview without its written day is dated the meeting's day and may join
    assert not preview_apart(_features(3, preview=True), report)


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


@pytest.mark.parametrize("lang, text, body", [
    # written for this test: Uzbek Latin names of the two councils
    ("uz", "Vazir SHHTga aʼzo davlatlar hukumat rahbarlari kengashi yigʻilishida ishtirok etadi.",
     "SCO Heads of Government Council"),
    ("uz", "Shanxay hamkorlik tashkiloti tashqi ishlar vazirlari kengashi yigʻilishi boʻldi.",
     "SCO Council of Foreign Ministers"),
])
def test_uzbek_council_names(gaz, lang: str, text: str, body: str) -> None:
    assert body in tag_article(gaz, "Shanxay hamkorlik tashkiloti", text, lang).bodies


def test_goa_in_arabic(gaz) -> None:
    # written for this test
    text = "عقد مجلس وزراء خارجية منظمة شنغهاي للتعاون اجتماعه في غوا بالهند."
    assert tag_article(gaz, "", text, "ar").venues == ["Goa"]
    assert tag_article(gaz, "", "أبحرت الغواصة من الميناء.", "ar").venues == []
