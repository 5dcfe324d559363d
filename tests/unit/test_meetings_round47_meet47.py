"""Round 47 (meet47): the day of a meeting of the regions' heads, named in a summit declaration's
text, is no meeting of the heads of state the calendar lacks; an undated page's address gives
the year that tells one summit at a venue from the others.

Every text here is written by the scowatch developers for these tests (the Chinese ones after
the sentence of a real page, the Bishkek Declaration's text in blind set 35, reworded).
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.documents import find_documents
from pipeline.documents.calendar import default_calendar
from pipeline.documents.meetings import placed_by_address, year_of_address

# a news report's headline, not the declaration's own title: on a declaration's own page what its
# text welcomes is another body's step and no document of that page (round 47, names47b), so
# the meeting reading these tests are about needs a report of the summit to show
TITLE_ZH = "上合组织成员国元首理事会会议在比什凯克举行"
TITLE_EN = "Bishkek Declaration of the Council of Heads of State of the SCO"


def _programme(title: str, body: str):  # type: ignore[no-untyped-def]
    found = [m for m in find_documents(title, body, None) if m.type == "programme"]
    assert len(found) == 1
    return found[0].meeting


@pytest.mark.parametrize("title,body", [
    (TITLE_ZH, "成员国积极评价2031年12月4日至6日在车里雅宾斯克举行的上合组织成员国地方领导人"
               "会晤成果,欢迎通过《上合组织成员国地方合作发展纲要》。"),
    (TITLE_EN, "The member states welcomed the adoption of the Programme of interregional "
               "cooperation at the Forum of Heads of Regions held in Chelyabinsk on 4-6 December "
               "2031."),
], ids=["zh", "en"])
def test_a_regional_leaders_meeting_is_no_calendar_gap(title: str, body: str) -> None:
    meeting = _programme(title, body)
    assert meeting.id is None and meeting.date == date(2031, 12, 4)
    assert meeting.gap is None  # no health note
    assert meeting.council is None  # the page's council is not the step's


def test_the_same_sentence_naming_no_other_meeting_keeps_the_note() -> None:
    meeting = _programme(TITLE_ZH, "成员国积极评价2031年12月4日至6日在车里雅宾斯克举行的会晤成果,"
                                   "欢迎通过《上合组织成员国地方合作发展纲要》。")
    assert meeting.gap == "SCO Heads of State Council, 2031-12-04"


@pytest.mark.parametrize("url,year", [
    ("https://yurtsever.org.tr/2019/sanghay-isbirligi-orgutunden-ortak-deklarasyon-271236/amp",
     2019),
    ("http://www.granma.cu/mundo/2015-07-10/cumbre-en-shanghai-analiza-estrategia", 2015),
    ("https://news.example/sco-20130913.html", None),  # a segment with more than the date
    ("https://news.example/2013/09/13/sco", 2013),
    ("https://news.example/archive/20130913/sco", 2013),
    ("https://news.example/2013/programme-2016-2018", 2013),  # a period in a slug is no date
    ("https://news.example/2013/review/2019/", None),  # two years: no year
    ("http://08654.cn/m/view.php?aid=3830&pageno=5", None),
    (None, None),
])
def test_the_year_of_an_address(url: str | None, year: int | None) -> None:
    assert year_of_address(url) == year


BISHKEK = ("Bişkek Deklarasyonu imzalandı", "Şanghay İşbirliği Örgütü üye devletlerinin liderleri "
           "Bişkek Deklarasyonu'nu imzaladı.")


def test_an_undated_pages_address_places_its_declaration_at_that_years_summit() -> None:
    # the calendar holds Bishkek summits in 2007, 2013 and 2019: the text alone leaves it open
    found = find_documents(*BISHKEK, None)
    assert [(m.name, m.meeting.id, m.meeting.venue) for m in found] == [
        ("Bishkek Declaration", None, "Bishkek")]
    calendar = default_calendar()
    placed = placed_by_address(found, "https://news.example/2019/sco-bishkek", None, calendar)
    assert placed[0].meeting.id == "hsc-2019-bishkek"
    assert placed[0].meeting.date == date(2019, 6, 14)
    # no Bishkek summit in the address's year: left unresolved, not put at a guessed one
    assert placed_by_address(found, "https://news.example/2020/x", None, calendar) == found
    # a dated page is placed by its text and date, never by its address
    assert placed_by_address(found, "https://news.example/2019/x", date(2019, 6, 14),
                             calendar) == found
