"""Rebuilding the document register from the stored articles, after an upgrade or a calendar edit.

The register is kept incrementally: each processed article's mentions find or create their
entry under the naming rules and the meetings calendar of the day. When either changes (a new
release names documents differently, `meetings_file` gains a meeting), entries stored earlier keep
their old key or stay "meeting unresolved", and the next report of the same document starts a
second entry. `scowatch documents --rebuild` runs the document finder again over every stored
article the pipeline judged about the SCO, in the order they were stored, and replaces the
register with what it finds, in one transaction:

- the new register is computed apart (in a scratch database), so it is what an uninterrupted
  processing of the same articles under today's rules gives, whatever the old one held;
- each new entry keeps the id of the old entry it shares most reports with (so the delivery
  records and sent mails that name it still do), the others get new ids;
- a subscriber who was sent any old entry a new entry grew from counts as having received the new
  one: a rebuild never mails a document again;
- the first sighting of an entry is the earliest of the entries it grew from.

Nothing is written when the run fails or `dry_run` is set (the report says what would change).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import create_engine, delete, select, text, update
from sqlalchemy.orm import Session

from pipeline import documents as doc_rules
from pipeline import tagging
from pipeline.config import Settings
from pipeline.db import Database
from pipeline.documents.calendar import load_calendar
from pipeline.documents.keys import document_key, same_document
from pipeline.models import (
    ArticleRow,
    ArticleVersion,
    Base,
    Delivery,
    Document,
    DocumentEvent,
    DocumentMention,
    Message,
)


@dataclass
class RebuildReport:
    """What a rebuild found and changed."""

    articles: int = 0
    mentions: int = 0
    before: int = 0
    after: int = 0
    kept: int = 0  # entries that kept an old entry's id
    new: int = 0  # entries with no old entry behind them
    gone: int = 0  # old entries whose id is no longer used (joined into another, or dropped)
    deliveries: int = 0  # delivery records added so that nothing is mailed twice
    changed: list[str] = field(default_factory=list)  # one line per entry that changed

    def summary(self) -> str:
        return (f"register rebuilt from {self.articles} articles ({self.mentions} document "
                f"mentions): {self.before} entries before, {self.after} after; {self.kept} kept "
                f"their id, {self.new} new, {self.gone} joined into others or dropped; "
                f"{self.deliveries} delivery records carried over")


@dataclass(frozen=True)
class _Old:
    """What a rebuild needs of an old entry."""

    key: str
    name: str
    type: str
    meeting_id: str
    first_seen_at: datetime


@dataclass(frozen=True)
class _Sent:
    """A delivery record of a document."""

    subscriber_id: int
    item_id: int
    message_pk: int
    delivered_at: datetime


@dataclass
class _Found:
    """The new register, computed in a scratch database."""

    documents: list[dict[str, Any]]
    events: list[dict[str, Any]]
    # article id, scratch document id, evidence, the step the report tells
    mentions: list[tuple[int, int, str | None, str | None]]
    keys: dict[int, list[str]]  # article id -> the document keys its text names


def _columns(row: Any, table: Any) -> dict[str, Any]:
    return {c.name: getattr(row, c.key) for c in table.__table__.columns}


def _find(session: Session, settings: Settings, log: Callable[[str], None],
          report: RebuildReport) -> _Found:
    """Run the document finder over the stored SCO articles, oldest first, into a scratch
    register (an in-memory SQLite database holding only the register's tables)."""
    from pipeline.process import register_document

    gazetteer = tagging.load_gazetteer(settings.gazetteer_dir)
    calendar = load_calendar(settings.meetings_files)
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine, tables=[
        Document.__table__, DocumentEvent.__table__])  # type: ignore[list-item]
    mentions: list[tuple[int, int, str | None, str | None]] = []
    keys: dict[int, list[str]] = {}
    ids = list(session.scalars(
        select(ArticleRow.id).where(ArticleRow.processed_at.is_not(None),
                                    ArticleRow.sco_relevant.is_(True))
        .order_by(ArticleRow.id)))
    with Session(engine) as scratch:
        for n, article_id in enumerate(ids, 1):
            row = session.get(ArticleRow, article_id)
            assert row is not None
            published = row.published_at.date() if row.published_at else None
            _, found = doc_rules.tag_and_find(gazetteer, row.title or "", row.body or "",
                                              published, row.language, calendar, url=row.url)
            when = row.processed_at or row.updated_at
            for mention in found:
                doc_id, _ = register_document(scratch, mention, when, article_id, session)
                mentions.append((article_id, doc_id, mention.evidence, mention.status))
            keys[article_id] = sorted({m.key for m in found})
            session.expunge(row)  # a register of a million articles is read, not held
            report.articles += 1
            report.mentions += len(found)
            if n % 1000 == 0:
                log(f"read {n} of {len(ids)} articles")
        scratch.flush()
        documents = [_columns(d, Document) for d in scratch.scalars(
            select(Document).order_by(Document.id))]
        events = [_columns(e, DocumentEvent) for e in scratch.scalars(
            select(DocumentEvent).order_by(DocumentEvent.id))]
    engine.dispose()
    # one mention per article and entry, the first, as processing keeps them
    first: dict[tuple[int, int], tuple[int, int, str | None, str | None]] = {}
    for found_mention in mentions:
        first.setdefault((found_mention[0], found_mention[1]), found_mention)
    unique = list(first.values())
    return _Found(documents, events, unique, keys)


def _same(old: _Old, new: dict[str, Any]) -> bool:
    """Whether an old entry and a new one name the same document: same type, and the same key,
    keys of one document (translations, variants), or the old name keyed under today's rules.
    An article that reports several documents links each old entry to its own new one only."""
    if old.type != new["type"]:
        return False
    return (old.key == new["key"] or same_document(old.key, new["key"])
            or document_key(old.name) == new["key"])


def _successors(new_articles: dict[int, set[int]], old_articles: dict[int, set[int]],
                related: Callable[[int, int], bool]
                ) -> tuple[dict[int, int], dict[int, list[int]], dict[int, int]]:
    """Which old id each new entry keeps (one to one, most shared reports first, then the
    oldest), which old entries each new entry grew from (a shared report of the same document),
    and the new entry each old one went into most (its successor)."""
    pairs = sorted(
        ((len(arts & old), old_id, new_id)
         for new_id, arts in new_articles.items()
         for old_id, old in old_articles.items() if arts & old and related(old_id, new_id)),
        key=lambda p: (-p[0], p[1], p[2]))
    keeps: dict[int, int] = {}
    taken: set[int] = set()
    grew_from: dict[int, list[int]] = defaultdict(list)
    successor: dict[int, int] = {}
    for _, old_id, new_id in pairs:
        grew_from[new_id].append(old_id)
        successor.setdefault(old_id, new_id)
        if new_id not in keeps and old_id not in taken:
            keeps[new_id] = old_id
            taken.add(old_id)
    return keeps, {n: sorted(olds) for n, olds in grew_from.items()}, successor


def rebuild_register(settings: Settings, db: Database | None = None, *, dry_run: bool = False,
                     log: Callable[[str], None] = print) -> RebuildReport:
    """Replace the document register with what today's rules and calendar find in the stored
    articles (see the module's docstring); one transaction, nothing written on `dry_run`."""
    db = db or Database(settings.database_url)
    report = RebuildReport()
    with db.session() as session:
        if session.get_bind().dialect.name == "postgresql":
            from pipeline.process import lock_processing

            lock_processing(session)  # no processing run registers documents meanwhile
        old_docs = {d.id: _Old(d.key, d.name, d.type, d.meeting_id or "", d.first_seen_at)
                    for d in session.scalars(select(Document))}
        old_articles: dict[int, set[int]] = defaultdict(set)
        for article_id, doc_id in session.execute(
                select(DocumentMention.article_id, DocumentMention.document_id)):
            old_articles[doc_id].add(article_id)
        report.before = len(old_docs)
        found = _find(session, settings, log, report)
        new_articles: dict[int, set[int]] = defaultdict(set)
        for article_id, doc_id, _, _ in found.mentions:
            new_articles[doc_id].add(article_id)
        new_docs = {d["id"]: d for d in found.documents}
        keeps, grew_from, successor = _successors(
            new_articles, old_articles, lambda o, n: _same(old_docs[o], new_docs[n]))
        delivered = [_Sent(d.subscriber_id, d.item_id, d.message_pk, d.delivered_at)
                     for d in session.scalars(
                         select(Delivery).where(Delivery.item_type == "document"))]
        session.expunge_all()
        top = max([0, *old_docs, *(d.item_id for d in delivered)])
        ids: dict[int, int] = {}
        for doc in found.documents:
            if doc["id"] in keeps:
                ids[doc["id"]] = keeps[doc["id"]]
            else:
                top += 1
                ids[doc["id"]] = top
        report.after = len(found.documents)
        report.kept = len(keeps)
        report.new = report.after - report.kept
        report.gone = len(set(old_docs) - set(keeps.values()))
        for doc in found.documents:
            old = old_docs.get(ids[doc["id"]])
            label = f"{doc['name']} [{doc['meeting_id'] or 'meeting unresolved'}]"
            if old is None:
                report.changed.append(f"new: {label}")
            elif (old.key, old.meeting_id, old.name) != (doc["key"], doc["meeting_id"] or "",
                                                         doc["name"]):
                was = f"{old.name} [{old.meeting_id or 'meeting unresolved'}]"
                report.changed.append(f"changed: {was} -> {label}")
        for old_id in sorted(set(old_docs) - set(keeps.values())):
            old = old_docs[old_id]
            report.changed.append(f"gone: {old.name} [{old.meeting_id or 'meeting unresolved'}]")
        if dry_run:
            session.rollback()
            return report
        _write(session, found, ids, grew_from, {o: ids[n] for o, n in successor.items()},
               old_docs, delivered, report)
    return report


def _write(session: Session, found: _Found, ids: dict[int, int], grew_from: dict[int, list[int]],
           successor: dict[int, int], old_docs: dict[int, _Old], delivered: list[_Sent],
           report: RebuildReport) -> None:
    """Replace the register's rows, carry the deliveries over, and keep each article's latest
    version naming the keys it now has (so its next version is not a change of documents)."""
    first_seen: dict[int, datetime] = {}
    for new_id, olds in grew_from.items():
        first_seen[new_id] = min(old_docs[o].first_seen_at for o in olds)
    by_old: dict[int, list[_Sent]] = defaultdict(list)
    for d in delivered:
        by_old[d.item_id].append(d)
    carried: dict[tuple[int, int], int] = {}  # (subscriber, new id) -> message
    for new_id, olds in grew_from.items():
        for old_id in olds:
            for d in by_old.get(old_id, []):
                carried.setdefault((d.subscriber_id, ids[new_id]), d.message_pk)
    session.execute(delete(DocumentMention))
    session.execute(delete(DocumentEvent))
    session.execute(delete(Document))
    session.execute(delete(Delivery).where(Delivery.item_type == "document"))
    session.flush()
    for doc in found.documents:
        values = dict(doc, id=ids[doc["id"]])
        if doc["id"] in first_seen:
            values["first_seen_at"] = min(values["first_seen_at"], first_seen[doc["id"]])
        session.add(Document(**values))
    session.flush()
    for event in found.events:
        session.add(DocumentEvent(**dict(event, id=None, document_id=ids[event["document_id"]])))
    for article_id, doc_id, evidence, status in found.mentions:
        session.add(DocumentMention(article_id=article_id, document_id=ids[doc_id],
                                    evidence=evidence, status=status))
    kept_delivery = {(d.subscriber_id, d.item_id): d for d in delivered}
    for (subscriber_id, item_id), message_pk in sorted(carried.items()):
        old = kept_delivery.get((subscriber_id, item_id))
        session.add(Delivery(subscriber_id=subscriber_id, item_type="document", item_id=item_id,
                             message_pk=message_pk,
                             **({"delivered_at": old.delivered_at} if old else {})))
        report.deliveries += int(old is None)
    # mails not sent yet record their deliveries when they go: their items follow the entries
    for message in session.scalars(select(Message).where(Message.status != "sent")):
        items = [[kind, successor.get(item, item) if kind == "document" else item]
                 for kind, item in message.items]
        if items != message.items:
            message.items = items
    for article_id, keys in found.keys.items():
        latest = session.scalar(
            select(ArticleVersion.id).where(ArticleVersion.article_id == article_id)
            .order_by(ArticleVersion.version.desc()).limit(1))
        if latest is not None:
            session.execute(update(ArticleVersion).where(ArticleVersion.id == latest)
                            .values(documents=keys))
    if session.get_bind().dialect.name == "postgresql":
        # explicit ids leave the sequence behind: the next registered entry must not collide
        session.execute(text("SELECT setval(pg_get_serial_sequence('documents', 'id'), "
                             "GREATEST((SELECT MAX(id) FROM documents), 1))"))
