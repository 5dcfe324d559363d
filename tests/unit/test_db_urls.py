"""Database URLs: the drivers the lock installs are accepted, others refused in one clear line
without the password (not an import traceback deep in SQLAlchemy)."""

from __future__ import annotations

import pytest

from pipeline.db import DatabaseError, make_engine

SECRET = "Pa55-w0rd-db"


@pytest.mark.parametrize("url", [
    f"mysql://u:{SECRET}@127.0.0.1:3306/test",
    f"postgresql+psycopg2://u:{SECRET}@127.0.0.1/test",
    f"oracle://u:{SECRET}@127.0.0.1/test",
])
def test_unsupported_databases_are_refused_clearly(url: str) -> None:
    with pytest.raises(DatabaseError) as err:
        make_engine(url)
    message = str(err.value)
    assert message.startswith("unsupported database") and "postgresql://" in message
    assert SECRET not in message and "***" in message


@pytest.mark.parametrize(("url", "driver"), [
    ("postgres://u@127.0.0.1:5432/test", "postgresql+psycopg"),
    ("postgresql://u@127.0.0.1:5432/test", "postgresql+psycopg"),
    ("postgresql+psycopg://u@127.0.0.1:5432/test", "postgresql+psycopg"),
    ("sqlite:///:memory:", "sqlite"),
])
def test_supported_spellings_get_the_installed_driver(url: str, driver: str) -> None:
    engine = make_engine(url)  # no connection is made here
    try:
        assert engine.url.drivername == driver
    finally:
        engine.dispose()


def test_psycopg_cleanup_noise_after_a_lost_connection_is_dropped(
        caplog: pytest.LogCaptureFixture) -> None:
    import logging

    import pipeline.db  # noqa: F401 - installs the filter

    log = logging.getLogger("psycopg")
    with caplog.at_level(logging.WARNING, logger="psycopg"):
        log.warning("error ignored terminating %r: %s", "<psycopg.Pipeline [BAD]>", "lost")
        log.warning("something else the driver says")
    assert [r.getMessage() for r in caplog.records] == ["something else the driver says"]


def test_an_unencoded_at_in_the_password_is_named_not_shown() -> None:
    with pytest.raises(DatabaseError) as err:
        make_engine("postgresql://u:Pa55@w0rd-db@127.0.0.1:5432/test")
    message = str(err.value)
    assert "%40" in message and "w0rd-db" not in message and "Pa55" not in message
    # encoded, it is fine (no connection is made here)
    make_engine("postgresql://u:Pa55%40w0rd-db@127.0.0.1:5432/test").dispose()
