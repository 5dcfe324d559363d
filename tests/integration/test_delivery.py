"""Delivery against real SMTP servers on loopback: accepted, refused (5xx), deferred (4xx),
dropped mid-message, and a crash between acceptance and the record."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import socketserver
import ssl
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import quote

import pytest
from sqlalchemy import func, select
from support import SmtpSink

from pipeline.config import Subscriber
from pipeline.db import Database
from pipeline.delivery import (
    OutboxTransport,
    PermanentError,
    SmtpConfig,
    SmtpTransport,
    compose,
    flush_pending,
    make_transport,
    new_message_id,
    queue_message,
)
from pipeline.digest import sync_subscribers
from pipeline.models import Delivery, Message, SubscriberRow

SENDER = "scowatch <scowatch@localhost>"
# aiosmtpd warns about AUTH without STARTTLS, which on an SSL (port 465 style) server is fine
pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")


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


class SlowSink(SmtpSink):
    """Takes half a second to accept each message, as a busy server does."""

    async def handle_DATA(self, server, session, envelope):  # noqa: ANN001, ANN201, N802
        await asyncio.sleep(0.5)
        return await super().handle_DATA(server, session, envelope)


def flush_twice_at_once(url: str, transport: SmtpTransport) -> int:
    """Two runs (two processes' worth of connections) flush the queue at the same moment."""
    start = threading.Barrier(2)
    sent: list[int] = []

    def run() -> None:
        db = Database(url)
        start.wait()
        sent.append(flush_pending(db, transport, log=lambda _: None).sent)
        db.dispose()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return sum(sent)


def test_two_flushes_at_once_send_a_message_once(any_db_url: str,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import pipeline.delivery as delivery

    db = Database(any_db_url)
    sink = SlowSink()
    sink.controller.start()
    try:
        transport = SmtpTransport(SmtpConfig.from_url(sink.url))
        # control: without the claim both runs send the same queued message
        queue(db, ["a@example.org"], [("article", 1)])
        monkeypatch.setattr(delivery, "_claim", lambda *a: True)
        assert flush_twice_at_once(db.url, transport) == 2
        assert len(sink.messages) == 2
        monkeypatch.undo()
        queue(db, ["b@example.org"], [("article", 1)])
        assert flush_twice_at_once(db.url, transport) == 1
    finally:
        sink.controller.stop()
    assert [m["To"] for m in sink.messages] == ["a@example.org"] * 2 + ["b@example.org"]
    assert statuses(db) == ["sent", "sent"]
    db.dispose()


def test_outbox_writes_eml_and_html(db: Database, tmp_path: Path) -> None:
    [mid] = queue(db, ["a@example.org"], [("article", 1)])
    assert flush_pending(db, OutboxTransport(tmp_path / "outbox")).sent == 1
    emls = list((tmp_path / "outbox").glob("*.eml"))
    htmls = list((tmp_path / "outbox").glob("*.html"))
    assert len(emls) == 1 and len(htmls) == 1
    assert mid in emls[0].read_text() and htmls[0].read_text() == "<p>Moscow</p>\n"


def test_outbox_file_is_named_by_the_message_date_in_utc(tmp_path: Path) -> None:
    when = datetime(2026, 7, 1, 23, 30, 5, tzinfo=timezone(timedelta(hours=5)))
    msg = compose(SENDER, "a@example.org", "Digest", "t", None, "<abc123@scowatch>", when=when)
    OutboxTransport(tmp_path).send(msg)
    [eml] = tmp_path.glob("*.eml")
    assert eml.name.startswith("20260701T183005Z-a@example.org-")


def test_headers_cannot_be_injected() -> None:
    msg = compose(SENDER, "a@example.org", "Hi\r\nBcc: victim@example.org\nX-Evil: 1", "t",
                  None, "<x@y>")
    raw = msg.as_string()
    assert "\nBcc:" not in raw and "\nX-Evil" not in raw
    assert msg["Subject"] == "Hi Bcc: victim@example.org X-Evil: 1"


# --- TLS and login ----------------------------------------------------------------------------

USER, PASSWORD = "digest-bot", "s3cret-Pa55"


def self_signed(folder: Path) -> Path:
    """A throw-away certificate for 127.0.0.1 and its key, in one PEM file."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "scowatch test SMTP")])
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(minutes=5)).not_valid_after(now + timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]),
                critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    pem = folder / "smtp-test-cert.pem"
    pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM) + key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    return pem


class TlsSink(SmtpSink):
    """An aiosmtpd server that speaks STARTTLS (and requires it) or SSL, and requires a login."""

    def __init__(self, pem: Path, mode: str) -> None:
        from aiosmtpd.controller import Controller

        super().__init__()
        server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        server_ctx.load_cert_chain(pem)
        self.logins: list[tuple[str, bool]] = []
        self.tls_seen: list[bool] = []
        common = {"hostname": "127.0.0.1", "port": self.port, "authenticator": self.authenticate,
                  "auth_required": True}
        if mode == "starttls":
            self.controller = Controller(self, tls_context=server_ctx, require_starttls=True,
                                         **common)
        else:  # the whole connection is TLS from the first byte
            self.controller = Controller(self, ssl_context=server_ctx, auth_require_tls=False,
                                         **common)

    def authenticate(self, server, session, envelope, mechanism, auth_data):  # noqa: ANN001, ANN201
        from aiosmtpd.smtp import AuthResult

        ok = auth_data.login.decode() == USER and auth_data.password.decode() == PASSWORD
        self.logins.append((auth_data.login.decode(), ok))
        return AuthResult(success=ok, handled=False)

    async def handle_DATA(self, server, session, envelope):  # noqa: ANN001, ANN201, N802
        self.tls_seen.append(server.transport.get_extra_info("ssl_object") is not None)
        return await super().handle_DATA(server, session, envelope)


@pytest.fixture
def pem(tmp_path: Path) -> Path:
    return self_signed(tmp_path)


@pytest.fixture(params=["starttls", "ssl"])
def tls_sink(request: pytest.FixtureRequest, pem: Path) -> Iterator[TlsSink]:
    sink = TlsSink(pem, request.param)
    sink.controller.start()
    yield sink
    sink.controller.stop()


def tls_url(sink: TlsSink, password: str = PASSWORD) -> str:
    scheme = "smtps" if sink.controller.ssl_context else "smtp+starttls"
    return f"{scheme}://{USER}:{quote(password, safe='')}@127.0.0.1:{sink.port}"


def test_tls_with_login_delivers(db: Database, tls_sink: TlsSink, pem: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """STARTTLS on 587-style servers and SSL on 465-style ones, the certificate verified
    against the bundle SSL_CERT_FILE names, as an operator with a private CA would set it."""
    [mid] = queue(db, ["a@example.org"], [("document", 3)])
    monkeypatch.setenv("SSL_CERT_FILE", str(pem))
    transport = make_transport(tls_url(tls_sink), Path("unused-outbox"))
    report = flush_pending(db, transport)
    assert (report.sent, report.failed, report.deferred) == (1, 0, 0), report.errors
    assert tls_sink.logins == [(USER, True)]
    assert tls_sink.tls_seen == [True]
    assert [m["Message-ID"] for m in tls_sink.messages] == [mid]
    assert deliveries(db) == 1


def test_untrusted_certificate_is_refused_clearly(db: Database, tls_sink: TlsSink,
                                                  tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    queue(db, ["a@example.org"], [("document", 3)])
    # a trust store that does not hold the server's certificate
    other = tmp_path / "other"
    other.mkdir()
    monkeypatch.setenv("SSL_CERT_FILE", str(self_signed(other)))
    report = flush_pending(db, make_transport(tls_url(tls_sink), tmp_path))
    assert (report.failed, report.deferred) == (0, 1) and tls_sink.messages == []
    assert statuses(db) == ["pending"]  # kept for the run after the fix
    assert "certificate is not trusted" in report.errors[0]
    assert "SSL_CERT_FILE" in report.errors[0]
    assert tls_sink.logins == []  # the password never went to the unverified server


def test_wrong_password_is_permanent_clear_and_secret_free(
        db: Database, tls_sink: TlsSink, pem: Path, capsys: pytest.CaptureFixture[str]) -> None:
    queue(db, ["a@example.org", "b@example.org", "c@example.org"], [("document", 3)])
    context = ssl.create_default_context(cafile=str(pem))
    wrong = "Wr0ng-Pa55word"
    bad = SmtpTransport(SmtpConfig.from_url(tls_url(tls_sink, wrong)), context=context)
    with pytest.raises(PermanentError) as refused:
        bad.send(compose(SENDER, "a@example.org", "s", "t", None, "<x@y>"))
    message = str(refused.value)
    assert f"rejected the login of user '{USER}'" in message and "535" in message
    assert "password" in message  # says what to check ...
    assert wrong not in message and quote(wrong) not in message  # ... without showing it
    assert wrong not in repr(bad.config)
    per_connection = len(tls_sink.logins)  # smtplib tries each mechanism the server offers

    report = flush_pending(db, bad, log=print)
    # one refused login stops the run: the other messages are not tried, and none is lost
    assert (report.sent, report.failed, report.deferred) == (0, 0, 3)
    assert len(tls_sink.logins) == 2 * per_connection
    assert not any(ok for _, ok in tls_sink.logins)
    assert statuses(db) == ["pending", "pending", "pending"]
    out = capsys.readouterr().out
    assert "rejected the login" in out and wrong not in out
    with db.session() as s:
        errors = list(s.scalars(select(Message.last_error).where(Message.last_error.is_not(None))))
    assert errors and all(wrong not in e for e in errors)
    # with the right password the queued ones go out
    good = SmtpTransport(SmtpConfig.from_url(tls_url(tls_sink)), context=context)
    assert flush_pending(db, good).sent == 3
    assert statuses(db) == ["sent", "sent", "sent"]


def test_login_without_tls_is_explained(db: Database, pem: Path) -> None:
    """A plain smtp:// URL against a server that offers login only after STARTTLS."""
    sink = TlsSink(pem, "starttls")
    sink.controller.start()
    try:
        url = f"smtp://{USER}:{PASSWORD}@127.0.0.1:{sink.port}"
        with pytest.raises(PermanentError) as refused:
            SmtpTransport(SmtpConfig.from_url(url)).send(
                compose(SENDER, "a@example.org", "s", "t", None, "<x@y>"))
    finally:
        sink.controller.stop()
    assert "smtp+starttls" in str(refused.value) and PASSWORD not in str(refused.value)
    assert refused.value.whole_server
