"""The baseline of bench/orchestration.py: a workflow that takes a DocumentRef and does nothing.

Kept in its own small module because the workflow sandbox re-imports a workflow's module.
"""

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from core.types import DocumentRef


@workflow.defn
class EmptyWorkflow:
    """Same input as IntakeWorkflow, no steps."""

    @workflow.run
    async def run(self, document: DocumentRef) -> None:
        return None
