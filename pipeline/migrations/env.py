"""Alembic environment: migrates the connection scowatch passes in, or SCOWATCH_DATABASE_URL."""

from alembic import context

from pipeline.models import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        from pipeline.config import load_settings
        from pipeline.db import make_engine

        engine = make_engine(load_settings().database_url)
        with engine.connect() as connection:
            _run(connection)
            connection.commit()
    else:
        _run(connection)


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=connection.dialect.name == "sqlite")
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("scowatch migrations run online only")
run()
