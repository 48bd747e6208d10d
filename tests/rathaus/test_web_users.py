"""Account and API-token administration in the browser (``rathaus.web_admin``): every route for
every role, CSRF, self and last-admin protection, password rules, the token shown once, and an
audit log and log output free of passwords and token secrets."""

from __future__ import annotations

import base64
import json
import re
import time
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from itsdangerous import TimestampSigner

from core.audit import AuditLog
from core.catalogue import load_catalogue
from core.storage import Database
from rathaus.auth import Role, User, UserStore
from rathaus.tokens import ApiTokenStore
from rathaus.web import WebSecurity, create_app

PASSWORD = "ein-langes-Passwort-1"
NEW_PASSWORD = "das-neue-Passwort-42"
SESSION_KEY = bytes(range(32))
# Bounded on both sides: a random CSRF value or hash may contain "rh_" by chance (CI saw it once).
SECRET_RE = re.compile(r"(?<![A-Za-z0-9_-])rh_[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])")


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = Database(f"sqlite:///{tmp_path / 'web.db'}")
    database.migrate()
    users = UserStore(database)
    users.add("sachbearbeiter", PASSWORD, Role.STAFF)
    users.add("admin", PASSWORD, Role.ADMIN)
    return database


@pytest.fixture
def app(db: Database) -> FastAPI:
    return create_app(
        catalogue=load_catalogue(), db=db, security=WebSecurity(session_key=SESSION_KEY)
    )


def client_of(app: FastAPI) -> TestClient:
    return TestClient(app, follow_redirects=False)


def csrf_of(client: TestClient, path: str = "/login") -> str:
    match = re.search(r'name="csrf" value="([^"]+)"', client.get(path).text)
    assert match, "no CSRF token on the page"
    return match.group(1)


def signed_in(app: FastAPI, username: str, password: str = PASSWORD) -> TestClient:
    client = client_of(app)
    response = client.post(
        "/login", data={"username": username, "password": password, "csrf": csrf_of(client)}
    )
    assert response.status_code == 303, response.text
    return client


def oidc_admin(app: FastAPI, username: str = "it.leitung") -> TestClient:
    """An admin signed in at the city's identity provider: no local account of their own."""
    client = client_of(app)
    session = {
        "user": username,
        "since": time.time(),
        "idp": "oidc",
        "role": "admin",
        "csrf": "oidc-csrf-token",
    }
    data = base64.b64encode(json.dumps(session).encode())
    client.cookies.set("rathaus_session", TimestampSigner(SESSION_KEY.hex()).sign(data).decode())
    return client


def session_of(client: TestClient) -> dict[str, Any]:
    cookie = client.cookies.get("rathaus_session")
    if not cookie:
        return {}
    decoded: dict[str, Any] = json.loads(base64.b64decode(cookie.split(".")[0]))
    return decoded


def post(client: TestClient, path: str, **data: str) -> Any:
    return client.post(path, data={"csrf": csrf_of(client, "/admin/users"), **data})


def issue(client: TestClient, **fields: str) -> str:
    form = {"name": "Skript", "username": "sachbearbeiter", "role": "staff", "days": "30"}
    response = post(client, "/admin/users/tokens", **{**form, **fields})
    assert response.status_code == 200, response.text
    match = SECRET_RE.search(response.text)
    assert match, "the new token is not shown"
    return match.group(0)


def token_id(db: Database, name: str) -> str:
    return next(t.id for t in ApiTokenStore(db).list() if t.name == name)


POSTS = [
    ("/admin/users", {"username": "neu", "role": "staff", "password": NEW_PASSWORD}),
    ("/admin/users/sachbearbeiter/role", {"role": "admin"}),
    ("/admin/users/sachbearbeiter/password", {"password": NEW_PASSWORD}),
    ("/admin/users/sachbearbeiter/remove", {}),
    ("/admin/users/tokens", {"name": "x", "username": "sachbearbeiter", "role": "staff"}),
    ("/admin/users/tokens/{token}/revoke", {}),
]


@pytest.fixture
def token(db: Database) -> str:
    ApiTokenStore(db).issue("vorhanden", "sachbearbeiter", Role.STAFF, None)
    return token_id(db, "vorhanden")


def unchanged(db: Database) -> None:
    users = UserStore(db)
    assert users.get("sachbearbeiter") == User("sachbearbeiter", Role.STAFF)
    assert users.authenticate("sachbearbeiter", PASSWORD) is not None
    assert users.get("neu") is None
    assert [(t.name, t.revoked_at) for t in ApiTokenStore(db).list()] == [("vorhanden", None)]
    assert not [e for e in AuditLog(db).events() if e.event_type.startswith(("users.", "tokens."))]


# -- access ---------------------------------------------------------------------------------


def test_anonymous_visitors_are_sent_to_sign_in(app: FastAPI) -> None:
    response = client_of(app).get("/admin/users")
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=/admin/users"


@pytest.mark.parametrize(("path", "data"), POSTS)
def test_anonymous_posts_are_refused(
    app: FastAPI, db: Database, token: str, path: str, data: dict[str, str]
) -> None:
    client = client_of(app)
    response = client.post(path.format(token=token), data={"csrf": csrf_of(client), **data})
    assert response.status_code == 401
    unchanged(db)


@pytest.mark.parametrize(("path", "data"), POSTS)
def test_staff_are_refused(
    app: FastAPI, db: Database, token: str, path: str, data: dict[str, str]
) -> None:
    client = signed_in(app, "sachbearbeiter")
    page = client.get("/admin/users")
    assert page.status_code == 403 and "Kein Zugriff" in page.text
    csrf = csrf_of(client, "/documents")
    response = client.post(path.format(token=token), data={"csrf": csrf, **data})
    assert response.status_code == 403
    unchanged(db)


@pytest.mark.parametrize(("path", "data"), POSTS)
def test_forms_without_the_session_csrf_token_are_refused(
    app: FastAPI, db: Database, token: str, path: str, data: dict[str, str]
) -> None:
    client = signed_in(app, "admin")
    for csrf in ({"csrf": "geraten"}, {}):
        response = client.post(path.format(token=token), data={**csrf, **data})
        assert response.status_code == 403
        assert "Das Formular ist abgelaufen" in response.text
    unchanged(db)


def test_the_page_lists_accounts_and_every_field_has_a_label(app: FastAPI) -> None:
    client = signed_in(app, "admin")
    page = client.get("/admin/users")
    assert page.status_code == 200 and 'lang="de"' in page.text
    assert page.headers["cache-control"] == "no-store"
    assert "sachbearbeiter" in page.text and "Sachbearbeitung" in page.text
    assert "noch nie" in page.text  # sachbearbeiter never signed in
    assert "admin (Sie)" in page.text
    main = page.text.split("<main>", 1)[1].split("</main>", 1)[0]
    assert "<script" not in main and not re.search(r"\son[a-z]+=", main)  # no JavaScript
    fields = re.findall(r"<(?:input|select)\b(?![^>]*type=\"hidden\")[^>]*>", page.text)
    assert fields
    for field in fields:
        match = re.search(r'id="([^"]+)"', field)
        assert match, f"field without id: {field}"
        assert f'<label for="{match.group(1)}"' in page.text, field
    # No form to remove or demote oneself.
    assert 'action="/admin/users/admin/remove"' not in page.text
    assert 'action="/admin/users/admin/role"' not in page.text
    assert 'action="/admin/users/sachbearbeiter/remove"' in page.text


# -- accounts -------------------------------------------------------------------------------


def test_admins_add_accounts_who_can_then_sign_in(app: FastAPI, db: Database) -> None:
    client = signed_in(app, "admin")
    response = post(
        client, "/admin/users", username=" Neu.Kollegin ", role="staff", password=NEW_PASSWORD
    )
    assert response.status_code == 303 and response.headers["location"] == "/admin/users"
    page = client.get("/admin/users")
    assert "Konto neu.kollegin (Sachbearbeitung) angelegt." in page.text
    assert UserStore(db).get("neu.kollegin") == User("neu.kollegin", Role.STAFF)
    signed_in(app, "neu.kollegin", NEW_PASSWORD)
    (event,) = AuditLog(db).events(event_type="users.added")
    assert event.actor == "admin"
    assert event.details == {"username": "neu.kollegin", "role": "staff"}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"username": "neu", "role": "staff", "password": "zu-kurz"}, "mindestens 12 Zeichen"),
        ({"username": "neu", "role": "staff", "password": ""}, "mindestens 12 Zeichen"),
        ({"username": "neu", "role": "staff", "password": "x" * 1025}, "höchstens 1024"),
        ({"username": "Ä!", "role": "staff", "password": NEW_PASSWORD}, "Benutzername: 2–64"),
        ({"username": "", "role": "staff", "password": NEW_PASSWORD}, "Benutzername: 2–64"),
        (
            {"username": "neu", "role": "chef", "password": NEW_PASSWORD},
            "Bitte wählen Sie eine Rolle",
        ),
        ({"username": "neu", "password": NEW_PASSWORD}, "Bitte wählen Sie eine Rolle"),
        (
            {"username": "sachbearbeiter", "role": "admin", "password": NEW_PASSWORD},
            "Das Konto sachbearbeiter gibt es bereits",
        ),
    ],
)
def test_invalid_accounts_are_refused_on_the_page(
    app: FastAPI, db: Database, data: dict[str, str], message: str
) -> None:
    client = signed_in(app, "admin")
    response = post(client, "/admin/users", **data)
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("text/html")
    alert = re.search(r'<p class="error" role="alert">([^<]*)</p>', response.text)
    assert alert and message in alert.group(1)
    assert data["password"] not in response.text or data["password"] == ""
    assert UserStore(db).get("neu") is None
    # An existing account is not overwritten by the form.
    assert UserStore(db).get("sachbearbeiter") == User("sachbearbeiter", Role.STAFF)
    assert UserStore(db).authenticate("sachbearbeiter", PASSWORD) is not None
    assert not AuditLog(db).events(event_type="users.added")


def test_roles_change_and_admins_never_demote_themselves(app: FastAPI, db: Database) -> None:
    client = signed_in(app, "admin")
    assert post(client, "/admin/users/sachbearbeiter/role", role="admin").status_code == 303
    assert "sachbearbeiter hat jetzt die Rolle Administration" in client.get("/admin/users").text
    assert UserStore(db).get("sachbearbeiter") == User("sachbearbeiter", Role.ADMIN)
    (event,) = AuditLog(db).events(event_type="users.role_changed")
    assert event.actor == "admin"
    assert event.details == {
        "username": "sachbearbeiter",
        "role": "admin",
        "previous_role": "staff",
    }
    # Even with a second admin, nobody demotes their own account.
    own = post(client, "/admin/users/admin/role", role="staff")
    assert own.status_code == 409
    assert "Sie können Ihr eigenes Konto nicht herabstufen." in own.text
    assert UserStore(db).get("admin") == User("admin", Role.ADMIN)
    # No change, no event; unknown role or account refused.
    assert post(client, "/admin/users/sachbearbeiter/role", role="admin").status_code == 303
    assert "unverändert" in client.get("/admin/users").text
    bad = post(client, "/admin/users/sachbearbeiter/role", role="root")
    assert bad.status_code == 422 and "Bitte wählen Sie eine Rolle" in bad.text
    assert post(client, "/admin/users/niemand/role", role="staff").status_code == 404
    assert len(AuditLog(db).events(event_type="users.role_changed")) == 1


def test_admins_never_remove_their_own_account(app: FastAPI, db: Database) -> None:
    UserStore(db).set_role("sachbearbeiter", Role.ADMIN)
    client = signed_in(app, "admin")
    response = post(client, "/admin/users/admin/remove")
    assert response.status_code == 409
    assert "Sie können Ihr eigenes Konto nicht löschen." in response.text
    assert UserStore(db).get("admin") is not None
    assert not AuditLog(db).events(event_type="users.removed")


def test_the_last_admin_is_never_demoted_or_removed(app: FastAPI, db: Database) -> None:
    # An admin from the identity provider manages the local accounts; "admin" is the only
    # local admin account.
    client = oidc_admin(app)
    assert "Angemeldet: it.leitung" in client.get("/admin/users").text
    demote = post(client, "/admin/users/admin/role", role="staff")
    assert demote.status_code == 409
    assert "Das letzte Administrationskonto kann nicht herabgestuft werden." in demote.text
    remove = post(client, "/admin/users/admin/remove")
    assert remove.status_code == 409
    assert "Das letzte Administrationskonto kann nicht gelöscht werden." in remove.text
    assert UserStore(db).get("admin") == User("admin", Role.ADMIN)
    # With a second admin, one of them may go.
    assert post(client, "/admin/users/sachbearbeiter/role", role="admin").status_code == 303
    assert post(client, "/admin/users/admin/remove").status_code == 303
    assert UserStore(db).count_admins() == 1
    (event,) = AuditLog(db).events(event_type="users.removed")
    assert event.actor == "it.leitung"
    assert event.details == {"username": "admin", "role": "admin", "tokens_revoked": 0}


def test_passwords_are_reset_with_the_same_rules(app: FastAPI, db: Database) -> None:
    client = signed_in(app, "admin")
    short = post(client, "/admin/users/sachbearbeiter/password", password="kurz")
    assert short.status_code == 422
    assert "Passwort für sachbearbeiter: Das Passwort braucht mindestens 12 Zeichen" in short.text
    assert post(client, "/admin/users/niemand/password", password=NEW_PASSWORD).status_code == 404
    ok = post(client, "/admin/users/sachbearbeiter/password", password=NEW_PASSWORD)
    assert ok.status_code == 303
    assert "Neues Passwort für sachbearbeiter gespeichert." in client.get("/admin/users").text
    assert UserStore(db).authenticate("sachbearbeiter", PASSWORD) is None
    signed_in(app, "sachbearbeiter", NEW_PASSWORD)
    (event,) = AuditLog(db).events(event_type="users.password_reset")
    assert event.actor == "admin"
    assert event.details == {"username": "sachbearbeiter", "role": "staff"}


def test_removing_an_account_ends_its_session_and_revokes_its_tokens(
    app: FastAPI, db: Database
) -> None:
    staff = signed_in(app, "sachbearbeiter")
    secret = ApiTokenStore(db).issue("skript", "sachbearbeiter", Role.STAFF, None)
    client = signed_in(app, "admin")
    response = post(client, "/admin/users/sachbearbeiter/remove")
    assert response.status_code == 303
    page = client.get("/admin/users")
    assert "Konto sachbearbeiter gelöscht; 1 API-Token widerrufen." in page.text
    assert UserStore(db).get("sachbearbeiter") is None
    assert staff.get("/documents").status_code == 303
    assert ApiTokenStore(db).authenticate(secret) is None
    assert "widerrufen" in page.text
    assert post(client, "/admin/users/sachbearbeiter/remove").status_code == 404
    (event,) = AuditLog(db).events(event_type="users.removed")
    assert event.details == {
        "username": "sachbearbeiter",
        "role": "staff",
        "tokens_revoked": 1,
    }


# -- tokens ---------------------------------------------------------------------------------


def test_a_token_is_shown_once_and_then_only_listed(app: FastAPI, db: Database) -> None:
    client = signed_in(app, "admin")
    response = post(
        client,
        "/admin/users/tokens",
        name="Statistik-Export",
        username="sachbearbeiter",
        role="staff",
        days="30",
    )
    # Shown in the answer to the form itself (no redirect, nothing in the session cookie).
    first = response
    assert first.status_code == 200
    assert first.headers["cache-control"] == "no-store"
    secrets_shown = SECRET_RE.findall(first.text)
    assert len(set(secrets_shown)) == 1
    secret = secrets_shown[0]
    assert "Neues API-Token „Statistik-Export“" in first.text
    assert ApiTokenStore(db).authenticate(secret) == User("sachbearbeiter", Role.STAFF)
    # Gone from the session and never shown again.
    assert "new_token" not in session_of(client)
    assert secret not in json.dumps(session_of(client))
    again = client.get("/admin/users")
    assert secret not in again.text and not SECRET_RE.search(again.text)
    assert "Statistik-Export" in again.text and "aktiv" in again.text
    (event,) = AuditLog(db).events(event_type="tokens.issued")
    assert event.actor == "admin"
    assert event.details == {
        "token_id": token_id(db, "Statistik-Export"),
        "name": "Statistik-Export",
        "username": "sachbearbeiter",
        "role": "staff",
        "expires_days": 30,
    }


def test_tokens_without_expiry_and_admin_tokens_for_admins(app: FastAPI, db: Database) -> None:
    client = signed_in(app, "admin")
    secret = issue(client, name="Nachtlauf", username="admin", role="admin", days="")
    assert ApiTokenStore(db).authenticate(secret) == User("admin", Role.ADMIN)
    page = client.get("/admin/users")
    assert "unbegrenzt" in page.text
    assert AuditLog(db).events(event_type="tokens.issued")[0].details["expires_days"] is None


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"role": "admin"}, "höchstens die Rolle seines Kontos"),
        ({"role": "root"}, "Bitte wählen Sie eine Rolle für das Token"),
        ({"days": "abc"}, "bitte eine ganze Zahl von 1 bis 3650"),
        ({"days": "0"}, "zwischen 1 und 3650"),
        ({"days": "3651"}, "zwischen 1 und 3650"),
        ({"name": "  "}, "Bitte geben Sie dem Token einen Namen"),
        ({"name": "x" * 65}, "höchstens 64 Zeichen"),
        ({"username": "niemand"}, "Kein Konto niemand"),
    ],
)
def test_invalid_tokens_are_refused_on_the_page(
    app: FastAPI, db: Database, fields: dict[str, str], message: str
) -> None:
    client = signed_in(app, "admin")
    form = {"name": "Skript", "username": "sachbearbeiter", "role": "staff", "days": "30"}
    response = post(client, "/admin/users/tokens", **{**form, **fields})
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("text/html")
    assert message in response.text
    assert ApiTokenStore(db).list() == []
    assert "new_token" not in session_of(client)
    assert not AuditLog(db).events(event_type="tokens.issued")


def test_revoked_tokens_stop_working(app: FastAPI, db: Database) -> None:
    client = signed_in(app, "admin")
    secret = issue(client, name="Altlast")
    tid = token_id(db, "Altlast")
    response = post(client, f"/admin/users/tokens/{tid}/revoke")
    assert response.status_code == 303
    page = client.get("/admin/users")
    assert "Token „Altlast“ von sachbearbeiter widerrufen." in page.text
    assert f"/admin/users/tokens/{tid}/revoke" not in page.text
    assert ApiTokenStore(db).authenticate(secret) is None
    again = post(client, f"/admin/users/tokens/{tid}/revoke")
    assert again.status_code == 303
    assert "war bereits widerrufen" in client.get("/admin/users").text
    assert post(client, "/admin/users/tokens/unbekannt/revoke").status_code == 404
    (event,) = AuditLog(db).events(event_type="tokens.revoked")
    assert event.actor == "admin"
    assert event.details == {
        "token_id": tid,
        "name": "Altlast",
        "username": "sachbearbeiter",
        "role": "staff",
    }


def test_names_are_escaped(app: FastAPI) -> None:
    client = signed_in(app, "admin")
    issue(client, name="<script>alert(1)</script>")
    page = client.get("/admin/users").text
    assert "<script>" not in page and "&lt;script&gt;" in page


# -- audit and logs -------------------------------------------------------------------------


def test_audit_log_and_log_output_never_hold_passwords_or_secrets(
    app: FastAPI, db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    initial = "initiales-Passwort-77"
    with caplog.at_level("DEBUG"):
        client = signed_in(app, "admin")
        assert (
            post(client, "/admin/users", username="neu", role="staff", password=initial).status_code
            == 303
        )
        assert post(client, "/admin/users/neu/role", role="admin").status_code == 303
        assert post(client, "/admin/users/neu/password", password=NEW_PASSWORD).status_code == 303
        assert (
            post(
                client, "/admin/users", username="neu2", role="staff", password="kurz!"
            ).status_code
            == 422
        )
        secret = issue(client, name="Export", username="neu", role="admin", days="7")
        assert ApiTokenStore(db).authenticate(secret) == User("neu", Role.ADMIN)
        assert (
            post(client, f"/admin/users/tokens/{token_id(db, 'Export')}/revoke").status_code == 303
        )
        assert post(client, "/admin/users/neu/remove").status_code == 303
        export_csv = client.get("/admin/audit/export?format=csv").text
        export_jsonl = client.get("/admin/audit/export?format=jsonl").text
    kinds = [e.event_type for e in AuditLog(db).events() if e.actor == "admin"]
    for kind in (
        "users.added",
        "users.role_changed",
        "users.password_reset",
        "tokens.issued",
        "tokens.revoked",
        "users.removed",
    ):
        assert kinds.count(kind) == 1, kind
        assert kind in export_csv and kind in export_jsonl
    assert AuditLog(db).verify().ok
    for text in (export_csv, export_jsonl, caplog.text):
        for forbidden in (initial, NEW_PASSWORD, PASSWORD, "kurz!", secret, secret[3:]):
            assert forbidden not in text
        assert not SECRET_RE.search(text)
        assert "$argon2" not in text
    assert "account neu (staff) added by admin" in caplog.text
