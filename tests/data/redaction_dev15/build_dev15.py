"""Write the fifteenth German PII redaction development corpus (``corpus.jsonl`` next to this file).

    python3 tests/data/redaction_dev15/build_dev15.py            # check and write
    python3 tests/data/redaction_dev15/build_dev15.py --partial  # check only, write nothing

DEVELOPMENT set: it may be read, run and tuned on. The documents were written without sight of
the redactor's rules, its benchmark, the held-out corpora and the documents of every other
corpus. Only the README of dev14 and the module docstring and helper functions of
``build_dev14.py`` were read, for the record format, the annotation conventions and the
check-digit rules; the code here is written anew. The 80 documents come from back offices of
Ruhr cities (Bochum, Dortmund, Essen, Duisburg, Gelsenkirchen, Herne, Recklinghausen, Hamm,
Bottrop, Oberhausen, Witten) and name relatives' towns, former residences and places of birth
elsewhere in Germany and abroad. 60 carry personal data, 20 do not. Emphasis:

  - ocr_form (12): OCR'd municipal forms (Wohnberechtigungsschein, Kindertagespflege,
    Bewohnerparkausweis, Elterngeld-Zusatzblatt, Hundesteuer, Gewerbeummeldung,
    Schwerbehindertenausweis, Meldebescheinigung, Schüler-BAföG, Sterbefallanzeige, Bildung
    und Teilhabe, Wahlschein) with label columns, dot leaders, checkbox noise, 0/O 1/l 5/S 8/B
    swaps, glued labels, broken lines, lost umlauts, letter-spaced values and dates of birth in
    many garbled shapes;
  - file_note (12): Aktenvermerke, Gesprächs- and Telefonnotizen, Wiedervorlagelisten and
    Übergabevermerke with bare surnames, districts, relatives' towns, years of birth alone and
    staff names with direct lines next to switchboards;
  - id_documents (10): passports, identity cards and residence documents of Germany, Turkey,
    Syria, Ukraine, Poland, Romania, Bulgaria, Kosovo, Serbia, Albania, Iraq, Iran,
    Afghanistan, Eritrea, Somalia and Ghana, Duldung and eAT numbers, AZR numbers, dates and
    places of birth in every notation;
  - letter (8), email_thread (8): citizens writing about their own and their relatives' data,
    towns of residence and years of birth in running prose, quoted replies;
  - table (10): pipe tables, tab-separated Excel pastes and space-aligned lists of households,
    pupils, applicants and appointments with district, year-of-birth and town-of-birth columns;
  - clean_* (20): PII-free texts a city publishes or circulates: district statistics, opening
    hours, school lists, waste calendars, job adverts, a council resolution, museum texts with
    historical persons, firm lists with HRB, a press release, fees, parking zones, polling
    stations, sports clubs, road works.

Markup: personal strings are written inline as ``[[TYPE:text]]``; this script strips the markup
and computes the offsets. Short type names:

    P=PERSON  STR=STREET_ADDRESS  LOC=LOCATION  DOB=DATE_OF_BIRTH  TEL=PHONE_NUMBER
    MAIL=EMAIL_ADDRESS  IBAN=IBAN_CODE  TAX=DE_TAX_ID  RV=DE_SOCIAL_SECURITY  ID=DE_ID_CARD
    PASS=DE_PASSPORT  KFZ=DE_KFZ  AZ=DE_AKTENZEICHEN  HR=DE_HANDELSREGISTER  IP=IP_ADDRESS

Annotation conventions (those of dev14, plus three stricter rules marked STRICTER):
  - only values are annotated; header cells, column titles, keys and labels are not, also when
    OCR glues a label to its value;
  - salutations, titles, roles and relationship words ("Herr", "Fr.", "Dr. med.", "KM", "KV",
    "Ehefrau", "Sohn", "Tochter", "Oma", "Familie", "Inh.") stay outside PERSON spans;
    "Nachname, Vorname" in one cell is one span, separate cells are one span each; a bare
    surname or first name is PERSON; CAPITALS, letter-spaced, transliterated, non-Latin and
    OCR-garbled names are annotated as written; a name inside an e-mail address is only part of
    the EMAIL_ADDRESS; a sole trader's name inside the business name is PERSON;
  - staff initials alone are not annotated; staff names, their direct lines and personal
    mailboxes are; anonymous user codes, switchboards ("...-0"), hotlines and functional
    mailboxes are not;
  - a span never crosses a line break (a value broken over two lines gives two spans);
  - a private address is split into STREET_ADDRESS (street, number, additions) and LOCATION
    (postcode and town); towns of birth, origin, former residence and relatives' towns are
    LOCATION, also abroad and in other scripts; countries and nationalities are not; offices,
    schools, clinics, nursing homes, firms with a legal form, public places and the place in a
    signature line ("Bochum, den ...") are not;
  - STRICTER: a town of residence is LOCATION even when it is the office's own town ("wohnhaft
    in Bochum" in a note of a Bochum office), also a town alone after a private street line or
    in a household table;
  - STRICTER: a city district alone in a table cell or after "wohnt in" / "aus" / "Stadtteil"
    in a citizen's context ("Wattenscheid", "Gelsenkirchen-Buer", "Horst") is LOCATION; district
    names in PII-free statistics, opening hours and lists of public places are not;
  - file numbers, Kassenzeichen, BG, AZR, BAMF, Wohngeld, Kindergeld, booking, voter-roll,
    register-entry, court and other case numbers of a citizen's matter are DE_AKTENZEICHEN (the
    cue word stays outside); council papers, form, tariff, course, room and staff-code numbers
    are not;
  - German ID cards and eAT cards are DE_ID_CARD, so are the serial numbers of the paper
    documents of the foreigners' authority (Duldung, Fiktionsbescheinigung, Ausweisersatz); German and foreign passports, refugee travel documents, foreign
    identity cards and the personal numbers printed on them (T.C. kimlik, kart-e melli, tazkira,
    Syrian and Iraqi national ID, Ghana card PIN, carte de identitate and CNP, dowód osobisty,
    lična karta, Bulgarian лична карта and ЕГН, Ukrainian ID card and record number,
    letërnjoftim, Eritrean identity card) and visa labels are DE_PASSPORT;
  - a sole trader (e.K., Inh.) is a natural person: name, business address and HRA entry are
    personal; GmbHs, AGs, KGs, eGs and e.V.s, their register entries and addresses are not;
  - plates of citizens' and firms' vehicles are DE_KFZ; citizens' IPs are IP_ADDRESS, internal
    gateways are not;
  - only dates of birth are personal, also two-digit years, newborns' dates and OCR-garbled
    dates; STRICTER: a year of birth alone ("Jg. 1987", "geb. 1987", "(1987)" after a citizen's
    name, "Jahrgang 1961", "1961 geboren") is DATE_OF_BIRTH; ages ("43 J.") and due, expiry,
    death, letter and appointment dates are not annotated;
  - OCR noise inside a personal string belongs to the span.

Checks (standard library only, Python 3.11): the offsets give back the span text; spans are
sorted, disjoint, free of line breaks and of surrounding blanks; Steuer-IDs carry the ISO 7064
MOD 11,10 digit, IBANs pass MOD 97, Rentenversicherungsnummern carry their check digit, ID-card
numbers (blanks removed, upper-cased) use the ID-card alphabet and a tenth character is the
7-3-1 check digit; every keep phrase occurs at least once outside all spans; 4-5 keep phrases
and 400-3,000 characters per document; PII-free documents have no spans, the others have some;
every further whole-word occurrence of an annotated string (three characters or more) and of
every name part (three letters or more) of a PERSON span is annotated as well unless the document
allows it, and every allowance is used; the numbers of documents per style match the brief.
``corpus.jsonl`` is only written when no problem is found.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET = HERE / "corpus.jsonl"
PREFIX = "dev15"

SPAN_RX = re.compile(r"\[\[([A-Z_]+):(.*?)\]\]")
SHORT_TYPES = {
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
TYPES = frozenset(SHORT_TYPES.values())
CARD_CHARS = frozenset("CFGHJKLMNPRTVWXYZ0123456789")
MIN_LEN, MAX_LEN = 400, 3000

EXPECTED = {
    ("ocr_form", "pii"): 12,
    ("file_note", "pii"): 12,
    ("id_documents", "pii"): 10,
    ("letter", "pii"): 8,
    ("email_thread", "pii"): 8,
    ("table", "pii"): 10,
    ("clean_statistics", "clean"): 2,
    ("clean_opening_hours", "clean"): 2,
    ("clean_school_list", "clean"): 1,
    ("clean_waste_calendar", "clean"): 2,
    ("clean_job_advert", "clean"): 2,
    ("clean_council_resolution", "clean"): 1,
    ("clean_museum", "clean"): 2,
    ("clean_firm_list", "clean"): 2,
    ("clean_press_release", "clean"): 1,
    ("clean_fee_schedule", "clean"): 1,
    ("clean_parking_zones", "clean"): 1,
    ("clean_polling_stations", "clean"): 1,
    ("clean_sports_clubs", "clean"): 1,
    ("clean_road_works", "clean"): 1,
}

DOCUMENTS: list[dict] = []


# ------------------------------------------------------------------------------------------
# Numbers with check digits
# ------------------------------------------------------------------------------------------


def tax_check(first_ten: str) -> int:
    """Check digit of a Steuer-ID (ISO 7064, MOD 11,10)."""
    product = 10
    for digit in first_ten:
        total = (int(digit) + product) % 10
        if total == 0:
            total = 10
        product = (total * 2) % 11
    check = 11 - product
    return 0 if check == 10 else check


def tax_id(first_ten: str, spaced: bool = False) -> str:
    """Steuer-ID from ten digits: no leading zero, exactly one digit twice or three times."""
    if len(first_ten) != 10 or not first_ten.isdigit() or first_ten[0] == "0":
        raise ValueError(first_ten)
    multiples = [n for n in Counter(first_ten).values() if n > 1]
    if len(multiples) != 1 or multiples[0] not in (2, 3):
        raise ValueError(f"digit pattern of {first_ten}")
    number = first_ten + str(tax_check(first_ten))
    if spaced:
        return " ".join((number[:2], number[2:5], number[5:8], number[8:]))
    return number


def _digits_of(chars: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in chars))


def iban_ok(value: str) -> bool:
    compact = value.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", compact):
        return False
    return _digits_of(compact[4:] + compact[:4]) % 97 == 1


def make_iban(country: str, bban: str, spaced: bool = True) -> str:
    """IBAN with MOD-97 check digits for ``bban``."""
    check = 98 - _digits_of(bban + country + "00") % 97
    compact = f"{country}{check:02d}{bban}"
    if not spaced:
        return compact
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


RV_FACTORS = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)


def rv_check(area: str, birth: str, initial: str, serial: str) -> int:
    digits = area + birth + f"{ord(initial) - ord('A') + 1:02d}" + serial
    return sum(sum(divmod(int(d) * f, 10)) for d, f in zip(digits, RV_FACTORS, strict=True)) % 10


def make_rv(area: str, birth: str, initial: str, serial: str, spaced: bool = True) -> str:
    """Rentenversicherungsnummer: area, ddmmyy of birth, initial of the birth name, serial."""
    if len(area) != 2 or len(birth) != 6 or len(serial) != 2 or not initial.isupper():
        raise ValueError((area, birth, initial, serial))
    check = rv_check(area, birth, initial, serial)
    if spaced:
        return f"{area} {birth} {initial} {serial}{check}"
    return f"{area}{birth}{initial}{serial}{check}"


def mrz_digit(chars: str) -> int:
    """ICAO 9303 check digit with weights 7, 3, 1 (A=10 ... Z=35, '<'=0)."""
    return sum((0 if c == "<" else int(c, 36)) * (7, 3, 1)[i % 3] for i, c in enumerate(chars)) % 10


def card_no(serial: str, check: bool = False) -> str:
    """Number of a German ID card, eAT or paper residence document."""
    if len(serial) != 9 or not set(serial) <= CARD_CHARS:
        raise ValueError(serial)
    return serial + str(mrz_digit(serial)) if check else serial


def card_ok(value: str) -> bool:
    compact = value.replace(" ", "").upper()
    if len(compact) not in (9, 10) or not set(compact) <= CARD_CHARS:
        return False
    return len(compact) == 9 or mrz_digit(compact[:9]) == int(compact[9])


# ------------------------------------------------------------------------------------------
# Layout helpers; the markup never counts towards a cell's width
# ------------------------------------------------------------------------------------------


def bare(cell: str) -> str:
    return SPAN_RX.sub(r"\2", cell)


def tsv(*rows: tuple[str, ...]) -> str:
    """An Excel range pasted as text: cells separated by tabs."""
    return "\n".join("\t".join(row) for row in rows)


def aligned(widths: tuple[int, ...], *rows: tuple[str, ...]) -> str:
    """Space-aligned columns; at least one blank between two cells."""
    out = []
    for row in rows:
        parts = []
        for i, cell in enumerate(row):
            width = widths[i] if i < len(widths) else 0
            parts.append(cell + " " * max(1, width - len(bare(cell))))
        out.append("".join(parts).rstrip())
    return "\n".join(out)


def piped(widths: tuple[int, ...], *rows: tuple[str, ...], edge: bool = False) -> str:
    """Pipe table; ``edge`` adds the outer pipes."""
    out = []
    for row in rows:
        cells = []
        for i, cell in enumerate(row):
            width = widths[i] if i < len(widths) else 0
            cells.append(cell + " " * max(0, width - len(bare(cell))))
        line = " | ".join(cells)
        out.append(f"| {line} |" if edge else line.rstrip())
    return "\n".join(out)


def dotted(width: int, *pairs: tuple[str, str], dot: str = ".") -> str:
    """Form lines: label, dot leader up to ``width``, colon, value."""
    return "\n".join(
        f"{label} {dot * max(2, width - len(label) - 1)}: {value}".rstrip()
        for label, value in pairs
    )


def quoted(block: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + line).rstrip() for line in block.split("\n"))


# ------------------------------------------------------------------------------------------
# Registration and checks
# ------------------------------------------------------------------------------------------


def unmark(marked: str) -> tuple[str, list[dict]]:
    pieces: list[str] = []
    spans: list[dict] = []
    cursor = 0
    offset = 0
    for m in SPAN_RX.finditer(marked):
        before = marked[cursor : m.start()]
        pieces.append(before)
        offset += len(before)
        kind = SHORT_TYPES.get(m.group(1), m.group(1))
        if kind not in TYPES:
            raise ValueError(f"unknown type {m.group(1)!r}")
        value = m.group(2)
        spans.append({"start": offset, "end": offset + len(value), "type": kind, "text": value})
        pieces.append(value)
        offset += len(value)
        cursor = m.end()
    pieces.append(marked[cursor:])
    return "".join(pieces), spans


def register(kind: str, style: str, marked: str, keep: list[str], allow: tuple[str, ...]) -> None:
    text, spans = unmark(marked.strip("\n") + "\n")
    DOCUMENTS.append(
        {"kind": kind, "style": style, "text": text, "spans": spans, "keep": keep, "allow": allow}
    )


def pii(style: str, marked: str, keep: list[str], allow: tuple[str, ...] = ()) -> None:
    register("pii", style, marked, keep, allow)


def clean(style: str, marked: str, keep: list[str]) -> None:
    register("clean", style, marked, keep, ())


NAME_PART = re.compile(r"[^\W\d_]{3,}")


def inside_span(spans: list[dict], start: int, end: int) -> bool:
    return any(s["start"] <= start and end <= s["end"] for s in spans)


def word_hits(text: str, needle: str) -> list[tuple[int, int]]:
    rx = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")
    return [m.span() for m in rx.finditer(text)]


def check(doc: dict, ident: str) -> list[str]:
    issues: list[str] = []
    text, spans, keep = doc["text"], doc["spans"], doc["keep"]

    def flag(message: str) -> None:
        issues.append(f"{ident} [{doc['style']}]: {message}")

    if not MIN_LEN <= len(text) <= MAX_LEN:
        flag(f"{len(text)} characters, outside {MIN_LEN}-{MAX_LEN}")
    if not 4 <= len(keep) <= 5:
        flag(f"{len(keep)} keep phrases instead of 4-5")
    if len(set(keep)) != len(keep):
        flag("duplicate keep phrases")
    if doc["kind"] == "clean" and spans:
        flag("spans in a PII-free document")
    if doc["kind"] == "pii" and not spans:
        flag("no spans in a document with personal data")
    if "[[" in text or "]]" in text:
        flag("markup left over")

    last_end = -1
    for s in spans:
        value = s["text"]
        if text[s["start"] : s["end"]] != value:
            flag(f"offsets do not reproduce {value!r}")
        if s["start"] < last_end:
            flag(f"overlapping or unsorted span {value!r}")
        last_end = s["end"]
        if not value or value != value.strip() or "\n" in value:
            flag(f"bad boundaries of {value!r}")
        kind = s["type"]
        if kind == "DE_TAX_ID":
            digits = value.replace(" ", "")
            if not (
                len(digits) == 11 and digits.isdigit() and tax_check(digits[:10]) == int(digits[10])
            ):
                flag(f"Steuer-ID {value} is invalid")
        elif kind == "IBAN_CODE" and not iban_ok(value):
            flag(f"IBAN {value} is invalid")
        elif kind == "DE_SOCIAL_SECURITY":
            m = re.fullmatch(r"(\d\d)(\d{6})([A-Z])(\d\d)(\d)", value.replace(" ", ""))
            if not m or rv_check(m[1], m[2], m[3], m[4]) != int(m[5]):
                flag(f"RV number {value} is invalid")
        elif kind == "DE_ID_CARD" and not card_ok(value):
            flag(f"ID-card number {value} outside the alphabet or with a wrong check digit")
        elif kind == "DATE_OF_BIRTH" and not re.search(r"[0-9OlSBI]", value):
            flag(f"date of birth without digits: {value!r}")

    for phrase in keep:
        hits = [m.start() for m in re.finditer(re.escape(phrase), text)]
        if not hits:
            flag(f"keep phrase not found: {phrase!r}")
        elif all(any(s["start"] < h + len(phrase) and h < s["end"] for s in spans) for h in hits):
            flag(f"keep phrase only inside spans: {phrase!r}")

    needles: set[str] = set()
    for s in spans:
        if len(s["text"]) >= 3:
            needles.add(s["text"])
        if s["type"] == "PERSON":
            needles.update(NAME_PART.findall(s["text"]))
    used: set[str] = set()
    for needle in sorted(needles):
        for start, end in word_hits(text, needle):
            if inside_span(spans, start, end):
                continue
            if needle in doc["allow"]:
                used.add(needle)
                continue
            context = text[max(0, start - 35) : end + 35].replace("\n", "⏎")
            flag(f"unannotated occurrence of {needle!r}: ...{context}...")
            break
    for needle in doc["allow"]:
        if needle not in used:
            flag(f"allowance {needle!r} is not needed")
    return issues


def main() -> int:
    partial = "--partial" in sys.argv
    ordered = [d for d in DOCUMENTS if d["kind"] == "pii"] + [
        d for d in DOCUMENTS if d["kind"] == "clean"
    ]
    issues: list[str] = []
    records: list[dict] = []
    for number, doc in enumerate(ordered, start=1):
        ident = f"{PREFIX}-{number:03d}"
        issues += check(doc, ident)
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
    kinds = Counter(r["kind"] for r in records)
    styles = Counter((r["style"], r["kind"]) for r in records)
    if not partial:
        if kinds != Counter({"pii": 60, "clean": 20}):
            issues.append(f"need 60 pii and 20 clean documents, have {dict(kinds)}")
        for key, wanted in EXPECTED.items():
            if styles[key] != wanted:
                issues.append(f"style {key}: {styles[key]} documents instead of {wanted}")
        for key in styles:
            if key not in EXPECTED:
                issues.append(f"style {key} is not planned")
    for r in records:
        if r["kind"] == "clean" and not r["style"].startswith("clean_"):
            issues.append(f"{r['id']}: PII-free document needs a clean_* style")
    types = Counter(s["type"] for r in records for s in r["spans"])
    if issues:
        print("\n".join(issues), file=sys.stderr)
        print(f"{len(issues)} problem(s); corpus.jsonl not written", file=sys.stderr)
        return 1
    if not partial:
        with TARGET.open("w", encoding="utf-8") as fh:
            for r in records:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"wrote {len(records)} documents to {TARGET}")
    lengths = [len(r["text"]) for r in records]
    print(
        f"0 problems; pii {kinds['pii']}, clean {kinds['clean']}, spans {sum(types.values())}, "
        f"keep {sum(len(r['keep']) for r in records)}, characters {sum(lengths)}, "
        f"length {min(lengths)}-{max(lengths)}"
    )
    for kind, n in types.most_common():
        print(f"  {kind:20s} {n}")
    for (style, kind), n in sorted(styles.items()):
        n_spans = sum(len(r["spans"]) for r in records if (r["style"], r["kind"]) == (style, kind))
        print(f"  {style:28s} {kind:5s} {n:3d} docs {n_spans:4d} spans")
    return 0


# ==========================================================================================
# ocr_form (pii): OCR'd municipal forms
# ==========================================================================================

WBS_HOUSEHOLD = aligned(
    (3, 26, 13, 17),
    ("Nr", "Name, Vorname", "geb.", "Verh. z. Antr.", "eig. Einkommen"),
    ("l", "[[P:Kocaturk, Elif Sena]]", "[[DOB:l4.O9.l99l]]", "Antragstellerin", "[x] ja [ ] nein"),
    ("2", "[[P:Kocaturk, Deniz]]", "[[DOB:O3.O3.2Ol5]]", "Sohn", "[ ] ja [x] nein"),
    ("3", "[[P:Kocatürk, Ay1a]]", "[[DOB:2l.ll.2Ol9]]", "Tochter", "[ ] ja [x] nein"),
    ("4", "[[P:Kocaturk, Ayse Nur]]", "[[DOB:O8.O5.l968]]", "Mutter", "[x] ja [ ] nein"),
)

pii(
    "ocr_form",
    f"""
Stadt Bochum · Amt für Stadtplanung und Wohnen · Wohnraumförderung
Hans-Böckler-Straße 19 · 44787 Bochum · Tel. 0234 910-0
A n t r a g  a u f  E r t e i l u n g  e i n e s  W o h n b e r e c h t i g u n g s s c h e i n e s
Vordruck WBS-l (Stand O1/2O26)                    EINGANG 0 7. FEB. 2O27  Amt 6l
Vorgangs-Nr.: [[AZ:6l.2/WBS/2O27/OO4l8]]

1. Antragsteller/in
Familienname ..............: [[P:K o c a t u r k]]
Vorname(n) ................: [[P:E l i f  S e n a]]
Geburtsdatum/-ort .........: [[DOB:l4.O9.l99l]] / [[LOC:Bochum-Wattenscheid]]
Straße, Hausnr. ...........: [[STR:Hol1andstr. 4O, 2.OG li]]
PLZ, Wohnort ..............: [[LOC:44B66 Bochum]]
Te1efon (tagsüber) ........: [[TEL:Ol57 3l2 884 O9]]
E-Mai1 ....................: [[MAIL:e.kocaturk9l@gmx.de]]

2. Haushaltsangehörige (einschl. Antragsteller/in)
{WBS_HOUSEHOLD}
   Die Mutter zieht aus [[LOC:Gelsenkirchen-Ückendorf]] zu. [ ] schwanger  [x] Al1einerziehend

3. Gewünschte Wohnung   [x] 3 Räume [ ] 4 Räume   rollstuhlgerecht: [ ] ja [x] nein
4. Gesamteinkommen (Anlage E) ......: 2l.4B6,OO EUR jährl.
5. Derzeitige Wohnung: 6l m², Kaltmiete 47B,OO EUR, Vermieterin VBW Bauen und Wohnen GmbH

Ich versichere die Richtigkeit meiner Angaben (§ 27 WoFG).
Bochum, O3.O2.2O27                     ~[[P:E. Kocaturk]]~
""",
    [
        "Hans-Böckler-Straße 19 · 44787 Bochum",
        "0234 910-0",
        "Vordruck WBS-l (Stand O1/2O26)",
        "§ 27 WoFG",
        "VBW Bauen und Wohnen GmbH",
    ],
)


pii(
    "ocr_form",
    """
Stadt Herne - Fachbereich Kinder-Jugend-Familie - Kindertagespflege
Friedrich-Ebert-Platz 2, 44623 Herne    Tel. 02323 16-0    kindertagespflege@herne.de
ANMELDUNG FUR EINEN PLATZ IN DER KINDERTAGESPFLEGE            Vordruck KTP-3 / O9.2O25
☐ Erstanmeldung   ☒ Wechsel der Tagespflegeperson   ☐ Erweiterung Betreuungsumfang

Angaben zum Kind
Nachname[[P:Wiesner]]                 Vorname[[P:Mila Johanna]]
geb.am:[[DOB:O5,ll,2O24]]             Geschlecht: ☐m ☒w ☐d
Stadttei1: [[LOC:Sodingen]]
Anschrift: [[STR:Mont-Cenis-Str. l52]]
           [[LOC:44627 Herne]]

Personensorgeberechtigte
1) Mutter   Name:[[P:Wiesner]],[[P:Kathrin]]   geb.:[[DOB:3O.O6.l99O]]
            Te1. mobil [[TEL:Ol7l 55 93 2O7]]   Arbeitszeit: Schichtdienst
2) Vater    Name:[[P:0strowski]],[[P:Dawid]]   geb.:[[DOB:l7.Ol.B9]]
            nicht im Haushalt, wohnt in [[LOC:Castrop-Rauxe1]]
            ☒ gemeinsames Sorgerecht   ☐ al1einiges Sorgerecht

Betreuung gewünscht ab: Ol.O3.2O27   Umfang: ☐ bis 25 Std. ☒ bis 35 Std. ☐ bis 45 Std.
Bisherige Tagespflegeperson: Frau [[P:Brunhi1de Sauer]], [[STR:Gräffstraße 9]]
                             [[LOC:Herne]]
Geschwisterkind in Kita: ☒ ja, [[P:Lenny]] ([[DOB:2O2l]]), Kita St. Bonifatius
Kostenbeitrag nach Satzung; Einkommensnachweis folgt (Anlage EK-2).
Datenschutzhinweise gem. Art. 13 DSGVO erhalten ☒
Herne, 2O.Ol.2O27          Unterschrift ~[[P:K. Wiesner]]~
""",
    [
        "Friedrich-Ebert-Platz 2, 44623 Herne",
        "02323 16-0",
        "kindertagespflege@herne.de",
        "Vordruck KTP-3 / O9.2O25",
        "Art. 13 DSGVO",
    ],
    allow=("Herne",),
)

pii(
    "ocr_form",
    """
STADT DORTMUND   Bürgerdienste - Bewohnerparken
Südwall 2-4, 44137 Dortmund | Servicetelefon 0231 50-0 | bewohnerparken@stadtdo.de
Antrag auf Ausstellung eines Bewohnerparkausweises (§ 45 Abs. 1b Nr. 2a StVO)
Formular 32/BP-O4                                        Gebühr: 3O,7O EUR / Jahr
Vorgang [[AZ:32/2O27/BP/l19O3]]

Bewohnerparkzone: [x] K (Kreuzviertel)   [ ] U (Unionviertel)   [ ] H (Hafen)
Name    ________ [[P:P o h l m a n n]]
Vorname ________ [[P:Jan-Nik1as]]
geb.    ________ *[[DOB:22.O4.l996]]
Hauptwohnung ___ [[STR:Lindemannstr. 5S]]
PLZ Ort ________ [[LOC:44l37 Dortmund]]          gemeldet seit: Ol.O8.2O2l
amtl. Kennz. ___ [[KFZ:D0-JP 4B7]]

Fahrzeughalter/in:  [ ] Antragsteller   [x] Elternteil   [ ] Arbeitgeber
Halterin: [[P:Renate Pohlmann]]
          wohnhaft in [[LOC:Unna-Massen]]
Nutzungsnachweis: Überlassungserklärung der Halterin vom O2.Ol.2O27 liegt bei  [x]
Zweitwohnsitz im Zonengebiet? [ ] ja  [x] nein

Rückfragen: [[TEL:O23l 2B 44 9l6]] / [[MAIL:jn.pohlmann@posteo.de]]
Dortmund, O9.Ol.2O27                           ~[[P:J.-N. Pohlmann]]~
--- nur für den Dienstgebrauch ---
Ausweis geprüft: [[ID:T7KJ3M9PL]]   Zahlung: 3O,7O EUR EC   gez. Bd
""",
    [
        "Südwall 2-4, 44137 Dortmund",
        "0231 50-0",
        "bewohnerparken@stadtdo.de",
        "§ 45 Abs. 1b Nr. 2a StVO",
        "3O,7O EUR / Jahr",
    ],
)

ELTERNGELD_TAX = tax_id("5738204956", spaced=True)
ELTERNGELD_IBAN = make_iban("DE", "420500010103958274")

pii(
    "ocr_form",
    f"""
Stadt Gelsenkirchen - Referat Kinder, Jugend und Familien - Elterngeldstelle
Hans-Sachs-Haus, Ebertstraße 11, 45879 Gelsenkirchen · Tel. 0209 169-0 · elterngeld@gelsenkirchen.de
Z u s a t z b l a t t  B  zum Antrag auf Elterngeld (BEEG) - Angaben zum anderen Elternteil
Seite 3 von 4                                     Kassenz. [[AZ:5.2l7.OO4.3B6]]

Kind: Name [[P:Bajramovic]]  Vorname [[P:Lejla]]   geb. am [[DOB:ll.l2.2O26]]   Mehrling ☐
Antragstellende Person (Seite l): [[P:Bajramovic, Amela]], geb. [[DOB:l9B8-O2-O4]]

Anderer Elternteil
Name, Vorname ......... [[P:Hadzic, Emir]]
Geburtsdatum .......... [[DOB:O2/O9/l9B5]]
Anschrift ............. [[STR:Cranger Str. 3l7]]
                        [[LOC:4589l Gelsenkirchen-Buer]]
☒ wohnt mit dem Kind zusammen   ☐ wohnt nicht mit dem Kind zusammen
   (Antragstellerin wohnt dort seit Ol/2O27, vorher [[LOC:G1adbeck-Zweckel]])
Steuer-ldentifikationsnr. [[TAX:{ELTERNGELD_TAX}]]
Arbeitgeber ........... Nordstern Anlagenbau GmbH, HRB 4471 (AG Gelsenkirchen)
Einkommen vor Geburt .. 3.4l2,SS EUR brutto/Monat

Bezug Lebensmonate:  ☐l ☐2 ☒3 ☒4 ☐5 ☐6 ☐7 ☐8 ☐9 ☐lO ☐ll ☐l2 ☒l3 ☒l4
Partnerschaftsbonus  ☐ ja   ☒ nein
Bankverbindung (nur falls abweichend): [[IBAN:{ELTERNGELD_IBAN}]]
Kontoinhaber: [[P:Emir Hadzic]]

Gelsenkirchen, 2O.Ol.2O27        ~[[P:E. Hadzic]]~
""",
    [
        "Ebertstraße 11, 45879 Gelsenkirchen",
        "0209 169-0",
        "elterngeld@gelsenkirchen.de",
        "Nordstern Anlagenbau GmbH, HRB 4471",
        "3.4l2,SS EUR",
    ],
)

HUND_IBAN = make_iban("DE", "410500950000731942")

pii(
    "ocr_form",
    f"""
Stadt Hamm · Steueramt · Hundesteuer
Theodor-Heuss-Platz 16 · 59065 Hamm · Tel. 02381 17-0 · hundesteuer@stadt.hamm.de
ANMELDUNG EINES HUNDES ZUR HUNDESTEUER          (Satzung § 8, Formular St 4/22)
Kassenzeichen ....... [[AZ:2.2O2.7l4B.9]]

Ha1ter/in
N a m e :  [[P:A y d i n]]          V o r n a m e :  [[P:H a l i l]]
Geb.-Dat.:[[DOB:O9.l2.l97S]]   Geb.-Ort:[[LOC:Kirsehir]]
Straße/Nr.: [[STR:Ermelinghofstr. 3B]]
PLZ/Ort:    [[LOC:S9O75 Hamm]]
Stadtbezirk (bitte eintragen): [[LOC:Bockum-Hovel]]
Zuzug am: Ol.O9.2O26  aus: [[LOC:Ahlen]]

Hund
Rasse: Labrador-Mischling     Name des Hundes: Balu     Farbe: schwarz
Wurftag ca. O3/2O24     Haltung seit: lS.Ol.2O27     Steuermarke Nr. O4l7 (wird ausgegeben)
☐ gefährlicher Hund (§ 3 LHundG NRW)   ☐ Hund bestimmter Rasse (§ 10 LHundG NRW)
Ermäßigung: ☐ Rettungshund  ☐ Blindenführhund  ☐ Sozialpass
Abgabe durch bisherige Halterin: [[P:Monika Pieper]], [[LOC:Drensteinfurt]]

SEPA-Lastschriftmandat
Kontoinhaber: [[P:Ha1il Aydin]]
IBAN: [[IBAN:{HUND_IBAN}]]
Hamm, 2O.Ol.2O27        ~[[P:H. Aydin]]~
""",
    [
        "Theodor-Heuss-Platz 16 · 59065 Hamm",
        "02381 17-0",
        "hundesteuer@stadt.hamm.de",
        "Formular St 4/22",
        "§ 3 LHundG NRW",
    ],
)

pii(
    "ocr_form",
    """
Stadt Duisburg · Amt für Wirtschaft · Gewerbeangelegenheiten
Stadthaus, Friedrich-Albert-Lange-Platz 7, 47051 Duisburg · Tel. 0203 283-0
G e w e r b e - U m m e l d u n g   (GewA 2)                 Eingang: l4. JAN. 2O27
Az. Gewerbe: [[AZ:32-2l/GU/2O27/OO3S]]

1  Name ...................... [[P:NALBANT]]
2  Vornamen .................. [[P:Gül5en]]
3  Geschlecht ................ [ ] m  [x] w  [ ] d
4  Geburtsdatum .............. [[DOB:lS.O6.l9Bl]]
5  Geburtsort, -land ......... [[LOC:Kayseri]] / Türkei
6  Staatsangehörigkeit ....... [x] deutsch  [ ] andere
7  Wohnanschrift ............. [[STR:Wanheimer Str. 2l7]], [[LOC:47O53 Duisburg]]
   Telefon ................... [[TEL:O2O3 7l 88 4O3]]
8  Firma (bei HR-Eintragung) . Änderungsschneiderei [[P:Nalbant]] e.K.
9  Registergericht, Nr. ...... Amtsgericht Duisburg, [[HR:HRA l2O48]]
10 Betriebsstätte (neu) ...... [[STR:Sonnenwall 6l]], [[LOC:47O5l Duisburg]]
11 Betriebsstätte (bisher) ... [[STR:Mülheimer Str. l2B]]
                               [[LOC:47O57 Duisburg-Neudorf]]
12 Ummeldung zum ............. Ol.O2.2O27
13 Tätigkeit ................. Änderungsschneiderei, Annahmestelle Textilreinigung
14 Beschäftigte .............. Vollzeit: l   Teilzeit: 2
[x] Verlegung innerhalb der Gemeinde   [ ] Wechsel/Ausdehnung der Tätigkeit

Ich versichere die Richtigkeit der Angaben.     Duisburg, l2.Ol.2O27
~[[P:G. Nalbant]]~
""",
    [
        "Friedrich-Albert-Lange-Platz 7, 47051 Duisburg",
        "0203 283-0",
        "(GewA 2)",
        "Amtsgericht Duisburg",
        "Eingang: l4. JAN. 2O27",
    ],
)

SB_RV = make_rv("12", "080357", "N", "56")

pii(
    "ocr_form",
    f"""
Stadt Essen - Amt für Soziales und Wohnen - Schwerbehindertenrecht
Rathaus, Porscheplatz 1, 45127 Essen · Tel. 0201 88-0 · schwerbehindertenrecht@essen.de
Antrag nach § l52 SGB lX auf Feststellung einer Behinderung und Ausstellung eines Ausweises
Vordruck SB-A l (O3/2O25)                              Az. [[AZ:5O-4/SB/2O27/l7 3O9]]

l. Angaben zur Person
Name:[[P:Krzemin5ki]]     Vorname:[[P:Jadwiga]]     Geburtsname:[[P:Nowicka]]
Geburtsdatum:[[DOB:O8/O3/l9S7]]     Geburtsort:[[LOC:Bytom]]
Anschrift:[[STR:Altenessener Str. 3B1]]
          [[LOC:4S326 Essen]]       Stadtteil:[[LOC:Altenessen-Nord]]
Rentenvers.-Nr.: [[RV:{SB_RV}]]
Gesetzl. Vertreter/Betreuer ☒ ja ☐ nein
   Name: [[P:Marek Krzeminski]] (Sohn)   Tel. [[TEL:Ol52 O4 77 3l 9]]
   wohnhaft in [[LOC:Bottrop-Kirchhellen]]

2. Gesundheitsstörungen (seit wann)
 - Zustand nach Schlaganfall (O9/2O26), Gangunsicherheit, Sturzneigung
 - Diabetes mellitus Typ 2, insu1inpflichtig
3. Behandelnde Ärztinnen/Ärzte, Kliniken
 - Hausärztin: Dr. med. [[P:Reinhild Terhorst]]
 - Alfried Krupp Krankenhaus Rüttenscheid, Neurologie (O9-lO/2O26)
4. Merkzeichen beantragt:  ☒ G  ☐ aG  ☒ B  ☐ H  ☐ Bl  ☐ Gl  ☐ RF
5. Lichtbild  ☒ liegt bei  ☐ folgt
Ich entbinde die genannten Stellen von der Schweigepflicht ☒
Essen, 22.Ol.2O27     ~i.V. [[P:M. Krzeminski]]~
""",
    [
        "Porscheplatz 1, 45127 Essen",
        "0201 88-0",
        "schwerbehindertenrecht@essen.de",
        "§ l52 SGB lX",
        "Vordruck SB-A l (O3/2O25)",
    ],
)

MELDE_TABLE = aligned(
    (20, 18, 18),
    ("FamiIienname", "Vorname(n)", "Geburtsdatum", "Geburtsort"),
    ("[[P:Schutte]]", "[[P:Bernd]]", "[[DOB:27.O5.l96O]]", "[[LOC:Recklinghausen]]"),
    ("[[P:Schutte]]", "[[P:Martina]]", "[[DOB:ll.l2.l963]]", "[[LOC:Herten]]"),
)

pii(
    "ocr_form",
    f"""
STADT RECKLINGHAUSEN - Bürgerbüro im Rathaus
Rathausplatz 3-4, 45657 Recklinghausen   Tel. 02361 50-0   buergerbuero@recklinghausen.de
Antrag auf Ausstellung einer [x] einfachen [ ] erweiterten Meldebescheinigung (§ l8 BMG)
Geb.-Nr. 0l.0l - Gebühr l0,00 EUR  [x] bar [ ] EC                Lfd. Nr. Kasse 0479

Für folgende Person(en):
{MELDE_TABLE}
Anschrift: [[STR:Dortmunder Str. l4S]]
           [[LOC:Recklinghausen]]
Stadtteil: [[LOC:Hillerheide]]

Frühere Anschriften (nur erweiterte Bescheinigung): entfällt
Verwendungszweck: [x] Rentenversicherung  [ ] Arbeitgeber  [ ] Sonstiges
Ausweis Antragsteller vorgelegt: PA-Nr. [[ID:LH4TJ72M9]]  (gültig bis O3.2O3l)
Abholung durch Bevollmächtigte: [x] Tochter [[P:Sandra Schütte-Ilgner]]
                                  wohnt in [[LOC:Oer-Erkenschwick]]
Vollmacht liegt vor [x]   Ausweis der Bevollmächtigten: [[ID:l7NR4PC3T]]

Recklinghausen, O6.O2.2O27      ~[[P:B. Schutte]]~
""",
    [
        "Rathausplatz 3-4, 45657 Recklinghausen",
        "02361 50-0",
        "buergerbuero@recklinghausen.de",
        "§ l8 BMG",
        "Gebühr l0,00 EUR",
    ],
    allow=("Recklinghausen",),
)

BAFOEG_TAX = tax_id("4290317648")
BAFOEG_IBAN = make_iban("DE", "440501990281746305")
BAFOEG_LINES = aligned(
    (7, 31),
    ("Zeile", "Angabe", "Eintrag"),
    ("l", "Name", "[[P:Omerovic]]"),
    ("2", "Vorname", "[[P:Selma]]"),
    ("3", "Geburtsname", "-"),
    ("4", "Geburtsort", "[[LOC:Sarajevo]]"),
    ("S", "Geburtsdatum", "[[DOB:2S.l2.2OO8]]"),
    ("6", "Geschlecht", "[ ]m [x]w [ ]d"),
    ("lO", "Straße, Hausnummer", "[[STR:Oesterholzstr. ll4]]"),
    ("ll", "Postleitzahl, Ort", "[[LOC:44l4S Dortmund]]"),
    ("l2", "Stadtteil", "[[LOC:Borsigplatz]]"),
    ("l5", "Steuer-ldNr.", f"[[TAX:{BAFOEG_TAX}]]"),
    ("2l", "Ausbildungsstätte", "Robert-Bosch-Berufskolleg, Klasse HH2b"),
    ("22", "Beginn der Ausbildung", "O8/2O26"),
    ("3O", "IBAN", f"[[IBAN:{BAFOEG_IBAN}]]"),
)

pii(
    "ocr_form",
    f"""
Stadt Dortmund · Amt für Ausbildungsförderung · 44122 Dortmund · Tel. 0231 50-0
Formblatt l   Antrag auf Ausbildungsförderung nach dem BAföG (Schülerinnen und Schüler)
Förderungsnummer: [[AZ:l39 2O27 4O4 7l2]]                 Posteingang  2 l. JAN 2O27

{BAFOEG_LINES}

Formblatt 3 (Einkommenserklärung der Eltern) - Auszug, Seite l
Vater .......: [[P:Omerović, Edin]]   geb. [[DOB:O4.O7.7S]]
               wohnhaft: [[LOC:Lünen]], getrennt lebend seit 2Ol9
Mutter ......: [[P:Omerović-Bećirović, Amra]]   geb. [[DOB:l9.O3.BO]]
               wohnhaft: wie Antragstellerin
Geschwister .: [[P:Tarik]] (geb. [[DOB:2Ol2]]), Schüler; [[P:Dino]] ([[DOB:2OO5]]), Azubi in [[LOC:Hamm]]
[x] Die Antragstellerin wohnt bei den Eltern   [ ] nicht bei den Eltern (Zeile 42)

Dortmund, l9.Ol.2O27     ~[[P:S. Omerovic]]~     ~[[P:A. Omerović-Bećirović]]~
""",
    [
        "44122 Dortmund",
        "0231 50-0",
        "Formblatt l",
        "Robert-Bosch-Berufskolleg",
        "Posteingang  2 l. JAN 2O27",
    ],
)

pii(
    "ocr_form",
    """
Standesamt Bottrop · Rathaus · Ernst-Wilczok-Platz 1 · 46236 Bottrop · Tel. 02041 70-30
S T E R B E F A L L A N Z E I G E  (§ 28 PStG)
Anzeige durch: [ ] Angehörige  [x] Bestattungsunternehmen
Bestattungshaus Kranefeld GmbH, Gladbecker Str. 2l0, 46236 Bottrop (anzeigende Stelle)
Reg.-Nr. Standesamt: [[AZ:S l4B/2O27]]

Verstorbene Person
Familienname ......... [[P:Tiemann]]
Geburtsname .......... [[P:Wlodarczyk]]
Vornamen ............. [[P:Irmgard Hedwig]]
Tag der Geburt ....... [[DOB:l9. Mai l93B]]
Ort der Geburt ....... [[LOC:Zabrze]] ([[LOC:Hindenburg O.S.]])
letzter Wohnsitz ..... [[STR:Horster Str. 4B]], [[LOC:4624O Bottrop]]
Familienstand ........ verwitwet seit 2OlS
Ehegatte (verst.) .... [[P:Tiemann, Walter]], geb. [[DOB:O2.O2.l93S]]
Todestag, -zeit ...... 3l.Ol.2O27, O4:lS Uhr
Sterbeort ............ Marienhospital Bottrop, Josef-Albers-Str. 70
Religion ............. rk

Angehörige (Auftraggeberin der Bestattung)
Tochter [[P:Ute Kampmann]] geb. [[P:Tiemann]], [[STR:Am Bergbaumuseum l2]], [[LOC:44B9l Bochum]]
Enkel [[P:Jonas Kampmann]], wohnhaft in [[LOC:Mün5ter]]

Vorgelegte Urkunden: [x] Geburtsurkunde [x] Eheurkunde [x] Sterbeurkunde Ehegatte
Ärztliche Todesbescheinigung (vertraulicher Teil) liegt verschlossen bei.
Bottrop, Ol.O2.2O27    Bestattungshaus Kranefeld GmbH   ~i.A. Sch~
""",
    [
        "Ernst-Wilczok-Platz 1 · 46236 Bottrop",
        "02041 70-30",
        "§ 28 PStG",
        "Bestattungshaus Kranefeld GmbH",
        "Marienhospital Bottrop",
    ],
)

BUT_IBAN = make_iban("DE", "365500000016273849")
BUT_KIDS = aligned(
    (24, 13, 26),
    ("Kind (Name, Vorname)", "geb.", "Schule / Kita", "Leistung"),
    (
        "[[P:Adeyemi, Tobi]]",
        "[[DOB:l4.O2.2Ol4]]",
        "Gesamtschule Osterfeld",
        "[x] Mittagessen [x] Ausflug",
    ),
    (
        "[[P:Adeyemi, Zainab]]",
        "[[DOB:O6.O6.2Ol7]]",
        "Astrid-Lindgren-Schule",
        "[x] Mittagessen [ ] Ausflug",
    ),
    ("[[P:Schulte, Noah]]", "[[DOB:2B.O9.2O2l]]", "Kita Regenbogen", "[x] Mittagessen"),
)

pii(
    "ocr_form",
    f"""
Stadt Oberhausen - Bereich Soziales - Bildung und Teilhabe
Schwartzstraße 72, 46045 Oberhausen · Tel. 0208 825-0 · but@oberhausen.de
A N T R A G  auf Leistungen für Bildung und Teilhabe (§ 6b BKGG / § 34 SGB II)
Leistungsbezug: ☐ SGB II  ☐ SGB XII  ☒ Kinderzuschlag  ☐ Wohngeld  ☐ AsylbLG
Kindergeld-Nr.: [[AZ:4l5FK2O739l]]       BuT-Vorgang: [[AZ:BT-5O/2O27/O6l2]]

Antragsteller/in: [[P:Adeyemi-Schulte]], [[P:Folake]]      geb. [[DOB:3l-O8-l9B7]]
Anschrift: [[STR:Mülheimer Str. 2B5]] [[LOC:46O4S Oberhausen]]
Stadtteil: [[LOC:Lirich]]     Tel.: [[TEL:Ol76 4l 2O9 BB3]]

{BUT_KIDS}

Lernförderung: ☐ ja (Bestätigung der Schule Anlage LF)   Schülerbeförderung: ☐ ja
Zahlung an: ☒ Anbieter (Mensa)  ☐ Antragsteller/in
Kontoinhaber (falls abweichend): Vater [[P:Olusegun Adeyemi]]
   wohnhaft in [[LOC:Mülheim an der Ruhr]]
IBAN: [[IBAN:{BUT_IBAN}]]

0berhausen, 2S.Ol.2O27     ~[[P:F. Adeyemi-Schulte]]~
""",
    [
        "Schwartzstraße 72, 46045 Oberhausen",
        "0208 825-0",
        "but@oberhausen.de",
        "§ 6b BKGG",
        "Astrid-Lindgren-Schule",
    ],
)

pii(
    "ocr_form",
    """
Stadt Witten - Wahlamt - Briefwahl
Marktstraße 16, 58452 Witten · Tel. 02302 581-0 · briefwahl@stadt-witten.de
Landtagswahl NRW 2O27        Wahlbezirk O4l2        Nr. im Wählerverzeichnis: [[AZ:7l4]]
Antrag auf Erteilung eines Wahlscheins (Rückseite der Wahlbenachrichtigung)

Familienname, Vorname: [[P:Ludtke-Brandt, Hanne]]
                       [[P:lore]]
Geburtsdatum:          [[DOB:O4.lO.l94l]]
Wohnung:               [[STR:Ruhrdeich 3S]]
                       [[LOC:S8452 Witten]]

☒ Ich beantrage die Erteilung eines Wahlscheins mit Briefwahlunterlagen.
☒ Die Unterlagen sollen an folgende Anschrift gesandt werden:
      [[P:H. Lüdtke-Brandt]] c/o Familie [[P:Brandt]]
      [[STR:Via dei Mille 2B]]
      [[LOC:l8O39 Sanremo (IM)]]
      ltalien
☐ Die Unterlagen werden abgeholt von: ............................
☐ Ich beantrage den Wahlschein für eine hilfsbedürftige Person.

Telefon für Rückfragen: [[TEL:+39 3B4 l2O 77 4l]]
Witten, 2O.O3.2O27        ~[[P:Hannelore Lüdtke-Brandt]]~
--- Vermerk Wahlamt: WS-Nr. vergeben, versandt per Luftpost am 24.O3.2O27 (Kü)
""",
    [
        "Marktstraße 16, 58452 Witten",
        "02302 581-0",
        "briefwahl@stadt-witten.de",
        "Wahlbezirk O4l2",
        "Landtagswahl NRW 2O27",
    ],
)


# ==========================================================================================
# file_note (pii): Aktenvermerke, notes, resubmission lists, handovers
# ==========================================================================================

pii(
    "file_note",
    """
Stadt Bochum - Ordnungsamt - Kommunaler Ordnungsdienst (KOD)
Aktenvermerk                                            Az.: [[AZ:32-OD-2027-00917]]

Betr.: wiederholte Ruhestörung im Haus [[STR:Hattinger Str. 212, Hinterhaus]]

Beschwerdeführerin: Fr. [[P:Wollenweber]] (Jg. [[DOB:1952]]), 1. OG, wohnhaft in [[LOC:Bochum]] seit über
40 Jahren, Tel. [[TEL:0234 47 11 936]].
Verursacher lt. Beschwerde: Mieter EG links, Hr. [[P:Sadiku]], [[P:Arben]] (Jg. [[DOB:1987]]); bei ihm wohnt
zurzeit sein Bruder [[P:Valon]], gemeldet noch in [[LOC:Wattenscheid]].

Ortstermin 03.02.2027, 22:40 Uhr (KOD-Streife Süd, Dienstnummern 4117/4123): Musik deutlich
im Treppenhaus hörbar. Hr. [[P:Sadiku]] zeigte sich einsichtig, die Anlage wurde ausgeschaltet.
Personalausweis kontrolliert ([[ID:LF2RK7N4X]]). Fr. [[P:Wollenweber]] erklärt, Hr. [[P:Sadiku]] sei „eigentlich
nett“, das Problem seien die Feiern am Wochenende.
Nachbar Hr. [[P:Kowalewski]] (2. OG rechts, Jahrgang [[DOB:1961]]) bestätigt die Lärmbelästigung
telefonisch; er wohnt erst seit Oktober dort und kam aus [[LOC:Herne-Holsterhausen]].

Weiteres Vorgehen: Verwarnung mit Hinweis auf § 117 OWiG; Information an die Vermieterin
Vonovia SE, Universitätsstraße 133, 44803 Bochum. WV 03.03.2027.

Sachbearbeitung: [[P:Schulte-Bockholt]], Durchwahl [[TEL:0234 910-3367]] (Zentrale 0234 910-0)
gez. Sb
""",
    [
        "0234 910-0",
        "§ 117 OWiG",
        "Vonovia SE, Universitätsstraße 133, 44803 Bochum",
        "KOD-Streife Süd",
        "Dienstnummern 4117/4123",
    ],
    allow=("Bochum",),
)

pii(
    "file_note",
    """
Stadt Gelsenkirchen · Referat Kinder, Jugend und Familien · ASD Team Süd
Gesprächsnotiz vom 11.01.2027                              Fall-Nr. [[AZ:ASD-S-2027-0331]]

Anwesend: KM Fr. [[P:Dragan]] ([[DOB:1994]]), Hr. [[P:Ciobanu]] (Lebensgefährte der KM),
Fr. [[P:Brüggemann]] (ASD)
Kinder: [[P:Ionut]] ([[DOB:2016]]), [[P:Sofia]] ([[DOB:2019]]), [[P:Luca]] (geb. [[DOB:08.05.2023]])

Familie wohnt seit Dezember in [[LOC:Ückendorf]] ([[STR:Bochumer Str. 118, 3. OG]]), vorher in der
Notunterkunft. Die Oma mütterlicherseits wohnt in [[LOC:Horst]] und nimmt die Kinder
nachmittags. KM berichtet, der leibliche Vater von [[P:Ionut]] und [[P:Sofia]], Hr. [[P:Mihai Dragan]], sei nach
[[LOC:Constanța]] zurückgekehrt; Kontakt nur per WhatsApp, Unterhalt wird nicht gezahlt.
Schule (GS Georgstraße) meldet für [[P:Ionut]] 14 Fehltage seit den Herbstferien.

Einschätzung: derzeit keine gewichtigen Anhaltspunkte nach § 8a SGB VIII; Unterstützungsbedarf
bei Tagesstruktur und Schulbesuch.
Vereinbarung: KM meldet [[P:Luca]] bis 31.01. über den Kita-Navi an; Hr. [[P:Ciobanu]] begleitet [[P:Ionut]]
morgens zur Schule; UVG-Antrag wird gemeinsam gestellt.
Nächster Termin: 08.02.2027, 10:00 Uhr, Hausbesuch.

Rückfragen: Fr. [[P:Brüggemann]], Tel. [[TEL:0209 169-4582]], [[MAIL:k.brueggemann@gelsenkirchen.de]]
Jugendamt allgemein: 0209 169-0
""",
    [
        "0209 169-0",
        "Referat Kinder, Jugend und Familien",
        "§ 8a SGB VIII",
        "GS Georgstraße",
        "Kita-Navi",
    ],
)

DO_WV = aligned(
    (8, 17, 13),
    ("WV", "Az.", "Name", "Bemerkung"),
    (
        "08.02.",
        "[[AZ:50/3-2-11874]]",
        "[[P:Hülsmann]]",
        "Jg. [[DOB:1949]], [[LOC:Hörde]]; Kontoauszüge fehlen",
    ),
    (
        "08.02.",
        "[[AZ:50/3-2-12203]]",
        "[[P:Nikolić]]",
        "Jg. [[DOB:1951]], [[LOC:Scharnhorst]]; Heimaufnahme geplant",
    ),
    (
        "09.02.",
        "[[AZ:50/3-2-09961]]",
        "[[P:Brzezinski]]",
        "[[DOB:1946]] geb., [[LOC:Eving]]; Mietbescheinigung neu",
    ),
    (
        "10.02.",
        "[[AZ:50/3-2-12650]]",
        "[[P:Oltmanns]]",
        "Jg. [[DOB:1955]], [[LOC:Huckarde]]; EM-Rente Bescheid?",
    ),
    (
        "12.02.",
        "[[AZ:50/3-2-10118]]",
        "[[P:Ayaz]]",
        "Jg. [[DOB:1957]], [[LOC:Nordstadt]]; Umzug angekündigt",
    ),
)

pii(
    "file_note",
    f"""
Stadt Dortmund - Sozialamt - Grundsicherung im Alter und bei Erwerbsminderung (Team 50/3-2)
Wiedervorlage KW 06/2027                     Stand 05.02.2027, erstellt von SGA-ZE07

{DO_WV}

Hinweise:
- [[P:Hülsmann]]: die Tochter in [[LOC:Lünen]] kümmert sich um die Post, Vollmacht liegt vor.
- [[P:Nikolić]]: Seniorenzentrum Am Oberhausener Weg hat Platz ab 01.03. zugesagt; der Sohn lebt
  in [[LOC:Kragujevac]] und ist nur per E-Mail erreichbar ([[MAIL:nikolic.dejan@mts.rs]]).
- [[P:Oltmanns]]: wohnt inzwischen bei der Lebensgefährtin in [[LOC:Castrop-Rauxel]], Zuständigkeit
  prüfen (§ 98 SGB XII).
- [[P:Ayaz]]: neue Anschrift lt. Telefonat [[STR:Mallinckrodtstr. 203]], 2. OG; Ummeldung abwarten.

Vertretung bis 14.02.: Hr. [[P:Gerdes]], Tel. [[TEL:0231 50-22214]]
Servicetelefon Sozialamt 0231 50-0 · grundsicherung@stadtdo.de
""",
    [
        "Team 50/3-2",
        "SGA-ZE07",
        "§ 98 SGB XII",
        "0231 50-0",
        "grundsicherung@stadtdo.de",
    ],
)

ESSEN_AZR_1 = "183406271195"

pii(
    "file_note",
    f"""
Stadt Essen - Ausländerbehörde - Team 3 (Buchstaben K-O)
Übergabevermerk Urlaubsvertretung 15.02.-05.03.2027
von: [[P:Reinders]]   an: [[P:Yıldırım]]

1. [[P:Karimi]], [[P:Farzaneh]] (geb. [[DOB:1993]]), AZR-Nr. [[AZ:{ESSEN_AZR_1}]]
   Fiktionsbescheinigung läuft am 28.02. ab, Termin 20.02. ist vergeben. Sie wohnt inzwischen
   in [[LOC:Altenessen]] bei ihrem Bruder; der Bruder selbst ist in [[LOC:Mülheim]] gemeldet (!).
   Bitte Wohnsitzregelung nach § 12a AufenthG prüfen.
2. [[P:Kovačević]] - Ehefrau und zwei Kinder noch in [[LOC:Novi Pazar]]; Visumverfahren über die
   Botschaft Belgrad, Zustimmung nach § 31 AufenthV erteilt am 02.02. Telefonisch nicht
   erreichbar (Nr. [[TEL:0157 3394 1186]] „nicht vergeben“), Brief ist raus.
3. [[P:Mbala]], [[P:Christelle]] - Jg. [[DOB:1998]], Duldung, Passbeschaffung läuft; Mutter in
   [[LOC:Kinshasa]] soll die Geburtsurkunde schicken. Nächste Verlängerung 01.03.
4. Fam. [[P:Okafor]] aus [[LOC:Katernberg]] - Einbürgerungsantrag ist an Team 5 abgegeben,
   nur noch die Akte rüberbringen.

Post bitte täglich im Funktionspostfach auslaenderbehoerde@essen.de sichten.
Erreichbarkeit Vertretung: [[P:Yıldırım]], Tel. [[TEL:0201 88-33415]]; Service-Center 0201 88-0
""",
    [
        "Team 3 (Buchstaben K-O)",
        "§ 12a AufenthG",
        "§ 31 AufenthV",
        "auslaenderbehoerde@essen.de",
        "0201 88-0",
    ],
)

pii(
    "file_note",
    """
Stadt Herne · FB Soziales · Wohnungsnotfallhilfe / Unterbringung
Aktenvermerk                                                  Herne, 19.01.2027
Az.: [[AZ:50.3-UB-2027-014]]

Hr. [[P:Brinkmann]], [[P:Detlef]] (Jahrgang [[DOB:1961]]), bisher wohnhaft in [[LOC:Herne-Wanne]],
[[STR:Hauptstr. 302]], ist seit der Räumung am 15.01. (Räumungsurteil AG Herne-Wanne,
[[AZ:25 C 411/26]]) obdachlos. Vorläufige Unterbringung in der Unterkunft Koniner Straße,
Zimmer 12 (Einweisungsverfügung nach § 14 OBG NRW).

Die Schwester, Fr. [[P:Gerda Tillmann]], wohnt in [[LOC:Bochum-Gerthe]] und kann ihn wegen der
eigenen Pflegesituation nicht aufnehmen. Ein Bruder lebt lt. Hr. [[P:Brinkmann]] „irgendwo in
[[LOC:Bremerhaven]]“, kein Kontakt.
Einkommen: Erwerbsminderungsrente 1.012,40 EUR; Grundsicherung ergänzend beantragt.
Hr. [[P:Brinkmann]] hat einen Hund (Mischling „Rocky“), der in der Unterkunft nicht erlaubt ist; der
Hund ist vorübergehend beim früheren Nachbarn Hr. [[P:Schellenberg]] ([[STR:Hauptstr. 298]]).
Wohnungssuche: Kontakt zur HGW Herner Gesellschaft für Wohnungsbau mbH aufgenommen,
Vormerkung läuft.

gez. [[P:Pütz-Akbulut]], Tel. [[TEL:02323 16-2891]] (Zentrale 02323 16-0)
""",
    [
        "§ 14 OBG NRW",
        "HGW Herner Gesellschaft für Wohnungsbau mbH",
        "02323 16-0",
        "1.012,40 EUR",
        "Koniner Straße",
    ],
    allow=("Herne-Wanne",),
)

pii(
    "file_note",
    """
Stadt Hamm - Standesamt - Theodor-Heuss-Platz 16, 59065 Hamm - Tel. 02381 17-0
Telefonvermerk                       28.01.2027, 09:40 Uhr            Bearb.: STA-HM04

Anrufer: Hr. [[P:Zimmermann]], [[P:Klaus-Dieter]] (Jg. [[DOB:1958]]), wohnt in [[LOC:Hamm-Uentrop]],
Rückruf unter [[TEL:02388 30 27 14]].
Anliegen: Er braucht für den Rentenantrag seiner Mutter, Fr. [[P:Hildegard Zimmermann]] geb.
[[P:Kaluza]], geb. [[DOB:1938]] in [[LOC:Breslau]], eine beglaubigte Abschrift aus dem Eheregister
(Eheschließung 1957 vor dem Standesamt Hamm, Registernr. [[AZ:H 212/1957]]).
Die Mutter lebt seit 2024 in einem Pflegeheim in [[LOC:Werne]] und kann nicht selbst kommen.
Der Vater, [[P:Heinz Zimmermann]] ([[DOB:1931]]-2019), ist verstorben; Sterbeurkunde liegt vor.
Bruder des Anrufers, [[P:Rainer]], lebt in [[LOC:Winnipeg]] und hat ebenfalls Interesse an einer
Abschrift (Erbsache).

Auskunft erteilt: Abschrift 12,00 EUR, Antrag mit Vollmacht der Mutter über das Online-Portal
oder per Mail an standesamt@stadt.hamm.de; Hinweis auf § 62 PStG (Berechtigung Abkömmlinge).
Erledigt, keine WV.
""",
    [
        "Theodor-Heuss-Platz 16, 59065 Hamm",
        "02381 17-0",
        "STA-HM04",
        "12,00 EUR",
        "standesamt@stadt.hamm.de",
    ],
)

pii(
    "file_note",
    """
Stadt Recklinghausen - Fachdienst Senioren - Pflegeberatung
Vermerk über Hausbesuch am 02.02.2027                        Az. [[AZ:51-SB-0218/27]]

Besucht: Fr. [[P:Kemper]], [[P:Elfriede]] (Jg. [[DOB:34]]), wohnhaft [[STR:Bochumer Str. 171]],
[[LOC:Recklinghausen]] (Stadtteil [[LOC:Recklinghausen-Süd]]).
Anwesend: Sohn Hr. [[P:Kemper]] (wohnt in [[LOC:Datteln]]), Nachbarin Fr. [[P:Yavuz]].

Fr. [[P:Kemper]] (92 J.) lebt allein im 1. OG, kein Aufzug. Pflegegrad 2 seit 2025, Pflegedienst
Vestische Pflege GmbH zweimal täglich. Tochter [[P:Birgit]] ([[DOB:1961]]) lebt in [[LOC:Hannover]]
und kommt einmal im Monat. Fr. [[P:Yavuz]] kauft zweimal pro Woche für sie ein.
Sturz im Bad im Dezember, seitdem große Unsicherheit beim Treppensteigen.

Empfehlungen: Hausnotruf; Antrag auf Höherstufung (§ 18 SGB XI); Wohnberatung wegen
Haltegriffen und Duschumbau (Zuschuss der Pflegekasse bis 4.180 EUR).
Hr. [[P:Kemper]] (Tel. [[TEL:02363 55 71 08]]) stellt den Antrag und meldet sich nach dem MD-Termin.

Beraterin: [[P:Nadine Overkamp]], Durchwahl [[TEL:02361 50-2247]]; Zentrale 02361 50-0
""",
    [
        "02361 50-0",
        "§ 18 SGB XI",
        "Vestische Pflege GmbH",
        "Pflegegrad 2",
        "4.180 EUR",
    ],
    allow=("Recklinghausen",),
)

pii(
    "file_note",
    """
Stadt Duisburg - Wohngeldstelle - Team West
Rückrufnotizen Telefonservice 10.02.2027 (Aufnahme: Servicecenter, Kürzel WG-SC3)

- 08:12  [[P:Kaya]] (Wohngeld-Nr. [[AZ:WG-64-118820]]), wohnt jetzt in [[LOC:Rheinhausen]], fragt nach
         der Weiterbewilligung; Rückruf [[TEL:0176 58 22 31 40]] (nur nachmittags).
- 08:40  Fr. [[P:Gerritzen]], Jg. [[DOB:1944]], aus [[LOC:Homberg]] - Mieterhöhung zum 01.03., Schreiben der
         Gebag Duisburger Baugesellschaft mbH liegt vor; will wissen, ob sie neu beantragen muss.
- 09:05  Hr. [[P:Petrović]] für seine Mutter (geb. [[DOB:1939]], wohnt in [[LOC:Hamborn]]); Vollmacht fehlt,
         Hinweis gegeben. Er selbst wohnt in [[LOC:Dinslaken]], Tel. [[TEL:02064 47 90 12]].
- 09:31  Hr. [[P:Kaya]] nochmals - hat Kontoauszüge per Post geschickt.
- 10:02  Fr. [[P:Al-Hamdani]] ([[DOB:1990]]), [[LOC:Marxloh]]: Haushaltsgröße hat sich geändert, Baby
         geb. [[DOB:03.02.2027]]; Änderungsmitteilung nach § 27 WoGG zugeschickt.
- 10:15  anonym, allgemeine Frage zur Mietstufe - erledigt.

Bitte bis 12:00 Uhr zurückrufen und hier abhaken.
Teamleitung: [[P:Hoffmann-Ruiz]], Tel. [[TEL:0203 283-2976]]
Servicetelefon Wohngeld 0203 283-0 · wohngeld@stadt-duisburg.de
""",
    [
        "WG-SC3",
        "Gebag Duisburger Baugesellschaft mbH",
        "§ 27 WoGG",
        "0203 283-0",
        "wohngeld@stadt-duisburg.de",
    ],
)

pii(
    "file_note",
    """
Stadt Bottrop - Fachbereich Schule und Bildung - Schulverwaltung
Aktenvermerk: Schulwechsel zum 2. Halbjahr                           Bottrop, 26.01.2027
Vorgang [[AZ:40-SW-2027-031]]

Die Schülerin [[P:Lea-Sophie Wiechers]], geb. [[DOB:2013]], bisher Klasse 7b der
Gesamtschule Welheim, zieht mit der Mutter, Fr. [[P:Anja Wiechers]], zum 01.02. nach [[LOC:Gladbeck-Butendorf]].
Der Vater, Hr. [[P:Marco Wiechers]], bleibt in [[LOC:Kirchhellen]] wohnen ([[STR:Hackfurthstraße 40]]);
gemeinsames Sorgerecht, beide Eltern haben dem Wechsel schriftlich zugestimmt.
Bruder [[P:Finn]] (Jg. [[DOB:2016]]) bleibt vorerst bei den Großeltern in [[LOC:Kirchhellen-Feldhausen]]
und besucht weiter die GS Grafenwald.

Aufnahme an der Ingeborg-Drewitz-Gesamtschule Gladbeck bestätigt (Schreiben vom 20.01.2027).
Schülerakte versandt am 25.01.2027. Schülerfahrkosten für [[P:Finn]]: kein Anspruch
(SchfkVO § 5, Schulweg unter 2 km). Die Mutter ist unter [[TEL:0157 88 40 21 63]] erreichbar.

Bearb.: [[P:Terfloth]], Tel. [[TEL:02041 70-3516]]; Bürgerservice 02041 70-30
""",
    [
        "Gesamtschule Welheim",
        "GS Grafenwald",
        "Ingeborg-Drewitz-Gesamtschule Gladbeck",
        "SchfkVO § 5",
        "02041 70-30",
    ],
)

pii(
    "file_note",
    """
Stadt Dortmund - Bürgerdienste - Einbürgerung
Vermerk über persönliche Vorsprache am 03.02.2027, Raum 2.14
Einbürgerungsantrag Az. [[AZ:EB 33/2026/4417]]

Antragsteller: Hr. [[P:Haddad]], [[P:Firas]] ([[DOB:1988]]), wohnhaft in [[LOC:Dortmund-Eving]] seit 2016.
Miteinbürgerung: Ehefrau Fr. [[P:Haddad]] geb. [[P:Nasser]] ([[DOB:1991]]); Kinder [[P:Yara]] ([[DOB:2017]]) und
[[P:Adam]] ([[DOB:2020]]), beide in [[LOC:Dortmund]] geboren.

Vorgelegt: Bescheinigung Einbürgerungstest (bestanden), Zertifikat B1 (telc), Arbeitsvertrag
DSW21 (Dortmunder Stadtwerke AG) seit 2019, keine Leistungen nach SGB II/XII.
Die Eltern des Antragstellers leben in [[LOC:Lünen-Brambauer]], ein Bruder, [[P:Samir]], noch in [[LOC:Homs]].
Der Antragsteller hat seine Mutter als Übersetzerin mitgebracht; sie ist Jahrgang [[DOB:1962]].
Straffreiheit: BZR-Auskunft angefordert. Mehrstaatigkeit wird hingenommen (§ 10 StAG n.F.),
ein Entlassungsnachweis ist nicht erforderlich.

Offen: Verdienstbescheinigungen Nov./Dez.; Fr. [[P:Haddad]] reicht den Nachweis über die
Kenntnisse der Rechts- und Gesellschaftsordnung nach. Unterlagen bitte an
einbuergerung@dortmund.de.
WV 03.05.2027 - [[P:Lohmeyer]], Tel. [[TEL:0231 50-26118]]
""",
    [
        "Raum 2.14",
        "Zertifikat B1",
        "DSW21 (Dortmunder Stadtwerke AG)",
        "§ 10 StAG",
        "einbuergerung@dortmund.de",
    ],
    allow=("Dortmund",),
)

WITTEN_WV = aligned(
    (8, 17, 22, 6, 10),
    ("WV", "Az.", "Halter/in", "Jg.", "Ortsteil", "Sachstand"),
    (
        "03.02.",
        "[[AZ:32-H-2026-118]]",
        "[[P:Sommerfeld, Uwe]]",
        "[[DOB:1979]]",
        "[[LOC:Annen]]",
        "Sachkundenachweis fehlt",
    ),
    (
        "07.02.",
        "[[AZ:32-H-2026-131]]",
        "[[P:Ristić, Dejan]]",
        "[[DOB:1990]]",
        "[[LOC:Herbede]]",
        "Bissvorfall 12.12., Anhörung",
    ),
    (
        "10.02.",
        "[[AZ:32-H-2027-004]]",
        "[[P:Krämer-Bolz, Ina]]",
        "[[DOB:1968]]",
        "[[LOC:Bommern]]",
        "Leinenzwang-Verstoß",
    ),
    (
        "14.02.",
        "[[AZ:32-H-2027-009]]",
        "[[P:Osei, Kwabena]]",
        "[[DOB:1985]]",
        "[[LOC:Stockum]]",
        "Anmeldung 2. Hund",
    ),
)

pii(
    "file_note",
    f"""
Stadt Witten - Ordnungsamt - Sachgebiet Hunde (LHundG NRW)
Wiedervorlageliste Februar 2027                Bearbeitung: [[P:Aldenhoff]] / Vertretung: OA-H2

{WITTEN_WV}

Zu [[P:Sommerfeld]]: Frist zur Vorlage des Sachkundenachweises (§ 11 LHundG) bis 28.02. gesetzt.
Zu [[P:Ristić]]: Geschädigte Fr. [[P:Hegemann]] (Jg. [[DOB:1956]]) wohnt in [[LOC:Wetter (Ruhr)]], Anzeige bei der
Polizei liegt vor; Halter bestreitet, der Hund sei nicht angeleint gewesen.
Zu [[P:Krämer-Bolz]]: Zeuge Hr. [[P:Lenz]] aus [[LOC:Rüdinghausen]], Tel. [[TEL:02302 88 14 57]].
Zu [[P:Osei]]: zieht lt. Nachbarin nach [[LOC:Hattingen]]; Abmeldung abwarten, dann Abgabe an dortige
Behörde.

Rückfragen: [[P:Aldenhoff]], Tel. [[TEL:02302 581-3218]] · Zentrale 02302 581-0 · ordnungsamt@stadt-witten.de
""",
    [
        "Sachgebiet Hunde (LHundG NRW)",
        "OA-H2",
        "§ 11 LHundG",
        "02302 581-0",
        "ordnungsamt@stadt-witten.de",
    ],
)

pii(
    "file_note",
    """
Stadt Essen - Grün und Gruga - Friedhofsverwaltung
Aktenvermerk: Umschreibung Nutzungsrecht Wahlgrab Südwestfriedhof, Feld 14, Nr. 213-214
Vorgang: [[AZ:67-FV-2027-0092]]

Verstorbene Nutzungsberechtigte: Fr. [[P:Wollny]], [[P:Helga]] (Jg. [[DOB:1931]], verst. 11.12.2026),
zuletzt wohnhaft in [[LOC:Essen-Frohnhausen]]. Im Grab beigesetzt ist bereits ihr Ehemann
[[P:Heinz Wollny]] ([[DOB:1929]]-2008).

Erben lt. Erbschein (AG Essen, [[AZ:151 VI 1043/26]]): Sohn [[P:Jürgen Wollny]], wohnt in [[LOC:Kamen]],
und Tochter [[P:Sabine Rademacher]], wohnt in [[LOC:Bergkamen]]. Beide erklären schriftlich
(20.01.2027), dass der Sohn das Nutzungsrecht übernimmt. Die Tochter verzichtet.

Gebühr Umschreibung: 58,00 EUR (Friedhofsgebührensatzung Nr. 4.2). Die Ruhezeit endet 2034;
Verlängerung des Nutzungsrechts bis 2047 möglich, Kosten lt. Satzung 1.240,00 EUR.
Hr. [[P:Wollny]] möchte vorher mit seiner Schwester sprechen; Rückruf unter [[TEL:02307 95 31 448]].

Bearbeitung: [[P:Kleinekathöfer]], Tel. [[TEL:0201 88-45127]]; Friedhofsverwaltung allgemein 0201 88-0
""",
    [
        "Südwestfriedhof, Feld 14",
        "58,00 EUR",
        "Friedhofsgebührensatzung Nr. 4.2",
        "1.240,00 EUR",
        "0201 88-0",
    ],
)


# ==========================================================================================
# id_documents (pii): passports, identity cards and residence documents of many countries
# ==========================================================================================

EAT_BERISHA = card_no("YK4T7RJ2M", check=True)
EAT_BERISHA_W = card_no("YH9N2LC5T")

pii(
    "id_documents",
    f"""
Stadt Bochum · Ausländerbehörde · Team Erwerbsaufenthalte
Vermerk über Vorsprache am 19.01.2027 (Terminnr. AB-0119-07)             Az.: [[AZ:33.21-2027-00412]]

Vorgesprochen: Hr. [[P:Berisha]], [[P:Driton]], *[[DOB:17.08.1981]], [[LOC:Prizren]]
   Pass Republika e Kosovës Nr. [[PASS:P01645812]], ausgestellt 05/2022, gültig bis 05/2032
   Letërnjoftim (ID-Karte RKS) Nr. [[PASS:1207443195]]
   eAT Nr. [[ID:{EAT_BERISHA}]] (§ 19c Abs. 1 AufenthG), AZR-Nr. [[AZ:170822309146]]
Ehefrau: Fr. [[P:Berisha]] geb. [[P:Gashi]], [[P:Vlora]], [[DOB:26.02.1988]] / [[LOC:Gjakova]]
   Pass RKS Nr. [[PASS:P02218439]]; Geburtsurkunde nennt den Ort zweisprachig „[[LOC:Gjakovë]] /
   [[LOC:Đakovica]]“; eAT [[ID:{EAT_BERISHA_W.lower()}]] (Kopie, Kleinbuchstaben im Scan)
Kinder: [[P:Arta]], GebDat [[DOB:2015-03-22]], Geburtsort [[LOC:Prishtinë]] (Kinderpass [[PASS:P00917734]],
   abgelaufen 12/2026); [[P:Leon]], geb. am [[DOB:3.4.21]] in [[LOC:Bochum]]
Wohnhaft: [[STR:Westenfelder Str. 88]], [[LOC:44867 Bochum]] (Stadtteil [[LOC:Höntrop]])

Anliegen: Verlängerung der Aufenthaltserlaubnisse (Westbalkanregelung, § 26 Abs. 2 BeschV)
für Hr. [[P:Berisha]] und Familiennachzug für Frau und Kinder. Arbeitsvertrag Westfalia Gerüstbau GmbH
unbefristet. Neuer Pass für [[P:Arta]] ist beim Generalkonsulat der Republik Kosovo in Düsseldorf
beantragt; die Großmutter, Fr. [[P:Shpresa Gashi]] (Jg. [[DOB:1962]]), bringt ihn aus [[LOC:Gjakova]] mit.
Nächster Termin 16.02.2027; Gebühr je eAT 100,00 EUR.

Bearb.: [[P:Nowak-Heidrich]], Tel. [[TEL:0234 910-1932]]; Servicetelefon 0234 910-0
""",
    [
        "§ 19c Abs. 1 AufenthG",
        "§ 26 Abs. 2 BeschV",
        "Generalkonsulat der Republik Kosovo in Düsseldorf",
        "0234 910-0",
        "Gebühr je eAT 100,00 EUR",
    ],
    allow=("Bochum",),
)

EAT_JOVANOVIC = card_no("YC8PM31RW", check=True)

pii(
    "id_documents",
    f"""
Stadt Duisburg - Standesamt Duisburg-Mitte - Eheschließungen
Checkliste Anmeldung der Eheschließung (§ 12 PStG)                Vorgang [[AZ:STA-E 0093/2027]]
Termin: 26.01.2027, 10:30 Uhr, Zimmer 114, Dolmetscherin für Albanisch anwesend

VERLOBTER
Name / Vorname ....... [[P:JOVANOVIĆ]], [[P:Nemanja]]  (kyrillisch: [[P:Јовановић Немања]])
geboren .............. [[DOB:04.11.1992]] in [[LOC:Kraljevo]] (Serbien)
Reisepass SRB ........ [[PASS:011284563]], gültig bis 09/2031
Lična karta SRB ...... [[PASS:009817246]]
Aufenthaltstitel ..... eAT [[ID:{EAT_JOVANOVIC}]], § 18b AufenthG
Anschrift ............ [[STR:Kaiser-Wilhelm-Str. 312]], [[LOC:47169 Duisburg]] ([[LOC:Marxloh]])
Familienstand ........ ledig (Uverenje o slobodnom bračnom stanju vom 05.12.2026)

VERLOBTE
Name / Vorname ....... [[P:HOXHA]], [[P:Elira]]
geboren .............. *[[DOB:19.05.1997]], [[LOC:Tetovo]] (Nordmazedonien), StA albanisch
Pasaportë ALB ........ [[PASS:BM4410927]]
Letërnjoftim ALB ..... [[PASS:I75612031A]]
Anschrift ............ [[STR:Friedrich-Ebert-Str. 54]], [[LOC:47179 Duisburg-Walsum]]
Eltern ............... [[P:Bujar]] und [[P:Mimoza Hoxha]], wohnhaft in [[LOC:Tirana]]

Trauzeugen (freiwillig): [[P:Milica Stojanović]], wohnt in [[LOC:Oberhausen]];
[[P:Arlind Hoxha]], wohnt in [[LOC:Hamborn]].
Noch fehlend: Befreiung vom Ehefähigkeitszeugnis (§ 1309 Abs. 2 BGB) für die Verlobte.
Gebühr Anmeldung mit Auslandsbezug: 80,00 EUR. Rückfragen: standesamt@stadt-duisburg.de
""",
    [
        "Standesamt Duisburg-Mitte",
        "§ 12 PStG",
        "§ 1309 Abs. 2 BGB",
        "80,00 EUR",
        "standesamt@stadt-duisburg.de",
    ],
)

DO_ID_TABLE = piped(
    (24, 14, 16, 10, 10),
    ("Person", "Dokument", "Nummer", "GebDat", "Geburtsort"),
    (
        "[[P:RAHIMI, Mohammad Reza]]",
        "Reisepass IRN",
        "[[PASS:X48120937]]",
        "[[DOB:1989-10-03]]",
        "[[LOC:Shiraz]]",
    ),
    ("[[P:RAHIMI, Mohammad Reza]]", "Kart-e Melli", "[[PASS:2280431967]]", "", ""),
    (
        "[[P:MORADI, Parisa]]",
        "Reisepass IRN",
        "[[PASS:Y17730254]]",
        "[[DOB:1993-02-28]]",
        "[[LOC:Isfahan]]",
    ),
    ("[[P:MORADI, Parisa]]", "Kart-e Melli", "[[PASS:1271184402]]", "", ""),
    (
        "[[P:HOSSEINI, Ahmad Shah]]",
        "e-Tazkira",
        "[[PASS:1400-0305-18442]]",
        "[[DOB:1985-01-01]]",
        "[[LOC:Herat]]",
    ),
    ("[[P:HOSSEINI, Ahmad Shah]]", "Reisepass AFG", "[[PASS:P04812735]]", "", ""),
    ("[[P:HOSSEINI, Ahmad Shah]]", "Duldung", "[[ID:NV7320418]]", "", ""),
    edge=True,
)

pii(
    "id_documents",
    f"""
Stadt Dortmund - Ausländerbehörde - Humanitäre Aufenthalte
Datenabgleich Identitätsdokumente (Vorlage zur Akte)                   Az. [[AZ:30/2-4471-2026]]

{DO_ID_TABLE}

Hinweise zur Schreibweise: Im iranischen Pass steht „[[P:RAHIMI MOHAMMADREZA]]“ ohne Leerzeichen, in der
Geburtsurkunde „[[P:Mohammad-Reza Rahimi]]“ ([[P:محمدرضا رحیمی]]). Die Ehefrau führt ihren Namen
weiter ([[P:پریسا مرادی]]). Alle Schreibweisen sind im AZR als Aliasnamen zu erfassen
(AZR-Nr. [[AZ:160318772045]] und [[AZ:160318772053]]).
Bei Hr. [[P:Hosseini]] ist das Geburtsdatum ein Ersatzdatum: die Tazkira nennt nur das Jahr
[[DOB:1363]] (= [[DOB:1984/85]]); er ist der Onkel von Fr. [[P:Moradi]] mütterlicherseits und lebte zuletzt in
[[LOC:Mashhad]]. AZR-Nr. [[AZ:170904117862]].

Wohnsitz Ehepaar [[P:Rahimi]]/[[P:Moradi]]: [[STR:Bornstr. 144]], [[LOC:44145 Dortmund]]; Hr. [[P:Hosseini]] in der
städtischen Unterkunft, Passbeschaffungspflicht nach § 60b AufenthG belehrt.
Bearb.: [[P:Kuhlmann-Tas]], Tel. [[TEL:0231 50-24719]]; Zentrale 0231 50-0, auslaenderbehoerde@stadtdo.de
""",
    [
        "Reisepass IRN",
        "Kart-e Melli",
        "§ 60b AufenthG",
        "0231 50-0",
        "auslaenderbehoerde@stadtdo.de",
    ],
)

EAT_ALMASRI = card_no("YL2X9F4RN", check=True)
FIKTION_ALMASRI = card_no("M7PC20K4T")

pii(
    "id_documents",
    f"""
Stadt Gelsenkirchen - Ausländerbehörde
Aktenvermerk Dokumentenlage Familie [[P:Al-Masri]]                    Az. [[AZ:33/AB-2027-00218]]

Hr. [[P:Khaled Al-Masri]], geb. am [[DOB:7.11.86]] in [[LOC:Aleppo]] ([[LOC:حلب]])
   syr. Reisepass Nr. [[PASS:N017734920]], abgelaufen 03/2025
   Reiseausweis für Flüchtlinge Nr. [[PASS:FK4021786]], gültig bis 08/2029
   eAT Nr. [[ID:{EAT_ALMASRI}]] (§ 25 Abs. 2 AufenthG)
Fr. [[P:Rasha Al-Masri]] geb. [[P:Hamwi]], *[[DOB:21.09.1990]], [[LOC:Idlib]]
   syr. Personalausweis (بطاقة شخصية) Nr. [[PASS:05010447821]]
   Fiktionsbescheinigung Nr. [[ID:{FIKTION_ALMASRI}]], gültig bis 30.04.2027
Kinder: [[P:Omar]] (geb. [[DOB:2013]] in [[LOC:Aleppo]]), [[P:Lina]] (*[[DOB:01.06.2019]], [[LOC:Gaziantep]]),
   [[P:Karim]] (geb. [[DOB:02/2024]] in [[LOC:Gelsenkirchen]], Geburtsurkunde Standesamt liegt vor)
Wohnhaft: [[STR:Grenzstr. 61]], [[LOC:45881 Gelsenkirchen]], Stadtteil [[LOC:Schalke-Nord]]

Der Bruder von Hr. [[P:Al-Masri]], [[P:Yousef]], wohnt in [[LOC:Essen-Katernberg]] und hat beim Termin
übersetzt. [[P:Lina]] ist in der Türkei geboren; ihre türkische Geburtsurkunde (Doğum belgesi) nennt
den Ort „[[LOC:Şahinbey/Gaziantep]]“. Für [[P:Karim]] wird ein Reiseausweis beantragt (Gebühr 38,00 EUR).
Prüfung Niederlassungserlaubnis (§ 26 Abs. 3 AufenthG) für Hr. [[P:Al-Masri]] ab 09/2027.

Bearb.: [[P:Grewe]], Tel. [[TEL:0209 169-3158]]; Zentrale 0209 169-0
""",
    [
        "§ 25 Abs. 2 AufenthG",
        "§ 26 Abs. 3 AufenthG",
        "Gebühr 38,00 EUR",
        "0209 169-0",
        "Doğum belgesi",
    ],
    allow=("Gelsenkirchen",),
)

FIKTION_MELNYK = card_no("M3RT8K1JC")

pii(
    "id_documents",
    f"""
Stadt Hamm - Bürgeramt - Anmeldung Schutzsuchender aus der Ukraine (§ 24 AufenthG)
Erfassungsbogen, Übertrag aus den vorgelegten Dokumenten            Vorgang [[AZ:BA-HM-2027-0147]]

1) Паспорт громадянина України для виїзду за кордон / Passport
   Прізвище / Surname ............ [[P:МЕЛЬНИК]] / [[P:MELNYK]]
   Ім'я / Given names ............ [[P:ОКСАНА]] / [[P:OKSANA]]
   Дата народження / Date of birth [[DOB:16 БЕР/MAR 85]]
   Місце народження / Place ...... [[LOC:ХАРКІВСЬКА ОБЛ.]]/UKR
   Документ № / Passport No. ..... [[PASS:FX417306]]
   Запис № / Record No. .......... [[PASS:19850316-01842]]
2) ID-картка (Паспорт громадянина України) Nr. [[PASS:008812345]] (für Sohn vorgelegt)
   [[P:МЕЛЬНИК Данило Андрійович]] / [[P:MELNYK Danylo]], born [[DOB:02 NOV 2012]], [[LOC:KHARKIV]]

Deutsche Schreibweise im Melderegister: [[P:Oksana Melnyk]] und [[P:Danylo Melnyk]]; die
Geburtsurkunde des Sohnes nennt „[[LOC:м. Харків]]“, im Schulanmeldebogen steht „[[LOC:Charkiw]]“.
Mutter von Fr. [[P:Melnyk]]: [[P:Valentyna Horbatenko]] (Jahrgang [[DOB:1958]]) bleibt in [[LOC:Tschuhujiw]].
Ehemann [[P:Andrii Melnyk]] lebt in [[LOC:Dnipro]]; keine Ausreise (Wehrpflicht).

Fiktionsbescheinigung ausgehändigt: Nr. [[ID:{FIKTION_MELNYK}]], eAT beantragt (§ 24 AufenthG).
Wohnung: [[STR:Wilhelmstr. 47, 1. OG]], [[LOC:59067 Hamm]], Stadtbezirk [[LOC:Hamm-Westen]]; Wohnungsgeber
Hammer Gemeinnützige Baugesellschaft mbH.
Bearb.: [[P:Tegethoff]], Tel. [[TEL:02381 17-4462]]; Zentrale 02381 17-0
""",
    [
        "§ 24 AufenthG",
        "Hammer Gemeinnützige Baugesellschaft mbH",
        "02381 17-0",
        "Паспорт громадянина України",
        "Stadt Hamm - Bürgeramt",
    ],
)

DULDUNG_TESFA = card_no("NT58K3R17")
ERSATZ_CALI = card_no("CH4F7JXM2")

pii(
    "id_documents",
    f"""
Stadt Essen - Ausländerbehörde - Team Duldung und Rückkehr
Sachstandsvermerk Passbeschaffung (§ 60b AufenthG)                      Stand 22.01.2027

1) [[P:TESFAMARIAM, Yonas Gebremedhin]], *[[DOB:01.01.1996]] (Ersatzdatum), [[LOC:Keren]] / Eritrea
   Duldung Nr. [[ID:{DULDUNG_TESFA}]], gültig bis 21.04.2027
   AZR-Nr. [[AZ:151206448390]], BAMF-Az. [[AZ:7412203-224]]
   Eritreische Identity Card Nr. [[PASS:E-0881204]] (Kopie); Pass nicht vorhanden. Die Botschaft
   in Berlin verlangt eine Reueerklärung und die Aufbausteuer - Unzumutbarkeit wird geprüft.
   Vater lebt in [[LOC:Asmara]], Bruder [[P:Filmon]] in [[LOC:Frankfurt am Main]].
   Der tigrinische Name steht im Dokument als [[P:ዮናስ ገብረመድህን ተስፋማርያም]].
2) [[P:CALI]], [[P:Faadumo Xasan]] (so im somalischen Pass) / [[P:Faduma Hassan Ali]] (Ankunftsnachweis),
   geb. [[DOB:1999]] in [[LOC:Kismaayo]] ([[LOC:Kismayo]])
   Somalischer Reisepass Nr. [[PASS:P00718823]] - von Deutschland nicht anerkannt; daher
   Ausweisersatz (§ 48 Abs. 2 AufenthG) Nr. [[ID:{ERSATZ_CALI}]] ausgestellt.
   Tochter [[P:Hodan]], geb. [[DOB:14.08.2022]] in [[LOC:Essen]]
   Wohnung: [[STR:Altendorfer Str. 297]], [[LOC:45143 Essen]]; Schwester wohnt in [[LOC:Mülheim-Styrum]].

Nächste Vorsprache beider Personen: 01.03.2027. Rücksprache mit der Zentralen Ausländerbehörde
Essen zu Fall 1 ist erfolgt.
Bearb.: [[P:Steinhoff-Ilić]], Tel. [[TEL:0201 88-33472]]; Zentrale 0201 88-0
""",
    [
        "§ 60b AufenthG",
        "§ 48 Abs. 2 AufenthG",
        "Zentralen Ausländerbehörde",
        "Team Duldung und Rückkehr",
        "0201 88-0",
    ],
    allow=("Essen",),
)

PA_KUHLMANN = card_no("LR7KC3M9N", check=True)
PA_KUHLMANN_W = card_no("LF9T2XH4M", check=True)
PA_VORL = card_no("FP4H7TJ2X")

pii(
    "id_documents",
    f"""
Stadt Recklinghausen - Bürgerbüro - Rathausplatz 3-4, 45657 Recklinghausen - Tel. 02361 50-0
Verlustanzeige Ausweisdokumente (§ 27 Abs. 1 Nr. 2 PAuswG, § 15 Nr. 3 PassG)   Lfd. Nr. [[AZ:VA-2027-0061]]

Anzeigender: Hr. [[P:Sebastian Kuhlmann]], geb. [[DOB:30.10.1983]] in [[LOC:Marl]]
             [[STR:Kemnastr. 9]], [[LOC:45657 Recklinghausen]]
Umstand: Diebstahl der Reisetasche im Urlaub, Anzeige bei der Policja in Gdańsk
         (Az. der poln. Polizei [[AZ:RSD-1130/27]]), Kopie liegt vor.

Abhanden gekommen:
 a) Personalausweis Hr. [[P:Kuhlmann]] .............. [[ID:{PA_KUHLMANN}]]
 b) Reisepass Hr. [[P:Kuhlmann]] ..................... [[PASS:C7JM4XR2K]]
 c) Personalausweis der Ehefrau, Fr. [[P:Agnieszka Kuhlmann]] geb. [[P:Wróbel]],
    *[[DOB:02.02.1986]], [[LOC:Gdynia]] ..................... [[ID:{PA_KUHLMANN_W[:4]} {PA_KUHLMANN_W[4:]}]]
 d) poln. Reisepass der Ehefrau (doppelte StA) ...... [[PASS:EK 4017732]]
 e) poln. Personalausweis (dowód osobisty) Ehefrau .. [[PASS:CFR338104]]
 f) Kinderreisepass der Tochter [[P:Maja]] (geb. [[DOB:2018]]) .. [[PASS:F1082447]]

Die Schwiegermutter, Fr. [[P:Halina Wróbel]], wohnt in [[LOC:Sopot]] und schickt die poln.
Geburtsurkunde der Tochter (Odpis aktu urodzenia) für den neuen Kinderreisepass.
Sperrung im Sperrregister veranlasst; vorläufiger Personalausweis für Hr. [[P:Kuhlmann]]
Nr. [[ID:{PA_VORL}]] ausgestellt, Gebühr 10,00 EUR. Die poln. Dokumente meldet Fr. [[P:Kuhlmann]]
beim Generalkonsulat der Republik Polen in Köln als verloren.
""",
    [
        "Rathausplatz 3-4, 45657 Recklinghausen",
        "02361 50-0",
        "§ 27 Abs. 1 Nr. 2 PAuswG",
        "Gebühr 10,00 EUR",
        "Generalkonsulat der Republik Polen in Köln",
    ],
    allow=("45657 Recklinghausen",),
)

EU_TABLE = aligned(
    (22, 12, 11, 26),
    ("Name", "geb.", "Geburtsort", "Dokument", "Nummer"),
    (
        "[[P:STOICA Florin]]",
        "[[DOB:14.03.1985]]",
        "[[LOC:Craiova]]",
        "Carte de identitate ROU",
        "[[PASS:DX 418277]]",
    ),
    ("", "", "", "CNP", "[[PASS:1850314160127]]"),
    (
        "[[P:STOICA Mirela]]",
        "[[DOB:30.09.1987]]",
        "[[LOC:Băilești]]",
        "Pașaport ROU",
        "[[PASS:056118240]]",
    ),
    (
        "[[P:STOICA Andrei]]",
        "[[DOB:11.01.2010]]",
        "[[LOC:Craiova]]",
        "Pașaport ROU",
        "[[PASS:056118257]]",
    ),
    (
        "[[P:DIMITROVA Rositsa]]",
        "[[DOB:12.07.1988]]",
        "[[LOC:Sliven]]",
        "Лична карта BGR",
        "[[PASS:647118203]]",
    ),
    ("", "", "", "ЕГН", "[[PASS:8807124491]]"),
)

pii(
    "id_documents",
    f"""
Stadt Duisburg - Bürger- und Ordnungsamt - Ausländerangelegenheiten EU (Freizügigkeit)
Identitätsprüfung bei Vorsprache am 09.02.2027                    Vorgang [[AZ:EU-DU-2027-00933]]

{EU_TABLE}

Anschrift lt. Melderegister: [[STR:Heerstr. 211, 2. OG links]], [[LOC:47053 Duisburg]]; Familie wohnt seit
2023 in [[LOC:Hochfeld]], vorher in [[LOC:Craiova]] und kurz in [[LOC:Castellón de la Plana]].
Fr. [[P:Dimitrova]] ist Untermieterin; sie ist auf der bulgarischen Karte als [[P:Росица Димитрова]]
eingetragen, ausgestellt in [[LOC:Сливен]]. In der Mietbescheinigung steht „[[P:Rosica Dimitrowa]]“.
Hr. [[P:Stoica]] legte die carte de identitate zuerst als Kopie vor; Original gesehen, seria [[PASS:DX]]
nr. [[PASS:418277]] stimmt überein.
Arbeitsverhältnis Hr. [[P:Stoica]]: Rhein-Ruhr Lagertechnik GmbH, seit 04/2024
(§ 2 Abs. 2 Nr. 1 FreizügG/EU). Fr. [[P:Dimitrova]]: Minijob, Prüfung nach § 5 Abs. 4 FreizügG/EU
nicht veranlasst.
Bearb.: [[P:Wienands]], Tel. [[TEL:0203 283-7315]]; Zentrale 0203 283-0
""",
    [
        "Carte de identitate ROU",
        "Rhein-Ruhr Lagertechnik GmbH",
        "§ 2 Abs. 2 Nr. 1 FreizügG/EU",
        "§ 5 Abs. 4 FreizügG/EU",
        "0203 283-0",
    ],
)


EAT_DEMIRTAS = card_no("YM7R4KC9P", check=True)
EAT_KHOSHNAW = card_no("YT3JX8N2F")

pii(
    "id_documents",
    f"""
Stadt Herne - Einbürgerungsbehörde - Friedrich-Ebert-Platz 2, 44623 Herne
Prüfbogen Identität (Einbürgerung nach § 10 StAG)                Az. [[AZ:EB-HER-2026-0377]]

Antragsteller: [[P:DEMİRTAŞ]], [[P:Mehmet Emin]] (in dt. Urkunden „[[P:Demirtas]]“)
   Nüfus kayıt örneği: Doğum tarihi [[DOB:02.05.1984]], Doğum yeri [[LOC:Siverek]]
   T.C. Kimlik No. [[PASS:38815207746]]; Kimlik kartı Seri No. [[PASS:A27K48193]]
   Türk pasaportu [[PASS:U18473029]], gültig bis 2029; eAT [[ID:{EAT_DEMIRTAS}]]
Ehefrau: [[P:KHOSHNAW]], [[P:Shilan]] ([[P:شيلان خوشناو]]), *[[DOB:11.11.1989]], [[LOC:Erbil]] / [[LOC:Hewlêr]]
   irak. Reisepass [[PASS:A20934715]]; Nationalausweis (البطاقة الوطنية) [[PASS:199012004417]]
   eAT [[ID:{EAT_KHOSHNAW[:3]} {EAT_KHOSHNAW[3:6]} {EAT_KHOSHNAW[6:]}]]
Kinder: [[P:Rojda]] ([[DOB:2012]], geb. in [[LOC:Herne]]) und [[P:Baran]] ([[DOB:2015]], geb. in [[LOC:Herne]])
Wohnhaft: [[STR:Bahnhofstr. 131]], [[LOC:44623 Herne]] ([[LOC:Herne-Mitte]])

Abgleich der Schreibweisen: Der Pass schreibt „[[P:DEMIRTAS MEHMET EMIN]]“ ohne Sonderzeichen, die
Heiratsurkunde aus [[LOC:Erbil]] „[[P:Mehmet Amin Demirtash]]“. Die Namensführung wird nach
Art. 47 EGBGB angeglichen; die Erklärung liegt vor.
Vater des Antragstellers: [[P:Hüseyin Demirtaş]], Jg. [[DOB:1956]], lebt in [[LOC:Şanlıurfa]]; die Schwester
[[P:Zeynep]] wohnt in [[LOC:Herne-Börnig]] und bürgt nicht (nicht erforderlich).
Mehrstaatigkeit wird hingenommen (§ 10 StAG n.F.). Gebühren: Antragsteller 255,00 EUR,
Ehefrau 255,00 EUR, Kinder je 51,00 EUR.
Bearb.: [[P:Wernscheid]], Tel. [[TEL:02323 16-3340]]; Zentrale 02323 16-0
""",
    [
        "Friedrich-Ebert-Platz 2",
        "§ 10 StAG",
        "Art. 47 EGBGB",
        "255,00 EUR",
        "02323 16-0",
    ],
    allow=("Herne", "44623 Herne"),
)

GH_PAGE = aligned(
    (40,),
    ("Surname ........ [[P:OWUSU-ANSAH]]", "Given names ... [[P:KOFI EMMANUEL]]"),
    ("Nationality .... GHANAIAN", "Sex ........... M"),
    ("Date of birth .. [[DOB:03 SEP 1991]]", "Place of birth  [[LOC:KUMASI]]"),
    ("Passport No. ... [[PASS:G2417730]]", "Date of expiry  17 MAR 2031"),
)
GH_NAME = "OWUSU<ANSAH<<KOFI<EMMANUEL"
GH_FILL = "<" * (44 - 5 - len(GH_NAME))
GH_NUM, GH_DOB, GH_EXP, GH_OPT = "G2417730<", "910903", "310317", "<" * 14
GH_D = [mrz_digit(x) for x in (GH_NUM, GH_DOB, GH_EXP, GH_OPT)]
GH_FINAL = mrz_digit(f"{GH_NUM}{GH_D[0]}{GH_DOB}{GH_D[1]}{GH_EXP}{GH_D[2]}{GH_OPT}{GH_D[3]}")

pii(
    "id_documents",
    f"""
Stadt Oberhausen - Bereich Ausländerangelegenheiten - Schwartzstraße 72, 46045 Oberhausen
Auszug Dokumentenprüfung vom 04.02.2027                          Az. [[AZ:3-AB-OB-2027-116]]

REPUBLIC OF GHANA - PASSPORT (Datenseite, Abschrift)
{GH_PAGE}
MRZ   P<GHA[[P:{GH_NAME}]]{GH_FILL}
      [[PASS:G2417730]]<{GH_D[0]}GHA[[DOB:{GH_DOB}]]{GH_D[1]}M{GH_EXP}{GH_D[2]}{GH_OPT}{GH_D[3]}{GH_FINAL}
Ghana Card (National ID) PIN: [[PASS:GHA-719402358-6]]

Prüfergebnis: Dokument echt (Prüfgerät, UV, Lesung Chip o.B.); MRZ-Prüfziffern stimmen.
Im Arbeitsvertrag (Rhein-Ruhr Lagertechnik GmbH) steht „[[P:Kofi E. Owusu-Ansah]]“, geb. [[DOB:3.9.1991]].
Wohnhaft lt. Melderegister: [[STR:Marktstr. 182]], [[LOC:46045 Oberhausen]] (Ortsteil [[LOC:Alt-Oberhausen]]).
Ehefrau [[P:Abena Owusu-Ansah]] (Jg. [[DOB:1994]]) lebt in [[LOC:Accra]]; Familiennachzug beantragt, das Visum
der Botschaft Accra trägt die Nummer [[PASS:DEU 011847203]]. Ihre Mutter wohnt in [[LOC:Tema]].
eAT des Antragstellers (§ 18a AufenthG) Nr. [[ID:{card_no("YF2N8T4KR", check=True).lower()}]].

Bearb.: [[P:Nienhaus]], Tel. [[TEL:0208 825-3127]]; Zentrale 0208 825-0
""",
    [
        "Schwartzstraße 72",
        "0208 825-0",
        "§ 18a AufenthG",
        "Rhein-Ruhr Lagertechnik GmbH",
        "Botschaft Accra",
    ],
    allow=("46045 Oberhausen", "Accra"),
)


# ==========================================================================================
# letter (pii): citizens' letters about their own and their relatives' data
# ==========================================================================================

pii(
    "letter",
    """
[[P:Dennis Hoppe]] und [[P:Jasmin Hoppe-Ergün]]
[[STR:Am Sportpark 14]]
[[LOC:44628 Herne]]
Tel. [[TEL:0176 30 44 18 92]]

Stadt Herne
Fachbereich Bürgerdienste - Meldeangelegenheiten
Friedrich-Ebert-Platz 2
44623 Herne
                                                              Herne, 22. Januar 2027

Auskunftssperre nach § 51 Abs. 1 BMG - Ihr Zeichen [[AZ:33-ME-2027-0212]]

Sehr geehrte Damen und Herren,

wir wohnen seit dem 1. Dezember in [[LOC:Horsthausen]] und haben uns fristgerecht umgemeldet. Vorher
haben meine Frau und ihre Tochter [[P:Mia]] (sie ist [[DOB:2016]] geboren) in [[LOC:Gelsenkirchen-Resse]]
gewohnt. Der frühere Partner meiner Frau, Hr. [[P:Sven Roloff]], wohnt weiterhin in [[LOC:Resse]] und hat
ihr im Herbst mehrfach aufgelauert; eine Schutzanordnung des Amtsgerichts Gelsenkirchen
(Az. [[AZ:103 F 288/26]]) legen wir in Kopie bei.

Wir bitten deshalb um eine Auskunftssperre für meine Frau, [[P:Mia]] und mich. Ich selbst bin
[[DOB:1990]] in [[LOC:Wanne-Eickel]] geboren und seitdem nie aus [[LOC:Herne]] weggezogen; meine Frau ist
Jahrgang [[DOB:1992]]. Als Kontakt für Notfälle haben wir meine Mutter angegeben, sie ist Jahrgang
[[DOB:1953]] und lebt in [[LOC:Kamen]].

Die Unterlagen haben wir vorab auch an buergerdienste@herne.de geschickt.

Mit freundlichen Grüßen
[[P:Dennis Hoppe]]        [[P:Jasmin Hoppe-Ergün]]
""",
    [
        "Fachbereich Bürgerdienste - Meldeangelegenheiten",
        "Friedrich-Ebert-Platz 2",
        "44623 Herne",
        "§ 51 Abs. 1 BMG",
        "buergerdienste@herne.de",
    ],
    allow=("Herne",),
)

GRAB_IBAN = make_iban("DE", "430500010008427160")

pii(
    "letter",
    f"""
[[P:Ingrid Sczepanski]]
[[STR:Lindener Str. 61]]
[[LOC:44879 Bochum]]

Stadt Bochum
Umwelt- und Grünflächenamt - Friedhofsverwaltung
Hans-Böckler-Straße 19
44787 Bochum
                                                          Bochum, den 3. Februar 2027

Grabstätte auf dem Friedhof Linden, Feld C, Reihe 4
Ihr Schreiben vom 12.01.2027, Az. [[AZ:67.31-LI-0488]]

Sehr geehrte Damen und Herren,

vielen Dank für Ihre Erinnerung, dass das Nutzungsrecht an der Grabstätte meines Mannes im
Sommer abläuft. Mein Mann [[P:Günter Sczepanski]] ist [[DOB:1939]] in [[LOC:Gleiwitz]] geboren und 2007
gestorben. Ich selbst bin Jahrgang [[DOB:1942]] und wohne seit 1968 in [[LOC:Linden]], gleich um die
Ecke vom Friedhof. Ich möchte später neben meinem Mann liegen.

Mein Sohn [[P:Thomas Sczepanski]] wohnt in [[LOC:Hattingen-Blankenstein]] und übernimmt später die
Pflege; er ist unter [[TEL:02324 68 91 05]] zu erreichen, falls Sie Fragen haben. Meine Tochter
[[P:Petra]] lebt seit vielen Jahren in [[LOC:Bremen]] und ist einverstanden.

Die Verlängerung um 20 Jahre kostet laut Ihrem Schreiben 1.380,00 EUR. Ich bitte um Ratenzahlung,
gerne monatlich 115,00 EUR von meinem Konto [[IBAN:{GRAB_IBAN}]].

Mit freundlichen Grüßen
[[P:Ingrid Sczepanski]]
""",
    [
        "Umwelt- und Grünflächenamt - Friedhofsverwaltung",
        "Hans-Böckler-Straße 19",
        "Friedhof Linden, Feld C, Reihe 4",
        "1.380,00 EUR",
        "115,00 EUR",
    ],
    allow=("Linden",),
)

pii(
    "letter",
    """
[[P:Mahmoud Hallak]]
[[STR:Ehrenzeller Str. 22]]
[[LOC:45143 Essen]]
Telefon [[TEL:0157 71 38 20 46]]
[[MAIL:m.hallak2014@gmail.com]]

Stadt Essen
Fachbereich Schule
45121 Essen
                                                                    Essen, 28.01.2027

Schulplatz für meine Kinder

Sehr geehrte Damen und Herren,

ich bin Vater von drei Kinder. Wir wohnen in [[LOC:Altendorf]] seit 2022, vorher in [[LOC:Gladbeck]].
Mein Sohn [[P:Ahmad]] ist [[DOB:2014]] geboren, er geht in Klasse 7 in die Gesamtschule Bockmühle.
Meine Tochter [[P:Rahaf]] ist geboren [[DOB:2017]] in [[LOC:Beirut]], sie geht in die Grundschule. Meine
kleine Tochter [[P:Joud]] ist geboren am [[DOB:9.8.2020]] in [[LOC:Essen]] und kommt im Sommer in die Schule.

Bitte geben Sie [[P:Joud]] einen Platz in der Schule wo auch [[P:Rahaf]] ist, weil meine Frau arbeitet
morgens und [[P:Rahaf]] bringt die kleine Schwester. Die Oma wohnt in [[LOC:Frohnhausen]], sie kann nur
nachmittags helfen.

Mein Name im Pass ist „[[P:HALLAK MAHMOUD]]“, im Aufenthaltstitel steht „[[P:Mahmud Hallaq]]“. Das ist
die gleiche Person, bitte nicht verwechseln. Ich lege eine Kopie vom Pass bei.
Ich weiß, dass die Schule nach § 46 SchulG NRW entscheidet. Danke für Ihre Hilfe.

Mit freundlichen Grüßen
[[P:Mahmoud Hallak]]
""",
    [
        "Fachbereich Schule",
        "45121 Essen",
        "Gesamtschule Bockmühle",
        "§ 46 SchulG NRW",
    ],
    allow=("Essen",),
)

WG_GE_IBAN = make_iban("DE", "420500010151629043")

pii(
    "letter",
    f"""
[[P:Horst-Werner Jablonski]]
[[STR:Markenstr. 18, Erdgeschoss]]
[[LOC:45899 Gelsenkirchen]]

An die Stadt Gelsenkirchen
Referat Soziales - Wohngeldstelle
45875 Gelsenkirchen
                                                             Gelsenkirchen, 30.01.2027

Wohngeld-Nr. [[AZ:50/WG-2211847]] - Änderung im Haushalt

Sehr geehrte Damen und Herren,

ich bin Jahrgang [[DOB:1952]], Rentner und wohne seit 40 Jahren in [[LOC:Horst]]. Ich bekomme
Wohngeld, zuletzt 214,00 EUR im Monat. Ich muss Ihnen mitteilen, dass meine Enkelin [[P:Chantal]]
seit dem 1. September bei mir wohnt. Sie ist [[DOB:2006]] geboren und macht eine Ausbildung als
Bankkauffrau, sie verdient 1.080,00 EUR brutto. Ihre Mutter, meine Tochter [[P:Nicole]], wohnt in
[[LOC:Dorsten-Hervest]] und hat mit [[P:Chantal]] leider Streit.

Die Ausbildungsvergütung von [[P:Chantal]] schicke ich mit. Ich hoffe, das Wohngeld fällt nicht ganz weg. Meine
Miete ist gleich geblieben (Vermieterin ist die GGW Gelsenkirchener Gemeinnützige
Wohnungsgesellschaft mbH). Wenn Sie Fragen haben, rufen Sie mich bitte vormittags an:
[[TEL:0209 5 49 17 33]].

Das Geld bitte weiter auf mein Konto: [[IBAN:{WG_GE_IBAN}]].

Mit freundlichem Gruß
[[P:H.-W. Jablonski]]
""",
    [
        "Referat Soziales - Wohngeldstelle",
        "45875 Gelsenkirchen",
        "214,00 EUR",
        "1.080,00 EUR",
        "GGW Gelsenkirchener Gemeinnützige",
    ],
)

PFLEGE_RV = make_rv("42", "190636", "K", "03")

pii(
    "letter",
    f"""
[[P:Renata Kowalczyk-Brandes]]
[[STR:Hörder Str. 36]]
[[LOC:58239 Schwerte]]
[[MAIL:renata.brandes@t-online.de]]

Stadt Dortmund
Sozialamt - Hilfe zur Pflege
Luisenstraße 11-13
44137 Dortmund
                                                               Schwerte, 04.02.2027

Antrag auf Hilfe zur Pflege für meinen Vater - Ihr Az. [[AZ:50/4-HzP-2027-0388]]

Sehr geehrte Damen und Herren,

mein Vater, [[P:Zbigniew Kowalczyk]], Jahrgang [[DOB:1936]], hat bis Oktober allein in
[[LOC:Dortmund-Huckarde]] gewohnt ([[STR:Parsevalstr. 12]]). Nach einem Sturz lebt er seit dem 2. November im
Seniorenzentrum Haus am Revierpark und ist dort jetzt auch gemeldet, also in [[LOC:Dortmund-Marten]].
Meine Mutter ist 2019 gestorben. Seine Rente reicht für den Eigenanteil nicht aus.

Sie fragen nach den Angehörigen: Ich bin [[DOB:1965]] in [[LOC:Kattowitz]] geboren, verheiratet und wohne
in [[LOC:Schwerte]]. Meine Schwester [[P:Ewa Nowicka]] lebt in [[LOC:Opole]] und hat kein Einkommen in
Deutschland. Nach meinem Verständnis von § 94 Abs. 1a SGB XII werden Kinder erst ab einem
Jahreseinkommen von 100.000 EUR herangezogen; das trifft bei uns nicht zu.

Die Rentenversicherungsnummer meines Vaters lautet [[RV:{PFLEGE_RV}]]. Den Rentenbescheid und die
Kontoauszüge der letzten drei Monate lege ich bei. Eine Vorsorgevollmacht für mich liegt vor.

Mit freundlichen Grüßen
[[P:Renata Kowalczyk-Brandes]]
""",
    [
        "Sozialamt - Hilfe zur Pflege",
        "Luisenstraße 11-13",
        "44137 Dortmund",
        "§ 94 Abs. 1a SGB XII",
        "100.000 EUR",
    ],
    allow=("Schwerte",),
)

pii(
    "letter",
    """
[[P:Kai-Uwe Rethmann]]
[[STR:Ahlener Str. 211]]
[[LOC:59073 Hamm]]

Stadt Hamm
Ordnungsamt - Verkehrsüberwachung
Theodor-Heuss-Platz 16
59065 Hamm
                                                                 Hamm, 25.01.2027

Verwarnungsgeldangebot vom 18.01.2027, Az. [[AZ:VG 32.4-2027-118477]], Kennzeichen [[KFZ:HAM-KR 611]]

Sehr geehrte Damen und Herren,

gegen das Verwarnungsgeld von 20,00 EUR erhebe ich Einspruch. Ich wohne in [[LOC:Heessen]] und habe
einen gültigen Bewohnerparkausweis, der am 14.01. gut sichtbar hinter der Windschutzscheibe lag.
Ein Foto davon lege ich bei.

An dem Tag hat allerdings nicht ich, sondern meine Tochter [[P:Lena Rethmann]] das Auto gefahren. Sie ist
Jahrgang [[DOB:2003]], studiert in [[LOC:Münster]] und wohnt dort, war aber übers Wochenende bei uns. Meine
Nachbarin, Frau [[P:Dreier]] ([[STR:Ahlener Str. 209]]), hat gesehen, dass der Wagen um 9:30 Uhr
noch in der Einfahrt stand, also vor der angeblichen Tatzeit gar nicht an der Stelle geparkt war.

Ich bitte Sie, das Verfahren nach § 56 OWiG einzustellen. Für Rückfragen erreichen Sie mich
unter [[TEL:02381 4 71 20 86]] oder per Mail an [[MAIL:kaiuwe.rethmann@web.de]].

Mit freundlichen Grüßen
[[P:Kai-Uwe Rethmann]]
""",
    [
        "Ordnungsamt - Verkehrsüberwachung",
        "Theodor-Heuss-Platz 16",
        "59065 Hamm",
        "20,00 EUR",
        "§ 56 OWiG",
    ],
)

pii(
    "letter",
    """
[[P:Liudmyla Bondarenko]] / [[P:Людмила Бондаренко]]
[[STR:Karlstr. 58, Wohnung 7]]
[[LOC:45661 Recklinghausen]]
Handy: [[TEL:+49 1590 4471 288]]

Stadt Recklinghausen
Fachbereich Soziales - Integrationsbüro
Rathausplatz 3-4
45657 Recklinghausen
                                                                        20.01.2027

Bitte um Integrationskurs für meine Mama

Guten Tag,

ich heiße [[P:Liudmyla Bondarenko]], ich bin [[DOB:1979]] geboren in [[LOC:Mariupol]] ([[LOC:Маріуполь]]). Ich wohne
mit meinem Sohn [[P:Maksym]] in [[LOC:Hochlarmark]]. Ich mache B2-Kurs an der VHS.

Meine Mama ist [[DOB:1952]] geboren, sie heißt [[P:Halyna Tkachenko]] ([[P:Галина Ткаченко]]). Sie wohnt jetzt in [[LOC:Marl]]
bei meinem Bruder [[P:Serhii Tkachenko]], weil in unsere Wohnung kein Platz. Mama spricht kein Deutsch
und schreibt nur kyrillisch. Sie braucht einen Integrationskurs mit Alphabetisierung, wo ist nicht
weit von [[LOC:Marl]]. Sie hat Aufenthalt nach § 24 AufenthG, die Berechtigung nach § 44 AufenthG hat sie bekommen.

Bitte sagen Sie mir, wo kann sie anmelden. Ich kann dolmetschen. Danke schön!

Mit freundliche Grüße
[[P:L. Bondarenko]]
""",
    [
        "Fachbereich Soziales - Integrationsbüro",
        "Rathausplatz 3-4",
        "45657 Recklinghausen",
        "§ 24 AufenthG",
        "§ 44 AufenthG",
    ],
)

ERBE_IBAN = make_iban("DE", "350500000209338471")

pii(
    "letter",
    f"""
[[P:Murat Kılıç]]
[[STR:Bahnstr. 77]]
[[LOC:46535 Dinslaken]]

Stadt Duisburg
Amt für Steuern
47049 Duisburg
                                                          Dinslaken, 08.02.2027

Grundsteuer und Hundesteuer für meinen verstorbenen Vater
Kassenzeichen [[AZ:8.771.204.33-6]]

Sehr geehrte Damen und Herren,

mein Vater, [[P:Ahmet Kılıç]] (Jahrgang [[DOB:1944]]), ist am 2. Dezember 2026 gestorben. Er wurde
[[DOB:1944]] in [[LOC:Yozgat]] geboren und hat seit 1971 in [[LOC:Walsum]] gewohnt, zuletzt im eigenen Haus
[[STR:Kometenplatz 9]], [[LOC:47179 Duisburg]]. Meine Mutter, [[P:Hatice Kılıç]], wohnt dort weiter.

Erben sind meine Mutter, ich und meine Schwester [[P:Ayşe Kılıç-Yurt]], die in [[LOC:Istanbul]] lebt. Den
Erbschein (Amtsgericht Dinslaken) schicke ich, sobald er da ist. Bitte schreiben Sie die
Grundsteuer B ab 2027 auf meine Mutter um.

Den Hund meines Vaters, „Paşa“, hat meine Mutter abgegeben (Tierheim Duisburg, 20.12.2026).
Bitte melden Sie ihn zum 31.12.2026 ab und erstatten Sie die zu viel gezahlte Hundesteuer auf
das Konto meiner Mutter: [[IBAN:{ERBE_IBAN}]]. Telefonisch bin ich unter [[TEL:02064 8 20 44 19]] zu erreichen.

Mit freundlichen Grüßen
[[P:Murat Kılıç]]
""",
    [
        "Amt für Steuern",
        "47049 Duisburg",
        "Grundsteuer B",
        "Amtsgericht Dinslaken",
        "Tierheim Duisburg",
    ],
)


# ==========================================================================================
# email_thread (pii): e-mail threads with quoted replies
# ==========================================================================================

BO_BOOKING = quoted(
    """Sehr geehrter Herr [[P:Kramer]],

vielen Dank für Ihre Buchung. Bitte bringen Sie zur Ummeldung (§ 17 BMG) die Ausweise aller
Familienmitglieder und die Wohnungsgeberbestätigung (§ 19 BMG) mit. Für Kinder ohne eigenen
Ausweis genügt die Geburtsurkunde.

Mit freundlichen Grüßen
[[P:Jana Mikulski]]
Bürgerbüro Langendreer, Stadt Bochum
Tel. [[TEL:0234 910-8823]] | Zentrale 0234 910-0

"""
    + quoted(
        """Ihre Buchung (automatisch erzeugt)
Buchungsnummer: [[AZ:BO-BB-2027-448120]]
Termin: 26.01.2027, 08:40 Uhr, Bürgerbüro Langendreer
Name: [[P:Tobias Kramer]]""",
        "> ",
    )
)

pii(
    "email_thread",
    f"""
Von: [[P:Tobias Kramer]] <[[MAIL:tobi.kramer87@gmx.net]]>
An: buergerbuero@bochum.de
Datum: Mo, 18.01.2027, 19:42
Betreff: AW: Ihre Terminbuchung [[AZ:BO-BB-2027-448120]] - Ummeldung

Hallo,

danke für die schnelle Antwort. Wir sind am 2. Januar von [[LOC:Wattenscheid]] nach [[LOC:Langendreer]] gezogen,
neue Adresse [[STR:Alte Bahnhofstr. 96]], [[LOC:44892 Bochum]]. Meine Frau [[P:Selin Kramer]] (Jg. [[DOB:1989]]) und
unser Sohn [[P:Noah]] (geb. [[DOB:14.10.2021]]) kommen mit. Reicht ein Termin für alle drei, oder muss ich
noch zwei Termine buchen? Die Wohnungsgeberbestätigung hat uns der Vermieter, Hr. [[P:Brockhoff]],
schon gegeben; er wohnt selbst in [[LOC:Witten]], falls Sie ihn brauchen.

Gruß
[[P:Tobias Kramer]]
[[TEL:0162 77 30 418]]

Am 18.01.2027 um 11:05 schrieb Bürgerbüro Bochum <buergerbuero@bochum.de>:
{BO_BOOKING}
""",
    [
        "buergerbuero@bochum.de",
        "§ 17 BMG",
        "§ 19 BMG",
        "0234 910-0",
        "Bürgerbüro Langendreer",
    ],
    allow=("Langendreer",),
)

GS_ESSEN_OLD = """Von: [[P:Oberhoff, Stefan]] <[[MAIL:stefan.oberhoff@essen.de]]>
Gesendet: Dienstag, 2. Februar 2027 14:02
An: [[MAIL:s.luettgenau@outlook.de]]
Betreff: Grundsicherung [[P:Lüttgenau, Marianne]] - Az. [[AZ:50-24-GS-301178]]

Sehr geehrte Frau [[P:Lüttgenau]],

unsere Post an Ihre Mutter ([[STR:Flurstr. 44]], [[LOC:45355 Essen]]) kam als unzustellbar zurück. Bitte
teilen Sie uns mit, wo Ihre Mutter seit wann ihren gewöhnlichen Aufenthalt hat; davon hängt die
Zuständigkeit ab (§ 98 SGB XII).

Mit freundlichen Grüßen
[[P:Stefan Oberhoff]]
Stadt Essen, Amt für Soziales und Wohnen, Grundsicherung
Tel. [[TEL:0201 88-50712]] - Servicetelefon 0201 88-0 - grundsicherung@essen.de"""

pii(
    "email_thread",
    f"""
From: [[P:Sandra Lüttgenau]] <[[MAIL:s.luettgenau@outlook.de]]>
To: grundsicherung@essen.de
Cc: [[P:Frank Lüttgenau]] <[[MAIL:frank.luettgenau@gmx.de]]>
Sent: Wednesday, 3 February 2027 08:15
Subject: RE: Grundsicherung [[P:Lüttgenau, Marianne]] - Az. [[AZ:50-24-GS-301178]]

Sehr geehrter Herr [[P:Oberhoff]],

meine Mutter ([[P:Marianne Lüttgenau]], Jahrgang [[DOB:1947]]) lebt seit dem 15. Dezember bei meinem Bruder
[[P:Frank]] in [[LOC:Unna-Königsborn]] ([[STR:Friedrich-Ebert-Str. 21a]]). Die Wohnung in [[LOC:Borbeck]] haben wir zum
31.01. gekündigt, die Ummeldung nach [[LOC:Unna]] ist erfolgt. Ich selbst wohne in [[LOC:Dortmund-Kirchhörde]] und
kümmere mich um den Schriftverkehr (Vollmacht liegt Ihnen vor).

Sollen wir den Antrag jetzt beim Kreis Unna neu stellen, oder geben Sie die Akte ab? Meine Mutter
ist [[DOB:1947]] in [[LOC:Essen]] geboren und hat ihr ganzes Leben dort gewohnt, sie hängt sehr an der Stadt.

Viele Grüße
[[P:Sandra Lüttgenau]]
[[TEL:0172 51 39 804]]

-----Ursprüngliche Nachricht-----
{GS_ESSEN_OLD}
""",
    [
        "grundsicherung@essen.de",
        "§ 98 SGB XII",
        "0201 88-0",
        "Kreis Unna",
        "Amt für Soziales und Wohnen",
    ],
    allow=("Essen", "Unna"),
)

KITA_MAIL = quoted(
    """Am 08.02.2027 um 21:37 schrieb [[P:Melanie Özdemir]] <[[MAIL:familie.oezdemir@web.de]]>:
Hallo Frau [[P:Dahlhaus]],

wir haben über den Kita-Navigator ein Angebot bekommen, vielen Dank! Unsere Tochter [[P:Zehra]] ist am
[[DOB:11.05.2025]] geboren. Wir wohnen in [[LOC:Hombruch]], die Kita liegt auf dem Arbeitsweg von meinem
Mann [[P:Burak]]. Unser Sohn [[P:Can]] ist [[DOB:2019]] geboren und geht in die OGS; ihn holt die Oma ab,
die in [[LOC:Schwerte-Ergste]] wohnt.
Frage: Muss ich den Nachweis über die Masernimpfung (§ 20 Abs. 9 IfSG) vorher schicken?

Viele Grüße
[[P:Melanie Özdemir]]
[[TEL:0157 23 84 61 09]]"""
)

pii(
    "email_thread",
    f"""
Von: FABIDO Platzvergabe <kitaplatz@stadtdo.de>
An: [[MAIL:familie.oezdemir@web.de]]
Datum: 09.02.2027, 10:12
Betreff: AW: Platzangebot ab 01.08.2027 - Kind [[P:Zehra Özdemir]], Vormerk-Nr. [[AZ:KN-DO-2027-118204]]

Sehr geehrte Familie [[P:Özdemir]],

gern bestätigen wir den Platz in der FABIDO-Tageseinrichtung Am Remberg (45 Stunden, U3) ab
dem 01.08.2027. Den Masernschutz weisen Sie bitte spätestens beim Aufnahmegespräch nach; vorher
schicken müssen Sie nichts. Den unterschriebenen Betreuungsvertrag benötigen wir bis 28.02.2027.
Eine Geschwisterermäßigung für [[P:Can]] ist in Dortmund beitragsrechtlich nicht vorgesehen, weil
das zweite Kind ohnehin beitragsfrei ist.

Mit freundlichen Grüßen
[[P:Meike Dahlhaus]]
FABIDO - Platzvergabe, Tel. [[TEL:0231 50-11874]], Zentrale 0231 50-0

{KITA_MAIL}
""",
    [
        "kitaplatz@stadtdo.de",
        "FABIDO-Tageseinrichtung Am Remberg",
        "§ 20 Abs. 9 IfSG",
        "0231 50-0",
        "45 Stunden",
    ],
)

GE_RECEIPT = quoted(
    """-------- Weitergeleitete Nachricht --------
Von: noreply-formulare@gelsenkirchen.de
An: [[MAIL:w.dreckmann@t-online.de]]
Betreff: Eingangsbestätigung Online-Formular Wohnungsgeberbestätigung (§ 19 BMG)

Vorgang: [[AZ:WGB-GE-2027-03317]]
Wohnungsgeber: [[P:Wolfgang Dreckmann]], [[STR:Mühlbachstr. 3]], [[LOC:45891 Gelsenkirchen]]
Wohnung: [[STR:Ahstr. 17, 2. OG rechts]], [[LOC:45879 Gelsenkirchen]]
Einzug am: 01.12.2026
Meldepflichtige Personen: [[P:Lupu, Cosmin-Andrei]]; [[P:Lupu, Daniela]]
Übermittelt am 05.12.2026, 22:14 Uhr von IP [[IP:84.171.22.193]] (Gateway 10.40.2.11)"""
)

GE_LANDLORD = quoted(
    """Von: [[P:Wolfgang Dreckmann]] <[[MAIL:w.dreckmann@t-online.de]]>
Gesendet: Montag, 1. Februar 2027 17:50
An: buergercenter@gelsenkirchen.de
Betreff: WG: Eingangsbestätigung Online-Formular

Sehr geehrte Damen und Herren,

meine Mieter haben sich bis heute wohl nicht angemeldet, jedenfalls kommt ihre Post immer noch an
die alte Adresse. Hr. [[P:Lupu]] ist laut Mietvertrag Jahrgang [[DOB:1996]] und kommt aus [[LOC:Iași]]. Ich wohne
selbst in [[LOC:Erle]] und bin telefonisch unter [[TEL:0209 77 41 36]] erreichbar. Bitte teilen Sie mir mit,
ob die Anmeldung inzwischen erfolgt ist.

"""
    + GE_RECEIPT
)

pii(
    "email_thread",
    f"""
Von: [[P:Anke Rosenbaum]] <[[MAIL:anke.rosenbaum@gelsenkirchen.de]]>
An: [[MAIL:w.dreckmann@t-online.de]]
Cc: buergercenter@gelsenkirchen.de
Datum: 03.02.2027, 09:05
Betreff: AW: WG: Eingangsbestätigung Online-Formular

Sehr geehrter Herr [[P:Dreckmann]],

vielen Dank für Ihre Nachricht. Ob sich Ihre Mieter angemeldet haben, dürfen wir Ihnen aus
Datenschutzgründen nicht mitteilen; Sie können eine einfache Melderegisterauskunft (§ 44 BMG,
Gebühr 10,00 EUR) beantragen. Die Ordnungswidrigkeit einer verspäteten Anmeldung prüfen wir von
Amts wegen. Ihre Wohnungsgeberbestätigung liegt uns vor.

Mit freundlichen Grüßen
[[P:Anke Rosenbaum]]
Bürgercenter, Hans-Sachs-Haus, Ebertstraße 11, 45879 Gelsenkirchen
Tel. [[TEL:0209 169-2318]] · Zentrale 0209 169-0

{GE_LANDLORD}
""",
    [
        "§ 44 BMG",
        "Gebühr 10,00 EUR",
        "buergercenter@gelsenkirchen.de",
        "0209 169-0",
        "10.40.2.11",
    ],
    allow=("45879 Gelsenkirchen",),
)

BAFOEG_DU = quoted(
    """Am 27.01.2027 um 13:20 schrieb [[P:Gülbahar, Derya]] <[[MAIL:d.guelbahar@stadt-duisburg.de]]>:
Sehr geehrte Frau [[P:Schaaf]],

für Ihren Antrag auf Schüler-BAföG fehlen noch: Formblatt 2 (Schulbescheinigung), Formblatt 3
von beiden Elternteilen und eine Kopie Ihres Personalausweises. Bitte reichen Sie die Unterlagen
bis zum 15.02.2027 ein.

Mit freundlichen Grüßen
[[P:Derya Gülbahar]]
Stadt Duisburg - Amt für Ausbildungsförderung
Tel. [[TEL:0203 283-6140]] | Zentrale 0203 283-0 | bafoeg@stadt-duisburg.de"""
)

pii(
    "email_thread",
    f"""
Von: [[P:Leonie Schaaf]] <[[MAIL:leonie.schaaf07@icloud.com]]>
An: bafoeg@stadt-duisburg.de
Datum: 02.02.2027, 16:48
Betreff: AW: Schüler-BAföG - fehlende Unterlagen - Förderungsnr. [[AZ:112 2027 0318 44]]

Hallo Frau [[P:Gülbahar]],

anbei die Schulbescheinigung und mein Ausweis. Ich bin am [[DOB:23.03.2007]] geboren und besuche die
Höhere Berufsfachschule am Berufskolleg Mercator. Meine Mutter [[P:Kerstin Schaaf]] ist Jahrgang [[DOB:1976]]
und wohnt mit mir und meinem Bruder [[P:Tim]] ([[DOB:2010]]) in [[LOC:Rheinhausen]]. Mein Vater, [[P:Jörg Schaaf]],
wohnt seit der Trennung in [[LOC:Moers-Kapellen]] ([[STR:Kapellener Str. 132]]) und schickt sein Formblatt 3
direkt an Sie, er hat gesagt, das dauert noch bis Ende Februar. Ist das okay?

Viele Grüße
[[P:Leonie Schaaf]]
Tel. [[TEL:0152 29 41 70 63]]

{BAFOEG_DU}
""",
    [
        "bafoeg@stadt-duisburg.de",
        "Formblatt 2",
        "Berufskolleg Mercator",
        "0203 283-0",
        "Amt für Ausbildungsförderung",
    ],
)

NAME_Q = quoted(
    """Am 29.01.2027 um 07:58 schrieb [[P:Sabrina Kuczera]] <[[MAIL:sabrina.ahrens85@gmail.com]]>:
Guten Morgen,

ich bin seit dem 10.12.2026 geschieden (AG Herne, [[AZ:11 F 402/25]]) und möchte wieder [[P:Ahrens]] heißen.
Ich bin [[DOB:1985]] in [[LOC:Castrop-Rauxel]] geboren, geheiratet haben wir 2010 beim Standesamt
Castrop-Rauxel. Jetzt wohne ich mit meinen Kindern [[P:Emily]] ([[DOB:2012]]) und [[P:Ben]] ([[DOB:2015]]) in [[LOC:Eickel]],
mein Ex-Mann [[P:Patrick Kuczera]] wohnt in [[LOC:Bochum-Riemke]]. Können die Kinder auch [[P:Ahrens]] heißen?
Und muss ich dafür nach [[LOC:Castrop-Rauxel]], wo ich geheiratet habe?

Danke und viele Grüße
[[P:Sabrina Kuczera]]
[[TEL:0176 48 20 93 51]]"""
)

pii(
    "email_thread",
    f"""
Von: Standesamt Herne <standesamt@herne.de>
An: [[MAIL:sabrina.ahrens85@gmail.com]]
Datum: 29.01.2027, 14:31
Betreff: AW: Wiederannahme Geburtsname nach Scheidung

Sehr geehrte Frau [[P:Kuczera]],

die Erklärung zur Wiederannahme Ihres Geburtsnamens [[P:Ahrens]] (§ 1355 Abs. 5 BGB) können Sie bei jedem
Standesamt abgeben, also auch bei uns in Herne; die Gebühr beträgt 30,00 EUR. Bitte bringen Sie
Ihren Ausweis, das Scheidungsurteil mit Rechtskraftvermerk und Ihre Geburtsurkunde mit.

Die Namen von [[P:Emily]] und [[P:Ben]] ändern sich dadurch nicht. Eine Änderung des Kindesnamens ist nur
in engen Grenzen möglich (§ 1617e BGB bzw. Namensänderungsgesetz); dazu beraten wir Sie gern
persönlich. Einen Termin können Sie unter 02323 16-0 vereinbaren.

Mit freundlichen Grüßen
[[P:Olaf Brenscheidt]], Standesbeamter
Stadt Herne, Standesamt, Tel. [[TEL:02323 16-2741]]

{NAME_Q}
""",
    [
        "standesamt@herne.de",
        "§ 1355 Abs. 5 BGB",
        "30,00 EUR",
        "02323 16-0",
        "Namensänderungsgesetz",
    ],
    allow=("Castrop-Rauxel",),
)

HAMM_Q = quoted(
    """Am 04.02.2027 um 08:44 schrieb [[P:Vennemann, Christiane]] <[[MAIL:christiane.vennemann@stadt.hamm.de]]>:
Sehr geehrter Herr [[P:Karimzadeh]],

für Ihren Einbürgerungsantrag fehlen noch die Geburtsurkunde Ihrer Ehefrau mit Übersetzung und
der Nachweis „Leben in Deutschland“ (Einbürgerungstest). Die Gebühr von 255,00 EUR je Person wird
mit dem Bescheid fällig.

Mit freundlichen Grüßen
[[P:Christiane Vennemann]], Einbürgerungsbehörde
Tel. [[TEL:02381 17-5523]] · Zentrale 02381 17-0 · einbuergerung@stadt.hamm.de"""
)

pii(
    "email_thread",
    f"""
From: [[P:Reza Karimzadeh]] <[[MAIL:reza.karimzadeh@proton.me]]>
To: einbuergerung@stadt.hamm.de
Date: Fri, 5 Feb 2027 18:02:11 +0100
Subject: Re: Einbürgerung - fehlende Unterlagen / missing documents - Az. [[AZ:EB-HAM-2026-0815]]

Dear Ms [[P:Vennemann]], sehr geehrte Frau [[P:Vennemann]],

thank you for your message. Attached is the birth certificate of my wife [[P:Nasrin Karimzadeh]]
(née [[P:Jafari]]) with the sworn translation. She was born in [[DOB:1989]] in [[LOC:Tabriz]]; her Iranian
documents give the date as [[DOB:1367/12/02]], which is [[DOB:21.02.1989]] in the German translation.
I was born [[DOB:1986]] in [[LOC:Ahvaz]] (اهواز). We live in [[LOC:Bockum-Hövel]] since 2018; our daughter
[[P:Tara]] was born in [[DOB:2020]] in [[LOC:Hamm]] and goes to the Kita there.

Ich habe den Test „Leben in Deutschland“ am 23.01. gemacht, das Zertifikat kommt per Post. My
mother [[P:Parvin]] lives in [[LOC:Karaj]]; she may visit us in summer, is this a problem for the procedure?

Best regards / Mit freundlichen Grüßen
[[P:Reza Karimzadeh]]
[[TEL:+49 176 4419 8820]]

{HAMM_Q}
""",
    [
        "einbuergerung@stadt.hamm.de",
        "Leben in Deutschland",
        "255,00 EUR",
        "02381 17-0",
        "Einbürgerungsbehörde",
    ],
)

OB_Q = quoted(
    """Am 10.02.2027 um 11:16 schrieb [[P:Wessels, Jan]] <[[MAIL:jan.wessels@oberhausen.de]]>:
Sehr geehrter Herr [[P:Tiedtke]],

für die Anordnung einer Halteverbotszone (§ 45 Abs. 1 StVO) benötigen wir beide Anschriften und
die Kennzeichen der Fahrzeuge, die dort stehen dürfen. Die Gebühr beträgt 85,00 EUR; die Schilder
müssen 72 Stunden vorher aufgestellt sein.

Mit freundlichen Grüßen
[[P:Jan Wessels]]
Stadt Oberhausen, Straßenverkehrsbehörde, Tel. [[TEL:0208 825-2614]], Zentrale 0208 825-0"""
)

pii(
    "email_thread",
    f"""
Von: [[P:Nils Tiedtke]] <[[MAIL:nils.tiedtke@posteo.de]]>
An: strassenverkehr@oberhausen.de
Datum: 10.02.2027, 20:03
Betreff: AW: Antrag Halteverbotszone Umzug 20.03.2027 - Vorgang [[AZ:SV-OB-2027-00742]]

Hallo Herr [[P:Wessels]],

danke für die Infos. Auszug: [[STR:Steinbrinkstr. 188]] in [[LOC:Sterkrade]], Einzug: [[STR:Vestische Str. 63]],
[[LOC:46117 Oberhausen]] (das ist in [[LOC:Osterfeld]]). Der Umzugswagen ist ein Mietwagen der
Ruhr Transporter Vermietung GmbH mit dem Kennzeichen [[KFZ:OB-RT 2271]], dazu mein eigener Pkw [[KFZ:OB-NT 88]].
Meine Eltern (beide Jahrgang [[DOB:1958]]) kommen aus [[LOC:Bottrop]] und helfen mit ihrem Anhänger [[KFZ:BOT-HT 412]].
Meine Freundin [[P:Aylin Kaçar]] zieht mit ein, sie wohnt bisher in [[LOC:Mülheim-Dümpten]].

Reicht das so? Die 85,00 EUR überweise ich, sobald ich den Bescheid habe.

Viele Grüße
[[P:Nils Tiedtke]]
[[TEL:0178 336 40 92]]

{OB_Q}
""",
    [
        "strassenverkehr@oberhausen.de",
        "§ 45 Abs. 1 StVO",
        "85,00 EUR",
        "0208 825-0",
        "Ruhr Transporter Vermietung GmbH",
    ],
)


# ==========================================================================================
# table (pii): pipe tables, Excel pastes and space-aligned lists
# ==========================================================================================


def rule(widths: tuple[int, ...]) -> tuple[str, ...]:
    return tuple("-" * w for w in widths)


HERNE_W = (4, 19, 5, 5, 20, 15, 10)
HERNE_BEDS = piped(
    HERNE_W,
    ("Zi.", "Name, Vorname", "Jg.", "Pers.", "zuletzt wohnhaft", "geb. in", "seit"),
    rule(HERNE_W),
    (
        "3",
        "[[P:Krüger, Dieter]]",
        "[[DOB:1958]]",
        "1",
        "[[LOC:Baukau]]",
        "[[LOC:Herne]]",
        "12.10.2026",
    ),
    (
        "4",
        "[[P:Nowak, Justyna]]",
        "[[DOB:1991]]",
        "3",
        "[[LOC:Wanne-Süd]]",
        "[[LOC:Rybnik]]",
        "03.11.2026",
    ),
    (
        "7",
        "[[P:Aslan, Mehmet]]",
        "[[DOB:1979]]",
        "5",
        "[[LOC:Röhlinghausen]]",
        "[[LOC:Batman]]",
        "20.12.2026",
    ),
    (
        "8",
        "[[P:Ionescu, Vasile]]",
        "[[DOB:1966]]",
        "1",
        "ohne festen Wohnsitz",
        "[[LOC:Brăila]]",
        "05.01.2027",
    ),
    (
        "11",
        "[[P:Schäfer, Kevin]]",
        "[[DOB:2001]]",
        "1",
        "[[LOC:Holsterhausen]]",
        "[[LOC:Castrop-Rauxel]]",
        "18.01.2027",
    ),
    (
        "12",
        "[[P:Wójcik, Marek]]",
        "[[DOB:1970]]",
        "2",
        "[[LOC:Sodingen]]",
        "[[LOC:Katowice]]",
        "25.01.2027",
    ),
    edge=True,
)

pii(
    "table",
    f"""
Stadt Herne - FB Soziales - Unterkunft Koniner Straße
Belegungsliste Stand 01.02.2027 (nur für den Dienstgebrauch)

{HERNE_BEDS}

Anmerkungen:
- Fam. [[P:Nowak]]: Kinder [[P:Oliwia]] ([[DOB:2015]]) und [[P:Kacper]] ([[DOB:2019]]); Wohnung der GWG in Aussicht.
- Fam. [[P:Aslan]]: Ehefrau [[P:Gülistan]] und drei Kinder; der Schwager wohnt in [[LOC:Bochum-Hamme]] und kann
  vorübergehend zwei Kinder aufnehmen.
- Hr. [[P:Ionescu]]: Rückkehrhilfe angefragt; Schwester lebt in [[LOC:Galați]].
- Hr. [[P:Wójcik]] mit Sohn [[P:Dawid]] ([[DOB:2008]]); Sohn geht weiter zur Schule in [[LOC:Sodingen]].
Belegung 6 von 14 Zimmern; Nutzungsgebühr nach Satzung 11,20 EUR/Tag und Person.

Hausverwaltung: [[P:Kaiser-Nolte]], Tel. [[TEL:02323 16-4105]] · FB Soziales 02323 16-0
""",
    [
        "Unterkunft Koniner Straße",
        "nur für den Dienstgebrauch",
        "11,20 EUR/Tag und Person",
        "02323 16-0",
    ],
    allow=("Herne",),
)

GE_PUPILS = tsv(
    ("Lfd", "Name", "Vorname", "geb.", "Geburtsort", "Stadtteil", "Grundschule", "Erziehungsber."),
    (
        "1",
        "[[P:Kowalski]]",
        "[[P:Nikola]]",
        "[[DOB:14.02.2017]]",
        "[[LOC:Gelsenkirchen]]",
        "[[LOC:Erle]]",
        "GS Lindenstraße",
        "[[P:Kowalski, Anna]]",
    ),
    (
        "2",
        "[[P:Demir]]",
        "[[P:Yusuf]]",
        "[[DOB:03.09.2016]]",
        "[[LOC:Gladbeck]]",
        "[[LOC:Resse]]",
        "GS Lindenstraße",
        "[[P:Demir, Songül]]",
    ),
    (
        "3",
        "[[P:Haj Ali]]",
        "[[P:Maya]]",
        "[[DOB:21.06.2017]]",
        "[[LOC:Aleppo]]",
        "[[LOC:Bismarck]]",
        "GS Haverkamp",
        "[[P:Haj Ali, Hasan]]",
    ),
    (
        "4",
        "[[P:Petrov]]",
        "[[P:Viktor]]",
        "[[DOB:30.11.2016]]",
        "[[LOC:Plovdiv]]",
        "[[LOC:Bulmke-Hüllen]]",
        "GS Bulmker Straße",
        "[[P:Petrova, Desislava]]",
    ),
    (
        "5",
        "[[P:Brinkhaus]]",
        "[[P:Lotta]]",
        "[[DOB:08.08.2017]]",
        "[[LOC:Essen]]",
        "[[LOC:Buer]]",
        "GS Ostpreußenstraße",
        "[[P:Brinkhaus, Jens]]",
    ),
    (
        "6",
        "[[P:Mensah]]",
        "[[P:Kwame]]",
        "[[DOB:17.01.2017]]",
        "[[LOC:Gelsenkirchen]]",
        "[[LOC:Hassel]]",
        "GS Hassel",
        "[[P:Mensah, Grace]]",
    ),
    (
        "7",
        "[[P:Schulze-Wierling]]",
        "[[P:Mats]]",
        "[[DOB:25.04.2017]]",
        "[[LOC:Kraków]]",
        "[[LOC:Erle]]",
        "GS Lindenstraße",
        "[[P:Schulze-Wierling, Eva]]",
    ),
)

pii(
    "table",
    f"""
Gesamtschule Berger Feld · Adenauerallee 110 · 45891 Gelsenkirchen
Anmeldungen Jahrgang 5 zum Schuljahr 2027/28 - Export SchILD-NRW vom 12.02.2027 (Auszug)

{GE_PUPILS}

Hinweise Sekretariat:
- Nr. 3: Vater legt die Geburtsurkunde aus Syrien mit Übersetzung nach; Name im Pass „[[P:HAJ ALI Maya]]“.
- Nr. 5: Familie zieht laut Anmeldebogen im Sommer nach [[LOC:Dorsten-Wulfen]], Anmeldung trotzdem gewünscht.
- Nr. 6: [[LOC:Hassel]] ist Stadtteil der Familie, nicht Schulwunsch; Grundschule bestätigt.
Aufnahmekriterien nach § 1 Abs. 2 APO-S I; Losverfahren am 05.03.2027.
Rückfragen an das Sekretariat: Tel. 0209 169-0 (Vermittlung) oder anmeldung-gebf@gelsenkirchen.de
""",
    [
        "Adenauerallee 110",
        "Schuljahr 2027/28",
        "§ 1 Abs. 2 APO-S I",
        "anmeldung-gebf@gelsenkirchen.de",
        "GS Lindenstraße",
    ],
    allow=("Gelsenkirchen", "Hassel"),
)

DO_SLOTS = aligned(
    (7, 27, 6, 5, 17, 28),
    ("Zeit", "Name", "Jg.", "StA", "Stadtbezirk", "Anliegen", "Az."),
    (
        "08:00",
        "[[P:Nguyen Thi Lan]]",
        "[[DOB:1995]]",
        "VNM",
        "[[LOC:Innenstadt-Nord]]",
        "eAT-Verlängerung § 16b",
        "[[AZ:30/1-2024-07718]]",
    ),
    (
        "08:20",
        "[[P:Obi, Chukwuemeka]]",
        "[[DOB:1988]]",
        "NGA",
        "[[LOC:Hörde]]",
        "Niederlassungserlaubnis",
        "[[AZ:30/1-2019-03341]]",
    ),
    (
        "08:40",
        "[[P:Sánchez Ortega, Lucía]]",
        "[[DOB:1999]]",
        "COL",
        "[[LOC:Mengede]]",
        "Blaue Karte EU",
        "[[AZ:30/1-2026-11209]]",
    ),
    (
        "09:00",
        "[[P:Darwish, Rami]]",
        "[[DOB:1983]]",
        "SYR",
        "[[LOC:Lütgendortmund]]",
        "Reiseausweis abholen",
        "[[AZ:30/2-2016-20817]]",
    ),
    (
        "09:20",
        "[[P:Kaur, Harpreet]]",
        "[[DOB:1992]]",
        "IND",
        "[[LOC:Brackel]]",
        "Familiennachzug Ehegatte",
        "[[AZ:30/1-2025-09954]]",
    ),
    (
        "09:40",
        "[[P:Petrenko, Olha]]",
        "[[DOB:1971]]",
        "UKR",
        "[[LOC:Aplerbeck]]",
        "§ 24, Fiktionsbescheinigung",
        "[[AZ:30/3-2022-14470]]",
    ),
    (
        "10:00",
        "[[P:Hussein Mahamud, Amina]]",
        "[[DOB:2006]]",
        "SOM",
        "[[LOC:Scharnhorst]]",
        "Ausbildungsduldung",
        "[[AZ:30/2-2023-18862]]",
    ),
)

pii(
    "table",
    f"""
Stadt Dortmund - Ausländerbehörde - Terminübersicht Schalter 4
Mittwoch, 10.02.2027                                   Ausdruck 07:41 Uhr, Benutzer ABH-S4

{DO_SLOTS}

Notizen:
- 08:20 Hr. [[P:Obi]] bringt die Ehefrau [[P:Adaeze]] (Jg. [[DOB:1990]]) mit; sie wohnt noch in [[LOC:Enugu]].
- 09:00 Reiseausweis für Hr. [[P:Darwish]] liegt im Tresor (Fach 12).
- 09:40 Fr. [[P:Petrenko]] kommt mit Tochter [[P:Daryna]] ([[DOB:2009]]), Schulbescheinigung mitbringen lassen.
- 10:00 Fr. [[P:Hussein Mahamud]] - Ausbildungsbetrieb Westfalen Pflege gGmbH, Vertrag liegt vor
  (§ 60c AufenthG); Betreuerin aus der Jugendhilfe ist Fr. [[P:Kirchhoff]], Tel. [[TEL:0231 91 27 44 80]].
Schalter 4 heute: [[P:Hamann]] / [[P:Uysal]]. Infotheke 0231 50-0.
""",
    [
        "Terminübersicht Schalter 4",
        "ABH-S4",
        "§ 60c AufenthG",
        "Westfalen Pflege gGmbH",
        "0231 50-0",
    ],
)

BO_W = (17, 20, 5, 5, 22, 16)
BO_WAIT = piped(
    BO_W,
    ("WBS-Nr.", "Name, Vorname", "Jg.", "Pers.", "wohnt derzeit in", "Grund"),
    rule(BO_W),
    (
        "[[AZ:61.2-2026-1184]]",
        "[[P:Sommer, Bettina]]",
        "[[DOB:1968]]",
        "2",
        "[[LOC:Wattenscheid-Mitte]]",
        "Rollstuhl",
    ),
    (
        "[[AZ:61.2-2026-1302]]",
        "[[P:Berisha, Fatime]]",
        "[[DOB:1985]]",
        "5",
        "[[LOC:Hamme]]",
        "Überbelegung",
    ),
    (
        "[[AZ:61.2-2026-1377]]",
        "[[P:Grabowski, Erwin]]",
        "[[DOB:1949]]",
        "1",
        "[[LOC:Querenburg]]",
        "4. OG ohne Aufzug",
    ),
    (
        "[[AZ:61.2-2027-0019]]",
        "[[P:Okonkwo, Blessing]]",
        "[[DOB:1997]]",
        "2",
        "[[LOC:Laer]]",
        "Schwangerschaft",
    ),
    (
        "[[AZ:61.2-2027-0044]]",
        "[[P:Lehmkuhl, Sven]]",
        "[[DOB:1975]]",
        "3",
        "[[LOC:Werne]]",
        "Räumungsklage",
    ),
    (
        "[[AZ:61.2-2027-0061]]",
        "[[P:Tran, Van Duc]]",
        "[[DOB:1962]]",
        "2",
        "[[LOC:Langendreer]]",
        "Pflegebedarf",
    ),
    edge=True,
)

pii(
    "table",
    f"""
Stadt Bochum - Amt für Stadtplanung und Wohnen - Wohnungsvermittlung
Vormerkliste geförderter Wohnraum, Dringlichkeitsstufe A - Stand 05.02.2027

{BO_WAIT}

Bemerkungen: Fr. [[P:Sommer]] benötigt eine Wohnung nach DIN 18040-2 (R); Angebot der VBW im
Sommer möglich. Bei Hr. [[P:Grabowski]] kümmert sich die Nichte aus [[LOC:Witten-Heven]]. Fr. [[P:Okonkwo]]:
Geburtstermin im April, danach 3 Personen. Hr. [[P:Lehmkuhl]] wohnt in [[LOC:Bochum-Werne]], nicht in der
Stadt Werne; Räumungstermin 31.03.2027.
Vermittlung: [[P:Heinemann-Krol]], Tel. [[TEL:0234 910-2513]]; Zentrale 0234 910-0; wohnen@bochum.de
""",
    [
        "DIN 18040-2 (R)",
        "Dringlichkeitsstufe A",
        "0234 910-0",
        "wohnen@bochum.de",
        "Stadt Werne",
    ],
    allow=("Sommer", "Werne"),
)

ESSEN_KITA = tsv(
    ("Kind", "geb.", "Stadtteil", "Sorgeberechtigte", "Telefon", "Wunsch 1", "Std."),
    (
        "[[P:Ahmadi, Sana]]",
        "[[DOB:12.03.2025]]",
        "[[LOC:Bochold]]",
        "[[P:Ahmadi, Mina]]",
        "[[TEL:0176 80 21 47 36]]",
        "Kita Germaniastraße",
        "45",
    ),
    (
        "[[P:Hoffmann, Ella]]",
        "[[DOB:30.05.2025]]",
        "[[LOC:Bedingrade]]",
        "[[P:Hoffmann, Jan]]",
        "[[TEL:0201 69 14 27]]",
        "Kita Schloss Borbeck",
        "35",
    ),
    (
        "[[P:Yılmaz, Emir]]",
        "[[DOB:04.01.2025]]",
        "[[LOC:Frintrop]]",
        "[[P:Yılmaz, Zeynep]]",
        "[[TEL:0157 30 49 18 72]]",
        "Kita Frintroper Markt",
        "45",
    ),
    (
        "[[P:Nowicki, Zofia]]",
        "[[DOB:19.07.2025]]",
        "[[LOC:Dellwig]]",
        "[[P:Nowicki, Paweł]]",
        "[[TEL:0163 22 85 390]]",
        "Kita Germaniastraße",
        "25",
    ),
    (
        "[[P:Osei-Bonsu, Ama]]",
        "[[DOB:22.02.2025]]",
        "[[LOC:Gerschede]]",
        "[[P:Osei-Bonsu, Kojo]]",
        "[[TEL:0152 44 10 73 28]]",
        "Kita Schloss Borbeck",
        "45",
    ),
    (
        "[[P:Krause, Paul]]",
        "[[DOB:08.10.2025]]",
        "[[LOC:Schönebeck]]",
        "[[P:Krause, Miriam]]",
        "[[TEL:0201 61 57 09]]",
        "Kita Frintroper Markt",
        "35",
    ),
)

pii(
    "table",
    f"""
Stadt Essen - Jugendamt - Kitaplatzvergabe Stadtbezirk IV (Borbeck)
Vormerkungen U3 zum 01.08.2027 (Kopie aus Excel, Stand 08.02.2027)

{ESSEN_KITA}

Hinweise: [[P:Sana]] hat eine ältere Schwester in der Kita Germaniastraße (Geschwisterkind).
Bei [[P:Emir]] sind beide Eltern berufstätig (Nachweis liegt vor). Die Großeltern von [[P:Zofia]] wohnen in
[[LOC:Oberhausen-Alstaden]] und betreuen bis August. Fam. [[P:Krause]] zieht im Juni nach [[LOC:Bergeborbeck]].
Vergabe nach den Kriterien des Jugendhilfeausschusses; Rechtsanspruch nach § 24 Abs. 2 SGB VIII.
Kontakt: kitaplatz@jugendamt.essen.de, Servicetelefon 0201 88-0
""",
    [
        "Stadtbezirk IV (Borbeck)",
        "Kita Germaniastraße",
        "§ 24 Abs. 2 SGB VIII",
        "kitaplatz@jugendamt.essen.de",
        "0201 88-0",
    ],
)

DU_CEREMONY = aligned(
    (4, 28, 8, 22, 16),
    ("Nr", "Name", "Geb.-J.", "Geburtsort", "Stadtteil", "Begleitung"),
    ("1", "[[P:Arslan, Hakan]]", "[[DOB:1979]]", "[[LOC:Duisburg]]", "[[LOC:Hochfeld]]", "2"),
    ("2", "[[P:Arslan, Sevgi]]", "[[DOB:1982]]", "[[LOC:Aksaray]]", "[[LOC:Hochfeld]]", "-"),
    ("3", "[[P:Mirzaei, Hamid]]", "[[DOB:1990]]", "[[LOC:Kabul]]", "[[LOC:Meiderich]]", "1"),
    (
        "4",
        "[[P:Zielinska, Magdalena]]",
        "[[DOB:1987]]",
        "[[LOC:Wrocław]]",
        "[[LOC:Rheinhausen]]",
        "3",
    ),
    ("5", "[[P:Adeleke, Oluwaseun]]", "[[DOB:1984]]", "[[LOC:Ibadan]]", "[[LOC:Neudorf]]", "-"),
    ("6", "[[P:Marković, Ana]]", "[[DOB:2001]]", "[[LOC:Niš]]", "[[LOC:Homberg]]", "2"),
    ("7", "[[P:El Amrani, Youssef]]", "[[DOB:1975]]", "[[LOC:Nador]]", "[[LOC:Marxloh]]", "4"),
)

pii(
    "table",
    f"""
Stadt Duisburg - Einbürgerungsbehörde
Einbürgerungsfeier im Ratssaal, Burgplatz 19, Donnerstag 18.03.2027, 17:00 Uhr
Teilnehmendenliste (Urkundenübergabe durch den Oberbürgermeister bzw. Bürgermeisterin in Vertretung)

{DU_CEREMONY}

Hinweise zur Reihenfolge: Ehepaar [[P:Arslan]] zusammen aufrufen; Hr. [[P:Arslan]] ist in [[LOC:Duisburg]] geboren
und wird erst jetzt eingebürgert (Optionsregelung nicht genutzt). Fr. [[P:Zielinska]] bringt ihre Mutter aus
[[LOC:Opole]] mit, die kein Deutsch spricht. Bei Nr. 7 kommen die Kinder [[P:Sami]] ([[DOB:2009]]) und [[P:Lina]] ([[DOB:2012]]) mit
auf die Bühne (Miteinbürgerung). Presse: nur Gruppenfoto, Einwilligungen liegen vor.
Organisation: [[P:Göktaş]], Tel. [[TEL:0203 283-4471]]; einbuergerung@stadt-duisburg.de; Zentrale 0203 283-0
""",
    [
        "Burgplatz 19",
        "Einbürgerungsfeier im Ratssaal",
        "einbuergerung@stadt-duisburg.de",
        "0203 283-0",
        "Oberbürgermeister",
    ],
    allow=("Duisburg",),
)

RE_W = (6, 22, 11, 22, 18, 28)
RE_SEU = piped(
    RE_W,
    ("Zeit", "Kind", "geb.", "Kita", "Stadtteil", "Begleitperson"),
    rule(RE_W),
    (
        "08:30",
        "[[P:Bauer, Leni]]",
        "[[DOB:02.12.2020]]",
        "Kita Pusteblume",
        "[[LOC:Hillerheide]]",
        "Mutter [[P:Bauer, Katja]]",
    ),
    (
        "08:50",
        "[[P:Çelik, Deniz]]",
        "[[DOB:17.03.2021]]",
        "Kita St. Michael",
        "[[LOC:Hochlarmark]]",
        "Vater [[P:Çelik, Ufuk]]",
    ),
    (
        "09:10",
        "[[P:Lewandowski, Oskar]]",
        "[[DOB:29.07.2021]]",
        "Kita Pusteblume",
        "[[LOC:Grullbad]]",
        "Oma [[P:Wolff, Irene]]",
    ),
    (
        "09:30",
        "[[P:Asante, Efua]]",
        "[[DOB:05.05.2021]]",
        "Familienzentrum Süd",
        "[[LOC:Recklinghausen-Süd]]",
        "Mutter [[P:Asante, Abena]]",
    ),
    (
        "09:50",
        "[[P:Jansen, Tom]]",
        "[[DOB:11.09.2021]]",
        "keine Kita",
        "[[LOC:Speckhorn]]",
        "Eltern",
    ),
    (
        "10:10",
        "[[P:Haidari, Mahdi]]",
        "[[DOB:20.01.2021]]",
        "Kita St. Michael",
        "[[LOC:Berghausen]]",
        "Vater [[P:Haidari, Ali Reza]]",
    ),
    edge=True,
)

pii(
    "table",
    f"""
Kreis Recklinghausen - Gesundheitsamt - Kinder- und Jugendgesundheitsdienst
Schuleingangsuntersuchungen Einschulung 2027 - Untersuchungsstelle Recklinghausen, Raum 014
Kurt-Schumacher-Allee 1, 45657 Recklinghausen · Terminplan Dienstag, 09.02.2027

{RE_SEU}

Hinweise: Bei [[P:Tom]] Sprachstandsfeststellung nach § 36 Abs. 2 SchulG NRW nicht erfolgt (keine Kita),
Elternteil [[P:Sarah Jansen]] ist unter [[TEL:02361 90 48 215]] erreichbar. Für [[P:Mahdi]] Dolmetschung Dari
angefragt; die Familie ist aus [[LOC:Herten]] zugezogen. Impfpass bei allen Terminen mitbringen lassen.
Untersuchende Ärztin: Dr. med. [[P:Schmedding]], Tel. [[TEL:02361 53-4417]]; Kreishaus Zentrale 02361 53-0
""",
    [
        "Kurt-Schumacher-Allee 1, 45657 Recklinghausen",
        "Raum 014",
        "§ 36 Abs. 2 SchulG NRW",
        "Kita St. Michael",
        "02361 53-0",
    ],
)

HAMM_IK = tsv(
    (
        "Nr.",
        "Name, Vorname",
        "Geburtsjahr",
        "Geburtsort",
        "Herkunftsland",
        "Stadtbezirk",
        "BAMF-Kennziffer",
        "Telefon",
    ),
    (
        "1",
        "[[P:Abdi, Hodan]]",
        "[[DOB:1994]]",
        "[[LOC:Hargeysa]]",
        "Somalia",
        "[[LOC:Hamm-Mitte]]",
        "[[AZ:5L2K7-2027-00318]]",
        "[[TEL:0157 40 28 13 66]]",
    ),
    (
        "2",
        "[[P:Bondar, Iryna]]",
        "[[DOB:1968]]",
        "[[LOC:Sumy]]",
        "Ukraine",
        "[[LOC:Uentrop]]",
        "[[AZ:5L2K7-2027-00319]]",
        "[[TEL:0176 92 04 47 15]]",
    ),
    (
        "3",
        "[[P:Faizi, Sharifa]]",
        "[[DOB:1987]]",
        "[[LOC:Mazar-e Sharif]]",
        "Afghanistan",
        "[[LOC:Herringen]]",
        "[[AZ:5L2K7-2027-00322]]",
        "[[TEL:0152 63 37 81 04]]",
    ),
    (
        "4",
        "[[P:Gebreyes, Saba]]",
        "[[DOB:2000]]",
        "[[LOC:Mendefera]]",
        "Eritrea",
        "[[LOC:Pelkum]]",
        "[[AZ:5L2K7-2027-00327]]",
        "[[TEL:0160 53 12 98 70]]",
    ),
    (
        "5",
        "[[P:Hasani, Besnik]]",
        "[[DOB:1991]]",
        "[[LOC:Ferizaj]]",
        "Kosovo",
        "[[LOC:Bockum-Hövel]]",
        "[[AZ:5L2K7-2027-00330]]",
        "[[TEL:0178 21 90 46 33]]",
    ),
    (
        "6",
        "[[P:Quispe Mamani, Rosa]]",
        "[[DOB:1983]]",
        "[[LOC:El Alto]]",
        "Bolivien",
        "[[LOC:Heessen]]",
        "[[AZ:5L2K7-2027-00335]]",
        "[[TEL:0151 27 60 38 59]]",
    ),
)

pii(
    "table",
    f"""
VHS Hamm - Integrationskurse - Kurs IK-A 27/03 (Allgemeiner Integrationskurs, 700 UE)
Teilnehmendenliste zum Kursbeginn 01.03.2027 (aus Excel kopiert), Träger-Nr. 254-HAM

{HAMM_IK}

Hinweise: [[P:Iryna Bondar]] ist mit ihrer Tochter zugezogen, die in [[LOC:Drensteinfurt]] wohnt; Kinderbetreuung
nicht nötig. Fr. [[P:Faizi]] braucht Kinderbetreuung für zwei Kinder ([[DOB:2021]] und [[DOB:2023]] geboren).
Hr. [[P:Hasani]] arbeitet in Schicht bei der Hammer Logistik GmbH; Kurszeiten vormittags bestätigt.
Kostenbefreiung nach § 4 Abs. 2 IntV für Nr. 1, 3 und 4.
Kursleitung: [[P:Annette Voßkuhl]], [[MAIL:a.vosskuhl@vhs-hamm.de]]; Anmeldung vhs@stadt.hamm.de, 02381 17-0
""",
    [
        "Kurs IK-A 27/03",
        "Träger-Nr. 254-HAM",
        "Hammer Logistik GmbH",
        "§ 4 Abs. 2 IntV",
        "vhs@stadt.hamm.de",
    ],
)

WITTEN_HELPERS = aligned(
    (26, 6, 24, 14, 20, 8),
    ("Name", "Jg.", "Anschrift", "Ortsteil", "Telefon", "WBZ", "Funktion"),
    (
        "[[P:Brauckmann, Heike]]",
        "[[DOB:1964]]",
        "[[STR:Ruhrstr. 41]]",
        "[[LOC:Bommern]]",
        "[[TEL:02302 7 18 22]]",
        "0412",
        "Wahlvorsteherin",
    ),
    (
        "[[P:Nuhanović, Edin]]",
        "[[DOB:1993]]",
        "[[STR:Herbeder Str. 9a]]",
        "[[LOC:Heven]]",
        "[[TEL:0176 21 83 49 07]]",
        "0412",
        "Schriftführer",
    ),
    (
        "[[P:Göbel, Karl-Heinz]]",
        "[[DOB:1951]]",
        "[[STR:Am Hang 6]]",
        "[[LOC:Herbede]]",
        "[[TEL:02302 73 01 58]]",
        "0413",
        "Beisitzer",
    ),
    (
        "[[P:Szymańska, Kinga]]",
        "[[DOB:2005]]",
        "[[STR:Pferdebachstr. 112]]",
        "[[LOC:Annen]]",
        "[[TEL:0152 08 47 11 96]]",
        "0413",
        "Beisitzerin",
    ),
    (
        "[[P:Ohlendorf, Till]]",
        "[[DOB:1988]]",
        "[[STR:Crengeldanzstr. 3]]",
        "[[LOC:Stockum]]",
        "[[TEL:0171 4 62 93 30]]",
        "0420",
        "stv. Vorsteher",
    ),
    (
        "[[P:Akgül, Serap]]",
        "[[DOB:1979]]",
        "[[STR:Wiesenstr. 27]]",
        "[[LOC:Rüdinghausen]]",
        "[[TEL:02302 2 04 61 79]]",
        "0420",
        "Beisitzerin",
    ),
)

pii(
    "table",
    f"""
Stadt Witten - Wahlamt - Landtagswahl NRW 2027
Wahlvorstände Briefwahl/Urnenwahl (Auszug), Stand 15.03.2027 - nicht zur Veröffentlichung

{WITTEN_HELPERS}

Erfrischungsgeld nach § 10 LWahlO: 50,00 EUR (Vorsteher/in 60,00 EUR). Schulung am 20.04.2027 im Rathaus.
Fr. [[P:Szymańska]] ist Erstwählerin und studiert an der Ruhr-Universität; sie wohnt aber weiter in [[LOC:Annen]].
Hr. [[P:Göbel]] fällt ggf. aus (Reha), Ersatz: [[P:Ulrike Mertens]], [[STR:Bommerfelder Ring 88]], [[LOC:58452 Witten]].
Ansprechpartnerin Wahlamt: [[P:Dagmar Horstkötter]], Tel. [[TEL:02302 581-1530]]; wahlamt@stadt-witten.de
""",
    [
        "Landtagswahl NRW 2027",
        "§ 10 LWahlO",
        "50,00 EUR",
        "60,00 EUR",
        "wahlamt@stadt-witten.de",
    ],
)

BOT_W = (24, 11, 12, 16, 22, 7, 20)
BOT_JUBILEES = piped(
    BOT_W,
    ("Name", "geb.", "Jubiläum", "Stadtteil", "Anschrift", "Presse", "Gratulation"),
    rule(BOT_W),
    (
        "[[P:Kaminski, Gertrud]]",
        "[[DOB:04.03.1927]]",
        "100. Geb.",
        "[[LOC:Eigen]]",
        "[[STR:Gungstr. 40]]",
        "ja",
        "Oberbürgermeister",
    ),
    (
        "[[P:Steinbach, Wilhelm]]",
        "[[DOB:11.03.1932]]",
        "95. Geb.",
        "[[LOC:Fuhlenbrock]]",
        "[[STR:Im Johannestal 7]]",
        "nein",
        "Bezirksbürgermeister",
    ),
    (
        "[[P:Dziedzic, Helena]]",
        "[[DOB:17.03.1937]]",
        "90. Geb.",
        "[[LOC:Batenbrock]]",
        "[[STR:Bahnhofstr. 118]]",
        "ja",
        "Bezirksbürgermeister",
    ),
    (
        "[[P:Ruhnau, Ilse]]",
        "[[DOB:19.03.1937]]",
        "90. Geb.",
        "[[LOC:Kirchhellen]]",
        "Seniorenheim",
        "nein",
        "Ortsvorsteher",
    ),
    (
        "[[P:Ruhnau, Ilse]] und [[P:Ernst]]",
        "-",
        "Eiserne H.",
        "[[LOC:Kirchhellen]]",
        "Seniorenheim",
        "nein",
        "Oberbürgermeister",
    ),
    (
        "[[P:Papadakis, Eleni]]",
        "[[DOB:25.03.1937]]",
        "90. Geb.",
        "[[LOC:Boy]]",
        "[[STR:Horster Str. 301]]",
        "ja",
        "Bezirksbürgermeister",
    ),
    edge=True,
)

pii(
    "table",
    f"""
Stadt Bottrop - Büro des Oberbürgermeisters - Alters- und Ehejubiläen März 2027
Ernst-Wilczok-Platz 1, 46236 Bottrop - Liste für die Glückwunschbesuche (intern)

{BOT_JUBILEES}

Hinweise: Fr. [[P:Kaminski]] wurde [[DOB:1927]] in [[LOC:Gelsenkirchen-Horst]] geboren und lebt seit 1950 in [[LOC:Eigen]]; ihr
Sohn [[P:Bernd]] (Tel. [[TEL:02041 6 88 10 42]]) stimmt den Termin ab. Eheleute [[P:Ruhnau]]: Eheschließung
15.03.1962 (Eiserne Hochzeit, 65 Jahre); Geburtsdatum Hr. [[P:Ernst Ruhnau]]: [[DOB:02.08.1933]]. Die Enkelin
aus [[LOC:Dorsten]] begleitet den Besuch. Präsent je 25,00 EUR; Ehrengabe des Landes NRW ab 65 Ehejahren.
Terminabstimmung über das Büro des Oberbürgermeisters, Tel. 02041 70-30, ob@bottrop.de
""",
    [
        "Ernst-Wilczok-Platz 1, 46236 Bottrop",
        "25,00 EUR",
        "Ehrengabe des Landes NRW",
        "02041 70-30",
        "ob@bottrop.de",
    ],
    allow=("Ernst",),
)


# ==========================================================================================
# clean_* : PII-free administrative texts
# ==========================================================================================

BO_STATS = tsv(
    (
        "Stadtbezirk",
        "Einwohner 31.12.2025",
        "Einwohner 31.12.2026",
        "Veränderung",
        "Anteil 65+",
        "Anteil unter 18",
    ),
    ("Wattenscheid", "72.418", "72.655", "+0,3 %", "22,8 %", "17,1 %"),
    ("Bochum-Nord", "34.902", "34.877", "-0,1 %", "24,1 %", "16,0 %"),
    ("Bochum-Mitte", "101.337", "102.014", "+0,7 %", "17,9 %", "14,2 %"),
    ("Bochum-Ost", "53.260", "53.198", "-0,1 %", "23,5 %", "16,4 %"),
    ("Bochum-Süd", "50.771", "51.046", "+0,5 %", "20,2 %", "13,8 %"),
    ("Bochum-Südwest", "52.985", "53.120", "+0,3 %", "25,0 %", "15,9 %"),
    ("Stadt insgesamt", "365.673", "366.910", "+0,3 %", "21,4 %", "15,3 %"),
)

clean(
    "clean_statistics",
    f"""
Stadt Bochum - Statistik und Stadtforschung
Bevölkerung mit Hauptwohnsitz nach Stadtbezirken (Kopie aus der Excel-Tabelle)

{BO_STATS}

Erläuterungen: Grundlage ist das Einwohnermelderegister. Den stärksten Zuwachs verzeichnet
Bochum-Mitte (+677 Personen), vor allem durch Zuzüge von Studierenden in Querenburg und Altenbochum.
Wattenscheid wächst leicht, getragen von Geburtenüberschüssen in Höntrop und Leithe. In Bochum-Nord
und Bochum-Ost gleichen Wanderungsgewinne die Sterbeüberschüsse nicht ganz aus.
Die Tabellen nach Ortsteilen und Altersgruppen stehen im Open-Data-Portal; Rückfragen an
statistik@bochum.de oder über die Zentrale 0234 910-0.
""",
    ["Wattenscheid", "Bochum-Mitte", "365.673", "statistik@bochum.de", "0234 910-0"],
)

GE_STATS = aligned(
    (22, 12, 14, 16, 14),
    ("Stadtteil", "Einwohner", "Haushalte", "Wohngeld-HH", "SGB-II-Quote"),
    ("Altstadt", "16.420", "9.310", "612", "24,9 %"),
    ("Bismarck", "16.980", "8.775", "544", "22,1 %"),
    ("Buer", "30.115", "16.202", "701", "9,8 %"),
    ("Erle", "26.540", "13.470", "598", "10,6 %"),
    ("Hassel", "15.060", "7.340", "421", "19,7 %"),
    ("Horst", "19.880", "9.920", "503", "18,3 %"),
    ("Resse", "10.940", "5.105", "233", "11,4 %"),
    ("Rotthausen", "13.710", "6.880", "386", "20,2 %"),
    ("Schalke", "12.870", "6.590", "448", "26,0 %"),
    ("Ückendorf", "13.470", "7.210", "529", "27,5 %"),
)

clean(
    "clean_statistics",
    f"""
Stadt Gelsenkirchen - Referat Soziales - Sozialberichterstattung
Ausgewählte Stadtteile: Einwohner, Haushalte, Wohngeldhaushalte und SGB-II-Quote (Stand 12/2026)

{GE_STATS}

Lesehilfe: Die SGB-II-Quote bezieht sich auf die Bevölkerung unter 65 Jahren. Die höchsten Werte
weisen Ückendorf und Schalke auf, die niedrigsten Buer und Erle. In Horst ist die Zahl der
Wohngeldhaushalte seit der Wohngeldreform 2023 um ein Drittel gestiegen.
Die vollständige Tabelle mit allen 18 Stadtteilen ist Anlage 2 zur Vorlage 26-30/4412 des
Ausschusses für Soziales und Arbeit. Kontakt: sozialplanung@gelsenkirchen.de
""",
    ["Ückendorf", "Bismarck", "Vorlage 26-30/4412", "sozialplanung@gelsenkirchen.de", "27,5 %"],
)

DO_OFFICES = aligned(
    (24, 34, 0),
    ("Bezirksverwaltungsstelle", "Anschrift", "Bürgerdienste"),
    ("Aplerbeck", "Aplerbecker Marktplatz 21", "Mo, Di, Do 8-16, Mi 8-13, Fr 8-12"),
    ("Brackel", "Brackeler Hellweg 170", "Mo, Di, Do 8-16, Mi 8-13, Fr 8-12"),
    ("Eving", "Deutsche Straße 27", "Mo, Do 8-16, Di 8-18, Fr 8-12"),
    ("Hörde", "Hörder Bahnhofstraße 16", "Mo-Mi 8-16, Do 8-18, Fr 8-12"),
    ("Hombruch", "Harkortstraße 58", "Mo, Di, Do 8-16, Fr 8-12"),
    ("Huckarde", "Urbanusstraße 5", "Di, Do 8-16, Fr 8-12"),
    ("Lütgendortmund", "Limbecker Straße 31", "Mo, Di, Do 8-16, Fr 8-12"),
    ("Mengede", "Am Amtshaus 1", "Mo, Do 8-16, Fr 8-12"),
    ("Scharnhorst", "Gleiwitzstraße 277", "Mo, Di, Do 8-16, Fr 8-12"),
)

clean(
    "clean_opening_hours",
    f"""
Stadt Dortmund - Bürgerdienste
Öffnungszeiten der Bürgerdienste in den Bezirksverwaltungsstellen ab 01.03.2027

{DO_OFFICES}

Das Dienstleistungszentrum Bürgerdienste am Südwall 2-4 ist montags bis freitags ab 7:30 Uhr
geöffnet. In allen Stellen gilt: Personalausweise, Reisepässe und Meldeangelegenheiten nur mit
Termin über das Online-Terminportal oder die Servicenummer 0231 50-0. Abholungen fertiger Ausweise
sind ohne Termin möglich. Am Rosenmontag und an Brückentagen bleiben die Bezirksverwaltungsstellen
geschlossen; Aushänge vor Ort.
Fragen per E-Mail an buergerdienste@stadtdo.de.
""",
    [
        "Aplerbecker Marktplatz 21",
        "Südwall 2-4",
        "0231 50-0",
        "buergerdienste@stadtdo.de",
        "Lütgendortmund",
    ],
)

clean(
    "clean_opening_hours",
    """
Stadt Essen - Bürgerämter: Standorte und Öffnungszeiten (gültig ab 01.02.2027)

Bürgeramt Innenstadt - Rathaus, Porscheplatz 1, 45127 Essen
   Mo-Mi 7:30-15:30 Uhr, Do 7:30-18:00 Uhr, Fr 7:30-12:30 Uhr, Sa (1. im Monat) 9:00-12:00 Uhr
Bürgeramt Borbeck - Rechtstraße 9, 45355 Essen
   Mo, Di, Do 8:00-15:30 Uhr, Fr 8:00-12:00 Uhr
Bürgeramt Steele - Grendplatz 2, 45276 Essen
   Mo-Do 8:00-15:30 Uhr, Fr 8:00-12:00 Uhr
Bürgeramt Altenessen - Altenessener Straße 309, 45326 Essen
   Mo, Mi, Do 8:00-15:30 Uhr, Fr 8:00-12:00 Uhr
Bürgeramt Kettwig - Bürgermeister-Fiedler-Platz 1, 45219 Essen
   Di und Do 8:00-13:00 Uhr
Bürgeramt Rüttenscheid - Rüttenscheider Straße 199, 45131 Essen
   Mo-Fr 8:00-12:30 Uhr, Do zusätzlich 14:00-18:00 Uhr

Termine bucht man online oder über das Service-Center der Stadt Essen unter 0201 88-0. In
Kettwig und Werden werden vorübergehend nur Abholungen angeboten. Die Bürgerämter in
Frohnhausen und Katernberg sind wegen Umbaus bis Ende März geschlossen; die Kundinnen und Kunden
werden an das Bürgeramt Innenstadt verwiesen. Funktionspostfach: buergeramt@essen.de
""",
    [
        "Porscheplatz 1, 45127 Essen",
        "Bürgermeister-Fiedler-Platz 1",
        "0201 88-0",
        "buergeramt@essen.de",
        "Frohnhausen und Katernberg",
    ],
)

HERNE_SCHOOLS = piped(
    (16, 34, 30, 16),
    ("Stadtbezirk", "Schule", "Anschrift", "Sekretariat"),
    ("Herne-Mitte", "Grundschule Kunterbunt", "Von-der-Heydt-Straße 40", "02323 16-4640"),
    ("Herne-Mitte", "Claudius-Grundschule", "Bahnhofstraße 57", "02323 16-4610"),
    ("Wanne", "Grundschule Crange", "Dorstener Straße 440", "02323 16-4720"),
    ("Wanne", "Josefschule (kath. GS)", "Hauptstraße 184", "02323 16-4730"),
    ("Eickel", "Grundschule an der Kirchstraße", "Kirchstraße 12", "02323 16-4760"),
    ("Sodingen", "Jürgens Hof Grundschule", "Mont-Cenis-Straße 256", "02323 16-4800"),
    ("Sodingen", "Schule am Siepen", "Am Siepen 19", "02323 16-4810"),
    edge=True,
)

clean(
    "clean_school_list",
    f"""
Stadt Herne - Fachbereich Schule und Weiterbildung
Grundschulen nach Stadtbezirken - Anmeldewoche für das Schuljahr 2028/29

{HERNE_SCHOOLS}

Die Anmeldung erfolgt vom 08. bis 12.11.2027 an der Wunschschule. Mitzubringen sind die
Geburtsurkunde oder das Familienstammbuch und der Anmeldeschein, der im September per Post kommt.
Alle Schulen bieten den Offenen Ganztag an (Elternbeitrag nach Satzung). Für Fragen zum Schulweg
und zur Schülerbeförderung: schulverwaltung@herne.de, Zentrale 02323 16-0.
Hinweis: Die Sekretariatsnummern sind Funktionsanschlüsse der Schulen.
""",
    [
        "Von-der-Heydt-Straße 40",
        "Grundschule Crange",
        "schulverwaltung@herne.de",
        "02323 16-0",
        "Schuljahr 2028/29",
    ],
)

HAMM_WASTE = tsv(
    ("Straße", "Stadtbezirk", "Restabfall", "Bioabfall", "Papier", "Gelbe Tonne"),
    (
        "Alleestraße",
        "Hamm-Mitte",
        "Mo (14-tägl., gerade KW)",
        "Mo (wöchentl.)",
        "Do 4-wöchentl.",
        "Fr (14-tägl.)",
    ),
    (
        "Ostenallee",
        "Hamm-Mitte",
        "Di (14-tägl., ungerade KW)",
        "Di (wöchentl.)",
        "Mi 4-wöchentl.",
        "Fr (14-tägl.)",
    ),
    (
        "Dortmunder Straße",
        "Herringen",
        "Mi (14-tägl., gerade KW)",
        "Mi (14-tägl.)",
        "Do 4-wöchentl.",
        "Mo (14-tägl.)",
    ),
    (
        "Kamener Straße",
        "Pelkum",
        "Do (14-tägl., gerade KW)",
        "Do (14-tägl.)",
        "Fr 4-wöchentl.",
        "Mo (14-tägl.)",
    ),
    (
        "Hammer Straße",
        "Bockum-Hövel",
        "Fr (14-tägl., ungerade KW)",
        "Fr (14-tägl.)",
        "Di 4-wöchentl.",
        "Mi (14-tägl.)",
    ),
    (
        "Ahlener Straße",
        "Heessen",
        "Mo (14-tägl., ungerade KW)",
        "Mo (14-tägl.)",
        "Di 4-wöchentl.",
        "Do (14-tägl.)",
    ),
    (
        "Soester Straße",
        "Uentrop",
        "Di (14-tägl., gerade KW)",
        "Di (14-tägl.)",
        "Mi 4-wöchentl.",
        "Do (14-tägl.)",
    ),
    (
        "Werler Straße",
        "Rhynern",
        "Mi (14-tägl., ungerade KW)",
        "Mi (14-tägl.)",
        "Fr 4-wöchentl.",
        "Di (14-tägl.)",
    ),
)

clean(
    "clean_waste_calendar",
    f"""
ASH Abfallwirtschaft und Stadtreinigung Hamm - Abfuhrkalender 2027 (Auszug Hauptstraßen)

{HAMM_WASTE}

Feiertagsverschiebungen: Fällt ein Abfuhrtag auf einen Feiertag, wird bis zum Ende der Woche
jeweils um einen Tag nachgefahren. Weihnachtsbäume werden am 09. und 16.01.2027 abgeholt.
Die Tonnen müssen am Abfuhrtag bis 6:00 Uhr am Straßenrand stehen. Sperrmüll auf Abruf über
die Abfall-App oder unter 02381 17-0; Schadstoffannahme am Recyclinghof Am Lausbach.
Gebühren nach der Abfallgebührensatzung 2027, Restabfalltonne 120 l: 214,80 EUR/Jahr.
""",
    [
        "Bockum-Hövel",
        "Recyclinghof Am Lausbach",
        "02381 17-0",
        "214,80 EUR/Jahr",
        "Abfuhrkalender 2027",
    ],
)

DU_TOXIC = aligned(
    (16, 50, 0),
    ("Termin", "Haltepunkt", "Stadtbezirk"),
    ("Di 02.03.2027", "Marktplatz Meiderich, Bahnhofstraße", "Meiderich/Beeck"),
    ("Mi 03.03.2027", "Parkplatz Rathaus Hamborn", "Hamborn"),
    ("Do 04.03.2027", "Franz-Lenze-Platz", "Walsum"),
    ("Di 09.03.2027", "Parkplatz Freibad Homberg", "Homberg/Ruhrort/Baerl"),
    ("Mi 10.03.2027", "Marktplatz Rheinhausen, Friedrich-Alfred-Straße", "Rheinhausen"),
    ("Do 11.03.2027", "Sittardsberger Allee, Busschleife", "Süd"),
    ("Fr 12.03.2027", "Neudorfer Markt", "Mitte"),
)

clean(
    "clean_waste_calendar",
    f"""
Wirtschaftsbetriebe Duisburg - AöR
Schadstoffmobil: Haltepunkte im März 2027 (jeweils 10:00-12:30 und 13:30-16:00 Uhr)

{DU_TOXIC}

Angenommen werden haushaltsübliche Mengen bis 20 kg oder 20 Liter je Anlieferung: Farben und Lacke,
Lösungsmittel, Pflanzenschutzmittel, Batterien, Energiesparlampen, Spraydosen mit Restinhalt.
Nicht angenommen werden Asbest, Autoreifen und Feuerlöscher. Gewerbliche Abfälle bitte direkt zum
Wertstoffhof Huckingen bringen.
Auskunft: Servicetelefon 0203 283-0 (Wirtschaftsbetriebe), service@wb-duisburg.de
""",
    [
        "Wirtschaftsbetriebe Duisburg - AöR",
        "Franz-Lenze-Platz",
        "Meiderich/Beeck",
        "0203 283-0",
        "service@wb-duisburg.de",
    ],
)

clean(
    "clean_job_advert",
    """
Stadt Recklinghausen - Stellenausschreibung Nr. 10/2027

Die Stadt Recklinghausen sucht für den Fachbereich Bürgerservice zum nächstmöglichen Zeitpunkt

   eine Sachbearbeiterin / einen Sachbearbeiter (m/w/d) im Bürgerbüro
   Entgeltgruppe 8 TVöD, Vollzeit (39 Std./Woche), Teilzeit möglich, unbefristet

Ihre Aufgaben: Bearbeitung von Pass-, Personalausweis- und Meldeangelegenheiten nach PAuswG,
PassG und BMG; Ausstellung von Meldebescheinigungen und Führungszeugnissen; Beratung der Bürgerinnen
und Bürger, auch am langen Donnerstag bis 18 Uhr und an einzelnen Samstagen.

Ihr Profil: abgeschlossene Ausbildung zur/zum Verwaltungsfachangestellten oder Angestelltenlehrgang I;
Freude am Umgang mit Menschen; sicherer Umgang mit Fachverfahren; Fremdsprachenkenntnisse
(z. B. Türkisch, Arabisch, Ukrainisch, Polnisch) sind erwünscht.

Wir bieten: flexible Arbeitszeiten, Jobticket, betriebliches Gesundheitsmanagement, Fortbildungen
am Studieninstitut Emscher-Lippe.

Bewerbungen bis 15.03.2027 ausschließlich über das Online-Portal oder an
bewerbung@recklinghausen.de (eine PDF-Datei). Fragen zum Verfahren: Fachbereich Personal,
Rathausplatz 3-4, 45657 Recklinghausen, Tel. 02361 50-0.
Schwerbehinderte Menschen werden bei gleicher Eignung bevorzugt berücksichtigt (§ 164 SGB IX).
""",
    [
        "Stellenausschreibung Nr. 10/2027",
        "Entgeltgruppe 8 TVöD",
        "bewerbung@recklinghausen.de",
        "Rathausplatz 3-4, 45657 Recklinghausen",
        "§ 164 SGB IX",
    ],
)

clean(
    "clean_job_advert",
    """
Stadt Bottrop - Wir suchen Verstärkung für unsere städtischen Kitas

Staatlich anerkannte Erzieherinnen und Erzieher (m/w/d)
Kennziffer 51-04/27 · S 8a TVöD SuE · Voll- und Teilzeit · unbefristet

Die Stadt Bottrop betreibt 21 Kindertageseinrichtungen in allen Stadtteilen, von Kirchhellen
bis Batenbrock. Für die Kitas Welheimer Mark, Eigen und Fuhlenbrock suchen wir ab dem
01.08.2027 mehrere pädagogische Fachkräfte.

Das erwartet Sie: Arbeit nach dem Bildungsgrundsatz des Landes NRW, Inklusion und Sprachbildung
(Alltagsintegrierte Sprachbildung), kleine Gruppen im U3-Bereich, Fachberatung und Supervision,
fünf Fortbildungstage im Jahr, Zuschuss zum Deutschlandticket Job.

Voraussetzung: Abschluss als staatlich anerkannte/r Erzieher/in, Kindheitspädagog/in oder eine
gleichwertige Qualifikation nach der Personalverordnung zum KiBiz; ein erweitertes
Führungszeugnis nach § 30a BZRG ist vor Einstellung vorzulegen.

Bewerbung mit Kennziffer bis 31.03.2027 an kita-jobs@bottrop.de oder schriftlich an Stadt Bottrop,
Fachbereich Personal, Ernst-Wilczok-Platz 1, 46236 Bottrop. Auskünfte zum Arbeitsfeld erteilt die
Fachberatung Kindertageseinrichtungen unter 02041 70-30 (Vermittlung).
""",
    [
        "Kennziffer 51-04/27",
        "S 8a TVöD SuE",
        "§ 30a BZRG",
        "kita-jobs@bottrop.de",
        "Ernst-Wilczok-Platz 1, 46236 Bottrop",
    ],
)

clean(
    "clean_council_resolution",
    """
Stadt Witten - Der Bürgermeister - Auszug aus der Niederschrift
Sitzung des Rates am 08.02.2027, TOP 11 - Vorlage 0877/V 18

Gegenstand: Einrichtung eines dritten Bürgerbüros im Ortsteil Annen und Anpassung der
Öffnungszeiten der Bürgerbüros Rathaus und Herbede

Beschluss:
1. Der Rat der Stadt Witten beschließt die Einrichtung eines Bürgerbüros im Gebäude
   Annenstraße 112 ab dem 01.09.2027.
2. Die Verwaltung wird beauftragt, die Öffnungszeiten der Bürgerbüros Rathaus und Herbede so
   anzupassen, dass an mindestens einem Tag pro Woche bis 18:00 Uhr geöffnet ist.
3. Die erforderlichen Mittel (Sachkosten 148.000 EUR, 3,5 Stellen EG 8 TVöD) werden im
   Haushalt 2027 bereitgestellt.
4. Der Ausschuss für Bürgerdienste und Digitalisierung erhält nach einem Jahr einen
   Erfahrungsbericht.

Abstimmungsergebnis: einstimmig bei zwei Enthaltungen.
Der Bürgermeister dankt der Verwaltung und den Ortsvorstehern für die Vorbereitung. Die
Vorsitzende des Ausschusses für Bürgerdienste und Digitalisierung weist darauf hin, dass die
Barrierefreiheit des Gebäudes nach DIN 18040-1 vor der Eröffnung nachzuweisen ist.

Für die Richtigkeit: Der Schriftführer
""",
    [
        "Vorlage 0877/V 18",
        "Annenstraße 112",
        "148.000 EUR",
        "DIN 18040-1",
        "Ausschuss für Bürgerdienste und Digitalisierung",
    ],
)

clean(
    "clean_museum",
    """
Ausstellungstext Raum 3 - „Gründer, Zechen, Hütten: Wie das Revier entstand“
(Dauerausstellung, Museum für Stadtgeschichte)

Franz Haniel (1779-1868) begann als Spediteur und Kohlenhändler in Ruhrort. 1834 ließ er in Essen
den ersten Tiefbauschacht durch die Mergeldecke abteufen und machte damit den Weg in den
Norden des Reviers frei. Friedrich Harkort (1793-1880) baute in der Burg Wetter eine der ersten
Maschinenfabriken Westfalens und warb früh für Eisenbahnen und Volksschulen.

Friedrich Grillo (1825-1888) gründete 1873 die Gelsenkirchener Bergwerks-AG und stiftete in Essen das
Theater, das bis heute seinen Namen trägt. August Thyssen (1842-1926) formte von Duisburg-Bruckhausen
aus einen der größten Montankonzerne Europas; Hugo Stinnes (1870-1924) aus Mülheim an der Ruhr
verband Kohle, Strom und Schifffahrt.

Vitrine 3.4 zeigt ein Aktienpapier der Gelsenkirchener Bergwerks-AG von 1873, Vitrine 3.5 den
Grubenriss der Zeche Zollverein von 1851. Die Bergleute selbst blieben meist namenlos: In den
Belegschaftslisten stehen Zahlen statt Namen. Hörstation 3.6 lässt deshalb Texte aus
Bergmannszeitungen der 1920er-Jahre sprechen.
Führungen für Schulklassen: museum@stadtgeschichte-ruhr.de
""",
    [
        "Franz Haniel (1779-1868)",
        "Friedrich Grillo (1825-1888)",
        "August Thyssen (1842-1926)",
        "Vitrine 3.4",
        "museum@stadtgeschichte-ruhr.de",
    ],
)

clean(
    "clean_museum",
    """
Josef Albers Museum Quadrat Bottrop - Saaltext zur Sammlungspräsentation 2027

Josef Albers (1888-1976) wurde in Bottrop als Sohn eines Malermeisters geboren. Nach der
Ausbildung zum Volksschullehrer studierte er in Berlin, Essen und München und kam 1920 an das
Bauhaus in Weimar, wo er später selbst unterrichtete. 1933 emigrierte er mit Anni Albers
(1899-1994) in die USA und lehrte am Black Mountain College und an der Yale University.

Berühmt wurde Albers mit der Serie „Homage to the Square“, an der er von 1950 bis zu seinem Tod
arbeitete. Die ineinander gesetzten Quadrate zeigen, wie Farben einander verändern. Das Museum
besitzt die größte Sammlung seiner Werke in Europa; sie geht auf eine Schenkung der Josef and Anni
Albers Foundation zurück.

Im Untergeschoss ergänzen Werke von Zeitgenossen die Präsentation, darunter Arbeiten aus dem
Umfeld der Gruppe ZERO. Der Skulpturenpark im Stadtgarten zeigt Arbeiten der konstruktiven und
konkreten Kunst des 20. Jahrhunderts.

Öffnungszeiten: Di-So 11-17 Uhr. Im Stadtgarten 20, 46236 Bottrop. Eintritt 8,00 EUR, ermäßigt
4,00 EUR. Gruppenführungen: quadrat@bottrop.de
""",
    [
        "Josef Albers (1888-1976)",
        "Anni Albers",
        "Im Stadtgarten 20, 46236 Bottrop",
        "Eintritt 8,00 EUR",
        "quadrat@bottrop.de",
    ],
)

BO_FIRMS = piped(
    (40, 30, 26),
    ("Unternehmen", "Anschrift", "Registereintrag"),
    ("Ruhrtal Mikrosysteme GmbH", "Suttner-Nobel-Allee 4", "AG Bochum HRB 19847"),
    ("Westfalen Batterierecycling AG", "Suttner-Nobel-Allee 11", "AG Bochum HRB 20114"),
    ("Kemnade Software GmbH & Co. KG", "Konrad-Zuse-Straße 2", "AG Bochum HRA 6632"),
    ("Bergmann & Schlüter Medizintechnik GmbH", "Konrad-Zuse-Straße 8", "AG Bochum HRB 18512"),
    ("Opel-Ring Logistikzentrum GmbH", "Opelring 1", "AG Bochum HRB 17303"),
    ("Laer Energie eG", "Suttner-Nobel-Allee 20", "AG Bochum GnR 412"),
    edge=True,
)

clean(
    "clean_firm_list",
    f"""
Bochum Wirtschaftsentwicklung - Standort MARK 51°7
Ansiedlungen auf dem ehemaligen Opel-Gelände (Stand Januar 2027)

{BO_FIRMS}

Auf der Fläche in Laer und Langendreer sind inzwischen rund 5.600 Arbeitsplätze entstanden.
Die Straßen erinnern an Bertha von Suttner (1843-1914), Alfred Nobel (1833-1896) und
Konrad Zuse (1910-1995). Freie Flächen: Baufeld 7 (2,1 ha) und Baufeld 12 (0,8 ha), Vermarktung über die
Bochum Wirtschaftsentwicklung, Tel. 0234 61063-0, info@bochum-wirtschaft.de.
Die Angaben zu den Registereinträgen stammen aus dem Handelsregister; die Liste enthält nur
Kapitalgesellschaften und Genossenschaften.
""",
    [
        "Ruhrtal Mikrosysteme GmbH",
        "AG Bochum HRB 19847",
        "Bergmann & Schlüter Medizintechnik GmbH",
        "Konrad Zuse (1910-1995)",
        "info@bochum-wirtschaft.de",
    ],
)

DU_FIRMS = aligned(
    (42, 36, 0),
    ("Firma", "Anschrift (logport I)", "Register"),
    ("Rheinhafen Container Terminal GmbH", "Hohenbudberger Straße 12", "HRB 31177 (AG Duisburg)"),
    ("Niederrhein Kontraktlogistik AG", "Hohenbudberger Straße 24", "HRB 29804 (AG Duisburg)"),
    ("Krefelder Straße Cold Storage GmbH", "Krefelder Straße 301", "HRB 33460 (AG Duisburg)"),
    ("Ostasien Schienenlogistik GmbH", "Logport-Allee 9", "HRB 34012 (AG Duisburg)"),
    ("Wolf & Hansen Verpackungsdienste GmbH", "Logport-Allee 15", "HRB 30588 (AG Duisburg)"),
    (
        "Rheinhausen Gefahrgutlager GmbH & Co. KG",
        "Friedrich-Alfred-Straße 180",
        "HRA 12931 (AG Duisburg)",
    ),
)

clean(
    "clean_firm_list",
    f"""
Duisburger Hafen - Ansiedlungsübersicht logport I (Rheinhausen), Auszug für den Ausschuss für Wirtschaft
Vorlage 27-0215, Anlage 1

{DU_FIRMS}

Auf dem Gelände des früheren Krupp-Hüttenwerks Rheinhausen arbeiten heute über 5.000 Beschäftigte.
Die Firma Wolf & Hansen trägt die Namen ihrer Gründerfamilien; es handelt sich um eine GmbH,
persönliche Angaben zu Gesellschaftern enthält diese Übersicht nicht.
Ansprechstelle der Stadt: Amt für Wirtschaft, wirtschaft@stadt-duisburg.de, Zentrale 0203 283-0.
""",
    [
        "Vorlage 27-0215",
        "Rheinhafen Container Terminal GmbH",
        "HRB 31177 (AG Duisburg)",
        "Wolf & Hansen Verpackungsdienste GmbH",
        "wirtschaft@stadt-duisburg.de",
    ],
)

clean(
    "clean_press_release",
    """
Stadt Herne - Pressestelle - Pressemitteilung Nr. 041/2027 vom 15.02.2027

Neues Bürgerbüro in Wanne-Mitte eröffnet

Der Oberbürgermeister hat heute das neue Bürgerbüro in Wanne-Mitte eröffnet. Es befindet sich im
Erdgeschoss des umgebauten Verwaltungsgebäudes an der Hauptstraße 241 und ersetzt die bisherigen
Räume im Rathaus Wanne. „Wir holen die Verwaltung dorthin, wo die Menschen einkaufen und leben“,
sagte der Oberbürgermeister bei der Eröffnung. Die Bezirksbürgermeisterin des Stadtbezirks Wanne
dankte den Beschäftigten für die Arbeit während der Umbauphase.

Das Bürgerbüro bietet acht barrierefreie Schalter, einen Selbstbedienungsterminal für Lichtbilder
und einen Wartebereich mit Spielecke. Geöffnet ist montags bis freitags von 8 bis 13 Uhr sowie
dienstags und donnerstags zusätzlich von 14 bis 18 Uhr. Termine gibt es online und unter der
Rufnummer 02323 16-0; spontane Vorsprachen sind in der ersten Stunde möglich.

Der Umbau hat 1,9 Millionen Euro gekostet, davon 1,2 Millionen Euro aus dem Programm
„Stadtumbau West“. Die Leiterin des Fachbereichs Bürgerdienste kündigte an, im Herbst auch in
Sodingen eine Außenstelle mit verkürzten Öffnungszeiten einzurichten.

Pressekontakt: Pressestelle der Stadt Herne, presse@herne.de
""",
    [
        "Pressemitteilung Nr. 041/2027",
        "Hauptstraße 241",
        "02323 16-0",
        "1,9 Millionen Euro",
        "presse@herne.de",
    ],
)

clean(
    "clean_fee_schedule",
    """
Stadt Gelsenkirchen - Bürgercenter - Gebührenübersicht (Stand 01.01.2027)

Leistung                                               Gebühr       Rechtsgrundlage
Personalausweis (ab 24 Jahre)                          37,00 EUR    § 1 PAuswGebV
Personalausweis (unter 24 Jahre)                       22,80 EUR    § 1 PAuswGebV
Vorläufiger Personalausweis                            10,00 EUR    § 1 PAuswGebV
Reisepass 32 Seiten (ab 24 Jahre)                      70,00 EUR    § 15 PassV
Reisepass 32 Seiten (unter 24 Jahre)                   37,50 EUR    § 15 PassV
Expresszuschlag Reisepass                              32,00 EUR    § 15 PassV
Kinderreisepass (Ausstellung/Verlängerung)             13,00 EUR    § 15 PassV
Einfache Meldebescheinigung                            10,00 EUR    Verwaltungsgebührensatzung
Melderegisterauskunft (einfach)                        10,00 EUR    Verwaltungsgebührensatzung
Führungszeugnis / Auskunft Gewerbezentralregister      13,00 EUR    JVKostG
Beglaubigung je Seite                                   5,00 EUR    Verwaltungsgebührensatzung

Zahlung im Bürgercenter nur bargeldlos (girocard, Kreditkarte). Für Empfängerinnen und Empfänger
von Leistungen nach SGB II und SGB XII kann die Gebühr für den Personalausweis ermäßigt oder
erlassen werden. Bürgercenter im Hans-Sachs-Haus, Ebertstraße 11, 45879 Gelsenkirchen,
Bürgerservice 0209 169-0, buergercenter@gelsenkirchen.de.
""",
    [
        "37,00 EUR",
        "§ 1 PAuswGebV",
        "Verwaltungsgebührensatzung",
        "Ebertstraße 11, 45879 Gelsenkirchen",
        "buergercenter@gelsenkirchen.de",
    ],
)

ESSEN_ZONES = piped(
    (6, 16, 62, 12),
    ("Zone", "Stadtteil", "Straßen (Auszug)", "Gebühr/Jahr"),
    (
        "R1",
        "Rüttenscheid",
        "Rüttenscheider Straße (Nebenstraßen), Emmastraße, Klarastraße",
        "120,00 EUR",
    ),
    ("R2", "Rüttenscheid", "Alfredstraße (östl.), Herthastraße, Witteringstraße", "120,00 EUR"),
    (
        "S1",
        "Südviertel",
        "Rellinghauser Straße, Huyssenallee (Anlieger), Moltkeplatz",
        "120,00 EUR",
    ),
    ("F1", "Frohnhausen", "Frohnhauser Straße, Kerckhoffstraße, Onckenstraße", "90,00 EUR"),
    ("H1", "Holsterhausen", "Gemarkenstraße, Keplerstraße, Holsterhauser Platz", "90,00 EUR"),
    ("W1", "Werden", "Brückstraße, Grafenstraße, Heckstraße", "90,00 EUR"),
    edge=True,
)

clean(
    "clean_parking_zones",
    f"""
Stadt Essen - Amt für Straßen und Verkehr - Bewohnerparkzonen 2027

{ESSEN_ZONES}

Einen Bewohnerparkausweis erhalten Personen, die in der Zone mit Haupt- oder Nebenwohnung gemeldet
sind und Halter oder ständige Nutzer eines Fahrzeugs sind (§ 45 Abs. 1b Nr. 2a StVO). Je Person
wird ein Ausweis ausgestellt; er gilt nur in der eigenen Zone und nicht auf Flächen mit
Parkscheinautomaten außerhalb der Bewohnerzeiten (Mo-Sa 9-19 Uhr).
Die Gebühren wurden mit Ratsbeschluss vom 13.12.2026 (Vorlage 2317/2026/6) angehoben.
Anträge online oder im Bürgeramt; Fragen an bewohnerparken@essen.de, Service-Center 0201 88-0.
""",
    [
        "Rüttenscheider Straße",
        "120,00 EUR",
        "§ 45 Abs. 1b Nr. 2a StVO",
        "Vorlage 2317/2026/6",
        "bewohnerparken@essen.de",
    ],
)

GE_POLLS = aligned(
    (8, 14, 44, 0),
    ("WBZ", "Stadtteil", "Wahlraum", "Anschrift"),
    ("0101", "Altstadt", "Hans-Sachs-Haus, Foyer", "Ebertstraße 11"),
    ("0204", "Schalke", "Gesamtschule Berger Feld, Mensa", "Adenauerallee 110"),
    ("0312", "Bismarck", "Evangelisches Gemeindehaus", "Bismarckstraße 241"),
    ("0407", "Horst", "Grundschule Devensstraße", "Devensstraße 40"),
    ("0515", "Buer", "Rathaus Buer, Sitzungssaal", "Goldbergplatz 2"),
    ("0603", "Erle", "Kita Cranger Straße (Turnraum)", "Cranger Straße 320"),
    ("0711", "Ückendorf", "Wissenschaftspark, Halle", "Munscheidstraße 14"),
    ("0808", "Hassel", "Bezirkssportanlage Lüttinghof, Vereinsheim", "Lüttinghofallee 3"),
)

clean(
    "clean_polling_stations",
    f"""
Stadt Gelsenkirchen - Wahlbüro
Wahlräume Landtagswahl NRW 2027 (Auszug, je ein Wahlbezirk pro Stadtteil)

{GE_POLLS}

Alle aufgeführten Wahlräume sind barrierefrei erreichbar, außer Wahlbezirk 0312 (Stufe am Eingang,
mobile Rampe wird gestellt). Die Wahlräume sind am Wahltag von 8 bis 18 Uhr geöffnet. Wer
Briefwahl beantragt hat, kann nur mit Wahlschein in einem Wahlraum des eigenen Wahlkreises
wählen. Das Briefwahlbüro im Hans-Sachs-Haus ist ab dem 13.04.2027 geöffnet.
Informationen: wahlen@gelsenkirchen.de, Wahltelefon 0209 169-0.
""",
    [
        "Hans-Sachs-Haus, Foyer",
        "Goldbergplatz 2",
        "Wahlbezirk 0312",
        "wahlen@gelsenkirchen.de",
        "Landtagswahl NRW 2027",
    ],
)

clean(
    "clean_sports_clubs",
    """
Stadtsportbund Hamm e.V. - Vereinsverzeichnis (Auszug), Stand Februar 2027

Fußball
- Hammer SpVg 1903 e.V., Vereinsheim Evenkamp, Ostenallee 1, 59063 Hamm - info@hammerspvg.de
- SV Westfalia Rhynern 1952 e.V., Sportpark Rhynern, Zum Sportplatz 6, 59069 Hamm
- TuS Germania Lohauserholz e.V., Platz an der Lohauserholzstraße, 59067 Hamm
Handball
- ASV Hamm-Westfalen e.V., Westpress-Arena, Am Sportzentrum 1, 59065 Hamm
Schwimmen
- SV Blau-Weiß Bockum-Hövel e.V., Hallenbad Bockum-Hövel, Ermelinghofstraße 72, 59075 Hamm
Turnen und Breitensport
- TV Jahn Heessen 1898 e.V., Turnhalle Heessen, Amtsstraße 8, 59073 Hamm
- Rehasport Hamm-Uentrop e.V., Sporthalle Uentrop, Soester Straße 372, 59071 Hamm

Die Vereine sind im Vereinsregister des Amtsgerichts Hamm eingetragen (z. B. VR 412, VR 1088).
Kontaktdaten von Vorständen veröffentlicht der Stadtsportbund nicht; bitte die Vereinsadressen
oder die Geschäftsstelle nutzen: Stadtsportbund Hamm e.V., Am Sportzentrum 1, 59065 Hamm,
geschaeftsstelle@ssb-hamm.de. Zuschüsse nach den Sportförderrichtlinien der Stadt Hamm, Tel.
02381 17-0.
""",
    [
        "Hammer SpVg 1903 e.V.",
        "ASV Hamm-Westfalen e.V.",
        "Am Sportzentrum 1, 59065 Hamm",
        "VR 1088",
        "geschaeftsstelle@ssb-hamm.de",
    ],
)

clean(
    "clean_road_works",
    """
Stadt Bochum - Tiefbauamt - Verkehrshinweis vom 16.02.2027

Herner Straße: Erneuerung der Fahrbahn und der Stadtbahn-Haltestellen zwischen
Nordring und Riemker Straße

Ab Montag, 01.03.2027, wird die Herner Straße (L 654) zwischen dem Nordring und der Riemker
Straße in drei Bauabschnitten erneuert. Im ersten Abschnitt bis zur Einmündung Dorstener Straße
wird der Verkehr stadtauswärts über die Gegenfahrbahn geführt; stadteinwärts gilt eine Umleitung
über die Dorstener Straße und den Nordring (U 12). Die Zufahrt zum Bergmannsheil und zur Feuerwache
bleibt jederzeit frei.

Die BOGESTRA ersetzt die Stadtbahnlinie 308/318 in den Osterferien zwischen Hauptbahnhof und
Riemke Markt durch Busse (SEV). Die Haltestelle Feldsieper Straße wird barrierefrei umgebaut.

Ausführende Firma: Straßenbau Hellweg GmbH (HRB 14230, AG Bochum). Bauzeit voraussichtlich
bis November 2027, Kosten rund 7,4 Millionen Euro, davon 60 Prozent aus Mitteln des Landes.
Anliegerinnen und Anlieger werden gesondert informiert. Baustellentelefon 0234 910-0,
Fragen per E-Mail an tiefbauamt@bochum.de.
""",
    [
        "Herner Straße (L 654)",
        "Stadtbahnlinie 308/318",
        "Straßenbau Hellweg GmbH (HRB 14230, AG Bochum)",
        "7,4 Millionen Euro",
        "tiefbauamt@bochum.de",
    ],
)


if __name__ == "__main__":
    sys.exit(main())
