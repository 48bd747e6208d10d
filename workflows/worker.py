"""Temporal client and worker set-up: the only place where workflows meet their activities."""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

from temporalio.client import (
    Client,
    Schedule,
    ScheduleActionStartWorkflow,
    ScheduleAlreadyRunningError,
    ScheduleIntervalSpec,
    ScheduleSpec,
    WorkflowHandle,
)
from temporalio.common import WorkflowIDReusePolicy
from temporalio.exceptions import WorkflowAlreadyStartedError
from temporalio.worker import Worker

from core.types import DocumentRef, IntakeProgress
from workflows.activities import IntakeActivities
from workflows.codec import data_converter
from workflows.intake import IntakeWorkflow, workflow_id_for
from workflows.retention import SCHEDULE_ID, RetentionWorkflow

logger = logging.getLogger(__name__)

WORKFLOWS = [IntakeWorkflow, RetentionWorkflow]


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
    max_concurrent_activities: int = 8,
) -> Worker:
    """A worker for every rathaus workflow with the given activities."""
    return Worker(
        client,
        task_queue=task_queue,
        workflows=WORKFLOWS,
        activities=activities.all(),
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


async def ensure_retention_schedule(
    client: Client, task_queue: str, interval: timedelta
) -> None:
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
