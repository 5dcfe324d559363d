"""The Alembic migrations build exactly the schema the models describe (tables, columns,
indexes), on SQLite and on PostgreSQL."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from pipeline.db import Database
from pipeline.models import Base


def test_migrations_match_the_models(any_db_url: str) -> None:
    db = Database(any_db_url)
    db.ensure_schema()
    try:
        with db.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
            indexes = {i["name"] for i in inspect(conn).get_indexes("articles")}
        assert diff == [], diff
        assert "ix_articles_url" in indexes  # the crawl's lookup by fetched URL
    finally:
        db.dispose()
