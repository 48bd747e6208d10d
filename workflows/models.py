"""Inputs and outputs of the intake activities (one pydantic model in, one out)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from core.types import (
    ClassificationResult,
    DeliveryReceipt,
    DocumentRef,
    DocumentStatus,
    ExtractedText,
    Extraction,
    FieldValue,
    RedactedText,
    ReviewDecision,
    RoutingTarget,
)


class RedactInput(BaseModel):
    document: DocumentRef
    extracted: ExtractedText


class ClassifyInput(BaseModel):
    document: DocumentRef
    redacted: RedactedText


class ReviewRequest(BaseModel):
    document: DocumentRef
    result: ClassificationResult


class MirrorReviewInput(BaseModel):
    """A review event for the review queue of the ticket system."""

    document: DocumentRef
    event: str  # "opened" | "reminder" | "escalation" | "decided"
    decision: ReviewDecision | None = None
    service_id: str | None = None
    proposed_service_id: str | None = None


class ReviewOverdue(BaseModel):
    document: DocumentRef
    level: str  # "reminder" | "escalation"


class ApplyReviewInput(BaseModel):
    document: DocumentRef
    decision: ReviewDecision
    proposed_service_id: str | None


class ApplyReviewOutput(BaseModel):
    valid: bool
    service_id: str | None = None
    problem: str | None = None
    # The reviewer's field corrections, pseudonymised like the document (tokens of the case).
    fields: dict[str, FieldValue] = Field(default_factory=dict)


class PlanInput(BaseModel):
    document: DocumentRef
    service_id: str
    decided_by: str


class DeliverInput(BaseModel):
    document: DocumentRef
    service_id: str
    target: RoutingTarget
    extraction: Extraction
    redacted: RedactedText
    confidence: float | None
    decided_by: str
    idempotency_key: str


class CompleteInput(BaseModel):
    document: DocumentRef
    status: DocumentStatus
    service_id: str | None = None
    confidence: float | None = None
    receipts: list[DeliveryReceipt] = Field(default_factory=list)
    reason: str | None = None
    actor: str = "system"


class QuarantineInput(BaseModel):
    document: DocumentRef
    reason: str
    step: str


class PurgeInput(BaseModel):
    now_iso: str


class PurgeOutput(BaseModel):
    documents: int
    blobs: int
    vault_entries: int
    conversations: int = 0


class PollRequest(BaseModel):
    """Poll one intake source: ``folder``, ``imap`` or ``graph``."""

    source: str


class PolledItem(BaseModel):
    """One message or file of a poll: the documents to start, and where it goes afterwards."""

    source_id: str
    item_key: str
    documents: list[DocumentRef] = Field(default_factory=list)
    target_folder: str
    quarantined: bool = False


class PolledBatch(BaseModel):
    items: list[PolledItem] = Field(default_factory=list)
    cursor: str | None = None
    reset: bool = False
    full: bool = False  # the batch hit the limit: more may be waiting


class FinishPollInput(BaseModel):
    source: str
    items: list[PolledItem]
    cursor: str | None = None
    update_cursor: bool = False


class PollResult(BaseModel):
    source: str
    taken_in: int = 0
    quarantined: int = 0
    already_known: int = 0
