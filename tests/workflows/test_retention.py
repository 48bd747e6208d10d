"""Retention: originals, texts and vault entries past their period are deleted and audited."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from conftest import SAMPLES, running_worker
from sqlalchemy import select, update
from temporalio.client import Client

from connectors.intake import store_document
from core.storage import AdvisorMessageRow, AdvisorSessionRow, DocumentRow
from core.types import DocumentSource, DocumentStatus
from rathaus.wiring import Components
from workflows.retention import SCHEDULE_ID, RetentionWorkflow
from workflows.worker import ensure_retention_schedule, start_intake, wait_for_progress

pytestmark = pytest.mark.temporal


async def test_sweep_deletes_expired_documents_and_keeps_the_rest(
    client: Client, components: Components
) -> None:
    task_queue = components.settings.temporal.task_queue
    refs = []
    async with running_worker(client, components):
        for name in ("12_fundsache.txt", "04_hundesteuer.pdf", "05_widerspruch_bescheid.pdf"):
            data = (SAMPLES / name).read_bytes() + uuid.uuid4().hex.encode()
            ref = store_document(components.blobs, data, name, DocumentSource.FOLDER)
            handle, _ = await start_intake(client, ref, task_queue)
            progress = await wait_for_progress(handle)
            refs.append((ref, progress))
        expired, kept, in_review = refs
        assert in_review[1].status == DocumentStatus.AWAITING_REVIEW
        with components.db.session() as session:
            past = datetime.now(UTC) - timedelta(days=1)
            for ref in (expired[0], in_review[0]):
                row = session.get(DocumentRow, ref.document_id)
                assert row is not None
                row.retain_until = past
            expired_row = session.get(DocumentRow, expired[0].document_id)
            assert expired_row is not None
            shas = [expired_row.blob_sha, expired_row.text_sha, expired_row.redacted_sha]
        assert components.vault.load(expired[0].document_id)

        result = await client.execute_workflow(
            RetentionWorkflow.run, id=f"retention-{uuid.uuid4()}", task_queue=task_queue
        )

    assert (result.documents, result.blobs) == (1, 3)
    assert result.vault_entries >= 1
    for sha in shas:
        assert sha and not components.blobs.exists(sha)
    assert components.vault.load(expired[0].document_id) == {}
    with components.db.session() as session:
        gone = session.get(DocumentRow, expired[0].document_id)
        assert gone is not None and gone.status == "purged" and gone.purged_at is not None
        waiting = session.get(DocumentRow, in_review[0].document_id)
        assert waiting is not None and waiting.purged_at is None  # still in review: kept
    assert components.blobs.exists(kept[0].blob.sha256)
    assert components.vault.load(kept[0].document_id)
    deletions = components.audit.events(event_type="retention.deleted")
    assert [e.document_id for e in deletions] == [expired[0].document_id]
    assert components.audit.verify().ok


async def test_retention_schedule_is_created_once(client: Client) -> None:
    queue = f"test-{uuid.uuid4()}"
    await ensure_retention_schedule(client, queue, timedelta(hours=24))
    await ensure_retention_schedule(client, queue, timedelta(hours=24))  # idempotent
    handle = client.get_schedule_handle(SCHEDULE_ID)
    description = await handle.describe()
    assert description.schedule.spec.intervals[0].every == timedelta(hours=24)
    await handle.delete()


async def test_sweep_deletes_expired_advisor_conversations(
    client: Client, components: Components
) -> None:
    store = components.conversations
    old, _ = store.open(None)
    store.add(old, "user", "Wie melde ich ein Gewerbe an?", [])
    fresh, _ = store.open(None)
    with components.db.session() as session:
        session.execute(
            update(AdvisorSessionRow)
            .where(AdvisorSessionRow.id == old)
            .values(expires_at=datetime.now(UTC) - timedelta(minutes=1))
        )
    async with running_worker(client, components):
        result = await client.execute_workflow(
            RetentionWorkflow.run,
            id=f"retention-{uuid.uuid4()}",
            task_queue=components.settings.temporal.task_queue,
        )
    assert result.conversations == 1
    assert not store.exists(old) and store.exists(fresh)
    with components.db.session() as session:
        assert session.scalars(select(AdvisorMessageRow)).all() == []
