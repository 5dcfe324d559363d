"""Round 73 (register73): the document cards and the register a reader can trust.

Real-text cases are short excerpts of the dev sets' reports (blind sets 51 and 52); "written"
marks a case made up for the test."""

from __future__ import annotations

import datetime as dt
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

import lxml.html
from support import load_script

from pipeline.digest import (
    card_blurb,
    card_name,
    english_with_title,
    opens_on_quote,
    said_meeting,
    title_language,
    undated_look_ahead,
    unread_language,
)
from pipeline.documents.calendar import default_calendar
from pipeline.render import Digest, DigestDocument, blurb_mark, render_digest
from pipeline.stories import Features

HEADS = "SCO Heads of State Council"

# ---- a blurb in a language the reader does not read says which --------------------------------

# real, set 52, parstoday.ir (Swahili): the only report of Iran's signing an English reader's
# card could be blurbed by
SW_IRAN = ("Wakati huo huo, Iran imepongeza kusainiwa hati ya utekelezaji ya kujiunga na Jumuiya "
           "ya Ushirikiano ya Shanghai (SCO), na hivyo kuingia katika marhala mpya ya maingiliano "
           "na taasisi hiyo.")


def test_the_language_of_a_blurb_the_reader_does_not_read_is_named() -> None:
    assert unread_language("sw", ("en",)) == "Swahili"
    assert unread_language("es", ("it",)) == "Spanish"
    assert unread_language("uz-Cyrl", ("en",)) == "Uzbek"
    # read: the reader's language, or a script's variant of it; unknown: nothing said
    assert unread_language("en", ("en",)) == ""
    assert unread_language("zh-Hant", ("zh",)) == ""
    assert unread_language("de", ("en", "de")) == ""
    assert unread_language(None, ("en",)) == ""
    # a language whose name is not known is still told apart (written code)
    assert unread_language("xx", ("en",)) == "another language"


def test_the_line_over_a_blurb_joins_its_kind_and_its_language() -> None:
    assert blurb_mark(language="Swahili") == "In Swahili:"
    assert blurb_mark("signed", language="German") == "Told before it was signed, in German:"
    assert blurb_mark(own_text=True, language="Russian") == (
        "From the document's own text, in Russian:")
    assert blurb_mark("signed") == "Told before it was signed:"
    assert blurb_mark(own_text=True) == "From the document's own text:"
    assert blurb_mark() == ""


def _iran(blurb_in: str) -> Digest:
    iran = DigestDocument(
        name="Memorandum of Obligations of the Islamic Republic of Iran", type="memorandum",
        status="signed", meeting=f"{HEADS}, Samarkand", date=dt.date(2022, 9, 16), summary="",
        blurb=SW_IRAN, blurb_language="sw", blurb_in=blurb_in)
    now = dt.datetime(2025, 1, 4, 12, tzinfo=dt.UTC)
    return Digest(subscriber_email="reader@example.org", period_start=None, period_end=now,
                  documents=[iran], stories=[], filtered_counts={}, unsubscribe_url=None,
                  generated_at=now)


def test_the_swahili_blurb_of_an_english_readers_card_is_told_as_swahili() -> None:
    rendered = render_digest(_iran("Swahili"))
    assert "In Swahili:" in rendered.text
    assert "In Swahili:</div>" in rendered.html
    # a reader of Swahili is told nothing
    plain = render_digest(_iran(""))
    assert "In Swahili" not in plain.text and "In Swahili" not in plain.html


def test_the_reading_check_counts_an_unmarked_blurb_in_another_language() -> None:
    checks = load_script("digest_reading_checks")
    card = ('<table><tr><td class="doc"><div class="card">{mark}<div class="s" lang="sw">'
            f"{SW_IRAN}</div></div></td></tr></table>")
    bare = lxml.html.fromstring(card.format(mark=""))
    marked = lxml.html.fromstring(card.format(mark='<div class="m">In Swahili:</div>'))
    assert checks.language_checks(bare, frozenset({"en"}))["unmarked language"] == 1
    assert checks.language_checks(marked, frozenset({"en"}))["unmarked language"] == 0
    assert checks.language_checks(bare, frozenset({"sw"}))["unmarked language"] == 0
    assert checks.language_checks(bare, None)["unmarked language"] == 0


# ---- the blurb is the report's sentence of the document, not a speaker's words ------------------

# real, set 52, khabarikhush.tj (26 Oct 2023): a speech at the Bishkek heads of government
# council recalling the agreement, then the reporter's sentence of its signing
RU_SPEECH = ("«Считаем необходимым поручить транспортным ведомствам и совместной комиссии, "
             "сформированной в рамках соглашения о создании благоприятных условий для "
             "международных автомобильных перевозок, активизировать усилия по скорейшему запуску "
             "шести автомобильных маршрутов», — сказал он, выступая на заседании Совета глав "
             "правительств стран ШОС, проходящем в Бишкеке.\nСоглашение было подписано в Душанбе "
             "в 2014 году и вступило в силу в январе 2017 года.")
# real, set 52, asiaplus.news (4 Jul 2024): what the agreement is, where and when it was signed
RU_ASIAPLUS = ("Эмомали Рахмон на саммите ШОС пригласил государства-наблюдателей и государства – "
               "партнёров по диалогу присоединиться к Соглашению Организации о создании "
               "благоприятных условий для международных автомобильных перевозок.\nДокумент был "
               "подписан в рамках саммита ШОС в Душанбе в 2014 году.")
ROAD = ("Agreement between the Governments of the SCO Member States on the Facilitation of "
        "International Road Transport")


def _article(art_id: int, source: str, evidence: str, published: datetime | None,
             status: str = "signed", language: str = "ru") -> Any:
    mention = SimpleNamespace(document_id=1, evidence=evidence, status=status)
    return SimpleNamespace(id=art_id, source=source, language=language, published_at=published,
                           first_seen_at=datetime(2025, 1, 1, tzinfo=UTC), mentions=[mention],
                           body="", title="")


def test_a_quoted_speech_opens_on_a_quotation() -> None:
    assert opens_on_quote(RU_SPEECH)
    assert opens_on_quote("“We signed the agreement,” he said.")  # written
    assert not opens_on_quote(RU_ASIAPLUS)
    assert not opens_on_quote("The agreement, «on road transport», was signed.")  # written


def test_the_road_transport_card_is_blurbed_by_the_reporters_sentence() -> None:
    doc = SimpleNamespace(id=1, name=ROAD, type="agreement", status="signed",
                          meeting=HEADS, venue="Dushanbe", meeting_id="hsc-2014-dushanbe",
                          meeting_date="2014-09-12", events=[])
    # the speech was published first: without the rule it led as the earlier report
    speech = _article(1, "khabarikhush.tj", RU_SPEECH, datetime(2023, 10, 26, 12, tzinfo=UTC))
    report = _article(2, "asiaplus.news", RU_ASIAPLUS, datetime(2024, 7, 4, 12, tzinfo=UTC))
    blurb = card_blurb(doc, [speech, report], ("en",))
    assert blurb.text.startswith("Эмомали Рахмон на саммите ШОС пригласил")
    assert "Документ был подписан в рамках саммита ШОС в Душанбе в 2014 году." in blurb.text
    # alone, the speech is all there is and still blurbs the card
    assert card_blurb(doc, [speech], ("en",)).text.startswith("«Считаем необходимым")


# ---- an undated report looking ahead recalls the document it tells done -------------------------

# real, set 52, www.ittefaq.com.bd (undated, Bengali): its lead, Iran's accession "to be
# completed by July" (2023), and the sentence telling Raisi signed the memorandum at Samarkand
BN_SIGNED = "ইসলামী প্রজাতন্ত্র সমিতির সদস্য রাষ্ট্রের মর্যাদা অর্জনের জন্য একটি অঙ্গীকার স্বাক্ষর করেছেন তিনি।"


def _features(phase: str | None, lead_venues: frozenset[str] = frozenset(),
              meeting: str | None = None) -> Features:
    return Features(article_id=1, terms={}, entities=frozenset(),
                    when=datetime(2026, 12, 7, tzinfo=UTC), phase=phase, lead_venues=lead_venues,
                    meeting=meeting, undated=True)


def test_an_undated_report_looking_ahead_recalls_a_signed_memorandum() -> None:
    samarkand = default_calendar().get("hsc-2022-samarkand")
    assert samarkand is not None
    ittefaq = _article(1, "www.ittefaq.com.bd", BN_SIGNED, None, language="bn")
    assert undated_look_ahead(ittefaq, _features("ahead"), samarkand, 1)
    # its lead set at Samarkand (purnawarta.com's "Samarkand, Purna Warta – ...", set 52), placed
    # at the meeting, or not looking ahead: a report of the meeting
    assert not undated_look_ahead(ittefaq, _features("ahead", frozenset({"Samarkand"})),
                                  samarkand, 1)
    assert not undated_look_ahead(ittefaq, _features("ahead", meeting="hsc-2022-samarkand"),
                                  samarkand, 1)
    assert not undated_look_ahead(ittefaq, _features(None), samarkand, 1)
    # dated, or telling the memorandum only as planned (a preview), or another document's
    dated = _article(1, "x.example", BN_SIGNED, datetime(2022, 9, 16, tzinfo=UTC), language="bn")
    assert not undated_look_ahead(dated, _features("ahead"), samarkand, 1)
    planned = _article(1, "x.example", BN_SIGNED, None, status="planned", language="bn")
    assert not undated_look_ahead(planned, _features("ahead"), samarkand, 1)
    assert not undated_look_ahead(ittefaq, _features("ahead"), samarkand, 2)


# ---- a name in a third language is titled with its language -------------------------------------

# real, set 51, www.dataurgente.com (Spanish), the roadmap's stored name
ES_ROADMAP = ("Hoja De Ruta para la implementación de la Estrategia de Cooperación Energética "
              "hasta 2030")
EN_ROADMAP = ("Roadmap for the implementation of the SCO Energy Cooperation Development Strategy "
              "until 2030")


def test_a_spanish_title_for_an_italian_reader_says_it_is_spanish() -> None:
    titled = f"{EN_ROADMAP} (title in Spanish: {ES_ROADMAP})"
    assert card_name(ES_ROADMAP, ("it",), EN_ROADMAP, None, "es") == titled
    assert card_name(ES_ROADMAP, ("en",), EN_ROADMAP, None, "es") == titled
    # a reader of Spanish reads it as stored
    assert card_name(ES_ROADMAP, ("es",), EN_ROADMAP, None, "es") == ES_ROADMAP
    # a name in another script keeps round 56's bracket (its script shows it is another)
    assert english_with_title("Qingdao Declaration", "青岛宣言", "zh") == (
        "Qingdao Declaration (青岛宣言)")
    # no language known: the bracket alone, as before
    assert english_with_title(EN_ROADMAP, ES_ROADMAP) == f"{EN_ROADMAP} ({ES_ROADMAP})"


def test_the_titles_language_is_its_reports_else_a_clear_identification() -> None:
    assert title_language(ES_ROADMAP, "es", ("it",)) == "es"
    assert title_language(ES_ROADMAP, None, ("it",)) == "es"
    assert title_language(ES_ROADMAP, "es", ("es", "en")) is None
    assert title_language("Tianjin", None, ("it",)) is None  # written: too short to say


# ---- the meeting an unplaced card's reports name is a field --------------------------------------


def test_the_meeting_an_unplaced_documents_reports_name() -> None:
    loose = SimpleNamespace(meeting_id="", meeting=HEADS, venue="Bishkek")
    assert said_meeting(loose) == f"{HEADS}, Bishkek"
    assert said_meeting(SimpleNamespace(meeting_id="", meeting=None, venue="Samarkand")) == (
        "Samarkand")
    assert said_meeting(SimpleNamespace(meeting_id="", meeting=None, venue=None)) == ""
    placed = SimpleNamespace(meeting_id="hsc-2019-bishkek", meeting=HEADS, venue="Bishkek")
    assert said_meeting(placed) == ""
