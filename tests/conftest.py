"""Shared fixtures: the loopback-only network guard, settings on a temporary SQLite or PostgreSQL
database, the fixture site served on loopback, and a real SMTP server (aiosmtpd)."""

from __future__ import annotations

import os
import socket
import sys
import uuid
from collections.abc import Iterator
from dataclasses import replace
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default as default_policy
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NETGUARD = Path(__file__).parent / "netguard"
sys.path.insert(0, str(NETGUARD))
sys.path.insert(0, str(ROOT / "dags"))

from netguard_impl import install as install_netguard  # noqa: E402

from pipeline.config import Settings, Source, Subscriber, load_settings  # noqa: E402
from pipeline.db import Database  # noqa: E402

SHARED = ROOT.parent / "shared"
POSTGRES_URL = os.environ.get("SCOWATCH_TEST_POSTGRES_URL",
                              "postgresql://postgres@127.0.0.1:5432/test")
REQUIRE_POSTGRES = os.environ.get("SCOWATCH_REQUIRE_POSTGRES") == "1"


@pytest.fixture(autouse=True, scope="session")
def _loopback_only() -> None:
    """Refuse non-loopback connections here and in every Python subprocess the tests start."""
    install_netguard()
    os.environ["SCOWATCH_TEST_NETGUARD"] = "1"
    os.environ["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(NETGUARD), os.environ.get("PYTHONPATH", "")) if p)


@pytest.fixture(autouse=True)
def _clean_scowatch_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests start without the developer's own SCOWATCH_* settings."""
    for key in ("SCOWATCH_CONFIG", "SCOWATCH_DATABASE_URL", "SCOWATCH_SMTP_URL",
                "SCOWATCH_OUTBOX"):
        monkeypatch.delenv(key, raising=False)


def shared_dataset(*parts: str) -> Path:
    """A path under ../shared/datasets, or skip the test with a clear message."""
    path = SHARED.joinpath("datasets", *parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (a fresh clone has no ../shared); skipping")
    return path


def make_settings(tmp: Path, database_url: str | None = None, **overrides: object) -> Settings:
    """Settings on a throw-away SQLite file (or the given URL) with the outbox under `tmp`."""
    settings = load_settings(None, env={})
    base = replace(settings, config_path=None, base_dir=tmp,
                   database_url=database_url or f"sqlite:///{tmp}/scowatch.db",
                   outbox=tmp / "outbox")
    return replace(base, **overrides)  # type: ignore[arg-type]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings on a fresh SQLite database, with one subscriber and no sources."""
    return make_settings(tmp_path, subscribers=(Subscriber("reader@example.org"),))


@pytest.fixture
def db(settings: Settings) -> Iterator[Database]:
    """A migrated SQLite database."""
    database = Database(settings.database_url)
    database.ensure_schema()
    yield database
    database.dispose()


def _postgres_reachable(url: str) -> str | None:
    from sqlalchemy import create_engine, text

    try:
        engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1),
                               connect_args={"connect_timeout": 3})
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
        return None
    except Exception as exc:  # noqa: BLE001 - any failure means "no server"
        return f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"


@pytest.fixture(scope="session")
def postgres_admin_url() -> str:
    """The PostgreSQL server for tests; skipped when absent unless SCOWATCH_REQUIRE_POSTGRES=1."""
    problem = _postgres_reachable(POSTGRES_URL)
    if problem:
        message = f"PostgreSQL at {POSTGRES_URL} does not answer ({problem})"
        if REQUIRE_POSTGRES:
            pytest.fail(message + " and SCOWATCH_REQUIRE_POSTGRES=1 makes it required")
        pytest.skip(message + "; set SCOWATCH_TEST_POSTGRES_URL to run the PostgreSQL tests")
    return POSTGRES_URL


@pytest.fixture
def postgres_url(postgres_admin_url: str) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"scowatch_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(postgres_admin_url.replace("postgresql://", "postgresql+psycopg://", 1),
                          isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(postgres_admin_url).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each test using this runs on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/scowatch.db"
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def astanatimes_site() -> Iterator[object]:
    """The bundled fixture copy of The Astana Times, served on a loopback port."""
    from pipeline.fixture_server import demo_site_path, serve_site

    with serve_site(demo_site_path("astanatimes"), "https://astanatimes.com") as site:
        yield site


def astanatimes_source(base_url: str) -> Source:
    """The astanatimes source pointed at a served fixture site."""
    base = base_url.rstrip("/")
    return Source(name="astanatimes", spider="astanatimes",
                  start_urls=(f"{base}/feed/", f"{base}/all/"))


def free_port() -> int:
    """A TCP port free on loopback right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class SmtpSink:
    """A real SMTP server (aiosmtpd) on loopback that keeps what it accepted."""

    def __init__(self) -> None:
        from aiosmtpd.controller import Controller

        self.messages: list[EmailMessage] = []
        self.envelopes: list[tuple[str, list[str]]] = []
        self.port = free_port()
        self.controller = Controller(self, hostname="127.0.0.1", port=self.port)

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:  # noqa: N802
        data = envelope.content  # type: ignore[attr-defined]
        msg = message_from_bytes(data if isinstance(data, bytes) else data.encode(),
                                 _class=EmailMessage, policy=default_policy)
        self.messages.append(msg)  # type: ignore[arg-type]
        self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))  # type: ignore[attr-defined]
        return "250 OK"

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"


@pytest.fixture
def smtp_sink() -> Iterator[SmtpSink]:
    """An SMTP server on loopback collecting messages."""
    sink = SmtpSink()
    sink.controller.start()
    try:
        yield sink
    finally:
        sink.controller.stop()
