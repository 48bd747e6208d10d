"""Build the twelfth German PII redaction development corpus (``corpus.jsonl`` next to this file).

    python3 tests/data/redaction_dev12/build_dev12.py

This is a DEVELOPMENT set: it may be read, run and tuned on. It was written without sight of the
redactor's rules, its benchmark, the held-out corpora and the documents of the other development
corpora. Its 80 documents are TABLES AND OCR SCANS as they reach the back office of a Ruhr city
(Bochum, Herne, Gelsenkirchen, Dortmund), 60 with personal data and 20 without:

  - Excel ranges pasted into e-mails (tabs, empty cells, merged header rows over two lines,
    units in the header, German number formats, "Summe" rows),
  - semicolon CSV exports (quoted fields, "; " inside quotes, "sep=;" lines, address in one cell),
  - fixed-width printouts of specialist procedures (page headers and footers, "Seite 2 von 3",
    "Druck: ... Benutzer: ...", truncated and upper-case names, dates as YYYYMMDD and DD.MM.YY),
  - OCR scans of tables and forms (drifted columns, cells broken over lines, 0/O, 1/l/I, rn/m,
    ß/B, ü/ii swaps, stray "|" and "_", receipt stamps over the text, lost umlauts),
  - multi-line records (two or three lines per person, separated by blank lines or dashes),
  - transposed tables (key-value blocks repeated per person, persons as columns),
  - Markdown, Confluence and Jira tables ("|| header ||"),
  - Word tables pasted as text (one cell per line, blank lines between cells),
  - tables inside quoted e-mail replies ("> ", "> > "),
  - lists of persons in protocols (heirs, market traders, tree sponsors, class lists, waiting
    lists) mixing persons with firms and offices.

Every document is written out individually below. Personal strings are marked inline as
``[[TYPE:text]]``; the script strips the markup and computes the offsets, so no offset is ever
written by hand. Short aliases may be used for the type:

    P=PERSON  STR=STREET_ADDRESS  LOC=LOCATION  DOB=DATE_OF_BIRTH  TEL=PHONE_NUMBER
    MAIL=EMAIL_ADDRESS  IBAN=IBAN_CODE  TAX=DE_TAX_ID  RV=DE_SOCIAL_SECURITY  ID=DE_ID_CARD
    PASS=DE_PASSPORT  KFZ=DE_KFZ  AZ=DE_AKTENZEICHEN  HR=DE_HANDELSREGISTER  IP=IP_ADDRESS

Steuer-IDs, IBANs and Rentenversicherungsnummern are produced by helper functions, so that
their check digits are valid; ID-card numbers use the ID-card alphabet.

Annotation conventions:
  - header cells, column titles, keys and labels are never annotated, only the values;
  - salutations, titles and roles ("Herr", "Frau", "Dr.", "Mutter", "Familie", "Eheleute") stay
    outside a PERSON span; "Nachname, Vorname" in one cell is one span; separate surname and
    first-name cells are one span each; a truncated name ("Kowalczyk-Wiśniew") or an upper-case
    or OCR-garbled name is annotated as written; a lone surname or first name is PERSON; a
    name inside an e-mail address counts only as part of the EMAIL_ADDRESS;
  - a span never crosses a line break: a cell broken over two lines gives one span per line;
  - a private address is split into STREET_ADDRESS (street, house number, additions) and
    LOCATION (postcode and town together, "44789 Bochum"); an address in one cell
    ("Hauptstr. 12, 44789 Bochum") gives both spans; separate columns for street and house
    number are one STREET_ADDRESS span each; towns and districts of residence, birth, origin,
    "Zuzug aus" / "Wegzug nach" and relatives' towns are LOCATION, also abroad; countries and
    nationalities are not annotated; the seat of an office, market places, tree locations,
    sites of found vehicles and other public places are not personal;
  - staff of the city named with a direct line are personal: the name, the direct-dial number
    and the personal mailbox (vorname.nachname@...); switchboards (...-0), hotlines and
    functional mailboxes are not; a login name or Jira handle built from a staff member's
    name ("KAMINSKI", "[~m.kowalke]") is PERSON, an anonymous user code ("EWO042") is not;
  - file numbers, Kassenzeichen, customer, booking, BG, permit, mandate and AZR numbers of a
    citizen's matter are DE_AKTENZEICHEN (the cue word outside); council papers, plan numbers,
    Tatbestandsnummern, inventory numbers, stall numbers, grave positions and tickets are not;
  - German ID cards and eAT cards are DE_ID_CARD, German and foreign passports DE_PASSPORT;
  - a sole trader (e.K., Inh.) is a natural person: the name, the business address, the HRA
    entry (DE_HANDELSREGISTER) and the Steuernummer are personal; firms with a legal form of
    their own (GmbH, AG, KG, eG) and their HRB entries and addresses are not, even when the firm
    bears a person's name ("Bäckerei Schulte GmbH");
  - plates of vehicles of citizens and firms are DE_KFZ, municipal plates are not;
    citizens' IP addresses are IP_ADDRESS, internal IPs of the city network are not;
  - only dates of birth are personal (also those of deceased persons, a bare year of birth and a
    garbled OCR date); letter, print, move-in, payment, appointment and death dates and dogs'
    dates of birth are not;
  - OCR noise inside a personal string is part of the span ("Mii11er", "O3.O4.1958").

Checks (all in this file, standard library only): offsets reproduce the span text, spans are
sorted and do not overlap, do not cross a line break and have no surrounding blanks; Steuer-IDs
(§ 139b AO) and IBANs (ISO 13616 MOD 97) are valid, Rentenversicherungsnummern carry a valid
check digit, ID-card numbers use the ID-card alphabet; every keep phrase occurs outside all
spans; each document is 400–4,000 characters long and has 4–5 keep phrases; PII-free documents
have no spans; and every further occurrence of an annotated string (and of every name part of
three or more letters) is annotated as well, unless explicitly allowed for that document.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "corpus.jsonl"

MARK = re.compile(r"\[\[([A-Z_]+):(.*?)\]\]")
ALIASES = {
    "P": "PERSON",
    "STR": "STREET_ADDRESS",
    "LOC": "LOCATION",
    "DOB": "DATE_OF_BIRTH",
    "TEL": "PHONE_NUMBER",
    "MAIL": "EMAIL_ADDRESS",
    "IBAN": "IBAN_CODE",
    "TAX": "DE_TAX_ID",
    "RV": "DE_SOCIAL_SECURITY",
    "ID": "DE_ID_CARD",
    "PASS": "DE_PASSPORT",
    "KFZ": "DE_KFZ",
    "AZ": "DE_AKTENZEICHEN",
    "HR": "DE_HANDELSREGISTER",
    "IP": "IP_ADDRESS",
}
TYPES = set(ALIASES.values())
ID_ALPHABET = set("CFGHJKLMNPRTVWXYZ0123456789")

DOCS: list[dict] = []


# ---------------------------------------------------------------------------------------------
# Helpers: check-digit-valid numbers
# ---------------------------------------------------------------------------------------------


def _steuer_id_check(first10: str) -> int:
    product = 10
    for ch in first10:
        total = (int(ch) + product) % 10 or 10
        product = (total * 2) % 11
    check = 11 - product
    return 0 if check == 10 else check


def steuer_id(first10: str, grouped: bool = False) -> str:
    """Steuer-ID (§ 139b AO): ten digits, one of them twice, plus the check digit."""
    assert len(first10) == 10 and first10.isdigit() and first10[0] != "0", first10
    counts = sorted((first10.count(d) for d in set(first10)), reverse=True)
    assert counts[0] in (2, 3) and counts[1] == 1, first10
    digits = first10 + str(_steuer_id_check(first10))
    if grouped:
        return f"{digits[:2]} {digits[2:5]} {digits[5:8]} {digits[8:]}"
    return digits


def _iban_valid(value: str) -> bool:
    value = value.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", value):
        return False
    moved = value[4:] + value[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def iban(country: str, bban: str, grouped: bool = True) -> str:
    """IBAN with the MOD-97 check digits (ISO 13616) computed for ``bban``."""
    numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    value = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    if grouped:
        return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


RV_WEIGHTS = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]


def _rv_check(area: str, ddmmyy: str, letter: str, serial: str) -> int:
    digits = area + ddmmyy + f"{ord(letter) - 64:02d}" + serial
    return sum(sum(divmod(int(d) * w, 10)) for d, w in zip(digits, RV_WEIGHTS, strict=False)) % 10


def rvnr(area: str, ddmmyy: str, letter: str, serial: str, grouped: bool = True) -> str:
    """Rentenversicherungsnummer: area, date of birth, initial, serial and check digit."""
    assert len(area) == 2 and len(ddmmyy) == 6 and len(serial) == 2 and letter.isupper()
    check = _rv_check(area, ddmmyy, letter, serial)
    if grouped:
        return f"{area} {ddmmyy} {letter} {serial}{check}"
    return f"{area}{ddmmyy}{letter}{serial}{check}"


def ausweis(serial: str) -> str:
    """Serial number of a German ID card or eAT (nine characters of the ID-card alphabet)."""
    assert len(serial) == 9 and set(serial) <= ID_ALPHABET, serial
    return serial


# ---------------------------------------------------------------------------------------------
# Helpers: table layout (markup does not count towards a cell's width)
# ---------------------------------------------------------------------------------------------


def visible(cell: str) -> int:
    return len(MARK.sub(lambda m: m.group(2), cell))


def fw(widths: list[int], *cells: str, gap: int = 1) -> str:
    """One row of a space-aligned table."""
    out = []
    for i, cell in enumerate(cells):
        width = widths[i] if i < len(widths) else 0
        out.append(cell + " " * max(gap, width - visible(cell)))
    return "".join(out).rstrip()


def rows(widths: list[int], *lines: tuple[str, ...]) -> str:
    return "\n".join(fw(widths, *line) for line in lines)


def rfw(widths: list[int], right: set[int], *cells: str) -> str:
    """A space-aligned row whose columns in ``right`` are right-aligned."""
    out = []
    for i, cell in enumerate(cells):
        width = widths[i] if i < len(widths) else 0
        pad = " " * max(0, width - visible(cell))
        out.append(pad + cell if i in right else cell + pad)
    return " ".join(out).rstrip()


def pipe_rows(widths: list[int], *lines: tuple[str, ...], edge: bool = True) -> str:
    """Rows of a Markdown-like table whose cells are padded to ``widths``."""
    out = []
    for line in lines:
        cells = []
        for i, cell in enumerate(line):
            width = widths[i] if i < len(widths) else 0
            cells.append(cell + " " * max(0, width - visible(cell)))
        row = " | ".join(cells)
        out.append(f"| {row} |" if edge else row.rstrip())
    return "\n".join(out)


def quote(block: str, prefix: str = "> ") -> str:
    """Prefix every line of ``block`` as a quoted e-mail reply does."""
    return "\n".join(
        (prefix + line).rstrip() if line else prefix.rstrip() for line in block.split("\n")
    )


# ---------------------------------------------------------------------------------------------
# Document registration and checks
# ---------------------------------------------------------------------------------------------


def _parse(marked: str) -> tuple[str, list[dict]]:
    text_parts: list[str] = []
    spans: list[dict] = []
    pos = 0
    length = 0
    for m in MARK.finditer(marked):
        before = marked[pos : m.start()]
        text_parts.append(before)
        length += len(before)
        kind, value = m.group(1), m.group(2)
        typ = ALIASES.get(kind, kind)
        if typ not in TYPES:
            raise ValueError(f"unknown span type {kind!r}")
        spans.append({"start": length, "end": length + len(value), "type": typ, "text": value})
        text_parts.append(value)
        length += len(value)
        pos = m.end()
    text_parts.append(marked[pos:])
    return "".join(text_parts), spans


def _add(kind: str, style: str, marked: str, keep: list[str], allow: tuple[str, ...]) -> None:
    text, spans = _parse(marked.strip("\n") + "\n")
    DOCS.append(
        {"kind": kind, "style": style, "text": text, "spans": spans, "keep": keep, "allow": allow}
    )


def pii(style: str, marked: str, keep: list[str], allow: tuple[str, ...] = ()) -> None:
    _add("pii", style, marked, keep, allow)


def clean(style: str, marked: str, keep: list[str], allow: tuple[str, ...] = ()) -> None:
    _add("clean", style, marked, keep, allow)


LETTER = r"[^\W\d_]"


def _covered(spans: list[dict], start: int, end: int) -> bool:
    return any(s["start"] <= start and end <= s["end"] for s in spans)


def _bounded(text: str, needle: str):
    pattern = r"(?<![\w])" + re.escape(needle) + r"(?![\w])"
    for m in re.finditer(pattern, text):
        yield m.start(), m.end()


def check(doc: dict, ident: str) -> list[str]:
    errors: list[str] = []
    text, spans, keep, allow = doc["text"], doc["spans"], doc["keep"], set(doc["allow"])
    say = lambda msg: errors.append(f"{ident} ({doc['style']}): {msg}")  # noqa: E731

    if not 400 <= len(text) <= 4000:
        say(f"length {len(text)} outside 400..4000")
    if not 4 <= len(keep) <= 5:
        say(f"{len(keep)} keep phrases")
    if doc["kind"] == "clean" and spans:
        say("clean document with spans")
    if doc["kind"] == "pii" and not spans:
        say("pii document without spans")
    if "[[" in text or "]]" in text:
        say("unparsed markup left in text")

    prev_end = -1
    for s in spans:
        if text[s["start"] : s["end"]] != s["text"]:
            say(f"offset mismatch {s}")
        if s["start"] < prev_end:
            say(f"overlap or unsorted at {s}")
        prev_end = s["end"]
        value = s["text"]
        if not value or value != value.strip() or "\n" in value:
            say(f"bad span boundaries {value!r}")
        if s["type"] == "DE_TAX_ID":
            digits = value.replace(" ", "")
            if (
                len(digits) == 11
                and digits.isdigit()
                and int(digits[10]) != _steuer_id_check(digits[:10])
            ):
                say(f"invalid Steuer-ID {value}")
        if s["type"] == "IBAN_CODE" and not _iban_valid(value):
            say(f"invalid IBAN {value}")
        if s["type"] == "DE_SOCIAL_SECURITY":
            compact = value.replace(" ", "")
            m = re.fullmatch(r"(\d\d)(\d{6})([A-Z])(\d\d)(\d)", compact)
            if not m or _rv_check(m[1], m[2], m[3], m[4]) != int(m[5]):
                say(f"invalid RV number {value}")
        if s["type"] == "DE_ID_CARD" and not set(value) <= ID_ALPHABET:
            say(f"ID card number outside the ID-card alphabet: {value}")

    for phrase in keep:
        hits = [m.start() for m in re.finditer(re.escape(phrase), text)]
        if not hits:
            say(f"keep phrase missing: {phrase!r}")
            continue
        free = [
            h for h in hits if not any(s["start"] < h + len(phrase) and h < s["end"] for s in spans)
        ]
        if not free:
            say(f"keep phrase only inside spans: {phrase!r}")

    # every further occurrence of an annotated string and of every name part is annotated
    needles: set[str] = set()
    for s in spans:
        if len(s["text"]) >= 3:
            needles.add(s["text"])
        if s["type"] == "PERSON":
            needles.update(re.findall(LETTER + "{3,}", s["text"]))
    for needle in sorted(needles):
        if needle in allow:
            continue
        for start, end in _bounded(text, needle):
            if not _covered(spans, start, end):
                line = text[max(0, start - 30) : end + 30].replace("\n", "⏎")
                say(f"unannotated occurrence of {needle!r}: …{line}…")
                break
    return errors


def main() -> int:
    partial = "--partial" in sys.argv
    errors: list[str] = []
    records = []
    counters = {"pii": 0, "clean": 0}
    ordered = [d for d in DOCS if d["kind"] == "pii"] + [d for d in DOCS if d["kind"] == "clean"]
    for doc in ordered:
        counters[doc["kind"]] += 1
        ident = f"{doc['kind']}-{counters[doc['kind']]:03d}"
        errors.extend(check(doc, ident))
        records.append(
            {
                "id": ident,
                "kind": doc["kind"],
                "style": doc["style"],
                "text": doc["text"],
                "spans": doc["spans"],
                "keep": doc["keep"],
            }
        )
    if not partial and counters != {"pii": 60, "clean": 20}:
        errors.append(f"expected 60 pii and 20 clean documents, got {counters}")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} error(s); corpus.jsonl not written", file=sys.stderr)
        return 1
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    types = Counter(s["type"] for r in records for s in r["spans"])
    styles = Counter((r["style"], r["kind"]) for r in records)
    print(f"wrote {len(records)} documents to {OUT}")
    print(
        f"  pii {counters['pii']}, clean {counters['clean']}, spans {sum(types.values())}, "
        f"keep {sum(len(r['keep']) for r in records)}"
    )
    for typ, n in types.most_common():
        print(f"  {typ:20s} {n}")
    for (style, kind), n in sorted(styles.items()):
        print(f"  {style:24s} {kind:5s} {n}")
    return 0


# ---------------------------------------------------------------------------------------------
# Numbers with check digits used below
# ---------------------------------------------------------------------------------------------

TAX_1 = steuer_id("5291738264")
TAX_2 = steuer_id("8137605943", grouped=True)
TAX_3 = steuer_id("2764019832")
TAX_4 = steuer_id("6058213474")
TAX_5 = steuer_id("9341572603", grouped=True)
TAX_6 = steuer_id("7482915037")
TAX_7 = steuer_id("3916248571")
TAX_8 = steuer_id("1582640391", grouped=True)

TAX_9 = steuer_id("4706193854")

IBAN_E3_1 = iban("DE", "42050001" + "0101847733")
IBAN_E3_3 = iban("DE", "44010046" + "0688215409")
IBAN_E3_4 = iban("DE", "50010517" + "5531904287")
IBAN_E8_1 = iban("DE", "44050199" + "0291148850")
IBAN_E8_2 = iban("DE", "44010046" + "0947302111", grouped=False)
IBAN_E8_4 = iban("IT", "X" + "03069" + "01783" + "100000063127")


def tsv(*lines: tuple[str, ...]) -> str:
    """Rows of an Excel range as Excel puts them on the clipboard: cells joined by tabs."""
    return "\n".join("\t".join(line) for line in lines)


# ---------------------------------------------------------------------------------------------
# Excel ranges pasted into e-mails (pii)
# ---------------------------------------------------------------------------------------------

pii(
    "excel_paste",
    f"""
Von: [[P:Wielgoss, Sandra]]
An: Ermittlungsdienst Einwohnerwesen <ermittlungsdienst-ewo@bochum.de>
Gesendet: Mittwoch, 2. Dezember 2026 10:17
Betreff: Rückläufer Anschreiben Melderegisterbereinigung KW 48

Hallo zusammen,

anbei die Rückläufer aus KW 48, direkt aus meiner Liste kopiert. Bitte vor Ort prüfen, ob die
Personen noch unter der Anschrift wohnen; bei Leerstand bitte Berichtigung nach § 6 BMG
vorbereiten. Zeile 5 ist kein Postrückläufer, sondern kam über den Hausverwalter.

{
        tsv(
            (
                "Lfd.",
                "Name",
                "Vorname",
                "Geb.-Dat.",
                "Straße",
                "HNr",
                "PLZ",
                "Ort",
                "Rückl. am",
                "Vermerk Post",
            ),
            (
                "1",
                "[[P:Kaczmarek]]",
                "[[P:Dominik]]",
                "[[DOB:14.03.1991]]",
                "[[STR:Herner Str.]]",
                "[[STR:271]]",
                "[[LOC:44809]]",
                "[[LOC:Bochum]]",
                "23.11.2026",
                "unbekannt verzogen",
            ),
            (
                "2",
                "[[P:Ionescu]]",
                "[[P:Mihaela]]",
                "[[DOB:07.09.1987]]",
                "[[STR:Castroper Str.]]",
                "[[STR:118a]]",
                "[[LOC:44791]]",
                "[[LOC:Bochum]]",
                "23.11.2026",
                "",
            ),
            (
                "3",
                "[[P:Ionescu]]",
                "[[P:Andrei Florin]]",
                "[[DOB:22.01.2015]]",
                "[[STR:Castroper Str.]]",
                "[[STR:118a]]",
                "[[LOC:44791]]",
                "[[LOC:Bochum]]",
                "23.11.2026",
                "",
            ),
            (
                "4",
                "[[P:Nwosu]]",
                "[[P:Chiamaka]]",
                "[[DOB:30.06.1996]]",
                "[[STR:Hustadtring]]",
                "[[STR:57]]",
                "[[LOC:44801]]",
                "[[LOC:Bochum]]",
                "24.11.2026",
                "Briefkasten ohne Namen",
            ),
            (
                "5",
                "[[P:Bauer]]",
                "[[P:Detlef]]",
                "[[DOB:11.12.1958]]",
                "[[STR:Dorstener Str.]]",
                "[[STR:402]]",
                "[[LOC:44809]]",
                "[[LOC:Bochum]]",
                "",
                "Annahme verweigert",
            ),
            (
                "6",
                "[[P:Trần]]",
                "[[P:Thị Hoa]]",
                "[[DOB:03.05.1979]]",
                "[[STR:Wittener Str.]]",
                "[[STR:34]]",
                "[[LOC:44789]]",
                "[[LOC:Bochum]]",
                "26.11.2026",
                "Empfänger unbekannt",
            ),
        )
    }

Die Nummern 2 und 3 sind Mutter und Sohn, laut Nachbarin nach [[LOC:Iași]] zurück.

Viele Grüße
[[P:Sandra Wielgoss]]

Stadt Bochum – Bürgerbüro Mitte
Willy-Brandt-Platz 2–6, 44777 Bochum
Tel. [[TEL:0234 910-1378]]
[[MAIL:sandra.wielgoss@bochum.de]]
""",
    keep=[
        "ermittlungsdienst-ewo@bochum.de",
        "§ 6 BMG",
        "Geb.-Dat.",
        "Willy-Brandt-Platz 2–6",
        "KW 48",
    ],
    allow=("Bochum",),
)

pii(
    "excel_paste",
    f"""
Betreff: Stichprobe Mietobergrenzen Wanne – Fälle für die Prüfung am 10.12.

Hallo Herr [[P:Kampmann]],

wie besprochen die fünf Fälle aus der Stichprobe für das Rechnungsprüfungsamt. Die
Tabelle ist aus dem Excel-Blatt „Stichprobe_2026_Q4“ kopiert, die verbundenen Zellen in der
Kopfzeile sind beim Einfügen leider verrutscht:

{
        tsv(
            ("WG-Nr.", "Antragsteller/in", "", "", "Einkommen (mtl.)", "", "Miete", ""),
            (
                "",
                "Name",
                "Vorname",
                "HH",
                "brutto in €",
                "anrechenb. in €",
                "Kaltmiete in €",
                "Wfl. in m²",
            ),
            (
                "[[AZ:WG-23-04418]]",
                "[[P:Yıldırım]]",
                "[[P:Serkan]]",
                "4",
                "2.318,00",
                "1.706,45",
                "612,00",
                "78,5",
            ),
            (
                "[[AZ:WG-24-00917]]",
                "[[P:Baran]]",
                "[[P:Rojda]]",
                "3",
                "1.540,20",
                "1.178,90",
                "498,50",
                "64",
            ),
            (
                "[[AZ:WG-25-01263]]",
                "[[P:Wójcik]]",
                "[[P:Halina]]",
                "1",
                "1.021,37",
                "874,12",
                "389,00",
                "46,2",
            ),
            (
                "[[AZ:WG-22-07731]]",
                "[[P:Haddad]]",
                "[[P:Rami]]",
                "5",
                "2.790,00",
                "2.004,80",
                "745,00",
                "92",
            ),
            (
                "[[AZ:WG-26-00085]]",
                "[[P:Schimanski]]",
                "[[P:Gisela]]",
                "1",
                "1.188,40",
                "1.002,56",
                "402,30",
                "51",
            ),
            ("Summe", "", "", "14", "8.857,97", "6.766,83", "2.646,80", "331,7"),
        )
    }

Bei Frau [[P:Wójcik]] liegt die Miete knapp über der Höchstgrenze der Mietstufe IV, wir haben
den Zuschlag für Heizkosten berücksichtigt. Die Akten liegen ab Montag im Rathaus Wanne,
Zimmer 214, für Sie bereit.

Mit freundlichen Grüßen
[[P:Melanie Ostrowski]]
Stadt Herne – Fachbereich Soziales, Abteilung Wohngeld
Rathausstraße 6, 44649 Herne
Telefon [[TEL:02323 16-2917]]
""",
    keep=[
        "Einkommen (mtl.)",
        "Kaltmiete in €",
        "2.646,80",
        "Mietstufe IV",
        "Rathausstraße 6, 44649 Herne",
    ],
)

pii(
    "excel_paste",
    f"""
Von: Stadtkasse Gelsenkirchen – Vollstreckung <vollstreckung@gelsenkirchen.de>
An: [[P:Kühn, Petra]]
Betreff: Ratenzahlungsvereinbarungen November – Lastschriften bitte einrichten

Hallo Frau [[P:Kühn]],

unten die im November geschlossenen Ratenvereinbarungen. Wo eine Bankverbindung steht, liegt
ein unterschriebenes SEPA-Mandat vor; die anderen zahlen per Überweisung. Beträge in Euro.

{
        tsv(
            (
                "Kassenzeichen",
                "Schuldner/in",
                "Forderungsart",
                "Rückstand €",
                "Rate €",
                "ab",
                "Konto (SEPA)",
            ),
            (
                "[[AZ:5.1200.318842.6]]",
                "[[P:Öztürk, Kemal]]",
                "Gewerbesteuer",
                "3.412,60",
                "150,00",
                "15.12.2026",
                f"[[IBAN:{IBAN_E3_1}]]",
            ),
            (
                "[[AZ:5.1200.402217.1]]",
                "[[P:Popescu, Ionuț]]",
                "Bußgeld",
                "388,50",
                "50,00",
                "15.12.2026",
                "",
            ),
            (
                "[[AZ:5.1300.117045.9]]",
                "[[P:Kamińska, Beata]]",
                "Elternbeitr.",
                "1.146,00",
                "95,50",
                "01.01.2027",
                f"[[IBAN:{IBAN_E3_3}]]",
            ),
            (
                "[[AZ:5.1200.509930.3]]",
                "[[P:Adebayo, Oluwaseun]]",
                "Abschleppkosten",
                "276,35",
                "40,00",
                "15.12.2026",
                f"[[IBAN:{IBAN_E3_4}]]",
            ),
            (
                "[[AZ:5.1100.288014.7]]",
                "[[P:Lorenz, Hans-Jürgen]]",
                "Grundbesitzabg.",
                "2.014,18",
                "200,00",
                "15.01.2027",
                "",
            ),
            ("", "", "Summe", "7.237,63", "535,50", "", ""),
        )
    }

Herr [[P:Lorenz]] hat angekündigt, die Restforderung nach Verkauf seines Wohnmobils im
Frühjahr auf einmal abzulösen. Bitte die Säumniszuschläge erst nach Eingang der zweiten Rate
niederschlagen.

Gruß
[[P:Thorsten Bückmann]]
Vollziehungsbeamter, Tel. [[TEL:0209 169-4472]]
Stadt Gelsenkirchen – Stadtkasse, Hans-Sachs-Haus, Ebertstraße 11, 45879 Gelsenkirchen
""",
    keep=[
        "vollstreckung@gelsenkirchen.de",
        "SEPA-Mandat",
        "7.237,63",
        "Säumniszuschläge",
        "Ebertstraße 11, 45879 Gelsenkirchen",
    ],
    allow=("Hans",),
)

pii(
    "excel_paste",
    f"""
An: Abo-Center DSW21 <abocenter@dsw21.de>
Cc: schuelerfahrkosten@dortmund.de
Betreff: Schokoticket – Nachmeldungen Dezember 2026 (Liste 7)

Sehr geehrte Damen und Herren,

bitte stellen Sie für die folgenden Schülerinnen und Schüler ab 01.01.2027 ein Schokoticket aus
(Eigenanteil 12,00 € mtl. wird von den Eltern direkt an Sie gezahlt). Zeile 2 und 5 erhalten
kein Ticket, sondern eine Kostenerstattung für den Fahrdienst; wir haben sie nur zur
Vollständigkeit drin gelassen.

{
        tsv(
            ("Nr.", "Name, Vorname", "Geb.", "Anschrift", "Schule", "Klasse", "Ticket"),
            (
                "1",
                "[[P:Al-Khatib, Yusuf]]",
                "[[DOB:12.04.2013]]",
                "[[STR:Bornstr. 114]], [[LOC:44145 Dortmund]]",
                "Max-Planck-Gymnasium",
                "8b",
                "Schokoticket",
            ),
            (
                "2",
                "[[P:Kowalczyk, Zofia]]",
                "[[DOB:29.10.2014]]",
                "[[STR:Evinger Str. 305]], [[LOC:44339 Dortmund]]",
                "Anne-Frank-Gesamtschule",
                "6c",
                "",
            ),
            (
                "3",
                "[[P:Tesfay, Yohannes]]",
                "[[DOB:03.02.2012]]",
                "[[STR:Münsterstr. 88]], [[LOC:44145 Dortmund]]",
                "Gesamtschule Scharnhorst",
                "9a",
                "Schokoticket",
            ),
            (
                "4",
                "[[P:Russo, Giulia]]",
                "[[DOB:17.08.2015]]",
                "[[STR:Hermannstr. 41]], [[LOC:44263 Dortmund]]",
                "Phoenix-Gymnasium",
                "5d",
                "Schokoticket",
            ),
            (
                "5",
                "[[P:Dimitrov, Hristo]]",
                "[[DOB:08.11.2013]]",
                "[[STR:Brackeler Str. 20a]], [[LOC:44309 Dortmund]]",
                "Heisenberg-Gymnasium",
                "7a",
                "",
            ),
            (
                "6",
                "[[P:Kuhlmann, Leonie]]",
                "[[DOB:21.06.2014]]",
                "[[STR:Kielstr. 17]], [[LOC:44145 Dortmund]]",
                "",
                "6b",
                "Schokoticket",
            ),
        )
    }

Bei Nr. 6 fehlt noch die Schule (Zuzug aus [[LOC:Lünen-Brambauer]], Schulplatz wird gerade
vergeben); bitte trotzdem schon anlegen.

Mit freundlichen Grüßen
i. A. [[P:Jörg Pietrzak]]
Stadt Dortmund – Fachbereich Schule, Schülerfahrkosten
Königswall 25–27, 44137 Dortmund
Tel. [[TEL:0231 50-2 47 31]]
""",
    keep=[
        "Schokoticket",
        "Eigenanteil 12,00 €",
        "Max-Planck-Gymnasium",
        "schuelerfahrkosten@dortmund.de",
        "Königswall 25–27, 44137 Dortmund",
    ],
)

pii(
    "excel_paste",
    f"""
Betreff: WG: Altfahrzeuge mit rotem Punkt – Halterauskünfte liegen vor

Moin,

die Halterauskünfte vom KBA sind da, ich habe sie in unsere Liste übernommen. Nach
Fristablauf bitte die Abschleppung zur Verwertung beauftragen. Der Clio hat keine
Kennzeichen und keine FIN mehr, da bleibt nur die Entsorgung als Abfall.

{
        tsv(
            (
                "Fundort",
                "Fahrzeug",
                "Kennzeichen",
                "Halter (lt. KBA)",
                "Halteranschrift",
                "rot. Punkt am",
                "Frist bis",
            ),
            (
                "Parkplatz Ruhrstadion, Castroper Str.",
                "VW Golf IV silber",
                "[[KFZ:BO-KT 417]]",
                "[[P:Szymański, Marek]]",
                "[[STR:Gerther Str. 12]], [[LOC:44805 Bochum]]",
                "17.11.2026",
                "01.12.2026",
            ),
            (
                "Kemnader Str. ggü. Nr. 300",
                "Opel Corsa rot",
                "[[KFZ:HER-AY 88]]",
                "[[P:Aydın, Berfin]]",
                "[[STR:Bahnhofstr. 84]], [[LOC:44623 Herne]]",
                "18.11.2026",
                "02.12.2026",
            ),
            (
                "Wasserstr. (Höhe Bushalt.)",
                "Renault Clio",
                "ohne Kz.",
                "nicht ermittelbar",
                "",
                "19.11.2026",
                "03.12.2026",
            ),
            (
                "Universitätsstr., P+R",
                "Ford Fiesta",
                "[[KFZ:GE-HM 2204]]",
                "[[P:Mahmoud, Khaled]]",
                "[[STR:Ückendorfer Str. 161]], [[LOC:45886 Gelsenkirchen]]",
                "20.11.2026",
                "04.12.2026",
            ),
            (
                "Hattinger Str. 801",
                "BMW 316i",
                "[[KFZ:DO-RR 1983]]",
                "[[P:Rusu, Florin]]",
                "[[STR:Münsterstr. 201]], [[LOC:44145 Dortmund]]",
                "20.11.2026",
                "04.12.2026",
            ),
        )
    }

Frau [[P:Aydın]] hat heute angerufen ([[TEL:0157 82 19 44 03]]), das Auto gehört angeblich ihrem
Ex-Freund, sie kümmert sich bis Freitag. Bei [[KFZ:DO-RR 1983]] ist die Zulassung seit Oktober
erloschen.

[[P:Kevin Lüdtke]]
Kommunaler Ordnungsdienst, Stadt Bochum
Tel. [[TEL:0234 910-3561]] | Zentrale 0234 910-0
""",
    keep=[
        "Kommunaler Ordnungsdienst",
        "rot. Punkt am",
        "Parkplatz Ruhrstadion",
        "Hattinger Str. 801",
        "0234 910-0",
    ],
)

pii(
    "excel_paste",
    f"""
Liebe Kita-Leitungen,

hier die neuen Anmeldungen aus dem Kita-Navigator, die euch als Wunsch 1 oder 2 angegeben
haben (Export vom 30.11.2026, Spalten gekürzt). Bitte bis 11.12.2026 im Navigator
zurückmelden, ob ein Platz angeboten werden kann. Leere Zellen = keine Angabe der Eltern.

{
        tsv(
            (
                "Kind Nachname",
                "Kind Vorname",
                "Geb.-Datum",
                "Betreuung (Std./Woche)",
                "Aufnahme ab",
                "Sorgeberechtigte/r",
                "Telefon",
                "E-Mail",
                "Wunsch 1",
                "Wunsch 2",
            ),
            (
                "[[P:Çelik]]",
                "[[P:Mira]]",
                "[[DOB:14.02.2024]]",
                "35",
                "01.08.2027",
                "[[P:Çelik, Ayşe]]",
                "[[TEL:0176 38820417]]",
                "[[MAIL:ayse.celik88@gmail.com]]",
                "Kita Spatzennest",
                "Familienzentrum Bickern",
            ),
            (
                "[[P:Petrenko]]",
                "[[P:Sofiia]]",
                "[[DOB:30.09.2023]]",
                "45",
                "01.08.2027",
                "[[P:Petrenko, Oksana]]",
                "[[TEL:0157 71290364]]",
                "",
                "Familienzentrum Bickern",
                "Kita Spatzennest",
            ),
            (
                "[[P:Ghebremedhin]]",
                "[[P:Selam]]",
                "[[DOB:05.01.2025]]",
                "25",
                "01.02.2027",
                "[[P:Ghebremedhin, Senait]]",
                "[[TEL:01522 4471098]]",
                "[[MAIL:senait.gh@web.de]]",
                "Ev. Kita Arche Noah",
                "",
            ),
            (
                "[[P:Lewandowski]]",
                "[[P:Noah]]",
                "[[DOB:19.07.2024]]",
                "35",
                "01.08.2027",
                "[[P:Lewandowski, Tomasz]]",
                "",
                "[[MAIL:t.lewandowski@t-online.de]]",
                "Städt. Kita Sodinger Straße",
                "Ev. Kita Arche Noah",
            ),
            (
                "[[P:Nguyễn]]",
                "[[P:Bảo An]]",
                "[[DOB:22.11.2023]]",
                "45",
                "01.08.2027",
                "[[P:Nguyễn, Thị Thu]]",
                "[[TEL:0176 55018823]]",
                "",
                "Kita Spatzennest",
                "",
            ),
        )
    }

Achtung bei [[P:Selam]]: Aufnahme schon zum 01.02.2027 gewünscht, Mutter beginnt dann einen
Integrationskurs. Das Jugendamt unterstützt die Aufnahme.

Viele Grüße
[[P:Annika Schürmann]]
Platzvergabe Kindertagesbetreuung, Stadt Herne
[[TEL:02323 16-3385]] · [[MAIL:annika.schuermann@herne.de]]
""",
    keep=[
        "Kita-Navigator",
        "Betreuung (Std./Woche)",
        "Familienzentrum Bickern",
        "Ev. Kita Arche Noah",
        "bis 11.12.2026",
    ],
    allow=("Noah",),
)

pii(
    "excel_paste",
    f"""
Von: IT-Service Bürgerdienste <it-buergerdienste@gelsenkirchen.de>
An: Bürgercenter Hans-Sachs-Haus <buergercenter@gelsenkirchen.de>
Betreff: Auffällige Buchungen Online-Terminvergabe 07.12.

Hallo zusammen,

uns sind für Montag mehrere Buchungen aufgefallen, die von derselben Adresse in kurzem
Abstand angelegt wurden. Auszug aus dem Export der Terminvergabe (Spalte „IP (Buchung)“ wird
nach 14 Tagen gelöscht):

{
        tsv(
            (
                "Buchungsnr.",
                "Termin",
                "Dienstleistung",
                "Name",
                "E-Mail",
                "Telefon",
                "IP (Buchung)",
                "Status",
            ),
            (
                "[[AZ:GE-T-2612-004417]]",
                "07.12.2026 08:00",
                "Personalausweis beantragen",
                "[[P:Schmitz, Kevin]]",
                "[[MAIL:kevin.schmitz@gmx.de]]",
                "[[TEL:0160 3318720]]",
                "[[IP:91.64.133.208]]",
                "bestätigt",
            ),
            (
                "[[AZ:GE-T-2612-004418]]",
                "07.12.2026 08:00",
                "Personalausweis beantragen",
                "[[P:Schmitz, Kevin]]",
                "[[MAIL:kevin.schmitz@gmx.de]]",
                "[[TEL:0160 3318720]]",
                "[[IP:91.64.133.208]]",
                "doppelt",
            ),
            (
                "[[AZ:GE-T-2612-004419]]",
                "07.12.2026 08:15",
                "Reisepass",
                "[[P:Rahmani, Soraya]]",
                "[[MAIL:soraya.rahmani@outlook.de]]",
                "",
                "[[IP:2a02:908:1c4:2e80:15d2:8aff:fe31:7c09]]",
                "bestätigt",
            ),
            (
                "[[AZ:GE-T-2612-004431]]",
                "07.12.2026 09:30",
                "Anmeldung Wohnsitz",
                "[[P:Petrov, Desislav]]",
                "[[MAIL:d.petrov@abv.bg]]",
                "[[TEL:+359 88 741 2290]]",
                "[[IP:185.31.44.17]]",
                "bestätigt",
            ),
            (
                "[[AZ:GE-T-2612-004432]]",
                "07.12.2026 09:30",
                "Anmeldung Wohnsitz",
                "[[P:Petrova, Desislava]]",
                "[[MAIL:d.petrov@abv.bg]]",
                "",
                "[[IP:185.31.44.17]]",
                "bestätigt",
            ),
            (
                "[[AZ:GE-T-2612-004440]]",
                "07.12.2026 10:00",
                "Führungszeugnis",
                "[[P:Brauckmann, Uwe]]",
                "",
                "",
                "10.160.4.21",
                "Kiosk",
            ),
        )
    }

Die beiden Buchungen von Herrn [[P:Schmitz]] sind offensichtlich ein Doppelklick, die
bulgarischen Buchungen ein Ehepaar. 10.160.4.21 ist unser Kiosk-Terminal im Foyer, das ist
in Ordnung. Einen Terminhändler sehen wir diesmal nicht. Die doppelte Buchung storniere ich.

Grüße aus dem Hans-Sachs-Haus
IT-Service Bürgerdienste, Durchwahl -4190
""",
    keep=[
        "it-buergerdienste@gelsenkirchen.de",
        "IP (Buchung)",
        "Personalausweis beantragen",
        "Kiosk-Terminal",
        "10.160.4.21",
    ],
)

pii(
    "excel_paste",
    f"""
Betreff: Honorarabrechnung Sprachkurse November 2026 – Auszahlung

Liebe Kolleginnen und Kollegen der Zahlstelle,

bitte die folgenden Honorare zur Zahlung anweisen (Kostenstelle 4310, Sachkonto 52910). Die
Stundennachweise liegen unterschrieben vor. Bei Herrn [[P:Okafor]] fehlt noch die Bankverbindung,
bitte die Zeile zurückhalten, bis er sie nachreicht.

{
        tsv(
            (
                "Honorarkraft",
                "",
                "Steuer-ID",
                "RV-Nr. (§ 2 SGB VI)",
                "Bankverbindung",
                "Kurs-Nr.",
                "UE",
                "Satz",
                "Betrag",
            ),
            ("Name", "Vorname", "", "", "IBAN", "", "(à 45 Min.)", "in €/UE", "in €"),
            (
                "[[P:Papadopoulos]]",
                "[[P:Eleni]]",
                f"[[TAX:{TAX_1}]]",
                f"[[RV:{rvnr('15', '120379', 'P', '04')}]]",
                f"[[IBAN:{IBAN_E8_1}]]",
                "26W-1101",
                "32",
                "38,00",
                "1.216,00",
            ),
            (
                "[[P:Shevchuk]]",
                "[[P:Mykola]]",
                f"[[TAX:{TAX_3}]]",
                f"[[RV:{rvnr('65', '050788', 'S', '51')}]]",
                f"[[IBAN:{IBAN_E8_2}]]",
                "26W-1204",
                "24",
                "38,00",
                "912,00",
            ),
            (
                "[[P:Okafor]]",
                "[[P:Chukwuemeka]]",
                f"[[TAX:{TAX_4}]]",
                "",
                "fehlt",
                "26W-1310",
                "16",
                "42,00",
                "672,00",
            ),
            (
                "[[P:Lo Bianco]]",
                "[[P:Francesca]]",
                f"[[TAX:{TAX_6}]]",
                f"[[RV:{rvnr('12', '290184', 'L', '52', grouped=False)}]]",
                f"[[IBAN:{IBAN_E8_4}]]",
                "26W-1101",
                "8",
                "38,00",
                "304,00",
            ),
            ("Summe", "", "", "", "", "", "80", "", "3.104,00"),
        )
    }

Frau [[P:Lo Bianco]] hat ein italienisches Konto, bitte als SEPA-Überweisung ausführen.

Viele Grüße
[[P:Birgit Hoffmeister]]
Volkshochschule Dortmund – Verwaltung
Hansastraße 2–4, 44137 Dortmund
Tel. [[TEL:0231 50-2 29 86]]
""",
    keep=["Kostenstelle 4310", "Satz", "3.104,00", "26W-1101", "Hansastraße 2–4, 44137 Dortmund"],
)

IBAN_S3_1 = iban("DE", "42050001" + "0112290468", grouped=False)
IBAN_S3_2 = iban("DE", "43050001" + "0033081172", grouped=False)
IBAN_S3_3 = iban("DE", "12030000" + "1078426630", grouped=False)
IBAN_S3_5 = iban("DE", "42060006" + "0418803300", grouped=False)

# ---------------------------------------------------------------------------------------------
# Semicolon CSV exports (pii)
# ---------------------------------------------------------------------------------------------

pii(
    "csv_semicolon",
    """
Betreff: Neuanmeldungen Hundesteuer November – Abgleich gefährliche Hunde

Hallo Kolleginnen und Kollegen vom Ordnungsamt,

anbei der CSV-Export der Neuanmeldungen aus dem Steuerverfahren (so wie er aus dem System
kommt, in Excel bitte über „Daten > Aus Text“ öffnen). Für Zeile 5 bitte prüfen, ob die
Erlaubnis nach § 4 LHundG NRW vorliegt, sonst setzen wir den erhöhten Steuersatz an.

sep=;
"Kassenzeichen";"Halter/in";"Anschrift";"Hund (Rasse)";"Wurfdatum Hund";"Chip-Nr.";"Anmeldung zum";"Steuer/Jahr"
"[[AZ:6.0410.225871.4]]";"[[P:Karagiannis, Dimitrios]]";"[[STR:Holsterhauser Str. 119]]; [[LOC:44625 Herne]]";"Labrador-Mischling";"14.03.2024";"276098106623901";"01.11.2026";"156,00 €"
"[[AZ:6.0410.225872.2]]";"[[P:Brzezinski, Renate]]";"[[STR:Edmund-Weber-Str. 203]]; [[LOC:44651 Herne]]";"Dackel";"02.08.2025";"276098106881457";"01.12.2026";"156,00 €"
"[[AZ:6.0410.225873.0]]";"[[P:Al-Hamdani, Layla]]";"[[STR:Bahnhofstr. 17; App. 4]]; [[LOC:44623 Herne]]";"Malteser";"21.06.2023";"";"01.11.2026";"156,00 €"
"[[AZ:6.0410.225874.9]]";"[[P:Hoffmann, Klaus-Dieter]]; [[P:Hoffmann, Ute]]";"[[STR:Mont-Cenis-Str. 44]]; [[LOC:44627 Herne]]";"Deutsch Drahthaar";"09.01.2022";"276098106120334";"01.11.2026";"216,00 € (Zweithund)"
"[[AZ:6.0410.225875.7]]";"[[P:Demir, Hüseyin]]";"[[STR:Dorstener Str. 480]]; [[LOC:44653 Herne]]";"American Staffordshire Terrier";"30.10.2024";"276098106774120";"01.12.2026";"780,00 € (vorläufig)"

Frau [[P:Al-Hamdani]] hat den Chip noch nicht nachgewiesen; sie hat den Hund vor ihrem Umzug
aus [[LOC:Recklinghausen]] aus dem Tierheim übernommen.

Mit freundlichen Grüßen
Fachbereich Finanzen – Steuern und Abgaben, Stadt Herne
Friedrich-Ebert-Platz 2, 44623 Herne · hundesteuer@herne.de
""",
    keep=[
        "§ 4 LHundG NRW",
        "Wurfdatum Hund",
        "Chip-Nr.",
        "hundesteuer@herne.de",
        "Friedrich-Ebert-Platz 2, 44623 Herne",
    ],
    allow=("44623 Herne",),
)

pii(
    "csv_semicolon",
    """
Von: Straßenverkehrsbehörde – Bewohnerparken <bewohnerparken@dortmund.de>
An: Verkehrsüberwachung Innenstadt-West
Betreff: aktuelle Ausweisliste Bewohnerparken Zone K für die Handgeräte

Hallo,

unten die neu ausgestellten und geänderten Ausweise seit dem letzten Abgleich (Export aus
dem Verfahren, Trennzeichen Semikolon). Bitte bis Montag in die Handgeräte einspielen.
Bei 00877 ist das Kennzeichen noch offen, der Ausweis gilt erst nach Nachtrag.

Ausweis-Nr;Name;Vorname;Straße;Hausnr.;PLZ;Ort;Kennzeichen;gültig von;gültig bis;Gebühr
[[AZ:K-26-00871]];[[P:Becker]];[[P:Jana]];[[STR:Kreuzstr.]];[[STR:61]];[[LOC:44139]];[[LOC:Dortmund]];[[KFZ:DO-JB 612]];01.12.2026;30.11.2027;120,00
[[AZ:K-26-00872]];[[P:Nguyen]];[[P:Van Minh]];[[STR:Kreuzstr.]];[[STR:12a]];[[LOC:44139]];[[LOC:Dortmund]];[[KFZ:DO-VN 2207]];01.12.2026;30.11.2027;120,00
[[AZ:K-26-00873]];[[P:Rossi]];[[P:Matteo]];[[STR:Lindemannstr.]];[[STR:73]];[[LOC:44137]];[[LOC:Dortmund]];[[KFZ:UN-MR 77]];03.12.2026;02.12.2027;120,00
[[AZ:K-26-00874]];[[P:Kowalski]];[[P:Jan]];[[STR:Hohe Str.]];[[STR:109]];[[LOC:44139]];[[LOC:Dortmund]];[[KFZ:DO-JK 1904]];03.12.2026;02.12.2027;120,00
[[AZ:K-26-00875]];[[P:Kowalski]];[[P:Jan]];[[STR:Hohe Str.]];[[STR:109]];[[LOC:44139]];[[LOC:Dortmund]];[[KFZ:DO-KW 3110]];03.12.2026;02.12.2027;0,00
[[AZ:K-26-00877]];[[P:Aslan]];[[P:Dilan]];[[STR:Plauener Str.]];[[STR:8]];[[LOC:44139]];[[LOC:Dortmund]];;;;120,00

00875 ist der Zweitwagen von Herrn [[P:Kowalski]] (Ausweis ersetzt 00874 nur bei Fahrzeugwechsel,
deshalb 0,00). Herr [[P:Rossi]] ist Student mit Hauptwohnsitz hier, das Unnaer Kennzeichen ist
in Ordnung.

Gruß aus dem Stadthaus
Bewohnerparken, Tel. 0231 50-0 (Zentrale)
""",
    keep=["bewohnerparken@dortmund.de", "Zone K", "gültig bis", "120,00", "0231 50-0"],
    allow=("Dortmund",),
)

pii(
    "csv_semicolon",
    f"""
An: Stadtkasse – Lastschriften
Betreff: OGS-Beiträge ab Januar 2027 – neue Mandate (CSV)

Guten Morgen,

für den Lastschrifteinzug ab 01.01.2027 die neuen Beitragsfälle aus der OGS-Verwaltung. Die
Felder „Beitragspflichtige“ enthalten bei zwei Elternteilen beide Namen, getrennt durch
Semikolon (deshalb in Anführungszeichen). Geschwisterkinder sind beitragsfrei.

"Kind";"Geb.";"Schule";"Beitragspflichtige";"Stufe";"Beitrag mtl.";"IBAN";"Mandatsref."
"[[P:Yılmaz, Eymen]]";"[[DOB:2018-05-09]]";"GS Haverkamp";"[[P:Yılmaz, Fatma]]; [[P:Yılmaz, Murat]]";"3 (bis 37.000 €)";"45,00";"[[IBAN:{IBAN_S3_1}]]";"[[AZ:OGS-GE-26-0412]]"
"[[P:Georgiou, Nikos]]";"[[DOB:2019-01-27]]";"GS Bülse";"[[P:Georgiou, Maria]]";"2 (bis 25.000 €)";"25,00";"[[IBAN:{IBAN_S3_2}]]";"[[AZ:OGS-GE-26-0413]]"
"[[P:Eze, Chidera]]";"[[DOB:2017-11-02]]";"GS Haverkamp";"[[P:Eze, Ngozi]]";"1 (bis 15.000 €)";"0,00";"";""
"[[P:Wiśniewski, Oliwer]]";"[[DOB:2018-08-15]]";"GS Lindenschule";"[[P:Wiśniewska, Agata]]; [[P:Wiśniewski, Paweł]]";"5 (bis 61.000 €)";"95,00";"[[IBAN:{IBAN_S3_3}]]";"[[AZ:OGS-GE-26-0415]]"
"[[P:Wiśniewska, Lena]]";"[[DOB:2019-10-04]]";"GS Lindenschule";"[[P:Wiśniewska, Agata]]; [[P:Wiśniewski, Paweł]]";"5 (bis 61.000 €)";"0,00 (Geschwister)";"";""
"[[P:Alsaleh, Rama]]";"[[DOB:2018-03-19]]";"GS Bülse";"[[P:Alsaleh, Omar]]";"2 (bis 25.000 €)";"25,00";"[[IBAN:{IBAN_S3_5}]]";"[[AZ:OGS-GE-26-0418]]"

Familie [[P:Eze]] bezieht Leistungen nach dem SGB II, daher Stufe 1 beitragsfrei (Nachweis liegt vor).

Viele Grüße
Referat Erziehung und Bildung – OGS-Beiträge
Stadt Gelsenkirchen, Tel. 0209 169-0
""",
    keep=[
        "Mandatsref.",
        "Geschwisterkinder sind beitragsfrei",
        "GS Haverkamp",
        "3 (bis 37.000 €)",
        "0209 169-0",
    ],
)

pii(
    "csv_semicolon",
    """
Betreff: Rückläufer Anhörungsbögen – bitte Anschriften im Melderegister prüfen

Hallo Bürgerbüro,

die folgenden Anhörungsbögen kamen als unzustellbar zurück. Könnt ihr bitte die aktuellen
Anschriften aus dem Melderegister ergänzen (Spalte „neue Anschrift“)? Die Verjährung läuft
nach drei Monaten, also eilt es etwas. Der Export ist unverändert aus dem OWi-Verfahren.

Aktenzeichen;Tatzeit;Tatort;TBNR;Kennzeichen;Halter;Geb.-Datum;Anschrift lt. KBA;Verwarngeld;neue Anschrift
"[[AZ:HER-OWi 2611/04471]]";"12.11.2026 07:42";"Hauptstraße 241, Herne-Wanne";"141312";"[[KFZ:HER-KL 904]]";"[[P:Kılıç, Emre]]";"[[DOB:1990-07-23]]";"[[STR:Heidstr. 21]]; [[LOC:44649 Herne]]";"35,00";""
"[[AZ:HER-OWi 2611/04488]]";"12.11.2026 08:05";"Bahnhofstraße 60, Herne-Mitte";"112402";"[[KFZ:BO-DM 1178]]";"[[P:Marinescu, Daniela]]";"[[DOB:1984-02-11]]";"[[STR:Alleestr. 96]]; [[LOC:44793 Bochum]]";"20,00";""
"[[AZ:HER-OWi 2611/04502]]";"13.11.2026 16:31";"Shamrockring 1";"141322";"[[KFZ:HER-PS 311]]";"Pflegedienst Lichtblick GmbH";"";"Bebelstraße 22; 44623 Herne";"25,00";"Firma – Fahrer wird benannt"
"[[AZ:HER-OWi 2611/04519]]";"14.11.2026 10:12";"Hauptstraße 241, Herne-Wanne";"141312";"[[KFZ:GE-AK 4050]]";"[[P:Kaya, Ahmet]]";"[[DOB:1975-12-30]]";"[[STR:Cranger Str. 312]]; [[LOC:45891 Gelsenkirchen]]";"35,00";""
"[[AZ:HER-OWi 2611/04520]]";"14.11.2026 10:15";"Overwegstraße 1";"112454";"[[KFZ:HER-XY 72]]";"[[P:Okonkwo, Blessing]]";"[[DOB:1999-05-06]]";"[[STR:Overwegstr. 17]]; [[LOC:44625 Herne]]";"20,00";""

Bei [[P:Okonkwo]] ist vermutlich nur die Hausnummer falsch. Die Firma habe ich schon
angeschrieben, die braucht ihr nicht zu prüfen.

Danke und Gruß
[[P:Dennis Wallraff]]
Fachbereich Öffentliche Ordnung – Verkehrsüberwachung, Stadt Herne
Tel. [[TEL:02323 16-4228]]
""",
    keep=[
        "Hauptstraße 241, Herne-Wanne",
        "Pflegedienst Lichtblick GmbH",
        "Bebelstraße 22; 44623 Herne",
        "TBNR",
        "Verjährung",
    ],
)

pii(
    "csv_semicolon",
    """
Von: Volkshochschule Gelsenkirchen – Prüfungszentrum <pruefungen.vhs@gelsenkirchen.de>
An: Ausländerbehörde – Einbürgerung
Betreff: Teilnehmerliste Test „Leben in Deutschland“ / Einbürgerungstest am 16.01.2027

Sehr geehrte Damen und Herren,

wie vereinbart die Anmeldungen Ihrer Kundinnen und Kunden für den Einbürgerungstest am
16.01.2027, 10:00 Uhr, VHS im Bildungszentrum, Ebertstraße 19. Prüfungsgebühr 25,00 € je Person.
Am Prüfungstag muss das in der Liste genannte Dokument im Original vorgelegt werden.

"lfd";"Nachname";"Vorname";"Geburtsdatum";"Geburtsort";"Dokument";"Dok.-Nr.";"Telefon";"E-Mail"
"1";"[[P:Alhussein]]";"[[P:Mohammad]]";"[[DOB:01.01.1989]]";"[[LOC:Deir ez-Zor]]";"Pass SYR";"[[PASS:N015238841]]";"[[TEL:0176 20418837]]";"[[MAIL:m.alhussein89@gmail.com]]"
"2";"[[P:Bondarenko]]";"[[P:Iryna]]";"[[DOB:14.04.1982]]";"[[LOC:Charkiw]]";"Pass UKR";"[[PASS:FT482913]]";"[[TEL:0157 30882154]]";""
"3";"[[P:Habte]]";"[[P:Filmon]]";"[[DOB:25.09.1994]]";"[[LOC:Asmara]]";"Reiseausweis";"[[PASS:PN7K31F48]]";"";"[[MAIL:filmonhabte@yahoo.com]]"
"4";"[[P:Phạm]]";"[[P:Quốc Huy]]";"[[DOB:08.12.1986]]";"[[LOC:Hà Nội]]";"Pass VNM";"[[PASS:C4172290]]";"[[TEL:0209 3184472]]";""
"5";"[[P:Bozkurt]]";"[[P:Azad]]";"[[DOB:19.06.1979]]";"[[LOC:Diyarbakır]]";"eAT";"[[ID:Y7K4N29TL]]";"[[TEL:0162 9910337]]";"[[MAIL:azad.bozkurt@web.de]]"
"6";"[[P:Şahin]]";"[[P:Zeynep]]";"[[DOB:03.03.1991]]";"[[LOC:Trabzon]]";"Pass TUR";"[[PASS:U27719384]]";"";""

Herr [[P:Habte]] hat keinen Nationalpass; wir haben den deutschen Reiseausweis eingetragen. Bitte
geben Sie uns Bescheid, falls jemand nicht mehr teilnehmen muss.

Mit freundlichen Grüßen
Prüfungszentrum der VHS Gelsenkirchen
""",
    keep=[
        "pruefungen.vhs@gelsenkirchen.de",
        "Einbürgerungstest",
        "Ebertstraße 19",
        "25,00 €",
        "16.01.2027, 10:00 Uhr",
    ],
)

# ---------------------------------------------------------------------------------------------
# Excel ranges and CSV exports without personal data (clean)
# ---------------------------------------------------------------------------------------------

clean(
    "excel_paste",
    f"""
An: Presse- und Informationsamt <presseamt@bochum.de>
Betreff: Gebührenübersicht Bürgerbüros für die Internetseite – gültig ab 01.01.2027

Hallo zusammen,

bitte die Tabelle auf bochum.de (Seite „Gebühren Bürgerbüro“) zum Jahreswechsel austauschen.
Die Spalten „unter 24 J.“ und „ab 24 J.“ gehören zur zusammengefassten Überschrift „Gebühr in €“,
das ist beim Kopieren aus Excel auseinandergefallen.

{
        tsv(
            ("Leistung", "Gebühr in €", "", "Bemerkung"),
            ("", "unter 24 J.", "ab 24 J.", ""),
            ("Personalausweis", "22,80", "37,00", "Gültigkeit 6 bzw. 10 Jahre"),
            ("Reisepass (32 Seiten)", "37,50", "70,00", ""),
            ("Reisepass (48 Seiten)", "59,50", "92,00", ""),
            ("Express-Reisepass", "69,50", "102,00", "Zuschlag 32,00"),
            ("vorläufiger Personalausweis", "10,00", "10,00", ""),
            ("Meldebescheinigung", "10,00", "10,00", "einfach, online 8,00"),
            ("Führungszeugnis", "13,00", "13,00", "Befreiung bei Ehrenamt möglich"),
        )
    }

Die Gebühren für Kinder- und Reisepässe unter 24 Jahren ändern sich nicht. Bitte auch den
Hinweis „Zahlung nur mit Karte“ für das Bürgerbüro Wattenscheid ergänzen.

Danke und Grüße
Bürgerbüro – Organisation, Stadt Bochum
""",
    keep=[
        "presseamt@bochum.de",
        "unter 24 J.",
        "Express-Reisepass",
        "102,00",
        "Bürgerbüro Wattenscheid",
    ],
)

clean(
    "excel_paste",
    f"""
Betreff: Einwohner nach Stadtbezirken – Stand 31.12.2025 (für den Sozialbericht)

Liebe Kolleginnen und Kollegen,

für Kapitel 2 des Sozialberichts die Zahlen aus dem Melderegister (Hauptwohnsitz). Die Summe
ist mit der Veröffentlichung im Statistischen Jahrbuch abgestimmt.

{
        tsv(
            (
                "Stadtbezirk",
                "Einwohner",
                "dav. weiblich",
                "dav. nichtdeutsch",
                "Anteil in %",
                "Veränd. z. Vorjahr",
            ),
            ("", "31.12.2025", "", "", "nichtdeutsch", "absolut"),
            ("Herne-Mitte", "48.102", "24.389", "10.412", "21,6", "+312"),
            ("Wanne", "44.870", "22.611", "11.086", "24,7", "-148"),
            ("Eickel", "31.215", "15.874", "5.233", "16,8", "+87"),
            ("Sodingen", "33.118", "16.902", "4.871", "14,7", "-61"),
            ("Summe", "157.305", "79.776", "31.602", "20,1", "+190"),
        )
    }

Quelle: Melderegister, Auswertung Statistikstelle. Fragen gern an statistik@herne.de.

Viele Grüße
Statistikstelle der Stadt Herne
""",
    keep=["Stadtbezirk", "Summe", "157.305", "Anteil in %", "statistik@herne.de"],
)

clean(
    "excel_paste",
    f"""
Betreff: Fuhrparkliste Technisches Betriebsamt – HU-Termine 1. Quartal 2027

Hallo Fuhrparkmanagement,

hier die Fahrzeuge mit HU-Termin im ersten Quartal (Auszug aus der Fuhrparkliste, Spalte
Fahrer/in habe ich gelöscht). Die beiden Pritschen stehen über Weihnachten im Betriebshof.

{
        tsv(
            (
                "Inv.-Nr.",
                "Fahrzeug",
                "amtl. Kennz.",
                "EZ",
                "km-Stand",
                "HU fällig",
                "Kostenstelle",
                "Standort",
            ),
            (
                "F-0412",
                "VW Crafter Pritsche",
                "BO-SB 123",
                "03/2019",
                "84.210",
                "01/2027",
                "6610",
                "Betriebshof Hiltroper Str.",
            ),
            (
                "F-0418",
                "VW Crafter Pritsche",
                "BO-SB 131",
                "05/2019",
                "77.935",
                "01/2027",
                "6610",
                "Betriebshof Hiltroper Str.",
            ),
            (
                "F-0503",
                "Renault Kangoo E-Tech",
                "BO-SB 207E",
                "02/2023",
                "21.440",
                "02/2027",
                "6620",
                "Grünflächen Nord",
            ),
            ("F-0511", "Multicar M31", "BO-SB 219", "", "", "02/2027", "6620", "Grünflächen Süd"),
            (
                "F-0602",
                "Mercedes Sprinter Kasten",
                "BO-SB 302",
                "11/2020",
                "102.377",
                "03/2027",
                "6630",
                "Straßenunterhaltung",
            ),
            ("Summe", "5 Fahrzeuge", "", "", "", "", "", ""),
        )
    }

Beim Multicar sind EZ und km-Stand im Altbestand nicht gepflegt, das reichen wir nach.

Gruß
Technisches Betriebsamt – Fuhrpark, Stadt Bochum, Tel. 0234 910-0
""",
    keep=[
        "Inv.-Nr.",
        "BO-SB 123",
        "HU fällig",
        "Betriebshof Hiltroper Str.",
        "Technisches Betriebsamt",
    ],
)

clean(
    "csv_semicolon",
    """
Betreff: Standvergabe Wochenmarkt Langendreer ab Januar 2027 (Export)

Liebe Kolleginnen und Kollegen,

anbei die Standvergabe für den Wochenmarkt Langendreer (Di und Fr, Alter Bahnhof) ab dem
05.01.2027. Vergeben wurde nach den Richtlinien der Marktsatzung; alle Beschicker sind
diesmal Gesellschaften. Gebühr je Markttag und Frontmeter 4,50 €.

"Standnr.";"Firma";"Register";"Warengruppe";"Frontmeter";"Gebühr/Markttag €"
"L-01";"Bäckerei Schulte GmbH";"AG Bochum HRB 14822";"Backwaren";"6";"27,00"
"L-02";"Hof Wittkamp GmbH & Co. KG";"AG Bochum HRA 3319";"Kartoffeln; Eier";"8";"36,00"
"L-03";"Fisch-Feinkost Stein GmbH";"AG Gelsenkirchen HRB 9041";"Fisch";"7";"31,50"
"L-04";"Ruhr-Gemüse eG";"AG Bochum GnR 211";"Obst; Gemüse";"12";"54,00"
"L-05";"Blumen Heitkamp GmbH";"AG Dortmund HRB 28117";"Blumen; Pflanzen";"5";"22,50"
"L-06";"Käserei Backes GmbH";"AG Essen HRB 30554";"Käse";"4";"18,00"

Die Bescheide gehen diese Woche raus, Rückfragen bitte an maerkte@bochum.de.

Marktverwaltung der Stadt Bochum
""",
    keep=[
        "Standnr.",
        "Wochenmarkt Langendreer",
        "Bäckerei Schulte GmbH",
        "AG Bochum HRB 14822",
        "maerkte@bochum.de",
    ],
)

clean(
    "csv_semicolon",
    """
Betreff: Inventur Bürgerdienste Südwall – Netzwerkgeräte (CSV aus dem Inventarsystem)

Hallo IT-Service,

für den Umzug des Bürgeramts Innenstadt in das 2. OG die betroffenen Geräte. Die IP-Adressen
sind die festen Adressen im Verwaltungsnetz; nach dem Umzug bitte neue Dosen patchen.

Inventarnr;Gerät;Hostname;IP;Standort;Raum;Garantie bis
"INV-33017";"Kartenleser/Terminal";"DO-BA-TERM01";"10.12.40.31";"Südwall 2–4";"E.14";"31.03.2028"
"INV-33018";"Kartenleser/Terminal";"DO-BA-TERM02";"10.12.40.32";"Südwall 2–4";"E.14";"31.03.2028"
"INV-33102";"Fingerabdruckscanner";"DO-BA-FP01";"10.12.40.41";"Südwall 2–4";"E.15";"30.06.2027"
"INV-33140";"Multifunktionsdrucker";"DO-BA-MFP03";"10.12.40.77";"Südwall 2–4";"Flur EG";"15.09.2029"
"INV-33151";"Aufrufanlage (Display)";"DO-BA-CALL01";"10.12.40.90";"Südwall 2–4";"Wartezone";""
"INV-33152";"Aufrufanlage (Server)";"DO-BA-CALLSRV";"10.12.41.5";"Südwall 2–4";"Serverraum UG";""

Die Aufrufanlage ist außerhalb der Garantie; Ticket INC-2026-118842 ist für den Umzug angelegt.

Viele Grüße
Bürgerdienste Dortmund – Organisation und IT
""",
    keep=["Inventarnr", "10.12.40.31", "Südwall 2–4", "INC-2026-118842", "Aufrufanlage"],
)


# ---------------------------------------------------------------------------------------------
# Fixed-width printouts of specialist procedures (pii)
# ---------------------------------------------------------------------------------------------

W_EWO = [18, 15, 10, 21, 24, 7, 8]
RULE_EWO = "-" * 103

pii(
    "fixed_width_print",
    f"""
An: Fachbereich Schule – Schulanmeldung
Betreff: Zuzüge November – schulpflichtige Kinder?

Hallo, anbei wie jeden Monat die Zuzugsliste (Seite 2 von 3 ist die mit den Zuzügen von
außerhalb NRW und aus dem Ausland). Bei Zeile 6 ist ein Säugling dabei, der ist für euch
nicht relevant. Gruß, Meldebehörde

Stadt Herne                      OK.EWO  Einwohnermeldewesen                              Seite 2 von 3
Liste Zuzüge von außerhalb   Zeitraum 01.11.2026 - 30.11.2026               Sortierung: Zuzugsdatum
{RULE_EWO}
{fw(W_EWO, "FAMILIENNAME", "VORNAME(N)", "GEB-DAT", "ZUZUG AUS", "ANSCHRIFT NEU", "PLZ", "ZUZ-DAT")}
{RULE_EWO}
{
        rows(
            W_EWO,
            (
                "[[P:KOWALCZYK-WIŚNIEW]]",
                "[[P:ALEKSANDRA MAR]]",
                "[[DOB:19870412]]",
                "[[LOC:LEGNICA]]/POLEN",
                "[[STR:HORSTHAUSER STR. 71]]",
                "[[LOC:44625]]",
                "20261103",
            ),
            (
                "[[P:KOWALCZYK-WIŚNIEW]]",
                "[[P:ZUZANNA]]",
                "[[DOB:20150923]]",
                "[[LOC:LEGNICA]]/POLEN",
                "[[STR:HORSTHAUSER STR. 71]]",
                "[[LOC:44625]]",
                "20261103",
            ),
            (
                "[[P:OGUNLEYE]]",
                "[[P:ADEWALE]]",
                "[[DOB:19930830]]",
                "[[LOC:DUISBURG]]",
                "[[STR:BAHNHOFSTR. 112]]",
                "[[LOC:44623]]",
                "20261104",
            ),
            (
                "[[P:BALAN]]",
                "[[P:CONSTANTIN-DAN]]",
                "[[DOB:19761125]]",
                "[[LOC:BACAU]]/RUMAENIEN",
                "[[STR:DORSTENER STR. 212]]",
                "[[LOC:44652]]",
                "20261109",
            ),
            (
                "[[P:AL-MASRI]]",
                "[[P:HIBA]]",
                "[[DOB:20010604]]",
                "[[LOC:KASSEL]]",
                "[[STR:ROEHLINGHAUSER STR. 35]]",
                "[[LOC:44651]]",
                "20261116",
            ),
            (
                "[[P:TSEGAYE]]",
                "[[P:MERHAWIT]]",
                "[[DOB:20260811]]",
                "[[LOC:BIELEFELD]]",
                "[[STR:EDMUND-WEBER-STR. 166]]",
                "[[LOC:44651]]",
                "20261123",
            ),
            (
                "[[P:TSEGAYE]]",
                "[[P:AMANUEL]]",
                "[[DOB:20120218]]",
                "[[LOC:BIELEFELD]]",
                "[[STR:EDMUND-WEBER-STR. 166]]",
                "[[LOC:44651]]",
                "20261123",
            ),
            (
                "[[P:NGUYEN THI]]",
                "[[P:NGOC ANH]]",
                "[[DOB:19900101]]",
                "[[LOC:LEIPZIG]]",
                "[[STR:HOLSTERHAUSER STR. 2]]",
                "[[LOC:44625]]",
                "20261127",
            ),
        )
    }
{RULE_EWO}
Druck: 06.12.2026 08:14   Benutzer: EWO042                      Auswertung nur für den Dienstgebrauch
""",
    keep=["Seite 2 von 3", "Benutzer: EWO042", "ZUZUG AUS", "Druck: 06.12.2026 08:14", "OK.EWO"],
)

W_KFZ = [12, 29, 10, 37, 10, 8]

pii(
    "fixed_width_print",
    f"""
Für den Außendienst (Entstempelung), Tour Mittwoch – bitte Vermerk auf dem Ausdruck.

STADT GELSENKIRCHEN - STRASSENVERKEHRSAMT / ZULASSUNGSSTELLE            KFZ-ZUL 4.2   SEITE   1
VERSICHERUNGSANZEIGEN NACH § 25 FZV - OFFENE FAELLE                     STAND 04.12.2026
=================================================================================================
{fw(W_KFZ, "KENNZEICHEN", "HALTER", "GEB.DAT", "ANSCHRIFT", "VERS.ENDE", "FRIST")}
=================================================================================================
{
        rows(
            W_KFZ,
            (
                "[[KFZ:GE-MK 318]]",
                "[[P:KRASNIQI, ARBEN]]",
                "[[DOB:07.04.88]]",
                "[[STR:KURT-SCHUMACHER-STR. 140]], [[LOC:45881 GE]]",
                "31.10.26",
                "11.12.26",
            ),
            (
                "[[KFZ:GE-Y 7712]]",
                "[[P:PAPAGEORGIOU, STAVROS]]",
                "[[DOB:22.09.61]]",
                "[[STR:BISMARCKSTR. 255]], [[LOC:45889 GE]]",
                "15.11.26",
                "11.12.26",
            ),
            (
                "[[KFZ:GE-NT 49]]",
                "[[P:TRAN, VAN DUC]]",
                "[[DOB:03.01.92]]",
                "[[STR:HOCHSTR. 42]], [[LOC:45894 GE]]",
                "19.11.26",
                "14.12.26",
            ),
            (
                "[[KFZ:GE-LS 2020]]",
                "[[P:LEHMANN-SOBOTTA, INGRID]]",
                "[[DOB:14.12.55]]",
                "[[STR:DE-LA-CHEVALLERIE-STR. 12]], [[LOC:45894 GE]]",
                "20.11.26",
                "14.12.26",
            ),
            (
                "[[KFZ:GE-HR 733]]",
                "[[P:HAMID, ABDULLAH]]",
                "[[DOB:30.06.84]]",
                "[[STR:GRENZSTR. 77]], [[LOC:45881 GE]]",
                "20.11.26",
                "14.12.26",
            ),
            (
                "[[KFZ:GE-Q 98]]",
                "SPEDITION EMSCHERTRANS GMBH",
                "--",
                "EMSCHERSTR. 40, 45891 GE",
                "22.11.26",
                "14.12.26",
            ),
        )
    }
=================================================================================================
ANZAHL DATENSAETZE: 6                                       VERS.ENDE = ANZEIGEDATUM DES VERSICHERERS
DRUCK: 04.12.2026 07:55   BENUTZER: [[P:KAMINSKI]]   DRUCKER: ZUL-OG2-PR04

handschriftlich:  Q 98 - Firma hat Nachweis gefaxt, erledigt.  MK 318 - nicht angetroffen, Nachbar sagt
verzogen nach [[LOC:Essen-Katernberg]].
""",
    keep=[
        "§ 25 FZV",
        "KFZ-ZUL 4.2",
        "STAND 04.12.2026",
        "SPEDITION EMSCHERTRANS GMBH",
        "ANZAHL DATENSAETZE: 6",
    ],
)

W_VOL = [18, 27, 23, 10, 10, 9, 10]
R_VOL = {3, 4, 5, 6}


def vol(*cells: str) -> str:
    return rfw(W_VOL, R_VOL, *cells)


pii(
    "fixed_width_print",
    f"""
Stadt Dortmund - Stadtkasse und Steueramt      Vollstreckung                         Blatt 3 von 3
Rückstandsliste Vollstreckungsbezirk 07 (Nordstadt)                         Stichtag 30.11.2026
Vollziehungsbeamter: [[P:Behrendt]]
{vol("Kassenzeichen", "Schuldner", "Anschrift", "Hauptford.", "Säumnisz.", "Mahngeb.", "Gesamt")}
{vol("", "", "", "EUR", "EUR", "EUR", "EUR")}
{"-" * 113}
{vol("Übertrag Blatt 2", "", "", "18.442,10", "611,50", "140,00", "19.193,60")}
{vol("[[AZ:27.411.902.554.1]]", "[[P:Mihailov, Stoyan]]", "[[STR:Mallinckrodtstr. 212]]", "412,00", "12,00", "5,00", "429,00")}
{vol("[[AZ:27.411.903.118.6]]", "[[P:Bakırcı, Songül]]", "[[STR:Schleswiger Str. 31]]", "1.286,40", "38,50", "10,00", "1.334,90")}
{vol("[[AZ:27.412.004.771.0]]", "[[P:Ogbonna, Ifeanyi]]", "[[STR:Nordstr. 46]]", "95,00", "2,50", "5,00", "102,50")}
{vol("[[AZ:27.412.110.032.9]]", "[[P:Schwertfeger, Manfred]]", "[[STR:Borsigplatz 3]]", "3.710,22", "111,00", "10,00", "3.831,22")}
{vol("[[AZ:27.412.118.906.4]]", "[[P:Dragomir, Elena-Cristina]]", "[[STR:Missundestr. 18]]", "240,00", "7,00", "5,00", "252,00")}
{vol("[[AZ:27.412.207.415.2]]", "[[P:Saleh, Ahmad]]", "[[STR:Kielstr. 27]]", "618,75", "18,50", "5,00", "642,25")}
{"-" * 113}
{vol("Summe Blatt 3", "", "", "6.362,37", "189,50", "40,00", "6.591,87")}
{vol("Summe Bezirk 07", "", "", "24.804,47", "801,00", "180,00", "25.785,47")}
{"-" * 113}
Hinweis: Bei [[AZ:27.412.110.032.9]] Pfändung Rente beantragt; Schuldner verzogen nach [[LOC:Castrop-Rauxel]]?
Druck: 01.12.2026 06:02   Benutzer: VOLLSTR07   Programm: KASSE-RL 3.1
""",
    keep=["Blatt 3 von 3", "Stichtag 30.11.2026", "Säumnisz.", "25.785,47", "Benutzer: VOLLSTR07"],
)

IBAN_F4_1 = iban("DE", "43050001" + "0028815570", grouped=False)
IBAN_F4_2 = iban("DE", "43060967" + "4117092300", grouped=False)
IBAN_F4_4 = iban("DE", "43050001" + "0033617702", grouped=False)
IBAN_F4_5 = iban("PL", "11402004" + "0000310212345678", grouped=False)
IBAN_F4_6 = iban("DE", "10010010" + "0971147850", grouped=False)
W_WG = [14, 30, 30, 10, 12]
R_WG = {3}

pii(
    "fixed_width_print",
    f"""
STADT BOCHUM        AMT FÜR SOZIALES - WOHNGELD        ZAHLLISTE 12/2026           Seite 1 von 2
Zahlungslauf 27.11.2026   Valuta 01.12.2026   Zahlweg: SEPA-Überweisung          Lauf-Nr. 2026-12
{"=" * 102}
{rfw(W_WG, R_WG, "WG-NR.", "EMPFÄNGER", "IBAN", "BETRAG", "ZEITRAUM")}
{rfw(W_WG, R_WG, "", "(ANTRAGSTELLER, FALLS ABW.)", "", "EUR", "")}
{"-" * 102}
{rfw(W_WG, R_WG, "[[AZ:WG-0317/24]]", "[[P:ZIELIŃSKI, TADEUSZ]]", f"[[IBAN:{IBAN_F4_1}]]", "214,00", "12/2026")}
{rfw(W_WG, R_WG, "[[AZ:WG-0442/25]]", "[[P:OSEI-BONSU, ABENA]]", f"[[IBAN:{IBAN_F4_2}]]", "377,00", "12/2026")}
{rfw(W_WG, R_WG, "[[AZ:WG-0519/25]]", "VONOVIA SE", "DE21370100500000770500", "298,00", "12/2026")}
{rfw(W_WG, R_WG, "", "([[P:GRÜTZMACHER, ELFRIEDE]])", "", "", "")}
{rfw(W_WG, R_WG, "[[AZ:WG-0601/25]]", "[[P:TILLMANN, GERD]] (VERMIETER)", f"[[IBAN:{IBAN_F4_4}]]", "165,00", "12/2026")}
{rfw(W_WG, R_WG, "", "([[P:MORARU, VASILE]])", "", "", "")}
{rfw(W_WG, R_WG, "[[AZ:WG-0688/26]]", "[[P:JANKOWSKA, EWA]]", f"[[IBAN:{IBAN_F4_5}]]", "402,00", "11-12/2026")}
{rfw(W_WG, R_WG, "[[AZ:WG-0702/26]]", "[[P:AL-ZOUBI, KHALED]]", f"[[IBAN:{IBAN_F4_6}]]", "531,00", "12/2026")}
{"-" * 102}
{rfw(W_WG, R_WG, "", "ZWISCHENSUMME SEITE 1", "", "1.987,00", "")}
{"=" * 102}
Druck: 27.11.2026 14:36  Benutzer: WG-BATCH  Verfahren: WoGG-Online 7.4       Übertrag auf Seite 2

Vermerk SB: [[AZ:WG-0688/26]] Nachzahlung 11/2026 wegen verspäteter Mietbescheinigung (Vermieter in
[[LOC:Wrocław]] hat erst am 20.11. geantwortet) – Konto von Frau [[P:Jankowska]] in Polen ist korrekt.
""",
    keep=[
        "ZAHLLISTE 12/2026",
        "Valuta 01.12.2026",
        "VONOVIA SE",
        "ZWISCHENSUMME SEITE 1",
        "WoGG-Online 7.4",
    ],
)

W_AZR = [14, 15, 11, 10, 13, 5, 12, 12, 9]

pii(
    "fixed_width_print",
    f"""
Stadt Herne – FB Öffentliche Ordnung – Ausländerbehörde                                    Seite 1 von 1
WIEDERVORLAGELISTE AUFENTHALTSTITEL   Ablauf bis 31.01.2027   Sachgebiet Team 2 (Buchst. A-K)
{"-" * 108}
{
        fw(
            W_AZR,
            "AZR-NR",
            "FAMILIENNAME",
            "VORNAME",
            "GEB.DAT",
            "GEB.ORT",
            "STAG",
            "PASS-NR",
            "TITEL",
            "GÜLT.BIS",
        )
    }
{"-" * 108}
{
        rows(
            W_AZR,
            (
                "[[AZ:160412887913]]",
                "[[P:ALHAMWI]]",
                "[[P:RAMA]]",
                "[[DOB:19970315]]",
                "[[LOC:DAMASKUS]]",
                "SYR",
                "[[PASS:N013377120]]",
                "§ 25 II",
                "20270112",
            ),
            (
                "[[AZ:171103552081]]",
                "[[P:GHEBREYESUS]]",
                "[[P:SEMHAR]]",
                "[[DOB:19991102]]",
                "[[LOC:KEREN]]",
                "ERI",
                "",
                "§ 25 II",
                "20270118",
            ),
            (
                "[[AZ:180927004476]]",
                "[[P:HRYTSENKO]]",
                "[[P:VOLODYMYR]]",
                "[[DOB:19680704]]",
                "[[LOC:SAPORISCHSCH]]",
                "UKR",
                "[[PASS:FF903114]]",
                "§ 24",
                "20270304",
            ),
            (
                "[[AZ:150218339462]]",
                "[[P:ADEYEMI-COKER]]",
                "[[P:OLUWAFUNMI]]",
                "[[DOB:19900228]]",
                "[[LOC:IBADAN]]",
                "NGA",
                "[[PASS:B02287415]]",
                "§ 18b",
                "20270121",
            ),
            (
                "[[AZ:140706112893]]",
                "[[P:KARATAŞ]]",
                "[[P:MEHMET ALİ]]",
                "[[DOB:19820510]]",
                "[[LOC:SİVAS]]",
                "TUR",
                "[[PASS:U09912873]]",
                "§ 30",
                "20270125",
            ),
            (
                "[[AZ:190114675300]]",
                "[[P:HOANG]]",
                "[[P:THI MAI]]",
                "[[DOB:19950909]]",
                "[[LOC:HAI PHONG]]",
                "VNM",
                "[[PASS:C7715032]]",
                "§ 16b",
                "20270129",
            ),
        )
    }
{"-" * 108}
Hinweise: STAG = Staatsangehörigkeit (ISO); GEB.ORT und FAMILIENNAME auf 12/14 Zeichen gekürzt
§ 24 = vorübergehender Schutz, Verlängerung per Allgemeinverfügung prüfen
Druck 06.12.2026 07:48 | Benutzer: ABH-T2-03 | Quelle: AusländerWeb/AZR-Abgleich
""",
    keep=[
        "WIEDERVORLAGELISTE AUFENTHALTSTITEL",
        "Ablauf bis 31.01.2027",
        "§ 24 = vorübergehender Schutz",
        "Benutzer: ABH-T2-03",
        "Seite 1 von 1",
    ],
)

W_SCH = [4, 16, 12, 11, 6, 7, 29, 16]

pii(
    "fixed_width_print",
    f"""
Städt. Gesamtschule Scharnhorst · Klassenliste mit Erziehungsberechtigten       Schuljahr 2026/27
Klasse: 5c     Klassenleitung: [[P:Terhorst-Ekinci]] / [[P:Wrobel]]     Raum: A 1.14    Stand: 04.12.2026
{"-" * 106}
{
        fw(
            W_SCH,
            "Nr",
            "Name",
            "Vorname",
            "Geb.-Dat.",
            "Konf.",
            "StA",
            "Erziehungsberechtigte/r",
            "Telefon",
        )
    }
{"-" * 106}
{
        rows(
            W_SCH,
            (
                "1",
                "[[P:Abdulrahman]]",
                "[[P:Lina]]",
                "[[DOB:13.02.2015]]",
                "isl",
                "SYR",
                "[[P:Abdulrahman, Hamza]]",
                "[[TEL:0176 41188320]]",
            ),
            (
                "2",
                "[[P:Bielefeld]]",
                "[[P:Ben]]",
                "[[DOB:29.07.2015]]",
                "ev",
                "D",
                "[[P:Bielefeld, Stefanie]]",
                "[[TEL:0231 2299413]]",
            ),
            (
                "3",
                "[[P:Ciobanu]]",
                "[[P:Ștefan]]",
                "[[DOB:04.11.2014]]",
                "orth",
                "ROU",
                "[[P:Ciobanu, Alina]]",
                "[[TEL:0152 01948833]]",
            ),
            (
                "4",
                "[[P:Demir]]",
                "[[P:Elif Su]]",
                "[[DOB:18.05.2015]]",
                "isl",
                "D/TUR",
                "[[P:Demir, Serpil]]",
                "[[TEL:0163 7742091]]",
            ),
            (
                "5",
                "[[P:Esposito]]",
                "[[P:Luca]]",
                "[[DOB:09.09.2015]]",
                "rk",
                "ITA",
                "[[P:Esposito, Gennaro]]",
                "",
            ),
            (
                "6",
                "[[P:Frankowski]]",
                "[[P:Maja]]",
                "[[DOB:22.12.2014]]",
                "rk",
                "D/POL",
                "[[P:Frankowska-Lis, Marta]]",
                "[[TEL:0231 5560178]]",
            ),
            (
                "7",
                "[[P:Mekonnen]]",
                "[[P:Abel]]",
                "[[DOB:01.03.2015]]",
                "orth",
                "ERI",
                "[[P:Woldemichael, Saba]]",
                "[[TEL:0157 33090215]]",
            ),
            (
                "8",
                "[[P:Ngo]]",
                "[[P:Gia Bao]]",
                "[[DOB:30.06.2015]]",
                "ohne",
                "D",
                "[[P:Ngo, Thi Lan]]",
                "[[TEL:0231 8820034]]",
            ),
        )
    }
{"-" * 106}
Konf.: ev = evangelisch, rk = römisch-katholisch, isl = islamisch, orth = orthodox
SchILD-NRW · Druck 04.12.2026 12:10 · Seite 1 von 3 · nur für den schulinternen Gebrauch
""",
    keep=[
        "Klassenliste mit Erziehungsberechtigten",
        "Schuljahr 2026/27",
        "Erziehungsberechtigte/r",
        "SchILD-NRW",
        "Seite 1 von 3",
    ],
    allow=("Ngo",),
)

W_GEW = [4, 4, 33, 22, 9, 31, 24]

pii(
    "fixed_width_print",
    f"""
STADT GELSENKIRCHEN  REFERAT WIRTSCHAFTSFÖRDERUNG / GEWERBEANGELEGENHEITEN      GEWAN-MONATSLISTE
MONAT: 11/2026   ANZEIGEN NACH § 14 GEWO   (AN = ANMELDUNG, UM = UMMELDUNG, AB = ABMELDUNG)  SEITE 1/1
{"-" * 127}
{fw(W_GEW, "LFD", "ART", "BETRIEB", "INHABER / VERTR.", "GEB.DAT", "BETRIEBSSTAETTE", "REGISTER")}
{"-" * 127}
{
        rows(
            W_GEW,
            (
                "1",
                "AN",
                "Friseursalon [[P:Ayşe Kaya]]",
                "[[P:KAYA, AYŞE]]",
                "[[DOB:17.09.86]]",
                "[[STR:Hochstr. 61]], [[LOC:45894 GE]]",
                "--",
            ),
            (
                "2",
                "AN",
                "Ruhr Facility Services GmbH",
                "GF: [[P:KRÜGER, SASCHA]]",
                "[[DOB:02.05.79]]",
                "Emscherstr. 88, 45891 GE",
                "HRB 16602 AG GE",
            ),
            (
                "3",
                "UM",
                "Kfz-Technik [[P:Dumitru]] e.K.",
                "[[P:DUMITRU, VALENTIN]]",
                "[[DOB:11.11.81]]",
                "[[STR:Grothusstr. 7]], [[LOC:45881 GE]]",
                "[[HR:HRA 4417 AG GE]]",
            ),
            (
                "4",
                "AN",
                "Imbiss Sonnenstrahl",
                "[[P:NGUYEN, VAN THANH]]",
                "[[DOB:25.01.90]]",
                "[[STR:Bahnhofstr. 12]], [[LOC:45879 GE]]",
                "--",
            ),
            (
                "5",
                "AB",
                "Änderungsschneiderei [[P:Papadakis]]",
                "[[P:PAPADAKIS, ANNA]]",
                "[[DOB:06.06.58]]",
                "[[STR:Cranger Str. 201]], [[LOC:45891 GE]]",
                "--",
            ),
            (
                "6",
                "AN",
                "Bäckerei Schulte GmbH (Filiale)",
                "GF: [[P:SCHULTE, MARKUS]]",
                "[[DOB:14.03.71]]",
                "Horster Str. 9, 45897 GE",
                "HRB 14822 AG BO",
            ),
        )
    }
{"-" * 127}
LFD 5: Abmeldung wegen Aufgabe aus Altersgründen. LFD 4: Gaststättenrecht, Anzeige an Lebensmittelüberwachung.
DRUCK 01.12.2026 09:20  BENUTZER: GEW01   VERTEILER: IHK, HWK, FINANZAMT, LEBENSMITTELÜBERWACHUNG
""",
    keep=[
        "§ 14 GEWO",
        "Ruhr Facility Services GmbH",
        "HRB 16602 AG GE",
        "Emscherstr. 88, 45891 GE",
        "Bäckerei Schulte GmbH (Filiale)",
    ],
    allow=("45891 GE",),
)

W_GRAB = [17, 31, 40, 10]

pii(
    "fixed_width_print",
    f"""
Stadt Bochum · Umwelt- und Grünflächenamt · Friedhofsverwaltung                   Seite 1 von 2
Ablauf Nutzungsrechte Wahlgrabstätten im Jahr 2027 – Friedhof Freigrafendamm        06.12.2026
{"=" * 98}
{fw(W_GRAB, "Grabstätte", "Nutzungsberechtigte/r", "Anschrift", "Ablauf")}
{fw(W_GRAB, "", "  Beigesetzt (geb. / gest.)", "", "")}
{"=" * 98}
{fw(W_GRAB, "Feld 12 R3 Nr.7", "[[P:Rogalla, Brigitte]]", "[[STR:Königsallee 198]], [[LOC:44799 Bochum]]", "14.02.2027")}
{fw(W_GRAB, "", "  [[P:Rogalla, Werner]] ([[DOB:03.08.1936]] / 11.01.1997)", "", "")}
{fw(W_GRAB, "Feld 12 R4 Nr.2", "[[P:Pawlak, Janusz]]", "[[STR:ul. Słowackiego 14]], [[LOC:41-800 Zabrze]]", "03.05.2027")}
{fw(W_GRAB, "", "  [[P:Pawlak, Irena]] ([[DOB:27.11.1941]] / 29.04.2002)", "", "")}
{fw(W_GRAB, "Feld 14 R1 Nr.11", "[[P:Kuhlmann-Brandt, Dagmar]]", "[[STR:Wiemelhauser Str. 240]], [[LOC:44789 Bochum]]", "21.07.2027")}
{fw(W_GRAB, "", "  [[P:Brandt, Friedhelm]] ([[DOB:19.03.1929]] / 06.07.1997)", "", "")}
{fw(W_GRAB, "", "  [[P:Brandt, Hildegard]] ([[DOB:02.12.1931]] / 14.10.2011)", "", "")}
{fw(W_GRAB, "Feld 15 R2 Nr.5", "unbekannt (Erben ermitteln)", "", "30.09.2027")}
{fw(W_GRAB, "", "  [[P:Giannakopoulos, Vasilios]] ([[DOB:1940]] / 1997)", "", "")}
{"=" * 98}
Nutzungsrecht verlängerbar um 5, 10 oder 15 Jahre; Gebühr nach Friedhofsgebührensatzung, Tarifstelle 2.1.
Benachrichtigung der Nutzungsberechtigten erfolgt 6 Monate vor Ablauf.
""",
    keep=[
        "Friedhofsverwaltung",
        "Friedhof Freigrafendamm",
        "Feld 12 R3 Nr.7",
        "Tarifstelle 2.1",
        "Seite 1 von 2",
    ],
)

W_VA = [12, 20, 14, 11, 11, 15, 20]

pii(
    "fixed_width_print",
    f"""
Betreff: Liste Verlustanzeigen Ausweise November – Abgleich mit Fundbüro

Hallo Fundbüro, könnt ihr die Liste mit euren Fundsachen abgleichen? Zwei Ausweise sind schon
wieder aufgetaucht (Spalte Status). Grüße aus dem Bürgerbüro Wattenscheid

BÜRGERBÜRO WATTENSCHEID – PASS- UND AUSWEISWESEN                              Seite 1 von 1
Verlust-/Diebstahlanzeigen Personalausweis   01.11.2026 – 30.11.2026     Sperre: Sperrliste BKA
{"-" * 110}
{fw(W_VA, "Dok.-Nr.", "Name", "Vorname", "Geb.-Dat.", "angezeigt", "Polizei-Vorg.", "Status")}
{"-" * 110}
{
        rows(
            W_VA,
            (
                "[[ID:L01X7TRM2]]",
                "[[P:Schäfer]]",
                "[[P:Nadine]]",
                "[[DOB:24.04.1992]]",
                "03.11.2026",
                "",
                "gesperrt",
            ),
            (
                "[[ID:T4H9FYC71]]",
                "[[P:Yıldız]]",
                "[[P:Mustafa]]",
                "[[DOB:19.10.1969]]",
                "05.11.2026",
                "[[AZ:VG 2611-004471]]",
                "gesperrt (Diebst.)",
            ),
            (
                "[[ID:LZ2G8NV04]]",
                "[[P:Dąbrowski]]",
                "[[P:Grzegorz]]",
                "[[DOB:30.01.1985]]",
                "11.11.2026",
                "",
                "gefunden 18.11.",
            ),
            (
                "[[ID:M7PW3CK58]]",
                "[[P:Obi]]",
                "[[P:Chinonso]]",
                "[[DOB:12.08.2001]]",
                "16.11.2026",
                "[[AZ:VG 2611-018822]]",
                "gesperrt (Diebst.)",
            ),
            (
                "[[ID:T0R6KJ9H3]]",
                "[[P:Heckmann]]",
                "[[P:Rolf-Dieter]]",
                "[[DOB:07.07.1951]]",
                "24.11.2026",
                "",
                "gefunden 25.11.",
            ),
        )
    }
{"-" * 110}
Gebühr vorläufiger Ausweis 10,00 EUR; Entsperrung nur persönlich mit Fundausweis.
Druck: 01.12.2026 15:02  Benutzer: BBW-KA  Verfahren: VOIS|PAW
""",
    keep=[
        "Verlust-/Diebstahlanzeigen Personalausweis",
        "Sperrliste BKA",
        "Polizei-Vorg.",
        "10,00 EUR",
        "VOIS|PAW",
    ],
)

# ---------------------------------------------------------------------------------------------
# Fixed-width printouts without personal data (clean)
# ---------------------------------------------------------------------------------------------

W_HH = [10, 42, 14, 14, 14]
R_HH = {2, 3, 4}

clean(
    "fixed_width_print",
    f"""
STADT HERNE          HAUSHALTSPLAN 2027 - ENTWURF          TEILERGEBNISPLAN           Seite 1 von 1
Produktgruppe 1.02.01  Bürgerdienste / Einwohnermeldewesen     Verantw.: FB 32 Öffentliche Ordnung
{"=" * 98}
{rfw(W_HH, R_HH, "Zeile", "Ertrags- und Aufwandsarten", "Ergebnis 2025", "Ansatz 2026", "Ansatz 2027")}
{rfw(W_HH, R_HH, "", "", "EUR", "EUR", "EUR")}
{"-" * 98}
{rfw(W_HH, R_HH, "04", "Öffentlich-rechtliche Leistungsentgelte", "1.184.220,17", "1.210.000", "1.265.000")}
{rfw(W_HH, R_HH, "06", "Kostenerstattungen und Kostenumlagen", "41.377,50", "38.000", "40.000")}
{rfw(W_HH, R_HH, "10", "= Ordentliche Erträge", "1.225.597,67", "1.248.000", "1.305.000")}
{rfw(W_HH, R_HH, "11", "Personalaufwendungen", "-2.412.903,44", "-2.530.000", "-2.688.000")}
{rfw(W_HH, R_HH, "13", "Aufwendungen für Sach- und Dienstleistungen", "-318.441,09", "-342.000", "-361.000")}
{rfw(W_HH, R_HH, "16", "Sonstige ordentliche Aufwendungen", "-96.118,30", "-101.000", "-104.500")}
{rfw(W_HH, R_HH, "17", "= Ordentliche Aufwendungen", "-2.827.462,83", "-2.973.000", "-3.153.500")}
{rfw(W_HH, R_HH, "18", "= Ergebnis der lfd. Verwaltungstätigkeit", "-1.601.865,16", "-1.725.000", "-1.848.500")}
{"=" * 98}
Erläuterung zu Zeile 04: Gebührenanpassung Reisepass zum 01.01.2027; Mehrerträge ca. 55.000 EUR.
Druck: 02.12.2026 16:41   Benutzer: HH-SYS   Vorlage 0412/2026 zur Sitzung des Rates am 15.12.2026
""",
    keep=[
        "TEILERGEBNISPLAN",
        "Produktgruppe 1.02.01",
        "-1.848.500",
        "Benutzer: HH-SYS",
        "Vorlage 0412/2026",
    ],
)

W_STR = [8, 32, 18, 10, 8]

clean(
    "fixed_width_print",
    f"""
Stadt Bochum – Amt für Geoinformation, Liegenschaften und Kataster           Seite 3 von 41
Straßenverzeichnis mit Zuordnung Stadtbezirk / Wahlbezirk          Stand 01.12.2026
{"-" * 84}
{fw(W_STR, "Schl.", "Straßenname", "Stadtbezirk", "Wahlbez.", "PLZ")}
{"-" * 84}
{
        rows(
            W_STR,
            ("01204", "Konrad-Adenauer-Platz", "Bochum-Mitte", "0104", "44787"),
            ("01211", "Kortumstraße", "Bochum-Mitte", "0102", "44787"),
            ("01213", "Kurt-Schumacher-Platz", "Bochum-Mitte", "0105", "44787"),
            ("01230", "Dr.-Ruer-Platz", "Bochum-Mitte", "0101", "44787"),
            ("02117", "Max-Greve-Straße", "Bochum-Mitte", "0111", "44791"),
            ("04302", "Heinrich-König-Straße", "Bochum-Süd", "0421", "44795"),
            ("05118", "Hustadtring", "Bochum-Süd", "0512", "44801"),
            ("06021", "Hedwig-Dransfeld-Straße", "Bochum-Nord", "0610", "44805"),
            ("07440", "Papenholz", "Wattenscheid", "0734", "44866"),
            ("07451", "Propst-Hellmich-Promenade", "Wattenscheid", "0701", "44866"),
            ("08210", "Ewald-Görshop-Straße", "Bochum-Ost", "0822", "44894"),
        )
    }
{"-" * 84}
Schl. = amtlicher Straßenschlüssel. Bei geteilten Straßen ist der Abschnitt mit der niedrigsten
Hausnummer maßgeblich. Nur für den Dienstgebrauch.  Druck 01.12.2026  Benutzer: GEO-STRV
""",
    keep=[
        "Straßenverzeichnis",
        "Konrad-Adenauer-Platz",
        "Dr.-Ruer-Platz",
        "Propst-Hellmich-Promenade",
        "Seite 3 von 41",
    ],
)

W_BST = [10, 31, 24, 12, 12, 30]

clean(
    "fixed_width_print",
    f"""
Referat Verkehr und Tiefbau · Baustellenkalender 1. Quartal 2027 · Stadt Gelsenkirchen   Blatt 1/1
{"=" * 121}
{
        fw(
            W_BST,
            "Maßn.-Nr.",
            "Straße / Abschnitt",
            "Art der Arbeiten",
            "von",
            "bis",
            "ausführende Firma",
        )
    }
{"=" * 121}
{
        rows(
            W_BST,
            (
                "TB-27-004",
                "Bismarckstr. (Nr. 120–188)",
                "Fahrbahnerneuerung",
                "11.01.2027",
                "26.03.2027",
                "Straßenbau Heitkamp GmbH",
            ),
            (
                "TB-27-009",
                "Kurt-Schumacher-Str./Grenzstr.",
                "Ampelumbau",
                "18.01.2027",
                "12.02.2027",
                "Signalbau Ruhr GmbH",
            ),
            (
                "TB-27-013",
                "Hans-Böckler-Allee",
                "Gehwegsanierung",
                "01.02.2027",
                "30.04.2027",
                "Pflasterbau Özdemir GmbH",
            ),
            (
                "TB-27-017",
                "Horster Str. (Buer)",
                "Kanal, Hausanschlüsse",
                "08.02.2027",
                "31.05.2027",
                "Gelsenwasser AG",
            ),
            (
                "TB-27-021",
                "Florastraße",
                "Radweg Markierung",
                "15.03.2027",
                "19.03.2027",
                "Markierungen West GmbH",
            ),
        )
    }
{"=" * 121}
Firmenangaben: Straßenbau Heitkamp GmbH, AG Gelsenkirchen HRB 3310; Pflasterbau Özdemir GmbH, AG Bochum
HRB 17754; Signalbau Ruhr GmbH, AG Essen HRB 25560. Anliegerinformation über presse@gelsenkirchen.de.
""",
    keep=[
        "Baustellenkalender 1. Quartal 2027",
        "Straßenbau Heitkamp GmbH",
        "Pflasterbau Özdemir GmbH",
        "HRB 17754",
        "presse@gelsenkirchen.de",
    ],
)


# ---------------------------------------------------------------------------------------------
# OCR scans of tables and forms (pii)
# ---------------------------------------------------------------------------------------------

pii(
    "ocr_scan_table",
    """
[Scan 2026-12-03_0917_BC-Buer.pdf – Texterkennung, ungeprüft]

                          Eingegangen 03. DEZ. 2026
Stadt Gelsenkirchen — Bürgercenter Buer       ___________________________
Anmeldung bei der Meldebehörde    (§ 17 Abs. 1 BMG)
_____________________________________________________________________________
Neue Wohnung: Straße, Hausnr., Zusatz       |   PLZ, Gemeinde
| [[STR:Grillostr. 4O, 2. OG links]]          |    [[LOC:4588l Gelsenkirchen]]        |
Bisherige Wohnung:  [[STR:ul. Tsar Simeon 18]], [[LOC:4OOO Plovdiv]] / Bulgarien
Einzugsdatum: 15.11.2O26       Wohnungsgeberbestätigung liegt bei: [x] ja  [ ] nein
_____________________________________________________________________________
    Familienname       Vorname(n)      Geb.-Datum      Geburtsort       Staatsang.
1   [[P:GE0RGIEV]]           [[P:Hristo]]          [[DOB:l2.O7.1983]]      [[LOC:Plovdiv]]           bulg.
2   [[P:Georgieva]]          [[P:Desislava]]     [[DOB:O3.1O.l985]]        [[LOC:Pazardzhik]]    bulg.
    |  geb. [[P:Petkova]]
3   [[P:Georgiev]]         [[P:Ivan]]               [[DOB:2l.O4.2Ol4]]     [[LOC:Plovdiv]]       |  bulg.
4   [[P:Georgieva]] _     [[P:Mariya]]            [[DOB:O9.O2.2O19]]     [[LOC:Plovdiv]]           bulg.
_____________________________________________________________________________
Pass/Ausweis:  1) Pass BGR [[PASS:38l2O4477]]    2) Lichn. karta BGR [[PASS:64783O21l]]
Kinder 3 und 4 im Pass der Mutter? -> nein, eigene Pässe nachreichen
Unterschrift:  [[P:H. Georgiev]] |                 Datum: 2O.11.2O26
""",
    keep=[
        "Eingegangen 03. DEZ. 2026",
        "§ 17 Abs. 1 BMG",
        "Bürgercenter Buer",
        "Wohnungsgeberbestätigung",
        "Einzugsdatum",
    ],
)

pii(
    "ocr_scan_table",
    """
--- OCR-Ergebnis Seite 1/1 (Posteingang Wohngeld, Scanner FB50-02) ---

         Stadt Herne  FB Soziales
      EINGANG  O2. Dez. 2026  Abt. 5O/3

M i e t b e s c h e i n i g u n g   (zum Wohngeldantrag)
Wohngeld-Nr.: [[AZ:WG 5O.3-2O26-Ol183]]
Vermieter/in (Name, Anschrift, Telefon):
[[P:Friedhelm Mii11er-Lenz]] , [[STR:Am Wiesenhang 3]] , [[LOC:5845l Witten]] , Tel. [[TEL:O23O2 / 8 l7 22]]

1. Lage der Wohnung: [[STR:Bochumer StraBe 1O2]], [[LOC:44623 Herne]], 1. OG rechts
   Wohnflache: 74,5O m2     Bezugsfertig: 1958     Sammelheizung: [x] ja

2. Im Haushalt leben (lt. Mietvertrag):
   | Name, Vorname              | geb. am        | Verhaltnis zum Mieter |
   | [[P:Erdogan, Yusuf]]             | [[DOB:O4.O3.1977]]     | Mieter               |
   | [[P:Erdogan, Gul]]               | [[DOB:l9.ll.198O]]      | Ehefrau              |
   | [[P:Erdogan, Berat]]            | [[DOB:22.O8.2OO9]]    | Sohn                  |
   | [[P:Erdogan, Zeynep]] |  [[DOB:O1.O6.2Ol3]]       | Tochter             |

3. Miete mtl.:  Grundmiete  5l2,OO EUR |  kalte Betriebskosten  18O,OO EUR |
   Heizkosten  95,OO EUR  | Summe  787,OO EUR       Mietbeginn: O1.O4.2Ol6

Ich versichere die Richtigkeit der Angaben.  [[LOC:Witten]], 28.11.2O26   _______[[P:Mii11er-Lenz]]_____
""",
    keep=[
        "M i e t b e s c h e i n i g u n g",
        "Grundmiete",
        "Summe  787,OO EUR",
        "Abt. 5O/3",
        "Mietbeginn",
    ],
)

pii(
    "ocr_scan_table",
    """
Scan: Einwohnerantrag_Tempo30_Hoerde_Blatt07.tif   (OCR, Handschrift – bitte manuell prüfen)

Einwohnerantrag nach § 25 GO NRW an den Rat der Stadt Dortmund
„Tempo 30 auf der Hermannstraße zwischen Faßstraße und Clarenberg"
Blatt 7 von 19
____________________________________________________________________________________________
Nr | Name, Vorname        | Anschrift (Straße, Hausnr., PLZ)        | Geb.-Datum   | Unterschrift
___|______________________|_________________________________________|______________|__________
61 | [[P:Brüggemann, Lothar]]  | [[STR:Hermannstr. 1l2]], [[LOC:44263]]                 | [[DOB:O7.O5.1949]]   | ~[[P:L.Bruggern]]
62 | [[P:Brüggemann, Ilse]]    |   "  "                                      | [[DOB:19.O3.l952]]   | 1. [[P:Briiggern]]_
63 | [[P:Kocak, Hatice]]       | [[STR:Faßstr. 9]], [[LOC:44263]]                     | [[DOB:2l.ll.1988]]   |  [[P:H Koc]]/
64 | [[P:Lipinski Tobias]]     | [[STR:Clarenbergweg 4O]]  [[LOC:442G3]]               | [[DOB:O2.O2.2OO3]]    | T._L
65 | [[P:Nuñez, Carmen]]      | [[STR:Seekante 1]], [[LOC:44263]]                    | [[DOB:3O.O9.1995]]   |  [[P:CNuriez]]
66 | [[P:Wi11ms, Gerhard]]     | [[STR:Hermannstr. 8O]], [[LOC:44263]]                | [[DOB:l3.l2.1941]]   | G W
67 | [[P:Al-Sayed, Omar]]      | [[STR:Wellinghofer Str. 2l]]                | [[DOB:O5.O8.l99O]]   |  O.A-S
   |                      |   [[LOC:44263]]                                | |
68 | [[P:Sch--]]  (unleserl.)  | [[STR:Hermannstr. 1l?]]                          | [[DOB:1964]] ?       | ___
___|______________________|_________________________________________|______________|__________
Vertrauenspersonen: siehe Blatt 1. Gültigkeitsprüfung durch das Wahlamt (Melderegister).
Gezählt: 8 Eintragungen, davon 1 ungültig (Nr. 68: Geburtsdatum unvollständig).
""",
    keep=[
        "§ 25 GO NRW",
        "Blatt 7 von 19",
        "Gültigkeitsprüfung durch das Wahlamt",
        "davon 1 ungültig",
        "Vertrauenspersonen",
    ],
)

pii(
    "ocr_scan_table",
    """
Von: Sprachschule Lingua Ruhr GmbH – Verwaltung <verwaltung@lingua-ruhr.de>
An: Ausländerbehörde Bochum
Betreff: Fehlzeitenmeldung Integrationskurs 2O5-2O26-0418 (Scan anbei, Text per OCR)

Sehr geehrte Damen und Herren, anbei die Fehlzeitenliste November für die von Ihnen
verpflichteten Teilnehmenden (§ 44a AufenthG). Der Scan ist leider schief geworden.

-------- OCR Anlage: Anwesenheit_Nov.pdf --------
Kurs: 2O5-2O26-0418   Modul 4   Kursort: Kortumstr. 1O, Bochum    Lehrkraft: Frau [[P:Ternes]]
Nr  Name           Vorname          geb.            TB-Nr.              Fehltage   entsch.
 1  [[P:Mahrnoud]]        [[P:Ahrned]]           [[DOB:O1.O1.1991]]       [[AZ:TB-BO-25-1l872]]      7         2
 2  [[P:Rahrnani]]      [[P:Nasrin]]           [[DOB:l4.O6.1987]]   [[AZ:TB-BO-25-12O44]]        0          0
 3  [[P:Kovalenko]]     [[P:Olena]]        [[DOB:23.O9.1979]]         [[AZ:TB-BO-26-OO311]]     3          3
 4  [[P:Tekle]]         [[P:Yonas]]           [[DOB:O8.O3.2OO0]]     [[AZ:TB-BO-26-OO59O]]         11        1
 5  [[P:Hasan]]   [[P:Dilan]]     [[DOB:3O.1O.1996]]      [[AZ:TB-BO-26-OO622]]          4          4
     |  (geb. [[P:Mustafa]])
 6  [[P:Ozturk]]         [[P:Serna]]           [[DOB:l1.l2.1984]]       [[AZ:TB-BO-26-OO7O8]]       9     0
-------------------------------------------------
Unterschrift Lehrkraft: ______[[P:Ternes]]___   Stempel: LINGUA RUHR GmbH, HRB 17O23 AG Bochum

Mit freundlichen Grüßen
Kursverwaltung Lingua Ruhr GmbH, Tel. 0234 5879-0
""",
    keep=[
        "§ 44a AufenthG",
        "Integrationskurs",
        "2O5-2O26-0418",
        "verwaltung@lingua-ruhr.de",
        "HRB 17O23 AG Bochum",
    ],
)

pii(
    "ocr_scan_table",
    """
O4.12.2O26 O9:12   JOBCENTER GELSENKIRCHEN   +49 2O9 6O47-O        S. 1/1
=====================================================================
Jobcenter Gelsenkirchen  ·  Team 4O7 Leistung
An: Stadt Gelsenkirchen, Referat Soziales – Wohngeldstelle   Fax O2O9 169-46 O9

Mitteilung über Leistungsbezug nach dem SGB II (Abgleich Wohngeld / Vorrangprüfung)
BG-Nummer: [[AZ:362O3BGOO44718]]          Bewilligt: O1.12.2O26 - 3O.11.2O27
Anschrift der BG: [[STR:Florastr. 14l]], [[LOC:4S879 Gelsenkirchen]]

 Mitglieder der Bedarfsgemeinschaft
 | lfd | Name, Vorname              | geb.          | Status         |
 |  1  | [[P:Osei, Kwame]]                 | [[DOB:l7.O4.1985]]   | erw.leistungsb. |
 |  2  | [[P:Osei-Mensah, Akosua]]   | [[DOB:O2.l2.l988]]    | erw.leistungsb.|
 |  3  | [[P:Osei, Kofi]]                 | [[DOB:1O.O7.2Ol5]]   | Kind (nEf)       |
 |  4  | [[P:Osei, Ama]]                  | [[DOB:29.O1.2O2O]]    | Kind  (nEf)    |

Der Wohngeldantrag vom 18.11.2O26 ist damit ausgeschlossen (§ 7 Abs. 1 WoGG).
Bitte Ihr Az. mitteilen. Rückfragen: Frau [[P:Hübner]], Tel. [[TEL:O2O9 6O47-2231]]
=====================================================================
""",
    keep=[
        "JOBCENTER GELSENKIRCHEN",
        "§ 7 Abs. 1 WoGG",
        "Team 4O7 Leistung",
        "Mitglieder der Bedarfsgemeinschaft",
        "Fax O2O9 169-46 O9",
    ],
)

pii(
    "ocr_scan_table",
    """
Scan Belegungsliste – Übergangswohnheim Hölkeskampring, Herne (Stand 3O.11.2O26)
[OCR: Tabellenlinien nicht erkannt, Spalten verschoben]

Zi.   Name       Vorname       geb.          Herkunft     AZR-Nr.          Bemerkung
1O1   [[P:Tesfamariam]]   [[P:Yodit]]         [[DOB:12.O3.l998]]        ERI     [[AZ:17O3228419O6]]
           Kind: [[P:Tesfamariam]], [[P:Naod]]    [[DOB:O6.O6.2O24]]
1O2   [[P:Al-Abdullah]]   [[P:Mahmoud]]   [[DOB:O1.O1.1978]]   SYR      [[AZ:16O9O5117433]]   Umzug in Wohnung
                                                                              zum 15.12. ([[STR:Bebelstr. 4]])
1O3   [[P:Haidari]]  [[P:Mohammad]]
      [[P:Reza]]        [[DOB:2O.O8.2OO4]]    AFG       [[AZ:18O41O99218 2]]    Schule: Berufskolleg
2O1   [[P:Okoro]]   [[P:Precious]]       [[DOB:l5.l1.1993]]     NGA   [[AZ:15O7l48832O1]]
2O4   [[P:Rahimi]] [[P:Zahra]]   [[DOB:O9.O9.2OO1]]   AFG        [[AZ:19O2O6332174]]     | Sprachkurs ab Jan.
2O5   frei ( Renovierung )       _____         _____            ______
Heimleitung: [[P:Gülay Aksoy]]   Tel. [[TEL:O2323 16-47 82]]   Zentrale O2323 16-O
""",
    keep=[
        "Übergangswohnheim Hölkeskampring",
        "Heimleitung",
        "Zentrale O2323 16-O",
        "Berufskolleg",
        "Renovierung",
    ],
)

pii(
    "ocr_scan_table",
    """
Von: Sekretariat GS Kunterbunt <sekretariat.gs-kunterbunt@schule.herne.de>
Betreff: Notfallliste 2b (eingescannt) – für den Ausflug zum Gysenberg am 09.12.

Liebe Frau [[P:Sternberg]],
hier die Notfallliste, die Frau [[P:Wübbel]] handschriftlich ergänzt hat. Bitte für die Begleitpersonen kopieren.

N0TFALLLISTE  Klasse 2b   Schuljahr 2O26/27    Klassenlehrerin: Fr. [[P:Wiibbel]]
|  Kind                  |  geb.       |  Notfallkontakt           |  Tel.
|  [[P:Acar, Defne]]           |  [[DOB:l4.O2.2Ol8]] | Mutter [[P:Acar, Sibel]]      | [[TEL:Ol76 2O4 88l2]]
|  [[P:Bartsch, Finn]]        |  [[DOB:O3.O7.2Ol8]]   |  Oma [[P:Bartsch]]         |  [[TEL:O2323 4l 9O 3]]
|  [[P:Hamidi, Noor]]        |  [[DOB:2O.ll.2Ol7]] | Vater [[P:Hamidi, Farid]]  |   [[TEL:Ol5l 227 33O9]]
|  [[P:Kiss, Bence]]        |  [[DOB:O9.O1.2Ol9]]   | Mutter [[P:Kiss Eszter]]     | [[TEL:Ol6O 9l3 4477]]
|  [[P:Oyelaran, Tobi]]    |  [[DOB:3O.O4.2Ol8]] |  Vater [[P:Oyelaran, Femi]] |  [[TEL:Ol57 3O8 1l 22]]
|  [[P:Popa, Ilinca]]      |  [[DOB:l6.O6.2Ol8]]  | Mutter [[P:Popa, Roxana]]   | [[TEL:Ol52 O48 77 19]]
|  [[P:Wagner, Emma]]       |  [[DOB:28.O2.2Ol8]]  |  Mutter [[P:Wagner]]  / Vater [[P:Wagner]]  | [[TEL:O2323 5O 7l 4]]
Allergien: [[P:Noor]] – Nüsse!!   [[P:Finn]] – Wespen (Notfallset im Rucksack)

Viele Grüße, Sekretariat
""",
    keep=[
        "Notfallliste 2b",
        "Gysenberg am 09.12.",
        "sekretariat.gs-kunterbunt@schule.herne.de",
        "Schuljahr 2O26/27",
        "Notfallset im Rucksack",
    ],
)

pii(
    "ocr_scan_table",
    """
[Posteingangsscan Gewerbeamt Bochum – OCR – Formular GewA 1]
            Eingegangen 3O. NOV. 2026  Stadt Bochum Amt 32
Gewerbe-Anmeldung  nach § 14 GewO oder § 55c GewO       | Bitte vollständig und gut lesbar ausfüllen
| 1 | Name                     | [[P:Nguyen]]
| 2 | Vornamen                 | [[P:Thi Thu Trang]]
| 3 | Geschlecht               | [ ] männl.  [x] weibl.  [ ] divers
| 4 | Geburtsdatum             | [[DOB:l1.O5.199l]]
| 5 | Geburtsort, -land        | [[LOC:Nam Dinh]] / Vietnam
| 6 | Staatsangehörigkeit(en)  | [x] deutsch  [ ] andere:
| 7 | Anschrift der Wohnung    | [[STR:Wittener StraBe 2l8]], [[LOC:44803 Bochurn]]
| 8 | Telefon / Mobil          | [[TEL:Ol76-3l4 O2 9l8]]
| 9 | E-Mail                   | [[MAIL:trang.nails@gmx.de]]
|13 | Betriebsstätte           | [[STR:Alleestr. 4O]], [[LOC:44793 Bochum]]
|14 | Name des Geschäfts       | Nagelstudio [[P:Trang]]
|15 | Angemeldete Tätigkeit    | Nagel- und Fußpflege (kosmetisch), Verkauf von Pflegeprodukten
|17 | Beginn                   | O1.12.2O26
|18 | Zahl der Beschäftigten   | O  Vollzeit /  l  Teilzeit
___________________________________________________________________________
Gebühr 26,OO EUR bezahlt (EC)     Steuernummer (falls bekannt):  [[TAX:35O/5l72/4418]]
[[LOC:Bochurn]], 27.11.2O26     Unterschrift: __[[P:Nguyen T.T.T.]]__
""",
    keep=[
        "Formular GewA 1",
        "§ 14 GewO",
        "Eingegangen 3O. NOV. 2026",
        "Gebühr 26,OO EUR",
        "Angemeldete Tätigkeit",
    ],
)

# ---------------------------------------------------------------------------------------------
# OCR scans without personal data (clean)
# ---------------------------------------------------------------------------------------------

clean(
    "ocr_scan_table",
    """
[OCR Aushang_Oeffnungszeiten_2027.jpg – Foto vom Schaukasten, schräg]

   S T A D T   H E R N E       Bürgerbüros – Öffnungszeiten ab O4.Ol.2O27
 _______________________________________________________________________
| Standort                      |  Mo - Mi         | Do             | Fr          |
|_______________________________|__________________|________________|_____________|
| Bürgerbüro Herne-Mitte        |  8.OO - l2.3O    | 8.OO - l8.OO   | 8.OO-12.OO  |
|  Friedrich-Ebert-Platz 2      |                  |                |             |
| Bürgerbüro Wanne              |  8.OO - 12.3O    | l4.OO - l8.OO  | 8.OO-l2.OO  |
|  Rathausstr. 6                |   _              |                |             |
| Bürgerbüro Sodingen           |  nur mit Termin  | nur mit Termin | geschlossen |
|  Mont-Cenis-Platz l  (Akademie)|                 |                |             |
|_______________________________|__________________|________________|_____________|
  Terminvergabe: www.herne.de/termine   |   Zentrale O2323 l6-O   |   buergerbuero@herne.de
  Zwischen den Jahren (28.-3O.l2.) nur Notdienst im Rathaus Herne-Mitte.
""",
    keep=[
        "Öffnungszeiten",
        "Bürgerbüro Herne-Mitte",
        "Friedrich-Ebert-Platz 2",
        "buergerbuero@herne.de",
        "Zentrale O2323 l6-O",
    ],
)

clean(
    "ocr_scan_table",
    """
[Scan Entgeltordnung_HausKemnade_2027.pdf – OCR Seite 2]

Haus Kemnade  |  Veranstaltungsräume  |  Entgelte ab O1.O1.2O27  (Ratsbeschluss 2O26/O388)
_______________________________________________________________________________________
Raum                    | Plätze   | halber Tag   | ganzer Tag   | Abend ab 18 Uhr
Rittersaal              | l2O      | 29O,OO €     | 48O,OO €     | 35O,OO €
Kaminzimmer             |  4O      | l2O,OO €     | 2OO,OO €     | l5O,OO €
Gewölbekeller           |  6O      | l8O,OO €     | 3OO,OO €     | 22O,OO €
Trauzimmer (Standesamt) |  25      | – nur Trauungen, Buchung über das Standesamt –
_______________________________________________________________________________________
Ermäßigung 5O % für gemeinnützige Vereine mit Sitz in Bochum oder Hattingen.
Die Musikinstrumentensammlung Grumbt im Obergeschoss ist während Veranstaltungen
geschlossen. Anfragen: Kulturbüro, Tel. O234 9lO-O, kulturbuero@bochum.de
""",
    keep=[
        "Haus Kemnade",
        "Rittersaal",
        "Ratsbeschluss 2O26/O388",
        "kulturbuero@bochum.de",
        "Trauzimmer (Standesamt)",
    ],
)


# ---------------------------------------------------------------------------------------------
# Multi-line records: two or three lines per person (pii)
# ---------------------------------------------------------------------------------------------

pii(
    "multiline_record",
    """
Standesamt Gelsenkirchen – Eheschließungen Januar 2027                     Stand 04.12.2026
Terminübersicht für Standesbeamtinnen und Standesbeamte (bitte nicht aushängen)
--------------------------------------------------------------------------------------------
Fr 08.01.2027 11:00   Trauzimmer Schloss Horst              Anm.-Nr. [[AZ:EA 2026/0887]]
  [[P:Emily Rosenkranz]], [[STR:Ückendorfer Str. 88]], [[LOC:45886 Gelsenkirchen]]
      geb. [[DOB:14.09.1996]] in [[LOC:Gelsenkirchen-Ückendorf]], deutsch
  [[P:Onur Karakaya]], [[STR:Bergmannstr. 12]], [[LOC:45886 Gelsenkirchen]]
      geb. [[DOB:02.02.1994]] in [[LOC:Gladbeck]], deutsch/türkisch
--------------------------------------------------------------------------------------------
Fr 08.01.2027 12:00   Trauzimmer Schloss Horst              Anm.-Nr. [[AZ:EA 2026/0912]]
  [[P:Svitlana Moroz]], [[STR:Hochstr. 7]], [[LOC:45894 Gelsenkirchen]]
      geb. [[DOB:30.11.1990]] in [[LOC:Dnipro]], ukrainisch – Dolmetscherin: Frau [[P:Tkachenko]]
  [[P:Dirk Lemke]], [[STR:Hochstr. 7]], [[LOC:45894 Gelsenkirchen]]
      geb. [[DOB:18.04.1979]] in [[LOC:Bottrop]], deutsch
--------------------------------------------------------------------------------------------
Sa 16.01.2027 10:30   Trauzimmer Hans-Sachs-Haus           Anm.-Nr. [[AZ:EA 2026/0930]]
  [[P:Ioana Dumitrescu]], [[STR:Florastr. 55]], [[LOC:45879 Gelsenkirchen]]
      geb. [[DOB:07.07.1998]] in [[LOC:Craiova]], rumänisch
  [[P:Ioana Petrescu]], [[STR:Florastr. 55]], [[LOC:45879 Gelsenkirchen]]
      geb. [[DOB:23.03.1997]] in [[LOC:Timișoara]], rumänisch
--------------------------------------------------------------------------------------------
Fr 29.01.2027 14:00   Trauzimmer Schloss Horst              Anm.-Nr. [[AZ:EA 2026/0944]]
  [[P:Chinedu Eze]], [[STR:Grenzstr. 101]], [[LOC:45881 Gelsenkirchen]]
      geb. [[DOB:12.12.1988]] in [[LOC:Enugu]], nigerianisch – Ehefähigkeitszeugnis befreit (OLG Hamm)
  [[P:Sarah Kowalewski]], [[STR:Grenzstr. 101]], [[LOC:45881 Gelsenkirchen]]
      geb. [[DOB:05.05.1992]] in [[LOC:Gelsenkirchen-Buer]], deutsch
--------------------------------------------------------------------------------------------
Trauzimmer Schloss Horst: Turfstraße 21, 45899 Gelsenkirchen · Rückfragen standesamt@gelsenkirchen.de
""",
    keep=[
        "Trauzimmer Schloss Horst",
        "Turfstraße 21, 45899 Gelsenkirchen",
        "standesamt@gelsenkirchen.de",
        "Fr 08.01.2027 11:00",
        "OLG Hamm",
    ],
)

pii(
    "multiline_record",
    """
Betreff: Belegung Kindertagespflege Bezirk Wanne – Stand Dezember (für die Fachberatung)

Liebe Kolleginnen,

für die Hausbesuche im Januar die aktuelle Belegung der Tagespflegepersonen in Wanne. Freie
Plätze sind markiert. Die Liste bitte nicht an die Tagespflegepersonen weitergeben.

TPP 07  [[P:Marlene Hüsken]], [[STR:Hauptstr. 211]], [[LOC:44651 Herne]], Tel. [[TEL:02325 7 41 09]]
        Pflegeerlaubnis bis 31.07.2029 · 5 Plätze · 1 frei ab 01.02.2027
        - [[P:Levi Baumgart]], geb. [[DOB:02.04.2024]], 35 Std.
        - [[P:Aylin Tuncer]], geb. [[DOB:17.10.2023]], 45 Std.
        - [[P:Jonas Wrobel]], geb. [[DOB:28.01.2025]], 25 Std.
        - [[P:Mia Kretschmer]], geb. [[DOB:11.06.2024]], 35 Std.

TPP 12  [[P:Ewa Nowicka-Hahn]], [[STR:Heidstr. 52]], [[LOC:44649 Herne]], mobil [[TEL:0172 6604218]]
        Pflegeerlaubnis bis 30.09.2027 · 4 Plätze · voll
        - [[P:Hamza Bekir]], geb. [[DOB:09.09.2023]], 45 Std.
        - [[P:Lotta Siebert]], geb. [[DOB:21.02.2024]], 30 Std.
        - [[P:Amira Bekir]], geb. [[DOB:04.12.2025]], 45 Std. (Geschwister)
        - [[P:Nikola Ivanova]], geb. [[DOB:15.03.2024]], 35 Std.

TPP 19  [[P:Thuy Linh Đặng]], [[STR:Dorstener Str. 77]], [[LOC:44652 Herne]], Tel. [[TEL:02325 9 88 01 42]]
        Pflegeerlaubnis bis 28.02.2028 · 3 Plätze · 1 frei sofort
        - [[P:Minh Khôi Lê]], geb. [[DOB:19.05.2024]], 45 Std.
        - [[P:Emil Sander]], geb. [[DOB:30.08.2024]], 35 Std.

Viele Grüße
[[P:Kerstin Overbeck]], Fachberatung Kindertagespflege, FB Kinder – Jugend – Familie, [[TEL:02323 16-3871]]
""",
    keep=[
        "Kindertagespflege",
        "Pflegeerlaubnis bis 31.07.2029",
        "1 frei ab 01.02.2027",
        "Fachberatung Kindertagespflege",
        "TPP 07",
    ],
)

pii(
    "multiline_record",
    """
Stadt Dortmund · Sozialamt · Bestattungen von Amts wegen (§ 8 Abs. 1 BestG NRW)
Übersicht offene Vorgänge November 2026 – zur Vorlage bei der Abteilungsleitung

==========================================================================
Vorg. [[AZ:50/3-B-2026-0211]]
  Verstorben:       [[P:Jürgen Pasternak]], geb. [[DOB:19.06.1957]], gest. 21.11.2026
  letzte Anschrift: [[STR:Leopoldstr. 18]], [[LOC:44147 Dortmund]]
  Angehörige:       Bruder [[P:Wolfgang Pasternak]], [[LOC:Rostock]] – angeschrieben 25.11., keine Antwort
==========================================================================
Vorg. [[AZ:50/3-B-2026-0219]]
  Verstorben:       [[P:Nadia Bouzid]], geb. [[DOB:03.02.1964]], gest. 24.11.2026
  letzte Anschrift: [[STR:Schützenstr. 91]], [[LOC:44147 Dortmund]]
  Angehörige:       Tochter [[P:Samira Bouzid]], [[LOC:Marseille]]; Sohn unbekannt
==========================================================================
Vorg. [[AZ:50/3-B-2026-0224]]
  Verstorben:       [[P:Konstantinos Alexiou]], geb. [[DOB:27.10.1949]], gest. 26.11.2026
  letzte Anschrift: Pflegeheim Haus am Westpark, Lange Str. 42, 44137 Dortmund
  Angehörige:       keine ermittelt; Betreuer RA Dr. [[P:Stephan Voß]] informiert
==========================================================================
Vorg. [[AZ:50/3-B-2026-0230]]
  Verstorben:       [[P:Halyna Savchuk]], geb. [[DOB:12.01.1938]], gest. 29.11.2026
  letzte Anschrift: [[STR:Brackeler Str. 301]], [[LOC:44309 Dortmund]]
  Angehörige:       Enkelin [[P:Kateryna Savchuk]], [[LOC:Lwiw]] – Einäscherung gewünscht
==========================================================================

Bestatter (Rahmenvertrag): Bestattungen Ruhrtal GmbH, Tel. 0231 4477-0. Kosten werden gegen
die Bestattungspflichtigen festgesetzt, soweit diese ermittelt und leistungsfähig sind.
""",
    keep=[
        "§ 8 Abs. 1 BestG NRW",
        "Bestattungen Ruhrtal GmbH",
        "Pflegeheim Haus am Westpark, Lange Str. 42, 44137 Dortmund",
        "Rahmenvertrag",
        "0231 4477-0",
    ],
)

pii(
    "multiline_record",
    """
Betreff: Fundsachen KW 48 mit Eigentümerermittlung – Benachrichtigungen raus?

Hallo [[P:Jens]],

hier die Fundsachen der Woche, bei denen wir den Eigentümer ermitteln konnten. Bitte die
Benachrichtigungen schreiben; die Finder wollen bei Nr. 3 ihren Finderlohn.

Fund-Nr. 2026/1877 · Geldbörse schwarz, Inhalt 43,20 € · gefunden 23.11. Bus 354, Bochum Hbf
   Finder:     Busfahrer BOGESTRA, abgegeben über die Leitstelle
   Eigentümer: [[P:Marcel Klinkhammer]], [[STR:Wattenscheider Hellweg 140]], [[LOC:44869 Bochum]]
--------------------------------------------------------------------------------------------
Fund-Nr. 2026/1880 · Personalausweis · gefunden 24.11., Kortumstraße vor Nr. 30
   Finder:     anonym
   Eigentümer: [[P:Dragana Ilić]], geb. [[DOB:13.05.1993]], Ausweis-Nr. [[ID:LK4T9N2X7]]
               ist bereits als verloren gemeldet → ans Bürgerbüro Mitte
--------------------------------------------------------------------------------------------
Fund-Nr. 2026/1884 · E-Bike (Wert ca. 2.400 €) · gefunden 25.11., Ruhr-Universität, Gebäude GA
   Finder:     [[P:Lukas Terwey]], [[STR:Querenburger Höhe 281]], [[LOC:44801 Bochum]], [[TEL:0176 43310872]]
   Eigentümer: [[P:Abimbola Adeyinka]], [[STR:Laerholzstr. 80]], [[LOC:44801 Bochum]] (über Rahmennr. ermittelt)
--------------------------------------------------------------------------------------------
Fund-Nr. 2026/1890 · Schlüsselbund mit Anhänger „VfL“ · gefunden 27.11., Rathaus-Foyer
   Finder:     Pforte Rathaus
   Eigentümer: unbekannt – Aufbewahrung 6 Monate (§ 973 BGB)

Gruß
[[P:Yvonne Maschke]], Fundbüro, Bürgerbüro Mitte, Tel. [[TEL:0234 910-2044]]
""",
    keep=[
        "Fund-Nr. 2026/1877",
        "§ 973 BGB",
        "Bochum Hbf",
        "Ruhr-Universität, Gebäude GA",
        "Bürgerbüro Mitte",
    ],
)

IBAN_M5_1 = iban("DE", "43250030" + "0000418822")
IBAN_M5_2 = iban("DE", "43050001" + "0040112985")
IBAN_M5_3 = iban("DE", "36010043" + "0902281445")
IBAN_M5_4 = iban("TR", "00062" + "0" + "0000066114873302")
IBAN_M5_5 = iban("DE", "43250030" + "0000570311")

pii(
    "multiline_record",
    f"""
Stadtkasse Herne – Rücklastschriften Buchungstag 01.12.2026 (Auszug aus der Kontoverarbeitung)
Bearbeitung: Mahnsperre 14 Tage setzen, Schuldner anschreiben, Rücklastschriftgebühr 3,00 € erheben.

1) [[AZ:4.1100.300217.5]]  [[P:Kirchhoff, Bernd]]  – Grundbesitzabgaben
   IBAN [[IBAN:{IBAN_M5_1}]]  Mandatsref. [[AZ:HER-GB-300217]]
   Betrag 318,44 €   Rückgabegrund AC04 (Konto erloschen)

2) [[AZ:4.1300.118404.2]]  [[P:Oprea, Mihai]]  – Elternbeitrag Kita
   IBAN [[IBAN:{IBAN_M5_2}]]  Mandatsref. [[AZ:HER-EB-118404]]
   Betrag 87,00 €   Rückgabegrund AM04 (keine Deckung)

3) [[AZ:4.1200.512330.9]]  [[P:Bayram, Tülay]]  – Hundesteuer 1. Halbjahr
   IBAN [[IBAN:{IBAN_M5_3}]]  Mandatsref. [[AZ:HER-HS-512330]]
   Betrag 78,00 €   Rückgabegrund MD06 (Widerspruch durch Zahler)

4) [[AZ:4.1300.120077.0]]  [[P:Yilmaz, Cem]]  – Elternbeitrag OGS
   IBAN [[IBAN:{IBAN_M5_4}]]  Mandatsref. [[AZ:HER-EB-120077]]
   Betrag 45,00 €   Rückgabegrund AC01 (IBAN fehlerhaft – türkisches Konto, nicht SEPA-fähig?)

5) [[AZ:4.1100.300988.1]]  [[P:Grabowski, Heinz]] u. [[P:Grabowski, Edeltraud]]  – Grundbesitzabgaben
   IBAN [[IBAN:{IBAN_M5_5}]]  Mandatsref. [[AZ:HER-GB-300988]]
   Betrag 412,90 €   Rückgabegrund MS03 (Grund nicht angegeben)

Summe Rücklastschriften: 941,34 €   Gegenbuchung Sachkonto 1812 · Bearbeiter: Kasse 2
""",
    keep=[
        "Rücklastschriftgebühr 3,00 €",
        "AC04 (Konto erloschen)",
        "MD06 (Widerspruch durch Zahler)",
        "Summe Rücklastschriften: 941,34 €",
        "Sachkonto 1812",
    ],
)

pii(
    "multiline_record",
    """
Einbürgerungsfeier im Ratssaal am Donnerstag, 17.12.2026, 17:00 Uhr
Einladungsliste (Stand 03.12.) – für Protokoll und Namensschilder

 1. [[P:Hanna Melnyk]], geb. [[DOB:29.08.1986]] in [[LOC:Tscherkassy]]
    [[STR:Castroper Str. 190]], [[LOC:44791 Bochum]]
    bisher: ukrainisch · Urkunde ausgehändigt am 12.11.2026 · mit Begleitung (2)

 2. [[P:Ahmad Al-Shammari]], geb. [[DOB:15.01.1992]] in [[LOC:Homs]]
    [[STR:Kemnader Str. 74]], [[LOC:44797 Bochum]]
    bisher: syrisch · Urkunde ausgehändigt am 19.11.2026 · spricht bei der Feier (3 Min.)

 3. [[P:Tran Thi Ngoc Bich]], geb. [[DOB:02.10.1975]] in [[LOC:Huế]]
    [[STR:Markstr. 301]], [[LOC:44799 Bochum]]
    bisher: vietnamesisch · Urkunde ausgehändigt am 26.11.2026

 4. [[P:Giuseppe Esposito]], geb. [[DOB:18.03.1968]] in [[LOC:Neapel]]
    [[STR:Gerther Str. 56]], [[LOC:44805 Bochum]]
    bisher: italienisch (Doppelstaatsangehörigkeit) · Urkunde ausgehändigt am 26.11.2026

 5. [[P:Semira Weldeab]], geb. [[DOB:09.06.2001]] in [[LOC:Mendefera]]
    [[STR:Hustadtring 33]], [[LOC:44801 Bochum]]
    bisher: eritreisch · Urkunde ausgehändigt am 01.12.2026 · mit Begleitung (1)

Begrüßung durch den Oberbürgermeister; Musik: Musikschule Bochum (Streichquartett).
Sekt/Saft im Foyer, Namensschilder bitte ohne Geburtsdaten drucken!
""",
    keep=[
        "Einbürgerungsfeier im Ratssaal",
        "17.12.2026, 17:00 Uhr",
        "Oberbürgermeister",
        "Musikschule Bochum",
        "Namensschilder",
    ],
)

# ---------------------------------------------------------------------------------------------
# Transposed tables: key-value blocks per person, persons as columns (pii)
# ---------------------------------------------------------------------------------------------

pii(
    "transposed_kv",
    """
Stadt Bochum – Bürgerbüro / Melderegister                                    02.12.2026
An das Amtsgericht Bochum – Nachlassgericht – Viktoriastraße 14, 44787 Bochum

Ihr Ersuchen vom 24.11.2026, Az. [[AZ:9 VI 412/26]] – Nachlass [[P:Lewandowska]]
Melderegisterauskunft nach § 34 BMG (Behördenauskunft)

Datensatz 1 (Erblasserin)
Familienname:     [[P:Lewandowska]]
Geburtsname:      [[P:Sowa]]
Vornamen:         [[P:Krystyna Maria]]
Geburtsdatum:     [[DOB:11.02.1956]]
Geburtsort:       [[LOC:Bytom]] (Polen)
letzte Anschrift: [[STR:Hattinger Str. 412]], [[LOC:44795 Bochum]]
Sterbedatum:      09.11.2026 (Standesamt Bochum, Reg.-Nr. S 2311/2026)

Datensatz 2 (Sohn)
Familienname:     [[P:Lewandowski]]
Vornamen:         [[P:Piotr]]
Geburtsdatum:     [[DOB:03.07.1979]]
Geburtsort:       [[LOC:Bytom]] (Polen)
Anschrift:        [[STR:Wasserstr. 221]], [[LOC:44803 Bochum]]

Datensatz 3 (Tochter)
Familienname:     [[P:Kraft]]
Geburtsname:      [[P:Lewandowska]]
Vornamen:         [[P:Agnieszka]]
Geburtsdatum:     [[DOB:21.12.1982]]
Geburtsort:       [[LOC:Bochum]]
Anschrift:        weggezogen am 01.04.2019 nach [[LOC:Hannover]], [[STR:Podbielskistr. 118]]

Gebührenfrei nach § 8 GebG NRW (Amtshilfe). Im Auftrag
[[P:Schneider-Akgül]]
""",
    keep=[
        "Nachlassgericht",
        "Viktoriastraße 14, 44787 Bochum",
        "§ 34 BMG",
        "§ 8 GebG NRW",
        "Reg.-Nr. S 2311/2026",
    ],
    allow=("Bochum",),
)

W_HHM = [18, 20, 20, 26, 20]

pii(
    "transposed_kv",
    f"""
Wohngeldantrag – Anlage Haushaltsmitglieder (aus dem Antrag übertragen)
Stadt Dortmund · Sozialamt · Wohngeld · Az. [[AZ:WG 50.3-2026-08812]]        Bearb.: [[P:Haferkamp]]

{
        rows(
            W_HHM,
            ("", "Antragsteller", "Ehegattin", "Kind 1", "Kind 2"),
            ("Name", "[[P:Khalil]]", "[[P:Khalil]]", "[[P:Khalil]]", "[[P:Khalil]]"),
            ("Vorname", "[[P:Bashar]]", "[[P:Rana]]", "[[P:Yara]]", "[[P:Adam]]"),
            ("Geburtsname", "", "[[P:Darwish]]", "", ""),
            (
                "Geb.-Datum",
                "[[DOB:03.03.1984]]",
                "[[DOB:17.08.1988]]",
                "[[DOB:22.01.2013]]",
                "[[DOB:09.12.2018]]",
            ),
            ("Geburtsort", "[[LOC:Aleppo]]", "[[LOC:Idlib]]", "[[LOC:Aleppo]]", "[[LOC:Dortmund]]"),
            ("Staatsang.", "syr.", "syr.", "syr.", "deutsch"),
            ("Verhältnis", "–", "Ehefrau", "Tochter", "Sohn"),
            (
                "Einkommen",
                "1.840,00 brutto",
                "520,00 Minijob",
                "255,00 Kindergeld",
                "255,00 Kindergeld",
            ),
            ("Steuer-ID", f"[[TAX:{TAX_5}]]", f"[[TAX:{TAX_7}]]", "", ""),
            ("Schule/Kita", "", "", "Gesamtschule Gartenstadt", "Kita Kirchderne"),
        )
    }

Wohnung: [[STR:Kirchderner Str. 51]], [[LOC:44328 Dortmund]], 4 Zimmer, 82 m², Kaltmiete 640,00 €
Hinweis SB: Kindergeld ist kein Einkommen nach WoGG, Spalte nur zur Info. Minijob-Nachweis fehlt.
""",
    keep=[
        "Anlage Haushaltsmitglieder",
        "Gesamtschule Gartenstadt",
        "Kaltmiete 640,00 €",
        "Kindergeld ist kein Einkommen nach WoGG",
        "Staatsang.",
    ],
    allow=("Dortmund",),
)

pii(
    "transposed_kv",
    f"""
Von: [[P:Rashid, Dilshad]] <[[MAIL:dilshad.rashid@gmx.net]]>
An: einbuergerung@herne.de
Betreff: AW: fehlende Angaben Einbürgerungsantrag – Ihr Zeichen [[AZ:32.4-EB-2026-0377]]

Guten Tag Frau [[P:Lehmkuhl]],

wie gewünscht die Angaben für die ganze Familie. Ich habe es in Excel gemacht, hoffentlich ist
es so lesbar:

{
        tsv(
            ("", "Person 1", "Person 2", "Person 3", "Person 4"),
            ("Name", "[[P:Rashid]]", "[[P:Rashid]]", "[[P:Rashid]]", "[[P:Rashid]]"),
            ("Vorname", "[[P:Dilshad]]", "[[P:Shilan]]", "[[P:Rojin]]", "[[P:Aram]]"),
            (
                "Geb.-Datum",
                "[[DOB:01.07.1983]]",
                "[[DOB:15.03.1987]]",
                "[[DOB:04.10.2010]]",
                "[[DOB:27.05.2014]]",
            ),
            ("Geburtsort", "[[LOC:Duhok]]", "[[LOC:Zakho]]", "[[LOC:Duhok]]", "[[LOC:Herne]]"),
            ("bisherige StA", "irakisch", "irakisch", "irakisch", "irakisch"),
            ("Pass-Nr.", "[[PASS:A17720431]]", "[[PASS:A18855902]]", "[[PASS:A20193376]]", ""),
            (
                "eAT-Nr.",
                f"[[ID:{ausweis('YT3LK8W91')}]]",
                f"[[ID:{ausweis('YT3LK8X04')}]]",
                f"[[ID:{ausweis('Y9RN2C7P5')}]]",
                "",
            ),
            ("Sprachnachweis", "B1 (DTZ 2019)", "B1 (DTZ 2021)", "Schule", "Schule"),
            ("Einbürgerungstest", "bestanden 2024", "bestanden 2026", "–", "–"),
        )
    }

Für [[P:Aram]] haben wir keinen Pass, er ist hier geboren und hat nur die Geburtsurkunde. Die
Kopien schicke ich mit der Post. Unsere Adresse ist weiter [[STR:Bahnhofstr. 142]], [[LOC:44623 Herne]].

Mit freundlichen Grüßen
[[P:Dilshad Rashid]]
[[TEL:0176 29388170]]
""",
    keep=[
        "einbuergerung@herne.de",
        "bisherige StA",
        "Einbürgerungstest",
        "B1 (DTZ 2019)",
        "Geburtsurkunde",
    ],
    allow=("Herne",),
)

RV_T4_1 = rvnr("12", "170543", "W", "01")
RV_T4_2 = rvnr("12", "280240", "K", "04", grouped=False)
IBAN_T4 = iban("DE", "44050199" + "0451877203")

pii(
    "transposed_kv",
    f"""
Ausdruck Personendatensätze – Grundsicherung im Alter (4. Kapitel SGB XII)
Fall-Nr. [[AZ:50.2-GSi-0004471]]     Sachbearbeitung: Team Nord 2     Druck 03.12.2026 10:22

==== Datensatz 1 von 3 ==== (Maske P01 Leistungsberechtigte/r)
Familienname ..........: [[P:KRÜGER]]
Geburtsname ...........: [[P:WILCZEK]]
Vorname(n) ............: [[P:ELISABETH]]
Geburtsdatum ..........: [[DOB:17.05.1943]]
Geburtsort ............: [[LOC:RATIBOR]]
RV-Nummer .............: [[RV:{RV_T4_1}]]
Anschrift .............: [[STR:EVINGER STR. 12]], [[LOC:44339 DORTMUND]]
Konto .................: [[IBAN:{IBAN_T4}]]

==== Datensatz 2 von 3 ==== (Maske P02 Ehegatte/Partner)
Familienname ..........: [[P:KRÜGER]]
Vorname(n) ............: [[P:KARL-HEINZ]]
Geburtsdatum ..........: [[DOB:28.02.1940]]
Geburtsort ............: [[LOC:DORTMUND-EVING]]
RV-Nummer .............: [[RV:{RV_T4_2}]]
Anschrift .............: Seniorenzentrum Eving, Deutsche Str. 10, 44339 Dortmund (seit 01.09.2026)

==== Datensatz 3 von 3 ==== (Maske P07 Betreuer/in)
Name ..................: [[P:BRAUN, SABINE]] (Berufsbetreuerin)
Bestellung ............: AG Dortmund, Az. [[AZ:XVII 1182/25]], Aufgabenkreis Vermögen, Behörden
Telefon ...............: [[TEL:0231 9144870]]
E-Mail ................: [[MAIL:s.braun-betreuung@t-online.de]]

Ende der Ausgabe · 3 Datensätze · Verfahren OPEN/PROSOZ · Benutzer: GSI-N2
""",
    keep=[
        "4. Kapitel SGB XII",
        "Seniorenzentrum Eving, Deutsche Str. 10, 44339 Dortmund",
        "Maske P01",
        "Ende der Ausgabe",
        "Benutzer: GSI-N2",
    ],
)

W_EG = [16, 28, 25, 22]

pii(
    "transposed_kv",
    f"""
Elterngeldstelle Gelsenkirchen – Datenübernahme aus dem Online-Antrag (ElterngeldDigital)
Antrag vom 28.11.2026 · Vorgangs-Nr. [[AZ:EG-GE-2026-11402]]

{
        pipe_rows(
            W_EG,
            ("", "Mutter", "Vater", "Kind"),
            ("Name", "[[P:Marino]]", "[[P:Kostić]]", "[[P:Marino-Kostić]]"),
            ("Vorname", "[[P:Valentina]]", "[[P:Nemanja]]", "[[P:Luka]]"),
            ("Geb.-Datum", "[[DOB:09.04.1993]]", "[[DOB:23.11.1990]]", "[[DOB:14.10.2026]]"),
            ("Steuer-ID", f"[[TAX:{TAX_8}]]", f"[[TAX:{TAX_2}]]", f"[[TAX:{TAX_9}]]"),
            ("Arbeitgeber", "Uniklinik Essen AöR", "Vivawest GmbH", ""),
            ("Bezugsmonate", "1–10 (Basis)", "11–14 (Basis)", ""),
            ("IBAN", f"[[IBAN:{iban('DE', '42050001' + '0213884710')}]]", "wie Mutter", ""),
            edge=False,
        )
    }

Anschrift (gemeinsam): [[STR:Vattmannstr. 24]], [[LOC:45879 Gelsenkirchen]]
Geburtsurkunde: Standesamt Essen, Reg.-Nr. G 4412/2026 – Mehrlingsgeburt: nein
Prüfvermerk: Einkommen Vater Bemessungszeitraum 10/2025–09/2026, Gehaltsnachweise vollständig.
""",
    keep=[
        "ElterngeldDigital",
        "Uniklinik Essen AöR",
        "Vivawest GmbH",
        "Bezugsmonate",
        "Reg.-Nr. G 4412/2026",
    ],
)

# ---------------------------------------------------------------------------------------------
# Multi-line records and transposed tables without personal data (clean)
# ---------------------------------------------------------------------------------------------

clean(
    "multiline_record",
    """
Wertstoffhöfe in Bochum – Übersicht für das Bürgertelefon (Stand Dezember 2026)

Wertstoffhof Hiltroper Straße
   Hiltroper Straße 424, 44807 Bochum
   Mo–Fr 8–17 Uhr, Sa 8–13 Uhr · Sperrmüll, Elektroschrott, Grünschnitt
--------------------------------------------------------------------------
Wertstoffhof Havkenscheider Straße
   Havkenscheider Straße 260, 44894 Bochum
   Di–Fr 9–17 Uhr, Sa 8–13 Uhr · keine Schadstoffannahme
--------------------------------------------------------------------------
Wertstoffhof Wattenscheid
   Am Hallo 10, 44866 Bochum
   Mo–Fr 8–17 Uhr, Sa 8–13 Uhr · Schadstoffmobil jeden 1. Samstag
--------------------------------------------------------------------------
Wertstoffhof Kemnader Straße (Sommerhalbjahr)
   Kemnader Straße 115, 44797 Bochum
   Mi + Sa 9–14 Uhr, nur April bis Oktober · Grünschnitt
--------------------------------------------------------------------------

Betreiber: USB Bochum GmbH, Hanielstraße 1, 44801 Bochum, Servicetelefon 0234 3336-0,
info@usb-bochum.de. Zwischen den Jahren (24.12.–01.01.) sind alle Höfe geschlossen.
""",
    keep=[
        "USB Bochum GmbH",
        "Hanielstraße 1, 44801 Bochum",
        "0234 3336-0",
        "Hiltroper Straße 424, 44807 Bochum",
        "info@usb-bochum.de",
    ],
)

clean(
    "transposed_kv",
    """
Städtische Kitas im Stadtbezirk Eving – Steckbriefe für die Elternberatung

Einrichtung:   Städt. Kita Kemminghauser Straße
Träger:        FABIDO – Familienergänzende Bildungseinrichtungen für Kinder in Dortmund
Anschrift:     Kemminghauser Str. 2a, 44339 Dortmund
Telefon:       0231 50-0 (Vermittlung)
Plätze:        75, davon 20 U3
Öffnung:       07:00–16:30 Uhr

Einrichtung:   Familienzentrum Lindenhorst
Träger:        FABIDO
Anschrift:     Lindenhorster Str. 180, 44339 Dortmund
Telefon:       0231 50-0 (Vermittlung)
Plätze:        95, davon 24 U3
Öffnung:       07:00–17:00 Uhr

Einrichtung:   Kita Mark-Twain-Straße
Träger:        FABIDO
Anschrift:     Mark-Twain-Str. 9, 44339 Dortmund
Telefon:       0231 50-0 (Vermittlung)
Plätze:        50, davon 10 U3
Öffnung:       07:30–16:00 Uhr

Anmeldung ausschließlich über den Kita-Finder; Beratung: kitaplatz@dortmund.de.
""",
    keep=[
        "FABIDO",
        "Kemminghauser Str. 2a, 44339 Dortmund",
        "Kita Mark-Twain-Straße",
        "kitaplatz@dortmund.de",
        "0231 50-0 (Vermittlung)",
    ],
)


# ---------------------------------------------------------------------------------------------
# Markdown, Confluence and Jira tables (pii)
# ---------------------------------------------------------------------------------------------

pii(
    "markdown_confluence",
    """
[BUERG-2291] Online-Terminbuchung: Bestätigungsmails gehen an falsche Adresse
Typ: Fehler · Priorität: Hoch · Status: In Bearbeitung · Bearbeiter: [~[[P:m.kowalke]]] · Komponente: TEVIS

*Beschreibung*
Seit dem Update vom 30.11. werden Buchungsbestätigungen teilweise an die zuletzt im Kiosk-Modus
eingegebene Adresse verschickt. Betroffene Buchungen laut Mail-Log:

||Buchungs-ID||Bürger/in||E-Mail (angegeben)||E-Mail (versendet an)||Client-IP||
|[[AZ:TV-26-118240]]|[[P:Kuhn, Melanie]]|[[MAIL:melanie.kuhn@web.de]]|[[MAIL:ahmet.oezdemir@gmail.com]]|[[IP:84.132.201.77]]|
|[[AZ:TV-26-118244]]|[[P:Özdemir, Ahmet]]|[[MAIL:ahmet.oezdemir@gmail.com]]|[[MAIL:ahmet.oezdemir@gmail.com]]|10.20.31.5 (Kiosk)|
|[[AZ:TV-26-118251]]|[[P:Wojciechowska, Anna]]|[[MAIL:anna.wojc@onet.pl]]|[[MAIL:melanie.kuhn@web.de]]|[[IP:2003:e2:7f1b:4c00:a8c1:11ff:fe09:3b21]]|
|[[AZ:TV-26-118263]]|[[P:Obeng, Kojo]]| |[[MAIL:anna.wojc@onet.pl]]|10.20.31.5 (Kiosk)|

*Kommentare*
[~[[P:m.kowalke]]] (01.12.2026 09:40): Kiosk-Session wird nach der Buchung nicht zurückgesetzt. Workaround:
Kiosk nach jeder Buchung neu laden. Betroffene bitte telefonisch informieren.
[~[[P:s.oguz]]] (01.12.2026 11:02): Frau [[P:Kuhn]] und Frau [[P:Wojciechowska]] angerufen, neue Bestätigung
geschickt. Herr [[P:Obeng]] hat keine E-Mail angegeben, Brief an [[STR:Feldsieper Str. 67]], [[LOC:44809 Bochum]].
Datenschutzvorfall an dsb@bochum.de gemeldet (Meldung DS-2026-041).
""",
    keep=["BUERG-2291", "TEVIS", "10.20.31.5 (Kiosk)", "dsb@bochum.de", "DS-2026-041"],
)

pii(
    "markdown_confluence",
    """
h1. Übergabe Team 3 (Buchstaben L–R) – offene Fälle bis 18.12.2026

Stadt Dortmund · Ausländerbehörde · Seite angelegt von [[P:Marco Pietsch]], zuletzt geändert 04.12.2026

[[P:Marco]] ist ab 07.12. in Elternzeit; die Fälle übernimmt [[P:Derya Ünal]] (Durchwahl [[TEL:0231 50-2 81 47]]).

h2. Fristen im Dezember

|| Az. || Name, Vorname || Geb. || StA || Sachstand || Frist ||
| [[AZ:ABH-3-2026-01187]] | [[P:Lungu, Cristian]] | [[DOB:14.06.1990]] | ROU | Freizügigkeit, Nachweis Arbeitsvertrag fehlt | 11.12. |
| [[AZ:ABH-3-2025-04410]] | [[P:Mensah, Abena]] | [[DOB:02.09.1987]] | GHA | § 28 AufenthG, Verlängerung, Termin vereinbart | 14.12. |
| [[AZ:ABH-3-2026-00952]] | [[P:Nasser, Ali]] | [[DOB:01.01.2001]] | SYR | Pass beantragt, Fiktionsbescheinigung läuft ab | 15.12. |
| [[AZ:ABH-3-2024-07731]] | [[P:Orlova, Tetiana]] | [[DOB:27.03.1975]] | UKR | § 24, Wohnsitzauflage [[LOC:Hagen]] → Umverteilung | 16.12. |
| [[AZ:ABH-3-2026-02218]] | [[P:Reza'i, Farhad]] | [[DOB:19.11.1996]] | IRN | Ausbildungsduldung, Betrieb Bäckerei Kamps GmbH | 18.12. |

h2. Hinweise
* Herr [[P:Nasser]] kommt immer mit seinem Bruder (Dolmetscher), der spricht gut Deutsch.
* Bei Frau [[P:Orlova]] wohnt die Tochter in [[LOC:Dortmund-Hörde]], deshalb der Umverteilungsantrag.
* Team-Postfach: auslaenderbehoerde-team3@dortmund.de (nicht die persönlichen Adressen verwenden)
""",
    keep=[
        "auslaenderbehoerde-team3@dortmund.de",
        "Fiktionsbescheinigung",
        "§ 28 AufenthG",
        "Bäckerei Kamps GmbH",
        "Fristen im Dezember",
    ],
)

pii(
    "markdown_confluence",
    """
**Teams – Kanal „Kita Sonnenblume Leitung“ · 02.12.2026 15:12 · [[P:Nicole Brandhorst]]**

Hier wie versprochen die aktuelle U3-Warteliste, damit ihr im Januar nachrücken lassen könnt.
Zwei Familien haben inzwischen woanders einen Platz (durchgestrichen in meiner Liste, hier
einfach gelöscht).

| Pos. | Kind | Geb. | Eltern | Tel. | auf Liste seit |
|---:|---|---|---|---|---|
| 1 | [[P:Hannah Obermeier]] | [[DOB:03.03.2025]] | [[P:Katrin]] & [[P:Jonas Obermeier]] | [[TEL:0234 9471023]] | 11.02.2026 |
| 2 | [[P:Yusuf Aksoy]] | [[DOB:17.12.2024]] | [[P:Esra Aksoy]] | [[TEL:0176 84403921]] | 03.03.2026 |
| 3 | [[P:Maksym Bondar]] | [[DOB:28.05.2025]] | [[P:Olha Bondar]] | [[TEL:0157 52128830]] | 15.04.2026 |
| 4 | [[P:Giulia Ferraro]] | [[DOB:09.01.2025]] | [[P:Marco Ferraro]] | [[TEL:0234 5887716]] | 02.06.2026 |
| 5 | [[P:Amani Tesfaye]] | [[DOB:21.08.2025]] | [[P:Rahel Tesfaye]] | — | 30.09.2026 |

Pos. 3 hat ein Geschwisterkind bei uns in der Bärengruppe und würde eigentlich vorgezogen
(Kriterium 2 der Aufnahmekriterien). @[[P:Sabine]] kannst du das mit dem Träger klären?
Kita Sonnenblume, Lindener Str. 12, 44879 Bochum – kita-sonnenblume@bochum.de
""",
    keep=[
        "U3-Warteliste",
        "Kriterium 2 der Aufnahmekriterien",
        "Bärengruppe",
        "Lindener Str. 12, 44879 Bochum",
        "kita-sonnenblume@bochum.de",
    ],
)

pii(
    "markdown_confluence",
    """
### Zweitwohnungsteuer 2026 – Klärungsfälle Studierende (Stand 03.12.2026)

Ablage: Steueramt > Zweitwohnungsteuer > Klärung. Steuersatz 10 % der Jahreskaltmiete.
Wer die Hauptwohnung ummeldet, fällt raus (dann Abmeldung der Steuerpflicht zum Monatsende).

| Kassenzeichen     | Name                   | Hauptwohnung (Ort)   | Nebenwohnung Bochum      | Jahreskaltmiete € | Steuer € | Status                   |
|:------------------|:-----------------------|:---------------------|:-------------------------|------------------:|---------:|:-------------------------|
| [[AZ:2.3400.771012.8]]  | [[P:Lindqvist, Jonas]]       | [[LOC:Münster]]              | [[STR:Laerholzstr. 12, App. 214]] |          3.960,00 |   396,00 | Ummeldung angekündigt    |
| [[AZ:2.3400.771019.5]]  | [[P:Antonopoulou, Eirini]]   | [[LOC:Thessaloniki]] (GR)    | [[STR:Hustadtring 41]]          |          4.320,00 |   432,00 | Befreiung? (Ausland)     |
| [[AZ:2.3400.771033.1]]  | [[P:Bajwa, Hamza]]           | [[LOC:Hamm]]                 | [[STR:Querenburger Höhe 120]]   |          3.540,00 |   354,00 | Bescheid raus            |
| [[AZ:2.3400.771048.0]]  | [[P:Nwachukwu, Ifeoma]]      | [[LOC:Köln-Porz]]            | [[STR:Markstr. 199]]            |          5.100,00 |   510,00 | Widerspruch eingelegt    |
| [[AZ:2.3400.771052.7]]  | [[P:Schäfer-Tomić, Lara]]    | [[LOC:Gelsenkirchen-Buer]]   | [[STR:Universitätsstr. 90a]]    |          4.080,00 |   408,00 | Kinderzimmer bei Eltern? |

Rechtslage bei Frau [[P:Antonopoulou]] (Hauptwohnung im Ausland) klären wir mit dem Rechtsamt.
""",
    keep=[
        "Zweitwohnungsteuer 2026",
        "Jahreskaltmiete €",
        "Steuersatz 10 % der Jahreskaltmiete",
        "Widerspruch eingelegt",
        "Rechtsamt",
    ],
)

pii(
    "markdown_confluence",
    """
h1. Projekt „Wohngeld digital“ – Ansprechpartner

_Seite im Confluence-Bereich DIGI-SOZ · zuletzt geändert am 01.12.2026_

|| Rolle || Name || Organisation || Telefon || E-Mail ||
| Projektleitung | Dr. [[P:Ulrike Hennecke]] | Stadt Gelsenkirchen, Referat Soziales | [[TEL:0209 169-3412]] | [[MAIL:ulrike.hennecke@gelsenkirchen.de]] |
| Fachliche Leitung Wohngeld | [[P:Tim Nowotny]] | Stadt Gelsenkirchen, Wohngeldstelle | [[TEL:0209 169-3477]] | [[MAIL:tim.nowotny@gelsenkirchen.de]] |
| Datenschutz | – | Behördliche Datenschutzbeauftragte | 0209 169-0 | datenschutz@gelsenkirchen.de |
| IT-Koordination | [[P:Serkan Aydoğan]] | gkd-el (Rechenzentrum) | [[TEL:0209 95 71-214]] | [[MAIL:serkan.aydogan@gkd-el.de]] |
| Hersteller Fachverfahren | [[P:Sandra Vogt]] | Sozialsoft Ruhr GmbH, HRB 22819 AG Essen | [[TEL:0201 84466-31]] | [[MAIL:s.vogt@sozialsoft-ruhr.de]] |
| Service-Hotline Hersteller | – | Sozialsoft Ruhr GmbH | 0201 84466-0 | support@sozialsoft-ruhr.de |
| Bürgerservice | – | Wohngeldstelle | 0209 169-0 | wohngeld@gelsenkirchen.de |

*Vertretung:* Bei Abwesenheit von Frau Dr. [[P:Hennecke]] übernimmt Herr [[P:Nowotny]].
*Eskalation:* Jour fixe dienstags 10:00 Uhr, Raum 3.112 Hans-Sachs-Haus.
""",
    keep=[
        "DIGI-SOZ",
        "datenschutz@gelsenkirchen.de",
        "Sozialsoft Ruhr GmbH, HRB 22819 AG Essen",
        "support@sozialsoft-ruhr.de",
        "0201 84466-0",
    ],
)

pii(
    "markdown_confluence",
    """
h2. Schöffenwahl 2028–2032: Vorschlagsliste der Stadt Herne (Entwurf für den Rat, Vorlage 2027/0033)

Hinweis: Die Liste wird nach § 36 Abs. 3 GVG eine Woche öffentlich ausgelegt – in der
Aushangfassung nur Name, Geburtsjahr, Beruf und Stadtteil! Hier die Arbeitsfassung.

|| Lfd. || Name, Vorname || Geburtsname || Geb.-Datum || Geburtsort || Beruf || Anschrift ||
| 1 | [[P:Adamczyk, Renata]] | [[P:Sobczak]] | [[DOB:12.01.1970]] | [[LOC:Gliwice]] | Pflegefachfrau | [[STR:Castroper Str. 31]], [[LOC:44627 Herne]] |
| 2 | [[P:Bülbül, Ercan]] | | [[DOB:30.04.1981]] | [[LOC:Herne]] | Elektromeister | [[STR:Unser-Fritz-Str. 88]], [[LOC:44653 Herne]] |
| 3 | [[P:Christodoulou, Maria]] | [[P:Pappas]] | [[DOB:08.08.1966]] | [[LOC:Kavala]] | Verwaltungsangestellte | [[STR:Holsterhauser Str. 201]], [[LOC:44625 Herne]] |
| 4 | [[P:Drescher, Jürgen]] | | [[DOB:22.02.1962]] | [[LOC:Wanne-Eickel]] | Lokführer i. R. | [[STR:Am Solbad 6]], [[LOC:44649 Herne]] |
| 5 | [[P:Ekwueme, Grace]] | | [[DOB:15.10.1988]] | [[LOC:Lagos]] | Sozialarbeiterin | [[STR:Bahnhofstr. 71]], [[LOC:44623 Herne]] |
| 6 | [[P:Fiedler, Sven]] | | [[DOB:03.06.1975]] | [[LOC:Bochum]] | Lehrer | [[STR:Sodinger Str. 140]], [[LOC:44627 Herne]] |

Bewerbungsschluss war der 31.10.2026. Zahl der benötigten Schöffinnen und Schöffen laut
Landgericht Bochum: 48; die Liste muss doppelt so viele Personen enthalten.
""",
    keep=[
        "Schöffenwahl 2028–2032",
        "§ 36 Abs. 3 GVG",
        "Vorlage 2027/0033",
        "Landgericht Bochum",
        "Lokführer i. R.",
    ],
    allow=("Herne", "Bochum"),
)

# ---------------------------------------------------------------------------------------------
# Markdown and Confluence tables without personal data (clean)
# ---------------------------------------------------------------------------------------------

clean(
    "markdown_confluence",
    """
## Bürgercenter in Gelsenkirchen – Standorte (für die Chatbot-Wissensdatenbank)

| Standort | Anschrift | Telefon | E-Mail | Barrierefrei |
|---|---|---|---|:---:|
| Bürgercenter Hans-Sachs-Haus | Ebertstraße 11, 45879 Gelsenkirchen | 0209 169-0 | buergercenter@gelsenkirchen.de | ja |
| Bürgercenter Buer | Goldbergplatz 2, 45894 Gelsenkirchen | 0209 169-0 | buergercenter-buer@gelsenkirchen.de | ja |
| Bürgerbüro Horst (Schloss Horst) | Turfstraße 21, 45899 Gelsenkirchen | 0209 169-0 | buergercenter@gelsenkirchen.de | teilw. |
| Mobiles Bürgerbüro | wechselnde Standorte, siehe Kalender | 0209 169-0 | mobil-buergerbuero@gelsenkirchen.de | ja |

Öffnungszeiten einheitlich Mo–Fr 8–13 Uhr, Do zusätzlich 14–18 Uhr. Termine über die Online-
Terminvergabe oder die Behördennummer 115. Hinweis für den Chatbot: keine Personennamen nennen,
nur Funktionspostfächer ausgeben.
""",
    keep=[
        "Bürgercenter Hans-Sachs-Haus",
        "Goldbergplatz 2, 45894 Gelsenkirchen",
        "buergercenter-buer@gelsenkirchen.de",
        "Behördennummer 115",
        "Turfstraße 21",
    ],
)

clean(
    "markdown_confluence",
    """
h1. Netzsegmente Rathaus und Nebenstellen (Stand 12/2026)

{info}Interne Dokumentation IT-Infrastruktur – nicht nach außen geben.{info}

|| VLAN || Segment || Netz || Gateway || Zweck ||
| 110 | Rathaus Verwaltung | 10.31.110.0/24 | 10.31.110.1 | Arbeitsplätze Friedensplatz |
| 120 | Bürgerdienste Südwall | 10.12.40.0/23 | 10.12.40.1 | Arbeitsplätze, Kartenleser |
| 130 | Drucker | 10.31.130.0/24 | 10.31.130.1 | Multifunktionsgeräte |
| 200 | Server DMZ | 172.20.0.0/24 | 172.20.0.1 | Terminvergabe, Formularserver |
| 310 | Gäste-WLAN Rathaus | 192.168.50.0/23 | 192.168.50.1 | nur Internet, Captive Portal |

Öffentliche Adresse des Formularservers: 194.25.144.10 (NAT). Änderungen nur über Change-Ticket
im Service-Portal (Kategorie Netz), Freigabe durch das CAB jeden Mittwoch.
""",
    keep=["10.31.110.0/24", "Gäste-WLAN Rathaus", "194.25.144.10", "Change-Ticket", "Server DMZ"],
)

clean(
    "markdown_confluence",
    """
### Abfallgebühren 2027 – Übersicht für die Homepage (Beschluss des Rates vom 26.11.2026)

| Behälter | Leerung | Gebühr 2026 € | Gebühr 2027 € | Änderung |
|:---|:---:|---:|---:|---:|
| Restmüll 60 l | 14-täglich | 198,40 | 206,90 | +4,3 % |
| Restmüll 120 l | 14-täglich | 331,20 | 345,40 | +4,3 % |
| Restmüll 240 l | 14-täglich | 596,80 | 622,40 | +4,3 % |
| Bioabfall 120 l | 14-täglich | 72,00 | 74,40 | +3,3 % |
| Papier 240 l | 4-wöchentlich | 0,00 | 0,00 | – |
| Sperrmüll (bis 5 m³) | auf Abruf | 0,00 | 0,00 | – |

Die Gebührenbescheide werden mit dem Grundbesitzabgabenbescheid im Januar verschickt.
Rückfragen: abfallberatung@herne.de oder Entsorgung Herne AöR, Südstraße 10, 44625 Herne.
""",
    keep=[
        "Abfallgebühren 2027",
        "Restmüll 120 l",
        "345,40",
        "abfallberatung@herne.de",
        "Entsorgung Herne AöR",
    ],
)


def word_cells(*lines: tuple[str, ...]) -> str:
    """A Word table pasted as plain text: every cell on its own line, blank lines between."""
    return "\n\n".join(cell for line in lines for cell in line)


# ---------------------------------------------------------------------------------------------
# Word tables pasted as text, one cell per line (pii)
# ---------------------------------------------------------------------------------------------

pii(
    "word_table_paste",
    f"""
Betreff: Sprachmittler-Pool – aktualisierte Liste Dezember

Liebe Kolleginnen und Kollegen,

anbei die aktualisierte Liste unseres ehrenamtlichen Sprachmittler-Pools. Die Tabelle ist aus
dem Word-Dokument kopiert (Outlook hat leider jede Zelle in eine eigene Zeile gesetzt).
Einsätze bitte immer über das KI anfragen, nicht direkt; Aufwandsentschädigung 15,00 € je Einsatz.

{
        word_cells(
            ("Name", "Sprache(n)", "Telefon", "E-Mail", "verfügbar"),
            (
                "[[P:Rasha Alkhatib]]",
                "Arabisch (syr.), Englisch",
                "[[TEL:0176 99120458]]",
                "[[MAIL:rasha.alkhatib@gmx.de]]",
                "Mo–Mi vormittags",
            ),
            (
                "[[P:Berhane Gebremariam]]",
                "Tigrinya, Amharisch",
                "[[TEL:0152 29913307]]",
                "",
                "nach Absprache",
            ),
            (
                "[[P:Oksana Lytvyn]]",
                "Ukrainisch, Russisch",
                "[[TEL:0209 4418720]]",
                "[[MAIL:o.lytvyn@web.de]]",
                "Do, Fr",
            ),
            (
                "[[P:Kemal Doğan]]",
                "Türkisch, Kurmancî",
                "[[TEL:0157 30118842]]",
                "[[MAIL:kemal.dogan@t-online.de]]",
                "abends ab 17 Uhr",
            ),
            (
                "[[P:Nguyễn Văn Tuấn]]",
                "Vietnamesisch",
                "",
                "[[MAIL:tuan.nguyen.ge@gmail.com]]",
                "nur Termine in Buer",
            ),
            (
                "[[P:Emilia Stan]]",
                "Rumänisch, Italienisch",
                "[[TEL:0176 52233910]]",
                "",
                "zurzeit pausiert",
            ),
        )
    }

Neu im Pool ist Herr [[P:Gebremariam]], er wohnt in [[LOC:Gelsenkirchen-Hassel]] und ist gut mit dem Bus erreichbar.

Viele Grüße
Kommunales Integrationszentrum Gelsenkirchen
Tel. 0209 169-0 · ki@gelsenkirchen.de
""",
    keep=[
        "Sprachmittler-Pool",
        "Kommunales Integrationszentrum Gelsenkirchen",
        "ki@gelsenkirchen.de",
        "15,00 € je Einsatz",
        "verfügbar",
    ],
)

pii(
    "word_table_paste",
    f"""
Von: Wahlamt Dortmund <wahlamt@dortmund.de>
Betreff: Besetzung Wahlvorstand Stimmbezirk 0712 – Landtagswahl 2027 (vorläufig)

Sehr geehrte Mitglieder des Wahlvorstands,

nachfolgend die vorläufige Besetzung des Wahlvorstands für den Stimmbezirk 0712 (Wahlraum:
Grundschule Kleine Kielstraße, Kielstr. 26). Das Erfrischungsgeld beträgt 50,00 € für den
Wahlvorsteher und 40,00 € für alle weiteren Mitglieder. Schulung am 20.04.2027, 18:00 Uhr.

{
        word_cells(
            ("Funktion", "Name, Vorname", "Anschrift", "Telefon"),
            (
                "Wahlvorsteher",
                "[[P:Pohl, Andreas]]",
                "[[STR:Kielstr. 41]], [[LOC:44145 Dortmund]]",
                "[[TEL:0231 8127730]]",
            ),
            (
                "stellv. Wahlvorsteherin",
                "[[P:Yavuz, Merve]]",
                "[[STR:Mallinckrodtstr. 90]], [[LOC:44145 Dortmund]]",
                "[[TEL:0163 2240918]]",
            ),
            (
                "Schriftführerin",
                "[[P:Olejnik, Beata]]",
                "[[STR:Bornstr. 220]], [[LOC:44145 Dortmund]]",
                "[[TEL:0231 7764015]]",
            ),
            ("Beisitzer", "[[P:Mbeki, Thabo]]", "[[STR:Heroldstr. 3]], [[LOC:44145 Dortmund]]", ""),
            (
                "Beisitzerin",
                "[[P:Rinaldi, Chiara]]",
                "[[STR:Uhlandstr. 118]], [[LOC:44147 Dortmund]]",
                "[[TEL:0176 10337291]]",
            ),
            (
                "Beisitzer (Reserve)",
                "[[P:Kraft, Dominik]]",
                "[[STR:Lortzingstr. 9]], [[LOC:44145 Dortmund]]",
                "[[TEL:0157 88014326]]",
            ),
        )
    }

Bitte bestätigen Sie Ihre Teilnahme bis zum 15.01.2027 per E-Mail an wahlamt@dortmund.de.

Mit freundlichen Grüßen
Ihr Wahlamt – Team Wahlvorstände, Südwall 2–4, 44137 Dortmund
""",
    keep=[
        "Stimmbezirk 0712",
        "Erfrischungsgeld beträgt 50,00 €",
        "Grundschule Kleine Kielstraße, Kielstr. 26",
        "wahlamt@dortmund.de",
        "Schulung am 20.04.2027, 18:00 Uhr",
    ],
)

pii(
    "word_table_paste",
    f"""
Stadt Herne – Fachbereich Tiefbau und Verkehr – Beitragsabteilung

Erschließungsbeitrag nach §§ 127 ff. BauGB – Planstraße „An der Kokerei“ (Abschnitt 2)
Anlage 3 zur Anhörung der Beitragspflichtigen: Eigentümerverzeichnis (Auszug, Gemarkung Herne-Baukau, Flur 14)

{
        word_cells(
            ("Flurstück", "Eigentümer/in", "Anschrift", "Anteil", "Fläche m²"),
            (
                "312",
                "[[P:Wilms, Hans-Peter]]",
                "[[STR:An der Kokerei 4]], [[LOC:44629 Herne]]",
                "1/1",
                "612",
            ),
            (
                "313",
                "[[P:Gashi, Burim]]; [[P:Gashi, Valbona]]",
                "[[STR:An der Kokerei 6]], [[LOC:44629 Herne]]",
                "je 1/2",
                "598",
            ),
            (
                "314",
                "WEG An der Kokerei 8",
                "vertr. d. Hausverwaltung Emschertal GmbH, Bahnhofstr. 5, 44623 Herne",
                "–",
                "1.104",
            ),
            (
                "315",
                "[[P:Pietrzyk, Aleksander]]",
                "[[STR:ul. Wolności 22]], [[LOC:41-500 Chorzów]] (Polen)",
                "1/1",
                "640",
            ),
            ("316/1", "Stadt Herne (Grünfläche)", "–", "–", "2.230"),
            (
                "317",
                "[[P:Ahmadi, Nasrin]]",
                "[[STR:Baukauer Str. 17]], [[LOC:44653 Herne]]",
                "1/1",
                "577",
            ),
        )
    }

Beitragsfähiger Aufwand voraussichtlich 482.300,00 €, Gemeindeanteil 10 %. Die Anhörung endet am 15.01.2027.
Sachbearbeitung: [[P:Fabian Rehkopf]], Tel. [[TEL:02323 16-2389]], Zimmer 4.07, Technisches Rathaus.
""",
    keep=[
        "§§ 127 ff. BauGB",
        "Hausverwaltung Emschertal GmbH, Bahnhofstr. 5, 44623 Herne",
        "WEG An der Kokerei 8",
        "Gemeindeanteil 10 %",
        "Stadt Herne (Grünfläche)",
    ],
)

pii(
    "word_table_paste",
    f"""
Betreff: Schulweghelfer Januar bis März 2027 – Einsatzplan (aus Word kopiert)

Liebe Eltern im Schulweghelfer-Team,

hier der neue Plan für die Überwege an der Grundschule Am Volkspark. Einsatzzeit jeweils 7:35 bis
8:05 Uhr. Wer tauschen muss, bitte direkt untereinander und kurze Info an das Sekretariat.

{
        word_cells(
            ("Tag", "Überweg", "Name", "Handy"),
            (
                "Montag",
                "Ampel Dorstener Str./Volkspark",
                "[[P:Simone Brökelmann]]",
                "[[TEL:0171 4402198]]",
            ),
            ("Montag", "Zebrastreifen Herzogstr.", "[[P:Tarik Yıldız]]", "[[TEL:0176 21881904]]"),
            (
                "Dienstag",
                "Ampel Dorstener Str./Volkspark",
                "[[P:Agnieszka Nowak]]",
                "[[TEL:0157 33017622]]",
            ),
            ("Mittwoch", "Ampel Dorstener Str./Volkspark", "[[P:Ralf Dittmer]]", ""),
            (
                "Donnerstag",
                "Zebrastreifen Herzogstr.",
                "[[P:Lucia Bianchi]]",
                "[[TEL:0234 6029914]]",
            ),
            ("Freitag", "beide", "Polizei-Verkehrssicherheitsberatung (Aktionstag)", "0234 909-0"),
        )
    }

Danke für euren Einsatz! Die Warnwesten liegen wie immer im Hausmeisterraum.
Schulpflegschaft GS Am Volkspark · Kontakt über sekretariat@gs-am-volkspark.bochum.de
""",
    keep=[
        "Grundschule Am Volkspark",
        "Ampel Dorstener Str./Volkspark",
        "Polizei-Verkehrssicherheitsberatung",
        "0234 909-0",
        "sekretariat@gs-am-volkspark.bochum.de",
    ],
)

# ---------------------------------------------------------------------------------------------
# Word tables without personal data (clean)
# ---------------------------------------------------------------------------------------------

clean(
    "word_table_paste",
    f"""
Sitzungskalender 2027 – Rat und Ausschüsse der Stadt Gelsenkirchen (1. Halbjahr)

Beschlossen in der Sitzung des Rates am 26.11.2026. Sitzungsbeginn jeweils 15:00 Uhr,
sofern nicht anders angegeben.

{
        word_cells(
            ("Gremium", "Termine", "Sitzungsort"),
            ("Rat der Stadt", "04.02. / 25.03. / 06.05. / 24.06.2027", "Hans-Sachs-Haus, Ratssaal"),
            (
                "Haupt-, Finanz-, Beteiligungs- und Personalausschuss",
                "21.01. / 11.03. / 22.04. / 10.06.2027",
                "Hans-Sachs-Haus, Raum 2.016",
            ),
            ("Ausschuss für Bildung", "28.01. / 18.03. / 03.06.2027", "Hans-Sachs-Haus, Ratssaal"),
            (
                "Bezirksvertretung Gelsenkirchen-Nord",
                "09.02. / 13.04. / 15.06.2027 (17:00 Uhr)",
                "Rathaus Buer, Goldbergplatz 2",
            ),
            ("Integrationsrat", "16.02. / 27.04.2027 (17:00 Uhr)", "Hans-Sachs-Haus, Raum 1.101"),
        )
    }

Die Tagesordnungen werden im Ratsinformationssystem und durch Aushang am Hans-Sachs-Haus
bekannt gemacht. Anfragen: ratsbuero@gelsenkirchen.de
""",
    keep=[
        "Sitzungskalender 2027",
        "Hans-Sachs-Haus, Ratssaal",
        "Rathaus Buer, Goldbergplatz 2",
        "ratsbuero@gelsenkirchen.de",
        "Integrationsrat",
    ],
)

clean(
    "word_table_paste",
    f"""
Anlage 1 zur Elternbeitragssatzung Kindertagesbetreuung der Stadt Herne (gültig ab 01.08.2027)

Monatliche Elternbeiträge in Euro nach Jahreseinkommen und Betreuungsumfang

{
        word_cells(
            ("Jahreseinkommen", "25 Std./Woche", "35 Std./Woche", "45 Std./Woche"),
            ("bis 25.000 €", "0,00", "0,00", "0,00"),
            ("bis 37.000 €", "28,00", "36,00", "48,00"),
            ("bis 49.000 €", "55,00", "71,00", "94,00"),
            ("bis 61.000 €", "89,00", "114,00", "152,00"),
            ("bis 75.000 €", "124,00", "160,00", "213,00"),
            ("über 75.000 €", "165,00", "212,00", "282,00"),
        )
    }

Kinder unter drei Jahren: Zuschlag 25 %. Die beiden letzten Kindergartenjahre vor der Einschulung
sind beitragsfrei. Geschwisterkinder sind beitragsfrei. Auskunft: elternbeitraege@herne.de
""",
    keep=[
        "Elternbeitragssatzung",
        "bis 37.000 €",
        "Zuschlag 25 %",
        "elternbeitraege@herne.de",
        "45 Std./Woche",
    ],
)


# ---------------------------------------------------------------------------------------------
# Tables inside quoted e-mail replies (pii)
# ---------------------------------------------------------------------------------------------

_Q1_TABLE = tsv(
    ("Name", "Vorname", "Geb.", "BG-Nr.", "Frage"),
    (
        "[[P:Ibrahim]]",
        "[[P:Khaled]]",
        "[[DOB:05.05.1985]]",
        "[[AZ:36101BG0087712]]",
        "Titel läuft 31.12. ab – Verlängerung beantragt?",
    ),
    (
        "[[P:Tsegay]]",
        "[[P:Mebrat]]",
        "[[DOB:12.09.1999]]",
        "[[AZ:36101BG0091245]]",
        "Wohnsitzauflage noch gültig?",
    ),
    (
        "[[P:Morozov]]",
        "[[P:Artem]]",
        "[[DOB:30.03.2004]]",
        "[[AZ:36101BG0099318]]",
        "Zuzug aus [[LOC:Lüdenscheid]] – Umverteilung?",
    ),
    (
        "[[P:Petcu]]",
        "[[P:Adriana]]",
        "[[DOB:18.07.1991]]",
        "[[AZ:36101BG0100204]]",
        "Freizügigkeit – Arbeitnehmerstatus?",
    ),
)

pii(
    "quoted_reply_table",
    f"""
Von: [[P:Hellwig, Marion]] (Ausländerbehörde)
An: Jobcenter Herne – Team U25/Integration
Betreff: AW: Anfrage Aufenthaltsstatus – 4 Kunden

Hallo Herr [[P:Brinkmann]],

meine Antworten stehen jeweils unter Ihren Zeilen.

Viele Grüße
[[P:Marion Hellwig]]
Stadt Herne · Ausländerbehörde · Tel. [[TEL:02323 16-2650]] · [[MAIL:marion.hellwig@herne.de]]

-----Ursprüngliche Nachricht-----
Von: [[P:Brinkmann, Olaf]] <[[MAIL:olaf.brinkmann@jobcenter-ge.de]]>
Gesendet: Montag, 30. November 2026 14:51
Betreff: Anfrage Aufenthaltsstatus – 4 Kunden

{quote(_Q1_TABLE)}
-> Ja, Fiktionsbescheinigung wird am 08.12. ausgestellt (Zeile [[P:Ibrahim]]).
-> [[P:Tsegay]]: Wohnsitzauflage nach § 12a AufenthG gilt bis 14.06.2027.
-> [[P:Morozov]]: Umverteilung ist genehmigt, er ist hier zuständig.
-> [[P:Petcu]]: bitte Arbeitsvertrag schicken, dann prüfen wir.
>
> Danke und Gruß
> [[P:Olaf Brinkmann]], Jobcenter Herne, Tel. [[TEL:02323 9488-317]]
""",
    keep=[
        "-----Ursprüngliche Nachricht-----",
        "§ 12a AufenthG",
        "Fiktionsbescheinigung",
        "Team U25/Integration",
        "BG-Nr.",
    ],
)

pii(
    "quoted_reply_table",
    """
Von: Schulamt für die Stadt Gelsenkirchen <schulamt@gelsenkirchen.de>
An: Gesamtschule Ückendorf – Schulleitung
Betreff: AW: AW: Schulpflichtverletzungen 1. Halbjahr – Bußgeldverfahren

Sehr geehrte Frau [[P:Kasprzak]],

danke für die Ergänzungen. Für Nr. 2 und 4 leiten wir das Bußgeldverfahren ein; Nr. 1 und 3
bitte zunächst Gespräch mit dem Schulsozialarbeiter und Wiedervorlage 29.01.2027.

Mit freundlichen Grüßen
i. A. [[P:Heinemann]]

> Sehr geehrter Herr [[P:Heinemann]],
> anbei die Liste mit den aktualisierten Fehlzeiten (Stand 04.12.):
>
> > | Nr | Schüler/in | Geb. | Kl. | unentsch. Fehltage | Erziehungsberechtigte | Anschrift |
> > |---|---|---|---|---|---|---|
> > | 1 | [[P:Dumitru, Alexandru]] | [[DOB:11.02.2011]] | 9c | 14 | [[P:Dumitru, Florentina]] | [[STR:Bochumer Str. 141]], [[LOC:45886 Gelsenkirchen]] |
> > | 2 | [[P:Haziri, Edona]] | [[DOB:23.06.2012]] | 8a | 31 | [[P:Haziri, Agron]] | [[STR:Ückendorfer Str. 219]], [[LOC:45886 Gelsenkirchen]] |
> > | 3 | [[P:Lange, Kevin]] | [[DOB:07.10.2010]] | 10b | 12 | [[P:Lange, Sandra]] | [[STR:Virchowstr. 60]], [[LOC:45886 Gelsenkirchen]] |
> > | 4 | [[P:Mustafa, Rojin]] | [[DOB:19.01.2013]] | 7d | 27 | [[P:Mustafa, Nesrin]] | [[STR:Leithestr. 33]], [[LOC:45886 Gelsenkirchen]] |
>
> Bei Nr. 4 ist die Familie laut Nachbarn seit Oktober in [[LOC:Qamischli]] (Syrien); die Klassenlehrerin
> Frau [[P:Ostendorf]] hat mehrfach angerufen.
> Freundliche Grüße, [[P:Kasprzak]], Schulleiterin
""",
    keep=[
        "schulamt@gelsenkirchen.de",
        "Bußgeldverfahren",
        "Wiedervorlage 29.01.2027",
        "unentsch. Fehltage",
        "Schulsozialarbeiter",
    ],
)

W_Q3 = [20, 12, 24, 34, 12]
_Q3_TABLE = "\n".join(
    [
        fw(W_Q3, "Kind", "Geb.", "Sorgeberechtigte/r", "Anschrift", "Nachweis"),
        fw(W_Q3, "-" * 19, "-" * 11, "-" * 23, "-" * 33, "-" * 11),
        fw(
            W_Q3,
            "[[P:Schulz, Malte]]",
            "[[DOB:14.05.2022]]",
            "[[P:Schulz, Jennifer]]",
            "[[STR:Brechtener Str. 12]], [[LOC:44536 Lünen]]",
            "fehlt",
        ),
        fw(
            W_Q3,
            "[[P:Wiśniewski, Tymon]]",
            "[[DOB:02.11.2021]]",
            "[[P:Wiśniewska, Kamila]]",
            "[[STR:Evinger Parkweg 3]], [[LOC:44339 Dortmund]]",
            "1 Impfung",
        ),
        fw(
            W_Q3,
            "[[P:Ogunbiyi, Ayo]]",
            "[[DOB:30.07.2022]]",
            "[[P:Ogunbiyi, Funmi]]",
            "[[STR:Deutsche Str. 101]], [[LOC:44339 Dortmund]]",
            "Attest?",
        ),
        fw(
            W_Q3,
            "[[P:Petrović, Mila]]",
            "[[DOB:21.03.2023]]",
            "[[P:Petrović, Jelena]]",
            "[[STR:Bergstr. 67]], [[LOC:44339 Dortmund]]",
            "fehlt",
        ),
    ]
)

pii(
    "quoted_reply_table",
    f"""
Von: Gesundheitsamt Dortmund – Infektionsschutz <infektionsschutz@dortmund.de>
An: Kita Eving-Nord, Leitung
Betreff: AW: Meldung fehlender Masernschutz-Nachweise (§ 20 Abs. 9 IfSG)

Sehr geehrte Frau [[P:Hülsmann]],

vielen Dank. Wir schreiben die Eltern an und setzen eine Frist von vier Wochen. Das Kind mit
Attest (Zeile 3) prüfen wir zuerst; bitte keine Kopie des Attests per Mail schicken.
Familie [[P:Schulz]] wohnt in [[LOC:Lünen]] – dafür ist der Kreis Unna zuständig, wir geben den
Vorgang ab.

Mit freundlichen Grüßen
Team Masernschutz, Gesundheitsamt Dortmund, Hövelstraße 8, 44137 Dortmund

Am 03.12.2026 um 16:20 schrieb Kita Eving-Nord:
{quote(_Q3_TABLE)}
>
> Die Eltern wurden zweimal erinnert. Viele Grüße, [[P:Hülsmann]] (Kita-Leitung)
""",
    keep=[
        "§ 20 Abs. 9 IfSG",
        "Kreis Unna",
        "Hövelstraße 8, 44137 Dortmund",
        "infektionsschutz@dortmund.de",
        "Frist von vier Wochen",
    ],
)

pii(
    "quoted_reply_table",
    """
Von: Standesamt Bochum – Sterbefälle <sterbefall@bochum.de>
An: Bestattungshaus Ruhrfrieden GmbH
Betreff: AW: Beurkundungen KW 48 – Unterlagen vollständig?

Sehr geehrter Herr [[P:Krampe]],

Stand der Beurkundungen siehe unten, meine Anmerkungen jeweils mit ## markiert. Die Urkunden
für Zeile 1 und 3 können ab Mittwoch abgeholt werden (Gebühr je Sterbeurkunde 12,00 €).

Mit freundlichen Grüßen
Standesamt Bochum, Sachgebiet Sterbefälle

> Von: Bestattungshaus Ruhrfrieden GmbH, Herner Str. 299, 44809 Bochum
> Gesendet: 30.11.2026 17:05
>
> Sehr geehrte Damen und Herren, hier unsere Sterbefälle der letzten Woche:
>
> Verstorbene/r           | geb.        | gest.       | letzte Anschrift                     | Auftraggeber/in
> [[P:Hartmann, Erika]]         | [[DOB:04.06.1934]]  | 23.11.2026  | [[STR:Dietrich-Benking-Str. 14]], [[LOC:44805 Bochum]] | Sohn [[P:Rainer Hartmann]]
> ## vollständig
> [[P:Kılınç, Mehmet]]          | [[DOB:01.07.1951]]  | 24.11.2026  | [[STR:Dorstener Str. 133]], [[LOC:44809 Bochum]]     | Tochter [[P:Aylin Kılınç]]
> ## türkische Geburtsurkunde fehlt, Übersetzung reicht nicht
> [[P:Papadimitriou, Eleni]]    | [[DOB:19.09.1940]]  | 25.11.2026  | Seniorenheim St. Josef, Bochum-Linden | Neffe [[P:Georgios Papadimitriou]]
> ## vollständig
> [[P:Zieliński, Stanisław]]    | [[DOB:08.12.1947]]  | 27.11.2026  | [[STR:Hofsteder Str. 81]], [[LOC:44809 Bochum]]      | Ehefrau [[P:Halina Zielińska]]
> ## Heiratsurkunde fehlt (Eheschließung in [[LOC:Gliwice]] 1971)
>
> Mit freundlichen Grüßen, [[P:Thomas Krampe]], Bestattermeister
""",
    keep=[
        "sterbefall@bochum.de",
        "Bestattungshaus Ruhrfrieden GmbH, Herner Str. 299, 44809 Bochum",
        "12,00 €",
        "Seniorenheim St. Josef, Bochum-Linden",
        "Sachgebiet Sterbefälle",
    ],
    allow=("44809 Bochum",),
)

# ---------------------------------------------------------------------------------------------
# Quoted reply without personal data (clean)
# ---------------------------------------------------------------------------------------------

clean(
    "quoted_reply_table",
    """
Von: Gebäudemanagement – Raumvergabe <raumvergabe@herne.de>
An: Fachbereich Schule und Weiterbildung
Betreff: AW: Raumbedarf Elternsprechtage Februar

Hallo zusammen,

die Räume sind wie gewünscht reserviert, außer am 11.02.: Der Ratssaal ist dann durch den
Haupt- und Personalausschuss belegt, wir haben stattdessen den Emschertal-Saal eingetragen.

Viele Grüße
Raumvergabe, Gebäudemanagement Herne, Tel. 02323 16-0

> Von: Fachbereich Schule und Weiterbildung
> Gesendet: Donnerstag, 3. Dezember 2026 09:14
>
> | Datum      | Zeit          | Raum gewünscht        | Zweck                          |
> |------------|---------------|-----------------------|--------------------------------|
> | 09.02.2027 | 16:00–20:00   | Kulturzentrum, Saal 1 | Info Weiterführende Schulen    |
> | 11.02.2027 | 17:00–19:30   | Ratssaal              | Schulkonferenzen (gemeinsam)   |
> | 16.02.2027 | 15:00–18:00   | Flottmann-Hallen      | Berufsorientierungsbörse       |
>
> Danke und Gruß, Fachbereich Schule und Weiterbildung
""",
    keep=[
        "raumvergabe@herne.de",
        "Emschertal-Saal",
        "Flottmann-Hallen",
        "Berufsorientierungsbörse",
        "02323 16-0",
    ],
)

# ---------------------------------------------------------------------------------------------
# Lists of persons in protocols (pii)
# ---------------------------------------------------------------------------------------------

pii(
    "person_list",
    """
Niederschrift über die Ermittlung der Bestattungspflichtigen und Erben
Stadt Bochum – Amt für Soziales – Sachgebiet Bestattungen         Vorgang [[AZ:50-BE-2026-0187]]
Datum: 02.12.2026 · anwesend: Frau [[P:Rieger]] (SB), Herr [[P:Tekin]] (Praktikant)

Verstorbener: [[P:Andrzej Kubiak]], geb. [[DOB:14.08.1952]] in [[LOC:Bytom]], gest. 18.11.2026 in Bochum,
zuletzt wohnhaft [[STR:Feldsieper Str. 22]], [[LOC:44809 Bochum]]. Verheiratet gewesen mit [[P:Maria Kubiak]]
geb. [[P:Nowak]] ([[DOB:03.03.1955]] – 09.05.2019).

Ermittelte Angehörige (gesetzliche Erbfolge, 1. Ordnung):
  1. [[P:Tomasz Kubiak]], Sohn, geb. [[DOB:22.10.1976]], [[STR:ul. Piastowska 9/4]], [[LOC:41-902 Bytom]] (Polen)
  2. [[P:Ewa Schmidt]] geb. [[P:Kubiak]], Tochter, geb. [[DOB:30.01.1980]], [[STR:Alte Bahnhofstr. 77]], [[LOC:44892 Bochum]]
  3. [[P:Dimitra Kubiak-Papadaki]], Enkelin (Tochter des vorverstorbenen Sohnes [[P:Marek Kubiak]],
     [[DOB:1978]]–2021), geb. [[DOB:11.11.2003]], [[LOC:Thessaloniki]] (Griechenland), Anschrift unbekannt

Bemerkungen: Frau [[P:Schmidt]] hat telefonisch erklärt, die Bestattung zu übernehmen; Herr [[P:Kubiak]]
(Sohn) schlägt das Erbe nach eigener Aussage aus. Hinweis auf das Nachlassgericht (Amtsgericht Bochum)
gegeben. Kostenzusage der Tochter liegt noch nicht vor. Wiedervorlage 16.12.2026.
""",
    keep=[
        "Sachgebiet Bestattungen",
        "gesetzliche Erbfolge, 1. Ordnung",
        "Amtsgericht Bochum",
        "Wiedervorlage 16.12.2026",
        "Niederschrift",
    ],
    allow=("Bochum",),
)

pii(
    "person_list",
    """
Protokoll Marktbeirat Wochenmarkt Wanne (Buschmannshof) – Sitzung vom 01.12.2026
Ort: Rathaus Wanne, Raum 103 · Beginn 16:00 Uhr · Ende 17:25 Uhr

Anwesend:
- Marktmeister [[P:Uwe Pohlmann]] (Stadt Herne, Tel. [[TEL:02323 16-1841]])
- für den Fachbereich Öffentliche Ordnung: Frau [[P:Jasmin Kaczmarek]]
- Beschicker/innen:
  - [[P:Hüseyin Öztürk]], Obst & Gemüse [[P:Öztürk]] e.K. ([[HR:HRA 3391 AG Bochum]])
  - [[P:Maria Pilarski]], Geflügelhof [[P:Pilarski]] e.K. ([[HR:HRA 2817 AG Dortmund]])
  - Bäckerei Schulte GmbH (HRB 14822 AG Bochum), vertreten durch Filialleiterin [[P:Tanja Behr]]
  - Fisch-Feinkost Stein GmbH, vertreten durch [[P:Nikos Stavridis]]
  - [[P:Nguyen Thi Hanh]], Blumen & Pflanzen [[P:Hanh]], Stand 14
- Sprecher der Kundschaft: Herr [[P:Klaus Borgmann]] (Seniorenbeirat)

TOP 1 Standplan 2027: Der Stand 9 von Herrn [[P:Öztürk]] wird um 2 Frontmeter erweitert, Frau [[P:Pilarski]]
rückt auf Stand 11. Bäckerei Schulte GmbH bleibt auf Stand 1.
TOP 2 Weihnachtsmarkt-Samstag 19.12.2026: Verlängerung bis 16:00 Uhr, Gebühr unverändert 4,50 € je Frontmeter.
TOP 3 Verschiedenes: Frau [[P:Nguyen]] bittet um einen Stromanschluss; Prüfung durch Herrn [[P:Pohlmann]].

Protokoll: [[P:J. Kaczmarek]]
""",
    keep=[
        "Marktbeirat Wochenmarkt Wanne",
        "Bäckerei Schulte GmbH (HRB 14822 AG Bochum)",
        "Fisch-Feinkost Stein GmbH",
        "4,50 € je Frontmeter",
        "Rathaus Wanne, Raum 103",
    ],
)

pii(
    "person_list",
    """
Ergebnisprotokoll Pflanzaktion „Bäume für den Westpark“ am Samstag, 21.11.2026
Stadt Dortmund – Grünflächenamt, Baumpatenschaften

Es wurden 14 Bäume gepflanzt; Patenbeitrag je Baum 250,00 € (Pflege für 3 Jahre inkl.).
Liste der Patinnen und Paten (für die Plaketten, Text wie gewünscht):

| Baum-Nr. | Baumart          | Pate/Patin                         | Text auf der Plakette                |
|----------|------------------|------------------------------------|--------------------------------------|
| WP-0412  | Winterlinde      | Familie [[P:Aydemir]]                    | „Für unseren [[P:Emir]], geb. [[DOB:03.09.2026]]“  |
| WP-0413  | Feldahorn        | [[P:Gudrun]] und [[P:Peter Hölscher]]          | „Goldene Hochzeit 2026“             |
| WP-0414  | Hainbuche        | Bäckerei Kanne GmbH                | „Bäckerei Kanne – seit 1952“        |
| WP-0415  | Vogelkirsche     | Klasse 4b, Kreuzgrundschule        | „Klasse 4b 2026“                     |
| WP-0416  | Winterlinde      | [[P:Olena]] und [[P:Taras Melnyk]]             | „Danke, Dortmund!“                   |
| WP-0417  | Esskastanie      | Dr. [[P:Fatma Yıldırım-Kessler]]         | „In Erinnerung an Oma [[P:Hilde]]“         |
| WP-0418  | Feldahorn        | Sparkasse Dortmund                 | –                                    |

Korrespondenz mit den privaten Paten über [[MAIL:aydemir.family@gmail.com]], [[MAIL:p.hoelscher@arcor.de]],
[[MAIL:melnyk.olena@ukr.net]] und Frau Dr. [[P:Yıldırım-Kessler]] (Praxis, Tel. [[TEL:0231 7220913]]).
Patenurkunden werden bis 18.12.2026 verschickt. Baumstandorte: siehe Lageplan (Baumkataster).
""",
    keep=[
        "Baumpatenschaften",
        "Patenbeitrag je Baum 250,00 €",
        "Bäckerei Kanne GmbH",
        "Klasse 4b, Kreuzgrundschule",
        "Sparkasse Dortmund",
    ],
)

pii(
    "person_list",
    """
Protokoll der Klassenpflegschaft 10a – Gymnasium Eickel – 25.11.2026
Anwesend: Klassenleitung Frau Dr. [[P:Beermann]], Pflegschaftsvorsitzende [[P:Nicole Szczepański]], 19 Eltern

TOP 1 Abschlussfahrt nach Berlin (15.–19.03.2027), Kosten 389,00 € pro Person
Stand der Anmeldungen und Zahlungen (Anzahlung 150,00 € bis 30.11.2026 auf das Klassenkonto):

  Nr.  Schüler/in                  Anm.  Anzahlung  Bemerkung
  01   [[P:Alić, Lejla]]                 ja    ja
  02   [[P:Bergmann, Tim]]               ja    ja
  03   [[P:Chaudhry, Ayaan]]             ja    nein       Zuschuss BuT beantragt
  04   [[P:Dąbrowska, Natalia]]          ja    ja
  05   [[P:Eren, Baran]]                 nein  –          Sportturnier, Befreiung beantragt
  06   [[P:Fischer, Lea-Sophie]]         ja    ja         vegetarisch
  07   [[P:Ghirmay, Ruth]]               ja    nein       Mutter ruft an ([[TEL:0152 23810764]])
  08   [[P:Hoxha, Arlind]]               ja    ja
  09   [[P:Iacobescu, Daria]]            ja    ja         Medikament (Asthma), Info an Begleiter
  10   [[P:Jankowski, Felix]]            ja    ja
  ... (Nr. 11–27 alle angemeldet und bezahlt)

Begleitung: Frau Dr. [[P:Beermann]] und Herr [[P:Kamps]] (Sport). Ersatz: Herr [[P:Owusu]] (Referendar).
TOP 2 Handyregelung auf der Fahrt: wird mit der Klasse besprochen.
Protokoll: [[P:Szczepański]]
""",
    keep=[
        "Klassenpflegschaft 10a",
        "Gymnasium Eickel",
        "389,00 € pro Person",
        "Zuschuss BuT beantragt",
        "Handyregelung",
    ],
)

pii(
    "person_list",
    """
Niederschrift Sitzung des Kleingartenbeirats der Stadt Herne am 26.11.2026
TOP 3: Vergabe freier Parzellen und Warteliste (Stand 20.11.2026)

Frei geworden: Anlage „Glückauf“ Parzellen 17 und 42, Anlage „Am Schlosspark Strünkede“ Parzelle 8.
Es wird nach Reihenfolge der Warteliste vergeben (Satzung § 4), Familien mit Kindern bevorzugt.

Warteliste (Auszug, Plätze 1–6):
  1. [[P:Ramadani, Besnik]], [[STR:Sodinger Str. 77]], [[LOC:44623 Herne]], seit 03/2024, 3 Kinder   → Glückauf 17
  2. [[P:Wolters, Ingrid]], [[STR:Eickeler Str. 9]], [[LOC:44651 Herne]], seit 05/2024           → verzichtet (Umzug nach [[LOC:Bottrop]])
  3. [[P:Mazur, Krzysztof]], [[STR:Am Westerfeld 21]], [[LOC:44627 Herne]], seit 08/2024, 2 Kinder → Glückauf 42
  4. [[P:Vu, Thi Thanh]], [[STR:Poststr. 4]], [[LOC:44629 Herne]], seit 10/2024                 → Strünkede 8
  5. [[P:Koch-Adeyemi, Julia]], [[STR:Hölkeskampring 60]], [[LOC:44625 Herne]], seit 01/2025
  6. [[P:Şimşek, Oğuz]], [[STR:Bahnhofstr. 190]], [[LOC:44623 Herne]], seit 02/2025

Die Vereinsvorstände werden gebeten, die Pachtverträge bis 31.01.2027 abzuschließen. Abstandszahlungen
nach Wertermittlung durch den Bezirksverband der Kleingärtner Herne e.V.
Für das Protokoll: Geschäftsstelle Kleingartenwesen, kleingaerten@herne.de
""",
    keep=[
        "Kleingartenbeirats der Stadt Herne",
        "Satzung § 4",
        "Bezirksverband der Kleingärtner Herne e.V.",
        "kleingaerten@herne.de",
        "bis 31.01.2027",
    ],
    allow=("Herne",),
)

# ---------------------------------------------------------------------------------------------
# Protocol lists without personal data (clean)
# ---------------------------------------------------------------------------------------------

clean(
    "person_list",
    """
Stadtbezirkskonferenz Sicherheit und Ordnung Dortmund-Nordstadt – Protokoll vom 02.12.2026
Ort: Bezirksverwaltungsstelle Innenstadt-Nord, Leopoldstraße 50–58, Sitzungsraum 1

Teilnehmende Stellen:
  - Ordnungsamt, Kommunaler Ordnungsdienst (Leitung Außendienst)
  - Polizeipräsidium Dortmund, Polizeiwache Nord
  - Jugendamt, Bezirkssozialdienst Innenstadt-Nord
  - Quartiersmanagement Nordstadt
  - EDG Entsorgung Dortmund GmbH, Stadtreinigung
  - DSW21, Abteilung Sicherheit
  - Bezirksbürgermeisterin (Vorsitz)

TOP 1 Lage am Nordmarkt: Rückgang der Beschwerden um ca. 20 %. Die gemeinsamen Streifen werden
bis März 2027 fortgesetzt. TOP 2 Sperrmüll an der Mallinckrodtstraße: Die EDG erhöht die
Kontrollfahrten auf zweimal wöchentlich. TOP 3 Beleuchtung Keuningpark: Mängelmeldung an das
Tiefbauamt, Reparatur zugesagt bis KW 3. Nächste Sitzung: 03.03.2027.
Protokoll: Geschäftsstelle der Bezirksvertretung, bv-innenstadt-nord@dortmund.de
""",
    keep=[
        "Leopoldstraße 50–58",
        "Polizeiwache Nord",
        "EDG Entsorgung Dortmund GmbH",
        "Keuningpark",
        "bv-innenstadt-nord@dortmund.de",
    ],
)

clean(
    "person_list",
    """
Weihnachtsmarkt Bochum 2026 – Dankesliste der Sponsoren (für die Tafel am Dr.-Ruer-Platz)

Hauptsponsoren:
  * Stadtwerke Bochum GmbH (AG Bochum HRB 1125)
  * Sparkasse Bochum
  * Brauerei Moritz Fiege GmbH & Co. KG (AG Bochum HRA 2088)

Partner:
  * Bäckerei Schulte GmbH (AG Bochum HRB 14822) – Stollenanschnitt am 28.11.
  * Autohaus Brüggemann GmbH (AG Bochum HRB 9931) – Shuttlebus Park & Ride
  * Hotel Renaissance GmbH (AG Essen HRB 31057)
  * VfL Bochum 1848 Fußballgemeinschaft e.V. (VR 1845)
  * Bochum Marketing GmbH (Veranstalterin)

Die Tafel wird am Eingang Kortumstraße/Dr.-Ruer-Platz aufgestellt. Logos liefern die Sponsoren bis
20.11.2026 an weihnachtsmarkt@bochum-marketing.de; Druck: Druckerei der Stadtverwaltung.
""",
    keep=[
        "Dr.-Ruer-Platz",
        "Brauerei Moritz Fiege GmbH & Co. KG",
        "Autohaus Brüggemann GmbH (AG Bochum HRB 9931)",
        "weihnachtsmarkt@bochum-marketing.de",
        "VR 1845",
    ],
)


if __name__ == "__main__":
    sys.exit(main())
