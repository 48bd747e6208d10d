"""The intake pipeline run in-process, without Temporal: ``rathaus redact`` and ``classify``.

Same components as the workflow's activities, for staff and scripts that want an answer for a
file right now. Nothing is stored; pseudonym maps stay in memory.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from agents.classifier import Classifier
from agents.extraction import Extractor, reidentify_fields
from connectors.text_extraction import TextLimits, extract_text, sniff_media_type
from core.catalogue import ServiceCatalogue
from core.errors import DocumentError, RedactionError
from redaction.pdf import redact_pdf
from redaction.redactor import RedactionResult, Redactor


@dataclass
class FileOutcome:
    """One line of machine-readable output."""

    path: str
    status: str = "ok"
    error: str | None = None
    data: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {"path": self.path, "status": self.status, "error": self.error, **self.data}


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except IsADirectoryError as exc:
        raise DocumentError("Der Pfad ist ein Ordner, keine Datei.") from exc
    except FileNotFoundError as exc:
        raise DocumentError("Die Datei existiert nicht.") from exc
    except OSError as exc:
        raise DocumentError(f"Die Datei kann nicht gelesen werden ({exc.strerror}).") from exc


def redact_file(
    path: Path, redactor: Redactor, limits: TextLimits
) -> tuple[FileOutcome, RedactionResult | None]:
    """Extract and redact one file; errors become an outcome, never an exception."""
    try:
        text = extract_text(_read(path), path.name, limits).text
        result = redactor.redact(text)
    except DocumentError as exc:
        return FileOutcome(
            str(path), "error", exc.reason, {"redacted_text": "", "entities": []}
        ), None
    except RedactionError:
        return (
            FileOutcome(
                str(path),
                "error",
                "Die Schwärzung ist fehlgeschlagen.",
                {"redacted_text": "", "entities": []},
            ),
            None,
        )
    entities = [
        {"type": s.entity_type, "start": s.start, "end": s.end, "score": round(s.score, 3)}
        for s in result.spans
    ]
    return FileOutcome(str(path), data={"redacted_text": result.text, "entities": entities}), result


@dataclass
class WrittenPdf:
    path: str | None
    error: str | None = None


def write_redacted_pdf(
    path: Path, result: RedactionResult, redactor: Redactor, out_dir: Path, limits: TextLimits
) -> WrittenPdf:
    """Write ``<out_dir>/<stem>-geschwaerzt.pdf`` for a PDF input; other inputs get none."""
    data = _read(path)
    if sniff_media_type(data, path.name) != "application/pdf":
        return WrittenPdf(None)
    try:
        redacted = redact_pdf(
            data,
            redactor,
            personal_strings=result.mapping.values(),
            language=limits.ocr_language,
            max_pages=limits.max_pages,
        )
    except DocumentError as exc:
        return WrittenPdf(None, exc.reason)
    except RedactionError:
        return WrittenPdf(None, "Die geschwärzte PDF-Datei konnte nicht erzeugt werden.")
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{path.stem}-geschwaerzt.pdf"
    target.write_bytes(redacted.data)
    return WrittenPdf(str(target))


def classify_file(
    path: Path,
    redactor: Redactor,
    classifier: Classifier,
    extractor: Extractor,
    catalogue: ServiceCatalogue,
    limits: TextLimits,
) -> FileOutcome:
    """Extract, redact, classify and extract fields (re-identified for the staff member)."""
    redacted, result = redact_file(path, redactor, limits)
    empty: dict[str, Any] = {
        "service_id": None,
        "leika": None,
        "confidence": 0.0,
        "needs_review": True,
        "fields": {},
    }
    if result is None:
        return FileOutcome(redacted.path, "error", redacted.error, empty)
    classification = classifier.classify(result.text)
    service = catalogue.get(classification.service_id) if classification.service_id else None
    extraction = extractor.extract(result.text, service)
    needs_review = classification.needs_review or not (service and service.auto_route)
    return FileOutcome(
        str(path),
        data={
            "service_id": classification.service_id,
            "leika": classification.leika,
            "confidence": classification.confidence,
            "needs_review": needs_review,
            "fields": reidentify_fields(extraction.fields, result.mapping),
        },
    )
