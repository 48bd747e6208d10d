"""Account and API-token administration in the browser (admins only), under ``/admin/users``.

Admins add local accounts, change roles, reset passwords and remove accounts; nobody removes or
demotes their own account, and the last admin account is never removed or demoted (checked
inside the database transaction, ``UserStore``). Admins issue API tokens for scripts
(``rathaus.tokens``): the secret is shown once, on the page after issuing, and is kept in the
session only until that page is shown. Every form carries the session's CSRF token; every change
is written to the audit log with the admin as actor and names the account and role — never a
password or a token secret. Invalid input is answered by the page itself with a German message.
"""

from __future__ import annotations

import logging
from typing import Annotated, Any

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from core.audit import AuditLog
from core.errors import ConfigurationError
from core.storage import utcnow
from rathaus.auth import Role, User, UserStore, csrf_matches
from rathaus.tokens import MAX_DAYS, ApiTokenInfo, ApiTokenStore
from rathaus.web_staff import Admin, render

logger = logging.getLogger(__name__)

BASE = "/admin/users"
ROLE_LABELS = {Role.STAFF.value: "Sachbearbeitung", Role.ADMIN.value: "Administration"}
DEFAULT_TOKEN_DAYS = 90


def _role(value: str) -> Role | None:
    return Role(value) if value in {r.value for r in Role} else None


def _token_state(token: ApiTokenInfo) -> str:
    if token.revoked_at is not None:
        return "widerrufen"
    if not token.active(utcnow()):
        return "abgelaufen"
    return "aktiv"


def admin_router(*, users: UserStore, tokens: ApiTokenStore, audit: AuditLog) -> APIRouter:
    router = APIRouter()

    def check_csrf(request: Request, csrf: str | None) -> None:
        if not csrf_matches(request.session.get("csrf"), csrf):
            raise HTTPException(403, "Das Formular ist abgelaufen. Bitte laden Sie die Seite neu.")

    def page(
        request: Request,
        user: User,
        *,
        status_code: int = 200,
        error: str | None = None,
        flash: str | None = None,
        new_token: dict[str, Any] | None = None,
        account_form: dict[str, str] | None = None,
        token_form: dict[str, str] | None = None,
    ) -> HTMLResponse:
        accounts = users.list()
        logins = users.last_logins()
        response = render(
            request,
            "users.html",
            user,
            accounts=[(account, logins.get(account.username)) for account in accounts],
            tokens=[(token, _token_state(token)) for token in tokens.list()],
            roles=ROLE_LABELS,
            error=error,
            flash=flash,
            new_token=new_token,
            account_form=account_form or {"username": "", "role": Role.STAFF.value},
            token_form=token_form
            or {
                "name": "",
                "username": "",
                "role": Role.STAFF.value,
                "days": str(DEFAULT_TOKEN_DAYS),
            },
            max_days=MAX_DAYS,
        )
        response.status_code = status_code
        # The page may carry a token secret: never into a cache or the browser history's store.
        response.headers["Cache-Control"] = "no-store"
        return response

    def done(request: Request, message: str) -> Response:
        request.session["flash"] = message
        return RedirectResponse(BASE, status_code=303)

    def existing(username: str) -> User:
        account = users.get(username)
        if account is None:
            raise HTTPException(404, "Dieses Konto gibt es nicht (mehr).")
        return account

    @router.get(BASE, response_class=HTMLResponse)
    def users_page(request: Request, user: Admin) -> HTMLResponse:
        return page(request, user, flash=request.session.pop("flash", None))

    @router.post(BASE)
    def add_account(
        request: Request,
        user: Admin,
        csrf: Annotated[str | None, Form()] = None,
        username: Annotated[str, Form()] = "",
        role: Annotated[str, Form()] = "",
        password: Annotated[str, Form()] = "",
    ) -> Response:
        check_csrf(request, csrf)
        name = username.strip().lower()[:200]
        form = {"username": name, "role": role if _role(role) else Role.STAFF.value}
        chosen = _role(role)
        if chosen is None:
            return page(
                request,
                user,
                status_code=422,
                error="Bitte wählen Sie eine Rolle.",
                account_form=form,
            )
        try:
            users.add(name, password, chosen, replace=False)
        except ConfigurationError as exc:
            return page(request, user, status_code=422, error=str(exc), account_form=form)
        audit.append(
            "users.added", actor=user.username, details={"username": name, "role": chosen.value}
        )
        logger.info("account %s (%s) added by %s", name, chosen.value, user.username)
        return done(request, f"Konto {name} ({ROLE_LABELS[chosen.value]}) angelegt.")

    @router.post(BASE + "/{username}/role")
    def change_role(
        request: Request,
        user: Admin,
        username: str,
        csrf: Annotated[str | None, Form()] = None,
        role: Annotated[str, Form()] = "",
    ) -> Response:
        check_csrf(request, csrf)
        account = existing(username)
        chosen = _role(role)
        if chosen is None:
            return page(request, user, status_code=422, error="Bitte wählen Sie eine Rolle.")
        if chosen is account.role:
            return done(request, f"Die Rolle von {username} ist unverändert.")
        if username == user.username and chosen is not Role.ADMIN:
            return page(
                request,
                user,
                status_code=409,
                error="Sie können Ihr eigenes Konto nicht herabstufen.",
            )
        try:
            users.set_role(username, chosen)
        except ConfigurationError as exc:
            return page(request, user, status_code=409, error=str(exc))
        audit.append(
            "users.role_changed",
            actor=user.username,
            details={
                "username": username,
                "role": chosen.value,
                "previous_role": account.role.value,
            },
        )
        logger.info("role of %s set to %s by %s", username, chosen.value, user.username)
        return done(request, f"{username} hat jetzt die Rolle {ROLE_LABELS[chosen.value]}.")

    @router.post(BASE + "/{username}/password")
    def reset_password(
        request: Request,
        user: Admin,
        username: str,
        csrf: Annotated[str | None, Form()] = None,
        password: Annotated[str, Form()] = "",
    ) -> Response:
        check_csrf(request, csrf)
        account = existing(username)
        try:
            users.set_password(username, password)
        except ConfigurationError as exc:
            return page(request, user, status_code=422, error=f"Passwort für {username}: {exc}")
        audit.append(
            "users.password_reset",
            actor=user.username,
            details={"username": username, "role": account.role.value},
        )
        logger.info("password of %s reset by %s", username, user.username)
        return done(request, f"Neues Passwort für {username} gespeichert.")

    @router.post(BASE + "/{username}/remove")
    def remove_account(
        request: Request,
        user: Admin,
        username: str,
        csrf: Annotated[str | None, Form()] = None,
    ) -> Response:
        check_csrf(request, csrf)
        account = existing(username)
        if username == user.username:
            return page(
                request, user, status_code=409, error="Sie können Ihr eigenes Konto nicht löschen."
            )
        try:
            removed = users.remove(username, keep_an_admin=True)
        except ConfigurationError as exc:
            return page(request, user, status_code=409, error=str(exc))
        if not removed:
            raise HTTPException(404, "Dieses Konto gibt es nicht (mehr).")
        revoked = tokens.revoke_for(username)
        audit.append(
            "users.removed",
            actor=user.username,
            details={
                "username": username,
                "role": account.role.value,
                "tokens_revoked": revoked,
            },
        )
        logger.info("account %s removed by %s", username, user.username)
        suffix = f"; {revoked} API-Token widerrufen" if revoked else ""
        return done(request, f"Konto {username} gelöscht{suffix}.")

    @router.post(BASE + "/tokens")
    def issue_token(
        request: Request,
        user: Admin,
        csrf: Annotated[str | None, Form()] = None,
        name: Annotated[str, Form()] = "",
        username: Annotated[str, Form()] = "",
        role: Annotated[str, Form()] = "",
        days: Annotated[str, Form()] = "",
    ) -> Response:
        check_csrf(request, csrf)
        username = username.strip()[:64]
        form = {
            "name": name.strip()[:200],
            "username": username,
            "role": role if _role(role) else Role.STAFF.value,
            "days": days.strip()[:10],
        }

        def refuse(message: str) -> HTMLResponse:
            return page(request, user, status_code=422, error=message, token_form=form)

        chosen = _role(role)
        if chosen is None:
            return refuse("Bitte wählen Sie eine Rolle für das Token.")
        expires_days: int | None = None
        if days.strip():
            try:
                expires_days = int(days.strip())
            except ValueError:
                return refuse(f"Gültigkeit: bitte eine ganze Zahl von 1 bis {MAX_DAYS} Tagen.")
        try:
            secret = tokens.issue(name, username, chosen, expires_days)
        except ConfigurationError as exc:
            return refuse(str(exc))
        info = tokens.find(secret)
        token_id = info.id if info is not None else ""
        audit.append(
            "tokens.issued",
            actor=user.username,
            details={
                "token_id": token_id,
                "name": name.strip(),
                "username": username,
                "role": chosen.value,
                "expires_days": expires_days,
            },
        )
        # Shown in this response only (no-store): never in the session cookie, which is signed
        # but readable, and never again.
        return page(
            request,
            user,
            flash=f"Token „{name.strip()}“ ausgestellt.",
            new_token={
                "secret": secret,
                "name": name.strip(),
                "username": username,
                "role": chosen.value,
            },
        )

    @router.post(BASE + "/tokens/{token_id}/revoke")
    def revoke_token(
        request: Request,
        user: Admin,
        token_id: str,
        csrf: Annotated[str | None, Form()] = None,
    ) -> Response:
        check_csrf(request, csrf)
        token = tokens.get(token_id)
        if token is None:
            raise HTTPException(404, "Dieses Token gibt es nicht.")
        if not tokens.revoke(token_id):
            return done(request, f"Das Token „{token.name}“ war bereits widerrufen.")
        audit.append(
            "tokens.revoked",
            actor=user.username,
            details={
                "token_id": token.id,
                "name": token.name,
                "username": token.username,
                "role": token.role.value,
            },
        )
        logger.info("API token %s revoked by %s", token.id, user.username)
        return done(request, f"Token „{token.name}“ von {token.username} widerrufen.")

    return router
