"""Round 66 (stories66): an exercise named with its year runs two weeks, so a span of it begun
at publication is under way (no preview); a report published before the first day of the span
another report of the exercise gives is its preview, never joined to it by the key. Sentences
from blind set 50 (a dev set since its one run), with their item ids."""

from datetime import UTC, date, datetime

from pipeline.stories import (
    EVENT_REACH_DAYS,
    Features,
    before_opening,
    current_span,
    event_keys,
    key_score,
)

# blind set 50, r-566e148006 (chinamil, orenburg-peace-mission-2021), published 13 September 2021
ORENBURG_OPENING = (
    'Chinese troops participating in the "Peace Mission 2021," a counter-terrorism military '
    "exercise for Shanghai Cooperation Organization (SCO) member states, held an opening "
    "ceremony at a camp in Orenburg, Russia on Sunday.\n\nThe ceremony began with a "
    "flag-raising ceremony at 9:00 a.m. local time.\n\nThe drill is being held in Orenburg from "
    "Sept. 11 to 25."
)
SEPT_13 = datetime(2021, 9, 13, 12, tzinfo=UTC)


def test_an_exercise_span_of_two_weeks_is_under_way():
    # the meeting reading (a week at most) leaves the fortnight out; the exercise's reads it
    assert not current_span("", ORENBURG_OPENING, SEPT_13)
    span = current_span("", ORENBURG_OPENING, SEPT_13, EVENT_REACH_DAYS)
    assert min(span) == date(2021, 9, 11) and max(span) == date(2021, 9, 25)
    assert "peace_mission@2021" in event_keys("", ORENBURG_OPENING)
    # read the day before it opens, the span has not begun: no span, the report may be a preview
    assert not current_span("", ORENBURG_OPENING, datetime(2021, 9, 10, 12, tzinfo=UTC),
                            EVENT_REACH_DAYS)


def _features(when: datetime, **kwargs) -> Features:
    return Features(article_id=int(when.timestamp()) % 1000, terms={}, entities=frozenset(),
                    when=when, keys=frozenset({"peace_mission@2018"}),
                    bodies=frozenset({"peace_mission"}), sco_lead=True, **kwargs)


# blind set 50, r-bcec1294bf (zh-Hant, chebarkul-peace-mission-2018), published 24 August 2018:
# "8月22日至29日,“和平使命-2018”上合組織成員國聯合軍演將在俄羅斯切巴爾庫爾訓練場舉行"
HELD = _features(datetime(2018, 8, 24, 12, tzinfo=UTC), under_way=True,
                 span=frozenset(date(2018, 8, d) for d in range(22, 30)),
                 days=frozenset({date(2018, 8, 24)} | {date(2018, 8, d) for d in range(22, 30)}),
                 dated=frozenset({date(2018, 8, 22)}), phase="ahead", ahead=True)


def test_a_report_before_the_first_day_is_a_preview():
    # blind set 50, r-b609d35dea (UrduPoint/Sputnik, chebarkul-peace-mission-2018-preview), 15
    # August 2018: "About 300 troops from India arrived in Russia's Chelyabinsk Region ... to
    # take part in joint anti-terror exercises ... Peace Mission 2018" (drills of 22-29 August)
    arrival = _features(datetime(2018, 8, 15, 12, tzinfo=UTC), days=frozenset({date(2018, 8, 15)}))
    assert before_opening(arrival, HELD) and before_opening(HELD, arrival)
    assert key_score(arrival, HELD) == 0.0


def test_a_report_of_the_first_day_is_no_preview():
    # blind set 50, r-ff9f223bcf (chinamil, orenburg-peace-mission-2021), published on the
    # exercise's first day, 11 September 2021: "All Chinese troops ... arrived at the training
    # range in Orenburg, Russia on Friday" (the 10th); the opening's report gives 11-25 September
    arrival = Features(article_id=1, terms={}, entities=frozenset(),
                       when=datetime(2021, 9, 11, 12, tzinfo=UTC),
                       keys=frozenset({"peace_mission@2021"}), day=date(2021, 9, 10),
                       days=frozenset({date(2021, 9, 10)}), dated=frozenset({date(2021, 9, 10)}))
    opening = Features(article_id=2, terms={}, entities=frozenset(), when=SEPT_13,
                       keys=frozenset({"peace_mission@2021"}), under_way=True, phase="opened",
                       span=frozenset(date(2021, 9, d) for d in range(11, 26)),
                       days=frozenset({date(2021, 9, 11), date(2021, 9, 12)}),
                       dated=frozenset({date(2021, 9, 11)}), ahead=True)
    assert not before_opening(arrival, opening)
    assert key_score(arrival, opening) > 0.0
