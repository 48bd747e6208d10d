"""The staff console's actions, shared by the pages (``rathaus.web_console``) and the REST API
(``rathaus.web_api``): upload a batch, follow it, open a document, list and retry quarantine.

Uploads are checked before anything is stored: too many files, a file over the size limit, an
empty file, or content that is no PDF, e-mail or text (executables, archives, images, a
``.pdf`` that is none) are refused with a reason the clerk reads in the batch view; every other
file goes into the blob store and starts its intake workflow. The batch and each file's outcome
are recorded (table ``upload_items``), so a refused file is never dropped silently. Live status
comes from the workflows themselves (Temporal queries), the database answers for documents whose
workflow is gone.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select, update
from temporalio.client import Client, WorkflowFailureError
from temporalio.common import WorkflowIDReusePolicy
from temporalio.exceptions import WorkflowAlreadyStartedError
from temporalio.service import RPCError

from connectors.intake import store_document
from connectors.text_extraction import sniff_media_type
from core.audit import AuditLog
from core.blobs import LocalBlobStore
from core.catalogue import ServiceCatalogue
from core.errors import BlobNotFoundError, StorageError
from core.storage import Database, DocumentRow, UploadBatchRow, UploadItemRow
from core.types import (
    AuditEvent,
    BlobRef,
    ClassificationResult,
    DocumentRef,
    DocumentSource,
    DocumentStatus,
    IntakeProgress,
)
from rathaus.reviews import TemporalConnection
from workflows.intake import IntakeWorkflow, workflow_id_for
from workflows.messages import STANDARD_LABELS
from workflows.worker import current_progress, start_intake

logger = logging.getLogger(__name__)

PREVIEW_CHARS = 6000
POLL_FOR = timedelta(hours=1)
QUERY_TIMEOUT = 5.0
FINAL = {
    DocumentStatus.ROUTED.value,
    DocumentStatus.REJECTED.value,
    DocumentStatus.QUARANTINED.value,
}
# A batch view stops polling once every file is final or waits for a human.
SETTLED = FINAL | {DocumentStatus.AWAITING_REVIEW.value, "refused"}

# Magic numbers of content rathaus never takes in through the upload.
_REFUSED_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"MZ", "ein Windows-Programm"),
    (b"\x7fELF", "ein Linux-Programm"),
    (b"\xcf\xfa\xed\xfe", "ein macOS-Programm"),
    (b"#!", "ein Skript"),
    (b"PK\x03\x04", "ein ZIP-Archiv (auch Word- und Excel-Dateien sind ZIP-Archive)"),
    (b"Rar!", "ein RAR-Archiv"),
    (b"7z\xbc\xaf", "ein 7-Zip-Archiv"),
    (b"\x1f\x8b", "ein gzip-Archiv"),
    (b"\x89PNG", "ein Bild (PNG)"),
    (b"\xff\xd8\xff", "ein Bild (JPEG)"),
    (b"II*\x00", "ein Bild (TIFF)"),
    (b"MM\x00*", "ein Bild (TIFF)"),
    (b"GIF8", "ein Bild (GIF)"),
    (b"\xd0\xcf\x11\xe0", "ein altes Office-Dokument"),
    (b"\xfe\xed\xfa\xce", "ein macOS-Programm"),
    (b"\xce\xfa\xed\xfe", "ein macOS-Programm"),
    (b"\xfe\xed\xfa\xcf", "ein macOS-Programm"),
    (b"\xca\xfe\xba\xbe", "ein Programm (macOS oder Java)"),
    (b"MSCF", "ein CAB-Archiv"),
    (b"\xfd7zXZ\x00", "ein xz-Archiv"),
    (b"BZh", "ein bzip2-Archiv"),
    (b"\x00asm", "ein WebAssembly-Programm"),
)
ACCEPTED = "Erlaubt sind PDF-Dateien, E-Mails (.eml) und Textdateien."


class ConsoleError(Exception):
    """An action the console refuses, with the German reason and an HTTP status."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class Upload:
    """One file of an upload request, read up to the size limit (``data`` None beyond it)."""

    filename: str
    size: int
    data: bytes | None


# Reads one file of a request up to a limit (``Upload.data`` None beyond it).
UploadReader = Callable[[int], Awaitable[Upload]]


def _megabytes(size: int, digits: int = 1) -> str:
    """German notation: 3,5 (decimal comma)."""
    return f"{size / 1_048_576:.{digits}f}".replace(".", ",")


def check_upload(upload: Upload, max_bytes: int) -> tuple[str | None, str | None]:
    """(media type, None) for a file rathaus takes in, else (None, reason)."""
    if upload.data is None or upload.size > max_bytes:
        return None, (
            f"Die Datei ist zu groß ({_megabytes(upload.size)} MB, erlaubt sind "
            f"{_megabytes(max_bytes, 0)} MB)."
        )
    data = upload.data
    if not data.strip():
        return None, "Die Datei ist leer."
    head = data[:2048].lstrip()
    for magic, kind in _REFUSED_MAGIC:
        if data.startswith(magic) or head.startswith(magic):
            return None, f"Die Datei ist {kind} und wird nicht angenommen. {ACCEPTED}"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return None, f"Die Datei ist ein Bild (WebP) und wird nicht angenommen. {ACCEPTED}"
    # By content alone (an empty name): a name never makes binary data a mail or a text.
    media_type = sniff_media_type(data, "")
    if media_type == "application/octet-stream":
        return None, f"Das Dateiformat wird nicht unterstützt. {ACCEPTED}"
    if upload.filename.lower().endswith(".pdf") and media_type != "application/pdf":
        return None, "Die Datei heißt .pdf, ist aber keine PDF-Datei."
    return media_type, None


@dataclass
class ItemView:
    position: int
    filename: str
    size: int
    document_id: str | None
    error: str | None
    status: str
    service_id: str | None = None
    confidence: float | None = None
    destinations: list[str] = field(default_factory=list)
    reason: str | None = None
    note: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "position": self.position,
            "filename": self.filename,
            "size": self.size,
            "document_id": self.document_id,
            "status": self.status,
            "error": self.error,
            "service_id": self.service_id,
            "confidence": self.confidence,
            "destinations": self.destinations,
            "reason": self.reason,
            "note": self.note,
        }


@dataclass
class BatchView:
    id: str
    created_by: str
    created_at: datetime
    items: list[ItemView]

    @property
    def settled(self) -> bool:
        return all(item.status in SETTLED for item in self.items)

    @property
    def polling(self) -> bool:
        """Whether the page keeps refreshing: until settled, for at most an hour (a file
        stuck because no worker runs is shown as it is; a reload shows the news)."""
        return not self.settled and datetime.now(UTC) - self.created_at < POLL_FOR

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "created_by": self.created_by,
            "created_at": self.created_at.isoformat(),
            "settled": self.settled,
            "polling": self.polling,
            "items": [item.as_dict() for item in self.items],
        }


@dataclass
class DocumentView:
    row: DocumentRow
    preview: str | None
    preview_truncated: bool
    details: ClassificationResult | None
    details_note: str | None
    events: list[AuditEvent]
    temporal_link: str | None
    service_label: str | None
    field_labels: dict[str, str]

    def as_dict(self) -> dict[str, Any]:
        row = self.row
        details = self.details
        return {
            "id": row.id,
            "filename": row.filename,
            "source": row.source,
            "media_type": row.media_type,
            "status": row.status,
            "service_id": row.service_id,
            "service_label": self.service_label,
            "confidence": row.confidence,
            "destinations": row.destinations,
            "reason": row.reason,
            "received_at": row.received_at.isoformat(),
            "updated_at": row.updated_at.isoformat() if row.updated_at else None,
            "redacted_preview": self.preview,
            "candidates": (
                [{"service_id": s, "score": c} for s, c in details.classification.candidates]
                if details
                else []
            ),
            "fields": dict(details.extraction.fields) if details else {},
            "classification_method": details.classification.method if details else None,
            "audit": [e.model_dump(mode="json") for e in self.events],
            "temporal_link": self.temporal_link,
        }


class Console:
    """Upload, batch status, document details, quarantine and retry."""

    def __init__(
        self,
        *,
        db: Database,
        blobs: LocalBlobStore,
        audit: AuditLog,
        catalogue: ServiceCatalogue,
        temporal: TemporalConnection | None,
        max_bytes: int,
        max_files: int,
        temporal_ui: str | None = None,
    ) -> None:
        self.db = db
        self.blobs = blobs
        self.audit = audit
        self.catalogue = catalogue
        self.temporal = temporal
        self.max_bytes = max_bytes
        self.max_files = max_files
        self.temporal_ui = temporal_ui.rstrip("/") if temporal_ui else None

    async def _client(self) -> Client:
        if self.temporal is None:
            raise ConsoleError(503, "Die Verarbeitung ist ohne Temporal-Verbindung nicht möglich.")
        try:
            return await self.temporal.client()
        except RuntimeError as exc:  # the SDK's "Failed client connect"
            logger.warning("temporal unreachable: %s", type(exc).__name__)
            raise ConsoleError(
                503, "Die Verarbeitung ist gerade nicht erreichbar. Bitte später erneut versuchen."
            ) from exc

    # -- upload ---------------------------------------------------------------------------

    async def upload(self, uploads: list[UploadReader], username: str) -> str:
        """Take a batch in; returns the batch id. Refused files are recorded with reasons.

        Each file is read when its turn comes (at most one file in memory)."""
        if not uploads:
            raise ConsoleError(422, "Bitte wählen Sie mindestens eine Datei aus.")
        if len(uploads) > self.max_files:
            raise ConsoleError(
                413,
                f"Zu viele Dateien auf einmal ({len(uploads)}, erlaubt sind {self.max_files}).",
            )
        client = await self._client()  # before anything is stored: all or none is started
        assert self.temporal is not None
        batch_id = uuid.uuid4().hex
        with self.db.session() as session:
            session.add(UploadBatchRow(id=batch_id, created_by=username))
        started = refused = 0
        for position, reader in enumerate(uploads):
            upload = await reader(self.max_bytes)
            media_type, error = check_upload(upload, self.max_bytes)
            document_id: str | None = None
            if error is None and upload.data is not None:
                ref = store_document(
                    self.blobs, upload.data, upload.filename, DocumentSource.UPLOAD
                )
                document_id = ref.document_id
                try:
                    _, fresh = await start_intake(client, ref, self.temporal.task_queue)
                except RPCError as exc:
                    logger.warning("could not start intake of %s: %s", ref.document_id, exc)
                    error = (
                        "Die Verarbeitung konnte nicht gestartet werden. Bitte laden Sie die "
                        "Datei erneut hoch."
                    )
                else:
                    started += fresh
            refused += error is not None
            with self.db.session() as session:
                session.add(
                    UploadItemRow(
                        batch_id=batch_id,
                        position=position,
                        filename=upload.filename[:512] or "(ohne Namen)",
                        size=upload.size,
                        media_type=media_type,
                        document_id=document_id,
                        error=error,
                    )
                )
        # Counts only: file names may carry personal data.
        self.audit.append(
            "upload.batch",
            actor=username,
            details={
                "batch_id": batch_id,
                "files": len(uploads),
                "started": started,
                "refused": refused,
            },
        )
        return batch_id

    async def batch(self, batch_id: str) -> BatchView:
        with self.db.session() as session:
            batch = session.get(UploadBatchRow, batch_id)
            if batch is None:
                raise ConsoleError(404, "Diesen Stapel gibt es nicht.")
            items = list(
                session.scalars(
                    select(UploadItemRow)
                    .where(UploadItemRow.batch_id == batch_id)
                    .order_by(UploadItemRow.position)
                )
            )
            session.expunge_all()
        ids = [i.document_id for i in items if i.document_id and not i.error]
        statuses = await self._progress_of(ids)
        views = []
        for item in items:
            view = ItemView(
                position=item.position,
                filename=item.filename,
                size=item.size,
                document_id=item.document_id,
                error=item.error,
                status="refused" if item.error else DocumentStatus.RECEIVED.value,
            )
            progress = statuses.get(item.document_id or "")
            if progress is not None and not item.error:
                view.status = progress.status.value
                view.service_id = progress.service_id
                view.confidence = progress.confidence
                view.destinations = list(progress.destinations)
                view.reason = progress.reason
            views.append(view)
        return BatchView(batch.id, batch.created_by, batch.created_at, views)

    async def _progress_of(self, document_ids: list[str]) -> dict[str, IntakeProgress]:
        """Each document's state from its workflow; the database where Temporal cannot say."""
        found: dict[str, IntakeProgress] = {}
        if not document_ids:
            return found
        try:
            client = await self._client()
        except ConsoleError:
            client = None
        if client is not None:

            async def one(document_id: str) -> IntakeProgress | None:
                handle = client.get_workflow_handle(
                    workflow_id_for(document_id), result_type=IntakeProgress
                )
                try:
                    return await asyncio.wait_for(current_progress(handle), QUERY_TIMEOUT)
                except (RPCError, WorkflowFailureError, TimeoutError):
                    return None

            results = await asyncio.gather(*(one(d) for d in document_ids))
            found = {d: p for d, p in zip(document_ids, results, strict=True) if p is not None}
        missing = [d for d in document_ids if d not in found]
        if missing:
            with self.db.session() as session:
                for row in session.scalars(select(DocumentRow).where(DocumentRow.id.in_(missing))):
                    found[row.id] = IntakeProgress(
                        document_id=row.id,
                        status=DocumentStatus(row.status),
                        service_id=row.service_id,
                        confidence=row.confidence,
                        destinations=list(row.destinations or []),
                        reason=row.reason,
                    )
        return found

    # -- one document ---------------------------------------------------------------------

    async def document(self, document_id: str) -> DocumentView:
        with self.db.session() as session:
            row = session.get(DocumentRow, document_id)
            if row is None:
                raise ConsoleError(404, "Diesen Vorgang gibt es nicht.")
            session.expunge(row)
        preview, truncated = None, False
        if row.redacted_sha and row.purged_at is None:
            try:
                text = self.blobs.get_text(row.redacted_sha)
                preview, truncated = text[:PREVIEW_CHARS], len(text) > PREVIEW_CHARS
            except (BlobNotFoundError, StorageError):
                preview = None
        details, note = await self._details(row)
        service = (
            self.catalogue.get(row.service_id)
            if row.service_id and row.service_id in self.catalogue
            else None
        )
        labels = {**STANDARD_LABELS, **{f.name: f.label for f in service.fields}} if service else {}
        link = None
        if self.temporal_ui and self.temporal is not None:
            link = (
                f"{self.temporal_ui}/namespaces/{self.temporal.namespace}/workflows/"
                f"{row.workflow_id}"
            )
        return DocumentView(
            row=row,
            preview=preview,
            preview_truncated=truncated,
            details=details,
            details_note=note,
            events=self.audit.events(document_id=document_id),
            temporal_link=link,
            service_label=service.label if service else None,
            field_labels=labels,
        )

    async def _details(self, row: DocumentRow) -> tuple[ClassificationResult | None, str | None]:
        if row.status in (DocumentStatus.RECEIVED.value, DocumentStatus.EXTRACTED.value):
            return None, "Noch nicht zugeordnet."
        try:
            client = await self._client()
            handle = client.get_workflow_handle(row.workflow_id)
            details = await asyncio.wait_for(handle.query(IntakeWorkflow.details), QUERY_TIMEOUT)
        except (ConsoleError, RPCError, TimeoutError) as exc:
            logger.info("details of %s not available: %s", row.id, type(exc).__name__)
            return None, "Die Einzelheiten der Zuordnung sind nicht mehr abrufbar."
        if details is None:
            return None, "Noch nicht zugeordnet."
        return details, None

    # -- quarantine -----------------------------------------------------------------------

    def quarantined(self, limit: int, offset: int) -> list[DocumentRow]:
        with self.db.session() as session:
            rows = list(
                session.scalars(
                    select(DocumentRow)
                    .where(DocumentRow.status == DocumentStatus.QUARANTINED.value)
                    .order_by(DocumentRow.updated_at.desc())
                    .offset(offset)
                    .limit(limit)
                )
            )
            session.expunge_all()
        return rows

    async def retry(self, document_id: str, username: str) -> None:
        """Run a quarantined document through the intake again (e.g. after an outage)."""
        with self.db.session() as session:
            row = session.get(DocumentRow, document_id)
            if row is None:
                raise ConsoleError(404, "Diesen Vorgang gibt es nicht.")
            if row.status != DocumentStatus.QUARANTINED.value:
                raise ConsoleError(409, "Nur Vorgänge in der Quarantäne können neu starten.")
            if not row.blob_sha or row.purged_at is not None or not self.blobs.exists(row.blob_sha):
                raise ConsoleError(
                    409, "Das Original ist nicht mehr gespeichert; ein Neustart ist nicht möglich."
                )
            ref = DocumentRef(
                document_id=row.id,
                source=DocumentSource(row.source),
                blob=BlobRef(
                    sha256=row.blob_sha,
                    size=self.blobs.size(row.blob_sha),
                    media_type=row.media_type,
                ),
                filename=row.filename,
                received_at=row.received_at,
            )
            workflow_id = row.workflow_id or workflow_id_for(row.id)
            reason = row.reason
        client = await self._client()
        assert self.temporal is not None
        # Out of quarantine before the new run starts, so a quick failure of the new run is
        # not overwritten; one atomic step, so two clicks never start two runs (the second
        # finds the document no longer quarantined). Back in with the old reason if the run
        # cannot start.
        with self.db.session() as session:
            claimed = session.execute(
                update(DocumentRow)
                .where(
                    DocumentRow.id == document_id,
                    DocumentRow.status == DocumentStatus.QUARANTINED.value,
                )
                .values(
                    status=DocumentStatus.RECEIVED.value,
                    reason=None,
                    workflow_id=workflow_id,
                    updated_at=datetime.now(UTC),
                )
            )
            if claimed.rowcount != 1:  # type: ignore[attr-defined]
                raise ConsoleError(409, "Dieser Vorgang wird bereits neu verarbeitet.")
        try:
            await client.start_workflow(
                IntakeWorkflow.run,
                ref,
                id=workflow_id,
                task_queue=self.temporal.task_queue,
                # The quarantined run has ended; a run still going is never started twice.
                id_reuse_policy=WorkflowIDReusePolicy.ALLOW_DUPLICATE,
            )
        except WorkflowAlreadyStartedError:
            self._requarantine(document_id, reason)
            raise ConsoleError(409, "Dieser Vorgang wird bereits verarbeitet.") from None
        except RPCError as exc:
            self._requarantine(document_id, reason)
            logger.warning("could not restart %s: %s", document_id, exc)
            raise ConsoleError(503, "Der Neustart ist gerade nicht möglich.") from exc
        self.audit.append(
            "document.retried", actor=username, document_id=document_id, workflow_id=workflow_id
        )

    def _requarantine(self, document_id: str, reason: str | None) -> None:
        with self.db.session() as session:
            session.execute(
                update(DocumentRow)
                .where(
                    DocumentRow.id == document_id,
                    DocumentRow.status == DocumentStatus.RECEIVED.value,
                )
                .values(
                    status=DocumentStatus.QUARANTINED.value,
                    reason=reason,
                    updated_at=datetime.now(UTC),
                )
            )
