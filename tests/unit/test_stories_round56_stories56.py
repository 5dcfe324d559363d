"""Round 56 (stories56, blind set 42 as dev): undated background pages resolve to no meeting, a
meeting recalled as "held in" its month and year, the week's late report numbering its meeting,
Hungarian summit words and venues.
Sentences marked "written" were written for the test; the others are quoted from the sets."""

from datetime import date

from round_helpers import meeting_of

from pipeline.page_form import background_page
from pipeline.stories import (
    _SUMMIT_WORD,
    late_report,
    recalled_by_month,
)


def test_wiki_heading_is_background():
    # quoted (blind set 42, en.wikipedia.org)
    body = ("= 2017 Astana SCO summit =\n\nThe 2017 SCO summit was the 17th annual summit of "
            "heads of state of the Shanghai Cooperation Organisation held between 7 - 10 June "
            "in Astana, Kazakhstan.")
    assert background_page("", body)


def test_headline_name_introduced_with_abbreviation_is_background():
    # quoted (blind set 42, en.selectshandong.com)
    body = ("China-SCO Local Economic and Trade Cooperation Demonstration Area\n\nOn June 10, "
            "2018, President Xi Jinping announced at the 18th Meeting of the Council of Heads of "
            "Member States of the Shanghai Cooperation Organization (SCO) that \"the Chinese "
            "government supports building a demonstration area in Qingdao\".\n\nThe China-SCO "
            "Local Economic and Trade Cooperation Demonstration Area (SCODA) is of great "
            "political significance.")
    assert background_page("", body)


def test_report_is_not_background():
    # written: a report's headline is a sentence; "= " inside a line is no wiki heading
    body = ("Xi announces demonstration area at SCO summit\n\nQINGDAO, June 10 -- Xi Jinping "
            "announced at the 18th Meeting of the Council of Heads of State of the Shanghai "
            "Cooperation Organization (SCO) that China supports a demonstration area.")
    assert not background_page("", body)
    assert not background_page("", "Score: 2 = 2 =\n\nThe SCO summit opened in Astana.")
    # written: the headline's words recur, but not introduced with an abbreviation
    body = ("SCO Summit in Astana\n\nThe SCO Summit in Astana opened on Thursday with the "
            "leaders of ten states.")
    assert not background_page("", body)


def test_meeting_recalled_by_month_and_year():
    astana = meeting_of("hsc-2017-astana")
    # quoted (blind set 42, womenofchina.cn): "held in June 2017", no day
    lead = ("Editor's note\n\n  • At the Astana Summit of the SCO held in June 2017, Chinese "
            "President Xi Jinping put forward five proposals on the development of the SCO")
    assert recalled_by_month(astana, lead, ())
    # written: the day written with it is a report's date
    assert not recalled_by_month(astana, lead, {(6, 9, 2017)})
    # written: a finite "was held", a month with no "held", another year: no recall read
    assert not recalled_by_month(astana, "The SCO summit was held in June 2017 in Astana.", ())
    assert not recalled_by_month(astana, "Leaders attended the summit in June 2017.", ())
    assert not recalled_by_month(astana, "the SCO summit held in June 2018", ())


def test_week_late_report_numbering_its_meeting():
    dushanbe = meeting_of("hsc-2021-dushanbe")
    # blind set 42 (debna.ir, three days on): "در بیست و یکمین نشست سران", the 21st meeting of
    # the heads, naming no city
    assert late_report(dushanbe, date(2021, 9, 20), [], True, {"heads_of_state_council"},
                       None, ordinal=21)
    # another ordinal, or beyond the week, is no late report of it
    assert not late_report(dushanbe, date(2021, 9, 20), [], True,
                           {"heads_of_state_council"}, None, ordinal=20)
    assert not late_report(dushanbe, date(2021, 10, 20), [], True,
                           {"heads_of_state_council"}, None, ordinal=21)
    # another council's meeting numbered so is not this one
    assert not late_report(dushanbe, date(2021, 9, 20), [], True,
                           {"foreign_ministers_council"}, None, ordinal=21)


def test_hungarian_summit_words():
    # quoted (blind set 42, nepszava.hu)
    assert _SUMMIT_WORD.search("A Sanghaji Együttműködési Szervezet éves csúcstalálkozóján")
    assert _SUMMIT_WORD.search("az SCO-csúcson")  # written
    assert not _SUMMIT_WORD.search("a csúcstechnológia fejlődése")  # written: high technology


def test_hungarian_venues_tagged():
    from pipeline.tagging import load_gazetteer, tag_article

    gaz = load_gazetteer()
    # quoted (blind set 42, 444.hu)
    assert tag_article(gaz, "", "elstartolt a Sanghaji Együttműködési Szervezet (SCO) "
                                "csúcstalálkozója a kínai Tiencsinben").venues == ["Tianjin"]
    # quoted (blind set 39, hetek.hu)
    assert tag_article(gaz, "", "a Sanghaji Együttműködési Szervezet (SCO) idei államfői "
                                "csúcstalálkozóját Szamarkandban").venues == ["Samarkand"]
