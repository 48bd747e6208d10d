"""Build redaction_heldout9: a BLIND HELD-OUT German PII corpus (written 2026-12-06).

Measure it only in aggregate (``bench/redaction.py --aggregate``); do not read its documents
or tune the redactor on it.

100 invented documents of the everyday intake of a mid-sized German city (70 with personal
data, 30 PII-free) in many styles: citizens' letters (formal and clumsy), business, court and
lawyers' letters, e-mails and forwarded threads, web forms, filled paper forms, internal and
phone notes, OCR scans and faxes with noise, tables and lists (Markdown, aligned,
tab-separated, CSV, one cell per line), chat transcripts and PDF text with page headers.

Markup: personal strings are written inline as ``[[TYPE:text]]`` (aliases of
``redaction_markup.ALIASES``); ``Corpus.main`` strips the markup, computes the offsets, runs
the shared checks and writes ``corpus.jsonl`` only if every check passes.

Conventions (those of the development sets, see ``redaction_dev9/README.md``):

* Salutations, titles and roles (Herr, Frau, Dr., Tochter, Familie, Rechtsanwältin) stay
  outside PERSON spans; a ``Nachname, Vorname`` cell is one span; a surname alone later in the
  text, a first name alone and initials with a surname (``H. Karataş``) are PERSON too.
* Staff of the city, of firms and courts are persons; their direct lines and personal
  mailboxes are personal. Switchboards, fax numbers of offices, functional mailboxes,
  authorities', schools' and firms' addresses are not.
* The owner's name inside the firm name of a sole trader (``Vennemann e.K.``) is PERSON;
  firms named after founders (GmbH, KG, historical founders) are not.
* A private address is split into STREET_ADDRESS (street and number) and LOCATION (postcode
  and town, one span); a postcode alone, a town of residence, birth, origin or former
  residence alone are LOCATION; countries and nationalities are not annotated.
* Only dates of birth are personal (also a bare year ``Jahrgang 1942`` and dates inside a
  machine-readable zone); letter dates, deadlines, death and appointment dates are not.
* File, customer, cash, BG, court, deed and booking numbers of a citizen's matter (also the
  lawyer's own reference of a client's matter) are DE_AKTENZEICHEN, with the cue word
  outside; numbers of a firm's matter, defect reports about public places, council papers,
  payment-order batches and company HRB entries are not. The HRA entry of a sole trader is
  DE_HANDELSREGISTER. Steuer-IDs, Steuernummern and USt-IdNr. of private persons and sole
  traders are DE_TAX_ID.
* Foreign passports and foreign ID cards are DE_PASSPORT, as are German passports; German ID
  cards and eAT cards are DE_ID_CARD. Plates of citizens' and firms' vehicles are DE_KFZ,
  municipal plates are not. Citizens' IP addresses are personal, internal ones are not.
* Historical persons and persons in names of streets, schools, halls and firms are not
  annotated.

Run from the repository root: ``python3 tests/data/redaction_heldout9/build_heldout9.py``.
All names, numbers and private addresses are invented.
"""

from __future__ import annotations

import collections
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from redaction_markup import MARK, Corpus  # noqa: E402

C = Corpus()


# ---------------------------------------------------------------------------------------------
# helpers: markup-aware tables and check digits
# ---------------------------------------------------------------------------------------------


def plain(s: str) -> str:
    """The text of a marked string as it appears after the markup is stripped."""
    return MARK.sub(lambda m: m.group(2), s)


def aligned(rows: list[list[str]], gap: int = 2, rule: str = "", rule_after: int = 0) -> str:
    """A plain-text table aligned with spaces; widths follow the stripped text."""
    n = max(len(r) for r in rows)
    widths = [max(len(plain(r[i])) for r in rows if i < len(r)) for i in range(n)]
    lines = []
    for idx, row in enumerate(rows):
        cells = [c + " " * (widths[i] - len(plain(c))) for i, c in enumerate(row)]
        lines.append((" " * gap).join(cells).rstrip())
        if rule and idx == rule_after:
            lines.append((" " * gap).join(rule * w for w in widths))
    return "\n".join(lines)


def md(rows: list[list[str]], pad: bool = True) -> str:
    """A Markdown table (first row = header)."""
    n = len(rows[0])
    widths = [max(len(plain(r[i])) for r in rows) for i in range(n)] if pad else [3] * n
    out = []
    for idx, row in enumerate(rows):
        cells = [c + " " * (widths[i] - len(plain(c))) if pad else c for i, c in enumerate(row)]
        out.append("| " + " | ".join(cells) + " |")
        if idx == 0:
            out.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(out)


def joined(rows: list[list[str]], sep: str) -> str:
    return "\n".join(sep.join(r) for r in rows)


def cells(rows: list[list[str]]) -> str:
    """One cell per line, as the text layer of a PDF table gives it."""
    return "\n".join(c for r in rows for c in r)


def steuer_id(seed: int, grouped: bool = False) -> str:
    """A Steuer-ID (§ 139b AO) with valid structure and check digit."""
    rng = random.Random(seed * 7919 + 17)
    while True:
        first = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(9))
        counts = collections.Counter(first)
        rep = [d for d, c in counts.items() if c > 1]
        if len(rep) != 1 or counts[rep[0]] not in (2, 3):
            continue
        if counts[rep[0]] == 3 and rep[0] * 3 in first:
            continue
        product = 10
        for ch in first:
            s = (int(ch) + product) % 10 or 10
            product = (s * 2) % 11
        check = 11 - product
        value = first + str(0 if check == 10 else check)
        break
    if grouped:
        return f"{value[:2]} {value[2:5]} {value[5:8]} {value[8:]}"
    return value


def iban(cc: str, bban: str, grouped: bool = True) -> str:
    """An IBAN with ISO 13616 check digits for the given country and BBAN."""
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    value = f"{cc}{98 - int(num) % 97:02d}{bban}"
    if grouped:
        return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


def rvnr(area: str, ddmmyy: str, letter: str, serial: str, style: str = "spaced") -> str:
    """A Rentenversicherungsnummer with its check digit."""
    digits = f"{area}{ddmmyy}{ord(letter) - 64:02d}{serial}"
    weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    total = sum(sum(divmod(int(d) * w, 10)) for d, w in zip(digits, weights, strict=True))
    check = total % 10
    if style == "compact":
        return f"{area}{ddmmyy}{letter}{serial}{check}"
    if style == "blocks":
        return f"{area} {ddmmyy} {letter} {serial} {check}"
    return f"{area} {ddmmyy} {letter} {serial}{check}"


ID_ALPHABET = set("CFGHJKLMNPRTVWXYZ0123456789")


def idcard(serial: str) -> str:
    """A German ID-card / eAT serial: nine characters of the ID-card alphabet."""
    assert len(serial) == 9 and set(serial) <= ID_ALPHABET, serial
    return serial


def mrz_check(field: str) -> str:
    """ICAO 9303 check digit (weights 7-3-1) of a machine-readable-zone field."""
    values = {"<": 0, **{str(d): d for d in range(10)}}
    values.update({chr(65 + i): 10 + i for i in range(26)})
    return str(sum(values[ch] * (7, 3, 1)[i % 3] for i, ch in enumerate(field)) % 10)


def kv(pairs: list[tuple[str, str]], width: int = 0) -> str:
    """Key-value lines with the keys padded to one width."""
    w = width or max(len(k) for k, _ in pairs) + 1
    return "\n".join(f"{k:<{w}}{v}".rstrip() for k, v in pairs)


# ---------------------------------------------------------------------------------------------
# documents with personal data (70)
# ---------------------------------------------------------------------------------------------
# 1 Bürgeramt: erweiterte Meldebescheinigung
_id1 = idcard("L7T9C2HM4")
C.pii(
    "letter_formal",
    f"""
[[P:Katharina von Elsholtz-Brenner]]
[[STR:Nordenwall 41a]]
[[LOC:59065 Hamm]]
Tel. [[TEL:02381 9 73 41 28]]

Stadt Hamm
Bürgeramt
Postfach 24 49
59061 Hamm

Hamm, 28. November 2026

Antrag auf Ausstellung einer erweiterten Meldebescheinigung

Sehr geehrte Damen und Herren,

für ein Nachlassverfahren beim Amtsgericht Hamm (Az. [[AZ:12 VI 884/26]]) benötige ich eine
erweiterte Meldebescheinigung, aus der auch meine früheren Anschriften hervorgehen.

Zu meiner Person: Ich bin am [[DOB:17.06.1961]] in [[LOC:Görlitz]] geboren und habe bis März 2019
in der [[STR:Bismarckstraße 7]], [[LOC:44135 Dortmund]] gewohnt, danach bis zu meinem Umzug im
Herbst 2023 in der [[STR:Feidikstraße 112]], [[LOC:59069 Hamm]]. Meine Personalausweisnummer
lautet [[ID:{_id1}]].

Die Gebühr von 10,00 € überweise ich nach Erhalt des Gebührenbescheids. Sollten Sie Rückfragen
haben, erreichen Sie mich tagsüber unter [[TEL:0171 5520934]] oder per E-Mail an
[[MAIL:k.elsholtz-brenner@web.de]].

Vielen Dank im Voraus.

Mit freundlichen Grüßen

[[P:Katharina von Elsholtz-Brenner]]
""",
    [
        "Postfach 24 49",
        "Amtsgericht Hamm",
        "erweiterten Meldebescheinigung",
        "10,00 €",
        "Bürgeramt",
    ],
)

# 2 Ordnungsamt: zugeparkte Garage (clumsy)
C.pii(
    "letter_clumsy",
    """
[[P:Hüseyin Karataş]]
[[STR:Lange Straße 88]]
[[LOC:59067 Hamm]]

An Ordnungsamt Stadt Hamm

Betreff Beschwerde wegen Auto vor mein Garage

Sehr geerte Damen und Herren

ich schreibe ihnen weil seit 3 Woche steht immer ein weisse Transporter vor mein Garage
Einfahrt, Kennzeichen [[KFZ:UN-RT 418]]. Ich kann nicht raus mit mein Auto ([[KFZ:HAM-HK 1957]]) und
muss zum Dialyse 3 mal die Woche nach Klinik. Der Transporter gehört glaube ich zu Herr
[[P:Dragan Milošević]] von Haus Nr 92, ich habe schon gesprochen mit ihm aber er sagt ist
öffentliche Strasse. Meine Tochter [[P:Sevgi]] hat auch schon angerufen bei ihnen am 14.11. aber
niemand hat gemacht etwas.

Bitte kommen sie gucken morgens um 7 Uhr dann sehen sie selbst.
Sie können anrufen mein Sohn [[P:Murat Karataş]] [[TEL:0157 32 884 190]] weil mein Deutsch nicht
so gut am Telefon.

Danke
[[P:H. Karataş]]
""",
    ["Ordnungsamt Stadt Hamm", "Dialyse", "öffentliche Strasse", "morgens um 7 Uhr"],
)

# 3 Ausländerbehörde: Verlängerung Aufenthaltstitel
C.pii(
    "email",
    """
Von: [[P:Rami Al-Khatib]] <[[MAIL:rami.alkhatib94@gmail.com]]>
An: auslaenderbehoerde@stadt.hamm.de
Datum: Mo., 30. Nov. 2026, 08:14
Betreff: Verlängerung Aufenthaltserlaubnis – Az. [[AZ:ABH-2026-01873]]

Sehr geehrte Damen und Herren,

mein Aufenthaltstitel (eAT-Nr. [[ID:Y4KF7R02M]]) läuft am 15.01.2027 ab. Ich habe im
Online-Portal keinen freien Termin gefunden. Können Sie mir bitte einen Termin geben?

Meine Daten:
Name: [[P:Rami Al-Khatib]]
Geburtsdatum: [[DOB:02.09.1994]]
Geburtsort: [[LOC:Homs]]
Anschrift: [[STR:Wilhelmstraße 23]], [[LOC:59067 Hamm]]
Reisepass: [[PASS:N012845736]] (gültig bis 2029)
Handy: [[TEL:+49 1521 7734902]]

Ich arbeite seit August unbefristet bei der Brüggemann Logistik GmbH in Bönen, den
Arbeitsvertrag schicke ich im Anhang mit.

Mit freundlichen Grüßen
[[P:Rami Al-Khatib]]
""",
    ["auslaenderbehoerde@stadt.hamm.de", "Brüggemann Logistik GmbH", "Online-Portal", "15.01.2027"],
)

# 4 Wohngeld: Online-Antrag
_tax4 = steuer_id(4)
_iban4 = iban("DE", "41050095" + "0071284433")
C.pii(
    "web_form",
    f"""
Online-Antrag Wohngeld (Mietzuschuss) – Eingangsbestätigung
Vorgangsnummer: [[AZ:WG-2026-118432]]
Eingegangen: 01.12.2026 21:47:13
Übermittelt von IP: [[IP:91.64.203.118]]
Formularserver: 10.14.2.31 (intern)

1. Antragsteller/in
Familienname: [[P:Nowak]]
Vorname(n): [[P:Magdalena Zofia]]
Geburtsname: [[P:Wiśniewska]]
Geburtsdatum: [[DOB:1986-04-23]]
Familienstand: verheiratet
Straße, Hausnummer: [[STR:Oststraße 51]]
PLZ, Ort: [[LOC:59065 Hamm]]
Telefon: [[TEL:02381 4 62 07 55]]
E-Mail: [[MAIL:magda.nowak86@t-online.de]]
Steuerliche Identifikationsnummer: [[TAX:{_tax4}]]

2. Haushaltsmitglieder
Nr. | Name, Vorname | Geburtsdatum | Verwandtschaftsverhältnis
1 | [[P:Nowak, Piotr]] | [[DOB:11.12.1983]] | Ehemann
2 | [[P:Nowak, Julia]] | [[DOB:07.05.2012]] | Tochter
3 | [[P:Nowak, Filip]] | [[DOB:30.01.2017]] | Sohn

3. Miete
Vermieter: Hammer Gemeinnützige Baugesellschaft mbH, Mieternummer [[AZ:3307-118-04]]
Bruttokaltmiete: 742,50 €
Bankverbindung für die Auszahlung: [[IBAN:{_iban4}]]
Kontoinhaber: [[P:Piotr Nowak]]

[x] Ich versichere die Richtigkeit meiner Angaben.
""",
    [
        "Formularserver: 10.14.2.31",
        "742,50 €",
        "Hammer Gemeinnützige Baugesellschaft mbH",
        "Mietzuschuss",
        "Verwandtschaftsverhältnis",
    ],
)

# 5 Jugendamt/UVG: Telefonnotiz
C.pii(
    "phone_note",
    """
Telefonnotiz
Datum/Uhrzeit: 02.12.2026, 10:40
Aufgenommen von: [[P:Schäfer-Ohlendorf]] (Unterhaltsvorschusskasse, Durchwahl [[TEL:02381 17-5183]])
Anruferin: Frau [[P:Oksana Hrytsenko]], Mutter von [[P:Mykyta]] (geb. [[DOB:19.08.2019]])
Rückrufnummer: [[TEL:0176 23 90 41 77]]
Az.: [[AZ:51.3-UV-2241/25]]

Anliegen: Kindesvater Herr [[P:Andrij Bondarenko]] zahle seit Oktober keinen Unterhalt mehr,
sei nach ihrer Kenntnis nach [[LOC:Lwiw]] zurückgekehrt. Letzte bekannte Anschrift in
Deutschland: [[STR:Hafenstraße 9]], [[LOC:47119 Duisburg]]. Frau [[P:Hrytsenko]] fragt, ob der UV
weitergezahlt wird und ob sie eine neue Bescheinigung der Kita braucht.

Erledigt: Auskunft erteilt, Hinweis auf Mitwirkungspflicht. Formular UV 3 per Post an die
Kundin. WV 16.12.2026.
gez. [[P:Schäfer-Ohlendorf]]
""",
    ["Unterhaltsvorschusskasse", "Formular UV 3", "WV 16.12.2026", "Mitwirkungspflicht"],
)

# 6 Standesamt: Anmeldung Eheschließung, OCR
C.pii(
    "ocr_scan",
    """
--- Scan 2026-12-01 09:12 | Standesamt Hamm | Seite 1 von 2 ---
ANMELDUNG ZUR EHESCHLIESSUNG
Standesamt Hamm . Reg.-Nr. [[AZ:E 0731/2026]]

Ver1obte/r 1
Fami1ienname: [[P:POPESCU]]
Vornamen: [[P:Ana-Maria]]
Geburtsdaturn: [[DOB:14.1O.1991]]
Geburtsort: [[LOC:Craiova]] (Rumänien)
Wohnung: [[STR:Marker Allee 1O3]] , [[LOC:59071 Hamm]]
Staatsangehörigkeit: rumänisch
Ausweis: Carte de identitate [[PASS:HD 518472]]

Ver1obte/r 2
Fami1ienname: [[P:WENZEL]]
Vornamen: [[P:Tobias Johannes]]
Geburtsdaturn: [[DOB:O3.O2.1989]]
Geburtsort: [[LOC:Soest]]
Wohnung: wie Verlobte/r 1
Personalausweis: [[ID:T22K0L7HN]]

Gewünschter Trautermin: Fr. 12.O3.2O27, Trauzimmer Schloss Heessen
Namensführung in der Ehe: [[P:Wenzel]] (Ehename)
Tel. für Rückfragen: [[TEL:O1578 2290 413]]
--- Seite 1 von 2 ---
""",
    [
        "ANMELDUNG ZUR EHESCHLIESSUNG",
        "Trauzimmer Schloss Heessen",
        "Staatsangehörigkeit: rumänisch",
        "Seite 1 von 2",
    ],
)

# 7 Gewerbeamt: Gewerbeanmeldungen KW 48
_rows7 = [
    [
        "Lfd.",
        "Eingang",
        "Name, Vorname",
        "Geb.-Dat.",
        "Wohnort",
        "Tätigkeit",
        "Rechtsform",
        "HR-Nr.",
        "Az.",
    ],
    [
        "1",
        "23.11.",
        "[[P:Tran, Thi Mai Anh]]",
        "[[DOB:04.03.1990]]",
        "[[LOC:59063 Hamm]]",
        "Nagelstudio",
        "Einzelunternehmen",
        "–",
        "[[AZ:GA-2026-4811]]",
    ],
    [
        "2",
        "23.11.",
        "[[P:Öztürk, Emre]]",
        "[[DOB:19.07.1985]]",
        "[[LOC:59075 Hamm]]",
        "Kfz-Handel",
        "e.K.",
        "[[HR:HRA 3318]]",
        "[[AZ:GA-2026-4812]]",
    ],
    [
        "3",
        "24.11.",
        "[[P:Bianchi, Lorenzo]]",
        "[[DOB:02.12.1978]]",
        "[[LOC:Werl]]",
        "Eiscafé",
        "Einzelunternehmen",
        "–",
        "[[AZ:GA-2026-4813]]",
    ],
    [
        "4",
        "25.11.",
        "Lindner Haustechnik GmbH (GF: [[P:Sauer, Melanie]])",
        "–",
        "–",
        "Sanitär/Heizung",
        "GmbH",
        "HRB 9921",
        "GA-2026-4815",
    ],
    [
        "5",
        "26.11.",
        "[[P:Osei, Kwame Agyeman]]",
        "[[DOB:15.09.1993]]",
        "[[LOC:59077 Hamm]]",
        "Kurierdienst",
        "Einzelunternehmen",
        "–",
        "[[AZ:GA-2026-4816]]",
    ],
    [
        "6",
        "27.11.",
        "[[P:Petrova, Desislava]]",
        "[[DOB:09.06.1997]]",
        "[[LOC:Bönen]]",
        "Reinigungsservice",
        "Einzelunternehmen",
        "–",
        "[[AZ:GA-2026-4817]]",
    ],
    [
        "7",
        "27.11.",
        "[[P:Hadžić, Amir]]",
        "[[DOB:21.01.1975]]",
        "[[LOC:59073 Hamm]]",
        "Gaststätte „Grill am Kanal“",
        "e.K.",
        "[[HR:HRA 3325]]",
        "[[AZ:GA-2026-4818]]",
    ],
]
C.pii(
    "markdown_table",
    f"""
## Gewerbeanmeldungen KW 48/2026

Stand: 30.11.2026 · Gewerbeamt · nur für den Dienstgebrauch

{md(_rows7, pad=False)}

Weiterleitung an: Finanzamt Hamm, IHK zu Dortmund, Handwerkskammer (Nr. 4).
Bearbeitung: [[P:J. Rehbein]], [[TEL:02381 17-3427]]
""",
    ["Finanzamt Hamm", "HRB 9921", "GA-2026-4815", "Lindner Haustechnik GmbH", "IHK zu Dortmund"],
)

# 8 Anwalt: Einspruch Bußgeldbescheid
C.pii(
    "lawyer_letter",
    """
KANZLEI DR. ROSENTHAL & PARTNER mbB
Rechtsanwälte · Fachanwälte für Verkehrsrecht
Südring 18 · 59065 Hamm · Tel. 02381 30 44 70 · kanzlei@rosenthal-partner.de

Stadt Hamm
Ordnungsamt – Bußgeldstelle
59061 Hamm

Hamm, 27.11.2026
Unser Zeichen: [[AZ:418/26]] LK/ms

Ihr Aktenzeichen: [[AZ:32.2-7710493/26]]
Bußgeldverfahren gegen Herrn [[P:Leon Kasimir Dąbrowski]], geb. [[DOB:08.08.2001]]
Tatvorwurf: Geschwindigkeitsüberschreitung am 19.10.2026, 14:32 Uhr, Heessener Straße
Fahrzeug: [[KFZ:HAM-LD 801]]

Sehr geehrte Damen und Herren,

hiermit zeigen wir an, dass uns Herr [[P:Dąbrowski]], wohnhaft [[STR:Alter Uentroper Weg 60]],
[[LOC:59071 Hamm]], mit der Wahrnehmung seiner Interessen beauftragt hat. Eine auf uns lautende
Vollmacht ist beigefügt.

Namens und in Vollmacht unseres Mandanten legen wir gegen den Bußgeldbescheid vom 12.11.2026

                              E i n s p r u c h

ein. Unser Mandant war zur Tatzeit nicht Fahrer des Fahrzeugs. Das Fahrzeug ist auf seine
Mutter, Frau [[P:Renate Dąbrowski]], zugelassen und wird von mehreren Familienangehörigen
genutzt. Das Messfoto lässt eine Identifizierung nicht zu.

Wir beantragen Akteneinsicht, insbesondere in die Messdatei, den Eichschein des Messgeräts
(PoliScan FM1, Gerätenr. 1072314) und die Schulungsnachweise des Messbeamten.

Zur Begründung im Einzelnen:

1. Fahreridentifizierung

Das in der Akte befindliche Frontfoto zeigt eine männliche Person mit Sonnenbrille und
Schirmmütze; das Gesicht ist zu mehr als der Hälfte verdeckt. Ein Abgleich mit dem
Passfoto aus dem Personalausweisregister, den die Bußgeldstelle offenbar vorgenommen hat, ist
auf dieser Grundlage nicht tragfähig. Nach gefestigter obergerichtlicher Rechtsprechung
(vgl. nur DAR 2021, 95; NZV 2019, 311) muss ein Lichtbild, auf das eine Identifizierung
gestützt wird, zur Identifizierung generell geeignet sein. Das ist hier nicht der Fall. Im
Übrigen haben neben unserem Mandanten auch sein Bruder und zwei Cousins, die dem Mandanten
äußerlich ähneln, regelmäßig Zugriff auf das Fahrzeug. Zu deren Benennung ist unser
Mandant als Angehöriger nicht verpflichtet; er beruft sich insoweit auf sein
Zeugnisverweigerungsrecht.

2. Messung

Das Messgerät PoliScan FM1 ist ein standardisiertes Messverfahren. Gleichwohl ist die
Messung nur verwertbar, wenn das Gerät gültig geeicht und nach der Gebrauchsanweisung des
Herstellers aufgestellt und bedient wurde. Der Akte lässt sich weder entnehmen, wann die
letzte Eichung erfolgte, noch, ob der Messbeamte an einer Schulung für die aktuelle
Softwareversion teilgenommen hat. Wir bitten daher um Übersendung

   a) des Eichscheins und der Lebensakte des Geräts,
   b) des Messprotokolls vom 19.10.2026 einschließlich der Aufstellskizze,
   c) der vollständigen Falldatensätze der Messreihe (unverschlüsselt, mit Token und
      Passwort) sowie
   d) der Schulungsnachweise des Messbeamten.

3. Rechtsfolgen

Selbst wenn der Tatvorwurf zuträfe, wäre ein Fahrverbot unverhältnismäßig. Unser Mandant
absolviert eine Ausbildung zum Elektroniker in einem Betrieb außerhalb der Stadt, den er
mit öffentlichen Verkehrsmitteln wegen der Schichtzeiten nicht erreichen kann. Ein Fahrverbot
würde den Ausbildungsplatz gefährden. Er ist im Fahreignungsregister nicht eingetragen.

Wir regen an, das Verfahren nach § 47 OWiG einzustellen. Sollte die Bußgeldstelle dem nicht
folgen, bitten wir um Abgabe an die Staatsanwaltschaft und um Mitteilung des
Aktenzeichens des Amtsgerichts. Einer Entscheidung im schriftlichen Verfahren nach § 72 OWiG
wird bereits jetzt widersprochen.

Akteneinsicht bitten wir über das beA oder in Papierform an die Kanzlei zu gewähren; die
Akte wird nach Einsicht umgehend zurückgesandt.

Mit freundlichen Grüßen

Dr. [[P:Lena Kirchhoff]]
Rechtsanwältin
""",
    [
        "KANZLEI DR. ROSENTHAL & PARTNER mbB",
        "Gerätenr. 1072314",
        "kanzlei@rosenthal-partner.de",
        "02381 30 44 70",
        "Bußgeldstelle",
    ],
)

# 9 Stadtkasse/Steueramt: Doppelzahlung, weitergeleitet
_iban9 = iban("DE", "41051845" + "0000731902")
C.pii(
    "email_thread",
    f"""
Von: [[P:Schubert, Annegret]] <[[MAIL:annegret.schubert@stadt.hamm.de]]>
Gesendet: Dienstag, 1. Dezember 2026 11:02
An: steueramt@stadt.hamm.de
Betreff: WG: Doppelzahlung Grundsteuer Kassenzeichen [[AZ:4.1120.338190.7]]

Hallo zusammen,

bitte einmal prüfen, ob die Erstattung an Frau [[P:Eriksen]] über euch läuft oder ob wir das
direkt machen können. Die Doppelzahlung ist am 16.11. eingegangen (2 x 318,44 €).

Gruß
[[P:Annegret Schubert]]
Stadtkasse – Zahlungsverkehr
Tel. [[TEL:02381 17-2260]]

-----Ursprüngliche Nachricht-----
Von: [[P:Ingrid Eriksen]] <[[MAIL:i.eriksen@posteo.de]]>
Gesendet: Sonntag, 29. November 2026 19:26
An: stadtkasse@stadt.hamm.de
Betreff: Doppelzahlung Grundsteuer Kassenzeichen [[AZ:4.1120.338190.7]]

Guten Abend,

ich habe die Grundsteuer für das 4. Quartal versehentlich zweimal überwiesen, einmal von
meinem Konto und einmal hat mein Sohn das über sein Onlinebanking gemacht. Es geht um meine
Eigentumswohnung [[STR:Bockumer Weg 7]], [[LOC:59075 Hamm]].

Bitte erstatten Sie den doppelten Betrag auf mein Konto:
IBAN [[IBAN:{_iban9}]]
Kontoinhaberin [[P:Ingrid Eriksen]]

Mit freundlichen Grüßen
[[P:Ingrid Eriksen]]
Tel. [[TEL:02381 88 01 63]]
""",
    [
        "steueramt@stadt.hamm.de",
        "stadtkasse@stadt.hamm.de",
        "2 x 318,44 €",
        "Stadtkasse – Zahlungsverkehr",
        "4. Quartal",
    ],
)

# 10 Gewerbe-Anmeldung (Formular)
_tax10 = steuer_id(10, grouped=True)
C.pii(
    "paper_form",
    f"""
Gewerbe-Anmeldung nach § 14 GewO oder § 55c GewO
Bitte vollständig und gut lesbar ausfüllen sowie Zutreffendes ankreuzen [X]

Angaben zum Betriebsinhaber
 1  Name .................................. [[P:Ferreira da Silva]]
 2  Vornamen .............................. [[P:João Miguel]]
 3  Geschlecht ............................ [X] männlich  [ ] weiblich  [ ] divers
 4  Staatsangehörigkeit(en) ............... portugiesisch
 5  Geburtsdatum .......................... [[DOB:22.05.1987]]
 6  Geburtsort und -land .................. [[LOC:Braga]], Portugal
 7  Anschrift der Wohnung ................. [[STR:Kamener Straße 205]], [[LOC:59077 Hamm]]
    Telefon / E-Mail ...................... [[TEL:0152 05 318 642]] / [[MAIL:joao.fsilva@gmx.de]]

Angaben zum Betrieb
 9  Registereintrag ....................... Amtsgericht Hamm, Nr. [[HR:HRA 3402]]
10  Betriebsstätte ........................ Gewerbepark Rhynern, Halle 4
15  Angemeldete Tätigkeit ................. Fliesen-, Platten- und Mosaiklegerarbeiten
                                            (zulassungsfreies Handwerk)
17  Beginn der Tätigkeit .................. 01.01.2027
19  Zahl der Beschäftigten ................ 2 Vollzeit
    Steuer-IdNr. .......................... [[TAX:{_tax10}]]

Datum: 26.11.2026        Unterschrift: [[P:J. M. Ferreira da Silva]]

Nur für die Behörde: Gebühr 26,00 € bezahlt, Kassenbeleg [[AZ:2026-GA-00917]]
""",
    [
        "§ 14 GewO",
        "Gewerbepark Rhynern, Halle 4",
        "zulassungsfreies Handwerk",
        "Gebühr 26,00 €",
        "Amtsgericht Hamm",
    ],
)

# 11 Sozialamt: Vermerk Hausbesuch Hilfe zur Pflege
_rv11 = rvnr("17", "031138", "K", "52")
C.pii(
    "internal_note",
    f"""
Vermerk
Sozialamt – Hilfe zur Pflege (50.21)
Az.: [[AZ:50.21-HzP-0388/26]]

Betr.: [[P:Waltraud Kemper-Ostermann]], geb. [[DOB:03.11.1938]], [[STR:Im Sundern 14]], [[LOC:59075 Hamm]]

Hausbesuch am 25.11.2026, 14:00–15:10 Uhr. Anwesend: die Leistungsberechtigte, ihre Tochter
Frau [[P:Birgit Ostermann]] (Betreuerin, Betreuungsgericht AG Hamm, [[AZ:XVII 412/24]]) und die
Unterzeichnerin.

Frau [[P:Kemper-Ostermann]] lebt allein in einer Erdgeschosswohnung. Pflegegrad 3 seit
01.07.2026 (AOK NordWest). Der ambulante Pflegedienst „Pflegeteam Lippeaue GmbH“ kommt zweimal
täglich. Die Tochter wohnt in [[LOC:Lippstadt]] und kommt zwei- bis dreimal pro Woche; der Sohn
[[P:Frank Ostermann]] lebt in [[LOC:Bremen]], es besteht kein Kontakt.

Rentenversicherungsnummer: [[RV:{_rv11}]]
Einkommen: Altersrente 1.084,12 €, Witwenrente 611,30 €; kein Vermögen über der Schongrenze.
Telefon der Tochter: [[TEL:02941 7 71 30]]

Ergebnis: Antrag auf Übernahme der ungedeckten Pflegekosten vollständig. Bescheid bis
15.12.2026.

gez. [[P:Ljubica Marković]], Sachbearbeiterin
""",
    ["Pflegeteam Lippeaue GmbH", "Pflegegrad 3", "AOK NordWest", "1.084,12 €", "Hilfe zur Pflege"],
)

# 12 Live-Chat Bürgerbüro
C.pii(
    "chat",
    """
Live-Chat „Frag die Stadt“ – Protokoll
Sitzung 7f3a-22c1 · 02.12.2026 · Kanal: www.hamm.de
Besucher-IP: [[IP:2a02:8109:9c40:1e5:4d2b:77ff:fe10:3a9c]]

[16:02] Bot: Hallo! Wie kann ich Ihnen helfen?
[16:02] Besucher: hallo ich hab meinen perso verloren im bus linie 30 was muss ich machen
[16:03] Bot: Das tut mir leid. Bitte melden Sie den Verlust im Bürgerbüro. Ich verbinde Sie mit einer Mitarbeiterin.
[16:05] Besucher: ok. ich heiße [[P:Dilan Aslan]] geb [[DOB:5.2.2003]] die nummer war [[ID:LF8R27TGV]] glaube ich
[16:06] Mitarbeiterin (Bürgerbüro, [[P:Tamara Heß]]): Hallo Frau [[P:Aslan]], danke. Ist Ihre Meldeadresse noch aktuell?
[16:07] Besucher: ja [[STR:Heinrich-Lübke-Str. 9]] in [[LOC:59071]]
[16:08] Mitarbeiterin (Bürgerbüro, [[P:Tamara Heß]]): Ich habe den Ausweis gesperrt. Termin: Do 03.12., 09:20 Uhr, Bürgerbüro Mitte. Bitte bringen Sie ein biometrisches Passfoto mit, ein vorläufiger Ausweis kostet 10 €.
[16:09] Besucher: kann meine mutter mitkommen? handy falls was ist [[TEL:0160 91827364]]
[16:09] Mitarbeiterin (Bürgerbüro, [[P:Tamara Heß]]): Ja, gern. Bis Donnerstag!
""",
    ["linie 30", "Bürgerbüro Mitte", "biometrisches Passfoto", "www.hamm.de", "Sitzung 7f3a-22c1"],
)

# 13 Friedhof: Fax des Bestatters
C.pii(
    "fax",
    """
FAX   FAX   FAX              01.12.2026 08:51    +49 2381 442190    S. 01/01
Bestattungshaus Reinholz & Söhne GmbH · Bockumer Weg 112 · 59065 Hamm
An: Friedhofsverwaltung der Stadt Hamm – Fax 02381 17-2999

ANMELDUNG EINER BESTATTUNG

Verstorbene/r ......... [[P:Gerhard Wilhelm Brökelmann]]
geb. am ............... [[DOB:11.04.1941]] in [[LOC:Kamen]]
gest. am .............. 28.11.2026 in Hamm
letzte Anschrift ...... [[STR:Ahornallee 3]], [[LOC:59067 Hamm]]
Bestattungsart ........ Urnenbeisetzung im vorhandenen Wahlgrab
Friedhof/Grablage ..... Ostfriedhof, Feld 12, Nutzungsrecht Nr. [[AZ:GN-1998-0447]]

Nutzungsberechtigte ... [[P:Hannelore Brökelmann]] (Ehefrau), [[STR:Ahornallee 3]]
Gebührenschuldner ..... [[P:Hannelore Brökelmann]]
Rechnung an ........... Sohn [[P:Carsten Brökelmann]], [[STR:Vogelsang 27]], [[LOC:48282 Emsdetten]],
                        Tel. [[TEL:02572 95 33 81]]

Wunschtermin: Fr. 11.12.2026, 11:00 Uhr, Trauerhalle Ostfriedhof
Sachbearbeitung: [[P:Meike Gerdes]]

HRB 4410 AG Hamm · USt-IdNr. DE 812 334 901 · www.reinholz-bestattungen.de
""",
    [
        "Ostfriedhof, Feld 12",
        "Fax 02381 17-2999",
        "HRB 4410",
        "Trauerhalle Ostfriedhof",
        "Urnenbeisetzung",
    ],
)

# 14 Wohngeld: Beschwerde einer älteren Dame (clumsy)
C.pii(
    "letter_clumsy",
    """
Hamm den 24.11.26

An die Wohngeldstelle
z.Hd. Herrn [[P:Pohlmann]]

Betr. mein Wohngeld Nr. [[AZ:4471-WG-09]]

Sehr geehrter Herr [[P:Pohlmann]],

ich habe Ihr Schreiben bekommen das ich jetzt weniger Wohngeld kriege weil meine Rente erhöht
ist. Das verstehe ich nicht die Rente ist um 38 Euro hoch aber sie ziehen mir 61 Euro ab?? Und
die Nebenkosten sind ja auch gestiegen, der Vermieter Herr [[P:Klaus-Dieter Wessel]] will 40 Euro
mehr ab Januar, das schicke ich ihnen mit.

Ich bin Jahrgang [[DOB:1942]] und lebe allein. Mein Enkel [[P:Jannik]] hat mir geholfen beim
schreiben. Wenn sie fragen haben rufen sie bitte an [[TEL:02381 6 17 09]] aber nicht vor 10 Uhr.

Hochachtungsvoll
[[P:Elfriede Tillmann]]
[[STR:Schützenstr. 4]]
[[LOC:59071 Hamm]]
""",
    ["Wohngeldstelle", "38 Euro", "nicht vor 10 Uhr", "Hochachtungsvoll"],
)

# 15 Hausverwaltung: Wohnungsgeberbestätigung
C.pii(
    "business_letter",
    """
Immobilienverwaltung Sander & Kürten GmbH
Ostring 9 · 59063 Hamm · Telefon 02381 91 27 60 · info@sander-kuerten.de
Amtsgericht Hamm HRB 6624

Wohnungsgeberbestätigung nach § 19 Bundesmeldegesetz (BMG)

Hiermit bestätigen wir als vom Eigentümer beauftragte Verwaltung den Einzug der unten
genannten Personen.

Anschrift der Wohnung: [[STR:Grünstraße 45]], 2. OG links, [[LOC:59065 Hamm]]
Einzugsdatum: 01.12.2026
Eigentümer: Dr. [[P:Heinrich Lütke-Wöstmann]], [[STR:Am Lindenhof 2]], [[LOC:48653 Coesfeld]]

Meldepflichtige Personen:
1. [[P:Abdullahi Warsame Hassan]], geb. [[DOB:12.12.1979]]
2. [[P:Hodan Ali Farah]], geb. [[DOB:01.01.1986]]
3. [[P:Ayaan Hassan]], geb. [[DOB:17.03.2014]]
4. [[P:Liban Hassan]], geb. [[DOB:05.10.2018]]

Mietvertrag / Objekt-Nr.: [[AZ:M-0412-2026]]

Hamm, 26.11.2026
i. A. [[P:Svenja Tiemann]], Vermietung, Durchwahl [[TEL:02381 91 27 64]]

Ein Wohnungsgeber, der eine Wohnanschrift anbietet, obwohl ein tatsächlicher Bezug nicht
beabsichtigt ist, handelt ordnungswidrig (§ 54 BMG).
""",
    [
        "Sander & Kürten GmbH",
        "§ 19 Bundesmeldegesetz",
        "HRB 6624",
        "02381 91 27 60",
        "info@sander-kuerten.de",
    ],
)

# 16 Ordnungsamt: Hundebiss, Gesprächsnotiz
C.pii(
    "phone_note",
    """
Gesprächsnotiz Ordnungsamt / Gefahrenabwehr (Hunde)
02.12.26 – 08:15 – Anruf über Zentrale weitergeleitet

Anruferin: [[P:Marlies Grote]], [[STR:Dasbecker Weg 31]], [[LOC:59071 Hamm]], Tel. [[TEL:0172 4471 093]]

Sachverhalt: Am Sonntag (29.11.) sei ihr Sohn [[P:Ben]] (9 J.) auf dem Spielplatz Kurpark von
einem Hund gebissen worden (Kratzwunde Oberarm, ärztlich versorgt durch Dr. med.
[[P:Yusuf Demirci]]). Halter sei ein Herr „[[P:Kolbe]]“ oder „[[P:Kolbeck]]“ aus der Nachbarschaft.
Hund: Schäferhund-Mischling, schwarz, heißt „Rocky“.

Abgleich Hunderegister: Halter [[P:Sven Kolbeck]], [[STR:Teichweg 8]], [[LOC:59071 Hamm]], Hund
„Rocky“ gemeldet seit 2021, Hundesteuer-Kassenzeichen [[AZ:5.3120.044871.2]].

Veranlasst: Anhörung des Halters, Prüfung Wesenstest (§ 12 LHundG NRW). WV 09.12.
Notiert: [[P:D. Sobczak]]
""",
    ["Spielplatz Kurpark", "§ 12 LHundG NRW", "Schäferhund-Mischling", "„Rocky“", "WV 09.12."],
)

# 17 Stadtkasse: Mahnliste (Druck)
_rows17 = [
    ["KASSENZEICHEN", "NAME, VORNAME", "ANSCHRIFT", "FORDERUNG", "MAHNGEB.", "STUFE"],
    [
        "[[AZ:5.2610.004417.3]]",
        "[[P:BERGMANN, UWE]]",
        "[[STR:HOHE STR. 17]], [[LOC:59065 HAMM]]",
        "412,50",
        "5,00",
        "1",
    ],
    [
        "[[AZ:5.2610.004588.1]]",
        "[[P:YILDIRIM, GUELSEN]]",
        "[[STR:KLEISTSTR. 8]], [[LOC:59063 HAMM]]",
        "96,00",
        "5,00",
        "2",
    ],
    [
        "[[AZ:5.2610.004702.9]]",
        "[[P:SCHMITZ-AHLERS, DETLEF]]",
        "[[STR:AM HOLTKAMP 12]], [[LOC:59368 WERNE]]",
        "1.208,77",
        "12,00",
        "2",
    ],
    [
        "[[AZ:5.3120.044915.6]]",
        "[[P:NGUYEN, VAN HUNG]]",
        "[[STR:WIELANDSTR. 31]], [[LOC:59077 HAMM]]",
        "156,00",
        "5,00",
        "1",
    ],
    [
        "[[AZ:5.4410.009012.4]]",
        "[[P:EL AMRANI, YOUSSEF]]",
        "[[STR:LANGE REIHE 41]], [[LOC:59067 HAMM]]",
        "35,00",
        "5,00",
        "1",
    ],
    [
        "[[AZ:5.2610.004810.7]]",
        "[[P:PETRENKO, IRYNA]]",
        "[[STR:OSTENALLEE 77]], [[LOC:59071 HAMM]]",
        "287,10",
        "5,00",
        "1",
    ],
    [
        "[[AZ:5.2610.004877.2]]",
        "[[P:GIANNAKOPOULOS, DIMITRIOS]]",
        "[[STR:MARKTSTR. 3]], [[LOC:59073 HAMM]]",
        "644,00",
        "12,00",
        "2",
    ],
]
C.pii(
    "aligned_table",
    f"""
STADT HAMM - STADTKASSE                                         MAHNLAUF 2026/11-B
Sachgebiet 20.3 Vollstreckung        Druckdatum 30.11.2026        Seite 1

{aligned(_rows17, gap=3, rule="-")}

SUMME 7 FAELLE                                                  2.839,37   49,00
BEARBEITER: [[P:KNIPPING]]
""",
    [
        "MAHNLAUF 2026/11-B",
        "Sachgebiet 20.3 Vollstreckung",
        "KASSENZEICHEN",
        "SUMME 7 FAELLE",
        "Seite 1",
    ],
)

# 18 Schulverwaltung: Schulanmeldung nach Umzug
C.pii(
    "email",
    """
Von: [[P:Fatma]] & [[P:Serkan Doğan]] <[[MAIL:dogan.familie@icloud.com]]>
An: schulverwaltung@stadt.hamm.de
Datum: 27.11.2026 22:41
Betreff: Schulanmeldung [[P:Zeynep]] – Wechsel der Grundschule

Sehr geehrte Damen und Herren,

wir ziehen zum 1. Februar von [[LOC:Gelsenkirchen]] nach Hamm, unsere neue Adresse ist
[[STR:Heessener Straße 77]], [[LOC:59073 Hamm]]. Unsere Tochter [[P:Zeynep Doğan]] (geb.
[[DOB:11.09.2018]]) besucht zurzeit die 2. Klasse ihrer jetzigen Grundschule.

Wir möchten sie gern an der Albert-Schweitzer-Grundschule anmelden, weil sie dort zu Fuß
hingehen kann. Was müssen wir dafür einreichen?

Wir haben noch einen Sohn, [[P:Emir]] (geb. [[DOB:03.04.2022]]), der ab August einen Kitaplatz
braucht. Ist dafür auch die Stadt zuständig?

Erreichbar sind wir unter: [[P:Serkan Doğan]] mobil [[TEL:0176 80 44 31 25]],
[[P:Fatma Doğan]] [[TEL:0209 147 2250]].

Viele Grüße
[[P:Fatma]] und [[P:Serkan Doğan]]
""",
    [
        "schulverwaltung@stadt.hamm.de",
        "Albert-Schweitzer-Grundschule",
        "2. Klasse",
        "zum 1. Februar",
        "Kitaplatz",
    ],
)

# 19 Wohngeld: Mietbescheinigung, OCR
_iban19 = iban("DE", "41250035" + "0004471903")
C.pii(
    "ocr_scan",
    f"""
Mietbescheinigung                         (zur Vorlage bei der Wohngeldbehörde)
_____________________________________________________________________________
Antragsteller/in (Mieter/in): [[P:Aleksandrov, Stojan]]        Geb.-datum: [[DOB:3O.O6.1968]]
Wohnung: [[STR:Kleine Amtsstr, 6]]           PLZ/Ort: [[LOC:59O65 Hamm]]
Lage: 3. OG, Whg.-Nr. 12                 Wohnfläche: 58,4 m2      Bezugsfertig: 1964
Miete monatl.: 412,OO EUR                Heizkosten: 96,OO EUR

Vermieter/in: [[P:Gisela Hundt]], [[STR:Sternstraße 3]], [[LOC:59229 Ahlen]]   Tel [[TEL:02382 84 19 O7]]
Bankverb. f. Miete: [[IBAN:{_iban19}]]

Im Haushalt leben: [[P:Stojan]], [[P:Rumjana]] und [[P:Petar Aleksandrov]]

Ort, Datum: [[LOC:Ahlen]], 18.11.2O26          Unterschrift Vermieter/in: [[P:G. Hundt]]
[Stempel unleserlich]
Seite 1/1                                                  Formular WoG-MB 2024
""",
    [
        "Wohnfläche: 58,4 m2",
        "Formular WoG-MB 2024",
        "Bezugsfertig: 1964",
        "zur Vorlage bei der Wohngeldbehörde",
    ],
)

# 20 Ausländerbehörde: CSV-Export Zuzüge
_rows20 = [
    [
        "Az",
        "Name",
        "Vorname",
        "Geb.-Datum",
        "Geburtsort",
        "Zuzug aus",
        "Anschrift",
        "Dok.-Art",
        "Dok.-Nr.",
    ],
    [
        '"[[AZ:ABH-2026-02011]]"',
        '"[[P:Hosseini]]"',
        '"[[P:Mahdi]]"',
        '"[[DOB:14.02.2000]]"',
        '"[[LOC:Herat]]"',
        '"[[LOC:Dortmund]]"',
        '"[[STR:Kobbenskamp 5]], [[LOC:59077 Hamm]]"',
        '"Reisepass"',
        '"[[PASS:P04418892]]"',
    ],
    [
        '"[[AZ:ABH-2026-02012]]"',
        '"[[P:Kuznetsova]]"',
        '"[[P:Anastasia]]"',
        '"[[DOB:27.07.1995]]"',
        '"[[LOC:Krasnodar]]"',
        '"[[LOC:Berlin]]"',
        '"[[STR:Südstraße 41]], [[LOC:59065 Hamm]]"',
        '"eAT"',
        '"[[ID:Y9HN2KC41]]"',
    ],
    [
        '"[[AZ:ABH-2026-02015]]"',
        '"[[P:Mensah]]"',
        '"[[P:Kofi]]"',
        '"[[DOB:18.12.1989]]"',
        '"[[LOC:Kumasi]]"',
        '"[[LOC:Accra]]"',
        '"[[STR:Bahnhofstraße 12]], [[LOC:59065 Hamm]]"',
        '"Reisepass"',
        '"[[PASS:G2214573]]"',
    ],
    [
        '"[[AZ:ABH-2026-02023]]"',
        '"[[P:Rossi]]"',
        '"[[P:Giulia]]"',
        '"[[DOB:09.10.1992]]"',
        '"[[LOC:Bergamo]]"',
        '"[[LOC:Bergamo]]"',
        '"[[STR:Ostenallee 40]], [[LOC:59063 Hamm]]"',
        '"Carta d\'identità"',
        '"[[PASS:CA31258FK]]"',
    ],
    [
        '"[[AZ:ABH-2026-02024]]"',
        '"[[P:Ivanov]]"',
        '"[[P:Georgi]]"',
        '"[[DOB:22.04.1984]]"',
        '"[[LOC:Plowdiw]]"',
        '"[[LOC:Sliwen]]"',
        '"[[STR:Werler Straße 18]], [[LOC:59065 Hamm]]"',
        '"Lichna karta"',
        '"[[PASS:645218773]]"',
    ],
]
C.pii(
    "csv",
    f"""
# Export ABH-Fachverfahren | Zuzüge 16.11.-30.11.2026 | erstellt 01.12.2026 07:30 | Benutzer: sachgebiet32.3
{joined(_rows20[:1], ";")}
{joined(_rows20[1:], ";")}
# 5 Datensätze
""",
    [
        "Export ABH-Fachverfahren",
        "Benutzer: sachgebiet32.3",
        "Dok.-Art",
        "Zuzug aus",
        "# 5 Datensätze",
    ],
)

# 21 Bauordnung: Einwendung von Nachbarn
C.pii(
    "letter_formal",
    """
[[P:Matthias]] und [[P:Sabine Heitkamp]]
[[STR:Ostenallee 128]]
[[LOC:59071 Hamm]]

Stadt Hamm
Bauordnungsamt
Gustav-Heinemann-Straße 10
59065 Hamm

Hamm, 29.11.2026

Ihr Zeichen: [[AZ:63.2-BV-1187/26]]
Bauvorhaben: Neubau eines Mehrfamilienhauses mit 6 Wohneinheiten auf dem Nachbargrundstück
[[STR:Ostenallee 130]], Bauherrin: Lippe Wohnbau GmbH
Hier: Einwendungen der Eigentümer des Grundstücks [[STR:Ostenallee 128]]

Sehr geehrte Damen und Herren,

als unmittelbare Nachbarn erheben wir gegen das oben genannte Vorhaben folgende Einwendungen:

1. Die Abstandsflächen nach § 6 BauO NRW werden zu unserem Grundstück hin nicht eingehalten;
   die geplante Dachterrasse im Staffelgeschoss liegt nur 2,40 m von der Grenze entfernt.
2. Unser Wohnzimmer und der Garten werden ab dem frühen Nachmittag vollständig verschattet.
3. Für sechs Wohnungen sind nur vier Stellplätze vorgesehen; schon heute ist die Ostenallee
   abends zugeparkt.

Wir bitten um Akteneinsicht und um Mitteilung, ob eine Befreiung beantragt wurde.

Sie erreichen uns unter [[TEL:02381 3 88 15 40]] oder [[MAIL:heitkamp.ostenallee@gmx.net]].

Mit freundlichen Grüßen

[[P:Matthias Heitkamp]]          [[P:Sabine Heitkamp]]
""",
    [
        "Bauordnungsamt",
        "Gustav-Heinemann-Straße 10",
        "Lippe Wohnbau GmbH",
        "Abstandsflächen",
        "§ 6 BauO NRW",
    ],
)

# 22 Ausländerbehörde: Aktenvermerk Identitätsklärung
C.pii(
    "internal_note",
    """
AKTENVERMERK
Az.: [[AZ:32.3-2026-00871]]
Betreff: Identitätsklärung [[P:Hawar Ibrahim]] alias [[P:Hawar Ibrahim Xelil]], geb. [[DOB:01.01.1997]]
(lt. Pass) bzw. [[DOB:12.03.1996]] (lt. Eigenangabe), Geburtsort [[LOC:Qamischli]]

1. Der Betroffene sprach am 30.11.2026 vor und legte vor: syrischen Reisepass Nr.
   [[PASS:N011739418]], ausgestellt 2023 durch das Generalkonsulat in Erbil, und den syrischen
   Personalausweis Nr. [[PASS:04010233871]].
2. Abgleich AZR: AZR-Nummer [[AZ:160411297503]], Personalien dort mit Geburtsdatum
   [[DOB:01.01.1997]] gespeichert.
3. Wohnsitz: Wohnsitzauflage für Hamm besteht. Er wohnt bei seinem Cousin [[P:Rênas Xelil]],
   [[STR:Martin-Luther-Straße 18]], [[LOC:59065 Hamm]].
4. Ehefrau [[P:Berîvan Ehmed]] und Tochter [[P:Jîn]] leben in [[LOC:Dohuk]]; Familiennachzug ist
   beantragt.
5. Telefonisch erreichbar: [[TEL:0155 10 27 48 93]].

Weiteres: Vorlage bei SGL 32.3 zur Entscheidung über die Berichtigung der Personalien.
gez. [[P:Pia Lohmann-Yıldız]]
""",
    ["AKTENVERMERK", "Generalkonsulat in Erbil", "Wohnsitzauflage", "SGL 32.3", "Abgleich AZR"],
)

# 23 Jugendamt/Urkundsstelle: Vaterschaftsanerkennung, PDF
_id23 = idcard("M1RX7CF0T")
C.pii(
    "pdf_pages",
    f"""
Stadt Hamm · Der Oberbürgermeister · Jugendamt – Urkundsstelle          UR-Nr. [[AZ:0617/2026]]

                                   Niederschrift
     über die Anerkennung der Vaterschaft und die Zustimmung der Mutter

Verhandelt in Hamm am 30. November 2026 vor der Urkundsperson [[P:Heike Brüning]],
Jugendamt der Stadt Hamm.

Es erschienen:

1. Herr [[P:Cristian Ionuț Stan]],
   geboren am [[DOB:19.02.1995]] in [[LOC:Bacău]]/Rumänien,
   wohnhaft [[STR:Viktoriastraße 33]], [[LOC:59069 Hamm]],
   ausgewiesen durch rumänischen Personalausweis Nr. [[PASS:XZ 904418]],

2. Frau [[P:Lisa-Marie Hoffknecht]],
   geboren am [[DOB:02.07.1999]] in [[LOC:Unna]],
   wohnhaft [[STR:Viktoriastraße 33]], [[LOC:59069 Hamm]],
   ausgewiesen durch Personalausweis Nr. [[ID:{_id23}]].

Der Erschienene zu 1. erklärte:
Ich erkenne die Vaterschaft für das Kind [[P:Noah Elias Hoffknecht]], geboren am [[DOB:21.10.2026]]
(Geburtenregister des Standesamts Hamm Nr. [[AZ:G 2291/2026]]), an.

Seite 1 von 2 · UR-Nr. [[AZ:0617/2026]] · Formblatt JA-U 3

Stadt Hamm · Jugendamt – Urkundsstelle                                  UR-Nr. [[AZ:0617/2026]]

Die Erschienene zu 2. erklärte:
Ich stimme der Anerkennung der Vaterschaft zu.

Eine gemeinsame Sorgeerklärung wurde nicht abgegeben. Die Beteiligten wurden darauf
hingewiesen, dass sie diese jederzeit vor dem Jugendamt oder einem Notar abgeben können.

Vorgelesen, genehmigt und unterschrieben:

[[P:C. I. Stan]]               [[P:L.-M. Hoffknecht]]               [[P:Brüning]], Urkundsperson

Ausfertigungen: Standesamt Hamm (Geburtenregister), Mutter, Vater, Akte

Seite 2 von 2 · UR-Nr. [[AZ:0617/2026]] · Formblatt JA-U 3
""",
    [
        "Niederschrift",
        "Formblatt JA-U 3",
        "Urkundsstelle",
        "gemeinsame Sorgeerklärung",
        "Der Oberbürgermeister",
    ],
)

# 24 Mängelmelder: wilder Müll mit Beobachtung
C.pii(
    "web_form",
    """
[Mängelmelder] Neue Meldung #MM-2026-33817
Kategorie: Wilder Müll / Sperrmüll
Ort der Meldung: Parkplatz am Sportpark Heessen (GPS 51.7031, 7.8322)
Eingang: 30.11.2026 07:12

Beschreibung:
Seit einer Woche liegen hier Sperrmüll und 12 Autoreifen. Am Samstag (28.11.) gegen 22 Uhr habe
ich gesehen, wie ein silberner Kombi mit dem Kennzeichen [[KFZ:SO-KA 3310]] Reifen ausgeladen hat.
Fotos anbei.

Fotos: 3 (IMG_4471.jpg, IMG_4472.jpg, IMG_4473.jpg)

Kontakt (freiwillig)
Name: [[P:Jörg Pieper-Hölscher]]
E-Mail: [[MAIL:jph1971@outlook.de]]
Telefon: –
Rückmeldung gewünscht: ja

Technische Daten: IP [[IP:2003:e7:6f1b:a200:18c4:3dff:fe2a:91b0]] · iOS 18.1 · Weiterleitung an Server 192.168.40.12
Zugewiesen an: ASH Abfallwirtschaft, Bezirk Nord
""",
    ["#MM-2026-33817", "192.168.40.12", "Wilder Müll", "IMG_4471.jpg", "51.7031, 7.8322"],
)

# 25 Einbürgerung: Nachreichung von Unterlagen
_id25 = idcard("Y7GK0P3L2")
_tax25 = steuer_id(25, grouped=True)
_rv25 = rvnr("13", "300388", "T", "04")
C.pii(
    "letter_formal",
    f"""
[[P:Oleksandr Tkachenko]]
[[STR:Wielandstraße 12]]
[[LOC:59077 Hamm]]
[[MAIL:o.tkachenko@proton.me]]

Stadt Hamm
Einbürgerungsbehörde
Postfach 24 49
59061 Hamm

Hamm, 25.11.2026

Antrag auf Einbürgerung nach § 10 StAG – Nachreichung von Unterlagen
Ihr Zeichen: [[AZ:EB-2025-0644]]

Sehr geehrte Frau [[P:Kaminski]],

wie am Telefon besprochen, reiche ich folgende Unterlagen nach:

– Zertifikat Leben in Deutschland vom 14.06.2025
– Sprachzertifikat telc Deutsch B1
– Gehaltsabrechnungen Juli bis Oktober 2026 der Westfalen Kältetechnik GmbH
– Geburtsurkunde mit Apostille und beglaubigter Übersetzung

Zur Zuordnung meine Personalien: geboren am [[DOB:30.03.1988]] in [[LOC:Charkiw]],
Aufenthaltstitel Nr. [[ID:{_id25}]], ukrainischer Reisepass [[PASS:FX215739]].
Steuer-ID: [[TAX:{_tax25}]], Rentenversicherungsnummer: [[RV:{_rv25}]].

Meine Frau [[P:Olena Tkachenko]], geb. [[P:Marchenko]] (geboren am [[DOB:05.12.1990]] in [[LOC:Poltawa]]),
möchte in das Verfahren einbezogen werden, ebenso unsere Tochter [[P:Sofiia]] (geboren am
[[DOB:14.08.2016]] in [[LOC:Kyjiw]]). Die Anträge für beide liegen bei.

Ich arbeite seit 2019 ununterbrochen in Vollzeit und beziehe keine Leistungen nach SGB II.

Mit freundlichen Grüßen

[[P:Oleksandr Tkachenko]]
Tel. [[TEL:0157 3390 1844]]
""",
    [
        "§ 10 StAG",
        "telc Deutsch B1",
        "Westfalen Kältetechnik GmbH",
        "Zertifikat Leben in Deutschland",
        "Einbürgerungsbehörde",
    ],
)

# 26 Wirtschaftsförderung: Gründerin fragt nach Förderung
_tax26a = "DE331845207"
C.pii(
    "email",
    f"""
Von: [[P:Chiara Esposito]] <[[MAIL:chiara.esposito@esposito-feinkost.de]]>
An: wirtschaftsfoerderung@stadt.hamm.de
Datum: 26.11.2026 09:03
Betreff: Anfrage Förderung Ladenlokal Innenstadt

Guten Tag Herr [[P:Brockhoff]],

vielen Dank für das nette Gespräch auf der Gründermesse. Wie besprochen schicke ich Ihnen meine
Eckdaten: Seit Oktober betreibe ich das Feinkostgeschäft „[[P:Esposito]] Feinkost e.K.“
(Amtsgericht Hamm, [[HR:HRA 3377]]) bislang als Onlinehandel. Ich würde gern ein Ladenlokal in
der Fußgängerzone übernehmen (ehemals Schuhhaus Brand) und möchte wissen, ob das
Innenstadtprogramm einen Mietzuschuss vorsieht.

Meine Privatanschrift: [[STR:Uhlandstraße 9]], [[LOC:59065 Hamm]]

Beste Grüße
[[P:Chiara Esposito]]
Inhaberin
[[P:Esposito]] Feinkost e.K.
Mobil [[TEL:0176 21 09 55 38]]
USt-IdNr. [[TAX:{_tax26a}]] · Steuernummer [[TAX:322/5094/1187]]
""",
    [
        "wirtschaftsfoerderung@stadt.hamm.de",
        "Innenstadtprogramm",
        "Amtsgericht Hamm",
        "Schuhhaus Brand",
        "Fußgängerzone",
    ],
)

# 27 Bürgerbüro: Rückrufbitte (kurz)
C.pii(
    "phone_note",
    """
Rückrufbitte 01.12. / 11:20 – für Team Pass/Ausweis
Herr [[P:Baran Çelik]] ([[DOB:07.07.1977]]) fragt, ob sein Reisepass ([[PASS:C01X7RK4M]]) schon abholbereit ist, Antrag vom 03.11.
Rückruf ab 15 Uhr unter [[TEL:0163 7201184]].
""",
    ["Rückrufbitte", "Team Pass/Ausweis", "ab 15 Uhr"],
)

# 28 Friedhof: auslaufende Nutzungsrechte (Excel)
_rows28 = [
    [
        "Friedhof",
        "Grab-Nr.",
        "NR-Nr.",
        "Nutzungsberechtigte/r",
        "Anschrift",
        "PLZ Ort",
        "Ablauf",
        "Verl.",
        "Bemerkung",
    ],
    [
        "Ostfriedhof",
        "12-0512",
        "[[AZ:NR-2001-0512]]",
        "[[P:Pätzold, Hildegard]]",
        "[[STR:Kurt-Schumacher-Ring 4]]",
        "[[LOC:59077 Hamm]]",
        "31.12.2026",
        "nein",
        "Schreiben zurück, unbekannt verzogen",
    ],
    [
        "Ostfriedhof",
        "12-0519",
        "[[AZ:NR-2001-0519]]",
        "[[P:Aydemir, Cemal]]",
        "[[STR:Lippestraße 40]]",
        "[[LOC:59065 Hamm]]",
        "31.12.2026",
        "ja",
        "Verlängerung 10 J. beantragt",
    ],
    [
        "Westfriedhof",
        "B-3-118",
        "[[AZ:NR-1996-3118]]",
        "[[P:Janssen, Gerd]]",
        "[[STR:Am Bollwerk 9]]",
        "[[LOC:26789 Leer]]",
        "31.01.2027",
        "offen",
        "Tochter [[P:Anke]] Tel. [[TEL:0491 3 10 27]]",
    ],
    [
        "Westfriedhof",
        "B-3-121",
        "[[AZ:NR-1996-3121]]",
        "[[P:Sirotkin, Wladimir]]",
        "[[STR:Bergkamener Str. 210]]",
        "[[LOC:59077 Hamm]]",
        "31.01.2027",
        "",
        "NB verstorben 2024, Nachfolger Sohn [[P:Igor Sirotkin]] ([[LOC:Pforzheim]])",
    ],
    [
        "Friedhof Heessen",
        "7-044",
        "[[AZ:NR-2002-7044]]",
        "[[P:Wiebe, Aganetha]]",
        "[[STR:Amselweg 11]]",
        "[[LOC:59073 Hamm]]",
        "28.02.2027",
        "ja",
        "",
    ],
    [
        "Ostfriedhof",
        "14-0201",
        "[[AZ:NR-2006-0201]]",
        "[[P:Nwosu, Chinedu]]",
        "[[STR:Sedanstraße 19]]",
        "[[LOC:59065 Hamm]]",
        "31.03.2027",
        "",
        "Rückruf über Neffe [[P:Obinna]]",
    ],
    [
        "Waldfriedhof",
        "W-22",
        "[[AZ:NR-1999-0022]]",
        "[[P:von Hartenstein-Rahe, Ursula]]",
        "[[STR:Kaiserstraße 1]]",
        "[[LOC:53113 Bonn]]",
        "31.03.2027",
        "ja",
        "Gebühr per Lastschrift",
    ],
]
C.pii(
    "excel_paste",
    f"""
Auslaufende Nutzungsrechte 12/2026–03/2027\t\t\t\t\t\t\t\t
{joined(_rows28, chr(9))}
\t\t\t\t\t\tSumme Fälle:\t7\t
""",
    ["Ostfriedhof", "Westfriedhof", "Grab-Nr.", "12-0512", "Auslaufende Nutzungsrechte"],
)

# 29 Ordnungsamt: Teams-Chat Außendienst/Innendienst
C.pii(
    "chat",
    """
[Teams] Chat: VÜD Außendienst ↔ Innendienst, 01.12.2026

[08:31] [[P:Kevin Brandes]]: Moin, Halterabfrage für [[KFZ:HAM-YB 66]] bitte, steht seit 3 Wochen abgemeldet auf dem Parkplatz Maximilianpark
[08:35] [[P:Ayla Korkmaz]]: Halter: [[P:Yannick Deppe]], geb. [[DOB:12.08.1996]], [[STR:Marker Allee 44]], [[LOC:59071 Hamm]], kein Telefon im Register
[08:36] [[P:Ayla Korkmaz]]: Fahrzeug seit 14.10. außer Betrieb gesetzt, FIN WVWZZZ1JZ3W386752
[08:37] [[P:Kevin Brandes]]: 👍 kleb den roten Punkt, Frist 14 Tage. Az?
[08:38] [[P:Ayla Korkmaz]]: [[AZ:32.4-AFZ-0918/26]]
[08:40] [[P:Kevin Brandes]]: Nachbar meint, der gehört eigentlich der Tochter von Herrn [[P:Deppe]], [[P:Sarah]]
[08:41] [[P:Ayla Korkmaz]]: ok, schreib ich rein. Handy von Frau [[P:Sarah Deppe]] hab ich aus altem Vorgang: [[TEL:0171 6633 028]]
[08:45] [[P:Kevin Brandes]]: Danke dir! Noch was: Dienstwagen HAM-SO 2040 hat einen Platten, ist gemeldet.
""",
    [
        "Parkplatz Maximilianpark",
        "HAM-SO 2040",
        "WVWZZZ1JZ3W386752",
        "roten Punkt",
        "Frist 14 Tage",
    ],
)

# 30 Ausländerbehörde: OCR eines ukrainischen Passes mit Notiz
_l1_30 = ("P<UKRSHEVCHENKO<<OLENA" + "<" * 44)[:44]
_pno30 = "FE447190<"
_l2_30 = f"{_pno30}{mrz_check(_pno30)}UKR890314{mrz_check('890314')}F290712{mrz_check('290712')}"
_l2_30 += "<" * 14 + "0"
_l2_30 += mrz_check(_l2_30[0:10] + _l2_30[13:20] + _l2_30[21:43])
assert len(_l1_30) == 44 and len(_l2_30) == 44
C.pii(
    "ocr_scan",
    f"""
[OCR Seite 3/5 · Qualität: niedrig · Anlage zum Antrag auf Aufenthaltserlaubnis § 24 AufenthG]

УКРАЇНА / UKRAINE          ПАСПОРТ / PASSPORT
Тип/Type P   Код/Code UKR   Паспорт №/Passport No. [[PASS:FE447190]]
Прізвище/Surname
[[P:ШЕВЧЕНКО]]
[[P:SHEVCHENKO]]
Ім'я/Given Names
[[P:ОЛЕНА]]
[[P:OLENA]]
Громадянство/Nationality  УКРАЇНА/UKR
Дата народження/Date of birth   [[DOB:14 БЕР/MAR 89]]
Місце народження/Place of birth   [[LOC:KREMENCHUK]]
Дата видачі/Date of issue  12 ЛИП/JUL 19     Орган, що видав/Authority 5328

P<UKR[[P:SHEVCHENKO<<OLENA]]{_l1_30[22:]}
[[PASS:FE447190]]{_l2_30[8:13]}[[DOB:890314]]{_l2_30[19:]}

[handschriftlich auf Seite 4:]
Bitte Termin für Fiktionsbescheinigung! [[P:Olena Shevchenko]], [[STR:Alleestr. 12]], [[LOC:59065 Hamm]],
Tel. [[TEL:0152 2874 4019]]
""",
    ["§ 24 AufenthG", "Fiktionsbescheinigung", "Authority 5328", "Qualität: niedrig"],
)

# 31 Anwältin: Widerspruch Grundsicherung
_iban31 = iban("DE", "41050095" + "0003377120")
_rv31 = rvnr("17", "130256", "R", "57")
C.pii(
    "lawyer_letter",
    f"""
Kanzlei am Nordring · Rechtsanwälte in Bürogemeinschaft
Nordring 24 · 59065 Hamm · Telefon 02381 44 08 10 · Telefax 02381 44 08 19

Rechtsanwältin [[P:Adaeze Okonkwo]]
Fachanwältin für Sozialrecht
Durchwahl [[TEL:02381 44 08 14]] · [[MAIL:a.okonkwo@kanzlei-nordring.de]]

Stadt Hamm
Sozialamt – Abt. Grundsicherung
59061 Hamm

30.11.2026

Widerspruch gegen den Bescheid vom 10.11.2026 – Ihr Az. [[AZ:50.12-GSi-7731/24]]
Mandantin: [[P:Marija Jovanović]], geb. [[DOB:13.02.1956]], [[STR:Bahnhofstraße 17a]], [[LOC:59069 Hamm]]
RV-Nr. [[RV:{_rv31}]]

Sehr geehrte Damen und Herren,

unter Vorlage einer Vollmacht zeige ich die Vertretung von Frau [[P:Jovanović]] an und lege gegen
den oben genannten Bescheid Widerspruch ein.

Begründung: Der Bescheid rechnet die Witwenrente des serbischen Rentenversicherungsträgers
(Fond PIO) aus der Versicherung ihres verstorbenen Ehemanns [[P:Dragoljub Jovanović]] in voller
Höhe an, ohne die Kursverluste und Überweisungsgebühren abzusetzen (§ 82 SGB XII). Zudem wurde
der Mietanteil ihres Sohnes [[P:Nenad]], der seit August ausgezogen ist, weiterhin abgezogen.

Ich bitte, die Nachzahlung auf das Konto der Mandantin, IBAN [[IBAN:{_iban31}]], zu leisten.

Mit freundlichen Grüßen

[[P:Okonkwo]]
Rechtsanwältin
""",
    [
        "Kanzlei am Nordring",
        "Fachanwältin für Sozialrecht",
        "Fond PIO",
        "§ 82 SGB XII",
        "Abt. Grundsicherung",
    ],
)

# 32 Kita: Vormerkliste
_rows32 = [
    ["Nr.", "Kind", "Geb.", "Elternteil", "Tel.", "PLZ", "Wunsch ab", "Geschwisterkind"],
    [
        "1",
        "[[P:Schulze Föcking, Mats]]",
        "[[DOB:03.02.2024]]",
        "[[P:Lara Schulze Föcking]]",
        "[[TEL:0170 4419 283]]",
        "[[LOC:59069]]",
        "08/2027",
        "ja ([[P:Ella]])",
    ],
    [
        "2",
        "[[P:Mwangi, Amani]]",
        "[[DOB:29.09.2023]]",
        "[[P:Grace Wanjiru Mwangi]]",
        "[[TEL:0151 2287 4410]]",
        "[[LOC:59065]]",
        "sofort",
        "nein",
    ],
    [
        "3",
        "[[P:Kovačević, Luka]]",
        "[[DOB:11.01.2024]]",
        "[[P:Ivana Kovačević]]",
        "[[TEL:02381 4 90 17 26]]",
        "[[LOC:59069]]",
        "08/2027",
        "ja ([[P:Mia]])",
    ],
    [
        "4",
        "[[P:Hoang, Minh Khoa]]",
        "[[DOB:05.05.2024]]",
        "[[P:Hoang Thi Lan]]",
        "[[TEL:0152 8841 0067]]",
        "[[LOC:59063]]",
        "01/2028",
        "nein",
    ],
    [
        "5",
        "[[P:Al-Masri, Yusuf]]",
        "[[DOB:08.08.2024]]",
        "[[P:Rania Al-Masri]]",
        "[[TEL:0157 7001 2234]]",
        "[[LOC:59067]]",
        "08/2027",
        "nein",
    ],
]
C.pii(
    "markdown_table",
    f"""
### Vormerkliste Kita Sonnenblume – Aufnahme ab 2027 (U3-Plätze)

Quelle: Kita-Navigator, Export 30.11.2026. Vergabe im Aufnahmeausschuss am 15.01.2027.

{md(_rows32)}

Hinweis: Geschwisterkinder werden nach den Aufnahmekriterien vorrangig berücksichtigt.
""",
    ["Kita Sonnenblume", "Wunsch ab", "Geschwisterkind", "U3-Plätze", "Kita-Navigator"],
)

# 33 Ordnungsamt: Lärm Shisha-Bar (clumsy)
C.pii(
    "letter_clumsy",
    """
Von [[P:Ljudmila Becker]]
[[STR:Nordstraße 21]], 2 Etage
[[LOC:59065 Hamm]]

An Stadt Hamm Ordnungsamt
Beschwerde laute Musik Shisha Bar

Gute Tag,

ich wohne über die Shisha Bar „Oase Lounge“ seit 2 Jahre. Jede Wochenende bis 3 Uhr in Nacht
ganz laut Musik und Leute schreien auf Straße. Ich bin krank (Herz) und brauche Schlaf. Ich
habe gesprochen mit Chef Herr [[P:Rashid]] er sagt ist erlaubt bis 5 Uhr. Stimmt das???

Meine Nachbarin Frau [[P:Wiebke Lorenz]] kann auch sagen, Tel [[TEL:0157 8812 4470]]. Auch Polizei
war da am 21.11, Vorgangsnummer [[AZ:261121-0417-043981]].

Bitte machen sie was.

Mit freundliche Grüße
[[P:L. Becker]]
Tel [[TEL:02381 2 40 66 18]]
""",
    ["Oase Lounge", "bis 3 Uhr in Nacht", "Ordnungsamt", "Shisha Bar"],
)

# 34 Steueramt: Abmeldung Hund
_iban34 = iban("DE", "44010046" + "0912244501")
C.pii(
    "email",
    f"""
Von: [[MAIL:m.oyelaran@gmail.com]]
An: steueramt@stadt.hamm.de
Betreff: Abmeldung Hund "Bella" – Hundesteuer

Hallo,

unser Hund Bella ist am 20.11.2026 leider verstorben, die Bescheinigung der
Tierklinik am Kurpark hängt an. Bitte melden Sie die Hundesteuer zum 30.11. ab, die
Steuermarke geben wir zurück.

Halterin: [[P:Modupe Oyelaran]], [[STR:Südring 88]], [[LOC:59065 Hamm]]
Kassenzeichen: [[AZ:5.3120.051207.4]]

Zu viel gezahlte Steuer bitte auf das Konto [[IBAN:{_iban34}]] (Kontoinhaber [[P:Tunde Oyelaran]]).

Danke und Grüße
[[P:Modupe Oyelaran]]
""",
    ["Tierklinik am Kurpark", "steueramt@stadt.hamm.de", "zum 30.11.", "Hundesteuer"],
)

# 35 Ordnungsamt: Bewohnerparkausweis (Formular)
_iban35 = iban("DE", "30020900" + "5320448712")
C.pii(
    "paper_form",
    f"""
Antrag auf Erteilung eines Bewohnerparkausweises
Bewohnerparkzone: H2 „Innenstadt Süd“

Name, Vorname: [[P:Lüdtke, Johanna]]                  Geburtsdatum: [[DOB:01.04.1993]]
Hauptwohnsitz: [[STR:Südstraße 12]], [[LOC:59063 Hamm]]   (gemeldet seit 01.03.2024)
Telefon: [[TEL:0151 1048 3327]]                         E-Mail: [[MAIL:jo.luedtke@mailbox.org]]

Fahrzeug: amtl. Kennzeichen [[KFZ:HAM-JL 193]]
Halter:   [ ] Antragsteller/in   [X] Arbeitgeber (Dienstwagen zur privaten Nutzung, Nachweis anbei)

Gebühr: 120,00 €/Jahr       Zahlweise: [X] SEPA-Lastschrift   [ ] Überweisung
IBAN: [[IBAN:{_iban35}]]          Kontoinhaber/in: [[P:Johanna Lüdtke]]
Mandatsreferenz: [[AZ:BPA-2026-11873]]

Datum, Unterschrift: 29.11.2026, [[P:J. Lüdtke]]
--------------------------------------------------------------------------------
Nur für die Verwaltung: Ausweis-Nr. [[AZ:BP-H2-0771]], ausgegeben 02.12., Sachb. [[P:Grewe]]
""",
    ["Bewohnerparkzone: H2", "120,00 €/Jahr", "SEPA-Lastschrift", "Nur für die Verwaltung"],
)

# 36 Jugendamt: Meldung § 8a
C.pii(
    "internal_note",
    """
Meldung gem. § 8a SGB VIII – Ersteinschätzung
Eingang: 01.12.2026, 13:05 Uhr, telefonisch durch die Kita-Leitung Frau [[P:Ruth Wember]]
Az.: [[AZ:51.2-KS-2026-0193]]

Kind: [[P:Leon Stojanović]], geb. [[DOB:16.05.2020]]
Mutter: [[P:Jelena Stojanović]], geb. [[DOB:09.09.1997]], Tel. [[TEL:0176 4458 2091]]
Lebensgefährte der Mutter: [[P:Dennis Krämer]] (nicht Kindsvater)
Kindsvater: [[P:Goran Stojanović]], lt. Mutter in [[LOC:Novi Sad]] wohnhaft
Anschrift: [[STR:Carl-Zeiss-Weg 4]], [[LOC:59075 Hamm]]

Inhalt der Meldung: Das Kind kommt seit etwa zwei Wochen wiederholt ohne Frühstück und nicht
witterungsgerecht gekleidet in die Einrichtung, wirkt müde; keine Verletzungen erkennbar.
Die Mutter sei bei Abholung zuletzt zweimal nicht erschienen, abgeholt habe Herr [[P:Krämer]].

Einschätzung: keine akute Gefährdung. Hausbesuch innerhalb von 3 Werktagen, Fallverantwortung
[[P:Tim Osterkamp]] / [[P:Sanja Merten]] (Vier-Augen-Prinzip).
""",
    ["§ 8a SGB VIII", "Vier-Augen-Prinzip", "Ersteinschätzung", "3 Werktagen"],
)

# 37 Sozialamt: Krankenhaus-Fax § 25 SGB XII
C.pii(
    "fax",
    """
02.12.2026 07:58   FAX 02381 589-1190   Evangelisches Klinikum Hamm-West   S. 1/1
========================================================================
An: Sozialamt Stadt Hamm, Fax 02381 17-2977
EILT! Antrag auf Kostenübernahme nach § 25 SGB XII (Nothelfer)

Patient .............. [[P:Florin Bălan]]
geb. ................. [[DOB:27.11.1983]]
Meldeadresse ......... keine; zuletzt [[LOC:Constanța]] (RO)
Aufnahme ............. 29.11.2026, 02:40 Uhr über die Notaufnahme
Entlassung ........... voraussichtlich 04.12.2026
Fall-Nr. ............. [[AZ:2026-118340]]
Versicherung ......... keine (EHIC nicht vorhanden)
Ausweis .............. rum. Personalausweis [[PASS:RX 733190]]

Kontaktperson: Bruder [[P:Marian Bălan]], [[STR:Dortmunder Straße 140]], [[LOC:59077 Hamm]],
Tel. [[TEL:0152 1739 0642]]

Ansprechpartnerin Sozialdienst: Frau [[P:Nadine Pfeiffer]], Tel. [[TEL:02381 589-1174]]
""",
    [
        "Fax 02381 17-2977",
        "§ 25 SGB XII",
        "Notaufnahme",
        "Evangelisches Klinikum Hamm-West",
        "EHIC",
    ],
)

# 38 Standesamt: Namenserklärung, Thread
C.pii(
    "email_thread",
    """
Von: standesamt@stadt.hamm.de
An: [[MAIL:natalia.rocha.vega@gmail.com]]
Datum: 01.12.2026 10:17
Betreff: AW: Namensänderung nach Scheidung

Sehr geehrte Frau [[P:Kretschmer]],

für die Erklärung zur Wiederannahme Ihres Geburtsnamens „[[P:Rocha Vega]]“ benötigen wir:

- das rechtskräftige Scheidungsurteil des Amtsgerichts – Familiengericht – Dortmund
  ([[AZ:108 F 2214/25]]) mit Rechtskraftvermerk,
- Ihre Geburtsurkunde aus [[LOC:Sevilla]] (internationale Urkunde nach CIEC genügt),
- Ihren gültigen Pass oder Personalausweis.

Die Gebühr beträgt 36 €. Termin: Mittwoch, 16.12.2026, 10:30 Uhr, Standesamt, Zimmer 104.

Mit freundlichen Grüßen
Im Auftrag
[[P:Bernd Schürmann]]
Standesamt
Tel. [[TEL:02381 17-4231]]

-----Ursprüngliche Nachricht-----
Von: [[P:Natalia Kretschmer]] <[[MAIL:natalia.rocha.vega@gmail.com]]>
Gesendet: Freitag, 27. November 2026 17:12
An: standesamt@stadt.hamm.de
Betreff: Namensänderung nach Scheidung

Hallo,

ich bin seit September geschieden und möchte wieder meinen Geburtsnamen führen. Aktuell heiße
ich [[P:Natalia Kretschmer]], geboren am [[DOB:19.01.1985]], wohnhaft [[STR:Werler Straße 301]],
[[LOC:59069 Hamm]]. Mein Ex-Mann [[P:Thorsten Kretschmer]] ist einverstanden. Meine DNI
(spanischer Ausweis) hat die Nummer [[PASS:48291736K]].

Saludos
[[P:Natalia]]
""",
    ["standesamt@stadt.hamm.de", "Zimmer 104", "36 €", "CIEC", "Familiengericht"],
)

# 39 Fundbüro: Online-Verlustanzeige
_id39 = idcard("L01XN4GR7")
_iban39 = iban("DE", "41050095" + "0000418826")
C.pii(
    "web_form",
    f"""
Verlustanzeige – Online-Fundbüro
Meldungs-ID: [[AZ:VL-2026-7712]]
Gegenstand: Geldbörse, braun, Leder
Verlustdatum: 26.11.2026, ca. 17:30 Uhr
Verlustort: Bus Linie 1, zwischen Hauptbahnhof und Heessen Markt
Inhalt: Personalausweis ([[ID:{_id39}]]), Führerschein, Girokarte Sparkasse (IBAN [[IBAN:{_iban39}]]), ca. 40 €, Foto meiner Enkelin

Angaben zur Person
Name: [[P:Grzegorz Lewandowski]]
Geburtsdatum: [[DOB:1958-10-03]]
Anschrift: [[STR:Jägerweg 7]]
PLZ/Ort: [[LOC:59073 Hamm]]
Telefon: [[TEL:02381 6 48 02 17]]
E-Mail: [[MAIL:g.lewandowski58@gmx.de]]

Einwilligung Datenschutz: ja
Absender-IP: [[IP:178.27.149.66]] · Zeitstempel 2026-11-27T08:14:55+01:00
""",
    [
        "Online-Fundbüro",
        "Bus Linie 1",
        "Geldbörse, braun, Leder",
        "Einwilligung Datenschutz: ja",
        "ca. 40 €",
    ],
)

# 40 Arbeitgeber: Verdienstbescheinigung mit Tabelle
_rv40 = rvnr("12", "040691", "R", "07")
_tax40 = steuer_id(40, grouped=True)
_rows40 = [
    ["Monat", "Brutto (€)", "Netto (€)", "Zuschläge (€)", "Einmalzahlung (€)"],
    ["Mai 2026", "2.870,00", "2.012,44", "118,20", "–"],
    ["Juni 2026", "2.870,00", "2.012,44", "96,40", "–"],
    ["Juli 2026", "2.870,00", "2.012,44", "142,75", "–"],
    ["August 2026", "2.870,00", "2.012,44", "88,10", "–"],
    ["September 2026", "2.870,00", "2.012,44", "131,60", "–"],
    ["Oktober 2026", "2.870,00", "2.012,44", "104,00", "450,00"],
]
C.pii(
    "business_letter",
    f"""
Lippe-Logistik Westfalen GmbH · Personalabteilung
Hafenstraße 44 · 59067 Hamm · Telefon 02381 90 88-0 · HRB 7712 AG Hamm

Stadt Hamm
Wohngeldbehörde
59061 Hamm

Ihr Zeichen: [[AZ:64.2-WG-07718/26]]                                         27.11.2026

Verdienstbescheinigung für Wohngeldzwecke

Arbeitnehmer: [[P:Ahmad Zia Rahimi]], geb. [[DOB:04.06.1991]]
Anschrift: [[STR:Ostwennemarstraße 81]], [[LOC:59071 Hamm]]
Beschäftigt seit 01.09.2021 als Lagerfachkraft, Vollzeit (40 Std./Woche), unbefristet
RV-Nr.: [[RV:{_rv40}]]     Steuer-ID: [[TAX:{_tax40}]]

Bruttoarbeitsentgelt der letzten sechs Monate:

{aligned(_rows40, gap=4, rule="-")}

Für 2026 ist ein Weihnachtsgeld von 50 % eines Monatsgehalts zugesagt.

Ansprechpartnerin: [[P:Olga Reimer]], Lohnbuchhaltung
Durchwahl [[TEL:02381 90 88-214]] · [[MAIL:o.reimer@lippe-logistik.de]]
""",
    [
        "Lippe-Logistik Westfalen GmbH",
        "HRB 7712",
        "02381 90 88-0",
        "Lagerfachkraft",
        "Bruttoarbeitsentgelt",
    ],
)

# 41 Bürgerbüro: abholbereite Dokumente (PDF, eine Zelle je Zeile)
_rows41 = [
    ["Vorgang", "Name", "Vorname", "Geb.-Datum", "Dokument", "Seriennr.", "Fach"],
    [
        "[[AZ:BB-H-26-3301]]",
        "[[P:Kuhlmann]]",
        "[[P:Torben]]",
        "[[DOB:14.08.1984]]",
        "Personalausweis",
        f"[[ID:{idcard('LH4C7NR2X')}]]",
        "A-12",
    ],
    [
        "[[AZ:BB-H-26-3307]]",
        "[[P:Arslan]]",
        "[[P:Elif]]",
        "[[DOB:30.10.2001]]",
        "Reisepass",
        "[[PASS:C4FJ92LT7]]",
        "A-13",
    ],
    [
        "[[AZ:BB-H-26-3320]]",
        "[[P:Schröder-Papenfuß]]",
        "[[P:Ingo]]",
        "[[DOB:12.12.1966]]",
        "Personalausweis",
        f"[[ID:{idcard('L8YXR2C41')}]]",
        "B-02",
    ],
    [
        "[[AZ:BB-H-26-3322]]",
        "[[P:Diallo]]",
        "[[P:Mamadou]]",
        "[[DOB:01.01.1990]]",
        "eAT",
        f"[[ID:{idcard('Y3WMC8K0T')}]]",
        "B-04",
    ],
    [
        "[[AZ:BB-H-26-3331]]",
        "[[P:Berisha]]",
        "[[P:Arbër]]",
        "[[DOB:24.06.1988]]",
        "Reisepass",
        "[[PASS:C7M1RZ40K]]",
        "B-05",
    ],
    [
        "[[AZ:BB-H-26-3340]]",
        "[[P:Lehmann]]",
        "[[P:Greta]]",
        "[[DOB:09.02.2019]]",
        "Kinderreisepass",
        "[[PASS:F0731945]]",
        "C-01",
    ],
]
C.pii(
    "pdf_cells",
    f"""
Abholbereite Dokumente – Bürgerbüro Heessen
Stand 01.12.2026, 07:45 Uhr
{cells(_rows41)}
Seite 1/1
gedruckt von bb-heessen-02 auf PR-BBH-01 (10.30.8.45)
""",
    ["Bürgerbüro Heessen", "Dokument", "Seriennr.", "10.30.8.45", "Fach"],
)

# 42 Steueramt: Stundung Gewerbesteuer, Handwerker e.K.
_iban42 = iban("DE", "41050095" + "0000218804")
C.pii(
    "letter_formal",
    f"""
Malermeister [[P:Reinhard Vennemann]]
Maler- und Lackierbetrieb [[P:Vennemann]] e.K.
[[STR:Feldstraße 9]] · [[LOC:59069 Hamm]]
Tel. [[TEL:02385 7 31 90]] · Fax [[TEL:02385 7 31 91]]
Amtsgericht Hamm [[HR:HRA 2519]] · St.-Nr. [[TAX:322/5021/0774]]

Stadt Hamm – Steueramt
Sachgebiet Gewerbesteuer
59061 Hamm

28.11.2026

Antrag auf Stundung der Gewerbesteuer-Vorauszahlung IV/2026
Kassenzeichen [[AZ:6.1010.007731.5]]

Sehr geehrte Damen und Herren,

durch den Forderungsausfall bei einem Großkunden (Insolvenzverfahren über das Vermögen der
Ruhr-Lippe-Wohnen GmbH, Amtsgericht Dortmund, 250 IN 88/26) fehlen mir derzeit rund 18.000 €.
Ich beantrage daher, die zum 15.11.2026 fällige Vorauszahlung bis zum 31.03.2027 zu stunden,
hilfsweise die Zahlung in 3 Raten à 1.150 €.

Eine Aufstellung der offenen Posten und eine Bestätigung meines Steuerberaters liegen bei.
Einem Lastschrifteinzug von meinem Geschäftskonto [[IBAN:{_iban42}]] stimme ich zu.

Mit freundlichen Grüßen

[[P:Reinhard Vennemann]]
Malermeister
""",
    [
        "250 IN 88/26",
        "Ruhr-Lippe-Wohnen GmbH",
        "Amtsgericht Hamm",
        "3 Raten à 1.150 €",
        "31.03.2027",
    ],
)

# 43 Wohnungsnotfallhilfe: Messenger-Chat
C.pii(
    "chat",
    """
WhatsApp-Chat mit [[P:Dariusz K.]]
Exportiert am 02.12.2026 aus dem Diensthandy der Wohnungsnotfallhilfe (0160 9070 1122)

28.11.26, 09:14 - [[P:Dariusz K.]]: Guten morgen Frau [[P:Engel]] hier ist [[P:Dariusz]] von gestern
28.11.26, 09:15 - [[P:Dariusz K.]]: ich hab platz bekommen in Notunterkunft Sachsenweg zimmer 4
28.11.26, 09:31 - Wohnungsnotfallhilfe ([[P:M. Engel]]): Super! Denken Sie an Montag 9 Uhr Jobcenter. Haben Sie Ihre BG-Nummer?
28.11.26, 09:40 - [[P:Dariusz K.]]: ja [[AZ:35801//0088120]]
28.11.26, 09:41 - [[P:Dariusz K.]]: aber ausweis ist weg, gestohlen im park
28.11.26, 09:44 - Wohnungsnotfallhilfe ([[P:M. Engel]]): Dann brauchen wir Ihre alten Daten für die Anzeige. Geburtsdatum und letzte Adresse?
28.11.26, 10:02 - [[P:Dariusz K.]]: [[DOB:3.6.79]] in [[LOC:Gliwice]], letzte adresse [[STR:Schillerstr 7]] [[LOC:Bergkamen]] bis juli
28.11.26, 10:03 - [[P:Dariusz K.]]: <Medien ausgeschlossen>
28.11.26, 10:05 - Wohnungsnotfallhilfe ([[P:M. Engel]]): Danke. Ich melde Sie für Mo. 11 Uhr im Bürgerbüro Mitte an, auf den Namen [[P:Dariusz Kaczmarek]], richtig?
28.11.26, 10:06 - [[P:Dariusz K.]]: richtig 👍 mein bruder [[P:Tomasz]] kommt auch mit er hat meine geburtsurkunde
28.11.26, 10:06 - [[P:Dariusz K.]]: seine nummer [[TEL:0049 176 3318 2290]]
""",
    [
        "Notunterkunft Sachsenweg",
        "Bürgerbüro Mitte",
        "0160 9070 1122",
        "<Medien ausgeschlossen>",
        "Jobcenter",
    ],
)

# 44 Zulassungsbehörde: Vollmacht, OCR
_id44 = idcard("LK7P2T9XC")
_iban44 = iban("DE", "41050095" + "0000550719")
C.pii(
    "ocr_scan",
    f"""
V0LLMACHT
zur Zulassung / Umschreibung / Außerbetriebsetzung eines Fahrzeugs

Hiermit bevo1lmächtige ich
Name, Vorname: [[P:Mehmedović, Senad]]
geb. am: [[DOB:O1.11.1970]]     in: [[LOC:Tuzla]]
wohnhaft: [[STR:Bockumer Str. 2O4]], [[LOC:59O73 Hamm]]
Personalausweis-Nr.: [[ID:{_id44}]]

Herrn/Frau: [[P:Mehmedović, Alen]] (Sohn)    geb. am: [[DOB:15.O7.1999]]
wohnhaft: wie oben

das Fahrzeug FIN WF0XXXGCDX8P12345 mit dem Kennzeichen [[KFZ:HAM-SM 707]] auf mich
zuzu1assen / umzuschreiben / abzumelden.
SEPA-Mandat Kfz-Steuer: IBAN [[IBAN:{_iban44}]]

Hamm, den 3O.11.2O26             [[P:S. Mehmedović]]
                                 (Unterschrift Vollmachtgeber)
Zulassungsbehörde Stadt Hamm – Eingang 01. DEZ. 2026
""",
    ["V0LLMACHT", "Zulassungsbehörde Stadt Hamm", "01. DEZ. 2026", "WF0XXXGCDX8P12345"],
)

# 45 Bauordnung: Architektin sendet Unterlagen
C.pii(
    "email",
    """
Von: Architekturbüro Hellweg – [[P:Friederike Sasse]] <[[MAIL:f.sasse@ab-hellweg.de]]>
An: bauordnung@stadt.hamm.de
Cc: [[MAIL:familie.pavlovic@gmx.de]]
Datum: 30.11.2026 16:48
Betreff: Bauantrag EFH [[P:Pavlović]], [[STR:Am Langen Kamp 5]] – Ihr Az. [[AZ:63.2-BA-1402/26]]

Sehr geehrter Herr [[P:Wortmann]],

anbei erhalten Sie die mit Schreiben vom 12.11. nachgeforderten Unterlagen für das
Einfamilienhaus unserer Bauherren [[P:Milan]] und [[P:Ana Pavlović]]:

1. geänderter Lageplan (Abstandsflächen zur Nordgrenze),
2. Standsicherheitsnachweis des Ingenieurbüros Krampe GmbH,
3. Erklärung zur Baulast (Zuwegung über Flurstück 118).

Bis zur Fertigstellung bitten wir, Bescheide an die jetzige Anschrift der Bauherren zu senden:
[[STR:Kamener Str. 61]], [[LOC:59425 Unna]]. Das Baugrundstück [[STR:Am Langen Kamp 5]] ist noch
unbebaut.

Mit freundlichen Grüßen

Dipl.-Ing. [[P:Friederike Sasse]]
Architektin AKNW
Architekturbüro Hellweg · Tel. [[TEL:02381 54 33 90-12]]
""",
    [
        "bauordnung@stadt.hamm.de",
        "Ingenieurbüros Krampe GmbH",
        "Architekturbüro Hellweg",
        "AKNW",
        "Baulast",
    ],
)

# 46 Ordnungsamt: Abschleppliste
_rows46 = [
    ["Datum", "Uhrzeit", "Ort", "Kennzeichen", "Halter", "PLZ", "Az.", "Unternehmer"],
    [
        "03.11.",
        "07:45",
        "Feuerwehrzufahrt Ostenallee",
        "[[KFZ:HAM-KB 2210]]",
        "[[P:Kaiser, Benjamin]]",
        "[[LOC:59071]]",
        "[[AZ:32.4-AS-0771/26]]",
        "Abschleppdienst Wiemann GmbH",
    ],
    [
        "06.11.",
        "22:10",
        "Behindertenparkplatz Rathaus",
        "[[KFZ:UN-DA 93]]",
        "[[P:Akbulut, Derya]]",
        "[[LOC:59423]]",
        "[[AZ:32.4-AS-0774/26]]",
        "Abschleppdienst Wiemann GmbH",
    ],
    [
        "09.11.",
        "11:30",
        "Busspur Bahnhofsvorplatz",
        "[[KFZ:DO-MK 4471]]",
        "Clean&Go Gebäudereinigung GmbH",
        "44139",
        "32.4-AS-0780/26",
        "Autohilfe Lippetal KG",
    ],
    [
        "12.11.",
        "16:05",
        "Feuerwehrzufahrt Kleine Weststr.",
        "[[KFZ:HAM-LA 88]]",
        "[[P:Albers, Lea]]",
        "[[LOC:59065]]",
        "[[AZ:32.4-AS-0786/26]]",
        "Abschleppdienst Wiemann GmbH",
    ],
    [
        "15.11.",
        "09:20",
        "Ladezone Gustav-Heinemann-Str.",
        "[[KFZ:HAM-EV 512E]]",
        "[[P:Nikolić, Stefan]]",
        "[[LOC:59069]]",
        "[[AZ:32.4-AS-0791/26]]",
        "Autohilfe Lippetal KG",
    ],
    [
        "19.11.",
        "13:50",
        "Marktplatz (Wochenmarkt)",
        "[[KFZ:WAF-JS 110]]",
        "[[P:Schulte-Bisping, Johannes]]",
        "[[LOC:48231]]",
        "[[AZ:32.4-AS-0797/26]]",
        "Abschleppdienst Wiemann GmbH",
    ],
    [
        "23.11.",
        "08:10",
        "Bushaltestelle Westentor",
        "[[KFZ:HAM-CO 3172]]",
        "[[P:Okafor, Chiamaka]]",
        "[[LOC:59063]]",
        "[[AZ:32.4-AS-0803/26]]",
        "Autohilfe Lippetal KG",
    ],
]
C.pii(
    "aligned_table",
    f"""
ABSCHLEPPMASSNAHMEN NOVEMBER 2026                 Ordnungsamt / VÜD                  Blatt 2

{aligned(_rows46, gap=2, rule="=")}

7 Maßnahmen, davon 1 Firmenfahrzeug. Kostenbescheide versandt am 30.11.2026.
Sachbearbeitung: [[P:Pascal Hemmer]]
""",
    [
        "Abschleppdienst Wiemann GmbH",
        "Feuerwehrzufahrt",
        "Clean&Go Gebäudereinigung GmbH",
        "Blatt 2",
        "32.4-AS-0780/26",
    ],
)

# 47 Schülerfahrkosten (clumsy)
_iban47 = iban("DE", "41050095" + "0000947713")
C.pii(
    "letter_clumsy",
    f"""
[[P:Mohammed Al-Hassan]]
[[STR:Hohe Straße 37]]
[[LOC:59065 Hamm]]

An die Stadt Hamm Schulamt
Schülerfahrkosten für meine Kinder

Sehr geehrte Damen und Herren,

meine Kinder [[P:Layan]] (Klasse 7b) und [[P:Omar]] (Klasse 5a) gehen zur Sophie-Scholl-Gesamtschule.
Der Weg ist mehr als 3,5 km und sie müssen Bus fahren Linie 4. Im Sommer hat die Schule gesagt
wir müssen Antrag machen bei Ihnen. Ich habe gemacht im September aber keine Antwort bis heute.

Das Ticket kostet 58 Euro jeden Monat für jedes Kind und wir bekommen Bürgergeld (Nummer
[[AZ:35801//0102277]]). Bitte zahlen sie das Geld auf mein Konto [[IBAN:{_iban47}]].

Geburtsdaten: [[P:Layan]] [[DOB:04.02.2013]], [[P:Omar]] [[DOB:21.10.2015]]

Danke schön
[[P:Mohammed Al-Hassan]]
Handy [[TEL:01522 8830 917]]
""",
    ["Sophie-Scholl-Gesamtschule", "Linie 4", "3,5 km", "58 Euro", "Klasse 7b"],
)

# 48 Gewerbeamt: Zuverlässigkeitsprüfung Gaststätte
C.pii(
    "internal_note",
    """
Vermerk – Zuverlässigkeitsprüfung nach § 4 GastG
Antrag auf Erlaubnis einer Schankwirtschaft „Taverna Olympia“, Marktstraße 14

Antragsteller: [[P:Konstantinos Papadimitriou]], geb. [[DOB:30.07.1972]] in [[LOC:Thessaloniki]],
wohnhaft [[STR:Am Nordfeld 3]], [[LOC:59174 Kamen]]
Frühere Wohnorte lt. Meldeauskunft: [[LOC:Wuppertal]] (2001–2014), [[LOC:Herne]] (2014–2020)
Mitgesellschafterin der GbR: [[P:Eleni Papadimitriou-Stavrou]]

1. Behördenführungszeugnis (Belegart O) vom 20.11.2026: ohne Eintragung.
2. Gewerbezentralregister: 1 Eintrag, Bußgeldentscheidung vom 12.03.2019 wegen Verstoßes gegen
   die Sperrzeit, Az. [[AZ:32-OWi-1188/19]], 350 €.
3. Unbedenklichkeitsbescheinigung des Finanzamts Hamm liegt vor, St.-Nr. [[TAX:322/5140/2281]].
4. Unterrichtungsnachweis der IHK (§ 4 Abs. 1 Nr. 4 GastG) vom 05.10.2026 liegt vor.

Ergebnis: Der einzelne, geringfügige Eintrag begründet keine Unzuverlässigkeit. Die Erlaubnis
kann erteilt werden. Gewerbeamt-Az. [[AZ:32.1-GastG-0091/26]]

[[P:K. Sudhoff]], 30.11.2026
""",
    [
        "§ 4 GastG",
        "„Taverna Olympia“",
        "Finanzamts Hamm",
        "Belegart O",
        "Unbedenklichkeitsbescheinigung",
    ],
)

# 49 Wohngeldbescheid (PDF mit Kopf- und Fußzeilen)
_iban49 = iban("DE", "41050095" + "0000661204")
_iban49_city = iban("DE", "41050095" + "0000000017")
_rows49 = [
    ["Name, Vorname", "Geburtsdatum", "berücksichtigt"],
    ["[[P:Vũ, Tuan Anh]]", "[[DOB:18.04.1987]]", "ja"],
    ["[[P:Lê, Thị Hồng]]", "[[DOB:02.11.1989]]", "ja"],
    ["[[P:Vũ, Minh Châu]]", "[[DOB:25.06.2017]]", "ja"],
]
C.pii(
    "pdf_pages",
    f"""
Stadt Hamm | Der Oberbürgermeister | Amt für Soziales, Wohnen und Pflege – Wohngeldbehörde

Stadt Hamm · Postfach 24 49 · 59061 Hamm
Herrn
[[P:Tuan Anh Vũ]]
[[STR:Im Heidewinkel 19]]
[[LOC:59063 Hamm]]
                                              Unser Zeichen: [[AZ:64.2-WG-09931/26]]
                                              Auskunft: Frau [[P:Brinkmann]], Zimmer 2.14
                                              Telefon: [[TEL:02381 17-6422]]
                                              E-Mail: wohngeld@stadt.hamm.de
                                              Datum: 01.12.2026

Bescheid über Wohngeld (Mietzuschuss)

Sehr geehrter Herr [[P:Vũ]],

auf Ihren Antrag vom 14.10.2026 wird Ihnen für die Zeit vom 01.10.2026 bis 30.09.2027 ein
monatliches Wohngeld in Höhe von 287,00 € bewilligt. Bei der Berechnung wurden folgende
Haushaltsmitglieder berücksichtigt:

{aligned(_rows49, gap=4)}

Das Wohngeld wird monatlich im Voraus auf Ihr Konto [[IBAN:{_iban49}]] überwiesen.

Seite 1 von 2 | Sparkasse Hamm, IBAN {_iban49_city} | www.hamm.de

Stadt Hamm – Wohngeldbescheid für [[P:Tuan Anh Vũ]] vom 01.12.2026, Az. [[AZ:64.2-WG-09931/26]]

Berechnungsgrundlagen: Gesamteinkommen 2.214,00 €, zu berücksichtigende Miete 690,00 €,
Mietenstufe IV.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe
Klage beim Verwaltungsgericht Gelsenkirchen, Bahnhofsvorplatz 3, 45879 Gelsenkirchen, erhoben
werden.

Mit freundlichen Grüßen
Im Auftrag
[[P:Brinkmann]]

Seite 2 von 2 | Sparkasse Hamm, IBAN {_iban49_city} | www.hamm.de
""",
    [
        "Verwaltungsgericht Gelsenkirchen",
        "wohngeld@stadt.hamm.de",
        "Mietenstufe IV",
        _iban49_city,
        "287,00 €",
    ],
)

# 50 Sozialamt: Belegung Übergangswohnheim
_rows50 = [
    ["Zi.", "Name, Vorname", "Geb.", "Staatsang.", "Zuzug aus", "seit", "Bemerkung"],
    [
        "1.01",
        "[[P:Haddad, Samir]]",
        "[[DOB:17.03.1980]]",
        "syrisch",
        "[[LOC:Dortmund]]",
        "12.05.2025",
        "mit Sohn [[P:Karim]] (14)",
    ],
    [
        "1.02",
        "[[P:Rahmani, Fereshteh]]",
        "[[DOB:1992]]",
        "afghanisch",
        "[[LOC:Bochum]]",
        "03.02.2026",
        "",
    ],
    [
        "1.03",
        "[[P:Osmani, Arben]]",
        "[[DOB:02.02.1968]]",
        "kosovarisch",
        "[[LOC:Prizren]]",
        "21.07.2026",
        "Diabetes, Kühlschrank",
    ],
    [
        "2.01",
        "[[P:Klostermann, Heinz]]",
        "[[DOB:23.09.1961]]",
        "deutsch",
        "[[LOC:59071]] (Räumung)",
        "01.10.2026",
        "",
    ],
    [
        "2.02",
        "[[P:Tesfay, Yonas]]",
        "[[DOB:01.01.1999]]",
        "eritreisch",
        "[[LOC:Bielefeld]]",
        "14.08.2026",
        "",
    ],
    [
        "2.03",
        "[[P:Mihai, Florentina]]",
        "[[DOB:19.12.1987]]",
        "rumänisch",
        "[[LOC:Craiova]]",
        "02.11.2026",
        "Tel. [[TEL:0152 2095 7781]]",
    ],
    ["3.01", "leer", "", "", "", "", "Renovierung bis 12/2026"],
]
C.pii(
    "markdown_table",
    f"""
**Belegung Übergangswohnheim Sachsenweg – Stand 01.12.2026**

{md(_rows50)}

Belegt: 6 von 7 Zimmern. Hausmeisterdienst (Bereitschaft): 02381 17-5090.
""",
    ["Übergangswohnheim", "Zuzug aus", "leer", "02381 17-5090", "Renovierung bis 12/2026"],
)

# 51 Friedhof: Tochter aus Österreich
_iban51 = iban("AT", "2011182912345678")
C.pii(
    "email",
    f"""
Von: [[P:Ingeborg Pflüger]] <[[MAIL:ingeborg.pflueger@aon.at]]>
An: friedhof@stadt.hamm.de
Betreff: Grabstelle meiner Eltern – Westfriedhof Feld C, Reihe 4

Sehr geehrte Damen und Herren,

meine Eltern [[P:Walter]] (* [[DOB:12.02.1931]], † 04.06.2019) und [[P:Erna Pflüger]], geb.
[[P:Schmiemann]], sind auf dem Westfriedhof beigesetzt (Grabnutzungsrecht Nr. [[AZ:NR-1989-4412]]).
Ich lebe seit 1995 in Österreich und kann mich nicht mehr um das Grab kümmern. Mein Bruder
[[P:Hartmut]] lebt in [[LOC:Dresden]] und hat ebenfalls keine Möglichkeit.

Ich möchte das Nutzungsrecht daher vorzeitig zurückgeben oder das Grab in ein pflegefreies
Rasengrab umwandeln lassen. Bitte senden Sie mir die Unterlagen an:
[[STR:Linzer Gasse 14/3]], [[LOC:5020 Salzburg]], Österreich.

Eine eventuelle Erstattung bitte auf mein Konto [[IBAN:{_iban51}]].
Telefonisch bin ich unter [[TEL:+43 662 87 44 19]] erreichbar.

Mit freundlichen Grüßen
[[P:Ingeborg Pflüger]]
""",
    [
        "friedhof@stadt.hamm.de",
        "Westfriedhof Feld C, Reihe 4",
        "Rasengrab",
        "† 04.06.2019",
        "Österreich",
    ],
)

# 52 Meldebehörde: Anmeldung Familie aus Polen (Formular)
C.pii(
    "paper_form",
    """
Anmeldung bei der Meldebehörde
Gemeindekennzahl: 05 9 15 000

Tag des Einzugs: 15.11.2026
Neue Wohnung: Straße, Hausnummer: [[STR:Marker Allee 66]]   PLZ, Gemeinde: [[LOC:59071 Hamm]]
Bisherige Wohnung: [[STR:ul. Piłsudskiego 14 m. 22]], [[LOC:30-019 Kraków]], Polen
Wohnungsgeber: [[P:Dieter Hollmann]] (Eigentümer), Bestätigung liegt vor

Person 1
  Familienname: [[P:Zieliński]]          Vornamen: [[P:Paweł Adam]]        Geschlecht: m
  Geburtsdatum: [[DOB:06.01.1990]]       Geburtsort: [[LOC:Kraków]]
  Familienstand: verheiratet seit 21.08.2015 in [[LOC:Wieliczka]]
  Staatsangehörigkeit: polnisch         Ausweis: Dowód osobisty [[PASS:CFK 448213]]
Person 2
  Familienname: [[P:Zielińska]]          Vornamen: [[P:Katarzyna]]         Geschlecht: w
  Geburtsname: [[P:Mazur]]
  Geburtsdatum: [[DOB:19.11.1991]]       Geburtsort: [[LOC:Tarnów]]
  Staatsangehörigkeit: polnisch         Ausweis: Dowód osobisty [[PASS:DAB 701552]]
Person 3
  Familienname: [[P:Zieliński]]          Vornamen: [[P:Antoni]]            Geschlecht: m
  Geburtsdatum: [[DOB:02.03.2019]]       Geburtsort: [[LOC:Kraków]]

Religion: rk / rk / –
Unterschrift der meldepflichtigen Person: [[P:P. Zieliński]]
""",
    [
        "Gemeindekennzahl: 05 9 15 000",
        "Tag des Einzugs",
        "Bisherige Wohnung",
        "Religion",
        "Anmeldung bei der Meldebehörde",
    ],
)

# 53 Amtsgericht: Mitteilung Räumungsklage
C.pii(
    "business_letter",
    """
Amtsgericht Hamm
Borbergstraße 1, 59065 Hamm

Geschäfts-Nr.: [[AZ:17 C 341/26]]                                   (bei Antwort bitte angeben)

Stadt Hamm
Fachstelle Wohnungssicherung
59061 Hamm                                                          26.11.2026

Mitteilung nach § 22 Abs. 9 SGB II über den Eingang einer Räumungsklage

In dem Rechtsstreit

Hammer Wohnungsbaugesellschaft mbH, Klägerin,

gegen

1. [[P:Kevin Schmalenbach]], geb. [[DOB:09.02.1994]],
2. [[P:Jacqueline Schmalenbach]], geb. [[DOB:15.08.1996]],
   beide wohnhaft [[STR:Heinrich-Reinköster-Straße 21]], [[LOC:59077 Hamm]], Beklagte,

ist am 24.11.2026 eine Klage auf Räumung der Wohnung wegen Zahlungsverzugs eingegangen.
Mietrückstand: 2.714,00 € (Mieten August bis November 2026). Im Haushalt lebt ein
minderjähriges Kind ([[P:Finn]], geb. [[DOB:2021]]).

Termin zur mündlichen Verhandlung: 20.01.2027, 09:30 Uhr, Saal 114.

[[P:Mertens]], Justizbeschäftigte
als Urkundsbeamtin der Geschäftsstelle
""",
    [
        "Amtsgericht Hamm",
        "Borbergstraße 1",
        "Fachstelle Wohnungssicherung",
        "Saal 114",
        "Hammer Wohnungsbaugesellschaft mbH",
    ],
)

# 54 Standesamt: Telefonvermerk Geburt
C.pii(
    "phone_note",
    """
Telefonvermerk Standesamt – Geburten
01.12.2026, 14:22 Uhr – Anruf Herr [[P:Mustafa Erdem]] (Vater), [[TEL:0178 5530 2216]]

Kind: [[P:Elif Nur Erdem]], geb. [[DOB:27.11.2026]] im St. Marien-Hospital, Geburtsanzeige liegt vor.
Die Eltern sind nicht verheiratet; Mutter: [[P:Lea Sophie Brandt]], [[STR:Goethestraße 8]],
[[LOC:59065 Hamm]]. Das Kind soll den Familiennamen [[P:Erdem]] erhalten.

Hinweis gegeben: zuerst Vaterschaftsanerkennung und Sorgeerklärung beim Jugendamt
(Urkundsstelle, Willy-Brandt-Platz 5), danach Namensbestimmung durch beide Eltern.
Termin Standesamt: Do. 10.12., 9 Uhr. Mitzubringen: Geburtsurkunden beider Eltern,
türk. Reisepass des Vaters ([[PASS:U12887403]]), Personalausweis der Mutter.

Notiert: [[P:Anja Wilmsmeier]]
""",
    [
        "St. Marien-Hospital",
        "Willy-Brandt-Platz 5",
        "Sorgeerklärung",
        "Do. 10.12., 9 Uhr",
        "Geburtsanzeige",
    ],
    allow=("Brandt",),
)

# 55 Wirtschaftsförderung: Teilnehmerliste Gründerseminar (Excel)
_rows55 = [
    ["Nr.", "Name", "Vorname", "Geplantes Vorhaben", "E-Mail", "Mobil", "Anwesend", ""],
    [
        "1",
        "[[P:Nguyen]]",
        "[[P:Bao Chau]]",
        "Onlinehandel Naturkosmetik",
        "[[MAIL:baochau.nguyen@gmail.com]]",
        "[[TEL:0176 3041 8822]]",
        "x",
        "",
    ],
    [
        "2",
        "[[P:Ekwueme]]",
        "[[P:Chidi]]",
        "IT-Dienstleistungen",
        "[[MAIL:chidi.ekwueme@outlook.com]]",
        "[[TEL:0157 5503 1299]]",
        "x",
        "",
    ],
    [
        "3",
        "[[P:Romano]]",
        "[[P:Francesca]]",
        "Café mit Mittagstisch",
        "[[MAIL:f.romano@libero.it]]",
        "",
        "x",
        "",
    ],
    [
        "4",
        "[[P:Demir]]",
        "[[P:Ayşegül]]",
        "Friseursalon",
        "[[MAIL:aysegul.demir@web.de]]",
        "[[TEL:0162 8820 4417]]",
        "",
        "abgesagt",
    ],
    [
        "5",
        "[[P:Morozova]]",
        "[[P:Ksenia]]",
        "Übersetzungsbüro",
        "[[MAIL:k.morozova@yandex.ru]]",
        "[[TEL:0151 4478 0031]]",
        "x",
        "",
    ],
    [
        "6",
        "[[P:Haidari]]",
        "[[P:Zahra]]",
        "Schneiderei/Änderungen",
        "",
        "[[TEL:0152 9011 3306]]",
        "x",
        "",
    ],
    [
        "7",
        "[[P:Baumgart]]",
        "[[P:Pia]]",
        "Hundetagesstätte",
        "[[MAIL:pia.baumgart@gmx.de]]",
        "[[TEL:0173 6604 2985]]",
        "x",
        "",
    ],
]
C.pii(
    "excel_paste",
    f"""
Gründerforum – Seminar „Von der Idee zum Businessplan“\t\t\t25.11.2026\t\t\t\t
Technologiezentrum Hamm, Raum 2\t\t\tReferent: IHK-Gründungsberatung\t\t\t\t
{joined(_rows55, chr(9))}
\t\t\t\t\tTeilnehmende:\t6\t
""",
    [
        "Technologiezentrum Hamm",
        "Geplantes Vorhaben",
        "Anwesend",
        "Von der Idee zum Businessplan",
        "Referent: IHK-Gründungsberatung",
    ],
)

# 56 Jugendamt: Ermäßigung Elternbeitrag
_tax56a = steuer_id(561)
_tax56b = steuer_id(562)
_iban56 = iban("DE", "41050095" + "0000380047")
C.pii(
    "letter_formal",
    f"""
[[P:Miriam Esser-Knoop]] und [[P:Tobias Knoop]]
[[STR:Jahnstraße 19]]
[[LOC:59069 Hamm]]

Stadt Hamm
Jugendamt – Elternbeiträge
59061 Hamm

Hamm, 23.11.2026

Kundennummer [[AZ:EB-000731884]]
Antrag auf Neufestsetzung des Elternbeitrags

Sehr geehrte Damen und Herren,

seit dem 1. Oktober 2026 bin ich, [[P:Miriam Esser-Knoop]], in Elternzeit; unser
Jahreseinkommen sinkt dadurch voraussichtlich unter 50.000 €. Wir bitten deshalb, den
Elternbeitrag neu festzusetzen.

Betroffene Kinder:
– [[P:Paul]], geb. [[DOB:02.05.2021]], Kita Regenbogen (45 Stunden)
– [[P:Marlene]], geb. [[DOB:17.09.2025]], Aufnahme in der Kita Regenbogen ab 08/2027

Als Nachweise fügen wir den Bescheid der Elterngeldstelle (Az. [[AZ:EG-2026-4410]]) und die
letzten Gehaltsabrechnungen bei. Steuer-IDs: [[TAX:{_tax56a}]] ([[P:Tobias]]), [[TAX:{_tax56b}]] ([[P:Miriam]]).

Bitte buchen Sie den Beitrag ab Januar weiter von unserem Konto [[IBAN:{_iban56}]] ab.

Mit freundlichen Grüßen

[[P:Miriam Esser-Knoop]]          [[P:Tobias Knoop]]
""",
    ["Kita Regenbogen", "Elternzeit", "Elterngeldstelle", "ab 08/2027", "Elternbeiträge"],
)

# 57 Bußgeldstelle: Fahrerbenennung per E-Mail
C.pii(
    "email",
    """
Von: [[P:Kerstin Voß]] <[[MAIL:kerstin.voss.hamm@web.de]]>
An: bussgeldstelle@stadt.hamm.de
Betreff: Anhörung Az. [[AZ:32.2-7712018/26]] – Fahrerin war meine Schwägerin

Guten Tag,

zu Ihrem Anhörungsbogen vom 20.11.2026 teile ich mit, dass ich das Fahrzeug [[KFZ:HAM-KV 404]] am
02.11.2026 nicht selbst gefahren habe. Gefahren ist meine Schwägerin:

[[P:Daniela Voß]], geb. [[P:Ilić]], geb. am [[DOB:08.04.1987]],
wohnhaft [[STR:Wiescherhöfener Str. 5]], [[LOC:59077 Hamm]].

Sie ist damit einverstanden, dass ich ihre Daten weitergebe.

Mit freundlichen Grüßen
[[P:Kerstin Voß]]
[[STR:Hellweg 12]], [[LOC:59069 Hamm]]
""",
    ["bussgeldstelle@stadt.hamm.de", "Anhörungsbogen vom 20.11.2026", "Schwägerin", "02.11.2026"],
)

# 58 Schulanmeldung, OCR
C.pii(
    "ocr_scan",
    """
ANMELDEB0GEN   Grundschu1e am Kurpark   Schuljahr 2027/28
-----------------------------------------------------------
Kind:  Name [[P:Kırmızıgül]]        Vorname(n) [[P:Ela Su]]
       geb. am [[DOB:2O.O4.2O21]]   in [[LOC:Hamm]]
       Konfession: islam.   Staatsang.: deutsch, türkisch
Anschrift: [[STR:Fährstr. 41]]      PLZ [[LOC:59O63]]
Erziehungsberechtigte:
  Mutter [[P:Gül Kırmızıgül]]    Tel. [[TEL:0176 2O98 5514]]
  Vater  [[P:Hakan Kırmızıgül]]  Tel. [[TEL:0171 33O 7281]]
Geschwister an der Schule: [[P:Deniz]] (K1. 3a)
Kita: Kita Löwenzahn
Allergien: Nüsse
[X] Offener Ganztag gewünscht    [ ] Betreuung 8-1
""",
    ["Grundschu1e am Kurpark", "Schuljahr 2027/28", "Allergien", "ANMELDEB0GEN", "Offener Ganztag"],
)

# 59 Anwältin Migrationsrecht: § 25b AufenthG
C.pii(
    "lawyer_letter",
    """
Kanzlei am Westentor
Rechtsanwältin [[P:Shirin Farahani]] · Fachanwältin für Migrationsrecht
Ludgeristraße 5 · 48143 Münster · Tel. 0251 39 77 40 · Fax 0251 39 77 49

Vorab per Fax: 02381 17-2936
Stadt Hamm
Ausländerbehörde
Gustav-Heinemann-Straße 10
59065 Hamm

Münster, 30.11.2026
Mein Zeichen: [[AZ:211/26]] SF
Ihr Zeichen: [[AZ:ABH-2024-03317]]

Antrag auf Erteilung einer Aufenthaltserlaubnis nach § 25b AufenthG
Mandant: [[P:Abdirahman Yusuf Mohamed]], geb. [[DOB:01.01.1995]], somalischer Staatsangehöriger,
wohnhaft [[STR:Brückenstraße 7]], [[LOC:59067 Hamm]]

Sehr geehrte Damen und Herren,

namens und in Vollmacht meines Mandanten beantrage ich die Erteilung einer Aufenthaltserlaubnis
nach § 25b AufenthG für ihn, seine Ehefrau [[P:Faadumo Cali Warsame]] (geb. [[DOB:1998]]) und die
gemeinsamen Kinder [[P:Hamdi]] (geb. am [[DOB:12.06.2020]] in [[LOC:Unna]]) und [[P:Sagal]] (geb. am
[[DOB:30.11.2022]] in [[LOC:Dortmund]]).

Mein Mandant hält sich seit 2017 geduldet im Bundesgebiet auf, arbeitet seit März 2021 in
Vollzeit bei der Westfälische Reinigungsdienste GmbH und sichert den Lebensunterhalt der
Familie überwiegend. Er hat das Sprachzertifikat A2 erworben. Seine Identität ist durch den
Pass Nr. [[PASS:P00912773]] (ausgestellt am 14.03.2026 durch die Somalische Botschaft in Berlin)
geklärt.

Mit freundlichen Grüßen

[[P:Farahani]]
Rechtsanwältin
""",
    [
        "§ 25b AufenthG",
        "02381 17-2936",
        "Westfälische Reinigungsdienste GmbH",
        "Somalische Botschaft",
        "Kanzlei am Westentor",
    ],
)

# 60 Weihnachtsmarkt: Standbewerbung weitergeleitet
_iban60 = iban("FR", "2004101005" + "0500013M02606")
C.pii(
    "email_thread",
    f"""
Von: [[P:Tanja Rüther]] <[[MAIL:tanja.ruether@stadt.hamm.de]]>
Gesendet: Montag, 30. November 2026 14:20
An: ordnungsamt-sondernutzung@stadt.hamm.de
Betreff: WG: Bewerbung Weihnachtsmarkt 2026 – Crêpes-Stand

Liebe Kolleg*innen,

bitte die Sondernutzungserlaubnis für Frau [[P:Dubois]] vorbereiten: Stand Nr. 14 auf dem Platz
der Deutschen Einheit, 07.12.–23.12. Die Standgebühr ist eingegangen.

Danke und viele Grüße
[[P:Tanja Rüther]]
Stadtmarketing / Märkte

> Von: [[P:Amélie Dubois]] <[[MAIL:amelie.dubois@orange.fr]]>
> Gesendet: Donnerstag, 19. November 2026 08:02
> Betreff: Bewerbung Weihnachtsmarkt 2026 – Crêpes-Stand
>
> Bonjour, guten Tag,
>
> ich heiße [[P:Amélie Dubois]], bin Schaustellerin aus [[LOC:Lille]] und bewerbe mich um einen
> Platz für meinen Crêpes-Stand (3 x 2 m, Stromanschluss 16 A). Meine Anschrift in Deutschland:
> [[STR:Kapuzinergraben 22]], [[LOC:52062 Aachen]]. Reisegewerbekarte Nr. [[AZ:RGK-0214/25]].
> Verkaufswagen: [[KFZ:AC-AD 512]].
> Die Kaution überweisen Sie bitte zurück auf [[IBAN:{_iban60}]].
> Mobil: [[TEL:+33 6 12 44 87 30]]
>
> Merci beaucoup!
> [[P:Amélie]]
""",
    [
        "ordnungsamt-sondernutzung@stadt.hamm.de",
        "Stand Nr. 14",
        "der Deutschen Einheit",
        "Crêpes-Stand",
        "Stromanschluss 16 A",
    ],
)

# 61 Steueramt: Kontaktformular Grundsteuer
C.pii(
    "web_form",
    """
Formular: Allgemeine Anfrage an das Steueramt
Übermittelt: 30.11.2026 23:58:41 | Client-IP [[IP:5.146.199.27]] | Ticket [[AZ:ST-2026-08817]]

Anrede: Herr
Vorname: [[P:Jürgen]]
Nachname: [[P:Dahlhoff]]
Straße: [[STR:Römerstraße 70]]
PLZ: [[LOC:59075]]
Ort: [[LOC:Hamm]]
E-Mail: [[MAIL:j.dahlhoff@dahlhoff-online.de]]
Telefon:
Kassenzeichen (falls bekannt): [[AZ:4.1120.401877.0]]

Ihre Nachricht:
Sehr geehrte Damen und Herren, gegen den Grundsteuerbescheid vom 13.11.2026 lege ich
Widerspruch ein. Der Grundsteuermessbetrag des Finanzamts (Aktenzeichen [[AZ:322 260 1 04411 000]])
wurde mit einer Wohnfläche von 184 m² berechnet, tatsächlich hat das Haus nur 146 m². Mein
Nachbar, Herr [[P:Osterhaus]], hat das gleiche Haus und zahlt 200 € weniger.

[X] Ich habe die Datenschutzhinweise gelesen.
""",
    [
        "Datenschutzhinweise",
        "184 m²",
        "Grundsteuerbescheid vom 13.11.2026",
        "Allgemeine Anfrage an das Steueramt",
    ],
)

# 62 Ehrenamtspauschale: Zahlungsliste (PDF, eine Zelle je Zeile)
_rows62 = [["Name, Vorname", "IBAN", "Steuer-ID", "Betrag", "Verwendungszweck"]]
for _i, (_name, _bban, _purpose) in enumerate(
    [
        ("Hülsmann, Gertrud", "41050095" + "0000120331", "Seniorenbegleitung"),
        ("Adeyemi, Tolu", "41060120" + "0031887402", "Hausaufgabenhilfe"),
        ("Marin, Ioana", "41070024" + "0230118200", "Sprachcafé"),
        ("Baştürk, Ömer", "41050095" + "0000782216", "Hausaufgabenhilfe"),
        ("Lindqvist, Maja", "44050199" + "0012993004", "Sprachcafé"),
    ]
):
    _rows62.append(
        [
            f"[[P:{_name}]]",
            f"[[IBAN:{iban('DE', _bban)}]]",
            f"[[TAX:{steuer_id(620 + _i)}]]",
            "240,00 €",
            f"Ehrenamtspauschale 2026 {_purpose}",
        ]
    )
C.pii(
    "pdf_cells",
    f"""
Stadt Hamm – Amt für Soziales, Wohnen und Pflege
Zahlungsliste Ehrenamtspauschale 2. Halbjahr 2026
Anordnung Nr. 2026/11-0447
{cells(_rows62)}
Summe
1.200,00 €
Sachlich richtig: [[P:Dorothee Kranefeld]]
Angeordnet: [[P:Yusuf Aktaş]]
Seite 1 von 1
""",
    [
        "Ehrenamtspauschale",
        "Verwendungszweck",
        "Seniorenbegleitung",
        "1.200,00 €",
        "Anordnung Nr. 2026/11-0447",
    ],
)

# 63 Stadtkasse: Brief mit Zahlungstabelle
_iban63a = iban("DE", "41050095" + "0000617729")
_iban63b = iban("RO", "BTRL" + "0130120512345X01")
_rows63 = [
    ["Datum", "Betrag", "überwiesen von", "Verwendungszweck"],
    ["15.06.2026", "150,00 €", "eigenes Konto", "[[AZ:5.2610.003981.6]]"],
    ["15.07.2026", "150,00 €", "eigenes Konto", "[[AZ:5.2610.003981.6]]"],
    ["14.08.2026", "150,00 €", "Konto Ehefrau ([[P:Mirela]])", "[[AZ:5.2610.003981.6]]"],
    ["15.09.2026", "150,00 €", "eigenes Konto", "[[AZ:5.2610.003981.6]]"],
    ["16.10.2026", "150,00 €", "Konto Ehefrau ([[P:Mirela]])", "Rate Oktober [[P:Ionescu]]"],
    ["13.11.2026", "150,00 €", "eigenes Konto", "[[AZ:5.2610.003981.6]]"],
]
C.pii(
    "letter_formal",
    f"""
[[P:Bogdan Ionescu]]
[[STR:Bismarckstraße 12]]
[[LOC:59065 Hamm]]
Tel. [[TEL:0176 7712 0348]]

Stadt Hamm – Stadtkasse
Postfach 24 49
59061 Hamm

Hamm, 30.11.2026

Ratenzahlungsvereinbarung vom 02.06.2026 – Kassenzeichen [[AZ:5.2610.003981.6]]
Ihre Mahnung vom 24.11.2026 / Säumniszuschläge

Sehr geehrte Damen und Herren,

Sie schreiben, ich hätte die Raten für August und Oktober nicht bezahlt, und berechnen mir
Säumniszuschläge. Das stimmt nicht. Ich habe alle Raten pünktlich bezahlt, zweimal vom Konto
meiner Frau, weil mein Konto gepfändet war:

{aligned(_rows63, gap=3, rule="-")}

Bei der Oktoberrate hat meine Frau das Kassenzeichen vergessen, nur meinen Namen geschrieben.
Das Konto meiner Frau ist ein rumänisches Konto: [[IBAN:{_iban63b}]]. Mein Konto:
[[IBAN:{_iban63a}]]. Bitte prüfen Sie das und nehmen die Säumniszuschläge zurück.

Mit freundlichen Grüßen
[[P:Bogdan Ionescu]]
""",
    [
        "Säumniszuschläge",
        "150,00 €",
        "Ratenzahlungsvereinbarung vom 02.06.2026",
        "eigenes Konto",
        "Verwendungszweck",
    ],
)

# 64 Wahlamt: Wahlhelfer (CSV)
_rows64 = [
    [
        "Name",
        "Vorname",
        "Geburtsdatum",
        "Straße",
        "PLZ",
        "Telefon",
        "E-Mail",
        "Wahlbezirk",
        "Funktion",
    ],
    [
        '"[[P:Nnamdi]]"',
        '"[[P:Chukwuemeka]]"',
        '"[[DOB:19.01.1985]]"',
        '"[[STR:Lippestraße 6]]"',
        '"[[LOC:59065]]"',
        '"[[TEL:0152 7780 1123]]"',
        '""',
        '"0207"',
        '"Beisitzer/in"',
    ],
    [
        '"[[P:Fontana]]"',
        '"[[P:Marco]]"',
        '"[[DOB:30.09.1990]]"',
        '"[[STR:Am Beisenkamp 3]]"',
        '"[[LOC:59063]]"',
        '""',
        '"[[MAIL:marco.fontana@icloud.com]]"',
        '"Briefwahlvorstand 12"',
        '"Wahlvorsteher/in"',
    ],
    [
        '"[[P:Kuhn]]"',
        '"[[P:Annelie]]"',
        '"[[DOB:07.07.1957]]"',
        '"[[STR:Friedrichstraße 2]]; Hinterhaus"',
        '"[[LOC:59065]]"',
        '"[[TEL:02381 5 40 17]]"',
        '""',
        '"Briefwahlvorstand 12"',
        '"Schriftführer/in"',
    ],
    [
        '"[[P:Vasylenko]]"',
        '"[[P:Taras]]"',
        '"[[DOB:11.03.2002]]"',
        '"[[STR:Werler Str. 99]]"',
        '"[[LOC:59069]]"',
        '"[[TEL:0157 8840 2216]]"',
        '"[[MAIL:taras.vasylenko@ukr.net]]"',
        '"0311"',
        '"Beisitzer/in"',
    ],
    [
        '"[[P:de Vries]]"',
        '"[[P:Femke]]"',
        '"[[DOB:23.12.1994]]"',
        '"[[STR:Ostenallee 55]]"',
        '"[[LOC:59071]]"',
        '""',
        '"[[MAIL:femke.devries@posteo.nl]]"',
        '"0311"',
        '"Stellv. Wahlvorsteher/in"',
    ],
]
C.pii(
    "csv",
    f"""
# Wahlhelfende Landtagswahl NRW 2027 - Meldungen November; Erfrischungsgeld 50 € lt. Ratsbeschluss
{joined(_rows64, ";")}
""",
    [
        "Wahlbezirk",
        "Landtagswahl NRW 2027",
        "Wahlvorsteher/in",
        "Briefwahlvorstand 12",
        "Erfrischungsgeld 50 €",
    ],
)

# 65 Ausländerbehörde: Verpflichtungserklärung, Besuch aus Vietnam
_id65 = idcard("L9C4HX7TN")
C.pii(
    "letter_formal",
    f"""
[[P:Phạm Văn Dũng]]
[[STR:Sedanstraße 14]]
[[LOC:59065 Hamm]]

An die Ausländerbehörde der Stadt Hamm

Hamm, 26.11.2026

Bitte um einen Termin für eine Verpflichtungserklärung (§§ 66–68 AufenthG)

Sehr geehrte Damen und Herren,

ich möchte meine Eltern für 90 Tage über Weihnachten und das Neujahrsfest Tết zu uns einladen
und bitte um einen Termin für die Abgabe der Verpflichtungserklärung. Die Gäste sind:

1. [[P:Phạm Văn Hải]], geb. [[DOB:12.08.1956]], Reisepass Nr. [[PASS:C4127833]]
2. [[P:Nguyễn Thị Hoa]], geb. [[DOB:03.03.1960]], Reisepass Nr. [[PASS:C4127834]]

beide wohnhaft [[STR:Số 18 ngõ 42 phố Trần Quang Diệu]], [[LOC:Quận Đống Đa, Hà Nội]].

Ich selbst bin am [[DOB:21.05.1985]] in [[LOC:Hải Phòng]] geboren, seit 2018 deutscher
Staatsangehöriger (Personalausweis Nr. [[ID:{_id65}]]) und arbeite unbefristet als Chemikant bei der
Westfalen Chemie AG. Unsere Wohnung ist 92 m² groß; meine Frau [[P:Trịnh Mai Linh]] und ich
haben ein Gästezimmer.

Sie erreichen mich unter [[TEL:0171 4420 9913]] oder [[MAIL:dung.pham.hamm@gmail.com]].

Mit freundlichen Grüßen
[[P:Phạm Văn Dũng]]
""",
    ["§§ 66–68 AufenthG", "Westfalen Chemie AG", "90 Tage", "92 m²", "Ausländerbehörde"],
)

# 66 Stadtkasse: Vollstreckungsbericht
_iban66 = iban("DE", "41050095" + "0000912288")
_rv66 = rvnr("18", "050588", "G", "11")
C.pii(
    "internal_note",
    f"""
Vollstreckungsbericht Außendienst
Vollziehungsbeamter: [[P:Rüdiger Kampmann]]

Schuldner: [[P:Ilir Gashi]], geb. [[DOB:05.05.1988]], [[STR:Lange Reihe 9]], [[LOC:59067 Hamm]]
Forderungen: Kassenzeichen [[AZ:5.2610.004102.8]] (Gewerbesteuer 2024) und [[AZ:5.4410.008830.1]]
(Bußgeld), zusammen 2.418,60 € einschl. Nebenforderungen

30.11.2026, 10:15 Uhr: Schuldner nicht angetroffen. Die Ehefrau, Frau [[P:Blerta Gashi]], öffnete
und gab an, ihr Mann sei auf Montage. Ankündigung hinterlassen.
Vor dem Haus: Pkw [[KFZ:HAM-IG 5088]], lt. ZEVIS Halter der Schuldner – Pfändung vorgemerkt.
Arbeitgeber lt. DRV-Abfrage (RV-Nr. [[RV:{_rv66}]]): Bauunternehmung Krasniqi GmbH, Hamm.
Kontopfändung vorbereitet: [[IBAN:{_iban66}]].

Nächster Termin: 07.12.2026
""",
    [
        "ZEVIS",
        "Bauunternehmung Krasniqi GmbH",
        "2.418,60 €",
        "Vollstreckungsbericht Außendienst",
        "07.12.2026",
    ],
)

# 67 Bürgerbüro: kurze Mail mit Anhang
C.pii(
    "email",
    """
Von: [[P:Nils Harbrecht]] <[[MAIL:nils.harbrecht@icloud.com]]>
An: buergerbuero@stadt.hamm.de
X-Originating-IP: [[IP:87.79.215.4]]
Betreff: Geburtsurkunde

Hallo, anbei wie besprochen die Kopie meiner Geburtsurkunde für den Antrag, Vorgangsnummer [[AZ:BB-M-26-44871]].
Gruß [[P:Nils Harbrecht]]

Gesendet von meinem iPhone
""",
    ["Gesendet von meinem iPhone", "Geburtsurkunde", "buergerbuero@stadt.hamm.de"],
)

# 68 Notariat: Anfrage Vorkaufsrecht per Fax
C.pii(
    "fax",
    """
TELEFAX                                        Notariat am Markt · Markt 3 · 59065 Hamm
An: Stadt Hamm – Stadtplanungsamt, Vorkaufsrecht – Fax 02381 17-2911
Datum: 01.12.2026   Seiten: 1   Sachbearbeiterin: [[P:Yvonne Lammers]], Durchwahl [[TEL:02381 14 90-23]]

UR-Nr. [[AZ:1422/2026]]
Anfrage nach § 28 BauGB – Ausübung eines Vorkaufsrechts

Sehr geehrte Damen und Herren,

zu dem am 24.11.2026 beurkundeten Kaufvertrag bitten wir um Mitteilung, ob der Stadt ein
Vorkaufsrecht zusteht und ob es ausgeübt wird, hilfsweise um ein Negativattest.

Verkäufer: [[P:Heinz-Georg Rüschenbaum]], [[STR:Dolberger Str. 118]], [[LOC:59073 Hamm]]
Käufer:    [[P:Aleksandar]] und [[P:Milica Petrović]], [[STR:Blücherstraße 3]], [[LOC:44147 Dortmund]]
Grundbesitz: Gemarkung Uentrop, Flur 4, Flurstück 219, Gebäude- und Freifläche, 612 m²

Mit freundlichen Grüßen
i. A. [[P:Lammers]]
""",
    [
        "§ 28 BauGB",
        "Gemarkung Uentrop, Flur 4, Flurstück 219",
        "Negativattest",
        "02381 17-2911",
        "Notariat am Markt",
    ],
)

# 69 KI-Chat Terminbuchung
C.pii(
    "chat",
    """
Bürgerservice-Chat (KI-Assistent „Hammi“) – Transkript
Session-ID 9c1e44f0 | Start 01.12.2026 07:02 | IP [[IP:37.201.228.14]]

Nutzer: termin führerschein umtauschen
Hammi: Gern! Für den Pflichtumtausch benötige ich Ihren Namen und Ihr Geburtsjahr.
Nutzer: [[P:Hannelore Schürmann-Ekinci]], [[DOB:1967]]
Hammi: Danke, Frau [[P:Schürmann-Ekinci]]. Jahrgang 1965–1970 muss bis 19.01.2027 umtauschen. Wohin darf ich die Terminbestätigung schicken?
Nutzer: meine mail ist [[MAIL:h.schuermann-ekinci@arcor.de]] und handy [[TEL:0171 8044 217]]
Hammi: Termin: Mi. 09.12.2026, 08:40 Uhr, Fahrerlaubnisbehörde, Gustav-Heinemann-Str. 10, Raum E.21. Buchungsnummer [[AZ:TB-88410-K]].
Nutzer: danke
""",
    [
        "Fahrerlaubnisbehörde",
        "Raum E.21",
        "Pflichtumtausch",
        "Session-ID 9c1e44f0",
        "Jahrgang 1965–1970",
    ],
)

# 70 Betreuungsgericht: Beschluss (PDF mit Kopfzeilen)
C.pii(
    "pdf_pages",
    """
Amtsgericht Hamm – Betreuungsgericht –                                          Seite 1/2
Az.: [[AZ:XVII 588/26]]

                                    BESCHLUSS

In der Betreuungssache
für Frau [[P:Anneliese Brinkmann-Hagedorn]], geb. am [[DOB:29.01.1944]],
wohnhaft [[STR:Am Sudhof 6]], [[LOC:59075 Hamm]],
                                                                         – Betroffene –
Verfahrenspflegerin: Frau [[P:Cornelia Ufermann]], Diplom-Sozialarbeiterin

wird Herr [[P:Markus Hagedorn]], [[STR:Lindenweg 4]], [[LOC:33649 Bielefeld]] (Sohn), zum Betreuer
bestellt. Aufgabenkreise: Gesundheitssorge, Vermögenssorge, Aufenthaltsbestimmung, Vertretung
gegenüber Behörden, Sozialleistungsträgern und Versicherungen.

Zur Ersatzbetreuerin wird Frau [[P:Sandra Hagedorn-Uçar]] (Tochter) bestellt.

Az. [[AZ:XVII 588/26]]                                                            – 1 –

Amtsgericht Hamm – Betreuungsgericht – [[AZ:XVII 588/26]]                        Seite 2/2

Gründe:
Die Betroffene leidet an einer fortgeschrittenen Demenz vom Alzheimer-Typ. Dies ergibt sich
aus dem Gutachten des Sachverständigen Dr. med. [[P:Olawale Adebayo]] vom 02.11.2026 und dem
persönlichen Eindruck, den das Gericht bei der Anhörung am 19.11.2026 in der Wohnung der
Betroffenen gewonnen hat.

Der Sachverständige hat die Betroffene am 27.10.2026 untersucht. Er beschreibt eine
erhebliche Störung des Kurzzeitgedächtnisses, eine zeitliche und situative
Desorientierung sowie eine deutlich eingeschränkte Urteils- und Kritikfähigkeit. Die
Betroffene sei nicht mehr in der Lage, ihre finanziellen Angelegenheiten zu überblicken,
Behördenschreiben zu verstehen oder die Notwendigkeit ärztlicher Behandlungen einzuschätzen.
Eine Besserung sei nicht zu erwarten. Das Gericht folgt diesen überzeugenden Ausführungen.

Bei der Anhörung war die Betroffene freundlich zugewandt, konnte aber weder das aktuelle Jahr
noch ihr Alter angeben. Sie äußerte wiederholt, ihr verstorbener Ehemann komme gleich von der
Arbeit. Mit der Unterstützung durch ihren Sohn war sie einverstanden; ein entgegenstehender
freier Wille ist nicht festzustellen.

Eine Vorsorgevollmacht besteht nicht. Andere Hilfen, durch die die Angelegenheiten der
Betroffenen ebenso gut besorgt werden könnten (§ 1814 Abs. 3 BGB), sind nicht ersichtlich.
Der ambulante Pflegedienst übernimmt lediglich die Grundpflege; die Tochter lebt weiter
entfernt und ist beruflich stark eingebunden.

Die Betreuungsbehörde der Stadt Hamm hat mit Bericht vom 28.10.2026 die Bestellung des Sohnes
empfohlen. Er ist geeignet und zur Übernahme bereit; Bedenken gegen seine Bestellung haben
weder die Verfahrenspflegerin noch die Betreuungsbehörde geäußert. Die Bestellung der
Tochter zur Ersatzbetreuerin entspricht dem Wunsch der Betroffenen, soweit er sich ermitteln
ließ.

Die Aufgabenkreise sind erforderlich. Insbesondere die Vermögenssorge ist geboten, weil im
September mehrere Lastschriften für Zeitschriftenabonnements und eine Haustürbestellung über
1.400 € vom Konto der Betroffenen abgebucht wurden, die sie nach eigener Aussage nicht
veranlasst hat. Ein Einwilligungsvorbehalt ist derzeit nicht erforderlich.

Über die Verlängerung oder Aufhebung der Betreuung ist spätestens bis zum 30.11.2033 zu
entscheiden (§ 295 Abs. 2 FamFG).

Rechtsmittelbelehrung: Gegen diesen Beschluss ist die Beschwerde statthaft. Sie ist binnen
eines Monats beim Amtsgericht Hamm, Borbergstraße 1, 59065 Hamm, einzulegen.

Mitteilung an: Betreuungsbehörde der Stadt Hamm, Betroffene, Betreuer, Ersatzbetreuerin

Ausgefertigt: [[P:Kühne]], Justizbeschäftigte als Urkundsbeamtin der Geschäftsstelle
Az. [[AZ:XVII 588/26]]                                                            – 2 –
""",
    [
        "Betreuungsgericht",
        "Borbergstraße 1, 59065 Hamm",
        "Rechtsmittelbelehrung",
        "Aufgabenkreise",
        "Betreuungsbehörde der Stadt Hamm",
    ],
)


# ---------------------------------------------------------------------------------------------
# PII-free documents (30)
# ---------------------------------------------------------------------------------------------

# C1 Tiefbauamt: Anliegerinformation
C.clean(
    "letter_formal",
    """
Stadt Hamm · Tiefbauamt · Gustav-Heinemann-Straße 10 · 59065 Hamm

An die Anliegerinnen und Anlieger
der Friedrich-Ebert-Straße (Hausnummern 1–58)

Hamm, 30.11.2026

Erneuerung der Fahrbahn und der Gehwege in der Friedrich-Ebert-Straße – Bauabschnitt 2

Sehr geehrte Damen und Herren,

ab Montag, dem 11. Januar 2027, erneuert die Bauunternehmung Gebr. Kemper GmbH & Co. KG im
Auftrag der Stadt die Fahrbahn zwischen der Konrad-Adenauer-Straße und dem Theodor-Heuss-Platz.
Die Arbeiten dauern voraussichtlich bis Ende April 2027. Während dieser Zeit ist die Straße
nur als Einbahnstraße in Richtung Innenstadt befahrbar; die Zufahrt zu den Grundstücken bleibt
außerhalb der Asphaltierungstage möglich.

Die Müllabfuhr erfolgt weiter zu den üblichen Terminen. Bitte stellen Sie die Tonnen an der
Einmündung zur Lessingstraße bereit.

Bei Fragen erreichen Sie die Baustellenhotline montags bis freitags von 8 bis 16 Uhr unter
02381 17-6600 oder per E-Mail an baustelle@stadt.hamm.de.

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Ihr Tiefbauamt
""",
    [
        "Bauunternehmung Gebr. Kemper GmbH & Co. KG",
        "Friedrich-Ebert-Straße",
        "02381 17-6600",
        "baustelle@stadt.hamm.de",
        "Theodor-Heuss-Platz",
    ],
)

# C2 Stadtwerke: Fernwärme-Unterbrechung
C.clean(
    "business_letter",
    """
Stadtwerke Hamm GmbH · Südring 1/3 · 59065 Hamm
Netzbetrieb Wärme · Störungsannahme 24 h: 02381 274-3333 · netz-waerme@stadtwerke-hamm.de

Stadt Hamm
Immobilienmanagement
Gustav-Heinemann-Straße 10
59065 Hamm

Unser Zeichen: NW-W 2026/1187                                           27.11.2026

Geplante Versorgungsunterbrechung Fernwärme am 08.12.2026

Sehr geehrte Damen und Herren,

wegen des Austauschs einer Absperrarmatur in der Ostenallee müssen wir die Fernwärmeversorgung
am Dienstag, dem 08.12.2026, von 7:00 bis ca. 15:00 Uhr unterbrechen. Betroffen sind folgende
städtische Gebäude:

- Freiherr-vom-Stein-Gymnasium, Ostenallee 2
- Kita Kurpark, Ostenallee 81
- Sporthalle am Kurpark

Bitte informieren Sie die Hausmeister und Einrichtungsleitungen. Sollte sich der Termin ändern,
melden wir uns rechtzeitig.

Mit freundlichen Grüßen
Stadtwerke Hamm GmbH
Netzbetrieb Wärme

Sitz der Gesellschaft: Hamm · Amtsgericht Hamm HRB 1114
""",
    [
        "Stadtwerke Hamm GmbH",
        "02381 274-3333",
        "Freiherr-vom-Stein-Gymnasium",
        "HRB 1114",
        "NW-W 2026/1187",
    ],
)

# C3 Bäckerei: Antrag Außengastronomie
C.clean(
    "business_letter",
    """
Bäckerei & Café Hinrichs GmbH
seit 1897 · gegründet von Bäckermeister Wilhelm Hinrichs
Weststraße 22 · 59065 Hamm · Telefon 02381 2 44 10 · info@baeckerei-hinrichs.de
Amtsgericht Hamm HRB 3051 · USt-IdNr. DE 125 008 441

Stadt Hamm
Ordnungsamt – Sondernutzungen
59061 Hamm

Hamm, 25.11.2026

Antrag auf Sondernutzungserlaubnis für Außengastronomie 2027

Sehr geehrte Damen und Herren,

wie in den Vorjahren beantragen wir für unsere Filiale Weststraße 22 die Erlaubnis, auf dem
Gehweg vor dem Geschäft vom 1. März bis 31. Oktober 2027 sechs Tische und zwölf Stühle
aufzustellen (Fläche ca. 14 m², Lageplan anbei). Die Durchgangsbreite von 1,50 m bleibt
gewahrt.

Die Gebühr buchen Sie bitte wie gewohnt von unserem Geschäftskonto ab.

Mit freundlichen Grüßen
Die Geschäftsführung
""",
    [
        "Bäckerei & Café Hinrichs GmbH",
        "Wilhelm Hinrichs",
        "HRB 3051",
        "info@baeckerei-hinrichs.de",
        "1,50 m",
    ],
)

# C4 VHS: Programmhinweis
C.clean(
    "email",
    """
Von: vhs-programm@stadt.hamm.de
An: pressestelle@stadt.hamm.de; buergerbuero@stadt.hamm.de
Datum: 01.12.2026 09:30
Betreff: Aushang Januar – neue Kurse der VHS

Liebe Kolleginnen und Kollegen,

bitte hängt den beigefügten Aushang in den Bürgerbüros aus. Die wichtigsten Termine:

* Einbürgerungstest-Vorbereitung, ab 12.01.2027, dienstags 18:00 Uhr, VHS-Haus, Hohe Straße 67
* Deutsch als Zweitsprache B1 (Intensiv), ab 18.01.2027, vormittags, Heinrich-von-Kleist-Forum
* Computer-Grundkurs 60+, ab 20.01.2027, Stadtteilbibliothek Heessen
* Vortrag „Annette von Droste-Hülshoff und Westfalen“, 27.01.2027, 19:30 Uhr, Kurhaus

Anmeldung unter 02381 17-5700 oder online auf www.vhs-hamm.de.

Viele Grüße
VHS Hamm – Programmplanung
""",
    [
        "vhs-programm@stadt.hamm.de",
        "Heinrich-von-Kleist-Forum",
        "Annette von Droste-Hülshoff",
        "02381 17-5700",
        "Hohe Straße 67",
    ],
)

# C5 Stadtarchiv: Ausstellung
C.clean(
    "email",
    """
Von: stadtarchiv@stadt.hamm.de
An: pressestelle@stadt.hamm.de
Betreff: Pressetext Ausstellung „Vom Marktflecken zur Großstadt“

Hallo Pressestelle,

hier der abgestimmte Text für die Ankündigung:

Das Stadtarchiv zeigt vom 15. Januar bis 30. April 2027 im Foyer des Technischen Rathauses die
Ausstellung „Vom Marktflecken zur Großstadt“. Zu sehen sind Urkunden seit der Stadtgründung 1226
durch Graf Adolf I. von der Mark, Pläne aus der Zeit der Industrialisierung und Fotografien
vom Bau des Datteln-Hamm-Kanals. Ein Schwerpunkt gilt Friedrich Harkort, der sich für den
Eisenbahnanschluss der Region einsetzte. Der Eintritt ist frei, Führungen für Gruppen unter
02381 17-8950.

Öffnungszeiten: Mo–Do 8–16 Uhr, Fr 8–12 Uhr.

Beste Grüße
Stadtarchiv
""",
    [
        "stadtarchiv@stadt.hamm.de",
        "Graf Adolf I. von der Mark",
        "Friedrich Harkort",
        "Datteln-Hamm-Kanals",
        "02381 17-8950",
    ],
)

# C6 Stadtkasse/IT: SEPA-Upload
C.clean(
    "email_thread",
    """
Von: it-servicedesk@stadt.hamm.de
An: stadtkasse@stadt.hamm.de
Datum: 02.12.2026 08:12
Betreff: AW: SEPA-Datei Lauf 48 wird nicht übertragen [Ticket IT-2026-19044]

Guten Morgen,

das Zertifikat auf dem Übertragungsserver (10.20.4.17, sepa-gw-01) war abgelaufen und ist
erneuert. Bitte den Lauf 48 noch einmal anstoßen; die Datei SEPA_LAUF48_20261201.xml liegt
unverändert im Ausgangsordner. Für die Zukunft haben wir eine Erinnerung 30 Tage vor Ablauf
eingerichtet.

Viele Grüße
IT-Servicedesk, Tel. 02381 17-1111

-----Ursprüngliche Nachricht-----
Von: stadtkasse@stadt.hamm.de
Gesendet: 01.12.2026 16:47
An: it-servicedesk@stadt.hamm.de
Betreff: SEPA-Datei Lauf 48 wird nicht übertragen

Hallo IT,

seit heute Mittag bricht die Übertragung an die Sparkasse mit „TLS handshake failed“ ab.
Betroffen ist der Lastschriftlauf Grundbesitzabgaben (Fälligkeit 15.12.). Bitte dringend prüfen.

Stadtkasse – Zahlungsverkehr
""",
    [
        "10.20.4.17",
        "SEPA_LAUF48_20261201.xml",
        "Ticket IT-2026-19044",
        "02381 17-1111",
        "TLS handshake failed",
    ],
)

# C7 Ratsbüro: Drucksachen
C.clean(
    "email",
    """
Von: ratsbuero@stadt.hamm.de
An: fraktionen@stadt.hamm.de
Betreff: Sitzung des Haupt- und Finanzausschusses am 10.12.2026 – Nachtrag

Sehr geehrte Damen und Herren,

zur Sitzung des Haupt- und Finanzausschusses am 10.12.2026, 16:00 Uhr, Ratssaal, werden
folgende Vorlagen nachgereicht:

- Drucksache 1217/26: Haushaltssatzung 2027, Veränderungsnachweis
- Drucksache 1220/26: Benennung einer Straße im Baugebiet „Am Lippesee“ nach Hedwig Dohm
- Drucksache 1224/26: Zuschuss an den Heimatverein Rhynern e.V. für die Sanierung der Alten Mühle

Die Unterlagen stehen ab sofort im Ratsinformationssystem bereit.

Mit freundlichen Grüßen
Ratsbüro
""",
    [
        "Drucksache 1217/26",
        "Hedwig Dohm",
        "Heimatverein Rhynern e.V.",
        "ratsbuero@stadt.hamm.de",
        "Ratsinformationssystem",
    ],
)

# C8 Verein: Veranstaltungsanmeldung
C.clean(
    "web_form",
    """
Online-Formular: Anmeldung einer Veranstaltung im öffentlichen Raum
Eingang: 28.11.2026 14:05 | Vorgangsnummer VA-2026-0611

Veranstalter: Heimatverein Heessen e.V.
Anschrift: Dolberger Straße 59, 59073 Hamm (Vereinsheim)
Kontakt: Vorstand, vorstand@heimatverein-heessen.de, Tel. Vereinsheim 02381 40 27 13
Veranstaltung: Lichterumzug zum St.-Martins-Tag 2027
Datum/Uhrzeit: 11.11.2027, 17:30–19:00 Uhr
Strecke: Kirchplatz St. Stephanus – Amtsstraße – Schloss Heessen
Erwartete Teilnehmende: ca. 400
Absperrung/Ordner: 12 Ordner, Begleitung durch die Freiwillige Feuerwehr, Löschzug Heessen

[X] Die Angaben sind vollständig.
""",
    [
        "Heimatverein Heessen e.V.",
        "vorstand@heimatverein-heessen.de",
        "02381 40 27 13",
        "St.-Martins-Tag",
        "VA-2026-0611",
    ],
)

# C9 Mängelmelder: Straßenlaterne
C.clean(
    "web_form",
    """
[Mängelmelder] Neue Meldung #MM-2026-33902
Kategorie: Straßenbeleuchtung
Ort: Konrad-Adenauer-Straße, gegenüber Haus 12, Mast Nr. 4471
Beschreibung: Laterne flackert seit Tagen und ist nachts meistens ganz aus. Der Weg zur
Bushaltestelle ist dadurch sehr dunkel.
Fotos: 1 (IMG_20261201_0712.jpg)
Kontakt: keine Angaben (anonyme Meldung)
Weitergeleitet an: Stadtwerke, Straßenbeleuchtung · Server 192.168.40.12
""",
    [
        "#MM-2026-33902",
        "Konrad-Adenauer-Straße",
        "Mast Nr. 4471",
        "anonyme Meldung",
        "192.168.40.12",
    ],
)

# C10 Leeres Formular: Sondernutzung
C.clean(
    "paper_form",
    """
Stadt Hamm – Ordnungsamt – Sondernutzungen
Antrag auf Erteilung einer Sondernutzungserlaubnis (§ 18 StrWG NRW)

1. Antragsteller/in
   Name, Vorname / Firma ..........................................................
   Anschrift ......................................................................
   Telefon / E-Mail ...............................................................
2. Art der Sondernutzung
   [ ] Außengastronomie   [ ] Warenauslage   [ ] Werbeaufsteller   [ ] Container/Gerüst
3. Ort (Straße, Hausnummer) und Fläche in m² ......................................
4. Zeitraum von ............... bis ...............
5. Anlagen: Lageplan, Skizze, ggf. Vollmacht

Gebühren nach der Sondernutzungssatzung. Bitte senden Sie den Antrag mindestens vier Wochen vor
Beginn an: Stadt Hamm, Ordnungsamt, Postfach 24 49, 59061 Hamm, oder an
sondernutzung@stadt.hamm.de.

Datum, Unterschrift ............................................................
""",
    [
        "§ 18 StrWG NRW",
        "Sondernutzungssatzung",
        "sondernutzung@stadt.hamm.de",
        "Postfach 24 49",
        "Außengastronomie",
    ],
)

# C11 Vermerk Haushaltsbesprechung
C.clean(
    "internal_note",
    """
Vermerk über die Haushaltsbesprechung Schulverwaltung am 26.11.2026
Ort: Konrad-Adenauer-Saal, Rathaus
Teilnehmende: Schulverwaltungsamt (Amtsleitung, SGL 40.1, SGL 40.2), Kämmerei (Haushaltsabteilung)

1. Digitalpakt: Restmittel 2026 von 412.000 € werden nach 2027 übertragen (Haushaltsstelle
   40.10.01 / 0812000).
2. Sanierung der Turnhalle der Sophie-Scholl-Gesamtschule: Mehrkosten von 185.000 € werden mit
   Drucksache 1231/26 in den Rat eingebracht.
3. Schülerfahrkosten: Ansatz 2027 um 6 % erhöht (Tariferhöhung VRL).
4. Nächste Besprechung: 14.01.2027, 10:00 Uhr.

gez. Schulverwaltungsamt, SGL 40.1
""",
    [
        "Konrad-Adenauer-Saal",
        "Sophie-Scholl-Gesamtschule",
        "Drucksache 1231/26",
        "40.10.01 / 0812000",
        "412.000 €",
    ],
)

# C12 IT: Wartungsfenster
C.clean(
    "internal_note",
    """
IT-Information – Wartungsfenster Fachverfahren
Datum: Samstag, 12.12.2026, 06:00–14:00 Uhr
Betroffen: Einwohnermeldewesen (ewo-app-01, 10.12.8.21), Ausländerwesen (abh-app-02, 10.12.8.34),
Kfz-Zulassung (zul-app-01, 10.12.8.40)

Während der Wartung werden die Datenbankserver auf die neue Version aktualisiert. Die
Bürgerbüros sind samstags geschlossen; der Notdienst Zulassung (Bereitschaftstelefon
02381 17-1199) arbeitet bis 09:00 Uhr im Offline-Modus.

Change-Nummer: CHG-2026-0877 · Verantwortlich: Team Fachverfahren (fachverfahren-it@stadt.hamm.de)
""",
    [
        "10.12.8.21",
        "CHG-2026-0877",
        "fachverfahren-it@stadt.hamm.de",
        "02381 17-1199",
        "ewo-app-01",
    ],
)

# C13 Telefonnotiz: Leitstelle Polizei
C.clean(
    "phone_note",
    """
Telefonnotiz Ordnungsamt
02.12.2026, 06:50 Uhr – Anruf der Leitstelle Polizeipräsidium Dortmund (Dienstgruppenleitung)

Wegen eines Wasserrohrbruchs ist die Werler Straße zwischen Ostring und Alter Uentroper Weg
voll gesperrt. Die Polizei bittet um Beschilderung der Umleitung über die Marker Allee durch
den Bauhof. Rückruf an die Leitstelle unter 0231 132-0 (Zentrale), Stichwort „Wasserrohrbruch
Werler Straße“.

Weitergeleitet an Bauhof (Bereitschaft 02381 17-6999) um 06:58 Uhr.
""",
    [
        "Leitstelle Polizeipräsidium Dortmund",
        "0231 132-0",
        "Werler Straße",
        "02381 17-6999",
        "Marker Allee",
    ],
)

# C14 OCR: Gedenktafel und Zeitungsausschnitt
C.clean(
    "ocr_scan",
    """
[OCR · Fotodokumentation Denkmalpflege · Objekt D-114]

IN DIESEM HAUSE WOHNTE
VON 1889 BIS 19O2
DER DICHTER UND JOURNALIST
PETER HILLE
HERAUSGEGEBEN VOM VERKEHRSVEREIN 1952

Zeitungsausschnitt (Westfälischer Anzeiger, 14.O3.1952):
„Gestern enthüllte der Verkehrsverein am Hause Nordstraße 9 eine Gedenktafel für
den Dichter Peter Hille (1854-19O4). Die Ansprache hielt der Vorsitzende des Vereins."

Zustand: Schrift teilweise verwittert, Reinigung empfohlen. Kosten lt. Angebot Steinmetzbetrieb
Albers & Sohn GmbH: 1.240,00 EUR.
""",
    ["PETER HILLE", "Objekt D-114", "Nordstraße 9", "Albers & Sohn GmbH", "1.240,00 EUR"],
)

# C15 OCR: Amtliche Bekanntmachung
C.clean(
    "ocr_scan",
    """
AMTLICHE BEKANNTMACHUNG
der Stadt Hamm

Offentliche Auslegung des Entwurfs des Bebauungsplans Nr. O4.O87 „Lippepark-Ost"

Der Entwurf des Bebauungsplans mit Begründung und Umweltbericht liegt in der Zeit vom
O4.O1.2O27 bis einschließlich O5.O2.2O27 im Technischen Rathaus, Gustav-Heinemann-Straße 1O,
Foyer, während der Dienststunden öffentlich aus (Mo-Do 8-16 Uhr, Fr 8-12 Uhr). Die Unterlagen
sind zusätzlich unter www.hamm.de/bauleitplanung einsehbar.

Stellungnahmen können während der Auslegungsfrist schriftlich, zur Niederschrift oder per
E-Mail an stadtplanung@stadt.hamm.de abgegeben werden.

Hamm, 27.11.2O26
Der Oberbürgermeister
""",
    [
        "AMTLICHE BEKANNTMACHUNG",
        '„Lippepark-Ost"',
        "www.hamm.de/bauleitplanung",
        "stadtplanung@stadt.hamm.de",
        "Der Oberbürgermeister",
    ],
)

# C16 Fax: Streusalz-Lieferung
C.clean(
    "fax",
    """
FAX · 01.12.2026 15:32 · Salzkontor Westfalen GmbH & Co. KG · +49 2304 9 88 70-0 · S. 1/1
Lager Schwerte · Am Hafen 11 · 58239 Schwerte

An: Stadt Hamm – Bauhof / Winterdienst – Fax 02381 17-6988

Lieferavis zu Ihrer Bestellung BE-2026-4410 vom 20.11.2026

Artikel: Auftausalz NaCl, lose, Körnung 0-5 mm
Menge: 3 x 25 t (Sattelzug)
Liefertermine: 03.12., 04.12., 07.12.2026, jeweils 7:00–9:00 Uhr
Lieferanschrift: Betriebshof Hamm, Halle Salz, Zufahrt Tor 2

Bitte stellen Sie die Entladung sicher. Bei Rückfragen: Disposition 02304 9 88 70-20.

Salzkontor Westfalen GmbH & Co. KG · AG Hagen HRA 7721 · Komplementärin: Salzkontor Verwaltungs-GmbH
""",
    [
        "Salzkontor Westfalen GmbH & Co. KG",
        "BE-2026-4410",
        "Fax 02381 17-6988",
        "HRA 7721",
        "Zufahrt Tor 2",
    ],
)

# C17 Veranstaltungskalender
C.clean(
    "markdown_table",
    """
## Veranstaltungen im Dezember 2026

| Datum | Veranstaltung | Ort | Adresse | Kartentelefon |
|---|---|---|---|---|
| Sa 05.12. | Adventskonzert der Städtischen Musikschule | Pauluskirche | Marktplatz 1 | 02381 17-5851 |
| So 06.12. | Nikolausmarkt | Schloss Heessen (Hof) | Schloss Heessen 1 | – |
| Fr 11.12. | „Die Physiker“ von Friedrich Dürrenmatt | Kurhaus, Großer Saal | Ostenallee 87 | 02381 17-5566 |
| Sa 12.12. | Lesung: Mascha Kaléko zum Gedenken | Zentralbibliothek | Heinrich-von-Kleist-Forum 1 | 02381 17-5755 |
| Do 17.12. | Weihnachtsoratorium (J. S. Bach) | St.-Agnes-Kirche | Antonistraße 2 | 02381 1 20 30 |
| So 20.12. | Familien-Eislaufen | Eissporthalle Maximilianpark | Alter Grenzweg 2 | 02381 98 21 00 |

Alle Angaben ohne Gewähr. Weitere Termine: www.hamm.de/veranstaltungen
""",
    [
        "Städtischen Musikschule",
        "Friedrich Dürrenmatt",
        "Mascha Kaléko",
        "Heinrich-von-Kleist-Forum 1",
        "02381 17-5566",
    ],
)

# C18 Standesamt: Gebühren
C.clean(
    "markdown_table",
    """
### Gebühren des Standesamts (Auszug, Stand 01.01.2026)

| Amtshandlung | Gebühr |
|---|---:|
| Prüfung der Ehefähigkeit, beide Verlobte Deutsche | 55,00 € |
| Prüfung der Ehefähigkeit mit Auslandsbezug | 80,00 € |
| Trauung außerhalb der Dienstzeit (Samstag) | 150,00 € |
| Trauung im Trauzimmer Schloss Oberwerries | 230,00 € |
| Personenstandsurkunde | 12,00 € |
| jede weitere Ausfertigung im selben Vorgang | 6,00 € |
| Namenserklärung | 36,00 € |

Grundlage: Gebührenverordnung des Landes NRW (PStG-GebO) und Satzung der Stadt Hamm.
""",
    ["Schloss Oberwerries", "Personenstandsurkunde", "PStG-GebO", "230,00 €", "Namenserklärung"],
)

# C19 Statistik
C.clean(
    "aligned_table",
    """
BEVÖLKERUNG NACH STADTBEZIRKEN – STICHTAG 30.09.2026
Quelle: Einwohnermelderegister, Statistikstelle

Stadtbezirk        Einwohner   darunter nichtdt.   Anteil   Veränd. zum Vorjahr
-----------------  ---------   -----------------   ------   -------------------
Hamm-Mitte            38.112               9.804    25,7 %                 +412
Hamm-Uentrop          29.447               3.911    13,3 %                  +88
Hamm-Rhynern          17.023               1.602     9,4 %                  +51
Hamm-Pelkum           15.896               2.408    15,1 %                  -23
Hamm-Herringen        17.210               3.377    19,6 %                  +17
Hamm-Bockum-Hövel     35.640               6.019    16,9 %                 +130
Hamm-Heessen          21.880               2.874    13,1 %                  +64
-----------------  ---------   -----------------   ------   -------------------
Stadt gesamt         175.208              29.995    17,1 %                 +739
""",
    [
        "Statistikstelle",
        "Hamm-Bockum-Hövel",
        "175.208",
        "STICHTAG 30.09.2026",
        "Veränd. zum Vorjahr",
    ],
)

# C20 Abfuhr: Tourenplan
C.clean(
    "aligned_table",
    """
ASH – Tourenplan Restabfall KW 50/2026 (Feiertagsverschiebung)

Tour   Regeltag   neuer Tag   Straßen (Auszug)
----   --------   ---------   ------------------------------------------------------------
R 11   Mo         Di          Bismarckstraße, Goethestraße, Schillerstraße, Lessingstraße
R 12   Di         Mi          Friedrich-Ebert-Straße, Gustav-Stresemann-Straße, Karl-Marx-Ring
R 13   Mi         Do          Martin-Luther-Straße, Bonhoefferweg, Käthe-Kollwitz-Weg
R 14   Do         Fr          Kurt-Schumacher-Ring, Willy-Brandt-Platz, Ernst-Reuter-Straße
R 15   Fr         Sa          Clara-Zetkin-Straße, Rosa-Luxemburg-Weg, Heinrich-Heine-Ring

Servicetelefon ASH: 02381 8 77-0 · www.ash-hamm.de
""",
    [
        "Tourenplan Restabfall KW 50/2026",
        "Käthe-Kollwitz-Weg",
        "Willy-Brandt-Platz",
        "02381 8 77-0",
        "Heinrich-Heine-Ring",
    ],
)

# C21 Fuhrpark (Excel)
C.clean(
    "excel_paste",
    """
Inventar-Nr.\tFahrzeug\tamtl. Kennzeichen\tFIN\tErstzulassung\tKostenstelle\tStandort
FP-0112\tVW Caddy Maxi (Elektro)\tHAM-SH 1012E\tWV2ZZZSKZPX012441\t03/2023\t6610\tBetriebshof
FP-0118\tMercedes Sprinter 316\tHAM-SH 1018\tWDB9066351S998712\t11/2019\t6610\tBetriebshof
FP-0131\tMAN TGS 26.420 (Streufahrzeug)\tHAM-SH 1031\tWMA26SZZ4LM801177\t09/2020\t6620\tWinterdienst
FP-0140\tRenault Zoe\tHAM-OA 140E\tVF1AG000X64123398\t05/2022\t3200\tOrdnungsamt
FP-0145\tFiat Ducato (Stadtreinigung)\tHAM-SR 145\tZFA25000002P44103\t02/2021\t7010\tASH
\t\t\t\t\tFahrzeuge gesamt:\t5
""",
    ["HAM-SH 1012E", "WV2ZZZSKZPX012441", "Inventar-Nr.", "Kostenstelle", "Fahrzeuge gesamt:"],
)

# C22 Schulen (CSV)
C.clean(
    "csv",
    """
Schulnummer;Schule;Schulform;Anschrift;Telefon Sekretariat;E-Mail
168931;Freiherr-vom-Stein-Gymnasium;Gymnasium;"Ostenallee 2, 59063 Hamm";02381 17-6310;fvsg@schulen-hamm.de
168942;Galilei-Gymnasium;Gymnasium;"Wielandstraße 1, 59077 Hamm";02381 17-6320;galilei@schulen-hamm.de
187450;Sophie-Scholl-Gesamtschule;Gesamtschule;"Marker Allee 20, 59071 Hamm";02381 17-6410;ssg@schulen-hamm.de
118203;Albert-Schweitzer-Grundschule;Grundschule;"Heessener Straße 140, 59073 Hamm";02381 17-6521;asg@schulen-hamm.de
118215;Marie-Curie-Grundschule;Grundschule;"Lippestraße 50, 59065 Hamm";02381 17-6533;mcg@schulen-hamm.de
118227;Ludgerischule (kath. Grundschule);Grundschule;"Kirchweg 3, 59075 Hamm";02381 17-6540;ludgeri@schulen-hamm.de
""",
    [
        "Freiherr-vom-Stein-Gymnasium",
        "Galilei-Gymnasium",
        "Marie-Curie-Grundschule",
        "02381 17-6320",
        "Schulnummer",
    ],
)

# C23 Gewerbestatistik (CSV)
C.clean(
    "csv",
    """
# Gewerbeanzeigen nach Wirtschaftszweigen, Oktober 2026 (Open Data, Lizenz dl-de/by-2-0)
wz_abschnitt,bezeichnung,anmeldungen,abmeldungen,ummeldungen
F,Baugewerbe,38,21,6
G,"Handel; Instandhaltung und Reparatur von Kfz",64,49,11
I,Gastgewerbe,17,14,3
J,Information und Kommunikation,12,5,2
N,Sonstige wirtschaftliche Dienstleistungen,41,30,8
S,Sonstige Dienstleistungen,22,18,4
,Summe,194,137,34
""",
    ["dl-de/by-2-0", "wz_abschnitt", "Gastgewerbe", "Summe,194,137,34", "Oktober 2026"],
)

# C24 Öffnungszeiten (PDF, eine Zelle je Zeile)
C.clean(
    "pdf_cells",
    """
Bürgerbüros – Öffnungszeiten ab 01.01.2027
Standort
Anschrift
Mo–Mi
Do
Fr
Bürgerbüro Mitte
Theodor-Heuss-Platz 16
8:00–16:00
8:00–18:00
8:00–12:00
Bürgerbüro Heessen
Amtsstraße 4
8:00–12:00
14:00–18:00
geschlossen
Bürgerbüro Bockum-Hövel
Rathausplatz 1
8:00–12:00
8:00–12:00, 14:00–18:00
8:00–12:00
Terminvereinbarung: 02381 17-0 oder www.hamm.de/termine
Seite 1
""",
    [
        "Bürgerbüro Mitte",
        "Theodor-Heuss-Platz 16",
        "Amtsstraße 4",
        "02381 17-0",
        "www.hamm.de/termine",
    ],
)

# C25 Chatbot ohne Personendaten
C.clean(
    "chat",
    """
Bürgerservice-Chat (KI-Assistent „Hammi“) – Transkript
Session-ID 4b77a0d2 | Start 30.11.2026 19:44

Nutzer: was kostet ein neuer reisepass
Hammi: Ein Reisepass kostet für Personen ab 24 Jahren 70,00 €, unter 24 Jahren 37,50 €. Express: zusätzlich 32,00 €.
Nutzer: und wie lange dauert das
Hammi: In der Regel 3 bis 4 Wochen, im Expressverfahren etwa 3 Werktage.
Nutzer: brauche ich einen termin
Hammi: Ja. Termine gibt es online unter www.hamm.de/termine oder telefonisch unter 02381 17-0.
Nutzer: ok danke
Hammi: Gern! Kann ich sonst noch helfen?
""",
    ["Session-ID 4b77a0d2", "70,00 €", "www.hamm.de/termine", "02381 17-0", "Expressverfahren"],
)

# C26 Ratsvorlage: Straßenbenennung (PDF mit Kopf- und Fußzeilen)
C.clean(
    "pdf_pages",
    """
Stadt Hamm · Vorlage an den Rat · Drucksache 1220/26                              Seite 1 von 2

Benennung einer Planstraße im Baugebiet „Am Lippesee“

Beschlussvorschlag:
Die Bezirksvertretung Hamm-Mitte empfiehlt, der Rat beschließt: Die Planstraße A im
Bebauungsplan Nr. 04.082 erhält den Namen „Hedwig-Dohm-Straße“.

Begründung:
Nach dem Ratsbeschluss vom 12.04.2022 sollen neue Straßen vorrangig nach Frauen benannt
werden. Hedwig Dohm (1831–1919) war Schriftstellerin und eine der ersten Theoretikerinnen der
Frauenbewegung in Deutschland. Die Namensliste der Straßenbenennungskommission enthielt außerdem
Mathilde Franziska Anneke und Elisabeth Selbert.

Stadt Hamm · Drucksache 1220/26 · Stadtplanungsamt                                     Seite 1

Stadt Hamm · Vorlage an den Rat · Drucksache 1220/26                              Seite 2 von 2

Finanzielle Auswirkungen: Kosten für Straßennamensschilder ca. 1.800 €, Haushaltsstelle
61.10.02 / 5221000.

Beteiligung: Das Stadtarchiv und der Heimatverein Hamm e.V. haben der Benennung zugestimmt.

Der Oberbürgermeister
In Vertretung
Stadtbaurat

Stadt Hamm · Drucksache 1220/26 · Stadtplanungsamt                                     Seite 2
""",
    [
        "Drucksache 1220/26",
        "Hedwig-Dohm-Straße",
        "Mathilde Franziska Anneke",
        "Elisabeth Selbert",
        "61.10.02 / 5221000",
    ],
)

# C27 Haushaltsplan (PDF mit Kopf- und Fußzeilen)
C.clean(
    "pdf_pages",
    """
Haushaltsplan 2027 – Entwurf                  Teilplan 04 Kultur und Wissenschaft          411

Produktgruppe 04.01 Museen
Gustav-Lübcke-Museum, Neue Straße 1

Ertrags- und Aufwandsarten              Ergebnis 2025   Ansatz 2026   Ansatz 2027
Zuwendungen und allgemeine Umlagen          118.400       120.000       135.000
Öffentlich-rechtliche Leistungsentgelte     214.770       230.000       236.000
Personalaufwendungen                     -1.902.115    -1.988.000    -2.071.000
Sach- und Dienstleistungen                 -611.080      -640.000      -655.000
Ergebnis                                 -2.180.025    -2.278.000    -2.355.000

Stadt Hamm · Haushaltsplan 2027                                                      411

Haushaltsplan 2027 – Entwurf                  Teilplan 04 Kultur und Wissenschaft          412

Erläuterungen: Der Anstieg der Zuwendungen beruht auf der Landesförderung für die Ausstellung
„Ägypten am Lippeufer“. Die Sammlung geht auf den Stifter Gustav Lübcke (1868–1925) zurück.

Stadt Hamm · Haushaltsplan 2027                                                      412
""",
    [
        "Gustav-Lübcke-Museum",
        "Teilplan 04 Kultur und Wissenschaft",
        "-2.355.000",
        "Gustav Lübcke (1868–1925)",
        "Produktgruppe 04.01 Museen",
    ],
)

# C28 Hundesteuersatzung (PDF-Auszug)
C.clean(
    "pdf_pages",
    """
Satzung über die Erhebung einer Hundesteuer in der Stadt Hamm vom 15.12.2025          – 1 –

§ 2 Steuersatz
(1) Die Steuer beträgt jährlich
    a) wenn von einem Hundehalter oder von Hundehaltern gemeinsam nur ein Hund gehalten
       wird, 120,00 €,
    b) wenn zwei Hunde gehalten werden, je Hund 150,00 €,
    c) wenn drei oder mehr Hunde gehalten werden, je Hund 180,00 €.
(2) Für gefährliche Hunde im Sinne des § 3 LHundG NRW beträgt die Steuer 720,00 € je Hund.

                                                        Amtsblatt Nr. 48/2025, S. 611

Hundesteuersatzung Stadt Hamm                                                          – 2 –

§ 3 Steuerbefreiungen
Steuerbefreiung wird auf Antrag gewährt für Blindenführhunde, Assistenzhunde und Hunde, die
aus dem Tierheim Hamm (Tierschutzverein Hamm und Umgebung e.V.) übernommen werden, für die
Dauer von zwölf Monaten.

                                                        Amtsblatt Nr. 48/2025, S. 612
""",
    [
        "§ 3 LHundG NRW",
        "720,00 €",
        "Amtsblatt Nr. 48/2025",
        "Tierschutzverein Hamm und Umgebung e.V.",
        "Blindenführhunde",
    ],
)

# C29 Anonyme Beschwerde (clumsy)
C.clean(
    "letter_clumsy",
    """
An die Stadt !!! Grünflächenamt

Im Lutherpark ist es nicht mehr auszuhalten. Überall Hundehaufen auf der Wiese wo die Kinder
spielen, die Mülleimer am Eingang Lutherstraße sind seit 2 Wochen voll und keiner leert die.
Die Bank beim Denkmal von Luther ist kaputt seit dem Sturm. Ich habe schon beim Bürgertelefon
angerufen 02381 17-0 da sagen sie immer wir geben es weiter aber es passiert nix.

Ich will nicht meinen Namen sagen weil ich keinen Ärger will mit den Hundebesitzern.

Ein verärgerter Anwohner
""",
    [
        "Lutherpark",
        "Grünflächenamt",
        "Denkmal von Luther",
        "Ein verärgerter Anwohner",
        "02381 17-0",
    ],
)

# C30 Brauerei: Sponsoring
C.clean(
    "email",
    """
Von: marketing@doerenkamp-braeu.de
An: stadtmarketing@stadt.hamm.de
Datum: 27.11.2026 11:15
Betreff: AW: Sponsoring Stadtfest 2027

Sehr geehrte Damen und Herren,

vielen Dank für Ihre Anfrage. Die Privatbrauerei Dörenkamp, 1862 von Braumeister Heinrich
Dörenkamp gegründet, unterstützt das Stadtfest 2027 gern wieder mit einem Ausschankwagen und
einem Sponsoringbetrag von 5.000 €. Den Vertragsentwurf senden wir bis zum 15.12. zu.

Mit freundlichen Grüßen
Ihr Team Marketing

Privatbrauerei Dörenkamp GmbH & Co. KG · Brauereistraße 1 · 59063 Hamm
Telefon 02381 96 40-0 · AG Hamm HRA 1288
""",
    [
        "Privatbrauerei Dörenkamp GmbH & Co. KG",
        "Braumeister Heinrich",
        "stadtmarketing@stadt.hamm.de",
        "HRA 1288",
        "5.000 €",
    ],
)


# ---------------------------------------------------------------------------------------------

if __name__ == "__main__":
    sys.exit(C.main(HERE / "corpus.jsonl", {"pii": 70, "clean": 30}))
