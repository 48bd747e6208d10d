"""Build the BLIND held-out German PII redaction corpus heldout13 (``corpus.jsonl`` beside it).

    python3 tests/data/redaction_heldout13/build_heldout13.py            # check and write
    python3 tests/data/redaction_heldout13/build_heldout13.py --check    # check only, write nothing

BLIND HELD-OUT set. Nobody who tunes the redactor may read the documents below or the results
per document; the set is measured only in aggregate:

    python3 bench/redaction.py --aggregate --corpus tests/data/redaction_heldout13/corpus.jsonl

It was written blind: without sight of the redactor, its rules, its benchmark, its tests and
every other corpus. Only two things were read: ``tests/data/redaction_dev14/README.md`` and, in
``tests/data/redaction_dev14/build_dev14.py``, its module docstring and its small helper
functions for check digits, number formats and span markup (for the record format, the
annotation conventions and the check-digit rules). Everything below is new code and new text.

The 70 documents come from back offices of Ruhr cities (Bochum, Dortmund, Essen, Gelsenkirchen,
Herne, Hagen, Witten, Recklinghausen, Oberhausen, Mülheim an der Ruhr, Bottrop, Hamm) and of
Münster, Kassel, Rostock, Regensburg and Saarbrücken; 50 carry personal data and 20 do not:

  - ocr_form (8): scanned and OCR'd forms with l/1, O/0 and rn/m confusions, lost umlauts,
    broken lines, checkbox noise, labels glued to values and receipt stamps;
  - file_note (7): phone notes, resubmission lists, handover and field notes in staff
    shorthand with bare surnames, also surnames that are German nouns or towns;
  - id_documents (5): notes of foreigners' offices dense with passports, eAT cards, Duldungen,
    Fiktionsbescheinigungen, foreign identity cards, visa labels, MRZ lines, AZR and BAMF numbers;
  - table (6): spreadsheet pastes with tabs, CSV, fixed-width printouts, Markdown tables and
    pipe tables with and without outer bars;
  - letter (6): citizens' letters (also in limited German and in non-Latin script) and
    lawyers' letters;
  - email_thread (5): threads with quoted replies, forwarded headers and signatures;
  - advisor_chat (4): chats between founders and the city's business advisers;
  - gewerbe (3): forms and letters of trade offices;
  - invoice (2): invoices of sole traders; court_police (2): court and police letters;
    minutes (2): minutes that name citizens;
  - clean_* (20): council papers, press releases on historical persons, statistics, opening
    hours and contact lists, firm lists, event programmes, a street directory, internal IT
    notices, lists of schools and day-care centres and a tender notice - all without any
    personal data.

Markup. Personal strings are marked inline as ``⟦TYPE|text⟧``; the markup is stripped and the
offsets are computed here, none is written by hand. Type aliases:

    P=PERSON  STR=STREET_ADDRESS  LOC=LOCATION  DOB=DATE_OF_BIRTH  TEL=PHONE_NUMBER
    MAIL=EMAIL_ADDRESS  IBAN=IBAN_CODE  TAX=DE_TAX_ID  RV=DE_SOCIAL_SECURITY  ID=DE_ID_CARD
    PASS=DE_PASSPORT  KFZ=DE_KFZ  AZ=DE_AKTENZEICHEN  HR=DE_HANDELSREGISTER  IP=IP_ADDRESS

Annotation conventions (those of dev13/dev14, restated in full):

  - Only values are annotated, never header cells, column titles, keys or labels. A label
    glued to its value (OCR ``NameKowalski``, ``geb.12.3.88``) stays outside the span.
  - PERSON: every living natural person named - citizens, their relatives and children,
    staff of the city, of courts, of the police and of other authorities, lawyers, landlords,
    employees of firms and associations, founders. Salutations, titles, roles and
    relationship words (``Herr``, ``Hr.``, ``Frau``, ``Fr.``, ``Dr.``, ``RAin``, ``KM``,
    ``KV``, ``Ehefrau``, ``Sohn``, ``Tochter``, ``Familie``, ``Inh.``, ``Mieter``) stay outside
    the span. ``Nachname, Vorname`` in one cell is one span, separate cells are one span each;
    a bare surname or first name is PERSON, also in lower case in chats, in the plural and in
    the genitive as written. Names in CAPITALS, truncated, transliterated, in Arabic,
    Cyrillic or Ge'ez script and OCR-garbled names are annotated as written. A name inside an e-mail
    address counts only as part of the EMAIL_ADDRESS. A sole trader's name inside the business
    name is PERSON, and so are the partners' names in the name of a GbR. A c/o name in an
    address (``bei Fam. ...``) is PERSON, outside the STREET_ADDRESS span. A login or chat
    handle built from a name is PERSON. Long-dead historical persons (also in names of
    streets, squares, schools and museums) are not personal; nor are anonymous user codes.
  - Staff: initials alone (``gez. Wt``, ``Kr/Bö``) are not annotated; staff names, their
    direct lines and personal mailboxes are. Switchboards (``...-0``), hotlines, the 115,
    functional and abbreviated mailboxes of an office (``gewerbe@...``, ``abh@...``) and
    room numbers are not.
  - A span never crosses a line break: a value broken over two lines gives one span per line
    (a hyphen at the break stays with the first part).
  - A private address is split into STREET_ADDRESS (street, house number and additions such
    as ``Hinterhaus``, ``3. OG links``, ``App. 12``) and LOCATION (postcode and town
    together, with a district if written with it); separate cells are one span each. Towns of
    birth, residence, origin, former residence and relatives' towns are LOCATION, also abroad
    and in other scripts, also when equal to the office's town, and so is a bare district of
    residence in a table column; countries, regions and nationalities are not, nor is the
    place of a wedding, of a loss or of an offence. The business address of a sole trader is
    personal. Offices, courts, schools, day-care centres, clinics, nursing homes, shelters,
    firms with a legal form and other public places, their addresses and the place in a
    dateline (``Herne, 12.01.2027``) are not.
  - DE_AKTENZEICHEN: file numbers, Kassenzeichen, BG numbers, AZR and BAMF numbers, court file
    numbers, police case numbers, a lawyer's file number of the mandate, civil-register entry
    numbers, customer, booking and application numbers of a citizen's matter (the cue word
    stays outside). Council paper, tender, order, invoice, tariff, form, course, ticket and
    room numbers are not.
  - Identity documents: German ID cards and eAT cards are DE_ID_CARD, with or without the
    check digit, lower-cased or with blanks; the serial numbers of the paper residence
    documents of the foreigners' authority (Fiktionsbescheinigung, Duldung) are DE_ID_CARD
    too. German and foreign passports, refugee travel documents and Passersatzpapiere,
    foreign identity cards and internal passports and visa labels are DE_PASSPORT. In an MRZ
    line the document number carries the document's type (with its check digit when the
    number fills all nine places, so that the digit is glued to it; fillers never count),
    the date of birth field (YYMMDD, without check digit) is DATE_OF_BIRTH and the name field
    (surname and given names with their ``<`` separators, without trailing fillers) is one
    PERSON span; codes of states, sex, expiry and check digits stay outside.
  - A sole trader (e.K., Inh., freelancer) is a natural person: the name, the business
    address, the direct line, the mailbox, the IBAN, the Steuer-ID and the HRA entry
    (DE_HANDELSREGISTER) are personal. GmbHs, UGs, KGs, AGs, eGs, associations and
    foundations, their HRB/HRA/VR entries, addresses, switchboards, mailboxes and IBANs are
    not, even when the firm bears a family name; their managing directors are PERSON.
  - Plates of citizens' and firms' vehicles are DE_KFZ, municipal plates are not; citizens'
    IP addresses are IP_ADDRESS, internal addresses of the city's network are not.
  - Phone numbers of citizens and staff direct lines are PHONE_NUMBER in every notation;
    IBANs spaced and unspaced are IBAN_CODE; Steuer-IDs are DE_TAX_ID;
    Rentenversicherungsnummern are DE_SOCIAL_SECURITY.
  - Only dates of birth are personal (every notation, also a year of birth alone, two-digit
    years, newborns' dates, OCR-garbled dates); letter, receipt, due, expiry, appointment,
    move-in, wedding, visit and death dates and deadlines are not.
  - OCR noise inside a personal string is part of the span.

Keep phrases. Every document lists 4-5 non-personal strings (service words, letter dates,
deadlines, amounts, office names and addresses, switchboards, functional mailboxes, paper and
tender numbers, historical persons, firms with a legal form) that must survive redaction; each
occurs verbatim in the text and never overlaps a span.

Checks (standard library only): offsets reproduce the span text; spans are sorted, do not
overlap, do not cross a line break and carry no surrounding blanks; IBANs (MOD 97), Steuer-IDs
(ISO 7064 MOD 11,10), Rentenversicherungsnummern and ID-card numbers (ID-card alphabet, 7-3-1
check digit where there is a tenth character) are valid unless marked as OCR-garbled; MRZ lines
carry correct check digits; every keep phrase occurs and never overlaps a span; each document
is 800-2,000 characters long and has 4-5 keep phrases; PII-free documents have no spans, the
others have some; every further occurrence (whole word, any case) of an annotated string and
of every name part of three or more letters is annotated too, unless allowed for that
document, and every allowance is needed; the numbers of documents per style are those of the
plan. ``corpus.jsonl`` is written only if there are no problems. Nothing is randomised.

All names, numbers and private addresses are invented. Authority names, public addresses and
switchboards are context only; the historical persons in the PII-free documents are long dead.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "corpus.jsonl"

MARKUP = re.compile(r"⟦([A-Z]+)\|(.*?)⟧")
TYPES = {
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
PLAN = {
    ("pii", "ocr_form"): 8,
    ("pii", "file_note"): 7,
    ("pii", "id_documents"): 5,
    ("pii", "table"): 6,
    ("pii", "letter"): 6,
    ("pii", "email_thread"): 5,
    ("pii", "advisor_chat"): 4,
    ("pii", "gewerbe"): 3,
    ("pii", "invoice"): 2,
    ("pii", "court_police"): 2,
    ("pii", "minutes"): 2,
    ("clean", "clean_council_paper"): 2,
    ("clean", "clean_press_release"): 2,
    ("clean", "clean_statistics"): 2,
    ("clean", "clean_opening_hours"): 2,
    ("clean", "clean_contact_list"): 2,
    ("clean", "clean_firm_list"): 2,
    ("clean", "clean_event_programme"): 2,
    ("clean", "clean_street_directory"): 1,
    ("clean", "clean_it_notice"): 2,
    ("clean", "clean_institution_list"): 2,
    ("clean", "clean_tender"): 1,
}
MIN_LEN, MAX_LEN = 800, 2000
NAME_STOPWORDS = frozenset(
    [
        "von",
        "van",
        "der",
        "den",
        "del",
        "della",
        "dos",
        "das",
        "bin",
        "ibn",
        "abu",
        "und",
        "zum",
        "zur",
        "ter",
        "ten",
    ]
)

# ---------------------------------------------------------------------------------------------
# Check digits and number formats (written anew for this corpus)
# ---------------------------------------------------------------------------------------------

ID_CHARS = frozenset("CFGHJKLMNPRTVWXYZ0123456789")


def char_value(ch: str) -> int:
    """Value of an MRZ character: digits as such, A=10 ... Z=35, filler '<' = 0."""
    if ch == "<":
        return 0
    if ch.isdigit():
        return int(ch)
    return ord(ch.upper()) - 55


def check_731(chars: str) -> str:
    weights = (7, 3, 1)
    return str(sum(char_value(c) * weights[i % 3] for i, c in enumerate(chars)) % 10)


def id_number(serial: str, check: bool = False) -> str:
    """Nine-character number of a German ID card or eAT, optionally with its check digit."""
    if len(serial) != 9 or not set(serial) <= ID_CHARS:
        raise ValueError(serial)
    return serial + check_731(serial) if check else serial


def id_number_ok(value: str) -> bool:
    flat = value.replace(" ", "").upper()
    if len(flat) not in (9, 10) or not set(flat) <= ID_CHARS:
        return False
    return len(flat) == 9 or check_731(flat[:9]) == flat[9]


def _mod97(chars: str) -> int:
    digits = "".join(str(char_value(c)) for c in chars)
    return int(digits) % 97


def make_iban(country: str, bban: str, spaced: bool = True) -> str:
    check = 98 - _mod97(bban + country + "00")
    flat = f"{country}{check:02d}{bban}"
    return " ".join(flat[i : i + 4] for i in range(0, len(flat), 4)) if spaced else flat


def iban_ok(value: str) -> bool:
    flat = value.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", flat):
        return False
    return _mod97(flat[4:] + flat[:4]) == 1


def steuer_check(ten: str) -> str:
    product = 10
    for ch in ten:
        total = (int(ch) + product) % 10
        if total == 0:
            total = 10
        product = (total * 2) % 11
    digit = 11 - product
    return "0" if digit == 10 else str(digit)


def make_steuer_id(ten: str, spaced: bool = False) -> str:
    counts = sorted(Counter(ten).values(), reverse=True)
    if len(ten) != 10 or not ten.isdigit() or ten[0] == "0" or counts[0] not in (2, 3):
        raise ValueError(ten)
    if counts[1:] and counts[1] != 1:
        raise ValueError(ten)
    full = ten + steuer_check(ten)
    return f"{full[:2]} {full[2:5]} {full[5:8]} {full[8:]}" if spaced else full


def steuer_id_ok(value: str) -> bool:
    flat = value.replace(" ", "")
    return len(flat) == 11 and flat.isdigit() and steuer_check(flat[:10]) == flat[10]


RV_FACTORS = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)


def rv_check(area: str, birth: str, letter: str, serial: str) -> str:
    digits = area + birth + f"{ord(letter) - 64:02d}" + serial
    total = 0
    for d, f in zip(digits, RV_FACTORS, strict=False):
        p = int(d) * f
        total += p // 10 + p % 10
    return str(total % 10)


def make_rv(area: str, birth: str, letter: str, serial: str, spaced: bool = True) -> str:
    digit = rv_check(area, birth, letter, serial)
    if spaced:
        return f"{area} {birth} {letter} {serial}{digit}"
    return f"{area}{birth}{letter}{serial}{digit}"


def rv_ok(value: str) -> bool:
    flat = value.replace(" ", "")
    m = re.fullmatch(r"(\d{2})(\d{6})([A-Z])(\d{2})(\d)", flat)
    return bool(m) and rv_check(m[1], m[2], m[3], m[4]) == m[5]


def mrz_td3(
    code: str,
    state: str,
    surname: str,
    given: str,
    number: str,
    nat: str,
    dob: str,
    sex: str,
    expiry: str,
    doc_type: str = "PASS",
) -> str:
    """Two 44-character passport MRZ lines with markup around name, number and birth date."""
    name = surname.replace(" ", "<") + "<<" + given.replace(" ", "<")
    head = f"{code:<<2}{state}"
    line1 = "⟦P|" + name + "⟧" + "<" * (44 - len(head) - len(name))
    num = f"{number:<<9}"
    personal = "<" * 14
    body = (
        num
        + check_731(num)
        + nat
        + dob
        + check_731(dob)
        + sex
        + expiry
        + check_731(expiry)
        + personal
        + check_731(personal)
    )
    composite = check_731(body[0:10] + body[13:20] + body[21:43])
    if len(number) == 9:
        shown = f"⟦{doc_type}|{number}{check_731(num)}⟧"
    else:
        shown = f"⟦{doc_type}|{number}⟧" + num[len(number) :] + check_731(num)
    line2 = shown + nat + "⟦DOB|" + dob + "⟧" + body[19:] + composite
    return head + line1 + "\n" + line2


def mrz_td1(
    code: str,
    state: str,
    number: str,
    dob: str,
    sex: str,
    expiry: str,
    nat: str,
    surname: str,
    given: str,
    doc_type: str = "ID",
) -> str:
    """Three 30-character MRZ lines of an ID card or eAT with markup."""
    num = f"{number:<<9}"
    head = f"{code:<<2}{state:<<3}"
    opt1 = "<" * 15
    if len(number) == 9:
        shown = f"⟦{doc_type}|{number}{check_731(num)}⟧"
    else:
        shown = f"⟦{doc_type}|{number}⟧" + num[len(number) :] + check_731(num)
    line1 = head + shown + opt1
    opt2 = "<" * 11
    raw2 = dob + check_731(dob) + sex + expiry + check_731(expiry) + f"{nat:<<3}" + opt2
    composite = check_731(num + check_731(num) + opt1 + raw2[0:7] + raw2[8:15] + raw2[18:29])
    line2 = "⟦DOB|" + dob + "⟧" + raw2[6:] + composite
    name = surname.replace(" ", "<") + "<<" + given.replace(" ", "<")
    line3 = "⟦P|" + name + "⟧" + "<" * (30 - len(name))
    return line1 + "\n" + line2 + "\n" + line3


def mrz_ok(text: str) -> list[str]:
    """Re-verify the check digits of every MRZ line pair/triple found in ``text``."""
    errors = []
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if (
            len(line) == 44
            and line.startswith("P")
            and i + 1 < len(lines)
            and re.fullmatch(r"[A-Z0-9<]{44}", lines[i + 1])
        ):
            two = lines[i + 1]
            num, nc, dob, dc, exp, ec = two[0:9], two[9], two[13:19], two[19], two[21:27], two[27]
            if check_731(num) != nc or check_731(dob) != dc or check_731(exp) != ec:
                errors.append(f"MRZ line {i + 1}: check digit")
            if check_731(two[0:10] + two[13:20] + two[21:43]) != two[43]:
                errors.append(f"MRZ line {i + 1}: composite")
        if len(line) == 30 and re.fullmatch(r"[A-Z0-9<]{30}", line) and i + 1 < len(lines):
            nxt = lines[i + 1]
            if len(nxt) == 30 and re.fullmatch(
                r"[0-9]{7}[MFX<][0-9]{7}[A-Z<]{3}[A-Z0-9<]{12}", nxt
            ):
                if check_731(line[5:14]) != line[14]:
                    errors.append(f"MRZ line {i}: number check digit")
                if check_731(nxt[0:6]) != nxt[6] or check_731(nxt[8:14]) != nxt[14]:
                    errors.append(f"MRZ line {i + 1}: date check digit")
                if check_731(line[5:30] + nxt[0:7] + nxt[8:15] + nxt[18:29]) != nxt[29]:
                    errors.append(f"MRZ line {i + 1}: composite")
    return errors


# ---------------------------------------------------------------------------------------------
# Layout helpers (markup does not count towards the width of a cell)
# ---------------------------------------------------------------------------------------------


def bare(cell: str) -> str:
    return MARKUP.sub(r"\2", cell)


def excel(*rows: tuple[str, ...]) -> str:
    """A range pasted from a spreadsheet: cells separated by tabs."""
    return "\n".join("\t".join(r) for r in rows)


def csv_rows(*rows: tuple[str, ...], sep: str = ";") -> str:
    """CSV as exported by a German office suite (semicolon, quotes where needed)."""
    out = []
    for r in rows:
        cells = []
        for c in r:
            if sep in bare(c) or '"' in bare(c):
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        out.append(sep.join(cells))
    return "\n".join(out)


def fixed(widths: tuple[int, ...], *rows: tuple[str, ...]) -> str:
    """Fixed-width printout: cells padded to their width, at least one blank in between."""
    out = []
    for r in rows:
        line = ""
        for i, c in enumerate(r):
            w = widths[i] if i < len(widths) else 0
            line += c + " " * max(1, w - len(bare(c)))
        out.append(line.rstrip())
    return "\n".join(out)


def pipe_table(
    widths: tuple[int, ...], *rows: tuple[str, ...], outer: bool = True, rule_after: int | None = 0
) -> str:
    """Pipe table (Markdown style with outer bars, or plain without) padded to ``widths``."""
    out = []
    for n, r in enumerate(rows):
        cells = [c + " " * max(0, widths[i] - len(bare(c))) for i, c in enumerate(r)]
        line = " | ".join(cells)
        out.append(("| " + line + " |") if outer else line.rstrip())
        if rule_after is not None and n == rule_after:
            dashes = ["-" * widths[i] for i in range(len(r))]
            out.append(("|-" + "-|-".join(dashes) + "-|") if outer else "-+-".join(dashes))
    return "\n".join(out)


def quoted(block: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + line).rstrip() for line in block.split("\n"))


# ---------------------------------------------------------------------------------------------
# Registration
# ---------------------------------------------------------------------------------------------

DOCS: list[dict] = []


def parse(marked: str) -> tuple[str, list[dict]]:
    text_parts: list[str] = []
    spans: list[dict] = []
    cursor = 0
    length = 0
    for m in MARKUP.finditer(marked):
        before = marked[cursor : m.start()]
        if "⟦" in before or "⟧" in before:
            raise ValueError(f"stray markup near {before[-40:]!r}")
        text_parts.append(before)
        length += len(before)
        if m.group(1) not in TYPES:
            raise ValueError(f"unknown type {m.group(1)!r}")
        value = m.group(2)
        spans.append(
            {"start": length, "end": length + len(value), "type": TYPES[m.group(1)], "text": value}
        )
        text_parts.append(value)
        length += len(value)
        cursor = m.end()
    rest = marked[cursor:]
    if "⟦" in rest or "⟧" in rest:
        raise ValueError(f"stray markup near {rest[:40]!r}")
    text_parts.append(rest)
    return "".join(text_parts), spans


def doc(
    kind: str,
    style: str,
    marked: str,
    keep: list[str],
    allow: tuple[str, ...] = (),
    garbled: tuple[str, ...] = (),
) -> None:
    text, spans = parse(marked.strip("\n"))
    DOCS.append(
        {
            "kind": kind,
            "style": style,
            "text": text,
            "spans": spans,
            "keep": keep,
            "_allow": allow,
            "_garbled": garbled,
        }
    )


def pii(
    style: str,
    marked: str,
    keep: list[str],
    allow: tuple[str, ...] = (),
    garbled: tuple[str, ...] = (),
) -> None:
    doc("pii", style, marked, keep, allow, garbled)


def clean(style: str, marked: str, keep: list[str]) -> None:
    doc("clean", style, marked, keep)


# ---------------------------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------------------------


def word_hits(text: str, needle: str) -> list[tuple[int, int]]:
    pattern = r"(?<!\w)" + re.escape(needle) + r"(?!\w)"
    return [(m.start(), m.end()) for m in re.finditer(pattern, text, re.IGNORECASE)]


def overlaps(spans: list[dict], start: int, end: int) -> bool:
    return any(s["start"] < end and start < s["end"] for s in spans)


def inside(spans: list[dict], start: int, end: int) -> bool:
    return any(s["start"] <= start and end <= s["end"] for s in spans)


def problems(d: dict) -> list[str]:
    out: list[str] = []
    text, spans = d["text"], d["spans"]
    if not MIN_LEN <= len(text) <= MAX_LEN:
        out.append(f"length {len(text)} outside {MIN_LEN}-{MAX_LEN}")
    if not 4 <= len(d["keep"]) <= 5:
        out.append(f"{len(d['keep'])} keep phrases")
    if d["kind"] == "clean" and spans:
        out.append("spans in a PII-free document")
    if d["kind"] == "pii" and not spans:
        out.append("no spans in a PII document")
    last_end = -1
    for s in spans:
        if text[s["start"] : s["end"]] != s["text"]:
            out.append(f"offsets do not reproduce {s['text']!r}")
        if s["start"] < last_end:
            out.append(f"overlap or unsorted at {s['text']!r}")
        last_end = s["end"]
        if "\n" in s["text"] or s["text"] != s["text"].strip() or not s["text"]:
            out.append(f"bad span boundaries {s['text']!r}")
        if s["text"] in d["_garbled"]:
            continue
        if s["type"] == "IBAN_CODE" and not iban_ok(s["text"]):
            out.append(f"invalid IBAN {s['text']!r}")
        if s["type"] == "DE_TAX_ID" and not steuer_id_ok(s["text"]):
            out.append(f"invalid Steuer-ID {s['text']!r}")
        if s["type"] == "DE_SOCIAL_SECURITY" and not rv_ok(s["text"]):
            out.append(f"invalid RV number {s['text']!r}")
        if s["type"] == "DE_ID_CARD" and not id_number_ok(s["text"]):
            out.append(f"invalid ID-card number {s['text']!r}")
    for g in d["_garbled"]:
        if not any(s["text"] == g for s in spans):
            out.append(f"garbled marker not used: {g!r}")
    out.extend(mrz_ok(text))
    for k in d["keep"]:
        hits = [(m.start(), m.end()) for m in re.finditer(re.escape(k), text)]
        if not hits:
            out.append(f"keep phrase missing: {k!r}")
        for a, b in hits:
            if overlaps(spans, a, b):
                out.append(f"keep phrase overlaps a span: {k!r}")
                break
    # every further occurrence of an annotated string or a name part must be annotated
    needles: set[str] = set()
    for s in spans:
        needles.add(s["text"])
        if s["type"] == "PERSON":
            for piece in re.findall(r"[^\W\d_]{3,}", s["text"]):
                if piece.lower() not in NAME_STOPWORDS:
                    needles.add(piece)
    allowed = {a.lower() for a in d["_allow"]}
    used: set[str] = set()
    for n in sorted(needles):
        for a, b in word_hits(text, n):
            if inside(spans, a, b):
                continue
            if text[a:b].lower() in allowed:
                used.add(text[a:b].lower())
                continue
            out.append(f"unannotated further occurrence of {text[a:b]!r} at {a}")
    for a in sorted(allowed - used):
        out.append(f"allowance not needed: {a!r}")
    return out


def main(argv: list[str]) -> int:
    check_only = "--check" in argv
    partial = "--partial" in argv
    counters = {"pii": 0, "clean": 0}
    records = []
    errors = []
    for d in DOCS:
        counters[d["kind"]] += 1
        ident = f"{d['kind']}-{counters[d['kind']]:03d}"
        for p in problems(d):
            errors.append(f"{ident} ({d['style']}): {p}")
        records.append(
            {
                "id": ident,
                "kind": d["kind"],
                "style": d["style"],
                "text": d["text"],
                "spans": d["spans"],
                "keep": d["keep"],
            }
        )
    styles = Counter((d["kind"], d["style"]) for d in DOCS)
    if not partial:
        for key, n in PLAN.items():
            if styles.get(key, 0) != n:
                errors.append(f"style {key}: {styles.get(key, 0)} documents, plan says {n}")
        for key in styles:
            if key not in PLAN:
                errors.append(f"style {key} not in the plan")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} problem(s); nothing written", file=sys.stderr)
        return 1
    if check_only or partial:
        print(f"{len(records)} documents OK (nothing written)")
        return 0
    records.sort(key=lambda r: (r["kind"] != "pii", r["id"]))
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} documents to {OUT}")
    return 0


# =============================================================================================
# Documents
# =============================================================================================

# ---------------------------------------------------------------------------------------------
# ocr_form
# ---------------------------------------------------------------------------------------------

pii(
    "ocr_form",
    """
STADT BOCHUM - Bürgerbüro Mitte                      Eingang: 0 8. FEB. 2027
Willy-Brandt-Platz 2-6, 44777 Bochum                 [Stempel: BURGERBURO BO]

An rn e l d u n g   b e i   d e r   M e l d e b e h o r d e
(§ l7 Abs. l BMG)                                     Bl. l/2

Tag des Einzugs: O1.O2.2O27
Neue Wohnung: Straße⟦STR|Hattinger Str. 3l9, 3. OG links⟧
PLZ/Ort ⟦LOC|44795 Bochurn⟧
Bisherige Wohnung: ⟦STR|ul. Zwycięstwa l4/6⟧, ⟦LOC|44-l00 Gliwice⟧ (Polen)

Person l
Familienname⟦P|Kowalczyk⟧          Vorname(n) ⟦P|Grzegorz Pawe1⟧
Geburtsdatum ⟦DOB|l2.O9.l986⟧        Geburtsort ⟦LOC|Gliwice⟧
Geschlecht [x] m [ ] w         Staatsangeh. polnisch
Dokument: Personalausweis (PL) Nr. ⟦PASS|CBX 4l7206⟧  gultig bis 2O.O3.2O31

Person 2
Farnilienname ⟦P|Kowalczyk-Ostrowska⟧      Vorname(n) ⟦P|Agnieszka⟧
Geburtsdaturn ⟦DOB|3.5.l989⟧           Geburtsort ⟦LOC|Zabrze⟧
Reisepass Nr. ⟦PASS|EK 93O2l18⟧        [x] verheiratet seit l4.O7.2Ol8

Person 3 (Kind)
Name ⟦P|Kowa1czyk⟧   Vorname ⟦P|Zofia⟧   geb. ⟦DOB|27.l2.2O2l⟧ in ⟦LOC|Bochurn⟧
Hauptwohnung [x] ja  [ ] nein

Wohnungsgeber: Vonovia SE, Universitätsstraße 133, 44803 Bochum
[ ] Eigentümer  [x] Vermieter    Bestätigung liegt vor
Telefon (freiwillig): ⟦TEL|O l 7 6 / 4 4 3 2 9 l 5 8⟧
E-Mail: ⟦MAIL|g.kowa1czyk@wp.pl⟧

Unterschrift ~⟦P|G. Kowalczyk⟧~        Bochum, den O8.O2.2O27
Bearbeitet: BB-M 07 / Kr
""",
    [
        "Bürgerbüro Mitte",
        "Willy-Brandt-Platz 2-6, 44777 Bochum",
        "Vonovia SE, Universitätsstraße 133, 44803 Bochum",
        "Tag des Einzugs: O1.O2.2O27",
        "gultig bis 2O.O3.2O31",
    ],
)

IBAN_SAHIN = make_iban("DE", "450500010106228497")
IBAN_SAHIN_OCR = IBAN_SAHIN.replace("1", "l").replace("0", "O")

pii(
    "ocr_form",
    f"""
Stadt Hagen . Fachbereich Jugend und Soziales . Wohngeldstelle
Rathaus I, Rathausstraße 11, 58095 Hagen          EINGEGANGEN 1 4. JAN. 2027  Wg/3

A n t r a g   a u f   M i e t z u s c h u s s  (Wohngeld)
Wohngeld-Nr.: ⟦AZ|WG-58-2O27-OO4l3⟧

l. Antragstel1er/in
Name, Vorname ...... ⟦P|Sahin, Ernine⟧
Geb.-Datum ......... ⟦DOB|O7/11/l971⟧
Anschrift .......... ⟦STR|Eilper Straße 7l a, Hinterhaus⟧
                     ⟦LOC|58O9l Hagen-Eilpe⟧
Telefon ............ ⟦TEL|O23 3l / 4 O7 8 55⟧
IBAN ............... ⟦IBAN|{IBAN_SAHIN_OCR}⟧
Kontoinhaber ....... ⟦P|Sahin, Mustafa⟧

2. Haushaltsmitglieder (aul3er Antragsteller/in)
Nr | Name, Vorname   | Geb.       | Verw.
2  | ⟦P|Sahin, Mustafa⟧  | ⟦DOB|23.O4.69⟧   | Ehemann
3  | ⟦P|Sahin, Elif⟧     | ⟦DOB|l9.O8.2OO9⟧ | Tochter
4  | ⟦P|Sahin, Burak⟧    | ⟦DOB|O2.l2.2Ol2⟧ | Sohn

3. Miete und Belastung
Gesamtmiete mtl. 7l2,5O EUR    davon Heizkosten 98,OO EUR
Vermieter: Wohnungsgenossenschaft Hagen-Ost eG, Boeler Str. 4O, 58O97 Hagen
Wohnflache: 74 qm   Bezugsfertig: [x] vor 2OO2

Ich versichere die Richtigkeit meiner Angaben (§ 6O SGB I).
Hagen, den ll.Ol.2O27            ~⟦P|E. Sahin⟧~
-- Seite l von 3 --   Bitte Nachweise Einkommen 1O-12/2O26 nachreichen!
""",
    [
        "Wohngeldstelle",
        "Rathausstraße 11, 58095 Hagen",
        "EINGEGANGEN 1 4. JAN. 2027",
        "Wohnungsgenossenschaft Hagen-Ost eG",
        "7l2,5O EUR",
    ],
    garbled=(IBAN_SAHIN_OCR,),
)

RV_PAPA = make_rv("17", "140658", "P", "03")

pii(
    "ocr_form",
    f"""
ANTRAG nach dem Neunten Buch Sozialgesetzbuch (SGB IX)
auf Feststellung einer Behinderung und Ausstellung eines Ausweises
Stadt Gelsenkirchen - Referat Soziales - Schwerbehindertenrecht
Hans-Sachs-Haus, Ebertstraße 11, 45879 Gelsenkirchen     Az.: ⟦AZ|5O/3-SB-2O27-l l 84⟧

1 Angaben zur Person
Name:⟦P|Papadopou1os⟧             Vorname:⟦P|Georgios⟧
Geburtsname: ---               Geb.-Dat.:⟦DOB|l4.O6.l958⟧
Geburtsort: ⟦LOC|Thessa1oniki⟧ (Griechen1and)
Straße/Nr.: ⟦STR|Cranger Str. 2l2⟧
PLZ Wohnort: ⟦LOC|45891 Ge1senkirchen-Erle⟧
Tel. tagsüber: ⟦TEL|0209 / 7 O 4l 33⟧
Rentenvers.-Nr.: ⟦RV|{RV_PAPA}⟧
Bevollmachtigte: Tochter ⟦P|Eleni Papadopoulou-⟧
⟦P|Brandt⟧, ⟦STR|Ückendorfer Str. 9⟧, ⟦LOC|45886 Gelsenkirchen⟧

2 Gesundheitsstörungen (bitte ankreuzen)
[x] Herz/Kreis1auf   [x] Diabetes mellitus   [ ] Sehen   [x] Gelenke/Wirbelsau1e
Merkzeichen beantragt:  [x] G   [ ] aG   [ ] B   [ ] H
Bemerkung: Merkzeichen G wegen Gehstrecke unter 5OO m

3 Behandelnde Ärzte / Kliniken
a) Dr. med. ⟦P|Konstantin Hü1smann⟧, Allgemeinmedizin (Hausarzt seit 2OO9)
b) Evangelische Kliniken Gelsenkirchen GmbH, Kardiologie, Aufenthalt O3/2O26
c) Dr. ⟦P|Sabine Ortmeyer-Dahl⟧, Diabeto1ogie

Ich entbinde die genannten Ärzte von der Schweigepflicht.
Gelsenkirchen, O3.O2.2O27          Unterschrift: ~⟦P|G.Papadopoulos⟧~
Eingangsstempel: 0 5. FEB. 2027   Ref. 5O/3
""",
    [
        "Schwerbehindertenrecht",
        "Ebertstraße 11, 45879 Gelsenkirchen",
        "Evangelische Kliniken Gelsenkirchen GmbH",
        "Merkzeichen G",
        "0 5. FEB. 2027",
    ],
)

IBAN_POPESCU = make_iban("DE", "426501500970412236")

pii(
    "ocr_form",
    f"""
Kreis Recklinghausen - Straßenverkehrsamt - Zulassungsstelle
Kurt-Schumacher-Allee 1, 45657 Recklinghausen            Vorg.-Nr. ⟦AZ|ZUL-RE-27-O8812⟧

SEPA-Lastschriftmandat für die Kraftfahrzeugsteuer
Zahlungsempfanger: Hauptzollamt Dortmund, Gläubiger-ID DE19ZZZ00000012345
(wird bei Zulassung an den Zoll übermitte1t)

Fahrzeughalter/in
Name .............. ⟦P|POPESCU⟧
Vorname ........... ⟦P|Ionut-Cata1in⟧
geboren am ........ ⟦DOB|1.9.1993⟧    in ⟦LOC|Craiova⟧ / RO
Straße ............ ⟦STR|Dorstener Str. l6l⟧
PLZ, Ort .......... ⟦LOC|45657 Reck1inghausen⟧
Telefon ........... ⟦TEL|+40 745 3l2 O88⟧ / ⟦TEL|0l57-36 22 4l 9O⟧

Kontoinhaber/in (falls abweichend): ⟦P|Popescu, Andreea⟧ (Ehefrau)
IBAN  ⟦IBAN|{IBAN_POPESCU}⟧    BIC WELADED1REK
Kreditinstitut: Sparkasse Vest Recklinghausen

Fahrzeug: Dacia Logan MCV, Erstzul. O4/2O19
Kennzeichen neu: ⟦KFZ|RE-IP 482⟧       [x] Wunschkennzeichen reserviert
bisheriges Kennz.: ⟦KFZ|BOT-AP 7l⟧ (Ummeldung aus ⟦LOC|Bottrop⟧)

Ich ermachtige das Hauptzollamt Dortmund, Zahlungen von meinem Konto mittels
Lastschrift einzuziehen.
Recklinghausen, den l9.O1.2O27     ~⟦P|A. Popescu⟧~        ~⟦P|I. Popescu⟧~
-----------------------------------------------------------------
Gebühr Zulassung 3O,9O EUR + Wunschkz. l2,8O EUR   bar [ ] EC [x]
Sachbearb.: ZUL-RE14
""",
    [
        "Kurt-Schumacher-Allee 1, 45657 Recklinghausen",
        "Hauptzollamt Dortmund",
        "SEPA-Lastschriftmandat für die Kraftfahrzeugsteuer",
        "Sparkasse Vest Recklinghausen",
        "3O,9O EUR",
    ],
)

pii(
    "ocr_form",
    """
STADT WITTEN  Amt fur Jugendhilfe und Schule - Kindertagesbetreuung
Marktstrasse 16, 58452 Witten - Zentrale Vormerkung -       Anrneldedatum: 22.O1.2O27

V O R M E R K U N G   f u r   e i n e n   B e t r e u u n g s p l a t z
Kita-Jahr 2O27/28   ab: O1.O8.2O27   Umfang [ ]25 [x]35 [ ]45 Std./Woche

Kind
Nachname: ⟦P|Marino⟧            Vorname: ⟦P|Luca Matteo⟧
Geburtsdatum: ⟦DOB|O3.O3.2O25⟧    [x] mannl. [ ] weibl.
Wohnanschrift: ⟦STR|Am Muhlengraben 2l⟧, ⟦LOC|58455 Witten⟧

Personensorgeberechtigte
1) Mutter  ⟦P|Giulia Marino⟧ geb. ⟦P|Ferraro⟧, * ⟦DOB|l9.ll.l994⟧ in ⟦LOC|Bari⟧
   Tel. ⟦TEL|O 23 O2 / 88 l7 45⟧   berufstatig: Evangelisches Krankenhaus Witten gGmbH
2) Vater   ⟦P|Antonio Marino⟧, geb. ⟦DOB|O5-O6-199O⟧
   Mobil ⟦TEL|0l5l-2O4 7736 9⟧   E-Mail ⟦MAIL|toni.marino9O@gmail.com⟧

Geschwisterkind in Einrichtung: [x] ja  -> ⟦P|Sofia Marino⟧ (Kita Crengeldanz)
Wunsch-Einrichtungen:
  1. Stadt. Kita Crengeldanz
  2. Ev. Kita Stockum
  3. AWO-Kita Annen
Besonderheiten (Allergien, Forderbedarf): Laktoseintoleranz, zweisprachig (ita1./dt.)

Hinweis: Die Vormerkung ersetzt keinen Betreuungsvertrag. Zusagen ab Marz 2O27
uber den Kita-Navigator.
Witten, 2O.Ol.27      ~⟦P|Giulia Marino⟧~
[Stempel: STADT WITTEN - EINGANG 22. JAN. 2027 - 51/KT]
""",
    [
        "Amt fur Jugendhilfe und Schule",
        "Kita-Jahr 2O27/28",
        "Evangelisches Krankenhaus Witten gGmbH",
        "Kita-Navigator",
        "AWO-Kita Annen",
    ],
)

pii(
    "ocr_form",
    """
Stadt Essen - Amt für Straßen und Verkehr - Bewohnerparken
Porscheplatz 1, 45127 Essen           BEWOHNERPARKAUSWEIS - Antrag / Verlangerung
Zone: R 3 (Rüttenscheid)               Vorgangs-Nr.: ⟦AZ|2O27/ES/R3-O2188⟧

Antragsteller/in
Name, Vorname: ⟦P|Petrova, Desisla⟧
⟦P|va⟧
Geburtsdatum: ⟦DOB|27. Sept. l99l⟧
Hauptwohnsitz seit: Ol.lO.2O23  (Meldebest. anbei)
Anschrift: ⟦STR|Emmastr. l4, 2. Etage⟧, ⟦LOC|45l3O Essen⟧
Rückfragen: ⟦TEL|Ol6O 9 l3 55 72⟧  /  ⟦MAIL|d.petrova@abv.bg⟧

Fahrzeug l (Halter/in)
Kennz.: ⟦KFZ|E-DP 3O7⟧   Marke/Typ: VW Polo      [x] Halter/in selbst
Fahrzeug 2 (Firmenwagen, Uberlassung Arbeitgeber)
Kennz.: ⟦KFZ|E-RW 8l64E⟧  Halter: Ruhrwerk Energie Service GmbH, Huyssenallee 2,
45l28 Essen  -> Bescheinigung Arbeitgeber liegt [x] vor

Gebühr: 3O,5O EUR / Jahr    [x] Lastschrift  [ ] bar
----------------------- nur fur interne Vermerke ---------------------
gepr. 23.Ol.  Ausweis ausgegeben, gultig bis 3l.Ol.2O28  (Sb 6O-2)
EINGEGANGEN
 2 3. JAN. 2027
Amt 6O
""",
    [
        "Bewohnerparken",
        "Zone: R 3 (Rüttenscheid)",
        "Ruhrwerk Energie Service GmbH, Huyssenallee 2",
        "3O,5O EUR / Jahr",
        "bis 3l.Ol.2O28",
    ],
)
IBAN_VOGEL = make_iban("DE", "362500000174403318", spaced=False)

pii(
    "ocr_form",
    f"""
Stadt Mülheim an der Ruhr - Steueramt - Hundesteuer
Am Rathaus 1, 45468 Mulheim an der Ruhr          Steuer-Nr.(Kassenz.): ⟦AZ|3.2l7.O4.55l9-6⟧

A N M E L D U N G   e i n e s   H u n d e s
[x] Zuzug   [ ] Neuanschaffung   [ ] Halterwechsel

Hundehalter/in
Name:       ⟦P|Vogel⟧                Vorname: ⟦P|Brigitte⟧
geb. am:    ⟦DOB|3l. Mai l962⟧
Anschrift:  ⟦STR|Kettwiger Str. lO7⟧, ⟦LOC|4547O Mulheim-Menden⟧
vorh. Wohnsitz: ⟦STR|Lange Straße 2O, WE 5⟧
                ⟦LOC|l8O55 Rostock⟧ (Hund dort bis 3l.l2.2O26 gemeldet)
Telefon:    ⟦TEL|(O2O8) 4 8l 9O 36⟧

Hund l
Rasse: Mischling (Labrador/Schaferhund)   Name des Hundes: Bruno
Farbe: schwarz/braun   Wurftag: ca. 2O2l   Chip-Nr. siehe Heimtierausweis
gehalten seit: O1.O1.2O27
gefahrlicher Hund i.S.d. LHundG NRW  [ ] ja  [x] nein

SEPA-Mandat  IBAN ⟦IBAN|{IBAN_VOGEL}⟧
Kontoinhaber/in: ⟦P|Brigitte Voge1⟧

Bemerkung: zusatzl. ein Vogel (Wellensittich) im Haushalt - nicht steuerpflichtig.
Steuersatz Ersthund l56,OO EUR jahrlich, fallig je 1/4 zum l5.O2./l5.O5./l5.O8./l5.ll.

Mulheim a.d.R., O9.Ol.2O27        ~⟦P|B. Vogel⟧~
------------------------------------------------
EING. l2. JAN. 2027   Amt 22 - Hu/Pl
""",
    [
        "Steueramt",
        "Am Rathaus 1, 45468 Mulheim an der Ruhr",
        "l56,OO EUR",
        "LHundG NRW",
        "EING. l2. JAN. 2027",
    ],
    allow=("Vogel",),
)

pii(
    "ocr_form",
    """
STANDESAMT HAMM                                              Reg.-Nr. ⟦AZ|G l38/2O27⟧
Theodor-Heuss-Platz 16, 59065 Hamm                      Eing. 2 3. JAN. 2027

G E B U R T S A N Z E I G E  (Anzeige durch die Einrichtung, § l8 PStG)
Einrichtung: St. Marien-Hospital Hamm gGmbH, Geburtshilfe, Kreißsaal 2

Kind
Familienname ⟦P|Tran⟧      Vorname(n) ⟦P|Minh Khang⟧
Geburtstag ⟦DOB|l9.O1.2O27⟧   Uhrzeit O4:l2   Geschlecht [x] m [ ] w
Geburtsort ⟦LOC|Hamm⟧  (Einrichtung s.o.)

Mutter
Familienname ⟦P|Nguyen⟧    Vorname(n) ⟦P|Thi Thu Ha⟧
geb. am ⟦DOB|O2.O6.l996⟧  in ⟦LOC|Hai Phong⟧ / Vietnam
Pass-Nr. ⟦PASS|C4l29O77⟧    Staatsangeh. vietnamesisch

Vater
Familienname ⟦P|Tran⟧      Vorname(n) ⟦P|Van Minh⟧
geb. am ⟦DOB|l99l-lO-O8⟧  in ⟦LOC|Nam Dinh⟧ / Vietnam
Pass-Nr. ⟦PASS|Cl7O8835⟧    Staatsangeh. vietnamesisch

Anschrift der Eltern
⟦STR|Ostenallee lO4⟧ bei ⟦P|Hoang⟧
⟦LOC|59O63 Hamm⟧    Tel. ⟦TEL|O l 5 2 - 2 8 8 4 O l l 7⟧
Eheschliesung der Eltern: [x] ja, am lO.O5.2O24 in Vietnam (Urkunde + Ubersetzung vorh.)
Namensfuhrung Kind: Familienname des Vaters (Erkl. folgt)

Anzeigende Person: Hebamme ⟦P|Marlies Oberkamp⟧, Kreißsaal, Tel. 02381 18-0
Hamm, 2O.Ol.2O27            i.A. ~⟦P|Oberkamp⟧~

>> Dolmetscherin vietnamesisch fur Termin 3O.Ol. anfragen (StA-HA-O3)
""",
    [
        "Theodor-Heuss-Platz 16, 59065 Hamm",
        "St. Marien-Hospital Hamm gGmbH",
        "§ l8 PStG",
        "Tel. 02381 18-0",
        "Eing. 2 3. JAN. 2027",
    ],
    allow=("Hamm",),
)
# ---------------------------------------------------------------------------------------------
# file_note
# ---------------------------------------------------------------------------------------------

pii(
    "file_note",
    """
Telefonnotizen BB Herne-Mitte - Fr 15.01.2027 - Theke 2 / Rückrufliste
(notiert: ⟦P|Terhorst⟧, Tel. ⟦TEL|02323 16-2218⟧; Zentrale 02323 16-0)

09:12  Hr. ⟦P|Engel⟧ - will Ummeldung vor 31.01. erledigen, kein Termin frei -> RR
       unter ⟦TEL|02323/ 94 81 27⟧
09:40  Fr. ⟦P|Yıldız⟧ (Tochter v. Hr. ⟦P|Yıldız⟧ sen.) - Vater liegt im EvK Herne, braucht
       Meldebescheinigung f. Krankenkasse; Vollmacht fehlt -> Formular per Mail an
       ⟦MAIL|ayse.yildiz66@t-online.de⟧ raus (erl. Te)
10:05  ⟦P|Engel⟧ nochmal!! ungeduldig. Jetzt Termin Di 19.01., 08:30, Schalter 4
10:30  anonym, Frage Öffnungszeiten Sa - erledigt
11:15  ⟦P|Kaiser⟧, ⟦P|Heinz-Werner⟧ (ca. 80 J.) - Reisepass am Bhf Wanne-Eickel verloren,
       Verlustanzeige bei Polizei gemacht, VG-Nr. ⟦AZ|271/0041188/27⟧
       RR nur vormittags ⟦TEL|0 23 25 - 7 13 90⟧
11:50  Frau ⟦P|Nowakowski⟧ f. Ehemann ⟦P|Tadeusz⟧, geb. ⟦DOB|14.8.49⟧ - Lebensbescheinigung
       f. poln. Rentenkasse (ZUS), kann nicht kommen (Pflegegrad 3) -> Hausbesuch?
       an Kollegin ⟦P|Wrobel⟧ weitergegeben
12:40  Fr. ⟦P|Gashi⟧, Anmeldung Neugeborenes (⟦P|Ardit⟧, * ⟦DOB|02.01.27⟧) - Geburtsurkunde
       kommt vom StA Herne, dann Termin
13:05  ⟦P|Kaiser⟧ ruft zurück: Pass doch gefunden, lag im Auto (⟦KFZ|HER-WK 112⟧).
       Verlustanzeige bei PW Wanne zurückziehen -> hat er selbst gemacht. Vorgang zu.
13:30  ⟦P|Yıldız⟧ Tochter: Formular kam nicht an, Spam? nochmals gesendet.

Offen: ⟦P|Engel⟧ (Di), ⟦P|Nowakowski⟧ (Hausbesuch klären mit Teamleitung)
Team-Postfach: buergerbuero@herne.de  - Übergabe an Spätschicht, gez. Te
""",
    [
        "BB Herne-Mitte",
        "Zentrale 02323 16-0",
        "buergerbuero@herne.de",
        "Lebensbescheinigung",
        "Termin Di 19.01., 08:30, Schalter 4",
    ],
)

pii(
    "file_note",
    """
Sozialamt Bottrop - Grundsicherung (SGB XII) - Wiedervorlagen KW 06/2027 - Sb. Kr/Bö

WV 08.02.  ⟦P|Fischer⟧, ⟦P|Ulrich⟧   Az. ⟦AZ|50.2-GS-22l1⟧
           KdU-Nachweis Nebenkosten 2026 fehlt, 2. Erinnerung raus
WV 08.02.  ⟦P|Baumann⟧/⟦P|Rieger⟧ (Ehepaar, Heim St. Teresa)   Az. ⟦AZ|50.2-GS-1978⟧
           Heimkosten ab 01/27 neu berechnen, Betreuer RA ⟦P|Steffens⟧ hat Unterlagen
           angekündigt (Tel. ⟦TEL|02041 70 66 31⟧)
WV 09.02.  ⟦P|Stein⟧, ⟦P|Ursula⟧ (*⟦DOB|12.11.47⟧)   Az. ⟦AZ|50.2-GS-2304⟧
           Kontoauszüge 11+12/26; Sparbuch? Sohn (⟦P|Thomas Stein⟧, ⟦LOC|Gladbeck⟧) regelt
WV 10.02.  ⟦P|Al-Masri⟧   BG-Nr. ⟦AZ|36204//0071183⟧ (JC) - Übergang SGB II -> XII
           wg. voller Erwerbsminderung, DRV-Bescheid vom 21.12.26 liegt vor
           RV-Nr. ⟦RV|RV_ALMASRI⟧
WV 12.02.  ⟦P|Fischer⟧ - falls KdU-Nachweis nicht da: Anhörung nach § 24 SGB X
WV 12.02.  ⟦P|Kowalski⟧ (neu, Zuzug aus ⟦LOC|Oberhausen⟧) - Akte aus OB angefordert
           (Az. dort ⟦AZ|OB-GS 4471/25⟧), Antrag vom 02.02. ist fristgerecht

Erledigt/raus:  ⟦P|Nowak⟧ (verst. 29.01.27, Bestattungskosten -> § 74, Sb. Hd)
                ⟦P|Demirci⟧ (Einkommen Rente > Bedarf, Ablehnung 03.02.)

Hinweis Teamleitung: ab 01.03. Zuständigkeit A-K bei Kr, L-Z bei Bö.
Vertretung Urlaub: Fr. ⟦P|Hülsbusch⟧, Durchwahl ⟦TEL|02041 70-4471⟧ -
allgemeine Anfragen über sozialamt@bottrop.de bzw. 02041 70-3
""".replace("RV_ALMASRI", make_rv("23", "010776", "A", "52")),
    [
        "Grundsicherung (SGB XII)",
        "Wiedervorlagen KW 06/2027",
        "Anhörung nach § 24 SGB X",
        "sozialamt@bottrop.de",
        "02041 70-3",
    ],
)

pii(
    "file_note",
    """
Übergabe ASD Dortmund-Eving  -  Urlaubsvertretung 01.02.-19.02.2027  (von Bä an Schr)

1) Fam. ⟦P|Hagen⟧ - KM ⟦P|Jessica Hagen⟧ (23), Kinder ⟦P|Leon⟧ (4) und ⟦P|Mia⟧ (*⟦DOB|09/2025⟧,
   genau: ⟦DOB|14.09.2025⟧). KM zieht zum 01.03. zu ihrer Mutter nach ⟦LOC|58135 Hagen-Haspe⟧,
   ⟦STR|Voerder Str. 88⟧. Zuständigkeitswechsel an JA Hagen vorbereiten (§ 86 SGB VIII),
   Kollegin dort: Fr. ⟦P|Lütkemeier⟧, ⟦TEL|02331 207-4415⟧. Bitte NICHT mit Stadt Hagen
   (Wohngeld) verwechseln - KM hat da auch Antrag laufen.

2) ⟦P|Demir⟧/⟦P|Bozkurt⟧ - KV ⟦P|Serkan Demir⟧, KM ⟦P|Derya Bozkurt⟧, getrennt seit 10/26.
   Begleiteter Umgang Sa 14-17 Uhr im Familienbüro Eving. AG Dortmund ⟦AZ|172 F 418/26⟧,
   Termin 24.02. - Stellungnahme bis 17.02. an Gericht! Entwurf liegt im Ordner.

3) ⟦P|Шевченко⟧ (⟦P|Shevchenko⟧), ⟦P|Oksana⟧ + ⟦P|Danylo⟧ (9) - Schulplatz fehlt noch,
   Schulamt informiert. KM spricht kaum Deutsch, Sohn übersetzt (ungut). Dolmetscherpool
   über asd-dolmetschen@dortmund.de anfragen. Oma lebt in ⟦LOC|Charkiw⟧.

4) Vermieter-Anruf möglich: Hr. ⟦P|Kühn⟧ (LEG Wohnen NRW GmbH, Kundencenter), wg. Mietrückstand
   Fam. ⟦P|Demir⟧ - KEINE Auskunft ohne Schweigepflichtentbindung.

Akten liegen im Schrank Raum 2.14; Notfall: Rufbereitschaft über Leitstelle 0231 50-0.
Team-Mail: asd-eving@dortmund.de   gez. Bä
""",
    [
        "ASD Dortmund-Eving",
        "§ 86 SGB VIII",
        "Familienbüro Eving",
        "LEG Wohnen NRW GmbH",
        "asd-eving@dortmund.de",
    ],
    allow=("Hagen",),
)
pii(
    "file_note",
    """
Stadt Hamm - Ordnungsamt - Kommunaler Ordnungsdienst
AKTENVERMERK  (Lärm / Parken)   Vorgang ⟦AZ|32.1-OWi-0219/27⟧    Hamm, 26.01.2027

Beschwerde von Fr. ⟦P|Winter⟧, ⟦P|Ingrid⟧ (Jg. ⟦DOB|1951⟧? lt. EWO ⟦DOB|03.02.1951⟧), ⟦STR|Lange Reihe 17, EG li.⟧,
⟦LOC|59067 Hamm⟧, Tel. ⟦TEL|0 23 81 / 44 90 12⟧, eingeg. per Brief am 18.01.

Inhalt: seit Dez. nachts laute Musik aus Whg. 1. OG re. (Mieter ⟦P|Krasniqi⟧), außerdem
parkt dessen Pkw ⟦KFZ|HAM-AK 774⟧ regelmäßig auf dem Gehweg vor dem Haus, Rollator
komme nicht vorbei. Fr. ⟦P|Winter⟧ hatte schon im Winter 2025/26 Beschwerde geführt (eingestellt).

Ortstermin 22.01., 22:40 Uhr, KOD-Streife ⟦P|Strotmann⟧ / ⟦P|Ilić⟧ (Dienst-Kfz HAM-ST 1041):
- Musik von Straße aus hörbar, Zimmerlautstärke deutlich überschritten
- Hr. ⟦P|Krasniqi⟧, ⟦P|Arben⟧, geb. ⟦DOB|1988-07-30⟧, angetroffen, einsichtig, Geburtstagsfeier
  Bruder (⟦P|Driton⟧, wohnt in ⟦LOC|Ahlen⟧); Ausweis vorgezeigt: PA-Nr. ⟦ID|ID_KRASNIQI⟧
- Pkw ⟦KFZ|HAM-AK 774⟧ stand auf Gehweg, Verwarnungsgeld 55,00 EUR angeboten, bezahlt (EC)

Bewertung: Ruhestörung nach § 117 OWiG - Anhörungsbogen geht raus; Wiederholungsfall prüfen.
Rückmeldung an Fr. ⟦P|Winter⟧ schriftlich (keine Daten Dritter!).

⟦P|Strotmann⟧, KOD   Durchwahl ⟦TEL|02381 17-3319⟧
Kopie: Sachgebiet Verkehrsüberwachung; allgemein: ordnungsamt@stadt.hamm.de
""".replace("ID_KRASNIQI", id_number("T22R0J9M4", check=True)),
    [
        "Kommunaler Ordnungsdienst",
        "Hamm, 26.01.2027",
        "Verwarnungsgeld 55,00 EUR",
        "§ 117 OWiG",
        "ordnungsamt@stadt.hamm.de",
    ],
    allow=("Winter",),
)

pii(
    "file_note",
    """
Stadt Kassel - Wohnungsamt - WBS / Wohnungsvermittlung
Gesprächsvermerk vom 04.02.2027, 10:15-10:50, Vorsprache ohne Termin, Zi. 114 (Ma)

Anwesend: Hr. ⟦P|Georgiou⟧, ⟦P|Nikolaos⟧ (geb. ⟦DOB|02/03/1979⟧), Ehefrau ⟦P|Maria Georgiou⟧ geb. ⟦P|Vlachou⟧
Antrag WBS vom 11.01.27, Az. ⟦AZ|64-WBS-2027-0088⟧

- wohnen derzeit ⟦STR|Friedrich-Ebert-Str. 146, 2. OG⟧, ⟦LOC|34119 Kassel⟧, 2 Zi./58 qm, 5 Pers.
  (3 Kinder: ⟦P|Eleni⟧ 14, ⟦P|Dimitris⟧ 11, ⟦P|Sofia⟧ *⟦DOB|22.6.2020⟧)
- Vermieterin (Privat, ⟦P|Ursel Brandau⟧) hat Eigenbedarf angemeldet, Kündigung zum 31.05.
  liegt vor (Kopie z.A.)
- Hr. ⟦P|Georgiou⟧ arbeitet als Koch (Vollzeit), Ehefrau Minijob - Einkommen knapp über Grenze?
  -> Berechnung mit Werbungskosten + Kinderfreibeträgen: innerhalb Grenze + 20 %
- Zuzug 2015 aus ⟦LOC|Thessaloniki⟧, Bruder wohnt in ⟦LOC|Fulda⟧, keine Alternative dort
- Tel. für Rückfragen: ⟦TEL|0561/ 70 39 48 1⟧, mobil ⟦TEL|+49 176 4419 0038⟧ (Ehefrau)

Ergebnis: WBS für 4-Zi.-Whg. wird erteilt (Dringlichkeit wg. Kündigung). Hinweis auf
GWH Wohnungsgesellschaft mbH Hessen und Vereinigte Wohnstätten 1889 eG gegeben.
Fr. ⟦P|Georgiou⟧ fragt nach Umzugskosten -> an Jobcenter Stadt Kassel nicht zuständig,
Hinweis Sozialamt.

WV: 04.03.2027 (Stand Wohnungssuche)          gez. Ma / Wohnungsamt, wohnungsamt@kassel.de
""",
    [
        "Wohnungsamt",
        "Gesprächsvermerk vom 04.02.2027",
        "GWH Wohnungsgesellschaft mbH Hessen",
        "Vereinigte Wohnstätten 1889 eG",
        "WV: 04.03.2027",
    ],
)

pii(
    "file_note",
    """
Standesamt Regensburg - Vermerk Anmeldung Eheschließung - Az. ⟦AZ|E 0311/2027⟧
D.-Martin-Luther-Str. 3, 93047 Regensburg   (Sb. Hf, 09.02.2027)

Verlobte:
 a) ⟦P|Esposito⟧, ⟦P|Salvatore⟧ - ital. StA - * ⟦DOB|18 aprile 1990⟧ in ⟦LOC|Napoli⟧
    wh. ⟦STR|Prüfeninger Str. 61a⟧, ⟦LOC|93049 Regensburg⟧, Tel. ⟦TEL|0151 - 60 42 27 18⟧
    CIE (carta d'identità) Nr. ⟦PASS|CA48217FK⟧, gültig bis 2031
    Ehefähigkeitszeugnis Comune di Napoli vom 12.12.2026 liegt vor (Orig. + Übers.)
 b) ⟦P|Dumitrescu⟧, ⟦P|Ioana-Maria⟧ - rum. StA - * ⟦DOB|1993-11-05⟧ in ⟦LOC|Brașov⟧
    wh. dto.; Reisepass RO Nr. ⟦PASS|058713294⟧
    Geburtsurkunde (Certificat de naștere) mit internat. Formular -> ok
    Namensführung nach Eheschließung: ⟦P|Esposito-Dumitrescu⟧ gewünscht (Doppelname
    nur für Frau; Hinweis auf Art. 10 EGBGB gegeben)

Trauzeugen (freiwillig): ⟦P|Lorenzo Bianchi⟧, ⟦P|Cristina Pop⟧

Probleme: Ital. Ehefähigkeitszeugnis nur 6 Monate gültig -> Trauung spätestens 11.06.27.
Wunschtermin Sa 22.05.2027, Altes Rathaus, Reichssaal - reserviert (Gebühr 120,00 EUR).
Dolmetscher nicht nötig, beide sprechen gut Deutsch.

Rückfragen Paar per Mail: ⟦MAIL|salvo.esposito@libero.it⟧
Standesamt allgemein: standesamt@regensburg.de / Tel. 0941 507-0
""",
    [
        "Standesamt Regensburg",
        "D.-Martin-Luther-Str. 3, 93047 Regensburg",
        "Art. 10 EGBGB",
        "Sa 22.05.2027, Altes Rathaus, Reichssaal",
        "Gebühr 120,00 EUR",
    ],
    allow=("Napoli",),
)

pii(
    "file_note",
    """
Stadt Gelsenkirchen - Stadtkasse - Vollstreckungsinnendienst/Außendienst
Außendienstbericht  VZ ⟦P|Przybylski⟧   Tour Buer-Nord   Di 02.02.2027

1) Kassenzeichen ⟦AZ|5.2010.338471.6⟧ - Schuldner: ⟦P|Richter⟧, ⟦P|Klaus-Dieter⟧, *⟦DOB|7.4.1966⟧
   ⟦STR|Horster Str. 290⟧, ⟦LOC|45897 Gelsenkirchen⟧ - Rückstand Grundbesitzabgaben 1.318,40 EUR
   09:20 nicht angetroffen. Nachbar (Hr. ⟦P|Lange⟧, EG) sagt, ⟦P|Richter⟧ wohne dort schon lange
   nicht mehr, sei zur Freundin nach ⟦LOC|Dorsten-Hervest⟧ gezogen. Briefkasten voll.
   -> EMA-Anfrage; Pkw ⟦KFZ|GE-KR 1966⟧ nicht gesichtet.
   Hinweis: Verfahren AG GE, Richterin am Amtsgericht - Vermögensauskunft bereits
   beantragt (DR-Nr. ⟦AZ|DR II 0417/26⟧).

2) Kassenzeichen ⟦AZ|5.2011.071229.3⟧ - ⟦P|Okafor⟧, ⟦P|Chinedu⟧ (Inh. Handyshop, Kleinunternehmer)
   ⟦STR|Hochstr. 41⟧, ⟦LOC|45894 Gelsenkirchen-Buer⟧ - Gewerbesteuer 2025, 2.004,00 EUR
   10:05 angetroffen. Ratenzahlung angeboten: 200,00 EUR mtl. ab 15.03.; Unterschrift liegt vor.
   Tel. ⟦TEL|0178 4402 913⟧

3) Kassenzeichen ⟦AZ|5.2014.902154.0⟧ - ⟦P|Wiśniewska⟧, ⟦P|Halina⟧
   11:30 Zahlung bar 86,50 EUR (Quittung Nr. 118, Block 12) - erledigt.

Gesamt: 1 x Ratenvereinbarung, 1 x Barzahlung, 1 x EMA. Rückgabe Unterlagen an Innendienst.
Stadtkasse, Zeppelinallee 4, 45883 Gelsenkirchen - Servicetelefon 0209 169-0
""",
    [
        "Vollstreckungsinnendienst",
        "Rückstand Grundbesitzabgaben 1.318,40 EUR",
        "Zeppelinallee 4, 45883 Gelsenkirchen",
        "Servicetelefon 0209 169-0",
        "Richterin am Amtsgericht",
    ],
    allow=("lange",),
)
# ---------------------------------------------------------------------------------------------
# id_documents
# ---------------------------------------------------------------------------------------------

MRZ_BONDARENKO = mrz_td3(
    "P", "UKR", "BONDARENKO", "IRYNA", "FX204718", "UKR", "870923", "F", "320614"
)

pii(
    "id_documents",
    f"""
Stadt Essen - Ausländerbehörde - Team Ukraine (§ 24 AufenthG)
Vorsprachevermerk 27.01.2027                      AZR-Nr. ⟦AZ|172208419953⟧
Sachbearbeitung: Hr. ⟦P|Kötter⟧, Tel. ⟦TEL|0201 88-33417⟧

Person: ⟦P|BONDARENKO⟧, ⟦P|Iryna⟧ / ⟦P|Бондаренко Ірина Василівна⟧
geb. ⟦DOB|23.09.1987⟧ in ⟦LOC|Kramatorsk⟧ (⟦LOC|Краматорськ⟧), StA ukrainisch
wh. ⟦STR|Altenessener Str. 411, 3. Etage⟧, ⟦LOC|45329 Essen⟧, mobil ⟦TEL|+380 67 412 90 33⟧
Kind: ⟦P|Maksym Bondarenko⟧, * ⟦DOB|11.05.2015⟧, im Pass der Mutter nicht eingetragen,
eigener Kinderpass Nr. ⟦PASS|FX880142⟧ (gültig bis 10/2028)

Vorgelegt:
 - biometrischer Reisepass Nr. ⟦PASS|FX204718⟧, gültig bis 14.06.2032; MRZ geprüft:
{MRZ_BONDARENKO}
 - ID-Karte (внутрішній паспорт) Nr. ⟦PASS|007382615⟧ - Kopie z.A.
 - bisherige Fiktionsbescheinigung Nr. ⟦ID|{id_number("M4C7TR2K9")}⟧ (abgelaufen 31.12.2026)

Entscheidung: Verlängerung AE § 24 bis 04.03.2028, eAT beantragt, bis zur Ausgabe neue
Fiktionsbescheinigung Nr. ⟦ID|{id_number("M4C9XN1F3")}⟧ ausgestellt (gültig bis 27.04.2027).
Kind: eAT ebenfalls beantragt; Ausgabe voraussichtlich KW 10.
Wohnsitzauflage: keine (Zuweisung Essen bleibt). Schwester lebt in ⟦LOC|Mülheim an der Ruhr⟧.

Gebühr: entfällt (§ 24). Abholung eAT nur mit Termin über termine-abh@essen.de.
Ausländerbehörde Essen, Kopstadtplatz 13, 45127 Essen - Servicetelefon 0201 88-0
""",
    [
        "Ausländerbehörde",
        "Team Ukraine (§ 24 AufenthG)",
        "Vorsprachevermerk 27.01.2027",
        "termine-abh@essen.de",
        "Kopstadtplatz 13, 45127 Essen",
    ],
)
pii(
    "id_documents",
    f"""
Stadt Bochum - Bürgerdienste - Ausländerangelegenheiten / Rückkehr und Duldung
Aktenvermerk zur Verlängerung der Duldung - 03.02.2027 - SB ⟦P|Wischnewski⟧ (Dw. ⟦TEL|-4719⟧)

Betroffener: ⟦P|TESFAYE⟧, ⟦P|Yonas Gebremedhin⟧ (Ge'ez: ⟦P|ዮናስ ገብረመድህን ተስፋየ⟧)
geb. ⟦DOB|01.01.1996⟧ (Datum geschätzt, lt. Angabe "Frühjahr 1996") in ⟦LOC|Keren⟧/Eritrea
Anschrift: ⟦STR|Hustadtring 61, App. 204⟧, ⟦LOC|44801 Bochum-Querenburg⟧
BAMF-Az. ⟦AZ|7731204-224⟧ (Asylantrag abgelehnt, bestandskräftig seit 09/2024)
AZR-Nr. ⟦AZ|165501873390⟧

Bisherige Duldung Nr. ⟦ID|{id_number("NF7352014")}⟧, gültig bis 05.02.2027
Neue Duldung Nr. ⟦ID|{id_number("NF7R83G20")}⟧, gültig bis 05.05.2027 (3 Monate)

Identität / Passbeschaffung:
- kein Nationalpass vorhanden; Antrag auf Passersatzpapier bei der Botschaft des Staates
  Eritrea am 14.11.2026 gestellt (Nachweis: Quittung, Gebühr selbst bezahlt)
- Kopie eines abgelaufenen eritreischen Reisepasses Nr. ⟦PASS|P01183467⟧ (ausgestellt in
  ⟦LOC|Asmara⟧ 2014) liegt in der Akte, Original nach Angabe auf der Flucht verloren
- Ehefrau ⟦P|Saba Tekle⟧ lebt in ⟦LOC|Asmara⟧, Sohn ⟦P|Natnael⟧ (* ⟦DOB|2019⟧)

Mitwirkung: ausreichend (Termine wahrgenommen, Passersatz beantragt). Keine Sanktion
nach § 60d/§ 60b AufenthG. Beschäftigung: Helfer bei Ruhr Logistik Service GmbH,
Beschäftigungserlaubnis erteilt (Zustimmung BA liegt vor, Befristung wie Duldung).

Nächster Termin: 28.04.2027, 09:30 Uhr, Raum B 2.07 - mitbringen: Nachweis Botschaft,
Lohnabrechnungen. Rückfragen Beratungsstelle (Flüchtlingsrat) über abh@bochum.de.
Willy-Brandt-Platz 2-6, 44777 Bochum  - gez. Wi
""",
    [
        "Rückkehr und Duldung",
        "Botschaft des Staates",
        "Ruhr Logistik Service GmbH",
        "28.04.2027, 09:30 Uhr, Raum B 2.07",
        "abh@bochum.de",
    ],
)

MRZ_HADDAD = mrz_td1(
    "AR", "D", id_number("YH7NC40LK"), "810316", "M", "290831", "SYR", "HADDAD", "BASSAM"
)

pii(
    "id_documents",
    f"""
Stadt Dortmund - Ausländerbehörde - eAT-Ausgabe
Abholliste Fam. ⟦P|Haddad⟧ - Ausgabetermin Mi 10.02.2027, 11:00, Schalter 6   Vorg. ⟦AZ|33/3-27-004418⟧

Nr  Name, Vorname (lt. Pass)      Geb.         eAT-Nr.          Reisepass (SYR)
1   ⟦P|HADDAD, Bassam⟧               ⟦DOB|16.03.81⟧     ⟦ID|{id_number("YH7NC40LK", check=True)}⟧       ⟦PASS|N015620734⟧
2   ⟦P|HADDAD, Rasha⟧ geb. ⟦P|NASSER⟧   ⟦DOB|02.12.84⟧     ⟦ID|{id_number("YH7NC41M0", check=True)}⟧       ⟦PASS|N015620781⟧
3   ⟦P|HADDAD, Lina⟧                 ⟦DOB|27.07.12⟧     ⟦ID|{id_number("YH7NC42P3")}⟧        ⟦PASS|N017004512⟧
4   ⟦P|HADDAD, Omar⟧                 ⟦DOB|05.01.16⟧     ⟦ID|{id_number("YH7NC43R7")}⟧        (im Pass der Mutter)

Arabische Schreibweise (lt. Personenstandsurkunden): ⟦P|بسام حداد⟧ / ⟦P|رشا ناصر⟧
Geburtsort alle: ⟦LOC|Aleppo⟧ (⟦LOC|حلب⟧), Kind 4: ⟦LOC|Gaziantep⟧ (TR)
Anschrift: ⟦STR|Mallinckrodtstr. 212⟧, ⟦LOC|44147 Dortmund⟧

Kontrolle MRZ Karte 1 (Lesegerät):
{MRZ_HADDAD}
-> Daten stimmen mit Pass überein. Schreibweise Vorname Ehefrau im Pass "⟦P|RASHA⟧",
   in Heiratsurkunde "⟦P|Racha⟧" - Hinweis in AZR gespeichert (Aliasname ⟦P|Racha⟧).

Ausgabe: PIN-Briefe zu 1 und 2 per Post an Wohnanschrift; Kinder unter 16 ohne eID.
Alte Fiktionsbescheinigungen eingezogen: ⟦ID|{id_number("M2F6KH8T0")}⟧, ⟦ID|{id_number("M2F6KH9V4")}⟧.
Gebühren: 2 x 100,00 EUR + 2 x 37,50 EUR = 275,00 EUR, bezahlt am Kassenautomat.
Olpe 1, 44135 Dortmund - Terminvergabe nur online, Fragen an abh@stadtdo.de
""",
    [
        "eAT-Ausgabe",
        "Mi 10.02.2027, 11:00, Schalter 6",
        "275,00 EUR",
        "Olpe 1, 44135 Dortmund",
        "abh@stadtdo.de",
    ],
)
MRZ_AYDIN = mrz_td3("P", "TUR", "AYDIN", "ROJDA", "U27740815", "TUR", "900214", "F", "300919")

pii(
    "id_documents",
    f"""
Stadt Münster - Ausländer- und Einbürgerungsangelegenheiten
Checkliste Einbürgerung (§ 10 StAG) - Antrag vom 12.10.2026 - Az. ⟦AZ|EB-32.4-1187/26⟧
Sachbearbeiterin: Fr. ⟦P|Overbeck-Sánchez⟧, ⟦MAIL|overbeck-sanchez@stadt-muenster.de⟧

Antragstellerin: ⟦P|AYDIN⟧, ⟦P|Rojda⟧ - * ⟦DOB|14. Februar 1990⟧ in ⟦LOC|Diyarbakır⟧ (kurd. ⟦LOC|Amed⟧)
Ehemann (Miteinbürgerung nein, EU-Bürger): ⟦P|GEORGIEV⟧, ⟦P|Stoyan⟧ / ⟦P|Стоян Георгиев⟧, bulg. StA
Kinder (Miteinbürgerung ja): ⟦P|Deniz Georgiev⟧ (* ⟦DOB|2017-04-03⟧), ⟦P|Mira Georgieva⟧ (* ⟦DOB|2020-08-21⟧)
Wohnung: ⟦STR|Hammer Str. 208⟧, ⟦LOC|48153 Münster⟧

[x] Nationalpass TR Nr. ⟦PASS|U27740815⟧, gültig bis 19.09.2030 - MRZ:
{MRZ_AYDIN}
[x] Nüfus cüzdanı / Kimlik kartı Nr. ⟦PASS|A19K48203⟧ (Kopie)
[x] eAT § 9a Nr. ⟦ID|{id_number("Y4KF02R9C", check=True)}⟧ (Niederlassungserlaubnis-EU)
[x] Ehemann: bulg. Personalausweis (лична карта) Nr. ⟦PASS|645218037⟧ + bulg. Reisepass
    Nr. ⟦PASS|382491076⟧
[x] Kinder: Geburtsurkunden Standesamt Münster, Reg. ⟦AZ|G 1402/2017⟧ und ⟦AZ|G 2219/2020⟧
[x] Sprachzertifikat B1 (telc), Einbürgerungstest bestanden (33/33)
[ ] Nachweis Entlassung aus der türk. StA -> entfällt (Mehrstaatigkeit seit 27.06.2024 zulässig)
[x] Lebensunterhalt: Arbeitsvertrag Universitätsklinikum Münster (Pflegefachfrau), unbefristet

Offen: aktuelle Meldebescheinigung (Stand nach 01.01.2027), Gebühr 255,00 EUR + 51,00 EUR
(Kind) - Zahlung an Stadtkasse Münster, Kassenzeichen ⟦AZ|2.610.44.71902⟧.
Urkundenaushändigung voraussichtlich Feier im Rathaus, Festsaal, 17.06.2027.
Einbürgerungsbehörde, Klemensstraße 10, 48143 Münster - einbuergerung@stadt-muenster.de
""",
    [
        "Checkliste Einbürgerung (§ 10 StAG)",
        "Universitätsklinikum Münster",
        "Gebühr 255,00 EUR",
        "Klemensstraße 10, 48143 Münster",
        "einbuergerung@stadt-muenster.de",
    ],
)

pii(
    "id_documents",
    """
Stadt Gelsenkirchen - Ausländerbehörde - Familiennachzug
Vorabzustimmung § 31 AufenthV - Vermerk vom 15.02.2027 - Az. ⟦AZ|32/2-FN-0096/27⟧

Stammberechtigter: ⟦P|HUSSEIN⟧, ⟦P|Karwan Jalal⟧, geb. ⟦DOB|30.06.1988⟧ in ⟦LOC|Sulaimaniyya⟧ (Irak)
eAT Nr. ⟦ID|ID_KARWAN⟧ (AE § 25 Abs. 2), wh. ⟦STR|Bochumer Str. 130⟧, ⟦LOC|45886 Gelsenkirchen⟧
Tel. ⟦TEL|0157 / 3 80 41 77 2⟧     AZR-Nr. ⟦AZ|160933518204⟧

Nachziehende (Visumantrag Generalkonsulat Erbil, Vorgangs-Nr. ⟦AZ|ERBI-2026-118845⟧):
1. Ehefrau ⟦P|AHMED⟧, ⟦P|Shilan Omar⟧ / ⟦P|شیلان عومەر ئەحمەد⟧
   * ⟦DOB|04.11.1992⟧ in ⟦LOC|Erbil⟧ (⟦LOC|هەولێر⟧), irak. Reisepass ⟦PASS|A18840273⟧
   Nationalkarte (البطاقة الوطنية) Nr. ⟦PASS|199204418832⟧
2. Sohn ⟦P|Aram Karwan HUSSEIN⟧, * ⟦DOB|12/08/2019⟧, Reisepass ⟦PASS|A20117564⟧
3. Tochter ⟦P|Lana Karwan HUSSEIN⟧, * ⟦DOB|03/03/2022⟧, Reisepass ⟦PASS|A20117602⟧

Prüfung:
- Lebensunterhalt: Vollzeit bei Emscher Gerüstbau GmbH, netto ca. 2.480,00 EUR - ausreichend
- Wohnraum: 4 Zi., 86 qm, Mietvertrag mit Sahle Wohnen GmbH vorgelegt - ausreichend
- A1-Nachweis Ehefrau: Goethe-Zertifikat A1 vom 09.12.2026 (Original gesehen)
- Heiratsurkunde (Erbil, 2018) mit Legalisation - ok

Ergebnis: Vorabzustimmung erteilt und an Auswärtiges Amt / Generalkonsulat Erbil übermittelt.
Visumetiketten werden dort erteilt; bereits erteiltes Schengen-Visum der Ehefrau (2025,
Besuch) Nr. ⟦PASS|D 017264409⟧ lt. VIS - kein Hinderungsgrund.
Nach Einreise: Vorsprache binnen 14 Tagen, Termin über auslaenderbehoerde@gelsenkirchen.de
""".replace("ID_KARWAN", id_number("Y9WL0T3HC", check=True)),
    [
        "Vorabzustimmung § 31 AufenthV",
        "Emscher Gerüstbau GmbH",
        "Sahle Wohnen GmbH",
        "Goethe-Zertifikat A1 vom 09.12.2026",
        "auslaenderbehoerde@gelsenkirchen.de",
    ],
    allow=("Erbil",),
)
# ---------------------------------------------------------------------------------------------
# table
# ---------------------------------------------------------------------------------------------

SCHOOL_SHEET = excel(
    ("Nr", "Name", "Vorname", "Geb.-Dat.", "Erziehungsber.", "Telefon", "Anschrift", "Bemerkung"),
    (
        "1",
        "⟦P|Öztürk⟧",
        "⟦P|Elif Naz⟧",
        "⟦DOB|14.03.2021⟧",
        "⟦P|Öztürk, Hatice⟧",
        "⟦TEL|0176 23918847⟧",
        "⟦STR|Mont-Cenis-Str. 44⟧",
        "Geschwister an Schule",
    ),
    (
        "2",
        "⟦P|Nowak⟧",
        "⟦P|Jan⟧",
        "⟦DOB|02.09.2021⟧",
        "⟦P|Nowak, Piotr⟧ u. ⟦P|Marta⟧",
        "⟦TEL|02323-59 14 02⟧",
        "⟦STR|Sodinger Str. 9a⟧",
        "",
    ),
    (
        "3",
        "⟦P|Al-Sayed⟧",
        "⟦P|Yusuf⟧",
        "⟦DOB|30.11.2020⟧",
        "⟦P|Al-Sayed, Mona⟧",
        "⟦TEL|+49 1590 1184422⟧",
        "⟦STR|Castroper Str. 301⟧",
        "Zurückstellung 2026, Sprachförderbedarf",
    ),
    (
        "4",
        "⟦P|Pham⟧",
        "⟦P|Bao Anh⟧",
        "⟦DOB|19.06.2021⟧",
        "⟦P|Pham Van Long⟧",
        "⟦TEL|0162 7719 305⟧",
        "⟦STR|Am Westfalenhaus 3⟧",
        "Dolmetsch. vietn. beim Elternabend",
    ),
    (
        "5",
        "⟦P|Schmitz⟧",
        "⟦P|Ben⟧",
        "⟦DOB|07.01.2021⟧",
        "⟦P|Schmitz, Carina⟧",
        "⟦TEL|0 23 23 / 4 88 71⟧",
        "⟦STR|Gerichtsstr. 12⟧",
        "OGS gewünscht",
    ),
    (
        "6",
        "⟦P|Kuznetsova⟧",
        "⟦P|Alisa⟧",
        "⟦DOB|25.08.2021⟧",
        "⟦P|Kuznetsov, Pavel⟧",
        "⟦TEL|0151 2200 4871⟧",
        "⟦STR|Mont-Cenis-Str. 61⟧",
        "Zuzug aus ⟦LOC|Rostock⟧ 09/26",
    ),
    (
        "7",
        "⟦P|Berisha⟧",
        "⟦P|Endrit⟧",
        "⟦DOB|11.12.2020⟧",
        "⟦P|Berisha, Valbona⟧",
        "⟦TEL|0 15 77 - 81 30 11 9⟧",
        "⟦STR|Hölkeskampring 150⟧",
        "Förderschwerp. Sprache?",
    ),
    (
        "8",
        "⟦P|Ionescu⟧",
        "⟦P|Maria-Teodora⟧",
        "⟦DOB|03.05.2021⟧",
        "⟦P|Ionescu, Mihai⟧",
        "⟦TEL|0157 3340 8120⟧",
        "⟦STR|Sodinger Str. 120⟧",
        "kath. Religionsunterricht",
    ),
)

pii(
    "table",
    f"""
Von: Sekretariat GGS Sodingen <ggs-sodingen@schulen-herne.de>
An: Fachbereich Schule, Schulverwaltung (schulverwaltung@herne.de)
Betreff: Anmeldungen Schuljahr 2027/28 - Stand 29.01.2027 (Auszug aus Excel)

Hallo zusammen, anbei wie besprochen die bisherigen Anmeldungen (8 von 56 Plätzen),
direkt aus unserer Liste kopiert. Alle Kinder wohnen in ⟦LOC|44627 Herne-Sodingen⟧.

{SCHOOL_SHEET}

Schuleingangsuntersuchung: Termine vergibt der Kinder- und Jugendgesundheitsdienst.
Anmeldeschluss für Nachzügler ist der 12.02.2027. Bei Fragen 02323 16-3940 (Schulverwaltung).

Viele Grüße
Sekretariat GGS Sodingen
Gemeinschaftsgrundschule Sodingen (Primarstufe, zweizügig, Offener Ganztag)
""",
    [
        "Anmeldungen Schuljahr 2027/28",
        "schulverwaltung@herne.de",
        "Kinder- und Jugendgesundheitsdienst",
        "12.02.2027",
        "02323 16-3940",
    ],
)
OWI_CSV = csv_rows(
    (
        "Aktenzeichen",
        "Tattag",
        "Tatort",
        "Kennzeichen",
        "Halter_Name",
        "Halter_Vorname",
        "Geb_Datum",
        "Strasse",
        "PLZ_Ort",
        "Betrag",
        "Status",
    ),
    (
        "⟦AZ|702.118834.7⟧",
        "04.01.2027",
        "Mülheimer Str. / Centroallee",
        "⟦KFZ|OB-LK 2210⟧",
        "⟦P|Kasprzak⟧",
        "⟦P|Lukasz⟧",
        "⟦DOB|1994-02-17⟧",
        "⟦STR|Lothringer Str. 87⟧",
        "⟦LOC|46045 Oberhausen⟧",
        "35,00",
        "Anhörung",
    ),
    (
        "⟦AZ|702.118851.2⟧",
        "04.01.2027",
        "Marktstr. 120 (Fußgängerzone)",
        "⟦KFZ|E-NS 7781⟧",
        "⟦P|Nguyen-Schäfer⟧",
        "⟦P|Thu Trang⟧",
        "⟦DOB|1983-10-29⟧",
        "⟦STR|Frohnhauser Str. 6⟧",
        "⟦LOC|45143 Essen⟧",
        "55,00",
        "bezahlt",
    ),
    (
        "⟦AZ|702.118902.9⟧",
        "05.01.2027",
        "Sterkrader Tor",
        "⟦KFZ|OB-RT 550⟧",
        "Rhein-Ruhr Trockenbau GmbH",
        "",
        "",
        "Essener Str. 3",
        "46047 Oberhausen",
        "70,00",
        "Fahrerermittlung",
    ),
    (
        "⟦AZ|702.119016.4⟧",
        "06.01.2027",
        "Bahnhofstr. 41",
        "⟦KFZ|BOT-EM 19⟧",
        "⟦P|El Mansouri⟧",
        "⟦P|Youssef⟧",
        "⟦DOB|2001-06-08⟧",
        "⟦STR|Gladbecker Str. 212⟧ bei ⟦P|Benali⟧",
        "⟦LOC|46236 Bottrop⟧",
        "35,00",
        "Anhörung",
    ),
    (
        "⟦AZ|702.119044.0⟧",
        "07.01.2027",
        "Centroallee, P7",
        "⟦KFZ|MH-AG 4321⟧",
        "⟦P|Groß⟧",
        "⟦P|Annegret⟧",
        "⟦DOB|1958-12-01⟧",
        "⟦STR|Kettwiger Str. 40; Whg. 7⟧",
        "⟦LOC|45468 Mülheim an der Ruhr⟧",
        "25,00",
        "Einspruch",
    ),
    (
        "⟦AZ|702.119130.1⟧",
        "08.01.2027",
        "Friedrich-Karl-Str. 20",
        "⟦KFZ|OB-Z 9090⟧",
        "Autovermietung Niederrhein GmbH & Co. KG",
        "",
        "",
        "Weseler Str. 77",
        "46049 Oberhausen",
        "55,00",
        "Fahrerermittlung",
    ),
)

pii(
    "table",
    f"""
Stadt Oberhausen - Bereich 2-3 Bürgerservice, Öffentliche Ordnung - Bußgeldstelle
Export OWi-Verfahren ruhender Verkehr, KW 01/2027 (Auszug für Prüfung Sachgebiet 2-3-20)
Datei: owi_export_kw01_2027.csv, Trennzeichen Semikolon, Zeichensatz UTF-8

{OWI_CSV}

Hinweise:
- Zeile 3 und 6: Halter sind Firmen -> Zeugenfragebogen an Firma, keine Anhörung des Halters.
- Zeile 4: Anschrift enthält c/o-Zusatz, Zustellung prüfen.
- Zeile 5: Einspruch vom 15.01.2027, Abgabe an Staatsanwaltschaft Duisburg nach § 69 OWiG
  falls keine Abhilfe.
Rückfragen: bussgeldstelle@oberhausen.de, Servicetelefon 0208 825-0
""",
    [
        "Bußgeldstelle",
        "Fahrerermittlung",
        "Rhein-Ruhr Trockenbau GmbH",
        "Autovermietung Niederrhein GmbH & Co. KG",
        "bussgeldstelle@oberhausen.de",
    ],
)
SHELTER = fixed(
    (4, 18, 13, 10, 10, 36),
    ("ZI", "NAME", "VORNAME", "GEB.", "EINZUG", "LETZTE ANSCHRIFT / BEMERKUNG"),
    (
        "01",
        "⟦P|KAMIŃSKI⟧",
        "⟦P|ROBERT⟧",
        "⟦DOB|13.07.71⟧",
        "02.11.26",
        "⟦STR|KÖNIGSWALL 18⟧, ⟦LOC|45657 RE⟧ (RÄUMUNG)",
    ),
    ("01", "⟦P|BECKMANN⟧", "⟦P|OLAF⟧", "⟦DOB|29.02.68⟧", "14.12.26", "OHNE FESTEN WOHNSITZ"),
    (
        "03",
        "⟦P|MUSTAFA⟧",
        "⟦P|AHMAD⟧",
        "⟦DOB|01.01.99⟧",
        "05.01.27",
        "ZUWEISUNG AUS ⟦LOC|BIELEFELD⟧",
    ),
    (
        "04",
        "⟦P|DUMITRU⟧",
        "⟦P|ELENA⟧",
        "⟦DOB|17.05.90⟧",
        "09.01.27",
        "MIT SOHN ⟦P|DUMITRU, ANDREI⟧ (⟦DOB|08.03.15⟧)",
    ),
    (
        "05",
        "⟦P|SCHÄFER⟧",
        "⟦P|JENS-UWE⟧",
        "⟦DOB|04.10.64⟧",
        "11.01.27",
        "⟦STR|DORSTENER STR. 5⟧, ⟦LOC|45661 RE-SÜD⟧",
    ),
    ("06", "⟦P|TEKIN⟧", "⟦P|SERKAN⟧", "⟦DOB|22.12.85⟧", "20.01.27", "BETREUER: HR. ⟦P|WALLMEYER⟧"),
    (
        "07",
        "⟦P|ABEBE⟧",
        "⟦P|MULUGETA⟧",
        "⟦DOB|03.09.93⟧",
        "28.01.27",
        "AUS JVA BOCHUM ENTL. 27.01.27",
    ),
)

pii(
    "table",
    f"""
STADT RECKLINGHAUSEN          FB 50 SOZIALES - OBDACHLOSENHILFE          SEITE 1/1
BELEGUNGSLISTE NOTUNTERKUNFT HALTERNER STR. 73 - STAND 01.02.2027 07:00 - USER SOZ50-11
---------------------------------------------------------------------------------------------
{SHELTER}
---------------------------------------------------------------------------------------------
BELEGT 8 VON 24 PLAETZEN   FREI: ZI 02, 08-12   FRAUENBEREICH: ZI 04 (1 PLATZ FREI)
GEBUEHR LT. SATZUNG 9,80 EUR/TAG - ABRECHNUNG UEBER JOBCENTER/SOZIALAMT
HINWEIS: ZI 01 DOPPELBELEGUNG BIS 15.02.2027 - DANACH UMZUG ⟦P|BECKMANN⟧ IN ZI 08
AUSZUG GEPLANT: ⟦P|KAMIŃSKI⟧ ZUM 28.02.27 (WHG. VESTISCHE WOHNUNGSGESELLSCHAFT MBH)
RUFBEREITSCHAFT NACHTS: 02361 50-0 (LEITSTELLE)
""",
    [
        "OBDACHLOSENHILFE",
        "BELEGUNGSLISTE NOTUNTERKUNFT HALTERNER STR. 73",
        "GEBUEHR LT. SATZUNG 9,80 EUR/TAG",
        "VESTISCHE WOHNUNGSGESELLSCHAFT MBH",
        "02361 50-0",
    ],
)
JUBILEE = pipe_table(
    (7, 19, 31, 27, 15),
    ("Besuch", "Anlass", "Name", "Anschrift", "durch"),
    (
        "04.02.",
        "90. Geburtstag",
        "⟦P|Elisabeth Kortmann⟧",
        "⟦STR|Ostenallee 12⟧, ⟦LOC|59063 Hamm⟧",
        "BV-Vorsteher",
    ),
    (
        "05.02.",
        "Goldene Hochzeit",
        "⟦P|Heinz⟧ u. ⟦P|Gisela Brüggemann⟧",
        "⟦STR|Kamener Str. 58⟧, ⟦LOC|59077 Hamm⟧",
        "nur Karte",
    ),
    (
        "09.02.",
        "100. Geburtstag",
        "⟦P|Wilhelmine Sudhoff⟧",
        "Seniorenzentrum St. Josef",
        "OB persönlich",
    ),
    (
        "11.02.",
        "Diamantene Hochzeit",
        "⟦P|Stanisław⟧ u. ⟦P|Irena Lewandowski⟧",
        "⟦STR|Hammer Weg 3⟧, ⟦LOC|59071 Hamm⟧",
        "Bürgermeisterin",
    ),
    (
        "15.02.",
        "95. Geburtstag",
        "⟦P|Mehmet Ali Yavuz⟧",
        "⟦STR|Wilhelmstr. 140⟧, ⟦LOC|59067 Hamm⟧",
        "BV-Vorsteher",
    ),
    (
        "20.02.",
        "Eiserne Hochzeit",
        "⟦P|Gerhard⟧ u. ⟦P|Ruth Schulze-⟧",
        "⟦STR|Alter Uentroper Weg 7⟧",
        "OB persönlich",
    ),
    ("", "", "⟦P|Lohmann⟧", "⟦LOC|59071 Hamm-Uentrop⟧", ""),
)

pii(
    "table",
    f"""
# Alters- und Ehejubiläen Februar 2027 - Büro des Oberbürgermeisters, Stadt Hamm

Grundlage: Jubiläumsmeldungen des Bürgeramts (nur Personen ohne Auskunftssperre und mit
Einwilligung nach § 50 Abs. 2 BMG). Stand 20.01.2027.

{JUBILEE}

**Geburtsdaten für die Urkunden:** ⟦P|Kortmann⟧ ⟦DOB|03.02.1937⟧ - ⟦P|Sudhoff⟧ ⟦DOB|8. Februar 1927⟧ -
⟦P|Yavuz⟧ ⟦DOB|14.02.1932⟧ (lt. Pass; Familie sagt, eigentlich im Sommer geboren).

**Hinweise**
- Fr. ⟦P|Sudhoff⟧: Präsentkorb über Protokoll (Bestellnr. 2027-014), Pressetermin nur nach
  Rücksprache mit der Tochter (⟦P|Annette Sudhoff-Kranz⟧, Tel. ⟦TEL|02381 / 44 70 21⟧).
- Eheleute ⟦P|Lewandowski⟧: Glückwunschschreiben zweisprachig (deutsch/polnisch).
- Geschenke: Jubiläumswein 2 Fl. bzw. Blumen (Rahmenvertrag Blumen Hövelmann GmbH).

Rückfragen: Protokoll, Theodor-Heuss-Platz 16, 59065 Hamm - protokoll@stadt.hamm.de
""",
    [
        "Alters- und Ehejubiläen Februar 2027",
        "§ 50 Abs. 2 BMG",
        "Seniorenzentrum St. Josef",
        "Blumen Hövelmann GmbH",
        "protokoll@stadt.hamm.de",
    ],
)
IB_WG = [
    make_iban("DE", b, spaced=False)
    for b in (
        "430500010009417723",
        "430700240188204100",
        "430609670401882200",
        "360100430611120433",
        "430500010032200917",
    )
]
IB_VONOVIA_WG = make_iban("DE", "360400390125874300", spaced=False)
WG_TABLE = pipe_table(
    (13, 25, 22, 23, 6),
    ("Kassenzeichen", "Empfänger", "IBAN", "Zahlgrund", "Betrag"),
    ("⟦AZ|8.5011.204417⟧", "⟦P|Yilmaz, Ayten⟧", f"⟦IBAN|{IB_WG[0]}⟧", "WoGG 02/27 lfd.", "214,00"),
    (
        "⟦AZ|8.5011.204532⟧",
        "⟦P|Wróblewski, Marek⟧",
        f"⟦IBAN|{IB_WG[1]}⟧",
        "WoGG 02/27 lfd.",
        "96,00",
    ),
    (
        "⟦AZ|8.5011.205001⟧",
        "Vonovia SE (f. ⟦P|Adeyemi⟧)",
        IB_VONOVIA_WG,
        "WoGG 02/27 Direktz.",
        "388,00",
    ),
    (
        "⟦AZ|8.5011.205119⟧",
        "⟦P|Hoffmann, Renate⟧",
        f"⟦IBAN|{IB_WG[2]}⟧",
        "WoGG Nachz. 11/26-01/27",
        "531,00",
    ),
    ("⟦AZ|8.5011.205377⟧", "⟦P|Stoica, Florin⟧", f"⟦IBAN|{IB_WG[3]}⟧", "WoGG 02/27 lfd.", "172,00"),
    (
        "⟦AZ|8.5011.205440⟧",
        "⟦P|Brinkmann, Uwe⟧ (Verm.)",
        f"⟦IBAN|{IB_WG[4]}⟧",
        "WoGG 02/27 Direktz.",
        "245,00",
    ),
    outer=False,
)

pii(
    "table",
    f"""
Stadt Bochum - Amt für Soziales - Wohngeld
Zahlliste Lauf 2027-02 (Auszug, 6 von 1.842 Fällen)    erstellt 27.01.2027  Benutzer WG-BO-07
Zahltag: 01.02.2027 - Übergabe an Stadtkasse (Zahlungsverkehr)

{WG_TABLE}

Summe Auszug: 1.646,00 EUR
Hinweise zur Prüfung:
* Fall ⟦AZ|8.5011.205001⟧: Direktzahlung an Vermieterin nach § 26 Abs. 1 WoGG, Antragsteller
  Hr. ⟦P|Adeyemi⟧, ⟦P|Oluwaseun⟧ (geb. ⟦DOB|5.5.1979⟧) hat zugestimmt; Mietrückstand 2 Monate.
* Fall ⟦AZ|8.5011.205440⟧: Direktzahlung an privaten Vermieter ⟦P|Brinkmann⟧ für Mieterin
  ⟦P|Sevim Kara⟧, ⟦STR|Dorstener Str. 411⟧, ⟦LOC|44809 Bochum⟧ - Abtretungserklärung liegt vor.
* Fall ⟦AZ|8.5011.205119⟧: Nachzahlung wg. Widerspruch (Bescheid vom 07.01.2027 geändert).

Freigabe: Sachgebietsleitung (4-Augen) - Rückfragen wohngeld@bochum.de, 0234 910-0
""",
    [
        "Zahlliste Lauf 2027-02",
        "Vonovia SE",
        IB_VONOVIA_WG,
        "Summe Auszug: 1.646,00 EUR",
        "§ 26 Abs. 1 WoGG",
    ],
)

KITA_TABLE = pipe_table(
    (3, 27, 10, 26, 14, 6),
    ("Pl.", "Kind", "geb.", "Sorgeberechtigte", "Stadtteil", "Punkte"),
    (
        "1",
        "⟦P|Yıldırım, Zeynep⟧",
        "⟦DOB|02.04.24⟧",
        "⟦P|Yıldırım, Emre⟧ + ⟦P|Selin⟧",
        "⟦LOC|Altendorf⟧",
        "18",
    ),
    (
        "2",
        "⟦P|Krüger, Paul⟧",
        "⟦DOB|19.12.23⟧",
        "⟦P|Krüger, Sandra⟧ (allein)",
        "⟦LOC|Frohnhausen⟧",
        "17",
    ),
    ("3", "⟦P|Osei, Abena⟧", "⟦DOB|07.07.24⟧", "⟦P|Osei, Kwame⟧", "⟦LOC|Altendorf⟧", "15"),
    (
        "4",
        "⟦P|Popović, Luka⟧",
        "⟦DOB|30.01.24⟧",
        "⟦P|Popović, Jelena⟧",
        "⟦LOC|Holsterhausen⟧",
        "15",
    ),
    (
        "5",
        "⟦P|Hassan, Amira⟧",
        "⟦DOB|11.03.24⟧",
        "⟦P|Hassan, Ahmad⟧ + ⟦P|Dalia⟧",
        "⟦LOC|Altendorf⟧",
        "12",
    ),
    (
        "6",
        "⟦P|Lehmann-Öztürk, Mats⟧",
        "⟦DOB|25.05.24⟧",
        "⟦P|Lehmann, Jana⟧",
        "⟦LOC|Frohnhausen⟧",
        "11",
    ),
    ("7", "⟦P|Wu, Yichen⟧", "⟦DOB|14.02.24⟧", "⟦P|Wu, Hao⟧", "Zuzug ⟦LOC|Regensburg⟧", "9"),
)

pii(
    "table",
    f"""
Jugendamt Essen - Kindertagesbetreuung - Platzvergabe U3 zum 01.08.2027
Einrichtung: Städt. Kita Ehrenzeller Platz (Träger: Stadt Essen), freie U3-Plätze: 5

{KITA_TABLE}

Punkte nach Vergaberichtlinie (Berufstätigkeit, Alleinerziehend, Geschwisterkind,
Sozialraum). Bei Punktgleichheit entscheidet das Alter des Kindes.

Ergebnis Vergabekonferenz 11.02.2027: Zusage Pl. 1-5; Pl. 6 und 7 Warteliste.
Pl. 7: Familie zieht erst 06/2027 zu (aktuell ⟦STR|Maximilianstr. 19⟧, ⟦LOC|93047 Regensburg⟧),
Rückfrage Vater per Mail an ⟦MAIL|hao.wu.rgb@web.de⟧.
Zusagen über den Kita-Navigator bis 18.02.2027, Annahmefrist 14 Tage.
Kontakt: kita-platzvergabe@jugendamt.essen.de / 0201 88-0
""",
    [
        "Platzvergabe U3 zum 01.08.2027",
        "Städt. Kita Ehrenzeller Platz",
        "Vergabekonferenz 11.02.2027",
        "Annahmefrist 14 Tage",
        "kita-platzvergabe@jugendamt.essen.de",
    ],
)
# ---------------------------------------------------------------------------------------------
# letter
# ---------------------------------------------------------------------------------------------

pii(
    "letter",
    """
⟦P|Abdullah Khalaf⟧
⟦STR|Bahnhofstraße 98⟧
⟦LOC|44623 Herne⟧
Handy ⟦TEL|0152 / 0841 7790⟧

An
Jobcenter Herne
Eingangszone
44623 Herne

Herne 19.1.2027

Betreff: meine Nummer ⟦AZ|36402//0048815⟧ - Brief vom 05.01.2027 Sie wollen Geld zurück

Sehr geerte Damen und Herren,

ich bin Herr ⟦P|Khalaf⟧ und ich habe Brief bekommen das ich 612,40 Euro zurück zahlen muss.
Ich verstehe nicht warum. Ich habe alles gesagt. Meine Frau ⟦P|Nadia⟧ hat im November
Arbeit angefangen bei Reinigung (Minijob) und ich habe am 28.11. die Lohnzettel gegeben
in Eingangszone, die Frau hat gesagt ist gut. Ich habe keine Kopie von Stempel, tut mir leid.

Mein Sohn ⟦P|Ahmad⟧ (geboren ⟦DOB|3.8.2008⟧) macht jetzt Ausbildung, er wohnt noch bei uns. Ist
das auch ein Problem? Bitte erklären Sie mir langsam, mein Deutsch ist noch nicht gut,
ich mache B1 Kurs in der VHS.

Kann ich Termin haben mit Dolmetscher Arabisch? Oder mein Nachbar Herr ⟦P|Brauckmann⟧
kann mitkommen, er hilft mir immer.

Ich zahle gerne zurück wenn es richtig ist, aber bitte in kleine Teile, 20 Euro jeden Monat.
Wir haben 4 Kinder.

Vielen Dank
Mit freundlichen Grüßen

⟦P|عبدالله خلف⟧
⟦P|Abdullah Khalaf⟧

Anlage: Kopie Brief vom 05.01.2027, Kopie Arbeitsvertrag ⟦P|Nadia Khalaf⟧
""",
    [
        "Jobcenter Herne",
        "Brief vom 05.01.2027",
        "612,40 Euro",
        "20 Euro jeden Monat",
        "B1 Kurs in der VHS",
    ],
    allow=("44623 Herne",),
)
pii(
    "letter",
    """
Von: ⟦P|Florentina Lăcătuș⟧
⟦STR|Mallinckrodtstraße 190, 2. Etage⟧, bei Fam. ⟦P|Rusu⟧ (Klingel ⟦P|Rusu⟧)
⟦LOC|44147 Dortmund⟧
tel ⟦TEL|0049 1521 773 40 19⟧

An Stadt Dortmund
Bürgerdienste / Bürgerbüro Innenstadt-Nord
Olpe 1, 44135 Dortmund

Dortmund, 3 februarie 2027

Betreff: Anmeldung und Meldebescheinigung für Kindergeld (Familienkasse)

Sehr geehrte Damen und Herren,

ich schreibe weil ich nicht finde Termin im Internet, immer alles voll. Ich wohne seit
1. Dezember 2026 in ⟦LOC|Dortmund⟧ mit meine zwei Kinder ⟦P|Ianis⟧ (⟦DOB|12.02.2017⟧) und ⟦P|Bianca⟧
(⟦DOB|28.10.2019⟧). Vorher wir wohnen in Rumänien: ⟦STR|Strada Bucegi nr. 7, bl. A2, sc. 1, ap. 9⟧,
⟦LOC|550217 Sibiu⟧. Die Familienkasse sagt, ohne Meldebescheinigung kein Kindergeld.

Mein Ausweis ist rumänische Carte de identitate, Nummer ⟦PASS|SB 771204⟧, gültig bis 2030.
Die Kinder haben Pass (Pașaport) ⟦PASS|058221734⟧ und ⟦PASS|058221751⟧.
Wohnungsgeber ist Herr ⟦P|Rusu⟧, ⟦P|Gheorghe⟧, er hat Papier unterschrieben (Kopie dabei).

Ich arbeite bei Reinigungsfirma CleanWest Gebäudeservice GmbH, Schicht früh, darum kann ich
nur nach 13 Uhr kommen. Bitte geben Sie mir einen Termin, oder kann ich mit Post machen?
Mein Cousin ⟦P|Marius Lăcătuș⟧ aus ⟦LOC|Lünen⟧ kann übersetzen, er spricht gut Deutsch.

Mulțumesc / Danke schön
⟦P|Lăcătuș Florentina⟧

Anlagen: Kopie Ausweis, Wohnungsgeberbestätigung, Geburtsurkunden (Certificat de naștere)
""",
    [
        "Bürgerbüro Innenstadt-Nord",
        "Olpe 1, 44135 Dortmund",
        "Familienkasse",
        "CleanWest Gebäudeservice GmbH",
        "nach 13 Uhr",
    ],
    allow=("Dortmund",),
)
pii(
    "letter",
    """
RUHRANWÄLTE Rechtsanwaltsgesellschaft mbH
Kettwiger Straße 2-10 · 45127 Essen · Tel. 0201 24 68 0-0 · Fax 0201 24 68 0-99
HRB 30915 Amtsgericht Essen

Rechtsanwältin Dr. ⟦P|Aylin Demirci-Hoffmann⟧
Durchwahl ⟦TEL|0201 24680-214⟧ · ⟦MAIL|a.demirci-hoffmann@ruhranwaelte.de⟧
Unser Zeichen: ⟦AZ|27/0133⟧ AD/kr

Stadt Essen
Amt für Straßen und Verkehr - Verwaltungsgebühren
45121 Essen
- vorab per Fax -                                                  Essen, 08.02.2027

Ihr Gebührenbescheid vom 14.01.2027, Kassenzeichen ⟦AZ|6.6201.880417.2⟧
Mandant: Herr ⟦P|Marco Ferrante⟧, ⟦STR|Zweigertstraße 33⟧, ⟦LOC|45130 Essen⟧
Fahrzeug: ⟦KFZ|E-MF 1707⟧

Sehr geehrte Damen und Herren,

wir zeigen an, dass wir Herrn ⟦P|Ferrante⟧ vertreten; Vollmacht anbei. Namens und im Auftrag
unseres Mandanten legen wir gegen den oben genannten Bescheid

                              W i d e r s p r u c h

ein. Mit dem Bescheid werden Kosten der Umsetzung des Fahrzeugs von 284,50 EUR sowie eine
Verwaltungsgebühr von 62,00 EUR festgesetzt. Das mobile Haltverbotsschild in der
Rüttenscheider Straße wurde nach den uns vorliegenden Lichtbildern erst am 02.01.2027
aufgestellt; unser Mandant hatte sein Fahrzeug bereits am 30.12.2026 dort abgestellt und
befand sich bis 05.01.2027 bei seiner Familie in ⟦LOC|Lecce⟧. Die Vorlaufzeit von
72 Stunden war damit nicht gewahrt (vgl. OVG NRW, Beschluss vom 13.09.2016 - 5 A 470/14).

Wir beantragen, den Bescheid aufzuheben und die Aussetzung der Vollziehung nach
§ 80 Abs. 4 VwGO. Zeugin für das Abstellen ist Frau ⟦P|Chiara Lombardi⟧, zu laden über uns.
Um Akteneinsicht wird gebeten.

Mit freundlichen Grüßen

Dr. ⟦P|Demirci-Hoffmann⟧
Rechtsanwältin
""",
    [
        "RUHRANWÄLTE Rechtsanwaltsgesellschaft mbH",
        "Kettwiger Straße 2-10 · 45127 Essen",
        "Tel. 0201 24 68 0-0",
        "284,50 EUR",
        "§ 80 Abs. 4 VwGO",
    ],
)

pii(
    "letter",
    """
Kanzlei Vest Legal Rechtsanwalts-GmbH · Osterfelder Str. 21 · 46236 Bottrop

Stadt Bottrop
Ausländerbehörde
Ernst-Wilczok-Platz 1
46236 Bottrop
                                                          Bottrop, den 22. Januar 2027
Ihr Az.: ⟦AZ|32-2-AE-01941⟧ - Unser Az.: ⟦AZ|412/26⟧ RK
Sachbearbeitung: RA ⟦P|Robert Kaczmarczyk⟧, Tel. ⟦TEL|02041 / 77 90 13⟧

Antrag auf Erteilung einer Aufenthaltserlaubnis nach § 25b AufenthG
für Herrn ⟦P|Dilovan Şêxo⟧ (auch: ⟦P|Dilowan Scheicho⟧), geb. ⟦DOB|17.04.1984⟧ in ⟦LOC|Qamişlo⟧,
sowie Ehefrau ⟦P|Nesrîn Şêxo⟧ und die Kinder ⟦P|Roj⟧ (⟦DOB|2013⟧), ⟦P|Berfîn⟧ (⟦DOB|2016⟧) und ⟦P|Zelal⟧ (⟦DOB|2020⟧)

Sehr geehrte Frau ⟦P|Ostendorf⟧,

unter Bezugnahme auf unser Telefonat vom 19.01.2027 beantragen wir für unsere Mandanten die
Erteilung von Aufenthaltserlaubnissen nach § 25b AufenthG. Die Familie ist seit Oktober
2019 im Bundesgebiet geduldet (Duldungen Nr. ⟦ID|ID_DILOVAN⟧ und ⟦ID|ID_NESRIN⟧) und lebt in
⟦STR|Horster Straße 40, 1. OG⟧, ⟦LOC|46236 Bottrop⟧.

Die Voraussetzungen liegen vor: Herr ⟦P|Şêxo⟧ arbeitet seit 2022 in Vollzeit als Lagerist bei
der Emscher Frischelogistik GmbH; die Familie bezieht keine Leistungen mehr. Deutschkenntnisse
A2 sind durch Zertifikate belegt. Die Kinder besuchen die Grundschule Welheim bzw. das
Josef-Albers-Gymnasium. Ein syrischer Reisepass wurde am 04.11.2026 beim Konsulat beantragt
(Passnummer nach Ausstellung: ⟦PASS|N018823319⟧, Übersendung folgt).

Die kurdischen Namen werden in den Urkunden unterschiedlich transliteriert; wir bitten, in
den Titeln die Schreibweise des Passes (⟦P|SHEIKHO⟧) zu verwenden.

Mit freundlichen Grüßen
⟦P|Kaczmarczyk⟧, Rechtsanwalt
""".replace("ID_DILOVAN", id_number("NG3T8W1K6")).replace("ID_NESRIN", id_number("NG3T8W2L1")),
    [
        "Ernst-Wilczok-Platz 1",
        "§ 25b AufenthG",
        "Emscher Frischelogistik GmbH",
        "Josef-Albers-Gymnasium",
        "Bottrop, den 22. Januar 2027",
    ],
    allow=("46236 Bottrop",),
)
pii(
    "letter",
    """
⟦P|Hans-Joachim Terfurth⟧                              Mülheim an der Ruhr, 02.02.2027
⟦STR|Saarner Kuppe 14⟧
⟦LOC|45481 Mülheim-Saarn⟧
Telefon ⟦TEL|0208/48 55 07⟧ (AB, ich rufe zurück)

Stadt Mülheim an der Ruhr
Amt für Verkehrswesen und Tiefbau
- Winterdienst -
Hans-Böckler-Platz 5
45468 Mülheim an der Ruhr

Beschwerde über den Winterdienst in meiner Straße / Ihr Schreiben vom 27.01.

Sehr geehrte Damen und Herren,

ich bin 81 Jahre alt (Jahrgang ⟦DOB|1945⟧) und wohne seit 1979 in meinem Haus. In diesem
Winter wurde unser Straßenabschnitt nicht ein einziges Mal geräumt. Am
19. Januar bin ich auf dem Weg zur Bushaltestelle "Saarn Klostermarkt" gestürzt und habe mir
das Handgelenk gebrochen (Evangelisches Krankenhaus Mülheim, ambulant).

Laut Ihrem Schreiben vom 27.01.2027 (Ihr Zeichen ⟦AZ|66-3 WD 0412/27⟧) sei die Straße in
Räumklasse III und werde "nachrangig" geräumt. Das mag sein, aber hier wohnen viele ältere
Menschen. Meine Nachbarin, Frau ⟦P|Gertrud Hesselmann⟧ (Haus nebenan), verlässt seit Wochen das Haus
nicht mehr. Ihr Sohn ⟦P|Ralf⟧ kommt extra aus ⟦LOC|Velbert⟧ zum Einkaufen.

Ich bitte Sie daher,
1. die Einstufung der Straße zu überprüfen und
2. mir mitzuteilen, an wen ich mich wegen meines Schadens wenden kann
   (Haftpflichtversicherung der Stadt?).

Eine Kopie dieses Schreibens geht an die Bezirksvertretung 3 und an den Seniorenbeirat.

Mit freundlichen Grüßen

⟦P|H.-J. Terfurth⟧
""",
    [
        "Amt für Verkehrswesen und Tiefbau",
        "Hans-Böckler-Platz 5",
        "Räumklasse III",
        "Bezirksvertretung 3",
        "Evangelisches Krankenhaus Mülheim",
    ],
    allow=("Hans",),
)
pii(
    "letter",
    """
⟦P|Людмила Гнатюк⟧ / ⟦P|Liudmyla Hnatiuk⟧
⟦STR|Rigaer Str. 5, Whg. 37⟧
⟦LOC|18107 Rostock-Lütten Klein⟧
тел. ⟦TEL|+49 (0)157 34 02 118⟧

Hansestadt Rostock
Amt für Migration und Integration / Ausländerbehörde
St.-Georg-Straße 109
18055 Rostock

Rostock, 14.01.2027

Antrag: Streichung Wohnsitzauflage - Umzug zu meiner Tochter nach ⟦LOC|Witten⟧ (NRW)
Aktenzeichen (steht auf meinem Brief): ⟦AZ|AMI-UA-2022-07731⟧

Sehr geehrte Damen und Herren,

ich heiße ⟦P|Liudmyla Hnatiuk⟧, ich bin 71 Jahre alt (geboren ⟦DOB|07.03.1955⟧ in ⟦LOC|Mykolajiw⟧ /
⟦LOC|Миколаїв⟧). Seit 2022 wohne ich in ⟦LOC|Rostock⟧ mit § 24. Ich bin allein, mein Mann ist
gestorben im Mai 2024.

Meine Tochter ⟦P|Tetiana Schulte⟧ (⟦P|Тетяна⟧) wohnt mit Familie in ⟦LOC|58453 Witten⟧, ⟦STR|Ardeystraße 71⟧.
Sie hat Arbeit und eine Wohnung mit Zimmer für mich. Ich habe Diabetes und Herz, ich brauche
Hilfe jeden Tag. Hier in ⟦LOC|Rostock⟧ habe ich niemand.

Будь ласка, допоможіть мені. Please help me.

Ich lege bei:
- Kopie Reisepass ⟦PASS|FT117043⟧ und Aufenthaltstitel (eAT) Nr. ⟦ID|ID_HNATIUK⟧
- Attest Hausarzt (Dr. ⟦P|Wendt⟧) vom 10.01.2027
- Bestätigung Tochter + Mietvertrag
- Telefon Tochter: ⟦TEL|0176-55 81 20 46⟧

Das Sozialamt sagt, ich muss zuerst Ausländerbehörde fragen. Bitte schicken Sie die
Zustimmung auch an Stadt Witten, Ausländerbehörde.

Vielen Dank! З повагою
⟦P|Л. Гнатюк⟧
""".replace("ID_HNATIUK", id_number("YK2X07RC4", check=True)),
    [
        "Amt für Migration und Integration",
        "St.-Georg-Straße 109",
        "Rostock, 14.01.2027",
        "Streichung Wohnsitzauflage",
        "Stadt Witten, Ausländerbehörde",
    ],
    allow=("Rostock", "Witten"),
)
# ---------------------------------------------------------------------------------------------
# email_thread
# ---------------------------------------------------------------------------------------------

MS_FIRST = """Hallo,

ich studiere seit Oktober an der Uni Münster (Informatik) und wohne in einer WG in der
⟦STR|Wolbecker Str. 141⟧, ⟦LOC|48155 Münster⟧. Mein Hauptwohnsitz ist bei meinen Eltern in ⟦LOC|Leipzig⟧.
Jetzt habe ich einen Brief bekommen wegen Zweitwohnungsteuer (Kassenzeichen ⟦AZ|ZWS-2026-18847⟧).
Muss ich das wirklich zahlen? Ich habe nur ein Zimmer, 14 qm.

Viele Grüße
⟦P|Nguyen Hoang Anh⟧ (⟦P|Anh⟧)
geb. ⟦DOB|21.01.2005⟧"""

MS_REPLY = """Sehr geehrte Frau ⟦P|Nguyen⟧,

die Zweitwohnungsteuer fällt auch für ein WG-Zimmer an, wenn es sich um eine Nebenwohnung
handelt. Sie beträgt in Münster 15 % der Nettokaltmiete. Als Studentin können Sie aber
prüfen, ob Münster Ihr Hauptwohnsitz sein sollte (vorwiegend benutzte Wohnung, § 22 BMG).
Eine Ummeldung wäre dann im Bürgerbüro möglich; die Steuer entfällt ab dem Monat danach.

Mit freundlichen Grüßen
Im Auftrag
⟦P|Benedikt Schürmann⟧
Stadt Münster - Steueramt, Zweitwohnungsteuer
Tel. ⟦TEL|0251 492-2148⟧ | ⟦MAIL|schuermann.b@stadt-muenster.de⟧
Stadthaus 1, Klemensstraße 10, 48143 Münster | steueramt@stadt-muenster.de"""

pii(
    "email_thread",
    f"""
Von: ⟦P|Anh Nguyen⟧ <⟦MAIL|anh.nguyen2005@uni-muenster.de⟧>
Gesendet: Montag, 8. Februar 2027 21:14
An: ⟦P|Schürmann, Benedikt⟧ (Steueramt)
Betreff: AW: AW: Zweitwohnungsteuer ⟦AZ|ZWS-2026-18847⟧

Danke für die schnelle Antwort! Ich bin eigentlich fast immer hier, nur in den Ferien in
⟦LOC|Leipzig⟧. Dann melde ich mich um. Brauche ich einen Termin? Mein Ausweis ist neu
(⟦ID|ID_ANH⟧), auf der Karte steht noch die Adresse in ⟦LOC|Leipzig⟧.

⟦P|Anh⟧

Am 08.02.2027 um 10:02 schrieb ⟦P|Schürmann, Benedikt⟧:
{quoted(MS_REPLY)}
>
> -----Ursprüngliche Nachricht-----
> Von: ⟦MAIL|anh.nguyen2005@uni-muenster.de⟧
> Gesendet: Sonntag, 7. Februar 2027 18:40
{quoted(MS_FIRST, "> > ")}
""".replace("ID_ANH", id_number("L01XR7GK3").lower()),
    [
        "Zweitwohnungsteuer",
        "15 % der Nettokaltmiete",
        "§ 22 BMG",
        "Klemensstraße 10, 48143 Münster",
        "steueramt@stadt-muenster.de",
    ],
)
HA_FIRST = """Sehr geehrter Herr ⟦P|Böhmer⟧,

bei der Ortsbesichtigung am 26.01.2027 im Objekt ⟦STR|Wehringhauser Str. 52⟧, ⟦LOC|58089 Hagen⟧,
Wohnung 2. OG rechts (Mieter: Familie ⟦P|Mansour⟧, ⟦P|Samir⟧ und ⟦P|Hiba⟧ mit drei Kindern),
wurde großflächiger Schimmelbefall im Kinderzimmer und im Bad festgestellt. Ursache ist
nach erster Einschätzung eine undichte Fallleitung.

Wir bitten Sie, bis zum 19.02.2027 mitzuteilen, welche Maßnahmen Sie ergreifen. Andernfalls
prüfen wir eine Anordnung nach dem Wohnraumstärkungsgesetz NRW (WohnStG).

Mit freundlichen Grüßen
⟦P|Katrin Aufderheide⟧
Stadt Hagen | Fachbereich Jugend und Soziales | Wohnungsaufsicht
Tel. ⟦TEL|02331 207-3561⟧ | wohnungsaufsicht@stadt-hagen.de
Aktenzeichen: ⟦AZ|55/WA-0044/27⟧"""

HA_REPLY = """Sehr geehrte Frau ⟦P|Aufderheide⟧,

ich habe die Firma Dachtechnik Lenne GmbH beauftragt, die kommt am 12.02. Der Schimmel
kommt aber meiner Meinung nach auch vom falschen Lüften, Familie ⟦P|Mansour⟧ trocknet Wäsche
in der Wohnung. Ich habe das schon 2025 schriftlich gesagt.

Gruß ⟦P|W. Böhmer⟧"""

pii(
    "email_thread",
    f"""
From: Aufderheide, Katrin <⟦MAIL|k.aufderheide@stadt-hagen.de⟧>
To: ⟦MAIL|werner.boehmer@gmx.de⟧
Cc: wohnungsaufsicht@stadt-hagen.de
Date: Thu, 04 Feb 2027 14:31:07 +0100
Subject: AW: Ortsbesichtigung Wehringhauser Str. 52 - Ihr Schreiben

Sehr geehrter Herr ⟦P|Böhmer⟧,

danke für die Information. Bitte senden Sie uns nach dem Termin am 12.02. den Bericht der
Fachfirma. Unabhängig vom Lüftungsverhalten muss die Leitung repariert werden. Eine
Nachbesichtigung ist für den 24.02.2027, 10:00 Uhr, vorgesehen; die Mieter sind informiert.

Mit freundlichen Grüßen
⟦P|Katrin Aufderheide⟧

-----Original Message-----
From: ⟦P|Werner Böhmer⟧ <⟦MAIL|werner.boehmer@gmx.de⟧>
Sent: Wednesday, February 3, 2027 8:05 PM
{quoted(HA_REPLY)}
>
> ---- Am 28.01.2027 schrieb k.aufderheide@stadt-hagen.de ----
{quoted(HA_FIRST, "> > ")}
""".replace("From: Aufderheide, Katrin", "From: ⟦P|Aufderheide, Katrin⟧")
    .replace("schrieb k.aufderheide@stadt-hagen.de", "schrieb ⟦MAIL|k.aufderheide@stadt-hagen.de⟧")
    .replace(
        "Subject: AW: Ortsbesichtigung Wehringhauser Str. 52",
        "Subject: AW: Ortsbesichtigung ⟦STR|Wehringhauser Str. 52⟧",
    ),
    [
        "Wohnungsaufsicht",
        "wohnungsaufsicht@stadt-hagen.de",
        "Dachtechnik Lenne GmbH",
        "24.02.2027, 10:00 Uhr",
        "Wohnraumstärkungsgesetz NRW (WohnStG)",
    ],
)
BOT_SCHOOL = """Liebe Frau ⟦P|Hülsmann⟧,

⟦P|Jayden⟧ (Klasse 4b, geb. ⟦DOB|16.06.2016⟧) fehlt seit dem 11.01. unentschuldigt, insgesamt jetzt
14 Schultage. Die Mutter, Frau ⟦P|Sandra Kowalewski⟧, ist telefonisch nicht erreichbar
(⟦TEL|0176/30 44 81 27⟧ - Mailbox voll). Ein Brief an ⟦STR|Gladbecker Str. 77⟧ kam zurück
("unbekannt verzogen"). Der Vater, Herr ⟦P|Dennis Voß⟧, wohnt nach unserer Kenntnis in ⟦LOC|Kirchhellen⟧,
Kontakt haben wir keinen. Wir machen uns Sorgen.

Mit freundlichen Grüßen
⟦P|Petra Lindenblatt⟧, Klassenlehrerin 4b
Grundschule Welheim | Tel. 02041 70-6120 (Sekretariat)"""

pii(
    "email_thread",
    f"""
Von: ⟦P|Hülsmann, Sarah⟧ (Jugendamt, ASD Süd) <⟦MAIL|sarah.huelsmann@bottrop.de⟧>
Gesendet: Freitag, 29. Januar 2027 11:47
An: ⟦MAIL|p.lindenblatt@gs-welheim.bottrop.de⟧; sekretariat@gs-welheim.bottrop.de
Betreff: WG: Schulabsentismus ⟦P|Jayden K.⟧ - Bitte um Rückruf

Liebe Frau ⟦P|Lindenblatt⟧,

danke für Ihre Nachricht. Nach Auskunft des Bürgerbüros ist Frau ⟦P|Kowalewski⟧ seit dem
15.01. mit ⟦P|Jayden⟧ in ⟦LOC|46240 Bottrop-Eigen⟧, ⟦STR|Am Eigen 12⟧, gemeldet. Ich mache am Montag
einen unangekündigten Hausbesuch gemeinsam mit Kollegen ⟦P|Ntim⟧. Den Vater erreiche ich über
das Jugendamt Gladbeck nicht - Kirchhellen gehört zu Bottrop, ich prüfe das selbst.

Bitte melden Sie das Fehlen parallel nach dem Schulpflicht-Erlass an das Schulamt
(Bußgeldverfahren bleibt Sache des Schulamts). Unser Az. ⟦AZ|51-ASD-S 2027/0114⟧.

Herzliche Grüße
⟦P|Sarah Hülsmann⟧
Stadt Bottrop | Jugendamt | Allgemeiner Sozialer Dienst Süd
Tel. ⟦TEL|02041 70-5128⟧ | asd-sued@bottrop.de | Zentrale 02041 70-3

-----Ursprüngliche Nachricht-----
Von: ⟦P|Lindenblatt, Petra⟧ <⟦MAIL|p.lindenblatt@gs-welheim.bottrop.de⟧>
Gesendet: Donnerstag, 28. Januar 2027 15:02
Betreff: Schulabsentismus ⟦P|Jayden K.⟧
{quoted(BOT_SCHOOL)}
""",
    [
        "Allgemeiner Sozialer Dienst Süd",
        "Grundschule Welheim",
        "asd-sued@bottrop.de",
        "Zentrale 02041 70-3",
        "Schulpflicht-Erlass",
    ],
    allow=("Kirchhellen",),
)
KS_FORM = """*** Automatische Eingangsbestätigung - Online-Dienst Wunschkennzeichen ***
Vorgangsnummer: ⟦AZ|WKZ-KS-2027-031877⟧
Eingang: 01.02.2027 22:48:13   Absender-IP: ⟦IP|84.163.27.219⟧  (Gateway 10.48.2.1)

Antragsteller/in:   ⟦P|Karabulut, Cem⟧
Geburtsdatum:       ⟦DOB|1997-09-12⟧
Anschrift:          ⟦STR|Wolfhager Str. 229⟧, ⟦LOC|34127 Kassel⟧
E-Mail:             ⟦MAIL|cem.karabulut97@outlook.de⟧
Gewünschtes Kz.:    ⟦KFZ|KS-CK 1297⟧
Reservierung gültig bis 03.03.2027. Gebühr 12,80 EUR bei Zulassung.
Bitte bringen Sie Personalausweis, Zulassungsbescheinigung Teil II, eVB und SEPA-Mandat mit."""

pii(
    "email_thread",
    f"""
Von: Zulassungsstelle Stadt Kassel <kfz-zulassung@kassel.de>
An: ⟦MAIL|cem.karabulut97@outlook.de⟧
Datum: 03.02.2027, 09:12
Betreff: AW: Wunschkennzeichen ⟦AZ|WKZ-KS-2027-031877⟧ - Fahrzeug gehört der Firma?

Sehr geehrter Herr ⟦P|Karabulut⟧,

wenn das Fahrzeug auf die Firma Ihres Vaters (Karabulut Transporte GmbH) zugelassen werden
soll, muss die Reservierung auf die GmbH lauten. Eine Übertragung ist nicht möglich; bitte
reservieren Sie neu. Für die Zulassung auf die GmbH benötigen wir Handelsregisterauszug
(HRB 16904, Amtsgericht Kassel), Gewerbeanmeldung und eine Vollmacht des Geschäftsführers,
Herrn ⟦P|Ahmet Karabulut⟧. Die alte Reservierung ⟦KFZ|KS-CK 1297⟧ lassen wir verfallen.

Mit freundlichen Grüßen
Ihr Team der Kfz-Zulassungsstelle
Stadt Kassel, Straßenverkehrs- und Tiefbauamt, Obere Königsstraße 8, 34117 Kassel

> Am 02.02.2027 schrieb ⟦P|Cem Karabulut⟧:
> Hallo, ich habe gestern ein Wunschkennzeichen reserviert (s. unten). Der Wagen wird aber
> doch über die Firma von meinem Vater laufen. Geht das trotzdem? Handy ⟦TEL|0160-97 21 84 30⟧.
> Gruß ⟦P|Cem⟧
>
{quoted(KS_FORM)}
""",
    [
        "kfz-zulassung@kassel.de",
        "Karabulut Transporte GmbH",
        "HRB 16904, Amtsgericht Kassel",
        "Obere Königsstraße 8, 34117 Kassel",
        "Gebühr 12,80 EUR",
    ],
    allow=("Karabulut",),
)
SB_FIRST = """Hello,
I am working in Saarbrücken since November for Saar-Montage Industrieservice GmbH (welding).
My employer needs a Meldebescheinigung but I could not register yet because the appointment
system shows nothing until March. My address: ⟦STR|Mainzer Str. 88, Zimmer 4⟧, ⟦LOC|66121 Saarbrücken⟧
(room from my employer). Before I lived in ⟦LOC|Plovdiv⟧, ⟦STR|ul. "Kapitan Raycho" 56, et. 3⟧.
Can I register by e-mail? I send a photo of my ID card (лична карта № ⟦PASS|648803215⟧).

Best regards / Поздрави,
⟦P|Ivaylo Stoyanov⟧ (⟦P|Ивайло Стоянов⟧)
born ⟦DOB|04/22/1991⟧ (April 22)
mobile ⟦TEL|+359 88 714 2093⟧ and German ⟦TEL|0151 4120 7733⟧"""

pii(
    "email_thread",
    f"""
From: Bürgeramt Landeshauptstadt Saarbrücken <buergeramt@saarbruecken.de>
To: ⟦P|Ivaylo Stoyanov⟧ <⟦MAIL|ivo.stoyanov91@abv.bg⟧>
Subject: RE: Registration / Anmeldung - appointment
Date: 10 Feb 2027 08:55

Dear Mr ⟦P|Stoyanov⟧,

registration (Anmeldung) is not possible by e-mail; you must appear in person with your
identity card and the confirmation of your landlord (Wohnungsgeberbestätigung). Your
employer, as landlord of the room, must sign this form.

We have reserved an appointment for you:
  Bürgeramt Mitte, Gerberstraße 4, 66111 Saarbrücken
  Monday, 15.02.2027, 07:30, counter 3 - booking no. ⟦AZ|BA-SB-2027-448120⟧

Please note: the registration must be made within two weeks after moving in (§ 17 BMG).
Your delay will not be fined if you come to this appointment.

Kind regards / Mit freundlichen Grüßen
⟦P|Nadine Schmitt-Kerner⟧
Landeshauptstadt Saarbrücken - Bürgeramt
Tel. ⟦TEL|+49 681 905-1437⟧ (direct) - switchboard +49 681 905-0

-----Original Message-----
From: ⟦MAIL|ivo.stoyanov91@abv.bg⟧
Sent: Monday, 8 February 2027 19:20
To: buergeramt@saarbruecken.de
Subject: Registration / Anmeldung
{quoted(SB_FIRST)}
""",
    [
        "buergeramt@saarbruecken.de",
        "Gerberstraße 4, 66111 Saarbrücken",
        "Monday, 15.02.2027, 07:30, counter 3",
        "Saar-Montage Industrieservice GmbH",
        "switchboard +49 681 905-0",
    ],
)
# ---------------------------------------------------------------------------------------------
# advisor_chat
# ---------------------------------------------------------------------------------------------

pii(
    "advisor_chat",
    """
Chatprotokoll Gründungsberatung - Bochum Wirtschaftsentwicklung (Live-Chat auf der Website)
Sitzung #27-0412 | 19.01.2027 | Beraterin: ⟦P|Jana Ruhnau⟧ | Gast: "⟦P|emre.k⟧"

[14:02] ⟦P|emre.k⟧: hallo, ich will ein café aufmachen in bochum-langendreer, bin ⟦P|emre⟧ ⟦P|kaplan⟧
[14:03] ⟦P|Jana Ruhnau⟧: Hallo Herr ⟦P|Kaplan⟧, schön, dass Sie sich melden! Haben Sie schon ein Ladenlokal?
[14:05] ⟦P|emre.k⟧: ja, alte bäckerei in der Alten Bahnhofstr, vermieter ist eine GmbH (Hellweg Immobilien GmbH). Miete 1.450 warm
[14:06] ⟦P|emre.k⟧: mein schwager ⟦P|murat⟧ macht mit, der hat gastro erfahrung aus ⟦LOC|Köln⟧
[14:07] ⟦P|Jana Ruhnau⟧: Wollen Sie das zu zweit gründen? Dann wäre eine GbR oder UG denkbar. Für ein Café brauchen Sie außerdem eine Gaststättenerlaubnis nur, wenn Alkohol ausgeschenkt wird - sonst reicht die Gewerbeanmeldung.
[14:09] ⟦P|emre.k⟧: kein alkohol. nur kaffee, kuchen, börek 😊
[14:09] ⟦P|emre.k⟧: kann ich gründungszuschuss bekommen? ich bin seit oktober arbeitslos, kundennummer arbeitsagentur ⟦AZ|412D077195⟧
[14:11] ⟦P|Jana Ruhnau⟧: Bitte keine Kundennummern hier im Chat 🙂 Den Gründungszuschuss beantragen Sie bei der Agentur für Arbeit; Sie brauchen dafür eine Stellungnahme einer fachkundigen Stelle - das können wir übernehmen.
[14:12] ⟦P|Jana Ruhnau⟧: Ich schlage einen Termin vor: Mi 27.01.2027, 10:00 Uhr, im BOCHUM:impuls, Viktoriastraße 10. Bringen Sie bitte Ihren Businessplan-Entwurf mit.
[14:13] ⟦P|emre.k⟧: passt. meine nummer ⟦TEL|0157 8830 1942⟧ falls was ist. und mail ⟦MAIL|emre.kaplan.bo@gmail.com⟧
[14:14] ⟦P|Jana Ruhnau⟧: Danke! Bestätigung kommt per Mail. Meine Durchwahl: ⟦TEL|0234 61063-27⟧, allgemein gruendung@bochum-wirtschaft.de
[14:14] ⟦P|emre.k⟧: super danke jana 👍
[14:15] System: Chat beendet. Transkript gespeichert (Aufbewahrung 90 Tage).
""".replace("super danke jana", "super danke ⟦P|jana⟧"),
    [
        "Gründungsberatung",
        "Hellweg Immobilien GmbH",
        "Gründungszuschuss",
        "Mi 27.01.2027, 10:00 Uhr",
        "gruendung@bochum-wirtschaft.de",
    ],
)
pii(
    "advisor_chat",
    """
#gruendung-beratung · Wirtschaftsförderung Dortmund · startercenter NRW · Gastzugang
Thread "Finanzierung UG / NRW.BANK" - Export vom 04.02.2027

⟦P|Malte Kersting⟧ (WF Dortmund)  09:31
Moin zusammen! Wie besprochen hier der Thread für die Finanzierung eurer UG. Ist der
Gesellschaftsvertrag schon beim Notar?

⟦P|Rami Al-Khatib⟧  09:40
Guten Morgen Herr ⟦P|Kersting⟧, ja, Termin am 11.02. bei Notarin Dr. ⟦P|Tillmann⟧ am Westenhellweg.
Name wird "Codewerk Ruhr UG (haftungsbeschränkt)", Sitz im TechnoZentrum, Emil-Figge-Str. 76,
44227 Dortmund. ⟦P|lea⟧ und ich je 50 %.

⟦P|lea.brandhorst⟧  09:44
kurze frage: für den gründungskredit brauchen wir beide private auskunft (schufa) oder?
bei mir steht noch die alte adresse aus ⟦LOC|Paderborn⟧ drin 🙈

⟦P|Malte Kersting⟧ (WF Dortmund)  09:52
@⟦P|lea.brandhorst⟧ ja, die Hausbank fragt bei Gesellschafter-Geschäftsführern meist eine
Selbstauskunft ab. Alte Adresse ist kein Problem, aktualisieren lassen. Für den NRW.BANK
Gründungskredit (bis 100.000 EUR) geht der Antrag über die Hausbank, nicht direkt.

⟦P|Rami Al-Khatib⟧  10:03
Ok. Die Bank will auch meine Steuer-ID für das Formular - ist die hier sicher?
⟦TAX|TAX_RAMI⟧ - und meine Aufenthaltserlaubnis (Blaue Karte) ist bis 2029.

⟦P|Malte Kersting⟧ (WF Dortmund)  10:05
Bitte solche Nummern nicht hier posten, ich lösche das gleich 🙂 Schicken Sie die direkt
an die Bank. Blaue Karte EU ist für die Selbständigkeit neben der Anstellung wichtig -
bitte vorher mit der Ausländerbehörde klären (Nebentätigkeit).

⟦P|lea.brandhorst⟧  10:11
danke! ich ruf dich nächste woche an, ⟦P|malte⟧. meine neue nr: ⟦TEL|0177 / 240 88 13⟧

⟦P|Malte Kersting⟧ (WF Dortmund)  10:12
Gerne, ich bin unter ⟦TEL|0231 50-29418⟧ erreichbar. Nächster Schritt: Businessplan bis 20.02.
an startercenter@wirtschaftsfoerderung-dortmund.de, dann Bankgespräch.
""".replace("TAX_RAMI", make_steuer_id("5385601742", spaced=True)),
    [
        "Codewerk Ruhr UG (haftungsbeschränkt)",
        "Emil-Figge-Str. 76",
        "NRW.BANK",
        "Businessplan bis 20.02.",
        "startercenter@wirtschaftsfoerderung-dortmund.de",
    ],
)
pii(
    "advisor_chat",
    """
WhatsApp-Chat mit ⟦P|Linh⟧ Nagelstudio (Export, Diensthandy Wirtschaftsförderung Gelsenkirchen)
Hinweis: Export zur Akte Gründungsberatung, Einwilligung der Kundin liegt vor.

[12.01.27, 08:57] ⟦P|Linh⟧ Nagelstudio: Guten Morgen Frau ⟦P|Osterkamp⟧, hier ist ⟦P|Linh⟧ (⟦P|Trần Thị Mỹ Linh⟧) von gestern 🙏
[12.01.27, 08:58] ⟦P|Linh⟧ Nagelstudio: Name soll sein "Nails by ⟦P|Linh⟧", ist das ok für Gewerbeamt?
[12.01.27, 09:20] ⟦P|Tanja Osterkamp⟧: Guten Morgen! Ja, als Einzelunternehmerin dürfen Sie eine Geschäftsbezeichnung führen, im Geschäftsverkehr muss aber Ihr voller Name dabei stehen (z.B. auf Rechnungen).
[12.01.27, 09:21] ⟦P|Tanja Osterkamp⟧: Ladenlokal ist dann ⟦STR|Hochstraße 23⟧ in ⟦LOC|45894 Gelsenkirchen-Buer⟧?
[12.01.27, 09:25] ⟦P|Linh⟧ Nagelstudio: ja genau. Ich wohne aber Essen, ⟦STR|Altendorfer Str. 301⟧, ⟦LOC|45143 Essen⟧. Welche Adresse für Anmeldung?
[12.01.27, 09:31] ⟦P|Tanja Osterkamp⟧: Die Gewerbeanmeldung machen Sie in Gelsenkirchen, weil der Betrieb hier ist. Ihre Wohnadresse tragen Sie trotzdem ein.
[12.01.27, 09:32] ⟦P|Tanja Osterkamp⟧: Wichtig: Ihre Aufenthaltserlaubnis muss selbständige Tätigkeit erlauben. Steht auf dem Zusatzblatt "Erwerbstätigkeit gestattet"?
[12.01.27, 09:40] ⟦P|Linh⟧ Nagelstudio: [Bild]
[12.01.27, 09:40] ⟦P|Linh⟧ Nagelstudio: Karte Nr ⟦ID|ID_LINH⟧ steht das so
[12.01.27, 09:47] ⟦P|Tanja Osterkamp⟧: Super, das passt. Foto lösche ich wieder. Noch eine Frage: Meisterpflicht gibt es für Nageldesign nicht, aber die Hygieneverordnung gilt. Das Gesundheitsamt berät kostenlos.
[12.01.27, 09:49] ⟦P|Linh⟧ Nagelstudio: danke!! meine schwester ⟦P|Mai⟧ hilft am samstag, muss ich sie anmelden?
[12.01.27, 09:55] ⟦P|Tanja Osterkamp⟧: Ja, auch Minijob oder Aushilfe in der Familie bitte bei der Minijob-Zentrale anmelden. Wir sprechen das am 18.01. um 11 Uhr im Hans-Sachs-Haus durch.
[12.01.27, 09:56] ⟦P|Linh⟧ Nagelstudio: ok bis Montag! Im Mai mache ich dann Eröffnung 😊
[12.01.27, 09:58] ⟦P|Tanja Osterkamp⟧: 👍 Bei Fragen: ⟦TEL|0209 169-4312⟧ oder gruendung@gelsenkirchen.de
""".replace("ID_LINH", id_number("Y2M0H7KT5", check=True)),
    [
        "Wirtschaftsförderung Gelsenkirchen",
        "Geschäftsbezeichnung",
        "Hygieneverordnung",
        "Minijob-Zentrale",
        "gruendung@gelsenkirchen.de",
    ],
    allow=("Mai",),
)
pii(
    "advisor_chat",
    """
Beratungschat EWG Essener Wirtschaftsförderungsgesellschaft mbH - Team Gründung & Handel
Kanal: Messenger (Threema Work) - Gruppe "Foodtruck Souvla & Pasta" - 25.01.-02.02.2027

25.01. 18:22 ⟦P|Kostas N.⟧: Kalispera! Wir (⟦P|Kostas⟧ + ⟦P|Giulia⟧) wollen mit Foodtruck auf Wochenmärkte in Essen. Brauchen wir Reisegewerbekarte?
25.01. 18:24 ⟦P|Giulia R.⟧: e anche per eventi privati 🙂 (Hochzeiten etc.)
26.01. 08:45 ⟦P|Dirk Wellerdiek⟧ (EWG): Guten Morgen ihr zwei! Für Wochenmärkte braucht ihr keine Reisegewerbekarte, sondern eine Marktzulassung der Essener Marktverwaltung. Für freie Standorte ohne festen Platz schon. Wie wollt ihr firmieren?
26.01. 09:10 ⟦P|Kostas N.⟧: GbR. ⟦P|Nikolaidis⟧ & ⟦P|Rossi⟧ GbR oder "Souvla & Pasta GbR"?
26.01. 09:14 ⟦P|Dirk Wellerdiek⟧ (EWG): Beides geht, bei der GbR müssen eure Namen auf Rechnungen und am Wagen stehen. Bitte beide ein Gewerbe anmelden.
27.01. 20:03 ⟦P|Giulia R.⟧: Il furgone è già comprato 🚚 Kennzeichen ⟦KFZ|E-SP 2027⟧, auf mich zugelassen. Adresse ⟦STR|Rellinghauser Str. 155⟧, ⟦LOC|45128 Essen⟧
27.01. 20:05 ⟦P|Kostas N.⟧: ich wohne in ⟦LOC|Mülheim⟧, ⟦STR|Kaiserstr. 40⟧ - ist egal oder?
28.01. 08:30 ⟦P|Dirk Wellerdiek⟧ (EWG): Egal ja, Gewerbeanmeldung am Sitz des Betriebs (da, wo der Truck steht/verwaltet wird). Außerdem: Belehrung nach § 43 IfSG beim Gesundheitsamt für alle, die mit Lebensmitteln arbeiten, und Lebensmittelüberwachung informieren.
28.01. 08:31 ⟦P|Dirk Wellerdiek⟧ (EWG): Termin für Businessplan-Check: Mi 03.02., 15:00, Kennedyplatz 5. Meine Nummer: ⟦TEL|0201/82024-38⟧
02.02. 22:47 ⟦P|Giulia R.⟧: ⟦P|dirk⟧ scusa, domani ⟦P|kostas⟧ kommt 15 min später, er arbeitet noch im Restaurant von seinem Onkel in ⟦LOC|Oberhausen⟧
02.02. 22:50 ⟦P|Kostas N.⟧: 🙏 sorry!! Handy ⟦TEL|+49 172 884 3017⟧
""",
    [
        "Essener Wirtschaftsförderungsgesellschaft mbH",
        "Reisegewerbekarte",
        "§ 43 IfSG",
        "Mi 03.02., 15:00, Kennedyplatz 5",
        "Essener Marktverwaltung",
    ],
)
# ---------------------------------------------------------------------------------------------
# gewerbe
# ---------------------------------------------------------------------------------------------

pii(
    "gewerbe",
    """
Gewerbe-Anmeldung nach § 14 GewO - Online-Antrag (Export für Sachbearbeitung, GewA 1)
Stadt Dortmund - Ordnungsamt - Gewerbeangelegenheiten | Eingang 20.01.2027 | Antrag ⟦AZ|GEW-DO-27-001734⟧

[01] Registergericht/HR-Nr. ............ entfällt (nicht eingetragen)
[03] Name .............................. ⟦P|Baran⟧
[04] Vornamen .......................... ⟦P|Şivan Zerdeşt⟧
[05] Geschlecht ........................ männlich
[06] Geburtsdatum ...................... ⟦DOB|1989-05-23⟧
[07] Geburtsort, -land ................. ⟦LOC|Cizre⟧ / Türkei
[08] Staatsangehörigkeit ............... türkisch
[09] Anschrift Wohnung ................. ⟦STR|Münsterstraße 118, 3. OG⟧, ⟦LOC|44145 Dortmund⟧
[10] Telefon / E-Mail .................. ⟦TEL|0231 2247 190⟧ / ⟦MAIL|sivan.baran@web.de⟧
[11] Zahl der geschäftsführenden Gesellschafter ... 1
[15] Betriebsstätte .................... ⟦STR|Borsigplatz 6⟧, ⟦LOC|44145 Dortmund⟧
[16] Betriebsbezeichnung ............... Imbiss "⟦P|Zerdeşt⟧ Grill" (Inh. ⟦P|Ş. Baran⟧)
[17] Angemeldete Tätigkeit ............. Imbiss mit Verzehr an Ort und Stelle, ohne Alkohol
[18] Beginn ............................ 01.03.2027
[20] Art des Betriebes ................. Industrie [ ] Handwerk [ ] Handel [ ] Sonstiges [x]
[23] Zahl der Beschäftigten ............ Vollzeit 0 / Teilzeit 2
[27] Aufenthaltstitel .................. Niederlassungserlaubnis, eAT Nr. ⟦ID|ID_BARAN⟧
[28] Erlaubnis/Handwerkskarte .......... nicht erforderlich

Prüfvermerke (intern):
- Führungszeugnis / GZR-Auskunft angefordert 21.01.2027 (Belegart O/P)
- Hinweis Lebensmittelüberwachung + IHK zu Dortmund (automatisch)
- Gebühr 26,00 EUR online bezahlt (Transaktions-ID 7F3A-22C1 - Zahlungsdienstleister)
- Vornamen: im Pass "SIVAN ZERDEST" ohne Sonderzeichen -> Schreibweise lt. Pass ins Register?
  Rückfrage beim Antragsteller (Sb. Gw-14)
""".replace("ID_BARAN", id_number("Y7PN3L0CF", check=True)).replace(
        'im Pass "SIVAN ZERDEST"', 'im Pass "⟦P|SIVAN ZERDEST⟧"'
    ),
    [
        "Gewerbe-Anmeldung nach § 14 GewO",
        "Gewerbeangelegenheiten",
        "IHK zu Dortmund",
        "Gebühr 26,00 EUR",
        "Imbiss mit Verzehr an Ort und Stelle",
    ],
)
pii(
    "gewerbe",
    """
Stadt Oberhausen
Bereich 2-1 Recht und Ordnung - Gewerbeangelegenheiten
Schwartzstraße 72, 46045 Oberhausen

Postzustellungsurkunde
Herrn
⟦P|Dariusz Zieliński⟧
Inh. "⟦P|Zieliński⟧ Bau- und Fassadenservice e.K."
⟦STR|Mülheimer Straße 311⟧
⟦LOC|46049 Oberhausen⟧
                                          Oberhausen, 05.02.2027
Az.: ⟦AZ|2-1/GU-0007/27⟧ - Ansprechpartnerin: Frau ⟦P|Brockhoff⟧, Zi. 214, Tel. ⟦TEL|0208 825-2619⟧

Anhörung vor Erlass einer Gewerbeuntersagung nach § 35 Abs. 1 GewO
Ihr Gewerbe: Fassaden- und Trockenbauarbeiten, angemeldet seit 01.04.2019,
Handelsregister ⟦HR|HRA 22187⟧ (Amtsgericht Duisburg)

Sehr geehrter Herr ⟦P|Zieliński⟧,

nach Mitteilung des Finanzamts Oberhausen-Nord bestehen bei Ihnen Steuerrückstände in Höhe
von 38.412,77 EUR, die seit über einem Jahr nicht abgebaut wurden. Zusätzlich liegen uns
Rückstandsmeldungen der AOK Rheinland/Hamburg über Sozialversicherungsbeiträge vor. Nach
Auskunft aus dem Gewerbezentralregister wurde gegen Sie am 14.09.2025 ein Bußgeld wegen
Schwarzarbeit festgesetzt.

Diese Tatsachen begründen Zweifel an Ihrer gewerberechtlichen Zuverlässigkeit. Wir
beabsichtigen daher, Ihnen die Ausübung des Gewerbes sowie jeder anderen selbständigen
Tätigkeit im stehenden Gewerbe zu untersagen (erweiterte Gewerbeuntersagung).

Sie erhalten Gelegenheit, sich bis zum 05.03.2027 zu äußern (§ 28 VwVfG NRW). Ein
tragfähiger Tilgungsplan mit dem Finanzamt kann berücksichtigt werden. Ihr Betriebsleiter,
Herr ⟦P|Andrzej Mazur⟧, erhält eine Abschrift zur Kenntnis.

Mit freundlichen Grüßen
Im Auftrag
⟦P|Brockhoff⟧
""",
    [
        "Schwartzstraße 72, 46045 Oberhausen",
        "§ 35 Abs. 1 GewO",
        "38.412,77 EUR",
        "bis zum 05.03.2027",
        "Gewerbezentralregister",
    ],
)

pii(
    "gewerbe",
    """
Stadt Herne - Fachbereich Öffentliche Ordnung - Gewerbemeldestelle
Vermerk zur Umwandlung / Abmeldung und Neuanmeldung - 12.02.2027 - Sb. Gw/Ko

1) ABMELDUNG (GewA 3) zum 28.02.2027
   Einzelunternehmen "Taverna ⟦P|Kalogeropoulos⟧", Inh. ⟦P|Vasileios Kalogeropoulos⟧, geb. ⟦DOB|09.09.1972⟧
   Betriebsstätte ⟦STR|Bahnhofstraße 54⟧, ⟦LOC|44623 Herne⟧ - Wohnung ⟦STR|Overwegstr. 7⟧, ⟦LOC|44625 Herne⟧
   Grund: Übergang auf Gesellschaft (Umwandlung), kein Aufgabegrund i.S.v. Insolvenz
   Gaststättenrechtliche Anzeige bisher auf Herrn ⟦P|Kalogeropoulos⟧ persönlich (Az. ⟦AZ|32-GA-0199/14⟧)

2) NEUANMELDUNG (GewA 1) zum 01.03.2027
   Kalogeropoulos Gastronomie GmbH, Bahnhofstraße 54, 44623 Herne
   Registergericht Bochum, HRB 21954, eingetragen 03.02.2027
   Geschäftsführer: ⟦P|Nikos Kalogeropoulos⟧ (Sohn), * ⟦DOB|2.11.98⟧, wh. ⟦STR|Overwegstr. 7⟧, ⟦LOC|44625 Herne⟧
   Tel. Betrieb 02323 92 40 60 (Festnetz der GmbH), privat ⟦TEL|0176 1209 6638⟧
   Tätigkeit: Schank- und Speisewirtschaft mit Alkoholausschank

Hinweise:
- Gaststättenanzeige nach GastG NRW muss für die GmbH neu erfolgen; Zuverlässigkeitsprüfung
  des Geschäftsführers (Führungszeugnis Belegart O, GZR) angefordert.
- Lebensmittelüberwachung: keine Änderung der Räume, Übergabe wird nur vermerkt.
- Alte Mitteilungen an IHK Mittleres Ruhrgebiet und Finanzamt Herne laufen automatisch.
- Vater ⟦P|Vasileios⟧ bleibt als Angestellter (Küche) im Betrieb; zieht im Sommer zurück
  nach ⟦LOC|Patras⟧.
""",
    [
        "Gewerbemeldestelle",
        "Kalogeropoulos Gastronomie GmbH, Bahnhofstraße 54, 44623 Herne",
        "HRB 21954",
        "02323 92 40 60",
        "IHK Mittleres Ruhrgebiet",
    ],
    allow=("Kalogeropoulos", "Bahnhofstraße 54", "44623 Herne"),
)
# ---------------------------------------------------------------------------------------------
# invoice
# ---------------------------------------------------------------------------------------------

HAMADI_ROWS = fixed(
    (5, 8, 58, 6, 8),
    ("Pos.", "Datum", "Leistung", "Std.", "EUR"),
    (
        "1",
        "12.01.",
        "Vorsprache Az. ⟦AZ|ABH-HA-3.2-1148⟧ (Hr. ⟦P|Ibrahim⟧), Arabisch",
        "1,5",
        "127,50",
    ),
    ("2", "12.01.", "Fahrtkosten (Nahbereich, pauschal)", "-", "12,00"),
    ("3", "19.01.", "Belehrung Duldung, Az. ⟦AZ|ABH-HA-3.2-0977⟧, Kurmancî", "1,0", "85,00"),
    ("4", "26.01.", "Übersetzung Geburtsurkunde (Syrien), 1 Seite, beglaubigt", "-", "48,00"),
    ("5", "26.01.", "Wartezeit (Termin verschoben)", "0,5", "42,50"),
)

IBAN_HAMADI = make_iban("DE", "410500950004418207")

pii(
    "invoice",
    f"""
⟦P|Rania Hamadi⟧ · Dolmetscherin und Übersetzerin (Arabisch, Kurdisch-Kurmancî, Deutsch)
allgemein beeidigt beim Landgericht Dortmund
⟦STR|Nordstraße 41a⟧ · ⟦LOC|59065 Hamm⟧ · Tel. ⟦TEL|02381 / 97 30 418⟧ · ⟦MAIL|info@hamadi-uebersetzungen.de⟧

Stadt Hamm
Ausländerbehörde
Theodor-Heuss-Platz 16
59065 Hamm

RECHNUNG Nr. 2027-009                                   Hamm, 29.01.2027
Leistungszeitraum: Januar 2027
Ihre Bestellung: Auftrag vom 04.01.2027 (Abruf Rahmenvereinbarung Dolmetschleistungen)

{HAMADI_ROWS}
                                                                     ---------------
                                                         Summe netto        315,00
                                   Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.
                                                         Rechnungsbetrag    315,00 EUR

Vergütung nach JVEG-Sätzen lt. Rahmenvereinbarung (85,00 EUR/Std., Abrechnung je halbe Std.).
Zahlbar innerhalb von 30 Tagen ohne Abzug auf das Konto:
Kontoinhaberin ⟦P|Rania Hamadi⟧ · Sparkasse Hamm · IBAN ⟦IBAN|{IBAN_HAMADI}⟧
Steuer-ID ⟦TAX|{make_steuer_id("8123460978")}⟧

Mit freundlichen Grüßen
⟦P|R. Hamadi⟧
""",
    [
        "Rahmenvereinbarung Dolmetschleistungen",
        "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.",
        "315,00 EUR",
        "Theodor-Heuss-Platz 16",
        "Landgericht Dortmund",
    ],
    allow=("59065 Hamm",),
)
IBAN_ZORN = make_iban("DE", "452500350000912847", spaced=False)
ZORN_ROWS = fixed(
    (4, 56, 7, 9, 9),
    ("Nr", "Leistung", "Menge", "Einzel", "Gesamt"),
    ("1", "Winterdienst Schulhof GS Vormholz, Einsätze 05.-21.01.", "9", "68,00", "612,00"),
    ("2", "Streugut (Splitt/Salz-Gemisch), Sack 25 kg", "14", "11,90", "166,60"),
    ("3", "Notreparatur Eingangstür Turnhalle (Schließzylinder)", "1", "189,00", "189,00"),
    ("4", "Anfahrt Notdienst Sa 16.01., 22:40 Uhr", "1", "55,00", "55,00"),
)

pii(
    "invoice",
    f"""
Hausmeister- & Winterdienst ⟦P|Zorn⟧ e.K.
Inhaber: ⟦P|Mirko Zorn⟧ · ⟦STR|Ruhrdeich 12⟧ · ⟦LOC|58452 Witten⟧
Mobil ⟦TEL|0172-28 31 904⟧ · ⟦MAIL|mirko@zorn-hausmeister.de⟧
Amtsgericht Bochum ⟦HR|HRA 7412⟧

Stadt Witten
Betrieb Gebäudemanagement (GMW), Objektbetreuung Schulen
Postfach 2480, 58424 Witten

Rechnung 27/014                                                  Witten, 31.01.2027
Bestellnummer GMW: 4500 188 127 · Objekt: Grundschule Vormholz, Schulhof + Turnhalle

{ZORN_ROWS}

                                                            Nettobetrag     1.022,60 EUR
                                                            USt 19 %          194,29 EUR
                                                            Rechnungsbetrag 1.216,89 EUR

Bitte überweisen Sie den Betrag bis 14.02.2027 auf das Konto
IBAN ⟦IBAN|{IBAN_ZORN}⟧ (Sparkasse Witten), Kontoinhaber ⟦P|Mirko Zorn⟧.

Hinweis: Den Zorn Ihres Hausmeisters, Herrn ⟦P|Pietsch⟧, über die vereisten Stufen am
16.01. kann ich verstehen - der Notdienst war innerhalb von 40 Minuten vor Ort.
Einsatzprotokolle liegen bei (Unterschrift Hausmeister ⟦P|Pietsch⟧ bzw. Schulleitung).

Mit freundlichen Grüßen
⟦P|M. Zorn⟧
""",
    [
        "Betrieb Gebäudemanagement (GMW)",
        "Postfach 2480, 58424 Witten",
        "Bestellnummer GMW: 4500 188 127",
        "Rechnungsbetrag 1.216,89 EUR",
        "bis 14.02.2027",
    ],
    allow=("Zorn",),
)
# ---------------------------------------------------------------------------------------------
# court_police
# ---------------------------------------------------------------------------------------------

pii(
    "court_police",
    """
Amtsgericht Bochum - Betreuungsgericht -
Viktoriastraße 14, 44787 Bochum · Telefon 0234 967-0

Geschäftsnummer: ⟦AZ|XVII 318/27⟧
(Bei allen Schreiben bitte angeben)                              Bochum, 21.01.2027

An die
Stadt Bochum
Betreuungsbehörde
44777 Bochum

Betreuungssache
für Herrn ⟦P|Friedhelm Sonnenschein⟧, geboren am ⟦DOB|3. Oktober 1949⟧,
wohnhaft ⟦STR|Hustadtring 142, 9. Etage⟧, ⟦LOC|44801 Bochum⟧,
derzeit Augusta-Kliniken Bochum Hattingen, Station 4B

Sehr geehrte Damen und Herren,

die Nichte des Betroffenen, Frau ⟦P|Claudia Sonnenschein-Ebert⟧ aus ⟦LOC|Hattingen⟧, hat mit Schreiben
vom 15.01.2027 die Einrichtung einer Betreuung angeregt (Aufgabenkreise: Gesundheitssorge,
Vermögenssorge, Aufenthaltsbestimmung, Wohnungsangelegenheiten). Nach dem beigefügten
ärztlichen Kurzbericht (Dr. ⟦P|Ümit Sarıkaya⟧, Gerontopsychiatrie) besteht ein dementielles Syndrom.

Die Betreuungsbehörde wird gebeten, gemäß § 11 BtOG bis zum 18.02.2027 einen Bericht
(Sozialbericht) zu erstatten, insbesondere zu
1. der persönlichen, gesundheitlichen und sozialen Situation des Betroffenen,
2. der Erforderlichkeit der Betreuung und möglichen anderen Hilfen,
3. der Eignung der angeregten Betreuerin (Nichte) bzw. eines Berufsbetreuers.

Eine Vorsorgevollmacht ist nach Angaben der Klinik nicht bekannt; eine Abfrage beim Zentralen
Vorsorgeregister ist veranlasst. Der Betroffene hat Kontakt zu einem Bekannten, Herrn
⟦P|Heinz Gerdes⟧, Tel. ⟦TEL|0234 / 70 21 55⟧, der ihn regelmäßig besucht.

⟦P|Weißenfels⟧
Richterin am Amtsgericht

Beglaubigt: ⟦P|Kottenhahn⟧, Justizbeschäftigte als Urkundsbeamtin der Geschäftsstelle
""",
    [
        "Betreuungsgericht",
        "Viktoriastraße 14, 44787 Bochum",
        "§ 11 BtOG",
        "bis zum 18.02.2027",
        "Augusta-Kliniken Bochum Hattingen",
    ],
    allow=("Hattingen",),
)

pii(
    "court_police",
    """
Polizeipräsidium Recklinghausen
Direktion Verkehr - Verkehrskommissariat 2
Westerholter Weg 27, 45657 Recklinghausen

Stadt Bottrop
Fahrerlaubnisbehörde
per E-Mail: fahrerlaubnisbehoerde@bottrop.de
                                                    Recklinghausen, 09.02.2027
Tgb.-Nr./Vorgang: ⟦AZ|VK2-0084517/2027⟧
Sachbearbeiter: PHK ⟦P|Lensing⟧, Tel. ⟦TEL|02361 55-4218⟧, ⟦MAIL|lensing.tobias@polizei.nrw.de⟧

Mitteilung nach § 2 Abs. 12 StVG - Zweifel an der Fahreignung

Betroffener:  ⟦P|WOJCIECHOWSKI, Tomasz⟧
geb.:         ⟦DOB|27.11.1979⟧ in ⟦LOC|Bytom⟧ (Polen)
Anschrift:    ⟦STR|Prosperstraße 19⟧, ⟦LOC|46238 Bottrop-Batenbrock⟧
Fahrzeug:     Pkw Opel Astra, amtl. Kz. ⟦KFZ|BOT-TW 279⟧ (Halterin: Ehefrau ⟦P|Beata⟧)

Sachverhalt:
Am 03.02.2027 gegen 23:15 Uhr wurde der Betroffene auf der B 224 (Gladbecker Straße,
Höhe Anschlussstelle Bottrop-Süd) kontrolliert. Atemalkohol 0,98 mg/l; Blutprobe
angeordnet und entnommen (Ergebnis 1,96 Promille). Strafanzeige wegen Trunkenheit im Verkehr
(§ 316 StGB) an die Staatsanwaltschaft Essen, dortiges Az. ⟦AZ|71 Js 214/27⟧. Der Führerschein
wurde sichergestellt. Bereits im Juli 2025 war der Betroffene mit 0,6 Promille aufgefallen
(Vorgang ⟦AZ|VK2-0311802/2025⟧).

Der Betroffene gab an, er sei auf dem Heimweg von seiner Schwester in ⟦LOC|Gladbeck⟧ gewesen.
Beifahrer: ⟦P|Paweł Nowicki⟧, geb. ⟦DOB|04.04.1985⟧, ebenfalls alkoholisiert.

Wir regen die Prüfung einer medizinisch-psychologischen Untersuchung (MPU) an.

Im Auftrag
⟦P|Lensing⟧, PHK
""",
    [
        "Verkehrskommissariat 2",
        "Westerholter Weg 27, 45657 Recklinghausen",
        "fahrerlaubnisbehoerde@bottrop.de",
        "§ 2 Abs. 12 StVG",
        "§ 316 StGB",
    ],
)
# ---------------------------------------------------------------------------------------------
# minutes
# ---------------------------------------------------------------------------------------------

pii(
    "minutes",
    """
Stadt Witten - Niederschrift über die 14. Sitzung des Ausschusses für Bürgeranliegen
am Dienstag, 26.01.2027, 17:00-18:40 Uhr, Rathaus Witten, Ratssaal (Marktstraße 16)

Vorsitz: Ausschussvorsitzende ⟦P|Sabine Dördelmann⟧
Schriftführung: ⟦P|Marcel Wiesner⟧ (Amt für Ratsangelegenheiten)

TOP 3  Anregung nach § 24 GO NRW: Tempo 30 vor der Kita Rüdinghausen - Drucksache 0412/V 18
Petentin Frau ⟦P|Anja Rademacher-Kuhl⟧, ⟦STR|Brunebecker Str. 31⟧, ⟦LOC|58454 Witten⟧, erläutert die
Anregung, die von 212 Anwohnerinnen und Anwohnern unterschrieben wurde. Ihr Sohn ⟦P|Jonas⟧
(7 Jahre) sei im Herbst beinahe angefahren worden. Herr ⟦P|Gökhan Yurt⟧ (Elternrat der Kita)
ergänzt, der Bringverkehr staue sich morgens bis zur Einmündung Kreisstraße.
Die Verwaltung (Tiefbauamt) verweist auf die StVO-Novelle 2024; eine Anordnung nach
§ 45 Abs. 9 StVO sei möglich. Beschluss: einstimmig an die Verwaltung zur Prüfung verwiesen.

TOP 4  Anregung: Sitzbänke am Hohenstein - Drucksache 0419/V 18
Herr ⟦P|Werner Pahlke⟧ (Seniorenbeirat, wohnhaft in ⟦LOC|Witten-Bommern⟧) bittet um drei Bänke am
Rundweg. Frau ⟦P|Pahlke⟧ ergänzt, ihr Mann könne wegen seiner Knieprothese nicht mehr ohne
Pause gehen. Beschluss: zugestimmt (9 Ja, 0 Nein, 2 Enthaltungen), Mittel aus dem Budget der
Bezirksvertretung.

TOP 5  Mitteilungen / Anfragen
Frau ⟦P|Olga Schmidt⟧ (Einwohnerin, ⟦STR|Herbeder Str. 4⟧) fragt nach dem Sachstand der Beschwerde
über Ratten am Spielplatz Herbede, Az. der Verwaltung ⟦AZ|32-SB-1187/26⟧. Antwort folgt schriftlich.

Ende der öffentlichen Sitzung 18:40 Uhr.
gez. ⟦P|Dördelmann⟧ (Vorsitzende)                     gez. ⟦P|Wiesner⟧ (Schriftführer)
""",
    [
        "Ausschusses für Bürgeranliegen",
        "Drucksache 0412/V 18",
        "§ 24 GO NRW",
        "§ 45 Abs. 9 StVO",
        "Drucksache 0419/V 18",
    ],
)

pii(
    "minutes",
    """
Ergebnisprotokoll Fallkonferenz Wohnungsnotfall - Stadt Oberhausen, Fachstelle Wohnen
Datum: 11.02.2027, 09:00-10:15 · Ort: Technisches Rathaus Sterkrade, Raum 3.08 · Az. ⟦AZ|FW-OB-2027-0031⟧

Teilnehmende: ⟦P|Jessica Terbrack⟧ (Fachstelle Wohnen, Moderation), ⟦P|Lars Mühlenbeck⟧ (Jobcenter
Oberhausen, Team 240), ⟦P|Selma Dizdar⟧ (Schuldnerberatung Diakonie), Fam. ⟦P|Dragomir⟧ (⟦P|Costel⟧
und ⟦P|Mihaela⟧) mit Sprachmittlerin ⟦P|Ana Stanciu⟧; entschuldigt: Vermieterin (privat)

1. Ausgangslage
   Räumungsklage der Vermieterin Frau ⟦P|Heike Borgmann⟧ wegen Mietrückstand 4.860,00 EUR
   (6 Monatsmieten). Räumungstermin durch Gerichtsvollzieher am 04.03.2027, AG Oberhausen
   ⟦AZ|35 C 1402/26⟧. Wohnung ⟦STR|Steinbrinkstr. 188, 1. OG⟧, ⟦LOC|46145 Oberhausen⟧; im Haushalt
   drei Kinder (⟦P|Ionuț⟧ 12, ⟦P|Daria⟧ 9, ⟦P|Alex⟧ *⟦DOB|30.12.2022⟧).

2. Ergebnisse
   - Jobcenter prüft Übernahme der Mietschulden als Darlehen nach § 22 Abs. 8 SGB II;
     Voraussetzung: Vermieterin verzichtet auf Räumung. BG-Nr. ⟦AZ|36302//0114476⟧.
   - Hr. ⟦P|Dragomir⟧ hat seit 01.02. wieder Arbeit (Lagerhelfer, Vollzeit); Lohnnachweis folgt.
   - Schuldnerberatung: Termin 18.02.; weitere Schulden (Stromversorger) ca. 1.300,00 EUR.
   - Fachstelle kontaktiert Frau ⟦P|Borgmann⟧ telefonisch (⟦TEL|0208 / 66 31 907⟧) wegen
     Fortsetzungsvereinbarung.
   - Notfalls Unterbringung in der Notunterkunft Bahnstraße, Familienbereich.

3. Nächster Termin: 25.02.2027, 09:00 Uhr, gleicher Ort.
Kontakt Fachstelle: fachstelle-wohnen@oberhausen.de, 0208 825-0
Protokoll: ⟦P|Terbrack⟧
""",
    [
        "Fachstelle Wohnen",
        "Technisches Rathaus Sterkrade",
        "§ 22 Abs. 8 SGB II",
        "25.02.2027, 09:00 Uhr",
        "fachstelle-wohnen@oberhausen.de",
    ],
)
# ---------------------------------------------------------------------------------------------
# clean_* (no personal data at all)
# ---------------------------------------------------------------------------------------------

clean(
    "clean_council_paper",
    """
Stadt Bochum - Beschlussvorlage der Verwaltung
Vorlage Nr.: 20270123 · Status: öffentlich · Datum: 12.01.2027
Federführend: Amt für Geoinformation, Liegenschaften und Kataster
Beratungsfolge: Bezirksvertretung Bochum-Ost (Entscheidung) 09.02.2027

Betreff: Benennung einer Erschließungsstraße im Baugebiet "Ostpark - Feldmark" nach
Ottilie Schoenewald

Beschlussvorschlag:
Die Bezirksvertretung Bochum-Ost beschließt, die im Bebauungsplan Nr. 947 als Planstraße C
bezeichnete Erschließungsstraße zwischen der Havkenscheider Straße und dem künftigen
Quartiersplatz "Ottilie-Schoenewald-Straße" zu benennen.

Begründung:
Ottilie Schoenewald (1883-1961) war Frauenrechtlerin und Kommunalpolitikerin in Bochum. Von
1919 bis 1933 gehörte sie der Stadtverordnetenversammlung an; 1939 musste sie als Jüdin in
die Niederlande fliehen. Nach 1945 setzte sie sich von dort aus für die Wiedergutmachung ein.
Die Benennung folgt dem Ratsbeschluss, bei neuen Straßennamen vorrangig Frauen zu ehren.

Das Stadtarchiv Bochum hat die Schreibweise geprüft. Eine Verwechslungsgefahr mit
bestehenden Straßennamen im Stadtgebiet besteht nicht; Rettungsdienst und Feuerwehr haben
keine Bedenken geäußert. Die Kosten für Straßennamensschilder und Erläuterungstafel
(ca. 1.850,00 EUR) sind im Haushalt 2027 veranschlagt.

Anlagen: Lageplan, Stellungnahme Stadtarchiv, Kurzbiografie

Der Oberbürgermeister
In Vertretung
Stadtbaurat
""",
    [
        "Vorlage Nr.: 20270123",
        "Bezirksvertretung Bochum-Ost",
        "Ottilie Schoenewald (1883-1961)",
        "Bebauungsplan Nr. 947",
        "ca. 1.850,00 EUR",
    ],
)

ABFALL = pipe_table(
    (34, 12, 12, 9),
    ("Behältergröße / Leistung", "2026 (EUR)", "2027 (EUR)", "Änderung"),
    ("Restabfall 60 l, 14-täglich", "178,20", "186,60", "+4,7 %"),
    ("Restabfall 120 l, 14-täglich", "297,00", "311,00", "+4,7 %"),
    ("Restabfall 240 l, 14-täglich", "594,00", "622,00", "+4,7 %"),
    ("Bioabfall 120 l, 14-täglich", "71,40", "74,10", "+3,8 %"),
    ("Papier 240 l, 4-wöchentlich", "0,00", "0,00", "-"),
    ("Sperrmüll je Abholung (bis 5 m³)", "25,00", "25,00", "-"),
    outer=True,
)

clean(
    "clean_council_paper",
    f"""
Stadt Gelsenkirchen · Drucksache 22-27/6281 · öffentlich
Beschlussvorlage für den Ausschuss für Umwelt, Klimaschutz und Stadtreinigung (09.02.2027),
den Haupt-, Finanz-, Beteiligungs- und Personalausschuss (23.02.2027) und den Rat (04.03.2027)

Betreff: 12. Satzung zur Änderung der Abfallgebührensatzung - Gebührenbedarf 2027

Beschlussvorschlag:
Der Rat beschließt die als Anlage 1 beigefügte Änderungssatzung mit Wirkung vom 01.04.2027.

Sachverhalt:
Die Gebühren werden von der Gelsendienste AöR kalkuliert. Gestiegene Entgelte der
Müllverbrennungsanlage, die CO2-Bepreisung nach dem BEHG sowie Tarifsteigerungen führen zu
einem Mehrbedarf von rund 2,1 Mio. EUR. Die Überdeckung aus 2025 (0,6 Mio. EUR) wird
gebührenmindernd eingesetzt (§ 6 Abs. 2 KAG NRW).

Gebührenübersicht (Jahresgebühr je Behälter):

{ABFALL}

Ein Vier-Personen-Haushalt mit 120-l-Restabfall- und 120-l-Biotonne zahlt damit künftig
385,10 EUR statt 368,40 EUR im Jahr. Gelsenkirchen liegt im Vergleich der Ruhrgebietsstädte
weiterhin im unteren Drittel.

Finanzielle Auswirkungen: keine für den Kernhaushalt (kostendeckende Gebühr).
""",
    [
        "Drucksache 22-27/6281",
        "Gelsendienste AöR",
        "§ 6 Abs. 2 KAG NRW",
        "385,10 EUR",
        "01.04.2027",
    ],
)
clean(
    "clean_press_release",
    """
PRESSEMITTEILUNG der Stadt Hagen · Nr. 027/2027 · 03.02.2027

"Folkwang vor Folkwang" - Osthaus Museum zeigt die Anfänge der Hagener Sammlung

Gut hundert Jahre nach dem Tod seines Gründers widmet das Osthaus Museum Hagen dem Mäzen
Karl Ernst Osthaus (1874-1921) eine große Ausstellung. Vom 6. März bis 13. Juni 2027 zeigt das Haus rund 180 Werke, mit denen
Osthaus um 1902 das erste Museum für zeitgenössische Kunst der Welt eröffnete: Gemälde von
Vincent van Gogh (1853-1890), Paul Gauguin (1848-1903) und Henri Matisse (1869-1954), die
nach seinem Tod 1922 an das Folkwang Museum nach Essen verkauft wurden, kehren als
Leihgaben für drei Monate nach Hagen zurück.

Ein eigener Raum erinnert an den Architekten Henry van de Velde (1863-1957), der das
Innere des Museums gestaltete, und an die Siedlung Hohenhagen. Im benachbarten Emil
Schumacher Museum ergänzt eine Kabinettausstellung den Blick auf die Nachkriegszeit:
Emil Schumacher (1912-1999) bezog sich immer wieder auf die Sammlung Osthaus.

Öffnungszeiten: Di-So 11-18 Uhr, Do bis 20 Uhr. Eintritt 9,00 EUR, ermäßigt 5,00 EUR;
Kinder und Jugendliche bis 18 Jahre frei. Führungen buchbar über das Kunstquartier Hagen,
Museumsplatz 1, 58095 Hagen, Telefon 02331 207-2740, kunstquartier@stadt-hagen.de.

Pressekontakt: Stadt Hagen, Fachbereich Kommunikation, presse@stadt-hagen.de
""",
    [
        "Karl Ernst Osthaus (1874-1921)",
        "Osthaus Museum Hagen",
        "Museumsplatz 1, 58095 Hagen",
        "Eintritt 9,00 EUR",
        "presse@stadt-hagen.de",
    ],
)

clean(
    "clean_press_release",
    """
Stadt Bottrop - Pressedienst                                        Bottrop, 28.01.2027

Neues Besucherzentrum am Josef Albers Museum Quadrat eröffnet im Mai

Nach zweijähriger Bauzeit eröffnet am 8. Mai 2027 der Erweiterungsbau des Josef Albers
Museums Quadrat im Stadtgarten. Das Haus erinnert an den in Bottrop geborenen Maler und
Kunstpädagogen Josef Albers (1888-1976), der nach seiner Zeit am Bauhaus 1933 in die USA
emigrierte und dort mit der Serie "Homage to the Square" weltberühmt wurde. Auch seine
Frau, die Textilkünstlerin Anni Albers (1899-1994), erhält erstmals einen eigenen
Ausstellungsraum.

Die Baukosten von 14,8 Mio. EUR wurden zu 70 % vom Land Nordrhein-Westfalen aus dem
Programm "Kulturinvest" gefördert. Die Albers Foundation (Bethany, Connecticut) stellt
als Dauerleihgabe 24 frühe Glasarbeiten zur Verfügung. Planung und Bauleitung lagen bei
der Arbeitsgemeinschaft Hartmann Koch Architekten GmbH / Ingenieurbüro Brinkhoff GmbH; ausführendes Bauunternehmen war die Kortmann Bau GmbH & Co. KG aus Bottrop.

Eröffnungsfest: Samstag, 8. Mai 2027, 11-18 Uhr, Eintritt frei. Am Quadrat 1, 46236 Bottrop.
Die Linien 262 und SB16 halten an der Haltestelle "Quadrat".

Weitere Informationen: www.quadrat-bottrop.de · Pressestelle: presse@bottrop.de,
Telefon 02041 70-3 (Zentrale)
""",
    [
        "Josef Albers (1888-1976)",
        "Anni Albers (1899-1994)",
        "Kortmann Bau GmbH & Co. KG",
        "Am Quadrat 1, 46236 Bottrop",
        "14,8 Mio. EUR",
    ],
)
DO_STATS = excel(
    ("Stadtbezirk", "Einwohner/innen", "darunter nichtdt.", "Anteil %", "häufigste StA (ohne dt.)"),
    ("Innenstadt-West", "54.118", "13.902", "25,7", "türkisch"),
    ("Innenstadt-Nord", "60.377", "30.811", "51,0", "bulgarisch"),
    ("Innenstadt-Ost", "57.203", "9.455", "16,5", "polnisch"),
    ("Eving", "39.864", "10.017", "25,1", "rumänisch"),
    ("Scharnhorst", "45.990", "9.872", "21,5", "türkisch"),
    ("Brackel", "56.241", "6.330", "11,3", "ukrainisch"),
    ("Aplerbeck", "56.802", "5.104", "9,0", "polnisch"),
    ("Hörde", "55.673", "8.291", "14,9", "syrisch"),
    ("Hombruch", "57.519", "6.248", "10,9", "chinesisch"),
    ("Lütgendortmund", "48.706", "7.539", "15,5", "türkisch"),
    ("Huckarde", "37.840", "7.962", "21,0", "türkisch"),
    ("Mengede", "39.317", "6.784", "17,3", "polnisch"),
    ("Stadt Dortmund", "609.650", "122.315", "20,1", "türkisch"),
)

clean(
    "clean_statistics",
    f"""
Stadt Dortmund - Dortmunder Statistik
Bevölkerung am Ort der Hauptwohnung nach Stadtbezirken und Staatsangehörigkeit
Stichtag 31.12.2026 - Quelle: Einwohnermelderegister, Auswertung Statistikstelle

{DO_STATS}

Erläuterungen:
- Nichtdeutsche: Personen ohne deutsche Staatsangehörigkeit; Personen mit mehreren
  Staatsangehörigkeiten, darunter der deutschen, zählen als Deutsche.
- Die Anteile sind auf eine Nachkommastelle gerundet; Abweichungen in den Summen sind
  rundungsbedingt.
- Fälle mit Auskunftssperre sind in den Summen enthalten, werden aber nicht kleinräumig
  ausgewiesen (Geheimhaltung bei Fallzahlen unter 3).
Die Tabelle ist Teil des Jahresberichts "Dortmunder Statistik 2027, Heft 231".
Rückfragen: statistik@dortmund.de, Telefon 0231 50-0
""",
    ["Dortmunder Statistik", "Stichtag 31.12.2026", "609.650", "Heft 231", "statistik@dortmund.de"],
)

GE_STATS = pipe_table(
    (24, 10, 10, 10, 10),
    ("Antriebsart", "2024", "2025", "2026", "Verände."),
    ("Benzin", "81.204", "79.880", "78.112", "-2,2 %"),
    ("Diesel", "36.551", "34.907", "33.015", "-5,4 %"),
    ("Elektro (BEV)", "3.418", "4.902", "6.733", "+37,4 %"),
    ("Plug-in-Hybrid", "2.207", "2.611", "2.958", "+13,3 %"),
    ("Hybrid (ohne Plug-in)", "7.930", "9.644", "11.287", "+17,0 %"),
    ("Gas (LPG/CNG)", "1.302", "1.211", "1.098", "-9,3 %"),
    ("Summe Pkw", "132.612", "133.155", "133.203", "+0,0 %"),
    outer=False,
)

clean(
    "clean_statistics",
    f"""
Stadt Gelsenkirchen · Referat Verkehr · Kfz-Zulassungsstelle
Pkw-Bestand nach Antriebsart jeweils zum 01.01. des Folgejahres (Halterwohnsitz Gelsenkirchen)

{GE_STATS}

Anmerkungen:
1. Quelle: Kraftfahrt-Bundesamt (KBA), Fahrzeugbestand nach Zulassungsbezirken, Tabelle FZ 3.
2. Die Zahl der Ladepunkte im öffentlichen Raum stieg im gleichen Zeitraum von 212 auf 388;
   die ELE Emscher Lippe Energie GmbH betreibt davon 241.
3. Wunschkennzeichen wurden 2026 in 41 % aller Neuzulassungen vergeben (2025: 38 %).
4. Durchschnittliche Wartezeit auf einen Termin in der Zulassungsstelle, Zeppelinallee 4:
   2,4 Arbeitstage (Vorjahr 5,1).

Stand der Auswertung: 20.01.2027. Veröffentlichung im Statistischen Jahrbuch 2026/27.
Auskünfte: zulassungsstelle@gelsenkirchen.de
""",
    [
        "Pkw-Bestand nach Antriebsart",
        "Kraftfahrt-Bundesamt (KBA)",
        "ELE Emscher Lippe Energie GmbH",
        "Zeppelinallee 4",
        "zulassungsstelle@gelsenkirchen.de",
    ],
)
clean(
    "clean_opening_hours",
    """
Stadt Essen - Bürgerämter: Öffnungszeiten und Kontakt (gültig ab 01.03.2027)

Alle Bürgerämter arbeiten ausschließlich mit Termin. Termine online unter
www.essen.de/buergeramt oder über die Behördennummer 115 (Mo-Fr 7-18 Uhr).

Bürgeramt Innenstadt (Haus der Technik)        Mo, Di 7:30-16:00 | Mi 7:30-13:00
  Hollestraße 1, 45127 Essen                   Do 7:30-18:00 | Fr 7:30-13:00
Bürgeramt Rüttenscheid                         Mo-Mi 8:00-15:00 | Do 8:00-18:00 | Fr 8:00-12:00
  Rüttenscheider Straße 199, 45131 Essen
Bürgeramt Steele                               Mo, Do 8:00-18:00 | Di, Fr 8:00-12:00
  Grendplatz 2, 45276 Essen                    Mi geschlossen
Bürgeramt Borbeck                              Mo-Fr 8:00-12:00 | Di 14:00-17:00
  Weidkamp 10, 45355 Essen
Bürgeramt Kray                                 Mo, Mi 8:00-12:00 | Do 14:00-18:00
  Kamblickweg 27, 45307 Essen
Bürgeramt Katernberg (Zollverein)              nur Do 8:00-16:00
  Katernberger Markt 9, 45327 Essen

Samstagsöffnung: jeden 1. Samstag im Monat 9:00-13:00 im Bürgeramt Innenstadt
(nur Abholung von Ausweisdokumenten und Meldebescheinigungen).

Kontakt:
  Allgemeine Anfragen ........ buergeramt@essen.de
  Ausweise und Pässe ......... ausweis@essen.de
  Meldeangelegenheiten ....... meldewesen@essen.de
  Führungszeugnisse .......... bz@essen.de
  Zentrale der Stadt Essen ... 0201 88-0  ·  Fax 0201 88-88000

Hinweis: Vorläufige Personalausweise kosten 10,00 EUR, Reisepässe (Express) 100,00 EUR.
An den Brückentagen 14.05. und 04.06.2027 bleiben alle Bürgerämter geschlossen.
""",
    [
        "Behördennummer 115",
        "Hollestraße 1, 45127 Essen",
        "buergeramt@essen.de",
        "bz@essen.de",
        "Zentrale der Stadt Essen ... 0201 88-0",
    ],
)

clean(
    "clean_opening_hours",
    """
Kreis Recklinghausen - Ausländerbehörde und Straßenverkehrsamt
Aushang Eingangsbereich Kreishaus, Kurt-Schumacher-Allee 1, 45657 Recklinghausen

AUSLÄNDERBEHÖRDE (Haus B, Erdgeschoss)
  Mo  07:30 - 12:00   nur mit Termin
  Di  07:30 - 12:00   nur mit Termin, 14:00 - 16:00 Ausgabe eAT (ohne Termin)
  Mi  geschlossen     (Bearbeitungstag)
  Do  07:30 - 12:00   und 14:00 - 17:30 nur mit Termin
  Fr  07:30 - 12:00   Notfallschalter (abgelaufene Dokumente, Reisen < 7 Tage)
  Kontakt: auslaenderbehoerde@kreis-re.de · Servicetelefon 02361 53-0
  Für Ukraine-Geflüchtete (§ 24 AufenthG): ukraine@kreis-re.de

ZULASSUNGSSTELLE (Haus A)
  Mo-Fr 07:00 - 12:30, Do zusätzlich 14:00 - 17:30
  Händler und Zulassungsdienste: Mo, Mi, Fr 07:00 - 09:00 am Händlerschalter
  Kontakt: zulassung@kreis-re.de · Wunschkennzeichen online reservierbar

FÜHRERSCHEINSTELLE (Haus A, 1. OG)
  Mo, Di, Fr 07:30 - 12:00 · Do 14:00 - 17:30
  Kontakt: fs@kreis-re.de

Außenstellen: Zulassungsstelle Marl (Rathaus Marl, Creiler Platz 1), Castrop-Rauxel
(Europaplatz 1) - dort keine Ausländerangelegenheiten.

Barzahlung ist nicht möglich, bitte EC- oder Kreditkarte. Parkplätze im Parkhaus am
Kreishaus (1,00 EUR je Stunde). Bus: Linien 205, 234 und SB20 bis "Kreishaus".
""",
    [
        "Kurt-Schumacher-Allee 1, 45657 Recklinghausen",
        "auslaenderbehoerde@kreis-re.de",
        "Servicetelefon 02361 53-0",
        "fs@kreis-re.de",
        "Creiler Platz 1",
    ],
)

clean(
    "clean_contact_list",
    """
Stadt Oberhausen - Zuständigkeiten und Funktionspostfächer (Stand Februar 2027)
Rathaus Oberhausen, Schwartzstraße 72, 46045 Oberhausen · Zentrale 0208 825-0

| Bereich                                  | Postfach                     | Telefon        |
|------------------------------------------|------------------------------|----------------|
| Bürgerservice (Meldewesen, Ausweise)     | buergerservice@oberhausen.de | 0208 825-0     |
| Bürgerbüro Sterkrade                     | bb-sterkrade@oberhausen.de   | 0208 825-0     |
| Bürgerbüro Osterfeld                     | bb-osterfeld@oberhausen.de   | 0208 825-0     |
| Ausländerbehörde                         | abh@oberhausen.de            | 0208 825-0     |
| Einbürgerung                             | ebg@oberhausen.de            | 0208 825-0     |
| Standesamt                               | sta@oberhausen.de            | 0208 825-0     |
| Wohngeld                                 | wg@oberhausen.de             | 0208 825-0     |
| Elterngeld / Unterhaltsvorschuss         | eg-uvg@oberhausen.de         | 0208 825-0     |
| Bußgeldstelle                            | bussgeldstelle@oberhausen.de | 0208 825-0     |
| Gewerbeangelegenheiten                   | gewerbe@oberhausen.de        | 0208 825-0     |
| Untere Denkmalbehörde                    | udb@oberhausen.de            | 0208 825-0     |
| Volkshochschule                          | vhs@oberhausen.de            | 0208 825-3595  |
| Stadtbibliothek (Bert-Brecht-Haus)       | stadtbibliothek@oberhausen.de| 0208 825-2633  |
| Ludwiggalerie Schloss Oberhausen         | info@ludwiggalerie.de        | 0208 412 49-28 |

Behördennummer 115 für alle allgemeinen Auskünfte.
Hinweis für Mitarbeitende: Persönliche Postfächer nicht auf der Website veröffentlichen;
Anfragen an Funktionspostfächer werden im Team verteilt. Posteingang über das zentrale
DMS (Postkorb "BS-Eingang"), Vertretung regelt der Teamkalender.
""",
    [
        "Schwartzstraße 72, 46045 Oberhausen",
        "Zentrale 0208 825-0",
        "ebg@oberhausen.de",
        "udb@oberhausen.de",
        "Bert-Brecht-Haus",
    ],
)
clean(
    "clean_contact_list",
    """
STADT WITTEN - Wegweiser Jugend, Soziales und Bildung (Kurzliste für die Infotheke)
Rathaus, Marktstraße 16, 58452 Witten · Zentrale 02302 581-0 · Fax 02302 581-2900

Jugendamt
  Allgemeiner Sozialer Dienst (ASD) ............ asd@stadt-witten.de
  Kinderschutz-Notruf (24 h) ................... 02302 581-5111
  Beistandschaften / Unterhalt ................. bst@stadt-witten.de
  Kita-Platzvergabe ............................ kita@stadt-witten.de
  Elterngeld (für Witten zuständig: Ennepe-Ruhr-Kreis) .. elterngeld@en-kreis.de
Sozialamt
  Grundsicherung und Hilfe zum Lebensunterhalt . sozialamt@stadt-witten.de
  Bildung und Teilhabe (BuT) ................... but@stadt-witten.de
  Fachstelle Wohnungsnotfälle .................. fwn@stadt-witten.de
Schule und Bildung
  Schulverwaltung .............................. schulamt@stadt-witten.de
  Volkshochschule Witten|Wetter|Herdecke ....... info@vhs-wwh.de
  Musikschule Witten ........................... musikschule@stadt-witten.de
Weitere Stellen im Rathaus
  Bürgerbüro ................................... buergerbuero@stadt-witten.de
  Integrationsbüro / Kommunales Integrationszentrum ki@stadt-witten.de
  Gleichstellungsstelle ........................ gleichstellung@stadt-witten.de
  Seniorenbüro Mitte ........................... senioren@stadt-witten.de

Externe Partner (Auswahl)
  Jobcenter EN, Geschäftsstelle Witten ......... Jobcenter-EN.Witten@jobcenter-ge.de
  Diakonie Mark-Ruhr gGmbH, Schuldnerberatung .. 02302 91 44-0
  Caritasverband Witten e.V., Migrationsdienst . 02302 20 29-0

Hinweis: Telefonnummern einzelner Mitarbeiterinnen und Mitarbeiter werden an der Infotheke
nicht herausgegeben; bitte immer an das Funktionspostfach oder die Zentrale verweisen.
""",
    [
        "Marktstraße 16, 58452 Witten",
        "Zentrale 02302 581-0",
        "bst@stadt-witten.de",
        "Jobcenter-EN.Witten@jobcenter-ge.de",
        "Caritasverband Witten e.V.",
    ],
)
HERNE_FIRMS = fixed(
    (44, 26, 22),
    ("Unternehmen", "Registereintrag", "Anschrift"),
    ("Wolf & Engel Industriemontagen GmbH", "HRB 18822 AG Bochum", "Am Trimbuschhof 12"),
    ("Heinrich Kaiser Stahlhandel GmbH & Co. KG", "HRA 6471 AG Bochum", "Am Trimbuschhof 18"),
    ("Gebr. Winter Kältetechnik GmbH", "HRB 20117 AG Bochum", "Friedrich-der-Große 5"),
    ("Stein Logistik Ruhr GmbH", "HRB 19340 AG Bochum", "Friedrich-der-Große 11"),
    ("Kowalski Fenster + Türen GmbH", "HRB 21506 AG Bochum", "Friedrich-der-Große 20"),
    ("Yılmaz Lebensmittel Großhandel GmbH", "HRB 17764 AG Bochum", "Hofstraße 40"),
    ("Bauer Recycling AG", "HRB 15002 AG Bochum", "Hofstraße 52"),
    ("Emscher Solartechnik eG", "GnR 311 AG Bochum", "Am Trimbuschhof 3"),
)

clean(
    "clean_firm_list",
    f"""
Stadt Herne - Wirtschaftsförderungsgesellschaft Herne mbH (WFG)
Gewerbepark "Friedrich der Große" - ansässige Unternehmen, Stand 01/2027
(für die Standortbroschüre; alle Angaben aus dem Handelsregister, Gewerbepark 44628 Herne)

{HERNE_FIRMS}

Der Gewerbepark liegt auf dem Gelände der früheren Zeche Friedrich der Große, benannt nach
dem preußischen König Friedrich II. (1712-1786). Der Förderturm von Schacht 3/4 bleibt als
Denkmal erhalten; das ehemalige Lohnhallengebäude nutzt die WFG als Gründerzentrum.

Freie Flächen: Baufeld 7 (8.400 m²) und Baufeld 9 (5.150 m²), Kaufpreis 85,00 EUR/m².
Anschluss: A 42, Anschlussstelle Herne-Baukau (1,2 km); Kanalhafen am Rhein-Herne-Kanal.

Kontakt: Wirtschaftsförderungsgesellschaft Herne mbH, Westring 303, 44629 Herne,
Telefon 02323 92 51 10 (Zentrale), info@wfg-herne.de
""",
    [
        "Wolf & Engel Industriemontagen GmbH",
        "Heinrich Kaiser Stahlhandel GmbH & Co. KG",
        "Friedrich II. (1712-1786)",
        "85,00 EUR/m²",
        "info@wfg-herne.de",
    ],
)

MH_FIRMS = pipe_table(
    (46, 34),
    ("Ausbildungsbetrieb (Rechtsform, Register)", "Ausbildungsberufe 2027"),
    ("Friedrich Wilhelms-Hütte Eisenguss GmbH, HRB 6612", "Gießereimechaniker/in, Industriekaufl."),
    ("Brüggemann & Vogel Haustechnik GmbH, HRB 18903", "Anlagenmechaniker/in SHK"),
    ("Theodor Hahn Bäckereien KG, HRA 2271", "Bäcker/in, Fachverkäufer/in"),
    ("Ruhrbania Immobilien AG, HRB 20045", "Immobilienkaufmann/-frau"),
    ("Evangelisches Krankenhaus Mülheim gGmbH", "Pflegefachfrau/-mann, MFA"),
    ("Stiftung Kloster Saarn (rechtsfähige Stiftung)", "Gärtner/in (Garten- und Landschaftsbau)"),
    ("Mülheimer Verkehrsgesellschaft mbH (Ruhrbahn)", "Berufskraftfahrer/in, Mechatroniker/in"),
    ("Lange & Söhne Dachdeckerei GmbH, HRB 19788", "Dachdecker/in"),
    outer=False,
    rule_after=0,
)

clean(
    "clean_firm_list",
    f"""
Ausbildungsbörse Mülheim an der Ruhr - 27. März 2027, 10-15 Uhr, Stadthalle Mülheim
Liste der ausstellenden Betriebe (Auszug) - Veranstalter: Stadt Mülheim an der Ruhr,
Agentur für Arbeit Oberhausen und IHK zu Essen; Handelsregister Amtsgericht Duisburg

{MH_FIRMS}

Programm in der Stadthalle: 10:30 Uhr Bewerbungsmappen-Check (Theatersaal), 12:00 Uhr
Podium "Ausbildung im Handwerk" mit der Kreishandwerkerschaft Mülheim-Oberhausen, 13:30 Uhr
Speed-Dating mit Betrieben. Im Foyer zeigt das Stadtarchiv die Ausstellung "Von Stinnes bis
Thyssen - Mülheimer Unternehmergeschichte" über Mathias Stinnes (1790-1845) und August
Thyssen (1842-1926).

Eintritt frei. Anmeldung für Schulklassen: ausbildungsboerse@muelheim-ruhr.de.
Anreise: Straßenbahn 102 bis "Stadthalle", Theodor-Heuss-Platz 1, 45479 Mülheim an der Ruhr.
""",
    [
        "Brüggemann & Vogel Haustechnik GmbH, HRB 18903",
        "Theodor Hahn Bäckereien KG, HRA 2271",
        "Mathias Stinnes (1790-1845)",
        "ausbildungsboerse@muelheim-ruhr.de",
        "Theodor-Heuss-Platz 1, 45479 Mülheim an der Ruhr",
    ],
)
clean(
    "clean_event_programme",
    """
documenta-Stadt Kassel · Kulturamt · Programm "Grimm-Frühling 2027" (April bis Juni)

Sa 10.04.  11:00  GRIMMWELT Kassel, Weinberg 21: Eröffnung der Sonderausstellung
                  "Das Wörterbuch der Brüder" - 200 Jahre Arbeit am Deutschen Wörterbuch,
                  begonnen von Jacob Grimm (1785-1863) und Wilhelm Grimm (1786-1859)
So 18.04.  15:00  Märchenstunde für Kinder ab 5 in der Stadtbibliothek, Obere Königsstraße 3
                  (Lesepatinnen und Lesepaten des Fördervereins)
Do 29.04.  19:30  Vortrag "Die Märchenfrau aus Niederzwehren": Dorothea Viehmann (1755-1815)
                  und ihre Beiträger-Rolle für die Kinder- und Hausmärchen
                  Ort: Palais Bellevue, Schöne Aussicht 2
Sa 08.05.  14:00  Stadtführung "Auf den Spuren der Grimms" - Treffpunkt Brüder-Grimm-Platz,
                  Dauer 2 Std., 12,00 EUR (ermäßigt 8,00 EUR), Anmeldung bei Kassel Marketing GmbH
Fr 21.05.  20:00  Staatstheater Kassel, Schauspielhaus: "Rumpelstilzchen - eine Farce"
                  (Gastspiel Theater im Fridericianum)
So 06.06.  11:00  Familienfest im Bergpark Wilhelmshöhe mit Wasserspielen ab 14:30 Uhr
                  (Welterbe seit 2013; Eintritt frei, Parkgebühren beachten)

Vorverkauf: Tourist-Information im Rathaus, Obere Königsstraße 8, 34117 Kassel,
tourist-info@kassel-marketing.de, Telefon 0561 707707. Alle Veranstaltungen barrierearm;
Gebärdensprachdolmetschung für den Vortrag am 29.04. auf Anfrage (bis 15.04.).
Veranstalter: Stadt Kassel, Kulturamt, kulturamt@kassel.de
""",
    [
        "Jacob Grimm (1785-1863)",
        "Dorothea Viehmann (1755-1815)",
        "Kassel Marketing GmbH",
        "Obere Königsstraße 8, 34117 Kassel",
        "kulturamt@kassel.de",
    ],
)

clean(
    "clean_event_programme",
    """
Stadt Regensburg - Amt für kulturelles Erbe
"Sternstunden" - Veranstaltungsreihe im Kepler-Gedächtnishaus, Keplerstraße 5, 93047 Regensburg
Sommer 2027

Johannes Kepler (1571-1630) starb am 15. November 1630 während eines Aufenthalts in Regensburg.
Das Haus, in dem er zuletzt wohnte, zeigt heute Instrumente, Erstausgaben und ein Modell
seines Weltsystems. Die Reihe verbindet Astronomie, Stadtgeschichte und Musik.

  Fr 04.06.  20:30  Dachterrasse: Himmelsbeobachtung mit der Volkssternwarte Regensburg e.V.
  Sa 12.06.  15:00  Führung "Kepler, Kaiser und Reichstag" - mit dem Immerwährenden Reichstag
                    ab 1663 im Alten Rathaus; Treffpunkt Rathausplatz
  Do 24.06.  19:00  Vortrag: "Die Rudolfinischen Tafeln" (Universität Regensburg, Lehrstuhl
                    für Wissenschaftsgeschichte), Eintritt 5,00 EUR
  So 04.07.  11:00  Matinee: Musik der Kepler-Zeit, u. a. Werke von Orlando di Lasso
                    (um 1532-1594) - Ensemble der Domspatzen-Musikschule
  Sa 17.07.  14:00  Kinderwerkstatt "Wir bauen eine Sonnenuhr" (6-10 Jahre), 3,00 EUR
  Fr 30.07.  21:00  Don-Juan-de-Austria-Abend am Zieroldsplatz: Don Juan de Austria
                    (1547-1578), in Regensburg geboren - Lesung und Laute

Karten: Tourist Information Regensburg, Rathausplatz 4, Telefon 0941 507-4410,
tourismus@regensburg.de. Museumseintritt Kepler-Gedächtnishaus 2,50 EUR (ermäßigt 1,50 EUR).
Ein Besuch ist nur über Treppen möglich (kein Aufzug).
""",
    [
        "Johannes Kepler (1571-1630)",
        "Keplerstraße 5, 93047 Regensburg",
        "Volkssternwarte Regensburg e.V.",
        "Don Juan de Austria",
        "tourismus@regensburg.de",
    ],
)
ROSTOCK_STREETS = fixed(
    (30, 7, 26, 40),
    ("Straße / Platz", "PLZ", "Stadtbereich", "Namensherkunft"),
    ("Albert-Einstein-Straße", "18059", "Südstadt", "Albert Einstein (1879-1955), Physiker"),
    ("Blücherstraße", "18055", "Stadtmitte", "Gebhard Leberecht v. Blücher (1742-1819)"),
    ("Ernst-Barlach-Straße", "18055", "Stadtmitte", "Ernst Barlach (1870-1938), Bildhauer"),
    (
        "Fritz-Reuter-Straße",
        "18057",
        "Kröpeliner-Tor-Vorstadt",
        "Fritz Reuter (1810-1874), Dichter",
    ),
    ("John-Brinckman-Straße", "18055", "Stadtmitte", "John Brinckman (1814-1870), in Rostock geb."),
    ("Kröpeliner Straße", "18055", "Stadtmitte", "nach dem Ort Kröpelin"),
    ("Lange Straße", "18055", "Stadtmitte", "historischer Straßenname"),
    ("Max-Planck-Straße", "18059", "Südstadt", "Max Planck (1858-1947), Physiker"),
    ("Rigaer Straße", "18107", "Lütten Klein", "nach der Partnerstadt Riga"),
    ("Schwaaner Straße", "18055", "Stadtmitte", "nach der Stadt Schwaan"),
    ("Am Strom", "18119", "Warnemünde", "Uferstraße am Alten Strom"),
    ("Universitätsplatz", "18055", "Stadtmitte", "Universität Rostock (gegr. 1419)"),
)

clean(
    "clean_street_directory",
    f"""
Hanse- und Universitätsstadt Rostock · Kataster-, Vermessungs- und Liegenschaftsamt
Straßenverzeichnis (Auszug A-U) mit Namenserläuterungen · Stand 01.01.2027

{ROSTOCK_STREETS}

Erläuterungen:
- Das vollständige Verzeichnis umfasst 1.517 Straßen, Wege und Plätze in 21 Ortsteilen.
- Neue Straßennamen beschließt der zuständige Ortsbeirat; Vorschläge für Benennungen nach
  Personen setzen voraus, dass die Person seit mindestens fünf Jahren verstorben ist.
- Postleitzahlen können innerhalb einer Straße wechseln (z. B. Lange Straße 18055/18057);
  maßgeblich ist das Verzeichnis der Deutschen Post AG.

Auskünfte: Kataster-, Vermessungs- und Liegenschaftsamt, Holbeinplatz 14, 18069 Rostock,
kataster@rostock.de, Telefon 0381 381-0 (Bürgertelefon)
""",
    [
        "Gebhard Leberecht v. Blücher (1742-1819)",
        "1.517 Straßen",
        "Holbeinplatz 14, 18069 Rostock",
        "kataster@rostock.de",
        "Deutschen Post AG",
    ],
)
clean(
    "clean_it_notice",
    """
[IT-Info] Wartungsfenster Fachverfahren und Netz - Sa 20.02.2027, 06:00-14:00 Uhr
Von: IT-Servicedesk Stadt Bochum <it-servicedesk@bochum.de>
An: Verteiler "Alle Beschäftigten"

Liebe Kolleginnen und Kollegen,

am Samstag, 20.02.2027, führt das Zentrale IT-Management Wartungsarbeiten durch. Betroffen:

  System                          Host / Adresse             Auswirkung
  Einwohnerwesen (EWO)            ewo-app01 / 10.20.14.21    nicht erreichbar 06:00-10:00
  Ausländerwesen (ABH-Verfahren)  abh-app02 / 10.20.14.37    nicht erreichbar 06:00-10:00
  Finanzverfahren (SAP)           sapprd / 10.20.30.5        eingeschränkt bis 12:00
  VPN-Gateway Telearbeit          vpn.intern.bochum.de       Neustart 13:00 (ca. 15 min)
  WLAN Rathaus (SSID "BO-Dienst") Controller 192.168.40.2    kurze Unterbrechungen

Die Online-Terminvergabe der Bürgerbüros bleibt erreichbar; gebuchte Samstagstermine im
Bürgerbüro Mitte werden verschoben, die Betroffenen informiert das Bürgerbüro.

Bitte melden Sie sich am Freitag vor Dienstschluss aus allen Fachverfahren ab und
speichern Sie offene Dokumente auf dem Netzlaufwerk (H:), nicht lokal.

Störungen nach der Wartung bitte als Ticket im Self-Service-Portal melden (Kategorie
"Fachverfahren") oder telefonisch unter der Hotline 0234 910-4444. Referenz für Rückfragen:
Change CHG0031877.

Freundliche Grüße
Ihr IT-Servicedesk - Zentrales IT-Management, Willy-Brandt-Platz 2-6, 44777 Bochum
""",
    [
        "Wartungsfenster Fachverfahren und Netz",
        "it-servicedesk@bochum.de",
        "10.20.14.21",
        "Hotline 0234 910-4444",
        "Change CHG0031877",
    ],
)

clean(
    "clean_it_notice",
    """
WARNUNG - Phishing-Welle mit gefälschten "Rechnungen" an städtische Postfächer
dortmund systemhaus (dosys.) · Informationssicherheit · Sicherheitshinweis 2027-04

Seit Montag, 01.02.2027, 07:40 Uhr, gehen bei zahlreichen Funktionspostfächern der Stadt
Dortmund E-Mails mit dem Betreff "Offene Rechnung 2027-01 / Mahnung" ein. Absender ist
angeblich "Buchhaltung" der Adresse rechnung@stadtwerke-dortmund-service.com - diese Domain
gehört NICHT zu den Dortmunder Stadtwerken (DSW21).

Merkmale:
- Anhang "Rechnung_2027-01.zip" bzw. Link auf hxxps://dsw-rechnung[.]top/login
- Aufforderung, sich mit dem städtischen Konto "zur Freigabe" anzumelden
- Absende-Server aus bekannter Spam-Infrastruktur (vollständige Liste im Ticket)

Maßnahmen durch dosys.:
- Die Domain und die Absende-Server sind seit 09:15 Uhr am Mail-Gateway (10.1.8.20) gesperrt.
- Bereits zugestellte Mails werden zentral aus den Postfächern entfernt.
- Betroffen waren u. a. die Postfächer buergerdienste@dortmund.de, abh@stadtdo.de und
  wohngeld@dortmund.de; Anmeldungen mit Zugangsdaten sind bisher nicht festgestellt.

Was Sie tun sollen:
1. Keine Anhänge öffnen, keine Links anklicken, nichts weiterleiten.
2. Verdächtige Mails über den Button "Phishing melden" in Outlook melden.
3. Wer bereits Zugangsdaten eingegeben hat: sofort Passwort ändern und die
   Sicherheits-Hotline 0231 50-11111 anrufen (rund um die Uhr).

Ticket-Referenz: SEC-INC-2027-0041 · Informationssicherheit, Königswall 14, 44137 Dortmund
""",
    [
        "Sicherheitshinweis 2027-04",
        "rechnung@stadtwerke-dortmund-service.com",
        "10.1.8.20",
        "buergerdienste@dortmund.de",
        "Sicherheits-Hotline 0231 50-11111",
    ],
)
HERNE_SCHOOLS = pipe_table(
    (38, 30, 14),
    ("Schule", "Anschrift", "Schulform"),
    ("Pestalozzi-Gymnasium", "Harkortstraße 65, 44652 Herne", "Gymnasium"),
    ("Otto-Hahn-Gymnasium", "Berliner Platz 4, 44623 Herne", "Gymnasium"),
    ("Haranni-Gymnasium", "Haranni-Platz 1, 44623 Herne", "Gymnasium"),
    ("Erich-Fried-Gesamtschule", "Flottmannstraße 47, 44625 Herne", "Gesamtschule"),
    ("Mont-Cenis-Gesamtschule", "Mont-Cenis-Str. 180, 44627 Herne", "Gesamtschule"),
    ("Realschule Crange", "Cranger Straße 303, 44653 Herne", "Realschule"),
    ("Hans-Tilkowski-Schule", "Sodinger Straße 11, 44623 Herne", "Grundschule"),
    ("Max-Wiethoff-Schule", "Heisterkamp 30, 44625 Herne", "Grundschule"),
    ("Kunterbunt-Schule (Förderschule)", "Am Revierpark 2, 44651 Herne", "Förderschule"),
    ("Mulvany-Berufskolleg", "Hermann-Löns-Str. 10, 44623 Herne", "Berufskolleg"),
    outer=True,
)

clean(
    "clean_institution_list",
    f"""
## Schulen in Trägerschaft der Stadt Herne - Verzeichnis für Neubürgerinnen und Neubürger

Herausgeber: Stadt Herne, Fachbereich Schule und Weiterbildung, Rathausstraße 6, 44649 Herne
Stand: Schuljahr 2026/27 (Auszug). Die Zuordnung der Grundschulen erfolgt nicht nach
Schulbezirken; Eltern können die Grundschule frei wählen.

{HERNE_SCHOOLS}

Namensgeber (Auswahl): Johann Heinrich Pestalozzi (1746-1827), Otto Hahn (1879-1968),
Erich Fried (1921-1988), der Fußballtorwart Hans Tilkowski (1935-2020) und der irische
Bergwerksunternehmer William Thomas Mulvany (1806-1885), der in Herne die Zechen Shamrock
und Hibernia gründete.

Anmeldung an weiterführenden Schulen: 15.-19.02.2027 direkt an der Schule.
Beratung: schulberatung@herne.de · Schulpsychologische Beratungsstelle 02323 16-3313
""",
    [
        "Fachbereich Schule und Weiterbildung",
        "Rathausstraße 6, 44649 Herne",
        "William Thomas Mulvany (1806-1885)",
        "15.-19.02.2027",
        "schulberatung@herne.de",
    ],
)
GE_KITAS = csv_rows(
    ("Einrichtung", "Träger", "Straße", "PLZ", "Stadtteil", "U3", "Ü3", "Öffnungszeit"),
    (
        "Kita Regenbogen",
        "GeKita",
        "Feldmarkstraße 120",
        "45883",
        "Feldmark",
        "10",
        "40",
        "07:00-16:30",
    ),
    (
        "Familienzentrum St. Urbanus",
        "Kath. Kita gGmbH Ruhr-Mitte",
        "Urbanusstraße 2",
        "45894",
        "Buer",
        "12",
        "55",
        "07:15-16:15",
    ),
    (
        "AWO-Kita Schalke, Familienzentrum",
        "AWO Unterbezirk Gelsenkirchen/Bottrop",
        "Grenzstraße 47",
        "45881",
        "Schalke",
        "8",
        "37",
        "07:00-17:00",
    ),
    (
        "Ev. Kita Lutherhaus",
        "Ev. Kirchenkreis Gelsenkirchen und Wattenscheid",
        "Lutherstraße 9",
        "45879",
        "Altstadt",
        "6",
        "44",
        "07:30-16:30",
    ),
    (
        "Kita Zwergenland",
        "GeKita",
        "Cranger Straße 350",
        "45891",
        "Erle",
        "12",
        "48",
        "07:00-16:30",
    ),
    (
        "Waldkita Resser Mark",
        "Naturkinder Gelsenkirchen e.V.",
        "Am Ressergrund 4",
        "45892",
        "Resse",
        "0",
        "20",
        "08:00-14:00",
    ),
    (
        "DRK-Kita Hassel",
        "DRK-Kreisverband Gelsenkirchen e.V.",
        "Valentinstraße 15",
        "45896",
        "Hassel",
        "10",
        "35",
        "07:00-16:00",
    ),
    (
        "Kita Kunterbunt Ückendorf; Sprach-Kita",
        "GeKita",
        "Bochumer Straße 88",
        "45886",
        "Ückendorf",
        "14",
        "50",
        "07:00-16:30",
    ),
)

clean(
    "clean_institution_list",
    f"""
Stadt Gelsenkirchen - Referat Kinder, Jugend und Familien - Kita-Verzeichnis (CSV-Export)
Stand 01.02.2027 · Auszug für die Elternberatung im Kita-Navigator · Trennzeichen ";"

{GE_KITAS}

Legende: U3 = Plätze für Kinder unter drei Jahren, Ü3 = Plätze ab drei Jahren bis Schuleintritt.
GeKita = Gelsenkirchener Kindertagesstätten, Eigenbetrieb der Stadt Gelsenkirchen.
Anmeldungen ausschließlich über den Kita-Navigator; Beratung im Familienbüro, Ebertstraße 11,
45879 Gelsenkirchen, familienbuero@gelsenkirchen.de, Telefon 0209 169-0.
Elternbeiträge richten sich nach der Beitragssatzung (einkommensabhängig, Geschwister frei).
""",
    [
        "Referat Kinder, Jugend und Familien",
        "GeKita",
        "Naturkinder Gelsenkirchen e.V.",
        "familienbuero@gelsenkirchen.de",
        "Stand 01.02.2027",
    ],
)

clean(
    "clean_tender",
    """
Öffentliche Ausschreibung nach § 9 UVgO / Bekanntmachung
Vergabenummer: 2027-10-0052 · Stadt Münster, Vergabestelle (Amt für Finanzen und Beteiligungen)
Albersloher Weg 33, 48155 Münster · vergabestelle@stadt-muenster.de · Telefon 0251 492-0

Auftraggeber: Stadt Münster, Amt für Immobilienmanagement
Gegenstand: Unterhalts- und Glasreinigung in vier Schulgebäuden
  Los 1: Schulzentrum Kinderhaus (ca. 14.300 m² Reinigungsfläche)
  Los 2: Annette-von-Droste-Hülshoff-Gymnasium (ca. 8.900 m²)
  Los 3: Hansa-Grundschule und Turnhalle (ca. 4.100 m²)
  Los 4: Glasreinigung aller Objekte (ca. 11.500 m² Glasfläche, zweimal jährlich)
Leistungszeitraum: 01.08.2027 bis 31.07.2029, Verlängerungsoption 2 x 12 Monate
Zuschlagskriterien: Preis 60 %, Qualitätskonzept 30 %, Umweltkonzept 10 %
Eignungsnachweise: Eintragung in der Handwerksrolle (Gebäudereiniger), Umsatz der letzten
drei Jahre, drei Referenzen vergleichbarer Größe, Eigenerklärung Tariftreue- und
Mindestlohngesetz, Unbedenklichkeitsbescheinigungen von Finanzamt und Berufsgenossenschaft

Vergabeunterlagen: ausschließlich elektronisch über die Vergabeplattform
www.vergabe.metropoleruhr.de (Projekt-ID CXP9Y2A7H3L). Bieterfragen bis 22.03.2027 nur über
die Plattform. Angebotsfrist: 06.04.2027, 10:00 Uhr; Bindefrist: 31.05.2027.
Besichtigung der Objekte: 11.03.2027, Treffpunkt Haupteingang Schulzentrum Kinderhaus,
Anmeldung über die Plattform.

Nachprüfung: Vergabekammer Westfalen bei der Bezirksregierung Münster, Albrecht-Thaer-Str. 9,
48147 Münster (nur für Leistungen oberhalb der EU-Schwellenwerte).
""",
    [
        "Vergabenummer: 2027-10-0052",
        "vergabestelle@stadt-muenster.de",
        "Annette-von-Droste-Hülshoff-Gymnasium",
        "Angebotsfrist: 06.04.2027, 10:00 Uhr",
        "Vergabekammer Westfalen",
    ],
)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
