"""Build the eighteenth German PII redaction development corpus (``corpus.jsonl`` next to this file).

    python3 tests/data/redaction_dev18/build_dev18.py            # check, then write
    python3 tests/data/redaction_dev18/build_dev18.py --partial  # check only, write nothing

DEVELOPMENT set: it may be read, run and tuned on. It was written blind: without sight of the
redactor's rules, its benchmark, the held-out corpora and the documents of every other corpus.
Only the README of dev17 and the docstring, helpers (with the check function) and ``main()`` of
``build_dev17.py`` were read, for the record format, the annotation conventions and the
check-digit rules; the documents here are new. The 80 invented documents come from the mail of
city offices in northern and eastern Germany and in the Saarland/Palatinate (Bremen, Hannover,
Kiel, Lübeck, Magdeburg, Halle (Saale), Dresden, Chemnitz, Schwerin, Oldenburg, Saarbrücken,
Trier, Kaiserslautern, Göttingen): health office (infection reports, school-entry examinations,
hygiene inspections of tattoo studios), public-order office (noise between neighbours, lost
property, weapons licences, event permits), election office, adult education centre and music
school, fire brigade and ambulance billing, veterinary office, social services (Hilfe zur Pflege,
Eingliederungshilfe), the city's tax office (Grundsteuer, Zweitwohnungsteuer), library, sports
office and citizen participation. 60 carry personal data, 20 do not.

  - citizen_letter (6): letters and e-mails of citizens (noise, a VHS fee reduction, second-home
    tax, Hilfe zur Pflege, a music-school registration, a lost wallet);
  - html_email (5): e-mails with HTML remnants, entities and signatures;
  - web_form (5): web-form submissions as key=value lines, URL-encoded bodies and JSON;
  - sms_chat (4): SMS threads, a WhatsApp export, a messenger tip line and a live chat;
  - voice_transcript (5): speech-to-text of calls and voicemails in lower case with fillers,
    numbers in words, a name spelled with the DIN 5009 city alphabet;
  - file_note (6): clerks' file notes with abbreviations;
  - ocr_form (5): OCR'd handwritten forms with rn/m, l/1, O/0 and S/5 confusions;
  - table (5): CSV, TSV, pipe and fixed-column tables;
  - hearing_minutes (3): minutes of public hearings and a local council's question time;
  - mail_chain (4): forwarded chains with quoted replies;
  - representative_letter (4): lawyers and a professional guardian writing for clients;
  - data_export (5): XML, JSON and log-line exports of specialist procedures;
  - foreign_resident (3): mails in English or mixed German/English from foreign residents;
  - clean_* (20): council papers, statutes, fee tables, press releases, statistics, road works,
    event programmes, course catalogues, an FAQ, an election notice, health advice, library hours.

Markup: personal strings are written inline as ``[[TYPE:text]]``; computed numbers are put in
with ``«name»`` slots. Short type names:

    P=PERSON  STR=STREET_ADDRESS  LOC=LOCATION  DOB=DATE_OF_BIRTH  TEL=PHONE_NUMBER
    MAIL=EMAIL_ADDRESS  IBAN=IBAN_CODE  TAX=DE_TAX_ID  RV=DE_SOCIAL_SECURITY  ID=DE_ID_CARD
    PASS=DE_PASSPORT  KFZ=DE_KFZ  AZ=DE_AKTENZEICHEN  HR=DE_HANDELSREGISTER  IP=IP_ADDRESS

Annotation conventions (those of dev17, unchanged, with the cases this set adds):
  - only values are annotated, never keys, labels, column titles or JSON/XML/CSV key names;
    an address split into street, house number, postcode, town and district gives one span per
    value; values are annotated as written, also with HTML entities or URL encoding
    ("Silberh&ouml;he", "%C3%96zdemir", "Podbielskistra%C3%9Fe");
  - salutations, titles, roles and relationship words ("Herr", "Frau", "Dr.", "Prof.", "RA",
    "Ehem.", "KM", "Schwiegertochter", "Enkel", "geb.") stay outside PERSON spans; a bare
    surname or first name is PERSON; "Nachname, Vorname" in one cell is one span; names are
    annotated as written (capitals, lower case in transcripts, OCR errors, genitive "Tobis",
    Cyrillic script, nicknames such as "Memo"); a name spelled with the spelling alphabet is one
    PERSON span from the first letter to the last code word, and its code words do not count as
    name parts;
  - a name inside an e-mail address counts only as part of the EMAIL_ADDRESS;
  - staff of the city: names (also "M. Thiel", "H. Klattenhoff"), direct lines and personal
    mailboxes are annotated; switchboards ("...-0"), hotlines, functional mailboxes, gateway
    names, user codes and initials alone ("Le", "Sch.", "hkl", "SB37") are not; employees of
    firms and local politicians named in minutes are persons like everyone else;
  - a span never crosses a line break;
  - a private address is STREET_ADDRESS (street, number, additions) plus LOCATION (postcode and
    town); towns and districts of residence, previous residence, birth, origin and relatives are
    LOCATION, at home and abroad, also the office's own town; countries and nationalities are
    not; offices, courts, firms with a legal form, homes, schools, Kitas and public buildings,
    the place of a loss, an offence, an inspection or an event in public, the place of death and
    the place of a signature or date line are not; the address of a privately owned property
    (Grundsteuer) is personal like a home address;
  - a city district alone in a citizen's context ("wohnt seit 2019 in Gaarden") is LOCATION; the
    same district inside the name of a school, Kita, initiative, polling station or plan ("Kita
    Weende-Nord", "igs kreyenbrück", "Bebauungsplan Holtenser Berg") is not;
  - natural persons in business (a tattoo studio e.K. or a sole trader without entry, a care
    service e.K., a sole lawyer, a professional guardian, a speech therapist, a reporting doctor
    in private practice) are persons: name (also the owner's surname inside an e.K. firm name),
    business address, phones, mailboxes, HRA entry and Steuernummer are personal; other
    companies with a legal form, clubs (e.V.) and law firms (PartG mbB), their register entries,
    accounts and addresses are not, also when the name contains a family name; the city
    treasury's and a club's account are not personal;
  - file numbers of a citizen's matter are DE_AKTENZEICHEN (the cue word stays outside):
    Kassenzeichen, Aktenzeichen, ticket and case numbers, customer, library-card, pupil and
    matriculation numbers, voter-register and Wahlschein numbers, poll-worker numbers,
    Fundbüro numbers of an item tied to a named owner or finder, weapons-licence and
    hunting-licence numbers, ambulance run numbers, SEPA mandate references, BAMF, Jobcenter
    and city-pass numbers, court and law-firm file numbers, the tax office's file number of a
    property, and transponder numbers of a citizen's animal (like dog-tax tags); Fundbüro
    numbers of unclaimed items, council papers, course and tariff numbers, polling-district
    numbers, paragraphs, budget lines, item barcodes and the city's creditor IDs are not;
  - German ID cards and electronic residence permits (eAT) are DE_ID_CARD; passports (all
    countries) and foreign ID cards (Bulgarian, Romanian, Ghana Card) are DE_PASSPORT; the RV
    number is DE_SOCIAL_SECURITY; the Steuer-ID and a sole trader's Steuernummer are DE_TAX_ID;
  - plates of citizens' vehicles (also foreign plates and plates spelled out on the phone) are
    DE_KFZ; citizens' IPs are IP_ADDRESS, servers and internal addresses are not;
  - only dates of birth are personal, in any notation (ISO, US, OCR-garbled, in words, with
    fillers), and a year of birth alone ("Jahrgang 1951", "Jg. 2015", "(* 2022)": the cue stays
    outside); dates of death, marriage, letters, deadlines, appointments and ages are not.

Checks (standard library only): offsets give back the span text; spans are sorted, disjoint and
free of line breaks and surrounding blanks; Steuer-IDs carry the MOD 11,10 check digit; IBANs
pass MOD 97; RV numbers (also read out in words) carry their check digit, and those written in
figures match a date of birth in the document; ID-card and eAT numbers use the ID-card alphabet
with a valid tenth check digit where there is one; no keep phrase overlaps a span and each
occurs; 4-5 distinct keep phrases and 1,100-2,000 characters per document; PII-free documents
have no spans; every further whole-word occurrence of an annotated string (three characters or
more) and of every name part (three letters or more) of a PERSON span is annotated too unless
the document allows it, and every allowance is needed; the document counts per style match the
plan. ``corpus.jsonl`` is written only when nothing is found.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "corpus.jsonl"
PREFIX = "dev18"
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
    ("citizen_letter", "pii"): 6,
    ("html_email", "pii"): 5,
    ("web_form", "pii"): 5,
    ("sms_chat", "pii"): 4,
    ("voice_transcript", "pii"): 5,
    ("file_note", "pii"): 6,
    ("ocr_form", "pii"): 5,
    ("table", "pii"): 5,
    ("hearing_minutes", "pii"): 3,
    ("mail_chain", "pii"): 4,
    ("representative_letter", "pii"): 4,
    ("data_export", "pii"): 5,
    ("foreign_resident", "pii"): 3,
    ("clean_council_paper", "clean"): 2,
    ("clean_statute", "clean"): 2,
    ("clean_fee_table", "clean"): 2,
    ("clean_press_release", "clean"): 2,
    ("clean_statistics", "clean"): 2,
    ("clean_roadworks", "clean"): 2,
    ("clean_event_programme", "clean"): 2,
    ("clean_course_catalogue", "clean"): 2,
    ("clean_faq", "clean"): 1,
    ("clean_election_notice", "clean"): 1,
    ("clean_health_advice", "clean"): 1,
    ("clean_library_info", "clean"): 1,
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


# --- citizen_letter --------------------------------------------------------------------------

pii(
    "citizen_letter",
    """
[[P:Ingrid Kiel]]
[[STR:Kaiserstraße 87]], 2. OG links
[[LOC:24143 Kiel]]
Tel. [[TEL:0431 7 39 41 82]] · [[MAIL:ingrid.kiel@t-online.de]]

Landeshauptstadt Kiel
Amt für Sicherheit und Ordnung – Ruhestörungen
Fabrikstraße 6-8, 24103 Kiel

Kiel, 14. Oktober 2024

Ihr Zeichen: [[AZ:32.1-RS-2024/0817]] – Ihr Schreiben vom 30.09.2024

Sehr geehrte Frau [[P:Jessen]],

ich wohne seit 2019 in [[LOC:Gaarden]] (vorher 22 Jahre in [[LOC:Mettenhof]]) und habe so eine
Nachbarschaft noch nie erlebt. Über mir wohnen seit Mai Herr [[P:Dariusz Wróblewski]] und Frau
[[P:Aleksandra Nowak-Wróblewska]]. Fast jede Nacht läuft zwischen 22:00 und 3:00 Uhr laute Musik,
am 5. und 6. Oktober bis halb fünf. Mein Lärmprotokoll lege ich wieder bei.

Ansprechen hilft nicht: Herr [[P:Wróblewski]] sagte nur, ich solle doch „nach [[LOC:Preetz]] zu
Ihrer Tochter ziehen“. Meine Tochter, [[P:Sabine Kiel-Petersen]], erreichen Sie unter
[[TEL:+49 151 2384 7719]]. Zeuge ist auch Herr [[P:Hasan Doğan]] aus dem Erdgeschoss
(Tel. [[TEL:0176 / 44 81 20 93]]), der sich schon bei der Vermieterin, der Förde Wohnbau GmbH,
beschwert hat.

Außerdem steht der graue Kombi mit dem Kennzeichen [[KFZ:KI-DW 412]] jede Nacht in der
Feuerwehrzufahrt vor Haus 87.

Ich bitte Sie, nach § 117 OWiG einzuschreiten. Ich bin Jahrgang [[DOB:1951]] und habe ein
schwaches Herz; ich brauche meine Nachtruhe. Zu einem Gespräch mit Ihnen komme ich gern in die
Fabrikstraße, am besten vormittags.

Mit freundlichen Grüßen

[[P:Ingrid Kiel]]

Anlage: Lärmprotokoll 01.–12.10.2024
""",
    ["Fabrikstraße 6-8, 24103 Kiel", "§ 117 OWiG", "Förde Wohnbau GmbH", "22:00 und 3:00 Uhr"],
    allow=("Kiel",),
)

V["iban_l02"] = iban("DE", "25050180" + "0912448730")

pii(
    "citizen_letter",
    """
Von: [[P:Marlene Sommer]] <[[MAIL:marlene.sommer87@gmx.de]]>
An: info@vhs-hannover.de
Betreff: Antrag auf Ermäßigung – Kundennummer [[AZ:K-2210934]]

Sehr geehrte Damen und Herren,

für das Programm Sommer 2025 möchte ich zwei Kurse buchen und beantrage dafür die Ermäßigung
von 50 % für Inhaberinnen und Inhaber des HannoverAktivPasses.

1. Für mich selbst: Kurs 25S-3104 „Türkisch A1“, dienstags 18:00 Uhr, Burgstraße.
2. Für meinen Lebensgefährten, Herrn [[P:Emre Aydın]], geb. [[DOB:02.11.1984]]:
   Kurs 25S-5620 „Bewerbungstraining kompakt“.

Meine Daten: [[P:Marlene Sommer]], geb. [[P:Kowalczyk]], geboren am [[DOB:12.06.1987]] in
[[LOC:Gifhorn]], wohnhaft [[STR:Fössestraße 47]], [[LOC:30451 Hannover]] ([[LOC:Linden-Mitte]]), Handy
[[TEL:0157 – 3920 1148]].

Unsere Bedarfsgemeinschaft hat beim Jobcenter die Nummer [[AZ:24101//0045718]]; die Bescheinigung
und die Kopien der Pässe ([[P:Sommer]]: Nr. [[AZ:HAP-0773-2025]], [[P:Aydın]]: Nr.
[[AZ:HAP-0774-2025]]) hänge ich an. Das SEPA-Mandat für beide Kurse gilt für mein Konto
[[IBAN:«iban_l02»]] bei der Sparkasse Hannover.

Falls der Bewerbungskurs voll ist, ist Herr [[P:Aydın]] auch mit dem Termin im Herbst
einverstanden; er ist tagsüber unter [[TEL:0511 / 450 37 92]] (Arbeit) zu erreichen.

Viele Grüße
[[P:Marlene Sommer]]
[[STR:Fössestraße 47]] · [[LOC:30451 Hannover]]
""",
    ["info@vhs-hannover.de", "Kurs 25S-3104", "Kurs 25S-5620", "50 %", "Sparkasse Hannover"],
    allow=("Sommer",),
)

V["iban_l03"] = iban("IT", "X0306904013100000046318")

pii(
    "citizen_letter",
    """
[[P:Giulia Ferraro]]
[[STR:Paulinstraße 112]], App. 14
[[LOC:54292 Trier]]
[[MAIL:g.ferraro@studenti.uniba.it]]

Stadtverwaltung Trier
Steueramt – Zweitwohnungsteuer
Augustinerhof, 54290 Trier

Trier, den 3. Februar 2025

Widerspruch gegen den Bescheid über Zweitwohnungsteuer 2024
Kassenzeichen [[AZ:6100.2204.1187]], Matrikelnummer [[AZ:1439087]]

Sehr geehrte Damen und Herren,

gegen den Bescheid vom 20. Januar 2025 über 412,80 € lege ich Widerspruch ein.

Ich bin italienische Staatsangehörige, geboren am [[DOB:17/08/2001]] in [[LOC:Bari]]. Meine
Hauptwohnung ist weiterhin bei meinen Eltern, [[STR:Via dei Mille 24]], [[LOC:70121 Bari]]; dort bin
ich gemeldet und verbringe alle Semesterferien. In [[LOC:Trier]] wohne ich nur für das Erasmus-Jahr,
vorher ein Semester in [[LOC:Trier-Ehrang]] bei Frau [[P:Hildegard Pauly]].

Nach § 2 Abs. 3 der Zweitwohnungsteuersatzung sind Wohnungen, die überwiegend zu Studienzwecken
gehalten werden, meines Erachtens nicht anders zu behandeln. Meine Mitbewohnerin,
[[P:Lea Reuter]] (ebenfalls Studentin, Hauptwohnsitz [[LOC:Wittlich]]), hat keinen Bescheid
bekommen; ich verstehe nicht, warum.

Sollte eine Rückzahlung erfolgen, bitte ich um Überweisung auf mein italienisches Konto
[[IBAN:«iban_l03»]] (Kontoinhaberin [[P:Giulia Ferraro]]). Meine Mutter, [[P:Rosaria Ferraro]],
kann Ihnen die Meldebescheinigung aus [[LOC:Bari]] bestätigen: [[TEL:+39 080 524 6617]].

Ich spreche gut Deutsch, aber bitte antworten Sie mir auch per E-Mail.

Mit freundlichen Grüßen
[[P:Giulia Ferraro]]
""",
    ["Augustinerhof, 54290 Trier", "§ 2 Abs. 3", "412,80 €", "Zweitwohnungsteuersatzung"],
    allow=("Trier",),
)

V["rv_l04"] = rv_number("12", "030338", "P", "61")
V["iban_l04"] = iban("DE", "81053272" + "0641029385")
V["tax_l04"] = steuer_id("5820741935")

pii(
    "citizen_letter",
    """
[[P:Katrin Schubert-Lindemann]]
[[STR:Magdeburger Straße 16 a]]
[[LOC:39218 Schönebeck (Elbe)]]
Telefon [[TEL:(0 39 28) 70 41 56]]

Landeshauptstadt Magdeburg
Sozial- und Wohnungsamt – Hilfe zur Pflege
Wilhelm-Höpfner-Ring 4, 39116 Magdeburg

26.11.2024

Antrag auf Hilfe zur Pflege für meine Mutter, Frau [[P:Erna Lindemann]], geb. [[P:Pohl]]

Sehr geehrte Damen und Herren,

meine Mutter, geboren am [[DOB:03.03.1938]] in [[LOC:Staßfurt]], lebt seit dem 1. Oktober
im Pflegeheim Am Neustädter See. Bis dahin wohnte sie 41 Jahre in [[LOC:Sudenburg]],
[[STR:Halberstädter Straße 41]], [[LOC:39112 Magdeburg]]. Die Rente reicht nicht für den
Eigenanteil von 2.847,36 € monatlich; deshalb beantrage ich für sie Hilfe zur Pflege nach
§ 61 SGB XII.

Angaben zu meiner Mutter:
- Rentenversicherungsnummer: [[RV:«rv_l04»]]
- Girokonto: [[IBAN:«iban_l04»]] (Stadtsparkasse Magdeburg)
- Steuer-ID: [[TAX:«tax_l04»]]

Ich habe eine Vorsorgevollmacht (Kopie anbei). Mein Bruder, [[P:Uwe Lindemann]], wohnt in
[[LOC:Wolfsburg]] ([[STR:Kleiststraße 3]], [[LOC:38440 Wolfsburg]]) und ist mit dem Antrag
einverstanden; er ist unter [[TEL:0170 9 21 84 30]] zu erreichen.

Unser Vater, [[P:Horst Lindemann]], ist 2019 verstorben; Vermögen ist außer einem Sparbuch
mit 1.920 € nicht vorhanden. Die Sterbeurkunde liegt bei.

Bitte schicken Sie die Post an mich, da meine Mutter nicht mehr lesen kann.

Mit freundlichen Grüßen
[[P:Katrin Schubert-Lindemann]]
""",
    [
        "Wilhelm-Höpfner-Ring 4, 39116 Magdeburg",
        "§ 61 SGB XII",
        "2.847,36 €",
        "Pflegeheim Am Neustädter See",
    ],
)

V["iban_l05"] = iban("DE", "26050001" + "0058347126")

pii(
    "citizen_letter",
    """
An die Musikschule der Stadt Göttingen
Hospitalstraße 10, 37073 Göttingen

Anmeldung und Antrag auf Ermäßigung

Sehr geehrter Herr [[P:Lange]],

wie im Gespräch beim Tag der offenen Tür besprochen, melden wir unsere beiden Kinder an:

- [[P:Minh Anh Nguyen]], geboren [[DOB:12.09.2015]], Geigenunterricht 30 Minuten, gern bei
  Ihnen, Herr [[P:Lange]];
- [[P:Bảo Nguyen]], geboren [[DOB:21. 04. 2018]], Musikalische Früherziehung (Gruppe
  montags in der Grundschule).

Wir wohnen seit 2021 in [[LOC:Grone]], [[STR:Groner Landstraße 9 b]], [[LOC:37081 Göttingen]].
Vorher haben wir in [[LOC:Hann. Münden]] gewohnt, meine Frau ist in [[LOC:Hải Phòng]]
geboren, ich in [[LOC:Leipzig]].

Wir beantragen die Geschwisterermäßigung von 25 % und die Sozialermäßigung; der Bescheid
über Wohngeld (Aktenzeichen [[AZ:WG 50.2-11873/24]]) liegt bei. Die Gebühr von 74,00 € monatlich
für die Geige können wir sonst nicht bezahlen.

Bitte buchen Sie die Gebühren ab von: [[IBAN:«iban_l05»]], Kontoinhaber [[P:Nguyễn Văn Hùng]].

Ab Mai arbeite ich im Schichtdienst; bitte rufen Sie dann meine Frau,
[[P:Trần Thị Mai]], an: [[TEL:0176-61 84 20 37]], oder schreiben Sie an
[[MAIL:hung.nguyen.goe@web.de]].

Mit freundlichen Grüßen

[[P:Nguyễn Văn Hùng]]      [[P:Trần Thị Mai]]
""",
    [
        "Hospitalstraße 10, 37073 Göttingen",
        "Geschwisterermäßigung von 25 %",
        "74,00 € monatlich",
        "Geigenunterricht 30 Minuten",
    ],
    allow=("Mai",),
)

V["eat_l06"] = id_card("LK4R9T2NX", with_check=True)
V["iban_l06"] = iban("BG", "UNCR70001524819367")

pii(
    "citizen_letter",
    """
[[P:Bogdan Petrov]]
[[STR:Hamburger Allee 112]]
[[LOC:19063 Schwerin]]
mobil [[TEL:0152 08 91 44 63]] / [[TEL:+359 88 741 2093]]

Landeshauptstadt Schwerin
Bürgerservice – Fundbüro
Am Packhof 2-6, 19053 Schwerin

Schwerin, 9. Januar 2025

Verlust meiner Geldbörse – Ihre Fundnummer [[AZ:FB-2025-0031]]

Sehr geehrte Frau [[P:Rahn]],

danke für Ihren Anruf. Ich habe meine schwarze Geldbörse am 6. Januar in der Straßenbahn,
Linie 1, zwischen Marienplatz und Hegelstraße verloren. Darin waren:

- mein bulgarischer Personalausweis Nr. [[PASS:647218305]],
- mein elektronischer Aufenthaltstitel Nr. [[ID:«eat_l06»]],
- eine Bankkarte zu meinem Konto [[IBAN:«iban_l06»]],
- ein Foto meiner Tochter [[P:Viktoria]] und ca. 60 € Bargeld.

Zum Nachweis: Ich bin am [[DOB:22.07.1979]] in [[LOC:Plowdiw]] geboren und wohne seit 2022 im
[[LOC:Mueßer Holz]]. Eine Kopie meines Reisepasses (Nr. [[PASS:385502117]]) lege ich bei.

Ich komme am Montag mit meinem Kollegen, Herrn [[P:Stojan Dimitrow]], zur Abholung, weil ich
noch nicht gut Deutsch spreche. Er hat auch geschrieben, dass der Finder, Herr
[[P:Olaf Krüger]] aus [[LOC:Crivitz]], nach § 971 BGB einen Finderlohn bekommt; den zahle ich gern.

Ich arbeite bei der Nordic Pflege GmbH im Nachtdienst und bin vormittags erreichbar.

Mit freundlichen Grüßen
[[P:Bogdan Petrov]] / [[P:Богдан Петров]]
""",
    ["Am Packhof 2-6, 19053 Schwerin", "§ 971 BGB", "Linie 1", "Nordic Pflege GmbH"],
)

# --- html_email ------------------------------------------------------------------------------

pii(
    "html_email",
    """
Von: Ink Atelier [[P:Morozova]] e.K. <[[MAIL:studio@ink-atelier-morozova.de]]>
An: hygiene-infektionsschutz@gesundheitsamt.bremen.de
Cc: [[MAIL:jana.oltmanns@gesundheitsamt.bremen.de]]
Betreff: AW: Hygienebegehung Tattoostudio – Ihr Az. [[AZ:GA-32-HY-2024-0412]]

<div dir="ltr">Sehr geehrte Frau [[P:Oltmanns]],<br><br>
vielen Dank f&uuml;r die Begehung am 18.11. Die M&auml;ngel aus Ihrem Protokoll sind behoben:<br>
<ul><li>Der Ultraschallreiniger ist durch einen Thermodesinfektor ersetzt (Rechnung anbei).</li>
<li>Die Impfnachweise Hepatitis B f&uuml;r [[P:Levent Aksoy]] (geb. [[DOB:09.01.1996]]) und
[[P:Jana Hülsmann]] (geb. [[DOB:27.05.2001]]) liegen vor.</li>
<li>Die Gastk&uuml;nstlerin aus [[LOC:Riga]], [[P:Elīna Bērziņa]], arbeitet erst ab Februar
wieder bei uns.</li></ul>
Die Bescheinigung bitte an meine neue Privatanschrift: [[STR:Waller Heerstraße 71]],
[[LOC:28219 Bremen]].<br><br>
Der Termin zur Nachbegehung am 12.12. um 10 Uhr passt.&nbsp;<br><br>
Mit freundlichen Gr&uuml;&szlig;en<br>
[[P:Tatjana Morozova]]</div>
<div class="signature">--<br>
<b>Ink Atelier [[P:Morozova]] e.K.</b> &middot; Inh. [[P:Tatjana Morozova]]<br>
[[STR:Gröpelinger Heerstraße 204]] &middot; [[LOC:28237 Bremen]]<br>
Tel. [[TEL:0421 69 64 21 77]] &middot; WhatsApp [[TEL:+49 163 718 2290]]<br>
Amtsgericht Bremen [[HR:HRA 31877 HB]] &middot; St.-Nr. [[TAX:60/147/20931]]</div>
<blockquote>Am 19.11.2024 um 14:02 schrieb [[P:Oltmanns, Jana]]
&lt;[[MAIL:jana.oltmanns@gesundheitsamt.bremen.de]]&gt;:<br>
&gt; anbei das Protokoll nach § 36 Abs. 2 IfSG ...<br>
&gt; Gesundheitsamt Bremen, Horner Straße 60-70, 28203 Bremen, Tel. [[TEL:0421 361-15874]]
</blockquote>
""",
    [
        "hygiene-infektionsschutz@gesundheitsamt.bremen.de",
        "Horner Straße 60-70, 28203 Bremen",
        "§ 36 Abs. 2 IfSG",
        "Amtsgericht Bremen",
    ],
)

V["iban_club_e02"] = iban("DE", "85050300" + "3120047781")

pii(
    "html_email",
    """
Von: [[P:Ralf Fuchs]] <[[MAIL:ralf.fuchs@blauweiss-leuben.de]]>
An: sportfoerderung@dresden.de
Datum: Mo., 3. März 2025 21:47
Betreff: Antrag Investitionsförderung 2025 =?UTF-8?Q?Flutlicht?=

Sehr geehrter Herr [[P:Kästner]],=20

anbei die Angaben zum Vorstand des SV Blau-Weiß Leuben 1990 e.V. (Amtsgericht Dresden,
VR 2841) für unseren Antrag auf die neue Flutlichtanlage (Kosten 48.600 €, beantragt 50 %).

<table>
<tr><td>1. Vorsitzender</td><td>[[P:Ralf Fuchs]], geb. [[DOB:14.02.1968]]</td></tr>
<tr><td>Anschrift</td><td>[[STR:Pirnaer Landstraße 118]], [[LOC:01257 Dresden]]</td></tr>
<tr><td>2. Vorsitzende</td><td>[[P:Oksana Melnyk]], geb. [[DOB:30.06.1981]]</td></tr>
<tr><td>Anschrift</td><td>[[STR:Stephensonstraße 22]], [[LOC:01257 Dresden]]</td></tr>
<tr><td>Kassierer</td><td>[[P:Mamadou Diallo]], [[TEL:0172 / 3 58 19 04]]</td></tr>
<tr><td>Jugendwart</td><td>[[P:Dimitrios Karagiannis]], [[MAIL:dimi.karagiannis@web.de]]</td></tr>
</table>

Das Vereinskonto lautet unverändert «iban_club_e02» (Ostsächsische Sparkasse).
Bitte keine Post mehr an unseren früheren Kassenwart, Herrn [[P:Gunter Pietzsch]], der nach
[[LOC:Freital]] verzogen ist.

Unser Maskottchen ist übrigens der Fuchs – daher der Name „Fuchsbau“ für das neue Vereinsheim.

Mit sportlichen Grüßen
[[P:Ralf Fuchs]]
Tel. privat [[TEL:0351 2 03 77 64]]

-----Ursprüngliche Nachricht-----
Von: [[P:Kästner, Matthias]] &lt;[[MAIL:matthias.kaestner@dresden.de]]&gt;
Gesendet: Freitag, 28. Februar 2025 10:12
Eigenbetrieb Sportstätten / Sportförderung, Tel. [[TEL:0351 488-4127]]
""",
    ["sportfoerderung@dresden.de", "VR 2841", "48.600 €", "«iban_club_e02»"],
    allow=("Fuchs",),
)

V["iban_e03"] = iban("DE", "80053762" + "0387152046")

pii(
    "html_email",
    """
Von: [[P:Anastasia Wagner]] <[[MAIL:nastja.wagner@freenet.de]]>
An: wahlen@halle.de
Betreff: Wahlhelfer Bundestagswahl &ndash; Anmeldung f&uuml;r mich und meinen Mann

<p>Guten Tag,</p>
<p>wir m&ouml;chten uns als Wahlhelfer f&uuml;r den 23. Februar melden. Wir wohnen seit 2016 in
der [[LOC:Silberh&ouml;he]], vorher in [[LOC:Halle-Neustadt]], und am liebsten w&uuml;rden wir im
Wahlbezirk 0712 (Grundschule Kastanienallee) helfen.</p>
<p><b>1.</b> [[P:Anastasia Wagner]], geb. [[P:Iwanowa]], geboren am [[DOB:08.12.1974]] in
[[LOC:Karaganda]]<br>
<b>2.</b> [[P:Viktor Wagner]], geboren am [[DOB:19.09.1971]] in [[LOC:Pawlodar]]<br>
Anschrift: [[STR:Hanoier Straße 44]], [[LOC:06132 Halle (Saale)]]<br>
Nr. im W&auml;hlerverzeichnis: [[AZ:0712-388]] und [[AZ:0712-389]]</p>
<p>Mein Mann war 2021 schon Schriftf&uuml;hrer. Das Erfrischungsgeld von 40 &euro; bitte f&uuml;r
uns beide auf mein Konto [[IBAN:«iban_e03»]].</p>
<p>Telefonisch bin ich ab 16 Uhr unter [[TEL:0345&nbsp;6 82 19 40]] erreichbar, mein Mann
unter [[TEL:0151&nbsp;22 98 03 61]].</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>[[P:Anastasia Wagner]]</p>
<div class="gmail_quote">Am Mo., 13. Jan. 2025 schrieb Stadt Halle (Saale), Wahlamt:<br>
&gt; Marktplatz 1, 06108 Halle (Saale) &middot; Ihr Ansprechpartner: Herr [[P:Schönfeld]],
[[TEL:0345 221-4427]], [[MAIL:rene.schoenfeld@halle.de]]</div>
""",
    [
        "wahlen@halle.de",
        "Marktplatz 1, 06108 Halle (Saale)",
        "Wahlbezirk 0712",
        "Erfrischungsgeld von 40 &euro;",
    ],
)

pii(
    "html_email",
    """
Von: [[P:Berivan Kaya]] <[[MAIL:berivan.kaya@outlook.de]]>
An: stadtbibliothek@stadt-oldenburg.de
Betreff: RE: 2. Mahnung Leserausweis [[AZ:2604 8817 3392]]

<html><body><p class="MsoNormal">Hallo,<o:p></o:p></p>
<p class="MsoNormal">ich habe die 2. Mahnung bekommen (Geb&uuml;hren 18,50 &euro;). Die drei
B&uuml;cher hat mein Sohn [[P:Baran]] auf meinen Ausweis ausgeliehen, nicht auf seinen eigenen
(Nr. [[AZ:2604 8817 4016]]). Zwei habe ich am Samstag in die R&uuml;ckgabebox am Pferdemarkt
geworfen, eins ist bei meiner Schwester [[P:Dilan Kaya]] in [[LOC:Delmenhorst]].<o:p></o:p></p>
<p class="MsoNormal">Wir hatten Besuch von meiner Mutter aus [[LOC:Amed]] (Diyarbakır), deshalb
habe ich die erste Mahnung nicht gesehen. Kann ich die Geb&uuml;hren in zwei Raten zahlen?
Bitte rufen Sie mich an: [[TEL:0441 / 9 33 02 18]] oder [[TEL:0176 2059 4471]].<o:p></o:p></p>
<p class="MsoNormal">Viele Gr&uuml;&szlig;e<br>[[P:Berivan Kaya]]<o:p></o:p></p>
<p class="MsoNormal">Von meinem iPhone gesendet<o:p></o:p></p>
<div style="border-top:solid #E1E1E1 1.0pt"><b>Von:</b> Stadtbibliothek Oldenburg<br>
<b>Betreff:</b> 2. Mahnung</div>
<pre>
Leser/in:   [[P:Kaya, Berivan]]
geb.:       [[DOB:04.04.1990]]
Anschrift:  [[STR:Cloppenburger Straße 301]], [[LOC:26133 Oldenburg]]
Ausweis:    [[AZ:2604 8817 3392]]
Medien:     3 (Rückgabe überfällig seit 28.10.2024)
Gebühren:   18,50 € gem. Gebührenordnung der Stadtbibliothek
Stadtbibliothek Oldenburg · Peterstraße 3, 26121 Oldenburg
</pre></body></html>
""",
    [
        "stadtbibliothek@stadt-oldenburg.de",
        "Peterstraße 3, 26121 Oldenburg",
        "18,50 €",
        "Gebührenordnung der Stadtbibliothek",
        "Pferdemarkt",
    ],
)

V["id_e05"] = id_card("LZ6311T47", with_check=True)

pii(
    "html_email",
    """
Von: [[P:Giorgos Papadopoulos]] <[[MAIL:g.papadopoulos@gmx.de]]>
An: ordnungsamt@kaiserslautern.de
Cc: [[MAIL:nikos.papadopoulos@icloud.com]]
Betreff: Antrag Hoffest 14.06. – Gestattung und Zelt

<p class="MsoNormal">Sehr geehrte Frau [[P:Hauck]],<o:p>&nbsp;</o:p></p>
<p class="MsoNormal">wie telefonisch besprochen beantrage ich für Samstag, 14. Juni 2025, ein
Gestattung nach § 12 GastG für unser Hoffest (ca. 120 Gäste, Musik bis 23:00 Uhr) im Innenhof
[[STR:Königstraße 39]], [[LOC:67655 Kaiserslautern]]. Das Essen liefert die Taverna Olympia GmbH.
<o:p></o:p></p>
<p class="MsoNormal">Antragsteller: [[P:Giorgos Papadopoulos]], geb. [[DOB:11.08.1969]] in
[[LOC:Katerini]], Personalausweis [[ID:«id_e05»]], Tel. [[TEL:0631 / 7 50 92 16]].<br>
Für die Musik verantwortlich: mein Bruder [[P:Nikolaos Papadopoulos]], [[TEL:0177 8831904]],
wohnhaft in [[LOC:Landstuhl]].<o:p></o:p></p>
<p class="MsoNormal">Die Nachbarn sind einverstanden (Unterschriften anbei): Frau
[[P:Ilse Berger]] (Nr. 41), Herr [[P:Sven Knecht]] (Nr. 43) und Familie [[P:Öztürk]] (Nr. 45).
Nur Herr [[P:Kalb]] aus dem Hinterhaus hat nicht unterschrieben.<o:p></o:p></p>
<p class="MsoNormal">Mit freundlichen Grüßen<br>[[P:Giorgos Papadopoulos]]<o:p></o:p></p>
<div><b>Von:</b> [[P:Hauck, Sabine]] &lt;[[MAIL:sabine.hauck@kaiserslautern.de]]&gt;<br>
<b>Gesendet:</b> Dienstag, 29. April 2025 09:15<br>
Referat Recht und Ordnung · Willy-Brandt-Platz 1, 67657 Kaiserslautern<br>
Tel. [[TEL:0631 365-2614]] · Zentrale 0631 365-0</div>
""",
    [
        "§ 12 GastG",
        "Willy-Brandt-Platz 1, 67657 Kaiserslautern",
        "Taverna Olympia GmbH",
        "Zentrale 0631 365-0",
        "23:00 Uhr",
    ],
)

# --- web_form --------------------------------------------------------------------------------

pii(
    "web_form",
    """
Landeshauptstadt Hannover – Wahlamt · Online-Antrag Briefwahl · Rohdaten
[2025-02-11 21:14:07] POST /wahlen/briefwahl/antrag HTTP/1.1 client=[[IP:91.64.187.23]] via=10.20.4.17
Content-Type: application/x-www-form-urlencoded

wahl=BTW2025&wahlbezirk=2315&wvz_nr=[[AZ:1187]]&anrede=frau&vorname=[[P:Hatice]]&nachname=[[P:%C3%96zdemir]]
&geburtsdatum=[[DOB:1979-04-23]]&strasse=[[STR:Podbielskistra%C3%9Fe]]&hausnr=[[STR:212]]&plz=[[LOC:30177]]
&ort=[[LOC:Hannover]]&versand=abweichend&v_name=[[P:Hatice+%C3%96zdemir]]&v_zusatz=bei+[[P:Kaya]]
&v_strasse=[[STR:Strandstra%C3%9Fe]]&v_hausnr=[[STR:9]]&v_plz=[[LOC:25980]]&v_ort=[[LOC:Sylt%2FWesterland]]
&email=[[MAIL:hatice.oezdemir@gmail.com]]&tel=[[TEL:%2B49+176+40019283]]&hinweis=Kur+bis+28.02.&ok=1

--- dekodiert (Prüfansicht) ---
Wählerin:      [[P:Hatice Özdemir]], geb. [[DOB:23.04.1979]]
Anschrift:     [[STR:Podbielskistraße 212]], [[LOC:30177 Hannover]]
Wählerverz.:   Wahlbezirk 2315, Nr. [[AZ:1187]]
Versand an:    c/o [[P:Kaya]], [[STR:Strandstraße 9]], [[LOC:25980 Sylt/Westerland]]
Wahlschein-Nr: [[AZ:2315-00412]]
Status:        Unterlagen versandt 12.02.2025, Sachbearbeitung Team Briefwahl 3
Prüfhinweis:   zweiter Antrag von derselben IP [[IP:91.64.187.23]] um 21:16 Uhr für den Ehemann,
               [[P:Mehmet Özdemir]], geb. [[DOB:02.09.1975]], Nr. [[AZ:1188]] – gleiche Versandanschrift
""",
    ["Landeshauptstadt Hannover – Wahlamt", "10.20.4.17", "wahl=BTW2025", "Team Briefwahl 3"],
    allow=("Hannover",),
)

V["id_w02"] = id_card("T2N81F7KP", with_check=True)

pii(
    "web_form",
    """
Hansestadt Lübeck · Bürgerservice Fundbüro · Verlustanzeige (online)
eingang=2025-06-02T08:41:55+02:00
vorgang=[[AZ:VL-2025-06-0214]]
client_ip=[[IP:2a02:8108:1f40:6e3::4a1c]]
anrede=Herr
vorname=[[P:Henrik]]
nachname=[[P:Brandt]]
geburtsdatum=[[DOB:07.10.1992]]
strasse=[[STR:Moislinger Allee 53 c]]
plz=[[LOC:23558]]
ort=[[LOC:Lübeck]]
telefon=[[TEL:0451 / 58 31 09 77]]
email=[[MAIL:henrik.brandt92@posteo.de]]
verlustdatum=31.05.2025
verlustort=Bushaltestelle Willy-Brandt-Allee (MuK), Linie 30 Richtung Travemünde
gegenstand=Rucksack, dunkelblau, Deuter; Laptop, Schlüsselbund, Geldbörse
ausweis_im_fund=ja
ausweis_nr=[[ID:«id_w02»]]
beschreibung=Im Rucksack ist auch der polnische Reisepass meiner Freundin [[P:Julia Szymańska]]
 (Nr. [[PASS:EA7731904]], geb. [[DOB:19.03.1995]] in [[LOC:Gdynia]]). Bitte auch meinen Vater
 [[P:Jürgen Brandt]] anrufen, falls ich nicht erreichbar bin: [[TEL:04502 884130]].
finderlohn_verzicht=nein
datenschutz_gelesen=ja
---
Automatische Antwort an [[MAIL:henrik.brandt92@posteo.de]]: Ihre Verlustanzeige wurde
gespeichert. Fundbüro, Kronsforder Allee 2-6, 23560 Lübeck, Tel. 0451 115.
---
Abgleich 03.06.: passt zu Fund [[AZ:F-2025-1877]] (Rucksack, abgegeben von [[P:Merve Aslan]],
[[TEL:0157 71 03 29 84]]; sie verzichtet nicht auf den Finderlohn). Abholung angekündigt.
""",
    ["Willy-Brandt-Allee", "Kronsforder Allee 2-6, 23560 Lübeck", "Tel. 0451 115", "Linie 30"],
    allow=("Brandt", "Lübeck"),
)

V["iban_w03"] = iban("DE", "87050000" + "0711843920")

pii(
    "web_form",
    """
{
  "formular": "vhs-anmeldung",
  "semester": "Winter 2024/25",
  "eingang": "2024-09-02T19:33:12Z",
  "client": {"ip": "[[IP:84.150.33.201]]", "ua": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5)"},
  "zahler": {
    "name": "[[P:Winter]]",
    "vorname": "[[P:Doreen]]",
    "geburtsdatum": "[[DOB:1976-11-30]]",
    "anschrift": {
      "strasse": "[[STR:Zschopauer Straße]]",
      "hausnummer": "[[STR:216]]",
      "plz": "[[LOC:09126]]",
      "ort": "[[LOC:Chemnitz]]",
      "ortsteil": "[[LOC:Bernsdorf]]"
    },
    "telefon": "[[TEL:0371 5 20 47 83]]",
    "email": "[[MAIL:doreen.winter@gmx.net]]",
    "iban": "[[IBAN:«iban_w03»]]",
    "ermaessigung": {"art": "Chemnitzpass", "nummer": "[[AZ:CP-24-118305]]"}
  },
  "teilnehmer": [
    {"name": "[[P:Winter]]", "vorname": "[[P:Gerd]]", "geburtsjahr": "[[DOB:1949]]",
     "kurs": "242-41107", "titel": "Smartphone für Seniorinnen und Senioren"},
    {"name": "[[P:Winter]]", "vorname": "[[P:Oksana]]", "geburtsname": "[[P:Hrytsenko]]",
     "geburtsdatum": "[[DOB:1983-05-02]]", "kurs": "242-50312", "titel": "Deutsch B1 intensiv"}
  ],
  "bemerkung": "Mein Vater hört schlecht, bitte einen Platz vorn. Er wohnt in [[LOC:Flöha]] und kommt mit dem Zug. Meine Schwiegertochter [[P:Oksana]] stammt aus [[LOC:Charkiw]]; sie ist tagsüber unter [[TEL:+380 67 412 8830]] erreichbar.",
  "agb": true,
  "ziel": "Volkshochschule Chemnitz, Moritzstraße 20"
}
""",
    [
        "vhs-anmeldung",
        "242-41107",
        "242-50312",
        "Smartphone für Seniorinnen und Senioren",
        "Volkshochschule Chemnitz, Moritzstraße 20",
    ],
    allow=("Winter", "Chemnitz"),
)

pii(
    "web_form",
    """
Landeshauptstadt Saarbrücken · Kontaktformular Ordnungsamt · Lärmbeschwerde
ticket=[[AZ:ORD-2025-004417]]
submitted_at=2025-03-22 23:48:10
remote_addr=[[IP:79.211.6.144]]
server=web-ord-02.saarbruecken.local

name=[[P:Manfred Essen]]
geburtsjahr=[[DOB:1954]]
anschrift=[[STR:Breite Straße 63]], [[LOC:66115 Saarbrücken]]
telefon=[[TEL:0681 / 4 17 38 25]]
mobil=[[TEL:0160-90 21 43 77]]
email=[[MAIL:m.essen@online.de]]
verursacher=[[P:Ionuț Lungu]] und [[P:Mirela Lungu]], [[STR:Breite Straße 63]], 1. OG
fahrzeuge=[[KFZ:SB-IL 830]]; rumänisch [[KFZ:IS 07 LUN]]
stoerung=Musik, Feiern, Türenschlagen, Fr/Sa nach 22 Uhr
nachricht=Ich wohne seit 1987 in [[LOC:Malstatt]] und hatte nie Probleme. Seit Januar geht es
jedes Wochenende nach dem Essen gegen 21 Uhr los und dauert bis 3 Uhr. Herr [[P:Lungu]] sagt,
die Familie aus [[LOC:Iași]] sei zu Besuch. Mein Nachbar [[P:Kurt Becker]] (Tel.
[[TEL:0681 47 55 02]]) bestätigt das. Ihre Kollegin, Frau [[P:Dörr]], hat im Februar schon
mit der Vermieterin, der Siedlungsgesellschaft Saar mbH, gesprochen. Bitte nach § 117 OWiG ein
Bußgeld. Ich bin 70 und brauche meinen Schlaf.
rueckmeldung=per E-Mail
datenschutz=1
---
Weitergeleitet an Kommunaler Ordnungsdienst, Schicht C (KOD-Funk 14)
Verknüpft mit Vorgang [[AZ:ORD-2024-019032]] (Beschwerde von Herrn [[P:Essen]] vom November 2024
gegen dieselbe Wohnung; damals Anhörung von Frau [[P:Lungu]], geb. [[DOB:05.12.1990]]).
""",
    [
        "web-ord-02.saarbruecken.local",
        "§ 117 OWiG",
        "Siedlungsgesellschaft Saar mbH",
        "KOD-Funk 14",
    ],
    allow=("Essen",),
)

pii(
    "web_form",
    """
Stadt Göttingen · Online-Beteiligung Bebauungsplan Nr. 252 „Holtenser Berg – Nordwest“
Frühzeitige Öffentlichkeitsbeteiligung nach § 3 Abs. 1 BauGB · Export Stellungnahme
id=[[AZ:BP252-0087]]
eingang=14.05.2025 22:17
ip=[[IP:5.146.197.52]]
vorname=[[P:Sibylle]]
nachname=[[P:von Alvensleben-Hartig]]
strasse=[[STR:Hermann-Föge-Weg 12]]
plz_ort=[[LOC:37077 Göttingen]]
email=[[MAIL:s.alvensleben@posteo.de]]
veroeffentlichung_mit_namen=nein
bezug=Planzeichnung, Baufeld WA 3
text=Ich wohne seit 1998 in [[LOC:Weende]] und lehne die Zufahrt zum Baufeld WA 3 über unsere
Wohnstraße ab. Schon jetzt parken Besucher des Klinikums bis vor unsere Einfahrt. Wir bitten
um Tempo 30 und eine Zufahrt von der Hannoverschen Straße aus. Unsere Enkel [[P:Mats]] und
[[P:Ida]] (Jg. [[DOB:2017]] und [[DOB:2019]]) gehen zu Fuß zur Grundschule.
mitzeichnende=[[P:Detlef Hartig]] (gleiche Anschrift); [[P:Ayşe Kılıç]], [[STR:Hermann-Föge-Weg 14]];
Prof. [[P:Wolf-Rüdiger Maaß]], [[STR:Am Weendespring 3]], [[LOC:37077 Göttingen]],
Tel. [[TEL:0551 3 79 04 82]]
anlage=foto_einfahrt.jpg
status=eingegangen, Abwägung durch Fachdienst Stadtplanung
notiz_intern=Frau [[P:von Alvensleben-Hartig]] hat schon 2018 zum Plan Nr. 238 Stellung genommen
(Vorgang [[AZ:BP238-0012]]). Rückfragen: [[P:Oliver Tammen]], [[TEL:0551 400-2817]].
""",
    [
        "§ 3 Abs. 1 BauGB",
        "Baufeld WA 3",
        "Tempo 30",
        "Hannoverschen Straße",
        "Fachdienst Stadtplanung",
    ],
    allow=("von",),
)

# --- sms_chat --------------------------------------------------------------------------------

pii(
    "sms_chat",
    """
SMS-Verlauf · Landeshauptstadt Magdeburg, Gesundheitsamt, Kinder- und Jugendärztlicher Dienst
Kanal: SMS-Gateway GA-MD ↔ [[TEL:+49 157 33810942]] · Vorgang [[AZ:SEU-2025-1143]]

[10.03.25 08:02] GA-MD: Einladung zur Schuleingangsuntersuchung für [[P:Lina Haddad]] am Do
13.03., 09:30 Uhr, Lübecker Straße 32, Raum 1.14. Bitte U-Heft, Impfpass und Brille mitbringen.
Absage: 0391 540-6028.
[10.03.25 08:47] [[TEL:+49 157 33810942]]: Guten Morgen, hier ist [[P:Yasmin Haddad]], die
Mama. Das Geburtsdatum im Brief ist falsch, [[P:Lina]] ist am [[DOB:14.2.2019]] geboren, nicht 2018
[10.03.25 08:49] [[TEL:+49 157 33810942]]: Und wir wohnen jetzt in [[LOC:Olvenstedt]],
[[STR:Rennebogen 88]], nicht mehr in [[LOC:Stadtfeld Ost]]
[10.03.25 09:15] GA-MD: Danke, wir korrigieren das. Bitte die Meldebescheinigung mitbringen.
[11.03.25 19:20] [[TEL:+49 157 33810942]]: Darf die Oma mitkommen? [[P:Samira Haddad]], sie
spricht nur Arabisch. Mein Mann [[P:Karim]] arbeitet Donnerstag.
[11.03.25 19:21] [[TEL:+49 157 33810942]]: Die Kita (Olvenstedter Spatzennest) sagt [[P:Lina]] braucht
vielleicht Logopädie
[12.03.25 07:55] GA-MD: Ja, gern. Frau Dr. [[P:Kersten]] untersucht [[P:Lina]] selbst und
ruft Sie bei Fragen an. Direkt: [[TEL:0391 540-6031]].
[13.03.25 11:02] [[TEL:+49 157 33810942]]: Danke!! Für [[P:Elias]] ([[DOB:03.02.2020]])
brauchen wir nächstes Jahr auch einen Termin 🙏
[13.03.25 11:40] GA-MD: Geschwister werden automatisch eingeladen. Bitte nicht antworten,
Rückfragen an kjgd@gesundheitsamt.magdeburg.de.
""",
    [
        "Lübecker Straße 32",
        "0391 540-6028",
        "kjgd@gesundheitsamt.magdeburg.de",
        "Olvenstedter Spatzennest",
    ],
)

pii(
    "sms_chat",
    """
WhatsApp-Chat mit [[P:Seun Adeyemi]] ([[P:Tobi]] Geige).txt
[[P:Maren Lühmann]] – Musikschule Bremen, Lehrkraft Violine (Export für die Akte, 02.10.2024)

24.09.24, 17:02 - [[P:Maren Lühmann]]: Hallo Herr [[P:Adeyemi]], [[P:Tobi]] war heute wieder
nicht im Unterricht. Ist alles in Ordnung?
24.09.24, 17:40 - [[P:Seun Adeyemi]]: Sorry!! We moved to [[LOC:Vegesack]] last week, new
address is [[STR:Weserstraße 17]], [[LOC:28757 Bremen]]. [[P:Tobi]] has no bus card yet
24.09.24, 17:42 - [[P:Seun Adeyemi]]: Mein Deutsch ist nicht so gut, sorry
24.09.24, 17:51 - [[P:Maren Lühmann]]: Kein Problem 😊 Bitte schicken Sie die neue Adresse
auch an musikschule@bremen.de, sonst kommen die Gebührenbriefe nicht an.
24.09.24, 18:03 - [[P:Seun Adeyemi]]: ok. my email is [[MAIL:oluwaseun.adeyemi@gmail.com]]
24.09.24, 18:05 - [[P:Seun Adeyemi]]: Schülernummer is [[AZ:MS-HB-20417]]
25.09.24, 08:10 - [[P:Maren Lühmann]]: Danke! Für den Wettbewerb „Jugend musiziert“ brauche
ich noch [[P:Tobis]] Geburtsdatum und den vollen Namen.
25.09.24, 12:33 - [[P:Seun Adeyemi]]: [[P:Oluwatobi Daniel Adeyemi]], [[DOB:22/07/2013]], born
in [[LOC:Ibadan]]
25.09.24, 12:34 - [[P:Seun Adeyemi]]: his mother [[P:Folake]] will bring him on Tuesday
25.09.24, 12:35 - [[P:Seun Adeyemi]]: her number [[TEL:+49 1520 4478 913]]
25.09.24, 12:50 - [[P:Maren Lühmann]]: Super. Unterricht ab jetzt dienstags 16:15 in der
Zweigstelle Vegesack, Raum 3. Meine Handynummer für Notfälle: [[TEL:0160 98 12 37 40]]
25.09.24, 12:51 - [[P:Seun Adeyemi]]: 👍
""",
    ["musikschule@bremen.de", "Jugend musiziert", "dienstags 16:15", "Raum 3"],
    allow=("Vegesack",),
)

pii(
    "sms_chat",
    """
Tierschutz-Meldekanal (Messenger) · Landeshauptstadt Dresden, Lebensmittelüberwachungs- und
Veterinäramt · Verlauf zu Meldung [[AZ:TS-2025-0388]] · Kontakt: [[P:Jens H.]] [[TEL:0176 31 90 22 58]]

Mo 09:14 · Meldender: Guten Morgen, ich möchte einen Hund melden. Der steht seit Freitag
Tag und Nacht auf dem Balkon, 3. Stock, [[STR:Jacob-Winter-Platz 7]] in [[LOC:Prohlis]],
ohne Wasser. Es war 31 Grad.
Mo 09:15 · Meldender: Der Halter heißt [[P:Lascha Beridze]], steht am Klingelschild.
Mo 09:16 · Meldender: [Foto]
Mo 09:40 · Veterinäramt: Danke. Können Sie uns Ihren vollen Namen und Ihre Anschrift nennen?
Die Angaben werden vertraulich behandelt.
Mo 09:52 · Meldender: [[P:Jens Hoffmann]], [[STR:Prohliser Allee 21]], [[LOC:01239 Dresden]].
Ich wohne gegenüber. Meine Nachbarin Frau [[P:Gudrun Pfeifer]] hat es auch gesehen, die hat
kein Handy, Festnetz [[TEL:0351 / 2 84 61 09]].
Mo 09:53 · Meldender: Er fährt einen schwarzen Golf, [[KFZ:DD-LB 2231]], der ist oft tagelang weg.
Mo 10:05 · Veterinäramt: Kontrolle ist für heute Nachmittag geplant. Wissen Sie, wie der Hund heißt?
Mo 10:07 · Meldender: Rocky. Die Frau, [[P:Nino Beridze]], ist mit den Kindern zu ihrer Mutter
nach [[LOC:Kutaissi]], sagt der Hausmeister.
Mo 16:48 · Veterinäramt: Der Hund ist sichergestellt. Chipnummer [[AZ:268 098 100 447 129]],
registriert auf [[P:Beridze]]. Danke für Ihre Hilfe. Amtstierarzt Dr. [[P:Roth]],
[[TEL:0351 408-5137]]
Mo 16:50 · Meldender: Danke!! 🐕
""",
    [
        "Die Angaben werden vertraulich behandelt",
        "Lebensmittelüberwachungs- und",
        "31 Grad",
        "Veterinäramt",
    ],
)

pii(
    "sms_chat",
    """
Live-Chat Bürgerservice Trier · Sitzung 7f3a-22c1 · 21.08.2025
[14:02] Trierbot: Hallo! Ich bin der Trierbot. Wie kann ich helfen?
[14:02] Gast: hi, I lost my passport, romanian. Fundbüro?
[14:03] Trierbot: Ich verbinde Sie mit dem Fundbüro (Mo–Fr 8–16 Uhr).
[14:05] [[P:M. Thiel]] (Fundbüro): Guten Tag, hier Fundbüro Trier, [[P:Thiel]]. Wie ist Ihr Name?
[14:06] Gast: [[P:Ana-Maria Popescu]]. Ich spreche bisschen Deutsch. Passport number is
[[PASS:058213476]], born [[DOB:12.11.1996]] in [[LOC:Craiova]]
[14:08] [[P:M. Thiel]] (Fundbüro): Danke. Es wurde gestern ein rumänischer Pass im Bus der
Linie 3 abgegeben, Fundnummer [[AZ:FT-25-0418]]. War noch etwas dabei?
[14:09] Gast: yes my ID card also, carte de identitate seria [[PASS:TZ 481236]], and a letter
from my employer
[14:10] [[P:M. Thiel]] (Fundbüro): Das passt. Wo wohnen Sie?
[14:11] Gast: [[STR:Eurener Straße 71]], [[LOC:54294 Trier]], in [[LOC:Trier-West]] since march.
before in [[LOC:Konz]] with my cousin [[P:Ioana Dumitru]]
[14:12] [[P:M. Thiel]] (Fundbüro): Bitte kommen Sie mit einem anderen Lichtbildausweis oder
mit Ihrer Cousine vorbei: Rathaus, Am Augustinerhof, Zimmer 8. Telefonnummer für Rückfragen?
[14:13] Gast: [[TEL:0151 7010 2284]] or romanian [[TEL:+40 745 218 334]]
[14:13] Gast: email [[MAIL:anamaria.popescu96@yahoo.com]]
[14:14] [[P:M. Thiel]] (Fundbüro): Notiert. Die Gebühr für die Herausgabe beträgt 5,00 €.
[14:15] Gast: thank you so much!!
[14:15] Trierbot: Der Chat wurde beendet. Bewerten Sie uns!
""",
    ["Sitzung 7f3a-22c1", "Linie 3", "Am Augustinerhof, Zimmer 8", "5,00 €", "Trierbot"],
)

# --- voice_transcript ------------------------------------------------------------------------

pii(
    "voice_transcript",
    """
Sprachtranskript (automatisch) · Hansestadt Lübeck, Rettungsdienst – Gebührenstelle
Anruf 04.02.2025 10:12 · Dauer 04:51 · A = Agentin, K = Kundin

A: gebührenstelle rettungsdienst hansestadt lübeck mein name ist [[P:dahl]] guten tag
K: ja guten tag äh [[P:şahin]] hier [[P:gülay şahin]] ich ruf an wegen dem bescheid für
meinen vater
A: mhm haben sie das kassenzeichen da
K: ja warten sie äh [[AZ:fünf null eins sieben drei acht zwei zwei neun]]
A: und ihr vater heißt
K: [[P:mehmet şahin]] geboren äh [[DOB:fünfzehnter mai neunzehnhundertachtundvierzig]]
A: mhm ich seh den einsatz vom zwölften januar
einsatznummer [[AZ:r t w zwo fünf null eins eins acht]] transport von der wohnung in
[[LOC:moisling]] zum uksh also [[STR:oberbüssauer weg 14]] [[LOC:23560 lübeck]]
K: genau [[STR:oberbüssauer weg vierzehn]] der ist da gestürzt und die aok sagt jetzt die
zahlen das nicht weil es kein notfall war
A: ja dann schicken sie uns bitte den ablehnungsbescheid der kasse dann prüfen wir das
K: an welche adresse
A: am einfachsten per mail an rettungsdienst-gebuehren at luebeck punkt de
K: ja und kann ich das für ihn machen der versteht kein deutsch richtig der ist aus [[LOC:kayseri]]
und seit neunzehnhundertsiebzig hier aber das amtsdeutsch also
A: dann brauchen wir eine vollmacht von ihm mit unterschrift
K: okay ähm meine nummer ist [[TEL:null eins sieben sechs zwei drei neun acht vier eins null fünf]]
falls was ist ich wohn in [[LOC:bad schwartau]] also nicht bei ihm
A: und eine mail adresse
K: [[MAIL:guelay punkt sahin at gmx punkt de]] also g u e l a y
A: gut ich setz die zahlungsfrist bis ende märz aus
K: danke schön tschüss
""",
    [
        "rettungsdienst-gebuehren at luebeck punkt de",
        "hansestadt lübeck",
        "uksh",
        "zahlungsfrist bis ende märz",
    ],
)

pii(
    "voice_transcript",
    """
Anrufbeantworter · Stadt Halle (Saale), Veterinär- und Lebensmittelüberwachungsamt
Nachricht 3 von 7 · 17.07.2025 19:42 · übermittelte Rufnummer [[TEL:0345 6904128]]
Transkript (Spracherkennung, ungeprüft):

ja hallo hier ist äh [[P:konstantin petrenko]] ich wohn in [[LOC:heide-nord]] [[STR:blumenauweg zwölf]]
und ich wollt das melden mit den katzen bei meinem nachbarn herrn [[P:schulze]] also
[[P:dieter schulze]] [[STR:blumenauweg acht]] der hat in der garage mindestens fünfzehn katzen
und das stinkt bis zu uns rüber ähm die sind ganz dünn und eine ist glaub ich tot also seine
frau die [[P:doreen]] ist ausgezogen zu ihrer mutter nach [[LOC:merseburg]] seitdem kümmert
sich keiner der fährt jeden morgen weg mit dem weißen transporter kennzeichen
[[KFZ:hal m s drei vier eins]] also h a l und dann m s ähm bitte rufen sie mich zurück
[[TEL:null eins fünf neun null zwei sieben acht acht eins vier drei]] ich bin ab fünf zu hause
danke tschüss

Nachricht 4 von 7 · 17.07.2025 19:45 · übermittelte Rufnummer [[TEL:0345 6904128]]
Transkript:

ja nochmal [[P:petrenko]] ich hab vergessen meine mail ist [[MAIL:k punkt petrenko at web punkt de]]
und die tochter von frau [[P:schulze]] heißt [[P:mandy]] [[P:kraus]] die wohnt in [[LOC:ammendorf]]
die hat vielleicht einen schlüssel danke

Vermerk Sachgebiet Tierschutz, 18.07.: Kontrolle angeordnet, Vorgang [[AZ:39.2-TS-0917/25]],
Rückruf an [[P:Petrenko]] erfolgt (Sch.).
""",
    [
        "Veterinär- und Lebensmittelüberwachungsamt",
        "Nachricht 3 von 7",
        "Sachgebiet Tierschutz",
        "fünfzehn katzen",
    ],
)

pii(
    "voice_transcript",
    """
Gesprächsmitschnitt (Transkription) · Stadt Oldenburg, Wahlamt · 29.01.2025 · 2 Sprecher

S1: wahlamt oldenburg [[P:wessels]] guten tag
S2: ja hallo mein name ist [[P:xuan tran]] ich hab mich als wahlhelferin gemeldet und noch
keine bestätigung bekommen
S1: wie schreibt man das bitte
S2: [[P:x wie xanten u wie unna a wie aachen n wie nürnberg]] und [[P:tran]]
[[P:t wie tübingen r wie rostock a wie aachen n wie nürnberg]]
S1: und das geburtsdatum
S2: [[DOB:neunter elfter neunzehnhundertneunzig]]
S1: mhm ich finde sie nicht ist die adresse vielleicht anders
S2: ich bin im dezember umgezogen jetzt in [[LOC:kreyenbrück]] [[STR:bremer heerstraße 212]]
[[LOC:zwei sechs eins drei drei]] vorher war ich in [[LOC:eversten]]
S1: ah ja da ist es noch die alte anschrift ich hab sie jetzt sie sind im wahlbezirk 412 das
ist die igs kreyenbrück als beisitzerin
S2: okay super und mein mann möchte auch [[P:lukas meiners]] der ist von [[DOB:siebenundachtzig]]
S1: dann soll er sich bitte selbst online melden oder mir eine mail schreiben
S2: und ihre mail
S1: wahlhelfer at stadt minus oldenburg punkt de
S2: ich schreib ihnen von meiner [[MAIL:xuan punkt tran at posteo punkt de]]
S1: gut und ihre telefonnummer
S2: [[TEL:0441 36 11 49 07]] oder handy [[TEL:0162 5 88 30 14]]
S1: danke frau [[P:tran]] die schulung ist am achtzehnten februar um achtzehn uhr im
kulturzentrum pfl
S2: danke tschüss
""",
    [
        "wahlhelfer at stadt minus oldenburg punkt de",
        "wahlbezirk 412",
        "kulturzentrum pfl",
        "achtzehnten februar",
    ],
    allow=("kreyenbrück",),
)

pii(
    "voice_transcript",
    """
Transkript Telefonat · Stadt Chemnitz, Sozialamt, Eingliederungshilfe für Kinder und Jugendliche
12.11.2024 · automatisch erstellt, nicht korrigiert

A: sozialamt eingliederungshilfe [[P:voigt]] guten tag
B: ja guten tag [[P:kowalenko]] hier [[P:jaroslawa kowalenko]] es geht um meinen sohn [[P:artem]]
der braucht eine schulbegleitung also der hat autismus diagnose seit dem sommer
A: mhm haben sie schon ein aktenzeichen von uns
B: ja äh [[AZ:fünfzig punkt zwei strich zwanzig vierundzwanzig strich drei drei eins sieben]]
A: danke ich hab die akte das geburtsdatum von [[P:artem]] bitte
B: [[DOB:zweiter juni zweitausendvierzehn]]
A: und sie wohnen noch [[STR:fürstenstraße dreiundsiebzig]]
B: ja genau auf dem [[LOC:sonnenberg]] [[LOC:null neun eins drei null]]
A: gut die schule ist die grundschule sonnenberg richtig
B: ja die klassenlehrerin frau [[P:ebert]] hat den bericht geschrieben den schick ich ihnen
A: und der vater ist der auch sorgeberechtigt
B: ja [[P:oleksandr kowalenko]] aber der ist noch in [[LOC:dnipro]] der kann nicht unterschreiben
A: dann brauchen wir eine erklärung von ihnen dass sie allein entscheiden
B: okay äh kann der bescheid auch an meine schwester gehen [[P:halyna bondar]] die wohnt in
[[LOC:kaßberg]] [[STR:weststraße vierzig]] die hilft mir mit den briefen
A: das geht mit einer vollmacht ja
B: meine handynummer ist [[TEL:null eins fünf eins vier vier zwei sieben drei neun null eins]]
A: danke frau [[P:kowalenko]] die fachstelle autismus meldet sich bei ihnen wegen des
hilfeplangesprächs
B: dankeschön
""",
    [
        "Eingliederungshilfe für Kinder und Jugendliche",
        "grundschule sonnenberg",
        "fachstelle autismus",
        "hilfeplangesprächs",
    ],
    allow=("sonnenberg",),
)

V["tax_v05"] = steuer_id("6930581746", "blocks")

pii(
    "voice_transcript",
    """
Telefonnotiz per Spracherkennung · Landeshauptstadt Saarbrücken, Amt für Steuern und Abgaben,
Grundsteuer · 05.03.2025 09:31 · unbearbeitet

a: grundsteuer saarbrücken [[P:jung]] guten morgen
k: ja morgen [[P:de luca]] hier [[P:roberto de luca]] ich hab den neuen grundsteuerbescheid
bekommen für das haus von meinen eltern in [[LOC:dudweiler]] und das ist ja fast das doppelte
a: haben sie das kassenzeichen
k: [[AZ:sechs neun eins strich null vier vier acht zwei strich sieben]]
a: danke und zur sicherheit ihr geburtsdatum
k: [[DOB:achtzehnter märz sechsundsechzig]]
a: ja sie sind eigentümer mit zwei weiteren personen
k: genau meine schwester [[P:francesca]] die wohnt in [[LOC:völklingen]] und mein bruder
[[P:marco]] in [[LOC:mailand]] das haus hat mein vater gebaut da war er noch jung neunzehn
hundert siebzig
a: und das grundstück ist [[STR:saarbrücker straße hundertzwölf]]
k: ja und ich wohne selber in [[STR:am steinbach drei]] in [[LOC:st. ingbert]]
a: der messbetrag kommt vom finanzamt wir setzen nur den hebesatz an der ist dieses jahr
sechshundertfünfzig prozent gegen den messbetrag müssen sie beim finanzamt einspruch einlegen
k: ah okay das wusste ich nicht das finanzamt braucht meine steuer id oder
a: die steht auf dem grundsteuerwertbescheid sonst ja
k: das ist [[TAX:«tax_v05»]]
a: die brauche ich nicht aber gut
k: und schicken sie mir das bitte an [[MAIL:roberto punkt deluca at t minus online punkt de]]
a: mach ich frau [[P:jung]] ist mein name falls sie zurückrufen durchwahl [[TEL:0681 905-3318]]
""",
    ["hebesatz", "sechshundertfünfzig prozent", "grundsteuerwertbescheid", "finanzamt"],
    allow=("jung",),
)

# --- file_note -------------------------------------------------------------------------------

pii(
    "file_note",
    """
Gesundheitsamt Bremen · Referat Infektionsschutz · Aktenvermerk
Az. [[AZ:IfSG-HB-2024-03318]] · Meldung Hepatitis A nach § 7 Abs. 1 IfSG · Labor: MVZ Labor Nord GmbH

Pat.: [[P:Zielińska, Zofia]], * [[DOB:11.03.1988]], [[STR:Vegesacker Str. 112]], [[LOC:28219 Bremen]]
([[LOC:Walle]]), Tel. [[TEL:0421 / 3 96 40 77]]
Beruf: Küchenhilfe, Restaurant Hafenblick GmbH (Tätigkeit nach § 42 IfSG!)
EB 02.10., stat. Aufn. 07.10. Klinikum Bremen-Mitte
Reiseanamnese: bei den Eltern in [[LOC:Rzeszów]] 01.–15.09.

Tel. m. Pat. 09.10., 10:20 (Fr. [[P:Brüning]]), Dolm. über Schwägerin:
- HH-KP: Ehem. [[P:Paweł Zieliński]], * [[DOB:23.06.1985]], Tel. [[TEL:0152 0441 7306]];
  Sohn [[P:Kacper]] (* [[DOB:2016]]), Kl. 3a, Schule wird ohne Namensnennung informiert
- weitere KP: Schwägerin [[P:Monika Zielińska]], wh. [[LOC:Delmenhorst]], Tel.
  [[TEL:04221 / 68 30 12]]; Kollegin [[P:Anja Reimers]], * [[DOB:05.05.1979]], wh. [[LOC:Lilienthal]]
- Impfstatus: Ehem. und Sohn ungeimpft → Riegelimpfung empfohlen (innerh. 14 Tg.)

Maßn.: Tätigkeitsverbot § 42 IfSG bis neg. Befund, schriftl. an Pat. und Arbeitgeber;
Mitteilung an LK Osterholz (KP [[P:Reimers]]) und Stadt Delmenhorst (KP [[P:Zielińska]]).
Pat. fragt, ob ihr Bruder [[P:Tomasz Nowicki]] (Besuch aus [[LOC:Rzeszów]], Rückreise 20.10.)
auch zum Arzt muss → ja, Info per Mail an [[MAIL:tomek.nowicki@wp.pl]].

WV 16.10. (Kontrollbefund)
gez. [[P:Brüning]], SB Infektionsschutz, Tel. [[TEL:0421 361-15921]]
""",
    [
        "§ 7 Abs. 1 IfSG",
        "MVZ Labor Nord GmbH",
        "Restaurant Hafenblick GmbH",
        "Klinikum Bremen-Mitte",
        "LK Osterholz",
    ],
    allow=("Delmenhorst",),
)

pii(
    "file_note",
    """
Landeshauptstadt Hannover · Fachbereich Öffentliche Ordnung · Waffenbehörde (32.42)
Aktenvermerk                                                        Hannover, 21.01.2025

Betr.: Erwerb von Erbwaffen nach § 20 WaffG
Az.: [[AZ:32.42-WBK-2025-0061]]

1. Antragst.: [[P:von der Heyde, Friedrich-Wilhelm]], geb. [[DOB:27.08.1959]] in [[LOC:Celle]],
   wh. [[STR:Sutelstraße 41]], [[LOC:30659 Hannover]], Tel. [[TEL:0511 / 64 71 90 3]],
   mobil [[TEL:0171-4 40 82 19]]
2. Erblasser: Vater [[P:Albrecht von der Heyde]], verst. 02.11.2024 in Uelzen;
   WBK Nr. [[AZ:WBK 4417/1987]] des LK Uelzen (2 Langwaffen: Bockdoppelflinte, Repetierbüchse)
3. Nachweis Erbenstellung: Erbschein AG Uelzen, Az. [[AZ:6 VI 412/24]]; Bruder
   [[P:Konstantin von der Heyde]] ([[LOC:Lüneburg]]) hat verzichtet (Erkl. v. 10.01.2025).
4. Antragst. ist Inhaber Jagdschein Nr. [[AZ:H-JS 2231/08]] → Blockiersystem entbehrlich
   (§ 20 Abs. 3 WaffG), Bedürfnis gegeben.
5. Abfragen BZR, ZStV, Polizei, Verfassungsschutz am 15.01.: ohne Erkenntnisse.
6. Aufbewahrung: Waffenschrank Grad I vorhanden, Nachweis Fa. Tresorbau Nord GmbH; Kontrolle
   vor Ort bei Hr. [[P:von der Heyde]] am 20.01. durch [[P:Brinkmann]] / [[P:Okafor]] o. B.

Verfügung:
- Eintragung in WBK des Antragst. ([[AZ:WBK-H 2025/0061]]), Gebühr 79,00 € (Kostenverz.)
- Mitteilung an LK Uelzen zur Austragung aus [[AZ:WBK 4417/1987]]
- Ehefrau [[P:Marie-Luise von der Heyde]] geb. [[P:Graf]] hat keinen Zugang zum Schrank
  (Erkl. liegt bei)

gez. [[P:Brinkmann]], SB, Tel. [[TEL:0511 168-31462]]
""",
    [
        "§ 20 WaffG",
        "§ 20 Abs. 3 WaffG",
        "Tresorbau Nord GmbH",
        "79,00 €",
        "Fachbereich Öffentliche Ordnung",
    ],
    allow=("von",),
)

V["rv_f03"] = rv_number("13", "170136", "S", "54")
V["iban_f03"] = iban("DE", "14052000" + "1720084413")

pii(
    "file_note",
    """
Landeshauptstadt Schwerin · Fachdienst Soziales · Hilfe zur Pflege
Vermerk über Hausbesuch (HB) am 04.09.2024, 10:00–11:15 Uhr
Az.: [[AZ:50.31-HzP-2024/0729]]                                 SB: [[P:Schmiedeberg]]

Anw.: LB Fr. [[P:Waltraud Kuhn]] geb. [[P:Sager]], * [[DOB:17.01.1936]] in [[LOC:Hagenow]];
Schwiegertochter Fr. [[P:Jelena Kuhn]] (Vorsorgevollmacht liegt vor, Tel.
[[TEL:0172 / 9 03 48 61]]); PFK Fr. [[P:Marina Iwanowa]] (Pflegedienst [[P:Iwanowa]] e.K.)

Whg.: [[STR:Ratzeburger Str. 6]], 4. OG ohne Aufzug, [[LOC:19057 Schwerin]] ([[LOC:Lankow]]);
LB lebt seit 1971 in [[LOC:Lankow]], verlässt die Whg. seit Jan. nicht mehr.
RV-Nr. LB: [[RV:«rv_f03»]] · Konto LB: [[IBAN:«iban_f03»]]

Befund: PG 3 lt. MD-Gutachten v. 12.08.; Bedarf über SGB XI-Sachleistung hinaus ca. 14 Std./Wo.
(Grundpflege, Hauswirtschaft). Angebot Pflegedienst: 1.312,40 € mtl. ungedeckt.
Angehörige: Sohn [[P:Dietmar Kuhn]] (Ehem. v. Fr. J. K.), wh. [[LOC:Wismar]]; Tochter
[[P:Bärbel Rosenau]], wh. [[LOC:Ludwigslust]], [[STR:Schloßstraße 19]] – Unterhalt nach § 94
SGB XII nur bei Einkommen über 100.000 €, Anfrage trotzdem raus.

Pflegedienst: [[P:Marina Iwanowa]] e.K., [[STR:Lübecker Str. 254]], [[LOC:19059 Schwerin]],
Tel. [[TEL:0385 / 4 86 22 10]], AG Schwerin [[HR:HRA 4471]]

Ergebnis: Antrag vollständig bis auf Kontoauszüge 3 Mon.; Umzug in Heim von LB abgelehnt.
WV 18.09.
[[P:Schmiedeberg]]
""",
    ["§ 94", "100.000 €", "1.312,40 € mtl.", "Fachdienst Soziales"],
)

pii(
    "file_note",
    """
Stadtverwaltung Kaiserslautern · Referat Umweltschutz, Abt. Veterinärwesen / Tierschutz
Kontrollvermerk · Az. [[AZ:39-TS-2025-0142]] · Kontrolle am 15.05.2025, 09:30 Uhr

Anlass: anonyme Anzeige v. 12.05. (3 Pferde ohne Unterstand, Weide an der K 7 Richtung Otterbach)
Anw.: Amtstierärztin Dr. [[P:Annika Seel]], VK [[P:Thorsten Mohr]]; Halter anwesend ab 09:50

Halter: [[P:Schwarzkopf, Dieter]], * [[DOB:02.10.1961]], [[STR:Siegelbacher Straße 88]],
[[LOC:67658 Kaiserslautern]] ([[LOC:Erfenbach]]), mobil [[TEL:0160 / 7 72 91 04]]
Lebensgefährtin: [[P:Renate Klein-Schwarzkopf]], gleiche Anschrift (Halterin Anhänger
[[KFZ:KL-RS 447]])

Befund:
- Stute, Chip [[AZ:276098102244871]]: BCS 2/9, Hufe stark überlang
- Wallach, Chip [[AZ:276098102244903]]: o. B.
- Pony, nicht gechippt, lt. Halter von Bekannten aus [[LOC:Ramstein]] übernommen
- kein Witterungsschutz, Tränke leer, kein Raufutter
Halter gibt an, Hufschmied [[P:Ludger Ahlers]] aus [[LOC:Otterberg]] sei für 20.05. bestellt
(Rückfrage [[P:Ahlers]], Tel. [[TEL:06301 / 3 18 92]]: bestätigt).
Transporter des Halters [[KFZ:KL-DS 61]] stand auf der Weide.

Anordnung (mündl., schriftl. folgt) nach § 16a TierSchG: Unterstand bis 31.05., Tierarzt
für Stute binnen 3 Tagen, Nachkontrolle 02.06.
Halter ist seit 2019 bekannt (Vorgang [[AZ:39-TS-2019-0088]], Hund).

gez. Dr. [[P:Seel]], Tel. [[TEL:0631 365-4471]]
""",
    ["§ 16a TierSchG", "K 7 Richtung Otterbach", "BCS 2/9", "Abt. Veterinärwesen / Tierschutz"],
)

pii(
    "file_note",
    """
Landeshauptstadt Dresden · Ordnungsamt · Allgemeine Ordnungsangelegenheiten
Gesprächsvermerk Schlichtung Lärm (Nachbarschaft) · Az. [[AZ:32.21-LÄ-24-1177]]
18.12.2024, 15:00–16:30 Uhr, Theaterstraße 13, Raum 2.118

Anw.: Bf. Hr. [[P:Uwe Nitzsche]] (EG li.), Bg. Fr. [[P:Rania Al-Masri]] und Hr.
[[P:Yousef Al-Masri]] (1. OG li.), alle [[STR:Rehefelder Str. 39]], [[LOC:01127 Dresden]];
Dolm. (arab.) Fr. [[P:Hanan Saleh]]; SB [[P:Kretzschmar]]

Sachstand: Bf. wohnt seit 1979 in [[LOC:Pieschen]], beklagt seit 06/24 Kinderlärm,
Stühlerücken und Waschmaschine nach 22 Uhr; 3 Beschwerden (14.07., 02.09., 11.11.), Lärmprotokoll.
Bg.: 4 Kinder – [[P:Omar]] (Jg. [[DOB:2015]]), [[P:Maryam]] (Jg. [[DOB:2017]]), Zwillinge
[[P:Adam]] und [[P:Yara]] (Jg. [[DOB:2021]]); Familie kam 2016 aus [[LOC:Homs]], wohnte bis 03/24
in [[LOC:Gorbitz]]. Bg. tragen vor, Bf. klopfe nachts mit dem Besenstiel an die Decke.
Mieterin 2. OG, Fr. [[P:Heike Lorenz]], hat Bf. ihrerseits wg. Fernseher gemeldet
(Vorgang [[AZ:32.21-LÄ-24-0412]]).

Ergebnis (von allen getragen):
1. Waschmaschine nur 7–21 Uhr; Filzgleiter werden vom Bf. gestellt (!)
2. Bf. unterlässt das Klopfen; Bg. Kinder ab 20 Uhr in den hinteren Zimmern
3. Bf. nimmt OWi-Anzeige zurück; neuer Termin nur bei erneuter Beschwerde

Kontakt Bg.: [[TEL:0176 84 40 19 27]] (Fr. [[P:Al-Masri]]); Bf.: [[TEL:0351 8 49 20 66]]
Vermieterin Vonovia SE erhält Abschrift ohne Telefonnummern.
[[P:Kretzschmar]]
""",
    [
        "Theaterstraße 13, Raum 2.118",
        "Vonovia SE",
        "7–21 Uhr",
        "Allgemeine Ordnungsangelegenheiten",
    ],
)

pii(
    "file_note",
    """
Stadt Göttingen · Fachdienst Gesundheit · Kinder- und Jugendgesundheitsdienst
Schuleingangsuntersuchung 2025 · Freitext zum Dokumentationsbogen · Az. [[AZ:SEU-25-GÖ-0931]]

Kind: [[P:Bergmann, Noah-Elias]], * [[DOB:30.04.2019]] in [[LOC:Duderstadt]]
Anschr.: [[STR:Hennebergstraße 3]], [[LOC:37077 Göttingen]] ([[LOC:Weende]])
Kita: Kita Weende-Nord, Gruppe Füchse
Begl.: KM Fr. [[P:Svenja Bergmann]], Tel. [[TEL:0551 / 20 93 71 58]]; KV Hr.
[[P:Okan Demir]] (gemeinsames Sorgerecht, wh. [[LOC:Rosdorf]], Tel. [[TEL:0157 3 11 80 26]])
Geschw.: [[P:Mila]] (* [[DOB:2022]])

Befunde:
- Sehtest re 0,8 / li 0,5 → Überweisung Augenarzt
- Sprache: Sigmatismus interdentalis, Dysgrammatismus leicht → Logopädie bereits bei
  [[P:Claudia Brück]], Praxis für Logopädie, [[STR:Hannoversche Str. 60]], [[LOC:37075 Göttingen]],
  Tel. [[TEL:0551 / 3 89 04 40]] (seit 11/24)
- Motorik, Gewicht, Hören o. B.; Impfstatus Masern 2×, vollständig
- SOPESS: Visuomotorik unterdurchschnittlich

KM berichtet, [[P:Noah-Elias]] sei bis 2023 bei den Großeltern [[P:Demir]] in [[LOC:Hann. Münden]]
betreut worden (Türkisch und Deutsch).

Empfehlung: Einschulung 2025, Grundschule Hagenweg; Förderempfehlung Sprache und Feinmotorik.
Rückmeldung KM erwünscht per Mail [[MAIL:svenja.bergmann@gmx.de]].
Ärztin: Dr. [[P:Derya Sahin-Meyer]], Tel. [[TEL:0551 400-4852]]
""",
    ["Kita Weende-Nord", "Grundschule Hagenweg", "SOPESS", "Kinder- und Jugendgesundheitsdienst"],
    allow=("Weende",),
)

# --- ocr_form --------------------------------------------------------------------------------

V["id_o01"] = id_card("L7VX2M9C4", with_check=True)

pii(
    "ocr_form",
    """
--- OCR Seite 1/1 · Konfidenz 71 % · Landeshauptstadt Magdeburg · Fundbüro ---
ElGENTUMSNACHWEIS / ANTRAG AUF HERAUSGABE ElNER FUNDSACHE
Fundnurnrner: [[AZ:MD-F 2O24/3317]]          Eingang Fundsache: O7.1O.2O24

Narne, Vornarne:   [[P:Schrnidt, Wo1fgang]]
Geburtsdaturn:     [[DOB:l4.O6.l958]]       Geburtsort: [[LOC:Burg b. Magdebvrg]]
Anschrift:         [[STR:Breiter Weg 2l7]]
                   [[LOC:391O4 Magdeburg]]
Telefon:           [[TEL:O391 / 5 6l 3O 92]]
Ausweis (PA) Nr.:  [[ID:«id_o01»]]

Beschreibung der Fundsache (Eigentümer ausfüllen):
Ehering, Gelbgold 585, innen Gravur „[[P:Gisela]] 12.5.1984“, Größe 64, verloren arn
O5.1O. irn Elbauenpark (Spielplatz beirn Jahrtausendturrn) beirn Ballspielen rnit rneinern
Enke1 [[P:Ben]]

Ehefrau:           [[P:Gisela Schmidt]] geb. [[P:Kr4use]], geb. [[DOB:3O.O9.196l]]
Finder/in:         [[P:Nguyen Thi Lan]], [[LOC:Stadtfe1d Ost]] (verzichtet auf Finderlohn)
Abholung auch durch: Sohn [[P:Thomas Schmidt]], Tel. [[TEL:O17O 2 99 41 O8]]

Ich versichere, dass die Angaben der Wahrheit entsprechen.
Magdeburg, 2l.1O.2O24       Unterschrift: [[P:W. Schrnidt]]

--- Stempel ---
Ausgegeben am 22.1O.2O24 an Herrn [[P:Schmidt]] gegen Vorlage PA. Gebühr 1O,OO € bezahlt.
Bearb.: Le / Fundbüro, Breiter Weg 222 (Eingang Ratswaage)
""",
    ["Elbauenpark", "Jahrtausendturrn", "Breiter Weg 222 (Eingang Ratswaage)", "Gebühr 1O,OO €"],
)

V["iban_o02"] = iban("DE", "23050101" + "0017634592")

pii(
    "ocr_form",
    """
[Scan 2025-01-08_0912.pdf → Text, handschriftliche Felder]
VOLKSHOCHSCHULE DER HANSESTADT LÜBECK · ANMELDEKARTE · bitte in Druckbuchstaben

Kurs-Nr.: 251-20614   Kurstitel: Plattdüütsch för Anfängers   Entgelt: 68,00 €

Nachnarne: [[P:PIEPENBRlNK]]            Vorname: [[P:Hanne-Lore]]
geb. am:   [[DOB:O3.O7.l949]]          in: [[LOC:Kücknitz]]
Straße/Nr: [[STR:Solmitzstr. 1l]]
PLZ/Ort:   [[LOC:2356O Lübeck]]
Telefon:   [[TEL:O451 / 3 O4 2l 87]]        E-Mail: [[MAIL:hlpiepenbrink@t-on1ine.de]]

Ermäßigung: [x] Lübeck-Pass Nr. [[AZ:LP-2O24-O8813]]   [ ] Schüler/Student
Zweite Person (gleicher Kurs): [[P:Jannik Piepenbrink]] (Enkel), geb. [[DOB:O3.O9.2OO9]],
wohnt bei seinem Vater [[P:Sönke Piepenbrink]] in [[LOC:Bad Schwartau]]
Notfallkontakt (freiwillig): Tochter [[P:Maike Brüggmann]], Tel. [[TEL:O451 / 89 1O 22]]

SEPA-Lastschriftrnandat:
Kontoinhaber/in: [[P:Hanne-Lore Piepenbrink]]
IBAN: [[IBAN:«iban_o02»]]
Gläubiger-ID der VHS: DE98ZZZ00000019456 · Mandatsreferenz: [[AZ:VHS-HL-118204]]

Ort, Datum: Lübeck-Kücknitz, 6.1.25     Unterschrift: [[P:H.-L. Piepenbrink]]

[Vermerk Geschäftsstelle, Hüxstraße 118–120:] Anm. eingeg. 08.01., Platz 7 von 12, Bestätig.
per Post; Enkel bitte Schülerausweis nachreichen. – Kursleitung: [[P:Hinrich Ohlsen]]
""",
    [
        "251-20614",
        "Plattdüütsch för Anfängers",
        "DE98ZZZ00000019456",
        "Hüxstraße 118–120",
        "68,00 €",
    ],
    allow=("Kücknitz",),
)

pii(
    "ocr_form",
    """
OCR · Rückseite Wahlbenachrichtigung · Europawahl am 9. Juni 2024 · Stadt Halle (Saale)
Wahlbezirk: 0421     Nr. im Wählerverzeichnis: [[AZ:1O77]]

ANTRAG AUF ERTElLUNG ElNES WAHLSCHElNS (Briefwahl)
Familienname:  [[P:B0GDANOV]]                Vorname(n): [[P:Dimitar]]
Geburtsdatum:  [[DOB:O2.O7.1977]]
Wohnanschrift: [[STR:Reilstraße 13O]], [[LOC:O6114 Halle (Saale)]]

[x] Die Briefwahlunterlagen sollen an folgende Anschrift geschickt werden:
bei [[P:Petrova]], [[STR:ul. Vasil Levski 14]], [[LOC:8OOO Burgas]], Bulgarien
(bin vorn 20.05. bis 15.06. bei rneiner Mutter [[P:Radka Petrova]])

[ ] Die Unterlagen werden von einer bevollmächtigten Person abgeholt:
Vollrnacht für: [[P:Mariya Bogdanova]], geb. [[DOB:l8.l2.198O]], [[STR:Reilstraße 13O]]
(Ehefrau, falls die Post zu langsarn ist) Tel. [[TEL:O345 / 2 O9 77 4l]]

Telefonische Rückfragen: [[TEL:+359 88 9O2 4471]]   E-Mail: [[MAIL:d.bogdanov77@abv.bg]]
Ort, Datum: Halle, 14.O5.2O24           Unterschrift: [[P:D. Bogdanov]]

--- Eingangsstempel Wahlamt, Marktplatz 1 ---
eing. 16.05.2024 · Wahlschein-Nr. [[AZ:0421-0093]] · versandt 17.05.2024 an Ausland (Luftpost)
Rückfrage 16.05. mit der Ehefrau, Frau [[P:Bogdanova]]: Anschrift in [[LOC:Burgas]] bestätigt.
Hinweis: Unionsbürger, Eintragung auf Antrag (§ 17a EuWO) vom 12.02.2024 liegt vor.
""",
    ["Wahlbezirk: 0421", "§ 17a EuWO", "Marktplatz 1", "Europawahl am 9. Juni 2024"],
)

pii(
    "ocr_form",
    """
Wissenschaftliche Bibliothek / Stadtbibliothek Trier · Weberbach 25 · Anmeldung
[Texterkennung aus Fax, Qualität niedrig]

Leseausweis-Nr. (wird von der Bibliothek ausgefüllt): [[AZ:TR 00 4417 38]]

Name: [[P:Tsakiris]]        Vorname: [[P:Konstantinos]]        geb.: [[DOB:2l.O1.2Ol3]]
Straße: [[STR:Kürenzer Straße 1O4]]           PLZ/Ort: [[LOC:5429S Trier]]
Schule/Klasse: Humboldt-Gymnasium, 6b

Für Kinder und Jugendliche unter 16 Jahren: Einverständnis und Haftung der/des
Erziehungsberechtigten
Name: [[P:Tsakiri, Eleni]]   geb.: [[DOB:O9.O4.1984]]   Tel.: [[TEL:O651 / 99 4O 27 1]]
E-Mail: [[MAIL:e.tsakiri@gmai1.com]]
Anschrift, falls abweichend: --
Abholberechtigt: Großmutter [[P:Sofia Tsakiri]], [[STR:Kürenzer Straße 1O4]]
Vater (nur für Rückfragen): [[P:Georgios Tsakiris]], [[LOC:Thessaloniki]], [[TEL:+30 69 4412 0387]]

Ich habe die Benutzungsordnung und die Gebührenordnung (Jahresentgelt Kinder: frei,
Versäumnisgebühr 0,50 € je Medium und Öffnungstag) gelesen.
Trier, den 3.O9.2O24      Unterschrift: [[P:E. Tsakiri]]

Bearbeitungsvermerk: Ausweis ausgegeben 04.09.; Kind wohnt seit 08/24 in [[LOC:Kürenz]],
vorher [[LOC:Konz-Karthaus]]. Mutter legte griech. Reisepass vor (Nr. [[PASS:AN 4127095]]).
Familienausweis mit Schwester [[P:Dafni]] (* [[DOB:2O16]]) möglich – Mutter informiert.
""",
    ["Weberbach 25", "Humboldt-Gymnasium", "0,50 € je Medium und Öffnungstag", "Benutzungsordnung"],
)

V["tax_o05"] = steuer_id("7310592847")
V["rv_o05"] = rv_number("15", "200398", "K", "57")
V["iban_o05"] = iban("DE", "21050170" + "1004412873")

pii(
    "ocr_form",
    """
Landeshauptstadt Kiel · Amt für Soziale Dienste · Eingliederungshilfe (SGB IX, Teil 2)
Antrag auf Leistungen – handschriftlich ausgefüllt · OCR-Ergebnis, nicht korrigiert

1. Antragstellerin
Name, Vorname: [[P:Kurt, Aylin]]               Geburtsdatum: [[DOB:20.03.1998]]
Geburtsort:    [[LOC:Neumünster]]              Staatsangehörigkeit: deutsch
Anschrift:     [[STR:Holtenauer Str. 29l]], [[LOC:241O5 Kie1]] ([[LOC:Wik]])
Telefon:       [[TEL:O157 / 3 22 8O 19 4]]     E-Mail: [[MAIL:aylin.kurt98@gmx.de]]
Rentenvers.-Nr.: [[RV:«rv_o05»]]
Steuer-ID:     [[TAX:«tax_o05»]]

2. Gesetzliche Betreuung / Vollmacht:   nein
   Ansprechperson: Mutter [[P:Sevgi Kurt]], [[STR:Kieler Str. 66]], [[LOC:2453l Neumünster]],
   Tel. [[TEL:O4321 / 5 9O 33]]

3. Beantragte Leistung: Assistenz im Studium (Rollstuhl, Tetraparese seit Unfall 2O17),
   Studiengang Soziale Arbeit, FH Kiel, Matrikel-Nr. [[AZ:9 4O18 22]]
4. Bankverbindung: [[IBAN:«iban_o05»]] (Förde Sparkasse)

5. Bisherige Leistungen: Persönliches Budget ab 1O/2O2O über Kreis Rendsburg-Eckernförde
   (Az. dort [[AZ:EGH-RD 2O2O/4471]]), Wohnsitz damals [[LOC:Eckernförde]]

Ich bin mit der Einholung ärztlicher Unterlagen einverstanden.
Kie1, 1O.O2.2O25         Unterschrift: [[P:A. Kurt]]

Eingangsvermerk: 11.02.2025, Andreas-Gayk-Straße 31, Sachbearb. [[P:Rolf Matthiesen]]
""",
    [
        "Andreas-Gayk-Straße 31",
        "SGB IX, Teil 2",
        "FH Kiel",
        "Kreis Rendsburg-Eckernförde",
        "Soziale Arbeit",
    ],
    allow=("Eckernförde",),
)

# --- table -----------------------------------------------------------------------------------

pii(
    "table",
    """
Freie Hansestadt Bremen · Wahlbereichsleitung · Bürgerschaftswahl · Wahlvorstände Gröpelingen
Export wahlhelfer_421.csv (Auszug, 9 von 64 Zeilen) – nur für den Dienstgebrauch

bezirk;funktion;nachname;vorname;geb;strasse;plz;ort;telefon;helfer_nr
421-01;Vorsteher;[[P:Schröder]];[[P:Karl-Heinz]];[[DOB:1957-02-11]];[[STR:Lindenhofstraße 12]];[[LOC:28237]];[[LOC:Bremen]];[[TEL:0421 61 77 02]];[[AZ:WH-04417]]
421-01;Schriftf.;[[P:Yılmaz]];[[P:Elif]];[[DOB:1994-08-30]];[[STR:Gröpelinger Heerstr. 150]];[[LOC:28237]];[[LOC:Bremen]];[[TEL:0176 29 04 81 13]];[[AZ:WH-04418]]
421-02;Vorsteherin;[[P:von Bargen]];[[P:Henrike]];[[DOB:1968-12-01]];[[STR:Seewenjestraße 83]];[[LOC:28237]];[[LOC:Bremen]];[[TEL:+49 421 3 87 12 60]];[[AZ:WH-04420]]
421-02;Beisitzer;[[P:Kowalski]];[[P:Marek]];[[DOB:1979-05-17]];[[STR:Ortstraße 4]];[[LOC:28237]];[[LOC:Bremen]];[[TEL:0157-33 21 90 84]];[[AZ:WH-04421]]
421-03;Vorsteher;[[P:Ogunleye]];[[P:Adebayo]];[[DOB:1986-03-09]];[[STR:Liegnitzstraße 21 a]];[[LOC:28237]];[[LOC:Bremen]];[[TEL:(0421) 6 44 09 71]];[[AZ:WH-04425]]
421-03;Beisitzerin;[[P:Nguyen]];[[P:Thi Hoa]];[[DOB:2001-10-22]];[[STR:Bromberger Str. 117]];[[LOC:28239]];[[LOC:Bremen]];[[TEL:01522 7 40 63 18]];[[AZ:WH-04426]]
421-04;Beisitzerin;[[P:Ivanova]];[[P:Svetlana]];[[DOB:1972-06-05]];[[STR:Hafenrandstraße 9]];[[LOC:27751]];[[LOC:Delmenhorst]];[[TEL:04221 9 20 33 6]];[[AZ:WH-04431]]
421-04;Beisitzer;[[P:Demir]];[[P:Baran]];[[DOB:2005-01-14]];[[STR:Moorstraße 40]];[[LOC:28237]];[[LOC:Bremen]];[[TEL:0160 4417 209]];[[AZ:WH-04432]]
421-05;Stellv.;[[P:Pohlmann]];[[P:Gesche]];[[DOB:1961-07-28]];[[STR:Stapelfeldtstraße 2]];[[LOC:28237]];[[LOC:Bremen]];[[TEL:0421 361-4092]];[[AZ:WH-04440]]

Hinweis: Zeile 421-05 ist Verwaltungskraft des Stadtamts (Dienstanschluss). Schulung am
12.04. im Ortsamt West, Waller Heerstraße 99. Erfrischungsgeld 60 € (Vorsteher 80 €).
""",
    [
        "Wahlbereichsleitung",
        "Ortsamt West, Waller Heerstraße 99",
        "Erfrischungsgeld 60 €",
        "helfer_nr",
    ],
    allow=("Bremen", "von"),
)

V["id_t02a"] = id_card("T4C7NM2F1", with_check=True)
V["id_t02b"] = id_card("LHR9W35X8")

pii(
    "table",
    "Landeshauptstadt Dresden · Bürgeramt · Zentrales Fundbüro, Hamburger Straße 19\n"
    "Fundbuch KW 47/2024 (Auszug, tabulatorgetrennt) – Eigentümer nur, soweit ermittelt\n\n"
    + tabbed(
        ("fundnr", "eingang", "gegenstand", "eigentuemer", "anschrift", "kontakt", "finder"),
        (
            "[[AZ:DD-24-11873]]",
            "18.11.",
            "Geldbörse, PA Nr. [[ID:«id_t02a»]]",
            "[[P:Lehmann, Kerstin]]",
            "[[STR:Bautzner Str. 41]], [[LOC:01099 Dresden]]",
            "[[TEL:0351 8 02 44 19]]",
            "[[P:Milan Horvat]]",
        ),
        ("DD-24-11874", "18.11.", "Schlüsselbund (5), Anhänger Dynamo", "-", "-", "-", "DVB AG"),
        (
            "[[AZ:DD-24-11880]]",
            "19.11.",
            "Reisepass Ukraine [[PASS:FX 093418]]",
            "[[P:Bondarenko, Olha]]",
            "[[STR:Leipziger Str. 118]], [[LOC:01127 Dresden]]",
            "[[MAIL:olha.bondarenko@ukr.net]]",
            "-",
        ),
        (
            "[[AZ:DD-24-11886]]",
            "19.11.",
            "Rucksack, Laptop (Aufkleber mit Name)",
            "[[P:Fuchs, Tobias]]",
            "[[STR:Kesselsdorfer Str. 7]], [[LOC:01159 Dresden]]",
            "[[TEL:+49 176 51 20 88 34]]",
            "[[P:Annett Kühn]]",
        ),
        ("DD-24-11890", "20.11.", "Brille, Etui Optik Striesen", "-", "-", "-", "Sachsenbad"),
        (
            "[[AZ:DD-24-11893]]",
            "20.11.",
            "Aufenthaltstitel [[ID:«id_t02b»]]",
            "[[P:Haidari, Mohammad Reza]]",
            "[[STR:Gorbitzer Str. 12]], [[LOC:01169 Dresden]]",
            "[[TEL:0152 03 18 74 42]]",
            "-",
        ),
        (
            "[[AZ:DD-24-11901]]",
            "21.11.",
            "Hörgerät (Name im Etui)",
            "[[P:Wünsche, Irmgard]] (* [[DOB:1939]])",
            "[[STR:Borsbergstr. 30]], [[LOC:01309 Dresden]]",
            "Pflegeheim",
            "[[P:Ronny Zschiesche]]",
        ),
        ("DD-24-11902", "21.11.", "Regenschirm, schwarz", "-", "-", "-", "Kulturpalast"),
    )
    + "\n\nBenachrichtigt per Post: 5 Eigentümerinnen und Eigentümer · Aufbewahrung 6 Monate "
    "(§ 973 BGB) · Fundbüro Tel. 0351 488-5555\n"
    "Hinweis: Frau [[P:Wünsche]] lebt im Pflegeheim in [[LOC:Striesen]]; Betreuerin [[P:Kathrin Opitz]], "
    "[[TEL:0351 3 17 62 90]], holt das Hörgerät ab.\n",
    ["Hamburger Straße 19", "DVB AG", "§ 973 BGB", "Tel. 0351 488-5555", "Anhänger Dynamo"],
    allow=("Striesen",),
)

pii(
    "table",
    "Stadt Oldenburg · Volkshochschule · Teilnehmendenliste (Stand 02.09.2024)\n"
    "Kurs 242-1107 Integrationskurs B1, Karlstraße 25, Raum 204 · Kursleitung: "
    "[[P:Imke Janssen]] ([[MAIL:imke.janssen@vhs-ol.de]])\n\n"
    + pipes(
        (3, 22, 10, 15, 17, 22),
        ("Nr", "Name", "geb.", "Geburtsort", "Telefon", "BAMF-Berechtigung"),
    )
    + "\n"
    + rule((3, 22, 10, 15, 17, 22))
    + "\n"
    + pipes(
        (3, 22, 10, 15, 17, 22),
        (
            "1",
            "[[P:Ahmadi, Zahra]]",
            "[[DOB:03.05.1991]]",
            "[[LOC:Herat]]",
            "[[TEL:0176 4412 8830]]",
            "[[AZ:BAMF 4418 22097]]",
        ),
        (
            "2",
            "[[P:Hussein, Ali]]",
            "[[DOB:1988]]",
            "[[LOC:Mossul]]",
            "[[TEL:0441 2 17 09 35]]",
            "[[AZ:BAMF 4418 22113]]",
        ),
        (
            "3",
            "[[P:Kovalenko, Iryna]]",
            "[[DOB:22.11.1979]]",
            "[[LOC:Saporischschja]]",
            "[[TEL:0157 83 02 19 66]]",
            "Selbstzahlerin",
        ),
        (
            "4",
            "[[P:Osei, Kwame]]",
            "[[DOB:14.07.1995]]",
            "[[LOC:Kumasi]]",
            "[[TEL:+49 1523 909 4471]]",
            "[[AZ:BAMF 4418 22150]]",
        ),
        (
            "5",
            "[[P:Popa, Maria-Elena]]",
            "[[DOB:01.01.1990]]",
            "[[LOC:Suceava]]",
            "[[TEL:0162 7 31 88 20]]",
            "Jobcenter [[AZ:381A-0072914]]",
        ),
        (
            "6",
            "[[P:Şimşek, Rojda]]",
            "[[DOB:30.09.2000]]",
            "[[LOC:Cizre]]",
            "[[TEL:0441 9 40 61 17]]",
            "[[AZ:BAMF 4418 22171]]",
        ),
        (
            "7",
            "[[P:Tran, Van Long]]",
            "[[DOB:18.02.1984]]",
            "[[LOC:Nam Định]]",
            "[[TEL:0176 20 55 91 43]]",
            "Selbstzahler",
        ),
        (
            "8",
            "[[P:Georgiou, Eleni]]",
            "[[DOB:07.12.1997]]",
            "[[LOC:Larisa]]",
            "[[TEL:0152 2 88 17 09]]",
            "Arbeitgeber",
        ),
    )
    + "\n\nAnwesenheit wird dem BAMF gemeldet. Nr. 3 wohnt in [[LOC:Bad Zwischenahn]] (Fahrtkosten "
    "beantragt), Nr. 6 ab Oktober in [[LOC:Eversten]]. Kosten pro Unterrichtseinheit 2,29 €.\n",
    ["Kurs 242-1107", "Karlstraße 25, Raum 204", "BAMF-Berechtigung", "2,29 €"],
)

pii(
    "table",
    "Landeshauptstadt Saarbrücken · Berufsfeuerwehr / Rettungsdienst · Gebührenabrechnung\n"
    "Offene Posten Selbstzahler, Stand 31.01.2025 (Gebührensatzung Rettungsdienst, Tarif-Nr. 2.1 und 3.4)\n\n"
    + columns(
        (14, 26, 12, 34),
        ("Kassenzeichen", "Patient/in", "geb.", "Anschrift"),
        ("-------------", "----------", "----", "---------"),
        (
            "[[AZ:5103-241187]]",
            "[[P:Essen, Manfred]]",
            "[[DOB:08.04.1954]]",
            "[[STR:Breite Straße 63]], [[LOC:66115 SB]]",
        ),
        (
            "[[AZ:5103-241203]]",
            "[[P:Ricci, Giuseppe]]",
            "[[DOB:21.10.1949]]",
            "[[STR:Hohe Wacht 12]], [[LOC:66119 SB]]",
        ),
        (
            "[[AZ:5103-241219]]",
            "[[P:Müller-Kaya, Derya]]",
            "[[DOB:12.12.1992]]",
            "[[STR:Lebacher Str. 70]], [[LOC:66113 SB]]",
        ),
        (
            "[[AZ:5103-241230]]",
            "[[P:Mbeki, Thandiwe]]",
            "[[DOB:03.03.2003]]",
            "[[STR:Im Stadtwald 4]], [[LOC:66123 SB]]",
        ),
        (
            "[[AZ:5103-241244]]",
            "[[P:Leclerc, Jean-Luc]]",
            "[[DOB:29.06.1971]]",
            "[[STR:12 rue Nationale]], [[LOC:57600 Forbach]]",
        ),
        (
            "[[AZ:5103-241256]]",
            "[[P:Krämer, Hildegard]]",
            "[[DOB:17.05.1936]]",
            "[[STR:Dudweilerstraße 5]], [[LOC:66111 SB]]",
        ),
        (
            "[[AZ:5103-241271]]",
            "[[P:Wójcik, Tomasz]]",
            "[[DOB:09.09.1988]]",
            "ohne festen Wohnsitz",
        ),
    )
    + "\n\nBemerkungen: Hr. [[P:Ricci]] verstorben, Erbin Tochter [[P:Paola Ricci]], "
    "[[STR:Rue de la Gare 8]], [[LOC:L-3510 Dudelange]]. Fr. [[P:Mbeki]] ist Studentin (Erasmus), "
    "Versicherung in [[LOC:Kapstadt]] angefragt. Fr. [[P:Krämer]]: Sohn [[P:Bernd Krämer]] zahlt "
    "in Raten, [[TEL:0681 / 8 73 20 41]].\n"
    "Beträge je Einsatz: RTW 612,00 €, KTW 238,00 €; Forderungen ab 1.000 € an die Stadtkasse.\n",
    ["Tarif-Nr. 2.1 und 3.4", "RTW 612,00 €", "KTW 238,00 €", "Gebührensatzung Rettungsdienst"],
)

pii(
    "table",
    """
Stadt Chemnitz · Sportamt · Vereinsförderung 2025 – Übungsleiterpauschale, Bewilligungsliste
Ausgabe für Stadtratsvorlage B-117/2025 (Anlage 2, nicht öffentlich: Spalten 3–6)

verein;vr;vorsitz;anschrift_vorsitz;telefon;kassenwart;zuschuss_eur
SV Eiche Reichenbrand e.V.;VR 1127;[[P:Uwe Lorenz]];[[STR:Zwickauer Str. 401]], [[LOC:09117 Chemnitz]];[[TEL:0371 85 32 19]];[[P:Marlies Hänel]];4.200
TSG Rotation Kaßberg e.V.;VR 2041;Dr. [[P:Anke Winter]];[[STR:Weststraße 58]], [[LOC:09112 Chemnitz]];[[TEL:0172 3 80 44 91]];[[P:Jörg Seifert]];3.150
Chemnitzer Kickbox-Verein 2010 e.V.;VR 3390;[[P:Ahmet Aksoy]];[[STR:Zietenstraße 25]], [[LOC:09130 Chemnitz]];[[TEL:0176 62 01 93 58]];[[P:Büşra Aksoy]];1.800
Schachfreunde Sonnenberg e.V.;VR 0874;[[P:Gennadij Rubinstein]];[[STR:Fürstenstraße 13]], [[LOC:09130 Chemnitz]];[[TEL:0371 4 01 73 22]];[[P:Klaus Ebert]];650
Ruderclub Chemnitz-Küchwald e.V.;VR 0412;[[P:Frauke Lindner-Voß]];[[STR:Leipziger Str. 212]], [[LOC:09114 Chemnitz]];[[TEL:0371 3 36 50 08]];[[P:Peter Voß]];2.700
FC Hutholz 05 e.V.;VR 2868;[[P:Nguyễn Đức Anh]];[[STR:Wolgograder Allee 142]], [[LOC:09123 Chemnitz]];[[TEL:0157 7 44 20 13]];[[P:Sandy Kretschmer]];2.250
Volleyball Gablenz e.V.;VR 3015;[[P:Paweł Nowak]];[[STR:Carl-von-Ossietzky-Str. 88]], [[LOC:09127 Chemnitz]];[[TEL:0371 7 25 81 46]];[[P:Ina Roßberg]];1.350

Summe: 16.100 € aus Haushaltsstelle 4210.7182 · Auszahlung über die Vereinskonten
Hinweis: Vorsitzende der TSG Rotation ist Frau Dr. [[P:Winter]] (neu gewählt, Protokoll vom
14.01.); Kassenwart des Kickbox-Vereins wohnt in [[LOC:Hilbersdorf]] ([[STR:Dresdner Str. 150]]).
""",
    [
        "B-117/2025",
        "VR 1127",
        "Haushaltsstelle 4210.7182",
        "16.100 €",
        "SV Eiche Reichenbrand e.V.",
    ],
)

# --- hearing_minutes -------------------------------------------------------------------------

pii(
    "hearing_minutes",
    """
Stadt Göttingen · Fachdienst Stadtplanung
Niederschrift über die öffentliche Informationsveranstaltung zum Bebauungsplan Nr. 252
„Holtenser Berg – Nordwest“ am 22.05.2025, 18:00–20:40 Uhr, Aula der Grundschule Holtenser Berg

Podium: Ortsbürgermeisterin [[P:Renate Kühn-Adler]]; [[P:Oliver Tammen]] (Fachdienst
Stadtplanung); Moderation [[P:Katharina Wölfel]] (plan:werk Beteiligung GmbH)
Anwesend: ca. 110 Personen · Protokoll: [[P:Jana Ernst]]

TOP 1 Vorstellung der Planung
Hr. [[P:Tammen]] erläutert Baufelder WA 1–4, 240 Wohneinheiten, Anbindung über die
Hannoversche Straße, Grünzug entlang des Weendebachs.

TOP 2 Fragen und Anregungen
1. Fr. [[P:Sibylle von Alvensleben-Hartig]] ([[STR:Hermann-Föge-Weg 12]]) verweist auf ihre
   Stellungnahme [[AZ:BP252-0087]] und fordert, die Zufahrt WA 3 zu verlegen. Beifall.
2. Hr. [[P:Mustafa Çelik]] wohnt seit 2004 in [[LOC:Holtenser Berg]] ([[STR:Hagenweg 5]]),
   begrüßt Sozialwohnungen, fragt nach Kita-Plätzen. Hr. [[P:Tammen]]: Kita mit 4 Gruppen geplant.
3. Hr. [[P:Jürgen Winkelmann]] (Heimatverein) bittet, den Flurnamen „Am Schäferkamp“ zu erhalten.
4. Fr. [[P:Nadia Benali]] ([[STR:Pfalz-Grona-Breite 61]]) schildert den Schulweg ihrer Tochter
   [[P:Lina]] (8); Wunsch: Querungshilfe. Zusage zur Prüfung.
5. Hr. [[P:Lukas Brenneke]], Student, aufgewachsen in [[LOC:Northeim]], fragt nach
   Wohnheimplätzen; Hinweis auf Studentenwerk.
6. Hr. [[P:Çelik]] ergänzt, sein Nachbar [[P:Gerhard Pape]] ([[STR:Hagenweg 7]]) habe wegen
   Krankheit nicht kommen können und bitte um Zusendung der Unterlagen an
   [[MAIL:g.pape@gmx.de]].

TOP 3 Weiteres Verfahren
Auslegung nach § 3 Abs. 2 BauGB voraussichtlich im Herbst; Stellungnahmen bis dahin an
stadtplanung@goettingen.de. Fr. [[P:Kühn-Adler]] dankt den Anwesenden.

gez. [[P:Ernst]]                                           gez. [[P:Tammen]]
""",
    [
        "§ 3 Abs. 2 BauGB",
        "stadtplanung@goettingen.de",
        "plan:werk Beteiligung GmbH",
        "Hannoversche Straße",
        "Aula der Grundschule Holtenser Berg",
    ],
    allow=("Holtenser Berg",),
)

pii(
    "hearing_minutes",
    """
Landeshauptstadt Kiel · Ortsbeirat Holtenau
Niederschrift (Auszug) der öffentlichen Sitzung vom 11.09.2024, 19:00 Uhr, Gemeinschaftshaus
Holtenau, Kanalstraße 50 · Vorsitz: [[P:Gesa Hinrichsen]] · Schriftführung: [[P:Timo Rehder]]

TOP 4 Einwohnerfragestunde: Veranstaltungen am Tiessenkai
Anwesend für die Verwaltung: Hr. [[P:Lars Petersen]], Amt für Sicherheit und Ordnung.

Hr. [[P:Hauke Thomsen]] ([[STR:Kanalstraße 12]]) beklagt Musik bis 1 Uhr an drei Wochenenden.
Er wohne seit 1988 in [[LOC:Holtenau]], seine Frau [[P:Birte Thomsen]] sei schwer herzkrank.
Fr. [[P:Olena Shevchenko]] ([[STR:Richthofenstraße 8 b]]) fragt, wer die Lärmmessungen macht;
sie habe über das Kontaktformular ([[AZ:32.1-RS-2024/0611]]) keine Antwort erhalten.
Hr. [[P:Petersen]] sagt Rückruf zu ([[TEL:0431 901-3375]]).
Hr. [[P:Sönke Jessen]], Geschäftsführer der Tiessenkai Events GmbH, erklärt, alle Feste seien
nach § 12 GastG gestattet gewesen; Ende künftig 23:00 Uhr.
Hr. Dr. [[P:Wolfram Heise]] ([[STR:Schleuseninsel 3]]) verweist auf die Sperrzeitverordnung.
Fr. [[P:Ayla Korkmaz]], wohnhaft in [[LOC:Friedrichsort]], fragt für ihren Vater
[[P:Cemal Korkmaz]] ([[STR:Kastanienallee 19]]), ob Anwohnende vorab informiert werden. Zusage.
Ein Anwohner, Hr. [[P:Ole]] (Nachname nicht genannt), bittet um Kontrollen der Parkverbote
am Leuchtturm.

Beschluss: Der Ortsbeirat bittet die Verwaltung, Veranstaltungen am Tiessenkai ab 2025 nur bis
23:00 Uhr zu gestatten (einstimmig, Drucksache 1033/2024).

gez. [[P:Hinrichsen]]                                       gez. [[P:Rehder]]
""",
    ["Kanalstraße 50", "§ 12 GastG", "Drucksache 1033/2024", "Tiessenkai Events GmbH", "23:00 Uhr"],
    allow=("Holtenau",),
)

pii(
    "hearing_minutes",
    """
Stadt Halle (Saale) · Fachbereich Planen
Niederschrift über den Erörterungstermin zum Bebauungsplan Nr. 190 „Weinbergcampus Süd“
am 03.04.2025, 17:00–19:15 Uhr, Ratshof, Marktplatz 1, Festsaal
Leitung: Dr. [[P:Henrike Baumgart]] · Protokoll: [[P:Steffen Kühnel]]

Einwendung Nr. 4 – Fr. [[P:Gerlinde Opitz]], [[STR:Talstraße 29]], [[LOC:06120 Halle (Saale)]]:
Fr. [[P:Opitz]] lebt seit ihrer Geburt ([[DOB:1944]]) in [[LOC:Kröllwitz]], fürchtet Verschattung
ihres Gartens; Bitte um Höhenbegrenzung auf drei Geschosse. Wird geprüft.

Einwendung Nr. 9 – Hr. [[P:Tobias Grünwald]] und Fr. [[P:Sarah Grünwald]], [[STR:Talstraße 31]]:
Verkehr in der Talstraße; Hr. [[P:Grünwald]] legt Zählung vom 12.03. vor (1.140 Kfz/Tag).

Einwendung Nr. 12 – RA Dr. [[P:Frank Leutert]] für Hr. [[P:Wang Jun]] (Eigentümer Flurstück
an der Talstraße), [[STR:Heideallee 17]], [[LOC:06120 Halle (Saale)]]: verlangt
Entschädigung; Az. der Kanzlei [[AZ:LS 0217/25]]. Rechtliche Prüfung durch FB Recht.

Einwendung Nr. 15 – Hr. [[P:Yusuf Arslan]], zugezogen aus [[LOC:Gelsenkirchen]], jetzt
[[STR:Brandbergweg 4]]: begrüßt die Planung, fragt nach Radweg zur Peißnitz.

Einwendung Nr. 16 – Fr. [[P:Marianne Opitz-Bär]] (Tochter von Fr. [[P:Opitz]]), aus [[LOC:Leipzig]]
angereist, unterstützt Einwendung Nr. 4; Kontakt [[TEL:0341 9 61 20 47]].

Einwendung Nr. 21 – MDR-Gelände GmbH: Schallschutz Studiotechnik (kein Personenbezug).

Hinweis der Leitung: Die Einwendungen werden im Abwägungsvorschlag (Vorlage VIII/2025/0917)
anonymisiert; Rückfragen an [[P:Steffen Kühnel]], [[TEL:0345 221-6214]].
""",
    [
        "Ratshof, Marktplatz 1, Festsaal",
        "Vorlage VIII/2025/0917",
        "1.140 Kfz/Tag",
        "MDR-Gelände GmbH",
    ],
)

# --- mail_chain ------------------------------------------------------------------------------

V["id_mc01"] = id_card("M0F7K44YH", with_check=True)

pii(
    "mail_chain",
    """
Von: [[P:Maik Teichmann]] <[[MAIL:maik.teichmann@web.de]]>
An: [[MAIL:b.dombrowski@ordnungsamt.magdeburg.de]]
Betreff: AW: AW: Waffen meines verstorbenen Vaters – Az. [[AZ:32.4-W-2024-0893]]

Hallo Frau [[P:Dombrowski]],

die Kopie meines Ausweises ([[ID:«id_mc01»]]) hängt an. Die Waffen stehen noch im Schrank
bei meiner Mutter in [[LOC:Buckau]]; ich selbst wohne in [[LOC:Reform]], [[STR:Kroatenweg 60]],
[[LOC:39118 Magdeburg]]. Geboren bin ich am [[DOB:06.05.1982]] in [[LOC:Wernigerode]].
Ich will die Waffen nicht behalten, sondern verkaufen.

Gruß, [[P:Maik Teichmann]] · [[TEL:0163 / 8 01 27 39]]

> Am 14.10.2024 schrieb [[P:Dombrowski, Britta]] <[[MAIL:b.dombrowski@ordnungsamt.magdeburg.de]]>:
> Sehr geehrter Herr [[P:Teichmann]],
> Ihr Vater, Herr [[P:Günter Teichmann]], war Inhaber der WBK [[AZ:MD-1987/0331]]. Binnen
> eines Monats ist ein Antrag nach § 20 WaffG zu stellen oder die Waffen sind einem
> Berechtigten zu überlassen. Bitte senden Sie uns eine Ausweiskopie.
> Landeshauptstadt Magdeburg, Fachbereich Bürgerservice und Ordnung, Waffenbehörde,
> Tel. [[TEL:0391 540-3347]] (Sprechzeit Di 9–12 Uhr), Zentrale 0391 540-0
>
>> Am 09.10.2024 schrieb [[P:Maik Teichmann]]:
>> mein Vater ist am 28.09. verstorben. Meine Mutter, [[P:Brigitte Teichmann]],
>> [[STR:Schönebecker Str. 102]], [[LOC:39104 Magdeburg]], Tel. [[TEL:0391 4 04 18 22]], hat
>> Angst vor den Gewehren. Mein Schwager [[P:Enrico Lüdecke]] aus [[LOC:Haldensleben]] ist
>> Jäger (Jagdschein [[AZ:BK-JS 118/2011]]) und könnte sie übernehmen.

---
Von: [[P:Dombrowski, Britta]]
An: [[P:Maik Teichmann]]
Danke. Herr [[P:Lüdecke]] kann die Waffen nur mit eigener WBK übernehmen; alternativ Verkauf
über den Fachhandel (z. B. Waffen Hoppe GmbH, Halberstädter Str. 1). Frist bis 30.11.2024.
""",
    ["§ 20 WaffG", "Zentrale 0391 540-0", "Waffen Hoppe GmbH", "Frist bis 30.11.2024"],
)

pii(
    "mail_chain",
    """
Von: Ordnungsamt Schwerin – Veranstaltungen <veranstaltungen@schwerin.de>
An: [[MAIL:k.dabrowska-lenz@posteo.de]]
Cc: Verkehrsbehörde <verkehr@schwerin.de>
Betreff: WG: Nachbarschaftsfest Werderstraße 24.08. – Ihr Zeichen [[AZ:32-VA-2025-0214]]

Sehr geehrte Frau [[P:Dąbrowska-Lenz]],

die Sperrung des Abschnitts zwischen Haus 40 und 58 leite ich an die Verkehrsbehörde weiter.
Für die Musik brauchen wir noch den Namen und die Anschrift des DJs.
Mit freundlichen Grüßen
[[P:Ulrike Behrens]] · Fachdienst Ordnung · Tel. [[TEL:0385 545-2231]]

> Von: [[P:Katharina Dąbrowska-Lenz]] <[[MAIL:k.dabrowska-lenz@posteo.de]]>
> Gesendet: Sonntag, 15. Juni 2025 22:04
> wir, die Anwohnerinitiative Schelfstadt, möchten am 24.08. von 14 bis 22 Uhr ein
> Nachbarschaftsfest feiern. Verantwortlich sind ich ([[STR:Werderstraße 47]], [[LOC:19055 Schwerin]],
> [[TEL:0176 3 29 81 04]]) und Herr [[P:Friedhelm Rau]] ([[STR:Werderstraße 52]],
> [[TEL:0385 5 81 40 77]]). Ich wohne seit 2020 in der [[LOC:Schelfstadt]], Herr [[P:Rau]]
> seit seiner Geburt ([[DOB:27.02.1949]]). Die Musik macht „Memo“.
>
>> Von: [[P:Friedhelm Rau]] <[[MAIL:friedhelm.rau@t-online.de]]>
>> Gesendet: Dienstag, 17. Juni 2025 08:15
>> Nachtrag: „[[P:Memo]]“ heißt eigentlich [[P:Mehmet Arslan]], [[STR:Lomonossowstraße 9]],
>> [[LOC:19061 Schwerin]] ([[LOC:Krebsförden]]), [[TEL:0157 42 09 18 63]]. Seine
>> Anlage ist klein. Frau [[P:Hedwig Sommerfeld]] aus Nr. 44 ist dagegen, sie hat Angst um ihr
>> Auto ([[KFZ:SN-HS 44]]); wir würden es vorher umparken, wenn sie uns den Schlüssel gibt.

Von: Verkehrsbehörde <verkehr@schwerin.de>
Gesendet: Mittwoch, 18. Juni 2025 11:30
Verkehrsrechtliche Anordnung nach § 45 StVO wird erteilt; Beschilderung durch Fa. Absperrtechnik
Nord GmbH auf Kosten der Antragstellerin. Bitte an Frau [[P:Dąbrowska-Lenz]] weiterleiten.
[[P:Jens Krohn]], [[TEL:0385 545-2417]]
""",
    [
        "veranstaltungen@schwerin.de",
        "verkehr@schwerin.de",
        "§ 45 StVO",
        "Haus 40 und 58",
        "Anwohnerinitiative Schelfstadt",
    ],
    allow=("Memo", "Schelfstadt"),
)

pii(
    "mail_chain",
    """
Von: [[P:Brandes, Katja]] <[[MAIL:k.brandes@schulbegleitung-leine.de]]>
An: eingliederungshilfe-kinder@hannover-stadt.de
Cc: [[MAIL:dilan.ahmed@gmail.com]]
Betreff: AW: Schulbegleitung für [[P:Rojin Ahmed]] – Az. [[AZ:50.41-EGH-2024-1187]]

Sehr geehrter Herr [[P:Wichmann]],

anbei der Entwicklungsbericht. Als Schulbegleiterin ist ab 01.09. Frau [[P:Tatjana Schäfer]]
vorgesehen (zuvor an der Grundschule Kleefeld), 25 Wochenstunden, Fachleistungsstunde 48,60 €.

Mit freundlichen Grüßen
[[P:Katja Brandes]], Koordination · Schulbegleitung Leine gGmbH · Tel. [[TEL:0511 47 33 90-14]]

> Am 12.08.2025 schrieb [[P:Wichmann, Jörg]] <[[MAIL:joerg.wichmann@hannover-stadt.de]]>:
> Sehr geehrte Frau [[P:Brandes]], für die Bewilligung für [[P:Rojin]] (geb. [[DOB:19.10.2016]])
> fehlt noch der Entwicklungsbericht. Die Kosten werden nach § 112 SGB IX übernommen.
> Landeshauptstadt Hannover, Fachbereich Soziales, Tel. [[TEL:0511 168-4 29 37]]
>
>> Am 04.08.2025 schrieb [[P:Dilan Ahmed]] <[[MAIL:dilan.ahmed@gmail.com]]>:
>> Hallo Herr [[P:Wichmann]], meine Tochter [[P:Rojin]] hat Trisomie 21 und kommt in die 3. Klasse
>> der Grundschule Kleefeld. Wir wohnen jetzt in [[LOC:Kleefeld]], [[STR:Kirchröder Str. 44 A]],
>> [[LOC:30625 Hannover]]; vorher in [[LOC:Sahlkamp]]. Mein Mann [[P:Hozan Ahmed]] ist in
>> [[LOC:Qamişlo]] geboren und spricht wenig Deutsch, bitte rufen Sie mich an:
>> [[TEL:0152 24 70 88 13]]. Die Klassenlehrerin, Frau [[P:Lühr]], unterstützt den Antrag.
>> Viele Grüße, [[P:Dilan Ahmed]] ([[DOB:11.01.1990]])

Von: [[P:Wichmann, Jörg]]
Danke, Bescheid folgt. Abrechnung bitte unter Kassenzeichen [[AZ:5041.118734]].
""",
    [
        "eingliederungshilfe-kinder@hannover-stadt.de",
        "§ 112 SGB IX",
        "48,60 €",
        "Schulbegleitung Leine gGmbH",
        "Grundschule Kleefeld",
    ],
    allow=("Kleefeld",),
)

V["iban_mc04"] = iban("LU", "0194400028817625")
V["tax_mc04a"] = steuer_id("4192735801", "pairs")

pii(
    "mail_chain",
    """
Von: [[P:Matthias Kremer]] <[[MAIL:matthias.kremer@gmx.de]]>
An: grundsteuer@trier.de; [[MAIL:monika.schaefer@pt.lu]]; [[MAIL:stefan.kremer@saarburg-net.de]]
Betreff: AW: Grundsteuerbescheid 2025, Olewiger Straße – Kassenzeichen [[AZ:3100.0447.2891]]

Sehr geehrter Herr [[P:Zender]],

wie am Telefon besprochen bin ich Empfangsbevollmächtigter der Erbengemeinschaft nach unserer
Mutter, [[P:Anneliese Kremer]]. Die Miterben sind:
- [[P:Monika Schäfer]] geb. [[P:Kremer]], [[STR:12, rue des Glacis]], [[LOC:L-1628 Luxembourg]]
- [[P:Stefan Kremer]], [[STR:Graf-Siegfried-Straße 3]], [[LOC:54439 Saarburg]]
- ich, [[STR:Auf der Jüngt 20]], [[LOC:54296 Trier]] ([[LOC:Heiligkreuz]]), Steuer-ID [[TAX:«tax_mc04a»]]

Das Grundstück [[STR:Olewiger Straße 44]] ist seit März vermietet. Die Erstattung für 2024
(108,40 €) bitte auf das Konto meiner Schwester: [[IBAN:«iban_mc04»]].

Gruß [[P:Matthias Kremer]], [[TEL:0651 / 1 70 44 93]]

> Am 03.02.2025 schrieb [[P:Stefan Kremer]]:
> [[P:Matthias]], mach du das bitte. Ich bin bis Ende Februar in der Reha in [[LOC:Bad Bertrich]].
>
>> Am 02.02.2025 schrieb [[P:Monika Schäfer]]:
>> Einverstanden. Meine Handynummer in Luxemburg: [[TEL:+352 621 448 093]].
>>
>>> Am 30.01.2025 schrieb Stadt Trier, Steueramt <grundsteuer@trier.de>:
>>> Hebesatz Grundsteuer B 2025: 479 %. Bitte benennen Sie einen Empfangsbevollmächtigten.
>>> Sachbearbeitung: [[P:Herbert Zender]], Tel. [[TEL:0651 718-1472]]
""",
    [
        "grundsteuer@trier.de",
        "Hebesatz Grundsteuer B 2025: 479 %",
        "108,40 €",
        "Empfangsbevollmächtigten",
    ],
)

# --- representative_letter -------------------------------------------------------------------

pii(
    "representative_letter",
    """
Rechtsanwältin Dr. [[P:Inken Claußen]]
[[STR:Breite Straße 12]] · [[LOC:23552 Lübeck]]
Tel. [[TEL:0451 7 07 48 20]] · [[MAIL:kanzlei@ra-claussen.de]]

Hansestadt Lübeck
Bereich Öffentliche Sicherheit und Ordnung – Bußgeldstelle
Kronsforder Allee 2-6, 23560 Lübeck

Lübeck, 17. März 2025
Mein Zeichen: [[AZ:C-25/0118]]

Bußgeldbescheid vom 28.02.2025, Az. [[AZ:OWi 31.2-2025-00417]]
Betroffener: Herr [[P:Volkan Er]], geb. [[DOB:04.12.1983]]

Sehr geehrte Damen und Herren,

ich zeige an, dass ich Herrn [[P:Er]], [[STR:Schwartauer Allee 101]], [[LOC:23554 Lübeck]],
vertrete; Vollmacht anbei. Gegen den Bußgeldbescheid über 150,00 € wegen unzulässigen Lärms
(§ 117 OWiG) lege ich Einspruch ein.

Am 08.02.2025 feierte mein Mandant den 7. Geburtstag seiner Tochter [[P:Elif]]; die Feier
endete um 21:45 Uhr. Zeugen: Frau [[P:Esra Er]] (Ehefrau), Herr [[P:Dirk Möller]]
([[STR:Schwartauer Allee 99]], Tel. [[TEL:0151 18 40 92 77]]) und die Großeltern
[[P:Hüseyin]] und [[P:Emine Er]] aus [[LOC:Neumünster]].

Die Anzeige stammt von Herrn [[P:Rüdiger Stahmer]], der mit meinem Mandanten seit dessen Einzug
nach [[LOC:St. Lorenz Nord]] 2022 im Streit liegt (vgl. Ihr Verfahren [[AZ:OWi 31.2-2024-03118]]
gegen Herrn [[P:Stahmer]]). Ich beantrage Akteneinsicht.

Mit freundlichen Grüßen
Dr. [[P:Claußen]]
Rechtsanwältin
""",
    ["Kronsforder Allee 2-6, 23560 Lübeck", "§ 117 OWiG", "150,00 €", "Bußgeldstelle"],
)

pii(
    "representative_letter",
    """
Becker & Kollegen Rechtsanwälte PartG mbB
Mainzer Straße 120 · 66121 Saarbrücken · Tel. 0681 9 38 00-0

Regionalverband Saarbrücken – Gesundheitsamt
Hygiene und Umweltmedizin, Stengelstraße 10-12, 66117 Saarbrücken

per beA und Fax                                                       Saarbrücken, 09.07.2025

Unser Zeichen: [[AZ:217/25 JB]]
Ihre Verfügung vom 01.07.2025, Az. [[AZ:53.3-Tät-2025-017]] – Untersagung
Mandant: Herr [[P:Ricardo Matos da Silva]], Inhaber „Black Anchor Tattoo“

Sehr geehrte Frau Dr. [[P:Hennes]],

wir vertreten Herrn [[P:Matos da Silva]], geb. [[DOB:15.09.1987]] in [[LOC:Porto]], wohnhaft
[[STR:Mainzer Straße 48]], [[LOC:66121 Saarbrücken]]. Er betreibt das Studio als
Einzelunternehmer (St.-Nr. [[TAX:040/271/10488]]) in [[STR:Dudweilerstraße 23]],
[[LOC:66111 Saarbrücken]], Tel. [[TEL:0681 / 3 90 57 12]], [[MAIL:ricardo@blackanchor-tattoo.de]].

Gegen die Untersagung nach § 16 IfSG legen wir Widerspruch ein und beantragen die Aussetzung
der Vollziehung. Die bei der Begehung fehlenden Sterilisationsprotokolle lagen bei der
Mitarbeiterin Frau [[P:Chiara Lombardi]] zu Hause; sie war erkrankt. Die Gastkünstlerin Frau
[[P:Yuki Tanaka]] aus [[LOC:Osaka]] hat das Studio am 30.06. verlassen.

Die Lebensgefährtin unseres Mandanten, Frau [[P:Sophie Reinert]], hat die Räume am 05.07.
nachgereinigt; das Protokoll der Fa. Hygiene-Service Saar GmbH liegt bei.

Der Unterzeichner ist unter [[TEL:0681 9 38 00-17]] und [[MAIL:jp.becker@becker-kollegen.de]]
erreichbar.

Mit freundlichen Grüßen
[[P:Jan-Philipp Becker]]
Rechtsanwalt
""",
    [
        "Becker & Kollegen Rechtsanwälte PartG mbB",
        "Mainzer Straße 120 · 66121 Saarbrücken",
        "Stengelstraße 10-12, 66117 Saarbrücken",
        "§ 16 IfSG",
        "Hygiene-Service Saar GmbH",
    ],
    allow=("Becker", "66121 Saarbrücken"),
)

V["rv_r03"] = rv_number("18", "300532", "A", "08")
V["iban_r03"] = iban("DE", "28050100" + "0040771829")

pii(
    "representative_letter",
    """
[[P:Anja Frerichs]] · Berufsbetreuerin · Dipl.-Sozialpädagogin
[[STR:Alexanderstraße 214]] · [[LOC:26121 Oldenburg]]
Tel. [[TEL:0441 / 8 85 31 62]] · Fax [[TEL:0441 / 8 85 31 63]] · [[MAIL:betreuung@frerichs-ol.de]]

Stadt Oldenburg
Amt für Teilhabe und Soziales – Hilfe zur Pflege
Bergstraße 25, 26122 Oldenburg

Oldenburg, 2. Juni 2025

Betreuter: Herr [[P:Heinrich Abels]], geb. [[DOB:30.05.1932]]
Betreuungsgericht: AG Oldenburg, Az. [[AZ:12 XVII 4471/23]]
Ihr Zeichen: [[AZ:50-HzP-2025-0338]]

Sehr geehrte Frau [[P:Gerdes]],

als Betreuerin mit dem Aufgabenkreis Vermögenssorge und Behördenangelegenheiten reiche ich die
angeforderten Unterlagen nach:
- Rentenbescheid (Versicherungsnummer [[RV:«rv_r03»]]),
- Kontoauszüge des Girokontos [[IBAN:«iban_r03»]] (LzO) für März bis Mai.

Herr [[P:Abels]] lebt seit 15.01.2025 im Haus Ohmstede (Pflegeheim); die frühere Wohnung
[[STR:Donnerschweer Straße 301]], [[LOC:26123 Oldenburg]], ist zum 30.04. gekündigt. Er stammt
aus [[LOC:Varel]] und hat in [[LOC:Donnerschwee]] über 50 Jahre gelebt.

Der Sohn, Herr [[P:Reinhard Abels]], [[LOC:Wilhelmshaven]], hat jeden Kontakt abgelehnt; seine
Anschrift lautet [[STR:Bismarckstraße 88]], [[LOC:26382 Wilhelmshaven]]. Die Tochter,
[[P:Gisela Hoting]] geb. [[P:Abels]], ist 2021 verstorben.

Das Sparbuch (Restguthaben 3.912,17 €) liegt unter dem Schonbetrag von 10.000 €.

Mit freundlichen Grüßen
[[P:Anja Frerichs]]
""",
    [
        "Bergstraße 25, 26122 Oldenburg",
        "Haus Ohmstede",
        "10.000 €",
        "Vermögenssorge und Behördenangelegenheiten",
    ],
)

pii(
    "representative_letter",
    """
Kanzlei am Fackelbrunnen · Rechtsanwälte PartG mbB
Fackelstraße 22 · 67655 Kaiserslautern

Stadtverwaltung Kaiserslautern
Referat Recht und Ordnung – Waffenbehörde
Willy-Brandt-Platz 1, 67657 Kaiserslautern

Kaiserslautern, 22.10.2024

Anhörung zum Widerruf waffenrechtlicher Erlaubnisse, Ihr Az. [[AZ:32.3-WR-2024-0077]]
Unser Mandant: Herr [[P:Wladimir Koch]], geb. [[DOB:12.04.1963]] in [[LOC:Omsk]]

Sehr geehrter Herr [[P:Reischmann]],

wir vertreten Herrn [[P:Koch]], wohnhaft [[STR:Burgstraße 30]], [[LOC:67659 Kaiserslautern]]
([[LOC:Hohenecken]]). Vollmacht anbei.

Sie stützen den Widerruf der Waffenbesitzkarten [[AZ:WBK KL 118/1998]] und [[AZ:WBK KL 62/2004]]
auf den Strafbefehl des AG Kaiserslautern, Az. [[AZ:5 Cs 6042 Js 11873/24]] (Trunkenheitsfahrt
mit dem Pkw [[KFZ:KL-WK 1963]], 0,9 Promille). Eine Verurteilung zu mindestens 60 Tagessätzen
liegt nicht vor (§ 5 Abs. 2 Nr. 1 WaffG); es waren 40 Tagessätze.

Herr [[P:Koch]] ist seit 1999 Mitglied im SV Tell Kaiserslautern e.V.; der Oberschützenmeister
Herr [[P:Bernd Schappert]] bestätigt regelmäßiges Training. Die Waffen lagern derzeit bei
seinem Sohn [[P:Alexander Koch]] ([[LOC:Landstuhl]], WBK [[AZ:WBK KUS 0455/2012]]).

Die Ehefrau unseres Mandanten, Frau [[P:Olga Koch]] geb. [[P:Schmidt]], hat nach dem Vorfall die
Schlüssel zum Tresor verwahrt.

Wir bitten, vom Widerruf abzusehen. Rückfragen an Rechtsanwältin [[P:Sabine Theis]],
Tel. [[TEL:0631 3 41 92-23]], [[MAIL:s.theis@kanzlei-fackelbrunnen.de]].

Mit freundlichen Grüßen
[[P:Theis]]
Rechtsanwältin
""",
    [
        "Kanzlei am Fackelbrunnen · Rechtsanwälte PartG mbB",
        "Willy-Brandt-Platz 1, 67657 Kaiserslautern",
        "§ 5 Abs. 2 Nr. 1 WaffG",
        "SV Tell Kaiserslautern e.V.",
        "Fackelstraße 22",
    ],
)

# --- data_export -----------------------------------------------------------------------------

pii(
    "data_export",
    """
<?xml version="1.0" encoding="UTF-8"?>
<!-- Region Hannover, Team Infektionsschutz · Export aus Fachverfahren · intern -->
<meldung id="M-2025-04417" eingang="2025-03-04T10:22:00" paragraph="§ 6 Abs. 1 Nr. 1 IfSG">
  <aktenzeichen>[[AZ:IfSG-H-2025-01187]]</aktenzeichen>
  <krankheit code="B05">Masern</krankheit>
  <patient>
    <nachname>[[P:Costa Ferreira]]</nachname>
    <vorname>[[P:Leandro]]</vorname>
    <geburtsdatum>[[DOB:2020-06-17]]</geburtsdatum>
    <geburtsort>[[LOC:Porto Alegre]]</geburtsort>
    <strasse>[[STR:Vahrenwalder Straße]]</strasse><hausnummer>[[STR:133]]</hausnummer>
    <plz>[[LOC:30165]]</plz><ort>[[LOC:Hannover]]</ort><ortsteil>[[LOC:Vahrenwald]]</ortsteil>
    <einrichtung art="Kita">Kita Sternschnuppe Vahrenwald</einrichtung>
  </patient>
  <sorgeberechtigt>
    <name>[[P:Juliana Costa]]</name><telefon>[[TEL:+49 1590 448 2017]]</telefon>
    <name>[[P:Marcelo Ferreira]]</name><email>[[MAIL:marcelo.ferreira@hotmail.com]]</email>
  </sorgeberechtigt>
  <meldender>
    <arzt>Dr. med. [[P:Heike Brüggemann]]</arzt>
    <praxis>[[STR:Podbielskistraße 280]], [[LOC:30655 Hannover]]</praxis>
    <telefon>[[TEL:0511 65 20 19]]</telefon>
  </meldender>
  <labor>MVZ Labor Limbach Hannover GbR</labor>
  <kontakte>
    <kontakt rolle="Geschwister" impfstatus="0"><name>[[P:Sofia Costa Ferreira]]</name><geb>[[DOB:2023-01-09]]</geb></kontakt>
    <kontakt rolle="Großmutter" impfstatus="unbekannt"><name>[[P:Rosângela Costa]]</name><wohnort>[[LOC:Langenhagen]]</wohnort></kontakt>
  </kontakte>
  <massnahmen>Betretungsverbot Kita bis 18.03.; Riegelimpfung Kita angeboten</massnahmen>
  <bearbeitung user="RH-IS-07" name="[[P:Okonkwo, Chidi]]" tel="[[TEL:0511 616-4 31 18]]"/>
</meldung>
""",
    [
        "§ 6 Abs. 1 Nr. 1 IfSG",
        "MVZ Labor Limbach Hannover GbR",
        "RH-IS-07",
        "M-2025-04417",
        "Kita Sternschnuppe Vahrenwald",
    ],
    allow=("Hannover", "Vahrenwald"),
)

V["iban_d02"] = iban("SE", "50000000058398257466")

pii(
    "data_export",
    """
GET /api/rd-abrechnung/v2/faelle?kassenzeichen=5400-25-0188* → 200 OK (Landeshauptstadt Kiel,
Feuerwehr / Rettungsdienst, Export für Widerspruchsakte)
[
  {
    "einsatz": {"nr": "[[AZ:RD-KI-25-018842]]", "zeit": "2025-01-19T02:14:00+01:00",
                "fahrzeug": "RTW 3/83-1", "art": "Notfall", "tarif": "2.1.1"},
    "patient": {"name": "[[P:Lindqvist]]", "vorname": "[[P:Jonas]]", "geb": "[[DOB:1996-02-29]]",
                "strasse": "[[STR:Storgatan 14]]", "plz": "[[LOC:411 38]]", "ort": "[[LOC:Göteborg]]",
                "land": "SE", "tel": "[[TEL:+46 70 412 88 36]]"},
    "abholort": "Schwedenkai, Terminal Stena Line",
    "ziel": "UKSH Campus Kiel, Zentrale Notaufnahme",
    "begleitung": {"name": "[[P:Maja Lindqvist]]", "tel": "[[TEL:+46 73 901 22 45]]"},
    "kassenzeichen": "[[AZ:5400-25-018842]]",
    "betrag": 745.00,
    "zahlweg": {"iban": "[[IBAN:«iban_d02»]]", "inhaber": "[[P:Jonas Lindqvist]]"}
  },
  {
    "einsatz": {"nr": "[[AZ:RD-KI-25-018857]]", "zeit": "2025-01-19T06:40:00+01:00",
                "fahrzeug": "KTW 3/85-2", "art": "Krankentransport", "tarif": "3.2"},
    "patient": {"name": "[[P:Pohl]]", "vorname": "[[P:Renate]]", "geb": "[[DOB:1941-11-05]]",
                "strasse": "[[STR:Vaasastraße 21]]", "plz": "[[LOC:24109]]", "ort": "[[LOC:Kiel]]",
                "ortsteil": "[[LOC:Mettenhof]]", "tel": "[[TEL:0431 52 44 61]]"},
    "abholort": "Wohnung",
    "ziel": "Städtisches Krankenhaus Kiel",
    "rechnung_an": {"name": "[[P:Frank Pohl]]", "rolle": "Sohn", "email": "[[MAIL:frank.pohl@kielnet.net]]"},
    "kassenzeichen": "[[AZ:5400-25-018857]]",
    "betrag": 238.00,
    "vermerk": "Befreiung nach § 4 Satzung geprüft, abgelehnt (SB [[P:Clausen]])"
  }
]
""",
    [
        "Schwedenkai, Terminal Stena Line",
        "UKSH Campus Kiel, Zentrale Notaufnahme",
        "RTW 3/83-1",
        "§ 4 Satzung",
        "Städtisches Krankenhaus Kiel",
    ],
    allow=("Kiel",),
)

pii(
    "data_export",
    """
# Stadtbibliothek Bremen · LMS-Server lms-app-01 (10.41.2.17) · /var/log/lms/circ.log (Auszug)
2024-11-02 10:14:07 INFO  [opac] login ok card=[[AZ:2100 4471 8820]] ip=[[IP:87.123.44.201]] branch=ZB
2024-11-02 10:14:33 INFO  [circ] renew ok card=[[AZ:2100 4471 8820]] item=31234004417293 due=2024-11-30
2024-11-02 10:15:02 WARN  [circ] renew denied card=[[AZ:2100 4471 8820]] reason=fees_open(12.00)
2024-11-02 11:03:48 INFO  [patron] update card=[[AZ:2100 4471 8820]] field=address old="[[STR:Am Wall 177]], [[LOC:28195 Bremen]]"
2024-11-02 11:03:48 INFO  [patron] update card=[[AZ:2100 4471 8820]] field=address new="[[STR:Wachmannstraße 58]], [[LOC:28209 Bremen]]"
2024-11-02 11:03:49 INFO  [patron] update card=[[AZ:2100 4471 8820]] field=email new="[[MAIL:lea.sanchez-mohr@web.de]]"
2024-11-02 12:40:11 INFO  [notice] overdue_3 sent card=[[AZ:2100 3318 0047]] to="[[MAIL:b.okafor@gmx.net]]" name="[[P:Okafor, Blessing]]"
2024-11-02 13:02:00 ERROR [sip2] checkout failed card=[[AZ:2100 5902 1136]] patron="[[P:Wieczorek, Jan]]" dob=[[DOB:2008-03-30]] msg="card expired"
2024-11-02 13:02:41 INFO  [patron] guardian card=[[AZ:2100 5902 1136]] guardian="[[P:Wieczorek, Agnieszka]]" tel="[[TEL:0421 8 97 30 21]]"
2024-11-02 14:15:30 INFO  [staff] fee_waived card=[[AZ:2100 3318 0047]] amount=4.00 user=hkl note="Härtefall, Rücksprache [[P:H. Klattenhoff]]"
2024-11-02 15:22:09 INFO  [opac] login fail card=[[AZ:2100 4471 8820]] ip=[[IP:2003:e5:7f12:a900:d1c4:2b8e:91a0:33f5]] reason=pin
2024-11-02 16:45:17 INFO  [selfcheck] return item=31234004530021 station=VEG-2 (Zweigstelle Vegesack)
2024-11-02 17:01:02 INFO  [patron] new card=[[AZ:2100 6011 4403]] name="[[P:Sánchez Mohr, Lea]]" dob=[[DOB:1999-07-12]] born=[[LOC:Sevilla]]
2024-11-02 17:01:02 INFO  [patron] new card=[[AZ:2100 6011 4403]] note="Zweitausweis für Umzug nach [[LOC:Schwachhausen]]"
2024-11-02 18:00:00 INFO  [batch] fees_report sent to bibliothek-gebuehren@stadtbibliothek.bremen.de
""",
    [
        "lms-app-01 (10.41.2.17)",
        "item=31234004417293",
        "Zweigstelle Vegesack",
        "bibliothek-gebuehren@stadtbibliothek.bremen.de",
    ],
)

V["iban_d04a"] = iban("DE", "85050300" + "3150118273")
V["iban_d04b"] = iban("PL", "10901014" + "0000071219812874")

pii(
    "data_export",
    """
<?xml version="1.0" encoding="UTF-8"?>
<!-- Landeshauptstadt Dresden, Bürgeramt – Wahlen · Export Berufung Wahlvorstände · Landtagswahl 01.09.2024 -->
<wahlvorstand bezirk="06.12" wahlraum="Oberschule Pieschen, Robert-Matzke-Straße 60">
  <mitglied funktion="Wahlvorsteherin">
    <name>[[P:Hempel]]</name><vorname>[[P:Cornelia]]</vorname><geb>[[DOB:1965-09-24]]</geb>
    <strasse>[[STR:Leipziger Straße]]</strasse><hausnr>[[STR:143]]</hausnr>
    <plz>[[LOC:01139]]</plz><ort>[[LOC:Dresden]]</ort><ortsteil>[[LOC:Pieschen]]</ortsteil>
    <tel>[[TEL:0351 / 8 49 16 02]]</tel><iban>[[IBAN:«iban_d04a»]]</iban>
  </mitglied>
  <mitglied funktion="Schriftführer">
    <name>[[P:Nowak]]</name><vorname>[[P:Bartosz]]</vorname><geb>[[DOB:1991-12-03]]</geb>
    <strasse>[[STR:Torgauer Straße]]</strasse><hausnr>[[STR:21 b]]</hausnr>
    <plz>[[LOC:01127]]</plz><ort>[[LOC:Dresden]]</ort>
    <tel>[[TEL:0177 2 04 81 55]]</tel><iban>[[IBAN:«iban_d04b»]]</iban>
  </mitglied>
  <mitglied funktion="Beisitzer">
    <name>[[P:Le]]</name><vorname>[[P:Minh Tuan]]</vorname><geb>[[DOB:2004-04-11]]</geb>
    <strasse>[[STR:Oschatzer Straße]]</strasse><hausnr>[[STR:9]]</hausnr>
    <plz>[[LOC:01127]]</plz><ort>[[LOC:Dresden]]</ort>
    <email>[[MAIL:minhtuan.le@mailbox.org]]</email>
  </mitglied>
  <mitglied funktion="Beisitzerin" quelle="Verwaltung">
    <name>[[P:Fuchs]]</name><vorname>[[P:Sabine]]</vorname><dienststelle>Amt 32</dienststelle>
    <tel>[[TEL:0351 488-6271]]</tel>
  </mitglied>
  <erfrischungsgeld vorsteher="60" sonst="40" waehrung="EUR"/>
  <bearbeitet von="[[P:Kretschmar, Ines]]" am="2024-08-20"/>
</wahlvorstand>
""",
    [
        "Oberschule Pieschen, Robert-Matzke-Straße 60",
        'erfrischungsgeld vorsteher="60"',
        "Amt 32",
        "Landtagswahl 01.09.2024",
    ],
    allow=("Dresden", "Pieschen"),
)

V["tax_d05a"] = steuer_id("3846071594")
V["tax_d05b"] = steuer_id("5713294061")
V["iban_d05"] = iban("DE", "26050001" + "0062219840")

pii(
    "data_export",
    """
{
  "system": "Fachverfahren Steuern und Abgaben, Stadt Göttingen",
  "export": "grundsteuer_objekt",
  "stand": "2025-02-11",
  "objekt": {
    "kassenzeichen": "[[AZ:0721.4455.0913]]",
    "lage": {"strasse": "[[STR:Herzberger Landstraße]]", "hausnr": "[[STR:89]]",
             "plz": "[[LOC:37085]]", "ort": "[[LOC:Göttingen]]"},
    "az_finanzamt": "[[AZ:20/221/0447/2118]]",
    "art": "Zweifamilienhaus",
    "messbetrag": 187.40,
    "hebesatz": 530,
    "jahresbetrag": 993.22
  },
  "eigentuemer": [
    {"name": "[[P:Oyelaran]]", "vorname": "[[P:Folasade]]", "geb": "[[DOB:1970-08-08]]",
     "anteil": "1/2", "steuer_id": "[[TAX:«tax_d05a»]]",
     "anschrift": "[[STR:Herzberger Landstraße 89]], [[LOC:37085 Göttingen]]"},
    {"name": "[[P:Engelhardt]]", "vorname": "[[P:Till]]", "geb": "[[DOB:1968-01-19]]",
     "anteil": "1/2", "steuer_id": "[[TAX:«tax_d05b»]]",
     "anschrift": "[[STR:Rue Sainte-Catherine 31]], [[LOC:1000 Bruxelles]]",
     "zustellung": "c/o [[P:Oyelaran]]"}
  ],
  "lastschrift": {"iban": "[[IBAN:«iban_d05»]]", "inhaberin": "[[P:Folasade Oyelaran]]",
                  "mandat": "[[AZ:GOE-GRST-118204]]", "glaeubiger_id": "DE27ZZZ00000046372"},
  "faelligkeiten": ["15.02.", "15.05.", "15.08.", "15.11."],
  "historie": [
    {"datum": "2025-01-20", "aktion": "Messbescheid FA Göttingen eingespielt", "user": "SB37"},
    {"datum": "2025-02-11", "aktion": "Anruf Miteigentümer [[P:Engelhardt]], [[TEL:+32 2 511 94 07]]: Zustellung c/o", "user": "SB37"}
  ]
}
""",
    [
        "DE27ZZZ00000046372",
        "Fachverfahren Steuern und Abgaben, Stadt Göttingen",
        '"hebesatz": 530',
        "Zweifamilienhaus",
    ],
    allow=("Göttingen",),
)

# --- foreign_resident ------------------------------------------------------------------------

V["tax_x01"] = steuer_id("2649057312")

pii(
    "foreign_resident",
    """
From: Dr. [[P:Emily Hartwell]] <[[MAIL:e.hartwell@uni-bremen.de]]>
To: zweitwohnungsteuer@finanzen.bremen.de
Subject: Second home tax notice – Kassenzeichen [[AZ:2910 0447 1187 4]] – please help

Dear Sir or Madam,

I am sorry to write in English; my German is still at A2 level. I received a "Bescheid über
Zweitwohnungsteuer" for 2024 (672,00 €) for my apartment at [[STR:Parkallee 61]], [[LOC:28209 Bremen]].

I think this is a mistake. I moved from the US to [[LOC:Bremen]] in October 2023 for a research position
at the university, and [[LOC:Bremen]] is my only home. At the Bürgeramt I registered [[LOC:Bremen]] as
"Nebenwohnung" because the clerk told me my family home in the US counts. My husband,
[[P:Daniel Okonkwo-Hartwell]], still lives at [[STR:45 Elm Street, Apt. 3]], [[LOC:Cambridge, MA 02139]]
until he joins me in summer.

For identification: I was born on [[DOB:03/14/1989]] in [[LOC:Portland, Oregon]]; US passport
no. [[PASS:A04471829]]. My German tax ID is [[TAX:«tax_x01»]].

Could you please tell me whether I should change the registration to "Hauptwohnung" and whether
the tax will then be cancelled? My colleague [[P:Svenja Meyerhoff]] has kindly offered to
translate if you prefer to call: [[TEL:+49 421 218-6 40 22]] (office), my mobile is
[[TEL:+49 1575 8830 417]] and my US number [[TEL:+1 (617) 555-0142]].

Thank you very much and kind regards,
[[P:Emily Hartwell]]
Postdoctoral Researcher, MARUM
""",
    ["zweitwohnungsteuer@finanzen.bremen.de", "672,00 €", "MARUM", "Nebenwohnung", "Bürgeramt"],
)

pii(
    "foreign_resident",
    """
Betreff: Schuleingangsuntersuchung / school entry exam – [[P:Akosua Mensah]]
Von: [[P:Kwabena Mensah]] <[[MAIL:kwabena.mensah@tu-chemnitz.de]]>
An: Stadt Chemnitz, Gesundheitsamt, Kinder- und Jugendärztlicher Dienst <kjaed@stadt-chemnitz.de>

Sehr geehrte Damen und Herren / Dear Sir or Madam,

thank you for the Einladung for our daughter [[P:Akosua]] (born [[DOB:21 May 2019]] in
[[LOC:Accra]]). Unfortunately the appointment on 8 April at 9:00 is not possible, because my wife,
Mrs [[P:Abena Mensah-Boateng]], has her exam at the university that day and I am travelling.
Could we get a new Termin, maybe in the afternoon?

Some information you asked for (Anmeldebogen):
- Anschrift: [[STR:Straße der Nationen 66]], [[LOC:09111 Chemnitz]] – we moved here from
  [[LOC:Kumasi]] in 2021, first we lived in [[LOC:Hilbersdorf]].
- Kita: Kita „Sonnenkäfer“ (since 2023)
- Impfpass: [[P:Akosua]] got her vaccinations in Ghana; the Ghana Card of my wife is
  [[PASS:GHA-719204418-3]] if you need to check the names on the immunisation record.
- Sprache zu Hause: Twi and English, some German.

Our son [[P:Kofi]] ([[DOB:2022]]) will need the exam later.

If there is a problem, please call my wife: [[TEL:0157 / 3 80 19 422]], or me:
[[TEL:+49 371 531-3 72 18]] (office). In an emergency, the grandmother in [[LOC:Kumasi]],
Mrs [[P:Yaa Boateng]], can be reached under [[TEL:+233 24 418 7720]] (but only Twi).

Vielen Dank / many thanks,
[[P:Kwabena Mensah]]
Doctoral candidate, Faculty of Mechanical Engineering
""",
    [
        "kjaed@stadt-chemnitz.de",
        "Kinder- und Jugendärztlicher Dienst",
        "Kita „Sonnenkäfer“",
        "Twi and English",
    ],
)

pii(
    "foreign_resident",
    """
Stadtverwaltung Kaiserslautern · Veterinäramt – Posteingang (E-Mail, übersetzt: nein)
Eingang 07.08.2025 · Vorgang [[AZ:39-TS-2025-0311]] · zugeordnet: Dr. [[P:Seel]]

From: SSgt [[P:Marcus Delaney]] <[[MAIL:marcus.delaney.3@us.af.mil]]>
Subject: Re: Anhörung – your dog "Bruno" / Tierhaltung

Hello Dr. [[P:Seel]],

thank you for the letter (I used Google Translate). I am stationed at Ramstein Air Base and we
live off base at [[STR:Am Rothenborn 9]], [[LOC:67661 Kaiserslautern]] ([[LOC:Siegelbach]])
since March. Before that we lived in [[LOC:Landstuhl]].

About the complaint from our neighbor: Bruno is NOT left alone for 10 hours. My wife,
[[P:Keisha Delaney]], works part-time and our dog walker, Ms. [[P:Jasmin Reichert]]
([[TEL:0176 2 41 90 38]]), comes every day at noon. The barking is from another dog.

Details you asked for:
- Owner: [[P:Marcus J. Delaney]], DOB [[DOB:11/02/1990]], born in [[LOC:San Antonio, TX]]
- Passport: [[PASS:A09917342]]
- Microchip: [[AZ:985112004417720]] (registered with Tasso, rabies vaccination valid)
- Car (for the dog transport): [[KFZ:KL-MD 731]]
- Phone: [[TEL:+49 1512 6609 2283]], DSN not possible from German lines
- Email: above, or my private [[MAIL:mdelaney90@gmail.com]]

Our landlord, Mr. [[P:Helmut Kiefer]], can confirm that there were never problems. His number
is [[TEL:06301 7 18 44]].

Thank you for your understanding. We love our dog.
[[P:Marcus Delaney]]

--- interne Notiz: Hundesteuer-Marke [[AZ:KL-HS 2025/4417]] vorhanden; Ortstermin nicht
erforderlich, Abschluss ohne Maßnahme. [[P:Seel]]
""",
    ["Ramstein Air Base", "Tasso", "Posteingang (E-Mail, übersetzt: nein)", "Veterinäramt"],
)


# =============================================================================================
# PII-free documents
# =============================================================================================

clean(
    "clean_council_paper",
    """
Landeshauptstadt Hannover                                        Drucksache Nr. 2417/2024
Beschlussdrucksache · Ausschuss für Arbeitsmarkt-, Wirtschafts- und Liegenschaftsangelegenheiten
Ratsversammlung am 12.12.2024

Neufassung der Entgeltordnung der Ada-und-Theodor-Lessing-Volkshochschule Hannover

Antrag
Der Rat beschließt die als Anlage 1 beigefügte Entgeltordnung mit Wirkung zum 01.02.2025.

Begründung
Die Entgelte wurden zuletzt 2019 angepasst. Seitdem sind die Honorare der Kursleitungen von
30,00 € auf 38,50 € je Unterrichtseinheit (UE) gestiegen. Künftig gilt:

- Sprachkurse: 3,20 € je UE (bisher 2,80 €), Kurs-Nr. 25S-3104 und folgende
- Gesundheitskurse: 4,10 € je UE
- Kurse in den Stadtteilzentren Linden-Nord, Sahlkamp, Mühlenberg und Vahrenheide: 2,50 € je UE
- Ermäßigung 50 % für Inhaberinnen und Inhaber des HannoverAktivPasses (bisher 40 %)

Finanzielle Auswirkungen
Mehrerträge von rund 410.000 € jährlich (Teilhaushalt 41, Produkt 27101); die Ermäßigung
verursacht Mindererträge von ca. 95.000 €. Die Zahl der ermäßigten Anmeldungen stieg von
3.812 (2019) auf 6.247 (2023).

Namensgeber: Ada Lessing (1883–1953) gründete 1919 die Volkshochschule Hannover mit;
Theodor Lessing (1872–1933), Philosoph, lehrte an der Technischen Hochschule Hannover.

Berücksichtigung von Gender-Aspekten: Frauen stellen 71 % der Teilnehmenden.
Kostentabelle: Anlage 2 · Stellungnahme der Stadtbezirksräte Linden-Limmer und Bothfeld-
Vahrenheide: Anlage 3

Dezernat III · 41.2
""",
    [
        "Drucksache Nr. 2417/2024",
        "Ada Lessing (1883–1953)",
        "Theodor Lessing (1872–1933)",
        "Produkt 27101",
        "38,50 €",
    ],
)

clean(
    "clean_council_paper",
    """
Hansestadt Lübeck · Der Bürgermeister · Fachbereich 3 – Umwelt, Sicherheit und Ordnung
Vorlage VO/2025/14271 · öffentlich · Hauptausschuss 04.03.2025, Bürgerschaft 27.03.2025

Digitalisierung des Fundbüros und Gestattungen zur Travemünder Woche 2025

1. Fundbüro
Das Fundbüro (Kronsforder Allee 2-6) hat 2024 insgesamt 9.418 Fundsachen angenommen, davon
2.117 Schlüssel, 1.604 Geldbörsen, 1.245 Mobiltelefone und 311 Fahrräder. 38 % konnten an
Eigentümerinnen und Eigentümer zurückgegeben werden. Mit dem Online-Fundbüro (Anbindung an
das bundesweite Portal, Kosten 18.600 € einmalig, 4.200 € jährlich) soll die Quote auf über
50 % steigen. Fundsachen aus den Bussen der Stadtverkehr Lübeck GmbH und aus dem Hauptbahnhof
werden künftig wöchentlich übernommen.

2. Travemünder Woche
Für die 136. Travemünder Woche (18.–27.07.2025) werden Gestattungen nach § 12 GastG für
die Bereiche Strandpromenade, Vorderreihe, Priwall und Brügmanngarten erteilt. Musik ist
bis 24:00 Uhr zulässig, an beiden Samstagen bis 01:00 Uhr. Die Veranstalterin, die
Travemünder Woche GmbH, trägt die Kosten des Ordnungsdienstes (ca. 64.000 €).

3. Beschlussvorschlag
Die Bürgerschaft nimmt den Bericht zur Kenntnis und stimmt der Beschaffung nach Ziffer 1 zu
(Haushaltsstelle 1.12201.521100).

Anlagen: Fundstatistik 2020–2024; Lageplan Travemünde (Willy-Brandt-Allee bis Nordermole)
""",
    [
        "VO/2025/14271",
        "§ 12 GastG",
        "Travemünder Woche GmbH",
        "1.12201.521100",
        "Willy-Brandt-Allee",
    ],
)

clean(
    "clean_statute",
    """
Satzung über die Erhebung einer Zweitwohnungsteuer in der Stadt Trier
(Zweitwohnungsteuersatzung) vom 14. Dezember 2023 – Auszug

§ 1 Allgemeines
Die Stadt Trier erhebt eine Zweitwohnungsteuer als örtliche Aufwandsteuer im Sinne des
Art. 105 Abs. 2a GG und des § 5 Abs. 2 KAG Rheinland-Pfalz.

§ 2 Steuergegenstand
(1) Gegenstand der Steuer ist das Innehaben einer Zweitwohnung im Stadtgebiet.
(2) Zweitwohnung ist jede Wohnung, die jemand neben seiner Hauptwohnung zu Zwecken des
persönlichen Lebensbedarfs innehat.
(3) Nicht als Zweitwohnung gelten Wohnungen in Pflegeheimen, in Einrichtungen der
Jugendhilfe und in Frauenhäusern sowie Wohnungen, die aus beruflichen Gründen von
verheirateten, nicht dauernd getrennt lebenden Personen gehalten werden.

§ 4 Steuermaßstab und Steuersatz
(1) Die Steuer bemisst sich nach der jährlichen Nettokaltmiete.
(2) Die Steuer beträgt 12 vom Hundert der Bemessungsgrundlage.

§ 6 Entstehung und Fälligkeit
Die Steuer wird am 15. Februar, 15. Mai, 15. August und 15. November mit je einem Viertel
des Jahresbetrags fällig; Beträge bis 50,00 € werden am 1. Juli fällig.

§ 9 Inkrafttreten
Diese Satzung tritt am 1. Januar 2024 in Kraft.

Trier, 14.12.2023 · Stadtverwaltung Trier, Der Oberbürgermeister
Hinweis: Anfragen an das Steueramt, Augustinerhof, 54290 Trier, zweitwohnungsteuer@trier.de
""",
    [
        "Art. 105 Abs. 2a GG",
        "§ 5 Abs. 2 KAG Rheinland-Pfalz",
        "12 vom Hundert",
        "Augustinerhof, 54290 Trier",
        "zweitwohnungsteuer@trier.de",
    ],
)

clean(
    "clean_statute",
    """
Gefahrenabwehrverordnung der Landeshauptstadt Magdeburg (GefahrenabwehrVO) – Auszug
Amtsblatt der Landeshauptstadt Magdeburg Nr. 11 vom 28.03.2025

§ 3 Lärm
(1) In der Zeit von 22:00 bis 6:00 Uhr ist jeder Lärm zu vermeiden, der geeignet ist, die
Nachtruhe anderer zu stören.
(2) Rasenmäher und Laubbläser dürfen in Wohngebieten werktags nur von 7:00 bis 20:00 Uhr,
Laubbläser nur von 9:00 bis 13:00 und 15:00 bis 17:00 Uhr betrieben werden.
(3) Für Veranstaltungen im Elbauenpark, auf dem Domplatz und an der Festung Mark kann die
Ordnungsbehörde Ausnahmen zulassen.

§ 5 Tiere
(1) Hunde sind in Fußgängerzonen (Breiter Weg zwischen Ernst-Reuter-Allee und Danzstraße,
Alter Markt) sowie in Grünanlagen an der Leine zu führen.
(2) In den Hundeauslaufgebieten Herrenkrugwiesen, Salbker See und Kreuzhorst gilt die
Leinenpflicht nicht.
(3) Tauben dürfen nicht gefüttert werden.

§ 9 Ordnungswidrigkeiten
Ordnungswidrig handelt, wer vorsätzlich oder fahrlässig gegen § 3 oder § 5 verstößt. Die
Ordnungswidrigkeit kann nach § 98 SOG LSA mit einer Geldbuße bis zu 5.000 € geahndet werden.

§ 11 Inkrafttreten
Diese Verordnung tritt am Tag nach ihrer Verkündung in Kraft und gilt zehn Jahre.

Magdeburg, 20.03.2025 · Der Oberbürgermeister
Auskunft: Fachbereich Bürgerservice und Ordnung, Tel. 0391 540-0, ordnungsamt@magdeburg.de
""",
    [
        "§ 98 SOG LSA",
        "5.000 €",
        "Herrenkrugwiesen, Salbker See und Kreuzhorst",
        "Tel. 0391 540-0",
        "Amtsblatt der Landeshauptstadt Magdeburg Nr. 11",
    ],
)

V["iban_kiel"] = iban("DE", "21050170" + "0000100013")

clean(
    "clean_fee_table",
    """
Landeshauptstadt Kiel · Satzung über die Erhebung von Gebühren für den Rettungsdienst
Anlage 1 – Gebührentarif (gültig ab 01.01.2025)

Tarif-Nr. | Leistung                                              | Gebühr
----------|-------------------------------------------------------|----------
1.1       | Notarzteinsatz (NEF) je Einsatz                       | 512,00 €
2.1.1     | Notfallrettung mit RTW, Stadtgebiet                   | 745,00 €
2.1.2     | Notfallrettung mit RTW, außerhalb (je km ab Stadtgrenze) |   4,80 €
2.2       | Fehlfahrt RTW (Patient nicht angetroffen)             | 290,00 €
3.1       | Krankentransport KTW, sitzend                         | 238,00 €
3.2       | Krankentransport KTW, liegend                         | 262,00 €
3.4       | Infektionstransport, Zuschlag                         | 118,00 €
4.1       | Intensivtransport (ITW) je angefangene Stunde         | 680,00 €
5.1       | Wasserrettung (Förde, Kanal) je Einsatz               | 920,00 €

Erläuterungen
1. Gebührenschuldner ist die transportierte Person; bei Minderjährigen die Sorgeberechtigten.
2. Die Gebühren werden mit den Krankenkassen direkt abgerechnet, soweit eine Vereinbarung
   nach § 8 RDG S-H besteht.
3. Einsatzorte in Friedrichsort, Pries, Schilksee und Strande (Amt Dänischenhagen) werden
   nach Tarif 2.1.1 abgerechnet.
4. Zahlungen: Stadtkasse Kiel, IBAN «iban_kiel», BIC NOLADE21KIE,
   Verwendungszweck: Kassenzeichen.

Feuerwehr Kiel, Westring 325, 24116 Kiel · Abrechnung: rd-gebuehren@kiel.de · 0431 5905-0
""",
    ["Tarif-Nr.", "§ 8 RDG S-H", "«iban_kiel»", "Westring 325, 24116 Kiel", "rd-gebuehren@kiel.de"],
)

clean(
    "clean_fee_table",
    """
Stadtbibliothek Oldenburg · Gebührenordnung (Auszug) · Stand 01.01.2025
Ratsbeschluss vom 16.12.2024, Vorlage 24/0719

Jahresentgelte
  Erwachsene ................................................ 24,00 €
  ermäßigt (Schüler/innen ab 18, Studierende, Oldenburg-Pass) 12,00 €
  Kinder und Jugendliche bis 17 Jahre ......................... frei
  Familienausweis (2 Erwachsene, Kinder bis 17) .............. 36,00 €
  Kurzausweis (3 Monate) ...................................... 8,00 €

Versäumnisgebühren je Medium und Öffnungstag
  Bücher, Zeitschriften, Tonträger ............................ 0,30 €
  DVD, Konsolenspiele, Tonies ................................. 1,00 €
  Höchstbetrag je Medium ...................................... 9,00 €
  2. Mahnung (Zuschlag) ....................................... 3,50 €
  3. Mahnung (Zuschlag) ....................................... 5,00 €

Sonstiges
  Ersatzausweis ............................................... 5,00 €
  Fernleihe je Bestellung ..................................... 2,00 €
  Vormerkung .................................................. frei
  Verlust eines Mediums: Wiederbeschaffungswert + 5,00 € Einarbeitung

Öffnungszeiten Zentralbibliothek, Peterstraße 3: Di–Fr 10–19 Uhr, Sa 10–14 Uhr
Stadtteilbibliotheken: Kreyenbrück (Hermann-Ehlers-Straße 3), Eversten (Hauptstraße 38),
Ofenerdiek (Lagerstraße 4) – jeweils Di und Do 14–18 Uhr.
Rückgabeboxen: Pferdemarkt, Schlossplatz, Famila Wechloy.

Ab 12,00 € offener Gebühren ist die Ausleihe gesperrt (§ 7 Benutzungsordnung).
""",
    [
        "Vorlage 24/0719",
        "Peterstraße 3",
        "§ 7 Benutzungsordnung",
        "Hermann-Ehlers-Straße 3",
        "0,30 €",
    ],
)

clean(
    "clean_press_release",
    """
Landeshauptstadt Dresden · Presseamt · Medieninformation Nr. 418 vom 19.09.2025

Gesundheitsamt zieht Bilanz: Tattoo- und Piercingstudios überwiegend gut aufgestellt

Das Gesundheitsamt Dresden hat im ersten Halbjahr 2025 alle 96 gemeldeten Tattoo-, Piercing-
und Permanent-Make-up-Studios begangen. In 71 Studios gab es keine oder nur geringe Mängel.
Bei 22 Studios wurden Nachbegehungen angeordnet, meist wegen fehlender Dokumentation der
Sterilisation oder abgelaufener Flächendesinfektionsmittel. In drei Fällen wurde der Betrieb
vorübergehend nach § 16 IfSG untersagt.

Die meisten Studios liegen in der Äußeren Neustadt (23), in der Inneren Altstadt (14) und in
Löbtau (9); in Prohlis, Gorbitz und Klotzsche gibt es je zwei. Neu ist die Checkliste
„Hygiene im Studio“ in Deutsch, Englisch, Vietnamesisch und Russisch.

„Wer sich tätowieren lässt, sollte auf den Aushang der Begehungsbescheinigung achten“, rät die
Amtsärztin. Kundinnen und Kunden können Hinweise unter hygiene@dresden.de melden; anonyme
Hinweise werden ebenfalls geprüft.

Termine: Am 8. Oktober informiert das Gesundheitsamt von 16 bis 19 Uhr im Kulturrathaus,
Königstraße 15, über Hygiene beim Tätowieren. Am 15. Oktober folgt eine Veranstaltung in der
Städtischen Bibliothek Neustadt, Königsbrücker Straße 26.

Hintergrund: Grundlage ist die Sächsische Hygieneverordnung (SächsHygVO) vom 7. April 2004.
Pressekontakt: Presseamt, Dr.-Külz-Ring 19, 01067 Dresden, presse@dresden.de
""",
    [
        "Medieninformation Nr. 418",
        "§ 16 IfSG",
        "hygiene@dresden.de",
        "Königstraße 15",
        "Dr.-Külz-Ring 19, 01067 Dresden",
    ],
)

clean(
    "clean_press_release",
    """
Stadt Chemnitz · Pressemitteilung 2025/117 · 24.04.2025

Rekordsumme für Chemnitzer Sportvereine – Stadtrat bewilligt 1,48 Millionen Euro

Der Stadtrat hat in seiner Sitzung am 23. April die Sportförderung 2025 beschlossen
(Vorlage B-117/2025). 214 Vereine mit zusammen 61.800 Mitgliedern erhalten Zuschüsse für
Übungsleiter, Hallennutzung und Investitionen. Zu den größten Einzelprojekten gehören:

- neue Flutlichtanlage für den SV Eiche Reichenbrand e.V. (48.000 €),
- Sanierung der Bootshalle des Ruderclubs Chemnitz-Küchwald e.V. (112.000 €),
- Kunstrasen für den FC Hutholz 05 e.V. im Wohngebiet Hutholz (260.000 €, mit Landesmitteln).

Das Sportamt betont, dass 2025 erstmals auch Vereine aus Gablenz, Markersdorf und dem
Sonnenberg Mittel für Integrationsprojekte beantragen konnten. Ein Beispiel ist das
Projekt „Winter auf dem Eis“ des Eissportclubs, der im Küchwald Kindern aus 19 Nationen das
Schlittschuhlaufen beibringt.

Zum Kulturhauptstadtjahr 2025 erinnert das Sportamt an den
Lokomotivbauer Richard Hartmann (1809–1878): In der früheren Hartmannfabrik an der Fabrikstraße finden seit diesem Jahr auch
Turniere im Breakdance und im Tischtennis statt. Die Sporthalle Am Sonnenberg wird 2026 saniert.

Anträge für 2026: bis 30.09.2025 an sportfoerderung@stadt-chemnitz.de, Bahnhofstraße 53,
09111 Chemnitz, Telefon 0371 488-5201.
""",
    [
        "Vorlage B-117/2025",
        "SV Eiche Reichenbrand e.V.",
        "Richard Hartmann (1809–1878)",
        "sportfoerderung@stadt-chemnitz.de",
        "Bahnhofstraße 53",
    ],
)

clean(
    "clean_statistics",
    """
Stadt Halle (Saale) · Fachbereich Einwohnerwesen, Wahlen und Statistik
Bundestagswahl 23.02.2025 – Wahlbeteiligung nach Stadtteilen (vorläufiges Ergebnis)

stadtteil;wahlberechtigte;waehler;beteiligung_pct;briefwahl_pct
Altstadt;10412;8214;78,9;41,2
Paulusviertel;9870;8702;88,2;48,9
Giebichenstein;7533;6401;85,0;45,1
Kröllwitz;4021;3587;89,2;44,0
Südliche Innenstadt;11207;8112;72,4;37,8
Silberhöhe;8815;5203;59,0;22,6
Neustadt;28410;17602;62,0;24,3
Heide-Nord;4410;2998;68,0;26,9
Ammendorf/Beesen;6622;4701;71,0;30,2
Trotha;5318;4093;77,0;33,5
Stadt insgesamt;176423;132861;75,3;35,7

Hinweise
Die Briefwahlquote ist gegenüber 2021 (31,4 %) gestiegen. 412 Wahlvorstände mit 3.296
Wahlhelferinnen und Wahlhelfern waren im Einsatz; das Erfrischungsgeld betrug 40 €, für
Vorsteherinnen und Vorsteher 60 €. In 97 von 168 Urnenwahlbezirken lag der Wahlraum in
einer Schule, z. B. Grundschule Kastanienallee (Wahlbezirk 0712) oder Gymnasium Südstadt.

Das endgültige Ergebnis stellt der Kreiswahlausschuss am 06.03.2025 im Ratshof, Marktplatz 1,
fest. Rohdaten: https://statistik.halle.de/wahlen/btw2025.csv
Kontakt: statistik@halle.de, Tel. 0345 221-0
""",
    [
        "Wahlbezirk 0712",
        "statistik@halle.de",
        "Ratshof, Marktplatz 1",
        "https://statistik.halle.de/wahlen/btw2025.csv",
        "176423",
    ],
)

clean(
    "clean_statistics",
    """
Landeshauptstadt Saarbrücken · Amt für Statistik und Wahlen · Kurzbericht 3/2025
Schuleingangsuntersuchungen 2024 (Daten: Gesundheitsamt des Regionalverbands)

Stadtbezirk          | untersucht | Übergewicht % | Sprachförderbedarf % | Masern 2× %
---------------------|-----------:|--------------:|---------------------:|-----------:
Mitte                |        812 |          11,2 |                 34,0 |       93,1
West (Burbach, Malstatt) |    644 |          15,8 |                 47,9 |       88,4
Dudweiler            |        498 |           9,7 |                 21,3 |       95,0
Halberg (Brebach, Ensheim) |  402 |           8,1 |                 18,6 |       96,2
Saarbrücken gesamt   |      2.356 |          11,5 |                 32,7 |       92,8

Auffällig ist der hohe Sprachförderbedarf in Burbach und Malstatt. Das Gesundheitsamt bietet
dort seit 2023 Sprechstunden in der Kita Kirchberg und im Bürgerhaus Burbach an.

Beliebteste Vornamen der untersuchten Kinder (Geburtsjahrgang 2018):
Mädchen: Emilia, Mia, Sophia, Hanna, Lina, Ella, Mila, Amira
Jungen: Noah, Ben, Elias, Leon, Paul, Emil, Yusuf, Matteo

Zum Vergleich 2014: Mädchen Marie, Sophie, Lea; Jungen Luca, Leon, Ben.

Die Untersuchungen fanden im Gesundheitszentrum, Stengelstraße 10-12, und in neun Schulen
statt. Der vollständige Bericht erscheint als Drucksache 25/0318 im Ausschuss für Soziales.
Rückfragen: statistik@saarbruecken.de, Tel. 0681 905-0
""",
    [
        "Stengelstraße 10-12",
        "Drucksache 25/0318",
        "statistik@saarbruecken.de",
        "Emilia, Mia, Sophia",
        "Kita Kirchberg",
    ],
)

clean(
    "clean_roadworks",
    """
Landeshauptstadt Magdeburg · Tiefbauamt · Baustelleninformation Nr. 2025/044

Sudenburg: Erneuerung der Halberstädter Straße zwischen Ambrosiusplatz und Brauereistraße

Zeitraum: 07.04.2025 bis voraussichtlich 31.10.2025
Bauherrin: Landeshauptstadt Magdeburg gemeinsam mit den Städtischen Werken Magdeburg (SWM)
und der Magdeburger Verkehrsbetriebe GmbH & Co. KG (MVB)

Was wird gebaut?
- Gleiserneuerung der Straßenbahnlinien 1 und 10 auf 780 m
- neue Fahrbahn, barrierefreie Haltestellen „Eiskellerplatz“ und „Ambrosiusplatz“
- Radfahrstreifen in beide Richtungen, 42 neue Bäume (Winterlinde, Feldahorn)

Verkehrsführung
Bauabschnitt 1 (April–Juni): Vollsperrung zwischen Ambrosiusplatz und Wolfenbütteler Straße;
Umleitung über Leipziger Straße und Südring. Bauabschnitt 2 (Juli–Oktober): halbseitige
Sperrung stadteinwärts. Die Linie 1 fährt bis Westring/Kroatenweg, Ersatzverkehr mit Bussen
(SEV 1) bis Sudenburg, Hopfengarten. Fußgänger erreichen alle Geschäfte und das Ärztehaus
Halberstädter Straße 115 jederzeit.

Lieferverkehr ist werktags von 6:00 bis 9:00 Uhr über die Braunschweiger Straße möglich. Die
Wochenmärkte am Ambrosiusplatz (dienstags und freitags) finden auf dem Parkplatz
Kroatenwuhne statt.

Kosten: 14,6 Mio. €, davon 9,1 Mio. € Fördermittel des Landes (GVFG).
Baustellentelefon: 0391 540-5777 (Mo–Fr 8–16 Uhr) · baustellen@tiefbauamt.magdeburg.de
Ein Bürgerinformationsabend findet am 25.03.2025 um 18:00 Uhr in der Aula der Grundschule
„Am Westring“ statt.
""",
    [
        "Baustelleninformation Nr. 2025/044",
        "Magdeburger Verkehrsbetriebe GmbH & Co. KG",
        "0391 540-5777",
        "Halberstädter Straße 115",
        "14,6 Mio. €",
    ],
)

clean(
    "clean_roadworks",
    """
Stadt Kaiserslautern · Referat Tiefbau · Bekanntmachung vom 12.08.2025

Kanal- und Fahrbahnsanierung Mannheimer Straße / Betzenberg
Sperrungen vom 25.08. bis 19.12.2025

Die Stadtentwässerung Kaiserslautern AöR (STE) erneuert den Mischwasserkanal DN 800 in der
Mannheimer Straße zwischen Barbarossaring und Pirmasenser Straße. Anschließend erhält die
Fahrbahn einen neuen Belag.

Sperrungen und Umleitungen
1. 25.08.–10.10.: Vollsperrung Mannheimer Straße ab Barbarossaring; Umleitung über Logenstraße,
   Fackelwoogstraße und Kennelstraße.
2. 13.10.–19.12.: Sperrung der Einmündung Steinstraße; Anlieger frei bis Haus-Nr. 60.
3. An Heimspieltagen des 1. FC Kaiserslautern (Fritz-Walter-Stadion) wird die Baustelle ab
   12:00 Uhr geräumt und die Zufahrt zum Betzenberg über die Mannheimer Straße freigegeben.

ÖPNV: Die Buslinien 102 und 105 der SWK Verkehrs-AG halten an der Ersatzhaltestelle
Pfaffplatz. Der Stadionshuttle fährt ab Hauptbahnhof über die Pariser Straße.

Das Stadion trägt seit 1985 den Namen des Ehrenspielführers Fritz Walter (1920–2002). Die
Fritz-Walter-Straße bleibt während der gesamten Bauzeit frei.

Auskunft: Referat Tiefbau, Lauterstraße 2, 67657 Kaiserslautern, Tel. 0631 365-1580,
tiefbau@kaiserslautern.de · Notdienst Kanal (STE): 0631 3724-0
Bitte beachten Sie die Halteverbote (Zeichen 283) ab 21.08.2025.
""",
    [
        "Stadtentwässerung Kaiserslautern AöR",
        "Fritz Walter (1920–2002)",
        "Lauterstraße 2, 67657 Kaiserslautern",
        "DN 800",
        "Buslinien 102 und 105",
    ],
)

clean(
    "clean_event_programme",
    """
Hansestadt Lübeck · Kulturbüro · Programm „Lübecker Literatur- und Demokratietage“
31. Oktober bis 9. November 2025

Fr 31.10., 19:00 · Buddenbrookhaus (Interim im Behnhaus, Königstraße 11)
Eröffnung: „Ein Haus voller Geschichten“ – zum 150. Geburtstag von Thomas Mann (1875–1955).
Lesung aus den „Buddenbrooks“ mit Ensemblemitgliedern des Theaters Lübeck.

Sa 01.11., 11:00 · Willy-Brandt-Haus, Königstraße 21
Führung „Vom Lübecker Arbeiterjungen zum Kanzler“: Willy Brandt (1913–1992), geboren als
Herbert Frahm in der Lübecker Vorstadt St. Lorenz. Eintritt frei.

So 02.11., 15:00 · Günter Grass-Haus, Glockengießerstraße 21
Familiennachmittag mit Zeichnen wie Günter Grass (1927–2015); ab 8 Jahren, 4,00 €.

Mi 05.11., 18:30 · Stadtbibliothek, Hundestraße 5-17, Scharbausaal
Vortrag: Erich Mühsam (1878–1934) – Anarchist, Dichter, Lübecker.

So 09.11., 17:00 · Synagoge Carlebach, St.-Annen-Straße 13
Gedenken an die Pogromnacht; Erinnerung an Rabbiner Joseph Carlebach (1883–1942).

Tickets: Tourist-Information, Holstentorplatz 1, Tel. 0451 8899-700; ermäßigt mit Lübeck-Pass.
Barrierefreiheit: Behnhaus und Willy-Brandt-Haus sind rollstuhlgerecht.
Anreise: Bus 1, 11, 30 bis Haltestelle Koberg; Parkhaus Falkenstraße.
""",
    [
        "Thomas Mann (1875–1955)",
        "Willy Brandt (1913–1992)",
        "Günter Grass (1927–2015)",
        "Holstentorplatz 1",
        "Joseph Carlebach (1883–1942)",
    ],
)

clean(
    "clean_event_programme",
    """
Stadt Göttingen · Kulturamt · „Göttinger Gauß-Jahr 2027“ – Vorprogramm Herbst 2025

Die Stadt bereitet den 250. Geburtstag von Carl Friedrich Gauß (1777–1855) vor. Schon in
diesem Herbst gibt es Veranstaltungen an den Orten seines Wirkens.

Do 18.09., 17:00 · Historische Sternwarte, Geismar Landstraße 11
Führung: Wo Gauß rechnete und wohnte. Treffpunkt Haupteingang, 8,00 €.

Sa 27.09., 10:00–16:00 · Gauß-Weber-Denkmal, Bürgerstraße / Wall
Experimente zum Telegrafen von Gauß und Wilhelm Weber (1804–1891) für Kinder.

Mi 08.10., 19:30 · Altes Rathaus, Markt 9, Rathaushalle
Vortrag „Der Gaußsche Fehler“ mit Lichtbildern; anschließend Empfang.

Fr 24.10., 20:00 · Deutsches Theater, Theaterplatz 11
Lesung: Georg Christoph Lichtenberg (1742–1799) – Sudelbücher; Eintritt 12,00 / 8,00 €.

So 09.11., 11:00 · Stadtfriedhof, Kasseler Landstraße
Spaziergang zu den Gräbern von Gauß, Max Planck (1858–1947) und Otto Hahn (1879–1968).

Sa 22.11., 14:00 · Volkshochschule Göttingen Osterode, Bahnhofsallee 7
Workshop „Rechnen wie 1800“, Kurs-Nr. 252-10418, 15,00 €.

Anmeldung: kulturamt@goettingen.de oder Tel. 0551 400-2811; Programmheft in allen
Bürgerbüros (Grone, Weende, Geismar) und in der Tourist-Information, Markt 9.
""",
    [
        "Carl Friedrich Gauß (1777–1855)",
        "Wilhelm Weber (1804–1891)",
        "Max Planck (1858–1947)",
        "Kurs-Nr. 252-10418",
        "kulturamt@goettingen.de",
    ],
)

clean(
    "clean_course_catalogue",
    """
Volkshochschule Schwerin · Programm Frühjahr 2025 · Auszug „Sprachen und Gesellschaft“
Puschkinstraße 13, 19055 Schwerin · Anmeldung online oder Tel. 0385 545-2850

251-30101  Deutsch als Zweitsprache A1 (Integrationskurs), Mo–Fr 8:30–12:45, ab 06.01.,
           Campus am Turm, Raum 2.04 · Kosten: 2,29 €/UE bzw. frei mit BAMF-Berechtigung
251-30214  Polnisch für Einsteiger, Di 18:00–19:30, 12 × ab 14.01., 96,00 €
251-30230  Russisch Konversation B1, Do 17:30–19:00, 10 × ab 16.01., 80,00 €
251-30311  Ukrainisch für Helferinnen und Helfer, Mi 18:00–19:30, 8 × ab 15.01., 64,00 €
251-30405  Plattdeutsch lesen: Fritz Reuter (1810–1874) und John Brinckman (1814–1870),
           Sa 10:00–13:00, 3 × ab 08.02., Schleswig-Holstein-Haus, 45,00 €
251-40102  Schwerin erleben: Das Schloss und der Baumeister Georg Adolph Demmler (1804–1886),
           Stadtführung, So 23.03., 14:00, Treffpunkt Alter Garten, 12,00 €
251-40120  Mueßer Holz, Lankow, Großer Dreesch: Stadtteilgeschichte(n) seit 1970,
           Vortragsreihe, Stadtteilbibliothek Dreesch, 3 × ab 04.03., entgeltfrei
251-50010  Smartphone-Sprechstunde für Seniorinnen und Senioren, Begegnungsstätte Lankow,
           Do 10:00–12:00, je 5,00 €
251-50033  Essen wie in Mecklenburg: Kochkurs, Lehrküche Weststadt, Fr 17:00, 28,00 € + Zutaten

Ermäßigung 25 % mit Schwerin-Pass; Rücktritt bis 7 Tage vor Kursbeginn kostenfrei.
""",
    [
        "Puschkinstraße 13, 19055 Schwerin",
        "251-30101",
        "Fritz Reuter (1810–1874)",
        "Georg Adolph Demmler (1804–1886)",
        "0385 545-2850",
    ],
)

clean(
    "clean_course_catalogue",
    """
Konservatorium Georg Friedrich Händel · Musikschule der Stadt Halle (Saale)
Angebote 2025/26 (Auszug) · Große Gosenstraße 12 · 06114 Halle (Saale)

Musikalische Grundausbildung
MG-01  Eltern-Kind-Musizieren (1–3 Jahre), Zweigstelle Neustadt, Mi 9:30 ...... 29,00 €/Monat
MG-04  Musikalische Früherziehung (4–6 Jahre), in Kitas der Silberhöhe und in
       Heide-Nord, 45 Min./Woche .............................................. 31,00 €/Monat
MG-10  Orff-Instrumente für Grundschulkinder, Paulusviertel ................... 31,00 €/Monat

Instrumentalunterricht (Einzelunterricht)
IU-30  30 Minuten/Woche ....................................................... 74,00 €/Monat
IU-45  45 Minuten/Woche ...................................................... 105,00 €/Monat
IU-60  60 Minuten/Woche ...................................................... 138,00 €/Monat
Fächer: Violine, Viola, Violoncello, Kontrabass, Blockflöte, Querflöte, Oboe, Klarinette,
Fagott, Trompete, Horn, Posaune, Klavier, Cembalo, Orgel, Gitarre, Schlagzeug, Gesang

Ensembles (für Schülerinnen und Schüler frei)
EN-01  Jugendsinfonieorchester, Proben Sa 10:00, Händel-Haus, Große Nikolaistraße 5
EN-07  Barockensemble „Halle 1685“ – zum Geburtsjahr von Georg Friedrich Händel (1685–1759)
EN-12  Bigband Kröllwitz, Do 18:00

Ermäßigungen: Geschwister 25 %, Halle-Pass 50 %, Bildung und Teilhabe (BuT) bis 15 €/Monat.
Anmeldung: konservatorium@halle.de · Tel. 0345 221-4630 · Probestunden kostenfrei.
Die Gebühren richten sich nach der Entgeltordnung vom 01.08.2024 (Stadtratsbeschluss
VII/2024/07112).
""",
    [
        "Große Gosenstraße 12",
        "Georg Friedrich Händel (1685–1759)",
        "VII/2024/07112",
        "74,00 €/Monat",
        "konservatorium@halle.de",
    ],
)

clean(
    "clean_faq",
    """
Fundbüro Bremen – Häufige Fragen (FAQ)
Bürgerservice-Center Mitte, Pelzerstraße 40, 28195 Bremen · fundbuero@buergeramt.bremen.de

Ich habe etwas verloren. Was kann ich tun?
Melden Sie den Verlust online oder telefonisch unter 0421 361-88600. Fundsachen aus Bussen und
Bahnen der BSAG werden nach drei Werktagen an das Fundbüro übergeben; Fundsachen aus dem
Hauptbahnhof bewahrt die DB Fundservice auf.

Wie lange wird eine Fundsache aufbewahrt?
Sechs Monate (§ 973 BGB). Danach erwirbt die Finderin oder der Finder das Eigentum, wenn sie
oder er das beantragt hat; andernfalls geht die Sache an die Stadtgemeinde Bremen.

Ich habe etwas gefunden. Bekomme ich Finderlohn?
Ja: 5 % vom Wert bis 500 €, darüber 3 % (§ 971 BGB), bei Tieren 3 %. Für Funde in Behörden
und Verkehrsmitteln gilt der halbe Finderlohn (§ 978 BGB).

Was kostet die Abholung?
Die Gebühr richtet sich nach dem Wert: bis 50 € frei, bis 500 € 10,00 €, darüber 3 % des
Wertes. Ausweise und Pässe werden an die ausstellende Behörde zurückgegeben.

Wo gibt es Außenstellen?
Bürgerservice-Center Nord (Vegesack, Gerhard-Rohlfs-Straße 62), Süd (Neustadt, Große
Sortillienstraße) und Ost (Osterholz, Hans-Bredow-Straße 19). Dort können Sie Fundsachen
abgeben, aber nicht abholen.

Werden Fahrräder versteigert?
Ja, nicht abgeholte Fahrräder werden zweimal jährlich versteigert, zuletzt am 14.06. im
Fahrradparkhaus Hauptbahnhof (Los-Nr. 1–212).
""",
    [
        "Pelzerstraße 40, 28195 Bremen",
        "§ 973 BGB",
        "§ 978 BGB",
        "0421 361-88600",
        "fundbuero@buergeramt.bremen.de",
    ],
)

clean(
    "clean_election_notice",
    """
Landeshauptstadt Kiel · Die Gemeindewahlbehörde
Wahlbekanntmachung zur Wahl zum Europäischen Parlament am 9. Juni 2024 (Auszug)

1. Die Wahl dauert von 8 bis 18 Uhr.
2. Die Landeshauptstadt Kiel ist in 184 allgemeine Wahlbezirke eingeteilt. In der
   Wahlbenachrichtigung ist der Wahlraum angegeben, in dem die oder der Wahlberechtigte zu
   wählen hat. Auszug aus dem Verzeichnis der Wahlräume:

   Wahlbezirk  Stadtteil          Wahlraum
   0101        Altstadt           Rathaus, Fleethörn 9, Raum 101 (barrierefrei)
   0415        Gaarden-Ost        Toni-Jensen-Gemeinschaftsschule, Iltisstraße 34
   0416        Gaarden-Ost        Kita Kaiserstraße, Kaiserstraße 40
   0803        Wik                Hebbelschule, Feldstraße 19
   1102        Holtenau           Gemeinschaftshaus, Kanalstraße 50 (barrierefrei)
   1410        Mettenhof          Bürgerhaus Mettenhof, Vaasastraße 43 (barrierefrei)
   1603        Elmschenhagen      Grundschule Elmschenhagen, Hasseldieksdammer Weg 2
   1805        Friedrichsort      Gemeindehaus St. Nikolai, Zum Fort 4

3. Briefwahlvorstände treten um 15 Uhr im Haus der Wirtschaft, Bergstraße 2, zusammen.
4. Jede Wählerin und jeder Wähler hat eine Stimme. Gewählt wird mit amtlichem Stimmzettel.
5. Wählen kann nur, wer im Wählerverzeichnis eingetragen ist oder einen Wahlschein hat.
6. Wer unbefugt wählt oder ein falsches Ergebnis herbeiführt, wird nach § 107a StGB bestraft.

Kiel, 23. Mai 2024 · Die Gemeindewahlbehörde
Wahlamt: Rathaus, Fleethörn 9, 24103 Kiel · Tel. 0431 901-1234 · wahlen@kiel.de
""",
    [
        "Fleethörn 9, 24103 Kiel",
        "§ 107a StGB",
        "wahlen@kiel.de",
        "Hasseldieksdammer Weg 2",
        "Wahlbezirk  Stadtteil",
    ],
)

clean(
    "clean_health_advice",
    """
Stadt Trier · Gesundheitsamt (Kreisverwaltung Trier-Saarburg, Abt. Gesundheitsamt)
Merkblatt für Eltern: Masern, Windpocken, Scharlach – wann darf mein Kind wieder in Kita
oder Schule? Stand: 01/2025

Nach § 34 Infektionsschutzgesetz (IfSG) dürfen Kinder mit bestimmten ansteckenden Krankheiten
Gemeinschaftseinrichtungen vorübergehend nicht besuchen. Die Einrichtung muss die Erkrankung
dem Gesundheitsamt melden (§ 34 Abs. 6 IfSG).

Krankheit        Wiederzulassung                              Attest nötig?
Masern           frühestens 5 Tage nach Beginn des Ausschlags  ja
Windpocken       wenn alle Bläschen verkrustet sind            nein
Scharlach        24 Std. nach Beginn der Antibiotikatherapie   nein
Keuchhusten      5 Tage nach Beginn der Antibiotikatherapie    nein
Norovirus        48 Std. nach Abklingen der Symptome           nein
Kopfläuse        nach der ersten Behandlung                    Bestätigung der Eltern

Masernschutz: Seit 1. März 2020 müssen Kinder ab einem Jahr vor der Aufnahme in eine Kita
einen Impfschutz nachweisen (§ 20 Abs. 8 IfSG). Die Impfsprechstunde des Gesundheitsamts
findet dienstags von 14 bis 16 Uhr statt, Paulinstraße 60, 54292 Trier, ohne Termin.

Häufige Fragen beantwortet das Team Infektionsschutz unter 0651 715-600 oder
infektionsschutz@trier-saarburg.de. In Trier-West, Ehrang und Kürenz bietet das Gesundheitsamt
mit dem Quartiersmanagement zusätzlich Sprechstunden in den Stadtteiltreffs an.

Dieses Merkblatt gibt es auch auf Englisch, Französisch, Arabisch, Rumänisch und Ukrainisch.
""",
    [
        "§ 34 Abs. 6 IfSG",
        "§ 20 Abs. 8 IfSG",
        "Paulinstraße 60, 54292 Trier",
        "0651 715-600",
        "infektionsschutz@trier-saarburg.de",
    ],
)

clean(
    "clean_library_info",
    """
Städtische Bibliotheken Dresden · Öffnungszeiten und Standorte (gültig ab 01.09.2025)

Zentralbibliothek im Kulturpalast, Schloßstraße 2, 01067 Dresden
Mo–Fr 10:00–20:00 Uhr, Sa 10:00–18:00 Uhr · Tel. 0351 8648-233

Stadtteilbibliotheken
Neustadt, Königsbrücker Straße 26 ............. Mo, Di, Do, Fr 10–19 Uhr
Pieschen, Bürgerstraße 63 ...................... Mo, Di, Do, Fr 11–19 Uhr
Gorbitz, Merianplatz 4 ......................... Di, Do 10–19, Fr 10–16 Uhr
Prohlis, Prohliser Allee 10 .................... Mo, Di, Do 10–19 Uhr
Striesen, Wittenberger Straße 76 ............... Di–Fr 11–18 Uhr
Klotzsche, Kieler Straße 52 .................... Di, Do 10–18 Uhr
Blasewitz, Tolkewitzer Straße 8 ................ Mo, Mi, Fr 11–18 Uhr
Fahrbibliothek: Haltestellenplan im Internet (48 Haltestellen, u. a. Schönfeld, Weixdorf)

Feiertage und Ferien
Am 3. Oktober, 31. Oktober und 22. November geschlossen; in den Winterferien
(16.02.–28.02.2026) verkürzte Öffnungszeiten in den Stadtteilbibliotheken.

Rund um die Uhr
Rückgabeautomaten an der Zentralbibliothek und in Neustadt, Gorbitz und Prohlis;
eMedien über die Onleihe Sachsen mit Ihrer Ausweisnummer und Ihrem Passwort.

Jahresentgelt 20,00 €, ermäßigt 10,00 €, Dresden-Pass frei; Kinder bis 18 Jahre frei.
Im Erich Kästner Museum (Antonstraße 1) liegt der Kästner-Bücherkoffer zur Ausleihe bereit –
zum Werk von Erich Kästner (1899–1974) für Schulklassen.

Post: Städtische Bibliotheken Dresden, Schloßstraße 2, 01067 Dresden · info@bibo-dresden.de
""",
    [
        "Schloßstraße 2, 01067 Dresden",
        "Tel. 0351 8648-233",
        "Erich Kästner (1899–1974)",
        "Kieler Straße 52",
        "info@bibo-dresden.de",
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
