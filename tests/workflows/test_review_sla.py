"""Human review: SLA reminder and escalation on the time-skipping test server."""

from __future__ import annotations

from datetime import timedelta

import pytest
from conftest import SAMPLES, running_worker
from temporalio.testing import WorkflowEnvironment

from connectors.intake import store_document
from core.types import DocumentSource, DocumentStatus, ReviewAction, ReviewDecision
from rathaus.wiring import Components
from workflows.intake import IntakeWorkflow
from workflows.worker import start_intake

pytestmark = pytest.mark.temporal

# Widerspruch: the catalogue forbids automatic routing, so it always waits for a human.
WIDERSPRUCH = SAMPLES / "05_widerspruch_bescheid.pdf"


async def _wait_until_in_review(handle: object, env: WorkflowEnvironment) -> None:
    for _ in range(200):
        progress = await handle.query(IntakeWorkflow.progress)  # type: ignore[attr-defined]
        if progress is not None and progress.status == DocumentStatus.AWAITING_REVIEW:
            return
        await env.sleep(timedelta(seconds=1))
    raise AssertionError("document never reached review")


async def test_overdue_review_is_reminded_then_escalated_then_decided(
    time_skipping_env: WorkflowEnvironment, components: Components
) -> None:
    client = time_skipping_env.client
    ref = store_document(
        components.blobs, WIDERSPRUCH.read_bytes(), WIDERSPRUCH.name, DocumentSource.MAIL_IMAP
    )
    async with running_worker(client, components):
        handle, _ = await start_intake(client, ref, components.settings.temporal.task_queue)
        await _wait_until_in_review(handle, time_skipping_env)
        events = lambda kind: components.audit.events(event_type=kind)  # noqa: E731

        await time_skipping_env.sleep(timedelta(hours=23))
        assert events("review.reminder") == []
        await time_skipping_env.sleep(timedelta(hours=2))
        assert len(events("review.reminder")) == 1
        assert events("review.escalation") == []
        await time_skipping_env.sleep(timedelta(hours=48))
        assert len(events("review.escalation")) == 1

        # An id outside the catalogue is refused and the document keeps waiting.
        await handle.signal(
            IntakeWorkflow.review,
            ReviewDecision(action=ReviewAction.CHANGE, reviewer="k.meier", service_id="erfunden"),
        )
        await time_skipping_env.sleep(timedelta(seconds=5))
        assert len(events("review.invalid")) == 1
        progress = await handle.query(IntakeWorkflow.progress)
        assert progress is not None and progress.status == DocumentStatus.AWAITING_REVIEW

        await handle.signal(
            IntakeWorkflow.review,
            ReviewDecision(action=ReviewAction.CHANGE, reviewer="k.meier", service_id="beschwerde"),
        )
        result = await handle.result()

    assert result.status == DocumentStatus.ROUTED
    assert result.service_id == "beschwerde"
    decided = events("review.decided")
    assert [(e.actor, e.details["service_id"], e.details["changed"]) for e in decided] == [
        ("k.meier", "beschwerde", True)
    ]
    routed = events("document.routed")
    assert routed[0].actor == "k.meier"
    assert components.audit.verify().ok


async def test_rejected_document_is_not_routed(
    time_skipping_env: WorkflowEnvironment, components: Components
) -> None:
    client = time_skipping_env.client
    data = WIDERSPRUCH.read_bytes() + b"\n%% reject test"
    ref = store_document(components.blobs, data, WIDERSPRUCH.name, DocumentSource.UPLOAD)
    async with running_worker(client, components):
        handle, _ = await start_intake(client, ref, components.settings.temporal.task_queue)
        await _wait_until_in_review(handle, time_skipping_env)
        await handle.signal(
            IntakeWorkflow.review,
            ReviewDecision(action=ReviewAction.REJECT, reviewer="k.meier", comment="Spam"),
        )
        result = await handle.result()
    assert result.status == DocumentStatus.REJECTED
    assert not list(components.settings.outbox_dir.rglob("*.eml"))
    rejected = components.audit.events(event_type="document.rejected")
    assert rejected[0].actor == "k.meier"
