"""Build the twenty-first German PII redaction development corpus (``corpus.jsonl`` next to this file).

    python3 tests/data/redaction_dev21/build_dev21.py            # check, then write
    python3 tests/data/redaction_dev21/build_dev21.py --partial  # check only, write nothing

DEVELOPMENT set: it may be read, run and tuned on. It was written blind: without sight of the
redactor's rules, its benchmark, the held-out corpora and the documents of every other corpus.
Only the README of dev20 and the docstring, helpers (with the check function) and ``main()`` of
``build_dev20.py`` were read, for the record format, the annotation conventions and the
check-digit rules (besides the ruff section of ``pyproject.toml``, for the line length); the
helpers are copied from dev20 and adapted, the documents are new, and the redactor was not run
on them.
The theme is ordinary formal and semi-formal mail of a city's back office: letters and e-mails
of citizens to the registry office, public-order office, building control, youth office, social
welfare office, elections office, trade office, tax office, library, music school, adult
education centre, sports office, parks department and business development; notices and letters
of the city; internal memos and file notes; mail chains; exported online forms; tables; OCR
scans; letters of lawyers, minutes of a hearing and a complaint portal. The towns are Bochum,
Dortmund, Hagen, Herne, Gelsenkirchen, Wuppertal, Solingen, Bielefeld, Münster, Hannover,
Braunschweig, Göttingen, Oldenburg, Lübeck, Kiel, Leipzig, Dresden, Chemnitz, Halle (Saale),
Magdeburg, Jena, Wiesbaden, Darmstadt, Heidelberg, Karlsruhe, Stuttgart, Augsburg, München,
Trier, Saarbrücken and Koblenz. 45 documents carry personal data, 15 do not.

  - citizen_letter (7), citizen_email (5): citizens writing to offices;
  - official_notice (5), office_letter (3): notices, hearings, reminders and acknowledgements
    of the city with letterhead, clerk, direct line, file number and Kassenzeichen;
  - internal_memo (3), file_note (2): memos, forwardings, handovers and file notes;
  - mail_chain (5): forwarded and answered e-mails with headers, quotes and signatures;
  - form_export (4): online form submissions as key: value lines, JSON and XML;
  - table (4): CSV, TSV and pipe lists;
  - ocr_scan (3): scanned letters with OCR noise;
  - lawyer_letter (2), minutes (1), complaint_portal (1);
  - clean_* (15): press releases, council minutes, FAQ pages, statutes, event programmes,
    street naming, a tender, a newsletter and a web page.

Markup: personal strings are written inline as ``[[TYPE:text]]``; computed numbers are put in
with ``«name»`` slots. Short type names:

    P=PERSON  STR=STREET_ADDRESS  LOC=LOCATION  DOB=DATE_OF_BIRTH  TEL=PHONE_NUMBER
    MAIL=EMAIL_ADDRESS  IBAN=IBAN_CODE  TAX=DE_TAX_ID  RV=DE_SOCIAL_SECURITY  ID=DE_ID_CARD
    PASS=DE_PASSPORT  KFZ=DE_KFZ  AZ=DE_AKTENZEICHEN  HR=DE_HANDELSREGISTER  IP=IP_ADDRESS

Annotation conventions (those of dev20, unchanged):
  - only values are annotated, never keys, labels, column titles, CSV, JSON or XML key names;
  - salutations, titles, roles and relationship words ("Herr", "Frau", "Dr.", "Kläger",
    "Beklagte", "Beteiligte", "Sohn", "geb.") stay outside PERSON spans; a bare surname or first
    name, a first name alone in a greeting or signature, initials standing for a private person
    ("M. Kowalczyk") and names in "Nachname, Vorname" order are PERSON; the same word used in
    its ordinary sense ("der Winter", "ein Koch") is not a name and is allowed for that document;
  - a name inside an e-mail address counts only as part of the EMAIL_ADDRESS;
  - staff of the city: names, direct lines and personal mailboxes are annotated; switchboards
    ("...-0"), hotlines, functional mailboxes, team signatures and initials alone are not;
  - a span never crosses a line break;
  - a private address is STREET_ADDRESS (street, number, additions) plus LOCATION (postcode and
    town); towns and districts of residence, previous residence, birth, origin and relatives are
    LOCATION, at home and abroad, also the office's own town; countries and nationalities are
    not; offices, courts, firms with a legal form, homes, schools and public buildings, the place
    of an offence and the place of a letter's date line are not;
  - natural persons in business (sole traders, also "e.K.", architects in their own name) are
    persons: name, address, phones, mailboxes and HRA entry are personal; companies with a legal
    form, their addresses and register entries are not, their employees' names and direct lines
    are;
  - Kassenzeichen, file numbers of a citizen's matter, booking, application, permit and customer
    numbers are DE_AKTENZEICHEN (the cue word stays outside); council papers, paragraphs, budget
    lines are not;
  - German ID cards and eATs are DE_ID_CARD; passports of all countries and foreign ID cards are
    DE_PASSPORT; the RV number is DE_SOCIAL_SECURITY; the Steuer-ID is DE_TAX_ID;
  - plates of citizens' and firms' vehicles are DE_KFZ; citizens' IPs are IP_ADDRESS, servers
    are not;
  - only dates of birth are personal, in any notation, and a year of birth alone (the cue stays
    outside); dates of death, of marriage, appointments and deadlines and ages are not;
  - historical persons with life dates in PII-free documents are not personal.

Checks (standard library only): ids are unique; offsets give back the span text; spans are
sorted, disjoint and free of line breaks and surrounding blanks; Steuer-IDs carry the MOD 11,10
check digit; IBANs pass MOD 97; RV numbers carry their check digit and match a date of birth in
the document; ID-card and eAT numbers use the ID-card alphabet with a valid tenth check digit
where there is one; phone numbers, e-mails, IPs and plates have a plausible shape; no keep
phrase overlaps a span and each occurs; 4-5 distinct keep phrases and 1,100-2,000 characters per
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
PREFIX = "dev21"
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
    ("citizen_letter", "pii"): 7,
    ("citizen_email", "pii"): 5,
    ("official_notice", "pii"): 5,
    ("office_letter", "pii"): 3,
    ("internal_memo", "pii"): 3,
    ("file_note", "pii"): 2,
    ("mail_chain", "pii"): 5,
    ("form_export", "pii"): 4,
    ("table", "pii"): 4,
    ("ocr_scan", "pii"): 3,
    ("lawyer_letter", "pii"): 2,
    ("minutes", "pii"): 1,
    ("complaint_portal", "pii"): 1,
    ("clean_press_release", "clean"): 2,
    ("clean_council_minutes", "clean"): 2,
    ("clean_faq", "clean"): 2,
    ("clean_statute", "clean"): 2,
    ("clean_event_programme", "clean"): 2,
    ("clean_street_naming", "clean"): 2,
    ("clean_tender", "clean"): 1,
    ("clean_newsletter", "clean"): 1,
    ("clean_website", "clean"): 1,
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

V["id_c1a"] = id_card("L7H2M09KX", True)
V["id_c1b"] = id_card("T22FC8N1R", True)

pii(
    "citizen_letter",
    """
[[P:Aylin Öztürk]] und [[P:Jonas Brandt]]
[[STR:Markstraße 214]]
[[LOC:44799 Bochum]]
Tel. [[TEL:0234 58 71 93]]

Stadt Bochum
Standesamt
Willy-Brandt-Platz 2–6
44777 Bochum

Bochum, 9. März 2026

Geburt unserer Tochter – Erklärung zur Namensbestimmung und Geburtsurkunden
Ihr Zeichen: [[AZ:G 2026/0412]]

Sehr geehrte Damen und Herren,

unsere Tochter [[P:Mila]] ist am [[DOB:23. Februar 2026]] in [[LOC:Bochum]] zur Welt gekommen; die
Geburt hat das Katholische Klinikum bereits angezeigt. Wir sind seit dem 4. Mai 2024 verheiratet,
haben aber keinen Ehenamen bestimmt. Nach dem neuen Namensrecht möchten wir für [[P:Mila]] den
Doppelnamen [[P:Öztürk-Brandt]] bestimmen. Die Erklärung unterschreiben wir gern gemeinsam bei
Ihnen; bitte teilen Sie uns einen Termin mit.

Beigefügt sind:
– unsere Eheurkunde (Standesamt Herne, Registernummer [[AZ:E 188/2024]]),
– Kopien unserer Personalausweise ([[ID:«id_c1a»]] und [[ID:«id_c1b»]]),
– meine Einbürgerungsurkunde, da ich in [[LOC:Trabzon]] geboren bin.

Außerdem benötigen wir drei Geburtsurkunden (für Elterngeld, Kindergeld und die Krankenkasse).
Die Gebühr von 12,00 Euro je Urkunde überweisen wir nach Erhalt Ihrer Rechnung. Falls noch
etwas fehlt, erreichen Sie mich tagsüber unter [[TEL:0176 2384 5519]] oder per E-Mail an
[[MAIL:aylin.oeztuerk@web.de]].

Mit freundlichen Grüßen

[[P:Aylin Öztürk]]          [[P:Jonas Brandt]]
""",
    [
        "Willy-Brandt-Platz 2–6",
        "Katholische Klinikum",
        "12,00 Euro je Urkunde",
        "Standesamt Herne",
    ],
    allow=("Brandt", "Bochum"),
)

V["iban_c2"] = iban("DE", "45050000" + "0082231907")

pii(
    "citizen_letter",
    """
[[P:Renate Fuchs]]
[[STR:Eppenhauser Straße 61a]]
[[LOC:58093 Hagen]]

Stadt Hagen
Fachbereich Finanzen und Controlling – Steuerabteilung
Rathausstraße 11
58095 Hagen

Hagen, den 2. Februar 2026

Hundesteuer – Anmeldung eines zweiten Hundes und Antrag auf Ermäßigung
Steuernummer/Kassenzeichen: [[AZ:2200.318.447]]

Sehr geehrte Damen und Herren,

hiermit melde ich zum 1. Februar 2026 einen zweiten Hund an. Es handelt sich um eine
Mischlingshündin namens „Frieda", die ich aus dem Tierheim Hagen übernommen habe. Der Vertrag
des Tierheims liegt bei. Mein erster Hund „Bruno" ist bereits unter dem oben genannten
Kassenzeichen veranlagt.

Für die Hündin aus dem Tierheim beantrage ich die in der Hundesteuersatzung vorgesehene
Steuerbefreiung für das erste Jahr. Außerdem bitte ich um Prüfung, ob mir als Bezieherin von
Grundsicherung im Alter eine Ermäßigung zusteht; den aktuellen Bescheid des Sozialamts füge ich
in Kopie bei. Ich bin Jahrgang [[DOB:1949]] und lebe allein.

Die Steuermarken können Sie mir gern zuschicken. Bitte buchen Sie die Hundesteuer künftig von
meinem Konto bei der Sparkasse ab: IBAN [[IBAN:«iban_c2»]], Kontoinhaberin [[P:Renate Fuchs]].
Das SEPA-Lastschriftmandat liegt unterschrieben bei.

Da ich nicht gut zu Fuß bin, hat meine Nachbarin, Frau [[P:Ewa Kamińska]], diesen Brief für
mich zur Post gebracht. Rückfragen bitte telefonisch unter [[TEL:02331 / 7 38 04]], am besten
vormittags.

Mit freundlichen Grüßen

[[P:R. Fuchs]]
""",
    [
        "Rathausstraße 11",
        "Tierheim Hagen",
        "Hundesteuersatzung",
        "Grundsicherung im Alter",
    ],
)

pii(
    "citizen_letter",
    """
Dr. [[P:Matthias Engel]] · [[STR:Hatzfelder Straße 148]] · [[LOC:42281 Wuppertal]]

Stadt Wuppertal
Ressort Bauen und Wohnen – Bauaufsicht
Johannes-Rau-Platz 1
42275 Wuppertal

Per Einschreiben

Wuppertal, 17. November 2025

Bauantrag Az. [[AZ:105.2-1841/25]] – Neubau eines Mehrfamilienhauses auf dem Grundstück
[[STR:Hatzfelder Straße 150]] (Gemarkung Barmen, Flur 211, Flurstück 87)
Hier: Einwendungen als Eigentümer des Nachbargrundstücks

Sehr geehrte Damen und Herren,

mit Schreiben vom 3. November 2025 haben Sie mich als Angrenzer beteiligt. Bauherr ist mein
Nachbar, Herr [[P:Dariusz Nowak]], der Entwurf stammt von dem Architekten Dipl.-Ing.
[[P:Kai-Uwe Bremer]], [[STR:Am Diek 9]], [[LOC:42277 Wuppertal]]. Gegen das Vorhaben erhebe ich
folgende Einwendungen:

1. Die Abstandsfläche zur gemeinsamen Grenze ist nach meiner Messung nicht eingehalten. Nach
   § 6 BauO NRW sind mindestens 3,00 m erforderlich; im Lageplan sind an der Nordostecke nur
   2,60 m eingetragen.
2. Die geplanten Stellplätze liegen unmittelbar vor meinem Schlafzimmerfenster.
3. Die Entwässerung des Hanges ist in den Unterlagen nicht dargestellt.

Ich bitte um Akteneinsicht und um einen Termin vor Ort. Ein Gespräch mit Herrn [[P:Nowak]] und
Herrn [[P:Bremer]] habe ich bereits angeboten; Herrn [[P:Bremer]] erreichte ich unter seiner
Büronummer [[TEL:0202 / 69 81 24-0]] bisher nicht.

Meine Frau, [[P:Sabine Engel-Lorenz]], schließt sich den Einwendungen an.

Mit freundlichen Grüßen

[[P:Matthias Engel]]
Tel. [[TEL:0202 2 80 47 63]]
""",
    [
        "Johannes-Rau-Platz 1",
        "§ 6 BauO NRW",
        "mindestens 3,00 m",
        "Gemarkung Barmen, Flur 211, Flurstück 87",
    ],
)

V["tax_c4"] = steuer_id("5720394156")

pii(
    "citizen_letter",
    """
[[P:Natalia Wiśniewska]]
[[STR:Heeper Straße 92]], bei [[P:Schröder]]
[[LOC:33607 Bielefeld]]

An das Jugendamt der Stadt Bielefeld
Unterhaltsvorschusskasse
Niederwall 23
33602 Bielefeld

Bielefeld, 21.01.2026

Antrag auf Unterhaltsvorschuss für meinen Sohn [[P:Leon Wiśniewski]]

Sehr geehrte Damen und Herren,

ich beantrage Unterhaltsvorschuss für meinen Sohn [[P:Leon]], geboren am [[DOB:05.09.2018]] in
[[LOC:Gütersloh]]. Das ausgefüllte Antragsformular und seine Geburtsurkunde liegen bei.

Der Vater, Herr [[P:Tomasz Wiśniewski]], geb. [[DOB:11.04.1986]], zahlt seit Oktober 2025
keinen Unterhalt mehr. Seine letzte mir bekannte Anschrift ist [[STR:ul. Długa 17 m. 4]],
[[LOC:80-827 Gdańsk]], Polen. Eine Telefonnummer habe ich nicht mehr, nur seine alte E-Mail
[[MAIL:t.wisniewski86@wp.pl]]. Ob er wieder in Deutschland arbeitet, weiß ich nicht.

Ich arbeite in Teilzeit in einer Bäckerei; meine Steuer-ID lautet [[TAX:«tax_c4»]]. Kindergeld
erhalte ich von der Familienkasse. Für [[P:Leon]] besteht seit Dezember auch eine Beistandschaft
bei Ihnen, Ihr Zeichen [[AZ:51.2-BS-0977/25]]; zuständig ist dort Frau [[P:Hülya Demirci]].

Bitte schicken Sie Post an die oben stehende Anschrift, weil ich zurzeit bei Familie
[[P:Schröder]] zur Untermiete wohne. Erreichbar bin ich unter [[TEL:0152 0948 3371]].

Mit freundlichen Grüßen
[[P:Natalia Wiśniewska]]
""",
    [
        "Niederwall 23",
        "Unterhaltsvorschusskasse",
        "Familienkasse",
        "Polen",
    ],
)

pii(
    "citizen_letter",
    """
[[P:Dieter Hamburger]]
[[STR:Wöhlerstraße 18]]
[[LOC:30163 Hannover]]

Landeshauptstadt Hannover
Fachbereich Soziales – Bestattungskosten
Hamburger Allee 25
30161 Hannover

Hannover, 12. Dezember 2025

Antrag auf Übernahme der Bestattungskosten nach § 74 SGB XII
Verstorbener: [[P:Horst Hamburger]], geb. [[DOB:30.07.1941]], verstorben am 26.11.2025

Sehr geehrte Damen und Herren,

mein Vater [[P:Horst Hamburger]], zuletzt wohnhaft [[STR:Podbielskistraße 277]], [[LOC:30177 Hannover]],
ist am 26. November 2025 im Pflegeheim verstorben. Ich bin als Sohn bestattungspflichtig, bin
aber selbst Bezieher von Bürgergeld und kann die Kosten nicht tragen. Mein Bruder,
[[P:Uwe Hamburger]], lebt in [[LOC:Magdeburg]] und ist ebenfalls nicht leistungsfähig; seine
Anschrift lautet [[STR:Olvenstedter Straße 12]], [[LOC:39108 Magdeburg]].

Die Urnenbeisetzung hat das Bestattungshaus Lindemann GmbH durchgeführt. Die Rechnung über
2.845,60 Euro, die Friedhofsgebühren und die Sterbeurkunde füge ich bei, ebenso meinen
Bürgergeldbescheid des Jobcenters (Nummer der Bedarfsgemeinschaft [[AZ:24104//0089113]]).

Ein Nachlass ist nicht vorhanden; das Girokonto meines Vaters wies ein Guthaben von 311 Euro
auf. Eine Sterbegeldversicherung gab es nicht.

Ich bitte um Entscheidung und Zahlung direkt an das Bestattungshaus.

Mit freundlichen Grüßen

[[P:Dieter Hamburger]]
Telefon [[TEL:0511 / 34 88 12 09]]
""",
    [
        "§ 74 SGB XII",
        "Hamburger Allee 25",
        "Bestattungshaus Lindemann GmbH",
        "2.845,60 Euro",
    ],
    allow=("Hamburger",),
)

pii(
    "citizen_letter",
    """
[[P:Nguyễn Thị Lan]]
Inhaberin „Pho Hanoi – [[P:Nguyen Thi Lan]] e.K."
[[STR:Karl-Liebknecht-Straße 58]]
[[LOC:04275 Leipzig]]
Handelsregister: Amtsgericht Leipzig, [[HR:HRA 19274]]

Stadt Leipzig
Ordnungsamt – Abteilung Gewerbe und Gaststätten
Prager Straße 118–136
04317 Leipzig

Leipzig, 14. Oktober 2025

Antrag auf Gaststättenerlaubnis für den Ausschank alkoholischer Getränke

Sehr geehrte Damen und Herren,

ich betreibe seit dem 1. Juli 2025 einen Imbiss mit zwölf Sitzplätzen in den oben genannten
Räumen. Das Gewerbe ist angemeldet (Gewerbeanmeldung vom 20.06.2025, Ihr Zeichen
[[AZ:GA-32.3-2025-08841]]). Nun möchte ich zu den Speisen auch Bier und Wein ausschenken und
beantrage dafür die Erlaubnis nach § 2 Sächsisches Gaststättengesetz.

Folgende Unterlagen lege ich bei:
- Mietvertrag mit der Vermieterin, der LWB Leipziger Wohnungs- und Baugesellschaft mbH,
- Unterrichtungsnachweis der IHK zu Leipzig,
- Führungszeugnis und Auskunft aus dem Gewerbezentralregister (beantragt),
- Kopie meines Reisepasses (vietnamesisch, Nr. [[PASS:C4728163]]) und meines Aufenthaltstitels.

Geboren bin ich am [[DOB:02.03.1984]] in [[LOC:Nam Định]], Vietnam. Meine private Anschrift ist
[[STR:Gorkistraße 97]], [[LOC:04347 Leipzig]].

Bei Fragen erreichen Sie mich im Laden unter [[TEL:0341 2 56 08 77]] oder mobil unter
[[TEL:+49 163 774 2190]], E-Mail [[MAIL:phohanoi.nguyen@gmx.de]].

Mit freundlichen Grüßen

[[P:Nguyen Thi Lan]]
""",
    [
        "Prager Straße 118–136",
        "LWB Leipziger Wohnungs- und Baugesellschaft mbH",
        "IHK zu Leipzig",
        "§ 2 Sächsisches Gaststättengesetz",
    ],
)

V["iban_c7"] = iban("DE", "21050000" + "0117740332")

pii(
    "citizen_letter",
    """
[[P:Frank Winter]] und [[P:Birgit Winter]]
[[STR:Holtenauer Straße 240]]
[[LOC:24106 Kiel]]

Landeshauptstadt Kiel
Amt für Finanzwirtschaft – Abteilung Steuern
Fleethörn 9
24103 Kiel

Kiel, 8. Mai 2025

Grundsteuerbescheid 2025 – Kassenzeichen [[AZ:5.100.224.781.3]]
Objekt: [[STR:Holtenauer Straße 240]], Kiel-Wik

Sehr geehrte Damen und Herren,

mit Bescheid vom 24. März 2025 haben Sie die Grundsteuer B für unser Einfamilienhaus auf
jährlich 684,20 Euro festgesetzt. Bisher zahlten wir 412,00 Euro. Uns ist klar, dass die Reform
zu Änderungen führt; wir verstehen aber nicht, warum im Bescheid eine Wohnfläche von 164 m²
steht. Tatsächlich hat das Haus 136 m², das Dachgeschoss ist nicht ausgebaut.

Den Grundsteuerwert hat das Finanzamt Kiel festgestellt (Aktenzeichen [[AZ:20 120 157 044]]).
Wir haben dort ebenfalls Einspruch eingelegt und bitten Sie, die Vollziehung Ihres Bescheids bis
zur Entscheidung des Finanzamts auszusetzen. Die Vorauszahlungen zum 15. Mai zahlen wir
zunächst in bisheriger Höhe.

Die Abbuchung erfolgt weiter von unserem Konto [[IBAN:«iban_c7»]]. Im Winter sind wir oft bei
unserer Tochter in [[LOC:Lübeck]]; Post erreicht uns aber immer.

Für Rückfragen: [[TEL:0431 55 61 39]] oder [[MAIL:frank.winter.kiel@t-online.de]].

Mit freundlichen Grüßen

[[P:Frank Winter]]          [[P:Birgit Winter]]
""",
    [
        "Fleethörn 9",
        "Grundsteuer B",
        "684,20 Euro",
        "Finanzamt Kiel",
    ],
    allow=("Winter",),
)

# --- citizen_email ----------------------------------------------------------------------------

pii(
    "citizen_email",
    """
Von: [[P:Katharina von Aschenbach]] <[[MAIL:k.aschenbach@posteo.de]]>
An: wahlamt@dresden.de
Datum: 19.01.2026, 21:14
Betreff: Briefwahl für meinen Sohn im Ausland und Meldung als Wahlhelferin

Sehr geehrte Damen und Herren,

ich habe zwei Anliegen zur Landtagswahl.

1. Mein Sohn [[P:Constantin von Aschenbach]], geboren am [[DOB:14.06.2005]], studiert bis Juli
in [[LOC:Lyon]] und ist weiterhin mit Hauptwohnsitz bei uns gemeldet, [[STR:Bautzner Straße 71]],
[[LOC:01099 Dresden]]. Er möchte per Briefwahl wählen. Er hat den Antrag online gestellt
(Vorgangsnummer [[AZ:WA-2026-173390]]), bittet aber darum, die Unterlagen an seine Anschrift in
Frankreich zu schicken: [[STR:12 rue Pasteur, Appartement 31]], [[LOC:69007 Lyon]]. Reicht dafür
die Angabe im Online-Antrag, oder braucht es eine unterschriebene Vollmacht?

2. Ich selbst möchte mich als Wahlhelferin melden, gern im Wahlbezirk Radeberger Vorstadt, der
Wahllokal-Standort in der 10. Grundschule wäre für mich zu Fuß erreichbar. Als Schriftführerin
habe ich 2024 bei der Stadtratswahl schon Erfahrung gesammelt. Das Erfrischungsgeld von 40 Euro
kann auf mein Konto gehen, die Bankverbindung haben Sie noch von damals.

Telefonisch bin ich unter [[TEL:0351 / 8 02 64 15]] erreichbar, tagsüber unter
[[TEL:0171-6 43 97 20]].

Mit freundlichen Grüßen
[[P:Katharina von Aschenbach]]
""",
    [
        "wahlamt@dresden.de",
        "Radeberger Vorstadt",
        "10. Grundschule",
        "40 Euro",
    ],
    allow=("von",),
)

pii(
    "citizen_email",
    """
Von: [[MAIL:jelena.markovic.bs@gmail.com]]
An: musikschule@braunschweig.de
Datum: Mi, 3. Sept. 2025 07:52
Betreff: Anmeldung Klavierunterricht + Ermäßigung Geschwister

Guten Morgen,

ich möchte meine Tochter [[P:Ana Marković]] (geb. [[DOB:12.11.2016]]) für Klavierunterricht
(Einzelunterricht 30 Minuten) an der Städtischen Musikschule anmelden. Ihr Bruder [[P:Luka]]
nimmt bereits Gitarrenunterricht bei Herrn [[P:Sommerfeld]] (Schülernummer [[AZ:MS-04187]]).
Nach der Entgeltordnung gibt es für das zweite Kind 25 % Geschwisterermäßigung – bitte
berücksichtigen Sie das.

[[P:Ana]] kann dienstags und donnerstags ab 15:30 Uhr, mittwochs hat sie Ganztag bis 16 Uhr. Am
liebsten wäre uns der Unterricht in der Außenstelle Weststadt, da wir in der
[[STR:Donaustraße 24]] wohnen ([[LOC:38120 Braunschweig]]).

Ein Leihinstrument brauchen wir nicht, wir haben ein E-Piano. Die Entgelte können wie bisher
abgebucht werden, Kontoinhaber ist mein Mann [[P:Dragan Marković]]. Falls es eine Warteliste
gibt, setzen Sie [[P:Ana]] bitte darauf; sie hat im Frühjahr schon die Schnupperstunde besucht
und war begeistert.

Ich arbeite im Schichtdienst, am besten erreichen Sie mich unter [[TEL:0531 - 87 14 602]] oder
per Mail.

Viele Grüße
[[P:Jelena Marković]]
""",
    [
        "musikschule@braunschweig.de",
        "Städtischen Musikschule",
        "25 % Geschwisterermäßigung",
        "Außenstelle Weststadt",
    ],
)

pii(
    "citizen_email",
    """
Von: [[P:Hendrik van der Meer]] <[[MAIL:hendrik.vandermeer@ewetel.net]]>
An: gruenflaechen@stadt-oldenburg.de
Cc: [[MAIL:inge.vandermeer@ewetel.net]]
Datum: Montag, 6. Oktober 2025 18:03
Betreff: Antrag auf Fällgenehmigung – Rotbuche im Vorgarten [[STR:Ofener Straße 133]]

Sehr geehrte Damen und Herren,

wir beantragen die Genehmigung zur Fällung einer Rotbuche auf unserem Grundstück
[[STR:Ofener Straße 133]], [[LOC:26121 Oldenburg]]. Der Baum hat in 1 m Höhe einen Stammumfang
von etwa 190 cm und fällt damit unter die Baumschutzsatzung der Stadt Oldenburg.

Beim Sturm im September ist ein großer Ast auf das Carport unseres Nachbarn, Herrn
[[P:Okonkwo]], gefallen. Der Baumpfleger [[P:Jens Wolf]] (Baumpflege [[P:Wolf]], [[STR:Alexanderstraße 402]],
[[LOC:26127 Oldenburg]], Tel. [[TEL:0441 3 40 99 18]]) hat uns bestätigt, dass der Stamm am Fuß
stark von Riesenporling befallen ist. Sein Gutachten und Fotos hängen an.

Als Ersatzpflanzung schlagen wir eine Hainbuche oder einen Feldahorn an gleicher Stelle vor.
Die Fällung würde Herr [[P:Wolf]] außerhalb der Brutzeit, also bis Ende Februar, vornehmen.

Uns ist bewusst, dass die Genehmigung gebührenpflichtig ist. Den Bescheid schicken Sie bitte an
mich; Miteigentümerin ist meine Frau [[P:Inge van der Meer]] (in Kopie).

Mit freundlichen Grüßen
[[P:Hendrik van der Meer]]
[[TEL:0441 / 50 27 316]]
""",
    [
        "gruenflaechen@stadt-oldenburg.de",
        "Baumschutzsatzung der Stadt Oldenburg",
        "außerhalb der Brutzeit",
        "Hainbuche oder einen Feldahorn",
    ],
    allow=("der",),
)

pii(
    "citizen_email",
    """
Von: [[P:Yusuf Al-Khatib]] <[[MAIL:yusuf@alkhatib-design.de]]>
An: gruenderservice@chemnitz.de
Datum: 27.02.2026 10:41
Betreff: Gründung Grafikbüro – Fragen zu Gewerbeanmeldung, Förderung und Räumen

Sehr geehrte Damen und Herren vom Gründerservice,

ich habe Ihren Infoabend im Februar besucht und möchte mich als Grafikdesigner selbständig
machen. Frau [[P:Lehmann]] sagte mir dort, ich solle meine Fragen schriftlich schicken.

Zu mir: [[P:Yusuf Al-Khatib]], geboren [[DOB:1991]] in [[LOC:Aleppo]], seit 2016 in
[[LOC:Chemnitz]], Bachelor Kommunikationsdesign an der Hochschule Mittweida, derzeit angestellt
bei einer Agentur. Wohnanschrift: [[STR:Zschopauer Straße 216]], [[LOC:09126 Chemnitz]].

Meine Fragen:
1. Brauche ich als Designer eine Gewerbeanmeldung oder bin ich freiberuflich? Das Finanzamt hat
   mir bereits eine Steuernummer erteilt: [[TAX:215/283/04117]].
2. Gibt es Zuschüsse für Gründer mit Migrationshintergrund, z. B. über die Sächsische Aufbaubank?
3. Können Sie mir freie Büroräume im Gründerzentrum TCC vermitteln? Ich brauche etwa 20 m².
4. Mein Freund [[P:Marek Dvořák]] möchte vielleicht als Partner einsteigen. Ist dann eine
   GbR oder eine UG besser?

Ein Gesprächstermin wäre mir am liebsten, gern auch online. Mobil: [[TEL:0157 3820 4471]].

Vielen Dank und freundliche Grüße
[[P:Yusuf Al-Khatib]]
[[P:Al-Khatib]] Design (in Gründung)
""",
    [
        "gruenderservice@chemnitz.de",
        "Hochschule Mittweida",
        "Sächsische Aufbaubank",
        "Gründerzentrum TCC",
    ],
)

pii(
    "citizen_email",
    """
Von: [[MAIL:svetlana.koch@gmx.net]]
An: info@vhs-goettingen.de
Gesendet: Dienstag, 13. Januar 2026 09:12
Betreff: Integrationskurs und Abmeldung Yoga – Kundennummer [[AZ:104 552]]

Sehr geehrte Damen und Herren,

ich schreibe für meine Mutter, Frau [[P:Ljudmila Sokolowa]], geboren am [[DOB:19.08.1958]] in
[[LOC:Omsk]]. Sie ist im November aus [[LOC:Kiew]] zu uns nach [[LOC:Göttingen]] gezogen und
wohnt bei mir in der [[STR:Weender Landstraße 61]], [[LOC:37075 Göttingen]]. Vom BAMF hat sie
die Berechtigung zum Integrationskurs erhalten (Kennziffer [[AZ:3H4F8-2211-0094]]). Sie möchte
einen Kurs mit Alphabetisierung besuchen, da sie die lateinische Schrift noch nicht sicher liest.
Gibt es im Frühjahr einen Vormittagskurs? Den Einstufungstest kann sie jederzeit machen; ich
würde sie begleiten und übersetzen. Ihr ukrainischer Reisepass hat die Nummer [[PASS:FE718204]].

Zweitens möchte ich mich selbst vom Kurs „Yoga am Abend" (Kursnummer 26A-4512) abmelden.
Mein Arbeitgeber hat mich in die Spätschicht eingeteilt. Ich weiß, dass die Abmeldefrist
abgelaufen ist; vielleicht können Sie trotzdem eine Gutschrift ausstellen oder den Platz
weitergeben? Ich koche übrigens gern mit – falls der Kochkurs „Ukrainische Küche" noch eine
Leitung sucht.

Mit freundlichen Grüßen
[[P:Swetlana Koch]]
Tel. [[TEL:0551 49 38 207]]
""",
    [
        "info@vhs-goettingen.de",
        "Integrationskurs",
        "Yoga am Abend",
        "Kursnummer 26A-4512",
    ],
)

# --- official_notice --------------------------------------------------------------------------

pii(
    "official_notice",
    """
Stadt Gelsenkirchen · Referat Öffentliche Sicherheit und Ordnung · 45875 Gelsenkirchen

Herrn
[[P:Marco Bauer]]
[[STR:Bismarckstraße 301]]
[[LOC:45889 Gelsenkirchen]]

Auskunft erteilt: Frau [[P:Schwarzkopf]]
Zimmer 2.14, Hans-Sachs-Haus, Ebertstraße 11
Telefon [[TEL:0209 169-4473]] (Zentrale 0209 169-0)
E-Mail [[MAIL:n.schwarzkopf@gelsenkirchen.de]]
Aktenzeichen: [[AZ:32.1-OWi-25/118804]]
Datum: 04.12.2025

Anhörung im Bußgeldverfahren – Verstoß gegen die Leinenpflicht

Sehr geehrter Herr [[P:Bauer]],

Ihnen wird vorgeworfen, am 18.11.2025 gegen 7:40 Uhr im Stadtgarten Ihren Hund, einen
Rottweiler-Mischling, ohne Leine geführt zu haben, obwohl der Hund nach § 11 Abs. 6 LHundG NRW
als großer Hund außerhalb des befriedeten Besitztums angeleint sein muss. Der Hund soll dabei
eine Joggerin angesprungen haben. Als Zeuge ist Herr [[P:Ahmet Yıldırım]] benannt.

Der Hund ist bei der Stadt unter der Steuermarke [[AZ:GE-24-08817]] auf Sie angemeldet.

Sie haben Gelegenheit, sich zu dem Vorwurf zu äußern. Sie sind nicht verpflichtet, Angaben zur
Sache zu machen; Angaben zur Person (Name, Anschrift, Geburtsdatum) sind jedoch Pflicht. Bitte
verwenden Sie den beigefügten Anhörungsbogen und senden Sie ihn bis zum 22.12.2025 zurück.

Geht keine Äußerung ein, wird nach Aktenlage entschieden. Für den Verstoß ist nach dem
Bußgeldkatalog ein Regelsatz von 100,00 Euro vorgesehen.

Mit freundlichen Grüßen
Im Auftrag

[[P:Schwarzkopf]]
""",
    [
        "Hans-Sachs-Haus, Ebertstraße 11",
        "0209 169-0",
        "§ 11 Abs. 6 LHundG NRW",
        "100,00 Euro",
        "Stadtgarten",
    ],
)

V["iban_n2"] = iban("DE", "34250501" + "0008825514")

pii(
    "official_notice",
    """
Stadt Solingen – Der Oberbürgermeister
Stadtdienst Jugend – Unterhaltsvorschusskasse
Walter-Scheel-Platz 1, 42651 Solingen

Frau
[[P:Daniela Correia da Silva]]
[[STR:Focher Straße 77]]
[[LOC:42719 Solingen]]

Ihre Ansprechpartnerin: [[P:Miriam Hartung]]
Durchwahl: [[TEL:0212 290-3318]]
Unser Zeichen: [[AZ:51-UV-2025-1142]]
Solingen, 15.09.2025

Bescheid über Leistungen nach dem Unterhaltsvorschussgesetz (UVG)

Sehr geehrte Frau [[P:Correia da Silva]],

auf Ihren Antrag vom 28.07.2025 werden für Ihr Kind

  [[P:Gabriel Correia da Silva]], geboren am [[DOB:03.02.2019]],

Leistungen nach dem UVG ab dem 01.07.2025 bewilligt. Der monatliche Betrag beträgt für Kinder
von 6 bis 11 Jahren derzeit 301,00 Euro und wird jeweils zum Monatsanfang auf das von Ihnen
angegebene Konto [[IBAN:«iban_n2»]] überwiesen.

Begründung: Der Vater des Kindes, Herr [[P:Rui Almeida]], geb. [[DOB:21.10.1988]], leistet
keinen Unterhalt. Er ist nach Auskunft des Einwohnermeldeamtes nach [[LOC:Porto]] verzogen.
Gemäß § 7 UVG geht sein Unterhaltsanspruch in Höhe der geleisteten Beträge auf das Land über;
wir werden den Rückgriff betreiben.

Sie sind verpflichtet, jede Änderung unverzüglich mitzuteilen, insbesondere wenn das Kind nicht
mehr bei Ihnen lebt, der Vater Unterhalt zahlt oder Sie heiraten (§ 6 Abs. 4 UVG).

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage
beim Verwaltungsgericht Düsseldorf erhoben werden.

Im Auftrag
[[P:Hartung]]
""",
    [
        "Walter-Scheel-Platz 1, 42651 Solingen",
        "301,00 Euro",
        "§ 7 UVG",
        "Verwaltungsgericht Düsseldorf",
    ],
)

V["iban_herne"] = iban("DE", "43250030" + "0000001266")

pii(
    "official_notice",
    """
Stadt Herne · Fachbereich Finanzen · Stadtkasse · Postfach 10 18 20 · 44621 Herne

Eheleute
[[P:Stanisław]] und [[P:Irena Kowalczyk]]
[[STR:Bahnhofstraße 142]]
[[LOC:44623 Herne]]

Kassenzeichen: [[AZ:1.20.318.662.7]]
Sachbearbeitung: [[P:Timo Berlin]], Zimmer 107
Telefon: [[TEL:02323 16-2291]]
Herne, 10. Februar 2026

MAHNUNG

Sehr geehrte Damen und Herren,

nach unseren Unterlagen sind folgende Beträge trotz Fälligkeit noch nicht bezahlt:

Grundbesitzabgaben 4. Quartal 2025, fällig 15.11.2025     312,48 EUR
Mahngebühr                                                  5,00 EUR
Säumniszuschläge (§ 240 AO)                                 6,00 EUR
Gesamt                                                    323,48 EUR

Bitte überweisen Sie den Gesamtbetrag innerhalb einer Woche auf das Konto der Stadtkasse Herne,
IBAN «iban_herne», unter Angabe des Kassenzeichens. Sollte die Zahlung
inzwischen erfolgt sein, betrachten Sie dieses Schreiben bitte als gegenstandslos.

Wir weisen darauf hin, dass nach Ablauf der Frist ohne weitere Ankündigung die
Zwangsvollstreckung eingeleitet werden kann. Falls Sie vorübergehend nicht zahlen können,
sprechen Sie uns an; eine Ratenzahlung ist auf Antrag möglich.

Betroffenes Objekt: [[STR:Bahnhofstraße 142]], Herne-Mitte (Eigentümer: [[P:Stanisław Kowalczyk]],
[[P:Irena Kowalczyk]], je zur Hälfte).

Mit freundlichen Grüßen
Im Auftrag
[[P:T. Berlin]]

Öffnungszeiten der Stadtkasse: Mo–Fr 8:30–12:00 Uhr, Friedrich-Ebert-Platz 2
""",
    [
        "IBAN «iban_herne»",
        "323,48 EUR",
        "§ 240 AO",
        "Friedrich-Ebert-Platz 2",
    ],
)

pii(
    "official_notice",
    """
Wissenschaftsstadt Darmstadt
Ordnungsamt – Verkehrsüberwachung
Grafenstraße 30, 64283 Darmstadt

Herrn
[[P:Sébastien Lefèvre]]
[[STR:Heinrichstraße 188]]
[[LOC:64287 Darmstadt]]

Bearbeiter: Herr [[P:Kühn]]          Telefon: [[TEL:06151 13-3675]]
Zeichen: [[AZ:VÜ 32.22 – 2025-045512]]          Darmstadt, 29.10.2025

Gebührenbescheid über die Kosten der Umsetzung (Abschleppen) Ihres Fahrzeugs

Sehr geehrter Herr [[P:Lefèvre]],

Ihr Fahrzeug mit dem amtlichen Kennzeichen [[KFZ:DA-SL 744]] (Halter laut Auskunft des
Kraftfahrt-Bundesamtes: [[P:Sébastien Lefèvre]], geb. [[DOB:17.05.1979]]) stand am 21.10.2025
von 6:50 Uhr bis 9:15 Uhr in der Feuerwehrzufahrt vor dem Gebäude Karolinenplatz 5. Die Zufahrt
ist durch Zeichen 283 StVO mit Zusatzzeichen „Feuerwehrzufahrt" gekennzeichnet. Da der Fahrer
nicht erreichbar war, wurde das Fahrzeug um 9:20 Uhr durch die Firma
Abschleppdienst Kranich GmbH auf deren Gelände umgesetzt.

Für die Maßnahme werden folgende Kosten festgesetzt:
Kosten des Abschleppunternehmens       198,00 €
Verwaltungsgebühr                       65,00 €
Auslagen (Zustellung)                    3,50 €
Summe                                  266,50 €

Das Verwarnungsgeld wegen des Parkverstoßes wird in einem gesonderten Verfahren erhoben.

Bitte zahlen Sie den Betrag bis zum 28.11.2025 unter Angabe des Kassenzeichens
[[AZ:7100.45.2025.3318]] an die Stadtkasse Darmstadt.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe
Widerspruch beim Magistrat der Wissenschaftsstadt Darmstadt erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P:Kühn]]
""",
    [
        "Grafenstraße 30, 64283 Darmstadt",
        "Karolinenplatz 5",
        "Abschleppdienst Kranich GmbH",
        "266,50 €",
        "Zeichen 283 StVO",
    ],
)

pii(
    "official_notice",
    """
Stadt Karlsruhe
Gartenbauamt – Baumschutz
Lorenzstraße 17, 76135 Karlsruhe
Telefon 0721 133-6701 · gba@karlsruhe.de

Frau
[[P:Ivana Horvat]]
[[STR:Durlacher Allee 61]]
[[LOC:76131 Karlsruhe]]

Ansprechpartner: [[P:Oliver Seidel]], [[TEL:0721 133-6734]], [[MAIL:oliver.seidel@gba.karlsruhe.de]]
Aktenzeichen: [[AZ:GBA-BS 2026/0087]]
Karlsruhe, 19. Januar 2026

Genehmigung zur Fällung eines Baumes nach der Baumschutzsatzung

Sehr geehrte Frau [[P:Horvat]],

auf Ihren Antrag vom 5. Januar 2026 wird Ihnen die Genehmigung erteilt, auf dem Grundstück
[[STR:Durlacher Allee 61]] (Flurstück 4471) einen Bergahorn mit einem Stammumfang von 145 cm zu
fällen. Die Standsicherheit ist nach dem Befund unseres Baumkontrolleurs nicht mehr gegeben.

Nebenbestimmungen:
1. Die Fällung ist bis zum 28. Februar 2026 durchzuführen (§ 39 Abs. 5 BNatSchG).
2. Als Ersatz ist bis zum 30. November 2026 ein standortgerechter Laubbaum mit einem
   Stammumfang von mindestens 18–20 cm auf dem Grundstück zu pflanzen.
3. Die Ersatzpflanzung ist uns mit Foto anzuzeigen.

Für diese Genehmigung wird eine Gebühr von 60,00 Euro erhoben. Den Gebührenbescheid erhalten Sie
gesondert. Ihr Mieter im Erdgeschoss, Herr [[P:Marko Petrović]], hat als Anlieger der Fällung
zugestimmt; er erhält keine Kopie dieses Bescheids.

Rechtsbehelfsbelehrung: Gegen diese Entscheidung kann innerhalb eines Monats nach Bekanntgabe
Widerspruch bei der Stadt Karlsruhe, Gartenbauamt, erhoben werden.

Mit freundlichen Grüßen
[[P:Seidel]]
""",
    [
        "Lorenzstraße 17, 76135 Karlsruhe",
        "0721 133-6701",
        "gba@karlsruhe.de",
        "§ 39 Abs. 5 BNatSchG",
        "60,00 Euro",
    ],
)

# --- office_letter ----------------------------------------------------------------------------

pii(
    "office_letter",
    """
Landeshauptstadt Stuttgart
Standesamt – Namensänderungen
Eberhardstraße 39, 70173 Stuttgart

Herrn
[[P:Felix Karl-Heinz Frankfurter]]
[[STR:Böblinger Straße 205]]
[[LOC:70199 Stuttgart]]

Bearbeitet von: [[P:Selin Arslan]]
Telefon: [[TEL:0711 216-9 84 42]]
E-Mail: [[MAIL:selin.arslan@stuttgart.de]]
Geschäftszeichen: [[AZ:34-NÄ-0412/2026]]
Datum: 02.03.2026

Eingangsbestätigung – Antrag auf Namensänderung

Sehr geehrter Herr [[P:Frankfurter]],

wir bestätigen den Eingang Ihres Antrags vom 24.02.2026 auf Änderung Ihres Vornamens. Sie
möchten den Vornamen „[[P:Karl-Heinz]]" streichen lassen und künftig nur noch „[[P:Felix]]" heißen.

Für die Bearbeitung fehlen noch folgende Unterlagen:
– eine aktuelle beglaubigte Abschrift aus dem Geburtenregister Ihres Geburtsstandesamts
  ([[LOC:Heilbronn]]),
– eine Meldebescheinigung mit früheren Wohnorten,
– ein Führungszeugnis zur Vorlage bei einer Behörde,
– eine kurze schriftliche Begründung, warum der Name Sie belastet.

Die Verwaltungsgebühr für eine Namensänderung nach dem Namensänderungsgesetz (NamÄndG) beträgt
je nach Aufwand bis zu 1.533,00 Euro; in der Regel liegt sie deutlich darunter. Wir bitten Sie,
die Unterlagen innerhalb von vier Wochen nachzureichen.

Zu Ihrer Frage: Die Erklärung nach § 45b PStG betrifft nur den Geschlechtseintrag und ist für
Ihr Anliegen nicht einschlägig.

Mit freundlichen Grüßen
Im Auftrag
[[P:Arslan]]
""",
    [
        "Eberhardstraße 39, 70173 Stuttgart",
        "NamÄndG",
        "1.533,00 Euro",
        "§ 45b PStG",
    ],
)

pii(
    "office_letter",
    """
Stadt Augsburg · Amt für Soziale Leistungen · An der Blauen Kappe 18 · 86152 Augsburg

Frau
[[P:Gülsüm Aydın]]
[[STR:Wertachstraße 9]], Whg. 12
[[LOC:86153 Augsburg]]

Ihr Zeichen: –
Unser Zeichen: [[AZ:50/GS-2026/0319]]
Sachbearbeiterin: Frau [[P:Ramona Lechner]]
Telefon: [[TEL:0821 324-45 61]]
Augsburg, 16.01.2026

Ihr Antrag auf Grundsicherung im Alter und bei Erwerbsminderung – Einladung zur Vorsprache

Sehr geehrte Frau [[P:Aydın]],

Ihr Antrag vom 8. Januar 2026 ist bei uns eingegangen. Damit wir ihn zügig bearbeiten können,
laden wir Sie zu einem persönlichen Gespräch ein:

Termin: Dienstag, 27. Januar 2026, 10:30 Uhr
Ort: An der Blauen Kappe 18, Erdgeschoss, Zimmer 0.08

Bitte bringen Sie mit:
1. Ihren Personalausweis oder Reisepass,
2. den Rentenbescheid der Deutschen Rentenversicherung mit Ihrer Versicherungsnummer,
3. Kontoauszüge der letzten drei Monate,
4. den Mietvertrag und die letzte Nebenkostenabrechnung,
5. Nachweise über Vermögen (Sparbuch, Lebensversicherung).

Wenn Sie nicht gut Deutsch sprechen, dürfen Sie eine Person zum Übersetzen mitbringen. Ihre
Tochter, Frau [[P:Elif Aydın-Schäfer]], hatte bei der Antragstellung angeboten, Sie zu begleiten.

Können Sie den Termin nicht wahrnehmen, rufen Sie uns bitte an. Bitte beachten Sie, dass wir
ohne Ihre Mitwirkung (§ 60 SGB I) über den Antrag nicht entscheiden können.

Mit freundlichen Grüßen
Im Auftrag
[[P:R. Lechner]]
""",
    [
        "An der Blauen Kappe 18",
        "§ 60 SGB I",
        "Deutschen Rentenversicherung",
        "Zimmer 0.08",
    ],
)

pii(
    "office_letter",
    """
Stadtbücherei Münster
Alter Steinweg 11, 48143 Münster
Telefon 0251 492-4242 · stadtbuecherei@stadt-muenster.de

Herrn
[[P:Pedro Sánchez Ortega]]
[[STR:Hammer Straße 310]]
[[LOC:48153 Münster]]

Leserausweis: [[AZ:4800 1257 7931]]
Münster, 11. November 2025

Ihre Nachricht vom 3. November 2025 – Verlust eines Mediums

Sehr geehrter Herr [[P:Sánchez Ortega]],

vielen Dank für Ihre Nachricht. Sie teilen mit, dass das entliehene Buch „Der Dom zu Münster"
(Mediennummer 0061-4482291) bei einem Wasserschaden in Ihrer Wohnung beschädigt wurde und nicht
mehr ausgeliehen werden kann.

Nach unserer Entgeltordnung berechnen wir den Wiederbeschaffungswert von 29,90 Euro zuzüglich
einer Bearbeitungspauschale von 5,00 Euro. Die bereits angefallenen Säumnisgebühren von 4,00
Euro erlassen wir Ihnen ausnahmsweise, da der Schaden vor Ablauf der Leihfrist entstanden ist.

Alternativ können Sie ein neues, gleichwertiges Exemplar selbst kaufen und an der Ausleihtheke
abgeben; dann entfällt der Wiederbeschaffungswert.

Ihr Leserausweis ist bis zur Klärung gesperrt. Ihre Tochter [[P:Lucía]] kann mit ihrem eigenen
Kinderausweis weiterhin ausleihen.

Für Rückfragen erreichen Sie mich unter [[TEL:0251 492-42 19]] oder per E-Mail an
[[MAIL:hoffmann-s@stadt-muenster.de]].

Mit freundlichen Grüßen
[[P:Sandra Hoffmann]]
Ausleihe und Kundenservice
""",
    [
        "Alter Steinweg 11, 48143 Münster",
        "0251 492-4242",
        "stadtbuecherei@stadt-muenster.de",
        "29,90 Euro",
        "Mediennummer 0061-4482291",
    ],
)

# --- internal_memo ----------------------------------------------------------------------------

pii(
    "internal_memo",
    """
Stadt Trier
Amt für Bauen, Umwelt, Denkmalpflege – Bauaufsicht

Vermerk / Weiterleitung

An:      Umweltamt, Abt. Immissionsschutz, z. Hd. Herrn [[P:Schmitt]]
Von:     [[P:Julia Kerner]], Bauaufsicht, Tel. [[TEL:0651 718-2187]]
Datum:   12.08.2025
Az.:     [[AZ:63-BA-0719/2024]]

Betreff: Nachbarbeschwerde Wärmepumpe – Grundstück [[STR:Zurmaiener Straße 88]], Trier-Nord

1. Sachverhalt
Herr [[P:Wilfried Frank]], [[STR:Zurmaiener Straße 90]], [[LOC:54292 Trier]], beschwert sich mit
Schreiben vom 04.08.2025 über nächtliche Geräusche der Luft-Wärmepumpe seines Nachbarn, Herrn
[[P:Jan-Niklas Thelen]]. Die Anlage wurde im Frühjahr im Seitenabstand errichtet; sie ist nach
§ 62 LBauO verfahrensfrei, eine Baugenehmigung liegt daher nicht vor. Herr [[P:Frank]] gibt an,
das Gerät laufe „ab 22 Uhr wie ein Föhn". Er hat eine eigene Messung mit einer Handy-App
beigefügt (52 dB(A) am Schlafzimmerfenster). Telefonisch erreichbar unter [[TEL:0651 9 94 21 07]].

2. Bewertung Bauaufsicht
Bauordnungsrechtlich ist die Abstandsfläche eingehalten (Aufstellhöhe unter 2 m). Die Frage der
Lärmwerte nach TA Lärm fällt in Ihre Zuständigkeit. Kurz gesagt: Für Lärmfragen ist die Bauaufsicht nicht
zuständig – dies wurde dem Beschwerdeführer am 11.08. telefonisch mitgeteilt.

3. Weiterleitung
Vorgang mit Anlagen (Beschwerde, Fotos, Messprotokoll) zur weiteren Prüfung und ggf.
Messung. Herr [[P:Thelen]] ([[TEL:0160 7742198]]) ist zu einer Ortsbesichtigung bereit und bittet
um Terminabsprache vorab.

4. WV: 15.09.2025 (Sachstand beim Umweltamt erfragen)

gez. [[P:Kerner]]
""",
    [
        "§ 62 LBauO",
        "TA Lärm",
        "52 dB(A)",
        "Abt. Immissionsschutz",
    ],
)

pii(
    "internal_memo",
    """
Landeshauptstadt Saarbrücken
Amt für soziale Angelegenheiten – Team Grundsicherung 2

Übergabevermerk für die Urlaubsvertretung (22.12.2025 – 09.01.2026)

Von: [[P:Thomas Klein]] (Durchwahl [[TEL:0681 905-4128]])
An:  [[P:Aleksandra Jovanović]] (Vertretung)
Cc:  Teamleitung

Liebe [[P:Aleksandra]],

anbei die offenen Fälle, bei denen in meiner Abwesenheit etwas passieren muss:

1. [[P:Bernd Schuster]], geb. [[DOB:02.11.1957]], Az. [[AZ:50.2-GS-4411]]
   Folgeantrag Grundsicherung liegt vor, Rentenbescheid fehlt noch. Er hat zugesagt, ihn bis
   Weihnachten vorbeizubringen. Bitte zum 01.01. vorläufig weiterbewilligen.

2. [[P:Ayşe Güler]], geb. [[DOB:14.07.1950]], Az. [[AZ:50.2-GS-3987]]
   Umzug ins Pflegeheim zum 15.12.; Sohn [[P:Kemal Güler]] kümmert sich
   ([[TEL:0176 55 18 20 43]]). Mietvertrag der alten Wohnung [[STR:Mainzer Straße 144]] ist
   gekündigt, Kaution wird vom Vermieter zurückgezahlt – bitte als Einkommen prüfen.

3. [[P:Dragoljub Nikolić]], Az. [[AZ:50.2-GS-4502]]
   Neuantrag, Hausbesuch war am 10.12. Ergebnis im Vermerk. Bescheid ist vorbereitet, muss nur
   noch durch die Zweitkontrolle.

4. Erbschaft Fall [[AZ:50.2-GS-2216]] (Frau [[P:Hannelore Becker-Voss]]): Nachlassgericht hat
   geantwortet, Schreiben liegt im Fach. Keine Eile.

Zugang zur E-Akte ist für dich freigeschaltet. Bei Fragen bin ich nicht erreichbar – bitte an
die Teamleitung wenden (Funktionspostfach grundsicherung@saarbruecken.de).

Danke und schöne Feiertage!
[[P:Thomas]]
""",
    [
        "Team Grundsicherung 2",
        "grundsicherung@saarbruecken.de",
        "Nachlassgericht",
        "E-Akte",
    ],
)

pii(
    "internal_memo",
    """
Stadt Koblenz
Wahlamt – Bürgerdienste

Hausmitteilung

An:    Personalamt, Frau [[P:Nadine Fischer]]
Von:   Wahlamt, [[P:Sven Roth]], Tel. [[TEL:0261 129-2619]]
Datum: 30.01.2026

Betreff: Landtagswahl 22.03.2026 – Heranziehung städtischer Beschäftigter als Wahlvorstände

Sehr geehrte Frau [[P:Fischer]],

für die Briefwahlbezirke fehlen nach dem Stand von heute noch 14 Wahlvorsteherinnen und
Wahlvorsteher. Wir bitten, folgende Beschäftigte, die sich freiwillig gemeldet haben, für den
Wahlsonntag freizustellen und ihnen den Ausgleichstag nach der Dienstvereinbarung zu gewähren:

- [[P:Kessler, Markus]], Tiefbauamt (Briefwahlbezirk 904)
- [[P:Doğan, Sevgi]], Jugendamt (Briefwahlbezirk 905)
- [[P:Wagner-Puhl, Christiane]], Stadtkasse (Briefwahlbezirk 907)
- [[P:Oliveira, Tiago]], Amt für Informations- und Kommunikationstechnik (Briefwahlbezirk 911)
- [[P:Lang, Heike]], Sozialamt (Briefwahlbezirk 912)

Frau [[P:Doğan]] hat mitgeteilt, dass sie erst ab 13 Uhr zur Verfügung steht; wir setzen sie als
stellvertretende Wahlvorsteherin ein. Herr [[P:Oliveira]] übernimmt zusätzlich die Schulung am
12.03.2026 im Rathaus, Gebäude Willi-Hörter-Platz 1.

Die Erfrischungsgelder (Wahlvorsteher 50 Euro, Beisitzer 35 Euro) werden über die Stadtkasse mit
der Gehaltsabrechnung für April ausgezahlt. Die Steuerfreiheit nach § 3 Nr. 12 EStG ist zu
beachten.

Für Rückfragen stehe ich gern zur Verfügung.

Mit freundlichen Grüßen
i. A. [[P:Roth]]
""",
    [
        "Willi-Hörter-Platz 1",
        "§ 3 Nr. 12 EStG",
        "Briefwahlbezirk 904",
        "50 Euro",
    ],
)

V["id_f2"] = id_card("CFH7R2L19", True)

# --- file_note --------------------------------------------------------------------------------

pii(
    "file_note",
    """
Stadt Jena – Fachdienst Sicherheit und Ordnung
Telefonvermerk

Datum/Zeit: 14.07.2025, 10:20 Uhr
Aufgenommen von: [[P:Kranz]] (FD 32.1)
Vorgang: [[AZ:32.1-LÄ-2025-0261]] (Ruhestörung)

Anrufer: Herr [[P:Oleksandr Melnyk]], [[STR:Karl-Marx-Allee 37]], 3. OG links, [[LOC:07747 Jena]]
Rückruf: [[TEL:03641 / 36 27 58]], mobil [[TEL:0151 2947 0385]]

Inhalt:
Herr [[P:Melnyk]] beschwert sich erneut über laute Musik und Partys in der Wohnung über ihm
(4. OG links). Es sei seit Mai jedes Wochenende bis 3 Uhr nachts laut, zuletzt in der Nacht von
Samstag auf Sonntag (12./13.07.). Die Mieterin oben heiße nach dem Klingelschild [[P:Lea Fuhrmann]].
Er habe mehrfach geklingelt, es sei nicht geöffnet worden. Die Polizei sei am 13.07. um 1:45 Uhr
vor Ort gewesen (Einsatz-Nr. laut Anrufer [[AZ:JE-0713-0088]]).

Der Vermieter, die Wohnungsgesellschaft jenawohnen GmbH, sei informiert, reagiere aber nicht.
Herr [[P:Melnyk]] arbeitet im Schichtdienst im Universitätsklinikum und könne nicht schlafen.
Er fragt, ob die Stadt ein Bußgeld verhängen könne.

Auskunft gegeben: Nächtliche Ruhestörung ist eine Ordnungswidrigkeit nach § 117 OWiG;
Lärmprotokoll (Vordruck) per Post zugesandt. Beweise sammeln, Zeugen benennen (Nachbarin
Frau [[P:Renate Kuhlmann]], 3. OG rechts). Anhörung der Mieterin wird eingeleitet.

WV: 04.08.2025

Kr.
""",
    [
        "jenawohnen GmbH",
        "§ 117 OWiG",
        "Universitätsklinikum",
        "FD 32.1",
    ],
)

pii(
    "file_note",
    """
Stadt Halle (Saale) – Standesamt
Vermerk über eine Vorsprache

Datum: 03.02.2026
Sachbearbeiterin: [[P:Antje Gräfe]]
Sterbefall-Nr.: [[AZ:S 311/2026]]

Es erscheint Frau [[P:Mariam al-Hassan]], geb. [[DOB:22.06.1990]], wohnhaft
[[STR:Magdeburger Straße 52]], [[LOC:06112 Halle (Saale)]], ausgewiesen durch Personalausweis
Nr. [[ID:«id_f2»]].

Sie ist die Tochter des am 29.01.2026 im Krankenhaus St. Elisabeth und St. Barbara verstorbenen
Herrn [[P:Khaled al-Hassan]], geb. [[DOB:01.01.1958]] in [[LOC:Homs]], zuletzt wohnhaft
[[STR:Reileck 4]], [[LOC:06114 Halle (Saale)]]. Die Todesanzeige des Krankenhauses liegt vor.

Frau [[P:al-Hassan]] beantragt fünf Sterbeurkunden (Rente, Krankenkasse, Bank, Vermieter, Konsulat).
Sie legt vor: Geburtsurkunde des Verstorbenen in arabischer Sprache mit Übersetzung, syrischer
Reisepass Nr. [[PASS:N01128745]], Aufenthaltstitel, Heiratsurkunde der Eltern (Ehe geschlossen
1986 in [[LOC:Homs]]). Die Mutter, Frau [[P:Fatima al-Hassan]], ist nicht erschienen; sie spricht
kaum Deutsch.

Hinweis erteilt: Der Geburtstag „1. Januar" ist ein fiktives Datum aus dem syrischen Register;
er wird so in den Sterbeeintrag übernommen. Die Überführung nach [[LOC:Damaskus]] ist nicht
geplant; Beisetzung auf dem Gertraudenfriedhof, muslimisches Grabfeld.

Gebühr: 5 Urkunden × 12,00 Euro = 60,00 Euro, bar bezahlt.
Kontakt der Tochter: [[TEL:0345 6 81 44 90]].

[[P:Gräfe]]
""",
    [
        "Krankenhaus St. Elisabeth und St. Barbara",
        "Gertraudenfriedhof",
        "60,00 Euro",
        "Todesanzeige des Krankenhauses",
    ],
)

# --- mail_chain -------------------------------------------------------------------------------

pii(
    "mail_chain",
    """
Von: [[P:Korbinian Huber]] <[[MAIL:korbinian.huber@muenchen.de]]>
Gesendet: Donnerstag, 20. November 2025 11:02
An: [[MAIL:info@elektro-lindner.de]]
Cc: gewerbe.kvr@muenchen.de
Betreff: AW: Gewerbeummeldung – Verlegung Betriebssitz

Sehr geehrter Herr [[P:Lindner]],

die Ummeldung ist vollständig und wird heute bearbeitet. Die neue Betriebsstätte erhält das
Zeichen [[AZ:KVR-I/211-GA-2025-77104]]. Eine Bestätigung schicken wir per Post.

Mit freundlichen Grüßen
[[P:Korbinian Huber]]
Landeshauptstadt München, Kreisverwaltungsreferat
Gewerbeangelegenheiten, Ruppertstraße 19, 80337 München
Tel. [[TEL:089 233-4 52 18]]

-----Ursprüngliche Nachricht-----
Von: [[P:Georg Lindner]] <[[MAIL:info@elektro-lindner.de]]>
Gesendet: Mittwoch, 19. November 2025 17:46
An: gewerbe.kvr@muenchen.de
Betreff: Gewerbeummeldung – Verlegung Betriebssitz

Sehr geehrte Damen und Herren,

ich verlege den Sitz meiner Firma „Elektro [[P:Lindner]] e.K." zum 1. Dezember 2025 von
[[STR:Fraunhoferstraße 22]], [[LOC:80469 München]], nach [[STR:Landsberger Straße 431]],
[[LOC:81241 München]]. Die Firma ist im Handelsregister beim Amtsgericht München unter
[[HR:HRA 108733]] eingetragen; die Änderung habe ich über den Notar gemeldet.

Das Formular GewA 2 ist ausgefüllt angehängt, die Gebühr von 30 Euro bezahle ich gern per
Überweisung. Meine Geschäftsnummer ist [[TEL:089 / 54 76 21 30]], mobil [[TEL:0172 8 31 05 66]].
Geboren bin ich am [[DOB:8. Oktober 1972]] in [[LOC:Rosenheim]].

Mein Meisterbrief liegt Ihnen aus der Erstanmeldung vor. Soll ich die Eintragung in die
Handwerksrolle bei der Handwerkskammer für München und Oberbayern selbst ändern?

Mit freundlichen Grüßen
[[P:Georg Lindner]]
Elektro [[P:Lindner]] e.K.
""",
    [
        "gewerbe.kvr@muenchen.de",
        "Ruppertstraße 19, 80337 München",
        "Handwerkskammer für München und Oberbayern",
        "GewA 2",
    ],
)

pii(
    "mail_chain",
    """
From: [[P:Oksana Kravchenko]] <[[MAIL:oksana.kravchenko91@ukr.net]]>
To: [[P:Heike Schulze]] <[[MAIL:heike.schulze@jga.magdeburg.de]]>
Date: Tue, 10 Feb 2026 08:15:33 +0100
Subject: Re: Beistandschaft [[P:Kravchenko]] – Ihr Zeichen [[AZ:51.32-B-118/25]]

Guten Tag Frau [[P:Schulze]],

danke für Ihre schnelle Antwort. Die neue Adresse vom Vater von [[P:Sofiia]] habe ich nun:
Herr [[P:Andrii Bondarenko]], [[STR:Halberstädter Straße 119]], [[LOC:39112 Magdeburg]]. Er
arbeitet jetzt bei einer Spedition, den Namen weiß ich nicht. Sein Handy: [[TEL:+49 1523 6609 184]].

Die Geburtsurkunde von [[P:Sofiia]] (geb. [[DOB:27.04.2021]]) bringe ich am Donnerstag vorbei.

Mit freundlichen Grüßen
[[P:Oksana Kravchenko]]

Am 09.02.2026 um 14:02 schrieb [[P:Heike Schulze]]:
> Sehr geehrte Frau [[P:Kravchenko]],
>
> die Beistandschaft für Ihre Tochter ist eingerichtet. Um den Unterhalt geltend zu
> machen, benötigen wir die aktuelle Anschrift des Kindesvaters und die Geburtsurkunde.
> Bitte beachten Sie: Der Mindestunterhalt für die erste Altersstufe beträgt derzeit
> 482 Euro abzüglich des hälftigen Kindergeldes.
>
> Mit freundlichen Grüßen
> [[P:Heike Schulze]]
> Landeshauptstadt Magdeburg, Jugendamt – Beistandschaften
> Wilhelm-Höpfner-Ring 4, 39116 Magdeburg
> Telefon [[TEL:0391 540-31 47]]
>
>> Am 06.02.2026 schrieb [[P:Oksana Kravchenko]]:
>> Hallo, ich wohne jetzt in der [[STR:Olvenstedter Chaussee 27]], [[LOC:39130 Magdeburg]].
>> Bitte schicken Sie die Post dorthin. Der Vater zahlt immer noch nicht.
""",
    [
        "Wilhelm-Höpfner-Ring 4, 39116 Magdeburg",
        "482 Euro",
        "Mindestunterhalt",
        "Jugendamt – Beistandschaften",
    ],
)

pii(
    "mail_chain",
    """
Von: Sportamt Heidelberg <sportamt@heidelberg.de>
An: [[P:Mehmet Kaya]] <[[MAIL:m.kaya@tsg-rohrbach-handball.de]]>
Datum: 15.07.2025 13:27
Betreff: WG: Hallenzeiten Saison 2025/26 – Sporthalle Rohrbach

Sehr geehrter Herr [[P:Kaya]],

Ihre Anfrage wurde an uns weitergeleitet. Für die Saison 2025/26 können wir der
TSG Rohrbach 1889 e.V. in der Sporthalle der Eichendorffschule folgende Zeiten zuweisen:
montags 18:00–20:00 Uhr (Halle 1) und freitags 17:00–19:00 Uhr (Halle 2). Die
Nutzungsvereinbarung erhalten Sie in den nächsten Tagen. Das Nutzungsentgelt für Vereine
beträgt nach der Entgeltordnung 4,50 Euro je Hallenstunde. Ihre Buchungsnummer lautet [[AZ:SP-HD-25-3318]].

Mit sportlichen Grüßen
i. A. [[P:Lisa Brenner]]
Stadt Heidelberg – Amt für Sport und Gesundheitsförderung
Bergheimer Straße 69, 69115 Heidelberg
Telefon [[TEL:06221 58-17 420]]

---------- Weitergeleitete Nachricht ----------
Von: [[P:Mehmet Kaya]] <[[MAIL:m.kaya@tsg-rohrbach-handball.de]]>
Datum: 09.07.2025 22:48
An: info@heidelberg.de
Betreff: Hallenzeiten Saison 2025/26 – Sporthalle Rohrbach

Hallo,

ich bin seit März Abteilungsleiter Handball der TSG Rohrbach. Wir haben eine neue
E-Jugend mit 16 Kindern und brauchen ab September zusätzlich zwei Hallenstunden pro Woche.
Der bisherige Ansprechpartner, Herr [[P:Rüdiger Weiß]], ist aus dem Vorstand ausgeschieden;
bitte schreiben Sie künftig nur mir. Privat: [[STR:Karlsruher Straße 146]], [[LOC:69126 Heidelberg]],
mobil [[TEL:0176-41 92 03 77]].

Unsere Trainerin, Frau [[P:Chloé Bernard]], kann montags erst ab 18 Uhr.

Viele Grüße
[[P:Mehmet Kaya]]
Abteilungsleiter Handball
""",
    [
        "sportamt@heidelberg.de",
        "TSG Rohrbach 1889 e.V.",
        "Bergheimer Straße 69, 69115 Heidelberg",
        "4,50 Euro je Hallenstunde",
        "Eichendorffschule",
    ],
)

pii(
    "mail_chain",
    """
Von: Standesamt Wiesbaden <standesamt@wiesbaden.de>
An: [[MAIL:carmen.ruiz.vega@gmail.com]]
Datum: 04.03.2026, 09:40
Betreff: AW: Anmeldung Eheschließung – benötigte Unterlagen (Vorgang [[AZ:EA-2026-0214]])

Sehr geehrte Frau [[P:Ruiz Vega]],

für die Anmeldung Ihrer Eheschließung mit Herrn [[P:Tobias Wolf]] benötigen wir von Ihnen als
spanischer Staatsangehöriger:
- Ihren gültigen Reisepass oder Ihre Identitätskarte,
- einen internationalen Geburtsregisterauszug aus [[LOC:Sevilla]] (nicht älter als sechs Monate),
- ein Ehefähigkeitszeugnis (certificado de capacidad matrimonial) des Registro Civil,
- eine erweiterte Meldebescheinigung.

Von Herrn [[P:Wolf]] benötigen wir Personalausweis und beglaubigten Ausdruck aus dem
Geburtenregister. Der Termin zur Anmeldung kann danach online vereinbart werden.

Mit freundlichen Grüßen
Ihr Team des Standesamts Wiesbaden
Alcide-de-Gasperi-Straße 2, 65197 Wiesbaden

> Von: [[P:Carmen Ruiz Vega]]
> Gesendet: Sonntag, 1. März 2026 20:12
>
> Hallo,
> mein Verlobter und ich wollen im Juli heiraten. Ich bin Spanierin, geboren am
> [[DOB:09.12.1994]] in [[LOC:Sevilla]], und wohne seit zwei Jahren mit [[P:Tobias]] in der
> [[STR:Biebricher Allee 58]], [[LOC:65187 Wiesbaden]]. Meine Identitätskarte (DNI
> [[PASS:48291736K]]) ist noch gültig. Was brauchen wir alles? Wir würden gern im
> Biebricher Schloss heiraten. Kann man dort auch am Samstag?
> Liebe Grüße, [[P:Carmen]]
> [[TEL:+34 612 48 93 07]] / [[TEL:0611 9 74 58 12]]
""",
    [
        "standesamt@wiesbaden.de",
        "Alcide-de-Gasperi-Straße 2, 65197 Wiesbaden",
        "Biebricher Schloss",
        "Registro Civil",
    ],
)

pii(
    "mail_chain",
    """
Von: [[P:Sandra Nowicki]] <[[MAIL:sandra.nowicki@stadtdo.de]]>
An: hundesteuer@stadtdo.de
Datum: Mo 12.01.2026 15:31
Betreff: WG: Listenhund Erlaubnis – Steuerfall [[AZ:HSt-2025-118430]]

Hallo liebe Kolleginnen und Kollegen der Hundesteuer,

zur Info: Herr [[P:Kurt Wolf]] hat die Erlaubnis nach § 4 LHundG NRW für seinen American
Staffordshire Terrier inzwischen erhalten (unser Az. [[AZ:32/3-LH-0098/25]]). Damit kann die
Veranlagung zum erhöhten Steuersatz für gefährliche Hunde erfolgen (2025: 816 Euro jährlich).

Gruß
[[P:Sandra Nowicki]]
Ordnungsamt Dortmund, Team Hunde
Durchwahl [[TEL:0231 50-2 87 33]]

-------- Original-Nachricht --------
Von: [[P:Kurt Wolf]] <[[MAIL:kurt.wolf@freenet.de]]>
An: [[MAIL:sandra.nowicki@stadtdo.de]]
Datum: 09.01.2026 18:20
Betreff: Listenhund Erlaubnis

Sehr geehrte Frau [[P:Nowicki]],

anbei wie besprochen der Sachkundenachweis, das Führungszeugnis und die Bescheinigung über
die Haftpflichtversicherung. Der Hund ist gechippt (Transponder 276098106884120) und heißt
„Wolf" – ein Scherz meines Sohnes, tut mir leid für die Verwirrung in den Unterlagen.

Meine Adresse ist unverändert: [[STR:Hermannstraße 71]], [[LOC:44263 Dortmund]]
([[LOC:Hörde]]). Geboren bin ich am [[DOB:23.03.1966]].

Telefon: [[TEL:0231 / 41 83 92]]

Mit freundlichen Grüßen
[[P:Kurt Wolf]]
""",
    [
        "hundesteuer@stadtdo.de",
        "§ 4 LHundG NRW",
        "816 Euro",
        "Team Hunde",
    ],
    allow=("Wolf",),
)

# --- form_export ------------------------------------------------------------------------------

V["tax_fe1"] = steuer_id("3827150943")
V["id_fe1"] = id_card("LF3N9T4M2", True)

pii(
    "form_export",
    """
===== Online-Gewerbeanmeldung (GewA 1) – Export aus dem Serviceportal =====
Vorgangsnummer: [[AZ:GW-BI-2026-004417]]
Eingang: 05.01.2026 23:41:08
Übermittelt von IP: [[IP:91.63.218.44]]
Zuständige Stelle: Stadt Bielefeld, Bürgeramt – Gewerbeangelegenheiten, Niederwall 23

[Angaben zur Person]
Familienname: [[P:Berisha]]
Vornamen: [[P:Arta]]
Geburtsname: [[P:Krasniqi]]
Geschlecht: weiblich
Geburtsdatum: [[DOB:1993-05-28]]
Geburtsort: [[LOC:Prizren]]
Staatsangehörigkeit: deutsch
Ausweisnummer: [[ID:«id_fe1»]]
Steuer-ID: [[TAX:«tax_fe1»]]
Anschrift Wohnung: [[STR:Stapenhorststraße 62a]], [[LOC:33615 Bielefeld]]
Telefon: [[TEL:0521 / 98 76 14 20]]
E-Mail: [[MAIL:arta.berisha@outlook.de]]

[Angaben zum Betrieb]
Rechtsform: Einzelunternehmen (nicht im Handelsregister eingetragen)
Geschäftsbezeichnung: Kosmetikstudio [[P:Arta]]
Betriebsstätte: [[STR:Jöllenbecker Straße 118]], [[LOC:33613 Bielefeld]]
Telefon Betrieb: [[TEL:0521 32 90 55 71]]
Angemeldete Tätigkeit: Kosmetikstudio, Nagelpflege, Verkauf von Pflegeprodukten
Beginn der Tätigkeit: 01.02.2026
Zahl der Beschäftigten: Vollzeit 0, Teilzeit 1
Art der Anmeldung: Neuerrichtung (Hauptniederlassung)

[Zahlung]
Gebühr: 26,00 EUR, bezahlt per giropay (Transaktions-ID 7F2A-11C9-BB03)

[Erklärung]
Ich versichere die Richtigkeit meiner Angaben. ☑
Hinweis: Die Daten werden nach § 14 GewO an das Finanzamt, die IHK Ostwestfalen zu Bielefeld,
die Berufsgenossenschaft und das Statistische Landesamt übermittelt.
===== Ende des Exports =====
""",
    [
        "Niederwall 23",
        "§ 14 GewO",
        "IHK Ostwestfalen zu Bielefeld",
        "26,00 EUR",
        "Transaktions-ID 7F2A-11C9-BB03",
    ],
)

V["iban_fe2"] = iban("DE", "86050000" + "1100462218")

pii(
    "form_export",
    """
POST /api/v2/wahlhelfer/anmeldungen  HTTP/1.1 – gespeicherter Datensatz
Quelle: Formularserver wahlen.leipzig.de (Server 10.20.4.17)

{
  "antragsnummer": "[[AZ:WH-L-2026-01988]]",
  "eingegangen_am": "2026-02-02T19:06:44+01:00",
  "client_ip": "[[IP:2a02:908:1c23:4e80::3f]]",
  "person": {
    "anrede": "Herr",
    "vorname": "[[P:Duc Anh]]",
    "nachname": "[[P:Trần]]",
    "nachname_ohne_diakritika": "[[P:Tran]]",
    "geburtsdatum": "[[DOB:2001-09-14]]",
    "anschrift": {
      "strasse": "[[STR:Eisenbahnstraße 131]]",
      "plz": "[[LOC:04315]]",
      "ort": "[[LOC:Leipzig]]",
      "ortsteil": "[[LOC:Volkmarsdorf]]"
    },
    "telefon": "[[TEL:+49 176 8104 3327]]",
    "email": "[[MAIL:ducanh.tran@posteo.de]]"
  },
  "einsatz": {
    "wahl": "Landtagswahl Sachsen – Probelauf Kommunalwahl",
    "wunschfunktion": "Beisitzer",
    "wunschbezirk": "Wahlbezirk 0512 (Schule am Rabet)",
    "sprachen": ["deutsch", "vietnamesisch", "englisch"],
    "erfahrung": false
  },
  "bankverbindung": {
    "kontoinhaber": "[[P:Duc Anh Tran]]",
    "iban": "[[IBAN:«iban_fe2»]]"
  },
  "einwilligung_datenspeicherung": true,
  "bemerkung": "Ich studiere an der Universität Leipzig und bin am Wahltag ganztägig verfügbar."
}
""",
    [
        "10.20.4.17",
        "Schule am Rabet",
        "Universität Leipzig",
        "wahlen.leipzig.de",
    ],
    allow=("Leipzig",),
)

pii(
    "form_export",
    """
<?xml version="1.0" encoding="UTF-8"?>
<!-- Export Serviceportal Stadt Gelsenkirchen, Formular "Hundeanmeldung" -->
<hundeanmeldung version="1.3">
  <vorgang id="[[AZ:HA-GE-2025-33021]]" eingang="2025-11-03T08:12:55" quelle="[[IP:178.201.96.12]]"/>
  <halter>
    <anrede>Frau</anrede>
    <vorname>[[P:Jacqueline]]</vorname>
    <nachname>[[P:Koch]]</nachname>
    <geburtsdatum>[[DOB:12.02.1987]]</geburtsdatum>
    <strasse>[[STR:Cranger Straße 221]]</strasse>
    <plz>[[LOC:45891]]</plz>
    <ort>[[LOC:Gelsenkirchen]]</ort>
    <telefon>[[TEL:0209 7 20 48 15]]</telefon>
    <email>[[MAIL:jacky.koch87@web.de]]</email>
  </halter>
  <hund>
    <name>Balu</name>
    <rasse>Labrador-Mischling</rasse>
    <wurfdatum>2025-06-01</wurfdatum>
    <chipnummer>276098100772318</chipnummer>
    <gehalten_seit>2025-10-28</gehalten_seit>
    <gefaehrlich>nein</gefaehrlich>
    <groesser_40cm_oder_20kg>ja</groesser_40cm_oder_20kg>
  </hund>
  <vorbesitzer>
    <name>[[P:Erwin Schalke]]</name>
    <ort>[[LOC:Marl]]</ort>
  </vorbesitzer>
  <versicherung>
    <gesellschaft>Westfälische Provinzial Versicherung AG</gesellschaft>
    <policennummer>[[AZ:HP 44-0981-2276]]</policennummer>
  </versicherung>
  <zahlung art="SEPA" mandat_erteilt="true"/>
  <hinweis>Steuersatz 2025: 156,00 Euro für den ersten Hund; Steuermarke folgt per Post.</hinweis>
  <bemerkung>Meine Tochter ist Köchin, bei Rückfragen bitte ab 15 Uhr anrufen.</bemerkung>
</hundeanmeldung>
""",
    [
        "Westfälische Provinzial Versicherung AG",
        "156,00 Euro",
        "276098100772318",
        "Hundeanmeldung",
    ],
    allow=("Gelsenkirchen",),
)

V["rv_fe4"] = rv_number("65", "110359", "W", "51")
V["iban_fe4"] = iban("DE", "43050000" + "0034118207")

pii(
    "form_export",
    """
Online-Antrag Grundsicherung im Alter (SGB XII) – Stadt Bochum, Amt für Soziales
Antragsnummer ......... [[AZ:GSi-BO-2026-00734]]
Zeitstempel ........... 14.01.2026 10:22
Absender-IP ........... [[IP:87.78.140.201]]

1. Antragsteller/in
Name, Vorname ......... [[P:Wojciechowska, Halina]]
Geburtsdatum .......... [[DOB:11.03.1959]]
Geburtsort ............ [[LOC:Bytom]]
Familienstand ......... verwitwet seit 2019
Anschrift ............. [[STR:Dorstener Straße 390]], [[LOC:44809 Bochum]]
Telefon ............... [[TEL:0234 / 52 48 09]]
Rentenversicherungsnr.  [[RV:«rv_fe4»]]
Krankenkasse .......... AOK NordWest

2. Einkommen
Altersrente DRV ....... 812,44 € netto
Witwenrente ........... 214,10 €
Wohngeld .............. nein

3. Wohnung
Kaltmiete ............. 398,00 €
Nebenkosten ........... 142,00 €
Vermieter ............. VBW Bauen und Wohnen GmbH

4. Bankverbindung
IBAN .................. [[IBAN:«iban_fe4»]]
Kontoinhaberin ........ [[P:Halina Wojciechowska]]

5. Angehörige
Sohn .................. [[P:Piotr Wojciechowski]], [[LOC:Katowice]] (Polen)
Tochter ............... [[P:Agnieszka Lis]], [[STR:Hattinger Straße 18]], [[LOC:44789 Bochum]]

6. Bevollmächtigte für dieses Verfahren
[[P:Agnieszka Lis]] (Tochter), E-Mail [[MAIL:a.lis@gmx.de]], Tel. [[TEL:0171 / 9 38 26 14]]

Erklärung: Ich habe die Hinweise zur Mitwirkungspflicht nach §§ 60 ff. SGB I gelesen.
""",
    [
        "AOK NordWest",
        "VBW Bauen und Wohnen GmbH",
        "812,44 €",
        "§§ 60 ff. SGB I",
    ],
)

# --- table ------------------------------------------------------------------------------------

pii(
    "table",
    """
Stadt Bochum – Wahlamt
Einteilung der Wahlvorstände, Bundestagswahl – Stimmbezirke Bochum-Wattenscheid (Auszug)
Stand: 03.02.2025, Export aus WahlHelferManager, Trennzeichen Semikolon

lfd;Nachname;Vorname;Jg.;Straße;PLZ;Ort;Telefon;Funktion;Stimmbezirk
1;[[P:Özdemir]];[[P:Cem]];[[DOB:1978]];[[STR:Westenfelder Str. 41]];[[LOC:44866]];[[LOC:Bochum]];[[TEL:02327 8 81 02]];Wahlvorsteher;7011
2;[[P:Brenner]];[[P:Ursula]];[[DOB:1952]];[[STR:Hochstr. 9]];[[LOC:44866]];[[LOC:Bochum]];[[TEL:02327 2 31 77]];Stellv. Wahlvorsteherin;7011
3;[[P:Mazur]];[[P:Bartosz]];[[DOB:1995]];[[STR:Voedestr. 88]];[[LOC:44866]];[[LOC:Bochum]];[[TEL:0157 72 19 44 80]];Schriftführer;7011
4;[[P:Engel]];[[P:Maximilian]];[[DOB:2003]];[[STR:Ridderstr. 3a]];[[LOC:44869]];[[LOC:Bochum]];[[TEL:0176 3011 2287]];Beisitzer;7011
5;[[P:Ferreira]];[[P:Ana Luísa]];[[DOB:1986]];[[STR:Bußmannstr. 120]];[[LOC:44869]];[[LOC:Bochum]];[[TEL:02327 9 40 55 13]];Beisitzerin;7012
6;[[P:Schmitz-Kowalski]];[[P:Dirk]];[[DOB:1969]];[[STR:Berliner Str. 57]];[[LOC:44866]];[[LOC:Bochum]];[[TEL:0234 91 44 60 2]];Wahlvorsteher;7012
7;[[P:Hamdan]];[[P:Rania]];[[DOB:1999]];[[STR:Lohackerstr. 14]];[[LOC:44867]];[[LOC:Bochum]];[[TEL:0163 8 29 11 05]];Schriftführerin;7012
8;[[P:de Vries]];[[P:Maarten]];[[DOB:1961]];[[STR:Sommerdellenstr. 6]];[[LOC:44866]];[[LOC:Bochum]];[[TEL:02327 5 60 34]];Beisitzer;7012

Wahllokale: 7011 = Gemeinschaftsgrundschule Wattenscheid-Mitte, Saarlandstraße 16
            7012 = Bürgerhaus Wattenscheid, Lyrenstraße 9
Erfrischungsgeld: Wahlvorsteher 60 €, übrige Mitglieder 40 €
Rückfragen: Wahlamt, Willy-Brandt-Platz 2–6, Tel. 0234 910-1410
""",
    [
        "Gemeinschaftsgrundschule Wattenscheid-Mitte",
        "Bürgerhaus Wattenscheid, Lyrenstraße 9",
        "0234 910-1410",
        "Erfrischungsgeld: Wahlvorsteher 60 €",
    ],
    allow=("Bochum",),
)

pii(
    "table",
    """
Standesamt Münster – Tagesplan Trauungen und Beurkundungen
Datum: Freitag, 19.06.2026          Ausdruck aus Autista, 18.06.2026 16:02
Spalten: Zeit, Raum, Art, Beteiligte, Vorgang, Kontakt, Standesbeamtin/-beamter

"""
    + tabbed(
        ("Zeit", "Raum", "Art", "Beteiligte", "Vorgang", "Kontakt", "StB"),
        (
            "09:00",
            "Trauzimmer Rathaus",
            "Eheschließung",
            "[[P:Jonas Krüger]] / [[P:Mai Linh Phạm]]",
            "[[AZ:E 0611/2026]]",
            "[[TEL:0176 90 41 22 83]]",
            "[[P:Berger]]",
        ),
        (
            "10:00",
            "Trauzimmer Rathaus",
            "Eheschließung",
            "[[P:Emre Şahin]] / [[P:Laura Bremer]]",
            "[[AZ:E 0598/2026]]",
            "[[MAIL:laura.bremer@icloud.com]]",
            "[[P:Berger]]",
        ),
        (
            "11:00",
            "Burg Hülshoff",
            "Eheschließung (Außentrauort)",
            "[[P:Friedrich-Wilhelm von Ketteler]] / [[P:Clara Sommer]]",
            "[[AZ:E 0544/2026]]",
            "[[TEL:0251 27 83 11]]",
            "Dr. [[P:Hellweg]]",
        ),
        (
            "11:30",
            "Büro 2.07",
            "Vaterschaftsanerkennung",
            "[[P:Mohammed Rahimi]], Kind [[P:Yasmin Rahimi]] geb. [[DOB:02.05.2026]]",
            "[[AZ:G 1487/2026]]",
            "[[TEL:0157 8812 6630]]",
            "[[P:Nolte]]",
        ),
        (
            "13:00",
            "Büro 2.07",
            "Anmeldung Eheschließung",
            "[[P:Li Xiaoyu]] / [[P:Kevin Lange]]",
            "[[AZ:EA 0720/2026]]",
            "[[TEL:0251 61 29 07]]",
            "[[P:Nolte]]",
        ),
        (
            "14:00",
            "Büro 2.09",
            "Nachbeurkundung Geburt (Ausland)",
            "[[P:Zeynep Korkmaz]], geb. [[DOB:30.10.1997]] in [[LOC:Izmir]]",
            "[[AZ:N 0033/2026]]",
            "[[TEL:0178 4 55 93 10]]",
            "[[P:Berger]]",
        ),
    )
    + """

Hinweise:
- Trauungen im Rathaus: Gebühr 75,00 €, Außentrauort Burg Hülshoff 260,00 € zzgl. Raummiete.
- Dolmetscher (Vietnamesisch) für 09:00 bestellt über Dolmetscherpool Westfalen GmbH.
- Für 11:00 Uhr Fotograf angemeldet; Parkplatz am Hauptportal freihalten.
- Dr. [[P:Hellweg]] vertritt bis 12:00 Uhr auch die Abteilungsleitung (Funktionspostfach
  standesamt@stadt-muenster.de).
""",
    [
        "Burg Hülshoff",
        "75,00 €",
        "Dolmetscherpool Westfalen GmbH",
        "standesamt@stadt-muenster.de",
    ],
)

pii(
    "table",
    """
Stadt Herne – Kommunaler Ordnungsdienst
Beschwerdeliste KW 41/2025 (Auszug für Teambesprechung am 13.10.2025)

"""
    + pipes(
        (5, 10, 24, 26, 26, 12),
        ("Nr.", "Eingang", "Hinweisgeber/in", "Tatort / Ortslage", "Sachverhalt", "Kennz."),
        ("-----", "----------", "-" * 24, "-" * 26, "-" * 26, "-" * 12),
        (
            "[[AZ:25-1881]]",
            "06.10.",
            "[[P:Gisela Hoppe]]",
            "Schulstraße / Ecke Flottm.",
            "Sperrmüll am Gehweg",
            "–",
        ),
        (
            "[[AZ:25-1884]]",
            "06.10.",
            "[[P:Ivan Petrov]]",
            "Parkplatz Gysenberg",
            "Wohnmobil seit 3 Wochen",
            "[[KFZ:HER-KP 77]]",
        ),
        (
            "[[AZ:25-1890]]",
            "07.10.",
            "anonym",
            "Sodinger Straße, Höhe Kita",
            "Halten im Halteverbot",
            "[[KFZ:BO-ZF 1312]]",
        ),
        (
            "[[AZ:25-1893]]",
            "08.10.",
            "[[P:Rojda Bozarslan]]",
            "Stadtgarten Herne",
            "Hund ohne Leine",
            "–",
        ),
        (
            "[[AZ:25-1897]]",
            "09.10.",
            "[[P:Paul Bauer]]",
            "Bahnhofstraße Fußgängerz.",
            "E-Scooter quer abgestellt",
            "–",
        ),
        (
            "[[AZ:25-1902]]",
            "10.10.",
            "Bezirksbürgermeisterin",
            "Friedhof Wanne-Süd",
            "Transporter blockiert Tor",
            "[[KFZ:GE-AR 2219]]",
        ),
    )
    + """

Rückrufe offen: Frau [[P:Hoppe]] ([[TEL:02323 95 73 21]]), Herr [[P:Petrov]] ([[TEL:0162 447 0981]]).
Halterabfrage zu [[KFZ:HER-KP 77]] ergab: [[P:Konstantin Petrov]], Bruder des Hinweisgebers –
Rücksprache mit Teamleitung.
Der Transporter gehört der Malerbetrieb Kamps GmbH, Fahrer laut Firma Herr [[P:Rudi Kamps]].
Bearbeitung: Team Nord, Außendienst [[P:Bauer]]/[[P:Schmidt]].
""",
    [
        "Parkplatz Gysenberg",
        "Friedhof Wanne-Süd",
        "Malerbetrieb Kamps GmbH",
        "Sodinger Straße, Höhe Kita",
        "Team Nord",
    ],
    allow=("Kamps",),
)

V["iban_t4a"] = iban("DE", "87050000" + "0356012291")
V["iban_t4b"] = iban("PL", "10901014" + "0000071219812874")
V["iban_t4c"] = iban("DE", "12870962" + "0004411876")
V["iban_t4d"] = iban("TR", "00062" + "0" + "0000129483710422")
V["iban_t4e"] = iban("NL", "INGB" + "0006671842")
V["iban_wendt"] = iban("DE", "87050000" + "0710029910")

pii(
    "table",
    """
Stadt Chemnitz – Sozialamt / Stadtkasse
Zahllauf 2026-03 Hilfe zum Lebensunterhalt und Bestattungskosten, Ausführung 27.02.2026
Datei: ZL_SOZ_202603.csv (Auszug, Trennzeichen ;)

Kassenzeichen;Empfänger;IBAN;Betrag;Verwendungszweck
[[AZ:50.3.2026.00412]];[[P:Dietmar Vogel]];[[IBAN:«iban_t4a»]];563,00;HLU 03/2026 [[P:Vogel]]
[[AZ:50.3.2026.00418]];[[P:Zofia Nowakowska]];[[IBAN:«iban_t4b»]];218,40;Mehrbedarf 03/2026
[[AZ:50.3.2026.00431]];[[P:Kerstin Lorenz]] (Betreuerin f. [[P:Harald Sachse]]);[[IBAN:«iban_t4c»]];612,75;GSi 03/2026 [[P:Sachse]]
[[AZ:50.3.2026.00437]];[[P:Hüseyin Çelik]];[[IBAN:«iban_t4d»]];1.240,00;Bestattungskosten Erstattung § 74 SGB XII
[[AZ:50.3.2026.00440]];Bestattungen Wendt GmbH;«iban_wendt»;2.118,30;Bestattung [[P:Marianne Fuchs]]
[[AZ:50.3.2026.00452]];[[P:Joost Bakker]];[[IBAN:«iban_t4e»]];95,00;Nachzahlung KdU 02/2026

Summe Auszug: 4.847,45 EUR (6 Zahlungen)
Freigabe 1: [[P:Schubert]] (Sachgebietsleitung), Freigabe 2: [[P:Fiedler]] (Stadtkasse)
Rückläufer bitte an zahlungsverkehr@stadt-chemnitz.de melden; Zahlungen an Firmen gesondert prüfen.
Die Zahlung an Herrn [[P:Bakker]] geht auf sein Konto in den Niederlanden (Wohnsitz [[LOC:Venlo]]).
Hinweis: Bei [[P:Çelik]] ausländische IBAN (TR) – Gebühren trägt der Empfänger (SHA).
""",
    [
        "«iban_wendt»",
        "Bestattungen Wendt GmbH",
        "4.847,45 EUR",
        "zahlungsverkehr@stadt-chemnitz.de",
    ],
)

# --- ocr_scan ---------------------------------------------------------------------------------

V["id_o1"] = id_card("L9C4TFK71", True)
V["id_o1b"] = id_card("T6NP3WZ08", True)

pii(
    "ocr_scan",
    """
[Scan 2026-02-16_0913.pdf, Seite 1/1, OCR automatisch, Konfidenz 81 %]

                                  V O L L M A C H T

lch, [[P:Gerda Schu1ze]] , geb. [[DOB:O4.O9.1938]] ,
wohnhaft [[STR:Ce1ler Straße 1O2]] , [[LOC:381l4 Braunschweiq]] ,

bevo11mächtige hiermit meinen Neffen

Herrn [[P:Ralf-Peter Schu1ze]] , geb. [[DOB:17.1l.1965]] ,
wohnhaft [[STR:Am Schwarzen Berge 4]] , [[LOC:3811O Braunschweig]] ,
Te1. [[TEL:O531 / 37 2O 94]]

in meinem Namen beim Standesamt der Stadt Braunschweig, Friedrich-Wilhelm-Straße 3,
folgende Urkunden zu beantragen und in Empfang zu nehmen:

  [X] Sterbeurkunde meines Ehemannes [[P:Walter Schu1ze]] (verst. am 2O.O1.2O26)
  [X] Eheurkunde (Eheschließung 1961 in [[LOC:Wo1fenbütte1]])
  [ ] Geburtsurkunde

Die Urkunden werden für die Rentenversicherung und das Nach1assgericht benötigt.
Ich se1bst kann wegen meiner Gehbehinderung nicht persön1ich erscheinen.

Mein Personalausweis Nr. [[ID:«id_o1»]] liegt in Kopie bei.

Braunschweig, den 12.O2.2O26

           [Unterschrift:]  [[P:G. Schu1ze]]
           ______________________________
           (Vo1lmachtgeber/in)

-- Eingangsstempel: STADT BRAUNSCHWEIG / STANDESAMT / 16. FEB. 2026 / Az. [[AZ:S 0211/26]] --
Bearbeitungsvermerk: Urkunden ausgehändigt an Bevollmächtigten, Ausweis geprüft (Nr.
[[ID:«id_o1b»]]), Gebühr 24,00 € bar. – Kü
""",
    [
        "Friedrich-Wilhelm-Straße 3",
        "Nach1assgericht",
        "24,00 €",
        "Rentenversicherung",
    ],
)

pii(
    "ocr_scan",
    """
Seite 1 — eingescannt am 03.06.2025 — Poststelle Neues Rathaus Göttingen —

[[P:Krzysztof]] und [[P:Maria Zieli ński]]
[[STR:Groner Landstr. 9b]]
[[LOC:37081 Gött ingen]]
Tel. [[TEL:0551-4 87 1 22]]

An die
Stadt Göttingen
Fachbereich Steuern
Hiroshimaplatz 1—4
37083 Göttingen

Gött ingen, 28. Mai 2025

Widerspruch gegen Grundsteuerbescheid vom 12.05.2025
Kassenz eichen: [[AZ:4O.2-17733-O9]]

Sehr geehrte Damen und Herren ,

gegen den obigen Bescheid legen wir Widerspruch ein. Unsere Eigentumswohnung (Groner
Landstr . 9b, 2 . OG) ist mit 98 m2 angegeben , sie hat aber laut Teilungserklärung nur
74,5 m2. Wir haben den Fehler auch dem Finanzamt Göttingen mitgeteilt (Steuernr .
[[TAX:20/215/ 03398]] —— unleserlich).

Außerdem ist im Bescheid der Hebesatz von 2024 angesetzt, obwohl der Rat für 2025 einen
aufkommensneutralen Hebesatz beschlossen hat. Bitte prüfen Sie auch das. Eine Kopie der
Teilungserklärung und des Grundsteuerwertbescheids legen wir bei.

Bis zur Klärung bitten wir um Aussetzung der Zah lung. Die Hälfte der Wohnung gehört
unserem Sohn [[P:Paweł]] , der in [[LOC:Wrocław]] lebt; er ist einverstanden.

Mit freund1ichen Grüßen

[[P:K. Zieliński]]          [[P:M. Zieli nska]]

[Handschriftlicher Zusatz am Rand:] Sohn: [[P:Paweł Zieliński]], [[MAIL:pawel.zielinski@o2.pl]]
""",
    [
        "Hiroshimaplatz 1—4",
        "Finanzamt Göttingen",
        "Teilungserklärung",
        "74,5 m2",
    ],
)

V["rv_o3"] = rv_number("12", "240192", "K", "07")

pii(
    "ocr_scan",
    """
[OCR-Text, Dokumenttyp: Arbeitgeberbescheinigung, Eingang Jugendamt Oldenburg 05.11.2025]

ARBE1TGEBERBESCHEINIGUNG
zur Vorlage bei der Unterhaltsvorschusskasse

Arbeitgeber: Nordsee-Logistik Weser-Ems GmbH , Am Stadthafen 40 , 26122 Oldenburg
Ansprechpartnerin Personal: Frau [[P:Wiebke Janßen]] , Tel . [[TEL:0441 2 18 90-33]]

Arbeitnehmer/in:
Name , Vorname : [[P:Kılıç , Serkan]]
geb. am : [[DOB:24.01.1992]]
Anschrift : [[STR:Nadorster Str . 155]] , [[LOC:261 23 Oldenburg]]
Rentenvers .-Nr. : [[RV:«rv_o3»]]
Personalnummer : [[AZ:004471]]

Beschäftigt seit : O1.O8.2O19 als Lagerarbeiter , Vollzeit (40 Std./Woche)
Bruttoentgelt der letzten 12 Monate :
  11/2024 – 1O/2025 : 34.812 ,OO EUR (einschl . Weihnachtsgeld)
Pfändungen / Abtretungen : keine
Das Arbeitsverhältnis ist ungekündigt .
Steuerklasse : 1 , Kinderfreibeträge : 0,5
Sonstige Bezüge / Sachbezüge : Jobticket (Wert 49 ,OO EUR mtl.)
Bankverbindung für Lohnzahlung : liegt dem Arbeitgeber vor , wird nicht mitgeteilt .

Hinweis des Arbeitnehmers (handschriftl.) : Unterhalt für meine Tochter [[P:Elif]]
zahle ich seit Juli direkt an die Mutter , Frau [[P:Melanie Hinrichs]] , [[LOC:Wildeshausen]].

0ldenburg , den 30.1O.2025

i. A. [[P:W. Janßen]]
(Firmenstempel unleserlich)

Vermerk UVK: Prüfung Rückgriff nach § 7 UVG , Az. [[AZ:51.4-UV-2025-0388]] , Ha
""",
    [
        "Nordsee-Logistik Weser-Ems GmbH",
        "Am Stadthafen 40",
        "§ 7 UVG",
        "34.812 ,OO EUR",
    ],
)

# --- lawyer_letter ----------------------------------------------------------------------------

pii(
    "lawyer_letter",
    """
KÖNIG & PARTNER Rechtsanwälte PartG mbB
Prinzenstraße 12 · 44135 Dortmund · Telefon 0231 5 86 90-0 · kanzlei@koenig-partner.de

Stadt Dortmund
Bauordnungsamt
Burgwall 14
44135 Dortmund

Vorab per Fax: 0231 50-2 64 40

Unser Zeichen: [[AZ:118/25 Ho/ke]]
Dortmund, 22.09.2025

Widerspruch gegen die Baugenehmigung vom 18.08.2025
Ihr Aktenzeichen: [[AZ:63/2-BG-2025-1174]]
Bauherr: [[P:Ulrich Heinemann]], Vorhaben auf dem Grundstück [[STR:Hörder Bahnhofstraße 26]]

Sehr geehrte Damen und Herren,

wir zeigen an, dass wir Frau [[P:Renate Schäfer-Ilić]], [[STR:Hörder Bahnhofstraße 28]],
[[LOC:44263 Dortmund]], anwaltlich vertreten. Eine auf uns lautende Vollmacht fügen wir bei.

Namens und in Vollmacht unserer Mandantin legen wir gegen die dem Beigeladenen, Herrn
[[P:Heinemann]], erteilte Baugenehmigung zur Errichtung einer Doppelgarage mit Dachterrasse

                               Widerspruch

ein. Die Baugenehmigung wurde unserer Mandantin am 25.08.2025 zugestellt; die Frist ist gewahrt.

Begründung: Die Dachterrasse ermöglicht unmittelbare Einblicke in das Schlafzimmer und den
Garten unserer Mandantin. Das Vorhaben verstößt gegen das Gebot der Rücksichtnahme; zudem ist
die Grenzbebauung nach § 6 Abs. 8 BauO NRW nur für Garagen ohne Aufenthaltsflächen zulässig.
Eine ausführliche Begründung folgt nach Akteneinsicht.

Wir beantragen,
1. die Baugenehmigung aufzuheben,
2. uns Akteneinsicht durch Übersendung der Bauakte in unsere Kanzlei zu gewähren,
3. die sofortige Vollziehung auszusetzen (§ 80a Abs. 1 Nr. 2 VwGO).

Unsere Mandantin ist telefonisch über uns zu erreichen; von einer direkten Kontaktaufnahme
bitten wir abzusehen.

Mit freundlichen Grüßen

[[P:Holtkamp]]
Rechtsanwalt
Fachanwalt für Verwaltungsrecht
""",
    [
        "KÖNIG & PARTNER Rechtsanwälte PartG mbB",
        "Prinzenstraße 12 · 44135 Dortmund",
        "Burgwall 14",
        "§ 6 Abs. 8 BauO NRW",
        "§ 80a Abs. 1 Nr. 2 VwGO",
    ],
)

pii(
    "lawyer_letter",
    """
Rechtsanwältin [[P:Nadia El Amrani]]
[[STR:Holstenstraße 88]] · [[LOC:24103 Kiel]]
Tel. [[TEL:0431 64 77 19-0]] · Fax [[TEL:0431 64 77 19-9]] · [[MAIL:ra.elamrani@kanzlei-elamrani.de]]

Landeshauptstadt Kiel
Amt für Soziale Dienste
Stephan-Heinzel-Straße 2
24116 Kiel

Kiel, den 15. Januar 2026

Az. Kanzlei: [[AZ:EA 2025/214]]
Ihr Zeichen: [[AZ:50.1-BK-2025-0731]]
Widerspruch der Frau [[P:Sevda Demir]] gegen den Bescheid vom 9. Dezember 2025

Sehr geehrte Damen und Herren,

ich vertrete Frau [[P:Sevda Demir]], geb. [[DOB:03.06.1974]], [[STR:Elisabethstraße 41]],
[[LOC:24143 Kiel]]. Vollmacht anbei.

Mit dem genannten Bescheid haben Sie die Übernahme der Kosten für die Bestattung ihres
verstorbenen Bruders, Herrn [[P:Cengiz Demir]], abgelehnt. Sie begründen dies damit, dass
vorrangig die geschiedene Ehefrau des Verstorbenen, Frau [[P:Birgit Demir]] geb. [[P:Lohse]],
sowie sein Sohn [[P:Deniz]] verpflichtet seien.

Hiergegen lege ich namens meiner Mandantin

Widerspruch

ein. Bestattungspflichtig nach § 13 Bestattungsgesetz Schleswig-Holstein war meine Mandantin,
weil die geschiedene Ehefrau nicht zu den Angehörigen im Sinne der Vorschrift zählt und der Sohn
minderjährig ist. Die Kosten von 3.460,00 Euro sind ihr nach § 74 SGB XII nicht zuzumuten:
Sie bezieht eine Erwerbsminderungsrente von 874,20 Euro.

Die Überführung des Verstorbenen nach [[LOC:Kayseri]] wurde nicht durchgeführt; die Beisetzung
erfolgte auf dem Friedhof Eichhof.

Ich bitte um Abhilfe binnen vier Wochen.

Mit freundlichen Grüßen

[[P:El Amrani]]
Rechtsanwältin
""",
    [
        "Stephan-Heinzel-Straße 2",
        "§ 13 Bestattungsgesetz Schleswig-Holstein",
        "3.460,00 Euro",
        "Friedhof Eichhof",
    ],
)

# --- minutes ----------------------------------------------------------------------------------

pii(
    "minutes",
    """
Hansestadt Lübeck – Bereich Bürgerservice, Abteilung Gewerbe
Niederschrift über die mündliche Anhörung nach § 28 VwVfG

Datum: 25.11.2025, Beginn 10:05 Uhr, Ende 10:50 Uhr
Ort: Verwaltungszentrum Mühlentor, Kronsforder Allee 2–6, Raum 3.12
Verfahren: Prüfung einer Gewerbeuntersagung nach § 35 GewO, Az. [[AZ:32.4-GU-2025-019]]

Anwesend:
– für die Hansestadt: Frau [[P:Kirsten Möller]] (Verhandlungsleitung), Herr [[P:Jannik Stüve]] (Protokoll)
– Beteiligter: Herr [[P:Vitali Schneider]], geb. [[DOB:07.08.1983]], Inhaber des Einzelunternehmens
  „[[P:Schneider]] Trockenbau" mit Sitz [[STR:Moislinger Allee 104]], [[LOC:23558 Lübeck]]
– Bevollmächtigter des Beteiligten: Herr [[P:Arkadi Schneider]] (Bruder), Vollmacht liegt vor
– Dolmetscherin für Russisch: Frau [[P:Tatjana Wolkowa]], allgemein beeidigt

1. Frau [[P:Möller]] erläutert den Anlass: Das Finanzamt Lübeck hat Steuerrückstände von
   insgesamt 27.418,66 Euro mitgeteilt; beim Hauptzollamt Kiel bestehen Rückstände bei
   Sozialabgaben. Die Gewerbeuntersagung wegen Unzuverlässigkeit wird erwogen.

2. Herr [[P:Vitali Schneider]] erklärt, die Rückstände seien durch den Ausfall eines
   Generalunternehmers entstanden (Insolvenz der Baltic Bau GmbH im März 2025). Er habe mit
   dem Finanzamt eine Ratenzahlung von 1.500 Euro monatlich vereinbart.

3. Herr [[P:Arkadi Schneider]] legt den Entwurf einer Ratenvereinbarung vor. Eine Bestätigung des
   Finanzamts fehlt noch.

4. Frau [[P:Möller]] weist darauf hin, dass eine Untersagung auch auf Tätigkeiten als
   Vertretungsberechtigter erstreckt werden kann (§ 35 Abs. 1 Satz 2 GewO).

5. Vereinbart: Vorlage der Bestätigung des Finanzamts und eines Nachweises des Hauptzollamts
   bis zum 19.12.2025. Bis dahin wird nicht entschieden.

Vorgelesen, genehmigt, unterschrieben:
gez. [[P:Möller]]    gez. [[P:Stüve]]    gez. [[P:V. Schneider]]    gez. [[P:A. Schneider]]
""",
    [
        "Kronsforder Allee 2–6",
        "§ 35 GewO",
        "27.418,66 Euro",
        "Baltic Bau GmbH",
        "Hauptzollamt Kiel",
    ],
)

# --- complaint_portal -------------------------------------------------------------------------

pii(
    "complaint_portal",
    """
Mängelmelder Wiesbaden – Meldung Nr. [[AZ:MM-2025-087341]]
Kategorie: Verkehr > Parken auf Geh- und Radwegen
Status: in Bearbeitung (Ordnungsamt, Verkehrsüberwachung)
Erstellt: 17.09.2025 07:58 · Quelle: App (Android) · IP [[IP:93.212.45.170]]
Ort der Meldung: Rheinstraße / Ecke Schwalbacher Straße (Koordinaten 50.0786, 8.2364)

Meldender: [[P:Thomas Reinhardt]] · [[MAIL:t.reinhardt@wiesbaden-net.de]] · Rückruf erwünscht:
[[TEL:0611 / 44 90 18 27]]
Wohnanschrift (nicht öffentlich): [[STR:Adolfsallee 15]], [[LOC:65185 Wiesbaden]]

Beschreibung:
Jeden Morgen stehen hier zwei Lieferwagen auf dem Radweg, einer mit dem Kennzeichen
[[KFZ:WI-BK 3108]] (Bäckerei) und ein weißer Transporter [[KFZ:MZ-AT 552]]. Meine Tochter
([[P:Emma]], 9) muss mit dem Fahrrad auf die Straße ausweichen. Ich habe den Fahrer des
Transporters angesprochen, er sagte, er heiße [[P:Adrian]] und arbeite für einen Umzugsdienst,
es gehe nicht anders. Fotos anbei.

Antwort der Stadt (öffentlich, 18.09.2025 11:20):
Vielen Dank für Ihre Meldung. Die Verkehrsüberwachung wird den Bereich in den kommenden Wochen
morgens verstärkt kontrollieren. Bitte haben Sie Verständnis, dass wir zu einzelnen Verfahren
gegen Dritte keine Auskunft geben. Ihr Team der Stadtpolizei Wiesbaden.

Interner Vermerk (nicht öffentlich): Halter [[KFZ:WI-BK 3108]]: Bäckerei Brotkorb GmbH.
Halter [[KFZ:MZ-AT 552]]: [[P:Adrian Popescu]], [[LOC:Mainz-Kastel]]. Zwei Verwarnungen à 55 Euro
erteilt durch Kollegin [[P:Sarah Bayer]]. Rückmeldung an Herrn [[P:Reinhardt]]
telefonisch am 19.09. erfolgt.
""",
    [
        "Rheinstraße / Ecke Schwalbacher Straße",
        "Stadtpolizei Wiesbaden",
        "Bäckerei Brotkorb GmbH",
        "55 Euro",
    ],
)

# =============================================================================================
# PII-free documents
# =============================================================================================

clean(
    "clean_press_release",
    """
Pressemitteilung der Stadt Bochum
Nr. 214/2025 – 18. November 2025

Urkunden aus dem Standesamt jetzt online bestellen und bezahlen

Das Standesamt der Stadt Bochum bietet ab dem 1. Dezember 2025 einen neuen Online-Dienst an:
Geburts-, Ehe- und Sterbeurkunden können über das Serviceportal der Stadt beantragt und direkt
per Kreditkarte, PayPal oder giropay bezahlt werden. Die Urkunden werden anschließend per Post
versandt; ein Besuch im Rathaus ist nicht mehr nötig. Berechtigt sind die Personen, auf die sich
der Eintrag bezieht, ihre Ehegatten, Eltern und Kinder sowie Bevollmächtigte (§ 62 PStG).

„Wir wollen, dass die Bürgerinnen und Bürger ihre Anliegen dann erledigen können, wann es ihnen
passt", sagte der Oberbürgermeister bei der Vorstellung des Angebots. Die Leiterin des
Standesamts ergänzte, dass im vergangenen Jahr rund 41.000 Urkunden ausgestellt wurden, etwa
zwei Drittel davon auf schriftlichen Antrag.

Die Gebühr beträgt unverändert 12,00 Euro für die erste Urkunde und 6,00 Euro für jede weitere
gleichzeitig beantragte Ausfertigung. Die Umsetzung erfolgte gemeinsam mit dem kommunalen
IT-Dienstleister citeq und der Governikus GmbH & Co. KG.

Persönliche Termine für Eheschließungen, Vaterschaftsanerkennungen und Namenserklärungen
werden weiterhin im Rathaus, Willy-Brandt-Platz 2–6, vergeben. Trauungen sind außerdem im
Kemnader Haus Kemnade und im Planetarium möglich.

Kontakt für die Presse: Presse- und Informationsamt, Telefon 0234 910-3000,
presse@bochum.de. Allgemeine Auskünfte erteilt das Standesamt unter 0234 910-1212.
""",
    [
        "§ 62 PStG",
        "12,00 Euro für die erste Urkunde",
        "Governikus GmbH & Co. KG",
        "presse@bochum.de",
        "0234 910-1212",
    ],
)

clean(
    "clean_press_release",
    """
Landeshauptstadt Magdeburg – Pressemitteilung 0418/2025

Grundsteuer 2025: Stadtrat beschließt aufkommensneutralen Hebesatz

Magdeburg, 12. Dezember 2024. Der Stadtrat hat in seiner Sitzung am Donnerstag mit großer
Mehrheit die Änderung der Hebesatzsatzung beschlossen (Drucksache DS0512/24). Der Hebesatz der
Grundsteuer B sinkt von 495 auf 438 Prozent, der Hebesatz der Grundsteuer A bleibt bei 300
Prozent. Damit nimmt die Stadt nach der Grundsteuerreform insgesamt nicht mehr ein als bisher;
das geplante Aufkommen liegt wie 2024 bei rund 58,4 Millionen Euro.

Der Beigeordnete für Finanzen wies darauf hin, dass sich die Belastung für einzelne Grundstücke
trotzdem ändern kann. „Aufkommensneutral heißt nicht belastungsneutral. Manche zahlen mehr,
manche weniger", erläuterte er. Grundlage der Berechnung sind die Grundsteuerwerte, die die
Finanzämter des Landes Sachsen-Anhalt festgestellt haben. Einwände gegen diese Werte sind beim
Finanzamt, nicht bei der Stadt vorzubringen.

Die neuen Grundsteuerbescheide werden Mitte Januar 2025 verschickt. Die erste Rate ist am
15. Februar 2025 fällig. Wer der Stadtkasse ein SEPA-Lastschriftmandat erteilt hat, muss nichts
weiter tun.

Fragen beantwortet das Team Grundsteuer im Fachbereich Finanzservice unter 0391 540-2390 oder
per E-Mail an grundsteuer@magdeburg.de. Persönliche Vorsprachen sind nach Terminvereinbarung im
Alten Rathaus, Alter Markt 6, möglich.
""",
    [
        "DS0512/24",
        "438 Prozent",
        "58,4 Millionen Euro",
        "grundsteuer@magdeburg.de",
        "Alter Markt 6",
    ],
)

clean(
    "clean_council_minutes",
    """
Stadt Hagen – Niederschrift über die 14. Sitzung des Rates (öffentlicher Teil, Auszug)
Sitzungstag: 26.06.2025, Sitzungsort: Ratssaal, Rathaus an der Volme, Rathausstraße 13

TOP 7   Neufassung der Hundesteuersatzung
        Vorlage 0412/2025
Der Kämmerer erläutert die Vorlage. Der Steuersatz für den ersten Hund steigt von 180 Euro auf
192 Euro jährlich, für gefährliche Hunde bleibt er bei 720 Euro. Hunde aus dem Tierheim Hagen
werden künftig im ersten Jahr steuerfrei gestellt. Ein Ratsmitglied der Fraktion Bündnis 90/Die
Grünen beantragt, Hunde von Empfängern von Bürgergeld und Grundsicherung um 50 Prozent zu
ermäßigen (Änderungsantrag 0412-1/2025).
Beschluss: Der Änderungsantrag wird mit 31 Ja-Stimmen, 22 Nein-Stimmen und 4 Enthaltungen
angenommen. Die geänderte Satzung wird einstimmig beschlossen.

TOP 8   Baumfällungen im Stadtgarten – Bericht der Verwaltung
        Mitteilung 0455/2025
Die Leiterin des Umweltamts berichtet über 23 Fällungen im Stadtgarten wegen des
Eschentriebsterbens. Es werden 31 Ersatzbäume gepflanzt, überwiegend Winterlinden und
Hainbuchen. Die Kosten von 86.400 Euro trägt der Wirtschaftsbetrieb Hagen (WBH, AöR).
Der Rat nimmt den Bericht zur Kenntnis.

TOP 9   Benennung der Grundschule Emst in „Gertrud-Bäumer-Grundschule"
        Vorlage 0461/2025
Die Schulkonferenz hat die Benennung nach der Frauenrechtlerin Gertrud Bäumer (1873–1954), die
in Hohenlimburg aufwuchs, einstimmig vorgeschlagen. Ein Ratsmitglied weist auf ihre Rolle in der
NS-Zeit hin und beantragt Vertagung. Beschluss: Vertagung in den Schulausschuss, 40 Ja-Stimmen,
17 Nein-Stimmen.

Für die Richtigkeit: Die Schriftführung
""",
    [
        "Vorlage 0412/2025",
        "192 Euro",
        "Wirtschaftsbetrieb Hagen (WBH, AöR)",
        "Gertrud Bäumer (1873–1954)",
        "Rathausstraße 13",
    ],
)

clean(
    "clean_council_minutes",
    """
Stadt Jena
Ausschuss für Stadtentwicklung und Umwelt – Ergebnisprotokoll der Sitzung vom 09.09.2025
Ort: Rathaus, Markt 1, Plenarsaal; Beginn 17:00 Uhr, Ende 19:25 Uhr
Anwesend: 11 von 13 stimmberechtigten Mitgliedern; Verwaltung: Dezernat Stadtentwicklung,
Fachdienst Umweltschutz, Fachdienst Sicherheit und Ordnung

Ö 1  Genehmigung der Tagesordnung – einstimmig.

Ö 2  Lärmaktionsplan Stufe 4, Entwurf (Beschlussvorlage 25/0877-BV)
Die Verwaltung stellt die Ergebnisse der Lärmkartierung vor. Besonders belastet sind die
Stadtrodaer Straße, die Camsdorfer Brücke und die Karl-Liebknecht-Straße; dort liegen nachts
rund 2.900 Einwohnerinnen und Einwohner über 55 dB(A). Vorgeschlagen werden Tempo 30 nachts
auf vier Abschnitten und lärmmindernder Asphalt bei der nächsten Sanierung.
Abstimmung: 9 Ja, 2 Nein, 0 Enthaltungen – Empfehlung an den Stadtrat.

Ö 3  Anfrage zur Ruhestörung im Paradiespark (Anfrage 25/0903-AF)
Der Fachdienst Sicherheit und Ordnung berichtet, dass im Sommer 146 Beschwerden eingingen. Der
Kommunale Ordnungsdienst kontrolliert freitags und samstags bis 1 Uhr gemeinsam mit der
Landespolizeiinspektion Jena. Eine Allgemeinverfügung zum Verbot von Lautsprechern wird geprüft.

Ö 4  Bebauungsplan B-J 41 „Am Zeiss-Werk", Aufstellungsbeschluss (25/0911-BV)
Das Gebiet liegt am ehemaligen Werksgelände, auf dem Carl Zeiss (1816–1888) und Ernst Abbe
(1840–1905) die Werkstätten für Optik aufbauten. Die Carl Zeiss AG ist Eigentümerin der
Flächen. Abstimmung: einstimmig.

Ö 5  Mitteilungen der Verwaltung – keine.

Protokoll: Büro des Stadtrates, Telefon 03641 49-2000.
""",
    [
        "25/0877-BV",
        "Landespolizeiinspektion Jena",
        "Carl Zeiss (1816–1888)",
        "Carl Zeiss AG",
        "03641 49-2000",
    ],
)

clean(
    "clean_faq",
    """
Stadt Dortmund – Häufige Fragen zur Hundesteuer

Wer muss Hundesteuer zahlen?
Wer in Dortmund einen Hund hält, der älter als drei Monate ist, muss ihn innerhalb von zwei
Wochen beim Steueramt anmelden. Das gilt auch für Hunde, die nur zur Pflege aufgenommen werden,
wenn sie länger als zwei Monate bleiben (§ 2 Hundesteuersatzung).

Wie hoch ist die Steuer?
Für den ersten Hund 156 Euro im Jahr, für den zweiten 228 Euro und für jeden weiteren 276 Euro.
Für gefährliche Hunde im Sinne von § 3 LHundG NRW beträgt die Steuer 816 Euro.

Gibt es Ermäßigungen?
Ja. Wer Leistungen nach dem SGB II oder SGB XII erhält, zahlt auf Antrag die Hälfte für einen
Hund. Assistenz- und Blindenführhunde sind steuerfrei. Hunde aus dem Tierheim Dortmund,
Am Gottesacker 25, sind im ersten Jahr nach der Aufnahme steuerfrei.

Wie melde ich an?
Online über das Serviceportal, per E-Mail an hundesteuer@stadtdo.de oder schriftlich an das
Steueramt, Südwall 2–4, 44122 Dortmund. Sie erhalten eine Steuermarke, die der Hund außerhalb
des Hauses tragen muss.

Mein Hund ist gestorben. Was nun?
Melden Sie den Hund innerhalb von zwei Wochen ab und geben Sie die Steuermarke zurück. Die
Steuer wird ab dem Folgemonat nicht mehr erhoben.

Was hat die Hundesteuer mit dem Ordnungsamt zu tun?
Nichts – bis auf den Datenaustausch. Für die Erlaubnis, einen gefährlichen Hund zu halten, ist
das Ordnungsamt, Team Hunde, zuständig; Telefon 0231 50-28888.
""",
    [
        "§ 2 Hundesteuersatzung",
        "156 Euro",
        "Am Gottesacker 25",
        "Südwall 2–4, 44122 Dortmund",
        "0231 50-28888",
    ],
)

clean(
    "clean_faq",
    """
Landeshauptstadt Dresden – Briefwahl: Fragen und Antworten

Wie beantrage ich Briefwahl?
Mit der Wahlbenachrichtigung: Rückseite ausfüllen und an das Wahlamt schicken, online über den
QR-Code oder das Formular auf dresden.de/wahlen oder persönlich in einer der Briefwahlstellen.
Eine telefonische Beantragung ist nicht zulässig (§ 27 Abs. 1 Bundeswahlordnung).

Bis wann kann ich Briefwahl beantragen?
Bis Freitag vor der Wahl, 15 Uhr. Bei plötzlicher Erkrankung bis zum Wahltag, 15 Uhr.

Kann jemand anderes die Unterlagen für mich abholen?
Ja, mit einer schriftlichen Vollmacht. Eine Person darf höchstens vier Wahlberechtigte vertreten.

Ich bin im Ausland. Wohin werden die Unterlagen geschickt?
An jede Anschrift, die Sie im Antrag angeben. Der Versand ins Ausland erfolgt per Luftpost; bitte
rechnen Sie mit längeren Laufzeiten. Der Wahlbrief muss spätestens am Wahltag um 18 Uhr beim
Wahlamt sein.

Wo gibt es Briefwahlstellen?
Im Rathaus, Dr.-Külz-Ring 19, in den Bürgerbüros Altstadt, Blasewitz, Prohlis und Neustadt
sowie im Kulturpalast. Öffnungszeiten: Montag bis Freitag 9 bis 18 Uhr, Samstag 9 bis 12 Uhr.

Wie werde ich Wahlhelferin oder Wahlhelfer?
Melden Sie sich online oder beim Wahlamt, Telefon 0351 488-1100, wahlhelfer@dresden.de. Sie
erhalten ein Erfrischungsgeld von 40 Euro, Wahlvorsteher 60 Euro.

Wo sehe ich die Ergebnisse?
Am Wahlabend ab 18 Uhr auf wahlen.dresden.de; die Schnellmeldungen werden laufend aktualisiert.
""",
    [
        "§ 27 Abs. 1 Bundeswahlordnung",
        "Dr.-Külz-Ring 19",
        "wahlhelfer@dresden.de",
        "0351 488-1100",
    ],
)

clean(
    "clean_statute",
    """
Satzung über die Benutzung der Stadtbibliothek Braunschweig (Bibliothekssatzung)
vom 17. Juni 2025

Aufgrund der §§ 10 und 58 Abs. 1 Nr. 5 des Niedersächsischen Kommunalverfassungsgesetzes
(NKomVG) hat der Rat der Stadt Braunschweig in seiner Sitzung am 17. Juni 2025 folgende Satzung
beschlossen:

§ 1 Öffentliche Einrichtung
Die Stadtbibliothek Braunschweig mit der Zentralbibliothek im Schloss, Schlossplatz 2, und den
Stadtteilbibliotheken Heidberg, Weststadt und Wenden ist eine öffentliche Einrichtung der
Stadt. Sie dient der Information, Bildung und Freizeitgestaltung.

§ 2 Benutzerausweis
(1) Die Ausleihe setzt einen gültigen Benutzerausweis voraus. Er wird gegen Vorlage eines
amtlichen Ausweisdokuments ausgestellt.
(2) Kinder und Jugendliche bis zum vollendeten 16. Lebensjahr benötigen die schriftliche
Einwilligung einer sorgeberechtigten Person.

§ 3 Leihfrist
Die Leihfrist beträgt für Bücher vier Wochen, für Zeitschriften, DVDs und Konsolenspiele zwei
Wochen. Sie kann bis zu dreimal verlängert werden, wenn keine Vormerkung vorliegt.

§ 4 Entgelte
(1) Der Jahresbeitrag beträgt für Erwachsene 24,00 Euro, ermäßigt 12,00 Euro; Kinder und
Jugendliche bis 18 Jahre sind befreit.
(2) Bei Überschreitung der Leihfrist wird je Medium und angefangener Woche ein Säumnisentgelt
von 1,00 Euro erhoben.
(3) Für beschädigte oder verlorene Medien ist der Wiederbeschaffungswert zuzüglich einer
Bearbeitungspauschale von 5,00 Euro zu ersetzen.

§ 5 Hausrecht
Das Hausrecht übt die Leitung der Stadtbibliothek aus.

§ 6 Inkrafttreten
Diese Satzung tritt am 1. August 2025 in Kraft. Gleichzeitig tritt die Bibliothekssatzung vom
14. Dezember 2010 außer Kraft.

Braunschweig, 18. Juni 2025
Der Oberbürgermeister
""",
    [
        "§§ 10 und 58 Abs. 1 Nr. 5",
        "Schlossplatz 2",
        "24,00 Euro",
        "Bearbeitungspauschale von 5,00 Euro",
    ],
)

clean(
    "clean_statute",
    """
Satzung zum Schutz des Baumbestandes in der Wissenschaftsstadt Darmstadt
(Baumschutzsatzung) – Auszug

§ 1 Schutzzweck
Der Baumbestand im Stadtgebiet wird zur Sicherung der Leistungsfähigkeit des Naturhaushalts,
zur Verbesserung des Stadtklimas und zur Belebung des Ortsbildes geschützt.

§ 2 Geschützte Bäume
(1) Geschützt sind Bäume mit einem Stammumfang von mindestens 60 cm, gemessen in 1,00 m Höhe
über dem Erdboden. Bei mehrstämmigen Bäumen ist die Summe der Stammumfänge maßgebend, wenn
mindestens ein Stamm 30 cm Umfang hat.
(2) Nicht geschützt sind Obstbäume mit Ausnahme von Walnuss und Esskastanie sowie Bäume in
Baumschulen und Gärtnereien.

§ 3 Verbotene Handlungen
Es ist verboten, geschützte Bäume zu entfernen, zu zerstören oder in ihrem Aufbau wesentlich zu
verändern. Das gilt auch für Eingriffe im Wurzelbereich, etwa durch Abgrabungen oder das
Befestigen der Fläche mit einer wasserundurchlässigen Decke.

§ 4 Genehmigung
(1) Von den Verboten des § 3 wird auf Antrag eine Genehmigung erteilt, wenn der Baum krank ist
und die Erhaltung nicht zumutbar ist oder eine Gefahr für Personen oder Sachen darstellt.
(2) Der Antrag ist beim Grünflächenamt, Bessunger Straße 125, 64295 Darmstadt, zu stellen.

§ 5 Ersatzpflanzung
Für jeden entfernten Baum ist auf dem Grundstück ein Ersatzbaum mit einem Stammumfang von
mindestens 18 cm zu pflanzen. Ist dies nicht möglich, ist eine Ausgleichszahlung von 1.200 Euro
je Baum an die Stadt zu leisten.

§ 6 Ordnungswidrigkeiten
Ordnungswidrig handelt, wer vorsätzlich oder fahrlässig gegen § 3 verstößt. Die
Ordnungswidrigkeit kann mit einer Geldbuße bis zu 50.000 Euro geahndet werden.

Beschlossen von der Stadtverordnetenversammlung am 27. März 2025 (Vorlage 2025/0094).
""",
    [
        "Bessunger Straße 125, 64295 Darmstadt",
        "1.200 Euro",
        "50.000 Euro",
        "Vorlage 2025/0094",
    ],
)

clean(
    "clean_event_programme",
    """
Volkshochschule Heidelberg e.V. – Programm Frühjahr 2026 (Auszug)
Bergheimer Straße 76, 69115 Heidelberg · Anmeldung: 06221 911911 · info@vhs-hd.de

Gesellschaft und Politik
26F-1102  Heidelberg im Nationalsozialismus – Stadtrundgang
          Sa, 14.03.2026, 11–13 Uhr, Treffpunkt Universitätsplatz, 12 €
26F-1115  Friedrich Ebert (1871–1925): Vom Sattler zum Reichspräsidenten
          Vortrag mit Besuch der Reichspräsident-Friedrich-Ebert-Gedenkstätte, Pfaffengasse 18
          Do, 26.03.2026, 19 Uhr, Eintritt frei
26F-1130  Einbürgerungstest – Vorbereitungskurs, 4 Abende ab 21.04.2026, 48 €

Sprachen
26F-3001  Integrationskurs mit Alphabetisierung, Vormittag, ab 02.03.2026
          (Kosten nach Bescheid des BAMF, 2,29 € je Unterrichtseinheit)
26F-3120  Spanisch A1 für Reisende, Mi 18:00–19:30 Uhr, 10 Termine, 98 €
26F-3305  Türkisch für Anfängerinnen und Anfänger, Mo 19:00 Uhr, 10 Termine, 98 €

Gesundheit
26F-5210  Yoga am Abend, Di 19:30 Uhr, Turnhalle des Bunsen-Gymnasiums, 12 Termine, 84 €
26F-5340  Ukrainische Küche – Kochkurs, Sa 25.04.2026, 10–14 Uhr, Schulküche Kurfürst-Friedrich-
          Gymnasium, 39 € zzgl. Lebensmittel

Beruf und Gründung
26F-7010  Selbstständig machen: Businessplan, Gewerbeanmeldung, Förderung – in Kooperation mit
          dem Amt für Wirtschaft und Wissenschaft der Stadt Heidelberg, Sa 07.03.2026, 9–16 Uhr, 45 €

Ermäßigung: 30 % für Inhaberinnen und Inhaber des Heidelberg-Passes.
Die AGB der Volkshochschule Heidelberg e.V. gelten; Rücktritt bis sieben Tage vor Kursbeginn.
""",
    [
        "Volkshochschule Heidelberg e.V.",
        "Friedrich Ebert (1871–1925)",
        "Pfaffengasse 18",
        "06221 911911",
        "Heidelberg-Passes",
    ],
)

clean(
    "clean_event_programme",
    """
Musikschule der Stadt Solingen – Konzertreihe „Klangwerk" 2025/2026

Alle Konzerte finden, wenn nicht anders angegeben, im Konzertsaal der Musikschule,
Kölner Straße 51, 42651 Solingen, statt. Der Eintritt ist frei; um Spenden für den
Förderverein Musikschule Solingen e.V. wird gebeten.

So, 28.09.2025, 17 Uhr – Eröffnungskonzert
Das Jugendsinfonieorchester spielt Werke von Johannes Brahms (1833–1897) und Antonín Dvořák
(1841–1904). Leitung: die Fachbereichsleitung Streicher.

Sa, 08.11.2025, 16 Uhr – „Tasten und Saiten"
Schülerinnen und Schüler der Klavier- und Gitarrenklassen stellen sich vor. Moderation durch
die Leitung der Musikschule.

So, 14.12.2025, 15 Uhr – Weihnachtskonzert in der Evangelischen Stadtkirche Solingen
Mit dem Kinderchor, dem Blockflötenensemble und dem Posaunenchor der Musikschule.

Fr, 30.01.2026, 19 Uhr – Jazz im Theater und Konzerthaus Solingen
Die Big Band der Musikschule und Gäste der Bergischen Musikschule Wuppertal.

So, 22.03.2026, 11 Uhr – Matinee zum Gedenken an Walter Scheel (1919–2016)
Der in Solingen geborene Bundespräsident sang 1973 „Hoch auf dem gelben Wagen"; die Matinee
widmet sich Volksliedern des Bergischen Landes.

Sa, 20.06.2026, 14–18 Uhr – Tag der offenen Tür mit Instrumentenkarussell
Probieren Sie Instrumente aus und lassen Sie sich beraten. Anmeldungen für das neue Schuljahr
sind vor Ort möglich; Geschwisterermäßigung 25 %.

Informationen: Sekretariat der Musikschule, Telefon 0212 290-2525, musikschule@solingen.de
""",
    [
        "Kölner Straße 51, 42651 Solingen",
        "Förderverein Musikschule Solingen e.V.",
        "Walter Scheel (1919–2016)",
        "0212 290-2525",
        "musikschule@solingen.de",
    ],
)

clean(
    "clean_street_naming",
    """
Stadt Leipzig – Beschlussvorlage VIII-DS-04417
Benennung von vier Straßen im neuen Wohngebiet „Eutritzscher Freiladebahnhof"

Beschlussvorschlag:
Die Ratsversammlung beschließt die Benennung der Planstraßen A bis D im Ortsteil Eutritzsch wie
folgt:

Planstraße A: Louise-Otto-Peters-Allee
Louise Otto-Peters (1819–1895) gründete 1865 in Leipzig den Allgemeinen Deutschen Frauenverein
und gab die „Frauen-Zeitung" heraus. Sie gilt als Mitbegründerin der deutschen
Frauenbewegung.

Planstraße B: Henriette-Goldschmidt-Straße
Henriette Goldschmidt (1825–1920) gründete in Leipzig den Verein für Familien- und
Volkserziehung und 1911 die Hochschule für Frauen, eine der ersten Ausbildungsstätten für
Erzieherinnen in Deutschland.

Planstraße C: Clara-Wieck-Weg
Clara Schumann, geb. Wieck (1819–1896), wurde in Leipzig geboren und war eine der bedeutendsten
Pianistinnen und Komponistinnen des 19. Jahrhunderts.

Planstraße D: Am Güterboden
Die Bezeichnung erinnert an die frühere Nutzung des Geländes als Güterbahnhof der Deutschen
Reichsbahn.

Begründung:
Nach dem Beschluss der Ratsversammlung vom 18.09.2019 (VI-A-07421) sollen neue Straßen
vorrangig nach Frauen benannt werden. Die Vorschläge wurden mit dem Stadtarchiv, dem
Arbeitskreis Straßennamen und dem Stadtbezirksbeirat Nord abgestimmt. Namensgleichheiten oder
Verwechslungsgefahren mit bestehenden Straßennamen im Stadtgebiet bestehen nach Prüfung durch
das Amt für Geoinformation und Bodenordnung und die Branddirektion nicht.

Finanzielle Auswirkungen: Kosten für Straßennamensschilder rund 4.800 Euro, Haushaltsstelle
1.100.54.1.0.01.
Die Erschließungsträgerin, die Freiladebahnhof Eutritzsch Projekt GmbH & Co. KG, trägt die
Kosten der Zusatzschilder.
""",
    [
        "VIII-DS-04417",
        "Louise Otto-Peters (1819–1895)",
        "Henriette Goldschmidt (1825–1920)",
        "Freiladebahnhof Eutritzsch Projekt GmbH & Co. KG",
        "1.100.54.1.0.01",
    ],
)

clean(
    "clean_street_naming",
    """
Landeshauptstadt Kiel – Amt für Bauordnung, Vermessung und Geoinformation
Mitteilung an den Ortsbeirat Wik, Drucksache 0812/2025

Straßenbenennungen im Baugebiet „Wohnen am Nord-Ostsee-Kanal" (B-Plan 1035)

Für die vier neuen Erschließungsstraßen des Baugebiets schlägt die Verwaltung nach Anhörung
des Ortsbeirats und des Stadtarchivs folgende Namen vor:

1. Johanna-Mestorf-Straße – Johanna Mestorf (1828–1909) leitete das Museum vaterländischer
   Alterthümer in Kiel und erhielt 1899 als erste Frau in Preußen den Professorentitel.

2. Ferdinand-Tönnies-Weg – Ferdinand Tönnies (1855–1936), Mitbegründer der Soziologie in
   Deutschland, lehrte an der Christian-Albrechts-Universität und wurde 1933 von den
   Nationalsozialisten aus dem Amt gedrängt.

3. Max-Planck-Ring – Max Planck (1858–1947), in Kiel geboren, erhielt 1918 den Nobelpreis für
   Physik. Um Verwechslungen mit bestehenden Straßennamen auszuschließen, wird die
   Bezeichnung „Ring" gewählt; die Berufsfeuerwehr hat zugestimmt.

4. Schleusenblick – nach der Lage an den Schleusen Kiel-Holtenau.

Die Hausnummern werden nach der Kieler Hausnummernordnung fortlaufend vergeben, ungerade
Nummern links in Richtung stadtauswärts. Straßennamensschilder liefert die Firma Schilder
Nord GmbH, Kiel; die Kosten von rund 3.100 Euro sind im Budget des Tiefbauamts veranschlagt.

Der Ortsbeirat Wik wird gebeten, die Vorschläge in seiner Sitzung am 15. Oktober 2025 zu
beraten. Rückfragen: Abteilung Geoinformation, Fleethörn 9, Telefon 0431 901-2410.
""",
    [
        "Drucksache 0812/2025",
        "Johanna Mestorf (1828–1909)",
        "Max Planck (1858–1947)",
        "Schleusen Kiel-Holtenau",
        "0431 901-2410",
    ],
)

clean(
    "clean_tender",
    """
Bekanntmachung – Öffentliche Ausschreibung nach § 9 UVgO
Vergabenummer: VG-2026-0117-BI

1. Öffentlicher Auftraggeber
Stadt Bielefeld, Zentrale Vergabestelle, Niederwall 23, 33602 Bielefeld
Telefon 0521 51-3320, vergabestelle@bielefeld.de

2. Gegenstand
Unterhaltsreinigung und Glasreinigung der Bürgerberatung im Neuen Rathaus und der
Bezirksämter Brackwede, Jöllenbeck und Sennestadt für die Zeit vom 01.07.2026 bis 30.06.2028 mit
Option auf zweimalige Verlängerung um jeweils ein Jahr. Reinigungsfläche insgesamt rund
6.450 m²; Reinigung montags bis freitags nach 17:00 Uhr.

3. Lose
Los 1: Neues Rathaus, Bürgerberatung (2.900 m²)
Los 2: Bezirksämter Brackwede und Sennestadt (2.150 m²)
Los 3: Bezirksamt Jöllenbeck (1.400 m²)

4. Eignungsnachweise
Eintragung in das Berufsregister, Nachweis einer Betriebshaftpflichtversicherung mit einer
Deckungssumme von mindestens 3 Mio. Euro, drei Referenzen vergleichbarer Aufträge aus den
letzten drei Jahren, Erklärung zur Tariftreue nach dem Tariftreue- und Vergabegesetz NRW.

5. Zuschlagskriterien
Preis 60 %, Qualität des Reinigungskonzepts 30 %, Umweltaspekte 10 %.

6. Fristen
Ende der Angebotsfrist: 20.03.2026, 10:00 Uhr. Bindefrist: 30.05.2026. Eine Ortsbesichtigung
wird am 03.03.2026 um 9:00 Uhr angeboten (Treffpunkt Haupteingang Neues Rathaus).

7. Vergabeunterlagen
Kostenfrei über das Vergabeportal NRW (www.evergabe.nrw.de). Fragen bitte ausschließlich
über die Kommunikationsfunktion des Portals bis zum 10.03.2026.
""",
    [
        "VG-2026-0117-BI",
        "vergabestelle@bielefeld.de",
        "6.450 m²",
        "Tariftreue- und Vergabegesetz NRW",
        "www.evergabe.nrw.de",
    ],
)

clean(
    "clean_newsletter",
    """
Gründen in Chemnitz – Newsletter der Wirtschaftsförderung, Ausgabe 1/2026

Liebe Gründerinnen und Gründer,

das Kulturhauptstadtjahr ist vorbei, die Gründungszahlen bleiben hoch: 2025 wurden in Chemnitz
2.314 Gewerbe neu angemeldet, 7 Prozent mehr als im Vorjahr. Hier die Termine und Neuigkeiten
für das erste Quartal.

Gründerabend im TCC
Jeden ersten Dienstag im Monat, 18 Uhr, im Technologie Centrum Chemnitz, Annaberger Straße 240.
Thema im Februar: „Freiberuflich oder Gewerbe? Was das Finanzamt wissen will." Die Teilnahme ist
kostenlos, Anmeldung über gruenderservice@chemnitz.de.

Neue Förderung des Freistaats
Die Sächsische Aufbaubank (SAB) fördert seit Januar Gründungen mit einem Zuschuss von bis zu
15.000 Euro für Investitionen in den ersten drei Jahren (Richtlinie „Gründen in Sachsen").
Anträge sind vor Beginn des Vorhabens zu stellen.

Gewerbeanmeldung online
Die Gewerbeanmeldung ist in Chemnitz vollständig digital möglich. Die Gebühr beträgt 20 Euro.
Das Bürgerservicecenter im Moritzhof, Bahnhofstraße 53, berät weiterhin persönlich.

Räume gesucht?
Im Gründerzentrum „Kraftwerk" auf dem Gelände der ehemaligen Wanderer-Werke sind ab April sechs
Büros zwischen 14 und 32 m² frei. Die Miete beträgt im ersten Jahr 6,50 Euro je m².

Aus der Praxis
Die Chemnitzer Kaffeerösterei Bohnenwerk GmbH, 2021 im TCC gegründet, beschäftigt inzwischen
zwölf Menschen und hat im Dezember den Sächsischen Gründerpreis erhalten.

Ihr Team Gründerservice der CWE – Chemnitzer Wirtschaftsförderungs- und
Entwicklungsgesellschaft mbH
Telefon 0371 3660-200 · Abmelden: newsletter@cwe-chemnitz.de
""",
    [
        "Annaberger Straße 240",
        "gruenderservice@chemnitz.de",
        "15.000 Euro",
        "Bohnenwerk GmbH",
        "0371 3660-200",
    ],
)

clean(
    "clean_website",
    """
Stadt Saarbrücken › Bürgerservice › Sport › Hallenbelegung für Vereine

Sporthallen und Sportplätze für Vereine buchen

Das Amt für Sport und Bäder vergibt die städtischen Sporthallen, Gymnastikräume und
Sportplätze an Sportvereine, Schulen und Betriebssportgruppen. Grundlage ist die Richtlinie
zur Vergabe und Nutzung städtischer Sportstätten (Stadtratsbeschluss vom 14.05.2024,
Drucksache 20-0311).

Wer kann buchen?
Gemeinnützige Sportvereine mit Sitz in Saarbrücken, die Mitglied im
Landessportverband für das Saarland (LSVS) sind, werden bevorzugt berücksichtigt. Private Gruppen können Restzeiten am
Wochenende buchen.

Fristen
Anträge für die Hallensaison 2026/27 (1. September bis 30. Juni) sind bis zum 31. März 2026
einzureichen. Die Zuteilung erfolgt bis Ende Mai. Kurzfristige Einzelbuchungen sind jederzeit
über das Online-Buchungssystem möglich.

Entgelte (je Stunde)
Einfachhalle: Vereine 4,00 €, private Gruppen 18,00 €
Dreifachhalle (ein Drittel): Vereine 5,50 €, private Gruppen 24,00 €
Kunstrasenplatz mit Flutlicht: Vereine 12,00 €, private Gruppen 45,00 €
Für Kinder- und Jugendmannschaften unter 18 Jahren ist die Nutzung entgeltfrei.

Hallenordnung
In den Hallen dürfen nur saubere Hallenschuhe mit heller Sohle getragen werden. Harz ist nicht
erlaubt. Die Übungsleitung ist für das Verschließen der Halle verantwortlich.

Kontakt
Amt für Sport und Bäder, Sportstättenvergabe
Bahnhofstraße 31, 66111 Saarbrücken
Telefon 0681 905-1680, sportstaetten@saarbruecken.de
Sprechzeiten: Mo–Do 9–12 Uhr und nach Vereinbarung
""",
    [
        "Drucksache 20-0311",
        "Landessportverband für das Saarland (LSVS)",
        "4,00 €",
        "Bahnhofstraße 31, 66111 Saarbrücken",
        "sportstaetten@saarbruecken.de",
    ],
)


# =============================================================================================
# Main
# =============================================================================================


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
