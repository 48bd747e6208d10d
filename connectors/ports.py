"""Ports: what the workflow needs from the outside world, independent of the backend.

Each port has one adapter per backend (one file each) and ``connectors.factory`` picks them from
settings. Every side effect carries an idempotency key derived from workflow id and step, so a
retried or replayed activity never delivers twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol


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


@dataclass(frozen=True)
class NewTicket:
    """A rendered ticket for a queue."""

    queue: str
    subject: str
    body: str
    idempotency_key: str
    document_id: str | None = None
    attachments: list[Attachment] = field(default_factory=list)


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
