"""Build the twenty-second German PII redaction development corpus (``corpus.jsonl`` here).

    python3 tests/data/redaction_dev22/build_dev22.py            # check, then write
    python3 tests/data/redaction_dev22/build_dev22.py --partial  # check only, write nothing

DEVELOPMENT set: it may be read, run and tuned on. It was written blind: without sight of the
redactor's rules, its benchmark, the held-out corpora and the documents of every other corpus.
Only the README of dev21, the docstring, helpers (with the check function) and ``main()`` of
``build_dev21.py`` (lines 1-556 and 3427-3487) and three of its documents (lines 557-700, for
the markup) were read, for the record format, the annotation conventions and the check-digit
rules (besides the ruff section of ``pyproject.toml``); the helpers are copied from dev21 and
adapted, the documents are new, and the redactor was not run on them.
The theme is the ordinary mail of a city's back office from offices less common in earlier
sets: health office (school entry examinations, infection reports, measles protection),
immigration office and naturalisation, housing benefit, fines office (hearings, driver
identification), rescue-service fees, cemetery administration (grave rights), waste fees, day
care places and fees, school office (school tickets), the city's own personnel office,
petitions to the council (section 24 GO NRW), lost property, noise complaints, tree felling,
street-use permits for moving vans, care-court matters (Betreuung), the pensions office and
invoices of sole traders (craftsmen, translators, interpreters). The towns are Essen, Duisburg,
Oberhausen, Mülheim an der Ruhr, Bottrop, Recklinghausen, Hamm, Aachen, Bonn, Köln, Neuss,
Krefeld, Mönchengladbach, Paderborn, Gütersloh, Siegen, Kassel, Marburg, Fulda, Mainz,
Ludwigshafen, Mannheim, Kaiserslautern, Freiburg, Ulm, Regensburg, Nürnberg, Erlangen,
Würzburg, Erfurt, Rostock, Stralsund, Schwerin, Potsdam, Cottbus, Bremen, Bremerhaven,
Osnabrück and Flensburg, with villages around them. 45 documents carry personal data, 15 do
not.

  - citizen_letter (4), citizen_email (5): citizens writing to offices, formal and informal;
  - official_notice (4), office_letter (3): notices, hearings, fee notices and invitations of
    the city with letterhead, clerk, direct line, file number and Kassenzeichen;
  - internal_memo (3): memos and forwardings between offices;
  - phone_note (3), chat (2): telephone notes, a voicemail transcript and chat transcripts
    with spoken, spelled and dictated names and numbers;
  - mail_chain (4): forwarded and answered e-mails with headers, quotes, signatures and
    disclaimers;
  - form_export (4): online form submissions as key: value lines, JSON and XML;
  - table (4): CSV, TSV and pipe lists with many rows;
  - ocr_scan (3): scanned handwritten forms with OCR noise;
  - lawyer_letter (2), minutes (1), complaint_portal (1), invoice (2);
  - clean_* (15): service descriptions, fee schedules, council agendas, press releases, FAQ
    pages, internal guidelines, a tender and statistics tables.

Markup: personal strings are written inline as ``[[TYPE:text]]``; computed numbers are put in
with ``«name»`` slots. Short type names:

    P=PERSON  STR=STREET_ADDRESS  LOC=LOCATION  DOB=DATE_OF_BIRTH  TEL=PHONE_NUMBER
    MAIL=EMAIL_ADDRESS  IBAN=IBAN_CODE  TAX=DE_TAX_ID  RV=DE_SOCIAL_SECURITY  ID=DE_ID_CARD
    PASS=DE_PASSPORT  KFZ=DE_KFZ  AZ=DE_AKTENZEICHEN  HR=DE_HANDELSREGISTER  IP=IP_ADDRESS

Annotation conventions (those of dev21, unchanged):
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
  - natural persons in business (sole traders, also "e.K.", sole interpreters and translators)
    are persons: name, address, phones, mailboxes, tax number and HRA entry are personal;
    companies with a legal form, their addresses and register entries are not, their
    employees' names and direct lines are;
  - Kassenzeichen, file numbers of a citizen's matter, booking, application, permit, customer,
    personnel, grave and ticket numbers are DE_AKTENZEICHEN (the cue word stays outside);
    council papers, paragraphs, budget lines and tender numbers are not;
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
PREFIX = "dev22"
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

V["iban_l1"] = iban("DE", "36550205" + "0004418273")

pii(
    "citizen_letter",
    """
[[P:Mehmet Yıldırım]] und [[P:Fatma Yıldırım]]
[[STR:Mülheimer Straße 212, 2. OG links]]
[[LOC:46049 Oberhausen]]

Stadt Oberhausen
Bereich Wohnen – Wohngeldstelle
Schwartzstraße 72
46045 Oberhausen

Oberhausen, 12. Januar 2026

Wohngeld – Ihr Schreiben vom 5. Januar 2026, Wohngeldnummer [[AZ:WG-46-2025-08817]]
Nachreichung der fehlenden Unterlagen

Sehr geehrte Damen und Herren,

wie gewünscht reichen wir die fehlenden Unterlagen zu unserem Wohngeldantrag nach. Im Haushalt
leben außer uns beiden unsere Kinder [[P:Emir]] (geboren am [[DOB:14.06.2015]]) und [[P:Zeynep]]
(geboren am [[DOB:02.11.2019]]). Meine Mutter, Frau [[P:Hatice Kaya]], wohnt seit Oktober nicht
mehr bei uns, sondern in [[LOC:Duisburg-Marxloh]]; ihre Abmeldung liegt bei.

Beigefügt sind:
– die Mietbescheinigung unseres Vermieters, Herrn [[P:Gerd Vogel]], [[STR:Lipperheidstraße 4]],
  [[LOC:46047 Oberhausen]],
– die Lohnabrechnungen Oktober bis Dezember 2025 meines Arbeitgebers, der Rhein-Ruhr Logistik
  GmbH,
– der Bescheid der Familienkasse über das Kindergeld,
– der Nachweis über den Minijob meiner Frau (450 Euro monatlich, seit 1. September 2025).

Die Heizkosten sind in der Miete von 780,00 Euro nicht enthalten; die Abschläge an die Stadtwerke
zahlen wir selbst. Das Wohngeld überweisen Sie bitte auf unser Konto IBAN [[IBAN:«iban_l1»]]
(Kontoinhaber [[P:Mehmet Yıldırım]]).

Rückfragen beantworte ich gern unter [[TEL:0157 3829 4410]] (ab 16 Uhr) oder per E-Mail an
[[MAIL:m.yildirim1984@gmx.de]].

Mit freundlichen Grüßen

[[P:Mehmet Yıldırım]]     [[P:Fatma Yıldırım]]
""",
    ["Schwartzstraße 72", "Rhein-Ruhr Logistik\n  GmbH", "780,00 Euro", "Familienkasse"],
)

pii(
    "citizen_letter",
    """
[[P:Hildegard Sommer]]
[[STR:Kessenicher Straße 31]]
[[LOC:53129 Bonn]]
Telefon [[TEL:0228 / 23 41 76]]

Bundesstadt Bonn
Amt für Umwelt und Stadtgrün – Friedhofsverwaltung
Berliner Platz 2
53111 Bonn

Bonn, den 3. Februar 2026

Verlängerung des Nutzungsrechts an der Wahlgrabstätte Feld 14, Reihe 3, Nr. 7 (Poppelsdorfer
Friedhof), Grabnummer [[AZ:PF-14-03-07]]

Sehr geehrte Damen und Herren,

in der Wahlgrabstätte ruht mein Mann [[P:Ernst Sommer]], der am 11. Juli 2001 verstorben ist. Das
Nutzungsrecht habe ich damals für 25 Jahre erworben; nach Ihrer Mitteilung läuft es am 30. Juni
2026 ab. Ich möchte das Nutzungsrecht um weitere 10 Jahre verlängern, damit ich später neben
meinem Mann beigesetzt werden kann. Ich bin am [[DOB:9. April 1941]] in [[LOC:Königswinter]]
geboren und wohne seit über fünfzig Jahren in [[LOC:Bonn-Kessenich]].

Für den Fall, dass ich die Angelegenheiten nicht mehr selbst regeln kann, soll das Nutzungsrecht
auf meine Tochter übergehen: Frau [[P:Gabriele Sommer-Leitner]], [[STR:Am Kreuzberg 18]],
[[LOC:53340 Meckenheim]], Telefon [[TEL:02225 90 87 12]]. Eine Erklärung meiner Tochter lege ich
bei.

Bitte teilen Sie mir die Gebühr für die Verlängerung mit; nach der Friedhofsgebührensatzung sind
es nach meiner Rechnung 61,00 Euro je Jahr und Grabstelle. Die Grabpflege übernimmt weiterhin die
Friedhofsgärtnerei Blumen Hesse GmbH. Im Sommer soll außerdem der Grabstein neu gesetzt werden;
dafür stelle ich gesondert einen Antrag.

Mit freundlichen Grüßen

[[P:Hildegard Sommer]]
""",
    [
        "Berliner Platz 2",
        "Poppelsdorfer\nFriedhof",
        "61,00 Euro je Jahr und Grabstelle",
        "Blumen Hesse GmbH",
        "30. Juni\n2026",
    ],
    allow=("Sommer",),
)

pii(
    "citizen_letter",
    """
Prof. Dr. [[P:Clemens Freiherr von Hagen]]
[[STR:Schwarzwaldstraße 118]]
[[LOC:79117 Freiburg im Breisgau]]

Stadt Freiburg im Breisgau
Garten- und Tiefbauamt – Baumschutz
Fehrenbachallee 12
79106 Freiburg im Breisgau

Freiburg, 20. Oktober 2025

Antrag auf Fällgenehmigung nach der Baumschutzsatzung – Rotbuche im Garten
Grundstück [[STR:Schwarzwaldstraße 118]], Flurstück 4711/3

Sehr geehrte Damen und Herren,

auf meinem Grundstück in [[LOC:Freiburg-Littenweiler]] steht eine etwa 90 Jahre alte Rotbuche mit
einem Stammumfang von 2,40 m in 1 m Höhe. Seit dem Sommer zeigt der Baum einen starken Befall mit
dem Brandkrustenpilz; im Wurzelanlauf hat sich zudem ein Fuchs eingegraben, was die Standsicherheit
zusätzlich gefährdet. Ein Gutachten des Baumpflegebetriebs von Herrn [[P:Tobias Fuchs]] (Baumpflege
[[P:Fuchs]], [[STR:Kappler Straße 7]], [[LOC:79117 Freiburg]], Telefon [[TEL:0761 61 29 84]])
liegt bei. Er empfiehlt die Fällung noch vor der Vegetationsperiode.

Als Ersatzpflanzung schlage ich eine Hainbuche oder einen Feldahorn an der Grundstücksgrenze zum
Kappler Wald vor. Die Fällung würde Herr [[P:Fuchs]] in der zweiten Februarhälfte 2026
ausführen; die Schonzeit nach § 39 Absatz 5 BNatSchG beginnt erst am 1. März.

Da ich vom 1. bis 30. November im Ausland bin, bitte ich, Rückfragen an meine Frau, Frau
[[P:Amelie von Hagen]], zu richten: [[TEL:+49 171 4826 390]] oder
[[MAIL:amelie.vonhagen@posteo.de]].

Mit freundlichen Grüßen

[[P:Clemens von Hagen]]
""",
    ["Fehrenbachallee 12", "§ 39 Absatz 5 BNatSchG", "Brandkrustenpilz", "Kappler Wald"],
    allow=("von", "Fuchs"),
)

V["pass_l4a"] = "C4718823"
V["pass_l4b"] = "C5093314"

pii(
    "citizen_letter",
    """
[[P:Nguyễn Thị Lan]]
[[STR:Neckarauer Straße 96]]
[[LOC:68199 Mannheim]]

Stadt Mannheim
Fachbereich Bürgerdienste – Einbürgerung
K 7
68159 Mannheim

Mannheim, 2. März 2026

Antrag auf Einbürgerung für mich und meinen Ehemann
Ihr Aktenzeichen: [[AZ:EB 33.1-2026-0192]]

Sehr geehrte Frau [[P:Riedinger]],

vielen Dank für das Beratungsgespräch am 24. Februar. Wie besprochen sende ich Ihnen die
Unterlagen für meinen Mann und mich.

Ich heiße [[P:Nguyễn Thị Lan]] (in deutschen Dokumenten ohne Akzente: [[P:Nguyen Thi Lan]]), bin
am [[DOB:17.08.1986]] in [[LOC:Hải Phòng]] geboren und lebe seit 2011 in Deutschland, zuerst in
[[LOC:Ludwigshafen am Rhein]], seit 2016 in [[LOC:Mannheim-Neckarau]]. Mein Mann [[P:Trần Văn Minh]]
([[P:Tran Van Minh]]) ist am [[DOB:3. Januar 1983]] geboren. Unsere vietnamesischen Reisepässe
haben die Nummern [[PASS:«pass_l4a»]] (meiner) und [[PASS:«pass_l4b»]] (meines Mannes).

Beigefügt sind die Zertifikate über den Test „Leben in Deutschland", das Sprachzertifikat B1 des
Goethe-Instituts, die Arbeitsverträge (ich arbeite als Pflegefachkraft im Diakonissenkrankenhaus
Mannheim, mein Mann führt einen Imbiss) und der Nachweis über die Einbürgerungsgebühr von je
255 Euro.

Bitte schreiben Sie mir an [[MAIL:lan.nguyen.ma@web.de]] oder rufen Sie mich an unter
[[TEL:0621 / 43 98 27 15]].

Mit freundlichen Grüßen

[[P:Nguyễn Thị Lan]]
""",
    ["Leben in Deutschland", "je\n255 Euro", "Diakonissenkrankenhaus\nMannheim", "K 7\n68159"],
)

# --- citizen_email ----------------------------------------------------------------------------

pii(
    "citizen_email",
    """
Von: [[P:ayse demir]] <[[MAIL:ayse.d.2907@hotmail.de]]>
An: kita-platzvergabe@stadt-duisburg.de
Betreff: kita platz fuer meine tochter dringend!!
Datum: 14.01.2026, 22:47

hallo

mein name ist [[P:ayse demir]] ich habe meine tochter [[P:elif]] schon im märz im kita navigator
angemeldet die nummer ist [[AZ:KN-2025-118374]] aber ich habe bis heute keine antwort bekommen
[[P:elif]] ist am [[DOB:29.07.2023]] geboren also bald 3 jahre und ab august fange ich wieder an zu
arbeiten im krankenhaus (schichtdienst) ich brauche wirklich einen platz sonst verliere ich
meine stelle

wir wohnen [[STR:weseler str 233]] in [[LOC:hamborn]] am liebsten wäre mir die kita sternschnuppe
oder das familienzentrum an der Wittfeldstraße aber ehrlich gesagt nehme ich alles was in der
nähe ist auch tagespflege

mein mann [[P:serkan]] arbeitet bei thyssenkrupp steel in früh und spätschicht deswegen kann er
sie auch nicht immer abholen. wir brauchen 45 stunden

bitte rufen sie mich an [[TEL:0176/43829107]] ich bin immer ab 15 uhr erreichbar oder meine
schwester [[P:derya]] unter [[TEL:0203 4 49 82 13]] die kann auch übersetzen falls nötig aber
ich spreche ja deutsch

es tut mir leid das ich so schreibe aber ich bin echt verzweifelt meine bekannte hat gesagt das
man einen anspruch hat ab dem ersten geburtstag stimmt das? § 24 SGB 8?

vielen dank im voraus

[[P:ayse demir]]
[[STR:weseler straße 233]]
[[LOC:47169 duisburg]]

Von meinem iPhone gesendet
""",
    ["kita-platzvergabe@stadt-duisburg.de", "thyssenkrupp steel", "45 stunden", "§ 24 SGB 8"],
)

pii(
    "citizen_email",
    """
Von: [[P:Katharina Weiß]] <[[MAIL:k.weiss@netcologne.de]]>
An: Ordnungsamt Köln <ordnungsamt@stadt-koeln.de>
Betreff: Lärmbeschwerde Venloer Str. – wiederholt nachts
Datum: Sonntag, 8. Februar 2026, 03:12

Sehr geehrte Damen und Herren,

ich schreibe Ihnen mitten in der Nacht, weil ich schon wieder nicht schlafen kann. Seit etwa
November wird in der Wohnung über uns (3. OG rechts) fast jedes Wochenende bis 4 oder 5 Uhr
morgens laut Musik gehört, mit Bässen, die man bis in unser Schlafzimmer spürt. Die Mieter
heißen laut Klingelschild [[P:Lukas Brenner]] und [[P:Jana Okafor]]; ich kenne sie nur vom Sehen.
Mit Herrn [[P:Brenner]] habe ich im Dezember gesprochen, er hat Besserung versprochen, aber es hat
sich nichts geändert.

Wir wohnen in der [[STR:Venloer Straße 412, 2. OG rechts]], [[LOC:50825 Köln]] ([[LOC:Ehrenfeld]]).
Die Hausverwaltung (Rheinische Wohnbau GmbH) habe ich zweimal angeschrieben, ohne Antwort. Die
Polizei war am 17. Januar da (Vorgangsnummer [[AZ:250117-0433-K12]]), danach war es zwei Wochen
ruhig.

Ich führe seit Dezember ein Lärmprotokoll, das ich gerne beifüge. Mein Mann, [[P:Florian Weiß]],
kann die Angaben bestätigen. Ich weiß, dass Sie nachts nicht ausrücken können, aber vielleicht
können Sie die Mieter anschreiben und auf die Nachtruhe nach § 9 Landes-Immissionsschutzgesetz
hinweisen?

Tagsüber bin ich unter [[TEL:0221 – 55 40 91 87]] erreichbar, mobil unter [[TEL:0172 8301459]].

Mit freundlichen Grüßen
[[P:Katharina Weiß]]
""",
    [
        "ordnungsamt@stadt-koeln.de",
        "Rheinische Wohnbau GmbH",
        "§ 9 Landes-Immissionsschutzgesetz",
        "bis 4 oder 5 Uhr",
    ],
)

V["id_e3"] = id_card("LFG41M7R2", True)

pii(
    "citizen_email",
    """
Von: [[P:Kateryna Bondarenko]] <[[MAIL:kbondarenko.hb@gmail.com]]>
An: fundbuero@ordnungsamt.bremen.de
Betreff: Verlust Geldbörse mit Ausweis – Linie 4 / Frage zu Fundsache [[AZ:FB-2026-01873]]
Datum: 27.01.2026, 09:15

Guten Tag,

ich habe am Freitag, 23.01., in der Straßenbahn Linie 4 Richtung Borgfeld meine Geldbörse
verloren (schwarzes Leder, Marke Picard, mit einem kleinen gelb-blauen Anhänger). In der Börse
waren mein Personalausweis (Nummer [[ID:«id_e3»]]), mein ukrainischer Reisepass als Kopie, meine
Gesundheitskarte der AOK Bremen/Bremerhaven und etwa 40 Euro.

Bei der BSAG hat man mir gesagt, dass Fundsachen nach einigen Tagen an das Fundbüro gehen. Ihre
Kollegin hat mir am Telefon schon die Nummer [[AZ:FB-2026-01873]] gegeben, weil eine Geldbörse
mit ukrainischen Dokumenten abgegeben wurde. Ist das vielleicht meine?

Meine Daten:
[[P:Kateryna Bondarenko]], geboren [[DOB:05.10.1992]] in [[LOC:Charkiw]]
[[STR:Wachmannstraße 57]], [[LOC:28209 Bremen]]
Telefon: [[TEL:+49 1522 4938 071]]

Wenn es meine Geldbörse ist, kann dann auch mein Mann [[P:Oleksandr]] sie abholen? Ich arbeite
in der Woche bis 17 Uhr. Eine Vollmacht würde ich ihm mitgeben. Falls ich den Ausweis neu
beantragen muss, wann muss ich den Verlust beim Bürgeramt melden?

Vielen Dank und viele Grüße
[[P:Kateryna Bondarenko]]
""",
    [
        "fundbuero@ordnungsamt.bremen.de",
        "Linie 4 Richtung Borgfeld",
        "AOK Bremen/Bremerhaven",
        "BSAG",
    ],
)

pii(
    "citizen_email",
    """
Von: [[P:August Schmied]] <[[MAIL:aschmied@t-online.de]]>
An: verkehrsbehoerde@stadt.mainz.de
Betreff: Halteverbot für Umzug beantragen – Kaiserstraße

Hallo liebes Team der Straßenverkehrsbehörde,

wir ziehen am Samstag, den 14. März 2026 um und brauchen vor dem Haus eine Halteverbotszone für
den Umzugswagen. Die Adresse, aus der wir ausziehen: [[STR:Kaiserstraße 61]], [[LOC:55116 Mainz]]
([[LOC:Neustadt]]). Neue Adresse: [[STR:Am Fort Elisabeth 3]], [[LOC:55131 Mainz]]. Dort gibt es
eine Tiefgarage, da brauchen wir kein Halteverbot.

Gebraucht wird eine Strecke von etwa 15 Metern von 7 bis 18 Uhr. Den LKW (7,5 t) mieten wir bei
der Autovermietung Reinhardt GmbH, das Kennzeichen ist laut Reservierung [[KFZ:MZ-RV 4410]]. Die
Schilder stellt uns die Firma Umzüge [[P:Korkmaz]], Inhaber [[P:Hakan Korkmaz]], auf, Telefon
[[TEL:06131 / 96 37 22]]. Er hat gesagt, wir müssen die Genehmigung selbst beantragen.

Kurze Frage noch: Reicht es, wenn wir den Antrag jetzt stellen? Ich habe gelesen, mindestens
14 Tage vorher. Und was kostet das ungefähr? Unser Nachbar meinte, im August letzten Jahres
hätte er 98 Euro bezahlt.

Meine Handynummer für Rückfragen: [[TEL:0160 – 9 24 81 33]]. Rechnungen bitte an mich,
[[P:August Schmied]], geb. [[DOB:22.08.1979]].

Viele Grüße
[[P:August]] und [[P:Ruth Schmied]]
""",
    [
        "verkehrsbehoerde@stadt.mainz.de",
        "Autovermietung Reinhardt GmbH",
        "14 Tage vorher",
        "98 Euro",
    ],
    allow=("August",),
)

pii(
    "citizen_email",
    """
Von: [[MAIL:a.wisniewska@o2mail.de]]
An: schulamt@paderborn.de
Cc: [[MAIL:tomasz.wisniewski@outlook.com]]
Betreff: Schülerfahrkarte für meinen Sohn – Antrag abgelehnt?
Datum: 09.09.2025, 07:58

Sehr geehrte Damen und Herren,

für meinen Sohn [[P:Szymon Wiśniewski]] (geb. [[DOB:11.03.2013]]), Klasse 7b am
Reismann-Gymnasium, haben wir im Juni die Schülerfahrkarte beantragt (Antragsnummer
[[AZ:SFK-25-04417]]). Heute kam ein Schreiben, dass der Schulweg kürzer als 3,5 Kilometer sei
und deshalb keine Fahrkosten übernommen würden.

Das kann nicht stimmen. Wir wohnen in [[LOC:Paderborn-Elsen]], [[STR:Von-Ketteler-Straße 22]],
und laut Routenplaner ist der kürzeste Fußweg 4,2 Kilometer. Der Weg über die Abkürzung am
Lippesee ist im Winter nicht beleuchtet und nach der Schulwegsatzung nicht zumutbar. Bis
letztes Schuljahr war [[P:Szymon]] auf der Grundschule in Elsen und brauchte keine Karte.

Bitte prüfen Sie den Antrag noch einmal. Wenn nötig, kann mein Mann, [[P:Tomasz Wiśniewski]],
in Ihre Sprechstunde kommen; ich arbeite in Gütersloh und komme erst um 18 Uhr nach Hause.
Den Bescheid vom 5. September füge ich als Foto bei.

Mit freundlichen Grüßen
[[P:Agnieszka Wiśniewska]]
Telefon [[TEL:05254 – 93 27 18]]
""",
    ["schulamt@paderborn.de", "Reismann-Gymnasium", "3,5 Kilometer", "Lippesee"],
)


# --- official_notice --------------------------------------------------------------------------

pii(
    "official_notice",
    """
Stadt Krefeld · Fachbereich Ordnung · Bußgeldstelle · 47792 Krefeld

Herrn
[[P:Jörg-Peter Koch]]
[[STR:Uerdinger Straße 509]]
[[LOC:47800 Krefeld]]

Aktenzeichen: [[AZ:51.3.0-2026-041772]]
Sachbearbeiterin: Frau [[P:Denise Okonkwo]]
Telefon: [[TEL:02151 86-3419]] · Zentrale: 02151 86-0
E-Mail: bussgeldstelle@krefeld.de
Datum: 19.02.2026

Anhörung im Bußgeldverfahren – Anhörungsbogen für Betroffene

Sehr geehrter Herr [[P:Koch]],

Ihnen wird vorgeworfen, am 04.02.2026 um 07:42 Uhr in Krefeld, Berliner Straße, Höhe Haus
Nr. 40, Fahrtrichtung Innenstadt, als Führer des Pkw mit dem amtlichen Kennzeichen
[[KFZ:KR-JK 1977]] die zulässige Höchstgeschwindigkeit innerhalb geschlossener Ortschaften um
23 km/h überschritten zu haben (zulässig 50 km/h, festgestellt nach Toleranzabzug 73 km/h).

§ 41 Abs. 1 i. V. m. Anlage 2, § 49 StVO; § 24 Abs. 1, 3 Nr. 5 StVG; 11.3.4 BKat
Regelsatz: 150,00 Euro; Eintragung von 1 Punkt im Fahreignungsregister.

Nach unseren Ermittlungen sind Sie Halter des Fahrzeugs. Sie haben Gelegenheit, sich zu dem
Vorwurf zu äußern. Wenn Sie das Fahrzeug nicht selbst geführt haben, benennen Sie bitte im
Zeugenfragebogen die Person, die gefahren ist. Angaben zur Person (Pflichtangaben nach § 111
OWiG) sind in jedem Fall zu machen:

Name, Vorname: [[P:Koch, Jörg-Peter]]
Geburtsdatum: [[DOB:12.11.1977]]        Geburtsort: [[LOC:Viersen]]
Anschrift: [[STR:Uerdinger Straße 509]], [[LOC:47800 Krefeld]]

Das Messfoto zeigt eine männliche Person mit Brille. Bitte senden Sie den Bogen innerhalb von
einer Woche zurück oder nutzen Sie die Online-Anhörung unter www.krefeld.de/owi mit der
Zugangsnummer [[AZ:7K3Q-X92M-41]].

Mit freundlichen Grüßen
Im Auftrag
[[P:Okonkwo]]
""",
    [
        "02151 86-0",
        "bussgeldstelle@krefeld.de",
        "Berliner Straße, Höhe Haus\nNr. 40",
        "150,00 Euro",
        "§ 111\nOWiG",
    ],
)

pii(
    "official_notice",
    """
Stadt Recklinghausen
Der Bürgermeister
Fachbereich Feuerwehr – Gebührenstelle Rettungsdienst
Westring 45 · 45659 Recklinghausen

Frau
[[P:Ioana-Maria Dumitrescu]]
[[STR:Dortmunder Straße 88 a]]
[[LOC:45665 Recklinghausen]]

Kassenzeichen: [[AZ:5.02.114.889.3]]
Einsatznummer: [[AZ:RD-2025-118902]]
Auskunft erteilt: Herr [[P:Ralf Brinkmann]], Zimmer 0.14
Durchwahl: [[TEL:02361 50-2718]]
E-Mail: [[MAIL:ralf.brinkmann@recklinghausen.de]]

Recklinghausen, 03.12.2025

Gebührenbescheid für die Inanspruchnahme des Rettungsdienstes

Sehr geehrte Frau [[P:Dumitrescu]],

am 14.10.2025 wurde Ihre Tochter [[P:Sofia Dumitrescu]], geboren am [[DOB:30.05.2011]], mit dem
Rettungswagen von Ihrer Wohnung in das Prosper-Hospital Recklinghausen befördert. Für diesen
Einsatz setze ich nach der Gebührensatzung für den Rettungsdienst der Stadt Recklinghausen in
der Fassung vom 15.12.2024 folgende Gebühren fest:

Notfallrettung mit Rettungswagen (Nr. 1.1 des Tarifs)        612,00 Euro
Notarzteinsatz (Nr. 2.1 des Tarifs)                          428,00 Euro
Gesamt                                                    1.040,00 Euro

Die Gebühr ist innerhalb eines Monats nach Bekanntgabe fällig. Sind Sie oder Ihre Tochter
gesetzlich versichert, reichen Sie diesen Bescheid bitte mit der Versichertennummer
[[AZ:X204118735]] bei Ihrer Krankenkasse ein; die Kasse zahlt dann direkt an die Stadt.
Anderenfalls überweisen Sie den Betrag unter Angabe des Kassenzeichens auf das Konto der
Stadtkasse Recklinghausen, IBAN DE47 4265 0150 0000 0001 18.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe
Klage beim Verwaltungsgericht Gelsenkirchen, Bahnhofsvorplatz 3, 45879 Gelsenkirchen, erhoben
werden.

Im Auftrag
[[P:Brinkmann]]
""",
    [
        "Westring 45",
        "Prosper-Hospital Recklinghausen",
        "1.040,00 Euro",
        "IBAN DE47 4265 0150 0000 0001 18",
        "Bahnhofsvorplatz 3",
    ],
)

pii(
    "official_notice",
    """
Stadt Bottrop · Fachbereich Umwelt und Grün · Abfallwirtschaft · Ernst-Wilczok-Platz 1 ·
46236 Bottrop

Herrn und Frau
[[P:Wolfgang]] und [[P:Ingrid Braun]]
[[STR:Gladbecker Straße 340]]
[[LOC:46242 Bottrop]]

Kundennummer: [[AZ:0047-11829-03]]
Objekt: [[STR:Gladbecker Straße 340 und 340 a]]
Bearbeitung: Frau [[P:Yvonne Schlüter]], Tel. [[TEL:(0 20 41) 70 - 39 12]]

Bottrop, 15. Januar 2026

Bescheid über Grundbesitzabgaben – Abfallgebühren 2026
Änderung des Behältervolumens

Sehr geehrte Frau [[P:Braun]], sehr geehrter Herr [[P:Braun]],

auf Ihren Antrag vom 2. Januar 2026 wird die Restabfalltonne für das Zweifamilienhaus ab dem
1. Februar 2026 von 240 Litern auf 120 Liter mit 14-täglicher Leerung umgestellt. Die Mieter der
Einliegerwohnung, Herr [[P:Dragan Petković]] und Frau [[P:Mirela Petković]], nutzen weiterhin die
gemeinsame Biotonne (braune Tonne, 120 Liter). Die Papiertonne (blau) bleibt unverändert.

Gebührenberechnung nach der Abfallgebührensatzung der Stadt Bottrop:
Restabfall 120 l, 14-täglich, Feb.–Dez.      11 × 19,85 Euro = 218,35 Euro
Restabfall 240 l, 14-täglich, Jan.           1 × 39,70 Euro  =  39,70 Euro
Bioabfall 120 l, 14-täglich                                   =  96,00 Euro
Jahresbetrag 2026                                                354,05 Euro

Die Vorauszahlungen werden zum 15.02., 15.05., 15.08. und 15.11. fällig und wie bisher per
Lastschrift von Ihrem Konto abgebucht. Das SEPA-Mandat mit der Mandatsreferenz
[[AZ:BOT-ABF-0047118290]] bleibt bestehen.

Eine Verringerung unter das Mindestvolumen von 20 Litern je Person und Woche ist nicht möglich.
Bitte stellen Sie die Tonnen am Abfuhrtag bis 6:00 Uhr an den Straßenrand.

Mit freundlichen Grüßen
Im Auftrag
[[P:Schlüter]]
""",
    ["Ernst-Wilczok-Platz 1", "354,05 Euro", "20 Litern je Person und Woche", "bis 6:00 Uhr"],
)

pii(
    "official_notice",
    """
Stadt Ulm – Fachbereich Gesundheit
Abteilung Infektionsschutz und Hygiene
Olgastraße 66, 89073 Ulm

Frau
[[P:Maja Lindqvist-Hoffmann]]
[[STR:Söflinger Straße 29/1]]
[[LOC:89077 Ulm]]

Unser Zeichen: [[AZ:IfS-MS-2026/0317]]
Ansprechpartner: Herr [[P:Elias Haddad]]
Telefon [[TEL:0731 161-3524]], Fax 0731 161-1699
[[MAIL:e.haddad@ulm.de]]

Ulm, 28. Januar 2026

Nachweis über Masernschutz nach § 20 Absatz 9 und 12 Infektionsschutzgesetz
Aufforderung zur Vorlage – Ihr Kind [[P:Linnea Hoffmann]], geb. [[DOB:19.04.2021]]

Sehr geehrte Frau [[P:Lindqvist-Hoffmann]],

die Kindertagesstätte Kinderhaus Regenbogen hat uns nach § 20 Absatz 9 Satz 4 IfSG mitgeteilt,
dass für Ihre Tochter [[P:Linnea]] bisher kein ausreichender Nachweis über einen Masernschutz
vorgelegt wurde. In dem vorgelegten schwedischen Impfbuch ist nur eine Impfung gegen Masern
eingetragen (am 12.06.2022 in [[LOC:Uppsala]]); erforderlich sind ab dem Alter von zwei Jahren
zwei Impfungen.

Wir fordern Sie auf, bis zum 4. März 2026 einen der folgenden Nachweise vorzulegen:
1. eine Impfdokumentation über zwei Masernschutzimpfungen,
2. ein ärztliches Zeugnis über eine Immunität gegen Masern oder
3. ein ärztliches Zeugnis, dass Ihre Tochter aus medizinischen Gründen nicht geimpft werden kann.

Die zweite Impfung kann jede Kinderarztpraxis durchführen; sie wird von der Krankenkasse
bezahlt. Sollte der Nachweis nicht fristgerecht vorliegen, kann nach § 73 Absatz 1a Nr. 7d IfSG
ein Bußgeld von bis zu 2.500 Euro festgesetzt werden.

Für Rückfragen steht Ihnen Herr [[P:Haddad]] montags bis donnerstags von 8:30 bis 12:00 Uhr zur
Verfügung.

Mit freundlichen Grüßen
Im Auftrag
Dr. med. [[P:Friederike Baumgart]]
Amtsärztin
""",
    [
        "Olgastraße 66",
        "Kinderhaus Regenbogen",
        "§ 73 Absatz 1a Nr. 7d IfSG",
        "2.500 Euro",
        "0731 161-1699",
    ],
)

# --- office_letter ----------------------------------------------------------------------------

V["pass_o1"] = "P04418932"

pii(
    "office_letter",
    """
Stadt Nürnberg
Einwohneramt – Staatsangehörigkeitsangelegenheiten
Äußere Laufer Gasse 25, 90403 Nürnberg

Herrn
[[P:Farid Ahmadzai]]
[[STR:Fürther Straße 188, bei Rahimi]]
[[LOC:90429 Nürnberg]]

Geschäftszeichen: [[AZ:EA/StA-2025-10744]]
Bearbeiterin: Frau [[P:Lena Oberhuber]]
Tel. [[TEL:0911 / 231-44 87]]
[[MAIL:lena.oberhuber@stadt.nuernberg.de]]

Nürnberg, 11. Februar 2026

Ihr Antrag auf Einbürgerung vom 30. Oktober 2025
Eingangsbestätigung und Anforderung weiterer Unterlagen

Sehr geehrter Herr [[P:Ahmadzai]],

Ihr Antrag auf Einbürgerung nach § 10 Staatsangehörigkeitsgesetz ist bei uns eingegangen. Nach
Ihren Angaben sind Sie am [[DOB:01.01.1995]] in [[LOC:Kunduz]] (Afghanistan) geboren und leben
seit August 2016 in Deutschland, zunächst in [[LOC:Zirndorf]] und [[LOC:Schwabach]], seit März
2019 in [[LOC:Nürnberg-Gostenhof]]. Als Identitätsnachweis haben Sie eine Kopie Ihres afghanischen
Reisepasses Nr. [[PASS:«pass_o1»]] vorgelegt, ausgestellt in Berlin.

Für die weitere Bearbeitung benötigen wir noch:
– die Tazkira im Original mit beglaubigter Übersetzung (Dari–Deutsch),
– die Bescheinigung Ihres Arbeitgebers, der Frankenland Bau GmbH, über die Beschäftigung seit
  2021,
– den Nachweis über Ihre Rentenversicherung (Versicherungsverlauf),
– den Bescheid über den Einbürgerungstest.

Die Gebühr von 255 Euro ist bereits bezahlt. Da in Ihren Dokumenten als Geburtstag der
Neujahrstag eingetragen ist, bitten wir um eine Erklärung, ob das genaue Datum bekannt ist.

Ihre Unterlagen können Sie per Post senden oder zu einem Termin mitbringen. Termine vergeben wir
über das Online-Terminsystem oder unter der Servicenummer 0911 231-0.

Mit freundlichen Grüßen
Im Auftrag
[[P:Oberhuber]]
""",
    [
        "Äußere Laufer Gasse 25",
        "§ 10 Staatsangehörigkeitsgesetz",
        "Frankenland Bau GmbH",
        "0911 231-0",
    ],
)

V["rv_o2"] = rv_number("13", "240761", "P", "04")
V["iban_o2"] = iban("GR", "0140812" + "0812002101448917")

pii(
    "office_letter",
    """
Stadt Würzburg
Fachbereich Bürgerdienste – Versicherungsamt
Karmelitenstraße 20, 97070 Würzburg

Herrn
[[P:Dimitrios Papadopoulos]]
[[STR:Frankfurter Straße 45]]
[[LOC:97082 Würzburg]]

Ihr Zeichen: –
Unser Zeichen: [[AZ:VA-2026-0088]]
Es schreibt Ihnen: Frau [[P:Sabine Kreß]], Zimmer 214, Telefon [[TEL:0931 37-2461]]

Würzburg, 9. Januar 2026

Antrag auf Altersrente – Termin zur Antragsaufnahme

Sehr geehrter Herr [[P:Papadopoulos]],

vielen Dank für Ihren Anruf vom 7. Januar. Wie besprochen nehmen wir Ihren Antrag auf
Regelaltersrente am

Donnerstag, 22. Januar 2026, 10:30 Uhr, Zimmer 214

auf. Nach Ihren Angaben sind Sie am [[DOB:24.07.1961]] in [[LOC:Kavala]] geboren. Ihre
Versicherungsnummer lautet [[RV:«rv_o2»]]. Bitte bringen Sie folgende Unterlagen mit:

– Personalausweis oder Reisepass,
– Ihre Steuer-Identifikationsnummer,
– Nachweise über Beschäftigungszeiten in Griechenland (1978 bis 1986, Versicherungsträger e-EFKA),
– die Bankverbindung für die Rentenzahlung (Ihr Konto in Griechenland,
  IBAN [[IBAN:«iban_o2»]], kann angegeben werden),
– Ihre Heiratsurkunde (Eheschließung am 18.09.1987 in [[LOC:Würzburg]]),
– falls vorhanden: Bescheinigungen über Zeiten der Arbeitslosigkeit.

Da Sie auch griechische Versicherungszeiten haben, stellen wir den Antrag zugleich als Antrag
nach der Verordnung (EG) Nr. 883/2004; die Deutsche Rentenversicherung Nordbayern leitet ihn an
den griechischen Träger weiter.

Wenn Ihre Ehefrau, Frau [[P:Eleni Papadopoulou]], den Termin begleiten möchte, ist das gern
möglich. Falls Sie den Termin nicht wahrnehmen können, rufen Sie uns bitte an.

Mit freundlichen Grüßen
Im Auftrag
[[P:Kreß]]
""",
    [
        "Karmelitenstraße 20",
        "Verordnung (EG) Nr. 883/2004",
        "Deutsche Rentenversicherung Nordbayern",
        "e-EFKA",
    ],
    allow=("Würzburg",),
)

pii(
    "office_letter",
    """
Stadt Osnabrück
Fachbereich Personal und Organisation
Bierstraße 28 · 49074 Osnabrück

Frau
[[P:Sophie-Charlotte Bauer]]
[[STR:Lotter Straße 102]]
[[LOC:49078 Osnabrück]]

Ausschreibung: 2026/014 – Sachbearbeitung Wohngeld (EG 9a TVöD)
Bewerbernummer: [[AZ:B-2026-014-0037]]
Ansprechperson: Herr [[P:Moritz Eilers]], [[TEL:0541 323-1487]], [[MAIL:eilers.m@osnabrueck.de]]

Osnabrück, 6. Februar 2026

Einladung zum Vorstellungsgespräch

Sehr geehrte Frau [[P:Bauer]],

vielen Dank für Ihre Bewerbung auf die oben genannte Stelle im Fachdienst Wohnen. Wir freuen uns,
Sie zu einem Vorstellungsgespräch einzuladen:

Termin: Mittwoch, 18. Februar 2026, 11:15 Uhr
Ort: Stadthaus 1, Natruper-Tor-Wall 2, Raum 3.07

Der Auswahlkommission gehören Frau [[P:Ilse Grothaus]] (Leitung Fachdienst Wohnen), Herr
[[P:Eilers]] (Personal) sowie ein Mitglied des Personalrats und die Gleichstellungsbeauftragte
an. Da Sie in Ihrer Bewerbung eine Schwerbehinderung angegeben haben, ist auch die
Schwerbehindertenvertretung beteiligt.

Das Gespräch dauert etwa 45 Minuten. Zu Beginn bitten wir Sie, einen kurzen Fall aus dem
Wohngeldrecht (Berechnung nach § 19 WoGG) zu bearbeiten. Bitte bringen Sie Ihr Abschlusszeugnis
der Kommunalen Verwaltungsschule im Original mit; das Arbeitszeugnis der Gemeinde Wallenhorst,
bei der Sie zurzeit beschäftigt sind, liegt uns bereits vor.

Reisekosten können nicht erstattet werden. Bitte bestätigen Sie den Termin bis zum 12. Februar.

Mit freundlichen Grüßen
Im Auftrag
[[P:Moritz Eilers]]
""",
    [
        "Natruper-Tor-Wall 2",
        "EG 9a TVöD",
        "§ 19 WoGG",
        "Kommunalen Verwaltungsschule",
        "Bierstraße 28",
    ],
)


# --- internal_memo ----------------------------------------------------------------------------

pii(
    "internal_memo",
    """
Stadt Kassel – Gesundheitsamt Region Kassel
Abteilung Infektionsschutz

VERMERK / interne Weitergabe

An:     Frau Dr. [[P:Henrike Wolff]], Sachgebiet Tuberkulose
Von:    [[P:Arne Jacobsen]], Meldewesen, Durchwahl [[TEL:0561 787-1963]]
Datum:  16.02.2026
Betreff: Meldung nach § 6 IfSG – offene Lungentuberkulose, Umgebungsuntersuchung

Liebe [[P:Henrike]],

heute Vormittag ging über DEMIS die Meldung des Klinikums Kassel ein (Meldungs-ID
[[AZ:DEMIS-2026-KS-004471]]). Betroffen ist:

[[P:Yonas Tesfamariam]], geb. [[DOB:03.09.1998]] in [[LOC:Asmara]], wohnhaft [[STR:Holländische Straße 141]],
[[LOC:34127 Kassel]] ([[LOC:Nord-Holland]]), mobil [[TEL:0151 27 38 49 05]].

Er arbeitet als Fahrer bei der Nordhessen Kurier GmbH und teilt sich die Wohnung mit zwei
Mitbewohnern: [[P:Filmon Ghebremichael]] und [[P:Samuel Haile]]. Seine Lebensgefährtin,
[[P:Jasmin Krüger]], wohnt in [[LOC:Baunatal]]. Laut Station war er in den letzten acht Wochen
außerdem zweimal bei seiner Familie in [[LOC:Frankfurt-Griesheim]].

Bitte übernimm die Umgebungsuntersuchung (IGRA-Tests bei den engen Kontaktpersonen). Der
Patient spricht Tigrinya und gut Englisch; bei Bedarf kann der Dolmetscherpool (Tigrinya) über
dolmetscher@kassel.de angefragt werden. Die behandelnde Ärztin auf der Station ist
Dr. [[P:Carolin Mertens]], [[TEL:0561 980-4412]].

Für den Arbeitgeber und die Kontakte dort bitte die Ansprechpartnerin der Firma anrufen, Frau
[[P:Tanja Reuß]] (Personal), [[TEL:0561 47 09 33-21]].

Die Akte liegt im Fach. Das Formblatt nach § 25 IfSG habe ich vorbereitet.

Gruß
[[P:Arne]]
""",
    ["Klinikums Kassel", "Nordhessen Kurier GmbH", "dolmetscher@kassel.de", "§ 25 IfSG"],
)

V["rv_m2"] = rv_number("18", "140288", "B", "52", spaced=True)

pii(
    "internal_memo",
    """
Universitätsstadt Siegen
Fachbereich 1 – Personal und Organisation

Hausmitteilung – VERTRAULICH – Personalsache

An: Frau [[P:Kerstin Hüsken]], Abteilungsleitung Bürgerservice
Von: [[P:Nils Bender]], Personalsachbearbeitung, Tel. [[TEL:0271 404-2274]]
Datum: 04.03.2026

Arbeitsunfähigkeit / betriebliches Eingliederungsmanagement
Beschäftigte: [[P:Fatmire Berisha]], Personalnummer [[AZ:100-48817]], geb. [[DOB:14.02.1988]]
RV-Nummer: [[RV:«rv_m2»]] (für die Meldung an die Krankenkasse)

Sehr geehrte Frau [[P:Hüsken]],

Frau [[P:Berisha]] ist seit dem 12.01.2026 durchgehend arbeitsunfähig erkrankt. Die
elektronischen Arbeitsunfähigkeitsbescheinigungen (eAU) liegen über die Krankenkasse vor,
zuletzt bis zum 20.03.2026. Damit sind innerhalb der letzten zwölf Monate mehr als sechs Wochen
Arbeitsunfähigkeit erreicht (§ 167 Abs. 2 SGB IX).

Wir werden Frau [[P:Berisha]] in den nächsten Tagen schriftlich ein BEM-Gespräch anbieten. Die
Teilnahme ist freiwillig. Bitte nehmen Sie von sich aus keinen Kontakt zu Diagnosen auf und
vermerken Sie in der Abteilungsakte nur die Fehlzeiten, keine Gründe.

Zur Vertretung: Herr [[P:Luca Ferraro]] (Bürgerbüro Weidenau) übernimmt ab 09.03.2026 die
Dienstags- und Donnerstagsschichten; Frau [[P:Gül Aksoy]] stockt befristet auf 30 Stunden auf.
Die Änderungsverträge gehen Ihnen gesondert zu.

Frau [[P:Berisha]] hat uns außerdem ihre neue Anschrift mitgeteilt: [[STR:Koblenzer Straße 77]],
[[LOC:57072 Siegen]]. Bitte ändern Sie die Notfallkontaktliste der Abteilung entsprechend; ihr
Notfallkontakt ist weiterhin ihr Bruder [[P:Arben Berisha]], [[TEL:0176 – 22 91 48 03]].

Mit freundlichen Grüßen
[[P:N. Bender]]
""",
    ["§ 167 Abs. 2 SGB IX", "Bürgerbüro Weidenau", "30 Stunden", "BEM-Gespräch"],
)

V["id_m3"] = id_card("L9NH2VT71", True)

pii(
    "internal_memo",
    """
Landeshauptstadt Schwerin – Fachdienst Soziales
Betreuungsbehörde

Vermerk für die Akte und zur Weiterleitung an das Amtsgericht Schwerin – Betreuungsgericht

Betreuungssache: [[P:Waltraud Schmied]], geb. [[DOB:7. Mai 1936]]
Az. Amtsgericht: [[AZ:XVII 214/26]]      Az. Betreuungsbehörde: [[AZ:BtB-2026-0118]]
Bearbeiterin: [[P:Doreen Albrecht]], Tel. [[TEL:0385 545-2981]], [[MAIL:dalbrecht@schwerin.de]]
Datum: 23.02.2026

Sozialbericht nach § 12 BtOG (Kurzfassung)

Frau [[P:Schmied]] lebt allein in ihrer Wohnung [[STR:Lübecker Straße 213]], [[LOC:19059 Schwerin]]
([[LOC:Lewenberg]]). Die Anregung zur Betreuung kam vom Pflegedienst Mecklenburger Pflege GmbH,
nachdem Frau [[P:Schmied]] mehrfach ihre Medikamente nicht genommen und Post nicht geöffnet hatte.
Beim Hausbesuch am 19.02.2026 war sie freundlich, zeitlich aber nicht orientiert.

Angehörige: Der Sohn, Herr [[P:Rainer Schmied]], wohnt in [[LOC:Neustadt-Glewe]], arbeitet als
Schmied in einer Kunstschmiede und ist bereit, die Betreuung für die Aufgabenkreise
Gesundheitssorge, Vermögenssorge und Behördenangelegenheiten zu übernehmen. Er ist erreichbar
unter [[TEL:038757 5 14 90]]. Die Tochter, Frau [[P:Anke Lüdtke]], lebt in [[LOC:Rostock-Warnemünde]]
und unterstützt ihn.

Der Personalausweis der Betroffenen ([[ID:«id_m3»]]) ist abgelaufen. Eine Vorsorgevollmacht liegt nicht vor. Als ehrenamtlichen Betreuer schlagen wir den Sohn vor;
Bedenken gegen seine Eignung bestehen nicht. Ein Führungszeugnis und eine Auskunft aus dem
Schuldnerverzeichnis werden angefordert.

Empfehlung: Bestellung von Herrn [[P:Rainer Schmied]] als Betreuer, Überprüfung in zwei Jahren.

[[P:D. Albrecht]]
""",
    [
        "Amtsgericht Schwerin – Betreuungsgericht",
        "§ 12 BtOG",
        "Mecklenburger Pflege GmbH",
        "Kunstschmiede",
    ],
    allow=("Schmied",),
)

# --- phone_note -------------------------------------------------------------------------------

V["tel_p1"] = "0172 9034815"
V["tel_p1_spoken"] = spoken("0172 9034815")
V["emre_spelled"] = spell("emre")

pii(
    "phone_note",
    """
Telefonnotiz – Bußgeldstelle Mönchengladbach
Aufgenommen von: [[P:Sven Claßen]] (Durchwahl [[TEL:02161 25-5173]])
Datum/Uhrzeit: 10.03.2026, 10:22 Uhr
Vorgang: [[AZ:OWI 2026 0038841 7]]

Anrufer: Herr [[P:Ahmet Şahin]], Halter des Pkw [[KFZ:MG-AS 712]], Anhörungsbogen vom 02.03.

Herr [[P:Şahin]] sagt, er sei zur Tatzeit (21.02.2026, 23:10 Uhr, Rotlichtverstoß
Bismarckstraße/Hohenzollernstraße) nicht selbst gefahren. Das Auto habe sein Neffe benutzt. Er
möchte den Fahrer benennen, weiß aber nicht, ob er das muss (habe ihm erklärt:
Zeugnisverweigerungsrecht für Angehörige, § 52 StPO, er entscheidet selbst).

Er hat sich dann entschieden, den Namen zu nennen. Fahrer laut Anrufer: [[P:Emre Şahin]],
buchstabiert „[[P:«emre_spelled»]]", dann Nachname wie bei ihm, mit Häkchen am S. Geboren
[[DOB:neunzehnter Juni zweitausendzwei]], also [[DOB:19.06.2002]]. Wohnt nicht in MG, sondern in
[[LOC:Neuss]], Adresse: [[STR:Further Straße 66]], [[LOC:41462 Neuss]]. Handynummer des Neffen
diktiert: „[[TEL:«tel_p1_spoken»]]" = [[TEL:«tel_p1»]].

Herr [[P:Şahin]] selbst: Rückruf unter [[TEL:02166 / 44 71 08]] (Festnetz, [[LOC:Rheydt]]).

Bitte den ausgefüllten Zeugenfragebogen trotzdem schriftlich anfordern. Gegen den Neffen neues
Verfahren einleiten, Frist Verfolgungsverjährung beachten (3 Monate, § 26 Abs. 3 StVG).
Messfoto vorhanden, Fahrer gut zu erkennen.

-> Vorgang an Frau [[P:Jansen-Pütz]] zur weiteren Bearbeitung.
[[P:Claßen]]
""",
    ["§ 52 StPO", "§ 26 Abs. 3 StVG", "Bismarckstraße/Hohenzollernstraße", "3 Monate"],
)

V["grab_p2"] = "W-12-118"
V["tel_p2"] = "0241 57 43 16"
V["russo_spelled"] = spell("russo")

pii(
    "phone_note",
    """
Sprachnachricht – automatische Transkription (Anrufbeantworter Friedhofsverwaltung Aachen)
Eingang: Sa 07.02.2026 11:48 Uhr · Dauer 1:37 · Anrufernummer: [[TEL:+49241574316]]

„Ja, guten Tag, hier ist [[P:Giuseppina Russo]], äh, [[P:Russo]] mit zwei S, [[P:«russo_spelled»]].
Ich rufe an wegen dem Grab von meinem Vater, [[P:Salvatore Russo]], auf dem Westfriedhof, das
Grab hat die Nummer [[AZ:«grab_p2»]], äh, [[AZ:W zwölf hundertachtzehn]]. Ich hab einen Brief bekommen,
dass die Ruhezeit abläuft und das Nutzungsrecht nicht verlängert werden kann, weil das ein
Reihengrab ist. Meine Mutter, [[P:Concetta Russo]], die ist jetzt sechsundachtzig, die möchte aber
unbedingt später da mit rein. Geht das nicht irgendwie, dass man das umwandelt in ein Wahlgrab?
Und was kostet das dann? Wir wohnen in [[LOC:Aachen-Burtscheid]], [[STR:Kapellenstraße 14]]. Sie
erreichen mich unter [[TEL:null zwo vier eins, fünf sieben, vier drei, eins sechs]]. Oder mobil [[TEL:null eins fünf neun, drei drei acht, zwo eins null vier]].
Ich arbeite aber bis zwei. Meine Mutter ist geboren am [[DOB:dritten März neunzehnhundertneununddreißig]],
falls Sie das brauchen. Ja, danke, tschüss."

Bearbeitungsvermerk (Mo 09.02., [[P:Hensen]]): Umwandlung Reihengrab in Wahlgrab nach § 14 Abs. 4
Friedhofssatzung nicht möglich; Angebot: Wahlgrab auf Feld 31 mit Umbettung, Gebühren lt.
Gebührensatzung 1.980 Euro für 25 Jahre. Rückruf bei Frau [[P:Russo]] unter
[[TEL:«tel_p2»]] am 09.02., 15:10 Uhr, erreicht. Sie bespricht es mit der Familie und
meldet sich. Rückfragen an mich, [[TEL:0241 432-18 62]].
""",
    ["Westfriedhof", "§ 14 Abs. 4\nFriedhofssatzung", "1.980 Euro für 25 Jahre", "Feld 31"],
)

V["sofiia_spelled"] = spell("sofiia", "new")
V["maksym_spelled"] = spell("maksym", "new")

pii(
    "phone_note",
    """
Hanse- und Universitätsstadt Rostock · Amt für Jugend, Soziales und Asyl · Wohngeldstelle

Gesprächsnotiz (Telefon, mit Sprachmittlung)
Datum: 26.01.2026, 13:40–14:05 Uhr
Mitarbeiterin: [[P:Olga Petersen]] (spricht Russisch/Ukrainisch), Tel. [[TEL:0381 381-5432]]
Wohngeldnummer: [[AZ:WO-2025-11093]]

Anruferin: Frau [[P:Nadiia Kovalchuk]] (auch [[P:Nadija Kowaltschuk]] geschrieben), geb.
[[DOB:30.11.1979]], [[STR:Rigaer Straße 9, Whg. 41]], [[LOC:18107 Rostock]] ([[LOC:Lütten Klein]]).
Rückrufnummer: [[TEL:0157 – 833 40 21 96]]

Frau [[P:Kovalchuk]] hat Post vom 19.01. nicht verstanden (Aufforderung zur Mitwirkung, § 60 SGB I).
Erklärt auf Russisch: Es fehlen der Mietvertrag ab 01.10.2025 und die Bescheinigung des
Jobcenters, dass kein Bürgergeld mehr bezogen wird. Sie arbeitet seit November als
Reinigungskraft bei der Ostsee Facility Services GmbH (Teilzeit, ca. 1.250 Euro brutto).

Im Haushalt: die Tochter [[P:Sofiia]], geb. [[DOB:2012]], und der Sohn [[P:Maksym]], geb. [[DOB:2016]].
Der Ehemann, Herr [[P:Andrii Kovalchuk]], lebt weiterhin in [[LOC:Dnipro]] und gehört nicht zum
Haushalt.

Die Namen der Kinder buchstabiert: [[P:«sofiia_spelled»]]; [[P:«maksym_spelled»]].

Vereinbart: Unterlagen bis 10.02. per Post oder in den Briefkasten am Neuen Markt 1. Frist
verlängert. Hinweis auf den Kinderzuschlag der Familienkasse gegeben.

[[P:O. Petersen]]
""",
    ["Neuen Markt 1", "§ 60 SGB I", "Ostsee Facility Services GmbH", "1.250 Euro brutto"],
)


# --- chat -------------------------------------------------------------------------------------

V["pass_ch1"] = "055218734"

pii(
    "chat",
    """
Live-Chat Bürgerservice · Stadt Ludwigshafen am Rhein · Bereich Ausländerbehörde
Chat-ID: [[AZ:LU-CHAT-260211-0093]] · Start 11.02.2026 08:03 · Besucher-IP [[IP:91.64.203.17]]

[08:03] Chatbot Luzi: Hallo! Ich bin Luzi, der digitale Assistent der Stadt Ludwigshafen. Wie kann
ich helfen?
[08:03] Besucher: aufenthaltstitel verlängern termin
[08:04] Chatbot Luzi: Für die Verlängerung eines Aufenthaltstitels verbinde ich Sie mit einer
Mitarbeiterin. Bitte nennen Sie Ihren Namen.
[08:04] Besucher: [[P:Andrei Popescu]]
[08:05] Mitarbeiterin [[P:S. Gerhardt]]: Guten Morgen Herr [[P:Popescu]], hier ist [[P:Sandra Gerhardt]]. Um
welchen Titel geht es?
[08:06] Besucher: nicht für mich ich bin rumäne EU. für meine frau [[P:Mariam]], sie ist aus
georgien, aufenthaltskarte läuft ab 28.02.
[08:06] Mitarbeiterin [[P:S. Gerhardt]]: Verstehe. Dann brauche ich den Namen und das Geburtsdatum Ihrer
Frau.
[08:07] Besucher: [[P:Mariam Beridze]] geb [[DOB:12.12.1990]]
[08:07] Besucher: passnummer [[PASS:«pass_ch1»]]
[08:08] Mitarbeiterin [[P:S. Gerhardt]]: Danke. Wohnen Sie weiterhin in der [[STR:Rheinuferstraße 12]]?
[08:08] Besucher: nein umgezogen im dezember nach [[LOC:Oggersheim]], [[STR:Schillerstr. 3a]]
[08:09] Mitarbeiterin [[P:S. Gerhardt]]: Dann muss die Ummeldung zuerst im Bürgerbüro erfolgen. Die
Akte ([[AZ:AB-32-2019-44810]]) ist schon vorgemerkt. Ein Termin ist am 19.02.2026, 9:40 Uhr,
Raum E.12, Westendstraße 17 frei.
[08:10] Besucher: ok gut. brauche ich arbeitsvertrag? ich arbeite bei der
BASF SE in schichten
[08:10] Mitarbeiterin [[P:S. Gerhardt]]: Ja, bitte aktuelle Gehaltsnachweise der letzten drei Monate,
Heiratsurkunde, Pass und ein biometrisches Foto. Gebühr nach § 47 AufenthV: 37 Euro.
[08:11] Besucher: kann ich mail bekommen? [[MAIL:popescu.andrei@yahoo.com]]
[08:11] Mitarbeiterin [[P:S. Gerhardt]]: Die Terminbestätigung geht an diese Adresse. Handynummer für
SMS-Erinnerung?
[08:12] Besucher: [[TEL:0176 48 29 30 11]]
[08:12] Mitarbeiterin [[P:S. Gerhardt]]: Erledigt. Schönen Tag noch!
[08:12] Besucher: danke schön
--- Chat beendet 08:12 ---
""",
    ["Westendstraße 17", "BASF SE", "§ 47 AufenthV", "37 Euro", "Chatbot Luzi"],
)

pii(
    "chat",
    """
Teams-Chat „SEU Team Cottbus – Planung Februar" (Export 05.02.2026, Fachbereich Gesundheit)

[[P:Mandy Kaiser]] 07:41
Moin! Heute Grundschule Sachsendorf, 8 Kinder ab 8:30. Wer fährt mit? 🚗

[[P:Thuy Pham]] 07:43
ich, bin 8:15 da. hab die Liste. Achtung: [[P:Ben-Luca Schulze]] (geb. [[DOB:21.09.2019]]) kommt
mit Dolmetscher? Nein, das war [[P:Dawit]] … sorry

[[P:Mandy Kaiser]] 07:44
[[P:Dawit Tesfay]] ([[DOB:03.03.2020]]), Mutter spricht Tigrinya, Dolmetscherin Frau [[P:Abrehet]]
kommt um 9, Nummer falls sie nicht kommt: [[TEL:0151 4022 8716]]

Dr. [[P:Ralf Gutsche]] 07:52
Danke euch. Bitte bei [[P:Leni Fischer]] das Hörscreening wiederholen, letztes Mal auffällig.
Mutter hat angerufen, sie kommt aus [[LOC:Peitz]], kann erst 10:00.

[[P:Thuy Pham]] 07:53
👍 ich setz sie ans Ende

[[P:Mandy Kaiser]] 08:02
Noch was: Vater von [[P:Emil Wagner]] hat Impfpass vergessen, will ihn per Foto an
seu@cottbus.de schicken. Ist das ok datenschutzmäßig?

Dr. [[P:Ralf Gutsche]] 08:05
Ja, an das Funktionspostfach ist ok, nicht an eure persönlichen. Nach Übernahme ins
Untersuchungsprotokoll löschen (Dienstanweisung SEU Nr. 4).

[[P:Thuy Pham]] 08:06
und [[P:Mila-Sophie]] aus der 1b? die wohnt jetzt in [[LOC:Spremberg]], fällt die raus?

Dr. [[P:Ralf Gutsche]] 08:09
Dann ist der Landkreis Spree-Neiße zuständig. Akte abgeben, Az.
[[AZ:SEU-2026-0214]]. Ich ruf morgen in Forst an.

[[P:Mandy Kaiser]] 08:10
Alles klar. Ich bin heute auf dem Diensthandy [[TEL:0160 97 43 58 21]], Festnetz nicht besetzt.
Bis gleich 🙂
""",
    [
        "Grundschule Sachsendorf",
        "seu@cottbus.de",
        "Landkreis Spree-Neiße",
        "Dienstanweisung SEU Nr. 4",
    ],
)


# --- mail_chain -------------------------------------------------------------------------------

pii(
    "mail_chain",
    """
Von: [[P:Kübra Arslan]] <[[MAIL:kuebra.arslan@essen.de]]>
Gesendet: Montag, 2. März 2026 09:14
An: Ratsbüro <ratsbuero@essen.de>
Cc: [[P:Thomas Heimann]] <[[MAIL:thomas.heimann@essen.de]]>
Betreff: WG: Anregung nach § 24 GO NRW – Querungshilfe Frintroper Straße

Liebe Kolleginnen und Kollegen,

anbei eine Anregung, die über das Bürgermeisterbüro eingegangen ist, mit der Bitte um Aufnahme in
die Sitzung des Ausschusses für Anregungen und Beschwerden am 14.04.2026. Eingangsnummer
[[AZ:AB-2026-0047]]. Stellungnahme des Amts für Straßen und Verkehr ist angefragt.

Viele Grüße
[[P:Kübra Arslan]]
Stadt Essen – Büro des Oberbürgermeisters
Tel. [[TEL:0201 88-88153]]

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat
sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail.

-----Ursprüngliche Nachricht-----
Von: [[P:Wilhelm Schulte-Bockholt]] <[[MAIL:w.schulte-bockholt@arcor.de]]>
Gesendet: Samstag, 28. Februar 2026 17:32
An: info@essen.de
Betreff: Anregung an den Rat – Fußgängerüberweg an der Frintroper Straße

Sehr geehrter Herr Oberbürgermeister,

als Anwohner in [[LOC:Essen-Frintrop]] rege ich nach § 24 der Gemeindeordnung an, an der
Frintroper Straße in Höhe der Haltestelle Unterstraße eine Querungshilfe oder einen
Fußgängerüberweg einzurichten. Dort überqueren jeden Morgen Dutzende Kinder der
Gemeinschaftsgrundschule die Straße. Seit Herbst hat es zwei Beinaheunfälle gegeben.

Die Anregung unterstützen 143 Nachbarinnen und Nachbarn; die Unterschriftenliste gebe ich gern im
Rathaus ab. Mitunterzeichner und Ansprechpartnerin für die Elternschaft ist Frau
[[P:Dorota Kaczmarek]], [[TEL:0201 / 60 33 19]].

Ich bitte, mir die Sitzung mitzuteilen, in der die Anregung beraten wird, damit ich sie dort
erläutern kann.

Mit freundlichen Grüßen
[[P:Wilhelm Schulte-Bockholt]]
[[STR:Frintroper Straße 422]]
[[LOC:45359 Essen]]
Tel. [[TEL:0201 69 28 41]] · mobil [[TEL:0175 / 230 44 19]]
""",
    [
        "ratsbuero@essen.de",
        "Ausschusses für Anregungen und Beschwerden",
        "Haltestelle Unterstraße",
        "143 Nachbarinnen und Nachbarn",
    ],
)

V["iban_m2"] = iban("DE", "29250500" + "0008815530")

pii(
    "mail_chain",
    """
Von: [[P:Yohannes Haile]] <[[MAIL:info@haile-uebersetzungen.de]]>
An: [[P:Birte Janßen]] <[[MAIL:birte.janssen@magistrat.bremerhaven.de]]>
Datum: 18.02.2026 16:40
Betreff: AW: AW: Rechnung Nr. 2026-014 – Dolmetscheinsatz Sozialamt

Sehr geehrte Frau [[P:Janßen]],

die Fahrtkosten sind nach § 8 JVEG mit 0,42 Euro je Kilometer berechnet; ich fahre von meinem
Büro in [[LOC:Geestland]] aus. Die Wartezeit am 29.01. von 40 Minuten ist nach § 9 Abs. 5 JVEG
als Einsatzzeit abzurechnen. Ich bitte daher um Zahlung des vollen Betrags von 214,20 Euro.

Mit freundlichen Grüßen
[[P:Yohannes Haile]]
Übersetzungen & Dolmetschen [[P:Haile]] · Tigrinya, Amharisch, Arabisch
allgemein beeidigter Dolmetscher und ermächtigter Übersetzer (LG Bremen)
[[STR:Debstedter Straße 5]] · [[LOC:27607 Geestland]]
Mobil [[TEL:0171 3 94 02 77]] · Steuernummer [[TAX:36/141/07713]]
IBAN [[IBAN:«iban_m2»]]

> Von: [[P:Birte Janßen]]
> Datum: 17.02.2026 11:02
>
> Sehr geehrter Herr [[P:Haile]],
>
> für den Einsatz im Sozialamt (Gespräch mit Frau [[P:Senait Woldu]], Az. [[AZ:50.2-2025-3381]])
> können wir nur die tatsächliche Gesprächszeit anerkennen. Bitte senden Sie eine korrigierte
> Rechnung.
>
> Mit freundlichen Grüßen
> [[P:Birte Janßen]]
> Magistrat der Stadt Bremerhaven, Sozialamt, Hinrich-Schmalfeldt-Straße, 27576 Bremerhaven
> Telefon [[TEL:0471 590-2364]]
>
>> Von: [[P:Yohannes Haile]]
>> Datum: 05.02.2026
>>
>> anbei meine Rechnung Nr. 2026-014 über den Einsatz am 29.01.2026, 9:00 bis 10:40 Uhr
>> (Sozialamt, Zimmer 117), 214,20 Euro. Die Umsatzsteuer entfällt nach § 19 UStG.
""",
    [
        "§ 8 JVEG",
        "0,42 Euro je Kilometer",
        "Hinrich-Schmalfeldt-Straße, 27576 Bremerhaven",
        "§ 19 UStG",
        "LG Bremen",
    ],
)

pii(
    "mail_chain",
    """
Von: [[P:Hauke Petersen]] <[[MAIL:hauke.petersen@flensburg.de]]>
Gesendet: Dienstag, 10. Februar 2026 14:26
An: [[P:Ines Carstensen]] <[[MAIL:ines.carstensen@flensburg.de]]>
Betreff: WG: Bewerbung Stelle 07/2026 Friedhofsgärtner/in – Referenz

Hallo [[P:Ines]],

zur Bewerbung von Frau [[P:Mette Kjærgaard]] (Bewerbernummer [[AZ:07-2026-011]]) hat ihr
früherer Vorgesetzter geantwortet, siehe unten. Sie hat die Einwilligung zur Einholung einer
Referenz unterschrieben, die liegt in der Bewerbungsakte. Für mich passt das; kannst du sie zum
Gespräch am 24.02. einladen? Sie wohnt in [[LOC:Harrislee]], [[STR:Süderstraße 41]],
[[LOC:24955 Harrislee]], Tel. [[TEL:0461 / 7 52 90 14]].

Gruß
[[P:Hauke]]
Stadt Flensburg · Technisches Betriebszentrum · Friedhöfe

Von: [[P:Jesper Lund]] <[[MAIL:jelu@aabenraa.dk]]>
Gesendet: Montag, 9. Februar 2026 19:03
An: [[P:Hauke Petersen]] <[[MAIL:hauke.petersen@flensburg.de]]>
Betreff: SV: Referenz Frau [[P:Kjærgaard]]

Sehr geehrter Herr [[P:Petersen]],

gern bestätige ich, dass Frau [[P:Kjærgaard]] von 2019 bis 2025 bei uns auf dem Kirkegård in
Aabenraa als Gärtnerin gearbeitet hat. Sie ist zuverlässig, kann selbständig Grabfelder
anlegen und hat den Motorsägenschein. Ich würde sie jederzeit wieder einstellen.

Venlig hilsen / Mit freundlichen Grüßen
[[P:Jesper Lund]]
Driftsleder, Aabenraa Kommune
Tlf. [[TEL:+45 73 76 14 82]]

> Von: [[P:Hauke Petersen]]
> Gesendet: 6. Februar 2026
> Frau [[P:Mette Kjærgaard]], geb. [[DOB:15.06.1990]] in [[LOC:Sønderborg]], hat sich bei der Stadt
> Flensburg beworben und Sie als Referenz genannt. Dürfen wir Sie kurz nach ihrer Tätigkeit
> fragen?

Dieses Schreiben wurde auf Dienstgeräten der Stadt Flensburg erstellt. Bitte denken Sie an die
Umwelt, bevor Sie diese E-Mail ausdrucken.
""",
    ["Technisches Betriebszentrum", "Kirkegård", "Aabenraa Kommune", "Motorsägenschein"],
)

pii(
    "mail_chain",
    """
Von: Gesundheitsamt Regensburg – Infektionsschutz <infektionsschutz@regensburg.de>
An: Praxis Dr. [[P:Georgiou]] <[[MAIL:praxis.georgiou@kinderarzt-rgb.de]]>
Datum: 12.01.2026 10:47
Betreff: AW: Meldung Norovirus – Kita Sonnenschein – Rückfrage
Unser Zeichen: [[AZ:IfS-2026-00031]]

Sehr geehrter Herr Dr. [[P:Georgiou]],

vielen Dank für die schnelle Meldung. Für die Ausbruchsermittlung brauchen wir bei den zwei
Kindern bitte noch das Datum des Erkrankungsbeginns und die Wohnadresse:

1. [[P:Jonas Meier]], geb. [[DOB:08.08.2021]]
2. [[P:Aleyna Çelik]], geb. [[DOB:22.01.2022]]

Die Kita Sonnenschein (Träger: Evangelisch-Lutherische Gesamtkirchengemeinde) hat uns
mittlerweile sieben Erkrankte gemeldet.

Mit freundlichen Grüßen
i. A. [[P:Veronika Stadler]]
Gesundheitsamt Regensburg, Durchwahl [[TEL:0941 507-5318]]

----- Ursprüngliche Nachricht -----
Von: Praxis Dr. [[P:Georgiou]]
Datum: 11.01.2026 18:20

Sehr geehrte Damen und Herren,

hiermit melden wir nach § 6 Abs. 1 Nr. 2 IfSG zwei Fälle von akuter Gastroenteritis mit
Verdacht auf Norovirus bei Kindern der Kita Sonnenschein in Regensburg-Kumpfmühl:

[[P:Jonas Meier]], [[DOB:08.08.2021]], Eltern [[P:Tobias]] und [[P:Carina Meier]], [[STR:Augsburger Straße 36]],
[[LOC:93051 Regensburg]], Tel. [[TEL:0941 9 46 38 12]], Erkrankungsbeginn 09.01.
[[P:Aleyna Çelik]], [[DOB:22.01.2022]], Mutter [[P:Ayşegül Çelik]], [[STR:Kumpfmühler Straße 58]],
[[LOC:93051 Regensburg]], Tel. [[TEL:0176 – 61 38 02 94]], Erkrankungsbeginn 10.01.

Stuhlproben sind ans Labor gegangen (Auftragsnummern [[AZ:L260111-447]] und [[AZ:L260111-448]]).

Mit freundlichen Grüßen
Dr. med. [[P:Stefanos Georgiou]], Facharzt für Kinder- und Jugendmedizin
[[STR:Kumpfmühler Straße 12]], [[LOC:93047 Regensburg]] · Tel. [[TEL:0941 9 20 55 70]]
""",
    [
        "infektionsschutz@regensburg.de",
        "Kita Sonnenschein",
        "§ 6 Abs. 1 Nr. 2 IfSG",
        "Evangelisch-Lutherische Gesamtkirchengemeinde",
    ],
)


# --- form_export ------------------------------------------------------------------------------

V["tax_f1"] = steuer_id("4813907245")
V["id_f1"] = id_card("T01X7HC4M")
V["iban_f1"] = iban("DE", "82050000" + "0317752604")

pii(
    "form_export",
    """
Online-Antrag Wohngeld (Mietzuschuss) – Export aus dem Antragsportal der Stadt Erfurt
Vorgangsnummer: [[AZ:OZG-WG-2026-004418]]
Eingang: 2026-02-03T21:17:44+01:00
Übermittelt von IP: [[IP:2003:e7:2f1a:9c00:5d1:77ff:fe21:3b08]]
Server: antrag.erfurt.de (195.37.16.140)

[Antragsteller]
Anrede: Herr
Vorname: [[P:Ronny]]
Nachname: [[P:Winter]]
Geburtsdatum: [[DOB:1971-12-05]]
Geburtsort: [[LOC:Arnstadt]]
Familienstand: geschieden
Straße, Hausnummer: [[STR:Juri-Gagarin-Ring 128]]
PLZ: [[LOC:99084]]
Ort: [[LOC:Erfurt]]
Ortsteil: [[LOC:Altstadt]]
Telefon: [[TEL:+49 361 60 24 871]]
E-Mail: [[MAIL:ronny.winter71@freenet.de]]
Steuer-Identifikationsnummer: [[TAX:«tax_f1»]]
Personalausweisnummer: [[ID:«id_f1»]]

[Haushaltsmitglieder]
1: [[P:Winter, Lea]] | Tochter | [[DOB:2009-04-17]] | Schülerin
2: [[P:Winter, Paul]] | Sohn | [[DOB:2012-10-30]] | Schüler (Wechselmodell, 50 %)

[Wohnung]
Wohnfläche: 74,5 m²
Gesamtmiete: 712,00 EUR
davon Heizkosten: 96,00 EUR
Vermieter: KoWo Kommunale Wohnungsgesellschaft mbH Erfurt

[Einkommen]
Arbeitgeber: Thüringer Straßenbahn-Service GmbH
Bruttoeinkommen monatlich: 2.380,00 EUR
Unterhalt für Kinder erhalten: nein

[Bankverbindung]
Kontoinhaber: [[P:Ronny Winter]]
IBAN: [[IBAN:«iban_f1»]]
BIC: HELADEF1WEM

[Erklärung]
Ich versichere die Richtigkeit meiner Angaben (§ 60 SGB I): ja
Hinweis zur Heizperiode (Winter 2025/26) gelesen: ja
Dateien: Mietbescheinigung.pdf; Lohnabrechnung_12-2025.pdf; Umgangsvereinbarung.pdf
""",
    [
        "antrag.erfurt.de (195.37.16.140)",
        "KoWo Kommunale Wohnungsgesellschaft mbH Erfurt",
        "Thüringer Straßenbahn-Service GmbH",
        "712,00 EUR",
    ],
    allow=("Winter", "Erfurt"),
)

pii(
    "form_export",
    """
Antrag auf Einrichtung einer Halteverbotszone (Umzug) – JSON-Export, Stadt Fulda, Straßenverkehrsbehörde
{
  "antragId": "[[AZ:FD-HVZ-2026-00213]]",
  "eingegangen": "2026-03-02T07:55:12Z",
  "clientIp": "[[IP:84.153.27.201]]",
  "antragsteller": {
    "typ": "privat",
    "vorname": "[[P:Ludmila]]",
    "nachname": "[[P:Ivanova-Braun]]",
    "geburtsdatum": "[[DOB:14.03.1984]]",
    "anschrift": {
      "strasse": "[[STR:Leipziger Straße 127]]",
      "plz": "[[LOC:36037]]",
      "ort": "[[LOC:Fulda]]"
    },
    "telefon": "[[TEL:0661/9 01 44 85]]",
    "email": "[[MAIL:ludmila.ivanova-braun@web.de]]"
  },
  "ort": {
    "strasse": "[[STR:Leipziger Straße]]",
    "hausnummer": "[[STR:127]]",
    "laengeMeter": 20,
    "seite": "gerade Hausnummern"
  },
  "zeitraum": {"von": "2026-03-28T07:00", "bis": "2026-03-28T17:00"},
  "fahrzeug": {
    "art": "Lkw bis 7,5 t",
    "kennzeichen": "[[KFZ:FD-UZ 318]]",
    "halter": "Umzüge & Transporte Fuldatal GmbH"
  },
  "umzugsfirma": {
    "name": "Möbeltransporte [[P:Gregor Braun]] e.K.",
    "registernummer": "[[HR:HRA 5712]]",
    "registergericht": "Amtsgericht Fulda",
    "telefon": "[[TEL:0661 2 50 88-0]]"
  },
  "gebuehr": {"betrag": 85.0, "grundlage": "GebOSt Nr. 264"},
  "hinweis": "Schilder mind. 72 Stunden vorher aufstellen (§ 45 StVO)",
  "zustimmungDatenschutz": true
}
""",
    [
        "Umzüge & Transporte Fuldatal GmbH",
        "Amtsgericht Fulda",
        "GebOSt Nr. 264",
        "72 Stunden vorher",
    ],
    allow=("Fulda",),
)

V["pass_f3"] = "FX7193055"

pii(
    "form_export",
    """
<?xml version="1.0" encoding="UTF-8"?>
<!-- Verlustmeldung Fundbüro Landeshauptstadt Potsdam, Export Fachverfahren FUNDUS 4.2 -->
<verlustmeldung nr="[[AZ:VM-2026-000871]]" eingang="2026-01-19T14:02:31+01:00">
  <melder>
    <name>[[P:Benedetta Moretti]]</name>
    <geburtsdatum>[[DOB:1997-07-02]]</geburtsdatum>
    <staatsangehoerigkeit>italienisch</staatsangehoerigkeit>
    <anschrift>
      <strasse>[[STR:Zeppelinstraße 151, App. 3.12]]</strasse>
      <plz>[[LOC:14471]]</plz>
      <ort>[[LOC:Potsdam]]</ort>
      <zusatz>Studentenwohnheim Potsdam-West, Studentenwerk Potsdam</zusatz>
    </anschrift>
    <heimatanschrift>[[STR:Via Cesare Battisti 23]], [[LOC:37122 Verona]], Italien</heimatanschrift>
    <telefon>[[TEL:+39 347 218 4409]]</telefon>
    <email>[[MAIL:b.moretti@studenti.univr.it]]</email>
  </melder>
  <verlust>
    <datum>2026-01-18</datum>
    <ort>Tram 91, Haltestelle Luisenplatz Süd/Park Sanssouci</ort>
    <gegenstand>Rucksack, dunkelgrün, Marke Fjällräven</gegenstand>
    <inhalt>Laptop, Collegeblock, italienischer Reisepass</inhalt>
    <dokument typ="reisepass" staat="ITA">[[PASS:«pass_f3»]]</dokument>
    <dokument typ="studierendenausweis">Universität Potsdam, Matrikelnummer [[AZ:812447]]</dokument>
  </verlust>
  <bearbeitung>
    <sachbearbeiter>[[P:Kevin Lehmann]]</sachbearbeiter>
    <telefon>[[TEL:0331 289-1790]]</telefon>
    <status>keine Übereinstimmung mit Fundsachen; Hinweis auf Verlustanzeige beim Konsulat</status>
  </bearbeitung>
</verlustmeldung>
""",
    [
        "Tram 91, Haltestelle Luisenplatz Süd/Park Sanssouci",
        "Studentenwerk Potsdam",
        "FUNDUS 4.2",
        "Universität Potsdam",
    ],
    allow=("Potsdam",),
)

pii(
    "form_export",
    """
Stadt Gütersloh – Fachbereich Jugend – Kita-Anmeldung (Little Bird) – Ausdruck Datensatz
==========================================================================================
Anmeldenummer ............................ [[AZ:GT-LB-2025-07731]]
Datum der Anmeldung ...................... 04.11.2025
Gewünschter Betreuungsbeginn ............. 01.08.2026
Betreuungsumfang ......................... 35 Stunden/Woche

Kind
  Name ................................... [[P:Sarpong]]
  Vorname ................................ [[P:Abena Grace]]
  Geburtsdatum ........................... [[DOB:Zweiundzwanzigster Mai 2024]] ([[DOB:22.05.2024]])
  Besonderheiten ......................... Erdnussallergie (ärztl. Attest folgt)

Erziehungsberechtigte/r 1
  Name, Vorname .......................... [[P:Sarpong, Kwame]]
  Anschrift .............................. [[STR:Carl-Bertelsmann-Straße 171]], [[LOC:33332 Gütersloh]]
  Telefon ................................ [[TEL:05241 – 2 38 77 40]]
  Berufstätig ............................ ja, Miele & Cie. KG, Schichtdienst

Erziehungsberechtigte/r 2
  Name, Vorname .......................... [[P:Sarpong-Mensah, Akosua]]
  Telefon mobil .......................... [[TEL:+49 (0) 1590 / 18 44 327]]
  E-Mail ................................. [[MAIL:akosua.sm@gmail.com]]
  Berufstätig ............................ ja, Klinikum Gütersloh gGmbH, Pflege

Geschwisterkind in Einrichtung ........... ja: [[P:Kofi Sarpong]], Kita Regenbogenland
Wunscheinrichtungen ...................... 1. Kita Regenbogenland, 2. Familienzentrum Blankenhagen
Elternbeitrag (Einkommensstufe) .......... Stufe 4 (über 61.355 bis 73.626 Euro)
Einverständnis Datenweitergabe Jugendamt . ja
""",
    [
        "Miele & Cie. KG",
        "Klinikum Gütersloh gGmbH",
        "Kita Regenbogenland",
        "Familienzentrum Blankenhagen",
        "über 61.355 bis 73.626 Euro",
    ],
)


# --- table ------------------------------------------------------------------------------------

pii(
    "table",
    """
Stadt Duisburg – Amt für Verkehrsordnungswidrigkeiten – Export offene Verfahren (Zahlungsfrist
abgelaufen), Stand 27.02.2026, Sachbearbeitung Team 3 ([[P:Marc Hülsmann]], [[TEL:0203 283-6412]])

Aktenzeichen;Kennzeichen;Name;Vorname;Geb.-Datum;Tatort;Tatbestand;Betrag EUR
[[AZ:OWI-26-003318]];[[KFZ:DU-AY 2207]];[[P:Yilmaz]];[[P:Ayhan]];[[DOB:22.07.1987]];Mülheimer Straße/Sternbuschweg;Geschw. +18 km/h;70,00
[[AZ:OWI-26-003402]];[[KFZ:DU-K 904]];[[P:Kowalski]];[[P:Piotr]];[[DOB:09.04.1975]];Düsseldorfer Landstraße 120;Rotlicht;90,00
[[AZ:OWI-26-003517]];[[KFZ:OB-SF 612]];[[P:Fuchs]];[[P:Stefanie]];[[DOB:16.12.1992]];Friedrich-Wilhelm-Straße;Parken Gehweg;55,00
[[AZ:OWI-26-003609]];[[KFZ:DU-MH 1303]];[[P:Haidari]];[[P:Mohammad Reza]];[[DOB:13.03.2000]];A 59 km 31,4;Geschw. +26 km/h;180,00
[[AZ:OWI-26-003611]];[[KFZ:WES-LB 88]];[[P:van den Berg]];[[P:Lotte]];[[DOB:02.02.1968]];Kaiser-Wilhelm-Straße;Handy am Steuer;100,00
[[AZ:OWI-26-003744]];[[KFZ:DU-RV 50]];Ruhr Vent Montage GmbH;—;—;Hafenstraße;Parken Busspur;55,00
[[AZ:OWI-26-003790]];[[KFZ:DU-EP 1958]];[[P:Papadakis]];[[P:Eleftheria]];[[DOB:1958]];Königstraße;Parken Behindertenparkplatz;55,00
[[AZ:OWI-26-003812]];[[KFZ:E-NK 3301]];[[P:Nikolić]];[[P:Nenad]];[[DOB:30.01.1983]];Wanheimer Straße;Geschw. +12 km/h;50,00
[[AZ:OWI-26-003905]];[[KFZ:DU-LW 77]];[[P:Winkler]];[[P:Lea]];[[DOB:27.10.2003]];Moerser Straße;Rotlicht >1 s;200,00

Hinweis: Firmen (Halterin juristische Person) werden nach § 25a StVG mit Kostenbescheid
behandelt; Vollstreckung der übrigen Verfahren über die Stadtkasse Duisburg, Sonnenwall 77-79.
""",
    ["Mülheimer Straße/Sternbuschweg", "A 59 km 31,4", "§ 25a StVG", "Sonnenwall 77-79"],
)

V["iban_t2"] = iban("PL", "10205297" + "0000440218837704")

pii(
    "table",
    "Stadt Hamm – Friedhofsverwaltung – Nutzungsrechte an Wahlgrabstätten, Ablauf 2026\n"
    "Bearbeitung: [[P:Ute Sprenger]], [[TEL:02381 17-4471]], Stand 08.01.2026\n"
    "Quelle: Fachverfahren Friedhof (TSV-Export), Friedhof = FH Ost, FH Süd, Waldfriedhof Pelkum\n"
    "\n"
    + tabbed(
        (
            "Grab-Nr.",
            "Friedhof",
            "Ablauf",
            "Nutzungsberechtigte/r",
            "Anschrift",
            "PLZ Ort",
            "Telefon",
        ),
        (
            "[[AZ:O-04-017]]",
            "FH Ost",
            "31.03.2026",
            "[[P:Bernhard Hülshoff]]",
            "[[STR:Ostenallee 61]]",
            "[[LOC:59063 Hamm]]",
            "[[TEL:02381 5 24 88]]",
        ),
        (
            "[[AZ:O-11-203]]",
            "FH Ost",
            "30.04.2026",
            "[[P:Elfriede Vogel]]",
            "[[STR:Werler Straße 288]]",
            "[[LOC:59065 Hamm]]",
            "—",
        ),
        (
            "[[AZ:S-02-044]]",
            "FH Süd",
            "31.05.2026",
            "[[P:Marek Zieliński]]",
            "[[STR:ul. Wrocławska 14/3]]",
            "[[LOC:45-837 Opole]]",
            "[[TEL:+48 604 219 388]]",
        ),
        (
            "[[AZ:S-07-112]]",
            "FH Süd",
            "30.06.2026",
            "Dr. h. c. [[P:Gisela Rose]]",
            "[[STR:Bockumer Weg 3]]",
            "[[LOC:59065 Hamm]]",
            "[[TEL:02381 4 01 22]]",
        ),
        (
            "[[AZ:P-01-009]]",
            "Waldfriedhof Pelkum",
            "31.07.2026",
            "[[P:Frieda Bauer]]",
            "[[STR:Kamener Straße 412]]",
            "[[LOC:59077 Hamm]]",
            "—",
        ),
        (
            "[[AZ:P-03-061]]",
            "Waldfriedhof Pelkum",
            "31.08.2026",
            "[[P:Kemal Öztürk]]",
            "[[STR:Lange Straße 90]]",
            "[[LOC:59067 Hamm]]",
            "[[TEL:0177 6 40 19 28]]",
        ),
        (
            "[[AZ:O-15-330]]",
            "FH Ost",
            "30.09.2026",
            "[[P:Heinz-Dieter Schmitz]]",
            "[[STR:Am Eichhof 7]]",
            "[[LOC:59071 Hamm]]",
            "[[TEL:02381 88 02 61]]",
        ),
        (
            "[[AZ:S-09-015]]",
            "FH Süd",
            "31.10.2026",
            "[[P:Violeta Ivanova]]",
            "[[STR:Caldenhofer Weg 55]]",
            "[[LOC:59063 Hamm]]",
            "—",
        ),
    )
    + "\n\nZahlung [[P:Zieliński]] 2021 aus Polen, IBAN [[IBAN:«iban_t2»]]; Erinnerung zweisprachig.\n"
    "Anschreiben nach § 17 Friedhofssatzung spätestens drei Monate vor Ablauf; Verlängerung\n"
    "nur für die ganze Grabstätte; Gebühr Wahlgrab 74,00 Euro je Jahr und Stelle.\n",
    ["Waldfriedhof Pelkum", "§ 17 Friedhofssatzung", "74,00 Euro je Jahr und Stelle", "FH Süd"],
)

APPLICANT_WIDTHS = (13, 24, 10, 26, 22, 14)

pii(
    "table",
    "Stadt Kaiserslautern – Referat Personal – Auswahlverfahren 2026-09 „Sachbearbeitung "
    'Ausländerbehörde (EG 9b)"\n'
    "Bewerberübersicht für die Auswahlkommission (vertraulich), Stand 16.02.2026\n"
    "Personalreferat: [[P:Nadine Schwarz]], [[TEL:0631 365-2219]], [[MAIL:nadine.schwarz@kaiserslautern.de]]\n"
    "\n"
    + pipes(
        APPLICANT_WIDTHS,
        ("Bewerber-Nr.", "Name", "Jg.", "Wohnort", "Telefon", "Ergebnis Vorauswahl"),
    )
    + "\n"
    + rule(APPLICANT_WIDTHS)
    + "\n"
    + pipes(
        APPLICANT_WIDTHS,
        (
            "[[AZ:09-001]]",
            "[[P:Ernst Wagner]]",
            "[[DOB:1966]]",
            "[[LOC:Otterberg]]",
            "[[TEL:06301 7 19 03]]",
            "einladen",
        ),
        (
            "[[AZ:09-002]]",
            "[[P:Aferdita Krasniqi]]",
            "[[DOB:1994]]",
            "[[LOC:Kaiserslautern]]",
            "[[TEL:0176 20 48 19 77]]",
            "einladen",
        ),
        (
            "[[AZ:09-003]]",
            "[[P:Jannik Fuchs]]",
            "[[DOB:2001]]",
            "[[LOC:Landstuhl]]",
            "[[TEL:06371 4 77 20]]",
            "Absage (Qual.)",
        ),
        (
            "[[AZ:09-004]]",
            "[[P:Reza Mousavi]]",
            "[[DOB:1989]]",
            "[[LOC:Kaiserslautern-Erfenbach]]",
            "[[TEL:0152 33 09 81 46]]",
            "einladen",
        ),
        (
            "[[AZ:09-005]]",
            "[[P:Svetlana Morozova]]",
            "[[DOB:1979]]",
            "[[LOC:Ramstein-Miesenbach]]",
            "[[TEL:06371 59 80 12]]",
            "Reserve",
        ),
        (
            "[[AZ:09-006]]",
            "[[P:Lukas von Alvensleben]]",
            "[[DOB:1998]]",
            "[[LOC:Mainz]]",
            "[[TEL:06131 22 47 90]]",
            "einladen",
        ),
        (
            "[[AZ:09-007]]",
            "[[P:Chiara Esposito]]",
            "[[DOB:1996]]",
            "[[LOC:Enkenbach-Alsenborn]]",
            "[[TEL:06303 8 12 44]]",
            "Absage (Frist)",
        ),
        (
            "[[AZ:09-008]]",
            "[[P:Mamadou Diallo]]",
            "[[DOB:1991]]",
            "[[LOC:Kaiserslautern]]",
            "[[TEL:0157 81 30 26 55]]",
            "einladen (SB)",
        ),
    )
    + "\n\nGespräche am 03. und 04.03.2026 im Rathaus, Willy-Brandt-Platz 1, 7. OG, Raum 708.\n"
    "SB = schwerbehindert, Beteiligung der Schwerbehindertenvertretung nach § 178 Abs. 2 SGB IX.\n",
    ["Willy-Brandt-Platz 1", "EG 9b", "§ 178 Abs. 2 SGB IX", "Raum 708"],
    allow=("Kaiserslautern",),
)

pii(
    "table",
    """
Rhein-Kreis Neuss – Gesundheitsamt – Kinder- und Jugendärztlicher Dienst
Schuleingangsuntersuchungen, Standort Neuss, Oberstraße 91 – Terminliste KW 10/2026
Ärztin: Dr. [[P:Anna Lenz]] · Assistenz: [[P:Jacqueline Moll]] · Rückfragen [[TEL:02131 928-5307]]

Termin;Kind;Geburtsdatum;Sorgeberechtigte;Straße;PLZ;Ort;Schule;Bemerkung
02.03. 08:30;[[P:Hoffmann, Paula]];[[DOB:17.09.2019]];[[P:Hoffmann, Kerstin]];[[STR:Further Straße 19]];[[LOC:41462]];[[LOC:Neuss]];GGS Weißenberg;
02.03. 09:00;[[P:Al-Masri, Yousef]];[[DOB:04.01.2020]];[[P:Al-Masri, Rania]];[[STR:Bergheimer Str. 233]];[[LOC:41464]];[[LOC:Neuss]];KGS Gnadental;Dolmetscher Arabisch
02.03. 09:30;[[P:Becker, Finn]];[[DOB:30.06.2020]];[[P:Becker, Jörg]];[[STR:Am Südpark 4]];[[LOC:41466]];[[LOC:Neuss]];GGS Südstadt;Sehtest wdh.
02.03. 10:00;[[P:Nowak, Zofia]];[[DOB:12.02.2020]];[[P:Nowak, Beata]];[[STR:Kölner Straße 140]];[[LOC:41464]];[[LOC:Neuss]];KGS Gnadental;
02.03. 10:30;[[P:Weiß, Ella]];[[DOB:08.11.2019]];[[P:Weiß, Daniel]];[[STR:Gladbacher Str. 77]];[[LOC:41462]];[[LOC:Neuss]];GGS Weißenberg;Rückstellung?
03.03. 08:30;[[P:Nguyen, Bao]];[[DOB:21.03.2020]];[[P:Nguyen, Thi Hoa]];[[STR:Marienkirchplatz 8]];[[LOC:41460]];[[LOC:Neuss]];GGS Innenstadt;
03.03. 09:00;[[P:Omerović, Lejla]];[[DOB:19.05.2020]];[[P:Omerović, Edin]];[[STR:Jülicher Landstr. 52]];[[LOC:41464]];[[LOC:Neuss]];KGS Gnadental;Masernnachweis fehlt
03.03. 09:30;[[P:Schneider, Mats]];[[DOB:01.08.2020]];[[P:Schneider, Ines]];[[STR:Hauptstraße 31]];[[LOC:41470]];[[LOC:Neuss-Holzheim]];GGS Holzheim;
03.03. 10:00;[[P:Adjei, Kwabena]];[[DOB:14.07.2020]];[[P:Adjei, Efua]];[[STR:Rheydter Straße 12]];[[LOC:41464]];[[LOC:Neuss]];GGS Südstadt;Hörtest

Bitte Impfpass, U-Heft und Brille mitbringen; Untersuchung nach § 54 Abs. 2 SchulG NRW.
""",
    ["Oberstraße 91", "GGS Weißenberg", "KGS Gnadental", "§ 54 Abs. 2 SchulG NRW"],
    allow=("Neuss",),
)


# --- ocr_scan ---------------------------------------------------------------------------------

pii(
    "ocr_scan",
    """
[Scan 2026-02-24_0917.pdf, Seite 1 von 2, OCR-Text, Konfidenz 71 %]

Stadt Essen - Bußgeldstelle - 45121 Essen
ZEUGENFRAGEBOGEN  (zurück innerhalb 1 Woche)
Aktenzeichen: [[AZ:O2.2O26.113874.5]]      Kennzeichen: [[KFZ:E-SR 4O5]]

Angaben zum Zeugen (Halter)
Name  [[P:SCHRNIDT]]          Vorname  [[P:Ste fan]]
geb. am  [[DOB:O3.O7.1969]]        in  [[LOC:Ge1senkirchen]]
Anschrift  [[STR:Rüttenscheider Stra8e 2l9]]    [[LOC:4513O Essen]]
Tel. (freiw.)  [[TEL:O2Ol / 7l 22 9O 4]]

Ich habe das Fahrzeug zur Tatzeit
[ ] selbst gefahren      [x] nicht selbst gefahren

Das Fahrzeug wurde gefuhrt von (Name, Vorname, Anschrift, Geburtsdatum):
[[P:Schrnidt - Özdemir , Selin]] ( meine Ehefrau ) ,
wohnh. wie oben ,   geb. [[DOB:l9 .ll. l974]]

Bemerkungen:  Meine Frau fahrt das Auto fast im rner,
ich bin rnit dern Rad zur Arbeit (Uni-k1inikum).
Das Foto ist undeut1ich, bitte Foto schicken an
[[MAIL:stefan.schmidt69@gmx. de]]

Ort , Datum  Essen , 2l.O2.2O26        Unterschrift  [[P:S. Schrnidt]]

--- Seite 2 ---
[Stempel: Eingang 23. Feb. 2026 · Stadt Essen · Amt 32]
Bearb.-Vermerk: Fahrerin benannt; Anhörung an Frau [[P:Schmidt-Özdemir]] ([[DOB:19.11.1974]]) neu
schreiben, Tatvorwurf unverändert (Geschw. +21 km/h, Alfredstraße stadtauswärts, 115,00 EUR).
Gleiche Anschrift [[STR:Rüttenscheider Straße 219]], [[LOC:45130 Essen]]. - Ti
""",
    ["Uni-k1inikum", "Alfredstraße stadtauswärts", "115,00 EUR", "Amt 32"],
)

pii(
    "ocr_scan",
    """
[OCR · Posteingang Ordnungsamt Hansestadt Stralsund · handschriftlich · Qualität: mittel]

An das 0rdnungsamt Stralsund
Betr.: Beschwerde wegen Lärrn / Hund be11t den ganzen Tag

Sehr geehrte Darnen und Herren ,

ich wohne seit 1987 in der [[STR:Frankenstraße 4l]] ([[LOC:Altstadt]]) im Erdgeschoss. Im
Nachbarhaus, [[STR:Frankenstra ße 43]], wohnt seit Sommer ein Herr [[P:Voge1]] ( Vorname
glaube ich [[P:Dennis]] ) mit einem groBen Hund. Der Hund ist tagsuber allein und bellt
von 7 bis 17 Uhr fast ohne Pause. Ich bin 83 Jahre und herzkrank und kann nicht
schlafen rnittags.

Ich habe rnit Herrn [[P:Voge1]] gesprochen , er sagt, der Hund ist ein Welpe und
das gibt sich. Aber das ist jetzt schon 5 Monate so. Die anderen Nachbarn, Familie
[[P:Grünberg]] ( Haus 45 ) , horen es auch.

Bitte kornrnen Sie rnal vorbei.

Hochachtungsvoll

[[P:Ingeborg Ha rtmann]]
[[STR:Frankenstr. 4l]] , [[LOC:l8439 Stralsund]]
Te1. [[TEL:O383l / 29 O4 76]]
geb . [[DOB:2 8. O6 . l94 2]]

[Randvermerk, maschinell:] Eingang 12.09.2025, weitergeleitet an Abt. Sicherheit und Ordnung,
SB [[P:Kröger]] ([[TEL:03831 252-371]]); Hinweis an Beschwerdeführerin: Lärmschutzverordnung
M-V, § 3 Tierhaltung. Hundesteuer für Halter [[P:Vogel]] prüfen, Marke vorhanden?
Ortstermin 19.09., 11 Uhr.
""",
    [
        "Hansestadt Stralsund",
        "Abt. Sicherheit und Ordnung",
        "§ 3 Tierhaltung",
        "Ortstermin 19.09., 11 Uhr",
    ],
)

V["iban_o3"] = iban("DE", "18050000" + "3602118840")

pii(
    "ocr_scan",
    """
[Scan · Wohngeldstelle Stadt Cottbus/Chóśebuz · Anlage zum Antrag [[AZ:WG 2O26-OO791]] · OCR]

MIETBESCHEINIGUNG  (vom Vermieter auszufullen)

1. Vermieter
Name / Firma: [[P:Rüdiger Baumann]]    (privat)
Anschrift: [[STR:Karl-Liebknecht-Str. l2O]], [[LOC:O3O46 Cottbus]]
Telefon: [[TEL:O355 / 47 l9 32]]     E-Mail: [[MAIL:r.baumann-cb@t-on1ine.de]]

2. Mieter
Name: [[P:Trofimova]]        Vorname: [[P:Jelena]]
Wohnung: [[STR:Sandower Straße 5l , 2 . OG rechts]] ,   [[LOC:O3O46 Cottbus]]
Mietbeginn: Ol.O4.2O22       Anzahl Personen: 2

3. Miete (monatlich)
Grundmiete ....................  38O,OO EUR
Betriebskosten (kalt) .........  lO5,OO EUR
Heizung / Warmwasser ..........   82,OO EUR
Garage / Stellplatz ...........    —
Gesamt ........................  567,OO EUR

4. Wohnfläche:  5l,4 qm       Baujahr: l9O8 / saniert 2Ol3
   Heizung: Zentralheizung (Gas)

5. Bankverbindung fur Mietzahlung (nur wenn Wohngeld direkt an Vermieter):
   IBAN: [[IBAN:«iban_o3»]]
   Kontoinhaber: [[P:R. Baumann]]

Ich bestatige die Richtigkeit der Angaben. Mir ist bekannt, dass falsche Angaben nach
§ 37 WoGG eine Ordnungswidrigkeit sein konnen.

Cottbus , 29.O1.2O26          Unterschrift Vermieter:  [[P:R. Baurnann]]

[handschriftlich am Rand:] Untermieterin seit 2O25: Tochter [[P:Darja]] ([[DOB:2OO7]])
""",
    ["Stadt Cottbus/Chóśebuz", "§ 37 WoGG", "567,OO EUR", "Zentralheizung (Gas)"],
)


# --- lawyer_letter ----------------------------------------------------------------------------

pii(
    "lawyer_letter",
    """
Rechtsanwältin Dr. [[P:Nesrin Aydın]]
Fachanwältin für Migrationsrecht
[[STR:Venloer Straße 19]] · [[LOC:50672 Köln]]
Tel. [[TEL:0221 / 93 47 18 20]] · Fax [[TEL:0221 / 93 47 18 29]] · [[MAIL:kanzlei@ra-aydin.de]]

Stadt Köln
Ausländeramt
Dillenburger Straße 56–66
51105 Köln

Vorab per Fax: 0221 221-32021

Köln, 5. März 2026

Mein Zeichen: [[AZ:26/0081-NA]]
Ihr Zeichen: [[AZ:32/AB-2025-88104]]
Mandant: Herr [[P:Bilal Rahimi]], geb. [[DOB:18.04.1996]], afghanischer Staatsangehöriger

Antrag auf Erteilung einer Aufenthaltserlaubnis nach § 25b AufenthG
hier: Stellungnahme zur Anhörung vom 16.02.2026

Sehr geehrte Damen und Herren,

unter Vorlage einer auf mich lautenden Vollmacht zeige ich die Vertretung von Herrn [[P:Rahimi]]
an. Mein Mandant lebt seit Januar 2017 ununterbrochen im Bundesgebiet, seit 2020 in
[[LOC:Köln-Kalk]], [[STR:Kalk-Mülheimer Straße 204]], [[LOC:51103 Köln]]. Er arbeitet seit drei
Jahren unbefristet als Lagerist bei der Rheinland Food Logistics GmbH und sichert seinen
Lebensunterhalt vollständig.

Soweit Sie in der Anhörung auf Zweifel an seiner Identität abstellen, weise ich darauf hin, dass
mein Mandant inzwischen einen afghanischen Reisepass vorgelegt hat (Nr. [[PASS:P02281197]],
ausgestellt am 03.12.2025 durch das Generalkonsulat in Bonn). Der frühere Duldungsbescheid
enthielt eine fehlerhafte Schreibweise ([[P:Belal Rahemi]]); beide Schreibweisen betreffen
dieselbe Person.

Die Voraussetzungen des § 25b Abs. 1 AufenthG liegen vor: Aufenthaltsdauer, Sprachniveau A2
(Zertifikat der VHS Köln vom 12.05.2024), Bekenntnis zur freiheitlichen demokratischen
Grundordnung. Sein Bruder, Herr [[P:Jawad Rahimi]], wohnhaft in [[LOC:Bergisch Gladbach]],
besitzt bereits eine Niederlassungserlaubnis.

Ich beantrage, die Aufenthaltserlaubnis zu erteilen, und bitte um Akteneinsicht nach § 29 VwVfG
durch Übersendung in meine Kanzlei.

Mit freundlichen Grüßen
Dr. [[P:Aydın]]
Rechtsanwältin
""",
    [
        "Dillenburger Straße 56–66",
        "0221 221-32021",
        "§ 25b Abs. 1 AufenthG",
        "Rheinland Food Logistics GmbH",
        "VHS Köln",
    ],
)

pii(
    "lawyer_letter",
    """
Hoffmann · Kurz · Çakır Rechtsanwälte PartG mbB
Verkehrsrecht · Versicherungsrecht · Arbeitsrecht
Niederlassung Regensburg: Maximilianstraße 22 · 93047 Regensburg
Telefon 0941 59 98 00-0 · Telefax 0941 59 98 00-99 · regensburg@hkc-recht.de

Stadt Regensburg
Amt für öffentliche Ordnung und Straßenverkehr – Zentrale Bußgeldstelle
D.-Martin-Luther-Straße 1
93047 Regensburg

Regensburg, 11.02.2026

Unser Zeichen: [[AZ:VR 0217/26 JH]]
Bearbeiter: Rechtsanwalt [[P:Jan Hoffmann]], Durchwahl [[TEL:0941 59 98 00-14]]

Bußgeldverfahren gegen Herrn [[P:Luis Fernández García]], Az. [[AZ:5.12-OWi-26-000418]]
Kennzeichen [[KFZ:R-LF 2204]]

Sehr geehrte Damen und Herren,

in vorbezeichneter Angelegenheit zeigen wir unter Vollmachtsvorlage die Verteidigung des
Betroffenen an. Wir beantragen Akteneinsicht einschließlich der Messdatei, der
Lebensakte des Messgeräts (PoliScan FM1, Messstelle B 16, Höhe Pfaffensteiner Tunnel), des
Eichscheins und der Schulungsnachweise des Messbeamten.

Zu den Personalien: Unser Mandant heißt [[P:Luis Fernández García]], ist am [[DOB:22. April 1985]] in
[[LOC:Salamanca]] geboren und wohnt in der [[STR:Prüfeninger Straße 71]], [[LOC:93049 Regensburg]].
Im Anhörungsbogen ist irrtümlich [[P:Luis García Fernández]] eingetragen. Weitere Angaben macht
unser Mandant nicht.

Bis zur Gewährung der Akteneinsicht bitten wir, von weiteren Maßnahmen abzusehen. Zustellungen
bitten wir ausschließlich an unsere Kanzlei zu richten (§ 51 Abs. 3 OWiG).

Mit freundlichen Grüßen

[[P:Hoffmann]]
Rechtsanwalt
""",
    [
        "D.-Martin-Luther-Straße 1",
        "0941 59 98 00-0",
        "Pfaffensteiner Tunnel",
        "§ 51 Abs. 3 OWiG",
        "regensburg@hkc-recht.de",
    ],
    allow=("Hoffmann",),
)

# --- minutes ----------------------------------------------------------------------------------

pii(
    "minutes",
    """
Stadt Oberhausen
Niederschrift über die 9. Sitzung des Ausschusses für Anregungen und Beschwerden
am 24. November 2025, Rathaus Oberhausen, Ratssaal – öffentlicher und nichtöffentlicher Teil

Beginn: 16:00 Uhr        Ende: 17:45 Uhr
Vorsitz: Ausschussvorsitzender (SPD)
Schriftführung: [[P:Melanie Terhorst]], Bereich Ratsangelegenheiten, [[TEL:0208 825-2418]]

TOP 1  Anregung nach § 24 GO NRW – Tempo 30 vor der Grundschule Alstaden (Drucksache B/17/5231)
Die Petentin, Frau [[P:Ewa Grabowska]], [[STR:Kewerstraße 12]], [[LOC:46049 Oberhausen]], erläutert
ihr Anliegen. 212 Eltern haben unterschrieben. Die Verwaltung (Bereich Verkehrsplanung, Herr
[[P:Olaf Dittmann]]) berichtet, dass eine Tempo-30-Strecke nach § 45 Abs. 9 StVO möglich ist.
Beschluss: Der Ausschuss empfiehlt der Bezirksvertretung Alt-Oberhausen die Anordnung.
Abstimmung: einstimmig.

TOP 2  Beschwerde über die Ablehnung einer Baumfällung (Drucksache B/17/5240)
Der Petent, Herr [[P:Jürgen Koch]] aus [[LOC:Oberhausen-Sterkrade]], ist nicht erschienen. Er hat
schriftlich mitgeteilt, dass er an seiner Beschwerde festhält. Die Verwaltung verweist auf die
Baumschutzsatzung der Stadt Oberhausen und das Gutachten des Bereichs Umwelt.
Beschluss: Der Ausschuss sieht keinen Anlass zur Abhilfe (Ja 11, Nein 2, Enthaltungen 1).

TOP 3 (nichtöffentlich)  Beschwerde über die Kita-Beitragsfestsetzung
Beschwerdeführer: Eheleute [[P:Arta]] und [[P:Driton Hoxha]], [[STR:Mellinghofer Straße 301]],
[[LOC:46047 Oberhausen]], Beitragskonto [[AZ:KB-46-2024-11873]]. Beanstandet wird die Einstufung
in die Einkommensstufe 5. Herr [[P:Hoxha]] trägt vor, dass das Einkommen aus seiner Tätigkeit als
selbstständiger Koch (Imbiss „Ada Grill", Inhaber [[P:Driton Hoxha]]) schwankt.
Beschluss: Überweisung an die Verwaltung zur Neuberechnung anhand der Steuerbescheide 2024.

gez. Vorsitzender                            gez. [[P:Terhorst]]
""",
    [
        "Drucksache B/17/5231",
        "Grundschule Alstaden",
        "§ 45 Abs. 9 StVO",
        "Bezirksvertretung Alt-Oberhausen",
    ],
    allow=("Koch",),
)

# --- complaint_portal -------------------------------------------------------------------------

pii(
    "complaint_portal",
    """
Mängelmelder Mülheim an der Ruhr – Ticket [[AZ:#MM-2026-03318]]
Kategorie: Lärm > Gewerbe / Gaststätten      Status: in Bearbeitung
Erstellt: 21.02.2026 23:41 über App (Android), IP [[IP:178.201.44.93]]
Ort der Meldung: Leineweberstraße 15 (Innenstadt), Koordinaten 51.4277, 6.8826
Zuständig: Ordnungsamt, Team Gewerbeüberwachung

Meldung von: [[P:Gerda Schumacher]] (öffentlich angezeigt als „[[P:Gerda S.]]")
E-Mail: [[MAIL:gerda.schumacher@web.de]]
Telefon (nicht öffentlich): [[TEL:0208 / 3 87 42 61]]
Wohnanschrift (nicht öffentlich): [[STR:Leineweberstraße 17]], [[LOC:45468 Mülheim an der Ruhr]]

Text:
„Die Shisha-Bar im Nachbarhaus hat wieder bis nach 1 Uhr die Tür offen und Musik laut. Auf
der Straße stehen Gäste und grölen, Autos mit laufendem Motor, heute ein schwarzer BMW mit
Kennzeichen [[KFZ:MH-DK 777]] mit offenem Fenster und Bass. Der Besitzer heißt glaube ich
[[P:Dardan]], der weiß Bescheid, tut aber nix. Ich bin 78 und kann nicht schlafen."

Verlauf:
22.02.2026 09:12  [[P:Philipp Dreier]] (Gewerbeüberwachung, [[TEL:0208 455-3217]]): Ticket übernommen.
  Betreiber laut Gewerberegister: [[P:Dardan Mustafa]], Einzelunternehmen „Lounge 45", Gewerbe-
  Nr. [[AZ:GEW-2023-01447]]. Sperrzeit nach § 18 GastG i. V. m. § 6 Sperrzeitverordnung beachten.
22.02.2026 09:20  [[P:Philipp Dreier]]: Halterabfrage [[KFZ:MH-DK 777]]: [[P:Kevin Dreßler]], [[LOC:Oberhausen]];
  Weitergabe an Polizei (Verkehrslärm), Vorgang [[AZ:PP-ESS-26-118730]].
23.02.2026 14:05  System: Meldung an Frau [[P:Schumacher]] öffentlich beantwortet („Wir kümmern
  uns"), Ticket bleibt offen bis Kontrolle am Wochenende.
""",
    [
        "Leineweberstraße 15 (Innenstadt)",
        "Team Gewerbeüberwachung",
        "§ 18 GastG",
        "§ 6 Sperrzeitverordnung",
    ],
)

# --- invoice ----------------------------------------------------------------------------------

V["iban_i1"] = iban("DE", "53350000" + "0002917731")

pii(
    "invoice",
    """
Malermeister [[P:Andreas Sommer]] e.K.
Maler- und Lackierarbeiten · Fassaden · Bodenbeläge
[[STR:Weidenhäuser Straße 88]] · [[LOC:35039 Marburg]]
Tel. [[TEL:06421 / 16 88 23]] · Mobil [[TEL:0170 4 45 21 90]] · [[MAIL:info@maler-sommer-marburg.de]]
Amtsgericht Marburg [[HR:HRA 3318]] · Steuernummer [[TAX:031/822/40517]]

Universitätsstadt Marburg
Fachdienst Kinderbetreuung – Gebäudemanagement
Barfüßerstraße 50
35037 Marburg

Rechnung Nr. R-2026-031                         Datum: 06.03.2026
Ihre Bestellung: BANF 4500187733 vom 12.01.2026
Objekt: Kita Marbach, Emil-von-Behring-Straße 16, Gruppenräume 1 und 2

Pos.  Leistung                                             Menge     EP EUR    GP EUR
1     Abdecken, Wände spachteln, schleifen                  86 m²      7,40    636,40
2     Anstrich Wände, emissionsarm, 2-fach                  86 m²      9,80    842,80
3     Heizkörper lackieren                                   6 St.    48,00    288,00
4     Türzargen lackieren                                    3 St.    62,00    186,00
                                                         Nettobetrag         1.953,20
                                                       USt. 19 %             371,11
                                                       Rechnungsbetrag      2.324,31

Ausgeführt vom 16.02. bis 20.02.2026 (Winterferien). Ansprechpartner vor Ort war Herr
[[P:Bernd Lahmann]] (Hausmeister, [[TEL:06421 201-1588]]).

Zahlbar innerhalb von 30 Tagen ohne Abzug auf mein Konto bei der Sparkasse Marburg-Biedenkopf:
IBAN [[IBAN:«iban_i1»]], Kontoinhaber [[P:Andreas Sommer]].

Mit freundlichen Grüßen
[[P:Andreas Sommer]]
Malermeister
""",
    [
        "Barfüßerstraße 50",
        "BANF 4500187733",
        "Emil-von-Behring-Straße 16",
        "2.324,31",
        "Sparkasse Marburg-Biedenkopf",
    ],
)

V["iban_i2"] = iban("DE", "76300500" + "0001441805")
V["tax_i2"] = steuer_id("5720194835", "blocks")

pii(
    "invoice",
    """
[[P:Rana Khalil]]
Öffentlich bestellte und allgemein beeidigte Übersetzerin für Arabisch und Englisch
(Landgericht Nürnberg-Fürth)
[[STR:Hauptstraße 37]] · [[LOC:91054 Erlangen]]
Telefon [[TEL:09131 / 97 12 446]] · [[MAIL:r.khalil@uebersetzung-khalil.de]]
USt-IdNr.: entfällt (Kleinunternehmerin) · Steuer-ID [[TAX:«tax_i2»]]

Stadt Erlangen
Ausländerbehörde – Einbürgerung
Schuhstraße 40
91052 Erlangen

Rechnung Nr. 2026/0117                         Erlangen, 20. Februar 2026
Ihr Auftrag vom 3. Februar 2026, Ihr Zeichen [[AZ:33-EB-2025-1407]]
Betreff: Übersetzung von Personenstandsurkunden für Herrn [[P:Omar Al-Hassan]] und Frau
[[P:Lina Al-Hassan]]

Sehr geehrte Frau [[P:Pöhlmann]],

für die beglaubigten Übersetzungen aus dem Arabischen berechne ich nach § 11 JVEG:

1. Geburtsurkunde [[P:Omar Al-Hassan]] (geb. [[DOB:06.09.1988]] in [[LOC:Aleppo]]), 1.120 Anschläge
2. Geburtsurkunde [[P:Lina Al-Hassan]], geb. [[P:Haddad]] (geb. [[DOB:30.12.1991]] in [[LOC:Homs]]), 1.090 Anschläge
3. Heiratsurkunde (Eheschließung 2014 in [[LOC:Damaskus]]), 1.480 Anschläge

Summe 3.690 Anschläge = 67 Normzeilen zu 1,80 Euro (erhöhtes Honorar,
schwer lesbare Vorlage)                                               120,60 Euro
Beglaubigung, 3 × 5,00 Euro                                            15,00 Euro
Porto                                                                   2,60 Euro
Gesamtbetrag                                                          138,20 Euro

Gemäß § 19 UStG wird keine Umsatzsteuer berechnet. Bitte überweisen Sie den Betrag auf mein Konto
IBAN [[IBAN:«iban_i2»]] (Stadt- und Kreissparkasse Erlangen Höchstadt Herzogenaurach).

Mit freundlichen Grüßen
[[P:Rana Khalil]]
""",
    ["Schuhstraße 40", "§ 11 JVEG", "Landgericht Nürnberg-Fürth", "138,20 Euro", "1,80 Euro"],
)


# =============================================================================================
# PII-free documents
# =============================================================================================

# --- clean_service_description ----------------------------------------------------------------

clean(
    "clean_service_description",
    """
Stadt Essen – Dienstleistungen A–Z

Wohngeld (Mietzuschuss und Lastenzuschuss) beantragen

Leistungsbeschreibung
Wohngeld ist ein Zuschuss zu den Wohnkosten für Haushalte mit geringem Einkommen. Mieterinnen und
Mieter erhalten einen Mietzuschuss, Eigentümerinnen und Eigentümer selbst genutzten Wohnraums
einen Lastenzuschuss. Grundlage ist das Wohngeldgesetz (WoGG) in der Fassung der
Wohngeld-Plus-Reform. Wer Bürgergeld, Grundsicherung oder Leistungen nach dem
Asylbewerberleistungsgesetz erhält, hat keinen Anspruch, weil die Unterkunftskosten dort bereits
berücksichtigt werden (§ 7 WoGG).

Zuständige Stelle
Amt für Soziales und Wohnen, Abteilung Wohngeld
Rathaus Essen, Porscheplatz 1, 45127 Essen, Eingang Ost, 3. Etage
Servicetelefon: 0201 88-50500 (Mo–Do 8–15 Uhr, Fr 8–12 Uhr)
E-Mail: wohngeld@essen.de

Unterlagen
– vollständig ausgefüllter Antrag (online über das Serviceportal oder in Papierform),
– Mietbescheinigung oder Mietvertrag mit aktueller Mieterhöhung,
– Einkommensnachweise aller Haushaltsmitglieder der letzten zwölf Monate,
– bei Selbstständigen der letzte Steuerbescheid,
– Nachweise über Kindergeld, Unterhalt und Renten.

Bearbeitungsdauer und Bewilligung
Die Bearbeitung dauert derzeit etwa acht bis zehn Wochen. Wohngeld wird in der Regel für zwölf
Monate bewilligt und ab dem Monat der Antragstellung gezahlt. Ein Weiterleistungsantrag sollte
zwei Monate vor Ablauf gestellt werden.

Kosten
Die Antragstellung ist gebührenfrei.

Rechtsgrundlagen
Wohngeldgesetz (WoGG), Wohngeldverordnung (WoGV), Sozialgesetzbuch Erstes und Zehntes Buch.
""",
    [
        "Porscheplatz 1, 45127 Essen",
        "0201 88-50500",
        "wohngeld@essen.de",
        "§ 7 WoGG",
        "Wohngeldverordnung (WoGV)",
    ],
)

clean(
    "clean_service_description",
    """
Stadt Köln – Amt für Straßen und Radwegebau / Straßenverkehrsbehörde

Halteverbotszone für Umzüge und Anlieferungen einrichten

Was ist das?
Für einen Umzug, eine Möbellieferung oder das Aufstellen eines Containers können Sie eine
vorübergehende Halteverbotszone einrichten lassen. Die Straßenverkehrsbehörde ordnet die Zone nach
§ 45 Absatz 1 StVO an; die Beschilderung (Zeichen 283 mit Zusatzzeichen) stellt ein beauftragtes
Unternehmen oder die Antragstellerin bzw. der Antragsteller selbst auf.

Fristen
Der Antrag muss spätestens zehn Werktage vor dem Termin vorliegen. Die Schilder müssen mindestens
72 Stunden vor Beginn stehen, weil Fahrzeuge, die vorher ordnungsgemäß geparkt wurden, erst nach
Ablauf dieser Frist kostenpflichtig abgeschleppt werden dürfen.

Umfang
Üblich sind 15 bis 20 Meter Länge für einen Lkw bis 7,5 t. Auf Radwegen, in Fußgängerzonen und
Feuerwehrzufahrten wird keine Halteverbotszone eingerichtet. In Bereichen mit Bewohnerparken
(zum Beispiel in Ehrenfeld, Nippes oder der Südstadt) werden betroffene Anwohnende durch Aushang
informiert.

Gebühren
Die Verwaltungsgebühr beträgt nach Nr. 264 der Gebührenordnung für Maßnahmen im
Straßenverkehr (GebOSt) zwischen 10,20 und 767,00 Euro; für einen einfachen Umzug berechnet die
Stadt Köln derzeit 61,50 Euro. Hinzu kommen die Kosten des Schilderverleihs.

Kontakt
Stadthaus Deutz, Willy-Brandt-Platz 2, 50679 Köln
Online-Antrag über das Serviceportal, Rückfragen unter 0221 221-0 oder
halteverbot@stadt-koeln.de. Persönliche Vorsprachen nur nach Terminvereinbarung.
""",
    [
        "§ 45 Absatz 1 StVO",
        "Zeichen 283",
        "61,50 Euro",
        "Willy-Brandt-Platz 2, 50679 Köln",
        "halteverbot@stadt-koeln.de",
    ],
)

# --- clean_fee_schedule -----------------------------------------------------------------------

clean(
    "clean_fee_schedule",
    "Stadt Aachen – Gebührenordnung für die städtischen Friedhöfe (Auszug)\n"
    "Beschluss des Rates vom 10.12.2025, in Kraft ab 01.01.2026, Vorlage FB 36/0412/WP18\n"
    "\n"
    + pipes(
        (6, 52, 12),
        ("Nr.", "Leistung", "Euro"),
    )
    + "\n"
    + rule((6, 52, 12))
    + "\n"
    + pipes(
        (6, 52, 12),
        ("1.1", "Reihengrab Erwachsene, Ruhezeit 20 Jahre", "1.310,00"),
        ("1.2", "Reihengrab Kinder bis 5 Jahre, Ruhezeit 15 Jahre", "420,00"),
        ("2.1", "Wahlgrab, Nutzungsrecht 25 Jahre, je Grabstelle", "1.980,00"),
        ("2.2", "Verlängerung Wahlgrab, je Jahr und Grabstelle", "79,20"),
        ("3.1", "Urnenreihengrab, Ruhezeit 20 Jahre", "890,00"),
        ("3.2", "Urnenwahlgrab, 25 Jahre, bis 4 Urnen", "1.540,00"),
        ("3.3", "Baumgrab im Waldfriedhof, 25 Jahre", "1.150,00"),
        ("4.1", "Benutzung der Trauerhalle Westfriedhof, je Feier", "265,00"),
        ("4.2", "Benutzung der Kühlzelle, je angefangenen Tag", "31,00"),
        ("5.1", "Ausheben und Schließen des Grabes, Erdbestattung", "690,00"),
        ("5.2", "Beisetzung einer Urne", "210,00"),
        ("6.1", "Genehmigung eines Grabmals", "95,00"),
        ("6.2", "Umschreibung eines Nutzungsrechts", "45,00"),
    )
    + "\n\nDie Gebühren werden nach § 4 Kommunalabgabengesetz NRW erhoben. Gebührenschuldner ist, wer "
    "die\nLeistung beantragt. Für Bestattungen von Personen ohne Angehörige trägt die Kosten das "
    "Amt für\nSoziales nach § 8 Bestattungsgesetz NRW. Kontakt: Friedhofsverwaltung, "
    "Monschauer Straße 6,\n52076 Aachen, friedhoefe@mail.aachen.de.\n",
    [
        "Vorlage FB 36/0412/WP18",
        "Trauerhalle Westfriedhof",
        "§ 4 Kommunalabgabengesetz NRW",
        "Monschauer Straße 6",
        "1.980,00",
    ],
)

clean(
    "clean_fee_schedule",
    """
Kreis Recklinghausen / Stadt Recklinghausen
Satzung über die Erhebung von Gebühren für Leistungen des Rettungsdienstes
Anlage: Gebührentarif 2026 (Auszug), beschlossen vom Kreistag am 15.12.2025

A. Notfallrettung
A 1   Einsatz eines Rettungswagens (RTW), je Einsatz ............................ 612,00 EUR
A 2   Einsatz eines Notarzteinsatzfahrzeugs (NEF) mit Notärztin/Notarzt ........ 428,00 EUR
A 3   Einsatz des Intensivtransportwagens, je angefangene Stunde ................ 395,00 EUR
A 4   Fehlfahrt ohne Transport bei medizinischer Versorgung vor Ort .............. 306,00 EUR

B. Krankentransport
B 1   Einsatz eines Krankentransportwagens (KTW) ................................ 198,00 EUR
B 2   Zuschlag je Kilometer außerhalb des Kreisgebiets ............................ 2,10 EUR
B 3   Infektionstransport, Zuschlag für Desinfektion .............................. 85,00 EUR

C. Luftrettung
Die Kosten des Rettungshubschraubers „Christoph 8" rechnet der Träger der Luftrettung gesondert ab.

Allgemeine Bestimmungen
1. Gebührenpflichtig ist die Person, für die der Rettungsdienst in Anspruch genommen wird, bei
   Minderjährigen die Sorgeberechtigten (§ 14 Rettungsgesetz NRW).
2. Die Gebühr entsteht mit dem Ausrücken des Fahrzeugs. Missbräuchliche Alarmierungen werden dem
   Verursacher in voller Höhe in Rechnung gestellt.
3. Gesetzliche Krankenkassen rechnen auf Grundlage der Vereinbarung nach § 133 SGB V direkt mit
   dem Träger ab.
4. Die Gebühren sind einen Monat nach Bekanntgabe fällig und auf das Konto der Kreiskasse
   Recklinghausen, IBAN DE85 4265 0150 0000 0123 45, zu zahlen.

Auskunft: Gebührenstelle Rettungsdienst, Kurt-Schumacher-Allee 1, 45657 Recklinghausen,
Telefon 02361 53-0.
""",
    [
        "612,00 EUR",
        "Christoph 8",
        "§ 14 Rettungsgesetz NRW",
        "§ 133 SGB V",
        "Kurt-Schumacher-Allee 1",
    ],
)

# --- clean_council_agenda ---------------------------------------------------------------------

clean(
    "clean_council_agenda",
    """
Stadt Duisburg – Der Oberbürgermeister
Einladung zur 14. Sitzung des Rates der Stadt am Montag, 23. März 2026, 15:00 Uhr
Ratssaal des Rathauses, Burgplatz 19, 47051 Duisburg

Tagesordnung – Öffentlicher Teil

1   Einwohnerfragestunde nach § 18 der Geschäftsordnung
2   Bestellung von Schriftführerinnen und Schriftführern
3   Bericht über die Ausführung von Dringlichkeitsentscheidungen (DS 26-0211)
4   Haushaltssatzung 2026/2027: Nachtragshaushalt wegen Mehraufwendungen im Rettungsdienst
    (DS 26-0187)
5   Gebührensatzung für den Rettungsdienst, 3. Änderung (DS 26-0190)
6   Satzung über die Erhebung von Elternbeiträgen in Kindertageseinrichtungen, Neufassung
    (DS 26-0194), Beratungsfolge: Jugendhilfeausschuss am 03.03.2026
7   Schülerbeförderung: Neuvergabe der Linienbündel Nord an die Duisburger Verkehrsgesellschaft AG
    (DS 26-0199)
8   Benennung der Gesamtschule Meiderich nach Wilhelm Lehmbruck (1881–1919) (DS 26-0203)
9   Anregung nach § 24 GO NRW: Ausweitung der Bewohnerparkzone Neudorf (DS 26-0207)
10  Bericht des Rechnungsprüfungsamtes zum Jahresabschluss 2024 (DS 26-0162)
11  Anfragen der Fraktionen

Tagesordnung – Nichtöffentlicher Teil

12  Grundstücksangelegenheiten im Gewerbegebiet Logport VI (DS 26-0215)
13  Personalangelegenheiten: Besetzung der Stelle der Leitung des Amtes für Verkehrs-
    ordnungswidrigkeiten (DS 26-0220)
14  Vergabe Rahmenvertrag Dolmetscherleistungen 2026–2029 (DS 26-0222)

Die Sitzung wird im Livestream auf www.duisburg.de übertragen. Sitzungsunterlagen stehen im
Ratsinformationssystem zur Verfügung. Gäste melden sich bitte beim Ratsbüro, Telefon
0203 283-2047, ratsbuero@stadt-duisburg.de.
""",
    [
        "Burgplatz 19, 47051 Duisburg",
        "DS 26-0187",
        "Wilhelm Lehmbruck (1881–1919)",
        "Duisburger Verkehrsgesellschaft AG",
        "0203 283-2047",
    ],
)

clean(
    "clean_council_agenda",
    """
Stadt Oberhausen
Ausschuss für Anregungen und Beschwerden – 10. Sitzung der Wahlperiode 2025–2030
Dienstag, 2. Juni 2026, 16:00 Uhr, Rathaus Oberhausen, Ratssaal, Schwartzstraße 72

Vorläufige Tagesordnung

Öffentliche Sitzung
1.  Feststellung der Beschlussfähigkeit und der Tagesordnung
2.  Genehmigung der Niederschrift über die 9. Sitzung
3.  Anregung nach § 24 GO NRW: Verlängerung der Öffnungszeiten des Fundbüros am Samstag
    (Drucksache B/17/5302)
4.  Anregung nach § 24 GO NRW: Zusätzliche Unterflurcontainer für Glas im Stadtteil Osterfeld
    (Drucksache B/17/5310)
5.  Beschwerde über die Abfallgebührenbescheide 2026 einer Wohnungseigentümergemeinschaft
    (Drucksache B/17/5311)
6.  Anregung nach § 24 GO NRW: Gedenktafel für Hermann Albertz (1877–1945) am Bert-Brecht-Haus
    (Drucksache B/17/5318)
7.  Bericht der Verwaltung über erledigte Anregungen 2025 (Drucksache B/17/5320)
8.  Mitteilungen

Nichtöffentliche Sitzung
9.  Beschwerde in einer Kita-Beitragsangelegenheit (Drucksache B/17/5322)
10. Beschwerde in einer Personalangelegenheit der Stadtverwaltung (Drucksache B/17/5325)

Hinweise
Petentinnen und Petenten erhalten nach § 6 der Zuständigkeitsordnung Gelegenheit, ihr Anliegen
im Ausschuss bis zu fünf Minuten zu erläutern. Die Verwaltung bittet um Anmeldung bis zum
26. Mai 2026 beim Bereich Ratsangelegenheiten, Telefon 0208 825-2413, E-Mail
anregungen@oberhausen.de. Der Ratssaal ist barrierefrei über den Eingang Schwartzstraße
erreichbar; eine Induktionsschleife ist vorhanden.
""",
    [
        "Schwartzstraße 72",
        "Drucksache B/17/5318",
        "Hermann Albertz (1877–1945)",
        "anregungen@oberhausen.de",
    ],
)

# --- clean_press_release ----------------------------------------------------------------------

clean(
    "clean_press_release",
    """
Pressemitteilung der Stadt Kassel
Nr. 118/2026 vom 12. Januar 2026

Schuleingangsuntersuchungen starten: Gesundheitsamt lädt rund 2.100 Kinder ein

Das Gesundheitsamt Region Kassel beginnt in der kommenden Woche mit den
Schuleingangsuntersuchungen für die Kinder, die im Sommer 2026 eingeschult werden. Eingeladen
werden in Stadt und Landkreis Kassel rund 2.100 Mädchen und Jungen. Die Untersuchungen finden
in den Räumen des Gesundheitsamtes in der Obersten Gasse 9 sowie in Außenstellen in Hofgeismar,
Wolfhagen und Baunatal statt.

Geprüft werden unter anderem Sehen, Hören, Sprache, Motorik und der Impfstatus. Nach § 20 des
Infektionsschutzgesetzes muss vor Schulbeginn ein ausreichender Masernschutz nachgewiesen
werden. Eltern werden gebeten, das gelbe Kinderuntersuchungsheft und den Impfausweis
mitzubringen.

„Die Untersuchung ist keine Prüfung, sondern soll Förderbedarf früh erkennen", erklärt die
Leiterin des Kinder- und Jugendärztlichen Dienstes. Im vergangenen Jahr wurde bei etwa jedem
fünften Kind eine Empfehlung zur weiteren Abklärung ausgesprochen, am häufigsten wegen
Sprachauffälligkeiten.

Die Einladungen werden schriftlich verschickt. Wer keinen Termin erhalten hat, kann sich an das
Serviceteam wenden: Telefon 0561 1003-1920, E-Mail schuleingang@kassel.de. Für Familien mit
geringen Deutschkenntnissen stehen Sprachmittlerinnen und Sprachmittler des Dolmetscherpools
der Stadt Kassel in zwölf Sprachen zur Verfügung.

Pressekontakt: Presse- und Öffentlichkeitsarbeit der Stadt Kassel, Rathaus, Obere Königsstraße 8,
34117 Kassel, presse@kassel.de.
""",
    [
        "Nr. 118/2026",
        "Obersten Gasse 9",
        "0561 1003-1920",
        "Obere Königsstraße 8",
        "schuleingang@kassel.de",
    ],
)

clean(
    "clean_press_release",
    """
Stadt Nürnberg – Presseamt
Pressemitteilung vom 6. November 2025

Einbürgerungsfeier im Historischen Rathaussaal: 320 Neubürgerinnen und Neubürger aus 58 Ländern

Die Stadt Nürnberg hat am Mittwochabend im Historischen Rathaussaal 320 Menschen feierlich
begrüßt, die in den vergangenen Monaten die deutsche Staatsangehörigkeit erworben haben. Die
meisten Neubürgerinnen und Neubürger stammen aus Syrien, der Türkei, Rumänien, Afghanistan und
dem Irak. Der Oberbürgermeister würdigte in seiner Ansprache den Beitrag der Eingebürgerten zum
Leben der Stadt und erinnerte an Albrecht Dürer (1471–1528), dessen Familie selbst aus Ungarn
zugewandert war.

Seit der Reform des Staatsangehörigkeitsrechts im Juni 2024 ist die Zahl der Anträge deutlich
gestiegen. Das Einwohneramt hat 2025 rund 4.800 Anträge erhalten, fast doppelt so viele wie im
Vorjahr. Eine Einbürgerung ist nun in der Regel nach fünf Jahren rechtmäßigen Aufenthalts
möglich (§ 10 StAG); die Mehrstaatigkeit wird hingenommen.

Um die Wartezeiten zu verkürzen, hat der Stadtrat im Oktober zwölf zusätzliche Stellen
beschlossen (Beschlussvorlage 2025/0988). Außerdem können Anträge seit September vollständig
online über das Portal „Einbürgerung Digital" gestellt werden. Die Gebühr beträgt 255 Euro für
Erwachsene und 51 Euro für miteingebürgerte minderjährige Kinder.

Musikalisch begleitet wurde die Feier vom Jugendorchester der Musikschule Nürnberg. Im Anschluss
trugen sich die Gäste in das Goldene Buch der Stadt ein.

Informationen: Einwohneramt, Äußere Laufer Gasse 25, 90403 Nürnberg, einbuergerung@stadt.nuernberg.de
""",
    [
        "Historischen Rathaussaal",
        "Albrecht Dürer (1471–1528)",
        "§ 10 StAG",
        "Beschlussvorlage 2025/0988",
        "51 Euro",
    ],
)

# --- clean_faq --------------------------------------------------------------------------------

clean(
    "clean_faq",
    """
Stadt Ulm – Fachbereich Gesundheit: Häufige Fragen zum Masernschutzgesetz

Für wen gilt die Nachweispflicht?
Für Kinder, die in einer Kindertageseinrichtung oder bei einer Tagespflegeperson betreut werden
oder eine Schule besuchen, sowie für Beschäftigte in Gemeinschaftseinrichtungen und medizinischen
Einrichtungen, die nach 1970 geboren sind (§ 20 Absatz 8 IfSG).

Welche Nachweise werden anerkannt?
Der Impfausweis oder das gelbe Kinderuntersuchungsheft mit Eintrag der Impfungen, ein
ärztliches Zeugnis über eine Immunität (Laborbefund) oder ein ärztliches Zeugnis über eine
medizinische Kontraindikation. Ab dem vollendeten ersten Lebensjahr ist eine Impfung, ab dem
vollendeten zweiten Lebensjahr sind zwei Impfungen nachzuweisen.

Was passiert, wenn kein Nachweis vorgelegt wird?
Die Einrichtung meldet dies dem Gesundheitsamt. Das Gesundheitsamt fordert die Eltern zur Vorlage
auf und kann ein Betreuungsverbot aussprechen. Schulpflichtige Kinder dürfen weiter zur Schule
gehen; es kann aber ein Bußgeld bis zu 2.500 Euro verhängt werden.

Werden ausländische Impfdokumente anerkannt?
Ja, wenn die Impfungen eindeutig dokumentiert sind. Dokumente in kyrillischer oder arabischer
Schrift sollten übersetzt werden; die Impfberatung hilft dabei.

Wo kann mein Kind geimpft werden?
In jeder Kinder- und Hausarztpraxis. Das Gesundheitsamt bietet zudem eine offene Impfsprechstunde
an: dienstags 14–16 Uhr, Olgastraße 66, Erdgeschoss, Zimmer 0.12.

Kontakt: Telefon 0731 161-3500, E-Mail masernschutz@ulm.de
""",
    ["§ 20 Absatz 8 IfSG", "2.500 Euro", "Olgastraße 66", "0731 161-3500", "masernschutz@ulm.de"],
)

clean(
    "clean_faq",
    """
Fundbüro der Stadt Bremen – Fragen und Antworten

Wo gebe ich eine Fundsache ab?
Fundsachen können Sie im Fundbüro im Stadtamt, Pelzerstraße 40, 28195 Bremen, abgeben oder bei
jeder Polizeidienststelle. Fundsachen aus Bussen und Bahnen der BSAG werden im Kundencenter am
Hauptbahnhof gesammelt und nach drei Werktagen an das Fundbüro übergeben; Fundsachen aus Zügen
der Deutschen Bahn AG verwaltet der zentrale Fundservice der Bahn.

Wie lange wird eine Fundsache aufbewahrt?
In der Regel sechs Monate (§ 973 BGB). Danach erwirbt die Finderin oder der Finder das Eigentum,
wenn sie oder er das bei der Abgabe beantragt hat. Andernfalls werden die Gegenstände
versteigert oder gemeinnützigen Einrichtungen übergeben.

Was kostet die Abholung?
Für die Herausgabe wird eine Verwaltungsgebühr nach der Bremischen Kostenverordnung erhoben: bei
einem Wert bis 50 Euro 5 Euro, darüber 3 Prozent des Wertes, höchstens 200 Euro. Der gesetzliche
Finderlohn beträgt bis 500 Euro fünf Prozent, darüber drei Prozent (§ 971 BGB).

Was geschieht mit verlorenen Ausweisen?
Personalausweise und Reisepässe werden an die ausstellende Behörde weitergeleitet. Ausländische
Pässe gehen an das zuständige Konsulat. Der Verlust eines Ausweises muss unverzüglich beim
Bürgeramt gemeldet werden (§ 27 PAuswG).

Kann ich online suchen?
Ja, im Fundsachenportal können Sie nach Datum, Ort und Art des Gegenstands suchen.

Öffnungszeiten: Mo, Di, Do 8–15 Uhr, Mi 8–18 Uhr, Fr 8–12 Uhr · Telefon 0421 361-3048
""",
    [
        "Pelzerstraße 40, 28195 Bremen",
        "§ 973 BGB",
        "Deutschen Bahn AG",
        "§ 27 PAuswG",
        "0421 361-3048",
    ],
)

# --- clean_guideline --------------------------------------------------------------------------

clean(
    "clean_guideline",
    """
Universitätsstadt Siegen – Dienstanweisung Nr. 12/2026
Umgang mit Arbeitsunfähigkeitsbescheinigungen und Personalakten
Gültig ab 1. April 2026 · ersetzt die Dienstanweisung Nr. 7/2019 · Fachbereich 1

1. Geltungsbereich
Die Dienstanweisung gilt für alle Beschäftigten sowie Beamtinnen und Beamten der
Stadtverwaltung einschließlich der Eigenbetriebe, nicht jedoch für die Sparkasse Siegen.

2. Meldung der Arbeitsunfähigkeit
Beschäftigte melden eine Arbeitsunfähigkeit am ersten Tag bis 9:00 Uhr der oder dem
Vorgesetzten. Seit Einführung der elektronischen Arbeitsunfähigkeitsbescheinigung (§ 5 Abs. 1a
EFZG) ruft der Fachbereich 1 die Daten bei der Krankenkasse ab. Privat Versicherte und
Beamtinnen und Beamte legen weiterhin eine Bescheinigung in Papierform vor.

3. Vertraulichkeit
Diagnosen, Befunde und Angaben zu Krankheitsursachen dürfen weder in der Abteilung gespeichert
noch weitergegeben werden. Vorgesetzte erhalten ausschließlich Beginn und voraussichtliches Ende
der Arbeitsunfähigkeit. Gesundheitsdaten sind besondere Kategorien personenbezogener Daten nach
Art. 9 DSGVO.

4. Personalakten
Die Personalakte wird ausschließlich im Fachbereich 1 geführt (§ 3 TVöD, § 50 BeamtStG).
Nebenakten in den Abteilungen sind unzulässig; zulässig sind Urlaubs- und Zeitnachweise.
Unterlagen zum betrieblichen Eingliederungsmanagement werden getrennt von der Personalakte
aufbewahrt und drei Jahre nach Abschluss vernichtet.

5. Auskunft
Beschäftigte haben jederzeit das Recht auf Einsicht in ihre vollständige Personalakte. Anfragen
richten Sie an personal@siegen.de oder an die Personalsachbearbeitung, Markt 2, 57072 Siegen.

Der Bürgermeister
""",
    [
        "Dienstanweisung Nr. 12/2026",
        "§ 5 Abs. 1a\nEFZG",
        "Art. 9 DSGVO",
        "§ 50 BeamtStG",
        "Markt 2, 57072 Siegen",
    ],
)

clean(
    "clean_guideline",
    """
Landeshauptstadt Mainz – Amt für Ordnung und Sicherheit
Interne Arbeitshilfe: Bearbeitung von Lärmbeschwerden (Stand Januar 2026)

Zuständigkeiten
– Lärm aus Wohnungen (Musik, Feiern, Haustiere): Ordnungsamt, Sachgebiet Allgemeine
  Gefahrenabwehr; außerhalb der Dienstzeit der Kommunale Vollzugsdienst bis 24 Uhr, danach die
  Polizei (Polizeipräsidium Mainz, Valenciaplatz 2).
– Gaststätten und Außengastronomie: Gewerbeabteilung (Sperrzeit, Auflagen nach § 5 GastG).
– Baustellen: Bauaufsicht, AVV Baulärm.
– Gewerbe- und Industrieanlagen: Struktur- und Genehmigungsdirektion Süd.
– Verkehrslärm: Straßenverkehrsbehörde und Lärmaktionsplanung.

Rechtsgrundlagen
Landesimmissionsschutzgesetz Rheinland-Pfalz (LImSchG), insbesondere § 4 (Nachtruhe von 22 bis
6 Uhr) und § 5 (Benutzung von Tongeräten); Ordnungswidrigkeiten nach § 15 LImSchG mit Bußgeld
bis 5.000 Euro; § 117 OWiG (unzulässiger Lärm).

Ablauf
1. Eingang erfassen (Ticket im Beschwerdemanagement, Kategorie „Lärm").
2. Beschwerdeführende um ein Lärmprotokoll über mindestens zwei Wochen bitten.
3. Verursachende schriftlich anhören; Musterschreiben L-01 verwenden.
4. Bei Fortdauer Ortstermin oder Einsatz des Vollzugsdienstes, Messung nur mit dem geeichten
   Schallpegelmesser des Umweltamts.
5. Bei Mietstreitigkeiten auf das Schiedsamt verweisen (Schiedsamt Mainz-Altstadt).

Datenschutz
Name und Anschrift der Beschwerdeführenden werden den Verursachenden nicht mitgeteilt, es sei
denn, sie haben ausdrücklich eingewilligt.

Rückfragen: Sachgebietsleitung Allgemeine Gefahrenabwehr, Telefon 06131 12-0 (Zentrale)
""",
    [
        "Valenciaplatz 2",
        "§ 15 LImSchG",
        "5.000 Euro",
        "Musterschreiben L-01",
        "Schiedsamt Mainz-Altstadt",
    ],
)

# --- clean_tender -----------------------------------------------------------------------------

clean(
    "clean_tender",
    """
Bekanntmachung – Öffentliche Ausschreibung nach UVgO
Magistrat der Stadt Bremerhaven, Zentrale Vergabestelle, Hinrich-Schmalfeldt-Straße,
27576 Bremerhaven

Vergabenummer: VG-BHV-2026-0044
Leistung: Rahmenvereinbarung Dolmetsch- und Übersetzungsleistungen für das Sozialamt, das
Amt für Jugend, Familie und Frauen, das Bürger- und Ordnungsamt sowie das Gesundheitsamt

Losaufteilung
Los 1: Arabisch, Kurdisch (Kurmandschi, Sorani), Persisch/Dari – ca. 900 Einsatzstunden jährlich
Los 2: Ukrainisch, Russisch, Polnisch, Rumänisch, Bulgarisch – ca. 700 Einsatzstunden jährlich
Los 3: Tigrinya, Amharisch, Somali, Paschtu – ca. 450 Einsatzstunden jährlich
Los 4: schriftliche Übersetzungen von Urkunden, alle Sprachen – ca. 1.200 Normzeilen jährlich

Laufzeit: 1. Juli 2026 bis 30. Juni 2028 mit zweimaliger Verlängerungsoption um je ein Jahr.
Vergütung: Angebote auf Basis der Stundensätze nach § 9 Abs. 5 JVEG sind zulässig.

Eignung
– Nachweis der allgemeinen Beeidigung oder Ermächtigung (für Los 4 zwingend),
– Eigenerklärung zur Zuverlässigkeit nach § 31 UVgO,
– Verpflichtungserklärung nach dem Verpflichtungsgesetz vor Beginn der Tätigkeit.

Zuschlagskriterien: Preis 60 %, Qualität der Einsatzorganisation 30 %, Verfügbarkeit innerhalb
von 24 Stunden 10 %.

Angebotsfrist: 15. April 2026, 12:00 Uhr, ausschließlich elektronisch über die Vergabeplattform
Bremen. Bieterfragen bis 1. April 2026 über die Plattform. Bindefrist: 30. Juni 2026.
""",
    ["VG-BHV-2026-0044", "§ 9 Abs. 5 JVEG", "§ 31 UVgO", "15. April 2026, 12:00 Uhr"],
)

# --- clean_statistics -------------------------------------------------------------------------

FINE_WIDTHS = (34, 8, 8, 8, 12)

clean(
    "clean_statistics",
    "Stadt Krefeld – Fachbereich Ordnung – Jahresbericht der Bußgeldstelle 2025 (Auszug)\n"
    "Vorlage zur Sitzung des Ausschusses für Ordnung und Sicherheit am 17.03.2026, Drucksache 4712/26\n"
    "\n"
    + pipes(FINE_WIDTHS, ("Tatbestand", "2023", "2024", "2025", "Veränderung"))
    + "\n"
    + rule(FINE_WIDTHS)
    + "\n"
    + pipes(
        FINE_WIDTHS,
        ("Geschwindigkeit, stationär", "48.112", "51.930", "57.406", "+10,5 %"),
        ("Geschwindigkeit, mobil", "12.540", "11.872", "12.205", "+2,8 %"),
        ("Rotlichtverstöße", "3.907", "4.118", "3.861", "−6,2 %"),
        ("Parkverstöße (ruhender Verkehr)", "71.455", "69.204", "74.938", "+8,3 %"),
        ("Abstandsverstöße (A 57, B 288)", "612", "540", "577", "+6,9 %"),
        ("Handy am Steuer", "1.214", "1.388", "1.492", "+7,5 %"),
        ("Fahrerermittlung erforderlich", "9.802", "10.415", "11.030", "+5,9 %"),
        ("Einstellungen", "6.240", "6.102", "6.587", "+7,9 %"),
    )
    + "\n\nErträge aus Verwarn- und Bußgeldern 2025: 6,84 Mio. Euro (Plan 6,2 Mio. Euro, "
    "Produkt\n02.03.01). Die Zahl der Einsprüche stieg auf 2.911; 412 Verfahren gingen an das "
    "Amtsgericht\nKrefeld. Messstellen mit den meisten Verstößen: Berliner Straße, "
    "Moerser Straße,\nUerdinger Straße. Auskunft: bussgeldstelle@krefeld.de.\n",
    ["Drucksache 4712/26", "6,84 Mio. Euro", "A 57, B 288", "bussgeldstelle@krefeld.de"],
)

NAT_WIDTHS = (26, 8, 8, 8, 10)

clean(
    "clean_statistics",
    "Stadt Mannheim – Kommunale Statistikstelle\n"
    "Statistischer Kurzbericht 3/2026: Einbürgerungen in Mannheim 2021–2025\n"
    "\n"
    + pipes(NAT_WIDTHS, ("Bisherige Staatsangehörigkeit", "2021", "2023", "2025", "Anteil 2025"))
    + "\n"
    + rule(NAT_WIDTHS)
    + "\n"
    + pipes(
        NAT_WIDTHS,
        ("Türkei", "312", "398", "611", "17,9 %"),
        ("Syrien", "95", "402", "588", "17,2 %"),
        ("Rumänien", "88", "121", "207", "6,1 %"),
        ("Italien", "104", "97", "168", "4,9 %"),
        ("Kroatien", "71", "80", "142", "4,2 %"),
        ("Irak", "40", "76", "131", "3,8 %"),
        ("Polen", "66", "71", "119", "3,5 %"),
        ("Vietnam", "29", "38", "97", "2,8 %"),
        ("übrige Staaten", "712", "903", "1.351", "39,6 %"),
        ("Insgesamt", "1.517", "2.186", "3.414", "100,0 %"),
    )
    + "\n\nDie Zahl der Einbürgerungen hat sich seit 2021 mehr als verdoppelt. Der Anstieg 2025 "
    "folgt der\nReform des Staatsangehörigkeitsgesetzes (Inkrafttreten 27. Juni 2024). "
    "Durchschnittliche\nAufenthaltsdauer vor der Einbürgerung: 8,4 Jahre (2021: 11,2 Jahre). "
    "Quelle: Fachbereich\nBürgerdienste, Einbürgerungsstatistik nach § 36 StAG; "
    "Bevölkerungsstand 31.12.2025:\n322.850 Einwohnerinnen und Einwohner. Kontakt: "
    "statistik@mannheim.de, Rathaus E 5,\n68159 Mannheim.\n",
    ["Statistischer Kurzbericht 3/2026", "§ 36 StAG", "322.850", "Rathaus E 5", "3.414"],
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
