"""What a crawl may skip: articles already stored, feeds not modified since the last run, and feed
or listing teasers that show no sign of being about the SCO."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from typing import Any, Protocol, cast

from sqlalchemy import Table, bindparam, or_, select
from sqlalchemy.orm import Session

from pipeline.db import Database, insert_for, shared_database
from pipeline.models import ArticleRow, HttpValidator, utcnow
from pipeline.tagging import Gazetteer, analyse
from pipeline.urls import canonical_url

# Bound parameters per IN (...) query; SQLite's limit is far higher, this keeps queries small.
QUERY_CHUNK = 500


@dataclass(frozen=True)
class Validators:
    """What a server said identifies the version of a page it sent (for a conditional GET)."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        """The conditional request headers these validators allow."""
        out: dict[str, str] = {}
        if self.etag:
            out["If-None-Match"] = self.etag
        if self.last_modified:
            out["If-Modified-Since"] = self.last_modified
        return out

    def __bool__(self) -> bool:
        return bool(self.etag or self.last_modified)


@dataclass(frozen=True)
class Refresh:
    """When a stored article is fetched again: while young, every so often."""

    window: timedelta = timedelta(days=2)  # articles first seen this recently are re-checked
    interval: timedelta = timedelta(hours=6)  # at most this often

    def due(self, first_seen: datetime, last_fetched: datetime | None, now: datetime) -> bool:
        """Whether an article stored at `first_seen` should be fetched again now."""
        if now - first_seen > self.window:
            return False
        return last_fetched is None or now - last_fetched >= self.interval


NEVER = Refresh(window=timedelta(0), interval=timedelta(0))


@cache
def _stored_by_url_or_key() -> Any:
    """SELECT of the stored rows whose canonical URL is one of `keys` or whose URL is one of
    `urls`, built once: a crawl asks once per listing page, and building and compiling the query
    each time cost more than running it."""
    table = cast(Table, ArticleRow.__table__)
    return (select(table.c.canonical_url, table.c.url, table.c.first_seen_at,
                   table.c.last_fetched_at)
            .where(or_(table.c.canonical_url.in_(bindparam("keys", expanding=True)),
                       table.c.url.in_(bindparam("urls", expanding=True)))))


def known_urls(session: Session, urls: Iterable[str], now: datetime | None = None,
               refresh: Refresh = NEVER) -> set[str]:
    """The URLs among `urls` whose article is already stored and not due for a re-check: by
    canonical URL, or as the URL it was fetched from (a page whose rel=canonical differs from
    the link that led to it)."""
    now = now or utcnow()
    urls = list(dict.fromkeys(urls))
    by_key: dict[str, list[str]] = {}
    for url in urls:
        by_key.setdefault(canonical_url(url), []).append(url)
    rows: list[Any] = []  # one query per chunk for both ways of knowing a URL
    for start in range(0, len(urls), QUERY_CHUNK):
        chunk = urls[start : start + QUERY_CHUNK]
        keys = list(dict.fromkeys(canonical_url(url) for url in chunk))
        rows += session.execute(_stored_by_url_or_key(), {"keys": keys, "urls": chunk}).all()
    found: set[str] = set()
    seen: set[str] = set()
    for key, _, first, last in rows:  # by canonical URL first
        if key in by_key:
            seen.update(by_key[key])
            if not refresh.due(first, last, now):
                found.update(by_key[key])
    asked = set(urls)
    for _, url, first, last in rows:  # then, for the rest, as the URL a page was fetched from
        if url in asked and url not in seen and not refresh.due(first, last, now):
            found.add(url)
    return found


def load_validators(session: Session, url: str) -> Validators:
    """The validators remembered for a URL (empty when none)."""
    row = session.get(HttpValidator, url)
    return Validators(row.etag, row.last_modified) if row else Validators()


def save_validators(session: Session, url: str, validators: Validators,
                    now: datetime | None = None) -> None:
    """Remember (or forget, when empty) the validators a server sent for a URL."""
    if not validators:
        row = session.get(HttpValidator, url)
        if row is not None:
            session.delete(row)
        return
    values = {"url": url, "etag": validators.etag, "last_modified": validators.last_modified,
              "updated_at": now or utcnow()}
    stmt = insert_for(session)(HttpValidator).values(**values)
    session.execute(stmt.on_conflict_do_update(
        index_elements=["url"],
        set_={k: v for k, v in values.items() if k != "url"}))


def teaser_may_be_sco(gaz: Gazetteer, title: str | None, summary: str | None) -> bool | None:
    """Whether a feed or listing teaser names the SCO or one of its bodies; None when it is empty.

    Deliberately looser than the relevance threshold: a teaser is a line or two, and a missed
    declaration costs far more than fetching a page that turns out not to be about the SCO. So a
    bare "SCO" counts too ("SCO moot concludes"), unless the teaser defines it as something else.
    """
    title, summary = (title or "").strip(), (summary or "").strip()
    if not (title or summary):
        return None
    analysis = analyse(gaz, title, summary)
    if analysis.sco:
        return True
    for match in analysis.matches:
        if match.entry.kind == "body":
            return True
        written = analysis.text[match.start : match.end]
        if match.entry.kind == "sco_ambiguous" and written not in analysis.ignored:
            return True
    return False


class CrawlState(Protocol):
    """What a spider asks the store: which articles it has, and the feeds' validators."""

    def known(self, urls: Iterable[str]) -> set[str]: ...

    def validators(self, url: str) -> Validators: ...

    def remember(self, url: str, validators: Validators) -> None: ...

    def close(self) -> None: ...


class DatabaseCrawlState:
    """CrawlState backed by the scowatch database."""

    def __init__(self, database_url: str, refresh: Refresh = NEVER, shared: bool = False) -> None:
        # shared: the process's one Database for the URL (many crawlers in one process)
        self.db = shared_database(database_url) if shared else Database(database_url)
        self.shared = shared
        self.refresh = refresh

    def known(self, urls: Iterable[str]) -> set[str]:
        """Stored URLs among `urls` that are not due for a re-check."""
        urls = list(urls)
        if not urls:
            return set()
        with self.db.reading() as session:
            return known_urls(session, urls, refresh=self.refresh)

    def validators(self, url: str) -> Validators:
        """Validators remembered for `url`."""
        with self.db.session() as session:
            return load_validators(session, url)

    def remember(self, url: str, validators: Validators) -> None:
        """Store the validators for `url`."""
        with self.db.session() as session:
            save_validators(session, url, validators)

    def close(self) -> None:
        """Release the database connections (a shared Database is left to the process's end)."""
        if not self.shared:
            self.db.dispose()


class MemoryCrawlState:
    """CrawlState kept in memory: for unit tests, and crawls that store nothing."""

    def __init__(self, known: Iterable[str] = (),
                 validators: dict[str, Validators] | None = None) -> None:
        self.stored = {canonical_url(u) for u in known}
        self.saved: dict[str, Validators] = dict(validators or {})

    def known(self, urls: Iterable[str]) -> set[str]:
        """URLs among `urls` whose canonical form was given as known."""
        return {u for u in urls if canonical_url(u) in self.stored}

    def validators(self, url: str) -> Validators:
        """Validators remembered for `url`."""
        return self.saved.get(url, Validators())

    def remember(self, url: str, validators: Validators) -> None:
        """Remember validators for `url`."""
        self.saved[url] = validators

    def close(self) -> None:
        """Nothing to release."""
