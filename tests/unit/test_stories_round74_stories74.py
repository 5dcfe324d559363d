"""Round 74 (stories74, blind sets 20, 13, 29, 42, 14): Persian dates of the Solar Hijri
calendar are read (through jdatetime); the SCO's session named in Persian's short form, or begun
in the lead and ending past it, names the meeting, and for the week after a summit names the
summit; an undated page whose lead says what leaders will do at the summit (French) or gives the
summit's day in the German present is a preview; Czech Tianjin with its case endings.
Sentences marked "written" were written for the test; the others are quoted from the sets."""

from datetime import date

import pytest
from round_helpers import meeting_of, noon

from pipeline.documents.calendar import default_calendar
from pipeline.stories import (
    calendar_meeting,
    event_days,
    found_preview,
    lead_dates,
    month_days,
    sco_session_named,
    year_dates,
)
from pipeline.tagging import load_gazetteer, tag_article

SEEN = date(2026, 3, 13)  # an archive crawl, months after the meetings


# --- Solar Hijri dates ---------------------------------------------------------------------------

def test_solar_hijri_day_without_year_read_near_publication():
    # set 20, 3 September 2025: "this Wednesday evening, 12 Shahrivar" is 3 September 2025
    lead = ("به گزارش خبرگزاری صدا و سیما، آقای مسعود پزشکیان عصر امروز چهارشنبه ۱۲ شهریور پس از "
            "بازگشت از سفر چین")
    published = noon(date(2025, 9, 3))
    assert date(2025, 9, 3) in [d for _, d in lead_dates("", lead, published)]
    assert date(2025, 9, 3) in event_days("", lead, noon(date(2025, 9, 4)))
    # ... and without its year, no (month, day) for an undated page: the Gregorian day of a
    # Solar Hijri date moves by one from year to year
    assert month_days("", lead) == frozenset()


def test_solar_hijri_date_with_its_year():
    # set 42: Iran's membership approved "on Friday 26 Shahrivar 1400" (17 September 2021), at
    # the 21st summit
    lead = ("و تایید عضویت ایران روز جمعه ۲۶ شهریور ۱۴۰۰ در بیست و یکمین نشست سران سازمان همکاری "
            "شانگهای")
    assert year_dates("", lead) == frozenset({date(2021, 9, 17)})
    assert (9, 17, 2021) in month_days("", lead)
    # set 14: "صبح امروز یکشنبه 9 شهریور 1404" (this Sunday morning, 31 August 2025), in Latin
    # figures
    assert date(2025, 8, 31) in year_dates("", "مسعود پزشکیان صبح امروز یکشنبه 9 شهریور 1404")


def test_solar_hijri_range_and_words_that_are_no_month():
    # written: "on 9 to 10 Shahrivar 1404 in Tianjin" (31 August - 1 September 2025)
    assert year_dates("", "روز ۹ تا ۱۰ شهریور ۱۴۰۴ در تیانجین") == frozenset(
        {date(2025, 8, 31), date(2025, 9, 1)})
    # written: "5 meetings" ("دیدار" opens with the month Dey): no date
    assert lead_dates("", "رئیس جمهور ۵ دیدار داشت", noon(date(2025, 9, 3))) == []
    # written: "5 Dey" (the month alone) is 26 December 2025
    assert [d for _, d in lead_dates("", "۵ دی ماه", noon(date(2025, 12, 1)))] == [
        date(2025, 12, 26)]


# --- the SCO's session named ---------------------------------------------------------------------

def test_session_name_begun_in_the_lead_counts():
    # set 20, 31 August 2025: the welcome banquet's report names the session from character 380
    # to 407 (the lead is 400); the sentence is quoted, the text before it stands for the rest
    lead = "ش" * 376 + "\nامسال اجلاس سازمان همکاری شانگهای در حالی برگزار میشود که"
    assert lead.index("اجلاس") < 400 < lead.index("شانگهای") + len("شانگهای")
    assert sco_session_named("", lead)
    # ... not a name begun past the lead
    assert not sco_session_named("", "ش" * 410 + " اجلاس سازمان همکاری شانگهای")


def test_short_session_name_places_the_summit_in_the_week_after():
    # set 20, 3 September 2025: Pezeshkian back "from the trip to China and the SCO's session"
    lead = "پس از بازگشت از سفر چین و حضور در اجلاس همکاری شانگهای"
    assert sco_session_named("", lead)
    calendar = default_calendar()
    published = date(2025, 9, 3)
    placed = calendar_meeting(calendar, published, [published], None, states=["CN"],
                              sco_named=True, session_named=True)
    assert placed is not None and placed.id == "hsc-2025-tianjin"
    # ... not without the session named, nor for a host state not named
    assert calendar_meeting(calendar, published, [published], None, states=["CN"],
                            sco_named=True) is None
    assert calendar_meeting(calendar, published, [published], None, states=["IN"],
                            sco_named=True, session_named=True) is None
    # ... nor beyond the week after the summit
    late = date(2025, 9, 12)
    assert calendar_meeting(calendar, late, [late], None, states=["CN"], sco_named=True,
                            session_named=True) is None


# --- undated previews -----------------------------------------------------------------------

def test_french_future_of_what_leaders_will_do_at_the_summit():
    # set 13 (undated): the SCO's secretary general's interview before Samarkand
    lead = ("Le secrétaire général de l'OCS, Zhang Ming, dans une interview exclusive avec TASS a "
            "fait vendredi cette annonce et a également ajouté que la candidature de la "
            "Biélorussie pour obtenir le statut d'Etat membre de cette organisation "
            "internationale est activement discutée.\n\"Nous espérons qu'au sommet de Samarkand, "
            "les dirigeants des pays signeront un mémorandum d'obligations de la partie iranienne")
    meeting = meeting_of("hsc-2022-samarkand")
    assert found_preview("", lead, SEEN, meeting)
    # written: the report says what they signed
    report = ("Au sommet de Samarkand, les dirigeants des pays ont signé un mémorandum "
              "d'obligations de la partie iranienne.")
    assert not found_preview("", report, SEEN, meeting)


def test_german_present_of_the_summit_with_its_day():
    # set 29 (undated): a press release of the Uzbek chair before Samarkand
    lead = ("Berlin (ots) -Zum Gipfeltreffen der Shanghaier Organisation für Zusammenarbeit (SOZ), "
            "das unter dem Vorsitz Usbekistans am 15. und 16. September in Samarkand "
            "stattfindet, erklärt der Präsident der Republik Usbekistan, Shavkat Mirziyoyev, das "
            "Ziel der Konferenz.")
    meeting = meeting_of("hsc-2022-samarkand")
    assert found_preview("", lead, SEEN, meeting)
    # written: the past, as a report writes it
    report = lead.replace("stattfindet", "stattfand")
    assert not found_preview("", report, SEEN, meeting)


# --- Czech Tianjin -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # set 42: "on Sunday morning Putin too arrived in Tianjin"
    "V neděli ráno do Tchien-ťinu dorazil i ruský vůdce Putin.",
    # written: "the summit in Tianjin"
    "Summit v Tchien-ťinu skončil.",
])
def test_czech_tianjin_with_case_endings(text: str):
    assert tag_article(load_gazetteer(), "", text, "cs").venues == ["Tianjin"]
