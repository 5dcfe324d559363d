"""An index on articles.url: each crawl looks up the URLs its feeds and listings name, first by
canonical URL (unique, indexed), then as fetched; without it the second lookup scans the table

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28
"""
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_articles_url", "articles", ["url"])


def downgrade() -> None:
    op.drop_index("ix_articles_url", table_name="articles")
