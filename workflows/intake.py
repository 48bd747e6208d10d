"""IntakeWorkflow: one durable run per document, the seven steps of DESIGN.md.

Orchestration only: every I/O happens in activities (``workflows.activities``). The workflow
carries references and pseudonymised values, never document text. Human review arrives as the
``review`` signal; while it waits, SLA timers send a reminder and then an escalation.
"""

from __future__ import annotations

from datetime import timedelta

from temporalio import workflow
from temporalio.common import RetryPolicy
from temporalio.exceptions import ActivityError, ApplicationError

with workflow.unsafe.imports_passed_through():
    from core.types import (
        ClassificationResult,
        DeliveryReceipt,
        DocumentRef,
        DocumentStatus,
        IntakeProgress,
        RedactedText,
        ReviewAction,
        ReviewDecision,
    )
    from workflows.activities import IntakeActivities
    from workflows.models import (
        ApplyReviewInput,
        ClassifyInput,
        CompleteInput,
        DeliverInput,
        MirrorReviewInput,
        PlanInput,
        QuarantineInput,
        RedactInput,
        ReviewOverdue,
        ReviewRequest,
    )

# Bookkeeping steps (one database write each) run as local activities: no task round trip
# through the server, which halves the orchestration overhead (bench/orchestration.py).
# They retry until the database is back.
STORAGE_RETRY = RetryPolicy(
    initial_interval=timedelta(seconds=1), maximum_interval=timedelta(minutes=1)
)
# Processing steps: a few attempts, then the document goes to quarantine with a reason.
PROCESSING_RETRY = RetryPolicy(
    initial_interval=timedelta(seconds=1),
    maximum_interval=timedelta(seconds=30),
    maximum_attempts=4,
)
# Classification may call an LLM endpoint: an outage is waited out for about an hour and a half
# before the document goes to quarantine (a wrong answer never retries: it goes to review).
CLASSIFY_RETRY = RetryPolicy(
    initial_interval=timedelta(seconds=2),
    maximum_interval=timedelta(minutes=5),
    maximum_attempts=20,
)
# Delivery: a target that is down is waited for (hours), never given up silently.
DELIVERY_RETRY = RetryPolicy(
    initial_interval=timedelta(seconds=2), maximum_interval=timedelta(minutes=10)
)
# The review queue mirror calls the ticket system: a normal activity, a few attempts, and never
# allowed to hold a review up.
MIRROR_RETRY = RetryPolicy(
    initial_interval=timedelta(seconds=2),
    maximum_interval=timedelta(seconds=30),
    maximum_attempts=3,
)
MIRROR_TIMEOUT = timedelta(minutes=2)
REVIEW_MIRROR_PATCH = "review-mirror-activity"
SHORT = timedelta(seconds=30)
EXTRACTION_TIMEOUT = timedelta(minutes=10)
PROCESSING_TIMEOUT = timedelta(minutes=2)
# Generous: a target that asks for a blacked-out PDF waits for OCR of every page once. The
# delivery heartbeats, so a worker that dies mid-delivery is noticed within seconds.
DELIVERY_TIMEOUT = timedelta(minutes=10)
DELIVERY_HEARTBEAT = timedelta(seconds=10)
TECHNICAL_FAILURE = (
    "Technischer Fehler bei der Verarbeitung ({step}); bitte die IT-Betreuung informieren."
)


REVIEW_CLOSED = "ReviewClosed"


def workflow_id_for(document_id: str) -> str:
    return f"intake-{document_id}"


@workflow.defn
class IntakeWorkflow:
    """Takes one document from receipt to its department, or to quarantine."""

    def __init__(self) -> None:
        self._progress: IntakeProgress | None = None
        self._decisions: list[ReviewDecision] = []
        # A review is open from its start until a valid decision; a decision being applied
        # blocks others (the ``decide`` update's validator reads both).
        self._review_open = False
        self._deciding = False
        self._mirror_reviews = False
        self._result: ClassificationResult | None = None

    @workflow.query
    def progress(self) -> IntakeProgress | None:
        """Where the document stands; the staff console and ``rathaus status`` read this."""
        return self._progress

    @workflow.query
    def details(self) -> ClassificationResult | None:
        """Classification, candidates and extracted fields (pseudonymised) for the document
        page; reviewer corrections included once applied."""
        return self._result

    @workflow.signal
    def review(self, decision: ReviewDecision) -> None:
        """A reviewer's decision (approve, change the service, or reject); ``rathaus review``."""
        self._decisions.append(decision)

    @workflow.update
    def decide(self, decision: ReviewDecision) -> None:
        """The web app's decision: accepted only while the review is open and nobody else's
        decision is pending, so of two reviewers deciding at once the second hears so."""
        self._decisions.append(decision)

    @decide.validator
    def _decide_allowed(self, decision: ReviewDecision) -> None:
        if not self._review_open:
            raise ApplicationError(
                "Dieser Vorgang wartet nicht (mehr) auf eine Entscheidung.", type=REVIEW_CLOSED
            )
        if self._decisions or self._deciding:
            raise ApplicationError(
                "Über diesen Vorgang wurde soeben entschieden.", type=REVIEW_CLOSED
            )

    def _set(self, **changes: object) -> None:
        assert self._progress is not None
        self._progress = self._progress.model_copy(update=changes)

    @workflow.run
    async def run(self, document: DocumentRef) -> IntakeProgress:
        # Decided once, in the first workflow task: a patch marker recorded right after a local
        # activity's marker did not replay on a fresh worker (nondeterminism on restart).
        self._mirror_reviews = workflow.patched(REVIEW_MIRROR_PATCH)
        self._progress = IntakeProgress(
            document_id=document.document_id, status=DocumentStatus.RECEIVED
        )
        await workflow.execute_local_activity_method(
            IntakeActivities.register_document,
            document,
            start_to_close_timeout=SHORT,
            retry_policy=STORAGE_RETRY,
        )
        step = "Texterkennung"
        try:
            extracted = await workflow.execute_activity_method(
                IntakeActivities.extract_text,
                document,
                start_to_close_timeout=EXTRACTION_TIMEOUT,
                retry_policy=PROCESSING_RETRY,
            )
            self._set(status=DocumentStatus.EXTRACTED)
            step = "Schwärzung"
            redacted = await workflow.execute_activity_method(
                IntakeActivities.redact_text,
                RedactInput(document=document, extracted=extracted),
                start_to_close_timeout=PROCESSING_TIMEOUT,
                retry_policy=PROCESSING_RETRY,
            )
            self._set(status=DocumentStatus.REDACTED)
            step = "Zuordnung"
            result = await workflow.execute_activity_method(
                IntakeActivities.classify_document,
                ClassifyInput(document=document, redacted=redacted),
                start_to_close_timeout=PROCESSING_TIMEOUT,
                retry_policy=CLASSIFY_RETRY,
            )
        except ActivityError as err:
            return await self._quarantine(document, err, step)

        classification = result.classification
        self._result = result
        self._set(
            status=DocumentStatus.CLASSIFIED,
            service_id=classification.service_id,
            confidence=classification.confidence,
        )
        service_id = classification.service_id
        decided_by = "system"
        if not result.auto_route_allowed:
            outcome = await self._await_review(document, result)
            if outcome.action == ReviewAction.REJECT:
                await workflow.execute_activity_method(
                    IntakeActivities.complete_document,
                    CompleteInput(
                        document=document,
                        status=DocumentStatus.REJECTED,
                        service_id=service_id,
                        confidence=classification.confidence,
                        reason=outcome.comment or "Von der Prüfung abgelehnt.",
                        actor=outcome.reviewer,
                    ),
                    start_to_close_timeout=SHORT,
                    retry_policy=STORAGE_RETRY,
                )
                self._set(status=DocumentStatus.REJECTED, needs_review=False)
                return self._progress_or_fail()
            service_id = outcome.service_id
            decided_by = outcome.reviewer
            if outcome.fields:
                # The reviewer's corrections (already pseudonymised) replace extracted values.
                extraction = result.extraction
                corrected = sorted(set(extraction.corrected) | set(outcome.fields))
                extraction = extraction.model_copy(
                    update={
                        "fields": {**extraction.fields, **outcome.fields},
                        "corrected": corrected,
                    }
                )
                result = result.model_copy(update={"extraction": extraction})
                self._result = result
        assert service_id is not None
        try:
            return await self._route(document, result, redacted, service_id, decided_by)
        except ActivityError as err:
            return await self._quarantine(document, err, "Zustellung")

    async def _await_review(
        self, document: DocumentRef, result: ClassificationResult
    ) -> ReviewDecision:
        policy = await workflow.execute_local_activity_method(
            IntakeActivities.begin_review,
            ReviewRequest(document=document, result=result),
            start_to_close_timeout=SHORT,
            retry_policy=STORAGE_RETRY,
        )
        self._set(status=DocumentStatus.AWAITING_REVIEW, needs_review=True, reason=policy.reason)
        self._review_open = True
        await self._mirror(MirrorReviewInput(document=document, event="opened"))
        deadlines = [
            ("reminder", policy.reminder_after_seconds),
            ("escalation", max(0.0, policy.escalate_after_seconds - policy.reminder_after_seconds)),
        ]
        proposed = result.classification.service_id
        while True:
            if deadlines:
                level, seconds = deadlines[0]
                try:
                    await workflow.wait_condition(
                        lambda: bool(self._decisions), timeout=timedelta(seconds=seconds)
                    )
                except TimeoutError:
                    deadlines.pop(0)
                    await workflow.execute_local_activity_method(
                        IntakeActivities.review_overdue,
                        ReviewOverdue(document=document, level=level),
                        start_to_close_timeout=SHORT,
                        retry_policy=STORAGE_RETRY,
                    )
                    await self._mirror(MirrorReviewInput(document=document, event=level))
                    continue
            else:
                await workflow.wait_condition(lambda: bool(self._decisions))
            decision = self._decisions.pop(0)
            self._deciding = True
            checked = await workflow.execute_local_activity_method(
                IntakeActivities.apply_review,
                ApplyReviewInput(
                    document=document, decision=decision, proposed_service_id=proposed
                ),
                start_to_close_timeout=SHORT,
                retry_policy=STORAGE_RETRY,
            )
            if checked.valid:
                self._review_open = False
                await self._mirror(
                    MirrorReviewInput(
                        document=document,
                        event="decided",
                        decision=decision,
                        service_id=checked.service_id,
                        proposed_service_id=proposed,
                    )
                )
                return decision.model_copy(
                    update={"service_id": checked.service_id, "fields": checked.fields}
                )
            self._deciding = False  # invalid: the review stays open for the next decision

    async def _mirror(self, request: MirrorReviewInput) -> None:
        """Best effort: the review lives here; a ticket system that is down never blocks it."""
        if not self._mirror_reviews:
            return
        try:
            await workflow.execute_activity_method(
                IntakeActivities.mirror_review,
                request,
                start_to_close_timeout=MIRROR_TIMEOUT,
                retry_policy=MIRROR_RETRY,
            )
        except ActivityError:
            workflow.logger.warning("review mirror failed for %s", request.document.document_id)

    async def _route(
        self,
        document: DocumentRef,
        result: ClassificationResult,
        redacted: RedactedText,
        service_id: str,
        decided_by: str,
    ) -> IntakeProgress:
        self._set(
            status=DocumentStatus.ROUTING, service_id=service_id, needs_review=False, reason=None
        )
        plan = await workflow.execute_local_activity_method(
            IntakeActivities.plan_routing,
            PlanInput(document=document, service_id=service_id, decided_by=decided_by),
            start_to_close_timeout=SHORT,
            retry_policy=STORAGE_RETRY,
        )
        receipts: list[DeliveryReceipt] = []
        for index, target in enumerate(plan.targets):
            receipt = await workflow.execute_activity_method(
                IntakeActivities.deliver,
                DeliverInput(
                    document=document,
                    service_id=service_id,
                    target=target,
                    extraction=result.extraction,
                    redacted=redacted,
                    confidence=result.classification.confidence,
                    decided_by=decided_by,
                    # Stable across retries and replays: one delivery per workflow, step, target.
                    idempotency_key=f"{workflow.info().workflow_id}:deliver:{index}:{target.kind}:{target.address}",
                ),
                start_to_close_timeout=DELIVERY_TIMEOUT,
                heartbeat_timeout=DELIVERY_HEARTBEAT,
                retry_policy=DELIVERY_RETRY,
            )
            receipts.append(receipt)
        await workflow.execute_local_activity_method(
            IntakeActivities.complete_document,
            CompleteInput(
                document=document,
                status=DocumentStatus.ROUTED,
                service_id=service_id,
                confidence=result.classification.confidence,
                receipts=receipts,
                actor=decided_by,
            ),
            start_to_close_timeout=SHORT,
            retry_policy=STORAGE_RETRY,
        )
        self._set(
            status=DocumentStatus.ROUTED,
            destinations=[f"{r.target.kind}:{r.target.address}" for r in receipts],
        )
        return self._progress_or_fail()

    async def _quarantine(
        self, document: DocumentRef, err: ActivityError, step: str
    ) -> IntakeProgress:
        cause = err.cause
        if isinstance(cause, ApplicationError) and cause.non_retryable:
            reason = cause.message
        else:
            reason = TECHNICAL_FAILURE.format(step=step)
        await workflow.execute_local_activity_method(
            IntakeActivities.quarantine_document,
            QuarantineInput(document=document, reason=reason, step=step),
            start_to_close_timeout=SHORT,
            retry_policy=STORAGE_RETRY,
        )
        self._set(status=DocumentStatus.QUARANTINED, reason=reason)
        return self._progress_or_fail()

    def _progress_or_fail(self) -> IntakeProgress:
        assert self._progress is not None
        return self._progress
