"""The advisor's REST API (JSON and server-sent events) and its public chat page.

Public by design (entrepreneurs use it without an account), so it only takes JSON bodies
(a cross-site form cannot post JSON without a CORS preflight, which this app never allows),
keeps questions out of URLs (access logs), and limits requests per client address.

    POST /api/advisor/sessions   -> {"session_id", "disclosure"}
    POST /api/advisor/ask        {"question", "session_id"?} -> the answer as JSON
    POST /api/advisor/stream     same body -> text/event-stream: "token" events with text
                                 pieces, then one "final" event with the answer as JSON
                                 ("error" with a German message instead when it fails)
    POST /api/advisor/callback   {"session_id", "consent": true, "topic", "name"?, "phone"?,
                                 "email"?, "preferred_time"?} -> {"ticket"}
    GET  /chat                   the chat page
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections import deque
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, StreamingResponse
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, Field
from starlette.concurrency import iterate_in_threadpool, run_in_threadpool

from agents.advisor import Advisor, AdvisorAnswer, CallbackRequest, disclosure
from core.errors import AdvisorInputError

logger = logging.getLogger(__name__)

_TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))


class Question(BaseModel):
    question: str = Field(max_length=20000)
    session_id: str | None = Field(default=None, max_length=64)


class Callback(BaseModel):
    session_id: str = Field(max_length=64)
    consent: bool
    topic: str = Field(default="", max_length=500)
    name: str = Field(default="", max_length=200)
    phone: str = Field(default="", max_length=50)
    email: str = Field(default="", max_length=254)
    preferred_time: str = Field(default="", max_length=200)


class RateLimiter:
    """At most ``limit`` requests per ``window`` seconds per client address (in memory)."""

    MAX_CLIENTS = 10_000

    def __init__(self, limit: int, window: float = 60.0) -> None:
        self.limit = limit
        self.window = window
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def allow(self, client: str) -> bool:
        now = time.monotonic()
        with self._lock:
            hits = self._hits.setdefault(client, deque())
            while hits and now - hits[0] > self.window:
                hits.popleft()
            if len(hits) >= self.limit:
                return False
            hits.append(now)
            if len(self._hits) > self.MAX_CLIENTS:
                # Forget clients whose newest request left the window.
                for key in [k for k, v in self._hits.items() if now - v[-1] > self.window]:
                    del self._hits[key]
            return True


def _sse(event: str, data: object) -> str:
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def german_validation_error(request: Request, exc: Exception) -> JSONResponse:
    """FastAPI's validation errors, in German and without echoing the input back."""
    problems = []
    for error in getattr(exc, "errors", list)()[:5]:
        field_name = ".".join(str(p) for p in error.get("loc", ()) if p != "body") or "Anfrage"
        kind = str(error.get("type", ""))
        if kind == "string_too_long":
            problems.append(f"{field_name}: zu lang")
        elif kind == "missing":
            problems.append(f"{field_name}: fehlt")
        else:
            problems.append(f"{field_name}: ungültig")
    detail = "Ungültige Anfrage (" + "; ".join(problems) + ")."
    if request.url.path.startswith("/api/"):
        detail += " Erwartet wird JSON."
    return JSONResponse({"detail": detail}, status_code=422)


def advisor_router(
    advisor: Advisor | None, *, city: str, requests_per_minute: int = 30
) -> APIRouter:
    """The chat page and API; without an advisor the API answers 503."""
    router = APIRouter()
    limiter = RateLimiter(requests_per_minute)

    def ready(request: Request) -> Advisor:
        if advisor is None:
            raise HTTPException(503, "Der Beratungs-Chat ist nicht eingerichtet.")
        client = request.client.host if request.client else "unknown"
        if not limiter.allow(client):
            raise HTTPException(
                429,
                "Zu viele Anfragen. Bitte warten Sie einen Moment.",
                headers={"Retry-After": "60"},
            )
        return advisor

    @router.get("/chat", response_class=HTMLResponse)
    def chat_page(request: Request) -> HTMLResponse:
        return _TEMPLATES.TemplateResponse(
            request, "chat.html", {"city": city, "disclosure": disclosure(city)}
        )

    @router.post("/api/advisor/sessions")
    async def new_session(request: Request) -> dict[str, str]:
        session_id, notice = await run_in_threadpool(ready(request).start)
        return {"session_id": session_id, "disclosure": notice}

    @router.post("/api/advisor/ask")
    async def ask(body: Question, request: Request) -> dict[str, object]:
        chosen = ready(request)
        try:
            answer: AdvisorAnswer = await run_in_threadpool(
                chosen.ask, body.question, body.session_id
            )
        except AdvisorInputError as exc:
            raise HTTPException(422, str(exc)) from None
        return answer.to_json()

    @router.post("/api/advisor/stream")
    async def stream(body: Question, request: Request) -> StreamingResponse:
        chosen = ready(request)

        def events() -> Iterator[str]:
            try:
                for event in chosen.stream(body.question, body.session_id):
                    if event.kind == "token":
                        yield _sse("token", {"text": event.text})
                    elif event.answer is not None:
                        yield _sse("final", event.answer.to_json())
            except AdvisorInputError as exc:
                yield _sse("error", {"message": str(exc)})
            except Exception:
                logger.exception("advisor stream failed")
                yield _sse(
                    "error",
                    {"message": "Die Antwort ist fehlgeschlagen. Bitte versuchen Sie es erneut."},
                )

        async def body_iter() -> AsyncIterator[str]:
            async for chunk in iterate_in_threadpool(events()):
                yield chunk

        return StreamingResponse(
            body_iter(),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
        )

    @router.post("/api/advisor/callback")
    async def callback(body: Callback, request: Request) -> dict[str, str]:
        chosen = ready(request)
        try:
            ticket = await run_in_threadpool(
                chosen.request_callback,
                CallbackRequest(
                    session_id=body.session_id,
                    consent=body.consent,
                    topic=body.topic,
                    name=body.name,
                    phone=body.phone,
                    email=body.email,
                    preferred_time=body.preferred_time,
                ),
            )
        except AdvisorInputError as exc:
            raise HTTPException(422, str(exc)) from None
        return {"ticket": ticket}

    return router
