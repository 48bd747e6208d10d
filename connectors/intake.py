"""Intake sources produce one value, ``DocumentRef``, whatever the channel.

The original goes into the blob store first (claim check); the workflow only ever sees the
reference. The document id is derived from the content, so a file that arrives twice (scanned
twice, mailed and uploaded) is taken in once.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

from connectors.text_extraction import sniff_media_type
from core.blobs import LocalBlobStore
from core.types import DocumentRef, DocumentSource


def document_id_for(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:32]


def store_document(
    blobs: LocalBlobStore, data: bytes, filename: str, source: DocumentSource
) -> DocumentRef:
    """Store the original and return the reference the intake workflow takes."""
    blob = blobs.put(data, sniff_media_type(data, filename))
    return DocumentRef(
        document_id=document_id_for(data),
        source=source,
        blob=blob,
        filename=Path(filename).name,
        received_at=datetime.now(UTC),
    )
