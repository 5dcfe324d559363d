"""Round 56 (digest56): blind set 42 read as an English, a Russian and a Chinese reader get it,
and set 39's group cards.

Sentences and names marked "real" are quoted from the dev sets' reports (set and outlet named);
the others are written for the test.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from types import SimpleNamespace
from typing import Any

import lxml.html
from support import load_script
from test_digest_round36 import _select, _store

from pipeline.cli import documents_text
from pipeline.digest import card_name, english_gloss, glossed_name, outlet_name
from pipeline.render import Digest, DigestDocument, DigestItem, render_digest
from pipeline.summarize import dateline_length, summarize

NOW = datetime(2026, 12, 6, 12, tzinfo=UTC)
# real, set 39 (Ufa 2015): two names with no English one known, at one meeting
ZH_BORDER = "上海合作组织成员国边防合作协定"
ZH_STATEMENT = "上海合作组织成员国元首关于应对毒品问题的声明"


def _doc(name: str, kind: str) -> Any:
    return SimpleNamespace(id=1, name=name, type=kind, meeting="SCO Heads of State Council",
                           venue="Ufa", meeting_id="hsc-2015-ufa", meeting_date="2015-07-10",
                           status="signed", events=[])


def _named(name: str, kind: str, *, listed: bool = False) -> str:
    return card_name(name, ("en",), None, english_gloss(_doc(name, kind)), "zh", listed=listed)


# --- a group card's line: the gloss would repeat the heading and the bracket ------------------

def test_a_group_cards_line_leads_an_unread_name_with_its_language_only() -> None:
    """Set 39's Ufa card listed "Agreement, SCO Heads of State Council, Ufa 2015 — title in
    Chinese: 上海合作组织成员国边防合作协定 (Agreement, signed)" under the heading "SCO Heads of
    State Council, Ufa": the type twice, the meeting twice. A line says the language alone."""
    assert _named(ZH_BORDER, "agreement", listed=True) == f"Title in Chinese: {ZH_BORDER}"
    # negative: a card of its own keeps the whole gloss (its heading is the name)
    assert _named(ZH_BORDER, "agreement") == (
        f"Agreement, SCO Heads of State Council, Ufa 2015 — title in Chinese: {ZH_BORDER}")
    # negative: a name with an English one keeps it first, its stored title after a dash since
    # round 74 (the line's type bracket followed its bracket: "(青岛宣言) (Declaration, ...)");
    # a name in the reader's script is listed as before
    assert card_name("青岛宣言", ("en",), "Qingdao Declaration", "Declaration", "zh",
                     listed=True) == "Qingdao Declaration — title in Chinese: 青岛宣言"
    assert card_name("Tianjin Declaration", ("en",), None, "Declaration", None,
                     listed=True) == "Tianjin Declaration"
    # a reader of another script reads the name as stored, listed or not
    assert card_name(ZH_BORDER, ("zh",), None, "Agreement", "zh", listed=True) == ZH_BORDER


def _ufa(name: str, kind: str) -> DigestDocument:
    return DigestDocument(name=_named(name, kind), listed_name=_named(name, kind, listed=True),
                          type=kind, status="signed", meeting="SCO Heads of State Council, Ufa",
                          date=date(2015, 7, 10), summary="",
                          sources=[DigestItem("Ufa summit", "https://ufa.example/summit",
                                              "ufa.example", date(2015, 7, 10), "", "zh")],
                          blurb="在此次峰会上,各国元首签署了《上海合作组织成员国边防合作协定》。",
                          blurb_language="zh")


def _render(documents: list[DigestDocument]) -> tuple[str, lxml.html.HtmlElement]:
    d = Digest(subscriber_email="r@example.org", period_start=None, period_end=NOW,
               documents=documents, stories=[], filtered_counts={}, unsubscribe_url=None,
               generated_at=NOW)
    out = render_digest(d)
    return out.text, lxml.html.fromstring(out.html)


def test_a_group_card_shows_the_type_and_meeting_once_in_both_parts() -> None:
    text, page = _render([_ufa(ZH_BORDER, "agreement"), _ufa(ZH_STATEMENT, "statement")])
    assert "SCO Heads of State Council, Ufa" in text
    flat = " ".join(text.split())
    assert "- Title in Chinese: 上海合作组织成员国边防合作协定 (Agreement, signed)" in flat
    assert "Ufa 2015 —" not in flat and "Agreement, SCO" not in flat
    lines = [" ".join(n.text_content().split()) for n in page.find_class("ln")]
    assert lines == [f"Title in Chinese: {ZH_BORDER}", f"Title in Chinese: {ZH_STATEMENT}"]
    checks = load_script("digest_reading_checks")
    assert checks.card_checks(page)["gloss again"] == 0
    assert checks.card_checks(page)["unread title"] == 0
    # negative: a document alone keeps the gloss as its title
    text, page = _render([_ufa(ZH_BORDER, "agreement")])
    assert "Agreement, SCO Heads of State Council, Ufa 2015 — title in Chinese:" in " ".join(
        text.split())


def test_the_reading_check_counts_a_gloss_repeated_on_a_line() -> None:
    checks = load_script("digest_reading_checks")
    html = ('<table><tr><td class="doc"><div class="card">'
            '<div class="ln">Joint statement, SCO Heads of State Council, Ufa 2015 — title in '
            'Chinese: 上海合作组织成员国元首关于应对毒品问题的声明</div>'
            '<div class="lm">Joint statement, adopted</div>'
            '<div class="ln">Title in Chinese: 上海合作组织成员国边防合作协定</div>'
            '<div class="lm">Agreement, signed</div>'
            '<div class="ln">Joint Statement on Drugs</div><div class="lm">Joint statement, '
            'adopted</div></div><a href="https://ufa.example/">x</a></td></tr></table>')
    counts = checks.card_checks(lxml.html.fromstring(html))
    assert counts["gloss again"] == 1 and counts["unread title"] == 0
    assert checks._stored(f"Title in Chinese: {ZH_BORDER}") == ZH_BORDER
    assert checks._stored(f"Agreement, X — title as reported: {ZH_BORDER}") == ZH_BORDER
    assert checks._stored("Tianjin Declaration") == "Tianjin Declaration"


# --- the register listing: the gloss a digest card gives ----------------------------------------

def _row(name: str, **over: Any) -> dict[str, Any]:
    row = {"name": name, "english_name": None, "english_gloss": None, "type": "programme",
           "status": "planned", "meeting": "SCO Heads of State Council", "venue": "Ufa",
           "date": "2015-07-10", "meeting_id": "hsc-2015-ufa", "meeting_resolved": True,
           "meeting_format": None, "meeting_ordinal": None, "meeting_note": None,
           "history": [], "first_seen_at": "2025-01-01T00:00:00", "articles": []}
    return row | over


# real, set 42 (locman.kz): a Russian name with no English one known
RU_PROGRAMME = ("Программа взаимодействия и сотрудничества в борьбе с терроризмом, экстремизмом "
                "и сепаратизмом на 2016–2017 годы")


def test_the_register_listing_shows_the_gloss_a_reader_gets() -> None:
    """`scowatch documents` listed set 42's Russian programme by its stored name where the
    digest glosses it: it now lists the card's title."""
    doc = SimpleNamespace(name=RU_PROGRAMME, type="programme", meeting="SCO Heads of State "
                          "Council", venue="Ufa", meeting_id="hsc-2015-ufa",
                          meeting_date="2015-07-10")
    title = card_name(RU_PROGRAMME, ("en",), None, english_gloss(doc), "ru")
    assert title == ("Programme, SCO Heads of State Council, Ufa 2015 — title in Russian: "
                     + RU_PROGRAMME)
    # the register listing's gloss is the card's title (digest.glossed_name, which card_name gives)
    assert glossed_name(RU_PROGRAMME, english_gloss(doc), "ru") == title
    [line, *_] = documents_text([_row(RU_PROGRAMME, english_gloss=title)])
    assert line == f"{title}  [programme, planned]"
    # negatives: a name not glossed is listed as stored; an English name still leads
    assert glossed_name("Tianjin Declaration", "Declaration") is None
    assert documents_text([_row("Tianjin Declaration")])[0].startswith("Tianjin Declaration  [")
    [line, *_] = documents_text([_row("青岛宣言", english_name="Qingdao Declaration",
                                      english_gloss=None)])
    assert line.startswith("Qingdao Declaration (青岛宣言)  [")


# --- datelines the summaries opened with ------------------------------------------------------

# real, set 42 (en.inform.kz): Kazinform's dateline without a dash; the story was summarised
# "TASHKENT. The ministers of culture ..." (the dateline glued to the next paragraph)
KAZINFORM = ("TASHKENT. KAZINFORM The 13th meeting of culture ministers of the Shanghai "
             "Cooperation Organization (SCO) member states will take place in Tashkent June "
             "21-22, the press service of the Foreign Ministry of Uzbekistan said June 20.")
# real, set 42 (www.prnewswire.co.uk)
PRNEWSWIRE = ("QINGDAO, China, July 27, 2019 /PRNewswire/ -- On the afternoon of July 24, 2019, "
              "a master plan on building a demonstration area in Qingdao was reviewed.")
# real, set 42 (www.zaobao.cn, www.yuleba.org)
CNR = ("央广网青岛6月18日消息(记者王茂盛 王朝朋)6月17日晚,首届上合组织国家电影节闭幕式暨颁奖典礼在"
       "山东青岛西海岸灵山湾星光岛大剧院举行。")
XINWANG = "信网6月11日讯 6月11日上午,上合组织国家电影节动员会议在青岛西海岸新区召开。"
# real, set 42 (www.zaobao.cn): "电" opening a word ("电影节", the film festival), no dateline
FILM = "自6月13日电影节开幕以来,5天时间共有55部来自上合组织各国的优秀影片在青岛市的10家电影院展映。"


def test_kazinform_press_release_and_chinese_datelines_are_left_off() -> None:
    assert KAZINFORM[dateline_length(KAZINFORM):].startswith("The 13th meeting")
    assert PRNEWSWIRE[dateline_length(PRNEWSWIRE):].startswith("On the afternoon")
    spanish = ("BEIJING, 17 de septiembre de 2022 /PRNewswire/ — En su primer viaje al "
               "extranjero desde el brote ...")  # real, set 40
    assert spanish[dateline_length(spanish):].startswith("En su primer viaje")
    assert CNR[dateline_length(CNR):].startswith("6月17日晚")
    assert XINWANG[dateline_length(XINWANG):].startswith("6月11日上午")
    assert summarize(f"{KAZINFORM}\n\nThe ministers will discuss cooperation.", "en").startswith(
        "The 13th meeting")


def test_what_is_no_dateline_stays() -> None:
    assert dateline_length(FILM) == 0
    assert dateline_length("XVI. BRICS Zirvesi 22-24 Ekim 2024 tarihlerinde Kazan'da.") == 0
    # written: a place alone before a sentence, and an acronym opening one
    assert dateline_length("MOSCOW. The talks ended on Tuesday.") == 0
    assert dateline_length("SCO. The organisation met in Tianjin.") == 0
    assert dateline_length("6月11日上午,上合组织国家电影节动员会议在青岛召开。") == 0
    # written: a year without a wire between slashes
    assert dateline_length("BEIJING, July 27, 2019 -- China said.") > 0  # the older dash rule


def test_the_reading_check_counts_those_openings() -> None:
    checks = load_script("digest_reading_checks")
    assert checks._DATELINE.match("TASHKENT. The ministers of culture of Kazakhstan ...")
    assert checks._DATELINE.match(CNR) and checks._DATELINE.match(XINWANG)
    assert not checks._DATELINE.match(FILM)
    assert not checks._DATELINE.match("XVI. BRICS Zirvesi ...")


# --- an outlet's host with the root's dot ------------------------------------------------------

def test_an_outlets_host_loses_the_roots_dot() -> None:
    """Set 42's "Also covered by: eadaily.com., news.myseldon.com" (the link's host
    "eadaily.com."). Negatives: a name ending a sentence's abbreviation stays."""
    assert outlet_name("eadaily.com.") == "eadaily.com"
    assert outlet_name("eadaily.com") == "eadaily.com"
    assert outlet_name("Reuters Inc.") == "Reuters Inc."
    assert outlet_name("Xinhua") == "Xinhua"


# --- a look back that is a card's only report is not told again as a story --------------------

# written for this test: a page a year on looking back at the summit, set nowhere else (after
# set 42's 2002 inosmi.ru page recalling the Shanghai Convention of 2001)
LOOK_BACK = ("A year ago the heads of state of the Shanghai Cooperation Organization adopted the "
             "Tianjin Declaration, the main document of their 2025 summit in Tianjin.")
# written for this test: a report of a later meeting recalling the declaration
RECALL = ("MOSCOW, November 18. Russia hosted the SCO Council of Heads of Government in Moscow "
          "on Tuesday. The prime ministers said their work builds upon the Tianjin Declaration, "
          "adopted at the SCO summit in September.")


def test_a_look_back_making_a_card_is_not_told_again_as_a_story() -> None:
    """Set 42's Russian reader got the inosmi.ru page as the Shanghai Convention's card
    ("Recalled in later reports") and again as the fourth story, under the same sentence."""
    later = datetime(2026, 10, 2, 12, tzinfo=UTC)
    sel, text = _select(_store([("history", LOOK_BACK, later, 3, None)]),
                        datetime(2026, 10, 3, 12, tzinfo=UTC))
    [(doc, arts)] = sel.documents
    assert arts == [] and [a.source for a in sel.recalls[doc.id]] == ["history.example"]
    assert sel.stories == []
    assert "Recalled in later reports: history.example" in text
    assert "STORIES" not in text


def test_a_report_of_another_meeting_making_a_card_stays_a_story() -> None:
    """Negative (round 36): a recall reporting another meeting is that meeting's news too."""
    sel, _ = _select(_store([("moscow", RECALL, datetime(2025, 11, 18, 12, tzinfo=UTC), 2,
                              None)]))
    [(doc, arts)] = sel.documents
    assert arts == [] and [a.source for a in sel.recalls[doc.id]] == ["moscow.example"]
    assert [[a.source for a in story] for story in sel.stories] == [["moscow.example"]]
