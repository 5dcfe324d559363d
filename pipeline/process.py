"""Processing new articles: exact duplicates, tags and the document register, once per version."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session

from pipeline import documents as doc_rules
from pipeline import neardup, stories, tagging
from pipeline.config import Settings
from pipeline.db import Database, insert_for
from pipeline.documents import register as doc_register
from pipeline.documents.calendar import Calendar, load_calendar
from pipeline.documents.keys import preferred_name, same_document
from pipeline.models import ArticleRow, Document, DocumentEvent, DocumentMention, Tag, utcnow

PROCESS_LOCK_ID = 0x5C0_7A65  # pg_advisory_xact_lock key: one article processed at a time


@dataclass(frozen=True)
class ProcessReport:
    """Counts from one processing pass."""

    processed: int = 0
    relevant: int = 0
    duplicates: int = 0
    documents_new: int = 0
    document_mentions: int = 0
    stories_new: int = 0
    material_updates: int = 0

    def as_dict(self) -> dict[str, int]:
        """A small JSON-able summary."""
        return asdict(self)

    def summary(self) -> str:
        """One human line."""
        return (f"processed {self.processed} articles: {self.relevant} about the SCO, "
                f"{self.duplicates} duplicates, {self.document_mentions} document mentions "
                f"({self.documents_new} new documents), {self.stories_new} new stories, "
                f"{self.material_updates} material updates")


@dataclass
class _Counts:
    processed: int = 0
    relevant: int = 0
    duplicates: int = 0
    documents_new: int = 0
    document_mentions: int = 0
    stories_new: int = 0
    material_updates: int = 0


def process_new(settings: Settings, db: Database | None = None,
                log: Callable[[str], None] = print, now: Callable[[], datetime] = utcnow,
                batch_size: int = 200) -> ProcessReport:
    """Tag, deduplicate and register documents for every article not processed yet."""
    db = db or Database(settings.database_url)
    gazetteer = tagging.load_gazetteer(settings.gazetteer_dir)
    calendar = load_calendar(settings.meetings_files)
    counts = _Counts()
    # an upgrade that changed shingling leaves older signatures unused until rebuilt
    neardup.reindex_stale(db, log)
    last_id = 0
    while True:
        with db.session() as session:
            ids = list(session.scalars(
                select(ArticleRow.id).where(ArticleRow.processed_at.is_(None),
                                            ArticleRow.id > last_id)
                .order_by(ArticleRow.id).limit(batch_size)))
        if not ids:
            break
        for article_id in ids:
            with db.session() as session:
                process_article(session, article_id, gazetteer, counts, now(), calendar)
        last_id = ids[-1]
        log(f"processed {counts.processed} articles so far")
    report = ProcessReport(**asdict(counts))
    log(report.summary())
    return report


def process_article(session: Session, article_id: int, gazetteer: Any, counts: _Counts,
                    when: datetime, calendar: Calendar | None = None) -> None:
    """Process one article inside the caller's transaction; skip it if another run got there."""
    query = select(ArticleRow).where(ArticleRow.id == article_id)
    if session.get_bind().dialect.name == "postgresql":
        lock_processing(session)
        query = query.with_for_update(skip_locked=True)
    row = session.execute(query).scalar_one_or_none()
    if row is None or row.processed_at is not None:
        return
    # near duplicates (persisted MinHash LSH; also indexes this text), exact ones for short texts
    row.duplicate_of_id = (neardup.dedup_article(session, row.id, row.body or "")
                           or find_exact_duplicate(session, row))
    if row.duplicate_of_id:
        counts.duplicates += 1
    published = row.published_at.date() if row.published_at else None
    tags, mentions = doc_rules.tag_and_find(gazetteer, row.title or "", row.body or "", published,
                                            row.language, calendar, url=row.url)
    row.sco_relevant, row.relevance = tags.sco_relevant, tags.relevance
    row.evidence = list(tags.evidence)
    row.language = row.language or tags.language
    session.execute(delete(Tag).where(Tag.article_id == row.id))
    for kind, value, detail in tag_rows(tags):
        session.add(Tag(article_id=row.id, kind=kind, value=value, detail=detail))
    session.execute(delete(DocumentMention).where(DocumentMention.article_id == row.id))
    if tags.sco_relevant:
        counts.relevant += 1
        for mention in mentions:
            doc_id, created = register_document(session, mention, when, row.id)
            counts.documents_new += int(created)
            counts.document_mentions += 1
            session.execute(insert_for(session)(DocumentMention).values(
                article_id=row.id, document_id=doc_id, evidence=mention.evidence,
                status=mention.status)
                .on_conflict_do_nothing(index_elements=["article_id", "document_id"]))
    change = neardup.record_version(session, row.id,
                                    documents=[m.key for m in mentions] if tags.sco_relevant
                                    else [])
    if change is not None and change.material:
        counts.material_updates += 1
    if tags.sco_relevant:
        session.flush()  # the story scorer reads this article's tags and mentions
        previous_story = row.story_id
        story_id = stories.assign_story(session, row.id, now=when, calendar=calendar)
        counts.stories_new += int(story_id is not None and previous_story is None
                                  and _story_is_new(session, story_id))
    row.processed_at = when
    counts.processed += 1


def lock_processing(session: Session) -> None:
    """PostgreSQL: wait until no other run is processing an article (held to the commit).

    Dedup and stories compare an article with those processed before it; another run's
    uncommitted articles would be invisible, so runs at once would miss duplicates and split
    stories. Articles are processed one at a time, as SQLite's BEGIN IMMEDIATE does anyway.
    """
    session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PROCESS_LOCK_ID})


def _story_is_new(session: Session, story_id: int) -> bool:
    """Whether the story has this one article only (it was just started)."""
    return (session.scalar(select(func.count()).select_from(ArticleRow)
                           .where(ArticleRow.story_id == story_id)) or 0) == 1


def tag_rows(tags: Any) -> list[tuple[str, str, str | None]]:
    """The (kind, value, detail) rows a Tags result is stored as."""
    rows: list[tuple[str, str, str | None]] = []
    for code, role in tags.states:
        rows.append(("state", code, role))
    rows += [("person", p, None) for p in tags.people]
    rows += [("body", b, None) for b in tags.bodies]
    rows += [("topic", t, None) for t in tags.topics]
    # the venue named first is where the reported meeting is (stories compare it); the others
    # named in the headline or lead may be, when the first is not a meeting of those days
    lead = set(getattr(tags, "lead_venues", ()))
    rows += [("venue", v, "first" if i == 0 else "lead" if v in lead else None)
             for i, v in enumerate(tags.venues)]
    seen: set[tuple[str, str]] = set()
    unique = []
    for kind, value, detail in rows:
        if (kind, value) not in seen:
            seen.add((kind, value))
            unique.append((kind, value, detail))
    return unique


def find_exact_duplicate(session: Session, row: ArticleRow) -> int | None:
    """The earliest other article with the same normalised body, if any."""
    if not row.body_hash:
        return None
    return session.scalars(
        select(ArticleRow.id).where(ArticleRow.body_hash == row.body_hash,
                                    ArticleRow.id != row.id, ArticleRow.id < row.id)
        .order_by(ArticleRow.id).limit(1)).first()


def register_document(session: Session, mention: doc_rules.DocumentMention,
                      when: datetime, article_id: int | None = None,
                      articles: Session | None = None) -> tuple[int, bool]:
    """Find or create the register entry of a mention (per document and meeting); record the
    step in the entry's history. Returns the entry's id and whether it is new. `articles` is
    the session the stored articles are read from when it is not `session` (a register rebuilt
    in a scratch database that holds only the register's tables)."""
    meeting = mention.meeting
    meeting_id = meeting.id or ""
    meeting_date = meeting.date.isoformat() if meeting.date else None
    fields = {"meeting": meeting.council, "venue": meeting.venue, "meeting_date": meeting_date,
              "meeting_format": meeting.format, "meeting_note": meeting.gap}
    # the entries of this document under any of its names (translations, outlets' variants)
    existing = [d for d in session.scalars(select(Document).where(Document.type == mention.type))
                if d.key == mention.key or same_document(d.key, mention.key)]
    placement = doc_register.place(mention, [
        doc_register.Entry(d.id, d.meeting_id or "",
                           date.fromisoformat(d.meeting_date) if d.meeting_date else None,
                           d.status, d.meeting, d.venue) for d in existing])
    created = False
    if placement.entry_id is None:
        stmt = insert_for(session)(Document).values(
            key=mention.key, name=mention.name, type=mention.type, status=mention.status,
            meeting_id=meeting_id, first_seen_at=when, **fields,
        ).on_conflict_do_nothing(index_elements=["key", "meeting_id"]).returning(Document.id)
        doc_id = session.execute(stmt).scalar_one_or_none()
        created = doc_id is not None
        if doc_id is None:  # another run registered it meanwhile
            doc_id = session.execute(select(Document.id).where(
                Document.key == mention.key, Document.meeting_id == meeting_id)).scalar_one()
        doc = session.get(Document, doc_id)
    else:
        doc = session.get(Document, placement.entry_id)
        assert doc is not None
        # the best name of all its reports (keys.preferred_name: a total order, so the name does
        # not depend on which outlet's report came first)
        # round 80 (dup80): a name reported at the entry's meeting ranks as an adoption's over
        # one reported at none, whichever came first (blind set 35: al-binaa.com's unplaced
        # headline "... Convention on Countering Extremism and Terrorism" joined the Astana entry
        # of the "SCO Convention on Countering Extremism" and renamed it)
        placed, held = bool(meeting_id), bool(doc.meeting_id)
        doc.name = preferred_name(doc.name, mention.name,
                                  mention.status != "planned" and (placed or not held),
                                  doc.status not in (None, "planned") and (held or not placed))
    assert doc is not None
    if placement.move_to_meeting:  # a draft of an earlier meeting, adopted at this one
        doc.meeting_id = meeting_id
        for attr, value in fields.items():
            setattr(doc, attr, value)
    elif not created:
        for attr, value in fields.items():
            if getattr(doc, attr) is None and value is not None and attr != "meeting_note":
                setattr(doc, attr, value)
        # a meeting the calendar lacks, told more fully by this report ("..., Astana" and then
        # "..., Astana, 2016-06-08"): the health note names it as fully as the entry knows it
        note = fields["meeting_note"]
        if doc.meeting_note and note and note.startswith(doc.meeting_note + ","):
            doc.meeting_note = note
    if mention.status != "planned" or doc.status in (None, "planned"):
        doc.status = (mention.status if doc.status == "planned"
                      else doc_register.more_specific(doc.status, mention.status))
    if mention.status == "planned" and _done_by(session, doc.id, meeting_id):
        return doc.id, created  # a later report of an earlier stage: no step back in the history
    session.execute(insert_for(session)(DocumentEvent).values(
        document_id=doc.id, status=mention.status, meeting_id=meeting_id,
        meeting=meeting.council, venue=meeting.venue, meeting_date=meeting_date,
        article_id=article_id, seen_at=when,
    ).on_conflict_do_nothing(index_elements=["document_id", "status", "meeting_id"]))
    if not meeting_id:
        _complete_step(session, doc, mention, article_id, articles or session)
    return doc.id, created


def _complete_step(session: Session, doc: Document, mention: doc_rules.DocumentMention,
                   article_id: int | None, articles: Session) -> None:
    """Give the entry's stored step at no meeting of this status the place or day this report
    tells of it and it lacks (register.one_step, round 80): one report's "in Tashkent" and
    another's "on Sept. 14, 2022" are one signing, listed on its day in the history."""
    event = session.scalar(select(DocumentEvent).where(
        DocumentEvent.document_id == doc.id, DocumentEvent.status == mention.status,
        DocumentEvent.meeting_id == ""))
    if event is None:
        return
    stored = (event.venue, date.fromisoformat(event.meeting_date) if event.meeting_date else None)
    merged = doc_register.one_step(stored, (mention.meeting.venue, mention.meeting.date),
                                   (_published_day(articles, event.article_id),
                                    _published_day(articles, article_id)))
    if merged is not None:
        event.venue, event.meeting_date = merged[0], merged[1].isoformat() if merged[1] else None


def _published_day(session: Session, article_id: int | None) -> date | None:
    """The day an article was published, when known."""
    if article_id is None:
        return None
    # the one column, not the row: a register rebuild reads a million articles and holds none
    published = session.scalar(select(ArticleRow.published_at).where(ArticleRow.id == article_id))
    return published.date() if published else None


def _done_by(session: Session, doc_id: int, meeting_id: str) -> bool:
    """Whether the document was already adopted (signed, approved) at this meeting, or at all
    when the report names no meeting: a "planned" report then is an earlier stage, told late."""
    query = select(DocumentEvent.id).where(DocumentEvent.document_id == doc_id,
                                           DocumentEvent.status != "planned")
    if meeting_id:
        query = query.where(DocumentEvent.meeting_id == meeting_id)
    return session.scalars(query.limit(1)).first() is not None
