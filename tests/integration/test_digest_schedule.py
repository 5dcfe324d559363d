"""When mail goes out and to whom: daily and weekly schedules, "nothing new" notices, immediate
alerts, unsubscribing, the List-Unsubscribe header, and two digest runs at the same time."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from sqlalchemy import delete, select
from support import SmtpSink, make_settings
from test_digest_selection import add_article, add_document

from pipeline.cli import main
from pipeline.config import Settings, Subscriber
from pipeline.db import Database
from pipeline.digest import is_due, run_alerts, run_digest
from pipeline.models import Delivery, Message

T0 = datetime(2025, 9, 1, 6, 0, tzinfo=UTC)
SILENT = {"log": lambda _: None}


class Clock:
    """A settable now()."""

    def __init__(self, start: datetime) -> None:
        self.at = start

    def __call__(self) -> datetime:
        return self.at

    def advance(self, **delta: float) -> None:
        self.at += timedelta(**delta)


def settings_for(tmp_path: Path, sink: SmtpSink, *subs: Subscriber,
                 database_url: str | None = None) -> Settings:
    return make_settings(tmp_path, database_url=database_url, smtp_url=sink.url,
                         subscribers=subs, sender="SCO watch <digest@scowatch.example>")


def body(mail: EmailMessage) -> str:
    return mail.get_body(("plain",)).get_content()  # type: ignore[union-attr]


def news(db: Database, slug: str, when: datetime, document: str | None = None) -> None:
    """One new processed article (reporting a document when named)."""
    with db.session() as s:
        art = add_article(s, slug, f"SCO report {slug}", published=when - timedelta(hours=2))
        art.processed_at = when - timedelta(hours=1)
        if document:
            add_document(s, document, [art], day=None, meeting=None, venue=None)


# --- schedules ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("schedule", "since", "due"), [
    ("daily", None, True),
    ("daily", timedelta(hours=19), False),
    ("daily", timedelta(hours=20), True),
    ("daily", timedelta(hours=26), True),
    ("weekly", timedelta(days=1), False),
    ("weekly", timedelta(days=6), False),
    ("weekly", timedelta(days=6, hours=20), True),
    ("weekly", None, True),
    ("immediate", None, False),  # alerts, not digests
])
def test_is_due(schedule: str, since: timedelta | None, due: bool) -> None:
    previous = T0 - since if since is not None else None
    assert is_due(schedule, previous, T0) is due


def test_weekly_digest_waits_for_its_week(tmp_path: Path, smtp_sink: SmtpSink) -> None:
    settings = settings_for(tmp_path, smtp_sink, Subscriber("weekly@example.org", "weekly"),
                            Subscriber("daily@example.org", "daily"))
    db = Database(settings.database_url)
    clock = Clock(T0)
    news(db, "monday", clock())
    assert run_digest(settings, db, respect_schedule=True, now=clock, **SILENT).sent == 2
    for day in range(1, 7):  # one new article a day: the daily reader gets each, weekly waits
        clock.advance(days=1)
        news(db, f"day{day}", clock())
        report = run_digest(settings, db, respect_schedule=True, now=clock, **SILENT)
        assert report.sent == 1 and any("weekly@example.org: not due" in s
                                        for s in report.skipped)
    clock.advance(days=1)
    assert run_digest(settings, db, respect_schedule=True, now=clock, **SILENT).sent == 1
    weekly = [m for m in smtp_sink.messages if m["To"] == "weekly@example.org"]
    assert len(weekly) == 2
    assert weekly[1]["Subject"].endswith(": 6 stories")  # the whole week, in one message
    assert all(f"SCO report day{d}" in body(weekly[1]) for d in range(1, 7))
    assert len([m for m in smtp_sink.messages if m["To"] == "daily@example.org"]) == 7


# --- empty periods ------------------------------------------------------------------------------


def test_an_empty_period_sends_nothing_unless_asked(tmp_path: Path, smtp_sink: SmtpSink) -> None:
    settings = settings_for(tmp_path, smtp_sink, Subscriber("quiet@example.org"),
                            Subscriber("notify@example.org", notify_empty=True))
    db = Database(settings.database_url)
    clock = Clock(T0)
    report = run_digest(settings, db, now=clock, **SILENT)
    assert report.sent == 1 and "quiet@example.org: nothing new" in report.skipped
    [notice] = smtp_sink.messages
    assert notice["To"] == "notify@example.org"
    assert notice["Subject"] == "SCO digest, 1 Sep: nothing new"
    text = body(notice)
    assert "Nothing new about the SCO in this period." in text
    assert "NEW DOCUMENTS" not in text and "STORIES" not in text
    assert "Unsubscribe: mailto:digest@scowatch.example?subject=unsubscribe" in text
    html = notice.get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert "Nothing new about the SCO in this period." in html
    # run again within the day (a manual `scowatch run`): no second notice
    clock.advance(hours=3)
    assert run_digest(settings, db, now=clock, **SILENT).sent == 0
    # the next day's notice does go out
    clock.advance(hours=20)
    assert run_digest(settings, db, now=clock, **SILENT).sent == 1
    assert [m["To"] for m in smtp_sink.messages] == ["notify@example.org"] * 2
    # and when there is news both readers get it
    news(db, "news", clock())
    assert run_digest(settings, db, now=clock, **SILENT).sent == 2


# --- immediate alerts ---------------------------------------------------------------------------


def test_alert_lists_the_new_documents_once(tmp_path: Path, smtp_sink: SmtpSink) -> None:
    settings = settings_for(tmp_path, smtp_sink, Subscriber("now@example.org", "immediate"),
                            Subscriber("daily@example.org"))
    db = Database(settings.database_url)
    with db.session() as s:
        a = add_article(s, "a", "SCO summit adopts Tianjin Declaration", source="xinhua")
        b = add_article(s, "b", "Tianjin Declaration and strategy adopted", source="tass")
        add_document(s, "Tianjin Declaration", [a, b])
        add_document(s, "SCO Development Strategy until 2035", [a, b], kind="strategy")
        add_article(s, "c", "A story without documents", source="dawn")
    clock = Clock(T0)
    report = run_alerts(settings, db, now=clock, **SILENT)
    assert (report.queued, report.sent) == (1, 1)
    [alert] = smtp_sink.messages
    assert alert["To"] == "now@example.org"  # daily readers get digests, not alerts
    assert alert["Subject"] == "New SCO documents: Tianjin Declaration and 1 more"
    text = body(alert)
    assert "SCO Heads of State Council, Tianjin" in text and "2 documents" in text
    assert "Tianjin Declaration (Declaration, adopted)" in " ".join(text.split())
    assert "A story without documents" not in text
    # rerun: nothing new, nothing sent
    clock.advance(minutes=30)
    assert run_alerts(settings, db, now=clock, **SILENT).sent == 0
    # a later document: a second alert with that one only
    with db.session() as s:
        c = add_article(s, "d", "SCO signs memorandum with ASEAN", source="kazinform",
                        published=T0)
        add_document(s, "Memorandum with ASEAN", [c], kind="memorandum", meeting=None,
                     venue=None, day=None)
    assert run_alerts(settings, db, now=clock, **SILENT).sent == 1
    second = smtp_sink.messages[1]
    assert second["Subject"] == "New SCO document: Memorandum with ASEAN"
    assert "Tianjin Declaration" not in body(second)
    with db.session() as s:
        items = set(s.execute(select(Delivery.item_type, Delivery.item_id)))
    assert {t for t, _ in items} == {"document"} and len(items) == 3
    # an immediate subscriber is not sent digests
    report = run_digest(settings, db, now=clock, **SILENT)
    assert {m["To"] for m in smtp_sink.messages[2:]} == {"daily@example.org"}


# --- unsubscribing ------------------------------------------------------------------------------


def test_list_unsubscribe_header_names_the_reader(tmp_path: Path, smtp_sink: SmtpSink) -> None:
    settings = settings_for(tmp_path, smtp_sink, Subscriber("Reader.One+sco@Example.org"))
    db = Database(settings.database_url)
    news(db, "x", T0)
    run_digest(settings, db, now=lambda: T0, **SILENT)
    [mail] = smtp_sink.messages
    header = mail["List-Unsubscribe"]
    assert header.startswith("<mailto:") and header.endswith(">")
    url = urlsplit(header[1:-1])
    assert url.scheme == "mailto" and unquote(url.path) == "digest@scowatch.example"
    assert parse_qs(url.query) == {"subject": ["unsubscribe Reader.One+sco@Example.org"]}
    # the same address is offered in the message itself, for clients that hide the header
    assert header[1:-1] in body(mail)
    html = mail.get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert f'<a href="{header[1:-1]}"' in html


def test_unsubscribe_with_one_command(tmp_path: Path, smtp_sink: SmtpSink,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "scowatch.toml"
    config.write_text(f"""
[scowatch]
database_url = "sqlite:///{tmp_path}/scowatch.db"
smtp_url = "{smtp_sink.url}"

[[subscribers]]
email = "stay@example.org"

[[subscribers]]
email = "leave@example.org"
timezone = "Asia/Almaty"
""")
    db = Database(f"sqlite:///{tmp_path}/scowatch.db")
    news(db, "first", datetime.now(UTC))
    assert main(["digest", "--config", str(config)]) == 0
    capsys.readouterr()
    assert main(["subscribers", "--config", str(config)]) == 0
    listing = capsys.readouterr().out
    # what each has received: counts and the subject of each message
    assert "leave@example.org  [daily, Asia/Almaty, active]" in listing
    assert "1 messages sent (1 articles), 0 pending" in listing
    assert listing.count("digest sent    SCO digest") == 2

    assert main(["subscribers", "--config", str(config), "--unsubscribe",
                 "Leave@Example.org"]) == 0
    assert "leave@example.org: unsubscribed" in capsys.readouterr().out
    news(db, "second", datetime.now(UTC) + timedelta(seconds=1))
    assert main(["digest", "--config", str(config)]) == 0
    assert [m["To"] for m in smtp_sink.messages] == [
        "stay@example.org", "leave@example.org", "stay@example.org"]
    main(["subscribers", "--config", str(config)])
    assert "leave@example.org  [daily, Asia/Almaty, unsubscribed]" in capsys.readouterr().out
    assert main(["subscribers", "--config", str(config), "--unsubscribe", "who@x.org"]) == 1


# --- two runs at once ---------------------------------------------------------------------------


class SlowSink(SmtpSink):
    """Takes a moment to accept each message, so that two runs overlap while sending."""

    async def handle_DATA(self, server, session, envelope):  # noqa: ANN001, ANN201, N802
        await asyncio.sleep(0.3)
        return await super().handle_DATA(server, session, envelope)


@pytest.fixture
def slow_sink() -> Iterator[SlowSink]:
    sink = SlowSink()
    sink.controller.start()
    yield sink
    sink.controller.stop()


def two_runs_at_once(settings: Settings) -> None:
    """`scowatch digest` started twice at the same moment (two connections, as two processes)."""
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def run() -> None:
        db = Database(settings.database_url)
        try:
            start.wait()
            run_digest(settings, db, **SILENT)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            db.dispose()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors, errors


def slow_down_selection(monkeypatch: pytest.MonkeyPatch) -> None:
    """Choosing a subscriber's items takes a moment, widening the window between choosing and
    queueing in which a second run could choose the same items."""
    import pipeline.digest as digest

    real = digest.select_for

    def slow(*args: object, **kwargs: object) -> object:
        chosen = real(*args, **kwargs)  # type: ignore[arg-type]
        time.sleep(0.3)
        return chosen

    monkeypatch.setattr(digest, "select_for", slow)


def test_two_digest_runs_at_once_send_one_digest(tmp_path: Path, any_db_url: str,
                                                 slow_sink: SlowSink,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import pipeline.digest as digest

    subs = (Subscriber("a@example.org"), Subscriber("b@example.org", notify_empty=True))
    settings = settings_for(tmp_path, slow_sink, *subs, database_url=any_db_url)
    db = Database(any_db_url)
    news(db, "one", datetime.now(UTC))

    # control: without the row lock and the pending check the race is real
    slow_down_selection(monkeypatch)
    monkeypatch.setattr(digest, "lock_subscriber", lambda s, i: s.get(digest.SubscriberRow, i))
    monkeypatch.setattr(digest, "pending_messages", lambda *a: 0)
    two_runs_at_once(settings)
    assert len(slow_sink.messages) > 2
    monkeypatch.undo()

    with db.session() as s:
        s.execute(delete(Delivery))
        s.execute(delete(Message))
    slow_sink.messages.clear()
    slow_down_selection(monkeypatch)
    two_runs_at_once(settings)
    got = sorted(m["To"] for m in slow_sink.messages)
    assert got == ["a@example.org", "b@example.org"]
    assert all("SCO report one" in body(m) for m in slow_sink.messages)
    db.dispose()
