"""Confirmed examples: documents a reviewer confirmed, as vectors for the embedding classifier.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "confirmed_examples",
        sa.Column("document_id", sa.String(64), primary_key=True),
        sa.Column("service_id", sa.String(64), nullable=False, index=True),
        sa.Column("embedding_model", sa.String(64), nullable=False, index=True),
        sa.Column("vector", sa.LargeBinary, nullable=False),
        sa.Column("confirmed_by", sa.String(128), nullable=False),
        sa.Column("confirmed_at", TS, nullable=False, index=True),
    )


def downgrade() -> None:
    op.drop_table("confirmed_examples")
