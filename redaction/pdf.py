"""Redacted PDFs from which no personal data can be extracted.

Every page is rendered to an image (pypdfium2), read with Tesseract ``deu`` to get word boxes,
and each word that belongs to a personal span (found by the redactor on the page's OCR text, or
equal to a part of a personal string the caller already knows from the text layer) is painted
over in black. The output has images only: no text layer, no fonts, no metadata to leak from.
PyMuPDF (AGPL) is deliberately not used, to keep rathaus EUPL-compatible.
"""

from __future__ import annotations

import csv
import io
import logging
import re
import shutil
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass

from core.errors import RedactionError, UnreadableDocumentError
from redaction.redactor import Redactor

logger = logging.getLogger(__name__)

RENDER_DPI = 250
BOX_PADDING = 3
OCR_TIMEOUT_SECONDS = 180
_SPLIT = re.compile(r"[\s,;:()<>\"'„“”]+")


@dataclass(frozen=True)
class OcrWord:
    text: str
    left: int
    top: int
    width: int
    height: int
    line: tuple[int, int, int]


@dataclass(frozen=True)
class RedactedPdf:
    """The redacted document and what was painted over (counts only)."""

    data: bytes
    pages: int
    boxes: int


def _norm(token: str) -> str:
    return token.strip(".,;:!?()[]{}\"'„“”").lower()


def known_terms(personal_strings: Iterable[str]) -> set[str]:
    """Word-sized parts of personal strings, the way OCR splits them into words."""
    terms: set[str] = set()
    for value in personal_strings:
        for part in _SPLIT.split(value):
            norm = _norm(part)
            if len(norm) >= 3 or (norm.isdigit() and len(norm) >= 2):
                terms.add(norm)
    return terms


def _ocr_words(png: bytes, language: str) -> list[OcrWord]:
    tesseract = shutil.which("tesseract")
    if tesseract is None:
        raise RedactionError("tesseract is not installed; redacted PDFs need OCR word boxes")
    completed = subprocess.run(
        [tesseract, "stdin", "stdout", "-l", language, "--psm", "3", "tsv"],
        input=png,
        capture_output=True,
        timeout=OCR_TIMEOUT_SECONDS,
        check=False,
    )
    if completed.returncode != 0:
        raise RedactionError(f"tesseract failed with code {completed.returncode}")
    words = []
    reader = csv.DictReader(
        io.StringIO(completed.stdout.decode("utf-8", errors="replace")),
        delimiter="\t",
        quoting=csv.QUOTE_NONE,
    )
    for row in reader:
        text = (row.get("text") or "").strip()
        if row.get("level") != "5" or not text:
            continue
        words.append(
            OcrWord(
                text=text,
                left=int(row["left"]),
                top=int(row["top"]),
                width=int(row["width"]),
                height=int(row["height"]),
                line=(int(row["block_num"]), int(row["par_num"]), int(row["line_num"])),
            )
        )
    return words


def _personal_words(words: list[OcrWord], redactor: Redactor, terms: set[str]) -> list[OcrWord]:
    """Words to paint over: inside a span found on the OCR text, or a known personal term."""
    pieces: list[str] = []
    offsets: list[tuple[int, int]] = []
    cursor = 0
    previous_line: tuple[int, int, int] | None = None
    for word in words:
        separator = "" if previous_line is None else (" " if word.line == previous_line else "\n")
        cursor += len(separator)
        pieces.append(separator + word.text)
        offsets.append((cursor, cursor + len(word.text)))
        cursor += len(word.text)
        previous_line = word.line
    text = "".join(pieces)
    spans = [(r.start, r.end) for r in redactor.analyze(text)] if text else []
    chosen = []
    for word, (start, end) in zip(words, offsets, strict=True):
        if _norm(word.text) in terms or any(start < e and s < end for s, e in spans):
            chosen.append(word)
    return chosen


def redact_pdf(
    data: bytes,
    redactor: Redactor,
    *,
    personal_strings: Iterable[str] = (),
    language: str = "deu",
    max_pages: int = 200,
) -> RedactedPdf:
    """Render, find personal words, paint them black, and return an image-only PDF."""
    import pypdfium2
    from PIL import Image, ImageDraw

    terms = known_terms(personal_strings)
    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        raise UnreadableDocumentError("Die PDF-Datei kann nicht gelesen werden.") from exc
    images: list[Image.Image] = []
    boxes = 0
    try:
        if len(document) > max_pages:
            raise UnreadableDocumentError(
                f"Die PDF-Datei hat zu viele Seiten ({len(document)}, erlaubt sind {max_pages})."
            )
        for index in range(len(document)):
            image = document[index].render(scale=RENDER_DPI / 72).to_pil().convert("RGB")
            buffer = io.BytesIO()
            image.save(buffer, format="PNG")
            words = _ocr_words(buffer.getvalue(), language)
            draw = ImageDraw.Draw(image)
            for word in _personal_words(words, redactor, terms):
                draw.rectangle(
                    (
                        word.left - BOX_PADDING,
                        word.top - BOX_PADDING,
                        word.left + word.width + BOX_PADDING,
                        word.top + word.height + BOX_PADDING,
                    ),
                    fill="black",
                )
                boxes += 1
            images.append(image)
    finally:
        document.close()
    output = io.BytesIO()
    images[0].save(
        output, format="PDF", save_all=True, append_images=images[1:], resolution=RENDER_DPI
    )
    logger.info("redacted PDF: %d pages, %d boxes", len(images), boxes)
    return RedactedPdf(data=output.getvalue(), pages=len(images), boxes=boxes)
