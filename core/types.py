"""Domain types shared by every package. These travel through Temporal as pydantic models.

Nothing here carries document content: workflows pass ``BlobRef``s (claim checks) and the
payload codec encrypts what remains (field values may hold pseudonym tokens, never originals).
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, Field


class DocumentSource(StrEnum):
    """Where a document entered rathaus; every source produces the same ``DocumentRef``."""

    UPLOAD = "upload"
    FOLDER = "folder"
    MAIL_GRAPH = "mail_graph"
    MAIL_IMAP = "mail_imap"
    API = "api"
    CLI = "cli"


class DocumentStatus(StrEnum):
    """The life cycle of a document, as shown to staff."""

    RECEIVED = "received"
    EXTRACTED = "extracted"
    REDACTED = "redacted"
    CLASSIFIED = "classified"
    AWAITING_REVIEW = "awaiting_review"
    ROUTING = "routing"
    ROUTED = "routed"
    REJECTED = "rejected"
    QUARANTINED = "quarantined"
    PURGED = "purged"


FINAL_STATUSES = frozenset(
    {DocumentStatus.ROUTED, DocumentStatus.REJECTED, DocumentStatus.QUARANTINED}
)


class BlobRef(BaseModel):
    """A content-addressed pointer into the blob store."""

    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    size: int = Field(ge=0)
    media_type: str = "application/octet-stream"


class DocumentRef(BaseModel):
    """One incoming document, whatever its source: the only input of ``IntakeWorkflow``."""

    document_id: str
    source: DocumentSource
    blob: BlobRef
    filename: str
    received_at: datetime


class ExtractedText(BaseModel):
    """Text extracted from a document, stored as a blob (it still contains personal data)."""

    text: BlobRef
    pages: int = 0
    ocr_pages: int = 0
    chars: int = 0


class EntitySpan(BaseModel):
    """A personal-data span found in the extracted text."""

    type: str
    start: int
    end: int
    score: float
    token: str


class RedactedText(BaseModel):
    """Redacted text stored as a blob plus the spans that were replaced (no originals)."""

    text: BlobRef
    case_id: str
    entities: list[EntitySpan] = Field(default_factory=list)


FieldValue = str | float | int | None


class Classification(BaseModel):
    """The classifier's answer: one id of the active catalogue, or none with a reason."""

    service_id: str | None
    leika: str | None = None
    confidence: float = Field(ge=0.0, le=1.0)
    needs_review: bool
    method: str
    reason: str | None = None
    candidates: list[tuple[str, float]] = Field(default_factory=list)
    # LLM provenance for the audit log: prompt id, model, hash of the redacted input, latency.
    llm: dict[str, object] | None = None
    # Ensemble: each member's answer (method -> service id or None).
    votes: dict[str, str | None] = Field(default_factory=dict)
    # Lines with instructions to an AI that were removed before classification.
    injection_lines: int = 0


class Extraction(BaseModel):
    """Extracted fields; values may be pseudonym tokens until re-identified for a recipient."""

    fields: dict[str, FieldValue] = Field(default_factory=dict)
    method: str = "rules"
    llm: dict[str, object] | None = None
    # Fields a reviewer corrected: typed by a human, they never go to recipients that must not
    # see personal data, even where no token was found in them.
    corrected: list[str] = Field(default_factory=list)


class ClassificationResult(BaseModel):
    """Output of the classify step: what it is, what it says, and whether it may go alone."""

    classification: Classification
    extraction: Extraction
    auto_route_allowed: bool


class RoutingTarget(BaseModel):
    """One destination of a routed document."""

    kind: Literal["mailbox", "ticket_queue"]
    address: str
    reidentify: bool
    folder: str | None = None
    attachment: Literal["original", "redacted", "none"] = "original"
    fallback: bool = False


class RoutingDecision(BaseModel):
    """Where a document goes and why."""

    service_id: str
    targets: list[RoutingTarget]
    decided_by: str


class DeliveryReceipt(BaseModel):
    """Proof of one delivery; ``external_id`` is the file name, ticket id or message id."""

    target: RoutingTarget
    external_id: str
    idempotency_key: str
    duplicate: bool = False


class ReviewAction(StrEnum):
    APPROVE = "approve"
    CHANGE = "change"
    REJECT = "reject"


class ReviewDecision(BaseModel):
    """A human's decision on a document waiting for review (sent as a Temporal signal)."""

    action: ReviewAction
    reviewer: str
    service_id: str | None = None
    fields: dict[str, FieldValue] = Field(default_factory=dict)
    comment: str | None = None


class ReviewPolicy(BaseModel):
    """Service levels for one review, read from settings by an activity (never workflow input).

    ``reason`` says why the document needs a human; it is shown in the review queue.
    """

    reminder_after_seconds: float
    escalate_after_seconds: float
    reason: str = ""


class IntakeProgress(BaseModel):
    """What the intake workflow reports through its ``progress`` query."""

    document_id: str
    status: DocumentStatus
    service_id: str | None = None
    confidence: float | None = None
    needs_review: bool = False
    destinations: list[str] = Field(default_factory=list)
    reason: str | None = None


class AuditEvent(BaseModel):
    """One row of the hash-chained audit log. ``details`` never holds personal data."""

    seq: int
    ts: datetime
    actor: str
    event_type: str
    workflow_id: str | None = None
    document_id: str | None = None
    details: dict[str, object] = Field(default_factory=dict)
    prev_hash: str
    hash: str
