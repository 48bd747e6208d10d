"""Request Tracker 5 over REST2: tickets in RT queues and follow-up comments on them.

RT has no idempotency key. The key travels in a ticket custom field (``reference_field``), and
``create`` searches for it before creating. Two attempts running at the same time (a retry
while the first attempt is still waiting for RT) can both miss that search, so after creating
the adapter searches again: the ticket with the lowest id wins, and every other ticket with the
same key is merged into it. Merging rather than deleting keeps each id an attempt may have
handed out valid: RT loads a merged ticket as the ticket it was merged into. The winner's
history then shows the loser's creation as well; that is the price of never losing an id.

``comment`` carries no key either: a comment whose text equals the ticket's latest comment is
not added again, so a retried call adds nothing.

Nothing from the ticket's subject, body or attachments is logged or put into exception
messages; only queue names, ticket ids and RT's own error text are.
"""

from __future__ import annotations

import base64
import logging
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from connectors.ports import Delivered, NewTicket
from core.errors import (
    ConfigurationError,
    DeliveryAuthError,
    DeliveryError,
    DeliveryRefusedError,
    PermanentDeliveryError,
)
from core.settings import RequestTrackerSettings

logger = logging.getLogger(__name__)

REST_PATH = "/REST/2.0"
TICKET_LOOKUP_TYPE = "RT::Queue-RT::Ticket"
# How long a queue that passed ``check_queue`` is trusted before ``create`` asks RT again.
QUEUE_CHECK_SECONDS = 300.0
# RT's own error text is quoted in our messages, but never at length.
MAX_RT_MESSAGE = 200
SEARCH_PAGE = 100

Json = dict[str, Any]


def ticket_sql_string(value: str) -> str:
    """A TicketSQL string literal: single quotes, with backslash and quote escaped."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _retry_after(response: httpx.Response) -> float | None:
    """Seconds from a ``Retry-After`` header (delta-seconds or an HTTP date)."""
    raw = response.headers.get("Retry-After")
    if not raw:
        return None
    raw = raw.strip()
    if raw.isdigit():
        return float(raw)
    try:
        when = parsedate_to_datetime(raw)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _rt_message(response: httpx.Response, withheld: tuple[str, ...] = ()) -> str:
    """RT's error text from a REST2 error body (``{"message": ...}``), shortened.

    RT may quote what it was sent (a requestor address, a file name): every string in
    ``withheld`` is cut out before the text goes into an exception.
    """
    try:
        body = response.json()
    except ValueError:
        return ""
    message = body.get("message") if isinstance(body, dict) else None
    if not isinstance(message, str):
        return ""
    for value in sorted((v for v in withheld if v and v.strip()), key=len, reverse=True):
        message = message.replace(value, "…")
    message = " ".join(message.split())
    return message[:MAX_RT_MESSAGE]


def _normalised(text: str) -> str:
    return text.replace("\r\n", "\n").strip()


class RequestTrackerTicketSink:
    """Creates tickets in Request Tracker 5 queues and comments on them, over REST2.

    Authenticates with an auth token (``Authorization: token …``, preferred) or with user name
    and password (HTTP basic). The account needs, on every target queue: SeeQueue,
    CreateTicket, ShowTicket, ModifyTicket, CommentOnTicket, ShowTicketComments, and
    SeeCustomField/ModifyCustomField on the custom fields. Attachments arrive byte for byte
    unless RT is set to truncate or drop long ones (``$TruncateLongAttachments``,
    ``$DropLongAttachments`` above ``$MaxAttachmentSize``, 10 MiB by default).
    """

    def __init__(
        self,
        url: str,
        *,
        token: str = "",
        username: str = "",
        password: str = "",
        reference_field: str = "rathaus-Referenz",
        service_field: str = "Leistung",
        leika_field: str = "LeiKa",
        requestor: str = "",
        timeout: float = 30.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        url = url.strip().rstrip("/")
        if not url:
            raise ConfigurationError("Request Tracker: RATHAUS_RT__URL ist nicht gesetzt")
        if not token and not (username and password):
            raise ConfigurationError(
                "Request Tracker: weder RATHAUS_RT__TOKEN noch RATHAUS_RT__USERNAME und "
                "RATHAUS_RT__PASSWORD sind gesetzt"
            )
        if not reference_field:
            raise ConfigurationError(
                "Request Tracker: RATHAUS_RT__REFERENCE_FIELD darf nicht leer sein"
            )
        for name in (reference_field, service_field, leika_field):
            if any(c in name for c in "{}'\""):
                raise ConfigurationError(
                    f"Request Tracker: Feldname {name!r} enthält {{, }} oder Anführungszeichen"
                )
        if url.endswith(REST_PATH):
            url = url[: -len(REST_PATH)]
        self.url = url
        self.reference_field = reference_field
        self.service_field = service_field
        self.leika_field = leika_field
        self.requestor = requestor
        headers = {"Accept": "application/json"}
        auth: httpx.Auth | None = None
        if token:
            headers["Authorization"] = f"token {token}"
        else:
            auth = httpx.BasicAuth(username, password)
        self._client = httpx.Client(
            base_url=url + REST_PATH,
            headers=headers,
            auth=auth,
            timeout=timeout,
            follow_redirects=False,
            transport=transport,
        )
        self._checked_queues: dict[str, float] = {}

    @classmethod
    def from_settings(cls, settings: RequestTrackerSettings) -> RequestTrackerTicketSink:
        """The sink configured by ``RATHAUS_RT__*``."""
        return cls(
            settings.url,
            token=settings.token.get_secret_value(),
            username=settings.username,
            password=settings.password.get_secret_value(),
            reference_field=settings.reference_field,
            service_field=settings.service_field,
            leika_field=settings.leika_field,
            requestor=settings.requestor,
            timeout=settings.timeout_seconds,
        )

    def close(self) -> None:
        """Close the HTTP connections."""
        self._client.close()

    # -- HTTP -----------------------------------------------------------------------------

    def _request(
        self,
        method: str,
        path: str,
        what: str,
        *,
        json: Any = None,
        params: Mapping[str, str | int] | None = None,
        allow: tuple[int, ...] = (),
        withheld: tuple[str, ...] = (),
    ) -> httpx.Response:
        """One REST2 call; transport failures and error statuses become ``DeliveryError``s.

        ``what`` names the operation in German for the error message. Statuses in ``allow``
        are returned to the caller instead of raising; strings in ``withheld`` never appear
        in an error message.
        """
        try:
            response = self._client.request(method, path, json=json, params=params)
        except httpx.TimeoutException as exc:
            raise DeliveryError(
                f"Request Tracker unter {self.url} antwortet nicht rechtzeitig ({what})"
            ) from exc
        except httpx.TransportError as exc:
            raise DeliveryError(
                f"Request Tracker unter {self.url} ist nicht erreichbar ({what}): "
                f"{type(exc).__name__}"
            ) from exc
        status = response.status_code
        if status < 300 or status in allow:
            return response
        if status < 400:
            # RT behind a single sign-on proxy answers API calls with a redirect to a login.
            raise PermanentDeliveryError(
                f"Request Tracker leitet um statt zu antworten ({what}, HTTP {status}); "
                f"RATHAUS_RT__URL muss auf RT selbst zeigen, nicht auf eine Anmeldeseite"
            )
        detail = _rt_message(response, withheld)
        suffix = f": {detail}" if detail else ""
        if status == 401:
            raise DeliveryAuthError(
                f"Request Tracker lehnt die Anmeldung ab ({what}); Token bzw. Benutzername "
                "und Passwort in RATHAUS_RT__* prüfen"
            )
        if status == 429:
            raise DeliveryError(
                f"Request Tracker bittet, es später erneut zu versuchen ({what})",
                retry_after=_retry_after(response),
            )
        if status >= 500 or status == 408:
            raise DeliveryError(
                f"Request Tracker meldet einen Serverfehler {status} ({what}){suffix}",
                retry_after=_retry_after(response),
            )
        raise PermanentDeliveryError(f"Request Tracker weist ab: {what} (HTTP {status}){suffix}")

    def _json(self, response: httpx.Response, what: str) -> Any:
        try:
            return response.json()
        except ValueError as exc:
            raise DeliveryError(
                f"Request Tracker antwortet nicht mit JSON ({what}); ist {self.url} wirklich RT 5?"
            ) from exc

    # -- tickets --------------------------------------------------------------------------

    def _tickets_with_reference(self, key: str) -> list[int]:
        """Ids of the live tickets (not merged, not deleted) carrying ``key``, lowest first."""
        query = f"'CF.{{{self.reference_field}}}' = {ticket_sql_string(key)}"
        ids: list[int] = []
        page = 1
        while True:
            response = self._request(
                "GET",
                "/tickets",
                "Ticket zur Referenz suchen",
                params={
                    "query": query,
                    "orderby": "id",
                    "order": "ASC",
                    "per_page": SEARCH_PAGE,
                    "page": page,
                    "fields": "id",
                },
            )
            body = self._json(response, "Ticket zur Referenz suchen")
            items = body.get("items") or []
            ids += [int(item["id"]) for item in items]
            if len(items) < SEARCH_PAGE:
                return sorted(set(ids))
            page += 1

    def _merge(self, loser: int, winner: int) -> None:
        """Merge ``loser`` into ``winner``; a merge RT refuses is logged, not raised."""
        try:
            self._request(
                "PUT",
                f"/ticket/{loser}",
                f"Ticket #{loser} in #{winner} zusammenführen",
                json={"MergeInto": winner},
            )
            effective = self._ticket(loser)
        except PermanentDeliveryError as exc:
            logger.warning("request tracker: cannot merge #%d into #%d: %s", loser, winner, exc)
            return
        if int(effective["id"]) != winner:
            logger.warning("request tracker: #%d still live after merging into #%d", loser, winner)
        else:
            logger.info("request tracker: merged duplicate #%d into #%d", loser, winner)

    def _settle(self, ids: list[int]) -> int:
        """The lowest id wins; the others are merged into it."""
        winner = ids[0]
        for other in ids[1:]:
            self._merge(other, winner)
        return winner

    def _ticket(self, ticket_id: int | str) -> Json:
        """The ticket (following merges); a missing or invisible ticket is permanent."""
        if not str(ticket_id).isdigit():
            raise PermanentDeliveryError(
                f"{ticket_id!r} ist keine Ticketnummer von Request Tracker"
            )
        what = f"Ticket #{ticket_id} lesen"
        response = self._request("GET", f"/ticket/{ticket_id}", what, allow=(403, 404))
        if response.status_code in (403, 404):
            raise PermanentDeliveryError(
                f"Ticket #{ticket_id} gibt es in Request Tracker nicht, oder das Konto darf es "
                "nicht sehen"
            )
        body: Json = self._json(response, what)
        return body

    def _custom_fields(self, ticket: NewTicket) -> dict[str, str]:
        fields = dict(ticket.custom_fields)
        if self.service_field and ticket.service_id:
            fields[self.service_field] = ticket.service_id
        if self.leika_field and ticket.leika:
            fields[self.leika_field] = ticket.leika
        fields[self.reference_field] = ticket.idempotency_key
        return fields

    def create(self, ticket: NewTicket) -> Delivered:
        """Create once per ``idempotency_key``; a repeated key returns the first ticket."""
        existing = self._tickets_with_reference(ticket.idempotency_key)
        if existing:
            return Delivered(str(self._settle(existing)), duplicate=True)
        self._require_queue(ticket.queue)
        payload: Json = {
            "Queue": ticket.queue,
            "Subject": ticket.subject,
            "Content": ticket.body,
            "ContentType": "text/plain",
            "CustomFields": self._custom_fields(ticket),
        }
        requestor = ticket.requestor or self.requestor
        if requestor:
            payload["Requestor"] = requestor
        if ticket.attachments:
            payload["Attachments"] = [
                {
                    "FileName": a.filename,
                    "FileType": a.media_type or "application/octet-stream",
                    "FileContent": base64.b64encode(a.data).decode("ascii"),
                }
                for a in ticket.attachments
            ]
        what = f"Ticket in Queue {ticket.queue!r} anlegen"
        withheld = (
            ticket.subject,
            ticket.body,
            requestor,
            *(a.filename for a in ticket.attachments),
            *ticket.custom_fields.values(),
        )
        response = self._request("POST", "/ticket", what, json=payload, withheld=withheld)
        created = int(self._json(response, what)["id"])
        live = self._tickets_with_reference(ticket.idempotency_key)
        if not live:
            raise PermanentDeliveryError(
                f"Request Tracker hat Ticket #{created} in Queue {ticket.queue!r} ohne das Feld "
                f"{self.reference_field!r} angelegt; Feld und Rechte in RT prüfen"
            )
        winner = live[0]
        if created == winner:
            # Whoever created the lowest id also merges the rest: an attempt that searched
            # before our ticket was visible may have kept its own.
            for other in live[1:]:
                self._merge(other, winner)
            logger.info("request tracker: ticket #%d created in %s", created, ticket.queue)
        else:
            # Lost the race, or RT refused our reference (a field with unique values).
            self._merge(created, winner)
            logger.info(
                "request tracker: concurrent create in %s, #%d kept, #%d merged",
                ticket.queue,
                winner,
                created,
            )
        return Delivered(str(winner), duplicate=winner != created)

    # -- comments -------------------------------------------------------------------------

    def _latest_comment_text(self, ticket_id: int) -> str | None:
        """The text/plain content of the ticket's latest comment, if there is one."""
        what = f"Kommentare von Ticket #{ticket_id} lesen"
        response = self._request(
            "POST",
            "/transactions",
            what,
            params={"orderby": "id", "order": "DESC", "per_page": 1, "fields": "Type"},
            json=[
                {"field": "ObjectType", "value": "RT::Ticket"},
                {"field": "ObjectId", "value": ticket_id},
                {"field": "Type", "value": "Comment"},
            ],
        )
        items = self._json(response, what).get("items") or []
        if not items:
            return None
        transaction = int(items[0]["id"])
        response = self._request(
            "GET",
            f"/transaction/{transaction}/attachments",
            what,
            params={"fields": "ContentType", "per_page": SEARCH_PAGE},
        )
        for item in self._json(response, what).get("items") or []:
            if str(item.get("ContentType", "")).lower() != "text/plain":
                continue
            attachment = self._json(
                self._request("GET", f"/attachment/{int(item['id'])}", what), what
            )
            content = attachment.get("Content") or ""
            return base64.b64decode(content).decode("utf-8", errors="replace")
        return None

    def comment(self, external_id: str, text: str, *, status: str | None = None) -> None:
        """Add an internal comment and optionally set the status; a repeat adds nothing.

        A comment whose text equals the ticket's latest comment is not added again, so a
        retried call is harmless; an identical follow-up right after it is dropped as well.
        """
        ticket = self._ticket(external_id)
        ticket_id = int(ticket["id"])
        if status and str(ticket.get("Status", "")).lower() != status.lower():
            what = f"Status von Ticket #{ticket_id} setzen"
            self._request("PUT", f"/ticket/{ticket_id}", what, json={"Status": status})
            now = self._ticket(ticket_id).get("Status")
            if str(now).lower() != status.lower():
                raise PermanentDeliveryError(
                    f"Request Tracker setzt den Status {status!r} für Ticket #{ticket_id} nicht "
                    f"(bleibt {now!r}); Lebenszyklus der Queue und Rechte prüfen"
                )
        latest = self._latest_comment_text(ticket_id)
        if latest is not None and _normalised(latest) == _normalised(text):
            logger.info("request tracker: comment on #%d already there", ticket_id)
            return
        self._request(
            "POST",
            f"/ticket/{ticket_id}/comment",
            f"Ticket #{ticket_id} kommentieren",
            json={"Content": text, "ContentType": "text/plain"},
            withheld=(text,),
        )
        logger.info("request tracker: comment added to #%d", ticket_id)

    # -- checks ---------------------------------------------------------------------------

    def _configured_fields(self) -> list[str]:
        return [f for f in (self.reference_field, self.service_field, self.leika_field) if f]

    def check_queue(self, queue: str) -> None:
        """Raise ``PermanentDeliveryError`` unless tickets can be created in ``queue``.

        The queue must exist, be enabled and visible, the account must have CreateTicket
        there, and the configured custom fields must apply to its tickets.
        """
        what = f"Queue {queue!r} prüfen"
        response = self._request(
            "POST",
            "/queues",
            what,
            params={"fields": "Name,Disabled", "per_page": 2},
            json=[{"field": "Name", "value": queue}],
        )
        items = self._json(response, what).get("items") or []
        if len(items) != 1 or str(items[0].get("Disabled", "0")) != "0":
            raise DeliveryRefusedError(
                f"Die Queue {queue!r} gibt es in Request Tracker nicht, sie ist abgeschaltet, "
                "oder das Konto darf sie nicht sehen"
            )
        detail = self._json(self._request("GET", f"/queue/{int(items[0]['id'])}", what), what)
        links = detail.get("_hyperlinks") or []
        if not any(link.get("ref") == "create" for link in links):
            raise PermanentDeliveryError(
                f"Das Konto darf in der Queue {queue!r} keine Tickets anlegen (Recht "
                "CreateTicket fehlt)"
            )
        applied = {cf.get("name") for cf in detail.get("TicketCustomFields") or []}
        missing = [f for f in self._configured_fields() if f not in applied]
        if missing:
            names = ", ".join(repr(f) for f in missing)
            raise PermanentDeliveryError(
                f"Die Queue {queue!r} hat das Ticketfeld {names} nicht (oder das Konto darf es "
                "nicht sehen); in RT der Queue zuordnen"
            )

    def _require_queue(self, queue: str) -> None:
        checked = self._checked_queues.get(queue)
        if checked is not None and time.monotonic() - checked < QUEUE_CHECK_SECONDS:
            return
        self.check_queue(queue)
        self._checked_queues[queue] = time.monotonic()

    def _ticket_field_exists(self, name: str) -> bool:
        what = f"Ticketfeld {name!r} prüfen"
        response = self._request(
            "POST",
            "/customfields",
            what,
            params={"fields": "Name,Disabled", "per_page": SEARCH_PAGE},
            json=[
                {"field": "Name", "value": name},
                {"field": "LookupType", "value": TICKET_LOOKUP_TYPE},
            ],
        )
        return any(
            item.get("Name") == name and str(item.get("Disabled", "0")) == "0"
            for item in self._json(response, what).get("items") or []
        )

    def check(self) -> str:
        """Server reachable, credentials accepted, the configured custom fields exist."""
        what = "Verbindung prüfen"
        info = self._json(self._request("GET", "/rt", what), what)
        version = info.get("Version", "?") if isinstance(info, dict) else "?"
        visible = [f for f in self._configured_fields() if self._ticket_field_exists(f)]
        missing = [f for f in self._configured_fields() if f not in visible]
        if missing:
            names = ", ".join(repr(f) for f in missing)
            raise PermanentDeliveryError(
                f"Request Tracker kennt das Ticketfeld {names} nicht (oder das Konto darf es "
                "nicht sehen); in RT anlegen oder RATHAUS_RT__*_FIELD anpassen"
            )
        fields = ", ".join(self._configured_fields())
        return (
            f"Request Tracker {version} unter {self.url} erreichbar, Anmeldung gültig, "
            f"Ticketfelder {fields} vorhanden"
        )
