"""REST API for scripts: every staff action of the console, under ``/api/v1``.

Authentication: ``Authorization: Bearer rh_…`` with a token from ``rathaus tokens add`` (or the
admin page), acting as the account it was issued for; or the browser session, where every
state-changing request must repeat the session's CSRF token in the ``X-CSRF-Token`` header.
The same roles as the pages: staff for documents, uploads, review and quarantine, admin for the
audit log. Errors are JSON ``{"detail": "…"}`` in German. The OpenAPI description is served at
``/api/openapi.json``.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, HTTPException, Query, Request, UploadFile
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field, field_validator
from sqlalchemy import select

from core.audit import AuditLog
from core.catalogue import ServiceCatalogue
from core.storage import Database, DocumentRow
from core.types import DocumentStatus, FieldValue, ReviewAction, ReviewDecision
from rathaus.auth import Role, User, csrf_matches
from rathaus.console import Console, ConsoleError
from rathaus.tokens import ApiTokenStore
from rathaus.web_console import as_http, upload_readers
from rathaus.web_staff import (
    MAX_FIELD_CHARS,
    PAGE_SIZE,
    ReviewSender,
    current_user,
    review_started,
    send_review,
)

_bearer = HTTPBearer(auto_error=False, description="API-Token aus `rathaus tokens add`")
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
MAX_FIELDS = 60


def _api_user(role: Role) -> Any:
    def check(
        request: Request,
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    ) -> User:
        tokens: ApiTokenStore = request.app.state.api_tokens
        if credentials is not None:
            user = tokens.authenticate(credentials.credentials)
            if user is None:
                raise HTTPException(
                    401,
                    "Das Token ist ungültig, widerrufen oder abgelaufen.",
                    headers={"WWW-Authenticate": "Bearer"},
                )
        else:
            user = current_user(request)
            if user is None:
                raise HTTPException(
                    401,
                    "Bitte senden Sie ein API-Token oder melden Sie sich an.",
                    headers={"WWW-Authenticate": "Bearer"},
                )
            if request.method not in SAFE_METHODS and not csrf_matches(
                request.session.get("csrf"), request.headers.get("x-csrf-token")
            ):
                raise HTTPException(403, "Der Header X-CSRF-Token fehlt oder ist falsch.")
        if not user.may(role):
            raise HTTPException(403, "Diese Aktion ist Administratorinnen vorbehalten.")
        return user

    return check


ApiStaff = Annotated[User, Depends(_api_user(Role.STAFF))]
ApiAdmin = Annotated[User, Depends(_api_user(Role.ADMIN))]


class DocumentSummary(BaseModel):
    id: str
    filename: str
    source: str
    status: str
    service_id: str | None
    confidence: float | None
    destinations: list[str]
    reason: str | None
    received_at: datetime


class ReviewItem(DocumentSummary):
    due_at: datetime
    overdue: bool


class ReviewBody(BaseModel):
    action: ReviewAction
    service_id: str | None = Field(None, max_length=64, description="nur für action=change")
    fields: dict[str, FieldValue] = Field(
        default_factory=dict,
        max_length=MAX_FIELDS,
        description="korrigierte Felder (Name → Wert), wie im Formular der Dokumentseite",
    )
    comment: str | None = Field(
        None, max_length=1000, description="Grund einer Ablehnung (für die Akte)"
    )

    @field_validator("fields")
    @classmethod
    def _short_values(cls, fields: dict[str, FieldValue]) -> dict[str, FieldValue]:
        for name, value in fields.items():
            if len(name) > 64 or (isinstance(value, str) and len(value) > MAX_FIELD_CHARS):
                raise ValueError(f"Feld {name[:64]}: höchstens {MAX_FIELD_CHARS} Zeichen")
        return fields


class Accepted(BaseModel):
    document_id: str
    detail: str


class VerifyResult(BaseModel):
    ok: bool
    rows: int
    problem: str | None


def _utc(value: datetime | None) -> datetime | None:
    """A time without zone is UTC (as on the audit page)."""
    return value.replace(tzinfo=UTC) if value is not None and value.tzinfo is None else value


def _summary(row: DocumentRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "filename": row.filename,
        "source": row.source,
        "status": row.status,
        "service_id": row.service_id,
        "confidence": row.confidence,
        "destinations": list(row.destinations or []),
        "reason": row.reason,
        "received_at": row.received_at,
    }


def api_router(
    *,
    console: Console,
    db: Database,
    audit: AuditLog,
    catalogue: ServiceCatalogue,
    review_sender: ReviewSender | None,
    review_reminder_hours: float,
) -> APIRouter:
    router = APIRouter(prefix="/api/v1", tags=["Sachbearbeitung"])

    def console_call(exc: ConsoleError) -> HTTPException:
        return as_http(exc)

    @router.get("/documents", response_model=list[DocumentSummary])
    def list_documents(
        user: ApiStaff,
        status: DocumentStatus | None = None,
        page: Annotated[int, Query(ge=1)] = 1,
    ) -> list[dict[str, Any]]:
        """Eingegangene Dokumente, neueste zuerst (50 je Seite)."""
        query = select(DocumentRow).order_by(DocumentRow.received_at.desc())
        if status is not None:
            query = query.where(DocumentRow.status == status.value)
        with db.session() as session:
            rows = session.scalars(query.offset((page - 1) * PAGE_SIZE).limit(PAGE_SIZE))
            return [_summary(r) for r in rows]

    @router.get("/documents/{document_id}")
    async def get_document(user: ApiStaff, document_id: str) -> dict[str, Any]:
        """Ein Vorgang: Stand, Zuordnung mit Vorschlägen, Felder (pseudonymisiert),
        geschwärzter Text, Protokoll und Link in die Temporal-Oberfläche."""
        try:
            return (await console.document(document_id)).as_dict()
        except ConsoleError as exc:
            raise console_call(exc) from None

    @router.post("/uploads", status_code=201)
    async def upload(user: ApiStaff, files: Annotated[list[UploadFile], File()]) -> dict[str, Any]:
        """Dateien hochladen (multipart, Feld ``files``, mehrfach); Antwort: der Stapel."""
        try:
            batch_id = await console.upload(upload_readers(files), user.username)
            return (await console.batch(batch_id)).as_dict()
        except ConsoleError as exc:
            raise console_call(exc) from None

    @router.get("/batches/{batch_id}")
    async def get_batch(user: ApiStaff, batch_id: str) -> dict[str, Any]:
        """Der Stand jeder Datei eines Stapels (aus den Temporal-Abläufen)."""
        try:
            return (await console.batch(batch_id)).as_dict()
        except ConsoleError as exc:
            raise console_call(exc) from None

    @router.get("/review", response_model=list[ReviewItem])
    def review_queue(user: ApiStaff) -> list[dict[str, Any]]:
        """Dokumente, die auf eine Entscheidung warten, älteste zuerst."""
        now = datetime.now(UTC)
        with db.session() as session:
            rows = list(
                session.scalars(
                    select(DocumentRow)
                    .where(DocumentRow.status == DocumentStatus.AWAITING_REVIEW.value)
                    .order_by(DocumentRow.received_at)
                )
            )
            session.expunge_all()
        started = review_started(db, rows)
        items = []
        for row in rows:
            due = started[row.id] + timedelta(hours=review_reminder_hours)
            items.append({**_summary(row), "due_at": due, "overdue": now > due})
        return items

    @router.post("/review/{document_id}", status_code=202, response_model=Accepted)
    async def decide(user: ApiStaff, document_id: str, body: ReviewBody) -> dict[str, Any]:
        """Entscheidung: bestätigen, Leistung ändern (mit ``service_id``) oder ablehnen;
        ``fields`` korrigiert erkannte Felder. Geht als Temporal-Signal an den Ablauf."""
        decision = ReviewDecision(
            action=body.action,
            reviewer=user.username,
            service_id=body.service_id if body.action is ReviewAction.CHANGE else None,
            fields=body.fields if body.action is not ReviewAction.REJECT else {},
            comment=(body.comment or "").strip() or None,
        )
        await send_review(db, catalogue, review_sender, document_id, decision)
        return {"document_id": document_id, "detail": "Entscheidung übermittelt."}

    @router.get("/quarantine", response_model=list[DocumentSummary])
    def quarantine(user: ApiStaff, page: Annotated[int, Query(ge=1)] = 1) -> list[dict[str, Any]]:
        """Dokumente in Quarantäne mit Grund, zuletzt geänderte zuerst."""
        return [_summary(r) for r in console.quarantined(PAGE_SIZE, (page - 1) * PAGE_SIZE)]

    @router.post("/documents/{document_id}/retry", status_code=202, response_model=Accepted)
    async def retry(user: ApiStaff, document_id: str) -> dict[str, Any]:
        """Einen Vorgang aus der Quarantäne neu starten."""
        try:
            await console.retry(document_id, user.username)
        except ConsoleError as exc:
            raise console_call(exc) from None
        return {"document_id": document_id, "detail": "Neu gestartet."}

    @router.get("/audit", tags=["Administration"])
    def audit_events(
        user: ApiAdmin,
        since: datetime | None = None,
        until: datetime | None = None,
        actor: str | None = None,
        type: str | None = None,
        document: str | None = None,
        service: str | None = None,
        page: Annotated[int, Query(ge=1)] = 1,
    ) -> list[dict[str, Any]]:
        """Protokolleinträge, gefiltert, 50 je Seite, in Kettenreihenfolge; ``service``:
        Einträge, die die Leistung nennen, und alle Einträge ihrer Vorgänge."""
        if service and service not in catalogue:
            raise HTTPException(422, f"Unbekannte Leistung: {service[:64]}")
        events = audit.events(
            since=_utc(since),
            until=_utc(until),
            actor=actor,
            event_type=type,
            document_id=document,
            service_id=service,
            limit=PAGE_SIZE,
            offset=(page - 1) * PAGE_SIZE,
        )
        return [e.model_dump(mode="json") for e in events]

    @router.post("/audit/verify", tags=["Administration"], response_model=VerifyResult)
    def audit_verify(user: ApiAdmin) -> dict[str, Any]:
        """Die Hash-Kette des Protokolls prüfen."""
        result = audit.verify()
        audit.append("audit.verified", actor=user.username, details={"ok": result.ok})
        return {"ok": result.ok, "rows": result.rows, "problem": result.problem}

    return router
