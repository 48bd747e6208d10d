"""Signed-in pages: sign-in and sign-out, documents and review queue (staff), audit log (admin).

Anonymous requests to staff or admin pages are redirected to ``/login`` (GET) or refused with
401 (other methods); a signed-in user without the role gets 403. Every form carries the
session's CSRF token and every POST checks it. Review decisions (``send_review``, shared with
the REST API) go to the document's workflow as its ``decide`` update (``rathaus.reviews``), with
the signed-in user as reviewer. Uploads, batches, document pages and quarantine are in
``rathaus.web_console``, user and token management in ``rathaus.web_admin``.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import quote, urlsplit

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response, StreamingResponse
from fastapi.templating import Jinja2Templates
from sqlalchemy import func, select

from core.audit import AuditLog
from core.catalogue import ServiceCatalogue
from core.settings import Settings
from core.storage import AuditRow, Database, DocumentRow
from core.types import DocumentStatus, FieldValue, ReviewAction, ReviewDecision
from rathaus.auth import LoginThrottle, Role, User, UserStore, csrf_matches, new_csrf_token
from rathaus.records import processing_record, processing_record_markdown, settings_overview

logger = logging.getLogger(__name__)

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
STATUS_LABELS = {
    "received": "eingegangen",
    "extracted": "Text erkannt",
    "redacted": "geschwärzt",
    "classified": "zugeordnet",
    "awaiting_review": "Prüfung",
    "routing": "wird zugestellt",
    "routed": "zugestellt",
    "rejected": "abgelehnt",
    "quarantined": "Quarantäne",
    "refused": "nicht angenommen",
}
TEMPLATES.env.globals["status_labels"] = STATUS_LABELS
PAGE_SIZE = 50


class NotSignedIn(Exception):
    """Raised by the role check for anonymous requests; the app redirects or answers 401."""

    def __init__(self, path: str, method: str) -> None:
        self.path = path
        self.method = method


def csrf_token(request: Request) -> str:
    token = request.session.get("csrf")
    if not isinstance(token, str):
        token = new_csrf_token()
        request.session["csrf"] = token
    return token


def render(request: Request, template: str, user: User | None, **context: Any) -> HTMLResponse:
    return TEMPLATES.TemplateResponse(
        request,
        template,
        {"user": user, "csrf": csrf_token(request), **context},
    )


def safe_next(target: str | None) -> str:
    """Only local paths: an open redirect would send a signed-in clerk anywhere.

    No backslash, no control character or space (browsers drop tabs and newlines from URLs,
    so ``/\t/evil.example`` would become ``//evil.example``), no scheme or host."""
    if (
        target
        and target.startswith("/")
        and not target.startswith("//")
        and "\\" not in target
        and not any(ord(ch) <= 0x20 or ord(ch) == 0x7F for ch in target)
        and not urlsplit(target).netloc
        and not urlsplit(target).scheme
    ):
        return target
    return "/documents"


@dataclass(frozen=True)
class SignIn:
    """What the role checks need; kept on ``app.state.sign_in`` by ``staff_router``'s app."""

    users: UserStore
    session_seconds: float


def current_user(request: Request) -> User | None:
    """The signed-in user of this request, or None (expired, signed out, account removed)."""
    sign_in: SignIn = request.app.state.sign_in
    name, since = request.session.get("user"), request.session.get("since")
    if not isinstance(name, str) or not isinstance(since, int | float):
        return None
    if time.time() - since > sign_in.session_seconds:
        request.session.clear()
        return None
    if request.session.get("idp") == "oidc":
        # Signed in at the city's identity provider: the role was taken from the ID token at
        # sign-in and holds for this session (``rathaus.oidc``).
        role = request.session.get("role")
        return User(name, Role(role)) if role in {r.value for r in Role} else None
    # The account may have been removed or its role changed since sign-in.
    return sign_in.users.get(name)


def _require(role: Role) -> Callable[[Request], User]:
    def check(request: Request) -> User:
        user = current_user(request)
        if user is None:
            raise NotSignedIn(request.url.path, request.method)
        if not user.may(role):
            raise HTTPException(403, "Diese Seite ist Administratorinnen vorbehalten.")
        return user

    return check


Staff = Annotated[User, Depends(_require(Role.STAFF))]
Admin = Annotated[User, Depends(_require(Role.ADMIN))]


ReviewSender = Callable[[str, ReviewDecision], Awaitable[None]]

MAX_FIELD_CHARS = 2000


def review_started(db: Database, rows: list[DocumentRow]) -> dict[str, datetime]:
    """When each document's current review began (its latest ``review.requested`` event):
    the workflow's reminder and escalation timers count from there, not from receipt (a
    document restarted from quarantine is not overdue at once)."""
    ids = [row.id for row in rows]
    started = {row.id: row.received_at for row in rows}
    if not ids:
        return started
    with db.session() as session:
        for document_id, ts in session.execute(
            select(AuditRow.document_id, func.max(AuditRow.ts))
            .where(AuditRow.event_type == "review.requested", AuditRow.document_id.in_(ids))
            .group_by(AuditRow.document_id)
        ):
            if document_id is not None and ts is not None:
                started[document_id] = ts if ts.tzinfo else ts.replace(tzinfo=UTC)
    return started


NOT_WAITING = "Dieser Vorgang wartet nicht (mehr) auf eine Entscheidung."


async def send_review(
    db: Database,
    catalogue: ServiceCatalogue | None,
    review_sender: ReviewSender | None,
    document_id: str,
    decision: ReviewDecision,
) -> None:
    """Check a decision (the page and the REST API alike) and signal the workflow."""
    if review_sender is None:
        raise HTTPException(503, "Entscheidungen sind ohne Temporal-Verbindung nicht möglich.")
    with db.session() as session:
        row = session.get(DocumentRow, document_id)
        waiting = row is not None and row.status == DocumentStatus.AWAITING_REVIEW.value
        proposed = row.service_id if row is not None else None
    if not waiting:
        raise HTTPException(409, NOT_WAITING)
    if decision.action is ReviewAction.CHANGE and (
        catalogue is None or not decision.service_id or decision.service_id not in catalogue
    ):
        raise HTTPException(422, "Bitte wählen Sie eine Leistung aus dem Katalog.")
    if decision.fields and catalogue is not None:
        target = decision.service_id if decision.action is ReviewAction.CHANGE else proposed
        if unknown := sorted(set(decision.fields) - catalogue.field_names(target)):
            raise HTTPException(
                422, "Diese Felder gehören nicht zur gewählten Leistung: " + ", ".join(unknown)
            )
    try:
        await review_sender(document_id, decision)
    except ReviewNotWaiting as exc:
        raise HTTPException(409, str(exc) or NOT_WAITING) from None
    except ReviewUnavailable:
        raise HTTPException(
            503,
            "Die Entscheidung konnte gerade nicht übermittelt werden. Bitte versuchen Sie es "
            "in einer Minute erneut.",
        ) from None


def corrected_fields(form: Any) -> dict[str, FieldValue]:
    """The fields a reviewer changed: inputs ``field.NAME`` that differ from ``orig.NAME``.

    An emptied field becomes None (the value is wrong and unknown)."""
    fields: dict[str, FieldValue] = {}
    for key in form:
        if not isinstance(key, str) or not key.startswith("field."):
            continue
        name = key.removeprefix("field.")
        value, original = form.get(key), form.get(f"orig.{name}")
        if not isinstance(value, str) or len(value) > MAX_FIELD_CHARS:
            raise HTTPException(422, f"Ungültiger Wert im Feld {name[:40]}.")
        value = value.strip()
        if value != (original.strip() if isinstance(original, str) else ""):
            fields[name] = value or None
    return fields


class ReviewNotWaiting(Exception):
    """The document's workflow does not take this decision; the message says why (German)."""


class ReviewUnavailable(Exception):
    """The decision could not be handed to the workflow now (Temporal or the worker down)."""


def staff_router(
    *,
    db: Database,
    audit: AuditLog,
    users: UserStore,
    throttle: LoginThrottle,
    review_reminder_hours: float,
    review_escalate_hours: float,
    services: list[tuple[str, str]],
    review_sender: ReviewSender | None,
    settings: Settings | None = None,
    catalogue: ServiceCatalogue | None = None,
) -> APIRouter:
    router = APIRouter()

    def check_csrf(request: Request, csrf: str | None) -> None:
        if not csrf_matches(request.session.get("csrf"), csrf):
            raise HTTPException(403, "Das Formular ist abgelaufen. Bitte laden Sie die Seite neu.")

    @router.get("/login", response_class=HTMLResponse)
    def login_page(request: Request, next: str | None = None) -> HTMLResponse:
        return render(request, "login.html", current_user(request), next=safe_next(next))

    @router.post("/login")
    def login(
        request: Request,
        username: Annotated[str, Form(max_length=64)],
        password: Annotated[str, Form(max_length=1024)],
        csrf: Annotated[str | None, Form()] = None,
        next: Annotated[str | None, Form()] = None,
    ) -> Response:
        oidc = getattr(request.app.state, "oidc", None)
        if oidc is not None and not oidc.allow_local:
            raise HTTPException(
                403,
                "Lokale Konten sind abgeschaltet. Bitte melden Sie sich mit dem Dienstkonto an.",
            )
        check_csrf(request, csrf)
        address = request.client.host if request.client else "unknown"
        name = username.strip().lower()
        if throttle.blocked(address, name):
            response = render(
                request,
                "login.html",
                None,
                next=safe_next(next),
                error="Zu viele Fehlversuche. Bitte warten Sie einige Minuten.",
            )
            response.status_code = 429
            return response
        user = users.authenticate(name, password)
        if user is None:
            throttle.failed(address, name)
            # A name that is no account may be a password typed into the wrong field: the
            # permanent log only names existing accounts.
            known = name if users.get(name) is not None else "(unbekanntes Konto)"
            audit.append("auth.login_failed", actor="anonymous", details={"username": known})
            response = render(
                request,
                "login.html",
                None,
                next=safe_next(next),
                error="Benutzername oder Passwort ist falsch.",
            )
            response.status_code = 401
            return response
        throttle.succeeded(name)
        # A fresh session (and CSRF token) at sign-in: no fixation of an earlier session.
        request.session.clear()
        request.session.update(user=user.username, since=time.time(), csrf=new_csrf_token())
        audit.append("auth.login", actor=user.username, details={"role": user.role.value})
        return RedirectResponse(safe_next(next), status_code=303)

    @router.post("/logout")
    def logout(request: Request, csrf: Annotated[str | None, Form()] = None) -> Response:
        check_csrf(request, csrf)
        user = current_user(request)
        via_provider = request.session.get("idp") == "oidc"
        request.session.clear()
        if user is not None:
            audit.append("auth.logout", actor=user.username)
        if via_provider and getattr(request.app.state, "oidc", None) is not None:
            # Signed in at the identity provider: end that session too (rathaus.oidc).
            return RedirectResponse("/login/oidc/logout", status_code=303)
        return RedirectResponse("/login", status_code=303)

    @router.get("/documents", response_class=HTMLResponse)
    def documents(
        request: Request,
        user: Staff,
        status: str | None = None,
        page: Annotated[int, Query(ge=1)] = 1,
    ) -> HTMLResponse:
        query = select(DocumentRow).order_by(DocumentRow.received_at.desc())
        if status:
            query = query.where(DocumentRow.status == status)
        with db.session() as session:
            rows = list(session.scalars(query.offset((page - 1) * PAGE_SIZE).limit(PAGE_SIZE)))
            session.expunge_all()
        return render(
            request,
            "documents.html",
            user,
            rows=rows,
            status=status or "",
            statuses=[s.value for s in DocumentStatus],
            page=page,
            more=len(rows) == PAGE_SIZE,
        )

    @router.get("/review", response_class=HTMLResponse)
    def review(request: Request, user: Staff) -> HTMLResponse:
        with db.session() as session:
            rows = list(
                session.scalars(
                    select(DocumentRow)
                    .where(DocumentRow.status == DocumentStatus.AWAITING_REVIEW.value)
                    .order_by(DocumentRow.received_at)
                )
            )
            session.expunge_all()
        now = datetime.now(UTC)
        started = review_started(db, rows)
        items = [
            {
                "row": row,
                "due": started[row.id] + timedelta(hours=review_reminder_hours),
                "overdue": now > started[row.id] + timedelta(hours=review_reminder_hours),
                "escalated": now > started[row.id] + timedelta(hours=review_escalate_hours),
            }
            for row in rows
        ]
        return render(
            request,
            "review.html",
            user,
            items=items,
            services=services,
            flash=request.session.pop("flash", None),
        )

    @router.post("/review/{document_id}")
    async def decide(
        request: Request,
        user: Staff,
        document_id: str,
        action: Annotated[ReviewAction, Form()],
        csrf: Annotated[str | None, Form()] = None,
        service_id: Annotated[str | None, Form(max_length=64)] = None,
        comment: Annotated[str | None, Form(max_length=1000)] = None,
    ) -> Response:
        """A reviewer's decision, sent to the document's workflow as a Temporal signal."""
        check_csrf(request, csrf)
        fields = corrected_fields(await request.form()) if action is not ReviewAction.REJECT else {}
        await send_review(
            db,
            catalogue,
            review_sender,
            document_id,
            ReviewDecision(
                action=action,
                reviewer=user.username,
                service_id=service_id if action is ReviewAction.CHANGE else None,
                fields=fields,
                comment=(comment or "").strip() or None,
            ),
        )
        labels = {"approve": "bestätigt", "change": "geändert", "reject": "abgelehnt"}
        request.session["flash"] = (
            f"Vorgang {document_id[:12]}: {labels[action.value]}. Der Ablauf geht weiter; "
            "die Liste zeigt den neuen Stand, sobald er verarbeitet ist."
        )
        back = (
            "/review"
            if request.query_params.get("from") != "document"
            else (f"/documents/{document_id}")
        )
        return RedirectResponse(back, status_code=303)

    def _parse(value: str | None) -> datetime | None:
        if not value:
            return None
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            raise HTTPException(422, f"Ungültiges Datum: {value[:40]}") from None
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)

    def _filters(
        since: str | None,
        until: str | None,
        actor: str | None,
        event_type: str | None,
        document: str | None,
        service: str | None = None,
    ) -> dict[str, Any]:
        if service and service not in {s for s, _ in services}:
            raise HTTPException(422, f"Unbekannte Leistung: {service[:64]}")
        return {
            "since": _parse(since),
            "until": _parse(until),
            "actor": actor or None,
            "event_type": event_type or None,
            "document_id": document or None,
            "service_id": service or None,
        }

    @router.get("/admin/audit", response_class=HTMLResponse)
    def audit_page(
        request: Request,
        user: Admin,
        since: str | None = None,
        until: str | None = None,
        actor: str | None = None,
        type: str | None = None,
        document: str | None = None,
        service: str | None = None,
        page: Annotated[int, Query(ge=1)] = 1,
    ) -> HTMLResponse:
        filters = _filters(since, until, actor, type, document, service)
        events = audit.events(**filters, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
        query = "&".join(
            f"{k}={quote(v)}"
            for k, v in {
                "since": since,
                "until": until,
                "actor": actor,
                "type": type,
                "document": document,
                "service": service,
            }.items()
            if v
        )
        return render(
            request,
            "audit.html",
            user,
            events=events,
            form={
                "since": since or "",
                "until": until or "",
                "actor": actor or "",
                "type": type or "",
                "document": document or "",
                "service": service or "",
            },
            services=services,
            query=query,
            page=page,
            more=len(events) == PAGE_SIZE,
            verified=request.session.pop("verified", None),
        )

    @router.get("/admin/audit/export")
    def audit_export(
        user: Admin,
        format: Annotated[str, Query(pattern="^(csv|jsonl)$")] = "csv",
        since: str | None = None,
        until: str | None = None,
        actor: str | None = None,
        type: str | None = None,
        document: str | None = None,
        service: str | None = None,
    ) -> StreamingResponse:
        events = audit.events(**_filters(since, until, actor, type, document, service))
        audit.append("audit.exported", actor=user.username, details={"events": len(events)})
        fmt: Literal["csv", "jsonl"] = "csv" if format == "csv" else "jsonl"
        media = "text/csv" if fmt == "csv" else "application/x-ndjson"
        return StreamingResponse(
            audit.export(fmt, events),
            media_type=f"{media}; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="audit.{fmt}"'},
        )

    @router.post("/admin/audit/verify")
    def audit_verify(
        request: Request, user: Admin, csrf: Annotated[str | None, Form()] = None
    ) -> Response:
        check_csrf(request, csrf)
        result = audit.verify()
        audit.append("audit.verified", actor=user.username, details={"ok": result.ok})
        request.session["verified"] = (
            f"Kette geprüft: {result.rows} Einträge, unverändert."
            if result.ok
            else f"Kette beschädigt: {result.problem}"
        )
        return RedirectResponse("/admin/audit", status_code=303)

    @router.get("/admin/settings", response_class=HTMLResponse)
    def settings_page(request: Request, user: Admin) -> HTMLResponse:
        if settings is None:
            raise HTTPException(503, "Die Einstellungen sind in dieser App nicht hinterlegt.")
        return render(request, "settings.html", user, rows=settings_overview(settings))

    @router.get("/admin/records/art30.{fmt}")
    def art30(user: Admin, fmt: str) -> Response:
        if settings is None or catalogue is None:
            raise HTTPException(503, "Die Einstellungen sind in dieser App nicht hinterlegt.")
        if fmt not in ("json", "md"):
            raise HTTPException(404, "Formate: json, md")
        record = processing_record(settings, catalogue)
        audit.append("records.art30_exported", actor=user.username, details={"format": fmt})
        if fmt == "json":
            body = json.dumps(record, ensure_ascii=False, indent=2)
            media = "application/json"
        else:
            body, media = processing_record_markdown(record), "text/markdown"
        return Response(
            body,
            media_type=f"{media}; charset=utf-8",
            headers={
                "Content-Disposition": f'attachment; filename="verarbeitungsverzeichnis.{fmt}"'
            },
        )

    return router
