"""Callback requests from the advisor chat become tickets for the economic-development office."""

from __future__ import annotations

import hashlib
import logging

from agents.advisor import CallbackRequest
from connectors.ports import NewTicket, TicketSink

logger = logging.getLogger(__name__)

_LABELS = {
    "name": "Name",
    "phone": "Telefon",
    "email": "E-Mail",
    "preferred_time": "Erreichbar",
}


class TicketCallbackDesk:
    """Opens one ticket per callback request in the configured queue (any ticket backend)."""

    def __init__(self, tickets: TicketSink, *, queue: str, city: str) -> None:
        self.tickets = tickets
        self.queue = queue
        self.city = city

    def open_callback(self, request: CallbackRequest) -> str:
        """Create the ticket (once per identical request) with only the data given."""
        lines = [
            f"Rückrufwunsch aus dem Beratungs-Chat der Wirtschaftsförderung {self.city}.",
            "Die Person hat in die Weitergabe dieser Angaben für den Rückruf eingewilligt.",
            "",
            f"Thema: {request.topic.strip() or '(nicht angegeben)'}",
        ]
        for field_name in request.given_fields():
            lines.append(f"{_LABELS[field_name]}: {getattr(request, field_name).strip()}")
        lines += ["", f"Chat-Sitzung: {request.session_id}"]
        body = "\n".join(lines)
        key = hashlib.sha256(f"{request.session_id}\x00{body}".encode()).hexdigest()[:32]
        delivered = self.tickets.create(
            NewTicket(
                queue=self.queue,
                subject="Rückrufwunsch aus dem Beratungs-Chat",
                body=body,
                idempotency_key=f"advisor-callback:{key}",
            )
        )
        logger.info("callback ticket %s in queue %s", delivered.external_id, self.queue)
        return delivered.external_id
