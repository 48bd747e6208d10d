"""Build the tenth German PII redaction development corpus (``corpus.jsonl`` next to this file).

    python3 tests/data/redaction_dev10/build_dev10.py

This is a DEVELOPMENT set: it may be read, run and tuned on. It was written without sight of the
redactor's rules, its benchmark or the held-out corpora. Like dev9, every one of its 80
documents is a TABLE, a LIST or a TABLE-LIKE text of a German city administration, but it uses
the shapes that dev9 lacks:

  - tables as pypdf extracts them from PDFs (the main intake path): one cell per line with the
    header cells one per line as well, so that a row is N consecutive lines; rows glued with
    single spaces; the header lost (only a later page extracted) or on the previous page; page
    headers and footers ("Seite 2 von 3", "Stadt … – Bürgerbüro – vertraulich") cutting a table;
    hyphenated breaks inside cells; two-column form layouts read column by column;
  - two-column tables and label/value grids ("Name;Jahrgang", "Antragsteller | Kowalski,
    Marek", four-column grids "Name | … | Vorname | …"), two-column lists of name and town;
  - box-drawing tables (┌─┬─┐ │ … │, ╔═╦═╗), reStructuredText grid tables (+---+---+);
  - HTML table source from web-form exports (<tr><td>…</td></tr>, rowspan, HTML entities);
  - JSON and XML exports of registration and booking tools (one record per object, German and
    English keys, \\u escapes, JSON Lines);
  - wide tables with many columns where the names stand in column 5 or later, headers with codes
    ("Sp. 1", "F07") or unusual abbreviations (Fam.-Name, Rufname, Geb.-Ort, Staatsang.,
    Zuzugsdatum, Wegzug nach, Anm.-Art, Hausnr., Zusatz, PLZ/Ort), SAP list output, no header;
  - tables in OCR scans: broken alignment, "|" read as "l", "I" or "!", 0/O and 1/l confusions
    in phone numbers, dates and postcodes, merged columns;
  - lists inside prose-like protocols: "Anwesend: …", "Verteiler: …", "Teilnehmende
    (intern/extern): …", minutes naming citizens in agenda items, sign-up lists written by hand.

Every document is written out individually below. Personal strings are marked inline as
``[[TYPE:text]]``; the script strips the markup and computes the offsets, so no offset is ever
written by hand. Box-drawing and grid tables are laid out by ``box`` and ``grid``, aligned
tables by ``fw``; all pad each cell to its width as it appears after the markup is stripped.
Short aliases may be used for the type:

    P=PERSON  STR=STREET_ADDRESS  LOC=LOCATION  DOB=DATE_OF_BIRTH  TEL=PHONE_NUMBER
    MAIL=EMAIL_ADDRESS  IBAN=IBAN_CODE  TAX=DE_TAX_ID  RV=DE_SOCIAL_SECURITY  ID=DE_ID_CARD
    PASS=DE_PASSPORT  KFZ=DE_KFZ  AZ=DE_AKTENZEICHEN  HR=DE_HANDELSREGISTER  IP=IP_ADDRESS

Steuer-IDs, IBANs and Rentenversicherungsnummern are produced by the helper functions below,
so that their check digits are valid; ID-card numbers use the ID-card alphabet.

Annotation conventions (those of the development sets, as in dev9, with notes on the formats of
this set):
  - salutations, titles and roles ("Herr", "Frau", "Dr.", "RAin", "Mutter", "Familie",
    "Eheleute") stay outside a PERSON span; particles belonging to the surname are inside;
    "Nachname, Vorname" is one span; lower-case names, nicknames and OCR-garbled names are
    PERSON; a name inside an e-mail address is annotated only as part of the EMAIL_ADDRESS;
    names of natural persons (citizens, staff, councillors, lawyers, landlords, contacts at
    firms) are annotated wherever they occur;
  - tables: header cells and keys (JSON keys, XML tags, HTML tags and attributes) are never
    annotated, only the value; quotes around a JSON or CSV value stay outside; an HTML entity
    or a \\u escape inside a name is part of the span as written; separate surname and
    first-name cells are two spans, but in a row that pypdf glued with single spaces two
    adjacent name cells that read as one name ("Yılmaz Ayşe") are one span;
  - a cell (or a glued row) broken onto a second line gives one span per line, since a span
    does not cross a line break; at a hyphenated break the hyphen belongs to the first part
    ("Hoffmann-" / "Adeyemi"); a span is never split at a page header or footer, which stays
    outside all spans;
  - a private address is split into STREET_ADDRESS (street, number, additions) and LOCATION
    (postal code and town), abroad as well; separate fields for street, house number, addition,
    postcode and town are one span each (Hausnr. and Zusatz are STREET_ADDRESS, PLZ and Ort are
    LOCATION, "PLZ/Ort" is one LOCATION); a town of residence, birth, origin, former residence,
    "Zuzug aus" or "Wegzug nach" alone, a district of residence and a postcode-only cell are
    LOCATION; a country or a nationality is not annotated; a town as the place of an event, a
    site or an authority is not personal;
  - addresses, switchboards, hotlines and functional mailboxes of authorities, schools,
    institutions and firms are not personal (also a care home or shelter named as a residence);
    a staff member's direct line and personal mailbox are;
  - file, case, customer, contribution-account, register and permit numbers of a citizen's
    matter are DE_AKTENZEICHEN (the cue word outside), also birth-register entries
    ("G 412/2026"), fishing-licence, parking-permit and SEPA mandate numbers; council papers,
    plan numbers, tickets, inventory and order numbers, Tatbestandsnummern, receipt numbers,
    taxi order numbers, the file numbers of a firm's own permits and the register entries of
    companies (HRB, HRA of a KG) are not; the HRA entry of a sole trader is DE_HANDELSREGISTER;
  - foreign passports and ID cards and German passports are DE_PASSPORT; German ID cards and
    electronic residence permits (eAT) are DE_ID_CARD;
  - a Steuernummer or Steuer-ID of a person or sole trader is DE_TAX_ID; the RV number is
    DE_SOCIAL_SECURITY;
  - plates of vehicles of citizens and firms are DE_KFZ, plates of municipal vehicles are not;
  - IP addresses of citizens' devices are personal, addresses of servers and internal systems
    are not;
  - only dates of birth are personal, also a bare year of birth in a "Jg." or "Jahrgang" column
    and OCR-garbled dates of birth (annotated as written); appointment, wedding, jubilee,
    deadline and event dates are not; life dates of historical persons are not personal, nor are
    the names of historical persons in street, school and building names.

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
    assert len(first10) == 10 and first10.isdigit() and first10[0] != "0", first10
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


def rvnr(area: str, ddmmyy: str, letter: str, serial: str, grouped: bool = True) -> str:
    """Rentenversicherungsnummer with its check digit (weights 2 1 2 5 7 1 2 1 2 1 2 1)."""
    digits = area + ddmmyy + f"{ord(letter) - 64:02d}" + serial
    weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    total = sum(sum(divmod(int(d) * w, 10)) for d, w in zip(digits, weights, strict=True))
    if grouped:
        return f"{area} {ddmmyy} {letter} {serial}{total % 10}"
    return f"{area}{ddmmyy}{letter}{serial}{total % 10}"


def ausweis(serial: str) -> str:
    """Serial number of a German ID card or eAT (nine characters of the ID-card alphabet)."""
    assert len(serial) == 9 and set(serial) <= set("CFGHJKLMNPRTVWXYZ0123456789"), serial
    return serial


def fill(template: str, **values: str) -> str:
    """Replace «NAME» placeholders (used where braces make f-strings awkward: JSON)."""
    for key, value in values.items():
        template = template.replace(f"«{key}»", value)
    assert "«" not in template, template[template.index("«") : template.index("«") + 20]
    return template


def vis(cell: str) -> int:
    """Length of a cell as it appears after the markup is stripped."""
    return len(MARK.sub(lambda m: m.group(2), cell))


def fw(widths: list[int], *cells: str) -> str:
    """One row of a space-aligned table; markup does not count towards a cell's width."""
    out = []
    for i, cell in enumerate(cells):
        width = widths[i] if i < len(widths) else 0
        out.append(cell + " " * max(1, width - vis(cell)))
    return "".join(out).rstrip()


def rows(widths: list[int], *lines: tuple[str, ...]) -> str:
    return "\n".join(fw(widths, *line) for line in lines)


def pipe_rows(widths: list[int], *lines: tuple[str, ...]) -> str:
    """Rows of a table whose cells are padded to ``widths`` and separated by " | "."""
    out = []
    for line in lines:
        cells = [
            c + " " * max(0, (widths[i] if i < len(widths) else 0) - vis(c))
            for i, c in enumerate(line)
        ]
        out.append(" | ".join(cells).rstrip())
    return "\n".join(out)


def _cells(table: list[tuple[str, ...]]) -> tuple[list[list[list[str]]], list[int]]:
    ncol = max(len(r) for r in table)
    split = [
        [(list(r) + [""] * (ncol - len(r)))[i].split("\n") for i in range(ncol)] for r in table
    ]
    widths = [max(vis(line) for r in split for line in r[i]) for i in range(ncol)]
    return split, widths


BOX_LIGHT = dict(
    h="─", v="│", tl="┌", tm="┬", tr="┐", ml="├", mm="┼", mr="┤", bl="└", bm="┴", br="┘"
)
BOX_HEAD = dict(h="═", ml="╞", mm="╪", mr="╡")
BOX_DOUBLE = dict(
    h="═", v="║", tl="╔", tm="╦", tr="╗", ml="╠", mm="╬", mr="╣", bl="╚", bm="╩", br="╝"
)


def box(
    table: list[tuple[str, ...]],
    header: int = 1,
    every_row: bool = False,
    chars: dict | None = None,
    head_chars: dict | None = None,
) -> str:
    """A box-drawing table; a cell may hold several lines separated by newlines.

    ``header`` rows are followed by a rule (drawn with ``head_chars`` if given); with
    ``every_row`` a rule follows every row."""
    c = dict(BOX_LIGHT, **(chars or {}))
    hc = dict(c, **(head_chars or {}))
    split, widths = _cells(table)

    def rule(k: dict, left: str, mid: str, right: str) -> str:
        return k[left] + k[mid].join(k["h"] * (w + 2) for w in widths) + k[right]

    out = [rule(c, "tl", "tm", "tr")]
    for ri, r in enumerate(split):
        for k in range(max(len(cell) for cell in r)):
            parts = [cell[k] if k < len(cell) else "" for cell in r]
            out.append(
                c["v"]
                + c["v"].join(
                    f" {p}{' ' * (w - vis(p))} " for p, w in zip(parts, widths, strict=True)
                )
                + c["v"]
            )
        if ri == len(split) - 1:
            break
        if ri == header - 1:
            out.append(rule(hc, "ml", "mm", "mr"))
        elif every_row:
            out.append(rule(c, "ml", "mm", "mr"))
    out.append(rule(c, "bl", "bm", "br"))
    return "\n".join(out)


def grid(table: list[tuple[str, ...]], header: int = 1) -> str:
    """A reStructuredText grid table (+---+ rules, +===+ under the header rows)."""
    split, widths = _cells(table)

    def rule(ch: str) -> str:
        return "+" + "+".join(ch * (w + 2) for w in widths) + "+"

    out = [rule("-")]
    for ri, r in enumerate(split):
        for k in range(max(len(cell) for cell in r)):
            parts = [cell[k] if k < len(cell) else "" for cell in r]
            out.append(
                "|"
                + "|".join(f" {p}{' ' * (w - vis(p))} " for p, w in zip(parts, widths, strict=True))
                + "|"
            )
        out.append(rule("=" if ri == header - 1 else "-"))
    return "\n".join(out)


def lines(*cells: str) -> str:
    """Cells one per line, as pypdf extracts many tables."""
    return "\n".join(cells)


# ---------------------------------------------------------------------------------------------
# Documents with personal data
# ---------------------------------------------------------------------------------------------

# ----- tables as pypdf extracts them ---------------------------------------------------------

# 1 -- documents ready for collection: one cell per line, header repeated after a page footer
pii(
    "pdf_extract",
    f"""
Stadt Herne · Der Oberbürgermeister
Fachbereich Bürgerdienste – Bürgerbüro Herne-Mitte, Friedrich-Ebert-Platz 2
Abholbereite Ausweisdokumente (Liste für Schalter 1–4)
Stand: 09.03.2026, 07:45 Uhr
Lfd.
Nr.
Name
Vorname
Geb.-Datum
Dok.
Seriennummer
Antrag
vom
1
[[P:Nowak]]
[[P:Krzysztof]]
[[DOB:14.02.1979]]
PA
[[ID:{ausweis("L2H4K7T9N")}]]
12.02.2026
2
[[P:Çelik]]
[[P:Büşra]]
[[DOB:03.11.2001]]
RP
[[PASS:C7R9XK2M4]]
05.02.2026
3
[[P:Hoffmann-]]
[[P:Adeyemi]]
[[P:Tobias Oluwaseun]]
[[DOB:22.07.1988]]
PA
[[ID:{ausweis("LZ9C3VW1F")}]]
13.02.2026
4
[[P:Tesfaye]]
[[P:Semhar]]
[[DOB:01.01.1996]]
eAT
[[ID:{ausweis("Y4KM7R2CT")}]]
10.02.2026
5
[[P:Dumitru]]
[[P:Ionuț-Cristian]]
[[DOB:30.08.1992]]
PA
[[ID:{ausweis("L0N3HX8P2")}]]
16.02.2026
Stadt Herne – Bürgerbüro – vertraulich
Seite 1 von 2
Lfd.
Nr.
Name
Vorname
Geb.-Datum
Dok.
Seriennummer
Antrag
vom
6
[[P:Kuznetsova]]
[[P:Anastasia]]
[[DOB:19.05.1983]]
RP
[[PASS:C5T8GHJ2R]]
17.02.2026
7
[[P:von der Heydt]]
[[P:Carl-Friedrich]]
[[DOB:08.10.1957]]
PA
[[ID:{ausweis("LM4K9R7C1")}]]
18.02.2026
8
[[P:Nguyễn]]
[[P:Thị Thu Hà]]
[[DOB:11.11.2011]]
PA
[[ID:{ausweis("L7FZ2W9X0")}]]
18.02.2026
9
[[P:Ekinci]]
[[P:Rojin]]
[[DOB:07.04.2004]]
eAT
[[ID:{ausweis("YC2R8N0K7")}]]
19.02.2026
Abholung nur persönlich oder mit Vollmacht. Zu Nr. 2: Vollmacht für den Bruder [[P:Emre Çelik]]
liegt vor. Zu Nr. 8: Abholung durch die Mutter [[P:Nguyễn Thị Lan]], Kind muss nicht mitkommen.
Ausgabe: [[P:Marita Szczepanek]], Schalter 4, Durchwahl [[TEL:02323 16-2204]]
Stadt Herne – Bürgerbüro – vertraulich
Seite 2 von 2
""",
    keep=[
        "Abholbereite Ausweisdokumente (Liste für Schalter 1–4)",
        "Stadt Herne – Bürgerbüro – vertraulich",
        "Seite 1 von 2",
        "Friedrich-Ebert-Platz 2",
        "Abholung nur persönlich oder mit Vollmacht",
    ],
)

# 2 -- holiday programme: rows glued with single spaces, page 2 without a header
pii(
    "pdf_extract",
    """
Referat Kinder, Jugend und Familien – Ferienspiele 2026 „Sommer im Revierpark“
Teilnehmerliste Woche 2 (20.07.–24.07.2026), Gruppe Füchse, Treffpunkt Revierpark Nienhausen
Nr. Name Vorname Jg. Stadtteil Notfallkontakt Telefon Hinweise
1 [[P:Yılmaz Ayşe]] [[DOB:2015]] [[LOC:Buer]] Mutter [[P:Hülya Yılmaz]] [[TEL:0176 44329810]] keine
2 [[P:Wiśniewski Filip]] [[DOB:2016]] [[LOC:Erle]] Vater [[P:Tomasz Wiśniewski]] [[TEL:0152 33817406]] Nussallergie
(Notfallset im Rucksack)
3 [[P:Okafor Chiamaka]] [[DOB:2014]] [[LOC:Bismarck]] Mutter [[P:Ngozi Okafor]] [[TEL:0209 4088173]] darf allein nach
Hause gehen
4 [[P:Schulte-Bräucker Mats]] [[DOB:2017]] [[LOC:Resse]] Oma [[P:Gisela Schulte-Bräucker]] [[TEL:0209 776512]] Abholung
nur durch Oma
5 [[P:Haddad Lin]] [[DOB:2015]] [[LOC:Schalke-Nord]] Vater [[P:Bassam Haddad]] [[TEL:0157 30119482]] Dolmetsch über
Bruder [[P:Karim]] ([[TEL:0176 21887034]])
6 [[P:Marchenko Sofiia]] [[DOB:2016]] [[LOC:Horst]] Mutter [[P:Olena Marchenko]] [[TEL:0163 9920471]] Brille, kein
Schwimmen
Stadt Gelsenkirchen · Ferienspiele 2026 · Seite 1 von 2
7 [[P:Bianchi Leonardo]] [[DOB:2014]] [[LOC:Ückendorf]] Mutter [[P:Chiara Bianchi]] [[TEL:0151 40298813]] Seepferdchen
8 [[P:Petrova Viktoria]] [[DOB:2015]] [[LOC:Hassel]] Mutter [[P:Desislava Petrova]] [[TEL:0157 31904426]] Schwimmab-
zeichen Bronze
9 [[P:Kaya Mehmet Ali]] [[DOB:2017]] [[LOC:Buer]] Onkel [[P:Serkan Kaya]] [[TEL:0209 3611750]] Sonnencreme LSF 50
10 [[P:Tesfamariam Yonas]] [[DOB:2016]] [[LOC:Rotthausen]] Betreuerin Wohngruppe [[P:Anke Domröse]] [[TEL:0209 9547-12]]
Einverständnis Vormund liegt vor
11 [[P:Kühn Emma-Sophie]] [[DOB:2014]] [[LOC:Beckhausen]] Vater [[P:Ralf Kühn]] [[TEL:0170 5528091]] –
12 [[P:Đặng Bảo Ngọc]] [[DOB:2015]] [[LOC:Schalke-Nord]] Mutter [[P:Đặng Thu Hương]] [[TEL:0176 60312874]] vegetarisch
Betreuung: [[P:Jana Kowalczyk]] (Teamleitung), [[P:Deniz Aydın]], [[P:Lukas Brede]] (FSJ)
Diensthandy Gruppe Füchse: 0209 169-6230 · Anmeldung und Beiträge: ferienspiele@gelsenkirchen.de
Stadt Gelsenkirchen · Ferienspiele 2026 · Seite 2 von 2
""",
    keep=[
        "Nr. Name Vorname Jg. Stadtteil Notfallkontakt Telefon Hinweise",
        "Treffpunkt Revierpark Nienhausen",
        "Stadt Gelsenkirchen · Ferienspiele 2026 · Seite 1 von 2",
        "Diensthandy Gruppe Füchse: 0209 169-6230",
        "ferienspiele@gelsenkirchen.de",
    ],
)

# 3 -- jubilee list for the mayor's congratulations: one cell per line, wrapped cells
pii(
    "pdf_extract",
    """
Stadt Hamm – Büro des Oberbürgermeisters / Repräsentation
Alters- und Ehejubiläen April 2026 (Grundlage: Melderegister, Auskunftssperren
berücksichtigt)
Datum
Anlass
Jubilar/in
geb.
Anschrift
Besuch / Gruß
03.04.
90. Geburtstag
[[P:Hedwig Brinkschulte]]
[[DOB:03.04.1936]]
[[STR:Ostenallee 44]]
[[LOC:59063 Hamm]]
Bezirksbürgermeister [[P:Lohmann]]
07.04.
Diamantene Hoch-
zeit (Heirat 07.04.1966)
[[P:Waltraud]] und [[P:Heinz Böckelmann]]
[[DOB:12.09.1941]] /
[[DOB:30.01.1939]]
[[STR:Wilhelmstr. 201]]
[[LOC:59067 Hamm]]
Glückwunschkarte + Präsent
11.04.
100. Geburtstag
[[P:Jadwiga Lewandowska]]
[[DOB:11.04.1926]]
Seniorenzentrum St. Josef,
Wohnbereich 2
OB persönlich, Presse
(Einwilligung Enkelin [[P:Marta Lewandowska-Kühn]])
14.04.
Goldene Hochzeit
(Heirat 14.04.1976)
[[P:Rosaria]] und [[P:Vincenzo Russo]]
[[DOB:02.02.1952]] /
[[DOB:19.06.1950]]
[[STR:Heessener Dorfstr.]]
[[STR:17a]]
[[LOC:59073 Hamm]]
Bürgermeisterin [[P:Schwarze-Kuhlmann]]
19.04.
95. Geburtstag
[[P:Friedrich-Wilhelm Kötter]]
[[DOB:19.04.1931]]
[[STR:Am Bockelweg 3]]
[[LOC:59077 Hamm-Uentrop]]
Karte (Angehörige wünschen
keinen Besuch)
23.04.
90. Geburtstag
[[P:Emine Doğan]]
[[DOB:23.04.1936]]
[[STR:Kentroper Weg 112]]
[[LOC:59063 Hamm]]
Bezirksbürgermeister [[P:Lohmann]], Sohn
[[P:Cem Doğan]] übersetzt
28.04.
Eiserne Hochzeit
(Heirat 28.04.1961)
[[P:Aleksandr]] und [[P:Lidiya Fedorov]]
[[DOB:05.11.1937]] /
[[DOB:27.08.1940]]
[[STR:Bockumer Weg 9]]
[[LOC:59065 Hamm]]
Karte, Anruf Tochter [[P:Irina]]
[[TEL:02381 4471930]]
Seite 1 von 1 – nur für den Dienstgebrauch – Repräsentation, Theodor-Heuss-Platz 16
""",
    keep=[
        "Alters- und Ehejubiläen April 2026",
        "Seniorenzentrum St. Josef,",
        "(Heirat 14.04.1976)",
        "Glückwunschkarte + Präsent",
        "Repräsentation, Theodor-Heuss-Platz 16",
    ],
)

# 4 -- statements in a land-use plan procedure: glued rows, hyphenated breaks
pii(
    "pdf_extract",
    """
Stadt Krefeld – Fachbereich Stadt- und Verkehrsplanung
Bebauungsplan Nr. 842 – Fischeln, Kölner Straße / Am Kreuzweg
Anlage 3 zur Vorlage FB 61/0117/2026: Stellungnahmen aus der Öffentlichkeitsbeteiligung
(§ 3 Abs. 2 BauGB), Auslegung 05.01.–06.02.2026
lfd. Eingang Einwender/in Anschrift Themen Abwägung
Ö-01 12.01.2026 [[P:Kowalski, Marek]] [[STR:Am Kreuzweg 14]] [[LOC:47807 Krefeld]] Verkehrslärm, Zufahrt B-01, B-04
Ö-02 14.01.2026 [[P:Tenhumberg, Gertrud]] und [[P:Tenhumberg, Josef]] [[STR:Kölner Str. 611]] [[LOC:47807 Krefeld]]
Verschattung durch Geschosswohnungsbau, Wertverlust B-02
Ö-03 20.01.2026 [[P:Haidari, Mina]] [[STR:Marienburger Str. 4]] [[LOC:47807 Krefeld]] Kita-Plätze, Spielplatz B-06
Ö-04 23.01.2026 Eheleute [[P:Schmitz-Ver-]]
[[P:hoeven]] (vertreten durch RAin Dr. [[P:Simone Lenz]], Rheinufer Rechtsanwälte PartG mbB, Ostwall 120, 47798 Krefeld)
[[STR:Hülser Land-]]
[[STR:straße 211]] [[LOC:47803 Krefeld]] Entwässerung, Starkregen, Baumbestand B-03, B-05
Ö-05 27.01.2026 Förderverein Kita Fischeln e.V. (Vorsitz [[P:Jens Hamacher]]) – Kinderbetreuung B-06
Ö-06 30.01.2026 [[P:Papageorgiou, Eleni]] [[STR:Am Kreuzweg 2a]] [[LOC:47807 Krefeld]] Radweg, Schulweg-
sicherung B-04
Ö-07 02.02.2026 [[P:Kamiński, Rafał]] (per E-Mail [[MAIL:r.kaminski@web.de]]) [[STR:Gatherhofstr. 38]] [[LOC:47804 Krefeld]]
Parkdruck B-01
Seite 1 von 2 · Anlage 3 zu FB 61/0117/2026
Ö-08 04.02.2026 [[P:Brügge-]]
[[P:mann, Dieter]] [[STR:Obere Dorfstr. 9]] [[LOC:47807 Krefeld]] Artenschutz (Fledermäuse, Scheune) B-05
Ö-09 06.02.2026 Sammeleinwendung „Lebenswertes Fischeln“ (37 Unterschriften), Sprecherin [[P:Ingrid ter Veen]],
[[STR:Buschstr. 41]] [[LOC:47807 Krefeld]], Tel. [[TEL:02151 318847]] Verkehr, Dichte, Grün B-01 bis B-06
Ö-10 06.02.2026 Stadtwerke Krefeld AG, Netzplanung Strom/Gas – Leitungsbestand (keine Einwendung) –
Abwägungsvorschläge B-01 bis B-06 siehe Anlage 4. Bearbeitung: [[P:Verena Stollwerck]], Tel. [[TEL:02151 86-3512]]
Seite 2 von 2 · Anlage 3 zu FB 61/0117/2026
""",
    keep=[
        "Bebauungsplan Nr. 842 – Fischeln, Kölner Straße / Am Kreuzweg",
        "lfd. Eingang Einwender/in Anschrift Themen Abwägung",
        "Rheinufer Rechtsanwälte PartG mbB, Ostwall 120, 47798 Krefeld",
        "Förderverein Kita Fischeln e.V.",
        "Stadtwerke Krefeld AG, Netzplanung Strom/Gas",
        "Seite 1 von 2 · Anlage 3 zu FB 61/0117/2026",
    ],
)

# 5 -- housing-benefit decision with its annex table, one cell per line
pii(
    "pdf_extract",
    f"""
Stadt Kassel · Wohngeldbehörde · Obere Königsstraße 8 · 34117 Kassel
Herrn
[[P:Yohannes Berhane]]
[[STR:Holländische Str. 74]]
[[LOC:34127 Kassel]]
Aktenzeichen:
[[AZ:WG 50.3-2026-01187]]
Datum:
02.03.2026
Wohngeldbescheid (Mietzuschuss)
Ihr Antrag vom 14.01.2026
Sehr geehrter Herr [[P:Berhane]],
für die Zeit vom 01.01.2026 bis 31.12.2026 wird Ihnen Wohngeld in Höhe von monatlich
312,00 € bewilligt. Die Berechnung ergibt sich aus Anlage 1.
Stadt Kassel – Wohngeldbehörde – Seite 1 von 3
Anlage 1: Berechnungsgrundlagen
Zu berücksichtigende Haushaltsmitglieder
Name, Vorname
Geburtsdatum
Verhältnis zur
antragstellenden Person
Jahreseinkommen
(€)
[[P:Berhane, Yohannes]]
[[DOB:02.05.1984]]
Antragsteller
18.420,00
[[P:Tekle, Senait]]
[[DOB:17.11.1989]]
Ehefrau
6.240,00
[[P:Berhane, Filmon]]
[[DOB:09.03.2014]]
Sohn
0,00
[[P:Berhane, Luwam]]
[[DOB:21.07.2017]]
Tochter
0,00
[[P:Berhane, Awet]]
[[DOB:30.12.2022]]
Sohn
0,00
Miete und Vermieter
Vermieter/in
[[P:Hans-Jürgen Wolfram]]
Anschrift Vermieter/in
[[STR:Am Weinberg 9]], [[LOC:34131 Kassel]]
Bruttokaltmiete
745,00 €
Wohnfläche
78 m²
Zahlungsweg
Zahlung an
[[IBAN:{iban("DE", "52050000" + "0108817734")}]]
Kontoinhaber/in
[[P:Yohannes Berhane]]
Rentenversicherungsnummern (Datenabgleich § 33 WoGG)
Antragsteller
[[RV:{rvnr("50", "020584", "B", "03")}]]
Ehefrau
[[RV:{rvnr("50", "171189", "T", "52")}]]
Stadt Kassel – Wohngeldbehörde – Seite 2 von 3
Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe
Klage beim Verwaltungsgericht Kassel, Tischbeinstraße 32, 34121 Kassel erhoben werden.
Sachbearbeitung: Frau [[P:Kühnel]], Zimmer 3.12, Telefon [[TEL:0561 787-3115]],
E-Mail [[MAIL:k.kuehnel@kassel.de]] · Servicezeiten Mo–Do 8–12 Uhr
Stadt Kassel – Wohngeldbehörde – Seite 3 von 3
""",
    keep=[
        "Wohngeldbescheid (Mietzuschuss)",
        "Verhältnis zur",
        "Stadt Kassel – Wohngeldbehörde – Seite 2 von 3",
        "Verwaltungsgericht Kassel, Tischbeinstraße 32, 34121 Kassel",
        "Obere Königsstraße 8 · 34117 Kassel",
    ],
)

# 6 -- parental contributions: glued rows with IBANs, a page footer in the middle
pii(
    "pdf_extract",
    f"""
Stadt Offenbach am Main – Amt für Kinder, Jugend und Familie – Kindertagesbetreuung
Beitragsliste Elternbeiträge 07/2026 – Neuaufnahmen und Änderungen (Sollstellung an Stadtkasse)
Beitragskonto Kind Geb. Einrichtung Beitragsschuldner/in Stufe Betrag € Zahlweg
[[AZ:51.4-KB-20931]] [[P:Marino Giulia]] [[DOB:14.03.2021]] Kita Mathildenviertel [[P:Marino Alessandro]] 4 212,00 Lastschrift
[[IBAN:{iban("DE", "50505000" + "0011822409")}]]
[[AZ:51.4-KB-20944]] [[P:Szymańska Zofia]] [[DOB:02.09.2022]] Ev. Kita Lutherkir-
che [[P:Szymańska Katarzyna]] 2 98,00 Überweisung
[[AZ:51.4-KB-20950]] [[P:Al-Rawi Yusuf]] [[DOB:27.06.2020]] Kita Waldhof [[P:Al-Rawi Noor]] 0 0,00 befreit (Geschwister
[[P:Maryam]], [[AZ:KB-18802]])
[[AZ:51.4-KB-20962]] [[P:Boateng Kwame Jr.]] [[DOB:11.01.2023]] Krippe Kleine Strolche [[P:Boateng Abena]] / [[P:Fischer Jan]]
3 164,00 Lastschrift [[IBAN:{iban("DE", "50500400" + "0640771203")}]]
Stadt Offenbach am Main · Kindertagesbetreuung · vertraulich · Seite 1/2
[[AZ:51.4-KB-20977]] [[P:Ionescu Andrei-Matei]] [[DOB:19.08.2021]] Kita Buchhügel [[P:Ionescu Elena]] 1 52,00 Lastschrift
[[IBAN:{iban("DE", "50190000" + "6100442817")}]] (Konto Großvater [[P:Ionescu Vasile]])
[[AZ:51.4-KB-20981]] [[P:Vu Minh Khang]] [[DOB:05.05.2022]] Kita Nordend [[P:Vu Thi Hong]] 2 98,00 Überweisung
[[AZ:51.4-KB-20990]] [[P:Lindner-Okoro Ben]] [[DOB:30.11.2020]] Kita Waldhof [[P:Lindner Svenja]] 5 284,00 Lastschrift
[[IBAN:{iban("DE", "50550020" + "0302219987")}]]
Summe Neuaufnahmen: 7 · Sollstellung gesamt 908,00 € · Einkommensnachweise fehlen: [[AZ:KB-20962]] (Vater)
Sachbearbeitung Elternbeiträge: [[P:Monika Hessler]], Tel. [[TEL:069 8065-2714]]
Stadt Offenbach am Main · Kindertagesbetreuung · vertraulich · Seite 2/2
""",
    keep=[
        "Beitragskonto Kind Geb. Einrichtung Beitragsschuldner/in Stufe Betrag € Zahlweg",
        "Kita Mathildenviertel",
        "Krippe Kleine Strolche",
        "Stadt Offenbach am Main · Kindertagesbetreuung · vertraulich · Seite 1/2",
        "Sollstellung gesamt 908,00 €",
    ],
)

# 7 -- taxi concessions: one cell per line, a page header cutting the table
pii(
    "pdf_extract",
    """
Stadt Mönchengladbach – Fachbereich Straßenverkehr – Taxen- und Mietwagenwesen
Übersicht Taxikonzessionen – Verlängerungen 1. Halbjahr 2026
Ordnungs-
Nr.
Az.
Unternehmer/in
geb.
Register
Wohnanschrift
Unternehmer/in
Kennzeichen
verlängert
bis
Taxi 014
[[AZ:32.4-T-0147]]
Taxi [[P:Mohammadi]] e.K., Inh.
[[P:Ali Reza Mohammadi]]
[[DOB:21.03.1978]]
[[HR:HRA 6120]]
[[STR:Gladbacher Str. 41]]
[[LOC:41061 Mönchengladbach]]
[[KFZ:MG-TX 214]]
30.06.2031
Taxi 022
[[AZ:32.4-T-0152]]
City-Funk Taxi GmbH
(GF [[P:Sandra Pohlmann-Erkens]])
–
HRB 14412
– (Betriebssitz Hindenburgstr. 2)
[[KFZ:MG-CF 220]], [[KFZ:MG-CF 221]]
31.05.2031
Stadt Mönchengladbach · Seite 1 von 2 · Ausdruck 04.03.2026 10:17
Fachbereich Straßenverkehr – Taxikonzessionen (Forts.)
Taxi 031
[[AZ:32.4-T-0163]]
[[P:Gheorghe Lungu]]
[[DOB:1969-11-02]]
(nicht eingetragen)
[[STR:Waldnieler Str. 288]]
[[LOC:41068 Mönchengladbach]]
[[KFZ:MG-GL 31]]
28.02.2031
Taxi 045
[[AZ:32.4-T-0171]]
Taxibetrieb [[P:Özdemir]] e.K.
Inh. [[P:Hakan Özdemir]]
[[DOB:14.08.1985]]
[[HR:HRA 5902]]
[[STR:Rheydter Str. 17]], [[LOC:41065 Mönchengladbach]]
[[KFZ:MG-HÖ 4500]]
30.04.2031
Taxi 052
[[AZ:32.4-T-0178]]
Rheinland Mobil GmbH & Co. KG
–
HRA 7713 (KG)
– (Betriebssitz Am Nordpark 300)
[[KFZ:MG-RM 52]]
31.03.2031
Fachkundeprüfungen abgenommen durch [[P:Wendt]] (FB 32.4); Zuverlässigkeit: Auszüge BZR/GZR liegen vor.
Stadt Mönchengladbach · Seite 2 von 2 · Ausdruck 04.03.2026 10:17
""",
    keep=[
        "Übersicht Taxikonzessionen – Verlängerungen 1. Halbjahr 2026",
        "City-Funk Taxi GmbH",
        "HRB 14412",
        "HRA 7713 (KG)",
        "Stadt Mönchengladbach · Seite 1 von 2 · Ausdruck 04.03.2026 10:17",
    ],
)

# 8 -- school registrations: one cell per line, hyphenated addresses, page footer
pii(
    "pdf_extract",
    """
Martin-Niemöller-Grundschule (Gemeinschaftsgrundschule) · Bielefeld-Jöllenbeck
Schulanmeldungen zum Schuljahr 2027/28 – Stand nach Anmeldewoche
Nr.
Kind
Geb.-Dat.
Erziehungs-
berechtigte
Anschrift
Kita / Bemerkung
1
[[P:Lea Marie Brinkmann]]
[[DOB:14.09.2021]]
[[P:Anja Brinkmann]],
[[P:Thomas Brinkmann]]
[[STR:Am Brodhagen 21]],
[[LOC:33739 Bielefeld]]
Kita Sonnenhügel; Geschwister [[P:Mila]] (Kl. 3b)
2
[[P:Ahmad Sharifi]]
[[DOB:03.02.2022]]
[[P:Farida Sharifi]] (allein
sorgeberechtigt)
[[STR:Jöllenbecker Stra-]]
[[STR:ße 118]], [[LOC:33613 Bielefeld]]
Kann-Kind, Sprachstand-
feststellung 12.05.
3
[[P:Zoe Krawczyk]]
[[DOB:30.06.2021]]
[[P:Marta Krawczyk]]
[[STR:Vilsendorfer Str. 6]],
[[LOC:33739 Bielefeld]]
Schulweg über Spenger Str.
Seite 1/2 · Sekretariat: sekretariat@mn-grundschule.bielefeld.de · Tel. 0521 51-8870
4
[[P:Ifeoma Nwosu]]
[[DOB:19.12.2021]]
[[P:Chinedu Nwosu]],
[[P:Adaeze Nwosu-Berger]]
[[STR:Dreekerheide 40]],
[[LOC:33739 Bielefeld]]
OGS gewünscht
5
[[P:Anton von Ketteler]]
[[DOB:01.08.2021]]
[[P:Clara von Ketteler]]
[[STR:Beckendorfstr. 12a]],
[[LOC:33739 Bielefeld]]
Wunsch: Klasse mit [[P:Zoe]]
(Nr. 3)
6
[[P:Mustafa Aydoğan]]
[[DOB:25.04.2022]]
[[P:Elif]] und [[P:Recep Aydoğan]]
[[STR:Am Pfarracker 9]],
[[LOC:33739 Bielefeld]]
Kann-Kind, Rückstellung geprüft
Schulleitung: [[P:Britta Hohmeier]] · Seite 2/2
""",
    keep=[
        "Martin-Niemöller-Grundschule (Gemeinschaftsgrundschule)",
        "Schulanmeldungen zum Schuljahr 2027/28",
        "Erziehungs-",
        "sekretariat@mn-grundschule.bielefeld.de",
        "Tel. 0521 51-8870",
    ],
)

# 9 -- births for the local paper: one cell per line, register numbers
pii(
    "pdf_extract",
    """
Landeshauptstadt Erfurt · Bürgeramt · Standesamt
Geburten KW 9/2026 – zur Veröffentlichung in der Presse
(nur Einträge mit schriftlicher Einwilligung der Eltern)
Reg.-Nr.
Vorname(n)
Familienname
geboren am
Eltern
Wohnort
[[AZ:G 412/2026]]
[[P:Mila Sophie]]
[[P:Hartung]]
[[DOB:23.02.2026]]
[[P:Franziska]] und [[P:Marcel Hartung]]
[[LOC:Erfurt-Daberstedt]]
[[AZ:G 415/2026]]
[[P:Noah Abdirahman]]
[[P:Abdullahi]]
[[DOB:24.02.2026]]
[[P:Hodan Abdullahi]]
[[LOC:Arnstadt]]
[[AZ:G 419/2026]]
[[P:Jonas]]
(Nachname nicht veröffentlichen)
[[DOB:25.02.2026]]
[[P:Lisa]] und [[P:Kevin]]
[[LOC:Erfurt-Ringelberg]]
[[AZ:G 421/2026]]
[[P:Sofia]]
[[P:Kovalenko]]
[[DOB:26.02.2026]]
[[P:Yuliia Kovalenko]]
[[LOC:Weimar]]
[[AZ:G 426/2026]]
[[P:Ella]] und [[P:Frieda]] (Zwillinge)
[[P:Schönemann-]]
[[P:Kraus]]
[[DOB:28.02.2026]]
[[P:Katrin Schönemann]],
[[P:Florian Kraus]]
[[LOC:Erfurt-Hochheim]]
Geburtskliniken: Helios Klinikum Erfurt (4), Katholisches Krankenhaus St. Johann Nepomuk (1)
Stadtverwaltung Erfurt · Standesamt · Seite 1 von 1 · Ansprechpartnerin Presse: [[P:Doreen Wetzig]]
""",
    keep=[
        "Geburten KW 9/2026 – zur Veröffentlichung in der Presse",
        "(Nachname nicht veröffentlichen)",
        "Helios Klinikum Erfurt (4)",
        "Katholisches Krankenhaus St. Johann Nepomuk (1)",
        "Reg.-Nr.",
    ],
)

# 10 -- enforcement round: glued rows wrapped by pypdf, page footer
pii(
    "pdf_extract",
    """
Stadt Remscheid – Stadtkasse – Vollstreckungsaußendienst
Tourenliste Bezirk 3 (Lennep/Lüttringhausen) – 11.03.2026 – Vollziehungsbeamter [[P:Goran Marković]]
Kassenzeichen Schuldner/in Anschrift Forderung € Art Fahrzeug Vermerk
[[AZ:6.120.331.447.2]] [[P:Becker, Manfred]] [[STR:Kölner Str. 77]] [[LOC:42897 Remscheid]] 1.240,50 Gewerbesteuer
[[KFZ:RS-MB 770]] Parkkralle angekündigt
[[AZ:6.120.331.512.9]] [[P:Stoyanov, Ivaylo]] [[STR:Hackenberger Str. 4]] [[LOC:42897 Remscheid]] 385,00 Rundfunkbeitrag
(Amtshilfe) – lt. Nachbarin Frau [[P:Stöcker]] verzogen nach [[LOC:Wermelskirchen]]
[[AZ:6.120.332.018.4]] [[P:Ricci, Francesca]] [[STR:Lüttringhauser Str. 9]] [[LOC:42899 Remscheid]] 96,40 Hundesteuer –
Ratenzahlung angeboten, Tel. [[TEL:0173 4481920]]
[[AZ:6.120.332.104.1]] Bäckerei [[P:Schüßler]] e.K., Inh. [[P:Uwe Schüßler]], Wohnung [[STR:Ringstr. 12]] [[LOC:42897 Remscheid]]
4.870,00 Gewerbesteuer [[KFZ:RS-US 112]] Vermögensauskunft beantragt
Stadt Remscheid · Stadtkasse · Seite 1/2 · VB-Tour 2026-03-11
[[AZ:6.120.332.219.7]] [[P:Kaczmarczyk, Bogdan]] [[STR:Remscheider Str. 140]] [[LOC:42899 Remscheid]] 212,00
Bußgeld Ordnungsamt – Schuldner nicht angetroffen, Ehefrau [[P:Halina]] nimmt Schreiben an
[[AZ:6.120.332.255.0]] [[P:Demirtaş, Serhat]] [[STR:Lenneper Str. 5, Hinterhaus]] [[LOC:42897 Remscheid]] 1.015,30
Grundbesitzabgaben [[KFZ:RS-SD 1977]] Pfändung Pkw vorgemerkt
Rückläufe bis 13.03. an vollstreckung@remscheid.de; Eilfälle Innendienst App. 2317 (Kasse).
Stadt Remscheid · Stadtkasse · Seite 2/2 · VB-Tour 2026-03-11
""",
    keep=[
        "Vollstreckungsaußendienst",
        "Kassenzeichen Schuldner/in Anschrift Forderung € Art Fahrzeug Vermerk",
        "Rundfunkbeitrag",
        "vollstreckung@remscheid.de",
        "Stadt Remscheid · Stadtkasse · Seite 1/2 · VB-Tour 2026-03-11",
    ],
)

# 11 -- rent payments to private landlords for refugee housing: one cell per line
pii(
    "pdf_extract",
    f"""
Stadt Salzgitter – Fachdienst Soziales – Unterbringung nach dem FlüAG
Zahlungsliste Mieten an private Vermieter/innen, April 2026
Obj.
Wohnung
Vermieter/in
Anschrift Vermieter/in
IBAN
Miete €
Belegung
W-017
[[STR:Neißestr. 14, 2. OG links]]
[[P:Gerhard Pfeiffer]]
[[STR:Am Sportplatz 3]],
[[LOC:38229 Salzgitter]]
[[IBAN:{iban("DE", "27050000" + "0003301764")}]]
610,00
Fam. [[P:Hamdan]] (5 P.)
W-022
[[STR:Thiestr. 9]]
Erbengem. [[P:Olszewski]], c/o
[[P:Beata Olszewski-Kranz]]
[[STR:ul. Kwiatowa 12]],
[[LOC:62-300 Września]] (Polen)
[[IBAN:{iban("PL", "10203000" + "4520000012349876")}]]
480,00
[[P:Gebremedhin, Tsega]] und
Sohn [[P:Robel]]
Stadt Salzgitter · FD Soziales · Seite 1 von 2
W-031
[[STR:Berliner Str. 122]]
[[P:Svetlana Moroz]]
wohnt im Haus (EG)
[[IBAN:{iban("DE", "27090900" + "0812254400")}]]
540,00
Fam. [[P:Ahmadi]] (4 P.)
W-040
[[STR:Chemnitzer Str. 33]]
WEVG Salzgitter GmbH & Co. KG
Hinter dem Brauhof 3, 38226 Salzgitter
DE89 2505 0000 0000 4711 02
455,00
[[P:Nasser, Khalid]]
Anweisung: Sachgebiet Unterbringung, [[P:Jens Oltmanns]], Tel. [[TEL:05341 839-4172]]
Stadt Salzgitter · FD Soziales · Seite 2 von 2
""",
    keep=[
        "Zahlungsliste Mieten an private Vermieter/innen, April 2026",
        "WEVG Salzgitter GmbH & Co. KG",
        "Hinter dem Brauhof 3, 38226 Salzgitter",
        "DE89 2505 0000 0000 4711 02",
        "Stadt Salzgitter · FD Soziales · Seite 1 von 2",
    ],
)

# 12 -- fishing licences: only the last page extracted, the header is lost
pii(
    "pdf_extract",
    """
Seite 3 von 3
[[AZ:FS-2026-0211]]
[[P:Brandhorst]]
[[P:Heiko]]
[[DOB:17.06.1971]]
[[LOC:Minden-Dankersen]]
Fischereischein (5 J.)
31.12.2030
[[AZ:FS-2026-0212]]
[[P:Wróblewski]]
[[P:Dawid]]
[[DOB:02.10.1994]]
[[LOC:Petershagen]]
Fischereischein (Lebenszeit)
–
[[AZ:FS-2026-0214]]
[[P:Sokolov]]
[[P:Pavel]]
[[DOB:1988-01-23]]
[[LOC:Porta Westfalica]]
Fischereischein (1 J.)
31.12.2026
[[AZ:FS-2026-0217]]
[[P:Lê]]
[[P:Văn Hùng]]
[[DOB:09.09.1979]]
[[LOC:Minden-Bärenkämpen]]
Fischereischein (5 J.)
31.12.2030
[[AZ:FS-2026-0220]]
[[P:Greco]]
[[P:Salvatore]]
[[DOB:30.04.1966]]
[[LOC:Hille]]
Jugendfischereischein
– (Vater [[P:Antonio Greco]])
Summe Gebühren März: 612,00 € (Fischereiabgabe separat)
Untere Fischereibehörde Minden · Ausstellung: [[P:Anke Rohlfing]] · Seite 3 von 3
""",
    keep=[
        "Fischereischein (Lebenszeit)",
        "Jugendfischereischein",
        "Summe Gebühren März: 612,00 €",
        "Untere Fischereibehörde Minden",
    ],
)

# 13 -- maintenance-advance recourse: glued rows, addresses abroad
pii(
    "pdf_extract",
    """
Stadt Ludwigshafen am Rhein – Bereich Jugend – Unterhaltsvorschusskasse
Rückgriffsliste (offene Forderungen > 3.000 €) – Stand 28.02.2026
Az. Kind geb. betreuender Elternteil unterhaltspflichtiger Elternteil letzte bek. Anschrift Rückstand €
[[AZ:UV 51-0187/25]] [[P:Popescu, Ana-Maria]] [[DOB:03.05.2016]] [[P:Popescu, Ioana]] [[P:Popescu, Florin]]
[[STR:Str. Mihai Viteazu 18]], [[LOC:400000 Cluj-Napoca]] (Rumänien) 7.812,00
[[AZ:UV 51-0203/25]] [[P:Georgieva, Nia]] [[DOB:12.12.2018]] [[P:Georgieva, Radka]] [[P:Todorov, Stefan]] [[STR:ul. Tsar Simeon 41]],
[[LOC:9000 Varna]] (Bulgarien) 4.230,00 Auslandsunterhalt über BfJ
[[AZ:UV 51-0219/25]] [[P:Schäfer, Leon]] [[DOB:07.08.2014]] [[P:Schäfer, Nadine]] [[P:Kurz, Dominik]] unbekannt verzogen,
zuletzt [[LOC:Mannheim-Neckarstadt]] 11.006,50 EMA-Anfrage läuft
Seite 1 von 2 – Unterhaltsvorschusskasse – nur für den Dienstgebrauch
[[AZ:UV 51-0230/26]] [[P:Nowicka, Oliwia]] [[DOB:21.01.2020]] [[P:Nowicka, Agata]] [[P:Nowicki, Paweł]] [[STR:ul. Długa 7/3]],
[[LOC:80-827 Gdańsk]] (Polen) 3.420,00 Titel liegt vor
[[AZ:UV 51-0244/26]] [[P:Oyelaran, David]] [[DOB:15.10.2017]] [[P:Oyelaran, Funmilayo]] [[P:Oyelaran, Babatunde]]
[[STR:Rheinuferstr. 12]], [[LOC:67061 Ludwigshafen]] 3.105,00 Ratenzahlung 50 €/Monat seit 01/2026
Bearbeitung: [[P:Sabine Kirchhoff-Lang]], Tel. [[TEL:0621 504-2871]]
Seite 2 von 2 – Unterhaltsvorschusskasse – nur für den Dienstgebrauch
""",
    keep=[
        "Rückgriffsliste (offene Forderungen > 3.000 €)",
        "Auslandsunterhalt über BfJ",
        "EMA-Anfrage läuft",
        "Seite 1 von 2 – Unterhaltsvorschusskasse – nur für den Dienstgebrauch",
    ],
)

# 14 -- parking permits for severely disabled persons: one cell per line, hyphenated cells
pii(
    "pdf_extract",
    """
Stadt Wuppertal – Ressort Straßen und Verkehr – Straßenverkehrsbehörde
Ausgestellte Parkausweise für schwerbehinderte Menschen (blau/orange), Februar 2026
Ausweis-
Nr.
Name, Vorname
Geb.
Anschrift
Merkz.
Fahrzeug
gültig
bis
[[AZ:W-BL-26-0113]]
[[P:Hülsmann, Erika]]
[[DOB:22.01.1944]]
[[STR:Friedrich-Engels-Allee 301]]
[[LOC:42285 Wuppertal]]
aG
[[KFZ:W-EH 1944]]
02/2031
[[AZ:W-BL-26-0117]]
[[P:Karakaya, Mehmet]]
[[DOB:05.07.1958]]
[[STR:Heckinghauser Stra-]]
[[STR:ße 64]], [[LOC:42289 Wuppertal]]
Bl
– (Beförderung durch Sohn
[[P:Orhan]], [[KFZ:W-OK 707]])
02/2031
Wuppertal · R 104 · Seite 1/2
[[AZ:W-OR-26-0041]]
[[P:Vasilenko, Tamara]]
[[DOB:1951-09-30]]
[[STR:Nützenberger Str. 18]]
[[LOC:42115 Wuppertal]]
orange (G, 70)
[[KFZ:W-TV 512]]
02/2028
[[AZ:W-BL-26-0121]]
[[P:Schmidt-Oberwinter, Klaus-]]
[[P:Dieter]]
[[DOB:11.11.1939]]
[[STR:Lönsstr. 2a]]
[[LOC:42289 Wuppertal]]
aG
[[KFZ:W-KS 1139]]
02/2031
Versand per Post, Zweitausfertigung beim Bürgerbüro Barmen. Bearbeitung [[P:Yvonne Krämer]]
Wuppertal · R 104 · Seite 2/2
""",
    keep=[
        "Straßenverkehrsbehörde",
        "Ausgestellte Parkausweise für schwerbehinderte Menschen (blau/orange)",
        "orange (G, 70)",
        "Wuppertal · R 104 · Seite 1/2",
        "Zweitausfertigung beim Bürgerbüro Barmen",
    ],
)

# 15 -- neighbour notification: two-column form layout read column by column, then a table
pii(
    "pdf_extract",
    """
Stadt Paderborn – Bauordnungsamt
Benachrichtigung der Angrenzer (§ 72 Abs. 1 BauO NRW)
Bauherr/in:
Entwurfsverfasser/in:
Baugrundstück:
Gemarkung / Flur / Flurstück:
Vorhaben:
Aktenzeichen:
[[P:Kerstin Wiemers-Yıldız]], [[P:Okan Yıldız]]
Hesse Planen GmbH, Am Rothoborn 5, 33098 Paderborn
[[STR:Fürstenweg 61]], [[LOC:33102 Paderborn]]
Paderborn / 12 / 408
Anbau Wintergarten und Garage an der Grenze
[[AZ:63/0412/2026]]
Angrenzende Grundstücke
Flurstück
Eigentümer/in
Anschrift
Zustimmung
12/407
[[P:Rüdiger Meschede]]
[[STR:Fürstenweg 59]], [[LOC:33102 Paderborn]]
unterschrieben 02.03.
12/409
[[P:Iwona Pawlak]], [[P:Grzegorz Pawlak]]
[[STR:Fürstenweg 63]], [[LOC:33102 Paderborn]]
Bedenken (Garage, Abstand)
12/415
Kath. Kirchengemeinde St. Liborius
Domplatz 3, 33098 Paderborn
keine Äußerung
12/416
[[P:Annegret Schulte zu Berge]]
[[STR:Alte Wiese 4]], [[LOC:59555 Lippstadt]]
(Eigentümerin, vermietet)
unterschrieben 27.02.
Seite 1 von 1 · Sachbearbeitung [[P:Thorsten Kleinemeier]], Tel. [[TEL:05251 88-11632]]
""",
    keep=[
        "Benachrichtigung der Angrenzer (§ 72 Abs. 1 BauO NRW)",
        "Hesse Planen GmbH, Am Rothoborn 5, 33098 Paderborn",
        "Anbau Wintergarten und Garage an der Grenze",
        "Kath. Kirchengemeinde St. Liborius",
        "Domplatz 3, 33098 Paderborn",
    ],
)

# ----- two-column tables and label/value grids -----------------------------------------------

# 16 -- sports awards: "Name;Jahrgang" lists per category
pii(
    "two_column",
    """
Sportlerehrung der Stadt Ulm 2026 – Ehrungsliste (Meldungen der Vereine über den Stadtverband für Sport)

Kategorie A: Deutsche Meisterschaften Jugend
Name;Jahrgang
[[P:Lina Hägele]];[[DOB:2009]]
[[P:Arda Koç]];[[DOB:2008]]
[[P:Mariia Tkachenko]];[[DOB:2010]]
[[P:Jakob Schwarzmann]];[[DOB:2008]]

Kategorie B: Süddeutsche und Württembergische Meisterschaften
Name;Jahrgang
[[P:Ngozi Adebayo-Kraft]];[[DOB:2011]]
[[P:Luca Bruno]];[[DOB:2009]]
[[P:Emma Oberdorfer]];[[DOB:2010]]
[[P:Vladislav Kuzmin]];[[DOB:2007]]

Kategorie C: Seniorensport (Weltmeisterschaften AK 75)
Name;Jahrgang
[[P:Hildegard Wanner]];[[DOB:1949]]
[[P:Georg Staudenmaier]];[[DOB:1947]]

Kategorie D: Mannschaften
Mannschaft;Mannschaftsführer/in
TSG Söflingen U17 Handball;[[P:Jonas Mayer-Lutz]]
SSV Ulm 1846 Leichtathletik 4x100 m weibl. U18;[[P:Selin Arslan]]

Rückfragen: Sportamt, [[P:Petra Gschwind]], [[TEL:0731 161-5020]]; Ehrung am 17.04.2026, Stadthaus, Münsterplatz 50.
""",
    keep=[
        "Name;Jahrgang",
        "Mannschaft;Mannschaftsführer/in",
        "TSG Söflingen U17 Handball",
        "SSV Ulm 1846 Leichtathletik 4x100 m weibl. U18",
        "Stadthaus, Münsterplatz 50",
    ],
)

# 17 -- label/value grid of an online application (WBS)
pii(
    "two_column",
    """
Landeshauptstadt Kiel – Wohnraumförderung
Antragsübersicht Wohnberechtigungsschein (Onlinedienst) – Vorgang [[AZ:WBS-2026-00871]]

Feld                        | Angabe
----------------------------+------------------------------------------------------------
Antragsteller               | [[P:Kowalski, Marek]]
Geburtsdatum                | [[DOB:12.08.1983]]
Anschrift                   | [[STR:Elisabethstr. 40]], [[LOC:24143 Kiel]]
Telefon                     | [[TEL:0431 6681275]]
E-Mail                      | [[MAIL:marek.kowalski83@gmx.de]]
Mitantragstellerin          | [[P:Kowalska, Justyna]]
Geburtsdatum                | [[DOB:03.03.1986]]
Kinder im Haushalt          | [[P:Szymon]] ([[DOB:2014]]), [[P:Hanna]] ([[DOB:2019]])
Personen gesamt             | 4
Besonderer Wohnbedarf       | nein
derzeitige Vermieterin      | [[P:Helga Jessen]], [[STR:Knooper Weg 112]], [[LOC:24103 Kiel]]
Kündigung                   | Eigenbedarf zum 30.09.2026
Steuer-ID Antragsteller     | [[TAX:{tax}]]
Eingang                     | 14.03.2026 09:12 (Absender-IP [[IP:91.64.211.17]])
Bearbeitung                 | Wohnraumförderung, [[P:Heike Sievers]], Durchwahl [[TEL:0431 901-3376]]
""".replace("{tax}", steuer_id("3817402936")),
    keep=[
        "Antragsübersicht Wohnberechtigungsschein (Onlinedienst)",
        "Feld                        | Angabe",
        "Besonderer Wohnbedarf       | nein",
        "Eigenbedarf zum 30.09.2026",
    ],
)

# 18 -- volunteer cards issued: two-column list of name and town
pii(
    "two_column",
    """
Stadt Osnabrück – Freiwilligen-Agentur
Ehrenamtskarte Niedersachsen – im März 2026 ausgegebene Karten (für den Newsletter, Einwilligung liegt vor)

Karteninhaber/in – Wohnort
[[P:Birgit Sandkämper]] – [[LOC:Osnabrück-Haste]]
[[P:Yusuf Erdem]] – [[LOC:Belm]]
[[P:Oksana Lysenko]] – [[LOC:Osnabrück-Schinkel]]
[[P:Heinz-Werner Rolf]] – [[LOC:Georgsmarienhütte]]
[[P:Abiodun Balogun]] – [[LOC:Wallenhorst]]
[[P:Marlies op den Camp]] – [[LOC:Osnabrück-Eversburg]]
[[P:Nguyễn Văn Tuấn]] – [[LOC:Hasbergen]]
[[P:Małgorzata Dąbrowska]] – [[LOC:Bissendorf]]
[[P:Theo Vahrenkamp]] ([[LOC:Bramsche]])
[[P:Dilan Aktaş]] ([[LOC:Osnabrück-Wüste]])

Engagementbereiche: Tafel, Hospizdienst, Sportverein, Lesepatenschaften, Flüchtlingshilfe.
Verleihung durch Bürgermeisterin [[P:Katharina Pötter-Blum]] am 24.03.2026 im Friedenssaal.
""",
    keep=[
        "Karteninhaber/in – Wohnort",
        "Freiwilligen-Agentur",
        "Tafel, Hospizdienst, Sportverein, Lesepatenschaften, Flüchtlingshilfe",
        "im Friedenssaal",
    ],
)

# 19 -- four-column label/value grid of a youth-welfare data sheet
W19 = [17, 30, 18, 30]
pii(
    "two_column",
    "Stadt Chemnitz – Amt für Jugend und Familie – Allgemeiner Sozialer Dienst\n"
    + "Datenblatt zum Hilfeplan (§ 36 SGB VIII) – Fortschreibung 03/2026\n\n"
    + pipe_rows(
        W19,
        ("Az.", "[[AZ:JA 51.2-HzE-2026-0334]]", "Zuständigkeit", "ASD Team Nord"),
        ("Name", "[[P:Hoffmann]]", "Vorname", "[[P:Kevin]]"),
        ("Geb.-Datum", "[[DOB:04.06.2013]]", "Geb.-Ort", "[[LOC:Zwickau]]"),
        ("Straße", "[[STR:Sonnenstr. 27]]", "PLZ/Ort", "[[LOC:09130 Chemnitz]]"),
        ("Schule", "Oberschule am Hartmannplatz", "Klasse", "7b"),
        ("Sorgeberechtigt", "Mutter", "Name", "[[P:Hoffmann, Jacqueline]]"),
        ("Telefon Mutter", "[[TEL:0157 71029934]]", "E-Mail", "[[MAIL:jacky.hoffmann@web.de]]"),
        ("Vater", "[[P:Sidorenko, Oleg]]", "Aufenthalt", "[[LOC:Plauen]]"),
        (
            "Geschwister",
            "[[P:Chantal]] ([[DOB:2009]]), [[P:Mia]] ([[DOB:2016]])",
            "im Haushalt",
            "ja",
        ),
        ("Hilfeart", "SPFH, 6 Std./Woche", "Träger", "Kinder- und Jugendhilfe Sachsen gGmbH"),
        ("Fachkraft Träger", "[[P:Franziska Uhlig]]", "Telefon", "[[TEL:0176 20398841]]"),
        ("Fachkraft ASD", "[[P:Mandy Rößler]]", "Telefon", "0371 488-5151 (Team)"),
    )
    + "\n",
    keep=[
        "Datenblatt zum Hilfeplan (§ 36 SGB VIII)",
        "ASD Team Nord",
        "Oberschule am Hartmannplatz",
        "Kinder- und Jugendhilfe Sachsen gGmbH",
        "0371 488-5151 (Team)",
    ],
)

# 20 -- Kita group list: two columns aligned with spaces
pii(
    "two_column",
    """
Kita Pusteblume (Stadt Regensburg, Träger: Amt für Tagesbetreuung) – Gruppe Sonnenblumen
Abholberechtigte Personen – Aushang nur im Personalraum!

Kind                          abholberechtigt (außer Eltern)
[[P:Emilia Rauscher]]               [[P:Monika Rauscher]] (Oma), [[TEL:0941 2984471]]
[[P:Ömer Faruk Bayram]]             [[P:Zeynep Bayram]] (Tante), [[TEL:0176 51209837]]
[[P:Ivana Horvat]]                  [[P:Marko Horvat]] (Bruder, 17 J.)
[[P:Leonhard Zeitler]]              Kinderfrau [[P:Agnieszka Bartoszewicz]], [[TEL:0151 70331468]]
[[P:Amani Tesfay]]                  Nachbarin Frau [[P:Gruber]] ([[STR:Prüfeninger Str. 58]])
[[P:Paul Nguyen-Weber]]             [[P:Thu Nguyen]] (Oma), [[P:Rainer Weber]] (Opa)
[[P:Sophia Lindinger]]              niemand – nur Eltern!
[[P:Elias Konstantinidis]]          [[P:Dimitrios Konstantinidis]] (Onkel), [[TEL:0160 99340172]]

Gruppenleitung: [[P:Tanja Reif]] · Kita-Telefon 0941 507-1470
""",
    keep=[
        "Abholberechtigte Personen – Aushang nur im Personalraum!",
        "abholberechtigt (außer Eltern)",
        "niemand – nur Eltern!",
        "Kita-Telefon 0941 507-1470",
    ],
)

# 21 -- label/value printout of a residents' parking application with check boxes
pii(
    "two_column",
    """
Stadt Leipzig – Verkehrs- und Tiefbauamt – Bewohnerparken Zone Südvorstadt (Z 12)
Antrag auf Bewohnerparkausweis – Ausdruck aus dem Fachverfahren

Vorgangsnummer            [[AZ:BP-Z12-2026-004417]]
Antragsart                [x] Erstantrag   [ ] Verlängerung   [ ] Zweitfahrzeug
Name, Vorname             [[P:Lehmann-Avcı, Sibel]]
Geburtsdatum              [[DOB:16.10.1990]]
Hauptwohnung seit         01.02.2026
Straße, Hausnummer        [[STR:Kochstr. 88, Hinterhaus]]
PLZ, Ort                  [[LOC:04275 Leipzig]]
Kennzeichen               [[KFZ:L-SA 1016]]
Halter/in                 [[P:Avcı, Burak]] (Ehemann, Nutzung überwiegend durch Antragstellerin)
Zulassungsbescheinigung   liegt vor (Kopie)
Gebühr                    30,70 € – bezahlt per Kartenzahlung
Zustellung                per E-Mail an [[MAIL:sibel.lehmann@posteo.de]]
Bearbeitet                [[P:Ronny Fiedler]], 09.03.2026
""",
    keep=[
        "Antrag auf Bewohnerparkausweis – Ausdruck aus dem Fachverfahren",
        "[ ] Verlängerung",
        "Bewohnerparken Zone Südvorstadt (Z 12)",
        "Zulassungsbescheinigung   liegt vor (Kopie)",
        "30,70 € – bezahlt per Kartenzahlung",
    ],
)

# 22 -- playground sponsors: two-column semicolon list with quoted cells
pii(
    "two_column",
    """
Wissenschaftsstadt Darmstadt – Grünflächenamt – Spielplatzpatenschaften 2026
"Spielplatz";"Pate/Patin (Kontakt)"
"Spielplatz Herrngarten West";"[[P:Ursula Kreiling]], [[TEL:06151 718342]]"
"Waldspielplatz Ludwigshöhe";"[[P:Farhad Rahimi]] und [[P:Shirin Rahimi]], [[MAIL:rahimi.familie@t-online.de]]"
"Spielplatz Orangerie";"Elternbeirat Kita Bessungen (Kontakt: [[P:Jan-Philipp Heß]])"
"Abenteuerspielplatz Kranichstein";"Verein Kinderhaus e.V., info@kinderhaus-da.example"
"Spielplatz Am Erlenberg";"[[P:Teodora Iliescu]], [[STR:Am Erlenberg 12]], [[TEL:0176 23309815]]"
"Spielplatz Marienplatz";"[[P:Hans Gerber]] (Rentner, [[STR:Heinheimer Str. 30]])"
"Wasserspielplatz Woog";"[[P:Kateryna Moroz]] / [[P:Oleksii Moroz]], [[TEL:0157 84420136]]"
# Meldungen über Schäden bitte an spielplatz@darmstadt.example (Ticket), nicht an die Paten.
""",
    keep=[
        '"Spielplatz";"Pate/Patin (Kontakt)"',
        "Verein Kinderhaus e.V., info@kinderhaus-da.example",
        "Elternbeirat Kita Bessungen",
        "spielplatz@darmstadt.example",
    ],
)

# 23 -- housing inspection: flat / tenant list and a private owner
pii(
    "two_column",
    """
Stadt Duisburg – Amt für Soziales und Wohnen – Wohnungsaufsicht
Ortsbesichtigung [[STR:Weseler Str. 214]], [[LOC:Duisburg-Marxloh]], am 05.03.2026 – Anlage 1: Belegung
Eigentümer: [[P:Viktor Hristov]], [[STR:Kaiser-Wilhelm-Str. 3]], [[LOC:47169 Duisburg]], [[TEL:0176 34820917]]
Verwaltung: keine (Eigentümer selbst)

Whg.            | Mieter/in
----------------|---------------------------------------------
EG links        | [[P:Dinu, Marian]] + 3 Kinder
EG rechts       | Leerstand (Wasserschaden)
1. OG links     | [[P:Radu, Elena]], [[P:Radu, Constantin]]
1. OG rechts    | [[P:Stoica, Florentina]] (Mietvertrag fehlt)
2. OG links     | [[P:Yıldırım, Hasan]]
2. OG rechts    | unbekannt, Klingel „[[P:Petrov]]“
DG              | [[P:Mihai Ciobanu]] und [[P:Gabriela Ciobanu]], Tel. [[TEL:0157 33481902]]

Feststellungen: Schimmel in 1. OG links, Elektrik EG gefährlich; Ordnungsverfügung nach WAG NRW vorbereiten.
Teilnehmer: [[P:Sven Kruse]] (Wohnungsaufsicht), [[P:Aylin Bozkurt]] (Bauaufsicht), Polizei PK Hamborn.
""",
    keep=[
        "Whg.            | Mieter/in",
        "Leerstand (Wasserschaden)",
        "Verwaltung: keine (Eigentümer selbst)",
        "Ordnungsverfügung nach WAG NRW vorbereiten",
        "Polizei PK Hamborn",
    ],
)

# ----- box-drawing and grid tables -----------------------------------------------------------

# 24 -- appointments of the foreigners' authority, box drawing with a double header rule
pii(
    "box_grid",
    "Bundesstadt Bonn – Ausländerbehörde – Terminliste Team 3 (Aufenthaltstitel), Di 17.03.2026\n"
    + box(
        [
            ("Zeit", "Name, Vorname", "Geb.", "Staatsang.", "Dokument", "Anliegen", "SB"),
            (
                "08:00",
                "[[P:Mansour, Rania]]",
                "[[DOB:02.04.1991]]",
                "syrisch",
                "eAT [[ID:" + ausweis("Y9FKH2R71") + "]]",
                "Verlängerung § 25 Abs. 2",
                "[[P:Pütz]]",
            ),
            (
                "08:20",
                "[[P:Tekle, Yonas]]",
                "[[DOB:1999-01-01]]",
                "eritreisch",
                "Reiseausw. [[PASS:R0448120]]",
                "Niederlassungserlaubnis",
                "[[P:Pütz]]",
            ),
            (
                "08:40",
                "[[P:Bondarenko, Viktoriia]]",
                "[[DOB:13.12.1987]]",
                "ukrainisch",
                "Pass [[PASS:FU702314]]",
                "§ 24 – Übertrag in eAT",
                "[[P:Engels]]",
            ),
            (
                "09:00",
                "[[P:Obi, Chukwuemeka]]",
                "[[DOB:28.07.1995]]",
                "nigerianisch",
                "Pass [[PASS:B50183927]]",
                "Blaue Karte EU, neuer AG",
                "[[P:Engels]]",
            ),
            (
                "09:20",
                "[[P:Trinh, Quang Huy]]",
                "[[DOB:06.05.2001]]",
                "vietnamesisch",
                "Pass [[PASS:C8817204]]",
                "Studium → Beschäftigung",
                "[[P:Pütz]]",
            ),
            (
                "09:40",
                "[[P:Kuznetsov, Artem]]",
                "[[DOB:19.02.1984]]",
                "russisch",
                "Pass [[PASS:75 3412987]]",
                "Familiennachzug Ehefrau",
                "[[P:Engels]]",
            ),
        ],
        head_chars=BOX_HEAD,
    )
    + "\nDolmetsch für 08:20 (Tigrinya) über Sprachmittlerpool bestellt. Wartemarken am Infopoint Stadthaus, Berliner Platz 2.\n",
    keep=[
        "Terminliste Team 3 (Aufenthaltstitel)",
        "Blaue Karte EU, neuer AG",
        "Sprachmittlerpool",
        "Stadthaus, Berliner Platz 2",
        "Niederlassungserlaubnis",
    ],
)

# 25 -- arbitration office: box drawing with cells over several lines
pii(
    "box_grid",
    "Schiedsamt Bezirk Mannheim-Neckarau – Übersicht Schlichtungsverfahren 1. Quartal 2026\n"
    + "(Meldung an das Amtsgericht Mannheim, Dienstaufsicht)\n"
    + box(
        [
            ("Reg.-Nr.", "Antragsteller/in", "Antragsgegner/in", "Gegenstand", "Ergebnis"),
            (
                "[[AZ:SchA 01/2026]]",
                "[[P:Günter Hafner]]\n[[STR:Rheingoldstr. 41]]\n[[LOC:68199 Mannheim]]",
                "[[P:Emine Kılıç]]\n[[STR:Rheingoldstr. 43]]\n[[LOC:68199 Mannheim]]",
                "Hecke an der Grenze,\nÜberhang",
                "Vergleich\n12.02.2026",
            ),
            (
                "[[AZ:SchA 02/2026]]",
                "[[P:Dragana Jovanović]]\n[[STR:Friedrichstr. 12]]\n[[LOC:68199 Mannheim]]",
                "[[P:Florian Meckler]]\n[[STR:Neckarauer Str. 90]]\n[[LOC:68199 Mannheim]]",
                "Beleidigung\n(Privatklagedelikt)",
                "erfolglos,\nBescheinigung erteilt",
            ),
            (
                "[[AZ:SchA 03/2026]]",
                "Eheleute [[P:Roth]]\n[[STR:Casterfeldstr. 5]]\n[[LOC:68199 Mannheim]]",
                "[[P:Kevin Adamczyk]]\n(Anschrift über\nMeldeauskunft)",
                "Lärm, Hund",
                "Termin\n02.04.2026",
            ),
        ],
        every_row=True,
    )
    + "\nSchiedsperson: [[P:Ingeborg Walther-Renz]], Sprechstunde Mi 17–18 Uhr im Bürgerhaus Neckarau, Tel. [[TEL:0621 8419267]]\n",
    keep=[
        "Übersicht Schlichtungsverfahren 1. Quartal 2026",
        "(Meldung an das Amtsgericht Mannheim, Dienstaufsicht)",
        "Beleidigung",
        "(Privatklagedelikt)",
        "im Bürgerhaus Neckarau",
    ],
)

# 26 -- registry office: double-line box from an older program
pii(
    "box_grid",
    "STANDESAMT KAISERSLAUTERN – BEURKUNDUNGEN VATERSCHAFTSANERKENNUNG / SORGEERKLÄRUNG – KW 12\n"
    + box(
        [
            ("TERMIN", "KIND", "MUTTER", "ANERKENNENDER VATER", "ART", "URK.-REG."),
            (
                "16.03. 09:00",
                "[[P:LUCA MATTEO]], geb. [[DOB:01.03.2026]]",
                "[[P:GIULIA ROMANO]]",
                "[[P:DENNIS FAUST]]",
                "VA + SE",
                "[[AZ:UR 118/2026]]",
            ),
            (
                "16.03. 10:00",
                "ungeboren (ET 05/2026)",
                "[[P:ALINA POPA]]",
                "[[P:SEBASTIAN KLEIN]]",
                "VA",
                "[[AZ:UR 119/2026]]",
            ),
            (
                "18.03. 11:00",
                "[[P:MARIE]], geb. [[DOB:27.01.2026]]",
                "[[P:SARAH LEHNERT]]",
                "[[P:AHMED EL-SAYED]]",
                "VA + SE",
                "[[AZ:UR 121/2026]]",
            ),
            (
                "19.03. 09:30",
                "[[P:TIMUR]], geb. [[DOB:14.02.2026]]",
                "[[P:MADINA UMAROVA]]",
                "[[P:RUSLAN DUDAEV]]",
                "VA",
                "[[AZ:UR 124/2026]]",
            ),
        ],
        chars=BOX_DOUBLE,
    )
    + "\nVA = VATERSCHAFTSANERKENNUNG, SE = SORGEERKLÄRUNG. DOLMETSCH TSCHETSCHENISCH 19.03.: FRAU [[P:ZAREMA ISAEVA]]\n"
    + "URKUNDSPERSON: [[P:B. HENNINGER]]\n",
    keep=[
        "BEURKUNDUNGEN VATERSCHAFTSANERKENNUNG / SORGEERKLÄRUNG",
        "ungeboren (ET 05/2026)",
        "VA = VATERSCHAFTSANERKENNUNG, SE = SORGEERKLÄRUNG",
        "ANERKENNENDER VATER",
    ],
)

# 27 -- language mentors: reStructuredText grid table from the internal wiki
pii(
    "box_grid",
    """
Integrationsbüro Freiburg – Sprachpatenschaften (Wiki-Seite „Sprachpaten/Zuordnung“, Stand 02/2026)
=====================================================================================================

"""
    + grid(
        [
            ("Pate/Patin", "Kontakt", "Sprachen", "Familie / Person", "Stadtteil"),
            (
                "[[P:Ulrike Bächle]]",
                "[[TEL:0761 4587720]]",
                "DE, FR",
                "[[P:Haidari]] (4 P.)",
                "[[LOC:Weingarten]]",
            ),
            (
                "[[P:Murat Şimşek]]",
                "[[MAIL:murat.simsek@posteo.de]]",
                "DE, TR, KU",
                "[[P:Xoşnav]] und\n[[P:Berivan Zana]]",
                "[[LOC:Haslach]]",
            ),
            (
                "[[P:Claudia Ferreira]]",
                "[[TEL:0176 88201934]]",
                "DE, PT, ES",
                "[[P:Ana Lúcia Costa]]",
                "[[LOC:Landwasser]]",
            ),
            (
                "[[P:Gebhard Riesterer]]",
                "[[TEL:0761 492201]]",
                "DE",
                "[[P:Tsegay]] (Vater)\nund [[P:Meron]] (Sohn)",
                "[[LOC:Brühl-Beurbarung]]",
            ),
            (
                "[[P:Halyna Koval]]",
                "[[MAIL:h.koval@gmx.de]]",
                "DE, UK, RU",
                "Fam. [[P:Savchuk]]",
                "[[LOC:Zähringen]]",
            ),
        ]
    )
    + """

Koordination: [[P:Lea Trenkle]] (Integrationsbüro), Sprechzeit Do 14–16 Uhr, Rathaus im Stühlinger, Fehrenbachallee 12.
""",
    keep=[
        "Sprachpatenschaften (Wiki-Seite „Sprachpaten/Zuordnung“, Stand 02/2026)",
        "Rathaus im Stühlinger, Fehrenbachallee 12",
        "DE, TR, KU",
        "Integrationsbüro Freiburg",
    ],
)

# 28 -- music school direct debits: reStructuredText grid with IBANs
pii(
    "box_grid",
    """
Städtische Musikschule Heilbronn – SEPA-Lastschriften Neuanmeldungen Sommersemester 2026
"""
    + grid(
        [
            ("Schüler/in", "Jg.", "Fach", "Zahlungspflichtige/r", "IBAN", "Mandat"),
            (
                "[[P:Mia Schäuble]]",
                "[[DOB:2016]]",
                "Violine",
                "[[P:Andreas Schäuble]]",
                "[[IBAN:" + iban("DE", "62620500" + "0000447120") + "]]",
                "[[AZ:MS-26-0411]]",
            ),
            (
                "[[P:Deniz Kurt]]",
                "[[DOB:2012]]",
                "E-Gitarre",
                "[[P:Leyla Kurt]]",
                "[[IBAN:" + iban("DE", "62600501" + "0007390221") + "]]",
                "[[AZ:MS-26-0412]]",
            ),
            (
                "[[P:Anastasia Rehm]]",
                "[[DOB:2018]]",
                "Musikalische\nFrüherziehung",
                "[[P:Natalia Rehm]]",
                "[[IBAN:" + iban("DE", "62620500" + "0012093371") + "]]",
                "[[AZ:MS-26-0415]]",
            ),
            (
                "[[P:Gabriel Santos]]",
                "[[DOB:2010]]",
                "Schlagzeug",
                "[[P:Rui Santos]]",
                "[[IBAN:" + iban("DE", "62604910" + "0440178002") + "]]",
                "[[AZ:MS-26-0419]]",
            ),
            (
                "[[P:Hannelore Frey]]",
                "[[DOB:1958]]",
                "Klavier\n(Erwachsene)",
                "selbst",
                "[[IBAN:" + iban("DE", "62620500" + "0000911873") + "]]",
                "[[AZ:MS-26-0420]]",
            ),
        ]
    )
    + "\nGläubiger-ID der Stadt Heilbronn: DE83ZZZ00000012345 · Einzug jeweils zum 15. · Verwaltung: [[P:Sonja Lämmle]]\n",
    keep=[
        "SEPA-Lastschriften Neuanmeldungen Sommersemester 2026",
        "Gläubiger-ID der Stadt Heilbronn: DE83ZZZ00000012345",
        "Zahlungspflichtige/r",
        "Musikalische",
        "Einzug jeweils zum 15.",
    ],
)

# 29 -- landlord confirmations: box drawing pasted into a mail, right edge lost
_t29 = box(
    [
        (
            "Meldepflichtige/r",
            "Einzug",
            "Wohnung",
            "Wohnungsgeber/in",
            "Anschrift Wohnungsgeber/in",
        ),
        (
            "[[P:Ferrari, Matteo]]",
            "01.02.2026",
            "[[STR:Lortzingstr. 7, 1. OG]]",
            "[[P:Renate Albus]]",
            "[[STR:Bergstr. 2]], [[LOC:66113 Saarbrücken]]",
        ),
        (
            "[[P:Nikolova, Desislava]]",
            "15.02.2026",
            "[[STR:Mainzer Str. 160]]",
            "Hausverwaltung Saar-Immo GmbH",
            "Dudweilerstr. 1, 66111 Saarbrücken",
        ),
        (
            "[[P:Benali, Youssef]]",
            "01.03.2026",
            "[[STR:Sulzbachstr. 44]]",
            "[[P:Paul Kiefer]]",
            "[[STR:Rue de la Gare 9]], [[LOC:57200 Sarreguemines]]",
        ),
        (
            "[[P:Schwarz, Tamara]]",
            "01.03.2026",
            "[[STR:Am Staden 3]]",
            "[[P:Tamara Schwarz]] (Eigentümerin)",
            "–",
        ),
    ],
    head_chars=BOX_HEAD,
)
_t29 = "\n".join(
    line.rstrip("│┐┤┘").rstrip() if i % 3 else line for i, line in enumerate(_t29.split("\n"))
)
pii(
    "box_grid",
    "Von: [[P:Jürgen Maas]] <[[MAIL:j.maas@saarbruecken.de]]>\n"
    + "An: buergeramt-melde@saarbruecken.de\n"
    + "Betreff: Wohnungsgeberbestätigungen – Prüffälle 03/2026\n\n"
    + "Hallo zusammen,\n\nanbei die Prüffälle aus dem Bürgeramt (Tabelle aus dem Fachverfahren kopiert):\n\n"
    + _t29
    + "\n\nFall [[P:Benali]]: Vermieter wohnt in Frankreich, Bestätigung nur auf Französisch – bitte Übersetzung anfordern.\n"
    + "Fall [[P:Schwarz]]: Eigentümerin = Meldepflichtige, Bestätigung entbehrlich.\n\nGruß\nJ. [[P:Maas]]\n",
    keep=[
        "buergeramt-melde@saarbruecken.de",
        "Wohnungsgeberbestätigungen – Prüffälle 03/2026",
        "Hausverwaltung Saar-Immo GmbH",
        "Dudweilerstr. 1, 66111 Saarbrücken",
        "Eigentümerin = Meldepflichtige, Bestätigung entbehrlich",
    ],
)

# ----- HTML table source from web-form exports -----------------------------------------------

# 30 -- holiday camp registrations: HTML export with entities and IP column
pii(
    "html_table",
    """
<!-- Export Formularserver, Formular "Anmeldung Ferienfreizeit Borkum 2026" (Jugendamt, Abt. Jugendarbeit), Auszug 4 von 23 -->
<table class="export" border="1" cellpadding="2">
<thead>
<tr><th>Eingang</th><th>Kind Nachname</th><th>Kind Vorname</th><th>Geburtsdatum</th><th>Erziehungsberechtigte/r</th><th>Stra&szlig;e</th><th>PLZ</th><th>Ort</th><th>E-Mail</th><th>IP</th></tr>
</thead>
<tbody>
<tr><td>2026-02-03 19:42</td><td>[[P:M&uuml;ller-Dahm]]</td><td>[[P:Jonte]]</td><td>[[DOB:2014-05-19]]</td><td>[[P:Silke M&uuml;ller-Dahm]]</td><td>[[STR:Paulinstra&szlig;e 44]]</td><td>[[LOC:54292]]</td><td>[[LOC:Trier]]</td><td>[[MAIL:silke.mueller-dahm@web.de]]</td><td>[[IP:84.158.32.201]]</td></tr>
<tr><td>2026-02-04 07:15</td><td>[[P:&Ouml;zkan]]</td><td>[[P:Elif Nur]]</td><td>[[DOB:2013-11-02]]</td><td>[[P:Serpil &Ouml;zkan]]</td><td>[[STR:Ehranger Str. 201]]</td><td>[[LOC:54293]]</td><td>[[LOC:Trier]]</td><td>[[MAIL:serpil.oezkan@gmx.de]]</td><td>[[IP:2a02:908:1a3:e880:9d4c:71ff:fe20:1b3]]</td></tr>
<tr><td>2026-02-05 21:03</td><td>[[P:Petrenko]]</td><td>[[P:Taras]]</td><td>[[DOB:2012-08-30]]</td><td>[[P:Liudmyla Petrenko]] (Gastfamilie: [[P:Hans Thiel]])</td><td>[[STR:Am Bach 3]]</td><td>[[LOC:54338]]</td><td>[[LOC:Schweich]]</td><td>[[MAIL:thiel.hans@t-online.de]]</td><td>[[IP:93.207.140.66]]</td></tr>
<tr><td>2026-02-06 12:30</td><td>[[P:Adjei]]</td><td>[[P:Esther]]</td><td>[[DOB:2015-01-14]]</td><td>[[P:Kofi Adjei]]</td><td>[[STR:Saarstr. 12a]]</td><td>[[LOC:54290]]</td><td>[[LOC:Trier]]</td><td>&nbsp;</td><td>10.20.1.17 (Papierformular, erfasst im Amt)</td></tr>
</tbody>
</table>
<p>Freizeit 27.07.&ndash;07.08.2026, Jugendherberge Borkum, Teilnahmebeitrag 390 &euro; (erm&auml;&szlig;igt 120 &euro;). Kontakt: jugendarbeit@trier.example</p>
""",
    keep=[
        "Anmeldung Ferienfreizeit Borkum 2026",
        "<th>Erziehungsberechtigte/r</th>",
        "10.20.1.17 (Papierformular, erfasst im Amt)",
        "Jugendherberge Borkum",
        "jugendarbeit@trier.example",
    ],
)

# 31 -- online appointment bookings: HTML table of the booking tool
pii(
    "html_table",
    """
<html><head><meta charset="utf-8"><title>Termin&uuml;bersicht B&uuml;rgerb&uuml;ro Mitte 2026-03-19</title></head>
<body>
<h2>Landeshauptstadt Magdeburg &ndash; B&uuml;rgerb&uuml;ro Mitte &ndash; gebuchte Termine Do 19.03.2026 (Schalter 1&ndash;3)</h2>
<table id="bookings">
  <tr class="head"><td>Zeit</td><td>Dienstleistung</td><td>Kunde</td><td>E-Mail</td><td>Telefon</td><td>Buchungs-Nr.</td><td>Client-IP</td></tr>
  <tr><td>08:00</td><td>Personalausweis beantragen</td><td>[[P:Kathleen Zimmermann]]</td><td>[[MAIL:k.zimmermann@freenet.de]]</td><td>[[TEL:0391 5437718]]</td><td>[[AZ:MD-BB1-26-031904]]</td><td>[[IP:109.42.113.7]]</td></tr>
  <tr><td>08:15</td><td>Anmeldung Wohnsitz</td><td>[[P:Ahmad Al-Hussein]] (+ 3 Pers.)</td><td>[[MAIL:ahmad.alhussein@gmail.com]]</td><td>[[TEL:0176 43302189]]</td><td>[[AZ:MD-BB1-26-031911]]</td><td>[[IP:176.4.88.239]]</td></tr>
  <tr><td>08:30</td><td>F&uuml;hrungszeugnis</td><td>[[P:Rainer Bode]]</td><td>&ndash;</td><td>[[TEL:0391 7220415]]</td><td>[[AZ:MD-BB1-26-031915]]</td><td>telefonisch gebucht (Call-Center 115)</td></tr>
  <tr><td>08:45</td><td>Reisepass Abholung</td><td>[[P:Lan Anh Phùng]]</td><td>[[MAIL:lananh.phung@web.de]]</td><td>&ndash;</td><td>[[AZ:MD-BB1-26-031920]]</td><td>[[IP:2003:e5:af0e:1200:5d1:3b2a:9f7c:80e1]]</td></tr>
  <tr><td>09:00</td><td>Meldebescheinigung</td><td>[[P:Oksana Hrytsenko]] f&uuml;r Mutter [[P:Halyna Hrytsenko]]</td><td>[[MAIL:oksana.hr@ukr.net]]</td><td>[[TEL:0157 71820364]]</td><td>[[AZ:MD-BB1-26-031922]]</td><td>[[IP:37.201.6.143]]</td></tr>
</table>
<p class="foot">Erzeugt durch TEVIS 7.4 &middot; Server 10.10.40.12 &middot; nicht erschienene Kunden bitte im System markieren.</p>
</body></html>
""",
    keep=[
        "<td>Personalausweis beantragen</td>",
        "telefonisch gebucht (Call-Center 115)",
        "Server 10.10.40.12",
        "<td>Buchungs-Nr.</td>",
        "nicht erschienene Kunden bitte im System markieren",
    ],
)

# 32 -- naturalisation applications with family members: rowspan/colspan
pii(
    "html_table",
    """
<table border="1" summary="Einbürgerungsanträge mit Miteinbürgerung">
<caption>Stadt Nürnberg &ndash; Einwohneramt, Staatsangehörigkeitsstelle &ndash; Anträge mit miteinzubürgernden Familienangehörigen (Eingang Februar 2026)</caption>
<tr><th>Az.</th><th>Rolle</th><th>Name</th><th>geb.</th><th>Geburtsort</th><th>Staatsang.</th><th>Pass</th></tr>
<tr><td rowspan="3">[[AZ:EA-StA 2026/0213]]</td><td>Antragsteller</td><td>[[P:Sheikho, Dilovan]]</td><td>[[DOB:12.06.1985]]</td><td>[[LOC:Qamischli]]</td><td>syrisch</td><td>[[PASS:N011937402]]</td></tr>
<tr><td>Ehefrau</td><td>[[P:Sheikho, Rojda]]</td><td>[[DOB:03.01.1990]]</td><td>[[LOC:Amuda]]</td><td>syrisch</td><td>[[PASS:N014402887]]</td></tr>
<tr><td>Kind</td><td>[[P:Sheikho, Alan]]</td><td>[[DOB:22.09.2016]]</td><td>[[LOC:Schwabach]]</td><td>syrisch</td><td>&ndash;</td></tr>
<tr><td rowspan="2">[[AZ:EA-StA 2026/0221]]</td><td>Antragstellerin</td><td>[[P:Todorova, Mariya]]</td><td>[[DOB:30.11.1979]]</td><td>[[LOC:Plowdiw]]</td><td>bulgarisch</td><td>[[PASS:386412270]]</td></tr>
<tr><td>Kind</td><td>[[P:Todorov, Viktor]]</td><td>[[DOB:14.07.2010]]</td><td>[[LOC:Fürth]]</td><td>bulgarisch</td><td>[[PASS:386412271]]</td></tr>
<tr><td>[[AZ:EA-StA 2026/0230]]</td><td>Antragsteller</td><td>[[P:Ferreira da Silva, João]]</td><td>[[DOB:08.03.1993]]</td><td>[[LOC:Braga]]</td><td>portugiesisch</td><td>[[PASS:CB417730]]</td></tr>
<tr><td colspan="7">Hinweis: Az. 0221 &ndash; Kind lebt zeitweise beim Vater [[P:Todor Todorov]] in [[LOC:Sofia]]; Zustimmung des Vaters liegt vor.</td></tr>
</table>
""",
    keep=[
        "Staatsangehörigkeitsstelle",
        "<th>Geburtsort</th>",
        "<td>Antragstellerin</td>",
        "Zustimmung des Vaters liegt vor",
    ],
)

# 33 -- outdoor dining permits: sole traders with HRA and tax numbers
pii(
    "html_table",
    """
<div class="fv-export">
<p><b>Stadt Würzburg &ndash; Fachabteilung Straßenverkehr/Sondernutzungen</b><br>
Anträge Freischankflächen Saison 2026 &ndash; Export aus dem Online-Antrag (Felder gekürzt)</p>
<table>
<tr><th>Antrag</th><th>Betrieb</th><th>Lage</th><th>m&sup2;</th><th>Inhaber/in bzw. GF</th><th>Register</th><th>Steuernr.</th><th>Wohnanschrift Inhaber/in</th></tr>
<tr><td>[[AZ:SN-FS-2026-041]]</td><td>Caf&eacute; [[P:Valentina]]</td><td>Marktplatz 7</td><td>24</td><td>[[P:Valentina Russo]]</td><td>[[HR:HRA 9104]] AG W&uuml;rzburg</td><td>[[TAX:257/214/60718]]</td><td>[[STR:Sanderstra&szlig;e 19]], [[LOC:97070 W&uuml;rzburg]]</td></tr>
<tr><td>[[AZ:SN-FS-2026-044]]</td><td>D&ouml;ner Haus [[P:Karaca]]</td><td>Juliuspromenade 12</td><td>12</td><td>[[P:Ercan Karaca]]</td><td>&ndash;</td><td>[[TAX:257/233/51904]]</td><td>[[STR:Frankfurter Str. 88]], [[LOC:97082 W&uuml;rzburg]]</td></tr>
<tr><td>SN-FS-2026-047</td><td>Weinstube am Dom GmbH</td><td>Domstra&szlig;e 40</td><td>36</td><td>GF: Dr. [[P:Matthias Greiner]]</td><td>HRB 13318 AG W&uuml;rzburg</td><td>&ndash;</td><td>&ndash;</td></tr>
<tr><td>[[AZ:SN-FS-2026-052]]</td><td>Pho Saigon [[P:Tran]]</td><td>Kaiserstra&szlig;e 3</td><td>10</td><td>[[P:Tran Thi Mai]]</td><td>[[HR:HRA 9377]] AG W&uuml;rzburg</td><td>[[TAX:257/240/77013]]</td><td>[[STR:Mainaustr. 21]], [[LOC:97082 W&uuml;rzburg]]</td></tr>
</table>
<p>Antrag SN-FS-2026-047 (GmbH) ohne Personenbezug weitergeleitet. Ansprechpartnerin Antr&auml;ge: [[P:Claudia Hornung]], [[MAIL:claudia.hornung@stadt.wuerzburg.example]]</p>
</div>
""",
    keep=[
        "Anträge Freischankflächen Saison 2026",
        "Weinstube am Dom GmbH",
        "HRB 13318 AG W&uuml;rzburg",
        "<td>Juliuspromenade 12</td>",
        "Antrag SN-FS-2026-047 (GmbH) ohne Personenbezug weitergeleitet",
    ],
)

# ----- JSON and XML exports ------------------------------------------------------------------

# 34 -- online pre-registration: JSON with German keys, address split into fields
pii(
    "json_xml",
    fill(
        """
{
  "export": "eAnmeldung",
  "behoerdenschluessel": "12054000",
  "erstellt": "2026-03-12T08:15:02+01:00",
  "vorgaenge": [
    {
      "vorgangsnummer": "[[AZ:PDM-EA-2026-004417]]",
      "einzugsdatum": "2026-03-01",
      "wohnung": {
        "strasse": "[[STR:Zeppelinstraße]]",
        "hausnummer": "[[STR:47]]",
        "zusatz": "[[STR:3. OG rechts]]",
        "plz": "[[LOC:14471]]",
        "ort": "[[LOC:Potsdam]]"
      },
      "personen": [
        {
          "rolle": "meldepflichtig",
          "nachname": "[[P:Wiśniewska]]",
          "geburtsname": "[[P:Zając]]",
          "vorname": "[[P:Karolina]]",
          "geburtsdatum": "[[DOB:1992-04-17]]",
          "geburtsort": "[[LOC:Łódź]]",
          "staatsangehoerigkeit": "polnisch",
          "ausweis": { "art": "Personalausweis PL", "nummer": "[[PASS:CAX418227]]" }
        },
        {
          "rolle": "Kind",
          "nachname": "[[P:Wiśniewski]]",
          "vorname": "[[P:Oskar]]",
          "geburtsdatum": "[[DOB:2019-10-05]]",
          "geburtsort": "[[LOC:Berlin]]",
          "staatsangehoerigkeit": "polnisch, deutsch"
        }
      ],
      "bisherige_wohnung": { "strasse": "[[STR:Kiefholzstr. 290]]", "plz": "[[LOC:12437]]", "ort": "[[LOC:Berlin-Treptow]]" },
      "wohnungsgeber": { "name": "[[P:Detlef Kranich]]", "anschrift": "[[STR:Am Neuen Garten 7]], [[LOC:14469 Potsdam]]" },
      "kontakt": { "email": "[[MAIL:karolina.wisniewska@o2mail.de]]", "telefon": "[[TEL:+49 160 91837420]]" }
    },
    {
      "vorgangsnummer": "[[AZ:PDM-EA-2026-004432]]",
      "einzugsdatum": "2026-03-05",
      "wohnung": {
        "strasse": "[[STR:Breite Straße]]",
        "hausnummer": "[[STR:9a]]",
        "zusatz": null,
        "plz": "[[LOC:14467]]",
        "ort": "[[LOC:Potsdam]]"
      },
      "personen": [
        {
          "rolle": "meldepflichtig",
          "nachname": "[[P:Amanuel]]",
          "vorname": "[[P:Senait Tesfay]]",
          "geburtsdatum": "[[DOB:1997-01-01]]",
          "geburtsort": "[[LOC:Asmara]]",
          "staatsangehoerigkeit": "eritreisch",
          "ausweis": { "art": "eAT", "nummer": "[[ID:«eat»]]" }
        }
      ],
      "bisherige_wohnung": { "strasse": null, "plz": null, "ort": "Erstaufnahme Eisenhüttenstadt" },
      "wohnungsgeber": { "name": "ProPotsdam GmbH", "anschrift": "Pappelallee 4" },
      "kontakt": { "email": null, "telefon": "[[TEL:+49 1577 3029184]]" }
    }
  ]
}
""",
        eat=ausweis("Y2LN7TC49"),
    ),
    keep=[
        '"export": "eAnmeldung"',
        '"behoerdenschluessel": "12054000"',
        "Erstaufnahme Eisenhüttenstadt",
        '"name": "ProPotsdam GmbH"',
        '"anschrift": "Pappelallee 4"',
    ],
)

# 35 -- appointment booking API: JSON with English keys and \u escapes
pii(
    "json_xml",
    """
GET /api/v2/appointments?office=ABH-TEAM2&date=2026-03-24  →  200 OK (gekürzt, für Ticket INC-2026-08813 an den Hersteller)
[
  {
    "bookingId": "[[AZ:ABH2-20260324-0007]]",
    "slot": "2026-03-24T08:30:00+01:00",
    "service": "residence_permit_extension",
    "lastName": "[[P:G\\u00fcnd\\u00fcz]]",
    "firstName": "[[P:Nesrin]]",
    "birthDate": "[[DOB:1986-02-11]]",
    "birthPlace": "[[LOC:Diyarbak\\u0131r]]",
    "nationality": "TR",
    "passportNo": "[[PASS:U23094718]]",
    "email": "[[MAIL:nesrin.gunduz@outlook.de]]",
    "phone": "[[TEL:+4917632208815]]",
    "clientIp": "[[IP:95.90.241.18]]"
  },
  {
    "bookingId": "[[AZ:ABH2-20260324-0011]]",
    "slot": "2026-03-24T09:00:00+01:00",
    "service": "settlement_permit",
    "lastName": "[[P:Nwachukwu]]",
    "firstName": "[[P:Emeka]]",
    "birthDate": "[[DOB:1990-09-27]]",
    "birthPlace": "[[LOC:Onitsha]]",
    "nationality": "NG",
    "passportNo": "[[PASS:A08811734]]",
    "email": "[[MAIL:emeka.nwachukwu@yahoo.com]]",
    "phone": null,
    "clientIp": "[[IP:2a01:c22:b01c:4d00:1c9e:56ff:fe02:7ab]]"
  },
  {
    "bookingId": "[[AZ:ABH2-20260324-0014]]",
    "slot": "2026-03-24T09:30:00+01:00",
    "service": "family_reunification",
    "lastName": "[[P:Ph\\u1ea1m]]",
    "firstName": "[[P:Qu\\u1ed1c B\\u1ea3o]]",
    "birthDate": "[[DOB:1994-12-03]]",
    "birthPlace": "[[LOC:Hanoi]]",
    "nationality": "VN",
    "passportNo": "[[PASS:C6620193]]",
    "email": null,
    "phone": "[[TEL:+49 151 27730461]]",
    "clientIp": "10.44.0.8",
    "note": "Buchung am Schalter durch Kollegin, Ehefrau [[P:Ng\\u00f4 Th\\u1ecb Hoa]] kommt mit"
  }
]
Fehlerbild: Umlaute werden im Terminbrief als \\u-Folgen gedruckt. Gateway: api-gw.intern (10.44.0.1).
""",
    keep=[
        "GET /api/v2/appointments?office=ABH-TEAM2&date=2026-03-24",
        '"service": "residence_permit_extension"',
        '"clientIp": "10.44.0.8"',
        "Gateway: api-gw.intern (10.44.0.1)",
        "INC-2026-08813",
    ],
)

# 36 -- XML message between registration offices (XMeld style)
pii(
    "json_xml",
    """
<?xml version="1.0" encoding="UTF-8"?>
<xmeld:datenuebermittlung.zuzug xmlns:xmeld="http://www.osci.de/xmeld" nachricht="xmeld.1300" erstellt="2026-03-10T06:02:11">
  <absender><behoerde schluessel="16053000">Bürgerservice, Am Anger 15</behoerde></absender>
  <empfaenger><behoerde schluessel="16052000">Meldebehörde (Wegzugsgemeinde)</behoerde></empfaenger>
  <person>
    <familienname>[[P:Hoffmann-Kırmızı]]</familienname>
    <geburtsname>[[P:Hoffmann]]</geburtsname>
    <vornamen>[[P:Anne Katrin]]</vornamen>
    <geburtsdatum>[[DOB:1984-07-29]]</geburtsdatum>
    <geburtsort>[[LOC:Gera]]</geburtsort>
    <familienstand>verheiratet</familienstand>
    <anschrift typ="neu">
      <strasse>[[STR:Camburger Straße]]</strasse><hausnummer>[[STR:62]]</hausnummer>
      <postleitzahl>[[LOC:07743]]</postleitzahl><wohnort>[[LOC:Jena]]</wohnort>
    </anschrift>
    <anschrift typ="bisher">
      <strasse>[[STR:Leipziger Straße]]</strasse><hausnummer>[[STR:140]]</hausnummer>
      <postleitzahl>[[LOC:07545]]</postleitzahl><wohnort>[[LOC:Gera]]</wohnort>
    </anschrift>
    <einzug>2026-03-01</einzug>
  </person>
  <person>
    <familienname>[[P:Kırmızı]]</familienname>
    <vornamen>[[P:Murat Emre]]</vornamen>
    <geburtsdatum>[[DOB:1981-11-15]]</geburtsdatum>
    <geburtsort>[[LOC:Bursa]]</geburtsort>
    <staatsangehoerigkeit schluessel="163">türkisch</staatsangehoerigkeit>
    <ausweis art="eAT">[[ID:«eat»]]</ausweis>
  </person>
  <auskunftssperre>nein</auskunftssperre>
</xmeld:datenuebermittlung.zuzug>
""".replace("«eat»", ausweis("YX4F9NR20")),
    keep=[
        'nachricht="xmeld.1300"',
        "Bürgerservice, Am Anger 15",
        "Meldebehörde (Wegzugsgemeinde)",
        "<auskunftssperre>nein</auskunftssperre>",
        '<staatsangehoerigkeit schluessel="163">',
    ],
)

# 37 -- moving-day no-parking zones: XML export with the plates of the moving vans
pii(
    "json_xml",
    """
<!-- Sondernutzung "Haltverbot für Umzug", Export aus dem Online-Antrag, Stadt Göttingen, Fachdienst Verkehr -->
<antraege stand="2026-03-18">
  <antrag id="[[AZ:HV-2026-0318-02]]">
    <antragsteller>
      <name>[[P:Bergmann]]</name><vorname>[[P:Lena]]</vorname>
      <telefon>[[TEL:0551 49372210]]</telefon><email>[[MAIL:lena.bergmann@stud.uni-goettingen.de]]</email>
    </antragsteller>
    <ort><strasse>[[STR:Weender Landstraße 41]]</strasse><anlass>Auszug</anlass></ort>
    <zeitraum von="2026-03-28T07:00" bis="2026-03-28T18:00"/>
    <fahrzeug kennzeichen="[[KFZ:GÖ-ER 2215]]">Umzugstransporter (Mietwagen, Europcar)</fahrzeug>
  </antrag>
  <antrag id="[[AZ:HV-2026-0318-05]]">
    <antragsteller>
      <name>[[P:Osei]]</name><vorname>[[P:Kwabena]]</vorname>
      <telefon>[[TEL:0176 30498821]]</telefon><email/>
    </antragsteller>
    <ort><strasse>[[STR:Groner Landstraße 9]]</strasse><anlass>Einzug</anlass></ort>
    <zeitraum von="2026-04-01T08:00" bis="2026-04-01T14:00"/>
    <fahrzeug kennzeichen="[[KFZ:NOM-KO 77]]">Privat-Pkw mit Anhänger</fahrzeug>
  </antrag>
  <antrag id="HV-2026-0318-06">
    <antragsteller><firma>Umzüge Leinetal GmbH</firma><telefon>0551 770700</telefon></antragsteller>
    <ort><strasse>[[STR:Kurze Geismarstraße 1]]</strasse><anlass>Umzug Kunde Prof. Dr. [[P:Wolfram Lindenau]] ([[STR:Kurze Geismarstraße 1]], 2. OG)</anlass></ort>
    <zeitraum von="2026-04-03T07:00" bis="2026-04-03T16:00"/>
    <fahrzeug kennzeichen="[[KFZ:GÖ-UL 300]]">Lkw 7,5 t</fahrzeug>
  </antrag>
</antraege>
""",
    keep=[
        "Haltverbot für Umzug",
        "Umzüge Leinetal GmbH",
        "<telefon>0551 770700</telefon>",
        "Umzugstransporter (Mietwagen, Europcar)",
    ],
)

# 38 -- Kita registration portal: JSON Lines, one object per line
pii(
    "json_xml",
    fill(
        """
# kita-portal export 2026-03-20, Format JSONL (ein Datensatz je Zeile), Stadt Oldenburg, Amt für Jugend und Familie
{"antragId": "[[AZ:OL-KITA-26-1187]]", "kind": {"nachname": "[[P:Janssen]]", "vorname": "[[P:Frieda]]", "geburtsdatum": "[[DOB:2024-02-08]]"}, "sorgeberechtigte": [{"name": "[[P:Janssen, Meike]]", "tel": "[[TEL:0441 3809127]]"}, {"name": "[[P:de Vries, Hauke]]", "tel": "[[TEL:0170 4457201]]"}], "anschrift": "[[STR:Nadorster Str. 92]], [[LOC:26123 Oldenburg]]", "wunsch": ["Kita Bürgerfelde", "Kita Ziegelhof"], "sepa": {"iban": "[[IBAN:«i1»]]", "kontoinhaber": "[[P:Meike Janssen]]"}}
{"antragId": "[[AZ:OL-KITA-26-1190]]", "kind": {"nachname": "[[P:Rahmani]]", "vorname": "[[P:Yasin]]", "geburtsdatum": "[[DOB:2023-09-30]]"}, "sorgeberechtigte": [{"name": "[[P:Rahmani, Soraya]]", "tel": "[[TEL:0157 72409913]]"}], "anschrift": "[[STR:Alexanderstr. 310]], [[LOC:26127 Oldenburg]]", "wunsch": ["Kita Alexandersfeld"], "sepa": null, "bemerkung": "Vater [[P:Jamal Rahmani]] lebt in [[LOC:Bremen]], kein Sorgerecht"}
{"antragId": "[[AZ:OL-KITA-26-1194]]", "kind": {"nachname": "[[P:Kowalczyk]]", "vorname": "[[P:Nela]]", "geburtsdatum": "[[DOB:2024-06-12]]"}, "sorgeberechtigte": [{"name": "[[P:Kowalczyk, Ewa]]", "tel": "[[TEL:0176 99120384]]"}, {"name": "[[P:Kowalczyk, Adam]]", "tel": null}], "anschrift": "[[STR:Bloherfelder Str. 15a]], [[LOC:26129 Oldenburg]]", "wunsch": ["Kita Eversten", "Kita Bümmerstede"], "sepa": {"iban": "[[IBAN:«i2»]]", "kontoinhaber": "[[P:Adam Kowalczyk]]"}}
""",
        i1=iban("DE", "28050100" + "0070441283", False),
        i2=iban("DE", "28020050" + "3120077415", False),
    ),
    keep=[
        "Format JSONL (ein Datensatz je Zeile)",
        '"wunsch": ["Kita Bürgerfelde", "Kita Ziegelhof"]',
        '"wunsch": ["Kita Alexandersfeld"]',
        "Amt für Jugend und Familie",
    ],
)

# 39 -- seasonal staff of the outdoor pool: payroll JSON with tax and pension numbers
pii(
    "json_xml",
    fill(
        """
{
  "mandant": "Bäderbetriebe der Stadt Hildesheim (Eigenbetrieb)",
  "abrechnungsmonat": "2026-05",
  "saisonkraefte": [
    {
      "personalnummer": "[[AZ:SK-26-014]]",
      "name": "[[P:Lüders, Finn]]",
      "geburtsdatum": "[[DOB:2004-03-18]]",
      "anschrift": { "strasse": "[[STR:Goslarsche Str. 71]]", "plz_ort": "[[LOC:31134 Hildesheim]]" },
      "steuerId": "[[TAX:«t1»]]",
      "svNummer": "[[RV:«r1»]]",
      "iban": "[[IBAN:«i1»]]",
      "taetigkeit": "Rettungsschwimmer (DLRG-Silber)",
      "stunden": 86.5
    },
    {
      "personalnummer": "[[AZ:SK-26-017]]",
      "name": "[[P:Moldovan, Ioana-Raluca]]",
      "geburtsdatum": "[[DOB:1999-08-02]]",
      "anschrift": { "strasse": "[[STR:Peiner Str. 12, WG 4]]", "plz_ort": "[[LOC:31137 Hildesheim]]" },
      "steuerId": "[[TAX:«t2»]]",
      "svNummer": "[[RV:«r2»]]",
      "iban": "[[IBAN:«i2»]]",
      "taetigkeit": "Kasse",
      "stunden": 60.0
    },
    {
      "personalnummer": "[[AZ:SK-26-021]]",
      "name": "[[P:Abdi, Mahad]]",
      "geburtsdatum": "[[DOB:2001-01-01]]",
      "anschrift": { "strasse": "[[STR:Sedanstr. 3]]", "plz_ort": "[[LOC:31134 Hildesheim]]" },
      "steuerId": "[[TAX:«t3»]]",
      "svNummer": null,
      "iban": "[[IBAN:«i3»]]",
      "taetigkeit": "Badaufsicht Kinderbecken",
      "stunden": 72.0,
      "hinweis": "SV-Ausweis fehlt, Rückfrage bei [[P:Abdi]] unter [[TEL:0176 51830277]]"
    }
  ],
  "freigabe": { "personalstelle": "[[P:Dörte Wendland]]", "kostenstelle": "5711-20 Freibad Jo-Bad" }
}
""",
        t1=steuer_id("5274910856", False),
        t2=steuer_id("6019374826", False),
        t3=steuer_id("4928170364", False),
        r1=rvnr("13", "180304", "L", "01"),
        r2=rvnr("13", "020899", "M", "52"),
        i1=iban("DE", "25950130" + "0029017700", False),
        i2=iban("RO", "BTRL0130" + "1205X84170XX", False),
        i3=iban("DE", "25950130" + "0041882071", False),
    ),
    keep=[
        "Bäderbetriebe der Stadt Hildesheim (Eigenbetrieb)",
        "Rettungsschwimmer (DLRG-Silber)",
        '"svNummer": null',
        "5711-20 Freibad Jo-Bad",
    ],
)

# ----- wide tables with many columns ---------------------------------------------------------


def sap(widths: list[int], *cells: str) -> str:
    """One row of an SAP list: every cell padded to its width, framed by "|"."""
    return (
        "|"
        + "|".join(c + " " * max(0, w - vis(c)) for c, w in zip(cells, widths, strict=True))
        + "|"
    )


# 40 -- second-home tax: SAP list output, names in columns 5 and 6, Steuer-ID column
W40 = [4, 5, 6, 16, 22, 11, 20, 4, 5, 18, 18, 14, 8]
_r40 = 4 + sum(W40) + len(W40) - 3
pii(
    "wide_table",
    "Hansestadt Lübeck – Bereich Steuern – Zweitwohnungsteuer Veranlagung 2026 – fehlende Erklärungen"
    + "          Datum 16.03.2026   Seite 1\n"
    + "-" * _r40
    + "\n"
    + sap(
        W40,
        "BuKr",
        "StArt",
        "Objekt",
        "Kassenzeichen",
        "Name 1",
        "Name 2",
        "Straße Objekt",
        "HsNr",
        "PLZ",
        "Ort",
        "Hauptwohnsitz",
        "Steuer-ID",
        "Jahresm.",
    )
    + "\n"
    + "-" * _r40
    + "\n"
    + "\n".join(
        [
            sap(
                W40,
                "0100",
                "ZWS",
                "004127",
                "[[AZ:6.030.412.701.5]]",
                "[[P:Harder]]",
                "[[P:Gunnar]]",
                "[[STR:Vorderreihe]]",
                "[[STR:31]]",
                "[[LOC:23570]]",
                "[[LOC:Travemünde]]",
                "[[LOC:Hamburg-Eppendorf]]",
                "[[TAX:" + steuer_id("7302954187", False) + "]]",
                "9.600",
            ),
            sap(
                W40,
                "0100",
                "ZWS",
                "004133",
                "[[AZ:6.030.413.322.0]]",
                "[[P:Ostrowska]]",
                "[[P:Weronika]]",
                "[[STR:Kaiserallee]]",
                "[[STR:2c]]",
                "[[LOC:23570]]",
                "[[LOC:Travemünde]]",
                "[[LOC:Szczecin]] (PL)",
                "–",
                "7.200",
            ),
            sap(
                W40,
                "0100",
                "ZWS",
                "004140",
                "[[AZ:6.030.414.090.8]]",
                "[[P:von Plessen]]",
                "[[P:Hubertus]]",
                "[[STR:Am Lotsenberg]]",
                "[[STR:4]]",
                "[[LOC:23570]]",
                "[[LOC:Travemünde]]",
                "[[LOC:München]]",
                "[[TAX:" + steuer_id("8136402571", False) + "]]",
                "14.400",
            ),
            sap(
                W40,
                "0100",
                "ZWS",
                "004152",
                "[[AZ:6.030.415.208.3]]",
                "[[P:Yüksel]]",
                "[[P:Canan]]",
                "[[STR:Moislinger Allee]]",
                "[[STR:90]]",
                "[[LOC:23558]]",
                "[[LOC:Lübeck-Moisling]]",
                "[[LOC:Köln-Ehrenfeld]]",
                "[[TAX:" + steuer_id("2946017382", False) + "]]",
                "5.100",
            ),
            sap(
                W40,
                "0100",
                "ZWS",
                "004158",
                "6.030.415.771.9",
                "Ostseeblick Vermietung",
                "GmbH",
                "Kücknitzer Hauptstr.",
                "1a",
                "23569",
                "Lübeck-Kücknitz",
                "(gewerblich)",
                "–",
                "–",
            ),
        ]
    )
    + "\n"
    + "-" * _r40
    + "\nObjekt 004158: gewerbliche Vermietung, nicht steuerpflichtig – Löschung veranlasst. Sachbearbeitung [[P:Heinrichs]] / App. [[TEL:0451 122-1419]]\n",
    keep=[
        "Zweitwohnungsteuer Veranlagung 2026 – fehlende Erklärungen",
        "|BuKr|StArt|Objekt|Kassenzeichen",
        "Ostseeblick Vermietung",
        "6.030.415.771.9",
        "gewerbliche Vermietung, nicht steuerpflichtig",
    ],
)

# 41 -- residents of a building for the police: column codes "Sp. 1" … "Sp. 12" and a legend
W41 = [6, 6, 6, 11, 18, 20, 11, 17, 7, 18, 6, 20]
pii(
    "wide_table",
    "Stadt Hagen – Bürgeramt – Meldeauskunft an Behörden (§ 34 BMG), Ersuchen PP Hagen, Az. [[AZ:KK 11 – 2026/3318]]\n"
    + "Hausbewohnerliste [[STR:Wehringhauser Str. 96]], [[LOC:58089 Hagen]], Stichtag 12.03.2026\n\n"
    + rows(
        W41,
        (
            "Sp. 1",
            "Sp. 2",
            "Sp. 3",
            "Sp. 4",
            "Sp. 5",
            "Sp. 6",
            "Sp. 7",
            "Sp. 8",
            "Sp. 9",
            "Sp. 10",
            "Sp. 11",
            "Sp. 12",
        ),
        (
            "01",
            "EG",
            "HW",
            "01.06.2019",
            "[[P:Bajrami]]",
            "[[P:Arben]]",
            "[[DOB:04.04.1980]]",
            "[[LOC:Prizren]]",
            "XK",
            "[[LOC:Iserlohn]]",
            "–",
            "",
        ),
        (
            "02",
            "EG",
            "HW",
            "01.06.2019",
            "[[P:Bajrami]]",
            "[[P:Fatmire]]",
            "[[DOB:19.09.1984]]",
            "[[LOC:Gjakova]]",
            "XK",
            "[[LOC:Iserlohn]]",
            "–",
            "",
        ),
        (
            "03",
            "1.OG",
            "HW",
            "15.01.2024",
            "[[P:Marchetti]]",
            "[[P:Davide]]",
            "[[DOB:27.02.1977]]",
            "[[LOC:Bergamo]]",
            "IT",
            "[[LOC:Wuppertal]]",
            "–",
            "Wohnungsgeber-Bestät. fehlt",
        ),
        (
            "04",
            "2.OG",
            "NW",
            "01.10.2025",
            "[[P:Kozak]]",
            "[[P:Andrii]]",
            "[[DOB:1996-06-14]]",
            "[[LOC:Lwiw]]",
            "UA",
            "[[LOC:Hagen-Haspe]]",
            "–",
            "HW in [[LOC:Lemberg]] (UA)",
        ),
        (
            "05",
            "DG",
            "HW",
            "01.03.2026",
            "[[P:Schoppmann]]",
            "[[P:Detlef Wilhelm]]",
            "[[DOB:09.12.1961]]",
            "[[LOC:Schwelm]]",
            "D",
            "[[LOC:Hagen-Vorhalle]]",
            "ja",
            "Sperre § 51 BMG – Freigabe",
        ),
        ("", "", "", "", "", "", "", "", "", "", "", "durch Amtsleitung erteilt"),
    )
    + "\n\nLegende: Sp. 1 lfd. Nr. | Sp. 2 Lage | Sp. 3 Wohnungsstatus (HW/NW) | Sp. 4 Einzug | Sp. 5 Familienname |\n"
    + "Sp. 6 Vornamen | Sp. 7 Geburtsdatum | Sp. 8 Geburtsort | Sp. 9 Staatsang. (ISO) | Sp. 10 Zuzug aus |\n"
    + "Sp. 11 Auskunftssperre | Sp. 12 Bemerkung\n",
    keep=[
        "Meldeauskunft an Behörden (§ 34 BMG)",
        "Ersuchen PP Hagen",
        "Sp. 3 Wohnungsstatus (HW/NW)",
        "Wohnungsgeber-Bestät. fehlt",
        "durch Amtsleitung erteilt",
    ],
)

# 42 -- electoral roll extract: pipe-delimited without padding, abbreviated headers
pii(
    "wide_table",
    """
Wählerverzeichnis Landtagswahl 2026 – Auszug Stimmbezirk 0412 (Grundschule Lindenhof) – für Berichtigung nach § 23 LWO
Lfd.|Stbz.|Sperrv.|Wbz.|Fam.-Name|Vornamen|Geb.-Dat.|Straße|Hausnr.|Zusatz|PLZ/Ort|Verm.
0881|0412|–|0412|[[P:Lehmann]]|[[P:Erwin Otto]]|[[DOB:03.05.1938]]|[[STR:Lindenhofstr.]]|[[STR:17]]||[[LOC:68163 Mannheim]]|W
0882|0412|–|0412|[[P:Lemke-Osei]]|[[P:Ama]]|[[DOB:22.11.2005]]|[[STR:Lindenhofstr.]]|[[STR:19]]|[[STR:Hinterhaus]]|[[LOC:68163 Mannheim]]|Erstwählerin
0883|0412|X|0412|[[P:Leonhardt]]|[[P:Kristina]]|[[DOB:14.08.1972]]|*****|***||*****|Sperrvermerk
0884|0412|–|0412|[[P:Lewandowski]]|[[P:Piotr Jan]]|[[DOB:30.01.1964]]|[[STR:Meerfeldstr.]]|[[STR:6]]|[[STR:Seitenflügel]]|[[LOC:68163 Mannheim]]|gestr. (verzogen n. [[LOC:Speyer]])
0885|0412|–|0412|[[P:Li]]|[[P:Wei]]|[[DOB:18.02.1990]]|[[STR:Meerfeldstr.]]|[[STR:34a]]||[[LOC:68163 Mannheim]]|
Summe Seite: 5 Wahlberechtigte, davon 1 Wahlschein (W), 1 gestrichen. Berichtigung erfasst: [[P:Ute Scharf]], Wahlamt.
""",
    keep=[
        "Lfd.|Stbz.|Sperrv.|Wbz.|Fam.-Name|Vornamen|Geb.-Dat.|Straße|Hausnr.|Zusatz|PLZ/Ort|Verm.",
        "Stimmbezirk 0412 (Grundschule Lindenhof)",
        "*****|***||*****|Sperrvermerk",
        "Summe Seite: 5 Wahlberechtigte",
    ],
)

# 43 -- raw data file of moves without a header: compact dates, upper case
pii(
    "wide_table",
    """
Datei ZUWEG_202603.DAT (Auszug, 5 Sätze) – Zulieferung an Statistikstelle, Bitte um Prüfung der Sätze 3 und 5
000412|20260302|Z|HW|01|[[P:KOWALCZYK]]|[[P:ANNA MARIA]]|[[DOB:19890412]]|[[LOC:KRAKÓW]]|POL|[[LOC:46045]]|[[LOC:OBERHAUSEN]]|[[STR:MARKTSTR.]]|[[STR:88]]||[[LOC:DUISBURG]]
000413|20260302|Z|HW|01|[[P:KOWALCZYK]]|[[P:JULIAN]]|[[DOB:20170905]]|[[LOC:DUISBURG]]|POL|[[LOC:46045]]|[[LOC:OBERHAUSEN]]|[[STR:MARKTSTR.]]|[[STR:88]]||[[LOC:DUISBURG]]
000419|20260304|W|HW|02|[[P:ÖZTÜRK]]|[[P:SEDA]]|[[DOB:19950117]]|[[LOC:GELSENKIRCHEN]]|DEU|[[LOC:46117]]|[[LOC:OBERHAUSEN]]|[[STR:FRANZENKAMP]]|[[STR:3]]|[[STR:A]]|[[LOC:BERLIN]]
000427|20260309|Z|NW|03|[[P:NDIAYE]]|[[P:MOUSSA]]|[[DOB:19870630]]|[[LOC:THIÈS]]|SEN|[[LOC:46049]]|[[LOC:OBERHAUSEN]]|[[STR:MÜLHEIMER STR.]]|[[STR:204]]||[[LOC:BOCHUM]]
000431|20260311|W|HW|01|[[P:BRÜCKNER]]|[[P:HORST-DIETER]]|[[DOB:19520228]]|[[LOC:STERKRADE]]|DEU|[[LOC:46149]]|[[LOC:OBERHAUSEN]]|[[STR:DORFSTR.]]|[[STR:12]]||[[LOC:PALMA DE MALLORCA]]
Satz 3: Wegzugsziel lt. Abmeldung [[LOC:BERLIN]], Geburtsort fehlt im Quellsatz? – geprüft, ok. Satz 5: Wegzug ins Ausland (ES).
""",
    keep=[
        "Datei ZUWEG_202603.DAT (Auszug, 5 Sätze)",
        "Zulieferung an Statistikstelle",
        "Wegzug ins Ausland (ES)",
        "000412|20260302|Z|HW|01|",
    ],
)

# 44 -- speed enforcement: header with field codes F01 … F14 and a legend
pii(
    "wide_table",
    """
Stadt Bochum – Verkehrsüberwachung – Messstelle Universitätsstraße (stadtauswärts), Messung 2026-03-05, Gerät PoliScan FM1 Nr. 652104
F01;F02;F03;F04;F05;F06;F07;F08;F09;F10;F11;F12;F13;F14
0305-0031;07:12;50;71;3;68;11.3.2.1;[[KFZ:BO-LA 1207]];[[P:Lange]];[[P:Annika]];[[DOB:12.07.1991]];[[STR:Querenburger Höhe 112]];[[LOC:44801 Bochum]];Fahrerin = Halterin
0305-0044;07:38;50;66;3;63;11.3.2.1;[[KFZ:HER-TK 88]];[[P:Kaya]];[[P:Tarkan]];[[DOB:03.03.1988]];[[STR:Bahnhofstr. 20]];[[LOC:44623 Herne]];Anhörung, Foto unklar
0305-0052;08:01;50;79;3;76;11.3.2.2;[[KFZ:BO-QX 440]];Pflegedienst Lichtblick GmbH;;;Wittener Str. 5;44789 Bochum;Fahrerbenennung angefordert
0305-0067;08:26;50;64;3;61;11.3.2.1;[[KFZ:EN-VM 509]];[[P:Volkova]];[[P:Marina]];[[DOB:1979-05-09]];[[STR:Hauptstr. 41]];[[LOC:58452 Witten]];
0305-0071;08:40;50;88;3;85;11.3.2.3;[[KFZ:BO-TR 1]];[[P:Riemer]];[[P:Torsten]];[[DOB:16.10.1969]];[[STR:Am Kalwes 7]];[[LOC:44799 Bochum]];Fahrverbot 1 Monat, Voreintrag FAER
Legende: F01 Messung-Nr. · F02 Uhrzeit · F03 zul. km/h · F04 gem. km/h · F05 Toleranz · F06 vorwerfbar · F07 TBNR-Gruppe · F08 Kennz. · F09 Halter Name · F10 Halter Vorname · F11 Geb. · F12 Straße · F13 PLZ/Ort · F14 Bemerkung
Auswertung: [[P:Nadine Schwarzer]] (VÜ 3) · Export an Bußgeldstelle 06.03.2026
""",
    keep=[
        "F01;F02;F03;F04;F05;F06;F07;F08;F09;F10;F11;F12;F13;F14",
        "Gerät PoliScan FM1 Nr. 652104",
        "Pflegedienst Lichtblick GmbH;;;Wittener Str. 5;44789 Bochum",
        "Fahrerbenennung angefordert",
        "Legende: F01 Messung-Nr.",
    ],
)

# 45 -- registrations and deregistrations: wide printout, each record wrapped onto two lines
W45a = [13, 9, 12, 20, 18, 12, 18]
W45b = [13, 12, 24, 8, 10, 20, 22]
pii(
    "wide_table",
    "Stadt Fürth – Bürgerbüro – Tagesprotokoll Meldevorgänge 10.03.2026 (Druck quer, Zeilen umbrochen)\n"
    + "=" * 108
    + "\n"
    + rows(
        W45a,
        ("Vorg.-Nr.", "Anm.-Art", "Zuzugsdatum", "Fam.-Name", "Rufname", "Geb.-Dat.", "Geb.-Ort"),
    )
    + "\n"
    + rows(
        W45b,
        ("", "Staatsang.", "Straße", "Hausnr.", "Zusatz", "PLZ/Ort", "Zuzug aus / Wegzug nach"),
    )
    + "\n"
    + "-" * 108
    + "\n"
    + "\n".join(
        [
            fw(
                W45a,
                "[[AZ:2026-03-0412]]",
                "Z-Ausl.",
                "01.03.2026",
                "[[P:Gheorghiu]]",
                "[[P:Alexandru]]",
                "[[DOB:14.11.1993]]",
                "[[LOC:Iași]]",
            ),
            fw(
                W45b,
                "",
                "rumänisch",
                "[[STR:Königswarterstr.]]",
                "[[STR:58]]",
                "[[STR:App. 4]]",
                "[[LOC:90762 Fürth]]",
                "[[LOC:Iași]] (RO)",
            ),
            fw(
                W45a,
                "[[AZ:2026-03-0413]]",
                "Z-Inl.",
                "05.03.2026",
                "[[P:Pfister-Demir]]",
                "[[P:Johanna]]",
                "[[DOB:02.07.1989]]",
                "[[LOC:Ansbach]]",
            ),
            fw(
                W45b,
                "",
                "deutsch",
                "[[STR:Gustavstr.]]",
                "[[STR:14]]",
                "",
                "[[LOC:90762 Fürth]]",
                "[[LOC:Nürnberg-Gostenhof]]",
            ),
            fw(
                W45a,
                "[[AZ:2026-03-0415]]",
                "Ab-Ausl.",
                "—",
                "[[P:Hadžić]]",
                "[[P:Emir]]",
                "[[DOB:20.04.1971]]",
                "[[LOC:Tuzla]]",
            ),
            fw(
                W45b,
                "",
                "bosn.-herz.",
                "[[STR:Schwabacher Str.]]",
                "[[STR:201]]",
                "",
                "[[LOC:90763 Fürth]]",
                "[[LOC:Sarajevo]] (BA)",
            ),
            fw(
                W45a,
                "[[AZ:2026-03-0418]]",
                "Um",
                "08.03.2026",
                "[[P:Wagner]]",
                "[[P:Chiara]]",
                "[[DOB:1999-09-09]]",
                "[[LOC:Erlangen]]",
            ),
            fw(
                W45b,
                "",
                "deutsch",
                "[[STR:Kaiserstr.]]",
                "[[STR:7]]",
                "[[STR:Whg. 12]]",
                "[[LOC:90763 Fürth]]",
                "innerhalb (bisher [[STR:Flößaustr. 3]])",
            ),
        ]
    )
    + "\n"
    + "-" * 108
    + "\nAnm.-Art: Z-Ausl. Zuzug Ausland, Z-Inl. Zuzug Inland, Ab-Ausl. Abmeldung ins Ausland, Um Umzug innerhalb.\n"
    + "Erfasst: Platz 3 ([[P:Öztürk-Hahn]]), Platz 5 ([[P:Brandl]]).\n",
    keep=[
        "Tagesprotokoll Meldevorgänge 10.03.2026 (Druck quer, Zeilen umbrochen)",
        "Zuzug aus / Wegzug nach",
        "Anm.-Art: Z-Ausl. Zuzug Ausland",
        "Ab-Ausl. Abmeldung ins Ausland",
        "bosn.-herz.",
    ],
)

# ----- tables in OCR scans -------------------------------------------------------------------

# 46 -- signature list of a citizens' initiative: "|" read as "l"/"I", 0/O and 1/l, merged cells
pii(
    "ocr_table",
    """
[OCR Seite 7/41 – Scan Eingang Bürgerbegehren, Stadt Halle (Saale), Fachbereich Bürgerservice]
Unterschriftenliste Bürgerbegehren „Erhalt des Freibads Saline"
Vertretungsberechtigte: 1. [[P:Ronald Tietz]]   2. [[P:Yvonne Brückner-Saleh]]   3. [[P:Mehmet Uçar]]

Nr. l Name, Vorname          l Geburtsdatum l Anschrift (Straße, Nr., PLZ, Ort)        l Datum   l Unterschrift
1   | [[P:Krause, Ingrid]]       | [[DOB:O3.O4.1958]]   l [[STR:Mansfelder Str. 12]], [[LOC:O6108 Halle]]     | 2.3.26  | ~~~~
2   I [[P:Seidel Tom]]    [[DOB:l7.1O.1999]]  [[STR:Große Ulrichstr. 5]][[LOC:06108 Hal1e]]       I 2.3.26 l ~~~
3   l [[P:Nguyen, Van Long]]     l [[DOB:11.O8.1981]]   l [[STR:Zscherbener Str. 4l]], [[LOC:O6124 Halle]]     l 3.3.26  l ~~~~~
4 ! [[P:Bergner Hans=Joachim]] ! [[DOB:3O.l2.1949]] ! [[STR:Reilstr. l19]] [[LOC:O6114 Halle]] ! 3.3.26 ! ~~
5   | [[P:Al-Saadi, Huda]]       | [[DOB:2l.06.1992]]   | [[STR:Magdeburger Str. 58]],[[LOC:06112 Halle]]      | 4.3.26  | ~~~~
6   l [[P:Lorenz, Kerstin]]      l [[DOB:O9.O9.1967]]   l [[STR:Am Kirchtor 2O]], [[LOC:06108 Halle]]          l 4.3.26  l ~~~
[Zeile 7–10 leer]   [Prüfvermerk Wahlamt: 6 gültig / O ungültig – [[P:Pawlowski]] 18.O3.]
""",
    keep=[
        'Unterschriftenliste Bürgerbegehren „Erhalt des Freibads Saline"',
        "Nr. l Name, Vorname",
        "[Zeile 7–10 leer]",
        "Anschrift (Straße, Nr., PLZ, Ort)",
        "Fachbereich Bürgerservice]",
    ],
)

# 47 -- parents' evening attendance list written by hand: garbled names and phone numbers
pii(
    "ocr_table",
    """
--- Scan (Kita Sonnenkäfer, Cottbus-Sachsendorf) – Anwesenheitsliste Elternabend 11.O3.2O26, Thema Schulvorbereitung ---
Name Kind             Elternteil                Telefon (für Rückfragen)     Unterschr.
[[P:Ben Schu1ze]]         [[P:Mandy Schulze]]             [[TEL:0l57 3481O224]]                 M.Sch.
[[P:Emi1ia]]  [[P:Wojcik]]     [[P:Agnieszka Wójcik]]          [[TEL:O355 4729l8]]                   A. W
[[P:Leon Hoffrnann]]      Papa ([[P:Rene]])                 [[TEL:0l76-2O31 9977]]                ~
[[P:Aylin]]     [[P:Demir]]         [[P:Songül Demir]] + Oma          [[TEL:O152 0471 3368]]                S.D.
[[P:Mats Kschenka]]       [[P:Doreen Kschenka]]           –                              D. Ksch
[[P:Nour]] [[P:A1 Khatib]]      [[P:Rania Al Khatib]] (Dolmetsch [[P:Yasmin]])   [[TEL:0l5l 22O48 716]]     R.A.K
Anwesend: 6 von 18 Familien. Erzieherin: Frau [[P:Pietsch]]  Leitung: [[P:B. Noack]]
""",
    keep=[
        "Anwesenheitsliste Elternabend",
        "Thema Schulvorbereitung",
        "Telefon (für Rückfragen)",
        "Anwesend: 6 von 18 Familien.",
    ],
)

# 48 -- faxed list of bulky-waste appointments: merged columns, broken alignment
pii(
    "ocr_table",
    """
FAX  VON: ALBA Entsorgung Braunschweig GmbH  +49 531 88649-0     AN: Stadt Braunschweig, Abt. Abfallwirtschaft
Betreff: Sperrmüll Abholung KW 13 - telefonisch angenommen (Abrufkarten fehlen)   S. 1/1

Datum   Name                 Straße/Nr                Tel.               Menge  Bem.
3O.03.  [[P:Rautenberg,K.]]      [[STR:Helmstedter Str.1O4]]     [[TEL:0531-7983l2]]        ca.3m3  Sofa,Schrank
3O.03.  [[P:Kaminski]]   [[STR:Bültenweg 8]][[TEL:O176 44O2 1187]]               2m3     --
31.03.  [[P:Doğan,Sevgi]]       [[STR:Am Schwarzen Berge 3l]]   [[TEL:0531 35 O6 41]]       l m3   nur Matratzen
31.O3.  [[P:Hahne]]             [[STR:Kastanienallee 2]]    [[TEL:O531-338722]]       4m3    Hinterhof, Tor Code l234
O1.04.  Stadtteilbüro Weststadt  Donaustr. 12            0531 470-7712      --     Sammelabholung (städt.)
O1.O4.  [[P:Okoye Chidinma]]      [[STR:Lange Str. 6l]]          [[TEL:O157 9l884 3O2]]      2m3    Kühlschrank -> E-Schrott

Rückfragen: Disposition, Frau [[P:Schönfeld]], Durchwahl [[TEL:0531 88649-23]]
""",
    keep=[
        "ALBA Entsorgung Braunschweig GmbH  +49 531 88649-0",
        "Stadtteilbüro Weststadt  Donaustr. 12            0531 470-7712",
        "Sammelabholung (städt.)",
        "Abrufkarten fehlen",
    ],
)

# 49 -- old index card of the registration office, scanned for an heir search
pii(
    "ocr_table",
    """
Anfrage Nachlassgericht AG Solingen, Az. [[AZ:3 VI 412/25]] – Erbenermittlung – Scan Meldekartei (Altbestand bis 1989), Karte 2 von 2

Familienname: [[P:Wi1helmi]]  geb.: [[P:Kuhlendahl]]       Hausstand: [[STR:Kronprinzenstr. l4]], [[LOC:Sollngen-Ohligs]]
IFd.l Vorname(n)        l Verh. l geb. am     l in                l Zuzug von            l Wegzug nach / verst.
 1  l [[P:Heinrich]]          I HV    l [[DOB:12.O5.1921]]  l [[LOC:Wald]]              l –                    l verst. 03.1O.1978
 2  l [[P:Gerda]]             I EF    l [[DOB:O2.02.1925]]  I [[LOC:Ohligs]]            l –                    l verst. 17.06.2OO4
 3  ! [[P:Karl-Heinz]]        l S     l [[DOB:3l.07.1949]]  l [[LOC:Solingen-Wa1d]]     l –                    l [[LOC:Hilden]] (1971)
 4  l [[P:Brigitte]]          l T     l [[DOB:O8.11.1952]]  l [[LOC:Ohligs]]            l –                    l [[LOC:Köln-Sülz]] (1976), verh. [[P:Pütz]]
 5  l [[P:Ursula]]            l T     l [[DOB:22.O9.l958]]  l [[LOC:Haan]]              l –                    l Kanada ?? (1983)
Bemerkung (handschriftl.): „Sohn [[P:K.-H.]] zuletzt [[STR:Hochdahler Str. 8]], [[LOC:4O721 Hilden]]"
Auskunft erteilt: [[P:Mertens]], Bürgerbüro, 09.03.2026
""",
    keep=[
        "Anfrage Nachlassgericht AG Solingen",
        "Scan Meldekartei (Altbestand bis 1989)",
        "Karte 2 von 2",
        "Erbenermittlung",
    ],
)

# 50 -- scanned cash book of the registry office: payers in the purpose column
pii(
    "ocr_table",
    """
Standesamt Zwickau – Barkasse Nebenkasse 2 – Kassenbuch Blatt 14 (Scan, OCR)
Datum l Quitt.-Nr. l Einzahler/in            l Zweck                                   l Betrag € I Kz.
O2.O3. I 26-O881    l [[P:Schuster, Peggy]]        l Geburtsurkunde x3 (Kind [[P:Lias]])           l   36,OO  l B
O2.O3. I 26-O882    l [[P:Babenko, Serhii]]        l Anmeldung Eheschl. [[P:Babenko]]/[[P:Tkachuk]]       l   85,00  l K
O3.O3. l 26-0883    I Fr. [[P:Meinhold]]           l Sterbeurkunde [[P:Meinhold, Gottfried]]      l   l2,OO  l B
O3.03. l 26-O884    l Bestattungshaus Engel     l Sterbeurk. x5 (Sammelauftrag)           l   60,00  l B
O4.O3. l 26-O885    l [[P:Nhung Vo Thi]]           l Namenserklärung Kind [[P:Vo Minh An]]       l   36,00  l K
O4.O3. l 26-0886    l [[P:Hartig,Ronny]]           l Eheurk. + Lebenspartnersch. Abschr.      l   24,OO  l B
                                                        Übertrag Blatt 15:                          253,OO
Kasse geprüft: [[P:Seifert]] / [[P:Lehnert]] 04.03.2026, Tresor Zi. 0.12
""",
    keep=[
        "Barkasse Nebenkasse 2 – Kassenbuch Blatt 14",
        "Bestattungshaus Engel",
        "Sterbeurk. x5 (Sammelauftrag)",
        "Übertrag Blatt 15:",
        "Tresor Zi. 0.12",
    ],
)

# 51 -- dog-handler knowledge test results: scanned form table
pii(
    "ocr_table",
    """
Stadt Münster – Ordnungsamt – Sachkundeprüfung nach § 11 LHundG NRW – Ergebnisliste Termin 07.O3.2026 (Scan)

Nr I Name, Vorname         I geb.        I Anschrift                              I Hund (Rasse)             I Erg.
---+----------------------+------------+---------------------------------------+-------------------------+------
1  l [[P:Terhorst, Jana]]       l [[DOB:14.O2.1995]]  l [[STR:Hammer Str. 2l4]], [[LOC:48153 Münster]]         l „Balu" (Hovawart)        l best.
2  l [[P:Quadflieg Bernd]]      l [[DOB:2O.1l.1963]]  I [[STR:Gievenbecker Weg 9]] [[LOC:48161 Mün-]]        l „Rocky" (Rottweiler)     l best.
   l                       l            l [[LOC:ster]]                                 l                          l
3  ! [[P:Hosseini, Reza]]       ! [[DOB:O1.01.1988]]  ! [[STR:Kanalstr. 6O]], [[LOC:48147 Münster]]           ! „Leila" (Am. Staff.)     ! n.best.
4  l [[P:van Acken, Marieke]]    l [[DOB:O9.O6.2OO1]]  l [[STR:Dorfbauerschaft 3]], [[LOC:48157 Münster]]     l „Pepper" (Border Coll.)  l best.
Prüfer/in: Dr. med. vet. [[P:Kerkhoff]], Tierärztl. Praxis am Aasee; Protokoll: [[P:L. Budde]]
""",
    keep=[
        "Sachkundeprüfung nach § 11 LHundG NRW",
        "Hund (Rasse)",
        '„Rocky" (Rottweiler)',
        "Tierärztl. Praxis am Aasee",
    ],
)

# ----- lists in prose-like protocols ---------------------------------------------------------

# 52 -- minutes of a district council: attendance list and citizens' question time
pii(
    "protocol_list",
    """
Niederschrift über die 14. Sitzung der Bezirksvertretung Essen II (Rüttenscheid/Bergerhausen)
am 10.03.2026, 16:00–18:40 Uhr, Bezirksrathaus, Sitzungssaal 1

Anwesend:
Bezirksbürgermeisterin [[P:Annette Kösters-Wiebe]] (Vorsitz); Mitglieder: [[P:Dirk Schwanenberg]], [[P:Gül Taşkın]],
[[P:Frank Oberhoff]], [[P:Marion Kallweit]], Dr. [[P:Paulina Wrona]] (ab TOP 3); Verwaltung: Herr [[P:Boecker]] (Amt 61),
Frau [[P:Ilgner]] (Bezirksverwaltungsstelle II, Schriftführung)
Entschuldigt: [[P:Joachim Riedesel]]

TOP 1 Einwohnerfragestunde
1.1 Frau [[P:Helga Dobberstein]], [[STR:Moltkestr. 31]], fragt nach dem Sachstand der Sanierung des Gehwegs vor
    ihrem Haus; Antwort Amt 61: Ausführung ab KW 20.
1.2 Herr [[P:Baran Aktaş]], Inhaber des Kiosks an der Rüttenscheider Str., beklagt Parkverstöße; er nennt das
    Fahrzeug eines Nachbarn ([[KFZ:E-DK 4471]]). Die Vorsitzende weist darauf hin, dass Einzelfälle nicht öffentlich
    erörtert werden.
1.3 Herr [[P:Wolfgang Piepenbrink]] ([[LOC:Essen-Bergerhausen]]) übergibt eine Unterschriftenliste (112 Unterschriften)
    zur Verkehrsberuhigung der Töpferstraße.

TOP 2 Mitteilungen der Verwaltung: Vorlage 0412/2026/2B (Spielplatz Girardetstraße) – zur Kenntnis genommen.
""",
    keep=[
        "Niederschrift über die 14. Sitzung der Bezirksvertretung Essen II",
        "Bezirksrathaus, Sitzungssaal 1",
        "Bezirksverwaltungsstelle II, Schriftführung",
        "Vorlage 0412/2026/2B (Spielplatz Girardetstraße)",
        "TOP 1 Einwohnerfragestunde",
    ],
)

# 53 -- site meeting on drainage: "Anwesend" with citizens, staff and firms, a distribution list
pii(
    "protocol_list",
    """
Stadt Siegen – Abt. Tiefbau / Stadtentwässerung
Protokoll Ortstermin Überflutung Hangstraße/Am Hüttenberg, 04.03.2026, 10:00 Uhr, vor Ort

Anwesend:
- [[P:Siegfried Stötzel]], Anwohner ([[STR:Hangstr. 12]])
- [[P:Maria Zielińska]], Anwohnerin ([[STR:Hangstr. 14]]), mit Sohn [[P:Piotr]] als Übersetzer
- [[P:Henning Dreisbach]], Eigentümer [[STR:Am Hüttenberg 3]] (wohnt in [[LOC:Kreuztal]])
- [[P:J. Bender]] (Stadt Siegen, Stadtentwässerung), [[P:C. Afolabi]] (Stadt Siegen, Straßenunterhaltung)
- Fa. Kanal-Service Südwestfalen GmbH (Bauleiter [[P:Ralf Womelsdorf]], [[TEL:0171 4405217]])

Ergebnis:
1. Der Einlauf vor Haus Nr. 12 ist zugesetzt; Reinigung durch Fa. Kanal-Service bis 11.03.
2. Herr [[P:Dreisbach]] wird gebeten, die Drainage seines Grundstücks prüfen zu lassen.
3. Frau [[P:Zielińska]] meldet Wasserschaden im Keller; Hinweis auf Elementarversicherung, keine Haftung der Stadt.

Verteiler: Teilnehmende; [[MAIL:j.bender@siegen.de]]; [[MAIL:c.afolabi@siegen.de]]; stadtentwaesserung@siegen.de; Akte 66.3-HB-2026
""",
    keep=[
        "Protokoll Ortstermin Überflutung Hangstraße/Am Hüttenberg",
        "Fa. Kanal-Service Südwestfalen GmbH",
        "stadtentwaesserung@siegen.de",
        "Akte 66.3-HB-2026",
        "Hinweis auf Elementarversicherung, keine Haftung der Stadt",
    ],
)

# 54 -- youth-welfare care plan meeting: "Teilnehmende (intern/extern)"
pii(
    "protocol_list",
    """
Protokoll Hilfeplangespräch (§ 36 SGB VIII) – Fortschreibung
Az.: [[AZ:51.21-HzE-2025-0917]] · Datum: 12.03.2026 · Ort: Jugendamt Braunschweig, Eiermarkt 4a, Raum 214

Teilnehmende (intern/extern):
intern: [[P:Katja Rehbein]] (ASD, fallführend), [[P:Tobias Lüer]] (wirtschaftliche Jugendhilfe)
extern: [[P:Sandra Winkelmann]] (Mutter), [[P:Elias Winkelmann]] ([[DOB:08.02.2011]], Jugendlicher),
        [[P:Dominik Brandes]] (Vater, telefonisch zugeschaltet aus [[LOC:Wolfenbüttel]]),
        [[P:Hanne Lüddecke]] (Bezugsbetreuerin, Wohngruppe „Okerhaus“, Diakonie Braunschweig gGmbH),
        Herr [[P:Yıldız]] (Klassenlehrer IGS Wilhelm-Bracke)
nicht anwesend: [[P:Lea Winkelmann]] (Schwester, [[DOB:2014]]), Vormund entfällt (gemeinsames Sorgerecht)

1. Rückblick: Schulbesuch regelmäßig seit Januar; Konflikt mit Mitbewohner [[P:Noah]] beigelegt.
2. Ziele: Praktikum Kfz-Werkstatt (Kontakt über Onkel [[P:Marcel Brandes]]), Besuche beim Vater 14-tägig.
3. Nächster Termin: 10.09.2026. Protokoll an alle Teilnehmenden; Mutter erhält Kopie per Post an [[STR:Ackerstr. 19]], [[LOC:38126 Braunschweig]].
""",
    keep=[
        "Protokoll Hilfeplangespräch (§ 36 SGB VIII)",
        "Jugendamt Braunschweig, Eiermarkt 4a, Raum 214",
        "Wohngruppe „Okerhaus“, Diakonie Braunschweig gGmbH",
        "Vormund entfällt (gemeinsames Sorgerecht)",
        "Teilnehmende (intern/extern):",
    ],
)

# 55 -- senior citizens' council: agenda items naming citizens, distribution list of mailboxes
pii(
    "protocol_list",
    """
Seniorenbeirat der Stadt Trier – Protokoll der Sitzung vom 05.03.2026 (Rathaus, Großer Saal)

Anwesend: [[P:Renate Hoffmann-Geib]] (Vorsitzende), [[P:Klaus Wagner]], [[P:Irmgard Thielen]], [[P:Giovanni Ferraro]],
[[P:Ludmila Sommer]], [[P:Hans-Peter Kirsch]]; Gast: [[P:Edith Lenz]] (Seniorenbüro)
Verteiler: Mitglieder; [[MAIL:r.hoffmann-geib@t-online.de]]; seniorenbeirat@trier.example; [[MAIL:edith.lenz@trier.example]]

TOP 1 Bürgeranliegen
a) Schreiben von Herrn [[P:Alois Feilen]], [[STR:Zurmaiener Str. 88]], zur fehlenden Sitzbank an der Haltestelle
   Porta Nigra – wird an die Stadtwerke weitergeleitet.
b) Frau [[P:Ana Popović]] ([[LOC:Trier-Ehrang]]) bittet um Unterstützung beim Antrag auf Pflegegrad ihres Mannes
   [[P:Dragan]]; Herr [[P:Kirsch]] nimmt Kontakt auf ([[TEL:0651 9940172]]).
c) Eheleute [[P:Wallenborn]] (Seniorenresidenz am Moselufer) beklagen Taxitarife – keine Zuständigkeit.

TOP 2 Seniorenmesse 2026: Stände-Verteilung (Anlage), Ausstellerliste nur Firmen und Vereine.
TOP 3 Verschiedenes: nächste Sitzung 07.05.2026.
""",
    keep=[
        "Seniorenbeirat der Stadt Trier",
        "seniorenbeirat@trier.example",
        "Haltestelle",
        "Seniorenresidenz am Moselufer",
        "TOP 2 Seniorenmesse 2026",
    ],
)

# 56 -- sign-up list for the mayor's open office hour: entries written like handwriting
pii(
    "protocol_list",
    """
Bürgersprechstunde Oberbürgermeisterin – Donnerstag 19.03.2026, 15–17 Uhr – Anmeldeliste (abgetippt vom Block am Empfang)

15:00 Hr. [[P:Kowalewski]] – Lärm Baustelle Kita Eichenweg, Tel [[TEL:0176/55 20 31 84]] – kommt mit Nachbarin (Fr. [[P:Ohm]]?)
15:15 Familie [[P:Said]] ([[P:Ibrahim]] + [[P:Amal]]) – Wohnungssuche, 5 Pers., Bescheid JC liegt bei, Dolmetsch arab. selbst
15:30 [[P:Petra Langenbach-Röser]] – Baumfällung vor Haus [[STR:Eichendorffring 7]]?? (Foto dabei)
15:45 frei
16:00 [[P:Witold]] (Nachname unleserlich, „[[P:Kom..ski]]“?) – Gewerbeanmeldung Trockenbau, Rückruf [[TEL:0152-28 44 710]]
16:15 Hr. Dr. [[P:Ruhnau]] für Bürgerverein Südstadt e.V. – Beleuchtung Unterführung
16:30 Mama v. [[P:Leonie B.]] – Schulweg Grundschule am Park – Mail [[MAIL:leonies.mama@gmx.net]]
16:45 [[P:Heinz Büscher]] (Jg. [[DOB:1941]]) – Parkausweis Ehefrau, kommt mit Rollator, Rampe!
Notiert: [[P:Sabine]] (Empfang), weitergeleitet an Büro OB, Kopie Terminplanung
""",
    keep=[
        "Bürgersprechstunde Oberbürgermeisterin",
        "15:45 frei",
        "Bürgerverein Südstadt e.V. – Beleuchtung Unterführung",
        "weitergeleitet an Büro OB",
        "Schulweg Grundschule am Park",
    ],
)

# 57 -- case conference of the foreigners' authority: families in the agenda items
pii(
    "protocol_list",
    """
Ausländerbehörde Stadt Osnabrück – Ergebnisprotokoll Fallkonferenz Team 2, 16.03.2026
Teilnehmende: [[P:Ewers]] (TL), [[P:Kahraman]], [[P:Nolte-Baumann]], [[P:Szostak]]; Gast: Dr. [[P:Linde]] (Rechtsamt)

TOP 1 [[P:Haddad]], [[P:Samir]] und Familie ([[AZ:ABH 2-1187/19]]) – Niederlassungserlaubnis § 26 Abs. 4: Lebensunterhalt
      gesichert (Arbeitgeber Hellmann Logistik), Sprachnachweis B1 fehlt für Ehefrau [[P:Lina]]; Frist bis 30.06.
TOP 2 [[P:Mukendi, Grâce]] ([[AZ:ABH 2-0931/22]]) – Duldung, Passbeschaffung: Pass Nr. [[PASS:OP0418827]] bei
      Botschaft beantragt; Ausbildungsduldung Pflegehelferin möglich.
TOP 3 Eheleute [[P:Rahimi]] ([[AZ:ABH 2-2210/24]]) – Familiennachzug Sohn [[P:Omid]] ([[DOB:04.01.2009]]) aus [[LOC:Herat]];
      Visum liegt vor, Einreise April.
TOP 4 [[P:Vasquez Rojas, Camila]] ([[AZ:ABH 2-0412/25]]) – Wechsel Studium → Fachkraft § 18b; Antrag vollständig.
Beschlüsse: TOP 1 Verlängerung 1 J.; TOP 2 Rücksprache Rechtsamt; TOP 3 Kenntnis; TOP 4 Zustimmung BA abwarten.
""",
    keep=[
        "Ergebnisprotokoll Fallkonferenz Team 2",
        "(Rechtsamt)",
        "Arbeitgeber Hellmann Logistik",
        "Ausbildungsduldung Pflegehelferin möglich",
        "Zustimmung BA abwarten",
    ],
)

# 58 -- neighbourhood steering group: action list "Wer / Was / Bis wann"
W58 = [27, 84, 8]
pii(
    "protocol_list",
    "Quartiersmanagement Hassel/Westerholt – Ergebnisprotokoll Lenkungsrunde 02/2026 (25.02.2026, Stadtteilbüro)\n"
    + "Teilnehmende: Stadt Gelsenkirchen (Stadterneuerung), Quartiersbüro ([[P:Jasmin Koç]], [[P:Leon Wiechert]]),\n"
    + "Bewohnerbeirat ([[P:Hannelore Szymanski]], [[P:Ahmet Güler]]), Wohnungsbaugesellschaft VIVAWEST (Kundencenter)\n"
    + "Verteiler: Teilnehmende, [[MAIL:jasmin.koc@qm-hassel.example]], quartiersbuero@qm-hassel.example\n\n"
    + "Aufgaben:\n"
    + pipe_rows(
        W58,
        ("Wer", "Was", "Bis wann"),
        (
            "Quartiersbüro ([[P:Koç]])",
            "Verfügungsfonds: Antrag Nachbarschaftsgarten (Frau [[P:Pohl]], [[STR:Eppmannsweg 40]]) prüfen",
            "15.03.",
        ),
        (
            "[[P:Ahmet Güler]]",
            "Sprachcafé: 3 Ehrenamtliche benennen (u. a. [[P:Nermin Çakır]], [[TEL:0157 3309 1824]])",
            "31.03.",
        ),
        ("Stadterneuerung", "Förderbescheid Bolzplatz Bergmannsglück weiterleiten", "20.03."),
        ("[[P:Hannelore Szymanski]]", "Mängelliste Spielplatz an VIVAWEST", "10.03."),
        (
            "VIVAWEST",
            "Rückmeldung zu Schimmelbeschwerde Fam. [[P:Bajramović]] ([[STR:Polsumer Str. 110]])",
            "31.03.",
        ),
    )
    + "\n",
    keep=[
        "Ergebnisprotokoll Lenkungsrunde 02/2026",
        "quartiersbuero@qm-hassel.example",
        "Förderbescheid Bolzplatz Bergmannsglück weiterleiten",
        "Wohnungsbaugesellschaft VIVAWEST (Kundencenter)",
        "Wer                         | Was",
    ],
)

# 59 -- public meeting on wind turbines: list of speakers
pii(
    "protocol_list",
    """
Gemeinde-/Stadtteilversammlung Windpark „Hohe Warte“ – Stadt Lippstadt, 09.03.2026, Aula Schulzentrum Cappel
Protokoll: [[P:Melanie Peitz]] (Amt für Umwelt und Klimaschutz); ca. 140 Besucher/innen

Wortmeldungen (in der Reihenfolge):
 1. [[P:Dieter Brömmelkamp]], Hof [[P:Brömmelkamp]], [[STR:Lütkenbecker Weg 3]] – Schattenwurf auf Stallungen, fordert Abschaltautomatik.
 2. [[P:Sabine Hegemann-Loer]] ([[LOC:Lipperode]]) – Infraschall, bittet um unabhängiges Gutachten.
 3. [[P:Viktor Becker]], Vorsitzender Heimatverein Cappel – Landschaftsbild, Sichtachse zur Marienkirche.
 4. [[P:Ömer Sarıkaya]] ([[LOC:Lippstadt-Bökenförde]]) – befürwortet Bürgerbeteiligung (Energiegenossenschaft).
 5. Projektierer WestfalenWind GmbH (Herr [[P:Pohlmann]]) – erläutert Abstände (1.000 m zur Wohnbebauung).
 6. [[P:Anneliese Wrede]], [[STR:Hohe Warte 11]], [[LOC:59558 Lippstadt]] – Wertverlust des Hauses; Tel. für Rückruf [[TEL:02941 60284]].
Die Verwaltung sagt zu, Fragen 1, 2 und 6 schriftlich zu beantworten. Präsentation unter www.lippstadt.de/windpark.
""",
    keep=[
        "Windpark „Hohe Warte“",
        "Aula Schulzentrum Cappel",
        "Projektierer WestfalenWind GmbH",
        "(1.000 m zur Wohnbebauung)",
        "www.lippstadt.de/windpark",
    ],
)

# 60 -- volunteers' sign-up for a district festival: entries in prose
pii(
    "protocol_list",
    """
Stadtteilfest Nordstadt 2026 (Sa 13.06., Nordmarkt) – Helferliste, Stand nach Treffen im Stadtteilzentrum am 10.03.

Kuchen: Fr. [[P:Wagner]] (2 Bleche), [[P:Ayşe]] und [[P:Fatma Kılınç]] (Börek), [[P:Irina Melnik]] (Medovik) – Abgabe bis 11 Uhr
Aufbau (ab 8 Uhr): [[P:Jens]] vom Kleingartenverein, [[P:Kwame Mensah]] ([[TEL:0176 32209915]]), [[P:Tobias R.]]
Kinderschminken: [[P:Lisa-Marie Ochs]] (Jg. [[DOB:2008]], Einverständnis Mutter liegt vor)
Kasse Tombola: Herr [[P:Stankowski]] + Frau [[P:Stankowski]] (wie letztes Jahr)
Musik: Band „Nordlichter“ (Kontakt [[P:Dennis Ahrens]], [[MAIL:dennis.ahrens@posteo.de]])
Abbau: noch offen!! – bitte bei [[P:Hülya]] im Stadtteilzentrum melden, Tel. 0231 50-24455 (Zentrale)
Stromanschluss über DEW21, Bühne vom Jugendamt (Kennzeichen DO-4471, städt. Lkw).
""",
    keep=[
        "Stadtteilfest Nordstadt 2026 (Sa 13.06., Nordmarkt)",
        "Band „Nordlichter“",
        "Abbau: noch offen!!",
        "Tel. 0231 50-24455 (Zentrale)",
        "Kennzeichen DO-4471, städt. Lkw",
    ],
)


# ---------------------------------------------------------------------------------------------
# PII-free documents (same shapes, only public content)
# ---------------------------------------------------------------------------------------------

# 61 -- opening hours of the citizens' offices: one cell per line
clean(
    "pdf_extract",
    """
Stadt Bochum – Bürgerbüros – Öffnungszeiten ab 01.04.2026
Standort
Anschrift
Mo
Di
Mi
Do
Fr
Bürgerbüro Mitte
Willy-Brandt-Platz 2–6,
44787 Bochum
8–16
8–16
8–13
8–18
8–13
Bürgerbüro Wattenscheid
Freiheitstraße 1,
44866 Bochum
8–13
8–16
geschlossen
8–18
8–13
Bürgerbüro Langendreer
Alte Bahnhofstraße 14,
44892 Bochum
8–13
geschlossen
8–13
13–18
8–13
Seite 1 von 1 · Terminbuchung online oder über die Servicenummer 0234 910-0 · buergerbuero@bochum.de
""",
    keep=[
        "Bürgerbüros – Öffnungszeiten ab 01.04.2026",
        "Willy-Brandt-Platz 2–6,",
        "Bürgerbüro Wattenscheid",
        "Servicenummer 0234 910-0",
        "buergerbuero@bochum.de",
    ],
)

# 62 -- population by district: glued rows, page footer
clean(
    "pdf_extract",
    """
Stadt Dortmund – Dortmunder Statistik – Bevölkerung nach Stadtbezirken am 31.12.2025
Stadtbezirk Einwohner/innen davon weiblich Anteil nichtdeutsch % Veränderung zum Vorjahr
Innenstadt-West 54.912 27.381 25,4 +0,8
Innenstadt-Nord 61.007 29.442 51,2 +1,3
Innenstadt-Ost 56.228 28.901 17,9 +0,2
Eving 39.118 19.640 31,7 -0,4
Scharnhorst 45.602 23.011 24,3 -0,1
Brackel 56.774 29.312 12,8 +0,5
Dortmunder Statistik · Heft 241 · Seite 12
Aplerbeck 56.041 28.755 11,4 +0,3
Hörde 55.390 28.214 17,6 +0,9
Hombruch 57.883 29.938 9,8 +0,1
Lütgendortmund 48.316 24.497 15,2 -0,2
Huckarde 36.904 18.502 22,9 +0,4
Mengede 39.771 20.006 19,5 +0,6
Stadt insgesamt 605.946 307.599 23,1 +0,5
Quelle: Melderegister, Auswertung Dortmunder Statistik (Fachbereich 3), statistik@dortmund.de
Dortmunder Statistik · Heft 241 · Seite 13
""",
    keep=[
        "Bevölkerung nach Stadtbezirken am 31.12.2025",
        "Stadtbezirk Einwohner/innen davon weiblich Anteil nichtdeutsch % Veränderung zum Vorjahr",
        "Innenstadt-Nord 61.007 29.442 51,2 +1,3",
        "Dortmunder Statistik · Heft 241 · Seite 12",
        "statistik@dortmund.de",
    ],
)

# 63 -- budget lines: one cell per line, hyphenated breaks, page header and footer
clean(
    "pdf_extract",
    """
Haushaltsplan 2026 · Teilergebnisplan Produktgruppe 0601 Kindertagesbetreuung
Pos.
Ertrags- und Aufwands-
arten
Ergebnis
2024
Ansatz
2025
Ansatz
2026
02
Zuwendungen und allge-
meine Umlagen
48.210.400
51.002.000
54.380.000
04
Öffentlich-rechtliche Leis-
tungsentgelte
6.911.250
6.450.000
6.120.000
Stadt Mülheim an der Ruhr · Haushaltsplan 2026 · Seite 412
Haushaltsplan 2026 · Teilergebnisplan Produktgruppe 0601 (Fortsetzung)
13
Aufwendungen für Sach- und
Dienstleistungen
3.204.118
3.380.000
3.512.000
15
Transferaufwendungen (Zu-
schüsse an freie Träger)
71.446.900
75.900.000
80.215.000
Erläuterung zu Pos. 15: Steigerung durch Ausbau U3 (Kita Sonnenblume, Kita an der Ruhr, Kita Styrum-Süd).
Stadt Mülheim an der Ruhr · Haushaltsplan 2026 · Seite 413
""",
    keep=[
        "Teilergebnisplan Produktgruppe 0601 Kindertagesbetreuung",
        "Zuwendungen und allge-",
        "Stadt Mülheim an der Ruhr · Haushaltsplan 2026 · Seite 412",
        "Transferaufwendungen (Zu-",
        "Kita Styrum-Süd",
    ],
)

# 64 -- schools named after persons: one cell per line, hyphenated names, switchboards
clean(
    "pdf_extract",
    """
Stadt Kiel – Amt für Schulen – Weiterführende Schulen, Anmeldezeiten 2026/27
Schule
Anschrift
Telefon
Anmeldung
Humboldt-Schule (Gymna-
sium)
Knooper Weg 90, 24116 Kiel
0431 901-6512
16.–19.02.
Max-Planck-Schule
Feldstraße 21, 24105 Kiel
0431 901-6533
16.–19.02.
Toni-Jensen-Gemeinschafts-
schule
Hamburger Chaussee 66, 24113 Kiel
0431 901-6588
23.–26.02.
Friedrich-Junge-Gemeinschaftsschule
Kieler Straße 1, 24159 Kiel
0431 901-6570
23.–26.02.
Seite 1/1 · Anmeldung mit Halbjahreszeugnis · Auskunft: schulen@kiel.de
""",
    keep=[
        "Weiterführende Schulen, Anmeldezeiten 2026/27",
        "Humboldt-Schule (Gymna-",
        "Toni-Jensen-Gemeinschafts-",
        "Knooper Weg 90, 24116 Kiel",
        "0431 901-6588",
        "schulen@kiel.de",
    ],
)

# 65 -- council calendar and papers: glued rows
clean(
    "pdf_extract",
    """
Ratsinformationssystem – Stadt Bielefeld – Sitzungskalender März 2026 (Export PDF)
Datum Gremium Ort Vorlagen
03.03.2026 Stadtentwicklungsausschuss Großer Saal, Altes Rathaus 1184/2020-2025, 1191/2020-2025
05.03.2026 Schul- und Sportausschuss Raum A 101, Neues Rathaus 1203/2020-2025
10.03.2026 Bezirksvertretung Sennestadt Sennestadthaus, Lindemann-Platz 3 1210/2020-2025 (Neubau
Hans-Ehrenberg-Schule, Mensa)
12.03.2026 Rat der Stadt Großer Saal, Altes Rathaus 1184/2020-2025 (Beschluss), 1219/2020-2025
Seite 1 von 1 · öffentliche Sitzungen · Niederlegungen im Büro des Rates, Niederwall 23
""",
    keep=[
        "Sitzungskalender März 2026 (Export PDF)",
        "Sennestadthaus, Lindemann-Platz 3",
        "Hans-Ehrenberg-Schule, Mensa",
        "Büro des Rates, Niederwall 23",
    ],
)

# 66 -- rooms of a community centre: two columns, rooms named after persons
clean(
    "two_column",
    """
Bürgerhaus Oststadt (Stadt Karlsruhe) – Räume und Kapazitäten
Raum | Kapazität (Reihenbestuhlung / Tische)
Heinrich-Hübsch-Saal | 220 / 120
Clara-Zetkin-Raum | 40 / 24
Carl-Benz-Foyer | 80 Stehplätze
Bertha-Benz-Raum (barrierefrei) | 30 / 18
Küche (Nebenraum Saal) | –
Buchung: buergerhaus-oststadt@karlsruhe.example · Hausmeisterdienst 0721 133-4470 · Tarifordnung 2026
""",
    keep=[
        "Raum | Kapazität (Reihenbestuhlung / Tische)",
        "Heinrich-Hübsch-Saal | 220 / 120",
        "Bertha-Benz-Raum (barrierefrei)",
        "Hausmeisterdienst 0721 133-4470",
    ],
)

# 67 -- street names and their namesakes: historical persons with life dates
clean(
    "two_column",
    """
Stadtarchiv Münster – Straßennamen im Neubaugebiet Hiltrup-Ost (Ratsbeschluss V/0881/2025)
Straßenname;benannt nach
Mathilde-Anneke-Straße;Mathilde Franziska Anneke (1817–1884), Schriftstellerin und Frauenrechtlerin
Annette-von-Droste-Weg;Annette von Droste-Hülshoff (1797–1848), Dichterin
Paul-Wulf-Platz;Paul Wulf (1921–1999), Opfer der NS-Zwangssterilisation, Zeitzeuge
Fürstenbergstraße;Franz Friedrich Wilhelm von Fürstenberg (1729–1810), Gründer der Universität
Hiltruper Mühlenbach;Gewässer (kein Personenbezug)
Quelle: Stadtarchiv, Straßennamensdatenbank; Rückfragen stadtarchiv@stadt-muenster.example
""",
    keep=[
        "Straßenname;benannt nach",
        "Ratsbeschluss V/0881/2025",
        "Mathilde-Anneke-Straße",
        "Hiltruper Mühlenbach;Gewässer (kein Personenbezug)",
    ],
)

# 68 -- day-care centres: box drawing with functional mailboxes and switchboards
clean(
    "box_grid",
    "Stadt Hannover – Fachbereich Jugend und Familie – Städtische Kitas im Stadtbezirk Linden-Limmer\n"
    + box(
        [
            ("Kita", "Anschrift", "Telefon", "Postfach", "Plätze"),
            (
                "Kita Janusz-Korczak-Haus",
                "Fössestraße 40, 30451 Hannover",
                "0511 168-44710",
                "kita.korczak@hannover-stadt.example",
                "95",
            ),
            (
                "Kita Lindener Berg",
                "Am Lindener Berge 12, 30449 Hannover",
                "0511 168-44722",
                "kita.lindenerberg@hannover-stadt.example",
                "60",
            ),
            (
                "Kita Ida-Arenhold",
                "Ida-Arenhold-Brücke 2, 30451 Hannover",
                "0511 168-44735",
                "kita.arenhold@hannover-stadt.example",
                "120",
            ),
        ],
        head_chars=BOX_HEAD,
    )
    + "\nAnmeldung ausschließlich über den Kita-Navigator. Stand 02/2026.\n",
    keep=[
        "Städtische Kitas im Stadtbezirk Linden-Limmer",
        "Kita Janusz-Korczak-Haus",
        "kita.lindenerberg@hannover-stadt.example",
        "0511 168-44735",
        "Anmeldung ausschließlich über den Kita-Navigator",
    ],
)

# 69 -- municipal vehicle inventory: reStructuredText grid table
clean(
    "box_grid",
    "Betriebshof Stadt Heidelberg – Fahrzeugbestand Grünflächen (Wiki, Stand 01/2026)\n\n"
    + grid(
        [
            ("Inv.-Nr.", "Fahrzeug", "Kennzeichen", "Baujahr", "Standort"),
            ("INV-GR-0112", "Multicar M31 (Kipper)", "HD-SH 112", "2019", "Betriebshof Kirchheim"),
            ("INV-GR-0145", "Fendt 211 Vario", "HD-SH 145", "2021", "Betriebshof Kirchheim"),
            (
                "INV-GR-0171",
                "e-Transporter StreetScooter",
                "HD-SH 171E",
                "2022",
                "Stützpunkt Neuenheimer Feld",
            ),
            (
                "INV-GR-0180",
                "Kehrmaschine Bucher CityCat",
                "HD-SH 180",
                "2023",
                "Stützpunkt Handschuhsheim",
            ),
        ]
    )
    + "\n\nFahrzeugdisposition: fuhrpark@heidelberg.example · Werkstatt Tel. 06221 58-29400\n",
    keep=[
        "Fahrzeugbestand Grünflächen",
        "HD-SH 171E",
        "Multicar M31 (Kipper)",
        "fuhrpark@heidelberg.example",
        "Werkstatt Tel. 06221 58-29400",
    ],
)

# 70 -- twin-town events: HTML table with towns as event places
clean(
    "html_table",
    """
<table class="termine">
<caption>Städtepartnerschaften der Stadt Wolfsburg – Veranstaltungen 2026</caption>
<tr><th>Datum</th><th>Veranstaltung</th><th>Ort</th><th>Partnerstadt</th></tr>
<tr><td>09.05.2026</td><td>Europafest mit Chören aus Sarajevo</td><td>Hugo-Bork-Platz, Wolfsburg</td><td>Sarajevo (Bosnien und Herzegowina)</td></tr>
<tr><td>18.&ndash;21.06.2026</td><td>Jugendbegegnung Sport</td><td>Pesaro, Stadio Benelli</td><td>Pesaro (Italien)</td></tr>
<tr><td>12.09.2026</td><td>Delegationsbesuch Bürgermeisteramt</td><td>Rathaus Wolfsburg, Ratssaal</td><td>Toulon (Frankreich)</td></tr>
<tr><td>03.10.2026</td><td>Partnerschaftsmarkt</td><td>Rathausvorplatz</td><td>Halberstadt, Luton, Changchun</td></tr>
</table>
<p>Anmeldung: partnerschaften@stadt.wolfsburg.example &middot; Tel. 05361 28-1220 (Büro Internationale Beziehungen)</p>
""",
    keep=[
        "Städtepartnerschaften der Stadt Wolfsburg – Veranstaltungen 2026",
        "<td>Pesaro, Stadio Benelli</td>",
        "Halberstadt, Luton, Changchun",
        "partnerschaften@stadt.wolfsburg.example",
    ],
)

# 71 -- commercial sites and firms: HTML table with HRB numbers and switchboards
clean(
    "html_table",
    """
<h3>Wirtschaftsförderung Ingolstadt &ndash; Ansiedlungen im Gewerbepark Nord-Ost 2025</h3>
<table border="1">
<tr><th>Firma</th><th>Register</th><th>Branche</th><th>Fläche</th><th>Zentrale</th></tr>
<tr><td>Donau Präzisionsteile GmbH</td><td>HRB 8812 AG Ingolstadt</td><td>Zerspanung</td><td>12.400 m&sup2;</td><td>0841 88190-0</td></tr>
<tr><td>Schneider &amp; Huber Logistik GmbH &amp; Co. KG</td><td>HRA 4410 AG Ingolstadt</td><td>Kontraktlogistik</td><td>31.000 m&sup2;</td><td>0841 99314-0</td></tr>
<tr><td>Audi-Zulieferpark Service GmbH</td><td>HRB 7701 AG Ingolstadt</td><td>Facility Services</td><td>4.800 m&sup2;</td><td>info@azps.example</td></tr>
</table>
<p>Ansprechstelle: Wirtschaftsförderung, Rathausplatz 4, wirtschaft@ingolstadt.example</p>
""",
    keep=[
        "Ansiedlungen im Gewerbepark Nord-Ost 2025",
        "HRB 8812 AG Ingolstadt",
        "Schneider &amp; Huber Logistik GmbH &amp; Co. KG",
        "0841 99314-0",
        "Rathausplatz 4, wirtschaft@ingolstadt.example",
    ],
)

# 72 -- pools API: JSON with opening hours
clean(
    "json_xml",
    """
{
  "source": "https://opendata.stadt-rostock.example/api/baeder",
  "updated": "2026-03-01",
  "items": [
    { "name": "Neptun-Schwimmhalle", "street": "Kopernikusstraße 17a", "zip": "18057", "city": "Rostock",
      "phone": "0381 381-5120", "hours": { "mo": "06:00-21:00", "sa": "08:00-18:00" }, "accessible": true },
    { "name": "Hallenbad Lütten Klein", "street": "Warnowallee 23", "zip": "18107", "city": "Rostock",
      "phone": "0381 381-5140", "hours": { "mo": "geschlossen", "sa": "09:00-17:00" }, "accessible": false }
  ],
  "license": "dl-de/by-2-0"
}
""",
    keep=[
        '"name": "Neptun-Schwimmhalle"',
        '"street": "Kopernikusstraße 17a"',
        '"phone": "0381 381-5140"',
        '"license": "dl-de/by-2-0"',
    ],
)

# 73 -- council information system: XML of papers
clean(
    "json_xml",
    """
<?xml version="1.0" encoding="UTF-8"?>
<vorlagen gremium="Ausschuss für Schule und Bildung" stadt="Braunschweig" sitzung="2026-03-17">
  <vorlage nummer="26-02817" art="Beschlussvorlage">
    <betreff>Erweiterung der Wilhelm-Raabe-Schule um einen Ganztagsbereich</betreff>
    <federfuehrung>Fachbereich 40 Schule</federfuehrung>
    <kosten waehrung="EUR">4200000</kosten>
  </vorlage>
  <vorlage nummer="26-02831" art="Mitteilung">
    <betreff>Schulentwicklungsplan 2026–2031, Anmeldezahlen Gymnasium Martino-Katharineum</betreff>
    <federfuehrung>Fachbereich 40 Schule</federfuehrung>
  </vorlage>
</vorlagen>
""",
    keep=[
        '<vorlage nummer="26-02817" art="Beschlussvorlage">',
        "Erweiterung der Wilhelm-Raabe-Schule um einen Ganztagsbereich",
        "Gymnasium Martino-Katharineum",
        "<federfuehrung>Fachbereich 40 Schule</federfuehrung>",
    ],
)

# 74 -- election results by polling district: wide table
W74 = [7, 34, 8, 8, 7, 7, 7, 7, 7, 7, 7]
clean(
    "wide_table",
    "Kommunalwahl 2025 – Stadt Koblenz – Ergebnisse nach Stimmbezirken (Ratswahl, Auszug)\n"
    + rows(
        W74,
        (
            "Bez.",
            "Wahllokal",
            "Wahlb.",
            "Wähler",
            "CDU",
            "SPD",
            "GRÜNE",
            "FDP",
            "AfD",
            "FW",
            "Sonst.",
        ),
        (
            "0101",
            "Max-von-Laue-Gymnasium",
            "1.812",
            "1.044",
            "301",
            "244",
            "198",
            "61",
            "117",
            "72",
            "51",
        ),
        (
            "0102",
            "Clemens-Brentano-Grundschule",
            "1.655",
            "902",
            "277",
            "215",
            "131",
            "48",
            "139",
            "51",
            "41",
        ),
        (
            "0205",
            "Bürgerzentrum Lützel",
            "2.104",
            "1.011",
            "255",
            "268",
            "89",
            "40",
            "241",
            "70",
            "48",
        ),
        (
            "0311",
            "Kita Hildegard von Bingen",
            "1.390",
            "811",
            "259",
            "170",
            "141",
            "52",
            "92",
            "58",
            "39",
        ),
    )
    + "\nQuelle: Wahlamt, Stadthaus Gymnasialstraße 1; vorläufiges amtliches Endergebnis.\n",
    keep=[
        "Ergebnisse nach Stimmbezirken (Ratswahl, Auszug)",
        "Max-von-Laue-Gymnasium",
        "Kita Hildegard von Bingen",
        "Stadthaus Gymnasialstraße 1",
    ],
)

# 75 -- school enrolment by school: column codes and a legend
W75 = [7, 36, 7, 7, 7, 7, 7, 7, 7]
clean(
    "wide_table",
    "Schulstatistik Stadt Würzburg 2025/26 – Grundschulen – Schülerzahlen (Erhebung 01.10.2025)\n"
    + rows(
        W75,
        ("Sp. 1", "Sp. 2", "Sp. 3", "Sp. 4", "Sp. 5", "Sp. 6", "Sp. 7", "Sp. 8", "Sp. 9"),
        ("4711", "Dalberg-Grundschule", "68", "71", "66", "70", "275", "12", "4"),
        ("4712", "Gustav-Walle-Grundschule", "52", "49", "55", "51", "207", "9", "3"),
        ("4715", "Mönchberg-Grundschule", "44", "47", "40", "45", "176", "8", "2"),
        ("4719", "Adalbert-Stifter-Grundschule", "38", "41", "39", "36", "154", "7", "2"),
    )
    + "\nSp. 1 Schulnr. | Sp. 2 Schule | Sp. 3–6 Jgst. 1–4 | Sp. 7 gesamt | Sp. 8 Klassen | Sp. 9 DaZ-Gruppen\n",
    keep=[
        "Schülerzahlen (Erhebung 01.10.2025)",
        "Gustav-Walle-Grundschule",
        "Adalbert-Stifter-Grundschule",
        "Sp. 9 DaZ-Gruppen",
    ],
)

# 76 -- scanned fee schedule: OCR errors in numbers
clean(
    "ocr_table",
    """
[Scan] Stadt Cottbus/Chóśebuz – Verwaltungsgebührensatzung, Anlage 1 (Auszug Bürgeramt)
Tarif-Nr. l Gegenstand                                   l Gebühr EUR
1.1       l Meldebescheinigung, einfach                  l  1O,OO
1.2       l erweiterte Meldebescheinigung                l  l5,00
1.5       I Melderegisterauskunft (einfach), je Person   l  12,OO
2.3       l Beglaubigung Unterschrift                    l   6,0O
2.4       ! Beglaubigung Kopie, je Seite                 ! 3,5O
Inkrafttreten: O1.O1.2O26  (Beschluss StVV Nr. Ill-O41/25)
""",
    keep=[
        "Verwaltungsgebührensatzung, Anlage 1 (Auszug Bürgeramt)",
        "erweiterte Meldebescheinigung",
        "Melderegisterauskunft (einfach), je Person",
        "Beschluss StVV Nr. Ill-O41/25",
    ],
)

# 77 -- scanned list of memorial plaques: historical persons with life dates
clean(
    "ocr_table",
    """
Kulturamt Weimar – Gedenktafeln im Stadtgebiet (Scan Inventarliste 1998, OCR, ungeprüft)
Nr.  l Person / Ereignis                          l Standort                      l Material
GT-O4 l Johann Wolfgang von Goethe (1749-l832)     l Frauenplan l                  l Bronze
GT-O7 l Friedrich Schiller (l759-18O5)             l Schillerstraße 12             l Marmor
GT-11 I Franz Liszt (1811-1886), wohnte hier      l Marienstraße l7, Hofgärtnerei l Bronze
GT-15 l Bauhaus-Gründung 1919                      l Theaterplatz / Bauhaus-Museum  l Stahl
Zuständig: Kulturamt, Sachgebiet Denkmalpflege, kulturamt@weimar.example
""",
    keep=[
        "Gedenktafeln im Stadtgebiet (Scan Inventarliste 1998, OCR, ungeprüft)",
        "Johann Wolfgang von Goethe (1749-l832)",
        "Marienstraße l7, Hofgärtnerei",
        "Bauhaus-Gründung 1919",
    ],
)

# 78 -- working group minutes with offices only
clean(
    "protocol_list",
    """
Ergebnisprotokoll Arbeitskreis Sicherheit Hauptbahnhof – Sitzung 1/2026 (Stadt Kassel, Ordnungsamt)
Anwesend: Ordnungsamt (Leitung, Stadtordnungsdienst), Bundespolizeiinspektion Kassel, Polizeirevier Mitte,
DB Station&Service AG, KVG Kasseler Verkehrs-Gesellschaft AG, Sozialamt (Straßensozialarbeit), Diakonie-Beratungsstelle
Entschuldigt: Gesundheitsamt Region Kassel

1. Lagebild: Rückgang der Einsätze um 12 % gegenüber Vorjahr.
2. Beleuchtung Unterführung Kurfürstenstraße: Auftrag an Stadtbeleuchtung erteilt (Bestellnr. 4500127731).
3. Nächste Sitzung: 09.06.2026, Rathaus, Raum W 125.
Verteiler: Teilnehmende; ordnungsamt@kassel.example
""",
    keep=[
        "Ergebnisprotokoll Arbeitskreis Sicherheit Hauptbahnhof",
        "Bundespolizeiinspektion Kassel",
        "KVG Kasseler Verkehrs-Gesellschaft AG",
        "Bestellnr. 4500127731",
        "ordnungsamt@kassel.example",
    ],
)

# 79 -- distribution list of functional mailboxes and an agenda
clean(
    "protocol_list",
    """
Einladung Dienstbesprechung Digitalisierung Bürgerservices – 24.03.2026, 10:00 Uhr, Teams
Verteiler: fb33-leitung@stadt-hamm.example; buergeramt@stadt-hamm.example; standesamt@stadt-hamm.example;
it-koordination@stadt-hamm.example; datenschutz@stadt-hamm.example; personalrat@stadt-hamm.example

Tagesordnung:
1. Stand Onlinedienste nach OZG (Anmeldung, Wohnsitz, Urkunden)
2. Einführung Terminbuchung 2.0 – Schnittstelle zum Fachverfahren (Ticket CHG-2026-0412)
3. Schulungsplan Q2 (Raum 3.04, Technisches Rathaus, Gustav-Heinemann-Straße 10)
4. Verschiedenes
""",
    keep=[
        "Dienstbesprechung Digitalisierung Bürgerservices",
        "datenschutz@stadt-hamm.example",
        "Ticket CHG-2026-0412",
        "Technisches Rathaus, Gustav-Heinemann-Straße 10",
    ],
)

# 80 -- public council agenda: papers about institutions named after persons
clean(
    "protocol_list",
    """
Tagesordnung der 22. Sitzung des Rates der Stadt Neuss am 27.03.2026, 17:00 Uhr, Ratssaal
Öffentlicher Teil:
TOP 1  Einwohnerfragestunde (keine Anfragen eingegangen)
TOP 2  Sanierung der Comenius-Gesamtschule, Baubeschluss – Vorlage RAT/0412/2026
TOP 3  Benennung einer Straße im Baugebiet Allerheiligen nach Wilhelmine Dalmann-Hoeppe (1901–1970) – Vorlage RAT/0420/2026
TOP 4  Jahresabschluss 2024 der Stadtwerke Neuss Energie und Wasser GmbH (HRB 12110) – Vorlage RAT/0388/2026
TOP 5  Anfragen und Mitteilungen
Die Vorlagen sind im Ratsinformationssystem unter ratsinfo.neuss.example abrufbar.
""",
    keep=[
        "Tagesordnung der 22. Sitzung des Rates der Stadt Neuss",
        "Sanierung der Comenius-Gesamtschule, Baubeschluss",
        "Vorlage RAT/0420/2026",
        "Stadtwerke Neuss Energie und Wasser GmbH (HRB 12110)",
        "ratsinfo.neuss.example",
    ],
)

sys.exit(CORPUS.main(OUT, {"pii": 60, "clean": 20}))
