#!/usr/bin/env python3
"""Build the held-out German PII corpus redaction_heldout10 (70 documents).

Run `python3 build_heldout10.py`; it writes corpus.jsonl next to this file.
Standard library only, fully deterministic.

Annotation conventions
----------------------
* Documents are written with inline markup ``[[TYPE:text]]``; the script strips it
  and computes offsets. Tables are padded on the visible text (helpers ``fw``,
  ``md``, ``tsv``).
* Salutations, titles and roles (Herr, Frau, Dr., Familie, Sohn, Mutter, Sachbearbeiterin)
  stay outside PERSON spans. ``Nachname, Vorname`` is one span; in tables with
  separate columns for surname and first name each cell is its own span.
* Names inside e-mail addresses only count as part of the EMAIL_ADDRESS span.
* A private address is split into STREET_ADDRESS (street + house number) and
  LOCATION (postcode + town as one span, or a district / town alone).
  Towns of birth, origin, former residence and relatives' towns are LOCATION.
  Towns and addresses of offices, courts, schools, firms, markets and events are not
  annotated, nor are countries and nationalities.
* Switchboards (ending in -0) and functional mailboxes are not personal; staff
  names, direct lines and personal mailboxes (vorname.nachname@...) are.
* Only dates of birth are DATE_OF_BIRTH (children's and relatives' included, bare year
  of birth included). Letter dates, deadlines, appointments, death, wedding and move
  dates are not annotated.
* File numbers, Kassenzeichen, customer, BG, application and case numbers that identify
  a person's matter are DE_AKTENZEICHEN (cue word outside the span). Council papers,
  ticket numbers of internal IT, road-works numbers, HRB entries are not.
* German ID cards and eAT cards are DE_ID_CARD, passports (German and foreign) DE_PASSPORT.
* Plates of private persons' and private firms' vehicles are DE_KFZ; municipal fleet
  plates are not.
* DE_HANDELSREGISTER only for sole traders (e.K., HRA); GmbH/AG with HRB are not
  annotated. A company named after a person (``Bäckerei Schulte GmbH``) is not annotated;
  the owner's name in a sole trader's business name is PERSON.
* Persons who died more than 50 years ago (street namesakes etc.) are not annotated.
* OCR noise inside a personal string belongs to the span.
"""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus.jsonl")

TYPES = {
    "PERSON",
    "LOCATION",
    "STREET_ADDRESS",
    "DATE_OF_BIRTH",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "IBAN_CODE",
    "DE_TAX_ID",
    "DE_SOCIAL_SECURITY",
    "DE_ID_CARD",
    "DE_PASSPORT",
    "DE_KFZ",
    "DE_AKTENZEICHEN",
    "DE_HANDELSREGISTER",
    "IP_ADDRESS",
}
MARK = re.compile(r"\[\[([A-Z_]+):(.*?)\]\]")
DOCS = []


# --------------------------------------------------------------------------- helpers
def vis(s):
    """Visible text of a markup string."""
    return MARK.sub(lambda m: m.group(2), s)


def cell(s, w, right=False):
    pad = w - len(vis(s))
    if pad < 0:
        raise ValueError(f"cell too wide: {vis(s)!r} ({len(vis(s))} > {w})")
    return (" " * pad + s) if right else (s + " " * pad)


def fw(rows, widths, sep=" ", right=()):
    """Fixed-width rows, padded by visible width."""
    lines = []
    for r in rows:
        parts = [cell(c, w, i in right) for i, (c, w) in enumerate(zip(r, widths, strict=False))]
        lines.append(sep.join(parts).rstrip())
    return "\n".join(lines)


def md(rows, align=None):
    """Markdown table; first row is the header."""
    n = len(rows[0])
    widths = [max(len(vis(r[i])) for r in rows) for i in range(n)]

    def line(r):
        return "| " + " | ".join(cell(c, widths[i]) for i, c in enumerate(r)) + " |"

    sepl = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(rows[0]), sepl] + [line(r) for r in rows[1:]])


def tsv(rows):
    return "\n".join("\t".join(r) for r in rows)


def csv(rows, sep=";"):
    return "\n".join(sep.join(r) for r in rows)


# ---------------------------------------------------------------- check digits
def _stid_check(d10):
    product = 10
    for ch in d10:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    return 0 if c == 10 else c


def stid_valid(num):
    d = re.sub(r"\D", "", num)
    if len(d) != 11 or d[0] == "0":
        return False
    counts = {}
    for ch in d[:10]:
        counts[ch] = counts.get(ch, 0) + 1
    multi = [k for k, v in counts.items() if v > 1]
    if len(multi) != 1 or counts[multi[0]] > 3:
        return False
    if counts[multi[0]] == 3:
        k = multi[0]
        if k * 3 in d[:10]:
            return False
    return _stid_check(d[:10]) == int(d[10])


def stid(prefix, grouped=False):
    """Steuer-ID from a 10-digit prefix (structure is asserted)."""
    assert len(prefix) == 10 and prefix.isdigit()
    full = prefix + str(_stid_check(prefix))
    assert stid_valid(full), full
    if grouped:
        return f"{full[:2]} {full[2:5]} {full[5:8]} {full[8:]}"
    return full


def ustid(prefix8):
    """USt-IdNr. DE + 8 digits + check digit (MOD 11,10)."""
    assert len(prefix8) == 8
    return "DE" + prefix8 + str(_stid_check(prefix8))


def ustid_valid(s):
    d = s.replace(" ", "")
    return bool(re.fullmatch(r"DE\d{9}", d)) and _stid_check(d[2:10]) == int(d[10])


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban(cc, bban, grouped=True):
    chk = 98 - _iban_num(bban + cc + "00") % 97
    full = f"{cc}{chk:02d}{bban}"
    assert iban_valid(full)
    if grouped:
        return " ".join(full[i : i + 4] for i in range(0, len(full), 4))
    return full


def iban_valid(s):
    d = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", d):
        return False
    return _iban_num(d[4:] + d[:4]) % 97 == 1


def _rv_check(area, dob6, letter, serial):
    digits = area + dob6 + f"{ord(letter) - 64:02d}" + serial
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    tot = 0
    for d, f in zip(digits, w, strict=False):
        p = int(d) * f
        tot += p // 10 + p % 10
    return str(tot % 10)


def rvnr(area, dob6, letter, serial, grouped=True):
    c = _rv_check(area, dob6, letter, serial)
    if grouped:
        return f"{area} {dob6} {letter} {serial}{c}"
    return area + dob6 + letter + serial + c


def rv_valid(s):
    d = s.replace(" ", "")
    m = re.fullmatch(r"(\d{2})(\d{6})([A-Z])(\d{2})(\d)", d)
    return bool(m) and _rv_check(*m.groups()[:4]) == m.group(5)


IDALPHA = "0123456789CFGHJKLMNPRTVWXYZ"


def icao(s):
    w = [7, 3, 1]
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        tot += v * w[i % 3]
    return str(tot % 10)


def idcard(serial9, with_check=False):
    assert len(serial9) == 9 and all(c in IDALPHA for c in serial9), serial9
    return serial9 + icao(serial9) if with_check else serial9


# --------------------------------------------------------------------- documents
def T(s):
    return s.strip("\n")


def add(id_, kind, style, raw, keep, allow=(), ocr_ok=()):
    """Register a document.

    allow:  annotated strings that may occur unannotated elsewhere in the same document
            (explicit exceptions: an office town equal to a private town, a court town
            equal to a birthplace, a district name in an office's name).
    ocr_ok: spans whose check digits or alphabet are broken by OCR noise on purpose.
    """
    DOCS.append(
        dict(
            id=id_,
            kind=kind,
            style=style,
            raw=T(raw),
            keep=list(keep),
            allow=set(allow),
            ocr_ok=set(ocr_ok),
        )
    )


# =============================================================================
# PII documents: tables and lists
# =============================================================================

# ---- 001 excel_paste: appointment list of a Bürgeramt pasted into an e-mail
add(
    "h10-001",
    "pii",
    "excel_paste",
    T("""
Von: Bürgeramt Essen-Frohnhausen <buergeramt-frohnhausen@essen.de>
An: Team Meldewesen Frohnhausen
Datum: Mo, 07.12.2026, 16:42
Betreff: Nachbearbeitung Termine 07.12. – Liste aus Excel

Hallo zusammen,

hier die heutigen Termine mit offenen Punkten, direkt aus der Excel-Liste rauskopiert. Bitte bis Mittwoch, 09.12.2026 nachbearbeiten und in der letzten Spalte den Status setzen. „Vorgang“ ist die Nummer aus dem Terminsystem.

""")
    + "\n\n"
    + tsv(
        [
            ["Zeit", "Vorgang", "Nachname", "Vorname", "Geb.", "Anliegen", "offen"],
            [
                "08:15",
                "[[DE_AKTENZEICHEN:TS-26-1207-0031]]",
                "[[PERSON:Wróblewska]]",
                "[[PERSON:Katarzyna]]",
                "[[DATE_OF_BIRTH:23.09.1986]]",
                "Ummeldung (Zuzug)",
                "Wohnungsgeberbest. fehlt",
            ],
            [
                "08:30",
                "[[DE_AKTENZEICHEN:TS-26-1207-0034]]",
                "[[PERSON:Al-Hamwi]]",
                "[[PERSON:Khaled]]",
                "[[DATE_OF_BIRTH:02.01.1991]]",
                "eAT-Abholung",
                "PIN-Brief nicht da",
            ],
            [
                "08:45",
                "[[DE_AKTENZEICHEN:TS-26-1207-0038]]",
                "[[PERSON:Brinkhoff]]",
                "[[PERSON:Heike]]",
                "[[DATE_OF_BIRTH:17.06.1962]]",
                "Führungszeugnis",
                "—",
            ],
            [
                "09:00",
                "[[DE_AKTENZEICHEN:TS-26-1207-0040]]",
                "[[PERSON:Nguyễn]]",
                "[[PERSON:Thị Lan]]",
                "[[DATE_OF_BIRTH:30.11.1994]]",
                "Kinderreisepass Tochter (geb. [[DATE_OF_BIRTH:04.05.2025]])",
                "Lichtbild nicht biometrisch",
            ],
            [
                "09:30",
                "[[DE_AKTENZEICHEN:TS-26-1207-0047]]",
                "[[PERSON:Okafor]]",
                "[[PERSON:Chukwuemeka]]",
                "[[DATE_OF_BIRTH:11.08.1983]]",
                "Meldebescheinigung",
                "Gebühr 10,00 € offen",
            ],
            [
                "10:15",
                "[[DE_AKTENZEICHEN:TS-26-1207-0052]]",
                "[[PERSON:Dumitrescu]]",
                "[[PERSON:Ionela]]",
                "[[DATE_OF_BIRTH:08.03.1999]]",
                "Anmeldung mit 2 Kindern",
                "Übersetzung Geburtsurk. fehlt",
            ],
        ]
    )
    + "\n\n"
    + T("""
Bei Frau [[PERSON:Wróblewska]] fehlt die Wohnungsgeberbestätigung der Allbau, sie bringt sie am Donnerstag vorbei. Herr [[PERSON:Okafor]] hatte die 10,00 € nicht bar dabei – bitte Zahlungserinnerung schicken, keinen neuen Termin. Für Frau [[PERSON:Dumitrescu]] habe ich beim Übersetzungsbüro nachgefragt, die beglaubigten Übersetzungen kommen voraussichtlich Ende nächster Woche.

Viele Grüße
[[PERSON:Sandra Pöppinghaus]]
Teamleitung Bürgeramt Frohnhausen
Stadt Essen
Tel. [[PHONE_NUMBER:0201 88-33417]] | Zentrale 0201 88-0
"""),
    keep=[
        "buergeramt-frohnhausen@essen.de",
        "09.12.2026",
        "10,00 €",
        "Meldebescheinigung",
        "0201 88-0",
    ],
)


# ---- 002 excel_paste: Kita waiting list
add(
    "h10-002",
    "pii",
    "excel_paste",
    T("""
Betreff: Vormerkliste Kita – Stand 01.12.2026
Von: Städtische Kita Holtener Straße <kita-holtenerstrasse@stadt-duisburg.de>
An: Jugendamt Duisburg, Abteilung Kindertagesbetreuung

Guten Tag,

wie besprochen die aktuelle Vormerkliste aus dem Kita-Navigator, ich habe sie in Excel sortiert (Dringlichkeit zuerst). Die Spalte „Std.“ ist der gewünschte Betreuungsumfang pro Woche.

""")
    + "\n\n"
    + tsv(
        [
            ["Lfd", "Kind", "geb. am", "Eltern", "Tel.", "Adresse", "ab", "Std."],
            [
                "1",
                "[[PERSON:Ahmadzai, Soraya]]",
                "[[DATE_OF_BIRTH:19.03.2024]]",
                "[[PERSON:Farid Ahmadzai]] / [[PERSON:Mariam Rahimi]]",
                "[[PHONE_NUMBER:0176 22841957]]",
                "[[STREET_ADDRESS:Lehrerstraße 41]], [[LOCATION:47167 Duisburg]]",
                "01.08.2027",
                "45",
            ],
            [
                "2",
                "[[PERSON:Boateng, Kofi]]",
                "[[DATE_OF_BIRTH:07.11.2023]]",
                "[[PERSON:Akosua Mensah]]",
                "[[PHONE_NUMBER:0157 34418820]]",
                "[[STREET_ADDRESS:Obermarxloher Straße 12]], [[LOCATION:47167 Duisburg]]",
                "01.02.2027",
                "35",
            ],
            [
                "3",
                "[[PERSON:Kaltenbach, Emil]]",
                "[[DATE_OF_BIRTH:26.06.2024]]",
                "[[PERSON:Sabine]] + [[PERSON:Dirk Kaltenbach]]",
                "[[PHONE_NUMBER:0203 4417263]]",
                "[[STREET_ADDRESS:Holtener Straße 118]], [[LOCATION:47167 Duisburg]]",
                "01.08.2027",
                "25",
            ],
            [
                "4",
                "[[PERSON:Savchuk, Mila]]",
                "[[DATE_OF_BIRTH:12.01.2023]]",
                "[[PERSON:Iryna Savchuk]]",
                "[[PHONE_NUMBER:+49 1520 7713904]]",
                "[[STREET_ADDRESS:Buschstraße 9]], [[LOCATION:47166 Duisburg]]",
                "sofort",
                "45",
            ],
            [
                "5",
                "[[PERSON:Ivanova, Viktor]]",
                "[[DATE_OF_BIRTH:03.04.2024]]",
                "[[PERSON:Desislava Ivanova]]",
                "[[PHONE_NUMBER:0162 9038115]]",
                "[[STREET_ADDRESS:Obermarxloher Straße 61]], [[LOCATION:47167 Duisburg]]",
                "01.08.2027",
                "35",
            ],
        ]
    )
    + "\n\n"
    + T("""
Familie [[PERSON:Ahmadzai]] hat Dringlichkeit (Arbeitsaufnahme der Mutter zum 01.03.2027, Bescheinigung liegt vor). Bei [[PERSON:Mila]] ist ein Platz im U3-Bereich leider erst ab Sommer möglich, Frau [[PERSON:Savchuk]] fragt nach einer Tagespflegeperson. Die Plätze ab 01.08.2027 werden im Vergabegespräch am 18.02.2027 besprochen.

Freundliche Grüße
[[PERSON:Helen Tekle]], Leitung
Städtische Kita Holtener Straße
Holtener Straße 60, 47167 Duisburg
Telefon 0203 283-0 (Zentrale Stadt Duisburg)
"""),
    keep=["Kita-Navigator", "01.08.2027", "18.02.2027", "Holtener Straße 60", "0203 283-0"],
    allow=["47167 Duisburg"],
)


# ---- 003 excel_paste: owner enquiries for parking offences
add(
    "h10-003",
    "pii",
    "excel_paste",
    T("""
Betreff: Rückläufer Halterauskunft – Anhörungsbögen bitte bis Freitag
Von: [[EMAIL_ADDRESS:jens.dellwig@oberhausen.de]]
An: bussgeldstelle@oberhausen.de

Moin,

die Halterauskünfte vom KBA sind zurück, ich hab sie dir unten reinkopiert (aus unserer Excel-Arbeitsliste). Betrag = Verwarngeld lt. Tatbestandskatalog, Spalte TBNR nicht ändern.

""")
    + "\n\n"
    + tsv(
        [
            ["Az.", "Tattag", "Tatort", "Kennz.", "Halter", "Anschrift Halter", "TBNR", "Betrag"],
            [
                "[[DE_AKTENZEICHEN:32.2-OW-26-047711]]",
                "12.11.2026",
                "Steinbrinkstraße Höhe Nr. 188",
                "[[DE_KFZ:OB-KT 4418]]",
                "[[PERSON:Triantafyllou, Konstantinos]]",
                "[[STREET_ADDRESS:Vestische Straße 87]], [[LOCATION:46117 Oberhausen]]",
                "112402",
                "20,00",
            ],
            [
                "[[DE_AKTENZEICHEN:32.2-OW-26-047735]]",
                "12.11.2026",
                "Marktstraße (Fußgängerzone)",
                "[[DE_KFZ:E-HB 2207]]",
                "[[PERSON:Kuhlmann, Thomas]]",
                "[[STREET_ADDRESS:Kerckhoffstraße 14]], [[LOCATION:45144 Essen]]",
                "141312",
                "55,00",
            ],
            [
                "[[DE_AKTENZEICHEN:32.2-OW-26-047802]]",
                "14.11.2026",
                "Bottroper Straße / Gildenstraße",
                "[[DE_KFZ:BOT-AZ 91]]",
                "[[PERSON:Şahin, Kemal]]",
                "[[STREET_ADDRESS:Gladbecker Straße 203]], [[LOCATION:46236 Bottrop]]",
                "112454",
                "35,00",
            ],
            [
                "32.2-OW-26-047810",
                "14.11.2026",
                "Lothringer Straße (Schwerbeh.-Parkplatz)",
                "[[DE_KFZ:MH-FE 3391]]",
                "Elektro Brauckmann GmbH",
                "Aktienstraße 221, 45473 Mülheim an der Ruhr",
                "142278",
                "55,00",
            ],
            [
                "[[DE_AKTENZEICHEN:32.2-OW-26-047844]]",
                "16.11.2026",
                "Friedrich-Karl-Straße",
                "[[DE_KFZ:GE-HO 712]]",
                "[[PERSON:Osso, Hevin]]",
                "[[STREET_ADDRESS:Bismarckstraße 154]], [[LOCATION:45889 Gelsenkirchen]]",
                "112402",
                "20,00",
            ],
        ]
    )
    + "\n\n"
    + T("""
Bei 047810 ist Halterin eine Firma, da geht der Anhörungsbogen an die Geschäftsleitung (Fahrer unbekannt, Verfahren läuft vorerst gegen Unbekannt). Frau [[PERSON:Osso]] hat heute schon angerufen und gesagt, dass ihr Bruder gefahren ist – bitte Zeugenfragebogen statt Anhörung. Rückfragen von ihr unter [[PHONE_NUMBER:0209 3187744]].

Gruß
[[PERSON:Jens Dellwig]]
Zentrale Bußgeldstelle
Stadt Oberhausen, Schwartzstraße 72, 46045 Oberhausen
Tel. [[PHONE_NUMBER:0208 825-2716]], Zentrale 0208 825-0
"""),
    keep=[
        "Zentrale Bußgeldstelle",
        "Schwartzstraße 72, 46045 Oberhausen",
        "0208 825-0",
        "bussgeldstelle@oberhausen.de",
        "55,00",
    ],
)


# ---- 004 excel_paste: returned direct debits of the city treasury
add(
    "h10-004",
    "pii",
    "excel_paste",
    T("""
Von: Stadtkasse Hagen – Vollstreckung <stadtkasse@stadt-hagen.de>
Betreff: Rücklastschriften November 2026 (Export aus SAP, in Excel aufbereitet)
Datum: 02.12.2026

Liebe Kolleginnen und Kollegen,

anbei die Rücklastschriften aus dem Lauf vom 16.11.2026. Die Rücklastschriftgebühr der Bank (3,00 € je Fall) wird den Schuldnern gesondert in Rechnung gestellt. Bitte die Fälle nach Mahnstufe abarbeiten.

""")
    + "\n\n"
    + tsv(
        [
            [
                "Kassenzeichen",
                "Schuldner/in",
                "Forderungsart",
                "Betrag",
                "Grund",
                "IBAN lt. Mandat",
                "Mahnst.",
            ],
            [
                "[[DE_AKTENZEICHEN:5.1100.204417.3]]",
                "[[PERSON:Hülsbusch, Klaus-Dieter]]",
                "Grundbesitzabgaben Q4",
                "312,45",
                "MD06 Widerspruch",
                f"[[IBAN_CODE:{iban('DE', '450500010102238841')}]]",
                "1",
            ],
            [
                "[[DE_AKTENZEICHEN:5.1210.088126.0]]",
                "[[PERSON:Georgiev, Hristo]]",
                "Hundesteuer 2026",
                "156,00",
                "AC04 Konto erloschen",
                f"[[IBAN_CODE:{iban('DE', '450500010407714420')}]]",
                "2",
            ],
            [
                "[[DE_AKTENZEICHEN:5.1410.031907.8]]",
                "[[PERSON:Kelmendi, Besnik]]",
                "Elternbeitrag OGS",
                "95,00",
                "AM04 Deckung",
                f"[[IBAN_CODE:{iban('DE', '440100460871442109')}]]",
                "1",
            ],
            [
                "[[DE_AKTENZEICHEN:5.1100.219063.5]]",
                "[[PERSON:Esposito, Francesca]]",
                "Grundbesitzabgaben Q4",
                "287,12",
                "MD06 Widerspruch",
                f"[[IBAN_CODE:{iban('DE', '450500010109935518')}]]",
                "1",
            ],
            [
                "[[DE_AKTENZEICHEN:5.1410.040112.1]]",
                "[[PERSON:Amedî, Rojda]]",
                "Elternbeitrag OGS",
                "95,00",
                "AM04 Deckung",
                f"[[IBAN_CODE:{iban('DE', '450500010312280067')}]]",
                "3",
            ],
        ]
    )
    + "\n\n"
    + T("""
Summe: 945,57 €

Hinweise: Bei Herrn [[PERSON:Georgiev]] ist das Konto laut Sparkasse erloschen, bitte neue Bankverbindung anfordern. Bei Frau [[PERSON:Esposito]] hat der Ehemann [[PERSON:Vincenzo]] die Lastschrift widerrufen, er ruft zurück. Frau [[PERSON:Amedî]] ist in Mahnstufe 3 – Vollstreckungsankündigung vorbereiten.

Gläubiger-ID der Stadt Hagen: DE41ZZZ00000031207
Stadtkasse Hagen, Rathaus an der Volme, Rathausstraße 11, 58095 Hagen
Sachbearbeitung: [[PERSON:Monika Sprenger]], Tel. [[PHONE_NUMBER:02331 207-3382]]
"""),
    keep=[
        "Rathausstraße 11, 58095 Hagen",
        "945,57 €",
        "DE41ZZZ00000031207",
        "3,00 €",
        "16.11.2026",
    ],
)


# ---- 005 csv_export: housing benefit applications
add(
    "h10-005",
    "pii",
    "csv_export",
    T("""
# Export Wohngeldverfahren – Wohngeldstelle
# Datei: wg_antraege_offen_20261130.csv | Trennzeichen ; | Kodierung UTF-8
# Filter: Status <> beschieden; Eingang >= 01.10.2026
Antragsnr;Eingang;Name;Vorname;Geburtsdatum;Strasse;PLZ;Ort;Pers;Miete_brutto;Status
[[DE_AKTENZEICHEN:WG-2026-04117]];03.11.2026;[[PERSON:Pietrzak]];[[PERSON:Małgorzata]];[[DATE_OF_BIRTH:1971-05-14]];[[STREET_ADDRESS:Horster Straße 92]];[[LOCATION:46236]];[[LOCATION:Bottrop]];2;612,40;Unterlagen fehlen
[[DE_AKTENZEICHEN:WG-2026-04129]];05.11.2026;[[PERSON:Çelik]];[[PERSON:Elif]];[[DATE_OF_BIRTH:1988-12-01]];[[STREET_ADDRESS:Prosperstraße 17a]];[[LOCATION:46238]];[[LOCATION:Bottrop]];4;798,00;in Prüfung
[[DE_AKTENZEICHEN:WG-2026-04133]];05.11.2026;[[PERSON:Oberschelp]];[[PERSON:Marlies]];[[DATE_OF_BIRTH:1949-08-27]];[[STREET_ADDRESS:Scharnhölzstraße 310]];[[LOCATION:46242]];[[LOCATION:Bottrop]];1;455,90;Unterlagen fehlen
[[DE_AKTENZEICHEN:WG-2026-04150]];12.11.2026;[[PERSON:Darwish]];[[PERSON:Yasmin]];[[DATE_OF_BIRTH:1996-02-29]];[[STREET_ADDRESS:Gladbecker Straße 61]];[[LOCATION:46236]];[[LOCATION:Bottrop]];3;701,15;in Prüfung
[[DE_AKTENZEICHEN:WG-2026-04162]];18.11.2026;[[PERSON:Vlachos]];[[PERSON:Dimitrios]];[[DATE_OF_BIRTH:1957-10-03]];[[STREET_ADDRESS:Hauptstraße 88]];[[LOCATION:46244]];[[LOCATION:Bottrop-Kirchhellen]];2;680,00;Rückfrage Vermieter
[[DE_AKTENZEICHEN:WG-2026-04171]];24.11.2026;[[PERSON:Tkachenko]];[[PERSON:Olena]];[[DATE_OF_BIRTH:1983-06-22]];[[STREET_ADDRESS:Essener Straße 140]];[[LOCATION:46242]];[[LOCATION:Bottrop]];2;574,30;Unterlagen fehlen
# 6 Datensätze; Summe Miete_brutto 3.821,75
# Erzeugt von WGV-Client 4.3, Benutzergruppe Wohngeldstelle, 30.11.2026 07:02
"""),
    keep=[
        "wg_antraege_offen_20261130.csv",
        "Wohngeldstelle",
        "Miete_brutto",
        "Unterlagen fehlen",
        "3.821,75",
    ],
)


# ---- 006 csv_export: dog-tax register
add(
    "h10-006",
    "pii",
    "csv_export",
    T("""
"Export Hundesteuer – Stadt Mülheim an der Ruhr, Steueramt – Stand 30.11.2026"
"Steuerkonto";"Halter";"Geb. Halter";"Anschrift";"Hund";"Rasse";"Wurfdatum Hund";"Anmeldung";"Ermäßigung";"Jahressteuer"
"[[DE_AKTENZEICHEN:22.100.31874]]";"[[PERSON:Dimitrova, Mariya]]";"[[DATE_OF_BIRTH:15.04.1977]]";"[[STREET_ADDRESS:Eppinghofer Straße 131]], [[LOCATION:45468 Mülheim an der Ruhr]]";"Balu";"Labrador-Mischling";"02.05.2021";"01.07.2021";"";"120,00"
"[[DE_AKTENZEICHEN:22.100.32011]]";"[[PERSON:Wiegmann, Jürgen]]";"[[DATE_OF_BIRTH:09.01.1958]]";"[[STREET_ADDRESS:Mellinghofer Straße 250]], [[LOCATION:45473 Mülheim an der Ruhr]]";"Frieda";"Dackel";"14.03.2019";"01.06.2019";"Grundsicherung 50 %";"60,00"
"[[DE_AKTENZEICHEN:22.100.32011]]";"[[PERSON:Wiegmann, Jürgen]]";"[[DATE_OF_BIRTH:09.01.1958]]";"[[STREET_ADDRESS:Mellinghofer Straße 250]], [[LOCATION:45473 Mülheim an der Ruhr]]";"Paul";"Dackel";"20.08.2023";"01.10.2023";"Grundsicherung 50 %, 2. Hund";"90,00"
"[[DE_AKTENZEICHEN:22.100.33590]]";"[[PERSON:Hoxha, Driton]]";"[[DATE_OF_BIRTH:30.06.1990]]";"[[STREET_ADDRESS:Oberhausener Straße 44]], [[LOCATION:45476 Mülheim an der Ruhr]]";"Rocky";"American Staffordshire Terrier";"11.11.2022";"01.02.2023";"";"600,00"
"[[DE_AKTENZEICHEN:22.100.34102]]";"[[PERSON:Lupu, Gheorghe]]";"[[DATE_OF_BIRTH:1962]]";"[[STREET_ADDRESS:Duisburger Straße 302]], [[LOCATION:45478 Mülheim an der Ruhr]]";"Luna";"Schäferhund";"unbekannt";"01.09.2026";"";"120,00"
"[[DE_AKTENZEICHEN:22.100.34117]]";"[[PERSON:Pham, Thu Ha]]";"[[DATE_OF_BIRTH:28.02.1991]]";"[[STREET_ADDRESS:Düsseldorfer Straße 71]], [[LOCATION:45481 Mülheim an der Ruhr]]";"Mochi";"Shiba Inu";"05.01.2025";"01.10.2026";"";"120,00"
"Hinweis: Steuersatz gefährlicher Hund gem. § 2 Abs. 3 Hundesteuersatzung 600,00 EUR; Ersthund 120,00 EUR"
"Datensätze: 6 | Jahressumme: 1.110,00 EUR"
"""),
    keep=["Stand 30.11.2026", "Hundesteuersatzung", "600,00 EUR", "1.110,00 EUR", "Steuerkonto"],
)


# ---- 007 csv_export: poll workers
add(
    "h10-007",
    "pii",
    "csv_export",
    T(f"""
Wahlhelfende_LTW2027_Stand_2026-12-01.csv
Quelle: Online-Anmeldung Wahlhelferportal, Wahlamt Recklinghausen, Rathausplatz 3-4
---
Nachname;Vorname;Jahrgang;E-Mail;Mobil;Wunsch-Wahlbezirk;Funktion;IBAN Erfrischungsgeld;Bemerkung
[[PERSON:Tenhagen]];[[PERSON:Birgit]];[[DATE_OF_BIRTH:1966]];[[EMAIL_ADDRESS:b.tenhagen@gmx.de]];[[PHONE_NUMBER:0171 5530921]];0412 Grundschule Hochlarmark;Wahlvorsteherin;[[IBAN_CODE:{iban("DE", "426501500090381172", grouped=False)}]];seit 2009 dabei
[[PERSON:Mitev]];[[PERSON:Asen]];[[DATE_OF_BIRTH:2001]];[[EMAIL_ADDRESS:asen.mitev01@web.de]];[[PHONE_NUMBER:0152 28810437]];0207 Käthe-Kollwitz-Schule;Beisitzer;[[IBAN_CODE:{iban("DE", "426501500091112840", grouped=False)}]];
[[PERSON:Haji]];[[PERSON:Shirin]];[[DATE_OF_BIRTH:1985]];[[EMAIL_ADDRESS:shirin.haji@t-online.de]];[[PHONE_NUMBER:0176 81120093]];egal;Schriftführerin;[[IBAN_CODE:{iban("DE", "120300001065229187", grouped=False)}]];spricht Kurmancî, Arabisch
[[PERSON:Kołodziej]];[[PERSON:Zbigniew]];[[DATE_OF_BIRTH:1953]];[[EMAIL_ADDRESS:zbyszek.k@outlook.de]];[[PHONE_NUMBER:02361 8873410]];0501 Briefwahl;Beisitzer;[[IBAN_CODE:{iban("DE", "426501500095550361", grouped=False)}]];nur vormittags
[[PERSON:Bondarenko]];[[PERSON:Iryna]];[[DATE_OF_BIRTH:1994]];[[EMAIL_ADDRESS:iryna.bondarenko@gmail.com]];[[PHONE_NUMBER:0157 52290614]];0315 Gymnasium Petrinum;Beisitzerin;[[IBAN_CODE:{iban("DE", "360100430998104477", grouped=False)}]];
---
5 Datensätze. Erfrischungsgeld Wahlvorstand 50,00 €, Beisitz 40,00 €, Auszahlung nach der Landtagswahl am 16.05.2027.
Rückfragen: wahlamt@recklinghausen.de, Telefon 02361 50-0
"""),
    keep=[
        "wahlamt@recklinghausen.de",
        "16.05.2027",
        "Erfrischungsgeld",
        "Gymnasium Petrinum",
        "02361 50-0",
    ],
)


# ---- 008 csv_export: eAT collection appointments of the immigration office
add(
    "h10-008",
    "pii",
    "csv_export",
    T(f"""
Ausländerbehörde Duisburg – Export „eAT-Abholung KW 50/2026“ (Fachverfahren, CSV)
Spalten durch Semikolon getrennt, Datumsformat JJJJ-MM-TT

Vorgang;Name;Vornamen;Geburtsdatum;Geburtsort;StA;Pass-Nr.;eAT-Kartennr.;Abholtermin;Hinweis
[[DE_AKTENZEICHEN:ABH-2026-118834]];[[PERSON:Haddad]];[[PERSON:Rana]];[[DATE_OF_BIRTH:1990-07-21]];[[LOCATION:Homs]];syrisch;[[DE_PASSPORT:N014428736]];[[DE_ID_CARD:{idcard("Y4F7K2M9T")}]];2026-12-07 08:30;
[[DE_AKTENZEICHEN:ABH-2026-118851]];[[PERSON:Tesfamariam]];[[PERSON:Yonas]];[[DATE_OF_BIRTH:1988-01-01]];[[LOCATION:Asmara]];eritreisch;ohne;[[DE_ID_CARD:{idcard("YC0L3R8N2")}]];2026-12-07 09:00;Identität nicht geklärt, Ausweisersatz
[[DE_AKTENZEICHEN:ABH-2026-118862]];[[PERSON:Popal]];[[PERSON:Ahmad Shah]];[[DATE_OF_BIRTH:1979-11-30]];[[LOCATION:Kandahar]];afghanisch;[[DE_PASSPORT:P03118829]];[[DE_ID_CARD:{idcard("YH2T6V1K5")}]];2026-12-08 10:15;Dolmetscher Dari
[[DE_AKTENZEICHEN:ABH-2026-118870]];[[PERSON:Adeyemi]];[[PERSON:Oluwaseun]];[[DATE_OF_BIRTH:1993-03-09]];[[LOCATION:Ibadan]];nigerianisch;[[DE_PASSPORT:A07734519]];[[DE_ID_CARD:{idcard("YM9P4X2C7")}]];2026-12-08 11:00;Blaue Karte EU
[[DE_AKTENZEICHEN:ABH-2026-118903]];[[PERSON:Kovalenko]];[[PERSON:Andrii]];[[DATE_OF_BIRTH:1985-12-02]];[[LOCATION:Charkiw]];ukrainisch;[[DE_PASSPORT:FT482215]];[[DE_ID_CARD:{idcard("YW5G8Z3L1")}]];2026-12-09 08:00;§ 24 AufenthG
[[DE_AKTENZEICHEN:ABH-2026-118915]];[[PERSON:Gashi]];[[PERSON:Blerina]];[[DATE_OF_BIRTH:1997-06-18]];[[LOCATION:Prizren]];kosovarisch;[[DE_PASSPORT:P01928374]];[[DE_ID_CARD:{idcard("YR7J1F6H9")}]];2026-12-09 08:30;PIN-Brief zurück (unzustellbar)

Datensätze: 6
Hinweis Sachgebiet: Die Gebühr für den eAT (100,00 €) ist vor Aushändigung zu zahlen. Karten ohne PIN-Brief gehen zurück an die Bundesdruckerei, wenn bis 31.12.2026 keine Abholung erfolgt. Anfragen bitte nur über auslaenderbehoerde@stadt-duisburg.de.
"""),
    keep=[
        "Bundesdruckerei",
        "100,00 €",
        "31.12.2026",
        "auslaenderbehoerde@stadt-duisburg.de",
        "PIN-Brief",
    ],
)


# ---- 009 fixed_width: register excerpt, two pages
_w9 = [12, 20, 14, 10, 15, 28]
_h9 = ["Ordn.-Merkm.", "Familienname", "Vornamen", "Geb.-Dat.", "Geburtsort", "Anschrift / Einzug"]
add(
    "h10-009",
    "pii",
    "fixed_width",
    T("""
STADT ESSEN                  E I N W O H N E R W E S E N                     Seite 1/2
Bürgeramt Mitte              Auskunft aus dem Melderegister       Druck: 03.12.2026 10:14
Arbeitsplatz BA-MITTE-07     Programm MELDO 7.2 / AUSK020         Grundlage: § 34 BMG
------------------------------------------------------------------------------------------
Anfrage: Polizeipräsidium Essen, Direktion K, Ersuchen vom 01.12.2026
Gegenstand: Haushalt [[STREET_ADDRESS:Rüttenscheider Str. 212]], [[LOCATION:45131 Essen]]
------------------------------------------------------------------------------------------
""")
    + "\n"
    + fw(
        [
            _h9,
            [
                "[[DE_AKTENZEICHEN:0004471829]]",
                "[[PERSON:Papadopoulos]]",
                "[[PERSON:Georgios]]",
                "[[DATE_OF_BIRTH:14.09.1968]]",
                "[[LOCATION:Thessaloniki]]",
                "[[STREET_ADDRESS:Rüttenscheider Str. 212]] 1997",
            ],
            [
                "[[DE_AKTENZEICHEN:0004471830]]",
                "[[PERSON:Papadopoulou]]",
                "[[PERSON:Eleni]]",
                "[[DATE_OF_BIRTH:02.02.1972]]",
                "[[LOCATION:Kavala]]",
                "[[STREET_ADDRESS:Rüttenscheider Str. 212]] 1997",
            ],
            [
                "[[DE_AKTENZEICHEN:0004471831]]",
                "[[PERSON:Papadopoulos]]",
                "[[PERSON:Nikolaos]]",
                "[[DATE_OF_BIRTH:21.07.2003]]",
                "[[LOCATION:Essen]]",
                "[[STREET_ADDRESS:Rüttenscheider Str. 212]] 2003",
            ],
            [
                "[[DE_AKTENZEICHEN:0004471832]]",
                "[[PERSON:Papadopoulou]]",
                "[[PERSON:Sofia Anastasi]]",
                "[[DATE_OF_BIRTH:05.10.2008]]",
                "[[LOCATION:Essen]]",
                "[[STREET_ADDRESS:Rüttenscheider Str. 212]] 2008",
            ],
            [
                "[[DE_AKTENZEICHEN:0005120418]]",
                "[[PERSON:Konstantinou-Wilh]]",
                "[[PERSON:Maria Christ]]",
                "[[DATE_OF_BIRTH:30.12.1940]]",
                "[[LOCATION:Drama]]",
                "[[STREET_ADDRESS:Rüttenscheider Str. 212]] 2019",
            ],
        ],
        _w9,
    )
    + "\n"
    + T("""
------------------------------------------------------------------------------------------
*** Spalten Familienname/Vornamen/Anschrift gekürzt – Langfassung über AUSK021 ***
MELDO 7.2 – vertraulich – nur für den Dienstgebrauch                   Seite 1/2


STADT ESSEN                  E I N W O H N E R W E S E N                     Seite 2/2
Bürgeramt Mitte              Auskunft aus dem Melderegister       Druck: 03.12.2026 10:14
------------------------------------------------------------------------------------------
Frühere Anschriften (nur lfd. Haushalt):
""")
    + "\n"
    + fw(
        [
            ["Ordn.-Merkm.", "von", "bis", "Anschrift"],
            [
                "[[DE_AKTENZEICHEN:0004471829]]",
                "01.03.1991",
                "14.08.1997",
                "[[STREET_ADDRESS:Blankensteiner Str. 12]], [[LOCATION:45527 Hattingen]]",
            ],
            [
                "[[DE_AKTENZEICHEN:0005120418]]",
                "1961",
                "31.05.2019",
                "[[LOCATION:Kavala]] (Griechenland), Zuzug aus dem Ausland",
            ],
        ],
        [12, 10, 10, 50],
    )
    + "\n"
    + T("""

Auskunftssperre: keine | Übermittlungssperren: keine | bedingter Sperrvermerk: nein
Bearbeitet: [[PERSON:R. Kaya]], Bürgeramt Mitte, Porscheplatz 1, 45127 Essen
------------------------------------------------------------------------------------------
MELDO 7.2 – vertraulich – nur für den Dienstgebrauch                   Seite 2/2
"""),
    keep=[
        "Auskunft aus dem Melderegister",
        "Druck: 03.12.2026 10:14",
        "§ 34 BMG",
        "nur für den Dienstgebrauch",
        "Porscheplatz 1, 45127 Essen",
    ],
    allow=["Essen"],
)


# ---- 010 fixed_width: calculation sheet for basic income support
_rv_w = rvnr("12", "030849", "B", "03")
_rv_u = rvnr("12", "110453", "S", "58")
add(
    "h10-010",
    "pii",
    "fixed_width",
    T(f"""
STADT HAGEN  FB 55 Jugend und Soziales          BERECHNUNGSBOGEN SGB XII 4. KAPITEL        Blatt 1
LISA-S 3.11 / Druck 27.11.2026 13:52                                   Bewilligungszeitraum 01.01.2027-31.12.2027
=======================================================================================================
Aktenzeichen: [[DE_AKTENZEICHEN:55/4-GS-0031847]]                   Sachbearb.: [[PERSON:Tkalec]], Zi. C.214, [[PHONE_NUMBER:02331 207-4471]]
Antragsteller/in : [[PERSON:Bartelheim, Ute]] geb. [[PERSON:Sprenger]]   * [[DATE_OF_BIRTH:11.04.1953]]   RV-Nr. [[DE_SOCIAL_SECURITY:{_rv_u}]]
Ehegatte         : [[PERSON:Bartelheim, Werner]]                 * [[DATE_OF_BIRTH:03.08.1949]]   RV-Nr. [[DE_SOCIAL_SECURITY:{_rv_w}]]
Anschrift        : [[STREET_ADDRESS:Minervastraße 12]], [[LOCATION:58089 Hagen]] (Wehringhausen), Mietwohnung 2. OG
-------------------------------------------------------------------------------------------------------
BEDARF                                    UTE           WERNER           GESAMT
Regelbedarfsstufe 2                    506,00           506,00          1.012,00
Mehrbedarf § 30 Abs. 1 (Merkz. G)        0,00            86,02             86,02
Grundmiete (anteilig)                  199,00           199,00            398,00
Nebenkosten (anteilig)                  67,50            67,50            135,00
Heizkosten (anteilig)                   46,00            46,00             92,00
-------------------------------------------------------------------------------------------------------
Summe Bedarf                           818,50           904,52          1.723,02
EINKOMMEN
Altersrente DRV (netto)                612,38         1.041,90          1.654,28
abzgl. Kfz-Haftpflicht                   0,00           -27,40            -27,40
-------------------------------------------------------------------------------------------------------
anrechenbares Einkommen                612,38         1.014,50          1.626,88
ANSPRUCH (Bedarf ./. Einkommen)                                            96,14
=======================================================================================================
Auszahlung monatlich 96,14 EUR auf das bekannte Konto. Nächste Überprüfung: 30.11.2027.
Rechtsgrundlage: § 42 SGB XII i. V. m. § 82 SGB XII. Regelbedarfe gem. RBEG, Stand 01.01.2027.
LISA-S 3.11                               - Blatt 1 von 1 -                     FB 55 / Sachgebiet 55/4
"""),
    keep=[
        "Regelbedarfsstufe 2",
        "§ 42 SGB XII",
        "1.723,02",
        "96,14 EUR",
        "Bewilligungszeitraum 01.01.2027-31.12.2027",
    ],
)


# ---- 011 fixed_width: grave register printout
_w11 = [9, 15, 22, 10, 10, 20, 29, 7]
add(
    "h10-011",
    "pii",
    "fixed_width",
    T("""
STADT BOTTROP - FRIEDHOFSVERWALTUNG           GRABSTAETTENVERZEICHNIS                       Seite 1
Friedhof: Westfriedhof   Feld: F3   Reihe: 12                  Stand: 04.12.2026   FRIEDA 5.0 / GV110
-----------------------------------------------------------------------------------------------------------------------------
""")
    + "\n"
    + fw(
        [
            [
                "Grabst.",
                "Art",
                "Verstorbene/r",
                "geb.",
                "gest.",
                "Nutzungsber.",
                "Anschrift NB",
                "Ablauf",
            ],
            [
                "F3-12-01",
                "Wahlgrab 2-st.",
                "[[PERSON:Hülsmann, Erika]]",
                "[[DATE_OF_BIRTH:11.04.1938]]",
                "02.09.2019",
                "[[PERSON:Hülsmann, Jörg]]",
                "[[STREET_ADDRESS:Scharnhölzstr. 181]], [[LOCATION:46236 Bot]]",
                "2049",
            ],
            [
                "F3-12-01",
                "",
                "[[PERSON:Hülsmann, Wilhelm]]",
                "[[DATE_OF_BIRTH:23.01.1934]]",
                "17.12.2011",
                "",
                "",
                "",
            ],
            [
                "F3-12-02",
                "Reihengrab",
                "[[PERSON:Wojciechowski, Zdzisł]]",
                "[[DATE_OF_BIRTH:05.05.1951]]",
                "30.03.2024",
                "[[PERSON:Wojciechowska, Boż]]",
                "[[STREET_ADDRESS:Horster Str. 5]], [[LOCATION:46240 Bottrop]]",
                "2044",
            ],
            [
                "F3-12-03",
                "Urnenwahlgrab",
                "[[PERSON:Aydoğan, Mehmet]]",
                "[[DATE_OF_BIRTH:01.07.1947]]",
                "14.02.2022",
                "[[PERSON:Aydoğan, Ayşe]]",
                "[[STREET_ADDRESS:Prosperstr. 96]], [[LOCATION:46238 Bottrop]]",
                "2052",
            ],
            [
                "F3-12-04",
                "Reihengrab",
                "[[PERSON:Rusu, Constantin]]",
                "[[DATE_OF_BIRTH:19.10.1960]]",
                "08.06.2025",
                "[[PERSON:Rusu, Elena]]",
                "[[STREET_ADDRESS:Str. Păcurari 88]], [[LOCATION:700511 Iași]]",
                "2045",
            ],
            [
                "F3-12-05",
                "Ehrengrab",
                "Böttcher, Heinrich",
                "1841",
                "1909",
                "Stadt Bottrop",
                "-",
                "dauernd",
            ],
            ["F3-12-06", "frei", "", "", "", "", "", ""],
        ],
        _w11,
    )
    + "\n"
    + T("""
-----------------------------------------------------------------------------------------------------------------------------
Spalten Verstorbene/r, Nutzungsber., Anschrift NB gekürzt (max. Zeichen). Vollanzeige: GV111.
Verlängerung Nutzungsrecht Wahlgrab je Jahr 58,00 EUR gem. Friedhofsgebührensatzung, Anlage 1 Nr. 2.3.
Ehrengrab F3-12-05: Bergrat Heinrich Böttcher (1841-1909), Pflege durch Fachbereich Umwelt und Grün.
Hinweis NB F3-12-04: Frau [[PERSON:Rusu]] wohnt in Rumänien, Korrespondenz über Sohn [[PERSON:Adrian Rusu]], [[PHONE_NUMBER:0173 6628104]].
FRIEDA 5.0                              Druck 04.12.2026 11:20 / Seite 1 von 1
"""),
    keep=[
        "Westfriedhof",
        "Friedhofsgebührensatzung",
        "58,00 EUR",
        "Ehrengrab",
        "Druck 04.12.2026 11:20",
    ],
)


# ---- 012 fixed_width: towed vehicles list
_w12 = [3, 11, 11, 13, 20, 22, 8, 18]
add(
    "h10-012",
    "pii",
    "fixed_width",
    T("""
Stadt Witten - Ordnungsamt / Verkehrsüberwachung                        LISTE SICHERSTELLUNGEN
Zeitraum 01.11.2026 - 30.11.2026                                        Ausdruck 01.12.2026   S. 1/1
VUE-Office 2.4 - Modul Abschleppfälle
""")
    + "\n"
    + fw(
        [
            [
                "Nr",
                "Datum",
                "Kennz.",
                "Fabrikat",
                "Halter (gekürzt)",
                "Grund",
                "Kosten",
                "Freigabe",
            ],
            [
                "01",
                "03.11.2026",
                "[[DE_KFZ:WIT-EH 71]]",
                "VW Golf",
                "[[PERSON:Hemo, Jiyan]]",
                "Feuerwehrzufahrt",
                "248,30",
                "04.11. Halterin",
            ],
            [
                "02",
                "07.11.2026",
                "[[DE_KFZ:EN-RT 555]]",
                "Opel Corsa",
                "[[PERSON:Lo Russo, Giusepp]]",
                "Baustelle Ruhrstraße",
                "231,00",
                "07.11. Sohn",
            ],
            [
                "03",
                "12.11.2026",
                "[[DE_KFZ:BO-DK 3318]]",
                "Ford Transit",
                "Kurierdienst [[PERSON:Doğru]] e",
                "Ladezone",
                "274,80",
                "offen",
            ],
            [
                "04",
                "19.11.2026",
                "[[DE_KFZ:WIT-MK 204]]",
                "Mercedes C",
                "[[PERSON:Kidane, Merhawi]]",
                "Sonderparken Markt",
                "231,00",
                "20.11. Halter",
            ],
            [
                "05",
                "26.11.2026",
                "[[DE_KFZ:DO-AB 1182]]",
                "BMW 320d",
                "Autohaus Westfalen G",
                "Schwerbeh.-Parkplatz",
                "262,50",
                "26.11. Firma",
            ],
        ],
        _w12,
        right=(6,),
    )
    + "\n"
    + T("""
----------------------------------------------------------------------------------------------------
Summe Kosten: 1.247,60 EUR (Abschleppdienst Sudhoff GmbH, Verwahrgebühr je Tag 15,00 EUR)

Vermerke:
zu 02: Herausgabe an den Sohn [[PERSON:Salvatore Lo Russo]] gegen Vollmacht; Halter [[PERSON:Giuseppe Lo Russo]] (Jg. [[DATE_OF_BIRTH:1939]]) liegt im Krankenhaus. Sohn erreichbar unter [[PHONE_NUMBER:0160 99281734]].
zu 03: Inhaber [[PERSON:Serkan Doğru]] hat Widerspruch angekündigt (Ladezone angeblich nicht beschildert). Fotos vom Einsatzfahrzeug EN-SW 1207 liegen in der Akte [[DE_AKTENZEICHEN:32-VÜ-26/1184]].
zu 05: Halterin ist eine Firma, Rechnung an Autohaus Westfalen GmbH, Dortmund.

gez. [[PERSON:Wiesmann]], VÜ-Außendienst
"""),
    keep=[
        "Feuerwehrzufahrt",
        "Abschleppdienst Sudhoff GmbH",
        "1.247,60 EUR",
        "Ausdruck 01.12.2026",
        "EN-SW 1207",
    ],
)


# ---- 013 markdown_table: defect reports with reporters
add(
    "h10-013",
    "pii",
    "markdown_table",
    T("""
## Export Mängelmelder – Kategorie „Wilder Müll / Verschmutzung“

Zeitraum 23.11.2026–29.11.2026 · exportiert durch EBE-Leitstelle · 6 Einträge

""")
    + "\n\n"
    + md(
        [
            ["Ticket", "Eingang", "Ort", "Beschreibung", "Melder/in", "Kontakt", "Status"],
            [
                "MM-2026-33817",
                "23.11. 07:12",
                "Altenessener Str. / Bäuminghausstr.",
                "Sperrmüll am Glascontainer",
                "anonym",
                "–",
                "erledigt",
            ],
            [
                "MM-2026-33840",
                "23.11. 18:40",
                "vor meiner Haustür [[STREET_ADDRESS:Hövelstraße 48]]",
                "Matratzen seit 2 Wochen",
                "[[PERSON:Ursula Kemper]]",
                "[[PHONE_NUMBER:0201 3648812]]",
                "in Arbeit",
            ],
            [
                "MM-2026-33902",
                "25.11. 10:03",
                "Gemarkenstraße Höhe Nr. 77 (Parkbucht)",
                "Altreifen, ca. 8 Stück",
                "[[PERSON:Trần Văn Minh]]",
                "[[EMAIL_ADDRESS:minh.tranvan@gmail.com]]",
                "erledigt",
            ],
            [
                "MM-2026-33915",
                "25.11. 16:27",
                "Segerothpark, Eingang Bergstraße",
                "Bauschutt in Säcken",
                "anonym",
                "–",
                "an Ordnungsamt",
            ],
            [
                "MM-2026-33958",
                "27.11. 08:55",
                "Hülsmannstraße, Garagenhof",
                "Kühlschrank, Öl ausgelaufen",
                "[[PERSON:Dirk Schwermer]]",
                "[[PHONE_NUMBER:0176 40918823]]",
                "in Arbeit",
            ],
            [
                "MM-2026-34011",
                "29.11. 21:14",
                "Rüttenscheider Platz",
                "Grünschnitt neben Bank",
                "anonym",
                "–",
                "neu",
            ],
        ]
    )
    + "\n\n"
    + T("""
**Kommentare**

- MM-2026-33840: Frau [[PERSON:Kemper]] bittet um Rückruf vor der Abholung, sie ist gehbehindert und kann nur vormittags öffnen. Sie wohnt im Erdgeschoss, Klingel „[[PERSON:Kemper/Lindner]]“.
- MM-2026-33958: Herr [[PERSON:Schwermer]] wohnt laut eigener Angabe gegenüber ([[STREET_ADDRESS:Hülsmannstraße 31]], [[LOCATION:45355 Essen]]) und hat das Abladen beobachtet: weißer Transporter, Kennzeichen [[DE_KFZ:E-RS 6120]]. Weitergabe an Ordnungsamt (Anzeige wegen illegaler Abfallentsorgung, bis 500,00 € Verwarnungs-/Bußgeld).
- MM-2026-33915: Fotos im Ticket.

Entsorgungsbetriebe Essen GmbH · Pferdebahnstraße 32, 45141 Essen · HRB 9432 Amtsgericht Essen
"""),
    keep=[
        "Pferdebahnstraße 32, 45141 Essen",
        "MM-2026-33817",
        "Segerothpark",
        "HRB 9432",
        "500,00 €",
    ],
)


# ---- 014 markdown_table: IT ticket with citizens' accounts and IPs
add(
    "h10-014",
    "pii",
    "markdown_table",
    T("""
**Ticket INC-2026-004418** · Bürgerportal Oberhausen / Servicekonto.NRW – Anmeldung schlägt fehl
Priorität: 2 – hoch · Gruppe: 2nd Level Fachverfahren · Bearbeiterin: [[PERSON:Valbona Shala]] · erstellt 02.12.2026 09:41

### Beschreibung
Seit dem Zertifikatstausch am 01.12.2026 (Change CHG-2026-0912) melden Bürgerinnen und Bürger, dass die Anmeldung am Portal mit Fehler SAML-403 abbricht. Betroffene Konten aus der Logauswertung des Reverse Proxy 10.40.2.15 (Backend 10.40.2.31):

""")
    + "\n\n"
    + md(
        [
            ["#", "Bürgerkonto (E-Mail)", "Name lt. Konto", "Client-IP", "Zeit", "Fehler"],
            [
                "1",
                "[[EMAIL_ADDRESS:a.szymanska85@web.de]]",
                "[[PERSON:Agnieszka Szymańska]]",
                "[[IP_ADDRESS:93.201.44.172]]",
                "02.12. 07:58",
                "SAML-403",
            ],
            [
                "2",
                "[[EMAIL_ADDRESS:m.karadag@icloud.com]]",
                "[[PERSON:Murat Karadağ]]",
                "[[IP_ADDRESS:2003:e4:7f12:6c00:91a2:4fd0:3b17:e2c8]]",
                "02.12. 08:13",
                "SAML-403",
            ],
            [
                "3",
                "[[EMAIL_ADDRESS:kwame.asante@gmx.net]]",
                "[[PERSON:Kwame Asante]]",
                "[[IP_ADDRESS:84.150.7.219]]",
                "02.12. 08:40",
                "SAML-403",
            ],
            [
                "4",
                "[[EMAIL_ADDRESS:ute.dellwig@t-online.de]]",
                "[[PERSON:Ute Dellwig]]",
                "[[IP_ADDRESS:91.64.213.17]]",
                "02.12. 09:02",
                "TIMEOUT",
            ],
        ]
    )
    + "\n\n"
    + T("""
### Verlauf
**02.12.2026 10:05 – [[PERSON:Valbona Shala]]:** Metadaten des IdP nicht aktualisiert, Fehler reproduzierbar. Fall 4 ist ein anderes Problem (Timeout vom Heimrouter), Bürgerin informiert.
**02.12.2026 11:30 – [[PERSON:Ilir Morina]]:** Metadaten neu eingespielt, Dienst auf 10.40.2.31 neu gestartet. Bitte die Betroffenen aus Zeile 1–3 anschreiben.
**02.12.2026 11:52 – [[PERSON:Valbona Shala]]:** Herr [[PERSON:Asante]] hatte zusätzlich angerufen ([[PHONE_NUMBER:0157 71120943]]), Rückruf erledigt. Ticket kann nach Rückmeldung geschlossen werden.

Kontakt Servicedesk: it-servicedesk@oberhausen.de · Tel. 0208 825-0 (Zentrale)
"""),
    keep=[
        "INC-2026-004418",
        "10.40.2.15",
        "SAML-403",
        "CHG-2026-0912",
        "it-servicedesk@oberhausen.de",
    ],
)


# ---- 015 markdown_table: school registrations
add(
    "h10-015",
    "pii",
    "markdown_table",
    T("""
# Anmeldungen Schuljahr 2027/28 – GGS Zunftmeisterstraße
Stand nach Anmeldeschluss 15.11.2026 · Weitergabe an Schulverwaltung (Amt 40) zur Kapazitätsprüfung · 6 von 52 Anmeldungen mit Klärungsbedarf

""")
    + "\n\n"
    + md(
        [
            [
                "Nr",
                "Kind",
                "geb.",
                "Erziehungsberechtigte",
                "Anschrift",
                "Einzugsbereich",
                "Bemerkung",
            ],
            [
                "07",
                "[[PERSON:Morina, Arta]]",
                "[[DATE_OF_BIRTH:14.01.2021]]",
                "[[PERSON:Fatmire Morina]]",
                "[[STREET_ADDRESS:Eppinghofer Str. 88]], [[LOCATION:45468]]",
                "ja",
                "Sprachstand prüfen",
            ],
            [
                "12",
                "[[PERSON:Eze, Chiamaka]]",
                "[[DATE_OF_BIRTH:29.06.2021]]",
                "[[PERSON:Ngozi Eze]]",
                "[[STREET_ADDRESS:Aktienstr. 12]], [[LOCATION:45473]]",
                "ja",
                "Bruder [[PERSON:Obinna]] in 3b",
            ],
            [
                "19",
                "[[PERSON:Lê, Minh Anh]]",
                "[[DATE_OF_BIRTH:02.10.2020]]",
                "[[PERSON:Lê Quang Huy]]",
                "[[STREET_ADDRESS:Hingbergstr. 104]], [[LOCATION:45470]]",
                "nein",
                "Antrag außerhalb Einzugsbereich",
            ],
            [
                "23",
                "[[PERSON:Becker-Aydın, Leyla]]",
                "[[DATE_OF_BIRTH:05.03.2021]]",
                "[[PERSON:Jana Becker]], [[PERSON:Emre Aydın]]",
                "[[STREET_ADDRESS:Kaiserstr. 39]], [[LOCATION:45468]]",
                "ja",
                "getrennt lebend, beide sorgeberechtigt",
            ],
            [
                "31",
                "[[PERSON:Stoica, Luca]]",
                "[[DATE_OF_BIRTH:22.12.2020]]",
                "[[PERSON:Mihaela Stoica]]",
                "[[STREET_ADDRESS:Mellinghofer Str. 41]], [[LOCATION:45473]]",
                "ja",
                "Zuzug aus [[LOCATION:Constanța]] 08/2026",
            ],
            [
                "44",
                "[[PERSON:Yıldız, Deniz]]",
                "[[DATE_OF_BIRTH:30.09.2021]]",
                "[[PERSON:Zeynep Arslan]]",
                "[[STREET_ADDRESS:Leineweberstr. 20]], [[LOCATION:45468]]",
                "ja",
                "Kann-Kind? Stichtag 30.09.",
            ],
        ]
    )
    + "\n\n"
    + T("""
Nr. 44: Geburtstag genau am Stichtag – Kind ist schulpflichtig, kein Antrag auf vorzeitige Einschulung nötig. Mutter (Frau [[PERSON:Arslan]]) wurde telefonisch informiert.
Nr. 23: Beide Elternteile haben unterschrieben; Post bitte an beide Adressen, Vater wohnt [[STREET_ADDRESS:Bruchstraße 7]], [[LOCATION:45468 Mülheim an der Ruhr]].

Rückfragen an schulverwaltung@muelheim-ruhr.de
"""),
    keep=[
        "Schuljahr 2027/28",
        "Anmeldeschluss 15.11.2026",
        "schulverwaltung@muelheim-ruhr.de",
        "GGS Zunftmeisterstraße",
        "Amt 40",
    ],
)


# ---- 016 html_table: weekly list of trade registrations
add(
    "h10-016",
    "pii",
    "html_table",
    T(f"""
<html><head><meta charset="utf-8"><title>Gewerbemeldungen KW 48/2026</title></head>
<body>
<p><b>Stadt Duisburg – Gewerbeangelegenheiten</b><br>Wochenliste Gewerbemeldungen KW 48/2026 (Weitergabe an IHK, Finanzamt, Berufsgenossenschaft gem. § 14 GewO)</p>
<table border="1" cellpadding="3">
<tr><th>Vorgang</th><th>Art</th><th>Betrieb</th><th>Inhaber / Vertretung</th><th>geb.</th><th>Betriebsstätte</th><th>Register</th><th>Tätigkeit</th></tr>
<tr><td>[[DE_AKTENZEICHEN:GA-26-5512]]</td><td>Anmeldung</td><td>Änderungsschneiderei [[PERSON:Ferraro]]</td><td>[[PERSON:Ferraro, Antonella]]</td><td>[[DATE_OF_BIRTH:17.02.1974]]</td><td>[[STREET_ADDRESS:Sonnenwall 61]], [[LOCATION:47051 Duisburg]]</td><td>–</td><td>Änderungsschneiderei, Reinigungsannahme</td></tr>
<tr><td>GA-26-5519</td><td>Anmeldung</td><td>Rhein-Ruhr Gebäudetechnik GmbH</td><td>GF [[PERSON:Dudek, Paweł]]</td><td>[[DATE_OF_BIRTH:04.11.1980]]</td><td>Wanheimer Straße 200, 47053 Duisburg</td><td>HRB 31877</td><td>Heizungs- und Sanitärinstallation</td></tr>
<tr><td>[[DE_AKTENZEICHEN:GA-26-5530]]</td><td>Ummeldung</td><td>Kiosk am Hochfelder Markt Inh. [[PERSON:Hüseyin Öztürk]] e.K.</td><td>[[PERSON:Öztürk, Hüseyin]]</td><td>[[DATE_OF_BIRTH:23.05.1969]]</td><td>neu: [[STREET_ADDRESS:Heerstraße 140]], [[LOCATION:47053 Duisburg]]</td><td>[[DE_HANDELSREGISTER:HRA 9924]]</td><td>Einzelhandel Tabak, Zeitschriften, Getränke</td></tr>
<tr><td>[[DE_AKTENZEICHEN:GA-26-5541]]</td><td>Abmeldung</td><td>Trockenbau [[PERSON:Petkov]]</td><td>[[PERSON:Petkov, Stoyan]]</td><td>[[DATE_OF_BIRTH:12.12.1986]]</td><td>[[STREET_ADDRESS:Gerokstraße 33]], [[LOCATION:47053 Duisburg]]</td><td>–</td><td>Trockenbau (Grund: Wegzug nach [[LOCATION:Plowdiw]])</td></tr>
<tr><td>GA-26-5548</td><td>Anmeldung</td><td>Duisburger Hafenlogistik AG, Zweigniederlassung</td><td>lt. Handelsregister</td><td>–</td><td>Ruhrorter Straße 9, 47059 Duisburg</td><td>HRB 2210</td><td>Lagerei, Umschlag</td></tr>
</table>
<p>Ergänzende Angaben zu [[DE_AKTENZEICHEN:GA-26-5530]]: USt-IdNr. [[DE_TAX_ID:{ustid("81544731")}]], Handelsregister beim Amtsgericht Duisburg. Privatanschrift des Inhabers unverändert: [[STREET_ADDRESS:Gitschiner Straße 8]], [[LOCATION:47053 Duisburg]].</p>
<p>Gebühr je Anmeldung 26,00 €, Abmeldung gebührenfrei.<br>
Rückfragen: gewerbeamt@stadt-duisburg.de</p>
</body></html>
"""),
    keep=[
        "HRB 31877",
        "Rhein-Ruhr Gebäudetechnik GmbH",
        "KW 48/2026",
        "gewerbeamt@stadt-duisburg.de",
        "Amtsgericht Duisburg",
    ],
    allow=["47053 Duisburg"],
)


# ---- 017 html_table: maintenance advance cases
add(
    "h10-017",
    "pii",
    "html_table",
    T("""
<div class="ticket-body">
<p>Hallo Team Unterhaltsvorschusskasse,</p>
<p>unten die drei Neuanträge aus November, bei denen der Rückgriff nach § 7 UVG noch nicht eingeleitet ist. Bitte bis zur Teamsitzung am 10.12.2026 prüfen.</p>
<table class="grid">
<thead><tr><th>Az.</th><th>Kind</th><th>geb.</th><th>antragst. Elternteil</th><th>barunterhaltspfl. Elternteil</th><th>letzte bek. Anschrift</th><th>ab</th><th>mtl.</th></tr></thead>
<tbody>
<tr><td>[[DE_AKTENZEICHEN:51.4-UV-2026-0711]]</td><td>[[PERSON:Vasilescu, Ana-Maria]]</td><td>[[DATE_OF_BIRTH:08.08.2019]]</td><td>[[PERSON:Roxana Vasilescu]]</td><td>[[PERSON:Florin Constantinescu]]</td><td>unbekannt, zuletzt [[LOCATION:Craiova]]</td><td>01.09.2026</td><td>299,00 €</td></tr>
<tr><td>[[DE_AKTENZEICHEN:51.4-UV-2026-0734]]</td><td>[[PERSON:Asante, Abena]]</td><td>[[DATE_OF_BIRTH:21.03.2013]]</td><td>[[PERSON:Ama Owusu]]</td><td>[[PERSON:Kofi Asante]]</td><td>[[STREET_ADDRESS:Weseler Str. 120]], [[LOCATION:47169 Duisburg]]</td><td>01.10.2026</td><td>394,00 €</td></tr>
<tr><td>[[DE_AKTENZEICHEN:51.4-UV-2026-0759]]</td><td>[[PERSON:Hashimi, Yusuf]]</td><td>[[DATE_OF_BIRTH:16.05.2022]]</td><td>[[PERSON:Zahra Hashimi]]</td><td>[[PERSON:Sohrab Noorzai]]</td><td>unbekannt (evtl. [[LOCATION:Hamburg-Harburg]])</td><td>01.11.2026</td><td>227,00 €</td></tr>
</tbody>
</table>
<p>Zu 0734: Es gibt einen Unterhaltstitel, Amtsgericht Recklinghausen, Az. [[DE_AKTENZEICHEN:41 F 112/25]]. Herr [[PERSON:Asante]] ist nach [[LOCATION:Duisburg-Marxloh]] verzogen, Anfrage an das Bürgeramt dort ist raus.</p>
<p>Zu 0759: Frau [[PERSON:Hashimi]] hat erklärt, den Vater seit der Trennung im Februar 2024 nicht mehr gesehen zu haben. Mitwirkung nach § 1 Abs. 3 UVG ausreichend.</p>
<p>Viele Grüße<br>[[PERSON:Nazanin Sultani]]<br>Stadt Recklinghausen · Fachbereich Kinder, Jugend und Familie · Unterhaltsvorschusskasse<br>Tel. [[PHONE_NUMBER:02361 50-2274]] · [[EMAIL_ADDRESS:nazanin.sultani@recklinghausen.de]]</p>
</div>
"""),
    keep=[
        "§ 7 UVG",
        "10.12.2026",
        "394,00 €",
        "Amtsgericht Recklinghausen",
        "Unterhaltsvorschusskasse",
    ],
)


# ---- 018 ocr_table: scanned registration form with household table
add(
    "h10-018",
    "pii",
    "ocr_table",
    T("""
[OCR-Ergebnis Scan 0041 / Eingangskorb Bürgerservice Oberhausen / Konfidenz 81 %]

EINGEGANGEN  O2. DEZ. 2O26
Bürgerservice 0berhausen

A n m e 1 d u n g  bei der Meldebehörde (§ 17 BMG)

Neue Wohnung: Straße, Hausnr.   [[STREET_ADDRESS:Mü1heimer Straße 1O4]]
              PLZ, 0rt          [[LOCATION:46O45 0berhausen]]
Tag des Einzugs                 15.11.2O26
Bisherige Wohnung               [[STREET_ADDRESS:ul. Zwyciestwa 2l]], [[LOCATION:44-1OO Gliwice]] (Po1en)
Wohnungsgeberbestätigung liegt vor  [X] ja   [ ] nein

""")
    + "\n\n"
    + fw(
        [
            [
                "Farni1ienname",
                "Vornarne(n)",
                "Geburtsdaturn",
                "Geburtsort",
                "Gesch1.",
                "StA",
                "Farni1ienstand",
                "Ausweis-Nr.",
            ],
            [
                "-------------",
                "-----------",
                "-------------",
                "----------",
                "-------",
                "---",
                "--------------",
                "-----------",
            ],
            [
                "[[PERSON:Dudek]]",
                "[[PERSON:Pawe1]]",
                "[[DATE_OF_BIRTH:2l.O3.1984]]",
                "[[LOCATION:Zabrze]]",
                "rn",
                "PL",
                "vh",
                "[[DE_PASSPORT:CBX 4l2887]]",
            ],
            [
                "[[PERSON:Dudek]]",
                "[[PERSON:Agnieszka]]",
                "[[DATE_OF_BIRTH:O9.ll.1986]]",
                "[[LOCATION:Gliwice]]",
                "w",
                "PL",
                "vh",
                "[[DE_PASSPORT:AYR 55O31l]]",
            ],
            [
                "[[PERSON:Dudek]]",
                "[[PERSON:Zuzanna]]",
                "[[DATE_OF_BIRTH:3O.O6.2Ol5]]",
                "[[LOCATION:Gliwice]]",
                "w",
                "PL",
                "1d",
                "-",
            ],
            [
                "[[PERSON:Dudek]]",
                "[[PERSON:Szyrnon]]",
                "[[DATE_OF_BIRTH:l4.O2.2O2O]]",
                "[[LOCATION:Zabrze]]",
                "rn",
                "PL",
                "1d",
                "-",
            ],
        ],
        [14, 12, 14, 11, 8, 4, 15, 12],
        sep="| ",
    )
    + "\n\n"
    + T("""
Geburtsnarne Ehefrau: [[PERSON:Nowak]]        Eheschließung: 12.O7.2Ol3 in Gliwice
Telefon (freiwi11ig): [[PHONE_NUMBER:O157 3O44l982]]

[[LOCATION:0berhausen]], den 2O.11.2O26        [Unterschrift] [[PERSON:P. Dudek]]

-- Bearbeitungsverrnerk: Anmeldung erfasst am O2.12.2O26, Meldebestätigung ausgehändigt, Gebühr keine --
"""),
    keep=[
        "§ 17 BMG",
        "Wohnungsgeberbestätigung",
        "EINGEGANGEN  O2. DEZ. 2O26",
        "Tag des Einzugs",
        "Konfidenz 81 %",
    ],
    allow=["Gliwice", "0berhausen"],
)


# ---- 019 ocr_table: cash-payment receipt book of a social welfare office
_idh2 = idcard("L01XG3T47")
add(
    "h10-019",
    "pii",
    "ocr_table",
    T("""
*** OCR Scan – Quittungsbuch Barauszahlung Sozialamt Witten, Blatt 17 – automatische Texterkennung, bitte Originale prüfen ***

QUlTTUNGSBUCH  BARAUSZAHLUNG   Kasse: Zahlstelle Rathaus   Monat: Novernber 2O26
Auszahlung nur gegen Vor1age Personalausweis / Aufenthaltstite1

""")
    + "\n\n"
    + fw(
        [
            ["Datum", "Narne, Vorname", "geb.", "Ausweis-Nr.", "Zweck", "Betrag", "Unterschr."],
            [
                "---------",
                "-------------------------",
                "-----------",
                "-------------",
                "------------------------",
                "---------",
                "----------",
            ],
            [
                "O3.11.26",
                "[[PERSON:Kaltwasser, Rüdiger]]",
                "[[DATE_OF_BIRTH:O7.O2.1961]]",
                "[[DE_ID_CARD:LZ6RlF8X4]]",
                "Vorschuss GS Nov.",
                "15O,OO",
                "[sign.]",
            ],
            [
                "O3.11.26",
                "[[PERSON:Tesfay, Senait]]",
                "[[DATE_OF_BIRTH:22.O8.1995]]",
                "[[DE_ID_CARD:YT3K9C2P1]]",
                "Erstausstattung Baby",
                "42O,OO",
                "[sign.]",
            ],
            [
                "1O.11.26",
                "[[PERSON:Mu11er, Sieglinde]]",
                "[[DATE_OF_BIRTH:3O.O4.1948]]",
                "[[DE_ID_CARD:" + _idh2 + "]]",
                "Darlehen Stromnachz.",
                "286,5O",
                "[sign.]",
            ],
            [
                "17.11.26",
                "[[PERSON:Kaltwasser, Rüdiger]]",
                "[[DATE_OF_BIRTH:O7.O2.1961]]",
                "[[DE_ID_CARD:LZ6RlF8X4]]",
                "Restzah1ung GS Nov.",
                "318,2O",
                "[sign.]",
            ],
            [
                "24.11.26",
                "[[PERSON:Rahimi, Mariam]]",
                "[[DATE_OF_BIRTH:O1.O1.1999]]",
                "[[DE_ID_CARD:YH8W2N7M5]]",
                "AsylbLG Bargeldbedarf",
                "196,OO",
                "[sign.]",
            ],
            [
                "---------",
                "-------------------------",
                "-----------",
                "-------------",
                "------------------------",
                "---------",
                "----------",
            ],
            ["", "", "", "", "Surnrne Blatt 17:", "1.37O,7O", ""],
        ],
        [9, 25, 11, 13, 24, 9, 10],
        sep=" | ",
        right=(5,),
    )
    + "\n\n"
    + T("""
Ausgezah1t: [[PERSON:B. Ohlendorf]] (Zah1ste11e)     Geprüft: [[PERSON:Kessebohm]], 3O.11.2O26
Hinweis Rückseite: Darlehen [[PERSON:Mu11er]] – Rückzah1ung 25,OO EUR rnonat1ich ab O1.O1.2O27, Az. [[DE_AKTENZEICHEN:5O.2-DL-2O26/O88]]
"""),
    keep=["Zahlstelle Rathaus", "Blatt 17", "1.37O,7O", "AsylbLG", "25,OO EUR"],
    ocr_ok=["LZ6RlF8X4"],
)


# ---- 020 ocr_table: residents' signature list
add(
    "h10-020",
    "pii",
    "ocr_table",
    T("""
[Scan eingegangen per Post, OCR automatisch, Seite 2 von 3]

Unterschriftenliste  "Tempo 3O vor der Grundschu1e Hoch1armark – jetzt!"
An den Bürgerrneister der Stadt Reck1inghausen, Rathausp1atz 3-4, 45657 Reck1inghausen
(Eingabe nach § 24 GO NRW)

""")
    + "\n\n"
    + fw(
        [
            ["Nr", "Name, Vorname", "Anschrift", "Unterschrift"],
            ["--", "------------------------", "-------------------------", "-------------"],
            [
                "14",
                "[[PERSON:Bakir, Rêzan]]",
                "[[STREET_ADDRESS:Hoch1arrnarkstr. 41]]",
                "[[PERSON:R. Bakir]]",
            ],
            ["15", "[[PERSON:Bakir, Dilan]]", "[[STREET_ADDRESS:Hoch1arrnarkstr. 41]]", "D.B."],
            [
                "16",
                "[[PERSON:Szyrnańska, Ewa]]",
                "[[STREET_ADDRESS:König-Ludwig-Str. 1O2]]",
                "[[PERSON:E. Szymańska]]",
            ],
            ["17", "[[PERSON:Brandt, Hans-Wi1helrn]]", "[[STREET_ADDRESS:Karlstr. 9]]", "~~~"],
            [
                "18",
                "[[PERSON:Kidane, Helen]]",
                "[[STREET_ADDRESS:Hoch1arrnarkstr. 12O]]",
                "[[PERSON:H. Kidane]]",
            ],
            [
                "19",
                "[[PERSON:Okoro, Chinedu]]",
                "[[STREET_ADDRESS:Bochumer Str. 2l9]]",
                "[[PERSON:C. Okoro]]",
            ],
            [
                "2O",
                "[[PERSON:Greco, Vincenzo]]",
                "[[STREET_ADDRESS:Karlstr. l4]]",
                "[[PERSON:Greco V.]]",
            ],
            ["21", "unleserlich", "[[STREET_ADDRESS:Westfalenstr. 8]]", "~~"],
            [
                "22",
                "[[PERSON:Tirnrnerrnann, Gisela]]",
                "[[STREET_ADDRESS:König-Ludwig-Str. 88]]",
                "G. T.",
            ],
        ],
        [2, 24, 25, 13],
        sep=" | ",
    )
    + "\n\n"
    + T("""
Alle Unterzeichnenden wohnen in [[LOCATION:45661 Reck1inghausen]]-[[LOCATION:Hoch1armark]], sofern nicht anders angegeben.
Kontakt für die Initiative: [[PERSON:Rêzan Bakir]], [[EMAIL_ADDRESS:rezan.bakir@posteo.de]]
Am 28.1O.2O26 sind auf dem Schulweg 2 Kinder beinahe angefahren worden (Po1izeibericht liegt der Schu1e vor).
"""),
    keep=[
        "Rathausp1atz 3-4, 45657 Reck1inghausen",
        "§ 24 GO NRW",
        "28.1O.2O26",
        "Seite 2 von 3",
        "Unterschriftenliste",
    ],
    allow=["Hoch1armark"],
)


# ---- 021 minutes_list: district council minutes with residents' questions
add(
    "h10-021",
    "pii",
    "minutes_list",
    T("""
Stadt Essen
Bezirksvertretung V (Altenessen, Karnap, Vogelheim)

NIEDERSCHRIFT
über die 14. Sitzung der Bezirksvertretung V am Donnerstag, 26.11.2026, 17:00 Uhr bis 19:12 Uhr,
im Sitzungssaal des Bezirksrathauses Altenessen

Anwesend:
Vorsitz
- Bezirksbürgermeisterin [[PERSON:Gabriele Hemsing]]
Mitglieder
- [[PERSON:Ahmet Kılıç]]
- [[PERSON:Jutta Lohmeyer]]
- [[PERSON:Sven Rademacher]]
- [[PERSON:Agata Wiśniewska]]
- [[PERSON:Hans-Peter Overbeck]]
- [[PERSON:Miriam Ostendorf]]
Verwaltung
- [[PERSON:Olaf Tönnissen]], Amt für Straßen und Verkehr (zu TOP 4)
- [[PERSON:Nicole Brauers]], Schriftführung
Entschuldigt: [[PERSON:Dennis Kuhlmey]], [[PERSON:Fatma Aksoy]]

TOP 1  Eröffnung, Feststellung der Beschlussfähigkeit – 7 von 9 Mitgliedern anwesend.

TOP 3  Einwohnerfragestunde
3.1 Frau [[PERSON:Marianne Kolbe]], wohnhaft [[STREET_ADDRESS:Palmbuschweg 112]], fragt, warum die Bushaltestelle „Kaiser-Wilhelm-Park“ seit September nicht mehr barrierefrei erreichbar ist. Die Verwaltung sagt eine schriftliche Antwort bis 31.01.2027 zu.
3.2 Herr [[PERSON:Cemal Yılmaz]] aus [[LOCATION:Karnap]] fragt nach dem Sanierungstermin des Spielplatzes Hattramstraße. Antwort: Ausschreibung läuft, Baubeginn voraussichtlich April 2027, Kosten 184.000 €.
3.3 Herr [[PERSON:Tomasz Nowicki]], [[STREET_ADDRESS:Karnaper Straße 71]], beklagt den Lärm der A 42 nachts. Er bittet, seinen Brief vom 02.11.2026 zu Protokoll zu nehmen (Anlage 2).

TOP 4  Verkehrsberuhigung Altenessener Straße – Vorlage 2318/2026/5
Beschluss: einstimmig (7 Ja, 0 Nein, 0 Enthaltungen).

TOP 5  Benennung einer Grünfläche nach Heinrich Lersch (1889–1936) – vertagt.

gez. [[PERSON:Hemsing]], Bezirksbürgermeisterin        gez. [[PERSON:Brauers]], Schriftführerin
"""),
    keep=[
        "Vorlage 2318/2026/5",
        "26.11.2026",
        "184.000 €",
        "31.01.2027",
        "Amt für Straßen und Verkehr",
    ],
    allow=["Karnap"],
)


# ---- 022 minutes_list: care planning meeting (youth welfare)
add(
    "h10-022",
    "pii",
    "minutes_list",
    T("""
Stadt Hagen – Fachbereich Jugend und Soziales – Allgemeiner Sozialer Dienst, Bezirk Mitte
Protokoll Hilfeplangespräch gem. § 36 SGB VIII

Aktenzeichen: [[DE_AKTENZEICHEN:51-HzE-2025/0417]]
Hilfeart: Heimerziehung gem. § 34 SGB VIII, Wohngruppe „Volmeblick“ (Träger: Jugendhilfe Südwestfalen gGmbH)
Datum/Ort: 01.12.2026, 14:00–15:30 Uhr, Wohngruppe

Teilnehmende
1. [[PERSON:Leon Brückner]], junger Mensch, geb. [[DATE_OF_BIRTH:03.05.2011]]
2. [[PERSON:Jessica Brückner]], Kindesmutter, [[STREET_ADDRESS:Lange Straße 47]], [[LOCATION:58089 Hagen]], Tel. [[PHONE_NUMBER:0176 30291847]]
3. [[PERSON:Tobias Reimann]], Kindesvater, wohnhaft in [[LOCATION:Schwelm]] (telefonisch zugeschaltet)
4. [[PERSON:Ayşe Güneş]], Bezugsbetreuerin Wohngruppe
5. [[PERSON:Karin Wolters]], ASD, fallführend, [[PHONE_NUMBER:02331 207-5318]]
Nicht anwesend: Großmutter [[PERSON:Renate Brückner]] (krank)

Ergebnisse
1. Schule: [[PERSON:Leon]] besucht seit den Herbstferien regelmäßig die 9. Klasse; Fehlzeiten seit 01.09.2026: 6 Tage (vorher 31).
2. Kontakt zur Mutter: jedes zweite Wochenende Übernachtung bei Frau [[PERSON:Brückner]], klappt gut.
3. Kontakt zum Vater: Herr [[PERSON:Reimann]] wünscht monatliche Besuche in [[LOCATION:Schwelm]]; Fahrtkosten trägt der Vater.
4. Ziel bis zum nächsten Gespräch: Praktikum suchen (Wunsch: Kfz-Werkstatt), Taschengeldkonto selbst verwalten.
5. Perspektive: Rückführung in den Haushalt der Mutter wird ab Sommer 2027 geprüft.

Nächstes Hilfeplangespräch: 11.06.2027, 14:00 Uhr.
Verteiler: Teilnehmende 1–5, Akte.

gez. [[PERSON:K. Wolters]]
"""),
    keep=[
        "§ 36 SGB VIII",
        "Heimerziehung gem. § 34 SGB VIII",
        "11.06.2027",
        "Jugendhilfe Südwestfalen gGmbH",
        "Allgemeiner Sozialer Dienst",
    ],
)


# ---- 023 minutes_list: naturalisation ceremony, list of certificates handed over
add(
    "h10-023",
    "pii",
    "minutes_list",
    T("""
Stadt Mülheim an der Ruhr – Bürgeramt, Einbürgerungsbehörde
Vermerk zur Einbürgerungsfeier am 27.11.2026, 18:00 Uhr, Ratssaal im Historischen Rathaus

Die Feier wurde vom Oberbürgermeister eröffnet; Grußwort der Vorsitzenden des Integrationsrats. Musik: Musikschule der Stadt. Anwesend 41 Eingebürgerte mit ca. 90 Gästen.

Liste der persönlich ausgehändigten Einbürgerungsurkunden (Auszug, Urkunden-Nr. 2026/0388–0396):

""")
    + "\n\n"
    + fw(
        [
            ["Nr.", "Name", "geb.", "Geburtsort", "bisherige StA"],
            [
                "0388",
                "[[PERSON:Al-Sayed, Nour]]",
                "[[DATE_OF_BIRTH:02.09.1992]]",
                "[[LOCATION:Damaskus]]",
                "syrisch",
            ],
            [
                "0389",
                "[[PERSON:Al-Sayed, Omar]]",
                "[[DATE_OF_BIRTH:17.03.2016]]",
                "[[LOCATION:Gaziantep]]",
                "syrisch",
            ],
            [
                "0390",
                "[[PERSON:Triantafyllou, Sofia]]",
                "[[DATE_OF_BIRTH:25.11.1979]]",
                "[[LOCATION:Thessaloniki]]",
                "griechisch (Mehrstaatigkeit)",
            ],
            [
                "0391",
                "[[PERSON:Nguyễn, Văn Thành]]",
                "[[DATE_OF_BIRTH:09.06.1970]]",
                "[[LOCATION:Nam Định]]",
                "vietnamesisch",
            ],
            [
                "0392",
                "[[PERSON:Okeke, Ifeoma]]",
                "[[DATE_OF_BIRTH:14.12.1988]]",
                "[[LOCATION:Enugu]]",
                "nigerianisch",
            ],
            [
                "0393",
                "[[PERSON:Shevchuk, Viktoriia]]",
                "[[DATE_OF_BIRTH:30.07.1984]]",
                "[[LOCATION:Dnipro]]",
                "ukrainisch",
            ],
            [
                "0394",
                "[[PERSON:Shala, Besart]]",
                "[[DATE_OF_BIRTH:05.01.2001]]",
                "[[LOCATION:Mülheim an der Ruhr]]",
                "kosovarisch",
            ],
            [
                "0396",
                "[[PERSON:Demir, Rojin]]",
                "[[DATE_OF_BIRTH:21.04.1996]]",
                "[[LOCATION:Qamişlo]]",
                "syrisch",
            ],
        ],
        [4, 28, 11, 19, 28],
        sep=" | ",
    )
    + "\n\n"
    + T("""
Urkunde 0395 ([[PERSON:Habte, Filmon]]) nicht abgeholt – Entlassung aus der bisherigen Staatsangehörigkeit nicht erforderlich, Termin zur Aushändigung neu vergeben am 08.12.2026, 10:00 Uhr, Zimmer 112.

Rückfragen der Presse wurden an das Presseamt verwiesen; Fotos nur von Personen mit Einwilligung (Liste bei Frau [[PERSON:Kamińska]], [[PHONE_NUMBER:0208 455-3307]]).
Gebühr je Einbürgerung 255,00 €, Kinder 51,00 €.
"""),
    keep=[
        "Ratssaal im Historischen Rathaus",
        "255,00 €",
        "2026/0388–0396",
        "27.11.2026",
        "Integrationsrat",
    ],
    allow=["Mülheim an der Ruhr"],
)


# ---- 024 household_table: housing benefit, household members with tax IDs
add(
    "h10-024",
    "pii",
    "household_table",
    T("""
Stadt Witten – Amt für Wohnen und Soziales – Wohngeldstelle
Antrag auf Mietzuschuss nach dem WoGG – Anlage 1: Haushaltsmitglieder und Einkommen
Eingang: 18.11.2026 | Az.: [[DE_AKTENZEICHEN:WG-WIT-26-01883]] | Bewilligungszeitraum beantragt ab 01.12.2026

Antragsteller:   [[PERSON:Doğan, Ali]]
Anschrift:       [[STREET_ADDRESS:Annenstraße 99]], [[LOCATION:58453 Witten]]
Telefon:         [[PHONE_NUMBER:0162 7741093]]
Vermieterin:     Wohnungsgenossenschaft Annen eG, 4 Zimmer, 86 m², Bruttokaltmiete 742,00 €

""")
    + "\n\n"
    + fw(
        [
            ["Nr", "Name, Vorname", "Verhältnis", "geb. am", "Steuer-ID", "brutto mtl.", "Art"],
            [
                "--",
                "-----------------",
                "-----------------",
                "----------",
                "--------------",
                "-----------",
                "----------------------",
            ],
            [
                "1",
                "[[PERSON:Doğan, Ali]]",
                "Antragsteller",
                "[[DATE_OF_BIRTH:12.02.1981]]",
                f"[[DE_TAX_ID:{stid('3847261953', True)}]]",
                "2.480,00",
                "Lohn (Lagerist)",
            ],
            [
                "2",
                "[[PERSON:Doğan, Sevgi]]",
                "Ehefrau",
                "[[DATE_OF_BIRTH:29.10.1984]]",
                f"[[DE_TAX_ID:{stid('5102938475', True)}]]",
                "603,00",
                "Minijob",
            ],
            [
                "3",
                "[[PERSON:Doğan, Berkay]]",
                "Sohn",
                "[[DATE_OF_BIRTH:07.07.2008]]",
                f"[[DE_TAX_ID:{stid('7261840937', True)}]]",
                "1.010,00",
                "Ausbildung, 1. Lj.",
            ],
            [
                "4",
                "[[PERSON:Doğan, Ecem]]",
                "Tochter",
                "[[DATE_OF_BIRTH:15.01.2014]]",
                "–",
                "259,00",
                "Kindergeld",
            ],
            [
                "5",
                "[[PERSON:Aktaş, Hatice]]",
                "Mutter d. Ehefrau",
                "[[DATE_OF_BIRTH:1950]]",
                f"[[DE_TAX_ID:{stid('2960157382', True)}]]",
                "780,35",
                "Witwenrente",
            ],
        ],
        [2, 17, 17, 10, 14, 11, 22],
        sep="  ",
        right=(5,),
    )
    + "\n\n"
    + T(f"""
Hinweise der Antragsteller:
- Frau [[PERSON:Aktaş]] (Mutter von Frau [[PERSON:Doğan]]) ist am 01.10.2026 aus [[LOCATION:Gelsenkirchen-Bismarck]] zugezogen und lebt seitdem im Haushalt.
- Das Kindergeld für [[PERSON:Ecem]] und [[PERSON:Berkay]] wird auf das Konto [[IBAN_CODE:{iban("DE", "452500350000738812")}]] gezahlt; Wohngeld bitte ebenfalls dorthin.
- Die Ausbildungsvergütung von [[PERSON:Berkay]] steigt ab 01.08.2027 auf 1.090,00 €.

Prüfvermerk Wohngeldstelle: Kindergeld bleibt nach § 14 Abs. 2 WoGG außer Betracht; Minijob mit Pauschalabzug. Vollständig bis auf Rentenbescheid Frau [[PERSON:Aktaş]] (angefordert, Frist 22.12.2026).
"""),
    keep=[
        "Wohngeldstelle",
        "Wohnungsgenossenschaft Annen eG",
        "742,00 €",
        "§ 14 Abs. 2 WoGG",
        "Frist 22.12.2026",
    ],
)


# ---- 025 household_table: asylum seekers' benefits, household overview
add(
    "h10-025",
    "pii",
    "household_table",
    T("""
Stadt Mülheim an der Ruhr – Sozialamt – Sachgebiet AsylbLG
Leistungsakte [[DE_AKTENZEICHEN:50-AB-2026-0672]] – Haushaltsübersicht (Stand 03.12.2026)
Unterkunft: Wohnung [[STREET_ADDRESS:Aktienstraße 80]], [[LOCATION:45473 Mülheim an der Ruhr]], 3. OG links (von der Stadt angemietet)
Zuweisung durch die Bezirksregierung Arnsberg vom 14.10.2026; vorher ZUE Bielefeld-Oldentrup

""")
    + "\n\n"
    + fw(
        [
            ["Nr", "Name", "Vorname", "geb.", "Geburtsort", "Stellung", "Dokument", "BAMF-Az."],
            [
                "1",
                "[[PERSON:Ahmadi]]",
                "[[PERSON:Hamid]]",
                "[[DATE_OF_BIRTH:21.03.1987]]",
                "[[LOCATION:Herat]]",
                "HV",
                "Pass [[DE_PASSPORT:P04471129]]",
                "[[DE_AKTENZEICHEN:8847213-423]]",
            ],
            [
                "2",
                "[[PERSON:Ahmadi]]",
                "[[PERSON:Roya]]",
                "[[DATE_OF_BIRTH:09.09.1991]]",
                "[[LOCATION:Mazar-e Scharif]]",
                "Ehefrau",
                "Tazkira",
                "[[DE_AKTENZEICHEN:8847213-423]]",
            ],
            [
                "3",
                "[[PERSON:Ahmadi]]",
                "[[PERSON:Mustafa]]",
                "[[DATE_OF_BIRTH:11.01.2012]]",
                "[[LOCATION:Herat]]",
                "Sohn",
                "–",
                "[[DE_AKTENZEICHEN:8847213-423]]",
            ],
            [
                "4",
                "[[PERSON:Ahmadi]]",
                "[[PERSON:Sana]]",
                "[[DATE_OF_BIRTH:30.08.2017]]",
                "[[LOCATION:Teheran]]",
                "Tochter",
                "–",
                "[[DE_AKTENZEICHEN:8847213-423]]",
            ],
            [
                "5",
                "[[PERSON:Ahmadi]]",
                "[[PERSON:Ali Reza]]",
                "[[DATE_OF_BIRTH:19.11.2025]]",
                "[[LOCATION:Bielefeld]]",
                "Sohn",
                "Geburtsurk.",
                "[[DE_AKTENZEICHEN:8847213-423]]",
            ],
        ],
        [3, 7, 9, 11, 16, 9, 16, 12],
    )
    + "\n\n"
    + T("""
Leistungsberechnung Dezember 2026 (Grundleistungen § 3a AsylbLG)
  Bedarfsstufe 2 (Ehegatten)          2 x 397,00 =   794,00 €
  Bedarfsstufe 5 (6–13 J.) / 4        1 x 349,00 =   349,00 €
  Bedarfsstufe 5 (6–13 J.)            1 x 349,00 =   349,00 €
  Bedarfsstufe 6 (0–5 J.)             1 x 305,00 =   305,00 €
  Summe                                            1.797,00 €
  abzgl. Sachleistung Unterkunft/Hausrat (anteilig)  –  0,00 €
  Auszahlung per Überweisung auf Basiskonto (Sparkasse Mülheim an der Ruhr)

Vermerk: Für [[PERSON:Mustafa]] (14 J.) wurde versehentlich Bedarfsstufe 5 angesetzt – ab 01.01.2027 Bedarfsstufe 4 (14–17 J.) berechnen, Nachzahlung für 2026 prüfen. Dolmetscherin für Dari: [[PERSON:Zarifa Popalzai]], [[PHONE_NUMBER:0177 2384410]].
Sachbearbeitung: [[PERSON:Wiśniewski]], Zi. 2.17
"""),
    keep=[
        "§ 3a AsylbLG",
        "Sachgebiet AsylbLG",
        "1.797,00 €",
        "Bezirksregierung Arnsberg",
        "Stand 03.12.2026",
    ],
)


# ---- 026 household_table: education and participation benefits
add(
    "h10-026",
    "pii",
    "household_table",
    T("""
Stadt Duisburg – BuT-Servicestelle
Antrag auf Leistungen für Bildung und Teilhabe (§ 6b BKGG – Kinderzuschlag)
Eingangsstempel: 24. NOV. 2026

1. Antragsteller/in
Name, Vorname:        [[PERSON:Nwosu, Ifeanyi]]
Ehe-/Lebenspartner/in: [[PERSON:Nwosu, Adaeze]]
Anschrift:            [[STREET_ADDRESS:Friedrich-Ebert-Straße 215]], [[LOCATION:47226 Duisburg]]
Telefon / E-Mail:     [[PHONE_NUMBER:0152 08834712]] / [[EMAIL_ADDRESS:ifeanyi.nwosu@yahoo.de]]
Kinderzuschlag lt. Bescheid der Familienkasse vom 02.10.2026, Kindergeldnummer [[DE_AKTENZEICHEN:612FK338402]]

2. Kinder im Haushalt, für die Leistungen beantragt werden

""")
    + "\n\n"
    + fw(
        [
            ["Name, Vorname", "geb.", "Schule / Kita", "Kl.", "beantragt"],
            [
                "[[PERSON:Nwosu, Chidera]]",
                "[[DATE_OF_BIRTH:02.06.2010]]",
                "Krupp-Gymnasium",
                "10b",
                "Schulbedarf; Lernförderung Mathematik",
            ],
            [
                "[[PERSON:Nwosu, Ebuka]]",
                "[[DATE_OF_BIRTH:27.09.2014]]",
                "Heinrich-Heine-Gesamtschule",
                "6c",
                "Mittagessen; Klassenfahrt 04.–08.05.2027",
            ],
            [
                "[[PERSON:Nwosu, Amara]]",
                "[[DATE_OF_BIRTH:13.04.2020]]",
                "Städt. Kita Regenbogen",
                "–",
                "Mittagessen; Ausflüge",
            ],
        ],
        [20, 11, 28, 4, 40],
    )
    + "\n\n"
    + T(f"""
3. Nachweise
[X] Bestätigung Schule über Lernförderbedarf (Fach Mathematik, Versetzung gefährdet)
[X] Kostenaufstellung Klassenfahrt: 312,00 €
[X] Angebot Lernhilfe Rheinhausen GmbH, 2 x 60 Min. wöchentlich, 18,50 € je Einheit
[ ] Bescheinigung Kita (wird nachgereicht)

4. Auszahlung (Schulbedarf 195,00 € je Schuljahr, Erstattungen)
Kontoinhaber: [[PERSON:Adaeze Nwosu]]   IBAN: [[IBAN_CODE:{iban("DE", "350500000201447719")}]]

Ich versichere die Richtigkeit meiner Angaben.
[[LOCATION:Duisburg]], 20.11.2026          [Unterschrift] [[PERSON:I. Nwosu]]

--- Bearbeitungsvermerk: Mittagessen und Klassenfahrt direkt mit Schulträger/Caterer abrechnen; Lernförderung bewilligt bis 31.07.2027. ---
"""),
    keep=["§ 6b BKGG", "312,00 €", "Lernhilfe Rheinhausen GmbH", "195,00 €", "Krupp-Gymnasium"],
    allow=["Duisburg"],
)


# ---- 027 persons_as_columns: notice of marriage
_id27 = idcard("L4C7TXN91", with_check=True)
add(
    "h10-027",
    "pii",
    "persons_as_columns",
    T("""
Standesamt Essen – Anmeldung der Eheschließung (§ 12 PStG) – Auszug aus dem Fachverfahren
Anmeldung Nr. [[DE_AKTENZEICHEN:E-AN 2026/1142]]        Anmeldetag: 30.11.2026        Sachbearbeitung: [[PERSON:Yvonne Schürmann]]
Gewünschter Termin: Samstag, 19.06.2027, 11:30 Uhr, Trauzimmer Schloss Borbeck

""")
    + "\n\n"
    + fw(
        [
            ["", "Person 1", "Person 2"],
            ["Familienname", "[[PERSON:Savchenko]]", "[[PERSON:Tenbrink]]"],
            ["Geburtsname", "[[PERSON:Savchenko]]", "[[PERSON:Tenbrink]]"],
            ["Vornamen", "[[PERSON:Kateryna]]", "[[PERSON:Marco Alexander]]"],
            ["Geburtsdatum", "[[DATE_OF_BIRTH:14.02.1995]]", "[[DATE_OF_BIRTH:03.10.1991]]"],
            ["Geburtsort", "[[LOCATION:Kyjiw]] (Ukraine)", "[[LOCATION:Essen-Werden]]"],
            [
                "Wohnung",
                "[[STREET_ADDRESS:Zweigertstraße 41]], [[LOCATION:45130 Essen]]",
                "[[STREET_ADDRESS:Zweigertstraße 41]], [[LOCATION:45130 Essen]]",
            ],
            ["Staatsangehörigkeit", "ukrainisch", "deutsch"],
            ["Familienstand", "geschieden", "ledig"],
            ["Auflösung Vorehe", "Urteil v. 21.03.2022, Az. [[DE_AKTENZEICHEN:756/4412/21]]", "–"],
            [
                "Ausweis",
                "Reisepass [[DE_PASSPORT:FX731466]]",
                "Personalausweis [[DE_ID_CARD:" + _id27 + "]]",
            ],
            [
                "Eltern",
                "[[PERSON:Oleh Savchenko]] / [[PERSON:Nadiia Savchenko]]",
                "[[PERSON:Bernd Tenbrink]] / [[PERSON:Petra Tenbrink]]",
            ],
            ["Telefon", "[[PHONE_NUMBER:0176 55320817]]", "[[PHONE_NUMBER:0201 7219930]]"],
        ],
        [20, 38, 38],
        sep=" | ",
    )
    + "\n\n"
    + T("""
Vorgelegte Urkunden: Geburtsurkunde Person 1 mit Apostille und Übersetzung; Scheidungsurteil des Bezirksgerichts Obolon, Kyjiw, mit Übersetzung. Anerkennung der ausländischen Entscheidung nicht erforderlich (§ 107 FamFG gilt nicht, da Heimatstaat).
Namensführung: Die Verlobten wollen den Namen „[[PERSON:Tenbrink]]“ als Ehenamen bestimmen.
Gebühren: Anmeldung 80,00 €, Trauung außerhalb der Öffnungszeiten im Schloss Borbeck 150,00 €.
Rückfragen: standesamt@essen.de
"""),
    keep=["§ 12 PStG", "Schloss Borbeck", "19.06.2027", "standesamt@essen.de", "150,00 €"],
    allow=["Kyjiw"],
)


# ---- 028 persons_as_columns: family reunification, persons as columns
add(
    "h10-028",
    "pii",
    "persons_as_columns",
    T("""
Stadt Recklinghausen – Ausländerbehörde
Beteiligung nach § 31 AufenthV – Familiennachzug zu subsidiär Schutzberechtigtem
Anfrage der Deutschen Botschaft Beirut vom 20.11.2026, dortiges Az. [[DE_AKTENZEICHEN:RK-526.20-BEI-118422]]
Unser Az.: [[DE_AKTENZEICHEN:32.4-FN-2026-0317]]

""")
    + "\n\n"
    + md(
        [
            ["", "Referenzperson", "Ehefrau", "Kind 1", "Kind 2"],
            [
                "Name",
                "[[PERSON:Al-Khatib]]",
                "[[PERSON:Al-Masri]]",
                "[[PERSON:Al-Khatib]]",
                "[[PERSON:Al-Khatib]]",
            ],
            [
                "Vorname",
                "[[PERSON:Mohamad]]",
                "[[PERSON:Hiba]]",
                "[[PERSON:Lana]]",
                "[[PERSON:Karim]]",
            ],
            [
                "geb.",
                "[[DATE_OF_BIRTH:01.01.1986]]",
                "[[DATE_OF_BIRTH:17.07.1990]]",
                "[[DATE_OF_BIRTH:05.03.2014]]",
                "[[DATE_OF_BIRTH:28.10.2019]]",
            ],
            [
                "Geburtsort",
                "[[LOCATION:Aleppo]]",
                "[[LOCATION:Aleppo]]",
                "[[LOCATION:Aleppo]]",
                "[[LOCATION:Beirut]]",
            ],
            [
                "Aufenthalt",
                "[[STREET_ADDRESS:Dortmunder Str. 58]], [[LOCATION:45665 Recklinghausen]]",
                "[[LOCATION:Beirut]]",
                "[[LOCATION:Beirut]]",
                "[[LOCATION:Beirut]]",
            ],
            [
                "Dokument",
                "eAT [[DE_ID_CARD:YF2X7K4R8]]",
                "Pass [[DE_PASSPORT:N017729431]]",
                "Pass [[DE_PASSPORT:N017729432]]",
                "–",
            ],
            [
                "Titel / Antrag",
                "§ 25 Abs. 2 AufenthG",
                "§ 36a AufenthG",
                "§ 36a AufenthG",
                "§ 36a AufenthG",
            ],
        ]
    )
    + "\n\n"
    + T("""
Prüfung:
- Wohnraum: 78 m², 4 Zimmer, Mietvertrag mit der Vivawest Wohnen GmbH liegt vor (ausreichend für 4 Personen).
- Lebensunterhalt: Herr [[PERSON:Al-Khatib]] ist seit 01.04.2025 als Berufskraftfahrer beschäftigt, netto ca. 2.350,00 €; Sicherung bei § 36a AufenthG nicht zwingend.
- Ehe: Heiratsurkunde Scharia-Gericht Aleppo vom 12.06.2012, Ehe bestand bereits vor der Flucht.
- Kind 2 in [[LOCATION:Beirut]] geboren, Vaterschaft durch Geburtsurkunde belegt.

Ergebnis: Zustimmung wird erteilt. Antwort an die Botschaft per Auslandsportal; Kopie an Herrn [[PERSON:Al-Khatib]] und an seinen Beistand [[PERSON:Rana Haddad]] (Migrationsberatung Caritas), [[EMAIL_ADDRESS:r.haddad@caritas-re.de]].
[[PERSON:Fischbach]], Sachgebiet 32.4, Tel. [[PHONE_NUMBER:02361 50-1847]] – Funktionspostfach: auslaenderbehoerde@recklinghausen.de
"""),
    keep=[
        "§ 31 AufenthV",
        "Vivawest Wohnen GmbH",
        "78 m²",
        "§ 25 Abs. 2 AufenthG",
        "auslaenderbehoerde@recklinghausen.de",
    ],
    allow=["Beirut", "Aleppo"],
)


# =============================================================================
# PII documents: letters, e-mails, forms, notes
# =============================================================================

# ---- 029 letter: elderly citizen asks for a registration certificate
_rv29 = rvnr("17", "210344", "K", "51")
_id29 = idcard("T22C0K9R3")
add(
    "h10-029",
    "pii",
    "letter",
    T(f"""
[[PERSON:Hannelore Bick]]
[[STREET_ADDRESS:Voerder Straße 122]]
[[LOCATION:58135 Hagen]]
Tel. [[PHONE_NUMBER:02331 4071862]]

Stadt Hagen
Bürgeramt
Rathausstraße 11
58095 Hagen

                                                [[LOCATION:Hagen-Haspe]], den 28.11.2026

Meldebescheinigung für die Rentenversicherung – und Fehler im Geburtsdatum

Sehr geehrte Damen und Herren,

ich bin am 01.10.2026 aus [[LOCATION:Schwelm]] ([[STREET_ADDRESS:Kölner Straße 18]]) zu meiner Tochter nach [[LOCATION:Haspe]] gezogen und habe mich am 06.10.2026 bei Ihnen angemeldet. Die Deutsche Rentenversicherung Westfalen möchte jetzt eine Meldebescheinigung haben, weil sich meine Anschrift geändert hat (meine Versicherungsnummer ist [[DE_SOCIAL_SECURITY:{_rv29}]]).

Leider steht auf der Anmeldebestätigung als Geburtsdatum der [[DATE_OF_BIRTH:12.03.1944]]. Richtig ist der [[DATE_OF_BIRTH:21.03.1944]], so steht es auch in meinem Personalausweis (Nr. [[DE_ID_CARD:{_id29}]], ausgestellt in Schwelm am 14.05.2021). Ich lege Ihnen eine Kopie der Geburtsurkunde bei, ich bin in [[LOCATION:Breslau]] geboren, die Urkunde ist vom Standesamt I in Berlin.

Ich kann nicht gut laufen. Kann meine Tochter, Frau [[PERSON:Sabine Hüttebräucker]], die Bescheinigung für mich abholen? Eine Vollmacht lege ich bei. Sie ist tagsüber unter [[PHONE_NUMBER:0171 4429016]] zu erreichen. Die Gebühr von 10,00 € kann sie gleich bezahlen.

Mit freundlichen Grüßen

[[PERSON:Hannelore Bick]] geb. [[PERSON:Klose]]

Anlagen: Kopie Geburtsurkunde, Vollmacht, Schreiben der Deutschen Rentenversicherung Westfalen vom 17.11.2026
"""),
    keep=[
        "Deutsche Rentenversicherung Westfalen",
        "Rathausstraße 11",
        "01.10.2026",
        "10,00 €",
        "Standesamt I in Berlin",
    ],
    allow=["Schwelm"],
)


# ---- 030 letter: objection against a waste fee notice
add(
    "h10-030",
    "pii",
    "letter",
    T(f"""
[[PERSON:Stefan Brockhoff]] und [[PERSON:Aylin Brockhoff]]
[[STREET_ADDRESS:Wittekindstraße 17]]
[[LOCATION:45131 Essen]]
[[EMAIL_ADDRESS:brockhoff.familie@gmx.de]]

Stadt Essen
Steueramt – Grundbesitzabgaben
45121 Essen

[[LOCATION:Essen]], 03.12.2026

Kassenzeichen [[DE_AKTENZEICHEN:32.710.448.916]]
Widerspruch gegen den Änderungsbescheid über Grundbesitzabgaben vom 13.11.2026

Sehr geehrte Damen und Herren,

hiermit legen wir Widerspruch gegen den oben genannten Bescheid ein. Sie haben für unser Zweifamilienhaus ab 01.07.2026 eine 240-l-Restmülltonne mit wöchentlicher Leerung berechnet (418,80 € statt bisher 209,40 € im Jahr). Wir haben aber nie eine größere Tonne bestellt. Die Entsorgungsbetriebe haben im Juni bei einem Tonnentausch versehentlich die falsche Größe hingestellt, das wurde nach unserer Reklamation (Auftragsnummer [[DE_AKTENZEICHEN:EBE-A-2026-118305]]) am 21.07.2026 korrigiert.

Wir bitten, den Bescheid nach der Abfallgebührensatzung zu korrigieren und den zu viel gezahlten Betrag von 104,70 € auf unser Konto zu erstatten:
Kontoinhaber [[PERSON:Stefan Brockhoff]], IBAN [[IBAN_CODE:{iban("DE", "360501050004719963")}]] (Sparkasse Essen).

Die Mieterin im Obergeschoss, Frau [[PERSON:Eleni Karagianni]], kann bestätigen, dass die große Tonne nur vier Wochen an der Straße stand.

Mit freundlichen Grüßen

[[PERSON:Stefan Brockhoff]]        [[PERSON:Aylin Brockhoff]]

Anlage: Kopie der Reklamationsbestätigung der EBE vom 21.07.2026
"""),
    keep=[
        "Änderungsbescheid über Grundbesitzabgaben vom 13.11.2026",
        "418,80 €",
        "104,70 €",
        "Abfallgebührensatzung",
        "45121 Essen",
    ],
    allow=["Essen"],
)


# ---- 031 letter: property manager confirms new tenants
add(
    "h10-031",
    "pii",
    "letter",
    T("""
Emscher-Lippe Immobilienverwaltung GmbH
Marktstraße 112 · 46045 Oberhausen · Tel. 0208 8592-0 · info@el-immo.de
Amtsgericht Duisburg HRB 27418 · Geschäftsführer: [[PERSON:Rainer Hülsmeier]]

Stadt Oberhausen
Bürgerservice / Meldebehörde
Schwartzstraße 72
46045 Oberhausen

Oberhausen, 25.11.2026
Ihr Schreiben vom 18.11.2026 – fehlende Wohnungsgeberbestätigung

Sehr geehrte Damen und Herren,

als Verwalterin im Auftrag der Eigentümergemeinschaft Lothringer Straße bestätigen wir nach § 19 BMG den Einzug folgender Personen:

Wohnung:       [[STREET_ADDRESS:Lothringer Straße 63]], 2. OG rechts, [[LOCATION:46045 Oberhausen]]
Einzugsdatum:  01.11.2026
Eingezogen:    [[PERSON:Olena Tkachenko]], [[PERSON:Maksym Tkachenko]] sowie die minderjährigen Kinder [[PERSON:Sofiia]] und [[PERSON:Taras]]
Auszug Vormieter: [[PERSON:Dariusz Wróbel]], Auszug zum 31.10.2026, nach unserer Kenntnis verzogen nach [[LOCATION:Dinslaken-Lohberg]]

Die Familie [[PERSON:Tkachenko]] wohnte zuvor in einer Gemeinschaftsunterkunft; Frau [[PERSON:Tkachenko]] erreichen Sie unter [[PHONE_NUMBER:0157 39902174]].

Die Mietvertragsnummer [[DE_AKTENZEICHEN:MV-LO63-2OGr-2026]] bitten wir bei Rückfragen anzugeben. Für die ordnungsgemäße Anmeldung ist die meldepflichtige Person innerhalb von zwei Wochen nach Einzug selbst verantwortlich; wir haben Familie [[PERSON:Tkachenko]] darauf hingewiesen.

Mit freundlichen Grüßen
i. A. [[PERSON:Jacqueline Pieper]]
Mietverwaltung · Durchwahl [[PHONE_NUMBER:0208 8592-214]] · [[EMAIL_ADDRESS:j.pieper@el-immo.de]]
"""),
    keep=[
        "Emscher-Lippe Immobilienverwaltung GmbH",
        "HRB 27418",
        "§ 19 BMG",
        "0208 8592-0",
        "Schwartzstraße 72",
    ],
    allow=["46045 Oberhausen"],
)


# ---- 032 letter: lawyer's letter on a residence permit
add(
    "h10-032",
    "pii",
    "letter",
    T("""
RECHTSANWÄLTE KAYA & PARTNER mbB
Kunibertistraße 22 · 45657 Recklinghausen · Tel. 02361 90487-0 · Fax 02361 90487-99
kanzlei@kaya-partner.de

Stadt Recklinghausen
Ausländerbehörde
Rathausplatz 3-4
45657 Recklinghausen

Vorab per Fax: 02361 50-1299

Recklinghausen, 30.11.2026
Unser Zeichen: [[DE_AKTENZEICHEN:1187/26 MK]]
Ihr Zeichen: [[DE_AKTENZEICHEN:32.1-AE-2024-0893]]

Unsere Mandantin: Frau [[PERSON:Funmilayo Balogun]], geb. [[DATE_OF_BIRTH:04.12.1992]] in [[LOCATION:Lagos]], nigerianische Staatsangehörige, wohnhaft [[STREET_ADDRESS:Castroper Straße 141]], [[LOCATION:45665 Recklinghausen]]
hier: Antrag auf Verlängerung der Aufenthaltserlaubnis nach § 16a AufenthG / Fiktionsbescheinigung

Sehr geehrte Damen und Herren,

wir zeigen an, dass uns Frau [[PERSON:Balogun]] mit der Wahrnehmung ihrer Interessen beauftragt hat. Eine Vollmacht ist beigefügt.

Die Aufenthaltserlaubnis unserer Mandantin (eAT-Nr. [[DE_ID_CARD:YN4K8P2G6]]) läuft am 15.12.2026 ab. Der Verlängerungsantrag wurde bereits am 02.10.2026 per E-Mail gestellt; eine Eingangsbestätigung liegt nicht vor. Ein Termin wurde ihr erst für den 19.02.2027 angeboten.

Frau [[PERSON:Balogun]] befindet sich im dritten Ausbildungsjahr zur Pflegefachfrau bei der Klinikum Vest GmbH; die Abschlussprüfung ist für Juni 2027 angesetzt. Ihr nigerianischer Reisepass (Nr. [[DE_PASSPORT:B08834127]]) ist bis 2030 gültig.

Wir beantragen,
1. unserer Mandantin umgehend eine Fiktionsbescheinigung nach § 81 Abs. 4 AufenthG auszustellen,
2. die Aufenthaltserlaubnis bis zum Ende der Ausbildung zu verlängern.

Akteneinsicht wird beantragt.

Mit freundlichen Grüßen

[[PERSON:Meltem Kaya]]
Rechtsanwältin
"""),
    keep=[
        "§ 81 Abs. 4 AufenthG",
        "Klinikum Vest GmbH",
        "02361 90487-0",
        "Rathausplatz 3-4",
        "15.12.2026",
    ],
)


# ---- 033 email: birth registration
add(
    "h10-033",
    "pii",
    "email",
    T("""
Von: [[PERSON:Luca Moretti]] <[[EMAIL_ADDRESS:luca.moretti@web.de]]>
An: standesamt@muelheim-ruhr.de
Datum: 01.12.2026, 21:47
Betreff: Geburt unserer Tochter – Beurkundung und Namensbestimmung

Sehr geehrte Damen und Herren,

unsere Tochter [[PERSON:Emilia Sophie]] ist am [[DATE_OF_BIRTH:29.11.2026]] um 04:12 Uhr im Evangelischen Krankenhaus Mülheim zur Welt gekommen. Das Krankenhaus hat uns gesagt, dass die Geburtsanzeige direkt an Sie geht, wir aber die Unterlagen selbst einreichen müssen.

Zu uns:
- Vater: [[PERSON:Luca Moretti]], geb. [[DATE_OF_BIRTH:14.08.1988]] in [[LOCATION:Bari]], italienischer Staatsangehöriger, Carta d'identità [[DE_PASSPORT:CA47120KX]]
- Mutter: [[PERSON:Julia Moretti]] geb. [[PERSON:Brenner]], geb. [[DATE_OF_BIRTH:02.05.1990]] in [[LOCATION:Oberhausen-Sterkrade]], Deutsche
- Anschrift: [[STREET_ADDRESS:Schloßstraße 28]], [[LOCATION:45468 Mülheim an der Ruhr]]
- Verheiratet seit 10.09.2022 (Standesamt Essen, Heiratsurkunde liegt in Kopie bei)

[[PERSON:Emilia]] soll den Familiennamen „[[PERSON:Moretti]]“ bekommen. Müssen wir für die italienische Seite (Konsulat Köln) etwas Besonderes beachten, z. B. eine mehrsprachige Geburtsurkunde nach dem Wiener CIEC-Übereinkommen?

Wir hätten gerne 3 Geburtsurkunden (für Elterngeld, Kindergeld und Krankenkasse sind ja gebührenfrei, soweit ich weiß) und eine internationale Geburtsurkunde. Die Gebühr von 12,00 € überweisen wir gerne.

Unter [[PHONE_NUMBER:0176 83390412]] bin ich tagsüber erreichbar, meine Frau ist noch bis Donnerstag im Krankenhaus.

Viele Grüße
[[PERSON:Luca Moretti]]
"""),
    keep=[
        "standesamt@muelheim-ruhr.de",
        "Evangelischen Krankenhaus Mülheim",
        "12,00 €",
        "Standesamt Essen",
        "Konsulat Köln",
    ],
)


# ---- 034 email: parental contributions, income declaration with tax IDs
add(
    "h10-034",
    "pii",
    "email",
    T(f"""
Von: [[PERSON:Nadine Wessel]] <[[EMAIL_ADDRESS:nadine.wessel87@gmail.com]]>
An: elternbeitraege@bottrop.de
Datum: Do, 26.11.2026 07:58
Betreff: Einkommenserklärung Elternbeiträge 2027 – Beitragskonto [[DE_AKTENZEICHEN:41.2-0088213]]

Hallo,

anbei wie angefordert unsere Einkommenserklärung für 2027 für unseren Sohn [[PERSON:Jonas Wessel]] (geb. [[DATE_OF_BIRTH:18.02.2023]], Kita Sonnenblume, 45 Std./Woche).

Angaben:
Mutter: [[PERSON:Nadine Wessel]], Steuer-ID [[DE_TAX_ID:{stid("6018347296")}]]
Lebensgefährte: [[PERSON:Krzysztof Zieliński]], Steuer-ID [[DE_TAX_ID:{stid("9453017629")}]]
Anschrift: [[STREET_ADDRESS:Schulstraße 9]], [[LOCATION:46244 Bottrop]]

Gemeinsames Jahresbruttoeinkommen 2025 laut Steuerbescheiden: 46.820 € ([[PERSON:Nadine]] Teilzeit 19.300 €, [[PERSON:Krzysztof]] 27.520 €). Damit liegen wir laut Ihrer Tabelle in der Stufe bis 49.000 €, also 132,00 € im Monat ab 01.01.2027, richtig?

Außerdem: Unsere Tochter [[PERSON:Lena]] (geb. [[DATE_OF_BIRTH:09.07.2020]]) kommt im August in die Schule und geht dann in die OGS der Grundschule Grafenwald. Gilt die Geschwisterbefreiung nach der Elternbeitragssatzung auch für OGS-Beiträge?

Die Steuerbescheide hänge ich als PDF an (Kopien, die Steuernummern habe ich geschwärzt).

Danke und viele Grüße
[[PERSON:Nadine Wessel]]
[[PHONE_NUMBER:0178 4402817]]
"""),
    keep=[
        "elternbeitraege@bottrop.de",
        "46.820 €",
        "Elternbeitragssatzung",
        "01.01.2027",
        "132,00 €",
    ],
)


# ---- 035 email: refugee asks the immigration office for an extension, auto-reply quoted
add(
    "h10-035",
    "pii",
    "email",
    T("""
Von: [[PERSON:Oksana Melnyk]] <[[EMAIL_ADDRESS:oksana.melnyk.ua@gmail.com]]>
An: auslaenderbehoerde@stadt-witten.de
Datum: 02.12.2026 23:10
Betreff: AW: Ihre Nachricht ist eingegangen – Verlängerung § 24 [[PERSON:Melnyk Oksana]] [[DATE_OF_BIRTH:11.06.1979]]

Sehr geehrte Damen und Herren,

ich schreibe noch einmal, weil ich keine Antwort habe. Meine Aufenthaltserlaubnis nach § 24 AufenthG gilt bis 04.03.2027 und ich und mein Sohn [[PERSON:Artem]] (geb. [[DATE_OF_BIRTH:22.01.2009]]) brauchen Verlängerung. Ich arbeite jetzt in einer Bäckerei (Backhaus Ruhrtal GmbH) und brauche Papier für den Arbeitgeber.

Meine Daten:
Name: [[PERSON:Melnyk, Oksana]]
Geboren in: [[LOCATION:Saporischschja]]
Adresse: [[STREET_ADDRESS:Crengeldanzstraße 58]], [[LOCATION:58455 Witten]]
Pass: [[DE_PASSPORT:FA905512]]
eAT: [[DE_ID_CARD:YP3R8C1L7]]
Telefon: [[PHONE_NUMBER:+49 152 59447810]]

Mit freundlichen Grüßen
[[PERSON:Oksana Melnyk]]

-----Ursprüngliche Nachricht-----
Von: auslaenderbehoerde@stadt-witten.de
Gesendet: Montag, 16. November 2026 08:00
Betreff: Ihre Nachricht ist eingegangen

Dies ist eine automatische Eingangsbestätigung. Bitte sehen Sie von Rückfragen ab.
Aufenthaltserlaubnisse nach § 24 AufenthG gelten nach der Ukraine-Aufenthaltserlaubnis-Fortgeltungsverordnung bis 04.03.2027 fort. Sie erhalten rechtzeitig eine Einladung.

Stadt Witten – Ausländerbehörde, Marktstraße 16, 58452 Witten, Telefon 02302 581-0
"""),
    keep=[
        "§ 24 AufenthG",
        "04.03.2027",
        "auslaenderbehoerde@stadt-witten.de",
        "Marktstraße 16, 58452 Witten",
        "Backhaus Ruhrtal GmbH",
    ],
)


# ---- 036 email_thread: sole trader relocates, forwarded between trade offices
add(
    "h10-036",
    "pii",
    "email_thread",
    T(f"""
Von: [[PERSON:Petra Lindemann]] <[[EMAIL_ADDRESS:petra.lindemann@stadt-duisburg.de]]>
An: gewerbeamt@muelheim-ruhr.de
Datum: 03.12.2026 10:22
Betreff: WG: Sitzverlegung [[PERSON:Karalis]] Haustechnik e.K. – Abmeldung Duisburg / Anmeldung Mülheim

Liebe Kolleginnen und Kollegen,

zur Kenntnis und in Ihrer Zuständigkeit: Der Betrieb verlegt seinen Sitz zu Ihnen. Die Abmeldung haben wir zum 31.12.2026 erfasst (unser Vorgang [[DE_AKTENZEICHEN:GA-26-5702]]), die Anmeldung bei Ihnen steht noch aus. Die Gebühr von 26,00 € für die Anmeldung ist bei Ihnen fällig.

Viele Grüße
[[PERSON:Petra Lindemann]]
Stadt Duisburg – Gewerbeangelegenheiten
Tel. [[PHONE_NUMBER:0203 283-4415]]

---------- Forwarded message ---------
Von: [[PERSON:Marius Kösters]] <[[EMAIL_ADDRESS:m.koesters@stb-rheinruhr.de]]>
Datum: Di., 1. Dez. 2026 um 16:05
Betreff: Sitzverlegung [[PERSON:Karalis]] Haustechnik e.K.
An: gewerbeamt@stadt-duisburg.de

Sehr geehrte Damen und Herren,

im Auftrag unseres Mandanten, Herrn [[PERSON:Dimitrios Karalis]], geb. [[DATE_OF_BIRTH:19.01.1977]], Inhaber der Firma „[[PERSON:Karalis]] Haustechnik e.K.“ (Amtsgericht Duisburg, [[DE_HANDELSREGISTER:HRA 10877]]), teilen wir mit, dass der Betrieb zum 01.01.2027 von der [[STREET_ADDRESS:Bahnhofstraße 81]], [[LOCATION:47137 Duisburg]] ([[LOCATION:Meiderich]]) in die [[STREET_ADDRESS:Aktienstraße 310]], [[LOCATION:45473 Mülheim an der Ruhr]] verlegt wird. Die Sitzverlegung ist zum Handelsregister angemeldet.

USt-IdNr. des Einzelunternehmens: [[DE_TAX_ID:{ustid("27740318")}]]
Privatanschrift des Inhabers (unverändert): [[STREET_ADDRESS:Westender Straße 22]], [[LOCATION:47138 Duisburg]]
Handwerksrolle: Installateur- und Heizungsbauermeister, Handwerkskammer Düsseldorf

Bitte bestätigen Sie uns die Abmeldung schriftlich; eine Vollmacht liegt bei. Rückfragen gerne direkt an mich.

Mit freundlichen Grüßen
[[PERSON:Marius Kösters]]
Steuerberater
Steuerberatungsgesellschaft Rhein-Ruhr mbH
Königstraße 48, 47051 Duisburg · HRB 19922 · Tel. 0203 71839-0 · Durchwahl [[PHONE_NUMBER:0203 71839-23]]
"""),
    keep=[
        "HRB 19922",
        "Steuerberatungsgesellschaft Rhein-Ruhr mbH",
        "26,00 €",
        "gewerbeamt@muelheim-ruhr.de",
        "Handwerkskammer Düsseldorf",
    ],
)


# ---- 037 email_thread: special school transport
add(
    "h10-037",
    "pii",
    "email_thread",
    T("""
Von: [[PERSON:Sven Oberhoff]] <[[EMAIL_ADDRESS:sven.oberhoff@essen.de]]>
An: [[EMAIL_ADDRESS:k.hoelscher-demir@t-online.de]]
Cc: sekretariat@schule-am-ruhrtal.de
Datum: Fr, 04.12.2026 11:16
Betreff: AW: AW: Beförderung [[PERSON:Mattis]] – Schülerspezialverkehr

Sehr geehrte Frau [[PERSON:Hölscher-Demir]],

die Beförderung von [[PERSON:Mattis]] im Schülerspezialverkehr ist ab Montag, 04.01.2027 bewilligt (§ 12 Schülerfahrkostenverordnung). Das Beförderungsunternehmen Taxi Ruhr-Express GmbH holt ihn montags bis freitags um 07:05 Uhr an der Haustür ab; der Rollstuhl kann mitgenommen werden. Die Fahrerin wird sich vorher telefonisch bei Ihnen melden. Ihre Handynummer habe ich mit Ihrem Einverständnis weitergegeben.

Mit freundlichen Grüßen
[[PERSON:Sven Oberhoff]]
Stadt Essen – Fachbereich Schule, Schülerfahrkosten
Tel. [[PHONE_NUMBER:0201 88-40318]] | Servicetelefon 0201 88-0

-----Ursprüngliche Nachricht-----
Von: [[PERSON:Katrin Hölscher-Demir]] <[[EMAIL_ADDRESS:k.hoelscher-demir@t-online.de]]>
Gesendet: Mittwoch, 2. Dezember 2026 19:40
An: [[EMAIL_ADDRESS:sven.oberhoff@essen.de]]
Betreff: AW: Beförderung [[PERSON:Mattis]] – Schülerspezialverkehr

Hallo Herr [[PERSON:Oberhoff]],

danke für den Rückruf. Hier noch die fehlenden Angaben:
> Name des Kindes: [[PERSON:Mattis Demir]], geb. [[DATE_OF_BIRTH:08.09.2016]]
> Anschrift: [[STREET_ADDRESS:Bocholder Straße 140]], [[LOCATION:45355 Essen]]
> Schule: Schule am Ruhrtal (Förderschwerpunkt körperliche und motorische Entwicklung), Klasse 5a
> Schwerbehindertenausweis mit Merkzeichen aG liegt in Kopie bei
> Mobil: [[PHONE_NUMBER:0172 5098344]]

Der Vater ([[PERSON:Erkan Demir]]) kann ihn nur dienstags fahren, sonst niemand.

Viele Grüße
[[PERSON:Katrin Hölscher-Demir]]

> -----Ursprüngliche Nachricht-----
> Von: sekretariat@schule-am-ruhrtal.de
> Gesendet: Montag, 23. November 2026 09:02
> Betreff: Beförderung [[PERSON:Mattis]] – Schülerspezialverkehr
>
> Liebe Frau [[PERSON:Hölscher-Demir]], der Antrag ist an die Schulverwaltung weitergeleitet. Ansprechpartner dort ist Herr [[PERSON:Oberhoff]]. Schulweg laut Routenplaner 9,4 km. Ihr Schulsekretariat
"""),
    keep=[
        "§ 12 Schülerfahrkostenverordnung",
        "Taxi Ruhr-Express GmbH",
        "04.01.2027",
        "sekretariat@schule-am-ruhrtal.de",
        "0201 88-0",
    ],
)


# ---- 038 email_thread: instalment plan with the city treasury
add(
    "h10-038",
    "pii",
    "email_thread",
    T(f"""
Von: [[PERSON:Kirsten Aldenhoff]] <[[EMAIL_ADDRESS:kirsten.aldenhoff@oberhausen.de]]>
An: [[PERSON:Adrian Vasilescu]] <[[EMAIL_ADDRESS:adrian.vasilescu@yahoo.com]]>
Datum: 01.12.2026 14:03
Betreff: AW: Ratenzahlung Kassenzeichen [[DE_AKTENZEICHEN:6.2210.004871.9]]

Sehr geehrter Herr [[PERSON:Vasilescu]],

Ihrem Antrag auf Ratenzahlung wird entsprochen. Die Gesamtforderung von 1.146,00 € (Bußgeld und Gebühren aus zwei Bescheiden, Säumniszuschläge) ist in sechs Monatsraten zu zahlen:

  Rate 1   15.12.2026   191,00 €
  Rate 2   15.01.2027   191,00 €
  Rate 3   15.02.2027   191,00 €
  Rate 4   15.03.2027   191,00 €
  Rate 5   15.04.2027   191,00 €
  Rate 6   15.05.2027   191,00 €

Die Raten werden per Lastschrift von Ihrem Konto [[IBAN_CODE:{iban("DE", "365500000001983374")}]] eingezogen, Mandatsreferenz [[DE_AKTENZEICHEN:OB-KZ-62210004871-01]], Gläubiger-ID der Stadt Oberhausen DE72ZZZ00000004471. Gerät eine Rate in Rückstand, wird der gesamte Restbetrag sofort fällig. Vollstreckungsmaßnahmen ruhen, solange Sie pünktlich zahlen.

Mit freundlichen Grüßen
Im Auftrag
[[PERSON:Kirsten Aldenhoff]]
Stadt Oberhausen – Stadtkasse, Vollstreckung
Schwartzstraße 72, 46045 Oberhausen
Tel. [[PHONE_NUMBER:0208 825-2390]] · Fax 0208 825-5199 · stadtkasse@oberhausen.de

> Am 27.11.2026 um 18:21 schrieb [[PERSON:Adrian Vasilescu]] <[[EMAIL_ADDRESS:adrian.vasilescu@yahoo.com]]>:
> Guten Tag Frau [[PERSON:Aldenhoff]],
> ich kann die 1.146 € nicht auf einmal bezahlen. Ich arbeite seit Oktober bei einer Zeitarbeitsfirma in [[LOCATION:Dinslaken]] und bekomme ca. 1.650 € netto. Miete 620 €, meine Frau [[PERSON:Mihaela]] ist in Elternzeit. Ich kann 190 € im Monat zahlen, ab Dezember.
> Meine Adresse ist neu: [[STREET_ADDRESS:Gildenstraße 31]], [[LOCATION:46117 Oberhausen]] (vorher [[STREET_ADDRESS:Mülheimer Straße 288]]).
> Telefon [[PHONE_NUMBER:0157 86213940]]
> Danke
> [[PERSON:Adrian Vasilescu]]
>
>> Am 20.11.2026 schrieb stadtkasse@oberhausen.de:
>> Vollstreckungsankündigung – Kassenzeichen [[DE_AKTENZEICHEN:6.2210.004871.9]] – offener Betrag 1.146,00 €. Bitte zahlen Sie bis 04.12.2026.
"""),
    keep=[
        "1.146,00 €",
        "DE72ZZZ00000004471",
        "Schwartzstraße 72, 46045 Oberhausen",
        "stadtkasse@oberhausen.de",
        "15.12.2026",
    ],
)


# ---- 039 email_thread: foster care, special needs request
add(
    "h10-039",
    "pii",
    "email_thread",
    T("""
Von: [[PERSON:Tanja Westerhoff]] <[[EMAIL_ADDRESS:tanja.westerhoff@stadt-hagen.de]]>
An: wirtschaftliche-jugendhilfe@stadt-hagen.de
Datum: 30.11.2026 09:12
Betreff: WG: Antrag Sonderbedarf – Pflegekind [[PERSON:Mia-Sophie L.]], Az. [[DE_AKTENZEICHEN:51-PKD-2021/0066]]

Hallo liebe WJH,

fachlich befürwortet (Brille und Klassenfahrt sind notwendig). Bitte Sonderbedarf nach § 39 Abs. 3 SGB VIII bewilligen und an die Pflegeeltern auszahlen. Die Kindesmutter, Frau [[PERSON:Jennifer Langenbach]] (wohnt inzwischen in [[LOCATION:Lüdenscheid]]), ist informiert, hat aber keinen Kostenbeitrag zu leisten.

Gruß
[[PERSON:Tanja Westerhoff]]
Pflegekinderdienst, Fachbereich Jugend und Soziales
Tel. [[PHONE_NUMBER:02331 207-3946]]

-------- Weitergeleitete Nachricht --------
Betreff: Antrag Sonderbedarf [[PERSON:Mia]]
Datum: Fri, 27 Nov 2026 20:33:05 +0100
Von: [[PERSON:Claudia Steinhoff]] <[[EMAIL_ADDRESS:steinhoff.claudia@arcor.de]]>
An: [[EMAIL_ADDRESS:tanja.westerhoff@stadt-hagen.de]]

Liebe Frau [[PERSON:Westerhoff]],

für unser Pflegekind [[PERSON:Mia-Sophie Langenbach]] (geb. [[DATE_OF_BIRTH:12.10.2019]]) beantragen wir:
1. Brille (Kinderbrille mit Kunststoffgläsern), Eigenanteil nach Kasse: 89,00 €
2. Klassenfahrt der Grundschule Im Kley nach Schwerte, 22.–24.04.2027: 100,00 €
Summe: 189,00 €

Die Rechnungen hängen an. Bitte auf unser bekanntes Konto überweisen (Pflegegeldkonto [[PERSON:Bernd Steinhoff]]).
Unsere Anschrift hat sich nicht geändert ([[STREET_ADDRESS:Lennestraße 52]], [[LOCATION:58119 Hagen]]), aber wir haben eine neue Festnetznummer: [[PHONE_NUMBER:02334 9560117]].

[[PERSON:Mia]] geht es gut, sie hat sich in der 2. Klasse gut eingelebt.

Herzliche Grüße
[[PERSON:Claudia]] und [[PERSON:Bernd Steinhoff]]
"""),
    keep=[
        "§ 39 Abs. 3 SGB VIII",
        "189,00 €",
        "wirtschaftliche-jugendhilfe@stadt-hagen.de",
        "Pflegekinderdienst",
        "22.–24.04.2027",
    ],
)


# ---- 040 web_form: bulky-waste collection order
add(
    "h10-040",
    "pii",
    "web_form",
    T("""
=== Formularexport: Sperrmüllanmeldung online ===
Formular-ID: SPM-ONLINE-v3 | Übermittlungsnummer: [[DE_AKTENZEICHEN:2026-12-02-4471-SPM]] | Eingang: 02.12.2026 20:14:33
Client-IP: [[IP_ADDRESS:5.146.213.88]] | Formularserver: 10.16.8.21 (intern) | Browser: Firefox 132 / Android

[Abholadresse]
Straße / Hausnummer ........ [[STREET_ADDRESS:Frohnhauser Straße 301]]
PLZ / Ort .................. [[LOCATION:45144 Essen]]
Lage ....................... Keller, Zugang über Hof (Tor Code bitte telefonisch erfragen)

[Auftraggeber/in]
Anrede ..................... Frau
Vorname .................... [[PERSON:Yordanka]]
Nachname ................... [[PERSON:Koleva]]
Telefon .................... [[PHONE_NUMBER:0176 91142083]]
E-Mail ..................... [[EMAIL_ADDRESS:y.koleva@abv.bg]]
Kundennummer (falls vorh.) . [[DE_AKTENZEICHEN:3007 4471 22]]
Ich bin ................... [X] Mieter/in  [ ] Eigentümer/in  [ ] Hausverwaltung

[Gegenstände] (max. 5 m³ je Abholung gebührenfrei)
- 1 Kleiderschrank (zerlegt)
- 2 Matratzen 90 x 200
- 1 Sofa, 3-Sitzer
- 4 Stühle
[ ] Elektrogroßgeräte (separater Termin)
Geschätztes Volumen: 3,5 m³

[Termin]
Wunschtermin: Dienstag, 15.12.2026 (Bereitstellung ab 06:00 Uhr am Straßenrand)
Ersatztermin: 22.12.2026

[Bemerkung]
Ich bin im Januar nach [[LOCATION:Plowdiw]] zurück, bitte möglichst noch im Dezember. Die Nachbarin Frau [[PERSON:Strauch]] hat einen Schlüssel für den Hof, falls ich arbeite.

Datenschutzhinweise akzeptiert: ja (02.12.2026 20:14)
--- Ende Export --- Weiterleitung an: Entsorgungsbetriebe Essen GmbH, Disposition Sperrmüll, sperrmuell@ebe-essen.de
"""),
    keep=["SPM-ONLINE-v3", "10.16.8.21", "15.12.2026", "sperrmuell@ebe-essen.de", "5 m³"],
)


# ---- 041 web_form: residents' parking permit with vehicle plate
add(
    "h10-041",
    "pii",
    "web_form",
    T("""
Antrag Bewohnerparkausweis – Online-Dienst der Stadt Recklinghausen
------------------------------------------------------------------
Vorgangs-ID:          [[DE_AKTENZEICHEN:BPA-2026-003318]]
Eingegangen am:       29.11.2026, 09:41 Uhr
Übermittelt von IP:   [[IP_ADDRESS:2a02:908:1a61:5e40:c4d2:11ff:fe8b:7a03]]
Zahlung:              ePayBL, Transaktion TX-88213407, 110,00 € (12 Monate) – erfolgreich

Angaben zur Person
  Familienname:       [[PERSON:Kowalczyk]]
  Vorname:            [[PERSON:Marta]]
  Geburtsdatum:       [[DATE_OF_BIRTH:1989-04-07]]
  Hauptwohnung:       [[STREET_ADDRESS:Kunibertistraße 9]], [[LOCATION:45657 Recklinghausen]]
  E-Mail:             [[EMAIL_ADDRESS:marta.kowalczyk@posteo.de]]
  Telefon:            [[PHONE_NUMBER:02361 9047715]]

Bewohnerparkzone:     A – Altstadt

Angaben zum Fahrzeug
  Amtl. Kennzeichen:  [[DE_KFZ:RE-MK 7104]]
  Fahrzeughalter/in:  [ ] ich selbst  [X] Arbeitgeber (Firmenwagen zur privaten Nutzung)
  Halter:             Emscher Logistik GmbH, Herner Straße 120, Recklinghausen
  Nachweis:           Überlassungsbestätigung_Arbeitgeber.pdf (hochgeladen)

Hinweise des Systems
  - Adresse liegt in Zone A: ja (Abgleich Melderegister ok)
  - Bereits Ausweis für diese Person vorhanden: nein
  - Vorheriger Ausweis für Kennzeichen [[DE_KFZ:RE-MK 7104]] auf andere Person: ja ([[PERSON:Kowalczyk, Jan]], abgelaufen 31.10.2026)

Bemerkung der Antragstellerin:
  Das Auto hat vorher mein Mann gefahren, er arbeitet jetzt in [[LOCATION:Münster]] und wohnt dort unter der Woche (Nebenwohnung). Wir wechseln das nur.

Geltungsdauer: 01.12.2026 – 30.11.2027 | Versand des Ausweises per Post
Bearbeitung: Fachbereich Bürgerdienste, Straßenverkehrsbehörde – bewohnerparken@recklinghausen.de
"""),
    keep=[
        "Emscher Logistik GmbH",
        "110,00 €",
        "TX-88213407",
        "bewohnerparken@recklinghausen.de",
        "Zone A",
    ],
)


# ---- 042 web_form: noise complaint about a neighbour
add(
    "h10-042",
    "pii",
    "web_form",
    T("""
Kontaktformular „Anregungen und Beschwerden“ – Stadt Mülheim an der Ruhr
Eingang: 30.11.2026 23:52 · Ticket-Nr. [[DE_AKTENZEICHEN:BM-2026-11-0893]] · zugewiesen an: Ordnungsamt, Allgemeiner Ordnungsdienst
Absender-IP: [[IP_ADDRESS:87.79.104.36]]

Name: [[PERSON:Gerhard Ellerbrock]]
Straße: [[STREET_ADDRESS:Oberhausener Straße 190]]
PLZ/Ort: [[LOCATION:45476 Mülheim an der Ruhr]]
E-Mail: [[EMAIL_ADDRESS:g.ellerbrock@online.de]]
Telefon (optional): –
Rückmeldung gewünscht: ja, per E-Mail

Thema: Lärm / Ruhestörung

Nachricht:
Sehr geehrte Damen und Herren, seit Wochen gibt es jeden Freitag und Samstag bis in die Nacht laute Musik aus der Wohnung über mir (2. OG). Der Mieter heißt laut Klingelschild [[PERSON:Dragan Ilić]]. Ich habe ihn zweimal angesprochen, zuletzt am 21.11., ohne Erfolg. Heute (30.11.) ging es wieder bis 23:30 Uhr. Der Vermieter, die Mülheimer Wohnungsbau eG, reagiert nicht. Ich bin 81 Jahre alt (Jahrgang [[DATE_OF_BIRTH:1945]]) und herzkrank, ich brauche meine Ruhe. Das Landes-Immissionsschutzgesetz gilt doch auch hier? Bitte schicken Sie jemanden vorbei. Mein Sohn [[PERSON:Frank Ellerbrock]] kann Ihnen auch Auskunft geben, [[PHONE_NUMBER:0151 22376049]].

Anhänge: keine
Datenschutzerklärung gelesen: ja

--- interne Notiz AOD 01.12.2026 ---
Keine Voreinträge zur Adresse. Kontrolle Fr 04.12.2026 ab 22:00 Uhr eingeplant (Streife 2). Ansprache Herr [[PERSON:Ilić]]; bei Fortsetzung Ordnungswidrigkeitenanzeige nach § 9 LImSchG. Rückmeldung an Herrn [[PERSON:Ellerbrock]] nach Kontrolle.
"""),
    keep=[
        "Allgemeiner Ordnungsdienst",
        "Mülheimer Wohnungsbau eG",
        "§ 9 LImSchG",
        "04.12.2026",
        "Landes-Immissionsschutzgesetz",
    ],
)


# ---- 043 phone_note: daughter calls about her mother's care costs
add(
    "h10-043",
    "pii",
    "phone_note",
    T("""
TELEFONNOTIZ                                   Stadt Witten – Amt für Wohnen und Soziales
                                               Sachgebiet Hilfe zur Pflege
Datum: 03.12.2026   Uhrzeit: 10:40   Aufgenommen von: [[PERSON:Schlüter]]

Anrufer/in:   Frau [[PERSON:Birgit Hallmann]] (Tochter)
Rückruf an:   [[PHONE_NUMBER:0234 5418820]] (dienstl., ab 14 Uhr) oder mobil [[PHONE_NUMBER:0160 4471382]]
betrifft:     [[PERSON:Erna Hallmann]], geb. [[DATE_OF_BIRTH:04.04.1936]], Az. [[DE_AKTENZEICHEN:50.3-HzP-2026-0211]]

Inhalt:
Mutter ist seit 15.10.2026 dauerhaft im Seniorenzentrum am Hohenstein (vollstationär, Pflegegrad 4). Vorher wohnte sie allein in [[STREET_ADDRESS:Breite Straße 27]] in [[LOCATION:Witten-Herbede]], Wohnung ist zum 31.01.2027 gekündigt. Rente (ca. 1.380 €) und Pflegekasse reichen nicht, Eigenanteil lt. Heim 2.915,40 € mtl. Antrag Hilfe zur Pflege ist am 20.10. gestellt worden, bisher keine Rückmeldung; Heim droht mit Mahnung.
Pflegekasse: AOK NordWest, Versichertennummer [[DE_AKTENZEICHEN:K804417392]].
Tochter hat Vorsorgevollmacht, wohnt selbst in [[LOCATION:Bochum-Langendreer]]. Fragt, ob sie als Tochter zahlen muss → Hinweis: Elternunterhalt erst ab 100.000 € Jahreseinkommen (§ 94 Abs. 1a SGB XII), sie liegt deutlich darunter.
Fehlend: Kontoauszüge der letzten 3 Monate, Sparbuch (ca. 4.000 € – unter Schonvermögen 10.000 €), Bestattungsvorsorgevertrag.

Erledigt: Fehlliste per Post an Tochter, Frist 18.12.2026. Heim (Verwaltung) telefonisch informiert, dass Antrag in Bearbeitung ist.
"""),
    keep=[
        "Hilfe zur Pflege",
        "2.915,40 €",
        "§ 94 Abs. 1a SGB XII",
        "Frist 18.12.2026",
        "AOK NordWest",
    ],
)


# ---- 044 phone_note: lost ID card, call-back request
_id44 = idcard("LF7N0H2K6", with_check=True)
add(
    "h10-044",
    "pii",
    "phone_note",
    T(f"""
Rückrufbitte – Bürgerbüro Bottrop
---------------------------------
für:       Team Ausweise / Pässe
von:       Info-Theke ([[PERSON:Ö. Karaca]])
am:        04.12.2026, 08:52 Uhr
dringend:  [X] ja

Herr [[PERSON:Volker Hemmerde]], geb. [[DATE_OF_BIRTH:27.05.1966]], wohnhaft [[STREET_ADDRESS:Osterfelder Straße 204]], [[LOCATION:46236 Bottrop]]
Tel.: [[PHONE_NUMBER:02041 6894412]]

Hat gestern seine Geldbörse verloren (vermutlich Bus Linie 262). Personalausweis Nr. [[DE_ID_CARD:{_id44}]] weg, Führerschein auch. Verlustanzeige bei der Polizei ist gemacht, Vorgangsnummer der Polizei [[DE_AKTENZEICHEN:261203-1187-038412]]. Er fliegt am 20.12.2026 ab Düsseldorf nach Antalya (Urlaub) und hat keinen Reisepass. Fragt nach vorläufigem Personalausweis (Gebühr 10,00 €) und ob er ohne Termin kommen kann. Außerdem will er die Online-Ausweisfunktion sperren lassen – Hinweis gegeben: Sperrnotruf 116 116.

Bitte Rückruf heute, er ist bis 12 Uhr erreichbar. Lichtbild bringt er mit.

Erledigt: Rückruf 10:15 ([[PERSON:Kerkhoff]]); Termin Montag 07.12.2026, 08:00 Uhr, Bürgerbüro im Rathaus, Ernst-Wilczok-Platz 1. Ausweis in der Sachfahndung eingetragen.
"""),
    keep=[
        "Sperrnotruf 116 116",
        "10,00 €",
        "Ernst-Wilczok-Platz 1",
        "20.12.2026",
        "Team Ausweise / Pässe",
    ],
)


# ---- 045 phone_note: employer calls the immigration office
add(
    "h10-045",
    "pii",
    "phone_note",
    T("""
Telefonvermerk                                                   Ausländerbehörde Duisburg, Team Erwerbsmigration
Datum/Zeit: 02.12.2026, 14:25 Uhr                               Bearbeiter/in: [[PERSON:Gül Yavuz]], App. [[PHONE_NUMBER:0203 283-6271]]

Gesprächspartner: Herr [[PERSON:Björn Terlinden]], Personalleitung der Rheinhafen Spedition GmbH (HRB 14402, Amtsgericht Duisburg), Tel. 0203 80917-0

Betreff: Mitarbeiter [[PERSON:Yaw Darko]], geb. [[DATE_OF_BIRTH:30.03.1994]] in [[LOCATION:Kumasi]] (Ghana), Az. [[DE_AKTENZEICHEN:32-ABH-EM-2026-4419]]

Herr [[PERSON:Terlinden]] teilt mit, dass Herr [[PERSON:Darko]] seit 01.09.2026 als Berufskraftfahrer (Anerkennung der Fahrerlaubnis erfolgt, Führerscheinstelle Duisburg) beschäftigt ist. Die Firma möchte ihn ab 01.01.2027 als Disponent einsetzen; Gehalt steigt von 2.950 € auf 3.400 € brutto. Frage, ob die Aufenthaltserlaubnis nach § 18a AufenthG geändert werden muss.

Auskunft: Ja, Änderung der Beschäftigung → neue Zustimmung der Bundesagentur für Arbeit erforderlich. Antrag über Formular „Erklärung zum Beschäftigungsverhältnis“ durch den Arbeitgeber, Herr [[PERSON:Darko]] muss den Antrag auf Änderung der Nebenbestimmung selbst stellen (Gebühr 50,00 €). Bearbeitungszeit ca. 4–6 Wochen.

Herr [[PERSON:Darko]] wohnt laut Register [[STREET_ADDRESS:Hamborner Altmarkt 9]], [[LOCATION:47166 Duisburg]]; Arbeitgeber gibt abweichend [[LOCATION:Oberhausen-Lirich]] an → Meldeanschrift prüfen, ggf. Anschreiben an beide Adressen.

Wiedervorlage: 16.12.2026
"""),
    keep=["HRB 14402", "Rheinhafen Spedition GmbH", "§ 18a AufenthG", "50,00 €", "0203 80917-0"],
)


# ---- 046 aktenvermerk: home visit, threatened homelessness
add(
    "h10-046",
    "pii",
    "aktenvermerk",
    T("""
Stadt Essen – Amt für Soziales und Wohnen – Fachstelle Wohnungsnotfälle
AKTENVERMERK

Az.: [[DE_AKTENZEICHEN:50-4-WNF-2026/1377]]
Betreff: Hausbesuch wegen drohender Räumung – Familie [[PERSON:Kassem]]
Datum: 01.12.2026, 10:00–10:50 Uhr
Teilnehmende: [[PERSON:Lea Brüggemann]] (Fachstelle), [[PERSON:Omar Kassem]], [[PERSON:Rasha Kassem]]; Dolmetscher nicht erforderlich

Sachstand:
Mitteilung des Amtsgerichts Essen nach § 22 Abs. 9 SGB II über Räumungsklage, Az. [[DE_AKTENZEICHEN:19 C 412/26]], Eingang 24.11.2026. Mietrückstand laut Klageschrift 2.736,00 € (4 Monatsmieten à 684,00 €). Vermieter ist ein Privatmann, Herr [[PERSON:Ludger Wolfsberg]], [[PHONE_NUMBER:0201 5731094]].

Wohnung: [[STREET_ADDRESS:Katernberger Straße 188]], [[LOCATION:45327 Essen]], 3 Zimmer, 71 m², 1. OG. Im Haushalt: Herr [[PERSON:Kassem]] (geb. [[DATE_OF_BIRTH:15.08.1982]]), Frau [[PERSON:Kassem]] (geb. [[DATE_OF_BIRTH:03.02.1988]]), Kinder [[PERSON:Yara]] ([[DATE_OF_BIRTH:2012]]), [[PERSON:Adam]] ([[DATE_OF_BIRTH:2015]]) und [[PERSON:Jad]] ([[DATE_OF_BIRTH:2021]]).

Ursache: Herr [[PERSON:Kassem]] hat im Juli 2026 seine Stelle verloren; der Antrag beim Jobcenter wurde erst im Oktober gestellt (BG-Nr. [[DE_AKTENZEICHEN:36101//0087715]]). Die Familie wusste nicht, dass sie sich an uns wenden kann. Die Familie ist 2016 aus [[LOCATION:Beirut]] nach Deutschland gekommen und hat zuvor in [[LOCATION:Gelsenkirchen-Ückendorf]] gewohnt.

Eindruck: Wohnung ordentlich, Kinder gehen zur Schule (Gesamtschule Bockmühle, Grundschule), keine Anzeichen für Kindeswohlgefährdung. Eltern sehr kooperativ.

Vereinbarung:
1. Antrag auf Übernahme der Mietschulden nach § 22 Abs. 8 SGB II wird heute beim Jobcenter Essen gestellt (Begleitung durch Fachstelle).
2. Kontakt zum Vermieter: Herr [[PERSON:Wolfsberg]] ist bei Ausgleich innerhalb der Schonfrist (§ 569 Abs. 3 Nr. 2 BGB) zur Rücknahme der Klage bereit.
3. Wiedervorlage: 15.12.2026.

gez. [[PERSON:Brüggemann]]
"""),
    keep=[
        "§ 22 Abs. 8 SGB II",
        "2.736,00 €",
        "Amtsgerichts Essen",
        "§ 569 Abs. 3 Nr. 2 BGB",
        "Fachstelle Wohnungsnotfälle",
    ],
)


# ---- 047 aktenvermerk: abandoned vehicle
add(
    "h10-047",
    "pii",
    "aktenvermerk",
    T("""
Stadt Oberhausen
Fachbereich Öffentliche Ordnung – Verkehrsüberwachung / Schrottfahrzeuge
Vermerk                                                                      Oberhausen, 30.11.2026

Vorgang: [[DE_AKTENZEICHEN:32-SF-2026-0219]]
Fundort: Parkstreifen Vestische Straße gegenüber Haus-Nr. 140 (Osterfeld)
Fahrzeug: VW Passat Variant, silber, ohne amtliche Kennzeichen, TÜV-Plakette 05/2024
FIN (teilweise lesbar): WVWZZZ3CZ9E…

1. Am 16.11.2026 ging ein Hinweis über den Mängelmelder ein (Meldung MM-OB-2026-7712). Der Melder, Herr [[PERSON:Heinz-Georg Kuhlenkamp]], [[STREET_ADDRESS:Vestische Straße 143]], wohnt gegenüber und gibt an, dass das Fahrzeug seit Anfang Oktober dort steht.
2. Die Halterabfrage über die FIN beim KBA ergab als letzte Halterin Frau [[PERSON:Daniela Mikulić]], [[STREET_ADDRESS:Bottroper Straße 277]], [[LOCATION:46117 Oberhausen]]. Das Fahrzeug war bis 12.08.2026 auf das Kennzeichen [[DE_KFZ:OB-DM 1977]] zugelassen.
3. Am 17.11.2026 wurde ein roter Aufkleber („Aufforderung zur Entfernung binnen 7 Tagen“) angebracht, Fotos in der Akte.
4. Frau [[PERSON:Mikulić]] rief am 23.11.2026 an ([[PHONE_NUMBER:0208 6290175]]): Sie habe das Auto im August an einen Herrn „[[PERSON:Mirko]]“ verkauft, Kaufvertrag ohne Anschrift. Sie ist inzwischen nach [[LOCATION:Dorsten-Hervest]] gezogen.
5. Frist abgelaufen, Fahrzeug am 27.11.2026 durch Abschleppdienst Ruhr-West GmbH sichergestellt, Verwahrung auf dem Betriebshof Buschhausen.

Weiteres Vorgehen: Kostenbescheid (Abschleppen 238,00 €, Verwahrung 12,00 € je Tag) zunächst an die letzte Halterin; Anhörung nach § 28 VwVfG NRW. Bei Nichtabholung Verwertung nach Ablauf eines Monats.

[[PERSON:Schemmann]], VÜ
"""),
    keep=[
        "Abschleppdienst Ruhr-West GmbH",
        "238,00 €",
        "§ 28 VwVfG NRW",
        "MM-OB-2026-7712",
        "Betriebshof Buschhausen",
    ],
)


# ---- 048 aktenvermerk: naturalisation, check of requirements
add(
    "h10-048",
    "pii",
    "aktenvermerk",
    T(f"""
Stadt Hagen – Fachbereich Öffentliche Sicherheit, Verkehr, Bürgerdienste – Einbürgerungen
Aktenvermerk – Prüfung Einbürgerungsvoraussetzungen (§ 10 StAG)
Az. [[DE_AKTENZEICHEN:32/3-EB-2025-0448]]                                              Hagen, 02.12.2026

Antragsteller: [[PERSON:Hüseyin Karakaya]], geb. [[DATE_OF_BIRTH:18.07.1984]] in [[LOCATION:Malatya]], türkischer Staatsangehöriger
Anschrift:     [[STREET_ADDRESS:Altenhagener Straße 61]], [[LOCATION:58097 Hagen]]
Reisepass:     [[DE_PASSPORT:U18847325]], gültig bis 09.03.2031
Steuer-ID:     [[DE_TAX_ID:{stid("4139075824", True)}]]
Miteinbürgerung: Sohn [[PERSON:Emir Karakaya]], geb. [[DATE_OF_BIRTH:06.11.2013]] in [[LOCATION:Hagen]]

Prüfung:
a) Aufenthalt: rechtmäßig seit 14.09.2016 (Zuzug aus [[LOCATION:İzmir]]), davor keine Voraufenthalte. Wohnorte in Deutschland: [[LOCATION:Lüdenscheid]] (2016–2019), seitdem [[LOCATION:Hagen]]. 10 Jahre nicht erforderlich, 5 Jahre (§ 10 Abs. 1 StAG n. F.) erfüllt.
b) Lebensunterhalt: unbefristet beschäftigt bei der Stahlwerk Westfalen AG seit 2019, netto 2.780,00 €; kein Leistungsbezug.
c) Sprache: Zertifikat Deutsch B1 (telc), ausgestellt 11.05.2025; Einbürgerungstest am 20.06.2025 mit 31 von 33 Punkten bestanden.
d) Straffreiheit: BZR-Auskunft vom 25.11.2026 ohne Eintrag.
e) Bekenntnis zur freiheitlichen demokratischen Grundordnung: unterschrieben am 02.12.2026 im Termin.
f) Mehrstaatigkeit wird hingenommen (§ 12 StAG a. F. entfallen), Beibehaltung der türkischen Staatsangehörigkeit beabsichtigt.

Die Ehefrau, Frau [[PERSON:Ayten Karakaya]], stellt einen eigenen Antrag, sobald ihr B1-Zertifikat vorliegt.

Ergebnis: Voraussetzungen erfüllt. Gebühr 255,00 € (Antragsteller) + 51,00 € (Kind) bezahlt am 02.12.2026. Urkunde zur Aushändigung bei der nächsten Einbürgerungsfeier am 28.01.2027 vorgesehen.

[[PERSON:Deimel]], Sachbearbeitung Einbürgerung
"""),
    keep=["§ 10 StAG", "255,00 €", "Stahlwerk Westfalen AG", "28.01.2027", "31 von 33 Punkten"],
    allow=["Hagen"],
)


# ---- 049 ocr_form: widow's pension application taken up by the insurance office
_rv49w = rvnr("13", "250758", "S", "62")
_rv49d = rvnr("13", "020355", "P", "07")
_rv49d_ocr = _rv49d.replace("0", "O", 2)
add(
    "h10-049",
    "pii",
    "ocr_form",
    T(f"""
[Texterkennung Seite 1/4 – Vorlage: Formular R0500 „Antrag auf Hinterbliebenenrente“, aufgenommen im Versicherungsamt]

Stadt Mü1heim an der Ruhr · Versicherungsamt · Rathaus, Am Rathaus 1, 45468 Mülheim an der Ruhr
Eingangsstempe1: O1. DEZ. 2O26

1  Angaben zur antragste11enden Person
1.1 Versicherungsnummer        [[DE_SOCIAL_SECURITY:{_rv49w}]]
1.2 Name                       [[PERSON:Pawlak]]
1.3 Vorname                    [[PERSON:Krystyna]]
1.4 Geburtsname                [[PERSON:Sobczak]]
1.5 Geburtsdaturn              [[DATE_OF_BIRTH:25.O7.1958]]
1.6 Geburtsort                 [[LOCATION:Oppe1n]] ([[LOCATION:Opole]])
1.7 Anschrift                  [[STREET_ADDRESS:Dürerstraße 14]], [[LOCATION:45472 Mü1heim an der Ruhr]]
1.8 Te1efon                    [[PHONE_NUMBER:O2O8 4938817]]

2  Angaben zur verstorbenen Person
2.1 Versicherungsnummer        [[DE_SOCIAL_SECURITY:{_rv49d_ocr}]]
2.2 Name, Vorname              [[PERSON:Pawlak, Stanisław]]
2.3 Geburtsdatum               [[DATE_OF_BIRTH:O2.O3.1955]]
2.4 Sterbedatum                14.1O.2O26      Sterbeort  Mülheim an der Ruhr (Evang. Krankenhaus)
2.5 Sterbeurkunde              Standesamt Mü1heim an der Ruhr, Reg.-Nr. [[DE_AKTENZEICHEN:S 1388/2O26]]
2.6 Eheschließung              O6.O9.1980 in Opo1e

3  Zah1ungsweg
   IBAN [[IBAN_CODE:{iban("DE", "362500000183004471")}]]   Kontoinhaberin: [[PERSON:Krystyna Pawlak]]
   [X] Vorschusszah1ung aus der Rente des Verstorbenen (Sterbevierteljahr) über Renten Service beantragt

4  Erk1ärung
   Ich versichere, dass die Angaben richtig sind.
   [[LOCATION:Mü1heim]], O1.12.2O26      Unterschrift: [[PERSON:K. Pawlak]]

Aufgenommen: [[PERSON:Hegemann]], Versicherungsamt, Tel. [[PHONE_NUMBER:O2O8 455-3612]]
Weiter1eitung an: Deutsche Rentenversicherung Rhein1and, 4O194 Düsse1dorf
"""),
    keep=[
        "Am Rathaus 1, 45468 Mülheim an der Ruhr",
        "Deutsche Rentenversicherung Rhein1and",
        "Versicherungsamt",
        "Sterbevierteljahr",
        "14.1O.2O26",
    ],
    ocr_ok=[_rv49d_ocr],
    allow=["Mü1heim"],
)


# ---- 050 ocr_form: trade registration of a sole trader (GewA 1)
add(
    "h10-050",
    "pii",
    "ocr_form",
    T(f"""
%%% Scan GewA1_Eingang_2611.pdf – OCR (Tesseract), Qualität mittel %%%

Gewerbe-Anme1dung nach § 14 GewO bzw. § 55c GewO                         Stadt Bottrop – Gewerbeamt
Bitte vo11ständig und gut 1esbar ausfü11en!                              Eingang: 26. NOV. 2O26

 1 Name                    [[PERSON:Vasi1e]]
 2 Vornamen                [[PERSON:Cristina E1ena]]
 3 Geschlecht              [ ] männlich  [X] weib1ich  [ ] divers
 4 Geburtsdatum            [[DATE_OF_BIRTH:O3.O9.199O]]
 5 Geburtsort, -1and       [[LOCATION:Iaşi]], Rumänien
 6 Staatsangehörigkeit     rumänisch
 7 Anschrift Wohnung       [[STREET_ADDRESS:Gungstraße 21]], [[LOCATION:46238 Bottrop]]   Te1. [[PHONE_NUMBER:O176 2O38854l]]
                           E-Mai1 [[EMAIL_ADDRESS:cristina.vasile.beauty@gmai1.com]]
 8 Zahl der geschäftsführenden Personen: 1
 9 Betriebsstätte          [[STREET_ADDRESS:Hochstraße 33]], [[LOCATION:46236 Bottrop]]
10 Firmenname / Register   Kosmetikstudio [[PERSON:Cristina Vasile]] e.K., Amtsgericht Ge1senkirchen [[DE_HANDELSREGISTER:HRA 66l2]]
11 Tätigkeit               Kosmetik, Nagelmodellage, Wimpernverlängerung (kein Handwerk)
12 Beginn                  O1.O1.2O27
13 Zahl der Beschäftigten  Vo11zeit O  Teilzeit 1
14 Steuer-Identifikationsnummer [[DE_TAX_ID:{stid("8576203148")}]]
15 Vorherige Betriebsstätte: keine; Gewerbe bisher angezeigt in [[LOCATION:Herne]] (bis 2O24)

Datum, Unterschrift        [[LOCATION:Bottrop]], 25.11.2O26   [[PERSON:C. Vasi1e]]

--- Vermerk Gewerbeamt: Gebühr 26,OO € bar bezah1t, Quittung 2O26/4471; Mittei1ung an IHK Nord Westfa1en, Finanzamt, Agentur für Arbeit. ---
"""),
    keep=[
        "§ 14 GewO",
        "Amtsgericht Ge1senkirchen",
        "26,OO €",
        "IHK Nord Westfa1en",
        "Quittung 2O26/4471",
    ],
    allow=["Bottrop"],
    ocr_ok=["HRA 66l2"],
)


# =============================================================================
# PII-free documents
# =============================================================================

# ---- 051 excel_paste: directory of citizens' offices
add(
    "h10-051",
    "clean",
    "excel_paste",
    T("""
Betreff: Aktualisierte Standortliste Bürgerämter für die Website (bitte so übernehmen)
Von: Presse- und Kommunikationsamt <presseamt@essen.de>
Datum: 30.11.2026

Hallo Webredaktion,

unten die Standortliste, Stand 01.12.2026, aus der Excel-Tabelle kopiert. Änderungen gegenüber der alten Liste: Bürgeramt Steele hat ab 04.01.2027 donnerstags bis 18:00 Uhr geöffnet, das Bürgeramt Kettwig ist vom 21.12.2026 bis 08.01.2027 wegen Umbau geschlossen.

""")
    + "\n\n"
    + tsv(
        [
            ["Standort", "Anschrift", "Telefon", "E-Mail", "Mo–Mi", "Do", "Fr"],
            [
                "Bürgeramt Mitte (Rathaus)",
                "Porscheplatz 1, 45127 Essen",
                "0201 88-0",
                "buergeramt-mitte@essen.de",
                "08:00–15:30",
                "08:00–18:00",
                "08:00–12:30",
            ],
            [
                "Bürgeramt Altenessen",
                "Altenessener Straße 423, 45329 Essen",
                "0201 88-0",
                "buergeramt-altenessen@essen.de",
                "08:00–15:30",
                "08:00–18:00",
                "08:00–12:30",
            ],
            [
                "Bürgeramt Borbeck",
                "Marktstraße 2, 45355 Essen",
                "0201 88-0",
                "buergeramt-borbeck@essen.de",
                "08:00–15:30",
                "08:00–18:00",
                "08:00–12:30",
            ],
            [
                "Bürgeramt Rüttenscheid",
                "Rüttenscheider Straße 199, 45131 Essen",
                "0201 88-0",
                "buergeramt-ruettenscheid@essen.de",
                "08:00–15:30",
                "08:00–16:00",
                "geschlossen",
            ],
            [
                "Bürgeramt Steele",
                "Grendplatz 2, 45276 Essen",
                "0201 88-0",
                "buergeramt-steele@essen.de",
                "08:00–15:30",
                "08:00–18:00",
                "08:00–12:30",
            ],
            [
                "Bürgeramt Kettwig",
                "Hauptstraße 72, 45219 Essen",
                "0201 88-0",
                "buergeramt-kettwig@essen.de",
                "08:00–12:30",
                "13:00–18:00",
                "geschlossen",
            ],
            [
                "Bürgeramt Werden",
                "Grafenstraße 41, 45239 Essen",
                "0201 88-0",
                "buergeramt-werden@essen.de",
                "08:00–15:30",
                "08:00–18:00",
                "08:00–12:30",
            ],
        ]
    )
    + "\n\n"
    + T("""
Termine weiterhin nur online über die Terminvereinbarung oder über das Servicetelefon 0201 88-0. Spontane Vorsprachen nur für Abholungen (Personalausweis, Reisepass) und Notfälle (vorläufiger Reisepass bei kurzfristiger Reise).

Barrierefreiheit: alle Standorte stufenlos zugänglich außer Werden (Aufzug seit 12.11.2026 defekt, Reparatur beauftragt, Kosten ca. 18.500 €).

Viele Grüße
Presse- und Kommunikationsamt, Team Online
"""),
    keep=[
        "Porscheplatz 1, 45127 Essen",
        "0201 88-0",
        "buergeramt-steele@essen.de",
        "04.01.2027",
        "18.500 €",
    ],
)


# ---- 052 excel_paste: fee table of a registry office
add(
    "h10-052",
    "clean",
    "excel_paste",
    T("""
Gebührenübersicht Standesamt Duisburg – gültig ab 01.01.2027 (Entwurf für Aushang und Internet)
Quelle: Gebührentabelle_Standesamt_2027.xlsx, Blatt „Aushang“

""")
    + "\n\n"
    + tsv(
        [
            ["Nr.", "Leistung", "Gebühr", "Rechtsgrundlage"],
            [
                "1",
                "Geburtsurkunde, Eheurkunde, Sterbeurkunde (je Urkunde)",
                "12,00 €",
                "§ 1 GebO PStG NRW i. V. m. Tarifstelle 1.1",
            ],
            ["2", "jede weitere gleichzeitig beantragte Urkunde", "6,00 €", "Tarifstelle 1.2"],
            ["3", "Internationale Urkunde (CIEC)", "12,00 €", "Tarifstelle 1.3"],
            ["4", "Anmeldung der Eheschließung (beide deutsch)", "80,00 €", "Tarifstelle 3.1"],
            ["5", "Anmeldung der Eheschließung mit Auslandsbezug", "120,00 €", "Tarifstelle 3.2"],
            ["6", "Trauung außerhalb der Dienstzeit (Samstag)", "150,00 €", "Tarifstelle 3.4"],
            [
                "7",
                "Trauung im Landschaftspark Duisburg-Nord, Gebläsehalle",
                "250,00 €",
                "Entgeltordnung Trauorte",
            ],
            [
                "8",
                "Trauung im Museum der Deutschen Binnenschifffahrt",
                "220,00 €",
                "Entgeltordnung Trauorte",
            ],
            ["9", "Namenserklärung (je Erklärung)", "30,00 €", "Tarifstelle 5.1"],
            ["10", "Nachbeurkundung einer Auslandsgeburt", "70,00 €", "Tarifstelle 2.3"],
            ["11", "Urkunden für Rente, Kindergeld, Elterngeld", "gebührenfrei", "§ 64 SGB X"],
        ]
    )
    + "\n\n"
    + T("""
Hinweise für den Aushang:
- Zahlung bar, mit Girocard oder online (ePayBL). Keine Kreditkarten.
- Fallzahlen 2025 zur Information (nicht aushängen): 5.812 Geburten, 2.044 Eheschließungen, 6.390 Sterbefälle.
- Trauungen im Landschaftspark nur April bis Oktober, jeweils am 2. und 4. Samstag.
Rückfragen: standesamt@stadt-duisburg.de, Telefon 0203 283-0
"""),
    keep=[
        "01.01.2027",
        "Landschaftspark Duisburg-Nord",
        "250,00 €",
        "standesamt@stadt-duisburg.de",
        "5.812 Geburten",
    ],
)


# ---- 053 csv_export: population statistics by district
add(
    "h10-053",
    "clean",
    "csv_export",
    T("""
# Stadt Oberhausen – Bereich Statistik und Wahlen
# Datei: bev_stadtteile_31122025.csv; Stichtag 31.12.2025; Hauptwohnsitz; Quelle Melderegister
# Veröffentlichung im Statistischen Jahrbuch 2026, Tabelle 2.4
Stadtbezirk;Stadtteil;Einwohner;unter 18;65 und älter;Anteil nichtdeutsch %;Zuzüge 2025;Fortzüge 2025;Fläche km²
Alt-Oberhausen;Altstadt-Mitte;24.318;4.409;4.102;31,7;2.915;2.640;3,2
Alt-Oberhausen;Lirich;16.207;2.997;3.006;24,9;1.388;1.301;4,1
Alt-Oberhausen;Alstaden;17.541;2.940;4.588;12,3;902;944;5,6
Alt-Oberhausen;Bermensfeld;8.102;1.533;1.470;27,4;611;580;2,0
Osterfeld;Osterfeld-Mitte;21.780;3.910;4.835;19,8;1.254;1.199;6,9
Osterfeld;Klosterhardt;14.406;2.348;3.721;9,6;701;688;5,8
Sterkrade;Sterkrade-Mitte;25.903;4.387;6.004;14,2;1.602;1.519;8,4
Sterkrade;Schmachtendorf;12.119;1.960;3.144;7,1;545;570;9,3
Sterkrade;Holten;10.486;1.722;2.519;8,8;498;476;6,2
Summe;;150.862;26.206;33.389;18,1;10.416;9.917;51,5
# Hinweis: Teilräume ohne Anspruch auf Vollständigkeit; Gesamtstadt lt. Landesstatistik IT.NRW 209.566.
# Rückfragen: statistik@oberhausen.de
"""),
    keep=[
        "bev_stadtteile_31122025.csv",
        "Stichtag 31.12.2025",
        "150.862",
        "statistik@oberhausen.de",
        "IT.NRW",
    ],
)


# ---- 054 csv_export: municipal fleet list
add(
    "h10-054",
    "clean",
    "csv_export",
    T("""
Fuhrparkliste Stadt Mülheim an der Ruhr – Export Fuhrparkmanagement, Stand 01.12.2026
Inventar-Nr;Kennzeichen;Fahrzeug;Erstzulassung;Dienststelle;Standort;nächste HU;km-Stand
F-0114;MH-SM 1014;VW ID.3;14.03.2022;Ordnungsamt (AOD);Rathaus, Am Rathaus 1;03/2027;48.210
F-0115;MH-SM 1015;VW ID.3;14.03.2022;Ordnungsamt (AOD);Rathaus, Am Rathaus 1;03/2027;51.877
F-0203;MH-SM 2031;Mercedes Sprinter;02.09.2019;Feuerwehr, Gerätewerkstatt;Hauptfeuerwache, Duisburger Straße 375;09/2027;112.406
F-0311;MH-SM 3110;Renault Kangoo E-Tech;21.06.2024;Grünflächenamt;Betriebshof Kämpchenstraße;06/2027;14.633
F-0312;MH-SM 3111;Multicar M31;05.11.2018;Grünflächenamt;Betriebshof Kämpchenstraße;11/2026;38.990
F-0420;MH-SM 4200;Opel Vivaro-e;30.01.2023;Jugendamt (ASD);Hans-Böckler-Platz 5;01/2027;29.755
F-0501;MH-SM 5010;Toyota Corolla Hybrid;17.08.2021;Vermessungs- und Katasteramt;Technisches Rathaus;08/2027;63.118
Summe Fahrzeuge: 7 | davon elektrisch: 4 | HU überfällig: F-0312 (Multicar, Termin am 08.12.2026 bei der Werkstatt)
Hinweis: Private Nutzung von Dienstfahrzeugen ist nach der Dienstanweisung Fuhrpark (DA 10/2023) untersagt. Fahrtenbücher monatlich an fuhrpark@muelheim-ruhr.de.
"""),
    keep=[
        "MH-SM 3111",
        "Duisburger Straße 375",
        "DA 10/2023",
        "fuhrpark@muelheim-ruhr.de",
        "Stand 01.12.2026",
    ],
)


# ---- 055 fixed_width: road-works schedule printout
_w55 = [10, 24, 26, 10, 10, 22, 12]
add(
    "h10-055",
    "clean",
    "fixed_width",
    T("""
STADT HAGEN - FB 60 TIEFBAU / KOORDINIERUNGSSTELLE BAUSTELLEN         BAUSTELLENLISTE KW 50-52/2026   Blatt 1/1
Auswertung aus BaustellenInfo 3.2, Stand 04.12.2026 07:30                               nur öffentliche Maßnahmen
------------------------------------------------------------------------------------------------------------------
""")
    + "\n"
    + fw(
        [
            ["Maßn.-Nr.", "Straße", "Abschnitt", "von", "bis", "Art der Arbeiten", "Träger"],
            [
                "BS-26-0412",
                "Eugen-Richter-Straße",
                "Haus-Nr. 12 bis 48",
                "07.12.2026",
                "18.12.2026",
                "Gasleitung Erneuerung",
                "Enervie Netz",
            ],
            [
                "BS-26-0418",
                "Elberfelder Straße",
                "Friedrich-Ebert-Platz",
                "08.12.2026",
                "10.12.2026",
                "Fahrbahnmarkierung",
                "WBH",
            ],
            [
                "BS-26-0421",
                "Lange Straße",
                "Höhe Nr. 87 (Kreuzung Bac",
                "14.12.2026",
                "23.12.2026",
                "Kanalanschluss",
                "WBH",
            ],
            [
                "BS-26-0425",
                "Boeler Straße",
                "Am Sportpark bis Schwert",
                "02.12.2026",
                "26.02.2027",
                "Busspur-Neubau",
                "HVG / FB 60",
            ],
            [
                "BS-26-0430",
                "Voerder Straße",
                "Tillmannsstraße bis Nr.",
                "11.01.2027",
                "29.01.2027",
                "Glasfaser Hausanschl.",
                "Telekom",
            ],
            [
                "BS-26-0433",
                "Volmestraße",
                "Volmebrücke",
                "laufend",
                "31.03.2027",
                "Brückensanierung",
                "FB 60",
            ],
        ],
        _w55,
    )
    + "\n"
    + T("""
------------------------------------------------------------------------------------------------------------------
Legende: WBH = Wirtschaftsbetrieb Hagen AöR; HVG = Hagener Versorgungs- und Verkehrs-GmbH; Abschnitt gekürzt auf 26 Zeichen.
Umleitung BS-26-0412 über Minervastraße / Bachstraße ausgeschildert; Anlieger frei. Haltestelle „Eugen-Richter-Straße“ der Linie 512 entfällt.
Die Eugen-Richter-Straße ist nach dem liberalen Politiker Eugen Richter (1838–1906) benannt, der in Hagen seinen Wahlkreis hatte.
Bürgerhinweise an: baustellen@stadt-hagen.de oder Zentrale 02331 207-0
BaustellenInfo 3.2                                - Blatt 1/1 -                                  Druck 04.12.2026
"""),
    keep=[
        "BS-26-0412",
        "Wirtschaftsbetrieb Hagen AöR",
        "baustellen@stadt-hagen.de",
        "02331 207-0",
        "26.02.2027",
    ],
)


# ---- 056 fixed_width: weekly markets schedule
add(
    "h10-056",
    "clean",
    "fixed_width",
    T("""
Stadt Recklinghausen  -  Marktwesen                                    Marktplan Wochenmärkte 1. Halbjahr 2027
Druck aus MARKT-Verwaltung 5.1 am 03.12.2026                                                       Seite 1
=================================================================================================================
""")
    + "\n"
    + fw(
        [
            ["Markt", "Platz", "Tag(e)", "Zeit", "Stände", "Besonderheit"],
            [
                "Altstadtmarkt",
                "Markt / Altstadtmarkt",
                "Mi, Sa",
                "07:00-13:30",
                "48",
                "Bio-Zone Sa",
            ],
            ["Hochlarmark", "Glückauf-Platz", "Di", "07:00-13:00", "14", "-"],
            ["Suderwich", "Marktplatz Suderwich", "Fr", "07:00-12:30", "11", "-"],
            [
                "Süd",
                "Grullbadplatz",
                "Do",
                "07:00-13:00",
                "16",
                "Feierabendmarkt 1. Do/Mon bis 20 Uhr",
            ],
            [
                "Hillerheide",
                "Platz an der Hillerheide",
                "Mi",
                "14:00-18:00",
                "9",
                "Nachmittagsmarkt",
            ],
            ["König-Ludwig", "Ludwigplatz", "Sa", "07:00-13:00", "12", "-"],
        ],
        [14, 26, 9, 13, 7, 40],
        right=(4,),
    )
    + "\n"
    + T("""
=================================================================================================================
Ausfälle / Verlegungen:
  Altstadtmarkt entfällt am 06.01.2027 (Abbau Eislaufbahn), Ersatz am 07.01.2027.
  Karsamstag 27.03.2027: alle Samstagsmärkte 07:00-12:00.
  Feiertag 01.05.2027 (Sa): Märkte entfallen ersatzlos; Christi Himmelfahrt 06.05.2027 (Do): Markt Süd am Mi 05.05.2027.
Standgebühren 2027 (Marktgebührensatzung): 2,10 EUR je lfd. Meter und Markttag, Stromanschluss 4,50 EUR pauschal.
Marktmeisterei: Rathausplatz 3-4, Tel. 02361 50-0, marktwesen@recklinghausen.de
=================================================================================================================
"""),
    keep=[
        "Marktgebührensatzung",
        "2,10 EUR",
        "marktwesen@recklinghausen.de",
        "27.03.2027",
        "Glückauf-Platz",
    ],
)


# ---- 057 markdown_table: school directory
add(
    "h10-057",
    "clean",
    "markdown_table",
    T("""
# Schulverzeichnis weiterführende Schulen – Stadt Bottrop

*Stand: Schuljahr 2026/27 · Quelle: Fachbereich Schule und Bildung · Schülerzahlen Stichtag 15.10.2026 (amtliche Schulstatistik)*

""")
    + "\n\n"
    + md(
        [
            ["Schule", "Schulform", "Anschrift", "Telefon", "E-Mail", "Schüler"],
            [
                "Josef-Albers-Gymnasium",
                "Gymnasium",
                "Zeppelinstraße 25, 46236 Bottrop",
                "02041 70-0",
                "josef-albers-gymnasium@bottrop.de",
                "912",
            ],
            [
                "Heinrich-Heine-Gymnasium",
                "Gymnasium",
                "Gustav-Ohm-Straße 67, 46236 Bottrop",
                "02041 70-0",
                "hhg@bottrop.de",
                "1.046",
            ],
            [
                "Vestisches Gymnasium Kirchhellen",
                "Gymnasium",
                "Loewenfeldstraße 9, 46244 Bottrop",
                "02041 70-0",
                "vgk@bottrop.de",
                "788",
            ],
            [
                "Janusz-Korczak-Gesamtschule",
                "Gesamtschule",
                "Tannenstraße 37, 46240 Bottrop",
                "02041 70-0",
                "jkg@bottrop.de",
                "1.204",
            ],
            [
                "Gesamtschule Eigen",
                "Gesamtschule",
                "Lütkestraße 25, 46236 Bottrop",
                "02041 70-0",
                "gesamtschule-eigen@bottrop.de",
                "1.137",
            ],
            [
                "Gesamtschule Welheim",
                "Gesamtschule",
                "Gungstraße 160, 46238 Bottrop",
                "02041 70-0",
                "gesamtschule-welheim@bottrop.de",
                "866",
            ],
            [
                "Berufskolleg Bottrop",
                "Berufskolleg",
                "Welheimer Straße 82, 46238 Bottrop",
                "02041 70-0",
                "berufskolleg@bottrop.de",
                "2.310",
            ],
        ]
    )
    + "\n\n"
    + T("""
**Hinweise**

- Anmeldezeitraum für die Klassen 5 zum Schuljahr 2027/28: **08.02.–12.02.2027**, Gymnasien und Gesamtschulen nach Terminvereinbarung.
- Namensgeber zweier Schulen: der Dichter Heinrich Heine (1797–1856) und der Arzt und Pädagoge Janusz Korczak (1878–1942), der 1942 mit den Kindern seines Waisenhauses in Treblinka ermordet wurde.
- Schulleitungen und Sekretariate sind über die jeweiligen Funktionspostfächer erreichbar; persönliche Daten der Lehrkräfte werden im Verzeichnis nicht veröffentlicht.
- Gesamtzahl Schülerinnen und Schüler der weiterführenden Schulen (ohne Berufskolleg): 5.953.
"""),
    keep=["Josef-Albers-Gymnasium", "02041 70-0", "hhg@bottrop.de", "08.02.–12.02.2027", "5.953"],
)


# ---- 058 markdown_table: business directory with HRB entries
add(
    "h10-058",
    "clean",
    "markdown_table",
    T("""
### Wirtschaftsförderung Witten – Firmenverzeichnis Industrie & Handwerk (Auszug, Branche Metall / Maschinenbau)

Veröffentlicht auf der Website der Wirtschaftsförderung; Angaben nach Handelsregister (Amtsgericht Bochum) und Selbstauskunft der Unternehmen, Stand 11/2026.

""")
    + "\n\n"
    + md(
        [
            [
                "Unternehmen",
                "Rechtsform / Register",
                "Anschrift",
                "Telefon",
                "Beschäftigte",
                "Schwerpunkt",
            ],
            [
                "Brennecke Stahlhandel GmbH",
                "GmbH, HRB 6021",
                "Herbeder Straße 52, 58455 Witten",
                "02302 91880-0",
                "140",
                "Blankstahl, Zuschnitt",
            ],
            [
                "Ruhrtal Antriebstechnik AG",
                "AG, HRB 4417",
                "Salinger Feld 8, 58454 Witten",
                "02302 2029-0",
                "410",
                "Getriebe, Kupplungen",
            ],
            [
                "Hövelmann & Partner Anlagenbau GmbH",
                "GmbH, HRB 11873",
                "Friedrich-Ebert-Straße 121, 58454 Witten",
                "02302 7001-0",
                "62",
                "Fördertechnik",
            ],
            [
                "Witten Präzisionsteile GmbH",
                "GmbH, HRB 9310",
                "Pferdebachstraße 40, 58455 Witten",
                "02302 18830-0",
                "38",
                "CNC-Drehteile",
            ],
            [
                "Schmiedewerke Annen GmbH",
                "GmbH, HRB 2205",
                "Annener Berg 5, 58454 Witten",
                "02302 6630-0",
                "275",
                "Freiformschmiede",
            ],
        ]
    )
    + "\n\n"
    + T("""
Hinweise:
- Einträge sind kostenfrei. Aufnahme und Änderungen über wirtschaftsfoerderung@stadt-witten.de.
- Personenbezogene Ansprechpartner werden nur mit Einwilligung veröffentlicht; im Verzeichnis stehen ausschließlich Zentralnummern.
- Die Hövelmann & Partner Anlagenbau GmbH trägt den Namen ihres Gründers aus dem Jahr 1921.
- Nächste Veranstaltung: Unternehmerfrühstück am 20.01.2027, 08:00 Uhr, Zeche Nachtigall (LWL-Museum), Teilnahme 15,00 €.
"""),
    keep=[
        "HRB 6021",
        "Hövelmann & Partner Anlagenbau GmbH",
        "wirtschaftsfoerderung@stadt-witten.de",
        "Amtsgericht Bochum",
        "20.01.2027",
    ],
)


# ---- 059 html_table: fee table of the citizens' office
add(
    "h10-059",
    "clean",
    "html_table",
    T("""
<!-- CMS-Export Seite /leben-in-essen/buergeramt/gebuehren, Stand 01.12.2026 -->
<h2>Gebühren im Bürgeramt</h2>
<p>Die folgenden Gebühren gelten ab dem 01.01.2027. Sie können in allen Bürgerämtern bar oder mit Karte zahlen.</p>
<table class="table table-striped">
  <thead>
    <tr><th>Leistung</th><th>Gebühr</th><th>Hinweis</th></tr>
  </thead>
  <tbody>
    <tr><td>Personalausweis (ab 24 Jahren)</td><td>46,00 €</td><td>gültig 10 Jahre</td></tr>
    <tr><td>Personalausweis (unter 24 Jahren)</td><td>27,60 €</td><td>gültig 6 Jahre</td></tr>
    <tr><td>Vorläufiger Personalausweis</td><td>10,00 €</td><td>gültig max. 3 Monate</td></tr>
    <tr><td>Reisepass (ab 24 Jahren)</td><td>70,00 €</td><td>Expresszuschlag 32,00 €</td></tr>
    <tr><td>Reisepass (unter 24 Jahren)</td><td>37,50 €</td><td>–</td></tr>
    <tr><td>Führungszeugnis</td><td>13,00 €</td><td>Befreiung bei Ehrenamt möglich</td></tr>
    <tr><td>Meldebescheinigung</td><td>10,00 €</td><td>erweitert 12,00 €</td></tr>
    <tr><td>Beglaubigung (je Seite)</td><td>5,00 €</td><td>–</td></tr>
    <tr><td>Bewohnerparkausweis (12 Monate)</td><td>120,00 €</td><td>nur in ausgewiesenen Zonen</td></tr>
  </tbody>
</table>
<p>Für die Ausstellung von Dokumenten benötigen Sie ein aktuelles biometrisches Lichtbild (35 x 45 mm). Seit dem 01.05.2025 werden Lichtbilder digital im Bürgeramt oder bei zertifizierten Fotostudios erstellt.</p>
<p>Fragen? Servicetelefon <a href="tel:+49201880">0201 88-0</a> oder <a href="mailto:buergeramt@essen.de">buergeramt@essen.de</a>.</p>
"""),
    keep=["46,00 €", "Führungszeugnis", "0201 88-0", "buergeramt@essen.de", "01.05.2025"],
)


# ---- 060 ocr_table: scanned official gazette, library branch opening hours
add(
    "h10-060",
    "clean",
    "ocr_table",
    T("""
[OCR – Amtsblatt der Stadt Duisburg Nr. 47 vom O4.12.2O26, Seite 612, Spalte 2]

Bekanntmachung
Öffnungszeiten der Stadtbib1iothek Duisburg zwischen den Feiertagen

Die Zentra1bibliothek und die Bezirksbib1iotheken sind vom 24.12.2O26 bis O1.O1.2O27 wie fo1gt geöffnet:

Bib1iothek            | Anschrift                          | 28.12.   | 29.12.   | 3O.12.   | 31.12.
----------------------+------------------------------------+----------+----------+----------+---------
Zentra1bibliothek     | Steinsche Gasse 26, 47O49 Duisburg | 1O-18    | 1O-18    | 1O-18    | geschl.
Bez.-Bib1. Ham6orn    | Duisburger Str. 2l3, 47166 Duisburg| 1O-17    | geschl.  | 1O-17    | geschl.
Bez.-Bib1. Rheinhausen| Händelstraße 6, 47226 Duisburg     | 1O-17    | 1O-17    | geschl.  | geschl.
Bez.-Bib1. Meiderich  | Von-der-Mark-Str. 7l, 47137 Duisburg| geschl. | 1O-17    | 1O-17    | geschl.
Bez.-Bib1. Süd        | Sittardsberger A1lee 14, 47249 Dbg.| 1O-17    | 1O-17    | 1O-17    | geschl.
Fahrbibliothek        | Haltestellen lt. Fahrp1an          | entfällt vom 21.12.2O26 bis 8.1.2O27

Rückgaben über die Medienrückgabeautomaten sind durchgehend rnög1ich; Säumnisgebühren (O,5O € je Medium und Öffnungstag) ruhen vom 24.12.2O26 bis O1.O1.2O27.
Die Ausste11ung „Gerhard Mercator und die Vermessung der Welt“ in der Zentra1bibliothek wird bis 31.O1.2O27 ver1ängert.

Duisburg, den 27.11.2O26
Der Oberbürgerrneister
I. A. Stadtbib1iothek – Leitung
"""),
    keep=[
        "Amtsblatt der Stadt Duisburg Nr. 47",
        "Steinsche Gasse 26",
        "O,5O €",
        "31.O1.2O27",
        "Der Oberbürgerrneister",
    ],
)


# ---- 061 minutes_list: district council names streets after historical persons
add(
    "h10-061",
    "clean",
    "minutes_list",
    T("""
Stadt Duisburg
Bezirksvertretung Homberg/Ruhrort/Baerl

Niederschrift (öffentlicher Teil) über die 9. Sitzung am 19.11.2026, 16:00 Uhr, Bezirksrathaus Homberg

Anwesend: 17 von 19 Mitgliedern (Anwesenheitsliste als Anlage 1), Vorsitz: der Bezirksbürgermeister
Verwaltung: Amt für Stadtentwicklung und Projektmanagement (2 Vertretungen), Amt für Bodenmanagement und Geoinformation (1 Vertretung)
Gäste: 23 Einwohnerinnen und Einwohner, Presse

TOP 6  Benennung von Straßen im Neubaugebiet „Ruhrorter Hafenrand“ – Drucksache 26-1187

Die Verwaltung erläutert die Vorschläge. Nach den Benennungsrichtlinien der Stadt Duisburg sollen Frauen bei Neubenennungen vorrangig berücksichtigt werden; Personen können frühestens fünf Jahre nach ihrem Tod Namensgeber werden.

Beschlussvorschlag:
1. Planstraße A erhält den Namen „Franz-Haniel-Kai“ (Franz Haniel, 1779–1868, Reeder und Unternehmer in Ruhrort).
2. Planstraße B erhält den Namen „Marie-Juchacz-Straße“ (Marie Juchacz, 1879–1956, Gründerin der Arbeiterwohlfahrt).
3. Planstraße C erhält den Namen „Else-Lasker-Schüler-Weg“ (Else Lasker-Schüler, 1869–1945, Dichterin).
4. Der Fußweg zwischen Planstraße A und dem Hafenbecken erhält den Namen „Lehmbruckpfad“ (Wilhelm Lehmbruck, 1881–1919, Bildhauer).

Aussprache: Eine Fraktion regt an, eine 2021 verstorbene Ruhrorter Ehrenbürgerin zu ehren. Die Verwaltung weist auf die Fünfjahresfrist hin; der Vorschlag wird für die nächste Benennungsrunde (frühestens 2027) vorgemerkt. Ein Einwohner fragt nach Kosten: Straßenschilder je Straße ca. 1.450 €, Änderungen für Anlieger entstehen nicht, da noch keine Adressen vergeben sind.

Abstimmung:  Ziffer 1–3: einstimmig (17 Ja)
             Ziffer 4: 14 Ja, 2 Nein, 1 Enthaltung

TOP 7  Mitteilungen: Die Hochwasserschutzmaßnahme am Rheindeich Baerl ist zu 80 % abgeschlossen; Restarbeiten bis 31.03.2027.

Schluss der öffentlichen Sitzung: 17:42 Uhr
Der Bezirksbürgermeister                        Die Schriftführung
"""),
    keep=[
        "Drucksache 26-1187",
        "Franz-Haniel-Kai",
        "Marie-Juchacz-Straße",
        "1.450 €",
        "31.03.2027",
    ],
)


# ---- 062 minutes_list: steering group minutes, participants by unit only
add(
    "h10-062",
    "clean",
    "minutes_list",
    T("""
Stadt Oberhausen – Kommunale Wärmeplanung
Ergebnisprotokoll der 6. Sitzung der Lenkungsgruppe am 25.11.2026, 10:00–12:00 Uhr, Technisches Rathaus Sterkrade, Raum 304

Teilnehmende (nach Organisationseinheit):
- Dezernat 5 – Planen, Bauen, Wohnen (Leitung der Sitzung: die Beigeordnete)
- Bereich 5-1 Stadtplanung (2)
- Bereich 2-4 Umweltschutz / Klimaschutzmanagement (2)
- Energieversorgung Oberhausen AG – evo (Amtsgericht Duisburg, HRB 2480) (2)
- Oberhausener Gebäudemanagement GmbH – OGM (1)
- Wohnungsgesellschaften: zwei Vertretungen der großen Bestandshalter
Protokoll: Geschäftsstelle Wärmeplanung (waermeplanung@oberhausen.de)

1. Stand des Wärmeplans
   Entwurf liegt vor; Offenlage vom 02.10. bis 06.11.2026. Eingegangen: 312 Stellungnahmen von Bürgerinnen und Bürgern, 14 von Trägern öffentlicher Belange. Häufigste Themen: Fernwärmeausbau in Alstaden (94), Kosten für Eigentümer (71), Gasnetz-Stilllegung (48).
2. Beschluss
   Ratsvorlage B/17/4411-01 zur Sitzung des Rates am 14.12.2026. Nach Beschluss gilt § 71 Abs. 8 GEG: 65-%-Regel für Bestandsgebäude nach Ablauf eines Monats nach Bekanntgabe.
3. Fernwärme-Eignungsgebiete
   Fünf Gebiete (u. a. Alt-Oberhausen Mitte, Sterkrade-Mitte, Osterfeld-Nord). evo prüft Anschlusskapazität; Ergebnis bis 31.03.2027.
4. Beratungsangebot
   Seit Juni 87 Beratungstermine in der Verbraucherzentrale, 1.204 Aufrufe des Online-Wärmekatasters. Ausweitung um eine Sprechstunde im Bürgerbüro Osterfeld ab 12.01.2027.
5. Nächste Sitzung: 24.02.2027, 10:00 Uhr.

Verteiler: Teilnehmende, Oberbürgermeister (zur Kenntnis), Fraktionen über das Ratsinformationssystem.
"""),
    keep=[
        "B/17/4411-01",
        "HRB 2480",
        "waermeplanung@oberhausen.de",
        "§ 71 Abs. 8 GEG",
        "312 Stellungnahmen",
    ],
)


# ---- 063 press_release: new citizens' office, mayor quoted by office only
add(
    "h10-063",
    "clean",
    "press_release",
    T("""
Pressemitteilung der Stadt Essen – Presse- und Kommunikationsamt
Essen, 02.12.2026

Neues Bürgeramt Innenstadt öffnet am 11. Januar 2027 im Haus der Bürgerdienste

Die Stadt Essen eröffnet am Montag, 11.01.2027, ihr neues Bürgeramt Innenstadt im Haus der Bürgerdienste, Kopstadtplatz 10, 45127 Essen. Das bisherige Bürgeramt Mitte im Rathaus (Porscheplatz 1) schließt am 23.12.2026; vom 28.12.2026 bis 08.01.2027 sind die Dienstleistungen in den übrigen Bürgerämtern erhältlich.

„Mit 24 Schaltern, einem eigenen Bereich für Ausweisabholungen und verlängerten Öffnungszeiten bis 19 Uhr an zwei Tagen reagieren wir auf die Wartezeiten der letzten Jahre“, sagt der Oberbürgermeister. „Unser Ziel: ein Termin innerhalb von zehn Werktagen für alle Essenerinnen und Essener.“ Die Leiterin des Amtes für Bürgerdienste ergänzt, dass im Jahr 2026 bislang rund 412.000 Vorsprachen in den Bürgerämtern gezählt wurden, 9 % mehr als im Vorjahr.

Die Umbaukosten betragen 3,8 Mio. Euro, davon 1,1 Mio. Euro aus Fördermitteln des Landes NRW für barrierefreie Verwaltungsgebäude. Im Erdgeschoss gibt es ein Terminterminal, einen Fotoautomaten für digitale Passbilder und eine Wartezone mit Kinderecke.

Öffnungszeiten ab 11.01.2027:
Montag, Dienstag, Mittwoch 07:30–15:30 Uhr · Donnerstag 07:30–19:00 Uhr · Freitag 07:30–13:00 Uhr · jeden 1. Samstag im Monat 09:00–13:00 Uhr

Terminvereinbarung online oder über das Servicetelefon 0201 88-0. Presseanfragen: presseamt@essen.de

Hinweis für Redaktionen: Ein Fototermin mit dem Oberbürgermeister findet am 11.01.2027 um 07:15 Uhr vor dem Eingang Kopstadtplatz statt.
"""),
    keep=[
        "Kopstadtplatz 10, 45127 Essen",
        "11.01.2027",
        "412.000 Vorsprachen",
        "3,8 Mio. Euro",
        "presseamt@essen.de",
    ],
)


# ---- 064 press_release: exhibition on a historical person
add(
    "h10-064",
    "clean",
    "press_release",
    T("""
PRESSEMITTEILUNG
Stadt Duisburg · Kultur- und Stadthistorisches Museum · 03.12.2026

„Mercator 2027 – Karten, die die Welt veränderten“: große Jahresausstellung ab 5. März

Vom 05.03. bis 29.08.2027 zeigt das Kultur- und Stadthistorische Museum, Johannes-Corputius-Platz 1, 47051 Duisburg, die bislang umfangreichste Ausstellung zu Gerhard Mercator (1512–1594). Zu sehen sind über 120 Exponate, darunter Mercators Erd- und Himmelsglobus, Originalausgaben des „Atlas“ von 1595 und der Stadtplan des Johannes Corputius aus dem Jahr 1566.

Mercator lebte ab 1552 bis zu seinem Tod 42 Jahre lang in Duisburg. Die Ausstellung zeigt, wie seine Projektion von 1569 bis heute Navigations-Apps und Online-Karten prägt. Der Oberbürgermeister eröffnet die Ausstellung am 04.03.2027 um 18:00 Uhr; die Eröffnung ist öffentlich, der Eintritt an diesem Abend frei.

Eintritt: 8,00 €, ermäßigt 4,00 €, Kinder und Jugendliche bis 18 Jahre frei. Mit dem DU-Pass: 1,00 €.
Öffnungszeiten: Di–Sa 14–17 Uhr, So 10–17 Uhr; an Feiertagen wie sonntags.
Führungen für Schulklassen: buchbar über museumspaedagogik-ksm@stadt-duisburg.de.

Die Ausstellung wird gefördert von der Sparkasse Duisburg und der Duisburger Hafen AG (Amtsgericht Duisburg, HRB 2). Sie ist Teil des Stadtjubiläums „Duisburg liest Mercator“.

Pressekontakt: Pressestelle der Stadt Duisburg, Burgplatz 19, 47051 Duisburg, Telefon 0203 283-0, presse@stadt-duisburg.de
"""),
    keep=[
        "Johannes-Corputius-Platz 1, 47051 Duisburg",
        "05.03. bis 29.08.2027",
        "8,00 €",
        "HRB 2",
        "presse@stadt-duisburg.de",
    ],
)


# ---- 065 notice: bridge closure
add(
    "h10-065",
    "clean",
    "notice",
    T("""
BEKANNTMACHUNG
Vollsperrung der Karl-Lehr-Brücke für Prüfarbeiten

Die Stadt Duisburg – Amt für Straßenverkehr und Parkraummanagement – gibt bekannt:

Die Karl-Lehr-Brücke zwischen Kaßlerfeld und Ruhrort wird für die turnusmäßige Hauptprüfung nach DIN 1076 an zwei Wochenenden voll gesperrt:

  1. Sperrung: Samstag, 16.01.2027, 06:00 Uhr bis Montag, 18.01.2027, 05:00 Uhr
  2. Sperrung: Samstag, 23.01.2027, 06:00 Uhr bis Montag, 25.01.2027, 05:00 Uhr

Umleitung: Der Kfz-Verkehr wird über die Friedrich-Ebert-Brücke und die A 59 umgeleitet (Beschilderung U 12). Fußgänger und Radfahrer können die Brücke auf der Ostseite in einem gesicherten Korridor passieren.

Busverkehr: Die Linien 901 und 934 der Duisburger Verkehrsgesellschaft AG fahren in dieser Zeit eine Umleitung; die Haltestellen „Karl-Lehr-Brücke“ und „Ruhrorter Straße“ entfallen. Ersatzhaltestelle: Dr.-Hammacher-Straße.

Die Prüfung führt die Wirtschaftsbetriebe Duisburg AöR durch. Kosten der Prüfung: ca. 96.000 €. Die Brücke (Baujahr 1951, benannt nach dem Oberbürgermeister Karl Lehr, 1842–1919) wird mit einem Hubsteiger untersucht; bei Frost verschiebt sich der Termin um eine Woche.

Auskunft: Bürgertelefon der Wirtschaftsbetriebe 0203 283-0 (Zentrale) oder strassenverkehr@stadt-duisburg.de

Duisburg, 01.12.2026
Der Oberbürgermeister
In Vertretung: Der Beigeordnete für Umwelt, Klimaschutz und Verkehr
"""),
    keep=[
        "DIN 1076",
        "16.01.2027",
        "Wirtschaftsbetriebe Duisburg AöR",
        "96.000 €",
        "strassenverkehr@stadt-duisburg.de",
    ],
)


# ---- 066 notice: Christmas market regulations and traffic
add(
    "h10-066",
    "clean",
    "notice",
    T("""
Stadt Witten – Ordnungsamt / Marktwesen
Öffentliche Bekanntmachung

Wittener Weihnachtsmarkt 2026 – Öffnungszeiten, Verkehrsregelungen, Marktordnung

1. Dauer und Öffnungszeiten
Der Weihnachtsmarkt findet vom 19.11. bis 23.12.2026 auf dem Rathausplatz, in der Bahnhofstraße (Abschnitt Rathausplatz bis Berliner Platz) und auf dem Kornmarkt statt.
Öffnungszeiten: So–Do 11:00–20:00 Uhr, Fr–Sa 11:00–21:00 Uhr. Am Totensonntag (22.11.2026) bleibt der Markt geschlossen.

2. Beschicker
Zugelassen sind 62 Stände (davon 18 Gastronomie, 6 Fahrgeschäfte). Die Standgebühr beträgt 38,00 € je laufendem Meter für die gesamte Laufzeit zuzüglich Strompauschale 95,00 €.

3. Verkehr
Die Ruhrstraße ist zwischen Bahnhofstraße und Marktstraße vom 16.11. bis 27.12.2026 für den Kfz-Verkehr gesperrt. Anlieferung für Beschicker nur werktags 07:00–10:30 Uhr. Feuerwehrzufahrten (mind. 3,50 m) sind freizuhalten.

4. Sicherheit
Zufahrtssperren an fünf Punkten; Ausschank von Glühwein nur in Pfandbechern (Pfand 3,00 €). Jugendschutz: Abgabe alkoholischer Getränke erst ab 16 bzw. 18 Jahren.

5. Kontakt
Marktmeisterei im Rathaus, Marktstraße 16, 58452 Witten, Telefon 02302 581-0, markt@stadt-witten.de
Fundsachen: Fundbüro im Bürgerbüro, geöffnet Mo–Fr 08:00–12:00 Uhr.

Witten, 05.11.2026
Der Bürgermeister
"""),
    keep=[
        "Marktstraße 16, 58452 Witten",
        "38,00 €",
        "markt@stadt-witten.de",
        "22.11.2026",
        "62 Stände",
    ],
)


# ---- 067 email: IT maintenance window with internal IPs
add(
    "h10-067",
    "clean",
    "email",
    T("""
Von: IT-Service Stadt Bottrop <it-service@bottrop.de>
An: Verteiler Alle Beschäftigten
Datum: 03.12.2026, 15:20
Betreff: Wartungsfenster Fr, 11.12.2026 ab 15:00 Uhr – Fachverfahren und Drucker

Liebe Kolleginnen und Kollegen,

am Freitag, 11.12.2026, spielen wir ab 15:00 Uhr Sicherheitsupdates auf zentrale Server ein (Change CHG-BOT-2026-0388). Betroffen sind:

- Fachverfahrensserver Einwohnerwesen/Gewerbe (10.41.12.20, 10.41.12.21) – 15:00 bis ca. 18:00 Uhr nicht erreichbar
- Dokumentenmanagement (10.41.14.5) – kurze Unterbrechungen
- Druckserver PRN-RATHAUS-01 (10.41.20.2); die Etagendrucker im Rathaus (10.41.21.11 bis 10.41.21.38) drucken in dieser Zeit nicht
- VPN-Gateway für Homeoffice (vpn.bottrop.de, 185.54.112.30) – ab 17:00 Uhr ca. 30 Minuten

Bitte melden Sie sich bis 14:45 Uhr aus allen Fachverfahren ab und speichern Sie geöffnete Dokumente. Bürgerbüro und Ausländerbehörde haben an diesem Nachmittag planmäßig geschlossen; für die Feuerwehr (Leitstelle) gilt ein gesondertes Verfahren.

Nach der Wartung werden die Arbeitsplatzrechner automatisch neu gestartet (Wake-on-LAN ab 19:00 Uhr). Sollte Ihr Rechner am Montag, 14.12.2026, nicht starten, wenden Sie sich bitte an die IT-Hotline, intern 4444 oder über das Ticketportal.

Vielen Dank für Ihr Verständnis!
Ihr IT-Service
Fachbereich Zentrale Dienste – Informationstechnik
Ernst-Wilczok-Platz 1, 46236 Bottrop · it-service@bottrop.de
"""),
    keep=[
        "CHG-BOT-2026-0388",
        "10.41.12.20",
        "185.54.112.30",
        "it-service@bottrop.de",
        "11.12.2026",
    ],
)


# ---- 068 email_thread: road-works coordination between offices, functional mailboxes only
add(
    "h10-068",
    "clean",
    "email_thread",
    T("""
Von: Koordinierungsstelle Baustellen <baustellen@stadt-hagen.de>
An: Netzbetrieb Enervie <netzplanung@enervie-netz.de>
Cc: Wirtschaftsbetrieb Hagen, Straßenbau <strassenbau@wbh-hagen.de>
Datum: 02.12.2026 11:04
Betreff: AW: AW: Abstimmung Gasleitung Eugen-Richter-Straße / Deckenerneuerung 2027 (BS-26-0412)

Guten Tag,

vielen Dank. Wir nehmen die Gasleitungserneuerung vom 07.12. bis 18.12.2026 wie besprochen in die Baustellenliste auf. Die Deckenerneuerung durch den WBH folgt im Zeitraum 12.04.–30.04.2027, damit gilt für den Abschnitt Haus-Nr. 12 bis 48 die Aufbruchsperre von fünf Jahren ab Abnahme.

Verkehrsrechtliche Anordnung: VRAO-2026-1187, Umleitung über Minervastraße / Bachstraße. Die Haltestelle der Linie 512 wird verlegt.

Mit freundlichen Grüßen
Koordinierungsstelle Baustellen
Stadt Hagen – Fachbereich Tiefbau
Rathausstraße 11, 58095 Hagen – Zentrale 02331 207-0

-----Ursprüngliche Nachricht-----
Von: Netzbetrieb Enervie <netzplanung@enervie-netz.de>
Gesendet: Dienstag, 1. Dezember 2026 16:37
Betreff: AW: Abstimmung Gasleitung Eugen-Richter-Straße / Deckenerneuerung 2027 (BS-26-0412)

Sehr geehrte Damen und Herren,

wir bestätigen den Baubeginn am 07.12.2026. Die Arbeiten umfassen 210 m Gasversorgungsleitung DN 150 und 14 Hausanschlüsse. Die Anlieger wurden per Hauswurfsendung am 24.11.2026 informiert. Auftragnehmer ist die Rohrleitungsbau Volmetal GmbH (Amtsgericht Hagen, HRB 3318).

Freundliche Grüße
Enervie Vernetzt GmbH – Netzplanung Gas/Wasser

> -----Ursprüngliche Nachricht-----
> Von: baustellen@stadt-hagen.de
> Gesendet: Montag, 23. November 2026 09:10
> Bitte bestätigen Sie den Baubeginn und den Umfang der Maßnahme BS-26-0412 bis 02.12.2026, damit wir die Anordnung erstellen können.
"""),
    keep=["BS-26-0412", "VRAO-2026-1187", "HRB 3318", "netzplanung@enervie-netz.de", "02331 207-0"],
)


# ---- 069 web_form: anonymous pothole report
add(
    "h10-069",
    "clean",
    "web_form",
    T("""
Mängelmelder Bottrop – Meldung Nr. MM-BOT-2026-05127
============================================
Kategorie:        Straßenschäden > Schlagloch
Eingang:          29.11.2026 18:03 (App, iOS)
Meldung anonym:   ja (keine Kontaktdaten angegeben)
IP-Adresse:       nicht gespeichert (Datenschutzmodus des Portals)

Ort (aus Kartenauswahl):
  Kirchhellener Straße, Höhe Haus-Nr. 120, stadtauswärts, vor der Bushaltestelle „Vonderort“
  Koordinaten: 51.5412, 6.9468
  Stadtteil:   Fuhlenbrock

Beschreibung:
  Großes Schlagloch ca. 40 x 60 cm, etwa 10 cm tief, direkt in der Fahrspur. Radfahrer müssen auf die Fahrbahnmitte ausweichen. Bei Regen nicht zu sehen. Seit ca. zwei Wochen.

Fotos: 2 (IMG_4471.jpg, IMG_4472.jpg)

--- Bearbeitung ---
30.11.2026 07:45  zugewiesen an: Fachbereich Tiefbau und Stadterneuerung, Straßenunterhaltung
30.11.2026 10:20  Status „in Bearbeitung“ – Verkehrssicherung mit Baken erfolgt (Kolonne 3, Dienstfahrzeug BOT-SB 208)
02.12.2026 13:05  Status „erledigt“ – Kaltmischgut eingebaut, dauerhafte Sanierung im Rahmen des Deckenprogramms 2027 (Maßnahme DP-27-014)
Öffentlicher Kommentar: „Vielen Dank für Ihre Meldung! Die Gefahrenstelle wurde provisorisch beseitigt.“
"""),
    keep=["MM-BOT-2026-05127", "BOT-SB 208", "DP-27-014", "51.5412, 6.9468", "Kaltmischgut"],
)


# ---- 070 aktenvermerk: playground inspection
add(
    "h10-070",
    "clean",
    "aktenvermerk",
    T("""
Stadt Recklinghausen – Kommunale Servicebetriebe Recklinghausen (KSR), Abteilung Grün
Aktenvermerk – Hauptinspektion Spielplätze Bezirk Süd nach DIN EN 1176-7

Datum der Inspektion: 24. und 25.11.2026
Prüfer: Prüfteam 2 der KSR (sachkundig nach DIN 79161-1), Dienstfahrzeug RE-KS 212
Aktenzeichen Spielplatzkataster: SPK-SÜD-2026

Ergebnis je Anlage:
1. Spielplatz Grullbadplatz (Nr. 31) – 9 Geräte. Mängel: Schaukel, Kettenglied verschlissen (Priorität 1, Gerät gesperrt am 24.11.2026); Fallschutzsand unter Kletterturm unter 30 cm (Priorität 2).
2. Spielplatz König-Ludwig-Straße / Ecke Dordrechtstraße (Nr. 34) – 6 Geräte. Mängel: Wippe, Handgriff lose (Priorität 2).
3. Spielplatz im Stadtgarten Süd (Nr. 37) – 12 Geräte, Wasserspielanlage winterfest. Keine Mängel.
4. Bolzplatz Hochlarmarkstraße (Nr. 40) – Tornetz beschädigt (Priorität 3), Beleuchtung defekt.

Maßnahmen und Kosten (Schätzung):
- Ersatz Schaukelketten, 2 Stück: 480,00 €
- Nachfüllen Fallschutzsand 8 m³: 1.120,00 €
- Reparatur Wippe: 150,00 €
- Tornetz und Leuchtmittel: 390,00 €
Summe: 2.140,00 €, Deckung aus Haushaltsstelle Spielplatzunterhaltung 2026 (Restmittel 14.800 €).

Die Prüfberichte werden nach DIN EN 1176-7 zehn Jahre aufbewahrt. Meldungen der Bevölkerung über den Mängelmelder im Prüfzeitraum: 3 (alle zu Anlage Nr. 31).

Wiedervorlage zur Abnahme der Reparaturen: 18.12.2026
KSR – Abteilung Grün, spielplaetze@ksr-recklinghausen.de
"""),
    keep=[
        "DIN EN 1176-7",
        "RE-KS 212",
        "2.140,00 €",
        "spielplaetze@ksr-recklinghausen.de",
        "18.12.2026",
    ],
)


# =============================================================================
# checks and output
# =============================================================================
STOP = {
    "Herr",
    "Frau",
    "Familie",
    "Dr.",
    "von",
    "van",
    "der",
    "den",
    "de",
    "al",
    "el",
    "jun.",
    "sen.",
}


def parse(raw):
    out, spans, pos, last = [], [], 0, 0
    for m in MARK.finditer(raw):
        out.append(raw[last : m.start()])
        pos += m.start() - last
        typ, s = m.group(1), m.group(2)
        spans.append({"start": pos, "end": pos + len(s), "type": typ, "text": s})
        out.append(s)
        pos += len(s)
        last = m.end()
    out.append(raw[last:])
    return "".join(out), spans


def occurrences(text, s):
    pat = re.compile(r"(?<![\w@.-])" + re.escape(s) + r"(?![\w@-]|\.\w)")
    return [(m.start(), m.end()) for m in pat.finditer(text)]


def covered(spans, a, b):
    return any(sp["start"] <= a and b <= sp["end"] for sp in spans)


def overlaps(spans, a, b):
    return any(a < sp["end"] and sp["start"] < b for sp in spans)


def check(d, text, spans):
    errs = []
    did = d["id"]
    if "[[" in text or "]]" in text:
        errs.append("leftover markup")
    if not 400 <= len(text) <= 3500:
        errs.append(f"length {len(text)}")
    if d["kind"] == "clean" and spans:
        errs.append("clean document has spans")
    if d["kind"] == "pii" and len(spans) < 3:
        errs.append("pii document with fewer than 3 spans")
    if not 4 <= len(d["keep"]) <= 5:
        errs.append(f"keep count {len(d['keep'])}")
    prev_end = -1
    for sp in spans:
        if sp["type"] not in TYPES:
            errs.append("unknown type {}".format(sp["type"]))
        if text[sp["start"] : sp["end"]] != sp["text"]:
            errs.append("offset mismatch {!r}".format(sp["text"]))
        if sp["start"] < prev_end:
            errs.append("overlap/unsorted at {!r}".format(sp["text"]))
        prev_end = sp["end"]
        t = sp["text"]
        if "\n" in t or t != t.strip() or not t:
            errs.append(f"bad span text {t!r}")
        ty = sp["type"]
        ocr = t in d["ocr_ok"]
        if ty == "DE_TAX_ID" and not ocr and not (stid_valid(t) or ustid_valid(t)):
            errs.append(f"invalid tax id {t!r}")
        if ty == "IBAN_CODE" and not ocr and not iban_valid(t):
            errs.append(f"invalid IBAN {t!r}")
        if ty == "DE_SOCIAL_SECURITY" and not ocr and not rv_valid(t):
            errs.append(f"invalid RV number {t!r}")
        if ty == "DE_ID_CARD" and not ocr and not all(c in IDALPHA for c in t.replace(" ", "")):
            errs.append(f"ID card outside alphabet {t!r}")
        if ty == "PHONE_NUMBER" and re.search(r"-\s?0$", t):
            errs.append(f"switchboard annotated {t!r}")
        if ty == "EMAIL_ADDRESS" and "@" not in t:
            errs.append(f"email without @ {t!r}")
        if ty == "DATE_OF_BIRTH" and not re.search(r"\d", t):
            errs.append(f"date of birth without digit {t!r}")
    # keep phrases
    for k in d["keep"]:
        occ = [(m.start(), m.end()) for m in re.finditer(re.escape(k), text)]
        if not occ:
            errs.append(f"keep phrase missing {k!r}")
        for a, b in occ:
            if overlaps(spans, a, b):
                errs.append(f"keep phrase inside span {k!r}")
    # every further occurrence of an annotated string is annotated
    for s in sorted({sp["text"] for sp in spans}):
        if s in d["allow"]:
            continue
        for a, b in occurrences(text, s):
            if not covered(spans, a, b):
                errs.append(f"unannotated repeat of {s!r} at {a}")
    # every occurrence of a name part is inside a span
    parts = set()
    for sp in spans:
        if sp["type"] == "PERSON":
            for tok in re.split(r"[\s,/+()]+|-(?=\w)", sp["text"]):
                tok = tok.strip(".")
                if len(tok) >= 3 and tok[0].isupper() and tok not in STOP:
                    parts.add(tok)
    for tok in sorted(parts):
        if tok in d["allow"]:
            continue
        for a, b in occurrences(text, tok):
            if not covered(spans, a, b):
                errs.append(
                    f"unannotated name part {tok!r} at {a}: {text[max(0, a - 30) : b + 10]!r}"
                )
    return [f"{did}: {e}" for e in errs]


def main():
    errors, records, ids = [], [], set()
    for d in DOCS:
        if d["id"] in ids:
            errors.append("duplicate id {}".format(d["id"]))
        ids.add(d["id"])
        text, spans = parse(d["raw"])
        errors += check(d, text, spans)
        records.append(
            {
                "id": d["id"],
                "kind": d["kind"],
                "style": d["style"],
                "text": text,
                "spans": spans,
                "keep": d["keep"],
            }
        )
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts, styles = {}, {}
    for r in records:
        st = styles.setdefault(r["style"], [0, 0])
        st[0 if r["kind"] == "pii" else 1] += 1
        for sp in r["spans"]:
            counts[sp["type"]] = counts.get(sp["type"], 0) + 1
    npii = sum(1 for r in records if r["kind"] == "pii")
    n_spans = sum(counts.values())
    n_keep = sum(len(r["keep"]) for r in records)
    print(
        f"wrote {OUT}: {len(records)} documents ({npii} pii, {len(records) - npii} clean), "
        f"{n_spans} spans, {n_keep} keep phrases"
    )
    for t, n in sorted(counts.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {t:<20} {n:4d}")
    for s, (p, c) in styles.items():
        print(f"  style {s:<20} pii {p:2d} clean {c:2d}")


if __name__ == "__main__":
    main()
