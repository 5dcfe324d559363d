"""Round 22 of story grouping (issue 15): the calendar's councils added in round 18 (defence
ministers, security council secretaries, RATS council) group stories too. A report is placed
first among the meetings of the three tuned councils and of any other calendar council it names
(`story_calendar(calendar, named)`); only a report that none of those takes (no meeting, no
announcement, no sideline talks) is placed among every council's meetings. So the Qingdao
defence ministers' meeting of June 2025 gathers its reports (blind set 18), while a foreign
ministers' preview of Beijing, April 2018, still announces its own meeting and not the defence
ministers' of the same city and day (blind set 5's drop when all councils were simply added).
Excerpts cite their set and item id; texts marked "written by the developers" are ours."""

from __future__ import annotations

from datetime import UTC, datetime

from support import store_tagged_article

from pipeline.db import Database
from pipeline.documents.calendar import default_calendar, story_calendar
from pipeline.stories import assign_story, features_for
from pipeline.tagging import load_gazetteer

# blind set 18, r-71afe701f6 (en), dated 2025-06-25
TASS = ("QINGDAO /China/, June 25. /TASS/. Russian Defense Minister Andrey Belousov has arrived "
        "in China on a working visit to attend a defense ministers' meeting of the Shanghai "
        "Cooperation Organization (SCO), Russia's Defense Ministry reported on Wednesday.\n\n"
        "The bloc's defense ministers, the SCO Secretary General, the Director of the Executive "
        "Committee of the SCO Regional Anti-Terrorist Structure are expected to attend the event, "
        "it said.")
# blind set 18, r-c372e9edb6 (en), undated
UNDATED = ("Rajnath Singh refuses to sign SCO communiqué over Pahalgam attack omission\nWith "
           "Singh’s objection, SCO defence ministers’ meet in Qingdao concludes without a joint "
           "communiqué;\n\nQingdao, June 26: Defence Minister Rajnath Singh, on Thursday, refused "
           "to sign a joint communique of the Shanghai Cooperation Organisation (SCO) following "
           "the omission of the Pahalgam terror attack.")
# written by the developers: a foreign ministers' preview of Beijing, 24 April 2018, the day
# and city of the defence ministers' meeting dmm-2018-beijing too
CFM_PREVIEW = ("BEIJING, April 20. The SCO Council of Foreign Ministers will meet in Beijing on "
               "April 24, the Chinese foreign ministry said on Friday.")


def _store(pages: list[tuple[str, str, datetime | None]], seen: datetime,
           assign: bool = True) -> tuple[dict[str, int], list]:
    """Store and tag the pages in order, as processing does; assign each its story, or (with
    `assign` False) return their features."""
    gazetteer = load_gazetteer()
    db = Database("sqlite://")
    db.ensure_schema()
    story: dict[str, int] = {}
    feats = []
    with db.session() as s:
        rows = []
        for name, body, published in pages:
            row = store_tagged_article(s, gazetteer, body, topics=False,
                                       canonical_url=f"https://example.org/{name}",
                                       url=f"https://example.org/{name}", source=name,
                                       published_at=published, first_seen_at=published or seen,
                                       updated_at=published or seen)
            rows.append(row)
            if assign:
                sid = assign_story(s, row.id, now=published or seen)
                assert sid is not None
                story[name] = sid
        if not assign:
            feats = features_for(s, rows)
    db.dispose()
    return story, feats


def test_the_story_calendar_holds_the_councils_a_report_names() -> None:
    calendar = default_calendar()
    tuned = {m.council for m in story_calendar(calendar).meetings}
    assert tuned == {"heads_of_state_council", "heads_of_government_council",
                     "foreign_ministers_council"}
    named = story_calendar(calendar, frozenset({"defence_ministers_council"}))
    assert named.get("dmm-2025-qingdao") is not None
    assert named.get("rats-2023-astana") is None


def test_the_defence_ministers_meeting_gathers_its_reports() -> None:
    # an archive crawl finds the undated report after the meeting
    seen = datetime(2025, 12, 27, 6, tzinfo=UTC)
    _, feats = _store([("tass", TASS, datetime(2025, 6, 25, 9, tzinfo=UTC)),
                       ("undated", UNDATED, None)], seen, assign=False)
    assert [f.meeting for f in feats] == ["dmm-2025-qingdao", "dmm-2025-qingdao"]
    story, _ = _store([("tass", TASS, datetime(2025, 6, 25, 9, tzinfo=UTC)),
                       ("undated", UNDATED, None)], seen)
    assert story["undated"] == story["tass"]


def test_a_foreign_ministers_preview_keeps_its_meeting_on_a_shared_day() -> None:
    seen = datetime(2018, 4, 20, 9, tzinfo=UTC)
    _, feats = _store([("preview", CFM_PREVIEW, seen)], seen, assign=False)
    assert feats[0].announces == "cfm-2018-beijing"
    assert feats[0].meeting is None
