"""The document register per (document, meeting): documents.key is no longer unique on its own
but with the calendar meeting (`meeting_id`, '' while unresolved); each entry keeps a history of
the statuses reported for it (planned at one meeting, adopted at the next) in document_events

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""
import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# SQLite reflects the unnamed UNIQUE(key) of 0001 without a name: name it to drop it
NAMING = {"uq": "uq_%(table_name)s_%(column_0_name)s"}


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    old_unique = "uq_documents_key" if sqlite else "documents_key_key"
    with op.batch_alter_table("documents", naming_convention=NAMING if sqlite else None) as batch:
        batch.drop_constraint(old_unique, type_="unique")
        batch.add_column(sa.Column("meeting_id", sa.String(64), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("meeting_format", sa.String(16), nullable=True))
        batch.add_column(sa.Column("meeting_note", sa.String(256), nullable=True))
        batch.create_unique_constraint("uq_documents_key_meeting", ["key", "meeting_id"])
        batch.create_index("ix_documents_key", ["key"])
    op.create_table(
        "document_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("meeting_id", sa.String(64), nullable=False, server_default=""),
        sa.Column("meeting", sa.String(256), nullable=True),
        sa.Column("venue", sa.String(256), nullable=True),
        sa.Column("meeting_date", sa.String(10), nullable=True),
        sa.Column("article_id", sa.Integer(), nullable=True),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("document_id", "status", "meeting_id",
                            name="uq_document_events_status_meeting"),
    )
    op.create_index("ix_document_events_document_id", "document_events", ["document_id"])


def downgrade() -> None:
    op.drop_index("ix_document_events_document_id", table_name="document_events")
    op.drop_table("document_events")
    with op.batch_alter_table("documents") as batch:
        batch.drop_index("ix_documents_key")
        batch.drop_constraint("uq_documents_key_meeting", type_="unique")
        batch.drop_column("meeting_note")
        batch.drop_column("meeting_format")
        batch.drop_column("meeting_id")
        batch.create_unique_constraint("documents_key_key", ["key"])
