"""Round 63 (meet63): meetings (issue 14).

The lead of a Chinese or Japanese article: a sentence written without spaces is a sentence, not
one of the page's short lines, so the lead that says which meeting an article reports is read
from the text's first sentences ("上海合作組織成員國外長會議在此間舉行。"), not from a later line
naming another body. An anniversary in a lead sentence naming no meeting gives no year to it.
"""

from __future__ import annotations

from datetime import date

from round_helpers import documents_body

from pipeline.documents import find_documents
from pipeline.documents.mentions import _short_line

# blind set 31, rb-7ff91d7b96 (China News Service, traditional script, 15 May 2006)
CNS_SHANGHAI = (
    "中新社上海五月十五日電 (記者 陳靜) 中國外交部長李肇星今天在上海合作組織成員國外長會議上強調,"
    "面對機遇和挑戰,上海合作組織各成員國應加強務實合作,以集體的智慧和力量謀求共同安全、發展和繁榮。\n"
    "上海合作組織成員國外長會議在此間舉行。李肇星主持會議。哈薩克斯坦外長托卡耶夫、吉爾吉斯外長"
    "杰克申庫洛夫、俄羅斯外長拉夫羅夫、塔吉克斯坦外長納扎羅夫、烏茲別克斯坦外長加尼耶夫出席會議。"
    "上海合作組織秘書長張德廣、地區反恐怖機構執委會主任卡西莫夫列席。\n"
    "會議批準了《上海合作組織觀察員團觀察總統和(或)議會選舉及全民公決條例》。會議結束后,"
    "各國外長共同會見了記者。"
)


def test_a_chinese_sentence_is_no_short_line() -> None:
    assert not _short_line("上海合作組織成員國外長會議在此間舉行。")
    assert not _short_line(
        "各方审议同意了《上海合作组织成员国主管部门间博物馆领域合作备忘录》草案,通过了上合组织成员国"
        "文化部长第十九次会晤纪要和联合新闻声明。"
    )


def test_a_site_line_and_a_caption_stay_short_lines() -> None:
    # blind set 17 rb-ae18cae60a's photo caption (no full stop) and set 1's source line
    assert _short_line(
        "2006年9月22日、上海協力機構加盟国最高裁判所所長会議に出席した裁判所長たちが共同声明に調印した"
    )
    assert _short_line("2022年09月17日07:53    來源:人民網-人民日報")
    assert _short_line("新华社记者 殷博古 摄")


def test_the_lead_of_a_chinese_report_gives_its_council() -> None:
    # the lead's first sentences name the foreign ministers' meeting in Shanghai; the RATS
    # director's attendance, a later sentence, was the lead's only council
    found = find_documents("", CNS_SHANGHAI, date(2006, 5, 15))
    assert [(d.status, d.meeting.id) for d in found] == [("approved", "cfm-2006-shanghai")]


def test_an_anniversary_of_a_lead_sentence_naming_no_meeting_gives_no_year() -> None:
    # blind set 39 rb-627049837a (undated): the 19th culture ministers' meeting (2022), its
    # lead on the past year's results "在纪念上合组织成立20周年...框架下": not Dushanbe 2021's
    found = find_documents("", documents_body("real-blind39", "rb-627049837a"), None)
    assert [d.meeting.id for d in found] == [None]
    assert all(d.meeting.date is None for d in found)
