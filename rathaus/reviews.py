"""The web app's line to Temporal: one lazily connected client, and review decisions sent to
the document's workflow as a Temporal update."""

from __future__ import annotations

import asyncio

from temporalio.client import Client, WorkflowUpdateFailedError
from temporalio.exceptions import ApplicationError
from temporalio.service import RPCError, RPCStatusCode

from core.types import ReviewDecision
from rathaus.web_staff import NOT_WAITING, ReviewNotWaiting, ReviewUnavailable
from workflows.intake import IntakeWorkflow, workflow_id_for
from workflows.worker import connect

UPDATE_TIMEOUT = 15.0


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
    """Sends a reviewer's decision as the ``decide`` update of the document's workflow.

    An update, not a signal: the workflow's validator answers at once, so a decision on a
    document that no longer waits, or a second decision while another is being applied (two
    reviewers at the same moment), is refused instead of silently dropped. It needs a running
    worker; without one the reviewer is told to try again.
    """

    def __init__(self, connection: TemporalConnection, timeout: float = UPDATE_TIMEOUT) -> None:
        self.connection = connection
        self.timeout = timeout

    async def __call__(self, document_id: str, decision: ReviewDecision) -> None:
        client = await self.connection.client()
        handle = client.get_workflow_handle(workflow_id_for(document_id))
        try:
            await asyncio.wait_for(
                handle.execute_update(IntakeWorkflow.decide, decision), self.timeout
            )
        except WorkflowUpdateFailedError as exc:
            cause = exc.cause
            message = cause.message if isinstance(cause, ApplicationError) else str(exc)
            raise ReviewNotWaiting(message) from exc
        except RPCError as exc:
            if exc.status == RPCStatusCode.NOT_FOUND:  # gone or already completed
                raise ReviewNotWaiting(NOT_WAITING) from exc
            raise ReviewUnavailable(str(exc)) from exc
        except TimeoutError as exc:
            raise ReviewUnavailable("no worker answered") from exc
