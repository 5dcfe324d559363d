"""Round 10 of story grouping: reports of one meeting in more languages resolve to it (the SCO's
names, venues and council words of the gazetteers), an undated preview found after its meeting
is no late report of it (found_preview), and an announcement more than a week ahead stays apart
from the week's previews (week_apart). The texts are short ones written by the scowatch
developers in the style of real reports, not taken from any evaluation set."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from pipeline.documents.calendar import default_calendar
from pipeline.stories import (
    PREVIEW_REACH_DAYS,
    Features,
    StoryParams,
    calendar_meeting,
    calendar_score,
    event_days,
    event_phase,
    found_preview,
    week_apart,
)
from pipeline.tagging import load_gazetteer, tag_article

HSC = "SCO Heads of State Council"
HGC = "SCO Heads of Government Council"

# (language, text, venue named or None, council named or None): each needs a round 10 entry
# of sco.toml, venues.toml or bodies.toml
TEXTS = [
    ("ko", "상하이협력기구(SCO) 정상회의가 31일 중국 톈진에서 개막했다.", "Tianjin", HSC),
    ("az", "Şanxay Əməkdaşlıq Təşkilatının (ŞƏT) dövlət başçıları şurasının iclası "
           "Səmərqənddə keçirilib.", "Samarkand", HSC),
    ("bs", "U Tjencinu je održan sastanak Vijeća šefova država Šangajske organizacije za "
           "saradnju (ŠOS).", "Tianjin", HSC),
    ("lt", "Šanchajaus bendradarbiavimo organizacijos valstybių narių vadovų taryba posėdžiavo "
           "Tianjine.", "Tianjin", HSC),
    ("it", "Il vertice del Consiglio dei Capi di Stato dell'Organizzazione per la cooperazione "
           "di Shanghai si è svolto ieri.", None, HSC),
    ("tr", "Şangay İşbirliği Örgütü Devlet Başkanları Konseyi toplantısı bugün yapıldı.", None,
     HSC),
    ("fa", "رئیس‌جمهور برای شرکت در اجلاس سران سازمان همکاری شانگهای عازم چین شد.", None, HSC),
    ("fa", "معاون اول رئیس‌جمهور برای شرکت در اجلاس نخست‌وزیران سازمان همکاری شانگهای وارد "
           "فرودگاه شد.", None, HGC),
    ("ur", "شنگھائی تعاون تنظیم کے سربراہان مملکت کونسل کا اجلاس ختم ہو گیا۔", None, HSC),
    ("ky", "Шанхай кызматташтык уюмунун жетекчилери чогулду: бүгүн ШКУнун саммити башталат.",
     None, HSC),
    ("hi", "शांगहाई सहयोग संगठन के सदस्य देशों के राज्याध्यक्षों की परिषद का सम्मेलन आज हुआ।", None,
     HSC),
    ("bn", "আজ চীনের সাংহাইয়ে সাংহাই সহযোগিতা সংস্থার রাষ্ট্রপ্রধান পরিষদের সম্মেলন হয়েছে।",
     "Shanghai", HSC),
    ("ja", "天津で開催された上海協力機構（SCO）加盟国首脳理事会は宣言を発表した。", "Tianjin", HSC),
    ("de", "Der SOZ-Gipfel der Shanghaier Kooperationsorganisation beginnt heute.", None, HSC),
]


@pytest.mark.parametrize(("lang", "text", "venue", "council"), TEXTS)
def test_the_sco_its_council_and_the_venue_are_read_in_more_languages(
        lang: str, text: str, venue: str | None, council: str) -> None:
    tags = tag_article(load_gazetteer(), "", text, lang)
    assert tags.sco_relevant
    assert council in tags.bodies
    if venue is not None:
        assert venue in tags.venues


def test_the_bengali_locative_of_shanghai_is_a_venue_not_the_organisations_name() -> None:
    # "সাংহাই" alone is the SCO's name here; "সাংহাইয়ে" (in Shanghai) is the city
    name_only = tag_article(load_gazetteer(), "", "সাংহাই সহযোগিতা সংস্থার সম্মেলন হয়েছে।", "bn")
    assert name_only.sco_relevant and "Shanghai" not in name_only.venues


def test_a_council_named_in_persian_lets_the_first_day_report_resolve() -> None:
    # published on the first of two days, a report names the meeting itself to resolve to it
    tags = tag_article(load_gazetteer(), "", "رئیس‌جمهور برای شرکت در اجلاس سران سازمان همکاری "
                       "شانگهای در تیانجین عازم چین شد.", "fa")
    councils = {"heads_of_state_council"} if HSC in tags.bodies else set()
    day = date(2025, 8, 31)
    meeting = calendar_meeting(default_calendar(), day, [day], "Tianjin", {"Tianjin"}, councils)
    assert meeting is not None and meeting.id == "hsc-2025-tianjin"


# --- an undated preview found after its meeting ------------------------------------------

def test_an_undated_preview_found_after_the_meeting_is_no_late_report() -> None:
    tianjin = default_calendar().get("hsc-2025-tianjin")
    assert tianjin is not None
    preview = ("Şanghay İşbirliği Örgütü Zirvesi 31 Ağustos-1 Eylül'de Tiencin şehrinde "
               "yapılacak.")
    report = "Şanghay İşbirliği Örgütü Zirvesi 1 Eylül'de Tiencin şehrinde sona erdi."
    found = date(2025, 12, 27)
    assert found_preview("", preview, found, tianjin)
    assert not found_preview("", report, found, tianjin)
    # before the meeting, a preview is what it says it is: no late report to undo
    assert not found_preview("", preview, date(2025, 8, 29), tianjin)


# --- an announcement more than a week ahead ----------------------------------------------

def _announcement(aid: int, day: date, lead: int) -> Features:
    """A report published on `day` announcing the Tianjin summit `lead` days ahead."""
    when = datetime.combine(day, datetime.min.time(), tzinfo=UTC) + timedelta(hours=12)
    return Features(aid, {f"word{aid}": 1.0}, frozenset({"state:CN"}), when, day=day,
                    days=frozenset({day}), venue="Tianjin", lead_venues=frozenset({"Tianjin"}),
                    preview=True, announces="hsc-2025-tianjin", announce_lead=lead,
                    sco_lead=True)


def test_an_announcement_more_than_a_week_ahead_stays_apart_from_the_weeks_previews() -> None:
    briefing = _announcement(1, date(2025, 8, 22), 9)
    preview = _announcement(2, date(2025, 8, 27), 4)
    eve = _announcement(3, date(2025, 8, 29), 2)
    week_before = _announcement(4, date(2025, 8, 24), PREVIEW_REACH_DAYS)
    assert week_apart(briefing, preview)
    assert calendar_score(briefing, preview, StoryParams()) == 0.0
    # two previews of the week, and one published a week before, still announce it together
    assert calendar_score(preview, eve, StoryParams()) > 0.0
    assert not week_apart(week_before, preview)
    assert calendar_score(week_before, eve, StoryParams()) > 0.0


def test_two_early_announcements_still_announce_it_together() -> None:
    first = _announcement(1, date(2025, 8, 21), 10)
    second = _announcement(2, date(2025, 8, 22), 9)
    assert not week_apart(first, second)
    assert calendar_score(first, second, StoryParams()) > 0.0


# --- dates and the future in more languages ----------------------------------------------

def test_korean_and_indonesian_dates_are_read() -> None:
    when = datetime(2025, 9, 1, 12, tzinfo=UTC)
    ko = event_days("", "중국 톈진에서 8월 31일 열린 상하이협력기구(SCO) 정상회의에", when)
    ko_range = event_days("", "상하이협력기구 정상회의가 8월 31일~9월 1일 톈진에서 열렸다.", when)
    id_ = event_days("", "KTT SCO diselenggarakan di Tianjin pada 31 Agustus 2025.", when)
    assert date(2025, 8, 31) in ko and date(2025, 8, 31) in id_
    assert date(2025, 8, 31) in ko_range


def test_the_japanese_non_past_of_the_meeting_verb_says_it_is_to_come() -> None:
    preview = "上海協力機構（SCO）首脳会議が8月31日から天津で開催されます。"
    assert event_phase("", preview) == "ahead"
    # a report's past progressive is no preview
    assert event_phase("", "天津で開催されていた首脳理事会は9月1日に宣言を発表しました。") is None
