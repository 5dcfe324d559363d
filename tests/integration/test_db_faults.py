"""Database faults met by the real CLI (issue 8): a SQLite file whose write lock another process
holds past the busy timeout, and a PostgreSQL server that restarts mid-run or is down at start.

Each run that meets a fault must exit 1 with one line on stderr naming the database (password
hidden) and the cause, no traceback, and nothing half written; a rerun once the fault is gone
must end exactly where a run that never met it ends: nothing lost, nothing duplicated."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from faults_support import (
    Snapshot,
    TcpProxy,
    check_atomic,
    cli,
    cli_env,
    corpus_config,
    expected_items,
    processed_reference,
    report,
    run_cli,
    sco_corpus,
    snapshot,
    store_corpus,
)
from sqlalchemy import create_engine, func, select, text, update
from sqlalchemy.engine import Engine, make_url
from support import ROOT, SmtpSink

from pipeline.article import Article
from pipeline.config import Subscriber, load_settings
from pipeline.db import Database
from pipeline.demo import demo_config
from pipeline.digest import sync_subscribers
from pipeline.fixture_server import ServedSite, demo_site_path
from pipeline.models import CrawlRun, Delivery, Message, utcnow
from pipeline.process import process_new

# One group: the module's reference run is made once, on one xdist worker (--dist loadgroup).
# Nothing else is shared: each test has its own SQLite file, PostgreSQL database and proxy port.
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("db_faults")]

ZYTE_TEXTS = 20  # 96 articles: stories, documents and near duplicates, a few seconds to process
BUSY_TIMEOUT = 1  # seconds, the `?timeout=` of the SQLite URLs under a lock held for longer
PASSWORD = "pw-never-shown"  # in the PostgreSQL URLs (trust auth ignores it): must not be printed
READERS = (Subscriber("all@example.org"), Subscriber("kz@example.org", states=("KZ",)),
           Subscriber("cn@example.org", states=("CN",)),
           Subscriber("docs@example.org", documents_only=True))


@pytest.fixture(scope="module")
def corpus() -> list[Article]:
    return sco_corpus(ZYTE_TEXTS)


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory, corpus: list[Article]) -> Snapshot:
    """The corpus processed in one undisturbed run: what every disturbed one must end with."""
    return processed_reference(f"sqlite:///{tmp_path_factory.mktemp('reference')}/scowatch.db",
                               corpus)


# --- helpers ----------------------------------------------------------------------------------


def sqlite_url(path: Path, timeout: float = BUSY_TIMEOUT) -> str:
    return f"sqlite:///{path}?timeout={timeout:g}"


@contextmanager
def write_lock(path: Path, writer: subprocess.Popen[str] | None = None) -> Iterator[None]:
    """Hold the SQLite file's write lock, as another process's long transaction does (in WAL
    mode readers go on; every writer waits for its busy timeout, then gives up). `writer`: a
    process writing one transaction after another, which the lock is taken from between two."""
    conn = sqlite3.connect(path, timeout=0 if writer else 60, isolation_level=None)
    try:
        if writer is None:
            conn.execute("BEGIN EXCLUSIVE")  # waits for a write transaction under way
        else:
            lock_between_transactions(conn, writer.pid)
        yield
        conn.execute("ROLLBACK")
    finally:
        conn.close()


def lock_between_transactions(conn: sqlite3.Connection, pid: int) -> None:
    """Take the write lock from a process that begins its next transaction as soon as it
    commits: a waiting BEGIN would lose every race (SQLite's busy handler sleeps between its
    tries), so the process is stopped until it is caught between two transactions."""
    while True:
        os.kill(pid, signal.SIGSTOP)
        try:
            conn.execute("BEGIN EXCLUSIVE")
            return
        except sqlite3.OperationalError as exc:  # stopped inside a transaction: try again
            if "locked" not in str(exc):
                raise
        finally:
            os.kill(pid, signal.SIGCONT)
        time.sleep(0.002)


def reader(url: str) -> Engine:
    """A plain engine for the test's reads: on SQLite a plain read takes no write lock (the
    sessions of pipeline.db begin with BEGIN IMMEDIATE, which would wait for it)."""
    url = url.split("?", 1)[0] if url.startswith("sqlite") else url
    return create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))


def scalar(engine: Engine, sql: str) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text(sql)).scalar_one())


def processed(engine: Engine) -> int:
    return scalar(engine, "SELECT count(*) FROM articles WHERE processed_at IS NOT NULL")


def row_counts(engine: Engine) -> dict[str, int]:
    """Rows per table (the migration bookkeeping aside): a fingerprint of everything written."""
    with engine.connect() as conn:
        names = [n for n in conn.dialect.get_table_names(conn) if n != "alembic_version"]
        return {n: int(conn.execute(text(f'SELECT count(*) FROM "{n}"')).scalar_one())
                for n in names}


def the_error_line(result: tuple[int | None, str, str], *parts: str) -> str:
    """The run failed with exit 1 and one line on stderr holding every part; that line."""
    code, out, err = result
    assert code == 1, f"exit {code}\n{out}\n{err}"
    assert "Traceback" not in out + err, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    for part in parts:
        assert part in lines[0], lines[0]
    assert lines[0].startswith("scowatch: ")
    return lines[0]


def run(argv: list[str], env: dict[str, str]) -> tuple[int | None, str, str]:
    done = run_cli(argv, env)
    return done.returncode, done.stdout, done.stderr


def start(argv: list[str], env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(argv, env=env, cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def wait_until(proc: subprocess.Popen[str], done: Callable[[], bool], what: str,
               limit: float = 120) -> None:
    """Poll until `done()` holds; fail if the run ends first (it never got that far), or hangs
    (a guard against a stuck test, far above any expected time: no timing is asserted)."""
    deadline = time.monotonic() + limit
    while not done():
        if proc.poll() is not None:
            out, err = proc.communicate()
            raise AssertionError(f"the run ended (exit {proc.returncode}) before {what}:\n"
                                 f"{out}\n{err}")
        if time.monotonic() > deadline:
            proc.kill()
            out, err = proc.communicate()
            raise AssertionError(f"no sign after {limit} s that {what}:\n{out}\n{err}")
        time.sleep(0.01)


def finish(proc: subprocess.Popen[str]) -> tuple[int | None, str, str]:
    out, err = proc.communicate(timeout=300)
    return proc.returncode, out, err


# --- SQLite: a write lock held by another process ---------------------------------------------


def test_process_meeting_a_lock_mid_run_fails_in_one_line_and_the_rerun_ends_clean(
        tmp_path: Path, corpus: list[Article], reference: Snapshot) -> None:
    path = tmp_path / "scowatch.db"
    url = sqlite_url(path)
    db = Database(url)
    store_corpus(db, corpus)
    db.dispose()
    env = cli_env(SCOWATCH_DATABASE_URL=url)
    config = corpus_config(tmp_path)
    reads = reader(url)

    proc = start(cli("process", config), env)
    wait_until(proc, lambda: processed(reads) >= 20, "20 articles were processed")
    with write_lock(path, proc):
        at_lock = processed(reads)
        got = finish(proc)  # the next article's BEGIN IMMEDIATE waits 1 s, then gives up
        assert processed(reads) == at_lock
    line = the_error_line(got, str(path), "database is locked",
                          f"busy timeout of {BUSY_TIMEOUT} s")
    done = check_atomic(url, reference)
    assert at_lock == done < len(corpus)

    rerun = run(cli("process", config), env)
    assert rerun[0] == 0 and not rerun[2], rerun
    assert snapshot(url) == reference
    report("process meets a SQLite lock mid-run", [
        f"locked after {at_lock} of {len(corpus)} articles: exit {got[0]}: {line}",
        f"rerun: exit {rerun[0]}, {rerun[1].strip().splitlines()[-1]}"])
    reads.dispose()


def test_a_lock_shorter_than_the_busy_timeout_is_waited_out(
        tmp_path: Path, corpus: list[Article], reference: Snapshot) -> None:
    path = tmp_path / "scowatch.db"
    url = sqlite_url(path, timeout=60)
    db = Database(url)
    store_corpus(db, corpus)
    db.dispose()
    reads = reader(url)
    proc = start(cli("process", corpus_config(tmp_path)), cli_env(SCOWATCH_DATABASE_URL=url))
    wait_until(proc, lambda: processed(reads) >= 20, "20 articles were processed")
    with write_lock(path, proc):
        at_lock = processed(reads)
        time.sleep(2 * BUSY_TIMEOUT)  # longer than a short busy timeout, far below this one
        assert proc.poll() is None  # it cannot finish without writing: it waits
        assert processed(reads) == at_lock
    code, out, err = finish(proc)
    assert code == 0 and not err, (code, out, err)
    assert snapshot(url) == reference
    report("process meets a SQLite lock shorter than its busy timeout",
           [f"locked 2 s after {at_lock} articles: exit {code}, {out.strip().splitlines()[-1]}"])
    reads.dispose()


def test_commands_started_on_a_locked_file_write_nothing_and_say_so(
        tmp_path: Path, corpus: list[Article], reference: Snapshot) -> None:
    path = tmp_path / "scowatch.db"
    url = sqlite_url(path)
    db = Database(url)
    store_corpus(db, corpus)
    db.dispose()
    env = cli_env(SCOWATCH_DATABASE_URL=url)
    config = corpus_config(tmp_path, READERS)
    reads = reader(url)
    before = row_counts(reads)
    lines = []
    with write_lock(path):
        for command in ("process", "digest", "run"):
            line = the_error_line(run(cli(command, config), env), str(path),
                                  "database is locked")
            lines.append(f"{command}: exit 1: {line}")
        assert row_counts(reads) == before
    assert not (tmp_path / "outbox").exists()

    for command in ("process", "digest"):
        code, out, err = run(cli(command, config), env)
        assert code == 0 and not err, (command, out, err)
        lines.append(f"{command} once unlocked: exit 0")
    assert snapshot(url) == reference
    with reads.connect() as conn:
        messages = Counter(conn.scalars(text("SELECT status FROM messages")))
        delivered = scalar(reads, "SELECT count(*) FROM deliveries")
    assert messages["sent"] == len(READERS) and sum(messages.values()) == len(READERS)
    assert len(list((tmp_path / "outbox").glob("*.eml"))) == len(READERS)
    assert delivered > 0
    report("commands started on a locked SQLite file", lines)
    reads.dispose()


# --- SQLite: crawl -----------------------------------------------------------------------------


def stored_paths(engine: Engine) -> Counter[str]:
    """The stored articles' URL paths, with how often each is stored."""
    with engine.connect() as conn:
        return Counter(urlsplit(u).path for u in conn.scalars(text("SELECT url FROM articles")))


ASTANA = demo_site_path("astanatimes")
# What an undisturbed crawl of the fixture site stores: every article once (test_crawl_astanatimes)
ASTANA_ARTICLES = Counter("/" + p.parent.relative_to(ASTANA).as_posix() + "/"
                          for p in ASTANA.glob("[0-9]*/*/*/index.html"))
OLDER = {"/2020/11/sco-leaders-sign-moscow-declaration-consolidate-efforts-to-overcome-covid-19-"
         "consequences/", "/2023/07/kazakhstan-takes-over-sco-chairmanship-for-2023-2024/"}


class HeldSite(ServedSite):
    """The fixture site, keeping one page's answer while `release` is not set."""

    def __init__(self, folder: Path, origin: str, held: str) -> None:
        super().__init__(folder, origin)
        self.held = held
        self.holding = threading.Event()
        self.release = threading.Event()

    def respond(self, raw_path: str) -> tuple[int, dict[str, str], bytes]:
        if raw_path.split("?", 1)[0] == self.held:
            self.holding.set()
            self.release.wait(120)
        return super().respond(raw_path)


def test_crawl_meeting_a_locked_file_stores_everything_once_on_the_rerun(tmp_path: Path) -> None:
    lines = []
    # /all/page/2/ lists the two oldest articles (OLDER), and only it does
    with HeldSite(ASTANA, "https://astanatimes.com", held="/all/page/2/") as site:
        config = tmp_path / "scowatch.toml"
        config.write_text(demo_config(site.base_url, tmp_path), encoding="utf-8")
        expected = ASTANA_ARTICLES
        assert OLDER < set(expected)
        path = tmp_path / "scowatch.db"
        url = sqlite_url(path)
        env = cli_env(SCOWATCH_DATABASE_URL=url)
        Database(url).ensure_schema()
        reads = reader(url)

        # locked before the crawl starts: nothing fetched, nothing recorded
        with write_lock(path):
            line = the_error_line(run(cli("crawl", config), env), str(path),
                                  "database is locked")
        assert row_counts(reads) == dict.fromkeys(row_counts(reads), 0)
        lines.append(f"locked at start: exit 1: {line}")

        # locked mid-crawl, once the newer articles are stored (what is pending is stored every
        # 2 s) and page 2 is asked for, until the run ends: its older articles, the feed's
        # validators and the run's end cannot be written
        proc = start(cli("crawl", config), env)
        wait_until(proc, lambda: site.holding.is_set()
                   and len(stored_paths(reads)) == len(expected) - len(OLDER),
                   "the newer articles were stored and page 2 was asked for")
        with write_lock(path):
            site.release.set()
            line = the_error_line(finish(proc), str(path), "database is locked")
        stored = stored_paths(reads)
        assert set(stored) == set(expected) - OLDER and set(stored.values()) == {1}
        lines.append(f"locked mid-crawl: exit 1 with {len(stored)} of {len(expected)} articles "
                     f"stored: {line}")

        # the rerun pages past the stored newer articles to the older ones
        rerun = run(cli("crawl", config), env)
        assert rerun[0] == 0, rerun
        assert "paging past stored articles" in rerun[1]
        assert stored_paths(reads) == expected
        lines.append(f"rerun: exit 0, {len(expected)} articles, each once")
        with reads.connect() as conn:
            statuses = Counter(conn.scalars(select(CrawlRun.status)))
        # the interrupted run could not record its end; a later crawl closes it after the timeout
        assert statuses == {"ok": 1, "running": 1}, statuses
    report("crawl meets a locked SQLite file", lines)
    reads.dispose()


# --- SQLite: digest -----------------------------------------------------------------------------


class HeldSink(SmtpSink):
    """An SMTP server that keeps its n-th message and answers 250 only when released."""

    def __init__(self, hold_at: int) -> None:
        super().__init__()
        self.hold_at = hold_at
        self.holding = threading.Event()
        self.release = threading.Event()

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:  # noqa: N802
        reply = await super().handle_DATA(server, session, envelope)
        if len(self.messages) == self.hold_at:
            self.holding.set()
            while not self.release.is_set():
                await asyncio.sleep(0.01)
        return reply


def test_digest_meeting_a_lock_after_the_server_accepted_resends_that_mail_once(
        tmp_path: Path, corpus: list[Article]) -> None:
    path = tmp_path / "scowatch.db"
    url = sqlite_url(path)
    db = Database(url)
    store_corpus(db, corpus)
    process_new(load_settings(None, env={"SCOWATCH_DATABASE_URL": url}), db, log=lambda _: None)
    expected = {email: items for email, items in expected_items(db, READERS).items() if items}
    assert len(expected) >= 3
    config = corpus_config(tmp_path, READERS)
    sink = HeldSink(hold_at=2)
    sink.controller.start()
    lines = []
    try:
        env = cli_env(SCOWATCH_DATABASE_URL=url, SCOWATCH_SMTP_URL=sink.url)
        proc = start(cli("digest", config), env)
        wait_until(proc, sink.holding.is_set, "the server held the 2nd message")
        with write_lock(path):
            sink.release.set()  # 250: the run now records the delivery, and meets the lock
            line = the_error_line(finish(proc), str(path), "database is locked")
        lines.append(f"locked while the server held message 2: exit 1: {line}")
        with db.session() as s:  # message 1 recorded; 2 accepted, not recorded; the rest queued
            statuses = Counter(s.scalars(select(Message.status)))
            recorded = s.scalar(select(func.count()).select_from(Delivery))
        assert statuses == {"sent": 1, "pending": len(expected) - 1}, statuses
        assert recorded == len(items_sent(db)[0])

        again = run(cli("digest", config), env)  # the claimed message waits for its lease
        assert again[0] == 0 and not again[2], again
        with db.session() as s:  # the next scheduled run comes after the lease
            s.execute(update(Message).where(Message.status == "pending")
                      .values(next_attempt_at=utcnow() - timedelta(seconds=1)))
        last = run(cli("digest", config), env)
        assert last[0] == 0 and not last[2], last
        lines.append("reruns: exit 0, exit 0 (after the claim lease)")
    finally:
        sink.controller.stop()

    copies = Counter(str(m["Message-ID"]) for m in sink.messages)
    held = str(sink.messages[1]["Message-ID"])
    assert copies == dict.fromkeys(copies, 1) | {held: 2}, copies  # only the held one, twice
    assert len({m.as_bytes() for m in sink.messages}) == len(copies)  # resent unchanged
    assert items_sent(db) == list(expected.values())  # one digest each, as chosen at the start
    with db.session() as s:
        recorded = s.scalar(select(func.count()).select_from(Delivery))
        assert set(s.scalars(select(Message.status))) == {"sent"}
    assert recorded == sum(len(items) for items in expected.values())
    lines.append(f"{len(sink.messages)} messages accepted for {len(copies)} digests: the one "
                 "accepted but not recorded went out twice with one Message-ID")
    report("digest meets a locked SQLite file", lines)
    db.dispose()


def items_sent(db: Database) -> list[set[tuple[str, int]]]:
    """The items of every message recorded as sent, by reader in READERS order."""
    with db.session() as s:
        ids = sync_subscribers(s, READERS)
        return [{(t, i) for t, i in msg.items} for sub in READERS
                for msg in s.scalars(select(Message).where(
                    Message.subscriber_id == ids[sub.email], Message.status == "sent"))]


# --- PostgreSQL: a server restart mid-run, and a server down at start ---------------------------


def via_proxy(url: str, proxy: TcpProxy) -> str:
    """The database URL through the proxy, with a password that must never be shown."""
    return make_url(url).set(port=proxy.port, password=PASSWORD).render_as_string(
        hide_password=False)


@pytest.mark.postgres
def test_postgres_restart_mid_process_fails_in_one_line_and_the_rerun_ends_clean(
        postgres_url: str, tmp_path: Path, corpus: list[Article],
        reference: Snapshot) -> None:
    db = Database(postgres_url)
    store_corpus(db, corpus)
    db.dispose()
    config = corpus_config(tmp_path)
    reads = reader(postgres_url)
    lines = []
    with TcpProxy(("127.0.0.1", make_url(postgres_url).port or 5432)) as proxy:
        url = via_proxy(postgres_url, proxy)
        env = cli_env(SCOWATCH_DATABASE_URL=url)
        proc = start(cli("process", config), env)
        wait_until(proc, lambda: processed(reads) >= 20, "20 articles were processed")
        proxy.cut()  # every connection reset, new ones refused: the server went down
        at_cut = processed(reads)
        proxy.restore()  # and is back, on the same port
        code, out, err = finish(proc)
        if code == 0:  # the run reconnected and carried on
            assert not err, err
            lines.append(f"cut after {at_cut} articles: survived, exit 0")
        else:
            shown = make_url(url).render_as_string(hide_password=True)
            line = the_error_line((code, out, err), shown)
            assert PASSWORD not in out + err
            lines.append(f"cut after {at_cut} articles: exit {code}: {line}")
            assert at_cut <= check_atomic(postgres_url, reference) < len(corpus)
            rerun = run(cli("process", config), env)
            assert rerun[0] == 0 and not rerun[2], rerun
            lines.append(f"rerun through the restored proxy: exit 0, "
                         f"{rerun[1].strip().splitlines()[-1]}")
    assert snapshot(postgres_url) == reference
    report("process meets a PostgreSQL restart", lines)
    reads.dispose()


@pytest.mark.postgres
def test_postgres_down_at_start_run_and_digest_say_so_then_run_clean(
        postgres_url: str, tmp_path: Path, corpus: list[Article]) -> None:
    few = corpus[:20]  # what is processed here is the business of the test above
    db = Database(postgres_url)
    store_corpus(db, few)
    db.dispose()
    config = corpus_config(tmp_path, READERS)
    reads = reader(postgres_url)
    lines = []
    with TcpProxy(("127.0.0.1", make_url(postgres_url).port or 5432)) as proxy:
        url = via_proxy(postgres_url, proxy)
        env = cli_env(SCOWATCH_DATABASE_URL=url)
        shown = make_url(url).render_as_string(hide_password=True)
        probe = reader(url)
        before = row_counts(probe)  # through the proxy: it forwards
        probe.dispose()
        proxy.cut()
        for command in ("run", "digest"):
            code, out, err = got = run(cli(command, config), env)
            line = the_error_line(got, shown, "Connection refused")
            assert PASSWORD not in out + err
            lines.append(f"{command}: exit 1: {line}")
        assert row_counts(reads) == before
        proxy.restore()
        code, out, err = run(cli("run", config), env)
        assert code == 0 and not err, (code, out, err)
        lines.append("run once the server is back: exit 0")
    with reads.connect() as conn:
        assert processed(reads) == len(few)
        statuses = Counter(conn.scalars(text("SELECT status FROM messages")))
    assert statuses["sent"] >= 1 and set(statuses) == {"sent"}, statuses
    report("run and digest with PostgreSQL down at start", lines)
    reads.dispose()
