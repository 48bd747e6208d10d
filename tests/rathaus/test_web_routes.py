"""Every route of the app, enumerated from ``app.routes``, for anonymous, staff and admin.

A route added later is checked without anyone remembering to list it: it is public only if it
is named in PUBLIC, admin-only if its path is under /admin or /api/v1/audit, staff otherwise.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from core.catalogue import load_catalogue
from core.settings import OidcSettings, Settings, WebSettings
from core.storage import Database
from rathaus.auth import Role, UserStore
from rathaus.web import create_app

PASSWORD = "ein-langes-Passwort-1"
PUBLIC = {
    ("GET", "/"),
    ("GET", "/healthz"),
    ("GET", "/login"),
    ("POST", "/login"),
    ("POST", "/logout"),
    ("GET", "/chat"),
    ("GET", "/login/oidc"),
    ("GET", "/login/oidc/callback"),
    ("GET", "/login/oidc/logout"),
    ("GET", "/api/openapi.json"),
}
PUBLIC_PREFIXES = ("/api/advisor/",)
ADMIN_PREFIXES = ("/admin", "/api/v1/audit")


def routes(app: object) -> list[tuple[str, str]]:
    """(method, path) of every API route, also inside included routers (FastAPI wraps them;
    our routers carry their prefix in their own routes' paths)."""
    found = []
    pending = list(app.routes)  # type: ignore[attr-defined]
    while pending:
        route = pending.pop(0)
        if isinstance(route, APIRoute):
            for method in sorted(route.methods - {"HEAD"}):
                found.append((method, route.path))
        elif hasattr(route, "original_router"):
            pending.extend(route.original_router.routes)
    return found


def concrete(path: str) -> str:
    # Ids that exist nowhere: a route that lets the request through answers 404/409/422/503.
    return re.sub(r"\{[a-z_]+\}", "0" * 32, path)


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    db = Database(f"sqlite:///{tmp_path / 'web.db'}")
    db.migrate()
    users = UserStore(db)
    users.add("sachbearbeiter", PASSWORD, Role.STAFF)
    users.add("admin", PASSWORD, Role.ADMIN)
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        data_dir=tmp_path,
        # OIDC on (never contacted here), so its routes are enumerated too.
        web=WebSettings(oidc=OidcSettings(issuer="https://idp.example/realms/stadt")),
    )
    app = create_app(catalogue=load_catalogue(), db=db, settings=settings)
    return TestClient(app, follow_redirects=False)


def test_every_route_is_classified(client: TestClient) -> None:
    found = routes(client.app)
    assert len(found) > 30
    public = [r for r in found if r in PUBLIC or r[1].startswith(PUBLIC_PREFIXES)]
    assert {("GET", "/login/oidc"), ("GET", "/chat")} <= set(public)


def test_anonymous_requests_never_reach_a_protected_route(client: TestClient) -> None:
    checked = 0
    for method, path in routes(client.app):
        if (method, path) in PUBLIC or path.startswith(PUBLIC_PREFIXES):
            continue
        response = client.request(method, concrete(path))
        if method == "GET" and not path.startswith("/api/"):
            assert response.status_code == 303, (method, path, response.status_code)
            assert response.headers["location"].startswith("/login?next="), (method, path)
        else:
            assert response.status_code == 401, (method, path, response.status_code)
        checked += 1
    assert checked > 25


def sign_in(client: TestClient, username: str) -> str:
    page = client.get("/login")
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert csrf
    response = client.post(
        "/login", data={"username": username, "password": PASSWORD, "csrf": csrf.group(1)}
    )
    assert response.status_code == 303
    token = re.search(r'name="csrf" value="([^"]+)"', client.get("/documents").text)
    assert token
    return token.group(1)


@pytest.mark.parametrize("role", ["staff", "admin"])
def test_signed_in_users_reach_exactly_their_routes(client: TestClient, role: str) -> None:
    csrf = sign_in(client, "admin" if role == "admin" else "sachbearbeiter")
    for method, path in routes(client.app):
        if (method, path) in PUBLIC or path.startswith(PUBLIC_PREFIXES):
            continue
        kwargs: dict[str, object] = {}
        if method == "POST":
            # With the CSRF token: what is left to refuse is the role, nothing else.
            kwargs = {"data": {"csrf": csrf}, "headers": {"X-CSRF-Token": csrf}}
        response = client.request(method, concrete(path), **kwargs)  # type: ignore[arg-type]
        admin_only = path.startswith(ADMIN_PREFIXES)
        if role == "staff" and admin_only:
            assert response.status_code == 403, (method, path, response.status_code)
        else:
            assert response.status_code not in (401, 403), (method, path, response.status_code)
            assert response.status_code < 500, (method, path, response.status_code)
    # Still signed in: no route signed the user out or broke the session.
    assert client.get("/documents").status_code == 200
