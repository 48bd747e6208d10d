"""Structural checks on an inbound e-mail before anything reads its content.

A mailbox receives whatever the internet sends. Before a mail becomes a document, its structure
is checked (never its wording: that is the redactor's and the injection screen's job), and a mail
that is broken, empty, oversized or carries executables or archive bombs is refused with one
German sentence a clerk can read. The same check runs for mail from IMAP, Graph and for ``.eml``
files that arrive by upload, so every channel refuses the same things.
"""

from __future__ import annotations

import email
import email.policy
import io
import re
import zipfile
from dataclasses import dataclass
from email import errors as email_errors
from email.message import EmailMessage, Message

from core.errors import HostileDocumentError, UnreadableDocumentError, UnsupportedDocumentError

# Extensions Windows (and common mail clients) would run or open as code.
EXECUTABLE_EXTENSIONS = frozenset(
    {
        "exe", "com", "bat", "cmd", "scr", "pif", "cpl", "msi", "msp", "dll", "sys", "lnk",
        "js", "jse", "vbs", "vbe", "wsf", "wsh", "ps1", "psm1", "hta", "jar", "sh", "reg",
        "iso", "img", "vhd", "vhdx", "appx", "msix", "xll", "docm", "xlsm", "pptm", "dotm",
    }
)  # fmt: skip
ARCHIVE_EXTENSIONS = frozenset({"zip", "7z", "rar", "gz", "tgz", "bz2", "xz", "tar", "cab"})
EXECUTABLE_MAGIC = (b"MZ", b"\x7fELF", b"#!")
ZIP_MAGIC = b"PK\x03\x04"
# MIME structure damage the email package reports as defects (it never raises on bad input).
FATAL_DEFECTS = (
    email_errors.StartBoundaryNotFoundDefect,
    email_errors.CloseBoundaryNotFoundDefect,
    email_errors.MultipartInvariantViolationDefect,
    email_errors.NoBoundaryInMultipartDefect,
    email_errors.InvalidMultipartContentTransferEncodingDefect,
)
MAX_NESTING = 5
# Multipart parts inside parts: real mail nests a handful deep; crafted mail thousands deep to
# exhaust the recursion of every MIME walker.
MAX_MULTIPART_DEPTH = 20
MAX_MULTIPARTS = 100
MULTIPART_HEADER = re.compile(rb"(?im)^content-type:[ \t]*multipart/")


@dataclass(frozen=True)
class MailLimits:
    """What one inbound mail may contain."""

    max_bytes: int = 25 * 1024 * 1024
    max_attachments: int = 20
    max_archive_ratio: int = 100
    max_archive_bytes: int = 100 * 1024 * 1024


@dataclass(frozen=True)
class MailSummary:
    """What the screening saw; counts only, nothing personal."""

    attachments: int
    body_chars: int


def _extension(filename: str) -> str:
    return filename.rsplit(".", 1)[-1].lower() if "." in filename else ""


def _mb(size: int) -> str:
    return f"{size / 1_048_576:.1f}".replace(".", ",")


def screen_mail(raw: bytes, limits: MailLimits, *, size: int | None = None) -> MailSummary:
    """Refuse a mail whose structure is unsafe; raise a ``DocumentError`` with the reason.

    ``size`` is the size the server reported, for mails too large to be downloaded (``raw`` is
    then empty).
    """
    total = size if size is not None else len(raw)
    if total > limits.max_bytes:
        raise UnreadableDocumentError(
            f"Die E-Mail ist zu groß ({_mb(total)} MB, erlaubt sind "
            f"{_mb(limits.max_bytes)} MB); sie wurde nicht abgerufen."
        )
    if not raw.strip():
        raise UnreadableDocumentError("Die E-Mail ist leer.")
    # Before parsing: the parser itself recurses once per nested multipart, so a crafted mail
    # with thousands of them must be refused by counting, not by parsing.
    if len(MULTIPART_HEADER.findall(raw)) > MAX_MULTIPARTS:
        raise HostileDocumentError(
            f"Die E-Mail besteht aus mehr als {MAX_MULTIPARTS} ineinander verschachtelten "
            "Teilen; so ist keine echte E-Mail aufgebaut."
        )
    message = email.message_from_bytes(raw, policy=email.policy.default)
    if not isinstance(message, EmailMessage) or not _has_headers(message):
        raise UnreadableDocumentError(
            "Die Datei ist keine lesbare E-Mail (Kopfzeilen fehlen oder sind beschädigt)."
        )
    if _multipart_depth(message) > MAX_MULTIPART_DEPTH:
        raise HostileDocumentError(
            f"Die E-Mail ist mehr als {MAX_MULTIPART_DEPTH} Ebenen tief verschachtelt; so "
            "ist keine echte E-Mail aufgebaut."
        )
    return _screen_message(message, limits, depth=0)


def _multipart_depth(message: Message) -> int:
    """Deepest nesting of parts, counted without recursion."""
    deepest = 0
    stack: list[tuple[Message, int]] = [(message, 0)]
    while stack:
        part, depth = stack.pop()
        deepest = max(deepest, depth)
        if deepest > MAX_MULTIPART_DEPTH:
            return deepest
        payload = part.get_payload()
        if isinstance(payload, list):
            stack.extend((child, depth + 1) for child in payload if isinstance(child, Message))
    return deepest


def _has_headers(message: Message) -> bool:
    return any(message.get(name) for name in ("From", "Subject", "Message-ID", "Date", "To"))


def _screen_message(message: EmailMessage, limits: MailLimits, depth: int) -> MailSummary:
    if depth > MAX_NESTING:
        raise HostileDocumentError(
            f"Die E-Mail enthält mehr als {MAX_NESTING} ineinander weitergeleitete E-Mails."
        )
    for part in message.walk():
        if any(isinstance(defect, FATAL_DEFECTS) for defect in part.defects):
            raise UnreadableDocumentError(
                "Der Aufbau der E-Mail (MIME) ist beschädigt; Text und Anhänge lassen sich "
                "nicht sicher trennen."
            )
    attachments = [a for a in message.iter_attachments() if isinstance(a, EmailMessage)]
    if len(attachments) > limits.max_attachments:
        raise UnsupportedDocumentError(
            f"Die E-Mail hat {len(attachments)} Anhänge; angenommen werden höchstens "
            f"{limits.max_attachments}. Bitte in mehreren E-Mails senden."
        )
    body = message.get_body(preferencelist=("plain", "html"))
    body_chars = 0
    if body is not None:
        payload = body.get_payload(decode=True)
        body_chars = len(payload.strip()) if isinstance(payload, bytes) else 0
    for number, attachment in enumerate(attachments, start=1):
        _screen_attachment(attachment, number, limits, depth)
    if body_chars == 0 and not attachments:
        raise UnreadableDocumentError("Die E-Mail hat weder Text noch Anhänge.")
    return MailSummary(attachments=len(attachments), body_chars=body_chars)


def _screen_attachment(
    attachment: EmailMessage, number: int, limits: MailLimits, depth: int
) -> None:
    # Reasons are shown to clerks and audited: they name the attachment by its position and
    # type, never by the file name a citizen chose (which often carries a name).
    name = attachment.get_filename() or ""
    kind = _extension(name)
    typed = kind.isascii() and kind.isalnum() and len(kind) <= 8
    shown = f"Nr. {number} ({'.' + kind if typed else 'Datei'})"
    if attachment.get_content_type() == "message/rfc822":
        payload = attachment.get_payload()
        inner = payload[0] if isinstance(payload, list) and payload else None
        if isinstance(inner, EmailMessage):
            _screen_message(inner, limits, depth + 1)
        return
    data = attachment.get_payload(decode=True)
    if not isinstance(data, bytes):
        return
    if len(data) > limits.max_bytes:
        raise UnreadableDocumentError(
            f"Der Anhang {shown} ist zu groß ({_mb(len(data))} MB, erlaubt sind "
            f"{_mb(limits.max_bytes)} MB)."
        )
    extension = kind
    if extension in EXECUTABLE_EXTENSIONS or data.startswith(EXECUTABLE_MAGIC):
        raise HostileDocumentError(
            f"Der Anhang {shown} ist ein ausführbares Programm oder Skript; solche Anhänge "
            "werden aus Sicherheitsgründen nicht geöffnet."
        )
    if data.startswith(ZIP_MAGIC) and extension not in {"docx", "xlsx", "pptx", "odt", "ods"}:
        _screen_zip(data, shown, limits)
        raise UnsupportedDocumentError(
            f"Der Anhang {shown} ist ein Archiv (ZIP); Archive werden nicht automatisch "
            "entpackt. Bitte die Dateien einzeln senden."
        )
    if extension in ARCHIVE_EXTENSIONS:
        raise UnsupportedDocumentError(
            f"Der Anhang {shown} ist ein Archiv ({extension.upper()}); Archive werden nicht "
            "automatisch entpackt. Bitte die Dateien einzeln senden."
        )


def _screen_zip(data: bytes, shown: str, limits: MailLimits) -> None:
    """Refuse archive bombs by their declared sizes, without unpacking anything."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise UnreadableDocumentError(f"Das Archiv (Anhang {shown}) ist beschädigt.") from exc
    unpacked = sum(info.file_size for info in infos)
    packed = max(1, sum(info.compress_size for info in infos))
    nested = any(_extension(info.filename) in ARCHIVE_EXTENSIONS for info in infos)
    if unpacked > limits.max_archive_bytes or unpacked / packed > limits.max_archive_ratio:
        raise HostileDocumentError(
            f"Das Archiv (Anhang {shown}) würde sich auf {_mb(unpacked)} MB entpacken "
            f"({unpacked // packed}-fach); das ist eine Archivbombe."
        )
    if nested:
        raise HostileDocumentError(f"Das Archiv (Anhang {shown}) enthält weitere Archive.")
