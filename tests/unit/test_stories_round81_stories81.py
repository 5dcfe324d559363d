"""Round 81 (stories81, blind sets 24 and 42): a dated report dating its meeting with the year
written is that meeting's late report at any age, and joins the meeting's other late reports;
Korean names of the founding members for the host rule. Sentences marked "written" were written
for the test; the others are read from the sets' items.jsonl."""

from __future__ import annotations

import re
from datetime import date

from round_helpers import GAZ, meeting_of, set_item, set_stories

from pipeline.documents.calendar import default_calendar
from pipeline.stories import (
    LEAD_CHARS,
    unstamped,
    year_dated_report,
    year_dates,
)
from pipeline.story_words import words_pattern
from pipeline.tagging import tag_article

# --- a late report dating its meeting with the year written --------------------------------------

ITALIAN_2012 = set_item("real-blind24", "r-0f23de6578")  # 19 January 2012: "Il 15 giugno 2011"
JAPANESE_2011 = set_item("real-blind24", "r-a8af2fc84a")  # 16 June 2011, the summit's report
DECLARATION_2006 = set_item("real-blind24", "r-df26de0c7c")  # June 2006: "(Astana, July 05, 2005)"
FRENCH_2005 = set_item("real-blind24", "r-55acd6d32f")  # 15 July 2005, ten days after Astana
SAUDI_2023 = set_item("real-blind28", "r-a2cae67e92")  # 30 March 2023, recalls Samarkand 2022
BACKGROUND_2008 = set_item("real-blind31", "r-e9e96f4ae5")  # October 2008, recalls 2003 and 2001
SIX_YEARS_ON = set_item("real-blind42", "r-537fb5c232")  # June 2024, recalls Qingdao 2018


def _placed(item: dict[str, str], venue: str, councils: set[str]) -> str | None:
    body = item["text"]
    meeting = year_dated_report(default_calendar(), date.fromisoformat(item["published"]),
                                venue, councils, year_dates("", body), "", body)
    return meeting.id if meeting is not None else None


def test_a_page_months_later_dating_the_meeting_with_its_year_is_its_report():
    assert _placed(ITALIAN_2012, "Astana", {"heads_of_state_council"}) == "hsc-2011-astana"
    assert _placed(DECLARATION_2006, "Astana", {"heads_of_state_council"}) == "hsc-2005-astana"
    # the venue named first must be the meeting's, and the council one it names
    assert _placed(ITALIAN_2012, "Tashkent", {"heads_of_state_council"}) is None
    assert _placed(ITALIAN_2012, "Astana", {"foreign_ministers_council"}) is None
    # a report published on the meeting's days or the day after is no late report of it
    assert year_dated_report(default_calendar(), date(2011, 6, 16), "Astana",
                             {"heads_of_state_council"}, year_dates("", ITALIAN_2012["text"]),
                             "", ITALIAN_2012["text"]) is None


def test_a_later_event_recalling_the_meeting_with_its_date_is_not_its_report():
    # the Saudi cabinet's decision of 29 March 2023 recalls the Samarkand summit of 16 September
    # 2022 with its full date: its lead dates its own day, months after the meeting
    assert meeting_of("hsc-2022-samarkand") is not None
    assert _placed(SAUDI_2023, "Samarkand", {"heads_of_state_council"}) is None
    # a background of the heads of government's meetings writes another year (2001, Almaty)
    assert _placed(BACKGROUND_2008, "Beijing", {"heads_of_government_council"}) is None
    # "Six years on, the Demonstration Area has grown": what came of the Qingdao summit
    assert _placed(SIX_YEARS_ON, "Qingdao", {"heads_of_state_council"}) is None


def test_a_time_stamp_line_is_no_part_of_what_the_lead_tells():
    lead = ITALIAN_2012["text"][:LEAD_CHARS]
    assert "2012" in lead
    assert "2012" not in unstamped(lead)
    assert "15 giugno 2011" in unstamped(lead)
    # written: a long line with a clock time is text, not a stamp
    line = "At 10:30 on 15 June 2011 the heads of state met in Astana for the tenth anniversary"
    assert unstamped(line) == line


def test_years_since_words():
    since = re.compile(words_pattern("years_since"), re.I)
    assert since.search(SIX_YEARS_ON["text"])
    # written: the counter-cases, a date and a year of arrival, count no years since
    assert not since.search("six years ago the summit was held in Qingdao")
    assert not since.search("习近平主席2018年来华出席")


def test_late_reports_of_one_meeting_a_year_apart_are_one_story():
    # Astana 2005: the French report of ten days after and the declaration reposted a year on
    feats, stories = set_stories([FRENCH_2005, DECLARATION_2006])
    assert [f.meeting for f in feats] == ["hsc-2005-astana", "hsc-2005-astana"]
    assert all(f.late for f in feats)
    assert stories[0] == stories[1]


def test_the_italian_page_joins_the_summits_report():
    feats, stories = set_stories([JAPANESE_2011, ITALIAN_2012])
    assert feats[1].meeting == "hsc-2011-astana"
    assert stories[0] == stories[1]


def test_the_six_years_on_page_stays_apart_from_the_summit():
    summit = set_item("real-blind42", "r-04b48508ec")  # Qingdao, 10 June 2018 (Khmer)
    feats, stories = set_stories([summit, SIX_YEARS_ON])
    assert feats[1].meeting is None
    assert stories[0] != stories[1]


# --- Korean names of the members (the host rule) -------------------------------------------------

RAISI_BACK = set_item("real-blind42", "r-7cef45c1a4")  # 19 September 2021, back from Tajikistan
RAISI_ITALIAN = set_item("real-blind42", "r-0f46bc2ffa")  # 17 September 2021, Dushanbe


def test_korean_names_of_the_members():
    states = {code for code, _role in tag_article(GAZ, "", RAISI_BACK["text"], "ko").states}
    assert "TJ" in states
    # written: a Korean sentence naming no member state
    assert not {code for code, _role in tag_article(
        GAZ, "", "라이시 대통령은 18일 테헤란으로 돌아갔다.", "ko").states} - {"IR"}


def test_the_korean_report_of_the_return_joins_the_dushanbe_summit():
    feats, stories = set_stories([RAISI_ITALIAN, RAISI_BACK])
    assert feats[1].meeting == "hsc-2021-dushanbe"
    assert stories[0] == stories[1]
