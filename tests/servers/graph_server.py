"""A strict, in-memory stand-in for the Microsoft Graph mail API.

Graph cannot be reached from test machines and no emulator exists in any registry, so this
server implements the part rathaus uses, and rejects what Graph rejects *as the real
msgraph-sdk sends it*:

- every ``/v1.0`` call needs ``Authorization: Bearer <token>`` (401 otherwise) and
  ``Prefer: IdType="ImmutableId"`` (400 otherwise: without it Graph changes ids on move);
- mail folders (well-known names, child folders by id), messages, drafts, file attachments
  (``@odata.type`` and strict base64 checked, 4 MB request limit), upload sessions on a
  pre-authenticated URL that refuses a bearer token (msgraph-sdk-python #691), ``send`` on a
  draft, ``sendMail`` and ``move`` with PascalCase bodies, ``messages/delta`` with
  next/delta links and expirable tokens, ``$value`` MIME rendering, OData ``$filter`` on
  properties and single-value extended properties, the ``$orderby`` InefficientFilter rule,
  ``$select`` / ``$top`` / ``$skip`` / ``$expand``;
- immutable ids: a move keeps the id, sending a draft gives the Sent Items copy a new id;
- fault injection: throttle every Nth call, fail matching calls with a status, process a call
  and drop its response; counters for requests, missing preferences and sent mail.

Start it with the ``graph_server`` fixture (one server per test) or ``GraphServer().start()``.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import secrets
import socket
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, getaddresses, parsedate_to_datetime
from functools import partial
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode

import pytest
import uvicorn
from azure.core.credentials import AccessToken
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from connectors.graph import GraphMailSink, GraphMailSource

TOKEN = "rathaus-graph-test-token"
IMMUTABLE_ID_PREFERENCE = 'IdType="ImmutableId"'
DEFAULT_MAILBOXES = (
    "poststelle@stadt.example",
    "bauamt@stadt.example",
    "buergerbuero@stadt.example",
    "eingang@stadt.example",
)
MAX_REQUEST_BYTES = 4 * 1024 * 1024
MAX_UPLOAD_CHUNK_BYTES = 4 * 1024 * 1024
UPLOAD_SESSION_MINIMUM_BYTES = 3_000_000
UPLOAD_SESSION_MAXIMUM_BYTES = 150 * 1024 * 1024
DEFAULT_PAGE_SIZE = 10
MAX_PAGE_SIZE = 1000
# PidTagMessageSize, which Graph exposes as a single-value extended property.
MESSAGE_SIZE_PROPERTY = "Integer 0x0E08"
# PidTagDeleteAfterSubmit: set on a draft, the sent copy is not kept.
DELETE_AFTER_SUBMIT_PROPERTY = "Boolean 0x0E01"

WELL_KNOWN_FOLDERS = {
    "inbox": "Inbox",
    "drafts": "Drafts",
    "sentitems": "Sent Items",
    "deleteditems": "Deleted Items",
    "outbox": "Outbox",
    "junkemail": "Junk Email",
    "archive": "Archive",
}
EXTENDED_PROPERTY_ID = re.compile(
    r"^(?:Binary|Boolean|Currency|CLSID|Double|Integer|Long|Short|String|SystemTime|"
    r"Float|Object)\s+"
    r"(?:\{[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\}\s+"
    r"(?:Name\s+\S.*|Id\s+0x[0-9A-Fa-f]{1,8})|0x[0-9A-Fa-f]{1,8})$"
)
ADDRESS = re.compile(r"^[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\"]+$")
INTERNET_MESSAGE_ID = re.compile(r"^<[^<>\s@]+@[^<>\s@]+>$")

MESSAGE_WRITABLE = {
    "@odata.type",
    "subject",
    "body",
    "toRecipients",
    "ccRecipients",
    "bccRecipients",
    "replyTo",
    "from",
    "sender",
    "internetMessageId",
    "internetMessageHeaders",
    "singleValueExtendedProperties",
    "multiValueExtendedProperties",
    "importance",
    "isRead",
    "isDeliveryReceiptRequested",
    "isReadReceiptRequested",
    "categories",
    "attachments",
    "flag",
    "inferenceClassification",
}
MESSAGE_PROPERTIES = {
    "id",
    "createdDateTime",
    "lastModifiedDateTime",
    "changeKey",
    "categories",
    "receivedDateTime",
    "sentDateTime",
    "hasAttachments",
    "internetMessageId",
    "subject",
    "bodyPreview",
    "importance",
    "parentFolderId",
    "conversationId",
    "isDeliveryReceiptRequested",
    "isReadReceiptRequested",
    "isRead",
    "isDraft",
    "webLink",
    "inferenceClassification",
    "body",
    "sender",
    "from",
    "toRecipients",
    "ccRecipients",
    "bccRecipients",
    "replyTo",
    "flag",
    "internetMessageHeaders",
}
ATTACHMENT_WRITABLE = {
    "@odata.type",
    "name",
    "contentType",
    "contentBytes",
    "isInline",
    "contentId",
    "contentLocation",
    "size",
    "lastModifiedDateTime",
}


class GraphError(Exception):
    """An error the server answers in Graph's shape: ``{"error": {"code", "message"}}``."""

    def __init__(
        self, status: int, code: str, message: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}

    def response(self) -> Response:
        body = {
            "error": {
                "code": self.code,
                "message": self.message,
                "innerError": {
                    "date": _iso(_now()),
                    "request-id": secrets.token_hex(16),
                    "client-request-id": secrets.token_hex(16),
                },
            }
        }
        return JSONResponse(body, status_code=self.status, headers=self.headers)


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def _iso(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _new_id(prefix: str) -> str:
    # Shaped like Exchange ids: base64url with '-', '_' and '=' padding, so the client's URL
    # encoding of ids is exercised.
    return prefix + base64.urlsafe_b64encode(secrets.token_bytes(34)).decode()


def _not_found() -> GraphError:
    return GraphError(404, "ErrorItemNotFound", "The specified object was not found in the store.")


def _bad_request(message: str, code: str = "BadRequest") -> GraphError:
    return GraphError(400, code, message)


# --------------------------------------------------------------------------------------------
# Mailbox state


@dataclass
class Folder:
    id: str
    display_name: str
    parent_id: str | None
    well_known: str | None = None


@dataclass
class StoredAttachment:
    id: str
    name: str
    content_type: str
    data: bytes
    is_inline: bool = False
    content_id: str | None = None
    modified: datetime = field(default_factory=_now)


@dataclass
class StoredMessage:
    id: str
    folder_id: str
    subject: str = ""
    body_type: str = "text"
    body: str = ""
    sender: tuple[str, str] = ("", "")
    to: list[tuple[str, str]] = field(default_factory=list)
    cc: list[tuple[str, str]] = field(default_factory=list)
    bcc: list[tuple[str, str]] = field(default_factory=list)
    reply_to: list[tuple[str, str]] = field(default_factory=list)
    internet_message_id: str = ""
    headers: list[tuple[str, str]] = field(default_factory=list)
    extended: dict[str, str] = field(default_factory=dict)
    attachments: list[StoredAttachment] = field(default_factory=list)
    is_draft: bool = True
    is_read: bool = True
    importance: str = "normal"
    created: datetime = field(default_factory=_now)
    modified: datetime = field(default_factory=_now)
    received: datetime = field(default_factory=_now)
    sent: datetime | None = None
    change_key: int = 1
    conversation_id: str = field(default_factory=lambda: _new_id("AAQk"))
    # Raw MIME of a seeded (received from outside) message; rendered on demand otherwise.
    raw: bytes | None = None

    def touch(self) -> None:
        self.change_key += 1
        self.modified = _now()


@dataclass
class Mailbox:
    address: str
    root_id: str
    folders: dict[str, Folder] = field(default_factory=dict)
    messages: dict[str, StoredMessage] = field(default_factory=dict)


@dataclass
class DeltaState:
    mailbox: str
    folder_id: str
    select: list[str] | None
    expand: str | None
    page_size: int
    # What the client knows once this round is complete: message id -> change key.
    snapshot: dict[str, int]
    # Skip tokens only: the ids (``None`` marks nothing) still to send in this round.
    pending: list[str] | None = None
    expired: bool = False


@dataclass
class UploadSession:
    mailbox: str
    message_id: str
    name: str
    content_type: str
    size: int
    is_inline: bool
    secret: str
    data: bytearray = field(default_factory=bytearray)
    expires: datetime = field(default_factory=lambda: _now() + timedelta(hours=1))


@dataclass
class SeenRequest:
    """One request as the server saw it (for assertions on headers the SDK sent)."""

    method: str
    path: str
    query: str
    host: str
    authorization: bool
    immutable_ids: bool
    status: int = 0


@dataclass
class Fault:
    kind: str  # "status" (answer instead of processing) or "drop" (process, lose the answer)
    method: str | None
    path: re.Pattern[str]
    remaining: int
    status: int = 503
    retry_after: str | None = None
    code: str = "ServiceUnavailable"


@dataclass(frozen=True)
class MessageView:
    """A read-only copy of a stored message for test assertions."""

    id: str
    folder: str
    subject: str
    internet_message_id: str
    is_draft: bool
    to: list[str]
    headers: dict[str, str]
    attachments: dict[str, bytes] = field(repr=False)
    extended: dict[str, str] = field(repr=False)


# --------------------------------------------------------------------------------------------
# OData $filter: a small parser for the expressions Graph accepts on mail


_TOKEN = re.compile(
    r"\s*(?:(?P<str>'(?:[^']|'')*')|(?P<lp>\()|(?P<rp>\))|(?P<colon>:)"
    r"|(?P<dt>\d{4}-\d{2}-\d{2}T[0-9:.]+(?:Z|[+-]\d{2}:\d{2})?)"
    r"|(?P<num>-?\d+(?:\.\d+)?)|(?P<word>[A-Za-z_][\w/.]*))"
)
_COMPARISONS = {"eq", "ne", "gt", "ge", "lt", "le"}

Record = Callable[[str], Any]
Predicate = Callable[[Record], bool]


class _FilterParser:
    """Parses ``a eq 'x' and b/any(p: p/id eq 'y' and p/value eq 'z')`` into a predicate.

    ``properties`` lists the properties in the order they appear (for the InefficientFilter
    rule); ``known`` are the property names the entity type has.
    """

    def __init__(
        self,
        text: str,
        known: set[str],
        collections: dict[str, set[str]],
        *,
        case_insensitive: set[str] | None = None,
    ) -> None:
        self.case_insensitive = case_insensitive or set()
        self.tokens = self._tokenize(text)
        self.pos = 0
        self.known = known
        self.collections = collections
        self.properties: list[str] = []

    @staticmethod
    def _tokenize(text: str) -> list[tuple[str, str]]:
        tokens: list[tuple[str, str]] = []
        pos = 0
        text = text.strip()
        while pos < len(text):
            match = _TOKEN.match(text, pos)
            if not match or match.end() == pos:
                raise _bad_request(f"Invalid filter clause: syntax error at position {pos}.")
            kind = match.lastgroup or ""
            tokens.append((kind, match.group(kind)))
            pos = match.end()
            while pos < len(text) and text[pos].isspace():
                pos += 1
        return tokens

    def parse(self) -> Predicate:
        predicate = self._or(None)
        if self.pos != len(self.tokens):
            raise _bad_request("Invalid filter clause: unexpected trailing tokens.")
        return predicate

    def _peek(self) -> tuple[str, str] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def _take(self, kind: str | None = None) -> tuple[str, str]:
        token = self._peek()
        if token is None or (kind is not None and token[0] != kind):
            raise _bad_request("Invalid filter clause: syntax error.")
        self.pos += 1
        return token

    def _keyword(self, word: str) -> bool:
        token = self._peek()
        if token and token[0] == "word" and token[1].lower() == word:
            self.pos += 1
            return True
        return False

    def _or(self, variable: str | None) -> Predicate:
        parts = [self._and(variable)]
        while self._keyword("or"):
            parts.append(self._and(variable))
        if len(parts) == 1:
            return parts[0]
        return lambda record: any(p(record) for p in parts)

    def _and(self, variable: str | None) -> Predicate:
        parts = [self._atom(variable)]
        while self._keyword("and"):
            parts.append(self._atom(variable))
        if len(parts) == 1:
            return parts[0]
        return lambda record: all(p(record) for p in parts)

    def _atom(self, variable: str | None) -> Predicate:
        token = self._peek()
        if token and token[0] == "lp":
            self._take("lp")
            inner = self._or(variable)
            self._take("rp")
            return inner
        if self._keyword("not"):
            inner = self._atom(variable)
            return lambda record: not inner(record)
        _, name = self._take("word")
        lowered = name.lower()
        for collection, members in self.collections.items():
            if lowered == f"{collection.lower()}/any":
                return self._lambda(collection, members)
        return self._comparison(name, variable)

    def _lambda(self, collection: str, members: set[str]) -> Predicate:
        self._take("lp")
        _, var = self._take("word")
        self._take("colon")
        outer_known = self.known
        self.known = members
        inner = self._or(var)
        self.known = outer_known
        self._take("rp")
        self.properties.append(collection)

        def predicate(record: Record) -> bool:
            items = record(collection) or []
            return any(inner(item.get) for item in items)

        return predicate

    def _comparison(self, name: str, variable: str | None) -> Predicate:
        prop = name
        if variable is not None:
            if not name.startswith(variable + "/"):
                raise _bad_request(f"Could not find a property named '{name}'.")
            prop = name[len(variable) + 1 :]
        if prop not in self.known:
            raise _bad_request(
                f"Could not find a property named '{prop}' on type 'microsoft.graph.message'.",
                "RequestBroker--ParseUri",
            )
        if variable is None:
            self.properties.append(prop)
        _, op = self._take("word")
        op = op.lower()
        if op not in _COMPARISONS:
            raise _bad_request(f"Invalid filter clause: unknown operator '{op}'.")
        value = self._literal()
        # Extended property ids ("String {GUID} Name X") compare case-insensitively in Exchange.
        case_insensitive = prop in self.case_insensitive or (prop == "id" and variable is not None)

        def predicate(record: Record) -> bool:
            actual = record(prop)
            expected = value
            if case_insensitive and isinstance(actual, str) and isinstance(expected, str):
                actual, expected = actual.lower(), expected.lower()
            if actual is None:
                return op == "ne" and expected is not None
            try:
                return bool(_compare(actual, op, expected))
            except TypeError as exc:
                raise _bad_request("Invalid filter clause: incompatible types.") from exc

        return predicate

    def _literal(self) -> Any:
        kind, text = self._take()
        if kind == "str":
            return text[1:-1].replace("''", "'")
        if kind == "dt":
            return datetime.fromisoformat(text.replace("Z", "+00:00"))
        if kind == "num":
            return float(text) if "." in text else int(text)
        if kind == "word" and text.lower() in {"true", "false"}:
            return text.lower() == "true"
        if kind == "word" and text.lower() == "null":
            return None
        raise _bad_request("Invalid filter clause: a literal was expected.")


def _compare(actual: Any, op: str, expected: Any) -> bool:
    if op == "eq":
        return bool(actual == expected)
    if op == "ne":
        return bool(actual != expected)
    if op == "gt":
        return bool(actual > expected)
    if op == "ge":
        return bool(actual >= expected)
    if op == "lt":
        return bool(actual < expected)
    return bool(actual <= expected)


def _split_top_level(text: str) -> list[str]:
    parts: list[str] = []
    depth = 0
    current = ""
    for char in text:
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        if char == "," and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    if current.strip():
        parts.append(current.strip())
    return parts


# --------------------------------------------------------------------------------------------
# The server


class _DroppedResponse(Response):
    """Sends the status line and headers, then ends the connection without a body.

    The request was processed; the client sees a broken response and cannot know the outcome,
    which is what a crash or a lost connection right after the server acted looks like.
    """

    def __init__(self) -> None:
        super().__init__(status_code=200)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"application/json"), (b"content-length", b"512")],
            }
        )
        # Returning without the body makes uvicorn close the connection mid-response.


class GraphServer:
    """The in-memory Graph mail API. Thread-safe: uvicorn serves it from its own thread."""

    def __init__(self, mailboxes: Iterable[str] = DEFAULT_MAILBOXES, token: str = TOKEN) -> None:
        self.token = token
        self._lock = threading.RLock()
        self._mailboxes: dict[str, Mailbox] = {}
        self._delta: dict[str, DeltaState] = {}
        self._uploads: dict[str, UploadSession] = {}
        self._faults: list[Fault] = []
        self._throttle_every = 0
        self._throttle_retry_after = "0"
        self._throttle_status = 429
        self._api_calls = 0
        self._mime_cache: dict[tuple[str, int], bytes] = {}
        self.requests: list[SeenRequest] = []
        self.sent: dict[str, int] = {}
        self.external_deliveries: list[tuple[str, str]] = []
        for address in mailboxes:
            self.add_mailbox(address)
        self.app = Starlette(
            routes=[
                Route(
                    "/{path:path}",
                    self._endpoint,
                    methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
                )
            ]
        )
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.port = 0

    # ---- lifecycle ----------------------------------------------------------------------

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        return f"{self.origin}/v1.0"

    def start(self) -> GraphServer:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(
            self.app, log_config=None, log_level=None, access_log=False, lifespan="off"
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("Graph test server did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        self._server = None
        self._thread = None

    # ---- test helpers: mailboxes, seeding, inspection ---------------------------------------

    def add_mailbox(self, address: str) -> None:
        with self._lock:
            root = Folder(_new_id("AAMkAGRoot"), "Top of Information Store", None, "msgfolderroot")
            mailbox = Mailbox(address.lower(), root.id, {root.id: root})
            for well_known, name in WELL_KNOWN_FOLDERS.items():
                folder = Folder(_new_id("AAMkAGFld"), name, root.id, well_known)
                mailbox.folders[folder.id] = folder
            self._mailboxes[address.lower()] = mailbox

    def seed_mime(
        self,
        mailbox: str,
        raw: bytes,
        *,
        folder: str = "inbox",
        received_at: datetime | None = None,
    ) -> str:
        """Put a received message (raw RFC 5322 bytes) into a folder; returns its id."""
        with self._lock:
            box = self._mailbox(mailbox)
            target = self._folder(box, folder)
            parsed = message_from_bytes(raw, policy=policy.default)
            body_part = parsed.get_body(preferencelist=("plain", "html"))
            attachments = []
            for part in parsed.iter_attachments():
                payload = part.get_payload(decode=True)
                attachments.append(
                    StoredAttachment(
                        _new_id("AAMkAGAtt"),
                        part.get_filename() or "attachment",
                        part.get_content_type(),
                        payload if isinstance(payload, bytes) else b"",
                    )
                )
            date = parsed.get("Date")
            received = received_at or (parsedate_to_datetime(str(date)) if date else _now())
            message = StoredMessage(
                id=_new_id("AAkALgAAMsg"),
                folder_id=target.id,
                subject=str(parsed.get("Subject", "")),
                body_type="html"
                if body_part and body_part.get_content_subtype() == "html"
                else "text",
                body=body_part.get_content() if body_part else "",
                sender=_first_address(str(parsed.get("From", ""))),
                to=getaddresses([str(v) for v in parsed.get_all("To", [])]),
                cc=getaddresses([str(v) for v in parsed.get_all("Cc", [])]),
                internet_message_id=str(parsed.get("Message-ID", ""))
                or f"<{secrets.token_hex(8)}@seed.example>",
                attachments=attachments,
                is_draft=False,
                is_read=False,
                received=received.astimezone(UTC),
                sent=received.astimezone(UTC),
                raw=raw,
            )
            box.messages[message.id] = message
            return message.id

    def messages(self, mailbox: str, folder: str | None = None) -> list[MessageView]:
        """Messages of a mailbox (of one folder, by well-known name, display name or id)."""
        with self._lock:
            box = self._mailbox(mailbox)
            folder_id = self._folder(box, folder).id if folder else None
            return [
                self._view(box, m)
                for m in sorted(box.messages.values(), key=lambda m: m.received)
                if folder_id is None or m.folder_id == folder_id
            ]

    def message(self, mailbox: str, message_id: str) -> MessageView | None:
        with self._lock:
            box = self._mailbox(mailbox)
            stored = box.messages.get(message_id)
            return self._view(box, stored) if stored else None

    def mime(self, mailbox: str, message_id: str) -> bytes:
        with self._lock:
            box = self._mailbox(mailbox)
            return self._render_mime(box.messages[message_id])

    def folder_names(self, mailbox: str) -> list[str]:
        with self._lock:
            return sorted(f.display_name for f in self._mailbox(mailbox).folders.values())

    def sent_count(self, mailbox: str) -> int:
        """How many messages the mailbox has sent (each ``send``/``sendMail`` counts once)."""
        with self._lock:
            return self.sent.get(mailbox.lower(), 0)

    @property
    def api_requests(self) -> list[SeenRequest]:
        with self._lock:
            return [r for r in self.requests if r.path.startswith("/v1.0/")]

    @property
    def requests_missing_immutable_ids(self) -> int:
        """Graph calls that came without ``Prefer: IdType="ImmutableId"``."""
        return sum(1 for r in self.api_requests if not r.immutable_ids)

    # ---- test helpers: fault injection ----------------------------------------------------

    def throttle_every(self, n: int, *, retry_after: int = 0, status: int = 429) -> None:
        """Answer every ``n``-th Graph call with ``status`` and ``Retry-After`` (0 disables)."""
        with self._lock:
            self._throttle_every = n
            self._throttle_retry_after = str(retry_after)
            self._throttle_status = status
            self._api_calls = 0

    def fail(
        self,
        status: int,
        *,
        path: str = ".*",
        method: str | None = None,
        times: int = 1,
        retry_after: int | None = None,
        code: str | None = None,
    ) -> None:
        """Answer the next ``times`` matching calls with ``status`` without processing them."""
        default_codes = {429: "TooManyRequests", 503: "ServiceUnavailable", 504: "GatewayTimeout"}
        with self._lock:
            self._faults.append(
                Fault(
                    "status",
                    method,
                    re.compile(path),
                    times,
                    status,
                    None if retry_after is None else str(retry_after),
                    code or default_codes.get(status, "BadRequest"),
                )
            )

    def drop_response(self, *, path: str, method: str | None = None, times: int = 1) -> None:
        """Process the next ``times`` matching calls, then break the connection unanswered."""
        with self._lock:
            self._faults.append(Fault("drop", method, re.compile(path), times))

    def expire_delta_tokens(self) -> None:
        """Make every issued delta and skip token unusable (as Graph does after a while)."""
        with self._lock:
            for state in self._delta.values():
                state.expired = True

    # ---- request handling -----------------------------------------------------------------

    async def _endpoint(self, request: Request) -> Response:
        body = await request.body()
        with self._lock:
            return self._handle(request, body)

    def _handle(self, request: Request, body: bytes) -> Response:
        path = request.url.path
        preferences = _preferences(request)
        seen = SeenRequest(
            method=request.method,
            path=path,
            query=request.url.query,
            host=request.headers.get("host", ""),
            authorization="authorization" in request.headers,
            immutable_ids=IMMUTABLE_ID_PREFERENCE in preferences,
        )
        self.requests.append(seen)
        response: Response
        try:
            if path.startswith("/upload/"):
                response = self._upload(request, path.removeprefix("/upload/"), body)
            elif not path.startswith("/v1.0/"):
                raise GraphError(404, "NotFound", "Only /v1.0 is served here.")
            else:
                self._authenticate(request)
                if not seen.immutable_ids:
                    raise _bad_request(
                        'Every request must carry Prefer: IdType="ImmutableId"; without it '
                        "message ids change when a message moves.",
                        "ErrorImmutableIdPreferenceMissing",
                    )
                relative = path.removeprefix("/v1.0")
                self._inject_before(request.method, relative)
                if len(body) > MAX_REQUEST_BYTES:
                    raise GraphError(
                        413, "ErrorRequestEntityTooLarge", "The request body is too large."
                    )
                response = self._dispatch(request, relative, body, preferences)
                if self._take_fault("drop", request.method, relative):
                    response = _DroppedResponse()
        except GraphError as exc:
            response = exc.response()
        seen.status = response.status_code
        return response

    def _authenticate(self, request: Request) -> None:
        header = request.headers.get("authorization", "")
        if not header:
            raise GraphError(401, "InvalidAuthenticationToken", "Access token is empty.")
        scheme, _, token = header.partition(" ")
        if scheme != "Bearer" or not secrets.compare_digest(token, self.token):
            raise GraphError(401, "InvalidAuthenticationToken", "IDX14100: JWT is not well formed.")

    def _inject_before(self, method: str, path: str) -> None:
        self._api_calls += 1
        if self._throttle_every and self._api_calls % self._throttle_every == 0:
            raise GraphError(
                self._throttle_status,
                "ApplicationThrottled" if self._throttle_status == 429 else "ServiceUnavailable",
                "Application is over its MailboxConcurrency limit.",
                {"Retry-After": self._throttle_retry_after},
            )
        fault = self._take_fault("status", method, path)
        if fault is not None:
            headers = {"Retry-After": fault.retry_after} if fault.retry_after is not None else {}
            raise GraphError(fault.status, fault.code, "Injected failure.", headers)

    def _take_fault(self, kind: str, method: str, path: str) -> Fault | None:
        for fault in self._faults:
            if (
                fault.kind == kind
                and fault.remaining > 0
                and (fault.method is None or fault.method.upper() == method)
                and fault.path.search(path)
            ):
                fault.remaining -= 1
                return fault
        return None

    def _dispatch(
        self, request: Request, path: str, body: bytes, preferences: list[str]
    ) -> Response:
        parts = path.strip("/").split("/")
        if len(parts) < 2 or parts[0] != "users":
            raise _bad_request(f"Resource not found for the segment '{parts[0]}'.")
        box = self._mailbox(parts[1])
        rest = parts[2:]
        method = request.method
        query = _query(request)
        head = rest[0] if rest else ""
        if not rest:
            _only(method, "GET")
            _allowed_options(query, {"$select"})
            return _json({"id": box.root_id, "mail": box.address, "userPrincipalName": box.address})
        if head == "mailFolders":
            return self._mail_folders(request, box, rest[1:], body, query, preferences)
        if head == "messages":
            return self._messages(request, box, rest[1:], body, query, None)
        if head == "sendMail" and len(rest) == 1:
            _only(method, "POST")
            return self._send_mail(box, _json_body(body))
        raise _bad_request(f"Resource not found for the segment '{head}'.")

    # ---- mail folders ---------------------------------------------------------------------

    def _mail_folders(
        self,
        request: Request,
        box: Mailbox,
        rest: list[str],
        body: bytes,
        query: dict[str, str],
        preferences: list[str],
    ) -> Response:
        method = request.method
        if not rest:
            if method == "POST":
                return self._create_folder(box, box.root_id, _json_body(body))
            _only(method, "GET")
            return self._list_folders(request, box, box.root_id, query)
        folder = self._folder(box, rest[0])
        tail = rest[1:]
        if not tail:
            _only(method, "GET")
            _allowed_options(query, {"$select"})
            return _json(self._folder_json(box, folder))
        if tail[0] == "childFolders" and len(tail) == 1:
            if method == "POST":
                return self._create_folder(box, folder.id, _json_body(body))
            _only(method, "GET")
            return self._list_folders(request, box, folder.id, query)
        if tail[0] == "messages":
            if len(tail) == 2 and tail[1] in {"delta", "delta()"}:
                _only(method, "GET")
                return self._delta_query(request, box, folder, query, preferences)
            return self._messages(request, box, tail[1:], body, query, folder)
        raise _bad_request(f"Resource not found for the segment '{tail[0]}'.")

    def _folder_json(self, box: Mailbox, folder: Folder) -> dict[str, Any]:
        messages = [m for m in box.messages.values() if m.folder_id == folder.id]
        return {
            "id": folder.id,
            "displayName": folder.display_name,
            "parentFolderId": folder.parent_id,
            "childFolderCount": sum(1 for f in box.folders.values() if f.parent_id == folder.id),
            "unreadItemCount": sum(1 for m in messages if not m.is_read),
            "totalItemCount": len(messages),
            "sizeInBytes": sum(len(self._render_mime(m)) for m in messages),
            "isHidden": False,
        }

    def _list_folders(
        self, request: Request, box: Mailbox, parent_id: str, query: dict[str, str]
    ) -> Response:
        _allowed_options(query, {"$filter", "$top", "$skip", "$select", "$count"})
        folders = [f for f in box.folders.values() if f.parent_id == parent_id]
        if "$filter" in query:
            parser = _FilterParser(query["$filter"], {"displayName", "id", "parentFolderId"}, {})
            predicate = parser.parse()
            folders = [
                f
                for f in folders
                if predicate(
                    {
                        "displayName": f.display_name,
                        "id": f.id,
                        "parentFolderId": f.parent_id,
                    }.get
                )
            ]
        items = [self._folder_json(box, f) for f in folders]
        return self._page(request, query, items)

    def _create_folder(self, box: Mailbox, parent_id: str, body: dict[str, Any]) -> Response:
        unknown = set(body) - {"displayName", "isHidden", "@odata.type"}
        if unknown:
            raise _unknown_property(sorted(unknown)[0], "mailFolder")
        if body.get("@odata.type") not in (None, "#microsoft.graph.mailFolder"):
            raise _bad_request("Invalid @odata.type for a mail folder.")
        name = body.get("displayName")
        if not isinstance(name, str) or not name.strip():
            raise _bad_request("The displayName is required.", "ErrorInvalidParameter")
        for folder in box.folders.values():
            if folder.parent_id == parent_id and folder.display_name.lower() == name.lower():
                raise GraphError(
                    409, "ErrorFolderExists", "A folder with the specified name already exists."
                )
        folder = Folder(_new_id("AAMkAGFld"), name, parent_id)
        box.folders[folder.id] = folder
        return _json(self._folder_json(box, folder), 201)

    # ---- messages -------------------------------------------------------------------------

    def _messages(
        self,
        request: Request,
        box: Mailbox,
        rest: list[str],
        body: bytes,
        query: dict[str, str],
        folder: Folder | None,
    ) -> Response:
        method = request.method
        if not rest:
            if method == "POST":
                target = folder or self._folder(box, "drafts")
                return self._create_message(box, target, _json_body(body))
            _only(method, "GET")
            return self._list_messages(request, box, folder, query)
        message = box.messages.get(rest[0])
        if message is None or (folder is not None and message.folder_id != folder.id):
            raise _not_found()
        tail = rest[1:]
        if not tail:
            if method == "GET":
                _allowed_options(query, {"$select", "$expand"})
                return _json(self._message_json(box, message, query))
            if method == "PATCH":
                return self._update_message(box, message, _json_body(body))
            _only(method, "DELETE")
            message.folder_id = self._folder(box, "deleteditems").id
            message.touch()
            return Response(status_code=204)
        action = tail[0]
        if action == "$value" and len(tail) == 1:
            _only(method, "GET")
            return Response(self._render_mime(message), media_type="text/plain")
        if action == "attachments":
            return self._attachments(request, box, message, tail[1:], body, query)
        if action == "send" and len(tail) == 1:
            _only(method, "POST")
            if body.strip():
                raise _bad_request("The send action takes no body.", "RequestBodyRead")
            if not message.is_draft:
                raise _bad_request("Only draft messages can be sent.", "ErrorInvalidOperation")
            self._submit(box, message, save_to_sent_items=True)
            return Response(status_code=202)
        if action == "move" and len(tail) == 1:
            _only(method, "POST")
            return self._move(box, message, _json_body(body))
        raise _bad_request(f"Resource not found for the segment '{action}'.")

    def _list_messages(
        self, request: Request, box: Mailbox, folder: Folder | None, query: dict[str, str]
    ) -> Response:
        _allowed_options(
            query, {"$filter", "$orderby", "$top", "$skip", "$select", "$expand", "$count"}
        )
        messages = [m for m in box.messages.values() if folder is None or m.folder_id == folder.id]
        filter_properties: list[str] = []
        if "$filter" in query:
            parser = _FilterParser(
                query["$filter"],
                MESSAGE_PROPERTIES,
                {
                    "singleValueExtendedProperties": {"id", "value"},
                    "multiValueExtendedProperties": {"id", "value"},
                },
            )
            predicate = parser.parse()
            filter_properties = parser.properties
            messages = [m for m in messages if predicate(partial(self._filter_value, box, m))]
        messages.sort(key=lambda m: m.received, reverse=True)
        if "$orderby" in query:
            order: list[tuple[str, bool]] = []
            for clause in query["$orderby"].split(","):
                prop, _, direction = clause.strip().partition(" ")
                direction = direction.strip().lower() or "asc"
                if prop not in MESSAGE_PROPERTIES or direction not in {"asc", "desc"}:
                    raise _bad_request(f"Invalid $orderby clause '{clause.strip()}'.")
                order.append((prop, direction == "desc"))
            ordered = [p for p, _ in order]
            if filter_properties and [p.lower() for p in filter_properties[: len(ordered)]] != [
                p.lower() for p in ordered
            ]:
                raise _bad_request(
                    "The restriction or sort order is too complex for this operation.",
                    "InefficientFilter",
                )
            for prop, descending in reversed(order):

                def sort_key(message: StoredMessage, prop: str = prop) -> Any:
                    return _sort_key(self._filter_value(box, message, prop))

                messages.sort(key=sort_key, reverse=descending)
        items = [self._message_json(box, m, query) for m in messages]
        return self._page(request, query, items)

    def _filter_value(self, box: Mailbox, message: StoredMessage, name: str) -> Any:
        if name == "singleValueExtendedProperties":
            return [{"id": k, "value": v} for k, v in self._extended(box, message).items()]
        if name == "multiValueExtendedProperties":
            return []
        value = self._message_json(box, message, {})
        if name in {"receivedDateTime", "sentDateTime", "createdDateTime", "lastModifiedDateTime"}:
            text = value.get(name)
            return datetime.fromisoformat(text.replace("Z", "+00:00")) if text else None
        return value.get(name)

    def _extended(self, box: Mailbox, message: StoredMessage) -> dict[str, str]:
        values = dict(message.extended)
        values[MESSAGE_SIZE_PROPERTY] = str(len(self._render_mime(message)))
        return values

    def _message_json(
        self, box: Mailbox, message: StoredMessage, query: dict[str, str]
    ) -> dict[str, Any]:
        data: dict[str, Any] = {
            "@odata.type": "#microsoft.graph.message",
            "@odata.etag": f'W/"CQAAABYAAAA{message.change_key:08d}"',
            "id": message.id,
            "createdDateTime": _iso(message.created),
            "lastModifiedDateTime": _iso(message.modified),
            "changeKey": f"CQAAABYAAAA{message.change_key:08d}",
            "categories": [],
            "receivedDateTime": _iso(message.received),
            "sentDateTime": _iso(message.sent) if message.sent else None,
            "hasAttachments": any(not a.is_inline for a in message.attachments),
            "internetMessageId": message.internet_message_id,
            "subject": message.subject,
            "bodyPreview": message.body[:255],
            "importance": message.importance,
            "parentFolderId": message.folder_id,
            "conversationId": message.conversation_id,
            "isDeliveryReceiptRequested": False,
            "isReadReceiptRequested": False,
            "isRead": message.is_read,
            "isDraft": message.is_draft,
            "webLink": f"https://outlook.office365.com/owa/?ItemID={quote(message.id)}",
            "inferenceClassification": "focused",
            "body": {"contentType": message.body_type, "content": message.body},
            "sender": _recipient(message.sender),
            "from": _recipient(message.sender),
            "toRecipients": [_recipient(a) for a in message.to],
            "ccRecipients": [_recipient(a) for a in message.cc],
            "bccRecipients": [_recipient(a) for a in message.bcc],
            "replyTo": [_recipient(a) for a in message.reply_to],
            "flag": {"flagStatus": "notFlagged"},
        }
        if "$select" in query:
            selected = [s.strip() for s in query["$select"].split(",") if s.strip()]
            for name in selected:
                if name not in MESSAGE_PROPERTIES:
                    raise _unknown_property(name, "message", "RequestBroker--ParseUri")
            keep = set(selected) | {"id", "@odata.etag", "@odata.type"}
            if "internetMessageHeaders" in selected:
                data["internetMessageHeaders"] = [
                    {"name": n, "value": v} for n, v in message.headers
                ]
            data = {k: v for k, v in data.items() if k in keep}
        if "$expand" in query:
            for clause in _split_top_level(query["$expand"]):
                name, _, options = clause.partition("(")
                name = name.strip()
                if name == "attachments":
                    data["attachments"] = [
                        self._attachment_json(a, True) for a in message.attachments
                    ]
                elif name in {"singleValueExtendedProperties", "multiValueExtendedProperties"}:
                    props = self._extended(box, message) if name.startswith("single") else {}
                    items = [{"id": k, "value": v} for k, v in props.items()]
                    options = options.rstrip(")")
                    if options:
                        key, _, expression = options.partition("=")
                        if key.strip() != "$filter":
                            raise _bad_request(f"Invalid $expand option '{key}'.")
                        predicate = _FilterParser(
                            expression, {"id", "value"}, {}, case_insensitive={"id"}
                        ).parse()
                        items = [i for i in items if predicate(i.get)]
                    if items:
                        data[name] = items
                else:
                    raise _bad_request(
                        f"Could not find a navigation property named '{name}'.",
                        "RequestBroker--ParseUri",
                    )
        return data

    def _create_message(self, box: Mailbox, folder: Folder, body: dict[str, Any]) -> Response:
        message = StoredMessage(id=_new_id("AAkALgAAMsg"), folder_id=folder.id)
        self._apply_message_body(box, message, body, creating=True)
        box.messages[message.id] = message
        return _json(self._message_json(box, message, {}), 201)

    def _update_message(
        self, box: Mailbox, message: StoredMessage, body: dict[str, Any]
    ) -> Response:
        for key in ("internetMessageId", "internetMessageHeaders", "attachments"):
            if key in body and not message.is_draft:
                raise _bad_request(f"'{key}' can only be set on a draft.", "ErrorInvalidOperation")
        self._apply_message_body(box, message, body, creating=False)
        message.touch()
        return _json(self._message_json(box, message, {}))

    def _apply_message_body(
        self, box: Mailbox, message: StoredMessage, body: dict[str, Any], *, creating: bool
    ) -> None:
        unknown = set(body) - MESSAGE_WRITABLE
        if unknown:
            raise _unknown_property(sorted(unknown)[0], "message")
        if body.get("@odata.type", "#microsoft.graph.message") != "#microsoft.graph.message":
            raise _bad_request("A message must have @odata.type #microsoft.graph.message.")
        message.sender = (message.sender[0] or "", message.sender[1] or box.address)
        if "subject" in body:
            message.subject = _string(body["subject"], "subject")
        if "body" in body:
            item = body["body"]
            if not isinstance(item, dict) or set(item) - {"contentType", "content", "@odata.type"}:
                raise _bad_request("Invalid itemBody.", "RequestBodyRead")
            content_type = str(item.get("contentType", "text")).lower()
            if content_type not in {"text", "html"}:
                raise _bad_request(f"Invalid body contentType '{content_type}'.", "RequestBodyRead")
            message.body_type = content_type
            message.body = _string(item.get("content", ""), "body.content")
        for key, attr in (
            ("toRecipients", "to"),
            ("ccRecipients", "cc"),
            ("bccRecipients", "bcc"),
            ("replyTo", "reply_to"),
        ):
            if key in body:
                setattr(message, attr, _recipients(body[key], key))
        if "internetMessageId" in body:
            value = _string(body["internetMessageId"], "internetMessageId")
            if not INTERNET_MESSAGE_ID.match(value):
                raise _bad_request(
                    "The internetMessageId must look like <local@domain>.",
                    "ErrorInvalidInternetMessageId",
                )
            message.internet_message_id = value
        elif creating:
            message.internet_message_id = f"<{secrets.token_hex(16)}@server.stadt.example>"
        if "internetMessageHeaders" in body:
            if not creating:
                raise _bad_request(
                    "internetMessageHeaders can only be set when the message is created.",
                    "ErrorInvalidOperation",
                )
            headers = body["internetMessageHeaders"]
            if not isinstance(headers, list):
                raise _bad_request(
                    "internetMessageHeaders must be a collection.", "RequestBodyRead"
                )
            message.headers = []
            for header in headers:
                if not isinstance(header, dict) or set(header) - {"name", "value", "@odata.type"}:
                    raise _bad_request("Invalid internetMessageHeader.", "RequestBodyRead")
                name = _string(header.get("name"), "internetMessageHeaders.name")
                if not name.lower().startswith("x-"):
                    raise _bad_request(
                        f"The internet message header name '{name}' should start with 'x-' or "
                        "'X-'.",
                        "InvalidInternetMessageHeader",
                    )
                message.headers.append((name, _string(header.get("value"), "value")))
        if "singleValueExtendedProperties" in body:
            props = body["singleValueExtendedProperties"]
            if not isinstance(props, list):
                raise _bad_request("singleValueExtendedProperties must be a collection.")
            for prop in props:
                if not isinstance(prop, dict) or set(prop) - {"id", "value", "@odata.type"}:
                    raise _bad_request(
                        "Invalid singleValueLegacyExtendedProperty.", "RequestBodyRead"
                    )
                prop_id = _string(prop.get("id"), "id")
                if not EXTENDED_PROPERTY_ID.match(prop_id):
                    raise _bad_request(
                        f"The extended property id '{prop_id}' is invalid.",
                        "ErrorInvalidExtendedPropertyValue",
                    )
                message.extended[prop_id] = _string(prop.get("value"), "value")
        if "importance" in body:
            importance = str(body["importance"]).lower()
            if importance not in {"low", "normal", "high"}:
                raise _bad_request("Invalid importance.", "RequestBodyRead")
            message.importance = importance
        if "isRead" in body:
            message.is_read = bool(body["isRead"])
        if "attachments" in body:
            if not isinstance(body["attachments"], list):
                raise _bad_request("attachments must be a collection.", "RequestBodyRead")
            for item in body["attachments"]:
                message.attachments.append(_parse_attachment(item))

    # ---- attachments and upload sessions ---------------------------------------------------

    def _attachments(
        self,
        request: Request,
        box: Mailbox,
        message: StoredMessage,
        rest: list[str],
        body: bytes,
        query: dict[str, str],
    ) -> Response:
        method = request.method
        if not rest:
            if method == "POST":
                if not message.is_draft:
                    raise _bad_request(
                        "Attachments can only be added to a draft.", "ErrorInvalidOperation"
                    )
                attachment = _parse_attachment(_json_body(body))
                message.attachments.append(attachment)
                message.touch()
                return _json(self._attachment_json(attachment, True), 201)
            _only(method, "GET")
            _allowed_options(query, {"$select", "$top", "$skip", "$filter"})
            items = [self._attachment_json(a, True) for a in message.attachments]
            if "$select" in query:
                selected = {s.strip() for s in query["$select"].split(",")}
                for name in selected - ATTACHMENT_WRITABLE - {"id"}:
                    raise _unknown_property(name, "attachment", "RequestBroker--ParseUri")
                keep = selected | {"id", "@odata.type"}
                items = [{k: v for k, v in i.items() if k in keep} for i in items]
            return self._page(request, query, items)
        if rest == ["createUploadSession"]:
            _only(method, "POST")
            return self._create_upload_session(request, box, message, _json_body(body))
        found = next((a for a in message.attachments if a.id == rest[0]), None)
        if found is None or len(rest) > 1:
            raise _not_found()
        if method == "DELETE":
            message.attachments.remove(found)
            message.touch()
            return Response(status_code=204)
        _only(method, "GET")
        return _json(self._attachment_json(found, True))

    @staticmethod
    def _attachment_json(attachment: StoredAttachment, with_content: bool) -> dict[str, Any]:
        data: dict[str, Any] = {
            "@odata.type": "#microsoft.graph.fileAttachment",
            "id": attachment.id,
            "lastModifiedDateTime": _iso(attachment.modified),
            "name": attachment.name,
            "contentType": attachment.content_type,
            # Exchange reports a size a little above the content length.
            "size": len(attachment.data) + 180,
            "isInline": attachment.is_inline,
            "contentId": attachment.content_id,
            "contentLocation": None,
        }
        if with_content:
            data["contentBytes"] = base64.b64encode(attachment.data).decode()
        return data

    def _create_upload_session(
        self, request: Request, box: Mailbox, message: StoredMessage, body: dict[str, Any]
    ) -> Response:
        if set(body) != {"AttachmentItem"}:
            raise _bad_request(
                "createUploadSession takes exactly one parameter, 'AttachmentItem'.",
                "RequestBodyRead",
            )
        if not message.is_draft:
            raise _bad_request("Attachments can only be added to a draft.", "ErrorInvalidOperation")
        item = body["AttachmentItem"]
        allowed = {
            "attachmentType",
            "name",
            "size",
            "contentType",
            "isInline",
            "contentId",
            "@odata.type",
        }
        if not isinstance(item, dict) or set(item) - allowed:
            raise _bad_request("Invalid attachmentItem.", "RequestBodyRead")
        if item.get("attachmentType") != "file":
            raise _bad_request("attachmentType must be 'file'.", "ErrorInvalidParameter")
        size = item.get("size")
        if not isinstance(size, int) or isinstance(size, bool):
            raise _bad_request("The size of the attachment is required.", "ErrorInvalidParameter")
        if size < UPLOAD_SESSION_MINIMUM_BYTES:
            raise _bad_request(
                "Attachment size must be greater than the minimum size.",
                "ErrorAttachmentSizeShouldNotBeLessThanMinimumSize",
            )
        if size > UPLOAD_SESSION_MAXIMUM_BYTES:
            raise GraphError(
                413, "ErrorAttachmentSizeLimitExceeded", "The attachment is too large."
            )
        session_id = secrets.token_urlsafe(16)
        session = UploadSession(
            mailbox=box.address,
            message_id=message.id,
            name=_string(item.get("name"), "name"),
            content_type=str(item.get("contentType") or "application/octet-stream"),
            size=size,
            is_inline=bool(item.get("isInline", False)),
            secret=secrets.token_urlsafe(24),
        )
        self._uploads[session_id] = session
        return _json(
            {
                "@odata.context": f"{self.base_url}/$metadata#microsoft.graph.uploadSession",
                "uploadUrl": f"{self.origin}/upload/{session_id}?authtoken={session.secret}",
                "expirationDateTime": _iso(session.expires),
                "nextExpectedRanges": ["0-"],
            },
            201,
        )

    def _upload(self, request: Request, session_id: str, body: bytes) -> Response:
        session = self._uploads.get(session_id)
        if session is None:
            raise GraphError(404, "ErrorItemNotFound", "The upload session does not exist.")
        if "authorization" in request.headers:
            # The upload URL is pre-authenticated; Outlook refuses a bearer token on it.
            raise GraphError(
                401, "InvalidAuthenticationToken", "Do not send an Authorization header here."
            )
        if not secrets.compare_digest(request.query_params.get("authtoken", ""), session.secret):
            raise GraphError(401, "InvalidAuthenticationToken", "The upload URL is not valid.")
        if request.method == "DELETE":
            del self._uploads[session_id]
            return Response(status_code=204)
        if request.method != "PUT":
            raise GraphError(405, "MethodNotAllowed", "Use PUT to upload.")
        match = re.fullmatch(r"bytes (\d+)-(\d+)/(\d+)", request.headers.get("content-range", ""))
        if match is None:
            raise _bad_request(
                "A Content-Range header 'bytes a-b/total' is required.", "InvalidRange"
            )
        start, end, total = (int(g) for g in match.groups())
        if total != session.size:
            raise _bad_request("The total size does not match the session.", "InvalidRange")
        if start != len(session.data) or end < start or end >= total:
            raise GraphError(416, "InvalidRange", "The range is not the next expected one.")
        if len(body) != end - start + 1 or request.headers.get("content-length") != str(len(body)):
            raise _bad_request("Content-Length does not match Content-Range.", "InvalidRange")
        if len(body) > MAX_UPLOAD_CHUNK_BYTES:
            raise GraphError(413, "ErrorRequestEntityTooLarge", "Chunks must be 4 MB or less.")
        session.data.extend(body)
        if len(session.data) < session.size:
            return _json(
                {
                    "expirationDateTime": _iso(session.expires),
                    "nextExpectedRanges": [f"{len(session.data)}-"],
                }
            )
        del self._uploads[session_id]
        box = self._mailbox(session.mailbox)
        message = box.messages.get(session.message_id)
        if message is None or not message.is_draft:
            raise _not_found()
        attachment = StoredAttachment(
            _new_id("AAMkAGAtt"),
            session.name,
            session.content_type,
            bytes(session.data),
            session.is_inline,
        )
        message.attachments.append(attachment)
        message.touch()
        location = (
            f"https://outlook.office.com/api/v2.0/Users('{box.address}')/Messages"
            f"('{message.id}')/Attachments('{attachment.id}')"
        )
        return Response(status_code=201, headers={"Location": location})

    # ---- sending and moving -----------------------------------------------------------------

    def _send_mail(self, box: Mailbox, body: dict[str, Any]) -> Response:
        unknown = set(body) - {"Message", "SaveToSentItems"}
        if unknown or "Message" not in body:
            raise _bad_request(
                "sendMail takes the parameters 'Message' and 'SaveToSentItems' (PascalCase).",
                "RequestBodyRead",
            )
        save = body.get("SaveToSentItems", True)
        if not isinstance(save, bool):
            raise _bad_request("SaveToSentItems must be a boolean.", "RequestBodyRead")
        if not isinstance(body["Message"], dict):
            raise _bad_request("Message must be an object.", "RequestBodyRead")
        message = StoredMessage(id=_new_id("AAkALgAAMsg"), folder_id=self._folder(box, "drafts").id)
        self._apply_message_body(box, message, body["Message"], creating=True)
        box.messages[message.id] = message
        self._submit(box, message, save_to_sent_items=save)
        return Response(status_code=202)

    def _submit(self, box: Mailbox, message: StoredMessage, *, save_to_sent_items: bool) -> None:
        recipients = message.to + message.cc + message.bcc
        if not recipients:
            raise _bad_request("At least one recipient is not valid.", "ErrorInvalidRecipients")
        for _, address in recipients:
            if not ADDRESS.match(address):
                raise _bad_request("At least one recipient is not valid.", "ErrorInvalidRecipients")
        now = _now()
        for _, address in recipients:
            target = self._mailboxes.get(address.lower())
            if target is None:
                self.external_deliveries.append((box.address, address.lower()))
                continue
            copy = StoredMessage(
                id=_new_id("AAkALgAAMsg"),
                folder_id=self._folder(target, "inbox").id,
                subject=message.subject,
                body_type=message.body_type,
                body=message.body,
                sender=(message.sender[0], box.address),
                to=list(message.to),
                cc=list(message.cc),
                reply_to=list(message.reply_to),
                internet_message_id=message.internet_message_id,
                headers=list(message.headers),
                attachments=[
                    StoredAttachment(
                        _new_id("AAMkAGAtt"), a.name, a.content_type, a.data, a.is_inline
                    )
                    for a in message.attachments
                ],
                is_draft=False,
                is_read=False,
                importance=message.importance,
                received=now,
                sent=now,
                conversation_id=message.conversation_id,
            )
            target.messages[copy.id] = copy
        self.sent[box.address] = self.sent.get(box.address, 0) + 1
        del box.messages[message.id]
        keep = (
            save_to_sent_items
            and message.extended.get(DELETE_AFTER_SUBMIT_PROPERTY, "").lower() != "true"
        )
        if keep:
            # Sending a draft is one of the cases where even an immutable id changes.
            message.id = _new_id("AAkALgAAMsg")
            message.folder_id = self._folder(box, "sentitems").id
            message.is_draft = False
            message.sent = now
            message.received = now
            message.touch()
            box.messages[message.id] = message

    def _move(self, box: Mailbox, message: StoredMessage, body: dict[str, Any]) -> Response:
        if set(body) != {"DestinationId"}:
            raise _bad_request(
                "move takes exactly one parameter, 'DestinationId' (PascalCase).",
                "RequestBodyRead",
            )
        destination = body["DestinationId"]
        if not isinstance(destination, str):
            raise _bad_request("DestinationId must be a string.", "RequestBodyRead")
        folder = self._find_folder(box, destination)
        if folder is None:
            raise _bad_request("Id is malformed.", "ErrorInvalidIdMalformed")
        message.folder_id = folder.id
        message.touch()
        return _json(self._message_json(box, message, {}), 201)

    # ---- delta ----------------------------------------------------------------------------

    def _delta_query(
        self,
        request: Request,
        box: Mailbox,
        folder: Folder,
        query: dict[str, str],
        preferences: list[str],
    ) -> Response:
        _allowed_options(
            query, {"$select", "$expand", "$top", "$deltatoken", "$skiptoken", "changeType"}
        )
        page_size = None
        for preference in preferences:
            name, _, value = preference.partition("=")
            if name.strip().lower() == "odata.maxpagesize":
                if not value.strip().isdigit() or int(value) < 1:
                    raise _bad_request("Invalid odata.maxpagesize preference.")
                page_size = int(value)
        current = {m.id: m.change_key for m in self._sorted_in(box, folder)}
        token_value = query.get("$deltatoken") or query.get("$skiptoken")
        if token_value is not None:
            state = self._delta.get(token_value)
            if state is None or state.expired:
                raise GraphError(
                    410,
                    "SyncStateNotFound",
                    "The sync state for this request is not found or has expired.",
                )
            if state.mailbox != box.address or state.folder_id != folder.id:
                raise _bad_request(
                    "The token belongs to another folder.", "ErrorInvalidSyncStateData"
                )
            select, expand = state.select, state.expand
            page_size = page_size or state.page_size
            if "$skiptoken" in query:
                entries = list(state.pending or [])
                snapshot = state.snapshot
            else:
                changed = [i for i in current if state.snapshot.get(i) != current[i]]
                removed = [i for i in state.snapshot if i not in current]
                entries = changed + removed
                snapshot = current
        else:
            select = query["$select"].split(",") if "$select" in query else None
            expand = query.get("$expand")
            if "$top" in query:
                page_size = page_size or _int_option(query, "$top")
            page_size = page_size or DEFAULT_PAGE_SIZE
            entries = list(current)
            snapshot = current
        page_size = min(page_size, MAX_PAGE_SIZE)
        page, rest = entries[:page_size], entries[page_size:]
        render_query = {}
        if select:
            render_query["$select"] = ",".join(select)
        if expand:
            render_query["$expand"] = expand
        values = []
        for message_id in page:
            message = box.messages.get(message_id)
            if message is None or message.folder_id != folder.id:
                values.append(
                    {
                        "@odata.type": "#microsoft.graph.message",
                        "id": message_id,
                        "@removed": {"reason": "deleted"},
                    }
                )
            else:
                values.append(self._message_json(box, message, render_query))
        token = secrets.token_urlsafe(24)
        self._delta[token] = DeltaState(
            mailbox=box.address,
            folder_id=folder.id,
            select=select,
            expand=expand,
            page_size=page_size,
            snapshot=snapshot,
            pending=rest if rest else None,
        )
        link = f"{self.base_url}/users/{quote(box.address)}/mailFolders/{quote(folder.id)}/messages/delta"
        result: dict[str, Any] = {
            "@odata.context": f"{self.base_url}/$metadata#Collection(message)",
            "value": values,
        }
        if rest:
            result["@odata.nextLink"] = f"{link}?$skiptoken={token}"
        else:
            result["@odata.deltaLink"] = f"{link}?$deltatoken={token}"
        headers = {"Preference-Applied": f"odata.maxpagesize={page_size}"}
        return _json(result, headers=headers)

    def _sorted_in(self, box: Mailbox, folder: Folder) -> list[StoredMessage]:
        return sorted(
            (m for m in box.messages.values() if m.folder_id == folder.id),
            key=lambda m: (m.received, m.id),
        )

    # ---- helpers --------------------------------------------------------------------------

    def _mailbox(self, user: str) -> Mailbox:
        box = self._mailboxes.get(user.lower())
        if box is None:
            raise GraphError(404, "ErrorInvalidUser", f"The requested user '{user}' is invalid.")
        return box

    def _find_folder(self, box: Mailbox, key: str) -> Folder | None:
        if key.lower() == "msgfolderroot":
            return box.folders[box.root_id]
        for folder in box.folders.values():
            if folder.id == key or (folder.well_known and folder.well_known == key.lower()):
                return folder
        return None

    def _folder(self, box: Mailbox, key: str) -> Folder:
        folder = self._find_folder(box, key)
        if folder is None:
            # Test helpers may name folders by display name; Graph itself does not.
            folder = next(
                (f for f in box.folders.values() if f.display_name.lower() == key.lower()), None
            )
        if folder is None:
            raise _not_found()
        return folder

    def _page(
        self, request: Request, query: dict[str, str], items: list[dict[str, Any]]
    ) -> Response:
        top = _int_option(query, "$top") if "$top" in query else DEFAULT_PAGE_SIZE
        if top < 1 or top > MAX_PAGE_SIZE:
            raise _bad_request(f"$top must be between 1 and {MAX_PAGE_SIZE}.")
        skip = _int_option(query, "$skip") if "$skip" in query else 0
        page = items[skip : skip + top]
        result: dict[str, Any] = {"value": page}
        if skip + top < len(items):
            following = dict(query)
            following["$skip"] = str(skip + top)
            result["@odata.nextLink"] = (
                f"{self.origin}{request.url.path}?{urlencode(following, quote_via=quote)}"
            )
        return _json(result)

    def _view(self, box: Mailbox, message: StoredMessage) -> MessageView:
        folder = box.folders[message.folder_id]
        return MessageView(
            id=message.id,
            folder=folder.well_known or folder.display_name,
            subject=message.subject,
            internet_message_id=message.internet_message_id,
            is_draft=message.is_draft,
            to=[a for _, a in message.to],
            headers=dict(message.headers),
            attachments={a.name: a.data for a in message.attachments},
            extended=dict(message.extended),
        )

    def _render_mime(self, message: StoredMessage) -> bytes:
        if message.raw is not None:
            return message.raw
        key = (message.id, message.change_key)
        cached = self._mime_cache.get(key)
        if cached is None:
            cached = self._mime_cache[key] = self._build_mime(message)
        return cached

    @staticmethod
    def _build_mime(message: StoredMessage) -> bytes:
        mime = EmailMessage()
        mime["From"] = formataddr(message.sender)
        if message.to:
            mime["To"] = ", ".join(formataddr(a) for a in message.to)
        if message.cc:
            mime["Cc"] = ", ".join(formataddr(a) for a in message.cc)
        if message.reply_to:
            mime["Reply-To"] = ", ".join(formataddr(a) for a in message.reply_to)
        mime["Subject"] = message.subject
        mime["Date"] = format_datetime(message.sent or message.created)
        mime["Message-ID"] = message.internet_message_id
        for name, value in message.headers:
            mime[name] = value
        mime.set_content(message.body, subtype="html" if message.body_type == "html" else "plain")
        for attachment in message.attachments:
            maintype, _, subtype = attachment.content_type.partition("/")
            mime.add_attachment(
                attachment.data,
                maintype=maintype or "application",
                subtype=(subtype or "octet-stream").split(";")[0],
                filename=attachment.name,
            )
        return mime.as_bytes(policy=policy.SMTP)


def _preferences(request: Request) -> list[str]:
    values: list[str] = []
    for header in request.headers.getlist("prefer"):
        values.extend(part.strip() for part in header.split(",") if part.strip())
    return values


def _query(request: Request) -> dict[str, str]:
    query: dict[str, str] = {}
    for key, value in parse_qsl(request.url.query, keep_blank_values=True):
        if key in query:
            raise _bad_request(f"Query option '{key}' was specified more than once.")
        query[key] = value
    return query


def _allowed_options(query: dict[str, str], allowed: set[str]) -> None:
    for key in query:
        if key.startswith("$") and key not in allowed:
            raise _bad_request(f"Query option '{key}' is not allowed here.")


def _int_option(query: dict[str, str], name: str) -> int:
    try:
        return int(query[name])
    except ValueError as exc:
        raise _bad_request(f"Invalid value for {name}.") from exc


def _only(method: str, allowed: str) -> None:
    if method != allowed:
        raise GraphError(405, "Request_BadRequest", f"Method {method} is not allowed here.")


def _json(
    data: dict[str, Any], status: int = 200, headers: dict[str, str] | None = None
) -> Response:
    return JSONResponse(data, status_code=status, headers=headers)


def _json_body(body: bytes) -> dict[str, Any]:
    try:
        data = json.loads(body or b"null")
    except ValueError as exc:
        raise _bad_request("The request body is not valid JSON.", "RequestBodyRead") from exc
    if not isinstance(data, dict):
        raise _bad_request("The request body must be a JSON object.", "RequestBodyRead")
    return data


def _unknown_property(name: str, entity: str, code: str = "RequestBodyRead") -> GraphError:
    return _bad_request(
        f"The property '{name}' does not exist on type 'microsoft.graph.{entity}'. Make sure to "
        "only use property names that are defined by the type or mark the type as open type.",
        code,
    )


def _string(value: Any, name: str) -> str:
    if not isinstance(value, str):
        raise _bad_request(f"'{name}' must be a string.", "RequestBodyRead")
    return value


def _recipients(value: Any, name: str) -> list[tuple[str, str]]:
    if not isinstance(value, list):
        raise _bad_request(f"'{name}' must be a collection.", "RequestBodyRead")
    result = []
    for item in value:
        if not isinstance(item, dict) or set(item) - {"emailAddress", "@odata.type"}:
            raise _bad_request(f"Invalid recipient in '{name}'.", "RequestBodyRead")
        address = item.get("emailAddress")
        if not isinstance(address, dict) or set(address) - {"address", "name", "@odata.type"}:
            raise _bad_request(f"Invalid emailAddress in '{name}'.", "RequestBodyRead")
        result.append((str(address.get("name") or ""), _string(address.get("address"), "address")))
    return result


def _recipient(address: tuple[str, str]) -> dict[str, Any]:
    return {"emailAddress": {"name": address[0] or address[1], "address": address[1]}}


def _first_address(header: str) -> tuple[str, str]:
    addresses = getaddresses([header])
    return addresses[0] if addresses else ("", "")


def _sort_key(value: Any) -> Any:
    return (value is None, value if value is not None else "")


def _parse_attachment(item: Any) -> StoredAttachment:
    if not isinstance(item, dict):
        raise _bad_request("An attachment must be an object.", "RequestBodyRead")
    kind = item.get("@odata.type")
    if kind is None:
        raise _bad_request(
            "The property 'contentBytes' does not exist on type 'microsoft.graph.attachment'. "
            "Make sure to only use property names that are defined by the type.",
            "RequestBodyRead",
        )
    if kind != "#microsoft.graph.fileAttachment":
        raise _bad_request(f"Attachments of type '{kind}' are not supported here.")
    unknown = set(item) - ATTACHMENT_WRITABLE
    if unknown:
        raise _unknown_property(sorted(unknown)[0], "fileAttachment")
    name = _string(item.get("name"), "name")
    encoded = _string(item.get("contentBytes"), "contentBytes")
    try:
        data = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise _bad_request(
            "Cannot convert the literal to the expected type 'Edm.Binary'.", "RequestBodyRead"
        ) from exc
    return StoredAttachment(
        _new_id("AAMkAGAtt"),
        name,
        str(item.get("contentType") or "application/octet-stream"),
        data,
        bool(item.get("isInline") or False),
        item.get("contentId"),
    )


@pytest.fixture(name="graph_server")
def graph_server_fixture() -> Iterator[GraphServer]:
    """Fixture ``graph_server``: a fresh Graph test server per test, stopped afterwards.

    Use it from a test module with ``from tests.servers.graph_server import
    graph_server_fixture  # noqa: F401`` (or from a conftest).
    """
    server = GraphServer().start()
    try:
        yield server
    finally:
        server.stop()


# ---- adapters wired to a test server ---------------------------------------------------------

SENDER_DEFAULT = "poststelle@stadt.example"
INTAKE_DEFAULT = "eingang@stadt.example"


class StaticToken:
    """A credential that hands out the test server's token (the shape azure-identity has)."""

    def __init__(self, token: str) -> None:
        self.token = token
        self.calls = 0

    def get_token(self, *scopes: str, **kwargs: Any) -> AccessToken:
        self.calls += 1
        return AccessToken(self.token, int(time.time()) + 3600)


def make_sink(server: GraphServer, **overrides: Any) -> GraphMailSink:
    arguments: dict[str, Any] = {
        "sender": SENDER_DEFAULT,
        "base_url": server.base_url,
        "allowed_hosts": ["127.0.0.1"],
        "timeout": 10.0,
        "retry_backoff_cap": 0,
        **overrides,
    }
    credential = arguments.pop("credential", StaticToken(server.token))
    return GraphMailSink(credential, **arguments)


def make_source(server: GraphServer, **overrides: Any) -> GraphMailSource:
    arguments: dict[str, Any] = {
        "mailbox": INTAKE_DEFAULT,
        "folder": "Inbox",
        "max_bytes": 1_000_000,
        "base_url": server.base_url,
        "allowed_hosts": ["127.0.0.1"],
        "timeout": 10.0,
        "retry_backoff_cap": 0,
        **overrides,
    }
    credential = arguments.pop("credential", StaticToken(server.token))
    return GraphMailSource(credential, **arguments)
