"""Letters full of personal data go through the pipeline; Temporal's database holds none of it."""

from __future__ import annotations

import logging
import uuid
from pathlib import Path

import pytest
from conftest import EXPECTED, SAMPLES, TEST_PAYLOAD_KEY, running_worker

from connectors.intake import store_document
from core.types import DocumentSource, DocumentStatus, ReviewAction, ReviewDecision
from rathaus.stack import free_port, start_dev_server
from rathaus.wiring import Components
from workflows.intake import IntakeWorkflow
from workflows.worker import connect, start_intake, wait_for_progress

pytestmark = pytest.mark.temporal


async def test_temporal_database_file_and_logs_contain_no_personal_string(
    components: Components, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    db_file = tmp_path / "temporal.db"
    server = start_dev_server(
        db_file=db_file, port=free_port(), ui_port=None, log_path=tmp_path / "temporal.log"
    )
    try:
        client = await connect(server.address, "default", TEST_PAYLOAD_KEY)
        components.settings.temporal.task_queue = f"pii-{uuid.uuid4()}"
        async with running_worker(client, components):
            for entry in EXPECTED:
                path = SAMPLES / entry["file"]
                ref = store_document(
                    components.blobs, path.read_bytes(), path.name, DocumentSource.MAIL_IMAP
                )
                handle, _ = await start_intake(client, ref, components.settings.temporal.task_queue)
                progress = await wait_for_progress(handle)
                if progress.status == DocumentStatus.AWAITING_REVIEW:
                    await handle.signal(
                        IntakeWorkflow.review,
                        ReviewDecision(action=ReviewAction.APPROVE, reviewer="pruefer"),
                    )
                    await handle.result()
    finally:
        server.stop()
    stored = b"".join(
        p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("temporal.db")
    )
    logs = caplog.text + (tmp_path / "temporal.log").read_text(encoding="utf-8", errors="replace")
    assert len(stored) > 100_000  # the histories are really in there
    personal = {p for e in EXPECTED for p in e.get("pii", []) if len(p) >= 4}
    assert len(personal) > 100
    leaked = sorted(p for p in personal if p.encode() in stored or p in logs)
    assert leaked == []
