import csv
import io
import json
import threading
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import delete, select, update

from core.audit import AuditLog
from core.storage import AuditRow, Database


@pytest.fixture
def audit(db_url: str) -> AuditLog:
    db = Database(db_url)
    db.migrate()
    log = AuditLog(db)
    for i in range(5):
        log.append(
            "document.classified",
            workflow_id=f"intake-{i}",
            document_id=f"doc{i}",
            details={"service_id": "wohngeld", "confidence": 0.9},
        )
    return log


def test_intact_chain_verifies(audit: AuditLog) -> None:
    result = audit.verify()
    assert result.ok, result.problem
    assert result.rows == 5


def test_altered_row_is_named(audit: AuditLog) -> None:
    with audit.db.session() as session:
        session.execute(update(AuditRow).where(AuditRow.seq == 3).values(actor="mallory"))
    result = audit.verify()
    assert not result.ok
    assert (result.kind, result.seq) == ("altered", 3)


def test_deleted_middle_row_is_named(audit: AuditLog) -> None:
    with audit.db.session() as session:
        session.execute(delete(AuditRow).where(AuditRow.seq == 2))
    result = audit.verify()
    assert (result.kind, result.seq) == ("deleted", 3)


def test_deleted_newest_rows_are_detected(audit: AuditLog) -> None:
    with audit.db.session() as session:
        session.execute(delete(AuditRow).where(AuditRow.seq >= 4))
    result = audit.verify()
    assert (result.kind, result.seq) == ("deleted", 4)


def test_inserted_row_is_named(audit: AuditLog) -> None:
    # A forger rebuilds a valid-looking row between 2 and 3 and renumbers the rest.
    with audit.db.session() as session:
        rows = list(session.scalars(select(AuditRow).order_by(AuditRow.seq.desc())))
        for row in rows:
            if row.seq >= 3:
                row.seq += 100
        session.flush()
        for row in rows:
            if row.seq >= 100:
                row.seq -= 99
        session.flush()
        second = session.get(AuditRow, 2)
        assert second is not None
        forged = AuditRow(
            seq=3,
            ts=datetime.now(UTC),
            actor="mallory",
            event_type="review.decided",
            workflow_id=None,
            document_id="doc1",
            details="{}",
            prev_hash=second.hash,
        )
        from core.audit import _row_hash

        forged.hash = _row_hash(forged)
        session.add(forged)
    result = audit.verify()
    assert not result.ok
    assert (result.kind, result.seq) == ("inserted", 3)


def test_concurrent_appends_keep_one_chain(audit: AuditLog) -> None:
    def append_many() -> None:
        for _ in range(10):
            audit.append("review.reminder", document_id="x")

    threads = [threading.Thread(target=append_many) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    result = audit.verify()
    assert result.ok, result.problem
    assert result.rows == 45


def test_concurrent_appends_from_two_processes_worth_of_connections(db_url: str) -> None:
    # Two AuditLog objects on two engines behave like two worker processes.
    first, second = Database(db_url), Database(db_url)
    first.migrate()
    logs = [AuditLog(first), AuditLog(second)]

    def append_many(log: AuditLog) -> None:
        for _ in range(15):
            log.append("document.received")

    threads = [threading.Thread(target=append_many, args=(log,)) for log in logs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    result = logs[0].verify()
    assert result.ok, result.problem
    assert result.rows == 30


def test_export_filters_and_formats(audit: AuditLog) -> None:
    audit.append("review.decided", actor="sachbearbeiterin.k", document_id="doc1")
    events = audit.events(actor="sachbearbeiterin.k")
    assert [e.event_type for e in events] == ["review.decided"]
    assert len(audit.events(event_type="document.classified")) == 5
    assert audit.events(since=datetime.now(UTC) + timedelta(minutes=1)) == []

    lines = "".join(audit.export("jsonl", audit.events())).splitlines()
    assert len(lines) == 6
    assert json.loads(lines[0])["details"] == {"confidence": 0.9, "service_id": "wohngeld"}

    rows = list(csv.DictReader(io.StringIO("".join(audit.export("csv", audit.events())))))
    assert len(rows) == 6
    assert rows[-1]["actor"] == "sachbearbeiterin.k"
    assert rows[1]["prev_hash"] == rows[0]["hash"]


def test_altered_row_with_recomputed_hash_is_named(audit: AuditLog) -> None:
    from core.audit import _row_hash

    with audit.db.session() as session:
        row = session.get(AuditRow, 3)
        assert row is not None
        row.actor = "mallory"
        row.hash = _row_hash(row)
    result = audit.verify()
    assert (result.kind, result.seq) == ("altered", 3)


def test_service_filter_finds_events_naming_it_and_the_trail_of_its_documents(
    audit: AuditLog,
) -> None:
    from core.storage import DocumentRow

    now = datetime.now(UTC)
    with audit.db.session() as session:
        session.add(
            DocumentRow(
                id="docx",
                workflow_id="intake-docx",
                source="upload",
                filename="a.pdf",
                media_type="application/pdf",
                status="routed",
                service_id="gewerbe_anmeldung",
                received_at=now,
            )
        )
    audit.append("document.received", document_id="docx")  # names no service
    audit.append("review.decided", document_id="doc9", details={"service_id": "gewerbeXanmeldung"})
    audit.append("routing.planned", details={"service_id": "gewerbe_anmeldung"})
    found = audit.events(service_id="gewerbe_anmeldung")
    assert [e.event_type for e in found] == ["document.received", "routing.planned"]
    assert len(audit.events(service_id="wohngeld")) == 5
    # "_" is no wildcard; a made-up id finds nothing; an id that is none is refused.
    assert audit.events(service_id="gewerbe") == []
    with pytest.raises(ValueError):
        audit.events(service_id="x%' OR 1=1 --")
