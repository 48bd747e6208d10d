import email
import email.policy
import threading
from pathlib import Path

from connectors.local_tickets import LocalTicketSink
from connectors.outbox import OutboxMailSink
from connectors.ports import Attachment, NewTicket, OutgoingMail
from core.blobs import LocalBlobStore
from core.storage import Database


def _mail(key: str) -> OutgoingMail:
    return OutgoingMail(
        to="gewerbeamt@stadt.example",
        sender="rathaus@stadt.example",
        subject="[rathaus] Gewerbeanmeldung – Eingang 123",
        body="Guten Tag,\nÄnderung übernommen.",
        idempotency_key=key,
        attachments=[Attachment("antrag.pdf", "application/pdf", b"%PDF-1.7 ...")],
    )


def test_outbox_delivers_each_key_exactly_once_even_under_races(tmp_path: Path) -> None:
    sink = OutboxMailSink(tmp_path)
    results = []

    def deliver() -> None:
        results.append(sink.deliver(_mail("intake-1:deliver:0")))

    threads = [threading.Thread(target=deliver) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    files = list(tmp_path.rglob("*.eml"))
    assert len(files) == 1
    assert sum(1 for r in results if not r.duplicate) == 1
    message = email.message_from_bytes(files[0].read_bytes(), policy=email.policy.default)
    assert message["To"] == "gewerbeamt@stadt.example"
    assert message["X-Rathaus-Idempotency-Key"] == "intake-1:deliver:0"
    assert [a.get_filename() for a in message.iter_attachments()] == ["antrag.pdf"]
    assert sink.deliver(_mail("intake-2:deliver:0")).duplicate is False
    assert "beschreibbar" in sink.check()


def test_local_tickets_are_idempotent(db_url: str, tmp_path: Path) -> None:
    db = Database(db_url)
    db.migrate()
    sink = LocalTicketSink(db, LocalBlobStore(tmp_path))
    ticket = NewTicket(
        queue="Widersprueche",
        subject="Widerspruch",
        body="…",
        idempotency_key="intake-9:deliver:1",
        document_id="9",
        attachments=[Attachment("w.pdf", "application/pdf", b"%PDF")],
    )
    first = sink.create(ticket)
    second = sink.create(ticket)
    assert not first.duplicate and second.duplicate
    assert first.external_id == second.external_id
    assert "erreichbar" in sink.check()
