"""Round 73 (meet73): a recorded document's step told at the venue and in the year of its one
meeting, where that venue held two calendar meetings that year (docs/tagging.md, "Round 73")."""

from __future__ import annotations

from datetime import date

from pipeline.documents.calendar import recorded_documents
from pipeline.tagging import Gazetteer
from tests.unit.round_helpers import gaz_placed, meeting_of

ROAD = (
    "Agreement between the Governments of the SCO Member States on the Facilitation of "
    "International Road Transport"
)

# blind set 52 rb-6c27494390 (Khabar-i Khush, 26 October 2023), the opening of its paragraphs
BISHKEK_2023 = (
    "Премьер-министр Таджикистана Кохир Расулзода предложил активизировать усилия для "
    "скорейшего запуска шести маршрутов для автомобильных перевозок на пространстве Шанхайской "
    "организации сотрудничества (ШОС).\n\n"
    "«Считаем необходимым поручить транспортным ведомствам и совместной комиссии, "
    "сформированной в рамках соглашения о создании благоприятных условий для международных "
    "автомобильных перевозок, активизировать усилия по скорейшему запуску шести автомобильных "
    "маршрутов», — сказал он, выступая на заседании Совета глав правительств стран ШОС, "
    "проходящем в Бишкеке.\n\n"
    "Соглашение было подписано в {place} в {year} году и вступило в силу в январе 2017 года."
)


def _bishkek(place: str = "Душанбе", year: int = 2014) -> str:
    return BISHKEK_2023.format(place=place, year=year)


def test_the_road_transport_agreement_is_recorded_at_the_dushanbe_summit() -> None:
    """The record names the summit of September 2014, not the foreign ministers of July."""
    by_name = {d.name: d.meeting for d in recorded_documents()}
    assert by_name[ROAD] == "hsc-2014-dushanbe"
    summit = meeting_of("hsc-2014-dushanbe")
    ministers = meeting_of("cfm-2014-dushanbe")
    assert summit.venue == ministers.venue == "Dushanbe" and summit.year == ministers.year


def test_signed_in_dushanbe_in_2014_told_by_the_next_sentence_is_the_summit(
    gaz: Gazetteer,
) -> None:
    """Set 52: "Соглашение было подписано в Душанбе в 2014 году" after the sentence of its name
    (which names the Bishkek council the article reports) is the summit's signing."""
    placed = gaz_placed(gaz, _bishkek(), date(2023, 10, 26))
    assert placed[ROAD] == ("signed", "hsc-2014-dushanbe")


def test_another_year_told_stays_unresolved(gaz: Gazetteer) -> None:
    """Written: a year the recorded meeting was not held in places nothing."""
    placed = gaz_placed(gaz, _bishkek(year=2015), date(2023, 10, 26))
    assert placed[ROAD][1] is None


def test_another_venue_told_is_not_the_record(gaz: Gazetteer) -> None:
    """Written: "signed in Astana in 2014" is not the Dushanbe summit, whatever the record says."""
    placed = gaz_placed(gaz, _bishkek(place="Астане"), date(2023, 10, 26))
    assert placed[ROAD][1] != "hsc-2014-dushanbe"


def test_the_arabic_report_of_the_signing_is_the_summit(gaz: Gazetteer) -> None:
    """Set 35 rb-fa3ff90ea4 (Kassioun, undated): "وتم التوقيع كذلك على اتفاق حكومي دولي بشأن
    تهيئة الظروف المواتية للنقل البري الدولي", in a report of the heads of state in Dushanbe on
    "12/9/2014", a day the reader does not read: the record's meeting."""
    body = (
        "وقع رؤساء الدول الأعضاء في منظمة شانغهاي للتعاون التي انعقدت في دوشينبيه يوم الجمعة "
        "12/9/2014 على وثيقة تنص على ضرورة مشاركة البلدان الأعضاء في عملية إنهاء الصراع في "
        "أوكرانيا.\n"
        "وتم التوقيع كذلك على اتفاق حكومي دولي بشأن تهيئة الظروف المواتية للنقل البري الدولي "
        "الذي سيعطي حسب الرئيس الروسي فلاديمير بوتين زخما لفكرة تشكيل نظام النقل العام في "
        "بلدان المنظمة."
    )
    placed = gaz_placed(gaz, body)
    assert placed[ROAD] == ("signed", "hsc-2014-dushanbe")
