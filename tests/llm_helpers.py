"""Helpers for LLM tests: a flaky HTTP proxy in front of the real server, fake chat models."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
from langchain_core.language_models.fake_chat_models import FakeListChatModel


class FlakyProxy:
    """Forwards to ``target`` after failing the first ``failures`` POSTs with ``status``."""

    def __init__(self, target: str, failures: int, status: int = 503) -> None:
        self.target = target.rstrip("/")
        self.failures = failures
        self.status = status
        self.posts = 0
        self.lock = threading.Lock()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _forward(self, method: str) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                if method == "POST":
                    with proxy.lock:
                        proxy.posts += 1
                        fail = proxy.posts <= proxy.failures
                    if fail:
                        payload = b'{"error": {"message": "overloaded"}}'
                        self.send_response(proxy.status)
                        self.send_header("Content-Type", "application/json")
                        self.send_header("Retry-After", "0")
                        self.send_header("Content-Length", str(len(payload)))
                        self.end_headers()
                        self.wfile.write(payload)
                        return
                # The server speaks /v1/...; the proxy is addressed as http://host:port/v1.
                url = proxy.target.removesuffix("/v1") + self.path
                response = httpx.request(
                    method,
                    url,
                    content=body,
                    headers={"Content-Type": self.headers.get("Content-Type", "application/json")},
                    timeout=120,
                )
                self.send_response(response.status_code)
                self.send_header(
                    "Content-Type", response.headers.get("content-type", "application/json")
                )
                self.send_header("Content-Length", str(len(response.content)))
                self.end_headers()
                self.wfile.write(response.content)

            def do_GET(self) -> None:
                self._forward("GET")

            def do_POST(self) -> None:
                self._forward("POST")

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    @contextmanager
    def running(self) -> Iterator[FlakyProxy]:
        thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        thread.start()
        try:
            yield self
        finally:
            self.server.shutdown()
            self.server.server_close()


class RecordingChatModel(FakeListChatModel):
    """A canned chat model that remembers every prompt it was given (narrow unit tests only)."""

    seen: list[str] = []  # noqa: RUF012 - reset per test by the caller

    def _call(self, messages: Any, stop: Any = None, run_manager: Any = None, **kwargs: Any) -> str:
        self.seen.append("\n".join(str(m.content) for m in messages))
        return super()._call(messages, stop, run_manager, **kwargs)
