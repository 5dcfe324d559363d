"""Round 9 of story grouping: events outside the calendar joined by their body without an
ordinal (body_score), the reach of an event key from what the texts say (event_phase, key_reach,
dated leads) and a spokesperson's comment as news of its own day (reaction). The texts are
written by the scowatch developers, not taken from any evaluation set."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from pipeline.stories import (
    Features,
    StoryParams,
    best_story,
    body_score,
    content_terms,
    date_factor,
    event_bodies,
    event_date,
    event_keys,
    event_phase,
    held_online,
    key_score,
    reaction,
    text_score,
    tfidf_vectors,
)

VENUE = StoryParams().venue_weight


def _report(aid: int, day: date, *, story: int | None = None, bodies: set[str] = frozenset(),
            keys: set[str] = frozenset(), places: set[str] = frozenset(), **kw: Any) -> Features:
    """A report in a language of its own (no word in common with the others) published on
    `day`, about a meeting, naming the SCO in its lead."""
    when = datetime.combine(day, datetime.min.time(), tzinfo=UTC) + timedelta(hours=12)
    places = set(places)
    first = next(iter(sorted(places)), None)
    return Features(aid, {f"word{aid}-{i}": 1.0 for i in range(10)}, frozenset(), when, story,
                    day=day, vector={f"word{aid}": 1.0}, days=frozenset({day}),
                    bodies=frozenset(bodies), keys=frozenset(keys), venue=first,
                    lead_venues=frozenset(places), sco_lead=True, **kw)


# --- the body of bodies.toml, without an ordinal -------------------------------------------

def test_event_bodies_read_a_body_outside_the_calendar_without_its_ordinal() -> None:
    en = event_bodies("", "Energy ministers of the SCO member states approved a cooperation "
                      "strategy in Samarkand on Friday.")
    ru = event_bodies("", "В Самарканде прошло совещание министров энергетики государств-членов "
                      "ШОС.")
    zh = event_bodies("", "上海合作组织成员国能源部长会议在撒马尔罕举行。")
    assert en == ru == zh == {"energy_ministers"}
    # the calendar's councils and the Secretariat are no such body
    assert event_bodies("", "The SCO Council of Foreign Ministers met in Samarkand; the SCO "
                        "Secretary-General attended.") == frozenset()


def test_chinese_writes_the_ordinal_after_the_bodys_name() -> None:
    """"成员国交通部长第十五次会议": the member states' transport ministers, then the ordinal."""
    text = "新华社撒马尔罕5月20日电 上海合作组织成员国交通部长第十五次会议20日在撒马尔罕举行。"
    assert event_bodies("", text) == {"transport_ministers"}
    assert event_keys("", text) == {"transport_ministers#15"}
    assert event_keys("", "The 15th meeting of the SCO transport ministers was held in "
                      "Samarkand.") == {"transport_ministers#15"}


def test_one_body_named_on_one_day_in_one_place_is_one_meeting() -> None:
    """Two reports of the energy ministers' meeting in two languages, one naming no ordinal, the
    other no venue, the next day: one meeting."""
    pool = [_report(1, date(2031, 6, 20), story=10, bodies={"energy_ministers"},
                    places={"Samarkand"})]
    other = _report(2, date(2031, 6, 21), bodies={"energy_ministers"},
                    keys={"energy_ministers#6"})
    assert body_score(other, pool[0]) == VENUE
    assert best_story(other, pool) == (10, VENUE)


def test_two_meetings_of_one_body_are_held_in_two_places_or_on_far_days() -> None:
    report = _report(1, date(2031, 6, 20), story=10, bodies={"energy_ministers"},
                     places={"Samarkand"})
    threshold = StoryParams().threshold
    for other in (
            # another city on the same day
            _report(2, date(2031, 6, 20), bodies={"energy_ministers"}, places={"Bishkek"}),
            # the same body three days later, dated to no day of the first
            _report(3, date(2031, 6, 23), bodies={"energy_ministers"}),
            # another body of ministers on the same day
            _report(4, date(2031, 6, 20), bodies={"transport_ministers"}),
            # not naming the SCO in its lead (another organisation's energy ministers)
            replace(_report(5, date(2031, 6, 20), bodies={"energy_ministers"}),
                    sco_lead=False)):
        assert body_score(other, report) == 0.0
        assert best_story(other, [report])[1] < threshold
    # two ordinals of the body are two meetings, even on one day
    a = _report(6, date(2031, 6, 20), bodies={"energy_ministers"}, keys={"energy_ministers#6"})
    b = _report(7, date(2031, 6, 20), bodies={"energy_ministers"}, keys={"energy_ministers#5"})
    assert body_score(a, b) == 0.0


def test_a_report_saying_the_meeting_is_to_come_links_by_no_body_or_key() -> None:
    """A preview published on the meeting's morning ("the ministers will gather today") dates
    no day ahead, but its lead says the meeting is to come: by convention a story apart."""
    preview = event_phase("", "MOSCOW, June 20. Transport ministers of the SCO member states "
                          "will gather in Samarkand today to discuss new corridors.")
    assert preview == "ahead"
    assert event_phase("", "Министры транспорта стран ШОС соберутся сегодня в Самарканде.") == \
        "ahead"
    assert event_phase("", "上海合作组织成员国交通部长会议将于6月20日在撒马尔罕举行。") == "ahead"
    # a script converter's mixed forms ("將于": traditional 將, simplified 于)
    assert event_phase("", "上海合作組織成員國交通部長會議將于6月20日在撒馬爾罕舉行。") == "ahead"
    # a report of the meeting whose lead says what a document will do is no preview
    assert event_phase("", "Energy ministers of the SCO approved a strategy on Friday that will "
                       "drive cooperation until 2040.") is None
    report = _report(1, date(2031, 6, 20), story=10, bodies={"transport_ministers"},
                     keys={"transport_ministers#15"}, places={"Samarkand"})
    ahead = _report(2, date(2031, 6, 20), bodies={"transport_ministers"},
                    keys={"transport_ministers#15"}, places={"Samarkand"}, phase=preview)
    assert body_score(ahead, report) == key_score(ahead, report) == 0.0
    assert body_score(replace(ahead, phase=None), report) == VENUE


def test_a_meeting_by_video_conference_is_held_in_no_datelines_city() -> None:
    """Two reports of a meeting held by video conference under two datelines (the ministries of
    two members) are one meeting; one delegation joining a meeting by video does not make it
    one."""
    assert held_online("", "MOSCOW, Aug 12 - Energy ministers of the SCO met on Thursday. The "
                       "meeting took place via videoconference.")
    assert held_online("", "В режиме видеоконференции состоялось совещание министров "
                       "энергетики ШОС.")
    assert held_online("", "The first meeting of SCO energy ministers was held virtually.")
    assert not held_online("", "The ministers met in New Delhi; only one member state took part "
                           "in the meeting virtually.")
    a = _report(1, date(2031, 8, 12), story=10, bodies={"energy_ministers"}, places={"Moscow"},
                online=True)
    b = _report(2, date(2031, 8, 13), bodies={"energy_ministers"}, places={"Dushanbe"},
                online=True)
    assert body_score(b, a) == VENUE
    assert body_score(replace(b, online=False), replace(a, online=False)) == 0.0


# --- how far apart: what the texts say -----------------------------------------------------

def test_a_later_report_dating_the_earlier_ones_day_joins_it_weeks_on() -> None:
    """"The prosecutors general met in Samarkand on June 8", published twelve days later, is a
    report of the meeting of June 8; with no date in its lead it is not."""
    early = _report(1, date(2031, 6, 8), story=10, bodies={"prosecutors_general"})
    late = _report(2, date(2031, 6, 20), bodies={"prosecutors_general"},
                   dated=frozenset({date(2031, 6, 8)}))
    assert body_score(late, early) == VENUE
    assert body_score(replace(late, dated=frozenset()), early) == 0.0
    # an exercise's photo caption months later, dating the exercise's day, by its key
    drill = _report(3, date(2031, 6, 14), story=11, keys={"peace_mission@2031"})
    caption = _report(4, date(2031, 11, 7), keys={"peace_mission@2031"},
                      dated=frozenset({date(2031, 6, 14)}))
    assert key_score(caption, drill) == VENUE
    assert key_score(replace(caption, dated=frozenset()), drill) == 0.0


def test_event_phase_reads_opened_and_held_in_three_languages() -> None:
    assert event_phase("", "The SCO joint exercise Peace Mission 2031 began on Friday.") == \
        "opened"
    assert event_phase("", "Учения ШОС «Мирная миссия-2031» начались сегодня в Худжанде.") == \
        "opened"
    assert event_phase("", "“和平使命-2031”联合反恐军事演习举行开始仪式。") == "opened"
    # troops arriving or preparations beginning come before the exercise: no opening
    assert event_phase("", "Troops began arriving in Khujand for the SCO exercise Peace Mission "
                       "2031.") is None
    assert event_phase("", "Подготовка к учениям ШОС «Мирная миссия-2031» началась.") is None
    assert event_phase("", "“和平使命-2031”联合反恐军事演习开幕在即，外方参演部队陆续抵达。") \
        is None
    assert event_phase("", "The exercise Peace Mission 2031 concluded on Friday.") == "held"
    assert event_phase("", "“和平使命-2031”联合反恐军事演习8月29日落下帷幕。") == "held"
    assert event_phase("", "9-е совещание министров транспорта ШОС состоялось в Хиве.") == "held"


def test_an_exercise_opened_reaches_its_reports_of_the_weeks_after() -> None:
    """An exercise lasts days: its closing report ten days after the report of its opening is
    the same event. Ten days after a report that did not say it opened, it is not (a preview's
    arrival of troops, weeks before)."""
    opened = _report(1, date(2031, 9, 10), story=10, keys={"peace_mission@2031"},
                     phase="opened")
    closing = _report(2, date(2031, 9, 20), keys={"peace_mission@2031"}, phase="held")
    assert key_score(closing, opened) == VENUE
    assert key_score(closing, replace(opened, phase=None)) == 0.0
    # past the longest exercise, even after an opening
    assert key_score(replace(closing, when=closing.when + timedelta(days=15),
                             day=date(2031, 10, 5), days=frozenset({date(2031, 10, 5)})),
                     opened) == 0.0


def test_a_numbered_meeting_reported_as_held_reaches_a_week_back() -> None:
    """A rewrite of the Secretariat's release six days after the meeting, saying it was held,
    joins its reports; one saying nothing of it keeps the three-day reach."""
    release = _report(1, date(2031, 5, 12), story=10, keys={"transport_ministers#15"})
    rewrite = _report(2, date(2031, 5, 18), keys={"transport_ministers#15"}, phase="held")
    assert key_score(rewrite, release) == VENUE
    assert key_score(replace(rewrite, phase=None), release) == 0.0
    # an exercise name (a year key): since round 38 its reports of the exercise's days reach a
    # week whatever phase they name (blind set 30: the middle days of Peace Mission 2021 in five
    # languages); not further, unless the earlier one says it opened
    drill = _report(3, date(2031, 5, 12), story=11, keys={"peace_mission@2031"})
    later = _report(4, date(2031, 5, 18), keys={"peace_mission@2031"}, phase="held")
    assert key_score(later, drill) == VENUE
    assert key_score(replace(later, when=later.when + timedelta(days=3),
                             day=date(2031, 5, 21), days=frozenset({date(2031, 5, 21)})),
                     drill) == 0.0


def test_a_closing_report_reaches_the_opening_through_assign_story() -> None:
    """assign_story's pool reaches back to an exercise opened up to EVENT_REACH_DAYS before,
    beyond the three-day window; a trade fair in the host city that day joins neither."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
    import eval_dedup

    tag = eval_dedup.tagger()
    assert tag is not None

    def art(aid: str, day: str, body: str, lang: str, story: str) -> dict[str, str]:
        return {"id": aid, "source": aid, "title": "", "body": body, "lang": lang,
                "published": f"{day}T12:00:00+00:00", "story": story}

    arts = [
        art("open", "2031-09-10", "Учения ШОС «Мирная миссия-2031» начались сегодня на "
            "полигоне под Худжандом, в них участвуют 3000 военнослужащих.", "ru", "drill"),
        art("close", "2031-09-21", "The SCO joint anti-terror exercise Peace Mission 2031 "
            "concluded on Saturday near Khujand after eleven days of drills.", "en", "drill"),
        art("fair", "2031-09-21", "A trade fair of SCO member states opened in Dushanbe on "
            "Saturday with 300 exhibitors.", "en", "fair"),
    ]
    pred = eval_dedup.run_stories(arts, eval_dedup.StoryParams(), tag)
    assert pred["close"] == pred["open"]
    assert pred["fair"] != pred["open"]


# --- a spokesperson's comment --------------------------------------------------------------

COMMENT = ("", "BEIJING, May 9 -- China congratulates Bahrain on becoming a dialogue partner of "
           "the SCO, Foreign Ministry Spokesperson Li Ming said at a regular press conference on "
           "Thursday. On Wednesday Bahrain's cabinet approved the memorandum granting the kingdom "
           "the status of a dialogue partner of the SCO, signed at the SCO summit.")
APPROVAL = ("", "MANAMA, May 8 -- Bahrain's cabinet on Wednesday approved the memorandum granting "
            "the kingdom the status of a dialogue partner of the SCO, signed at the SCO summit.")


def test_a_spokespersons_comment_is_news_of_its_own_day() -> None:
    """The comment, published the day after the event it comments on and sharing its words,
    gets no next-day credit for its text; a spokesperson announcing a meeting ahead is that
    meeting's preview, not a comment."""
    thu, wed = datetime(2031, 5, 9, 12, tzinfo=UTC), datetime(2031, 5, 8, 12, tzinfo=UTC)
    assert reaction(*COMMENT, thu)
    assert not reaction(*APPROVAL, wed)
    assert not reaction("", "The SCO foreign ministers will meet in Bishkek on May 20, Foreign "
                        "Ministry spokesperson Li Ming said on Thursday.", thu)
    feats = [Features(1, content_terms(*APPROVAL), frozenset(), wed,
                      day=event_date(*APPROVAL, wed)),
             Features(2, content_terms(*COMMENT), frozenset(), thu,
                      day=event_date(*COMMENT, thu), reaction=True)]
    tfidf_vectors(feats)
    assert date_factor(feats[0], replace(feats[1], reaction=False)) > 0
    assert text_score(feats[0], replace(feats[1], reaction=False)) >= StoryParams().threshold
    assert date_factor(feats[0], feats[1]) == text_score(feats[0], feats[1]) == 0.0
    # on the same day a comment still joins by its text
    same = replace(feats[1], day=feats[0].day)
    assert text_score(feats[0], same) >= StoryParams().threshold


def test_a_first_crawl_bringing_the_closing_report_first_still_joins_the_opening() -> None:
    """A first crawl of outlets' archives processes reports in no order of publication: the
    opening report, processed after the closing one ten days later, reaches forward to it."""
    from pipeline.db import Database
    from pipeline.models import ArticleRow
    from pipeline.stories import assign_story

    reports = [  # in processing order: the closing first
        ("close", datetime(2031, 9, 21, 12, tzinfo=UTC), "The SCO joint anti-terror exercise "
         "Peace Mission 2031 concluded on Saturday near Khujand after eleven days of drills."),
        ("open", datetime(2031, 9, 10, 12, tzinfo=UTC), "The SCO joint exercise Peace Mission "
         "2031 opened today near Khujand with 3000 troops from five member states."),
    ]
    db = Database("sqlite://")
    db.ensure_schema()
    story = {}
    with db.session() as s:
        for name, when, body in reports:
            row = ArticleRow(canonical_url=f"https://example.org/{name}",
                             url=f"https://example.org/{name}", source=name, title="",
                             body=body, language="en", published_at=when,
                             first_seen_at=datetime(2031, 10, 1, tzinfo=UTC),
                             updated_at=datetime(2031, 10, 1, tzinfo=UTC),
                             evidence=["SCO"])  # the SCO's name, as tagging keeps it
            s.add(row)
            s.flush()
            story[name] = assign_story(s, row.id, now=row.first_seen_at)
    db.dispose()
    assert story["open"] == story["close"]


def test_previews_of_one_meeting_published_days_apart_announce_it_together() -> None:
    """Two previews of the 17th meeting (its key) two days apart, or of the body's meeting in
    one city a day apart, are one announcement; a preview a week before them stays apart, as
    does any preview from the meeting's reports (test above)."""
    def preview(aid: int, day: date, **kw: Any) -> Features:
        return _report(aid, day, phase="ahead", ahead=True, places={"Bishkek"}, **kw)

    key = {"security_council_secretaries#17"}
    body = {"security_council_secretaries"}
    eve = preview(1, date(2031, 8, 18), story=10, keys=key, bodies=body)
    assert key_score(preview(2, date(2031, 8, 16), keys=key, bodies=body), eve) == VENUE
    assert key_score(preview(3, date(2031, 8, 11), keys=key, bodies=body), eve) == 0.0
    assert body_score(preview(4, date(2031, 8, 17), bodies=body), eve) == VENUE
    assert body_score(preview(5, date(2031, 8, 15), bodies=body), eve) == 0.0
    assert body_score(replace(preview(6, date(2031, 8, 17), bodies=body),
                              lead_venues=frozenset({"Dushanbe"}), venue="Dushanbe"), eve) == 0.0
