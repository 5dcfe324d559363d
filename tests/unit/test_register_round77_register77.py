"""Round 77 (register77): the register and the digest's document cards (issue 14).

Read as a reader, blind sets 48, 50, 51, 47, 46, 43 and 38 gave two faults of the card layer
more than once:

- a blurb opening on its report's dateline: the Chinese datelines in the traditional characters
  ("中新網5月29日電", set 47's Moscow Declaration, rb-7a025415b6; "俄羅斯衛星通訊社北京9月5日電",
  set 48's justice ministers' statement, rb-83f0057d21) and a wire's dateline on the sentence
  after a page's title line (BelTA's "ASTANA, 4. Juli (BelTA) –", set 50's Astana Declaration,
  rb-e285552376);
- a blurb that is only a lead-in ending on a colon: "From the Bishkek Declaration on Syria:"
  (set 48, rb-6cfcd6c60c), "Правительство Республики Казахстан ПОСТАНОВЛЯЕТ:" (set 50,
  rb-d507b6c8ee).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

import lxml.html
import pytest
from support import load_script

from pipeline.digest import card_blurb, with_what_it_leads
from pipeline.summarize import dateline_length, strip_dateline

# blind set 47 (rb-7a025415b6, nbnewpower.cn): the Moscow Declaration's report
ZHONGXIN_HANT = (
    "中新網5月29日電 中華人民共和國、哈薩克斯坦共和國、吉爾吉斯共和國、俄羅斯聯邦、塔吉克斯坦共和國"
    "和烏茲別克斯坦共和國元首29日在莫斯科簽署了《上海合作組織成員國元首宣言》。"
)
# blind set 48 (rb-83f0057d21, big5.sputniknews.cn): the justice ministers' joint statement
SPUTNIK_HANT = (
    "俄羅斯衛星通訊社北京9月5日電 上海合作組織秘書長張"
    "明9月5日在第十次上合組織成員國司法部長會議開幕式上"
    "致辭時表示,上合組織宜把握時代機遇,推動法律和司法合"
    "作取得更多實際成果,並指出,會上擬通過《聯合聲明》。"
)
# blind set 50 (golangjump.com): the outlet's name spaced from its place
ZHONGXIN_SPACED = (
    "中新网 北京2月26日电 (肖玉笛)“上合组织成员国的生态安全”圆桌会议26日在北京上合组织秘书处举行。"
)
# blind set 38 (jp.xinhuanet.com): Xinhua's Japanese dateline
XINHUA_JA = (
    "【新華社サンクトペテルブルク7月2日】上海協力機構(SCO)加盟国の国防相会議が30日、ロシアの"
    "サンクトペテルブルク市で行われた。"
)


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        (ZHONGXIN_HANT, "中華人民共和國"),
        (SPUTNIK_HANT, "上海合作組織秘書長"),
        (ZHONGXIN_SPACED, "“上合组织成员国的生态安全”"),
        (XINHUA_JA, "上海協力機構"),
    ],
)
def test_the_real_chinese_and_japanese_datelines_are_left_off(text: str, rest: str) -> None:
    assert strip_dateline(text).startswith(rest)


def test_a_word_after_the_day_is_no_dateline() -> None:
    # written: the film festival (電影節) and television (電視) in the traditional characters
    assert dateline_length("自6月13日電影節開幕以來,5天時間共有55部影片展映。") == 0
    assert dateline_length("上合組織6月13日電視台播出了峰會的報道。") == 0
    # written: a day opening a sentence, no outlet before it
    assert dateline_length("6月11日上午,上合组织国家电影节动员会议在青岛召开。") == 0


# blind set 50 (rb-e285552376, deu.belta.by), the page's title line and its first paragraph
BELTA_TITLE = (
    "Die SOZ-Staaten haben die „Erklärung von Astana“ und zwei Dutzend weitere Beschlüsse "
    "verabschiedet"
)
BELTA_BODY = (
    f"04 Juli 2024, 11:35\n\n{BELTA_TITLE}\n\nASTANA, 4. Juli (BelTA) – Die Staatschefs der "
    "Shanghaier Organisation für Zusammenarbeit (SOZ) haben beim Gipfeltreffen in der "
    "kasachischen Hauptstadt die „Erklärung von Astana“ und zwei Dutzend weitere Beschlüsse über "
    "Kooperation verabschiedet.\n\nIm Anschluss an die Ratssitzung wurde die „Erklärung von "
    "Astana“ verabschiedet."
)


def _card(name: str, kind: str, evidence: str, body: str, language: str) -> Any:
    doc = SimpleNamespace(
        id=1,
        name=name,
        type=kind,
        status="adopted",
        meeting="SCO Heads of State Council",
        venue="Astana",
        meeting_id="hsc-2024-astana",
        meeting_date="2024-07-04",
        events=[],
    )
    mention = SimpleNamespace(document_id=1, evidence=evidence, status="adopted")
    art = SimpleNamespace(
        id=1,
        source="deu.belta.by",
        language=language,
        published_at=datetime(2024, 7, 4, tzinfo=UTC),
        first_seen_at=datetime(2025, 1, 1, tzinfo=UTC),
        mentions=[mention],
        body=body,
        title=BELTA_TITLE,
    )
    return card_blurb(doc, [art], ("en",))


def test_the_opening_after_a_title_line_loses_its_wires_dateline() -> None:
    blurb = _card("Astana Declaration", "declaration", BELTA_TITLE, BELTA_BODY, "de")
    assert blurb.text.startswith("Die Staatschefs der Shanghaier Organisation")
    assert "BelTA" not in blurb.text


def test_an_opening_without_a_dateline_stays_whole() -> None:
    # written: the same page without its dateline
    body = BELTA_BODY.replace("ASTANA, 4. Juli (BelTA) – ", "")
    blurb = _card("Astana Declaration", "declaration", BELTA_TITLE, body, "de")
    assert blurb.text.startswith("Die Staatschefs der Shanghaier Organisation für Zusammenarbeit")


# blind set 48 (rb-6cfcd6c60c, www.rferl.org), the live blog's entry
RFERL = (
    '15:27 13.9.2013\nFrom the Bishkek Declaration on Syria:\n\n-"The settlement of international '
    "and regional conflicts must be carried out exclusively by peaceful political and diplomatic "
    "means, on the basis of equality, respect for the sovereignty and territorial integrity of "
    "states, non-interference in the internal affairs of states and the avoidance of the use of, "
    'or threat of force."\n\n-"Member states support the speedy resolution of the crisis in '
    'Syria by the Syrians themselves."'
)
# blind set 50 (rb-d507b6c8ee, adilet.zan.kz), the decree's opening
ADILET = (
    "О подписании Соглашения об учреждении и функционировании Университета Шанхайской организации "
    "сотрудничества\n\nПостановление Правительства Республики Казахстан от 7 июня 2017 года № 349"
    "\n\n      Правительство Республики Казахстан ПОСТАНОВЛЯЕТ:\n      1. Одобрить прилагаемый "
    "проект Соглашения об учреждении и функционировании Университета Шанхайской организации "
    "сотрудничества.\n      2. Уполномочить Министра образования и науки Республики Казахстан "
    "подписать Соглашение."
)


def test_the_bishkek_declarations_lead_in_gets_the_words_it_leads() -> None:
    said = with_what_it_leads(
        "From the Bishkek Declaration on Syria:", RFERL, "en", "declaration", "Bishkek Declaration"
    )
    assert said.startswith('From the Bishkek Declaration on Syria: "The settlement of')
    assert said.endswith('threat of force."')
    assert "Member states support" not in said


def test_the_decrees_formula_gets_its_first_article() -> None:
    said = with_what_it_leads(
        "Правительство Республики Казахстан ПОСТАНОВЛЯЕТ:",
        ADILET,
        "ru",
        "agreement",
        "Соглашение об учреждении и функционировании "
        "Университета Шанхайской организации сотрудничества",
    )
    assert said == (
        "Правительство Республики Казахстан ПОСТАНОВЛЯЕТ: Одобрить прилагаемый проект "
        "Соглашения об учреждении и функционировании Университета Шанхайской "
        "организации сотрудничества."
    )


def test_a_lead_in_that_tells_the_meeting_or_leads_nothing_stays() -> None:
    # written: a communiqué's opening tells who met where; it is a blurb as it is
    opening = "The heads of state, having gathered in Astana on 5 July 2005, state the following:"
    body = f"{opening}\n1. The member states reaffirm the principles of the Charter."
    assert with_what_it_leads(opening, body, "en", "declaration", "Astana Declaration") == opening
    # written: the lead-in is the body's last line, or what follows is no sentence
    assert with_what_it_leads("From the Declaration:", "Text.\nFrom the Declaration:", "en") == (
        "From the Declaration:"
    )
    assert (
        with_what_it_leads("From the Declaration:", "From the Declaration:\nPhoto gallery", "en")
        == "From the Declaration:"
    )
    # written: a sentence with no colon at its end
    assert with_what_it_leads("The declaration was adopted.", RFERL, "en") == (
        "The declaration was adopted."
    )


def test_the_reading_checks_count_those_blurbs() -> None:
    checks = load_script("digest_reading_checks")
    for dated in (ZHONGXIN_HANT, SPUTNIK_HANT, ZHONGXIN_SPACED, XINHUA_JA):
        assert checks._DATELINE.match(dated)
    assert not checks._DATELINE.match("自6月13日電影節開幕以來,5天時間共有55部影片展映。")
    # blind set 4: the agency's dateline with the day in characters, left off the blurb
    tashkent = (
        "中新社塔什干六月十八日電(記者李鵬)上海合作組織第四次元首會晤當地時間十七日在塔什干舉行。"
    )
    assert checks._DATELINE.match(tashkent)
    assert strip_dateline(tashkent).startswith("上海合作組織第四次元首會晤")
    assert checks._leads_only("From the Bishkek Declaration on Syria:")
    assert checks._leads_only("Правительство Республики Казахстан ПОСТАНОВЛЯЕТ:")
    assert not checks._leads_only(
        "The heads of state, having gathered in Astana on 5 July 2005, state the following:"
    )
    assert not checks._leads_only('From the Bishkek Declaration on Syria: "The settlement."')


def _entry_page(reports: list[tuple[str, str]]) -> Any:
    sources = "".join(
        f'<div class="src"><div class="m">{outlet} · 5 Jul 2023</div>'
        f'<a href="{url}">{url}</a></div>'
        for url, outlet in reports
    )
    return lxml.html.fromstring(
        '<html><body><div class="doc"><div class="dt">Declaration · adopted</div>'
        '<div class="dn">New Delhi Declaration</div>'
        '<div class="m">SCO Heads of State Council, New Delhi (video conference) · 4 Jul 2023</div>'
        f'<div class="rb">Reported by:</div>{sources}</div></body></html>'
    )


def test_the_video_summits_label_is_its_meetings_in_the_reading_check(tmp_path) -> None:
    # blind set 25: the New Delhi summit of 2023 was held by video; its reports are labelled
    # "video-summit-2023", which the check read as another meeting's (round 76's note)
    checks = load_script("digest_reading_checks")
    items = tmp_path / "set"
    items.mkdir()
    labelled = {
        "https://a.example/1": "video-summit-2023",
        "https://b.example/2": "astana-summit-2024",  # written: another meeting's report
        "https://c.example/3": "video-chg-2020",  # written: another video council's year
    }
    (items / "items.jsonl").write_text(
        "".join(json.dumps({"url": u, "story": s}) + "\n" for u, s in labelled.items())
    )
    folder = tmp_path / "digest"
    folder.mkdir()
    (folder / "set.txt").write_text(str(items))
    page = _entry_page([("https://a.example/1", "a.example")])
    assert checks.entry_checks(folder, page)["other meeting"] == 0
    page = _entry_page([(u, "x") for u in labelled])
    assert checks.entry_checks(folder, page)["other meeting"] == 2


def test_a_lead_in_over_its_translation_stays() -> None:
    # written after blind set 31's bilingual page: "... 聲明如下:" over the English version
    lead = "上海合作組織成員國政府首腦(總理)聲明如下:"
    body = f"{lead}\nHeads of Governments (Prime Ministers) of the SCO Member States state:"
    body += "\n一、各方支持區域經濟合作。"
    assert with_what_it_leads(lead, body, "zh-Hant") == lead


# the real blind set (wjbbs.cn): the Bishkek press communiqué's page, its title line a dateline
# and the communiqué's name, the text after it
WJBBS_TITLE = "新華社比什凱克6月14日電 上海合作組織成員國元首理事會會議新聞公報全文如下:"
WJBBS_BODY = (
    "上海合作組織成員國元首理事會會議\n新聞公報\n(2019年6月13日至14日,比什凱克)\n"
    "2019年6月13日至14日,上海合作組織成員國元首理事會會議在吉爾吉斯共和國比什凱克舉行。\n"
    "印度共和國總理莫迪出席會議。"
)


def test_a_title_line_with_its_dateline_still_heads_the_page() -> None:
    from pipeline.digest import _heads_page

    art = SimpleNamespace(body=WJBBS_BODY, title=WJBBS_TITLE)
    assert _heads_page(strip_dateline(WJBBS_TITLE), art)
    # written: another line is no title of this page
    assert not _heads_page("上海合作組織成員國外長理事會會議新聞公報全文如下:", art)
