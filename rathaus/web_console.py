"""Staff console pages: upload, batch view with live status, document page, quarantine.

The actions themselves live in ``rathaus.console`` (the REST API uses the same); this module
turns them into German pages. The batch view refreshes its table with htmx (vendored under
``/static``) every two seconds until every file is settled; without JavaScript the page still
works with the browser's reload.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from rathaus.auth import csrf_matches
from rathaus.console import Console, ConsoleError, Upload
from rathaus.web_staff import PAGE_SIZE, STATUS_LABELS, Staff, render

READ_CHUNK = 1024 * 1024


def check_csrf(request: Request, csrf: str | None) -> None:
    if not csrf_matches(request.session.get("csrf"), csrf):
        raise HTTPException(403, "Das Formular ist abgelaufen. Bitte laden Sie die Seite neu.")


def as_http(exc: ConsoleError) -> HTTPException:
    return HTTPException(exc.status, exc.message)


async def read_uploads(files: list[UploadFile], max_bytes: int) -> list[Upload]:
    """Read each file up to the limit; a larger one is measured but not kept in memory."""
    uploads = []
    for upload in files:
        chunks: list[bytes] = []
        size = 0
        while chunk := await upload.read(READ_CHUNK):
            size += len(chunk)
            if size <= max_bytes:
                chunks.append(chunk)
        await upload.close()
        data = b"".join(chunks) if size <= max_bytes else None
        uploads.append(Upload(filename=upload.filename or "", size=size, data=data))
    return uploads


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
        uploads = await read_uploads(files, console.max_bytes)
        # A form submitted without a file sends one empty part without a name.
        uploads = [u for u in uploads if u.filename or u.size]
        try:
            batch_id = await console.upload(uploads, user.username)
        except ConsoleError as exc:
            raise as_http(exc) from None
        return RedirectResponse(f"/batches/{batch_id}", status_code=303)

    @router.get("/batches/{batch_id}", response_class=HTMLResponse)
    async def batch_page(request: Request, user: Staff, batch_id: str) -> HTMLResponse:
        try:
            batch = await console.batch(batch_id)
        except ConsoleError as exc:
            raise as_http(exc) from None
        return render(request, "batch.html", user, batch=batch, labels=STATUS_LABELS)

    @router.get("/batches/{batch_id}/rows", response_class=HTMLResponse)
    async def batch_rows(request: Request, user: Staff, batch_id: str) -> HTMLResponse:
        try:
            batch = await console.batch(batch_id)
        except ConsoleError as exc:
            raise as_http(exc) from None
        return render(request, "batch_rows.html", user, batch=batch, labels=STATUS_LABELS)

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
