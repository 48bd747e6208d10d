"""API tokens for scripts: a bearer secret that acts as one local account with a fixed role.

``issue`` returns the secret (``rh_`` + 43 URL-safe characters) exactly once; the database keeps
only its SHA-256, so a leaked table cannot be replayed, and tokens are found by that hash. A
token carries the role it was issued with, never more than its account's role at issue time.
``authenticate`` accepts a token only while it is neither revoked nor expired and while its
account still exists with at least the token's role, and only if the account is not younger
than the token: a removed account that is created again under the same name does not bring its
old tokens back. ``last_used_at`` is written at most once a minute, so busy scripts do not turn
every request into a write.
"""

from __future__ import annotations

import hashlib
import logging
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update

from core.errors import ConfigurationError
from core.storage import ApiTokenRow, Database, UserRow, utcnow
from rathaus.auth import Role, User

logger = logging.getLogger(__name__)

PREFIX = "rh_"
MAX_NAME = 64
MAX_DAYS = 3650
TOUCH_INTERVAL = timedelta(minutes=1)
# A secret is ``rh_`` plus token_urlsafe(32) (43 characters); anything far longer is not one.
_MAX_SECRET = 128
_SECRET_RE = re.compile(r"^rh_[A-Za-z0-9_-]{20,125}$")


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


@dataclass(frozen=True)
class ApiTokenInfo:
    """What may be shown about a token: everything but the secret (and its hash)."""

    id: str
    name: str
    username: str
    role: Role
    created_at: datetime
    last_used_at: datetime | None
    expires_at: datetime | None
    revoked_at: datetime | None

    def active(self, now: datetime | None = None) -> bool:
        """Neither revoked nor expired (the account is checked at use)."""
        now = now or utcnow()
        return self.revoked_at is None and (self.expires_at is None or now < self.expires_at)


def _info(row: ApiTokenRow) -> ApiTokenInfo:
    return ApiTokenInfo(
        id=row.id,
        name=row.name,
        username=row.username,
        role=Role(row.role),
        created_at=row.created_at,
        last_used_at=row.last_used_at,
        expires_at=row.expires_at,
        revoked_at=row.revoked_at,
    )


class ApiTokenStore:
    """Issue, check, list and revoke API tokens (table ``api_tokens``)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def issue(self, name: str, username: str, role: Role, expires_days: int | None) -> str:
        """A new token's secret, returned only this once; ``ConfigurationError`` (German) when
        the name is empty or too long, the account unknown, the role above the account's or
        the lifetime outside 1–3650 days."""
        name = name.strip()
        if not name:
            raise ConfigurationError("Bitte geben Sie dem Token einen Namen.")
        if len(name) > MAX_NAME:
            raise ConfigurationError(f"Der Name darf höchstens {MAX_NAME} Zeichen haben.")
        if expires_days is not None and not 1 <= expires_days <= MAX_DAYS:
            raise ConfigurationError(f"Die Gültigkeit muss zwischen 1 und {MAX_DAYS} Tagen liegen.")
        secret = PREFIX + secrets.token_urlsafe(32)
        token_id = secrets.token_hex(16)
        now = utcnow()
        with self.db.session() as session:
            account = session.get(UserRow, username)
            if account is None:
                raise ConfigurationError(f"Kein Konto {username}.")
            if not User(account.username, Role(account.role)).may(role):
                raise ConfigurationError(
                    f"Das Konto {username} hat die Rolle {account.role}; ein Token kann "
                    "höchstens die Rolle seines Kontos haben."
                )
            session.add(
                ApiTokenRow(
                    id=token_id,
                    name=name,
                    username=username,
                    role=role.value,
                    token_hash=_hash(secret),
                    created_at=now,
                    expires_at=(
                        now + timedelta(days=expires_days) if expires_days is not None else None
                    ),
                )
            )
        logger.info("API token %s issued for %s (role %s)", token_id, username, role.value)
        return secret

    def authenticate(self, secret: str) -> User | None:
        """The user a valid token acts as; None when unknown, revoked, expired or when its
        account is gone, has a lower role now or was created again after the token."""
        if len(secret) > _MAX_SECRET or not _SECRET_RE.match(secret):
            return None
        now = utcnow()
        with self.db.session() as session:
            row = session.scalar(select(ApiTokenRow).where(ApiTokenRow.token_hash == _hash(secret)))
            if row is None:
                return None
            if row.revoked_at is not None or (row.expires_at is not None and now >= row.expires_at):
                logger.debug("API token %s refused: revoked or expired", row.id)
                return None
            account = session.get(UserRow, row.username)
            role = Role(row.role)
            if (
                account is None
                or account.created_at > row.created_at
                or not User(account.username, Role(account.role)).may(role)
            ):
                logger.info(
                    "API token %s refused: account %s gone, newer or below role %s",
                    row.id,
                    row.username,
                    role.value,
                )
                return None
            if row.last_used_at is None or now - row.last_used_at >= TOUCH_INTERVAL:
                row.last_used_at = now
            return User(row.username, role)

    def revoke(self, token_id: str) -> bool:
        """Revoke a token; False when there is no such token or it was revoked before."""
        with self.db.session() as session:
            row = session.get(ApiTokenRow, token_id)
            if row is None or row.revoked_at is not None:
                return False
            row.revoked_at = utcnow()
        logger.info("API token %s revoked", token_id)
        return True

    def revoke_for(self, username: str) -> int:
        """Revoke every active token of an account (when it is removed); how many there were."""
        with self.db.session() as session:
            result = session.execute(
                update(ApiTokenRow)
                .where(ApiTokenRow.username == username, ApiTokenRow.revoked_at.is_(None))
                .values(revoked_at=utcnow())
            )
            count = int(getattr(result, "rowcount", 0) or 0)
        if count:
            logger.info("%d API tokens of %s revoked", count, username)
        return count

    def find(self, secret: str) -> ApiTokenInfo | None:
        """The token of a secret whatever its state (to name a just issued token by its id)."""
        if len(secret) > _MAX_SECRET:
            return None
        with self.db.session() as session:
            row = session.scalar(select(ApiTokenRow).where(ApiTokenRow.token_hash == _hash(secret)))
            return _info(row) if row is not None else None

    def get(self, token_id: str) -> ApiTokenInfo | None:
        with self.db.session() as session:
            row = session.get(ApiTokenRow, token_id)
            return _info(row) if row is not None else None

    def list(self) -> list[ApiTokenInfo]:
        """Every token, newest first; never the secret."""
        with self.db.session() as session:
            rows = session.scalars(
                select(ApiTokenRow).order_by(ApiTokenRow.created_at.desc(), ApiTokenRow.id)
            ).all()
            return [_info(row) for row in rows]
