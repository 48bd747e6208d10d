"""Build the twenty-third German PII redaction development corpus (``corpus.jsonl`` here).

    python3 tests/data/redaction_dev23/build_dev23.py            # check, then write
    python3 tests/data/redaction_dev23/build_dev23.py --partial  # check only, write nothing

DEVELOPMENT set: it may be read, run and tuned on. It was written blind: without sight of the
redactor's rules, its benchmark, its tests, the held-out corpora, the repository's README, the
git history and the documents of every other corpus. Only the README of dev22, the docstring,
helpers (with the check function) and ``main()`` of ``build_dev22.py`` (lines 1-570 and
3340-3429) and its first documents (lines 571-760, for the markup) were read, for the record
format, the annotation conventions and the check-digit rules (besides the ruff section of
``pyproject.toml``); the helpers are copied from dev22 and adapted, the documents are new, and
neither the redactor nor the benchmark was run on them.
The theme is the mail of a city's offices in situations not covered by dev22: the registry
office (birth registrations, name declarations, church exits, death notifications from
undertakers), the citizens' office (residence certificates, second homes, information blocks),
social welfare (Grundsicherung, Hilfe zur Pflege, funeral costs under section 74 SGB XII), the
youth welfare office (maintenance advance, paternity, guardianship by the office), building
supervision (neighbour objections, illegal construction), the trade office (street traders,
restaurant licences, security trade), the road traffic office (vehicle registration, disabled
parking permits), the city's tax office (dog tax, second-home tax, amusement tax), the fire
brigade (fire safety inspections), the veterinary office (dog bites, animal keeping bans), the
election office (postal voting, poll workers), library and music school fees, allotment
gardens, the tourist office, the sports office (hall allocations), the public utility (meter
readings, instalment plans), the public order office (found animals, abandoned cars) and sole
traders (a driving school, a locksmith, a nursing service, a private tutor). The towns are in
Bavaria, Saxony, Thuringia, Saxony-Anhalt, Brandenburg, Mecklenburg-Vorpommern,
Schleswig-Holstein, Lower Saxony, Hesse, Rhineland-Palatinate, Saarland and
Baden-Württemberg, with villages and districts around them. 45 documents carry personal data,
15 do not.

  - citizen_letter (4), citizen_email (5): citizens writing to offices, formal and informal,
    one letter with the sender in the footer only, one e-mail in lower case;
  - official_notice (4), office_letter (3): notices and letters of the city with letterhead,
    clerk, direct line, file number and Kassenzeichen;
  - internal_memo (3): memos and forwardings between offices;
  - phone_note (3), chat (2): telephone notes, a speech-to-text voicemail without punctuation,
    a live chat and a messenger export with spoken, spelled and dictated names and numbers;
  - mail_chain (4): forwarded and answered e-mails, one with English quoted headers;
  - form_export (4): an undertaker's death notification, JSON, XML and dotted-leader forms;
  - table (4): a semicolon CSV, a tabbed list of poll workers, a pipe table and a CSV;
  - ocr_scan (3): scanned handwritten forms with OCR noise and broken characters;
  - lawyer_letter (2), minutes (1), complaint_portal (1), invoice (2);
  - clean_* (15): service descriptions, fee schedules, council agendas, press releases, FAQ
    pages, internal guidelines, a tender and statistics tables.

Markup: personal strings are written inline as ``[[TYPE:text]]``; computed numbers are put in
with ``«name»`` slots. Short type names:

    P=PERSON  STR=STREET_ADDRESS  LOC=LOCATION  DOB=DATE_OF_BIRTH  TEL=PHONE_NUMBER
    MAIL=EMAIL_ADDRESS  IBAN=IBAN_CODE  TAX=DE_TAX_ID  RV=DE_SOCIAL_SECURITY  ID=DE_ID_CARD
    PASS=DE_PASSPORT  KFZ=DE_KFZ  AZ=DE_AKTENZEICHEN  HR=DE_HANDELSREGISTER  IP=IP_ADDRESS

Annotation conventions (those of dev22, unchanged):
  - only values are annotated, never keys, labels, column titles, CSV, JSON or XML key names;
  - salutations, titles, roles and relationship words ("Herr", "Frau", "Dr.", "Prof.",
    "Betroffener", "Antragstellerin", "Sohn", "geb.") stay outside PERSON spans; a bare surname
    or first name, a first name alone in a greeting or signature, initials standing for a
    private person ("M. Kowalczyk"), names in "Nachname, Vorname" order, names in capitals or
    lower case and spelled names are PERSON; the same word used in its ordinary sense ("im
    Sommer", "der Monat August") is not a name and is allowed for that document;
  - a name inside an e-mail address counts only as part of the EMAIL_ADDRESS;
  - staff of the city: names, direct lines and personal mailboxes are annotated; switchboards
    ("...-0"), hotlines, functional mailboxes, team signatures and initials alone are not;
  - a span never crosses a line break;
  - a private address is STREET_ADDRESS (street, number, additions) plus LOCATION (postcode and
    town); towns and districts of residence, previous residence, birth, origin and relatives are
    LOCATION, at home and abroad, also the office's own town; countries and nationalities are
    not; offices, courts, firms with a legal form, homes, schools and public buildings,
    cemeteries, the place of an offence and the place of a letter's date line are not;
  - natural persons in business (sole traders, also "e.K.", sole lawyers, a driving school, a
    locksmith, a nursing service, a tutor) are persons: name, address, phones, mailboxes, tax
    number, HRA entry and IBAN are personal; companies with a legal form, their addresses and
    register entries are not, their employees' names and direct lines are;
  - Kassenzeichen, file numbers of a citizen's matter, booking, application, permit, customer,
    contract, meter, library-card, dog-tag, waiting-list, register, insurance, chat and ticket
    numbers and a lawyer's or court's file reference are DE_AKTENZEICHEN (the cue word stays
    outside); council papers, paragraphs, budget lines, the city's order numbers, invoice and
    tender numbers and a club's number are not;
  - German ID cards are DE_ID_CARD; passports of all countries and foreign ID cards are
    DE_PASSPORT; the RV number is DE_SOCIAL_SECURITY; the Steuer-ID and a tax number are
    DE_TAX_ID;
  - plates of citizens' and firms' vehicles are DE_KFZ; citizens' IPs are IP_ADDRESS, servers
    are not;
  - only dates of birth are personal, in any notation, and a year of birth alone (the cue stays
    outside); dates of death, of marriage, appointments and deadlines and ages are not;
  - historical persons with life dates in PII-free documents are not personal.

Checks (standard library only): ids are unique; offsets give back the span text; spans are
sorted, disjoint and free of line breaks and surrounding blanks; Steuer-IDs carry the MOD 11,10
check digit; IBANs pass MOD 97; RV numbers carry their check digit and match a date of birth in
the document; ID-card numbers use the ID-card alphabet with a valid tenth check digit where
there is one; phone numbers, e-mails, IPs and plates have a plausible shape; no keep phrase
overlaps a span and each occurs; 4-5 distinct keep phrases and 1,100-2,000 characters per
document; PII-free documents have no spans; every further whole-word occurrence of an annotated
string (three characters or more) and of every name part (three letters or more) of a PERSON
span is annotated too unless the document allows it, and every allowance is needed; the
document counts per style match the plan.
``corpus.jsonl`` is written only when nothing is found.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "corpus.jsonl"
PREFIX = "dev23"
MIN_CHARS, MAX_CHARS = 1100, 2000

TYPE_CODES = {
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
MARKUP = re.compile(r"\[\[([A-Z]+):(.*?)\]\]")
SLOT = re.compile(r"«([a-z0-9_]+)»")
ID_ALPHABET = frozenset("CFGHJKLMNPRTVWXYZ0123456789")

PLAN = {
    ("citizen_letter", "pii"): 4,
    ("citizen_email", "pii"): 5,
    ("official_notice", "pii"): 4,
    ("office_letter", "pii"): 3,
    ("internal_memo", "pii"): 3,
    ("phone_note", "pii"): 3,
    ("chat", "pii"): 2,
    ("mail_chain", "pii"): 4,
    ("form_export", "pii"): 4,
    ("table", "pii"): 4,
    ("ocr_scan", "pii"): 3,
    ("lawyer_letter", "pii"): 2,
    ("minutes", "pii"): 1,
    ("complaint_portal", "pii"): 1,
    ("invoice", "pii"): 2,
    ("clean_service_description", "clean"): 2,
    ("clean_fee_schedule", "clean"): 2,
    ("clean_council_agenda", "clean"): 2,
    ("clean_press_release", "clean"): 2,
    ("clean_faq", "clean"): 2,
    ("clean_guideline", "clean"): 2,
    ("clean_tender", "clean"): 1,
    ("clean_statistics", "clean"): 2,
}

# ---------------------------------------------------------------------------------------------
# Check digits and spoken forms
# ---------------------------------------------------------------------------------------------


def mod11_10(digits: str) -> int:
    """ISO 7064 MOD 11,10 check digit over the first ten digits of a Steuer-ID."""
    product = 10
    for ch in digits:
        total = (int(ch) + product) % 10 or 10
        product = (total * 2) % 11
    check = 11 - product
    return 0 if check == 10 else check


def steuer_id(ten: str, style: str = "plain") -> str:
    """Steuer-ID from ten digits (first not 0, exactly one digit twice or three times)."""
    assert len(ten) == 10 and ten.isdigit() and ten[0] != "0", ten
    repeats = sorted(n for n in Counter(ten).values() if n > 1)
    assert repeats in ([2], [3]), ten
    full = ten + str(mod11_10(ten))
    if style == "blocks":
        return f"{full[:2]} {full[2:5]} {full[5:8]} {full[8:]}"
    if style == "triples":
        return " ".join(full[i : i + 3] for i in range(0, 11, 3))
    return full


def _as_number(chars: str) -> int:
    return int("".join(str(int(c, 36)) for c in chars))


def iban(country: str, bban: str, style: str = "groups") -> str:
    """IBAN with MOD 97 check digits; style groups, raw, lower (typed in lower case)."""
    check = 98 - _as_number(bban + country + "00") % 97
    raw = f"{country}{check:02d}{bban}"
    grouped = " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    if style == "raw":
        return raw
    if style == "lower":
        return grouped.lower()
    return grouped


def iban_ok(value: str) -> bool:
    raw = re.sub(r"[\s-]", "", value).upper()
    if not re.fullmatch(r"[A-Z]{2}\d\d[A-Z0-9]{10,30}", raw):
        return False
    return _as_number(raw[4:] + raw[:4]) % 97 == 1


RV_WEIGHTS = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)


def rv_check(area: str, ddmmyy: str, letter: str, serial: str) -> int:
    digits = area + ddmmyy + f"{ord(letter) - 64:02d}" + serial
    return sum(sum(divmod(int(d) * w, 10)) for d, w in zip(digits, RV_WEIGHTS, strict=True)) % 10


def rv_number(area: str, ddmmyy: str, letter: str, serial: str, spaced: bool = False) -> str:
    c = rv_check(area, ddmmyy, letter, serial)
    if spaced:
        return f"{area} {ddmmyy} {letter} {serial}{c}"
    return f"{area}{ddmmyy}{letter}{serial}{c}"


def icao(chars: str) -> int:
    weights = (7, 3, 1)
    return sum((0 if c == "<" else int(c, 36)) * weights[i % 3] for i, c in enumerate(chars)) % 10


def id_card(nine: str, with_check: bool = False) -> str:
    assert len(nine) == 9 and set(nine) <= ID_ALPHABET, nine
    return nine + str(icao(nine)) if with_check else nine


def id_card_ok(value: str) -> bool:
    raw = value.replace(" ", "").upper()
    if len(raw) not in (9, 10) or not set(raw) <= ID_ALPHABET:
        return False
    return len(raw) == 9 or icao(raw[:9]) == int(raw[9])


DIGIT_WORDS = ("null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun")


def spoken(value: str, zwo: bool = False) -> str:
    """Read out digit by digit: '0176 12' -> 'null eins sieben sechs eins zwei'."""
    words = []
    for c in value:
        if c.isdigit():
            words.append("zwo" if zwo and c == "2" else DIGIT_WORDS[int(c)])
        elif c.isalpha():
            words.append(c.lower())
    return " ".join(words)


SPELLING = {
    "old": dict(
        zip(
            "abcdefghijklmnopqrstuvwxyz",
            [
                "anton",
                "berta",
                "cäsar",
                "dora",
                "emil",
                "friedrich",
                "gustav",
                "heinrich",
                "ida",
                "julius",
                "kaufmann",
                "ludwig",
                "martha",
                "nordpol",
                "otto",
                "paula",
                "quelle",
                "richard",
                "samuel",
                "theodor",
                "ulrich",
                "viktor",
                "wilhelm",
                "xanthippe",
                "ypsilon",
                "zacharias",
            ],
            strict=True,
        )
    ),
    "new": dict(
        zip(
            "abcdefghijklmnopqrstuvwxyz",
            [
                "aachen",
                "berlin",
                "chemnitz",
                "düsseldorf",
                "essen",
                "frankfurt",
                "goslar",
                "hamburg",
                "ingelheim",
                "jena",
                "köln",
                "leipzig",
                "münchen",
                "nürnberg",
                "offenbach",
                "potsdam",
                "quickborn",
                "rostock",
                "salzwedel",
                "tübingen",
                "unna",
                "völklingen",
                "wuppertal",
                "xanten",
                "ypsilon",
                "zwickau",
            ],
            strict=True,
        )
    ),
}


def spell(name: str, alphabet: str = "old") -> str:
    """'vogel' -> 'v wie viktor o wie otto g wie gustav e wie emil l wie ludwig'."""
    table = SPELLING[alphabet]
    return " ".join(f"{c} wie {table[c]}" for c in name.lower())


# ---------------------------------------------------------------------------------------------
# Layout helpers (markup never counts towards a width)
# ---------------------------------------------------------------------------------------------


def plain(cell: str) -> str:
    return MARKUP.sub(lambda m: m.group(2), fill(cell))


def columns(widths: tuple[int, ...], *rows: tuple[str, ...]) -> str:
    """Left-aligned columns padded with blanks, as forms come out of a PDF."""
    lines = []
    for row in rows:
        line = ""
        for i, cell in enumerate(row):
            width = widths[i] if i < len(widths) else 0
            line += cell + " " * max(1, width - len(plain(cell)))
        lines.append(line.rstrip())
    return "\n".join(lines)


def pipes(widths: tuple[int, ...], *rows: tuple[str, ...]) -> str:
    lines = []
    for row in rows:
        cells = []
        for i, cell in enumerate(row):
            width = widths[i] if i < len(widths) else 0
            cells.append(cell + " " * max(0, width - len(plain(cell))))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def rule(widths: tuple[int, ...]) -> str:
    return "|" + "|".join("-" * (w + 2) for w in widths) + "|"


def tabbed(*rows: tuple[str, ...]) -> str:
    return "\n".join("\t".join(row) for row in rows)


def quoted(block: str, mark: str = "> ") -> str:
    return "\n".join((mark + line).rstrip() for line in block.strip("\n").split("\n"))


# ---------------------------------------------------------------------------------------------
# Registration
# ---------------------------------------------------------------------------------------------

V: dict[str, str] = {}
DOCS: list[dict] = []


def fill(marked: str) -> str:
    def repl(m: re.Match) -> str:
        if m.group(1) not in V:
            raise KeyError(f"no value for slot {m.group(1)!r}")
        return V[m.group(1)]

    return SLOT.sub(repl, marked)


def strip_markup(marked: str) -> tuple[str, list[dict]]:
    parts: list[str] = []
    spans: list[dict] = []
    pos = 0
    length = 0
    for m in MARKUP.finditer(marked):
        chunk = marked[pos : m.start()]
        parts.append(chunk)
        length += len(chunk)
        code, value = m.group(1), m.group(2)
        if code not in TYPE_CODES:
            raise ValueError(f"unknown type code {code!r} in {m.group(0)!r}")
        spans.append(
            {"start": length, "end": length + len(value), "type": TYPE_CODES[code], "text": value}
        )
        parts.append(value)
        length += len(value)
        pos = m.end()
    parts.append(marked[pos:])
    return "".join(parts), spans


def add(kind: str, style: str, marked: str, keep: list[str], allow: tuple[str, ...] = ()) -> None:
    text, spans = strip_markup(fill(marked).strip("\n") + "\n")
    DOCS.append(
        {
            "kind": kind,
            "style": style,
            "text": text,
            "spans": spans,
            "keep": [fill(k) for k in keep],
            "allow": allow,
        }
    )


def pii(style: str, marked: str, keep: list[str], allow: tuple[str, ...] = ()) -> None:
    add("pii", style, marked, keep, allow)


def clean(style: str, marked: str, keep: list[str]) -> None:
    add("clean", style, marked, keep)


# ---------------------------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------------------------

NUMBER_WORDS = re.compile(
    r"null|eins|zwei|zwo|drei|vier|fünf|sechs|sieben|sieb|acht|neun|zehn|elf|zwölf|zwanzig|"
    r"dreißig|hundert|tausend|ersten|erster|dritten",
    re.IGNORECASE,
)
MONTHS = re.compile(r"jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez", re.IGNORECASE)
NAME_PART = re.compile(r"[^\W\d_]{3,}")
DDMMYY = re.compile(r"(\d\d)\.(\d\d)\.(?:19|20)?(\d\d)")
PLATE = re.compile(
    r"[A-ZÄÖÜ]{1,3}[- ]{0,3}[A-Z]{1,2}[- ]?[\dO]{1,4}[EH]?|[A-Z]{1,3}[- ]?\d{3,5}[- ]?[A-Z]{0,3}"
    r"|[A-Z]{1,2}[- ]\d{2,3}[- ][A-Z]{3}|[A-Z]{2,3} \d[\dA-Z]{3,4}"
)


def whole_word(text: str, needle: str) -> list[tuple[int, int]]:
    rx = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")
    return [m.span() for m in rx.finditer(text)]


def covered(spans: list[dict], a: int, b: int) -> bool:
    return any(s["start"] <= a and b <= s["end"] for s in spans)


def overlaps(spans: list[dict], a: int, b: int) -> bool:
    return any(s["start"] < b and a < s["end"] for s in spans)


def tax_ok(value: str) -> bool:
    raw = value.replace(" ", "")
    if re.fullmatch(r"\d{11}", raw):
        return raw[0] != "0" and mod11_10(raw[:10]) == int(raw[10])
    return bool(re.fullmatch(r"\d{2,3}/\d{3,4}/\d{4,5}|\d{13}", raw))


def check_span(s: dict, dobs: set[str], bad) -> None:
    v, t = s["text"], s["type"]
    words = len(NUMBER_WORDS.findall(v))
    if t == "DE_TAX_ID" and not tax_ok(v):
        bad(f"tax number {v!r} invalid")
    elif t == "IBAN_CODE" and not iban_ok(v):
        bad(f"IBAN {v!r} invalid")
    elif t == "DE_SOCIAL_SECURITY":
        m = re.fullmatch(r"(\d\d)(\d{6})([A-Z])(\d\d)(\d)", v.replace(" ", ""))
        if not m or rv_check(m[1], m[2], m[3], m[4]) != int(m[5]):
            bad(f"RV number {v!r} invalid")
        elif m[2] not in dobs:
            bad(f"RV number {v!r} does not match a date of birth in the document")
    elif t == "DE_ID_CARD" and not id_card_ok(v):
        bad(f"ID card number {v!r} invalid")
    elif t == "DATE_OF_BIRTH" and not (re.search(r"\d", v) or words or MONTHS.search(v)):
        bad(f"date of birth {v!r} has no digits, number words or month")
    elif t == "PHONE_NUMBER" and len(re.findall(r"\d", v)) + words < 6:
        bad(f"phone number {v!r} too short")
    elif t == "EMAIL_ADDRESS" and not re.search(r"@| at | ät ", v):
        bad(f"e-mail {v!r} without @ or a spoken at")
    elif t == "IP_ADDRESS" and not re.fullmatch(r"[0-9.]{7,15}|[0-9a-fA-F:]{3,39}", v):
        bad(f"IP address {v!r} malformed")
    elif t == "DE_KFZ" and not (PLATE.fullmatch(v.upper()) or " wie " in v or words):
        bad(f"plate {v!r} malformed")


def check(doc: dict, ident: str) -> list[str]:
    text, spans, keep, allow = doc["text"], doc["spans"], doc["keep"], doc["allow"]
    problems: list[str] = []

    def bad(msg: str) -> None:
        problems.append(f"{ident} ({doc['style']}): {msg}")

    if not MIN_CHARS <= len(text) <= MAX_CHARS:
        bad(f"length {len(text)} not in {MIN_CHARS}-{MAX_CHARS}")
    if not 4 <= len(keep) <= 5 or len(set(keep)) != len(keep):
        bad(f"needs 4-5 distinct keep phrases, has {keep}")
    if doc["kind"] == "clean" and spans:
        bad("PII-free document with spans")
    if doc["kind"] == "pii" and not spans:
        bad("document with personal data but no spans")
    if doc["kind"] == "clean" and allow:
        bad("PII-free document with allowances")
    if "[[" in text or "]]" in text or "«" in text or "»" in text:
        bad("markup left in the text")

    dobs = set()
    for s in spans:
        if s["type"] == "DATE_OF_BIRTH":
            m = DDMMYY.search(s["text"])
            if m:
                dobs.add(m[1] + m[2] + m[3])
    end = -1
    for s in spans:
        v = s["text"]
        if text[s["start"] : s["end"]] != v:
            bad(f"offsets do not give {v!r}")
        if s["start"] < end:
            bad(f"span {v!r} overlaps or is out of order")
        end = s["end"]
        if not v or v != v.strip() or "\n" in v:
            bad(f"span boundaries of {v!r}")
        check_span(s, dobs, bad)

    for phrase in keep:
        starts = [m.start() for m in re.finditer(re.escape(phrase), text)]
        if not starts:
            bad(f"keep phrase missing: {phrase!r}")
        if any(overlaps(spans, a, a + len(phrase)) for a in starts):
            bad(f"keep phrase overlaps a span: {phrase!r}")

    needles: set[str] = set()
    for s in spans:
        if len(s["text"]) >= 3:
            needles.add(s["text"])
        if s["type"] == "PERSON" and " wie " not in s["text"]:
            needles.update(NAME_PART.findall(s["text"]))
    used: set[str] = set()
    for needle in sorted(needles):
        for a, b in whole_word(text, needle):
            if covered(spans, a, b):
                continue
            if needle in allow:
                used.add(needle)
                continue
            context = text[max(0, a - 40) : b + 40].replace("\n", "/")
            bad(f"unannotated occurrence of {needle!r}: …{context}…")
    for extra in sorted(set(allow) - used):
        bad(f"allowance not needed: {extra!r}")
    return problems


# =============================================================================================
# Documents with personal data
# =============================================================================================

# --- citizen_letter ---------------------------------------------------------------------------

pii(
    "citizen_letter",
    """
[[P:Swetlana Becker]]
[[STR:Zschopauer Straße 219]]
[[LOC:09126 Chemnitz]]

Stadt Chemnitz
Bürgeramt – Meldebehörde
Düsseldorfer Platz 1
09111 Chemnitz

Chemnitz, 14. Januar 2026

Antrag auf Eintragung einer Auskunftssperre nach § 51 Bundesmeldegesetz
für mich und meine Tochter

Sehr geehrte Damen und Herren,

hiermit beantrage ich die Eintragung einer Auskunftssperre im Melderegister für mich,
[[P:Swetlana Becker]], geboren am [[DOB:23.09.1979]] in [[LOC:Karaganda]] (Kasachstan), und
für meine Tochter [[P:Alina Becker]], geboren am [[DOB:05.03.2011]] in [[LOC:Chemnitz]]. Wir
sind 1996 als Spätaussiedler mit meinen Eltern nach [[LOC:Hohenstein-Ernstthal]] gekommen.

Seit der Trennung im Sommer 2024 werde ich von meinem früheren Lebensgefährten, Herrn
[[P:Dmitri Wagner]] (geb. [[DOB:1976]]), verfolgt und bedroht. Er hat mehrmals vor unserer
früheren Wohnung in der [[STR:Augustusburger Straße 41]] gewartet und meine Arbeitsstelle
angerufen. Das Amtsgericht Chemnitz hat am 2. Dezember 2025 eine Anordnung nach dem
Gewaltschutzgesetz erlassen (Az. [[AZ:5 F 1187/25]]); die Polizeidirektion Chemnitz führt die
Anzeige unter der Vorgangsnummer [[AZ:PD-C-2025-184406]]. Kopien liegen bei.

Zum 1. Januar 2026 sind wir in die oben genannte Wohnung umgezogen. Herr [[P:Wagner]] darf die
neue Anschrift auf keinen Fall erfahren, auch nicht über eine einfache Melderegisterauskunft.
Bitte sperren Sie auch die Auskunft an Parteien und Adressbuchverlage.

Erreichbar bin ich unter [[TEL:0152 2841 7739]] oder [[MAIL:s.becker79@gmx.net]].

Mit freundlichen Grüßen

[[P:Swetlana Becker]]
""",
    [
        "§ 51 Bundesmeldegesetz",
        "Düsseldorfer Platz 1",
        "Polizeidirektion Chemnitz",
        "Gewaltschutzgesetz",
        "Adressbuchverlage",
    ],
    allow=("Chemnitz",),
)

pii(
    "citizen_letter",
    """
[[P:Ernst]] und [[P:Rosa Fröhlich]]
[[STR:Am Hofberg 14a]]
[[LOC:84036 Landshut]]
Tel. [[TEL:0871 / 4 30 27 18]]

Stadt Landshut
Baureferat – Amt für Bauaufsicht
Luitpoldstraße 29
84034 Landshut

Landshut, 9. Februar 2026

Widerspruch gegen die Baugenehmigung vom 22. Januar 2026
Bauvorhaben Doppelgarage mit Werkstatt, Fl.Nr. 1187/4, Gemarkung Berg
Ihr Zeichen: [[AZ:BV 2025-0713]]

Sehr geehrte Frau [[P:Obermeier]],

gegen die unserem Nachbarn, Herrn [[P:Florian Lange]], [[STR:Am Hofberg 16]], erteilte
Baugenehmigung legen wir hiermit Widerspruch ein. Die Garage soll auf einer Länge von 14 Metern
unmittelbar an unserer Grundstücksgrenze errichtet werden und eine Wandhöhe von 3,60 m
erreichen. Nach Art. 6 Abs. 7 BayBO sind an der Grenze höchstens 9 Meter Gesamtlänge und 3 Meter
mittlere Wandhöhe zulässig. Unser Wohnzimmer und die Terrasse würden den größten Teil des Tages
verschattet.

Herr [[P:Lange]] betreibt zudem nebenberuflich eine Kfz-Werkstatt; die Werkstatt würde mit
Kompressor und Hebebühne bis in die Abendstunden Lärm verursachen. Wir meinen das im Ernst:
seit zwei Jahren stehen bereits drei nicht zugelassene Fahrzeuge im Hof, zuletzt ein Transporter
mit dem Kennzeichen [[KFZ:LA-FL 716]].

Unsere Tochter [[P:Veronika Fröhlich-Huber]], die in [[LOC:Ergolding]] wohnt und uns bei der
Sache unterstützt, erreichen Sie unter [[TEL:0160 9142 5583]]. Bitte senden Sie uns die
Planunterlagen zur Einsicht; die Begründung reichen wir innerhalb der Frist nach.

Mit freundlichen Grüßen

[[P:Ernst Fröhlich]]          [[P:Rosa Fröhlich]]
""",
    ["Luitpoldstraße 29", "Art. 6 Abs. 7 BayBO", "Fl.Nr. 1187/4", "Gemarkung Berg", "3,60 m"],
    allow=("Ernst",),
)

V["iban_l3"] = iban("DE", "83050000" + "0000621904")

pii(
    "citizen_letter",
    """
[[P:Mario Sauer]]
[[STR:Bieblacher Straße 63]]
[[LOC:07546 Gera]]

Stadt Gera
Fachdienst Soziales – Sozialhilfe
Gagarinstraße 99/101
07545 Gera

Gera, 2. März 2026

Antrag auf Übernahme der Bestattungskosten nach § 74 SGB XII
Verstorbener: [[P:Gerhard Sauer]], geb. [[DOB:11.07.1951]], verstorben am 3. Februar 2026

Sehr geehrte Damen und Herren,

mein Vater [[P:Gerhard Sauer]], zuletzt wohnhaft [[STR:Straße des Bergmanns 12]],
[[LOC:07549 Gera-Lusan]], ist am 3. Februar 2026 im SRH Wald-Klinikum verstorben. Als Sohn
war ich nach dem Thüringer Bestattungsgesetz verpflichtet, die Bestattung zu veranlassen. Die
Urnenbeisetzung fand am 20. Februar auf dem Ostfriedhof Gera statt. Die Rechnung des
Bestattungshauses Pietät Gera GmbH über 3.480,50 Euro liegt bei.

Ein Nachlass ist nicht vorhanden; mein Vater lebte von einer kleinen Rente und Grundsicherung
(Ihr Aktenzeichen [[AZ:50.2-GS-0419/22]]). Das Erbe habe ich beim Amtsgericht Gera
ausgeschlagen. Ich selbst bin alleinerziehend, arbeite in Teilzeit als Lagerist und kann die
Kosten nicht tragen. Meine Schwester, Frau [[P:Jacqueline Sauer-Nowak]], lebt in
[[LOC:Leipzig-Grünau]] und bezieht Bürgergeld; zu meinem Halbbruder [[P:René Kühn]] besteht seit
Jahren kein Kontakt, er soll zuletzt in [[LOC:Zeulenroda-Triebes]] gewohnt haben.

Bitte überweisen Sie eine Beihilfe auf mein Konto [[IBAN:«iban_l3»]]. Rückfragen gern unter
[[TEL:0176 / 52 09 13 84]]. Ich bin am [[DOB:28.04.1983]] geboren; meine Einkommensnachweise
lege ich bei.

Mit freundlichen Grüßen

[[P:Mario Sauer]]
""",
    [
        "§ 74 SGB XII",
        "Gagarinstraße 99/101",
        "Bestattungshauses Pietät Gera GmbH",
        "3.480,50 Euro",
        "Ostfriedhof Gera",
    ],
)

pii(
    "citizen_letter",
    """
Hansestadt Lüneburg
Bereich Steuern und Abgaben – Hundesteuer
Am Ochsenmarkt 1
21335 Lüneburg

3. Februar 2026

Abmeldung von der Hundesteuer – Steuernummer Hund [[AZ:HST 1304-2217]]

Sehr geehrte Damen und Herren,

hiermit melde ich meine Hündin Frieda, eine sechsjährige Mischlingshündin, zum 31. Januar 2026
von der Hundesteuer ab. Ich habe sie nach langer Überlegung an das Tierheim Lüneburg abgegeben,
weil ich nach einer Knieoperation nicht mehr mit ihr spazieren gehen kann. Die Abgabebestätigung
des Tierschutzvereins vom 30. Januar lege ich bei, ebenso die Hundesteuermarke Nr. [[AZ:0872]].

Ich hatte bisher den ermäßigten Steuersatz für einen Hund aus dem Tierheim. Bitte erstatten
Sie den zu viel gezahlten Betrag für Februar bis Dezember 2026 (nach meiner Rechnung 82,50 Euro)
auf das Konto, von dem die Steuer bisher abgebucht wurde. Das SEPA-Lastschriftmandat für das
Kassenzeichen [[AZ:KZ 4.0911.30572]] kann danach gelöscht werden.

Sollten Sie einen Nachweis über meine Erkrankung brauchen, melden Sie sich bitte. Ich bin
vormittags zu Hause. Übrigens: wer in der Lüneburger Heide einen Hund ausführt, sollte seit
letztem Winter wirklich vorsichtig sein – bei uns am Stadtrand wurde ein Wolf gesehen. Vielleicht
kann die Stadt das auf der Internetseite zur Hundesteuer erwähnen.

Mit freundlichen Grüßen

[[P:Heide Wolf]]

________________________________________________________________________________
[[P:Heide Wolf]] · [[STR:Vögelser Straße 7]] · [[LOC:21339 Lüneburg]] · Tel. [[TEL:04131 8 46 02 19]]
[[MAIL:heide.wolf@t-online.de]] · geb. [[DOB:17.05.1948]]
""",
    ["Am Ochsenmarkt 1", "Tierheim Lüneburg", "82,50 Euro", "ermäßigten Steuersatz"],
    allow=("Heide", "Wolf"),
)

# --- citizen_email ----------------------------------------------------------------------------

pii(
    "citizen_email",
    """
Von: [[MAIL:jp.oliveira.santos@gmail.com]]
An: buergerbuero@konstanz.de
Betreff: zweitwohnung anmelden und steuer???

hallo liebe bürgerbüro

ich bin [[P:joão pedro oliveira santos]] aus [[LOC:campinas]] brasilien und studiere seit oktober an
der htwg konstanz (maschinenbau) ich wohne in einer wg in der [[STR:schwedenschanze 5]] in
[[LOC:78462 konstanz]] zimmer 3 bei frau [[P:gerlinde haas]] die vermieterin ist

meine erste adresse in deutschland ist bei meiner tante [[P:fatima santos]] [[STR:pragstr 118]]
[[LOC:70376 stuttgart bad cannstatt]] da bin ich seit 2024 gemeldet mit hauptwohnung weil ich dort
vorher den sprachkurs gemacht habe und am wochenende oft da bin

jetzt hat mir ein freund gesagt ich muss in konstanz die nebenwohnung anmelden und dann
zweitwohnungsteuer zahlen 20 prozent von der miete?? ist das richtig? meine miete ist 540 euro
warm ich habe nur das stipendium vom daad. oder ist es besser wenn ich in konstanz die
hauptwohnung mache? muss ich dann in stuttgart was abmelden

ich habe einen termin gesucht aber online ist bis märz alles voll. kann ich einfach morgens
kommen? mein reisepass hat die nummer [[PASS:GB418276]] und meine aufenthaltserlaubnis ist
von der ausländerbehörde stuttgart

geboren bin ich am [[DOB:2.8.2003]] falls sie das brauchen, handy [[TEL:+49 1521 077 4320]]
oder whatsapp [[TEL:+55 19 98812-4407]] (das ist die nummer von meiner mutter in brasilien)

danke und viele grüße
[[P:joão]]
""",
    ["buergerbuero@konstanz.de", "htwg konstanz", "20 prozent", "540 euro", "daad"],
)

pii(
    "citizen_email",
    """
Von: [[P:Chen Jing]] <[[MAIL:chenjing.goe@web.de]]>
Gesendet: Dienstag, 13. Januar 2026 21:47
An: Stadtbibliothek Göttingen <stadtbibliothek@goettingen.de>
Betreff: Mahnung Leserausweis [[AZ:2300418877]] – Buch verloren

Sehr geehrte Damen und Herren,

heute habe ich Ihre zweite Mahnung bekommen (Mahngebühr 6,00 Euro). Es geht um drei Medien,
die mein Sohn [[P:Hao]] mit seinem Kinderausweis [[AZ:2300507113]] ausgeliehen hat:
„Die Schule der magischen Tiere", Band 4, und zwei Tiptoi-Bücher. Zwei Bücher habe ich gestern
in den Rückgabeautomaten in der Gotmarstraße gelegt. Das dritte Buch ist leider im Schulbus
verloren gegangen. Ich möchte es ersetzen. Darf ich ein neues Exemplar kaufen und bringen, oder
muss ich die Ersatzgebühr bezahlen?

Ich verstehe außerdem nicht, warum die Mahnung an meinen Ausweis geht. Mein Mann [[P:Liu Wei]]
hat den Kinderausweis damals unterschrieben, nicht ich. Wir wohnen beide in der
[[STR:Hermann-Rein-Straße 9]], [[LOC:37075 Göttingen]]. [[P:Hao]] ist am [[DOB:19.11.2016]]
geboren und geht in die 3. Klasse der Grundschule Hagenweg.

Bitte verlängern Sie auch meinen eigenen Ausweis, der im Februar abläuft. Die Jahresgebühr von
15 Euro kann gern abgebucht werden.

Mit freundlichen Grüßen
[[P:Chen Jing]] ([[P:Jing Chen]])
Tel. [[TEL:0551 3 70 84 22]]
""",
    [
        "stadtbibliothek@goettingen.de",
        "6,00 Euro",
        "Gotmarstraße",
        "Grundschule Hagenweg",
        "15 Euro",
    ],
)

V["iban_e3"] = iban("CZ", "0800" + "000019" + "2735104413")

pii(
    "citizen_email",
    """
Von: [[P:Tereza Nováková]] <[[MAIL:tereza.novakova@seznam.cz]]>
An: musikschule@stadt.bamberg.de
Cc: [[MAIL:jan.novak.ba@gmail.com]]
Datum: 27.02.2026, 08:15
Betreff: Kündigung Klavierunterricht [[P:Anežka]] – Vertrag [[AZ:MS-2023-1148]]

Sehr geehrte Damen und Herren,
sehr geehrte Frau [[P:Dorn]],

hiermit kündigen wir den Klavierunterricht unserer Tochter [[P:Anežka Nováková]] (geb.
[[DOB:04.06.2014]]) zum Ende des Schulhalbjahres, also zum 31. Juli 2026. [[P:Anežka]] hatte bei
Herrn [[P:Matthias Kerner]] Einzelunterricht (30 Minuten, dienstags) und hat dort sehr viel
gelernt. Sie möchte nun im Schulorchester des Clavius-Gymnasiums Bratsche spielen.

Unser jüngerer Sohn [[P:Vojtěch]] (geb. [[DOB:22.10.2018]]) soll ab September weiter die
musikalische Früherziehung besuchen, bitte lassen Sie diesen Vertrag bestehen.

Für [[P:Anežka]] hatten wir bis jetzt einen Geschwisterrabatt von 10 %. Bitte prüfen Sie, ob er für
[[P:Vojtěch]] weiter gilt. Seit Januar läuft die Lastschrift von unserem tschechischen Konto
[[IBAN:«iban_e3»]] (Kontoinhaber [[P:Jan Novák]]); das neue SEPA-Mandat hatten wir im Dezember
geschickt. Unsere Adresse ist unverändert: [[STR:Memmelsdorfer Straße 144]],
[[LOC:96052 Bamberg]].

Vielen Dank und freundliche Grüße
[[P:Tereza Nováková]]
[[TEL:+420 603 218 447]] / [[TEL:0951 2 08 91 36]]
""",
    ["musikschule@stadt.bamberg.de", "Clavius-Gymnasiums", "10 %", "31. Juli 2026"],
)

pii(
    "citizen_email",
    """
Von: [[P:Kai Petersen]] <[[MAIL:kaipe@posteo.de]]>
An: fundtiere@kiel.de
Gesendet: Samstag, 7. März 2026 09:32
Betreff: Fundhund an der Kiellinie – Chip ausgelesen

Moin,

heute früh gegen 7 Uhr ist mir beim Joggen an der Kiellinie, kurz hinter dem Kai am
Schwedenkai, ein Hund zugelaufen: Labrador-Mischling, schwarz, Rüde, rotes Halsband ohne Marke.
Er war durchnässt, aber zutraulich. Ich habe ihn erst einmal mit nach Hause genommen
([[STR:Holtenauer Straße 205]], [[LOC:24105 Kiel]], Hinterhaus).

Meine Nachbarin, die Tierärztin Dr. [[P:Ayşe Kılıç]], hat den Chip ausgelesen;
laut Haustierregister gehört der Hund einem Herrn [[P:Bartosz Mazur]] aus [[LOC:Kiel-Gaarden]].
Die hinterlegte Nummer [[TEL:0174 6 62 19 03]] ist aber nicht mehr vergeben. Vielleicht finden Sie
ihn über das Melderegister.

Der Hund hat an der linken Hinterpfote eine kleine Schnittwunde, die Frau [[P:Kılıç]] versorgt hat;
sonst wirkt er gesund und gut genährt. Er hört auf den Namen, der auf dem Chip steht, sobald man
ihn ruft. Falls Kosten für die Versorgung entstehen: bitte sagen Sie mir, ob die Stadt sie nach
dem Fundrecht übernimmt oder ob ich sie direkt mit dem Halter abrechnen soll.

Bis heute Abend kann der Hund bei mir bleiben, danach würde ich ihn zum Tierheim Uhlenkrog
bringen, falls das so richtig ist. Für den Fundbericht: ich bin am [[DOB:30.01.1991]] geboren,
erreichbar unter [[TEL:0431 / 55 48 71 0]] oder mobil [[TEL:0157-34092816]].

Schönen Gruß
[[P:Kai]]
""",
    ["fundtiere@kiel.de", "Kiellinie", "Tierheim Uhlenkrog", "Schwedenkai", "Labrador-Mischling"],
    allow=("Kai",),
)

pii(
    "citizen_email",
    """
Von: [[P:Uwe Kaiser]] <vorsitz@tsv-bieber1892.de>
An: Sportamt Offenbach <sportamt@offenbach.de>
Betreff: Hallenzeiten Winter 2026/27 – TSV Bieber 1892 e.V., Vereinsnummer SPA-OF-0217

Sehr geehrter Herr [[P:Demirtaş]],

vielen Dank für den Entwurf des Hallenbelegungsplans. Für unsere Abteilungen beantragen wir
folgende Änderungen:

1. Badminton: montags 19–22 Uhr in der Sporthalle der Edith-Stein-Schule statt in der
   Kaiser-Friedrich-Halle, weil die Netzpfosten dort fehlen. Abteilungsleiterin ist
   [[P:Lourdes Santos Reyes]], [[TEL:0170 3318 624]], [[MAIL:lourdes.reyes@gmx.de]].
2. Kinderturnen: donnerstags 15–17 Uhr wie bisher; Übungsleiter [[P:Tarek Ben Salah]]
   ([[TEL:069 84 07 61 92]]) hat seine C-Lizenz erneuert.
3. Die Zeit freitags 20–22 Uhr (Volleyball mixed) geben wir ab, weil die Gruppe zu klein ist.

Schlüsselverantwortlicher für die Halle bleibt unser Hallenwart [[P:Günter Lehr]],
[[STR:Bieberer Straße 301]], [[LOC:63071 Offenbach am Main]]. Bitte stellen Sie den
Nutzungsvertrag wieder auf den Verein aus, nicht auf mich persönlich.

Die Rechnung über das Nutzungsentgelt (nach der Entgeltordnung 4,50 Euro je Stunde für
Jugendgruppen) bitte an die Vereinsadresse.

Mit sportlichen Grüßen
[[P:Uwe Kaiser]]
1. Vorsitzender TSV Bieber 1892 e.V.
Mobil [[TEL:0171 / 2 94 55 08]]
""",
    [
        "Edith-Stein-Schule",
        "Kaiser-Friedrich-Halle",
        "sportamt@offenbach.de",
        "4,50 Euro je Stunde",
    ],
    allow=("Kaiser",),
)

# --- official_notice --------------------------------------------------------------------------

V["iban_n1"] = iban("DE", "21050000" + "0090317745", "raw")

pii(
    "official_notice",
    """
Stadt Neumünster · Fachdienst Haushalt und Finanzen – Steuern · Großflecken 59 · 24534 Neumünster

Frau [[P:Sabine Hund]]
Herrn [[P:Thorsten Hund]]
[[STR:Rügenstraße 31]]
[[LOC:24539 Neumünster]]
                                          Auskunft: Frau [[P:Kerstin Möller]], Zimmer 2.14
                                          Telefon 04321 942-0, Durchwahl [[TEL:04321 942-2371]]
                                          [[MAIL:kerstin.moeller@neumuenster.de]]
                                          Kassenzeichen: [[AZ:6100.204.8817]]
                                          Datum: 19.01.2026

Bescheid über Hundesteuer für das Kalenderjahr 2026

Sehr geehrte Frau [[P:Hund]], sehr geehrter Herr [[P:Hund]],

nach der Satzung über die Erhebung der Hundesteuer in der Stadt Neumünster setze ich für das
Halten der folgenden Hunde die Hundesteuer fest. Sie haften als Halter gesamtschuldnerisch.

  Hund 1  Mischling „Balu", gehalten seit 01.04.2019, Steuermarke [[AZ:0457]]       120,00 Euro
  Hund 2  Beagle „Ronja", gehalten seit 15.11.2025, Steuermarke [[AZ:1219]]         180,00 Euro
  Steuer 2026 (Hund 2 anteilig nach § 5 der Satzung)                         300,00 Euro

Die Steuer ist zu je einem Viertel am 15.02., 15.05., 15.08. und 15.11. fällig. Aufgrund des
SEPA-Lastschriftmandats wird sie von Ihrem Konto [[IBAN:«iban_n1»]] eingezogen.

Ihren Antrag vom 2. Januar 2026 auf Steuerbefreiung für den zweiten Hund lehne ich ab: eine
Befreiung nach § 7 der Satzung gilt nur für Blindenführhunde und Hunde von Schwerbehinderten
mit den Merkzeichen B, aG oder H. Die Bescheinigung, die Ihr Sohn [[P:Jannik Hund]] vorgelegt
hat, betrifft ihn selbst; er wohnt nach dem Melderegister nicht in Ihrem Haushalt, sondern in
[[LOC:Wasbek]].

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe
Widerspruch bei der Stadt Neumünster erhoben werden.

Im Auftrag
[[P:Möller]]
""",
    ["Großflecken 59", "04321 942-0", "300,00 Euro", "Merkzeichen B, aG oder H"],
    allow=("Hund",),
)

V["iban_n2"] = iban("DE", "10070000" + "0581336902")

pii(
    "official_notice",
    """
Hansestadt Wismar
Der Bürgermeister – Abteilung Steuern
Am Markt 1, 23966 Wismar

Herrn Dr. [[P:Wolfgang Engel]]
Frau [[P:Gudrun Engel-Sievers]]
[[STR:Onkel-Tom-Straße 172]]
[[LOC:14169 Berlin]]

Steuernummer: [[AZ:ZWS-0388-2019]]
Sachbearbeiter: Herr [[P:Rüdiger Kraft]], Tel. [[TEL:03841 251-2214]],
[[MAIL:r.kraft@wismar.de]]
Wismar, 6. Februar 2026

Bescheid über die Zweitwohnungsteuer 2026

Sehr geehrter Herr Dr. [[P:Engel]], sehr geehrte Frau [[P:Engel-Sievers]],

für Ihre Zweitwohnung in [[LOC:23968 Wismar-Wendorf]], [[STR:Strandstraße 19, Wohnung 4]],
setze ich nach der Zweitwohnungsteuersatzung der Hansestadt Wismar die Steuer wie folgt fest:

  jährliche Nettokaltmiete (ortsüblich, 62 m²)         7.440,00 Euro
  Steuersatz 10 %                                        744,00 Euro
  abzüglich Leerstand 01.01.–28.02.2026                  −124,00 Euro
  Zweitwohnungsteuer 2026                                620,00 Euro

Die Satzung ist in der geänderten Fassung am 1. Januar 2024 in Kraft getreten. Ihr Einwand, die
Wohnung werde überwiegend an Feriengäste vermietet, greift nicht: nach Ihren eigenen Angaben
haben Sie und Ihre Tochter [[P:Franziska Engel]] die Wohnung 2025 an 71 Tagen selbst genutzt,
so dass eine Eigennutzung jederzeit möglich ist. Die Vermietung über die Agentur Ostseeperle
Ferienwohnungen GmbH ändert daran nichts.

Der Betrag ist am 15. März 2026 fällig und wird von dem Konto [[IBAN:«iban_n2»]] abgebucht.

Gegen diesen Bescheid kann innerhalb eines Monats Widerspruch erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P:Kraft]]
""",
    ["Am Markt 1, 23966 Wismar", "620,00 Euro", "Ostseeperle\nFerienwohnungen GmbH", "744,00 Euro"],
    allow=("Kraft",),
)

pii(
    "official_notice",
    """
Landeshauptstadt Magdeburg · Jugendamt · Unterhaltsvorschussstelle
Wilhelm-Höpfner-Ring 4 · 39116 Magdeburg

Frau
[[P:Fadumo Abdi Warsame]]
[[STR:Kroatenweg 38]], bei [[P:Jama]]
[[LOC:39116 Magdeburg-Neu Olvenstedt]]

Aktenzeichen: [[AZ:51.4-UV-2025-0388]]
Bearbeiterin: Frau [[P:Anja Bräuer]], Zimmer 214
Telefon: [[TEL:0391 540-3187]] · Fax 0391 540-3100
Magdeburg, 21. Januar 2026

Bescheid über Leistungen nach dem Unterhaltsvorschussgesetz (UVG)

Sehr geehrte Frau [[P:Abdi Warsame]],

auf Ihren Antrag vom 10. Dezember 2025 bewillige ich für Ihre Tochter

    [[P:Hodan Mohamed Ali]], geboren am [[DOB:09.08.2017]] in [[LOC:Mogadischu]],

Unterhaltsvorschuss ab dem 1. Dezember 2025 in Höhe von monatlich 299,00 Euro (§ 2 UVG,
Altersstufe 6 bis 11 Jahre). Die Zahlung erfolgt monatlich im Voraus auf das von Ihnen
angegebene Konto.

Der Vater des Kindes, Herr [[P:Mohamed Ali Hassan]], geboren am [[DOB:1. Januar 1985]], zahlt
keinen Unterhalt. Nach Ihren Angaben hielt er sich zuletzt 2023 in [[LOC:Hamburg-Billstedt]]
auf; sein derzeitiger Aufenthalt ist unbekannt. Mit der Zahlung geht sein
Unterhaltsanspruch nach § 7 UVG auf das Land über. Wir werden über das Ausländerzentralregister
seinen Aufenthalt ermitteln.

Sie sind verpflichtet, uns jede Änderung sofort mitzuteilen, insbesondere einen Umzug, eine
Heirat oder Unterhaltszahlungen des Vaters (§ 6 Abs. 4 UVG). Ihre Dolmetscherin beim Termin,
Frau [[P:Sahra Jama]], hat Ihnen diese Pflichten erklärt.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats Widerspruch bei der
Landeshauptstadt Magdeburg, Jugendamt, erhoben werden.

Im Auftrag
[[P:Bräuer]]
""",
    ["Wilhelm-Höpfner-Ring 4", "0391 540-3100", "299,00 Euro", "§ 6 Abs. 4 UVG", "§ 7 UVG"],
)

pii(
    "official_notice",
    """
Stadt Augsburg
Ordnungsreferat – Veterinär- und Lebensmittelüberwachung
Schießgrabenstraße 4, 86150 Augsburg

Gegen Postzustellungsurkunde
Herrn
[[P:Marcel König]]
[[STR:Hammerschmiedweg 27]]
[[LOC:86169 Augsburg-Hammerschmiede]]

Az.: [[AZ:32-VET-HU-2025/0611]]
Ansprechpartnerin: Dr. [[P:Elisabeth Wanninger]], Amtstierärztin
Tel. [[TEL:0821 324-6052]], [[MAIL:elisabeth.wanninger@augsburg.de]]
Augsburg, 12. Januar 2026

Anordnung nach Art. 18 Abs. 2 LStVG zur Haltung Ihres Hundes „Rocky"

Sehr geehrter Herr [[P:König]],

am 14. Dezember 2025 gegen 16:30 Uhr hat Ihr Hund, ein Rüde der Rasse American Bulldog, im
Wittelsbacher Park die Fußgängerin Frau [[P:Ilona Szabó]], wohnhaft in [[LOC:Augsburg-Pfersee]],
ohne Anlass in den linken Unterschenkel gebissen. Frau [[P:Szabó]] musste im Universitätsklinikum
ambulant behandelt werden. Ihr Ehemann, Herr [[P:Bálint Szabó]], und ein weiterer Zeuge, Herr
[[P:Yusuf Tekin]] aus [[LOC:Gersthofen]], haben bestätigt, dass der Hund nicht angeleint war.
Sie selbst wurden am 30. Dezember angehört (Geburtsdatum laut Melderegister: [[DOB:03.11.1996]]).

Ich ordne daher an:
1. Der Hund ist außerhalb Ihres befriedeten Besitztums an einer höchstens 1,5 m langen Leine zu
   führen und hat einen Maulkorb zu tragen.
2. Der Hund darf nur von Personen geführt werden, die mindestens 18 Jahre alt sind.
3. Für jeden Fall der Zuwiderhandlung wird ein Zwangsgeld von 500,00 Euro angedroht.

Bei einem weiteren Vorfall prüfen wir ein Haltungsverbot. Eine Wesensprüfung bei einer
anerkannten Sachverständigen wird Ihnen empfohlen.

Gegen diesen Bescheid kann innerhalb eines Monats Klage beim Bayerischen Verwaltungsgericht
Augsburg erhoben werden.

Dr. [[P:Wanninger]]
""",
    [
        "Art. 18 Abs. 2 LStVG",
        "Wittelsbacher Park",
        "Schießgrabenstraße 4",
        "500,00 Euro",
        "Bayerischen Verwaltungsgericht\nAugsburg",
    ],
)

# --- office_letter ----------------------------------------------------------------------------

pii(
    "office_letter",
    """
Wissenschaftsstadt Darmstadt · Standesamt · Grafenstraße 30 · 64283 Darmstadt

Herrn [[P:Arjun Venkataraman]]
Frau [[P:Priya Nair]]
[[STR:Bartningstraße 41]]
[[LOC:64289 Darmstadt-Kranichstein]]

Ihr Zeichen: –
Unser Zeichen: [[AZ:G 2026/0417]]
Standesbeamtin: [[P:Melanie Roth]]
Telefon: [[TEL:06151 13-2846]] · E-Mail: standesamt@darmstadt.de
Datum: 11.02.2026

Beurkundung der Geburt Ihrer Tochter

Sehr geehrter Herr [[P:Venkataraman]], sehr geehrte Frau [[P:Nair]],

das Klinikum Darmstadt hat uns die Geburt Ihrer Tochter am [[DOB:4. Februar 2026]] angezeigt. Als
Vornamen haben Sie „[[P:Aditi Meera]]" angegeben. Um die Geburt beurkunden zu können, benötigen
wir noch folgende Unterlagen im Original:

1. Ihre Geburtsurkunden (Herr [[P:Venkataraman]], geboren am [[DOB:17.03.1990]] in [[LOC:Chennai]];
   Frau [[P:Nair]], geboren am [[DOB:02.12.1992]] in [[LOC:Kochi]]) mit Apostille,
2. Ihre Heiratsurkunde (Eheschließung am 25. Januar 2019 in [[LOC:Thrissur]]) mit Apostille,
3. Ihre Reisepässe (Nummern laut Klinikmeldung [[PASS:V4418273]] und [[PASS:W2093345]]) und
   Ihre Aufenthaltstitel.

Ihre Tochter besitzt nach Art. 10 EGBGB zunächst die indische Namensführung. Da Sie beide Ihren
gewöhnlichen Aufenthalt in Deutschland haben, können Sie durch eine Erklärung gegenüber dem
Standesamt deutsches Recht wählen und den Namen „[[P:Venkataraman]]" oder „[[P:Nair]]" als
Geburtsnamen bestimmen. Die Gebühr für die Namenserklärung beträgt 25,00 Euro.

Bitte vereinbaren Sie einen Termin über das Online-Portal oder unter der Servicenummer
06151 115. Bis zur Beurkundung können wir keine Geburtsurkunde für das Elterngeld ausstellen.

Mit freundlichen Grüßen
[[P:Melanie Roth]]
Standesbeamtin
""",
    ["Grafenstraße 30", "Art. 10 EGBGB", "standesamt@darmstadt.de", "06151 115", "25,00 Euro"],
)

pii(
    "office_letter",
    """
Stadt Heilbronn
Bürgeramt – Straßenverkehrsbehörde
Marktplatz 7, 74072 Heilbronn

Frau
[[P:Ljubica Horvat]]
[[STR:Weinsberger Straße 52]]
[[LOC:74074 Heilbronn]]

Ihr Antrag vom 19.12.2025 – Vorgang [[AZ:SVB-PA-2025-1406]]
Bearbeiter: [[P:Thomas Weidner]], Tel. [[TEL:07131 56-3317]]
Heilbronn, 15. Januar 2026

Ausnahmegenehmigung nach § 46 Abs. 1 Nr. 11 StVO – blauer EU-Parkausweis

Sehr geehrte Frau [[P:Horvat]],

aufgrund Ihres Schwerbehindertenausweises mit dem Merkzeichen aG (Bescheid des Landratsamts
Heilbronn, Versorgungsamt, Az. [[AZ:53-SB-2025-114208]]) erhalten Sie anbei den
EU-einheitlichen Parkausweis Nr. [[AZ:HN-0-2026-0031]], gültig bis 31.01.2031.

Der Ausweis gilt nur, wenn Sie selbst befördert werden. Ihr Sohn, Herr [[P:Tomislav Horvat]]
([[LOC:Neckarsulm]]), darf ihn im Fahrzeug mit dem Kennzeichen [[KFZ:HN-TH 2204]] verwenden,
wenn er Sie fährt, nicht aber für eigene Wege. Bitte legen Sie den Ausweis gut sichtbar hinter
die Windschutzscheibe.

Ihren weiteren Antrag auf einen personengebundenen Behindertenparkplatz vor Ihrem Wohnhaus
haben wir an die Verkehrsplanung weitergegeben. Nach der Ortsbesichtigung am 8. Januar durch
Herrn [[P:Weidner]] ist eine Markierung vor dem Haus möglich; die Stadtwerke müssen aber noch
zustimmen, weil dort ein Haltestellenbereich der Linie 11 beginnt.

Sie sind am [[DOB:14.06.1941]] geboren; eine Verlängerung beantragen Sie bitte rechtzeitig, am
besten drei Monate vor Ablauf. Bei Verlust wenden Sie sich an uns; ein Ersatzausweis kostet
10,20 Euro. Den Ausweis in kroatischer Sprache erklärt Ihnen gern unsere Kollegin
Frau [[P:Marija Pavlović]] unter [[TEL:07131 56-3329]].

Mit freundlichen Grüßen
Im Auftrag
[[P:Weidner]]
""",
    ["§ 46 Abs. 1 Nr. 11 StVO", "Marktplatz 7", "31.01.2031", "Linie 11", "10,20 Euro"],
)

pii(
    "office_letter",
    """
Stadt Passau · Feuerwehr – Vorbeugender Brandschutz · Neuburger Straße 80 · 94036 Passau

Pension Innblick
Inh. [[P:Siriporn Huber]]
[[STR:Innstraße 118]]
[[LOC:94032 Passau]]

Ihr Ansprechpartner: Brandamtmann [[P:Stefan Niederhofer]]
Tel. [[TEL:0851 396-2412]] · Mobil [[TEL:0160 95 30 81 44]]
[[MAIL:stefan.niederhofer@passau.de]]
Betriebsnummer Feuerbeschau: [[AZ:FB-PA-3127]]
Passau, 20. Februar 2026

Ankündigung der Feuerbeschau nach der Verordnung über die Feuerbeschau (FBV)

Sehr geehrte Frau [[P:Huber]],

Ihre Pension mit 14 Gästezimmern und 28 Betten gehört zu den Beherbergungsstätten, die nach § 4
FBV alle fünf Jahre besichtigt werden. Die Feuerbeschau findet statt am

    Dienstag, 17. März 2026, 9:30 Uhr.

Bei der letzten Feuerbeschau am 11. Mai 2021 wurden zwei Mängel festgestellt: die Tür zum
Heizraum schloss nicht selbsttätig, und im zweiten Obergeschoss fehlte ein Rettungswegschild.
Ihr Ehemann, Herr [[P:Josef Huber]], hatte am 3. Juni 2021 telefonisch die Behebung gemeldet;
ein Nachweis liegt uns nicht vor.

Bitte halten Sie bereit: das Prüfbuch der Brandmeldeanlage, die Prüfnachweise der Feuerlöscher
(Wartung durch Brandschutz Donau-Ilz GmbH), den Flucht- und Rettungsplan sowie den Nachweis
über die Unterweisung Ihres Personals. Nach unseren Unterlagen sind Sie unter
[[TEL:0851 7 56 40 92]] und [[MAIL:info@pension-innblick-huber.de]] erreichbar; ist der Termin
ungünstig, rufen Sie mich bitte bis 10. März an.

Die Feuerbeschau ist gebührenfrei. Werden bei der Nachschau erneut Mängel festgestellt, erheben
wir Gebühren nach dem Kostengesetz.

Mit freundlichen Grüßen
[[P:Stefan Niederhofer]]
Brandamtmann
""",
    [
        "Neuburger Straße 80",
        "Pension Innblick",
        "Brandschutz Donau-Ilz GmbH",
        "§ 4\nFBV",
        "28 Betten",
    ],
)

# --- internal_memo ----------------------------------------------------------------------------

pii(
    "internal_memo",
    """
Stadt Halle (Saale) – Fachbereich Bildung, Team Amtsvormundschaften
Vermerk / Weiterleitung an: Fachbereich Sicherheit, Abteilung Ausländerangelegenheiten

Datum: 05.02.2026
Von: [[P:Anke Schubert]], Amtsvormündin, Tel. [[TEL:0345 221-5462]]
An: [[P:Holger Reinsch]], Ausländerbehörde
Betreff: Vormundschaft für [[P:Yonas Tesfaye Gebremedhin]] – Az. Jugendamt [[AZ:51.3-AV-2025-077]]

Hallo Herr [[P:Reinsch]],

das Amtsgericht Halle (Saale) hat mit Beschluss vom 28.01.2026 (Az. [[AZ:26 F 418/25]]) das
Jugendamt zum Vormund für den unbegleiteten Minderjährigen [[P:Yonas Tesfaye Gebremedhin]]
bestellt; die Aufgaben nehme ich wahr. Daten für Ihre Akte:

- Geburtsdatum nach der Alterseinschätzung vom 12.12.2025: [[DOB:01.01.2010]]
  (eigene Angabe: [[DOB:Miyazia 2002]] nach äthiopischem Kalender, umgerechnet [[DOB:Mai 2010]])
- Geburtsort: [[LOC:Adigrat]], Region Tigray, Äthiopien
- Dokument: äthiopischer Kebele-Ausweis Nr. [[PASS:AD-0418-77315]] (Kopie, Original verloren)
- Unterbringung: Jugendhilfeeinrichtung Haus Saaleblick gGmbH, Wohngruppe 2
- Bruder: [[P:Dawit Tesfaye]], lebt nach Angaben von [[P:Yonas]] in [[LOC:Kassel-Nordstadt]],
  Telefon [[TEL:+49 1577 3804 229]]

[[P:Yonas]] besucht seit Januar die Sprachklasse der Berufsbildenden Schulen V. Zusätzlich bekommt er
zweimal wöchentlich Nachhilfe in Deutsch und Mathematik bei der freiberuflichen Lehrerin
Frau [[P:Tharshini Sivakumar]] ([[STR:Ludwig-Wucherer-Straße 61]], [[LOC:06108 Halle]],
[[TEL:0176 / 30 48 21 97]]); die Kosten (22 Euro je Stunde) trägt die Jugendhilfe.

Bitte stellen Sie die Duldung bzw. die Aufenthaltsgestattung künftig mir als Vormund zu. Einen
Asylantrag stellen wir nach dem Clearing gemeinsam beim BAMF, Außenstelle Halberstadt.

Viele Grüße
[[P:Anke Schubert]]
""",
    [
        "Haus Saaleblick gGmbH",
        "Berufsbildenden Schulen V",
        "22 Euro je Stunde",
        "Außenstelle Halberstadt",
    ],
)

pii(
    "internal_memo",
    """
Stadt Brandenburg an der Havel
Fachbereich Ordnung und Sicherheit – Außendienst
Interner Vermerk

Vorgang: Abgestelltes Fahrzeug ohne Zulassung, Parkplatz Packhofstraße (hinter der Stadthalle)
Aktenzeichen: [[AZ:FB3-AF-2026-0042]]
Bearbeitung: [[P:Ronny Pohl]] / [[P:Nadine Krüger]] (Außendienst), Tel. [[TEL:03381 58-3341]]

1. Sachverhalt
Am 19.01.2026 meldete Frau [[P:Brigitte Lindner]] ([[STR:Packhofstraße 9]], Tel.
[[TEL:03381 / 22 41 07]]) einen seit Wochen abgestellten Pkw, VW Passat Variant, silber. Am
20.01.2026 festgestellt: amtliches Kennzeichen [[KFZ:BRB-OK 418]], HU abgelaufen seit 08/2024,
linker Hinterreifen platt, Innenraum voller Müll. Roter Aufkleber mit Frist 03.02.2026
angebracht, Fotos in der Akte.

2. Halterermittlung (ZFZR-Abfrage vom 20.01.2026)
Halter: [[P:Oleksandr Kravets]], geb. [[DOB:12.05.1988]], [[STR:Tschirchdamm 22]],
[[LOC:14772 Brandenburg an der Havel]]. Das Fahrzeug ist seit 14.10.2025 außer Betrieb gesetzt.
Schreiben vom 21.01.2026 zurück mit dem Vermerk „Empfänger unbekannt verzogen". Laut
Melderegister seit 01.12.2025 wohnhaft [[STR:Friedrich-Engels-Straße 5]], [[LOC:14727 Premnitz]].
Mobilnummer aus der Anhörung 2024 (Verwarngeld Parken): [[TEL:0157 8840 1362]], nicht erreichbar.

3. Weiteres Vorgehen
Frist abgelaufen, Fahrzeug am 04.02.2026 unverändert. Abschleppauftrag an die Havelland
Abschleppdienst GmbH erteilt (Rahmenvertrag 2024/17), Verbringung auf den Verwahrplatz
Upstallstraße. Kostenbescheid an Herrn [[P:Kravets]] nach § 4 KrWG i. V. m. dem
Ordnungsbehördengesetz folgt; Abschleppkosten 245,00 Euro, Verwahrung 8,00 Euro täglich.
Kollegin [[P:Krüger]] informiert die Zulassungsstelle.

gez. [[P:Pohl]]
""",
    ["Parkplatz Packhofstraße", "Rahmenvertrag 2024/17", "245,00 Euro", "Upstallstraße"],
)

V["rv_m3"] = rv_number("53", "220938", "S", "04")

pii(
    "internal_memo",
    """
Stadt Trier – Amt für Soziales und Wohnen, Abteilung Hilfe zur Pflege
Aktenvermerk

Leistungsberechtigte: [[P:Maria Schmitt]], geb. [[DOB:22.09.1938]]
Anschrift: [[STR:Kyllstraße 40]], [[LOC:54293 Trier-Ehrang]]
Aktenzeichen: [[AZ:50.21-HzP-3319]]
Pflegekasse: AOK Rheinland-Pfalz/Saarland, Versichertennummer [[AZ:M382716459]]
Rentenversicherungsnummer: [[RV:«rv_m3»]]
Verfasserin: [[P:Daniela Weirich]], Tel. [[TEL:0651 718-4522]]
Datum: 27.01.2026

Hausbesuch am 26.01.2026 mit der Betreuerin, Frau [[P:Claudia Schmitt-Reuter]] (Tochter,
[[LOC:Konz]], Tel. [[TEL:06501 94 73 20]]).

Frau [[P:Schmitt]] lebt allein in ihrer Erdgeschosswohnung. Seit dem Sturz im Oktober ist sie auf
den Rollator angewiesen; die Pflegekasse hat Pflegegrad 4 festgestellt. Die Sachleistung der
Pflegeversicherung (1.859 Euro monatlich) reicht nicht aus. Der ambulante Pflegedienst
„Pflege mit Herz", Inhaberin [[P:Ana Paula Ferreira]], [[STR:Zurmaiener Straße 112]],
[[LOC:54292 Trier]], Tel. [[TEL:0651 9 94 61 08]], [[MAIL:ferreira@pflege-mit-herz-trier.de]],
versorgt sie dreimal täglich. Der Kostenvoranschlag vom 15.01.2026 beträgt 2.740,36 Euro
monatlich; ungedeckt bleiben 881,36 Euro.

Einkommen: Altersrente und Witwenrente zusammen 1.214,80 Euro. Vermögen: Sparbuch unter dem
Schonbetrag von 10.000 Euro. Der Sohn, Herr [[P:Bernd Schmitt]] ([[LOC:Saarburg]]), wird nach
§ 94 SGB XII nur bei einem Jahreseinkommen über 100.000 Euro herangezogen; eine Auskunft ist
angefordert.

Ergebnis: Hilfe zur Pflege nach §§ 61 ff. SGB XII ab 01.01.2026 dem Grunde nach bewilligungsfähig.
Die Pflegefachkraft des Dienstes, Herr [[P:Rafael Costa]], bestätigte den Bedarf vor Ort.

[[P:D. Weirich]]
""",
    [
        "§ 94 SGB XII",
        "§§ 61 ff. SGB XII",
        "AOK Rheinland-Pfalz/Saarland",
        "Pflege mit Herz",
        "1.859 Euro",
    ],
)

# --- phone_note -------------------------------------------------------------------------------

V["tel_t1"] = spoken("0176 4421 5093")
V["kd_t1"] = spoken("40173825", zwo=True)

pii(
    "phone_note",
    """
Neubrandenburger Stadtwerke GmbH – Kundenservice
Sprachnachricht Servicetelefon 0395 3500-0, eingegangen 02.03.2026, 18:47 Uhr
Anrufernummer: [[TEL:0395 5 82 17 36]]
Automatische Transkription (ohne Gewähr, ohne Zeichensetzung):

ja guten abend hier ist [[P:natalia kowalska]] also [[P:k o w a l s k a]] ich rufe an wegen der
jahresabrechnung die ist heute gekommen und da soll ich achthundertsechsundvierzig euro nachzahlen
das kann ich so nicht auf einmal meine kundennummer ist [[AZ:«kd_t1»]] wir wohnen in der
[[STR:ihlenfelder straße siebenundachtzig]] in [[LOC:neubrandenburg]] der vertrag läuft noch auf
meinen mann [[P:piotr]] aber der ist jetzt in [[LOC:szczecin]] arbeiten ich wollte fragen ob man das
in raten zahlen kann vielleicht hundert euro im monat und dann den abschlag auch anpassen weil ich
glaube der zählerstand war falsch abgelesen ich habe heute selbst geguckt der zähler hat
achtundvierzigtausenddreihundertzwölf und auf der rechnung steht geschätzt das stimmt nicht
bitte rufen sie mich zurück unter [[TEL:«tel_t1»]] ab vier uhr nachmittags oder schreiben sie an
[[MAIL:natalia punkt kowalska at web punkt de]] mein geburtsdatum falls sie das brauchen ist der
[[DOB:dritte april neunzehnhundertneunzig]] danke schön tschüss

---
Bearbeitungsvermerk [[P:S. Lembcke]], Forderungsmanagement, 03.03.2026:
Rückruf 03.03., 16:10 Uhr, erreicht. Kundin [[P:Kowalska]] bestätigt Zählerstand 48.312 kWh
(Foto per Mail erhalten). Abrechnung wird korrigiert, Nachzahlung neu voraussichtlich ca.
410 Euro; Ratenplan in 4 Raten angeboten, Abschlag ab April 92 Euro. Vertragsübernahme auf
Frau [[P:Kowalska]] angeregt, Formular geht per Post an [[STR:Ihlenfelder Straße 87]],
[[LOC:17034 Neubrandenburg]].
""",
    [
        "0395 3500-0",
        "48.312 kWh",
        "Forderungsmanagement",
        "in 4 Raten",
        "Abschlag ab April 92 Euro",
    ],
)

V["spell_t2"] = spell("aslan", "new")
V["tel_t2"] = spoken("0641 2093 817", zwo=True)

pii(
    "phone_note",
    """
Universitätsstadt Gießen – Wahlamt
Telefonnotiz Kommunalwahl 15. März 2026

Datum/Uhrzeit: Montag, 09.03.2026, 11:20 Uhr
Aufgenommen von: [[P:Jens Möbus]], Durchwahl [[TEL:0641 306-1847]]
Anruferin: Frau [[P:Berivan Aslan]]

Anliegen: Briefwahlunterlagen nicht erhalten.

Frau [[P:Aslan]] hat am 23.02.2026 online Briefwahl beantragt, die Unterlagen sind bis heute
nicht angekommen. Name buchstabiert: [[P:«spell_t2»]], Vorname [[P:Berivan]] wie gesprochen.
Geburtsdatum nach eigener Angabe: [[DOB:vierzehnter Juli neunzehnhundertsiebenundachtzig]]
(im Verzeichnis [[DOB:14.07.1987]]). Anschrift: [[STR:Grünberger Straße 146]],
[[LOC:35394 Gießen]]. Wählerverzeichnis Wahlbezirk 0712, laufende Nummer [[AZ:0712-0388]].

Im System: Wahlschein Nr. [[AZ:WS-2026-018834]] am 25.02. ausgestellt und versandt. Frau
[[P:Aslan]] versichert glaubhaft, ihn nicht erhalten zu haben; ihr Briefkasten sei mit dem
Namen ihres früheren Mitbewohners [[P:Serhat Yıldız]] beschriftet gewesen.

Veranlasst: Wahlschein [[AZ:WS-2026-018834]] im Verzeichnis für ungültig erklärt, neuer
Wahlschein Nr. [[AZ:WS-2026-031207]] nach § 19 Abs. 8 KWO. Abholung persönlich im Wahlamt,
Berliner Platz 1, bis Freitag, 13.03.2026, 18 Uhr, mit Personalausweis. Falls verhindert: ihr
Bruder [[P:Rojhat Aslan]] mit schriftlicher Vollmacht.

Rückrufnummer (diktiert): [[TEL:«tel_t2»]]

[[P:Möbus]]
""",
    ["Kommunalwahl 15. März 2026", "Wahlbezirk 0712", "§ 19 Abs. 8 KWO", "Berliner Platz 1"],
)

V["tel_t3"] = spoken("0152 3319 4806", zwo=True)

pii(
    "phone_note",
    """
Stadtverwaltung Worms – Bereich Ordnung, Gewerbeangelegenheiten
Gesprächsnotiz

Datum: 16.02.2026, 9:05 Uhr
Sachbearbeiterin: [[P:Katrin Heß]]
Gesprächspartner: Herr [[P:Florin Dumitrescu]], Reisegewerbe
Vorgang Reisegewerbekarte: [[AZ:32.2-RG-2026-0019]]

Herr [[P:Dumitrescu]] ruft an wegen seines Antrags auf eine Reisegewerbekarte für das Schleifen
von Messern und Scheren und den Verkauf von Bürsten und Besen von Haus zu Haus. Er spricht gut
Deutsch, Zahlen mehrfach wiederholt. Angaben:

- geboren am [[DOB:21.10.1979]] in [[LOC:Timișoara]], Rumänien
- wohnhaft seit 2022 [[STR:Alzeyer Straße 201]], [[LOC:67549 Worms-Hochheim]]
- rumänischer Personalausweis Serie/Nr. [[PASS:TZ 518273]], gültig bis 2029
- Fahrzeug: Transporter Ford Transit, Kennzeichen [[KFZ:WO-FD 318]] (auf seine Ehefrau
  [[P:Elena Dumitrescu]] zugelassen)
- Handy, diktiert als „[[TEL:«tel_t3»]]"

Fehlend: Führungszeugnis (Belegart O) und Auskunft aus dem Gewerbezentralregister; beide hat er
am 10.02. beim Bürgerbüro beantragt. Gebühr für die Reisegewerbekarte 150 Euro, zahlbar bei
Abholung. Hinweis gegeben: kein Verkauf auf dem Wormser Weihnachtsmarkt ohne Marktzulassung,
dafür ist der Marktmeister zuständig; Hausieren in Wohngebieten nur werktags bis 20 Uhr.

Er fragt, ob sein Schwager [[P:Ionel Marin]] aus [[LOC:Osthofen]] mitarbeiten darf. Antwort: ja,
wenn er als Beschäftigter auf der Karte eingetragen wird oder eine eigene Karte hat.

Rückruf zugesagt, sobald die Registerauskünfte vorliegen.
[[P:K. Heß]]
""",
    ["Belegart O", "Gewerbezentralregister", "150 Euro", "Wormser Weihnachtsmarkt"],
)

# --- chat -------------------------------------------------------------------------------------

pii(
    "chat",
    """
WhatsApp-Chat „Vorstand KGV Am Georgium e.V." – exportiert am 07.04.2026
(Anlage zum Schreiben an die Stadt Dessau-Roßlau, Sachgebiet Kleingartenwesen)

[03.04.26, 18:12] [[P:Bernd Schäfer]]: Moin zusammen, die Stadt will bis 15.04. wissen, wer
Parzelle 47 übernimmt. Frau [[P:Schulze-Wendt]] vom Kleingartenwesen hat angerufen.
[03.04.26, 18:15] [[P:April Villanueva]]: Die Familie [[P:Demir]] wäre bereit, hab die Nummer:
[[TEL:0176 2938 4410]], der Mann heißt [[P:cem demir]] glaub ich
[03.04.26, 18:16] [[P:April Villanueva]]: die wohnen in der [[STR:Kochstedter Kreisstraße 44]]
[03.04.26, 18:21] [[P:Bernd Schäfer]]: 👍 Ablöse für die Laube sind laut Wertermittlung
2.150 €. Wasserzähler 47 steht bei 312 m³, hab ich notiert
[03.04.26, 18:30] [[P:Henning]]: Achtung, der Pachtvertrag [[AZ:KG-GE-047/2011]] läuft noch
auf [[P:Gisela Hartung]], die ist ja im Pflegeheim. Kündigung muss ihre Tochter machen
[03.04.26, 18:31] [[P:Henning]]: [[P:Ute Hartung-Pieper]], [[MAIL:ute.pieper@freenet.de]]
[03.04.26, 18:40] [[P:April Villanueva]]: Ab April ist die Wasseruhr sowieso neu zu lesen.
Ich schreib der Tochter morgen
[03.04.26, 19:02] [[P:Bernd Schäfer]]: Gut. Und bitte keine Namen in die Vereinszeitung,
Datenschutz!!
[04.04.26, 08:47] [[P:Henning]]: Herr [[P:Demir]] hat mir gemailt: [[MAIL:cem.demir82@gmail.com]],
Adresse [[STR:Kochstedter Kreisstraße 44]], [[LOC:06847 Dessau-Roßlau]], geb. [[DOB:1982]]
[04.04.26, 08:49] [[P:Henning]]: Frau ist [[P:Rojin]], zwei Kinder. Gartenordnung hat er gelesen
[04.04.26, 09:15] [[P:April Villanueva]]: 🥳 super
[04.04.26, 09:20] [[P:Bernd Schäfer]]: Ich schick das Formular an die Stadt. Mein Handy
[[TEL:0151 / 12 83 66 07]] geb ich als Rückfrage an
[04.04.26, 09:21] [[P:Bernd Schäfer]]: Nächste Gemeinschaftsarbeit Sa 18.04., 9 Uhr am Vereinsheim
""",
    ["KGV Am Georgium e.V.", "Parzelle 47", "2.150 €", "312 m³", "Sa 18.04., 9 Uhr am Vereinsheim"],
    allow=("April",),
)

pii(
    "chat",
    """
Landeshauptstadt Wiesbaden – Bürgerbüro, Live-Chat
Chat-ID: [[AZ:WI-LC-20260122-0917]] · Beginn 22.01.2026, 10:41 Uhr
Besucher-IP: [[IP:91.64.183.27]] · Server: chat.wiesbaden.de

10:41 WIBKE (Chatbot): Guten Tag! Ich bin WIBKE, die digitale Assistentin. Worum geht es?
10:41 Besucher: erweiterte meldebescheinigung für visum von meinem mann
10:42 WIBKE (Chatbot): Ich verbinde Sie mit einer Mitarbeiterin.
10:43 [[P:Lena Vogt]] (Bürgerbüro): Guten Morgen, hier [[P:Lena Vogt]]. Mit wem spreche ich?
10:43 Besucher: [[P:Park Ji-woo]], ich wohne in [[STR:Bahnhofstraße 61]], [[LOC:65185 Wiesbaden]]
10:44 [[P:Lena Vogt]] (Bürgerbüro): Danke, Frau [[P:Park]]. Zur Sicherheit: Ihr Geburtsdatum?
10:44 [[P:Park Ji-woo]]: [[DOB:1993-11-08]]
10:45 [[P:Lena Vogt]] (Bürgerbüro): Passt. Die Botschaft in Seoul braucht für den
Ehegattennachzug meist eine erweiterte Meldebescheinigung. Die gibt es für 10 Euro, online mit
Ausweis-App oder im Bürgerbüro.
10:46 [[P:Park Ji-woo]]: mein ausweis ist koreanisch, reisepass [[PASS:M83927164]]. geht online?
10:47 [[P:Lena Vogt]] (Bürgerbüro): Online leider nur mit deutschem Personalausweis oder
eAT-Karte. Haben Sie einen elektronischen Aufenthaltstitel?
10:47 [[P:Park Ji-woo]]: ja blaue karte eu. handy [[TEL:0157 3061 2284]] falls sie anrufen
10:48 [[P:Lena Vogt]] (Bürgerbüro): Dann geht es online. Der Name Ihres Mannes muss nicht
drinstehen.
10:49 [[P:Park Ji-woo]]: ok. mein mann ist [[P:Kim Dong-hyun]], er kommt aus [[LOC:Daejeon]]. soll
er auch etwas schicken?
10:50 [[P:Lena Vogt]] (Bürgerbüro): Nein, das läuft über die Botschaft und die Ausländerbehörde
Wiesbaden, Alcide-de-Gasperi-Straße 2. Soll ich Ihnen den Link schicken?
10:50 [[P:Park Ji-woo]]: ja an [[MAIL:jiwoo.park.wi@gmail.com]]
10:51 [[P:Lena Vogt]] (Bürgerbüro): Erledigt. Schönen Tag noch!
10:51 System: Chat beendet. Transkript an [[MAIL:jiwoo.park.wi@gmail.com]] versandt.
""",
    ["chat.wiesbaden.de", "WIBKE (Chatbot)", "10 Euro", "Alcide-de-Gasperi-Straße 2"],
)

# --- mail_chain -------------------------------------------------------------------------------

pii(
    "mail_chain",
    """
Von: [[P:Sandra Oberle]] <[[MAIL:sandra.oberle@heidelberg-marketing.de]]>
Gesendet: Mittwoch, 11. Februar 2026 09:14
An: Gästeführungen <fuehrungen@heidelberg-marketing.de>
Cc: Dr. [[P:Johanna Gräfin von Lichtenberg]] <[[MAIL:lichtenberg@gaestefuehrung-hd.de]]>
Betreff: WG: Group tour April 18 – 42 pax – Old Town & Castle

Liebe Kolleginnen, liebe Frau Dr. [[P:von Lichtenberg]],

unten die Anfrage einer US-Reisegruppe. Könnten Sie die Altstadt- und Schlossführung auf
Englisch übernehmen? Honorar nach der Rahmenvereinbarung 2026: 165 Euro für zwei Stunden. Bitte
beachten: eine Teilnehmerin im Rollstuhl, daher Schlossbesuch mit der Bergbahn nur bis
Station Schloss und Führung im Schlosshof.

Viele Grüße
[[P:Sandra Oberle]]
Heidelberg Marketing GmbH · Neckarmünzplatz 1 · 69117 Heidelberg
Tel. +49 6221 5840-0 · Durchwahl [[TEL:+49 6221 5840-217]]

From: [[P:Emily Carter]] <[[MAIL:emily.carter@carterheritagetours.com]]>
Sent: Tuesday, February 10, 2026 11:52 PM
To: info@heidelberg-marketing.de
Subject: Group tour April 18 – 42 pax – Old Town & Castle

Dear Sir or Madam,

we are bringing a group of 42 travellers from a Lutheran congregation to Heidelberg on Saturday,
April 18, 2026, and would like to book a guided walking tour in English from 10:00 to 12:00.
The group leader is Rev. [[P:Thomas Lindqvist]], mobile [[TEL:+1 612 555 0148]]; he will call
the guide on arrival. One of our guests, Mrs. [[P:Dorothy Albrecht-Hayes]] (born
[[DOB:March 3, 1941]], her grandfather emigrated from [[LOC:Ziegelhausen]]), uses a wheelchair.
She would love to see the church where he was baptised.

The coach is operated by Neckar-Reisen GmbH, plate [[KFZ:HD-NR 4410]], driver Mr.
[[P:Hakan Öztürk]] ([[TEL:+49 160 4417 2093]]). Please send the invoice to Carter Heritage
Tours LLC, 1221 Nicollet Mall, Suite 400, Minneapolis, MN 55403.

Best regards,
[[P:Emily Carter]]
Tour Operations Manager, Carter Heritage Tours LLC
Direct [[TEL:+1 612 555 0199]]
""",
    [
        "Neckarmünzplatz 1",
        "fuehrungen@heidelberg-marketing.de",
        "165 Euro für zwei Stunden",
        "1221 Nicollet Mall, Suite 400",
        "Neckar-Reisen GmbH",
    ],
    allow=("Carter",),
)

V["pass_c2"] = "CKW 418273"
V["iban_c2"] = iban("PL", "10205558" + "1111041973200051")

pii(
    "mail_chain",
    """
Von: [[P:Zieliński Paweł]] <[[MAIL:pawel.zielinski@wp.pl]]>
Gesendet: Montag, 2. März 2026 20:13
An: [[P:Kerstin Hanisch]] <[[MAIL:kerstin.hanisch@frankfurt-oder.de]]>
Cc: [[MAIL:jessi.rakow@gmx.de]]
Betreff: AW: Termin Vaterschaftsanerkennung – Ihr Az. [[AZ:51-BS-2026-0093]]

Guten Abend Frau [[P:Hanisch]],

der Termin am 12. März um 10 Uhr passt für uns beide. Ich bringe meinen Dowód osobisty
([[PASS:«pass_c2»]]) und die Geburtsurkunde aus [[LOC:Gorzów Wielkopolski]] mit, mit
Übersetzung. Meine Adresse ist [[STR:ul. Jedności Robotniczej 14/6]], [[LOC:69-100 Słubice]].
Ich arbeite aber in [[LOC:Frankfurt (Oder)]] bei der Stadtbrücke, deshalb ist vormittags gut.

Den Unterhalt für das Kind möchte ich freiwillig zahlen. Soll ich das bei dem Termin auch
beurkunden? Meine Bank ist in Polen: [[IBAN:«iban_c2»]].

Mit freundlichen Grüßen
[[P:Paweł Zieliński]]
Tel. [[TEL:+48 604 281 733]]

> -----Ursprüngliche Nachricht-----
> Von: [[P:Kerstin Hanisch]] <[[MAIL:kerstin.hanisch@frankfurt-oder.de]]>
> Gesendet: Freitag, 27. Februar 2026 13:40
> An: [[MAIL:pawel.zielinski@wp.pl]]
> Betreff: Termin Vaterschaftsanerkennung
>
> Sehr geehrter Herr [[P:Zieliński]],
>
> Frau [[P:Jessica Rakow]] (geb. [[DOB:19.09.2001]]) hat bei uns einen Termin zur Beurkundung
> der Vaterschaftsanerkennung und der gemeinsamen Sorgeerklärung vor der Geburt beantragt.
> Ich biete Ihnen Donnerstag, 12. März 2026, 10:00 Uhr, Zimmer 3.07, an. Bitte bringen Sie
> Ihren Ausweis, Ihre Geburtsurkunde und den Mutterpass von Frau [[P:Rakow]] mit. Die
> Beurkundung beim Jugendamt ist nach § 59 SGB VIII gebührenfrei.
>
> Mit freundlichen Grüßen
> [[P:Kerstin Hanisch]]
> Stadt Frankfurt (Oder) | Jugendamt | Beurkundungen
> Goepelstraße 38 | 15234 Frankfurt (Oder) | Tel. [[TEL:0335 552-5118]]
""",
    ["§ 59 SGB VIII", "Goepelstraße 38", "Zimmer 3.07", "Stadtbrücke"],
    allow=("Frankfurt (Oder)",),
)

V["tax_c3"] = "040/218/30574"

pii(
    "mail_chain",
    """
Von: [[P:Markus Feld]] <[[MAIL:mfeld@saarbruecken.de]]>
Gesendet: Donnerstag, 22. Januar 2026 15:02
An: LPP 21 Gewerbeüberwachung <lpp21-gewerbe@polizei.slpol.de>
Betreff: WG: Gaststättenerlaubnis [[P:Haddad]]'s Mezze – Zuverlässigkeit, unser Az. [[AZ:32.41-GE-2026-0017]]

Guten Tag,

für die Erlaubnis nach dem Saarländischen Gaststättengesetz bitte ich um Stellungnahme zur
Zuverlässigkeit des Antragstellers und seiner Stellvertreterin:

Antragsteller: [[P:Rami Haddad]], geb. [[DOB:07.02.1984]] in [[LOC:Tripoli]] (Libanon),
wohnhaft [[STR:Großherzog-Friedrich-Straße 88]], [[LOC:66121 Saarbrücken]]
Betrieb: „[[P:Haddad]]'s Mezze", Einzelunternehmen, Inh. [[P:Rami Haddad]] e.K.,
[[HR:HRA 104218]] (AG Saarbrücken), Betriebsstätte [[STR:Mainzer Straße 33]],
[[LOC:66111 Saarbrücken]], Steuernummer [[TAX:«tax_c3»]]
Stellvertreterin: [[P:Nour El-Khoury]], geb. [[DOB:15.12.1990]] in [[LOC:Zahlé]]

Gäste-WC und Lüftung sind von der Bauaufsicht abgenommen. Ausschank alkoholischer Getränke
geplant, Außengastronomie auf dem St. Johanner Markt nicht beantragt.

Mit freundlichen Grüßen
[[P:Markus Feld]]
Landeshauptstadt Saarbrücken | Amt für öffentliche Ordnung | Gewerbeangelegenheiten
Tel. 0681 905-0, Durchwahl [[TEL:0681 905-1574]]

> Von: [[P:Rami Haddad]] <[[MAIL:rami.haddad@haddads-mezze.de]]>
> Gesendet: Montag, 19. Januar 2026 11:20
> An: gewerbe@saarbruecken.de
> Betreff: Antrag Gaststätte
>
> Sehr geehrte Damen und Herren, anbei mein Antrag mit Führungszeugnis, Auskunft aus dem
> Gewerbezentralregister und der Unterrichtung der IHK Saarland nach § 4 GastG. Meine
> Vertreterin Frau [[P:El-Khoury]] reicht ihre Unterlagen selbst ein. Handy: [[TEL:0176 8830 2714]]
>
> Freundliche Grüße, [[P:Rami Haddad]]
""",
    [
        "lpp21-gewerbe@polizei.slpol.de",
        "St. Johanner Markt",
        "IHK Saarland",
        "§ 4 GastG",
        "gewerbe@saarbruecken.de",
    ],
)

V["pass_c4"] = "A27183945"

pii(
    "mail_chain",
    """
Von: [[P:Melanie Gräfe]] <[[MAIL:m.graefe@saale-objektschutz.de]]>
Gesendet: Dienstag, 10. Februar 2026 08:31
An: [[P:Thomas Ruppert]] <[[MAIL:thomas.ruppert@jena.de]]>
Betreff: AW: AW: Bewacherregister – Meldung Wachpersonen

Sehr geehrter Herr [[P:Ruppert]],

danke für die schnelle Rückmeldung. Zu Herrn [[P:Mahmoud Abdelrahman Farouk]] (geb.
[[DOB:03.08.1995]] in [[LOC:Asyut]], wohnhaft [[STR:Karl-Marx-Allee 14]], [[LOC:07747 Jena-Lobeda]])
lade ich die Sachkundebescheinigung der IHK Ostthüringen, Nr. [[AZ:SK-34a-2025-18822]], jetzt
im Register hoch. Sein ägyptischer Reisepass hat die Nummer [[PASS:«pass_c4»]]; der
Aufenthaltstitel liegt Ihnen vor.

Für Herrn [[P:Nils Jung]] ziehen wir die Meldung zurück; er wird nicht im Bewachungsgewerbe
eingesetzt, sondern in der Fahrzeugdisposition.

Mit freundlichen Grüßen
[[P:Melanie Gräfe]]
Personal · Saale Objektschutz GmbH · Löbstedter Straße 67 · 07749 Jena
Tel. 03641 62 97-0 · Durchwahl [[TEL:03641 62 97-14]]
HRB 511802, Amtsgericht Jena

> Von: [[P:Thomas Ruppert]]
> Gesendet: Montag, 9. Februar 2026 16:05
>
> Sehr geehrte Frau [[P:Gräfe]],
>
> für die Wachpersonen mit den Bewacher-IDs [[AZ:BW-2026-0448107]] ([[P:Abdelrahman Farouk]])
> und [[AZ:BW-2026-0448112]] ([[P:Jung]]) fehlen noch die Sachkundenachweise nach § 34a Abs. 1a
> GewO. Bei Herrn [[P:Jung]] (geb. [[DOB:1998]]) enthält das Führungszeugnis zudem eine
> Eintragung; eine Beschäftigung im Bewachungsgewerbe kommt daher derzeit nicht in Betracht.
>
> Mit freundlichen Grüßen
> [[P:Thomas Ruppert]]
> Stadt Jena, Fachdienst Sicherheit und Ordnung, Team Gewerbe
> Am Anger 26, 07743 Jena, Tel. [[TEL:03641 49-3218]]
""",
    [
        "Saale Objektschutz GmbH",
        "HRB 511802, Amtsgericht Jena",
        "§ 34a Abs. 1a\n> GewO",
        "Am Anger 26",
    ],
)

# --- form_export ------------------------------------------------------------------------------

V["id_f1"] = id_card("LZ6311T47", with_check=True)

pii(
    "form_export",
    """
Elektronische Sterbefallanzeige nach § 28 PStG – Bestatterportal
Empfänger: Stadt Bautzen, Standesamt (Fleischmarkt 1)
Übermittelt: 2026-02-18 14:22:07
Vorgangsnummer Standesamt: [[AZ:S-2026-0131]]

[Anzeigender]
Bestattungsunternehmen: Bestattungshaus [[P:Lehmann]], Inh. [[P:Kathrin Lehmann]]
Anschrift: [[STR:Löbauer Straße 40]], [[LOC:02625 Bautzen]]
Telefon: [[TEL:03591 4 77 12 80]]
E-Mail: [[MAIL:k.lehmann@bestattungen-lehmann-bautzen.de]]
Auftragsnummer Bestatter: [[AZ:BL-2026-041]]

[Verstorbene Person]
Familienname: [[P:Krautz]]
Geburtsname: [[P:Šołta]]
Vornamen: [[P:Johanna Marja]]
Geburtsdatum: [[DOB:1936-07-14]]
Geburtsort: [[LOC:Crostwitz]]
Letzter Wohnsitz: [[STR:Klosterstraße 7]], [[LOC:01920 Panschwitz-Kuckau]]
Familienstand: verwitwet
Religion: römisch-katholisch
Ehegatte: [[P:Jurij Krautz]], verstorben 2011 in [[LOC:Crostwitz]]

[Sterbefall]
Sterbedatum/-zeit: 2026-02-16, 03:40 Uhr
Sterbeort: Oberlausitz-Kliniken gGmbH, Krankenhaus Bautzen, Am Stadtwall 3
Todesbescheinigung ausgestellt von: Dr. med. [[P:Benedikt Marx]], Stationsarzt
Todesart: natürlicher Tod

[Angehörige / Auftraggeberin]
Name: [[P:Monika Nowak]], geb. [[P:Krautz]] (Tochter)
Anschrift: [[STR:Wilthener Straße 19]], [[LOC:02625 Bautzen]]
Telefon: [[TEL:0172 / 3 81 04 67]]

[Anlagen]
Geburtsurkunde (Kopie), Heiratsurkunde mit Sterbevermerk, Todesbescheinigung (nicht
vertraulicher Teil), Personalausweis Nr. [[ID:«id_f1»]]

[Bemerkungen]
Beisetzung geplant auf dem Klosterfriedhof St. Marienstern; zweisprachige Sterbeurkunde
(deutsch/sorbisch) gewünscht, Anzahl 4.
""",
    [
        "§ 28 PStG",
        "Fleischmarkt 1",
        "Am Stadtwall 3",
        "Klosterfriedhof St. Marienstern",
        "Anzahl 4",
    ],
)

V["iban_f2"] = iban("DE", "72160000" + "0104415830")
V["id_f2"] = id_card("T22111129", with_check=True)

pii(
    "form_export",
    """
i-Kfz Portal – Antrag auf Neuzulassung (Export für die Zulassungsstelle Ingolstadt)
Übermittelt am 2026-01-27T19:48:12+01:00 von Server ikfz-03.kba-portal.de

{
  "vorgang": "[[AZ:IKFZ-IN-2026-004471]]",
  "antragsart": "Neuzulassung Gebrauchtfahrzeug",
  "halter": {
    "familienname": "[[P:Wiśniewski]]",
    "vornamen": "[[P:Krzysztof Adam]]",
    "geburtsdatum": "[[DOB:1979-04-30]]",
    "geburtsort": "[[LOC:Rzeszów]]",
    "strasse": "[[STR:Münchener Straße 211]]",
    "plz": "[[LOC:85051]]",
    "ort": "[[LOC:Ingolstadt]]",
    "ortsteil": "[[LOC:Hundszell]]",
    "telefon": "[[TEL:+49 841 93 82 51 07]]",
    "email": "[[MAIL:k.wisniewski@t-online.de]]",
    "ausweis": {"art": "Personalausweis (eID)", "nummer": "[[ID:«id_f2»]]"}
  },
  "fahrzeug": {
    "marke": "Skoda",
    "typ": "Octavia Combi 2.0 TDI",
    "evb_nummer": "[[AZ:K7XB2QF]]",
    "wunschkennzeichen": "[[KFZ:IN-KW 2207]]",
    "vorheriges_kennzeichen": "[[KFZ:EI-AB 6415]]",
    "vorbesitzer_hinweis": "Kauf von [[P:Anton Seidl]], [[LOC:Eichstätt]]"
  },
  "kfz_steuer_sepa": {
    "kontoinhaber": "[[P:Krzysztof Wiśniewski]]",
    "iban": "[[IBAN:«iban_f2»]]",
    "mandat_fuer": "Hauptzollamt Regensburg"
  },
  "client": {"ip": "[[IP:84.151.207.66]]", "user_agent": "Mozilla/5.0 (Windows NT 10.0)"},
  "gebuehr": "Gebühr nach GebOSt 27,90 EUR, Wunschkennzeichen 12,80 EUR",
  "bearbeitung": {"sachbearbeiter": "[[P:Lukas Brandl]]", "durchwahl": "[[TEL:0841 305-2163]]"}
}
""",
    ["ikfz-03.kba-portal.de", "Hauptzollamt Regensburg", "27,90 EUR", "Octavia Combi 2.0 TDI"],
    allow=("Ingolstadt",),
)

V["id_f3"] = "L7H2K9N4T"

pii(
    "form_export",
    """
<?xml version="1.0" encoding="UTF-8"?>
<!-- Universitäts- und Hansestadt Greifswald, Bürgerbüro, Markt 15 – Export Online-Anmeldung -->
<Anmeldung vorgang="[[AZ:HGW-AN-2026-00918]]" eingang="2026-04-02T10:15:44">
  <Wohnung art="Nebenwohnung" einzug="2026-04-01">
    <Strasse>[[STR:Wolgaster Straße]]</Strasse>
    <Hausnummer>[[STR:88b]]</Hausnummer>
    <PLZ>[[LOC:17489]]</PLZ>
    <Ort>[[LOC:Greifswald]]</Ort>
    <Wohnungsgeber>WVG Greifswald GmbH, Am Gorzberg</Wohnungsgeber>
  </Wohnung>
  <Hauptwohnung>
    <Anschrift>[[STR:Lübecker Straße 12]], [[LOC:23843 Bad Oldesloe]]</Anschrift>
    <Hinweis>bei den Eltern [[P:Petra Mai]] und [[P:Frank Mai]]</Hinweis>
  </Hauptwohnung>
  <Person>
    <Familienname>[[P:Mai]]</Familienname>
    <Vornamen>[[P:Lukas Theodor]]</Vornamen>
    <Geburtsdatum>[[DOB:2005-10-23]]</Geburtsdatum>
    <Geburtsort>[[LOC:Lübeck]]</Geburtsort>
    <Staatsangehoerigkeit>deutsch</Staatsangehoerigkeit>
    <Ausweis typ="Personalausweis">[[ID:«id_f3»]]</Ausweis>
    <Telefon>[[TEL:0174 2207 9316]]</Telefon>
    <EMail>[[MAIL:lukas.mai@uni-greifswald.de]]</EMail>
  </Person>
  <Mitziehende>
    <Person><Name>[[P:Thongchai, Malee]]</Name><Geburtsdatum>[[DOB:2004-05-01]]</Geburtsdatum></Person>
  </Mitziehende>
  <Bemerkung>Studium ab Sommersemester, Einzug laut Mietvertrag am 1. Mai, Schlüssel
    schon im April. Hauptwohnung bleibt bei den Eltern. Bitte Bescheid wegen der
    Zweitwohnungsteuer an die Adresse in [[LOC:Greifswald]].</Bemerkung>
  <Client ip="[[IP:2a02:8108:1c40:4a2::7e1]]" server="10.40.2.18"/>
</Anmeldung>
""",
    ["Markt 15", "WVG Greifswald GmbH, Am Gorzberg", "10.40.2.18", "Sommersemester"],
    allow=("Mai", "Greifswald"),
)

V["rv_f4"] = rv_number("13", "250847", "S", "12", spaced=True)
V["iban_f4"] = iban("DE", "25950000" + "0003820417")
V["tax_f4"] = steuer_id("2961483725")

pii(
    "form_export",
    """
Stadt Hildesheim – Fachbereich Soziales und Senioren
Online-Antrag auf Grundsicherung im Alter und bei Erwerbsminderung (§§ 41 ff. SGB XII)
Ausdruck aus dem Antragsportal vom 09.03.2026

1. Antragstellerin
Eingangsnummer ....................... [[AZ:GS-HI-2026-00274]]
Name, Vorname ........................ [[P:Stark, Ursula]]
Geburtsname .......................... [[P:Szymańska]]
Geburtsdatum ......................... [[DOB:25.08.1947]]
Geburtsort ........................... [[LOC:Bytom]] (Polen)
Anschrift ............................ [[STR:Senkingstraße 12, 3. OG rechts]]
PLZ / Ort ............................ [[LOC:31137 Hildesheim]]
Ortsteil ............................. [[LOC:Moritzberg]]
Telefon .............................. [[TEL:05121 / 51 77 30]]
Rentenversicherungsnummer ............ [[RV:«rv_f4»]]
Steuer-Identifikationsnummer ......... [[TAX:«tax_f4»]]
Familienstand ........................ geschieden seit 1994

2. Vertretung
Betreuer / Bevollmächtigter .......... [[P:Dariusz Stark]] (Sohn), [[LOC:Sarstedt]]
Telefon / E-Mail ..................... [[TEL:0160 7438 2915]] / [[MAIL:d.stark@posteo.de]]

3. Einkommen (monatlich)
Altersrente DRV Braunschweig-Hannover . 684,22 EUR
Betriebsrente Bosch GmbH ............. 41,60 EUR
Wohngeld ............................. beantragt, noch nicht beschieden

4. Wohnung
Vermieterin .......................... gbg Wohnungsgesellschaft Hildesheim mbH
Grundmiete / Nebenkosten / Heizung ... 338,00 / 96,00 / 74,00 EUR
Wohnfläche ........................... 47 m²

5. Bankverbindung
Kontoinhaberin ....................... [[P:Ursula Stark]]
IBAN ................................. [[IBAN:«iban_f4»]]

6. Erklärungen
[x] Ich versichere, dass meine Angaben vollständig sind.
[x] Unterhaltspflichtige Kinder: 1 ([[P:Dariusz Stark]], Einkommen unter 100.000 EUR)
Eingereicht über IP ................... [[IP:77.11.184.203]]
""",
    [
        "§§ 41 ff. SGB XII",
        "684,22 EUR",
        "gbg Wohnungsgesellschaft Hildesheim mbH",
        "47 m²",
        "Bosch GmbH",
    ],
)

# --- table ------------------------------------------------------------------------------------

pii(
    "table",
    """
Stadt Celle – Steuerabteilung – Export Hundesteuerkataster, Zugänge Januar 2026
Datei: hst_zugaenge_2026-01.csv · Trennzeichen Semikolon · Kodierung UTF-8

Kassenzeichen;Name;Vorname;Strasse;PLZ;Ort;Hunde;Jahressteuer;Beginn;Bemerkung
[[AZ:2.1104.50731]];[[P:Benali]];[[P:Youssef]];[[STR:Fritzenwiese 44]];[[LOC:29221]];[[LOC:Celle]];1;96,00;01.01.2026;
[[AZ:2.1104.50748]];[[P:von der Heyde]];[[P:Konstantin]];[[STR:Hannoversche Str. 71]];[[LOC:29221]];[[LOC:Celle]];2;288,00;01.01.2026;Zweithund
[[AZ:2.1104.50755]];[[P:Akhtar]];[[P:Sana]];[[STR:Blumlage 103]];[[LOC:29221]];[[LOC:Celle]];1;96,00;15.01.2026;
[[AZ:2.1104.50762]];[[P:Hund-Petersen]];[[P:Imke]];[[STR:Am Wasserturm 8]];[[LOC:29223]];[[LOC:Celle]];1;48,00;01.01.2026;ermäßigt Tierheim
[[AZ:2.1104.50779]];[[P:FISCHER]];[[P:ANDREA]];[[STR:Neustadt 12]];[[LOC:29225]];[[LOC:Celle]];1;0,00;01.02.2026;befreit Blindenführhund
[[AZ:2.1104.50786]];[[P:Mendes]];[[P:Rui]];[[STR:Dorfstraße 3]];[[LOC:29229]];[[LOC:Celle-Groß Hehlen]];1;96,00;01.01.2026;
[[AZ:2.1104.50793]];[[P:El Ghazali]];[[P:Karim]];[[STR:Bahnhofstraße 27a]];[[LOC:29227]];[[LOC:Celle-Westercelle]];1;600,00;01.01.2026;gefährlicher Hund
[[AZ:2.1104.50809]];[[P:Hase]];[[P:Jörg]];[[STR:Im Kreise 5]];[[LOC:29221]];[[LOC:Celle]];1;96,00;01.01.2026;SEPA

Summe Zugänge: 8 Halter, 9 Hunde, Jahressteuer 1.416,00 EUR
Ermäßigung für Hunde aus dem Tierheim Celle nach § 4 Abs. 2 der Hundesteuersatzung (50 %).
Rückfragen: [[P:Tanja Riebesell]], Tel. [[TEL:05141 12-3385]], Stadt Celle, Am Französischen Garten 1
""",
    [
        "Am Französischen Garten 1",
        "1.416,00 EUR",
        "§ 4 Abs. 2 der Hundesteuersatzung",
        "Tierheim Celle",
    ],
    allow=("Celle", "Hund", "der"),
)

pii(
    "table",
    "Stadt Weimar – Wahlbüro\n"
    "Bürgerentscheid Schwanseebad, 26. April 2026 – Wahlvorstände, Stand 23.03.2026\n"
    "Export aus WahlHelfer-Verwaltung (tabulatorgetrennt)\n"
    "\n"
    + tabbed(
        ("Nr", "Name", "Vorname", "Jg.", "Bezirk", "Funktion", "Telefon", "E-Mail"),
        (
            "1",
            "[[P:Brückner]]",
            "[[P:Heike]]",
            "[[DOB:1961]]",
            "101 Altstadt",
            "Vorsteherin",
            "[[TEL:03643 90 21 44]]",
            "[[MAIL:heike.brueckner@web.de]]",
        ),
        (
            "2",
            "[[P:Oyelaran]]",
            "[[P:Tobi]]",
            "[[DOB:1998]]",
            "101 Altstadt",
            "Schriftführer",
            "[[TEL:0176 41 92 08 35]]",
            "",
        ),
        (
            "3",
            "[[P:Kovač]]",
            "[[P:Ivana]]",
            "[[DOB:1985]]",
            "101 Altstadt",
            "Beisitzerin",
            "[[TEL:0152 2270 9184]]",
            "[[MAIL:ivana.kovac@gmx.de]]",
        ),
        (
            "4",
            "[[P:Sommerfeld]]",
            "[[P:Klaus-Dieter]]",
            "[[DOB:1952]]",
            "204 Schöndorf",
            "Vorsteher",
            "[[TEL:03643 42 18 70]]",
            "",
        ),
        (
            "5",
            "[[P:Rahman]]",
            "[[P:Imran]]",
            "[[DOB:1990]]",
            "204 Schöndorf",
            "stellv. Vorsteher",
            "[[TEL:0157 3392 0461]]",
            "[[MAIL:imran.rahman@posteo.de]]",
        ),
        (
            "6",
            "[[P:Herbst]]",
            "[[P:Juni]]",
            "[[DOB:2006]]",
            "204 Schöndorf",
            "Beisitzerin",
            "[[TEL:0160 5528 1137]]",
            "[[MAIL:juni.herbst@icloud.com]]",
        ),
        (
            "7",
            "[[P:Wang]]",
            "[[P:Lei]]",
            "[[DOB:1979]]",
            "305 Tiefurt",
            "Schriftführer",
            "[[TEL:03643 77 30 16]]",
            "",
        ),
        (
            "8",
            "[[P:de Souza Lima]]",
            "[[P:Thiago]]",
            "[[DOB:1988]]",
            "305 Tiefurt",
            "Beisitzer",
            "[[TEL:0171 8204 5562]]",
            "[[MAIL:thiago.lima@gmail.com]]",
        ),
        (
            "9",
            "[[P:Gärtner]]",
            "[[P:Waltraud]]",
            "[[DOB:1949]]",
            "305 Tiefurt",
            "Vorsteherin",
            "[[TEL:03643 50 61 92]]",
            "",
        ),
        (
            "10",
            "[[P:Perera]]",
            "[[P:Nimal]]",
            "[[DOB:1983]]",
            "305 Tiefurt",
            "Beisitzer",
            "[[TEL:0176 2218 4093]]",
            "[[MAIL:n.perera@web.de]]",
        ),
    )
    + "\n\nErfrischungsgeld nach § 9 ThürKWO: 50 Euro (Vorsteher 60 Euro). Schulung am 14.04.2026,\n"
    "18 Uhr, Stadthaus, Frauentorstraße 1. Briefwahlvorstände folgen in gesonderter Liste.\n"
    "Ansprechpartner Wahlbüro: [[P:Patrick Ahlers]], [[TEL:03643 762-318]]\n",
    ["§ 9 ThürKWO", "Frauentorstraße 1", "Bürgerentscheid Schwanseebad", "50 Euro", "305 Tiefurt"],
)

MS_WIDTHS = (12, 20, 10, 24, 11, 8, 3)

pii(
    "table",
    "Stadt Reutlingen – Musikschule – Offene Posten nach 2. Mahnung, Stand 16.02.2026\n"
    "\n"
    + pipes(
        MS_WIDTHS, ("Vertrag", "Schüler/in", "geb.", "Zahlungspflichtig", "Fach", "offen €", "MS")
    )
    + "\n"
    + rule(MS_WIDTHS)
    + "\n"
    + pipes(
        MS_WIDTHS,
        (
            "[[AZ:MS-24-0311]]",
            "[[P:Lina Rüdiger]]",
            "[[DOB:2012]]",
            "[[P:Rüdiger, Christine]]",
            "Violine",
            "186,00",
            "2",
        ),
        (
            "[[AZ:MS-23-0877]]",
            "[[P:Mehmet Öz]]",
            "[[DOB:2010]]",
            "[[P:Öz, Hatice]]",
            "Gitarre",
            "124,00",
            "2",
        ),
        (
            "[[AZ:MS-25-0042]]",
            "[[P:Sofia Lindner]]",
            "[[DOB:2016]]",
            "[[P:Lindner, Tobias]]",
            "Blockflöte",
            "62,00",
            "2",
        ),
        (
            "[[AZ:MS-22-1190]]",
            "[[P:Yuna Choi]]",
            "[[DOB:2011]]",
            "[[P:Choi, Min-seo]]",
            "Klavier",
            "372,00",
            "3",
        ),
        (
            "[[AZ:MS-24-0523]]",
            "[[P:Mia Ernst]]",
            "[[DOB:2014]]",
            "[[P:Ernst, Daniel]]",
            "Gesang",
            "93,00",
            "2",
        ),
        (
            "[[AZ:MS-25-0198]]",
            "[[P:Eliška Horáková]]",
            "[[DOB:2013]]",
            "[[P:Horák, Petr]]",
            "Cello",
            "248,00",
            "2",
        ),
        (
            "[[AZ:MS-23-0650]]",
            "[[P:Noah Bayram]]",
            "[[DOB:2009]]",
            "[[P:Bayram, Sevgi]]",
            "Schlagzeug",
            "155,00",
            "3",
        ),
    )
    + "\n\nMahnstufe 3: Übergabe an die Stadtkasse (Vollstreckung), Mahngebühr je 5,00 €.\n"
    "Bei Mahnstufe 3 ruht der Unterricht ab 01.03.2026 nach § 8 der Musikschulordnung.\n"
    "Bearbeitung: [[P:Sabine Kächele]], Musikschule, Tel. [[TEL:07121 303-5542]], Gartenstraße 49\n",
    ["Gartenstraße 49", "§ 8 der Musikschulordnung", "Mahngebühr je 5,00 €", "372,00"],
)

V["iban_tb4a"] = iban("DE", "82050000" + "0300417711")
V["iban_tb4b"] = iban("PT", "0035" + "0651" + "00084417213" + "92")
V["iban_tb4c"] = iban("DE", "82050000" + "0300229034")

pii(
    "table",
    """
Stadtwerke Gotha GmbH – Forderungsmanagement
Export Ratenvereinbarungen Q1/2026 (CSV, Komma, Zeichenketten in Anführungszeichen)

Kundennr,Name,Strasse,PLZ Ort,Zaehlernr,Rueckstand,Raten,Beginn,Bankverbindung,Telefon
[[AZ:2004418817]],"[[P:Schreiber, Doris]]","[[STR:Erfurter Landstraße 41]]","[[LOC:99867 Gotha]]",[[AZ:1ESY1160928841]],612.40,6,2026-02-01,"[[IBAN:«iban_tb4a»]]","[[TEL:03621 40 17 22]]"
[[AZ:2004420361]],"[[P:Tkachenko, Iryna]]","[[STR:Justus-Perthes-Straße 9]]","[[LOC:99867 Gotha]]",[[AZ:1ESY1160733120]],1204.95,10,2026-02-01,Überweisung,"[[TEL:0176 3038 5519]]"
[[AZ:2004401279]],"[[P:Ferreira da Silva, Joaquim]]","[[STR:Am Schmiedefeld 3]]","[[LOC:99869 Günthersleben-Wechmar]]",[[AZ:1ESY1161044097]],388.00,4,2026-03-01,"[[IBAN:«iban_tb4b»]]",
[[AZ:2004433902]],"[[P:Zhou, Mei]]","[[STR:Moßlerstraße 28]]","[[LOC:99867 Gotha]]",[[AZ:1ESY1160581236]],257.10,3,2026-03-01,Überweisung,"[[TEL:03621 8 50 44 91]]"
[[AZ:2004409915]],"[[P:KLEIN, MANFRED]]","[[STR:Siebleber Straße 117]]","[[LOC:99867 Gotha-Siebleben]]",[[AZ:1ESY1160912270]],940.00,8,2026-02-15,"[[IBAN:«iban_tb4c»]]","[[TEL:0162 7719 3304]]"

Zählerstände und Abschläge werden zum Beginn der Ratenzahlung neu festgesetzt (Härtefall-Fonds
der Stadt Gotha, Stadtratsbeschluss 112/2025). Sperrandrohungen nach § 19 StromGVV sind für die
Dauer der Vereinbarung ausgesetzt. Ansprechpartnerin: [[P:Annett Beyer]], Tel. [[TEL:03621 433-247]].
""",
    ["Stadtratsbeschluss 112/2025", "§ 19 StromGVV", "Stadtwerke Gotha GmbH", "Härtefall-Fonds"],
)

# --- ocr_scan ---------------------------------------------------------------------------------

V["tax_o1"] = steuer_id("8305162747", "blocks")

pii(
    "ocr_scan",
    """
[Scan Standesamt Zwickau · Eingang 03.02.2026 · Seite 1/1 · OCR-Text, Erkennungsqualität niedrig]

STADT ZWlCKAU – STANDESAMT
Niederschrift über die Erk|ärung des Austritts aus einer Kirche oder Religionsgemeinschaft
(Kirchenaustrittsgesetz des Freistaates Sachsen)

Lfd. Nr.: [[AZ:KA 2O26/0O84]]
Vor der Standesbeamtin erscheint, ausgewiesen durch Personalausweis:

Fami1ienname ........ [[P:SCHR�TER]]
Vorname(n) .......... [[P:Kev in Mar cel]]
Geburtsdatum ........ [[DOB:l9.O3.l99l]]
Geburtsort .......... [[LOC:Wer dau]]
Anschrift ........... [[STR:Crimmitschauer Str. l4]], [[LOC:O8O58 Zwi ckau]]
Re|igion ............ ev.-|uth.        getauft am 12.O6.1994 in [[LOC:Reinsdorf]]
Steuer-ldNr. ........ [[TAX:«tax_o1»]]
Familienstand ....... verh. seit 2O19, Ehefrau [[P:Jacqueline]] (kath., tritt nicht aus)

Die erschienene Person erk1ärt: „Ich trete aus der Evange|isch-Lutherischen Landeskirche
Sachsens aus." Die Erklärung wird mit Ablauf des Tages der Abgabe wirksam. Die Person wurde
darauf hingewiesen, dass die Kirchensteuerpf|icht mit Ablauf des Monats endet und das
Bundeszentra|amt für Steuern ü ber die Meldebehörde unterrichtet wird.

Gebühr: 3O,OO EUR ba r bezahlt · Kasse Rathaus, Hauptmarkt 1

vorgelesen, genehmigt, unterschrieben

Unterschrift Erk|ärende/r: [[P:K. Schr�ter]]           Standesbeamtin: [[P:B. Ung er]]

Handschriftl. Zusatz am Rand: „Bescheinigung bitte an neue Adr. schicken:
[[STR:Ma rienthaler Str. 1O2]], [[LOC:O8O6O Zwickau]], Te|. [[TEL:O175 / 4 8l 2O 66]]"
""",
    [
        "Hauptmarkt 1",
        "vorgelesen, genehmigt, unterschrieben",
        "Kirchenaustrittsgesetz",
        "3O,OO EUR",
    ],
)

pii(
    "ocr_scan",
    """
Stadtverwaltung Landau in der Pfalz – Ordnungsamt, Marktstraße 50
MELDUNG EINES BEISSVORFALLS DURCH EINEN HUND
[handschriftlich ausgefüllt · Scan 05.03.2026 · automatische Texterkennung]

1. Meldende Person
Name: [[P:Oli veira Mendes]]      Vorname: [[P:Tiago]]
Anschrift: [[STR:Hochstra ße 2l]]      PLZ/Ort: [[LOC:7682g Landau-Queichheim]]
Te|efon: [[TEL:O6341 / 9 3O 77 l8]]     E-Mail: [[MAIL:tiago.mendes@ web.de]]

2. Verletzte Person
Name: [[P:Gabriel Oliveira Mendes]] (Sohn)     geb.: [[DOB:O4.1O.2Ol7]]
Verletzung: Biss in die rechte Hand, genäht in der Notaufnahme Klinikum Landau-SÜW

3. Vorfall
Datum/Uhrzeit: O2.O3.2O26 ca. 17.15 Uhr      Ort: Spie|platz am Goethepark
Hergang: Kind hat am K|etterturm gespielt, Hund kam ohne Leine angelaufen, hat
zugebissen und ist weggerannt. Besitzer hat gerufen „Ares, komm!" und ist mit
dem Hund Richtung Wollmesheimer Höhe.

4. Hund / Ha|ter (soweit bekannt)
brauner Schäferhund-Mischling, groß; Ha|ter ä|terer Herr mit Stock, laut einer Mutter
am Spielplatz heißt er [[P:WENZ EL]] und wohnt in der [[STR:Eutzinger Str]] nahe der Schu|e

5. Zeugen
Frau [[P:Dragana Petrovi�]], Tel. [[TEL:0l76 38 2O 94 l7]]

6. Behandelnder Arzt
Kinderarztpraxis Dr. [[P:Seyfried]], Nachkontrolle am O9.O3.

Datum, Unterschrift: O5.O3.2O26   [[P:T. Oliveira M.]]

--- Bearbeitungsvermerk ---
Eingang OA 05.03.2026, Halterermitt|ung über Hundesteuerdatei: [[P:Wenzel, Helmut]],
[[STR:Eutzinger Straße 18]], Kassenzeichen Hundesteuer [[AZ:HST-LD-0517]]. Weitergabe an
Veterinäramt der Kreisverwaltung Südliche Weinstraße. [[P:Keßler]]
""",
    ["Marktstraße 50", "Spie|platz am Goethepark", "Klinikum Landau-SÜW", "Wollmesheimer Höhe"],
)

pii(
    "ocr_scan",
    """
Landeshauptstadt Hannover · Fachbereich Umwelt und Stadtgrün · Kleingartenwesen
Arnswaldtstraße 28 · 30159 Hannover
[Eingescanntes Formular, handschriftlich, OCR]

BEWERBUNG UM EINEN KLEINGARTEN

Name, Vorname: [[P:MELNYK, OKSANA]]
Geb.-Datum: [[DOB:2 7. O8. l9 86]]        Geburtsort: [[LOC:Charkiw]] (Ukraine)
Straße, Nr.: [[STR:Sahlkamp 71]] , Whg. 5   PLZ, Ort: [[LOC:3O179 Hannover]]
Stadtteil: [[LOC:Sahlkamp]]
Telefon: [[TEL:O157 - 3l 42 O8 97]]
E-Mail: [[MAIL:oksana.me lnyk@ukr.net]]

Haushalt: Ehemann [[P:Andrij Me|nyk]], Kinder [[P:So fija]] (9) und [[P:Maksym]] (6)

Gewünschter Kleingartenverein / Lage:
1. KGV Nordstern e.V.    2. KGV Am Lister Turm e.V.    3. egal, nah an Straßenbahn Linie 3

Erfahrung: in [[LOC:Tschuhujiw]] hatten wir eine Datscha mit Gemüsegarten; in Hannover wohnen
wir seit 2O22, vorher Erstaufnahme in [[LOC:La ngenhagen]]. Wir möchten Gemüse anbauen und
die Kinder sollen draußen sein. Gemeinschaftsarbeit ist kein Problem, mein Mann ist
E|ektriker.

Hinweise der Stadt (vorgedruckt): Die Vergabe erfolgt durch die Vereine. Die Wartezeit beträgt
derzeit 2 bis 4 Jahre. Pacht ca. O,25 €/m² im Jahr zzgl. Abgaben, Ablöse nach Wertermittlung.

Datum: l2.O2.2O26     Unterschrift: [[P:O. Me lnyk]]

Vermerk Stadt: Eingang 16.02.2026, Wartelisten-Nr. [[AZ:KG-WL-2026-0388]], weitergeleitet an
Bezirksverband Hannover der Kleingärtner e.V. – Bearb. [[P:Ch. Wendland]], App. [[TEL:0511 168-43105]]
""",
    ["Arnswaldtstraße 28", "KGV Nordstern e.V.", "Linie 3", "O,25 €/m²", "2 bis 4 Jahre"],
)

# --- lawyer_letter ----------------------------------------------------------------------------

pii(
    "lawyer_letter",
    """
Dr. [[P:Katharina Richter]]
Rechtsanwältin · Fachanwältin für Verwaltungsrecht
[[STR:Wilhelmitorwall 12]] · [[LOC:38118 Braunschweig]]
Tel. [[TEL:0531 2 40 86 13]] · Fax [[TEL:0531 2 40 86 19]] · [[MAIL:kanzlei@ra-richter-bs.de]]

Stadt Braunschweig
Fachbereich Stadtplanung und Geoinformation – Bauordnung
Langer Hof 8
38100 Braunschweig

Braunschweig, 26. Januar 2026

Ihr Az.: [[AZ:63.12-BA-2025-1172]] – Beseitigungsanordnung vom 8. Januar 2026
Mein Az.: [[AZ:R-26/014]]
Mandant: Herr [[P:Mustafa Yılmaz]], [[STR:Essener Straße 5]], [[LOC:38108 Braunschweig-Querum]]

Sehr geehrte Damen und Herren,

ich zeige an, dass ich Herrn [[P:Yılmaz]] vertrete; eine Vollmacht liegt bei. Gegen die
Anordnung, das Gartenhaus mit überdachter Terrasse (ca. 38 m³ umbauter Raum) an der
rückwärtigen Grundstücksgrenze zu beseitigen, erhebe ich namens meines Mandanten Widerspruch und
beantrage die Aussetzung der sofortigen Vollziehung nach § 80 Abs. 4 VwGO.

Das Gartenhaus ist nach § 60 Abs. 1 NBauO i. V. m. Nr. 1.1 des Anhangs verfahrensfrei. Die
Anzeige stammt von dem Nachbarn, Herrn [[P:Gerd Wilkening]], mit dem mein Mandant seit einem
Streit über eine Hecke im Unfrieden lebt. Der Vorgänger meines Mandanten, Herr
[[P:Jürgen Pahl]], hatte an derselben Stelle bereits seit 1988 einen Schuppen stehen; das belegen
Luftbilder der Stadt.

Sollte es zu einem Verfahren kommen, wird der Richter die Verhältnismäßigkeit einer Beseitigung
genau prüfen müssen; eine nachträgliche Befreiung wäre ohne Weiteres möglich. Ich rege einen
Ortstermin an und bitte um Akteneinsicht in meinem Büro.

Mit freundlichen Grüßen

Dr. [[P:Richter]]
Rechtsanwältin
""",
    ["Langer Hof 8", "§ 80 Abs. 4 VwGO", "§ 60 Abs. 1 NBauO", "38 m³", "seit 1988"],
    allow=("Richter",),
)

V["iban_l2"] = iban("RO", "BTRL" + "0130" + "1205L43918XX")

pii(
    "lawyer_letter",
    """
BECKER · LAHNSTEIN · SCHMITZ
Rechtsanwälte PartG mbB
Löhrstraße 78–80 · 56068 Koblenz · Tel. 0261 91 44 0-0 · kanzlei@bls-koblenz.de

Stadtverwaltung Koblenz
Jugendamt – Unterhaltsvorschuss / Rückgriff
Rathauspassage 2
56068 Koblenz

Bearbeiter: Rechtsanwalt Dr. [[P:Felix Lahnstein]], Durchwahl [[TEL:0261 91 44 0-27]]
Unser Zeichen: [[AZ:FL-2026/0093]]
Koblenz, 4. März 2026

Ihr Zeichen: [[AZ:51-UV-RG-2024-0217]] – Rückgriff nach § 7 UVG gegen Herrn [[P:Ionuț Popescu]]

Sehr geehrte Frau [[P:Kreuzberger]],

wir vertreten Herrn [[P:Ionuț Popescu]], geboren am [[DOB:30.06.1989]], wohnhaft
[[STR:Hochstraße 41]], [[LOC:56112 Lahnstein]]. Für seine Tochter [[P:Ana-Maria Popescu]]
(geb. [[DOB:11.02.2019]]), die bei der Mutter, Frau [[P:Bianca Ionescu]], in [[LOC:Koblenz-Lützel]]
lebt, fordern Sie für die Zeit ab Mai 2024 übergegangenen Unterhalt von 5.382,00 Euro.

Unser Mandant war in dieser Zeit als Lkw-Fahrer bei der Mittelrhein Spedition GmbH
beschäftigt und verdiente netto durchschnittlich 1.690 Euro. Nach Abzug des notwendigen
Selbstbehalts von 1.450 Euro war er nur in Höhe von 240 Euro monatlich leistungsfähig. Er hat
zudem von Juni 2024 bis Januar 2025 direkt an die Mutter gezahlt, teilweise auf ihr Konto in
Rumänien ([[IBAN:«iban_l2»]]); Kontoauszüge liegen bei.

Wir bitten, die Forderung neu zu berechnen, und bieten eine Ratenzahlung von 150 Euro monatlich
an. Zustellungen bitte nur an unsere Kanzlei.

Mit freundlichen Grüßen

Dr. [[P:Lahnstein]]
Rechtsanwalt
""",
    [
        "Rechtsanwälte PartG mbB",
        "Löhrstraße 78–80",
        "Rathauspassage 2",
        "Mittelrhein Spedition GmbH",
        "5.382,00 Euro",
    ],
)

# --- minutes ----------------------------------------------------------------------------------

pii(
    "minutes",
    """
Stadt Oldenburg (Oldb) – Sportamt
Niederschrift über die Hallenvergabekonferenz für die Saison 2026/27

Datum: 18. Februar 2026, 18:00–20:10 Uhr
Ort: Kulturzentrum PFL, Peterstraße 3, Raum 2
Leitung: [[P:Sven Hinrichs]] (Sportamt)
Protokoll: [[P:Meike Ahrens]] (Sportamt)

Anwesend für die Vereine: [[P:Elke Herbst]] (VfL Oldenburg e.V.), [[P:Hüseyin Doğan]] (SV
Türkgücü Oldenburg e.V.), [[P:Marta Kowalczuk-Janssen]] (TuS Bloherfelde e.V.),
[[P:Jan-Hendrik Gerdes]] (Oldenburger TB e.V.), [[P:Nam Kyung-soo]] (Taekwondo Club Oldenburg
e.V.)

TOP 1 Belegung der Sporthalle Haarentor
Die Zeiten ab Herbst 2026 wurden nach dem Punkteschema der Sportförderrichtlinie verteilt. Frau
[[P:Herbst]] beantragt für die Damenmannschaft Handball zusätzlich mittwochs 20–22 Uhr; der TuS
verzichtet auf diese Zeit. Beschluss: einstimmig.

TOP 2 Kampfsportraum Kreyenbrück
Herr [[P:Nam]] bittet um den Raum sonntags 10–13 Uhr für Gürtelprüfungen. Herr [[P:Doğan]] weist
darauf hin, dass dort sonntags der Jugendfußball Hallentraining hat. Einigung: jeder zweite
Sonntag.

TOP 3 Schlüsselübergabe
Schlüsselverantwortliche melden sich bis 15. März bei Frau [[P:Ahrens]], Tel. [[TEL:0441 235-3127]],
[[MAIL:meike.ahrens@stadt-oldenburg.de]]. Für den TuS übernimmt Herr [[P:Piotr Janssen]]
([[TEL:0176 8419 2205]]) die Schlüssel von Frau [[P:Kowalczuk-Janssen]].

TOP 4 Verschiedenes
Die Halle der IGS Kreyenbrück ist wegen Sanierung (Ratsvorlage 25/0871) bis 31. Dezember 2026
gesperrt.

gez. [[P:Hinrichs]]          gez. [[P:Ahrens]]
""",
    [
        "Peterstraße 3",
        "Ratsvorlage 25/0871",
        "Sporthalle Haarentor",
        "IGS Kreyenbrück",
        "VfL Oldenburg e.V.",
    ],
    allow=("Herbst",),
)

# --- complaint_portal -------------------------------------------------------------------------

pii(
    "complaint_portal",
    """
Landeshauptstadt Stuttgart – Bürgerhinweisportal „Gemeinsam für Stuttgart"
Meldungs-Nr.: [[AZ:GFS-2026-048813]]
Kategorie: Bauen und Wohnen › Bauarbeiten ohne Genehmigung (Verdacht)
Eingang: 14.03.2026, 21:07 Uhr · übermittelt von IP [[IP:178.24.96.151]]
Öffentlicher Anzeigename: [[P:Renate K.]]
Status: in Bearbeitung (Baurechtsamt, Eberhardstraße 33)

Ort (vom Meldenden auf der Karte gesetzt):
[[STR:Wiener Straße 212]], [[LOC:70469 Stuttgart-Feuerbach]]

Beschreibung (öffentlich sichtbar nach Prüfung, Namen werden entfernt):
Mein Nachbar, Herr [[P:Dieter Kugler]], baut seit zwei Wochen auf seinem Grundstück
([[STR:Wiener Str. 212]]) auf die Doppelgarage ein zweites Geschoss mit Fenstern zu unserer
Seite. Ein Bauschild gibt es nicht. Die Handwerker kommen jeden Tag ab 7 Uhr mit einem
Transporter ([[KFZ:S-KB 4471]]) und arbeiten auch samstags. Der Lärm ist eine Sache, aber ich
glaube nicht, dass dafür eine Baugenehmigung vorliegt; im Bebauungsplan Feuerbach-Ost ist dort
nur eine eingeschossige Bebauung zulässig. Ich bitte um Überprüfung.

Foto 1: Garage mit Gerüst (IMG_4471.jpg) · Foto 2: Baustellenzufahrt (IMG_4473.jpg)

Kontaktdaten (nur für die Verwaltung):
Name: [[P:Renate Kübler]]
E-Mail: [[MAIL:r.kuebler@online.de]]
Telefon: [[TEL:0711 81 44 20 93]]
Rückmeldung gewünscht: ja

Interne Notiz 16.03.2026: Bauakte geprüft – keine Genehmigung, kein Kenntnisgabeverfahren.
Baukontrolle vor Ort am 18.03. durch [[P:Oliver Pfisterer]]; Baueinstellung nach § 64 LBO BW
wird vorbereitet.
""",
    ["Eberhardstraße 33", "Bebauungsplan Feuerbach-Ost", "§ 64 LBO BW", "IMG_4471.jpg"],
)

# --- invoice ----------------------------------------------------------------------------------

V["iban_i1"] = iban("DE", "50650023" + "0000318842")

pii(
    "invoice",
    """
Schlüsseldienst [[P:Lewandowski]] e.K.
Inhaber [[P:Tomasz Lewandowski]] · Metallbauermeister
[[STR:Ludwigstraße 31]] · [[LOC:63456 Hanau-Steinheim]]
Tel. [[TEL:06181 9 57 33 10]] · Notdienst [[TEL:0171 4 20 66 91]]
[[MAIL:info@schluessel-lewandowski.de]]

Stadt Hanau
Fachbereich Öffentliche Ordnung – Ordnungsbehörde
Steinheimer Straße 1
63450 Hanau

Rechnung Nr. 2026-0117                                   Hanau, 16. Februar 2026
Ihr Auftrag: telefonisch am 12.02.2026, 22:40 Uhr, durch Herrn [[P:Serkan Kaya]] (Bereitschaft)
Bestellnummer der Stadt: BE-32-2026-0089

Notöffnung einer Wohnungstür auf Anforderung der Feuerwehr (hilflose Person)
Einsatzort: Wohnung [[P:Erika Brandt]], [[STR:Lamboystraße 64, 3. OG links]], [[LOC:63452 Hanau]]

Pos.  Leistung                                            Menge      Einzel €     Gesamt €
1     Anfahrt Notdienst, nachts (22–6 Uhr)                  1          65,00        65,00
2     Türöffnung zerstörungsfrei, Profilzylinder            1          89,00        89,00
3     Nachtzuschlag 50 % auf Pos. 2                         1          44,50        44,50
4     Austausch Profilzylinder 30/35 mm, 3 Schlüssel        1          48,00        48,00
                                                            Netto                 246,50
                                                            USt 19 %               46,84
                                                            Rechnungsbetrag       293,34

Die Wohnung wurde nach dem Einsatz mit dem neuen Zylinder verschlossen; die Schlüssel wurden der
Polizeistation Hanau-Innenstadt übergeben. Zahlbar innerhalb von 14 Tagen ohne Abzug.

Bankverbindung: Sparkasse Hanau · IBAN [[IBAN:«iban_i1»]]
Steuernummer [[TAX:019/842/60331]] · Amtsgericht Hanau [[HR:HRA 93417]]
""",
    [
        "Steinheimer Straße 1",
        "Rechnung Nr. 2026-0117",
        "BE-32-2026-0089",
        "293,34",
        "Polizeistation Hanau-Innenstadt",
    ],
)

V["iban_i2"] = iban("DE", "59050101" + "0071284490")

pii(
    "invoice",
    """
Fahrschule [[P:Meister]]
Inhaber [[P:Andreas Meister]], Fahrlehrer BE/CE/DE
[[STR:Wellesweilerstraße 118]] · [[LOC:66539 Neunkirchen-Wellesweiler]]
Tel. [[TEL:06821 2 19 47 03]] · [[MAIL:andreas@fahrschule-meister-nk.de]]
Steuernummer [[TAX:020/231/04418]] · Finanzamt Neunkirchen

Kreisstadt Neunkirchen
Feuerwehr – Wehrführung
Oberer Markt 16
66538 Neunkirchen

Neunkirchen, 9. März 2026

Rechnung Nr. FS-2026-031
Ihr Auftrag vom 10.11.2025 (Wehrführer Herr [[P:Stefan Backes]]), Haushaltsstelle 1.2.6.01.542100

Führerscheinausbildung Klasse C für zwei Angehörige der Freiwilligen Feuerwehr, Löschbezirk
Wellesweiler, nach der Förderrichtlinie des Saarlandes für Feuerwehrführerscheine:

                                           [[P:Tim Dahlem]]        [[P:Aylin Karataş]]
Grundbetrag Klasse C                            420,00 €           420,00 €
Übungsstunden à 45 Min. (je 68,00 €)       12 = 816,00 €      15 = 1.020,00 €
Sonderfahrten Überland/Autobahn/Nacht      5 = 425,00 €        5 = 425,00 €
Vorstellung zur Prüfung (Theorie/Praxis)        260,00 €           260,00 €
Summe                                         1.921,00 €         2.125,00 €

Gesamtbetrag (umsatzsteuerfrei nach § 4 Nr. 21 UStG)             4.046,00 €

Beide haben die praktische Prüfung beim TÜV in Saarbrücken im ersten Anlauf bestanden –
Übung macht den Meister. Ausbildungsfahrzeug war unser Lkw MAN TGM mit dem Kennzeichen
[[KFZ:NK-FM 718]]. Die Prüfgebühren des TÜV wurden von der Stadt direkt bezahlt.

Bitte überweisen Sie den Betrag bis 31.03.2026 auf IBAN [[IBAN:«iban_i2»]].

Mit freundlichen Grüßen
[[P:A. Meister]]
""",
    [
        "Oberer Markt 16",
        "§ 4 Nr. 21 UStG",
        "4.046,00 €",
        "Haushaltsstelle 1.2.6.01.542100",
        "Rechnung Nr. FS-2026-031",
    ],
    allow=("Meister",),
)

# =============================================================================================
# PII-free documents
# =============================================================================================

# --- clean_service_description ----------------------------------------------------------------

clean(
    "clean_service_description",
    """
Stadt Leipzig – Standesamt
Dienstleistung: Kirchenaustritt erklären

Wer aus einer Kirche oder einer öffentlich-rechtlichen Religionsgemeinschaft austreten möchte,
erklärt den Austritt in Sachsen persönlich beim Standesamt des Wohnorts. Eine schriftliche
Erklärung per Post oder E-Mail ist nicht möglich; auch eine Vertretung ist nur mit notariell
beglaubigter Vollmacht zulässig.

Wer ist zuständig?
Das Standesamt Leipzig im Neuen Rathaus, Martin-Luther-Ring 4–6, 04109 Leipzig, Eingang
Lotterstraße, Erdgeschoss. Termine vergibt das Online-Terminsystem oder die Behördennummer 115.

Was brauche ich?
- gültiger Personalausweis oder Reisepass mit Meldebescheinigung,
- bei Kindern zwischen 12 und 14 Jahren die Zustimmung des Kindes; ab 14 Jahren erklärt das Kind
  den Austritt selbst,
- bei Zuzug innerhalb der letzten drei Monate eine Bescheinigung der bisherigen Meldebehörde.

Was kostet es?
Die Gebühr beträgt 30,00 Euro und ist bei der Erklärung bar oder mit Karte zu zahlen.

Wann wirkt der Austritt?
Der Austritt wird mit Ablauf des Tages wirksam, an dem er erklärt wird. Die Kirchensteuerpflicht
endet mit Ablauf des Kalendermonats. Das Standesamt unterrichtet die Kirche und die Meldebehörde;
die Meldebehörde gibt die Änderung an das Bundeszentralamt für Steuern weiter, so dass der
Arbeitgeber ab dem Folgemonat keine Kirchensteuer mehr einbehält.

Rechtsgrundlage: Gesetz über den Austritt aus Kirchen, Religionsgemeinschaften und
Weltanschauungsgemeinschaften des Freistaates Sachsen in der jeweils geltenden Fassung.
""",
    [
        "Martin-Luther-Ring 4–6",
        "Behördennummer 115",
        "30,00 Euro",
        "Bundeszentralamt für Steuern",
        "Lotterstraße",
    ],
)

clean(
    "clean_service_description",
    """
Landeshauptstadt Kiel – Straßenverkehrsbehörde
Dienstleistung: Parkerleichterungen für Menschen mit Behinderung

Blauer EU-Parkausweis
Den blauen Parkausweis erhalten schwerbehinderte Menschen mit dem Merkzeichen aG
(außergewöhnliche Gehbehinderung) oder Bl (blind) sowie Menschen mit beidseitiger Amelie oder
Phokomelie. Er erlaubt das Parken auf ausgewiesenen Behindertenparkplätzen, im
eingeschränkten Halteverbot bis zu drei Stunden und in Fußgängerzonen während der Ladezeit.
Rechtsgrundlage ist § 46 Abs. 1 Nr. 11 StVO.

Orangefarbener Parkausweis
Er gilt nur in Deutschland und berechtigt nicht zum Parken auf Behindertenparkplätzen. Ihn
erhalten unter anderem Menschen mit den Merkzeichen G und B und einem Grad der Behinderung von
mindestens 70 allein für Funktionsstörungen der unteren Gliedmaßen.

Antrag
Bitte bringen Sie den Schwerbehindertenausweis, den Feststellungsbescheid des Landesamts für
soziale Dienste, ein biometrisches Passbild und den bisherigen Parkausweis mit. Die Ausweise
werden sofort ausgestellt und sind gebührenfrei; ein Ersatz bei Verlust kostet 10,20 Euro.

Personengebundener Parkplatz
Ein Behindertenparkplatz mit Zusatzzeichen für eine bestimmte Person kann vor der Wohnung oder der
Arbeitsstätte eingerichtet werden, wenn kein Stellplatz auf eigenem Grund vorhanden ist. Die
Prüfung dauert etwa acht Wochen.

Kontakt: Straßenverkehrsbehörde, Andreas-Gayk-Straße 31, 24103 Kiel, Servicezeiten Montag bis
Freitag 8–12 Uhr, donnerstags zusätzlich 14–17 Uhr, E-Mail: strassenverkehr@kiel.de.
""",
    ["§ 46 Abs. 1 Nr. 11 StVO", "Andreas-Gayk-Straße 31", "10,20 Euro", "strassenverkehr@kiel.de"],
)

# --- clean_fee_schedule -----------------------------------------------------------------------

V["iban_k3"] = iban("DE", "25050180" + "0000017301")
HST_WIDTHS = (46, 13, 14)

clean(
    "clean_fee_schedule",
    "Landeshauptstadt Hannover – Fachbereich Finanzen\n"
    "Hundesteuer: Steuersätze ab 1. Januar 2026 (Satzung nach Drucksache 2418/2025)\n"
    "\n"
    + pipes(HST_WIDTHS, ("Steuertatbestand", "Jahressteuer", "Vierteljahr"))
    + "\n"
    + rule(HST_WIDTHS)
    + "\n"
    + pipes(
        HST_WIDTHS,
        ("erster Hund", "150,00 €", "37,50 €"),
        ("jeder weitere Hund", "240,00 €", "60,00 €"),
        ("gefährlicher Hund nach § 7 NHundG", "720,00 €", "180,00 €"),
        ("Hund aus einem Tierheim (erste zwei Jahre)", "75,00 €", "18,75 €"),
        ("Hund von Empfängern von Bürgergeld", "75,00 €", "18,75 €"),
        ("Blindenführ- und Assistenzhund", "0,00 €", "0,00 €"),
        ("Rettungshund mit Prüfung", "0,00 €", "0,00 €"),
    )
    + "\n\nDie Steuer wird vierteljährlich am 15. Februar, 15. Mai, 15. August und 15. November\n"
    "fällig. Anmeldung binnen zwei Wochen nach Beginn der Haltung; die Steuermarke ist sichtbar\n"
    "am Halsband zu tragen, eine Ersatzmarke kostet 5,00 €. Ermäßigungen werden nur auf Antrag\n"
    "und ab dem Monat der Antragstellung gewährt.\n"
    "\n"
    "Zahlungen an die Stadtkasse Hannover, Sparkasse Hannover, IBAN «iban_k3».\n"
    "Anmeldung online oder beim Steueramt, Trammplatz 2, 30159 Hannover.\n",
    ["Drucksache 2418/2025", "§ 7 NHundG", "Trammplatz 2", "«iban_k3»", "720,00 €"],
)

MUS_WIDTHS = (40, 10, 11, 11)

clean(
    "clean_fee_schedule",
    "Stadt Karlsruhe – Musikschule\n"
    "Entgeltordnung, gültig ab Schuljahr 2026/27 (Gemeinderatsbeschluss vom 24.03.2026, Vorlage 2026/0183)\n"
    "\n"
    + pipes(MUS_WIDTHS, ("Angebot", "Dauer", "monatlich", "Karlsruher Pass"))
    + "\n"
    + rule(MUS_WIDTHS)
    + "\n"
    + pipes(
        MUS_WIDTHS,
        ("Musikalische Früherziehung (Gruppe)", "45 Min.", "32,00 €", "16,00 €"),
        ("Instrumentalunterricht Einzel", "30 Min.", "79,00 €", "39,50 €"),
        ("Instrumentalunterricht Einzel", "45 Min.", "112,00 €", "56,00 €"),
        ("Instrumentalunterricht Zweiergruppe", "45 Min.", "62,00 €", "31,00 €"),
        ("Gesang Einzel", "45 Min.", "112,00 €", "56,00 €"),
        ("Orchester, Chor, Big Band (ohne Unterricht)", "90 Min.", "12,00 €", "0,00 €"),
        ("Erwachsene Einzel (ab 27 Jahre)", "30 Min.", "95,00 €", "–"),
    )
    + "\n\nGeschwisterermäßigung: 10 % für das zweite, 20 % für jedes weitere Kind. Die Entgelte\n"
    "werden für zwölf Monate erhoben, auch in den Ferien. Mietinstrumente: 15,00 € monatlich.\n"
    "Kündigungen sind zum 31. Januar und 31. Juli möglich und schriftlich an die Musikschule,\n"
    "Kaiserallee 11, 76133 Karlsruhe, zu richten.\n",
    ["Vorlage 2026/0183", "Karlsruher Pass", "Kaiserallee 11", "15,00 € monatlich", "112,00 €"],
)

# --- clean_council_agenda ---------------------------------------------------------------------

clean(
    "clean_council_agenda",
    """
Stadt Jena – Stadtrat
Einladung zur 22. öffentlichen Sitzung des Stadtrates
am Mittwoch, 15. April 2026, 17:00 Uhr, Rathaus, Plenarsaal, Markt 1, 07743 Jena

Tagesordnung – öffentlicher Teil

1   Eröffnung, Feststellung der Beschlussfähigkeit, Bestätigung der Tagesordnung
2   Bürgerfragestunde
3   Niederschrift der Sitzung vom 18.03.2026
4   Bericht des Oberbürgermeisters
5   Haushaltssatzung 2026/27, 1. Nachtrag                                     BV/0412/2026
6   Benennung des Platzes vor dem Volkshaus nach Ernst Abbe (1840–1905)        BV/0398/2026
7   Ehrung: Gedenktafel für Carl Zeiss (1816–1888) an der Neugasse            BV/0401/2026
8   Neubau der Straßenbahnwendeschleife Jena-Nord, Finanzierungsvereinbarung
    mit der Jenaer Nahverkehr GmbH                                             BV/0377/2026
9   Wirtschaftsplan 2026 der Stadtwerke Energie Jena-Pößneck GmbH              BV/0409/2026
10  Satzung über die Erhebung von Gebühren für die Hallennutzung durch Vereine BV/0415/2026
11  Bewacherregister: Bericht des Fachdienstes Sicherheit und Ordnung          IV/0088/2026
12  Anträge der Fraktionen
    12.1 Mehr Trinkbrunnen in der Innenstadt                                   A/0121/2026
    12.2 Barrierefreier Umbau der Haltestelle Paradiesbahnhof                   A/0124/2026
13  Anfragen

Nichtöffentlicher Teil
14  Grundstücksangelegenheiten
15  Personalangelegenheiten

Die Sitzungsunterlagen stehen im Ratsinformationssystem bereit. Die Sitzung wird im Livestream
übertragen. Gebärdensprachdolmetschung ist auf Anfrage bis 8. April 2026 möglich.

Vorsitzender des Stadtrates
""",
    [
        "BV/0412/2026",
        "Ernst Abbe (1840–1905)",
        "Carl Zeiss (1816–1888)",
        "Jenaer Nahverkehr GmbH",
        "Markt 1, 07743 Jena",
    ],
)

clean(
    "clean_council_agenda",
    """
Stadt Braunschweig – Sportausschuss
Einladung zur 9. Sitzung am Dienstag, 10. März 2026, 16:30 Uhr
Rathaus, Großer Sitzungssaal (A 1.69), Platz der Deutschen Einheit 1, 38100 Braunschweig

Tagesordnung

Öffentlicher Teil
1.  Eröffnung der Sitzung
2.  Genehmigung des Protokolls der Sitzung vom 25.11.2025
3.  Mitteilungen
3.1 Sachstand Sanierung der Sporthalle Heinrich-Büssing-Ring                    26-01041
3.2 Belegung der Schulsporthallen durch Vereine, Saison 2026/27                 26-01056
4.  Anträge
4.1 Kunstrasenplatz für den Sportpark Kennel                                    26-01012
4.2 Nutzungsentgelte für Jugendgruppen aussetzen                                26-01019
5.  Sportförderrichtlinie: Änderung der Zuschüsse für Übungsleiter              26-00987
6.  Zuschüsse an Vereine über 5.000 Euro
6.1 Braunschweiger Turn- und Sportverein Eintracht von 1895 e.V.: Flutlicht     26-01033
6.2 Schwimmverein Wasserfreunde Braunschweig e.V.: Vereinsbus                   26-01034
7.  Sportlerehrung 2026: Termin und Ablauf
8.  Anfragen

Nichtöffentlicher Teil
9.  Vertragsangelegenheiten Stadtbad Braunschweig Sport und Freizeit GmbH

Hinweise: Die Vorlagen sind im Ratsinformationssystem abrufbar. Heinrich Büssing (1843–1929),
Namensgeber der Sporthalle, gründete 1903 die erste Omnibuslinie der Stadt; die Ausstellung
zu seinem Wirken ist während der Sanierung im Städtischen Museum zu sehen.

Der Ausschussvorsitzende
""",
    [
        "Platz der Deutschen Einheit 1",
        "26-01041",
        "Heinrich Büssing (1843–1929)",
        "Stadtbad Braunschweig Sport und Freizeit GmbH",
        "5.000 Euro",
    ],
)

# --- clean_press_release ----------------------------------------------------------------------

clean(
    "clean_press_release",
    """
Landeshauptstadt Magdeburg – Pressemitteilung Nr. 214/2026 vom 12. Mai 2026

Feuerbeschau 2025: Mängel in jeder dritten Versammlungsstätte

Die Brandschutzdienststelle der Feuerwehr Magdeburg hat im vergangenen Jahr 1.284
Brandverhütungsschauen durchgeführt, 9 Prozent mehr als 2024. In 412 Objekten wurden Mängel
festgestellt, am häufigsten verstellte Rettungswege (187 Fälle), fehlende Prüfnachweise für
Feuerlöscher (141) und Brandschutztüren, die mit Keilen offengehalten wurden (96). In
Versammlungsstätten wie Diskotheken, Festsälen und Mehrzweckhallen lag die Mängelquote bei
34 Prozent.

„Die meisten Betreiber beheben die Mängel schnell", sagt der Leiter der Brandschutzdienststelle.
In 23 Fällen mussten Bußgeldverfahren eingeleitet werden, zwei Räume wurden vorübergehend
gesperrt. Nach dem Brandschutzgesetz des Landes Sachsen-Anhalt werden Objekte mit erhöhter
Gefährdung alle drei bis fünf Jahre besichtigt.

Zur Brandschutzwoche vom 21. bis 27. September 2026 öffnet die Feuer- und Rettungswache Süd,
Peter-Paul-Straße 8, ihre Tore. Am Otto-von-Guericke-Tag zeigen Studierende der
Otto-von-Guericke-Universität Versuche zum Luftdruck – in Erinnerung an den Bürgermeister
und Naturforscher Otto von Guericke (1602–1686) und seine Halbkugeln.

Hinweise für Betreiber und das Merkblatt „Rettungswege freihalten" gibt es unter
www.magdeburg.de/brandschutz und unter der Rufnummer 0391 540-2700.

Pressestelle der Landeshauptstadt Magdeburg, Alter Markt 6, 39104 Magdeburg
""",
    [
        "Pressemitteilung Nr. 214/2026",
        "Peter-Paul-Straße 8",
        "Otto von Guericke (1602–1686)",
        "0391 540-2700",
        "1.284",
    ],
)

clean(
    "clean_press_release",
    """
Stadt Bayreuth – Pressemitteilung vom 3. Juni 2026

Sommerferien-Leseclub in der Stadtbibliothek RW21 startet

Ab 27. Juli 2026 lädt die Stadtbibliothek im RW21, Richard-Wagner-Straße 21, wieder Kinder und
Jugendliche von 8 bis 16 Jahren zum Sommerferien-Leseclub ein. Wer in den Ferien mindestens drei
Bücher liest und in einem kurzen Gespräch davon erzählt, erhält eine Urkunde; die Grund- und
Mittelschulen honorieren die Teilnahme mit einem Vermerk im Zeugnis. Im vergangenen Jahr haben
612 Kinder mitgemacht und zusammen 3.940 Bücher gelesen.

Die Anmeldung ist kostenlos und ab 1. Juli an der Theke im Erdgeschoss möglich. Ein
Bibliotheksausweis für Kinder und Jugendliche ist gebührenfrei; Erwachsene zahlen 15 Euro im
Jahr. Wer im Leseclub ein Buch verliert, muss nur den halben Ersatzpreis zahlen.

Zum Abschluss findet am 19. September 2026 eine Lesenacht mit einer Führung durch das
Jean-Paul-Museum statt. Der Dichter Jean Paul (1763–1825) lebte von 1804 bis zu seinem Tod in
Bayreuth; sein 200. Todestag wurde im vergangenen Jahr mit einem Festprogramm gefeiert. Der
Namensgeber des Bibliotheksgebäudes, Richard Wagner (1813–1883), ist mit einer kleinen
Hörbuchstation vertreten.

Die Bibliothek ist dienstags bis freitags von 10 bis 19 Uhr und samstags von 10 bis 14 Uhr
geöffnet. Ansprechpartnerin ist die Leitung der Kinder- und Jugendbibliothek,
Telefon 0921 25-1500, E-Mail stadtbibliothek@stadt.bayreuth.de.
""",
    [
        "Richard-Wagner-Straße 21",
        "Jean Paul (1763–1825)",
        "15 Euro im\nJahr",
        "0921 25-1500",
        "3.940 Bücher",
    ],
)

# --- clean_faq --------------------------------------------------------------------------------

clean(
    "clean_faq",
    """
Landeshauptstadt Dresden – Wahlen
Häufige Fragen zur Briefwahl

Wie beantrage ich Briefwahl?
Mit der Wahlbenachrichtigung, online über den QR-Code, per E-Mail oder persönlich im Briefwahlbüro
im Neuen Rathaus, Dr.-Külz-Ring 19, 01067 Dresden. Telefonische Anträge sind nicht zulässig.

Bis wann kann ich Briefwahl beantragen?
Bis Freitag vor der Wahl, 18 Uhr. Bei nachgewiesener plötzlicher Erkrankung ist ein Antrag bis
zum Wahltag, 15 Uhr, möglich.

Meine Unterlagen sind nicht angekommen. Was nun?
Wer glaubhaft versichert, dass der Wahlschein nicht zugegangen ist, erhält bis zum Tag vor der
Wahl, 12 Uhr, einen neuen Wahlschein. Der ursprüngliche Wahlschein wird für ungültig erklärt.

Darf jemand anderes meine Unterlagen abholen?
Ja, mit schriftlicher Vollmacht. Eine bevollmächtigte Person darf höchstens vier Wahlberechtigte
vertreten und muss sich ausweisen.

Bis wann muss der Wahlbrief ankommen?
Spätestens am Wahltag um 18 Uhr. Die Deutsche Post AG empfiehlt, den Brief spätestens am
Donnerstag vor der Wahl einzuwerfen. Im Stadtgebiet stehen zusätzlich 24 Wahlbriefkästen an den
Bürgerbüros.

Wie werde ich Wahlhelferin oder Wahlhelfer?
Über das Wahlhelferportal. Das Erfrischungsgeld beträgt 50 Euro, für Wahlvorsteher 60 Euro.

Übrigens: Das Neue Rathaus liegt am Dr.-Külz-Ring, benannt nach Wilhelm Külz (1875–1948),
Oberbürgermeister der Stadt von 1931 bis 1933.
""",
    [
        "Dr.-Külz-Ring 19",
        "Deutsche Post AG",
        "24 Wahlbriefkästen",
        "Wilhelm Külz (1875–1948)",
        "50 Euro",
    ],
)

clean(
    "clean_faq",
    """
Landeshauptstadt Wiesbaden – Ordnungsamt
Fragen und Antworten zu Fundtieren

Ich habe einen Hund oder eine Katze gefunden. Was muss ich tun?
Tiere gelten im Fundrecht wie Sachen (§ 90a BGB). Melden Sie den Fund unverzüglich dem Ordnungsamt
(§ 965 BGB), montags bis freitags unter 0611 31-3232, außerhalb der Dienstzeiten bei der Polizei.
Das Tier wird in der Regel in das Tierheim Wiesbaden des Tierschutzvereins Wiesbaden und
Umgebung e.V. gebracht.

Darf ich das Tier behalten, bis sich der Halter meldet?
Nur in Absprache mit dem Ordnungsamt. Wer ein Tier ohne Meldung behält, begeht unter Umständen
eine Fundunterschlagung.

Wie wird der Halter gefunden?
Das Tierheim liest den Mikrochip aus und fragt die Haustierregister ab. Bei Hunden hilft auch die
Steuermarke: über die Hundesteuerstelle kann die Stadt den Halter ermitteln.

Wer trägt die Kosten?
Die Kosten für Unterbringung und tierärztliche Versorgung trägt der Halter. Meldet sich niemand,
trägt sie die Stadt als Fundbehörde. Die Pauschale des Tierheims beträgt 14,50 Euro je Tag für
Hunde und 9,00 Euro je Tag für Katzen.

Was ist mit Wildtieren?
Verletzte Wildtiere wie Igel oder Greifvögel nimmt die Wildtierauffangstation entgegen. Für
Rehe und Wildschweine nach Unfällen ist die Jagdbehörde zuständig.

Wann gehört mir das Fundtier?
Nach Ablauf von sechs Monaten nach der Anzeige erwirbt der Finder das Eigentum (§ 973 BGB), sofern
er seine Rechte nicht auf die Stadt übertragen hat.

Ordnungsamt Wiesbaden, Gustav-Stresemann-Ring 15, 65189 Wiesbaden
""",
    ["§ 90a BGB", "0611 31-3232", "14,50 Euro je Tag", "§ 973 BGB", "Gustav-Stresemann-Ring 15"],
)

# --- clean_guideline --------------------------------------------------------------------------

clean(
    "clean_guideline",
    """
Stadt Chemnitz – Bürgeramt
Dienstanweisung DA 33/2024: Auskunftssperren im Melderegister (§ 51 BMG)

1. Geltungsbereich
Diese Dienstanweisung gilt für alle Beschäftigten der Meldebehörde, der Bürgerservicestellen und
des Ordnungsamts, die Zugriff auf das Melderegister haben.

2. Voraussetzungen
Eine Auskunftssperre wird eingetragen, wenn Tatsachen die Annahme rechtfertigen, dass der
betroffenen oder einer anderen Person durch eine Melderegisterauskunft eine Gefahr für Leben,
Gesundheit, persönliche Freiheit oder ähnliche schutzwürdige Interessen erwachsen kann. Als
Nachweise genügen insbesondere Schutzanordnungen nach dem Gewaltschutzgesetz, Strafanzeigen
oder Bescheinigungen einer Beratungsstelle oder eines Frauenhauses.

3. Verfahren
- Der Antrag wird schriftlich gestellt; eine Eintragung von Amts wegen ist möglich.
- Die Sperre gilt zwei Jahre und kann auf Antrag verlängert werden (§ 51 Abs. 4 BMG).
- Vor einer Auskunft an Dritte ist die betroffene Person anzuhören.
- Sperren werden im Fachverfahren mit dem Kennzeichen „AS" geführt; Auskünfte sind dann nur durch
  die Sachgebietsleitung freizugeben.

4. Besonderheiten
Wahlvorschläge, Jubiläumsdaten und Auskünfte an Adressbuchverlage sind bei gesperrten Personen
ausgeschlossen. Bei Anfragen von Gerichtsvollziehern ist die Sperre zu beachten.

5. Inkrafttreten
Diese Dienstanweisung tritt am 1. Juli 2024 in Kraft und ersetzt die DA 12/2019.

Sachgebiet Meldewesen, Markt 1, 09111 Chemnitz
""",
    [
        "DA 33/2024",
        "§ 51 Abs. 4 BMG",
        "Gewaltschutzgesetz",
        "Markt 1, 09111 Chemnitz",
        "DA 12/2019",
    ],
)

clean(
    "clean_guideline",
    """
Stadt Passau – Feuerwehr, Vorbeugender Brandschutz
Leitfaden für die Durchführung der Feuerbeschau (Stand Januar 2026)

1. Rechtsgrundlage und Zuständigkeit
Die Feuerbeschau richtet sich nach der Verordnung über die Feuerbeschau (FBV). Die Stadt Passau
führt sie als Sicherheitsbehörde durch; fachlich zuständig ist die Brandschutzdienststelle der
Feuerwehr, Neuburger Straße 80.

2. Objektgruppen und Fristen
- Gruppe A (Krankenhäuser, Pflegeheime, Beherbergungsstätten über 12 Betten): alle 5 Jahre,
- Gruppe B (Versammlungsstätten, Verkaufsstätten, Schulen, Kindertagesstätten): alle 5 Jahre,
- Gruppe C (Baudenkmäler mit Publikumsverkehr, z. B. Dom St. Stephan, Veste Oberhaus,
  Rathaus): nach Bedarf, mindestens alle 10 Jahre.

3. Ablauf
Die Feuerbeschau wird mindestens drei Wochen vorher schriftlich angekündigt. Teilnehmer sind der
Betreiber, die Brandschutzdienststelle und bei Bedarf die Bauaufsicht. Über das Ergebnis wird eine
Niederschrift gefertigt; Mängel sind mit Fristen zu versehen.

4. Nachschau und Vollzug
Werden Mängel nicht fristgerecht behoben, erfolgt eine Nachschau. Bei Gefahr im Verzug kann die
Nutzung von Räumen sofort untersagt werden. Bußgelder richten sich nach Art. 38 BayBO.

5. Dokumentation
Alle Vorgänge werden im Fachverfahren BRANDIS erfasst; Betriebsnummern werden nicht an Dritte
weitergegeben. Die Feuerbeschau selbst ist gebührenfrei, die Nachschau kostet 80 bis 400 Euro.
""",
    [
        "Neuburger Straße 80",
        "Dom St. Stephan",
        "Veste Oberhaus",
        "Art. 38 BayBO",
        "80 bis 400 Euro",
    ],
)

# --- clean_tender -----------------------------------------------------------------------------

clean(
    "clean_tender",
    """
Stadt Halle (Saale) – Zentraler Vergabeservice
Öffentliche Ausschreibung nach UVgO, Vergabe-Nr. 2026-0147-32

Leistung: Rahmenvertrag über das Abschleppen, Umsetzen und Verwahren von Fahrzeugen im Auftrag
des Fachbereichs Sicherheit (abgestellte Fahrzeuge ohne Zulassung, Behinderungen, Veranstaltungen)

Laufzeit: 1. Juli 2026 bis 30. Juni 2028, Verlängerungsoption um zweimal zwölf Monate

Lose:
Los 1 – Stadtbezirke Mitte und Nord (ca. 420 Einsätze jährlich)
Los 2 – Stadtbezirke Süd, Ost und West (ca. 360 Einsätze jährlich)
Los 3 – Verwahrplatz mit mindestens 80 Stellplätzen im Stadtgebiet, videoüberwacht

Anforderungen:
- Reaktionszeit höchstens 45 Minuten rund um die Uhr,
- Fahrzeuge bis 7,5 t zulässiges Gesamtgewicht, mindestens ein Bergefahrzeug bis 18 t,
- Herausgabe verwahrter Fahrzeuge werktags 7–19 Uhr, samstags 8–13 Uhr,
- Nachweis der Fachkunde und einer Betriebshaftpflicht über mindestens 2,5 Mio. Euro.

Zuschlagskriterien: Preis 60 %, Reaktionszeit 25 %, Umweltkriterien (Fahrzeugflotte nach
Euro VI) 15 %.

Angebotsfrist: 21. April 2026, 10:00 Uhr, ausschließlich elektronisch über die Vergabeplattform
des Landes Sachsen-Anhalt. Bieterfragen bis 10. April 2026 über die Plattform.

Auftraggeber: Stadt Halle (Saale), Marktplatz 1, 06108 Halle (Saale); Vergabestelle:
Zentraler Vergabeservice, Hansering 15.
""",
    [
        "Vergabe-Nr. 2026-0147-32",
        "Hansering 15",
        "2,5 Mio. Euro",
        "Marktplatz 1, 06108 Halle (Saale)",
        "Preis 60 %",
    ],
)

# --- clean_statistics -------------------------------------------------------------------------

STA_WIDTHS = (34, 6, 6, 6, 6)

clean(
    "clean_statistics",
    "Hansestadt Lübeck – Standesamt\n"
    "Jahresstatistik der Beurkundungen 2021–2025 (Bericht an den Hauptausschuss, Vorlage VO/2026/14219)\n"
    "\n"
    + pipes(STA_WIDTHS, ("Vorgang", "2021", "2022", "2024", "2025"))
    + "\n"
    + rule(STA_WIDTHS)
    + "\n"
    + pipes(
        STA_WIDTHS,
        ("Geburten (Beurkundungen)", "2.318", "2.254", "2.107", "2.063"),
        ("Eheschließungen", "1.092", "1.187", "1.246", "1.211"),
        ("davon Trauungen im Rathaus", "612", "655", "671", "640"),
        ("Sterbefälle", "3.101", "3.244", "3.087", "3.152"),
        ("Kirchenaustritte", "1.488", "2.031", "1.764", "1.602"),
        ("Namenserklärungen", "402", "417", "446", "468"),
        ("Vaterschaftsanerkennungen", "311", "298", "305", "289"),
    )
    + "\n\nDie Trauungen im Audienzsaal des Rathauses und im Buddenbrookhaus, dem früheren Wohnhaus\n"
    "der Großeltern von Thomas Mann (1875–1955), bleiben sehr gefragt. Die Zahl der\n"
    "Kirchenaustritte ist nach dem Höchststand 2022 um 21 Prozent gesunken. Der Anstieg der\n"
    "Namenserklärungen folgt dem neuen Namensrecht (in Kraft seit 1. Mai 2025).\n"
    "Quelle: Standesamt Lübeck, Fachverfahren AutiSta; Auskunft: Breite Straße 62, 23552 Lübeck.\n",
    [
        "VO/2026/14219",
        "Thomas Mann (1875–1955)",
        "Buddenbrookhaus",
        "Breite Straße 62",
        "21 Prozent",
    ],
)

VST_WIDTHS = (40, 12, 12, 12)

clean(
    "clean_statistics",
    "Landeshauptstadt Saarbrücken – Amt für Steuern und Abgaben\n"
    "Vergnügungssteuer: Aufkommen 2023–2025 nach Steuergegenstand (Anlage zu Drucksache 2026/0521)\n"
    "\n"
    + pipes(VST_WIDTHS, ("Steuergegenstand", "2023 (€)", "2024 (€)", "2025 (€)"))
    + "\n"
    + rule(VST_WIDTHS)
    + "\n"
    + pipes(
        VST_WIDTHS,
        ("Geldspielgeräte in Spielhallen", "3.412.880", "3.298.410", "3.105.770"),
        ("Geldspielgeräte in Gaststätten", "486.220", "471.905", "448.310"),
        ("Unterhaltungsgeräte ohne Gewinn", "38.450", "36.120", "33.980"),
        ("Tanzveranstaltungen", "61.300", "72.840", "75.115"),
        ("sexuelle Vergnügungen", "92.600", "88.750", "90.020"),
        ("Summe", "4.091.450", "3.968.025", "3.753.195"),
    )
    + "\n\nSteuersatz Geldspielgeräte: 20 % des Einspielergebnisses (Satzung vom 12.12.2023). Ende\n"
    "2025 waren 41 Spielhallen mit 498 Geräten angemeldet (2023: 47 mit 563). Die Spielbank\n"
    "Saarbrücken GmbH unterliegt nicht der städtischen Vergnügungssteuer, sondern der\n"
    "Spielbankabgabe des Landes. Rückgang vor allem nach Schließungen im Nauwieser Viertel und\n"
    "in Burbach. Rückfragen: Amt für Steuern und Abgaben, Gerberstraße 29, 66111 Saarbrücken.\n",
    [
        "Drucksache 2026/0521",
        "Spielbank\nSaarbrücken GmbH",
        "Gerberstraße 29",
        "3.753.195",
        "20 % des Einspielergebnisses",
    ],
)


def main() -> int:
    partial = "--partial" in sys.argv
    ordered = [d for d in DOCS if d["kind"] == "pii"] + [d for d in DOCS if d["kind"] == "clean"]
    problems: list[str] = []
    records: list[dict] = []
    for n, doc in enumerate(ordered, start=1):
        ident = f"{PREFIX}-{n:03d}"
        problems += check(doc, ident)
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
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        problems.append("ids are not unique")
    kinds = Counter(r["kind"] for r in records)
    styles = Counter((r["style"], r["kind"]) for r in records)
    for r in records:
        if r["kind"] == "clean" and not r["style"].startswith("clean_"):
            problems.append(f"{r['id']}: a PII-free document needs a clean_* style")
        if (r["style"], r["kind"]) not in PLAN:
            problems.append(f"{r['id']}: style {r['style']!r} ({r['kind']}) is not planned")
    if not partial:
        if kinds != Counter({"pii": 45, "clean": 15}):
            problems.append(f"need 45 pii and 15 clean documents, have {dict(kinds)}")
        for key, wanted in PLAN.items():
            if styles[key] != wanted:
                problems.append(f"style {key}: {styles[key]} documents, planned {wanted}")
    types = Counter(s["type"] for r in records for s in r["spans"])
    if problems:
        print("\n".join(problems), file=sys.stderr)
        print(f"{len(problems)} problem(s); corpus.jsonl not written", file=sys.stderr)
        return 1
    if not partial:
        with OUT.open("w", encoding="utf-8") as fh:
            for r in records:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"wrote {len(records)} documents to {OUT}")
    lengths = [len(r["text"]) for r in records]
    pii_lengths = [len(r["text"]) for r in records if r["kind"] == "pii"]
    print(
        f"0 problems; pii {kinds['pii']}, clean {kinds['clean']}, spans {sum(types.values())}, "
        f"keep {sum(len(r['keep']) for r in records)}, characters {sum(lengths)}, "
        f"length {min(lengths)}-{max(lengths)} (pii {min(pii_lengths)}-{max(pii_lengths)})"
    )
    for t, n in types.most_common():
        print(f"  {t:20s} {n}")
    for (style, kind), n in sorted(styles.items()):
        n_spans = sum(len(r["spans"]) for r in records if (r["style"], r["kind"]) == (style, kind))
        print(f"  {style:26s} {kind:5s} {n:3d} docs {n_spans:4d} spans")
    return 0


if __name__ == "__main__":
    sys.exit(main())
