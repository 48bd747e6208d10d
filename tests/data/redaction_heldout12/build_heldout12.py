"""Write the twelfth German PII redaction held-out corpus (``corpus.jsonl`` beside this script).

    python3 tests/data/redaction_heldout12/build_heldout12.py

Status: BLIND HELD-OUT set. Whoever tunes the redactor must not read the documents below; the set
is only ever scored in aggregate. The author saw neither the redactor, nor its benchmark, nor any
other corpus; only the README of redaction_dev13 and the docstring and helper functions of its
build script were read, to learn the record format, the annotation conventions and the check-digit
rules. Every document and every line of code here was written afresh.

The 70 invented documents are the kind of paper and mail that lands in the back office of a German
city administration -- mostly in the Ruhr (Bochum, Dortmund, Essen, Oberhausen, Mülheim an der
Ruhr, Bottrop, Gladbeck, Hagen), a few elsewhere (Leipzig, Freiburg im Breisgau, Kiel, Trier).
Fifty carry personal data, twenty carry none:

  - OCR'd scans of forms (0/O and 1/l swapped, umlauts lost, lines broken, stamps garbled),
  - file notes in staff shorthand with bare surnames and initials,
  - forms and notes dense with identity documents (Personalausweis, passports of many states,
    eAT, Reiseausweis, Fiktionsbescheinigung), nationalities and places of birth,
  - tables and lists (Excel pastes with tabs, CSV exports, fixed-width printouts, pipe tables,
    persons as columns),
  - citizens' letters (some by writers with little German), e-mail threads with quoted replies,
  - chats between founders and business advisers, Gewerbeamt forms and firm documents,
  - invoices of sole traders, letters of courts and police, minutes naming citizens,
  - PII-free texts built as traps: council papers, press releases, statistics, opening hours
    and contact lists with functional mailboxes, firm lists with HRB entries, programmes naming
    historical persons in full and by surname alone, streets and schools named after persons,
    statutes, tenders, timetables, menu plans.

Markup. A personal string is written inline as ``[[TYPE:text]]``. The script removes the brackets
and computes every offset itself. Abbreviated type names are accepted:

    P=PERSON  STR=STREET_ADDRESS  LOC=LOCATION  DOB=DATE_OF_BIRTH  TEL=PHONE_NUMBER
    MAIL=EMAIL_ADDRESS  IBAN=IBAN_CODE  TAX=DE_TAX_ID  RV=DE_SOCIAL_SECURITY  ID=DE_ID_CARD
    PASS=DE_PASSPORT  KFZ=DE_KFZ  AZ=DE_AKTENZEICHEN  HR=DE_HANDELSREGISTER  IP=IP_ADDRESS

Numbers that carry a check digit (Steuer-ID, IBAN, Rentenversicherungsnummer) are produced by the
functions below, so they are valid; ID-card and eAT serials are drawn from the ID-card alphabet.

How things are annotated (the dev12/dev13 conventions, restated):
  * Only values are annotated -- never a header cell, a column title, a key or a label.
  * Forms of address, titles, roles and kinship words ("Herr", "Frau", "Hr.", "Fr.", "Dr.",
    "KM", "KV", "Ehem.", "Bev.", "Sohn", "Tochter", "Ehefrau", "Familie", "Oma") are left outside
    the PERSON span. "Surname, First name" in one cell is a single span; names in separate cells
    are separate spans. A bare surname or a bare first name is a PERSON. Names in capitals, cut
    off or mangled by OCR are annotated exactly as they stand. A name that is part of an e-mail
    address is covered by the EMAIL_ADDRESS span only.
  * Staff: initials on their own ("gez. Ku", "Bm/Kr") stay unannotated; a staff member's name
    ("i.A. Brandt"), direct line and personal mailbox are annotated; a login made from a surname
    is a PERSON, an anonymous user code is not. Switchboards (ending in -0), hotlines and
    functional mailboxes stay. An employee of a firm named together with a direct line is
    personal; the firm's switchboard is not.
  * No span contains a line break; a value wrapped over two lines yields one span per line.
  * A private address splits into STREET_ADDRESS (street, number and additions like "3. OG li.")
    and LOCATION (postcode plus town in one span); separate cells give one span each. Towns of
    birth, origin, earlier residence, marriage or death and the towns of relatives are LOCATION,
    also abroad. Countries and nationalities are not annotated, nor are offices, schools, homes,
    shelters, firms with a legal form of their own and other public places.
  * File numbers, Kassenzeichen, BG numbers, AZR numbers, customer, booking and case numbers of a
    citizen's matter are DE_AKTENZEICHEN (the cue word stays outside). Numbers of council papers,
    tariffs, courses, rooms, tickets, tenders and animal chips are not.
  * German identity cards and eAT cards are DE_ID_CARD; German and foreign passports and travel
    documents (Reiseausweis included) are DE_PASSPORT.
  * A sole trader (e.K., "Inh.") is a natural person: the name, the business address and the HRA
    entry (DE_HANDELSREGISTER) are personal. GmbHs, UGs, AGs, KGs and eGs, with their HRB/HRA
    entries, addresses and accounts, are not -- even if the firm carries a family name.
  * Registration plates of citizens' and firms' vehicles are DE_KFZ, municipal plates are not.
    Citizens' IP addresses are IP_ADDRESS, internal addresses of the city network are not.
  * Dates of birth are the only personal dates (bare years of birth and OCR-garbled dates of
    birth included); dates of letters, receipts, moves, payments, hearings and deadlines are not.
  * OCR noise inside a personal string belongs to the span.

What the script checks before it writes anything: the offsets give back the span text; spans are
sorted, do not overlap, contain no line break and no leading or trailing blank; Steuer-IDs pass
ISO 7064 MOD 11,10, IBANs pass MOD 97, RV numbers carry the right check digit, ID-card serials use
the ID-card alphabet; every keep phrase occurs at least once outside all spans; every document has
4-5 keep phrases and 400-3,000 characters; PII-free documents have no span, the others have some;
each further occurrence of an annotated string and of each name part of three or more letters is
annotated too, unless the document explicitly allows it (and every allowance must be used); the
numbers of documents per style match the plan. ``corpus.jsonl`` is written only when all checks
pass. Nothing is random.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

TARGET = Path(__file__).resolve().with_name("corpus.jsonl")

TAG = re.compile(r"\[\[([A-Z_]+):(.*?)\]\]")
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
KNOWN_TYPES = set(ALIASES.values())
CARD_ALPHABET = set("CFGHJKLMNPRTVWXYZ") | set("0123456789")
SHORTEST, LONGEST = 400, 3000

PLAN = {
    ("ocr_form", "pii"): 8,
    ("file_note", "pii"): 7,
    ("id_documents", "pii"): 6,
    ("table_list", "pii"): 6,
    ("letter", "pii"): 5,
    ("email_thread", "pii"): 5,
    ("advisor_chat", "pii"): 4,
    ("gewerbe_firm", "pii"): 4,
    ("invoice", "pii"): 2,
    ("court_police", "pii"): 2,
    ("minutes", "pii"): 1,
}
WANTED = {"pii": 50, "clean": 20}

CORPUS: list[dict] = []


# ----------------------------------------------------------------------------------------------
# Check digits
# ----------------------------------------------------------------------------------------------


def mod11_10(digits: str) -> int:
    """ISO 7064 MOD 11,10 check digit as used for the Steuer-ID (§ 139b AO)."""
    carry = 10
    for ch in digits:
        total = (carry + int(ch)) % 10 or 10
        carry = (2 * total) % 11
    digit = 11 - carry
    return digit % 10


def steuer_id(stem: str, grouped: bool = False) -> str:
    """Append the check digit to a ten-digit stem (no leading zero, one digit doubled)."""
    if not (stem.isdigit() and len(stem) == 10 and stem[0] != "0"):
        raise ValueError(f"bad Steuer-ID stem {stem}")
    tally = sorted(Counter(stem).values(), reverse=True)
    if tally[0] != 2 or tally.count(2) != 1:
        raise ValueError(f"Steuer-ID stem {stem} needs exactly one doubled digit")
    full = stem + str(mod11_10(stem))
    if not grouped:
        return full
    return f"{full[:2]} {full[2:5]} {full[5:8]} {full[8:]}"


def steuer_id_valid(value: str) -> bool:
    digits = value.replace(" ", "")
    return len(digits) == 11 and digits.isdigit() and mod11_10(digits[:10]) == int(digits[10])


def _as_number(chars: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in chars))


def iban(country: str, bban: str, grouped: bool = True) -> str:
    """Build an IBAN whose two check digits satisfy ISO 13616 (MOD 97 == 1)."""
    check = 98 - _as_number(bban + country + "00") % 97
    full = f"{country}{check:02d}{bban}"
    if not grouped:
        return full
    return " ".join(full[k : k + 4] for k in range(0, len(full), 4))


def iban_valid(value: str) -> bool:
    flat = value.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{8,30}", flat):
        return False
    return _as_number(flat[4:] + flat[:4]) % 97 == 1


RV_WEIGHTS = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)


def rv_digit(area: str, born: str, letter: str, serial: str) -> int:
    """Check digit of a Rentenversicherungsnummer (letter as its two-digit alphabet position)."""
    digits = f"{area}{born}{ord(letter) - 64:02d}{serial}"
    total = 0
    for ch, weight in zip(digits, RV_WEIGHTS, strict=True):
        product = int(ch) * weight
        total += sum(int(p) for p in str(product))
    return total % 10


def rv_nr(area: str, born: str, letter: str, serial: str, grouped: bool = True) -> str:
    """Rentenversicherungsnummer: area, DDMMYY, initial of the birth name, serial, check digit."""
    if not (len(area) == 2 and len(born) == 6 and len(serial) == 2 and "A" <= letter <= "Z"):
        raise ValueError(f"bad RV parts {area} {born} {letter} {serial}")
    digit = rv_digit(area, born, letter, serial)
    if grouped:
        return f"{area} {born} {letter} {serial}{digit}"
    return f"{area}{born}{letter}{serial}{digit}"


def rv_valid(value: str) -> bool:
    m = re.fullmatch(r"(\d{2})(\d{6})([A-Z])(\d{2})(\d)", value.replace(" ", ""))
    return bool(m) and rv_digit(m[1], m[2], m[3], m[4]) == int(m[5])


def card(serial: str) -> str:
    """Serial of a Personalausweis or eAT: nine characters of the ID-card alphabet."""
    if len(serial) != 9 or not set(serial) <= CARD_ALPHABET:
        raise ValueError(f"bad card serial {serial}")
    return serial


# ----------------------------------------------------------------------------------------------
# Layout (widths count the visible text, not the markup)
# ----------------------------------------------------------------------------------------------


def visible(cell: str) -> str:
    return TAG.sub(lambda m: m[2], cell)


def tabs(*rows: tuple[str, ...]) -> str:
    """Rows as pasted from a spreadsheet: tab between cells, empty cells kept."""
    return "\n".join("\t".join(row) for row in rows)


def fixed(widths: tuple[int, ...], *rows: tuple[str, ...]) -> str:
    """A fixed-width printout: every cell padded to its column width, at least one blank."""
    lines = []
    for row in rows:
        line = ""
        for k, cell in enumerate(row):
            width = widths[k] if k < len(widths) else 0
            gap = max(1, width - len(visible(cell)))
            line += cell + " " * gap
        lines.append(line.rstrip())
    return "\n".join(lines)


def pipes(widths: tuple[int, ...], *rows: tuple[str, ...], edge: bool = False) -> str:
    """A pipe table; with ``edge`` the rows also start and end with a pipe (Markdown)."""
    lines = []
    for row in rows:
        cells = []
        for k, cell in enumerate(row):
            width = widths[k] if k < len(widths) else 0
            cells.append(cell + " " * max(0, width - len(visible(cell))))
        body = " | ".join(cells)
        lines.append(f"| {body} |" if edge else body.rstrip())
    return "\n".join(lines)


def leaders(width: int, *pairs: tuple[str, str]) -> str:
    """Label/value lines with dot leaders up to ``width``."""
    return "\n".join(
        f"{label} {'.' * max(2, width - len(label) - 1)}: {value}".rstrip()
        for label, value in pairs
    )


def quote(block: str, prefix: str = "> ") -> str:
    """Quote every line of ``block`` the way mail clients do."""
    return "\n".join((prefix + line).rstrip() for line in block.split("\n"))


# ----------------------------------------------------------------------------------------------
# Collecting and checking documents
# ----------------------------------------------------------------------------------------------


def strip_markup(marked: str) -> tuple[str, list[dict]]:
    out: list[str] = []
    spans: list[dict] = []
    length = 0
    pos = 0
    for m in TAG.finditer(marked):
        plain = marked[pos : m.start()]
        out.append(plain)
        length += len(plain)
        kind = ALIASES.get(m[1], m[1])
        if kind not in KNOWN_TYPES:
            raise ValueError(f"unknown span type {m[1]}")
        value = m[2]
        spans.append({"start": length, "end": length + len(value), "type": kind, "text": value})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans


def add(kind: str, style: str, marked: str, keep: list[str], allow: tuple[str, ...]) -> None:
    text, spans = strip_markup(marked.strip("\n") + "\n")
    CORPUS.append(
        {"kind": kind, "style": style, "text": text, "spans": spans, "keep": keep, "allow": allow}
    )


def pii(style: str, marked: str, keep: list[str], allow: tuple[str, ...] = ()) -> None:
    add("pii", style, marked, keep, allow)


def clean(style: str, marked: str, keep: list[str]) -> None:
    add("clean", style, marked, keep, ())


NAME_PIECE = re.compile(r"[^\W\d_]{3,}")


def covered(spans: list[dict], start: int, end: int) -> bool:
    return any(s["start"] <= start and end <= s["end"] for s in spans)


def touches(spans: list[dict], start: int, end: int) -> bool:
    return any(s["start"] < end and start < s["end"] for s in spans)


def whole_word_hits(text: str, needle: str) -> list[tuple[int, int]]:
    rx = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")
    return [(m.start(), m.end()) for m in rx.finditer(text)]


def validate(doc: dict, name: str) -> list[str]:
    found: list[str] = []
    text, spans = doc["text"], doc["spans"]

    def bad(msg: str) -> None:
        found.append(f"{name} [{doc['style']}]: {msg}")

    if not SHORTEST <= len(text) <= LONGEST:
        bad(f"{len(text)} characters")
    if len(doc["keep"]) not in (4, 5):
        bad(f"{len(doc['keep'])} keep phrases")
    if doc["kind"] == "clean" and spans:
        bad("spans in a PII-free document")
    if doc["kind"] == "pii" and not spans:
        bad("no spans in a document with personal data")
    if "[[" in text or "]]" in text:
        bad("unparsed markup")

    previous_end = -1
    for s in spans:
        value = s["text"]
        if text[s["start"] : s["end"]] != value:
            bad(f"offsets wrong for {value!r}")
        if s["start"] < previous_end:
            bad(f"unsorted or overlapping span {value!r}")
        previous_end = s["end"]
        if not value.strip() or value != value.strip() or "\n" in value or "\t" in value:
            bad(f"span with blanks or line break: {value!r}")
        kind = s["type"]
        if kind == "DE_TAX_ID" and not steuer_id_valid(value):
            bad(f"Steuer-ID fails its check digit: {value}")
        if kind == "IBAN_CODE" and not iban_valid(value):
            bad(f"IBAN fails MOD 97: {value}")
        if kind == "DE_SOCIAL_SECURITY" and not rv_valid(value):
            bad(f"RV number fails its check digit: {value}")
        if kind == "DE_ID_CARD" and not set(value) <= CARD_ALPHABET:
            bad(f"ID-card serial outside the alphabet: {value}")

    for phrase in doc["keep"]:
        hits = [m.start() for m in re.finditer(re.escape(phrase), text)]
        if not hits:
            bad(f"keep phrase missing: {phrase!r}")
        elif all(touches(spans, h, h + len(phrase)) for h in hits):
            bad(f"keep phrase only inside spans: {phrase!r}")

    needles: set[str] = set()
    for s in spans:
        if len(s["text"]) >= 3:
            needles.add(s["text"])
        if s["type"] == "PERSON":
            needles.update(NAME_PIECE.findall(s["text"]))
    used: set[str] = set()
    for needle in sorted(needles):
        for start, end in whole_word_hits(text, needle):
            if covered(spans, start, end):
                continue
            if needle in doc["allow"]:
                used.add(needle)
                continue
            around = text[max(0, start - 35) : end + 35].replace("\n", " / ")
            bad(f"{needle!r} occurs unannotated: ...{around}...")
            break
    for needle in doc["allow"]:
        if needle not in used:
            bad(f"allowance {needle!r} never used")
    return found


def main() -> int:
    partial = "--partial" in sys.argv
    errors: list[str] = []
    records: list[dict] = []
    counter = {"pii": 0, "clean": 0}
    ordered = [d for d in CORPUS if d["kind"] == "pii"] + [
        d for d in CORPUS if d["kind"] == "clean"
    ]
    for doc in ordered:
        counter[doc["kind"]] += 1
        ident = f"{doc['kind']}-{counter[doc['kind']]:03d}"
        errors.extend(validate(doc, ident))
        records.append({key: doc[key] for key in ("kind", "style", "text", "spans", "keep")})
        records[-1] = {"id": ident, **records[-1]}
    per_style = Counter((r["style"], r["kind"]) for r in records)
    if not partial:
        if counter != WANTED:
            errors.append(f"document counts {counter}, expected {WANTED}")
        for key, n in PLAN.items():
            if per_style[key] != n:
                errors.append(f"style {key}: {per_style[key]} documents instead of {n}")
        for style, kind in per_style:
            if kind == "pii" and (style, kind) not in PLAN:
                errors.append(f"style {style} is not in the plan")
            if kind == "clean" and not style.startswith("clean_"):
                errors.append(f"PII-free style {style} must start with clean_")
            if kind == "pii" and style.startswith("clean_"):
                errors.append(f"style {style} is reserved for PII-free documents")
    by_type = Counter(s["type"] for r in records for s in r["spans"])
    if errors:
        for line in errors:
            print(line, file=sys.stderr)
        print(f"{len(errors)} error(s); corpus.jsonl was not written", file=sys.stderr)
        return 1
    if not partial:
        with TARGET.open("w", encoding="utf-8") as handle:
            for rec in records:
                handle.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(f"wrote {len(records)} documents to {TARGET}")
    sizes = [len(r["text"]) for r in records] or [0]
    print(
        f"pii {counter['pii']}  clean {counter['clean']}  spans {sum(by_type.values())}  "
        f"keep {sum(len(r['keep']) for r in records)}  characters {min(sizes)}-{max(sizes)}"
    )
    for kind, n in by_type.most_common():
        print(f"  {kind:<20} {n:5d}")
    for (style, kind), n in sorted(per_style.items()):
        spans = sum(len(r["spans"]) for r in records if (r["style"], r["kind"]) == (style, kind))
        print(f"  {style:<24} {kind:<5} {n:3d} documents {spans:5d} spans")
    return 0


# ==============================================================================================
# OCR'd scans of forms (pii)
# ==============================================================================================

pii(
    "ocr_form",
    f"""
STADT B0CHUM                                          EING. 0 2. MRZ. 2O27  BB-Mitte
Burgerburo Mitte · Willy-Brandt-Platz 2-6 · 44777 Bochum

Anmeldung bei der Meldebehorde  (§ 17 Abs. 1 BMG)                      Blatt 1 von 2
Neue Wohnung     Strasse/Hausnr.: [[STR:Hattinger Str. 2l4]]        PLZ/Ort: [[LOC:4479l Bochum]]
                 Tag des Einzugs: O1.O3.2O27
Bisherige Wohnung: [[STR:Eppenhauser Str. 118]] | [[LOC:58O93 Hagen]]
Die neue Wohnung ist  [X] alleinige Wohnung   [ ] Haupt-   [ ] Nebenwohnung

1  Familienname, ggf. Doktorgrad  [[P:AL-HAMW1]]
   Vornamen (Rufname unterstr.)   [[P:Mohamad Khaled]]
   Geschlecht                     m
   Tag, Ort der Geburt            [[DOB:1l.O6.1984]]    [[LOC:Hama]] / Syrien
   Staatsangehorigkeit(en)        syrisch
   Familienstand                  verh. seit 2O.O8.2OO9 in [[LOC:Hama]]
   Pass/Reiseausweis Nr.          [[PASS:N0l4827736]]   gultig bis 13.O2.2O28

2  Familienname                   [[P:AL-HAMWI]]
   Geburtsname                    [[P:SABBAGH]]
   Vornamen                       [[P:Rasha]]
   Tag, Ort der Geburt            [[DOB:O4.1O.1989]]    [[LOC:Alepp0]] / Syrien
   Staatsangehorigkeit(en)        syrisch
   el. Aufenthaltstitel Nr.       [[ID:{card("YT7ZK1LP9")}]]

3  Familienname                   [[P:AL-HAMWI]]
   Vornamen                       [[P:0mar]]
   Tag, Ort der Geburt            [[DOB:27.O1.2O14]]    [[LOC:Gaziantep]] / Turkei
   Staatsangehorigkeit(en)        syrisch

Wohnungsgeberbestatigung liegt vor  [X] ja   [ ] nein
Wohnungsgeber: Ruhrwohnen Bochum eG, Herner Str. 299, 44809 Bochum

Unterschrift  [[P:Al-Hamwi]] ~~~~~~~~            Datum  O2.O3.2O27
-- Seite 1 / 2 -- Scan BB-Mitte Ger. O3 --
""",
    [
        "Burgerburo Mitte",
        "§ 17 Abs. 1 BMG",
        "Ruhrwohnen Bochum eG",
        "Willy-Brandt-Platz 2-6",
        "Blatt 1 von 2",
    ],
)

pii(
    "ocr_form",
    f"""
Stadt Dortmund · Amt fur Wohnen · Wohngeldstelle             Eingang: l 8. FEB. 2O27
Antrag auf Wohngeld - Mietzuschuss -  (Erstantrag)   Wohngeld-Nr. [[AZ:64/3-WG-2O27-OO4l8]]
Bitte in Druckbuchstaben ausfullen!

1. Antragsteller/in
Name, Vorname ...... [[P:Szymanski, Brigitte]]
Geburtsdatum ....... [[DOB:O9.O7.l958]]          Familienstand: verw.
Anschrift .......... [[STR:Mallinckrodtstr. 1O7, EG li.]]
                     [[LOC:44l45 Dortmund]]
Telefon (freiw.) ... [[TEL:O231 83 44 l7]]
Steuer-ID .......... [[TAX:{steuer_id("5230719845")}]]
IBAN ............... [[IBAN:{iban("DE", "440501990271138406")}]]
Kontoinhaber ....... [[P:Szymanski, B.]]

2. Haushaltsmitglieder (einschl. Antragsteller/in)
Nr | Name, Vorname         | geb. am      | Verhaltnis  | Einkommensart
1  | s. o.                 |              | Antragst.   | Altersrente, Witwenrente
2  | [[P:Szymanski, Dani]]-      | [[DOB:22.l2.l99l]]   | Enkel       | Ausbildungsvergutung
   | [[P:el]]                    |              |             | (Elektro Brandhoff GmbH)
3  | -                     |              |             |

3. Wohnung
Vermieter: Westfalen Wohnbau GmbH, Kampstr. 4, 44137 Dortmund
Kaltmiete 412,OO EUR   Nebenkosten 168,5O EUR   Heizung ja/nein: ja (in NK)
Wohnflache 61 m2   bezugsfertig 1962   Aufzug: nein

Ich versichere, dass die Angaben vollstandig sind.
Dortmund, l6.O2.2O27              ~~[[P:B. Szymanski]]~~
                                  Unterschrift Antragsteller/in
""",
    [
        "Amt fur Wohnen",
        "Westfalen Wohnbau GmbH",
        "412,OO EUR",
        "Mietzuschuss",
        "Elektro Brandhoff GmbH",
    ],
)

pii(
    "ocr_form",
    """
Stadt Essen - Strassenverkehrsamt - Bewohnerparken                               Seite 1
ANTRAG AUF ERTEILUNG EINES BEWOHNERPARKAUSWEISES      Zone R (Ruttenscheid)
Gebuhr: 12O,OO EUR/Jahr (lt. GebO)        Vorgangs-Nr. [[AZ:BP-2O27-O3318]]

Antragsteller/in
Name: [[P:Hoffmann-Yilmaz]]                 Vorname: [[P:Derya]]
geb.: [[DOB:3O.O4.l987]]
Wohnanschrift (Hauptwohnsitz in der Zone):  [[STR:Emmastr. 2O]],
[[LOC:45l3O Essen]]
Tel. tagsuber: [[TEL:Ol76 2l 49 83 O5]]         E-Mail: [[MAIL:derya.hy@posteo.de]]

Fahrzeug
amtl. Kennzeichen: [[KFZ:E-DH 3O87]]
Halter/in:  [ ] Antragsteller/in   [X] Arbeitgeber (Firmenwagen, Uberlassungserkl. anbei)
Halter: Ambulanter Pflegedienst Ruhrlicht GmbH, Rellinghauser Str. 1O4, 45128 Essen,
        HRB 29114 AG Essen
bisheriges Fahrz.: [[KFZ:E-RY 7l2]]  (abgem. 3O.11.2O26)  -- gestrichen --

Ich habe keinen privaten Stellplatz / keine Garage.  [X]
Essen, O9.O1.2O27                     [[P:D. Hoffmann-Yilmaz]]
_______________________________________________________________________
Bearbeitungsvermerke (nur vom Amt auszufullen)
Ausweis erteilt 12.O1.2O27, gultig bis 11.O1.2O28, Zone R
Sachb.: [[P:Terfloth]] (32-4)    Kasse: bez. bar    Kd.-Nr. Kasse: [[AZ:4O 2l7 993]]
""",
    [
        "Zone R",
        "12O,OO EUR/Jahr",
        "Ambulanter Pflegedienst Ruhrlicht GmbH",
        "HRB 29114",
        "Strassenverkehrsamt",
    ],
)

pii(
    "ocr_form",
    f"""
V 0 L L M A C H T
zur Vorlage bei der Stadt 0berhausen, Bereich 3-1 Burgerservice

Hiermit bevollmachtige ich,
Name, Vorname ........ [[P:Kowalczyk, Zofia]]
geboren am ........... [[DOB:l4.O3.l94l]]   in [[LOC:Bytom]] (Polen)
wohnhaft ............. [[STR:Dorstener Str. 37]], [[LOC:46l45 0berhausen]]
Personalausweis-Nr. .. [[ID:{card("LZ6R9C1F4")}]]    gultig bis 2O.O5.2O29

meinen Sohn
Name, Vorname ........ [[P:Kowalczyk, Piotr]]
geboren am ........... [[DOB:O2.ll.l968]]
wohnhaft ............. [[STR:Teutoburger Str. 2l8]], [[LOC:46ll9 Oberhausen]]
Telefon .............. [[TEL:Ol5l / 4O 77 29 l3]]
Personalausweis-Nr. .. [[ID:{card("T4HN72XW1")}]]

folgende Angelegenheiten fur mich zu erledigen:
[X] Beantragung eines Schwerbehindertenparkausweises (Merkzeichen aG)
[X] Einsicht in meine Akte und Entgegennahme von Bescheiden
[ ] Meldeangelegenheiten
[X] Abholung von Dokumenten im Burgerburo Sterkrade

Die Vollmacht gilt bis auf Widerruf.
Datum: 1O.O2.2O27
Unterschrift Vollmachtgeberin:  [[P:Z. Kowalczyk]] ~~~~
Unterschrift Bevollmachtigter:  [[P:P.Kowalczyk]] ~~~~

Anlage: Kopie beider Ausweise (Vorder- und Ruckseite)
EINGANG  Stadt 0berhausen  1 1. FEB. 2O27  Bereich 3-1  / Scan 4
""",
    [
        "Bereich 3-1",
        "Schwerbehindertenparkausweises",
        "Vorder- und Ruckseite",
        "Burgerburo Sterkrade",
    ],
)

pii(
    "ocr_form",
    """
Stadt Gladbeck                                               Bildung und Teilhabe (BuT)
Antrag auf Leistungen fur Bildung und Teilhabe - Schulausfluge / mehrtagige Klassenfahrten
Rechtskreis:  [ ] SGB II   [X] Wohngeld / Kinderzuschlag (§ 6b BKGG)   [ ] SGB XII   [ ] AsylbLG

A. Antragsteller/in (Elternteil)
Name, Vorname:  [[P:Ranieri, Giuseppina]]
Geb.-Datum:     [[DOB:l8.O9.l98O]]
Anschrift:      [[STR:Horster Str. 2O5a]]     [[LOC:45968 Gladbeck]]
Telefon:        [[TEL:O2O43 / 68 l9 O4]]
Nachweis: Bescheid der Familienkasse NRW Nord v. O3.O1.2O27, Kindergeld-Nr. [[AZ:2l5FK3O4886]]

B. Kind
Name, Vorname:  [[P:Ranieri, Matteo]]
geb.:           [[DOB:O6.O2.2Ol5]]
Schule/Klasse:  Ingeborg-Drewitz-Gesamtschule  /  6c
Fahrt:          Klassenfahrt nach Norderney, 2O.O4.-24.O4.2O27
Kosten:         298,OO EUR  (Bestatigung der Schule s. u.)

C. Zahlung
[X] direkt an die Schule (Schulkonto)   [ ] an mich

D. Bestatigung der Schule
Die Angaben zur Fahrt werden bestatigt.  Klassenleitung: [[P:Dahlhaus]]
(Stempel)  INGEB0RG-DREWITZ-GESAMTSCHULE  GLADBECK  Sekretariat

Gladbeck, 14.O1.2O27        [[P:G. Ranieri]] ~~~~
---------------------------------------------
nur Verwaltung: BuT-Fall-Nr. [[AZ:BuT-5O-2O27-O0l9]]   Sachb. Jugend/Soz. 5O.3
""",
    [
        "Ingeborg-Drewitz-Gesamtschule",
        "§ 6b BKGG",
        "298,OO EUR",
        "Norderney",
        "Bildung und Teilhabe",
    ],
)

pii(
    "ocr_form",
    """
Stadt Hagen   Burgeramt   Rathaus an der Volme
Abmeldung bei der Meldebehorde  (§ 17 Abs. 2 BMG)  -  Wegzug ins Ausland

Tag des Auszugs: 31.O3.2O27
Bisherige Wohnung:   [[STR:Wehringhauser Str. 7O, 3.OG]]      [[LOC:58O89 Hagen]]
Neue Wohnung (Ausland)
  Strasse, Hausnr.:  [[STR:ul. Dluga 17 m. 4]]
  PLZ, Ort:          [[LOC:8O-827 Gdansk]]            Staat: Polen

Lfd  Familienname    Vornamen            Geb.-Datum     Geburtsort
1    [[P:NOWAK]]           [[P:Agnieszka Maria]]     [[DOB:2l.O8.l99O]]     [[LOC:Slupsk]]
2    [[P:NOWAK]]           [[P:Zuzanna]]             [[DOB:O5.l2.2Ol7]]     [[LOC:Hagen]]
3    [[P:NOWAK]]           [[P:Filip]]               [[DOB:3O.O6.2O2l]]     [[LOC:Hagen]]
Staatsangehorigkeit (alle): polnisch
Ausweis: Personalausw. PL (Kopie anbei), Kinder im Pass der Mutter eingetragen? nein

Postanschrift fur Bescheide bis zur Ausreise:
c/o [[P:Beata Wroblewska]] (Schwester), [[STR:Lange Str. 12]], [[LOC:58O89 Hagen]]
Abmeldebestatigung bitte per E-Mail an: [[MAIL:a.nowak9O@wp.pl]]

Hagen, 2O.O3.2O27                           [[P:Nowak]] ~~~~~~~~
-------------------------------------------------------------
Vermerk BA: Abmeldebestatigung ausgedruckt, Ubergabe 2O.O3., Ltb.
""",
    ["Burgeramt", "§ 17 Abs. 2 BMG", "Rathaus an der Volme", "Polen", "Abmeldebestatigung"],
    allow=("Hagen",),
)

pii(
    "ocr_form",
    """
Stadt Leipzig - Amt fur Jugend und Familie                  Eingang 0 7. JAN. 2O27
Kita-Platzvormerkung (KIVO)  -  Papierformular, bitte nur wenn Onlineportal nicht moglich

1. Kind
Familienname:  [[P:Schubert]]               Vorname(n):  [[P:Lene Charlotte]]
geb. am:       [[DOB:ll.lO.2O25]]
Anschrift:     [[STR:Karl-Heine-Str. 87]]    [[LOC:O4229 Leipzig]]
Gewunschter Betreuungsbeginn: O1.O8.2O27          Umfang: 9 h  (Krippe)

2. Wunscheinrichtungen (max. 5)
 1) Kita Sonnenkafer, Zschochersche Str.         3) Kita Plagwitzer Spatzen
 2) Kindervilla am Kanal                         4) -

3. Personensorgeberechtigte
 Mutter:  [[P:Schubert, Anne]]          geb. [[DOB:l9.O3.l993]]
          Tel. [[TEL:Ol57 8O 3l 66 24]]      E-Mail [[MAIL:anne.schubert@web.cle]]
 Vater:   [[P:Adeyemi, Tunde]]         geb. [[DOB:O4.O4.l99O]] in [[LOC:Ibadan]]
          Tel. [[TEL:Ol52 29 4O 7l 83]]
          gleiche Anschrift [X]

4. Geschwisterkind bereits in Wunscheinrichtung  [X] ja:  [[P:Ada]], Kita Plagwitzer Spatzen

Datenschutzhinweis gelesen [X]          Leipzig, O3.O1.2O27
Unterschriften:  [[P:A. Schubert]]  ~~~~      [[P:T. Adeyemi]]  ~~~~
-- Scan KIVO-Eingang, Seite 1/1 --
""",
    [
        "Amt fur Jugend und Familie",
        "KIVO",
        "Kita Plagwitzer Spatzen",
        "Kindervilla am Kanal",
        "O1.O8.2O27",
    ],
)

pii(
    "ocr_form",
    f"""
MIETBESCHEINIGUNG
(zur Vorlage beim Jobcenter Bottrop / bei der Wohngeldstelle Bottrop)

Vermieter/in:        [[P:Heinz-Dieter Brokamp]]
Anschrift Vermieter: [[STR:Gladbecker Str. 3l2]], [[LOC:4623 6 Bottrop]]
Telefon:             [[TEL:O2O4l / 2 69 l8]]

Mieter/in:           [[P:Demir, Ay$e]]
Mietobjekt:          [[STR:Prosperstr. 46, DG rechts]]
                     [[LOC:46238 Bottr0p]]
Mietbeginn: O1.11.2O24         Wohnflache: 58,4 qm          Zimmer: 2,5

Im Haushalt lebende Personen (Name, geb.):
  [[P:Demir, Ay$e]]       [[DOB:O2.O2.l985]]
  [[P:Demir, Emre]]       [[DOB:l7.O9.2OO9]]
  [[P:Demir, Yusuf]]      [[DOB:24.l2.2Ol3]]

Grundmiete ............ 39O,OO EUR
Betriebskosten ........ 14O,OO EUR  (Vorauszahlung)
Heizkosten ............  95,OO EUR  (Gas-Etagenheizung: nein)
Gesamt ................ 625,OO EUR

Zahlung auf das Konto des Vermieters:  [[IBAN:{iban("DE", "424512200028830714")}]]
Die Miete wird regelmassig gezahlt:  [X] ja   [ ] nein
Mietruckstande bestehen:             [ ] ja   [X] nein

Bottrop, 14.O1.2O27          [[P:H.-D. Brokamp]]  ~~~~~~
                             Unterschrift Vermieter/in
""",
    ["Betriebskosten", "625,OO EUR", "Wohngeldstelle Bottrop", "58,4 qm", "Jobcenter Bottrop"],
)

# ==============================================================================================
# File notes in staff shorthand (pii)
# ==============================================================================================

pii(
    "file_note",
    f"""
Stadt Essen · Ausländerbehörde · Team Erwerbsmigration
AKTENVERMERK                                                  Az. [[AZ:33-24 E 4471/22]]
Betr.: [[P:Gashi, Arben]], geb. [[DOB:11.07.1996]] in [[LOC:Prizren]], kosov. StA
       AZR-Nr. [[AZ:182036615293]] · Whg. [[STR:Altendorfer Str. 301]], [[LOC:45143 Essen]]

Vorspr. 17.02.2027, 10:40 Uhr o. Termin (nächster freier Termin erst 04/27). [[P:Gashi]] legt vor:
- RP Kosovo Nr. [[PASS:P01937724]], gültig bis 09.03.2031 (ausgest. Botschaft Berlin)
- alter RP Nr. [[PASS:P00418266]] – entwertet, zurück an Vorspr.
- eAT Nr. [[ID:{card("LH2F97RCX")}]] (§ 19c Abs. 1 AufenthG i. V. m. § 6 BeschV), gültig bis 28.02.2027
- Arbeitsvertrag unbefr. als Maler/Lackierer bei Malerbetrieb Kruse GmbH, Essen-Frohnhausen,
  2.850 € brutto
- Mietvertrag, Nachweis KV (AOK)

Verlängerungsantrag aufgenommen, Fiktionsbescheinigung nach § 81 Abs. 4 AufenthG ausgehändigt
(gültig bis 27.05.2027). Zustimmung BA entbehrlich (Vorbeschäftigung > 2 J. beim selben AG).

Ehefr. [[P:Blerta]] (geb. [[DOB:02.12.1998]] in [[LOC:Suhareka]]) und Tochter [[P:Elira]] (*[[DOB:14.06.2023]])
noch im Kosovo; Visumverf. Familiennachzug bei Botschaft Pristina läuft, Vorabzustimmung
angefragt -> Rücksprache mit [[P:Hülsmann]] (SGL) erfolgt: ok, sobald Wohnraum (62 m²) nachgewiesen.

AG-Seite: Hr. [[P:Kruse]] jun. (GF) tel. erreicht unter [[TEL:0201 8715 442]], bestätigt
Weiterbeschäftigung und Lohn.

WV: 15.04.2027 (Vorabzust. prüfen)                                             gez. Wi
""",
    [
        "§ 81 Abs. 4 AufenthG",
        "Malerbetrieb Kruse GmbH",
        "Botschaft Pristina",
        "Team Erwerbsmigration",
        "2.850 €",
    ],
    allow=("Kruse",),
)

pii(
    "file_note",
    f"""
Stadt Gladbeck – Amt für Soziales und Wohnen – Hilfe zur Pflege
TELEFONVERMERK                                               08.02.2027, 09:12 Uhr
Anruf von: Fr. [[P:Pawelczyk]] (Tochter), Tel. [[TEL:0171 6624019]], ab 16 Uhr besser erreichbar
betr.:     Mutter [[P:Schwertfeger, Hildegard]], geb. [[DOB:23.05.1936]]
           bisher [[STR:Schultenstr. 14]], [[LOC:45964 Gladbeck]]; seit 03.01.2027 vollstat.
           im Haus am Wittringer Wald (PG 4)
Az.:       [[AZ:50.2-HzP-0093/27]]    DRV-Vers.-Nr. Mutter: [[RV:{rv_nr("12", "230536", "S", "51")}]]

Inhalt:
- Eigenanteil Heim 3.412,60 €/Monat, Renten (DRV + Witwenrente) zus. ca. 1.690 €; Ersparnisse
  lt. Tochter fast aufgebraucht.
- Haus [[STR:Schultenstr.]] gehört Mutter zu 1/2, andere Hälfte Bruder [[P:Uwe Schwertfeger]] in [[LOC:Rostock]];
  Kontakt "schwierig". Verkauf geplant, Makler beauftragt.
- Bestattungsvorsorgevertrag bei Bestattungen Kemper GmbH über 4.800 € -> bleibt geschützt
  (§ 90 Abs. 3 SGB XII), Vertrag in Kopie anfordern.
- [[P:Pawelczyk]] hat Vorsorgevollmacht (Kopie kommt per Mail von [[MAIL:m.pawelczyk@t-online.de]]).

Vereinbart: Antrag HzP + Vermögensbogen gehen heute raus an Tochter,
[[STR:Bülser Str. 51]], [[LOC:45964 Gladbeck]]. Kontoauszüge der letzten 3 Monate anfordern.
Rückruf zugesagt durch [[P:Terhaar]] bis Fr.                                           gez. Th
""",
    [
        "§ 90 Abs. 3 SGB XII",
        "Haus am Wittringer Wald",
        "Bestattungen Kemper GmbH",
        "3.412,60 €",
        "Hilfe zur Pflege",
    ],
)

pii(
    "file_note",
    """
Stadt Dortmund – Ordnungsamt – Kommunaler Ordnungsdienst, Bezirk Innenstadt-Nord
Vermerk Ortstermin                                        Vorgang [[AZ:32/2-KOD-1187/27]]
Datum: 22.02.2027, 13:30–14:10          AD: [[P:Pohl]] / [[P:Wienand]]
Objekt: [[STR:Uhlandstr. 88]], [[LOC:44147 Dortmund]], Hinterhof

Anlass: Beschwerde Nachbarin Fr. [[P:Rüther]] ([[STR:Uhlandstr. 90]], Tel. [[TEL:0231 81 29 55]]) wg. Sperrmüll
und Rattenbefall im Hof, "seit Wochen".

Feststellungen: ca. 6 m³ Sperrmüll (Matratzen, Möbel, Elektro), Essensreste, Rattenlöcher am
Kellerabgang. Lt. Nachbarn stammt der Müll überwiegend aus der EG-Whg. re. (Mieter
[[P:Kuschnik, Ralf]], Jg. [[DOB:1964]]). [[P:Kuschnik]] nicht angetroffen, Karte eingeworfen.
Im Hof Pkw Opel Corsa [[KFZ:DO-RK 640]], HU abgelaufen 08/25, Halter lt. Abfrage [[P:Kuschnik]].

Eigentümerin: Rademacher Immobilien GmbH (Hausverwaltung), Ansprechp. Fr. [[P:Osterkamp]],
DW [[TEL:0231 557 80-14]] (Zentrale 0231 557 80-0) – tel. informiert, sagt Räumung zu.

Maßnahmen:
1. schriftl. Aufforderung an Eigentümerin, Beseitigung bis 08.03.2027
2. Info an Gesundheitsamt wg. Schädlingsbekämpfung (§ 17 IfSG)
3. Halteranhörung wg. Fz. ohne gültige HU (Abschnitt an StVA)

WV 09.03.2027 – Nachkontrolle vor Ort                                     gez. Po / Wd
""",
    [
        "Rademacher Immobilien GmbH",
        "0231 557 80-0",
        "§ 17 IfSG",
        "Kommunaler Ordnungsdienst",
        "6 m³",
    ],
)

pii(
    "file_note",
    """
Jobcenter Hagen · Markt & Integration, Team 4
Beratungsvermerk                                                BG-Nr. [[AZ:58302//0047119]]
Kd.:  [[P:Yıldırım, Serkan]] (*[[DOB:03.10.1991]]), Kd.-Nr. [[AZ:831E204577]]
BG:   Ehefr. [[P:Hatice]] (*[[DOB:19.08.1994]]), Kinder [[P:Elif]] (*[[DOB:07.01.2016]]) und [[P:Kerem]] (*[[DOB:22.11.2019]])
Anw.: Kd. + Bruder [[P:Murat Yıldırım]] (übersetzt)

Gespräch 02.03.2027:
- Kd. hat Zusage als Lagerhelfer bei Ruhr-Lippe Logistik GmbH (Hagen-Bathey) ab 01.04.,
  30 Std./Wo., 14,10 €/h. Bittet um Fahrtkosten bis 1. Lohn -> Deutschlandticket 2 Monate
  aus Vermittlungsbudget bewilligt.
- EGV angepasst (Aufnahme Beschäftigung, Mitteilung Lohnabrechnung).
- Ehefr. Integrationskurs B1 an der VHS Hagen, Kurs-Nr. 261-4410, Ende 06/27.
- [[P:Kerem]] ab 08/27 Kita-Platz zugesagt, [[P:Elif]] OGS.
- Kd.-Handy neu: [[TEL:0157 34 02 81 66]] (alte Nr. abgemeldet)
- Umzug in größere Whg. geplant: [[STR:Boeler Str. 122]], [[LOC:58097 Hagen]], 78 m²,
  KM 540 € – Mietangebot an Leistungsabteilung zur Prüfung der Angemessenheit.

Nächster Termin: 14.04.2027, 9:30 Uhr (Lohnabrechnung mitbringen)
[[P:Brinkmann-Ertl]] / AV
""",
    [
        "Ruhr-Lippe Logistik GmbH",
        "Kurs-Nr. 261-4410",
        "Deutschlandticket",
        "14,10 €/h",
        "VHS Hagen",
    ],
)

pii(
    "file_note",
    f"""
Stadt Freiburg i. Br. – Standesamt – Eheschließungen
Vermerk zur Anmeldung der Eheschließung                             Reg.-Az. [[AZ:E 0211/2027]]
Vorspr. 11.03.2027, beide Verlobte anwesend, Dolmetscherin Tigrinya: Fr. [[P:Tesfay]] (allg. beeidigt)

Verlobte 1: [[P:Mehari, Senait]], geb. [[DOB:01.01.1995]] in [[LOC:Keren]] (Eritrea), eritr. StA, ledig
  Whg.: [[STR:Sundgauallee 36, App. 412]], [[LOC:79114 Freiburg im Breisgau]]
  Reiseausweis f. Flüchtlinge Nr. [[PASS:{card("CF7KT0M42")}]], eAT Nr. [[ID:{card("Y9WNC3T1R")}]] (§ 25 Abs. 2 AufenthG)
  Geburtsurkunde: keine; Personenstand nicht urkundlich nachweisbar -> eidesstattliche
  Versicherung nach § 9 Abs. 2 PStG vorgesehen (Termin 25.03.).
Verlobter 2: [[P:Wehrle, Jonas Matthias]], geb. [[DOB:27.09.1992]] in [[LOC:Lörrach]], deutsch, ledig
  Whg.: [[STR:Eschholzstr. 61]], [[LOC:79106 Freiburg im Breisgau]]; PA Nr. [[ID:{card("M2RX8HV05")}]]
  Geburtsurkunde vom Standesamt Lörrach liegt vor (neu, 02/2027).

Ehefähigkeitszeugnis: für [[P:Mehari]] nicht beizubringen -> Befreiung durch OLG Karlsruhe
(§ 1309 Abs. 2 BGB); Antrag vorbereitet, Unterlagen am 12.03. an OLG.
Namensführung: künftiger Ehename [[P:Wehrle]], die Verlobte führt ihren Geburtsnamen
als Begleitnamen nicht.
Wunschtermin: Fr 11.06.2027 vormittags, Trausaal im Rathaus.

gez. [[P:Kienzler]], Standesbeamtin, Tel. [[TEL:0761 201-3154]]
""",
    [
        "§ 9 Abs. 2 PStG",
        "OLG Karlsruhe",
        "§ 1309 Abs. 2 BGB",
        "Trausaal im Rathaus",
        "Eheschließungen",
    ],
    allow=("Lörrach",),
)

pii(
    "file_note",
    """
Stadt Mülheim an der Ruhr – Bußgeldstelle
Wiedervorlage Sachb. [[P:Oberkötter]]   KW 09/2027   (Ausdruck OWi21, nur intern)

1) [[AZ:32.3-VOW-2027-118842]] – 21 km/h zu schnell, Aktienstr., 14.01.2027, [[KFZ:MH-AK 3381]]
   Halterin [[P:Kaplan, Ayten]] (geb. [[DOB:12.06.1972]]) benennt als Fahrer Sohn [[P:Baran Kaplan]],
   [[STR:Eppinghofer Str. 150]], [[LOC:45468 Mülheim an der Ruhr]] -> Anhörung an Fahrer, WV 20.03.
2) [[AZ:32.3-VOW-2027-119307]] – Rotlicht > 1 s, Kreuzung Dickswall, [[KFZ:E-LT 2204]]
   (Firmenfz. Lenz Transporte GmbH) – Firma verweigert Fahrerangabe, Foto unscharf
   -> Fahrtenbuchauflage prüfen (§ 31a StVZO), Vorlage an SGL.
3) [[AZ:32.3-VOW-2027-120055]] – Parken auf Behindertenparkplatz, Schloßstr., [[KFZ:MH-HL 55]]
   Betroffener Dr. [[P:Henning Lüttgenau]] legt blauen EU-Parkausweis vor (lag lt. Foto nicht
   sichtbar aus) -> Einstellung § 47 OWiG, Hinweis schriftlich.
4) [[AZ:32.3-VOW-2027-120391]] – Privatanzeige Gehwegparken Mendener Str., Anzeigeerst.
   [[P:Meinolf Drees]], Tel. [[TEL:0208 37 66 01]], 6 Fotos
   Fz. [[KFZ:MH-V 907]], Halter [[P:Vuković, Dragan]], geb. [[DOB:30.01.1988]] -> Verwarnung 55 €
5) [[AZ:32.3-VOW-2026-101774]] – Zahlungserinnerung zurück "unbekannt verzogen";
   EMA-Abfrage: [[P:Sandra Pilz]] jetzt [[STR:Auf dem Bruch 9]], [[LOC:46049 Oberhausen]] -> neu zustellen

gez. Ok
""",
    ["§ 31a StVZO", "§ 47 OWiG", "Lenz Transporte GmbH", "Bußgeldstelle", "OWi21"],
)

pii(
    "file_note",
    """
Landeshauptstadt Kiel – Amt für Soziale Dienste – Wohnungsnotfallhilfe
Übergabevermerk für [[P:Sönnichsen]] (Urlaub [[P:Jessen]] 03.–21.03.2027)

1. [[P:Ben Salah, Hamdi]] (*[[DOB:1983]]) – derzeit NU Wik, Zi. 14.
   Räumungsklage AG Kiel [[AZ:116 C 412/26]] (alte Whg. [[STR:Iltisstr. 22]], [[LOC:24143 Kiel]]);
   Räumungstermin 11.03., [[P:Hamdi]] weiß Bescheid, Sachen sind größtenteils raus.
   Tunes. Pass abgelaufen, Termin Konsulat Hamburg 18.03. – er braucht Fahrkarte (Barbeleg).
2. Ehepaar [[P:Lorenzen]] ([[P:Gerd]] Jg. [[DOB:1961]], [[P:Anke]] Jg. [[DOB:1965]]), [[STR:Elisabethstr. 70]]
   Mietschulden 2.140 €, Darlehen nach § 22 Abs. 8 SGB II beim Jobcenter Kiel beantragt.
   Vermieter Hr. [[P:Thomsen]] (privat, Tel. [[TEL:0431 58 44 19]]) setzt fort, wenn bis 31.03. ausgeglichen.
3. [[P:Kasia]] (Nachname unbekannt), polnisch, schläft am Bahnhof / an der Hörn, kaum
   Deutsch. Kontakt nur über Streetwork (Fr. [[P:Nissen]], mobil [[TEL:0160 90 21 47 36]]).
   Angebot Frauen-NU steht, bisher abgelehnt.
4. [[P:Rohwer, Timo]], geb. [[DOB:17.04.2001]] – Entlassung JVA Neumünster am 10.03.,
   Aufnahme NU Wik zugesagt; Bewährungshelferin meldet sich.

Schlüssel Büro + Diensthandy im Schrank 2.14. Bei Rückfragen: Zentrale Beratungsstelle,
Tel. 0431 901-0 (Vermittlung).
""",
    [
        "Wohnungsnotfallhilfe",
        "§ 22 Abs. 8 SGB II",
        "Jobcenter Kiel",
        "JVA Neumünster",
        "0431 901-0",
    ],
)

# ==============================================================================================
# Forms and notes dense with identity documents (pii)
# ==============================================================================================

pii(
    "id_documents",
    f"""
Stadt Bochum – Ausländerbüro – Erfassungsbogen Identitätsdokumente (Kopien in E-Akte, Reg. 3)
Vorgang: [[AZ:32 AB 2027/00731]]                              erfasst: 04.03.2027 / Sch

Pers. 1  [[P:HASSAN, Ahmed Abdullahi]]
  geb. [[DOB:01.01.1990]] in [[LOC:Kismayo]] (Somalia) · StA: somalisch
  Dokument:  Reiseausweis für Ausländer (§ 5 AufenthV) Nr. [[PASS:{card("C7N2X94FK")}]],
             ausgest. Stadt Bochum 12.05.2025, gültig bis 11.05.2028
  Titel:     eAT Nr. [[ID:{card("YK04RT8M3")}]], § 25 Abs. 3 AufenthG, gültig bis 30.09.2027
  AZR-Nr.:   [[AZ:170942211580]]

Pers. 2  [[P:NUR, Hodan Abdi]] (Ehefrau; Name nach Heimatrecht, kein gemeinsamer Familienname)
  geb. [[DOB:15.06.1995]] in [[LOC:Mogadischu]] · StA: somalisch
  Dokument:  kein anerkannter Pass -> Ausweisersatz (§ 48 Abs. 2 AufenthG), s. Bl. 44
  Titel:     Fiktionsbescheinigung (§ 81 Abs. 4 AufenthG) ausgest. 04.03.2027, gültig bis 03.06.2027
  AZR-Nr.:   [[AZ:171366904218]]

Pers. 3  [[P:HASSAN, Ilhan]] (Tochter)
  geb. [[DOB:09.11.2024]] in [[LOC:Bochum]] · StA: somalisch (kein Erwerb nach § 4 Abs. 3 StAG)
  Geburtsurkunde Standesamt Bochum, Reg.-Nr. [[AZ:G 1142/2024]]
  Titel:     Antrag § 33 AufenthG gestellt, Fiktion

Pers. 4  [[P:HASSAN, Yusuf Abdullahi]] (Bruder von Pers. 1, Verpflichtungserklärung § 68 AufenthG)
  geb. [[DOB:23.03.1986]] in [[LOC:Kismayo]] · StA: deutsch seit 2019
  Dokumente: Personalausweis Nr. [[ID:{card("L01XC7KP2")}]], Reisepass Nr. [[PASS:{card("C3MV5T9ZR")}]]
  Whg.:      [[STR:Castroper Str. 190]], [[LOC:44791 Bochum]], Tel. [[TEL:0176 55 20 31 84]]
  Bonität:   Gehaltsnachweise 11/26–01/27 liegen vor

Vermerk: Kopien mit Originalen abgeglichen (UV-Prüfung Pers. 1 und 4 o. B.).
""",
    ["Ausländerbüro", "§ 48 Abs. 2 AufenthG", "§ 5 AufenthV", "Reg. 3", "§ 25 Abs. 3 AufenthG"],
    allow=("Bochum",),
)

pii(
    "id_documents",
    f"""
Stadt Dortmund – Bürgerdienste – Südwall 2–4, 44137 Dortmund
VERLUST- / DIEBSTAHLSANZEIGE AUSWEISDOKUMENTE                          Vorgang [[AZ:BD-V 2027/1184]]

Antragsteller:  [[P:Lindemann, Kevin]]
geb.:           [[DOB:08.08.1999]] in [[LOC:Lünen]]
StA:            deutsch
Anschrift:      [[STR:Hohe Str. 61]], [[LOC:44139 Dortmund]]
Telefon:        [[TEL:0152 0884 3172]]

Abhanden gekommene Dokumente
  [X] Personalausweis   Nr. [[ID:{card("LF93KRW27")}]]   ausgest. 14.02.2021 Stadt Dortmund, gültig bis 13.02.2031
      eID gesperrt über Sperrnotruf am 05.03.2027, 11:02 Uhr
  [X] Reisepass         Nr. [[PASS:{card("C8TZN40HJ")}]]   ausgest. 22.07.2019 Kreis Unna, gültig bis 21.07.2029
  [ ] Kinderreisepass   [ ] vorläufiger Personalausweis   [ ] sonstiges

Umstände: Rucksack am 03.03.2027 im RE 1 zwischen Bochum Hbf und Dortmund Hbf gestohlen.
Strafanzeige bei der Bundespolizei, Tagebuch-Nr. [[AZ:BPOLI DO 0217/27]].

Neuantrag
  Personalausweis   neue Seriennr. [[ID:{card("LT6WZ01MN")}]] (Bestellung Bundesdruckerei)   37,00 €
  vorl. PA          Nr. [[ID:{card("F7C2G9XVR")}]], gültig bis 04.06.2027               10,00 €
  Reisepass         nicht beantragt

Abholung des PA: durch Mutter [[P:Sabine Lindemann]] mit Vollmacht und eigenem Ausweis
(PA Nr. [[ID:{card("LM7P1Y4NC")}]] vorgezeigt).

Ausgestellt: 05.03.2027, Arbeitsplatz 14 – Kasse bar.
""",
    ["Bundespolizei", "37,00 €", "RE 1", "Bundesdruckerei", "Südwall 2–4"],
)

pii(
    "id_documents",
    f"""
Stadt Essen – Einbürgerungsbehörde
Checkliste Antragsunterlagen                                           Az. [[AZ:EB 2027-0388]]

Antragsteller:   [[P:Demirci, Hakan]], geb. [[DOB:21.04.1986]] in [[LOC:Kayseri]], türk. StA, seit 2004 in DE
Ehefrau (Miteinb.): [[P:Demirci, Sevgi]] geb. [[P:Aksoy]], geb. [[DOB:03.09.1988]] in [[LOC:Gelsenkirchen]], türk. StA
Anschrift:       [[STR:Bochumer Landstr. 244]], [[LOC:45276 Essen]]
Kinder:          [[P:Deniz]] (*[[DOB:14.02.2012]]) und [[P:Aylin]] (*[[DOB:30.07.2015]]), beide dt. StA (§ 4 Abs. 3 StAG)

[x] Reisepass TR Antragst.           Nr. [[PASS:U09284716]], gültig bis 10.10.2032
[x] Reisepass TR Ehefrau             Nr. [[PASS:U11736045]], gültig bis 02.05.2030
[x] Niederlassungserlaubnis (eAT)   Antragst. Nr. [[ID:{card("Y2LC48RWT")}]] / Ehefr. Nr. [[ID:{card("Y2LC48RX0")}]]
[x] Kinder: Personalausweise Nr. [[ID:{card("L4N0VKZ93")}]] ([[P:Deniz]]), Kinderreisepass Nr. [[PASS:{card("F0R6JC3LT")}]] ([[P:Aylin]])
[x] Einbürgerungstest 33/33 (12.01.2027), Zertifikat B1 (beide)
[x] Versicherungsverlauf DRV, RV-Nr. [[RV:{rv_nr("14", "210486", "D", "50")}]]
[x] Steuer-ID Antragst. [[TAX:{steuer_id("3946017583", grouped=True)}]]
[x] Arbeitsvertrag Ruhrstahl Service GmbH (Schichtleiter, unbefristet), Lohnabrechn. 3 Monate
[ ] Nachweis Ehefr. Einkommen (Minijob) – fehlt noch, nachgefordert 06.03.2027

Hinweis: Mehrstaatigkeit seit 27.06.2024 hingenommen; Entlassung aus der türk. StA
nicht erforderlich. Gebühr 255 € je Erwachsener bezahlt.
""",
    ["Einbürgerungstest", "Mehrstaatigkeit", "Ruhrstahl Service GmbH", "§ 4 Abs. 3 StAG", "33/33"],
)

pii(
    "id_documents",
    f"""
Stadt Oberhausen – Ausländerbehörde – Sachgebiet Familiennachzug
Datenblatt Vorabzustimmung (§ 31 Abs. 3 AufenthV) an Deutsche Botschaft Islamabad

Stammberechtigter
  Name:        [[P:RAHIMI, Abdul Wahid]]
  geb.:        [[DOB:01.01.1990]] in [[LOC:Herat]] · afgh. StA
  Status:      subsidiärer Schutz, eAT Nr. [[ID:{card("YP6M3W1KT")}]] (§ 25 Abs. 2 S. 1 Alt. 2 AufenthG)
  Pass:        Reiseausweis für Ausländer Nr. [[PASS:{card("CZ1H7MP40")}]]
  AZR-Nr.:     [[AZ:163208774105]]
  Wohnung:     [[STR:Mülheimer Str. 141]], [[LOC:46045 Oberhausen]] (74 m², 4 Zi., Mietvertrag liegt vor)

Nachziehende Familienangehörige
  1. [[P:RAHIMI, Farzana]] (Ehefrau), geb. [[DOB:01.01.1994]] in [[LOC:Mazar-e Sharif]]
     afgh. Reisepass Nr. [[PASS:P04188372]], gültig bis 18.08.2029
  2. [[P:RAHIMI, Mustafa]] (Sohn), geb. [[DOB:12.03.2016]] in [[LOC:Teheran]]
     afgh. Reisepass Nr. [[PASS:P04188391]]
  3. [[P:RAHIMI, Maryam]] (Tochter), geb. [[DOB:05.10.2020]] in [[LOC:Peshawar]]
     kein Pass; Ausstellung beantragt, Passersatz nach § 5 AufenthV wird angeregt

Visumantrag der Botschaft: RK-Nr. [[AZ:ISLA-FZ-2026-11873]], Eingang 20.11.2026
Kontingent § 36a AufenthG: humanitäre Gründe lt. Vortrag (Tochter chronisch krank, Attest anbei)
Lebensunterhalt: nicht Voraussetzung (§ 36a Abs. 1 S. 4? – prüfen!), Wohnraum ausreichend.

Zustimmung erteilt am 08.03.2027 – gez. i. A. [[P:Brauckmann]]
""",
    [
        "Deutsche Botschaft Islamabad",
        "§ 36a AufenthG",
        "§ 31 Abs. 3 AufenthV",
        "Sachgebiet Familiennachzug",
        "74 m²",
    ],
)

pii(
    "id_documents",
    "Stadt Leipzig – Ausländerbehörde – Team § 24 AufenthG\n"
    "Sammelerfassung Familie · Termin 09.01.2027, 08:30 Uhr · Dolmetscherin: [[P:Olha Marchenko]] (ehrenamtl.)\n"
    "Meldeadresse: [[STR:Eisenbahnstr. 113, 2. OG]], [[LOC:04315 Leipzig]] (Wohnung privat, Mietvertrag ab 01.12.2026)\n"
    "\n"
    + pipes(
        (2, 13, 8, 10, 11, 16, 10, 9),
        ("Nr", "Name", "Vorname", "geb.", "Geburtsort", "Dokument", "Dok.-Nr.", "eAT-Nr."),
        (
            "--",
            "-------------",
            "--------",
            "----------",
            "-----------",
            "----------------",
            "----------",
            "---------",
        ),
        (
            "1",
            "[[P:KOVALENKO]]",
            "[[P:Iryna]]",
            "[[DOB:17.05.1984]]",
            "[[LOC:Kharkiv]]",
            "Reisepass UA",
            "[[PASS:FX418273]]",
            f"[[ID:{card('YC91R4LPZ')}]]",
        ),
        (
            "2",
            "[[P:KOVALENKO]]",
            "[[P:Sofiia]]",
            "[[DOB:02.02.2011]]",
            "[[LOC:Kharkiv]]",
            "Reisepass UA",
            "[[PASS:FX418274]]",
            f"[[ID:{card('YC91R4LRV')}]]",
        ),
        (
            "3",
            "[[P:KOVALENKO]]",
            "[[P:Matvii]]",
            "[[DOB:29.12.2016]]",
            "[[LOC:Kharkiv]]",
            "Kind im Pass 1",
            "–",
            f"[[ID:{card('YC91R4LT2')}]]",
        ),
        (
            "4",
            "[[P:BONDAR]]",
            "[[P:Halyna]]",
            "[[DOB:11.04.1955]]",
            "[[LOC:Mariupol]]",
            "Reisepass UA",
            "[[PASS:EK207731]]",
            "Fiktion",
        ),
        edge=True,
    )
    + "\n\n"
    "Anmerkungen\n"
    "- Pers. 4 ist Mutter von Pers. 1; Pass 2024 abgelaufen, Verlängerungsstempel Konsulat\n"
    "  München vorhanden -> Fiktionsbescheinigung bis 08.04.2027, eAT bestellt.\n"
    "- Ehemann von Pers. 1, [[P:Oleksandr Kovalenko]], geb. [[DOB:06.06.1982]], in der Ukraine (Wehrdienst),\n"
    "  darf nicht ausreisen; Kontakt von Pers. 1 angegeben: [[TEL:+380 67 412 88 05]].\n"
    "- Vorherige Aufenthaltserlaubnis von Pers. 1–3 in [[LOC:Dresden]] (Umverteilung genehmigt).\n"
    "- Leistungen: Jobcenter Leipzig, BG-Nr. [[AZ:25301//0188420]].\n"
    "- [[P:Matvii]]: Schulanmeldung über Landesamt für Schule und Bildung erfolgt.\n",
    [
        "Team § 24 AufenthG",
        "Jobcenter Leipzig",
        "Reisepass UA",
        "Landesamt für Schule und Bildung",
        "Fiktionsbescheinigung",
    ],
)

pii(
    "id_documents",
    f"""
Landeshauptstadt Kiel – Fundbüro – Sammelvermerk Dokumentenfunde 14.–16.02.2027

Fund-Nr. [[AZ:F-2027-00412]] – Geldbörse schwarz, Bus Linie 11, Haltestelle Hauptbahnhof, 14.02.
  Finderin: [[P:Lea-Marie Hinz]], [[STR:Knooper Weg 96]], [[LOC:24116 Kiel]], Tel. [[TEL:0176 48 19 02 63]]
            (Anspruch auf Finderlohn nach § 971 BGB: ja, angemeldet)
  Inhalt:   Personalausweis Nr. [[ID:{card("L9XK2M7FC")}]], lautend auf [[P:Brodersen, Jannik]],
            geb. [[DOB:19.10.1997]] in [[LOC:Husum]]; girocard mit IBAN [[IBAN:{iban("DE", "210501700094412603")}]];
            Bargeld 35,00 €
  Eigentümer über Melderegister ermittelt: [[STR:Holtenauer Str. 230]], [[LOC:24106 Kiel]] –
  Benachrichtigung 15.02.; abgeholt 16.02. gegen Unterschrift.

Fund-Nr. [[AZ:F-2027-00419]] – Reisepass, Kreuzfahrtterminal Ostseekai, 15.02.
  Reisepass Republik Indien Nr. [[PASS:Z4418360]], lautend auf [[P:Nair, Anjali]],
  geb. [[DOB:08.03.1979]] in [[LOC:Kochi]]; Schiff bereits ausgelaufen.
  -> Abgabe an Bundespolizei, Info an Generalkonsulat Indien (Hamburg) per Mail.

Fund-Nr. [[AZ:F-2027-00423]] – eAT, abgegeben im Bürgerbüro Mitte, 16.02.
  eAT Nr. [[ID:{card("YH5T0LN8W")}]], lautend auf [[P:Abou Chakra, Nour]], geb. [[DOB:27.07.2001]] in [[LOC:Tripoli]]
  (libanes. StA); Ausländerbehörde Kiel informiert, Inhaberin tel. erreicht
  ([[TEL:0157 81 20 77 49]]), holt am 17.02. ab.

Verwahrung: Tresor 2. Bearbeitung: Fundbüro, Zimmer 0.12.
""",
    ["Fundbüro", "Bundespolizei", "Linie 11", "Kreuzfahrtterminal Ostseekai", "§ 971 BGB"],
)

# ==============================================================================================
# Tables and lists (pii)
# ==============================================================================================

pii(
    "table_list",
    "VHS Dortmund – Integrationskurse · Kurs 271-3305 (allg. IK, Modul 4) · Hansastr. 2–4\n"
    "Anwesenheits- und Kontaktliste (Auszug Excel, Stand 01.03.2027) – nur Kursleitung / Amt 50\n"
    "\n"
    + tabs(
        ("Nr", "Name", "Vorname", "geb.", "StA", "TN-Berechtigung", "Telefon", "Bemerkung"),
        (
            "1",
            "[[P:Abebe]]",
            "[[P:Meseret]]",
            "[[DOB:12.03.1991]]",
            "äthiop.",
            "[[AZ:TB-4412-0913-27]]",
            "[[TEL:0176 31 88 02 14]]",
            "",
        ),
        (
            "2",
            "[[P:Castro Peña]]",
            "[[P:Luis Alberto]]",
            "[[DOB:28.10.1979]]",
            "venez.",
            "[[AZ:TB-4412-0077-27]]",
            "[[TEL:0157 72 04 19 33]]",
            "ab Modul 3",
        ),
        (
            "3",
            "[[P:Dumitrescu]]",
            "[[P:Elena]]",
            "[[DOB:04.06.1998]]",
            "rumän.",
            "Selbstzahlerin",
            "",
            "",
        ),
        (
            "4",
            "[[P:Haddad]]",
            "[[P:Rami]]",
            "[[DOB:15.01.1987]]",
            "syr.",
            "[[AZ:TB-4412-1180-26]]",
            "[[TEL:0163 90 55 12 07]]",
            "Kinderbetreuung nötig",
        ),
        ("", "", "", "", "", "", "", "(Tochter [[P:Lina]], Kita ab 05/27)"),
        (
            "5",
            "[[P:Ivanova]]",
            "[[P:Petya]]",
            "[[DOB:21.09.1993]]",
            "bulg.",
            "[[AZ:TB-4412-0356-27]]",
            "",
            "fehlt oft montags",
        ),
        (
            "6",
            "[[P:Mohammadi]]",
            "[[P:Shirin]]",
            "[[DOB:30.11.2000]]",
            "iran.",
            "[[AZ:TB-4412-0402-27]]",
            "[[TEL:0152 33 61 40 98]]",
            "",
        ),
        (
            "7",
            "[[P:Nguyen Thi]]",
            "[[P:Hoa]]",
            "[[DOB:09.07.1985]]",
            "vietn.",
            "[[AZ:TB-4412-0519-27]]",
            "[[TEL:0231 41 27 66]]",
            "Fahrtkosten beantragt",
        ),
        ("", "", "", "", "", "", "", ""),
        ("Summe TN", "7", "", "", "", "davon verpfl. (§ 44a AufenthG): 4", "", ""),
    )
    + "\n\n"
    "Kursleitung: Fr. [[P:Borgmann]], [[MAIL:s.borgmann@vhs-lehrkraft.de]] · Rückfragen Amt: integrationskurse@dortmund.de\n"
    "Fehlzeiten > 20 % bitte bis 05.03. an das BAMF-Regionalkoordinationsteam melden.\n",
    [
        "Kurs 271-3305",
        "§ 44a AufenthG",
        "integrationskurse@dortmund.de",
        "Summe TN",
        "BAMF-Regionalkoordinationsteam",
    ],
)

pii(
    "table_list",
    """
Stadt Essen – Bürgeramt Steele – Export Terminvergabe (CSV, Trennzeichen ;)
Export 10.03.2027 07:02 durch BA-ESS-014 · Filter: Tag = 10.03.2027, Status <> storniert

buchungsnr;termin;dienstleistung;nachname;vorname;email;telefon;ip;kanal;status
[[AZ:T27-0310-0041]];10.03.2027 08:00;Personalausweis beantragen;[[P:Wolters]];[[P:Finn]];[[MAIL:finn.wolters@gmx.de]];;[[IP:93.204.17.81]];web;bestätigt
[[AZ:T27-0310-0042]];10.03.2027 08:10;Anmeldung Wohnsitz;[[P:Okafor]];[[P:Chidinma]];[[MAIL:chidi.okafor@outlook.com]];[[TEL:01590 1288374]];[[IP:2a02:8108:1ac0:5d4::2e1]];web;bestätigt
[[AZ:T27-0310-0043]];10.03.2027 08:20;Führungszeugnis;[[P:Terbrack]];[[P:Heike]];;[[TEL:0201 55 31 08]];10.45.8.21;kiosk;erschienen
[[AZ:T27-0310-0044]];10.03.2027 08:30;Personalausweis beantragen;[[P:Mai]];[[P:Thanh Tung]];[[MAIL:ttmai88@gmail.com]];;[[IP:178.12.233.9]];web;bestätigt
[[AZ:T27-0310-0045]];10.03.2027 08:40;Personalausweis beantragen;[[P:Mai]];[[P:Linh]];[[MAIL:ttmai88@gmail.com]];;[[IP:178.12.233.9]];web;bestätigt
[[AZ:T27-0310-0046]];10.03.2027 08:50;Reisepass;[[P:Mai]];[[P:Quang]];[[MAIL:ttmai88@gmail.com]];;[[IP:178.12.233.9]];web;bestätigt
[[AZ:T27-0310-0047]];10.03.2027 09:00;Ummeldung;[[P:Schulte-Bräucker]];[[P:Jens]];[[MAIL:jsb@schulte-braeucker.net]];[[TEL:0172 8830145]];[[IP:80.187.102.44]];web;bestätigt
[[AZ:T27-0310-0048]];10.03.2027 09:10;Beglaubigung;;;;;10.45.8.21;kiosk;frei

Hinweis IT (Ticket 27-01877): drei Buchungen von [[IP:178.12.233.9]] innerhalb von 40 Sekunden –
Prüfung auf Terminhandel; Kiosk 10.45.8.21 steht im Wartebereich Steele.
Rückfragen: buergeramt-steele@essen.de
""",
    [
        "BA-ESS-014",
        "Ticket 27-01877",
        "10.45.8.21",
        "buergeramt-steele@essen.de",
        "Führungszeugnis",
    ],
)

pii(
    "table_list",
    "STADT BOTTROP  FB STEUERN          HUNDESTEUER - ZUGAENGE 02/2027                 SEITE 1\n"
    "LAUF: 01.03.2027 06:12      BENUTZER: [[P:KRAMPE_S]]                       PROGRAMM: HST040\n"
    + "-" * 96
    + "\n"
    + fixed(
        (15, 24, 27, 16, 8, 10, 11),
        ("KASSENZEICHEN", "HALTER", "ANSCHRIFT", "ORT", "HUND", "RASSE", "SATZ", "AB"),
        (
            "[[AZ:6.221.3084.7]]",
            "[[P:WIGGERMANN, RENATE]]",
            "[[STR:AM LAMPERFELD 8]]",
            "[[LOC:46242 BOTTROP]]",
            "Bruno",
            "MISCHL.",
            "120,00",
            "01.02.27",
        ),
        (
            "[[AZ:6.221.3091.2]]",
            "[[P:OZTURK, FATIH]]",
            "[[STR:HORSTER STR. 377]]",
            "[[LOC:46240 BOTTROP]]",
            "Sultan",
            "KANGAL",
            "120,00",
            "01.02.27",
        ),
        (
            "[[AZ:6.221.3092.0]]",
            "[[P:OZTURK, FATIH]]",
            "[[STR:HORSTER STR. 377]]",
            "[[LOC:46240 BOTTROP]]",
            "Pasha",
            "KANGAL",
            "180,00",
            "01.02.27",
        ),
        (
            "[[AZ:6.221.3105.6]]",
            "[[P:DE JONG, MAARTEN]]",
            "[[STR:KIRCHHELLENER STR. 12]]",
            "[[LOC:46244 BOTTROP]]",
            "Fleur",
            "LABRADOR",
            "120,00",
            "15.02.27",
        ),
        (
            "[[AZ:6.221.3110.9]]",
            "OBJEKTSCHUTZ REVIER GMBH",
            "ROSSHEIDE 40",
            "46238 BOTTROP",
            "Ares",
            "MALINOIS",
            "120,00",
            "01.02.27",
        ),
        (
            "[[AZ:6.221.3117.1]]",
            "[[P:KLEINE-BÖCKMANN, H.]]",
            "[[STR:OSTERFELDER STR. 9A]]",
            "[[LOC:46236 BOTTROP]]",
            "Rocky",
            "AM.STAFF.",
            "720,00",
            "01.02.27",
        ),
    )
    + "\n"
    + "-" * 96
    + "\n"
    "SATZ 720,00 = GEFAEHRL. HUND NACH § 3 LHUNDG NRW (ERLAUBNIS ORDNUNGSAMT LIEGT VOR)\n"
    "ANZAHL ZUGAENGE: 6        SUMME JAHRESSOLL: 1.380,00 EUR\n"
    "GEPRUEFT: [[P:OSTERHOLT]]    FREIGABE: HST-TEAM2    ** ENDE DER LISTE **\n",
    ["OBJEKTSCHUTZ REVIER GMBH", "1.380,00 EUR", "§ 3 LHUNDG NRW", "HST040", "HST-TEAM2"],
)

pii(
    "table_list",
    """
## Belegung Notunterkunft Eckeseyer Str. – Stand 28.02.2027 (Export aus dem Team-Wiki)

| Zi. | Name                     | geb.       | seit       | letzte Whg. / Herkunft                 | Bemerkung                         |
|-----|--------------------------|------------|------------|----------------------------------------|-----------------------------------|
| 1   | [[P:Dziedzic, Marek]]          | [[DOB:03.05.1971]] | 12.11.2026 | [[LOC:Schwelm]] (Zwangsräumung)               | Rente beantragt, Betreuung angeregt |
| 2   | [[P:Sarr, Ousmane]]            | [[DOB:01.01.1999]] | 04.01.2027 | [[LOC:Dortmund]] (Zuweisung)                  | Duldung, ABH Hagen zuständig      |
| 3   | [[P:Gerlach, Sven]]            | [[DOB:18.02.1982]] | 20.02.2027 | [[STR:Bergstr. 71]], [[LOC:58095 Hagen]]          | Hausverbot bis 20.03. aufgehoben  |
| 4   | frei (Renovierung)       |            |            |                                        |                                   |
| 5   | [[P:Wagner, Tatjana]]          | [[DOB:09.09.1990]] | 15.01.2027 | [[LOC:Iserlohn]]                              | mit Sohn [[P:Leon]] (*[[DOB:2018]]), Frauen-NU angefragt |
| 6   | [[P:Rexhepi, Driton]]          | [[DOB:22.07.1994]] | 27.02.2027 | [[STR:Lange Str. 5]], [[LOC:58089 Hagen]]         | Neuaufnahme, Arbeit bei Zeitarbeit |

**Sprechstunde** Sozialarbeit: Di + Do 9–12 Uhr, Büro EG. Ansprechpartnerin vor Ort: Fr. [[P:Schemmann]], Tel. [[TEL:02331 207-4418]] (Zentrale 02331 207-0).
""",
    ["Notunterkunft Eckeseyer Str.", "ABH Hagen", "Sprechstunde", "Di + Do 9–12 Uhr", "Frauen-NU"],
)

pii(
    "table_list",
    "Stadt Trier – Standesamt – Angaben zur Trauung am 19.06.2027, 11:00 Uhr, Trausaal Palais Walderdorff\n"
    "(von den Eheleuten per Formular eingereicht, Übertrag in das Fachverfahren durch Sachb.)\n"
    "\n"
    + fixed(
        (15, 22, 22, 22, 22),
        ("", "Braut", "Bräutigam", "Trauzeugin 1", "Trauzeuge 2"),
        ("Familienname", "[[P:Klein]]", "[[P:Schmit]]", "[[P:Reuter]]", "[[P:Da Silva Costa]]"),
        ("Geburtsname", "[[P:Klein]]", "[[P:Schmit]]", "[[P:Feltes]]", "–"),
        (
            "Vornamen",
            "[[P:Miriam Johanna]]",
            "[[P:Laurent Pierre]]",
            "[[P:Svenja]]",
            "[[P:Rui Miguel]]",
        ),
        (
            "Geburtsdatum",
            "[[DOB:14.08.1994]]",
            "[[DOB:02.01.1992]]",
            "[[DOB:30.04.1994]]",
            "[[DOB:11.11.1990]]",
        ),
        (
            "Geburtsort",
            "[[LOC:Bitburg]]",
            "[[LOC:Esch-sur-Alzette]]",
            "[[LOC:Wittlich]]",
            "[[LOC:Braga]]",
        ),
        ("StA", "deutsch", "luxemb.", "deutsch", "portug."),
        (
            "Wohnung",
            "[[STR:Saarstr. 41]]",
            "[[STR:Saarstr. 41]]",
            "[[STR:Im Avelertal 7]]",
            "[[STR:rue de Luxembourg 88]]",
        ),
        (
            "",
            "[[LOC:54290 Trier]]",
            "[[LOC:54290 Trier]]",
            "[[LOC:54295 Trier]]",
            "[[LOC:L-3392 Roeser]]",
        ),
        ("Ausweis", "PA", "Reisepass LU", "PA", "Cartão de Cidadão"),
        (
            "Ausweis-Nr.",
            f"[[ID:{card('LN4CT92FX')}]]",
            "[[PASS:JT52K8V3]]",
            f"[[ID:{card('L07PW3MRH')}]]",
            "(Kopie anbei)",
        ),
        (
            "Telefon",
            "[[TEL:0160 7729 114]]",
            "[[TEL:+352 621 448 907]]",
            "",
            "[[TEL:+352 691 20 37 55]]",
        ),
    )
    + "\n\n"
    "Ehename: [[P:Schmit]] (Name des Mannes); die Braut stellt ihren Geburtsnamen nicht voran.\n"
    "Dolmetscher: nicht erforderlich. Fotografin der Eheleute darf im Trausaal fotografieren: ja.\n"
    "Gebühr Trauung außerhalb der Dienstzeit (Samstag): 120,00 € – Zahlung vorab, Kassenzeichen [[AZ:5.3010.7712.27]].\n",
    ["Palais Walderdorff", "Standesamt", "120,00 €", "Reisepass LU", "Cartão de Cidadão"],
)

pii(
    "table_list",
    "Stadt Oberhausen – Wahlamt – Wiederholungswahl Bezirksvertretung Osterfeld 2027, Wahlvorstände (Auszug)\n"
    "Erfrischungsgeld 50 € (Vorsteher/in 70 €) wird nach der Wahl überwiesen. Stand 02.03.2027\n"
    "\n"
    + tabs(
        ("WB", "Wahlraum", "Funktion", "Name", "Vorname", "E-Mail", "Mobil", "IBAN"),
        (
            "0102",
            "Grundschule Alsfeld",
            "Vorsteherin",
            "[[P:Thiele]]",
            "[[P:Marion]]",
            "[[MAIL:marion.thiele@web.de]]",
            "[[TEL:0172 6640 318]]",
            f"[[IBAN:{iban('DE', '365500000004471220')}]]",
        ),
        (
            "0102",
            "",
            "Stellv.",
            "[[P:Bäcker]]",
            "[[P:Nils]]",
            "",
            "[[TEL:0151 2389 9041]]",
            f"[[IBAN:{iban('DE', '365500000008100933')}]]",
        ),
        (
            "0102",
            "",
            "Beisitzer",
            "[[P:Yeboah]]",
            "[[P:Kwame]]",
            "[[MAIL:k.yeboah@gmx.net]]",
            "",
            f"[[IBAN:{iban('DE', '500105175418009321')}]]",
        ),
        (
            "0217",
            "Kita Am Hasenberg",
            "Vorsteher",
            "[[P:Schmitz-Ohle]]",
            "[[P:Bernd]]",
            "",
            "[[TEL:0208 69 13 04]]",
            f"[[IBAN:{iban('DE', '365500000001277340')}]]",
        ),
        (
            "0217",
            "",
            "Schriftf.",
            "[[P:Czech]]",
            "[[P:Alina]]",
            "[[MAIL:alina.czech@posteo.de]]",
            "[[TEL:0176 4112 0065]]",
            "",
        ),
        ("0217", "", "Beisitzerin", "", "", "", "", "(offen – Reserve anfragen)"),
        (
            "0305",
            "Gesamtschule Osterfeld",
            "Vorsteher",
            "[[P:Dönmez]]",
            "[[P:Okan]]",
            "(städt. Beschäftigter, Bereich 4-2)",
            "",
            "über Bezüge",
        ),
    )
    + "\n\n"
    "Rückfragen nur an wahlamt@oberhausen.de oder die Hotline 0208 825-2700.\n"
    "Reserve für WB 0217 angefragt: [[P:Kaminski]], [[P:Udo]] – Zusage steht aus.\n",
    [
        "wahlamt@oberhausen.de",
        "0208 825-2700",
        "Grundschule Alsfeld",
        "Gesamtschule Osterfeld",
        "Erfrischungsgeld 50 €",
    ],
)

# ==============================================================================================
# Citizens' letters (pii)
# ==============================================================================================

pii(
    "letter",
    """
[[P:Gerda]] und [[P:Wilfried Hölscher]]
[[STR:Frintroper Str. 412]]
[[LOC:45359 Essen]]
Tel. [[TEL:0201 60 44 23]]

Stadt Essen
Steueramt – Grundbesitzabgaben
45121 Essen
                                                                     Essen, 12.02.2027

Grundbesitzabgabenbescheid 2027 vom 20.01.2027
Kassenzeichen [[AZ:410.22.318.664]]
Widerspruch

Sehr geehrte Damen und Herren,

gegen den oben genannten Bescheid legen wir hiermit fristgerecht Widerspruch ein.

Im Bescheid wird für unser Haus weiterhin eine Restmülltonne mit 120 Litern bei 14-täglicher
Leerung berechnet (334,80 €). Wir haben die Tonne aber schon im Juni 2026 über die EBE auf
60 Liter umstellen lassen, weil wir seitdem nur noch zu zweit sind: Unser Sohn [[P:Markus]] ist
zum Studium nach [[LOC:Münster]] gezogen und hat sich am 01.06.2026 dort angemeldet. Die kleine Tonne
steht seit dem 03.07.2026 bei uns, das können Sie auf der Bestätigung der EBE sehen.

Auch die Straßenreinigung verstehen wir nicht. Die [[STR:Frintroper Str.]] wird nach unserer
Beobachtung nur einmal in der Woche gereinigt, berechnet werden aber zwei Reinigungen
(Reinigungsklasse 2). Bitte prüfen Sie das.

Die Abgaben bezahlen wir vorerst unter Vorbehalt per Lastschrift weiter, damit keine Mahnung
kommt. Bitte schicken Sie uns einen berichtigten Bescheid.

Mit freundlichen Grüßen

[[P:Wilfried Hölscher]]                [[P:Gerda Hölscher]]

Anlagen: Bestätigung der EBE vom 03.07.2026, Meldebestätigung [[P:Markus Hölscher]] (Kopie)
""",
    ["Steueramt – Grundbesitzabgaben", "334,80 €", "Reinigungsklasse 2", "45121 Essen", "EBE"],
)

pii(
    "letter",
    """
[[P:Florentina Stanciu]]
[[STR:Wilhelmstr. 28]]
[[LOC:45964 Gladbeck]]

An
Stadt Gladbeck
Jugendamt – Kita

Gladbeck, 20.02.2027

Betreff: Kita platz fur meine Tochter

Sehr geehrte Dame und Herr,

ich heiße [[P:Florentina Stanciu]], ich wohne in [[LOC:Gladbeck]] seit 1 jahr mit meine man [[P:Ionuț]] und zwei
kinder. Meine Tochter [[P:Daria]] ist geboren am [[DOB:12.04.2023]] in [[LOC:Pitesti]] (Rumänien). Ich habe sie
angemeldet im Kita-Navigator im November, Nummer ist [[AZ:KN-2026-118472]], aber bis heute keine antwort.

Ich will arbeiten. Ich habe ein angebot von Firma Glanzwerk Gebäudeservice GmbH, 20 stunden
in der woche, ab April. Aber ohne Kita ich kann nicht. Meine mutter ist in Rumänien, ich habe
hier keine familie die hilft.

Mein Sohn [[P:Andrei]] geht in die Lambertischule, Klasse 2, das ist gut. Vielleicht gibt es Kita in
der nähe von die Schule? Auch Tagesmutter ist ok.

Bitte helfen Sie mir. Meine telefon ist [[TEL:0176 24 91 08 57]], auch WhatsApp. Mein man spricht
besser Deutsch, seine nummer [[TEL:0157 30 66 21 48]].

Vielen dank

[[P:Stanciu Florentina]]
""",
    [
        "Kita-Navigator",
        "Glanzwerk Gebäudeservice GmbH",
        "Lambertischule",
        "Jugendamt – Kita",
        "Tagesmutter",
    ],
    allow=("Gladbeck",),
)

pii(
    "letter",
    """
Von: [[P:Mahmoud Al-Khatib]]
[[STR:Burgholzstr. 54]]
[[LOC:44145 Dortmund]]

An: Stadt Dortmund
Amt fur Wohnen – Wohnberechtigungsschein

Dortmund 03.03.2027

Betreff: WBS Antrag Nr. [[AZ:WBS-27-01133]]

Sehr geehrte Damen und Herren

Ich habe Antrag gegeben am 10.01.2027 mit alle Papiere. Bis heute kein antwort. Wir sind 6 Person
in 3 Zimmer, 64 qm. Meine Frau [[P:Nour]] ist schwanger, Termin ist Mai, dann wir sind 7.

Die Kinder [[P:Yaman]], [[P:Joud]], [[P:Karam]] und [[P:Tala]] schlafen in ein Zimmer. In Bad und Kinderzimmer
ist Schimmel, Foto ist mit diese Brief. Der Vermieter sagt er macht, aber er macht nicht.

Das Jobcenter bezahlt die Miete, BG Nummer [[AZ:44201//0093317]]. Ich arbeite auch 20 Stunden bei
Paketzentrum, Minijob.

Ich habe eine Wohnung gefunden in der [[STR:Kielstraße]], 4 Zimmer, 92 qm, von Spar- und Bauverein
eG, aber die wollen WBS fur 7 Personen. Bitte schnell, sonst die Wohnung ist weg.

Wenn Sie brauchen noch Papiere, bitte sagen. Ich kann kommen zu Amt.

Danke
[[P:Mahmoud Al-Khatib]]
Tel [[TEL:0152 17 40 88 31]]
Email: [[MAIL:mahmoud.alkhatib1985@gmail.com]]
""",
    ["Amt fur Wohnen", "Spar- und Bauverein", "Wohnberechtigungsschein", "64 qm", "Minijob"],
)

pii(
    "letter",
    f"""
Betreuungsbüro [[P:Andreas Wüllner]] · Berufsbetreuer
[[STR:Schloßstr. 28]] · [[LOC:45468 Mülheim an der Ruhr]] · Tel. [[TEL:0208 30 99 172]] · [[MAIL:info@betreuung-wuellner.de]]

Stadt Mülheim an der Ruhr
Sozialamt – Grundsicherung im Alter
Hans-Böckler-Platz 5
45468 Mülheim an der Ruhr
                                                                         24.02.2027
Ihr Zeichen: [[AZ:50-3 GSi 2211/24]]
Betreute: Frau [[P:Irmgard Koslowski]], geb. [[DOB:07.12.1941]], RV-Nr. [[RV:{rv_nr("65", "071241", "K", "52", grouped=False)}]]
Betreuungsgericht: Amtsgericht Mülheim an der Ruhr, Az. [[AZ:8 XVII K 211/25]]

Weiterbewilligungsantrag Grundsicherung ab 01.04.2027

Sehr geehrte Damen und Herren,

als gerichtlich bestellter Betreuer (Aufgabenkreise Vermögenssorge, Behördenangelegenheiten,
Wohnungsangelegenheiten) übersende ich den Weiterbewilligungsantrag für Frau [[P:Koslowski]].

Änderungen: Frau [[P:Koslowski]] ist am 01.02.2027 innerhalb des Hauses in eine kleinere Wohnung
umgezogen ([[STR:Aktienstr. 85, 1. OG links]], statt bisher 3. OG). Die Grundmiete sinkt auf 398,00 €,
der Mietvertrag liegt bei. Außerdem beantrage ich den Mehrbedarf für kostenaufwändige Ernährung
nach § 30 Abs. 5 SGB XII, ärztliche Bescheinigung anbei.

Bitte überweisen Sie die Leistungen weiterhin auf das Betreuungskonto
[[IBAN:{iban("DE", "362500000171449230")}]], Kontoinhaberin: [[P:Irmgard Koslowski]].

Die Tochter, Frau [[P:Petra Ahlers]] ([[LOC:Celle]]), ist zu Unterhalt nicht in der Lage; ihr
Einkommen liegt unter 100.000 € (§ 94 Abs. 1a SGB XII).

Mit freundlichen Grüßen
[[P:A. Wüllner]]
""",
    [
        "Hans-Böckler-Platz 5",
        "§ 30 Abs. 5 SGB XII",
        "§ 94 Abs. 1a SGB XII",
        "398,00 €",
        "Grundsicherung im Alter",
    ],
    allow=("45468 Mülheim an der Ruhr",),
)

pii(
    "letter",
    f"""
Dr. [[P:Malte Carstensen]]
[[STR:Esmarchstr. 12]]
[[LOC:24105 Kiel]]
[[MAIL:malte.carstensen@mailbox.org]]

Landeshauptstadt Kiel
Behördliche Datenschutzbeauftragte
Postfach 1152
24099 Kiel
                                                                           Kiel, 01.03.2027

Auskunftsersuchen nach Art. 15 DSGVO und Widerspruch nach § 36 Abs. 2 BMG

Sehr geehrte Damen und Herren,

ich bitte um Auskunft über alle Daten, die die Landeshauptstadt Kiel zu meiner Person verarbeitet,
insbesondere

1. Melderegister: gespeicherte Daten und alle Übermittlungen seit 2021, auch an Parteien,
   Adressbuchverlage und die Bundeswehr (§ 50, § 58c BMG);
2. Kfz-Zulassung: Daten zu meinem Fahrzeug [[KFZ:KI-MC 1704]];
3. Bußgeldverfahren der letzten drei Jahre;
4. Hundesteuer, Kassenzeichen [[AZ:2.610.114.087]].

Zugleich widerspreche ich der Übermittlung meiner Daten an das Bundesamt für das Personalmanagement
der Bundeswehr (§ 36 Abs. 2 BMG).

Zur Identifizierung: Ich bin am [[DOB:16.05.1979]] geboren; bis 2021 wohnte ich in
[[STR:Norderstr. 31]], [[LOC:24939 Flensburg]]. Eine Kopie meines Personalausweises (Nr. [[ID:{card("L2ZMG8T4W")}]];
alles außer Name, Anschrift, Geburtsdatum und Nummer geschwärzt) liegt bei.

Bitte antworten Sie innerhalb der Frist von einem Monat (Art. 12 Abs. 3 DSGVO), gern per E-Mail.

Mit freundlichen Grüßen
[[P:M. Carstensen]]
""",
    [
        "Art. 15 DSGVO",
        "§ 36 Abs. 2 BMG",
        "Postfach 1152",
        "Behördliche Datenschutzbeauftragte",
        "Art. 12 Abs. 3 DSGVO",
    ],
)

# ==============================================================================================
# E-mail threads (pii)
# ==============================================================================================

pii(
    "email_thread",
    """
Von:     Bürgerbüro Mitte <buergerbuero@bochum.de>
An:      [[MAIL:kubilay.aras@gmx.de]]
Datum:   09.03.2027 14:22
Betreff: AW: Meldebescheinigung für Familienkasse – Vorgang [[AZ:BB-2027-044917]]

Sehr geehrter Herr [[P:Aras]],

die erweiterte Meldebescheinigung für Sie und Ihre Tochter senden wir Ihnen auch ohne Termin per
Post zu. Die Gebühr beträgt 10,00 € je Bescheinigung; bitte überweisen Sie 20,00 € an die
Stadtkasse Bochum und geben Sie als Verwendungszweck die Vorgangsnummer an. Alternativ können Sie
die Bescheinigung über das Servicekonto.NRW sofort online abrufen.

Den Zuzug Ihrer Tochter haben wir bereits am 12.01.2027 eingetragen; eine neue Anmeldung ist nicht
nötig.

Mit freundlichen Grüßen
i. A. [[P:Nadine Korte]]
Stadt Bochum | Bürgerbüro Mitte | Willy-Brandt-Platz 2–6 | 44777 Bochum
Tel. [[TEL:0234 910-1437]] | Behördennummer 115

-----Ursprüngliche Nachricht-----
Von: [[P:Kubilay Aras]] <[[MAIL:kubilay.aras@gmx.de]]>
Gesendet: Montag, 8. März 2027 21:47
An: buergerbuero@bochum.de
Betreff: Meldebescheinigung für Familienkasse

Hallo,

die Familienkasse will von mir eine Meldebescheinigung für mich und meine Tochter [[P:Lara Aras]]
(geb. [[DOB:26.09.2013]]), weil [[P:Lara]] seit Januar bei mir wohnt ([[STR:Hauptstr. 171]], [[LOC:44869 Bochum]])
und nicht mehr bei ihrer Mutter in [[LOC:Herne]]. Kindergeldnummer [[AZ:135FK771204]].
Einen Termin im Bürgerbüro bekomme ich erst im Mai, die Familienkasse gibt mir aber nur
vier Wochen. Geht das auch per Post?

Gruß
[[P:Kubilay Aras]]
[[TEL:0177 502 19 86]]
""",
    [
        "buergerbuero@bochum.de",
        "Servicekonto.NRW",
        "Behördennummer 115",
        "Stadtkasse Bochum",
        "10,00 €",
    ],
)

pii(
    "email_thread",
    "Von:     [[MAIL:a.vollmer@schule.dortmund.de]]\n"
    "An:      schulpflicht@stadtdo.de\n"
    "Cc:      sekretariat.hauptschule-scharnhorst@schule.dortmund.de\n"
    "Datum:   04.03.2027 07:51\n"
    "Betreff: AW: AW: Schulpflichtverletzung [[P:Emini]], [[P:Dardan]] (8b) – 3. Meldung\n"
    "\n"
    "Guten Morgen Herr [[P:Kleinebrahm]],\n"
    "\n"
    "leider keine Besserung: seit Ihrer letzten Mail weitere 6 Tage unentschuldigt (insgesamt 29).\n"
    "[[P:Dardan]] war am Montag kurz da und ist nach der 2. Stunde gegangen. Die Mutter ist telefonisch\n"
    "nicht mehr erreichbar, die Nummer [[TEL:0176 90 44 12 08]] ist abgeschaltet. Ich bitte um Einleitung\n"
    "des Bußgeldverfahrens nach § 126 SchulG NRW und um einen Hausbesuch.\n"
    "\n"
    "Viele Grüße\n"
    "[[P:Anke Vollmer]], Klassenleitung 8b, Hauptschule Scharnhorst\n"
    "\n"
    "Am 18.02.2027 um 10:03 schrieb [[P:Kleinebrahm, Jörg]]:\n"
    + quote(
        "Sehr geehrte Frau [[P:Vollmer]],\n"
        "\n"
        "wir haben die Eltern angeschrieben (Anhörung vom 17.02.). Bitte melden Sie weitere Fehltage.\n"
        "Meldeadresse lt. EWO: [[P:Emini, Valon]] und [[P:Emini, Shqipe]], [[STR:Brechtener Str. 12]],\n"
        "[[LOC:44339 Dortmund]]. [[P:Dardan]], geb. [[DOB:21.08.2012]]. Az. [[AZ:40/2-SP-0388/27]]\n"
        "\n"
        "Mit freundlichen Grüßen\n"
        "[[P:Jörg Kleinebrahm]] | Schulverwaltungsamt, Schulpflichtüberwachung\n"
        "Tel. [[TEL:0231 50-2 84 17]] | Zentrale 0231 50-0\n"
        "\n"
        "Am 09.02.2027 um 08:14 schrieb [[MAIL:a.vollmer@schule.dortmund.de]]:"
    )
    + "\n"
    + quote(
        "Schüler [[P:Dardan Emini]] (8b) fehlt seit 11.01. an 23 Tagen unentschuldigt. Die Schule hat\n"
        "zweimal schriftlich gemahnt (Kopien anbei). Älterer Bruder [[P:Arlind]] lt. Schülerakte\n"
        "ebenfalls schulpflichtig gewesen, inzwischen Berufskolleg.",
        prefix="> > ",
    )
    + "\n",
    [
        "schulpflicht@stadtdo.de",
        "§ 126 SchulG NRW",
        "Hauptschule Scharnhorst",
        "0231 50-0",
        "Schulverwaltungsamt",
    ],
)

pii(
    "email_thread",
    """
Von:     Fachstelle Wohnungssicherung <wohnungssicherung@oberhausen.de>
An:      [[P:Jessica Brüggemann]] <[[MAIL:j.brueggemann@ruhrhaus-verwaltung.de]]>
Datum:   02.03.2027 11:36
Betreff: AW: Mietrückstand WE 7, [[STR:Marktstr. 143]] – [[P:Okonkwo]]

Sehr geehrte Frau [[P:Brüggemann]],

vielen Dank für die Information. Wir haben Herrn [[P:Okonkwo]] angeschrieben und ihm einen Termin am
09.03.2027 angeboten. Ob eine Übernahme der Mietschulden nach § 22 Abs. 8 SGB II möglich ist, prüft
das Jobcenter, sobald ein Antrag vorliegt. Bitte sehen Sie bis dahin von einer Räumungsklage ab und
senden Sie uns eine aktuelle Forderungsaufstellung.

Mit freundlichen Grüßen
Im Auftrag
[[P:Ingo Tenbrink]]
Stadt Oberhausen | Bereich Soziales | Fachstelle Wohnungssicherung
Tel. [[TEL:0208 825-3391]] | wohnungssicherung@oberhausen.de

> Von: [[P:Jessica Brüggemann]] <[[MAIL:j.brueggemann@ruhrhaus-verwaltung.de]]>
> Gesendet: Freitag, 26. Februar 2027 15:02
> Betreff: Mietrückstand WE 7, [[STR:Marktstr. 143]] – [[P:Okonkwo]]
>
> Sehr geehrte Damen und Herren,
>
> unser Mieter Herr [[P:Emmanuel Okonkwo]] (WE 7, 2. OG links, Mitmieterin Frau [[P:Blessing Okonkwo]])
> ist mit den Mieten Januar und Februar 2027 im Rückstand (2 x 743,00 € = 1.486,00 €). Die
> fristlose Kündigung nach § 543 Abs. 2 Nr. 3 BGB wurde am 24.02.2027 zugestellt. Im Haushalt
> leben drei Kinder. Der Mieter hat uns gebeten, Sie einzuschalten; eine schriftliche
> Einwilligung zur Weitergabe liegt vor. Telefonisch ist er unter [[TEL:0163 711 48 20]] erreichbar.
>
> Mit freundlichen Grüßen
> [[P:Jessica Brüggemann]]
> Kundenbetreuung
> Ruhrhaus Verwaltung GmbH | Friedrich-Karl-Str. 18 | 46045 Oberhausen
> Durchwahl [[TEL:0208 620 30-27]] | Zentrale 0208 620 30-0
> Amtsgericht Duisburg HRB 14427
""",
    [
        "Ruhrhaus Verwaltung GmbH",
        "HRB 14427",
        "0208 620 30-0",
        "§ 543 Abs. 2 Nr. 3 BGB",
        "wohnungssicherung@oberhausen.de",
    ],
)

pii(
    "email_thread",
    """
Von:     Ausländerbehörde Leipzig – Welcome Center <welcome.abh@leipzig.de>
An:      [[P:Franziska Lehmann]] <[[MAIL:franziska.lehmann@pleissedata.de]]>
Cc:      [[MAIL:k.raghavan@pleissedata.de]]
Datum:   05.03.2027 09:12
Betreff: AW: Blaue Karte EU – Herr [[P:Raghavan]], Vorgang [[AZ:ABH-WC 2027/3316]]

Sehr geehrte Frau [[P:Lehmann]],

die Unterlagen sind vollständig. Die Zustimmung der Bundesagentur ist nach § 18g Abs. 1 AufenthG
nicht erforderlich (Gehalt über der Mindestgrenze). Herr [[P:Raghavan]] kann zur Abgabe der
Fingerabdrücke am 16.03.2027 um 10:30 Uhr ins Welcome Center kommen (Technisches Rathaus,
Prager Str. 118–136, Haus C). Für seine Ehefrau wird der Titel nach § 30 AufenthG zeitgleich
erteilt; bitte beide Reisepässe mitbringen.

Freundliche Grüße
[[P:Katrin Seidel]]
Stadt Leipzig, Ordnungsamt, Ausländerbehörde – Welcome Center
Tel. [[TEL:0341 123-8841]]

----- Ursprüngliche Nachricht -----
Von: [[P:Franziska Lehmann]] <[[MAIL:franziska.lehmann@pleissedata.de]]>
Datum: 02.03.2027 16:40
Betreff: Blaue Karte EU – Herr [[P:Raghavan]]

Sehr geehrte Damen und Herren,

wir haben zum 01.02.2027 Herrn [[P:Karthik Raghavan]] (geb. [[DOB:14.11.1991]] in [[LOC:Coimbatore]],
ind. StA, Reisepass Nr. [[PASS:W7716294]]) als Senior Data Engineer eingestellt, Bruttojahresgehalt
72.000 €. Er ist mit nationalem Visum eingereist und wohnt vorläufig in [[STR:Könneritzstr. 59]],
[[LOC:04229 Leipzig]]. Mit ihm kam seine Ehefrau [[P:Priya Raghavan]] (geb. [[DOB:03.02.1994]] in [[LOC:Chennai]],
Reisepass Nr. [[PASS:V2983301]]).

Anbei: Arbeitsvertrag, Erklärung zum Beschäftigungsverhältnis, Anerkennung des Abschlusses
(anabin H+), Mietvertrag, Meldebestätigung.

Mit freundlichen Grüßen
[[P:Franziska Lehmann]]
People & Culture | Pleißedata GmbH | Karl-Liebknecht-Str. 143 | 04275 Leipzig
Tel. [[TEL:0341 2186 4420]] | HRB 39027, Amtsgericht Leipzig
""",
    [
        "§ 18g Abs. 1 AufenthG",
        "welcome.abh@leipzig.de",
        "Pleißedata GmbH",
        "HRB 39027",
        "Prager Str. 118–136",
    ],
)

pii(
    "email_thread",
    """
Von:     Ordnungsamt Hagen <ordnungsamt@stadt-hagen.de>
An:      [[MAIL:u.fendel@arcor.de]]
Datum:   10.03.2027 08:55
Betreff: AW: Ruhestörung [[STR:Eugen-Richter-Str. 39]] – Ihr Schreiben vom 07.03.2027

Sehr geehrte Frau [[P:Fendel]],

wir bestätigen den Eingang Ihrer Beschwerde (Az. [[AZ:32/11-LÄ-0219/27]]). Damit wir tätig werden
können, führen Sie bitte zwei Wochen lang ein Lärmprotokoll (Vordruck anbei: Datum, Uhrzeit,
Art und Dauer der Störung, Zeugen). Bei akuten Störungen nach 22 Uhr wenden Sie sich bitte an den
Kommunalen Ordnungsdienst, Tel. 02331 207-5777, oder an die Polizei (110).

Mit freundlichen Grüßen
Im Auftrag
[[P:Lüling]]
Fachbereich Öffentliche Sicherheit, Verkehr, Bürgerdienste und Personenstandswesen

> Am 07.03.2027 um 23:48 schrieb [[P:Ursula Fendel]] <[[MAIL:u.fendel@arcor.de]]>:
>
> Sehr geehrte Damen und Herren,
>
> ich wohne seit 31 Jahren im Haus [[STR:Eugen-Richter-Str. 39]] in [[LOC:58089 Hagen]] (1. OG). Seit
> Dezember wohnt über mir im 2. OG die Familie [[P:Branković]]. Fast jeden Abend laute Musik bis
> nach Mitternacht, der Hund (ein Husky, "Loki") jault stundenlang, wenn keiner zu Hause ist.
> Herr [[P:Branković]] sagt nur, ich soll mich nicht so anstellen. Der Vermieter, Herr [[P:Oberste-Beulmann]]
> ([[TEL:02331 3 48 19]]), tut nichts. Auch Frau [[P:Sander]] aus dem EG hat sich schon beschwert.
>
> Bitte unternehmen Sie etwas. Ich kann seit Wochen nicht mehr durchschlafen.
>
> [[P:Ursula Fendel]]
> Tel. [[TEL:02331 6 21 05]]
""",
    [
        "ordnungsamt@stadt-hagen.de",
        "02331 207-5777",
        "Lärmprotokoll",
        "Kommunalen Ordnungsdienst",
        "(110)",
    ],
)

# ==============================================================================================
# Chats between founders and business advisers (pii)
# ==============================================================================================

pii(
    "advisor_chat",
    f"""
WhatsApp-Chat mit Startercenter Essen – Gründungsberatung (Export ohne Anhänge)

[14.01.27, 09:12:03] [[P:Nina Roth]] (Startercenter): Guten Morgen Frau [[P:Kaya]], wie besprochen die Checkliste für die Gewerbeanmeldung: Ausweis, Mietvertrag Ladenlokal; für Kosmetik brauchen Sie keine Erlaubnis. Anmelden können Sie online über das Gewerbe-Service-Portal.NRW.
[14.01.27, 09:40:55] [[P:Selin Kaya]]: Guten morgen! Danke 😊 Muss ich die Privatadresse oder die vom Studio angeben?
[14.01.27, 09:43:10] [[P:Nina Roth]] (Startercenter): Beides: Betriebsstätte = Studio, dazu Ihre Wohnanschrift als Inhaberin.
[14.01.27, 10:02:31] [[P:Selin Kaya]]: Ok. Studio ist [[STR:Rüttenscheider Str. 211]], [[LOC:45131 Essen]], privat [[STR:Alfredstr. 64]], [[LOC:45130 Essen]]. Name soll "[[P:Selin Kaya]] Beauty Lounge" sein
[14.01.27, 10:05:12] [[P:Nina Roth]] (Startercenter): Schöner Name! Ohne Handelsregistereintrag muss Ihr Vor- und Nachname im Auftritt stehen – passt so.
[14.01.27, 10:20:47] [[P:Selin Kaya]]: Das Finanzamt will für den Fragebogen meine Steuer ID, ist das die hier? [[TAX:{steuer_id("2741950862", grouped=True)}]]
[14.01.27, 10:22:02] [[P:Nina Roth]] (Startercenter): Bitte solche Nummern nicht im Chat schicken 🙈 – die gehört nur in ELSTER. Aber ja, die 11-stellige ist richtig.
[15.01.27, 18:31:15] [[P:Selin Kaya]]: Noch was: mein Freund [[P:Cem Aydın]] hilft samstags im Studio, muss ich ihn anmelden? Er ist Student
[15.01.27, 18:45:40] [[P:Nina Roth]] (Startercenter): Ja, als Minijob bei der Minijob-Zentrale. Details gern im Termin am 21.01. um 10 Uhr.
[21.01.27, 11:58:02] [[P:Selin Kaya]]: Gründungszuschuss ist bewilligt!!! Die Arbeitsagentur zahlt auf mein Geschäftskonto [[IBAN:{iban("DE", "360501050004931776")}]], hab ich denen so gegeben
[21.01.27, 12:01:19] [[P:Nina Roth]] (Startercenter): Herzlichen Glückwunsch! 🎉 Denken Sie an die Anmeldung bei der Berufsgenossenschaft (BGW) innerhalb einer Woche nach Eröffnung.
[21.01.27, 12:03:44] [[P:Selin Kaya]]: Mach ich. Eröffnung ist 01.03., Sie sind eingeladen 🥂 Meine Nummer für Rückfragen ist die hier, [[TEL:0178 214 60 93]]
""",
    ["Gewerbe-Service-Portal.NRW", "Minijob-Zentrale", "Startercenter Essen", "BGW", "ELSTER"],
)

pii(
    "advisor_chat",
    f"""
Chat-Protokoll Beratungsportal "Gründen in Dortmund" – Wirtschaftsförderung Dortmund
Vorgang [[AZ:GID-2027-0274]] · exportiert 09.03.2027

08.03.2027 10:14 – [[P:Tobias Wendland]] (Berater): Hallo Herr [[P:Noori]], Sie möchten einen Imbiss eröffnen. Welche Adresse hat das Lokal?
08.03.2027 10:19 – [[P:Hamid Noori]]: Hallo. Ja Imbiss, Name "Kabul Grill". Adresse [[STR:Münsterstraße 112]], [[LOC:44145 Dortmund]]. Vorher war da Pizza.
08.03.2027 10:21 – [[P:Tobias Wendland]] (Berater): Gut. Verkaufen Sie Alkohol?
08.03.2027 10:22 – [[P:Hamid Noori]]: Nein kein Alkohol. Nur Essen, Tee, Cola.
08.03.2027 10:25 – [[P:Tobias Wendland]] (Berater): Dann genügt die Gewerbeanmeldung, eine Gaststättenerlaubnis brauchen Sie nicht. Sie und alle, die mit Lebensmitteln arbeiten, brauchen die Belehrung nach § 43 IfSG beim Gesundheitsamt. Welchen Aufenthaltstitel haben Sie? Darin muss stehen, dass Selbständigkeit erlaubt ist.
08.03.2027 10:31 – [[P:Hamid Noori]]: Ich habe Aufenthaltserlaubnis, Karte Nummer [[ID:{card("YR2T8C4LF")}]], steht "Erwerbstätigkeit erlaubt". Ist gut?
08.03.2027 10:33 – [[P:Tobias Wendland]] (Berater): Ja, das reicht. Bitte zur Anmeldung die Karte und das Zusatzblatt mitbringen.
08.03.2027 10:40 – [[P:Hamid Noori]]: Mein Bruder [[P:Wahid]] arbeitet mit, er ist in [[LOC:Lünen]] gemeldet. Er hat noch Duldung. Darf er?
08.03.2027 10:44 – [[P:Tobias Wendland]] (Berater): Mit Duldung nur, wenn die Ausländerbehörde die Beschäftigung erlaubt hat. Bitte er soll bei der ABH Unna fragen. Ohne Erlaubnis bitte nicht arbeiten lassen – das kann teuer werden (Bußgeld).
08.03.2027 10:47 – [[P:Hamid Noori]]: Ok verstanden. Und Geld? Ich brauche 15.000 für Küche.
08.03.2027 10:52 – [[P:Tobias Wendland]] (Berater): Dafür gibt es den Mikrokredit und die Förderberatung der NRW.BANK. Ich schicke Ihnen die Unterlagen. Termin bei mir am 15.03., 14 Uhr, im Rathaus, Friedensplatz 1, Raum 2.14.
08.03.2027 10:53 – [[P:Hamid Noori]]: Danke viel mal. Meine Handy [[TEL:0157 70 13 59 26]], Mail [[MAIL:hamid.noori.do@gmail.com]]
""",
    ["§ 43 IfSG", "NRW.BANK", "Friedensplatz 1", "ABH Unna", "Gründen in Dortmund"],
)

pii(
    "advisor_chat",
    f"""
Microsoft Teams – Chat "Gründung Ruhrsense GmbH i. G." (Export durch Bochum Wirtschaftsentwicklung)
Teilnehmende: [[P:Lena Kortmann]] (Bochum Wirtschaftsentwicklung), [[P:Timo Szczepanski]], [[P:Rafael Nogueira]]

[[P:Lena Kortmann]]  02.02.2027 09:05
Guten Morgen zusammen! Für den Antrag auf das Gründungsstipendium NRW brauche ich von beiden den
Lebenslauf und die Kopie des Ausweises bzw. Passes.

[[P:Timo Szczepanski]]  02.02.2027 09:31
Moin! Mein PA liegt im Ordner, Nummer zur Sicherheit: [[ID:{card("LK80HP3VT")}]]. Notartermin für die
Gründung ist am 18.02. bei Notarin Dr. [[P:Wenning]], Stammkapital 25.000 €, je 50 %.

[[P:Rafael Nogueira]]  02.02.2027 09:47
Hi [[P:Lena]], my passport is Brazilian, no. [[PASS:GB418237]], valid until 2031. I have the Aufenthaltserlaubnis
for studies until 30.04. (eAT [[ID:{card("Y7MF0WCT1")}]]). Do I need a new one as Geschäftsführer?

[[P:Lena Kortmann]]  02.02.2027 10:02
Yes – for self-employment/GF you need a title under § 21 AufenthG (or § 18d/§ 21 Abs. 2a after
graduation). Please book an appointment at the Ausländerbüro Bochum early, processing takes time.
I can write a Stellungnahme for the business plan.

[[P:Rafael Nogueira]]  02.02.2027 10:15
Great, thanks! My address for the letter: [[STR:Querenburger Höhe 95, App. 1207]], [[LOC:44801 Bochum]].
I was born [[DOB:30.06.1998]] in [[LOC:Campinas]], if the form asks.

[[P:Timo Szczepanski]]  02.02.2027 10:18
Ich bin unter [[TEL:0171 4025 883]] erreichbar, [[P:Rafael]] unter [[TEL:0152 6619 0047]]. Der Sitz der GmbH ist
das Büro im Gründerzentrum, Universitätsstr. 136, 44799 Bochum – nicht unsere Privatadressen!

[[P:Lena Kortmann]]  02.02.2027 10:25
Perfekt. Nach der Eintragung (HRB beim AG Bochum) bitte die Gewerbeanmeldung nachreichen.
""",
    [
        "Gründungsstipendium NRW",
        "§ 21 AufenthG",
        "Universitätsstr. 136, 44799 Bochum",
        "Stammkapital 25.000 €",
        "Ausländerbüro Bochum",
    ],
)

pii(
    "advisor_chat",
    f"""
Signal-Chat "Betriebsübergabe Schreinerei" – FWTM Freiburg, Unternehmensnachfolge (Ausdruck für die Akte)

Mo 08.02.2027
[[P:Sabine Riesterer]] (FWTM): Hallo Herr [[P:Faller]], anbei wie versprochen die Liste für die Übernahme der
Schreinerei Ihres Vaters. Wichtig: Die Firma ist als e.K. eingetragen, die HRA-Nummer bleibt bei Fortführung erhalten.
[[P:Benedikt Faller]]: Super, danke! Eingetragen ist "Schreinerei [[P:Anton Faller]] e.K.", [[HR:HRA 700418]] beim
AG Freiburg. Ich will auf "Schreinerei [[P:Faller]], Inh. [[P:Benedikt Faller]] e.K." ändern.
[[P:Sabine Riesterer]] (FWTM): Das geht mit Zustimmung Ihres Vaters (§ 22 HGB). Notarielle Anmeldung zum Register.

Di 09.02.2027
[[P:Benedikt Faller]]: Werkstatt bleibt in der [[STR:Hanferstr. 27]], [[LOC:79108 Freiburg im Breisgau]]. Privat wohne ich jetzt in
[[STR:Dorfstr. 4]], [[LOC:79256 Buchenbach]]. Meisterbrief hab ich seit 2021, Handwerkskammer braucht den für die Rolle.
[[P:Sabine Riesterer]] (FWTM): Genau, Umschreibung in der Handwerksrolle. Und Gewerbe: Ihr Vater meldet ab, Sie melden an,
beides zum gleichen Stichtag (01.04.?).
[[P:Benedikt Faller]]: Ja 01.04. Vater ([[DOB:1954]] geboren) geht dann in Rente. Konto wird umgestellt auf
[[IBAN:{iban("DE", "680501010012447309")}]].
[[P:Sabine Riesterer]] (FWTM): Notieren Sie auch die Betriebshaftpflicht und die BG Holz und Metall. Ich schicke Ihnen die
Förderinfo "Nachfolge-Zuschuss" der L-Bank.

Mi 10.02.2027
[[P:Benedikt Faller]]: Danke. Bei Rückfragen bin ich mobil unter [[TEL:0171 9043 227]], die Werkstatt ist [[TEL:0761 13 44 90]].
[[P:Sabine Riesterer]] (FWTM): 👍 Termin dann am 24.02. bei uns, Rathausgasse.
""",
    ["§ 22 HGB", "BG Holz und Metall", "L-Bank", "Handwerksrolle", "AG Freiburg"],
)

# ==============================================================================================
# Gewerbeamt forms and firm documents (pii)
# ==============================================================================================

pii(
    "gewerbe_firm",
    "Stadt Bottrop – Fachbereich Recht und Ordnung – Gewerbeangelegenheiten\n"
    "GEWERBE-ANMELDUNG nach § 14 GewO oder § 55c GewO (Vordruck GewA 1) – Eingang über Portal 16.02.2027\n"
    "Registernr. [[AZ:GA-BOT-2027-00311]]\n"
    "\n"
    + leaders(
        46,
        ("1 Name", "[[P:Marić]]"),
        ("2 Vornamen", "[[P:Josip]]"),
        ("3 Geschlecht", "männlich"),
        ("4 Geburtsname", ""),
        ("5 Geburtsdatum", "[[DOB:09.02.1983]]"),
        ("6 Geburtsort und -land", "[[LOC:Osijek]], Kroatien"),
        ("7 Staatsangehörigkeit(en)", "kroatisch"),
        ("8 Anschrift der Wohnung", "[[STR:Johannesstr. 118]], [[LOC:46240 Bottrop]]"),
        (
            "  Telefon / Mobil / E-Mail",
            "[[TEL:0176 22 81 47 90]] / [[MAIL:hausmeister.maric@gmail.com]]",
        ),
        ("9 Zahl der geschäftsführenden Personen", "1"),
        ("10 Name des Geschäfts", "Hausmeisterservice [[P:Marić]]"),
        ("11 Betriebsstätte", "wie Wohnung (Büro im Wohnhaus, Lager Garage)"),
        ("12 Hauptniederlassung", "–"),
        ("13 Frühere Betriebsstätte", "–"),
        (
            "14 Angemeldete Tätigkeit",
            "Hausmeisterdienste, Gartenpflege, Winterdienst, Entrümpelungen",
        ),
        ("15 Art des Betriebes", "Sonstiges (Dienstleistung)"),
        ("16 Zahl der Beschäftigten", "0 Vollzeit / 1 Teilzeit"),
        ("17 Beginn der Tätigkeit", "01.03.2027"),
        ("18 Anmeldung wegen", "Neuerrichtung / Hauptniederlassung"),
        ("19 Erlaubnis erforderlich", "nein"),
        ("20 Handwerkskarte", "nein"),
        ("21 Aufenthaltstitel", "entfällt (EU-Bürger)"),
    )
    + "\n\n"
    "Firmenfahrzeug (für Parkausweis Gewerbe, freiwillig): [[KFZ:BOT-JM 183]]\n"
    "Gebühr 30,00 € – bezahlt per Portal. Weiterleitung an Finanzamt Bottrop, IHK Nord Westfalen,\n"
    "Berufsgenossenschaft, Statistisches Landesamt (IT.NRW) am 17.02.2027.\n",
    ["§ 14 GewO", "GewA 1", "IHK Nord Westfalen", "IT.NRW", "30,00 €"],
)

pii(
    "gewerbe_firm",
    """
Stadt Mülheim an der Ruhr – Gewerbemeldestelle
GEWERBE-UMMELDUNG (GewA 2) – Verlegung der Betriebsstätte innerhalb Mülheims

Angaben zum Betrieb
  Im Handelsregister eingetragener Name:  Rhein-Ruhr Klimatechnik GmbH
  Registergericht / Nr.:                  Amtsgericht Duisburg, HRB 33815
  Neue Betriebsstätte:                    Weseler Str. 110, 45478 Mülheim an der Ruhr
  Frühere Betriebsstätte:                 Friedrich-Ebert-Str. 20, 45468 Mülheim an der Ruhr
  Telefon / E-Mail Betrieb:               0208 99 41 20-0 / info@rr-klima.de
  Tätigkeit (unverändert):                Installation und Wartung von Klima- und Lüftungsanlagen
  Ummeldung zum:                          01.04.2027

Angaben zu den gesetzlichen Vertretern (Geschäftsführer/innen)
  1. [[P:Pietrzak, Grzegorz]]
     geb. [[DOB:17.01.1977]] in [[LOC:Opole]], deutsch/polnisch
     Wohnung: [[STR:Saarner Str. 402]], [[LOC:45478 Mülheim an der Ruhr]]
     Mobil: [[TEL:0172 2093 615]]
  2. [[P:Hagedorn-Vieth, Claudia]]
     geb. [[DOB:05.05.1981]] in [[LOC:Moers]], deutsch
     Wohnung: [[STR:Am Kassenberg 3]], [[LOC:45479 Mülheim an der Ruhr]]

Prokura: [[P:Lukas Pietrzak]] (Sohn des GF zu 1), Eintragung beantragt.
Handwerkskarte der GmbH (Installateur und Heizungsbauer) – Betriebsleiter [[P:Pietrzak, Grzegorz]], Meister.

Gebühr 20,00 € – Kassenzeichen der GmbH 5.4120.0771.3 (Sammelrechnung Betriebe).
Unterschrift: ~[[P:G. Pietrzak]]~                           Mülheim an der Ruhr, 06.03.2027
""",
    [
        "Rhein-Ruhr Klimatechnik GmbH",
        "HRB 33815",
        "Weseler Str. 110, 45478 Mülheim an der Ruhr",
        "0208 99 41 20-0",
        "5.4120.0771.3",
    ],
    allow=("45478 Mülheim an der Ruhr",),
)

pii(
    "gewerbe_firm",
    """
Stadt Hagen – Fachbereich Öffentliche Sicherheit – Gewerbeangelegenheiten
GEWERBE-ABMELDUNG (GewA 3)                                      Eingang: 27.02.2027

Name / Vornamen:           [[P:Voßkuhl]], [[P:Karl-Heinz]]
Geburtsdatum / -ort:       [[DOB:30.03.1956]] / [[LOC:Hohenlimburg]]
Anschrift der Wohnung:     [[STR:Im Kettelbach 12]], [[LOC:58119 Hagen]]
Name des Geschäfts:        Bäckerei [[P:Voßkuhl]] e.K.
Handelsregister:           Amtsgericht Hagen, [[HR:HRA 3178]]
Betriebsstätte:            [[STR:Preinstr. 41]], [[LOC:58119 Hagen]]
Tätigkeit:                 Bäckerei mit Verkaufsstelle und Café (Handwerk, Anlage A Nr. 30)

Abmeldung zum:             31.03.2027
Grund:                     vollständige Aufgabe – Fortführung durch einen Nachfolger
Nachfolger:                Backhaus Lennetal GmbH, HRB 11902 AG Hagen, Geschäftsführer
                           [[P:Timo Ossenberg]], übernimmt Filiale und Personal (§ 613a BGB)

Der Inhaber erklärt: Löschung der Firma im Handelsregister ist beim Notariat beantragt.
Die Handwerkskammer Dortmund und das Finanzamt Hagen erhalten eine Kopie.

Telefon für Rückfragen:    [[TEL:02334 5 31 88]] (privat) – Café: 02334 44 21 70 (übernommen)
Unterschrift:              [[P:K.-H. Voßkuhl]]

Bearbeitungsvermerk: Abmeldung erfasst 01.03.2027, Gebühr 15,00 €. Weitergabe an HWK erfolgt.
""",
    [
        "Backhaus Lennetal GmbH",
        "HRB 11902",
        "§ 613a BGB",
        "Handwerkskammer Dortmund",
        "Anlage A Nr. 30",
    ],
)

pii(
    "gewerbe_firm",
    """
Stadt Gladbeck – Ordnungsamt – Gewerbe / Märkte
Antrag auf Erteilung einer Reisegewerbekarte (§ 55 GewO) – Schaustellergewerbe
Vorgang [[AZ:32-RGK-2027/006]]

Antragsteller:        [[P:Kerkhoff]], [[P:Dennis]], geb. [[DOB:11.12.1988]] in [[LOC:Recklinghausen]]
Wohnanschrift:        [[STR:Feldhauser Str. 251]], [[LOC:45968 Gladbeck]] (Winterquartier)
Erreichbarkeit:       [[TEL:0171 9920 336]] / [[MAIL:dennis@kerkhoff-fahrgeschaefte.de]]

Beabsichtigte Tätigkeit: Betrieb eines Kinderkarussells ("Ritterburg") und einer Losbude auf
Volksfesten und Kirmessen in NRW und Niedersachsen, Saison März bis November.

Mitreisende Personen / Beschäftigte:
 - [[P:Kerkhoff, Jacqueline]] (Ehefrau), geb. [[DOB:24.07.1990]] – Kasse Losbude
 - [[P:Kerkhoff, Willi]] (Vater), geb. [[DOB:02.08.1961]] – Aufbau, Fahrer
 - [[P:Nemeth, Attila]], geb. [[DOB:15.04.1995]] in [[LOC:Szeged]] – Saisonkraft

Fahrzeuge (Zugmaschinen, Wohnwagen):
 [[KFZ:GLA-DK 88]] (Lkw MAN), [[KFZ:GLA-DK 880]] (Anhänger), [[KFZ:RE-JK 4711]] (Wohnwagen)

Beigefügt: Führungszeugnis Belegart O, Gewerbezentralregisterauskunft, Lichtbild,
Ausführungsgenehmigung/Prüfbuch des Karussells (TÜV-Nr. FG-14-7702), Haftpflichtnachweis.

Gebühr nach Tarifstelle 4.1.2 AVerwGebO NRW: 250,00 €.
Sachbearbeitung: [[P:Wittkamp]], Tel. [[TEL:02043 99-2614]]
""",
    ["§ 55 GewO", "FG-14-7702", "Tarifstelle 4.1.2", "Belegart O", "250,00 €"],
)

# ==============================================================================================
# Invoices of sole traders (pii)
# ==============================================================================================

pii(
    "invoice",
    f"""
Klavierbau & Stimmservice [[P:Reinhold Gerwers]] e.K. – Meisterbetrieb
[[STR:Kortumstr. 58]] · [[LOC:44787 Bochum]] · Tel. [[TEL:0234 68 20 915]] · [[MAIL:r.gerwers@klavier-gerwers.de]]
Amtsgericht Bochum [[HR:HRA 5521]]

Stadt Bochum
Musikschule – Verwaltung
Westring 32
44787 Bochum

RECHNUNG Nr. 2027-0113                                                   Datum: 28.02.2027
Ihre Bestellung: BE-40-2026-1187 vom 12.11.2026 (Rahmenvertrag Stimmungen 2027)
Ihre Kreditorennummer für uns: [[AZ:70441]]
Leistungszeitraum: 03.02.–21.02.2027

Pos  Leistung                                              Menge   Einzel €   Gesamt €
1    Stimmung Konzertflügel (Großer Saal)                     2     145,00     290,00
2    Stimmung Klavier, Unterrichtsräume 1.04–1.12             9      95,00     855,00
3    Regulierung Mechanik Klavier Raum 1.07                   1     320,00     320,00
4    Anfahrtspauschale                                        1      25,00      25,00
                                                                  --------------------
                                                   Nettobetrag              1.490,00
                                                   zzgl. 19 % USt             283,10
                                                   Rechnungsbetrag          1.773,10

Zahlbar innerhalb von 30 Tagen ohne Abzug auf das Konto
[[IBAN:{iban("DE", "430500010007338214")}]] (Sparkasse Bochum), Kontoinhaber [[P:Reinhold Gerwers]].

Mit bestem Dank für Ihren Auftrag!

---------------------------------------------------------------- (Stempel Stadt Bochum)
Eingang 02.03.2027 · sachlich richtig: [[P:Oelschläger]] 05.03. · rechnerisch richtig: Kr
Buchung Kostenstelle 4310-200, Sachkonto 52110000
""",
    [
        "Rahmenvertrag Stimmungen 2027",
        "1.773,10",
        "Westring 32",
        "Kostenstelle 4310-200",
        "BE-40-2026-1187",
    ],
    allow=("44787 Bochum",),
)

pii(
    "invoice",
    "[[P:Tamara Gogoladze]] · allgemein beeidigte Dolmetscherin und ermächtigte Übersetzerin (Georgisch, Russisch)\n"
    "[[STR:Georg-Schwarz-Str. 140]] · [[LOC:04179 Leipzig]] · Mobil [[TEL:0176 84 30 22 19]] · [[MAIL:t.gogoladze@dolmetschen-leipzig.de]]\n"
    "\n"
    "Stadt Leipzig · Ordnungsamt · Ausländerbehörde · Kassen- und Rechnungswesen\n"
    "04092 Leipzig\n"
    "\n"
    "Rechnung Nr. 07/2027 – Dolmetscheinsätze Februar 2027                     Leipzig, 01.03.2027\n"
    "Abrechnung in Anlehnung an § 9 Abs. 5 JVEG (85,00 € je Stunde, angefangene halbe Stunde)\n"
    "\n"
    + pipes(
        (10, 17, 22, 7, 6, 9),
        ("Datum", "Az. ABH", "Person", "Sprache", "Dauer", "Betrag €"),
        (
            "06.02.2027",
            "[[AZ:ABH 31-2-4417/25]]",
            "[[P:Beridze, Nino]]",
            "georg.",
            "1,5 h",
            "127,50",
        ),
        (
            "06.02.2027",
            "[[AZ:ABH 31-2-4418/25]]",
            "[[P:Beridze, Levan]]",
            "georg.",
            "0,5 h",
            "42,50",
        ),
        (
            "13.02.2027",
            "[[AZ:ABH 31-1-0912/26]]",
            "[[P:Sargsyan, Armen]]",
            "russ.",
            "2,0 h",
            "170,00",
        ),
        (
            "20.02.2027",
            "[[AZ:ABH 31-3-2206/24]]",
            "[[P:Tsiklauri, Giorgi]]",
            "georg.",
            "1,0 h",
            "85,00",
        ),
        ("", "", "(Anhörung Ausreisepflicht, Sachb. [[P:Voigt]])", "", "", ""),
        (
            "27.02.2027",
            "[[AZ:ABH 31-2-5530/26]]",
            "[[P:Petrosyan, Anahit]]",
            "russ.",
            "1,5 h",
            "127,50",
        ),
    )
    + "\n\n"
    "Fahrtkosten 5 Einsätze x 2 x 6 km x 0,42 €                                            25,20\n"
    "Gesamtbetrag                                                                          577,70\n"
    "\n"
    "Kein Ausweis der Umsatzsteuer (Kleinunternehmerin, § 19 UStG).\n"
    f"Bitte überweisen Sie den Betrag auf [[IBAN:{iban('DE', '860555920019208847')}]], Verwendungszweck: RE 07/2027.\n"
    "Die Einsatzbestätigungen der Sachbearbeitung liegen bei.\n",
    ["§ 9 Abs. 5 JVEG", "§ 19 UStG", "577,70", "Kassen- und Rechnungswesen", "RE 07/2027"],
)

# ==============================================================================================
# Letters of courts and police (pii)
# ==============================================================================================

pii(
    "court_police",
    """
Amtsgericht Essen
– Betreuungsgericht –
Zweigertstr. 52, 45130 Essen

Amtsgericht Essen, Postfach 10 08 54, 45008 Essen

Stadt Essen
Betreuungsstelle
45121 Essen
                                                         Geschäftsnummer: [[AZ:14 XVII 388/27]]
                                                         Datum: 04.03.2027

Betreuungssache für Herrn [[P:Friedhelm Brosowski]], geb. [[DOB:22.10.1948]],
wohnhaft [[STR:Altenessener Str. 520]], [[LOC:45329 Essen]], z. Zt. LVR-Klinikum Essen, Station 3

Sehr geehrte Damen und Herren,

die Nichte des Betroffenen, Frau [[P:Sandra Mertens]], [[STR:Bredeneyer Str. 7]], [[LOC:45133 Essen]],
hat die Einrichtung einer Betreuung angeregt. Nach ihren Angaben ist Herr [[P:Brosowski]] seit einem
Sturz im Januar verwirrt, hat Mietschulden und öffnet seine Post nicht mehr. Eine Vorsorgevollmacht
besteht nicht. Der Hausarzt, Herr Dr. [[P:Ingo Schäfers]], hält eine Betreuung für erforderlich.

Die Betreuungsbehörde wird gebeten, gemäß § 11 BtOG, § 279 Abs. 2 FamFG einen Bericht
(Sozialbericht) zu erstatten, insbesondere zu

1. der persönlichen, gesundheitlichen und sozialen Situation des Betroffenen,
2. der Erforderlichkeit der Betreuung einschließlich geeigneter anderer Hilfen,
3. der Eignung der Nichte als ehrenamtliche Betreuerin bzw. einem Vorschlag,
4. den Aufgabenkreisen (Gesundheitssorge, Vermögenssorge, Wohnungsangelegenheiten).

Um Erledigung binnen vier Wochen wird gebeten. Die Anhörung des Betroffenen ist für den
08.04.2027 in der Klinik vorgesehen.

[[P:Hollmann]]
Richterin am Amtsgericht

Beglaubigt
[[P:Schmalenbach]], Justizbeschäftigte
""",
    [
        "Zweigertstr. 52",
        "§ 11 BtOG",
        "§ 279 Abs. 2 FamFG",
        "LVR-Klinikum Essen",
        "Postfach 10 08 54",
    ],
)

pii(
    "court_police",
    """
Polizeipräsidium Dortmund
Direktion Gefahrenabwehr/Einsatz – Polizeiwache Nord
Per Fax an: Stadt Dortmund, Jugendamt – Fachdienst Schutzauftrag,
Fax 0231 50-2 69 99 (Funktionsanschluss)

MITTEILUNG gemäß § 34a Abs. 5 PolG NRW
Wohnungsverweisung und Rückkehrverbot                     Vorgangs-Nr. [[AZ:VG 2027-031104-0815]]

Einsatz:          10.03.2027, 23:40 Uhr, [[STR:Mallinckrodtstr. 310, 4. OG]], [[LOC:44147 Dortmund]]
Verwiesene Person: [[P:Kılıç, Ercan]], geb. [[DOB:12.09.1984]] in [[LOC:Dortmund]], türk. StA
                   Ausweichanschrift: bei Bruder, [[STR:Bahnhofstr. 44]], [[LOC:44575 Castrop-Rauxel]],
                   Tel. [[TEL:0178 33 10 942]]
Gefährdete Person: [[P:Kılıç, Derya]], geb. [[DOB:30.05.1989]], Tel. [[TEL:0157 55 82 03 11]]
Im Haushalt lebende Kinder:
                   [[P:Kılıç, Mira]], geb. [[DOB:04.02.2015]]
                   [[P:Kılıç, Emir]], geb. [[DOB:19.07.2019]] – war während des Vorfalls anwesend

Sachverhalt (Kurzfassung): Nach Streit Schläge ins Gesicht der Geschädigten, Hämatom am Jochbein.
Wohnungsschlüssel und Schlüssel für Pkw [[KFZ:DO-EK 1984]] sichergestellt und der Geschädigten übergeben.
Strafanzeige wegen Körperverletzung (§ 223 StGB) von Amts wegen gefertigt.
Rückkehrverbot bis einschließlich 20.03.2027 (§ 34a Abs. 5 PolG NRW).

Einwilligung der Geschädigten zur Weitergabe an die Beratungsstelle: ja.
Die Kinder waren Zeugen häuslicher Gewalt – Prüfung durch das Jugendamt erbeten.

Sachbearbeitung: PK [[P:Nowitzki]], Tel. [[TEL:0231 132-4417]]   Wachdienstführer: PHK [[P:Ebbinghaus]]
""",
    [
        "§ 34a Abs. 5 PolG NRW",
        "§ 223 StGB",
        "Fachdienst Schutzauftrag",
        "Polizeiwache Nord",
        "0231 50-2 69 99",
    ],
    allow=("Dortmund",),
)

# ==============================================================================================
# Minutes naming citizens (pii)
# ==============================================================================================

pii(
    "minutes",
    """
Stadt Mülheim an der Ruhr – Bezirksvertretung 1 (Rechtsruhr-Süd)
Niederschrift über die 19. Sitzung am 25.02.2027, 17:00–19:10 Uhr, Rathaus, Sitzungsraum C 106
Öffentlicher Teil – Auszug TOP 2 und TOP 5

TOP 2  Einwohnerfragestunde
2.1  Herr [[P:Günter Lamers]], [[STR:Kolumbusstr. 21]], fragt, warum die Querungshilfe an der
     Zeppelinstraße seit Oktober gesperrt ist. Die Verwaltung (Amt für Verkehrswesen) antwortet,
     die Ampelsteuerung werde im April erneuert; bis dahin bleibe es bei der Baustellenampel.
2.2  Frau [[P:Aylin Şahin-Becker]] (Elternpflegschaft Grundschule am Dümpten) übergibt eine
     Unterschriftenliste mit 412 Unterschriften für ein Tempo-30-Schild vor der Schule. Sie bittet,
     Rückfragen an sie zu richten ([[MAIL:aylin.sahin-becker@t-online.de]]).
2.3  Herr [[P:Lamers]] fragt nach: Auch der Gehweg vor Haus Nr. 21 sei seit Monaten aufgerissen. Die
     Verwaltung sagt eine schriftliche Antwort zu.
2.4  Ein Anwohner der Mendener Straße, der namentlich nicht genannt werden möchte, beschwert sich
     über Lkw-Verkehr zum Steinbruch; die Frage wird an die Straßenverkehrsbehörde weitergeleitet.

TOP 5  Anregung nach § 24 GO NRW – Baumfällung auf dem Grundstück [[STR:Broicher Waldweg 14]]
       Die Eigentümer, Eheleute Dr. [[P:Hans-Georg]] und [[P:Marlies Reinders]], beantragen die Fällung
       einer Rotbuche (Stammumfang 2,40 m), die das Dach beschädige. Frau [[P:Reinders]] erläutert den
       Antrag; ein Gutachten der Baumkontor Ruhr GmbH liegt vor. Die Untere Naturschutzbehörde hat
       Bedenken (Baumschutzsatzung, möglicher Höhlenbaum mit Fledermausquartier).
       Beschluss: Die Bezirksvertretung empfiehlt eine Ortsbesichtigung; Entscheidung in der
       nächsten Sitzung. Abstimmung: einstimmig.

Für die Richtigkeit:
Bezirksbürgermeisterin (gez.)                        Schriftführer: [[P:Brinkhoff]], Amt 13
""",
    [
        "§ 24 GO NRW",
        "Sitzungsraum C 106",
        "Querungshilfe",
        "Grundschule am Dümpten",
        "412 Unterschriften",
    ],
)

# ==============================================================================================
# PII-free documents (clean)
# ==============================================================================================

clean(
    "clean_council_paper",
    """
Stadt Bochum                                                     Vorlage Nr.: 20270318
Der Oberbürgermeister                                            Status: öffentlich
Amt für Gebäudemanagement                                        Datum: 15.02.2027

Beratungsfolge                                   Sitzungstermin   Zuständigkeit
Bezirksvertretung Bochum-Südwest                 09.03.2027       Anhörung
Ausschuss für Schule und Bildung                 16.03.2027       Vorberatung
Haupt- und Finanzausschuss                       24.03.2027       Entscheidung

Betreff: Generalsanierung der Dreifachsporthalle der Hildegardis-Schule und des
Graf-Engelbert-Gymnasiums – Baubeschluss

Beschlussvorschlag
Der Haupt- und Finanzausschuss beschließt die Generalsanierung der Dreifachsporthalle
(Klosterstraße) mit Gesamtkosten von 7.840.000 € brutto. Die Mittel stehen im Teilfinanzplan
des Amtes für Gebäudemanagement, Investitionsnummer 5.000631.700, zur Verfügung; für 2028
wird eine Verpflichtungsermächtigung von 3.100.000 € benötigt.

Begründung
Die 1974 errichtete Halle entspricht nicht mehr den Anforderungen an Brandschutz, Barrierefreiheit
und Energieeffizienz (Bewertung des Gebäudezustands: Klasse 4 von 5). Nach Abwägung von Neubau und
Sanierung (vgl. Vorlage Nr. 20262107) ist die Sanierung um ca. 1,9 Mio. € günstiger. Während der
Bauzeit (voraussichtlich Sommerferien 2027 bis Herbstferien 2028) nutzen beide Schulen die Halle
an der Brantropstraße sowie das Hallenbad Höntrop; die Vereinsnutzung (u. a. TV Wiemelhausen
1891 e.V.) wird auf die Sporthalle der Erich-Kästner-Schule verlegt.

Auswirkungen auf den Klimaschutz: positiv (Einsparung ca. 210 t CO2 pro Jahr).

Anlagen: Kostenschätzung nach DIN 276, Lageplan, Raumprogramm
""",
    [
        "Vorlage Nr.: 20270318",
        "Investitionsnummer 5.000631.700",
        "7.840.000 €",
        "TV Wiemelhausen",
        "Erich-Kästner-Schule",
    ],
)

clean(
    "clean_council_paper",
    """
Stadt Dortmund – Bezirksvertretung Hörde
Tagesordnung der 21. Sitzung am Mittwoch, 17.03.2027, 16:00 Uhr
Sitzungssaal der Bezirksverwaltungsstelle Hörde, Hörder Bahnhofstr. 16, 44263 Dortmund

Öffentlicher Teil
1    Eröffnung, Feststellung der Beschlussfähigkeit, Benennung eines Mitglieds zur Unterzeichnung
     der Niederschrift
2    Einwohnerfragestunde (Fragen bitte bis 12.03.2027 an bv-hoerde@dortmund.de)
3    Benennung des Platzes an der Phoenix-See-Promenade nach Marie Juchacz (1879–1956),
     Gründerin der Arbeiterwohlfahrt – Drucksache Nr. 29317-27
     Juchacz war 1919 die erste Frau, die in einem deutschen Parlament sprach.
4    Umgestaltung der Faßstraße, 2. Bauabschnitt – Drucksache Nr. 29041-27
5    Mittel der Bezirksvertretung 2027: Zuschüsse an den Heimatverein Hörde e.V., den
     Förderverein Freibad Stockey e.V. und die Kinder- und Jugendfarm Hörde – Drucksache Nr. 29355-27
6    Mitteilungen der Bezirksbürgermeisterin / des Bezirksbürgermeisters
7    Anfragen der Fraktionen: Beleuchtung Emscherweg, Radabstellanlagen Hörder Neumarkt

Nichtöffentlicher Teil
8    Grundstücksangelegenheiten (Drucksache Nr. 29299-27, nichtöffentlich)

Die Unterlagen stehen im Ratsinformationssystem zur Einsicht bereit. Die Sitzung ist
barrierefrei zugänglich; Gebärdensprachdolmetschung bitte bis 10.03.2027 über
bv-hoerde@dortmund.de anfordern.

Die Bezirksbürgermeisterin
""",
    [
        "Drucksache Nr. 29317-27",
        "bv-hoerde@dortmund.de",
        "Hörder Bahnhofstr. 16",
        "Marie Juchacz",
        "Heimatverein Hörde e.V.",
    ],
)

clean(
    "clean_press_release",
    """
Stadt Essen – Presse- und Kommunikationsamt                                 Pressemitteilung
Essen, 02.03.2027

"Ein Dorf in der Stadt": Ausstellung zu 120 Jahren Margarethenhöhe

Mit einer Ausstellung im Ruhr Museum erinnert die Stadt Essen ab dem 10. April an die Gründung
der Gartenstadt Margarethenhöhe. Im Dezember 1906 stiftete Margarethe Krupp (1854–1931) aus Anlass
der Hochzeit ihrer Tochter Bertha eine Million Mark und 50 Hektar Land für den Bau von Wohnungen
"für die minderbemittelten Klassen". Den Auftrag erhielt der Architekt Georg Metzendorf
(1874–1934), der bis zu seinem Tod mehr als 700 Häuser plante.

Die Schau zeigt Originalpläne aus dem Nachlass Metzendorfs, Fotografien aus dem Historischen Archiv
Krupp und Modelle der Siedlung. Ein Schwerpunkt liegt auf dem Alltag der Bewohnerinnen und
Bewohner zwischen Kleinem Markt, Brückenkopf und Sommerburgstraße. Margarethe Krupp selbst hat die
Siedlung, die ihren Namen trägt, nur selten besucht.

Begleitprogramm: Führungen durch die Siedlung (samstags 14 Uhr, Treffpunkt Steinernes Haus,
Metzendorfstraße 7, 8 €), ein Vortrag "Krupp und der Werkswohnungsbau" am 06.05.2027 sowie ein
Familientag am 20.06.2027.

Ruhr Museum, UNESCO-Welterbe Zollverein, Gelsenkirchener Str. 181, 45309 Essen
Geöffnet Mo–So 10–18 Uhr, Eintritt 8 €, ermäßigt 5 €.

Pressekontakt: presse@essen.de, Tel. 0201 88-0
""",
    [
        "Margarethe Krupp (1854–1931)",
        "Georg Metzendorf",
        "presse@essen.de",
        "Gelsenkirchener Str. 181",
        "Metzendorfstraße 7",
    ],
)

clean(
    "clean_press_release",
    """
Stadt Oberhausen · Pressestelle · Schwartzstraße 72 · 46045 Oberhausen

PRESSEINFORMATION                                                            04.03.2027

Neue Kita "Astrid Lindgren" in Sterkrade eröffnet – 125 Plätze für Kinder unter sechs Jahren

Nach 22 Monaten Bauzeit hat die städtische Kindertageseinrichtung "Astrid Lindgren" an der
Wilhelmstraße ihren Betrieb aufgenommen. In sechs Gruppen werden bis zu 125 Kinder betreut,
davon 30 unter drei Jahren. Der Neubau in Holzmodulbauweise kostete 6,4 Mio. €, davon trägt das
Land NRW 2,1 Mio. € aus dem Investitionsprogramm Kinderbetreuungsfinanzierung.

Der Name geht auf einen Wunsch der Eltern im Beteiligungsverfahren zurück. "Lindgren hat wie kaum
eine andere Autorin Kinder ernst genommen", heißt es in der Begründung des Jugendhilfeausschusses.
Die Gruppenräume tragen Namen aus ihren Büchern: Villa Kunterbunt, Bullerbü, Lönneberga und
Krachmacherstraße. Im Außengelände erinnert eine Holzfigur an Pippi Langstrumpf.

Die Kita wird vom Bereich Kinder, Jugend und Familie betrieben. Freie Plätze werden über den
Kita-Navigator vergeben; Fragen beantwortet das Servicetelefon Kita 0208 825-4455 oder das
Postfach kita-navigator@oberhausen.de.

Offizielle Eröffnungsfeier mit Eltern und Nachbarschaft: Samstag, 17.04.2027, 11–15 Uhr.

Hinweis für Redaktionen: Fotos zur freien Verwendung unter Angabe "Stadt Oberhausen".
""",
    [
        "Astrid Lindgren",
        "kita-navigator@oberhausen.de",
        "0208 825-4455",
        "6,4 Mio. €",
        "Villa Kunterbunt",
    ],
)

clean(
    "clean_statistics",
    "Stadt Hagen – Statistikstelle – Bevölkerung mit Hauptwohnsitz nach Stadtbezirken\n"
    "Stichtag 31.12.2026 (Melderegister), Auszug aus Tabelle B-01 (Excel)\n"
    "\n"
    + tabs(
        (
            "Stadtbezirk",
            "Einwohner",
            "darunter weiblich",
            "Anteil ausl. StA %",
            "unter 18",
            "65 und älter",
            "Veränd. z. Vj. %",
        ),
        ("Mitte", "79.418", "39.602", "27,4", "14.233", "14.907", "+0,6"),
        ("Nord", "39.115", "19.688", "21,8", "7.006", "8.214", "-0,2"),
        ("Hohenlimburg", "29.804", "15.211", "12,9", "4.719", "7.488", "-0,7"),
        ("Eilpe/Dahl", "16.332", "8.290", "10,3", "2.611", "4.305", "-0,9"),
        ("Haspe", "30.167", "15.148", "24,1", "5.533", "6.402", "+0,3"),
        ("", "", "", "", "", "", ""),
        ("Stadt Hagen", "194.836", "97.939", "22,0", "34.102", "41.316", "+0,1"),
    )
    + "\n\n"
    "Hinweise: Ausländische Staatsangehörige ohne Personen mit deutscher und weiterer StA.\n"
    "Häufigste ausländische Staatsangehörigkeiten: türkisch, syrisch, griechisch, rumänisch,\n"
    "polnisch, ukrainisch. Abweichungen zu IT.NRW (Fortschreibung auf Basis Zensus 2022) sind\n"
    "methodisch bedingt. Rückfragen: statistik@stadt-hagen.de\n",
    ["Tabelle B-01", "194.836", "statistik@stadt-hagen.de", "Zensus 2022", "Hohenlimburg"],
)

clean(
    "clean_statistics",
    "Stadt Leipzig – Amt für Statistik und Wahlen – Kurzbericht Natürliche Bevölkerungsbewegung 2026\n"
    "\n"
    + fixed(
        (10, 10, 12, 14),
        ("Monat", "Geburten", "Sterbefälle", "Saldo"),
        ("Januar", "412", "655", "-243"),
        ("Februar", "389", "598", "-209"),
        ("März", "437", "611", "-174"),
        ("April", "401", "523", "-122"),
        ("Mai", "445", "507", "-62"),
        ("Juni", "428", "489", "-61"),
        ("Juli", "476", "502", "-26"),
        ("August", "463", "495", "-32"),
        ("September", "451", "488", "-37"),
        ("Oktober", "420", "531", "-111"),
        ("November", "384", "566", "-182"),
        ("Dezember", "397", "640", "-243"),
        ("Summe", "5.103", "6.604", "-1.501"),
    )
    + "\n\n"
    "Beliebteste Vornamen der 2026 in Leipzig beurkundeten Kinder (Standesamt Leipzig, Erstnamen):\n"
    "  Mädchen: 1. Emilia  2. Mila  3. Lina  4. Frieda  5. Charlotte  6. Ida  7. Marie\n"
    "  Jungen:  1. Noah  2. Emil  3. Matteo  4. Paul  5. Karl  6. Theo  7. Oskar\n"
    "Mehrfachnennungen gezählt; Namen mit weniger als 20 Beurkundungen werden nicht veröffentlicht.\n"
    "Die Zahl der Geburten ist damit zum fünften Mal in Folge gesunken (2021: 6.312).\n"
    "Quelle: Melderegister und Standesamt Leipzig; Veröffentlichung im Statistischen Quartalsbericht I/2027.\n",
    [
        "Amt für Statistik und Wahlen",
        "5.103",
        "Statistischen Quartalsbericht I/2027",
        "Emilia",
        "Matteo",
    ],
)

clean(
    "clean_opening_hours",
    """
Stadt Mülheim an der Ruhr – So erreichen Sie die Bürgerämter (gültig ab 01.03.2027)

Bürgeramt Stadtmitte
Historisches Rathaus, Ruhrstr. 32, 45468 Mülheim an der Ruhr
Mo, Di, Do 8:00–16:00 Uhr · Mi 8:00–13:00 Uhr · Fr 8:00–12:00 Uhr
jeden 1. Samstag im Monat 9:00–12:00 Uhr (nur mit Termin)

Bürgeramt Heißen
Heißener Str. 16–18, 45472 Mülheim an der Ruhr
Mo und Do 8:00–15:30 Uhr · Di 8:00–12:00 Uhr · Mi und Fr geschlossen

Bürgeramt Saarn (im Ärztehaus)
Düsseldorfer Str. 90, 45481 Mülheim an der Ruhr
Di 12:00–18:00 Uhr · Do 8:00–12:00 Uhr

Termine: online unter termine.muelheim-ruhr.de oder telefonisch über die Behördennummer 115
(Mo–Fr 8–18 Uhr). Ohne Termin bedienen wir nur Notfälle (z. B. vorläufiger Reisepass bei
kurzfristiger Reise mit Nachweis).

Schriftliche Anfragen:
  Meldeangelegenheiten          buergeramt@muelheim-ruhr.de
  Führungszeugnisse             fuehrungszeugnis@muelheim-ruhr.de
  Fundbüro                      fundbuero@muelheim-ruhr.de
  Wahlen / Briefwahl            wahlen@muelheim-ruhr.de
  Zentrale der Stadtverwaltung  Tel. 0208 455-0, Fax 0208 455-1099

Parken: Parkhaus Forum (ca. 300 m), Haltestelle Stadtmitte (Linien 102, 104, 110, 901).
Barrierefreier Zugang über den Seiteneingang Schloßstraße.
""",
    [
        "buergeramt@muelheim-ruhr.de",
        "Behördennummer 115",
        "0208 455-0",
        "Heißener Str. 16–18",
        "fundbuero@muelheim-ruhr.de",
    ],
)

clean(
    "clean_contact_list",
    """
Stadt Dortmund – Bezirksverwaltungsstellen – Kontaktübersicht (Stand März 2027)

Bezirk             Anschrift                                 Telefon            E-Mail
Innenstadt-Nord    Leopoldstr. 50–58, 44147 Dortmund          0231 50-2 83 00    bv-innenstadt-nord@dortmund.de
Eving              Deutsche Str. 27, 44339 Dortmund           0231 50-2 91 00    bv-eving@dortmund.de
Scharnhorst        Gleiwitzstr. 277, 44328 Dortmund           0231 50-2 93 00    bv-scharnhorst@dortmund.de
Brackel            Brackeler Hellweg 170, 44309 Dortmund      0231 50-2 95 00    bv-brackel@dortmund.de
Aplerbeck          Aplerbecker Marktplatz 21, 44287 Dortmund  0231 50-2 97 00    bv-aplerbeck@dortmund.de
Hörde              Hörder Bahnhofstr. 16, 44263 Dortmund      0231 50-2 99 00    bv-hoerde@dortmund.de
Hombruch           Harkortstr. 58, 44225 Dortmund             0231 50-2 86 00    bv-hombruch@dortmund.de
Lütgendortmund     Limbecker Str. 31, 44388 Dortmund          0231 50-2 88 00    bv-luetgendortmund@dortmund.de
Huckarde           Urbanusstr. 5, 44369 Dortmund              0231 50-2 89 00    bv-huckarde@dortmund.de
Mengede            Am Amtshaus 1, 44359 Dortmund              0231 50-2 90 00    bv-mengede@dortmund.de

Weitere Ansprechstellen
  Volkshochschule             vhs@dortmund.de        0231 50-2 43 21
  Stadt- und Landesbibliothek stlb@dortmund.de       0231 50-2 32 09
  Bürgerdienste (Terminbuchung) buergerdienste@dortmund.de  Behördennummer 115
  Ehrenamtsagentur            fze@dortmund.de        0231 50-1 01 30

Die Bezirksverwaltungsstellen sind Anlaufstelle für die Bezirksvertretungen; Anfragen an die
Bezirksbürgermeisterinnen und Bezirksbürgermeister richten Sie bitte an das jeweilige bv-Postfach.
""",
    [
        "bv-luetgendortmund@dortmund.de",
        "vhs@dortmund.de",
        "Harkortstr. 58",
        "Behördennummer 115",
        "bv-mengede@dortmund.de",
    ],
)

clean(
    "clean_firm_list",
    """
Wirtschaftsförderung Bottrop – Gewerbegebiet Gleiwitzer Straße / Boytal
Ansässige Unternehmen (Auszug Gewerbeflächenkataster, Stand 01/2027)

Nr  Unternehmen                                   Registereintrag            Branche
1   Heinrich Terlinden Metallbau GmbH             HRB 4417, AG Gelsenkirchen Stahl- und Metallbau
2   Gebr. Kösters Kälte- und Klimatechnik GmbH    HRB 6103, AG Gelsenkirchen Anlagenbau
3   Wilhelm Brauckmann GmbH & Co. KG              HRA 2290, AG Gelsenkirchen Baustoffhandel
4   Schürmann Logistik AG                         HRB 8811, AG Essen         Kontraktlogistik
5   Bäckerei Overkamp GmbH                        HRB 5520, AG Gelsenkirchen Großbäckerei
6   Tischlerei am Boytal eG                       GnR 109, AG Gelsenkirchen  Innenausbau
7   Elektro Dahlmann GmbH                         HRB 7034, AG Gelsenkirchen Elektroinstallation

Freie Flächen: Baufeld C3 (6.200 m²) und C5 (11.800 m²), Kaufpreis ab 95 €/m² erschlossen.
Erschließung: A 2 Anschlussstelle Bottrop, ÖPNV Linie SB16.

Ansprechstelle: Wirtschaftsförderung Bottrop, Ernst-Wilczok-Platz 1, 46236 Bottrop,
wirtschaftsfoerderung@bottrop.de, Tel. 02041 70-3
""",
    [
        "Heinrich Terlinden Metallbau GmbH",
        "HRA 2290",
        "Tischlerei am Boytal eG",
        "wirtschaftsfoerderung@bottrop.de",
        "Ernst-Wilczok-Platz 1",
    ],
)

clean(
    "clean_firm_list",
    """
Ausbildungsbörse Trier 2027 – Ausstellerverzeichnis (Messepark Trier, 24.04.2027, 10–15 Uhr)

Stand  Aussteller                                  Sitz                       Register / Ausbildungsberufe
A01    Stadtwerke Trier (SWT) AöR                  Ostallee 7–13, Trier       Elektroniker/in, Industriekaufleute
A04    Bitburger Braugruppe GmbH                   Bitburg                    HRB 30014 Wittlich; Brauer/in, Mälzer/in
A07    Autohaus Kirsten Hermes GmbH & Co. KG        Trier-Euren                HRA 41722 Wittlich; Kfz-Mechatroniker/in
B02    Bäckerei Ludwig Heinzen GmbH                Konz                       HRB 40119 Wittlich; Bäcker/in, Fachverkauf
B05    Elektro-Fassbender GmbH                     Trier-Ehrang               HRB 4088 Wittlich; Elektroniker/in
B09    Volksbank Trier eG                          Trier                      GnR 241 Wittlich; Bankkaufleute
C03    Krankenhaus der Barmherzigen Brüder Trier   Nordallee 1, Trier         Pflegefachfrau/-mann, MTR
C06    Stadtverwaltung Trier                        Am Augustinerhof, Trier    Verwaltungsfachangestellte, Gärtner/in

Veranstalter: Stadt Trier, Amt für Schulen und Sport, gemeinsam mit der IHK Trier und der
Handwerkskammer Trier. Anfahrt: Buslinie 8 bis "Messepark". Der Eintritt ist frei.
Kontakt: ausbildungsboerse@trier.de
""",
    [
        "Bitburger Braugruppe GmbH",
        "HRA 41722",
        "Volksbank Trier eG",
        "ausbildungsboerse@trier.de",
        "Buslinie 8",
    ],
)

clean(
    "clean_event_programme",
    """
Stadt Freiburg im Breisgau – Kulturamt und Stadtbibliothek
Vortragsreihe "Köpfe am Oberrhein" – Frühjahr 2027, jeweils Donnerstag 19:30 Uhr,
Stadtbibliothek am Münsterplatz, Veranstaltungsraum 2. OG (Eintritt frei, Anmeldung erbeten)

11.03.  Johann Peter Hebel (1760–1826) – Kalendermann und Prälat
        Hebel schrieb mit dem "Schatzkästlein des rheinischen Hausfreundes" Weltliteratur im
        Kalenderformat. Der Abend liest "Kannitverstan" und "Unverhofftes Wiedersehen".
25.03.  Edith Stein (1891–1942) – Philosophin, Karmelitin, Opfer der Shoah
        Stein wurde 1916 in Freiburg bei Edmund Husserl promoviert und war seine Assistentin.
        Mit einem Stadtgang zur Gedenktafel in der Zasiusstraße (Treffpunkt 18:30 Uhr).
08.04.  Reinhold Schneider (1903–1958) – Dichter des Widerstands
        Schneiders Sonette kursierten im Krieg in Abschriften. Seit 1960 erinnert der
        Reinhold-Schneider-Preis der Stadt an ihn.
22.04.  Martin Heidegger und die Universität 1933 – Podiumsgespräch
        Historikerinnen und Historiker des Universitätsarchivs diskutieren die Rektoratsrede
        und ihre Folgen. Heidegger (1889–1976) lehrte fast 50 Jahre in Freiburg.

Begleitend: Ausstellung "Hebel, Stein, Schneider – Spuren in der Stadt" im Foyer (bis 30.04.).
Für Schulklassen: Führungen zur Edith-Stein-Gedenkstätte und zum Hebeldenkmal auf Anfrage.

Anmeldung: kulturamt@stadt.freiburg.de oder Tel. 0761 201-0 (Vermittlung)
""",
    [
        "Johann Peter Hebel (1760–1826)",
        "Reinhold-Schneider-Preis",
        "kulturamt@stadt.freiburg.de",
        "Münsterplatz",
        "Heidegger (1889–1976)",
    ],
)

clean(
    "clean_event_programme",
    """
Landeshauptstadt Kiel – Kulturamt
Planck-Jahr 2027: 80. Todestag des Kieler Physikers Max Planck (1858–1947)

Programmübersicht April bis Juni
Sa 03.04.  11:00  Eröffnung im Rathaus, Ratssaal, Fleethörn 9 – Grußwort der Stadtpräsidentin,
                  Festvortrag "Plancks Wirkungsquantum und die Welt von heute"
So 11.04.  14:00  Stadtführung "Auf Plancks Spuren": vom Geburtshaus in der Küterstraße zur
                  Max-Planck-Schule, Treffpunkt Alter Markt (Teilnahme 6 €)
Do 22.04.  19:00  Kieler Universitätsgespräch: Planck, Einstein und Meitner – drei Briefwechsel
                  (Audimax, Christian-Albrechts-Platz 2)
Mi 12.05.  10:00  Schülerlabor für die Klassen 8–10 im Zentrum für Physikdidaktik (nur mit Anmeldung)
Fr 28.05.  20:00  Konzert "Planck spielt Brahms" – Planck war ein begabter Pianist;
                  Kammermusik im Kieler Schloss, Eintritt 15/10 €
Sa 19.06.  ganztägig  Wissenschaftstag auf der Kiellinie mit dem Max-Planck-Institut für
                  Evolutionsbiologie (Plön) und dem GEOMAR

Zum Hintergrund: Max Planck wurde am 23. April 1858 in Kiel geboren; die Familie zog 1867 nach
München. 1918 erhielt er den Nobelpreis für Physik. Die Max-Planck-Gesellschaft trägt seit 1948
seinen Namen.

Informationen und Anmeldung: kulturamt@kiel.de, Tel. 0431 901-0 (Zentrale)
""",
    [
        "Max Planck (1858–1947)",
        "Fleethörn 9",
        "kulturamt@kiel.de",
        "Max-Planck-Schule",
        "Christian-Albrechts-Platz 2",
    ],
)

clean(
    "clean_street_names",
    """
Stadt Gladbeck – Ingenieuramt / Vermessung und Kataster
Straßenverzeichnis mit Erläuterungen der Straßennamen (Auszug Buchstaben B bis K)

Straße                     PLZ    Stadtteil   benannt       Erläuterung
Bernskamp                  45964  Mitte       1912          Flurname
Beethovenstraße            45966  Zweckel     1951          Ludwig van Beethoven (1770–1827), Komponist
Bülser Straße              45964  Mitte       vor 1900      alte Verbindung nach Bülse
Dietrich-Bonhoeffer-Str.   45968  Brauck      1971          Dietrich Bonhoeffer (1906–1945), Theologe
Erlenstraße                45968  Butendorf   1927          Baumname
Friedrich-Ebert-Str.       45964  Mitte       1946          Friedrich Ebert (1871–1925), Reichspräsident
Goethestraße               45964  Mitte       1911          Johann Wolfgang von Goethe (1749–1832)
Hermann-Löns-Str.          45966  Rentfort    1936/1948     Hermann Löns (1866–1914), Schriftsteller
Horster Straße             45964  Mitte       vor 1900      Richtung Horst (heute Gelsenkirchen)
Rathenaustraße             45964  Mitte       1946          Walther Rathenau (1867–1922), Reichsaußenminister
Käthe-Kollwitz-Str.        45968  Ellinghorst 1964          Käthe Kollwitz (1867–1945), Grafikerin

Hinweis zur Umbenennung: Der Rat hat am 14.12.2026 (Drucksache 0412/2026) beschlossen, die
Hermann-Löns-Straße nicht umzubenennen; eine Erläuterungstafel ordnet Löns' Werk kritisch ein.
Bonhoeffer, Ebert und Kollwitz werden im Schulprojekt "Straßen erzählen" der Ingeborg-Drewitz-
Gesamtschule vorgestellt.

Rückfragen: vermessung@stadt-gladbeck.de
""",
    [
        "Dietrich Bonhoeffer (1906–1945)",
        "Rathenaustraße",
        "Drucksache 0412/2026",
        "vermessung@stadt-gladbeck.de",
        "Hermann-Löns-Straße",
    ],
)

clean(
    "clean_legal_text",
    """
Satzung über die Erhebung der Hundesteuer in der Stadt Bottrop (Hundesteuersatzung)
vom 18. Dezember 2026 – Auszug –

Aufgrund der §§ 7 und 41 Abs. 1 Satz 2 Buchst. f der Gemeindeordnung für das Land Nordrhein-
Westfalen (GO NRW) und der §§ 1, 2 und 3 des Kommunalabgabengesetzes (KAG NRW) hat der Rat der
Stadt Bottrop in seiner Sitzung am 15.12.2026 folgende Satzung beschlossen:

§ 1 Steuergegenstand
(1) Gegenstand der Steuer ist das Halten von Hunden im Stadtgebiet.
(2) Hundehalterin oder Hundehalter ist, wer einen Hund in den eigenen Haushalt aufgenommen hat.

§ 2 Steuersatz
(1) Die Steuer beträgt jährlich
    a) wenn nur ein Hund gehalten wird ........................ 120,00 €
    b) wenn zwei Hunde gehalten werden, je Hund ................ 180,00 €
    c) wenn drei oder mehr Hunde gehalten werden, je Hund ...... 204,00 €
(2) Für gefährliche Hunde im Sinne des § 3 LHundG NRW beträgt die Steuer je Hund 720,00 €.

§ 3 Steuerbefreiungen
Steuerbefreiung ist auf Antrag zu gewähren für
    a) Blindenführhunde und Assistenzhunde,
    b) Hunde, die aus einem Tierheim im Stadtgebiet aufgenommen werden, für 12 Monate,
    c) Rettungshunde mit bestandener Prüfung.

§ 7 Meldepflichten
Wer einen Hund hält, hat ihn innerhalb von zwei Wochen nach Aufnahme bei der Stadt Bottrop,
Fachbereich Steuern, anzumelden (hundesteuer@bottrop.de).

§ 10 Inkrafttreten
Diese Satzung tritt am 1. Januar 2027 in Kraft.
""",
    ["§ 3 LHundG NRW", "KAG NRW", "720,00 €", "hundesteuer@bottrop.de", "§ 7 Meldepflichten"],
)

clean(
    "clean_legal_text",
    """
Stadt Trier – Benutzungsordnung der Stadtbibliothek Weberbach und der Stadtteilbibliotheken
(Fassung vom 01.01.2027) – Auszug

§ 1 Allgemeines
(1) Die Stadtbibliothek ist eine öffentliche Einrichtung der Stadt Trier. Sie steht allen
    Personen nach Maßgabe dieser Ordnung offen.
(2) Der Besuch der Bibliothek und die Nutzung der Bestände vor Ort sind unentgeltlich.

§ 3 Anmeldung
(1) Für die Ausleihe ist ein Bibliotheksausweis erforderlich. Er wird gegen Vorlage eines
    gültigen amtlichen Lichtbildausweises ausgestellt.
(2) Kinder und Jugendliche unter 16 Jahren benötigen die schriftliche Einwilligung einer
    sorgeberechtigten Person.
(3) Die Bibliothek speichert die zur Ausleihe erforderlichen Daten (Art. 6 Abs. 1 lit. e DSGVO);
    Ausleihdaten werden nach Rückgabe gelöscht.

§ 5 Leihfristen
(1) Die Leihfrist beträgt für Bücher vier Wochen, für DVDs und Konsolenspiele zwei Wochen.
(2) Die Leihfrist kann zweimal verlängert werden, sofern keine Vormerkung vorliegt.

§ 8 Gebühren
Jahresgebühr Erwachsene 18,00 €, ermäßigt 9,00 €; Versäumnisgebühr je Medium und
angefangener Woche 0,50 €; Ersatzausweis 3,00 €.

§ 12 Inkrafttreten
Diese Ordnung tritt am 01.01.2027 in Kraft; zugleich tritt die Benutzungsordnung vom
01.07.2019 außer Kraft.

Trier, 14.12.2026 – Stadtverwaltung Trier, Amt für Kultur
""",
    [
        "Stadtbibliothek Weberbach",
        "Art. 6 Abs. 1 lit. e DSGVO",
        "18,00 €",
        "§ 5 Leihfristen",
        "Amt für Kultur",
    ],
)

clean(
    "clean_tender",
    """
Stadt Essen – Zentrale Vergabestelle
Bekanntmachung – Öffentliche Ausschreibung nach § 9 UVgO

Vergabenummer:    ZVS-2027-0144-L
Auftraggeber:     Stadt Essen, vertreten durch die Zentrale Vergabestelle,
                  Porscheplatz 1, 45127 Essen
Gegenstand:       Lieferung und Montage von Schulmöbeln (Schülertische höhenverstellbar,
                  Stühle, Lehrertische, Schränke) für die Gustav-Heinemann-Gesamtschule,
                  die Frida-Levy-Gesamtschule und das Helmholtz-Gymnasium
Lose:             Los 1 Tische und Stühle (ca. 1.450 Stück), Los 2 Schränke und Regale
Ausführungsfrist: 12.07.2027 bis 20.08.2027 (Sommerferien)

Angebotsfrist:    06.04.2027, 10:00 Uhr – ausschließlich elektronisch über den Vergabemarktplatz NRW
Bindefrist:       30.06.2027
Zuschlagskriterien: Preis 60 %, Qualität/Ergonomie 30 %, Nachhaltigkeit 10 %
Eignung:          Eigenerklärungen, Referenzen aus drei vergleichbaren Aufträgen der letzten drei
                  Jahre, Nachweis GS-Zeichen oder gleichwertig
Bieterfragen:     bis 26.03.2027 über den Vergabemarktplatz; Antworten werden allen Bietern
                  zugänglich gemacht
Nachprüfung:      Vergabekammer Rheinland, Spruchkörper Düsseldorf

Auskünfte:        vergabestelle@essen.de (keine Angebote per E-Mail!)
""",
    [
        "ZVS-2027-0144-L",
        "§ 9 UVgO",
        "Gustav-Heinemann-Gesamtschule",
        "vergabestelle@essen.de",
        "Vergabekammer Rheinland",
    ],
)

clean(
    "clean_bus_timetable",
    "Ruhrbahn – Linie 133  Mülheim Hbf – Saarn – Mintard   Montag bis Freitag   gültig ab 01.03.2027\n"
    "\n"
    + fixed(
        (30, 7, 7, 7, 7, 7, 7),
        ("Haltestelle", "", "", "", "", "", ""),
        ("Mülheim Hauptbahnhof", "05:42", "06:12", "06:42", "07:12", "07:42", "alle 30"),
        ("Stadtmitte", "05:45", "06:15", "06:45", "07:15", "07:45", "Min."),
        ("Schloß Broich", "05:49", "06:19", "06:49", "07:19", "07:49", "bis"),
        ("Friedrich-Wilhelms-Hütte", "05:52", "06:22", "06:52", "07:22", "07:52", "19:42"),
        ("Dr.-Simoneit-Straße", "05:54", "06:24", "06:54", "07:24", "07:54", ""),
        ("Saarn Kirche", "05:57", "06:27", "06:57", "07:27", "07:57", ""),
        ("Otto-Pankok-Schule", "05:59", "06:29", "06:59", "07:29", "07:59", ""),
        ("Kloster Saarn", "06:01", "06:31", "07:01", "07:31", "08:01", ""),
        ("Mendener Brücke", "06:05", "06:35", "07:05", "07:35", "08:05", ""),
        ("Mintard Dorf", "06:09", "06:39", "07:09", "07:39", "08:09", ""),
    )
    + "\n\n"
    "S  = nur an Schultagen   F = nur in den Ferien   Fahrten nach 20:00 Uhr als Taxibus (Bestellung\n"
    "    bis 30 Minuten vorher unter 0201 826-1234)\n"
    'Umstieg an "Stadtmitte" zur U18 Richtung Essen und zum 901 Richtung Duisburg.\n'
    'Wegen Bauarbeiten an der Mendener Brücke (22.03.–16.04.2027) Ersatzhaltestelle "Mendener Str./Ruhrtalstr.".\n'
    "Fahrplanauskunft: ruhrbahn.de · Kundencenter Mülheim Hbf, Mo–Fr 7–19 Uhr\n",
    [
        "Linie 133",
        "Otto-Pankok-Schule",
        "0201 826-1234",
        "Dr.-Simoneit-Straße",
        "Friedrich-Wilhelms-Hütte",
    ],
)

clean(
    "clean_kita_menu",
    """
Städtische Kita "Janusz Korczak", Bochum-Langendreer – Speiseplan KW 11 (15.–19.03.2027)
Mittagessen geliefert von Menüküche Overbeck GmbH, Witten – alle Gerichte ohne Schweinefleisch,
vegetarische Alternative täglich

Tag         Hauptgericht                                      Vegetarisch                      Nachtisch
Montag      Hähnchengeschnetzeltes mit Reis und Erbsen        Gemüsereis mit Erbsen (A, G)     Apfelmus
Dienstag    Spaghetti Bolognese vom Rind (A, C, I)            Spaghetti Tomatensoße (A)        Obst
Mittwoch    Fischstäbchen, Kartoffelpüree, Möhrensalat (A, D, G)  Kartoffelpüree, Rührei (C, G)  Joghurt (G)
Donnerstag  Königsberger Klopse vom Rind, Salzkartoffeln (A, C, G)  Linsen-Dal mit Fladenbrot (A)  Banane
Freitag     Kaiserschmarrn mit Zwetschgenkompott (A, C, G)    –                                 –

Allergene: A Gluten, C Ei, D Fisch, G Milch, I Sellerie. Trinkwasser und ungesüßter Tee stehen
jederzeit bereit. Frühstück und Nachmittagssnack bereitet das Kita-Team selbst zu.

Zur Erinnerung: Am Freitag, 19.03., feiern wir das Frühlingsfest, Beginn 14:30 Uhr. Die
Eulengruppe und die Bärengruppe singen Lieder aus "Pippi Langstrumpf". Der Elternbeirat
bittet um Kuchenspenden (Liste an der Pinnwand).

Essensgeld: 2,90 € pro Tag über die Stadtkasse Bochum, Fragen: kita-essen@bochum.de
""",
    [
        "Menüküche Overbeck GmbH",
        "Königsberger Klopse",
        "kita-essen@bochum.de",
        "2,90 €",
        "Janusz Korczak",
    ],
)

clean(
    "clean_job_ad",
    """
Stadt Hagen – Stellenausschreibung                                     Kennziffer 32/07-2027

Die Stadt Hagen sucht für den Fachbereich Öffentliche Sicherheit, Verkehr, Bürgerdienste und
Personenstandswesen, Ausländerbehörde, zum nächstmöglichen Zeitpunkt

zwei Sachbearbeiterinnen / Sachbearbeiter (m/w/d) Aufenthaltsrecht
EG 9b TVöD bzw. A 10 LBesO NRW, unbefristet, Vollzeit (Teilzeit möglich)

Ihre Aufgaben
- Erteilung und Verlängerung von Aufenthaltstiteln nach dem AufenthG
- Bearbeitung von Anträgen nach dem Fachkräfteeinwanderungsgesetz
- Beratung von Kundinnen und Kunden, auch mit geringen Deutschkenntnissen

Ihr Profil
- Verwaltungsfachwirt/in (AL II), Bachelor of Laws bzw. Bachelor of Arts Public Administration
  oder Laufbahnbefähigung für die Laufbahngruppe 2.1
- Fremdsprachenkenntnisse (z. B. Arabisch, Türkisch, Ukrainisch) sind wünschenswert

Wir bieten flexible Arbeitszeit, mobiles Arbeiten nach Einarbeitung, ein Jobticket und
Fortbildungen am Studieninstitut Ruhr.

Bewerbungen bis zum 04.04.2027 ausschließlich über das Onlineportal unter Angabe der Kennziffer.
Fragen zum Verfahren: Team Personalgewinnung, bewerbung@stadt-hagen.de, Tel. 02331 207-0
(Vermittlung). Die Gleichstellungsbeauftragte und die Schwerbehindertenvertretung werden
beteiligt (§ 164 SGB IX).
""",
    [
        "Kennziffer 32/07-2027",
        "EG 9b TVöD",
        "bewerbung@stadt-hagen.de",
        "§ 164 SGB IX",
        "Studieninstitut Ruhr",
    ],
)

clean(
    "clean_contact_list",
    """
Stadt Gladbeck – Amt für Kultur, Bildung und Weiterbildung
Wer ist wofür zuständig? (Aushang Foyer Rathaus, Stand 02/2027)

Einrichtung                         Anschrift                       Telefon           E-Mail
Volkshochschule (VHS)               Friedrichstr. 55                02043 99-2415     vhs@stadt-gladbeck.de
  Anmeldung Integrationskurse       Friedrichstr. 55, Raum 1.03     02043 99-2417     vhs-integration@stadt-gladbeck.de
Stadtbücherei                       Friedrich-Ebert-Str. 8          02043 99-2672     stadtbuecherei@stadt-gladbeck.de
Musikschule                         Bottroper Str. 42               02043 99-2660     musikschule@stadt-gladbeck.de
Stadtarchiv                         Friedrichstr. 7                 02043 99-2210     stadtarchiv@stadt-gladbeck.de
Museum der Stadt (Wasserschloss Wittringen)  Burgstr. 64        02043 99-2682     museum@stadt-gladbeck.de
Kulturbüro / Stadthalle             Friedrichstr. 53                02043 99-2693     kultur@stadt-gladbeck.de
Bürgerbüro                          Willy-Brandt-Platz 2            02043 99-0        buergerbuero@stadt-gladbeck.de

Allgemeine Sprechzeiten: Mo–Do 8:30–12:30 Uhr, Do zusätzlich 14–17:30 Uhr.
Beschwerden und Anregungen nach § 24 GO NRW richten Sie bitte an anregungen@stadt-gladbeck.de.
Die VHS gibt zweimal jährlich ein Programmheft heraus (Frühjahr und Herbst), erhältlich an allen
genannten Standorten.
""",
    [
        "vhs@stadt-gladbeck.de",
        "Wasserschloss Wittringen",
        "02043 99-0",
        "§ 24 GO NRW",
        "Friedrich-Ebert-Str. 8",
    ],
)


if __name__ == "__main__":
    sys.exit(main())
