"""Text out of incoming files: PDF (text layer, Tesseract OCR for scanned pages), e-mail, text.

Every failure a clerk could act on becomes an ``UnreadableDocumentError`` or
``UnsupportedDocumentError`` with a German reason; nothing here logs document content.
"""

from __future__ import annotations

import email
import email.policy
import html
import io
import logging
import re
import shutil
import subprocess
from dataclasses import dataclass
from email.message import EmailMessage, MIMEPart

from connectors.mail_screening import MailLimits, screen_mail
from core.errors import UnreadableDocumentError, UnsupportedDocumentError

logger = logging.getLogger(__name__)

MIN_PAGE_CHARS = 25
OCR_DPI = 300
OCR_TIMEOUT_SECONDS = 120
# Mails forwarded as attachments inside mails: deeper nesting is not read.
MAX_MAIL_NESTING = 3


@dataclass(frozen=True)
class TextLimits:
    """Limits that keep one hostile file from exhausting the worker."""

    max_bytes: int = 25 * 1024 * 1024
    max_pages: int = 200
    max_chars: int = 2_000_000
    ocr: bool = True
    ocr_language: str = "deu"
    max_attachments: int = 20


@dataclass(frozen=True)
class DocumentText:
    """The extracted text and how it was obtained."""

    text: str
    media_type: str
    pages: int = 0
    ocr_pages: int = 0


def sniff_media_type(data: bytes, filename: str) -> str:
    """Decide the format from the content first, the file name second."""
    head = data[:2048].lstrip()
    name = filename.lower()
    if head.startswith(b"%PDF") or name.endswith(".pdf"):
        return "application/pdf"
    if name.endswith(".eml") or re.match(
        rb"(?im)^(received|from|message-id|mime-version|return-path|date|subject):", head
    ):
        return "message/rfc822"
    if name.endswith((".txt", ".text", ".md")) or _looks_like_text(data[:65536]):
        return "text/plain"
    return "application/octet-stream"


def _looks_like_text(sample: bytes) -> bool:
    if not sample or b"\x00" in sample:
        return False
    try:
        decoded = sample.decode("utf-8")
    except UnicodeDecodeError:
        decoded = sample.decode("cp1252", errors="replace")
    controls = sum(1 for ch in decoded if ord(ch) < 32 and ch not in "\r\n\t\f")
    replaced = decoded.count("\ufffd")
    return (controls + replaced) / max(1, len(decoded)) < 0.02


def extract_text(data: bytes, filename: str, limits: TextLimits) -> DocumentText:
    """Extract the text of one document or raise a ``DocumentError`` with a clerk's reason."""
    if not data:
        raise UnreadableDocumentError("Die Datei ist leer.")
    if len(data) > limits.max_bytes:
        raise UnreadableDocumentError(
            f"Die Datei ist zu groß ({len(data) / 1_048_576:.1f} MB, erlaubt sind "
            f"{limits.max_bytes / 1_048_576:.0f} MB)."
        )
    media_type = sniff_media_type(data, filename)
    if media_type == "application/pdf":
        result = _pdf_text(data, limits)
    elif media_type == "message/rfc822":
        # Mail from any channel (IMAP, Graph, an uploaded .eml) passes the same structural
        # screen before its content is read.
        screen_mail(
            data, MailLimits(max_bytes=limits.max_bytes, max_attachments=limits.max_attachments)
        )
        result = _email_text(data, limits)
    elif media_type == "text/plain":
        if not _looks_like_text(data[:65536]):
            raise UnreadableDocumentError(
                "Die Datei enthält Binärdaten statt Text und kann nicht gelesen werden."
            )
        result = DocumentText(_decode(data), "text/plain")
    else:
        raise UnsupportedDocumentError(
            "Das Dateiformat wird nicht unterstützt (erlaubt sind PDF, E-Mail und Text)."
        )
    text = _normalise(result.text)
    if len(text) > limits.max_chars:
        raise UnreadableDocumentError(
            f"Das Dokument enthält zu viel Text ({len(text)} Zeichen, erlaubt sind "
            f"{limits.max_chars})."
        )
    if not text.strip():
        raise UnreadableDocumentError(
            "Das Dokument enthält keinen lesbaren Text (auch nicht nach Texterkennung)."
        )
    return DocumentText(text, result.media_type, result.pages, result.ocr_pages)


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    text = re.sub(r"[ \t\u00a0]+\n", "\n", text)
    return re.sub(r"\n{4,}", "\n\n\n", text).strip()


def _pdf_text(data: bytes, limits: TextLimits) -> DocumentText:
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                unlocked = reader.decrypt("")
            except Exception as exc:  # unsupported algorithms raise plain errors
                raise UnreadableDocumentError(
                    "Die PDF-Datei ist verschlüsselt und kann nicht gelesen werden."
                ) from exc
            if not unlocked:
                raise UnreadableDocumentError(
                    "Die PDF-Datei ist mit einem Passwort geschützt und kann nicht gelesen werden."
                )
        pages = len(reader.pages)
    except UnreadableDocumentError:
        raise
    except FileNotDecryptedError as exc:
        raise UnreadableDocumentError(
            "Die PDF-Datei ist mit einem Passwort geschützt und kann nicht gelesen werden."
        ) from exc
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, RecursionError) as exc:
        raise UnreadableDocumentError(
            "Die PDF-Datei ist beschädigt und kann nicht gelesen werden."
        ) from exc
    if pages == 0:
        raise UnreadableDocumentError("Die PDF-Datei enthält keine Seiten.")
    if pages > limits.max_pages:
        raise UnreadableDocumentError(
            f"Die PDF-Datei hat zu viele Seiten ({pages}, erlaubt sind {limits.max_pages})."
        )
    texts: list[str] = []
    ocr_pages = 0
    for index in range(pages):
        try:
            page_text = reader.pages[index].extract_text() or ""
        except Exception:  # a single broken page must not lose the rest
            logger.warning("page %d: text layer unreadable", index + 1)
            page_text = ""
        if len(page_text.strip()) < MIN_PAGE_CHARS and limits.ocr:
            ocr_text = _ocr_page(data, index, limits.ocr_language)
            if len(ocr_text.strip()) > len(page_text.strip()):
                page_text = ocr_text
                ocr_pages += 1
        texts.append(page_text)
    return DocumentText("\n\n".join(texts), "application/pdf", pages, ocr_pages)


def _ocr_page(data: bytes, index: int, language: str) -> str:
    """Render one page with pypdfium2 and read it with Tesseract."""
    tesseract = shutil.which("tesseract")
    if tesseract is None:
        raise UnreadableDocumentError(
            "Die Seite enthält nur ein Bild, und die Texterkennung (Tesseract) ist nicht "
            "installiert."
        )
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(data)
        try:
            bitmap = pdf[index].render(scale=OCR_DPI / 72, grayscale=True)
            image = bitmap.to_pil()
            buffer = io.BytesIO()
            image.save(buffer, format="PNG")
        finally:
            pdf.close()
    except pypdfium2.PdfiumError as exc:
        logger.warning("page %d: cannot render for OCR: %s", index + 1, type(exc).__name__)
        return ""
    try:
        completed = subprocess.run(
            [tesseract, "stdin", "stdout", "-l", language, "--psm", "3"],
            input=buffer.getvalue(),
            capture_output=True,
            timeout=OCR_TIMEOUT_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise UnreadableDocumentError(
            f"Die Texterkennung für Seite {index + 1} hat zu lange gedauert."
        ) from exc
    if completed.returncode != 0:
        logger.warning("tesseract failed on page %d (rc=%d)", index + 1, completed.returncode)
        return ""
    return completed.stdout.decode("utf-8", errors="replace")


def _email_text(data: bytes, limits: TextLimits, depth: int = 0) -> DocumentText:
    try:
        message = email.message_from_bytes(data, policy=email.policy.default)
    except Exception as exc:  # the parser is lenient; this is for truly broken input
        raise UnreadableDocumentError(
            "Die E-Mail ist beschädigt und kann nicht gelesen werden."
        ) from exc
    assert isinstance(message, EmailMessage)
    return _message_text(message, limits, depth)


def _message_text(message: EmailMessage, limits: TextLimits, depth: int) -> DocumentText:
    """Headers, body and attachments of one message; forwarded messages nest."""
    parts = [f"Betreff: {message.get('subject', '')}", f"Von: {message.get('from', '')}", ""]
    body = message.get_body(preferencelist=("plain", "html"))
    if body is not None:
        content = _part_text(body)
        if body.get_content_subtype() == "html":
            content = _html_to_text(content)
        parts.append(content)
    pages = 0
    ocr_pages = 0
    for attachment in message.iter_attachments():
        if not isinstance(attachment, EmailMessage):
            continue
        if attachment.get_content_type() == "message/rfc822":
            # "Forward as attachment": the citizen's own mail is inside, so it has to be read
            # (and redacted) like the outer one. Nesting is bounded against mail bombs.
            inner = _inner_message(attachment)
            name = attachment.get_filename() or "weitergeleitete E-Mail"
            if inner is None or depth >= MAX_MAIL_NESTING:
                parts.append(f"\n[Anhang {name}: nicht gelesen]")
                continue
            forwarded = _message_text(inner, limits, depth + 1)
            pages += forwarded.pages
            ocr_pages += forwarded.ocr_pages
            parts.append(f"\n[Anhang {name}]\n{forwarded.text}")
            continue
        name = attachment.get_filename() or "Anhang"
        payload = attachment.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        kind = sniff_media_type(payload, name)
        if kind == "application/pdf":
            try:
                pdf = _pdf_text(payload, limits)
            except UnreadableDocumentError as exc:
                parts.append(f"\n[Anhang {name}: {exc.reason}]")
                continue
            pages += pdf.pages
            ocr_pages += pdf.ocr_pages
            parts.append(f"\n[Anhang {name}]\n{pdf.text}")
        elif kind == "text/plain":
            parts.append(f"\n[Anhang {name}]\n{_decode(payload)}")
        elif kind == "message/rfc822" and depth < MAX_MAIL_NESTING:
            # A mail saved as .eml and attached as a file.
            try:
                inner_text = _email_text(payload, limits, depth + 1)
            except UnreadableDocumentError as exc:
                parts.append(f"\n[Anhang {name}: {exc.reason}]")
                continue
            pages += inner_text.pages
            ocr_pages += inner_text.ocr_pages
            parts.append(f"\n[Anhang {name}]\n{inner_text.text}")
        else:
            parts.append(f"\n[Anhang {name}: nicht gelesen]")
    return DocumentText("\n".join(parts), "message/rfc822", pages, ocr_pages)


def _inner_message(attachment: EmailMessage) -> EmailMessage | None:
    payload = attachment.get_payload()
    inner = payload[0] if isinstance(payload, list) and payload else None
    return inner if isinstance(inner, EmailMessage) else None


def _part_text(part: MIMEPart) -> str:
    # Without a declared charset the email package decodes as ASCII and turns every umlaut
    # into U+FFFD ("J\ufffdrgen"), which no recognizer can match; old clients and scanners
    # send 8-bit Latin-1/cp1252 like that. Decode the raw bytes ourselves then.
    charset = part.get_param("charset")
    if charset is None or str(charset).lower() in ("us-ascii", "ascii"):
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes) and not payload.isascii():
            return _decode(payload)
    try:
        content = part.get_content()
    except (LookupError, UnicodeError, AssertionError):
        payload = part.get_payload(decode=True)
        return _decode(payload) if isinstance(payload, bytes) else ""
    return content if isinstance(content, str) else _decode(bytes(content))


def _html_to_text(markup: str) -> str:
    markup = re.sub(r"(?is)<(script|style).*?</\1>", " ", markup)
    markup = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</li>|</tr>", "\n", markup)
    return html.unescape(re.sub(r"<[^>]+>", "", markup))
