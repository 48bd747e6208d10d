#!/usr/bin/env python3
"""Reproducible generator for the rathaus demo/test sample corpus.

Writes the 16 documents in ``samples/`` (relative to the repository root):
German letters, e-mails, forms and scans as they reach the back office of the
fictional "Stadt Musterstadt".  All personal data is FICTIONAL; IBANs carry
valid mod-97 check digits but belong to no real account.

Run from the repository root:

    .venv/bin/python tests/data/build_samples.py            # build + self-check
    .venv/bin/python tests/data/build_samples.py --ocr-check # also OCR the scan

Determinism: all dates are fixed, nothing is random, PDF creation dates are
fixed via ``FPDF.set_creation_date`` and the /ID of the encrypted PDF is pinned,
so reruns give byte-identical files (checked with ``--twice``).

After building, the script cross-checks ``tests/data/samples_expected.yaml``:
every ``pii`` string and every field value must occur in the document's text
(as extracted by pypdf for text-layer PDFs).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
EXPECTED = Path(__file__).resolve().parent / "samples_expected.yaml"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
CET = timezone(timedelta(hours=1))

CITY_LINES = ["Stadt Musterstadt"]
CITY_STREET = ["Rathausplatz 1", "44777 Musterstadt"]

# Text of every document, as a reader would see it (used by the self-check).
SOURCE_TEXT: dict[str, str] = {}


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
def iban_is_valid(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def check_ibans(*ibans: str) -> None:
    for i in ibans:
        assert iban_is_valid(i), f"invalid IBAN in generator: {i}"


def creation_date(day: int, month: int, hour: int = 10) -> datetime:
    return datetime(2026, month, day, hour, 0, 0, tzinfo=CET)


# --------------------------------------------------------------------------
# text-layer PDF letters (fpdf2 + DejaVuSans)
# --------------------------------------------------------------------------
def new_pdf(created: datetime, title: str) -> FPDF:
    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.set_creation_date(created)
    pdf.set_title(title)
    pdf.set_lang("de-DE")
    pdf.set_margins(25, 18, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.add_font("Sig", "", str(FONT_DIR / "DejaVuSerif-Italic.ttf"))
    pdf.add_page()
    return pdf


def render_letter_pdf(spec: dict) -> bytes:
    """Render a DIN-5008-like letter.

    spec keys: sender (lines, top right), return_line, recipient (lines),
    place_date, subject, refs (lines below the subject, optional), blocks,
    closing, signature, after (lines), footer (optional), letterhead (opt.),
    info (list of (label, value) in the right column, optional).
    Blocks: str = paragraph; ("kv", [(label, value), ...], label_width);
    ("table", widths, aligns, rows, bold_rows); ("gap", mm).
    """
    pdf = new_pdf(spec["created"], spec["subject"])
    left = pdf.l_margin

    if spec.get("letterhead"):
        pdf.set_font("DejaVu", "B", 16)
        pdf.set_xy(left, 16)
        pdf.cell(0, 8, spec["letterhead"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 8.5)
        pdf.cell(0, 4.5, spec.get("letterhead_sub", ""), new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(120, 120, 120)
        pdf.line(left, 31, 190, 31)

    if spec.get("sender"):
        pdf.set_font("DejaVu", "", 9)
        pdf.set_xy(125, 18)
        for line in spec["sender"]:
            pdf.set_x(125)
            pdf.cell(65, 4.6, line, new_x="LMARGIN", new_y="NEXT")

    # return line + recipient window (DIN 5008 form B, approx.)
    pdf.set_xy(left, 47)
    pdf.set_font("DejaVu", "", 6.5)
    pdf.cell(85, 3.5, spec["return_line"], border="B", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 10.5)
    for line in spec["recipient"]:
        pdf.cell(85, 5, line, new_x="LMARGIN", new_y="NEXT")

    if spec.get("info"):
        pdf.set_font("DejaVu", "", 9)
        y = 50
        for label, value in spec["info"]:
            pdf.set_xy(110, y)
            pdf.cell(31, 4.6, label)
            pdf.cell(49, 4.6, value)
            y += 4.6

    pdf.set_font("DejaVu", "", 10.5)
    pdf.set_xy(left, 97)
    pdf.cell(165, 5, spec["place_date"], align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.multi_cell(165, 5.2, spec["subject"], align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10.5)
    for line in spec.get("refs", []):
        pdf.cell(165, 5.2, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    for block in spec["blocks"]:
        if isinstance(block, str):
            pdf.set_font("DejaVu", "", 10.5)
            pdf.multi_cell(165, 5.2, block, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.6)
        elif block[0] == "kv":
            _, pairs, lw = block
            pdf.set_font("DejaVu", "", 10.5)
            for label, value in pairs:
                pdf.set_x(left)
                pdf.cell(lw, 5.2, label)
                pdf.multi_cell(165 - lw, 5.2, value, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.6)
        elif block[0] == "table":
            _, widths, aligns, rows, bold_rows = block
            pdf.set_draw_color(150, 150, 150)
            for r, row in enumerate(rows):
                pdf.set_font("DejaVu", "B" if r in bold_rows else "", 9.5)
                border = "B" if r == 0 or r == len(rows) - 4 else 0
                for cell, w, a in zip(row, widths, aligns, strict=False):
                    pdf.cell(w, 6, cell, border=border, align=a)
                pdf.ln(6)
            pdf.ln(3)
        elif block[0] == "gap":
            pdf.ln(block[1])

    pdf.set_font("DejaVu", "", 10.5)
    pdf.cell(0, 5.2, spec.get("closing", "Mit freundlichen Grüßen"), new_x="LMARGIN", new_y="NEXT")
    if spec.get("signature"):
        pdf.ln(1.5)
        pdf.set_font("Sig", "", 15)
        pdf.cell(0, 8, spec["signature"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 10.5)
        pdf.cell(0, 5.2, spec["signature"], new_x="LMARGIN", new_y="NEXT")
    for line in spec.get("sig_extra", []):
        pdf.cell(0, 5.2, line, new_x="LMARGIN", new_y="NEXT")
    if spec.get("after"):
        pdf.ln(5)
        pdf.set_font("DejaVu", "", 9)
        for line in spec["after"]:
            pdf.cell(0, 4.6, line, new_x="LMARGIN", new_y="NEXT")
    if spec.get("footer"):
        pdf.set_auto_page_break(False)
        pdf.set_xy(left, 280)
        pdf.set_font("DejaVu", "", 7)
        pdf.set_text_color(90, 90, 90)
        pdf.multi_cell(165, 3.4, spec["footer"], align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
    return bytes(pdf.output())


def letter_text(spec: dict) -> str:
    """Plain text of a letter spec, for the self-check and word counts."""
    out: list[str] = []
    out += [spec.get("letterhead", ""), spec.get("letterhead_sub", "")]
    out += spec.get("sender", [])
    out += [spec["return_line"]] + spec["recipient"]
    out += [f"{a} {b}" for a, b in spec.get("info", [])]
    out += [spec["place_date"], spec["subject"], *spec.get("refs", [])]
    for block in spec["blocks"]:
        if isinstance(block, str):
            out.append(block)
        elif block[0] == "kv":
            out += [f"{a} {b}" for a, b in block[1]]
        elif block[0] == "table":
            out += [" ".join(row) for row in block[3]]
    out.append(spec.get("closing", "Mit freundlichen Grüßen"))
    if spec.get("signature"):
        out.append(spec["signature"])
    out += spec.get("sig_extra", []) + spec.get("after", [])
    out.append(spec.get("footer", ""))
    return "\n".join(x for x in out if x)


# --------------------------------------------------------------------------
# image-only "scan" (Pillow -> fpdf2, no text layer)
# --------------------------------------------------------------------------
SCAN_DPI = 200


def render_letter_image(spec: dict) -> Image.Image:
    dpi = SCAN_DPI
    px = lambda mm: round(mm * dpi / 25.4)  # noqa: E731
    W, H = px(210), px(297)
    img = Image.new("L", (W, H), 250)
    d = ImageDraw.Draw(img)
    pt = lambda p: round(p * dpi / 72)  # noqa: E731
    f_body = ImageFont.truetype(str(FONT_DIR / "DejaVuSans.ttf"), pt(11))
    f_small = ImageFont.truetype(str(FONT_DIR / "DejaVuSans.ttf"), pt(9))
    f_tiny = ImageFont.truetype(str(FONT_DIR / "DejaVuSans.ttf"), pt(7))
    f_bold = ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), pt(11))
    f_sig = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif-Italic.ttf"), pt(17))
    ink = 30
    left, right = px(25), px(190)
    lh = int(pt(11) * 1.45)

    y = px(18)
    for line in spec["sender"]:
        d.text((px(125), y), line, font=f_small, fill=ink)
        y += int(pt(9) * 1.45)
    y = px(47)
    d.text((left, y), spec["return_line"], font=f_tiny, fill=ink)
    d.line((left, y + pt(8), left + px(85), y + pt(8)), fill=90, width=2)
    y = px(54)
    for line in spec["recipient"]:
        d.text((left, y), line, font=f_body, fill=ink)
        y += lh
    y = px(97)
    w = d.textlength(spec["place_date"], font=f_body)
    d.text((right - w, y), spec["place_date"], font=f_body, fill=ink)
    y += lh * 2
    d.text((left, y), spec["subject"], font=f_bold, fill=ink)
    y += lh * 2

    def wrap(text: str, font, width: int) -> list[str]:
        lines: list[str] = []
        for para in text.split("\n"):
            cur = ""
            for word in para.split(" "):
                cand = (cur + " " + word).strip()
                if d.textlength(cand, font=font) <= width:
                    cur = cand
                else:
                    lines.append(cur)
                    cur = word
            lines.append(cur)
        return lines

    for block in spec["blocks"]:
        if isinstance(block, str):
            for line in wrap(block, f_body, right - left):
                d.text((left, y), line, font=f_body, fill=ink)
                y += lh
            y += lh // 2
        elif block[0] == "kv":
            lw = px(block[2])
            for label, value in block[1]:
                d.text((left, y), label, font=f_body, fill=ink)
                for line in wrap(value, f_body, right - left - lw):
                    d.text((left + lw, y), line, font=f_body, fill=ink)
                    y += lh
            y += lh // 2
    d.text((left, y), spec.get("closing", "Mit freundlichen Grüßen"), font=f_body, fill=ink)
    y += lh
    d.text((left + px(2), y), spec["signature"], font=f_sig, fill=45)
    y += int(pt(17) * 1.5)
    d.text((left, y), spec["signature"], font=f_body, fill=ink)
    y += lh * 2
    for line in spec.get("after", []):
        d.text((left, y), line, font=f_small, fill=ink)
        y += int(pt(9) * 1.45)

    # incoming-mail stamp of the Standesamt (drawn, not text)
    sx, sy = px(128), px(62)
    stamp = ["EINGEGANGEN", "16. FEB. 2026", "Stadt Musterstadt · Standesamt"]
    d.rectangle((sx, sy, sx + px(58), sy + px(19)), outline=110, width=3)
    for i, line in enumerate(stamp):
        f = f_small if i else f_bold
        tw = d.textlength(line, font=f)
        d.text(
            (sx + (px(58) - tw) / 2, sy + px(2) + i * int(pt(10) * 1.45)), line, font=f, fill=110
        )

    # slight skew, as from a flatbed scanner; grey border of the scanner lid
    img = img.rotate(-0.35, resample=Image.BICUBIC, expand=False, fillcolor=235)
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, W - 1, H - 1), outline=200, width=6)
    return img


def image_pdf(img: Image.Image, created: datetime) -> bytes:
    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.set_creation_date(created)
    pdf.set_creator("Scan-Station Bürgerbüro")
    pdf.set_margins(0, 0, 0)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.image(img, x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


# --------------------------------------------------------------------------
# e-mails (RFC 5322, text/plain; charset=utf-8)
# --------------------------------------------------------------------------
def make_eml(
    *,
    sender: str,
    to: str,
    subject: str,
    date: datetime,
    msgid: str,
    body: str,
    cc: str | None = None,
    cte: str = "8bit",
    extra: dict[str, str] | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = msgid
    for k, v in (extra or {}).items():
        msg[k] = v
    msg.set_content(body, charset="utf-8", cte=cte)
    return msg.as_bytes(policy=SMTP)  # CRLF line endings, as on the wire


def eml_text(sender: str, to: str, subject: str, body: str, cc: str | None = None) -> str:
    return "\n".join(
        [f"From: {sender}", f"To: {to}", f"Cc: {cc or ''}", f"Subject: {subject}", body]
    )


# --------------------------------------------------------------------------
# the documents
# --------------------------------------------------------------------------
def doc01() -> bytes:
    iban = "DE58 4305 0001 0034 5678 12"
    check_ibans(iban)
    spec = {
        "created": creation_date(9, 2),
        "sender": [
            "Ayşe Yıldırım",
            "Hattinger Straße 112",
            "44789 Bochum",
            "Tel. 0234 5678901",
            "a.yildirim@example.org",
        ],
        "return_line": "Ayşe Yıldırım · Hattinger Straße 112 · 44789 Bochum",
        "recipient": [*CITY_LINES, "Gewerbeamt (32)", *CITY_STREET],
        "place_date": "Bochum, 09.02.2026",
        "subject": "Betreff: Gewerbeanmeldung – Eröffnung einer Änderungsschneiderei",
        "blocks": [
            "Sehr geehrte Damen und Herren,",
            "hiermit melde ich zum 01.03.2026 ein Gewerbe in Musterstadt an. Das "
            "Online-Formular im Wirtschafts-Service-Portal hat bei mir leider nicht "
            "funktioniert, deshalb sende ich Ihnen meine Angaben auf diesem Weg:",
            (
                "kv",
                [
                    ("Name, Vorname:", "Yıldırım, Ayşe"),
                    ("Geburtsdatum:", "12.04.1987"),
                    ("Staatsangehörigkeit:", "deutsch"),
                    ("Wohnanschrift:", "Hattinger Straße 112, 44789 Bochum"),
                    ("Betriebsstätte:", "Kortumstraße 45, 44775 Musterstadt"),
                    ("Name des Betriebs:", "Nähatelier Yıldırım"),
                    (
                        "Tätigkeit:",
                        "Änderungsschneiderei, Annahmestelle für Textilreinigung, "
                        "Verkauf von Kurzwaren",
                    ),
                    ("Beginn:", "01.03.2026"),
                    ("Rechtsform:", "Einzelunternehmen"),
                    ("Beschäftigte:", "1 Teilzeitkraft (Minijob)"),
                ],
                48,
            ),
            "Die Räume in der Kortumstraße habe ich ab dem 15.02.2026 gemietet. Eine "
            "Kopie meines Personalausweises und einen Auszug aus dem Mietvertrag lege "
            "ich bei.",
            f"Die Gebühr von 26,00 € können Sie gern von meinem Konto bei der "
            f"Sparkasse Bochum abbuchen, IBAN: {iban}.",
            "Für Rückfragen erreichen Sie mich telefonisch oder per E-Mail.",
        ],
        "signature": "Ayşe Yıldırım",
        "after": ["Anlagen: Kopie Personalausweis, Auszug Mietvertrag"],
    }
    SOURCE_TEXT["01_gewerbeanmeldung.pdf"] = letter_text(spec)
    return render_letter_pdf(spec)


def doc02() -> bytes:
    sender = "Piotr Nowak <p.nowak@example.com>"
    to = "gewerbeamt@stadt.example"
    subject = "Abmeldung Gewerbe Hausmeisterservice Nowak"
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich meinen Hausmeisterservice zum 31.03.2026 ab. Ich gehe in Rente
und einen Nachfolger gibt es leider nicht, der Betrieb wird vollständig aufgegeben.

Meine Daten:
Piotr Nowak, geb. 03.11.1960
Am Beisenkamp 7, 44776 Musterstadt
Gewerbe angemeldet seit 01.07.2009, Ihr Aktenzeichen 32.1-2009-00318
Tätigkeit: Hausmeisterdienste, Gartenpflege, Winterdienst

Betriebsstätte war immer meine Wohnanschrift, Mitarbeiter habe ich keine mehr.
Die Gewerbesteuer ist bis Ende 2025 bezahlt.

Bitte schicken Sie mir die Bestätigung der Abmeldung per E-Mail, ich brauche sie
für die Krankenkasse und die Rentenversicherung. Falls noch etwas fehlt, rufen
Sie mich bitte an: 0176 23456789.

Mit freundlichen Grüßen
Piotr Nowak
"""
    SOURCE_TEXT["02_gewerbeabmeldung.eml"] = eml_text(sender, to, subject, body)
    return make_eml(
        sender=sender,
        to=to,
        subject=subject,
        date=datetime(2026, 2, 16, 8, 42, 10, tzinfo=CET),
        msgid="<9f1c2a7e-3b41-4d2a-8c55-0a1d2e3f4b5c@example.com>",
        body=body,
        extra={"Content-Language": "de-DE", "User-Agent": "Mozilla Thunderbird"},
    )


def doc03() -> bytes:
    text = """Kontaktformular www.stadt.example – Nachricht an: Bürgerbüro (33)
Eingegangen: 20.02.2026, 21:17 Uhr
Betreff: Ummeldung Wohnsitz nach Musterstadt

Name: Katarzyna Wiśniewska
E-Mail: k.wisniewska@example.com
Telefon: +49 152 55577881

Nachricht:
Guten Tag,

ich bin am 15.02.2026 von Dortmund nach Musterstadt umgezogen und möchte mich
ummelden. Online habe ich leider keinen Termin im Bürgerbüro bekommen, der nächste
freie Termin ist erst im April. Die Anmeldung muss doch innerhalb von zwei Wochen
erfolgen – kann ich das auch schriftlich erledigen?

Bisherige Anschrift: Rheinische Straße 88, 44137 Dortmund
Neue Anschrift: Lindenallee 23, 2. OG links, 44776 Musterstadt
Geburtsdatum: 28.08.1989

Mit mir zieht mein Sohn Jakub Wiśniewski (geb. 09.07.2015) ein, wir wohnen dort
zu zweit.

Die Wohnungsgeberbestätigung von meinem Vermieter, Herrn Gerhard Brinkmann, habe ich
schon unterschrieben vorliegen, ebenso meinen Personalausweis und Jakubs
Kinderreisepass. Ich kann alles einscannen und per E-Mail schicken oder persönlich
vorbeibringen, wie es Ihnen lieber ist.

Vielen Dank und viele Grüße
Katarzyna Wiśniewska
"""
    SOURCE_TEXT["03_ummeldung_wohnsitz.txt"] = text
    return text.encode("utf-8")


def doc04() -> bytes:
    iban = "DE23430601290123456700"
    check_ibans(iban)
    spec = {
        "created": creation_date(10, 2),
        "sender": [
            "Jürgen Weißkopf",
            "Schloßstraße 5a",
            "44779 Musterstadt",
            "Telefon 0234 / 43 21 09",
            "j.weisskopf@example.net",
        ],
        "return_line": "J. Weißkopf · Schloßstraße 5a · 44779 Musterstadt",
        "recipient": [*CITY_LINES, "Steueramt (22) – Hundesteuer", *CITY_STREET],
        "place_date": "Musterstadt, 10. Februar 2026",
        "subject": "Betreff: Anmeldung eines Hundes zur Hundesteuer",
        "blocks": [
            "Sehr geehrte Damen und Herren,",
            "seit dem 1. Februar 2026 lebt bei uns ein Hund, den ich hiermit zur "
            "Hundesteuer anmelde. Halter bin ich, Jürgen Weißkopf, geboren am "
            "21.08.1962, wohnhaft unter der oben genannten Anschrift.",
            (
                "kv",
                [
                    ("Rasse:", "Labrador-Mischling"),
                    ("Rufname:", "Bruno"),
                    ("Geschlecht:", "Rüde, kastriert"),
                    ("Wurfdatum:", "ca. Mai 2022"),
                    ("Chipnummer:", "276098106543210"),
                    (
                        "Herkunft:",
                        "Tierheim Musterstadt (Übernahmevertrag vom 31.01.2026 liegt bei)",
                    ),
                ],
                40,
            ),
            "Es handelt sich um meinen einzigen Hund. Bruno ist kein gefährlicher Hund "
            "im Sinne des Landeshundegesetzes NRW und wiegt etwa 28 kg. Bitte senden "
            "Sie mir die Steuermarke zu. Falls es für Hunde aus dem Tierheim eine "
            "Steuerermäßigung gibt, beantrage ich diese hiermit ebenfalls.",
            "Für die Zahlung der Hundesteuer erteile ich Ihnen ein SEPA-Lastschriftmandat "
            "für mein Konto:",
            (
                "kv",
                [
                    ("Kontoinhaber:", "Jürgen Weißkopf"),
                    ("IBAN:", iban),
                    ("Bank:", "Volksbank Bochum Witten"),
                ],
                40,
            ),
        ],
        "signature": "Jürgen Weißkopf",
        "after": ["Anlage: Kopie Übernahmevertrag Tierheim"],
    }
    SOURCE_TEXT["04_hundesteuer.pdf"] = letter_text(spec)
    return render_letter_pdf(spec)


def doc05() -> bytes:
    iban = "DE51 4401 0046 0987 6543 21"
    check_ibans(iban)
    spec = {
        "created": creation_date(2, 2),
        "sender": [
            "Fatima Al-Masri",
            "Dorstener Straße 301",
            "44809 Bochum",
            "Mobil: 0162 7788990",
            "fatima.almasri@example.org",
        ],
        "return_line": "Fatima Al-Masri · Dorstener Straße 301 · 44809 Bochum",
        "recipient": ["Einschreiben", *CITY_LINES, "Ordnungsamt (32)", *CITY_STREET],
        "place_date": "Bochum, 02.02.2026",
        "subject": "Betreff: Widerspruch gegen den Gebührenbescheid vom 12.01.2026",
        "refs": ["Aktenzeichen: 32.1-2026-00457", "Kassenzeichen: 5100 2026 0047 11"],
        "blocks": [
            "Sehr geehrte Damen und Herren,",
            "gegen Ihren Gebührenbescheid vom 12.01.2026 (Aktenzeichen 32.1-2026-00457), "
            "mir zugegangen am 15.01.2026, lege ich hiermit fristgerecht Widerspruch ein.",
            "Mit dem Bescheid werden mir Gebühren und Auslagen in Höhe von 185,00 € für "
            "das Abschleppen meines Fahrzeugs (amtliches Kennzeichen BO-FA 2210) am "
            "07.01.2026 in der Viktoriastraße auferlegt. Die Maßnahme war rechtswidrig: "
            "Ich habe das Fahrzeug am 02.01.2026 ordnungsgemäß abgestellt. Das mobile "
            "Halteverbotsschild wurde nach Auskunft mehrerer Anwohner erst am 05.01.2026 "
            "aufgestellt, also weniger als 72 Stunden vor dem Abschleppen. Nach ständiger "
            "Rechtsprechung muss eine Vorlaufzeit von mindestens drei vollen Tagen "
            "eingehalten werden.",
            "Ich beantrage daher, den Bescheid aufzuheben, und bitte bis zur Entscheidung "
            "über den Widerspruch um Aussetzung der Vollziehung. Sollte der Betrag bereits "
            "eingezogen werden, bitte ich um Erstattung auf mein Konto:",
            ("kv", [("IBAN:", iban), ("Kontoinhaberin:", "Fatima Al-Masri")], 40),
            "Fotos vom 02.01.2026, die mein Fahrzeug ohne Halteverbotsschild zeigen, füge ich bei.",
        ],
        "signature": "Fatima Al-Masri",
        "after": ["Anlagen: Kopie des Bescheids, 3 Fotos"],
    }
    SOURCE_TEXT["05_widerspruch_bescheid.pdf"] = letter_text(spec)
    return render_letter_pdf(spec)


def doc06() -> bytes:
    sender = "Hans-Dieter Schulte-Bräuker <hd.schulte@example.net>"
    to = "buergerbuero@stadt.example"
    cc = "beschwerdemanagement@stadt.example"
    subject = "Beschwerde über Wartezeit, Lärm und Umgangston im Bürgerbüro"
    body = """Sehr geehrte Damen und Herren,

ich möchte mich über meinen Besuch im Bürgerbüro am Rathausplatz am gestrigen
Montag, 19.01.2026, beschweren.

Ich hatte einen festen Termin um 9:30 Uhr, um einen neuen Personalausweis zu
beantragen. Aufgerufen wurde ich erst um 11:50 Uhr, also mit über zwei Stunden
Verspätung. Eine Information, warum es so lange dauert, gab es nicht. Der
Wartebereich war völlig überfüllt und so laut (Bohrarbeiten im Nebenraum, dazu der
Aufrufautomat im Minutentakt), dass man sein eigenes Wort nicht verstand. Meine
84-jährige Mutter, die mich begleitet hat, fand nicht einmal einen Sitzplatz.

Am Schalter wurde ich dann von dem Mitarbeiter ausgesprochen unfreundlich behandelt.
Auf meine höfliche Frage nach dem Grund der Verspätung bekam ich nur zu hören, ich
solle mich „nicht so anstellen“, andere müssten auch warten. Das finde ich
respektlos.

Mein Ausweis wurde am Ende beantragt, darum geht es mir nicht. Ich erwarte aber,
dass Sie die Terminvergabe so organisieren, dass feste Termine auch eingehalten
werden, und dass Ihre Mitarbeiter freundlich mit den Bürgern umgehen. Über eine
Rückmeldung würde ich mich freuen.

Mit freundlichen Grüßen
Hans-Dieter Schulte-Bräuker
Telefon: (0234) 61 62 63
"""
    SOURCE_TEXT["06_beschwerde_laerm.eml"] = eml_text(sender, to, subject, body, cc)
    return make_eml(
        sender=sender,
        to=to,
        cc=cc,
        subject=subject,
        date=datetime(2026, 1, 20, 19, 4, 33, tzinfo=CET),
        msgid="<CAF3x9kT7q2P0wR1bZ@mail.example.net>",
        body=body,
        cte="quoted-printable",
        extra={"X-Mailer": "Microsoft Outlook 16.0"},
    )


def doc07() -> bytes:
    iban = "DE69 4405 0199 0001 2345 67"
    check_ibans(iban)
    rows = [
        ["Pos.", "Menge", "Artikel", "Einzelpreis", "Gesamt"],
        ["1", "40 Pak.", "Kopierpapier A4, 80 g/m², 500 Blatt", "4,85 €", "194,00 €"],
        ["2", "12 Stk.", "Tonerkartusche HP 59A, schwarz", "89,90 €", "1.078,80 €"],
        ["3", "1", "Lieferpauschale", "15,00 €", "15,00 €"],
        ["", "", "Nettobetrag", "", "1.287,80 €"],
        ["", "", "zzgl. 19 % USt.", "", "244,68 €"],
        ["", "", "Rechnungsbetrag", "", "1.532,48 €"],
    ]
    spec = {
        "created": creation_date(5, 2, 14),
        "letterhead": "Ruhr-Büroservice GmbH",
        "letterhead_sub": "Bürobedarf · Druckerzubehör · Objekteinrichtung",
        "return_line": "Ruhr-Büroservice GmbH · Westfalendamm 87 · 44141 Dortmund",
        "recipient": [*CITY_LINES, "Schulverwaltungsamt (40)", "z. Hd. Frau Vogt", *CITY_STREET],
        "info": [
            ("Rechnungsnr.:", "RE-2026-0312"),
            ("Rechnungsdatum:", "05.02.2026"),
            ("Lieferdatum:", "03.02.2026"),
            ("Kundennr.:", "10457"),
            ("Bestellung:", "4500087123 vom 20.01.2026"),
            ("Ansprechpartner:", "Marco Lehmann"),
            ("Telefon:", "0231 9876-120"),
            ("E-Mail:", "m.lehmann@ruhr-buero.example"),
        ],
        "place_date": "Dortmund, 05.02.2026",
        "subject": "Betreff: Rechnung Nr. RE-2026-0312",
        "blocks": [
            "Sehr geehrte Damen und Herren,",
            "für die Lieferung an die Grundschule Am Stadtpark gemäß Ihrer Bestellung "
            "berechnen wir Ihnen:",
            ("table", [12, 18, 75, 30, 30], ["L", "L", "L", "R", "R"], rows, {0, 6}),
            "Zahlbar ohne Abzug bis zum 07.03.2026 auf unser Konto bei der Sparkasse "
            f"Dortmund, IBAN {iban}, BIC DORTDE33XXX. Bitte geben Sie bei der "
            "Zahlung die Rechnungsnummer an.",
            "Vielen Dank für Ihren Auftrag.",
        ],
        "signature": "Marco Lehmann",
        "sig_extra": ["Vertrieb Öffentliche Auftraggeber"],
        "footer": "Ruhr-Büroservice GmbH · Westfalendamm 87 · 44141 Dortmund · "
        "Geschäftsführerin: Dr. Renate Ostermann · Amtsgericht Dortmund HRB 12345\n"
        "USt-IdNr. DE123456789 · Steuer-Nr. 314/5702/1234 · Sparkasse Dortmund · "
        f"IBAN {iban}",
    }
    SOURCE_TEXT["07_rechnung.pdf"] = letter_text(spec)
    return render_letter_pdf(spec)


def doc08() -> bytes:
    sender = "Deniz Aydın <deniz.aydin93@example.com>"
    to = "maengelmelder@stadt.example"
    subject = "schlagloch bergstrasse!!"
    body = """hallo zusammen,

wollte mal bescheid geben das in der Bergstraße ungefär höhe hausnummer 40, kurz
vor der kreuzung Am Kortländer, ein riesen schlagloch ist. bestimmt 50 cm breit und
10-15 cm tief, seit dem frost letzte woche is das richtig schlimm geworden.

hab heute abend fast mein reifen geschrottet und ein fahrradfahrer vor mir wär fast
gestürzt. man sieht das im dunkeln überhaupt nich weil die laterne da auch kaputt
ist (die zweite nach der bushaltestelle richtung innenstadt).

könnt ihr da bitte schnell jemand vorbeischicken bevor was passiert?? ein foto mach
ich morgen früh bei tageslicht und schick es hinterher.

wenn ihr rückfragen habt einfach anrufen 0157 34567890

gruß Deniz

--
Deniz Aydın
Gesendet von meinem Smartphone
"""
    SOURCE_TEXT["08_maengelmeldung_schlagloch.eml"] = eml_text(sender, to, subject, body)
    return make_eml(
        sender=sender,
        to=to,
        subject=subject,
        date=datetime(2026, 2, 11, 22, 13, 5, tzinfo=CET),
        msgid="<20260211221305.48213.deniz@example.com>",
        body=body,
    )


def doc09() -> bytes:
    iban = "DE27 4306 0967 4008 8012 00"
    check_ibans(iban)
    text = f"""STADT MUSTERSTADT – Straßenverkehrsbehörde (36)
Antrag auf Erteilung eines Bewohnerparkausweises
(Online-Antrag, Ausdruck vom 18.02.2026, Vorgangsnummer 36-BPA-2026-01922)

Bewohnerparkzone:        M3 „Innenstadt Ost“
Antragsart:              Erstantrag

1. Antragstellende Person
Vorname, Name:           Lukas Bergmann
Geburtsdatum:            30.06.1991
Straße, Hausnummer:      Gneisenaustraße 17
PLZ, Ort:                44778 Musterstadt
Hauptwohnsitz seit:      01.12.2025
Telefon:                 +49 172 9988776
E-Mail:                  lukas.bergmann@example.de

2. Fahrzeug
Amtliches Kennzeichen:   BO-LB 3061
Fahrzeugart / Modell:    Pkw, VW Golf
Halter/in:               antragstellende Person
Firmenwagen:             nein

3. Gültigkeit
Gewünschter Beginn:      01.03.2026
Dauer:                   12 Monate
Gebühr:                  120,00 €

4. Zahlung
Zahlungsart:             SEPA-Lastschrift
Kontoinhaber/in:         Lukas Bergmann
IBAN:                    {iban}

Anlagen: Zulassungsbescheinigung Teil I (Scan), Meldebescheinigung (Scan)

Bemerkung:
Ich bin im Dezember aus Bochum hierher gezogen und habe mein altes Kennzeichen
behalten. Die Anschrift in der Zulassungsbescheinigung ist bereits geändert. Darf
ich bis zur Ausstellung des Ausweises mit einer Kopie dieses Antrags in der Zone
parken?

[x] Ich versichere, dass die Angaben vollständig und richtig sind.
Musterstadt, 18.02.2026 – Lukas Bergmann
"""
    SOURCE_TEXT["09_bewohnerparkausweis.txt"] = text
    return text.encode("utf-8")


def doc10() -> bytes:
    iban = "DE57 4305 0001 0071 2345 09"
    check_ibans(iban)
    spec = {
        "created": creation_date(26, 1),
        "sender": [
            "Samira Haddad",
            "Wattenscheider Straße 58",
            "44775 Musterstadt",
            "Tel.: 0234-9876543",
        ],
        "return_line": "Samira Haddad · Wattenscheider Straße 58 · 44775 Musterstadt",
        "recipient": [
            *CITY_LINES,
            "Amt für Soziales und Wohnen (50)",
            "– Wohngeldstelle –",
            *CITY_STREET,
        ],
        "place_date": "Musterstadt, 26.01.2026",
        "subject": "Betreff: Antrag auf Wohngeld (Mietzuschuss)",
        "blocks": [
            "Sehr geehrte Damen und Herren,",
            "hiermit beantrage ich Wohngeld als Mietzuschuss ab dem 01.02.2026. Den "
            "ausführlichen Antragsvordruck reiche ich nach, sobald ich ihn erhalten habe. "
            "Bitte werten Sie dieses Schreiben als formlosen Antrag, damit mir kein Monat "
            "verloren geht.",
            "Zu meiner Situation: Ich bin alleinerziehend (geboren am 17.03.1985) und "
            "wohne mit meinen beiden Kindern Karim (geb. 14.05.2014) und Lina (geb. "
            "02.10.2017) in einer 3-Zimmer-Wohnung mit 72 m². Die Bruttokaltmiete beträgt "
            "612,40 € monatlich, dazu kommen die Heizkosten. Ich arbeite in Teilzeit als "
            "Pflegeassistentin und erhalte Kindergeld sowie Unterhaltsvorschuss für beide "
            "Kinder. Bürgergeld beziehe ich nicht.",
            "Seit Januar ist meine Arbeitszeit von 30 auf 24 Wochenstunden verringert, "
            "deshalb reicht das Geld nicht mehr für die Miete. Ich möchte ausdrücklich "
            "Wohngeld beantragen, keinen Wohnberechtigungsschein – wir möchten in unserer "
            "Wohnung bleiben.",
            "Beigefügt sind: Mietvertrag, Mietbescheinigung des Vermieters, "
            "Verdienstbescheinigungen der letzten drei Monate, Kindergeldbescheid.",
            "Bitte überweisen Sie das Wohngeld auf mein Konto:",
            ("kv", [("IBAN:", iban)], 20),
            "Bei Fragen erreichen Sie mich unter 0234-9876543 oder per E-Mail an "
            "samira.haddad@example.com.",
        ],
        "signature": "Samira Haddad",
    }
    SOURCE_TEXT["10_wohngeld.pdf"] = letter_text(spec)
    return render_letter_pdf(spec)


def doc11() -> bytes:
    sender = "Stefan Brandt <s.brandt@brandt-yilmaz.example>"
    to = "buergerbuero@stadt.example"
    subject = "Anfrage einfache Melderegisterauskunft – Unser Zeichen 231/25 SB"
    body = """Sehr geehrte Damen und Herren,

in der Forderungssache unserer Mandantin, der Wohnbau Ruhr eG, gegen

    Herrn Thomas Krüger,
    geboren am 08.09.1979,
    zuletzt wohnhaft: Märkische Straße 44, 44779 Musterstadt,

beantragen wir eine einfache Melderegisterauskunft gemäß § 44 BMG.

Unser an die vorgenannte Anschrift gerichtetes Schreiben vom 12.01.2026 kam mit dem
Vermerk „Empfänger unbekannt verzogen“ zurück. Die Auskunft benötigen wir zur
Durchsetzung offener Forderungen aus einem beendeten Mietverhältnis.

Bitte teilen Sie uns die gegenwärtige Anschrift des Betroffenen mit, gegebenenfalls
auch, ob er verstorben oder nach unbekannt verzogen ist. Wir versichern, dass die
Daten nicht für Zwecke der Werbung oder des Adresshandels verwendet werden.

Die Verwaltungsgebühr übernehmen wir selbstverständlich. Bitte senden Sie uns die
Rechnung unter Angabe unseres Zeichens zu.

Mit freundlichen Grüßen

Stefan Brandt
Rechtsanwalt

Brandt & Yılmaz Rechtsanwälte PartG mbB
Rüttenscheider Straße 120
45130 Essen
Tel. +49 (0)201 876543-0
Fax +49 (0)201 876543-99
s.brandt@brandt-yilmaz.example
"""
    SOURCE_TEXT["11_melderegisterauskunft_anwalt.eml"] = eml_text(sender, to, subject, body)
    return make_eml(
        sender=sender,
        to=to,
        subject=subject,
        date=datetime(2026, 2, 4, 10, 27, 51, tzinfo=CET),
        msgid="<kanzlei.231-25.20260204102751@brandt-yilmaz.example>",
        body=body,
        cte="quoted-printable",
        extra={"Organization": "Brandt & Yılmaz Rechtsanwälte PartG mbB"},
    )


def doc12() -> bytes:
    text = """An das Fundbüro der Stadt Musterstadt

Verlustmeldung Rucksack

Hallo,

ich hab am Dienstag, den 27.01.2026, so gegen 17:30 Uhr meinen Rucksack verloren.
Entweder im Bus der Linie 354 (vom Hauptbahnhof Richtung Sportpark) oder an der
Haltestelle Rathausplatz, wo ich ausgestiegen bin. Gemerkt hab ich es leider erst
zuhause.

Beschreibung:
- schwarzer Rucksack, Marke Deuter, roter Reißverschluss, kleiner Plüsch-Eulen-Anhänger
- drin: Laptop (Lenovo ThinkPad, VfL-Aufkleber auf dem Deckel)
- Schlüsselbund mit 3 Schlüsseln und blauem Chip
- Portemonnaie mit Personalausweis, Führerschein und EC-Karte (Karte ist schon gesperrt)
- Mäppchen und ein Ordner mit Unterlagen von der Uni

Beim Verkehrsbetrieb hab ich schon angerufen, da ist bis jetzt nichts abgegeben worden.
Falls der Rucksack bei Ihnen landet, melden Sie sich bitte! Finderlohn zahle ich
natürlich gern. Wegen dem Ausweis: mein Geburtsdatum ist der 05.12.2001, falls Sie das
zum Zuordnen brauchen.

Danke schonmal!
Emre Öztürk
Castroper Straße 190
44791 Bochum
Handy: 0151-22334455
Mail: emre.oeztuerk@example.net
"""
    SOURCE_TEXT["12_fundsache.txt"] = text
    # written on Windows: CRLF line endings
    return text.replace("\n", "\r\n").encode("utf-8")


def doc13() -> bytes:
    sender = "Sandra Kuhlmann <sandra.kuhlmann@stadt.example>"
    to = "gewerbeamt@stadt.example"
    subject = "WG: Umzug meines Imbiss / neue Adresse"
    body = """Hallo zusammen,

zur Bearbeitung weitergeleitet – ist im Postfach des Bürgerbüros gelandet, gehört
aber zu euch (Ummeldung Betriebsstätte).

Viele Grüße
Sandra Kuhlmann
Stadt Musterstadt – Bürgerbüro (33)
Tel. 0234 910-3317


-------- Weitergeleitete Nachricht --------
Betreff: Umzug meines Imbiss / neue Adresse
Datum: Sat, 21 Feb 2026 16:48:20 +0100
Von: Nikolaos Papadopoulos <olympia.grill@example.com>
An: buergerbuero@stadt.example

Guten Tag,

ich betreibe seit 2021 den Imbiss „Olympia Grill“ in der Alleestraße 12,
44776 Musterstadt. Zum 01.04.2026 ziehe ich mit dem Imbiss in größere Räume in der
Brückstraße 31, 44775 Musterstadt. Ich möchte mein Gewerbe deshalb an der neuen
Adresse anmelden. Die alten Räume gebe ich zum 31.03.2026 auf.

Die Tätigkeit bleibt gleich (Imbiss, Verkauf von Speisen und alkoholfreien Getränken
zum Verzehr an Ort und Stelle und zum Mitnehmen), Rechtsform weiterhin
Einzelunternehmen. Mein Aktenzeichen von der Anmeldung 2021 ist 32.1-2021-00893.

Brauche ich für den neuen Standort noch etwas von der Lebensmittelüberwachung oder
reicht die Meldung bei Ihnen? Außengastronomie mit 4 Tischen möchte ich auch
beantragen, dazu melde ich mich noch separat.

Vielen Dank im Voraus!

Mit freundlichen Grüßen
Nikolaos Papadopoulos
geb. 14.02.1978
Herner Straße 77, 44791 Bochum
Mobil: 0171 4455667
"""
    SOURCE_TEXT["13_gewerbeummeldung_weitergeleitet.eml"] = eml_text(sender, to, subject, body)
    return make_eml(
        sender=sender,
        to=to,
        subject=subject,
        date=datetime(2026, 2, 23, 8, 5, 12, tzinfo=CET),
        msgid="<4b7e0c1d-2f6a-4e8b-9d3c-71a5f0e2c9b8@stadt.example>",
        body=body,
        extra={"Content-Language": "de-DE", "User-Agent": "Mozilla Thunderbird"},
    )


SCAN_SPEC = {
    "sender": [
        "Claudia Bäumer",
        "Ludgeristraße 14",
        "48143 Münster",
        "Tel. 0251 2345678",
        "claudia.baeumer@example.org",
    ],
    "return_line": "C. Bäumer · Ludgeristraße 14 · 48143 Münster",
    "recipient": [*CITY_LINES, "Standesamt (34)", *CITY_STREET],
    "place_date": "Münster, 12.02.2026",
    "subject": "Betreff: Antrag auf Ausstellung von Geburtsurkunden",
    "blocks": [
        "Sehr geehrte Damen und Herren,",
        "für meine bevorstehende Eheschließung benötige ich eine aktuelle "
        "Geburtsurkunde. Da ich in Musterstadt geboren bin, bitte ich um Ausstellung "
        "von zwei Geburtsurkunden aus dem Geburtenregister, davon eine als "
        "internationale (mehrsprachige) Urkunde.",
        (
            "kv",
            [
                ("Name:", "Claudia Bäumer"),
                ("Geburtsdatum:", "23.05.1990"),
                ("Geburtsort:", "Musterstadt"),
                ("Eltern:", "Wolfgang Bäumer und Heike Bäumer, geb. Rensing"),
            ],
            42,
        ),
        "Eine Kopie meines Personalausweises liegt bei. Die Gebühr von 24,00 € "
        "überweise ich nach Erhalt Ihrer Zahlungsaufforderung. Bitte senden Sie die "
        "Urkunden an meine oben genannte Anschrift.",
    ],
    "signature": "Claudia Bäumer",
    "after": ["Anlage: Kopie Personalausweis"],
}


def doc14() -> bytes:
    SOURCE_TEXT["14_scan_geburtsurkunde.pdf"] = letter_text(SCAN_SPEC)
    return image_pdf(render_letter_image(SCAN_SPEC), creation_date(16, 2, 9))


def doc15() -> bytes:
    """A real letter PDF, cut after 600 bytes (aborted upload)."""
    spec = {
        "created": creation_date(17, 2),
        "sender": ["Gregor Zimmermann", "Ostring 3", "44787 Bochum"],
        "return_line": "Gregor Zimmermann · Ostring 3 · 44787 Bochum",
        "recipient": [*CITY_LINES, "Bürgerbüro (33)", *CITY_STREET],
        "place_date": "Bochum, 17.02.2026",
        "subject": "Betreff: Antrag auf eine erweiterte Meldebescheinigung",
        "blocks": [
            "Sehr geehrte Damen und Herren,",
            "für meinen Arbeitgeber benötige ich eine erweiterte Meldebescheinigung über "
            "meine frühere Wohnung in Musterstadt (Zeitraum 2019 bis 2024). Bitte senden "
            "Sie mir die Bescheinigung per Post zu.",
        ],
        "signature": "Gregor Zimmermann",
    }
    data = render_letter_pdf(spec)[:600]
    SOURCE_TEXT["15_defekt.pdf"] = ""  # nothing readable survives
    return data


def doc16() -> bytes:
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject

    iban = "DE47 3704 0044 0551 2345 00"
    check_ibans(iban)
    spec = {
        "created": creation_date(13, 2),
        "sender": [
            "Agnieszka Kamińska",
            "Am Hellweg 19",
            "44778 Musterstadt",
            "Tel. 0234 / 55 66 77 8",
            "a.kaminska@example.org",
        ],
        "return_line": "Agnieszka Kamińska · Am Hellweg 19 · 44778 Musterstadt",
        "recipient": [*CITY_LINES, "Amt für Soziales und Wohnen (50)", *CITY_STREET],
        "place_date": "Musterstadt, 13.02.2026",
        "subject": "Betreff: Antrag auf einen Wohnberechtigungsschein",
        "blocks": [
            "Sehr geehrte Damen und Herren,",
            "hiermit beantrage ich einen Wohnberechtigungsschein für eine 2-Zimmer-"
            "Wohnung. Ich wohne derzeit mit meiner Tochter Zofia (geb. 11.11.2019) in "
            "einer Einzimmerwohnung, die für uns beide zu klein geworden ist.",
            "Mein Geburtsdatum ist der 04.06.1994. Einkommensnachweise und eine Kopie "
            "meines Aufenthaltstitels füge ich bei. Die Gebühr kann von meinem Konto "
            f"{iban} abgebucht werden.",
            "Das PDF habe ich mit einem Passwort geschützt, das ich Ihnen telefonisch mitteile.",
        ],
        "signature": "Agnieszka Kamińska",
    }
    SOURCE_TEXT["16_verschluesselt.pdf"] = letter_text(spec)
    plain = render_letter_pdf(spec)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(plain)))
    writer.encrypt("geheim", algorithm="RC4-128")  # RC4: no random IV/salt
    # pypdf randomises the second /ID entry; pin it for reproducible bytes
    # (the key derives from the first entry, which comes from fpdf2's content hash).
    writer._ID = ArrayObject((writer._ID[0], writer._ID[0]))
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


DOCS = {
    "01_gewerbeanmeldung.pdf": doc01,
    "02_gewerbeabmeldung.eml": doc02,
    "03_ummeldung_wohnsitz.txt": doc03,
    "04_hundesteuer.pdf": doc04,
    "05_widerspruch_bescheid.pdf": doc05,
    "06_beschwerde_laerm.eml": doc06,
    "07_rechnung.pdf": doc07,
    "08_maengelmeldung_schlagloch.eml": doc08,
    "09_bewohnerparkausweis.txt": doc09,
    "10_wohngeld.pdf": doc10,
    "11_melderegisterauskunft_anwalt.eml": doc11,
    "12_fundsache.txt": doc12,
    "13_gewerbeummeldung_weitergeleitet.eml": doc13,
    "14_scan_geburtsurkunde.pdf": doc14,
    "15_defekt.pdf": doc15,
    "16_verschluesselt.pdf": doc16,
}


def build(outdir: Path) -> dict[str, str]:
    outdir.mkdir(parents=True, exist_ok=True)
    for stale in outdir.iterdir():
        if stale.is_file() and stale.name not in DOCS:
            print(f"note: {stale.name} is not part of the corpus", file=sys.stderr)
    digests = {}
    for name, fn in DOCS.items():
        data = fn()
        (outdir / name).write_bytes(data)
        digests[name] = hashlib.sha256(data).hexdigest()
    return digests


# --------------------------------------------------------------------------
# self-check against samples_expected.yaml
# --------------------------------------------------------------------------
MONTHS = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]


def date_variants(iso: str) -> list[str]:
    y, m, d = (int(x) for x in iso.split("-"))
    return [f"{d:02d}.{m:02d}.{y}", f"{d}. {MONTHS[m - 1]} {y}", f"{d}.{m}.{y}"]


def amount_variants(v: float) -> list[str]:
    s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return [s, s.replace(".", "")]


def extracted_text(name: str, path: Path) -> str:
    """Text a pipeline would see; for text-layer PDFs what pypdf extracts."""
    if name.endswith(".pdf") and name not in (
        "14_scan_geburtsurkunde.pdf",
        "15_defekt.pdf",
        "16_verschluesselt.pdf",
    ):
        from pypdf import PdfReader

        return "\n".join(p.extract_text() for p in PdfReader(path).pages)
    return SOURCE_TEXT[name]


def self_check(outdir: Path) -> int:
    import yaml

    if not EXPECTED.exists():
        print("samples_expected.yaml missing, self-check skipped")
        return 0
    entries = yaml.safe_load(EXPECTED.read_text(encoding="utf-8"))
    errors = 0
    seen = set()
    for e in entries:
        name = e["file"]
        seen.add(name)
        text = extracted_text(name, outdir / name)
        flat = re.sub(r"\s+", " ", text)
        words = len(SOURCE_TEXT[name].split())
        if name != "15_defekt.pdf" and not 80 <= words <= 300:
            print(f"{name}: {words} words (want 80-300)")
            errors += 1
        for s in e.get("pii") or []:
            if s not in text:
                where = "only with whitespace normalised" if s in flat else "MISSING"
                print(f"{name}: pii {s!r} {where}")
                errors += 1
        for key, val in (e.get("fields") or {}).items():
            if key in ("date_of_birth", "effective_date"):
                ok = any(v in text for v in date_variants(val))
            elif key == "amount_eur":
                ok = any(v in text for v in amount_variants(val))
            elif key == "iban":
                ok = val in text.replace(" ", "") and iban_is_valid(val)
            else:
                ok = str(val) in text
            if not ok:
                print(f"{name}: field {key}={val!r} not found")
                errors += 1
    if seen != set(DOCS):
        print("yaml/doc mismatch:", set(DOCS) ^ seen)
        errors += 1
    print(f"self-check: {len(entries)} entries, {errors} problem(s)")
    return errors


def ocr_check(outdir: Path) -> int:
    """OCR the rendered scan page with tesseract (deu) and look for key strings."""
    import yaml

    if not shutil.which("tesseract"):
        print("tesseract not installed, OCR check skipped")
        return 0
    entry = next(
        e
        for e in yaml.safe_load(EXPECTED.read_text(encoding="utf-8"))
        if e["file"] == "14_scan_geburtsurkunde.pdf"
    )
    with tempfile.TemporaryDirectory() as tmp:
        png = Path(tmp) / "scan.png"
        render_letter_image(SCAN_SPEC).save(png)
        out = subprocess.run(
            ["tesseract", str(png), "-", "-l", "deu"], capture_output=True, text=True, check=True
        ).stdout
    keys = ["Geburtsurkunde", "Standesamt", "Eheschließung", *list(entry["pii"])]
    missing = [k for k in keys if k not in out]
    print(
        f"OCR: {len(keys) - len(missing)}/{len(keys)} key strings found"
        + (f", missing: {missing}" if missing else "")
    )
    return len(missing)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=SAMPLES)
    ap.add_argument("--ocr-check", action="store_true", help="also OCR the scan (slow)")
    ap.add_argument("--twice", action="store_true", help="build twice, compare bytes")
    args = ap.parse_args()
    digests = build(args.out)
    for name, h in digests.items():
        print(f"{h[:16]}  {name}")
    if args.twice:
        with tempfile.TemporaryDirectory() as tmp:
            again = build(Path(tmp))
        diff = [n for n in digests if digests[n] != again[n]]
        print("reproducible: " + ("yes" if not diff else f"NO, differs: {diff}"))
    rc = self_check(args.out)
    if args.ocr_check:
        ocr_check(args.out)  # informative only: OCR noise is expected
    return 1 if rc else 0


if __name__ == "__main__":
    sys.exit(main())
