from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import inspect

from core.storage import Database, DocumentRow


def test_migrations_create_the_schema_and_are_idempotent(db_url: str) -> None:
    db = Database(db_url)
    db.migrate()
    Database(db_url).migrate()  # a second process at head: nothing to do
    tables = set(inspect(db.engine).get_table_names())
    assert {"documents", "audit_events", "audit_head", "vault_entries", "tickets"} <= tables
    assert "alembic_version" in tables


def test_document_rows_keep_timezones_and_json(db_url: str) -> None:
    db = Database(db_url)
    db.migrate()
    received = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
    with db.session() as session:
        session.add(
            DocumentRow(
                id="d1",
                workflow_id="intake-d1",
                source="upload",
                filename="antrag.pdf",
                media_type="application/pdf",
                status="routed",
                destinations=["mailbox:gewerbeamt@stadt.example"],
                received_at=received,
                retain_until=received + timedelta(days=90),
            )
        )
    with db.session() as session:
        row = session.get(DocumentRow, "d1")
        assert row is not None
        assert row.received_at == received and row.received_at.tzinfo is not None
        assert row.destinations == ["mailbox:gewerbeamt@stadt.example"]


def test_naive_datetimes_are_refused() -> None:
    db = Database("sqlite://")
    db.migrate()
    with pytest.raises(Exception, match="naive"), db.session() as session:
        session.add(
            DocumentRow(
                id="d2",
                workflow_id="w",
                source="cli",
                filename="x",
                media_type="text/plain",
                status="received",
                destinations=[],
                received_at=datetime(2026, 1, 1),
            )
        )
