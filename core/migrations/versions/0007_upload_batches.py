"""Staff console: upload batches, one row per uploaded file (started or refused with a reason).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "upload_batches",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("created_by", sa.String(64), nullable=False, index=True),
        sa.Column("created_at", TS, nullable=False, index=True),
    )
    op.create_table(
        "upload_items",
        sa.Column("batch_id", sa.String(32), sa.ForeignKey("upload_batches.id"), primary_key=True),
        sa.Column("position", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("filename", sa.String(512), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("media_type", sa.String(128), nullable=True),
        sa.Column("document_id", sa.String(64), nullable=True, index=True),
        sa.Column("error", sa.Text, nullable=True),
    )


def downgrade() -> None:
    op.drop_table("upload_items")
    op.drop_table("upload_batches")
