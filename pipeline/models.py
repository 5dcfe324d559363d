"""The database schema: sources, crawl runs, articles and their tags, documents, subscribers,
mail, near-duplicate signatures, versions and stories."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp stored in UTC and always read back tz-aware (SQLite forgets offsets)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r} would lose its time zone")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    """The current time, tz-aware in UTC."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime, dict[str, Any]: JSON, list[Any]: JSON}


class SourceRow(Base):
    """A configured outlet, as last seen by a crawl."""

    __tablename__ = "sources"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    spider: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class CrawlRun(Base):
    """One crawl of one source, with the counts that make its health."""

    __tablename__ = "crawl_runs"
    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(64), index=True)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]
    status: Mapped[str] = mapped_column(String(16), default="running")  # running/ok/failed
    pages: Mapped[int] = mapped_column(default=0)
    articles: Mapped[int] = mapped_column(default=0)
    new_articles: Mapped[int] = mapped_column(default=0)
    errors: Mapped[int] = mapped_column(default=0)
    error_kinds: Mapped[dict[str, Any]] = mapped_column(default=dict)
    missing: Mapped[dict[str, Any]] = mapped_column(default=dict)
    entries: Mapped[int] = mapped_column(default=0)  # entries its feeds and listings named
    found_nothing: Mapped[bool] = mapped_column(default=False)  # counts toward stale_after_runs
    message: Mapped[str | None] = mapped_column(Text)


class ArticleRow(Base):
    """A stored article, one row per canonical URL."""

    __tablename__ = "articles"
    id: Mapped[int] = mapped_column(primary_key=True)
    canonical_url: Mapped[str] = mapped_column(String(2048), unique=True)
    url: Mapped[str] = mapped_column(String(2048), index=True)
    source: Mapped[str] = mapped_column(String(64), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    published_at: Mapped[datetime | None]
    # the offset the outlet gave, in minutes: published_at is stored in UTC, this keeps its day
    published_offset: Mapped[int | None] = mapped_column(Integer)
    author: Mapped[str | None] = mapped_column(String(512))
    section: Mapped[str | None] = mapped_column(String(256))
    language: Mapped[str | None] = mapped_column(String(16))
    description: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str | None] = mapped_column(Text)
    body_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    provenance: Mapped[dict[str, Any]] = mapped_column(default=dict)
    first_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_fetched_at: Mapped[datetime | None]  # any fetch, changed or not: drives re-checks
    version: Mapped[int] = mapped_column(default=1)
    # processing state: null until `process` has looked at this version of the article
    processed_at: Mapped[datetime | None] = mapped_column(index=True)
    duplicate_of_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id"))
    story_id: Mapped[int | None] = mapped_column(Integer, index=True)
    sco_relevant: Mapped[bool | None] = mapped_column(Boolean)
    relevance: Mapped[float | None] = mapped_column(Float)
    evidence: Mapped[list[Any]] = mapped_column(default=list)

    duplicate_of: Mapped[ArticleRow | None] = relationship(remote_side=[id])

    def published_local(self) -> datetime | None:
        """published_at in the offset the outlet gave (UTC when unknown)."""
        if self.published_at is None:
            return None
        offset = timedelta(minutes=self.published_offset or 0)
        return self.published_at.astimezone(timezone(offset))
    tags: Mapped[list[Tag]] = relationship(back_populates="article", cascade="all, delete-orphan")
    mentions: Mapped[list[DocumentMention]] = relationship(
        back_populates="article", cascade="all, delete-orphan")


class Tag(Base):
    """One tag on an article: a state, person, SCO body or topic."""

    __tablename__ = "tags"
    __table_args__ = (UniqueConstraint("article_id", "kind", "value"),
                      Index("ix_tags_kind_value", "kind", "value"))
    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))  # state / person / body / topic
    value: Mapped[str] = mapped_column(String(256))
    detail: Mapped[str | None] = mapped_column(String(64))  # e.g. a state's role
    article: Mapped[ArticleRow] = relationship(back_populates="tags")


class Document(Base):
    """The document register: one row per SCO document and meeting, however many outlets report
    it (the Astana Declarations of 2017 and 2024 are two rows; `meeting_id` is the calendar
    meeting, '' while unresolved)."""

    __tablename__ = "documents"
    __table_args__ = (UniqueConstraint("key", "meeting_id", name="uq_documents_key_meeting"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(512), index=True)
    name: Mapped[str] = mapped_column(String(512))
    type: Mapped[str] = mapped_column(String(32))
    status: Mapped[str | None] = mapped_column(String(32))
    meeting_id: Mapped[str] = mapped_column(String(64), default="", server_default="")
    meeting: Mapped[str | None] = mapped_column(String(256))
    venue: Mapped[str | None] = mapped_column(String(256))
    meeting_date: Mapped[str | None] = mapped_column(String(10))  # ISO date
    meeting_format: Mapped[str | None] = mapped_column(String(16))  # "video" or "in person"
    meeting_note: Mapped[str | None] = mapped_column(String(256))  # a meeting the calendar lacks
    first_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    mentions: Mapped[list[DocumentMention]] = relationship(back_populates="document")
    events: Mapped[list[DocumentEvent]] = relationship(
        back_populates="document", order_by="DocumentEvent.id")


class DocumentEvent(Base):
    """One step of a document's history: a status reported at a meeting (planned, then adopted)."""

    __tablename__ = "document_events"
    __table_args__ = (UniqueConstraint("document_id", "status", "meeting_id",
                                       name="uq_document_events_status_meeting"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"),
                                             index=True)
    status: Mapped[str] = mapped_column(String(32))
    meeting_id: Mapped[str] = mapped_column(String(64), default="", server_default="")
    meeting: Mapped[str | None] = mapped_column(String(256))
    venue: Mapped[str | None] = mapped_column(String(256))
    meeting_date: Mapped[str | None] = mapped_column(String(10))
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id", ondelete="SET NULL"))
    seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    document: Mapped[Document] = relationship(back_populates="events")


class DocumentMention(Base):
    """An article that reports a document, with the sentence that says so."""

    __tablename__ = "document_mentions"
    __table_args__ = (UniqueConstraint("article_id", "document_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"),
                                             index=True)
    evidence: Mapped[str | None] = mapped_column(Text)
    # the step this report tells (adopted, signed, approved, planned); NULL in rows stored before
    # migration 0009, until `scowatch documents --rebuild`
    status: Mapped[str | None] = mapped_column(String(32))
    article: Mapped[ArticleRow] = relationship(back_populates="mentions")
    document: Mapped[Document] = relationship(back_populates="mentions")


class SubscriberRow(Base):
    """A reader, synchronised from the configuration; unsubscribing keeps the row."""

    __tablename__ = "subscribers"
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    schedule: Mapped[str] = mapped_column(String(16), default="daily")
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    filters: Mapped[dict[str, Any]] = mapped_column(default=dict)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    unsubscribed_at: Mapped[datetime | None]


class Message(Base):
    """One mail to one subscriber; pending until the server (or the outbox) accepted it."""

    __tablename__ = "messages"
    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[str] = mapped_column(String(255), unique=True)
    subscriber_id: Mapped[int] = mapped_column(ForeignKey("subscribers.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # digest / alert
    subject: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    items: Mapped[list[Any]] = mapped_column(default=list)  # [[item_type, item_id], ...]
    raw: Mapped[str] = mapped_column(Text)  # the whole RFC 5322 message, resent unchanged
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    transport: Mapped[str | None] = mapped_column(String(255))


class Delivery(Base):
    """That a subscriber has received an item (article, document), recorded once."""

    __tablename__ = "deliveries"
    __table_args__ = (UniqueConstraint("subscriber_id", "item_type", "item_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    subscriber_id: Mapped[int] = mapped_column(ForeignKey("subscribers.id"))
    item_type: Mapped[str] = mapped_column(String(16))
    item_id: Mapped[int] = mapped_column(Integer)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id"), index=True)
    delivered_at: Mapped[datetime] = mapped_column(default=utcnow)


class ArticleSignature(Base):
    """The MinHash signature of an article's body, kept so that dedup works across runs."""

    __tablename__ = "article_signatures"
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"),
                                            primary_key=True)
    scheme: Mapped[int] = mapped_column(Integer)  # shingling/hash version (pipeline.neardup)
    shingles: Mapped[int] = mapped_column(Integer)  # distinct shingles, for containment
    minhash: Mapped[bytes]


class LshBand(Base):
    """One LSH band key of an article's signature: articles sharing a key are candidates."""

    __tablename__ = "lsh_bands"
    __table_args__ = (Index("ix_lsh_bands_band", "band_no", "band_hash",
                            postgresql_include=["article_id"]),
                      {"sqlite_with_rowid": False})
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"),
                                            primary_key=True)
    band_no: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    band_hash: Mapped[int] = mapped_column(Integer)


class ArticleVersion(Base):
    """One processed text of an article; a later version says whether its change was material."""

    __tablename__ = "article_versions"
    __table_args__ = (UniqueConstraint("article_id", "version"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    body_hash: Mapped[str | None] = mapped_column(String(64))
    title: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str | None] = mapped_column(Text)
    seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    documents: Mapped[list[Any]] = mapped_column(default=list)  # register keys it reported
    material: Mapped[bool | None] = mapped_column(Boolean)  # null for the first version
    change: Mapped[str | None] = mapped_column(Text)  # why it is (not) material


class Story(Base):
    """Articles from different outlets about one event; headline from the most authoritative."""

    __tablename__ = "stories"
    id: Mapped[int] = mapped_column(primary_key=True)
    headline: Mapped[str | None] = mapped_column(Text)
    headline_article_id: Mapped[int | None] = mapped_column(
        ForeignKey("articles.id", ondelete="SET NULL"))
    articles: Mapped[int] = mapped_column(Integer, default=0)
    first_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    published_from: Mapped[datetime | None]
    published_to: Mapped[datetime | None]


class HttpValidator(Base):
    """The ETag / Last-Modified a server sent for a feed or sitemap, for the next conditional
    GET."""

    __tablename__ = "http_validators"
    url: Mapped[str] = mapped_column(String(2048), primary_key=True)
    etag: Mapped[str | None] = mapped_column(String(512))
    last_modified: Mapped[str | None] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
