"""Build the nineteenth German PII redaction development corpus (``corpus.jsonl`` next to this file).

    python3 tests/data/redaction_dev19/build_dev19.py            # check, then write
    python3 tests/data/redaction_dev19/build_dev19.py --partial  # check only, write nothing

DEVELOPMENT set: it may be read, run and tuned on. It was written blind: without sight of the
redactor's rules, its benchmark, the held-out corpora and the documents of every other corpus.
Only the README of dev17 and the docstring, helpers (with the check function) and ``main()`` of
``build_dev17.py`` were read, for the record format, the annotation conventions and the
check-digit rules; the documents here are new. The set stresses PERSON names above all (about
half of all spans) in every position a city's mail has them. The 80 invented documents come from
the building authority, environment office, youth welfare, social benefits, registration office,
trade office, council office, staff council, school office and citizens' participation of
Stuttgart, Karlsruhe, Mannheim, Heidelberg, Augsburg, München, Wiesbaden, Darmstadt,
Braunschweig, Wolfsburg, Bielefeld, Münster, Hamm, Siegen, Koblenz and Jena. 60 carry personal
data, 20 do not.

  - committee_minutes (6): minutes, attendance lists and hearings with speakers and votes;
  - mail_chain (6): e-mail headers with "Nachname, Vorname" and CC lists, forwards, quotes;
  - citizen_letter (6): letters and e-mails of citizens and a citizens' initiative;
  - file_note (6): clerks' file notes in shorthand ("KM Fr. Yıldız", "Hr. K.", "Vorspr.");
  - pasted_form (5): forms pasted as text, names in capitals, label columns;
  - table (5): pipe, CSV and tab-separated lists of persons;
  - ocr_scan (5): OCR of handwriting with garbled names, dates, postcodes and phones;
  - voice_transcript (5): speech-to-text in lower case, names spelled, numbers in words;
  - chat_transcript (5): messenger, WhatsApp, forum, live-chat and Teams exports;
  - staff_memo (4): staff council letters, internal memos, absence lists, meeting notes;
  - official_notice (4): a neighbours' notification, a hearing, a benefit notice;
  - data_export (3): a JSON council-information API, an XML register record, a CSV export;
  - clean_* (20): council papers naming only roles, statutes, press releases and street naming
    with historical persons and life dates, event programmes with stage names and bands, firm
    and club lists with legal forms, schools and Kitas named after persons, first-name and
    district statistics, library and cinema lists with titles and brands, venue guides.

Markup: personal strings are written inline as ``[[TYPE:text]]``; computed numbers are put in
with ``«name»`` slots. Short type names:

    P=PERSON  STR=STREET_ADDRESS  LOC=LOCATION  DOB=DATE_OF_BIRTH  TEL=PHONE_NUMBER
    MAIL=EMAIL_ADDRESS  IBAN=IBAN_CODE  TAX=DE_TAX_ID  RV=DE_SOCIAL_SECURITY  ID=DE_ID_CARD
    PASS=DE_PASSPORT  KFZ=DE_KFZ  AZ=DE_AKTENZEICHEN  HR=DE_HANDELSREGISTER  IP=IP_ADDRESS

Annotation conventions (those of dev17, unchanged, with the name cases this set adds):
  - only values are annotated, never keys, labels, column titles or JSON/XML/CSV key names;
  - salutations, titles, roles and relationship words ("Herr", "Frau", "Dr.", "Prof.",
    "Dipl.-Ing.", "Stadträtin", "KM", "Oma", "Mama von", "Papa", "Familie", "Eheleute") stay
    outside PERSON spans, also inside chat contact names ("Mama von [Leo]") and after the name
    in a mail display name ("[Strothmann, Heike] Dr."); an organisation suffix such as
    "(Stadt Hamm)" stays outside too; a bare surname or first name is PERSON; "Nachname,
    Vorname" in one cell, header or CC entry is one span; names are annotated as written
    (capitals, lower case, OCR errors, every transliteration of the same person);
  - particles belong to the name ("von der Heide", "van Dyk", "de la Cruz Ortega",
    "Al-Hassan", "Ibn Hamdan", "ter Horst", "Freiin von Wedel");
  - a genitive is annotated as the whole word ("Kowalczyks", "Meiers", "Karataşs"), plural
    family names too ("die Bondarenkos");
  - a nickname in quotation marks is its own PERSON span without the quotation marks; the first
    name and surname around it are separate spans;
  - initials together with a surname are one span ("J. K. Rowe", "M.-L. Huber"); initials alone
    ("Hr. K.", "E.", "Hr. M.") are not annotated;
  - a name spelled with a spelling alphabet is one PERSON span from the first letter to the last
    code word, and its code words do not count as name parts;
  - chat handles built from a name ("dr.schindler", "kerem.ay") are PERSON; anonymous handles
    ("Lechkind82", "schattenwolf_bs", "Radler68", "Moderation_Stadt") are not; a phone number
    shown instead of a contact name is PHONE_NUMBER;
  - surnames that are common words or towns (Sommer, Winter, Koch, Hahn, Ernst, Engel, Fink,
    Park, Essen, Münster, Frankfurter, Kaiser) are PERSON only where they name a person;
  - a name inside an e-mail address counts only as part of the EMAIL_ADDRESS;
  - staff of the city, council members and staff council members: names, direct lines, service
    mobiles and personal mailboxes are annotated; switchboards, hotlines, functional mailboxes,
    anonymous handles and user codes are not;
  - a span never crosses a line break;
  - a private address is STREET_ADDRESS (street, number, additions) plus LOCATION (postcode and
    town); towns and districts of residence, previous residence, birth, origin and relatives are
    LOCATION, at home and abroad, also the office's own town; countries and nationalities are
    not; offices, courts, firms with a legal form, homes and public buildings, the place of an
    offence, of a marriage, of a work area or of a letter's date line are not;
  - natural persons in business (sole traders, e.K., a sole architect or engineer): name, a
    surname inside the business name ("Elektro [Wagner] e.K.", "Zimmerei [Ochs]"), business
    address, phones, mailboxes, HRA entry and Steuernummer are personal; companies with a legal
    form (GmbH, KG, AG, eG, GbR, PartG mbB) are not, also when their name carries a family name
    ("Bäckerei Özdemir GmbH"); their vehicles' plates are DE_KFZ;
  - Kassenzeichen, file numbers, personnel-file and creditor numbers, register IDs, register
    numbers of births, school-enrolment and court numbers of a citizen's matter are
    DE_AKTENZEICHEN (the cue word stays outside); council papers, paragraphs, budget lines and
    plots are not;
  - German ID cards and eATs are DE_ID_CARD; passports of all countries and foreign ID cards are
    DE_PASSPORT; the RV number is DE_SOCIAL_SECURITY; the Steuer-ID and a sole trader's
    Steuernummer are DE_TAX_ID; citizens' IPs are IP_ADDRESS, servers are not;
  - only dates of birth are personal, in any notation (ISO, OCR-garbled, in words) and a year of
    birth alone ("Jg. 2011", "* 2016"); dates of death, marriage and appointments are not;
  - the stage name of a registered person ("Künstlername") is PERSON; historical persons with
    life dates, artists' stage names and band names in published programmes are not personal and
    occur only in the PII-free documents.

Checks (standard library only): offsets give back the span text; spans are sorted, disjoint and
free of line breaks and surrounding blanks; Steuer-IDs carry the MOD 11,10 check digit; IBANs
pass MOD 97; RV numbers carry their check digit and match a date of birth in the document;
ID-card and eAT numbers use the ID-card alphabet with a valid tenth check digit; no keep phrase
overlaps a span and each occurs; 4-5 distinct keep phrases and 1,100-2,000 characters per
document; PII-free documents have no spans; every further whole-word occurrence of an annotated
string (three characters or more) and of every name part (three letters or more) of a PERSON
span is annotated too unless the document allows it, and every allowance is needed; the document
counts per style match the plan. ``corpus.jsonl`` is written only when nothing is found.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "corpus.jsonl"
PREFIX = "dev19"
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
    ("committee_minutes", "pii"): 6,
    ("mail_chain", "pii"): 6,
    ("citizen_letter", "pii"): 6,
    ("file_note", "pii"): 6,
    ("pasted_form", "pii"): 5,
    ("table", "pii"): 5,
    ("ocr_scan", "pii"): 5,
    ("voice_transcript", "pii"): 5,
    ("chat_transcript", "pii"): 5,
    ("staff_memo", "pii"): 4,
    ("official_notice", "pii"): 4,
    ("data_export", "pii"): 3,
    ("clean_council_paper", "clean"): 2,
    ("clean_statute", "clean"): 2,
    ("clean_press_release", "clean"): 2,
    ("clean_street_naming", "clean"): 2,
    ("clean_event_programme", "clean"): 2,
    ("clean_firm_list", "clean"): 2,
    ("clean_school_list", "clean"): 2,
    ("clean_statistics", "clean"): 2,
    ("clean_media_list", "clean"): 2,
    ("clean_venue_guide", "clean"): 2,
}

# ---------------------------------------------------------------------------------------------
# Check digits
# ---------------------------------------------------------------------------------------------


def mod11_10(digits: str) -> int:
    """ISO 7064 MOD 11,10 check digit (used by the Steuer-ID over its first ten digits)."""
    product = 10
    for ch in digits:
        total = (int(ch) + product) % 10 or 10
        product = (total * 2) % 11
    check = 11 - product
    return 0 if check == 10 else check


def steuer_id(ten: str, style: str = "plain") -> str:
    """Steuer-ID from ten digits: one digit twice or three times, no other repeats."""
    assert len(ten) == 10 and ten.isdigit() and ten[0] != "0", ten
    counts = sorted(n for n in Counter(ten).values() if n > 1)
    assert counts in ([2], [3]), ten
    full = ten + str(mod11_10(ten))
    if style == "blocks":
        return f"{full[:2]} {full[2:5]} {full[5:8]} {full[8:]}"
    if style == "pairs":
        return " ".join(full[i : i + 3] for i in range(0, 11, 3))
    return full


def _numeric(chars: str) -> int:
    return int("".join(str(int(c, 36)) for c in chars))


def iban(country: str, bban: str, grouped: bool = True) -> str:
    check = 98 - _numeric(bban + country + "00") % 97
    raw = f"{country}{check:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if grouped else raw


def iban_ok(value: str) -> bool:
    raw = value.replace(" ", "").replace("-", "")
    if not re.fullmatch(r"[A-Z]{2}\d\d[A-Z0-9]{10,30}", raw):
        return False
    return _numeric(raw[4:] + raw[:4]) % 97 == 1


RV_WEIGHTS = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)


def rv_check(area: str, ddmmyy: str, letter: str, serial: str) -> int:
    digits = area + ddmmyy + f"{ord(letter) - 64:02d}" + serial
    total = 0
    for d, w in zip(digits, RV_WEIGHTS, strict=True):
        total += sum(divmod(int(d) * w, 10))
    return total % 10


def rv_number(area: str, ddmmyy: str, letter: str, serial: str, spaced: bool = False) -> str:
    c = rv_check(area, ddmmyy, letter, serial)
    if spaced:
        return f"{area} {ddmmyy} {letter} {serial}{c}"
    return f"{area}{ddmmyy}{letter}{serial}{c}"


DIGIT_WORDS = ("null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun")


def spoken(value: str) -> str:
    """Read out digit by digit: '12 A' -> 'eins zwei a'."""
    return " ".join(DIGIT_WORDS[int(c)] if c.isdigit() else c.lower() for c in value if c != " ")


def unspoken(value: str) -> str:
    out = []
    for word in value.split():
        out.append(str(DIGIT_WORDS.index(word)) if word in DIGIT_WORDS else word.upper())
    return "".join(out)


def icao(chars: str) -> int:
    weights = (7, 3, 1)
    total = 0
    for i, c in enumerate(chars):
        total += (0 if c == "<" else int(c, 36)) * weights[i % 3]
    return total % 10


def id_card(nine: str, with_check: bool = False) -> str:
    assert len(nine) == 9 and set(nine) <= ID_ALPHABET, nine
    return nine + str(icao(nine)) if with_check else nine


def id_card_ok(value: str) -> bool:
    raw = value.replace(" ", "").upper()
    if len(raw) not in (9, 10) or not set(raw) <= ID_ALPHABET:
        return False
    return len(raw) == 9 or icao(raw[:9]) == int(raw[9])


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
    r"null|eins|zwei|drei|vier|fünf|sechs|sieben|sieb|acht|neun|zehn|elf|zwölf|zwanzig|"
    r"dreißig|hundert|tausend|ersten|dritten",
    re.IGNORECASE,
)
MONTHS = re.compile(r"jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez", re.IGNORECASE)
NAME_PART = re.compile(r"[^\W\d_]{3,}")
DDMMYY = re.compile(r"(\d\d)\.(\d\d)\.(?:19|20)?(\d\d)")


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
    if t == "DE_TAX_ID" and not tax_ok(v):
        bad(f"tax number {v!r} invalid")
    elif t == "IBAN_CODE" and not iban_ok(v):
        bad(f"IBAN {v!r} invalid")
    elif t == "DE_SOCIAL_SECURITY":
        said = bool(re.search(r"[a-zäöü]{3}", v))
        raw = unspoken(v) if said else v.replace(" ", "")
        m = re.fullmatch(r"(\d\d)(\d{6})([A-Z])(\d\d)(\d)", raw)
        if not m or rv_check(m[1], m[2], m[3], m[4]) != int(m[5]):
            bad(f"RV number {v!r} invalid")
        elif not said and m[2] not in dobs:
            bad(f"RV number {v!r} does not match a date of birth in the document")
    elif t == "DE_ID_CARD" and not id_card_ok(v):
        bad(f"ID card number {v!r} invalid")
    elif t == "DATE_OF_BIRTH" and not (
        re.search(r"\d", v) or NUMBER_WORDS.search(v) or MONTHS.search(v)
    ):
        bad(f"date of birth {v!r} has no digits, number words or month")
    elif t == "PHONE_NUMBER" and len(re.findall(r"\d", v)) + len(NUMBER_WORDS.findall(v)) < 6:
        bad(f"phone number {v!r} too short")
    elif t == "EMAIL_ADDRESS" and not re.search(r"@| at | ät ", v):
        bad(f"e-mail {v!r} without @")
    elif t == "IP_ADDRESS" and not re.fullmatch(r"[0-9.]{7,15}|[0-9a-fA-F:]{3,39}", v):
        bad(f"IP address {v!r} malformed")


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

# --- committee_minutes -----------------------------------------------------------------------

pii(
    "committee_minutes",
    """
Landeshauptstadt Stuttgart – Ausschuss für Umwelt und Technik
Niederschrift über die öffentliche Sitzung am 18. März 2025, Rathaus, Großer Sitzungssaal

Anwesend
Vorsitz: Bürgermeister Dr. [[P:Hannes Lautenschläger]]
CDU: [[P:Brigitte Sommer]], [[P:Alexander Kaiser]]
Grüne: [[P:Kemal Aydın]], [[P:Svenja Engel]]
SPD: [[P:Ursula Wiedemann-Roth]]
Freie Wähler: [[P:Jörg Winter]]
Die Linke/SÖS: [[P:Theodora Papadopoulou]]
Verwaltung: Dr. [[P:Maximilian von Stetten]] (Amt für Umweltschutz), [[P:Nguyễn Anh Thư]] (Schriftführung)
Entschuldigt: ein Mitglied der CDU-Fraktion

TOP 3: Lärmaktionsplan Stufe 4 – Beteiligung der Öffentlichkeit (GRDrs 118/2025)
Herr Dr. [[P:von Stetten]] berichtet über die Online-Beteiligung: 1.412 Stellungnahmen, davon 311 zur B 14. Stadträtin [[P:Sommer]] fragt, warum die Messungen nicht im Sommer wiederholt würden; die Verwaltung sagt eine Prüfung zu. Stadtrat [[P:Aydın]] verweist auf das Schreiben von Frau [[P:Dragana Petrović]] aus [[LOC:Feuerbach]], die Unterschriften von 38 Haushalten gesammelt habe (Schreiben vom 03.03.2025, Az. [[AZ:36-LAP-2025-0091]]). Das hat [[P:Kowalski]] vom Tiefbauamt gestern bestätigt. Stadtrat [[P:Winter]] hält dagegen: Laut [[P:Brandt]] vom Gutachterbüro Lärmkontor GmbH seien die Pegel rückläufig. Stadträtin [[P:Papadopoulou]] beantragt, die Bürgerinitiative „Leiser Neckar e.V.“ anzuhören; deren Sprecher ist Herr [[P:Mehmet Ali Karataş]] ([[MAIL:m.karatas@leiser-neckar.de]]). Einstimmig angenommen.

TOP 4: Baumschutzsatzung – Antrag der Grünen vom 02.02.2025
Stadträtin [[P:Engel]] begründet den Antrag. Stadtrat [[P:Kaiser]] erinnert daran, dass die CDU denselben Antrag schon 2023 gestellt habe. Die SPD-Fraktion regt an, [[P:Karataşs]] Unterlagen beizuziehen. Vertagt.

Für die Richtigkeit:
gez. [[P:Nguyễn Anh Thư]], Schriftführerin, Tel. [[TEL:0711 216-20487]]
gez. Dr. [[P:Lautenschläger]], Vorsitzender
""",
    [
        "Ausschuss für Umwelt und Technik",
        "GRDrs 118/2025",
        "Lärmkontor GmbH",
        "Leiser Neckar e.V.",
        "Amt für Umweltschutz",
    ],
    allow=("Sommer", "von"),
)

pii(
    "committee_minutes",
    """
Stadt Mannheim – Jugendhilfeausschuss
Anwesenheitsliste zur Sitzung am 09.04.2025, Stadthaus N 1, Ratssaal

Name, Vorname               Funktion / Institution                      anwesend
[[P:Yılmaz, Derya]]               stimmberechtigt, SPD                        15:00–18:10
[[P:Hoffmann-Ebert, Klaus]]       stimmberechtigt, CDU                        15:00–18:10
[[P:Schwarz, Annelie]]            stimmberechtigt, Grüne                      entschuldigt
[[P:Okonkwo, Chidinma]]           stimmberechtigt, Stadtjugendring Mannheim e.V.  15:20–18:10
[[P:Wolf, Bernd]]                 stimmberechtigt, Caritasverband Mannheim e.V.   15:00–17:30
[[P:Rahimi, Farid]]               beratend, Migrationsbeirat                  15:00–18:10
[[P:Lange, Sabine]]               Fachbereichsleitung Kinder, Jugend und Familie  15:00–18:10
[[P:Dąbrowska, Kinga]]            Schriftführung                              15:00–18:10

Auszug aus der Niederschrift
TOP 3: Bericht Hilfen zur Erziehung 2024 (Vorlage V 211/2025)
Frau [[P:Lange]] stellt den Bericht vor. Herr [[P:Wolf]] fragt nach der Wartezeit in der Erziehungsberatung. Frau [[P:Okonkwo]] lobt die Arbeit von Herrn [[P:Kübler]] im Jugendtreff Jungbusch und bittet, [[P:Küblers]] Stelle zu entfristen. Herr [[P:Rahimi]] bittet um Zahlen zu unbegleiteten Minderjährigen; die Verwaltung sagt sie zu.

TOP 7 (nichtöffentlich): Beschwerde
Frau [[P:Ivanka Georgieva]], [[STR:Lange Rötterstraße 41]], [[LOC:68167 Mannheim]], beschwert sich über die Dauer der Hilfeplanung für ihren Sohn [[P:Nikolai]] (Jg. [[DOB:2011]]). Frau [[P:Yılmaz]] berichtet, sie habe mit [[P:Georgieva]] telefoniert (Tel. [[TEL:0621 39928471]]); das Verfahren läuft unter [[AZ:51.2-HzE-2024-1177]]; der Ausschuss bittet um schriftliche Stellungnahme der Verwaltung bis zur Sitzung am 04.06.2025.

gez. [[P:Dąbrowska]]
""",
    [
        "Stadtjugendring Mannheim e.V.",
        "Caritasverband Mannheim e.V.",
        "Vorlage V 211/2025",
        "Jugendtreff Jungbusch",
        "Stadthaus N 1",
    ],
)

pii(
    "committee_minutes",
    """
Stadt Münster – Bürgerbeteiligung „Hiltrup Mitte 2035“
Protokoll der 2. Planungswerkstatt am 26.05.2025, 18:30–21:00 Uhr, Stadthalle Hiltrup

Moderation: [[P:Katrin Oelmann]] (Stadtdialog Nord GmbH)
Verwaltung: [[P:Tobias Rensing]] (Stadtplanungsamt), [[P:Farah Al-Hassan]] (Bürgerbeteiligung)
Teilnehmende: 54 Personen laut Liste (liegt dem Amt vor)

Wortbeiträge
1. Herr [[P:Bernhard Münster]] (Anwohner aus [[LOC:Hiltrup-Ost]]) kritisiert, dass die Marktallee zur Einbahnstraße werden soll. [[P:Münster]] betont, er wohne seit 1981 dort.
2. Frau [[P:Gülsüm Arslan]] fordert für den Elternbeirat sichere Schulwege. Ihre Tochter [[P:Elif]] gehe in die 3. Klasse.
3. Frau [[P:Hiltrud Essen]] ist vor zwei Jahren aus [[LOC:Essen]] zugezogen und vermisst ein Café mit warmem Essen am Abend.
4. Herr [[P:Przemysław Nowak]] aus [[LOC:Hiltrup-West]] schlägt einen Bürgerbus vor; [[P:Arslan]] und [[P:Essen]] unterstützen das.
5. Ein Teilnehmer, der seinen Namen nicht nennen wollte, fragt nach Parkplätzen.
6. Herr [[P:Kwame Mensah-Bonsu]] aus [[LOC:Amelsbüren]] bringt Pläne des Radentscheids mit.

Antworten der Verwaltung
Herr [[P:Rensing]] erläutert, dass der Rat erst im Herbst entscheidet. Laut [[P:Al-Hassan]] werden alle Beiträge in die Online-Karte übernommen. Die Moderation fasst zusammen: Einbahnstraße strittig, Bürgerbus und Schulwege breit getragen.

Nächster Termin: 30.06.2025, Stadthalle Hiltrup.
Rückfragen: [[P:Tobias Rensing]], Tel. [[TEL:0251 492-6137]], [[MAIL:rensing@stadt-muenster.de]]
Allgemein: buergerbeteiligung@stadt-muenster.de
""",
    [
        "Stadtdialog Nord GmbH",
        "Stadthalle Hiltrup",
        "buergerbeteiligung@stadt-muenster.de",
        "Hiltrup Mitte 2035",
    ],
    allow=("Münster", "Essen"),
)

pii(
    "committee_minutes",
    """
Stadt Braunschweig – Personalrat der Kernverwaltung
Niederschrift über die 14. Sitzung am 03.06.2025, Raum A 2.14, Platz der Deutschen Einheit 1

Anwesend: [[P:Ingrid Koch]] (Vorsitzende), [[P:Serkan Demir]] (stv. Vorsitzender), [[P:Marlene Fink]], [[P:Tanja Behrens]], [[P:Reinhard Ostermann]]
Entschuldigt: [[P:Petra Hahn]] (Urlaub), vertreten durch Ersatzmitglied [[P:Jens-Uwe Kaiser]]
Für die Dienststelle (zu TOP 2): [[P:Annette Vosskamp]], Fachbereich Zentrale Dienste

TOP 2: Personelle Einzelmaßnahmen (nichtöffentlich)
a) Versetzung von Frau [[P:Ewa Kaczmarek]], Fachbereich Soziales, zum Jugendamt (Personalakte [[AZ:PA 10-4772]]). Frau [[P:Koch]] berichtet, [[P:Kaczmareks]] Antrag liege seit März vor. Zustimmung, 7:0. Sie ist ab 01.07. unter [[TEL:0531 470-8412]] erreichbar.
b) Höhergruppierung von Herrn [[P:Dimitrios Oikonomou]] (Gewerbeangelegenheiten, Personalakte [[AZ:PA 10-3391]]) nach EG 10. Herr [[P:Demir]] gibt zu bedenken, dass Frau [[P:Behrens]] die gleiche Tätigkeit in EG 9 ausübe. Die Dienststelle sagt eine Prüfung zu. Zustimmung, 6:1.
c) Besetzung der Stelle 32.14 (Sachbearbeitung Meldewesen): Bewerberinnen [[P:Leonie Schaper]], [[P:Aylin Kurt]] und [[P:Mariana Sousa Ferreira]]. Im Auswahlgespräch war der Personalrat durch [[P:Fink]] vertreten. Votum für Frau [[P:Kurt]].

TOP 3: Dienstvereinbarung Mobiles Arbeiten – Stand der Verhandlungen
Die Verhandlungskommission berichtet. Die Dienststelle lehnt den Anspruch auf zwei Tage pro Woche weiter ab.

TOP 4: Verschiedenes
Die Stelle Koch/Köchin in der Kantine ist seit Mai unbesetzt; der Personalrat fragt nach dem Stand. Der Hahn in der Teeküche im 3. OG tropft, Meldung an die Haustechnik.

Schriftführung: [[P:Tanja Behrens]], Tel. [[TEL:0531 470-2317]]
Nächste Sitzung: 17.06.2025
""",
    [
        "Platz der Deutschen Einheit 1",
        "Dienstvereinbarung Mobiles Arbeiten",
        "Fachbereich Zentrale Dienste",
        "Stelle 32.14",
        "EG 10",
    ],
    allow=("Koch", "Hahn"),
)

pii(
    "committee_minutes",
    """
Stadt Koblenz – Bauordnungsamt
Niederschrift über den Erörterungstermin zur Bauvoranfrage [[AZ:BV 61-0442/2025]] (Mehrfamilienhaus, Flur 12, Flurstück 311/4, Koblenz-Lützel) am 15.04.2025

Teilnehmende
Für die Bauaufsicht: [[P:Stefanie Rauh-Lindner]] (Leitung), [[P:Marco Bianchi]] (Protokoll)
Bauherr: Herr [[P:Konstantin Ernst]], [[STR:Brenderweg 7]], [[LOC:56070 Koblenz]]
Architekt: Dipl.-Ing. [[P:Lukas Heimbach]], Heimbach Thiel Architekten PartG mbB
Nachbarn: Frau [[P:Rosalía de la Cruz Ortega]] ([[STR:Schlachthofstraße 14]]), Herr [[P:Seán O'Neill]] ([[STR:Schlachthofstraße 16]]), Eheleute [[P:Hildegard]] und [[P:Walter Schmitz]] ([[STR:Brenderweg 9]])
Beistand der Eheleute [[P:Schmitz]]: Rechtsanwalt Dr. [[P:Fabian Quirin]], Kanzlei Quirin & Partner Rechtsanwälte PartG mbB, Az. [[AZ:Q-0317/25]]

Verlauf
Die Bauaufsicht erläutert den Stand. Herr [[P:Heimbach]] stellt die geänderten Pläne vor (Traufhöhe 9,80 m). Frau [[P:de la Cruz Ortega]] befürchtet Verschattung ihres Gartens; der Nachbar aus Nr. 16 schließt sich an. Dr. [[P:Quirin]] trägt vor, die Abstandsfläche nach § 8 LBauO sei nicht eingehalten. Ernst zu nehmen sei auch die Stellplatzfrage, so Frau [[P:Hildegard Schmitz]].
Herr [[P:Ernst]] bietet an, das Dachgeschoss zurückzusetzen. Die Nachbarn erklären, sie würden Einwendungen dann zurücknehmen, wenn die Änderung schriftlich vorliegt. Die Bauaufsicht fügt [[P:Ernsts]] Zusage der Niederschrift als Anlage bei.

Ergebnis: Überarbeitete Pläne bis 16.05.2025; danach Entscheidung nach Aktenlage.

gez. [[P:Bianchi]]
""",
    [
        "Heimbach Thiel Architekten PartG mbB",
        "Quirin & Partner Rechtsanwälte PartG mbB",
        "§ 8 LBauO",
        "Flurstück 311/4",
        "Traufhöhe 9,80 m",
    ],
    allow=("Ernst", "Heimbach", "Quirin"),
)

pii(
    "committee_minutes",
    """
Stadt Jena – Fachdienst Jugend und Bildung, Team Schulverwaltung
Protokoll der Elternanhörung zur Änderung der Schulbezirke Lobeda/Winzerla
Datum: 12.02.2025, Ort: Aula der Grundschule Kulturanum, Beginn 17:00 Uhr

Für die Stadt: [[P:J. K. Rowe]] (Schulnetzplanung), [[P:M.-L. Huber]] (Protokoll), Dezernent Herr [[P:Thilo Engelhardt-Wiese]]
Schulleitungen: Frau [[P:Annegret Tauscher]], Herr [[P:Mirko Schellenberg]]
Anwesend: rund 70 Eltern

TOP 1: Vorstellung der Planung
Herr [[P:Rowe]] erläutert die Schülerzahlen. Der Dezernent betont, dass Geschwisterkinder an ihrer Schule bleiben dürfen.

TOP 2: Fragen und Wortmeldungen
– Herr [[P:Yonas Tesfamariam]] (wohnhaft [[LOC:Lobeda-West]]) fragt, ob sein Sohn [[P:Daniel]] weiter mit dem Bus fahren könne. Die Schulleitung bejaht.
– Frau [[P:Zahra Ahmadi]] bittet um Übersetzung der Schreiben ins Dari; [[P:Ahmadis]] Nachbarin, Frau [[P:Kavitha Sivakumar]], bietet Hilfe beim Tamil an.
– Herr [[P:Trần Văn Long]] ([[LOC:Jena-Nord]]) fragt nach der Hortbetreuung. Laut [[P:Schellenberg]] reichen die Plätze.
– Frau [[P:Johanna Freiin von Wedel]] ([[LOC:Winzerla]]) kritisiert, die Eltern seien zu spät informiert worden; die Verwaltung nimmt das auf.
– „Mama [[P:Bea]]“ (so im Elternchat, Frau [[P:Beatrix Lorenz]], [[MAIL:bea.lorenz@web.de]]) übergibt 112 Unterschriften.

TOP 3: Weiteres Verfahren
Die Stellungnahmen gehen bis 07.03.2025 an schulverwaltung@jena.de. Beschluss im Ausschuss für Bildung am 10.04.2025.

Protokoll: [[P:M.-L. Huber]], Tel. [[TEL:03641 49-2718]]
""",
    [
        "Grundschule Kulturanum",
        "schulverwaltung@jena.de",
        "Ausschuss für Bildung",
        "Team Schulverwaltung",
    ],
    allow=("Winzerla",),
)


# --- mail_chain ------------------------------------------------------------------------------

pii(
    "mail_chain",
    """
Von: [[P:Öztürk, Emre]] <[[MAIL:emre.oeztuerk@bov.karlsruhe.de]]>
Gesendet: Dienstag, 11. März 2025 09:14
An: [[P:Meier, Jana]] <[[MAIL:jana.meier@bov.karlsruhe.de]]>
Cc: [[P:Winkler-Haas]], Dr. [[P:Ruth]] <[[MAIL:ruth.winkler-haas@bov.karlsruhe.de]]>; Bauordnungsamt Poststelle <bauordnungsamt@karlsruhe.de>
Betreff: WG: Carport Nachbargrundstück – [[AZ:BV-2025-0318]]

Hallo [[P:Jana]],
anbei die Beschwerde von Herrn [[P:Fuchs]]. Kannst du bitte vor Ort prüfen? [[P:Ruth]] meint, der Carport sei verfahrensfrei, wenn er unter 30 m² bleibt. Ich bin ab Donnerstag im Urlaub, Vertretung hat [[P:Giuseppe Marino]] (Durchwahl [[TEL:0721 133-6127]]).
Gruß

[[P:Emre Öztürk]]
Bauordnungsamt Karlsruhe, Bauaufsicht West
Lammstraße 7, 76133 Karlsruhe
Tel. [[TEL:0721 133-6104]]

-----Ursprüngliche Nachricht-----
Von: [[P:Sebastian Fuchs]] <[[MAIL:basti.fuchs79@web.de]]>
Gesendet: Montag, 10. März 2025 21:47
An: bauordnungsamt@karlsruhe.de
Betreff: Carport

> Sehr geehrte Damen und Herren,
> mein Nachbar, Herr [[P:Ioannis Karras]], [[STR:Hardtstraße 23]], baut seit drei Wochen an der Grenze zu unserem Grundstück ([[STR:Hardtstraße 21]], [[LOC:76185 Karlsruhe-Mühlburg]]) einen Carport mit Abstellraum. Beim Bauamt hat man mir am Telefon gesagt, ich solle schreiben. [[P:Karras]] behauptet, das sei genehmigt. Meine Frau hat Fotos gemacht, sie liegen bei.
> Erreichbar bin ich unter [[TEL:0176 38814502]].
> Mit freundlichen Grüßen
> [[P:Sebastian Fuchs]]
""",
    [
        "bauordnungsamt@karlsruhe.de",
        "Lammstraße 7, 76133 Karlsruhe",
        "Bauaufsicht West",
        "30 m²",
    ],
)

pii(
    "mail_chain",
    """
Von: Gewerbeangelegenheiten <gewerbe@wiesbaden.de>
Gesendet: Freitag, 4. April 2025 11:02
An: info@baeckerei-oezdemir.de
Cc: [[P:Hartmann, Lea]] <[[MAIL:lea.hartmann@wiesbaden.de]]>; [[P:Nowicki, Adam]]; Marktwesen <markt@wiesbaden.de>
Betreff: AW: Standanmeldung Biebricher Sommernacht 2025 – Vorgang [[AZ:GW-SN-25-0087]]

Sehr geehrte Frau [[P:Özdemir]],
für den Backwarenstand der Bäckerei Özdemir GmbH fehlt uns noch die Belehrung nach § 43 IfSG für Ihre Verkäuferin. Laut [[P:Nowicki]] liegt nur die Bescheinigung von Frau [[P:Lis]] vor. Den Stromanschluss stimmen Sie bitte direkt mit Herrn [[P:Wagner]] ab.
Mit freundlichen Grüßen
i. A. [[P:Lea Hartmann]], [[MAIL:lea.hartmann@wiesbaden.de]]
Landeshauptstadt Wiesbaden, Ordnungsamt, Gewerbeangelegenheiten
Gustav-Stresemann-Ring 15, 65189 Wiesbaden, Tel. [[TEL:0611 31-4872]]

> Von: [[P:Leyla Özdemir]] <info@baeckerei-oezdemir.de>
> Gesendet: Mittwoch, 2. April 2025 18:20
> Betreff: Standanmeldung Biebricher Sommernacht 2025
>
> Guten Tag Frau [[P:Hartmann]],
> wir melden wie 2024 einen Stand an (3 x 3 m, Backwaren, Kaffee). Am Stand arbeiten meine Verkäuferin Frau [[P:Małgorzata Lis]] (Tel. [[TEL:0176 90331245]]) und mein Neffe [[P:Burak]] (Jg. [[DOB:2007]], Minijob). Den Strom legt wie jedes Jahr Elektro [[P:Wagner]] e.K., Inhaber [[P:Thomas Wagner]], [[STR:Rathausstraße 62]], [[LOC:65203 Wiesbaden-Biebrich]], Tel. [[TEL:0611 6098813]], [[HR:HRA 4512]] beim AG Wiesbaden.
>
> Freundliche Grüße
> [[P:Leyla Özdemir]]
> Geschäftsführerin, Bäckerei Özdemir GmbH, HRB 28117
""",
    [
        "info@baeckerei-oezdemir.de",
        "Gustav-Stresemann-Ring 15, 65189 Wiesbaden",
        "§ 43 IfSG",
        "HRB 28117",
        "markt@wiesbaden.de",
    ],
    allow=("Özdemir",),
)

V["iban_bi1"] = iban("DE", "480501610043918207")

pii(
    "mail_chain",
    """
Von: [[P:Brinkmann, Kevin]] <[[MAIL:kevin.brinkmann@bielefeld.de]]>
Gesendet: Montag, 19. Mai 2025 08:41
An: pdl@pflege-am-teuto.de
Cc: [[P:Strothmann, Heike]] Dr. <[[MAIL:strothmann@betreuungsbuero-strothmann.de]]>
Betreff: AW: AW: Hilfe zur Pflege – Frau [[P:Engel]], Az. [[AZ:50.2-HzP-2025-1184]]

Sehr geehrte Frau [[P:Melnyk]],
danke, der Kostenvoranschlag ist da. Es fehlt nur noch der Kontoauszug von Frau [[P:Engel]] (Konto [[IBAN:«iban_bi1»]]) für April. Die Betreuerin hat zugesagt, ihn nachzureichen.
Freundliche Grüße
[[P:Kevin Brinkmann]], Amt für soziale Leistungen, Tel. [[TEL:0521 51-3386]]

> Von: [[P:Oksana Melnyk]] <pdl@pflege-am-teuto.de>
> Gesendet: Freitag, 16. Mai 2025 15:12
> Sehr geehrter Herr [[P:Brinkmann]],
> anbei der Kostenvoranschlag für Frau [[P:Gertrud Engel]], geb. [[DOB:14.09.1936]], [[STR:Apfelstraße 88]], [[LOC:33611 Bielefeld]]. Ihr Sohn, Herr [[P:Rüdiger Engel]] aus [[LOC:Hannover]] (Tel. [[TEL:0511 8874412]]), kann nicht mehr einspringen. Unsere Pflegekraft [[P:Dorota]] fährt ab Juni dreimal täglich.
> Freundliche Grüße, [[P:Oksana Melnyk]], Pflegedienstleitung, Pflege am Teuto GmbH
>
>> Von: [[P:Brinkmann, Kevin]]
>> Gesendet: Dienstag, 13. Mai 2025 10:03
>> Bitte reichen Sie einen Kostenvoranschlag nach Leistungskomplexen ein. Die Betreuerin steht in Kopie.
>>
>>> Von: Betreuungsbüro [[P:Strothmann]]
>>> Frau [[P:Engels]] Einkommen reicht nicht. Danke, Sie sind ein Engel!
""",
    [
        "pdl@pflege-am-teuto.de",
        "Pflege am Teuto GmbH",
        "Amt für soziale Leistungen",
        "Leistungskomplexen",
    ],
    allow=("Engel",),
)

pii(
    "mail_chain",
    """
Von: [[P:Mihaela Popescu]] <[[MAIL:mihaela.popescu88@gmx.de]]>
Gesendet: Sonntag, 23. Februar 2025 20:05
An: schulverwaltung@augsburg.de
Cc: [[P:Andrei Popescu]] <[[MAIL:a.popescu@t-online.de]]>
Betreff: AW: Gastschulantrag [[P:Ioana]] und [[P:Matei Popescu]] – Ihr Zeichen [[AZ:40-GS-2025-0219]]

Sehr geehrter Herr [[P:Wachter]],
danke für die schnelle Antwort. Wir ziehen zum 1. April von [[STR:Friedberger Straße 140]], [[LOC:86163 Augsburg]], nach [[STR:Am Sonnenhang 3]], [[LOC:86316 Friedberg]]. [[P:Ioana]] (geb. [[DOB:07.11.2016]]) soll die 3. Klasse an der Grundschule Hochzoll-Süd zu Ende machen, [[P:Matei]] (geb. [[DOB:22.06.2019]]) kommt im September in die 1. Klasse. Frau [[P:Birnbaum]], die Klassenlehrerin von [[P:Ioana]], unterstützt das. Meine Mutter, Frau [[P:Elena Dumitrescu]], holt die Kinder nachmittags ab.
Viele Grüße
[[P:Mihaela Popescu]], Tel. [[TEL:0157 71239904]]

> Am 20.02.2025 um 14:32 schrieb [[P:Wachter, Korbinian]] <[[MAIL:korbinian.wachter@augsburg.de]]>:
> Sehr geehrte Frau [[P:Popescu]],
> für einen Gastschulantrag nach Art. 43 BayEUG brauchen wir die Zustimmung der Stadt Friedberg und eine Begründung. Bitte nennen Sie uns die künftige Anschrift und die Geburtsdaten beider Kinder.
> Mit freundlichen Grüßen
> [[P:Korbinian Wachter]]
> Stadt Augsburg, Schulverwaltungsamt, Rathausplatz 1, 86150 Augsburg
> Tel. [[TEL:0821 324-3817]]
""",
    [
        "schulverwaltung@augsburg.de",
        "Art. 43 BayEUG",
        "Grundschule Hochzoll-Süd",
        "Rathausplatz 1, 86150 Augsburg",
    ],
)

V["iban_da1"] = iban("DE", "508501500000731846")

pii(
    "mail_chain",
    """
Von: Ratsbüro Darmstadt <ratsbuero@darmstadt.de>
Gesendet: Dienstag, 8. Juli 2025 13:27
An: [[P:Al-Khatib, Yasmin]] <[[MAIL:yasmin.al-khatib@stvv-darmstadt.de]]>
Cc: [[P:Ibn Hamdan, Karim]]; [[P:Schneider, Gisela]]; [[P:van Dyk, Pieter]] <[[MAIL:p.vandyk@posteo.de]]>
Betreff: WG: Umbesetzung Ausschuss für Soziales – Sitzungsgeld

Sehr geehrte Frau [[P:Al-Khatib]],
wie telefonisch besprochen leiten wir die Mitteilung Ihrer Fraktion weiter. Ab 01.09.2025 ersetzt Herr [[P:Ibn Hamdan]] Frau [[P:Schneider]] im Ausschuss für Soziales; Herr [[P:van Dyk]] wird stellvertretendes Mitglied. Für die Auszahlung des Sitzungsgeldes benötigen wir von Herrn [[P:Ibn Hamdan]] noch die Bankverbindung; die von Herrn [[P:van Dyk]] ([[IBAN:«iban_da1»]]) liegt vor.
Mit freundlichen Grüßen
[[P:Rüdiger Kleinschmidt]]
Büro der Stadtverordnetenversammlung, Luisenplatz 5a, 64283 Darmstadt
Tel. [[TEL:06151 13-2294]]

-------- Weitergeleitete Nachricht --------
Von: [[P:Yasmin Al-Khatib]]
Datum: 07.07.2025, 22:10
Betreff: Umbesetzung

Liebes Ratsbüro,
die Fraktion hat am Montag beschlossen: [[P:Karim]] geht in den Sozialausschuss, [[P:Gisela]] wechselt in den Bauausschuss. [[P:Pieter]] übernimmt die Stellvertretung. [[P:Karim]] ist erreichbar unter [[TEL:0171 9043318]] oder [[MAIL:karim.ibnhamdan@web.de]], er wohnt inzwischen in [[LOC:Arheilgen]], [[STR:Messeler Straße 44]].
Viele Grüße
Fraktionsgeschäftsführung
""",
    [
        "ratsbuero@darmstadt.de",
        "Luisenplatz 5a, 64283 Darmstadt",
        "Ausschuss für Soziales",
        "Büro der Stadtverordnetenversammlung",
    ],
)

pii(
    "mail_chain",
    """
Von: Bürgeramt Heessen <buergeramt-heessen@stadt.hamm.de>
Gesendet: Donnerstag, 27. März 2025 10:55
An: Meldebehörde <meldewesen@stadt.hamm.de>
Cc: [[P:Tekin, Hülya]]; [[P:Frankfurter, Ulrich]] <[[MAIL:u.frankfurter@arcor.de]]>
Betreff: WG: Mieter ausgezogen ohne Abmeldung – [[STR:Dolberger Straße 51]]

Liebe Kolleginnen und Kollegen,
zur Prüfung nach § 25 BMG. Herr [[P:Frankfurter]] war heute persönlich hier, die Wohnungsgeberbestätigung ist gescannt (Vorgang [[AZ:MW-HE-2025-0388]]). Bitte Rückmeldung direkt an ihn.
Gruß aus Heessen
[[P:Hülya Tekin]], Tel. [[TEL:02381 17-7741]]

---------- Forwarded message ---------
From: [[P:Ulrich Frankfurter]] <[[MAIL:u.frankfurter@arcor.de]]>
Date: Mi., 26. März 2025, 19:31
To: buergeramt-heessen@stadt.hamm.de
Subject: Mieter ausgezogen

Sehr geehrte Damen und Herren,
ich bin Eigentümer des Hauses [[STR:Dolberger Straße 51]], [[LOC:59073 Hamm]]. Meine Mieter im 1. OG links, [[P:Oleksandr Bondarenko]] (geb. [[DOB:03.08.1987]]) und [[P:Natalija Bondarenko]], sind Ende Februar ausgezogen, nach eigener Aussage zu ihrer Schwester nach [[LOC:Katowice]]. Den Schlüssel hat der Nachbar, Herr [[P:Ahmet Kaya]], bekommen. Post für „[[P:BONDARENKO O.]]“ kommt weiter.
Ich selbst wohne [[STR:Ahornallee 12]], [[LOC:59071 Hamm]], Tel. [[TEL:02381 442907]].
Mit freundlichen Grüßen
[[P:Ulrich Frankfurter]]
PS: Zum Sommerfest im Hof gab es Frankfurter vom Grill, die [[P:Bondarenkos]] haben noch Geschirr von mir.
""",
    [
        "buergeramt-heessen@stadt.hamm.de",
        "meldewesen@stadt.hamm.de",
        "§ 25 BMG",
        "Wohnungsgeberbestätigung",
    ],
    allow=("Frankfurter",),
)


# --- citizen_letter --------------------------------------------------------------------------

pii(
    "citizen_letter",
    """
[[P:Sabine Wolff-Ebersbach]]
[[STR:Mühltalstraße 47]]
[[LOC:69121 Heidelberg]]
[[TEL:06221 473318]] · [[MAIL:s.wolff-ebersbach@posteo.de]]

Stadt Heidelberg
Amt für Umweltschutz, Gewerbeaufsicht und Energie
Kornmarkt 1, 69117 Heidelberg

Heidelberg, 3. Februar 2025

Ihr Zeichen [[AZ:31.2-IMM-2024-0713]] – Rauchbelästigung durch Holzofen, erneute Beschwerde

Sehr geehrter Herr Dr. [[P:Yüksel]],

ich muss mich leider erneut melden. Seit Ihrem Besuch im Dezember hat sich bei meinen Nachbarn, Familie [[P:Stojanow]] in der [[STR:Mühltalstraße 49]], nichts geändert. Herr [[P:Georgi Stojanow]] heizt weiter abends mit feuchtem Holz; am 28.01. kam eine Ladung Scheitholz mit einem Kipper ([[KFZ:HD-GS 412]]), das Holz lag offen im Regen.

Ich bin nicht allein: Laut [[P:Brandt]] ist das schon seit 2022 so, und Herr [[P:Fink]] ([[STR:Mühltalstraße 51]]) musste mit seinem Asthma zweimal zum Arzt. Frau [[P:Brandts]] Messgerät zeigte am 30.01. um 19 Uhr einen Feinstaubwert von 180 µg/m³ im Garten. [[P:Stojanows]] Sohn [[P:Dimitar]] hat mir gesagt, sein Vater wolle den Ofen nicht austauschen, das sei zu teuer.

Ich bitte um eine Messung durch den Bezirksschornsteinfeger nach der 1. BImSchV und um Auskunft, welche Förderung es für einen Austausch gibt – vielleicht hilft das allen. Meine Tochter [[P:Clara]] ([[DOB:2014]] geboren) schläft inzwischen bei geschlossenem Fenster.

Sie erreichen mich nachmittags unter der oben genannten Nummer.

Mit freundlichen Grüßen
[[P:Sabine Wolff-Ebersbach]]
""",
    [
        "Amt für Umweltschutz, Gewerbeaufsicht und Energie",
        "Kornmarkt 1, 69117 Heidelberg",
        "1. BImSchV",
        "180 µg/m³",
    ],
)

pii(
    "citizen_letter",
    """
[[P:Christa Winter]] · [[STR:Hohler Weg 19]] · [[LOC:57076 Siegen]] · [[MAIL:christa.winter51@t-online.de]]

An die Universitätsstadt Siegen
Jugendamt – Allgemeiner Sozialer Dienst
z. Hd. Frau [[P:Meier]]
Weidenauer Straße 211–215, 57076 Siegen

Siegen, den 14.03.2025
Betr.: Meine Enkelkinder [[P:Finn]], [[P:Mia-Sophie]] und [[P:Leon Winter]] – Ihr Az. [[AZ:51-ASD-0938/24]]

Sehr geehrte Frau [[P:Meier]],

Sie kennen mich vom Hilfeplangespräch im Januar. Ich schreibe, weil ich mir Sorgen mache. Meine Tochter [[P:Jacqueline Winter]] ist mit den Kindern im Winter zu ihrem Freund, Herrn [[P:Dennis Kowalczyk]], nach [[LOC:Geisweid]] gezogen, [[STR:Birlenbacher Straße 92]]. Seitdem kommt [[P:Finn]] (geb. [[DOB:09.05.2015]]) oft ohne Frühstück in die Schule, sagt seine Lehrerin, Frau [[P:Gerlach]]. [[P:Mia-Sophie]] (geb. [[DOB:30.11.2018]]) war drei Wochen nicht in der Kita. [[P:Leon]] ist erst drei.

[[P:Kowalczyks]] Freundin aus der Nachbarschaft, eine Frau [[P:Sandra Pieper]], passt manchmal auf, aber sie trinkt, das weiß ich von meiner jüngeren Tochter. Frau [[P:Meiers]] Kollege, Herr [[P:Okafor]], war letzte Woche da, hat aber niemanden angetroffen.

Ich bin 63, gesund und könnte die Kinder nachmittags nehmen. Ich wohne allein, die Wohnung hat drei Zimmer. Bitte rufen Sie mich an: [[TEL:0271 4049718]] oder [[TEL:0160 93318270]].

Mit freundlichen Grüßen
[[P:Christa Winter]]
""",
    [
        "Allgemeiner Sozialer Dienst",
        "Weidenauer Straße 211–215, 57076 Siegen",
        "Hilfeplangespräch",
        "Universitätsstadt Siegen",
    ],
    allow=("Winter", "57076 Siegen"),
)

V["iban_mu1"] = iban("DE", "701500001003276540")

pii(
    "citizen_letter",
    """
[[P:Chukwuemeka Obi]]
[[STR:Theodor-Heuss-Platz 9]], App. 1204
[[LOC:81737 München]]
E-Mail: [[MAIL:emeka.obi@gmail.com]]

Landeshauptstadt München
Sozialreferat, Sozialbürgerhaus Ramersdorf-Perlach
Thomas-Dehler-Straße 16, 81737 München

München, 21.05.2025

Widerspruch gegen den Bescheid vom 12.05.2025 – Grundsicherung im Alter für meine Mutter, Frau [[P:Ngozi Adaeze Obi]], geb. [[DOB:02.02.1954]], Aktenzeichen [[AZ:S-III-GSiA-2025-33871]]

Sehr geehrte Frau [[P:Huber-Lechner]],

ich lege im Auftrag meiner Mutter (Vollmacht anbei) Widerspruch ein. Sie wohnt bei mir, seit sie im Oktober aus [[LOC:Enugu]] gekommen ist. Im Bescheid wird eine Unterhaltszahlung meines Bruders [[P:Ikenna Obi]] aus [[LOC:Manchester]] von 300 Euro angerechnet. [[P:Ikenna]] zahlt aber nichts, er hat selbst drei Kinder; er schickt nur zu Weihnachten Geld.

Außerdem fehlt der Mehrbedarf wegen Gehbehinderung (Merkzeichen G). Der Ausweis wurde am 03.04.2025 ausgestellt; die Kopie hat Ihr Kollege, Herr [[P:Anton Riedl]], bei der Vorsprache am 08.04. gesehen. Laut [[P:Riedl]] sollte das „automatisch“ berücksichtigt werden.

Das Geld bitte weiter auf das Konto meiner Mutter: [[IBAN:«iban_mu1»]].

Meine Frau [[P:Blessing Obi]] ist tagsüber unter [[TEL:0152 29047713]] erreichbar, falls Sie Rückfragen haben; ich arbeite im Schichtdienst.

Mit freundlichen Grüßen
[[P:C. Obi]]
""",
    [
        "Sozialbürgerhaus Ramersdorf-Perlach",
        "Thomas-Dehler-Straße 16, 81737 München",
        "Merkzeichen G",
        "Grundsicherung im Alter",
    ],
    allow=("81737 München",),
)

V["id_wob1"] = id_card("L7H4R9K2M", with_check=True)
V["id_wob2"] = id_card("T22N0C1R8", with_check=True)

pii(
    "citizen_letter",
    """
Von: [[P:Ngọc Lan Sandmann-Phạm]] <[[MAIL:lan.sandmann@icloud.com]]>
An: meldewesen@stadt.wolfsburg.de
Betreff: Namensänderung nach Heirat und Umzug – bitte Meldebescheinigung

Sehr geehrte Damen und Herren,

mein Mann [[P:Tobias Sandmann]] und ich haben am 14.02.2025 beim Standesamt Wolfsburg geheiratet. Ich führe seitdem den Namen [[P:Sandmann-Phạm]] (Geburtsname [[P:Phạm]]). Zum 01.03.2025 sind wir von [[STR:Amtsstraße 12]], [[LOC:38448 Wolfsburg-Vorsfelde]], nach [[STR:Sandkämper Weg 4b]], [[LOC:38442 Wolfsburg-Fallersleben]], gezogen und haben uns am 05.03. im Bürgerbüro angemeldet.

Leider steht auf der Meldebestätigung bei mir noch „[[P:PHAM, Ngoc Lan]]“ und bei meinem Mann ein falscher Tag der Geburt ([[DOB:13.07.1990]] statt [[DOB:31.07.1990]]). Für die Elterngeldstelle brauche ich bis Monatsende eine richtige Meldebescheinigung für uns drei, auch für unseren Sohn [[P:Minh Sandmann]], geb. [[DOB:19.12.2024]].

Unsere Ausweise:
– [[P:Ngọc Lan Sandmann-Phạm]], geb. [[DOB:08.04.1993]] in [[LOC:Hải Phòng]], Personalausweis [[ID:«id_wob1»]] (neu beantragt)
– [[P:Tobias Sandmann]], Personalausweis [[ID:«id_wob2»]]
– [[P:Minh]]: Kinderreisepass [[PASS:F3K9LC7P2]]

Meine Schwester, Frau [[P:Phạm Thị Hồng]], hat bei der Anmeldung übersetzt; sie hat die Namen so buchstabiert, wie sie im vietnamesischen Pass stehen – vielleicht kam es daher. Der Sachbearbeiter, Herr [[P:Pietrzak]], meinte, das ließe sich nur mit einer neuen Vorsprache ändern. Geht das auch per Post?

Sie erreichen mich unter [[TEL:0176 20884915]].

Viele Grüße
[[P:Lan Sandmann-Phạm]]
""",
    [
        "meldewesen@stadt.wolfsburg.de",
        "Standesamt Wolfsburg",
        "Elterngeldstelle",
        "Meldebestätigung",
    ],
)

pii(
    "citizen_letter",
    """
Bürgerinitiative Bessunger Kiesberg
c/o Prof. Dr. [[P:Irmgard von der Heide]], [[STR:Kiesbergstraße 22]], [[LOC:64285 Darmstadt]]
[[MAIL:i.vonderheide@t-online.de]]

An den Magistrat der Wissenschaftsstadt Darmstadt
Koordinierungsstelle Bürgerbeteiligung
Luisenplatz 5, 64283 Darmstadt

Darmstadt, 9. Juni 2025

Antrag auf ein Beteiligungsverfahren nach den Leitlinien für Bürgerbeteiligung zur Bebauung des Kiesbergs (Vorlage 2025/0147)

Sehr geehrte Damen und Herren,

die unterzeichnenden Anwohnerinnen und Anwohner beantragen eine frühe Beteiligung vor dem Aufstellungsbeschluss. Sprecherin ist Frau Prof. Dr. [[P:von der Heide]], Stellvertreter Herr [[P:Mustafa Çelik]]. Wir bitten um einen Termin im Juli.

Name                          Anschrift                      Unterschrift
[[P:Irmgard von der Heide]]         [[STR:Kiesbergstraße 22]]              gez.
[[P:Mustafa Çelik]]                 [[STR:Ludwigshöhstraße 9]]             gez.
[[P:Anna Lisowska]]                 [[STR:Kiesbergstraße 31]]              gez.
[[P:Heinrich]] „[[P:Heiner]]“ [[P:Kaiser]]      [[STR:Am Kiesberg 5]]                  gez.
[[P:Efua Asante-Bekoe]]             [[STR:Ludwigshöhstraße 14a]]           gez.
[[P:Ricardo Oliveira Santos]]       [[STR:Heidelberger Straße 188]]        gez.
[[P:Ljudmila Wassiljewa]]           [[STR:Kiesbergstraße 40]]              gez.
[[P:Frieder Engel]]                 [[STR:Am Kiesberg 11]]                 gez.

Alle Anschriften in [[LOC:64285 Darmstadt-Bessungen]].

Mit freundlichen Grüßen
für die Initiative
[[P:Irmgard von der Heide]]
""",
    [
        "Koordinierungsstelle Bürgerbeteiligung",
        "Luisenplatz 5, 64283 Darmstadt",
        "Leitlinien für Bürgerbeteiligung",
        "Vorlage 2025/0147",
        "Wissenschaftsstadt Darmstadt",
    ],
    allow=("der",),
)

pii(
    "citizen_letter",
    """
[[P:Park Ji-yeon]] und [[P:Kim Min-jun]]
[[STR:Robert-Leicht-Straße 101]]
[[LOC:70563 Stuttgart-Vaihingen]]

Landeshauptstadt Stuttgart
Schulverwaltungsamt, Abteilung Schulorganisation
Hauptstätter Straße 79, 70178 Stuttgart

Stuttgart, 17.01.2025

Anmeldung zur Grundschule zum Schuljahr 2025/26 – unsere Tochter [[P:Seo-yeon Kim]]

Sehr geehrte Damen und Herren,

unsere Tochter [[P:Seo-yeon]] (im koreanischen Pass: [[P:KIM SEOYEON]], Passnummer [[PASS:M48207316]]) ist am [[DOB:3. Mai 2019]] in [[LOC:Daejeon]] geboren und wird im Herbst schulpflichtig. Wir leben seit 2022 in [[LOC:Vaihingen]], mein Mann arbeitet an der Universität.

Die zuständige Schule wäre die Pestalozzischule. [[P:Seo-yeon]] spricht aber noch wenig Deutsch; die Leiterin ihrer Kita, Frau [[P:Sommerfeld]], empfiehlt eine Schule mit Vorbereitungsklasse. Laut [[P:Sommerfeld]] hat die Grundschule Büsnau gute Erfahrungen. [[P:Seo-yeons]] Freundin [[P:Hanna Yoon]] geht dort schon hin; [[P:Hannas]] Mutter, Frau [[P:Yoon Mi-rae]], bringt beide Kinder morgens.

Die Sprachstandsdiagnose nach SETK 3-5 wurde im Oktober gemacht (Frau Dr. [[P:Ebner-Cakir]], Gesundheitsamt).

Bitte schreiben Sie uns an [[MAIL:jiyeon.park.stgt@gmail.com]] oder rufen Sie an: [[TEL:0711 50487722]] (abends). Ein Dolmetscher ist nicht nötig, mein Mann versteht Deutsch gut.

Mit freundlichen Grüßen
[[P:Park Ji-yeon]]    [[P:Kim Min-jun]]
""",
    [
        "Schulverwaltungsamt, Abteilung Schulorganisation",
        "Hauptstätter Straße 79, 70178 Stuttgart",
        "Pestalozzischule",
        "SETK 3-5",
        "Grundschule Büsnau",
    ],
)


# --- file_note -------------------------------------------------------------------------------

pii(
    "file_note",
    """
Stadt Bielefeld – Amt für Jugend und Familie, ASD Region Nord
Aktenvermerk Hausbesuch                         Az. [[AZ:51.3-ASD-2025-0417]]
Datum: 06.05.2025, 10:15–11:30 Uhr

Anwesend: KM Fr. [[P:Yıldız]] ([[P:Songül]], * [[DOB:12.10.1991]]), Kinder [[P:Emir]] (* [[DOB:2016]]) u. [[P:Zeynep]] (* [[DOB:2020]]), Oma mütterl. Fr. [[P:Hatice Yıldız]]; ASD: [[P:Leonie Tiemann]], Praktikant
Anschrift: [[STR:Jöllenbecker Str. 214]], 2. OG re., [[LOC:33613 Bielefeld]] ([[LOC:Schildesche]])
Tel. KM: [[TEL:0157 39207715]]

Anlass: Meldung Nachbarin Fr. [[P:Brückner]] (EG) v. 28.04. (Kinder abends allein, laute Streits).

Verlauf: Whg. aufgeräumt, Kühlschrank gefüllt. KM wirkt erschöpft, berichtet offen. KV Hr. K. seit 03/25 ausgezogen, lt. KM jetzt bei Freundin in [[LOC:Gütersloh]], zahlt keinen Unterhalt; UVG-Antrag läuft (Az. [[AZ:51.5-UV-2025-2290]]). Streit am 27.04. sei mit KV am Telefon gewesen. Oma kommt tägl. ab 15 Uhr.
Lt. Schule (KL) fehlt E. häufig montags. [[P:Emir]] selbst: „Mama ist nur müde.“ [[P:Zeynep]] hat noch keinen Kita-Platz.

Vereinbarung: KM meldet [[P:Zeynep]] bis 15.05. bei der Kita Sonnenblume an; Fr. [[P:Tiemann]] klärt Platz mit Kita-Leitung Fr. [[P:Nuñez]]. KM nimmt Beratung bei der Erziehungsberatungsstelle Schildesche an. Die Nachbarin wird nicht informiert (Datenschutz).

Einschätzung: keine akute KWG; Unterstützungsbedarf, ggf. SPFH (§ 31 SGB VIII) prüfen.
WV: 20.05.2025
gez. [[P:Tiemann]]   Kenntnis: Teamleitung Hr. Dr. [[P:Sahin]]
""",
    [
        "ASD Region Nord",
        "Kita Sonnenblume",
        "§ 31 SGB VIII",
        "Erziehungsberatungsstelle Schildesche",
    ],
    allow=("Schildesche",),
)

V["id_aug1"] = id_card("LH8C1XT0V", with_check=True)

pii(
    "file_note",
    """
Stadt Augsburg – Ordnungsamt, Gewerbeangelegenheiten
Vermerk über Vorsprache                               Vorgang [[AZ:32-GA-2025-01733]]
am 11.06.2025, 09:40 Uhr, Zi. 114, SB [[P:Kreszentia Lutz]]

Vorspr. Hr. [[P:Rashid Noori]], geb. [[DOB:17.03.1989]] in [[LOC:Herat]], wh. [[STR:Ulmer Str. 204]], [[LOC:86156 Augsburg]] ([[LOC:Oberhausen]]), mit Dolmetscher Hr. [[P:Ahmad Zia Sultani]] (Dari).
Anliegen: Gewerbeanmeldung Kfz-Handel „[[P:Noori]] Automobile“ (Einzelunternehmen, kein HR-Eintrag), Betriebsstätte [[STR:Bürgermeister-Wegele-Str. 31]], [[LOC:86167 Augsburg]] (Freifläche, vorher Autohaus Lechfeld GmbH).
Vorgelegt: afgh. Reisepass Nr. [[PASS:P03917742]]; eAT Nr. [[ID:«id_aug1»]] (Nebenbestimmung „Erwerbstätigkeit gestattet“); StNr. FA Augsburg-Stadt [[TAX:103/245/60718]]; Händlerkennzeichen beantragt, Firmen-Kfz [[KFZ:A-RN 4407]].

Hinweise erteilt: Erlaubnis nach § 34c GewO nicht nötig; Gebrauchtwagenhandel ist nach § 38 GewO überwachungsbedürftig, Führungszeugnis und Auskunft aus dem Gewerbezentralregister werden angefordert.
Hr. [[P:Noori]] gibt an, sein Schwager [[P:Jawad Rahimi]] ([[LOC:Neu-Ulm]]) helfe im Verkauf mit, ohne Anstellung – Hinweis auf Scheinselbständigkeit/Anmeldung gegeben. Rückrufnr.: [[TEL:0176 64410289]].

Der Dolmetscher hat die Hinweise übersetzt. [[P:Nooris]] Unterlagen vollständig bis auf die Führungszeugnisse.
WV: 25.06.2025
gez. [[P:Lutz]]
""",
    [
        "Autohaus Lechfeld GmbH",
        "§ 38 GewO",
        "Gewerbezentralregister",
        "FA Augsburg-Stadt",
    ],
)

pii(
    "file_note",
    """
Stadt Hamm – Amt für Soziales, Wohnen und Pflege, Abt. 50.2 Grundsicherung
Telefonvermerke 14.07.2025 – Sachbearbeitung [[P:Jessica Hüwelmeier]] (Buchst. A–K)

08:40 Fr. [[P:Ramona Sommer]], Az. [[AZ:50.2-GS-1983/24]], Tel. [[TEL:02381 3390412]], fragt nach Nachzahlung Heizkosten. Abgleich Geb.-Dat. [[DOB:21.01.1957]] ok. Auskunft: Bescheid geht diese Woche raus. Rückruf nicht erforderlich.

09:15 Hr. [[P:Ayoub El Amrani]] für seinen Vater, Hr. [[P:Mohamed El Amrani]] ([[AZ:50.2-GS-2207/25]]), der kein Deutsch spricht. Keine Vollmacht in der Akte! Nur allgemeine Auskunft. Sohn schickt Vollmacht per Mail an grundsicherung@stadt.hamm.de. Tel. Sohn: [[TEL:0152 07738410]].

10:05 Betreuer Hr. [[P:Wigger]] (Betreuungsverein Hamm e.V.) für Fr. [[P:Edeltraud Kaiser]], geb. [[DOB:04.09.1941]], [[STR:Heessener Dorfstr. 28]], [[LOC:59073 Hamm]]. Heimaufnahme zum 01.08. im Haus am Kurpark; Wohnung wird gekündigt. Kaution gehe an Fr. [[P:Kaisers]] Nichte, Fr. [[P:Gabriele Honsel]], [[LOC:Lippstadt]]. Hr. [[P:Wigger]] bittet um Rückruf: [[TEL:02381 97366-14]].

11:30 Fr. [[P:Koç]] von der Hausverwaltung Lippe Wohnen GmbH wg. Mietrückstand [[P:Fatma Doğan]], [[STR:Bockumer Weg 3]], [[LOC:59075 Hamm]]. Keine Auskunft erteilt (§ 35 SGB I), auf schriftl. Anfrage verwiesen.

13:10 Anonymer Anrufer: Hr. [[P:Fuchs]] aus [[LOC:Pelkum]] lebe „mit Freundin zusammen“. An Außendienst weitergegeben.

gez. [[P:Hüwelmeier]]
""",
    [
        "grundsicherung@stadt.hamm.de",
        "Betreuungsverein Hamm e.V.",
        "Lippe Wohnen GmbH",
        "§ 35 SGB I",
        "Haus am Kurpark",
    ],
)

pii(
    "file_note",
    """
Stadt Karlsruhe – Bauordnungsamt, Bauaufsicht Ost
Vermerk Ortstermin                                   Az. [[AZ:BOA-O-2025-0561]]
Grundstück: [[STR:Pfinztalstraße 66]], [[LOC:76227 Karlsruhe-Durlach]], Flst. 1184/2
Datum: 22.05.2025, 14:00–14:45 Uhr

Anwesend: Eigentümerin Fr. [[P:Renate Fischer-Adomeit]] (wohnt im EG), deren Sohn Hr. [[P:Jan Fischer]] (Bauherr der Dachgaube, wohnt im DG, mobil [[TEL:0171 4482093]]), Nachbar Hr. [[P:Vasile Munteanu]] ([[STR:Pfinztalstraße 68]]); BOA: [[P:Till Scharnagl]], [[P:Büşra Aksoy]] (Protokoll)

Feststellungen:
1. Dachgaube straßenseitig im Rohbau, Breite ca. 6,40 m statt 5,20 m lt. Kenntnisgabe. Gerüst der Gerüstbau Kern GmbH, Fz. [[KFZ:KA-GK 2210]] vor dem Haus.
2. Hr. [[P:Fischer]] legt Statik des Ingenieurbüros [[P:Häberle]] vor (Dipl.-Ing. [[P:Wolfram Häberle]], [[STR:Kelterstraße 12]], [[LOC:76228 Karlsruhe]], Tel. [[TEL:0721 9473302]]); Mehrbreite dort nicht berücksichtigt.
3. Lt. Hr. M. (Nachbar) wird seit Ostern auch sonntags gearbeitet. Er legt Fotos vom 13.04. und 20.04. vor.
4. Fr. [[P:Fischer-Adomeit]] erklärt, sie habe von der Vergrößerung nichts gewusst; „das hat der [[P:Jan]] mit dem Zimmermann ausgemacht“ (Zimmerei [[P:Ochs]], Inh. [[P:Markus Ochs]], [[LOC:Pfinztal]]).

Maßnahmen:
– Baueinstellung mündlich verfügt (§ 64 LBO), schriftl. Bestätigung folgt.
– Hr. [[P:Fischer]] reicht bis 06.06.2025 geänderte Pläne ein; Rückfragen an [[P:Scharnagl]], Tel. [[TEL:0721 133-6248]].
– Nachbar erhält Mitteilung über das Verfahren nach Abschluss.

gez. [[P:Aksoy]]
""",
    [
        "Bauaufsicht Ost",
        "Gerüstbau Kern GmbH",
        "§ 64 LBO",
        "Flst. 1184/2",
    ],
)

pii(
    "file_note",
    """
Landeshauptstadt Wiesbaden – Bürgerangelegenheiten, Meldebehörde
Prüfvermerk nach § 19 Abs. 5 BMG                     Vorgang [[AZ:MB-2025-07714]]
Objekt: [[STR:Rheingaustraße 118]], 2. OG links, [[LOC:65203 Wiesbaden]] ([[LOC:Biebrich]]), 3 Zi., 62 m²
Ortsbesichtigung: 08.07.2025, 17:10 Uhr, [[P:Laura Heckmann]] und [[P:Nikos Vlachos]] (Ermittlungsdienst)

Gemeldet unter dieser Anschrift (Auszug Melderegister):
"""
    + columns(
        (26, 14, 10, 20),
        ("Name, Vorname", "geb.", "seit", "Zuzug aus"),
        ("[[P:AL-MASRI, Khaled]]", "[[DOB:11.02.1979]]", "03/2023", "[[LOC:Damaskus]]"),
        ("[[P:AL-MASRI, Samir]]", "[[DOB:30.09.1984]]", "03/2023", "[[LOC:Mainz-Kastel]]"),
        ("[[P:NOWAK-RUIZ, Patryk]]", "[[DOB:05.06.1996]]", "11/2024", "[[LOC:Wrocław]]"),
        ("[[P:TRAN, Quoc Bao]]", "[[DOB:19.01.2001]]", "02/2025", "[[LOC:Hanoi]]"),
        ("[[P:TRAN, Thi Mai]]", "[[DOB:27.07.2002]]", "02/2025", "[[LOC:Offenbach am Main]]"),
        ("[[P:OSEI, Kwabena]]", "[[DOB:14.12.1990]]", "05/2025", "[[LOC:Kumasi]]"),
    )
    + """

Wohnungsgeber lt. Bestätigungen: Hr. [[P:Gerhard Becker]], [[STR:Am Schlossgarten 9]], [[LOC:65203 Wiesbaden]].
Klingelschild: „[[P:Becker]] / [[P:Al-Masri]] / [[P:Nowak]]“ (zwei weitere Namen nicht angeschrieben).

Angetroffen: Hr. [[P:Khaled Al-Masri]]. Er gibt an, nur er und sein Bruder [[P:Samir]] wohnten dort; [[P:Patryk]] sei „ein Kollege, der die Post hier bekommt“. Die Geschwister [[P:Tran]] kenne er nicht, Hr. [[P:Osei]] habe „zwei Wochen“ im Wohnzimmer geschlafen.
Eine Nachbarin (gegenüber) sagt, es seien „ständig wechselnde Männer“.

Bewertung: Verdacht auf Gefälligkeitsbestätigung durch Hr. [[P:Becker]] (Bußgeld § 54 BMG prüfen). Anhörungen an alle sechs Gemeldeten.
gez. [[P:Heckmann]]
""",
    [
        "§ 19 Abs. 5 BMG",
        "§ 54 BMG",
        "Ermittlungsdienst",
        "Auszug Melderegister",
    ],
)

pii(
    "file_note",
    """
Stadt Koblenz – Umweltamt, Abfallrecht
Vermerk Kontrolle wilde Müllablagerung                    Az. [[AZ:36-AbfR-2025-0298]]
Ort: Wanderparkplatz oberhalb der Karthause, Zufahrt Waldweg (Flur 7)
Datum: 02.04.2025, 08:20 Uhr; Kontrolle: [[P:Nils Bender]], [[P:Aleksandra Jovanović]]

Befund: ca. 3 m³ Sperrmüll (Sofa, Lattenrost, 6 Säcke Renovierungsabfälle, 2 Reifen).
In einem Sack Post gefunden:
– Briefumschlag Stadtwerke, adressiert an „Herrn [[P:Dirk Sommerfeld]], [[STR:Simmerner Str. 57]], [[LOC:56075 Koblenz]]“
– Rechnung Baumarkt, Kunde „[[P:M. Sommerfeld]]“
– Kinderzeichnung „für Papa von [[P:Lina]]“

Zeuge: Hr. [[P:Paulo Ferreira]], wh. [[STR:Am Mühlbach 4]], [[LOC:56076 Koblenz]], Tel. [[TEL:0261 98844127]], joggt dort täglich. Er sah am 01.04. gegen 19 Uhr einen weißen Transporter, [[KFZ:KO-DS 881]], zwei Männer luden aus. Der Fahrer (ca. 50, Glatze) habe den anderen „[[P:Jonny]]“ gerufen.

Halterabfrage [[KFZ:KO-DS 881]]: [[P:Dirk Sommerfeld]], geb. [[DOB:23.08.1974]], Anschrift wie oben.

Verfügung:
1. Anhörung Hr. [[P:Sommerfeld]] nach § 28 VwVfG, Verdacht Ordnungswidrigkeit nach § 69 KrWG.
2. Beseitigung durch den Eigenbetrieb Kommunaler Servicebetrieb, Kosten vorläufig Haushaltsstelle 5410.
3. Der Zeuge erklärt sich bereit, auszusagen.

gez. [[P:Bender]]
""",
    [
        "Kommunaler Servicebetrieb",
        "§ 69 KrWG",
        "Haushaltsstelle 5410",
        "Wanderparkplatz oberhalb der Karthause",
    ],
)


# --- pasted_form -----------------------------------------------------------------------------

pii(
    "pasted_form",
    """
GEWERBE-ANMELDUNG nach § 14 GewO bzw. § 55c GewO                     Stadt Mannheim
Fachbereich Sicherheit und Ordnung, Gewerbeangelegenheiten, K 7, 68159 Mannheim

Angaben zum Betriebsinhaber (bei GbR für jeden Gesellschafter)
1  Name ..................... [[P:PAPADIMITRIOU]]
2  Vornamen ................. [[P:KONSTANTINOS]]
3  Geschlecht ............... männlich
4  Geburtsdatum ............. [[DOB:06.01.1982]]
5  Geburtsort, -land ........ [[LOC:THESSALONIKI]], Griechenland
6  Staatsangehörigkeit ...... griechisch
7  Anschrift der Wohnung .... [[STR:G 3, 11]], [[LOC:68159 MANNHEIM]]
8  Telefon / E-Mail ......... [[TEL:0621 43310987]] / [[MAIL:k.papadimitriou@gmx.de]]

Weiterer Gesellschafter
1  Name ..................... [[P:ŞAHİN]]
2  Vornamen ................. [[P:MERVE NUR]]
4  Geburtsdatum ............. [[DOB:23.10.1990]]
5  Geburtsort, -land ........ [[LOC:MANNHEIM]]
7  Anschrift der Wohnung .... [[STR:MEERFELDSTR. 41]], [[LOC:68163 MANNHEIM]]
8  Telefon .................. [[TEL:0176 55120348]]

Angaben zum Betrieb
9  Name des Geschäfts ....... Feinkost & Café „Kalimera“ GbR
10 Betriebsstätte ........... [[STR:Mittelstraße 19]], [[LOC:68169 Mannheim]]
11 Tätigkeit ................ Einzelhandel mit Lebensmitteln, Ausschank alkoholfreier Getränke
12 Beginn ................... 01.09.2025
13 Zahl der Beschäftigten ... 1 Vollzeit, 2 Teilzeit
14 Steuernummer ............. beantragt beim FA Mannheim-Stadt

Vorheriger Betreiber: Imbiss [[P:Kuhn]], Inh. [[P:Werner Kuhn]] (abgemeldet 31.07.2025)

Unterschriften: liegen vor (beide Gesellschafter)
Eingang: 14.08.2025, bearb. [[P:Oberle]]
""",
    [
        "§ 55c GewO",
        "K 7, 68159 Mannheim",
        "Einzelhandel mit Lebensmitteln",
        "FA Mannheim-Stadt",
    ],
)

V["id_jena1"] = id_card("CF7RT22XW", with_check=True)

pii(
    "pasted_form",
    """
Stadt Jena – Bürgerservice / Meldebehörde, Am Anger 15, 07743 Jena
ANMELDUNG BEI DER MELDEBEHÖRDE (§ 17 BMG)                        Eingang: 03.03.2025

Neue Wohnung:   [[STR:KARL-MARX-ALLEE 23]], WHG. 0.07.04      PLZ, Ort: [[LOC:07747 JENA]]
Einzugsdatum:   01.03.2025
Bisherige Wohnung: [[STR:UL. PIOTRKOWSKA 118/6]], [[LOC:90-001 ŁÓDŹ]], POLEN
Die neue Wohnung ist: alleinige Wohnung

Person 1
Familienname:        [[P:WIŚNIEWSKA-KRAUSE]]
Geburtsname:         [[P:WIŚNIEWSKA]]
Vornamen:            [[P:AGNIESZKA MARIA]]
Geburtsdatum/-ort:   [[DOB:17.02.1988]] / [[LOC:ŁÓDŹ]]
Familienstand:       verheiratet seit 09.09.2017
Staatsangehörigkeit: polnisch, deutsch
Dokument:            Personalausweis, Nr. [[ID:«id_jena1»]]

Person 2
Familienname:        [[P:KRAUSE]]
Vornamen:            [[P:JONAS]]
Geburtsdatum/-ort:   [[DOB:02.12.2018]] / [[LOC:ŁÓDŹ]]
Dokument:            Reisepass (PL), Nr. [[PASS:EA 4418720]]

Person 3
Familienname:        [[P:KRAUSE]]
Vornamen:            [[P:ZOFIA HELENA]]
Geburtsdatum/-ort:   [[DOB:28.05.2022]] / [[LOC:JENA]]

Ehegatte (nicht mit einziehend): [[P:KRAUSE, MATTHIAS]], geb. [[DOB:11.11.1985]], wohnhaft [[STR:SCHILLERGÄSSCHEN 2]], [[LOC:07745 JENA]]

Wohnungsgeber: Jenawohnen GmbH, Grietgasse 22, 07743 Jena (Bestätigung liegt vor)

Unterschrift: [[P:A. Wiśniewska-Krause]]
Bearbeitet: [[P:Schöndube]], Schalter 4 – Meldebestätigung ausgehändigt
""",
    [
        "Am Anger 15, 07743 Jena",
        "§ 17 BMG",
        "Jenawohnen GmbH",
        "Grietgasse 22",
    ],
)

V["rv_bs1"] = rv_number("23", "190758", "H", "41", spaced=True)
V["tax_bs1"] = steuer_id("5830174925", "blocks")
V["iban_bs1"] = iban("DE", "250500000002718843")

pii(
    "pasted_form",
    """
Stadt Braunschweig – Fachbereich Soziales und Gesundheit, Abt. Existenzsicherung
Antrag auf Grundsicherung im Alter und bei Erwerbsminderung (4. Kapitel SGB XII)
Eingang: 12.08.2025                                    Az.: [[AZ:50.21-GSi-2025-4471]]

A  Antragsteller/in
Name, Vorname ............ [[P:HOFFMEISTER, Gerda Ingeborg]]
Geburtsname .............. [[P:HEINECKE]]
Geburtsdatum, -ort ....... [[DOB:19.07.1958]], [[LOC:Wolfenbüttel]]
Anschrift ................ [[STR:Weststraße 7]], bei [[P:Schmidt]], [[LOC:38120 Braunschweig]]
Telefon .................. [[TEL:0531 2881045]]
Rentenversicherungsnr. ... [[RV:«rv_bs1»]]
Steuer-ID ................ [[TAX:«tax_bs1»]]
Bankverbindung ........... [[IBAN:«iban_bs1»]], Kontoinhaberin: [[P:Gerda Hoffmeister]]

B  Personen im Haushalt
"""
    + columns(
        (30, 14, 18, 16),
        ("Name, Vorname", "geb.", "Verhältnis", "Einkommen"),
        ("[[P:Hoffmeister, Gerda]]", "[[DOB:19.07.1958]]", "Antragstellerin", "Rente 612,40 €"),
        ("[[P:Hoffmeister, Kai-Uwe]]", "[[DOB:02.03.1984]]", "Sohn", "keins"),
        ("[[P:Yeboah, Abena]]", "[[DOB:15.01.1992]]", "Untermieterin", "Miete 250 €"),
    )
    + """

C  Unterhaltspflichtige Angehörige (außerhalb des Haushalts)
Tochter: [[P:Sandra Oyelaran]], geb. [[P:Hoffmeister]], [[STR:Rue des Tanneurs 14]], [[LOC:1000 Bruxelles]], Belgien
Ehemann (getrennt lebend): [[P:Hans-Joachim Hoffmeister]], unbekannten Aufenthalts, zuletzt [[LOC:Salzgitter-Lebenstedt]]

D  Vertretung
Bevollmächtigte: Frau [[P:Christiane Schmidt]] (Nachbarin, Vermieterin der Wohnung), Tel. [[TEL:0531 2881046]]

Ich versichere die Richtigkeit meiner Angaben.        Unterschrift: [[P:G. Hoffmeister]]
Aufgenommen: [[P:Okafor-Brandes]], Sachgebiet 50.21, Bürgertelefon 0531 470-1
""",
    [
        "4. Kapitel SGB XII",
        "Abt. Existenzsicherung",
        "0531 470-1",
        "Rente 612,40 €",
    ],
)

V["iban_ms1"] = iban("DE", "400501500034087712")
V["id_ms1"] = id_card("Y4KT90MF1", with_check=True)

pii(
    "pasted_form",
    """
Stadt Münster – Amt für Kinder, Jugendliche und Familien, Unterhaltsvorschusskasse
Antrag auf Leistungen nach dem Unterhaltsvorschussgesetz (UVG)
Eingangsstempel: 05.02.2025                      Kassenzeichen: [[AZ:5110.UV.2025.00381]]

1. Kind
   Familienname ........ [[P:TESFAY]]
   Vorname ............. [[P:NOAH]]
   geboren am / in ..... [[DOB:24.04.2021]] / [[LOC:Münster]]
   wohnt bei ........... Mutter (Antragstellerin)

2. Antragstellerin
   Name ................ [[P:SENAIT GEBREMEDHIN]] (kein Familienname; [[P:Gebremedhin]] = Vatersname)
   geboren am / in ..... [[DOB:01.01.1995]] / [[LOC:Keren]], Eritrea
   Anschrift ........... [[STR:Sprakeler Straße 212]], [[LOC:48159 Münster]] ([[LOC:Kinderhaus]])
   Telefon / E-Mail .... [[TEL:0157 81403327]] / [[MAIL:senait.g@outlook.de]]
   Aufenthaltstitel .... eAT Nr. [[ID:«id_ms1»]], gültig bis 30.11.2026
   Konto ............... [[IBAN:«iban_ms1»]]

3. Anderer Elternteil
   Name ................ [[P:TESFAY HABTE KIDANE]]
   geboren am .......... ca. [[DOB:1990]]
   letzte Anschrift .... [[STR:Rinkebytorget 3]], [[LOC:163 73 Spånga]] ([[LOC:Stockholm]]), Schweden
   Vaterschaft ......... anerkannt am 03.06.2021, Urkunde Jugendamt Münster Nr. [[AZ:UR 412/2021]]
   Unterhalt gezahlt ... nein, seit 08/2023 kein Kontakt

4. Sonstiges
   Kindergeld erhält ... Antragstellerin
   Unterstützt durch ... Frau [[P:Marie-Luise Brockhoff]], Flüchtlingshilfe Kinderhaus e.V., Tel. [[TEL:0251 2108866]]

Ort, Datum: Münster, 04.02.2025     Unterschrift: [[P:Senait]]
Bearbeitung: [[P:Daniel Overbeck]], Zimmer 3.17, Tel. [[TEL:0251 492-5583]]
""",
    [
        "Unterhaltsvorschusskasse",
        "Unterhaltsvorschussgesetz (UVG)",
        "Flüchtlingshilfe Kinderhaus e.V.",
        "Zimmer 3.17",
    ],
    allow=("Münster", "Kinderhaus"),
)

pii(
    "pasted_form",
    """
Universitätsstadt Siegen – Schul- und Sportamt
ANMELDUNG ZUR GRUNDSCHULE – Schuljahr 2025/2026        Schule: GGS Hammerhütte
Anmeldenummer: [[AZ:SI-GS-2025-0614]]

Schulkind
  Name, Vorname:            [[P:OLIVEIRA DA SILVA, LUCAS GABRIEL]]
  Rufname:                  [[P:Lucas]]
  geboren am / in:          [[DOB:14.08.2019]] / [[LOC:Belo Horizonte]] (Brasilien)
  Anschrift:                [[STR:Leimbachstraße 63]], [[LOC:57074 Siegen]]
  Kita bisher:              Kita Regenbogen, Bezugserzieherin Frau [[P:Dörr]]
  Sprachen in der Familie:  Portugiesisch, Deutsch

Erziehungsberechtigte
  Mutter:  [[P:DA SILVA, FERNANDA CRISTINA]], Tel. [[TEL:0271 23390174]], [[MAIL:fernanda.dasilva@web.de]]
  Vater:   [[P:OLIVEIRA, RODRIGO]], Tel. [[TEL:0170 4418276]]
  Sorgerecht: gemeinsam

Geschwister an der Schule: [[P:Beatriz Oliveira da Silva]], Klasse 3b

Im Notfall abholberechtigt (außer den Eltern):
  1. Tante [[P:Luciana]] – gemeint: Frau [[P:Luciana Ferreira Costa]], [[STR:Hermelsbacher Weg 8]], [[LOC:57072 Siegen]], Tel. [[TEL:0271 5049921]]
  2. Nachbar Herr [[P:Hüseyin Aktaş]], Tel. [[TEL:0176 30158842]]

Gesundheit: Erdnussallergie (Notfallset in der Tasche); Schuleingangsuntersuchung am 12.03.2025 durch Dr. [[P:Hilchenbach]], Gesundheitsamt Kreis Siegen-Wittgenstein

Einverständnis Fotos Homepage: nein
Unterschrift Erziehungsberechtigte: beide vorhanden
Aufgenommen: 18.11.2024, [[P:Zimmermann-Gök]] (Sekretariat)
""",
    [
        "GGS Hammerhütte",
        "Schul- und Sportamt",
        "Kita Regenbogen",
        "Gesundheitsamt Kreis Siegen-Wittgenstein",
    ],
)


# --- table -----------------------------------------------------------------------------------

pii(
    "table",
    """
Stadt Heidelberg – Wahlvorstand für die Personalratswahl 2025
Bekanntmachung der zugelassenen Wahlvorschläge, Gruppe der Beschäftigten (Aushang, Stand 28.03.2025)

Liste 1 „ver.di – Gemeinsam stark“
"""
    + pipes(
        (3, 24, 10, 40),
        ("Nr.", "Name, Vorname", "geb.", "Amt / Funktion"),
    )
    + "\n"
    + rule((3, 24, 10, 40))
    + "\n"
    + pipes(
        (3, 24, 10, 40),
        (
            "1",
            "[[P:Schwab-Morina, Tatjana]]",
            "[[DOB:14.02.1979]]",
            "Kinder- und Jugendamt, Erzieherin",
        ),
        ("2", "[[P:Bayraktar, Cem]]", "[[DOB:03.09.1985]]", "Landschafts- und Forstamt, Gärtner"),
        ("3", "[[P:Lindqvist, Maja]]", "[[DOB:22.11.1991]]", "Bürgeramt, Sachbearbeiterin"),
        (
            "4",
            "[[P:Osterloh, Dieter]]",
            "[[DOB:07.05.1968]]",
            "Amt für Abfallwirtschaft, Kraftfahrer",
        ),
        ("5", "[[P:Nwosu, Adaeze]]", "[[DOB:30.01.1988]]", "Amt für Soziales, Sachbearbeiterin"),
    )
    + """

Liste 2 „Komba – Unabhängige“
"""
    + pipes(
        (3, 24, 10, 40),
        ("Nr.", "Name, Vorname", "geb.", "Amt / Funktion"),
    )
    + "\n"
    + rule((3, 24, 10, 40))
    + "\n"
    + pipes(
        (3, 24, 10, 40),
        ("1", "[[P:Koch, Bernhard]]", "[[DOB:18.06.1972]]", "Amt für Umweltschutz, Ingenieur"),
        ("2", "[[P:Fiorentino, Giulia]]", "[[DOB:09.12.1983]]", "Bürgeramt, Teamleitung"),
        (
            "3",
            "[[P:Wagner-Özkan, Selin]]",
            "[[DOB:25.03.1990]]",
            "Kinder- und Jugendamt, Sozialarbeiterin",
        ),
        (
            "4",
            "[[P:Kaiser, Moritz]]",
            "[[DOB:11.08.1964]]",
            "Amt für Schule und Bildung, Hausmeister",
        ),
    )
    + """

Listenvertretung Liste 1: [[P:Tatjana Schwab-Morina]], Tel. [[TEL:06221 58-31407]]
Listenvertretung Liste 2: [[P:Bernhard Koch]], [[MAIL:bernhard.koch@heidelberg.de]]

Einsprüche gegen die Zulassung sind innerhalb von drei Arbeitstagen beim Wahlvorstand einzulegen (Vorsitz: [[P:Irina Pavlenko]], Stellvertretung: [[P:Friedhelm Dörsam]]). Die Wahl findet am 14.05.2025 im Rathaus, Marktplatz 10, statt. Briefwahlunterlagen schickt der Wahlvorstand auf Antrag; Frau [[P:Pavlenko]] hat angekündigt, dass [[P:Dörsam]] die Auszählung leitet.

Heidelberg, 28.03.2025
Der Wahlvorstand
(Aushang bis 11.04.2025)
""",
    [
        "Wahlvorstand für die Personalratswahl 2025",
        "ver.di – Gemeinsam stark",
        "Komba – Unabhängige",
        "Marktplatz 10",
    ],
)

V["iban_m1"] = iban("DE", "701500001002837745")
V["iban_m2"] = iban("DE", "701691650004471180")
V["iban_m3"] = iban("DE", "430609670824901200")
V["iban_m4"] = iban("AT", "2011182219374500")
V["iban_m5"] = iban("DE", "120300001049377212")
V["iban_m6"] = iban("DE", "701500001006620934")

pii(
    "table",
    """
Landeshauptstadt München – Direktorium, Geschäftsstelle Bezirksausschüsse Süd
Auszahlungsliste Sitzungsgeld BA 17 Obergiesing-Fasangarten, 2. Quartal 2025
Export aus SAP, Anweisung Nr. 2025-BA17-02, Haushaltsstelle 1100.400.0000.6

Kreditor;Empfänger;Fraktion;Sitzungen;Betrag EUR;IBAN;Kontoinhaber abweichend
[[AZ:4100517]];"[[P:Xhaferi, Arben]]";SPD;5;190,00;[[IBAN:«iban_m1»]];
[[AZ:4100554]];"[[P:Huber, Josef]]";CSU;6;228,00;[[IBAN:«iban_m2»]];[[P:Huber, Anneliese]]
[[AZ:4100591]];"[[P:Lehmann-Szabó, Dóra]]";Grüne;6;228,00;[[IBAN:«iban_m3»]];
[[AZ:4100628]];"[[P:Brandl, Korbinian]]";CSU;4;152,00;[[IBAN:«iban_m4»]];
[[AZ:4100665]];"[[P:Çakır, Yusuf]]";Grüne;6;228,00;[[IBAN:«iban_m5»]];
[[AZ:4100702]];"[[P:von Poschinger, Amelie]]";FDP;3;114,00;[[IBAN:«iban_m6»]];
[[AZ:4100739]];"[[P:Winkler, Ute]]";Die Linke;6;228,00;— ;Verzicht erklärt

Summe: 1.368,00 EUR

Anmerkungen der Geschäftsstelle ([[P:Sophia Lechner]], Tel. [[TEL:089 233-27614]]):
– Bei [[P:Xhaferi]] neue Bankverbindung laut Mail vom 02.07.2025, Formular liegt vor.
– Herr [[P:Brandl]] hat ein österreichisches Konto (Raiffeisen Kufstein); Gebühren trägt der Empfänger.
– [[P:Hubers]] Sitzungsgeld geht weiter auf das Konto der Ehefrau, Vollmacht vom 15.01.2024.
– Frau [[P:Winkler]] verzichtet zugunsten des Stadtteilfonds (Schreiben vom 30.06.2025).
– Frau [[P:von Poschinger]] ist zum 30.06. aus dem BA ausgeschieden; Nachrückerin ist Frau [[P:Tatiana Morozova]], Anschrift [[STR:Tegernseer Landstraße 161]], [[LOC:81539 München]], Kontodaten folgen.

Sachlich richtig: [[P:Lechner]]     Zur Zahlung angewiesen: Dr. [[P:Oberhauser]]
""",
    [
        "Geschäftsstelle Bezirksausschüsse Süd",
        "BA 17 Obergiesing-Fasangarten",
        "Haushaltsstelle 1100.400.0000.6",
        "Anweisung Nr. 2025-BA17-02",
        "Summe: 1.368,00 EUR",
    ],
)

pii(
    "table",
    """
Stadt Wolfsburg – Geschäftsbereich Jugend, Kinder- und Jugendarbeit
Teilnehmendenliste Ferienfreizeit „Sommercamp Allersee“, 21.–25.07.2025 (nur für Betreuende!)
Export aus der Anmeldesoftware, tabulatorgetrennt

"""
    + tabbed(
        ("Nr", "Name, Vorname", "geb.", "Ortsteil", "Notfallkontakt", "Telefon", "Hinweise"),
        (
            "1",
            "[[P:Albrecht, Finja]]",
            "[[DOB:03.03.2014]]",
            "[[LOC:Detmerode]]",
            "Mutter",
            "[[TEL:0171 2280459]]",
            "Schwimmerin",
        ),
        (
            "2",
            "[[P:Bakır, Yusuf Emre]]",
            "[[DOB:19.09.2013]]",
            "[[LOC:Westhagen]]",
            "Mutter",
            "[[TEL:0157 48127730]]",
            "kein Schweinefleisch",
        ),
        (
            "3",
            "[[P:Kuznetsov, Artur]]",
            "[[DOB:07.12.2014]]",
            "[[LOC:Vorsfelde]]",
            "[[P:Irina Kuznetsova]] (Oma)",
            "[[TEL:05363 814402]]",
            "Asthma, Spray",
        ),
        (
            "4",
            "[[P:Mbeki-Hansen, Thandi]]",
            "[[DOB:28.02.2013]]",
            "[[LOC:Fallersleben]]",
            "Vater",
            "[[TEL:0160 99021387]]",
            "",
        ),
        (
            "5",
            "[[P:Rossi, Chiara]]",
            "[[DOB:15.06.2014]]",
            "[[LOC:Sandkamp]]",
            "Mutter",
            "[[TEL:05361 2719904]]",
            "Zecke 2024",
        ),
        (
            "6",
            "[[P:Sommer, Ben]]",
            "[[DOB:11.11.2013]]",
            "[[LOC:Detmerode]]",
            "[[P:Marco Sommer]] (Vater)",
            "[[TEL:0152 33871026]]",
            "holt [[P:Finja]] mit ab",
        ),
        (
            "7",
            "[[P:Nguyen, Bao Anh]]",
            "[[DOB:22.04.2014]]",
            "[[LOC:Westhagen]]",
            "Mutter",
            "[[TEL:0176 52104497]]",
            "Brille",
        ),
    )
    + """

Betreuung: [[P:Jule Wendland]] (Leitung, Diensthandy [[TEL:0151 4628 0019]]), [[P:Kofi Boateng]], [[P:Marie]] (FSJ)
Bei Abholung durch andere Personen nur mit schriftlicher Vollmacht! [[P:Artur]] wird am Freitag von seinem Onkel, Herrn [[P:Dmitri Kuznetsov]], abgeholt (Vollmacht liegt vor).
[[P:Chiaras]] Mutter bittet um Nachricht, falls es im Sommercamp ein Gewitter gibt.
Stand: 16.07.2025, Jugendbüro Porschestraße
""",
    [
        "Sommercamp Allersee",
        "Geschäftsbereich Jugend",
        "Jugendbüro Porschestraße",
        "Kinder- und Jugendarbeit",
    ],
)

pii(
    "table",
    """
Landeshauptstadt Stuttgart – Stabsstelle Bürgerbeteiligung
Bürgerrat Klima – Rückmeldungen der per Los Eingeladenen (Export anmeldung.csv, Stand 10.10.2025)

name;email;stadtbezirk;zusage;bemerkung
[[P:Gudrun Reinhardt]];[[MAIL:gudrun.reinhardt@web.de]];[[LOC:Degerloch]];ja;Tel. [[TEL:0711 7655120]]
[[P:Onur Çelebi]];[[MAIL:onur.celebi@gmail.com]];[[LOC:Zuffenhausen]];ja;bringt Tochter [[P:Defne]] mit (Kinderbetreuung)
[[P:Amra Hadžić]];[[MAIL:amra.hadzic@gmx.net]];[[LOC:Bad Cannstatt]];ja;
[[P:Hans-Georg Weiß]];;[[LOC:Möhringen]];ja;hat per Brief zugesagt, Tel. [[TEL:0711 7152038]]
[[P:Akosua Obeng]];[[MAIL:a.obeng@posteo.de]];[[LOC:Stuttgart-Ost]];nein;Schichtdienst
[[P:Paul Lindemann]];[[MAIL:paul.lindemann@uni-stuttgart.de]];[[LOC:Vaihingen]];ja;Tel. [[TEL:0176 22815930]]
[[P:Élodie Moreau]];[[MAIL:elodie.moreau@orange.fr]];[[LOC:Stuttgart-West]];ja;braucht Dolmetschung? nein
[[P:Fatma Schmid]];[[MAIL:fatma.schmid@t-online.de]];[[LOC:Feuerbach]];ja;Rollstuhl
[[P:Kevin Bauer]];;[[LOC:Zuffenhausen]];vielleicht;

Hinweise der Stabsstelle:
– Nachrücker für Frau [[P:Obeng]] ist Herr [[P:Ilir Berisha]] aus [[LOC:Stuttgart-Ost]] (Losliste Platz 41).
– [[P:Lindemann]] hat nachgefragt, ob auch Studierende teilnehmen dürfen: ja, Erstwohnsitz genügt.
– Die Sitzungen finden im Hospitalhof statt, Büchsenstraße 33; Moderation: Zebralog GmbH.
– Aufwandsentschädigung 50 Euro pro Sitzung, Auszahlung über das Formular „Bürgerrat-Auszahlung“.
Rückfragen intern: [[P:Helene Marquardt-Yilmaz]], Tel. [[TEL:0711 216-60714]]; extern: buergerbeteiligung@stuttgart.de
""",
    [
        "Stabsstelle Bürgerbeteiligung",
        "Hospitalhof",
        "Büchsenstraße 33",
        "Zebralog GmbH",
        "buergerbeteiligung@stuttgart.de",
    ],
)

pii(
    "table",
    """
Stadt Koblenz – Ordnungsamt, Markt- und Gewerbeangelegenheiten
Wochenmarkt Münzplatz – Zuweisung der Standplätze ab 01.04.2025 (intern, nicht zur Veröffentlichung)

"""
    + tabbed(
        ("Platz", "Beschicker", "Anschrift", "Fahrzeug", "Sortiment"),
        (
            "1",
            "Gärtnerei [[P:Zerwas]], Inh. [[P:Michael Zerwas]]",
            "[[STR:Hauptstraße 40]], [[LOC:56332 Winningen]]",
            "[[KFZ:MYK-MZ 17]]",
            "Gemüse, Salat",
        ),
        ("2", "Mosel Obsthof GmbH", "Am Bahnhof 2, 56333 Winningen", "[[KFZ:MYK-OH 220]]", "Obst"),
        (
            "3",
            "[[P:Hülya Karakaya]] (Einzelunternehmen)",
            "[[STR:Moselweißer Str. 91]], [[LOC:56073 Koblenz]]",
            "[[KFZ:KO-HK 303]]",
            "Oliven, Feinkost",
        ),
        ("4", "Käserei Hunsrückhöhe eG", "Kirchweg 1, 55469 Simmern", "[[KFZ:SIM-KH 44]]", "Käse"),
        (
            "5",
            "Fischhandel [[P:Kaczmarek]] e.K., Inh. [[P:Piotr Kaczmarek]], [[HR:HRA 21877]] AG Koblenz",
            "[[STR:Andernacher Str. 207]], [[LOC:56070 Koblenz]]",
            "[[KFZ:KO-PK 1980]]",
            "Fisch",
        ),
        (
            "6",
            "Imkerei „Bienenstich“, [[P:Lisa-Marie Engel]]",
            "[[STR:Im Weiher 6]], [[LOC:56077 Koblenz-Arzheim]]",
            "—",
            "Honig",
        ),
        (
            "7",
            "Bäckerei Wolf GmbH & Co. KG",
            "Industriestraße 5, 56218 Mülheim-Kärlich",
            "[[KFZ:MYK-BW 501]]",
            "Brot, Backwaren",
        ),
    )
    + """

Anmerkungen: Platz 6 teilt sich die Strombox mit Platz 5; Frau [[P:Engel]] hat zugestimmt. Herr [[P:Kaczmarek]] bittet um einen Platz mit Wasseranschluss, Rücksprache mit [[P:Zerwas]] (Marktsprecher) am 20.03. Die Bäckerei Wolf GmbH & Co. KG hat Platz 7 nur bis 30.06. gebucht.
Die Marktgebühr nach der Marktgebührensatzung beträgt 2,10 € je lfd. Meter und Markttag.
Bearbeitung: [[P:Sven Mertes]], Tel. [[TEL:0261 129-4417]], [[MAIL:sven.mertes@stadt.koblenz.de]]
""",
    [
        "Wochenmarkt Münzplatz",
        "Mosel Obsthof GmbH",
        "Käserei Hunsrückhöhe eG",
        "Bäckerei Wolf GmbH & Co. KG",
        "Marktgebührensatzung",
    ],
)


# --- ocr_scan --------------------------------------------------------------------------------

pii(
    "ocr_scan",
    """
[Scan 2025-06-17_0934.pdf, Seite 1/1, OCR]
Wissenschaftsstadt Darmstadt · Umweltamt · Bessunger Straße 125 · 64295 Darmstadt
BESCHWERDE ÜBER LÄRM / GERUCH / STAUB (bitte in Druckbuchstaben ausfüllen)

Name, Vorname: [[P:Kirschbaurn, Hanne1ore]]
Anschrift: [[STR:Heidelberger Landstr. 2l4]]   PLZ/Ort: [[LOC:6429? Darrnstadt-Eberstaclt]]
Telefon: [[TEL:O6151 5l 39 07]]    E-Mail: ---
Verursacher (Name, Anschrift, falls bekannt): Nachbar Herr [[P:Hahn]], [[P:Eckhard]] ?, [[STR:Heidelberger Landstr. 2l6]]
Art der Störung: [x] Lärm  [ ] Geruch  [ ] Staub   seit wann: Marz 2O25
Beschreibung:
Herr [[P:Hahn]] hält hinten im Garten Hühner u. einen Hahn.
Der Hahn kräht jeden Morgen ab 4 Uhr, auch am Sonntag. lch habe
rnit Herrn [[P:Hahn]] gesprochen, er sagt das ist Natur. Frau
[[P:Schrnidt-Ko1b]] von gegenüber hört es auch. lhr Mann
[[P:Wa1ter]] ist nachts Schicht, der kann nicht schlafen.
Mein Enkel [[P:Lukas]] (geb. [[DOB:2O11]], wohnt bei mir) muss früh in die Schu1e.
Bitte komrnen Sie rnal rnorgens vorbei.

Datum: l4.O6.2O25     Unterschrift: [[P:H. Kirschbaum]]
-------------------------------------------------------------------
Vermerk Umweltamt (maschinenschriftlich): Eingang 17.06.2025, Az. [[AZ:UA-32-LÄ-2025-0288]],
Zuständig: [[P:Birgit Schaefer-Nnamdi]]. Kleintierhaltung, kein Fall der TA Lärm; Hinweis auf
§ 906 BGB, ggf. Schiedsfrau [[P:Erika Lautenschläger]] (Schiedsamt Eberstadt) vermitteln.
""",
    [
        "Bessunger Straße 125",
        "TA Lärm",
        "§ 906 BGB",
        "Kleintierhaltung",
    ],
    allow=("Hahn",),
)

pii(
    "ocr_scan",
    """
--- OCR-Ergebnis, Posteingang Jugendamt Hamm, 03.09.2025, handschriftlich, 2 Seiten ---

An das Jugendarnt Hamm
Frau [[P:Wienho1t]] (Sachbearb.)
Caldenhofer Weg 10O

                                          Hamrn, den 1.9.25
Betr. Umgang mit rneinem Enkel [[P:Ju1ian]], Ihr Zeichen [[AZ:51-UG 0772/25]]

Sehr geehrte Frau [[P:Wienholt]],
ich, [[P:Hans-Dieter Brökelrnann]], geb. [[DOB:O7.O2.1951]], wohnhaft
[[STR:Fährstr. 3l]], [[LOC:59O71 Harnm-Uentrop]], möchte rnit lhnen über
[[P:Julian]] sprechen. Seit rneine Tochter [[P:Jenny]] (er1aubt rnir nicht rnehr)
rnit ihrem neuen Freund, Herrn [[P:Marcel Schu1te-Bräker]], zusammen ist,
darf ich den Jungen nicht rnehr sehen. Sie wohnen jetzt [[STR:Werler Str. 2O9]], [[LOC:59O65 Harnm]]. [[P:Ju1ian]] ist 8 (geb. [[DOB:3O.O5.2O17]])
und war jedes Wochenende bei uns, auch a1s meine Frau [[P:Ursel]] noch lebte.
Herr [[P:Schu1te-Bräker]] hat rnich arn Telefon beschimpft.
Die Kita-Erzieherin kann bezeugen, dass er
gern bei rnir war.
lch bitte urn ein Gespräch, gern auch rnit [[P:Jenny]] zusarnrnen.

Te1.: [[TEL:O2381 4O 77 18]] (abends)
Hochachtungsvo11
[[P:H.-D. Brökelmann]]

--- Seite 2: Anlage, Foto „[[P:Julian]] & Opa beim Angeln, Lippe 2O23“ ---
--- Bearbeitungsvermerk (getippt): weitergeleitet an ASD Team Ost, [[P:K. Wienholt]], Tel. [[TEL:02381 17-6421]];
Beratung nach § 18 Abs. 3 SGB VIII anbieten. ---
""",
    [
        "ASD Team Ost",
        "§ 18 Abs. 3 SGB VIII",
        "Posteingang Jugendamt Hamm",
        "Caldenhofer Weg 10O",
    ],
)

pii(
    "ocr_scan",
    """
[OCR, Formular „Wohnungsgeberbestätigung nach § 19 BMG“, handschriftlich ausgefüllt, Eingang Bürgerbüro Augsburg-Mitte]

Angaben zum Wohnungsgeber
Name/Firma: [[P:Ziegenhaim, Ludwig]]            (Eigentümer: ja [x])
Anschrift:  [[STR:Hasenbräustr. l9]], [[LOC:8615O Augsburg]]
Te1.:       [[TEL:O821 5l 66 43]]

Die Wohnung liegt in: [[STR:Bgm.-Fischer-Str. 7]], 3. OG rechts, [[LOC:86l5O Augsburg]]
Art des Vorgangs:     [x] Einzug  am 01.O8.2025

Folgende Personen sind eingezogen:
1. [[P:Trzaskowski]], [[P:Mateusz]]      geb. [[DOB:O9.O3.1998]]
2. [[P:Trzaskowska]], [[P:Kata rzyna]]   geb. [[DOB:2l.1l.1999]]
3. [[P:Trzaskowska]], [[P:Hanna]] (Baby) geb. [[DOB:O4.O7.2025]]

Ich bestätige, dass die Angaben richtig sind. Unterschrift: [[P:L. Ziegenhaim]]

-- Klebezettel (gescannt): „Hr. [[P:Ziegenhairn]] sagt, Namen vom Mietvertrag abgeschrieben,
   richtig ist [[P:Katarzyna TRZASKOWSKA]], Vermieter-Tel. neu [[TEL:0176 4418 0912]]“ --

Bearbeitungsvermerk Bürgerbüro (EDV):
Anmeldung erfasst am 05.08.2025 durch [[P:Resi Mooshammer]], Schalter 6. Identität geprüft:
[[P:TRZASKOWSKI, Mateusz]] – PL-Personalausweis [[PASS:ZAB 417396]];
[[P:TRZASKOWSKA, Katarzyna]] – PL-Personalausweis [[PASS:DEK 902115]];
Kind [[P:Hanna Trzaskowska]] – Geburtsurkunde Standesamt Augsburg, Reg.-Nr. [[AZ:G 1873/2025]].
Zuzug aus [[LOC:Gdynia]] (Erwachsene) bzw. Geburt in [[LOC:Augsburg]] (Kind).
Hinweis an Wohnungsgeber: Fristversäumnis (§ 19 Abs. 3 BMG) nicht gegeben.
""",
    [
        "Bürgerbüro Augsburg-Mitte",
        "§ 19 Abs. 3 BMG",
        "Schalter 6",
        "Standesamt Augsburg",
    ],
    allow=("Augsburg",),
)

pii(
    "ocr_scan",
    """
[Texterkennung, Unterschriftenliste Blatt 3 von 11, Einwohnerantrag „Bahnhofsviertel Sennestadt – Fußgängerzone jetzt!“, eingegangen beim Büro des Rates der Stadt Bielefeld]

Wir beantragen nach § 25 GO NRW, dass der Rat über die Fußgängerzone berät.
Vertrauenspersonen: [[P:Annika Strate]], Dr. [[P:Rüdiger Obermeier-Lang]]

Nr | Name, Vorname (Druckschrift)      | Anschrift                         | Geb.-Datum  | Unterschrift
21 | [[P:GRZESIK, EWA]]                     | [[STR:Elbeallee 4O]], [[LOC:3368g Bielefeld]]    | [[DOB:l2.O3.1961]]  | [[P:Grzesik]]
22 | [[P:AYDOGAN, MURAT]]                   | [[STR:Travestr. 17]], [[LOC:33689 B1elefeld]]    | [[DOB:O5.O9.1979]]  | (Unterschrift)
23 | [[P:FRlEDRlCHS, HElKE]]                | [[STR:Lindemann-P1atz 3]], [[LOC:Sennestadt]]     | [[DOB:27.O1.1955]]  | (Unterschrift)
24 | [[P:Nguyen Van Hung]]                  | [[STR:Reichowplatz 8]], [[LOC:33689 BI]]       | [[DOB:19.O6.1988]]  | (unleserlich)
25 | [[P:WEIßENFELS, KLAUS-PETER]]          | [[STR:Elbeallee 22]]                   | [[DOB:3.1O.47]]     | (Unterschrift)
26 | [[P:OKORO, GRACE]]                     | [[STR:Vennhofallee 97]], [[LOC:33689 Bielefe1d]] | [[DOB:11.11.1993]]  | (Unterschrift)
27 | [[P:SCHÜTTE, ANNEGRET]]                | [[STR:Travestr. 19]], [[LOC:33689 Bielefeld]]    | [[DOB:O8.O8.1950]]  | (Unterschrift)
28 | [[P:PETERSEN, LASSE]]                  | [[STR:Elbeallee 4O]], [[LOC:3368g Bielefeld]]   | [[DOB:17.O4.2OO6]]  | [[P:Lasse]]

Prüfvermerk Wahlamt (getippt): Zeile 24 ungültig (Anschrift unvollständig, Unterschrift fehlt).
Zeile 28: [[P:Petersen]] ist am Stichtag 18 Jahre alt, gültig. Zeile 21 und 28 gleiche Anschrift – kein Mangel.
Zeile 23: [[P:Heike Friedrichs]] bereits auf Blatt 1 (Zeile 7) – Doppelunterschrift, einmal zählen.
Geprüft: [[P:Mehmet Karaca]], Wahlamt, 12.09.2025. Gültig auf diesem Blatt: 6 von 8.
""",
    [
        "§ 25 GO NRW",
        "Bahnhofsviertel Sennestadt – Fußgängerzone jetzt!",
        "Büro des Rates der Stadt Bielefeld",
        "Wahlamt",
    ],
    allow=("Sennestadt",),
)

V["iban_ka1"] = iban("DE", "660501010108447291")

pii(
    "ocr_scan",
    """
[OCR Posteingang Sozial- und Jugendbehörde Karlsruhe, 24.03.2025, Antrag handschriftlich, Anlagen getippt]

Antrag auf Übernahme der Bestattungskosten (§ 74 SGB XII)

1. Verstorbene Person: [[P:FEUERSTEIN, Erwin]]   gestorben am: O2.O3.2025
   letzte Anschrift:   [[STR:Rheinstraße 4l]], [[LOC:76l85 Karlsruhe]]  ([[LOC:Knie1ingen]])
   geb. am:            [[DOB:l1.O6.1938]]

2. Antragsteller:      [[P:Feuerstein, Thorsten]]     geb. [[DOB:29.O9.l966]]
   Anschrift:          [[STR:Kirchfeldstr. l03]], [[LOC:76l49 Karlsruhe-Neureut]]
   Verwandtschaft:     Sohn
   Tel.:               [[TEL:O172 6O4 33 l8]]
   Konto (getippt):    [[IBAN:«iban_ka1»]]

3. Weitere Angehörige:
   Tochter [[P:Sabine Mo11]] geb. [[P:Feuerstein]], [[LOC:Pforzheim]] – zahlt nicht, kein Kontakt
   Lebensgefährtin [[P:Gisela]] „[[P:Gila]]“ [[P:Brunner]] ?? – hat nichts, wohnt im Pflegeheim

4. Bestatter: Bestattungen [[P:Gram1ich]] e.K., Inh. [[P:Ralf Gramlich]],
   [[STR:Pfinzstraße 88]], [[LOC:76227 Karlsruhe]], Tel. [[TEL:0721 4O9 1l 2O]], [[HR:HRA 7O3915]]
   Rechnung Nr. 25-114 über 3.842,50 € (anbei)

5. Nachlass: Girokonto ca. 22O €, kein Testament. Erbausschlagung von rnir beim
   Amtsgericht Karlsruhe-Durlach erk1ärt, Az. [[AZ:2 VI 318/25]].

Unterschrift: [[P:T. Feuersteln]]

Bearbeitungsvermerk (getippt): Eingang bei Sachgebiet Bestattungskosten, Fr. [[P:Dana Krstić]],
Tel. [[TEL:0721 133-5142]]. Erforderlich: Sterbeurkunde, Einkommensnachweise aller Kinder
(auch Fr. [[P:Moll]]), Auskunft Nachlassgericht.
""",
    [
        "§ 74 SGB XII",
        "Sozial- und Jugendbehörde Karlsruhe",
        "Rechnung Nr. 25-114",
        "Amtsgericht Karlsruhe-Durlach",
        "Sachgebiet Bestattungskosten",
    ],
)


# --- voice_transcript ------------------------------------------------------------------------

pii(
    "voice_transcript",
    """
Transkript (automatisch), Servicetelefon Amt für Soziale Arbeit Wiesbaden, Abt. Grundsicherung
Anruf vom 22.09.2025, 10:14 Uhr, Dauer 04:51, Aufzeichnung mit Einwilligung

sb: amt für soziale arbeit grundsicherung sie sprechen mit [[P:weber]] guten morgen
anruferin: ja guten morgen hier ist ähm [[P:marković]] [[P:dragica marković]] ich ruf an wegen meiner mutter
sb: können sie den nachnamen bitte buchstabieren
anruferin: ja [[P:m wie martha a wie anton r wie richard k wie kaufmann o wie otto v wie viktor i wie ida c wie cäsar]] mit so einem häkchen auf dem c
sb: danke und ihre mutter heißt auch [[P:marković]]
anruferin: nein die heißt [[P:jovanović]] [[P:milica jovanović]] die ist am [[DOB:dritten mai neunzehnhundertachtunddreißig]] geboren in [[LOC:kragujevac]] und wohnt bei mir in der [[STR:biebricher allee zweiundvierzig]] in [[LOC:wiesbaden]]
sb: haben sie ein aktenzeichen
anruferin: ja warten sie [[AZ:fünf null punkt zwei g s null acht eins sieben]]
sb: ok ich hab die akte was ist denn los
anruferin: der herr [[P:brandt]] von ihnen hat geschrieben dass die rente vom jugoslawischen dings nicht angerechnet ist also dass sie nachweis will und wir haben den schon geschickt im juli mein mann [[P:zoran]] hat den selbst in den briefkasten geworfen
sb: herr [[P:brandt]] ist im urlaub ich schau mal ja der nachweis ist da eingescannt am vierzehnten juli ich geb das an die kollegin frau [[P:nikolaidou]] weiter die vertritt ihn
anruferin: und wann kommt das geld
sb: wenn frau [[P:nikolaidou]] das diese woche bearbeitet dann anfang oktober
anruferin: gut können sie mich zurückrufen wenn was fehlt meine nummer ist [[TEL:null eins fünf sieben drei drei vier neun eins acht null zwei]]
sb: mach ich frau [[P:marković]] schönen tag noch
anruferin: danke tschüss

[Vermerk: Rückruf nicht nötig, Nachweis vorhanden. Weitergabe an Sachgebiet 2, Vertretung [[P:Nikolaidou]].]
""",
    [
        "Amt für Soziale Arbeit Wiesbaden",
        "Abt. Grundsicherung",
        "Aufzeichnung mit Einwilligung",
        "Sachgebiet 2",
    ],
)

pii(
    "voice_transcript",
    """
Sprachbox Bauordnungsamt Münster, Team Bauaufsicht West – Transkription (Spracherkennung, ungeprüft)

Nachricht 1 – 12.05.2025, 07:48 Uhr
ja guten tag hier ist [[P:winter]] [[P:bernd winter]] aus [[LOC:gievenbeck]] [[STR:roxeler straße hundertzwölf]] es geht um die baustelle bei meinem nachbarn dem herrn [[P:kowalski]] der hat im winter schon angefangen und jetzt steht da ne garage direkt an der grenze ich hab mit frau [[P:essen]] bei ihnen gesprochen die wollte sich melden hat sie aber nicht bitte rufen sie mich zurück [[TEL:null zwei fünf eins acht sieben drei null zwei vier vier]] danke

Nachricht 2 – 12.05.2025, 09:02 Uhr
hallo frau [[P:essen]] hier ist [[P:dominika kowalski]] die frau von [[P:jarek]] wir haben gehört dass der nachbar sich beschwert hat die garage ist genehmigt das aktenzeichen ist [[AZ:b a drei sechs zwei null zwei fünf null vier vier eins]] der architekt herr [[P:ter horst]] kann das bestätigen unsere nummer ist [[TEL:null eins sieben sechs vier vier null neun drei eins zwei acht]]

Nachricht 3 – 12.05.2025, 11:37 Uhr
ja [[P:ter horst]] architekturbüro [[P:ter horst]] aus [[LOC:nottuln]] für frau [[P:essen]] wegen [[P:kowalski]] garage [[STR:roxeler straße hundertzehn]] die grenzbebauung ist nach paragraf sechs absatz elf bauo nrw zulässig die länge ist unter neun metern schicke ich ihnen per mail an die poststelle gruß

[Vermerk Team West, 12.05.2025: Rückrufe durch [[P:Theresa Essen]] erledigt. Hr. [[P:Winter]] informiert, Verfahren [[AZ:BA 36-2025-0441]] genehmigt; er kündigt Widerspruch an. Büro [[P:ter Horst]]: Unterlagen an bauordnungsamt@stadt-muenster.de erhalten.]
""",
    [
        "Team Bauaufsicht West",
        "bauordnungsamt@stadt-muenster.de",
        "paragraf sechs absatz elf bauo nrw",
        "Spracherkennung, ungeprüft",
    ],
    allow=("winter",),
)

pii(
    "voice_transcript",
    """
Gesprächsmitschnitt (Speech-to-Text), Bürgertelefon Gewerbeamt Siegen, 04.11.2025, 14:22 Uhr

mitarbeiter: gewerbeamt siegen [[P:haas]] guten tag
anrufer: guten tag mein name ist [[P:nikolaidis]] ich will mein gewerbe ummelden
mitarbeiter: wie schreibt sich das
anrufer: [[P:n wie nürnberg i wie ingelheim k wie köln o wie offenbach l wie leipzig a wie aachen i wie ingelheim d wie düsseldorf i wie ingelheim s wie salzwedel]] vorname [[P:stavros]]
mitarbeiter: und das geburtsdatum herr [[P:nikolaidis]]
anrufer: [[DOB:neunter februar neunzehnhundertsiebenundsiebzig]]
mitarbeiter: ich hab sie ja [[P:stavros nikolaidis]] taverne [[P:nikolaidis]] in [[LOC:weidenau]] was ändert sich
anrufer: ich zieh um mit dem lokal in die [[STR:sandstraße vierundfünfzig]] und mein sohn [[P:jannis]] macht ab januar den imbiss in [[LOC:geisweid]] soll der selbst anmelden
mitarbeiter: ja ihr sohn muss selbst anmelden wenn er inhaber ist für die gaststätte brauchen sie eine neue erlaubnis weil die räume neu sind
anrufer: und die frau [[P:becker-ünal]] von der lebensmittelkontrolle hat gesagt ich soll zuerst bei ihnen
anrufer: meine frau [[P:eleni]] ist auch eingetragen muss die mitkommen
mitarbeiter: nur wenn sie mitinhaberin ist
anrufer: nein nur angestellt
mitarbeiter: dann nicht ich schick ihnen die formulare per mail
anrufer: [[MAIL:taverne punkt nikolaidis at gmail punkt com]]
mitarbeiter: und eine telefonnummer für rückfragen
anrufer: [[TEL:null zwo sieben eins drei drei null acht vier sechs]]
mitarbeiter: alles klar herr [[P:nikolaidis]] auf wiederhören

[Nachbearbeitung [[P:M. Haas]]: Vorgang [[AZ:GW-SI-2025-1187]] angelegt, Formulare GewA 2, GewA 1 und Antrag nach § 2 GastG verschickt; Hinweis an Lebensmittelüberwachung Kreis Siegen-Wittgenstein.]
""",
    [
        "Bürgertelefon Gewerbeamt Siegen",
        "§ 2 GastG",
        "Lebensmittelüberwachung Kreis Siegen-Wittgenstein",
        "GewA 2",
    ],
)

pii(
    "voice_transcript",
    """
Protokoll Kinderschutz-Hotline Jugendamt Jena (Transkription der Aufzeichnung), 17.02.2025, 19:05 Uhr
Aufnahme: [[P:Grit Ehrhardt]], Bereitschaft

hotline: jugendamt jena bereitschaft [[P:ehrhardt]]
anruferin: ja hallo hier ist [[P:renate schubert]] ich bin die oma von [[P:kevin]] und [[P:chantal]] ich weiß nicht ob ich hier richtig bin
hotline: sie sind richtig frau [[P:schubert]] worum geht es
anruferin: meine schwiegertochter die [[P:mandy]] also [[P:mandy schubert]] die hat mich eben angerufen die ist mit dem auto weg nach [[LOC:gera]] zu ihrem neuen und die kinder sind allein in der wohnung in [[LOC:lobeda]] der [[P:kevin]] ist zehn und die [[P:chantal]] ist vier
hotline: wo genau ist die wohnung
anruferin: [[STR:karl marx allee sechsundachtzig]] vierter stock bei [[P:schubert]] steht an der klingel
hotline: und wo ist der vater
anruferin: mein sohn der [[P:ronny]] ist auf montage in polen ich hab ihn nicht erreicht
hotline: können sie hinfahren
anruferin: ich wohn in [[LOC:kahla]] ich hab kein auto mehr die nachbarin frau [[P:tran]] hat einen schlüssel die ist nett die kennt die kinder
hotline: haben sie eine nummer von der nachbarin
anruferin: nein nur von der [[P:mandy]] [[TEL:null eins sechs null neun sieben drei zwei null vier acht eins]] aber die geht nicht ran
hotline: gut ich schicke jetzt kolleginnen vorbei und rufe sie zurück unter welcher nummer
anruferin: [[TEL:null drei sechs vier zwei vier zwei zwei eins sieben null]] festnetz
hotline: danke wir melden uns

[Maßnahme 19:12 Uhr: RB-Team vor Ort 19:31 Uhr, Kinder wohlauf, Nachbarin [[P:Thi Thu Tran]] betreut. KM [[P:Mandy Schubert]] 20:40 Uhr zurück. Fall [[AZ:51-KS-2025-0093]] an ASD Lobeda.]
""",
    [
        "Kinderschutz-Hotline Jugendamt Jena",
        "RB-Team",
        "ASD Lobeda",
        "Bereitschaft",
    ],
)

pii(
    "voice_transcript",
    """
Stadt Mannheim – Büro Bürgerbeteiligung, Anrufbeantworter „Beteiligungshotline“
Abschrift der Nachrichten vom Wochenende 14./15.06.2025 (automatische Transkription)

[1] sa 09:12 guten morgen hier spricht [[P:ernst]] [[P:ernst fischbach]] aus [[LOC:feudenheim]] ich wollte mich für den stadtteilspaziergang am samstag anmelden mit meiner frau [[P:gerlinde]] wir sind beide über achtzig und brauchen eine bank zwischendurch unsere nummer ist [[TEL:null sechs zwei eins sieben neun eins fünf null drei]] danke

[2] sa 13:40 ja hallo hier ist [[P:ayşe]] vom nachbarschaftshaus ähm [[P:ayşe kılıç]] wegen dem workshop jungbusch wir kommen mit zwölf jugendlichen der [[P:deniz]] und die [[P:maria]] übersetzen auf türkisch und rumänisch ruft mich bitte zurück [[TEL:null eins fünf zwei drei acht acht eins zwei sieben null vier]]

[3] sa 18:03 äh ja [[P:schwarz]] hier [[P:alfons schwarz]] [[STR:lange rötterstraße acht]] ich wollte nur sagen dass die online karte auf meinem handy nicht geht und dass ich die sache mit den parkplätzen so was von ernst nehme wie der [[P:kübler]] vom gemeinderat auch

[4] so 11:27 guten tag [[P:okafor-weiß]] mein name [[P:chiamaka okafor-weiß]] ich bin von der elterninitiative aus der [[LOC:neckarstadt west]] wir hätten gern die unterlagen in leichter sprache per mail an [[MAIL:chiamaka punkt okafor at web punkt de]] danke schön

[Bearbeitung Mo 16.06.: [[P:Lucía Fernández]] (Büro Bürgerbeteiligung, Tel. [[TEL:0621 293-9418]]) – Rückrufe an 1, 2, 4 erledigt; Meldung zu 3 an IT; Ehepaar [[P:Fischbach]] auf Liste Spaziergang Feudenheim-Nord.]
""",
    [
        "Büro Bürgerbeteiligung",
        "Beteiligungshotline",
        "workshop jungbusch",
        "leichter sprache",
    ],
    allow=("ernst",),
)


# --- chat_transcript -------------------------------------------------------------------------

pii(
    "chat_transcript",
    """
Export „JugendApp Braunschweig“ – Chatverlauf Fallakte [[AZ:51.2-JGH-2025-0318]] (Jugendhilfe im Strafverfahren)
Teilnehmende: [[P:Tobias Lüddecke]] (JGH, Stadt Braunschweig), „schattenwolf_bs“ (Jugendlicher)

[02.06.25 16:41] [[P:Tobias Lüddecke]]: Hallo [[P:Danny]], hier ist [[P:Tobias]] von der Jugendgerichtshilfe. Deine Verhandlung ist am 25.06. um 9 Uhr, Amtsgericht, Saal 104. Kommst du am Montag zum Vorgespräch?
[02.06.25 17:58] schattenwolf_bs: jo
[02.06.25 17:59] schattenwolf_bs: kann [[P:leon]] mit der war ja auch dabei
[02.06.25 18:05] [[P:Tobias Lüddecke]]: [[P:Leon]] hat eine eigene Ansprechpartnerin. Bring lieber deine Mutter mit.
[02.06.25 18:20] schattenwolf_bs: mama arbeitet. kann mein onkel [[P:mehmet]] kommen
[02.06.25 18:22] [[P:Tobias Lüddecke]]: Wenn du das willst, ja. Ist er volljährig?
[02.06.25 18:22] schattenwolf_bs: der is 31 lol
[02.06.25 18:25] schattenwolf_bs: und die aussage von [[P:jessi]] stimmt nicht die war gar nich am bahnhof
[02.06.25 18:31] [[P:Tobias Lüddecke]]: Das besprechen wir am Montag, nicht hier. Adresse: Jugendgerichtshilfe, Eiermarkt 4–5, 2. OG. Ich hab noch deine alte Anschrift, stimmt [[STR:Bültenweg 17]] noch?
[02.06.25 19:40] schattenwolf_bs: ne wohn jetzt bei oma [[STR:elbestr 29]] [[LOC:weststadt]]
[02.06.25 19:41] schattenwolf_bs: oma heißt [[P:yıldırım]] nicht so wie ich
[02.06.25 19:45] [[P:Tobias Lüddecke]]: Danke! Dann schreib mir bitte noch dein Geburtsdatum, im System stehen zwei.
[02.06.25 20:12] schattenwolf_bs: [[DOB:14.3.08]]
[03.06.25 08:03] [[P:Tobias Lüddecke]]: 👍 Bis Montag, 15 Uhr.

Systemvermerk: Klarname des Nutzers „schattenwolf_bs“: [[P:Daniel Krüger-Yıldırım]], geb. [[DOB:14.03.2008]], Mobil [[TEL:0157 30218864]].
Exportiert am 03.06.2025 für die Akte (Benutzerkennung JGH-07).
""",
    [
        "Jugendgerichtshilfe, Eiermarkt 4–5",
        "Amtsgericht, Saal 104",
        "Jugendhilfe im Strafverfahren",
        "JugendApp Braunschweig",
    ],
)

pii(
    "chat_transcript",
    """
Weitergeleitet an: Amt für Schule und Bildung Heidelberg, Schulaufsicht kommunal (Beschwerde Schulweg)
Von: [[P:Thanh Hương Lê]] <[[MAIL:huong.le.hd@gmail.com]]> – „Anbei der Chat, damit Sie sehen, was los ist.“

WhatsApp-Chat mit „Elternchat 2b Emil-Maier-Schule 🏫“
[10.03.25, 07:58] ~ Mama von [[P:Leo]]: Heute wieder kein Schülerlotse an der Kreuzung 😡
[10.03.25, 08:01] [[P:Jana Meier]]: Bei uns auch. [[P:Leo]] und [[P:Paulina]] sind allein rüber.
[10.03.25, 08:03] [[TEL:+49 176 41822907]]: Herr [[P:Winkelmann]] (Hausmeister) sagt, die Stadt hat die Stelle gestrichen
[10.03.25, 08:05] [[P:Thanh Hương Lê]]: Das stimmt nicht, laut Dr. [[P:Schaal]] ist nur Frau [[P:Koch]] krank
[10.03.25, 08:06] ~ Mama von [[P:Leo]]: @[[P:Thanh Hương Lê]] wer ist [[P:Schaal]]?
[10.03.25, 08:07] [[P:Thanh Hương Lê]]: Der Rektor 🙈 [[P:Torsten Schaal]]
[10.03.25, 08:15] ~ Papa [[P:Mattis]]: Ich kann Mi + Do Lotse machen, ab 7:30
[10.03.25, 08:16] [[P:Jana Meier]]: Super [[P:Mattis]]-Papa 👍 ich nehme Fr
[10.03.25, 12:40] [[TEL:+49 176 41822907]]: Übrigens: [[P:Koch]] ist die Lotsin, nicht der Koch aus der Mensa 😂
[10.03.25, 12:44] [[TEL:+49 1520 3348190]]: Können wir der Stadt schreiben? [[P:Sabrina]] aus [[LOC:Handschuhsheim]] (2a) hat schon Unterschriften gesammelt
[10.03.25, 12:50] [[P:Thanh Hương Lê]]: Ich schick es an die Stadt. Telefon für Rückfragen: [[TEL:0176 83370291]]

Kontaktzuordnung (ergänzt): „Mama von [[P:Leo]]“ = [[P:Katrin Obermüller]]; [[TEL:+49 176 41822907]] = [[P:Hüseyin Doğru]]; [[TEL:+49 1520 3348190]] = [[P:Sarah Bäuerle]]
""",
    [
        "Amt für Schule und Bildung Heidelberg",
        "Emil-Maier-Schule",
        "Schülerlotse",
        "Schulaufsicht kommunal",
    ],
    allow=("Koch",),
)

pii(
    "chat_transcript",
    """
Stadt Augsburg – Büro für Bürgerbeteiligung
Moderationsprotokoll Online-Dialog „Lechhauser Platz neu denken“, Kommentarstrang #114 (Export 05.05.2025)

Lechkind82 (02.05. 21:14): Warum werden wieder keine Bäume gepflanzt? Die Fläche heizt sich im Sommer auf wie ein Backofen.
[[P:Florian_Gschwendtner]] (02.05. 21:30): @Lechkind82 steht doch im Entwurf, 14 Bäume. Ich wohne direkt am Platz ([[STR:Neuburger Str. 88]]) und finde den Entwurf gut.
Oma [[P:Resi]] (02.05. 22:05): Ich bin die [[P:Theresia Bscheidl]] und wohne seit 1962 in [[LOC:Lechhausen]]. Wo sollen wir alten Leute sitzen?
Moderation_Stadt (03.05. 08:12): Liebe Frau [[P:Bscheidl]], im Entwurf sind zwölf Bänke vorgesehen. Bitte keine Adressen posten, Herr [[P:Gschwendtner]] – wir haben Ihren Beitrag gekürzt.
[[P:dr.schindler]] (03.05. 09:40): Die Verwaltung ignoriert den Lärm der Gaststätte von [[P:Sommer]]. Laut [[P:Sommer]] selbst ist das „Kultur“. 🙄
[[P:kerem.ay]] (03.05. 10:02): [[P:Sommer]] ist mein Chef, die Biergarten-Öffnungszeiten sind genehmigt. Persönliche Angriffe bitte lassen.
Lechkind82 (03.05. 10:15): Wer ist eigentlich dieser [[P:Schindler]]? Der postet überall.
Moderation_Stadt (03.05. 10:31): Wir bitten, über Inhalte zu diskutieren und nicht über Personen. Beiträge mit Namen Dritter werden ausgeblendet.
Oma [[P:Resi]] (03.05. 14:48): Mein Enkel [[P:Korbinian]] hat mir das Internet eingerichtet, darum schreibe ich erst jetzt wieder. Danke an das Bürgerbüro, die waren sehr nett!

Interne Notiz (nicht öffentlich): Klarnamen laut Registrierung: [[P:dr.schindler]] = Dr. [[P:Ulrich Schindler]], [[MAIL:u.schindler@augsburg-online.net]], IP [[IP:93.104.18.227]]; [[P:kerem.ay]] = [[P:Kerem Aydemir]], IP [[IP:2a01:c23:7d10:4b00::15]]; Lechkind82 = anonym (E-Mail nicht bestätigt). Gaststätte „Biergarten am Lech“ (Wirt [[P:Josef Sommer]], Einzelunternehmer). Bearbeitet: Moderationsteam.
""",
    [
        "Büro für Bürgerbeteiligung",
        "Lechhauser Platz neu denken",
        "Moderation_Stadt",
        "Biergarten am Lech",
    ],
    allow=("Sommer",),
)

pii(
    "chat_transcript",
    """
Live-Chat Bürger- und Ordnungsamt Darmstadt, Meldewesen – Protokoll Sitzung 2025-08-19-0117
Kanal: Website, IP des Nutzers [[IP:91.47.203.118]], Weiterleitung an Agent „Meldewesen 3“

[14:02:11] Chatbot: Willkommen! Wie heißen Sie?
[14:02:30] Besucher: [[P:Ivanov]]
[14:02:31] Chatbot: Danke, Herr/Frau [[P:Ivanov]]. Worum geht es?
[14:02:58] Besucher: brauche meldebescheinigung für mich und meine frau für kindergeld, wir sind im juli umgezogen nach [[LOC:Kranichstein]]
[14:03:02] Chatbot: Ich verbinde Sie mit einer Mitarbeiterin.
[14:04:40] [[P:Stefanie Kolb]] (Meldewesen): Guten Tag, hier ist [[P:Stefanie Kolb]]. Nennen Sie mir bitte Vor- und Nachnamen und Geburtsdaten.
[14:05:52] Besucher: [[P:Petar Ivanov]] [[DOB:30.01.1989]], meine frau [[P:Desislava Ivanova]] [[DOB:12.06.1991]], tochter [[P:Raya]] [[DOB:2023]]
[14:06:20] [[P:Stefanie Kolb]] (Meldewesen): Danke. Neue Anschrift?
[14:06:41] Besucher: [[STR:Bartningstraße 34]], [[LOC:64289 Darmstadt]]. vorher [[STR:Pankratiusstraße 12]] im [[LOC:martinsviertel]]
[14:07:30] [[P:Stefanie Kolb]] (Meldewesen): Ich sehe Sie im Register. Bei Ihrer Frau steht noch „[[P:IVANOVA, Desislava Georgieva]]“, bei Ihnen fehlt der Vatersname – das ist korrekt so. Die Bescheinigungen schicke ich an Ihre E-Mail-Adresse?
[14:07:58] Besucher: [[MAIL:p.ivanov1989@abv.bg]]
[14:08:25] [[P:Stefanie Kolb]] (Meldewesen): Per E-Mail nur mit Online-Ausweis. Ich schicke sie per Post, ca. 3 Tage. Gebühr 10 € je Bescheinigung, Rechnung liegt bei.
[14:08:50] Besucher: ok danke. ah und kann [[P:Raya]] im ausweis von mama?
[14:09:10] [[P:Stefanie Kolb]] (Meldewesen): Kinder brauchen einen eigenen Kinderreisepass. Termin unter www.darmstadt.de/termine oder Tel. 06151 115.
[14:09:30] System: Chat beendet. Vorgang [[AZ:MW-2025-19044]] angelegt (Bearbeiterin Kennung ME03).
""",
    [
        "Bürger- und Ordnungsamt Darmstadt",
        "www.darmstadt.de/termine",
        "06151 115",
        "Kennung ME03",
        "Meldewesen 3",
    ],
)

pii(
    "chat_transcript",
    """
Microsoft Teams – Export Chat „PR-Vorstand intern“ (Personalrat Stadt Hamm), 08.–09.10.2025
Exportiert durch die PR-Geschäftsstelle für die Niederschrift

[08.10. 16:02] [[P:Brinkhoff, Sandra]] (Stadt Hamm): Wer geht morgen zum Monatsgespräch mit dem OB-Büro? Ich kann nur bis 11.
[08.10. 16:05] [[P:Kaiser, Jens]] (Stadt Hamm): Ich. Thema ist die Umsetzung von [[P:Anke Schulze-Eggenstein]] aus dem Bürgeramt Rhynern – sie hat uns gestern angerufen. Einladung bitte an ihre Privatanschrift: [[STR:Ostendorfstraße 9]], [[LOC:59069 Hamm]].
[08.10. 16:11] [[P:Brinkhoff, Sandra]] (Stadt Hamm): Laut [[P:Terhorst]] (Amtsleitung) soll sie „aus dienstlichen Gründen“ nach Herringen. Ohne Beteiligung PR – das geht nicht, § 72 LPVG.
[08.10. 16:15] [[P:Nowakowski, Piotr]] (Stadt Hamm): Ich war mit [[P:Ankes]] Kollegin [[P:Sevgi]] im Gespräch, da läuft ein Konflikt mit dem Teamleiter [[P:Große-Wilde]]. Bitte vertraulich.
[08.10. 16:20] [[P:Aslan, Mehtap]] (Stadt Hamm): Hat sie eine Nummer hinterlassen?
[08.10. 16:21] [[P:Kaiser, Jens]] (Stadt Hamm): Privat [[TEL:0171 5530 912]], dienstlich [[TEL:02381 17-3318]]
[09.10. 08:40] [[P:Brinkhoff, Sandra]] (Stadt Hamm): Nachtrag: Herr [[P:Große-Wilde]] hat selbst einen Versetzungsantrag gestellt. Ob das der [[P:Kaiser]] weiß? 😉 (gemeint ist [[P:Jens]], nicht der OB)
[09.10. 13:15] [[P:Kaiser, Jens]] (Stadt Hamm): Ergebnis: Umsetzung ausgesetzt bis zum Gespräch mit Frau [[P:Schulze-Eggenstein]] am 15.10., PR nimmt teil.
""",
    [
        "PR-Vorstand intern",
        "§ 72 LPVG",
        "Monatsgespräch mit dem OB-Büro",
        "Bürgeramt Rhynern",
    ],
)


# --- staff_memo ------------------------------------------------------------------------------

pii(
    "staff_memo",
    """
Personalrat der Stadt Karlsruhe
Zähringerstraße 61, 76133 Karlsruhe

An das Personal- und Organisationsamt
z. Hd. Herrn Dr. [[P:Bernhard Vollmer-Sattler]]
nachrichtlich: Amtsleitung Bauordnungsamt, Herr [[P:Kaan Yıldırım]]

Karlsruhe, 30.04.2025

Beteiligung nach § 75 LPVG – Umsetzung von Frau [[P:Heike Rössler-Mbaye]] (Personalnr. [[AZ:P-48812]], BOA, Bauaufsicht West) in die Bauaufsicht Ost
Ihr Schreiben vom 16.04.2025, Gz. [[AZ:POA-12-0331/2025]]

Sehr geehrter Herr Dr. [[P:Vollmer-Sattler]],

der Personalrat hat sich in seiner Sitzung am 29.04.2025 mit der Maßnahme befasst und stimmt ihr nicht zu.

Frau [[P:Rössler-Mbaye]] hat uns mitgeteilt, dass sie die Umsetzung nicht beantragt hat. Sie betreut in der Bauaufsicht West seit 2019 die Verfahren in Neureut und Knielingen. Nach Auskunft ihres Teamleiters, Herrn [[P:Marino]], würde die Umsetzung dort eine Lücke reißen, die frühestens mit der Einstellung von Frau [[P:Lea-Sophie Brenk]] im Oktober geschlossen wäre. Laut [[P:Yıldırım]] soll die Maßnahme die Belastung in der Bauaufsicht Ost ausgleichen; das erkennen wir an, halten aber die befristete Abordnung von Herrn [[P:Gökhan Arı]] für das mildere Mittel, zu der er sich bereit erklärt hat.

Außerdem weisen wir darauf hin, dass Frau [[P:Rössler-Mbaye]] schwerbehindert ist und die Schwerbehindertenvertretung (Frau [[P:Angelika Stoll]]) nicht beteiligt wurde (§ 178 Abs. 2 SGB IX).

Wir bitten um Erörterung nach § 76 LPVG. Terminvorschläge bitte an unsere Geschäftsstelle (personalrat@karlsruhe.de).

Mit freundlichen Grüßen

[[P:Martina Esslinger]]                 [[P:Holger Wacker]]
Vorsitzende                       stv. Vorsitzender
Tel. [[TEL:0721 133-1580]]              Tel. [[TEL:0721 133-1583]]
""",
    [
        "Zähringerstraße 61, 76133 Karlsruhe",
        "§ 75 LPVG",
        "§ 178 Abs. 2 SGB IX",
        "personalrat@karlsruhe.de",
        "Personal- und Organisationsamt",
    ],
)

pii(
    "staff_memo",
    """
Landeshauptstadt München – Referat für Klima- und Umweltschutz (RKU), Abteilung Immissionsschutz
Hausmitteilung Nr. 14/2025 – Abwesenheiten und Vertretungen August 2025

An: alle Beschäftigten der Abteilung; Kopie: Servicestelle Bürgeranfragen (rku.immissionsschutz@muenchen.de)
Von: Abteilungsleitung, Dr. [[P:Cornelia Stadlbauer-Nuñez]]

"""
    + columns(
        (24, 22, 16, 22),
        ("Name", "Sachgebiet", "Durchwahl", "abwesend / Vertretung"),
        (
            "[[P:Stadlbauer-Nuñez, C.]]",
            "Abteilungsleitung",
            "[[TEL:089 233-47100]]",
            "04.–22.08. / [[P:Fröhlich]]",
        ),
        ("[[P:Fröhlich, Matthias]]", "SG Anlagenlärm", "[[TEL:089 233-47115]]", "— / —"),
        (
            "[[P:Aydın, Zeynep]]",
            "SG Anlagenlärm",
            "[[TEL:089 233-47118]]",
            "11.–15.08. / [[P:Fröhlich]]",
        ),
        (
            "[[P:Huber, Xaver]]",
            "SG Gaststättenlärm",
            "[[TEL:089 233-47122]]",
            "18.–29.08. / [[P:Lindl]]",
        ),
        ("[[P:Lindl, Veronika]]", "SG Gaststättenlärm", "[[TEL:089 233-47124]]", "— / —"),
        (
            "[[P:Okeke, Emeka]]",
            "SG Luftreinhaltung",
            "[[TEL:089 233-47130]]",
            "01.–08.08. / [[P:Park]]",
        ),
        (
            "[[P:Park, Soo-ah]]",
            "SG Luftreinhaltung",
            "[[TEL:089 233-47131]]",
            "25.–29.08. / [[P:Okeke]]",
        ),
    )
    + """

Hinweise:
1. Beschwerden zur Wiesn-Vorbereitung (Aufbaulärm Theresienwiese) gehen gesammelt an Frau [[P:Lindl]]; die laufenden Fälle werden ihr am 15.08. übergeben.
2. Die Messungen im Fall „Biergarten Sendlinger Tor“ übernimmt vertretungsweise Herr [[P:Okeke]]; Frau [[P:Parks]] Messbericht liegt im DMS. Beschwerden über Musik im Park an der Isar gehen an das SG Anlagenlärm.
3. Bürgeranfragen bitte nur über das Funktionspostfach beantworten, nicht über persönliche Adressen wie [[MAIL:xaver.huber@muenchen.de]].
4. Die beiden Auszubildenden sind im August dem SG Anlagenlärm zugeordnet.

gez. Dr. [[P:Stadlbauer-Nuñez]]
""",
    [
        "Referat für Klima- und Umweltschutz",
        "rku.immissionsschutz@muenchen.de",
        "Hausmitteilung Nr. 14/2025",
        "Theresienwiese",
    ],
    allow=("Park",),
)

pii(
    "staff_memo",
    """
Stadt Bielefeld – Büro des Rates
Interne Mitteilung an: Ämter 100, 110, 400, 500; Fraktionsgeschäftsstellen
Datum: 22.01.2025 · Bearbeitung: [[P:Jörg Niehaus-Ahrens]], Tel. [[TEL:0521 51-2164]], [[MAIL:joerg.niehaus-ahrens@bielefeld.de]]

Änderungen in der Besetzung der Ausschüsse (Ratsbeschluss vom 16.01.2025, Drucksache 9824/2020-2025)

1. Sozial- und Gesundheitsausschuss
   aus: Ratsfrau [[P:Hannelore Pieper]] (SPD) – neu: Ratsherr [[P:Ümit Karadeniz]] (SPD)
   stellv. Mitglied neu: sachkundige Bürgerin Dr. [[P:Anja Lüke]]
2. Jugendhilfeausschuss
   aus: sachkundiger Bürger [[P:Marvin Rehage]] (Grüne) – neu: [[P:Solveig Brandt]] (Grüne)
3. Schul- und Sportausschuss
   Vorsitz ab 01.02.2025: Ratsherr [[P:Christoph von Bodelschwingh-Kramer]] (CDU), bisher [[P:Pieper]]
4. Bezirksvertretung Sennestadt
   neues Mitglied: [[P:Dragan Ilić]] (Die Linke, wohnhaft in [[LOC:Sennestadt]]), Nachfolge für [[P:Irmgard Wolf]] († 28.12.2024)

Hinweise:
– Frau [[P:Pieper]] bleibt Mitglied des Rates und im Haupt- und Beteiligungsausschuss.
– Herr [[P:Karadeniz]] hat seine Anschrift für die Sitzungsunterlagen geändert: [[STR:Heeper Straße 201]], [[LOC:33607 Bielefeld]]; private Mail [[MAIL:uemit.karadeniz@posteo.de]].
– Die Ehrung für [[P:Irmgard Wolf]] erfolgt in der Ratssitzung am 13.02.2025; Ansprechpartnerin für die Familie ist ihre Tochter, Frau [[P:Katharina Wolf-Sielemann]], [[TEL:0521 8807331]].
– Allris wird durch Herrn [[P:Niehaus-Ahrens]] bis 24.01. aktualisiert; bitte keine eigenen Änderungen (Sachgebiet Ratsangelegenheiten, ratsbuero@bielefeld.de).

i. A. [[P:Niehaus-Ahrens]]
""",
    [
        "Drucksache 9824/2020-2025",
        "Haupt- und Beteiligungsausschuss",
        "ratsbuero@bielefeld.de",
        "Sachgebiet Ratsangelegenheiten",
    ],
    allow=("Sennestadt",),
)

pii(
    "staff_memo",
    """
Stadt Wolfsburg – Geschäftsbereich Schule, Abteilung Schulorganisation
Ergebnisvermerk Dienstbesprechung Schulsekretariate Grundschulen, 13.08.2025, Rathaus B, Raum 412

Teilnehmende: [[P:Anke Rosenthal]] (Leitung, GB Schule), [[P:Florian Bätje]] (IT-Koordination), die Sekretärinnen der GS Eichelkamp, GS Westhagen, GS Vorsfelde, GS Detmerode und der Heinrich-Nordhoff-Schule – entschuldigt: [[P:Kerstin Fuchs]] (GS Fallersleben)

1. Schülerzahlen zum Schuljahresbeginn: Die Leitung bittet um Meldung bis 29.08. an schulorganisation@stadt.wolfsburg.de. Frau [[P:Husić]] weist darauf hin, dass in Westhagen 23 Kinder aus der Ukraine ohne Meldeadresse nachgereicht werden.
2. Neues Schulverwaltungsprogramm: Schulungen durch Herrn [[P:Bätje]] ab 08.09.; Zugangsdaten verschickt Frau [[P:Jovana Petković]] (IT, Durchwahl [[TEL:05361 28-2277]]). Probleme bitte nicht per Mail an [[MAIL:florian.baetje@stadt.wolfsburg.de]], sondern über das Ticketsystem.
3. Einzelfall (vertraulich): Für den Schüler [[P:Noah Engel]] (geb. [[DOB:02.09.2016]], GS Vorsfelde, Kl. 3) liegt eine Auskunftssperre nach § 51 BMG vor (Az. [[AZ:33-AS-2025-0117]]); Anfragen des Vaters, Herrn [[P:Steffen Engel]] (wohnhaft in [[LOC:Gifhorn]]), sind an Frau [[P:Rosenthal]] weiterzuleiten. Frau [[P:Löwe]] bestätigt, dass nur die Mutter, Frau [[P:Daniela Krämer]], abholberechtigt ist.
4. Vertretung Sekretariat GS Fallersleben während der Elternzeit von Frau [[P:Fuchs]]: Frau [[P:Sauer]] an zwei Tagen pro Woche; „[[P:Mona]]“ aus dem Pool (Frau [[P:Mona Al-Bayati]]) an drei Tagen.
5. Frau [[P:Nowak]] verabschiedet sich zum 30.09. in den Ruhestand; Nachfolge: Frau [[P:Sabine Koch-Oltmanns]].

Nächste Dienstbesprechung: 12.11.2025
gez. [[P:Rosenthal]]
""",
    [
        "Abteilung Schulorganisation",
        "schulorganisation@stadt.wolfsburg.de",
        "Heinrich-Nordhoff-Schule",
        "§ 51 BMG",
        "Rathaus B, Raum 412",
    ],
)


# --- official_notice -------------------------------------------------------------------------

pii(
    "official_notice",
    """
Stadt Koblenz · Bauordnungsamt · Bahnhofstraße 47 · 56068 Koblenz

Herrn
[[P:Volker Kessler-Ohm]]
Frau
[[P:Nilüfer Kessler-Ohm]]
[[STR:Auf der Bienhornhöhe 12]]
[[LOC:56077 Koblenz]]

Auskunft erteilt: [[P:Annika Bruchhäuser]]
Zimmer 3.08, Tel. [[TEL:0261 129-3164]]
[[MAIL:annika.bruchhaeuser@stadt.koblenz.de]]
Aktenzeichen: [[AZ:63-BG-2025-0718]]

Koblenz, 02.09.2025

Benachrichtigung der Angrenzer nach § 68 LBauO – Bauvorhaben auf dem Nachbargrundstück

Sehr geehrte Frau [[P:Kessler-Ohm]], sehr geehrter Herr [[P:Kessler-Ohm]],

auf dem an Ihr Grundstück angrenzenden Flurstück 118/3 (Gemarkung Pfaffendorf) beantragen Herr [[P:Wladimir Schäfer]] und Frau [[P:Olga Schäfer]], [[STR:Auf der Bienhornhöhe 14]], die Errichtung eines Wintergartens mit Terrasse (Bauantrag vom 18.08.2025). Das Vorhaben hält die Abstandsfläche zu Ihrem Grundstück nicht ein (2,40 m statt 3,00 m); die Bauherren beantragen hierfür eine Abweichung nach § 69 LBauO.

Sie können die Pläne bis zum 30.09.2025 im Bauordnungsamt einsehen (Termin bei Frau [[P:Bruchhäuser]]) und Einwendungen schriftlich erheben. Die Unterschrift Ihrer Mutter, Frau [[P:Erna Ohm]], die laut Grundbuch Miteigentümerin ist, genügt nicht als Zustimmung für Sie beide; sie erhält eine eigene Benachrichtigung an ihre Anschrift in [[LOC:Vallendar]].

Der Entwurfsverfasser, Herr Dipl.-Ing. [[P:Reinhold Wißkirchen]] ([[STR:Emser Straße 310]], [[LOC:56076 Koblenz]]), hat uns mitgeteilt, dass er Ihnen die Pläne auch vorab erläutert.

Mit freundlichen Grüßen
Im Auftrag
[[P:Bruchhäuser]]

Hinweis zum Datenschutz: Ihre Daten werden nach Art. 6 Abs. 1 lit. e DSGVO verarbeitet.
""",
    [
        "Bahnhofstraße 47 · 56068 Koblenz",
        "§ 68 LBauO",
        "Flurstück 118/3",
        "Art. 6 Abs. 1 lit. e DSGVO",
    ],
)

V["tax_jena1"] = steuer_id("6928310465")

pii(
    "official_notice",
    """
Stadt Jena · Fachdienst Ordnung und Sicherheit · Team Gewerbe · Löbdergraben 12 · 07743 Jena

Herrn
[[P:Ahmad Shah Popalzai]]
Inhaber „Jena Kebab House“
[[STR:Camsdorfer Ufer 7]]
[[LOC:07749 Jena]]

Ihr Ansprechpartner: [[P:Ronny Gräfe]], Tel. [[TEL:03641 49-2287]]
Zeichen: [[AZ:32.2-OWi-2025-0466]]
Datum: 18.06.2025

Anhörung im Bußgeldverfahren – Verstoß gegen § 14 Abs. 1 GewO (verspätete Anzeige)

Sehr geehrter Herr [[P:Popalzai]],

bei einer Kontrolle der Lebensmittelüberwachung am 05.05.2025 (Kontrolleurin Frau [[P:Sandra Hopf]]) wurde festgestellt, dass Sie den Imbiss an der Anschrift [[STR:Wagnergasse 31]], [[LOC:07743 Jena]], seit dem 01.02.2025 betreiben. Die Gewerbeanmeldung ging erst am 12.05.2025 ein. Vorher war das Gewerbe auf Ihren Cousin, Herrn [[P:Mirwais Popalzai]], geb. [[DOB:03.10.1993]], wohnhaft in [[LOC:Erfurt]], angemeldet; dieser hat es zum 31.01.2025 abgemeldet.

Nach unseren Unterlagen sind Sie am [[DOB:1. Januar 1990]] in [[LOC:Kandahar]] geboren; Ihre steuerliche Identifikationsnummer lautet [[TAX:«tax_jena1»]], die Steuernummer des Betriebs [[TAX:162/231/08854]].

Sie haben Gelegenheit, sich bis zum 09.07.2025 zu äußern. Sie können dafür auch einen Termin vereinbaren; ein Dari-Dolmetscher (Herr [[P:Farhad Nazari]]) kann hinzugezogen werden. Äußern Sie sich nicht, entscheiden wir nach Aktenlage; vorgesehen ist ein Bußgeld von 150 Euro zuzüglich Gebühren nach § 107 OWiG.

Beigefügt: Kopie des Kontrollberichts. Die Aussage Ihres Mitarbeiters, Herrn „[[P:Jamil]]“ (Nachname unbekannt), wurde darin festgehalten.

Mit freundlichen Grüßen
i. A. [[P:Gräfe]]
""",
    [
        "Löbdergraben 12 · 07743 Jena",
        "§ 14 Abs. 1 GewO",
        "§ 107 OWiG",
        "Jena Kebab House",
    ],
    allow=("07743 Jena",),
)

V["iban_st1"] = iban("DE", "600501010002461835")

pii(
    "official_notice",
    """
Landeshauptstadt Stuttgart · Sozialamt · Sozialamt Bad Cannstatt · Marktplatz 10 · 70372 Stuttgart

Frau
[[P:Ljiljana Đorđević-Haller]]
[[STR:Seelbergstraße 23]]
[[LOC:70372 Stuttgart]]

Sachbearbeitung: [[P:Timo Ruoff]] · Tel. [[TEL:0711 216-57342]] · [[MAIL:timo.ruoff@stuttgart.de]]
Leistungsnummer: [[AZ:50-HLU-2025-112804]]
Stuttgart, 07.10.2025

Bescheid über Hilfe zum Lebensunterhalt nach dem Dritten Kapitel SGB XII

Sehr geehrte Frau [[P:Đorđević-Haller]],

auf Ihren Antrag vom 15.09.2025 bewilligen wir Ihnen und Ihrem Sohn [[P:Luka Haller]], geb. [[DOB:22.02.2009]], für die Zeit vom 01.10.2025 bis 30.09.2026 Hilfe zum Lebensunterhalt. Ihr Ehemann, Herr [[P:Markus Haller]], lebt nach Ihren Angaben seit 06/2025 dauerhaft getrennt in [[LOC:Esslingen am Neckar]] und gehört nicht zur Einsatzgemeinschaft.

Berechnung (monatlich):
Regelbedarf Frau [[P:Đorđević-Haller]] (Regelbedarfsstufe 1) .... 563,00 €
Regelbedarf [[P:Luka]] (Regelbedarfsstufe 4) ....................... 471,00 €
Mehrbedarf Alleinerziehende (§ 30 Abs. 3 SGB XII) ........... 67,56 €
Kosten der Unterkunft und Heizung ............................. 812,40 €
abzüglich Kindergeld und Unterhaltsvorschuss ................. −482,00 €
Zahlbetrag .................................................... 1.431,96 €

Die Zahlung erfolgt auf Ihr Konto [[IBAN:«iban_st1»]] (Kontoinhaberin: [[P:L. Đorđević-Haller]]).

Die Auskunft Ihres Vermieters, Herrn [[P:Eberhard Schwarzkopf]], zur Miethöhe liegt vor. Den Nachweis über die Ausbildungsvergütung Ihres Sohnes reichen Sie bitte ein, sobald er die Ausbildung bei der Bäckerei Schwarz GmbH beginnt.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch beim Sozialamt Bad Cannstatt erhoben werden.

Mit freundlichen Grüßen
[[P:Ruoff]]
""",
    [
        "Marktplatz 10 · 70372 Stuttgart",
        "§ 30 Abs. 3 SGB XII",
        "Bäckerei Schwarz GmbH",
        "Regelbedarfsstufe 1",
        "1.431,96 €",
    ],
    allow=("70372 Stuttgart",),
)

pii(
    "official_notice",
    """
Universitätsstadt Siegen · Umweltamt, Untere Abfallwirtschaftsbehörde · Lindenplatz 7 · 57078 Siegen

Per Postzustellungsurkunde
Herrn
[[P:Günter Wolf]]
[[STR:Eiserntalstraße 140]]
[[LOC:57080 Siegen]]

Bearbeiterin: [[P:Merve Kahraman]] · Tel. [[TEL:0271 404-3615]] · Zimmer C 214
Aktenzeichen: [[AZ:70.3-OWi-0291/25]]
Siegen, 21.05.2025

Anhörung zu einer Ordnungswidrigkeit nach § 69 Abs. 1 KrWG – Verbrennen von Abfällen

Sehr geehrter Herr [[P:Wolf]],

Ihnen wird vorgeworfen, am 26.04.2025 gegen 15:30 Uhr auf Ihrem Grundstück [[STR:Eiserntalstraße 140]] in [[LOC:Eiserfeld]] Bauholz, lackierte Bretter und Kunststoffreste verbrannt zu haben. Die Feuerwehr Siegen (Einsatzleiter Hauptbrandmeister [[P:Dirk Schäfer-Kunz]]) löschte das Feuer; der Einsatzbericht liegt vor.

Beweismittel:
– Zeugin Frau [[P:Arzu Kılınç]], [[STR:Eiserntalstraße 138]], [[LOC:57080 Siegen]]
– Zeuge Herr [[P:Marian Popa]], der nach eigener Aussage die Bretter am Vortag mit einem Anhänger ([[KFZ:SI-GW 713]], Halter: Sie) von der Baustelle Ihres Sohnes, Herrn [[P:Patrick Wolf]], in [[LOC:Kreuztal]] geholt hat
– Fotos des Polizeibezirksdienstes (POK [[P:Breitenbach]])

Nach Angaben der Zeugin haben Sie schon im März Gartenabfälle verbrannt; damals hat Ihre Frau, Frau [[P:Hannelore Wolf]], zugesagt, das nicht zu wiederholen.

Sie können sich bis zum 11.06.2025 schriftlich oder zur Niederschrift äußern. Angaben zur Sache sind freiwillig; zu Ihrer Person (Name, Geburtsdatum, Anschrift) sind Sie zur Auskunft verpflichtet. Laut Melderegister: geb. [[DOB:12.12.1956]] in [[LOC:Netphen]].

Mit freundlichen Grüßen
Im Auftrag
[[P:Kahraman]]
""",
    [
        "Untere Abfallwirtschaftsbehörde",
        "Lindenplatz 7 · 57078 Siegen",
        "§ 69 Abs. 1 KrWG",
        "Postzustellungsurkunde",
    ],
)


# --- data_export -----------------------------------------------------------------------------

pii(
    "data_export",
    """
GET https://ris.intern.wiesbaden.de/api/v2/gremien/AU-SOZ/mitglieder?stand=2025-09-01
HTTP/1.1 200 OK · Content-Type: application/json

{
  "gremium": "Ausschuss für Soziales, Gesundheit, Integration, Kinder und Familie",
  "kuerzel": "AU-SOZ",
  "mitglieder": [
    {
      "anrede": "Frau", "titel": "Dr.", "vorname": "[[P:Henrike]]", "nachname": "[[P:Lautenbach-Mirza]]",
      "rolle": "Vorsitz", "fraktion": "SPD",
      "anschrift": {"strasse": "[[STR:Adolfsallee 51]]", "plz": "[[LOC:65185]]", "ort": "[[LOC:Wiesbaden]]"},
      "email": "[[MAIL:h.lautenbach-mirza@stvv-wiesbaden.de]]", "telefon": "[[TEL:0611 1748820]]"
    },
    {
      "anrede": "Herr", "vorname": "[[P:Rainer]]", "nachname": "[[P:Kaiser]]",
      "rolle": "Mitglied", "fraktion": "CDU",
      "anschrift": {"strasse": "[[STR:Rheinblick 3]]", "plz": "[[LOC:65201]]", "ort": "[[LOC:Wiesbaden]]", "ortsbezirk": "[[LOC:Schierstein]]"},
      "email": "[[MAIL:rainer.kaiser@cdu-fraktion-wi.de]]", "telefon": null
    },
    {
      "anrede": "Herr", "vorname": "[[P:Kofi]]", "nachname": "[[P:Asamoah-Weber]]",
      "rolle": "Mitglied", "fraktion": "Grüne",
      "anschrift": {"strasse": "[[STR:Wellritzstraße 17]]", "plz": "[[LOC:65183]]", "ort": "[[LOC:Wiesbaden]]", "ortsbezirk": "[[LOC:Westend]]"},
      "email": "[[MAIL:kofi.asamoah@gruene-wi.de]]", "telefon": "[[TEL:0176 2294 4187]]"
    },
    {
      "anrede": "Frau", "vorname": "[[P:Natalia]]", "nachname": "[[P:Ostrowski]]",
      "rolle": "stellv. Mitglied", "fraktion": "FDP",
      "anschrift": null, "email": "[[MAIL:n.ostrowski@web.de]]", "hinweis": "Anschrift gesperrt (Auskunftssperre)"
    }
  ],
  "verwaltung": [
    {"name": "[[P:Ehrenreich, Tobias]]", "funktion": "Schriftführung", "telefon": "[[TEL:0611 31-2290]]"},
    {"name": "Geschäftsstelle", "email": "gremienbuero@wiesbaden.de", "telefon": "0611 31-0"}
  ],
  "erstellt_von": "ris-sync", "server": "10.12.4.77"
}
""",
    [
        "ris.intern.wiesbaden.de",
        "gremienbuero@wiesbaden.de",
        "0611 31-0",
        "10.12.4.77",
        "AU-SOZ",
    ],
)

V["id_ms2"] = id_card("L01X00T47", with_check=True)

pii(
    "data_export",
    """
<!-- Auszug Datenübermittlung Meldebehörde Münster an Bürgeramt, Anlass: Auskunftsersuchen nach § 34 BMG, Vorgang [[AZ:MB-AE-2025-0912]] -->
<meldedatensatz behoerde="Stadt Münster, Bürgerservice" ags="05515000">
  <person id="[[AZ:MS-P-4418207]]">
    <familienname>[[P:Fink]]</familienname>
    <geburtsname>[[P:Sommerkamp]]</geburtsname>
    <vornamen rufname="[[P:Liv]]">[[P:Olivia Marlene]]</vornamen>
    <kuenstlername>[[P:LIVIA FINCH]]</kuenstlername>
    <doktorgrad>Dr.</doktorgrad>
    <geburt datum="[[DOB:1986-11-09]]" ort="[[LOC:Münster]]" />
    <anschrift art="Hauptwohnung" seit="2021-04-01">
      <strasse>[[STR:Hammer Straße]]</strasse><hausnummer>[[STR:63]]</hausnummer><zusatz>[[STR:App. 5]]</zusatz>
      <plz>[[LOC:48153]]</plz><ort>[[LOC:Münster]]</ort><ortsteil>[[LOC:Geistviertel]]</ortsteil>
    </anschrift>
    <anschrift art="Nebenwohnung" seit="2023-09-15">
      <strasse>[[STR:Kastanienallee]]</strasse><hausnummer>[[STR:12]]</hausnummer>
      <plz>[[LOC:10435]]</plz><ort>[[LOC:Berlin]]</ort>
    </anschrift>
    <ausweis typ="Personalausweis" nummer="[[ID:«id_ms2»]]" behoerde="Stadt Münster" />
    <ehegatte familienname="[[P:Fink]]" vornamen="[[P:Jonathan]]" geburtsdatum="[[DOB:1984-02-29]]" />
    <kind vornamen="[[P:Ida]]" geburtsdatum="[[DOB:2019-06-03]]" />
    <auskunftssperre grund="§ 51 Abs. 1 BMG" bis="2027-03-31">ja</auskunftssperre>
  </person>
  <anfrage>
    <anfragender>Inkasso Westfalen GmbH, Ludgeristraße 12, 48143 Münster</anfragender>
    <bezug>Forderung gegen „[[P:Livia Finch]]“ (Künstlername)</bezug>
    <ergebnis>Auskunft verweigert wegen Auskunftssperre</ergebnis>
    <bearbeiter>[[P:Hendrik Stapelmann]]</bearbeiter>
  </anfrage>
</meldedatensatz>
<!-- Hinweis [[P:Stapelmann]]: Der Finch im Künstlernamen ist englisch für Fink; Frau [[P:Fink]] tritt als Sängerin auf. -->
""",
    [
        "Inkasso Westfalen GmbH",
        "Ludgeristraße 12, 48143 Münster",
        "§ 51 Abs. 1 BMG",
        'ags="05515000"',
    ],
    allow=("Münster", "Finch", "Fink"),
)

pii(
    "data_export",
    """
# Export beteiligung.mannheim.de – Verfahren „Mobilitätskonzept Neckarau“ – Tabelle kommentare.csv
# erzeugt 2025-03-31T07:00:02 von export-job@10.20.30.15, Spalten wie im Backend

id,zeit,autor_anzeige,autor_klarname,email,ip,stadtteil,text_kurz,status
4711,2025-03-28 18:02,[[P:Gabi K.]],[[P:Gabriele Kuntz]],[[MAIL:gabi.kuntz@gmx.de]],[[IP:84.153.20.77]],[[LOC:Neckarau]],"Mehr Tempo 30 in der Rheingoldstraße",freigegeben
4712,2025-03-28 19:15,Radler68,,,[[IP:2a02:908:1c2:5e40::7]],,"Radweg Casterfeldstraße endlich durchgehend!",freigegeben
4713,2025-03-28 21:40,Dr. [[P:Pfister]],[[P:Hans-Ulrich Pfister]],[[MAIL:hu.pfister@pfister-mannheim.de]],[[IP:91.22.140.3]],[[LOC:Almenhof]],"Parkdruck – siehe meine Mail an Herrn [[P:Nguyen]]",freigegeben
4714,2025-03-29 08:05,[[P:Amina]],[[P:Amina Berisha]],[[MAIL:amina.b@web.de]],[[IP:84.153.77.201]],[[LOC:Neckarau]],"Schulweg Wilhelm-Wundt-Schule unsicher, meine Tochter [[P:Lejla]] (8) …",moderiert
4715,2025-03-29 10:30,Anwohner Rhenania,,,[[IP:46.114.3.9]],,"Lkw-Verkehr zum Hafen",freigegeben
4716,2025-03-29 14:12,[[P:Emre]],[[P:Emre Şimşek]],[[MAIL:emre.simsek@outlook.com]],[[IP:84.153.9.14]],[[LOC:Niederfeld]],"[[P:Gabi]] hat recht, Tempo 30!",freigegeben
4717,2025-03-30 09:48,Familie [[P:Brenner]],[[P:Jörg Brenner]],[[MAIL:brenner.joerg@t-online.de]],,[[LOC:Neckarau]],"Bus 7 fährt zu selten",freigegeben

# Moderationshinweise (intern):
# 4713: Herr [[P:Pfister]] nennt den Sachbearbeiter [[P:Duc Nguyen]] (Fachbereich Geoinformation und Stadtplanung) namentlich – Name im öffentlichen Text ersetzt durch „die Verwaltung“.
# 4714: Vorname des Kindes entfernt, Text gekürzt. Moderation: [[P:Sarah Lindenmaier]], Tel. [[TEL:0621 293-7714]].
# Anonyme Kennungen (Radler68, Anwohner Rhenania) bleiben anonym; Klarname nicht gespeichert.
""",
    [
        "beteiligung.mannheim.de",
        "export-job@10.20.30.15",
        "Mobilitätskonzept Neckarau",
        "Fachbereich Geoinformation und Stadtplanung",
        "Wilhelm-Wundt-Schule",
    ],
    allow=("Neckarau",),
)


# =============================================================================================
# PII-free documents
# =============================================================================================

clean(
    "clean_council_paper",
    """
Stadt Augsburg – Beschlussvorlage BSV/25/01184
Referat 3 – Bildung, Schule, Jugend und Sport · Amt für Kinder, Jugend und Familie
Beratungsfolge: Jugendhilfeausschuss (Vorberatung) 14.07.2025 · Stadtrat (Entscheidung) 24.07.2025

Betreff: Jugendhilfeplanung – Fortschreibung des Bedarfsplans Offene Kinder- und Jugendarbeit 2026–2030

I. Antrag
1. Der Stadtrat nimmt den Bericht der Verwaltung zur Kenntnis.
2. Der Stadtrat beschließt die Fortschreibung des Bedarfsplans (Anlage 1) einschließlich der neuen Standorte in Lechhausen-Ost, Haunstetten-Südwest und Oberhausen-Nord.
3. Die Referentin für Bildung, Schule, Jugend und Sport wird beauftragt, mit den freien Trägern (Stadtjugendring Augsburg, Evangelische Jugend, BDKJ, AWO Schwaben) Leistungsvereinbarungen abzuschließen.

II. Sachverhalt
Der Bedarfsplan wurde in zwölf Fachforen erarbeitet, an denen Jugendliche, Schulsozialarbeit, Polizei, Quartiersmanagement und die Jugendamtsleitung beteiligt waren. Die Jugendbefragung 2024 (n = 2.914) zeigt, dass Treffpunkte im Freien, längere Öffnungszeiten am Freitag und Angebote für Mädchen am häufigsten gewünscht werden. In Göggingen und Pfersee ist die Versorgung ausreichend; im Textilviertel und in der Firnhaberau fehlen Räume.

III. Finanzielle Auswirkungen
Haushaltsstelle 4510.7180: Mehrbedarf 2026 rund 385.000 Euro, ab 2027 jährlich 412.000 Euro (Personalkosten freier Träger, Miete Jugendtreff „Alte Weberei“).

IV. Beteiligung
Das Referat 1 (Finanzen) und der Migrationsbeirat haben die Vorlage mitgezeichnet. Die Gleichstellungsstelle regt an, ein Mädchencafé im Bärenkeller zu prüfen.

Der Oberbürgermeister
""",
    [
        "BSV/25/01184",
        "Haushaltsstelle 4510.7180",
        "Stadtjugendring Augsburg",
        "Jugendtreff „Alte Weberei“",
    ],
)

clean(
    "clean_council_paper",
    """
Stadt Hamm – Sitzungsvorlage 1422/25
Federführung: Stadtplanungsamt, Abteilung Wirtschaftsflächen
Beratungsfolge: Bezirksvertretung Uentrop · Ausschuss für Stadtentwicklung, Wirtschaft und Digitalisierung · Rat der Stadt Hamm

Betreff: Entwicklung des Gewerbegebiets „Inlogparc Süd“ – Vergabe der Teilflächen 4 bis 7

Beschlussvorschlag:
Der Rat beauftragt die Verwaltung, die Teilflächen 4 bis 7 (zusammen 11,8 ha) an folgende Unternehmen zu veräußern:
– Teilfläche 4: Westfalia Kühllogistik GmbH & Co. KG (Erweiterung des Standorts Rhynern, 85 Arbeitsplätze)
– Teilfläche 5: Brinkmann & Söhne Metallbau GmbH (Verlagerung aus Herringen, 42 Arbeitsplätze)
– Teilfläche 6: Lippe Energie Solar AG (Montagehalle, 60 Arbeitsplätze)
– Teilfläche 7: Grünfutter Hamm eG (Lager und Verwaltung, 18 Arbeitsplätze)

Begründung:
Die Wirtschaftsförderung hat 23 Interessenten bewertet (Kriterien: Arbeitsplätze je Hektar, Energiestandard, Anbindung an den Schienenverkehr). Die Bezirksvertretung Uentrop hat in ihrer Sitzung am 02.09.2025 empfohlen, die Teilfläche 7 vorrangig an ein Unternehmen aus dem Stadtbezirk zu vergeben. Die Vertreterin des Umweltamts weist auf die Ausgleichsflächen an der Ahse hin.

Finanzielle Auswirkungen: Erlös rund 7,4 Mio. Euro (Produktsachkonto 150101.542100); Erschließungskosten wurden über das Förderprogramm GRW finanziert.

Anlagen: Lageplan, Bewertungsmatrix, Stellungnahme der IHK zu Dortmund, Stellungnahme der Handwerkskammer Dortmund

Hamm, den 09.09.2025
Der Oberbürgermeister
In Vertretung
Der Beigeordnete für Stadtentwicklung
""",
    [
        "Sitzungsvorlage 1422/25",
        "Westfalia Kühllogistik GmbH & Co. KG",
        "Brinkmann & Söhne Metallbau GmbH",
        "Produktsachkonto 150101.542100",
        "IHK zu Dortmund",
    ],
)

clean(
    "clean_statute",
    """
Satzung über den Beirat für Menschen mit Behinderungen der Stadt Wolfsburg
vom 18. März 2025 (Amtsblatt der Stadt Wolfsburg Nr. 12/2025)

Aufgrund der §§ 10 und 58 des Niedersächsischen Kommunalverfassungsgesetzes (NKomVG) hat der Rat der Stadt Wolfsburg folgende Satzung beschlossen:

§ 1 Aufgaben
(1) Der Beirat vertritt die Belange von Menschen mit Behinderungen gegenüber Rat und Verwaltung.
(2) Er wird bei Vorhaben, die Barrierefreiheit betreffen, frühzeitig beteiligt, insbesondere bei Bauvorhaben im Stadtteil Mitte, in der Porschestraße und im Umfeld des Hauptbahnhofs.

§ 2 Zusammensetzung
(1) Dem Beirat gehören an:
1. je eine Vertreterin oder ein Vertreter der Lebenshilfe Wolfsburg e.V., des Sozialverbands Deutschland (SoVD), des Blinden- und Sehbehindertenverbands Niedersachsen e.V. und der Diakonie Wolfsburg,
2. drei Einwohnerinnen oder Einwohner mit Behinderungen, die der Rat auf Vorschlag der Selbsthilfegruppen wählt,
3. ein Mitglied jeder Ratsfraktion mit beratender Stimme.
(2) Die oder der Behindertenbeauftragte der Stadt nimmt an den Sitzungen teil.

§ 3 Vorsitz und Geschäftsführung
(1) Der Beirat wählt aus seiner Mitte eine Vorsitzende oder einen Vorsitzenden und eine Stellvertretung.
(2) Die Geschäftsführung liegt beim Geschäftsbereich Soziales, Porschestraße 49.

§ 4 Sitzungen
Der Beirat tagt mindestens viermal im Jahr öffentlich, in der Regel im Hallenbad – Kultur am Schachtweg oder im Rathaus A, Sitzungssaal. Gebärdensprachdolmetschung und Schriftdolmetschung werden gestellt.

§ 5 Entschädigung
Die Mitglieder nach § 2 Abs. 1 Nr. 2 erhalten ein Sitzungsgeld nach der Entschädigungssatzung.

§ 6 Inkrafttreten
Diese Satzung tritt am Tag nach ihrer Bekanntmachung in Kraft.

Wolfsburg, 18.03.2025
Der Oberbürgermeister
""",
    [
        "Amtsblatt der Stadt Wolfsburg Nr. 12/2025",
        "Lebenshilfe Wolfsburg e.V.",
        "Porschestraße 49",
        "Hallenbad – Kultur am Schachtweg",
    ],
)

clean(
    "clean_statute",
    """
Leitlinien für mitgestaltende Bürgerbeteiligung in der Stadt Heidelberg
– Satzung zur Umsetzung (Bürgerbeteiligungssatzung) in der Fassung vom 26.06.2025 –

Präambel
Die Stadt Heidelberg beteiligt ihre Einwohnerinnen und Einwohner seit 2012 nach verbindlichen Leitlinien. Diese Satzung regelt Vorhabenliste, Beteiligungskonzepte und den Arbeitskreis Bürgerbeteiligung.

§ 1 Vorhabenliste
(1) Die Verwaltung veröffentlicht mindestens zweimal jährlich eine Vorhabenliste im Internet und im Stadtblatt.
(2) Aufgenommen werden Vorhaben mit Bedeutung für die Gesamtstadt oder einen Stadtteil, etwa die Konversion des Patrick-Henry-Village, der Umbau des Bismarckplatzes oder die Sanierung der Stadthalle.

§ 2 Anregung von Beteiligung
(1) Eine Beteiligung kann angeregt werden vom Gemeinderat, von einem Bezirksbeirat, von der Verwaltung oder von 1.000 Einwohnerinnen und Einwohnern ab 14 Jahren (in einem Stadtteil: 250).
(2) Über die Anregung entscheidet der Haupt- und Finanzausschuss.

§ 3 Arbeitskreis Bürgerbeteiligung
(1) Dem Arbeitskreis gehören je drei Vertreterinnen oder Vertreter des Gemeinderats, der Verwaltung und der Bürgerschaft an; die Bürgervertretung wird aus Bergheim, Handschuhsheim, Kirchheim, Rohrbach, Wieblingen, Ziegelhausen und der Bahnstadt gelost.
(2) Die Koordinierungsstelle Bürgerbeteiligung im Amt für Stadtentwicklung und Statistik führt die Geschäfte.

§ 4 Beteiligungskonzept
Für jedes Vorhaben wird ein Beteiligungskonzept erstellt, das Ziele, Zielgruppen, Methoden, Zeitplan und Kosten benennt. Methoden sind unter anderem Planungswerkstatt, Stadtteilspaziergang, Online-Dialog und Bürgerrat.

§ 5 Inkrafttreten
Diese Satzung tritt am 01.09.2025 in Kraft.
""",
    [
        "Bürgerbeteiligungssatzung",
        "Patrick-Henry-Village",
        "Koordinierungsstelle Bürgerbeteiligung",
        "Amt für Stadtentwicklung und Statistik",
    ],
)

clean(
    "clean_press_release",
    """
Pressemitteilung der Stadt Koblenz – Nr. 214/2025
„Görres, Brentano und die Romantik am Rhein“ – neue Ausstellung im Mittelrhein-Museum

Koblenz. Vom 12. September 2025 bis 18. Januar 2026 zeigt das Mittelrhein-Museum im Forum Confluentes eine Ausstellung über Koblenz als Ort der Rheinromantik. Im Mittelpunkt stehen der Publizist Joseph Görres (1776–1848), der in Koblenz geboren wurde und 1814 den „Rheinischen Merkur“ gründete, und der Dichter Clemens Brentano (1778–1842), geboren in Ehrenbreitstein. Ergänzt wird die Schau durch Werke von William Turner (1775–1851), der den Zusammenfluss von Rhein und Mosel mehrfach malte, und Briefe von Sophie von La Roche (1730–1807).

Gezeigt werden rund 180 Leihgaben, unter anderem aus dem Freien Deutschen Hochstift in Frankfurt am Main, der Tate Britain und dem Landeshauptarchiv Koblenz. Ein Audioguide in Deutsch, Englisch und Französisch sowie eine Familienrallye mit dem Museumsmaskottchen „Mosella“ begleiten den Rundgang.

Die Kulturdezernentin eröffnet die Ausstellung am 11. September um 19 Uhr gemeinsam mit der Direktorin des Museums. Die Festrede hält der Vorsitzende der Görres-Gesellschaft. Der Eintritt zur Eröffnung ist frei.

Begleitprogramm: Stadtführungen „Auf den Spuren der Romantiker“ (Treffpunkt Deutsches Eck), Lesungen im Café Hahn, eine Schifffahrt mit der „Stolzenfels“ und ein Konzert des Staatsorchesters Rheinische Philharmonie mit Liedern nach Gedichten von Brentano und Eichendorff.

Öffnungszeiten: Di–So 10–18 Uhr. Eintritt 8 Euro, ermäßigt 5 Euro.
Pressekontakt: Presse- und Informationsamt, Telefon 0261 129-1160, presse@stadt.koblenz.de
""",
    [
        "Forum Confluentes",
        "Joseph Görres (1776–1848)",
        "Rheinische Philharmonie",
        "presse@stadt.koblenz.de",
        "0261 129-1160",
    ],
)

clean(
    "clean_press_release",
    """
Wissenschaftsstadt Darmstadt – Presse- und Öffentlichkeitsarbeit
Pressemitteilung vom 3. Juni 2025

125 Jahre Künstlerkolonie: Festwochenende auf der Mathildenhöhe

Darmstadt. Mit einem Festwochenende am 21. und 22. Juni feiert Darmstadt das Jubiläum der ersten Ausstellung der Künstlerkolonie. Großherzog Ernst Ludwig von Hessen und bei Rhein (1868–1937) hatte 1899 Künstler wie den Architekten Joseph Maria Olbrich (1867–1908), den Maler und Designer Peter Behrens (1868–1940) und den Bildhauer Ludwig Habich (1872–1949) nach Darmstadt geholt. Die Ausstellung „Ein Dokument Deutscher Kunst“ von 1901 gilt als Geburtsstunde des modernen Designs in Deutschland; seit 2021 gehört die Mathildenhöhe zum UNESCO-Welterbe.

Auf dem Programm stehen Führungen durch das Ernst-Ludwig-Haus, den Hochzeitsturm und die Russische Kapelle, ein Jugendstil-Markt im Platanenhain und ein Open-Air-Konzert der Darmstädter Residenzfestspiele. Das Institut Mathildenhöhe zeigt die Sonderausstellung „Olbrich und die Farbe“. Kinder können im Atelier „Kleine Kolonie“ eigene Fliesen gestalten.

Der Oberbürgermeister eröffnet das Fest am Samstag um 11 Uhr im Lilienbecken. Der Welterbebeauftragte der Stadt und die Leiterin des Instituts Mathildenhöhe stellen anschließend das neue Besucherleitsystem vor.

Anreise: Buslinie F bis Haltestelle Mathildenhöhe; die Parkplätze am Osthang sind gesperrt. Der Eintritt zu allen Veranstaltungen im Freien ist frei, Führungen kosten 6 Euro.

Medienanfragen: Pressestelle, Luisenplatz 5, 64283 Darmstadt, presse@darmstadt.de
""",
    [
        "Künstlerkolonie",
        "Ernst-Ludwig-Haus",
        "Institut Mathildenhöhe",
        "UNESCO-Welterbe",
        "presse@darmstadt.de",
    ],
)

clean(
    "clean_street_naming",
    """
Stadt Braunschweig – Fachbereich Stadtplanung und Geoinformation
Beschlussvorlage 25-26114: Benennung von Straßen im Baugebiet „Holzmoor-Nord“

Der Stadtbezirksrat 112 Wabe-Schunter-Beberbach hat auf Vorschlag der Arbeitsgruppe Straßennamen folgende Benennungen beschlossen:

1. Ricarda-Huch-Straße – Ricarda Huch (1864–1947), Schriftstellerin und Historikerin, geboren in Braunschweig; 1933 trat sie aus Protest aus der Preußischen Akademie der Künste aus.
2. Gaußbogen – Carl Friedrich Gauß (1777–1855), Mathematiker, Astronom und Physiker, geboren in Braunschweig.
3. Minna-Faßhauer-Weg – Minna Faßhauer (1875–1949), 1918 als Volksbildungskommissarin erste Ministerin in Deutschland.
4. Richard-Dedekind-Platz – Richard Dedekind (1831–1916), Mathematiker, lehrte am Collegium Carolinum.
5. Wilhelm-Raabe-Ring bleibt unverändert; die Verlängerung erhält den Namen „Am Raabe-Hof“.

Begründung: Nach dem Grundsatzbeschluss des Rates sollen neue Straßen überwiegend nach Frauen benannt werden. Die Arbeitsgruppe hat Vorschläge aus der Bevölkerung (87 Einsendungen) geprüft und das Stadtarchiv sowie das Institut für Braunschweigische Regionalgeschichte beteiligt. Für alle Personen liegen biografische Gutachten vor; Bedenken bestehen nicht.

Die Feuerwehr und die Deutsche Post haben der Schreibweise zugestimmt. Die Kosten für Straßennamensschilder und Erläuterungstafeln (ca. 6.800 Euro) werden aus dem Budget des Fachbereichs Tiefbau und Verkehr getragen.

Zur Erläuterung wird an jedem Schild eine Zusatztafel mit Lebensdaten angebracht, z. B. „Ricarda Huch, 1864–1947, Schriftstellerin“.
""",
    [
        "Beschlussvorlage 25-26114",
        "Stadtbezirksrat 112 Wabe-Schunter-Beberbach",
        "Ricarda-Huch-Straße",
        "Institut für Braunschweigische Regionalgeschichte",
    ],
)

clean(
    "clean_street_naming",
    """
Landeshauptstadt München – Kommunalreferat, GeodatenService
Bekanntmachung über die Benennung von Verkehrsflächen im 22. Stadtbezirk Aubing-Lochhausen-Langwied (Freiham, 2. Realisierungsabschnitt)

Der Kommunalausschuss hat am 15.05.2025 folgende Benennungen beschlossen:

• Therese-Giehse-Allee (Verlängerung): Therese Giehse (1898–1975), Schauspielerin, Mitbegründerin des Kabaretts „Die Pfeffermühle“.
• Liesl-Karlstadt-Straße: Liesl Karlstadt (1892–1960), Volksschauspielerin und Komikerin, Bühnenpartnerin von Karl Valentin (1882–1948).
• Lena-Christ-Weg: Lena Christ (1881–1920), Schriftstellerin („Erinnerungen einer Überflüssigen“).
• Elly-Maldaque-Platz: Elly Maldaque (1893–1930), Lehrerin, Opfer politischer Verfolgung.
• Sophie-Scholl-Bogen bleibt wie bisher; neu hinzu kommt der „Weiße-Rose-Steg“ über den Freihamer Graben.

Die Vorschläge stammen aus dem Bezirksausschuss 22 und aus dem Wettbewerb „Frauen sichtbar machen“ der Gleichstellungsstelle für Frauen. Das Stadtarchiv München hat die Biografien geprüft.

Hinweise für Anliegerinnen und Anlieger: Die neuen Adressen gelten ab dem 01.10.2025. Ummeldungen sind nicht erforderlich; das Kreisverwaltungsreferat ändert die Melderegister von Amts wegen. Versorgungsunternehmen (SWM Services GmbH) und die Deutsche Post AG werden informiert.

Straßenschilder mit Erläuterungstafeln werden vom Baureferat bis Ende September aufgestellt. Rückfragen: strassennamen.kom@muenchen.de
""",
    [
        "Aubing-Lochhausen-Langwied",
        "Therese-Giehse-Allee",
        "SWM Services GmbH",
        "strassennamen.kom@muenchen.de",
        "Gleichstellungsstelle für Frauen",
    ],
)

clean(
    "clean_event_programme",
    """
NACHTWANDEL 2025 – Das Kulturfest im Jungbusch, Mannheim
24. und 25. Oktober, jeweils 19–1 Uhr · Veranstalter: Quartiermanagement Jungbusch und Kulturamt Mannheim

FREITAG
19:00  Eröffnung am Musikpark mit dem Popakademie Brass Collective
19:30  „Die Fahrradklingeln“ – Indie-Pop aus der Neckarstadt (Hafenstraße 62, Innenhof)
20:15  DJ Kaltfront & MC Rübe – Hip-Hop-Set im Kiosk „Blau“
21:00  Lichtinstallation „Rheinleuchten“ an der Kauffmannmühle
22:00  Lady Lautsprecher (Elektro-Chanson) im Zeitraumexit
23:30  Aftershow: „Schwarzlicht Orchester“ im Hafen 49

SAMSTAG
18:00  Kinderprogramm mit dem Figurentheater „Kasper & Krokodil“ (Gemeindezentrum)
19:00  Türkisch-kurdischer Liederabend mit dem Ensemble Yol Arkadaşı
20:00  Stadtführung „Hafen, Händler, Hafenkneipen“ ab Teufelsbrücke
21:00  „Mondscheinbande“ – Balkan-Brass auf dem Jungbuschplatz
22:30  Open Stage im Café Vogelfrei: Poetry Slam mit „Die Wortakrobaten“

Der Eintritt ist frei, das Festivalbändchen kostet 5 Euro Spende. Alle Spielorte sind zu Fuß erreichbar; barrierefreie Orte sind im Programmheft markiert. Gefördert durch die Stadt Mannheim, die Heinrich-Vetter-Stiftung und die Sparkasse Rhein Neckar Nord.

Infos: www.nachtwandel.de · Hotline 0621 293-2460
""",
    [
        "Quartiermanagement Jungbusch",
        "Popakademie Brass Collective",
        "Heinrich-Vetter-Stiftung",
        "Sparkasse Rhein Neckar Nord",
    ],
)

clean(
    "clean_event_programme",
    """
Kulturarena Jena – Sommerprogramm 2025 (Auszug)
Theatervorplatz, Einlass 19:00, Beginn 20:00 · Vorverkauf: Jena Tourist-Information, Markt 16

Do 03.07.  „Saaleklang“ – Eröffnungskonzert der Jenaer Philharmonie
           mit Werken von Johann Sebastian Bach (1685–1750) und Felix Mendelssohn Bartholdy (1809–1847)
Fr 04.07.  Kapelle Morgenrot – Folk-Rock aus dem Saaletal
Sa 05.07.  „Die Zeitlupen“ mit Sängerin Nova Lux – Synthiepop
So 06.07.  Familientag: Puppentheater „Der kleine Planet“, danach Sternenshow im Zeiss-Planetarium
Mi 09.07.  Kino unter Sternen: „Metropolis“ (1927, Regie Fritz Lang, 1890–1976) mit Live-Orgel
Do 10.07.  Jazzmeile: Quartett Blaue Stunde & Big Band der Friedrich-Schiller-Universität
Fr 11.07.  „Los Abuelos del Son“ – Son Cubano
Sa 12.07.  Liedermacherabend „Unter der Linde“ mit Kurt Tucholsky-Vertonungen (Tucholsky 1890–1935)
So 13.07.  Abschluss: „Goethe trifft Schiller“ – szenische Lesung des Theaterhauses Jena
           (Johann Wolfgang von Goethe 1749–1832, Friedrich Schiller 1759–1805)

Tickets 18–32 Euro, ermäßigt 12 Euro; Jena-Pass-Inhaberinnen und -Inhaber zahlen 5 Euro. Bei Regen weichen die Konzerte ins Volkshaus aus. Veranstalter: JenaKultur, Eigenbetrieb der Stadt Jena.
""",
    [
        "Jenaer Philharmonie",
        "Zeiss-Planetarium",
        "Volkshaus",
        "Jena Tourist-Information, Markt 16",
        "JenaKultur",
    ],
)

clean(
    "clean_firm_list",
    """
Landeshauptstadt Stuttgart – Amt für Wirtschaftsförderung
Unternehmensverzeichnis Gewerbegebiet Weilimdorf-Nord / Feuerbach-Ost (Stand: 1. Quartal 2025)

Firma                                         Branche                    Beschäftigte
Schwarz Präzisionstechnik GmbH               Maschinenbau               140
Gebr. Haller KG                               Sanitär- und Heizungsbau    38
Bosch Thermotechnik GmbH, Niederlassung       Vertrieb, Service          210
Neckar-Druck Stuttgart eG                     Druckerei                   55
Kaiser & Lutz Steuerberatungsgesellschaft mbH Steuerberatung              24
Fuchs Logistik SE                             Kontraktlogistik           460
Wolf Elektroanlagen GmbH & Co. KG             Elektrotechnik              72
Sommer Gastro Service GmbH                    Großküchentechnik           19
Engel Pflegedienste gGmbH                     ambulante Pflege            86
Winter Baustoffe AG                           Baustoffhandel             130
Vogel Software Solutions GmbH                 IT-Dienstleistungen         48
Schwäbische Backstube Maier GmbH             Lebensmittelherstellung     95

Hinweise:
– Die Fuchs Logistik SE hat ihren Sitz von Ludwigsburg nach Weilimdorf verlegt (Handelsregister: Amtsgericht Stuttgart, HRB 781234).
– Die Winter Baustoffe AG erweitert 2026 auf dem ehemaligen Gelände der Feuerbacher Ziegelei.
– Neu angesiedelt: Engel Pflegedienste gGmbH (Verwaltung) und Vogel Software Solutions GmbH (Entwicklungsstandort).
– Das Unternehmensnetzwerk „Gewerbeverein Weilimdorf e.V.“ trifft sich monatlich im Forum am Löwen-Markt.

Ansprechpartner für Ansiedlungen: Amt für Wirtschaftsförderung, Team Flächenmanagement, Marktplatz 1, 70173 Stuttgart, wirtschaftsfoerderung@stuttgart.de
""",
    [
        "Schwarz Präzisionstechnik GmbH",
        "Fuchs Logistik SE",
        "HRB 781234",
        "Gewerbeverein Weilimdorf e.V.",
        "wirtschaftsfoerderung@stuttgart.de",
    ],
)

clean(
    "clean_firm_list",
    """
Universitätsstadt Siegen – Sportamt
Verzeichnis der Sport- und Kulturvereine mit Hallenzeiten, Saison 2025/26 (Auszug)

Verein                                         Stadtteil        Halle / Ort                       Zeiten
TuS Eiserfeld 1888 e.V.                        Eiserfeld        Sporthalle Eiserfeld              Mo, Mi 17–22
Sportfreunde Siegen 1899 e.V.                  Weidenau         Leimbachstadion                   Di–Fr 16–21
SV Fortuna Geisweid e.V.                       Geisweid         Dreifachhalle am Schulzentrum     Do 18–22
Turnverein Jahn Siegen e.V.                    Innenstadt       Turnhalle Löhrtor                 Mo–Fr 15–20
Schützenverein Kaan-Marienborn 1921 e.V.       Kaan-Marienborn  Schützenhaus Am Hain              Sa 14–18
Karnevalsgesellschaft „Siegerländer Narren“ e.V. Weidenau       Bismarckhalle                     Fr 19–22
Männergesangverein Concordia Trupbach e.V.     Trupbach         Gemeindehaus                      Di 19:30–21:30
Schachclub Rochade Siegen e.V.                 Innenstadt       Krönchen-Center, Raum 2           Mi 18–22
Rollstuhlsport Siegerland e.V.                 Weidenau         Sporthalle Hüttental              Sa 10–14
Kletterverein Siegerländer Alpenverein e.V.    Geisweid         Kletterhalle „Nordwand“           täglich

Hinweise:
– Der Turnverein Jahn Siegen e.V. ist nach Friedrich Ludwig Jahn (1778–1852) benannt und feiert 2026 sein 150-jähriges Bestehen.
– Die Sporthalle Eiserfeld ist vom 20.10. bis 07.11. wegen Sanierung geschlossen; Ausweichhalle ist die Glückaufhalle.
– Anträge auf Hallenzeiten bitte bis 31.05. über das Vereinsportal an sportamt@siegen.de.
– Zuschüsse nach der Sportförderrichtlinie der Universitätsstadt Siegen (Haushaltsstelle 08.421.01).
""",
    [
        "TuS Eiserfeld 1888 e.V.",
        "Sportfreunde Siegen 1899 e.V.",
        "Friedrich Ludwig Jahn (1778–1852)",
        "sportamt@siegen.de",
        "Haushaltsstelle 08.421.01",
    ],
)

clean(
    "clean_school_list",
    """
Stadt Karlsruhe – Schul- und Sportamt
Übersicht der öffentlichen Grund- und weiterführenden Schulen nach Stadtteilen (Schuljahr 2025/26)

Durlach:        Weiherhofschule (GS), Friedrichschule (GS), Markgrafen-Gymnasium, Pestalozzischule (GMS)
Mühlburg:       Hardtschule (GS), Draisschule (GS) – benannt nach Karl Drais (1785–1851), Erfinder der Laufmaschine
Oststadt:       Leopoldschule (GS), Humboldt-Gymnasium, Bismarck-Gymnasium
Südweststadt:   Nebeniusschule (GS), Anne-Frank-Schule (Werkrealschule) – Anne Frank (1929–1945)
Knielingen:     Eichendorffschule (GS)
Neureut:        Heinrich-Köhler-Schule (GS), Realschule Neureut
Innenstadt-West: Carl-Benz-Schule (Gewerbeschule) – Carl Benz (1844–1929), geboren in Mühlburg
Weststadt:      Bertha-von-Suttner-Schule (Förderschule) – Bertha von Suttner (1843–1914)

Kindertagesstätten in städtischer Trägerschaft (Auszug):
Kita Pusteblume (Durlach), Kita Sonnenschein (Neureut), Kinderhaus Regenbogen (Oststadt), Kita Kleine Strolche (Mühlburg), Kita Max und Moritz (Knielingen)

Schulanmeldung: Die Grundschulanmeldung findet in der Woche vom 09. bis 13.03.2026 an der zuständigen Grundschule statt. Ausnahmen vom Schulbezirk nach § 76 SchG werden beim Schul- und Sportamt, Blumenstraße 19, beantragt.

Fragen: schulamt@karlsruhe.de · Telefon 0721 133-4101 (Servicezeiten Mo–Fr 9–12 Uhr)
""",
    [
        "Anne-Frank-Schule",
        "Carl-Benz-Schule",
        "Bertha-von-Suttner-Schule",
        "§ 76 SchG",
        "schulamt@karlsruhe.de",
    ],
)

clean(
    "clean_school_list",
    """
Stadt Bielefeld – Amt für Schule · Amt für Jugend und Familie
Wegweiser Schulen und Kitas im Stadtbezirk Brackwede und Sennestadt (Ausgabe 2025)

Grundschulen
• Brocker Schule – Gemeinschaftsgrundschule, offener Ganztag
• Grundschule Windflöte – benannt nach dem Windflötenweg
• Hans-Christian-Andersen-Schule – nach dem Märchendichter Hans Christian Andersen (1805–1875)
• Astrid-Lindgren-Schule Sennestadt – nach Astrid Lindgren (1907–2002)

Weiterführende Schulen
• Brackweder Gymnasium
• Hans-Ehrenberg-Schule (Gymnasium, Sennestadt) – Hans Ehrenberg (1883–1958), Theologe
• Gesamtschule Quelle
• Friedrich-von-Bodelschwingh-Schulen Bethel (Förderschulen, Träger: v. Bodelschwinghsche Stiftungen Bethel) – Friedrich von Bodelschwingh (1831–1910)

Kindertagesstätten
• Kita Villa Kunterbunt (AWO Kreisverband Bielefeld e.V.)
• Familienzentrum Sennestadt „Pusteblume“ (städtisch)
• Kita Sterntaler (Ev. Kirchengemeinde Brackwede)
• Waldkindergarten Teutoburger Wald (Elterninitiative e.V.)

Anmeldung für einen Kita-Platz über das Portal Little Bird; Beratung im Familienbüro Brackwede, Germanenstraße 22. Schulanmeldungen für die Klassen 5 finden vom 10. bis 14.02.2026 statt.

Herausgeber: Stadt Bielefeld, Amt für Schule, Niederwall 23, 33602 Bielefeld
""",
    [
        "Hans-Christian-Andersen-Schule",
        "v. Bodelschwinghsche Stiftungen Bethel",
        "Kita Villa Kunterbunt",
        "Familienbüro Brackwede, Germanenstraße 22",
        "Niederwall 23, 33602 Bielefeld",
    ],
)

clean(
    "clean_statistics",
    """
Stadt Münster – Amt für Bürger- und Ordnungsangelegenheiten, Standesamt
Statistik: Die beliebtesten Vornamen 2024 (Geburten mit Wohnsitz der Eltern in Münster)

Im Jahr 2024 wurden im Standesamt Münster 5.912 Geburten beurkundet, davon 3.604 Kinder mit Eltern aus Münster. Ausgewertet wurden alle Vornamen, nicht nur der erste.

Mädchen                          Jungen
 1. Emilia        41              1. Noah          46
 2. Mia           37              2. Matteo        39
 3. Sophia        33              3. Paul          35
 4. Ella          31              4. Emil          34
 5. Mathilda      29              5. Theo          31
 6. Clara         27              6. Leon          28
 7. Hanna         26              7. Finn          27
 8. Frieda        24              8. Henry         25
 9. Lina          22              9. Jonas         24
10. Marie         22             10. Elias         22

Auffälligkeiten:
– Insgesamt wurden 1.863 verschiedene Vornamen vergeben, 1.214 davon nur einmal.
– Neu unter den Top 20: Malia, Ida, Levi und Mats.
– Doppelnamen mit Bindestrich (z. B. Marie-Sophie, Jan-Luca) sind weiter rückläufig (4 %).
– Häufigster zweiter Vorname bei Mädchen ist Marie, bei Jungen Alexander.
– In Gievenbeck, Hiltrup und Kinderhaus gab es die meisten Geburten, in Handorf die wenigsten.

Die Auswertung beruht auf dem Geburtenregister und enthält keine personenbezogenen Angaben. Bundesweite Vergleichswerte veröffentlicht die Gesellschaft für deutsche Sprache (GfdS) in Wiesbaden.

Kontakt: Standesamt Münster, Stadthaus 1, Klemensstraße 10, 48143 Münster
""",
    [
        "Gesellschaft für deutsche Sprache (GfdS)",
        "Klemensstraße 10, 48143 Münster",
        "5.912 Geburten",
        "Geburtenregister",
    ],
)

clean(
    "clean_statistics",
    """
Landeshauptstadt Wiesbaden – Amt für Statistik und Stadtforschung
Bevölkerung nach Ortsbezirken am 31.12.2024 (Hauptwohnsitz)

Ortsbezirk              Einwohner   darunter Ausländer  Anteil  unter 18  65 und älter
Mitte                     22.418         8.917          39,8 %   3.102      2.844
Nordost                   22.071         3.940          17,9 %   3.587      5.106
Südost                    17.905         3.522          19,7 %   2.988      3.715
Rheingauviertel/Hollerborn 20.684        6.710          32,4 %   3.241      3.009
Westend/Bleichstraße      17.329         7.605          43,9 %   2.610      1.985
Klarenthal                10.702         3.101          29,0 %   2.011      2.242
Biebrich                  38.560        11.842          30,7 %   7.104      7.215
Dotzheim                  27.114         6.233          23,0 %   4.731      5.966
Schierstein               10.248         1.887          18,4 %   1.692      2.403
Sonnenberg                 8.007           904          11,3 %   1.380      2.187
Mainz-Kastel              14.216         4.108          28,9 %   2.659      2.514
Stadt insgesamt          291.109        72.305          24,8 %  49.882     57.320

Erläuterungen:
Die Angaben stammen aus dem Melderegister (Stichtag 31.12.2024). Die Ortsbezirke Mainz-Amöneburg, Mainz-Kostheim und die Vororte im Norden (Naurod, Auringen, Medenbach, Breckenheim) sind hier nicht einzeln ausgewiesen, aber in der Summe enthalten. Die häufigsten Staatsangehörigkeiten sind türkisch, polnisch, syrisch, rumänisch, italienisch und ukrainisch.

Quelle: Amt für Statistik und Stadtforschung, Statistisches Jahrbuch 2025, Tabelle 2.04. Weitere Daten unter statistik.wiesbaden.de
""",
    [
        "Amt für Statistik und Stadtforschung",
        "Statistisches Jahrbuch 2025, Tabelle 2.04",
        "Rheingauviertel/Hollerborn",
        "statistik.wiesbaden.de",
    ],
)

clean(
    "clean_media_list",
    """
Stadtbücherei Augsburg – Neu im Regal, Oktober 2025 (Auswahl)
Ernst-Reuter-Platz 1 · Öffnungszeiten Di–Fr 10–19 Uhr, Sa 10–14 Uhr

Klassiker neu aufgelegt
– Bertolt Brecht (1898–1956): „Die Dreigroschenoper“, Jubiläumsausgabe mit Faksimiles aus dem Brechthaus
– Thomas Mann (1875–1955): „Buddenbrooks“, Hörbuch, 24 CDs
– Annette von Droste-Hülshoff (1797–1848): „Die Judenbuche“, Lektüreschlüssel für die Mittelstufe
– Franz Kafka (1883–1924): „Der Process“, Graphic Novel

Filme (DVD und Blu-ray)
– „Metropolis“ (1927), restaurierte Fassung
– „Der Himmel über Berlin“ (1987)
– „Lola rennt“ (1998)
– „Das Boot“ (1981), Director's Cut

Spiele und Medien für Kinder
– Tonie-Figuren: „Die Maus“, „Der Räuber Hotzenplotz“, „Das Sams“
– LEGO Education Spike Essential (Ausleihe mit Bibliotheksausweis ab 8 Jahren)
– Nintendo-Switch-Spiele: „Mario Kart 8 Deluxe“, „Animal Crossing“
– Brettspiele: „Die Siedler von Catan“, „Carcassonne“, „Dixit“

Sachbücher zur Stadtgeschichte
– „Die Fuggerei – 500 Jahre Sozialsiedlung“ (Wißner-Verlag)
– „Augsburger Puppenkiste: Die Geschichte der Marionetten“ (Context Verlag)
– „Das Augsburger Hohe Friedensfest“

Onleihe Schwaben: E-Books und E-Audios rund um die Uhr unter www.onleihe.de/schwaben. Veranstaltungstipp: Lesung aus der „Dreigroschenoper“ im Brechthaus am 12.10. um 19 Uhr.
""",
    [
        "Ernst-Reuter-Platz 1",
        "Bertolt Brecht (1898–1956)",
        "Augsburger Puppenkiste",
        "Onleihe Schwaben",
        "LEGO Education Spike Essential",
    ],
)

clean(
    "clean_media_list",
    """
Stadt Wolfsburg – Kulturwerk / Kino im Hallenbad
Programm Filmreihe „Stadt, Land, Auto“ · November 2025

Mi 05.11., 19:30  „Herbie – Ein toller Käfer“ (USA 1968), deutsche Fassung
                  Einführung: Kurator des AutoMuseums Volkswagen
Fr 07.11., 20:00  „Die fabelhafte Welt der Amélie“ (F 2001), OmU
Sa 08.11., 15:00  Kinderkino: „Cars“ (Pixar, 2006), anschließend Malaktion mit dem Phaeno
So 09.11., 18:00  „Wunder von Wolfsburg“ – Dokumentarfilm über die Stadtgründung 1938
Di 11.11., 19:30  „Metropolis“ (D 1927) mit Live-Musik des Ensembles Stummfilmfreunde Niedersachsen
Do 13.11., 20:00  „Good Bye, Lenin!“ (D 2003)
Sa 15.11., 20:00  Kurzfilmabend der Hochschule Braunschweig/Wolfenbüttel (Ostfalia)
So 16.11., 11:00  Matinee: „Der Käfer – Geschichte eines Autos“, Vortrag mit Filmausschnitten zu Heinrich Nordhoff (1899–1968)

Eintritt: 7 Euro, ermäßigt 5 Euro, Kinderkino 3 Euro. Karten an der Abendkasse und im Wolfsburg Ticketshop, Porschestraße 1. Das Kino im Hallenbad ist barrierefrei; Hörschleife vorhanden.

In Kooperation mit: Volkswagen Sachsen GmbH (Kulturförderung), Autostadt GmbH, Stadtbibliothek Wolfsburg im Alvar-Aalto-Kulturhaus (Alvar Aalto, 1898–1976) und dem Filmclub „Lichtspiel Wolfsburg e.V.“.
""",
    [
        "Kino im Hallenbad",
        "Autostadt GmbH",
        "Alvar-Aalto-Kulturhaus",
        "Lichtspiel Wolfsburg e.V.",
        "Wolfsburg Ticketshop, Porschestraße 1",
    ],
)

clean(
    "clean_venue_guide",
    """
Landeshauptstadt Stuttgart – Veranstaltungsorte in städtischer Hand (Raumvergabe 2026)

Kultur- und Kongresszentrum Liederhalle, Berliner Platz 1–3
  Beethoven-Saal (2.000 Plätze), Hegel-Saal (1.400), Mozart-Saal (750), Silcher-Saal (350), Schiller-Saal (500)
  Benannt nach Ludwig van Beethoven (1770–1827), Georg Wilhelm Friedrich Hegel (1770–1831), Friedrich Silcher (1789–1860)

Hanns-Martin-Schleyer-Halle und Porsche-Arena, Mercedesstraße 69–73
  Sport und Großkonzerte bis 15.500 Besucher; Betreiber in.Stuttgart Veranstaltungsgesellschaft mbH & Co. KG

Theaterhaus Stuttgart, Siemensstraße 11 (Feuerbach)
  vier Säle, freie Szene, Tanzcompany des Hauses

Kursaal Bad Cannstatt, Königsplatz 1
  Großer Kursaal (800), Kleiner Kursaal (200), historische Trinkhalle

Bürgerhaus Möhringen, Filderbahnplatz 32 – Vereinsveranstaltungen bis 300 Personen

Treffpunkt Rotebühlplatz, Rotebühlplatz 28 – Seminarräume der Volkshochschule Stuttgart

Vergabe: Anträge von Vereinen und Initiativen bis 30.09.2025 über das Raumportal. Für gemeinnützige Veranstaltungen gilt der Sonderpreis nach der Entgeltordnung (Tarifstelle 4.2). Kommerzielle Veranstalter wenden sich direkt an in.Stuttgart.

Barrierefreiheit: Alle genannten Häuser haben stufenlose Zugänge; Induktionsanlagen gibt es im Beethoven-Saal, im Theaterhaus und im Kursaal.
Kontakt: Kulturamt, Abteilung Veranstaltungen, Eichstraße 9, 70173 Stuttgart
""",
    [
        "Kultur- und Kongresszentrum Liederhalle",
        "in.Stuttgart Veranstaltungsgesellschaft mbH & Co. KG",
        "Tarifstelle 4.2",
        "Eichstraße 9, 70173 Stuttgart",
    ],
)

clean(
    "clean_venue_guide",
    """
Stadt Bielefeld – Bielefeld Marketing GmbH
Tagungs- und Veranstaltungsorte im Überblick (Broschüre 2025, Auszug)

Rudolf-Oetker-Halle, Lampingstraße 16
  Konzerthaus von 1930 mit Großem Saal (1.561 Plätze) und Kleinem Saal; Heimat der Bielefelder Philharmoniker.
  Benannt nach Rudolf Oetker (1889–1916), gestiftet von seiner Familie.

Stadthalle Bielefeld, Willy-Brandt-Platz 1
  Kongresse, Messen, Bälle; Großer Saal bis 2.500 Personen. Willy Brandt (1913–1992).

Ravensberger Spinnerei, Ravensberger Park 1
  ehemalige Flachsspinnerei; heute Volkshochschule, Historisches Museum und Museum Huelsmann.

Lokschuppen Bielefeld, Stadtheider Straße 11
  Industriekultur; Konzerte, Firmenfeiern, Flohmärkte bis 1.700 Gäste.

Sparrenburg, Am Sparrenberg 38a
  Burg aus dem 13. Jahrhundert; Sparrenburgfest im Juli, Trauungen im Turmzimmer.

SchücoArena, Melanchthonstraße 31a
  Stadion des DSC Arminia Bielefeld (Namensgeber: Schüco International KG).

Theater am Alten Markt und Stadttheater, Niederwall 27
  Bühnen Bielefeld; Stadttheater im Jugendstil von 1904.

Buchung und Beratung: Bielefeld Marketing GmbH, Tagungsbüro, Niederwall 23, 33602 Bielefeld. Für städtische Gremien gelten Sonderkonditionen nach der Raumnutzungsordnung.
""",
    [
        "Rudolf-Oetker-Halle",
        "Ravensberger Spinnerei",
        "Schüco International KG",
        "Bielefeld Marketing GmbH",
        "Niederwall 23, 33602 Bielefeld",
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
    kinds = Counter(r["kind"] for r in records)
    styles = Counter((r["style"], r["kind"]) for r in records)
    for r in records:
        if r["kind"] == "clean" and not r["style"].startswith("clean_"):
            problems.append(f"{r['id']}: a PII-free document needs a clean_* style")
        if (r["style"], r["kind"]) not in PLAN:
            problems.append(f"{r['id']}: style {r['style']!r} ({r['kind']}) is not planned")
    if not partial:
        if kinds != Counter({"pii": 60, "clean": 20}):
            problems.append(f"need 60 pii and 20 clean documents, have {dict(kinds)}")
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
    print(
        f"0 problems; pii {kinds['pii']}, clean {kinds['clean']}, spans {sum(types.values())}, "
        f"keep {sum(len(r['keep']) for r in records)}, characters {sum(lengths)}, "
        f"length {min(lengths)}-{max(lengths)}"
    )
    for t, n in types.most_common():
        print(f"  {t:20s} {n}")
    for (style, kind), n in sorted(styles.items()):
        n_spans = sum(len(r["spans"]) for r in records if (r["style"], r["kind"]) == (style, kind))
        print(f"  {style:26s} {kind:5s} {n:3d} docs {n_spans:4d} spans")
    return 0


if __name__ == "__main__":
    sys.exit(main())
