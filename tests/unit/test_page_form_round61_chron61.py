"""Round 61 (chron61): one chronology predicate (page_form.chronology) read by stories
(stories.past_chronology, a page about no meeting) and documents (mentions: its dated lines
are its reports), where round 60 had written two; snippets from the dev sets."""

from __future__ import annotations

import re
from datetime import date

from pipeline.documents import mentions
from pipeline.page_form import chronology, dated_lines
from pipeline.stories import past_chronology

# set 47, r-81094b0276: Sina's reprint of Xinhua's "背景资料:上海合作组织历次峰会" (2006-06-15)
SUMMITS = (
    "新闻中心新浪首页 > 新闻中心 > 国内新闻 > 上海合作组织峰会专题 > 正文\n"
    "背景资料:上海合作组织历次峰会\n"
    "新华网上海6月15日电 背景资料:上海合作组织历次峰会\n"
    "上海合作组织是在“上海五国”元首会晤机制的基础上成立的。2001年6月14日,“上海五国” "
    "元首在上海举行第六次会晤。\n"
    "  2002年6月7日,上海合作组织成员国元首在圣彼得堡举行第二次会晤,签署《上海合作组织宪章》。\n"
    "  2003年5月29日,上海合作组织成员国元首第三次会晤在莫斯科举行,"
    "签署了《上海合作组织成员国元首宣言》。\n"
    "  2004年6月17日,上海合作组织成员国元首第四次会晤在乌兹别克斯坦首都塔什干举行。\n"
    "  2005年7月5日,上海合作组织成员国元首第五次会晤在哈萨克斯坦首都阿斯塔纳举行。\n"
)
# set 33, r-387c2da3c1: Xinhua's "新闻背景:上海合作组织大事记" on the eve of the Astana summit
EVE = (
    "新华社阿斯塔纳6月7日电 新闻背景:上海合作组织大事记\n"
    "上海合作组织(简称“上合组织”)成员国元首理事会第十七次会议将于8日至9日在哈萨克斯坦首都"
    "阿斯塔纳举行。\n"
    "2002年6月7日,六国元首在俄罗斯圣彼得堡签署《上海合作组织宪章》。\n"
    "2003年8月,中国、哈萨克斯坦、吉尔吉斯斯坦、俄罗斯、塔吉克斯坦5国举行上合组织框架内的"
    "首次多边联合反恐军事演习。\n"
    "2005年4月12日,独联体执行委员会与上合组织秘书处在北京签署谅解备忘录。\n"
)
_OPENING = re.compile(r"\s*((?:19|20)\d{2})\s*年(?:\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\s*[,，、])")


def test_dated_lines_give_each_line_opening_on_a_date_with_where_it_stands() -> None:
    lines = dated_lines(SUMMITS, _OPENING)
    assert [year for _at, year in lines] == [2002, 2003, 2004, 2005]
    at, year = lines[0]
    assert SUMMITS[at:].lstrip().startswith("2002年6月7日") and year == 2002


def test_the_documents_reading_two_lines_two_years_back() -> None:
    """mentions' reading: two lines or more opening on a date two years back."""
    found = chronology(dated_lines(SUMMITS, _OPENING), 2006, years_back=2)
    assert found is not None and found.years == {2002, 2003, 2004}
    assert SUMMITS[found.opens:].lstrip().startswith("2002年6月7日")
    # one history line in a feature is background, not a chronology
    one = ("2001年,乌兹别克斯坦加入“上海五国”,签署了《上海合作组织成立宣言》。\n"
           "上合组织峰会今天举行。")
    assert chronology(dated_lines(one, _OPENING), 2018, years_back=2) is None


def test_the_stories_reading_three_past_years_opening_in_the_lead() -> None:
    dated = [(0, 2001), (40, 2002), (80, 2003), (900, 2004)]
    assert chronology(dated, 2006, least=3, distinct_years=True, opens_before=400) is not None
    # the list opening far below the lead: a report with a background section
    late = [(at + 500, year) for at, year in dated]
    assert chronology(late, 2006, least=3, distinct_years=True, opens_before=400) is None
    # an undated page: its own year is the latest it dates (2004), two past years only (blind
    # set 5's Moscow declaration of 2003 recalls 2001 and 2002)
    assert chronology(dated[1:], None, least=3, distinct_years=True) is None
    assert chronology(dated[1:], 2006, least=3, distinct_years=True) is not None


def test_stories_and_documents_read_the_same_chronologies() -> None:
    """Set 47's Sina page is a chronology for both readers; set 33's eve page is one for the
    documents (its dated lines report their meetings' documents) and not for stories (its lead
    announces the summit "将于8日至9日": a preview with a chronology below is news)."""
    assert past_chronology("", SUMMITS, date(2006, 6, 15))
    assert chronology(dated_lines(SUMMITS, mentions._DATED_OPENING), 2006, years_back=2)
    assert not past_chronology("", EVE, date(2017, 6, 7))
    assert chronology(dated_lines(EVE, mentions._DATED_OPENING), 2017, years_back=2)


def test_the_two_round_60_copies_are_gone() -> None:
    import pipeline.stories as stories

    assert not hasattr(mentions, "_a_chronology")
    assert not hasattr(stories, "chronology")
