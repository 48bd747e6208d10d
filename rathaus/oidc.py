"""Sign-in through the city's identity provider with OpenID Connect (Keycloak, Entra ID).

The flow is the authorization code flow with PKCE (S256), ``state`` and ``nonce``:

1. ``GET /login/oidc?next=/pfad`` reads the provider's discovery document, creates state,
   nonce and PKCE verifier, keeps them in a short-lived signed *flow cookie* and redirects to
   the provider's authorization endpoint.
2. The provider sends the browser back to ``GET /login/oidc/callback?code=…&state=…``. The
   callback compares the state with the flow cookie, exchanges the code at the token endpoint
   with Authlib (``client_secret_post``, or ``client_secret_basic`` if the discovery document
   allows only that; plus the PKCE verifier), validates the ID token (signature against the
   provider's JWKS, ``iss``, ``aud``/``azp``, ``exp``/``iat``, ``nonce``, ``at_hash``), maps
   the role claim to a rathaus role and starts a fresh session with the keys
   ``rathaus.web_staff.current_user`` reads (``user``, ``since``, ``csrf``, ``idp``, ``role``).
3. Signing out (``POST /logout`` in ``rathaus.web_staff``) clears the session and, for a session
   from the provider, redirects to ``GET /login/oidc/logout``. That route sends the browser to
   the provider's ``end_session_endpoint`` (OpenID Connect RP-Initiated Logout 1.0) with
   ``client_id`` and ``post_logout_redirect_uri`` = ``https://HOST/login``, so the session at
   the provider ends too (Keycloak asks the user to confirm, Entra ID to pick the account).
   There is no ``id_token_hint``: rathaus does not keep the ID token, and Keycloak (18 and
   later) and Entra ID accept ``client_id`` instead. The post-logout URI must be registered at
   the provider. Without an end-session endpoint in the discovery document, or with the
   provider unreachable, the route goes to ``/login`` (and logs a warning). It needs neither a
   session nor a CSRF token: it only ever redirects to the provider's endpoint, which asks the
   user itself, or to ``/login``; of the request only its own address goes into the redirect.

The redirect URI is ``https://HOST/login/oidc/callback``, built from the request: behind a
reverse proxy, the proxy must pass the original ``Host`` and ``X-Forwarded-Proto`` (uvicorn
trusts the latter from 127.0.0.1, or from the addresses in ``FORWARDED_ALLOW_IPS``).

Why a separate flow cookie and a small hand-over page (SameSite): the session cookie is
SameSite=Strict. The redirect back from the provider is a cross-site top-level navigation, and
browsers do not send Strict cookies on it, so state kept in the session (as Authlib's Starlette
integration does) would fail the state check in every real browser. Hence:

- state, nonce, PKCE verifier, ``next`` and the redirect URI travel in their own cookie
  ``rathaus_oidc``: signed with the session key (under its own salt, so it is no session),
  HttpOnly, SameSite=Lax (browsers send Lax cookies on top-level cross-site GET navigations,
  which is exactly the callback), ``Path=/login/oidc/callback`` (sent nowhere else), Secure in
  production, valid for ten minutes and deleted by the callback, so it is used once;
- browsers do store the new Strict session cookie from the callback's response, but a redirect
  from there still belongs to the cross-site navigation and would arrive without it (the user
  would see the sign-in page again). The callback therefore answers with a tiny page that moves
  on with ``<meta http-equiv="refresh">`` (and a link): that navigation starts on rathaus' own
  page, is same-site and carries the session. No script is needed;
- a failed callback shows its error without touching the session, so a forged cross-site
  callback cannot sign anybody out.

Relaxing the session cookie to Lax was rejected: every other route keeps Strict's protection.

Discovery (``{issuer}/.well-known/openid-configuration``) and JWKS are fetched on first use
(never at import) and cached for the life of the process; an ID token signed with an unknown
``kid`` makes the JWKS be fetched once more (key rotation at the provider). Only asymmetric
algorithms the provider announces are accepted (never ``none`` nor HMAC keyed with the client
secret), and the provider's endpoints must use https (plain http only on the loopback address,
for tests). The discovery document must name the configured issuer.

The role comes from ``role_claim``: a claim name or a dotted path into nested objects
(Keycloak's ``realm_access.roles`` or ``resource_access.rathaus.roles``; a claim whose own name
contains dots, such as a URL, is looked up as a whole first), holding a string or a list of
strings (Entra ID app roles: ``roles``). Any of ``admin_roles`` makes an admin, else any of
``staff_roles`` staff; an account with neither is refused.

Tokens and claims are never logged or audited: the audit log gets ``auth.login`` with the
username (the configured ``username_claim``) as actor and the role, or ``auth.login_failed``
with a reason code.
"""

from __future__ import annotations

import asyncio
import base64
import hmac
import html
import logging
import re
import secrets
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlencode, urlsplit, urlunsplit

import httpx
from authlib.integrations.httpx_client import AsyncOAuth2Client, OAuthError
from authlib.oidc.core import CodeIDToken
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from itsdangerous import BadData, URLSafeTimedSerializer
from joserfc import jwt
from joserfc.errors import (
    BadSignatureError,
    ClaimError,
    ExpiredTokenError,
    InvalidKeyIdError,
    JoseError,
    UnsupportedAlgorithmError,
)
from joserfc.jwk import Key, KeySet, import_key
from joserfc.jws import JWSRegistry
from starlette.concurrency import run_in_threadpool

from core.audit import AuditLog
from core.settings import OidcSettings
from rathaus.auth import LoginThrottle, Role, new_csrf_token
from rathaus.web_staff import TEMPLATES, safe_next

logger = logging.getLogger(__name__)

CALLBACK_PATH = "/login/oidc/callback"
LOGOUT_PATH = "/login/oidc/logout"
FLOW_COOKIE = "rathaus_oidc"
FLOW_SECONDS = 600
AUDITED_FAILURES = 20
AUDIT_WINDOW_SECONDS = 900.0
# Allowed clock difference between rathaus and the provider for exp, iat and nbf.
LEEWAY_SECONDS = 60
# Asymmetric signature algorithms only: HS256 keyed with the client secret or "none" never.
SIGNING_ALGORITHMS = ("RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384")
LOOPBACK_HOSTS = {"127.0.0.1", "::1", "localhost"}
MAX_DOCUMENT_BYTES = 512 * 1024
MAX_USERNAME = 256
_ERROR_CODE = re.compile(r"^[a-z_]{1,64}$")

_DENIED = "Ihr Konto hat keine Berechtigung für rathaus."
_EXPIRED = "Die Anmeldung ist abgelaufen oder ungültig. Bitte melden Sie sich erneut an."
_CANCELLED = (
    "Die Anmeldung mit dem Dienstkonto wurde abgebrochen oder abgelehnt. "
    "Bitte melden Sie sich erneut an."
)
_UNCONFIRMED = (
    "Die Anmeldung konnte nicht bestätigt werden. Bitte melden Sie sich erneut an und wenden "
    "Sie sich an die IT, wenn der Fehler bleibt."
)
_UNREACHABLE = (
    "Der Anmeldedienst ist gerade nicht erreichbar. Bitte versuchen Sie es später erneut."
)


class ProviderError(Exception):
    """The identity provider was unreachable or answered something unusable."""


class SignInRefused(Exception):
    """The callback refuses the sign-in; ``reason`` is the audit code, never token content."""

    def __init__(self, reason: str, status: int, message: str, actor: str = "anonymous") -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status
        self.message = message
        self.actor = actor


@dataclass(frozen=True)
class ProviderMetadata:
    """The parts of the discovery document rathaus uses."""

    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    jwks_uri: str
    token_auth_method: str
    algorithms: tuple[str, ...]
    # RP-Initiated Logout; None when the provider announces none (or an unusable one).
    end_session_endpoint: str | None = None


def _require_secure_url(url: object, name: str) -> str:
    """An absolute https URL (http only on the loopback address, for tests)."""
    if not isinstance(url, str) or not url:
        raise ProviderError(f"{name} is missing")
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return url
    if parts.scheme == "http" and parts.hostname in LOOPBACK_HOSTS:
        return url
    raise ProviderError(f"{name} must be an https URL")


def _end_session_endpoint(url: object) -> str | None:
    """The end-session endpoint if usable: secure like the others and without a fragment.

    An unusable one only costs the sign-out at the provider, so it does not stop sign-in.
    """
    if url is None:
        return None
    try:
        checked = _require_secure_url(url, "end_session_endpoint")
    except ProviderError as exc:
        logger.warning("Ignoring the provider's end-session endpoint: %s", exc)
        return None
    if urlsplit(checked).fragment:
        logger.warning("Ignoring the provider's end-session endpoint: it has a fragment")
        return None
    return checked


def parse_metadata(document: dict[str, Any], issuer: str) -> ProviderMetadata:
    """Check the discovery document against the configured issuer and pick what rathaus needs."""
    announced = document.get("issuer")
    if not isinstance(announced, str) or announced.rstrip("/") != issuer.rstrip("/"):
        raise ProviderError("the discovery document names another issuer")
    response_types = document.get("response_types_supported")
    if isinstance(response_types, list) and "code" not in response_types:
        raise ProviderError("the provider does not offer the authorization code flow")
    methods = document.get("token_endpoint_auth_methods_supported")
    if methods is None:
        # OpenID Connect Discovery: absent means client_secret_basic.
        methods = ["client_secret_basic"]
    if not isinstance(methods, list):
        raise ProviderError("token_endpoint_auth_methods_supported is not a list")
    # The body's form encoding is unambiguous everywhere; Basic credentials must be form-encoded
    # too (RFC 6749 §2.3.1), which not every provider decodes.
    auth_method = next(
        (m for m in ("client_secret_post", "client_secret_basic") if m in methods), None
    )
    if auth_method is None:
        raise ProviderError("the provider offers neither client_secret_basic nor _post")
    announced_algorithms = document.get("id_token_signing_alg_values_supported") or ["RS256"]
    if not isinstance(announced_algorithms, list):
        raise ProviderError("id_token_signing_alg_values_supported is not a list")
    algorithms = tuple(a for a in SIGNING_ALGORITHMS if a in announced_algorithms)
    if not algorithms:
        raise ProviderError("the provider signs ID tokens with no algorithm rathaus accepts")
    return ProviderMetadata(
        issuer=announced,
        authorization_endpoint=_require_secure_url(
            document.get("authorization_endpoint"), "authorization_endpoint"
        ),
        token_endpoint=_require_secure_url(document.get("token_endpoint"), "token_endpoint"),
        jwks_uri=_require_secure_url(document.get("jwks_uri"), "jwks_uri"),
        token_auth_method=auth_method,
        algorithms=algorithms,
        end_session_endpoint=_end_session_endpoint(document.get("end_session_endpoint")),
    )


def _signing_keys(document: dict[str, Any]) -> KeySet:
    """The provider's public signature keys; encryption and symmetric keys are left out."""
    entries = document.get("keys")
    if not isinstance(entries, list):
        raise ProviderError("the JWKS has no key list")
    keys: list[Key] = []
    for entry in entries:
        if not isinstance(entry, dict) or entry.get("use", "sig") != "sig":
            continue
        if entry.get("kty") not in {"RSA", "EC"}:
            continue
        try:
            key = import_key(entry)
        except (JoseError, ValueError, TypeError, KeyError):
            logger.warning("Skipping a key of the provider's JWKS that cannot be read")
            continue
        if key.is_private:
            raise ProviderError("the JWKS publishes a private key")
        keys.append(key)
    if not keys:
        raise ProviderError("the JWKS has no usable signature key")
    return KeySet(keys)


def _client_secret_basic(
    client: Any, method: str, uri: str, headers: dict[str, str], body: str
) -> tuple[str, dict[str, str], str]:
    """HTTP Basic client authentication as RFC 6749 §2.3.1 says: both parts form-encoded.

    Authlib's own encoder skips the encoding, which breaks secrets with ``%``, ``+`` or ``:``.
    """
    pair = f"{quote(client.client_id, safe='')}:{quote(client.client_secret or '', safe='')}"
    headers["Authorization"] = "Basic " + base64.b64encode(pair.encode()).decode("ascii")
    return uri, headers, body


def claim_values(claims: dict[str, Any], path: str) -> list[str]:
    """The string values of a claim, by name or dotted path; nothing for other shapes."""
    value: Any
    if path in claims:
        value = claims[path]
    else:
        value = claims
        for part in path.split("."):
            if not isinstance(value, dict) or part not in value:
                return []
            value = value[part]
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


def role_for(values: list[str], settings: OidcSettings) -> Role | None:
    """Admin if any admin role is present, else staff if any staff role, else None."""
    present = set(values)
    if present & set(settings.admin_roles):
        return Role.ADMIN
    if present & set(settings.staff_roles):
        return Role.STAFF
    return None


def _username(claims: dict[str, Any], claim: str) -> str | None:
    value = claims.get(claim)
    if not isinstance(value, str):
        return None
    value = value.strip()
    if not value or len(value) > MAX_USERNAME or any(ord(c) < 32 or ord(c) == 127 for c in value):
        return None
    return value


class OidcProvider:
    """Discovery, JWKS, code exchange and ID token validation for one issuer.

    Discovery and keys are fetched on first use and cached; nothing happens at construction.
    """

    def __init__(self, settings: OidcSettings) -> None:
        self.settings = settings
        self._metadata: ProviderMetadata | None = None
        self._keys: KeySet | None = None
        self._keys_version = 0
        self._lock = asyncio.Lock()

    @property
    def scope(self) -> str:
        scopes = self.settings.scopes.split()
        return " ".join(scopes if "openid" in scopes else ["openid", *scopes])

    async def _get_json(self, url: str) -> dict[str, Any]:
        try:
            async with httpx.AsyncClient(
                timeout=self.settings.timeout_seconds, follow_redirects=False
            ) as client:
                response = await client.get(url, headers={"Accept": "application/json"})
        except httpx.HTTPError as exc:
            raise ProviderError(f"request failed ({type(exc).__name__})") from exc
        if response.status_code != 200:
            raise ProviderError(f"HTTP {response.status_code}")
        if len(response.content) > MAX_DOCUMENT_BYTES:
            raise ProviderError("document too large")
        try:
            document = response.json()
        except ValueError as exc:
            raise ProviderError("no JSON") from exc
        if not isinstance(document, dict):
            raise ProviderError("no JSON object")
        return document

    async def metadata(self) -> ProviderMetadata:
        if self._metadata is None:
            async with self._lock:
                if self._metadata is None:
                    url = self.settings.issuer.rstrip("/") + "/.well-known/openid-configuration"
                    _require_secure_url(url, "issuer")
                    document = await self._get_json(url)
                    self._metadata = parse_metadata(document, self.settings.issuer)
        return self._metadata

    async def _key_set(self, metadata: ProviderMetadata, stale: int | None) -> tuple[KeySet, int]:
        """The cached keys, fetched first or again when version ``stale`` lacked a key."""
        async with self._lock:
            if self._keys is None or (stale is not None and stale == self._keys_version):
                self._keys = _signing_keys(await self._get_json(metadata.jwks_uri))
                self._keys_version += 1
            return self._keys, self._keys_version

    def _client(self, metadata: ProviderMetadata, redirect_uri: str) -> Any:
        client = AsyncOAuth2Client(
            client_id=self.settings.client_id,
            client_secret=self.settings.client_secret.get_secret_value(),
            token_endpoint_auth_method=metadata.token_auth_method,
            scope=self.scope,
            redirect_uri=redirect_uri,
            code_challenge_method="S256",
            timeout=self.settings.timeout_seconds,
            follow_redirects=False,
        )
        client.register_client_auth_method(("client_secret_basic", _client_secret_basic))
        return client

    async def authorization_url(
        self, redirect_uri: str, *, state: str, nonce: str, code_verifier: str
    ) -> str:
        metadata = await self.metadata()
        client = self._client(metadata, redirect_uri)
        try:
            url, _ = client.create_authorization_url(
                metadata.authorization_endpoint,
                state=state,
                code_verifier=code_verifier,
                nonce=nonce,
            )
        finally:
            await client.aclose()
        return str(url)

    async def end_session_url(self, post_logout_redirect_uri: str) -> str | None:
        """Where the browser ends its session at the provider; None if it offers no such thing.

        Raises ProviderError when the discovery document cannot be read.
        """
        endpoint = (await self.metadata()).end_session_endpoint
        if endpoint is None:
            return None
        parts = urlsplit(endpoint)
        query = urlencode(
            {
                "client_id": self.settings.client_id,
                "post_logout_redirect_uri": post_logout_redirect_uri,
            }
        )
        return urlunsplit(parts._replace(query=f"{parts.query}&{query}" if parts.query else query))

    async def exchange(self, code: str, redirect_uri: str, code_verifier: str) -> dict[str, Any]:
        """The token response for an authorization code (raises SignInRefused)."""
        metadata = await self.metadata()
        client = self._client(metadata, redirect_uri)
        try:
            token = await client.fetch_token(
                metadata.token_endpoint,
                grant_type="authorization_code",
                code=code,
                redirect_uri=redirect_uri,
                code_verifier=code_verifier,
            )
        except OAuthError as exc:
            error = exc.error if isinstance(exc.error, str) else "unknown"
            logger.warning("The token endpoint refused the code: %s", error)
            raise SignInRefused("token_refused", 401, _UNCONFIRMED) from exc
        except Exception as exc:
            logger.warning("The token request failed: %s", type(exc).__name__)
            raise SignInRefused("provider_unreachable", 502, _UNREACHABLE) from exc
        finally:
            await client.aclose()
        if not isinstance(token, dict) or not isinstance(token.get("id_token"), str):
            raise SignInRefused("id_token_missing", 401, _UNCONFIRMED)
        return dict(token)

    async def verify_id_token(
        self, id_token: str, *, nonce: str, access_token: str | None
    ) -> dict[str, Any]:
        """The ID token's validated claims (raises SignInRefused with a reason code)."""
        metadata = await self.metadata()
        registry = JWSRegistry(algorithms=list(metadata.algorithms), strict_check_header=False)
        try:
            keys, version = await self._key_set(metadata, None)
            try:
                decoded = jwt.decode(id_token, keys, registry=registry)
            except InvalidKeyIdError:
                # The provider may have rotated its keys since they were cached.
                logger.info("ID token signed with an unknown key: fetching the JWKS again")
                keys, _ = await self._key_set(metadata, version)
                decoded = jwt.decode(id_token, keys, registry=registry)
        except ProviderError as exc:
            logger.warning("The provider's keys could not be read: %s", exc)
            raise SignInRefused("provider_unreachable", 502, _UNREACHABLE) from exc
        except InvalidKeyIdError as exc:
            raise SignInRefused("id_token_unknown_key", 401, _UNCONFIRMED) from exc
        except BadSignatureError as exc:
            raise SignInRefused("id_token_signature", 401, _UNCONFIRMED) from exc
        except UnsupportedAlgorithmError as exc:
            raise SignInRefused("id_token_algorithm", 401, _UNCONFIRMED) from exc
        except (JoseError, ValueError, TypeError, KeyError) as exc:
            raise SignInRefused("id_token_malformed", 401, _UNCONFIRMED) from exc
        options = {
            "iss": {"essential": True, "value": metadata.issuer},
            "aud": {"essential": True, "value": self.settings.client_id},
            "exp": {"essential": True},
            "iat": {"essential": True},
            "sub": {"essential": True},
            "nonce": {"essential": True, "value": nonce},
        }
        params = {"nonce": nonce, "client_id": self.settings.client_id}
        if access_token:
            params["access_token"] = access_token
        claims = CodeIDToken(decoded.claims, decoded.header, options, params)
        try:
            claims.validate(now=int(time.time()), leeway=LEEWAY_SECONDS)
        except ExpiredTokenError as exc:
            raise SignInRefused("id_token_expired", 401, _UNCONFIRMED) from exc
        except ClaimError as exc:
            name = exc.claim.split(",")[0]
            reason = {
                "iss": "id_token_issuer",
                "aud": "id_token_audience",
                "azp": "id_token_audience",
                "nonce": "id_token_nonce",
                "iat": "id_token_time",
                "nbf": "id_token_time",
            }.get(name, "id_token_claims")
            raise SignInRefused(reason, 401, _UNCONFIRMED) from exc
        return dict(decoded.claims)


def _error_page(request: Request, status: int, title: str, message: str) -> HTMLResponse:
    """An error page that leaves the session alone (see the module docstring)."""
    return TEMPLATES.TemplateResponse(
        request,
        "error.html",
        {"user": None, "csrf": "", "title": title, "message": message},
        status_code=status,
        headers={"Cache-Control": "no-store"},
    )


def _handover_page(target: str) -> HTMLResponse:
    """A same-site navigation to ``target``, so the Strict session cookie goes along."""
    # Percent-encoded as well: browsers drop tabs and newlines from URLs, which could turn a
    # local path into another site's address.
    url = html.escape(quote(target, safe="/?&=#%:@!$'()*+,;~-._"), quote=True)
    body = (
        '<!doctype html>\n<html lang="de">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="refresh" content="0;url={url}">\n'
        "<title>Angemeldet – rathaus</title>\n</head>\n<body>\n"
        f'<p>Sie sind angemeldet. <a href="{url}">Weiter zu rathaus</a></p>\n'
        "</body>\n</html>\n"
    )
    return HTMLResponse(
        body, headers={"Cache-Control": "no-store", "Referrer-Policy": "no-referrer"}
    )


def oidc_router(
    settings: OidcSettings,
    audit: AuditLog,
    session_seconds: float,
    *,
    cookie_key: bytes | None = None,
    https_only: bool = False,
) -> APIRouter:
    """``GET /login/oidc``, ``GET /login/oidc/callback`` and ``GET /login/oidc/logout``.

    ``cookie_key`` signs the flow cookie (the app passes its session key; a random key works
    for a single process only). The session lasts ``session_seconds`` from sign-in, enforced by
    ``current_user``; a flow cookie never outlives it.
    """
    provider = OidcProvider(settings)
    serializer = URLSafeTimedSerializer(
        cookie_key or secrets.token_bytes(32), salt="rathaus.oidc.flow"
    )
    flow_seconds = int(max(1.0, min(FLOW_SECONDS, session_seconds)))
    router = APIRouter()

    # Forged callbacks cost an attacker nothing: audit at most this many failures per client
    # address and window, so the permanent log cannot be flooded (the log file still counts).
    audit_budget = LoginThrottle(AUDITED_FAILURES, AUDIT_WINDOW_SECONDS)

    async def failed(
        request: Request, refused: SignInRefused, details: dict[str, str] | None = None
    ) -> Response:
        logger.warning("OIDC sign-in refused: %s", refused.reason)
        address = request.client.host if request.client else "unknown"
        if not audit_budget.blocked(address, f"oidc@{address}"):
            audit_budget.failed(address, f"oidc@{address}")
            await run_in_threadpool(
                audit.append,
                "auth.login_failed",
                actor=refused.actor,
                details={"reason": refused.reason, "idp": "oidc", **(details or {})},
            )
        title = "Kein Zugriff" if refused.status == 403 else "Anmeldung fehlgeschlagen"
        response = _error_page(request, refused.status, title, refused.message)
        response.delete_cookie(
            FLOW_COOKIE, path=CALLBACK_PATH, secure=https_only, httponly=True, samesite="lax"
        )
        return response

    @router.get("/login/oidc", name="oidc_login")
    async def oidc_login(request: Request, next: str | None = None) -> Response:
        target = safe_next(next if next is None or len(next) <= 512 else None)
        redirect_uri = str(request.url_for("oidc_callback"))
        state, nonce = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        code_verifier = secrets.token_urlsafe(64)
        try:
            url = await provider.authorization_url(
                redirect_uri, state=state, nonce=nonce, code_verifier=code_verifier
            )
        except ProviderError as exc:
            logger.warning("The identity provider cannot be used: %s", exc)
            return _error_page(request, 502, "Anmeldung nicht möglich", _UNREACHABLE)
        response = RedirectResponse(url, status_code=303, headers={"Cache-Control": "no-store"})
        flow = {"s": state, "n": nonce, "v": code_verifier, "t": target, "r": redirect_uri}
        response.set_cookie(
            FLOW_COOKIE,
            serializer.dumps(flow),
            max_age=flow_seconds,
            path=CALLBACK_PATH,
            secure=https_only,
            httponly=True,
            samesite="lax",
        )
        return response

    @router.get(CALLBACK_PATH, name="oidc_callback")
    async def oidc_callback(request: Request) -> Response:
        params = request.query_params
        if any(len(params.getlist(k)) > 1 for k in params):
            return await failed(request, SignInRefused("bad_request", 400, _EXPIRED))
        try:
            flow = serializer.loads(request.cookies.get(FLOW_COOKIE, ""), max_age=flow_seconds)
        except BadData:
            flow = None
        if not isinstance(flow, dict) or not all(
            isinstance(flow.get(k), str) for k in ("s", "n", "v", "t", "r")
        ):
            return await failed(request, SignInRefused("flow_missing", 400, _EXPIRED))
        state = params.get("state") or ""
        if not hmac.compare_digest(state.encode(), str(flow["s"]).encode()):
            return await failed(request, SignInRefused("state_mismatch", 400, _EXPIRED))
        try:
            metadata = await provider.metadata()
        except ProviderError as exc:
            logger.warning("The identity provider cannot be used: %s", exc)
            return await failed(request, SignInRefused("provider_unreachable", 502, _UNREACHABLE))
        issuer = params.get("iss")
        if issuer is not None and issuer != metadata.issuer:
            # RFC 9207: the answer comes from another provider (mix-up attack).
            return await failed(request, SignInRefused("issuer_mismatch", 400, _EXPIRED))
        error = params.get("error")
        if error is not None:
            error_code = error if _ERROR_CODE.match(error) else "invalid"
            return await failed(
                request,
                SignInRefused("provider_error", 401, _CANCELLED),
                details={"error": error_code},
            )
        code = params.get("code")
        if not code:
            return await failed(request, SignInRefused("code_missing", 400, _EXPIRED))
        try:
            token = await provider.exchange(code, flow["r"], flow["v"])
            access_token = token.get("access_token")
            claims = await provider.verify_id_token(
                token["id_token"],
                nonce=flow["n"],
                access_token=access_token if isinstance(access_token, str) else None,
            )
            username = _username(claims, settings.username_claim)
            if username is None:
                raise SignInRefused("username_missing", 401, _UNCONFIRMED)
            role = role_for(claim_values(claims, settings.role_claim), settings)
            if role is None:
                raise SignInRefused("no_role", 403, _DENIED, actor=username)
        except SignInRefused as refused:
            return await failed(request, refused)
        # A fresh session (and CSRF token) at sign-in: no fixation of an earlier session.
        request.session.clear()
        request.session.update(
            user=username, since=time.time(), csrf=new_csrf_token(), idp="oidc", role=role.value
        )
        await run_in_threadpool(
            audit.append,
            "auth.login",
            actor=username,
            details={"role": role.value, "idp": "oidc"},
        )
        response = _handover_page(safe_next(flow["t"]))
        response.delete_cookie(
            FLOW_COOKIE, path=CALLBACK_PATH, secure=https_only, httponly=True, samesite="lax"
        )
        return response

    @router.get(LOGOUT_PATH, name="oidc_logout")
    async def oidc_logout(request: Request) -> Response:
        # Only the provider's own endpoint or the sign-in page: nothing of the query is used.
        login_url = str(request.url_for("login_page"))
        try:
            url = await provider.end_session_url(login_url)
        except ProviderError as exc:
            logger.warning("Cannot sign out at the identity provider: %s", exc)
            url = None
        else:
            if url is None:
                logger.warning(
                    "The identity provider announces no end-session endpoint: "
                    "its session stays open"
                )
        return RedirectResponse(
            url or "/login", status_code=303, headers={"Cache-Control": "no-store"}
        )

    return router
