"""Microsoft 365 mailboxes via Microsoft Graph: delivery (``MailSink``) and intake (``MailSource``).

Both adapters use the real ``msgraph-sdk``. The ports are synchronous (activities run in a thread
pool) while the SDK is async and bound to one event loop, so every adapter instance owns a private
event loop in a daemon thread and submits its coroutines there.

Every Graph request carries ``Prefer: IdType="ImmutableId"`` (added by a middleware), so message
ids survive moves. The bearer token only goes to ``allowed_hosts`` and the base URL's host must be
one of them. Vendor errors are translated at this boundary: 429/503/504 after the SDK's own retries
become ``DeliveryError`` with ``retry_after``; other 4xx (except 408) become
``PermanentDeliveryError``; connection errors and timeouts become ``DeliveryError``. Messages and
logs never carry document text, names or recipient addresses (``check()`` names the configured
mailbox, which is configuration, not personal data).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import hashlib
import inspect
import logging
import threading
from collections.abc import Coroutine, Sequence
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, Self, TypeVar
from urllib.parse import urlparse

import httpx
from azure.core.credentials import TokenCredential
from azure.core.credentials_async import AsyncTokenCredential
from azure.core.exceptions import AzureError
from azure.identity import ClientSecretCredential
from kiota_abstractions.api_error import APIError
from kiota_abstractions.base_request_configuration import RequestConfiguration
from kiota_authentication_azure.azure_identity_authentication_provider import (
    AzureIdentityAuthenticationProvider,
)
from kiota_http.kiota_client_factory import KiotaClientFactory
from kiota_http.middleware import BaseMiddleware, RetryHandler
from kiota_http.middleware.options import RetryHandlerOption, UrlReplaceHandlerOption
from msgraph.generated.models.attachment_item import AttachmentItem
from msgraph.generated.models.attachment_type import AttachmentType
from msgraph.generated.models.body_type import BodyType
from msgraph.generated.models.email_address import EmailAddress
from msgraph.generated.models.file_attachment import FileAttachment
from msgraph.generated.models.internet_message_header import InternetMessageHeader
from msgraph.generated.models.item_body import ItemBody
from msgraph.generated.models.mail_folder import MailFolder
from msgraph.generated.models.message import Message
from msgraph.generated.models.o_data_errors.o_data_error import ODataError
from msgraph.generated.models.recipient import Recipient
from msgraph.generated.models.single_value_legacy_extended_property import (
    SingleValueLegacyExtendedProperty,
)
from msgraph.generated.users.item.mail_folders.item.child_folders.child_folders_request_builder import (  # noqa: E501
    ChildFoldersRequestBuilder,
)
from msgraph.generated.users.item.mail_folders.item.mail_folder_item_request_builder import (
    MailFolderItemRequestBuilder,
)
from msgraph.generated.users.item.mail_folders.item.messages.delta.delta_get_response import (
    DeltaGetResponse,
)
from msgraph.generated.users.item.mail_folders.item.messages.delta.delta_request_builder import (
    DeltaRequestBuilder,
)
from msgraph.generated.users.item.mail_folders.item.messages.messages_request_builder import (
    MessagesRequestBuilder as FolderMessagesRequestBuilder,
)
from msgraph.generated.users.item.mail_folders.mail_folders_request_builder import (
    MailFoldersRequestBuilder,
)
from msgraph.generated.users.item.messages.item.attachments.attachments_request_builder import (
    AttachmentsRequestBuilder,
)
from msgraph.generated.users.item.messages.item.attachments.create_upload_session.create_upload_session_post_request_body import (  # noqa: E501
    CreateUploadSessionPostRequestBody,
)
from msgraph.generated.users.item.messages.item.message_item_request_builder import (
    MessageItemRequestBuilder,
)
from msgraph.generated.users.item.messages.item.move.move_post_request_body import (
    MovePostRequestBody,
)
from msgraph.generated.users.item.messages.messages_request_builder import (
    MessagesRequestBuilder,
)
from msgraph.generated.users.item.user_item_request_builder import UserItemRequestBuilder
from msgraph.graph_request_adapter import GraphRequestAdapter
from msgraph.graph_service_client import GraphServiceClient
from msgraph_core import GraphClientFactory  # type: ignore[import-untyped]
from msgraph_core.middleware import GraphTelemetryHandler  # type: ignore[import-untyped]

from connectors.ports import Delivered, InboundMail, MailBatch, OutgoingMail
from core.errors import (
    ConfigurationError,
    DeliveryAuthError,
    DeliveryError,
    PermanentDeliveryError,
)
from core.settings import GraphSettings

logger = logging.getLogger(__name__)

T = TypeVar("T")
Credential = TokenCredential | AsyncTokenCredential

IMMUTABLE_ID_PREFERENCE = 'IdType="ImmutableId"'
IDEMPOTENCY_HEADER = "X-Rathaus-Idempotency-Key"
# A named MAPI property in the PS_PUBLIC_STRINGS set: survives on the draft and is $filter-able.
IDEMPOTENCY_PROPERTY = "String {00020329-0000-0000-C000-000000000046} Name RathausIdempotencyKey"
# PidTagMessageSize: the message size without downloading it.
MESSAGE_SIZE_PROPERTY = "Integer 0x0E08"
# PidTagDeleteAfterSubmit: the way to say "do not keep a copy in Sent Items" on a draft.
DELETE_AFTER_SUBMIT_PROPERTY = "Boolean 0x0E01"
# Graph takes attachments up to 3 MB in one POST (4 MB request limit after base64); larger ones
# need an upload session.
SMALL_ATTACHMENT_BYTES = 3_000_000
# Upload chunks must be below 4 MB; multiples of 320 KiB are what Microsoft recommends.
UPLOAD_CHUNK_BYTES = 10 * 320 * 1024
WELL_KNOWN_FOLDERS = frozenset(
    {
        "archive",
        "deleteditems",
        "drafts",
        "inbox",
        "junkemail",
        "msgfolderroot",
        "outbox",
        "sentitems",
    }
)
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
MAILBOX_MISSING_CODES = frozenset(
    {
        "errorinvaliduser",
        "mailboxnotenabledforrestapi",
        "resourcenotfound",
        "errornonexistentmailbox",
    }
)
SYNC_STATE_CODES = frozenset(
    {"syncstatenotfound", "syncstateinvalid", "errorinvalidsyncstatedata", "resyncrequired"}
)
DEFAULT_BASE_URL = "https://graph.microsoft.com/v1.0"


def internet_message_id_for(idempotency_key: str) -> str:
    """The deterministic RFC 5322 Message-ID of the mail delivered under ``idempotency_key``."""
    digest = hashlib.sha256(idempotency_key.encode()).hexdigest()[:40]
    return f"<{digest}@rathaus.invalid>"


def _odata_string(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _error_code(exc: APIError) -> str:
    if isinstance(exc, ODataError) and exc.error is not None and exc.error.code:
        return exc.error.code
    return ""


def _retry_after(exc: APIError) -> float | None:
    headers = exc.response_headers
    if not headers:
        return None
    value = None
    for name, header in headers.items():
        if name.lower() == "retry-after":
            value = str(header).strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (moment - datetime.now(moment.tzinfo or UTC)).total_seconds())


def _status(exc: BaseException) -> int:
    if isinstance(exc, APIError):
        return exc.response_status_code or 0
    return 0


def translate_error(exc: BaseException, action: str) -> DeliveryError:
    """Turn an SDK, transport or credential error into our error tree (no vendor text kept)."""
    if isinstance(exc, DeliveryError):
        return exc
    if isinstance(exc, APIError):
        status = _status(exc)
        code = _error_code(exc)
        detail = f"HTTP {status}, {code}" if code else f"HTTP {status}"
        message = f"Microsoft Graph: {action} fehlgeschlagen ({detail})"
        if status == 401:
            return DeliveryAuthError(message)
        if 400 <= status < 500 and status not in (408, 429):
            return PermanentDeliveryError(message)
        return DeliveryError(message, retry_after=_retry_after(exc))
    if isinstance(exc, AzureError):
        return DeliveryError(
            f"Microsoft Graph: {action} fehlgeschlagen (kein Zugriffstoken von Entra ID)"
        )
    if isinstance(exc, httpx.TimeoutException | TimeoutError):
        return DeliveryError(f"Microsoft Graph: {action} fehlgeschlagen (Zeitüberschreitung)")
    if isinstance(exc, httpx.HTTPError | OSError):
        return DeliveryError(
            f"Microsoft Graph: {action} fehlgeschlagen (Verbindung: {type(exc).__name__})"
        )
    return DeliveryError(f"Microsoft Graph: {action} fehlgeschlagen ({type(exc).__name__})")


class ImmutableIdPreference(BaseMiddleware):
    """Adds ``IdType="ImmutableId"`` to the ``Prefer`` header of every request."""

    async def send(
        self, request: httpx.Request, transport: httpx.AsyncBaseTransport
    ) -> httpx.Response:
        values = request.headers.get_list("Prefer")
        if not any("idtype=" in value.lower() for value in values):
            request.headers["Prefer"] = ", ".join([*values, IMMUTABLE_ID_PREFERENCE])
        return await super().send(request, transport)


class _FolderMissing(Exception):
    """A folder looked up by name does not exist (and was not to be created)."""


def _credential_from_settings(settings: GraphSettings) -> ClientSecretCredential:
    secret = settings.client_secret.get_secret_value()
    if not (settings.tenant_id and settings.client_id and secret):
        raise ConfigurationError(
            "Microsoft Graph: tenant_id, client_id und client_secret müssen gesetzt sein"
        )
    return ClientSecretCredential(settings.tenant_id, settings.client_id, secret)


class _GraphAdapter:
    """Shared machinery: the private event loop, the SDK client, folders, error translation."""

    def __init__(
        self,
        credential: Credential,
        *,
        mailbox: str,
        base_url: str = DEFAULT_BASE_URL,
        allowed_hosts: Sequence[str] = ("graph.microsoft.com",),
        timeout: float = 30.0,
        max_retries: int = RetryHandlerOption.DEFAULT_MAX_RETRIES,
        retry_backoff_cap: int | None = None,
        scopes: Sequence[str] | None = None,
        owns_credential: bool = False,
    ) -> None:
        """``retry_backoff_cap`` caps the SDK's exponential backoff, which it uses when Graph
        sends no positive ``Retry-After`` (``None`` keeps the SDK's 3 s base and 120 s cap;
        tests pass 0). A ``Retry-After`` from Graph is always honoured."""
        if not mailbox:
            raise ConfigurationError("Microsoft Graph: kein Postfach konfiguriert")
        parsed = urlparse(base_url)
        host = (parsed.hostname or "").lower()
        hosts = [h.lower() for h in allowed_hosts]
        if not host or host not in hosts:
            raise ConfigurationError(
                "Microsoft Graph: der Host der base_url steht nicht in allowed_hosts; "
                "das Zugriffstoken wird nur an erlaubte Hosts gesendet"
            )
        if parsed.scheme != "https" and host not in LOOPBACK_HOSTS:
            raise ConfigurationError("Microsoft Graph: base_url muss https verwenden")
        self._mailbox = mailbox
        self._base_url = base_url.rstrip("/")
        self._timeout = timeout
        self._credential = credential
        self._owns_credential = owns_credential
        self._scopes = list(scopes or [f"https://{host}/.default"])
        self._folder_ids: dict[tuple[str, str], str] = {}
        self._closed = False

        retry_option = RetryHandlerOption(
            delay=RetryHandlerOption.DEFAULT_DELAY if retry_backoff_cap is None else 0.0,
            max_retries=max_retries,
        )
        options = {
            RetryHandlerOption.get_key(): retry_option,
            UrlReplaceHandlerOption.get_key(): UrlReplaceHandlerOption(
                enabled=True, replacement_pairs={"/users/me-token-to-replace": "/me"}
            ),
        }
        middleware: list[BaseMiddleware] = [
            ImmutableIdPreference(),
            *KiotaClientFactory.get_default_middleware(options),
            GraphTelemetryHandler(),
        ]
        for handler in middleware:
            if isinstance(handler, RetryHandler) and retry_backoff_cap is not None:
                handler.backoff_max = retry_backoff_cap
        self._http = KiotaClientFactory.get_default_client()
        self._http.timeout = httpx.Timeout(timeout)
        GraphClientFactory.create_with_custom_middleware(middleware, client=self._http)
        auth = AzureIdentityAuthenticationProvider(
            credential, scopes=self._scopes, allowed_hosts=hosts
        )
        adapter = GraphRequestAdapter(auth, client=self._http)
        adapter.base_url = self._base_url
        self._client = GraphServiceClient(request_adapter=adapter)
        self._client.request_adapter.base_url = self._base_url
        # Upload sessions use a pre-authenticated URL: a separate client that never sends the
        # token (msgraph-sdk's LargeFileUploadTask does, and breaks on the range format).
        self._upload_http = httpx.AsyncClient(timeout=httpx.Timeout(timeout))

        # The SDK client is bound to one event loop: this adapter's own, in a daemon thread.
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self._loop.run_forever, name=f"graph-{type(self).__name__}", daemon=True
        )
        self._thread.start()

    # ---- plumbing -------------------------------------------------------------------------

    def _run(self, coro: Coroutine[Any, Any, T], action: str, requests: int = 1) -> T:
        """Run ``coro`` on the private loop; ``timeout`` per request it is expected to make."""
        if self._closed:
            coro.close()
            raise DeliveryError("Microsoft Graph: Verbindung wurde bereits geschlossen")
        future = asyncio.run_coroutine_threadsafe(coro, self._loop)
        try:
            return future.result(timeout=self._timeout * max(1, requests))
        except concurrent.futures.TimeoutError as exc:
            future.cancel()
            raise DeliveryError(
                f"Microsoft Graph: {action} fehlgeschlagen (Zeitüberschreitung)"
            ) from exc
        except DeliveryError:
            raise
        except Exception as exc:
            raise translate_error(exc, action) from exc

    def _user(self, mailbox: str | None = None) -> UserItemRequestBuilder:
        return self._client.users.by_user_id(mailbox or self._mailbox)

    async def _require_token(self) -> None:
        try:
            token = self._credential.get_token(*self._scopes)
            if inspect.isawaitable(token):
                await token
        except Exception as exc:
            logger.warning("graph: no access token (%s)", type(exc).__name__)
            raise DeliveryError(
                "Microsoft Graph: kein Zugriffstoken erhalten (Anmeldung bei Entra ID "
                "fehlgeschlagen)"
            ) from exc

    async def _folder_id(self, mailbox: str, path: str, *, create: bool) -> str:
        """The id of a folder given as well-known name or ``A/B`` path of display names below
        the mailbox root; missing path segments are created when ``create`` is set."""
        cache_key = (mailbox.lower(), path.lower())
        cached = self._folder_ids.get(cache_key)
        if cached:
            return cached
        user = self._user(mailbox)
        if path.lower() in WELL_KNOWN_FOLDERS:
            config = RequestConfiguration(
                query_parameters=MailFolderItemRequestBuilder.MailFolderItemRequestBuilderGetQueryParameters(
                    select=["id"]
                )
            )
            folder = await user.mail_folders.by_mail_folder_id(path.lower()).get(config)
            folder_id = folder.id if folder else None
        else:
            folder_id = None
            for segment in [s for s in path.split("/") if s.strip()]:
                folder_id = await self._child_folder(user, folder_id, segment.strip(), create)
        if not folder_id:
            raise _FolderMissing
        self._folder_ids[cache_key] = folder_id
        return folder_id

    async def _child_folder(
        self, user: UserItemRequestBuilder, parent_id: str | None, name: str, create: bool
    ) -> str:
        for attempt in range(2):
            found = await self._find_child(user, parent_id, name)
            if found:
                return found
            if not create:
                raise _FolderMissing
            try:
                created = (
                    await user.mail_folders.post(MailFolder(display_name=name))
                    if parent_id is None
                    else await user.mail_folders.by_mail_folder_id(parent_id).child_folders.post(
                        MailFolder(display_name=name)
                    )
                )
            except ODataError as exc:
                # Another worker created it between our lookup and our create: look again.
                if _status(exc) == 409 and attempt == 0:
                    continue
                raise
            if created is None or not created.id:
                break
            return created.id
        raise DeliveryError("Microsoft Graph: Ordner konnte nicht angelegt werden")

    async def _find_child(
        self, user: UserItemRequestBuilder, parent_id: str | None, name: str
    ) -> str | None:
        expression = f"displayName eq {_odata_string(name)}"
        if parent_id is None:
            top_config = RequestConfiguration(
                query_parameters=MailFoldersRequestBuilder.MailFoldersRequestBuilderGetQueryParameters(
                    filter=expression, select=["id", "displayName"], top=10
                )
            )
            top_result = await user.mail_folders.get(top_config)
            folders = top_result.value if top_result else None
        else:
            child_config = RequestConfiguration(
                query_parameters=ChildFoldersRequestBuilder.ChildFoldersRequestBuilderGetQueryParameters(
                    filter=expression, select=["id", "displayName"], top=10
                )
            )
            child_result = await user.mail_folders.by_mail_folder_id(parent_id).child_folders.get(
                child_config
            )
            folders = child_result.value if child_result else None
        for folder in folders or []:
            if folder.id and (folder.display_name or "").lower() == name.lower():
                return folder.id
        return None

    async def _messages_with_id(self, mailbox: str, message_id: str) -> list[Message]:
        """Every message in the mailbox (any folder) carrying this Internet Message-ID."""
        config = RequestConfiguration(
            query_parameters=MessagesRequestBuilder.MessagesRequestBuilderGetQueryParameters(
                filter=f"internetMessageId eq {_odata_string(message_id)}",
                select=["id", "isDraft", "parentFolderId"],
                top=25,
            )
        )
        result = await self._user(mailbox).messages.get(config)
        return list(result.value or []) if result else []

    async def _mailbox_problem(self, exc: APIError, mailbox: str, folder: str) -> DeliveryError:
        status = _status(exc)
        code = _error_code(exc).lower()
        if status in (401, 403):
            return DeliveryError(f"Microsoft Graph: keine Berechtigung für Postfach {mailbox}")
        if status == 404 and code in MAILBOX_MISSING_CODES:
            return DeliveryError(f"Microsoft Graph: Postfach {mailbox} nicht gefunden")
        if status == 404:
            return DeliveryError(
                f"Microsoft Graph: Ordner {folder} in Postfach {mailbox} nicht gefunden"
            )
        return DeliveryError(
            f"Microsoft Graph: Postfach {mailbox} nicht erreichbar (HTTP {status})"
        )

    async def _check_folder(self, folder: str, mailbox: str | None = None) -> None:
        await self._require_token()
        mailbox = mailbox or self._mailbox
        try:
            await self._folder_id(mailbox, folder, create=False)
        except _FolderMissing as exc:
            raise DeliveryError(
                f"Microsoft Graph: Ordner {folder} in Postfach {mailbox} nicht gefunden"
            ) from exc
        except APIError as exc:
            raise await self._mailbox_problem(exc, mailbox, folder) from exc
        except (httpx.HTTPError, OSError) as exc:
            raise DeliveryError("Microsoft Graph ist nicht erreichbar") from exc

    async def _aclose(self) -> None:
        await self._http.aclose()
        await self._upload_http.aclose()
        if self._owns_credential and isinstance(self._credential, AsyncTokenCredential):
            await self._credential.close()

    def close(self) -> None:
        """Close the HTTP clients and stop the private event loop (idempotent)."""
        if self._closed:
            return
        try:
            asyncio.run_coroutine_threadsafe(self._aclose(), self._loop).result(self._timeout)
        except Exception:
            logger.warning("graph: closing the HTTP clients failed", exc_info=True)
        finally:
            self._closed = True
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=self._timeout)
            if not self._thread.is_alive():
                self._loop.close()
            close = getattr(self._credential, "close", None)
            if self._owns_credential and callable(close) and not inspect.iscoroutinefunction(close):
                close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class GraphMailSink(_GraphAdapter):
    """Delivers mail from one sender mailbox through Microsoft Graph, exactly once per key.

    The flow is built so that a retry after a crash at any point never sends twice:

    1. Search the sender mailbox (all folders, so Sent Items, Outbox and Drafts) for the
       deterministic ``internetMessageId`` derived from ``mail.idempotency_key``. A sent copy
       means the mail went out: return ``duplicate=True``. A draft is reused.
    2. Otherwise look in Drafts for a draft carrying the key in a single-value extended
       property (in case the server did not keep our Message-ID on the draft); else create the
       draft with Message-ID, the extended property and an ``X-Rathaus-Idempotency-Key`` header.
    3. Add the attachments the draft does not have yet (matched by file name): up to 3 MB as
       ``fileAttachment``, larger ones through an upload session (a plain PUT loop that never
       sends the token).
    4. Send the draft. Graph keeps the sent copy in Sent Items unless ``save_to_sent_items`` is
       off; ``send`` has no such parameter, so that is done with ``PidTagDeleteAfterSubmit`` on
       the draft. Without a Sent Items copy a crash between (4) and its answer cannot be told
       from "not sent": crash-safe exactly-once needs ``save_to_sent_items=True``.

    ``mail.folder``: the mail is delivered normally and then filed into that folder (created if
    missing, ``A/B`` for a subfolder) of the recipient mailbox, which must be a mailbox of the
    tenant the app may access. If the mail has not arrived there yet, a transient
    ``DeliveryError`` asks for a retry; the retry finds the sent copy and only files it.

    The sender is always the configured mailbox; ``mail.sender`` is not used (sending as another
    address needs SendAs rights Graph checks separately). ``external_id`` is the deterministic
    Internet Message-ID, the same for the first delivery and every duplicate.
    """

    def __init__(
        self,
        credential: Credential,
        *,
        sender: str,
        base_url: str = DEFAULT_BASE_URL,
        allowed_hosts: Sequence[str] = ("graph.microsoft.com",),
        save_to_sent_items: bool = True,
        timeout: float = 30.0,
        max_retries: int = RetryHandlerOption.DEFAULT_MAX_RETRIES,
        retry_backoff_cap: int | None = None,
        scopes: Sequence[str] | None = None,
        owns_credential: bool = False,
    ) -> None:
        super().__init__(
            credential,
            mailbox=sender,
            base_url=base_url,
            allowed_hosts=allowed_hosts,
            timeout=timeout,
            max_retries=max_retries,
            retry_backoff_cap=retry_backoff_cap,
            scopes=scopes,
            owns_credential=owns_credential,
        )
        self._save_to_sent_items = save_to_sent_items
        if not save_to_sent_items:
            logger.warning(
                "graph: save_to_sent_items is off; a crash right after sending can lead to a "
                "second send on retry"
            )

    @classmethod
    def from_settings(cls, settings: GraphSettings, **overrides: Any) -> GraphMailSink:
        """Production wiring: client-secret credential from ``settings``."""
        arguments: dict[str, Any] = {
            "sender": settings.sender,
            "base_url": settings.base_url,
            "allowed_hosts": settings.allowed_hosts,
            "save_to_sent_items": settings.save_to_sent_items,
            "timeout": settings.timeout_seconds,
            **overrides,
        }
        return cls(_credential_from_settings(settings), owns_credential=True, **arguments)

    def deliver(self, mail: OutgoingMail) -> Delivered:
        """Deliver once; a repeated key returns the first delivery with ``duplicate=True``."""
        chunks = sum(
            len(a.data) // UPLOAD_CHUNK_BYTES + 2
            for a in mail.attachments
            if len(a.data) >= SMALL_ATTACHMENT_BYTES
        )
        requests = 6 + len(mail.attachments) + chunks + (5 if mail.folder else 0)
        return self._run(self._deliver(mail), "Zustellung", requests)

    def check_target(self, mailbox: str) -> None:
        """Raise ``DeliveryError`` unless a department mailbox exists in the tenant and is
        readable (routing may file into its folders); the doctor calls it for every target."""
        self._run(self._check_folder("inbox", mailbox), "Prüfung", 3)

    def check(self) -> str:
        """Token obtainable, sender mailbox reachable, Drafts and Sent Items present."""
        self._run(self._check_folder("drafts"), "Prüfung", 3)
        self._run(self._check_folder("sentitems"), "Prüfung", 3)
        return f"Microsoft Graph: Postfach {self._mailbox} ist erreichbar, Versand möglich"

    async def _deliver(self, mail: OutgoingMail) -> Delivered:
        message_id = internet_message_id_for(mail.idempotency_key)
        try:
            found = await self._messages_with_id(self._mailbox, message_id)
        except APIError as exc:
            raise translate_error(exc, "Suche nach früherer Zustellung") from exc
        if any(m.is_draft is False for m in found):
            logger.info("graph: %s was sent before", message_id)
            duplicate = True
        else:
            draft_id = next((m.id for m in found if m.is_draft and m.id), None)
            await self._send(mail, message_id, draft_id)
            duplicate = False
        if mail.folder:
            try:
                await self._file(mail.to, message_id, mail.folder)
            except PermanentDeliveryError:
                # The mail was sent and reached the mailbox; only filing it into the folder is
                # impossible (e.g. a mailbox outside the tenant). That is no failed delivery.
                logger.warning("graph: %s delivered but not filed into its folder", message_id)
        return Delivered(message_id, duplicate=duplicate)

    async def _send(self, mail: OutgoingMail, message_id: str, draft_id: str | None) -> None:
        user = self._user()
        try:
            fresh = False
            if draft_id is None:
                draft_id = await self._draft_with_key(mail.idempotency_key)
            if draft_id is None:
                created = await user.messages.post(self._draft(mail, message_id))
                if created is None or not created.id:
                    raise DeliveryError("Microsoft Graph: Entwurf ohne Id angelegt")
                draft_id = created.id
                fresh = True
                logger.info("graph: draft created for %s", message_id)
            await self._add_missing_attachments(draft_id, mail, fresh=fresh)
            await user.messages.by_message_id(draft_id).send.post()
        except APIError as exc:
            raise translate_error(exc, "Versand") from exc
        logger.info("graph: sent %s", message_id)

    async def _draft_with_key(self, key: str) -> str | None:
        expression = (
            f"singleValueExtendedProperties/any(ep: ep/id eq {_odata_string(IDEMPOTENCY_PROPERTY)}"
            f" and ep/value eq {_odata_string(key)})"
        )
        config = RequestConfiguration(
            query_parameters=FolderMessagesRequestBuilder.MessagesRequestBuilderGetQueryParameters(
                filter=expression, select=["id", "isDraft"], top=5
            )
        )
        result = await self._user().mail_folders.by_mail_folder_id("drafts").messages.get(config)
        for message in (result.value or []) if result else []:
            if message.id and message.is_draft is not False:
                return message.id
        return None

    def _draft(self, mail: OutgoingMail, message_id: str) -> Message:
        properties = [
            SingleValueLegacyExtendedProperty(id=IDEMPOTENCY_PROPERTY, value=mail.idempotency_key)
        ]
        if not self._save_to_sent_items:
            properties.append(
                SingleValueLegacyExtendedProperty(id=DELETE_AFTER_SUBMIT_PROPERTY, value="true")
            )
        return Message(
            subject=mail.subject,
            body=ItemBody(content_type=BodyType.Text, content=mail.body),
            to_recipients=[Recipient(email_address=EmailAddress(address=mail.to))],
            internet_message_id=message_id,
            internet_message_headers=[
                InternetMessageHeader(name=IDEMPOTENCY_HEADER, value=mail.idempotency_key)
            ],
            single_value_extended_properties=properties,
        )

    async def _add_missing_attachments(
        self, draft_id: str, mail: OutgoingMail, *, fresh: bool
    ) -> None:
        builder = self._user().messages.by_message_id(draft_id)
        present: list[str] = []
        if not fresh and mail.attachments:
            config = RequestConfiguration(
                query_parameters=AttachmentsRequestBuilder.AttachmentsRequestBuilderGetQueryParameters(
                    select=["name"], top=250
                )
            )
            existing = await builder.attachments.get(config)
            present = [a.name or "" for a in (existing.value or [])] if existing else []
        for attachment in mail.attachments:
            if attachment.filename in present:
                # Matched by name (Exchange reports sizes with overhead): one per occurrence.
                present.remove(attachment.filename)
                continue
            if len(attachment.data) < SMALL_ATTACHMENT_BYTES:
                await builder.attachments.post(
                    FileAttachment(
                        name=attachment.filename,
                        content_type=attachment.media_type,
                        content_bytes=attachment.data,
                    )
                )
            else:
                await self._upload(
                    builder, attachment.filename, attachment.media_type, attachment.data
                )

    async def _upload(
        self, builder: MessageItemRequestBuilder, name: str, media_type: str, data: bytes
    ) -> None:
        session = await builder.attachments.create_upload_session.post(
            CreateUploadSessionPostRequestBody(
                attachment_item=AttachmentItem(
                    attachment_type=AttachmentType.File,
                    name=name,
                    size=len(data),
                    content_type=media_type,
                )
            )
        )
        url = session.upload_url if session else None
        if not url:
            raise DeliveryError("Microsoft Graph: Upload-Sitzung ohne Adresse")
        parsed = urlparse(url)
        if parsed.scheme != "https" and (parsed.hostname or "") not in LOOPBACK_HOSTS:
            raise PermanentDeliveryError("Microsoft Graph: Upload-Adresse ohne https abgelehnt")
        total = len(data)
        start = 0
        while start < total:
            end = min(start + UPLOAD_CHUNK_BYTES, total) - 1
            response = await self._upload_http.put(
                url,
                content=data[start : end + 1],
                headers={
                    "Content-Range": f"bytes {start}-{end}/{total}",
                    "Content-Type": "application/octet-stream",
                },
            )
            if response.status_code in (200, 202) and end + 1 < total:
                start = end + 1
                continue
            if response.status_code in (200, 201) and end + 1 >= total:
                return
            message = (
                "Microsoft Graph: Hochladen eines Anhangs fehlgeschlagen "
                f"(HTTP {response.status_code})"
            )
            if 400 <= response.status_code < 500 and response.status_code not in (408, 429):
                raise PermanentDeliveryError(message)
            retry_after = response.headers.get("Retry-After")
            raise DeliveryError(
                message,
                retry_after=float(retry_after) if retry_after and retry_after.isdigit() else None,
            )

    async def _file(self, mailbox: str, message_id: str, folder: str) -> None:
        try:
            folder_id = await self._folder_id(mailbox, folder, create=True)
            found = [m for m in await self._messages_with_id(mailbox, message_id) if not m.is_draft]
            if mailbox.lower() == self._mailbox.lower():
                sent_items = await self._folder_id(mailbox, "sentitems", create=False)
                found = [m for m in found if m.parent_folder_id != sent_items]
            if any(m.parent_folder_id == folder_id for m in found):
                return
            if not found or not found[0].id:
                raise DeliveryError(
                    "Microsoft Graph: Nachricht ist im Zielpostfach noch nicht angekommen",
                    retry_after=10,
                )
            await (
                self._user(mailbox)
                .messages.by_message_id(found[0].id)
                .move.post(MovePostRequestBody(destination_id=folder_id))
            )
        except APIError as exc:
            raise translate_error(exc, "Ablage im Zielordner") from exc
        except _FolderMissing as exc:
            raise PermanentDeliveryError(
                "Microsoft Graph: Ordner Gesendete Elemente fehlt"
            ) from exc
        logger.info("graph: %s filed into the target folder", message_id)


class GraphMailSource(_GraphAdapter):
    """An intake folder of a Microsoft 365 mailbox, read with a delta query.

    The cursor is the delta or next link Graph returned. An expired or invalid one (HTTP 410,
    ``SyncStateNotFound`` and friends) or one for another base URL restarts from the beginning
    of the folder with ``reset=True``. Each message is fetched as MIME via ``$value``, unless
    its size (``PidTagMessageSize``) is above ``max_bytes``: then ``raw`` stays empty.
    """

    def __init__(
        self,
        credential: Credential,
        *,
        mailbox: str,
        folder: str = "Inbox",
        max_bytes: int = 25 * 1024 * 1024,
        base_url: str = DEFAULT_BASE_URL,
        allowed_hosts: Sequence[str] = ("graph.microsoft.com",),
        timeout: float = 30.0,
        max_retries: int = RetryHandlerOption.DEFAULT_MAX_RETRIES,
        retry_backoff_cap: int | None = None,
        scopes: Sequence[str] | None = None,
        owns_credential: bool = False,
    ) -> None:
        super().__init__(
            credential,
            mailbox=mailbox,
            base_url=base_url,
            allowed_hosts=allowed_hosts,
            timeout=timeout,
            max_retries=max_retries,
            retry_backoff_cap=retry_backoff_cap,
            scopes=scopes,
            owns_credential=owns_credential,
        )
        self._folder = folder
        self._max_bytes = max_bytes

    @classmethod
    def from_settings(
        cls, settings: GraphSettings, *, max_bytes: int, **overrides: Any
    ) -> GraphMailSource:
        """Production wiring: client-secret credential from ``settings``."""
        arguments: dict[str, Any] = {
            "mailbox": settings.intake_mailbox,
            "folder": settings.intake_folder,
            "max_bytes": max_bytes,
            "base_url": settings.base_url,
            "allowed_hosts": settings.allowed_hosts,
            "timeout": settings.timeout_seconds,
            **overrides,
        }
        return cls(_credential_from_settings(settings), owns_credential=True, **arguments)

    def fetch(self, cursor: str | None, limit: int) -> MailBatch:
        """Messages after ``cursor`` (all of the folder for ``None``), at most ``limit``."""
        if limit < 1:
            raise ValueError("limit must be at least 1")
        return self._run(self._fetch(cursor, limit), "Abruf", 4 + 2 * limit)

    def move(self, source_id: str, folder: str) -> None:
        """Move a message into ``folder`` (created if missing); a message already gone is fine."""
        self._run(self._move(source_id, folder), "Verschieben", 8)

    def check(self) -> str:
        """Token obtainable, mailbox reachable, intake folder present."""
        self._run(self._check_folder(self._folder), "Prüfung", 4)
        return f"Microsoft Graph: Ordner {self._folder} in Postfach {self._mailbox} ist erreichbar"

    def _owns_cursor(self, cursor: str) -> bool:
        return cursor.startswith(self._base_url + "/")

    async def _fetch(self, cursor: str | None, limit: int) -> MailBatch:
        reset = False
        if cursor is not None and not self._owns_cursor(cursor):
            logger.warning("graph: cursor does not belong to the configured base URL; restarting")
            cursor, reset = None, True
        try:
            folder_id = await self._folder_id(self._mailbox, self._folder, create=False)
        except _FolderMissing as exc:
            raise PermanentDeliveryError("Microsoft Graph: Eingangsordner nicht gefunden") from exc
        try:
            page = await self._delta_page(folder_id, cursor, limit)
        except APIError as exc:
            if cursor is None or not (
                _status(exc) == 410 or _error_code(exc).lower() in SYNC_STATE_CODES
            ):
                raise
            logger.warning("graph: delta token no longer valid; restarting the folder")
            reset = True
            page = await self._delta_page(folder_id, None, limit)
        messages: list[InboundMail] = []
        for item in page.value or []:
            if "@removed" in (item.additional_data or {}) or not item.id:
                continue
            inbound = await self._inbound(item.id, item)
            if inbound is not None:
                messages.append(inbound)
        next_cursor = page.odata_next_link or page.odata_delta_link
        if not next_cursor:
            raise DeliveryError("Microsoft Graph: Delta-Antwort ohne Folgelink")
        return MailBatch(messages=messages, cursor=next_cursor, reset=reset)

    async def _delta_page(self, folder_id: str, cursor: str | None, limit: int) -> DeltaGetResponse:
        builder = self._user().mail_folders.by_mail_folder_id(folder_id).messages.delta
        config: RequestConfiguration[DeltaRequestBuilder.DeltaRequestBuilderGetQueryParameters]
        if cursor is None:
            config = RequestConfiguration(
                query_parameters=DeltaRequestBuilder.DeltaRequestBuilderGetQueryParameters(
                    select=["internetMessageId", "receivedDateTime"]
                )
            )
        else:
            # The link carries its own query; only the page size goes along as a preference.
            builder = builder.with_url(cursor)
            config = RequestConfiguration()
        config.headers.add("Prefer", f"odata.maxpagesize={limit}")
        page = await builder.get(config)
        if page is None:
            raise DeliveryError("Microsoft Graph: leere Delta-Antwort")
        return page

    async def _inbound(self, message_id: str, item: Message) -> InboundMail | None:
        builder = self._user().messages.by_message_id(message_id)
        config = RequestConfiguration(
            query_parameters=MessageItemRequestBuilder.MessageItemRequestBuilderGetQueryParameters(
                select=["id"],
                expand=[
                    "singleValueExtendedProperties($filter=id eq "
                    f"{_odata_string(MESSAGE_SIZE_PROPERTY)})"
                ],
            )
        )
        try:
            detail = await builder.get(config)
            size = _message_size(detail)
            if size is not None and size > self._max_bytes:
                logger.info("graph: message of %d bytes above the limit, body not fetched", size)
                raw = b""
            else:
                raw = await builder.content.get() or b""
                size = len(raw)
                if size > self._max_bytes:
                    raw = b""
        except APIError as exc:
            if _status(exc) == 404:
                # Moved or deleted since the delta page was produced: no longer ours to take.
                return None
            raise
        return InboundMail(
            source_id=message_id,
            internet_message_id=item.internet_message_id,
            raw=raw,
            size=size,
            received_at=item.received_date_time,
        )

    async def _move(self, source_id: str, folder: str) -> None:
        for attempt in range(2):
            folder_id = await self._folder_id(self._mailbox, folder, create=True)
            try:
                await (
                    self._user()
                    .messages.by_message_id(source_id)
                    .move.post(MovePostRequestBody(destination_id=folder_id))
                )
                return
            except APIError as exc:
                if _status(exc) != 404:
                    raise
                if not await self._message_exists(source_id):
                    logger.info("graph: message to move is already gone")
                    return
                if attempt:
                    raise
                # The message is there, so the cached folder must have vanished: resolve anew.
                self._folder_ids.pop((self._mailbox.lower(), folder.lower()), None)

    async def _message_exists(self, source_id: str) -> bool:
        config = RequestConfiguration(
            query_parameters=MessageItemRequestBuilder.MessageItemRequestBuilderGetQueryParameters(
                select=["id"]
            )
        )
        try:
            await self._user().messages.by_message_id(source_id).get(config)
        except APIError as exc:
            if _status(exc) == 404:
                return False
            raise
        return True


def _message_size(message: Message | None) -> int | None:
    for prop in (message.single_value_extended_properties or []) if message else []:
        if (prop.id or "").lower() == MESSAGE_SIZE_PROPERTY.lower() and prop.value:
            try:
                return int(prop.value)
            except ValueError:
                return None
    return None
