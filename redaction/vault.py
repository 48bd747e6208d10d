"""The pseudonym vault: token → original maps, encrypted per case with AES-256-GCM.

Maps are stored with an expiry (the service's retention period) and deleted by the retention
sweep. ``restore`` puts originals back into text for an authorised recipient; it tolerates the
token variants LLMs like to produce (``<Person_1>``, ``PERSON_1``) and reports unknown tokens
instead of guessing.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select

from core.audit import AuditLog
from core.crypto import open_sealed, seal
from core.storage import Database, VaultRow
from redaction.redactor import TOKEN_NAMES

logger = logging.getLogger(__name__)

_TOKEN = re.compile(
    r"<?\b(" + "|".join(sorted(set(TOKEN_NAMES.values()))) + r")_(\d+)\b>?", re.IGNORECASE
)


@dataclass(frozen=True)
class Restored:
    """Text with originals put back, and the tokens that were not in the map."""

    text: str
    unknown_tokens: list[str]


class PseudonymVault:
    """Encrypted storage of pseudonym maps in the rathaus database.

    ``load`` is for bookkeeping; every use of a map to put originals back goes through
    ``mapping_for`` or ``restore_case``, which write a ``vault.reidentified`` audit event with
    the purpose.
    """

    def __init__(self, db: Database, key: bytes, audit: AuditLog | None = None) -> None:
        self.db = db
        self._key = key
        self._audit = audit

    def store(self, case_id: str, mapping: dict[str, str], expires_at: datetime) -> None:
        """Store (or merge into) the map of a case."""
        with self.db.session() as session:
            row = session.get(VaultRow, case_id)
            merged = dict(mapping)
            if row is not None:
                merged = {**self._decrypt(case_id, row.ciphertext), **mapping}
            sealed = seal(self._key, json.dumps(merged).encode(), case_id.encode())
            if row is None:
                session.add(VaultRow(case_id=case_id, ciphertext=sealed, expires_at=expires_at))
            else:
                row.ciphertext = sealed
                row.expires_at = max(row.expires_at, expires_at)

    def load(self, case_id: str) -> dict[str, str]:
        """The map of a case; empty when none is stored (or it was deleted)."""
        with self.db.session() as session:
            row = session.get(VaultRow, case_id)
            if row is None:
                return {}
            return self._decrypt(case_id, row.ciphertext)

    def mapping_for(
        self,
        case_id: str,
        *,
        purpose: str,
        actor: str = "system",
        workflow_id: str | None = None,
        fields: list[str] | None = None,
    ) -> dict[str, str]:
        """The map of a case for one re-identification, audited with its purpose."""
        mapping = self.load(case_id)
        if self._audit is not None:
            details: dict[str, object] = {"purpose": purpose, "tokens": len(mapping)}
            if fields is not None:
                details["fields"] = sorted(fields)
            self._audit.append(
                "vault.reidentified",
                actor=actor,
                workflow_id=workflow_id,
                document_id=case_id,
                details=details,
            )
        return mapping

    def restore_case(
        self, text: str, case_id: str, *, purpose: str, actor: str = "system"
    ) -> Restored:
        """Put the case's originals back into ``text`` (e.g. an LLM answer), audited."""
        return restore(text, self.mapping_for(case_id, purpose=purpose, actor=actor))

    def set_expiry(self, case_id: str, expires_at: datetime) -> None:
        with self.db.session() as session:
            row = session.get(VaultRow, case_id)
            if row is not None:
                row.expires_at = expires_at

    def delete(self, case_id: str) -> bool:
        with self.db.session() as session:
            result = session.execute(delete(VaultRow).where(VaultRow.case_id == case_id))
            return bool(result.rowcount)  # type: ignore[attr-defined]

    def expired(self, now: datetime) -> list[str]:
        with self.db.session() as session:
            return list(session.scalars(select(VaultRow.case_id).where(VaultRow.expires_at < now)))

    def _decrypt(self, case_id: str, sealed: bytes) -> dict[str, str]:
        data: dict[str, str] = json.loads(open_sealed(self._key, sealed, case_id.encode()))
        return data


def restore(text: str, mapping: dict[str, str]) -> Restored:
    """Replace tokens by originals, tolerant of case and brackets; unknown ones are listed."""
    canonical = {k.strip("<>").upper(): v for k, v in mapping.items()}
    unknown: list[str] = []

    def _sub(match: re.Match[str]) -> str:
        key = f"{match.group(1).upper()}_{match.group(2)}"
        if key in canonical:
            return canonical[key]
        unknown.append(match.group(0))
        return match.group(0)

    return Restored(_TOKEN.sub(_sub, text), unknown)
