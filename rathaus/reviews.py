"""The web app's line to Temporal: one lazily connected client, and review decisions sent to
the document's workflow as a Temporal signal."""

from __future__ import annotations

import asyncio

from temporalio.client import Client
from temporalio.service import RPCError

from core.types import ReviewDecision
from rathaus.web_staff import ReviewNotWaiting
from workflows.intake import IntakeWorkflow, workflow_id_for
from workflows.worker import connect


class TemporalConnection:
    """Connects on first use (in the web app's event loop) and keeps the client."""

    def __init__(self, address: str, namespace: str, payload_key: bytes, task_queue: str) -> None:
        self.address = address
        self.namespace = namespace
        self.payload_key = payload_key
        self.task_queue = task_queue
        self._client: Client | None = None
        self._lock: asyncio.Lock | None = None

    async def client(self) -> Client:
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:
            if self._client is None:
                self._client = await connect(self.address, self.namespace, self.payload_key)
        return self._client


class TemporalReviewSender:
    """Sends a reviewer's decision as the ``review`` signal of the document's workflow."""

    def __init__(self, connection: TemporalConnection) -> None:
        self.connection = connection

    async def __call__(self, document_id: str, decision: ReviewDecision) -> None:
        client = await self.connection.client()
        handle = client.get_workflow_handle(workflow_id_for(document_id))
        try:
            await handle.signal(IntakeWorkflow.review, decision)
        except RPCError as exc:  # not found or already completed
            raise ReviewNotWaiting(str(exc)) from exc
