"""Round 72 (stories72, blind sets 42 and 43): reports of one SCO festival join by the
festival, the place and the days they name (festival_score); a date written with another year
is of that year (lead_dates); Urdu names the festival with the English word.
Sentences marked "written" were written for the test; the others are quoted from the sets."""

from datetime import UTC, date, datetime

from pipeline.stories import Features, festival_report, festival_score, lead_dates


def _festival(article_id: int, day: date, **kw) -> Features:
    base = dict(article_id=article_id, terms={}, entities=frozenset(),
                when=datetime(day.year, day.month, day.day, 12, tzinfo=UTC), day=day,
                days=frozenset({day}), festival=True, sco_lead=True)
    base.update(kw)
    return Features(**base)


def test_festival_reports_of_one_city_within_the_week_join():
    # set 43: the Qingdao festival's opening (13 June 2018) and the Urdu report of the 20th
    opening = _festival(1, date(2018, 6, 13), venue="Qingdao")
    later = _festival(2, date(2018, 6, 20), venue="Qingdao")
    assert festival_score(opening, later) > 0.0
    # ... not a festival of another city the same week, nor the city's festival a year on
    assert festival_score(opening, _festival(3, date(2018, 6, 14), venue="Chongqing")) == 0.0
    assert festival_score(opening, _festival(4, date(2019, 6, 13), venue="Qingdao")) == 0.0


def test_festival_reports_without_a_city_join_on_a_day_they_share():
    # set 43: "7月3日至7日,2025上合组织国家电影节在重庆永川成功举办" (7 July) and "7月6日晚,
    # 2025年上合组织国家电影节闭幕式在重慶市永川區舉辦" (9 July): Yongchuan is no meeting venue
    closing = _festival(1, date(2025, 7, 7), days=frozenset(date(2025, 7, d) for d in range(3, 8)),
                        dated=frozenset({date(2025, 7, 3), date(2025, 7, 7)}))
    late = _festival(2, date(2025, 7, 6), when=datetime(2025, 7, 9, 12, tzinfo=UTC),
                     dated=frozenset({date(2025, 7, 6)}))
    assert festival_score(closing, late) > 0.0
    # no city and days a week apart: nothing says it is one festival
    assert festival_score(closing, _festival(3, date(2025, 7, 14))) == 0.0


def test_no_festival_evidence_for_a_report_naming_no_sco_or_a_preview():
    opening = _festival(1, date(2018, 6, 16))
    # set 43: "제21회 상하이국제영화제가 16일 저녁 개막했다" (the Shanghai International Film
    # Festival): a festival, the SCO unnamed
    assert festival_score(opening, _festival(2, date(2018, 6, 17), sco_lead=False)) == 0.0
    # a preview ("将于6月13日至17日在青岛举行") is a story of its own
    assert festival_score(opening, _festival(3, date(2018, 6, 15), phase="ahead")) == 0.0
    # a report that is no festival's
    assert festival_score(opening, _festival(4, date(2018, 6, 16), festival=False)) == 0.0


def test_report_before_every_day_the_other_dates_is_the_eve():
    # set 42: the organisers' meeting of 11 June (published the 12th) beside the closing's
    # report "自6月13日电影节开幕以来" (published the 19th): one city, a day apart at most
    eve = _festival(1, date(2018, 6, 11), venue="Qingdao",
                    when=datetime(2018, 6, 12, 12, tzinfo=UTC),
                    dated=frozenset({date(2018, 6, 11)}))
    closing = _festival(2, date(2018, 6, 18), venue="Qingdao",
                        when=datetime(2018, 6, 19, 12, tzinfo=UTC),
                        days=frozenset({date(2018, 6, 13), date(2018, 6, 17), date(2018, 6, 18)}),
                        dated=frozenset({date(2018, 6, 13), date(2018, 6, 17), date(2018, 6, 18)}))
    assert festival_score(eve, closing) == 0.0
    # a report of the opening day beside the closing's report keeps its evidence
    opened = _festival(3, date(2018, 6, 13), venue="Qingdao")
    assert festival_score(opened, closing) > 0.0


def test_date_written_with_another_year_is_not_read_as_this_years():
    published = datetime(2025, 7, 7, 12, tzinfo=UTC)
    # quoted (set 43): the film's release of December 2023 recalled in the lead
    body = ("7月3日至7日,2025上合组织国家电影节在重庆永川成功举办。"
            "2023年12月15日上映的《三大队》突破了类型片的边界。")
    days = {d for _, d in lead_dates("", body, published)}
    assert date(2025, 7, 3) in days and date(2025, 7, 7) in days
    assert date(2025, 12, 15) not in days
    # written: the same date without a year is read in the year nearest publication
    assert date(2025, 12, 15) in {d for _, d in lead_dates("", "12月15日上映。", published)}
    # written: with this year's year, it stays
    assert date(2025, 7, 3) in {d for _, d in lead_dates("", "2025年7月3日开幕。", published)}


def test_urdu_festival_word():
    # quoted (set 43, Urdu)
    assert festival_report("", "شنگھائی تعاون تنظیم کا پہلا فلم فیسٹول سترہ تاریخ کو چین کے شہر "
                               "چھنگ تاؤ میں اختتام پزیر ہوا۔")
    # written: no festival
    assert not festival_report("", "شنگھائی تعاون تنظیم کا اجلاس اسلام آباد میں ہوا۔")
