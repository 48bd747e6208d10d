"""The structural screen every inbound mail passes (IMAP, Graph, uploaded .eml)."""

from __future__ import annotations

import pytest
from mail_factory import PDF, hostile_mails, mail

from connectors.mail_screening import MailLimits, screen_mail
from connectors.text_extraction import TextLimits, extract_text
from core.errors import DocumentError, HostileDocumentError, UnsupportedDocumentError

LIMITS = MailLimits(max_bytes=25 * 1024 * 1024, max_attachments=20)
HOSTILE = hostile_mails()

# (case, error class, words the clerk's reason must contain)
REFUSED = [
    ("no_body", DocumentError, "weder Text noch Anhänge"),
    ("fifty_attachments", UnsupportedDocumentError, "50 Anhänge"),
    ("zip_bomb", HostileDocumentError, "Archivbombe"),
    ("zip_archive", UnsupportedDocumentError, "nicht automatisch entpackt"),
    ("executable", HostileDocumentError, "ausführbares Programm"),
    ("disguised_executable", HostileDocumentError, "ausführbares Programm"),
    ("broken_mime", DocumentError, "beschädigt"),
    ("not_a_mail", DocumentError, "keine lesbare E-Mail"),
]


@pytest.mark.parametrize(("case", "error", "words"), REFUSED, ids=[c[0] for c in REFUSED])
def test_hostile_mail_is_refused_with_a_readable_reason(
    case: str, error: type[DocumentError], words: str
) -> None:
    with pytest.raises(error) as caught:
        screen_mail(HOSTILE[case], LIMITS)
    assert words in caught.value.reason
    # The reason is shown to clerks and audited: it never quotes the sender or the body.
    assert "petra" not in caught.value.reason.lower()
    assert "Gewerbe" not in caught.value.reason
    # Nor the file names a citizen chose: attachments are named by position and type.
    for name in ("rechnung", "unterlagen", "seite-"):
        assert name not in caught.value.reason


def test_thirty_megabyte_attachment_is_refused_by_size() -> None:
    raw = mail(attachments=[("scan.pdf", PDF + b"0" * (30 * 1024 * 1024), "application/pdf")])
    with pytest.raises(DocumentError, match="zu groß"):
        screen_mail(raw.as_bytes(), LIMITS)


def test_a_mail_too_large_to_download_is_refused_by_its_reported_size() -> None:
    with pytest.raises(DocumentError, match=r"zu groß \(30,0 MB"):
        screen_mail(b"", LIMITS, size=30 * 1024 * 1024)


def test_ordinary_mails_pass() -> None:
    assert screen_mail(mail().as_bytes(), LIMITS).body_chars > 10
    with_pdf = mail(body=None, attachments=[("antrag.pdf", PDF, "application/pdf")])
    assert screen_mail(with_pdf.as_bytes(), LIMITS).attachments == 1
    forwarded = mail()
    forwarded.add_attachment(mail(subject="Weitergeleitet"))
    assert screen_mail(forwarded.as_bytes(), LIMITS).attachments == 1


def test_deeply_nested_forwards_are_refused() -> None:
    inner = mail()
    for _ in range(8):
        outer = mail()
        outer.add_attachment(inner)
        inner = outer
    with pytest.raises(HostileDocumentError, match="ineinander weitergeleitete"):
        screen_mail(inner.as_bytes(), LIMITS)


def test_an_uploaded_eml_gets_the_same_screen() -> None:
    with pytest.raises(HostileDocumentError, match="ausführbares Programm"):
        extract_text(HOSTILE["executable"], "nachricht.eml", TextLimits())


def test_thousands_of_nested_parts_are_refused_without_recursion() -> None:
    depth = 1200
    head = b"From: a@example.org\r\nSubject: tief\r\nMessage-ID: <tief@example.org>\r\n"
    parts = [head]
    for level in range(depth):
        parts.append(
            f'Content-Type: multipart/mixed; boundary="b{level}"\r\n\r\n--b{level}\r\n'.encode()
        )
    parts.append(b"Content-Type: text/plain\r\n\r\nHallo\r\n")
    for level in reversed(range(depth)):
        parts.append(f"--b{level}--\r\n".encode())
    with pytest.raises(HostileDocumentError, match="verschachtelt"):
        screen_mail(b"".join(parts), LIMITS)
