"""Delivery against real SMTP servers on loopback: accepted, refused (5xx), deferred (4xx),
dropped mid-message, and a crash between acceptance and the record."""

from __future__ import annotations

import socket
import socketserver
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from support import SmtpSink

from pipeline.config import Subscriber
from pipeline.db import Database
from pipeline.delivery import (
    OutboxTransport,
    SmtpConfig,
    SmtpTransport,
    compose,
    flush_pending,
    new_message_id,
    queue_message,
)
from pipeline.digest import sync_subscribers
from pipeline.models import Delivery, Message, SubscriberRow

SENDER = "scowatch <scowatch@localhost>"


def queue(db: Database, emails: list[str], items: list[tuple[str, int]]) -> list[str]:
    """Queue one message per address; return their Message-IDs."""
    ids = []
    with db.session() as s:
        sync_subscribers(s, [Subscriber(e) for e in emails])
        for e in emails:
            row = s.scalars(select(SubscriberRow).where(SubscriberRow.email == e)).one()
            mid = new_message_id(SENDER)
            msg = compose(SENDER, e, "SCO digest", "Moscow Declaration", "<p>Moscow</p>", mid)
            queue_message(s, row, "digest", msg, items)
            ids.append(mid)
    return ids


def deliveries(db: Database) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(Delivery)) or 0)


def statuses(db: Database) -> list[str]:
    with db.session() as s:
        return list(s.scalars(select(Message.status).order_by(Message.id)))


def test_accepted_message_is_recorded_once(db: Database, smtp_sink: SmtpSink) -> None:
    [mid] = queue(db, ["a@example.org"], [("article", 1), ("document", 1)])
    report = flush_pending(db, SmtpTransport(SmtpConfig.from_url(smtp_sink.url)), log=print)
    assert report.sent == 1
    assert len(smtp_sink.messages) == 1
    got = smtp_sink.messages[0]
    assert got["Message-ID"] == mid
    assert got.get_body(("plain",)).get_content().strip() == "Moscow Declaration"
    assert deliveries(db) == 2 and statuses(db) == ["sent"]
    # a second pass finds nothing pending and sends nothing
    assert flush_pending(db, SmtpTransport(SmtpConfig.from_url(smtp_sink.url))).sent == 0
    assert len(smtp_sink.messages) == 1


class RefusingHandler(SmtpSink):
    """Refuses one recipient with 550 and defers another with 451 the first two times."""

    def __init__(self) -> None:
        super().__init__()
        self.deferrals = 2

    async def handle_RCPT(self, server, session, envelope, address, options):  # noqa: N802
        if address.startswith("gone@"):
            return "550 5.1.1 no such user"
        if address.startswith("busy@") and self.deferrals > 0:
            self.deferrals -= 1
            return "451 4.3.2 try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"


@pytest.fixture
def refusing() -> Iterator[RefusingHandler]:
    h = RefusingHandler()
    h.controller.start()
    yield h
    h.controller.stop()


def test_a_5xx_for_one_address_does_not_stop_the_others(db: Database,
                                                        refusing: RefusingHandler) -> None:
    queue(db, ["gone@example.org", "ok@example.org", "busy@example.org"], [("article", 7)])
    clock = [datetime.now(UTC) + timedelta(seconds=1)]
    transport = SmtpTransport(SmtpConfig.from_url(refusing.url))
    report = flush_pending(db, transport, now=lambda: clock[0])
    assert (report.sent, report.failed, report.deferred) == (1, 1, 1)
    assert statuses(db) == ["failed", "sent", "pending"]
    # not due yet: the backoff holds it
    assert flush_pending(db, transport, now=lambda: clock[0]).deferred == 0
    clock[0] += timedelta(minutes=3)
    assert flush_pending(db, transport, now=lambda: clock[0]).deferred == 1
    clock[0] += timedelta(minutes=5)
    assert flush_pending(db, transport, now=lambda: clock[0]).sent == 1
    assert statuses(db) == ["failed", "sent", "sent"]
    assert [rcpts for _, rcpts in refusing.envelopes] == [["ok@example.org"],
                                                          ["busy@example.org"]]
    with db.session() as s:
        failed = s.scalars(select(Message).where(Message.status == "failed")).one()
        assert "550" in (failed.last_error or "")


def test_server_down_defers_and_nothing_is_lost(db: Database, smtp_sink: SmtpSink) -> None:
    queue(db, ["a@example.org"], [("article", 1)])
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead_port = s.getsockname()[1]
    dead = SmtpTransport(SmtpConfig("127.0.0.1", dead_port, "none", None, None, timeout=3))
    t0 = datetime.now(UTC) + timedelta(seconds=1)
    report = flush_pending(db, dead, now=lambda: t0)
    assert report.deferred == 1 and "Connection refused" in report.errors[0]
    assert deliveries(db) == 0 and statuses(db) == ["pending"]
    later = t0 + timedelta(hours=1)
    live = SmtpTransport(SmtpConfig.from_url(smtp_sink.url))
    assert flush_pending(db, live, now=lambda: later).sent == 1
    assert deliveries(db) == 1


class _DropDuringData(socketserver.StreamRequestHandler):
    """Speaks just enough SMTP to start DATA, then hangs up halfway through the message."""

    def handle(self) -> None:
        w = self.wfile.write
        w(b"220 flaky ESMTP\r\n")
        while line := self.rfile.readline():
            cmd = line.strip().upper()
            if cmd.startswith((b"EHLO", b"HELO")):
                w(b"250 flaky\r\n")
            elif cmd.startswith((b"MAIL", b"RCPT")):
                w(b"250 OK\r\n")
            elif cmd == b"DATA":
                w(b"354 go ahead\r\n")
                self.rfile.readline()
                self.rfile.readline()
                self.server.drops += 1  # type: ignore[attr-defined]
                self.connection.shutdown(socket.SHUT_RDWR)
                return
            else:
                w(b"250 OK\r\n")


def test_disconnect_mid_message_is_retried_later(db: Database, smtp_sink: SmtpSink) -> None:
    queue(db, ["a@example.org"], [("article", 1)])
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _DropDuringData)
    server.drops = 0  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        flaky = SmtpTransport(SmtpConfig("127.0.0.1", server.server_address[1], "none", None,
                                         None, timeout=5))
        t0 = datetime.now(UTC) + timedelta(seconds=1)
        assert flush_pending(db, flaky, now=lambda: t0).deferred == 1
        assert server.drops == 1  # type: ignore[attr-defined]
    finally:
        server.shutdown()
        server.server_close()
    assert deliveries(db) == 0
    live = SmtpTransport(SmtpConfig.from_url(smtp_sink.url))
    assert flush_pending(db, live, now=lambda: t0 + timedelta(hours=1)).sent == 1
    assert len(smtp_sink.messages) == 1 and deliveries(db) == 1


def test_crash_after_acceptance_resends_once_with_the_same_message_id(
        db: Database, smtp_sink: SmtpSink, monkeypatch: pytest.MonkeyPatch) -> None:
    [mid] = queue(db, ["a@example.org"], [("article", 1)])
    import pipeline.delivery as delivery

    def crash(*args: object, **kwargs: object) -> None:
        raise SystemExit("killed between acceptance and record")

    monkeypatch.setattr(delivery, "_record_sent", crash)
    transport = SmtpTransport(SmtpConfig.from_url(smtp_sink.url))
    t0 = datetime.now(UTC) + timedelta(seconds=1)
    with pytest.raises(SystemExit):
        flush_pending(db, transport, now=lambda: t0)
    monkeypatch.undo()
    assert statuses(db) == ["pending"] and deliveries(db) == 0
    # the crashed run's claim holds the message until its lease is up ...
    assert flush_pending(db, transport, now=lambda: t0 + timedelta(minutes=1)).sent == 0
    # ... then it is sent again, once, unchanged
    later = t0 + delivery.CLAIM_LEASE + timedelta(seconds=1)
    assert flush_pending(db, transport, now=lambda: later).sent == 1
    assert [m["Message-ID"] for m in smtp_sink.messages] == [mid, mid]
    assert smtp_sink.messages[0].as_bytes() == smtp_sink.messages[1].as_bytes()
    assert deliveries(db) == 1
    assert flush_pending(db, transport, now=lambda: later + timedelta(days=1)).sent == 0
    assert len(smtp_sink.messages) == 2


def test_outbox_writes_eml_and_html(db: Database, tmp_path: Path) -> None:
    [mid] = queue(db, ["a@example.org"], [("article", 1)])
    assert flush_pending(db, OutboxTransport(tmp_path / "outbox")).sent == 1
    emls = list((tmp_path / "outbox").glob("*.eml"))
    htmls = list((tmp_path / "outbox").glob("*.html"))
    assert len(emls) == 1 and len(htmls) == 1
    assert mid in emls[0].read_text() and htmls[0].read_text() == "<p>Moscow</p>\n"


def test_headers_cannot_be_injected() -> None:
    msg = compose(SENDER, "a@example.org", "Hi\r\nBcc: victim@example.org\nX-Evil: 1", "t",
                  None, "<x@y>")
    raw = msg.as_string()
    assert "\nBcc:" not in raw and "\nX-Evil" not in raw
    assert msg["Subject"] == "Hi Bcc: victim@example.org X-Evil: 1"
