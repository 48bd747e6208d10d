"""RetentionWorkflow: started by a Temporal Schedule, deletes what is past its retention."""

from __future__ import annotations

from datetime import timedelta

from temporalio import workflow
from temporalio.common import RetryPolicy

with workflow.unsafe.imports_passed_through():
    from workflows.activities import IntakeActivities
    from workflows.models import PurgeInput, PurgeOutput

RETENTION_RETRY = RetryPolicy(maximum_interval=timedelta(minutes=5), maximum_attempts=10)
SCHEDULE_ID = "rathaus-retention"


@workflow.defn
class RetentionWorkflow:
    """One sweep over documents and vault entries past their retention period."""

    @workflow.run
    async def run(self) -> PurgeOutput:
        return await workflow.execute_activity_method(
            IntakeActivities.purge_expired,
            PurgeInput(now_iso=workflow.now().isoformat()),
            start_to_close_timeout=timedelta(minutes=30),
            retry_policy=RETENTION_RETRY,
        )
