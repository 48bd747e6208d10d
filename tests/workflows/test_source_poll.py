"""Intake sources on the real Temporal dev server: the watched folder, polled by the workflow."""

from __future__ import annotations

import os
import time
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from conftest import SAMPLES, running_worker
from sqlalchemy import select
from temporalio.client import Client
from temporalio.service import RPCError

from core.storage import AuditRow, DocumentRow, InboundItemRow
from core.types import DocumentStatus
from rathaus.wiring import Components
from workflows.intake import IntakeWorkflow, workflow_id_for
from workflows.sources import schedule_id_for
from workflows.worker import ensure_poll_schedules, poll_now, wait_for_progress

pytestmark = pytest.mark.temporal


def _drop(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    past = time.time() - 60  # settled
    os.utime(path, (past, past))
    return path


async def test_watched_folder_is_taken_in_once_and_moved(
    client: Client, components: Components
) -> None:
    inbox = components.settings.intake_dir
    queue = components.settings.temporal.task_queue
    # Unique bytes: document ids come from the content, and the session's server is shared.
    letter = (SAMPLES / "03_ummeldung_wohnsitz.txt").read_bytes() + uuid.uuid4().hex.encode()
    _drop(inbox, "ummeldung.txt", letter)
    _drop(inbox, "kaputt.pdf", b"%PDF-1.7 truncated garbage " + uuid.uuid4().hex.encode())
    async with running_worker(client, components):
        first = await poll_now(client, "folder", queue)
        assert (first.taken_in, first.quarantined, first.already_known) == (2, 0, 0)
        assert sorted(p.name for p in (inbox / "verarbeitet").iterdir()) == [
            "kaputt.pdf",
            "ummeldung.txt",
        ]
        assert not [p for p in inbox.iterdir() if p.is_file()]

        with components.db.session() as session:
            ids = [r.document_id for r in session.scalars(select(InboundItemRow))]
        outcomes = {}
        for document_id in ids:
            assert document_id
            handle = client.get_workflow_handle_for(
                IntakeWorkflow.run, workflow_id_for(document_id)
            )
            outcomes[document_id] = (await wait_for_progress(handle)).status
        assert sorted(outcomes.values()) == sorted(
            [DocumentStatus.QUARANTINED, DocumentStatus.ROUTED]
        )

        # Nothing new: nothing happens. The same letter dropped again is not taken in twice.
        assert (await poll_now(client, "folder", queue)).taken_in == 0
        _drop(inbox, "ummeldung-nochmal.txt", letter)
        again = await poll_now(client, "folder", queue)
        assert (again.taken_in, again.already_known) == (0, 1)
        assert (inbox / "verarbeitet" / "ummeldung-nochmal.txt").exists()


async def test_empty_and_oversized_files_go_to_quarantine_with_a_reason(
    client: Client, components: Components
) -> None:
    inbox = components.settings.intake_dir
    queue = components.settings.temporal.task_queue
    components.settings.intake.max_bytes = 1000
    components.__dict__.pop("intake_sources", None)
    _drop(inbox, "riesig.pdf", b"%PDF" + b"0" * 5000)
    _drop(inbox, "leer.pdf", b"")
    async with running_worker(client, components):
        result = await poll_now(client, "folder", queue)
    assert (result.taken_in, result.quarantined) == (0, 2)
    assert sorted(p.name for p in (inbox / "quarantaene").iterdir()) == ["leer.pdf", "riesig.pdf"]
    with components.db.session() as session:
        rows = {r.filename: r for r in session.scalars(select(DocumentRow))}
        events = [e.event_type for e in session.scalars(select(AuditRow))]
    assert rows["riesig.pdf"].status == "quarantined"
    assert "zu groß" in (rows["riesig.pdf"].reason or "")
    assert rows["leer.pdf"].reason == "Die Datei ist leer."
    assert events.count("intake.quarantined") == 2


async def test_poll_schedules_follow_the_configured_sources(client: Client) -> None:
    queue = f"test-{uuid.uuid4()}"
    await ensure_poll_schedules(client, queue, ["folder", "imap"], timedelta(seconds=60))
    await ensure_poll_schedules(client, queue, ["folder"], timedelta(seconds=30))
    try:
        folder = await client.get_schedule_handle(schedule_id_for("folder")).describe()
        assert folder.schedule.spec.intervals[0].every == timedelta(seconds=30)
        with pytest.raises(RPCError):
            await client.get_schedule_handle(schedule_id_for("imap")).describe()
    finally:
        await ensure_poll_schedules(client, queue, [], timedelta(seconds=30))
    with pytest.raises(RPCError):
        await client.get_schedule_handle(schedule_id_for("folder")).describe()
