"""Staff console pages: upload, batch view with live status, document page, quarantine.

The actions themselves live in ``rathaus.console`` (the REST API uses the same); this module
turns them into German pages. The batch view refreshes its table with htmx (vendored under
``/static``) every two seconds until every file is settled; without JavaScript the page still
works with the browser's reload.
"""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from rathaus.auth import User, csrf_matches
from rathaus.console import Console, ConsoleError, Upload, UploadReader
from rathaus.web_staff import PAGE_SIZE, STATUS_LABELS, Staff, current_user, render

logger = logging.getLogger(__name__)

READ_CHUNK = 1024 * 1024


def check_csrf(request: Request, csrf: str | None) -> None:
    if not csrf_matches(request.session.get("csrf"), csrf):
        raise HTTPException(403, "Das Formular ist abgelaufen. Bitte laden Sie die Seite neu.")


def as_http(exc: ConsoleError) -> HTTPException:
    return HTTPException(exc.status, exc.message)


def upload_readers(files: list[UploadFile]) -> list[UploadReader]:
    """One reader per uploaded part; a form sent without a file has one empty unnamed part."""

    def reader(upload: UploadFile) -> UploadReader:
        async def read(max_bytes: int) -> Upload:
            chunks: list[bytes] = []
            size = 0
            while chunk := await upload.read(READ_CHUNK):
                size += len(chunk)
                if size <= max_bytes:
                    chunks.append(chunk)
                else:
                    chunks.clear()  # measured to the end, not kept
            await upload.close()
            data = b"".join(chunks) if size <= max_bytes else None
            return Upload(filename=upload.filename or "", size=size, data=data)

        return read

    return [reader(f) for f in files if f.filename or (f.size or 0) > 0]


class UploadGuard:
    """ASGI middleware: an upload is authenticated and bounded before its body is read.

    FastAPI parses a multipart body (spooling files to disk) before it runs the role check, so
    without this an anonymous request could fill the disk. Requests to the upload paths need a
    signed-in session or a valid API token (the route checks role and CSRF again), a
    Content-Length within ``max_body`` if they send one, and are cut off when the streamed body
    grows beyond it.
    """

    def __init__(self, app: ASGIApp, *, paths: frozenset[str], max_body: int) -> None:
        self.app = app
        self.paths = paths
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST" or scope["path"] not in self.paths:
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        if not _authenticated(request):
            message = (
                "Bitte senden Sie ein API-Token oder melden Sie sich an."
                if scope["path"].startswith("/api/")
                else "Bitte melden Sie sich an."
            )
            await _refuse(scope, receive, send, 401, message)
            return
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            await _refuse(scope, receive, send, 413, TOO_LARGE)
            return
        seen = 0

        async def bounded() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    logger.warning("upload cut off after %d bytes", seen)
                    return {"type": "http.disconnect"}
            return message

        await self.app(scope, bounded, send)


TOO_LARGE = "Die Anfrage ist zu groß. Bitte laden Sie weniger oder kleinere Dateien hoch."


def _authenticated(request: Request) -> bool:
    authorization = request.headers.get("authorization", "")
    if authorization.lower().startswith("bearer "):
        tokens = getattr(request.app.state, "api_tokens", None)
        return tokens is not None and tokens.authenticate(authorization[7:].strip()) is not None
    return current_user(request) is not None


async def _refuse(scope: Scope, receive: Receive, send: Send, status: int, detail: str) -> None:
    response = JSONResponse(
        {"detail": detail},
        status_code=status,
        headers={"WWW-Authenticate": "Bearer"} if status == 401 else None,
    )
    await response(scope, receive, send)


def console_router(console: Console) -> APIRouter:
    router = APIRouter()

    @router.get("/upload", response_class=HTMLResponse)
    def upload_page(request: Request, user: Staff) -> HTMLResponse:
        return render(
            request,
            "upload.html",
            user,
            max_files=console.max_files,
            max_mb=console.max_bytes / 1_048_576,
        )

    @router.post("/upload")
    async def upload(
        request: Request,
        user: Staff,
        files: Annotated[list[UploadFile], File()],
        csrf: Annotated[str | None, Form()] = None,
    ) -> Response:
        check_csrf(request, csrf)
        try:
            batch_id = await console.upload(upload_readers(files), user.username)
        except ConsoleError as exc:
            raise as_http(exc) from None
        return RedirectResponse(f"/batches/{batch_id}", status_code=303)

    async def render_batch(
        request: Request, user: User, batch_id: str, template: str
    ) -> HTMLResponse:
        try:
            batch = await console.batch(batch_id)
        except ConsoleError as exc:
            raise as_http(exc) from None
        return render(request, template, user, batch=batch, labels=STATUS_LABELS)

    @router.get("/batches/{batch_id}", response_class=HTMLResponse)
    async def batch_page(request: Request, user: Staff, batch_id: str) -> HTMLResponse:
        return await render_batch(request, user, batch_id, "batch.html")

    @router.get("/batches/{batch_id}/rows", response_class=HTMLResponse)
    async def batch_rows(request: Request, user: Staff, batch_id: str) -> HTMLResponse:
        """The table body alone, for the page's htmx refresh."""
        return await render_batch(request, user, batch_id, "batch_rows.html")

    @router.get("/documents/{document_id}", response_class=HTMLResponse)
    async def document_page(request: Request, user: Staff, document_id: str) -> HTMLResponse:
        try:
            view = await console.document(document_id)
        except ConsoleError as exc:
            raise as_http(exc) from None
        return render(
            request,
            "document.html",
            user,
            doc=view,
            labels=STATUS_LABELS,
            services=[(s.id, f"{s.label} ({s.office})") for s in console.catalogue.services],
            flash=request.session.pop("flash", None),
        )

    @router.get("/quarantine", response_class=HTMLResponse)
    def quarantine_page(
        request: Request, user: Staff, page: Annotated[int, Query(ge=1)] = 1
    ) -> HTMLResponse:
        rows = console.quarantined(PAGE_SIZE, (page - 1) * PAGE_SIZE)
        return render(
            request,
            "quarantine.html",
            user,
            rows=rows,
            page=page,
            more=len(rows) == PAGE_SIZE,
            flash=request.session.pop("flash", None),
        )

    @router.post("/documents/{document_id}/retry")
    async def retry(
        request: Request,
        user: Staff,
        document_id: str,
        csrf: Annotated[str | None, Form()] = None,
    ) -> Response:
        check_csrf(request, csrf)
        try:
            await console.retry(document_id, user.username)
        except ConsoleError as exc:
            raise as_http(exc) from None
        request.session["flash"] = (
            f"Vorgang {document_id[:12]} wird neu verarbeitet. Der Stand erscheint hier, "
            "sobald er sich ändert."
        )
        return RedirectResponse(f"/documents/{document_id}", status_code=303)

    return router
