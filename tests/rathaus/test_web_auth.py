"""Sign-in, roles, CSRF and the login rate limit of the web app; every route for every role."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from core.audit import AuditLog
from core.catalogue import load_catalogue
from core.settings import DatabaseSettings, LLMSettings, Settings, SmtpSettings
from core.storage import Database
from rathaus.auth import Role, UserStore
from rathaus.web import WebSecurity, create_app

PASSWORD = "ein-langes-Passwort-1"


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = Database(f"sqlite:///{tmp_path / 'web.db'}")
    database.migrate()
    users = UserStore(database)
    users.add("sachbearbeiter", PASSWORD, Role.STAFF)
    users.add("admin", PASSWORD, Role.ADMIN)
    return database


def app_client(db: Database, **security: float) -> TestClient:
    app = create_app(
        catalogue=load_catalogue(),
        db=db,
        security=WebSecurity(**security),  # type: ignore[arg-type]
    )
    return TestClient(app, follow_redirects=False)


def csrf_of(client: TestClient, path: str = "/login") -> str:
    match = re.search(r'name="csrf" value="([^"]+)"', client.get(path).text)
    assert match, "no CSRF token on the page"
    return match.group(1)


def sign_in(client: TestClient, username: str, password: str = PASSWORD) -> int:
    response = client.post(
        "/login",
        data={"username": username, "password": password, "csrf": csrf_of(client)},
    )
    return response.status_code


STAFF_PAGES = ["/documents", "/review"]
ADMIN_PAGES = ["/admin/audit", "/admin/audit/export?format=csv"]
PUBLIC_PAGES = ["/", "/chat", "/login", "/healthz"]


@pytest.mark.parametrize("path", STAFF_PAGES + ADMIN_PAGES)
def test_anonymous_requests_are_sent_to_sign_in(db: Database, path: str) -> None:
    response = app_client(db).get(path)
    assert response.status_code == 303
    assert response.headers["location"].startswith("/login?next=")


@pytest.mark.parametrize("path", ["/admin/audit/verify", "/review/some-document"])
def test_anonymous_posts_are_refused(db: Database, path: str) -> None:
    client = app_client(db)
    response = client.post(path, data={"csrf": csrf_of(client), "action": "approve"})
    assert response.status_code == 401


def test_staff_decisions_need_a_temporal_connection_and_a_waiting_document(db: Database) -> None:
    client = app_client(db)
    sign_in(client, "sachbearbeiter")
    csrf = csrf_of(client, "/review")
    response = client.post("/review/unknown", data={"csrf": csrf, "action": "approve"})
    assert response.status_code == 503  # this app has no review sender


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_pages_need_no_sign_in(db: Database, path: str) -> None:
    assert app_client(db).get(path).status_code == 200


@pytest.mark.parametrize("path", STAFF_PAGES)
def test_staff_reach_staff_pages(db: Database, path: str) -> None:
    client = app_client(db)
    assert sign_in(client, "sachbearbeiter") == 303
    page = client.get(path)
    assert page.status_code == 200 and 'lang="de"' in page.text
    assert "Angemeldet: sachbearbeiter" in page.text


@pytest.mark.parametrize("path", ADMIN_PAGES)
def test_staff_cannot_open_admin_pages(db: Database, path: str) -> None:
    client = app_client(db)
    sign_in(client, "sachbearbeiter")
    response = client.get(path)
    assert response.status_code == 403
    assert "Kein Zugriff" in response.text
    csrf = csrf_of(client, "/documents")
    assert client.post("/admin/audit/verify", data={"csrf": csrf}).status_code == 403


@pytest.mark.parametrize("path", STAFF_PAGES + ADMIN_PAGES)
def test_admins_reach_every_page(db: Database, path: str) -> None:
    client = app_client(db)
    sign_in(client, "admin")
    assert client.get(path).status_code == 200


def test_sign_in_goes_back_to_the_page_asked_for_but_never_elsewhere(db: Database) -> None:
    client = app_client(db)
    csrf = csrf_of(client)
    ok = client.post(
        "/login",
        data={"username": "admin", "password": PASSWORD, "csrf": csrf, "next": "/admin/audit"},
    )
    assert ok.headers["location"] == "/admin/audit"
    other = app_client(db)
    away = other.post(
        "/login",
        data={
            "username": "admin",
            "password": PASSWORD,
            "csrf": csrf_of(other),
            "next": "//evil.example/",
        },
    )
    assert away.headers["location"] == "/documents"


def test_wrong_passwords_are_refused_and_then_rate_limited(db: Database) -> None:
    client = app_client(db, login_attempts=3)
    for _ in range(3):
        assert sign_in(client, "sachbearbeiter", "falsch-falsch-falsch") == 401
    # Blocked now, even with the right password.
    assert sign_in(client, "sachbearbeiter") == 429
    events = AuditLog(db).events(event_type="auth.login_failed")
    assert len(events) == 3 and events[0].actor == "anonymous"
    assert PASSWORD not in str([e.details for e in events])
    # A password typed into the name field is not kept in the permanent log.
    sign_in(app_client(db), "ein-geheimes-passwort-im-falschen-feld", "x" * 12)
    last = AuditLog(db).events(event_type="auth.login_failed")[-1]
    assert "geheimes" not in str(last.details)


def test_forms_without_the_csrf_token_are_refused(db: Database) -> None:
    client = app_client(db)
    response = client.post("/login", data={"username": "admin", "password": PASSWORD})
    assert response.status_code == 403
    sign_in(client, "admin")
    assert client.post("/admin/audit/verify", data={"csrf": "guessed"}).status_code == 403
    assert client.post("/logout", data={}).status_code == 403


def test_session_cookie_flags(db: Database) -> None:
    client = app_client(db)
    csrf = csrf_of(client)
    response = client.post("/login", data={"username": "admin", "password": PASSWORD, "csrf": csrf})
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie
    production = create_app(
        catalogue=load_catalogue(), db=db, security=WebSecurity(https_only=True)
    )
    secure = TestClient(production, base_url="https://testserver", follow_redirects=False)
    assert "secure" in secure.get("/login").headers["set-cookie"].lower()


def test_logout_ends_the_session(db: Database) -> None:
    client = app_client(db)
    sign_in(client, "sachbearbeiter")
    csrf = csrf_of(client, "/documents")
    assert client.post("/logout", data={"csrf": csrf}).headers["location"] == "/login"
    assert client.get("/documents").status_code == 303


def test_a_removed_account_loses_its_session(db: Database) -> None:
    client = app_client(db)
    sign_in(client, "sachbearbeiter")
    assert client.get("/documents").status_code == 200
    UserStore(db).remove("sachbearbeiter")
    assert client.get("/documents").status_code == 303


def test_sessions_expire(db: Database) -> None:
    client = app_client(db, session_hours=1e-9)
    sign_in(client, "sachbearbeiter")
    assert client.get("/documents").status_code == 303


def test_admin_verifies_the_chain_and_exports_csv(db: Database) -> None:
    client = app_client(db)
    sign_in(client, "admin")
    csrf = csrf_of(client, "/admin/audit")
    verified = client.post("/admin/audit/verify", data={"csrf": csrf})
    assert verified.status_code == 303
    page = client.get("/admin/audit")
    assert "Kette geprüft" in page.text and "unverändert" in page.text
    assert "auth.login" in page.text
    export = client.get("/admin/audit/export?format=csv&type=auth.login")
    assert export.status_code == 200 and export.headers["content-type"].startswith("text/csv")
    assert "auth.login" in export.text and "audit.verified" not in export.text
    filtered = client.get("/admin/audit?actor=nobody")
    assert "Keine Einträge" in filtered.text


def test_admin_filters_the_log_by_service(db: Database) -> None:
    AuditLog(db).append(
        "review.decided", document_id="d1", details={"service_id": "gewerbe_anmeldung"}
    )
    AuditLog(db).append("review.decided", document_id="d2", details={"service_id": "wohngeld"})
    client = app_client(db)
    sign_in(client, "admin")
    page = client.get("/admin/audit?service=gewerbe_anmeldung")
    assert '<option value="gewerbe_anmeldung" selected>' in page.text
    assert "gewerbe_anmeldung" in page.text and "'wohngeld'" not in page.text
    export = client.get("/admin/audit/export?format=jsonl&service=wohngeld")
    lines = export.text.splitlines()
    assert len(lines) == 1 and '"d2"' in lines[0]
    assert client.get("/admin/audit?service=gibt_es_nicht").status_code == 422


def test_passwords_are_stored_as_argon2_hashes(db: Database) -> None:
    from core.storage import UserRow

    with db.session() as session:
        row = session.get(UserRow, "admin")
        assert row is not None
        assert row.password_hash.startswith("$argon2id$") and PASSWORD not in row.password_hash
    with pytest.raises(Exception, match="mindestens 12"):
        UserStore(db).add("kurz", "kurz", Role.STAFF)


def test_the_settings_overview_never_shows_secrets(db: Database, tmp_path: Path) -> None:
    secret = "sehr-geheimes-Passwort-123"
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        data_dir=tmp_path,
        smtp=SmtpSettings(password=secret),  # type: ignore[arg-type]
        database=DatabaseSettings(url=f"postgresql+psycopg://u:{secret}@db/x"),  # type: ignore[arg-type]
    )
    app = create_app(catalogue=load_catalogue(), db=db, settings=settings)
    client = TestClient(app, follow_redirects=False)
    sign_in(client, "admin")
    page = client.get("/admin/settings")
    assert page.status_code == 200
    assert "RATHAUS_SMTP__PASSWORD" in page.text and "RATHAUS_ADVISOR__MIN_RELEVANCE" in page.text
    assert secret not in page.text
    for fmt in ("json", "md"):
        assert secret not in client.get(f"/admin/records/art30.{fmt}").text
    staff = TestClient(app, follow_redirects=False)
    sign_in(staff, "sachbearbeiter")
    assert staff.get("/admin/settings").status_code == 403
    assert staff.get("/admin/records/art30.md").status_code == 403


def test_the_art30_record_follows_catalogue_and_configuration(db: Database, tmp_path: Path) -> None:
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        data_dir=tmp_path,
        llm=LLMSettings(provider="openai", base_url="https://llm.example.eu/v1", model="m"),
    )
    catalogue = load_catalogue()
    client = TestClient(
        create_app(catalogue=catalogue, db=db, settings=settings), follow_redirects=False
    )
    sign_in(client, "admin")
    record = client.get("/admin/records/art30.json").json()
    assert record["verantwortlicher"] == f"Stadt {catalogue.city}"
    assert len(record["verarbeitungen"]) == len(catalogue.services)
    gewerbe = next(a for a in record["verarbeitungen"] if a["id"] == "gewerbe_anmeldung")
    assert gewerbe["leika"] == "99050012104000" and gewerbe["loeschfrist_tage"] > 0
    assert "applicant_name" in gewerbe["datenkategorien"] and gewerbe["empfaenger"]
    assert record["sprachmodell"]["ort"] == "llm.example.eu"
    assert record["sprachmodell"]["drittland"].startswith("prüfen")
    markdown = client.get("/admin/records/art30.md")
    assert markdown.headers["content-type"].startswith("text/markdown")
    assert "## Gewerbeanmeldung" in markdown.text
    assert AuditLog(db).events(event_type="records.art30_exported")


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("/admin/audit?page=2", "/admin/audit?page=2"),
        ("/documents/abc#entscheidung", "/documents/abc#entscheidung"),
        ("//evil.example/", "/documents"),
        ("/\\evil.example", "/documents"),
        ("/\t/evil.example", "/documents"),
        ("/\n/evil.example", "/documents"),
        ("/\r\n/evil.example", "/documents"),
        ("/ /evil.example", "/documents"),
        ("https://evil.example/", "/documents"),
        ("javascript:alert(1)", "/documents"),
        ("", "/documents"),
        (None, "/documents"),
    ],
)
def test_only_local_paths_are_followed_after_sign_in(target: str | None, expected: str) -> None:
    from rathaus.web_staff import safe_next

    assert safe_next(target) == expected


def test_an_htmx_refresh_after_the_session_ended_sends_the_page_to_sign_in(
    db: Database,
) -> None:
    client = app_client(db)
    response = client.get(
        f"/batches/{'0' * 32}/rows",
        headers={"HX-Request": "true", "HX-Current-URL": f"http://testserver/batches/{'0' * 32}"},
    )
    assert response.status_code == 401
    assert response.headers["HX-Redirect"] == f"/login?next=/batches/{'0' * 32}"
    assert response.text == ""


def test_an_unexpected_error_is_answered_in_german(db: Database) -> None:
    app = create_app(catalogue=load_catalogue(), db=db)

    @app.get("/kaputt")
    def broken() -> None:
        raise RuntimeError("Erika Musterfrau, Hauptstraße 1")

    @app.get("/api/kaputt")
    def broken_api() -> None:
        raise RuntimeError("Erika Musterfrau, Hauptstraße 1")

    client = TestClient(app, raise_server_exceptions=False)
    page = client.get("/kaputt")
    assert page.status_code == 500 and "Ein interner Fehler ist aufgetreten" in page.text
    assert "Erika" not in page.text
    api = client.get("/api/kaputt")
    assert api.status_code == 500 and api.json()["detail"].startswith("Ein interner Fehler")
