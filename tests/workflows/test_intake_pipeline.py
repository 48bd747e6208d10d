"""The whole pipeline over samples/ on the real Temporal dev server."""

from __future__ import annotations

import email
import email.policy
import logging
from pathlib import Path

import pytest
from conftest import EXPECTED, SAMPLES, running_worker
from sqlalchemy import select
from temporalio.client import Client

from connectors.intake import store_document
from core.storage import DocumentRow, TicketRow
from core.types import DocumentSource, DocumentStatus, ReviewAction, ReviewDecision
from rathaus.wiring import Components
from workflows.intake import IntakeWorkflow
from workflows.worker import start_intake, wait_for_progress

pytestmark = pytest.mark.temporal


def _outbox_mails(components: Components) -> list[email.message.EmailMessage]:
    root = components.settings.outbox_dir
    mails = []
    for path in sorted(root.rglob("*.eml")):
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        assert isinstance(message, email.message.EmailMessage)
        mails.append(message)
    return mails


async def test_every_sample_reaches_its_department_or_quarantine(
    client: Client, components: Components, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    task_queue = components.settings.temporal.task_queue
    results = {}
    async with running_worker(client, components):
        handles = {}
        for entry in EXPECTED:
            path = SAMPLES / entry["file"]
            ref = store_document(
                components.blobs, path.read_bytes(), path.name, DocumentSource.FOLDER
            )
            handle, started = await start_intake(client, ref, task_queue)
            assert started
            handles[entry["file"]] = (ref, handle)
        for name, (ref, handle) in handles.items():
            progress = await wait_for_progress(handle)
            if progress.status == DocumentStatus.AWAITING_REVIEW:
                assert progress.reason
                await handle.signal(
                    IntakeWorkflow.review,
                    ReviewDecision(action=ReviewAction.APPROVE, reviewer="pruefer.test"),
                )
                progress = await handle.result()
            results[name] = (ref, progress)

        # Taking the same file in again starts nothing and delivers nothing twice.
        again = SAMPLES / "03_ummeldung_wohnsitz.txt"
        ref = store_document(
            components.blobs, again.read_bytes(), again.name, DocumentSource.UPLOAD
        )
        _, started = await start_intake(client, ref, task_queue)
        assert not started

    mails = _outbox_mails(components)
    with components.db.session() as session:
        tickets = list(session.scalars(select(TicketRow)))
        rows = {r.id: r for r in session.scalars(select(DocumentRow))}

    for entry in EXPECTED:
        ref, progress = results[entry["file"]]
        row = rows[ref.document_id]
        if entry["status"] == "quarantined":
            assert progress.status == DocumentStatus.QUARANTINED
            assert row.status == "quarantined"
            assert progress.reason and "PDF-Datei" in progress.reason
            continue
        assert progress.status == DocumentStatus.ROUTED, (entry["file"], progress)
        assert progress.service_id == entry["service_id"], entry["file"]
        service = components.catalogue.get(entry["service_id"])
        expected_targets = []
        if service.routing.mailbox:
            expected_targets.append(f"mailbox:{service.routing.mailbox}")
        if service.routing.ticket_queue:
            expected_targets.append(f"ticket_queue:{service.routing.ticket_queue}")
        assert progress.destinations == expected_targets
        assert row.destinations == expected_targets
        # Exactly one delivery per target for this document.
        mine = [m for m in mails if ref.document_id[:12] in str(m["Subject"])]
        assert len(mine) == (1 if service.routing.mailbox else 0), entry["file"]
        assert len([t for t in tickets if t.document_id == ref.document_id]) == (
            1 if service.routing.ticket_queue else 0
        )
        if mine:
            body = mine[0].get_body(preferencelist=("plain",))
            assert body is not None
            text = body.get_content()
            # Internal department mailboxes get re-identified values, never tokens.
            assert service.routing.reidentify
            assert "<PERSON_" not in text and "<EMAIL_" not in text, entry["file"]
            assert any(p in text for p in entry["pii"]), entry["file"]
            attachments = list(mine[0].iter_attachments())
            assert [a.get_filename() for a in attachments] == [entry["file"]]

    verified = components.audit.verify()
    assert verified.ok, verified.problem
    routed = next(r for r in results.values() if r[1].status == DocumentStatus.ROUTED)[0]
    kinds = [e.event_type for e in components.audit.events(document_id=routed.document_id)]
    for kind in (
        "document.received",
        "text.extracted",
        "document.redacted",
        "document.classified",
        "routing.planned",
        "routing.delivered",
        "document.routed",
    ):
        assert kind in kinds

    # No personal data in logs, audit details or Temporal history.
    pii = {p for e in EXPECTED for p in e.get("pii", []) if len(p) >= 5}
    log_text = caplog.text
    audit_text = "".join(components.audit.export("jsonl", components.audit.events()))
    for value in pii:
        assert value not in log_text, value
        assert value not in audit_text, value
    for _, (ref, _) in results.items():
        handle = client.get_workflow_handle(f"intake-{ref.document_id}")
        history = await handle.fetch_history()
        raw = history.to_json()
        for value in pii:
            assert value not in raw, value
        assert "binary/encrypted" in raw or "YmluYXJ5L2VuY3J5cHRlZA" in raw


async def test_corrupt_input_is_quarantined_and_the_batch_goes_on(
    client: Client, components: Components, tmp_path: Path
) -> None:
    inputs = {
        "leer.txt": b"",
        "muell.bin": bytes(range(256)) * 40,
        "kaputt.pdf": b"%PDF-1.7\n1 0 obj <<",
        # Different bytes from the sample, so a new document (ids derive from content).
        "gut.txt": (SAMPLES / "12_fundsache.txt").read_bytes() + b"\nNachtrag: bitte melden.",
    }
    task_queue = components.settings.temporal.task_queue
    async with running_worker(client, components):
        progresses = {}
        for name, data in inputs.items():
            ref = store_document(components.blobs, data, name, DocumentSource.UPLOAD)
            handle, _ = await start_intake(client, ref, task_queue)
            progresses[name] = await wait_for_progress(handle)
    assert progresses["leer.txt"].status == DocumentStatus.QUARANTINED
    assert progresses["leer.txt"].reason == "Die Datei ist leer."
    assert progresses["muell.bin"].status == DocumentStatus.QUARANTINED
    assert "Dateiformat" in (progresses["muell.bin"].reason or "")
    assert progresses["kaputt.pdf"].status == DocumentStatus.QUARANTINED
    assert progresses["gut.txt"].status == DocumentStatus.ROUTED
    quarantined = components.audit.events(event_type="document.quarantined")
    assert len(quarantined) == 3
    assert all(e.details["reason"] for e in quarantined)
