"""SMTP delivery into department mailboxes on the city's own mail server (Postfix, Exchange).

SMTP has no idempotency key, so once-only delivery is kept in a ledger table keyed by the
idempotency key:

    (no row) ──claim──▶ sending ──server said 250 to DATA──▶ sent

* ``sent``: the mail went out before; ``deliver`` answers ``duplicate=True`` without connecting.
* ``sending`` found by a later attempt: an earlier attempt died between handing the message over
  and recording it (the server may or may not have accepted it). It is sent again with the SAME
  ``Message-ID``, which receivers such as Exchange use to drop the second copy; the result is a
  :class:`SmtpDelivered` with ``resent=True`` and a warning is logged.
* A refusal before or at DATA (connection refused, 4xx/5xx to MAIL, RCPT or DATA) means the server
  did not take the message: a fresh claim is released so the next attempt starts clean.

The ``Message-ID`` is derived from the idempotency key, so every attempt of one delivery carries
the same id even without the ledger. Errors and logs carry SMTP codes, never mail content.
"""

from __future__ import annotations

import enum
import hashlib
import logging
import re
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import formatdate

from sqlalchemy import Table, insert, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from connectors.ports import Delivered, OutgoingMail
from core.errors import (
    DeliveryAuthError,
    DeliveryError,
    DeliveryRefusedError,
    PermanentDeliveryError,
)
from core.settings import SmtpSettings
from core.storage import Database, SmtpDeliveryRow, utcnow

logger = logging.getLogger(__name__)

# 7bit: every body part quoted-printable or base64, so no server needs 8BITMIME.
MESSAGE_POLICY = SMTP_POLICY.clone(cte_type="7bit")
KEY_HEADER = "X-Rathaus-Idempotency-Key"
# Keys the header can carry verbatim on one line (RFC 5322 allows 998 characters per line).
PLAIN_KEY = re.compile(r"[!-~]{1,900}")
FALLBACK_ID_DOMAIN = "rathaus.invalid"
ENHANCED_STATUS = re.compile(r"[245]\.\d{1,3}\.\d{1,3}\b")

# Until a migration owns it (see the module docstring of core.storage), the sink creates its
# table itself on first use.
smtp_deliveries: Table = SmtpDeliveryRow.__table__  # type: ignore[assignment]


class ClaimState(enum.Enum):
    NEW = "new"
    """No earlier attempt: this one inserted the ``sending`` row."""
    UNCERTAIN = "uncertain"
    """An earlier attempt left ``sending``: it may have been accepted by the server."""
    SENT = "sent"
    """Delivered before."""


@dataclass(frozen=True)
class Claim:
    state: ClaimState
    message_id: str


@dataclass(frozen=True)
class SmtpDelivered(Delivered):
    """``Delivered`` plus ``resent``.

    ``resent=True``: an earlier attempt may already have delivered this mail (it crashed after
    handing the message to the server but before recording it), and it was sent again with the
    same ``Message-ID``. Receivers that dedupe by Message-ID show it once; others may show it
    twice.
    """

    resent: bool = False


def message_id_for(idempotency_key: str, sender: str) -> str:
    """The ``Message-ID`` of a delivery: the same for every attempt with the same key."""
    digest = hashlib.sha256(idempotency_key.encode()).hexdigest()[:32]
    domain = sender.rpartition("@")[2].strip().strip(">").lower()
    if not domain or any(c.isspace() or c in "<>@" for c in domain):
        domain = FALLBACK_ID_DOMAIN
    return f"<rathaus.{digest}@{domain}>"


def build_message(mail: OutgoingMail, message_id: str, default_from: str) -> bytes:
    """The MIME message as CRLF bytes (the construction of ``connectors.outbox``)."""
    message = EmailMessage(policy=MESSAGE_POLICY)
    message["From"] = mail.sender or default_from
    message["To"] = mail.to
    # A subject taken from a document may contain line breaks; headers must not.
    message["Subject"] = " ".join(mail.subject.split())
    message["Date"] = formatdate(localtime=False)
    message["Message-ID"] = message_id
    # Verbatim, so that it can be searched for: the email package would fold a long key into
    # RFC 2047 encoded words.
    plain_key = PLAIN_KEY.fullmatch(mail.idempotency_key) is not None
    if not plain_key:
        message[KEY_HEADER] = mail.idempotency_key
    message.set_content(mail.body)
    for attachment in mail.attachments:
        maintype, _, subtype = attachment.media_type.partition("/")
        message.add_attachment(
            attachment.data,
            maintype=maintype or "application",
            subtype=(subtype or "octet-stream").split(";")[0],
            filename=attachment.filename,
        )
    raw = message.as_bytes()
    if plain_key:
        raw = f"{KEY_HEADER}: {mail.idempotency_key}\r\n".encode("ascii") + raw
    return raw


class SmtpDeliveryLedger:
    """The ``smtp_deliveries`` table: one row per idempotency key, ``sending`` → ``sent``."""

    def __init__(self, db: Database, lease_seconds: float = 60.0) -> None:
        self.db = db
        # Longer than one SMTP attempt can take (connect + send with the configured timeout).
        self.lease_seconds = lease_seconds

    @staticmethod
    def _key(idempotency_key: str) -> str:
        return hashlib.sha256(idempotency_key.encode()).hexdigest()

    def claim(self, idempotency_key: str, message_id: str) -> Claim:
        """Record an attempt; say whether it is the first, a repeat after a crash, or done."""
        key = self._key(idempotency_key)
        table = smtp_deliveries
        for _ in range(2):
            try:
                with self.db.session() as session:
                    row = session.execute(
                        select(
                            table.c.state,
                            table.c.message_id,
                            table.c.attempts,
                            table.c.updated_at,
                        ).where(table.c.key_sha256 == key)
                    ).first()
                    now = utcnow()
                    if row is None:
                        session.execute(
                            insert(table).values(
                                key_sha256=key,
                                idempotency_key=idempotency_key,
                                message_id=message_id,
                                state="sending",
                                attempts=1,
                                created_at=now,
                                updated_at=now,
                            )
                        )
                        return Claim(ClaimState.NEW, message_id)
                    if row.state == "sent":
                        return Claim(ClaimState.SENT, row.message_id)
                    # Another attempt may still be running (Temporal retries an attempt whose
                    # heartbeat was late while the first is alive): sending now could put two
                    # copies on the wire at once. Wait until its lease has run out.
                    held = (now - row.updated_at).total_seconds()
                    if 0 <= held < self.lease_seconds:
                        raise DeliveryError(
                            "SMTP: ein anderer Zustellversuch läuft noch",
                            retry_after=self.lease_seconds - held,
                        )
                    session.execute(
                        update(table)
                        .where(table.c.key_sha256 == key)
                        .values(attempts=row.attempts + 1, updated_at=now)
                    )
                    return Claim(ClaimState.UNCERTAIN, row.message_id)
            except IntegrityError:
                continue  # a concurrent attempt inserted the row first: read it
        raise DeliveryError("SMTP-Versandprotokoll: Eintrag konnte nicht angelegt werden")

    def mark_sent(self, idempotency_key: str) -> None:
        """The server accepted the message: later attempts are duplicates."""
        now = utcnow()
        with self.db.session() as session:
            session.execute(
                update(smtp_deliveries)
                .where(smtp_deliveries.c.key_sha256 == self._key(idempotency_key))
                .values(state="sent", sent_at=now, updated_at=now)
            )

    def release(self, idempotency_key: str) -> None:
        """The server certainly did not take the message: forget the fresh claim."""
        with self.db.session() as session:
            session.execute(
                smtp_deliveries.delete().where(
                    (smtp_deliveries.c.key_sha256 == self._key(idempotency_key))
                    & (smtp_deliveries.c.state == "sending")
                )
            )


class _Refused(Exception):
    """The server refused the message before accepting it (nothing was delivered)."""

    def __init__(self, error: DeliveryError) -> None:
        super().__init__(str(error))
        self.error = error


def _reply_error(phase: str, code: int, reply: bytes | str, *, echo: bool) -> DeliveryError:
    """5xx → permanent, anything else → transient; ``echo`` adds the server's reply text."""
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)
    if echo:
        detail = " ".join(text.split())[:200]
    else:
        enhanced = ENHANCED_STATUS.match(text.strip())
        detail = enhanced.group(0) if enhanced else ""
    message = f"SMTP {phase} refused: {code} {detail}".rstrip()
    if phase == "login":
        return DeliveryAuthError(message)
    if 500 <= code < 600:
        # An unknown recipient is refused before DATA: nothing was delivered.
        return (
            DeliveryRefusedError(message) if phase == "RCPT TO" else PermanentDeliveryError(message)
        )
    return DeliveryError(message)


class SmtpMailSink:
    """Delivers mail over SMTP (none/STARTTLS/implicit TLS, optional login), once per key.

    ``sender`` is the envelope sender (where bounces go) and the ``From`` of mails that carry
    none; the ``Message-ID`` domain is taken from it.
    """

    def __init__(self, settings: SmtpSettings, ledger: SmtpDeliveryLedger, sender: str) -> None:
        self.settings = settings
        self.ledger = ledger
        self.sender = sender

    @classmethod
    def from_settings(cls, settings: SmtpSettings, db: Database, sender: str) -> SmtpMailSink:
        """A sink for ``settings`` whose ledger lives in ``db``."""
        lease = max(60.0, 3 * settings.timeout_seconds)
        return cls(settings, SmtpDeliveryLedger(db, lease_seconds=lease), sender)

    @property
    def _server(self) -> str:
        return f"{self.settings.host}:{self.settings.port}"

    def _connect(self) -> smtplib.SMTP:
        """Connected, greeted (EHLO), TLS as configured, logged in when a user is set."""
        s = self.settings
        client: smtplib.SMTP
        if s.security == "ssl":
            client = smtplib.SMTP_SSL(
                s.host, s.port, timeout=s.timeout_seconds, context=ssl.create_default_context()
            )
        else:
            client = smtplib.SMTP(s.host, s.port, timeout=s.timeout_seconds)
        try:
            client.ehlo()
            if s.security == "starttls":
                client.starttls(context=ssl.create_default_context())
                client.ehlo()
            if s.username:
                client.login(s.username, s.password.get_secret_value())
        except BaseException:
            client.close()
            raise
        return client

    def _open(self) -> smtplib.SMTP:
        """``_connect`` with every failure translated; all of them happen before any mail."""
        try:
            return self._connect()
        except smtplib.SMTPAuthenticationError as exc:
            raise _Refused(_reply_error("login", exc.smtp_code, exc.smtp_error, echo=True)) from exc
        except smtplib.SMTPNotSupportedError as exc:
            raise _Refused(
                PermanentDeliveryError(
                    f"SMTP server {self._server} does not offer {self.settings.security} "
                    "or login as configured"
                )
            ) from exc
        except smtplib.SMTPResponseException as exc:
            raise _Refused(
                _reply_error("connect", exc.smtp_code, exc.smtp_error, echo=True)
            ) from exc
        except ssl.SSLCertVerificationError as exc:
            raise _Refused(
                PermanentDeliveryError(
                    f"certificate of SMTP server {self._server} not trusted: {exc}"
                )
            ) from exc
        except (OSError, smtplib.SMTPException) as exc:
            raise _Refused(
                DeliveryError(f"SMTP server {self._server} unreachable: {type(exc).__name__}")
            ) from exc

    def deliver(self, mail: OutgoingMail) -> Delivered:
        """Deliver once per idempotency key; see the module docstring for the states."""
        message_id = message_id_for(mail.idempotency_key, self.sender)
        try:
            claim = self.ledger.claim(mail.idempotency_key, message_id)
        except SQLAlchemyError as exc:
            raise DeliveryError(f"SMTP ledger unavailable: {type(exc).__name__}") from exc
        if claim.state is ClaimState.SENT:
            logger.info("smtp: %s already delivered", claim.message_id)
            return SmtpDelivered(claim.message_id, duplicate=True)
        if claim.state is ClaimState.UNCERTAIN:
            logger.warning(
                "smtp: an earlier attempt for %s may have been accepted without being recorded; "
                "sending again with the same Message-ID",
                claim.message_id,
            )
        try:
            raw = build_message(mail, claim.message_id, self.sender)
        except (ValueError, TypeError) as exc:
            self._release(mail, claim)
            raise PermanentDeliveryError(
                f"mail {claim.message_id} cannot be built: {type(exc).__name__}"
            ) from exc
        try:
            self._send(mail, claim, raw)
        except _Refused as refused:
            self._release(mail, claim)
            raise refused.error from refused.__cause__
        logger.info("smtp: delivered %s to %s", claim.message_id, self._server)
        return SmtpDelivered(
            claim.message_id, duplicate=False, resent=claim.state is ClaimState.UNCERTAIN
        )

    def _send(self, mail: OutgoingMail, claim: Claim, raw: bytes) -> None:
        client = self._open()
        try:
            try:
                code, reply = client.mail(self.sender)
                if code != 250:
                    raise _Refused(_reply_error("MAIL FROM", code, reply, echo=True))
                code, reply = client.rcpt(mail.to)
                if code not in (250, 251):
                    raise _Refused(_reply_error("RCPT TO", code, reply, echo=True))
            except (OSError, smtplib.SMTPException) as exc:
                raise _Refused(
                    DeliveryError(f"SMTP server {self._server} failed: {type(exc).__name__}")
                ) from exc
            try:
                client.data(raw)
            except smtplib.SMTPDataError as exc:
                # A refusal of the content: the reply may quote it, so only the code goes on.
                raise _Refused(
                    _reply_error("DATA", exc.smtp_code, exc.smtp_error, echo=False)
                ) from exc
            except (OSError, smtplib.SMTPException) as exc:
                # The message was (partly) handed over and no answer came: it may have been
                # accepted. The claim stays `sending`, so the next attempt reports `resent`.
                raise DeliveryError(
                    f"SMTP server {self._server} did not confirm {claim.message_id}: "
                    f"{type(exc).__name__}"
                ) from exc
            # Accepted: record it before anything else (QUIT included) can fail.
            try:
                self.ledger.mark_sent(mail.idempotency_key)
            except SQLAlchemyError as exc:
                raise DeliveryError(
                    f"{claim.message_id} was accepted by {self._server} but could not be "
                    f"recorded ({type(exc).__name__}); the next attempt resends it with the "
                    "same Message-ID"
                ) from exc
        finally:
            try:
                client.quit()
            except (OSError, smtplib.SMTPException):
                client.close()

    def _release(self, mail: OutgoingMail, claim: Claim) -> None:
        # Only a claim this attempt created: an uncertain one must stay to flag the next resend.
        if claim.state is not ClaimState.NEW:
            return
        try:
            self.ledger.release(mail.idempotency_key)
        except SQLAlchemyError:
            logger.warning("smtp: could not release the claim for %s", claim.message_id)

    def check(self) -> str:
        """Connect, greet and log in; raise ``DeliveryError`` with a German sentence otherwise."""
        try:
            client = self._open()
        except _Refused as refused:
            error = refused.error
            sentence = f"SMTP-Server {self._server} ist nicht nutzbar: {error}"
            raise type(error)(sentence) from refused.__cause__
        try:
            client.quit()
        except (OSError, smtplib.SMTPException):
            client.close()
        login = " und Anmeldung" if self.settings.username else ""
        return f"SMTP-Server {self._server} erreichbar (EHLO{login} erfolgreich)"
