"""Round 79 (cards79): what an English reader gets from a document card (issue 14).

A card whose every report is in a language the reader does not read says so over its blurb; a
bilingual page's English sentence is English, not the page's language; the energy and education
ministers' meetings that the real reports date and place are in the calendar, and a dated and
placed meeting of such a kind that the calendar lacks gets a health note.

Real-text cases are from blind sets 8, 17, 38 and 50 (tests/data); "written" marks a case made up
for the test."""

from __future__ import annotations

import datetime as dt
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

import lxml.html
from round_helpers import documents_body
from support import load_script

from pipeline.digest import card_blurb, reports_unread, sentence_language
from pipeline.documents import find_documents
from pipeline.documents.calendar import Calendar, default_calendar
from pipeline.render import Digest, DigestDocument, DigestItem, blurb_mark, render_digest

ROSCONGRESS = ("Memorandum of Understanding between the SCO Secretariat and the Roscongress "
               "Foundation")
# real, set 8, sarabic.ae (1 Sep 2025): the card's only report, in Arabic
AR_ROSCONGRESS = ('وقال مستشار الرئيس الروسي، أنطون كوبياكوف: "قرار توقيع مذكرة تفاهم بين أمانة '
                  'منظمة شنغهاي للتعاون ومؤسسة روسكونغرس، المُعتمد عقب قمة المنظمة …')
# its headline ("Leaders of the SCO sign a memorandum with Roscongress ...")
AR_HEADLINE = 'قادة "شنغهاي للتعاون" يوقعون مذكرة تفاهم مع "روسكونغرس" لتعزيز التعاون الاقتصادي'
# real, set 17, a Chinese page carrying the Qingdao Declaration's English text
EN_QINGDAO = ("The leaders of the Member States of the Shanghai Cooperation Organisation "
              "(hereinafter referred to as the SCO or the Organisation), following the meeting of "
              "the Council of Heads of State in Qingdao on 10 June 2018, hereby declare the "
              "following.")
# real, set 38, tjxz.cc ("中英双语 | 上海合作组织至2025年发展战略"): the strategy's English opening
EN_UFA = ("The Shanghai Cooperation Organization (hereinafter referred to as the SCO or the "
          "Organization) has established itself as one of the most influential partners in the "
          "modern system of international relations.")
# real, set 17, the same declaration reported in Chinese (a written sentence's length aside)
ZH_QINGDAO = "成员国元首签署并发表《上海合作组织成员国元首理事会青岛宣言》。"


def _item(source: str, language: str | None, title: str = "") -> DigestItem:
    return DigestItem(title=title, url=f"https://{source}/a", source=source,
                      published_at=dt.date(2025, 9, 1), summary="", language=language)


# ---- a card none of whose reports the reader reads says so --------------------------------------


def test_a_card_with_one_report_in_arabic_says_it_is_the_only_one() -> None:
    assert reports_unread([_item("sarabic.ae", "ar")], ("en",)) == "the card's only report"


def test_a_card_whose_reports_are_all_in_other_languages_says_none_is_in_english() -> None:
    # set 17's Tianjin Declaration: Portuguese, Russian, Arabic and Chinese reports
    items = [_item("brasildefato.com.br", "pt"), _item("ria.ru", "ru"),
             _item("alsahafi.dz", "ar"), _item("news.mingpao.com", "zh-Hant")]
    assert reports_unread(items, ("en",)) == "no report in English"
    assert reports_unread(items, ("en", "fr")) == "no report in English or French"


def test_a_card_with_a_report_the_reader_reads_says_nothing_more() -> None:
    items = [_item("sarabic.ae", "ar"), _item("news.az", "en")]
    assert reports_unread(items, ("en",)) == ""
    assert reports_unread([_item("ria.ru", "ru")], ("en", "ru")) == ""
    # a report of unknown language may be the reader's: nothing claimed
    assert reports_unread([_item("sarabic.ae", "ar"), _item("x.org", None)], ("en",)) == ""
    assert reports_unread([], ("en",)) == ""


def test_the_line_over_the_blurb_says_the_card_has_no_report_to_read() -> None:
    assert blurb_mark(language="Arabic", alone="the card's only report") == (
        "In Arabic (the card's only report):")
    assert blurb_mark("signed", language="German", alone="no report in English") == (
        "Told before it was signed, in German (no report in English):")
    # as before without it
    assert blurb_mark(language="Arabic") == "In Arabic:"
    assert blurb_mark() == ""


def _roscongress(alone: str) -> Digest:
    card = DigestDocument(
        name=ROSCONGRESS, type="memorandum", status="planned",
        meeting="SCO Heads of State Council, Tianjin", date=dt.date(2025, 9, 1), summary="",
        sources=[_item("sarabic.ae", "ar", AR_HEADLINE)], blurb=AR_ROSCONGRESS, blurb_language="ar",
        blurb_in="Arabic", blurb_alone=alone)
    now = dt.datetime(2025, 9, 2, 12, tzinfo=dt.UTC)
    return Digest(subscriber_email="reader@example.org", period_start=None, period_end=now,
                  documents=[card], stories=[], filtered_counts={}, unsubscribe_url=None,
                  generated_at=now)


def test_the_roscongress_card_tells_an_english_reader_its_only_report_is_arabic() -> None:
    rendered = render_digest(_roscongress("the card's only report"))
    assert "In Arabic (the card's only report):" in " ".join(rendered.text.split())
    assert "In Arabic (the card's only report):</div>" in rendered.html
    # the reading checks count the card as told, and the same card without the words as not
    checks = load_script("digest_reading_checks")
    languages = frozenset({"en"})
    told = checks.language_checks(lxml.html.fromstring(rendered.html), languages)
    assert told["unmarked language"] == 0 and told["alone untold"] == 0
    untold = render_digest(_roscongress(""))
    counts = checks.language_checks(lxml.html.fromstring(untold.html), languages)
    assert counts["unmarked language"] == 0 and counts["alone untold"] == 1


# ---- a bilingual page's English sentence is English ---------------------------------------------


def test_an_english_sentence_on_a_chinese_page_is_english() -> None:
    assert sentence_language(EN_QINGDAO, "zh") == "en"
    assert sentence_language(EN_UFA, "zh") == "en"


def test_a_sentence_in_its_pages_script_keeps_the_pages_language() -> None:
    assert sentence_language(ZH_QINGDAO, "zh") == "zh"
    # Uzbek is written in the Latin and the Cyrillic script: a Latin sentence is still Uzbek
    # (set 8, old.gov.uz)
    uz = ("2022-yil 24-iyun kuni Toshkent shahrida Shanxay hamkorlik tashkilotiga a'zo davlatlar "
          "energetika vazirlarining ikkinchi yig'ilishi bo'lib o'tadi.")
    assert sentence_language(uz, "uz") == "uz"
    # a Hindi sentence opening on an English title is Hindi (set 17, hindi.news24online.com)
    hi = ("SCO Summit Joint Statement: शंघाई सहयोग संगठन (SCO) के सभी 22 राष्ट्राध्यक्षों ने "
          "संयुक्त घोषणा पत्र जारी किया है।")
    assert sentence_language(hi, "hi") == "hi"
    assert sentence_language(EN_QINGDAO, None) is None


def _article(art_id: int, source: str, evidence: str, language: str) -> Any:
    mention = SimpleNamespace(document_id=1, evidence=evidence, status="signed")
    return SimpleNamespace(id=art_id, source=source, language=language,
                           published_at=datetime(2018, 6, 11, 12, tzinfo=UTC),
                           first_seen_at=datetime(2025, 1, 1, tzinfo=UTC), mentions=[mention],
                           body="", title="")


def test_the_english_reader_gets_the_bilingual_pages_english_sentence_as_english() -> None:
    doc = SimpleNamespace(id=1, name="Qingdao Declaration", type="declaration", status="signed",
                          meeting="SCO Heads of State Council", venue="Qingdao",
                          meeting_id="hsc-2018-qingdao", meeting_date="2018-06-10", events=[])
    chinese = _article(1, "arabic.people.com.cn", ZH_QINGDAO, "zh")
    bilingual = _article(2, "formacion-profesional-a-distancia.com", EN_QINGDAO, "zh")
    blurb = card_blurb(doc, [chinese, bilingual], ("en",))
    assert blurb.text == EN_QINGDAO
    assert blurb.language == "en"  # no "In Chinese:" over it


def test_the_reading_check_counts_an_english_blurb_marked_chinese() -> None:
    checks = load_script("digest_reading_checks")
    card = ('<table><tr><td class="doc"><div class="card"><div class="s" lang="{lang}">'
            f"{EN_UFA}</div></div></td></tr></table>")
    wrong = lxml.html.fromstring(card.format(lang="zh"))
    right = lxml.html.fromstring(card.format(lang="en"))
    assert checks.language_checks(wrong, frozenset({"en"}))["language against script"] == 1
    assert checks.language_checks(right, frozenset({"en"}))["language against script"] == 0


# ---- the calendar's energy and education ministers' meetings ------------------------------------


def test_the_energy_ministers_meetings_of_set_8_are_in_the_calendar_with_their_sources() -> None:
    calendar = default_calendar()
    astana = calendar.get("energy-2024-astana")
    tashkent = calendar.get("energy-2022-tashkent")
    assert astana is not None and tashkent is not None
    assert (astana.council, astana.venue, astana.start) == (
        "energy_ministers", "Astana", dt.date(2024, 6, 21))
    assert (tashkent.venue, tashkent.start, tashkent.ordinal) == (
        "Tashkent", dt.date(2022, 6, 24), 2)
    for meeting in (astana, tashkent, calendar.get("education-2024-moscow")):
        assert meeting is not None and meeting.source.startswith("http") and meeting.checked


def test_the_2030_energy_strategy_resolves_to_the_astana_ministers_meeting() -> None:
    # set 8, lite.mir24.tv (21 June 2024): "Участники совещания глав Минэнерго ... в Астане"
    found = find_documents("", documents_body("real-blind8", "rb-dcbf49faad"), dt.date(2024, 6, 21))
    strategy = [m for m in found if m.type == "strategy"]
    assert strategy and all(m.meeting.id == "energy-2024-astana" for m in strategy)


def test_sputniks_almaty_is_no_calendar_gap() -> None:
    # set 8, sputnikglobe.com: "after the SCO meeting in the Kazakh city of Almaty", the ministers
    # having met in Astana that day: no note asking to add an Almaty meeting
    found = find_documents("", documents_body("real-blind8", "rb-3b146b9c66"), dt.date(2024, 6, 21))
    assert found and all(m.meeting.gap is None for m in found)


def test_a_dated_and_placed_ministers_meeting_the_calendar_lacks_gets_a_health_note() -> None:
    # set 50, ru.gnfccsco.com: "18 апреля в Москве ... состоялось восьмое Совещание министров
    # образования": without the calendar's entry, a note naming it; with it, resolved
    body = documents_body("real-blind50", "rb-f5fcdc03db")
    full = default_calendar()
    lacking = Calendar(tuple(m for m in full.meetings if m.id != "education-2024-moscow"))
    noted = find_documents("", body, dt.date(2024, 4, 19), calendar=lacking)
    assert noted and noted[0].meeting.id is None
    assert noted[0].meeting.gap == "SCO Meeting of Education Ministers, Moscow, 2024-04-18"
    placed = find_documents("", body, dt.date(2024, 4, 19), calendar=full)
    assert placed and placed[0].meeting.id == "education-2024-moscow"
    assert placed[0].meeting.gap is None


def test_an_undated_ministers_meeting_gets_no_health_note() -> None:
    # written: the same kind of meeting with a place and no day stays unnoted (round 35)
    body = ("В Москве состоялось Совещание министров образования государств – членов ШОС. "
            "Министры утвердили Концепцию Университета ШОС.")
    lacking = Calendar(tuple(m for m in default_calendar().meetings
                             if m.council != "education_ministers"))
    found = find_documents("", body, None, calendar=lacking)
    assert all(m.meeting.gap is None for m in found)
