"""Round 32 of the digest (issue 14): one summit once. A story whose reports name no document but
report the meeting of a document entry (the same calendar meeting, or the meeting's council or
venue with its day) is listed under that entry ("Also covered by"), not as a story of its own:
blind set 23's digest told the Astana summit of 4 July 2024 as a document entry and again as
en.trend.az's story. The store is built here; every text is written for this test."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session
from support import store_tagged_article

from pipeline.config import Subscriber
from pipeline.db import Database
from pipeline.digest import select_for, sync_subscribers
from pipeline.models import ArticleRow, Document, DocumentMention
from pipeline.stories import features_for
from pipeline.tagging import load_gazetteer

NOW = datetime(2024, 7, 8, 6, 0, tzinfo=UTC)
READER = Subscriber("reader@example.org", timezone="UTC")

# written for this test: the summit's report naming its declaration (the document entry)
ADOPTED = ("ASTANA, July 4. The heads of state of the Shanghai Cooperation Organization (SCO) "
           "adopted the Astana Declaration at their summit in Astana on Thursday, July 4, 2024.")
# written for this test: a report of the same summit from another capital, placed there by story
# grouping (its lead names Astana and the day)
DATELINE_ELSEWHERE = (
    "BISHKEK, July 4. President Sadyr Japarov called for joint transport projects of the SCO "
    "member states. The SCO summit is taking place on July 4, 2024, in Astana, the capital of "
    "Kazakhstan, where the leaders of the member states met on Thursday.")
# written for this test: the same, its lead naming only the dateline's city and the council (the
# summit's city further down): story grouping places it at no meeting
COUNCIL_AND_DAY = (
    "BISHKEK, July 4. President Sadyr Japarov said at the meeting of the SCO Heads of State "
    "Council on Thursday, July 4, 2024, that the road map for cooperation with the dialogue "
    "partners opens the way to joint projects in trade, investment, banking, transport and "
    "energy, as well as in tourism and education, and that Kyrgyzstan is ready to host more of "
    "them in the coming years.\n\nThe summit is held in the Independence Palace of Astana.")
# written for this test: a preview of the summit, days before it (an event of its own)
PREVIEW = ("ASTANA, June 28. The leaders of the SCO member states will gather in Astana on July "
           "3-4 for the summit of the Shanghai Cooperation Organization, the foreign ministry "
           "said on Friday.")
# written for this test: a foreign ministers' meeting of the SCO on the summit's day elsewhere
OTHER_COUNCIL = ("MOSCOW, July 4. The SCO Council of Foreign Ministers met in Moscow on Thursday, "
                 "July 4, 2024, to discuss regional security.")
# written for this test: the foreign ministers' meeting in the summit's city, weeks before it
OTHER_MEETING = ("ASTANA, May 21. The SCO Council of Foreign Ministers met in Astana on Tuesday, "
                 "May 21, 2024, and approved the draft documents of the summit.")


def _store(pages: list[tuple[str, str, datetime, int]],
           documents: list[tuple[str, str, list[str]]]) -> Database:
    """Processed, SCO-relevant article rows tagged as processing tags them, each in its story,
    and register entries placed at calendar meetings (name, meeting id, reporting pages)."""
    gazetteer = load_gazetteer()
    db = Database("sqlite://")
    db.ensure_schema()
    with db.session() as s:
        rows: dict[str, ArticleRow] = {}
        for name, body, published, story in pages:
            url = f"https://{name}.example/report"
            row = store_tagged_article(
                s, gazetteer, body, canonical_url=url, url=url, source=f"{name}.example",
                published_at=published, first_seen_at=published, updated_at=published,
                processed_at=published + timedelta(minutes=5), sco_relevant=True,
                relevance=1.0, story_id=story)
            rows[name] = row
        for doc_name, meeting_id, reported_by in documents:
            status = "planned" if reported_by == ["preview"] else "adopted"
            doc = Document(key=doc_name.casefold(), name=doc_name, type="declaration",
                           status=status, meeting="SCO Heads of State Council", venue="Astana",
                           meeting_date="2024-07-04", meeting_id=meeting_id)
            s.add(doc)
            s.flush()
            for name in reported_by:
                s.add(DocumentMention(article_id=rows[name].id, document_id=doc.id,
                                      evidence=doc_name, status=status))
    return db


def _selection(db: Database) -> tuple[list[list[str]], dict[str, list[str]]]:
    """The stories (their outlets) and each document's "also covered by" outlets."""
    with db.session() as s:
        [sub_id] = sync_subscribers(s, [READER]).values()
        sel = select_for(s, READER, sub_id, NOW, None)
        names = {d.id: d.name for d, _ in sel.documents}
        return ([[a.source for a in story] for story in sel.stories],
                {names[i]: [a.source for a in arts] for i, arts in sel.related.items()})


def _summit_day(hour: int = 12) -> datetime:
    return datetime(2024, 7, 4, hour, tzinfo=UTC)


def _tags(s: Session, source: str) -> set[tuple[str, str]]:
    row = s.query(ArticleRow).filter_by(source=source).one()
    return {(t.kind, t.value) for t in row.tags}


def test_a_story_of_the_summit_from_another_capital_is_told_under_its_entry() -> None:
    db = _store([("wire", ADOPTED, _summit_day(), 1), ("trend", DATELINE_ELSEWHERE,
                                                       _summit_day(), 2)],
                [("Astana Declaration", "hsc-2024-astana", ["wire"])])
    with db.session() as s:  # the council is named: a body tag, as processing gives it
        assert ("body", "SCO Heads of State Council") in _tags(s, "trend.example")
    stories, related = _selection(db)
    assert stories == []
    assert related == {"Astana Declaration": ["trend.example"]}


def test_a_preview_of_the_summit_stays_a_story() -> None:
    db = _store([("wire", ADOPTED, _summit_day(), 1),
                 ("preview", PREVIEW, datetime(2024, 6, 28, 9, tzinfo=UTC), 2)],
                [("Astana Declaration", "hsc-2024-astana", ["wire"])])
    stories, related = _selection(db)
    assert stories == [["preview.example"]]
    assert related == {}


def test_another_councils_meeting_of_the_same_day_stays_a_story() -> None:
    db = _store([("wire", ADOPTED, _summit_day(), 1),
                 ("mid", OTHER_COUNCIL, _summit_day(), 2)],
                [("Astana Declaration", "hsc-2024-astana", ["wire"])])
    stories, _ = _selection(db)
    assert stories == [["mid.example"]]


def test_a_story_naming_the_council_and_dating_the_summit_is_told_under_its_entry() -> None:
    db = _store([("wire", ADOPTED, _summit_day(), 1),
                 ("trend", COUNCIL_AND_DAY, _summit_day(), 2)],
                [("Astana Declaration", "hsc-2024-astana", ["wire"])])
    with db.session() as s:
        row = s.query(ArticleRow).filter_by(source="trend.example").one()
        [f] = features_for(s, [row])
        assert f.meeting is None  # the other path: the council and the day, no placement
    stories, related = _selection(db)
    assert stories == []
    assert related == {"Astana Declaration": ["trend.example"]}


def test_a_story_placed_at_another_meeting_of_the_city_stays_a_story() -> None:
    db = _store([("wire", ADOPTED, _summit_day(), 1),
                 ("cfm", OTHER_MEETING, datetime(2024, 5, 21, 12, tzinfo=UTC), 2)],
                [("Astana Declaration", "hsc-2024-astana", ["wire"])])
    stories, related = _selection(db)
    assert stories == [["cfm.example"]]
    assert related == {}


def test_an_entry_not_placed_at_a_calendar_meeting_draws_no_story() -> None:
    # "meeting unresolved": the register knows no meeting, so no day to compare
    db = _store([("wire", ADOPTED, _summit_day(), 1), ("trend", DATELINE_ELSEWHERE,
                                                       _summit_day(), 2)],
                [("Astana Declaration", "", ["wire"])])
    stories, related = _selection(db)
    assert stories == [["trend.example"]]
    assert related == {}


def test_an_entry_told_only_by_previews_draws_no_report_of_the_meeting() -> None:
    # the declaration still planned, reported only before the summit: the preview's news, and
    # the summit's report another event
    db = _store([("preview", PREVIEW, datetime(2024, 6, 28, 9, tzinfo=UTC), 1),
                 ("trend", DATELINE_ELSEWHERE, _summit_day(), 2)],
                [("Astana Declaration", "hsc-2024-astana", ["preview"])])
    stories, related = _selection(db)
    assert stories == [["trend.example"]]
    assert related == {}


def test_an_adopted_document_reported_by_undated_pages_is_the_meetings_entry() -> None:
    # no publication day on the entry's pages (blind set 23's Astana reports), but the
    # declaration adopted: the summit held, so its report from another capital is told under it
    db = _store([("wire", ADOPTED, _summit_day(), 1),
                 ("trend", DATELINE_ELSEWHERE, _summit_day(), 2)],
                [("Astana Declaration", "hsc-2024-astana", ["wire"])])
    with db.session() as s:
        s.query(ArticleRow).filter_by(source="wire.example").one().published_at = None
    stories, related = _selection(db)
    assert stories == []
    assert related == {"Astana Declaration": ["trend.example"]}
