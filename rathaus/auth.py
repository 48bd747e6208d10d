"""Sign-in for the web app: local accounts, roles, sessions, CSRF tokens, login rate limit.

The embedded default keeps accounts in the database (table ``users``) with argon2id password
hashes (``rathaus users add``). Two roles: ``staff`` (documents, review queue) and ``admin``
(everything staff may, plus the audit log and administration). A signed session cookie
(``itsdangerous`` through Starlette's SessionMiddleware, key ``RATHAUS_SECURITY__SESSION_KEY``)
carries the user name, role, sign-in time and a CSRF token; every form repeats that token and
every state-changing request without it is refused. Failed sign-ins are limited per client
address and per account.
"""

from __future__ import annotations

import re
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.errors import ConfigurationError
from core.storage import Database, UserRow, utcnow

_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
MIN_PASSWORD = 12


class Role(StrEnum):
    STAFF = "staff"
    ADMIN = "admin"


@dataclass(frozen=True)
class User:
    """A signed-in person."""

    username: str
    role: Role

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMIN

    def may(self, needed: Role) -> bool:
        """Admins may do everything staff may."""
        return self.role is Role.ADMIN or needed is Role.STAFF


class UserStore:
    """Local accounts with argon2id hashes."""

    MAX_PASSWORD = 1024

    def __init__(self, db: Database) -> None:
        self.db = db
        self._hasher = PasswordHasher()
        # Spent on unknown names too, so timing does not tell which accounts exist.
        self._dummy = self._hasher.hash(secrets.token_hex(16))

    def add(self, username: str, password: str, role: Role, *, replace: bool = True) -> None:
        """Create or replace an account; names are lower case, passwords ≥ 12 characters.

        With ``replace=False`` an existing account is left alone and ``ConfigurationError``
        raised (the browser form must not overwrite someone's password and role by accident).
        """
        if not _NAME_RE.match(username):
            raise ConfigurationError(
                "Benutzername: 2–64 Zeichen aus a-z, 0-9, Punkt, Bindestrich, Unterstrich"
            )
        self._check_password(password)
        hashed = self._hasher.hash(password)
        with self.db.session() as session:
            row = session.get(UserRow, username)
            if row is None:
                session.add(UserRow(username=username, password_hash=hashed, role=role.value))
            elif not replace:
                raise ConfigurationError(f"Das Konto {username} gibt es bereits.")
            else:
                row.password_hash, row.role = hashed, role.value

    @staticmethod
    def _check_password(password: str) -> None:
        if len(password) < MIN_PASSWORD:
            raise ConfigurationError(f"Das Passwort braucht mindestens {MIN_PASSWORD} Zeichen")
        if len(password) > UserStore.MAX_PASSWORD:
            raise ConfigurationError(
                f"Das Passwort darf höchstens {UserStore.MAX_PASSWORD} Zeichen haben"
            )

    @staticmethod
    def _admin_names(session: Session) -> set[str]:
        """The admin accounts, locked until the transaction ends (PostgreSQL; SQLite serialises
        writers anyway), so two admins cannot demote each other at the same moment."""
        query = select(UserRow.username).where(UserRow.role == Role.ADMIN.value).with_for_update()
        return set(session.scalars(query))

    def remove(self, username: str, *, keep_an_admin: bool = False) -> bool:
        """Delete an account; False if unknown. With ``keep_an_admin`` the last admin stays
        (``ConfigurationError``)."""
        with self.db.session() as session:
            admins = self._admin_names(session) if keep_an_admin else set()
            row = session.get(UserRow, username)
            if row is None:
                return False
            if keep_an_admin and admins == {username}:
                raise ConfigurationError(
                    "Das letzte Administrationskonto kann nicht gelöscht werden."
                )
            session.delete(row)
            return True

    def set_role(self, username: str, role: Role) -> bool:
        """Change an account's role; False for an unknown account. The last admin stays admin
        (``ConfigurationError``)."""
        with self.db.session() as session:
            admins = self._admin_names(session)
            row = session.get(UserRow, username)
            if row is None:
                return False
            if role is not Role.ADMIN and admins == {username}:
                raise ConfigurationError(
                    "Das letzte Administrationskonto kann nicht herabgestuft werden."
                )
            row.role = role.value
            return True

    def set_password(self, username: str, password: str) -> bool:
        """Set a new password (≥ 12 characters); False for an unknown account."""
        self._check_password(password)
        hashed = self._hasher.hash(password)
        with self.db.session() as session:
            row = session.get(UserRow, username)
            if row is None:
                return False
            row.password_hash = hashed
            return True

    def count_admins(self) -> int:
        with self.db.session() as session:
            query = select(func.count()).where(UserRow.role == Role.ADMIN.value)
            return int(session.scalar(query) or 0)

    def last_logins(self) -> dict[str, datetime | None]:
        """Every account's last successful sign-in (None: never signed in)."""
        with self.db.session() as session:
            rows = session.execute(select(UserRow.username, UserRow.last_login))
            return {username: last_login for username, last_login in rows}

    def list(self) -> list[User]:
        with self.db.session() as session:
            rows = session.scalars(select(UserRow).order_by(UserRow.username)).all()
            return [User(r.username, Role(r.role)) for r in rows]

    def authenticate(self, username: str, password: str) -> User | None:
        """The user for correct credentials, else None (same work either way)."""
        with self.db.session() as session:
            row = session.get(UserRow, username.strip().lower())
            stored = row.password_hash if row is not None else self._dummy
            try:
                self._hasher.verify(stored, password)
            except (VerificationError, InvalidHashError):
                return None
            if row is None:
                return None
            if self._hasher.check_needs_rehash(row.password_hash):
                row.password_hash = self._hasher.hash(password)
            row.last_login = utcnow()
            return User(row.username, Role(row.role))

    def get(self, username: str) -> User | None:
        with self.db.session() as session:
            row = session.get(UserRow, username)
            return User(row.username, Role(row.role)) if row is not None else None


class LoginThrottle:
    """At most ``attempts`` failed sign-ins per ``window`` seconds per address and per account."""

    def __init__(self, attempts: int, window: float) -> None:
        self.attempts = attempts
        self.window = window
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        failures = self._failures.setdefault(key, deque())
        while failures and now - failures[0] > self.window:
            failures.popleft()
        return failures

    def blocked(self, address: str, username: str) -> bool:
        now = time.monotonic()
        with self._lock:
            return any(
                len(self._recent(key, now)) >= self.attempts
                for key in (f"ip:{address}", f"user:{username.lower()}")
            )

    def failed(self, address: str, username: str) -> None:
        now = time.monotonic()
        with self._lock:
            for key in (f"ip:{address}", f"user:{username.lower()}"):
                self._recent(key, now).append(now)
            if len(self._failures) > 10_000:
                for key in [k for k, v in self._failures.items() if not self._recent(k, now)]:
                    del self._failures[key]

    def succeeded(self, username: str) -> None:
        with self._lock:
            self._failures.pop(f"user:{username.lower()}", None)


def new_csrf_token() -> str:
    return secrets.token_urlsafe(32)


def csrf_matches(expected: object, given: str | None) -> bool:
    return (
        isinstance(expected, str) and bool(given) and secrets.compare_digest(expected, given or "")
    )
