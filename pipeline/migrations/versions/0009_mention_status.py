"""The step each report of a document tells (document_mentions.status: adopted, signed, approved,
planned), so that a document card's blurb comes from a report of the entry's own step rather than
a preview of it; NULL for the rows stored before, until `scowatch documents --rebuild`

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04
"""
import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("document_mentions") as batch:
        batch.add_column(sa.Column("status", sa.String(32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("document_mentions") as batch:
        batch.drop_column("status")
