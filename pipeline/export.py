"""Export of stored articles with their tags, one record per article (JSON Lines or CSV)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import datetime
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from pipeline.models import ArticleRow, DocumentMention

FIELDS = ("url", "canonical_url", "source", "title", "published_at", "author", "language",
          "body", "sco_relevant", "relevance", "states", "people", "bodies", "topics",
          "documents", "duplicate_of", "story_id", "section", "first_seen_at", "version")
LIST_FIELDS = ("states", "people", "bodies", "topics", "documents")


def article_record(art: ArticleRow) -> dict[str, Any]:
    """The documented export record of one article."""
    def values(kind: str) -> list[str]:
        return sorted(t.value for t in art.tags if t.kind == kind)

    return {
        "url": art.url,
        "canonical_url": art.canonical_url,
        "source": art.source,
        "title": art.title,
        "published_at": local.isoformat() if (local := art.published_local()) else None,
        "author": art.author,
        "language": art.language,
        "body": art.body,
        "sco_relevant": art.sco_relevant,
        "relevance": art.relevance,
        "states": values("state"),
        "people": values("person"),
        "bodies": values("body"),
        "topics": values("topic"),
        "documents": sorted(({"name": m.document.name, "type": m.document.type,
                              "meeting": m.document.meeting_id or None}
                             for m in art.mentions), key=lambda d: d["name"]),
        "duplicate_of": art.duplicate_of.canonical_url if art.duplicate_of else None,
        "story_id": art.story_id,
        "section": art.section,
        "first_seen_at": art.first_seen_at.isoformat(),
        "version": art.version,
    }


def iter_records(session: Session, since: datetime | None = None) -> Iterator[dict[str, Any]]:
    """Every stored article (first seen at or after `since`), oldest first, in batches."""
    query = (select(ArticleRow).order_by(ArticleRow.id)
             .options(selectinload(ArticleRow.tags), selectinload(ArticleRow.duplicate_of),
                      selectinload(ArticleRow.mentions).selectinload(DocumentMention.document))
             .execution_options(yield_per=500))
    if since is not None:
        query = query.where(ArticleRow.first_seen_at >= since)
    for art in session.scalars(query):
        yield article_record(art)


def write_jsonl(records: Iterator[dict[str, Any]], out: IO[str]) -> int:
    """Write one JSON object per line; return how many."""
    n = 0
    for rec in records:
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(records: Iterator[dict[str, Any]], out: IO[str]) -> int:
    """Write a CSV with a header; list fields joined with '; ' (documents as name (type))."""
    writer = csv.DictWriter(out, fieldnames=FIELDS)
    writer.writeheader()
    n = 0
    for rec in records:
        row = dict(rec)
        row["documents"] = "; ".join(f"{d['name']} ({d['type']})" for d in rec["documents"])
        for key in LIST_FIELDS[:-1]:
            row[key] = "; ".join(rec[key])
        writer.writerow(row)
        n += 1
    return n
