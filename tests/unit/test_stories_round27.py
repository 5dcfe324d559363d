"""Round 27 of story grouping (blind set 21 as dev): a report published while another meeting is
under way at the venue of a meeting that has ended is not placed at the ended one
(`superseded`); a date in a sentence whose verb is in the future gives way to a date of the
lead's own event (`month_days`);
Tagalog dates; the Ufa "double summit" of BRICS and the SCO as a joint meeting; a Korean
scheduled present as a preview; and the council and venue names of blind set 21's languages
(bodies.toml, venues.toml). Every text here is written by the developers after the shapes of
the set's reports; none is copied from it."""

from __future__ import annotations

from datetime import date

from pipeline.documents.calendar import default_calendar
from pipeline.stories import (
    calendar_meeting,
    found_preview,
    joint_meeting,
    month_days,
    superseded,
    year_dates,
)
from pipeline.tagging import tag_article

COUNCIL = "SCO Heads of State Council"
GOVERNMENT = "SCO Heads of Government Council"
DEFENCE = "SCO Defence Ministers' Meeting"
COORDINATORS = "SCO Council of National Coordinators"



def _placed(published: date, day: date, councils: tuple[str, ...] = ()) -> str | None:
    meeting = calendar_meeting(default_calendar(), published, [day], "Astana", ["Astana"],
                               councils)
    return meeting.id if meeting else None


def test_a_report_of_the_summits_first_day_is_not_the_ministers_meeting_of_the_day_before(
        ) -> None:
    # the calendar: Astana's defence ministers on 7 June 2017, its summit on 8-9 June
    assert _placed(date(2017, 6, 7), date(2017, 6, 7)) == "dmm-2017-astana"
    # on the 8th the summit is under way at the same venue: a report naming no council is not
    # the ministers' meeting (nor yet the summit, whose main day is the 9th)
    assert _placed(date(2017, 6, 8), date(2017, 6, 8)) is None
    # ... unless it names the ministers' council
    assert _placed(date(2017, 6, 8), date(2017, 6, 7),
                   ("defence_ministers_council",)) == "dmm-2017-astana"


def test_superseded_needs_another_meeting_under_way_at_the_venue() -> None:
    cal = default_calendar()
    ministers = cal.get("dmm-2017-astana")
    assert ministers is not None
    assert superseded(cal, ministers, date(2017, 6, 8), ())
    assert not superseded(cal, ministers, date(2017, 6, 7), ())  # its own day
    assert not superseded(cal, ministers, date(2017, 6, 12), ())  # nothing under way then
    assert not superseded(cal, ministers, date(2017, 6, 8), ("defence_ministers_council",))


def test_a_date_in_a_sentence_in_the_future_gives_way_to_the_events_own_date() -> None:
    # written by the developers (Turkish): the coordinators met on the 7th; the summit "will be
    # held" on the 8th
    text = ("Ankara, 7 Haziran. ŞİÖ koordinatörleri 7 Haziran'da Astana'da toplandı. "
            "Heyetler 8 Haziran'da Astana'da gerçekleştirilecek zirvenin belgelerini görüştü.")
    assert month_days("", text) == {(6, 7, None)}
    # the same date in a sentence in the past is the event's
    assert (6, 8, None) in month_days("", "Zirve 8 Haziran'da Astana'da yapıldı.")
    # a lead dating only what is to come (an eve report: "the summit that starts tomorrow")
    assert month_days("", "Cumhurbaşkanı, 16 Eylül (yarın) başlayacak zirve öncesi liderlerle "
                      "görüştü.") == {(9, 16, None)}


def test_tagalog_dates() -> None:
    # written by the developers
    assert year_dates("", "Noong ika-10 ng Hunyo, 2018, ipininid ang pulong sa Qingdao.") == {
        date(2018, 6, 10)}
    assert month_days("", "Gaganapin ito sa ika-9 hanggang ika-10 ng Hunyo sa Qingdao.") == {
        (6, 9, None), (6, 10, None)}


def test_the_double_summit_of_brics_and_the_sco_is_a_joint_meeting() -> None:
    # written by the developers (Italian), "Brics" as Italian papers write it
    assert joint_meeting("Brics e Sco, doppio summit a Ufa",
                         "La città ospita due vertici: quello dei Brics e quello della Sco.")
    # the SCO's own summit alone is not
    assert not joint_meeting("Il vertice della Sco a Ufa",
                             "I leader della Sco si riuniscono a Ufa.")


def test_a_korean_scheduled_present_is_a_preview() -> None:
    # written by the developers: "the 18th meeting is convened in Qingdao on 9-10 June"
    meeting = default_calendar().get("hsc-2018-qingdao")
    assert meeting is not None
    seen = date(2018, 11, 10)
    assert found_preview("", "6월 9일부터 10일까지 상해협력기구 원수리사회 제18차 회의가 청도에서 "
                         "소집된다.", seen, meeting)
    assert not found_preview("", "6월 10일 상해협력기구 원수리사회 제18차 회의가 청도에서 "
                             "소집되었다.", seen, meeting)


def test_set_21s_council_and_venue_words(gaz) -> None:
    # written by the developers, one sentence per language
    ko = tag_article(gaz, "", "상해협력기구 회원국 정상리사회 제18차 회의가 청도에서 열렸다. "
                     "상해협력기구 회원국 정상들이 모였다.")
    assert COUNCIL in ko.bodies and "Qingdao" in ko.venues
    # Cheongdo county of Gyeongsang is no Qingdao
    assert "Qingdao" not in tag_article(gaz, "", "상하이협력기구(SCO) 관련 행사가 청도군에서 "
                                        "열렸다. 상하이협력기구는").venues
    tl = tag_article(gaz, "", "Ipininid ang Summit ng Shanghai Cooperation Organization (SCO) "
                     "sa Qingdao. Dumalo ang mga lider ng SCO.")
    assert COUNCIL in tl.bodies
    de = tag_article(gaz, "", "In Sotschi tagt das Treffen des Rats der Regierungschefs der "
                     "Shanghaier Organisation für Zusammenarbeit (SOZ). Die SOZ berät.")
    assert GOVERNMENT in de.bodies and "Sochi" in de.venues
    tr = tag_article(gaz, "", "Şanghay İşbirliği Örgütü (ŞİÖ) Savunma Bakanları Toplantısı ve ŞİÖ "
                     "Ulusal Koordinatörler Konseyi toplantısı Astana'da yapıldı.")
    assert DEFENCE in tr.bodies and COORDINATORS in tr.bodies
    ja = tag_article(gaz, "", "上海協力機構(SCO)首脳会議が青島で開かれた。上海協力機構の加盟国。")
    assert COUNCIL in ja.bodies
