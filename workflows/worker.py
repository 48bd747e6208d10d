"""Temporal client and worker set-up: the only place where workflows meet their activities."""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from typing import Any

from temporalio.client import (
    Client,
    Schedule,
    ScheduleActionStartWorkflow,
    ScheduleAlreadyRunningError,
    ScheduleIntervalSpec,
    ScheduleSpec,
    ScheduleUpdate,
    ScheduleUpdateInput,
    WorkflowExecutionStatus,
    WorkflowHandle,
    WorkflowQueryFailedError,
)
from temporalio.common import WorkflowIDReusePolicy
from temporalio.exceptions import WorkflowAlreadyStartedError
from temporalio.service import RPCError
from temporalio.worker import Worker

from core.types import FINAL_STATUSES, DocumentRef, DocumentStatus, IntakeProgress
from workflows.activities import IntakeActivities
from workflows.codec import data_converter
from workflows.intake import IntakeWorkflow, workflow_id_for
from workflows.models import PollRequest, PollResult
from workflows.retention import SCHEDULE_ID, RetentionWorkflow
from workflows.source_activities import SourceActivities
from workflows.sources import SourcePollWorkflow, schedule_id_for

logger = logging.getLogger(__name__)

WORKFLOWS = [IntakeWorkflow, RetentionWorkflow, SourcePollWorkflow]
ALL_SOURCES = ("folder", "imap", "graph")


async def connect(address: str, namespace: str, payload_key: bytes) -> Client:
    """A client whose payloads are encrypted with the payload key."""
    return await Client.connect(
        address, namespace=namespace, data_converter=data_converter(payload_key)
    )


def build_worker(
    client: Client,
    task_queue: str,
    activities: IntakeActivities,
    *,
    sources: SourceActivities | None = None,
    max_concurrent_activities: int = 8,
) -> Worker:
    """A worker for every rathaus workflow with the given activities."""
    return Worker(
        client,
        task_queue=task_queue,
        workflows=WORKFLOWS,
        activities=activities.all() + (sources.all() if sources else []),
        activity_executor=ThreadPoolExecutor(max_workers=max_concurrent_activities),
        max_concurrent_activities=max_concurrent_activities,
    )


async def start_intake(
    client: Client, document: DocumentRef, task_queue: str
) -> tuple[WorkflowHandle[IntakeWorkflow, IntakeProgress], bool]:
    """Start the intake of one document; a document already taken in is not started twice.

    Returns the handle and whether the workflow was newly started.
    """
    workflow_id = workflow_id_for(document.document_id)
    try:
        handle = await client.start_workflow(
            IntakeWorkflow.run,
            document,
            id=workflow_id,
            task_queue=task_queue,
            id_reuse_policy=WorkflowIDReusePolicy.REJECT_DUPLICATE,
        )
        return handle, True
    except WorkflowAlreadyStartedError:
        return client.get_workflow_handle_for(IntakeWorkflow.run, workflow_id), False


async def ensure_retention_schedule(client: Client, task_queue: str, interval: timedelta) -> None:
    """Create the retention schedule unless it exists."""
    try:
        await client.create_schedule(
            SCHEDULE_ID,
            Schedule(
                action=ScheduleActionStartWorkflow(
                    RetentionWorkflow.run, id=f"{SCHEDULE_ID}-run", task_queue=task_queue
                ),
                spec=ScheduleSpec(intervals=[ScheduleIntervalSpec(every=interval)]),
            ),
        )
        logger.info("retention schedule created (every %s)", interval)
    except ScheduleAlreadyRunningError:
        logger.debug("retention schedule exists")


async def ensure_poll_schedules(
    client: Client, task_queue: str, sources: list[str], interval: timedelta
) -> None:
    """One schedule per configured intake source; an existing one gets the current interval,
    and the schedule of a source no longer configured is deleted."""
    for source in sorted(set(ALL_SOURCES) - set(sources)):
        try:
            await client.get_schedule_handle(schedule_id_for(source)).delete()
            logger.info("poll schedule for %s deleted (source no longer configured)", source)
        except RPCError:
            pass  # never existed
    for source in sources:
        schedule_id = schedule_id_for(source)
        schedule = Schedule(
            action=ScheduleActionStartWorkflow(
                SourcePollWorkflow.run,
                PollRequest(source=source),
                id=f"{schedule_id}-run",
                task_queue=task_queue,
            ),
            spec=ScheduleSpec(intervals=[ScheduleIntervalSpec(every=interval)]),
        )
        try:
            await client.create_schedule(schedule_id, schedule)
            logger.info("poll schedule for %s created (every %s)", source, interval)
        except ScheduleAlreadyRunningError:
            handle = client.get_schedule_handle(schedule_id)
            await handle.update(_replace_with(schedule))
            logger.debug("poll schedule for %s updated", source)


def _replace_with(schedule: Schedule) -> Callable[[ScheduleUpdateInput], ScheduleUpdate]:
    def update(_input: ScheduleUpdateInput) -> ScheduleUpdate:
        return ScheduleUpdate(schedule=schedule)

    return update


async def poll_now(client: Client, source: str, task_queue: str) -> PollResult:
    """Poll one source right away (``rathaus poll``) and wait for the result."""
    result: PollResult = await client.execute_workflow(
        SourcePollWorkflow.run,
        PollRequest(source=source),
        id=f"{schedule_id_for(source)}-now-{uuid.uuid4().hex[:8]}",
        task_queue=task_queue,
    )
    return result


async def current_progress(handle: WorkflowHandle[Any, IntakeProgress]) -> IntakeProgress | None:
    """The document's state now; None while no worker has picked the workflow up.

    A closed workflow answers from its result (a query would need a worker to replay it); a
    running one from its ``progress`` query.
    """
    description = await handle.describe()
    if description.status == WorkflowExecutionStatus.COMPLETED:
        return await handle.result()
    if description.status != WorkflowExecutionStatus.RUNNING:
        # Failed, terminated, cancelled or timed out: say so instead of raising mid-batch.
        status = description.status.name.lower() if description.status else "unbekannt"
        return IntakeProgress(
            document_id=handle.id.removeprefix("intake-"),
            status=DocumentStatus.QUARANTINED,
            reason=(
                f"Der Arbeitsablauf wurde beendet ({status}); bitte die IT-Betreuung informieren."
            ),
        )
    try:
        return await handle.query(IntakeWorkflow.progress, rpc_timeout=timedelta(seconds=5))
    except (RPCError, WorkflowQueryFailedError):
        return None


async def wait_for_progress(
    handle: WorkflowHandle[Any, IntakeProgress], poll_seconds: float = 0.1
) -> IntakeProgress:
    """Wait until the document is final or waits for a human."""
    while True:
        current = await current_progress(handle)
        if current is not None and (
            current.status in FINAL_STATUSES or current.status == DocumentStatus.AWAITING_REVIEW
        ):
            return current
        await asyncio.sleep(poll_seconds)
