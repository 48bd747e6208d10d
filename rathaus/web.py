"""The FastAPI app served by ``rathaus up`` and ``rathaus serve``.

Public: the landing page, the health check, the advisor chat (page and API,
``rathaus.web_advisor``), the sign-in page and OIDC sign-in (``rathaus.oidc``). Behind sign-in:
documents, review queue, audit log and settings (``rathaus.web_staff``), uploads, batches,
document pages and quarantine (``rathaus.web_console``), users and API tokens
(``rathaus.web_admin``), and the REST API under ``/api/v1`` (``rathaus.web_api``).
"""

from __future__ import annotations

import logging
import secrets
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlsplit

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.middleware.sessions import SessionMiddleware

from agents.advisor import Advisor
from core.audit import AuditLog
from core.blobs import LocalBlobStore
from core.catalogue import ServiceCatalogue
from core.settings import Settings
from core.storage import Database
from rathaus.auth import LoginThrottle, UserStore
from rathaus.console import Console
from rathaus.tokens import ApiTokenStore
from rathaus.web_admin import admin_router
from rathaus.web_advisor import advisor_router, german_validation_error
from rathaus.web_api import api_router
from rathaus.web_console import UploadGuard, console_router
from rathaus.web_staff import (
    NotSignedIn,
    ReviewSender,
    SignIn,
    current_user,
    render,
    staff_router,
)

logger = logging.getLogger(__name__)
_TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))


@dataclass(frozen=True)
class WebSecurity:
    """Session and sign-in settings of the app (from ``Settings`` in production)."""

    session_key: bytes = field(default_factory=lambda: secrets.token_bytes(32))
    https_only: bool = False
    session_hours: float = 8.0
    login_attempts: int = 5
    login_window_minutes: float = 15.0
    review_reminder_hours: float = 24.0
    review_escalate_hours: float = 72.0


def create_app(
    *,
    catalogue: ServiceCatalogue,
    db: Database,
    temporal_ui: str | None = None,
    advisor: Advisor | None = None,
    chat_requests_per_minute: int = 30,
    security: WebSecurity | None = None,
    review_sender: ReviewSender | None = None,
    settings: Settings | None = None,
    console: Console | None = None,
) -> FastAPI:
    """Build the app around already-constructed components."""
    security = security or WebSecurity()
    app = FastAPI(
        title="rathaus",
        description="Schnittstelle für Skripte der Sachbearbeitung und Administration.",
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    if console is None:  # pages still answer; uploads and retries say Temporal is missing
        console = Console(
            db=db,
            blobs=LocalBlobStore(settings.blob_dir if settings else Path(tempfile.mkdtemp())),
            audit=AuditLog(db),
            catalogue=catalogue,
            temporal=None,
            max_bytes=settings.web.upload_max_bytes if settings else 25 * 1024 * 1024,
            max_files=settings.web.upload_max_files if settings else 50,
        )
    # Inside the session middleware (added later = further out): it reads the session.
    app.add_middleware(
        UploadGuard,
        paths=frozenset({"/upload", "/api/v1/uploads"}),
        max_body=console.max_files * (console.max_bytes + 64 * 1024) + 1024 * 1024,
    )
    app.add_middleware(
        SessionMiddleware,
        secret_key=security.session_key.hex(),
        session_cookie="rathaus_session",
        max_age=int(security.session_hours * 3600),
        same_site="strict",
        https_only=security.https_only,
    )
    app.add_exception_handler(RequestValidationError, german_validation_error)

    @app.exception_handler(NotSignedIn)
    async def not_signed_in(request: Request, exc: NotSignedIn) -> Response:
        if request.headers.get("hx-request") == "true":
            # A refresh by htmx (batch view) after the session ended: send the whole page to
            # sign-in instead of swapping the sign-in form into a table.
            page = urlsplit(request.headers.get("hx-current-url", "")).path or "/documents"
            return Response(status_code=401, headers={"HX-Redirect": f"/login?next={quote(page)}"})
        if exc.method == "GET":
            return RedirectResponse(f"/login?next={quote(exc.path)}", status_code=303)
        return JSONResponse({"detail": "Bitte melden Sie sich an."}, status_code=401)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse(
                {"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers
            )
        titles = {
            403: "Kein Zugriff",
            404: "Nicht gefunden",
            409: "Bereits entschieden",
            429: "Zu viele Anfragen",
        }
        response = render(
            request,
            "error.html",
            current_user(request),
            title=titles.get(exc.status_code, "Fehler"),
            message=str(exc.detail),
        )
        response.status_code = exc.status_code
        return response

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception) -> Response:
        # Logged (type only: a message may quote a document); the user reads German.
        logger.error("unhandled %s on %s", type(exc).__name__, request.url.path)
        message = "Ein interner Fehler ist aufgetreten. Bitte versuchen Sie es später erneut."
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": message}, status_code=500)
        response = _TEMPLATES.TemplateResponse(
            request, "error.html", {"user": None, "title": "Fehler", "message": message}
        )
        response.status_code = 500
        return response

    users = UserStore(db)
    app.state.sign_in = SignIn(users, security.session_hours * 3600)
    # OpenID Connect sign-in (rathaus.oidc); login.html and the local sign-in read app.state.oidc.
    oidc = settings.web.oidc if settings is not None and settings.web.oidc.enabled else None
    app.state.oidc = oidc
    if oidc is not None:
        from rathaus.oidc import oidc_router

        app.include_router(
            oidc_router(
                oidc,
                AuditLog(db),
                security.session_hours * 3600,
                cookie_key=security.session_key,
                https_only=security.https_only,
            )
        )
    app.include_router(
        staff_router(
            db=db,
            audit=AuditLog(db),
            users=users,
            throttle=LoginThrottle(security.login_attempts, security.login_window_minutes * 60),
            review_reminder_hours=security.review_reminder_hours,
            review_escalate_hours=security.review_escalate_hours,
            services=[(s.id, f"{s.label} ({s.office})") for s in catalogue.services],
            review_sender=review_sender,
            settings=settings,
            catalogue=catalogue,
        ),
        include_in_schema=False,
    )
    tokens = ApiTokenStore(db)
    app.state.api_tokens = tokens
    app.include_router(
        admin_router(users=users, tokens=tokens, audit=AuditLog(db)), include_in_schema=False
    )
    app.mount("/static", StaticFiles(directory=str(Path(__file__).parent / "static")), "static")
    app.include_router(console_router(console), include_in_schema=False)
    app.include_router(
        api_router(
            console=console,
            db=db,
            audit=AuditLog(db),
            catalogue=catalogue,
            review_sender=review_sender,
            review_reminder_hours=security.review_reminder_hours,
        )
    )
    app.include_router(
        advisor_router(advisor, city=catalogue.city, requests_per_minute=chat_requests_per_minute)
    )

    @app.get("/", response_class=HTMLResponse)
    def index(request: Request) -> HTMLResponse:
        return _TEMPLATES.TemplateResponse(
            request,
            "index.html",
            {
                "city": catalogue.city,
                "catalogue_version": catalogue.version,
                "services": len(catalogue.services),
                "temporal_ui": temporal_ui,
            },
        )

    @app.get("/healthz")
    def healthz() -> JSONResponse:
        try:
            db.ping()
        except Exception:
            return JSONResponse({"status": "error", "database": "unreachable"}, status_code=503)
        return JSONResponse({"status": "ok"})

    return app
