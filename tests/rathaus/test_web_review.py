"""Deciding a review in the browser: the form sends the Temporal signal and the workflow goes on."""

from __future__ import annotations

import asyncio
import re
import uuid

import httpx
import pytest
from conftest import SAMPLES, running_worker
from temporalio.client import Client

from connectors.intake import store_document
from core.types import DocumentSource, DocumentStatus
from rathaus.auth import Role, UserStore
from rathaus.web import create_app
from rathaus.wiring import Components
from workflows.worker import current_progress, start_intake, wait_for_progress

pytestmark = pytest.mark.temporal
PASSWORD = "ein-langes-Passwort-1"


async def csrf_of(client: httpx.AsyncClient, path: str) -> str:
    match = re.search(r'name="csrf" value="([^"]+)"', (await client.get(path)).text)
    assert match
    return match.group(1)


async def test_a_reviewer_approves_in_the_browser_and_the_document_is_routed(
    client: Client, components: Components
) -> None:
    UserStore(components.db).add("pruefer", PASSWORD, Role.STAFF)
    app = create_app(
        catalogue=components.catalogue,
        db=components.db,
        review_sender=components.review_sender,
    )
    task_queue = components.settings.temporal.task_queue
    sample = SAMPLES / "05_widerspruch_bescheid.pdf"
    data = sample.read_bytes() + uuid.uuid4().hex.encode()
    ref = store_document(components.blobs, data, sample.name, DocumentSource.UPLOAD)
    async with (
        running_worker(client, components),
        httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://testserver"
        ) as browser,
    ):
        handle, _ = await start_intake(client, ref, task_queue)
        waiting = await wait_for_progress(handle)
        assert waiting.status == DocumentStatus.AWAITING_REVIEW

        signed_in = await browser.post(
            "/login",
            data={
                "username": "pruefer",
                "password": PASSWORD,
                "csrf": await csrf_of(browser, "/login"),
            },
        )
        assert signed_in.status_code == 303
        queue = await browser.get("/review")
        assert ref.document_id[:12] in queue.text
        assert f'action="/review/{ref.document_id}"' in queue.text

        csrf = await csrf_of(browser, "/review")
        refused = await browser.post(
            f"/review/{ref.document_id}", data={"action": "approve", "csrf": "falsch"}
        )
        assert refused.status_code == 403
        decided = await browser.post(
            f"/review/{ref.document_id}",
            data={"action": "approve", "csrf": csrf, "comment": "passt"},
        )
        assert decided.status_code == 303
        for _ in range(300):  # the signal resumes the workflow; routing takes a moment
            done = await current_progress(handle)
            if done is not None and done.status != DocumentStatus.AWAITING_REVIEW:
                done = await wait_for_progress(handle)
                break
            await asyncio.sleep(0.1)
        assert done is not None and done.status == DocumentStatus.ROUTED
        assert "bestätigt" in (await browser.get("/review")).text

        again = await browser.post(
            f"/review/{ref.document_id}", data={"action": "reject", "csrf": csrf}
        )
        assert again.status_code == 409 and "nicht (mehr)" in again.text

    decisions = components.audit.events(event_type="review.decided")
    assert decisions and decisions[-1].actor == "pruefer"


async def test_two_reviewers_at_once_one_decides_the_other_is_told(
    client: Client, components: Components
) -> None:
    UserStore(components.db).add("pruefer", PASSWORD, Role.STAFF)
    UserStore(components.db).add("kollegin", PASSWORD, Role.STAFF)
    app = create_app(
        catalogue=components.catalogue, db=components.db, review_sender=components.review_sender
    )
    sample = SAMPLES / "05_widerspruch_bescheid.pdf"
    data = sample.read_bytes() + uuid.uuid4().hex.encode()
    ref = store_document(components.blobs, data, sample.name, DocumentSource.UPLOAD)

    def browser() -> httpx.AsyncClient:
        return httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://testserver"
        )

    async with running_worker(client, components), browser() as first, browser() as second:
        handle, _ = await start_intake(client, ref, components.settings.temporal.task_queue)
        assert (await wait_for_progress(handle)).status == DocumentStatus.AWAITING_REVIEW
        tokens = []
        for name, session in (("pruefer", first), ("kollegin", second)):
            response = await session.post(
                "/login",
                data={
                    "username": name,
                    "password": PASSWORD,
                    "csrf": await csrf_of(session, "/login"),
                },
            )
            assert response.status_code == 303
            tokens.append(await csrf_of(session, "/review"))
        approve, reject = await asyncio.gather(
            first.post(f"/review/{ref.document_id}", data={"action": "approve", "csrf": tokens[0]}),
            second.post(
                f"/review/{ref.document_id}",
                data={"action": "reject", "csrf": tokens[1], "comment": "unvollständig"},
            ),
        )
        statuses = sorted([approve.status_code, reject.status_code])
        assert statuses == [303, 409], (approve.text, reject.text)
        refused = approve if approve.status_code == 409 else reject
        assert "soeben entschieden" in refused.text or "wartet nicht" in refused.text
        # The accepted decision resumes the workflow; routing or rejecting takes a moment.
        final = None
        for _ in range(300):
            final = await current_progress(handle)
            if final is not None and final.status in (
                DocumentStatus.ROUTED,
                DocumentStatus.REJECTED,
            ):
                break
            await asyncio.sleep(0.1)
        assert final is not None
        assert final.status in (DocumentStatus.ROUTED, DocumentStatus.REJECTED), final
    decisions = components.audit.events(event_type="review.decided", document_id=ref.document_id)
    assert len(decisions) == 1
    winner = "pruefer" if approve.status_code == 303 else "kollegin"
    assert decisions[0].actor == winner
