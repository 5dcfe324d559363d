"""Round 29 of story grouping (blind sets 1-23 as dev): French, Spanish and Portuguese names of
the heads of government's and foreign ministers' councils, a Korean name of the foreign
ministers' meeting (bodies.toml), a French meeting ordinal ("23e réunion"), a summit named with
no council at a venue whose one meeting is the heads of government's (Urdu "سربراہ اجلاس"), and
"hours before the opening" or a lead dating only the eve as an undated page's preview. Every
text here is written by the developers (round 29) after the shapes of blind set 23's reports;
none is copied from a set."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.documents.calendar import default_calendar
from pipeline.stories import (
    _SUMMIT_WORD,
    dated_eve,
    found_preview,
    lead_ordinal,
    month_days,
    venue_meeting,
)
from pipeline.tagging import tag_article


@pytest.mark.parametrize("lang, text, body", [
    # written for this test
    ("fr", "Le Premier ministre a pris la parole au Conseil des chefs de gouvernement de "
     "l'Organisation de coopération de Shanghai (OCS).",
     "SCO Heads of Government Council"),
    ("es", "El primer ministro habló ante el Consejo de Jefes de Gobierno de la Organización de "
     "Cooperación de Shanghái.",
     "SCO Heads of Government Council"),
    ("pt", "O primeiro-ministro falou no Conselho de Chefes de Governo da Organização de "
     "Cooperação de Xangai.",
     "SCO Heads of Government Council"),
    ("fr", "Le Conseil des ministres des Affaires étrangères de l'Organisation de "
     "coopération de Shanghai s'est réuni à Goa.",
     "SCO Council of Foreign Ministers"),
    ("es", "El Consejo de Ministros de Asuntos Exteriores de la Organización de "
     "Cooperación de Shanghái se reunió en Goa.",
     "SCO Council of Foreign Ministers"),
    ("ko", "상하이협력기구(SCO) 외교장관회의가 톈진에서 열렸다.",
     "SCO Council of Foreign Ministers"),
])
def test_names_of_the_councils_in_more_languages(gaz, lang: str, text: str, body: str) -> None:
    assert body in tag_article(gaz, "", text, lang).bodies


def test_a_generic_council_name_needs_the_sco(gaz) -> None:
    # written for this test: another organisation's foreign ministers
    text = "Le Conseil des ministres des Affaires étrangères de l'Union africaine s'est réuni."
    assert not tag_article(gaz, "", text, "fr").bodies


@pytest.mark.parametrize("text, ordinal", [
    # written for this test
    ("M. Li s'est exprimé lors de la 23e réunion du Conseil des chefs de gouvernement.", 23),
    ("Le 24ème sommet de l'OCS s'est tenu à Astana.", 24),
    ("The 23rd meeting of the Council of Heads of Government.", 23),  # ordinal_in's
    ("Le 4 juillet, les dirigeants se sont réunis.", None),  # a day is no ordinal
    ("Il y avait 23 délégations à la réunion.", None),
])
def test_a_french_meeting_ordinal(text: str, ordinal: int | None) -> None:
    assert lead_ordinal(text) == ordinal


def test_a_summit_at_the_venue_of_the_heads_of_governments_one_meeting() -> None:
    calendar = default_calendar()
    # written for this test: Urdu "the SCO leaders' session in Islamabad: 8 documents signed"
    text = "اسلام آباد میں شنگھائی تعاون تنظیم کے سربراہ اجلاس میں 8 دستاویزات پر دستخط ہوئے۔"
    assert _SUMMIT_WORD.search(text)
    meeting = venue_meeting(calendar, "Islamabad", (), True, "", text)
    assert meeting is not None and meeting.id == "hgc-2024-islamabad"
    # no summit named and no council: unresolved
    assert venue_meeting(calendar, "Islamabad", (), False, "", text) is None
    # a venue of several meetings stays unresolved on a summit's word alone
    assert venue_meeting(calendar, "Tashkent", (), True, "",
                         "The SCO summit in Tashkent ended.") is None


@pytest.mark.parametrize("text", [
    # written for this test
    "وقعت الدولة مذكرة الانضمام إلى المنظمة قبل ساعات من انطلاق القمة في سمرقند.",
    "The country signed its memorandum hours before the opening of the summit in Samarkand.",
    "Страна подписала меморандум за несколько часов до открытия саммита в Самарканде.",
])
def test_hours_before_the_opening_is_a_preview_of_an_undated_page(text: str) -> None:
    meeting = default_calendar().get("hsc-2022-samarkand")
    assert meeting is not None
    assert found_preview("", text, date(2026, 4, 7), meeting)
    # the summit's own report is not
    held = "وقعت الدول الأعضاء إعلان سمرقند في ختام القمة."
    assert not found_preview("", held, date(2026, 4, 7), meeting)


def test_an_undated_page_dating_only_the_eve_is_no_report_of_the_meeting() -> None:
    meeting = default_calendar().get("hsc-2024-astana")  # 3-4 July 2024
    assert meeting is not None
    # written for this test: "On 2 July the president arrived in Astana to attend the 24th
    # meeting of the Council of Heads of State"
    eve = "Le 2 juillet, le président est arrivé à Astana pour assister à la 24e réunion."
    assert dated_eve(meeting, month_days("", eve))
    # the summit's own day, or the eve and the summit's day together, are not the eve alone
    assert not dated_eve(meeting, month_days("", "Le 4 juillet, le sommet s'est tenu à Astana."))
    assert not dated_eve(meeting, {(7, 2, None), (7, 4, None)})
    # a date written with another year, or no date, says nothing of the eve
    assert not dated_eve(meeting, {(7, 2, 2019)})
    assert not dated_eve(meeting, set())
