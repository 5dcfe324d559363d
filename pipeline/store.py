"""Storing articles: an upsert on the canonical URL that keeps what was already known."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from enum import StrEnum
from functools import cache
from typing import Any, cast

from sqlalchemy import Table, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from pipeline.article import Article
from pipeline.db import insert_for
from pipeline.models import ArticleRow, SourceRow, utcnow
from pipeline.text import body_hash, clean_whitespace
from pipeline.urls import canonical_url, same_site

STORED_FIELDS = ("title", "body", "published_at", "published_offset", "author", "section",
                 "language", "description")


class Outcome(StrEnum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


def utc_offset_minutes(article: Article) -> int | None:
    """The offset of the article's publication time, in minutes east of UTC."""
    if article.published_at is None or article.published_at.utcoffset() is None:
        return None
    return int(article.published_at.utcoffset().total_seconds() // 60)  # type: ignore[union-attr]


def article_key(article: Article) -> str:
    """The canonical URL: the page's own rel=canonical when it stays on the same site."""
    declared = article.page_canonical_url
    host = (article.url.split("/")[2] if "://" in article.url else "").split(":")[0]
    if declared and host and same_site(declared, (host.removeprefix("www."),)):
        return canonical_url(declared)
    return canonical_url(article.url)


@cache
def _insert_new_articles(dialect: str) -> Any:
    """INSERT ... ON CONFLICT DO NOTHING RETURNING canonical_url, built once: a crawl saves
    thousands. Executed with a batch's rows, SQLAlchemy sends them as one multi-row INSERT
    ("insertmanyvalues").

    On the table, not the mapped class: the ORM's bulk-insert layer, which a plain dict of
    column values does not need, was half the cost of saving an article."""
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    table = cast(Table, ArticleRow.__table__)
    return (insert(table).on_conflict_do_nothing(index_elements=["canonical_url"])
            .returning(table.c.canonical_url))


def article_values(article: Article, now: datetime) -> dict[str, Any]:
    """The column values of a new row for the article."""
    body = clean_whitespace(article.body)
    return {
        "canonical_url": article_key(article), "url": article.url, "source": article.source,
        "title": clean_whitespace(article.title), "body": body,
        "published_at": article.published_at, "published_offset": utc_offset_minutes(article),
        "author": article.author,
        "section": article.section, "language": article.language,
        "description": article.description, "body_hash": body_hash(body),
        "provenance": dict(article.provenance), "first_seen_at": now, "updated_at": now,
        "last_fetched_at": now,
        "version": 1, "evidence": [],
    }


def save_article(session: Session, article: Article, now: datetime | None = None) -> Outcome:
    """Insert the article, or update the stored one when its text changed; never duplicate it."""
    return save_articles(session, [article], now)[0]


def save_articles(session: Session, articles: Sequence[Article],
                  now: datetime | None = None) -> list[Outcome]:
    """Save a batch: the same outcomes and rows as `save_article` on each article in turn, with
    one INSERT for all of them and a look at the stored row only for those already there."""
    if not articles:
        return []
    now = now or utcnow()
    rows = [article_values(article, now) for article in articles]
    stmt = _insert_new_articles(session.get_bind().dialect.name)
    inserted = set(session.execute(stmt, rows).scalars())
    outcomes, seen = [], set()
    for values in rows:
        key = values["canonical_url"]
        # a key met twice in the batch was inserted by its first article: the later ones are
        # saved against that row, as they would have been one by one
        new = key in inserted and key not in seen
        seen.add(key)
        outcomes.append(Outcome.NEW if new else _update_stored(session, values, now))
    return outcomes


def _update_stored(session: Session, values: dict[str, Any], now: datetime) -> Outcome:
    """Update the stored row of an article already known: a new version when its text changed,
    else only the fields it lacked."""
    row = session.execute(select(ArticleRow).where(ArticleRow.canonical_url
                                                   == values["canonical_url"])
                          .with_for_update()).scalar_one()
    row.last_fetched_at = now
    if values["body_hash"] and values["body_hash"] != row.body_hash:
        for name in STORED_FIELDS:
            new = values[name]
            if new is not None:
                setattr(row, name, new)
        row.body_hash, row.url = values["body_hash"], values["url"]
        row.provenance = values["provenance"]
        row.version += 1
        row.updated_at = now
        row.processed_at = None  # the new text is tagged and deduplicated again
        return Outcome.UPDATED
    filled = False
    for name in STORED_FIELDS:  # a later fetch may fill what an earlier one missed
        if getattr(row, name) is None and values[name] is not None:
            setattr(row, name, values[name])
            filled = True
    if filled:
        row.updated_at = now
    return Outcome.UNCHANGED


def ensure_source(session: Session, name: str, spider: str) -> None:
    """Record a configured source once."""
    stmt = insert_for(session)(SourceRow).values(name=name, spider=spider, created_at=utcnow())
    session.execute(stmt.on_conflict_do_nothing(index_elements=["name"]))
