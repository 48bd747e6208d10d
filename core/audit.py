"""Append-only, hash-chained audit log of every automated and human decision.

Each row's hash covers its content and the previous row's hash; ``audit_head`` keeps the newest
seq and hash so that deleting the latest rows is detected too. Details must never contain
personal data: callers pass ids, service ids, scores, hashes and reasons.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import re
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import or_, select, text

from core.storage import AuditHeadRow, AuditRow, Database, DocumentRow, utcnow
from core.types import AuditEvent

logger = logging.getLogger(__name__)
SERVICE_ID = re.compile(r"[a-z][a-z0-9_]{0,127}")

GENESIS = "0" * 64
SYSTEM = "system"
_PG_LOCK_ID = 0x72617468  # "rath"


def _canonical(
    seq: int,
    ts: datetime,
    actor: str,
    event_type: str,
    workflow_id: str | None,
    document_id: str | None,
    details: str,
    prev_hash: str,
) -> bytes:
    payload = {
        "seq": seq,
        "ts": ts.isoformat(timespec="microseconds"),
        "actor": actor,
        "event_type": event_type,
        "workflow_id": workflow_id,
        "document_id": document_id,
        "details": details,
        "prev_hash": prev_hash,
    }
    return json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def _row_hash(row: AuditRow) -> str:
    return hashlib.sha256(
        _canonical(
            row.seq,
            row.ts,
            row.actor,
            row.event_type,
            row.workflow_id,
            row.document_id,
            row.details,
            row.prev_hash,
        )
    ).hexdigest()


@dataclass(frozen=True)
class VerifyResult:
    """Outcome of a chain verification; ``problem`` names the first bad row."""

    ok: bool
    rows: int
    head_hash: str
    problem: str | None = None
    seq: int | None = None
    kind: Literal["altered", "inserted", "deleted"] | None = None


class AuditLog:
    """Writes and verifies the audit chain in the configured database."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._lock = threading.Lock()

    def append(
        self,
        event_type: str,
        *,
        actor: str = SYSTEM,
        workflow_id: str | None = None,
        document_id: str | None = None,
        details: dict[str, Any] | None = None,
    ) -> AuditEvent:
        """Append one event and return it with its seq and hash."""
        details_json = json.dumps(details or {}, sort_keys=True, ensure_ascii=False, default=str)
        with self._lock, self.db.session() as session:
            if not self.db.is_sqlite:
                # Serialise appenders across processes; SQLite does it with BEGIN IMMEDIATE.
                session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_ID})
            head = session.get(AuditHeadRow, 1)
            prev_seq, prev_hash = (head.last_seq, head.last_hash) if head else (0, GENESIS)
            row = AuditRow(
                seq=prev_seq + 1,
                ts=utcnow(),
                actor=actor,
                event_type=event_type,
                workflow_id=workflow_id,
                document_id=document_id,
                details=details_json,
                prev_hash=prev_hash,
            )
            row.hash = _row_hash(row)
            session.add(row)
            if head is None:
                session.add(AuditHeadRow(id=1, last_seq=row.seq, last_hash=row.hash))
            else:
                head.last_seq, head.last_hash = row.seq, row.hash
            return _to_event(row)

    def events(
        self,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        actor: str | None = None,
        event_type: str | None = None,
        document_id: str | None = None,
        service_id: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[AuditEvent]:
        """Events in chain order, filtered.

        ``service_id``: events that name the service, and every event of a document that
        belongs to it now (its whole trail, from receipt on)."""
        query = select(AuditRow).order_by(AuditRow.seq)
        if since is not None:
            query = query.where(AuditRow.ts >= since)
        if until is not None:
            query = query.where(AuditRow.ts < until)
        if actor:
            query = query.where(AuditRow.actor == actor)
        if event_type:
            query = query.where(AuditRow.event_type == event_type)
        if document_id:
            query = query.where(AuditRow.document_id == document_id)
        if service_id:
            if not SERVICE_ID.fullmatch(service_id):
                raise ValueError(f"invalid service id {service_id[:40]!r}")
            # details are JSON with sorted keys and ", "/": " separators (see append).
            fragment = json.dumps({"service_id": service_id})[1:-1]
            escaped = fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            query = query.where(
                or_(
                    AuditRow.details.like(f"%{escaped}%", escape="\\"),
                    AuditRow.document_id.in_(
                        select(DocumentRow.id).where(DocumentRow.service_id == service_id)
                    ),
                )
            )
        if offset:
            query = query.offset(offset)
        if limit is not None:
            query = query.limit(limit)
        with self.db.session() as session:
            return [_to_event(r) for r in session.scalars(query)]

    def verify(self) -> VerifyResult:
        """Walk the whole chain and name the first row that was altered, inserted or deleted."""
        with self.db.session() as session:
            head = session.get(AuditHeadRow, 1)
            rows = list(session.scalars(select(AuditRow).order_by(AuditRow.seq)))
        return _verify_rows(rows, head)

    def export(self, fmt: Literal["csv", "jsonl"], events: Iterable[AuditEvent]) -> Iterator[str]:
        """Render events as CSV or JSON lines, chunk by chunk."""
        if fmt == "jsonl":
            for event in events:
                yield event.model_dump_json() + "\n"
            return
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        columns = ["seq", "ts", "actor", "event_type", "workflow_id", "document_id", "details"]
        writer.writerow([*columns, "prev_hash", "hash"])
        for event in events:
            writer.writerow(
                [
                    event.seq,
                    event.ts.isoformat(),
                    event.actor,
                    event.event_type,
                    event.workflow_id or "",
                    event.document_id or "",
                    json.dumps(event.details, ensure_ascii=False, sort_keys=True),
                    event.prev_hash,
                    event.hash,
                ]
            )
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
        rest = buffer.getvalue()
        if rest:
            yield rest


def _verify_rows(rows: list[AuditRow], head: AuditHeadRow | None) -> VerifyResult:
    expected_prev = GENESIS
    expected_seq = 1
    previous: AuditRow | None = None
    before_previous_hash = GENESIS
    for row in rows:
        if _row_hash(row) != row.hash:
            return _classify_mismatch(rows, row)
        if row.prev_hash != expected_prev or row.seq != expected_seq:
            if previous is not None and row.prev_hash == before_previous_hash:
                return _broken(
                    rows, "inserted", previous.seq, f"Zeile {previous.seq} wurde eingefügt"
                )
            if previous is not None and row.seq == expected_seq:
                # Numbering intact, so nothing was removed: the previous row was changed and
                # its hash recomputed to hide it.
                return _broken(
                    rows,
                    "altered",
                    previous.seq,
                    f"Zeile {previous.seq} wurde verändert (Hash neu berechnet)",
                )
            return _broken(
                rows,
                "deleted",
                row.seq,
                f"vor Zeile {row.seq} wurde mindestens eine Zeile gelöscht",
            )
        before_previous_hash = expected_prev
        expected_prev = row.hash
        expected_seq = row.seq + 1
        previous = row
    last_seq = rows[-1].seq if rows else 0
    if head is not None and (head.last_seq != last_seq or head.last_hash != expected_prev):
        if head.last_seq > last_seq:
            return _broken(
                rows,
                "deleted",
                last_seq + 1,
                f"die neuesten Zeilen ab Zeile {last_seq + 1} wurden gelöscht",
            )
        return _broken(rows, "inserted", head.last_seq + 1, "Zeilen nach dem Kettenende eingefügt")
    if head is None and rows:
        return _broken(rows, "altered", 1, "der Kettenanker fehlt")
    return VerifyResult(ok=True, rows=len(rows), head_hash=expected_prev)


def _classify_mismatch(rows: list[AuditRow], row: AuditRow) -> VerifyResult:
    """A hash mismatch is an alteration, unless the row is intact under another seq: then
    rows were renumbered to hide an insertion or deletion before it."""
    original_seq = row.seq
    try:
        for shift in (-1, -2, -3, 1, 2, 3):
            row.seq = original_seq + shift
            if _row_hash(row) == row.hash:
                if shift < 0:
                    first = original_seq + shift
                    return _broken(rows, "inserted", first, f"Zeile {first} wurde eingefügt")
                return _broken(
                    rows,
                    "deleted",
                    original_seq,
                    f"vor Zeile {original_seq} wurde mindestens eine Zeile gelöscht",
                )
    finally:
        row.seq = original_seq
    return _broken(rows, "altered", original_seq, f"Zeile {original_seq} wurde verändert")


def _broken(
    rows: list[AuditRow],
    kind: Literal["altered", "inserted", "deleted"],
    seq: int,
    problem: str,
) -> VerifyResult:
    logger.warning("audit chain broken: %s at seq %s", kind, seq)
    return VerifyResult(
        ok=False,
        rows=len(rows),
        head_hash=rows[-1].hash if rows else GENESIS,
        problem=problem,
        seq=seq,
        kind=kind,
    )


def _to_event(row: AuditRow) -> AuditEvent:
    return AuditEvent(
        seq=row.seq,
        ts=row.ts,
        actor=row.actor,
        event_type=row.event_type,
        workflow_id=row.workflow_id,
        document_id=row.document_id,
        details=json.loads(row.details),
        prev_hash=row.prev_hash,
        hash=row.hash,
    )
