"""OpenID Connect sign-in of the web app against the strict test provider (tests/servers).

The app runs in-process behind httpx's ASGI transport (the "browser" at rathaus); a second
httpx client plays the browser at the provider, which listens on 127.0.0.1. Redirects are
followed by hand, so every hop is checked.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import httpx
import pytest
from conftest import make_settings
from fastapi import FastAPI
from servers.oidc_server import (
    CLIENT_ID,
    CLIENT_SECRET,
    POST_LOGOUT_REDIRECT_URI,
    REMOVE,
    Logout,
    OidcServer,
    oidc_server_fixture,  # noqa: F401
)

from core.audit import AuditLog
from core.catalogue import ServiceCatalogue
from core.settings import OidcSettings, WebSettings
from core.storage import Database
from rathaus.auth import Role, UserStore
from rathaus.oidc import OidcProvider, ProviderError, claim_values, parse_metadata, role_for
from rathaus.web import WebSecurity, create_app

PASSWORD = "ein-langes-Passwort-1"
BUTTON = "Mit Dienstkonto anmelden"
DENIED = "Ihr Konto hat keine Berechtigung für rathaus."
UNCONFIRMED = "Die Anmeldung konnte nicht bestätigt werden."


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = Database(f"sqlite:///{tmp_path / 'web.db'}")
    database.migrate()
    UserStore(database).add("notfall-admin", PASSWORD, Role.ADMIN)
    return database


def oidc_settings(server: OidcServer, **overrides: Any) -> OidcSettings:
    return OidcSettings(
        issuer=server.issuer,
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,  # type: ignore[arg-type]
        timeout_seconds=5,
        **overrides,
    )


def build_app(
    tmp_path: Path, catalogue: ServiceCatalogue, db: Database, oidc: OidcSettings | None
) -> FastAPI:
    settings = make_settings(tmp_path, web=WebSettings(oidc=oidc or OidcSettings()))
    return create_app(catalogue=catalogue, db=db, security=WebSecurity(), settings=settings)


@asynccontextmanager
async def browser(app: FastAPI) -> AsyncIterator[tuple[httpx.AsyncClient, httpx.AsyncClient]]:
    """(client of rathaus, client of the provider): one browser, two sites."""
    async with (
        httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://testserver"
        ) as rathaus,
        httpx.AsyncClient() as provider,
    ):
        yield rathaus, provider


async def start(rathaus: httpx.AsyncClient, next_path: str = "/documents") -> httpx.Response:
    response = await rathaus.get("/login/oidc", params={"next": next_path})
    assert response.status_code == 303, response.text
    return response


async def at_provider(provider: httpx.AsyncClient, start_response: httpx.Response) -> str:
    """The provider's answer: the callback URL on rathaus (path and query)."""
    response = await provider.get(start_response.headers["location"])
    assert response.status_code == 302, response.text
    target = urlsplit(response.headers["location"])
    assert f"{target.scheme}://{target.netloc}{target.path}" == (
        "http://testserver/login/oidc/callback"
    )
    return f"{target.path}?{target.query}"


async def sign_in(
    rathaus: httpx.AsyncClient, provider: httpx.AsyncClient, next_path: str = "/documents"
) -> httpx.Response:
    """The whole round trip; returns rathaus' answer to the callback."""
    callback = await at_provider(provider, await start(rathaus, next_path))
    return await rathaus.get(callback)


def handover_target(response: httpx.Response) -> str:
    assert response.status_code == 200, response.text
    match = re.search(r'<meta http-equiv="refresh" content="0;url=([^"]+)">', response.text)
    assert match, "no same-site hand-over page"
    return match.group(1)


def audit_events(db: Database, event_type: str) -> list[dict[str, Any]]:
    return [{"actor": e.actor, **e.details} for e in AuditLog(db).events(event_type=event_type)]


# ---- the login page and local accounts --------------------------------------------------------


async def test_the_login_page_offers_the_service_account_only_when_configured(
    tmp_path: Path, catalogue: ServiceCatalogue, db: Database, oidc_server: OidcServer
) -> None:
    pages = {}
    for name, oidc in {
        "off": None,
        "local": oidc_settings(oidc_server, allow_local=True),
        "oidc_only": oidc_settings(oidc_server, allow_local=False),
    }.items():
        async with browser(build_app(tmp_path, catalogue, db, oidc)) as (rathaus, _):
            page = await rathaus.get("/login?next=/review")
            assert page.status_code == 200
            pages[name] = page.text
    assert BUTTON not in pages["off"] and 'name="password"' in pages["off"]
    assert BUTTON in pages["local"] and 'name="password"' in pages["local"]
    assert BUTTON in pages["oidc_only"] and 'name="password"' not in pages["oidc_only"]
    assert 'action="/login/oidc"' in pages["oidc_only"]
    assert 'name="next" value="/review"' in pages["oidc_only"]
    # Nothing was fetched from the provider to show a page.
    assert oidc_server.requests["discovery"] == 0


@pytest.mark.parametrize(("allow_local", "status"), [(False, 403), (True, 303)])
async def test_local_sign_in_follows_allow_local(
    tmp_path: Path,
    catalogue: ServiceCatalogue,
    db: Database,
    oidc_server: OidcServer,
    allow_local: bool,
    status: int,
) -> None:
    app = build_app(tmp_path, catalogue, db, oidc_settings(oidc_server, allow_local=allow_local))
    async with browser(app) as (rathaus, _):
        page = await rathaus.get("/login")
        csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
        # Without local accounts the page has no password form (and no CSRF token).
        assert bool(csrf) is allow_local
        response = await rathaus.post(
            "/login",
            data={
                "username": "notfall-admin",
                "password": PASSWORD,
                "csrf": csrf.group(1) if csrf else "",
            },
        )
        assert response.status_code == status
        if status == 403:
            assert "Lokale Konten sind abgeschaltet" in response.text
            assert (await rathaus.get("/documents")).status_code == 303
            assert not audit_events(db, "auth.login")


async def test_without_oidc_the_callback_does_not_exist(
    tmp_path: Path, catalogue: ServiceCatalogue, db: Database
) -> None:
    async with browser(build_app(tmp_path, catalogue, db, None)) as (rathaus, _):
        assert (await rathaus.get("/login/oidc")).status_code == 404
        assert (await rathaus.get("/login/oidc/callback?code=x&state=y")).status_code == 404
        assert (await rathaus.get("/login/oidc/logout")).status_code == 404


# ---- signing in ------------------------------------------------------------------------------


async def test_staff_sign_in_reaches_documents_but_not_the_audit_log(
    tmp_path: Path, catalogue: ServiceCatalogue, db: Database, oidc_server: OidcServer
) -> None:
    app = build_app(tmp_path, catalogue, db, oidc_settings(oidc_server))
    oidc_server.next_login("erika.musterfrau", ["rathaus-staff", "offline_access"])
    async with browser(app) as (rathaus, provider):
        started = await start(rathaus)
        flow_cookie = started.headers["set-cookie"].lower()
        assert flow_cookie.startswith("rathaus_oidc=")
        assert "path=/login/oidc/callback" in flow_cookie
        assert "samesite=lax" in flow_cookie and "httponly" in flow_cookie
        request = dict(parse_qsl(urlsplit(started.headers["location"]).query))
        assert request["code_challenge_method"] == "S256"
        assert request["redirect_uri"] == "http://testserver/login/oidc/callback"
        assert request["scope"].split()[0] == "openid"
        assert len(request["state"]) >= 32 and len(request["nonce"]) >= 32

        callback = await rathaus.get(await at_provider(provider, started))
        assert handover_target(callback) == "/documents"
        cookies = callback.headers.get_list("set-cookie")
        session = next(c for c in cookies if c.startswith("rathaus_session="))
        assert "samesite=strict" in session.lower()
        assert any(c.startswith("rathaus_oidc=") and "max-age=0" in c.lower() for c in cookies)

        documents = await rathaus.get("/documents")
        assert documents.status_code == 200
        assert "Angemeldet: erika.musterfrau (Sachbearbeitung)" in documents.text
        assert (await rathaus.get("/admin/audit")).status_code == 403
    assert oidc_server.client_auth_used == ["client_secret_post"]
    assert oidc_server.refusals == []
    assert audit_events(db, "auth.login") == [
        {"actor": "erika.musterfrau", "role": "staff", "idp": "oidc"}
    ]


async def test_admin_sign_in_reaches_the_audit_log_and_goes_where_asked(
    tmp_path: Path, catalogue: ServiceCatalogue, db: Database, oidc_server: OidcServer
) -> None:
    app = build_app(tmp_path, catalogue, db, oidc_settings(oidc_server))
    oidc_server.next_login("amtsleitung", ["rathaus-staff", "rathaus-admin"])
    async with browser(app) as (rathaus, provider):
        callback = await sign_in(rathaus, provider, "/admin/audit")
        assert handover_target(callback) == "/admin/audit"
        page = await rathaus.get("/admin/audit")
        assert page.status_code == 200
        assert "auth.login" in page.text and "Angemeldet: amtsleitung (Administration)" in page.text
        # Signing out ends the OIDC session like a local one.
        csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
        assert csrf
        assert (await rathaus.post("/logout", data={"csrf": csrf.group(1)})).status_code == 303
        assert (await rathaus.get("/admin/audit")).status_code == 303
    assert audit_events(db, "auth.login") == [
        {"actor": "amtsleitung", "role": "admin", "idp": "oidc"}
    ]


@pytest.mark.parametrize(
    "next_path",
    [
        "https://elsewhere.example/",
        "//elsewhere.example/x",
        "/\\elsewhere",
        "/\t/elsewhere.example",  # browsers drop the tab: //elsewhere.example
        "/\n/elsewhere.example",
        "/ /elsewhere.example",
    ],
)
async def test_sign_in_never_leaves_the_site(
    tmp_path: Path,
    catalogue: ServiceCatalogue,
    db: Database,
    oidc_server: OidcServer,
    next_path: str,
) -> None:
    app = build_app(tmp_path, catalogue, db, oidc_settings(oidc_server))
    oidc_server.next_login("erika.musterfrau", ["rathaus-staff"])
    async with browser(app) as (rathaus, provider):
        assert handover_target(await sign_in(rathaus, provider, next_path)) == "/documents"


async def test_keycloak_realm_roles_by_dotted_path(
    tmp_path: Path, catalogue: ServiceCatalogue, db: Database, oidc_server: OidcServer
) -> None:
    settings = oidc_settings(
        oidc_server, role_claim="realm_access.roles", admin_roles=["admin-rathaus"]
    )
    app = build_app(tmp_path, catalogue, db, settings)
    oidc_server.next_login(
        "kc.admin", None, claims={"realm_access": {"roles": ["default-roles", "admin-rathaus"]}}
    )
    async with browser(app) as (rathaus, provider):
        handover_target(await sign_in(rathaus, provider))
        assert (await rathaus.get("/admin/audit")).status_code == 200


async def test_client_secret_basic_when_the_provider_allows_only_that(
    tmp_path: Path, catalogue: ServiceCatalogue, db: Database
) -> None:
    """Basic credentials form-encoded (RFC 6749 §2.3.1): the secret has ':', '%', '+', 'ü'."""
    server = OidcServer(auth_methods=("client_secret_basic",)).start()
    try:
        app = build_app(tmp_path, catalogue, db, oidc_settings(server))
        server.next_login("erika.musterfrau", ["rathaus-staff"])
        async with browser(app) as (rathaus, provider):
            handover_target(await sign_in(rathaus, provider))
            assert (await rathaus.get("/documents")).status_code == 200
        assert server.client_auth_used == ["client_secret_basic"]
        assert server.refusals == []
    finally:
        server.stop()


def test_role_mapping() -> None:
    settings = OidcSettings(staff_roles=["staff", "sb"], admin_roles=["admin"])
    claims = {
        "roles": "sb",
        "realm_access": {"roles": ["x", "admin"]},
        "https://stadt.example/roles": ["staff"],
        "groups": [1, None, {"a": "admin"}],
    }
    assert claim_values(claims, "roles") == ["sb"]
    assert claim_values(claims, "realm_access.roles") == ["x", "admin"]
    assert claim_values(claims, "https://stadt.example/roles") == ["staff"]
    assert claim_values(claims, "groups") == []
    assert claim_values(claims, "resource_access.rathaus.roles") == []
    assert role_for(["sb"], settings) is Role.STAFF
    assert role_for(["staff", "admin"], settings) is Role.ADMIN
    assert role_for(["Admin", "STAFF"], settings) is None
    assert role_for([], settings) is None


# ---- refusals --------------------------------------------------------------------------------


async def assert_not_signed_in(rathaus: httpx.AsyncClient) -> None:
    response = await rathaus.get("/documents")
    assert response.status_code == 303 and response.headers["location"].startswith("/login")


@pytest.mark.parametrize("roles", [["andere-anwendung"], None, []])
async def test_an_account_without_a_rathaus_role_is_refused(
    tmp_path: Path,
    catalogue: ServiceCatalogue,
    db: Database,
    oidc_server: OidcServer,
    roles: list[str] | None,
) -> None:
    app = build_app(tmp_path, catalogue, db, oidc_settings(oidc_server))
    oidc_server.next_login("praktikant", roles)
    async with browser(app) as (rathaus, provider):
        response = await sign_in(rathaus, provider)
        assert response.status_code == 403
        assert DENIED in response.text and "Kein Zugriff" in response.text
        await assert_not_signed_in(rathaus)
    assert not audit_events(db, "auth.login")
    assert audit_events(db, "auth.login_failed") == [
        {"actor": "praktikant", "reason": "no_role", "idp": "oidc"}
    ]


async def test_a_tampered_state_is_refused(
    tmp_path: Path, catalogue: ServiceCatalogue, db: Database, oidc_server: OidcServer
) -> None:
    app = build_app(tmp_path, catalogue, db, oidc_settings(oidc_server))
    oidc_server.next_login("erika.musterfrau", ["rathaus-staff"])
    async with browser(app) as (rathaus, provider):
        callback = urlsplit(await at_provider(provider, await start(rathaus)))
        query = dict(parse_qsl(callback.query))
        query["state"] = query["state"][:-2] + ("AA" if query["state"][-2:] != "AA" else "BB")
        response = await rathaus.get(f"{callback.path}?{urlencode(query)}")
        assert response.status_code == 400
        assert "Die Anmeldung ist abgelaufen oder ungültig" in response.text
        await assert_not_signed_in(rathaus)
    # The code was never redeemed.
    assert oidc_server.requests["token"] == 0
    assert audit_events(db, "auth.login_failed") == [
        {"actor": "anonymous", "reason": "state_mismatch", "idp": "oidc"}
    ]


async def test_a_callback_without_the_flow_cookie_is_refused(
    tmp_path: Path, catalogue: ServiceCatalogue, db: Database, oidc_server: OidcServer
) -> None:
    """A callback started in another browser (login CSRF) or replayed after use."""
    app = build_app(tmp_path, catalogue, db, oidc_settings(oidc_server))
    oidc_server.next_login("angreifer", ["rathaus-admin"])
    async with browser(app) as (attacker, provider):
        callback = await at_provider(provider, await start(attacker))
    async with browser(app) as (victim, _):
        response = await victim.get(callback)
        assert response.status_code == 400
        await assert_not_signed_in(victim)
    oidc_server.next_login("erika.musterfrau", ["rathaus-staff"])
    async with browser(app) as (rathaus, provider):
        callback = await at_provider(provider, await start(rathaus))
        flow = rathaus.cookies.get("rathaus_oidc")
        handover_target(await rathaus.get(callback))
        assert (await rathaus.get(callback)).status_code == 400  # flow cookie used up
    # Even with the used flow cookie put back, the provider redeems a code only once.
    assert flow
    async with browser(app) as (replayer, _):
        replay = await replayer.get(callback, headers={"Cookie": f"rathaus_oidc={flow}"})
        assert replay.status_code == 401
    assert ("token", "invalid_grant") in oidc_server.refusals
    reasons = [e["reason"] for e in audit_events(db, "auth.login_failed")]
    assert reasons == ["flow_missing", "flow_missing", "token_refused"]


async def test_a_provider_error_is_shown_in_german(
    tmp_path: Path, catalogue: ServiceCatalogue, db: Database, oidc_server: OidcServer
) -> None:
    app = build_app(tmp_path, catalogue, db, oidc_settings(oidc_server))
    oidc_server.next_login("erika.musterfrau", ["rathaus-staff"], deny=True)
    async with browser(app) as (rathaus, provider):
        response = await sign_in(rathaus, provider)
        assert response.status_code == 401
        assert "Anmeldung fehlgeschlagen" in response.text
        assert "abgebrochen oder abgelehnt" in response.text
        assert "The user declined" not in response.text
        await assert_not_signed_in(rathaus)
    assert audit_events(db, "auth.login_failed") == [
        {"actor": "anonymous", "reason": "provider_error", "error": "access_denied", "idp": "oidc"}
    ]


BAD_TOKENS: list[tuple[str, dict[str, Any], str]] = [
    ("wrong nonce", {"claims": {"nonce": "eine-andere-nonce"}}, "id_token_nonce"),
    ("no nonce", {"claims": {"nonce": REMOVE}}, "id_token_nonce"),
    ("wrong audience", {"claims": {"aud": "anderer-client", "azp": REMOVE}}, "id_token_audience"),
    ("foreign azp", {"claims": {"aud": [CLIENT_ID, "x"], "azp": "x"}}, "id_token_audience"),
    ("wrong issuer", {"claims": {"iss": "https://idp.example/realms/x"}}, "id_token_issuer"),
    ("expired", {"claims": {"exp": -300, "iat": -900}}, "id_token_expired"),
    ("from the future", {"claims": {"iat": 3600}}, "id_token_time"),
    ("unknown key", {"signing": "unpublished"}, "id_token_unknown_key"),
    ("HS256 with the client secret", {"signing": "hs256"}, "id_token_algorithm"),
]


@pytest.mark.parametrize(
    ("tampering", "reason"), [(t, r) for _, t, r in BAD_TOKENS], ids=[n for n, _, _ in BAD_TOKENS]
)
async def test_a_bad_id_token_is_refused(
    tmp_path: Path,
    catalogue: ServiceCatalogue,
    db: Database,
    oidc_server: OidcServer,
    tampering: dict[str, Any],
    reason: str,
) -> None:
    now = int(time.time())
    claims = {
        name: now + value if name in {"exp", "iat"} else value
        for name, value in tampering.get("claims", {}).items()
    }
    app = build_app(tmp_path, catalogue, db, oidc_settings(oidc_server))
    oidc_server.next_login(
        "erika.musterfrau",
        ["rathaus-admin"],
        claims=claims,
        signing=tampering.get("signing", "current"),
    )
    async with browser(app) as (rathaus, provider):
        response = await sign_in(rathaus, provider)
        assert response.status_code == 401
        assert UNCONFIRMED in response.text
        await assert_not_signed_in(rathaus)
    assert audit_events(db, "auth.login_failed") == [
        {"actor": "anonymous", "reason": reason, "idp": "oidc"}
    ]
    # An unknown kid makes rathaus fetch the JWKS once more, and only once.
    assert oidc_server.requests["jwks"] == (2 if reason == "id_token_unknown_key" else 1)


async def test_key_rotation_at_the_provider(
    tmp_path: Path, catalogue: ServiceCatalogue, db: Database, oidc_server: OidcServer
) -> None:
    app = build_app(tmp_path, catalogue, db, oidc_settings(oidc_server))
    for rotate in (False, True, False):
        if rotate:
            oidc_server.rotate_key(keep_old=False)
        oidc_server.next_login("erika.musterfrau", ["rathaus-staff"])
        async with browser(app) as (rathaus, provider):
            handover_target(await sign_in(rathaus, provider))
            assert (await rathaus.get("/documents")).status_code == 200
    # Discovery once; the JWKS at first use and once more after the rotation.
    assert oidc_server.requests["discovery"] == 1
    assert oidc_server.requests["jwks"] == 2
    assert len(audit_events(db, "auth.login")) == 3


async def test_an_unreachable_provider_is_explained(
    tmp_path: Path, catalogue: ServiceCatalogue, db: Database
) -> None:
    server = OidcServer().start()
    issuer = server.issuer
    server.stop()
    oidc = OidcSettings(
        issuer=issuer,
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,  # type: ignore[arg-type]
        timeout_seconds=2,
    )
    async with browser(build_app(tmp_path, catalogue, db, oidc)) as (rathaus, _):
        response = await rathaus.get("/login/oidc")
        assert response.status_code == 502
        assert "Der Anmeldedienst ist gerade nicht erreichbar" in response.text
        assert "rathaus_oidc" not in response.headers.get("set-cookie", "")
        # Signing out still ends at the sign-in page, without an error.
        logout = await rathaus.get("/login/oidc/logout")
        assert logout.status_code == 303 and logout.headers["location"] == "/login"


async def test_a_discovery_document_of_another_issuer_is_refused(
    tmp_path: Path, catalogue: ServiceCatalogue, db: Database, oidc_server: OidcServer
) -> None:
    oidc_server.announced_issuer = "https://idp.example/realms/stadt"
    app = build_app(tmp_path, catalogue, db, oidc_settings(oidc_server))
    async with browser(app) as (rathaus, _):
        response = await rathaus.get("/login/oidc")
        assert response.status_code == 502
        assert "nicht erreichbar" in response.text
    assert oidc_server.requests["authorize"] == 0


async def test_tokens_and_claims_stay_out_of_logs_and_audit(
    tmp_path: Path,
    catalogue: ServiceCatalogue,
    db: Database,
    oidc_server: OidcServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    app = build_app(tmp_path, catalogue, db, oidc_settings(oidc_server))
    oidc_server.next_login("erika.musterfrau", ["rathaus-staff"])
    oidc_server.next_login("erika.musterfrau", ["rathaus-staff"], claims={"nonce": "x"})
    async with browser(app) as (rathaus, provider):
        handover_target(await sign_in(rathaus, provider))
        assert (await sign_in(rathaus, provider)).status_code == 401
    details = json.dumps([e.details for e in AuditLog(db).events()])
    assert len(oidc_server.issued_tokens) == 4  # two ID tokens, two access tokens
    for text in (details, caplog.text):
        for token in oidc_server.issued_tokens:
            for part in token.split("."):
                assert part not in text
        assert "Test Person" not in text and CLIENT_SECRET not in text


# ---- signing out (RP-Initiated Logout) -------------------------------------------------------


def csrf_of(page: httpx.Response) -> str:
    match = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert match, "no CSRF token on the page"
    return match.group(1)


async def sign_out(rathaus: httpx.AsyncClient) -> httpx.Response:
    """POST /logout from a signed-in page; returns the redirect."""
    page = await rathaus.get("/documents")
    assert page.status_code == 200, page.text
    response = await rathaus.post("/logout", data={"csrf": csrf_of(page)})
    assert response.status_code == 303, response.text
    return response


async def test_signing_out_ends_the_session_at_the_provider(
    tmp_path: Path, catalogue: ServiceCatalogue, db: Database, oidc_server: OidcServer
) -> None:
    app = build_app(tmp_path, catalogue, db, oidc_settings(oidc_server))
    oidc_server.next_login("erika.musterfrau", ["rathaus-staff"])
    async with browser(app) as (rathaus, provider):
        handover_target(await sign_in(rathaus, provider))
        assert oidc_server.session_count == 1

        signed_out = await sign_out(rathaus)
        assert signed_out.headers["location"] == "/login/oidc/logout"
        await assert_not_signed_in(rathaus)  # the rathaus session ends before the provider's

        # Nothing from the query reaches the redirect.
        to_provider = await rathaus.get(
            "/login/oidc/logout",
            params={"post_logout_redirect_uri": "https://elsewhere.example/", "next": "//x"},
        )
        assert to_provider.status_code == 303
        assert to_provider.headers["cache-control"] == "no-store"
        location = urlsplit(to_provider.headers["location"])
        assert f"{location.scheme}://{location.netloc}{location.path}" == (
            oidc_server.end_session_endpoint
        )
        assert parse_qsl(location.query) == [
            ("client_id", CLIENT_ID),
            ("post_logout_redirect_uri", "http://testserver/login"),
        ]

        back = await provider.get(to_provider.headers["location"])
        assert back.status_code == 302, back.text
        assert back.headers["location"] == POST_LOGOUT_REDIRECT_URI
        page = await rathaus.get(urlsplit(back.headers["location"]).path)
        assert page.status_code == 200 and BUTTON in page.text
        await assert_not_signed_in(rathaus)

        # The provider's session is gone: signing in again means signing in at the provider.
        again = await provider.get((await start(rathaus)).headers["location"])
        assert again.status_code == 400
    assert oidc_server.logouts == [Logout(CLIENT_ID, POST_LOGOUT_REDIRECT_URI, "erika.musterfrau")]
    assert oidc_server.session_count == 0
    assert oidc_server.refusals == [("authorize", "login_required")]
    assert audit_events(db, "auth.logout") == [{"actor": "erika.musterfrau"}]


async def test_without_an_end_session_endpoint_signing_out_ends_at_rathaus(
    tmp_path: Path,
    catalogue: ServiceCatalogue,
    db: Database,
    caplog: pytest.LogCaptureFixture,
) -> None:
    server = OidcServer(end_session=False).start()
    try:
        app = build_app(tmp_path, catalogue, db, oidc_settings(server))
        server.next_login("erika.musterfrau", ["rathaus-staff"])
        async with browser(app) as (rathaus, provider):
            handover_target(await sign_in(rathaus, provider))
            assert (await sign_out(rathaus)).headers["location"] == "/login/oidc/logout"
            with caplog.at_level(logging.WARNING, logger="rathaus.oidc"):
                response = await rathaus.get("/login/oidc/logout")
            assert response.status_code == 303
            assert response.headers["location"] == "/login"
            assert "no end-session endpoint" in caplog.text
            await assert_not_signed_in(rathaus)
            # The provider's session stays: the next sign-in needs no password there.
            handover_target(await sign_in(rathaus, provider))
            assert (await rathaus.get("/documents")).status_code == 200
        assert server.requests["logout"] == 0 and server.logouts == []
        assert server.refusals == []
    finally:
        server.stop()


async def test_a_local_account_signs_out_straight_to_the_login_page(
    tmp_path: Path, catalogue: ServiceCatalogue, db: Database, oidc_server: OidcServer
) -> None:
    app = build_app(tmp_path, catalogue, db, oidc_settings(oidc_server, allow_local=True))
    async with browser(app) as (rathaus, _):
        page = await rathaus.get("/login")
        response = await rathaus.post(
            "/login",
            data={"username": "notfall-admin", "password": PASSWORD, "csrf": csrf_of(page)},
        )
        assert response.status_code == 303
        assert (await sign_out(rathaus)).headers["location"] == "/login"
        await assert_not_signed_in(rathaus)
    assert oidc_server.requests["discovery"] == 0 and oidc_server.logouts == []
    assert audit_events(db, "auth.logout") == [{"actor": "notfall-admin"}]


async def test_the_end_session_endpoint_checks_the_client_and_the_return_address(
    oidc_server: OidcServer,
) -> None:
    """The test provider is strict about RP-initiated logout as well."""
    good = {"client_id": CLIENT_ID, "post_logout_redirect_uri": POST_LOGOUT_REDIRECT_URI}
    async with httpx.AsyncClient() as provider:
        for params in (
            {**good, "client_id": "anderer-client"},
            {"post_logout_redirect_uri": POST_LOGOUT_REDIRECT_URI},
            {**good, "post_logout_redirect_uri": "http://testserver/login/"},
            {**good, "post_logout_redirect_uri": "https://elsewhere.example/"},
        ):
            response = await provider.get(oidc_server.end_session_endpoint, params=params)
            assert response.status_code == 400 and "location" not in response.headers
        posted = await provider.post(oidc_server.end_session_endpoint, data={**good, "state": "s"})
        assert posted.status_code == 302
        assert posted.headers["location"] == f"{POST_LOGOUT_REDIRECT_URI}?state=s"
    assert oidc_server.logouts == [Logout(CLIENT_ID, POST_LOGOUT_REDIRECT_URI, None)]
    assert [error for _, error in oidc_server.refusals] == ["invalid_request"] * 4


@pytest.mark.parametrize(
    ("endpoint", "expected"),
    [
        ("https://idp.example/logout", "https://idp.example/logout"),
        ("https://idp.example/logout?p=1", "https://idp.example/logout?p=1"),
        ("http://idp.example/logout", None),
        ("https://idp.example/logout#x", None),
        ("/logout", None),
        (42, None),
        (None, None),
    ],
)
def test_only_a_secure_end_session_endpoint_is_used(endpoint: object, expected: str | None) -> None:
    document: dict[str, Any] = {
        "issuer": "https://idp.example",
        "authorization_endpoint": "https://idp.example/auth",
        "token_endpoint": "https://idp.example/token",
        "jwks_uri": "https://idp.example/certs",
    }
    if endpoint is not None:
        document["end_session_endpoint"] = endpoint
    # An unusable end-session endpoint costs the sign-out at the provider, not the sign-in.
    assert parse_metadata(document, "https://idp.example").end_session_endpoint == expected
    with pytest.raises(ProviderError):
        parse_metadata(
            {**document, "token_endpoint": "http://idp.example/token"}, "https://idp.example"
        )


async def test_the_end_session_url_keeps_the_endpoints_own_query() -> None:
    provider = OidcProvider(OidcSettings(issuer="https://idp.example", client_id="rathaus"))
    document = {
        "issuer": "https://idp.example",
        "authorization_endpoint": "https://idp.example/auth",
        "token_endpoint": "https://idp.example/token",
        "jwks_uri": "https://idp.example/certs",
        "end_session_endpoint": "https://idp.example/logout?tenant=stadt",
    }
    provider._metadata = parse_metadata(document, "https://idp.example")  # discovery, cached
    url = await provider.end_session_url("https://rathaus.stadt.example/login")
    assert url == (
        "https://idp.example/logout?tenant=stadt&client_id=rathaus"
        "&post_logout_redirect_uri=https%3A%2F%2Frathaus.stadt.example%2Flogin"
    )
