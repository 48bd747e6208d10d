"""Mail intake on the real Temporal dev server: IMAP (Dovecot) and Microsoft Graph (test server).

A mailbox receives whatever the internet sends: the poller takes ordinary mail in, puts hostile
or broken mail into the quarantine folder with a reason, and goes on with the rest.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import make_settings, running_worker
from mail_factory import PDF, hostile_mails, mail
from servers.graph_server import GraphServer, make_sink, make_source
from servers.mail import MailServer
from sqlalchemy import select
from temporalio.client import Client

from agents.classifier import EmbeddingClassifier
from connectors.imap import ImapMailSource
from core.catalogue import ServiceCatalogue
from core.settings import ImapSettings, IntakeSettings, RoutingSettings, Settings, TemporalSettings
from core.storage import DocumentRow, InboundItemRow
from core.types import DocumentSource, DocumentStatus
from rathaus.stack import DevServer
from rathaus.wiring import Components
from redaction.redactor import Redactor
from workflows.intake import IntakeWorkflow, workflow_id_for
from workflows.source_activities import IntakeSource
from workflows.worker import poll_now, wait_for_progress

pytestmark = [
    pytest.mark.temporal,
    pytest.mark.filterwarnings("ignore:This class is deprecated:DeprecationWarning"),
]

INTAKE = "eingang@stadt.example"
LETTER = (
    "Sehr geehrte Damen und Herren,\n\nhiermit melde ich mein Gewerbe (Hausmeisterservice) "
    "zum 31.03.2026 ab, da ich den Betrieb aufgebe.\n\nMit freundlichen Grüßen\nPiotr Nowak\n"
)


def _components(
    settings: Settings,
    catalogue: ServiceCatalogue,
    classifier: EmbeddingClassifier,
    redactor: Redactor,
) -> Components:
    built = Components(settings)
    built.__dict__.update(catalogue=catalogue, embedding_classifier=classifier, redactor=redactor)
    return built


@pytest.fixture
def imap_components(
    tmp_path: Path,
    temporal_server: DevServer,
    mail_server: MailServer,
    catalogue: ServiceCatalogue,
    classifier: EmbeddingClassifier,
    redactor: Redactor,
) -> Iterator[Components]:
    user = INTAKE
    settings = make_settings(
        tmp_path,
        temporal=TemporalSettings(
            address=temporal_server.address, task_queue=f"test-{uuid.uuid4()}"
        ),
        intake=IntakeSettings(mail_backend="imap"),
        imap=ImapSettings(
            port=mail_server.imap_port,
            security="none",
            username=user,
            password=mail_server.users[user],  # type: ignore[arg-type]
            # Each test its own folders: the session's Dovecot is shared.
            folder=f"eingang-{uuid.uuid4().hex[:8]}",
        ),
    )
    mail_server.create(user, settings.imap.folder)
    built = _components(settings, catalogue, classifier, redactor)
    yield built
    built.close()
    built.db.dispose()


async def _outcomes(client: Client, components: Components) -> dict[str, DocumentStatus]:
    with components.db.session() as session:
        accepted = [
            r.document_id
            for r in session.scalars(select(InboundItemRow).where(InboundItemRow.status == "done"))
        ]
    outcomes = {}
    for document_id in accepted:
        assert document_id
        handle = client.get_workflow_handle_for(IntakeWorkflow.run, workflow_id_for(document_id))
        outcomes[document_id] = (await wait_for_progress(handle)).status
    return outcomes


async def test_imap_poller_quarantines_hostile_mail_and_goes_on(
    client: Client, imap_components: Components, mail_server: MailServer
) -> None:
    settings = imap_components.settings
    folder = settings.imap.folder
    hostile = hostile_mails()
    good = mail(body=LETTER, message_id=f"<{uuid.uuid4().hex}@example.org>")
    mail_server.append(INTAKE, folder, hostile["zip_bomb"])
    mail_server.append(INTAKE, folder, good.as_bytes())
    for name, raw in hostile.items():
        if name != "zip_bomb":
            mail_server.append(INTAKE, folder, raw)
    huge = mail(attachments=[("scan.pdf", PDF + b"0" * (30 * 1024 * 1024), "application/pdf")])
    mail_server.append(INTAKE, folder, huge.as_bytes())

    async with running_worker(client, imap_components):
        result = await poll_now(client, "imap", settings.temporal.task_queue)
        assert (result.taken_in, result.quarantined) == (1, len(hostile) + 1)
        outcomes = await _outcomes(client, imap_components)
        assert list(outcomes.values()) in (
            [DocumentStatus.ROUTED],
            [DocumentStatus.AWAITING_REVIEW],
        )
        # Nothing new; the same mail again (same Message-ID) is not taken in twice.
        assert (await poll_now(client, "imap", settings.temporal.task_queue)).taken_in == 0
        mail_server.append(INTAKE, folder, good.as_bytes())
        again = await poll_now(client, "imap", settings.temporal.task_queue)
        assert (again.taken_in, again.already_known) == (0, 1)

    assert mail_server.count(INTAKE, folder) == 0
    assert mail_server.count(INTAKE, mail_server.folder(settings.imap.processed_folder)) == 2
    quarantine = mail_server.folder(settings.imap.quarantine_folder)
    assert mail_server.count(INTAKE, quarantine) == len(hostile) + 1
    with imap_components.db.session() as session:
        refused = [
            r
            for r in session.scalars(select(DocumentRow))
            if r.status == "quarantined" and r.source == DocumentSource.MAIL_IMAP.value
        ]
    reasons = sorted(r.reason or "" for r in refused)
    assert len(refused) == len(hostile) + 1 and all(reasons)
    assert any("Archivbombe" in r for r in reasons)
    assert any("ausführbares Programm" in r for r in reasons)
    assert any("zu groß" in r and "nicht abgerufen" in r for r in reasons)
    # Refused mails are kept (bytes in the blob store) for staff, unless never downloaded.
    assert sum(1 for r in refused if r.blob_sha) == len(hostile)


async def test_graph_intake_and_delivery_end_to_end(
    client: Client,
    tmp_path: Path,
    temporal_server: DevServer,
    graph_server: GraphServer,
    catalogue: ServiceCatalogue,
    classifier: EmbeddingClassifier,
    redactor: Redactor,
) -> None:
    """Mail arrives in a Microsoft 365 mailbox, is taken in by delta query, routed by Graph."""
    settings = make_settings(
        tmp_path,
        temporal=TemporalSettings(
            address=temporal_server.address, task_queue=f"test-{uuid.uuid4()}"
        ),
        routing=RoutingSettings(mail_backend="graph"),
        intake=IntakeSettings(mail_backend="graph"),
    )
    components = _components(settings, catalogue, classifier, redactor)
    for department in {s.routing.mailbox for s in catalogue.services if s.routing.mailbox}:
        graph_server.add_mailbox(department)
    # The credential is the only difference to production (client secret → static token).
    source = make_source(graph_server, mailbox=INTAKE, max_bytes=settings.intake.max_bytes)
    components.__dict__["mail"] = make_sink(graph_server)
    components.__dict__["intake_sources"] = {
        "graph": IntakeSource(
            name="graph",
            document_source=DocumentSource.MAIL_GRAPH,
            processed_folder=settings.graph.processed_folder,
            quarantine_folder=settings.graph.quarantine_folder,
            mail=source,
        )
    }
    good = mail(body=LETTER, message_id=f"<{uuid.uuid4().hex}@example.org>")
    graph_server.seed_mime(INTAKE, good.as_bytes())
    graph_server.seed_mime(INTAKE, hostile_mails()["executable"])
    try:
        async with running_worker(client, components):
            result = await poll_now(client, "graph", settings.temporal.task_queue)
            assert (result.taken_in, result.quarantined) == (1, 1)
            [(document_id, status)] = (await _outcomes(client, components)).items()
            if status == DocumentStatus.AWAITING_REVIEW:
                pytest.fail("the letter should be routed automatically")
            assert status == DocumentStatus.ROUTED
            # The delta link was kept: the next poll sees only what is new.
            assert (await poll_now(client, "graph", settings.temporal.task_queue)).taken_in == 0
    finally:
        components.close()
        components.db.dispose()

    assert graph_server.messages(INTAKE, "inbox") == []
    assert len(graph_server.messages(INTAKE, settings.graph.processed_folder)) == 1
    assert len(graph_server.messages(INTAKE, settings.graph.quarantine_folder)) == 1
    routed = [
        m
        for m in graph_server.messages("gewerbeamt@stadt.example", "inbox")
        if document_id[:12] in m.subject
    ]
    assert len(routed) == 1
    assert graph_server.requests_missing_immutable_ids == 0


def test_imap_source_is_built_from_settings(mail_server: MailServer) -> None:
    source = ImapMailSource.from_settings(
        ImapSettings(
            port=mail_server.imap_port,
            security="none",
            username=INTAKE,
            password=mail_server.users[INTAKE],  # type: ignore[arg-type]
        ),
        max_bytes=1000,
    )
    assert "INBOX" in source.check()
