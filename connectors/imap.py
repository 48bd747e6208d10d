"""IMAP intake: new messages of one mailbox folder as raw bytes, moved away once handled.

One connection per call (connect, log in, do one thing, log out): simple, and nothing goes stale
between polls. A connection that breaks during a call is reopened once; the operations are safe to
repeat (fetch only peeks, a move of a message already moved does nothing).

The cursor is ``"UIDVALIDITY:LASTUID"``. Headers and sizes are fetched first and bodies only for
messages within ``max_bytes``, so an oversized mail is never downloaded. Folder names are written
with ``/`` (``rathaus/verarbeitet``) and translated to the server's hierarchy separator.
"""

from __future__ import annotations

import base64
import imaplib
import logging
import re
import ssl
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from email.parser import BytesHeaderParser
from email.policy import compat32
from typing import TypeVar

from connectors.ports import InboundMail, MailBatch
from core.errors import DeliveryError, PermanentDeliveryError
from core.settings import ImapSettings

logger = logging.getLogger(__name__)

T = TypeVar("T")

# Attempts per call: the first, and one on a fresh connection if the first one broke.
CONNECTION_ATTEMPTS = 2
_MONTHS = {
    name: number
    for number, name in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1
    )
}
_INTERNALDATE = re.compile(
    rb'INTERNALDATE "\s*(\d{1,2})-([A-Za-z]{3})-(\d{4}) (\d\d):(\d\d):(\d\d) ([+-])(\d\d)(\d\d)"'
)
_UID = re.compile(rb"\bUID (\d+)")
_SIZE = re.compile(rb"\bRFC822\.SIZE (\d+)")
_MESSAGE_START = re.compile(rb"^\d+ \(")
_LIST_LINE = re.compile(rb'^\(([^)]*)\) (?:"((?:\\.|[^"\\])*)"|NIL) ')


# Message bodies fetched by one poll, at most (a single larger message still comes alone).
BATCH_BYTES = 64 * 1024 * 1024


class _Refused(Exception):
    """The server refused us in a way retrying cannot fix (credentials, missing STARTTLS)."""


@dataclass(frozen=True)
class _FetchedItem:
    """One message of a FETCH response: the item text and its literal (if any)."""

    meta: bytes
    literal: bytes | None


def encode_mailbox(name: str) -> str:
    """RFC 3501 modified UTF-7 for non-ASCII folder names (``Eingänge`` → ``Eing&AOQ-nge``)."""
    out: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            data = "".join(pending).encode("utf-16-be")
            out.append("&" + base64.b64encode(data).decode().rstrip("=").replace("/", ",") + "-")
            pending.clear()

    for char in name:
        if 0x20 <= ord(char) <= 0x7E:
            flush()
            out.append("&-" if char == "&" else char)
        else:
            pending.append(char)
    flush()
    return "".join(out)


def _quote(mailbox: str) -> str:
    return '"' + mailbox.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _parse_cursor(cursor: str | None) -> tuple[int, int] | None:
    if not cursor:
        return None
    validity, sep, last = cursor.partition(":")
    if not sep or not validity.isdigit() or not last.isdigit():
        return None
    return int(validity), int(last)


def _parse_source_id(source_id: str) -> tuple[int, int]:
    parsed = _parse_cursor(source_id)
    if parsed is None:
        raise PermanentDeliveryError(f"keine IMAP-Nachrichtenkennung: {source_id!r}")
    return parsed


def _fetch_items(data: Sequence[object]) -> list[_FetchedItem]:
    """Split imaplib's FETCH data into messages (a literal may sit between item texts)."""
    items: list[_FetchedItem] = []
    for part in data:
        if isinstance(part, tuple) and len(part) == 2:
            meta, literal = part
            if isinstance(meta, bytes) and _MESSAGE_START.match(meta):
                items.append(_FetchedItem(meta, literal if isinstance(literal, bytes) else None))
            elif items and isinstance(meta, bytes):
                # A second literal of the same message: keep the text, ignore the literal.
                items[-1] = _FetchedItem(items[-1].meta + meta, items[-1].literal)
        elif isinstance(part, bytes):
            if _MESSAGE_START.match(part):
                items.append(_FetchedItem(part, None))
            elif items:
                items[-1] = _FetchedItem(items[-1].meta + part, items[-1].literal)
    return items


def _internaldate(meta: bytes) -> datetime | None:
    match = _INTERNALDATE.search(meta)
    if not match:
        return None
    day, month, year, hour, minute, second, sign, off_h, off_m = match.groups()
    if month.decode().title() not in _MONTHS:
        return None
    offset = timedelta(hours=int(off_h), minutes=int(off_m)) * (-1 if sign == b"-" else 1)
    local = datetime(
        int(year),
        _MONTHS[month.decode().title()],
        int(day),
        int(hour),
        int(minute),
        int(second),
        tzinfo=timezone(offset),
    )
    return local.astimezone(UTC)


def _message_id(header_block: bytes | None) -> str | None:
    if not header_block:
        return None
    value = BytesHeaderParser(policy=compat32).parsebytes(header_block).get("Message-ID")
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def _check(typ: str, data: Sequence[object], what: str) -> None:
    if typ != "OK":
        detail = data[0].decode("utf-8", "replace") if data and isinstance(data[0], bytes) else ""
        raise DeliveryError(f"IMAP {what} fehlgeschlagen: {typ} {detail}".strip())


class ImapMailSource:
    """An intake folder on an IMAP server (``ImapSettings.folder``)."""

    def __init__(self, settings: ImapSettings, max_bytes: int) -> None:
        self.settings = settings
        self.max_bytes = max_bytes

    @classmethod
    def from_settings(cls, settings: ImapSettings, max_bytes: int) -> ImapMailSource:
        """A source for ``settings``; messages larger than ``max_bytes`` come without body."""
        return cls(settings, max_bytes)

    @property
    def _server(self) -> str:
        return f"{self.settings.username}@{self.settings.host}:{self.settings.port}"

    # -- connection --------------------------------------------------------------------

    def _connect(self) -> imaplib.IMAP4:
        s = self.settings
        client: imaplib.IMAP4
        if s.security == "ssl":
            client = imaplib.IMAP4_SSL(
                s.host, s.port, ssl_context=ssl.create_default_context(), timeout=s.timeout_seconds
            )
        else:
            client = imaplib.IMAP4(s.host, s.port, timeout=s.timeout_seconds)
        try:
            if s.security == "starttls":
                if "STARTTLS" not in client.capabilities:
                    raise _Refused(f"IMAP-Server {self._server} bietet kein STARTTLS an")
                client.starttls(ssl_context=ssl.create_default_context())
            try:
                client.login(s.username, s.password.get_secret_value())
            except imaplib.IMAP4.abort:
                raise
            except imaplib.IMAP4.error as exc:
                # [UNAVAILABLE] is the server's "try later"; anything else is a refusal.
                if "UNAVAILABLE" in str(exc).upper():
                    raise
                raise _Refused(f"Anmeldung am IMAP-Postfach {self._server} abgelehnt") from exc
        except BaseException:
            with suppress(OSError):
                client.shutdown()
            raise
        return client

    @contextmanager
    def _session(self) -> Iterator[imaplib.IMAP4]:
        client = self._connect()
        try:
            yield client
        finally:
            with suppress(imaplib.IMAP4.error, OSError):
                client.logout()

    def _run(self, what: str, operation: Callable[[imaplib.IMAP4], T]) -> T:
        """``operation`` on a fresh logged-in connection, once more if the connection broke."""
        for attempt in range(1, CONNECTION_ATTEMPTS + 1):
            try:
                with self._session() as client:
                    return operation(client)
            except _Refused as exc:
                raise PermanentDeliveryError(str(exc)) from exc
            except ssl.SSLCertVerificationError as exc:
                raise PermanentDeliveryError(
                    f"Zertifikat des IMAP-Servers {self._server} nicht vertrauenswürdig: {exc}"
                ) from exc
            except (imaplib.IMAP4.abort, OSError) as exc:
                if attempt < CONNECTION_ATTEMPTS:
                    logger.info("imap: %s: connection lost (%s), reconnecting", what, exc)
                    continue
                raise DeliveryError(
                    f"IMAP-Server {self._server} nicht erreichbar ({what}): {type(exc).__name__}"
                ) from exc
            except imaplib.IMAP4.error as exc:
                raise DeliveryError(
                    f"IMAP-Server {self._server} meldet einen Fehler ({what}): {exc}"
                ) from exc
        raise AssertionError("unreachable")

    # -- folders -----------------------------------------------------------------------

    @staticmethod
    def _separator(client: imaplib.IMAP4) -> str | None:
        typ, data = client.list('""', '""')
        for line in data if typ == "OK" else []:
            if isinstance(line, bytes) and (match := _LIST_LINE.match(line)):
                if match.group(2) is None:
                    return None
                return match.group(2).decode().replace("\\\\", "\\").replace('\\"', '"')
        return "/"

    def _mailbox(self, client: imaplib.IMAP4, folder: str) -> str:
        """The server's name for ``folder`` (``/`` → hierarchy separator, modified UTF-7)."""
        if folder.upper() == "INBOX":
            return "INBOX"
        separator = self._separator(client)
        name = folder.replace("/", separator) if separator else folder
        return _quote(encode_mailbox(name))

    @staticmethod
    def _exists(client: imaplib.IMAP4, mailbox: str) -> bool:
        typ, data = client.list('""', mailbox)
        return typ == "OK" and any(isinstance(line, bytes) and line for line in data)

    @staticmethod
    def _uidvalidity(client: imaplib.IMAP4) -> int:
        _, data = client.response("UIDVALIDITY")
        if not data or not isinstance(data[0], bytes) or not data[0].strip().isdigit():
            raise DeliveryError("IMAP-Server nennt keine UIDVALIDITY")
        return int(data[0])

    @staticmethod
    def _capabilities(client: imaplib.IMAP4) -> set[str]:
        # Servers announce more after login (Dovecot: MOVE, UIDPLUS) than imaplib saw at connect.
        typ, data = client.capability()
        if typ != "OK" or not data or not isinstance(data[0], bytes):
            return {c.upper() for c in client.capabilities}
        return {c.upper() for c in data[0].decode("ascii", "replace").split()}

    # -- MailSource --------------------------------------------------------------------

    def fetch(self, cursor: str | None, limit: int) -> MailBatch:
        """Messages after ``cursor``, oldest first, at most ``limit``."""
        return self._run("fetch", lambda client: self._fetch(client, cursor, limit))

    def _fetch(self, client: imaplib.IMAP4, cursor: str | None, limit: int) -> MailBatch:
        typ, data = client.select(self._mailbox(client, self.settings.folder), readonly=True)
        _check(typ, data, f"SELECT {self.settings.folder}")
        validity = self._uidvalidity(client)
        parsed = _parse_cursor(cursor)
        reset = cursor is not None and (parsed is None or parsed[0] != validity)
        last = parsed[1] if parsed is not None and not reset else 0
        if reset:
            logger.warning("imap: cursor %s no longer valid (UIDVALIDITY %d)", cursor, validity)
        typ, data = client.uid("SEARCH", "UID", f"{last + 1}:*")
        _check(typ, data, "UID SEARCH")
        # "N:*" always matches the highest UID, even when that one is <= last.
        uids = sorted(
            uid
            for uid in (int(token) for part in data if part for token in bytes(part).split())
            if uid > last
        )[: max(limit, 0)]
        if not uids:
            return MailBatch([], f"{validity}:{last}", reset=reset)

        typ, data = client.uid(
            "FETCH",
            ",".join(map(str, uids)),
            "(UID RFC822.SIZE INTERNALDATE BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)])",
        )
        _check(typ, data, "UID FETCH (Kopfzeilen)")
        headers: dict[int, tuple[int, datetime | None, str | None]] = {}
        for item in _fetch_items(data):
            uid_match, size_match = _UID.search(item.meta), _SIZE.search(item.meta)
            if uid_match and size_match:
                headers[int(uid_match.group(1))] = (
                    int(size_match.group(1)),
                    _internaldate(item.meta),
                    _message_id(item.literal),
                )

        # Bound the memory of one batch: stop before the bodies exceed the budget (at least one
        # message always fits); the cursor then ends at the last message taken.
        budget = max(BATCH_BYTES, self.max_bytes)
        taken: list[int] = []
        total = 0
        for uid in uids:
            size = headers[uid][0] if uid in headers else 0
            body = size if size <= self.max_bytes else 0
            if taken and total + body > budget:
                break
            taken.append(uid)
            total += body
        uids = taken
        wanted = [uid for uid in uids if uid in headers and headers[uid][0] <= self.max_bytes]
        bodies: dict[int, bytes] = {}
        if wanted:
            typ, data = client.uid("FETCH", ",".join(map(str, wanted)), "(UID BODY.PEEK[])")
            _check(typ, data, "UID FETCH (Nachricht)")
            for item in _fetch_items(data):
                uid_match = _UID.search(item.meta)
                if uid_match and item.literal is not None:
                    bodies[int(uid_match.group(1))] = item.literal

        messages: list[InboundMail] = []
        for uid in uids:
            if uid not in headers:
                continue  # expunged between SEARCH and FETCH
            size, received_at, message_id = headers[uid]
            if size <= self.max_bytes and uid not in bodies:
                continue  # expunged between the two FETCHes
            if size > self.max_bytes:
                logger.info("imap: message %d:%d has %d bytes, over the limit", validity, uid, size)
            messages.append(
                InboundMail(
                    source_id=f"{validity}:{uid}",
                    internet_message_id=message_id,
                    raw=bodies.get(uid, b""),
                    size=size,
                    received_at=received_at,
                )
            )
        return MailBatch(messages, f"{validity}:{uids[-1]}", reset=reset)

    def move(self, source_id: str, folder: str) -> None:
        """Move into ``folder`` (created if missing); gone or stale messages are fine."""
        validity, uid = _parse_source_id(source_id)
        self._run("move", lambda client: self._move(client, validity, uid, folder))

    def _move(self, client: imaplib.IMAP4, validity: int, uid: int, folder: str) -> None:
        typ, data = client.select(self._mailbox(client, self.settings.folder))
        if typ != "OK":
            # The folder is gone, and with it the message this id addressed.
            logger.warning(
                "imap: folder %s cannot be selected; nothing to move", self.settings.folder
            )
            return
        if self._uidvalidity(client) != validity:
            logger.info("imap: %d:%d is from an older UIDVALIDITY; nothing to move", validity, uid)
            return
        target = self._mailbox(client, folder)
        if not self._exists(client, target):
            typ, data = client.create(target)
            if typ != "OK" and not self._exists(client, target):  # created concurrently: fine
                _check(typ, data, f"CREATE {folder}")
            client.subscribe(target)
        capabilities = self._capabilities(client)
        if "MOVE" in capabilities:
            typ, data = client.uid("MOVE", str(uid), target)
            _check(typ, data, f"UID MOVE {folder}")
            return
        # Not atomic: a crash between COPY and EXPUNGE leaves a copy behind, and the retry
        # copies again. Servers without MOVE (RFC 6851, 2013) are rare.
        typ, data = client.uid("COPY", str(uid), target)
        _check(typ, data, f"UID COPY {folder}")
        typ, data = client.uid("STORE", str(uid), "+FLAGS.SILENT", r"(\Deleted)")
        _check(typ, data, "UID STORE")
        if "UIDPLUS" in capabilities:
            typ, data = client.uid("EXPUNGE", str(uid))
            _check(typ, data, "UID EXPUNGE")
        else:
            # Without UIDPLUS, EXPUNGE also removes other messages flagged \Deleted.
            typ, data = client.expunge()
            _check(typ, data, "EXPUNGE")

    def check(self) -> str:
        """Log in and look for the intake folder; German sentences either way."""

        def probe(client: imaplib.IMAP4) -> str:
            typ, data = client.select(self._mailbox(client, self.settings.folder), readonly=True)
            if typ != "OK":
                raise PermanentDeliveryError(
                    f"Ordner {self.settings.folder} im IMAP-Postfach {self._server} fehlt"
                )
            count = data[0].decode() if data and isinstance(data[0], bytes) else "?"
            return (
                f"IMAP-Postfach {self._server} erreichbar, Ordner {self.settings.folder} "
                f"mit {count} Nachrichten"
            )

        return self._run("check", probe)
