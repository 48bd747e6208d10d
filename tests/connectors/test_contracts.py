"""One contract per port, run against every adapter that implements it.

Mail sinks: the local outbox, SMTP (Postfix → Dovecot) and Microsoft Graph (strict test server).
Ticket sinks: the built-in ticket table and Request Tracker 5. Mail sources: IMAP (Dovecot) and
Graph. Backend-specific behaviour has its own tests next to this file.
"""

from __future__ import annotations

import email
import email.policy
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

import pytest
from servers.graph_server import GraphServer, make_sink, make_source
from servers.mail import MailServer
from servers.rt5 import RT5Server
from sqlalchemy import select

from connectors.imap import ImapMailSource
from connectors.local_tickets import LocalTicketSink
from connectors.outbox import OutboxMailSink
from connectors.ports import (
    Attachment,
    MailSink,
    MailSource,
    NewTicket,
    OutgoingMail,
    TicketSink,
    TicketUpdater,
)
from connectors.request_tracker import RequestTrackerTicketSink
from connectors.smtp import SmtpMailSink
from core.blobs import LocalBlobStore
from core.errors import PermanentDeliveryError
from core.settings import ImapSettings, SmtpSettings
from core.storage import Database, TicketRow

pytestmark = pytest.mark.filterwarnings("ignore:This class is deprecated:DeprecationWarning")

RECIPIENT = "wohngeld@stadt.example"  # a mailbox no other connector test reads
PDF = b"%PDF-1.4\n" + bytes(range(256)) * 16 + b"\n%%EOF\n"


def parse(raw: bytes) -> EmailMessage:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database(f"sqlite:///{tmp_path / 'rathaus.db'}")
    database.migrate()
    yield database
    database.dispose()


# -- mail sinks -------------------------------------------------------------------------------


@dataclass
class MailBackend:
    sink: MailSink
    # Attachments (file name -> bytes) of the delivered mails whose subject carries ``tag``.
    delivered: Callable[[str], list[dict[str, bytes]]]


def _attachments(message: EmailMessage) -> dict[str, bytes]:
    found = {}
    for part in message.iter_attachments():
        data = part.get_payload(decode=True)
        found[part.get_filename() or ""] = data if isinstance(data, bytes) else b""
    return found


@pytest.fixture(params=["outbox", "smtp", "graph"])
def mail_backend(
    request: pytest.FixtureRequest, tmp_path: Path, db: Database
) -> Iterator[MailBackend]:
    if request.param == "outbox":
        outbox = OutboxMailSink(tmp_path / "outbox")

        def from_outbox(tag: str) -> list[dict[str, bytes]]:
            mails = [parse(p.read_bytes()) for p in (tmp_path / "outbox").rglob("*.eml")]
            return [_attachments(m) for m in mails if tag in str(m["Subject"])]

        yield MailBackend(outbox, from_outbox)
    elif request.param == "smtp":
        server: MailServer = request.getfixturevalue("mail_server")
        smtp = SmtpMailSink.from_settings(
            SmtpSettings(port=server.smtp_port, security="none"), db, "rathaus@stadt.example"
        )

        def from_dovecot(tag: str) -> list[dict[str, bytes]]:
            raws = server.wait_for(RECIPIENT, lambda raw: tag.encode() in raw)
            return [_attachments(parse(raw)) for raw in raws]

        yield MailBackend(smtp, from_dovecot)
    else:
        graph: GraphServer = request.getfixturevalue("graph_server")
        graph.add_mailbox(RECIPIENT)
        sink = make_sink(graph)

        def from_graph(tag: str) -> list[dict[str, bytes]]:
            return [m.attachments for m in graph.messages(RECIPIENT, "inbox") if tag in m.subject]

        yield MailBackend(sink, from_graph)
        sink.close()


def outgoing(key: str, tag: str) -> OutgoingMail:
    return OutgoingMail(
        to=RECIPIENT,
        sender="rathaus@stadt.example",
        subject=f"[rathaus] Ummeldung – Eingang {tag}",
        body="Guten Tag,\nrathaus hat ein Dokument zugeordnet.\n",
        idempotency_key=key,
        attachments=[Attachment("antrag.pdf", "application/pdf", PDF)],
    )


def test_mail_sink_delivers_once_per_key_with_attachment(mail_backend: MailBackend) -> None:
    tag = uuid.uuid4().hex[:12]
    key = f"intake-{tag}:deliver:0"
    first = mail_backend.sink.deliver(outgoing(key, tag))
    again = mail_backend.sink.deliver(outgoing(key, tag))
    assert not first.duplicate and again.duplicate
    assert first.external_id and again.external_id == first.external_id
    assert mail_backend.delivered(tag) == [{"antrag.pdf": PDF}]
    other = mail_backend.sink.deliver(outgoing(f"intake-{tag}:deliver:1", tag))
    assert not other.duplicate and other.external_id != first.external_id
    assert isinstance(mail_backend.sink.check(), str)


# -- ticket sinks -----------------------------------------------------------------------------


@pytest.fixture(params=["local", "rt"])
def ticket_sink(
    request: pytest.FixtureRequest, tmp_path: Path, db: Database
) -> Iterator[TicketSink]:
    if request.param == "local":
        yield LocalTicketSink(db, LocalBlobStore(tmp_path / "blobs"))
    else:
        rt: RT5Server = request.getfixturevalue("rt5_server")
        sink = RequestTrackerTicketSink(rt.url, token=rt.token)
        yield sink
        sink.close()


def new_ticket(key: str) -> NewTicket:
    return NewTicket(
        queue="Gewerbe",
        subject=f"[rathaus] Gewerbeanmeldung – Eingang {key[-12:]}",
        body="Guten Tag,\nrathaus hat ein Dokument zugeordnet.\n",
        idempotency_key=key,
        attachments=[Attachment("antrag.pdf", "application/pdf", PDF)],
        service_id="gewerbe_anmeldung",
        leika="99050012104000",
    )


def test_ticket_sink_creates_once_per_key_and_takes_comments(ticket_sink: TicketSink) -> None:
    key = f"intake-{uuid.uuid4().hex}:deliver:1"
    first = ticket_sink.create(new_ticket(key))
    again = ticket_sink.create(new_ticket(key))
    assert not first.duplicate and again.duplicate
    assert again.external_id == first.external_id
    assert isinstance(ticket_sink, TicketUpdater)
    ticket_sink.comment(first.external_id, "Entscheidung: bestätigt.", status="resolved")
    ticket_sink.comment(first.external_id, "Entscheidung: bestätigt.", status="resolved")
    with pytest.raises(PermanentDeliveryError):
        ticket_sink.comment("999999", "Gibt es nicht.")
    assert isinstance(ticket_sink.check(), str)


def test_local_ticket_comment_is_recorded_once(db: Database, tmp_path: Path) -> None:
    sink = LocalTicketSink(db, LocalBlobStore(tmp_path / "blobs"))
    created = sink.create(new_ticket(f"intake-{uuid.uuid4().hex}:deliver:1"))
    for _ in range(2):
        sink.comment(created.external_id, "Entscheidung: abgelehnt.", status="rejected")
    with db.session() as session:
        row = session.scalars(select(TicketRow)).one()
    assert row.status == "rejected" and row.body.count("Entscheidung: abgelehnt.") == 1


# -- mail sources -----------------------------------------------------------------------------


@dataclass
class SourceBackend:
    source: MailSource
    seed: Callable[[bytes], None]
    in_folder: Callable[[str], int]


def inbound(tag: str, number: int) -> bytes:
    message = EmailMessage()
    message["From"] = "buerger@example.org"
    message["To"] = "eingang@stadt.example"
    message["Subject"] = f"Antrag {tag} {number}"
    message["Message-ID"] = f"<{tag}-{number}@example.org>"
    message.set_content("Bitte um Ummeldung meines Wohnsitzes.")
    return message.as_bytes()


@pytest.fixture(params=["imap", "graph"])
def source_backend(request: pytest.FixtureRequest) -> Iterator[SourceBackend]:
    if request.param == "imap":
        server: MailServer = request.getfixturevalue("mail_server")
        user = "eingang@stadt.example"
        folder = f"contract-{uuid.uuid4().hex[:8]}"
        server.create(user, folder)
        source = ImapMailSource.from_settings(
            ImapSettings(
                port=server.imap_port,
                security="none",
                username=user,
                password=server.users[user],  # type: ignore[arg-type]
                folder=folder,
            ),
            max_bytes=1_000_000,
        )
        yield SourceBackend(
            source,
            lambda raw: server.append(user, folder, raw),
            lambda name: server.count(user, server.folder(name)),
        )
    else:
        graph: GraphServer = request.getfixturevalue("graph_server")
        source = make_source(graph)
        yield SourceBackend(
            source,
            lambda raw: graph.seed_mime("eingang@stadt.example", raw) and None,
            lambda name: len(graph.messages("eingang@stadt.example", name)),
        )
        source.close()


def test_mail_source_fetches_new_mail_once_and_moves_it(source_backend: SourceBackend) -> None:
    tag = uuid.uuid4().hex[:10]
    for number in range(2):
        source_backend.seed(inbound(tag, number))
    first = source_backend.source.fetch(None, limit=10)
    assert sorted(m.internet_message_id or "" for m in first.messages) == [
        f"<{tag}-0@example.org>",
        f"<{tag}-1@example.org>",
    ]
    assert all(m.raw and m.size == len(m.raw) for m in first.messages)
    assert source_backend.source.fetch(first.cursor, limit=10).messages == []
    source_backend.seed(inbound(tag, 2))
    second = source_backend.source.fetch(first.cursor, limit=10)
    assert [m.internet_message_id for m in second.messages] == [f"<{tag}-2@example.org>"]
    for message in first.messages + second.messages:
        source_backend.source.move(message.source_id, "rathaus-verarbeitet")
        source_backend.source.move(message.source_id, "rathaus-verarbeitet")  # already gone
    assert source_backend.in_folder("rathaus-verarbeitet") == 3
    assert isinstance(source_backend.source.check(), str)
