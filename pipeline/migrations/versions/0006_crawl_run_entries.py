"""crawl_runs.entries and crawl_runs.found_nothing: what a crawl's feeds and listings named

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("crawl_runs") as batch:
        batch.add_column(sa.Column("entries", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("found_nothing", sa.Boolean(), nullable=False,
                                   server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("crawl_runs") as batch:
        batch.drop_column("found_nothing")
        batch.drop_column("entries")
