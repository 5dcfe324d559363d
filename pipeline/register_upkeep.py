"""Keeping the stored document register in step with the naming rules after an upgrade.

A register entry's key is computed from a document name by `documents.document_key`. When an
upgrade changes that normalisation (a long official title now keyed like its short form, a
translation now keyed in English), entries stored before it keep their old keys: a new report
of the same document then opens a second entry beside the old one. `rekey_register` runs at
the start of every processing pass: it recomputes each entry's key from its display name, and
joins the entries of one type and one meeting that now name the same document, moving their
reports, history, deliveries and unsent messages' items to the oldest entry, so that nothing a
reader was sent comes back as new. It costs one key per entry when nothing changed.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from pipeline.db import Database
from pipeline.documents import document_key
from pipeline.documents import register as doc_register
from pipeline.documents.keys import preferred_name, same_document
from pipeline.models import Delivery, Document, DocumentEvent, DocumentMention, Message


def rekey_register(db: Database, log: Callable[[str], None] = print) -> tuple[int, int]:
    """Recompute stored keys and join entries that now name one document at one meeting.
    Returns (keys changed, entries joined); logs one line when either is not zero."""
    with db.session() as session, session.no_autoflush:
        docs = list(session.scalars(select(Document).order_by(Document.id)))
        keys = {doc.id: document_key(doc.name) or doc.key for doc in docs}
        changed = sum(1 for doc in docs if keys[doc.id] != doc.key)
        if not changed:
            return 0, 0
        survivors: list[Document] = []
        joined = 0
        for doc in docs:
            into = next((s for s in survivors
                         if s.type == doc.type and s.meeting_id == doc.meeting_id
                         and same_document(keys[s.id], keys[doc.id])), None)
            if into is None:
                survivors.append(doc)
            else:
                _join(session, into, doc)
                joined += 1
        # the unique (key, meeting_id) holds once the joined entries are gone
        for doc in survivors:
            doc.key = keys[doc.id]
        session.flush()
    log(f"document register: {changed} keys recomputed under the current naming rules, "
        f"{joined} entries joined to the entry of the same document and meeting")
    return changed, joined


def _join(session: Session, into: Document, doc: Document) -> None:
    """Move `doc`'s reports, history and deliveries to `into`, then delete `doc`."""
    into.name = preferred_name(into.name, doc.name, doc.status not in (None, "planned"),
                               into.status not in (None, "planned"))
    into.status = doc_register.more_specific(into.status, doc.status)
    into.first_seen_at = min(into.first_seen_at, doc.first_seen_at)
    for attr in ("meeting", "venue", "meeting_date", "meeting_format"):
        if getattr(into, attr) is None and getattr(doc, attr) is not None:
            setattr(into, attr, getattr(doc, attr))
    have = set(session.scalars(select(DocumentMention.article_id)
                               .where(DocumentMention.document_id == into.id)))
    for mention in session.scalars(select(DocumentMention)
                                   .where(DocumentMention.document_id == doc.id)):
        if mention.article_id in have:
            session.delete(mention)
        else:
            mention.document_id = into.id
    steps = {(e.status, e.meeting_id) for e in session.scalars(
        select(DocumentEvent).where(DocumentEvent.document_id == into.id))}
    for event in session.scalars(select(DocumentEvent)
                                 .where(DocumentEvent.document_id == doc.id)):
        if (event.status, event.meeting_id) in steps:
            session.delete(event)
        else:
            event.document_id = into.id
    got = set(session.scalars(select(Delivery.subscriber_id).where(
        Delivery.item_type == "document", Delivery.item_id == into.id)))
    session.execute(delete(Delivery).where(Delivery.item_type == "document",
                                           Delivery.item_id == doc.id,
                                           Delivery.subscriber_id.in_(got)))
    session.execute(update(Delivery).where(Delivery.item_type == "document",
                                           Delivery.item_id == doc.id)
                    .values(item_id=into.id))
    # a message not sent yet records its deliveries from its items when it is
    for message in session.scalars(select(Message).where(Message.status == "pending")):
        items = [[t, into.id if (t, i) == ("document", doc.id) else i] for t, i in message.items]
        if items != [list(x) for x in message.items]:
            message.items = [list(x) for x in dict.fromkeys(tuple(x) for x in items)]
    session.flush()
    session.delete(doc)
    session.flush()
