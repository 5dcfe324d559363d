"""Round 61 (chron61): a blurb is about the card's document (not another document naming it in
its title), and real_digest's stand-in headline is no page chrome; snippets from the dev sets."""

from __future__ import annotations

import sys
from pathlib import Path

from pipeline.digest import titles_another_document

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from real_digest import _chrome, stand_in_title  # noqa: E402

CHARTER = "Charter of the Shanghai Cooperation Organisation"


def test_the_protocol_amending_the_charter_is_no_blurb_of_the_charter() -> None:
    # set 47, zh.m.wikisource.org's page of the Charter: the protocol's header line
    protocol = "关于修改二〇〇二年六月七日在圣彼得堡(俄罗斯联邦)签署的《上海合作组织宪章》的议定书"
    assert titles_another_document(protocol, CHARTER, "agreement")
    # set 47, Sina: a report of the Charter's signing is the Charter's
    signed = ("2002年6月7日,上海合作组织成员国元首在圣彼得堡举行第二次会晤,"
              "签署《上海合作组织宪章》。")
    assert not titles_another_document(signed, CHARTER, "agreement")
    # the protocol's own card is named by its own title
    own = "关于修改《上海合作组织宪章》的议定书"
    assert not titles_another_document(protocol, own, "agreement")


def test_an_amending_word_in_a_clause_of_its_own_leaves_the_name_its_own() -> None:
    assert not titles_another_document(
        "The Charter, amended in 2010, sets out the SCO's aims.", CHARTER, "agreement")
    assert titles_another_document(
        "Protocol on amendments to the Charter of the Shanghai Cooperation Organisation",
        CHARTER, "agreement")


def test_page_chrome_is_no_stand_in_headline() -> None:
    # set 47: ifeng's search-word bar and Sina's breadcrumb trail over the headline
    assert _chrome("• 热门搜索词:")
    assert _chrome("新闻中心新浪首页 > 新闻中心 > 国内新闻 > 上海合作组织峰会专题 > 正文")
    title, _body = stand_in_title(
        "• 热门搜索词:\n2002年上合组织第二次峰会 成员国元首宣言\n"
        "2007年08月13日 15:40新华网投票数: 顶一下  【\n\n"
        "新华网圣彼得堡6月7日电(记者曾虎车玉明)上海合作组织元首第二次会晤7日上午在俄罗斯第二大城市"
        "圣彼得堡举行。")
    assert title == "2002年上合组织第二次峰会 成员国元首宣言"


def test_a_headline_with_a_colon_or_quotes_is_no_chrome() -> None:
    assert not _chrome("上合组织峰会:签署宪章")
    assert not _chrome("外交部发言人刘建超在此间宣布:")  # set 24: a sentence's lead-in
    # set 34: French quotation marks are no breadcrumb separators
    assert not _chrome("l'Iran pourrait devenir « membre à part entière » de l'OCS « bientôt » .")
