"""SMTP delivery and IMAP intake against a private Postfix + Dovecot (tests/servers/mail.py)."""

from __future__ import annotations

import smtplib
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default as default_policy
from pathlib import Path

import pytest
from servers.mail import MailServer, free_port
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from connectors.imap import ImapMailSource, _fetch_items, _internaldate, encode_mailbox
from connectors.ports import Attachment, OutgoingMail
from connectors.smtp import SmtpDelivered, SmtpMailSink, message_id_for, smtp_deliveries
from core.errors import DeliveryError, PermanentDeliveryError
from core.settings import ImapSettings, SmtpSettings
from core.storage import Database

SENDER = "rathaus@stadt.example"
GEWERBE = "gewerbe@stadt.example"
EINGANG = "eingang@stadt.example"
# Binary, every byte value: survives only if the attachment is encoded and decoded correctly.
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"
BODY = "Sehr geehrte Damen und Herren,\nanbei die Gewerbeanmeldung von Frau Müller.\n"


# -- SMTP ----------------------------------------------------------------------------------


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database(f"sqlite:///{tmp_path / 'rathaus.db'}")
    database.migrate()
    yield database
    database.dispose()


def smtp_settings(server: MailServer, **overrides: object) -> SmtpSettings:
    values: dict[str, object] = {
        "host": "127.0.0.1",
        "port": server.smtp_port,
        "security": "none",
        "timeout_seconds": 10,
    }
    return SmtpSettings.model_validate(values | overrides)


@pytest.fixture
def sink(mail_server: MailServer, db: Database) -> SmtpMailSink:
    return SmtpMailSink.from_settings(smtp_settings(mail_server), db, SENDER)


def outgoing(to: str = GEWERBE, *, attachments: list[Attachment] | None = None) -> OutgoingMail:
    return OutgoingMail(
        to=to,
        sender=SENDER,
        subject="Gewerbeanmeldung – Vorgang 2025-0815",
        body=BODY,
        idempotency_key=f"wf-{uuid.uuid4()}/deliver-mail",
        attachments=attachments or [],
    )


def keyed(key: str) -> Callable[[bytes], bool]:
    return lambda raw: f"X-Rathaus-Idempotency-Key: {key}".encode() in raw


def parse(raw: bytes) -> EmailMessage:
    message = message_from_bytes(raw, policy=default_policy)
    assert isinstance(message, EmailMessage)
    return message


def test_deliver_with_pdf_arrives_in_the_mailbox(
    mail_server: MailServer,
    sink: SmtpMailSink,
) -> None:
    mail = outgoing(attachments=[Attachment("anmeldung.pdf", "application/pdf", PDF)])

    result = sink.deliver(mail)

    assert isinstance(result, SmtpDelivered)
    assert (result.duplicate, result.resent) == (False, False)
    assert result.external_id == message_id_for(mail.idempotency_key, SENDER)
    assert result.external_id.endswith("@stadt.example>")
    [raw] = mail_server.wait_for(GEWERBE, keyed(mail.idempotency_key))
    message = parse(raw)
    assert message["Message-ID"] == result.external_id
    assert message["Subject"] == mail.subject
    text = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert text.replace("\r\n", "\n") == BODY
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == "anmeldung.pdf"
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_content() == PDF


def test_same_key_twice_delivers_once(
    mail_server: MailServer,
    sink: SmtpMailSink,
) -> None:
    mail = outgoing()

    first = sink.deliver(mail)
    second = sink.deliver(mail)

    assert not first.duplicate
    assert second.duplicate
    assert second.external_id == first.external_id
    # A later mail on the same path arriving proves the duplicate did not travel behind it.
    marker = outgoing()
    sink.deliver(marker)
    assert mail_server.wait_for(GEWERBE, keyed(marker.idempotency_key))
    assert len(mail_server.wait_for(GEWERBE, keyed(mail.idempotency_key), timeout=0)) == 1


def test_crash_after_acceptance_resends_with_the_same_message_id(
    mail_server: MailServer,
    sink: SmtpMailSink,
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    mail = outgoing()
    recorded = sink.ledger.mark_sent

    def crash_once(key: str) -> None:
        monkeypatch.setattr(sink.ledger, "mark_sent", recorded)
        raise OperationalError("UPDATE smtp_deliveries", {}, Exception("disk I/O error"))

    monkeypatch.setattr(sink.ledger, "mark_sent", crash_once)

    with pytest.raises(DeliveryError) as crashed:
        sink.deliver(mail)
    assert not isinstance(crashed.value, PermanentDeliveryError)
    with db.session() as session:
        assert session.scalar(select(smtp_deliveries.c.state)) == "sending"
    # Right away, the first attempt might still be running: the retry waits for its lease.
    with pytest.raises(DeliveryError, match="anderer Zustellversuch") as waiting:
        sink.deliver(mail)
    assert waiting.value.retry_after is not None and 0 < waiting.value.retry_after <= 60
    sink.ledger.lease_seconds = 0  # the lease has run out

    retried = sink.deliver(mail)
    again = sink.deliver(mail)

    assert isinstance(retried, SmtpDelivered)
    assert (retried.duplicate, retried.resent) == (False, True)
    assert retried.external_id == message_id_for(mail.idempotency_key, SENDER)
    assert again.duplicate
    # The resend went out with the same Message-ID, and the mailbox kept one copy: Dovecot's
    # Sieve duplicate test (as Exchange's duplicate detection) dropped the second.
    assert _wait_for_log(mail_server, "discard", retried.external_id)
    arrived = mail_server.wait_for(GEWERBE, keyed(mail.idempotency_key), count=1)
    assert [parse(raw)["Message-ID"] for raw in arrived] == [retried.external_id]
    with db.session() as session:
        row = session.execute(select(smtp_deliveries)).one()
    assert (row.state, row.attempts, row.message_id) == ("sent", 2, retried.external_id)
    assert row.sent_at is not None


def test_mailbox_drops_resends_even_after_concurrent_deliveries(mail_server: MailServer) -> None:
    """The receiver the exactly-once tests rely on: a resend is dropped by its Message-ID.

    Dovecot's duplicate database is read when a delivery starts and written back whole when it
    ends, so two deliveries into one mailbox at once lose one of their Message-IDs. The test
    Postfix therefore delivers to Dovecot one mail at a time (its main.cf). Without that, 36 of
    40 resends were stored (the chaos test once saw a resend stored twice).
    """
    tag = uuid.uuid4().hex
    count = 20

    def send(index: int, attempt: str) -> None:
        message = EmailMessage()
        message["From"] = SENDER
        message["To"] = GEWERBE
        message["Subject"] = f"Parallel {tag} {index} {attempt}"
        message["Message-ID"] = f"<parallel.{tag}.{index}@stadt.example>"
        message.set_content(BODY)
        with smtplib.SMTP("127.0.0.1", mail_server.smtp_port, timeout=10) as client:
            client.send_message(message)

    def all_at_once(attempt: str) -> None:
        with ThreadPoolExecutor(max_workers=count) as pool:
            list(pool.map(lambda index: send(index, attempt), range(count)))

    mine: Callable[[bytes], bool] = lambda raw: tag.encode() in raw  # noqa: E731
    all_at_once("first")
    assert len(mail_server.wait_for(GEWERBE, mine, count=count, timeout=30)) == count
    all_at_once("again")
    # Every resend reached Dovecot and was discarded there.
    for index in range(count):
        assert _wait_for_log(mail_server, "discard", f"parallel.{tag}.{index}@"), index
    stored = mail_server.wait_for(GEWERBE, mine, count=count + 1, timeout=0)
    assert sorted(raw.count(b"again") for raw in stored) == [0] * count


def _wait_for_log(server: MailServer, *needles: str, timeout: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        text = server.logs["dovecot"].read_text(errors="replace")
        if any(all(n in line for n in needles) for line in text.splitlines()):
            return True
        time.sleep(0.05)
    return False


def test_unknown_recipient_is_permanent(
    sink: SmtpMailSink,
    db: Database,
) -> None:
    mail = outgoing("niemand@stadt.example")

    with pytest.raises(PermanentDeliveryError) as refused:
        sink.deliver(mail)

    assert "550" in str(refused.value)
    assert "Müller" not in str(refused.value)
    # Nothing was accepted: no claim is left behind that would flag a later attempt as resent.
    with db.session() as session:
        assert session.execute(select(smtp_deliveries)).first() is None


def test_server_down_is_transient_then_delivers(
    mail_server: MailServer,
    sink: SmtpMailSink,
) -> None:
    mail = outgoing()
    mail_server.stop_smtp()
    try:
        with pytest.raises(DeliveryError) as down:
            sink.deliver(mail)
        assert not isinstance(down.value, PermanentDeliveryError)
        with pytest.raises(DeliveryError, match=r"SMTP-Server .* ist nicht nutzbar"):
            sink.check()
    finally:
        mail_server.start_smtp()

    result = sink.deliver(mail)

    assert isinstance(result, SmtpDelivered)
    assert (result.duplicate, result.resent) == (False, False)
    assert mail_server.wait_for(GEWERBE, keyed(mail.idempotency_key))


def test_smtp_check(
    mail_server: MailServer,
    sink: SmtpMailSink,
    db: Database,
) -> None:
    assert "erreichbar" in sink.check()
    # The test Postfix offers no AUTH: a configured login cannot work, retrying will not help.
    with_login = SmtpMailSink.from_settings(
        smtp_settings(mail_server, username="rathaus", password="x"), db, SENDER
    )
    with pytest.raises(PermanentDeliveryError, match="SMTP-Server"):
        with_login.check()
    unreachable = SmtpMailSink.from_settings(
        smtp_settings(mail_server, port=free_port()), db, SENDER
    )
    with pytest.raises(DeliveryError) as down:
        unreachable.check()
    assert not isinstance(down.value, PermanentDeliveryError)


@pytest.fixture
def trust_test_certificate(
    mail_server: MailServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # ssl.create_default_context() reads OpenSSL's default paths, which honour SSL_CERT_FILE.
    monkeypatch.setenv("SSL_CERT_FILE", str(mail_server.ca_file))


@pytest.mark.parametrize("security", ["starttls", "ssl"])
@pytest.mark.usefixtures("trust_test_certificate")
def test_smtp_over_tls(
    mail_server: MailServer,
    db: Database,
    security: str,
) -> None:
    port = mail_server.smtps_port if security == "ssl" else mail_server.smtp_port
    sink = SmtpMailSink.from_settings(
        smtp_settings(mail_server, security=security, port=port), db, SENDER
    )
    mail = outgoing()

    assert "erreichbar" in sink.check()
    assert not sink.deliver(mail).duplicate
    assert mail_server.wait_for(GEWERBE, keyed(mail.idempotency_key))


def test_smtp_untrusted_certificate_is_permanent(
    mail_server: MailServer,
    db: Database,
) -> None:
    sink = SmtpMailSink.from_settings(
        smtp_settings(mail_server, security="ssl", port=mail_server.smtps_port), db, SENDER
    )
    with pytest.raises(PermanentDeliveryError, match="certificate"):
        sink.deliver(outgoing())


# -- IMAP ----------------------------------------------------------------------------------


@pytest.fixture
def intake_folder() -> str:
    """A folder of its own per test, so the session-wide server needs no cleaning."""
    return f"eingang-{uuid.uuid4().hex[:8]}"


def imap_settings(server: MailServer, folder: str, **overrides: object) -> ImapSettings:
    values: dict[str, object] = {
        "host": "127.0.0.1",
        "port": server.imap_port,
        "security": "none",
        "username": EINGANG,
        "password": server.users[EINGANG],
        "folder": folder,
        "timeout_seconds": 10,
    }
    return ImapSettings.model_validate(values | overrides)


@pytest.fixture
def source(mail_server: MailServer, intake_folder: str) -> ImapMailSource:
    return ImapMailSource.from_settings(imap_settings(mail_server, intake_folder), 1_000_000)


def intake_mail(padding: int = 0) -> tuple[str, bytes]:
    message_id = f"<{uuid.uuid4().hex}@buerger.example>"
    raw = (
        "From: Piotr Nowak <p.nowak@buerger.example>\r\n"
        "To: eingang@stadt.example\r\n"
        "Subject: Antrag\r\n"
        f"Message-ID: {message_id}\r\n"
        "Date: Mon, 01 Dec 2025 09:30:00 +0100\r\n"
        "\r\n"
        "Guten Tag, anbei mein Antrag.\r\n" + "x" * padding + "\r\n"
    ).encode()
    return message_id, raw


def test_fetch_returns_new_messages_once(
    mail_server: MailServer,
    source: ImapMailSource,
    intake_folder: str,
) -> None:
    seeded = [intake_mail() for _ in range(3)]
    for _, raw in seeded:
        mail_server.append(EINGANG, intake_folder, raw)

    batch = source.fetch(None, 10)

    assert not batch.reset
    assert [m.internet_message_id for m in batch.messages] == [mid for mid, _ in seeded]
    assert [m.raw for m in batch.messages] == [raw for _, raw in seeded]
    assert [m.size for m in batch.messages] == [len(raw) for _, raw in seeded]
    assert all(
        m.received_at is not None and m.received_at.utcoffset() is not None for m in batch.messages
    )
    validity = mail_server.uidvalidity(EINGANG, intake_folder)
    assert [m.source_id for m in batch.messages] == [f"{validity}:{uid}" for uid in (1, 2, 3)]
    assert batch.cursor == f"{validity}:3"

    # "4:*" still matches UID 3 on the server: the adapter must drop it.
    empty = source.fetch(batch.cursor, 10)
    assert (empty.messages, empty.cursor, empty.reset) == ([], batch.cursor, False)

    new_id, new_raw = intake_mail()
    mail_server.append(EINGANG, intake_folder, new_raw)
    later = source.fetch(empty.cursor, 10)
    assert [(m.internet_message_id, m.raw) for m in later.messages] == [(new_id, new_raw)]
    assert later.cursor == f"{validity}:4"
    # Fetching only peeks: nothing was marked as read or removed.
    assert mail_server.count(EINGANG, intake_folder) == 4


def test_fetch_respects_the_limit(
    mail_server: MailServer,
    source: ImapMailSource,
    intake_folder: str,
) -> None:
    for _ in range(3):
        mail_server.append(EINGANG, intake_folder, intake_mail()[1])

    first = source.fetch(None, 2)
    rest = source.fetch(first.cursor, 2)

    assert len(first.messages) == 2
    assert [m.source_id.split(":")[1] for m in rest.messages] == ["3"]


def test_move_to_processed_folder(
    mail_server: MailServer,
    source: ImapMailSource,
    intake_folder: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    processed = f"rathaus/verarbeitet-{intake_folder}"
    seeded = [intake_mail() for _ in range(3)]
    for _, raw in seeded:
        mail_server.append(EINGANG, intake_folder, raw)
    batch = source.fetch(None, 10)

    source.move(batch.messages[0].source_id, processed)
    source.move(batch.messages[0].source_id, processed)  # already gone: fine

    assert mail_server.count(EINGANG, intake_folder) == 2
    assert mail_server.messages(EINGANG, processed) == [seeded[0][1]]

    # A server without MOVE: COPY + \Deleted + UID EXPUNGE.
    monkeypatch.setattr(
        ImapMailSource, "_capabilities", staticmethod(lambda client: {"IMAP4REV1", "UIDPLUS"})
    )
    source.move(batch.messages[1].source_id, processed)
    source.move(batch.messages[1].source_id, processed)

    assert mail_server.messages(EINGANG, intake_folder) == [seeded[2][1]]
    assert mail_server.messages(EINGANG, processed) == [seeded[0][1], seeded[1][1]]


def test_inbox_to_the_configured_processed_folder(
    mail_server: MailServer,
) -> None:
    # The default settings: INBOX → rathaus/verarbeitet, on a mailbox no other test uses.
    user = "buergerbuero@stadt.example"
    source = ImapMailSource.from_settings(
        imap_settings(mail_server, "INBOX", username=user, password=mail_server.users[user]),
        1_000_000,
    )
    assert (source.settings.folder, source.settings.processed_folder) == (
        "INBOX",
        "rathaus/verarbeitet",
    )
    message_id, raw = intake_mail()
    mail_server.append(user, "INBOX", raw)
    [message] = source.fetch(None, 10).messages

    source.move(message.source_id, source.settings.processed_folder)
    source.move(message.source_id, source.settings.processed_folder)

    assert message.internet_message_id == message_id
    assert mail_server.count(user, "INBOX") == 0
    # Dovecot's Maildir separator is ".": the "/" of the setting was translated.
    assert mail_server.separator == "."
    assert mail_server.messages(user, "rathaus/verarbeitet") == [raw]
    assert source.fetch(None, 10).messages == []


def test_uidvalidity_change_starts_over(
    mail_server: MailServer,
    source: ImapMailSource,
    intake_folder: str,
) -> None:
    for _ in range(2):
        mail_server.append(EINGANG, intake_folder, intake_mail()[1])
    old = source.fetch(None, 10)
    old_validity = mail_server.uidvalidity(EINGANG, intake_folder)
    mail_server.delete(EINGANG, intake_folder)
    message_id, raw = intake_mail()
    mail_server.append(EINGANG, intake_folder, raw)
    new_validity = mail_server.uidvalidity(EINGANG, intake_folder)
    assert new_validity != old_validity

    batch = source.fetch(old.cursor, 10)

    assert batch.reset
    assert [(m.source_id, m.internet_message_id) for m in batch.messages] == [
        (f"{new_validity}:1", message_id)
    ]
    assert batch.cursor == f"{new_validity}:1"
    # A source id from before the change addresses nothing any more: moving it is a no-op.
    source.move(old.messages[0].source_id, "rathaus/verarbeitet")
    assert mail_server.count(EINGANG, intake_folder) == 1


def test_oversized_message_is_not_downloaded(
    mail_server: MailServer,
    intake_folder: str,
) -> None:
    small_id, small = intake_mail()
    big_id, big = intake_mail(padding=5000)
    mail_server.append(EINGANG, intake_folder, small)
    mail_server.append(EINGANG, intake_folder, big)
    source = ImapMailSource.from_settings(imap_settings(mail_server, intake_folder), 2000)

    batch = source.fetch(None, 10)

    assert [(m.internet_message_id, m.raw, m.size) for m in batch.messages] == [
        (small_id, small, len(small)),
        (big_id, b"", len(big)),
    ]


def test_imap_check(
    mail_server: MailServer,
    source: ImapMailSource,
    intake_folder: str,
) -> None:
    mail_server.create(EINGANG, intake_folder)
    assert "erreichbar" in source.check()

    wrong_password = ImapMailSource.from_settings(
        imap_settings(mail_server, intake_folder, password="falsch"), 1000
    )
    with pytest.raises(PermanentDeliveryError, match="Anmeldung"):
        wrong_password.check()
    with pytest.raises(PermanentDeliveryError):
        wrong_password.fetch(None, 10)

    missing = ImapMailSource.from_settings(imap_settings(mail_server, "gibt-es-nicht"), 1000)
    with pytest.raises(PermanentDeliveryError, match="Ordner gibt-es-nicht"):
        missing.check()

    unreachable = ImapMailSource.from_settings(
        imap_settings(mail_server, intake_folder, port=free_port()), 1000
    )
    with pytest.raises(DeliveryError) as down:
        unreachable.check()
    assert not isinstance(down.value, PermanentDeliveryError)


@pytest.mark.parametrize("security", ["starttls", "ssl"])
@pytest.mark.usefixtures("trust_test_certificate")
def test_imap_over_tls(
    mail_server: MailServer,
    intake_folder: str,
    security: str,
) -> None:
    message_id, raw = intake_mail()
    mail_server.append(EINGANG, intake_folder, raw)
    port = mail_server.imaps_port if security == "ssl" else mail_server.imap_port
    source = ImapMailSource.from_settings(
        imap_settings(mail_server, intake_folder, security=security, port=port), 1_000_000
    )

    assert "erreichbar" in source.check()
    assert [(m.internet_message_id, m.raw) for m in source.fetch(None, 10).messages] == [
        (message_id, raw)
    ]


def test_folder_names_in_modified_utf7() -> None:
    assert encode_mailbox("rathaus.verarbeitet") == "rathaus.verarbeitet"
    assert encode_mailbox("Eingänge") == "Eing&AOQ-nge"
    assert encode_mailbox("A&B") == "A&-B"
    assert encode_mailbox("日本語") == "&ZeVnLIqe-"


def test_fetch_items_after_a_literal_are_kept() -> None:
    # Servers may order FETCH items freely; imaplib then splits a message around its literal.
    data: list[object] = [
        (b"1 (UID 5 BODY[HEADER.FIELDS (MESSAGE-ID)] {21}", b"Message-ID: <a@b>\r\n\r\n"),
        b' RFC822.SIZE 123 INTERNALDATE " 2-Dec-2025 10:00:00 +0100")',
        b'2 (UID 6 RFC822.SIZE 7 INTERNALDATE "02-Dec-2025 10:00:00 +0000")',
    ]

    items = _fetch_items(data)

    assert [item.literal for item in items] == [b"Message-ID: <a@b>\r\n\r\n", None]
    assert b"RFC822.SIZE 123" in items[0].meta
    assert _internaldate(items[0].meta) == datetime(2025, 12, 2, 9, 0, tzinfo=UTC)
    assert b"UID 6" in items[1].meta


def test_one_poll_holds_a_bounded_amount_of_mail_in_memory(
    mail_server: MailServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    import connectors.imap as imap_module

    monkeypatch.setattr(imap_module, "BATCH_BYTES", 2500)
    folder = f"budget-{uuid.uuid4().hex[:8]}"
    mail_server.create(EINGANG, folder)
    for number in range(3):
        message = EmailMessage()
        message["From"] = "a@example.org"
        message["Subject"] = f"Antrag {number}"
        message["Message-ID"] = f"<budget-{folder}-{number}@example.org>"
        message.set_content("x" * 1000)
        mail_server.append(EINGANG, folder, message.as_bytes())
    source = ImapMailSource.from_settings(
        imap_settings(mail_server, folder, username=EINGANG, password=mail_server.users[EINGANG]),
        1_300,  # each mail is ~1,240 bytes: two fit into the 2,500-byte budget, three do not
    )
    first = source.fetch(None, 10)
    assert len(first.messages) == 2  # the third would pass the byte budget
    second = source.fetch(first.cursor, 10)
    assert [m.internet_message_id for m in second.messages] == [f"<budget-{folder}-2@example.org>"]
