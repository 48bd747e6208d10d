"""A strict OpenID Connect provider for tests, shaped like a Keycloak realm.

No identity provider can be reached from test machines, so this server implements the part of
OpenID Connect Core, Discovery and OAuth 2.0 (RFC 6749, PKCE RFC 7636, RFC 9207) that rathaus
uses, and refuses everything that does not conform:

- discovery at ``{issuer}/.well-known/openid-configuration`` and the JWKS (RSA keys made with
  ``cryptography`` at start; ``rotate_key()`` switches to a new signing key);
- ``/auth`` (authorization endpoint): the client id must be registered and the redirect URI
  match a registered one exactly (otherwise 400 without redirect); ``response_type=code``,
  the ``openid`` scope, ``state``, ``nonce`` and a PKCE ``S256`` challenge are required
  (otherwise the error goes back to the client); repeated parameters are refused. Nobody types
  a password: the test chooses beforehand who signs in with ``next_login(...)``, or that the
  user declines (``error=access_denied``);
- ``/token`` (token endpoint): exactly one client authentication (``client_secret_basic``
  decoded as RFC 6749 §2.3.1 says, or ``client_secret_post``, each only if the server allows
  it), the code single-use, short-lived and bound to client, redirect URI and PKCE verifier;
  the answer has an RS256 ID token (``iss``, ``sub``, ``aud``, ``exp``, ``iat``, ``nonce``,
  ``azp``, ``at_hash``, ``preferred_username``, ``roles``) and an access token;
- tampering on request: any claim replaced or removed, the token signed with a key that the
  JWKS never publishes, or with HS256 keyed with the client secret;
- a single sign-on session like Keycloak's: a successful authorization sets a session cookie
  (in the browser at the provider), and a later authorization request without a planned
  sign-in signs the same user in again without asking;
- ``/logout`` (end-session endpoint, RP-Initiated Logout 1.0; announced in discovery unless
  ``end_session=False``): GET or POST, ``client_id`` registered and ``post_logout_redirect_uri``
  exactly one registered for it (otherwise 400 without redirect), repeated parameters refused;
  it ends the browser's session, records the logout in ``logouts`` and redirects to the
  post-logout URI (with ``state`` if given). Unlike Keycloak it asks for no confirmation.

Errors are the OAuth error JSON (``error``, ``error_description``). Start it with the
``oidc_server`` fixture (one server per test) or ``OidcServer().start()``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import secrets
import socket
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import parse_qsl, unquote_plus, urlencode, urlsplit

import pytest
import uvicorn
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route

CLIENT_ID = "rathaus"
CLIENT_SECRET = "geheim:%+/ ~Schlüssel"
REDIRECT_URI = "http://testserver/login/oidc/callback"
POST_LOGOUT_REDIRECT_URI = "http://testserver/login"
SESSION_COOKIE = "OIDC_TEST_SESSION"
CODE_SECONDS = 60
TOKEN_SECONDS = 300
# Marks a claim that next_login(claims=...) removes from the ID token.
REMOVE = object()
_VERIFIER = re.compile(r"^[A-Za-z0-9\-._~]{43,128}$")
_CHALLENGE = re.compile(r"^[A-Za-z0-9\-_]{43}$")


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _uint(value: int) -> str:
    return b64url(value.to_bytes((value.bit_length() + 7) // 8, "big"))


@dataclass
class SigningKey:
    kid: str
    private: rsa.RSAPrivateKey

    @classmethod
    def generate(cls) -> SigningKey:
        return cls(
            secrets.token_hex(8), rsa.generate_private_key(public_exponent=65537, key_size=2048)
        )

    def jwk(self) -> dict[str, str]:
        numbers = self.private.public_key().public_numbers()
        return {
            "kty": "RSA",
            "use": "sig",
            "alg": "RS256",
            "kid": self.kid,
            "n": _uint(numbers.n),
            "e": _uint(numbers.e),
        }


@dataclass
class PlannedLogin:
    """Who signs in at the next authorization request, and how the ID token is tampered."""

    username: str
    roles: list[str] | None
    claims: dict[str, Any]
    signing: Literal["current", "unpublished", "hs256"]
    deny: bool


@dataclass
class IssuedCode:
    client_id: str
    redirect_uri: str
    challenge: str
    nonce: str
    scope: str
    login: PlannedLogin
    expires_at: float
    used: bool = False


@dataclass(frozen=True)
class Logout:
    """One request to the end-session endpoint that was accepted."""

    client_id: str
    post_logout_redirect_uri: str
    # Who was signed in at the provider in that browser (None: no session).
    username: str | None


@dataclass
class OAuthFailure(Exception):
    error: str
    description: str
    status: int = 400
    headers: dict[str, str] = field(default_factory=dict)

    def response(self) -> JSONResponse:
        return JSONResponse(
            {"error": self.error, "error_description": self.description},
            status_code=self.status,
            headers={"Cache-Control": "no-store", **self.headers},
        )


class OidcServer:
    """The provider; thread-safe, uvicorn serves it from its own thread."""

    def __init__(
        self,
        *,
        client_id: str = CLIENT_ID,
        client_secret: str = CLIENT_SECRET,
        redirect_uris: tuple[str, ...] = (REDIRECT_URI,),
        post_logout_redirect_uris: tuple[str, ...] = (POST_LOGOUT_REDIRECT_URI,),
        auth_methods: tuple[str, ...] = ("client_secret_basic", "client_secret_post"),
        realm: str = "stadt",
        iss_parameter: bool = True,
        end_session: bool = True,
    ) -> None:
        self.client_id = client_id
        self.client_secret = client_secret
        self.redirect_uris = redirect_uris
        self.post_logout_redirect_uris = post_logout_redirect_uris
        # Whether discovery announces the end-session endpoint (it answers either way).
        self.end_session = end_session
        self.auth_methods = auth_methods
        self.realm = realm
        self.iss_parameter = iss_parameter
        self._lock = threading.RLock()
        self._keys = [SigningKey.generate()]
        self._unpublished = SigningKey.generate()
        self._planned: list[PlannedLogin] = []
        self._codes: dict[str, IssuedCode] = {}
        # Single sign-on sessions: session cookie value -> the sign-in that started it.
        self._sessions: dict[str, PlannedLogin] = {}
        self.logouts: list[Logout] = []
        self.requests: Counter[str] = Counter()
        # (endpoint, OAuth error) of every refused request, for assertions.
        self.refusals: list[tuple[str, str]] = []
        self.client_auth_used: list[str] = []
        # Every ID token and access token handed out, to prove they are never logged.
        self.issued_tokens: list[str] = []
        # The issuer the discovery document names (None: the real one).
        self.announced_issuer: str | None = None
        prefix = f"/realms/{realm}"
        self.app = Starlette(
            routes=[
                Route(f"{prefix}/.well-known/openid-configuration", self._discovery),
                Route(f"{prefix}/protocol/openid-connect/certs", self._jwks),
                Route(f"{prefix}/protocol/openid-connect/auth", self._authorize),
                Route(
                    f"{prefix}/protocol/openid-connect/token",
                    self._token,
                    methods=["GET", "POST", "PUT"],
                ),
                Route(
                    f"{prefix}/protocol/openid-connect/logout",
                    self._logout,
                    methods=["GET", "POST"],
                ),
            ]
        )
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.port = 0

    # ---- lifecycle ----------------------------------------------------------------------

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def issuer(self) -> str:
        return f"{self.origin}/realms/{self.realm}"

    def start(self) -> OidcServer:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(
            self.app, log_config=None, log_level=None, access_log=False, lifespan="off"
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("OIDC test server did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        self._server = None
        self._thread = None

    # ---- test helpers -------------------------------------------------------------------

    def next_login(
        self,
        username: str = "max.mustermann",
        roles: list[str] | None = None,
        *,
        claims: dict[str, Any] | None = None,
        signing: Literal["current", "unpublished", "hs256"] = "current",
        deny: bool = False,
    ) -> None:
        """Plan the next sign-in: who, with which roles (None: no roles claim), how tampered.

        ``claims`` replaces or adds ID token claims (``REMOVE`` drops one); ``signing``
        ``unpublished`` signs with a key the JWKS never shows, ``hs256`` with the client secret;
        ``deny`` answers the authorization request with ``error=access_denied``.
        """
        with self._lock:
            self._planned.append(PlannedLogin(username, roles, claims or {}, signing, deny))

    def rotate_key(self, *, keep_old: bool = True) -> str:
        """Sign with a new key from now on; the JWKS keeps the old one unless told otherwise."""
        with self._lock:
            key = SigningKey.generate()
            self._keys = [key, *self._keys] if keep_old else [key]
            return key.kid

    @property
    def current_kid(self) -> str:
        return self._keys[0].kid

    @property
    def end_session_endpoint(self) -> str:
        return f"{self.issuer}/protocol/openid-connect/logout"

    @property
    def session_count(self) -> int:
        """Open single sign-on sessions."""
        with self._lock:
            return len(self._sessions)

    # ---- endpoints ----------------------------------------------------------------------

    def _refuse(self, endpoint: str, failure: OAuthFailure) -> JSONResponse:
        with self._lock:
            self.refusals.append((endpoint, failure.error))
        return failure.response()

    async def _discovery(self, request: Request) -> Response:
        with self._lock:
            self.requests["discovery"] += 1
        base = f"{self.issuer}/protocol/openid-connect"
        end_session = {"end_session_endpoint": f"{base}/logout"} if self.end_session else {}
        return JSONResponse(
            {
                "issuer": self.announced_issuer or self.issuer,
                "authorization_endpoint": f"{base}/auth",
                "token_endpoint": f"{base}/token",
                "jwks_uri": f"{base}/certs",
                "response_types_supported": ["code"],
                "response_modes_supported": ["query"],
                "grant_types_supported": ["authorization_code"],
                "subject_types_supported": ["public"],
                "id_token_signing_alg_values_supported": ["RS256"],
                "token_endpoint_auth_methods_supported": list(self.auth_methods),
                "code_challenge_methods_supported": ["S256"],
                "scopes_supported": ["openid", "profile", "email"],
                "claims_supported": ["iss", "sub", "aud", "exp", "iat", "nonce", "roles"],
                "authorization_response_iss_parameter_supported": self.iss_parameter,
                **end_session,
            }
        )

    async def _jwks(self, request: Request) -> Response:
        with self._lock:
            self.requests["jwks"] += 1
            return JSONResponse({"keys": [key.jwk() for key in self._keys]})

    async def _authorize(self, request: Request) -> Response:
        with self._lock:
            self.requests["authorize"] += 1
        pairs = parse_qsl(request.url.query, keep_blank_values=True)
        names = [name for name, _ in pairs]
        params = dict(pairs)
        # Errors about the client or the redirect URI are never sent to the redirect URI.
        if len(names) != len(set(names)):
            return self._refuse("authorize", OAuthFailure("invalid_request", "Repeated parameter."))
        if params.get("client_id") != self.client_id:
            return self._refuse(
                "authorize", OAuthFailure("invalid_request", "Unknown or missing client_id.")
            )
        redirect_uri = params.get("redirect_uri", "")
        if redirect_uri not in self.redirect_uris:
            return self._refuse(
                "authorize", OAuthFailure("invalid_request", "Invalid redirect_uri.")
            )
        state = params.get("state")

        def back(**answer: str) -> Response:
            if state is not None:
                answer["state"] = state
            if self.iss_parameter:
                answer["iss"] = self.issuer
            separator = "&" if urlsplit(redirect_uri).query else "?"
            return RedirectResponse(f"{redirect_uri}{separator}{urlencode(answer)}", 302)

        def fail(error: str, description: str) -> Response:
            with self._lock:
                self.refusals.append(("authorize", error))
            return back(error=error, error_description=description)

        if params.get("response_type") != "code":
            return fail("unsupported_response_type", "Only response_type=code.")
        scope = params.get("scope", "")
        if "openid" not in scope.split(" "):
            return fail("invalid_scope", "The openid scope is required.")
        if not state:
            return fail("invalid_request", "state is required.")
        nonce = params.get("nonce")
        if not nonce:
            return fail("invalid_request", "nonce is required.")
        if params.get("code_challenge_method") != "S256":
            return fail("invalid_request", "PKCE with code_challenge_method=S256 is required.")
        challenge = params.get("code_challenge", "")
        if not _CHALLENGE.match(challenge):
            return fail("invalid_request", "Invalid code_challenge.")
        session_id = request.cookies.get(SESSION_COOKIE, "")
        with self._lock:
            if self._planned:
                login = self._planned.pop(0)
            elif session_id in self._sessions:
                # Single sign-on: the browser is still signed in at the provider.
                login = self._sessions[session_id]
            else:
                return self._refuse(
                    "authorize",
                    OAuthFailure("login_required", "No sign-in planned: call next_login() first."),
                )
        if login.deny:
            return fail("access_denied", "The user declined.")
        code = secrets.token_urlsafe(32)
        with self._lock:
            self._sessions.pop(session_id, None)
            session_id = secrets.token_urlsafe(32)
            self._sessions[session_id] = login
            self._codes[code] = IssuedCode(
                client_id=self.client_id,
                redirect_uri=redirect_uri,
                challenge=challenge,
                nonce=nonce,
                scope=scope,
                login=login,
                expires_at=time.time() + CODE_SECONDS,
            )
        response = back(code=code)
        response.set_cookie(
            SESSION_COOKIE, session_id, path=f"/realms/{self.realm}/", httponly=True
        )
        return response

    async def _logout(self, request: Request) -> Response:
        """RP-Initiated Logout 1.0; errors never go to the post-logout URI."""
        with self._lock:
            self.requests["logout"] += 1
        query = request.url.query
        if request.method == "POST":
            content_type = request.headers.get("content-type", "").split(";")[0].strip()
            if content_type != "application/x-www-form-urlencoded":
                return self._refuse(
                    "logout", OAuthFailure("invalid_request", "Form-encoded body required.")
                )
            query = (await request.body()).decode("utf-8")
        pairs = parse_qsl(query, keep_blank_values=True)
        names = [name for name, _ in pairs]
        params = dict(pairs)
        if len(names) != len(set(names)):
            return self._refuse("logout", OAuthFailure("invalid_request", "Repeated parameter."))
        if "id_token_hint" in params:
            return self._refuse(
                "logout", OAuthFailure("invalid_request", "This test server takes no hint.")
            )
        # Keycloak 18 and later: a post-logout URI needs client_id (or id_token_hint).
        if params.get("client_id") != self.client_id:
            return self._refuse(
                "logout", OAuthFailure("invalid_request", "Unknown or missing client_id.")
            )
        target = params.get("post_logout_redirect_uri", "")
        if target not in self.post_logout_redirect_uris:
            return self._refuse(
                "logout", OAuthFailure("invalid_request", "Invalid post_logout_redirect_uri.")
            )
        session_id = request.cookies.get(SESSION_COOKIE, "")
        with self._lock:
            ended = self._sessions.pop(session_id, None)
            self.logouts.append(
                Logout(self.client_id, target, ended.username if ended is not None else None)
            )
        state = params.get("state")
        if state is not None:
            separator = "&" if urlsplit(target).query else "?"
            target = f"{target}{separator}{urlencode({'state': state})}"
        response = RedirectResponse(target, 302)
        response.delete_cookie(SESSION_COOKIE, path=f"/realms/{self.realm}/", httponly=True)
        return response

    def _client(self, request: Request, form: dict[str, str]) -> str:
        """The authenticated client id, or OAuthFailure; records the method used."""
        header = request.headers.get("authorization")
        basic = header is not None and header.lower().startswith("basic ")
        posted = "client_secret" in form
        if basic and posted:
            raise OAuthFailure("invalid_request", "More than one client authentication method.")
        if header is not None and not basic:
            raise OAuthFailure("invalid_client", "Unsupported authorization scheme.", 401)
        if basic:
            challenge = {"WWW-Authenticate": 'Basic realm="oidc-test"'}
            if "client_secret_basic" not in self.auth_methods:
                raise OAuthFailure(
                    "invalid_client", "client_secret_basic not allowed.", 401, challenge
                )
            try:
                decoded = base64.b64decode(header[6:].strip(), validate=True).decode("ascii")
                raw_id, raw_secret = decoded.split(":", 1)
            except (ValueError, UnicodeDecodeError) as exc:
                raise OAuthFailure(
                    "invalid_client", "Malformed Basic credentials.", 401, challenge
                ) from exc
            # RFC 6749 §2.3.1: both parts are application/x-www-form-urlencoded.
            client_id, secret = unquote_plus(raw_id), unquote_plus(raw_secret)
            if "client_id" in form and form["client_id"] != client_id:
                raise OAuthFailure("invalid_request", "client_id differs from the credentials.")
            method = "client_secret_basic"
        elif posted:
            if "client_secret_post" not in self.auth_methods:
                raise OAuthFailure("invalid_client", "client_secret_post not allowed.", 401)
            client_id, secret = form.get("client_id", ""), form["client_secret"]
            method = "client_secret_post"
        else:
            raise OAuthFailure("invalid_client", "Client authentication required.", 401)
        if client_id != self.client_id or not hmac.compare_digest(
            secret.encode(), self.client_secret.encode()
        ):
            raise OAuthFailure(
                "invalid_client",
                "Invalid client credentials.",
                401,
                {"WWW-Authenticate": 'Basic realm="oidc-test"'} if basic else {},
            )
        with self._lock:
            self.client_auth_used.append(method)
        return client_id

    async def _token(self, request: Request) -> Response:
        with self._lock:
            self.requests["token"] += 1
        try:
            if request.method != "POST":
                raise OAuthFailure("invalid_request", "The token endpoint takes POST only.", 405)
            content_type = request.headers.get("content-type", "").split(";")[0].strip()
            if content_type != "application/x-www-form-urlencoded":
                raise OAuthFailure("invalid_request", "Form-encoded body required.")
            pairs = parse_qsl((await request.body()).decode("utf-8"), keep_blank_values=True)
            names = [name for name, _ in pairs]
            if len(names) != len(set(names)):
                raise OAuthFailure("invalid_request", "Repeated parameter.")
            form = dict(pairs)
            client_id = self._client(request, form)
            if form.get("grant_type") != "authorization_code":
                raise OAuthFailure("unsupported_grant_type", "Only authorization_code.")
            with self._lock:
                issued = self._codes.get(form.get("code", ""))
                if issued is None or issued.used or issued.client_id != client_id:
                    raise OAuthFailure("invalid_grant", "Unknown, used or foreign code.")
                issued.used = True  # single use, whatever comes next
            if time.time() > issued.expires_at:
                raise OAuthFailure("invalid_grant", "The code has expired.")
            if form.get("redirect_uri") != issued.redirect_uri:
                raise OAuthFailure("invalid_grant", "redirect_uri differs from the request.")
            verifier = form.get("code_verifier", "")
            if not _VERIFIER.match(verifier):
                raise OAuthFailure("invalid_request", "Missing or malformed code_verifier.")
            if b64url(hashlib.sha256(verifier.encode("ascii")).digest()) != issued.challenge:
                raise OAuthFailure("invalid_grant", "PKCE verification failed.")
        except OAuthFailure as failure:
            return self._refuse("token", failure)
        access_token = secrets.token_urlsafe(32)
        id_token = self._id_token(issued, access_token)
        with self._lock:
            self.issued_tokens += [id_token, access_token]
        return JSONResponse(
            {
                "access_token": access_token,
                "token_type": "Bearer",
                "expires_in": TOKEN_SECONDS,
                "scope": issued.scope,
                "id_token": id_token,
            },
            headers={"Cache-Control": "no-store", "Pragma": "no-cache"},
        )

    def _id_token(self, issued: IssuedCode, access_token: str) -> str:
        login, now = issued.login, int(time.time())
        claims: dict[str, Any] = {
            "iss": self.issuer,
            "sub": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{self.issuer}/{login.username}")),
            "aud": self.client_id,
            "azp": self.client_id,
            "exp": now + TOKEN_SECONDS,
            "iat": now,
            "auth_time": now,
            "nonce": issued.nonce,
            "at_hash": b64url(hashlib.sha256(access_token.encode()).digest()[:16]),
            "preferred_username": login.username,
            "name": "Test Person",
        }
        if login.roles is not None:
            claims["roles"] = login.roles
        for name, value in login.claims.items():
            if value is REMOVE:
                claims.pop(name, None)
            else:
                claims[name] = value
        with self._lock:
            key = self._keys[0] if login.signing == "current" else self._unpublished
        if login.signing == "hs256":
            header = {"alg": "HS256", "typ": "JWT"}
        else:
            header = {"alg": "RS256", "typ": "JWT", "kid": key.kid}
        signing_input = (
            b64url(json.dumps(header, separators=(",", ":")).encode())
            + "."
            + b64url(json.dumps(claims, separators=(",", ":")).encode())
        ).encode("ascii")
        if login.signing == "hs256":
            signature = hmac.new(
                self.client_secret.encode(), signing_input, hashlib.sha256
            ).digest()
        else:
            signature = key.private.sign(signing_input, padding.PKCS1v15(), hashes.SHA256())
        return signing_input.decode("ascii") + "." + b64url(signature)


@pytest.fixture(name="oidc_server")
def oidc_server_fixture() -> Iterator[OidcServer]:
    """Fixture ``oidc_server``: a fresh provider per test, stopped afterwards.

    Use it from a test module with ``from servers.oidc_server import oidc_server_fixture  #
    noqa: F401`` (or from a conftest).
    """
    server = OidcServer().start()
    try:
        yield server
    finally:
        server.stop()
