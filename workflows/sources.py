"""SourcePollWorkflow: one poll of an intake source, started by a Temporal Schedule.

Fetch (the activity records every item and stores its documents), start one ``IntakeWorkflow``
per document as an abandoned child (its id comes from the content, so a document is started
once however often it is seen), then move the items out of the source folder and keep the
cursor. A crash anywhere repeats the poll, never the intake.
"""

from __future__ import annotations

from datetime import timedelta

from temporalio import workflow
from temporalio.common import RetryPolicy, WorkflowIDReusePolicy
from temporalio.exceptions import WorkflowAlreadyStartedError

with workflow.unsafe.imports_passed_through():
    from workflows.intake import IntakeWorkflow, workflow_id_for
    from workflows.models import FinishPollInput, PollRequest, PollResult
    from workflows.source_activities import SourceActivities

# A mailbox that is down is simply polled again by the next scheduled run.
FETCH_RETRY = RetryPolicy(
    initial_interval=timedelta(seconds=2),
    maximum_interval=timedelta(seconds=30),
    maximum_attempts=5,
)
# Moving is what keeps a mail from being fetched again: retry for longer.
FINISH_RETRY = RetryPolicy(
    initial_interval=timedelta(seconds=2),
    maximum_interval=timedelta(minutes=2),
    maximum_attempts=20,
)
POLL_TIMEOUT = timedelta(minutes=10)
SCHEDULE_PREFIX = "rathaus-poll-"


def schedule_id_for(source: str) -> str:
    return f"{SCHEDULE_PREFIX}{source}"


@workflow.defn
class SourcePollWorkflow:
    """Takes in what one intake source holds right now."""

    @workflow.run
    async def run(self, request: PollRequest) -> PollResult:
        batch = await workflow.execute_activity_method(
            SourceActivities.fetch_source,
            request,
            start_to_close_timeout=POLL_TIMEOUT,
            retry_policy=FETCH_RETRY,
        )
        result = PollResult(source=request.source)
        for item in batch.items:
            if item.quarantined:
                result.quarantined += 1
            elif not item.documents:
                result.already_known += 1
            for document in item.documents:
                try:
                    await workflow.start_child_workflow(
                        IntakeWorkflow.run,
                        document,
                        id=workflow_id_for(document.document_id),
                        parent_close_policy=workflow.ParentClosePolicy.ABANDON,
                        id_reuse_policy=WorkflowIDReusePolicy.REJECT_DUPLICATE,
                    )
                    result.taken_in += 1
                except WorkflowAlreadyStartedError:
                    result.already_known += 1
        await workflow.execute_activity_method(
            SourceActivities.finish_source,
            FinishPollInput(
                source=request.source,
                items=batch.items,
                cursor=batch.cursor,
                update_cursor=batch.cursor is not None or batch.reset,
            ),
            start_to_close_timeout=POLL_TIMEOUT,
            retry_policy=FINISH_RETRY,
        )
        if batch.full:
            # More is waiting: go on now instead of at the next scheduled run, with a fresh
            # history so a long backlog does not grow one.
            workflow.continue_as_new(request)
        return result
