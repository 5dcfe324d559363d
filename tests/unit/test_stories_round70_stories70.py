"""Round 70 of stories (stories70; blind set 52 as dev): reports of one event in other languages
and scripts joined by signals that need no translation. A venue named with an earlier year is an
earlier meeting's place (recalled_venue); "Shanghai" named first by a report naming the SCO, with
no meeting held in Shanghai near its day, is the organisation's name (shanghai_name_only); an Urdu
dateline before a colon is the agency's city (_dateline_city); Urdu names the SCO's session in the
oblique case with its participants between (sco_session_named)."""

from __future__ import annotations

from datetime import date

from pipeline.documents.calendar import default_calendar
from pipeline.stories import (
    _dateline_city,
    past_recalled_venue,
    recalled_venue,
    sco_session_named,
    shanghai_name_only,
)

# blind set 52, r-47ac3118d7 (Asia-Plus, 4 July 2024): Rahmon at the Astana summit; its one
# venue is the summit where the agreement was signed ten years before
ASIA_PLUS = (
    "Эмомали Рахмон на саммите ШОС пригласил государства-наблюдателей и государства – партнёров "
    "по диалогу присоединиться к Соглашению Организации о создании благоприятных условий для "
    "международных автомобильных перевозок.\n"
    "Документ был подписан в рамках саммита ШОС в Душанбе в 2014 году. Соглашение предусматривает "
    "создание новой разрешительной системы транспортировки грузов."
)
# blind set 52, r-4eb46260bd (Urdu, 4 May 2023): Bilawal leaves for the Goa council
URDU_GOA = (
    "اسلام آباد: وزیر خارجہ بلاول بھٹو زرداری بھارت کے شہر گووا روانہ ہو گئے ۔ وزیر خارجہ "
    "بلاول بھٹو زرداری کراچی سے خصوصی طیارے کے ذریعے بھارت روانہ ہوئے۔\n"
    "وزیر خارجہ شنگھائی تعاون تنظیم کے اجلاس میں شرکت کریں گے ۔"
)
# blind set 52, r-5bb24ac6d8 (Urdu, 13 June 2019): Imran Khan at the Bishkek summit
URDU_BISHKEK = ("وزیراعظم عمران خان آج شنگھائی تعاون تنظیم کے سربراہان مملکت کے اجلاس میں "
                "پاکستان کی نمائندگی کریں گے")


def test_a_venue_named_with_an_earlier_year_is_recalled() -> None:
    assert recalled_venue("", ASIA_PLUS, "Dushanbe", 2024)
    venue, venues, lead = past_recalled_venue("", ASIA_PLUS, "Dushanbe",
                                              frozenset({"Dushanbe"}), frozenset({"Dushanbe"}),
                                              2024)
    assert (venue, venues, lead) == (None, frozenset(), frozenset())


def test_a_venue_with_the_current_year_or_no_year_given_stays() -> None:
    # the same year: the meeting reported, not an earlier one
    assert not recalled_venue("", ASIA_PLUS.replace("2014", "2024"), "Dushanbe", 2024)
    # an undated page (no year given) reads only "last year"
    assert not recalled_venue("", ASIA_PLUS, "Dushanbe")
    # a year in another clause recalls nothing
    body = "Соглашение подписано в 2014 году. Саммит ШОС проходит в Душанбе."
    assert not recalled_venue("", body, "Dushanbe", 2024)


def test_shanghai_is_the_organisations_name_far_from_its_meetings() -> None:
    calendar = default_calendar()
    # Pars Today's Swahili report of the New Delhi summit, 4 July 2023
    assert shanghai_name_only(calendar, date(2023, 7, 4), True)
    # naming no SCO, Shanghai stays a place
    assert not shanghai_name_only(calendar, date(2023, 7, 4), False)
    # the Shanghai summit of June 2006 is held there
    assert not shanghai_name_only(calendar, date(2006, 6, 15), True)


def test_an_urdu_dateline_before_a_colon() -> None:
    assert _dateline_city(URDU_GOA) == "اسلام آباد"
    # a cased script still needs capitals
    assert _dateline_city("Islamabad: The minister left for Goa.") is None


def test_the_urdu_session_in_the_oblique_case() -> None:
    assert sco_session_named("", URDU_BISHKEK)
    assert sco_session_named("", URDU_GOA)
    # the SCO named, and a cabinet's session in another sentence
    assert not sco_session_named("", "شنگھائی تعاون تنظیم کے رکن ممالک کے ساتھ تجارت میں "
                                     "اضافہ ہوا۔ کابینہ کا اجلاس")


def test_a_year_past_a_comma_recalls_nothing() -> None:
    # blind set 43, r-7e1a7ba842: the SCO trade fair of the demonstration zone in Qingdao
    body = "2018年,在上海合作组织青岛峰会上,中方承诺支持在青岛建设上合示范区。"
    assert not recalled_venue("", body, "Qingdao", 2022)
