"""`kill -9` at random points of `scowatch crawl`, `process` and `digest` (real CLI processes),
then reruns: no article lost, no duplicate row, no mail sent twice beyond the one allowed resend
with the same Message-ID, nothing left pending. Also two `process` runs at once.

The kill points come from a seeded generator (SCOWATCH_FAULT_SEED, default in faults_support)
and are printed; a failure message names the seed. Results: docs/reliability.md."""

from __future__ import annotations

import random
import re
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest
from faults_support import (
    CountingSink,
    SlowSite,
    Snapshot,
    check_atomic,
    cli,
    cli_env,
    corpus_config,
    expected_items,
    processed_reference,
    report,
    run_and_kill,
    run_cli,
    sco_corpus,
    seed_from_env,
    snapshot,
    store_corpus,
    wait_for_group,
)
from sqlalchemy import create_engine, func, select, text, update
from sqlalchemy.engine import Engine

from pipeline.config import Subscriber, load_settings
from pipeline.crawl import crawl_command, crawl_env
from pipeline.db import Database
from pipeline.demo import demo_config
from pipeline.digest import sync_subscribers
from pipeline.fixture_server import demo_site_path
from pipeline.models import CrawlRun, Delivery, Message, utcnow
from pipeline.process import process_new

pytestmark = pytest.mark.slow

SEED = seed_from_env()


def engine_for(url: str) -> Engine:
    """A plain engine for the test's own reads (never the code under test's)."""
    return create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))


def stored_urls(engine: Engine) -> list[str]:
    """The canonical URL of every stored article (none while the schema does not exist yet)."""
    with engine.connect() as conn:
        try:
            return list(conn.scalars(text("SELECT canonical_url FROM articles")))
        except Exception as exc:  # noqa: BLE001 - killed before the first migration
            if "articles" not in str(exc):
                raise
            return []


def count(engine: Engine, where: str = "") -> int:
    """Rows of `articles` (matching a SQL condition)."""
    with engine.connect() as conn:
        return int(conn.execute(text(f"SELECT count(*) FROM articles {where}")).scalar_one())


# --- the corpus processed without faults: what every faulty run must end with -------------------


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    """The corpus processed once, in one uninterrupted run, on a fresh SQLite database."""
    return processed_reference(f"sqlite:///{tmp_path_factory.mktemp('reference')}/scowatch.db",
                               sco_corpus())


# --- crawl ----------------------------------------------------------------------------------


@pytest.mark.parametrize("target_db", ["sqlite", pytest.param("postgresql",
                                                              marks=pytest.mark.postgres)])
def test_crawl_killed_at_random_points(target_db: str, tmp_path: Path,
                                       request: pytest.FixtureRequest) -> None:
    rng = random.Random(SEED)
    url = (f"sqlite:///{tmp_path}/scowatch.db" if target_db == "sqlite"
           else str(request.getfixturevalue("postgres_url")))
    lines: list[str] = []
    with SlowSite(demo_site_path("astanatimes"), "https://astanatimes.com", delay=0.2) as site:
        config = tmp_path / "scowatch.toml"
        config.write_text(demo_config(site.base_url, tmp_path), encoding="utf-8")
        # an uninterrupted crawl into its own database says what a crawl stores, and how long
        clean = cli_env(SCOWATCH_DATABASE_URL=f"sqlite:///{tmp_path}/clean.db")
        full = run_and_kill(cli("crawl", config), clean, "uninterrupted crawl")
        assert full.returncode == 0, full.output
        expected = set(stored_urls(engine_for(f"sqlite:///{tmp_path}/clean.db")))
        assert len(expected) >= 10
        pages = site.article_hits
        lines.append(full.line() + f" [{len(expected)} articles, {pages} article pages]")

        env = cli_env(SCOWATCH_DATABASE_URL=url)
        db = engine_for(url)

        def hits_at_least(n: int) -> Callable[[], dict[str, object]]:
            """Kill once `n` more article pages were served (counted from the run's start)."""
            def arm() -> dict[str, object]:
                start = site.article_hits
                return {"when": lambda: site.article_hits - start >= n}
            return arm

        def mid(target: str = "group") -> Callable[[], dict[str, object]]:
            arm = hits_at_least(rng.randint(1, pages - 1))
            return lambda: {**arm(), "target": target}

        startup, anywhere = rng.uniform(0.3, 1.5), rng.uniform(0.1, 1.0) * full.after
        plan: list[tuple[str, Callable[[], dict[str, object]]]] = [
            ("very early (imports)", lambda: {"after": 0.05}),
            ("start-up", lambda: {"after": startup}),
            ("mid-crawl", mid()),
            ("mid-crawl, only the scrapy process", mid("children")),
            ("mid-crawl, only the CLI (scrapy goes on, orphaned, beside the next run)",
             mid("parent")),
            ("anywhere", lambda: {"after": anywhere}),
        ]
        orphans: list[int] = []
        for label, arm in plan:
            how = arm()
            got = run_and_kill(cli("crawl", config), env, label, **how)  # type: ignore[arg-type]
            if how.get("target") == "parent":
                orphans.append(got.pid)
            stored = set(stored_urls(db))
            got.notes["stored"] = len(stored)
            lines.append(got.line())
            assert stored <= expected, f"seed {SEED}: {label}: stored what a crawl does not"
        final = run_and_kill(cli("crawl", config), env, "rerun to completion")
        for pgid in orphans:
            wait_for_group(pgid)
        lines.append(final.line())
        report(f"crawl on {target_db} (seed {SEED})", lines)
        assert final.returncode == 0, final.output
        check_crawl_end(config, url, env, expected)
    db.dispose()


def check_crawl_end(config: Path, url: str, env: dict[str, str], expected: set[str]) -> None:
    """After the kills and a rerun: every article stored once and processed, and the runs the
    kills left "running" closed by a later crawl once they cannot be alive any more."""
    db = engine_for(url)
    assert Counter(stored_urls(db)) == Counter(expected), f"seed {SEED}"

    # every stored article gets processed; nothing stays pending
    done = run_cli(cli("process", config), env)
    assert done.returncode == 0, done.stderr
    assert count(db, "WHERE processed_at IS NULL") == 0

    # runs the kills left "running" are closed by a later crawl once they cannot be alive
    settings = load_settings(config, env={"SCOWATCH_DATABASE_URL": url})
    with Database(url).session() as s:
        running = list(s.scalars(select(CrawlRun).where(CrawlRun.status == "running")))
        for run in running:  # as if the next scheduled crawl came after the timeout
            run.started_at -= timedelta(seconds=settings.crawl.timeout_seconds + 180)
        stale = len(running)
    again = run_cli(cli("crawl", config), env)
    assert again.returncode == 0, again.stdout + again.stderr
    with Database(url).session() as s:
        statuses = Counter(s.scalars(select(CrawlRun.status)))
        abandoned = list(s.scalars(select(CrawlRun.message).where(
            CrawlRun.message.contains("ended without recording"))))
    assert statuses["running"] == 0, statuses
    assert len(abandoned) == stale
    print(f"  {stale} crawl runs left 'running' by the kills, closed as failed by the next crawl")
    db.dispose()


# --- process --------------------------------------------------------------------------------


def test_process_killed_at_random_points(any_db_url: str, tmp_path: Path,
                                         reference: Snapshot) -> None:
    rng = random.Random(SEED + 1)
    db = Database(any_db_url)
    store_corpus(db, sco_corpus())
    db.dispose()
    total = len(reference[0])
    config = corpus_config(tmp_path)
    env = cli_env(SCOWATCH_DATABASE_URL=any_db_url)
    reader = engine_for(any_db_url)

    def processed() -> int:
        return count(reader, "WHERE processed_at IS NOT NULL")

    targets = sorted(rng.sample(range(1, total), 4))
    plan: list[tuple[str, dict[str, object]]] = [
        ("very early (imports)", {"after": 0.05}),
        ("start-up (migrations, gazetteer)", {"after": rng.uniform(0.3, 1.2)}),
    ] + [(f"after {n} of {total} articles", {"when": (lambda n=n: processed() >= n)})
         for n in targets]
    lines = []
    for label, how in plan:
        got = run_and_kill(cli("process", config), env, label, **how)  # type: ignore[arg-type]
        got.notes["processed"] = check_atomic(any_db_url, reference, f"seed {SEED}: {label}")
        lines.append(got.line())
    final = run_and_kill(cli("process", config), env, "rerun to completion")
    lines.append(final.line())
    report(f"process on {any_db_url.split(':')[0]} (seed {SEED})", lines)
    assert final.returncode == 0, final.output
    assert snapshot(any_db_url) == reference, f"seed {SEED}: differs from one clean run"
    reader.dispose()


# --- two process runs at once ------------------------------------------------------------------

# `scowatch process` with the cross-run serialisation switched off: the control run below
UNLOCKED = ("import sys; import pipeline.process as p; p.lock_processing = lambda s: None; "
            "from pipeline.cli import main; sys.exit(main(sys.argv[1:]))")


def two_runs_at_once(argv: list[str], env: dict[str, str]) -> list[str]:
    """Start two runs at the same moment; their outputs (both must succeed)."""
    import subprocess

    from support import ROOT

    procs = [subprocess.Popen(argv, env=env, cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True) for _ in range(2)]
    outputs = [p.communicate(timeout=600)[0] for p in procs]
    for p, out in zip(procs, outputs, strict=True):
        assert p.returncode == 0, out
    return outputs


def processed_counts(outputs: list[str]) -> list[int]:
    """What each run says it processed ("processed N articles: ...")."""
    return [int(re.findall(r"processed (\d+) articles:", out)[-1]) for out in outputs]


def test_two_process_runs_at_once(any_db_url: str, tmp_path: Path,
                                  reference: Snapshot) -> None:
    db = Database(any_db_url)
    store_corpus(db, sco_corpus())
    config = corpus_config(tmp_path)
    env = cli_env(SCOWATCH_DATABASE_URL=any_db_url)
    outputs = two_runs_at_once(cli("process", config), env)
    counts = processed_counts(outputs)
    print(f"\ntwo process runs at once on {any_db_url.split(':')[0]}: processed {counts}")
    assert sum(counts) == len(reference[0])  # each article by one run only
    assert snapshot(any_db_url) == reference

    if any_db_url.startswith("postgresql"):
        # control: without the serialisation, the runs miss duplicates and split stories
        with db.session() as s:
            s.execute(text("TRUNCATE articles, stories, documents, tags, document_mentions, "
                           "article_signatures, lsh_bands, article_versions CASCADE"))
        store_corpus(db, sco_corpus())
        import sys

        two_runs_at_once([sys.executable, "-c", UNLOCKED, "process", "--config", str(config)],
                         env)
        states, _ = snapshot(any_db_url)
        differ = sum(states[k] != v for k, v in reference[0].items())
        print(f"control without the lock: {differ} of {len(states)} articles differ")
        assert differ > 0
    db.dispose()


# --- digest -----------------------------------------------------------------------------------

READERS = (Subscriber("all@example.org"), Subscriber("kz@example.org", states=("KZ",)),
           Subscriber("cn@example.org", states=("CN",)), Subscriber("in@example.org",
                                                                     states=("IN",)),
           Subscriber("docs@example.org", documents_only=True),
           Subscriber("ru@example.org", states=("RU",)), Subscriber("two@example.org"),
           Subscriber("pk@example.org", states=("PK",)))


def leases_run_out(db: Database) -> None:
    """The next run comes after the claim lease and any backoff are over (as the next scheduled
    run would, 15 minutes or a day later): every pending message is due now."""
    with db.session() as s:
        s.execute(update(Message).where(Message.status == "pending")
                  .values(next_attempt_at=utcnow() - timedelta(seconds=1)))


def messages(db: Database) -> int:
    """How many messages were queued (whatever their state); a plain read, which on SQLite
    takes no write lock, unlike the sessions of pipeline.db."""
    with db.engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(Message)) or 0


def unrecorded(db: Database, accepted: list[EmailMessage]) -> list[str]:
    """The Message-IDs among messages the server accepted that the database does not record as
    sent: the run was killed between the server's acceptance and the record."""
    ids = [str(m["Message-ID"]) for m in accepted]
    with db.session() as s:
        sent = set(s.scalars(select(Message.message_id).where(Message.message_id.in_(ids),
                                                              Message.status == "sent")))
    return [mid for mid in ids if mid not in sent]


def test_digest_killed_at_random_points(any_db_url: str, tmp_path: Path) -> None:
    rng = random.Random(SEED + 2)
    db = Database(any_db_url)
    store_corpus(db, sco_corpus())
    settings = load_settings(None, env={"SCOWATCH_DATABASE_URL": any_db_url})
    process_new(settings, db, log=lambda _: None)
    expected = expected_items(db, READERS)
    assert sum(1 for items in expected.values() if items) >= 6
    config = corpus_config(tmp_path, READERS)
    sink = CountingSink(delay=0.15)
    sink.controller.start()
    lines = []
    try:
        env = cli_env(SCOWATCH_DATABASE_URL=any_db_url, SCOWATCH_SMTP_URL=sink.url)

        def accepted(n: int) -> Callable[[], dict[str, object]]:
            """Kill as soon as the run has had `n` messages accepted (250), racing the record."""
            def arm() -> dict[str, object]:
                start = len(sink.messages)
                return {"when": lambda: len(sink.messages) - start >= n}
            return arm

        def inside_data(n: int) -> Callable[[], dict[str, object]]:
            """Kill while the server holds the run's n-th message: kept, but no 250 sent yet."""
            def arm() -> dict[str, object]:
                sink.holding.clear()
                sink.hold_after, sink.hold = len(sink.messages) + n, 5.0
                return {"when": sink.holding.is_set}
            return arm

        def queued(n: int) -> Callable[[], dict[str, object]]:
            """Kill once `n` digests are queued: the others are still being chosen."""
            return lambda: {"when": lambda: messages(db) >= n}

        anywhere = rng.uniform(0.3, 3.0)
        plan: list[tuple[str, Callable[[], dict[str, object]]]] = [
            ("very early (imports)", lambda: {"after": 0.05}),
            ("anywhere", lambda: {"after": anywhere}),
            ("while queueing", queued(rng.randint(1, len(READERS) - 2))),
            ("right after a message was accepted (250)", accepted(rng.randint(1, 3))),
            ("inside DATA: the server kept the message, no 250 yet", inside_data(2)),
            ("right after a message was accepted (250)", accepted(rng.randint(2, 3))),
        ]
        windows: Counter[str] = Counter()  # crashes between acceptance and record, per message
        for label, arm in plan:
            before = len(sink.messages)
            got = run_and_kill(cli("digest", config), env, label, **arm())  # type: ignore[arg-type]
            sink.hold_after = None
            windows.update(unrecorded(db, sink.messages[before:]))
            got.notes["queued"] = messages(db)
            got.notes["accepted so far"] = len(sink.messages)
            got.notes["accepted, not recorded"] = sum(windows.values())
            lines.append(got.line())
            leases_run_out(db)
        for attempt in range(3):
            final = run_and_kill(cli("digest", config), env, f"rerun {attempt + 1}")
            lines.append(final.line())
            with db.session() as s:
                pending = s.scalar(select(func.count()).select_from(Message)
                                   .where(Message.status == "pending")) or 0
            if final.returncode == 0 and not pending:
                break
            leases_run_out(db)
    finally:
        sink.controller.stop()
    report(f"digest on {any_db_url.split(':')[0]} (seed {SEED})", lines)
    assert final.returncode == 0 and pending == 0, final.output

    copies = Counter(m["Message-ID"] for m in sink.messages)
    raw: dict[str, bytes] = {}
    for m in sink.messages:
        assert raw.setdefault(m["Message-ID"], m.as_bytes()) == m.as_bytes()  # resent unchanged
    resent = {mid: n for mid, n in copies.items() if n > 1}
    print(f"  {len(sink.messages)} messages accepted, {len(copies)} distinct, resent: {resent}")
    # one resend per crash between acceptance and record, and none without one
    for mid, n in copies.items():
        assert n <= 1 + windows[mid], f"seed {SEED}: {mid} sent {n} times"
    assert windows, f"seed {SEED}: no kill landed between acceptance and record"
    with db.session() as s:
        rows = {m.message_id: m for m in s.scalars(select(Message))}
        got: dict[str, list[set[tuple[str, int]]]] = defaultdict(list)
        by_sub = {sub_id: email for email, sub_id in sync_subscribers(s, READERS).items()}
        for mid in copies:
            msg = rows[mid]
            assert msg.status == "sent"
            got[by_sub[msg.subscriber_id]].append({(t, i) for t, i in msg.items})
        delivered = s.scalar(select(func.count()).select_from(Delivery)) or 0
        unsent = s.scalar(select(func.count()).select_from(Message)
                          .where(Message.status != "sent")) or 0
    assert unsent == 0
    for email, items in expected.items():
        if not items:
            assert email not in got
            continue
        assert len(got[email]) == 1, f"seed {SEED}: {email} got {len(got[email])} digests"
        assert got[email][0] == items, f"seed {SEED}: {email} lost or gained items"
    assert delivered == sum(len(items) for items in expected.values())
    db.dispose()


# --- a slow crawl keeps what it fetched ---------------------------------------------------------


@pytest.mark.parametrize("max_wait", [0.5, 0.0])
def test_slow_crawl_killed_midway_keeps_what_it_stored_on_time(tmp_path: Path,
                                                               max_wait: float) -> None:
    """Articles wait at most SCOWATCH_STORE_MAX_WAIT seconds for their batch: a crawl killed
    while its last pages are still loading has stored the articles it got. Control (0: the timer
    off): the same kill stores nothing, as the batch of 25 never fills.

    The kill is timed from the crawl's own log ("Scraped from", at LOG_LEVEL=DEBUG, a setting
    any user can set), not from the clock: on a loaded machine the first articles may take
    seconds to be parsed after their pages arrive, and a clock-timed kill then landed before
    the first article had reached the store at all."""
    delay = 6.0  # per article page: the crawl's first articles arrive together, the rest later
    margin = 3.0  # after the first article reached the store: six times the 0.5 s timer
    with SlowSite(demo_site_path("astanatimes"), "https://astanatimes.com", delay=delay) as site:
        config = tmp_path / "scowatch.toml"
        config.write_text(demo_config(site.base_url, tmp_path), encoding="utf-8")
        settings = load_settings(config, env={})
        Database(settings.database_url).ensure_schema()
        source = settings.sources[0]
        command = [*crawl_command(source, settings, tmp_path / "stats.json"),
                   "-s", f"SCOWATCH_STORE_MAX_WAIT={max_wait}", "-s", "LOG_LEVEL=DEBUG"]
        first_scraped: list[float] = []

        def after_the_first_articles(output: str) -> bool:
            """`margin` seconds after the log shows the first article handed to the store."""
            if not first_scraped and "Scraped from" in output:
                first_scraped.append(time.monotonic())
            return bool(first_scraped) and time.monotonic() - first_scraped[0] >= margin

        got = run_and_kill(command, crawl_env(settings, cli_env()), "slow crawl",
                           when_output=after_the_first_articles)
        served = site.article_hits
    assert got.killed, got.output
    assert "Spider closed (finished)" not in got.output  # the kill landed mid-crawl
    kept = stored_urls(engine_for(settings.database_url))
    print(f"\nSCOWATCH_STORE_MAX_WAIT={max_wait}: killed {got.after:.1f}s after the start, "
          f"{served} article pages asked for; {len(kept)} articles stored")
    if max_wait:
        assert kept
    else:
        assert kept == []
