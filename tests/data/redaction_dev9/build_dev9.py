"""Build the ninth German PII redaction development corpus (``corpus.jsonl`` next to this file).

    python3 tests/data/redaction_dev9/build_dev9.py

This is a DEVELOPMENT set: it may be read, run and tuned on. It was written without sight of the
redactor's rules, its benchmark or the held-out corpora. Every one of its 80 documents is a
TABLE, a LIST or a TABLE-LIKE text as the staff of a German city administration really produce
them: Markdown tables with a header rule; plain-text tables aligned with spaces (with and
without a ruler line, with cells wrapped onto a second line); tab-separated pastes from Excel;
semicolon CSV with and without a header row and with quoted cells; numbered lists
("1. Müller, Hans, geb. …, wohnhaft …"); bullet lists; key-value blocks repeated for several
persons; tables inside e-mails with greeting and signature. Header cells are often abbreviated
("Geb.-Dat.", "Whn.-Ort", "Az.", "Kd.-Nr.", "Tel./Mobil", "Melder/in", "Erz.-Ber.",
"Ansprechp.") or in English, names stand in merged "Name, Vorname" or "Vorname Name" cells or
in two columns, addresses in a single "Anschrift" cell, and remark columns mention further
persons and towns. The kinds: participant, attendance and waiting lists, damage and defect
reports, fine lists, lost property, registration lists of the foreigners' authority,
naturalisation and wedding appointments, lay-judge and poll-worker lists, shelter occupancy,
death registers, trade registrations, dog tax, dunning lists, frontager lists and tree
sponsorships. The PII-free documents are tables and lists of facilities, statistics, fees,
budget lines, timetables, construction periods, schools, rooms, inventory, companies and
events, full of streets and schools named after persons, switchboards and register numbers.

Every document is written out individually below. Personal strings are marked inline as
``[[TYPE:text]]``; the script strips the markup and computes the offsets, so no offset is ever
written by hand. Aligned tables are laid out with ``fw``, which pads each cell to its width as
it appears after the markup is stripped. Short aliases may be used for the type:

    P=PERSON  STR=STREET_ADDRESS  LOC=LOCATION  DOB=DATE_OF_BIRTH  TEL=PHONE_NUMBER
    MAIL=EMAIL_ADDRESS  IBAN=IBAN_CODE  TAX=DE_TAX_ID  RV=DE_SOCIAL_SECURITY  ID=DE_ID_CARD
    PASS=DE_PASSPORT  KFZ=DE_KFZ  AZ=DE_AKTENZEICHEN  HR=DE_HANDELSREGISTER  IP=IP_ADDRESS

Steuer-IDs, IBANs and Rentenversicherungsnummern are produced by the helper functions below,
so that their check digits are valid; ID-card numbers use the ID-card alphabet.

Annotation conventions (those of the development sets, with notes on the formats of this set):
  - salutations, titles and roles ("Herr", "Frau", "Dr.", "RAin", "Familie") stay outside a
    PERSON span; particles belonging to the surname are inside; "Nachname, Vorname" is one span;
    lower-case names, nicknames, user handles and OCR-garbled names are PERSON; a name inside an
    e-mail address is annotated only as part of the EMAIL_ADDRESS; names of natural persons
    (citizens, staff, judges, lawyers, landlords) are annotated wherever they occur;
  - tables: header cells are never annotated; a merged "Name, Vorname" or "Vorname Name" cell
    is one PERSON span, separate surname and first-name cells are two spans; a cell wrapped
    onto a second line gives one span per line, since a span does not cross a line break;
    quotes around a CSV cell stay outside the span;
  - a private address is split into STREET_ADDRESS (street, number, additions) and LOCATION
    (postal code and town), abroad as well; a single "Anschrift" cell "Straße Nr., PLZ Ort" is
    two spans; a postcode-only column is LOCATION; a town of residence, birthplace, place of
    origin, former residence or "Zuzug aus" alone (also in prose without a verb) is LOCATION; a
    country or a nationality is not annotated;
  - addresses, switchboards, hotlines and functional mailboxes of authorities, courts, schools,
    law firms and companies are not personal; a staff member's direct line and personal
    mailbox are;
  - file, case, customer, booking and register numbers of a citizen's matter (court file numbers
    of a person's case and foreign file numbers without a cue word included) are
    DE_AKTENZEICHEN, the cue word outside; council papers, plan numbers, IT tickets and changes,
    tender numbers, Tatbestandsnummern, inventory numbers and the register entries of companies
    (HRB) are not; the HRA entry of a sole trader is DE_HANDELSREGISTER;
  - the number of a foreign passport or identity card (and of a German travel document for
    refugees) is DE_PASSPORT; the number of a German ID card or electronic residence permit (eAT)
    is DE_ID_CARD;
  - a person's name inside a business name (sole trader "Malerbetrieb Kaczmarek e.K.", a GbR,
    "Trattoria da Vito") is PERSON; firms with a legal form of their own (GmbH, AG, KG, eG) and
    their addresses, switchboards and HRB/HRA entries are not personal; the property address of
    a private owner or tenant who lives there is STREET_ADDRESS;
  - numbers of defect reports about public streets and lights, tree-cadastre and inventory
    numbers, frame and serial numbers, Tatbestandsnummern and fire-brigade operation numbers are
    not personal;
  - plates of vehicles of citizens and firms are DE_KFZ, plates of municipal vehicles are not;
  - IP addresses of citizens' devices are personal, addresses of servers, gateways, proxies and
    internal systems are not;
  - only dates of birth are personal (also a bare year of birth), letter dates, deadlines,
    appointment and event dates, dates of death and wedding dates are not.

Checks: offsets reproduce the span text, spans do not overlap, Steuer-IDs (§ 139b AO) and IBANs
(ISO 13616 MOD 97) are valid, Rentenversicherungsnummern carry a valid check digit, ID-card
numbers use the ID-card alphabet, every keep phrase occurs outside all spans, and every further
occurrence of an annotated string (and of every name part of 3+ letters) is annotated as well,
unless explicitly allowed.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from redaction_markup import MARK, Corpus  # noqa: E402

OUT = HERE / "corpus.jsonl"
CORPUS = Corpus()
pii = CORPUS.pii
clean = CORPUS.clean


# ---------------------------------------------------------------------------------------------
# Helpers: check-digit-valid numbers and table layout
# ---------------------------------------------------------------------------------------------


def steuer_id(first10: str, grouped: bool = True) -> str:
    """Steuer-ID (§ 139b AO) with the check digit computed over the first ten digits."""
    assert len(first10) == 10 and first10.isdigit() and first10[0] != "0"
    counts = sorted((first10.count(d) for d in set(first10)), reverse=True)
    assert counts[0] in (2, 3) and counts[1] == 1, first10
    product = 10
    for ch in first10:
        s = (int(ch) + product) % 10 or 10
        product = (s * 2) % 11
    check = 11 - product
    digits = first10 + str(0 if check == 10 else check)
    if grouped:
        return f"{digits[:2]} {digits[2:5]} {digits[5:8]} {digits[8:]}"
    return digits


def iban(country: str, bban: str, grouped: bool = True) -> str:
    """IBAN with the ISO 13616 check digits computed for ``bban``."""
    numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    value = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    if grouped:
        return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


def rvnr(area: str, ddmmyy: str, letter: str, serial: str) -> str:
    """Rentenversicherungsnummer with its check digit (weights 2 1 2 5 7 1 2 1 2 1 2 1)."""
    digits = area + ddmmyy + f"{ord(letter) - 64:02d}" + serial
    weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    total = sum(sum(divmod(int(d) * w, 10)) for d, w in zip(digits, weights, strict=True))
    return f"{area} {ddmmyy} {letter} {serial}{total % 10}"


def ausweis(serial: str) -> str:
    """Serial number of a German ID card (nine characters of the ID-card alphabet)."""
    assert len(serial) == 9 and set(serial) <= set("CFGHJKLMNPRTVWXYZ0123456789"), serial
    return serial


def fw(widths: list[int], *cells: str) -> str:
    """One row of a space-aligned table; markup does not count towards a cell's width."""
    out = []
    for i, cell in enumerate(cells):
        width = widths[i] if i < len(widths) else 0
        visible = len(MARK.sub(lambda m: m.group(2), cell))
        out.append(cell + " " * max(1, width - visible))
    return "".join(out).rstrip()


def rows(widths: list[int], *lines: tuple[str, ...]) -> str:
    return "\n".join(fw(widths, *line) for line in lines)


def pipe_rows(widths: list[int], *lines: tuple[str, ...]) -> str:
    """Rows of a table whose cells are padded to ``widths`` and separated by " | "."""
    out = []
    for line in lines:
        cells = []
        for i, cell in enumerate(line):
            visible = len(MARK.sub(lambda m: m.group(2), cell))
            width = widths[i] if i < len(widths) else 0
            cells.append(cell + " " * max(0, width - visible))
        out.append(" | ".join(cells).rstrip())
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# Documents with personal data
# ---------------------------------------------------------------------------------------------

# ----- Markdown tables -------------------------------------------------------------------------

# 1 -- participant list of an integration course, abbreviated headers, remark column
pii(
    "markdown_table",
    """
### Integrationskurs 26-HA-07 (Allgemeiner Kurs, Module 1–6) – Teilnehmerliste

Träger: VHS Hagen, Raum 2.14 · Kursbeginn 12.01.2026 · Lehrkraft: [[P:Dagmar Ostrowski]]

| Nr. | Name, Vorname | Geb.-Dat. | Herkunftsland | Whn.-Ort | Tel./Mobil | Bemerkung |
|---:|---|---|---|---|---|---|
| 1 | [[P:Haddad, Rami]] | [[DOB:04.09.1990]] | Syrien | [[LOC:Hagen-Haspe]] | [[TEL:0176 43120977]] | Verpflichtung ABH |
| 2 | [[P:Melnyk, Oksana]] | [[DOB:17.2.85]] | Ukraine | [[LOC:Hagen-Wehringhausen]] | [[TEL:0152 29084413]] | § 44 AufenthG |
| 3 | [[P:Nguyen Thi, Lan]] | [[DOB:1993-11-30]] | Vietnam | [[LOC:Gevelsberg]] | – | Bruder wohnt in [[LOC:Lüdenscheid]] |
| 4 | [[P:Aksoy, Emre]] | [[DOB:02.06.1998]] | Türkei | [[LOC:Hagen-Boele]] | [[TEL:0157 30228416]] | Verpflichtung Jobcenter |
| 5 | [[P:Karimi, Zahra]] | [[DOB:21.12.1987]] | Afghanistan | [[LOC:Hagen-Altenhagen]] | [[TEL:0176 88140275]] | Rückruf über Tochter [[P:Maryam]] |
| 6 | [[P:Kovalenko, Dmytro]] | [[DOB:9. Mai 1979]] | Ukraine | [[LOC:Wetter (Ruhr)]] | [[TEL:0163 7720415]] | fehlt oft montags (Arzttermine) |
| 7 | [[P:Rossi, Giulia]] | [[DOB:30.01.2001]] | Italien | [[LOC:Hagen-Haspe]] | [[TEL:0151 20917346]] | freiwillig, Selbstzahlerin |

Fehlzeiten bitte bis Freitag an kurs-ha07@vhs-hagen.de; Prüfung DTZ geplant für KW 27.
""",
    keep=[
        "Integrationskurs 26-HA-07",
        "Verpflichtung Jobcenter",
        "kurs-ha07@vhs-hagen.de",
        "Prüfung DTZ geplant für KW 27",
        "| Nr. | Name, Vorname | Geb.-Dat. | Herkunftsland | Whn.-Ort | Tel./Mobil | Bemerkung |",
    ],
)

# 2 -- defect list from the online defect reporter, with reporter, mail and IP columns
pii(
    "markdown_table",
    """
**Mängelmelder Stadt Iserlohn – offene Meldungen Straßenbeleuchtung/Gehwege, Stand 16.03.2026**

| Meldung | Eingang | Ort | Mangel | Melder/in | Kontakt | IP (Formular) | Status |
|---|---|---|---|---|---|---|---|
| MM-26-1184 | 02.03. | Baarstraße ggü. Nr. 48 | Leuchte defekt, flackert | [[P:Sabine Kretschmer]] | [[MAIL:s.kretschmer@t-online.de]] | [[IP:87.79.214.33]] | Auftrag an Stadtwerke |
| MM-26-1190 | 03.03. | Fußweg Seilersee, Höhe Bootshaus | Gehwegplatte lose, Stolpergefahr | anonym | – | [[IP:2a02:810d:4b40:2e1c::5f3]] | erledigt 09.03. |
| MM-26-1207 | 05.03. | Kreuzung Hans-Böckler-Str./Karnacksweg | Schlagloch ca. 30 cm | [[P:Kerem Doğan]] | [[TEL:0160 4418270]] | [[IP:91.7.160.208]] | Kolonne Nord, KW 12 |
| MM-26-1213 | 06.03. | vor [[STR:Am Wellenbad 7]] | Baumwurzel hebt Pflaster | [[P:Wiesner, Ingrid]] | [[TEL:02371 440938]] | – (telefonisch) | Prüfung Grünflächen |
| MM-26-1229 | 10.03. | Parkplatz Schillerplatz | Poller umgefahren | [[P:Paweł Grabowski]] | [[MAIL:pawel.grabowski@wp.pl]] | [[IP:178.201.34.120]] | Verursacher unbekannt |
| MM-26-1241 | 12.03. | Treppe Nussbergweg | Handlauf fehlt | Seniorenbeirat | seniorenbeirat@iserlohn.de | 10.12.4.20 (Rathaus-PC) | Angebot angefordert |

Hinweis: IP-Adressen werden nach 30 Tagen automatisch gelöscht (DS-Konzept Mängelmelder, Ziff. 4.2).
Rückfragen zu MM-26-1213: Frau [[P:Wiesner]] wünscht Rückruf nur vormittags.
""",
    keep=[
        "Auftrag an Stadtwerke",
        "Fußweg Seilersee, Höhe Bootshaus",
        "seniorenbeirat@iserlohn.de",
        "10.12.4.20 (Rathaus-PC)",
        "DS-Konzept Mängelmelder, Ziff. 4.2",
    ],
)

# 3 -- naturalisation appointments with birthplace, former nationality and passport numbers
pii(
    "markdown_table",
    """
## Einbürgerungsbehörde Stadt Gütersloh – Aushändigungstermine Einbürgerungsurkunden April 2026

| Datum | Uhrzeit | Az. | Name | Geb.-Dat. | Geburtsort | bish. Staatsang. | Pass-Nr. (bish.) | Hinweis |
|---|---|---|---|---|---|---|---|---|
| 14.04.2026 | 09:00 | [[AZ:2026-EBG-00412]] | [[P:Al-Khatib, Yara]] | [[DOB:1996-07-03]] | [[LOC:Homs]] | syrisch | [[PASS:N014472981]] | Bekenntnis ausfüllen lassen |
| 14.04.2026 | 09:20 | [[AZ:2026-EBG-00415]] | [[P:Yılmaz, Hüseyin]] | [[DOB:11.08.1975]] | [[LOC:Kayseri]] | türkisch | [[PASS:U18827403]] | Entlassungsurkunde liegt vor |
| 14.04.2026 | 09:20 | [[AZ:2026-EBG-00416]] | [[P:Yılmaz, Elif]] | [[DOB:23.2.79]] | [[LOC:Kayseri-Talas]] | türkisch | [[PASS:U18827404]] | mit Ehemann, Miteinbürgerung Kind [[P:Deniz]] |
| 14.04.2026 | 09:40 | [[AZ:2026-EBG-00431]] | [[P:Wiśniewska, Agnieszka]] | [[DOB:6. Juni 1988]] | [[LOC:Wrocław]] | polnisch | [[PASS:EK4419027]] | Mehrstaatigkeit (§ 12 StAG a. F. entfällt) |
| 15.04.2026 | 10:00 | [[AZ:2026-EBG-00437]] | [[P:Papadopoulos, Nikolaos]] | [[DOB:19.10.1969]] | [[LOC:Thessaloniki]] | griechisch | [[PASS:AN2730815]] | Dolmetscher nicht nötig |
| 15.04.2026 | 10:20 | [[AZ:2026-EBG-00440]] | [[P:Trần, Minh Đức]] | [[DOB:01.01.1992]] | [[LOC:Hải Phòng]] | vietnamesisch | [[PASS:C4207719]] | Geburtsdatum fiktiv lt. Pass |

Feierliche Übergabe im Ratssaal; Begleitpersonen max. 2. Rückfragen: einbuergerung@guetersloh.de
Zuständig: [[P:Hendrik Schäfer-Obst]], Durchwahl [[TEL:05241 82-2317]]
""",
    keep=[
        "Aushändigungstermine Einbürgerungsurkunden April 2026",
        "Entlassungsurkunde liegt vor",
        "einbuergerung@guetersloh.de",
        "Feierliche Übergabe im Ratssaal",
        "Bekenntnis ausfüllen lassen",
    ],
)

# 4 -- weekly trade registrations, sole traders with HRA and Steuer-ID, a GmbH with HRB
pii(
    "markdown_table",
    f"""
Gewerbeamt – Gewerbeanmeldungen KW 11/2026 (Auszug für Weiterleitung an IHK/HWK/Finanzamt)

| lfd. | Betrieb | Rechtsform | Inhaber/in bzw. Geschäftsführer/in | Geb. | Wohnanschrift Inhaber/in | Tätigkeit | Register | Steuer-ID Inh. |
|---|---|---|---|---|---|---|---|---|
| 1 | Kiosk am Stadtgarten | Einzelunternehmen | [[P:Demir, Oğuz]] | [[DOB:14.05.1983]] | [[STR:Kleine Straße 4]], [[LOC:58089 Hagen]] | Einzelhandel Tabak, Getränke | – | [[TAX:{steuer_id("4715823694")}]] |
| 2 | Malerbetrieb [[P:Kaczmarek]] e.K. | e.K. | [[P:Kaczmarek, Tomasz]] | [[DOB:03.11.1977]] | [[STR:Am Hohen Stein 12]], [[LOC:58093 Hagen]] | Maler- und Lackierarbeiten | [[HR:HRA 4417]] AG Hagen | [[TAX:{steuer_id("2938471562")}]] |
| 3 | Bella Napoli Ristorante GmbH | GmbH | [[P:Esposito, Salvatore]] (GF) | [[DOB:22.01.1971]] | [[STR:Eppenhauser Str. 140]], [[LOC:58093 Hagen]] | Gaststätte mit Alkoholausschank | HRB 9931 AG Hagen | – |
| 4 | Nagelstudio [[P:Linh]] | Einzelunternehmen | [[P:Phạm, Thị Linh]] | [[DOB:1990-04-28]] | [[STR:Lange Str. 71]], [[LOC:58089 Hagen]] | Kosmetik, Nageldesign | – | [[TAX:{steuer_id("5610928375")}]] |
| 5 | Umzüge & Transporte [[P:Krüger]] | Einzelunternehmen | [[P:Krüger, Sven-Ole]] | [[DOB:8.9.96]] | [[STR:Wehringhauser Str. 33a]], [[LOC:58089 Hagen]] | Güterkraftverkehr bis 3,5 t | – | [[TAX:{steuer_id("3097164253")}]] |
| 6 | Volme Solar GmbH & Co. KG | KG | Volme Solar Verwaltungs GmbH | – | – | Montage PV-Anlagen | HRA 7012 AG Hagen | – |

Betriebsstätten: Nr. 1 Springmannstraße 2 (Kiosk), Nr. 3 Elberfelder Str. 58, Nr. 6 Gewerbepark Kückelhausen 11.
Nr. 5: Erlaubnis nach § 3 GüKG nicht erforderlich (bis 3,5 t). Nr. 3: Gaststättenanzeige liegt vor.
""",
    keep=[
        "Gewerbeanmeldungen KW 11/2026",
        "HRB 9931 AG Hagen",
        "HRA 7012 AG Hagen",
        "Volme Solar Verwaltungs GmbH",
        "Gewerbepark Kückelhausen 11",
        "Gaststätte mit Alkoholausschank",
    ],
)

# 5 -- dog tax register extract, merged "Vorname Name" cell, Kassenzeichen column
pii(
    "markdown_table",
    """
Hundesteuer – Zugänge und Abgänge März 2026 (Steueramt, Sachgebiet 21.3)

|Kassenzeichen|Halter/in|Anschrift|Rasse|Zugang|Abgang|Steuer €/J.|Bemerkung|
|-|-|-|-|-|-|-|-|
|[[AZ:21.3.0417.2288]]|[[P:Monika Brüggemann]]|[[STR:Hochstr. 9]], [[LOC:59423 Unna]]|Labrador-Mix|01.03.2026| |108,00| |
|[[AZ:21.3.0417.2291]]|[[P:Kemal Arslan]]|[[STR:Friedrich-Ebert-Str. 61]], [[LOC:59425 Unna]]|Staffordshire Bullterrier|04.03.2026| |600,00|gefährlicher Hund, Sachkunde liegt vor|
|[[AZ:21.3.0309.1874]]|[[P:Lieselotte Franke-Hilgers]]|[[STR:Am Bornekamp 3]], [[LOC:59423 Unna]]|Dackel| |12.03.2026| |Tod des Hundes, Nachweis Tierarzt|
|[[AZ:21.3.0417.2302]]|[[P:Oleksandr Savchenko]]|[[STR:Massener Str. 120]], [[LOC:59427 Unna-Massen]]|Husky|15.03.2026| |108,00|zugezogen aus [[LOC:Dnipro]], Hund seit 2024|
|[[AZ:21.3.0221.0935]]|[[P:Jörg Schulze-Wilmes]]|[[STR:Heideweg 18]], [[LOC:59427 Unna]]|Beagle| |31.03.2026| |Wegzug nach [[LOC:Kamen]]|
|[[AZ:21.3.0417.2310]]|[[P:Dimitra Georgiou]]|[[STR:Bahnhofstr. 2]], [[LOC:59423 Unna]]|Zweithund: Pudel|20.03.2026| |156,00|Ersthund unter Kz. [[AZ:21.3.0388.1702]]|

Steuermarken ausgegeben: 4; Rückgabe von 2 Marken steht aus.
""",
    keep=[
        "Sachgebiet 21.3",
        "Staffordshire Bullterrier",
        "gefährlicher Hund, Sachkunde liegt vor",
        "Tod des Hundes, Nachweis Tierarzt",
        "Steuermarken ausgegeben: 4",
    ],
)

# 6 -- wedding appointments with witnesses, a foreign partner's passport
pii(
    "markdown_table",
    """
# Standesamt Schwerte – Trauungen Mai 2026 (intern, nicht für Aushang)

| Termin | Ort | Eheschließende 1 | Geb. | Eheschließende 2 | Geb. | Trauzeug/innen | Dolmetsch | Standesbeamt. |
|---|---|---|---|---|---|---|---|---|
| Fr 08.05., 11:00 | Trauzimmer Rathaus | [[P:Lukas Brenner]] | [[DOB:12.03.1994]] | [[P:Anna-Lena Vogt]] | [[DOB:29.07.1995]] | [[P:Felix Brenner]], [[P:Marie Köhler]] | – | [[P:Schrader]] |
| Fr 08.05., 12:00 | Trauzimmer Rathaus | [[P:Andrzej Nowak]] | [[DOB:5.1.81]] | [[P:Kinga Zielińska]] | [[DOB:17.11.1984]] | keine | Polnisch (Frau Dr. [[P:Wolny]]) | [[P:Schrader]] |
| Sa 09.05., 10:30 | Haus Villigst (Außenstelle) | [[P:Mehmet Can Öztürk]] | [[DOB:1990-02-14]] | [[P:Sophie Lindqvist]] | [[DOB:1992-08-30]] | [[P:Baran Öztürk]] | Schwedisch nicht nötig | [[P:Hüttemann]] |
| Sa 09.05., 12:00 | Haus Villigst (Außenstelle) | [[P:Oleg Petrenko]] | [[DOB:21. Oktober 1976]] | [[P:Natalia Bondar]] | [[DOB:02.04.1980]] | [[P:Iryna Bondar]] | Ukrainisch | [[P:Hüttemann]] |
| Fr 22.05., 14:00 | Trauzimmer Rathaus | [[P:Giuseppe De Luca]] | [[DOB:08.08.1968]] | [[P:Renate Kühn]] | [[DOB:24.12.1970]] | – | Italienisch (Sohn [[P:Marco De Luca]]) | [[P:Schrader]] |

Unterlagen unvollständig: Nr. 4 – Ehefähigkeitszeugnis für Herrn [[P:Petrenko]] fehlt (Pass-Nr. [[PASS:FT418832]]); Befreiung beim OLG Hamm beantragt.
""",
    keep=[
        "Trauungen Mai 2026 (intern, nicht für Aushang)",
        "Haus Villigst (Außenstelle)",
        "Trauzimmer Rathaus",
        "Ehefähigkeitszeugnis",
        "Befreiung beim OLG Hamm beantragt",
    ],
)

# 7 -- Kita waiting list with child, guardians ("Erz.-Ber.") and sibling remarks
pii(
    "markdown_table",
    """
Kita-Navigator Export → Warteliste Kita „Regenbogen“ (Witten-Annen), Aufnahme 01.08.2026

| Rang | Kind | Geb. | Erz.-Ber. | Anschrift | Tel. | Std./Wo. | Geschw. in Einr. | Anm.-Nr. |
|---|---|---|---|---|---|---|---|---|
| 1 | [[P:Emil Hartmann]] | [[DOB:14.09.2023]] | [[P:Julia Hartmann]] / [[P:Benedikt Roos]] | [[STR:Annenstr. 118]], [[LOC:58453 Witten]] | [[TEL:0170 2281946]] | 45 | ja ([[P:Clara]]) | [[AZ:KN-58453-26-0071]] |
| 2 | [[P:Amira Benali]] | [[DOB:2.11.23]] | [[P:Nadia Benali]] | [[STR:Stockumer Str. 41]], [[LOC:58454 Witten]] | [[TEL:0157 84413290]] | 35 | nein | [[AZ:KN-58453-26-0084]] |
| 3 | [[P:Jakub Wróbel]] | [[DOB:2023-06-30]] | [[P:Ewelina Wróbel]], [[P:Marek Wróbel]] | [[STR:Wullener Feld 6]], [[LOC:58454 Witten]] | [[TEL:0152 01984437]] | 45 | nein | [[AZ:KN-58453-26-0090]] |
| 4 | [[P:Lina Marie Schulte]] | [[DOB:01.03.2024]] | [[P:Kathrin Schulte]] (alleinerz.) | [[STR:Bebbelsdorf 77]], [[LOC:58454 Witten]] | [[TEL:02302 6091128]] | 25 | nein | [[AZ:KN-58453-26-0102]] |
| 5 | [[P:Yusuf Kaya]] | [[DOB:19.12.2023]] | [[P:Serap Kaya]] | [[STR:Herdecker Str. 9]], [[LOC:58453 Witten]] | Rückruf über Oma [[P:Gülten]] [[TEL:02302 57713]] | 35 | ja ([[P:Zeynep]]) | [[AZ:KN-58453-26-0109]] |

Kriterien: Geschwisterkind, Berufstätigkeit, Alleinerziehend. Rang 3: Familie zieht erst zum 01.07. aus [[LOC:Sprockhövel]] zu.
""",
    keep=[
        "Kita „Regenbogen“ (Witten-Annen)",
        "Aufnahme 01.08.2026",
        "Kriterien: Geschwisterkind, Berufstätigkeit, Alleinerziehend",
        "| Rang | Kind | Geb. | Erz.-Ber. | Anschrift | Tel. | Std./Wo. | Geschw. in Einr. | Anm.-Nr. |",
    ],
)

# 8 -- tree sponsorships with English and mixed headers
pii(
    "markdown_table",
    """
Baumpatenschaften 2026 – Grünflächenamt Münster / sponsor list for the tree cadastre (Version EN/DE)

| Tree ID | Species | Location | Sponsor | Contact | Since | Plaque text |
|---|---|---|---|---|---|---|
| BK-11-0482 | Winterlinde | Aasee, Südufer | [[P:Heinrich Lohmann-Terbeck]] | [[MAIL:h.lohmann-terbeck@gmx.net]] | 2019 | „Für [[P:Irmgard]] – 50 Jahre“ |
| BK-11-0517 | Feldahorn | Wienburgpark | Kita Sonnenschein e.V. | kita-sonnenschein@muenster-ev.de | 2021 | „Unser Kita-Baum“ |
| BK-04-1190 | Stieleiche | Kinderhauser Bach | [[P:Aylin Çetin]] & [[P:Jonas Pieper]] | [[TEL:0176 55203918]] | 2024 | „[[P:Aylin]] & [[P:Jonas]], 12.06.2024“ |
| BK-07-0023 | Ginkgo | Promenade, Höhe Kreuztor | Dr. [[P:Wen Li]] | [[MAIL:wenli.ms@posteo.de]] | 2025 | – |
| BK-07-0031 | Esskastanie | Promenade, Höhe Kreuztor | Familie [[P:Rosenbaum]] ([[STR:Grevener Str. 212]]) | [[TEL:0251 8839104]] | 2026 | „In Erinnerung an [[P:Samuel Rosenbaum]]“ |
| BK-09-0904 | Vogelkirsche | Sentruper Höhe | Stadtwerke Münster GmbH | sponsoring@stadtwerke-ms.example | 2023 | Logo |

Pflegevereinbarung: Gießen Mai–September, keine Düngung; Kontrollen durch Baumkontrolle Bezirk Mitte.
""",
    keep=[
        "| Tree ID | Species | Location | Sponsor | Contact | Since | Plaque text |",
        "Kita Sonnenschein e.V.",
        "Stadtwerke Münster GmbH",
        "Promenade, Höhe Kreuztor",
        "Gießen Mai–September, keine Düngung",
    ],
)

# 9 -- flat waiting list of the municipal housing company, WBS numbers and household size
pii(
    "markdown_table",
    """
Wohnungsvermittlung (Wohnberechtigung/Wohnungsnotfälle) – Vormerkliste Stand 31.03.2026

| Vormerk-Nr. | Antragsteller/in | Geb.-Datum | derzeitige Anschrift | Pers. | WBS bis | Dringlichkeit | Ansprechp. Amt |
|---|---|---|---|---|---|---|---|
| [[AZ:WV-2025-0788]] | [[P:Schwarz, Dennis]] | [[DOB:27.04.1989]] | [[STR:Lindenstr. 17]] (bei Eltern), [[LOC:33602 Bielefeld]] | 1 | 11/2026 | normal | [[P:Kampmann]] |
| [[AZ:WV-2025-0841]] | [[P:Abdi, Hodan]] | [[DOB:1985-01-01]] | Notunterkunft Teichsheide, Zi. 14 | 5 | 02/2027 | hoch (Räumung) | [[P:Kampmann]] |
| [[AZ:WV-2026-0012]] | [[P:Lewandowski, Krystyna]] | [[DOB:13.7.58]] | [[STR:Jöllenbecker Str. 301]], [[LOC:33613 Bielefeld]] | 1 | 01/2027 | hoch (Rollstuhl, EG nötig) | [[P:Nüßing]] |
| [[AZ:WV-2026-0035]] | [[P:Hoang, Van Thanh]] | [[DOB:04.10.1979]] | [[STR:Heeper Str. 86, 3. OG]], [[LOC:33607 Bielefeld]] | 4 | 03/2027 | normal | [[P:Nüßing]] |
| [[AZ:WV-2026-0051]] | [[P:Berisha, Arben]] / [[P:Berisha, Vjosa]] | [[DOB:09.09.1991]] / [[DOB:15.2.1994]] | [[STR:Am Sudbrack 2a]], [[LOC:33611 Bielefeld]] | 3 | 03/2027 | mittel (Überbelegung) | [[P:Kampmann]] |

Angebote bitte über wohnungsvermittlung@bielefeld.de; Vormerkungen verfallen nach 12 Monaten ohne Verlängerung.
""",
    keep=[
        "Vormerkliste Stand 31.03.2026",
        "Notunterkunft Teichsheide, Zi. 14",
        "hoch (Rollstuhl, EG nötig)",
        "wohnungsvermittlung@bielefeld.de",
        "mittel (Überbelegung)",
    ],
)

# ----- plain-text tables aligned with spaces ------------------------------------------------

# 10 -- warning-fine list of the municipal enforcement service, ruler lines, plates and holders
W10 = [16, 11, 26, 8, 13, 30, 7, 20]
pii(
    "aligned_table",
    "Ordnungsamt Lünen – Verwarngeldliste ruhender Verkehr, Bezirk Innenstadt, 09.03.–13.03.2026\n"
    + "=" * 128
    + "\n"
    + rows(
        W10,
        ("Az.", "Tattag", "Tatort", "TBNR", "Kennzeichen", "Halter/in", "Betrag", "Status"),
    )
    + "\n"
    + "-" * 128
    + "\n"
    + rows(
        W10,
        (
            "[[AZ:32.1-0417/26]]",
            "09.03.2026",
            "Lange Str. 12 (Gehweg)",
            "112402",
            "[[KFZ:UN-KT 418]]",
            "[[P:Tekin, Kübra]]",
            "55,00",
            "bezahlt",
        ),
        (
            "[[AZ:32.1-0418/26]]",
            "09.03.2026",
            "Marktplatz, Lieferzone",
            "141312",
            "[[KFZ:DO-AB 2207]]",
            "Getränke Hoffmeister GmbH",
            "40,00",
            "Fahrerbenennung",
        ),
        (
            "[[AZ:32.1-0431/26]]",
            "10.03.2026",
            "Bäckerstr. / Rathaus",
            "141245",
            "[[KFZ:UN-MW 77]]",
            "[[P:Wawrzyniak, Marcin]]",
            "35,00",
            "Anhörung versandt",
        ),
        (
            "[[AZ:32.1-0436/26]]",
            "11.03.2026",
            "Behindertenparkpl. Post",
            "142278",
            "[[KFZ:COE-LS 1960]]",
            "[[P:Lührmann-Stöver, Gisela]]",
            "55,00",
            "Einspruch: Ausweis",
        ),
        (
            "[[AZ:32.1-0449/26]]",
            "12.03.2026",
            "Feuerwehrzufahrt Klinik",
            "141194",
            "[[KFZ:UN-E 5120E]]",
            "[[P:Haidari, Mohammad Reza]]",
            "55,00",
            "offen",
        ),
        (
            "[[AZ:32.1-0450/26]]",
            "12.03.2026",
            "Feuerwehrzufahrt Klinik",
            "141194",
            "UN-LÜ 301",
            "Stadt Lünen (Fuhrpark)",
            "0,00",
            "Einsatzfahrzeug",
        ),
        (
            "[[AZ:32.1-0462/26]]",
            "13.03.2026",
            "Cappenberger Str. 40",
            "112262",
            "[[KFZ:HAM-RS 9]]",
            "[[P:Rasch, Sebastian]]",
            "20,00",
            "bezahlt",
        ),
    )
    + "\n"
    + "-" * 128
    + "\n"
    + "Summe 7 Fälle / 315,00 EUR. Einspruch Az. 0436: Halterin legt Parkausweis nach § 46 StVO vor, Kopie\n"
    + "folgt per Post. Erfasser/in: VÜ [[P:Demirci]] (DN 4471), VÜ [[P:Holzapfel]] (DN 4480)\n",
    keep=[
        "Verwarngeldliste ruhender Verkehr",
        "Getränke Hoffmeister GmbH",
        "UN-LÜ 301",
        "Stadt Lünen (Fuhrpark)",
        "Summe 7 Fälle / 315,00 EUR",
    ],
)

# 11 -- registration list of the foreigners' authority, wrapped cells, no ruler line
W11 = [15, 24, 14, 17, 14, 19, 24, 12]
pii(
    "aligned_table",
    "Ausländerbehörde Kreis Recklinghausen – Meldeliste Neuzuzüge (Datenübermittlung Meldebehörde) KW 10\n\n"
    + rows(
        W11,
        (
            "Az.",
            "Name, Vorname",
            "Geb.-Dat.",
            "Geburtsort",
            "Staatsang.",
            "Zuzug aus",
            "Anschrift",
            "Pass-Nr.",
        ),
        (
            "[[AZ:III/2026/0815]]",
            "[[P:Kowalczyk-Brandt]],",
            "[[DOB:12.03.1987]]",
            "[[LOC:Katowice]]",
            "polnisch",
            "[[LOC:Gladbeck]]",
            "[[STR:Hertener Str. 112]],",
            "[[PASS:EP7730142]]",
        ),
        ("", "[[P:Magdalena]]", "", "", "", "", "[[LOC:45657 Recklinghausen]]", ""),
        (
            "[[AZ:III/2026/0816]]",
            "[[P:Al-Hassan, Omar]]",
            "[[DOB:01.01.1994]]",
            "[[LOC:Deir ez-Zor]]",
            "syrisch",
            "[[LOC:Eisenhüttenstadt]]",
            "[[STR:Dorstener Str. 7]],",
            "[[PASS:N013384411]]",
        ),
        ("", "", "", "", "", "(Erstaufnahme)", "[[LOC:45657 Recklinghausen]]", ""),
        (
            "[[AZ:III/2026/0819]]",
            "[[P:Shevchenko, Iryna]]",
            "[[DOB:1975-05-22]]",
            "[[LOC:Mykolajiw]]",
            "ukrainisch",
            "[[LOC:Marl]]",
            "[[STR:Bruchweg 28]],",
            "[[PASS:FP102447]]",
        ),
        ("", "", "", "", "", "", "[[LOC:45659 Recklinghausen]]", ""),
        (
            "[[AZ:III/2026/0822]]",
            "[[P:Okonkwo, Chidi]]",
            "[[DOB:30.6.98]]",
            "[[LOC:Enugu]]",
            "nigerianisch",
            "[[LOC:Bochum]]",
            "[[STR:Castroper Str. 19a]],",
            "[[PASS:A11982045]]",
        ),
        ("", "", "", "", "", "", "[[LOC:45665 Recklinghausen]]", ""),
        (
            "[[AZ:III/2026/0823]]",
            "[[P:Demir, Hatice]]",
            "[[DOB:7. Juli 1962]]",
            "[[LOC:Malatya]]",
            "türkisch",
            "[[LOC:Kütahya]]",
            "bei Sohn [[P:Murat Demir]],",
            "[[PASS:U20913377]]",
        ),
        ("", "", "", "", "", "(Familiennachzug)", "[[STR:Ossenbergweg 5]]", ""),
    )
    + "\n\nBemerkungen: Az. 0819 – Aufenthaltserlaubnis § 24 AufenthG, Fiktion bis 30.06.2026. Az. 0822 – Studium\n"
    + "Westfälische Hochschule, Immatrikulation liegt vor. Az. 0823 – Visum D, Verpflichtungserklärung [[P:Murat Demir]].\n",
    keep=[
        "Meldeliste Neuzuzüge (Datenübermittlung Meldebehörde) KW 10",
        "(Erstaufnahme)",
        "(Familiennachzug)",
        "Westfälische Hochschule, Immatrikulation liegt vor",
        "Aufenthaltserlaubnis § 24 AufenthG",
    ],
)

# 12 -- occupancy list of an emergency shelter, wrapped remark cells, no ruler
W12 = [7, 26, 12, 16, 10, 40]
pii(
    "aligned_table",
    "Belegungsliste Notunterkunft Brunnenstraße (Männer/Frauen getrennt) – Stand 05.02.2026, 22:00 Uhr\n"
    + "Dienst: Nachtwache [[P:Rüdiger Kamps]] / Sozialarbeit [[P:Selin Aydemir]]\n\n"
    + rows(
        W12,
        ("Zimmer", "Name", "Geb.", "bisheriger", "Aufnahme", "Bemerkung"),
        ("", "", "", "Wohnort", "", ""),
        (
            "M-01",
            "[[P:Brzeziński, Janusz]]",
            "[[DOB:14.04.1966]]",
            "[[LOC:Opole]]",
            "12.01.",
            "Arbeitsplatz verloren, Kontakt zur",
        ),
        ("", "", "", "", "", "Schwester in [[LOC:Gelsenkirchen]]"),
        (
            "M-02",
            "[[P:Reinholz, Frank]]",
            "[[DOB:3.9.71]]",
            "[[LOC:Dortmund-Hörde]]",
            "02.02.",
            "Räumung [[AZ:7 C 123/26]] AG Dortmund,",
        ),
        ("", "", "", "", "", "Möbel eingelagert bei Fa. Hansa Lager"),
        (
            "M-02",
            "„[[P:Ede]]“ (Name unbek.)",
            "ca. 60 J.",
            "–",
            "04.02.",
            "nur Nacht, lehnt Aufnahme ab",
        ),
        (
            "F-01",
            "[[P:Sowa, Beata]]",
            "[[DOB:1980-11-02]]",
            "[[LOC:Kamen]]",
            "20.01.",
            "mit Hund, Rückruf über Tochter",
        ),
        ("", "", "", "", "", "[[P:Natalia]] [[TEL:0176 30981172]]"),
        (
            "F-02",
            "[[P:Mensah, Abena]]",
            "[[DOB:23.05.1990]]",
            "[[LOC:Kumasi]] /",
            "03.02.",
            "schwanger (32. SSW), Hebamme",
        ),
        ("", "", "", "[[LOC:Hamburg]]", "", "informiert, Wohnungsamt [[AZ:WV-2026-0118]]"),
    )
    + "\n\nFreie Plätze: M 3, F 1. Übergabe an Frühdienst 07:00 Uhr.\n",
    keep=[
        "Notunterkunft Brunnenstraße",
        "Möbel eingelagert bei Fa. Hansa Lager",
        "nur Nacht, lehnt Aufnahme ab",
        "Freie Plätze: M 3, F 1",
        "Übergabe an Frühdienst 07:00 Uhr",
    ],
)

# 13 -- frontager list of a street construction, owners with wrapped cells and an address abroad
W13 = [13, 30, 32, 14, 8, 12]
pii(
    "aligned_table",
    "Tiefbauamt Soest – Ausbau Erlenweg (KAG-Maßnahme 66.2-014) – Anliegerliste für die Anhörung\n"
    + "-" * 110
    + "\n"
    + rows(
        W13,
        ("Flurstück", "Eigentümer/in", "Anschrift Eigentümer/in", "Grundstück", "m²", "vorl. €"),
    )
    + "\n"
    + "-" * 110
    + "\n"
    + rows(
        W13,
        (
            "Fl. 7 / 211",
            "[[P:Bergmann, Wilfried]] und",
            "[[STR:Erlenweg 2]]",
            "[[STR:Erlenweg 2]]",
            "612",
            "4.896,00",
        ),
        ("", "[[P:Bergmann, Heike]]", "[[LOC:59494 Soest]]", "", "", ""),
        (
            "Fl. 7 / 212",
            "Erbengemeinschaft [[P:Tillmann]]:",
            "c/o [[P:Ute Tillmann-Koç]]",
            "[[STR:Erlenweg 4]]",
            "845",
            "6.760,00",
        ),
        ("", "[[P:Ute Tillmann-Koç]],", "[[STR:Kaiserstr. 51]]", "", "", ""),
        ("", "[[P:Rainer Tillmann]]", "[[LOC:44135 Dortmund]]", "", "", ""),
        (
            "Fl. 7 / 215",
            "[[P:van der Berg, Pieter]]",
            "[[STR:Laan van Meerdervoort 412]]",
            "[[STR:Erlenweg 6]]",
            "590",
            "4.720,00",
        ),
        ("", "", "[[LOC:2563 BD Den Haag]]", "(vermietet)", "", ""),
        (
            "Fl. 7 / 216",
            "Soester Wohnungsbau eG",
            "Ulricherstraße 12, Soest",
            "Erlenweg 8–12",
            "2.110",
            "16.880,00",
        ),
        (
            "Fl. 7 / 230",
            "[[P:Đorđević, Milan]]",
            "[[STR:Erlenweg 14]]",
            "[[STR:Erlenweg 14]]",
            "498",
            "3.984,00",
        ),
        ("", "", "[[LOC:59494 Soest]]", "", "", ""),
        (
            "Fl. 7 / 231",
            "Stadt Soest (Spielplatz)",
            "–",
            "Erlenweg 16",
            "1.020",
            "entfällt",
        ),
    )
    + "\n"
    + "-" * 110
    + "\n"
    + "Pächter Fl. 7 / 215: [[P:Kübra Aslan]], [[STR:Erlenweg 6]] (nur informativ, nicht beitragspflichtig)\n"
    + "Anhörungstermin: 21.04.2026, 18 Uhr, Aula Schulzentrum Nord. Beitragssatz vorl. 8,00 €/m².\n",
    keep=[
        "KAG-Maßnahme 66.2-014",
        "Soester Wohnungsbau eG",
        "Ulricherstraße 12, Soest",
        "Stadt Soest (Spielplatz)",
        "Beitragssatz vorl. 8,00 €/m²",
    ],
)

# 14 -- death register of the registry office, register numbers, informants
W14 = [13, 26, 16, 15, 12, 28, 30]
pii(
    "aligned_table",
    "STANDESAMT ARNSBERG – BEURKUNDETE STERBEFÄLLE 23.02.–27.02.2026 (Liste für Friedhofsverwaltung/Nachlassgericht)\n\n"
    + rows(
        W14,
        (
            "Reg.-Nr.",
            "Verstorbene/r",
            "geb.",
            "Geburtsort",
            "gest.",
            "letzte Anschrift",
            "Anzeige durch",
        ),
        (
            "========",
            "=============",
            "====",
            "==========",
            "=====",
            "================",
            "=============",
        ),
        (
            "[[AZ:S 0211/2026]]",
            "[[P:Hesse, Gertrud]]",
            "[[DOB:02.05.1931]]",
            "[[LOC:Neheim]]",
            "22.02.2026",
            "[[STR:Goethestr. 14]]",
            "Bestattungen Lüttecke GmbH",
        ),
        (
            "[[AZ:S 0212/2026]]",
            "[[P:Kaminski, Zbigniew]]",
            "[[DOB:18.09.1948]]",
            "[[LOC:Gdańsk]]",
            "23.02.2026",
            "[[STR:Am Hüttengraben 3]]",
            "Sohn [[P:Piotr Kaminski]]",
        ),
        (
            "[[AZ:S 0214/2026]]",
            "[[P:Schulte, Franz-Josef]]",
            "[[DOB:1.12.39]]",
            "[[LOC:Hüsten]]",
            "24.02.2026",
            "Seniorenzentrum St. Anna",
            "Einrichtung (Pflegedienstltg.)",
        ),
        (
            "[[AZ:S 0215/2026]]",
            "[[P:Özkan, Ali Osman]]",
            "[[DOB:1954-03-01]]",
            "[[LOC:Sivas]]",
            "25.02.2026",
            "[[STR:Mendener Str. 88]]",
            "Tochter [[P:Fatma Özkan-Sert]]",
        ),
        (
            "[[AZ:S 0217/2026]]",
            "unbekannt (männl.)",
            "–",
            "–",
            "~20.02.2026",
            "Fundort Ruhrwiesen",
            "Polizei, Kripo Meschede",
        ),
        (
            "[[AZ:S 0218/2026]]",
            "[[P:von Brenken, Elisabeth]]",
            "[[DOB:26. Januar 1929]]",
            "[[LOC:Paderborn]]",
            "26.02.2026",
            "[[STR:Schloßstr. 1a]]",
            "Neffe [[P:Clemens von Brenken]]",
        ),
    )
    + "\n\nAlle Anschriften 598xx Arnsberg, soweit nicht anders angegeben. [[AZ:S 0217/2026]] vorläufig;\n"
    + "Ordnungsbehördliche Bestattung prüfen (Sozialamt). Urkunden ausgehändigt: 11.\n",
    keep=[
        "BEURKUNDETE STERBEFÄLLE 23.02.–27.02.2026",
        "Bestattungen Lüttecke GmbH",
        "Seniorenzentrum St. Anna",
        "Fundort Ruhrwiesen",
        "Ordnungsbehördliche Bestattung prüfen (Sozialamt)",
    ],
)

# 15 -- towing list of the municipal enforcement service, no ruler
W15 = [17, 11, 14, 26, 44, 22]
pii(
    "aligned_table",
    "Sicherstellungen / Umsetzungen März 2026 – Ordnungsamt Paderborn (Abschleppdienst: Auto-Service Senne GmbH)\n\n"
    + rows(
        W15,
        ("Vorgangsnummer", "Datum", "Kennzeichen", "Halter", "Halteranschrift (KBA)", "Verbleib"),
        (
            "[[AZ:VG-2026-03-0117]]",
            "03.03.",
            "[[KFZ:PB-DK 1204]]",
            "[[P:Dilara Kılıç]]",
            "[[STR:Riemekestr. 60]], [[LOC:33102 Paderborn]]",
            "abgeholt 03.03.",
        ),
        (
            "[[AZ:VG-2026-03-0129]]",
            "07.03.",
            "[[KFZ:HX-A 330]]",
            "[[P:Andrei Popescu]]",
            "[[STR:Brakeler Str. 5]], [[LOC:37671 Höxter]]",
            "Verwahrgelände Senne",
        ),
        (
            "[[AZ:VG-2026-03-0130]]",
            "07.03.",
            "[[KFZ:PB-LU 99]]",
            "Leasing: ALD AutoLeasing",
            "Nutzer lt. Leasingfirma: [[P:Lutz Ueberfeld]]",
            "Kostenbescheid an Nutzer",
        ),
        (
            "[[AZ:VG-2026-03-0144]]",
            "14.03.",
            "PL [[KFZ:WE 8842K]]",
            "[[P:Szymański, Robert]]",
            "[[STR:ul. Grochowska 210 m. 14]], [[LOC:04-357 Warszawa]]",
            "Halterabfrage PL läuft",
        ),
        (
            "[[AZ:VG-2026-03-0151]]",
            "18.03.",
            "[[KFZ:PB-SO 2612]]",
            "[[P:Sophie Overbeck]]",
            "[[STR:Am Rothoborn 9]], [[LOC:33100 Paderborn]]",
            "Umsetzung (Baustelle), kostenfrei",
        ),
    )
    + "\n\nHinweis: Umsetzungskosten 168,00 € + Verwahrung 12,00 €/Tag. Beschwerde [[P:Popescu]] über Anwalt\n"
    + "(Kanzlei Driller & Partner, Paderborn) – Stellungnahme bis 10.04.2026.\n",
    keep=[
        "Auto-Service Senne GmbH",
        "Leasing: ALD AutoLeasing",
        "Halterabfrage PL läuft",
        "Umsetzungskosten 168,00 € + Verwahrung 12,00 €/Tag",
        "Kanzlei Driller & Partner",
    ],
)

# 16 -- lease list of municipal farmland and garden land, tenants ("Pächter") with IBAN
W16 = [10, 22, 8, 30, 38, 10, 30]
pii(
    "aligned_table",
    "Liegenschaftsamt Hamm – Pachtverträge Grabeland/Ackerflächen, Fälligkeit Pachtzins 01.11.2026\n"
    + rows(
        W16,
        (
            "Pacht-Nr",
            "Gemarkung/Flur/Flst.",
            "Größe",
            "Pächter",
            "Anschrift",
            "Zins €",
            "Lastschrift von",
        ),
        (
            "--------",
            "--------------------",
            "-----",
            "-------",
            "---------",
            "------",
            "---------------",
        ),
        (
            "[[AZ:P-23-104]]",
            "Bockum-Hövel 12/88",
            "1,2 ha",
            "[[P:Schulze Pellengahr, Bernhard]]",
            "[[STR:Hof Schulze Pellengahr 1]], [[LOC:59075 Hamm]]",
            "540,00",
            f"[[IBAN:{iban('DE', '41050000' + '0004417729')}]]",
        ),
        (
            "[[AZ:P-23-117]]",
            "Pelkum 4/311",
            "650 m²",
            "[[P:Nguyen, Van Hai]]",
            "[[STR:Kamener Str. 201]], [[LOC:59077 Hamm]]",
            "78,00",
            f"[[IBAN:{iban('DE', '44160014' + '2208815400')}]]",
        ),
        (
            "[[AZ:P-24-009]]",
            "Heessen 7/45",
            "0,8 ha",
            "[[P:Wessel-Ahlers, Katrin]]",
            "[[STR:Dolberger Str. 77]], [[LOC:59073 Hamm]]",
            "360,00",
            "Überweisung (kein Mandat)",
        ),
        (
            "[[AZ:P-25-031]]",
            "Rhynern 2/19",
            "420 m²",
            "[[P:Wójcik, Stanisław]]",
            "[[STR:Unionstr. 8]], [[LOC:59067 Hamm]]",
            "50,40",
            f"Konto Sohn [[P:Adam Wójcik]]: [[IBAN:{iban('DE', '41050000' + '0031182044')}]]",
        ),
        (
            "[[AZ:P-25-040]]",
            "Uentrop 9/102",
            "2,4 ha",
            "Agrar GbR Lohmann/Voß",
            "Werler Str. 480, 59069 Hamm",
            "1.080,00",
            "SEPA Firmenkonto (Mandat M-0040)",
        ),
    )
    + "\n\nVermieter/Verpächter in allen Fällen: Stadt Hamm, vertreten durch das Liegenschaftsamt.\n"
    + "[[AZ:P-24-009]]: Pächterin hat Kündigung zum 31.10.2026 angekündigt; Nachfolgeinteresse [[P:Hüseyin Acar]], [[TEL:02381 9720014]].\n",
    keep=[
        "Pachtverträge Grabeland/Ackerflächen",
        "Überweisung (kein Mandat)",
        "Agrar GbR Lohmann/Voß",
        "Werler Str. 480, 59069 Hamm",
        "SEPA Firmenkonto (Mandat M-0040)",
    ],
)

# 17 -- liability claims against the city, injured parties and causers, court file numbers
W17 = [12, 11, 26, 26, 28, 34]
pii(
    "aligned_table",
    "Rechtsamt / Versicherungsangelegenheiten – Haftpflichtschäden offen (KSA-Meldeliste 1/2026)\n"
    + "_" * 130
    + "\n"
    + rows(
        W17,
        ("Schaden-Nr.", "Datum", "Schadenort", "Geschädigte/r", "Verursacher", "Stand"),
        (
            "[[AZ:H-2025-0311]]",
            "14.11.2025",
            "Gehweg Bahnhofstr. 40",
            "[[P:Elke Stratmann]]",
            "Stadt (Wurzelaufbruch)",
            "Klage [[AZ:4 C 388/25]] AG Lippstadt,",
        ),
        ("", "", "", "[[STR:Weißenburger Str. 3]]", "", "Termin 12.05.2026"),
        (
            "[[AZ:H-2026-0004]]",
            "08.01.2026",
            "Parkplatz Rathaus",
            "[[P:Murat Yıldırım]]",
            "Mähfahrzeug Bauhof",
            "Steinschlag [[KFZ:LP-MY 1977]],",
        ),
        ("", "", "", "[[TEL:0171 4402219]]", "(LP-BH 12)", "Gutachten liegt vor, 1.240 €"),
        (
            "[[AZ:H-2026-0019]]",
            "30.01.2026",
            "Sporthalle Ost, Umkleide",
            "[[P:Lena-Sophie Brandes]]",
            "Sturz, nasser Boden",
            "Vater [[P:Jens Brandes]] meldet",
        ),
        ("", "", "", "(Schülerin, [[DOB:4.5.2012]])", "", "an, Unfallkasse NRW zuständig"),
        (
            "[[AZ:H-2026-0022]]",
            "02.02.2026",
            "Kanaldeckel Cappelstr.",
            "Autohaus Böckmann GmbH",
            "Stadtwerke? (ungeklärt)",
            "an Stadtwerke Lippstadt abgegeben",
        ),
        (
            "[[AZ:H-2026-0027]]",
            "11.02.2026",
            "Friedhof Ost, Grabfeld 12",
            "[[P:Anastasia Wolkowa]]",
            "[[P:Dieter Kersting]] (Gärtner",
            "Grabstein beschädigt, Regress",
        ),
        ("", "", "", "", "im Auftrag)", "gegen Auftragnehmer prüfen"),
    )
    + "\n"
    + "_" * 130
    + "\nSachbearbeitung: [[P:Claudia Pöppelbaum]], [[MAIL:claudia.poeppelbaum@stadt-lippstadt.de]]\n",
    keep=[
        "KSA-Meldeliste 1/2026",
        "Stadt (Wurzelaufbruch)",
        "Mähfahrzeug Bauhof",
        "(LP-BH 12)",
        "an Stadtwerke Lippstadt abgegeben",
        "Unfallkasse NRW zuständig",
    ],
)

# 18 -- attendance list of a poll-worker training, tick column, no ruler
W18 = [5, 30, 8, 18, 10, 30]
pii(
    "aligned_table",
    "Anwesenheitsliste Schulung Wahlvorstände – Bürgerentscheid 14.06.2026 – 02.06.2026, 17:00 Uhr, Ratssaal Herdecke\n\n"
    + rows(
        W18,
        ("Nr.", "Name", "Bezirk", "Funktion", "anwesend", "Bemerkung"),
        ("1", "[[P:Akgül, Sevda]]", "001", "Wahlvorsteherin", "x", ""),
        ("2", "[[P:Bröcker, Hans-Werner]]", "001", "Stellvertreter", "x", ""),
        ("3", "[[P:Czerwinski, Lucas]]", "002", "Schriftführer", "–", "entschuldigt (Prüfung)"),
        (
            "4",
            "[[P:Dahlhaus, Ingeborg]]",
            "002",
            "Wahlvorsteherin",
            "x",
            "bringt Schlüssel Schule mit",
        ),
        (
            "5",
            "[[P:El Amrani, Youssef]]",
            "003",
            "Beisitzer",
            "x",
            "Tel. neu: [[TEL:0157 20448813]]",
        ),
        ("6", "[[P:Fiorentino, Chiara]]", "003", "Wahlvorsteherin", "x", ""),
        (
            "7",
            "[[P:Gödde, Thorsten]]",
            "004",
            "Stellvertreter",
            "",
            "nicht erschienen, Nachschulung",
        ),
        ("8", "[[P:Hrabal, Petr]]", "004", "Beisitzer", "x", "Ersatz für [[P:Gödde]]?"),
        ("9", "[[P:Iwanowa, Swetlana]]", "005", "Schriftführerin", "x", ""),
        (
            "10",
            "[[P:Jansen-Özdemir, Marc]]",
            "005",
            "Wahlvorsteher",
            "x",
            "Wahlraum barrierefrei prüfen",
        ),
    )
    + "\n\nReferent: [[P:Bernd Ossenkamp]] (Wahlamt). Unterlagen ausgegeben: 9 Mappen.\n",
    keep=[
        "Bürgerentscheid 14.06.2026",
        "Ratssaal Herdecke",
        "bringt Schlüssel Schule mit",
        "nicht erschienen, Nachschulung",
        "Unterlagen ausgegeben: 9 Mappen",
    ],
)

# 19 -- dunning list of the city treasury with returned direct debits and IBANs
W19 = [19, 28, 30, 10, 8, 32]
pii(
    "aligned_table",
    "STADTKASSE DORSTEN  MAHNLAUF 2026/04  RÜCKLASTSCHRIFTEN UND 2. MAHNUNG            DRUCK 08.04.2026\n"
    + "-" * 126
    + "\n"
    + rows(
        W19,
        (
            "KASSENZEICHEN",
            "ZAHLUNGSPFLICHTIGE/R",
            "ANSCHRIFT",
            "OFFEN EUR",
            "MAHNST.",
            "BANKVERBINDUNG / RÜCKGABEGRUND",
        ),
    )
    + "\n"
    + "-" * 126
    + "\n"
    + rows(
        W19,
        (
            "[[AZ:5.2610.004417.3]]",
            "[[P:SCHWEERS, MANFRED]]",
            "[[STR:AM BAUMSKAMP 7]]",
            "412,60",
            "2",
            f"[[IBAN:{iban('DE', '40060000' + '0012204471', False)}]]",
        ),
        ("", "", "[[LOC:46284 DORSTEN]]", "", "", "MD06 RUECKGABE AUF VERLANGEN"),
        (
            "[[AZ:5.2610.009931.0]]",
            "[[P:MAZUR, KATARZYNA]]",
            "[[STR:BORKENER STR 140]]",
            "86,00",
            "1",
            f"[[IBAN:{iban('DE', '42650501' + '0210117733', False)}]]",
        ),
        ("", "", "[[LOC:46284 DORSTEN]]", "", "", "AM04 DECKUNG UNZUREICHEND"),
        (
            "[[AZ:5.2610.011205.8]]",
            "[[P:ABOU-CHAKER, NOUR]]",
            "[[STR:HALTERNER STR 3]]",
            "1.204,18",
            "2",
            "KEIN MANDAT – UEBERWEISER",
        ),
        ("", "", "[[LOC:46286 DORSTEN]]", "", "", ""),
        (
            "[[AZ:5.2610.013870.2]]",
            "[[P:DE ANGELIS, ROBERTO]]",
            "[[STR:VIA GARIBALDI 21]]",
            "55,00",
            "2",
            f"[[IBAN:{iban('IT', 'X0542811101000000123456', False)}]]",
        ),
        ("", "", "[[LOC:70121 BARI]] (ITALIEN)", "", "", "AC04 KONTO AUFGELOEST"),
        (
            "[[AZ:5.2610.014002.6]]",
            "LIPPE-CATERING UG",
            "MARKT 12, 46282 DORSTEN",
            "2.880,00",
            "2",
            "ÜBERGABE VOLLSTRECKUNG",
        ),
    )
    + "\n"
    + "-" * 126
    + "\nSUMME OFFEN 4.637,78 EUR   ANZAHL 5   BEARBEITER/IN: [[P:T. KRAMPE]]   RÜCKFRAGEN APP. [[TEL:02362 66-4126]]\n",
    keep=[
        "MAHNLAUF 2026/04",
        "MD06 RUECKGABE AUF VERLANGEN",
        "LIPPE-CATERING UG",
        "MARKT 12, 46282 DORSTEN",
        "SUMME OFFEN 4.637,78 EUR",
    ],
)

# ----- tab-separated pastes from Excel ---------------------------------------------------------

# 20 -- poll workers with bank details for the refreshment allowance
pii(
    "excel_paste",
    f"""
Wahlhelfer Bürgerentscheid 2026 – Auszahlung Erfrischungsgeld (aus Excel „WH_2026_final_v3.xlsx“, Blatt Auszahlung)
lfd\tNachname\tVorname\tWahlbezirk\tFunktion\tBetrag\tIBAN\tKontoinhaber (falls abw.)\tbezahlt am
1\t[[P:Abramowicz]]\t[[P:Leon]]\t0101\tBeisitzer\t50\t[[IBAN:{iban("DE", "37010050" + "0431198820")}]]\t\t
2\t[[P:Bauer]]\t[[P:Gudrun]]\t0101\tVorsteherin\t70\t[[IBAN:{iban("DE", "37050198" + "1004422817")}]]\t\t
3\t[[P:Çakır]]\t[[P:Yasemin]]\t0102\tSchriftführerin\t50\t[[IBAN:{iban("DE", "37040044" + "0532013018")}]]\t\t
4\t[[P:Delacroix]]\t[[P:Amélie]]\t0102\tBeisitzerin\t50\t[[IBAN:{iban("FR", "20041010050500013M02606")}]]\t\tAuslandsüberweisung
5\t[[P:Engel]]\t[[P:Timo]]\t0103\tBeisitzer\t50\t[[IBAN:{iban("DE", "37060193" + "2209917004")}]]\t[[P:Engel, Marion]] (Mutter)\t
6\t[[P:Fedorov]]\t[[P:Artem]]\t0103\tStellvertreter\t50\tbar\t\t
7\t[[P:Günther-Mbaye]]\t[[P:Fatou]]\t0104\tVorsteherin\t70\t[[IBAN:{iban("DE", "37010050" + "0777310021")}]]\t\t
\t\t\t\t\t390\t\t\t
Anordnungsbefugt: Wahlamt, HHSt. 1.11.05 / 5431000; Sachl. richtig: [[P:B. Ortmann]]
""",
    keep=[
        "WH_2026_final_v3.xlsx",
        "lfd\tNachname\tVorname\tWahlbezirk\tFunktion\tBetrag\tIBAN",
        "Auslandsüberweisung",
        "HHSt. 1.11.05 / 5431000",
    ],
)

# 21 -- lost property with finders and owners, a found ID card, a quoted multi-line cell
pii(
    "excel_paste",
    f"""
Fundbüro Bürgerservice Witten – Fundsachen Februar 2026 (Kopie aus Fundverwaltung.xlsx)
Fund-Nr\tFunddatum\tGegenstand\tFundort\tFinder/in\tFinderlohn gew.\tEigentümer/in ermittelt\tAusgabe
[[AZ:F-26-0208]]\t02.02.2026\tPersonalausweis Nr. [[ID:{ausweis("L01X00T47")}]]\tBahnhof Witten, Gleis 3\tDB-Sicherheit\tnein\t[[P:Marlene Hufschmidt]], [[STR:Ardeystr. 77]]\t04.02. (pers.)
[[AZ:F-26-0211]]\t03.02.2026\tGoldring mit Stein\tStadtpark, Bank am Teich\t[[P:Kai-Uwe Brenneke]], [[TEL:02302 880413]]\tja\t\t
[[AZ:F-26-0219]]\t07.02.2026\tE-Bike Kalkhoff grau, Rahmen-Nr. WB2204417\tHeven, Bushaltestelle Dorf\tanonym (Polizei)\t\t[[P:Arjun Mehta]] (Rechnung vorgelegt)\t10.02.
[[AZ:F-26-0225]]\t11.02.2026\t"Rucksack mit
Schulbüchern + Brille"\tRuhr-Gymnasium\tHausmeister\tnein\tSchüler [[P:Noah Szymczak]], Mutter [[P:Joanna Szymczak]]\t12.02.
[[AZ:F-26-0230]]\t14.02.2026\tBargeld 340 € im Umschlag\tSparkasse Filiale Annen\t[[P:Heidemarie Lenz]] ([[DOB:03.04.1947]]), [[STR:Annenstr. 9]]\tja\t\tFrist bis 14.08.2026
[[AZ:F-26-0236]]\t20.02.2026\tReisepass (türk.) Nr. [[PASS:U24419907]]\tRathaus, Bürgerbüro Wartebereich\tMitarbeiterin BB\tnein\t[[P:Sinan Ekinci]], [[TEL:0162 7734410]]\tabgeholt 21.02.
\t\t\t\t\t\t\t
Hinweis: Fund [[AZ:F-26-0230]] – Finderin möchte bei Ablauf der Frist Eigentum erwerben (§ 973 BGB).
""",
    keep=[
        "Fundverwaltung.xlsx",
        "Stadtpark, Bank am Teich",
        "Rahmen-Nr. WB2204417",
        "Rathaus, Bürgerbüro Wartebereich",
        "(§ 973 BGB)",
    ],
)

# 22 -- Kita parental contributions, customer numbers ("Kd.-Nr.") and income brackets
pii(
    "excel_paste",
    """
Elternbeiträge Kitas Bezirk Süd – Änderungen zum 01.04.2026 (Paste aus Beitragsberechnung, 2 Kopfzeilen)
\t\t\tEinkommen\t\tBeitrag\t
Kd.-Nr.\tBeitragspflichtige/r\tKind (Geb.)\tStufe alt\tStufe neu\tmtl. €\tGrund
[[AZ:40-2207731]]\t[[P:Stojanović, Milica]]\t[[P:Luka]] ([[DOB:22.08.2021]])\t3\t2\t96,00\tEinkommensnachweis 2025
[[AZ:40-2207748]]\t[[P:Hoffmann, Kerstin]] / [[P:Aziz, Karim]]\t[[P:Mia Aziz]] ([[DOB:05.01.2022]])\t5\t5\t238,00\tGeschwisterermäßigung entfällt
[[AZ:40-2207760]]\t[[P:Lindner, Paul]]\t[[P:Frida]] ([[DOB:2020-11-13]])\t4\t0\t0,00\tletztes Kita-Jahr beitragsfrei
[[AZ:40-2208015]]\t[[P:Moreno Ruiz, Carmen]]\t[[P:Pablo Moreno]] ([[DOB:30.3.22]])\t2\t3\t142,00\tneuer Arbeitsvertrag
[[AZ:40-2208022]]\t[[P:Nowak, Sebastian]]\t[[P:Lena]] ([[DOB:17.06.2023]]), [[P:Tim]] ([[DOB:17.06.2023]])\t4\t4\t184,00\tZwillinge, 2. Kind frei
[[AZ:40-2208039]]\t[[P:Oduya, Grace]]\t[[P:Daniel]] ([[DOB:09.02.2021]])\t1\t1\t0,00\tBezug Wohngeld, Bescheid liegt vor
Gesamt Änderungen: 6\t\t\t\t\t\t
""",
    keep=[
        "Elternbeiträge Kitas Bezirk Süd",
        "Kd.-Nr.\tBeitragspflichtige/r\tKind (Geb.)\tStufe alt\tStufe neu",
        "letztes Kita-Jahr beitragsfrei",
        "Zwillinge, 2. Kind frei",
        "Bezug Wohngeld, Bescheid liegt vor",
    ],
)

# 23 -- residents' parking permits with plates, holders and zones
pii(
    "excel_paste",
    """
Bewohnerparkausweise Zone C (Altstadt) – Neuausstellungen/Verlängerungen März 2026
Ausweis-Nr.\tZone\tKennzeichen\tName, Vorname\tMeldeanschrift\tgültig bis\tGebühr\tBemerkung
[[AZ:BP-C-26-0311]]\tC\t[[KFZ:OS-HK 612]]\t[[P:Kuhlmann, Henrike]]\t[[STR:Bierstraße 14]]\t31.03.2027\t120,00\t
[[AZ:BP-C-26-0312]]\tC\t[[KFZ:OS-EN 2019]]\t[[P:Ngozi, Emmanuel]]\t[[STR:Große Gildewart 3]]\t31.03.2027\t120,00\tFirmenwagen, Bescheinigung AG liegt vor
[[AZ:BP-C-26-0318]]\tC\t[[KFZ:OS-VR 5E]]\t[[P:Varga, Réka]]\t[[STR:Marienstraße 22a]]\t31.03.2027\t120,00\tE-Kennzeichen
[[AZ:BP-C-26-0320]]\tC\t[[KFZ:OS-AP 1404]]\t[[P:Papadakis, Andreas]]\t[[STR:Bierstraße 7]]\t31.03.2027\t120,00\tZweitfahrzeug abgelehnt ([[KFZ:OS-AP 1405]])
[[AZ:BP-C-26-0327]]\tC\t[[KFZ:MS-JB 88]]\t[[P:Brinkmann, Jan]]\t[[STR:Hasestraße 41]]\t30.09.2026\t60,00\tMS-Kennzeichen: Umschreibung bis 30.09.
[[AZ:BP-C-26-0330]]\tC\tOS-ST 3301\tStadt Osnabrück, FB Bürger und Ordnung\tBierstraße 28\tunbefr.\t0,00\tDienstfahrzeug Sozialdienst
Alle Anschriften 49074 Osnabrück. Zone C: Bierstraße, Große Gildewart, Marienstraße, Hasestraße (bis Nr. 60).
""",
    keep=[
        "Bewohnerparkausweise Zone C (Altstadt)",
        "Firmenwagen, Bescheinigung AG liegt vor",
        "OS-ST 3301",
        "Dienstfahrzeug Sozialdienst",
        "Alle Anschriften 49074 Osnabrück",
    ],
)

# 24 -- holiday camp participants with emergency contacts, allergies and guardians
pii(
    "excel_paste",
    """
Ferienfreizeit Jugendamt – Ameland 20.07.–31.07.2026 – Teilnehmende (Paste aus Anmeldetabelle, Sortierung nach Gruppe)
Gruppe\tTN-Name\tGeb.-Dat.\tErziehungsber.\tNotfallkontakt\tMobil\tAllergien/Medikamente\tSchwimmer\tFoto ok
A\t[[P:Ben Kowalski]]\t[[DOB:13.04.2014]]\t[[P:Agata Kowalski]]\tdies.\t[[TEL:0176 11928830]]\t–\tja\tja
A\t[[P:Elias Haddad]]\t[[DOB:2.9.2013]]\t[[P:Rana Haddad]]\tOnkel [[P:Samir Haddad]]\t[[TEL:0152 55819023]]\tErdnüsse! Notfallset\tja\tnein
A\t[[P:Finn Schürmann]]\t[[DOB:2013-12-01]]\t[[P:Mareike Schürmann]]\tOma [[P:Christa Wendt]]\t[[TEL:05251 402277]]\t–\tnein\tja
B\t[[P:Hannah Ivanova]]\t[[DOB:21.06.2012]]\t[[P:Olga Ivanova]]\tdies.\t[[TEL:0157 30122184]]\tAsthma (Spray)\tja\tja
B\t[[P:Leyla Şahin]]\t[[DOB:08.11.2012]]\t[[P:Mustafa Şahin]], [[P:Gül Şahin]]\tVater\t[[TEL:0163 4471920]]\tLaktose\tja\tnein
B\t[[P:Matteo Ricci]]\t[[DOB:30.01.2013]]\tVormund: Jugendamt (Amtsvormund Frau [[P:Lübbers]])\t[[P:Lübbers]] dienstl.\t[[TEL:05251 88-11342]]\t–\tja\tnein
\t\t\t\t\t\t\t\t
Betreuer/innen: [[P:Jana Vollmer]] (Leitung), [[P:Tobias Ahrens]], [[P:Derya Kurt]]; Bus ab ZOB 06:30 Uhr.
""",
    keep=[
        "Ameland 20.07.–31.07.2026",
        "Allergien/Medikamente",
        "Erdnüsse! Notfallset",
        "Bus ab ZOB 06:30 Uhr",
    ],
)

# 25 -- birthday jubilees for the mayor's congratulations, dates of birth in mixed formats
pii(
    "excel_paste",
    """
Altersjubilare Mai 2026 – Glückwünsche Bürgermeisterin (Export Melderegister, per Copy&Paste; Spalte „Geb.“ uneinheitlich)
Jubiläum\tName\tGeb.\tAnschrift\tBesuch gewünscht\tBemerkung
90\t[[P:Agnes Thiemann]]\t[[DOB:03.05.1936]]\t[[STR:Kirchplatz 2]], [[LOC:57462 Olpe]]\tja\twohnt bei Tochter [[P:Ursula Kemper]]
90\t[[P:Wladimir Lorenz]]\t[[DOB:1936-05-11]]\t[[STR:Seniorenheim St. Marien, Zi. 112]], [[LOC:57462 Olpe]]\tnein (Heim)\tspricht kaum Deutsch, Sohn in [[LOC:Omsk]]
95\t[[P:Hildegard Schmelzer]]\t[[DOB:17. Mai 1931]]\t[[STR:Auf der Hardt 9]], [[LOC:57462 Olpe-Rhode]]\tja\t
100\t[[P:Maria Luise Voß]]\t[[DOB:22.5.26]]\t[[STR:Frankfurter Str. 44]], [[LOC:57462 Olpe]]\tja\tPresse erwünscht, Urenkel [[P:Jonas]] organisiert
90\t[[P:Kazimierz Nowicki]]\t[[DOB:29.05.1936]]\t[[STR:Biggeweg 5]], [[LOC:57462 Olpe-Sondern]]\t?\tAuskunftssperre! keine Veröffentlichung
Ehejubiläen: Goldene Hochzeit [[P:Rudolf]] und [[P:Gisela Pape]] (Heirat 15.05.1976), [[STR:Am Gallenberg 3]]
""",
    keep=[
        "Glückwünsche Bürgermeisterin",
        "Besuch gewünscht",
        "Auskunftssperre! keine Veröffentlichung",
        "Presse erwünscht",
        "Goldene Hochzeit",
    ],
)

# 26 -- school enrolments for a primary school, guardians, birthplace and nationality
pii(
    "excel_paste",
    """
Schulanmeldungen GS Lindenschule Schuljahr 2026/27 – Stand nach Anmeldewoche (Blatt „Anmeldungen“)
Nr\tName Kind\tGeb.-Datum\tGeburtsort\tStaatsang.\tErz.-Ber.\tAnschrift\tTel./Mobil\tOGS\tSprachstand
1\t[[P:Adamczyk, Zofia]]\t[[DOB:14.03.2020]]\t[[LOC:Bottrop]]\tdeutsch/polnisch\t[[P:Adamczyk, Monika]]\t[[STR:Lindenstr. 8]]\t[[TEL:0176 20938817]]\tja\tunauffällig
2\t[[P:Bayram, Efe]]\t[[DOB:30.09.2020]]\t[[LOC:Essen]]\tdeutsch\t[[P:Bayram, Selda]] / [[P:Bayram, Orhan]]\t[[STR:Gladbecker Str. 212]]\t[[TEL:0201 8830146]]\tnein\tFörderbedarf Deutsch
3\t[[P:Chaudhry, Ayaan]]\t[[DOB:2020-06-01]]\t[[LOC:Lahore]]\tpakistanisch\t[[P:Chaudhry, Imran]]\t[[STR:Lindenstr. 31]]\t[[TEL:0157 40288173]]\tja\tvorschulische Sprachförderung
4\t[[P:Dietrich, Greta]]\t[[DOB:11.11.2019]]\t[[LOC:Bottrop]]\tdeutsch\t[[P:Dietrich, Sarah]] (allein sorgeber.)\t[[STR:Am Lindenhof 4]]\t[[TEL:0171 9938820]]\tja\tRückstellung 2025
5\t[[P:Hamdan, Yousef]]\t[[DOB:01.01.2020]]\t[[LOC:Beirut]]\tlibanesisch\t[[P:Hamdan, Layla]]\t[[STR:Gladbecker Str. 240]]\t\tja\tDolmetsch Arabisch nötig
6\t[[P:Kühn, Mats]]\t[[DOB:5.4.20]]\t[[LOC:Gladbeck]]\tdeutsch\t[[P:Kühn, Jessica]]\tbei Großeltern [[P:Möllers]], [[STR:Feldhauser Str. 17]]\t[[TEL:02045 402381]]\tnein\t
Anmeldungen gesamt: 6 von 56 (Zügigkeit 2). Schulleitung: Lindenschule, Lindenstraße 50, Tel. 0201 88-4471 (Sekretariat)
""",
    keep=[
        "GS Lindenschule Schuljahr 2026/27",
        "Förderbedarf Deutsch",
        "Dolmetsch Arabisch nötig",
        "Lindenschule, Lindenstraße 50, Tel. 0201 88-4471 (Sekretariat)",
        "Zügigkeit 2",
    ],
)

# 27 -- seniors' transport service, pick-up addresses, mobility notes and relatives
pii(
    "excel_paste",
    """
Bürgerbus-Fahrdienst „Mobil im Alter“ – Fahrten Di 17.03.2026 (Tourenplan, aus Excel)
Zeit\tFahrgast\tAbholadresse\tZiel\tRollator/RS\tRückfahrt\tKontakt/Angehörige
08:15\tFrau [[P:Ilse Borgmann]]\t[[STR:Weidenstr. 12]], EG\tHausarztpraxis am Markt 3\tRollator\t10:30\tTochter [[P:Birgit]] [[TEL:0172 4408813]]
08:40\tHerr [[P:Stanisław Kubiak]]\t[[STR:Am Schlehdorn 2]]\tDialyse Klinikum\tRS!\t13:00\t–
09:10\tFr. [[P:Emine Koç]]\t[[STR:Bergstr. 55]], 2. OG (kein Aufzug)\tSeniorentreff Mitte\t–\t12:00\tRückruf über Tochter [[P:Ayşe]] [[TEL:0160 7721039]]
10:00\tHr. [[P:Walter Dreier]]\t[[STR:Lindenallee 6]]\tFriedhof Nord\tRollator\t11:15\tSohn [[P:Dreier]] wohnt in [[LOC:Hagen]]
10:45\tFrau [[P:Rosa Bianchi-Lenz]]\t[[STR:Bergstr. 9]]\tSparkasse Hauptstelle\t–\t11:30\t
Fahrer/in: [[P:Gerd Wilms]] (Ehrenamt), Beifahrerin [[P:Nadine Schade]]; Fahrzeug: Bürgerbus-Verein e.V., Kleinbus [[KFZ:EN-BB 101]]
""",
    keep=[
        "„Mobil im Alter“",
        "Hausarztpraxis am Markt 3",
        "Dialyse Klinikum",
        "Seniorentreff Mitte",
        "Bürgerbus-Verein e.V.",
    ],
)

# ----- semicolon CSV ---------------------------------------------------------------------------

# 28 -- fine proceedings for illegal dumping, quoted cells, informants and causers
pii(
    "csv",
    """
"Az.";"Tattag";"Tatort";"Abfallart";"Verursacher";"Anschrift Verursacher";"Hinweisgeber";"Beweismittel";"Bußgeld";"Stand"
"[[AZ:OWi 36-0112/26]]";"06.01.2026";"Waldweg Hülser Heide";"Bauschutt, ca. 2 m³";"[[P:Krasniqi, Besnik]]";"[[STR:Uerdinger Str. 612]], [[LOC:47800 Krefeld]]";"Revierförster";"Rechnung mit Anschrift im Müll";"1.500,00";"Bescheid erlassen"
"[[AZ:OWi 36-0119/26]]";"11.01.2026";"Containerplatz Marktstraße";"Sperrmüll, Matratze";"unbekannt";"";"[[P:Inge Baltes]], [[TEL:02151 771204]]";"Foto";"";"eingestellt"
"[[AZ:OWi 36-0127/26]]";"19.01.2026";"Parkplatz Stadtwald";"Altreifen (8 Stk.)";"[[P:Yurdakul, Cem]]";"[[STR:Ostwall 44]], [[LOC:47798 Krefeld]]";"[[P:Peter Lommetz]] (Ordnungsdienst)";"Kennzeichen [[KFZ:KR-CY 414]] notiert";"600,00";"Anhörung"
"[[AZ:OWi 36-0130/26]]";"21.01.2026";"Rheinufer Uerdingen";"Grünschnitt";"Gartenbau Heinen GmbH";"Moerser Str. 3, 47829 Krefeld";"Wasserschutzpolizei";"Fahrzeugbeschriftung";"2.000,00";"Einspruch"
"[[AZ:OWi 36-0141/26]]";"02.02.2026";"Hinterhof [[STR:Lewerentzstr. 18]]";"Hausrat nach Auszug";"[[P:Romanowa, Tatjana]]";"unbek. verzogen, zuletzt [[LOC:Viersen]]";"Vermieter [[P:Klaus-Dieter Hüsges]]";"Zeugenaussage";"";"EMA-Anfrage läuft"
""",
    keep=[
        '"Az.";"Tattag";"Tatort";"Abfallart";"Verursacher"',
        "Waldweg Hülser Heide",
        "Rechnung mit Anschrift im Müll",
        "Gartenbau Heinen GmbH",
        "Moerser Str. 3, 47829 Krefeld",
        "EMA-Anfrage läuft",
    ],
)

# 29 -- library dunning export without a header row
pii(
    "csv",
    """
mahnliste_stadtbuecherei_2026-03-31.csv (ohne Kopfzeile; Felder lt. Schnittstellenbeschreibung: Leser-Nr;Name;Vorname;Geb.;Straße;PLZ;Ort;Mahnstufe;Medien;Gebühr;E-Mail)
[[AZ:0081144720]];[[P:Albers]];[[P:Jannik]];[[DOB:2008-02-14]];[[STR:Am Kump 3]];[[LOC:48143]];[[LOC:Münster]];2;"Harry Potter Bd. 4; Die drei ??? – Kids 12";4,50;[[MAIL:jannik.albers08@gmx.de]]
[[AZ:0081150033]];[[P:Bakır]];[[P:Selim]];[[DOB:1979-10-30]];[[STR:Wolbecker Str. 190]];[[LOC:48155]];[[LOC:Münster]];3;"Tablet-Ausleihe (Inv. T-0042)";25,00;
[[AZ:0081162210]];[[P:Clement]];[[P:Hélène]];[[DOB:1995-07-07]];[[STR:Hammer Str. 55]];[[LOC:48153]];[[LOC:Münster]];1;"DVD: Amélie";1,50;[[MAIL:helene.clement@uni-muenster.de]]
[[AZ:0081170018]];[[P:Dorgeloh]];[[P:Wilma]];[[DOB:1940-01-22]];[[STR:Kanalstr. 12]];[[LOC:48147]];[[LOC:Münster]];1;"Großdruck: Der Schwarm";1,50;
[[AZ:0081177395]];[[P:Ermakov]];[[P:Ilja]];[[DOB:2011-05-19]];[[STR:Gievenbecker Weg 8]];[[LOC:48161]];[[LOC:Münster]];3;"Tonie-Figur, Spiel \"\"Carcassonne\"\"\";18,00;[[MAIL:ermakova.olga@mail.ru]]
""",
    keep=[
        "mahnliste_stadtbuecherei_2026-03-31.csv",
        "Leser-Nr;Name;Vorname;Geb.;Straße;PLZ;Ort;Mahnstufe;Medien;Gebühr;E-Mail",
        "Tablet-Ausleihe (Inv. T-0042)",
        "Großdruck: Der Schwarm",
        'Spiel ""Carcassonne""',
    ],
)

# 30 -- allotment garden waiting list with abbreviated headers and a former tenant
pii(
    "csv",
    """
Kleingartenverein „Sonnenland“ e.V. / Stadt Gelsenkirchen – Bewerberliste (Stand 1.3.2026)
Pos.;Name, Vorname;Whn.-Ort;Tel./Mobil;E-Mail;vorgemerkt seit;Wunsch-Parzelle;gemeldet von;Bemerkung
1;[[P:Ramadani, Blerim]];[[LOC:GE-Bismarck]];[[TEL:0176 60418823]];;05/2023;egal;selbst;
2;[[P:Schäfer, Nicole]];[[LOC:GE-Schalke]];[[TEL:0209 3189022]];[[MAIL:nicole.schaefer77@web.de]];11/2023;Nr. 14 oder 15;selbst;"Parzelle 14 frei ab 01.10."
3;[[P:Lê, Văn Hùng]];[[LOC:Herten]];;[[MAIL:levanhung@gmail.com]];02/2024;mit Laube;Sohn [[P:Minh]];"auswärtig, Zustimmung Vorstand"
4;[[P:Mertens, Kai]] / [[P:Günes, Dilek]];[[LOC:GE-Bulmke-Hüllen]];[[TEL:0157 22918374]];;06/2024;egal;selbst;Paar
5;[[P:Olszewski, Henryk]];[[LOC:GE-Bismarck]];[[TEL:0209 204477]];;09/2024;Nr. 31;Pächter [[P:Rudi Kamps]] (Nachbar);"hat Parzelle 31 früher mitbewirtschaftet"
Vorstand: [[P:Werner Jaschke]] (1. Vors.), Tel. [[TEL:0209 391140]]; Geschäftsstelle Stadtverband Gelsenkirchener Gartenfreunde, Cranger Str. 200
""",
    keep=[
        "Pos.;Name, Vorname;Whn.-Ort;Tel./Mobil;E-Mail;vorgemerkt seit;Wunsch-Parzelle;gemeldet von;Bemerkung",
        "Kleingartenverein „Sonnenland“ e.V.",
        "auswärtig, Zustimmung Vorstand",
        "Stadtverband Gelsenkirchener Gartenfreunde, Cranger Str. 200",
    ],
)

# 31 -- weekly market traders, holders, vehicles, Steuernummer of sole traders
pii(
    "csv",
    f"""
Marktordnung Wochenmarkt Domplatz – Standplatzvergabe 2026 (Export Marktverwaltung; Trennzeichen Semikolon)
Stand;Sortiment;Betreiber;Inhaber/in;Privatanschrift;Mobil;Marktfahrzeug;Steuernr. (bei Einzelunt.);Meter;Entgelt/Tag
A01;Obst & Gemüse;Hof [[P:Terbrack]] GbR;[[P:Bernd Terbrack]], [[P:Anja Terbrack]];[[STR:Terbrack 4]], [[LOC:48167 Münster-Wolbeck]];[[TEL:0171 2230418]];[[KFZ:WAF-HT 44]];–;8;24,00
A02;Blumen;Blumen [[P:Akın]];[[P:Akın, Serkan]];[[STR:Hammer Str. 301]], [[LOC:48153 Münster]];[[TEL:0176 44100297]];[[KFZ:MS-SA 2701]];[[TAX:{steuer_id("8102973648")}]];6;18,00
A05;Käse;Fromagerie [[P:Laurent]];[[P:Laurent, Mathieu]];[[STR:Kreuzstr. 9]], [[LOC:48143 Münster]];[[TEL:0152 08813377]];[[KFZ:MS-ML 66]];[[TAX:336/5012/4417]];4;12,00
B02;Fisch;Nordsee-Fisch Brandt OHG;–;–;Büro 04721 66120;[[KFZ:CUX-NB 310]];–;10;30,00
B04;Feinkost (türk.);[[P:Özdemir]] Feinkost;[[P:Özdemir, Gülay]];[[STR:Dortmunder Str. 12]], [[LOC:48155 Münster]];[[TEL:0157 71029944]];[[KFZ:MS-GO 1968]];[[TAX:{steuer_id("6183925746")}]];5;15,00
C01;Backwaren;Bäckerei Schüttemeyer GmbH;–;–;0251 27741;[[KFZ:MS-BS 1]];–;6;18,00
Marktmeister: [[P:Hubert Wältermann]], Tel. [[TEL:0251 492-6610]]; Marktverwaltung: Amt für Wirtschaft, marktverwaltung@stadt-muenster.example
""",
    keep=[
        "Wochenmarkt Domplatz",
        "Steuernr. (bei Einzelunt.)",
        "Nordsee-Fisch Brandt OHG",
        "Büro 04721 66120",
        "Bäckerei Schüttemeyer GmbH",
    ],
)

# 32 -- storm damage reports from the online form, with the citizens' IP addresses
pii(
    "csv",
    """
sturm_meldungen_export.csv – Formular „Sturmschaden melden“ (Sturmtief Hilde, 08./09.02.2026), Export Servicecenter
ID;Eingang;Name;Anschrift;Telefon;E-Mail;Schaden;Ort des Schadens;öff. Grund?;Client-IP;Weitergeleitet an
[[AZ:SF-0042]];09.02.2026 06:12;[[P:Manuela Dittrich]];"[[STR:Fichtenweg 3]], [[LOC:42699 Solingen]]";[[TEL:0212 6459003]];[[MAIL:manu.dittrich@web.de]];"Baum auf Carport, PKW beschädigt ([[KFZ:SG-MD 73]])";eigenes Grundstück;nein;[[IP:79.242.118.7]];–
[[AZ:SF-0043]];09.02.2026 06:40;[[P:Hakan Özer]];"[[STR:Merscheider Str. 290]], [[LOC:42699 Solingen]]";[[TEL:0176 23319045]];;"Ast von Straßenbaum auf Dach";Straßenbaum vor Haus;ja;[[IP:2003:e5:7f1c:9a00:4d1:2b3e:88f0:11c2]];Grünflächen
[[AZ:SF-0047]];09.02.2026 07:05;[[P:Wolfgang Reuter]];"[[STR:Walder Str. 14]], [[LOC:42719 Solingen]]";;[[MAIL:w.reuter@reuter-sg.de]];"Verkehrsschild umgeknickt";Kreuzung Walder Str./Focher Str.;ja;[[IP:91.60.34.251]];Tiefbau
[[AZ:SF-0051]];09.02.2026 08:17;[[P:Barbara Cygan]];"[[STR:Wupperstr. 66]], [[LOC:42653 Solingen]]";[[TEL:0212 2203817]];[[MAIL:b.cygan@t-online.de]];"Zaun Spielplatz eingedrückt, Kinder gefährdet";Spielplatz Wupperstr.;ja;[[IP:84.163.2.199]];Grünflächen
[[AZ:SF-0055]];09.02.2026 09:02;Hausverwaltung Rheinland GmbH;"Kölner Str. 80, 42651 Solingen";0212 880000;info@hv-rheinland.example;"Dachziegel gelöst, Gehweg gesperrt";Kölner Str. 80;ja;10.8.20.31;Bauordnung
Hinweis Export: Client-IP 10.8.20.31 = Terminal Servicecenter (telefonische Aufnahme).
""",
    keep=[
        "Sturmtief Hilde, 08./09.02.2026",
        "Hausverwaltung Rheinland GmbH",
        "Kölner Str. 80, 42651 Solingen",
        "Client-IP 10.8.20.31 = Terminal Servicecenter",
        "ID;Eingang;Name;Anschrift;Telefon;E-Mail;Schaden;Ort des Schadens;öff. Grund?;Client-IP;Weitergeleitet an",
    ],
)

# 33 -- freelance course instructors with Steuer-ID, pension number and IBAN
pii(
    "csv",
    f"""
VHS Bochum – Honorarkräfte Semester 1/2026 – Stammdatenabgleich für Auszahlung (vertraulich, nur Fachbereich 1.2)
Kd.-Nr.;Name;Vorname;Geb.-Dat.;Steuer-ID;RV-Nr. (falls rentenvers.-pflichtig);IBAN;Kurs(e)
[[AZ:HK-1041]];[[P:Albrecht]];[[P:Sigrid]];[[DOB:12.04.1961]];[[TAX:{steuer_id("5738214095", False)}]];;[[IBAN:{iban("DE", "43060967" + "4107711200", False)}]];"26S-401 Yoga, 26S-402 Yoga"
[[AZ:HK-1077]];[[P:Benítez]];[[P:Lucía]];[[DOB:03.09.1988]];[[TAX:{steuer_id("8264013578", False)}]];[[RV:{rvnr("53", "030988", "B", "54")}]];[[IBAN:{iban("DE", "43050000" + "0003914077", False)}]];"26S-210 Spanisch A1"
[[AZ:HK-1102]];[[P:Chmielewski]];[[P:Dariusz]];[[DOB:27.11.1975]];[[TAX:{steuer_id("1947362851", False)}]];;[[IBAN:{iban("PL", "10902402" + "0000000061036611", False)}]];"26S-318 Fotografie"
[[AZ:HK-1118]];[[P:Doğru]];[[P:Nesrin]];[[DOB:15.06.1983]];[[TAX:{steuer_id("7302948167", False)}]];[[RV:{rvnr("12", "150683", "D", "52")}]];[[IBAN:{iban("DE", "43070024" + "0102210300", False)}]];"26S-001 Integrationskurs (Modul 3)"
[[AZ:HK-1120]];[[P:Eikmeier]];[[P:Hans-Georg]];[[DOB:01.02.1952]];[[TAX:{steuer_id("6419528736", False)}]];;[[IBAN:{iban("DE", "43060967" + "0051188004", False)}]];"26S-505 Ahnenforschung"
Hinweis: Übungsleiterpauschale § 3 Nr. 26 EStG bis 3.000 €; [[P:Eikmeier]] Rentner, keine RV-Pflicht.
""",
    keep=[
        "Stammdatenabgleich für Auszahlung",
        "26S-210 Spanisch A1",
        "26S-505 Ahnenforschung",
        "Übungsleiterpauschale § 3 Nr. 26 EStG",
    ],
)

# 34 -- arrivals export with English headers from a registration tool, former residences
pii(
    "csv",
    """
# export: arrivals_week_12.csv | tool: RefReg 4.2 | tenant: Stadt Siegen – Sozialamt / Unterbringung
case_id;last_name;first_name;date_of_birth;place_of_birth;nationality;previous_residence;moved_from;address_DE;phone;note
[[AZ:SI-UA-26-0311]];[[P:Hrytsenko]];[[P:Viktoriia]];[[DOB:1984-02-09]];[[LOC:Poltava]];UKR;[[LOC:Kremenchuk]];[[LOC:Kraków]] (PL);"[[STR:Sandstr. 104]], [[LOC:57074 Siegen]]";[[TEL:+48 512 440 918]];"with son [[P:Maksym]] (10); husband [[P:Andrii]] still in [[LOC:Kremenchuk]]"
[[AZ:SI-UA-26-0312]];[[P:Hrytsenko]];[[P:Maksym]];[[DOB:2015-08-21]];[[LOC:Poltava]];UKR;[[LOC:Kremenchuk]];[[LOC:Kraków]] (PL);"[[STR:Sandstr. 104]], [[LOC:57074 Siegen]]";;minor
[[AZ:SI-SY-26-0044]];[[P:Mahmoud]];[[P:Khaled]];[[DOB:1999-01-01]];[[LOC:Idlib]];SYR;[[LOC:Gaziantep]];"LEA Bochum";"Übergangsheim Wittgensteiner Str. 2, 57072 Siegen";[[TEL:0155 10449217]];"DOB fictitious (01.01.)"
[[AZ:SI-TR-26-0019]];[[P:Demirtaş]];[[P:Rojda]];[[DOB:1991-12-17]];[[LOC:Diyarbakır]];TUR;[[LOC:Köln-Kalk]];[[LOC:Köln]];"c/o [[P:Baran Demirtaş]], [[STR:Weidenauer Str. 9]], [[LOC:57076 Siegen]]";[[TEL:0176 80021945]];"brother [[P:Baran]] is sponsor"
[[AZ:SI-UA-26-0318]];[[P:Kuzmenko]];[[P:Anatolii]];[[DOB:1950-06-30]];[[LOC:Charkiw]];UKR;[[LOC:Charkiw]];[[LOC:Attendorn]];"Seniorenwohnen Hüttental, Zi. 7";;"daughter [[P:Larysa Kuzmenko-Weber]] in [[LOC:Kreuztal]], tel. [[TEL:02732 559014]]"
# 5 rows; generated 2026-03-20T07:00:04Z by refreg-exporter (server 10.200.1.14)
""",
    keep=[
        "arrivals_week_12.csv",
        "case_id;last_name;first_name;date_of_birth;place_of_birth;nationality;previous_residence;moved_from;address_DE;phone;note",
        "LEA Bochum",
        "Übergangsheim Wittgensteiner Str. 2, 57072 Siegen",
        "refreg-exporter (server 10.200.1.14)",
    ],
)

# 35 -- bulky-waste orders with customer numbers, quoted addresses and access notes
pii(
    "csv",
    """
Auftragsnr;Kd.-Nr.;Auftraggeber/in;"Abholadresse";Telefon;Termin;Volumen m³;Art;Hinweis Fahrer
SP-26-11820;[[AZ:KD 300417719]];[[P:Gabriele Stumpe]];"[[STR:Rosenstr. 4]], [[LOC:33098 Paderborn]]";[[TEL:05251 300412]];24.03.2026;3;Sperrmüll;"Tor Hinterhof, Schlüssel bei Nachbarin Frau [[P:Wegener]]"
SP-26-11821;[[AZ:KD 300502261]];[[P:Rashid Al-Zubaidi]];"[[STR:Detmolder Str. 120]], [[LOC:33102 Paderborn]]";[[TEL:0152 33108847]];24.03.2026;5;Sperrmüll + E-Schrott;"Kühlschrank, Waschmaschine"
SP-26-11825;[[AZ:KD 300117730]];Wohnungsgenossenschaft Paderborn eG;"Riemekestr. 160 (Müllplatz)";05251 2990;24.03.2026;8;Sperrmüll;"Entrümpelung nach Auszug Mieter [[P:Glatzel]]"
SP-26-11830;[[AZ:KD 300688104]];[[P:Tomasz]] i [[P:Ewa Lis]];"[[STR:Am Laugrund 9]], [[LOC:33104 Paderborn]]";;25.03.2026;2;Altholz;"Anruf vorher: [[TEL:0173 9940021]] ([[P:Ewa]])"
SP-26-11834;[[AZ:KD 300701357]];[[P:Frederike von Papen-Koeningen]];"[[STR:Residenzstr. 1]], [[LOC:33104 Paderborn-Schloß Neuhaus]]";[[TEL:05254 88112]];25.03.2026;6;Grünschnitt;"Zufahrt über Wirtschaftsweg"
""",
    keep=[
        'Auftragsnr;Kd.-Nr.;Auftraggeber/in;"Abholadresse";Telefon;Termin;Volumen m³;Art;Hinweis Fahrer',
        "SP-26-11825",
        "Wohnungsgenossenschaft Paderborn eG",
        "Riemekestr. 160 (Müllplatz)",
        "Sperrmüll + E-Schrott",
    ],
)

# 36 -- cemetery: grave rights expiring, holders with addresses, quoted cells
pii(
    "csv",
    """
"Friedhofsverwaltung Lüdenscheid – Ablaufende Nutzungsrechte Wahlgräber 2026 (Benachrichtigung nach § 14 Friedhofssatzung)"
"Grab-Nr.";"Friedhof";"Verstorbene (Beisetzung)";"Nutzungsberechtigte/r";"Anschrift";"Ablauf";"Verlängerung?"
"[[AZ:LH-W-12-044]]";"Loh";"[[P:Ewald Brinkschulte]] (1996), [[P:Hedwig Brinkschulte]] (2004)";"[[P:Brinkschulte, Klaus]]";"[[STR:Hohfuhrstr. 21]], [[LOC:58509 Lüdenscheid]]";"30.06.2026";"ja, 10 Jahre"
"[[AZ:LH-W-12-051]]";"Loh";"[[P:Anton Kaltenbach]] (2001)";"unbekannt – Erben ermitteln";"";"30.06.2026";"Aushang am Grab"
"[[AZ:SB-W-03-117]]";"Schlittenbacher Str.";"[[P:Ioannis Kyriakidis]] (1999)";"[[P:Kyriakidou, Maria]]";"[[STR:Odos Egnatia 88]], [[LOC:54630 Thessaloniki]]";"31.08.2026";"Brief auf Griechisch beilegen"
"[[AZ:SB-W-05-009]]";"Schlittenbacher Str.";"[[P:Helmut Rösner]] (2006)";"[[P:Rösner-Albayrak, Petra]]";"[[STR:Kölner Str. 15]], [[LOC:58566 Kierspe]]";"31.10.2026";"nein, Abräumung gewünscht"
"[[AZ:LH-U-01-202]]";"Loh (Urnenfeld)";"[[P:Gerda Wulf]] (2011)";"[[P:Wulf, Stefan]]";"[[STR:Buckesfelder Str. 3]], [[LOC:58509 Lüdenscheid]]";"31.12.2026";""
"Rückläufer: Grab [[AZ:LH-W-12-051]] – letzter bekannter Angehöriger [[P:Jürgen Kaltenbach]], zuletzt [[LOC:Plettenberg]], verzogen."
""",
    keep=[
        "Ablaufende Nutzungsrechte Wahlgräber 2026",
        "§ 14 Friedhofssatzung",
        "unbekannt – Erben ermitteln",
        "Brief auf Griechisch beilegen",
        "nein, Abräumung gewünscht",
    ],
)

# ----- numbered lists --------------------------------------------------------------------------

# 37 -- lay-judge nomination list for the council, "1. Name, Vorname, geb. …, wohnhaft …"
pii(
    "numbered_list",
    """
Vorschlagsliste der Stadt Bochum für die Wahl der Schöffinnen und Schöffen (Amtsperiode 2029–2033)
– Entwurf für den Haupt- und Finanzausschuss, Anlage 1 zu Drucksache 20260417 –

1. [[P:Müller, Hans]], geb. [[DOB:12.03.1967]] in [[LOC:Herne]], wohnhaft [[STR:Hattinger Str. 5]], [[LOC:44789 Bochum]], Elektromeister
2. [[P:Aydın, Fatma]], geb. [[DOB:04.10.1979]] in [[LOC:Trabzon]], wohnhaft [[STR:Dorstener Str. 301]], [[LOC:44809 Bochum]], Pflegefachfrau
3. [[P:Baranowski, Elżbieta]], geb. [[DOB:28.1.1970]] in [[LOC:Bydgoszcz]], wohnhaft [[STR:Castroper Hellweg 12]],
   [[LOC:44805 Bochum]], Bankkauffrau
4. Dr. [[P:Castellano, Marco]], geb. [[DOB:1965-07-19]] in [[LOC:Bari]], wohnhaft [[STR:Königsallee 88]], [[LOC:44789 Bochum]],
   Zahnarzt
5. [[P:Ebert-Nwosu, Claudia]], geb. [[DOB:9. September 1982]] in [[LOC:Witten]], wohnhaft [[STR:Wittener Str. 142]],
   [[LOC:44803 Bochum]], Sozialarbeiterin (Vorschlag Bezirksvertretung Mitte)
6. [[P:Freiherr von Romberg, Albrecht]], geb. [[DOB:02.02.1958]] in [[LOC:Dortmund]], wohnhaft [[STR:Brünninghausen 1]],
   [[LOC:44879 Bochum]], Landwirt
7. [[P:Gashi, Valon]], geb. [[DOB:17.05.1990]] in [[LOC:Prizren]], wohnhaft [[STR:Herner Str. 55]], [[LOC:44787 Bochum]],
   Industriemechaniker – Hinweis: Einbürgerung 2024, deutsche Staatsangehörigkeit nachgewiesen
8. [[P:Hoffmeister, Renate]], geb. [[DOB:30.11.1961]] in [[LOC:Bochum-Wattenscheid]], wohnhaft [[STR:Westenfelder Str. 7]],
   [[LOC:44866 Bochum]], Verwaltungsangestellte i. R.

Nicht aufgenommen: [[P:Ivanov, Pjotr]] (Staatsangehörigkeit), [[P:Jäger, Lothar]] (Vollendung 70. Lj. vor Beginn der Amtsperiode).
Die Liste liegt vom 04.05. bis 11.05.2026 im Bürgerbüro Rathaus öffentlich aus (§ 36 Abs. 3 GVG).
""",
    keep=[
        "Amtsperiode 2029–2033",
        "Anlage 1 zu Drucksache 20260417",
        "deutsche Staatsangehörigkeit nachgewiesen",
        "Vollendung 70. Lj. vor Beginn der Amtsperiode",
        "(§ 36 Abs. 3 GVG)",
    ],
)

# 38 -- notices of eviction suits from the local court, court file numbers, tenants, landlords
pii(
    "numbered_list",
    """
Fachstelle Wohnungssicherung – Mitteilungen nach § 22 Abs. 9 SGB II / § 36 Abs. 2 SGB XII, Eingang März 2026

1. AG Hagen, Az. [[AZ:7 C 123/26]] – Mieter: [[P:Kemper, Marcel]], [[STR:Wehringhauser Str. 87]], [[LOC:58089 Hagen]];
   Vermieter: [[P:Schulte-Wieschen, Friedrich]]; Rückstand 3.412,00 €; Termin 16.04.2026; Jobcenter BG [[AZ:35207//0018842]]
2. AG Hagen, Az. [[AZ:15 C 58/26]] – Mieterin: [[P:Oyelaran-Smith, Bisi]], [[STR:Körnerstr. 12]], [[LOC:58095 Hagen]]; Vermieterin:
   Hagener Gemeinnützige Wohnungsgesellschaft mbH; Rückstand 1.980,00 €; Kinder im Haushalt: 3
3. AG Schwelm, Az. [[AZ:3 C 412/25]] – Mieter: [[P:Dąbrowski, Krzysztof]] und [[P:Dąbrowska, Aneta]], [[STR:Hauptstr. 201]],
   [[LOC:58332 Schwelm]]; Vermieter: [[P:Ercan Tunç]] (Hausverwaltung [[P:Tunç]]); Rückstand 6.100,00 €; Räumungstermin 08.05.
4. AG Hagen, Az. [[AZ:7 C 131/26]] – Mieter: [[P:Lindemann, Gerd]], [[STR:Eilper Str. 40]], [[LOC:58091 Hagen]]; Vermieter:
   [[P:Lindemann, Sabine]] (Schwester!); Eigenbedarf, kein Rückstand – keine Zuständigkeit Fachstelle, Beratung angeboten
5. AG Hagen, Az. [[AZ:19 C 7/26]] – Mieterin: [[P:Szabó, Eszter]], [[STR:Lange Str. 3]], [[LOC:58089 Hagen]]; Vermieter: Vonovia SE;
   Rückstand 2.240,00 €; Sozialamt Kd.-Nr. [[AZ:50.2-114077]]; Rückruf über Sohn [[P:Bence]] [[TEL:0176 44910287]]

Nächste Fallbesprechung: 02.04.2026, Raum 3.07. Zuständig: [[P:Sonja Kremer]] (1–3), [[P:Ali Tahiri]] (4–5).
""",
    keep=[
        "Fachstelle Wohnungssicherung",
        "§ 22 Abs. 9 SGB II",
        "Hagener Gemeinnützige Wohnungsgesellschaft mbH",
        "Vonovia SE",
        "keine Zuständigkeit Fachstelle, Beratung angeboten",
    ],
)

# 39 -- sports awards: athletes with dates of birth and clubs, nominating persons
pii(
    "numbered_list",
    """
Sportlerehrung 2026 der Stadt Warendorf – Liste der zu Ehrenden (Stand: Sportausschuss 12.02.2026)

Einzelsportler/innen:
1) [[P:Lea-Sophie Beckmann]] ([[DOB:03.06.2007]]), Reitverein Warendorf e.V. – Deutsche Jugendmeisterin Dressur; gemeldet von [[P:Heinz Pohlkötter]] (Vorsitz)
2) [[P:Jonas Kaya]] ([[DOB:2009-11-22]]), TV Freckenhorst – Westfalenmeister Judo U15; gemeldet von Trainerin [[P:Marina Kovač]]
3) [[P:Ole Rickermann]] (geb. [[DOB:14.1.1958]]), Schützenverein Milte – 50 Jahre Vereinsvorsitz
4) [[P:Hanna Wójtowicz]] ([[DOB:17.09.2005]]), SC Warendorf – NRW-Meisterin 800 m; wohnt inzwischen in [[LOC:Köln]] (Studium)

Mannschaften:
5) SC Warendorf, Handball A-Jugend weiblich – Aufstieg Oberliga (Trainer: [[P:Björn Hülsmann]])
6) Rudergesellschaft Ems, Doppelvierer Masters ([[P:Dirk Lammers]], [[P:Ute Lammers]], [[P:Farid Nazari]], [[P:Karl Terwey]])

Ehrung am Fr, 20.03.2026, 19 Uhr, Theater am Wall. Medaillen: 4x Gold, 2x Silber (Sportamt bestellt).
""",
    keep=[
        "Sportlerehrung 2026 der Stadt Warendorf",
        "Reitverein Warendorf e.V.",
        "Westfalenmeister Judo U15",
        "Aufstieg Oberliga",
        "Theater am Wall",
    ],
)

# 40 -- burials ordered by the authority (no relatives found), estate notes
pii(
    "numbered_list",
    """
Ordnungsamt Herne – Bestattungen nach § 8 BestG NRW (keine bestattungspflichtigen Angehörigen ermittelt), 1. Quartal 2026

1. [[P:Pawlak, Ryszard]], * [[DOB:11.11.1956]] in [[LOC:Szczecin]], † 04.01.2026, zuletzt [[STR:Bahnhofstr. 112]]
   Az. [[AZ:32.3-B-001/26]] – Tochter in [[LOC:Poznań]] angeschrieben, keine Antwort; Urnenbeisetzung anonym, Friedhof Horsthausen
2. [[P:Krämer, Heinz-Dieter]], * [[DOB:1949-05-30]] in [[LOC:Wanne-Eickel]], † 19.01.2026, zuletzt Obdachlosenunterkunft Mont-Cenis-Str.
   Az. [[AZ:32.3-B-004/26]] – Bruder [[P:Manfred Krämer]] ([[LOC:Recklinghausen]]) schlägt Erbe aus; Kostenersatz geprüft
3. „[[P:Sascha]]“, Nachname unbekannt, ca. 45 J., † 02.02.2026, Fundort Bahnhof Herne – Identifizierung durch Kripo läuft
   Az. [[AZ:32.3-B-007/26]] – Bestattung zurückgestellt
4. [[P:Mendoza Reyes, Luis Alberto]], * [[DOB:8.2.1961]] in [[LOC:Cali]], † 27.02.2026, zuletzt [[STR:Overhofstr. 5]]
   Az. [[AZ:32.3-B-009/26]] – Konsulat Kolumbien informiert; Nachlass: Sparbuch (Nachlassgericht AG Herne, Az. [[AZ:12 VI 144/26]])

Beauftragter Bestatter: Bestattungshaus Gerling, Herne (Rahmenvertrag 2025–2027). Kosten je Fall ca. 1.850 €.
""",
    keep=[
        "§ 8 BestG NRW",
        "Urnenbeisetzung anonym, Friedhof Horsthausen",
        "Obdachlosenunterkunft Mont-Cenis-Str.",
        "Identifizierung durch Kripo läuft",
        "Bestattungshaus Gerling, Herne (Rahmenvertrag 2025–2027)",
    ],
)

# 41 -- nominations for the volunteer award, nominees and nominators
pii(
    "numbered_list",
    """
Ehrenamtspreis „Ahlener Herz“ 2026 – eingegangene Vorschläge (Jury-Vorlage, vertraulich)

1. Vorgeschlagen: [[P:Brigitte Schoppmann]], [[STR:Kampstr. 3]], [[LOC:59227 Ahlen]] – seit 22 Jahren Leseoma in der Kita St. Bartholomäus
   Vorschlagende/r: [[P:Carina Eßer]] (Kita-Leitung), [[TEL:02382 61177]]
2. Vorgeschlagen: [[P:Mahmoud Saleh]], [[LOC:Ahlen-Süd]] – Sprachmittler Arabisch/Kurdisch für das Sozialamt, ehrenamtlich
   Vorschlagende/r: Integrationsrat (Vors. [[P:Deniz Karaca]])
3. Vorgeschlagen: Ehepaar [[P:Werner]] und [[P:Lisbeth Austermann]], [[STR:Auf der Horst 12]], [[LOC:59229 Ahlen]] – Mittagstisch „Offene Tür“
   Vorschlagende/r: Pfarrer [[P:Thomas Lemke]]
4. Vorgeschlagen: [[P:Svitlana Moroz]], [[STR:Weststr. 40]], [[LOC:59227 Ahlen]] – Kleiderkammer für Geflüchtete aus der Ukraine
   Vorschlagende/r: [[P:Olha Moroz]] (Schwester, zieht Vorschlag ggf. zurück – Befangenheit?)
5. Vorgeschlagen: Freiwillige Feuerwehr Ahlen, Löschzug Dolberg – Jugendfeuerwehrarbeit
   Vorschlagende/r: Ortsvorsteher Dolberg

Jurysitzung 28.04.2026; Preisgeld 1.000 € / 500 € / 250 €.
""",
    keep=[
        "Ehrenamtspreis „Ahlener Herz“ 2026",
        "Kita St. Bartholomäus",
        "Mittagstisch „Offene Tür“",
        "Freiwillige Feuerwehr Ahlen, Löschzug Dolberg",
        "Preisgeld 1.000 € / 500 € / 250 €",
    ],
)

# 42 -- call-back list of the citizens' phone line, numbered, informal
pii(
    "numbered_list",
    """
Rückrufliste Bürgertelefon 115 – Frühschicht Mo 23.03.2026 (bitte abhaken!)

1. Fr. [[P:Yıldız]] – [[TEL:0231 5589012]] – Frage Wohngeld-Bescheid, Kd.-Nr. [[AZ:WG-64-2201783]]; am besten nach 14 Uhr   ✔
2. Hr. [[P:Borowski]] ([[P:Jan]]) – [[TEL:0176 40033917]] – Sperrmüll nicht abgeholt, [[STR:Kleine Beurhausstr. 8]]
3. Oma [[P:Frieda Lüttgen]] (über Enkel [[P:Tim]], [[TEL:0157 33801920]]) – Schwerbehindertenausweis Verlängerung, geb. [[DOB:02.07.1938]]
4. Fr. [[P:Nasrin Ahmadi]] – [[TEL:0231 9014427]] – Termin Ausländerbehörde, Az. [[AZ:2026-ABH-00412]], Dolmetsch Farsi
5. Hr. [[P:Eberhard Klöpper-Strunz]] – [[MAIL:klstrunz@t-online.de]] – Beschwerde Baustelle Hainallee (Lärm ab 6 Uhr)   ✔
6. anonym – Rückruf nicht möglich (Nr. unterdrückt)
7. Fr. Dr. [[P:Annette Kühl]] – [[TEL:0231 477038]] – Hundesteuer: Hund von Tochter [[P:Merle]] aus [[LOC:Unna]] übernommen

Offen: 2, 3, 4, 7 → Spätschicht. Fragen intern an 115-leitstelle@dortmund.example
""",
    keep=[
        "Rückrufliste Bürgertelefon 115",
        "Sperrmüll nicht abgeholt",
        "Beschwerde Baustelle Hainallee (Lärm ab 6 Uhr)",
        "anonym – Rückruf nicht möglich (Nr. unterdrückt)",
        "115-leitstelle@dortmund.example",
    ],
)

# ----- bullet lists ------------------------------------------------------------------------------

# 43 -- seniors' day trip, participants with companions and needs
pii(
    "bullet_list",
    """
Seniorenfahrt Stadtteilbüro Eving → Xanten (Do 21.05.2026) – Teilnehmende

- [[P:Gerda Pohlmann]] ([[DOB:1941]]), [[STR:Deutsche Str. 12]] – Rollator, Platz vorne im Bus
- [[P:Ahmet]] und [[P:Hatice Yurt]], [[STR:Evinger Platz 3]] – [[P:Hatice]] vegetarisch
- [[P:Zdzisław Marczak]], [[STR:Nollendorfplatz 7]] – Begleitung durch Sohn [[P:Paweł]] (zahlt selbst)
- [[P:Elfriede „Friedel“ Bracht]], [[STR:Bergstraße 21]] – Diabetikerin, Insulin im Kühlschrank Bus
- [[P:Luigi Esposito]], [[STR:Preußische Str. 120]] – bringt Ehefrau [[P:Anna]] mit (Nachmeldung, bezahlt 28.04.)
- Herr [[P:Kraemer]] (Vorname?), Tel. [[TEL:0231 853377]] – nur bei gutem Wetter 🙄
  • Notfallkontakt: Nichte [[P:Sandra Kraemer-Voss]], [[TEL:0172 8812099]]
- [[P:Irina Schmidt]] (Spätaussiedlerin, [[LOC:Karaganda]]), [[STR:Deutsche Str. 40]] – spricht Russisch, kann dolmetschen

Abfahrt 8:30 Uhr Evinger Markt, Rückkehr ca. 18 Uhr. Eigenanteil 25 € (inkl. Führung Archäologischer Park).
Begleitung Stadtteilbüro: [[P:Mareike Jansen]], Diensthandy [[TEL:0160 90441278]]
""",
    keep=[
        "Seniorenfahrt Stadtteilbüro Eving",
        "Rollator, Platz vorne im Bus",
        "nur bei gutem Wetter",
        "Abfahrt 8:30 Uhr Evinger Markt",
        "Führung Archäologischer Park",
    ],
)

# 44 -- playground inspection: defects with the reporting citizens ("Hinweisgeber")
pii(
    "bullet_list",
    """
Spielplatzbegehung Bezirk West, KW 14/2026 – Mängel inkl. Bürgerhinweise (für Bauhof und Grünflächen)

* Spielplatz Fichtestraße
  - Schaukelkette verschlissen (Sitz 2) → sofort gesperrt
  - Hinweisgeber: [[P:Markus Tönnies]], Anwohner [[STR:Fichtestr. 11]], [[TEL:0203 3481120]]
* Spielplatz Am Stadtweiher
  - Glasscherben im Sandkasten, wiederholt; Sandaustausch beantragt
  - gemeldet von: [[P:Fatima Zahra Benjelloun]] (Elternbeirat Kita Weiherweg), [[MAIL:f.benjelloun@gmx.de]]
  - Verursacher lt. Hinweis: Jugendliche abends, u. a. „der Sohn von [[P:Kowalke]]“ – nicht verifiziert, nicht weitergeben!
* Bolzplatz Heerstraße
  - Tornetz gerissen, Zaun Lücke zur Straße
  - keine Meldung aus der Bürgerschaft, eigene Begehung (Kontrolleur GB-07)
* Spielplatz Sonnenwall
  - Rutsche: scharfe Kante → Meldung über Mängelmelder von [[IP:95.91.240.12]] (anonym), bestätigt
  - Hinweis von Frau [[P:Lieselotte Maaß]] (Patin des Spielplatzes seit 2019), [[STR:Sonnenwall 40]]

Prüfer: Kontrolleur GB-07 / Sachkundiger nach DIN EN 1176-7. Nächste Hauptinspektion: Juni 2026.
""",
    keep=[
        "Spielplatzbegehung Bezirk West, KW 14/2026",
        "Schaukelkette verschlissen (Sitz 2)",
        "Kontrolleur GB-07",
        "DIN EN 1176-7",
        "Bolzplatz Heerstraße",
    ],
)

# 45 -- heavy-rain damage, affected households with cellar flooding
pii(
    "bullet_list",
    """
Starkregen 14./15.06.2026 – Meldungen Keller-/Gebäudeschäden (Krisenstab, Lagebild 16.06., 08:00 Uhr)

• [[STR:Ruhrtalstraße 18]] – Familie [[P:Gülay]]/[[P:Erdem Korkmaz]]: Keller 40 cm, Heizöltank undicht → Umweltamt informiert
• [[STR:Ruhrtalstraße 22]] – [[P:Rita Schwenke]] (87 J., allein): Keller voll, Stromausfall; Nachbar [[P:Olaf Brückner]] hilft, Rückruf [[TEL:02324 61128]]
• [[STR:Mühlenweg 3]] – Mieter [[P:Tran Quoc Bao]], Vermieter Dr. [[P:Heiner Apel]] ([[TEL:0201 7731905]]): Souterrainwohnung unbewohnbar → Notunterkunft?
• Mühlenweg 5–9 – Wohnungsbaugesellschaft Hattingen: Tiefgarage, 14 Fahrzeuge, u. a. [[KFZ:EN-TB 419]] ([[P:Bao]])
• [[STR:Am Bachufer 1]] – [[P:Sieglinde]] und [[P:Horst Wierling]]: Garten unterspült, Stützmauer instabil → Bauordnung heute
• Kita Sonnenschein, Bachstraße 10 – Turnhalle nass, Betrieb läuft (keine Personendaten)

Spendenkonto Stadt (Soforthilfe) wie Pressemitteilung; Meldungen weiter an krisenstab@hattingen.example
""",
    keep=[
        "Starkregen 14./15.06.2026",
        "Heizöltank undicht → Umweltamt informiert",
        "Wohnungsbaugesellschaft Hattingen",
        "Kita Sonnenschein, Bachstraße 10",
        "krisenstab@hattingen.example",
    ],
)

# 46 -- a caseworker's to-do list with BG numbers, clients and landlords
pii(
    "bullet_list",
    """
ToDo KW 12 – Team Kosten der Unterkunft (privat geführte Liste, [[P:S. Brüggemann]])

- [ ] BG [[AZ:35301//0044817]] [[P:Wolff, Denise]]: Mieterhöhung prüfen, Vermieter Hr. [[P:Lückemeier]] will Antwort bis 20.03.
- [ ] BG [[AZ:35301//0045002]] [[P:Nazarov, Ruslan]] + Ehefrau: Umzug nach [[LOC:Iserlohn]] – Zusicherung? Wohnung [[STR:Baarstr. 61]]
- [x] BG [[AZ:35301//0039914]] [[P:Ogunleye]]: Heizkostenabrechnung erledigt, Nachzahlung 611,40 € übernommen
- [ ] Rückruf Frau [[P:Aksoy]] wg. Kaution (Darlehen), [[TEL:02371 9022418]] – nur Di/Do
- [ ] Akte [[P:Rinaldi, Paolo]] an Team 2 abgeben (Zuzug aus [[LOC:Napoli]], BG noch nicht angelegt, Kd.-Nr. [[AZ:353D112907]])
- [ ] Mail an Hausverwaltung Sauerland GmbH wg. Mietbescheinigung [[P:Wolff]] – info@hv-sauerland.example
- [x] Teamrunde Do 10 Uhr vorbereiten (Thema Angemessenheitsgrenzen 2026)
""",
    keep=[
        "Team Kosten der Unterkunft",
        "Heizkostenabrechnung erledigt",
        "Hausverwaltung Sauerland GmbH",
        "info@hv-sauerland.example",
        "Thema Angemessenheitsgrenzen 2026",
    ],
)

# 47 -- outdoor dining permits: operators, owners, plates of delivery vehicles
pii(
    "bullet_list",
    """
Sondernutzung Außengastronomie Altstadt 2026 – erteilte Erlaubnisse (Stand 01.04.)

- Café Mokka, Marktplatz 4 – Inhaberin [[P:Leyla Hosseini]] – 24 m², 6 Tische – Erlaubnis [[AZ:SN-AG-26-003]]
  · Hinweis: Lieferfahrzeug [[KFZ:BI-LH 212]] darf nur bis 10 Uhr in der Fußgängerzone halten
- Trattoria da [[P:Vito]], Obernstraße 22 – Inhaber [[P:Vito Castellucci]] (Pächter), Eigentümer der Immobilie: Erben [[P:Oetker-Wilms]] (nur informativ) – 40 m² – [[AZ:SN-AG-26-007]]
- Bäckerei-Café Brinkmann GmbH, Niedernstraße 9 – Filialleitung – 12 m² – SN-AG-26-011 (Firma, Erlaubnis an GmbH)
- Döner & Grill Anatolia, Jahnplatz 1 – Inhaber [[P:Mehmet Ali Şen]], Mobil [[TEL:0176 21774401]] – 16 m² – [[AZ:SN-AG-26-014]]
  · Beschwerde Anwohnerin [[P:Gisela Heitkamp]] ([[STR:Jahnplatz 3]]) wegen Lärm, Ortstermin 08.04.
- Weinstube Alt-Bielefeld, Klosterplatz 6 – Inhaberin [[P:Ursula Niemöller-Kahl]] e.K. ([[HR:HRA 16044]] AG Bielefeld) – 30 m² – [[AZ:SN-AG-26-019]]

Gebühr 2026: 18 €/m² Saison (Zone I). Sachbearbeitung: Ordnungsamt, Sondernutzungen, Raum 214.
""",
    keep=[
        "Sondernutzung Außengastronomie Altstadt 2026",
        "Café Mokka, Marktplatz 4",
        "Bäckerei-Café Brinkmann GmbH, Niedernstraße 9",
        "SN-AG-26-011 (Firma, Erlaubnis an GmbH)",
        "Gebühr 2026: 18 €/m² Saison (Zone I)",
    ],
)

# ----- key-value blocks, one block per person -----------------------------------------------------

# 48 -- housing emergencies: one block per household
pii(
    "key_value",
    """
Wohnungsnotfälle – Übergabe an die Fallkonferenz 09.04.2026 (Fachdienst Wohnen, Stadt Castrop-Rauxel)

Name: [[P:Schmitz, Andreas]]
Geburtsdatum: [[DOB:14.08.1972]]
Anschrift: [[STR:Wittener Str. 90, 1. OG rechts]], [[LOC:44575 Castrop-Rauxel]]
Haushalt: 1 Person
Anlass: Räumungsklage AG Castrop-Rauxel, Az. [[AZ:2 C 77/26]]
Kontakt: [[TEL:0151 29903147]]
---
Name: [[P:Hamidi, Farida]] mit Kindern [[P:Soraya]] (9) und [[P:Navid]] (4)
Geburtsdatum: [[DOB:01.01.1990]]
Anschrift: z. Zt. Frauenhaus (Anschrift geschützt)
bisheriger Wohnort: [[LOC:Waltrop]]
Anlass: häusliche Gewalt, Wohnungszuweisung gescheitert
Kontakt: nur über Frauenhaus, Tel. Büro
---
Name: [[P:Kowalewski, Grzegorz]]
Geburtsdatum: [[DOB:1968-09-03]]
Anschrift: ohne festen Wohnsitz, postalisch c/o Diakonie Beratungsstelle
Herkunftsort: [[LOC:Gliwice]]
Anlass: Arbeitsplatzverlust, Wohnung mit Arbeitgeber gekündigt
Kontakt: über Streetwork ([[P:Jens Vollmer]])
---
Name: [[P:Lohmann, Erika]] und [[P:Lohmann, Dieter]]
Geburtsdatum: [[DOB:22.2.49]] / [[DOB:7.10.47]]
Anschrift: [[STR:Am Stadtgarten 14]], [[LOC:44575 Castrop-Rauxel]]
Anlass: Eigenbedarfskündigung durch Vermieterin [[P:Karin Sieveking]], Auszug bis 30.06.
Kontakt: Sohn [[P:Martin Lohmann]], [[MAIL:martin.lohmann@lohmann-it.de]]
""",
    keep=[
        "Übergabe an die Fallkonferenz 09.04.2026",
        "z. Zt. Frauenhaus (Anschrift geschützt)",
        "postalisch c/o Diakonie Beratungsstelle",
        "Wohnung mit Arbeitgeber gekündigt",
        "nur über Frauenhaus, Tel. Büro",
    ],
)

# 49 -- registrations at the citizens' office with former residence and "Zuzug aus"
pii(
    "key_value",
    f"""
Bürgerbüro Minden – Anmeldungen aus dem Ausland / Zuzüge, Tagesliste 10.03.2026 (für Statistik und Ausländerbehörde)

Vorgang: [[AZ:EWO-2026-031044]]
  Familienname: [[P:Petrović]]
  Vorname(n): [[P:Nikola]]
  Geburtsdatum / -ort: [[DOB:11.01.1995]] / [[LOC:Kragujevac]]
  Staatsangehörigkeit: serbisch
  Zuzug aus: [[LOC:Beograd]] (Serbien)
  neue Anschrift: [[STR:Königstr. 201]], [[LOC:32427 Minden]]
  Dokument: Reisepass Nr. [[PASS:014477203]]

Vorgang: [[AZ:EWO-2026-031051]]
  Familienname: [[P:Fernandes da Costa]]
  Vorname(n): [[P:Ana Beatriz]]
  Geburtsdatum / -ort: [[DOB:1998-03-27]] / [[LOC:Porto]]
  Staatsangehörigkeit: portugiesisch
  bisheriger Wohnort: [[LOC:Bielefeld]] (Zuzug innerhalb D)
  neue Anschrift: [[STR:Simeonstr. 12]], [[LOC:32423 Minden]]
  Dokument: Cartão de Cidadão Nr. [[PASS:14098813 4ZY9]]

Vorgang: [[AZ:EWO-2026-031058]]
  Familienname: [[P:Bauer]], geb. [[P:Sommerfeld]]
  Vorname(n): [[P:Julia]]
  Geburtsdatum / -ort: [[DOB:6. Dezember 1986]] / [[LOC:Porta Westfalica]]
  Staatsangehörigkeit: deutsch
  Zuzug aus: [[LOC:Zürich]] (Schweiz), Rückkehrerin
  neue Anschrift: [[STR:Marienstr. 88a]], [[LOC:32427 Minden]]
  Dokument: Personalausweis Nr. [[ID:{ausweis("T22000129")}]]
""",
    keep=[
        "Anmeldungen aus dem Ausland / Zuzüge",
        "Staatsangehörigkeit: serbisch",
        "(Zuzug innerhalb D)",
        "Rückkehrerin",
        "Dokument: Reisepass Nr.",
    ],
)

# 50 -- intake of the emergency shelter: one block per person with ID documents
pii(
    "key_value",
    f"""
Notunterkunft Lohstraße – Neuaufnahmen Wochenende 14./15.03.2026 (Übergabe an Sozialdienst Montag)

Name, Vorname ........: [[P:Kurz, Thomas]]
Geb.-Dat. ............: [[DOB:19.04.1983]]
Ausweis ..............: Personalausweis [[ID:{ausweis("LZ6311T47")}]] (gültig bis 2029)
letzte Meldeanschrift : [[STR:Bruchstr. 14]], [[LOC:45883 Gelsenkirchen]]
Zimmer / Bett ........: 2.04 / B
Besonderheiten .......: Bewährungshelferin Frau [[P:Neuhaus]], Tel. [[TEL:0209 1771-4402]]

Name, Vorname ........: [[P:Popa, Ionela]]
Geb.-Dat. ............: [[DOB:1996-12-02]]
Ausweis ..............: rumän. Personalausweis [[PASS:RX 448120]]
letzte Meldeanschrift : keine in D; zuvor [[LOC:Constanța]]
Zimmer / Bett ........: F-1 / A
Besonderheiten .......: schwanger, Termin Gesundheitsamt Di; Kontakt Freundin [[P:Mirela]] [[TEL:0163 2294471]]

Name, Vorname ........: [[P:Abdullahi, Hassan Ali]]
Geb.-Dat. ............: [[DOB:01.01.1979]]
Ausweis ..............: Aufenthaltstitel-Nr. [[ID:{ausweis("Y7C00J8M4")}]], Reiseausweis [[PASS:F5510487]]
letzte Meldeanschrift : [[STR:Florastr. 31]], [[LOC:45879 Gelsenkirchen]] (Wohnungsbrand 13.03.)
Zimmer / Bett ........: 2.06 / A
Besonderheiten .......: Hausrat verloren, Feuerwehr-Einsatz-Nr. 2603130447; Ehefrau und Kinder bei Verwandten in [[LOC:Essen-Katernberg]]

Aufnahme durch: Bereitschaft Ordnungsamt (Funk 4-12). Belegung gesamt: 31 von 40 Plätzen.
""",
    keep=[
        "Notunterkunft Lohstraße",
        "Zimmer / Bett ........: 2.04 / B",
        "Feuerwehr-Einsatz-Nr. 2603130447",
        "Bereitschaft Ordnungsamt (Funk 4-12)",
        "Belegung gesamt: 31 von 40 Plätzen",
    ],
)

# 51 -- found identity documents, one block per document, owners and finders
pii(
    "key_value",
    f"""
Fundbüro – aufgefundene Ausweisdokumente, Abgabe an Bürgerbüro / Konsulate (Liste 03/2026)

Fund-Nr.: [[AZ:FD-26-0301]]
Dokument: Personalausweis, Nr. [[ID:{ausweis("L7H49CVGZ")}]]
Inhaber/in: [[P:Reinecke, Svenja]], geb. [[DOB:23.11.1991]]
Anschrift lt. Dokument: [[STR:Rheinstr. 44]], [[LOC:65185 Wiesbaden]]
Fundort / Finder/in: S-Bahn S8, Fahrgast [[P:Otto Brandl]] ([[TEL:0611 5091274]])
Verbleib: an Bürgerbüro Wiesbaden-Mitte, Inhaberin per Brief informiert

Fund-Nr.: [[AZ:FD-26-0307]]
Dokument: Reisepass Republik Türkei, Nr. [[PASS:U09948217]]
Inhaber/in: [[P:Güneş, Berkay]], geb. [[DOB:1987-04-05]]
Anschrift lt. Dokument: – (im Pass nicht enthalten); Meldeanschrift [[STR:Dotzheimer Str. 110]]
Fundort / Finder/in: Kurhaus, Garderobe (Personal)
Verbleib: an Generalkonsulat, Kopie an Ausländerbehörde (Az. [[AZ:ABH-WI-26-00917]])

Fund-Nr.: [[AZ:FD-26-0315]]
Dokument: Führerschein (Kartenführerschein, ausgestellt 2013)
Inhaber/in: [[P:Maier, Franz Xaver]], geb. [[DOB:09.07.1955]]
Anschrift lt. Dokument: nicht auf Führerschein; Halteranfrage [[KFZ:WI-FX 955]]
Fundort / Finder/in: Parkhaus Mauritius, Ebene 2; Finder [[P:Deniz Aktaş]]
Verbleib: Inhaber abgeholt 19.03.2026

Fund-Nr.: [[AZ:FD-26-0322]]
Dokument: Aufenthaltstitel (eAT), Nr. [[ID:{ausweis("YL0G7K1C2")}]]
Inhaber/in: [[P:Haile, Meron]], geb. [[DOB:1.1.1999]]
Anschrift lt. Dokument: [[STR:Biebricher Allee 60]], [[LOC:65187 Wiesbaden]]
Fundort / Finder/in: Rathaus, Toilette EG
Verbleib: an Ausländerbehörde
""",
    keep=[
        "aufgefundene Ausweisdokumente",
        "an Bürgerbüro Wiesbaden-Mitte",
        "Kurhaus, Garderobe (Personal)",
        "Parkhaus Mauritius, Ebene 2",
        "Rathaus, Toilette EG",
    ],
)

# 52 -- honorary allowance for youth coaches: Steuer-ID, pension number, IBAN per person
pii(
    "key_value",
    f"""
Sportamt – Auszahlung Ehrenamtspauschale Jugendtrainer/innen 2026 (Meldung der Vereine, Stammdaten geprüft)

[Person 1]
Name = [[P:Wiegand, Marius]]
Verein = TuS Eintracht Rheine, Fußball U13
Geburtsdatum = [[DOB:21.05.1999]]
Anschrift = [[STR:Salzbergener Str. 31]], [[LOC:48431 Rheine]]
Steuer-ID = [[TAX:{steuer_id("3671049283")}]]
RV-Nummer = [[RV:{rvnr("17", "210599", "W", "03")}]]
IBAN = [[IBAN:{iban("DE", "40350005" + "0000771203")}]]
Betrag = 840,00 EUR

[Person 2]
Name = [[P:Adeyemi-Schulz, Tolu]]
Verein = Rheiner Turnverein, Leichtathletik
Geburtsdatum = [[DOB:1994-10-08]]
Anschrift = [[STR:Lingener Damm 7]], [[LOC:48429 Rheine]]
Steuer-ID = [[TAX:{steuer_id("9041628379")}]]
RV-Nummer = [[RV:{rvnr("17", "081094", "A", "52")}]]
IBAN = [[IBAN:{iban("DE", "40365016" + "0103048822")}]]
Betrag = 840,00 EUR

[Person 3]
Name = [[P:Zając, Kamila]]
Verein = DJK Rheine-Mesum, Volleyball weiblich
Geburtsdatum = [[DOB:2.3.2004]]
Anschrift = [[STR:Mesumer Str. 112]], [[LOC:48432 Rheine]]
Steuer-ID = [[TAX:{steuer_id("2849167302")}]]
RV-Nummer = (Studentin, keine)
IBAN = [[IBAN:{iban("DE", "40350005" + "0003998177")}]] (Konto Mutter [[P:Zając, Irena]])
Betrag = 420,00 EUR (halbes Jahr)

Rechtsgrundlage: § 3 Nr. 26a EStG (840 €). Anordnung: HHSt 4210.531800, Sportamt, sachlich richtig gez. [[P:Heemann]]
""",
    keep=[
        "Ehrenamtspauschale Jugendtrainer/innen 2026",
        "TuS Eintracht Rheine, Fußball U13",
        "RV-Nummer = (Studentin, keine)",
        "§ 3 Nr. 26a EStG (840 €)",
        "HHSt 4210.531800",
    ],
)

# 53 -- traffic accident with a municipal vehicle, one block per party
pii(
    "key_value",
    """
Schadenanzeige KSA – Verkehrsunfall mit Dienstfahrzeug, 11.02.2026, 07:45 Uhr, Kreuzung Ringstraße/Bahnhofstraße, Gütersloh
Schadennummer Stadt: [[AZ:KSA-GT-2026-0045]]   Polizei-Vorgang: [[AZ:260211-0745-044918]]

Beteiligte/r 1 (Fahrer Dienstfahrzeug)
  Name: [[P:Rolf Brockschmidt]], Bauhof (Kolonne Nord)
  Fahrzeug: GT-BH 214 (Stadt Gütersloh, Pritsche)

Beteiligte/r 2 (Geschädigte)
  Name: [[P:Emily Tönsing]]
  Geb.: [[DOB:17.08.2001]]
  Anschrift: [[STR:Kahlertstr. 180]], [[LOC:33330 Gütersloh]]
  Tel./Mobil: [[TEL:0176 51039824]]
  Fahrzeug: [[KFZ:GT-ET 2001]] (VW Polo), Halter: [[P:Ralf Tönsing]] (Vater)
  Versicherung: Westfälische Provinzial, Vers.-Schein [[AZ:PV 7741-00918-3]]

Beteiligte/r 3 (Zeuge)
  Name: [[P:Mustafa Kılınç]]
  Anschrift: [[STR:Berliner Str. 52]], [[LOC:33330 Gütersloh]]
  Tel./Mobil: [[TEL:05241 2339071]]
  Aussage: „Pritsche ist bei Gelb angefahren, die junge Frau kam von links.“

Personenschaden: nein. Sachschaden geschätzt 3.200 € (Polo) / 450 € (GT-BH 214).
""",
    keep=[
        "Verkehrsunfall mit Dienstfahrzeug",
        "Kreuzung Ringstraße/Bahnhofstraße, Gütersloh",
        "GT-BH 214 (Stadt Gütersloh, Pritsche)",
        "Beteiligte/r 3 (Zeuge)",
        "Personenschaden: nein",
    ],
)

# ----- tables inside e-mails ------------------------------------------------------------------

# 54 -- e-mail from the enforcement service to the police with a Markdown table
pii(
    "email_table",
    """
Von: [[P:Kühn, Patrick]] <[[MAIL:patrick.kuehn@stadt-kamen.de]]>
An: PI Unna – Bezirksdienst <bezirksdienst.unna@polizei.nrw.example>
Cc: ordnungsamt@stadt-kamen.de
Datum: Mi, 18.03.2026 10:14
Betreff: Halterfeststellungen Dauerparker Sesekepark – Bitte um Abgleich

Sehr geehrte Damen und Herren,

wie besprochen die Fahrzeuge, die seit mehr als 3 Wochen auf dem Parkplatz Sesekepark stehen. Halter lt. ZEVIS:

| Kennzeichen | Fabrikat | Halter/in | Anschrift | Bemerkung |
|---|---|---|---|---|
| [[KFZ:UN-RK 771]] | Opel Astra, silber | [[P:Krause, Ronny]] | [[STR:Am Römerberg 40]], [[LOC:59192 Bergkamen]] | abgemeldet seit 01/2026 |
| [[KFZ:DO-IS 4410]] | Ford Transit | [[P:Işık, Sinan]] | [[STR:Mallinckrodtstr. 212]], [[LOC:44147 Dortmund]] | Werbeaufschrift „[[P:Işık]] Umzüge“ |
| [[KFZ:HAM-PA 12]] | BMW 320d | [[P:Papadimitriou, Anestis]] | [[STR:Ostring 7]], [[LOC:59065 Hamm]] | TÜV abgelaufen 2024 |
| ohne | Wohnwagen Hobby | unbekannt | – | FIN-Abfrage läuft |
| [[KFZ:UN-K 1990H]] | Mercedes W123 | [[P:Klinkhammer, Erwin]] | [[STR:Weddinghofer Str. 3]], [[LOC:59192 Bergkamen]] | Oldtimer, Halter verstorben? Sohn [[P:Jörg]] |

Wir würden die Fahrzeuge ab 30.03. nach § 43 PolG / § 14 OBG umsetzen lassen, sofern nichts gegen die Halter vorliegt.

Mit freundlichen Grüßen
Im Auftrag
[[P:Patrick Kühn]]

Stadt Kamen – Fachbereich Öffentliche Sicherheit und Ordnung
Rathausplatz 1 · 59174 Kamen · Zentrale 02307 148-0 · Durchwahl [[TEL:02307 148-3217]]
""",
    keep=[
        "Halterfeststellungen Dauerparker Sesekepark",
        "bezirksdienst.unna@polizei.nrw.example",
        "FIN-Abfrage läuft",
        "Wohnwagen Hobby",
        "Zentrale 02307 148-0",
    ],
)

# 55 -- Jobcenter e-mail with a tab table of BG numbers pasted from Excel
pii(
    "email_table",
    """
Von: Jobcenter Märkischer Kreis – Team U25 <team-u25@jobcenter-mk.example>
An: Stadt Iserlohn, Ressort Soziales – Wohnungssicherung
Betreff: Liste U25 – Zusicherungen Umzug/Erstausstattung März (bitte um Rückmeldung zu Nr. 3 und 5)

Hallo zusammen,

anbei wie jeden Monat die Liste (aus unserer Excel kopiert, Spalten verrutschen leider in Outlook):

Nr\tBG-Nummer\tName\tGeb.\tbisherige Anschrift\tneue Anschrift\tStatus
1\t[[AZ:35801//0071145]]\t[[P:Schulte, Jannik]]\t[[DOB:03.02.2004]]\t[[STR:Grüner Talstr. 12]] (Eltern)\t[[STR:Hansaallee 8]]\tZusicherung erteilt
2\t[[AZ:35801//0071930]]\t[[P:Ahmadzai, Wais]]\t[[DOB:01.01.2005]]\tJugendwohngruppe „Lichtblick“\t[[STR:Theodor-Heuss-Ring 40]]\tErstausstattung bewilligt
3\t[[AZ:35801//0072201]]\t[[P:Mikulić, Ana]]\t[[DOB:2003-07-15]]\t[[STR:Karnacksweg 5]]\toffen\tWohnungssuche, Mietobergrenze?
4\t[[AZ:35801//0072218]]\t[[P:Lorenz, Kevin]]\t[[DOB:9.9.2002]]\t[[STR:Hagener Str. 140]]\t[[STR:Baarstr. 17]]\tabgelehnt (kein schwerw. Grund)
5\t[[AZ:35801//0072460]]\t[[P:Diallo, Mariama]]\t[[DOB:12.12.2004]]\tFrauenhaus\toffen\tdringend, mit Kind [[P:Awa]] (1 J.)

Zu Nr. 5: Ansprechpartnerin im Frauenhaus ist Frau [[P:Krüger-Leibnitz]], Tel. über die Zentrale.

Viele Grüße
[[P:Melanie Hoppe]]
Jobcenter Märkischer Kreis · Team U25 · Standort Iserlohn, Friedrichstr. 59–61 · Tel. 02371 905-0
""",
    keep=[
        "Liste U25 – Zusicherungen Umzug/Erstausstattung März",
        "team-u25@jobcenter-mk.example",
        "Jugendwohngruppe „Lichtblick“",
        "abgelehnt (kein schwerw. Grund)",
        "Friedrichstr. 59–61",
    ],
)

# 56 -- damage report by e-mail: depot vehicle hit parked cars, injured parties and causer
pii(
    "email_table",
    """
Betreff: Schadensmeldung Winterdienst 27.01.2026 – Streufahrzeug ME-WD 7 / drei geschädigte PKW
Von: [[P:Dennis Ohlendorf]] (Bauhof Velbert) <[[MAIL:d.ohlendorf@velbert.example]]>
An: Versicherungsstelle <versicherung@velbert.example>

Moin,

heute früh hat das Streufahrzeug beim Rangieren in der Sackgasse drei PKW gestreift. Fahrer war Kollege [[P:Stefan Niggemann]]. Die Geschädigten haben sich schon gemeldet:

"""
    + rows(
        [31, 14, 29, 17],
        ("Geschädigte/r", "Kennzeichen", "Anschrift", "Telefon", "Schaden"),
        (
            "[[P:Andrea Weyer]]",
            "[[KFZ:ME-AW 310]]",
            "[[STR:Am Hardenberg 14]]",
            "[[TEL:02051 418822]]",
            "Spiegel links, Kratzer",
        ),
        (
            "[[P:Bogdan Marinescu]]",
            "[[KFZ:ME-BM 88]]",
            "[[STR:Am Hardenberg 16]]",
            "[[TEL:0172 9044716]]",
            "Stoßstange hinten",
        ),
        (
            "Auto Krämer GmbH (Vorführw.)",
            "[[KFZ:ME-AK 500]]",
            "Friedrichstr. 201 (Firma)",
            "02051 60010",
            "Kotflügel vorne re.",
        ),
    )
    + """

Verursacher: städt. Fahrzeug ME-WD 7, Fahrer [[P:Niggemann]] (hat Unfallbericht geschrieben, liegt bei mir).
Zeugin: Anwohnerin [[P:Hannelore Schick]], [[STR:Am Hardenberg 9]], hat Fotos gemacht.

Gruß
[[P:Dennis]]
""",
    keep=[
        "Schadensmeldung Winterdienst 27.01.2026",
        "Streufahrzeug ME-WD 7",
        "versicherung@velbert.example",
        "Auto Krämer GmbH (Vorführw.)",
        "Friedrichstr. 201 (Firma)",
    ],
)

# 57 -- registry office e-mail to the caretaker with next week's weddings
pii(
    "email_table",
    """
Von: Standesamt Herten <standesamt@herten.example>
An: Hausmeisterei Schloss Herten; [[P:Kaiser, Udo]]
Datum: 30.04.2026, 15:02
Betreff: Trauungen KW 19 – Bestuhlung und Schlüssel

Hallo Herr [[P:Kaiser]],

für nächste Woche im Schloss bitte wie folgt vorbereiten:

"""
    + pipe_rows(
        [10, 5, 42, 5],
        ("Tag", "Zeit", "Paar", "Gäste", "Besonderes"),
    )
    + "\n"
    + "|".join("-" * n for n in (11, 7, 44, 7, 43))
    + "\n"
    + pipe_rows(
        [10, 5, 42, 5],
        (
            "Do 07.05.",
            "11:00",
            "[[P:Kaya, Deniz]] & [[P:Richter, Paula]]",
            "40",
            "Musiker (Geige), Strom im Saal",
        ),
        (
            "Do 07.05.",
            "13:00",
            "[[P:Szymańska, Oliwia]] & [[P:Grabowski, Adrian]]",
            "25",
            "Dolmetscherin [[P:Ewa Nowicka]] (Polnisch)",
        ),
        (
            "Fr 08.05.",
            "10:00",
            "[[P:Al-Rashid, Mariam]] & [[P:Weber, Christoph]]",
            "60",
            "Rollstuhl (Großmutter [[P:Fatima]]), Rampe!",
        ),
        (
            "Fr 08.05.",
            "12:30",
            "[[P:Lindqvist, Erik]] & [[P:Lindqvist-Moreau, Jeanne]]",
            "12",
            "Namensführung noch offen",
        ),
        (
            "Sa 09.05.",
            "10:30",
            "[[P:Bošnjak, Tarik]] & [[P:Hodžić, Selma]]",
            "80",
            "Auto fährt vor: [[KFZ:RE-TB 909]] (Hochzeitsauto)",
        ),
    )
    + """

Die Trauzeugen sind eingetragen, Namen brauchen Sie nicht. Bitte Sektempfang Innenhof nur bei trockenem Wetter.

Viele Grüße aus dem Standesamt
[[P:Nicole Brandhorst]], Standesbeamtin, Durchwahl [[TEL:02366 303-218]]
Stadt Herten · Kurt-Schumacher-Str. 2 · 45699 Herten · Zentrale 02366 303-0
""",
    keep=[
        "Trauungen KW 19 – Bestuhlung und Schlüssel",
        "Hausmeisterei Schloss Herten",
        "Musiker (Geige), Strom im Saal",
        "Namensführung noch offen",
        "Sektempfang Innenhof nur bei trockenem Wetter",
    ],
)

# 58 -- Kita head to the youth office: children and authorised pick-up persons
pii(
    "email_table",
    """
Betreff: AW: Abholberechtigungen Gruppe Igel – aktualisierte Liste nach Sorgerechtsfrage [[P:Berger]]
Von: Kita Am Wiesengrund – Leitung <kita-wiesengrund@kreis-wesel.example>
An: Jugendamt ASD, Frau [[P:Tenhagen]]

Liebe Frau [[P:Tenhagen]],

wie telefonisch besprochen die aktuelle Liste der Gruppe Igel (nur Kinder mit Besonderheiten):

Kind;Geb.;Sorgeberechtigt;Abholberechtigt;NICHT abholberechtigt;Telefon Notfall
[[P:Berger, Leon]];[[DOB:11.06.2021]];Mutter [[P:Sandra Berger]] (allein, Beschluss AG Wesel [[AZ:31 F 214/25]]);Oma [[P:Ingrid Berger]], Nachbarin [[P:Petra Holl]];Vater [[P:Marcel Dreesen]]!;[[TEL:0157 30448812]]
[[P:Nowak, Hanna]];[[DOB:2021-02-28]];beide Eltern;Tante [[P:Magdalena Nowak]];–;[[TEL:0281 33029]]
[[P:Sadiku, Arta]];[[DOB:5.9.2020]];beide Eltern;großer Bruder [[P:Driton]] (16 J.) nur mit schriftl. Erkl.;–;[[TEL:0176 22193850]]
[[P:van Dijk, Sem]];[[DOB:17.01.2021]];Vater [[P:Joost van Dijk]], Mutter [[P:Lotte van Dijk]];Au-pair [[P:Camila Rojas]];–;[[TEL:+31 6 1842 7730]]

Herr [[P:Dreesen]] war letzten Dienstag wieder am Tor ([[KFZ:WES-MD 77]], schwarzer Golf). Wir haben nicht herausgegeben.

Herzliche Grüße
[[P:Anke Brüning]]
Leitung Kita Am Wiesengrund · Wiesengrund 4 · 46483 Wesel · Tel. 0281 20066 (Büro)
""",
    keep=[
        "Abholberechtigungen Gruppe Igel",
        "kita-wiesengrund@kreis-wesel.example",
        "Kind;Geb.;Sorgeberechtigt;Abholberechtigt;NICHT abholberechtigt;Telefon Notfall",
        "Wir haben nicht herausgegeben.",
        "Wiesengrund 4 · 46483 Wesel",
    ],
)

# 59 -- foreigners' authority to the social office: benefits recipients, a Markdown table
pii(
    "email_table",
    """
From: Ausländerbehörde Stadt Hamm <abh@stadt-hamm.example>
To: Amt für Soziales – AsylbLG <asylblg@stadt-hamm.example>
Subject: Statuswechsel März 2026 – Leistungszuständigkeit AsylbLG → SGB II prüfen

Guten Morgen,

folgende Personen haben im März einen Aufenthaltstitel erhalten bzw. sind ausgereist. Bitte Leistungen entsprechend umstellen:

| Az. ABH | Name | Geb.-Dat. | Staatsang. | neuer Status | seit | Unterkunft |
|---|---|---|---|---|---|---|
| [[AZ:2026-ABH-00412]] | [[P:Rahimi, Mohammad Nabi]] | [[DOB:1.1.1997]] | afghanisch | AE § 25 Abs. 2 | 04.03.2026 | ÜWH Ostwennemarstr. |
| [[AZ:2026-ABH-00431]] | [[P:Ibrahim, Suad]] + 3 Kinder | [[DOB:1988-06-14]] | somalisch | AE § 25 Abs. 2 | 06.03.2026 | [[STR:Wilhelmstr. 80]], 2. OG |
| [[AZ:2025-ABH-02219]] | [[P:Gogoladze, Levan]] | [[DOB:22.09.1990]] | georgisch | ausgereist (freiw.) | 11.03.2026 | – |
| [[AZ:2026-ABH-00458]] | [[P:Kuznetsova, Daria]] | [[DOB:30. April 2002]] | russisch | Duldung verlängert | 18.03.2026 | ÜWH Ostwennemarstr. |
| [[AZ:2026-ABH-00460]] | [[P:Obi, Chinonso]] | [[DOB:13.03.1994]] | nigerianisch | AE § 16b (Studium) | 20.03.2026 | bei Cousin [[P:Emeka Obi]], [[LOC:Dortmund]] |

Bei Frau [[P:Ibrahim]] bitte beachten: Ehemann [[P:Abdirahman Ibrahim]] lebt in [[LOC:Bremen]], Familienzusammenführung beantragt.

Mit freundlichen Grüßen
i. A. [[P:Jana Weißenborn]]
Stadt Hamm – Ausländerbehörde – Team 2 (Buchstaben G–M) – [[MAIL:jana.weissenborn@stadt-hamm.example]]
""",
    keep=[
        "Leistungszuständigkeit AsylbLG → SGB II prüfen",
        "asylblg@stadt-hamm.example",
        "ÜWH Ostwennemarstr.",
        "AE § 16b (Studium)",
        "Team 2 (Buchstaben G–M)",
    ],
)

# 60 -- allotment change of tenant: a plain-text table in an e-mail with lessor and tenants
W60 = [10, 34, 30, 40, 10]
pii(
    "email_table",
    """
Von: Bezirksverband der Kleingärtner Dortmund-Nord e.V. <info@kleingarten-do-nord.example>
An: Stadt Dortmund, Grünflächenamt, Pachtverwaltung
Betreff: Pächterwechsel Anlage „Fredenbaum“ zum 01.04.2026

Sehr geehrte Damen und Herren,

wir bitten um Zustimmung zu folgenden Pächterwechseln (Verpächterin: Stadt Dortmund, Zwischenpächter: Bezirksverband):

"""
    + rows(
        W60,
        ("Parzelle", "bisheriger Pächter", "neuer Pächter", "Anschrift neuer Pächter", "Ablöse"),
        ("-" * 8, "-" * 32, "-" * 28, "-" * 38, "-" * 9),
        (
            "12",
            "[[P:Wittkowski, Herbert]] (verst.)",
            "[[P:Güler, Ömer]]",
            "[[STR:Mallinckrodtstr. 188]], [[LOC:44145 Dortmund]]",
            "2.400 €",
        ),
        (
            "27",
            "[[P:Sander, Birgit]]",
            "[[P:Nguyen, Thi Hoa]] /",
            "[[STR:Schützenstr. 61]], [[LOC:44147 Dortmund]]",
            "1.150 €",
        ),
        ("", "", "[[P:Le, Quang Minh]]", "", ""),
        (
            "33",
            "[[P:Adamek, Wiesław]]",
            "[[P:Fischer-Okafor, Nora]]",
            "[[STR:Burgholzstr. 9]], [[LOC:44145 Dortmund]]",
            "3.800 €",
        ),
        (
            "41",
            "Kita „Nordlichter“ (Schulgarten)",
            "unverändert",
            "–",
            "–",
        ),
    )
    + """

Die Wertermittlungen liegen bei. Für Parzelle 12 hat die Tochter des verstorbenen Pächters, Frau [[P:Ute Wittkowski]] ([[LOC:Lünen]]), der Ablöse zugestimmt.

Mit freundlichen Grüßen
[[P:Horst Pieper]], 1. Vorsitzender
[[TEL:0231 8812047]] (privat, abends)
""",
    keep=[
        "Pächterwechsel Anlage „Fredenbaum“ zum 01.04.2026",
        "info@kleingarten-do-nord.example",
        "Kita „Nordlichter“ (Schulgarten)",
        "Die Wertermittlungen liegen bei.",
        "Zwischenpächter: Bezirksverband",
    ],
)


# ---------------------------------------------------------------------------------------------
# PII-free documents
# ---------------------------------------------------------------------------------------------

# 1 -- fee table of the citizens' office and registry office (Markdown)
clean(
    "markdown_table",
    """
## Gebührenübersicht Bürgerbüro und Standesamt (gültig ab 01.01.2026)

| Leistung | Rechtsgrundlage | Gebühr | Hinweis |
|---|---|---:|---|
| Personalausweis (ab 24 J.) | PAuswGebV § 1 | 46,00 € | Expressversand zzgl. 32,00 € |
| Personalausweis (unter 24 J.) | PAuswGebV § 1 | 22,80 € | |
| Reisepass 32 Seiten (ab 24 J.) | PassV § 15 | 70,00 € | |
| Meldebescheinigung, einfach | GebO Stadt Nr. 3.1.2 | 10,00 € | online 8,00 € |
| Führungszeugnis (Belegart N) | JVKostG Nr. 1130 | 13,00 € | Ehrenamt gebührenfrei |
| Eheschließung im Trauzimmer Rathaus | GebO Standesamt Nr. 2.4 | 50,00 € | Mo–Fr |
| Eheschließung Haus Kemnade (Außenstelle) | GebO Standesamt Nr. 2.6 | 250,00 € | nur Sa, Kaution 100 € |
| Geburtsurkunde, weitere Ausfertigung | PStG § 68, GebO Nr. 1.2 | 12,00 € | |
| Beglaubigung Kopie, je Seite | GebO Stadt Nr. 1.7 | 5,00 € | |

Zahlung nur mit girocard oder Kreditkarte. Gebührenbefreiung nach § 5 GebO auf Antrag (Nachweis Bürgergeld/Grundsicherung).
""",
    keep=[
        "Gebührenübersicht Bürgerbüro und Standesamt",
        "Expressversand zzgl. 32,00 €",
        "Ehrenamt gebührenfrei",
        "Haus Kemnade (Außenstelle)",
        "§ 5 GebO",
    ],
)

# 2 -- event calendar with venues named after persons
clean(
    "markdown_table",
    """
**Veranstaltungskalender Kulturbüro – Mai 2026**

| Datum | Uhrzeit | Veranstaltung | Ort | Eintritt |
|---|---|---|---|---|
| Fr 01.05. | 11:00 | Maifest mit Stadtkapelle | Friedrich-Ebert-Platz | frei |
| So 03.05. | 17:00 | Kammerkonzert „Beethoven und Schubert“ | Konrad-Adenauer-Saal, Rathaus | 15 € / erm. 8 € |
| Mi 06.05. | 19:30 | Lesung: „Die Brücke am Kai“ (Debütroman) | Stadtbibliothek, Käthe-Kollwitz-Raum | 6 € |
| Sa 09.05. | 10:00–16:00 | Flohmarkt für Kinder | Schulhof Geschwister-Scholl-Schule | frei |
| Do 14.05. | 18:00 | Vernissage „Industrie im Wandel“ | Kunstverein, Galerie im Alten Bahnhof | frei |
| Sa 23.05. | 20:00 | Theater: „Der Hauptmann von Köpenick“ | Stadthalle, Großer Saal | 22–34 € |
| So 31.05. | 14:00 | Stadtführung „Auf den Spuren der Zeche Zollern“ | Treffpunkt Tourist-Info | 8 € |

Vorverkauf: Tourist-Info am Markt, Tel. 02302 581-2000, tickets@kulturbuero.example. Änderungen vorbehalten.
""",
    keep=[
        "Konrad-Adenauer-Saal, Rathaus",
        "Käthe-Kollwitz-Raum",
        "Schulhof Geschwister-Scholl-Schule",
        "„Der Hauptmann von Köpenick“",
        "Tel. 02302 581-2000",
    ],
)

# 3 -- schools with addresses and switchboards
clean(
    "markdown_table",
    """
### Schulen in städtischer Trägerschaft – Kontaktliste (Stand Schuljahr 2025/26)

| Schule | Schulform | Anschrift | Sekretariat | E-Mail | Schüler/innen |
|---|---|---|---|---|---:|
| Anne-Frank-Grundschule | GS | Anne-Frank-Str. 4, 45879 Gelsenkirchen | 0209 169-4401 | anne-frank-gs@schulen-ge.example | 212 |
| Grundschule Am Lohmühlenbach | GS | Lohmühlenweg 12, 45881 Gelsenkirchen | 0209 169-4420 | gs-lohmuehle@schulen-ge.example | 188 |
| Gesamtschule Berger Feld | GE | Adenauerallee 110, 45891 Gelsenkirchen | 0209 169-4550 | ge-bergerfeld@schulen-ge.example | 1.214 |
| Max-Planck-Gymnasium | GY | Goldbergstr. 91, 45894 Gelsenkirchen | 0209 169-4600 | mpg@schulen-ge.example | 876 |
| Carl-Benz-Berufskolleg | BK | Dessauerstr. 2, 45886 Gelsenkirchen | 0209 169-4710 | cbbk@schulen-ge.example | 2.040 |
| Förderschule Sprache „Am Schlosspark“ | FöS | Schlossparkweg 3, 45896 Gelsenkirchen | 0209 169-4805 | foes-schlosspark@schulen-ge.example | 96 |

Schulträger: Referat Bildung, Ebertstraße 11. Anmeldezeiten weiterführende Schulen: 09.–13.02.2026.
""",
    keep=[
        "Anne-Frank-Grundschule",
        "Max-Planck-Gymnasium",
        "Carl-Benz-Berufskolleg",
        "0209 169-4550",
        "Referat Bildung, Ebertstraße 11",
    ],
)

# 4 -- population statistics by district, aligned with a ruler
WC4 = [6, 26, 12, 10, 10, 14, 10]
clean(
    "aligned_table",
    "AMT FÜR STATISTIK UND WAHLEN – BEVÖLKERUNG MIT HAUPTWOHNSITZ NACH STADTBEZIRKEN, STICHTAG 31.12.2025\n"
    + "-" * 96
    + "\n"
    + rows(
        WC4,
        ("Nr.", "Stadtbezirk", "Einwohner", "Veränd.", "unter 18", "65 und älter", "nichtdt."),
        ("", "", "", "zu 2024", "in %", "in %", "in %"),
    )
    + "\n"
    + "-" * 96
    + "\n"
    + rows(
        WC4,
        ("1", "Innenstadt-West", "54.812", "+412", "14,8", "17,2", "24,1"),
        ("2", "Innenstadt-Nord", "61.307", "+1.018", "20,3", "11,9", "52,6"),
        ("3", "Innenstadt-Ost", "57.640", "+95", "15,1", "19,8", "17,3"),
        ("4", "Eving", "39.122", "-204", "19,7", "20,4", "27,9"),
        ("5", "Scharnhorst", "45.880", "-66", "18,2", "23,5", "21,0"),
        ("6", "Brackel", "56.014", "+120", "16,0", "25,1", "11,4"),
        ("7", "Aplerbeck", "56.771", "+301", "16,4", "24,7", "9,8"),
        ("8", "Hörde", "55.290", "+514", "17,1", "21,3", "18,5"),
    )
    + "\n"
    + "-" * 96
    + "\n"
    + rows(WC4, ("", "Stadt insgesamt (Ausw.)", "426.836", "+2.190", "17,2", "20,5", "23,2"))
    + "\n\nQuelle: Melderegister, Auszählung Statistikstelle; Abweichungen durch Rundung. Tabelle 2.1 des Jahrbuchs 2026.\n",
    keep=[
        "BEVÖLKERUNG MIT HAUPTWOHNSITZ NACH STADTBEZIRKEN",
        "Innenstadt-Nord",
        "Stadt insgesamt (Ausw.)",
        "Tabelle 2.1 des Jahrbuchs 2026",
    ],
)

# 5 -- budget lines of the building department, aligned, no ruler
WC5 = [18, 48, 14, 14, 14]
clean(
    "aligned_table",
    "Investitionsprogramm 2026–2029, Teilfinanzplan 10 Bauen und Wohnen (Auszug, Beträge in EUR)\n\n"
    + rows(
        WC5,
        ("Maßnahme", "Bezeichnung", "Ansatz 2026", "VE 2027", "Gesamt"),
        ("5.100110.01", "Sanierung Dach Rathaus Nordflügel", "1.240.000", "0", "1.240.000"),
        (
            "5.100210.03",
            "Umbau Elisabeth-Selbert-Haus (Bürgerzentrum)",
            "2.800.000",
            "1.500.000",
            "4.300.000",
        ),
        ("5.100310.07", "Neubau Feuerwache 3, Hauptstraße", "6.150.000", "4.000.000", "12.900.000"),
        ("5.120110.12", "Erneuerung Brücke Kanalstraße (BW 17)", "870.000", "0", "870.000"),
        ("5.120110.14", "Radweg Friedrich-Ebert-Allee,", "420.000", "380.000", "800.000"),
        ("", "2. Bauabschnitt (Förderung FöRi-Nah 70 %)", "", "", ""),
        ("5.130110.02", "Spielplatz Willy-Brandt-Park, Ersatz Geräte", "95.000", "0", "95.000"),
    )
    + "\n\nSumme Teilfinanzplan 10:   11.575.000   5.880.000   20.205.000\n"
    + "Beschluss Rat vom 11.12.2025, Drucksache 1024/2025; Fördermittelbescheid Bez.-Reg. Az. 34.2-0815/25 liegt vor.\n",
    keep=[
        "Teilfinanzplan 10 Bauen und Wohnen",
        "Umbau Elisabeth-Selbert-Haus (Bürgerzentrum)",
        "Drucksache 1024/2025",
        "Az. 34.2-0815/25",
        "Spielplatz Willy-Brandt-Park",
    ],
)

# 6 -- timetable of the community bus, stops named after persons
WC6 = [38, 7, 7, 7, 7, 7]
clean(
    "aligned_table",
    "Bürgerbus Linie B3 „Ortsteile Süd“ – Fahrplan Mo–Fr, gültig ab 01.03.2026\n"
    + "=" * 72
    + "\n"
    + rows(
        WC6,
        ("Haltestelle", "Fahrt", "1", "2", "3", "4"),
        ("Bahnhof (Bussteig C)", "ab", "07:10", "09:10", "11:10", "14:10"),
        ("Marktplatz", "", "07:16", "09:16", "11:16", "14:16"),
        ("Bismarckstraße", "", "07:19", "09:19", "11:19", "14:19"),
        ("Sophie-Scholl-Gesamtschule", "", "07:24", "–", "–", "14:24"),
        ("Heinrich-Heine-Weg / Seniorenzentrum", "", "07:27", "09:24", "11:24", "14:27"),
        ("Friedhof Süd", "", "07:31", "09:28", "11:28", "14:31"),
        ("Kirchplatz St. Ludgerus", "an", "07:35", "09:32", "11:32", "14:35"),
    )
    + "\n"
    + "=" * 72
    + "\nFahrten 2 und 3 nur nach telefonischer Voranmeldung bis 30 Min. vorher: 02361 50-1234 (Leitstelle).\n"
    + "Fahrzeug: städtischer Kleinbus RE-ST 703 (Fuhrpark, Fahrdienst Bürgerbusverein). Es gilt der VRR-Tarif; Deutschlandticket wird anerkannt.\n",
    keep=[
        "Bürgerbus Linie B3 „Ortsteile Süd“",
        "Sophie-Scholl-Gesamtschule",
        "Heinrich-Heine-Weg / Seniorenzentrum",
        "02361 50-1234 (Leitstelle)",
        "RE-ST 703",
    ],
)

# 7 -- room plan of the town hall without staff names, wrapped cells
WC7 = [8, 8, 36, 30]
clean(
    "aligned_table",
    "Raumplan Rathaus, 2. Obergeschoss (nach Umzug FB 50, Stand 03/2026) – ohne Personenzuordnung\n\n"
    + rows(
        WC7,
        ("Raum", "Fläche", "Nutzung", "Ausstattung"),
        ("2.01", "18 m²", "Wartebereich Sozialamt", "12 Stühle, Aufrufanlage"),
        ("2.02", "22 m²", "Beratung 1 (vertraulich,", "2 AP, Besuchertisch"),
        ("", "", "schallgedämmt)", ""),
        ("2.03", "22 m²", "Beratung 2", "2 AP"),
        ("2.04", "35 m²", "Teamraum FB 50 Leistungen", "6 AP, Drucker FB50-PR04"),
        ("2.05", "12 m²", "Archiv / Aktenraum", "Rollregal, verschlossen"),
        ("2.06", "48 m²", "Besprechung „Clara-Zetkin-Zimmer“", "Beamer, 16 Plätze,"),
        ("", "", "", "Buchung über Outlook-Ressource"),
        ("2.07", "9 m²", "Eltern-Kind-Raum", "Wickeltisch"),
        ("2.08", "20 m²", "Dolmetschdienst (Video)", "2 AP, Headsets"),
    )
    + "\n\nFluchtweg: Treppenhaus Ost. Schlüsselausgabe über Pforte (Tel. -1000).\n",
    keep=[
        "ohne Personenzuordnung",
        "„Clara-Zetkin-Zimmer“",
        "Drucker FB50-PR04",
        "Buchung über Outlook-Ressource",
        "Fluchtweg: Treppenhaus Ost",
    ],
)

# 8 -- inventory list pasted from Excel, municipal vehicles and serial numbers
clean(
    "excel_paste",
    """
Inventarliste Bauhof – Fahrzeuge und Großgeräte (Auszug Anlagenbuchhaltung, Blatt „Fuhrpark“)
Inv.-Nr.\tBezeichnung\tKennzeichen\tBaujahr\tFahrgestell-/Serien-Nr.\tStandort\tAfA bis\tRestbuchwert €
0730-0012\tUnimog U 423 (Winterdienst)\tHER-HB 412\t2019\tWDB4050231V012744\tBauhof Halle 2\t2031\t98.400,00
0730-0013\tMercedes Sprinter Pritsche\tHER-HB 415\t2021\tWDB9066331P884120\tBauhof Halle 1\t2029\t21.100,00
0730-0019\tKehrmaschine Bucher CityCat\tHER-HB 430\t2018\tCC2020-18-0441\tBauhof Halle 3\t2028\t34.750,00
0730-0022\tE-Transporter StreetScooter\tHER-HB 2E\t2022\tWS5B16BAANA201177\tWertstoffhof\t2030\t18.900,00
0731-0104\tAufsitzmäher John Deere X950R\t– (nicht zugel.)\t2023\t1M0X950RCNM041188\tFriedhof Süd\t2031\t12.300,00
0731-0110\tAnhänger Humbaur 3,5 t\tHER-HB 901\t2016\tWHD0351HA0G114407\tBauhof Hof\t2026\t0,00
\t\t\t\t\t\tSumme\t185.450,00
Stichtag Inventur 31.12.2025; Abgang 0730-0009 (Verkauf über Zoll-Auktion, Erlös 4.100 €).
""",
    keep=[
        "Inventarliste Bauhof – Fahrzeuge und Großgeräte",
        "HER-HB 412",
        "WDB4050231V012744",
        "Aufsitzmäher John Deere X950R",
        "Verkauf über Zoll-Auktion, Erlös 4.100 €",
    ],
)

# 9 -- streets with construction periods, pasted from Excel
clean(
    "excel_paste",
    """
Baustellenübersicht Tiefbauamt – Sommer 2026 (Stand 15.04.2026, aus Excel „Baustellen_2026.xlsx“)
Straße\tAbschnitt\tMaßnahme\tBeginn\tEnde (vorauss.)\tVerkehrsführung\tUmleitung
Rathenaustraße\tNr. 1–45\tKanalsanierung, Vollausbau\t04.05.2026\t30.10.2026\tVollsperrung\tüber Friedrich-Ebert-Str.
Bismarckstraße\tKreuzung Goethestr.\tAmpelerneuerung\t18.05.2026\t29.05.2026\teinspurig, Baustellenampel\t–
Konrad-Adenauer-Ring\tzw. Bahnhof und Hauptpost\tDeckenerneuerung (Nachtbaustelle)\t08.06.2026\t19.06.2026\tnachts gesperrt 20–5 Uhr\tInnenstadtring
Am Stadtgarten\tgesamt\tBaumpflanzungen, Gehweg\t01.07.2026\t15.08.2026\tGehweg gesperrt\tandere Straßenseite
Marie-Curie-Weg\tNr. 2–10\tFernwärmeleitung (Stadtwerke)\t13.07.2026\t28.08.2026\tEinbahnstraße Richtung Süd\tüber Röntgenstr.
Lessingplatz\t–\tNeugestaltung Platz, 2. BA\t03.08.2026\t31.03.2027\tPlatz gesperrt, Markt verlegt\tWochenmarkt auf Parkplatz Kaufpark
Info-Hotline Baustellen: 02323 16-1616; Karte unter baustellen.example/herne
""",
    keep=[
        "Baustellenübersicht Tiefbauamt – Sommer 2026",
        "Rathenaustraße\tNr. 1–45\tKanalsanierung, Vollausbau",
        "Marie-Curie-Weg",
        "Wochenmarkt auf Parkplatz Kaufpark",
        "02323 16-1616",
    ],
)

# 10 -- day-care centres with operators, places and switchboards
clean(
    "excel_paste",
    """
Kindertageseinrichtungen im Stadtgebiet – Kitaplatzangebot 2026/27 (Paste aus Jugendhilfeplanung)
Einrichtung\tTräger\tAnschrift\tTelefon\tPlätze U3\tPlätze Ü3\t45 h möglich\tFamilienzentrum
Kita Pusteblume\tStadt\tAm Wiesenhang 12\t02366 303-551\t20\t55\tja\tja
Kita St. Antonius\tKath. Kirchengemeinde St. Antonius\tAntoniusstr. 3\t02366 34870\t10\t45\tja\tnein
Ev. Kita Arche Noah\tEv. Kirchengemeinde Herten\tFeldstr. 60\t02366 53211\t12\t40\tnein\tja
AWO-Kita Regenbogen\tAWO Unterbezirk\tRichterstr. 21\t02366 1820-40\t16\t50\tja\tja
Kita Hannah Arendt\tDRK Kreisverband\tHannah-Arendt-Weg 1\t02366 9280-10\t24\t48\tja\tnein
Waldkita Sonnenhof\tElterninitiative Waldkinder e.V.\tSchlosswald (Bauwagen)\t0152 —\t0\t20\tnein\tnein
Summe\t\t\t\t82\t258\t\t
Hinweis: Telefonnummer Waldkita nur über Trägerverein (info@waldkinder.example).
""",
    keep=[
        "Kitaplatzangebot 2026/27",
        "Kath. Kirchengemeinde St. Antonius",
        "Kita Hannah Arendt",
        "02366 1820-40",
        "Elterninitiative Waldkinder e.V.",
    ],
)

# 11 -- companies in a business park with HRB numbers (companies only)
clean(
    "csv",
    """
Wirtschaftsförderung – Unternehmen im Gewerbepark „Zeche Ewald“ (Stand 02/2026; Quelle: Handelsregister, eigene Erhebung)
Firma;Rechtsform;Registergericht;Register-Nr.;Branche;Anschrift;Beschäftigte;Telefon Zentrale
Hoffmann Fördertechnik;GmbH;AG Recklinghausen;HRB 5521;Maschinenbau;Werner-Heisenberg-Str. 12;140;02366 9310-0
Brüder Albers Logistik;GmbH & Co. KG;AG Recklinghausen;HRA 3310;Logistik;Ewaldstr. 261;85;02366 58800
Solarzentrum Ruhr;AG;AG Essen;HRB 28817;Energie;Werner-Heisenberg-Str. 4;62;0201 4409-0
Ruhrblick Steuerberatung;PartG mbB;AG Essen;PR 1904;Dienstleistung;Ewaldstr. 240;18;02366 30041
Glückauf Kantinen;UG (haftungsbeschränkt);AG Recklinghausen;HRB 7702;Gastronomie;Hasseler Str. 1;9;02366 77120
Haus der Wissenschaft gGmbH;gGmbH;AG Recklinghausen;HRB 6619;Bildung;Ewaldstr. 255;23;02366 4460-0
„Gesamt: 6 Unternehmen, 337 Beschäftigte";;;;;;;
Freie Flächen: Baufeld 7 (4.200 m²) und Baufeld 9 (2.800 m²), Kaufpreis 65 €/m²; Exposé unter wirtschaft@herten.example
""",
    keep=[
        "Gewerbepark „Zeche Ewald“",
        "Hoffmann Fördertechnik;GmbH;AG Recklinghausen;HRB 5521",
        "HRA 3310",
        "Ruhrblick Steuerberatung;PartG mbB",
        "Werner-Heisenberg-Str. 12",
    ],
)

# 12 -- registry-office statistics by month, semicolon CSV
clean(
    "csv",
    """
Monat;Geburten;davon Hausgeburten;Eheschließungen;davon Außenstelle;Sterbefälle;Kirchenaustritte;Namenserklärungen
Jan 2026;214;3;18;0;301;88;41
Feb 2026;198;1;24;2;276;65;37
Mär 2026;231;4;39;6;254;71;52
Apr 2026;220;2;61;14;233;58;49
Summe Q1+Apr;863;10;142;22;1.064;282;179
Quelle: Standesamt, Fachverfahren AutiSta, Auswertung 05.05.2026 (Geburten = Beurkundungen, nicht Wohnort)
""",
    keep=[
        "Monat;Geburten;davon Hausgeburten;Eheschließungen;davon Außenstelle;Sterbefälle",
        "Summe Q1+Apr;863;10;142;22;1.064;282;179",
        "Fachverfahren AutiSta",
        "Geburten = Beurkundungen, nicht Wohnort",
    ],
)

# 13 -- waste collection calendar by district, quoted cells
clean(
    "csv",
    """
"Bezirk";"Straßen (Auszug)";"Restmüll";"Bio";"Papier";"Gelbe Tonne";"Hinweis"
"1 Mitte";"Bahnhofstraße, Kaiser-Wilhelm-Ring, Rosa-Luxemburg-Platz";"Mo (14-tägl., gerade KW)";"Mi";"Fr (4-wöchentl.)";"Do (14-tägl.)";""
"2 Nord";"Theodor-Storm-Weg, Am Hohen Hagen, Elsa-Brändström-Str.";"Di (14-tägl., ungerade KW)";"Do";"Mo (4-wöchentl.)";"Fr (14-tägl.)";"Feiertagsverschiebung beachten"
"3 Ost";"Auf dem Kamp, Lindenallee, Robert-Koch-Str.";"Mi (14-tägl., gerade KW)";"Fr";"Di (4-wöchentl.)";"Mo (14-tägl.)";""
"4 Süd";"Gartenstadt, Schillerstraße, Grafenstraße";"Do (14-tägl., ungerade KW)";"Mo";"Mi (4-wöchentl.)";"Di (14-tägl.)";"Bioabfall im Winter 14-tägl."
"Sperrmüll: 2x jährlich kostenlos auf Abruf, Kartenantrag oder online; Abfallberatung 0203 283-5555"
""",
    keep=[
        '"Bezirk";"Straßen (Auszug)";"Restmüll";"Bio";"Papier";"Gelbe Tonne";"Hinweis"',
        "Kaiser-Wilhelm-Ring, Rosa-Luxemburg-Platz",
        "Elsa-Brändström-Str.",
        "Bioabfall im Winter 14-tägl.",
        "Abfallberatung 0203 283-5555",
    ],
)

# 14 -- numbered list of polling stations with addresses
clean(
    "numbered_list",
    """
Bekanntmachung – Wahlräume für den Bürgerentscheid am 14.06.2026 (Stimmbezirke 01–06)

1. Stimmbezirk 01 – Grundschule Ruhrstraße, Turnhalle, Ruhrstraße 41 (barrierefrei)
2. Stimmbezirk 02 – Gemeindehaus der Ev. Kirchengemeinde, Kirchplatz 2 (barrierefrei über Seiteneingang)
3. Stimmbezirk 03 – Freiherr-vom-Stein-Realschule, Foyer, Steinstraße 18 (nicht barrierefrei)
4. Stimmbezirk 04 – Feuerwehrgerätehaus Westende, Am Westende 5 (barrierefrei)
5. Stimmbezirk 05 – Seniorenzentrum „Haus Elisabeth“, Cafeteria, Elisabethstraße 9 (barrierefrei)
6. Stimmbezirk 06 – Bürgerhaus Ende, Saal 1, Endestraße 2 (barrierefrei)

Briefabstimmungsbezirke 91–93 werden im Rathaus, Sitzungssaal 1, ausgezählt. Die Wahlräume sind von 8 bis 18 Uhr geöffnet.
Auskunft: Wahlamt, Rathaus Herdecke, Kirchplatz 3, Tel. 02330 611-0, wahlamt@herdecke.example
""",
    keep=[
        "Freiherr-vom-Stein-Realschule, Foyer, Steinstraße 18",
        "Seniorenzentrum „Haus Elisabeth“",
        "Briefabstimmungsbezirke 91–93",
        "Kirchplatz 3, Tel. 02330 611-0",
    ],
)

# 15 -- numbered list of listed monuments, named after persons and families
clean(
    "numbered_list",
    """
Denkmalliste der Stadt – Baudenkmäler Teil A, Nachträge 2025 (lfd. Nr. / Objekt / Lage / Eintragung)

A 214. Villa Hügel-Blick (ehem. Direktorenvilla der Zeche Zollverein), Weg am Berg 12 – eingetragen 14.03.2025
A 215. Bismarckturm auf dem Kaisberg, Flur 3, Flurstück 77 – eingetragen 02.05.2025
A 216. Wasserturm „Eiserner Heinrich“, Heinrichstraße (ohne Nr.) – eingetragen 19.06.2025
A 217. Arbeitersiedlung Margarethenhöhe II, Häuser Stensstraße 1–29 (ungerade) – eingetragen 30.09.2025
A 218. Ehem. Synagoge, heute Gedenkstätte, Steeler Straße 29 – Ergänzung der Eintragung 12.11.2025
A 219. Grabanlage der Familie Krupp (Friedhof Bredeney, Feld D) – eingetragen 05.12.2025

Einsicht: Untere Denkmalbehörde, Lindenallee 10, Zimmer 4.12, Tel. 0201 88-61420 (Sekretariat).
Rechtsgrundlage: § 23 DSchG NRW. Bekanntmachung im Amtsblatt Nr. 2/2026.
""",
    keep=[
        "Denkmalliste der Stadt – Baudenkmäler Teil A",
        "Wasserturm „Eiserner Heinrich“",
        "Arbeitersiedlung Margarethenhöhe II",
        "Grabanlage der Familie Krupp",
        "§ 23 DSchG NRW",
    ],
)

# 16 -- bullet list of swimming pools with opening hours and prices
clean(
    "bullet_list",
    """
Bäder der Stadtwerke – Öffnungszeiten ab 01.04.2026

- Hallenbad Mitte (Jahnstraße 2, Tel. 02381 274-3300)
  - Mo 13–21 Uhr, Di–Fr 6:30–21 Uhr, Sa/So 8–18 Uhr
  - Frühschwimmen Di+Do 6:30–8 Uhr; Warmbadetag Mi (30 °C)
- Freibad Süd (Am Sportpark 10) – Saison 16.05.–13.09.2026
  - täglich 9–20 Uhr, bei Gewitter Räumung
  - Kinder unter 6 J. nur mit Begleitperson ab 16 J.
- Lehrschwimmbecken Heinrich-Heine-Schule
  - nur Schul- und Vereinsschwimmen, keine öffentlichen Zeiten
- Sauna im Hallenbad Mitte
  - Di Damensauna, Do–So gemischt; Saunanacht jeden 1. Freitag bis 24 Uhr

Preise: Einzelkarte 5,00 € / erm. 3,00 €; 10er-Karte 45,00 €; Familienkarte 12,00 €. Mit Sozialpass 50 % Ermäßigung.
""",
    keep=[
        "Hallenbad Mitte (Jahnstraße 2, Tel. 02381 274-3300)",
        "Warmbadetag Mi (30 °C)",
        "Lehrschwimmbecken Heinrich-Heine-Schule",
        "Familienkarte 12,00 €",
    ],
)

# 17 -- bullet list of parks and playgrounds with renovation status
clean(
    "bullet_list",
    """
Grünanlagen und Spielplätze – Sanierungsstand (Bericht für den Ausschuss für Umwelt und Grün, Sitzung 05/2026)

• Bürgermeister-Schmidt-Park: Wegesanierung abgeschlossen, Bänke erneuert (12 Stück), Kosten 84.000 €
• Spielplatz Hermann-Löns-Weg: Geräte gesperrt seit 02/2026 (Fäulnis), Ersatz bestellt, Lieferung KW 22
• Kleiner Kurpark: neue Staudenbeete gemeinsam mit der Grundschule Am Kurpark, Patenschaft Klasse 3b
• Spielplatz Luisenplatz: Wasserspiel defekt, Reparatur durch Fa. Aquaplay GmbH beauftragt (Auftrag 2026-0412)
• Stadtwald, Trimm-dich-Pfad: Stationen 4–7 abgebaut (Verkehrssicherung), Neubau 2027 im Haushalt angemeldet
• Friedhof West, Gedenkhain: 30 Bäume nachgepflanzt (Sturmschäden Februar)

Ansprechstelle: Grünflächenamt, Servicenummer 0209 169-6040, gruenflaechen@stadt.example
""",
    keep=[
        "Bürgermeister-Schmidt-Park",
        "Spielplatz Hermann-Löns-Weg",
        "Fa. Aquaplay GmbH beauftragt (Auftrag 2026-0412)",
        "Trimm-dich-Pfad",
        "Servicenummer 0209 169-6040",
    ],
)

# 18 -- key-value profiles of youth centres
clean(
    "key_value",
    """
Offene Kinder- und Jugendarbeit – Einrichtungsprofile (für das Familienportal)

Einrichtung: Jugendzentrum „Die Zeche“
Träger: Stadt, Fachbereich Jugend
Anschrift: Zechenstraße 14, 44575 Castrop-Rauxel
Telefon: 02305 106-2860
E-Mail: diezeche@castrop-rauxel.example
Öffnungszeiten: Mo–Fr 14–20 Uhr, Sa 15–22 Uhr (Disco 1x monatlich)
Angebote: Tonstudio, Hausaufgabenhilfe, Mädchentreff Mi

Einrichtung: Kinder- und Jugendtreff Oskar-Schindler-Haus
Träger: Ev. Kirchenkreis
Anschrift: Schindlerweg 3, 44579 Castrop-Rauxel
Telefon: 02305 44780
E-Mail: jugendtreff-osh@kirchenkreis.example
Öffnungszeiten: Di–Fr 13–19 Uhr
Angebote: Kochen, Fahrradwerkstatt, Ferienprogramm

Einrichtung: Spielmobil „Flitzer“
Träger: Stadt, Fachbereich Jugend
Anschrift: mobil, Standorte siehe Wochenplan
Telefon: 02305 106-2866
E-Mail: spielmobil@castrop-rauxel.example
Öffnungszeiten: Apr–Okt, Mo–Do 15–18 Uhr
Angebote: Spielplatzaktionen, Stadtteilfeste
""",
    keep=[
        "Jugendzentrum „Die Zeche“",
        "Zechenstraße 14, 44575 Castrop-Rauxel",
        "Kinder- und Jugendtreff Oskar-Schindler-Haus",
        "Spielmobil „Flitzer“",
        "02305 106-2866",
    ],
)

# 19 -- e-mail between offices: room booking for the referendum, functional accounts only
clean(
    "email_table",
    """
Von: Wahlamt <wahlamt@stadt.example>
An: Gebäudemanagement – Raumvergabe <raumvergabe@stadt.example>
Betreff: Reservierung Wahlräume Bürgerentscheid 14.06.2026 – Bitte um Bestätigung

Hallo liebes Team der Raumvergabe,

für den Bürgerentscheid benötigen wir folgende Räume (Aufbau Samstag, Abbau Sonntag ab 19 Uhr):

| Stimmbezirk | Gebäude | Raum | Aufbau Sa | Schlüssel |
|---|---|---|---|---|
| 01 | Grundschule Ruhrstraße | Turnhalle | ab 14 Uhr | Hausmeisterdienst Schulen |
| 03 | Freiherr-vom-Stein-Realschule | Foyer | ab 12 Uhr | Pforte |
| 05 | Seniorenzentrum „Haus Elisabeth“ | Cafeteria | ab 16 Uhr | Einrichtungsleitung (Träger) |
| 91–93 | Rathaus | Sitzungssaal 1 + 2 | Freitag ab 15 Uhr | Ratsbüro |

Bitte auch 6 Stellwände und 20 Tische aus dem Lager Bauhof einplanen (Anlieferung über Fahrdienst, Fahrzeug EN-ST 88).

Vielen Dank und viele Grüße
Ihr Wahlamt
Rathaus, Kirchplatz 3 · Tel. 02330 611-0 (Zentrale) · Funktionspostfach wahlamt@stadt.example
""",
    keep=[
        "Reservierung Wahlräume Bürgerentscheid 14.06.2026",
        "raumvergabe@stadt.example",
        "Hausmeisterdienst Schulen",
        "Fahrzeug EN-ST 88",
        "Tel. 02330 611-0 (Zentrale)",
    ],
)

# 20 -- e-mail from IT with a printer and network table (internal IP addresses)
clean(
    "email_table",
    """
From: IT-Service (Servicedesk) <servicedesk@it.stadt.example>
To: Verteiler FB 50 <fb50-alle@stadt.example>
Subject: [CHG-2026-0117] Austausch Multifunktionsdrucker 2. OG am 24.03.2026

Liebe Kolleginnen und Kollegen,

am Dienstag, 24.03.2026, werden im 2. OG die Drucker getauscht. Neue Zuordnung:

Raum\tGerät alt\tGerät neu\tHostname\tIP-Adresse\tWarteschlange
2.04\tKyocera M3550\tKyocera TASKalfa 2554ci\tfb50-pr04\t10.50.2.41\t\\\\print01\\FB50-PR04
2.08\tHP LaserJet M507\tKyocera ECOSYS P3260\tfb50-pr08\t10.50.2.48\t\\\\print01\\FB50-PR08
Flur\tCanon iR-ADV C5535\tKyocera TASKalfa 5054ci\tfb50-mfp01\t10.50.2.40\t\\\\print01\\FB50-MFP01

Der Druckserver print01 (10.50.0.12) bleibt unverändert. Scan-to-Mail läuft über relay.stadt.example (10.50.0.25).
Störungen bitte über das Ticketsystem (INC) oder telefonisch 0209 169-4444.

Ihr IT-Service
""",
    keep=[
        "[CHG-2026-0117]",
        "fb50-pr04\t10.50.2.41",
        "Der Druckserver print01 (10.50.0.12) bleibt unverändert.",
        "relay.stadt.example (10.50.0.25)",
        "0209 169-4444",
    ],
)

sys.exit(CORPUS.main(OUT, {"pii": 60, "clean": 20}))
