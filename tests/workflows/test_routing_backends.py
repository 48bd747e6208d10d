"""Routing into real backends: SMTP into Postfix/Dovecot, tickets into Request Tracker 5.

The whole intake workflow runs on the Temporal dev server; deliveries are counted where they
land (Dovecot mailboxes over IMAP, RT tickets over REST2).
"""

from __future__ import annotations

import asyncio
import email
import email.policy
import io
import uuid
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from conftest import SAMPLES, expected_for, make_settings, running_worker
from pypdf import PdfReader
from servers.mail import MailServer
from servers.rt5 import RT5Server
from temporalio.client import Client, WorkflowHandle

from agents.classifier import EmbeddingClassifier
from connectors.intake import store_document
from core.catalogue import RoutingSpec, RoutingTargetSpec, ServiceCatalogue
from core.settings import (
    RequestTrackerSettings,
    RoutingSettings,
    Settings,
    SmtpSettings,
    TemporalSettings,
)
from core.types import (
    DocumentRef,
    DocumentSource,
    DocumentStatus,
    IntakeProgress,
    ReviewAction,
    ReviewDecision,
)
from rathaus.stack import DevServer
from rathaus.wiring import Components
from redaction.redactor import Redactor
from workflows.intake import IntakeWorkflow
from workflows.worker import current_progress, start_intake, wait_for_progress

pytestmark = pytest.mark.temporal


def backend_settings(
    data_dir: Path, temporal: DevServer, mail: MailServer, rt: RT5Server, **routing: str
) -> Settings:
    return make_settings(
        data_dir,
        temporal=TemporalSettings(address=temporal.address, task_queue=f"test-{uuid.uuid4()}"),
        routing=RoutingSettings(mail_backend="smtp", ticket_backend="rt", **routing),
        smtp=SmtpSettings(port=mail.smtp_port, security="none"),
        rt=RequestTrackerSettings(url=rt.url, token=rt.token),  # type: ignore[arg-type]
    )


@pytest.fixture
def backends(
    tmp_path: Path,
    temporal_server: DevServer,
    mail_server: MailServer,
    rt5_server: RT5Server,
    catalogue: ServiceCatalogue,
    classifier: EmbeddingClassifier,
    redactor: Redactor,
) -> Iterator[Components]:
    settings = backend_settings(
        tmp_path, temporal_server, mail_server, rt5_server, review_queue="Pruefung"
    )
    built = Components(settings)
    built.__dict__.update(catalogue=catalogue, embedding_classifier=classifier, redactor=redactor)
    yield built
    built.close()
    built.db.dispose()


def fresh(components: Components, name: str) -> DocumentRef:
    """A sample with a unique tail: document ids come from the content."""
    data = (SAMPLES / name).read_bytes() + f"\n{uuid.uuid4().hex}\n".encode()
    return store_document(components.blobs, data, name, DocumentSource.UPLOAD)


async def routed(handle: WorkflowHandle[Any, IntakeProgress]) -> IntakeProgress:
    """Wait for the document; approve the proposal if it waits for a human."""
    progress = await wait_for_progress(handle)
    if progress.status == DocumentStatus.AWAITING_REVIEW:
        await handle.signal(
            IntakeWorkflow.review,
            ReviewDecision(action=ReviewAction.APPROVE, reviewer="pruefer.test"),
        )
        progress = await handle.result()
    return progress


def with_service(components: Components, service_id: str, **changes: Any) -> None:
    """Replace one service of the catalogue (routing rules, auto_route) for this test."""
    catalogue = components.catalogue
    # A new model, not model_copy: that would carry the cached ``by_id`` of the original.
    components.__dict__["catalogue"] = ServiceCatalogue.model_validate(
        {
            **catalogue.model_dump(),
            "services": [
                s.model_copy(update=changes) if s.id == service_id else s
                for s in catalogue.services
            ],
        }
    )


def parse(raw: bytes) -> EmailMessage:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def mails_for(mail: MailServer, user: str, document_id: str, count: int = 1) -> list[bytes]:
    return mail.wait_for(user, lambda raw: document_id[:12].encode() in raw, count=count)


async def test_routed_document_lands_in_dovecot_and_rt_once(
    client: Client, backends: Components, mail_server: MailServer, rt5_server: RT5Server
) -> None:
    queue = backends.settings.temporal.task_queue
    ref = fresh(backends, "01_gewerbeanmeldung.pdf")
    async with running_worker(client, backends):
        handle, _ = await start_intake(client, ref, queue)
        progress = await routed(handle)
        assert progress.status == DocumentStatus.ROUTED, progress
        assert progress.destinations == ["mailbox:gewerbeamt@stadt.example", "ticket_queue:Gewerbe"]

    [raw] = mails_for(mail_server, "gewerbeamt@stadt.example", ref.document_id)
    message = parse(raw)
    [attached] = list(message.iter_attachments())
    assert attached.get_filename() == "01_gewerbeanmeldung.pdf"
    assert attached.get_payload(decode=True) == backends.blobs.get(ref.blob)
    body = message.get_body(preferencelist=("plain",))
    assert body is not None and "Ayşe Yıldırım" in body.get_content()  # re-identified

    tickets = rt5_server.search(f"Queue = 'Gewerbe' AND Subject LIKE '{ref.document_id[:12]}'")
    assert len(tickets) == 1
    fields = rt5_server.custom_field_values(tickets[0])
    assert fields["Leistung"] == ["gewerbe_anmeldung"]
    assert fields["LeiKa"] == [expected_leika(backends, "gewerbe_anmeldung")]


def expected_leika(components: Components, service_id: str) -> str:
    leika = components.catalogue.get(service_id).leika
    assert leika
    return leika


async def test_targets_get_original_or_blacked_out_pdf_by_rule(
    client: Client, backends: Components, mail_server: MailServer, rt5_server: RT5Server
) -> None:
    """Department mailbox: real data and the original. Ticket queue: redacted PDF only."""
    routing = RoutingSpec(
        targets=[
            RoutingTargetSpec(kind="mailbox", address="gewerbeamt@stadt.example"),
            RoutingTargetSpec(
                kind="ticket_queue", address="Allgemein", reidentify=False, attachment="redacted"
            ),
        ]
    )
    with_service(backends, "gewerbe_anmeldung", routing=routing)
    ref = fresh(backends, "01_gewerbeanmeldung.pdf")
    async with running_worker(client, backends):
        handle, _ = await start_intake(client, ref, backends.settings.temporal.task_queue)
        progress = await routed(handle)
    assert progress.status == DocumentStatus.ROUTED, progress
    assert progress.destinations == ["mailbox:gewerbeamt@stadt.example", "ticket_queue:Allgemein"]

    [ticket] = rt5_server.search(f"Queue = 'Allgemein' AND Subject LIKE '{ref.document_id[:12]}'")
    files = rt5_server.attachments(ticket)
    assert list(files) == ["01_gewerbeanmeldung-geschwaerzt.pdf"]
    content_type, pdf = files["01_gewerbeanmeldung-geschwaerzt.pdf"]
    assert content_type == "application/pdf" and pdf.startswith(b"%PDF")
    # An image-only PDF: no text layer that could carry a name.
    layer = "".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Yıldırım" not in layer
    ticket_body = "\n".join(rt5_server.body_texts(ticket))
    for value in expected_for("01_gewerbeanmeldung.pdf")["pii"]:
        assert value not in ticket_body, value
    assert "geschwärzte Fassung" in ticket_body

    [raw] = mails_for(mail_server, "gewerbeamt@stadt.example", ref.document_id)
    [attached] = list(parse(raw).iter_attachments())
    assert attached.get_filename() == "01_gewerbeanmeldung.pdf"


async def test_a_target_that_refuses_for_good_hands_over_to_the_fallback(
    client: Client, backends: Components, mail_server: MailServer
) -> None:
    routing = RoutingSpec(targets=[RoutingTargetSpec(kind="ticket_queue", address="Gibtsnicht")])
    with_service(backends, "gewerbe_anmeldung", routing=routing)
    ref = fresh(backends, "01_gewerbeanmeldung.pdf")
    async with running_worker(client, backends):
        handle, _ = await start_intake(client, ref, backends.settings.temporal.task_queue)
        progress = await routed(handle)
    assert progress.status == DocumentStatus.ROUTED, progress
    [raw] = mails_for(mail_server, "poststelle@stadt.example", ref.document_id)
    body = parse(raw).get_body(preferencelist=("plain",))
    assert body is not None
    assert "Ersatzadresse" in body.get_content() and "Gibtsnicht" in body.get_content()


async def test_review_is_mirrored_in_the_review_queue(
    client: Client, backends: Components, rt5_server: RT5Server
) -> None:
    """A document that waits for a human opens a redacted ticket; the decision closes it."""
    with_service(backends, "gewerbe_anmeldung", auto_route=False)
    ref = fresh(backends, "01_gewerbeanmeldung.pdf")
    async with running_worker(client, backends):
        handle, _ = await start_intake(client, ref, backends.settings.temporal.task_queue)
        progress = await wait_for_progress(handle)
        assert progress.status == DocumentStatus.AWAITING_REVIEW, progress
        # The mirror is its own activity, right after the review opened.
        query = f"Queue = 'Pruefung' AND Subject LIKE '{ref.document_id[:12]}'"
        for _ in range(100):
            if found := rt5_server.search(query):
                break
            await asyncio.sleep(0.1)
        [ticket] = found
        assert rt5_server.ticket(ticket)["Status"] == "new"
        await handle.signal(
            IntakeWorkflow.review,
            ReviewDecision(
                action=ReviewAction.CHANGE, service_id="gewerbe_ummeldung", reviewer="k.berg"
            ),
        )
        await handle.result()
    assert rt5_server.ticket(ticket)["Status"] == "resolved"
    [comment] = rt5_server.comment_texts(ticket)
    assert "k.berg" in comment and "umgeleitet an gewerbe_ummeldung" in comment
    assert rt5_server.attachments(ticket) == {}


async def test_ticket_system_down_for_a_while_then_delivered_once(
    client: Client, backends: Components, rt5_server: RT5Server
) -> None:
    ref = fresh(backends, "01_gewerbeanmeldung.pdf")
    rt5_server.stop()
    try:
        async with running_worker(client, backends):
            handle, _ = await start_intake(client, ref, backends.settings.temporal.task_queue)
            # Wait until the ticket delivery has failed at least twice (approving the document
            # if it waits for a human; routed automatically it never becomes final while RT
            # is down).
            approved = False
            for _ in range(600):
                progress = await current_progress(handle)
                if (
                    not approved
                    and progress is not None
                    and progress.status == DocumentStatus.AWAITING_REVIEW
                ):
                    await handle.signal(
                        IntakeWorkflow.review,
                        ReviewDecision(action=ReviewAction.APPROVE, reviewer="pruefer.test"),
                    )
                    approved = True
                description = await handle.describe()
                pending = description.raw_description.pending_activities
                if any(p.attempt >= 3 for p in pending):
                    break
                await asyncio.sleep(0.1)
            else:
                pytest.fail("the delivery was never retried")
            rt5_server.start()
            progress = await routed(handle)
    finally:
        rt5_server.start()
    assert progress.status == DocumentStatus.ROUTED, progress
    tickets = rt5_server.search(f"Queue = 'Gewerbe' AND Subject LIKE '{ref.document_id[:12]}'")
    assert len(tickets) == 1
