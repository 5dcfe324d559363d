"""Database engine and sessions: SQLite by default (WAL, busy timeout), PostgreSQL in production."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from pipeline.config import redact_url

SQLITE_BUSY_TIMEOUT_MS = 30_000  # default; `?timeout=SECONDS` on a sqlite:/// URL overrides it
MIGRATION_LOCK_ID = 0x5C0_2A7C  # pg_advisory_lock key held while migrating
# The drivers the lock file installs (SQLite's is in Python): others would fail on import.
SUPPORTED_DRIVERS = frozenset({"sqlite", "sqlite+pysqlite", "postgresql", "postgresql+psycopg"})
# Execution option on the connections of Database.reading(): their transactions only read.
READ_ONLY = "scowatch_read_only"


class _LostConnectionNoise(logging.Filter):
    """psycopg warns ("error ignored terminating <Pipeline>…") while cleaning up after a lost
    connection; the run reports that loss itself, as one line (DatabaseError)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("error ignored terminating")


logging.getLogger("psycopg").addFilter(_LostConnectionNoise())


class DatabaseError(RuntimeError):
    """The database cannot be reached or used; the message is safe to show (no password)."""


def make_engine(url: str) -> Engine:
    """An engine for `url`, with SQLite tuned for a scheduler and crawlers writing at once."""
    authority = url.partition("://")[2].split("/", 1)[0]
    if authority.count("@") > 1:  # SQLAlchemy would take the password's rest for the host
        raise DatabaseError(f"the user name or password in {redact_url(url)!r} holds an '@': "
                            "URL-encode it as %40")
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        raise DatabaseError(f"not a database URL: {redact_url(url)!r}") from None
    if parsed.drivername == "postgres":  # Heroku's and libpq's spelling of postgresql://
        parsed = parsed.set(drivername="postgresql")
    if parsed.drivername not in SUPPORTED_DRIVERS:
        raise DatabaseError(
            f"unsupported database {parsed.drivername!r} in {redact_url(url)!r}: scowatch stores "
            "in SQLite (sqlite:///path/to/file.db) or PostgreSQL (postgresql://user@host/db)")
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        busy_ms = sqlite_busy_timeout_ms(url)
        engine = create_engine(parsed, connect_args={"timeout": busy_ms / 1000})
        event.listen(engine, "connect", partial(_sqlite_pragmas, busy_ms=busy_ms))
        event.listen(engine, "begin", _sqlite_begin_immediate)
        return engine
    if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return create_engine(parsed, pool_pre_ping=True)


def sqlite_busy_timeout_ms(url: str) -> int:
    """How long a SQLite writer waits for another's lock: the URL's `?timeout=` (seconds, as
    Python's sqlite3 names it), else SQLITE_BUSY_TIMEOUT_MS."""
    raw = make_url(url).query.get("timeout")
    value = raw[-1] if isinstance(raw, tuple) else raw
    try:
        seconds = float(value) if value is not None else None
    except ValueError:
        raise DatabaseError(f"timeout={value!r} in {redact_url(url)} is not a number of "
                            "seconds") from None
    if seconds is None or seconds < 0:
        return SQLITE_BUSY_TIMEOUT_MS
    return int(seconds * 1000)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any, busy_ms: int = SQLITE_BUSY_TIMEOUT_MS) -> None:
    # Python's sqlite3 opens transactions itself; let SQLAlchemy's "begin" event do it instead.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute(f"PRAGMA busy_timeout={busy_ms}")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _sqlite_begin_immediate(conn: Any) -> None:
    # Take the write lock at BEGIN so that two writers queue on busy_timeout instead of one
    # failing later with "database is locked" when it upgrades a read lock. Readers (WAL mode)
    # need no lock: Database.reading() marks its connections.
    conn.exec_driver_sql("BEGIN" if conn.get_execution_options().get(READ_ONLY)
                         else "BEGIN IMMEDIATE")


def insert_for(session: Session) -> Any:
    """The dialect's INSERT construct, which has on_conflict_do_nothing/do_update (upserts)."""
    return postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """A session factory whose objects stay readable after commit."""
    return sessionmaker(engine, expire_on_commit=False)


_MIGRATE_LOCK = threading.Lock()  # Alembic's context is process-global: one upgrade at a time


def migrate(engine: Engine, url: str | None = None) -> None:
    """Bring the schema up to the newest Alembic revision (safe from several processes); `url`
    is the database's name in error messages (default: the engine's, password hidden)."""
    from alembic import command
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    head = ScriptDirectory.from_config(cfg).get_current_head()
    try:
        with _MIGRATE_LOCK, engine.connect() as conn:
            if MigrationContext.configure(conn).get_current_revision() == head:
                conn.rollback()
                return
            conn.rollback()
            pg = conn.dialect.name == "postgresql"
            if pg:
                conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": MIGRATION_LOCK_ID})
            try:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                conn.commit()
            finally:
                if pg:
                    conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": MIGRATION_LOCK_ID})
                    conn.commit()
    except OperationalError as exc:
        shown = redact_url(url or engine.url.render_as_string(False))
        why = describe_error(exc.orig, url or "")
        # A locked SQLite file opened fine: say that it is busy, not that it cannot be opened.
        what = "the database is busy" if "database is locked" in why else (
            "cannot open the database")
        raise DatabaseError(f"{what} {shown}: {why}") from None


def describe_error(exc: BaseException | None, url: str = "") -> str:
    """A driver's error as one line (psycopg spreads its messages over several), with a hint
    where the cause is known."""
    lines = [" ".join(line.split()) for line in str(exc or "").splitlines()]
    text = " ".join(line for line in lines if line)[:400] or type(exc).__name__
    if "database is locked" in text and url.startswith("sqlite"):
        seconds = sqlite_busy_timeout_ms(url) / 1000
        text += (f" (another process held its write lock for longer than the busy timeout of "
                 f"{seconds:g} s; run again when it is done, or raise ?timeout= on the URL)")
    return text


class Database:
    """An engine, migrated on first use, with a transactional session scope."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self._sessions = session_factory(self.engine)
        self._migrated = False

    def ensure_schema(self) -> None:
        """Run the migrations once per process."""
        if not self._migrated:
            migrate(self.engine, self.url)
            self._migrated = True

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session inside one transaction: committed on success, rolled back on error."""
        self.ensure_schema()
        try:
            with self._sessions.begin() as session:
                yield session
        except OperationalError as exc:
            raise DatabaseError(
                f"database error on {redact_url(self.url)}: "
                f"{describe_error(exc.orig, self.url)}") from exc

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads only: on SQLite its transaction takes no write lock (BEGIN, not
        BEGIN IMMEDIATE), so a crawl's lookups do not queue behind its own storing thread."""
        self.ensure_schema()
        try:
            with self.engine.connect().execution_options(**{READ_ONLY: True}) as conn, \
                    Session(bind=conn) as session, session.begin():
                yield session
        except OperationalError as exc:
            raise DatabaseError(
                f"database error on {redact_url(self.url)}: "
                f"{describe_error(exc.orig, self.url)}") from exc

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()


_SHARED: dict[str, Database] = {}
_SHARED_LOCK = threading.Lock()


def shared_database(url: str) -> Database:
    """This process's Database for `url`, made once: the crawlers of one `scrapy crawlgroup`
    process share one connection pool and one migration check, however many sources it crawls.
    Its users do not dispose of it; the process's end does."""
    with _SHARED_LOCK:
        db = _SHARED.get(url)
        if db is None:
            db = _SHARED[url] = Database(url)
        return db
