"""Intake activities: thin wrappers around one port call each, plus error mapping and audit.

Permanent problems (a corrupt file, an id outside the catalogue) become non-retryable
``ApplicationError``s whose message is the German reason shown to clerks; everything else
propagates and Temporal retries it. Nothing here logs document text or personal data.
"""

from __future__ import annotations

import contextvars
import logging
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol, TypeVar

from sqlalchemy import select
from temporalio import activity
from temporalio.exceptions import ApplicationError

from agents.advisor import ConversationStore
from agents.classifier import Classifier
from agents.extraction import Extractor, reidentify_fields
from connectors.ports import (
    Attachment,
    MailSink,
    NewTicket,
    OutgoingMail,
    TicketSink,
    TicketUpdater,
)
from connectors.text_extraction import TextLimits, extract_text
from core.audit import AuditLog
from core.blobs import LocalBlobStore
from core.catalogue import RoutingTargetSpec, ServiceCatalogue
from core.errors import (
    BlobNotFoundError,
    DeliveryAuthError,
    DeliveryError,
    DeliveryRefusedError,
    DocumentError,
    PermanentDeliveryError,
    RedactionError,
)
from core.storage import Database, DocumentRow
from core.types import (
    ClassificationResult,
    DeliveryReceipt,
    DocumentRef,
    DocumentStatus,
    EntitySpan,
    ExtractedText,
    FieldValue,
    RedactedText,
    ReviewAction,
    ReviewPolicy,
    RoutingDecision,
    RoutingTarget,
)
from redaction.pdf import redact_pdf
from redaction.redactor import Redactor
from redaction.vault import PseudonymVault
from workflows.messages import render_routed_mail
from workflows.models import (
    ApplyReviewInput,
    ApplyReviewOutput,
    ClassifyInput,
    CompleteInput,
    DeliverInput,
    MirrorReviewInput,
    PlanInput,
    PurgeInput,
    PurgeOutput,
    QuarantineInput,
    RedactInput,
    ReviewOverdue,
    ReviewRequest,
)

logger = logging.getLogger(__name__)

T = TypeVar("T")
HEARTBEAT_SECONDS = 2.0

# The vault keeps a case's map at least this long even before a service is known.
PROVISIONAL_RETENTION = timedelta(days=30)
# Standard fields that are personal data by their nature, with the entity type of their token.
PERSONAL_FIELDS = {
    "applicant_name": "PERSON",
    "represented_name": "PERSON",
    "street_address": "STREET_ADDRESS",
    "date_of_birth": "DATE_OF_BIRTH",
    "email": "EMAIL_ADDRESS",
    "phone": "PHONE_NUMBER",
    "iban": "IBAN_CODE",
    "reference": "DE_AKTENZEICHEN",
}


def _now() -> datetime:
    return datetime.now(UTC)


def _workflow_id() -> str | None:
    try:
        return activity.info().workflow_id
    except RuntimeError:  # called outside an activity (tests, CLI)
        return None


def _new_row(document: DocumentRef, status: DocumentStatus) -> DocumentRow:
    return DocumentRow(
        id=document.document_id,
        workflow_id=_workflow_id() or "",
        source=document.source.value,
        filename=document.filename[:512],
        media_type=document.blob.media_type,
        blob_sha=document.blob.sha256,
        status=status.value,
        destinations=[],
        received_at=document.received_at,
        retain_until=document.received_at + PROVISIONAL_RETENTION,
    )


def _target(spec: RoutingTargetSpec, *, fallback: bool = False) -> RoutingTarget:
    return RoutingTarget(
        kind=spec.kind,
        address=spec.address,
        reidentify=spec.reidentify,
        folder=spec.folder,
        attachment=spec.attachment or ("original" if spec.reidentify else "redacted"),
        fallback=fallback,
    )


def _heartbeating(call: Callable[[], T], every: float = HEARTBEAT_SECONDS) -> T:
    """Run ``call`` while telling Temporal every few seconds that this worker is alive.

    A worker that dies mid-delivery is noticed after the heartbeat timeout (seconds), not the
    start-to-close timeout (minutes), and the delivery is retried elsewhere; a slow backend
    (throttling, OCR for a redacted PDF) keeps heartbeating and is left to finish.
    """
    if not activity.in_activity():
        return call()
    context = contextvars.copy_context()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="deliver") as pool:
        future = pool.submit(context.run, call)
        while True:
            try:
                return future.result(timeout=every)
            except FutureTimeout:
                activity.heartbeat()


def delivery_retry(exc: DeliveryError, address: str) -> ApplicationError:
    """A transient delivery failure: Temporal retries, after ``Retry-After`` when one was sent."""
    delay = timedelta(seconds=exc.retry_after) if exc.retry_after else None
    return ApplicationError(
        f"Zustellung an {address} vorübergehend nicht möglich: {exc}",
        type="delivery_auth" if isinstance(exc, DeliveryAuthError) else "delivery_unavailable",
        next_retry_delay=delay,
    )


def _permanent(message: str, kind: str) -> ApplicationError:
    return ApplicationError(message, type=kind, non_retryable=True)


@dataclass
class IntakeDependencies:
    """Everything the activities need; built once per worker by ``rathaus.wiring``."""

    db: Database
    blobs: LocalBlobStore
    audit: AuditLog
    vault: PseudonymVault
    catalogue: ServiceCatalogue
    redactor: Redactor
    classifier: Classifier
    extractor: Extractor
    mail: MailSink
    tickets: TicketSink
    limits: TextLimits
    review_policy: ReviewPolicy
    quarantine_days: int
    sender: str
    # The ticket queue that mirrors reviews (``RATHAUS_ROUTING__REVIEW_QUEUE``); None: none.
    review_queue: str | None = None
    # Learns from documents a reviewer confirmed (the embedding classifier); None: no learning.
    learner: Learner | None = None
    # Advisor conversations, deleted by the same retention sweep.
    conversations: ConversationStore | None = None


class Learner(Protocol):
    def learn(
        self, document_id: str, redacted_text: str, service_id: str, reviewer: str
    ) -> None: ...


class IntakeActivities:
    """The activities of ``IntakeWorkflow`` and ``RetentionWorkflow``."""

    def __init__(self, deps: IntakeDependencies) -> None:
        self.d = deps

    # -- helpers ---------------------------------------------------------------------------

    def _audit(self, event_type: str, document_id: str | None, **details: Any) -> None:
        actor = str(details.pop("actor", "system"))
        self.d.audit.append(
            event_type,
            actor=actor,
            workflow_id=_workflow_id(),
            document_id=document_id,
            details=details,
        )

    def _update(self, document_id: str, **values: Any) -> None:
        with self.d.db.session() as session:
            row = session.get(DocumentRow, document_id)
            if row is None:
                return
            for key, value in values.items():
                setattr(row, key, value)
            row.updated_at = _now()

    # -- step 1 ----------------------------------------------------------------------------

    @activity.defn(name="register_document")
    def register_document(self, document: DocumentRef) -> None:
        """Record the document (idempotent) after checking its original is in the blob store."""
        if not self.d.blobs.exists(document.blob.sha256):
            raise _permanent("Das Originaldokument fehlt im Ablagespeicher.", "blob_missing")
        with self.d.db.session() as session:
            if session.get(DocumentRow, document.document_id) is not None:
                return
            session.add(_new_row(document, DocumentStatus.RECEIVED))
        self._audit(
            "document.received",
            document.document_id,
            source=document.source.value,
            sha256=document.blob.sha256,
            size=document.blob.size,
        )

    # -- step 2 ----------------------------------------------------------------------------

    @activity.defn(name="extract_text")
    def extract_text(self, document: DocumentRef) -> ExtractedText:
        """Extract text (OCR where needed) and store it as a blob."""
        try:
            data = self.d.blobs.get(document.blob)
        except BlobNotFoundError as exc:
            raise _permanent(
                "Das Originaldokument fehlt im Ablagespeicher.", "blob_missing"
            ) from exc
        started = time.perf_counter()
        try:
            result = extract_text(data, document.filename, self.d.limits)
        except DocumentError as exc:
            raise _permanent(exc.reason, exc.code) from exc
        ref = self.d.blobs.put_text(result.text)
        extracted = ExtractedText(
            text=ref, pages=result.pages, ocr_pages=result.ocr_pages, chars=len(result.text)
        )
        self._update(document.document_id, text_sha=ref.sha256, status=DocumentStatus.EXTRACTED)
        self._audit(
            "text.extracted",
            document.document_id,
            media_type=result.media_type,
            pages=result.pages,
            ocr_pages=result.ocr_pages,
            chars=extracted.chars,
            seconds=round(time.perf_counter() - started, 3),
        )
        return extracted

    # -- step 3 ----------------------------------------------------------------------------

    @activity.defn(name="redact_text")
    def redact_text(self, request: RedactInput) -> RedactedText:
        """Redact the text; the pseudonym map goes into the encrypted vault, never onwards."""
        text = self.d.blobs.get_text(request.extracted.text)
        try:
            result = self.d.redactor.redact(text)
        except RedactionError as exc:
            raise _permanent(
                "Die Schwärzung personenbezogener Daten ist fehlgeschlagen.", "redaction"
            ) from exc
        case_id = request.document.document_id
        self.d.vault.store(case_id, result.mapping, _now() + PROVISIONAL_RETENTION)
        ref = self.d.blobs.put_text(result.text)
        self._update(case_id, redacted_sha=ref.sha256, status=DocumentStatus.REDACTED)
        counts: dict[str, int] = {}
        for span in result.spans:
            counts[span.entity_type] = counts.get(span.entity_type, 0) + 1
        self._audit(
            "document.redacted",
            case_id,
            entities=counts,
            tokens=len(result.mapping),
            seconds=round(result.seconds, 3),
        )
        return RedactedText(
            text=ref,
            case_id=case_id,
            entities=[
                EntitySpan(
                    type=s.entity_type, start=s.start, end=s.end, score=s.score, token=s.token
                )
                for s in result.spans
            ],
        )

    # -- step 4 ----------------------------------------------------------------------------

    @activity.defn(name="classify_document")
    def classify_document(self, request: ClassifyInput) -> ClassificationResult:
        """Classify and extract on redacted text only."""
        text = self.d.blobs.get_text(request.redacted.text)
        started = time.perf_counter()
        classification = self.d.classifier.classify(text)
        if (
            classification.service_id is not None
            and classification.service_id not in self.d.catalogue
        ):
            # Closed set: an id outside the catalogue is never routed.
            classification = classification.model_copy(
                update={"service_id": None, "needs_review": True, "reason": "Unbekannte Leistung."}
            )
        service = (
            self.d.catalogue.get(classification.service_id) if classification.service_id else None
        )
        extraction = self.d.extractor.extract(text, service)
        auto = bool(service and service.auto_route and not classification.needs_review)
        document_id = request.document.document_id
        self._update(
            document_id,
            status=DocumentStatus.CLASSIFIED,
            service_id=classification.service_id,
            confidence=classification.confidence,
            needs_review=not auto,
        )
        self._audit(
            "document.classified",
            document_id,
            service_id=classification.service_id,
            leika=classification.leika,
            confidence=classification.confidence,
            method=classification.method,
            llm=classification.llm,
            votes=classification.votes or None,
            injection_lines=classification.injection_lines or None,
            extractor=extraction.method,
            extractor_llm=extraction.llm,
            candidates=classification.candidates,
            fields=sorted(extraction.fields),
            auto_route=auto,
            seconds=round(time.perf_counter() - started, 3),
        )
        return ClassificationResult(
            classification=classification, extraction=extraction, auto_route_allowed=auto
        )

    # -- step 5 ----------------------------------------------------------------------------

    @activity.defn(name="begin_review")
    def begin_review(self, request: ReviewRequest) -> ReviewPolicy:
        """Put the document into the review queue and return the service levels."""
        classification = request.result.classification
        reasons = []
        if classification.service_id is None:
            reasons.append(classification.reason or "Keine Leistung erkannt.")
        elif classification.needs_review:
            reasons.append(f"Zuordnung unsicher ({classification.confidence:.0%}).")
        else:
            reasons.append("Für diese Leistung ist eine Prüfung vorgeschrieben.")
        reason = " ".join(reasons)
        self._update(
            request.document.document_id,
            status=DocumentStatus.AWAITING_REVIEW,
            needs_review=True,
            reason=reason,
        )
        self._audit(
            "review.requested",
            request.document.document_id,
            service_id=classification.service_id,
            confidence=classification.confidence,
            reason=reason,
        )
        return self.d.review_policy.model_copy(update={"reason": reason})

    @activity.defn(name="mirror_review")
    def mirror_review(self, request: MirrorReviewInput) -> None:
        """Mirror a review event in the review queue of the ticket system, if one is set."""
        if not self.d.review_queue:
            return
        document = request.document
        if request.event == "opened":
            with self.d.db.session() as session:
                row = session.get(DocumentRow, document.document_id)
                reason = (row.reason if row else None) or "Prüfung nötig."
                proposal = (row.service_id if row else None) or "keine"
                confidence = (row.confidence if row else None) or 0.0
            self._review_ticket(
                document,
                f"Prüfung nötig: {reason}\n\nVorgeschlagene Leistung: {proposal} "
                f"({confidence:.0%}).\nBitte in der Prüfansicht von rathaus entscheiden; dieses "
                "Ticket wird dann automatisch kommentiert und geschlossen.",
            )
        elif request.event in ("reminder", "escalation"):
            label = "Erinnerung" if request.event == "reminder" else "Eskalation"
            self._review_ticket(
                document, f"{label}: die Prüfung dieses Dokuments ist überfällig.", first=False
            )
        elif request.event == "decided" and request.decision is not None:
            decision = request.decision
            if decision.action == ReviewAction.REJECT:
                outcome, status = "abgelehnt", "rejected"
            elif request.service_id != request.proposed_service_id:
                outcome, status = f"umgeleitet an {request.service_id}", "resolved"
            else:
                outcome, status = f"bestätigt ({request.service_id})", "resolved"
            self._review_ticket(
                document,
                f"Entscheidung von {decision.reviewer}: {outcome}.",
                status=status,
                first=False,
            )

    def _review_ticket(
        self, document: DocumentRef, text: str, *, status: str | None = None, first: bool = True
    ) -> None:
        """Mirror the review in the review queue of the ticket system, if one is configured.

        Best effort: the review itself lives in the workflow; a ticket system that is down is
        logged and audited, never allowed to hold a decision up. The ticket is redacted: it
        carries the reason and the proposal, no personal data and no attachment.
        """
        queue = self.d.review_queue
        if not queue:
            return
        key = f"{_workflow_id() or document.document_id}:review"
        try:
            ticket = self.d.tickets.create(
                NewTicket(
                    queue=queue,
                    subject=f"[rathaus] Prüfung – Eingang {document.document_id[:12]}",
                    body=text if first else "Prüfung für ein Dokument in rathaus.",
                    idempotency_key=key,
                    document_id=document.document_id,
                )
            )
            if not first and isinstance(self.d.tickets, TicketUpdater):
                self.d.tickets.comment(ticket.external_id, text, status=status)
        except DeliveryError as exc:
            logger.warning("review ticket for %s not updated: %s", document.document_id, exc)
            self._audit("review.ticket_failed", document.document_id, problem=str(exc)[:300])
            return
        self._audit(
            "review.ticket",
            document.document_id,
            queue=queue,
            external_id=ticket.external_id,
            status=status or "new",
        )

    @activity.defn(name="review_overdue")
    def review_overdue(self, request: ReviewOverdue) -> None:
        """Record a reminder or an escalation for a review past its service level."""
        logger.warning("review %s for document %s", request.level, request.document.document_id)
        self._audit(f"review.{request.level}", request.document.document_id)

    @activity.defn(name="apply_review")
    def apply_review(self, request: ApplyReviewInput) -> ApplyReviewOutput:
        """Validate and audit a reviewer's decision."""
        decision = request.decision
        service_id = decision.service_id or request.proposed_service_id
        if decision.action != ReviewAction.REJECT and (
            service_id is None or service_id not in self.d.catalogue
        ):
            return self._invalid_review(request, f"Unbekannte Leistung: {service_id!r}")
        fields: dict[str, FieldValue] = {}
        if decision.fields and decision.action != ReviewAction.REJECT and service_id is not None:
            unknown = sorted(set(decision.fields) - self.d.catalogue.field_names(service_id))
            if unknown:
                return self._invalid_review(
                    request, f"Unbekannte Felder für {service_id}: {', '.join(unknown)}"
                )
            try:
                fields = self._pseudonymise_fields(request.document.document_id, decision.fields)
            except RedactionError:
                logger.exception(
                    "corrected fields of %s not redacted", request.document.document_id
                )
                # The document keeps waiting; the reviewer decides again.
                return self._invalid_review(
                    request, "Die korrigierten Felder konnten nicht geschwärzt werden."
                )
        self._audit(
            "review.decided",
            request.document.document_id,
            actor=decision.reviewer,
            action=decision.action.value,
            service_id=service_id,
            proposed_service_id=request.proposed_service_id,
            changed=service_id != request.proposed_service_id,
            # Names only: the values may hold personal data.
            fields_corrected=sorted(fields),
        )
        if decision.action != ReviewAction.REJECT and service_id is not None:
            self._learn(request.document.document_id, service_id, decision.reviewer)
        return ApplyReviewOutput(valid=True, service_id=service_id, fields=fields)

    def _invalid_review(self, request: ApplyReviewInput, problem: str) -> ApplyReviewOutput:
        """Audit a decision the workflow cannot apply; the review stays open."""
        self._audit(
            "review.invalid",
            request.document.document_id,
            actor=request.decision.reviewer,
            problem=problem,
        )
        return ApplyReviewOutput(valid=False, problem=problem)

    def _pseudonymise_fields(
        self, case_id: str, fields: dict[str, FieldValue]
    ) -> dict[str, FieldValue]:
        """Pseudonymise a reviewer's corrected values with the case's tokens and extend its
        vault entry: the corrections travel on like extracted fields (tokens, restored only for
        recipients allowed to see personal data). Fields that hold personal data by their
        nature become one token whatever the recognizers find in a value without context;
        the others are redacted like any text. Raises ``RedactionError``."""
        known = self.d.vault.load(case_id)
        merged = dict(known)
        out: dict[str, FieldValue] = {}
        for name, value in fields.items():
            entity = PERSONAL_FIELDS.get(name)
            if value is None or (entity is None and not isinstance(value, str)):
                out[name] = value
                continue
            text = str(value).strip()
            if entity is not None and text:
                out[name], merged = self.d.redactor.pseudonymise(text, entity, known=merged)
            else:
                result = self.d.redactor.redact(text, known=merged)
                out[name], merged = result.text, result.mapping
        if merged != known:
            self.d.vault.store(case_id, merged, _now() + PROVISIONAL_RETENTION)
        return out

    def _learn(self, document_id: str, service_id: str, reviewer: str) -> None:
        """A confirmed document becomes an example for the classifier (never blocks review)."""
        if self.d.learner is None:
            return
        with self.d.db.session() as session:
            row = session.get(DocumentRow, document_id)
            sha = row.redacted_sha if row else None
        if not sha or not self.d.blobs.exists(sha):
            return
        try:
            self.d.learner.learn(document_id, self.d.blobs.get_text(sha), service_id, reviewer)
        except Exception:  # learning is a bonus; the decision itself is recorded
            logger.exception("could not learn from confirmed document %s", document_id)
            return
        self._audit("classifier.learned", document_id, actor=reviewer, service_id=service_id)

    # -- step 6 ----------------------------------------------------------------------------

    @activity.defn(name="plan_routing")
    def plan_routing(self, request: PlanInput) -> RoutingDecision:
        """Targets of a service from the catalogue's routing rules."""
        try:
            service = self.d.catalogue.get(request.service_id)
        except KeyError as exc:
            raise _permanent(f"Unbekannte Leistung {request.service_id!r}.", "routing") from exc
        targets = [_target(spec) for spec in service.routing.all_targets]
        self._update(request.document.document_id, status=DocumentStatus.ROUTING)
        self._audit(
            "routing.planned",
            request.document.document_id,
            service_id=service.id,
            targets=[f"{t.kind}:{t.address}" for t in targets],
            decided_by=request.decided_by,
        )
        return RoutingDecision(
            service_id=service.id, targets=targets, decided_by=request.decided_by
        )

    @activity.defn(name="deliver")
    def deliver(self, request: DeliverInput) -> DeliveryReceipt:
        """Deliver to one target, idempotently; re-identify only for an authorised target.

        A target that refuses for good (unknown mailbox or queue) hands the document to the
        catalogue's fallback target, if there is one, instead of quarantining it.
        """
        try:
            return _heartbeating(
                lambda: self._deliver_to(request, request.target, request.idempotency_key)
            )
        except DeliveryRefusedError as exc:
            # Only a refusal where nothing was delivered may go to the fallback: anything else
            # could put the document into two places.
            fallback = self.d.catalogue.fallback_target
            if fallback is None or request.target.fallback:
                raise _permanent(
                    f"Zustellung an {request.target.address} abgelehnt.", "delivery"
                ) from exc
            self._audit(
                "routing.fallback",
                request.document.document_id,
                target=f"{request.target.kind}:{request.target.address}",
                fallback=f"{fallback.kind}:{fallback.address}",
                problem=str(exc)[:300],
            )
            try:
                return _heartbeating(
                    lambda: self._deliver_to(
                        request,
                        _target(fallback, fallback=True),
                        f"{request.idempotency_key}:fallback",
                    )
                )
            except PermanentDeliveryError as again:
                raise _permanent(
                    f"Zustellung an {request.target.address} und an die Ersatzadresse "
                    f"{fallback.address} abgelehnt.",
                    "delivery",
                ) from again

    def _deliver_to(
        self, request: DeliverInput, target: RoutingTarget, idempotency_key: str
    ) -> DeliveryReceipt:
        document = request.document
        service = self.d.catalogue.get(request.service_id)
        fields = request.extraction.fields
        if target.reidentify:
            mapping = self.d.vault.mapping_for(
                request.redacted.case_id,
                purpose=f"Zustellung an {target.kind}:{target.address}",
                workflow_id=_workflow_id(),
                fields=list(fields),
            )
            if not mapping and any(isinstance(v, str) and "<" in v for v in fields.values()):
                raise _permanent(
                    "Die Pseudonym-Zuordnung fehlt; das Dokument kann nicht mit Klardaten "
                    "zugestellt werden.",
                    "vault_missing",
                )
            fields = reidentify_fields(fields, mapping)
        else:
            corrected = set(request.extraction.corrected)
            fields = {
                k: v
                for k, v in fields.items()
                if k not in corrected and not (isinstance(v, str) and "<" in v)
            }
        attachments = self._attachments(request, target)
        subject, body = render_routed_mail(
            service=service,
            document_id=document.document_id,
            source=document.source,
            received_at=document.received_at,
            confidence=request.confidence,
            decided_by=request.decided_by,
            fields=fields,
            reidentified=target.reidentify,
            attachment=(
                "none"
                if not attachments
                else "original"
                if target.attachment == "original" and target.reidentify
                else "redacted"
            ),
            fallback_for=request.target.address if target.fallback else None,
        )
        try:
            if target.kind == "mailbox":
                delivered = self.d.mail.deliver(
                    OutgoingMail(
                        to=target.address,
                        sender=self.d.sender,
                        subject=subject,
                        body=body,
                        idempotency_key=idempotency_key,
                        attachments=attachments,
                        folder=target.folder,
                    )
                )
            else:
                delivered = self.d.tickets.create(
                    NewTicket(
                        queue=target.address,
                        subject=subject,
                        body=body,
                        idempotency_key=idempotency_key,
                        document_id=document.document_id,
                        attachments=attachments,
                        service_id=service.id,
                        leika=service.leika,
                    )
                )
        except PermanentDeliveryError as exc:
            if isinstance(exc, DeliveryRefusedError):
                raise
            raise _permanent(
                f"Zustellung an {target.address} abgelehnt: {exc}", "delivery"
            ) from exc
        except DeliveryError as exc:
            raise delivery_retry(exc, target.address) from exc
        self._audit(
            "routing.delivered",
            document.document_id,
            target=f"{target.kind}:{target.address}",
            external_id=delivered.external_id,
            duplicate=delivered.duplicate,
            attachment=target.attachment,
            fallback=target.fallback,
        )
        return DeliveryReceipt(
            target=target,
            external_id=delivered.external_id,
            idempotency_key=idempotency_key,
            duplicate=delivered.duplicate,
        )

    def _attachments(self, request: DeliverInput, target: RoutingTarget) -> list[Attachment]:
        """The file a target gets: the original only where it may see personal data."""
        document = request.document
        kind = target.attachment
        if kind == "original" and not target.reidentify:
            kind = "redacted"  # never the original to a target that sees redacted data only
        if kind == "none":
            return []
        if kind == "original":
            return [
                Attachment(
                    filename=document.filename,
                    media_type=document.blob.media_type,
                    data=self.d.blobs.get(document.blob),
                )
            ]
        stem = document.filename.rsplit(".", 1)[0] or "dokument"
        if document.blob.media_type == "application/pdf":
            pdf = self._redacted_pdf(request)
            if pdf is not None:
                return [Attachment(f"{stem}-geschwaerzt.pdf", "application/pdf", pdf)]
        return [
            Attachment(
                filename=f"{stem}-geschwaerzt.txt",
                media_type="text/plain",
                data=self.d.blobs.get(request.redacted.text),
            )
        ]

    def _redacted_pdf(self, request: DeliverInput) -> bytes | None:
        """The blacked-out PDF, made once per document (OCR is slow) and kept as a blob."""
        document = request.document
        with self.d.db.session() as session:
            row = session.get(DocumentRow, document.document_id)
            cached = row.redacted_pdf_sha if row else None
        if cached and self.d.blobs.exists(cached):
            return self.d.blobs.get(cached)
        mapping = self.d.vault.mapping_for(
            request.redacted.case_id,
            purpose="Geschwärzte PDF-Datei für die Zustellung",
            workflow_id=_workflow_id(),
        )
        try:
            redacted = redact_pdf(
                self.d.blobs.get(document.blob),
                self.d.redactor,
                personal_strings=mapping.values(),
                language=self.d.limits.ocr_language,
                max_pages=self.d.limits.max_pages,
            )
        except (DocumentError, RedactionError):
            # The redacted text still goes out; a PDF that cannot be blacked out never does.
            logger.warning("document %s: redacted PDF not possible", document.document_id)
            return None
        blob = self.d.blobs.put(redacted.data, "application/pdf")
        self._update(document.document_id, redacted_pdf_sha=blob.sha256)
        return redacted.data

    # -- step 7 and endings ----------------------------------------------------------------

    @activity.defn(name="complete_document")
    def complete_document(self, request: CompleteInput) -> None:
        """Record the final state and the retention deadline."""
        document = request.document
        retain_until = document.received_at + PROVISIONAL_RETENTION
        if request.service_id and request.service_id in self.d.catalogue:
            days = self.d.catalogue.get(request.service_id).retention_days
            retain_until = document.received_at + timedelta(days=days)
        destinations = [f"{r.target.kind}:{r.target.address}" for r in request.receipts]
        self._update(
            document.document_id,
            status=request.status,
            service_id=request.service_id,
            destinations=destinations,
            reason=request.reason,
            needs_review=False,
            retain_until=retain_until,
        )
        self.d.vault.set_expiry(document.document_id, retain_until)
        self._audit(
            f"document.{request.status.value}",
            document.document_id,
            actor=request.actor,
            service_id=request.service_id,
            destinations=destinations,
            retain_until=retain_until.isoformat(),
        )

    @activity.defn(name="quarantine_document")
    def quarantine_document(self, request: QuarantineInput) -> None:
        """Park a document that cannot be processed, with the reason a clerk reads."""
        document = request.document
        retain_until = document.received_at + timedelta(days=self.d.quarantine_days)
        with self.d.db.session() as session:
            row = session.get(DocumentRow, document.document_id)
            if row is None:  # failed before registration: still keep a record
                row = _new_row(document, DocumentStatus.QUARANTINED)
                session.add(row)
            row.status = DocumentStatus.QUARANTINED.value
            row.reason = request.reason
            row.retain_until = retain_until
            row.updated_at = _now()
        self._audit(
            "document.quarantined", document.document_id, step=request.step, reason=request.reason
        )

    # -- retention -------------------------------------------------------------------------

    @activity.defn(name="purge_expired")
    def purge_expired(self, request: PurgeInput) -> PurgeOutput:
        """Delete originals, texts and vault entries past their retention; audit each one."""
        now = datetime.fromisoformat(request.now_iso)
        documents = blobs = vault_entries = 0
        final = [
            s.value
            for s in (DocumentStatus.ROUTED, DocumentStatus.REJECTED, DocumentStatus.QUARANTINED)
        ]
        with self.d.db.session() as session:
            # Documents still in progress (e.g. waiting for review) are never deleted.
            expired = list(
                session.scalars(
                    select(DocumentRow.id).where(
                        DocumentRow.retain_until < now,
                        DocumentRow.purged_at.is_(None),
                        DocumentRow.status.in_(final),
                    )
                )
            )
        for document_id in expired:
            # One transaction per document; files go first, so a crash leaves a row that the
            # next sweep finishes (deleting is idempotent).
            with self.d.db.session() as session:
                row = session.get(DocumentRow, document_id)
                assert row is not None
                retain_until = row.retain_until
                deletable = []
                shas = (row.blob_sha, row.text_sha, row.redacted_sha, row.redacted_pdf_sha)
                for sha in {s for s in shas if s}:
                    still_used = session.scalar(
                        select(DocumentRow.id).where(
                            DocumentRow.id != row.id,
                            DocumentRow.purged_at.is_(None),
                            (DocumentRow.blob_sha == sha)
                            | (DocumentRow.text_sha == sha)
                            | (DocumentRow.redacted_sha == sha)
                            | (DocumentRow.redacted_pdf_sha == sha),
                        )
                    )
                    if still_used is None:
                        deletable.append(sha)
            deleted = [sha[:12] for sha in deletable if self.d.blobs.delete(sha)]
            had_vault = self.d.vault.delete(document_id)
            self._update(document_id, purged_at=now, status=DocumentStatus.PURGED)
            documents += 1
            blobs += len(deleted)
            vault_entries += int(had_vault)
            self._audit(
                "retention.deleted",
                document_id,
                blobs=deleted,
                vault_entry=had_vault,
                retain_until=retain_until.isoformat() if retain_until else None,
            )
        with self.d.db.session() as session:
            open_cases = set(
                session.scalars(select(DocumentRow.id).where(DocumentRow.status.not_in(final)))
            )
        for case_id in self.d.vault.expired(now):
            if case_id in open_cases:  # still being processed or reviewed: keep the map
                continue
            if self.d.vault.delete(case_id):
                vault_entries += 1
                self._audit("retention.vault_deleted", case_id)
        conversations = self.d.conversations.purge_expired() if self.d.conversations else 0
        return PurgeOutput(
            documents=documents,
            blobs=blobs,
            vault_entries=vault_entries,
            conversations=conversations,
        )

    def all(self) -> list[Any]:
        """Every activity, for ``Worker(activities=...)``."""
        return [
            self.register_document,
            self.extract_text,
            self.redact_text,
            self.classify_document,
            self.begin_review,
            self.review_overdue,
            self.apply_review,
            self.plan_routing,
            self.deliver,
            self.mirror_review,
            self.complete_document,
            self.quarantine_document,
            self.purge_expired,
        ]
