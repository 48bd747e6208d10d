"""Determinism: recorded IntakeWorkflow histories must replay on the current code.

``tests/data/histories/*.json`` were recorded from real runs (payloads encrypted with the test
key). A change that breaks replay of live workflows fails here; guard it with
``workflow.patched`` instead. Re-record with RATHAUS_RECORD_HISTORY=1 only for a new history.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLES, TEST_PAYLOAD_KEY, running_worker
from temporalio.client import Client, WorkflowHistory
from temporalio.worker import Replayer

from connectors.intake import store_document
from core.types import DocumentSource, DocumentStatus, ReviewAction, ReviewDecision
from rathaus.wiring import Components
from workflows.codec import data_converter
from workflows.intake import IntakeWorkflow
from workflows.retention import RetentionWorkflow
from workflows.worker import start_intake, wait_for_progress

pytestmark = pytest.mark.temporal

HISTORIES = ROOT / "tests" / "data" / "histories"


def _replayer() -> Replayer:
    return Replayer(
        workflows=[IntakeWorkflow, RetentionWorkflow],
        data_converter=data_converter(TEST_PAYLOAD_KEY),
    )


async def _record(client: Client, components: Components, sample: Path, review: bool) -> str:
    # Fresh bytes per run so the workflow id is new on the shared server.
    data = sample.read_bytes() + f"\n{os.urandom(4).hex()}".encode()
    ref = store_document(components.blobs, data, sample.name, DocumentSource.FOLDER)
    async with running_worker(client, components):
        handle, _ = await start_intake(client, ref, components.settings.temporal.task_queue)
        progress = await wait_for_progress(handle)
        if review:
            assert progress.status == DocumentStatus.AWAITING_REVIEW
            await handle.signal(
                IntakeWorkflow.review,
                ReviewDecision(action=ReviewAction.APPROVE, reviewer="pruefer.test"),
            )
        await handle.result()
    history = await handle.fetch_history()
    return history.to_json()


@pytest.mark.parametrize(
    ("name", "sample", "review"),
    [
        ("intake_routed", "03_ummeldung_wohnsitz.txt", False),
        ("intake_reviewed", "05_widerspruch_bescheid.pdf", True),
        ("intake_quarantined", "15_defekt.pdf", False),
    ],
)
async def test_recorded_history_replays(
    client: Client, components: Components, name: str, sample: str, review: bool
) -> None:
    fresh = await _record(client, components, SAMPLES / sample, review)
    await _replayer().replay_workflow(WorkflowHistory.from_json(f"{name}-fresh", fresh))

    path = HISTORIES / f"{name}.json"
    if os.environ.get("RATHAUS_RECORD_HISTORY") == "1":
        path.write_text(fresh, encoding="utf-8")
    recorded = WorkflowHistory.from_json(name, path.read_text(encoding="utf-8"))
    await _replayer().replay_workflow(recorded)


async def test_a_fresh_worker_takes_over_a_workflow_waiting_for_review(
    client: Client, components: Components
) -> None:
    """A worker restart (empty cache) replays a workflow that waits for a human and goes on."""
    sample = SAMPLES / "05_widerspruch_bescheid.pdf"
    data = sample.read_bytes() + f"\n{os.urandom(4).hex()}".encode()
    ref = store_document(components.blobs, data, sample.name, DocumentSource.FOLDER)
    async with running_worker(client, components):
        handle, _ = await start_intake(client, ref, components.settings.temporal.task_queue)
        progress = await wait_for_progress(handle)
        assert progress.status == DocumentStatus.AWAITING_REVIEW
    partial = await handle.fetch_history()
    await _replayer().replay_workflow(partial)
    async with running_worker(client, components):  # a new worker: nothing cached
        await handle.signal(
            IntakeWorkflow.review,
            ReviewDecision(action=ReviewAction.APPROVE, reviewer="pruefer.test"),
        )
        assert (await handle.result()).status == DocumentStatus.ROUTED
    await _replayer().replay_workflow(await handle.fetch_history())
