"""Ports: what the workflow needs from the outside world, independent of the backend.

Each port has one adapter per backend (one file each) and ``connectors.factory`` picks them from
settings. Every side effect carries an idempotency key derived from workflow id and step, so a
retried or replayed activity never delivers twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol, runtime_checkable


@dataclass(frozen=True)
class Attachment:
    """A file attached to an outgoing mail or ticket."""

    filename: str
    media_type: str
    data: bytes


@dataclass(frozen=True)
class OutgoingMail:
    """A rendered mail to a department mailbox."""

    to: str
    sender: str
    subject: str
    body: str
    idempotency_key: str
    attachments: list[Attachment] = field(default_factory=list)
    # Backends that can file into a mailbox folder (Graph) put it there; others ignore it.
    folder: str | None = None


@dataclass(frozen=True)
class NewTicket:
    """A rendered ticket for a queue."""

    queue: str
    subject: str
    body: str
    idempotency_key: str
    document_id: str | None = None
    attachments: list[Attachment] = field(default_factory=list)
    requestor: str | None = None
    # The catalogue entry; ticket systems file them in their own fields (RT: custom fields).
    service_id: str | None = None
    leika: str | None = None
    # Further backend custom fields by their backend name.
    custom_fields: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Delivered:
    """Result of a delivery: the backend's id and whether it had been delivered before."""

    external_id: str
    duplicate: bool


class MailSink(Protocol):
    """Delivers mail into a department mailbox."""

    def deliver(self, mail: OutgoingMail) -> Delivered:
        """Deliver once; a repeated key returns the first delivery with ``duplicate=True``."""
        ...

    def check(self) -> str:
        """Raise ``DeliveryError`` with a plain explanation when the backend is unusable."""
        ...


class TicketSink(Protocol):
    """Creates tickets in a queue."""

    def create(self, ticket: NewTicket) -> Delivered:
        """Create once; a repeated key returns the first ticket with ``duplicate=True``."""
        ...

    def check(self) -> str:
        """Raise ``DeliveryError`` with a plain explanation when the backend is unusable."""
        ...


@runtime_checkable
class TicketUpdater(Protocol):
    """Ticket backends that can follow up on a ticket they created."""

    def comment(self, external_id: str, text: str, *, status: str | None = None) -> None:
        """Add a comment (and optionally set a status); repeating the same call is harmless."""
        ...


@dataclass(frozen=True)
class InboundMail:
    """One message fetched from an intake mailbox, as raw RFC 5322 bytes.

    ``source_id`` is the backend's stable id for the message (IMAP ``UIDVALIDITY:UID``, a Graph
    immutable id, a file name); ``raw`` is empty when the message is larger than the adapter's
    ``max_bytes`` (``size`` still says how large it is), so a 30 MB mail is never downloaded.
    """

    source_id: str
    internet_message_id: str | None
    raw: bytes
    size: int
    received_at: datetime | None = None


@dataclass(frozen=True)
class MailBatch:
    """What one poll found, and the cursor to pass to the next poll.

    ``cursor`` is opaque to callers (IMAP: UIDVALIDITY and the last UID seen; Graph: the delta
    link). ``reset`` says the backend invalidated the previous cursor (UIDVALIDITY changed, delta
    token expired): the batch then starts from the beginning of the folder, and callers rely on
    their ``internet_message_id`` dedup to take nothing in twice.
    """

    messages: list[InboundMail]
    cursor: str | None
    reset: bool = False


class MailSource(Protocol):
    """An intake mailbox folder: fetch new messages, move them away once handled."""

    def fetch(self, cursor: str | None, limit: int) -> MailBatch:
        """Messages after ``cursor`` (all of the folder for ``None``), at most ``limit``."""
        ...

    def move(self, source_id: str, folder: str) -> None:
        """Move a message into ``folder`` (created if missing); a message already gone is fine."""
        ...

    def check(self) -> str:
        """Raise ``DeliveryError`` with a plain German explanation when unusable."""
        ...
