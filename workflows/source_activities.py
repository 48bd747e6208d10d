"""Activities of ``SourcePollWorkflow``: take messages and files in from intake sources, once.

Every item is keyed (a mail by its ``Message-ID``, else by its bytes; a file by its content)
in ``inbound_items``, so a poll that crashed half-way, a delta that starts over or the same
mail in two folders never takes a document in twice. An item is moved out of its folder only
after the workflows for its documents have been started; until then it stays where it was and
the next poll picks it up again.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from temporalio import activity
from temporalio.exceptions import ApplicationError

from connectors.folder_source import FolderSource, InboundFile
from connectors.intake import document_id_for, store_document
from connectors.mail_screening import MailLimits, screen_mail
from connectors.ports import InboundMail, MailSource
from core.audit import AuditLog
from core.blobs import LocalBlobStore
from core.errors import (
    DeliveryAuthError,
    DeliveryError,
    DocumentError,
    PermanentDeliveryError,
    UnreadableDocumentError,
)
from core.storage import Database, DocumentRow, InboundItemRow, IntakeCursorRow
from core.types import DocumentSource, DocumentStatus
from workflows.models import FinishPollInput, PolledBatch, PolledItem, PollRequest

logger = logging.getLogger(__name__)


@dataclass
class IntakeSource:
    """One configured source and the folders handled items go to."""

    name: str
    document_source: DocumentSource
    processed_folder: str
    quarantine_folder: str
    folder: FolderSource | None = None
    mail: MailSource | None = None


@dataclass
class SourceDependencies:
    db: Database
    blobs: LocalBlobStore
    audit: AuditLog
    limits: MailLimits
    quarantine_days: int
    batch_size: int = 50
    sources: dict[str, IntakeSource] = field(default_factory=dict)


def _now() -> datetime:
    return datetime.now(UTC)


def _key(kind: str, value: str) -> str:
    key = f"{kind}:{value}"
    if len(key) > 255:
        key = f"{kind}#sha256:{hashlib.sha256(value.encode()).hexdigest()}"
    return key


def _mail_key(mail: InboundMail) -> str:
    message_id = (mail.internet_message_id or "").strip().strip("<>").strip()
    if message_id:
        return _key("mid", message_id.lower())
    if mail.raw:
        return _key("sha256", hashlib.sha256(mail.raw).hexdigest())
    return _key("src", mail.source_id)


def _transient(exc: DeliveryError, what: str) -> ApplicationError:
    """A source that is down is retried; refused credentials or a missing folder are not (the
    next scheduled poll tries again; retrying a refused login at once could lock the account)."""
    if isinstance(exc, PermanentDeliveryError | DeliveryAuthError):
        return ApplicationError(f"{what}: {exc}", type="source_refused", non_retryable=True)
    delay = timedelta(seconds=exc.retry_after) if exc.retry_after else None
    return ApplicationError(f"{what}: {exc}", type="source_unavailable", next_retry_delay=delay)


class SourceActivities:
    """Fetch from a source, record each item, and move items once their workflows started."""

    def __init__(self, deps: SourceDependencies) -> None:
        self.d = deps

    def _source(self, name: str) -> IntakeSource:
        source = self.d.sources.get(name)
        if source is None:
            raise ApplicationError(
                f"Die Eingangsquelle {name!r} ist nicht eingerichtet.",
                type="source_unknown",
                non_retryable=True,
            )
        return source

    def _cursor(self, name: str) -> str | None:
        with self.d.db.session() as session:
            row = session.get(IntakeCursorRow, name)
            return row.cursor if row else None

    def _known(self, source: str, key: str) -> InboundItemRow | None:
        with self.d.db.session() as session:
            row = session.get(InboundItemRow, (source, key))
            if row is not None:
                session.expunge(row)
            return row

    def _record(self, source: str, key: str, **values: Any) -> None:
        with self.d.db.session() as session:
            row = session.get(InboundItemRow, (source, key))
            if row is None:
                row = InboundItemRow(source=source, item_key=key, first_seen=_now(), **values)
                session.add(row)
            else:
                for name, value in values.items():
                    setattr(row, name, value)
            row.updated_at = _now()

    # -- fetch ---------------------------------------------------------------------------

    @activity.defn(name="fetch_source")
    def fetch_source(self, request: PollRequest) -> PolledBatch:
        """The next batch of a source, each item recorded and its documents stored."""
        source = self._source(request.source)
        limit = self.d.batch_size
        if source.folder is not None:
            try:
                files = source.folder.fetch(limit)
            except DeliveryError as exc:
                raise _transient(exc, "Eingangsordner") from exc
            items = [self._take_file(source, inbound) for inbound in files]
            return PolledBatch(items=items, full=len(files) >= limit)
        assert source.mail is not None
        try:
            batch = source.mail.fetch(self._cursor(source.name), limit)
        except DeliveryError as exc:
            raise _transient(exc, f"Postfach ({source.name})") from exc
        if batch.reset:
            self.d.audit.append(
                "intake.cursor_reset", actor="system", details={"source": source.name}
            )
        items = [self._take_mail(source, mail) for mail in batch.messages]
        return PolledBatch(
            items=items,
            cursor=batch.cursor,
            reset=batch.reset,
            full=len(batch.messages) >= limit,
        )

    def _again(self, source: IntakeSource, key: str, source_id: str) -> PolledItem | None:
        """An item handled before (only its move is missing); None if it must be taken in."""
        known = self._known(source.name, key)
        if known is None or known.status == "accepted":
            return None
        # Seen before: only the move is repeated. Recorded, so a mail that reuses a Message-ID
        # never disappears without a trace.
        self.d.audit.append(
            "intake.duplicate",
            actor="system",
            document_id=known.document_id,
            details={"source": source.name, "status": known.status},
        )
        return PolledItem(
            source_id=source_id,
            item_key=key,
            target_folder=known.target_folder,
            quarantined=known.status == "quarantined",
        )

    def _take_mail(self, source: IntakeSource, mail: InboundMail) -> PolledItem:
        key = _mail_key(mail)
        again = self._again(source, key, mail.source_id)
        if again is not None:
            return again
        received = mail.received_at or _now()
        try:
            summary = screen_mail(mail.raw, self.d.limits, size=mail.size)
        except (DocumentError, RecursionError, LookupError, ValueError, TypeError) as problem:
            # One crafted mail must never stop the poller: whatever the screen trips over
            # quarantines this mail with a reason, and the batch goes on.
            exc = (
                problem
                if isinstance(problem, DocumentError)
                else UnreadableDocumentError(
                    "Die E-Mail konnte nicht geprüft werden (Aufbau fehlerhaft); sie wurde "
                    "nicht geöffnet."
                )
            )
            document_id = document_id_for(mail.raw) if mail.raw else _id_for_key(key)
            self._quarantine(source, key, document_id, mail.raw, "E-Mail.eml", received, exc)
            return PolledItem(
                source_id=mail.source_id,
                item_key=key,
                target_folder=source.quarantine_folder,
                quarantined=True,
            )
        filename = f"E-Mail vom {received:%Y-%m-%d %H-%M}.eml"
        ref = store_document(self.d.blobs, mail.raw, filename, source.document_source)
        self._record(
            source.name,
            key,
            status="accepted",
            document_id=ref.document_id,
            target_folder=source.processed_folder,
            reason=None,
        )
        self.d.audit.append(
            "intake.mail_accepted",
            actor="system",
            document_id=ref.document_id,
            details={
                "source": source.name,
                "size": mail.size,
                "attachments": summary.attachments,
            },
        )
        return PolledItem(
            source_id=mail.source_id,
            item_key=key,
            documents=[ref],
            target_folder=source.processed_folder,
        )

    def _take_file(self, source: IntakeSource, inbound: InboundFile) -> PolledItem:
        key = _key("sha256", inbound.content_sha256)
        again = self._again(source, key, inbound.source_id)
        if again is not None:
            return again
        if not inbound.data:
            reason = DocumentError(
                "Die Datei ist leer."
                if inbound.size == 0
                else f"Die Datei ist zu groß ({inbound.size / 1_048_576:.1f} MB, erlaubt sind "
                f"{self.d.limits.max_bytes / 1_048_576:.0f} MB)."
            )
            self._quarantine(
                source,
                key,
                _id_for_key(key),
                b"",
                inbound.filename,
                inbound.received_at,
                reason,
            )
            return PolledItem(
                source_id=inbound.source_id,
                item_key=key,
                target_folder=source.quarantine_folder,
                quarantined=True,
            )
        # Anything else, corrupt or not, is a document: the intake workflow quarantines what
        # it cannot read, with the same reasons as for an upload.
        ref = store_document(self.d.blobs, inbound.data, inbound.filename, source.document_source)
        self._record(
            source.name,
            key,
            status="accepted",
            document_id=ref.document_id,
            target_folder=source.processed_folder,
            reason=None,
        )
        return PolledItem(
            source_id=inbound.source_id,
            item_key=key,
            documents=[ref],
            target_folder=source.processed_folder,
        )

    def _quarantine(
        self,
        source: IntakeSource,
        key: str,
        document_id: str,
        raw: bytes,
        filename: str,
        received: datetime,
        error: DocumentError,
    ) -> None:
        """Keep a record (and the bytes, when we have them) of an item refused at the door."""
        blob_sha = self.d.blobs.put(raw, "message/rfc822").sha256 if raw else None
        with self.d.db.session() as session:
            if session.get(DocumentRow, document_id) is None:
                session.add(
                    DocumentRow(
                        id=document_id,
                        workflow_id="",
                        source=source.document_source.value,
                        filename=filename[:512],
                        media_type="message/rfc822" if source.mail else "application/octet-stream",
                        blob_sha=blob_sha,
                        status=DocumentStatus.QUARANTINED.value,
                        destinations=[],
                        reason=error.reason,
                        received_at=received,
                        updated_at=_now(),
                        retain_until=_now() + timedelta(days=self.d.quarantine_days),
                    )
                )
        self._record(
            source.name,
            key,
            status="quarantined",
            document_id=document_id,
            target_folder=source.quarantine_folder,
            reason=error.reason,
        )
        self.d.audit.append(
            "intake.quarantined",
            actor="system",
            document_id=document_id,
            details={"source": source.name, "reason": error.reason, "code": error.code},
        )
        logger.info("%s: item quarantined (%s)", source.name, error.code)

    # -- finish --------------------------------------------------------------------------

    @activity.defn(name="finish_source")
    def finish_source(self, request: FinishPollInput) -> None:
        """Move handled items out of the source folder and remember where the poll stopped."""
        source = self._source(request.source)
        for item in request.items:
            try:
                if source.folder is not None:
                    source.folder.move(item.source_id, item.target_folder)
                elif source.mail is not None:
                    source.mail.move(item.source_id, item.target_folder)
            except DeliveryError as exc:
                raise _transient(exc, f"Verschieben ({source.name})") from exc
            if not item.quarantined:
                self._record(source.name, item.item_key, status="done")
        if request.update_cursor:
            with self.d.db.session() as session:
                row = session.get(IntakeCursorRow, source.name)
                if row is None:
                    session.add(
                        IntakeCursorRow(
                            source=source.name, cursor=request.cursor, updated_at=_now()
                        )
                    )
                else:
                    row.cursor = request.cursor
                    row.updated_at = _now()

    def all(self) -> list[Any]:
        return [self.fetch_source, self.finish_source]


def _id_for_key(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()[:32]
