"""Inbound mails for intake tests: ordinary ones and the hostile kinds a city mailbox receives."""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def mail(
    body: str | None = "Sehr geehrte Damen und Herren,\nich melde mein Gewerbe ab.\n",
    attachments: list[tuple[str, bytes, str]] | None = None,
    subject: str = "Gewerbeabmeldung",
    message_id: str | None = None,
) -> EmailMessage:
    message = EmailMessage()
    message["From"] = "Petra Sommer <petra.sommer@example.org>"
    message["To"] = "eingang@stadt.example"
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=False)
    message["Message-ID"] = message_id or make_msgid(domain="example.org")
    if body is not None:
        message.set_content(body)
    for name, data, media_type in attachments or []:
        maintype, _, subtype = media_type.partition("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return message


def zip_bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("daten.txt", b"\0" * (50 * 1024 * 1024))
    return buffer.getvalue()


def small_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("antrag.pdf", PDF)
    return buffer.getvalue()


def broken_mime() -> bytes:
    return (
        b"From: a@example.org\r\nTo: eingang@stadt.example\r\nSubject: kaputt\r\n"
        b"Message-ID: <kaputt-1@example.org>\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="XYZ"\r\n\r\n'
        b"kein einziger Teil beginnt hier\r\n"
    )


def hostile_mails() -> dict[str, bytes]:
    """name -> raw bytes of mails the intake must refuse."""
    return {
        "no_body": mail(body=None).as_bytes(),
        "fifty_attachments": mail(
            attachments=[(f"seite-{i}.pdf", PDF, "application/pdf") for i in range(50)]
        ).as_bytes(),
        "zip_bomb": mail(
            attachments=[("unterlagen.zip", zip_bomb(), "application/zip")]
        ).as_bytes(),
        "zip_archive": mail(
            attachments=[("unterlagen.zip", small_zip(), "application/zip")]
        ).as_bytes(),
        "executable": mail(
            attachments=[("rechnung.exe", b"MZ\x90\x00" + b"\0" * 100, "application/octet-stream")]
        ).as_bytes(),
        "disguised_executable": mail(
            attachments=[("rechnung.pdf", b"MZ\x90\x00" + b"\0" * 100, "application/pdf")]
        ).as_bytes(),
        "broken_mime": broken_mime(),
        "not_a_mail": b"\x00\x01binary garbage without headers" * 10,
    }
