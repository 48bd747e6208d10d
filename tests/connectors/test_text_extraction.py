"""``extract_text`` on the sample corpus and on files built to break it."""

from __future__ import annotations

import io
import random
import re
import zipfile
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
import yaml
from fpdf import FPDF

from connectors.text_extraction import TextLimits, extract_text
from core.errors import DocumentError, UnreadableDocumentError, UnsupportedDocumentError

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples"
EXPECTED: list[dict[str, Any]] = yaml.safe_load(
    (REPO / "tests" / "data" / "samples_expected.yaml").read_text("utf-8")
)
PII_BY_FILE = {entry["file"]: entry["pii"] for entry in EXPECTED}

# file → (media type, phrase the text must contain, pages, OCR pages)
READABLE_SAMPLES = {
    "01_gewerbeanmeldung.pdf": ("application/pdf", "Gewerbeanmeldung", 1, 0),
    "02_gewerbeabmeldung.eml": ("message/rfc822", "Abmeldung Gewerbe", 0, 0),
    "03_ummeldung_wohnsitz.txt": ("text/plain", "Ummeldung Wohnsitz", 0, 0),
    "04_hundesteuer.pdf": ("application/pdf", "Anmeldung eines Hundes", 1, 0),
    "05_widerspruch_bescheid.pdf": ("application/pdf", "Widerspruch gegen", 1, 0),
    "06_beschwerde_laerm.eml": ("message/rfc822", "Beschwerde über Wartezeit", 0, 0),
    "07_rechnung.pdf": ("application/pdf", "Rechnungsbetrag 1.532,48 €", 1, 0),
    "08_maengelmeldung_schlagloch.eml": ("message/rfc822", "riesen schlagloch", 0, 0),
    "09_bewohnerparkausweis.txt": ("text/plain", "Bewohnerparkausweis", 0, 0),
    "10_wohngeld.pdf": ("application/pdf", "Antrag auf Wohngeld", 1, 0),
    "11_melderegisterauskunft_anwalt.eml": ("message/rfc822", "Melderegisterauskunft", 0, 0),
    "12_fundsache.txt": ("text/plain", "Verlustmeldung Rucksack", 0, 0),
    "13_gewerbeummeldung_weitergeleitet.eml": (
        "message/rfc822",
        "Weitergeleitete Nachricht",
        0,
        0,
    ),
    "14_scan_geburtsurkunde.pdf": ("application/pdf", "Geburtsurkunde", 1, 1),
}
UNREADABLE_SAMPLES = ["15_defekt.pdf", "16_verschluesselt.pdf"]
OCR_SAMPLES = {"14_scan_geburtsurkunde.pdf"}

_GERMAN = re.compile(
    r"\b(?:die|der|das|ist|nicht|kann|werden|wird|enthält|Datei|Dokument|erlaubt)\b",
    re.IGNORECASE,
)


def assert_german_reason(error: DocumentError) -> None:
    """The reason is one readable German sentence for the clerk."""
    assert error.reason.strip(), "empty reason"
    assert _GERMAN.search(error.reason), error.reason
    assert "Error" not in error.reason and "Traceback" not in error.reason


def pdf_bytes(*lines: str, pages: int = 1) -> bytes:
    """A small text-layer PDF built with fpdf2 (core font, Latin-1 text)."""
    document = FPDF()
    document.set_font("Helvetica", size=12)
    for _ in range(pages):
        document.add_page()
        for line in lines:
            document.cell(0, 10, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(document.output())


def mail(subject: str, sender: str = "Piotr Nowak <p.nowak@example.com>") -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "gewerbeamt@stadt.example"
    message["Subject"] = subject
    return message


# --------------------------------------------------------------------------- sample corpus


def test_every_sample_has_an_expectation() -> None:
    on_disk = {path.name for path in SAMPLES.iterdir() if path.is_file()}
    assert on_disk == set(READABLE_SAMPLES) | set(UNREADABLE_SAMPLES)


@pytest.mark.parametrize("name", sorted(READABLE_SAMPLES))
def test_readable_sample(name: str) -> None:
    media_type, phrase, pages, ocr_pages = READABLE_SAMPLES[name]

    result = extract_text((SAMPLES / name).read_bytes(), name, TextLimits())

    assert result.media_type == media_type
    assert phrase in result.text
    assert result.pages == pages
    assert result.ocr_pages == ocr_pages
    assert "\r" not in result.text
    if name not in OCR_SAMPLES:
        # Redaction can only remove what extraction delivers intact.
        missing = [pii for pii in PII_BY_FILE[name] if pii not in result.text]
        assert missing == []


@pytest.mark.parametrize("name", UNREADABLE_SAMPLES)
def test_unreadable_sample_raises_with_a_german_reason(name: str) -> None:
    with pytest.raises(UnreadableDocumentError) as caught:
        extract_text((SAMPLES / name).read_bytes(), name, TextLimits())

    assert_german_reason(caught.value)
    message = f"{caught.value.reason} {caught.value}"
    assert [pii for pii in PII_BY_FILE[name] if pii in message] == []


def test_image_only_pdf_without_ocr_is_unreadable() -> None:
    name = "14_scan_geburtsurkunde.pdf"

    with pytest.raises(UnreadableDocumentError) as caught:
        extract_text((SAMPLES / name).read_bytes(), name, TextLimits(ocr=False))

    assert_german_reason(caught.value)


# --------------------------------------------------------------------------- limits and junk


def test_empty_bytes_are_unreadable() -> None:
    with pytest.raises(UnreadableDocumentError) as caught:
        extract_text(b"", "antrag.pdf", TextLimits())

    assert_german_reason(caught.value)


@pytest.mark.parametrize(
    ("filename", "error"),
    [
        ("anhang.dat", UnsupportedDocumentError),
        ("anhang", UnsupportedDocumentError),
        ("nachricht.txt", UnreadableDocumentError),
        ("scan.pdf", UnreadableDocumentError),
    ],
)
def test_binary_junk_is_refused(filename: str, error: type[DocumentError]) -> None:
    junk = random.Random(4711).randbytes(8192)

    with pytest.raises(error) as caught:
        extract_text(junk, filename, TextLimits())

    assert_german_reason(caught.value)


def test_file_over_the_byte_limit_is_unreadable() -> None:
    data = (SAMPLES / "01_gewerbeanmeldung.pdf").read_bytes()

    with pytest.raises(UnreadableDocumentError) as caught:
        extract_text(data, "01_gewerbeanmeldung.pdf", TextLimits(max_bytes=len(data) - 1))

    assert_german_reason(caught.value)


def test_file_exactly_at_the_byte_limit_is_read() -> None:
    data = (SAMPLES / "01_gewerbeanmeldung.pdf").read_bytes()

    result = extract_text(data, "01_gewerbeanmeldung.pdf", TextLimits(max_bytes=len(data)))

    assert "Gewerbeanmeldung" in result.text


def test_pdf_with_more_pages_than_allowed_is_unreadable() -> None:
    data = pdf_bytes("Anlage zum Antrag", pages=4)

    with pytest.raises(UnreadableDocumentError) as caught:
        extract_text(data, "anlagen.pdf", TextLimits(max_pages=3))

    assert_german_reason(caught.value)


def test_pdf_with_exactly_the_allowed_pages_is_read() -> None:
    data = pdf_bytes("Anlage zum Antrag auf Wohngeld", pages=3)

    result = extract_text(data, "anlagen.pdf", TextLimits(max_pages=3))

    assert result.pages == 3
    assert result.text.count("Anlage zum Antrag auf Wohngeld") == 3


def test_text_over_the_character_limit_is_unreadable() -> None:
    data = (SAMPLES / "03_ummeldung_wohnsitz.txt").read_bytes()

    with pytest.raises(UnreadableDocumentError) as caught:
        extract_text(data, "03_ummeldung_wohnsitz.txt", TextLimits(max_chars=100))

    assert_german_reason(caught.value)


@pytest.mark.parametrize(
    ("filename", "data"),
    [
        pytest.param("scan.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, id="png-image"),
        pytest.param(
            "antrag.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096), id="ole-word"
        ),
        pytest.param("antrag.docx", None, id="zip-docx"),
    ],
)
def test_unknown_binary_format_is_unsupported(filename: str, data: bytes | None) -> None:
    if data is None:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("word/document.xml", "<w:document>Antrag Jürgen</w:document>")
        data = buffer.getvalue()

    with pytest.raises(UnsupportedDocumentError) as caught:
        extract_text(data, filename, TextLimits())

    assert_german_reason(caught.value)


@pytest.mark.parametrize(
    "data",
    [
        pytest.param("Grüße aus Bochum\r\n".encode("cp1252"), id="cp1252"),
        pytest.param("\ufeffGrüße aus Bochum\n".encode(), id="utf8-bom"),
    ],
)
def test_text_files_in_common_encodings(data: bytes) -> None:
    result = extract_text(data, "brief.txt", TextLimits())

    assert result.text == "Grüße aus Bochum"


# --------------------------------------------------------------------------- e-mail


def test_eml_with_pdf_attachment_includes_the_attachment_text() -> None:
    message = mail("Gewerbeabmeldung")
    message.set_content("Anbei das ausgefüllte Formular.\nMit freundlichen Grüßen\nPiotr Nowak")
    message.add_attachment(
        pdf_bytes("Gewerbeabmeldung (GewA 3)", "Betriebsinhaber: Jürgen Weißkopf"),
        maintype="application",
        subtype="pdf",
        filename="abmeldung.pdf",
    )

    result = extract_text(message.as_bytes(), "abmeldung.eml", TextLimits())

    assert result.media_type == "message/rfc822"
    assert "Anbei das ausgefüllte Formular." in result.text
    assert "Betriebsinhaber: Jürgen Weißkopf" in result.text
    assert result.pages == 1


def test_eml_with_a_broken_pdf_attachment_keeps_the_body() -> None:
    message = mail("Widerspruch")
    message.set_content("Meinen Widerspruch finden Sie im Anhang.")
    message.add_attachment(
        (SAMPLES / "15_defekt.pdf").read_bytes(),
        maintype="application",
        subtype="pdf",
        filename="widerspruch.pdf",
    )

    result = extract_text(message.as_bytes(), "widerspruch.eml", TextLimits())

    assert "Meinen Widerspruch finden Sie im Anhang." in result.text
    assert "widerspruch.pdf" in result.text


def test_html_only_email_is_read_as_text() -> None:
    message = mail("Schlagloch", sender="Deniz Aydın <deniz.aydin93@example.com>")
    message.set_content(
        "<html><head><style>p { color: red; }</style></head><body>"
        "<p>Hallo,</p><p>in der Bergstra&szlig;e ist ein Schlagloch.<br>"
        "Viele Gr&uuml;&szlig;e<br>Deniz</p></body></html>",
        subtype="html",
    )

    result = extract_text(message.as_bytes(), "schlagloch.eml", TextLimits())

    assert "in der Bergstraße ist ein Schlagloch." in result.text
    assert "Viele Grüße" in result.text
    assert "<" not in result.text.replace("<deniz.aydin93@example.com>", "")
    assert "color" not in result.text


def test_email_forwarded_as_attachment_includes_the_inner_message() -> None:
    inner = mail("Umzug meines Imbiss", sender="Nikolaos Papadopoulos <olympia.grill@example.com>")
    inner.set_content("Zum 01.04.2026 ziehe ich mit dem Imbiss in die Brückstraße 31.")
    outer = mail("WG: Umzug meines Imbiss", sender="Sandra Kuhlmann <sk@stadt.example>")
    outer.set_content("zur Bearbeitung weitergeleitet")
    outer.add_attachment(inner)

    result = extract_text(outer.as_bytes(), "weitergeleitet.eml", TextLimits())

    assert "zur Bearbeitung weitergeleitet" in result.text
    assert "Brückstraße 31" in result.text


def test_latin1_email_with_declared_charset_keeps_umlauts() -> None:
    raw = (
        b"From: Juergen Weisskopf <j.weisskopf@example.net>\n"
        b"Subject: Hundesteuer\nMIME-Version: 1.0\n"
        b"Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: 8bit\n\n"
        b"Gr\xfc\xdfe, J\xfcrgen Wei\xdfkopf\n"
    )

    result = extract_text(raw, "hundesteuer.eml", TextLimits())

    assert "Grüße, Jürgen Weißkopf" in result.text


def test_latin1_email_without_charset_keeps_umlauts() -> None:
    # Scanners and old mail clients send 8-bit Latin-1 without declaring it; a name that
    # loses its umlauts ("J\ufffdrgen") can no longer be recognised for redaction.
    raw = (
        b"From: Juergen Weisskopf <j.weisskopf@example.net>\n"
        b"Subject: Hundesteuer\n\n"
        b"Gr\xfc\xdfe, J\xfcrgen Wei\xdfkopf\n"
    )

    result = extract_text(raw, "hundesteuer.eml", TextLimits())

    assert "Grüße, Jürgen Weißkopf" in result.text
