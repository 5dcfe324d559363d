"""Mail delivery: compose MIME messages, send them by SMTP or into the outbox, record each once."""

from __future__ import annotations

import re
import smtplib
import ssl
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid, parsedate_to_datetime
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import quote, unquote, urlsplit

from sqlalchemy import CursorResult, func, select, update
from sqlalchemy.orm import Session

from pipeline.config import redact_url
from pipeline.db import Database, insert_for
from pipeline.models import Delivery, Message, SubscriberRow, utcnow

MAX_ATTEMPTS = 8
BACKOFF_BASE = timedelta(minutes=2)
# How long a message stays claimed by the run sending it: longer than any SMTP exchange, so a
# second run at the same time never sends it too; after a crash it is retried once this is up.
CLAIM_LEASE = timedelta(minutes=15)
_HEADER_UNSAFE = re.compile(r"[\r\n\x00-\x1f\x7f]+")


class TransientError(Exception):
    """The server could not take the message now (down, 4xx, dropped connection): try later."""


class PermanentError(Exception):
    """The server refused the message for good (5xx): do not retry.

    `whole_server` marks a refusal that no other message would escape either (a wrong login,
    no TLS, an untrusted certificate): the flush stops there, and every message stays pending
    for the run after the fix, instead of each being tried and failed in turn.
    """

    def __init__(self, message: str, whole_server: bool = False) -> None:
        super().__init__(message)
        self.whole_server = whole_server


class Transport(Protocol):
    """Somewhere a message can be handed to; returns a description of where it went."""

    def send(self, message: EmailMessage) -> str: ...


def header_safe(text: str) -> str:
    """One line of header text: control characters (CR, LF) collapsed to spaces."""
    return _HEADER_UNSAFE.sub(" ", text).strip()


def compose(sender: str, to: str, subject: str, text: str, html: str | None,
            message_id: str, unsubscribe: str | None = None,
            when: datetime | None = None) -> EmailMessage:
    """A multipart/alternative message (text, then HTML) with headers that cannot be injected."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = header_safe(sender)
    msg["To"] = header_safe(to)
    msg["Subject"] = header_safe(subject)
    msg["Date"] = format_datetime(when or utcnow())
    msg["Message-ID"] = message_id
    if unsubscribe:
        msg["List-Unsubscribe"] = header_safe(unsubscribe)
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content(text, subtype="plain", charset="utf-8")
    if html is not None:
        msg.add_alternative(html, subtype="html", charset="utf-8")
    return msg


def new_message_id(sender: str) -> str:
    """A fresh, globally unique Message-ID in the sender's domain."""
    domain = "scowatch.local"
    try:
        addr = Address(addr_spec=_addr_spec(sender))
        domain = addr.domain or domain
    except (ValueError, IndexError):
        pass
    return make_msgid(idstring="scowatch", domain=domain)


def _addr_spec(value: str) -> str:
    m = re.search(r"<([^>]+)>", value)
    return (m.group(1) if m else value).strip()


def unsubscribe_mailto(sender: str, email: str) -> str:
    """A mailto URL asking the sender's address to unsubscribe `email`."""
    subject = quote(f"unsubscribe {email}", safe="")
    return f"mailto:{quote(_addr_spec(sender), safe='@')}?subject={subject}"


def unsubscribe_header(sender: str, email: str) -> str:
    """A List-Unsubscribe value (RFC 2369): the mailto the operator's address acts on."""
    return f"<{unsubscribe_mailto(sender, email)}>"


class OutboxTransport:
    """Writes each message as an .eml file (and the HTML part as .html) into a folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def send(self, message: EmailMessage) -> str:
        self.folder.mkdir(parents=True, exist_ok=True)
        stem = _file_stem(message)
        eml = self.folder / f"{stem}.eml"
        tmp = eml.with_suffix(".eml.tmp")
        tmp.write_bytes(message.as_bytes())
        tmp.replace(eml)
        html = message.get_body(preferencelist=("html",))
        if html is not None:
            (self.folder / f"{stem}.html").write_text(html.get_content(), encoding="utf-8")
        return f"outbox:{eml}"


def _file_stem(message: EmailMessage) -> str:
    # the message's own Date (UTC), so a file's name and its Date header agree on every machine
    sent = message["Date"]
    stamp = parsedate_to_datetime(str(sent)) if sent else utcnow()
    when = stamp.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    to = re.sub(r"[^A-Za-z0-9@._-]", "_", _addr_spec(str(message["To"])))
    # the unique (left) part of the Message-ID: two messages in one second never share a file,
    # and a resend of the same message replaces its own file
    local = str(message["Message-ID"]).strip("<>").split("@", 1)[0]
    mid = re.sub(r"[^A-Za-z0-9]", "", local)[-16:]
    return f"{when}-{to}-{mid}"


@dataclass(frozen=True)
class SmtpConfig:
    """Where and how to reach an SMTP server, parsed from SCOWATCH_SMTP_URL."""

    host: str
    port: int
    security: str  # none / starttls / ssl
    username: str | None
    password: str | None = field(repr=False)
    timeout: float = 30.0

    @classmethod
    def from_url(cls, url: str) -> SmtpConfig:
        """smtp://host:25, smtp+starttls://user:pass@host:587 or smtps://user:pass@host:465."""
        try:
            parts = urlsplit(url)
            port = parts.port
        except ValueError:  # urllib's message quotes the "port": maybe a piece of a password
            raise ValueError(f"not an SMTP URL: {redact_url(url)}") from None
        security = {"smtp": "none", "smtp+starttls": "starttls", "smtps": "ssl"}.get(parts.scheme)
        if security is None or not parts.hostname:
            raise ValueError(f"not an SMTP URL: {redact_url(url)}")
        default_port = {"none": 25, "starttls": 587, "ssl": 465}[security]
        return cls(parts.hostname, port or default_port, security,
                   unquote(parts.username) if parts.username else None,
                   unquote(parts.password) if parts.password else None)


class SmtpTransport:
    """Sends through an SMTP server, classifying failures as transient or permanent.

    TLS (STARTTLS or SSL) verifies the server's certificate against the system's trusted
    authorities (SSL_CERT_FILE points OpenSSL at another bundle) unless a context is given.
    """

    def __init__(self, config: SmtpConfig, context: ssl.SSLContext | None = None) -> None:
        self.config = config
        self.context = context

    def send(self, message: EmailMessage) -> str:
        c = self.config
        where = f"smtp://{c.host}:{c.port}"
        context = self.context or ssl.create_default_context()
        try:
            client: smtplib.SMTP
            if c.security == "ssl":
                client = smtplib.SMTP_SSL(c.host, c.port, timeout=c.timeout, context=context)
            else:
                client = smtplib.SMTP(c.host, c.port, timeout=c.timeout)
            with client:
                if c.security == "starttls":
                    client.starttls(context=context)
                if c.username:
                    client.login(c.username, c.password or "")
                refused = client.send_message(message)
        except smtplib.SMTPRecipientsRefused as exc:
            code = min(code for code, _ in exc.recipients.values())
            raise _by_code(code, f"{where} refused the recipient ({code})") from None
        except smtplib.SMTPAuthenticationError as exc:
            reply = self._scrub(f"{exc.smtp_code} {_decode(exc.smtp_error)}")
            text = (f"{where} rejected the login of user {c.username!r} ({reply}): check the "
                    "user name and password in SCOWATCH_SMTP_URL")
            if 400 <= exc.smtp_code < 500:
                raise TransientError(text) from None
            raise PermanentError(text, whole_server=True) from None
        except smtplib.SMTPNotSupportedError as exc:
            raise PermanentError(f"{where}: {self._scrub(str(exc))} (is the SCOWATCH_SMTP_URL "
                                 "scheme right: smtp, smtp+starttls or smtps?)",
                                 whole_server=True) from None
        except ssl.SSLCertVerificationError as exc:
            raise PermanentError(f"{where}: the server's TLS certificate is not trusted "
                                 f"({exc.verify_message}); set SSL_CERT_FILE to the CA bundle "
                                 "that signed it", whole_server=True) from None
        except smtplib.SMTPResponseException as exc:
            raise _by_code(exc.smtp_code, f"{where} answered {exc.smtp_code} "
                           f"{self._scrub(_decode(exc.smtp_error))}") from None
        except (TimeoutError, smtplib.SMTPException, OSError) as exc:
            raise TransientError(
                f"{where}: {type(exc).__name__}: {self._scrub(str(exc))}") from None
        if refused:
            code = min(code for code, _ in refused.values())
            raise _by_code(code, f"{where} refused the recipient ({code})")
        return where

    def _scrub(self, text: str) -> str:
        """Text without the password, should a server or library ever echo it."""
        secret = self.config.password
        return text.replace(secret, "***") if secret else text


def _by_code(code: int, text: str) -> Exception:
    return PermanentError(text) if 500 <= code < 600 else TransientError(text)


def _decode(raw: bytes | str) -> str:
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)


def make_transport(smtp_url: str | None, outbox: Path) -> Transport:
    """SMTP when a server URL is configured, else the outbox folder."""
    return SmtpTransport(SmtpConfig.from_url(smtp_url)) if smtp_url else OutboxTransport(outbox)


def queue_message(session: Session, subscriber: SubscriberRow, kind: str, message: EmailMessage,
                  items: Iterable[tuple[str, int]], when: datetime | None = None) -> Message:
    """Record a message as pending before any attempt, so a crash never loses or re-renders it."""
    row = Message(message_id=str(message["Message-ID"]), subscriber_id=subscriber.id, kind=kind,
                  subject=str(message["Subject"]), status="pending",
                  items=[[t, i] for t, i in items], raw=message.as_string(),
                  created_at=when or utcnow(), next_attempt_at=when or utcnow())
    session.add(row)
    session.flush()
    return row


def reserved_items(session: Session, subscriber_id: int) -> set[tuple[str, int]]:
    """Items already delivered to, or waiting in a pending message for, this subscriber."""
    done = session.execute(select(Delivery.item_type, Delivery.item_id)
                           .where(Delivery.subscriber_id == subscriber_id))
    out = {(t, i) for t, i in done}
    pending = session.scalars(select(Message.items).where(
        Message.subscriber_id == subscriber_id, Message.status == "pending"))
    for items in pending:
        out.update((t, i) for t, i in items)
    return out


def pending_messages(session: Session, subscriber_id: int, kind: str) -> int:
    """How many messages of this kind wait to be sent to the subscriber."""
    return session.scalar(select(func.count()).select_from(Message).where(
        Message.subscriber_id == subscriber_id, Message.kind == kind,
        Message.status == "pending")) or 0


@dataclass(frozen=True)
class FlushReport:
    """What one pass over the pending messages did."""

    sent: int = 0
    deferred: int = 0
    failed: int = 0
    errors: tuple[str, ...] = ()


def flush_pending(db: Database, transport: Transport, now: Callable[[], datetime] = utcnow,
                  log: Callable[[str], None] = print) -> FlushReport:
    """Send every pending message that is due; record a delivery only after acceptance.

    Each message is claimed first (a compare-and-set on its next attempt time), so runs at the
    same time never both send it.
    """
    from email import message_from_string

    with db.session() as session:
        due = list(session.scalars(select(Message).where(
            Message.status == "pending", Message.next_attempt_at <= now()).order_by(Message.id)))
        recipients = {m.id: session.get(SubscriberRow, m.subscriber_id) for m in due}
    sent = deferred = failed = 0
    errors: list[str] = []
    for n, msg in enumerate(due):
        if not _claim(db, msg.id, now()):
            continue  # another run took it meanwhile
        sub = recipients[msg.id]
        email = sub.email if sub else "?"
        mime = message_from_string(msg.raw, _class=EmailMessage, policy=SMTP)
        try:
            where = transport.send(mime)
        except TransientError as exc:
            deferred += 1
            errors.append(f"{email}: {exc}")
            log(f"deferred {msg.kind} to {email}: {exc}")
            _record_failure(db, msg.id, str(exc), now(), permanent=False)
            continue
        except PermanentError as exc:
            errors.append(f"{email}: {exc}")
            if exc.whole_server:
                # The server's setup or ours (login, TLS), not this message: keep it, and the
                # others (not claimed), pending for the run after the operator's fix.
                _release(db, msg.id, str(exc), now())
                deferred += len(due) - n
                log(f"stopped, {len(due) - n} messages left pending: {exc}")
                break
            failed += 1
            log(f"failed {msg.kind} to {email}: {exc}")
            _record_failure(db, msg.id, str(exc), now(), permanent=True)
            continue
        _record_sent(db, msg.id, where, now())
        sent += 1
        log(f"sent {msg.kind} to {email} via {where}: {msg.subject}")
    return FlushReport(sent, deferred, failed, tuple(errors))


def _claim(db: Database, message_pk: int, when: datetime) -> bool:
    """Take a due pending message for this run; False when another run already has it."""
    with db.session() as session:
        claimed: CursorResult[Any] = session.execute(  # type: ignore[assignment]
            update(Message)
            .where(Message.id == message_pk, Message.status == "pending",
                   Message.next_attempt_at <= when)
            .values(next_attempt_at=when + CLAIM_LEASE)
            .execution_options(synchronize_session=False))
        return claimed.rowcount == 1


def _record_sent(db: Database, message_pk: int, where: str, when: datetime) -> None:
    with db.session() as session:
        msg = session.get(Message, message_pk)
        assert msg is not None
        msg.status, msg.sent_at, msg.transport = "sent", when, where
        msg.attempts += 1
        msg.last_error = None
        for item_type, item_id in msg.items:
            session.execute(insert_for(session)(Delivery).values(
                subscriber_id=msg.subscriber_id, item_type=item_type, item_id=item_id,
                message_pk=msg.id, delivered_at=when).on_conflict_do_nothing(
                index_elements=["subscriber_id", "item_type", "item_id"]))


def _release(db: Database, message_pk: int, error: str, when: datetime) -> None:
    """Give a claimed message back, due at once and its attempts not counted: the failure was
    the server's or the configuration's (a refused login), not the message's."""
    with db.session() as session:
        msg = session.get(Message, message_pk)
        assert msg is not None
        msg.last_error = error[:2000]
        msg.next_attempt_at = when


def _record_failure(db: Database, message_pk: int, error: str, when: datetime,
                    permanent: bool) -> None:
    with db.session() as session:
        msg = session.get(Message, message_pk)
        assert msg is not None
        msg.attempts += 1
        msg.last_error = error[:2000]
        if permanent or msg.attempts >= MAX_ATTEMPTS:
            msg.status = "failed"
            msg.next_attempt_at = None
        else:
            msg.next_attempt_at = when + BACKOFF_BASE * (2 ** (msg.attempts - 1))
