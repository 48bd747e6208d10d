"""A real rathaus worker process that SIGKILLs itself once per document during routing.

Run by ``tests/workflows/test_chaos_routing.py``: settings come from ``RATHAUS_*`` variables as
for ``rathaus worker``. The test assigns each document (workflow id) one kill point in a plan
file: before the mail delivery, inside it (SMTP: after the server accepted the message, before
rathaus recorded it; Graph: after the draft and its attachments exist, before the send), after
it, or before or after the ticket creation. "Inside" and "after" are the hard cases: the side
effect happened, Temporal never heard of it, and the retry must find it. A mark file per
document makes the kill happen once, so the retry can finish.

``CHAOS_GRAPH_URL``/``CHAOS_GRAPH_TOKEN`` replace the mail backend by a Graph sink talking to
the test server with a static token (the one difference to production: no client secret).
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import threading
import time
from pathlib import Path
from typing import Any

from azure.core.credentials import AccessToken

from connectors.graph import GraphMailSink
from connectors.ports import Delivered, NewTicket, OutgoingMail
from core.logsetup import configure_logging
from core.settings import Settings
from rathaus.wiring import Components
from workflows.worker import build_worker, connect

# Deliveries of different documents run in parallel threads: one thread's kill
# must not land while another has created its mark but not yet written it.
_DYING = threading.Lock()

POINTS = ("mail-before", "mail-inside", "mail-after", "ticket-before", "ticket-after")


def kill_point(workflow_id: str) -> str:
    return (Path(os.environ["CHAOS_PLAN_DIR"]) / workflow_id).read_text().strip()


class Chaos:
    """Wraps a mail or ticket sink and dies at the chosen point, once per document."""

    def __init__(self, inner: Any, kind: str, marks: Path) -> None:
        self.inner = inner
        self.kind = kind
        self.marks = marks

    def _maybe_die(self, key: str, when: str) -> None:
        die_at(self.marks, key, f"{self.kind}-{when}")

    def inside(self) -> None:
        """Hook the point inside the adapter, between its side effect and its record of it."""
        ledger = getattr(self.inner, "ledger", None)
        if ledger is not None:  # SMTP: the server said 250, the ledger does not know yet
            mark_sent = ledger.mark_sent

            def dying_mark_sent(key: str) -> None:
                die_at(self.marks, key, "mail-inside")
                mark_sent(key)

            ledger.mark_sent = dying_mark_sent
        attach = getattr(self.inner, "_add_missing_attachments", None)
        if attach is not None:  # Graph: the draft and its attachments exist, not yet sent

            async def dying_attach(draft_id: str, mail: OutgoingMail, *, fresh: bool) -> None:
                await attach(draft_id, mail, fresh=fresh)
                die_at(self.marks, mail.idempotency_key, "mail-inside")

            self.inner._add_missing_attachments = dying_attach

    def deliver(self, mail: OutgoingMail) -> Delivered:
        self._maybe_die(mail.idempotency_key, "before")
        delivered: Delivered = self.inner.deliver(mail)
        if delivered.duplicate:
            # Another document's kill caught this delivery after its side effect: the retry
            # found it done and never passes "inside" again. Die here instead, so every
            # document is still killed exactly once.
            self._maybe_die(mail.idempotency_key, "inside")
        self._maybe_die(mail.idempotency_key, "after")
        return delivered

    def create(self, ticket: NewTicket) -> Delivered:
        self._maybe_die(ticket.idempotency_key, "before")
        delivered: Delivered = self.inner.create(ticket)
        self._maybe_die(ticket.idempotency_key, "after")
        return delivered

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def die_at(marks: Path, key: str, point: str) -> None:
    """SIGKILL this process if ``point`` is the document's kill point and it has not died yet."""
    workflow_id = key.split(":", 1)[0]
    mark = marks / workflow_id
    if kill_point(workflow_id) != point:
        return
    with _DYING:
        if mark.exists():
            return
        partial = mark.with_name(f".{workflow_id}.partial")
        partial.write_text(point)
        partial.replace(mark)
        os.kill(os.getpid(), signal.SIGKILL)


class StaticToken:
    def __init__(self, token: str) -> None:
        self.token = token

    def get_token(self, *scopes: str, **kwargs: Any) -> AccessToken:
        return AccessToken(self.token, int(time.time()) + 3600)


async def main() -> None:
    configure_logging("WARNING")
    settings = Settings()
    components = Components(settings)
    marks = Path(os.environ["CHAOS_MARK_DIR"])
    graph_url = os.environ.get("CHAOS_GRAPH_URL")
    if graph_url:
        components.__dict__["mail"] = GraphMailSink(
            StaticToken(os.environ["CHAOS_GRAPH_TOKEN"]),
            sender=os.environ["CHAOS_GRAPH_SENDER"],
            base_url=graph_url,
            allowed_hosts=["127.0.0.1"],
            timeout=10.0,
            retry_backoff_cap=0,
        )
    mail = Chaos(components.mail, "mail", marks)
    mail.inside()
    components.__dict__["mail"] = mail
    components.__dict__["tickets"] = Chaos(components.tickets, "ticket", marks)
    client = await connect(
        settings.temporal.address, settings.temporal.namespace, components.keys.payload_key
    )
    worker = build_worker(client, settings.temporal.task_queue, components.activities())
    async with worker:
        sys.stdout.write("ready\n")
        sys.stdout.flush()
        await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())
