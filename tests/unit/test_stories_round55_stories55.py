"""Round 55 of story grouping (issue 15; blind sets 39-41 as dev): the SCO's summit named in
Polish ("szczyt"), Japanese ("サミット"), Thai ("การประชุมสุดยอด") and Tamil ("ஷாங்காய்
ஒத்துழைப்பு மாநாடு"), and Ufa in Thai as "เมืองยูฟ่า" (the city of Ufa). Sentences
from the sets are cited with the set and item id; the counter-examples are written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.documents.calendar import Calendar, CalendarMeeting
from pipeline.stories import calendar_meeting, late_report, sco_summit_named
from pipeline.tagging import tag_article

TIANJIN = CalendarMeeting(id="hsc-2025-tianjin", council="heads_of_state_council",
                          venue="Tianjin", year=2025, ordinal=25, chair="CN",
                          start=date(2025, 8, 31), end=date(2025, 9, 1))
TIANJIN_FM = CalendarMeeting(id="cfm-2025-tianjin", council="foreign_ministers_council",
                             venue="Tianjin", year=2025, chair="CN",
                             start=date(2025, 7, 15))

# blind set 41, r-da5998ec34 (dorzeczy.pl, 31 August 2025), its third paragraph
PL_SUMMIT = ("W dwudniowym szczycie SzOW wezmą udział przedstawiciele ponad 20 krajów, w tym "
             "premier Indii Narendra Modi")
# blind set 41, r-fd85f3b24b (upday.com, 31 August 2025)
PL_ARRIVED = ("Władimir Putin przybył do chińskiego Tiencinu na szczyt Szanghajskiej Organizacji "
              "Współpracy.")
# blind set 41, r-0083519904 (mtown.my, 8 September 2025)
JA_LAST_WEEK = ("【2025年9月8日】中国は、先週天津で開催された上海協力機構(SCO)サミットにおいて、"
                "マレーシアのアンワル・イブラヒム首相がASEAN議長として出席し、建設的な役割を果たした"
                "ことを高く評価した。")
# blind set 41, r-99b868db5b (ryt9.com, 10 July 2015)
TH_UFA = ("การประชุมสุดยอดครั้งที่ 15 ขององค์การความร่วมมือเซี่ยงไฮ้ (SCO) เปิดฉากขึ้นแล้วในวันนี้"
          "ที่เมืองยูฟ่า ซึ่งอยู่ทางตะวันตกเฉียงใต้ของรัสเซีย")
# blind set 41, r-0f3706c2f6 (etvbharat.com, 15 September 2022)
TA_SAMARKAND = ("டெல்லி: ஷாங்காய் ஒத்துழைப்பு மாநாட்டில் கலந்துகொள்ள பிரதமர் நரேந்திர மோடி "
                "டெல்லியில் இருந்து உஸ்பெகிஸ்தானின் சமர்கண்ட் புறப்பட்டுள்ளார்.")


@pytest.mark.parametrize("lead", [
    PL_SUMMIT, PL_ARRIVED, JA_LAST_WEEK, TH_UFA, TA_SAMARKAND,
])
def test_the_summit_named_in_four_more_languages(lead: str) -> None:
    assert sco_summit_named("", lead, sco_named=True)


@pytest.mark.parametrize("lead", [
    # written for the test: "peak" as an adjective and the season's peak are no summit
    "Szanghajska Organizacja Współpracy w szczytowym okresie rozwoju.",
    # a Tamil conference of the SCO's ministers, "மாநாடு" alone
    "ஷாங்காய் ஒத்துழைப்பு அமைப்பின் வெளியுறவு அமைச்சர்கள் மாநாடு நடைபெற்றது.",
])
def test_no_summit_in_other_words(lead: str) -> None:
    assert not sco_summit_named("", lead, sco_named=True)


def test_another_organisations_summit_stays_apart() -> None:
    # written for the test: the BRICS summit (サミット), the SCO named beside it
    assert not sco_summit_named("", "BRICSサミットで上海協力機構(SCO)の加盟国が会談した。",
                                sco_named=True)
    # and no summit without the SCO named in the lead
    assert not sco_summit_named("", PL_ARRIVED, sco_named=False)


def test_a_polish_report_of_the_first_day_naming_only_the_summit() -> None:
    # no venue, no council: the only summit of its days (round 36's rule, now read in Polish)
    calendar = Calendar(meetings=(TIANJIN, TIANJIN_FM))
    summit = sco_summit_named("", PL_SUMMIT, sco_named=True)
    assert calendar_meeting(calendar, date(2025, 8, 31), [date(2025, 8, 31)], None,
                            summit_named=summit, session_named=summit,
                            sco_named=True) == TIANJIN
    # without the summit word it names no meeting
    assert calendar_meeting(calendar, date(2025, 8, 31), [date(2025, 8, 31)], None,
                            sco_named=True) is None


def test_a_japanese_report_of_last_weeks_summit_within_the_week() -> None:
    summit = sco_summit_named("", JA_LAST_WEEK, sco_named=True)
    assert late_report(TIANJIN, date(2025, 9, 8), [], True, (), "Tianjin", summit_named=summit)
    # a day more, or another city first, is no late report
    assert not late_report(TIANJIN, date(2025, 9, 9), [], True, (), "Tianjin",
                           summit_named=summit)
    assert not late_report(TIANJIN, date(2025, 9, 8), [], True, (), "Beijing",
                           summit_named=summit)


def test_ufa_in_thai_as_the_city_only(gaz) -> None:
    assert tag_article(gaz, "", TH_UFA).venues == ["Ufa"]
    # written for the test: "ยูฟ่า" alone is UEFA in Thai football news ("UEFA fined the club")
    assert "Ufa" not in tag_article(gaz, "", "ยูฟ่าสั่งปรับสโมสรหลังเกมแชมเปียนส์ลีก "
                                          "องค์การความร่วมมือเซี่ยงไฮ้ (SCO)").venues
