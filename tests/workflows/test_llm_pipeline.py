"""The LLM path end to end: IntakeWorkflow with the ensemble classifier on the real LLM server.

The server sits behind a proxy that fails the first calls with HTTP 503: the client does not
retry (Temporal owns retries), the classify activity fails, Temporal retries it and the
document goes on. Provenance of the LLM call lands in the audit log; no prompt does.
"""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import (
    SAMPLES,
    make_settings,
    running_worker,
)
from pydantic import SecretStr
from temporalio.client import Client

from agents.classifier import EmbeddingClassifier
from agents.llm import LLMEndpoint, StructuredLLM
from connectors.intake import store_document
from core.catalogue import ServiceCatalogue
from core.settings import ClassifierSettings, ExtractorSettings, TemporalSettings
from core.types import DocumentSource, DocumentStatus, ReviewAction, ReviewDecision
from rathaus.stack import DevServer, LLMServer
from rathaus.wiring import Components
from redaction.redactor import Redactor
from workflows.intake import IntakeWorkflow
from workflows.worker import start_intake, wait_for_progress

pytestmark = [pytest.mark.temporal, pytest.mark.llm]


@pytest.fixture
def proxy(llm_server: LLMServer) -> Iterator[object]:
    from llm_helpers import FlakyProxy

    flaky = FlakyProxy(llm_server.base_url, failures=2, status=503)
    with flaky.running():
        yield flaky


@pytest.fixture
def llm_components(
    tmp_path: Path,
    temporal_server: DevServer,
    catalogue: ServiceCatalogue,
    classifier: EmbeddingClassifier,
    redactor: Redactor,
    proxy: object,
) -> Iterator[Components]:
    settings = make_settings(
        tmp_path,
        temporal=TemporalSettings(
            address=temporal_server.address, task_queue=f"test-{uuid.uuid4()}"
        ),
        classifier=ClassifierSettings(kind="ensemble"),
        extractor=ExtractorSettings(kind="hybrid"),
    )
    built = Components(settings)
    endpoint = LLMEndpoint(
        provider="embedded",
        model="smollm2-135m-instruct",
        base_url=proxy.base_url,  # type: ignore[attr-defined]
        api_key=SecretStr("embedded"),
        max_retries=0,
        timeout_seconds=300.0,
        max_document_chars=1200,
        compact_prompts=True,
        local=True,
    )
    built.__dict__.update(
        catalogue=catalogue,
        embedding_classifier=classifier,
        redactor=redactor,
        llm=StructuredLLM(endpoint),
    )
    yield built
    built.db.dispose()


@pytest.mark.timeout(400)
async def test_ensemble_intake_survives_llm_outage_and_audits_provenance(
    client: Client, llm_components: Components, proxy: object
) -> None:
    components = llm_components
    path = SAMPLES / "12_fundsache.txt"
    # Fresh bytes: document ids are content-derived and the dev server is shared by the session.
    data = path.read_bytes() + f"\n{uuid.uuid4().hex}".encode()
    ref = store_document(components.blobs, data, path.name, DocumentSource.UPLOAD)
    async with running_worker(client, components):
        handle, started = await start_intake(client, ref, components.settings.temporal.task_queue)
        assert started
        progress = await asyncio.wait_for(wait_for_progress(handle), timeout=360)
        if progress.status == DocumentStatus.AWAITING_REVIEW:
            await handle.signal(
                IntakeWorkflow.review,
                ReviewDecision(action=ReviewAction.APPROVE, reviewer="pruefer.test"),
            )
            progress = await handle.result()
    assert progress.status == DocumentStatus.ROUTED
    # Two failed calls (503) and then the calls of the successful attempt went through.
    assert proxy.posts >= 3  # type: ignore[attr-defined]
    events = components.audit.events(document_id=ref.document_id)
    classified = next(e for e in events if e.event_type == "document.classified")
    assert classified.details["method"] == "ensemble"
    llm = classified.details["llm"]
    assert isinstance(llm, dict)
    assert llm["prompt"] == "classify/v1"
    assert llm["model"] == "embedded:smollm2-135m-instruct"
    assert len(llm["input_sha256"]) == 32
    assert llm["latency_ms"] > 0
    votes = classified.details["votes"]
    assert isinstance(votes, dict) and set(votes) == {"embedding", "llm"}
    assert classified.details["extractor"] == "hybrid"
    history = await handle.fetch_history()
    attempts = [
        e.activity_task_started_event_attributes.attempt
        for e in history.events
        if e.HasField("activity_task_started_event_attributes")
    ]
    assert max(attempts) >= 2  # the classify activity was retried by Temporal
    assert components.audit.verify().ok
    # Provenance only: neither the prompt nor the document text is in the audit log.
    dumped = json.dumps([e.details for e in events], ensure_ascii=False)
    assert "UNGEPRÜFTE DATEN" not in dumped and "<dokument>" not in dumped
