"""Connectors: intake items taken in once, poll cursors, SMTP deliveries, redacted PDFs.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("redacted_pdf_sha", sa.String(64), nullable=True))
        batch.create_index("ix_documents_redacted_pdf_sha", ["redacted_pdf_sha"])
    op.create_table(
        "inbound_items",
        sa.Column("source", sa.String(32), primary_key=True),
        sa.Column("item_key", sa.String(255), primary_key=True),
        sa.Column("status", sa.String(16), nullable=False, index=True),
        sa.Column("document_id", sa.String(64), nullable=True, index=True),
        sa.Column("target_folder", sa.String(255), nullable=False),
        sa.Column("reason", sa.Text, nullable=True),
        sa.Column("first_seen", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
    )
    op.create_table(
        "smtp_deliveries",
        sa.Column("key_sha256", sa.String(64), primary_key=True),
        sa.Column("idempotency_key", sa.Text, nullable=False),
        sa.Column("message_id", sa.String(255), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.Column("sent_at", TS, nullable=True),
    )
    op.create_table(
        "intake_cursors",
        sa.Column("source", sa.String(32), primary_key=True),
        sa.Column("cursor", sa.Text, nullable=True),
        sa.Column("updated_at", TS, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("intake_cursors")
    op.drop_table("smtp_deliveries")
    op.drop_table("inbound_items")
    with op.batch_alter_table("documents") as batch:
        batch.drop_index("ix_documents_redacted_pdf_sha")
        batch.drop_column("redacted_pdf_sha")
