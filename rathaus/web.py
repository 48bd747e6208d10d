"""The FastAPI app served by ``rathaus up`` and ``rathaus serve``.

This version serves the public landing page, the health check and the advisor chat (page and
API, ``rathaus.web_advisor``); the staff console, review queue and admin pages follow (issue:
web app) behind sign-in.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.templating import Jinja2Templates

from agents.advisor import Advisor
from core.catalogue import ServiceCatalogue
from core.storage import Database
from rathaus.web_advisor import advisor_router, german_validation_error

_TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))


def create_app(
    *,
    catalogue: ServiceCatalogue,
    db: Database,
    temporal_ui: str | None = None,
    advisor: Advisor | None = None,
    chat_requests_per_minute: int = 30,
) -> FastAPI:
    """Build the app around already-constructed components."""
    app = FastAPI(title="rathaus", docs_url=None, redoc_url=None)
    app.add_exception_handler(RequestValidationError, german_validation_error)
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
