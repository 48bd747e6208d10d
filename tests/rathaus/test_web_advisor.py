"""The advisor's REST API with server-sent events and its public chat page."""

from __future__ import annotations

import json
from typing import Any

import pytest
from fastapi.testclient import TestClient

from rathaus.web import create_app
from rathaus.web_advisor import RateLimiter
from rathaus.wiring import Components


@pytest.fixture
def components(advisor_components: Components) -> Components:
    return advisor_components


@pytest.fixture
def client(components: Components) -> TestClient:
    app = create_app(catalogue=components.catalogue, db=components.db, advisor=components.advisor)
    return TestClient(app)


def events(body: str) -> list[tuple[str, dict[str, Any]]]:
    parsed = []
    for block in body.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in block.splitlines())
        parsed.append((lines["event"], json.loads(lines["data"])))
    return parsed


def test_the_chat_page_is_public_german_and_labelled(client: TestClient) -> None:
    page = client.get("/chat")
    assert page.status_code == 200
    assert 'lang="de"' in page.text
    assert "KI-Assistenten" in page.text and "nicht mit einem Menschen" in page.text
    assert '<label for="question">' in page.text
    assert 'aria-live="polite"' in page.text
    assert 'href="/chat"' in client.get("/").text


def test_ask_returns_the_answer_with_citations(client: TestClient) -> None:
    response = client.post("/api/advisor/ask", json={"question": "Wie melde ich ein Gewerbe an?"})
    assert response.status_code == 200
    answer = response.json()
    assert {"answer", "citations", "abstained", "handover", "session_id"} <= set(answer)
    assert answer["citations"][0]["source_url"].startswith("https://")
    assert answer["disclosure"]
    again = client.post(
        "/api/advisor/ask",
        json={"question": "Was kostet das?", "session_id": answer["session_id"]},
    ).json()
    assert again["session_id"] == answer["session_id"] and again["disclosure"] is None


def test_the_stream_sends_pieces_then_the_final_answer(client: TestClient) -> None:
    response = client.post(
        "/api/advisor/stream", json={"question": "Was ist das NRW.Mikrodarlehen?"}
    )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    received = events(response.text)
    kinds = [kind for kind, _ in received]
    assert kinds[-1] == "final" and set(kinds[:-1]) == {"token"}
    final = received[-1][1]
    streamed = "".join(data["text"] for kind, data in received if kind == "token")
    assert streamed == final["answer"]
    assert final["citations"] and not final["abstained"]


def test_bad_questions_get_a_german_message(client: TestClient) -> None:
    response = client.post("/api/advisor/ask", json={"question": "   "})
    assert response.status_code == 422
    assert response.json()["detail"] == "Bitte stellen Sie eine Frage."
    streamed = client.post("/api/advisor/stream", json={"question": ""})
    assert events(streamed.text) == [("error", {"message": "Bitte stellen Sie eine Frage."})]
    form = client.post("/api/advisor/ask", data={"question": "Gewerbe"})
    assert form.status_code == 422 and "Erwartet wird JSON" in form.json()["detail"]
    too_long = client.post("/api/advisor/ask", json={"question": "x" * 20001})
    assert too_long.json()["detail"].startswith("Ungültige Anfrage (question: zu lang)")
    assert "xxxx" not in too_long.text


def test_a_callback_is_opened_only_with_consent(client: TestClient) -> None:
    session = client.post("/api/advisor/sessions").json()
    assert session["session_id"] and "KI-Assistenten" in session["disclosure"]
    refused = client.post(
        "/api/advisor/callback",
        json={"session_id": session["session_id"], "consent": False, "phone": "0234 1"},
    )
    assert refused.status_code == 422 and "Einwilligung" in refused.json()["detail"]
    made = client.post(
        "/api/advisor/callback",
        json={
            "session_id": session["session_id"],
            "consent": True,
            "topic": "Café eröffnen",
            "email": "gruenderin@example.org",
        },
    )
    assert made.status_code == 200 and made.json()["ticket"]


def test_requests_are_limited_per_client(components: Components) -> None:
    app = create_app(
        catalogue=components.catalogue,
        db=components.db,
        advisor=components.advisor,
        chat_requests_per_minute=2,
    )
    client = TestClient(app)
    for _ in range(2):
        assert client.post("/api/advisor/sessions").status_code == 200
    limited = client.post("/api/advisor/sessions")
    assert limited.status_code == 429 and limited.headers["retry-after"] == "60"


def test_the_rate_limiter_forgets_idle_clients() -> None:
    limiter = RateLimiter(1, window=0.0)
    limiter.MAX_CLIENTS = 3
    for n in range(10):
        assert limiter.allow(f"10.0.0.{n}")
    assert len(limiter._hits) <= 4


def test_without_an_advisor_the_api_says_so(components: Components) -> None:
    client = TestClient(create_app(catalogue=components.catalogue, db=components.db))
    response = client.post("/api/advisor/ask", json={"question": "Gewerbe anmelden?"})
    assert response.status_code == 503
    assert client.get("/chat").status_code == 200
