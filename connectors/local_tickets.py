"""The built-in ticket table: the embedded default for ticket queues."""

from __future__ import annotations

import logging

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from connectors.ports import Delivered, NewTicket
from core.blobs import LocalBlobStore
from core.errors import DeliveryError, PermanentDeliveryError
from core.storage import Database, TicketRow

logger = logging.getLogger(__name__)


class LocalTicketSink:
    """Tickets as rows of the ``tickets`` table; attachments in the blob store."""

    def __init__(self, db: Database, blobs: LocalBlobStore) -> None:
        self.db = db
        self.blobs = blobs

    def _existing(self, key: str) -> int | None:
        with self.db.session() as session:
            return session.scalar(select(TicketRow.id).where(TicketRow.idempotency_key == key))

    def create(self, ticket: NewTicket) -> Delivered:
        existing = self._existing(ticket.idempotency_key)
        if existing is not None:
            return Delivered(str(existing), duplicate=True)
        shas = [self.blobs.put(a.data, a.media_type).sha256 for a in ticket.attachments]
        try:
            with self.db.session() as session:
                row = TicketRow(
                    idempotency_key=ticket.idempotency_key,
                    queue=ticket.queue,
                    subject=ticket.subject,
                    body=ticket.body,
                    status="new",
                    document_id=ticket.document_id,
                    attachments=shas,
                )
                session.add(row)
                session.flush()
                ticket_id = row.id
        except IntegrityError:
            existing = self._existing(ticket.idempotency_key)
            if existing is None:
                raise
            return Delivered(str(existing), duplicate=True)
        except SQLAlchemyError as exc:
            raise DeliveryError(f"cannot create ticket: {type(exc).__name__}") from exc
        return Delivered(str(ticket_id), duplicate=False)

    def comment(self, external_id: str, text: str, *, status: str | None = None) -> None:
        """Append a comment to the ticket body (once) and set its status."""
        try:
            with self.db.session() as session:
                row = session.get(TicketRow, int(external_id))
                if row is None:
                    raise PermanentDeliveryError(f"Ticket {external_id} existiert nicht.")
                entry = f"\n\n--- Kommentar ---\n{text}"
                if not row.body.endswith(entry):
                    row.body = row.body + entry
                if status:
                    row.status = status
        except SQLAlchemyError as exc:
            raise DeliveryError(f"cannot comment on ticket: {type(exc).__name__}") from exc

    def check(self) -> str:
        try:
            self.db.ping()
        except SQLAlchemyError as exc:
            raise DeliveryError(f"Tickettabelle nicht erreichbar: {exc}") from exc
        return "Tickettabelle in der rathaus-Datenbank erreichbar"
