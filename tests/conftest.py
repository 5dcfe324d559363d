"""Shared fixtures: the loopback-only network guard, settings on a temporary SQLite or PostgreSQL
database, the fixture site served on loopback, and a real SMTP server (aiosmtpd)."""

from __future__ import annotations

import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

# Shared machines are noisy: no per-example deadline, and slow data generation is not a failure.
hypothesis_settings.register_profile(
    "scowatch", deadline=None, suppress_health_check=[HealthCheck.too_slow])
hypothesis_settings.load_profile("scowatch")

NETGUARD = Path(__file__).parent / "netguard"
sys.path.insert(0, str(NETGUARD))
sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "dags"))

from netguard_impl import install as install_netguard  # noqa: E402
from support import POSTGRES_URL, SmtpSink, make_settings  # noqa: E402

from pipeline.config import Settings, Subscriber  # noqa: E402
from pipeline.db import Database  # noqa: E402

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


@pytest.fixture
def smtp_sink() -> Iterator[SmtpSink]:
    """An SMTP server on loopback collecting messages."""
    sink = SmtpSink()
    sink.controller.start()
    try:
        yield sink
    finally:
        sink.controller.stop()
