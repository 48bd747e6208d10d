"""Build the seventeenth German PII redaction development corpus (``corpus.jsonl`` next to this file).

    python3 tests/data/redaction_dev17/build_dev17.py            # check, then write
    python3 tests/data/redaction_dev17/build_dev17.py --partial  # check only, write nothing

DEVELOPMENT set: it may be read, run and tuned on. It was written blind: without sight of the
redactor's rules, its benchmark, the held-out corpora and the documents of every other corpus.
Only the README of dev16 and the docstring, helpers (with the check function) and ``main()`` of
``build_dev16.py`` were read, for the record format, the annotation conventions and the
check-digit rules; the documents here are new. The 80 invented documents come from the mail of city offices outside
NRW (Leipzig, Nürnberg, Freiburg im Breisgau, Kassel, Erfurt, Rostock, Regensburg, Osnabrück,
Mainz, Ulm, Würzburg, Potsdam): registry office, immigration office, housing benefit and social
welfare, Kita and school enrolment, fines office, cemetery office, citizens' office, youth
welfare, dog tax and residents' parking. 60 carry personal data, 20 do not.

  - citizen_letter (7): letters and e-mails of citizens (housing benefit, a mother-in-law's
    visa, a Kita place, dog tax, residents' parking, a name change, a grave);
  - file_note (6): clerks' file notes with abbreviations (Vorsprache, Hausbesuch, Fahrer-
    ermittlung, Telefonvermerk, Wohnungsgeber check, Anmeldung der Eheschließung);
  - pasted_form (6): forms pasted as text, label: value and column layouts with blanks;
  - table (5): pipe, CSV and tab-separated tables (fines, waiting list, graves, appointments,
    dog tax);
  - ocr_scan (5): OCR output with ligatures, broken words, l/1 and O/0 confusions;
  - voice_transcript (6): speech-to-text of calls and voicemails in lower case without
    punctuation, numbers and dates in words, names spelled with the spelling alphabet;
  - chat_transcript (4): chatbot, live-chat and messenger transcripts;
  - mail_chain (5): forwarded mail chains with quoted replies;
  - representative_letter (5): lawyers, care services and a legal guardian writing for clients;
  - data_export (5): JSON, XML and CSV exports of specialist procedures;
  - civil_status_record (3): registry-office records (a death notification, an acknowledgement
    of paternity with a joint-custody declaration, a declaration of name adjustment);
  - official_notice (3): a hearing letter, a housing-benefit notice, a dog-tax notice;
  - clean_* (20): council papers, statutes, fee tables, press releases, Kita information,
    statistics by district, road works notices, event programmes, FAQ pages, street naming.

Markup: personal strings are written inline as ``[[TYPE:text]]``; computed numbers are put in
with ``«name»`` slots. Short type names:

    P=PERSON  STR=STREET_ADDRESS  LOC=LOCATION  DOB=DATE_OF_BIRTH  TEL=PHONE_NUMBER
    MAIL=EMAIL_ADDRESS  IBAN=IBAN_CODE  TAX=DE_TAX_ID  RV=DE_SOCIAL_SECURITY  ID=DE_ID_CARD
    PASS=DE_PASSPORT  KFZ=DE_KFZ  AZ=DE_AKTENZEICHEN  HR=DE_HANDELSREGISTER  IP=IP_ADDRESS

Annotation conventions (those of dev16, unchanged, with the cases this set adds):
  - only values are annotated, never keys, labels, column titles or JSON/XML/CSV key names;
  - salutations, titles, roles and relationship words ("Herr", "Frau", "Dr.", "RAin",
    "Schwiegermutter", "Sohn", "Betreute", "Kindsvater") stay outside PERSON spans; a bare
    surname or first name is PERSON; "Nachname, Vorname" in one cell is one span; names are
    annotated as written (capitals, lower case in transcripts, every transliteration and script
    of the same person); a name spelled with the spelling alphabet is one PERSON span from the
    first letter to the last code word, and its code words do not count as name parts;
  - a name inside an e-mail address counts only as part of the EMAIL_ADDRESS;
  - staff of the city: names, direct lines and personal mailboxes are annotated; switchboards
    ("...-0"), hotlines, functional mailboxes, anonymous handles, user codes and initials alone
    are not;
  - a span never crosses a line break;
  - a private address is STREET_ADDRESS (street, number, additions) plus LOCATION (postcode and
    town); towns and districts of residence, previous residence, birth, origin and relatives are
    LOCATION, at home and abroad, also the office's own town; countries and nationalities are
    not; offices, courts, firms with a legal form, homes and public buildings, the place of an
    offence or of a signature line are not;
  - a city district alone in a citizen's context ("wir wohnen in Grünau") is LOCATION; the same
    district inside the name of an office, school, Kita or cemetery is not;
  - natural persons in business (a sole undertaker or care service e.K.) are persons: name,
    business address, phones, mailboxes and HRA entry are personal; other companies with a legal
    form, their register entries, accounts and addresses are not, also when the firm name
    contains a family name; the city treasury's account is not personal;
  - Kassenzeichen, file numbers, register numbers of births, marriages and deaths, fine notice
    numbers, dog-tax tags, grave-right certificates, parking-permit and waiting-list numbers of a
    citizen's matter are DE_AKTENZEICHEN (the cue word stays outside); council papers, form
    numbers, paragraphs, budget lines and grave positions (field, row, number) are not;
  - German ID cards and electronic residence permits (eAT) are DE_ID_CARD; passports (German and
    foreign), travel documents for refugees and foreign ID cards are DE_PASSPORT; the RV number is
    DE_SOCIAL_SECURITY; the Steuer-ID is DE_TAX_ID;
  - plates of citizens' and firms' vehicles (also foreign plates and plates spelled out on the
    phone) are DE_KFZ; citizens' IPs are IP_ADDRESS, servers and internal addresses are not;
  - only dates of birth are personal, in any notation, in words, without year, and a year of
    birth alone ("Jg. 2019", "(*2017)": the cue stays outside); dates of death, marriage,
    letters, deadlines and appointments and ages are not.

Checks (standard library only): offsets give back the span text; spans are sorted, disjoint and
free of line breaks and surrounding blanks; Steuer-IDs carry the MOD 11,10 check digit; IBANs
pass MOD 97; RV numbers (also read out in words) carry their check digit, and those written in
figures match a date of birth in the document; ID-card and eAT numbers use the ID-card alphabet
with a valid tenth check digit where there is one; no keep phrase overlaps a span and each
occurs; 4-5 distinct keep phrases and 900-2,000 characters per document; PII-free documents have
no spans; every further whole-word occurrence of an annotated string (three characters or more)
and of every name part (three letters or more) of a PERSON span is annotated too unless the
document allows it, and every allowance is needed; the document counts per style match the plan.
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
PREFIX = "dev17"
MIN_CHARS, MAX_CHARS = 900, 2000

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
    ("file_note", "pii"): 6,
    ("pasted_form", "pii"): 6,
    ("table", "pii"): 5,
    ("ocr_scan", "pii"): 5,
    ("voice_transcript", "pii"): 6,
    ("chat_transcript", "pii"): 4,
    ("mail_chain", "pii"): 5,
    ("representative_letter", "pii"): 5,
    ("data_export", "pii"): 5,
    ("civil_status_record", "pii"): 3,
    ("official_notice", "pii"): 3,
    ("clean_council_paper", "clean"): 2,
    ("clean_statute", "clean"): 2,
    ("clean_fee_table", "clean"): 2,
    ("clean_press_release", "clean"): 2,
    ("clean_kita_info", "clean"): 2,
    ("clean_statistics", "clean"): 2,
    ("clean_roadworks", "clean"): 2,
    ("clean_event_programme", "clean"): 2,
    ("clean_faq", "clean"): 2,
    ("clean_street_naming", "clean"): 2,
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

# --- citizen_letter ------------------------------------------------------------------------

V["l1_tax"] = steuer_id("4728150346", "blocks")
V["l1_iban"] = iban("DE", "860555921104387265")
pii(
    "citizen_letter",
    """
[[P:Sabine Ehrhardt]]
[[STR:Stuttgarter Allee 27, Whg. 0805]]
[[LOC:04209 Leipzig]]
Tel. [[TEL:0341 4 21 87 63]]

Stadt Leipzig
Amt für Wohnungsbau und Stadterneuerung, Wohngeldstelle
Prager Straße 118–136
04317 Leipzig
                                                    Leipzig, den 14. April 2025

Wohngeld – Weiterleistungsantrag, Ihr Zeichen [[AZ:WG 64.3-2023-018472]]

Sehr geehrte Frau [[P:Lindner]],

anbei reiche ich wie besprochen den Weiterleistungsantrag nach. Seit dem 1. März 2025 wohnt
meine Schwiegermutter Frau [[P:Renate Ehrhardt]] (geb. [[DOB:17.09.1949]]) mit bei uns. Sie hat
vorher allein in [[LOC:Connewitz]] gewohnt ([[STR:Biedermannstraße 61]], [[LOC:04277 Leipzig]]), die
Wohnung ist zum 28.02. gekündigt. Ihre Altersrente (rund 1.040 EUR netto) weise ich mit dem
Rentenbescheid nach.

Zum Haushalt gehören damit jetzt:
- ich, [[P:Sabine Ehrhardt]], geb. [[DOB:03.11.1978]]
- mein Mann [[P:Thomas Ehrhardt]], geb. [[DOB:22.06.1976]]
- unsere Kinder [[P:Jonas]] (Jg. [[DOB:2009]]) und [[P:Mia]] (Jg. [[DOB:2014]])
- meine Schwiegermutter (s. o.)

Meine Steuer-ID lautet [[TAX:«l1_tax»]]. Bitte überweisen Sie das Wohngeld ab sofort auf
unser neues Konto bei der Sparkasse Leipzig: [[IBAN:«l1_iban»]] (Kontoinhaber
[[P:Thomas Ehrhardt]]).

Rückfragen am besten vormittags unter [[TEL:0176 3481 2290]] oder per Mail an
[[MAIL:sabine.ehrhardt@gmx.de]].

Mit freundlichen Grüßen
[[P:Sabine Ehrhardt]]

Anlagen: Rentenbescheid, Mietbescheinigung, Kontoauszüge (3 Monate)
""",
    ["Prager Straße 118–136", "1.040 EUR", "Sparkasse Leipzig", "Wohngeldstelle"],
)

pii(
    "citizen_letter",
    """
Von: [[P:Kemal Yıldız]] <[[MAIL:kemal.yildiz75@web.de]]>
An: auslaenderbehoerde@stadt.nuernberg.de
Datum: Di, 06.05.2025 21:47
Betreff: Visum meiner Schwiegermutter – Ihr Az. [[AZ:32.3-V-2025/04417]]

Sehr geehrte Damen und Herren,

ich schreibe im Namen meiner Schwiegermutter Frau [[P:Gül Aksoy]], geboren am [[DOB:12.02.1953]] in
[[LOC:Kayseri]]. Sie ist seit dem 20. März mit einem Schengen-Visum zu Besuch bei uns in
[[LOC:Gostenhof]]: [[P:Kemal]] und [[P:Elif Yıldız]], [[STR:Kernstraße 34, 2. OG links]], [[LOC:90429 Nürnberg]].
Ihr türkischer Reisepass hat die Nummer [[PASS:U18734562]].

Leider ist sie vor drei Wochen im Treppenhaus gestürzt und liegt im
Klinikum Süd, Hüft-OP. Die Ärzte sagen, dass sie frühestens Mitte Juni fliegen darf, das Visum
läuft aber am 18.06.2025 ab. Ist eine Verlängerung nach § 6 Abs. 2 AufenthG möglich, und welche
Unterlagen brauchen Sie dafür? Ein ärztliches Attest liegt bei.

Mein Schwager [[P:Murat Aksoy]] wohnt in [[LOC:Fürth]] und würde eine Verpflichtungserklärung
abgeben, falls das nötig ist. Die Krankenversicherung läuft über eine Reiseversicherung der
Allianz, Police liegt bei. In der Türkei wohnt meine Schwiegermutter in [[LOC:Kocasinan]]
([[STR:Mimarsinan Mah. 1452. Sok. No: 7]], [[LOC:38020 Kocasinan/Kayseri]]), dort kümmert sich ihre
Tochter [[P:Hatice]] um die Wohnung.

Meine Frau [[P:Elif]] ist tagsüber unter [[TEL:0911 / 59 83 14 0]] erreichbar, ich unter
[[TEL:0157-34128876]]. Für einen Termin am Servicepoint Ausländerbehörde, Hans-Sachs-Platz 2,
kommen wir natürlich gern.

Vielen Dank und freundliche Grüße
[[P:Kemal Yıldız]]
""",
    [
        "auslaenderbehoerde@stadt.nuernberg.de",
        "§ 6 Abs. 2 AufenthG",
        "Hans-Sachs-Platz 2",
        "Klinikum Süd",
    ],
)

pii(
    "citizen_letter",
    """
Betreff: Kita-Platz ab September – Vormerkung [[AZ:KiTa-FR-2024-11583]]
Von: [[MAIL:jule.brenner-oyelaran@posteo.de]]
An: kita-platzvergabe@stadt.freiburg.de

Hallo liebes Team der Platzvergabe,

wir haben über das Portal für unsere Zwillinge [[P:Ada]] und [[P:Theo Brenner]] (beide geboren am
[[DOB:29. Januar 2023]]) einen Platz ab 01.09.2025 vorgemerkt und bisher nur Absagen bekommen,
zuletzt von der Kita Sonnenblume im Rieselfeld. Wir wohnen seit letztem Herbst im [[LOC:Vauban]]
([[STR:Vaubanallee 41a]], [[LOC:79100 Freiburg]]), vorher in [[LOC:Haslach]], deshalb steht im Portal
vielleicht noch die alte Adresse ([[STR:Carl-Kistner-Str. 12]]) – bitte korrigieren!

Zu uns: Ich ([[P:Jule Brenner]]) arbeite ab September wieder 30 Stunden als Physiotherapeutin,
mein Partner [[P:Tunde Oyelaran]] ist Schichtleiter und hat wechselnde Dienste. Die Oma
([[P:Gisela Brenner]]) wohnt in [[LOC:Emmendingen]] und kann nur ab und zu einspringen. Eine
Betreuung bei einer Tagesmutter, Frau [[P:Hanne Schöttle]] in [[LOC:St. Georgen]], hatten wir
bis Juli, sie hört aber aus Altersgründen auf.

Wäre auch ein Platz in der städtischen Kita Mooswaldstrolche oder im Kinderhaus Wiesenweg
denkbar? Die Fahrt dorthin nehmen wir in Kauf. Einkommensnachweise für die Beitragsstaffel
nach der Satzung (Stufe 4) haben wir hochgeladen. Geschwisterermäßigung dürfte ja greifen.

Erreichbar sind wir unter [[TEL:0761 / 476 39 02]] oder mobil [[TEL:+49 152 0873 4416]] ([[P:Tunde]]).

Viele Grüße aus dem [[LOC:Vauban]]
[[P:Jule Brenner]] & [[P:Tunde Oyelaran]]
""",
    [
        "kita-platzvergabe@stadt.freiburg.de",
        "01.09.2025",
        "Kita Sonnenblume",
        "Kinderhaus Wiesenweg",
    ],
)

V["l4_iban"] = iban("DE", "520503530007318842")
pii(
    "citizen_letter",
    """
[[P:Wolfgang Riemenschneider]]                              Kassel, 02.06.2025
[[STR:Leipziger Straße 208]]
[[LOC:34123 Kassel]]

An die Stadt Kassel
Kassenverwaltung – Hundesteuer
Obere Königsstraße 8
34117 Kassel

Hundesteuer – Kassenzeichen [[AZ:5.2100.441298.7]], Hundemarke Nr. [[AZ:04173]]

Sehr geehrte Damen und Herren,

hiermit melde ich meinen Hund „Bruno“ (Labrador-Mischling) ab. Er musste am 21. Mai 2025 in
der Tierklinik eingeschläfert werden, die Bescheinigung von Dr. med. vet. [[P:Anke Voß]] lege ich
bei, ebenso die Steuermarke.

Gleichzeitig melde ich einen neuen Hund an: Unsere Nachbarin Frau [[P:Irmgard Schellhase]]
([[STR:Leipziger Straße 212]]) ist ins Pflegeheim nach [[LOC:Baunatal]] gezogen, und wir haben
ihre Hündin „Frieda“ (Dackel, 9 Jahre) übernommen. Frieda war bisher bei ihr angemeldet, Marke
Nr. [[AZ:02966]]. Kann die Steuer einfach auf mich umgeschrieben werden? Frau [[P:Schellhase]]
hat den Hund nur bis Ende Mai versteuert, ihre Tochter [[P:Kerstin Haupt]] aus [[LOC:Vellmar]]
kümmert sich um die Abmeldung.

Die Hundesteuer für den Ersthund (108,00 EUR im Jahr) soll weiter per Lastschrift von meinem
Konto [[IBAN:«l4_iban»]] abgebucht werden, das Mandat liegt Ihnen vor.

Falls Sie Fragen haben: [[TEL:0561 / 52 07 38]] (abends) oder [[MAIL:w.riemenschneider@t-online.de]].

Mit freundlichen Grüßen

[[P:W. Riemenschneider]]

Anlagen: Bescheinigung der Tierklinik, Hundesteuermarke Nr. [[AZ:04173]]
""",
    ["Obere Königsstraße 8", "108,00 EUR", "Kassenverwaltung – Hundesteuer", "Tierklinik"],
)

V["rostock_city_iban"] = iban("DE", "130500000200051598")
pii(
    "citizen_letter",
    """
Betreff: Bewohnerparkausweis Zone W2 – Verlängerung und Zweitwagen Tochter
Von: [[P:Hannes Pieplow]] <[[MAIL:h.pieplow@outlook.de]]>
An: bewohnerparken@rostock.de
Gesendet: Sonntag, 11. Mai 2025 19:02

Moin,

mein Bewohnerparkausweis Nr. [[AZ:W2-0318/24]] für die Zone W2 (Warnemünde Ortskern) läuft am
30.06. ab, ich möchte ihn um ein Jahr verlängern. Fahrzeug wie bisher: [[KFZ:HRO-HP 612]], VW Caddy,
Halter bin ich selbst. Wir wohnen seit 1998 in [[LOC:Warnemünde]], [[STR:Alexandrinenstraße 58]],
[[LOC:18119 Rostock]].

Dazu eine Frage: Unsere Tochter [[P:Lene Pieplow]] (geb. [[DOB:14.08.2004]]) ist nach dem Studium
in [[LOC:Greifswald]] wieder bei uns eingezogen und seit dem 01.05. mit Hauptwohnsitz hier
gemeldet. Ihr Polo hat noch das alte Kennzeichen [[KFZ:HGW-LP 48]], sie meldet ihn aber im Juni
um. Bekommt sie einen eigenen Ausweis, oder gibt es nur einen pro Haushalt? Unser Nachbar
Herr [[P:Kalinowski]] meinte, in der Zone W2 sei das auf zwei Ausweise begrenzt.

Die Gebühr von 120,00 EUR überweise ich wie letztes Jahr auf das Konto der Hansestadt
Rostock, «rostock_city_iban», mit dem Verwendungszweck aus dem Bescheid. Wenn Sie eine Kopie
vom Fahrzeugschein brauchen, schicke ich die gern nach.

Tagsüber bin ich im Hafen unterwegs, am besten mobil: [[TEL:0171 440 91 83]].
Meine Frau [[P:Anja]] erreichen Sie unter [[TEL:0381 5194407]].

Beste Grüße von der Küste
[[P:Hannes Pieplow]]
""",
    [
        "bewohnerparken@rostock.de",
        "Zone W2",
        "«rostock_city_iban»",
        "120,00 EUR",
        "Warnemünde Ortskern",
    ],
    allow=("Warnemünde",),
)

pii(
    "citizen_letter",
    """
[[P:Katrin Schwab]], geb. [[P:Dörfler]]
[[STR:Friedenstraße 23]]
[[LOC:97072 Würzburg]]

Stadt Würzburg
Standesamt
Rückermainstraße 2
97070 Würzburg

                                                                      Würzburg, 24.03.2025

Wiederannahme meines Geburtsnamens nach der Scheidung (§ 1355 Abs. 5 BGB)

Sehr geehrte Damen und Herren,

meine Ehe mit Herrn [[P:Markus Schwab]] ist durch Beschluss des Amtsgerichts Würzburg –
Familiengericht – vom 11.02.2025, Az. [[AZ:003 F 1184/24]], geschieden und seit dem 19.03.2025
rechtskräftig. Ich möchte meinen Geburtsnamen [[P:Dörfler]] wieder annehmen und bitte um einen
Termin für die öffentliche Beglaubigung der Erklärung.

Die Ehe wurde im Mai 2011 vor dem Standesamt Kitzingen geschlossen (Eheregister
[[AZ:E 87/2011]]). Geboren bin ich am [[DOB:4. Juli 1982]] in [[LOC:Ochsenfurt]], Geburtenregister
Ochsenfurt [[AZ:G 212/1982]].

Außerdem eine Frage: Können unsere Kinder [[P:Lina]] (geb. [[DOB:2012]]) und [[P:Paul]]
(geb. [[DOB:2015]]) ebenfalls [[P:Dörfler]] heißen? Sie leben bei mir in der [[LOC:Sanderau]]; ihr
Vater wohnt inzwischen in [[LOC:Schweinfurt]] und wäre einverstanden. Mir wurde gesagt, dass
dafür nicht das Standesamt, sondern die Namensänderungsbehörde nach dem NamÄndG zuständig ist –
stimmt das, und reicht dann ein gemeinsamer Antrag?

Die Gebühr von 31,00 EUR für die Beglaubigung zahle ich gern bar oder mit Karte.

Sie erreichen mich unter [[TEL:0931 / 40 41 72 19]] oder per E-Mail:
[[MAIL:katrin.doerfler82@web.de]].

Mit freundlichen Grüßen

[[P:Katrin Schwab]]

Anlagen: Scheidungsbeschluss mit Rechtskraftvermerk, Kopie Personalausweis
""",
    ["Rückermainstraße 2", "§ 1355 Abs. 5 BGB", "31,00 EUR", "NamÄndG", "Standesamt Kitzingen"],
    allow=("Ochsenfurt",),
)

V["l7_iban"] = iban("DE", "200505501238774019")
pii(
    "citizen_letter",
    """
Dr. [[P:Matthias Kowalczyk]] · [[STR:Eppendorfer Weg 212]] · [[LOC:20253 Hamburg]]

Landeshauptstadt Potsdam
Bereich Grünflächen – Friedhofsverwaltung
Heinrich-Mann-Allee 106
14473 Potsdam

Hamburg, 8. April 2025

Verlängerung des Nutzungsrechts – Grabstätte meines Vaters [[P:Herbert Kowalczyk]]
Neuer Friedhof, Abt. 14, Reihe 3, Nr. 22 – Graburkunde [[AZ:GU-2005-0193]]

Sehr geehrte Damen und Herren,

laut Ihrem Schreiben vom 12.03.2025 endet das Nutzungsrecht an der Wahlgrabstätte meines
Vaters am 31.12.2025. Ich möchte es um zehn Jahre verlängern. Mein Vater ist 2005 gestorben;
er war gebürtiger Potsdamer und hat bis zuletzt in [[LOC:Babelsberg]] gewohnt
([[STR:Karl-Liebknecht-Str. 88]]). Meine Mutter [[P:Erika Kowalczyk]], geb. [[P:Lehmann]], wurde
2019 in der Grabstätte beigesetzt; sie lebte zuletzt bei meiner Schwester in [[LOC:Wien]].

Meine Geschwister – [[P:Sabine Thiele]] in [[LOC:Wien]] und [[P:Andreas Kowalczyk]] in
[[LOC:Werder (Havel)]] – sind einverstanden, dass ich Nutzungsberechtigter bleibe; ihre
schriftlichen Erklärungen lege ich bei. Die Pflege übernimmt weiterhin die Friedhofsgärtnerei
Hanke & Söhne GmbH.

Die Gebühr (10 Jahre × 68,00 EUR = 680,00 EUR) buchen Sie bitte von meinem Konto
[[IBAN:«l7_iban»]] ab. Bitte schicken Sie mir die neue Graburkunde an die Hamburger Adresse.

Erreichbar bin ich unter [[TEL:040 / 46 88 21 07]] oder [[TEL:0170 2290514]],
E-Mail [[MAIL:kowalczyk.matthias@gmail.com]].

Mit freundlichen Grüßen
[[P:Matthias Kowalczyk]]
""",
    ["Heinrich-Mann-Allee 106", "680,00 EUR", "Hanke & Söhne GmbH", "Abt. 14, Reihe 3, Nr. 22"],
)


# --- file_note -----------------------------------------------------------------------------

V["f1_eat"] = id_card("YT4RK72N9", with_check=True)
pii(
    "file_note",
    """
Stadt Leipzig – Ordnungsamt, Abt. Ausländerbehörde, SG Humanitäre Aufenthalte
AKTENVERMERK

Az.: [[AZ:32.31-24-UA-2022-07731]]          Datum: 17.04.2025, Vorspr. 09:40–10:25
SB: [[P:Schirmer]] (Zi. 2.114, App. [[TEL:0341 123-8821]])

Vorgespr.: Hr. [[P:Oleksandr KOVALENKO]] (ukr. StA), geb. [[DOB:05.10.1987]] in [[LOC:Charkiw]],
u. Ehefr. [[P:Iryna Kovalenko]] geb. [[P:Melnyk]], geb. [[DOB:23.02.1990]] in [[LOC:Isjum]];
Dolm.: Fr. [[P:Tetiana Bondar]] (ehrenamtl., mob. [[TEL:0157 8823 1190]])
Wohnanschr.: [[STR:Ratzelstraße 151, Whg. 47]], [[LOC:04207 Leipzig]] (seit 11/2024, vorher GU)

1. Verl. AE § 24 AufenthG für BG (4 Pers.) bis 04.03.2026 beantragt; Kinder
   [[P:Maksym]] (Jg. [[DOB:2013]]) u. [[P:Sofiia]] (Jg. [[DOB:2018]]), ukr. Geb.-Urk. liegen vor.
2. Pässe: Hr. K. Reisepass UA Nr. [[PASS:FT482913]], gült. bis 2031; Ehefr. Nr. [[PASS:FU 117384]].
3. Schreibweise: im alten eAT „[[P:KOWALENKO, Oleksandr]]“ (dt. Transkription), im Pass
   „[[P:KOVALENKO OLEKSANDR]]“, kyrill. „[[P:Коваленко Олександр]]“. Künftig lt. Pass (ICAO).
4. eAT alt Nr. [[ID:«f1_eat»]] eingezogen, neuer eAT beantragt, Lichtbild/FA erfasst,
   Fiktionsbescheinigung nach § 81 Abs. 4 AufenthG ausgehändigt.
5. Ehefr.: Schwester [[P:Olena Melnyk]] noch in [[LOC:Charkiw]]; Mutter Hr. K. in [[LOC:Poltawa]],
   fragt nach Nachzug – Hinweis auf Beratungsstelle, kein eigener Antrag.
6. Erwerbstätigkeit: Hr. K. seit 02/2025 bei Elbtal Logistik GmbH (Lagerhelfer), Ehefr.
   Sprachkurs B1. Gebühr entfällt (§ 52 Abs. 1 AufenthV nicht einschlägig, Leistungsbezug).

WV: 20.05.2025 (Abholung eAT, Tel. Hr. K. [[TEL:+49 1523 4470912]])

gez. Schi
""",
    ["§ 24 AufenthG", "§ 81 Abs. 4 AufenthG", "Elbtal Logistik GmbH", "SG Humanitäre Aufenthalte"],
)

pii(
    "file_note",
    """
Stadtverwaltung Erfurt | Jugendamt | ASD Team Nord
Vermerk über Hausbesuch (angekündigt)

Fall-Nr.: [[AZ:ASD-N-2025-0412]]     Datum: 03.06.2025, 10:00–11:15
Anwesend: Fr. [[P:Dietzel]] (ASD), Hr. [[P:Bräutigam]] (ASD), KM, Lebensgef. der KM

Familie: KM [[P:Jacqueline Rudolph]], * [[DOB:14.12.1996]]
Kinder:  [[P:Kevin-Lee]] (* [[DOB:2016]]), [[P:Nele]] (* [[DOB:2019]]), [[P:Emil]] (* [[DOB:2023]])
Anschr.: [[STR:Mainzer Straße 31, 4. OG re.]], [[LOC:99089 Erfurt]] ([[LOC:Rieth]])
Tel. KM: [[TEL:0152 2197 6640]]

Anlass: Mitteilung der Kita „Rieth-Zwerge“ (Leitung Fr. [[P:Kühn]]) vom 21.05.: [[P:Nele]] seit
März an 19 Tagen unentschuldigt gefehlt, Elternbeiträge seit 4 Mon. offen, KM telefonisch
kaum erreichbar.

Verlauf: Whg. (3-Raum) aufgeräumt, Kinderzimmer altersgerecht. KM wirkt erschöpft, berichtet
von Schichtarbeit im Lager (Früh/Spät) und Problemen, [[P:Nele]] morgens zur Kita zu bringen.
Lebensgef. Hr. [[P:Daniel Wenzel]] (KV von [[P:Nele]] und [[P:Emil]]) arbeitet auf Montage, ist nur am
Wochenende da. KV von [[P:Kevin-Lee]]: Hr. [[P:Patrick Köhler]], wohnh. in [[LOC:Gotha]], Umgang
14-tägig, zahlt Unterhalt unregelmäßig (UVG-Stelle informiert). Unterstützung durch Großmutter
mütterl., Fr. [[P:Petra Rudolph]] ([[LOC:Herrenberg]]), die aber selbst berufstätig ist.

Vereinbarungen:
– KM stellt bis 20.06. Antrag auf Übernahme der Beiträge (§ 90 Abs. 4 SGB VIII), Hilfe durch ASD
– Kita-Begleitung morgens: Anfrage Familienpatenschaft (Netzwerk Frühe Hilfen)
– Rückmeldung der Kita nach 4 Wochen

Einschätzung: keine Anhaltspunkte für Kindeswohlgefährdung i. S. d. § 8a SGB VIII;
Unterstützungsbedarf. WV: 01.07.2025

gez. [[P:Dietzel]] / [[P:Bräutigam]]
""",
    ["§ 8a SGB VIII", "§ 90 Abs. 4 SGB VIII", "Netzwerk Frühe Hilfen", "UVG-Stelle"],
    allow=("Rieth",),
)

pii(
    "file_note",
    """
Stadt Ulm · Bürgerdienste · Bußgeldstelle                                    VERMERK
Fahrerermittlung

Az.: [[AZ:2.31.224-0598813-5]]                          SB: Fr. [[P:Brugger]], App. [[TEL:0731 161-3347]]
Tatzeit: 14.02.2025, 07:52 Uhr
Tatort: Ulm-Söflingen, Harthauser Straße, Höhe Haltestelle Klosterhof, FR Innenstadt
Vorwurf: Überschreitung der zul. Höchstgeschw. innerorts um 23 km/h (§§ 41 Abs. 1, 49 StVO,
§ 24 StVG; BKat 11.3.4: 115,00 EUR, 1 Punkt)
Fz.: [[KFZ:UL-SK 2207]], Pkw Skoda Octavia Kombi, grau
Halterin: [[P:Kächele, Susanne]], geb. [[DOB:19.07.1961]], [[STR:Schillerstraße 40]], [[LOC:89077 Ulm]]

03.03.  Zeugenfragebogen an Halterin, kein Rücklauf.
21.03.  Tel. Kontakt mit Halterin ([[TEL:0731 38 27 16]]): Fz. werde im Haushalt „von allen“
        gefahren, u. a. vom Sohn [[P:Florian Kächele]] (geb. [[DOB:1994]]) und dessen Lebens-
        gefährtin; sie selbst fahre morgens nie. Sie wohne seit 40 J. in [[LOC:Söflingen]], der
        Sohn in [[LOC:Neu-Ulm]] ([[STR:Augsburger Str. 51]]).
24.03.  Lichtbild (Frontfoto): Fahrer männl., ca. 25–35 J., Vollbart, Brille.
        Abgleich mit Lichtbild Passregister nach § 22 Abs. 2 PassG über Stadt Neu-Ulm
        (Amtshilfe): deutliche Übereinstimmung mit [[P:Florian Kächele]].
25.03.  Anhörungsbogen an Betr. [[P:Kächele, Florian]], [[LOC:89231 Neu-Ulm]], versandt.
        Verfahren gg. Halterin eingestellt.

Hinweis: Verfolgungsverjährung (§ 26 Abs. 3 StVG) am 14.05.2025, ggf. Unterbrechung durch
Anhörung prüfen. Fahrtenbuchauflage (§ 31a StVZO) nicht veranlasst.

gez. [[P:Brugger]]
""",
    ["§ 26 Abs. 3 StVG", "115,00 EUR", "§ 31a StVZO", "Haltestelle Klosterhof"],
    allow=("Söflingen", "Neu-Ulm"),
)

V["f4_rv"] = rv_number("23", "020938", "B", "07")
V["f4_iban"] = iban("DE", "265501051551204788")
pii(
    "file_note",
    """
Stadt Osnabrück – Fachbereich Soziales – Hilfe zur Pflege
TELEFONVERMERK

Datum/Zeit: 12.05.2025, 14:10     SB: Hr. [[P:Terwey]] (App. [[TEL:0541 323-4417]])
Anruferin: Fr. [[P:Birgit Lammers]], Berufsbetreuerin, Büro [[STR:Lotter Straße 61]],
[[LOC:49078 Osnabrück]], Tel. [[TEL:0541 / 9 40 38 12]]
Betreuungsbeschluss AG Osnabrück vom 07.11.2023, Az. [[AZ:14 XVII 356/23]]

Betr.: Hr. [[P:Heinz-Dieter Brinkhus]], geb. [[DOB:02.09.1938]], RV-Nr. [[RV:«f4_rv»]],
bisher [[STR:Bremer Str. 97]], [[LOC:49084 Osnabrück]] ([[LOC:Schinkel]]),
seit 28.04.2025 vollstationär im Seniorenzentrum am Schölerberg

Inhalt:
– Antrag auf HzP (§ 61 SGB XII) für ungedeckte Heimkosten wird diese Woche eingereicht;
  Eigenanteil ca. 2.870 EUR/Mon., Altersrente 1.412,37 EUR, Pflegewohngeld beantragt.
– Vermögen: Sparbuch rd. 4.900 EUR (unter Schonbetrag von 10.000 EUR).
– Ehefrau [[P:Margret Brinkhus]] verst. 2021. Sohn [[P:Ralf Brinkhus]] lebt in [[LOC:Lingen (Ems)]],
  seit Jahren kein Kontakt; Elternunterhalt entfällt voraussichtlich (§ 94 Abs. 1a SGB XII).
– Whg. wird zum 31.07. gekündigt; Nachbarin Fr. [[P:Elke Strotmann]] (gleiches Haus) hat Schlüssel,
  Räumung über Sozialkaufhaus.
– Rente geht auf Betreuungskonto [[IBAN:«f4_iban»]] (Kontoinh.: [[P:Brinkhus]], Betreuerin
  verfügungsbefugt).

Absprache: Vorab-Kostenzusage an Heim nicht möglich; Eingangsbestätigung per Mail an
[[MAIL:lammers@betreuungsbuero-lammers.de]]. WV: 26.05.2025

[[P:Terwey]]
""",
    ["§ 61 SGB XII", "§ 94 Abs. 1a SGB XII", "1.412,37 EUR", "Seniorenzentrum am Schölerberg"],
)

pii(
    "file_note",
    """
Landeshauptstadt Mainz – Bürgeramt – Meldebehörde
Aktenvermerk: Prüfung der Wohnungsgeberbestätigung (§ 19 BMG)
Vorgang: [[AZ:MB-2025-03318]]

1. Anmeldung vom 07.04.2025 (Bürgerbüro Mombach)
   Hr. [[P:Ionuț-Cristian Popescu]], geb. [[DOB:11.11.1991]] in [[LOC:Craiova]] (Rumänien), rum.
   Personalausweis Serie/Nr. [[PASS:DX 734519]]; Zuzug aus dem Ausland, letzte Anschrift
   [[STR:Str. Lăpușului 14, bl. C3, ap. 9]], [[LOC:Craiova]].
   Neue Anschrift: [[STR:Rheinallee 142, 3. OG]], [[LOC:55120 Mainz]] ([[LOC:Mombach]]).
   Wohnungsgeber lt. WGB: Hr. [[P:Ralf Seibert]], [[STR:Am Fort Gonsenheim 27]], [[LOC:55122 Mainz]].

2. Auffälligkeit: unter derselben Anschrift (3-Zi.-Whg.) seit 01/2025 bereits 14 Personen
   gemeldet, überwiegend Saisonkräfte.

3. Ortstermin Außendienst 22.04.2025, 18:30 Uhr (Hr. [[P:Wagner]], Fr. [[P:Yıldırım]]):
   Klingelschild „[[P:Popescu]] / [[P:Dumitru]] / [[P:Lungu]]“, 6 Matratzen, Spinde. Angetroffen
   wurde Fr. [[P:Ana Dumitru]] (Mitbewohnerin), sie bestätigt, dass „[[P:Cristi]]“ dort wohnt.

4. Wohnungsgeber tel. erreicht ([[TEL:06131 / 47 20 93]]): Whg. seit 2024 an die
   Rheinblick Personalservice GmbH vermietet, die sie den Beschäftigten überlässt; WGB habe er auf
   Bitte der Firma ausgestellt. Hinweis auf § 19 Abs. 1 BMG (Wohnungsgeber ist, wer die
   Wohnung tatsächlich überlässt) und auf § 54 Abs. 2 Nr. 2 BMG.

Ergebnis: Anmeldung plausibel, Einzug tatsächlich erfolgt. Keine Mitteilung an die
Ausländerbehörde (Unionsbürger, FreizügG/EU). OWi-Verfahren gegen Hr. [[P:Seibert]] nicht
eingeleitet; die Firma wird angeschrieben und künftig als Wohnungsgeber geführt.

Mainz, 28.04.2025
i. A. [[P:Hofmann-Reis]]
""",
    ["§ 19 Abs. 1 BMG", "§ 54 Abs. 2 Nr. 2 BMG", "Rheinblick Personalservice GmbH", "FreizügG/EU"],
    allow=("Mombach",),
)

V["f6_eat"] = id_card("RW2T8K41X")
pii(
    "file_note",
    """
STADT REGENSBURG · STANDESAMT
Vermerk zur Anmeldung der Eheschließung – Reg.-Nr. [[AZ:AE 2025/0147]]
Vorsprache am 19.05.2025, Sachbearb. Fr. [[P:Lermer]], Durchwahl [[TEL:0941 507-1468]]

Verlobte(r) 1: [[P:Mohammad Al-Khatib]], geb. [[DOB:01.01.1994]] in [[LOC:Aleppo]], syr. StA
  Schreibweisen: syr. Reisepass [[PASS:N012743856]]: „[[P:ALKHATIB MOHAMMAD]]“; arab. „[[P:محمد الخطيب]]“;
  eAT [[ID:«f6_eat»]]: „[[P:Mohamad Al Khatib]]“ → Angleichung nach Art. 47 EGBGB erklärt:
  Vorname „[[P:Mohammad]]“, Familienname „[[P:Al-Khatib]]“.
  Wohnung: [[STR:Kumpfmühler Straße 63a]], [[LOC:93051 Regensburg]] ([[LOC:Kumpfmühl]])
Verlobte(r) 2: [[P:Lea Hofbauer]], geb. [[DOB:30.06.1997]] in [[LOC:Straubing]], dt. StA,
  gleiche Anschrift, Tel. [[TEL:0176 4418 2903]], [[MAIL:lea.hofbauer@gmx.de]]

Unterlagen:
  – syr. Personenstandsauszug (Zivilregister Aleppo) m. Übersetzung durch Fr. [[P:Rana Haddad]],
    öffentl. best. Übersetzerin für Arabisch
  – Ledigkeit: Erklärung des Vaters [[P:Ahmad Al-Khatib]] (lebt in [[LOC:Gaziantep]]) nicht
    ausreichend → Befreiung vom Ehefähigkeitszeugnis (§ 1309 Abs. 2 BGB) beim OLG Nürnberg
    beantragt, Gebühr lt. JVKostG; Vorlage dort voraussichtlich 8–10 Wochen
  – Geburtsurkunde Verlobte 2: Standesamt Straubing, Reg.-Nr. [[AZ:G 811/1997]]

Namensführung: Ehename „[[P:Hofbauer]]“ gewünscht (§ 1355 Abs. 2 BGB), Verlobter führt
„[[P:Al-Khatib]]“ als Begleitnamen voran. Wunschtermin 12.09.2025, Trauungssaal im Alten Rathaus.

Gebühren: Anmeldung 70,00 EUR + Prüfung ausländischen Rechts 80,00 EUR, bar bezahlt.
""",
    [
        "§ 1309 Abs. 2 BGB",
        "Art. 47 EGBGB",
        "OLG Nürnberg",
        "Trauungssaal im Alten Rathaus",
        "80,00 EUR",
    ],
    allow=("Aleppo", "Straubing"),
)


# --- pasted_form ---------------------------------------------------------------------------

pii(
    "pasted_form",
    """
Stadt Nürnberg – Einwohnermeldeamt
Anmeldung bei der Meldebehörde (§ 17 Abs. 1 BMG) – Online-Vorerfassung
Vorgangsnummer: [[AZ:EMA-2025-118402]]

Tag des Einzugs:           01.04.2025
Neue Wohnung:              [[STR:Fürther Straße 212, 2. OG Mitte]]
                           [[LOC:90429 Nürnberg]]
Gemeindeteil:              [[LOC:Eberhardshof]]
Art der Wohnung:           alleinige Wohnung
Bisherige Wohnung:         [[STR:Str. Republicii 48, ap. 12]], [[LOC:400015 Cluj-Napoca]], Rumänien
Zuzug aus dem Ausland:     ja

Person 1
Familienname:              [[P:MUREȘAN]]
Vornamen:                  [[P:Andrei Vasile]]
Tag/Ort der Geburt:        [[DOB:17.03.1986]] / [[LOC:Turda]] (RO)
Geschlecht:                männlich
Staatsangehörigkeit:       rumänisch
Familienstand:             verheiratet seit 22.08.2012
Ausweisdokument:           Personalausweis RO, Serie/Nr. [[PASS:CJ 412857]],
                           ausgestellt 03.05.2021 von SPCLEP Cluj-Napoca

Person 2
Name, Vorname:             [[P:MUREȘAN, Ioana]]
Geburtsname:               [[P:POP]]
Tag/Ort der Geburt:        [[DOB:09.10.1988]] / [[LOC:Cluj-Napoca]]
Ausweisdokument:           Reisepass RO Nr. [[PASS:058314772]]

Person 3 (Kind)
Name, Vorname:             [[P:MUREȘAN, Ștefan]]
Tag/Ort der Geburt:        [[DOB:02.02.2014]] / [[LOC:Cluj-Napoca]]

Person 4 (Kind)
Name, Vorname:             [[P:MUREȘAN, Daria]]
Tag/Ort der Geburt:        [[DOB:21.06.2019]] / [[LOC:Florești]] (RO)

Telefon (freiwillig):      [[TEL:+40 745 218 903]] / [[TEL:0151 2077 3184]]
E-Mail (freiwillig):       [[MAIL:andrei.muresan86@yahoo.com]]

Wohnungsgeber:             wbg Nürnberg GmbH Immobilienunternehmen, Glogauer Straße 70,
                           90473 Nürnberg (Bestätigung nach § 19 BMG liegt vor)

Termin zur Vorsprache:     Bürgeramt Mitte, Äußere Laufer Gasse 25,
                           08.04.2025, 10:20 Uhr, Schalter 7
""",
    [
        "§ 17 Abs. 1 BMG",
        "wbg Nürnberg GmbH Immobilienunternehmen",
        "Äußere Laufer Gasse 25",
        "Glogauer Straße 70",
    ],
    allow=("Cluj-Napoca",),
)

V["p2_iban"] = iban("DE", "520503530002447391")
V["p2_tax"] = steuer_id("6193072418")
pii(
    "pasted_form",
    """
Antrag auf Mietzuschuss (Wohngeld)                                          Seite 2 von 6
Stadt Kassel · Sozialamt · Wohngeldstelle · Obere Königsstraße 8 · 34117 Kassel
Wohngeldnummer: [[AZ:WG-50.4-118734]]          Eingang: 14.03.2025

1 ANTRAGSTELLER/IN
"""
    + columns(
        (22, 16, 16, 18),
        ("Name, Vorname", "Geburtsdatum", "Familienstand", "Staatsangehörigkeit"),
        ("[[P:Hamdan, Samir]]", "[[DOB:04.02.1979]]", "verheiratet", "syrisch"),
    )
    + """
Anschrift:   [[STR:Holländische Straße 112, 1. OG]], [[LOC:34127 Kassel]]
Telefon:     [[TEL:0561 8164209]]       E-Mail: [[MAIL:samir.hamdan79@gmail.com]]
Steuer-IdNr. Antragsteller/in: [[TAX:«p2_tax»]]

2 HAUSHALTSMITGLIEDER (einschließlich Antragsteller/in)
"""
    + columns(
        (4, 20, 13, 14, 26),
        ("Nr", "Name, Vorname", "geb. am", "Verhältnis", "Einkommen"),
        ("1", "[[P:Hamdan, Samir]]", "[[DOB:04.02.1979]]", "AS", "Lagerarbeit, 1.980 EUR br."),
        ("2", "[[P:Hamdan, Rima]]", "[[DOB:19.09.1983]]", "Ehefrau", "Minijob 538 EUR"),
        ("3", "[[P:Hamdan, Yara]]", "[[DOB:12.05.2008]]", "Tochter", "Schülerin"),
        ("4", "[[P:Hamdan, Karim]]", "[[DOB:27.11.2011]]", "Sohn", "Schüler"),
        ("5", "[[P:Hamdan, Lian]]", "[[DOB:03.08.2020]]", "Tochter", "—"),
    )
    + """

3 WOHNUNG
Wohnfläche 78,40 m²   bezugsfertig 1961   Miete 612,00 EUR + Nebenkosten 198,00 EUR
Vermieter: GWG der Stadt Kassel – siehe Mietbescheinigung (Anlage 3)

4 ZAHLUNGSWEG
IBAN [[IBAN:«p2_iban»]]      Kontoinhaber/in: [[P:Samir Hamdan]]

5 BEI AUSFÜLLHILFE
Der Antrag wurde ausgefüllt mit Hilfe von: Fr. [[P:Gabriele Siebert]], Stadtteilzentrum Nord-Holland
(Sozialberatung), Tel. 0561 787-0

Kassel, 14.03.2025                                   Unterschrift: [[P:S. Hamdan]]
""",
    ["Obere Königsstraße 8", "612,00 EUR", "Stadtteilzentrum Nord-Holland", "0561 787-0"],
)

V["p3_rv"] = rv_number("12", "081190", "N", "54", spaced=True)
V["p3_eat"] = id_card("YH7C0L2PK", with_check=True)
pii(
    "pasted_form",
    """
Stadt Freiburg im Breisgau – Amt für Migration und Integration – Ausländerbehörde
Antrag auf Erteilung einer Niederlassungserlaubnis (§ 9 AufenthG)
Kundennummer: [[AZ:ABH-FR-0093318]]

A. ANGABEN ZUR PERSON
Familienname (lt. Pass) ........ [[P:NGUYEN]]
Vornamen ....................... [[P:THI THU HUONG]]
Schreibweise mit Diakritika .... [[P:Nguyễn Thị Thu Hương]]
Geburtsdatum ................... [[DOB:08.11.1990]] (im Pass: [[DOB:08 NOV 1990]])
Geburtsort / Geburtsland ....... [[LOC:Hải Phòng]] / Vietnam
Anschrift ...................... [[STR:Sundgauallee 74]], [[LOC:79114 Freiburg]] ([[LOC:Betzenhausen]])
Telefon / E-Mail ............... [[TEL:0761 / 1 37 92 48]] / [[MAIL:huong.nguyen.fr@gmail.com]]

B. DOKUMENTE
Reisepass Nr. .................. [[PASS:C8847215]], ausgestellt 12.01.2022 durch Cục Quản lý
                                 Xuất nhập cảnh, Hà Nội; gültig bis 12.01.2032
Aufenthaltstitel (eAT) Nr. ..... [[ID:«p3_eat»]], § 18a AufenthG, gültig bis 30.09.2025
Rentenversicherungsnummer ...... [[RV:«p3_rv»]] (60 Monate Pflichtbeiträge lt. Versicherungsverlauf)

C. FAMILIENANGEHÖRIGE
Ehegatte ....................... [[P:TRAN VAN MINH]] ([[P:Trần Văn Minh]]), geb. [[DOB:23.04.1987]]
                                 in [[LOC:Nam Định]], wohnhaft bei der Antragstellerin
Kind ........................... [[P:TRAN NGOC ANH]], geb. [[DOB:15.06.2019]] in [[LOC:Freiburg im Breisgau]]
Eltern ......................... Mutter [[P:Phạm Thị Lan]], wohnhaft in [[LOC:Hải Phòng]]

D. LEBENSUNTERHALT
Arbeitgeber .................... Universitätsklinikum Freiburg, Pflegefachkraft, seit 01.10.2019
Nettoeinkommen ................. 2.684,51 EUR (Durchschnitt der letzten 6 Monate)
Wohnraum ....................... 3 Zimmer, 71 m², Miete warm 1.040,00 EUR
Sprachnachweis ................. telc Deutsch B2 (2017), Leben in Deutschland 33/33

Ort, Datum: Freiburg, 02.06.2025     Unterschrift: [[P:Nguyễn Thị Thu Hương]]
""",
    [
        "§ 9 AufenthG",
        "Universitätsklinikum Freiburg",
        "2.684,51 EUR",
        "Amt für Migration und Integration",
    ],
    allow=("Freiburg im Breisgau",),
)

V["p4_iban"] = iban("DE", "160500003527780416")
pii(
    "pasted_form",
    """
Landeshauptstadt Potsdam
Fachbereich Ordnung und Sicherheit – Straßenverkehrsbehörde
Antrag auf Erteilung eines Bewohnerparkausweises (§ 45 Abs. 1b Nr. 2a StVO)

Bewohnerparkgebiet:  [ ] Zone 1 Innenstadt   [x] Zone 5 Babelsberg Nord   [ ] Zone 7 Brandenburger Vorstadt

ANTRAGSTELLERIN
"""
    + columns(
        (24, 22, 14),
        ("Name", "Vorname", "Geburtsdatum"),
        ("[[P:Schuchardt]]", "[[P:Leonie]]", "[[DOB:07.04.1995]]"),
        ("", "", ""),
        ("Straße, Hausnummer", "PLZ, Ort", ""),
        ("[[STR:Großbeerenstraße 41, Seitenflügel]]", "", ""),
        ("", "[[LOC:14482 Potsdam]]", ""),
        ("", "", ""),
        ("Telefon", "E-Mail", ""),
        ("[[TEL:0331 / 70 48 215]]", "[[MAIL:leonie.schuchardt@mailbox.org]]", ""),
    )
    + """

Hauptwohnung unter dieser Anschrift seit: 01.10.2023
Vorherige Anschrift: [[STR:Falkenhorst 14]], [[LOC:14478 Potsdam]] ([[LOC:Am Schlaatz]])

FAHRZEUG
"""
    + columns(
        (14, 12, 40),
        ("Kennzeichen", "Art", "Halter/in (falls abweichend)"),
        ("[[KFZ:B-HM 4471]]", "Pkw", "Havelland Mobility AG (Dienstwagen, Leasing)"),
    )
    + """
Nachweis: Überlassungserklärung des Arbeitgebers vom 28.04.2025 (Anlage)

GEBÜHR / ZAHLUNG
Gebühr 12 Monate: 60,00 EUR – SEPA-Lastschrift von IBAN [[IBAN:«p4_iban»]]
Kontoinhaberin: [[P:Leonie Schuchardt]]

Potsdam, 05.05.2025                          [[P:L. Schuchardt]]

– nur für die Behörde –
Ausweis-Nr. [[AZ:BP5-2025-00871]], gültig bis 31.05.2026, Vignette ausgegeben, bearb. Ni
""",
    ["§ 45 Abs. 1b Nr. 2a StVO", "Zone 5 Babelsberg Nord", "Havelland Mobility AG", "60,00 EUR"],
)

V["p5_iban"] = iban("DE", "790500000046613827")
pii(
    "pasted_form",
    """
STADT WÜRZBURG – Kämmerei, Steuerabteilung
Anmeldung eines Hundes zur Hundesteuer (Hundesteuersatzung der Stadt Würzburg)

Steuerpflichtige Person
  Name, Vorname:        [[P:Körber, Franziska]]
  geboren am:           [[DOB:31.01.1985]]
  Straße, Nr.:          [[STR:Zeppelinstraße 68]]
  PLZ, Ort:             [[LOC:97074 Würzburg]]
  Telefon:              [[TEL:0931 7 84 06 33]]
  E-Mail:               [[MAIL:f.koerber@posteo.de]]

Angaben zum Hund
  Rasse / Mischling:    Australian Shepherd
  Rufname:              Mable
  Wurfjahr:             2024
  Im Haushalt seit:     15.04.2025
  Erworben von:         Züchterin [[P:Jasmin Ott]], [[LOC:97276 Margetshöchheim]]
  Gefährlicher Hund:    nein

Weitere Hunde im Haushalt
  „Benno“, Labrador, Steuermarke Nr. [[AZ:7716]] – bereits angemeldet auf
  [[P:Moritz Körber]] (Ehemann), Kassenzeichen [[AZ:8.1400.227105]]

Ermäßigung/Befreiung (§ 5 der Satzung): nicht beantragt
Steuersatz: Zweithund 150,00 EUR jährlich

SEPA-Lastschriftmandat
  Gläubiger-ID der Stadt Würzburg: DE33ZZZ00000046129
  Mandatsreferenz: wird mitgeteilt
  IBAN:                 [[IBAN:«p5_iban»]]
  Kontoinhaber/in:      [[P:Franziska Körber]] und [[P:Moritz Körber]]

Würzburg, 18.04.2025            Unterschrift [[P:F. Körber]]

Bearbeitung: Marke Nr. [[AZ:7921]] ausgegeben am 24.04.2025 – Sachb. Fr. [[P:Hetzel]],
Tel. [[TEL:0931 37-2284]], [[MAIL:a.hetzel@stadt.wuerzburg.de]]
""",
    ["DE33ZZZ00000046129", "150,00 EUR", "§ 5 der Satzung", "Kämmerei, Steuerabteilung"],
)

pii(
    "pasted_form",
    """
Landeshauptstadt Erfurt · Amt für Bildung · Schulverwaltung
ANMELDUNG ZUR EINSCHULUNG – Schuljahr 2026/27
Staatliche Grundschule „Am Nordstrand“, Magdeburger Allee 82

KIND
Familienname ............ [[P:Schmidtke]]
Vornamen ................ [[P:Ella Marie]]
Geburtsdatum / -ort ..... [[DOB:28.08.2020]] / [[LOC:Erfurt]]
Geschlecht .............. weiblich
Muttersprache(n) ........ Deutsch, Polnisch
Anschrift ............... [[STR:Magdeburger Allee 174, Hinterhaus]], [[LOC:99086 Erfurt]]
Ortsteil ................ [[LOC:Ilversgehofen]]
Kindertagesstätte ....... Kita „Kinderland“, Ilversgehofen (seit 2022)

PERSONENSORGEBERECHTIGTE
1) [[P:Schmidtke, Tobias]]                 Tel. [[TEL:0361 / 5 54 87 12]]
   [[MAIL:tobias.schmidtke@web.de]]
2) [[P:Kowalska-Schmidtke, Agnieszka]]     Tel. [[TEL:0160 93 30 41 87]]
   gleiche Anschrift
   Sorgerecht: gemeinsam

GESCHWISTER AN DER SCHULE
[[P:Schmidtke, Jan]], geb. [[DOB:2017]], Klasse 3b

ABHOLBERECHTIGTE PERSONEN (außer Eltern)
– Großeltern [[P:Bernd]] und [[P:Heike Schmidtke]], [[LOC:Erfurt-Melchendorf]], [[TEL:0361 4 21 66 09]]
– Tante [[P:Marta Kowalska]], [[LOC:Weimar]]

BESONDERHEITEN (freiwillig)
Nussallergie, Notfallset in der Kita vorhanden; Logopädie bis 12/2025

Zuständigkeit: Schulbezirk lt. Schulnetzplan der Landeshauptstadt Erfurt, Grundschule 14.
Hinweis: Schuleingangsuntersuchung durch das Gesundheitsamt, Juventplatz 1.

Erfurt, 11.02.2025
[[P:T. Schmidtke]]          [[P:A. Kowalska-Schmidtke]]
""",
    ["Juventplatz 1", "Schuljahr 2026/27", "Magdeburger Allee 82", "Kita „Kinderland“"],
    allow=("Erfurt", "Ilversgehofen"),
)


# --- table ---------------------------------------------------------------------------------

pii(
    "table",
    """
Stadt Leipzig · Ordnungsamt · Bußgeldbehörde – Verwarnungsgeld ruhender Verkehr
Export owi21 vom 12.05.2025, Stadtbezirk Süd, KW 19/2025, Benutzer bgst-ex04
Trennzeichen ; – Halterdaten aus ZFZR/EUCARIS, Betrag in EUR

Az;Tattag;Zeit;Tatort;TBNR;Kennz;Halter;Anschrift;PLZ;Ort;Betrag;Status
[[AZ:VG-25-0418833]];05.05.2025;07:41;Karl-Liebknecht-Str. 96;112402;[[KFZ:L-KM 4471]];[[P:Krause, Michael]];[[STR:Kochstraße 35]];[[LOC:04275]];[[LOC:Leipzig]];25,00;bezahlt
[[AZ:VG-25-0418834]];05.05.2025;07:55;Karl-Liebknecht-Str. 102;112402;[[KFZ:L-AZ 908]];[[P:Aydın, Zeynep]];[[STR:Arno-Nitzsche-Str. 12]];[[LOC:04277]];[[LOC:Leipzig]];25,00;offen
VG-25-0418840;05.05.2025;09:12;Bornaische Str. 3;141312;[[KFZ:BL-PS 233]];Pflegedienst Sonnenschein GmbH;Hauptstraße 4;04416;Markkleeberg;30,00;offen
[[AZ:VG-25-0418852]];06.05.2025;11:30;Kurt-Eisner-Str. 21;141600;[[KFZ:MTL-RK 17]];[[P:Kühnel, Ronny]];[[STR:Am Wasserturm 6]];[[LOC:04838]];[[LOC:Eilenburg]];55,00;Anhörung
[[AZ:VG-25-0418858]];06.05.2025;14:02;Karl-Liebknecht-Str. 65;112402;[[KFZ:WPI 4K217]];[[P:Wiśniewski, Paweł]];[[STR:ul. Długa 14/3]];[[LOC:05-092]];[[LOC:Łomianki]];25,00;Ausland
[[AZ:VG-25-0418861]];07.05.2025;08:15;Richard-Lehmann-Str. 40;142100;[[KFZ:L-SO 5520]];[[P:Schönherr, Olaf]];[[STR:Bernhard-Göring-Str. 77]];[[LOC:04275]];[[LOC:Leipzig]];35,00;bezahlt
[[AZ:VG-25-0418866]];07.05.2025;16:48;Arthur-Hoffmann-Str. 1;112402;[[KFZ:AA 4127 KX]];[[P:Savchenko, Dmytro]];[[STR:Zwenkauer Str. 9]];[[LOC:04277]];[[LOC:Leipzig]];25,00;Halter unbek.
[[AZ:VG-25-0418871]];08.05.2025;10:05;Kochstraße 52;141312;[[KFZ:L-EN 3081]];[[P:Neubert, Elke]];[[STR:Scheffelstraße 19]];[[LOC:04277]];[[LOC:Leipzig]];30,00;bezahlt

Hinweise der Sachbearbeitung ([[P:Wendler]], App. [[TEL:0341 123-7716]]):
– Zeile 5: Halter in Polen, Zustellung über Rechtshilfe, Frist 3 Monate beachten.
– Zeile 7: ukr. Kennzeichen, Fahrzeug nach Auskunft der Nachbarin Fr. [[P:Neubert]] von Hr.
  [[P:Savchenko]] genutzt, der in der [[STR:Zwenkauer Str. 9]] wohnt; Halteranfrage Ukraine nicht möglich.
– Firmenfahrzeuge (Zeile 3) laufen über das Firmenverfahren, Kassenzeichen nicht ändern.
""",
    [
        "bgst-ex04",
        "Pflegedienst Sonnenschein GmbH",
        "Export owi21 vom 12.05.2025",
        "Trennzeichen ;",
    ],
    allow=("Leipzig",),
)

pii(
    "table",
    """
Stadt Regensburg – Amt für Tagesbetreuung von Kindern
Vormerkliste Krippe (0–3 J.), Platzvergabe 2025/26 – Stand 23.04.2025 – nur für den Dienstgebrauch

"""
    + pipes(
        (3, 12, 22, 10, 27, 14, 17),
        ("Nr", "Vormerk-Nr", "Kind", "geb.", "Eltern", "wohnt in", "Wunsch-Kita"),
    )
    + "\n"
    + rule((3, 12, 22, 10, 27, 14, 17))
    + "\n"
    + pipes(
        (3, 12, 22, 10, 27, 14, 17),
        (
            "1",
            "[[AZ:VM-25-0331]]",
            "[[P:Gruber, Lorenz]]",
            "[[DOB:14.03.2024]]",
            "[[P:Gruber, Veronika]]",
            "[[LOC:Kumpfmühl]]",
            "Kita St. Wolfgang",
        ),
        (
            "2",
            "[[AZ:VM-25-0342]]",
            "[[P:Demir, Elif Naz]]",
            "[[DOB:02.01.2024]]",
            "[[P:Demir, Burak]] / [[P:Seda]]",
            "[[LOC:Burgweinting]]",
            "Haus für Kinder",
        ),
        (
            "3",
            "[[AZ:VM-25-0350]]",
            "[[P:Weinzierl, Anton]]",
            "[[DOB:30.11.2023]]",
            "[[P:Weinzierl, Johanna]]",
            "[[LOC:Steinweg]]",
            "Kita Am Sallerner",
        ),
        (
            "4",
            "[[AZ:VM-25-0366]]",
            "[[P:Osei, Abena]]",
            "[[DOB:19.05.2024]]",
            "[[P:Osei, Kwame]] / [[P:Laura Brandl]]",
            "[[LOC:Königswiesen]]",
            "egal",
        ),
        (
            "5",
            "[[AZ:VM-25-0371]]",
            "[[P:Lehner, Marie]]",
            "[[DOB:07.08.2023]]",
            "[[P:Lehner, Tobias]]",
            "[[LOC:Reinhausen]]",
            "Kita St. Wolfgang",
        ),
        (
            "6",
            "[[AZ:VM-25-0388]]",
            "[[P:Popa, Luca]]",
            "[[DOB:23.02.2024]]",
            "[[P:Popa, Ioana]]",
            "[[LOC:Prüfening]]",
            "Haus für Kinder",
        ),
        (
            "7",
            "[[AZ:VM-25-0394]]",
            "[[P:Schmid, Leni]]",
            "[[DOB:11.12.2023]]",
            "[[P:Schmid, Katharina]]",
            "[[LOC:Kumpfmühl]]",
            "Kita Am Sallerner",
        ),
    )
    + """

Dringlichkeit (Punkte nach Vergaberichtlinie § 4): Nr. 4 und 6 Alleinerziehend bzw. Ausbildung
(je 12 P.), Nr. 2 Geschwisterkind in der Einrichtung (Bruder von [[P:Elif Naz]]: [[P:Emre]], Jg. [[DOB:2021]]).
Nr. 3: Vater [[P:Weinzierl]] hat angerufen, Umzug nach [[LOC:Lappersdorf]] zum 01.09. geplant →
Zuständigkeit prüfen. Rückfragen Eltern über Frau [[P:Ebner]], Tel. [[TEL:0941 507-2563]].
""",
    ["Vergaberichtlinie § 4", "Kita St. Wolfgang", "nur für den Dienstgebrauch", "Haus für Kinder"],
)

pii(
    "table",
    tabbed(
        ("Landeshauptstadt Mainz – Grün- und Umweltamt – Friedhofsverwaltung Hauptfriedhof",),
        ("Ablauf Nutzungsrechte Wahlgräber 2025, Abt. 31–34 (Export aus FriedhofsSoft 4.2)",),
        ("",),
        (
            "Grablage",
            "Verstorbene/r",
            "Nutzungsberechtigte/r",
            "Anschrift",
            "PLZ Ort",
            "Ablauf",
            "Urkunde",
            "Hinweis",
        ),
        (
            "31-04-12",
            "[[P:Hahn, Wilhelm]]",
            "[[P:Hahn, Gertrud]]",
            "[[STR:Draiser Str. 118]]",
            "[[LOC:55128 Mainz]]",
            "31.03.2025",
            "[[AZ:GU 1995/0412]]",
            "verlängert 10 J.",
        ),
        ("31-04-13", "[[P:Hahn, Gertrud]]", "—", "—", "—", "31.03.2025", "—", "Zweitgrab, s. o."),
        (
            "32-01-07",
            "[[P:Becker, Elisabeth]]",
            "[[P:Becker-Jung, Sandra]]",
            "[[STR:Gonsenheimer Str. 46]]",
            "[[LOC:55126 Mainz]]",
            "30.06.2025",
            "[[AZ:GU 1985/1107]]",
            "Schreiben zurück, unbek. verzogen",
        ),
        (
            "32-05-02",
            "[[P:Kaplan, Hüseyin]]",
            "[[P:Kaplan, Ayşe]]",
            "[[STR:Mombacher Str. 9]]",
            "[[LOC:55122 Mainz]]",
            "31.08.2025",
            "[[AZ:GU 2000/0502]]",
            "Tochter [[P:Derya]] meldet sich",
        ),
        (
            "33-02-19",
            "Dr. [[P:Seelig, Konrad]]",
            "[[P:Seelig, Ulrike]]",
            "[[STR:Rue de la Gare 3]]",
            "[[LOC:L-5690 Ellange]]",
            "30.09.2025",
            "[[AZ:GU 1975/0219]]",
            "Ausland (LU)",
        ),
        (
            "33-07-01",
            "[[P:Nowak, Stanisław]]",
            "[[P:Nowak, Irena]]",
            "[[STR:Am Gonsbachtal 15]]",
            "[[LOC:55122 Mainz]]",
            "31.10.2025",
            "[[AZ:GU 2005/0701]]",
            "Umwandlung Urnengrab gewünscht",
        ),
        (
            "34-03-08",
            "[[P:Frey, Heinz]]",
            "[[P:Frey, Michael]]",
            "[[STR:Weinbergstraße 2]]",
            "[[LOC:55270 Ober-Olm]]",
            "31.12.2025",
            "[[AZ:GU 1995/0308]]",
            "Abräumung beantragt",
        ),
        ("",),
        (
            "Summe Verlängerungsgebühren (Soll):",
            "2.340,00 EUR",
            "Gebührenordnung Friedhöfe Mainz, Tarifstelle 2.1",
        ),
        (
            "Bearbeitung:",
            "[[P:Schäfer-Dietz]]",
            "[[TEL:06131 12-3874]]",
            "friedhofsverwaltung@stadt.mainz.de",
        ),
    )
    + """

Vermerk [[P:Schäfer-Dietz]] 14.05.: Fr. [[P:Becker-Jung]] laut Einwohnermeldeamt nach [[LOC:Bingen am Rhein]]
verzogen, neue Anschrift [[STR:Mainzer Straße 210]], [[LOC:55411 Bingen am Rhein]] – Schreiben neu
versandt. Fr. [[P:Kaplan]] ([[TEL:0176 51 88 20 43]]) wünscht Termin mit Dolmetscherin.
""",
    ["friedhofsverwaltung@stadt.mainz.de", "2.340,00 EUR", "Tarifstelle 2.1", "FriedhofsSoft 4.2"],
)

V["t4_eat1"] = id_card("YL8V3FCG2", with_check=True)
V["t4_eat2"] = id_card("YN0T5KR7W", with_check=True)
pii(
    "table",
    """
Stadt Osnabrück · Fachdienst Ausländerangelegenheiten · Natruper-Tor-Wall 5
Terminplan Schalter 3 – Donnerstag, 15.05.2025 – SB [[P:Klausing]] (Vertretung: [[P:Meyer zu Hage]])

"""
    + pipes(
        (5, 26, 3, 23, 22),
        ("Zeit", "Name (lt. Dokument)", "StA", "Dokument", "Anliegen"),
        (
            "08:00",
            "[[P:HOSSEINI, Zahra]]",
            "AFG",
            "Pass [[PASS:P02417730]]",
            "AE § 25 Abs. 2, Verl.",
        ),
        (
            "08:20",
            "[[P:RAHIMI, Ahmad Shah]]",
            "AFG",
            "Tazkira [[PASS:1400-0502-44187]]",
            "Passbeschaffung",
        ),
        (
            "08:40",
            "[[P:GEBREMEDHIN, Tesfaye]]",
            "ERI",
            "RAfF [[PASS:F3C9KN1R5]]",
            "Reiseausweis Verl.",
        ),
        ("09:00", "[[P:ŞAHİN, Mehmet Emin]]", "TUR", "eAT [[ID:«t4_eat1»]]", "NE § 9 AufenthG"),
        ("09:20", "[[P:PHAM, Van Duc]]", "VNM", "Pass [[PASS:C4471928]]", "Blaue Karte EU"),
        ("09:40", "[[P:AL-OBAIDI, Hiba]]", "IRQ", "eAT [[ID:«t4_eat2»]]", "Familiennachzug"),
        ("10:00", "— frei —", "", "", ""),
        (
            "10:20",
            "[[P:TKACHENKO, Nataliia]]",
            "UKR",
            "Pass [[PASS:GC 552018]]",
            "§ 24, Wohnsitzauflage",
        ),
    )
    + """

Bemerkungen:
- 08:00 Fr. [[P:Hosseini]] bringt Ehemann [[P:Ali Reza Karimi]] mit (Termin 10:00 für ihn freigehalten,
  Az. [[AZ:FD32-AFG-2021-1187]]); Dolmetscher Dari: Hr. [[P:Naseri]], mobil [[TEL:0176 2044 7319]].
- 08:40 Hr. [[P:Gebremedhin]] – Schreibweise im Taufschein „[[P:Ghebremedhin Tesfay]]“, bitte nicht
  ändern, Namensführung lt. RAfF. Wohnt jetzt in [[LOC:Osnabrück-Schinkel]], [[STR:Buerscher Str. 38]].
- 09:40 Fr. [[P:Al-Obaidi]]: Ehemann [[P:Mustafa Jassim]] lebt noch in [[LOC:Mossul]]; Unterlagen über
  Botschaft Bagdad; Rückruf an Beratung Caritas, Johannisstraße 91.
- 10:20 Fr. [[P:Tkachenko]] will nach [[LOC:Bramsche]] zur Schwester ([[P:Olha Lysenko]]) ziehen.

Rückfragen: 0541 323-0 (Zentrale) oder auslaenderbehoerde@osnabrueck.de
""",
    ["Natruper-Tor-Wall 5", "auslaenderbehoerde@osnabrueck.de", "0541 323-0", "Johannisstraße 91"],
)

V["t5_i1"] = iban("DE", "630500000007204417")
V["t5_i2"] = iban("DE", "630901000288130004")
V["t5_i3"] = iban("AT", "2011182045566871")
V["t5_i4"] = iban("DE", "600501010405337162")
pii(
    "table",
    """
Stadt Ulm – Abteilung Finanzen – Hundesteuer: Neuanmeldungen 04/2025 (CSV für SEPA-Lauf)
Quelle: HUNDE.csv, erzeugt 02.05.2025 06:10 durch Job HST-NEU, Kassenzeichen mit Prüfziffer

kassenzeichen,name,vorname,strasse,hausnr,plz,ort,marke,hunde,jahresbetrag,iban
[[AZ:4.1120.030117-2]],[[P:Baumann]],[[P:Lisa]],[[STR:Magirusstraße]],[[STR:41/1]],[[LOC:89077]],[[LOC:Ulm]],[[AZ:2631]],1,120.00,[[IBAN:«t5_i1»]]
[[AZ:4.1120.030124-9]],[[P:Yılmaz]],[[P:Orhan]],[[STR:Ringstraße]],[[STR:115]],[[LOC:89081]],[[LOC:Ulm]],[[AZ:2632]],2,360.00,[[IBAN:«t5_i2»]]
[[AZ:4.1120.030139-1]],[[P:Mangold]],[[P:Herbert]],[[STR:Am Hochsträß]],[[STR:7]],[[LOC:89081]],[[LOC:Ulm-Eggingen]],[[AZ:2633]],1,120.00,
[[AZ:4.1120.030142-6]],[[P:Stojanović]],[[P:Dragana]],[[STR:Wiblinger Hauptstraße]],[[STR:22]],[[LOC:89079]],[[LOC:Ulm]],[[AZ:2634]],1,120.00,[[IBAN:«t5_i3»]]
[[AZ:4.1120.030150-4]],[[P:Ehinger-Saur]],[[P:Benedikt]],[[STR:Kornhausgasse]],[[STR:3]],[[LOC:89073]],[[LOC:Ulm]],[[AZ:2635]],1,0.00,
[[AZ:4.1120.030163-3]],[[P:Wörz]],[[P:Ursula]],[[STR:Söflinger Straße]],[[STR:250]],[[LOC:89077]],[[LOC:Ulm]],[[AZ:2636]],1,120.00,[[IBAN:«t5_i4»]]

Prüfhinweise Job HST-NEU:
Zeile 3: kein Mandat – Überweiser, Bescheid mit Zahlungsaufforderung.
Zeile 5: Befreiung Blindenführhund (§ 6 Abs. 1 Nr. 1 Hundesteuersatzung), Nachweis liegt vor.
Zeile 4: Halterin meldet Zweitwohnsitz in [[LOC:Senden]] – steuerpflichtig in Ulm (Hauptwohnsitz).
Zeile 2: zweiter Hund „Paşa“ von Sohn [[P:Emre Yılmaz]] (geb. [[DOB:2006]]) übernommen, dieser
ist nach [[LOC:Neu-Ulm]] verzogen; Abmeldung dort prüfen.
Rückfragen Team Hundesteuer: 0731 161-2233, hundesteuer@ulm.de
""",
    ["hundesteuer@ulm.de", "0731 161-2233", "§ 6 Abs. 1 Nr. 1 Hundesteuersatzung", "Job HST-NEU"],
    allow=("Ulm",),
)


# --- ocr_scan ------------------------------------------------------------------------------

pii(
    "ocr_scan",
    """
[OCR Seite 1/2 – Scan 300 dpi – Erkennung: 91 %]
Landeshauptstadt Potsdarn                                    Anlage 3 zum Wohngeldantrag
Bereich Wohnen · Wohngeldbehörde · Friedrich-Ebert-Straße 79/81 · 14469 Potsdarn

M I E T B E S C H E I N I G U N G
(vorn Verrnieter auszufül1en – § 23 Abs. 3 WoGG)

Wohngeld-Nr.: [[AZ:WG-P 2025/03 1l8]]

1. Mieterin / Mieter
   Name, Vorname: [[P:Szymańska, Ewa]]
   Anschrift der Wohnung: [[STR:Zum Kirchsteigfe1d 1O]], [[LOC:1448O Potsdam]]
   frühere Anschrift: [[STR:Breite Straße 2c]], [[LOC:14467 Potsdarn]]

2. Verrnieterin / Vermieter
   Name: [[P:Gerhard Plötz]]
   Anschrift: [[STR:Am Find1ing 3]], [[LOC:14532 Kleinrnachnow]]     Te1.: [[TEL:O33203 / 8 74 1O]]

3. Angaben zur Wohnung
   bezugsfertig: 1997     Wohnf1äche: 62,5O m²     Zimrner: 2
   Miete ohne Heizkosten: 548,OO EUR   Heizkosten: 96,OO EUR   Kabe1-TV: 9,5O EUR
   Mietverhä1tnis seit: O1.1O.2O19

4. Im Haushalt 1eben (lt. Mieter):
   [[P:Ewa Szymańska]], geb. [[DOB:17.O4.1983]]
   [[P:Kacper Szymański]] (Sohn), geb. [[DOB:O3.O9.2O11]]
   [[P:Zuzanna]] (Tochter), Jg. [[DOB:2Ol5]]

5. Bestehen Mietrückstände?   [ ] ja   [X] nein
6. Besondere Vereinbarungen: Garagenste11p1atz separat, 35,OO EUR (nicht in der Miete)

Ich versichere, dass die Angaben richtig sind. Mir ist bekannt, dass vorsätz1ich
fa1sche Angaben eine Ordnungswidrigkeit nach § 37 WoGG sind.

K1einmachnow, 28.O4.2O25                       Unterschrift: [[P:G. P1ötz]]
[Seite 2: Rückseite leer]
""",
    ["Friedrich-Ebert-Straße 79/81", "§ 23 Abs. 3 WoGG", "548,OO EUR", "§ 37 WoGG"],
)

pii(
    "ocr_scan",
    """
=== ScanStelle Post / Stapel 14 / Blatt 0037 / OCR ===
Stadt Nürnberg · Ordnungsamt · Zentrale Bußgeldstelle · 90317 Nürnberg
ANHÖRUNGSB0GEN – Anhörung irn Bußge1dverfahren
Aktenzeichen: [[AZ:7O2.41.8812O5.3]]      (bitte stets angeben!)

Tatvorwurf: Sie parkten am 18.O3.2O25 urn 1O:14 Uhr in Nürnberg, Gostenhofer Hauptstraße 27,
im abso1uten Ha1tverbot (Z. 283). Kennzeichen: [[KFZ:N-DF 7O9]]     Verwarnungsge1d: 25,OO EUR

Angaben zur Person (Pf1ichtangaben, § 111 OWiG):
Name: [[P:Feh1ing]]          Vorname: [[P:Dominik]]           Geburtsname: –
Geburtsdatum: [[DOB:2l.11.1989]]      Geburtsort: [[LOC:Schwabach]]
Anschrift: [[STR:Austraße 58, Rgb.]]   [[LOC:9O429 Nürnberg]]

Äußerung zur Sache (handschrift1ich, tei1weise unleser1ich):
„Ich bin zu der Zeit nicht gefahren. Das Fahr-
zeug nutzt unter der Woche rnein Bruder [[P:Sebastian Fehling]], geb. [[DOB:O4.O6.1992]],
wohnhaft [[STR:Hochstr. 3]], [[LOC:91126 Schwabach]]. Er hat rnir gesagt, er
hätte nur kurz was abge1aden. Die ﬁnanzie11e Sache k1ärt er se1bst.“

Für Rückfragen: [[TEL:O176 / 2l 33 94 O8]]  oder  [[MAIL:dominik.feh1ing@gmx.net]]

Datum: 27.O3.2O25        Unterschrift: [[P:D. Fehling]]

[Eingangssternpe1: 31. MRZ 2025 – Stadt Nürnberg – Bußge1dste11e – Post 3]
[Randverrnerk SB: Fahrer benannt → neues Az. für Hr. [[P:S. Fehling]] ank1egen, [[P:Höfler]]]
""",
    ["90317 Nürnberg", "§ 111 OWiG", "(Z. 283)", "25,OO EUR"],
)

pii(
    "ocr_scan",
    """
[Fax-Eingang Standesamt Freiburg 17.03.2025 09:12 – OCR – zu Reg.-Nr. [[AZ:G 1288/2025]]]

Beg1aubigte Übersetzung aus dem Tigrinya und Eng1ischen
STATE OF ERITREA – Zoba Anseba – Civi1 Status Office
GEBURTSURKUNDE / BIRTH CERTIFICATE              Nr. [[AZ:ANS/KR/1996/0477]]

Narne des Kindes:      [[P:Selam Tesfamariam Haile]]
Gesch1echt:            weib1ich
Geburtsdatum:          [[DOB:12. Juni 1996]] (äthiop. Ka1ender: [[DOB:5. Sene 1988]])
Geburtsort:            [[LOC:Keren]], Region Anseba
Vater:                 [[P:Tesfamariam Haile Gebru]], eritr., wohnhaft in [[LOC:Keren]]
Mutter:                [[P:Letekidan Ghebrehiwet]], eritr., wohnhaft in [[LOC:Keren]]
Ausgeste11t:           Keren, 03.02.2019, Standesbearnter (Unterschrift unleser1ich), Siege1

Anrnerkung des Übersetzers: Der Vorname des Vaters wird im Origina1 „[[P:ተስፋማርያም]]“
geschrieben; in anderen Dokumenten ﬁndet sich die Schreibweise „[[P:Tesfamariam Haile Gebru]]“
bzw. „[[P:Tesfamaryam Hayle]]“. Eritreische Namen bestehen aus Vorname, Vorname des Vaters
und Vorname des Großvaters; einen Fami1iennamen im deutschen Sinn gibt es nicht.

Die Richtigkeit und Vo11ständigkeit der vorstehenden Übersetzung der mir im Origina1
vorge1egten Urkunde wird hiermit bestätigt.

Freiburg, 14.03.2025
[[P:Yohannes Berhane]], öffent1ich beste11ter und beeidigter Übersetzer für Tigrinya
(LG Freiburg), [[STR:Guntramstraße 27]], [[LOC:79106 Freiburg]], [[TEL:0761 / 2 17 83 54]]

– Randvermerk Standesamt: Beurkundung der Geburt des Kindes [[P:Noah]] (Mutter: [[P:Selam Tesfamariam Haile]],
wohnhaft [[LOC:Freiburg-Haslach]]); Urkunde der Mutter ausreichend, Legalisation entbehrlich
nach Auskunft Konsularreferat. SB [[P:Wiesler]] –
""",
    ["Zoba Anseba", "LG Freiburg", "Konsularreferat", "Civi1 Status Office"],
    allow=("Keren",),
)

V["o4_id1"] = id_card("LH9TGR2K7", with_check=True)
V["o4_id2"] = id_card("T22XWN4F8", with_check=True)
pii(
    "ocr_scan",
    """
--- Scan Bürgeramt Erfurt, Vorgang Ummeldung [[AZ:BA-EF-2025-44102]], Anlage 1 (OCR) ---

V O L L M A C H T

Hiermit bevo11mächtige ich,
Narne, Vorname:   [[P:Hauschild, Gerlinde]]          geb. am: [[DOB:l4.O2.1941]]
wohnhaft:         [[STR:Espachstraße 11]], [[LOC:99094 Erfurt]]
Personalausweis:  [[ID:«o4_id1»]]

rneinen Enke1
Narne, Vorname:   [[P:Hauschild, Maximilian]]        geb. am: [[DOB:3O.O9.2OO1]]
wohnhaft:         [[STR:Krämpferstraße 6]], [[LOC:99085 Erfurt]]
Personalausweis:  [[ID:«o4_id2»]]          Te1.: [[TEL:O157 / 3O 22 18 46]]

rnich bei fo1genden Ange1egenheiten gegenüber dem Bürgerarnt Erfurt zu vertreten:
– Ummeldung in rneine neue Wohnung in der Seniorenwohnan1age „Am Steigerwa1d“,
  [[STR:Hochheimer Straße 47, App. 12]], [[LOC:99094 Erfurt]], Einzug am O1.O6.2O25
– Beantragung und Abho1ung eines neuen Persona1ausweises (§ 9 Abs. 1 PAuswG)
– Ausste11ung einer Me1debescheinigung für die Rentenversicherung

Meine Tochter [[P:Sabine Hauschild-Ernst]] ([[LOC:Jena]]) ist informiert.

Erfurt, den 22.O5.2O25                           [[P:Gerlinde Hauschild]]
                                                  (Unterschrift Vo11machtgeberin)

[Stempe1] Landeshauptstadt Erfurt – Bürgerservice – Bürgermeister-Wagner-Str. 1, 99084 Erfurt
Vorge1egt am 26.05.2025, Ausweis des Bevo11mächtigten eingesehen, Gebühr 37,00 EUR
(Persona1ausweis ab 24 J.) bar erhalten. Sachb.: [[P:Raddatz]]
""",
    [
        "Bürgermeister-Wagner-Str. 1",
        "37,00 EUR",
        "§ 9 Abs. 1 PAuswG",
        "Seniorenwohnan1age „Am Steigerwa1d“",
    ],
)

pii(
    "ocr_scan",
    """
<<OCR Eingangspost Abt. Friedhöfe 13.05.2025 – Qualität: mittel>>

Bestattungshaus [[P:Uwe Lindemann]] e.K. · Inh. [[P:Uwe Lindemann]] · [[STR:Zschochersche Straße 41]] · [[LOC:O4229 Leipzig]]
Te1. [[TEL:0341 / 4 80 22 91]] · Fax [[TEL:0341 / 4 80 22 99]] · Amtsgericht Leipzig [[HR:HRA 17724]]

Stadt Leipzig
Amt für Stadtgrün und Gewässer, Abt. Friedhöfe
Südfriedhof, Friedhofsweg 3
04299 Leipzig

ANTRAG AUF BEISETZUNG IN EINER URNENGRABSTÄTTE

Verstorbene:        [[P:Hi1degard Pohle]], geb. [[P:Wunderlich]]
geboren am / in:    [[DOB:O9.O7.1936]] / [[LOC:Borna]]
verstorben am:      O2.O5.2O25, Klinikum St. Georg
1etzte Anschrift:   [[STR:Dieskaustraße 12O]], [[LOC:O4249 Leipzig]] ([[LOC:Großzschocher]])
Sterbeurkunde:      Standesamt Leipzig, Reg.-Nr. [[AZ:S 2O25/1873]]

Auftraggeber und künftiger Nutzungsberechtigter:
                    [[P:Rainer Pohle]] (Sohn), [[STR:Brünner Str. 7]], [[LOC:O4209 Leipzig]]
                    Te1. [[TEL:O341 / 9 41 55 2O]], [[MAIL:rainer.pohle@freenet.de]]
weitere Angehörige: Tochter [[P:Kerstin Jahn]], geb. [[P:Pohle]], [[LOC:Markranstädt]]

Grabart:            Urnengemeinschaftsanlage mit Narnensnennung, Abt. IV, Feld 2
Trauerfeier:        Kape11e Südfriedhof, Fr 23.O5.2O25, 11:OO Uhr, ca. 4O Gäste
Beisetzung:         im Anschluss, Urne wird durch uns ange1iefert

Gebühren nach der Friedhofsgebührensatzung (vor1äuﬁg): 1.246,OO EUR
Gebührenbescheid bitte an den Auftraggeber; Kostenzusage Sozia1amt: nicht erforder1ich.

Leipzig, 12.O5.2O25
[[P:U. Lindemann]]
""",
    ["Friedhofsweg 3", "Amt für Stadtgrün und Gewässer", "1.246,OO EUR", "Klinikum St. Georg"],
)


# --- voice_transcript ----------------------------------------------------------------------

pii(
    "voice_transcript",
    """
[Behördennummer 115 – Servicecenter Leipzig – Gesprächsmitschnitt mit Einwilligung]
[14.05.2025 09:31:07 – Dauer 04:12 – Anrufer-ID [[TEL:0341 9128447]] – ASR-Transkript, ungeprüft]

agentin: behördennummer eins eins fünf stadt leipzig sie sprechen mit frau [[P:schmiedel]] was kann ich für sie tun
anruferin: ja guten tag hier ist [[P:gerda löffler]] ich bin umgezogen also von [[LOC:lindenau]] nach [[LOC:gohlis]] und meine tochter sagt ich muss mich ummelden
agentin: richtig das müssen sie innerhalb von zwei wochen machen wie war der name nochmal
anruferin: [[P:löffler]] also [[P:l wie leipzig ö wie umlaut offenbach f wie frankfurt f wie frankfurt l wie leipzig e wie essen r wie rostock]]
agentin: danke und ihr geburtsdatum
anruferin: [[DOB:dreizehnter märz äh neunzehnhundertvierundfünfzig]]
agentin: und die alte adresse
anruferin: [[STR:lützner straße neunundachtzig]] zweiter stock und jetzt [[STR:lindenthaler straße zweiundvierzig]] bei der wohnungsgenossenschaft [[LOC:null vier eins fünf fünf leipzig]]
agentin: gut das geht entweder online mit der ausweisfunktion oder mit termin im bürgerbüro
anruferin: online kann ich nicht mein enkel [[P:kevin]] hat das versucht aber die pin ist weg
agentin: dann buche ich ihnen einen termin im bürgeramt otto-schill-straße am zweiundzwanzigsten um zehn uhr vierzig bringen sie bitte den personalausweis und die wohnungsgeberbestätigung mit
anruferin: die hat mir die frau von der genossenschaft schon gegeben
agentin: prima und unter welcher nummer erreichen wir sie falls sich was ändert
anruferin: [[TEL:null drei vier eins neun eins zwei acht vier vier sieben]] oder bei meiner tochter [[P:anja]] [[TEL:null eins sieben sechs zwei drei eins null acht acht fünf sieben]]
agentin: alles klar frau [[P:löffler]] die terminbestätigung kommt per post an die neue adresse
anruferin: danke schön auf wiederhören

[Ende – Klassifikation: Meldewesen/Ummeldung – Ticket [[AZ:SC-115-2025-0551879]]]
""",
    ["Behördennummer 115", "otto-schill-straße", "Meldewesen/Ummeldung", "Servicecenter Leipzig"],
)

pii(
    "voice_transcript",
    """
Voicemail Zentrale Bußgeldstelle Nürnberg, Postfach 3 (Rückrufwunsch)
Eingang Mo 19.05.2025 07:12, Länge 01:48, Rufnummer unterdrückt, Transkription automatisch

ja hallo hier spricht [[P:brigitte hufnagel]] es geht um einen bußgeldbescheid für meinen mann
der ist seit drei wochen im krankenhaus und kann sich nicht kümmern das aktenzeichen ist
[[AZ:sieben null eins punkt drei drei punkt vier vier zwei neun eins acht punkt sechs]] und das
auto ist unser [[KFZ:n wie nordpol bindestrich h wie heinrich u wie ulrich zwei vier acht]] also
der name ist [[P:hufnagel]] [[P:h u f n a g e l]] mein mann heißt [[P:gerhard]] geboren am
[[DOB:neunten oktober neunzehnhundertsiebenundvierzig]] falls sie das brauchen
ähm im bescheid steht einhundertdreißig euro und ein punkt wegen rotlicht am plärrer aber
er sagt das war nicht er sondern unser enkel [[P:lukas]] der hatte das auto an dem tag weil er
umgezogen ist nach [[LOC:erlangen]] ich weiß nicht ob man das noch ändern kann die frist ist ja
zwei wochen oder
wir wohnen in der [[STR:bucher straße einhundertzwölf]] in [[LOC:neunzig vier eins neun nürnberg]]
also [[LOC:st johannis]] und meine nummer ist [[TEL:null neun eins eins drei drei null sieben sechs vier eins]]
oder mobil [[TEL:null eins fünf eins eins vier vier zwei neun drei null sechs]] am besten nachmittags
ich hab auch eine e-mail [[MAIL:b punkt hufnagel at t minus online punkt de]]
danke und entschuldigung dass ich so durcheinander bin wiederhören

--- Bearbeitungsvermerk: Rückruf 19.05. 10:40 durch [[P:Kreß]] (App. [[TEL:0911 231-6174]]); Hinweis auf
Einspruch (§ 67 OWiG) binnen zwei Wochen ab Zustellung, Zeugenfragebogen für Enkel
angekündigt. Bescheid 130,00 EUR + Gebühren. ---
""",
    ["§ 67 OWiG", "130,00 EUR", "Zentrale Bußgeldstelle Nürnberg", "Rufnummer unterdrückt"],
)

pii(
    "voice_transcript",
    """
Telefonmitschnitt (Speech-to-Text) – Ausländerbehörde Freiburg, Servicetelefon
03.06.2025 14:05 – Sprecher automatisch erkannt – Qualität: mittel

[00:00] sb: ausländerbehörde freiburg [[P:haberer]] guten tag
[00:03] anrufer 1: ja hallo ich bin der neffe ich übersetze für meinen onkel er spricht nur dari
[00:09] sb: in ordnung wie ist der name ihres onkels
[00:12] anrufer 1: [[P:habibi]] vorname [[P:abdul wahid]] also [[P:h wie heinrich a wie anton b wie berta i wie ida b wie berta i wie ida]]
[00:24] sb: und das geburtsdatum
[00:26] anrufer 1: im ausweis steht [[DOB:erster erster neunzehnhundertachtundsiebzig]] aber in der tazkira steht nur das jahr [[DOB:dreizehnhundertsiebenundfünfzig]]
[00:37] sb: ja das kennen wir worum geht es denn
[00:40] anrufer 1: er hat einen brief bekommen wegen passbeschaffung aber die botschaft in berlin gibt keinen termin er hat nur die alte passnummer [[PASS:p null drei sieben sieben eins vier zwei neun]] der ist abgelaufen
[00:55] sb: haben sie ein aktenzeichen oben rechts auf dem brief
[00:58] anrufer 1: ja [[AZ:a b h minus zwei null zwei drei minus null acht acht eins fünf]]
[01:06] sb: danke ich sehe ihn wohnt er noch in [[LOC:landwasser]] [[STR:auwaldstraße zweiundachtzig]]
[01:11] anrufer 1: nein seit april bei uns in [[LOC:weingarten]] [[STR:krozinger straße sechsundvierzig]] ich heiße [[P:jawad habibi]]
[01:19] sb: dann muss er sich bitte erst ummelden dann schicke ich ihm eine bescheinigung dass er sich bemüht hat die legen sie bei der botschaft vor
[01:27] anrufer 1: und seine frau [[P:nasrin]] ist noch in [[LOC:herat]] mit den kindern
[01:31] sb: das wäre ein eigener antrag auf familiennachzug dafür brauchen wir einen termin
[01:36] anrufer 1: okay meine nummer ist [[TEL:null eins sieben sechs vier vier neun zwei null sieben drei eins]]
[01:44] sb: notiert sie bekommen post wiederhören
[01:47] [ende]
""",
    ["ausländerbehörde freiburg", "passbeschaffung", "familiennachzug", "Servicetelefon"],
)

pii(
    "voice_transcript",
    """
Kita-Servicetelefon Landeshauptstadt Mainz – Anruf 22.04.2025 08:47 – Transkript (KI), nicht korrigiert

S: kita-service stadt mainz guten morgen
A: ja morgen hier ist [[P:jana wolff-bechtel]] ich ruf an wegen dem kitaplatz für meinen sohn wir haben im januar die zusage gekriegt für die kita am gonsbach und jetzt heißt es die gruppe macht erst im november auf
S: moment wie heißt ihr sohn
A: [[P:finn]] [[P:bechtel]] geboren [[DOB:am achtzehnten august zweitausenddreiundzwanzig]] die vormerknummer ist [[AZ:k v zwei fünf null sieben sieben drei]]
S: ich hab ihn ja die neue gruppe verschiebt sich wegen dem personal
A: aber ich fang am ersten september wieder an zu arbeiten bei der uniklinik und mein mann [[P:sven]] ist unter der woche in [[LOC:frankfurt]]
S: verstehe wo wohnen sie denn
A: in [[LOC:gonsenheim]] [[STR:an der krimm siebzehn]] und meine mutter wohnt in [[LOC:bretzenheim]] die kann aber nur dienstags
S: wir können ihnen eine übergangslösung in der kindertagespflege anbieten frau [[P:schnabel]] in [[LOC:finthen]] hat noch einen platz frei
A: [[LOC:finthen]] ist halt ein umweg aber besser als nichts hat die eine nummer
S: die schicke ich ihnen per mail an welche adresse
A: [[MAIL:jana punkt wolff minus bechtel ät web punkt de]] und mobil bin ich unter [[TEL:null eins sieben drei fünf vier eins acht acht zwei null sechs]]
S: und der große geht noch in die kita am gonsbach oder
A: ja [[P:ella]] ist [[DOB:zweitausendzwanzig]] geboren die kommt nächstes jahr in die schule
S: dann zählt das als geschwisterkind ich vermerke das das elterngeld läuft bis
A: ende august
S: gut sie hören von uns
""",
    ["kita-service stadt mainz", "kindertagespflege", "Kita-Servicetelefon", "übergangslösung"],
)

pii(
    "voice_transcript",
    """
Anrufbeantworter Friedhofsverwaltung Osnabrück (Heger Friedhof) – Nachricht 3 von 7
aufgenommen: Samstag 10.05.2025 16:22 – Absender: [[TEL:+49 5404 918 27 30]] – automatische Verschriftung

hallo guten tag mein name ist [[P:martina heuer]] geborene [[P:brüggemann]] ich rufe an weil
meine mutter am donnerstag verstorben ist [[P:anneliese brüggemann]] sie hat zuletzt in der
[[STR:iburger straße zweihundertvierunddreißig]] gewohnt in [[LOC:voxtrup]] und sie wollte zu meinem
vater ins grab der liegt bei ihnen auf dem heger friedhof seit zweitausendacht das müsste
abteilung elf sein die grabnummer hab ich nicht hier aber die urkunde ist auf meinen bruder
[[P:jens brüggemann]] ausgestellt der wohnt aber in kanada also in [[LOC:toronto]] und
ist erst nächste woche da
das bestattungsinstitut ist [[P:hölscher]] in [[LOC:hasbergen]] der herr [[P:hölscher]] ruft sie
montag auch noch an ich wollte nur fragen ob die ruhezeit noch reicht und ob man die nutzung
auf mich umschreiben kann ich wohne ja hier in der nähe in [[LOC:georgsmarienhütte]]
[[STR:am hüggel drei]] meine nummer sehen sie ja und mobil [[TEL:null eins sechs null neun sieben vier vier eins zwei acht drei]]
ach so und das geburtsdatum von meiner mutter falls sie das brauchen
[[DOB:einundzwanzigster november neunzehnhundertsechsunddreißig]] danke schön tschüss

[Vermerk: Rückruf Mo 12.05. durch Fr. [[P:Lührmann]] – Grab Abt. 11, Reihe 6, Nr. 14, Nutzungsrecht bis 2033,
Urkunde [[AZ:HF-2003-1106]] auf [[P:Jens Brüggemann]]; Umschreibung mit Verzicht des Bruders möglich,
Formular per Mail an friedhof@osnabrueck.de angefordert]
""",
    ["friedhof@osnabrueck.de", "heger friedhof", "Abt. 11, Reihe 6, Nr. 14", "Heger Friedhof"],
)

V["v6_rv"] = spoken(rv_number("13", "170449", "K", "51"))
pii(
    "voice_transcript",
    """
Stadt Würzburg · Fachbereich Soziales · Grundsicherung im Alter – Telefonat 27.05.2025, 10:14
(Aufzeichnung zur Dokumentation, automatisch verschriftet, Sprecher: SB / A = Anruferin)

SB: fachbereich soziales [[P:reuther]] grüß gott
A: grüß gott hier [[P:kunigunde zehnder]] ich hab den antrag auf grundsicherung abgegeben und jetzt
   wollen sie noch die rentenversicherungsnummer ich hab jetzt den bescheid da
SB: ja bitte lesen sie vor
A: [[RV:«v6_rv»]]
SB: danke und ihr geburtsdatum zur kontrolle
A: [[DOB:siebzehnter april neunundvierzig]]
SB: passt wohnen sie noch in der [[LOC:zellerau]] also [[STR:weißenburgstraße sechzig]]
A: ja im dritten stock ohne aufzug das wird langsam schwer mein sohn [[P:bernhard]] will dass ich nach
   [[LOC:veitshöchheim]] zu ihm ziehe aber da ist es so teuer
SB: die mietobergrenze für einen einpersonenhaushalt in würzburg steht im merkblatt wenn sie
   umziehen wollen sagen sie uns bitte vorher bescheid wegen der angemessenheit
A: ja mach ich und die rente ist jetzt neunhundertzwölf euro siebzig seit juli
SB: die anpassung rechnen wir automatisch an haben sie noch die kontoauszüge von märz und april
A: die bringt meine nachbarin frau [[P:gündoğdu]] vorbei die arbeitet in der stadt
SB: in ordnung sie können sie auch in den briefkasten am rathaus werfen wer ist ihre bank
A: sparkasse mainfranken das konto endet auf sieben drei null
SB: danke dann melden wir uns schriftlich eine telefonnummer für rückfragen
A: [[TEL:null neun drei eins vier sieben zwei zwei fünf acht]] den ganzen tag ich bin ja daheim
SB: wunderbar auf wiederhören frau [[P:zehnder]]

Vermerk SB [[P:Reuther]]: RV-Nr. im Antrag ergänzt, Az. [[AZ:GS-50.2-2025-1177]]; Nachweise
Kontoauszüge angefordert (§ 60 SGB I). Umzug nach [[LOC:Veitshöchheim]] → Zuständigkeit Landkreis prüfen.
""",
    ["§ 60 SGB I", "sparkasse mainfranken", "Grundsicherung im Alter", "merkblatt"],
)


# --- chat_transcript -----------------------------------------------------------------------

V["c1_id"] = id_card("L01XT3KF7")
pii(
    "chat_transcript",
    """
Chatprotokoll „KasselBot“ – Terminbuchung Bürgerbüro
Session 7f3a-19c2 | Start 06.05.2025 18:42:10 | Client-IP [[IP:91.34.207.118]] | Backend 10.20.4.17 | Kanal: Web

18:42:10 KasselBot: Hallo! Ich helfe bei Terminen im Bürgerbüro. Worum geht es?
18:42:31 Nutzer: perso abgelaufen und reisepass für meine tochter
18:42:33 KasselBot: Verstanden: Personalausweis (Neuantrag) und Reisepass/Kinderreisepass. Für wen ist der Personalausweis?
18:42:58 Nutzer: für mich, [[P:Dennis Wiegand]], [[DOB:02.12.1988]]
18:43:01 KasselBot: Danke. Bitte nennen Sie die Nummer des alten Ausweises (optional).
18:43:40 Nutzer: [[ID:«c1_id»]]
18:43:42 KasselBot: Und für Ihre Tochter?
18:44:05 Nutzer: [[P:Paula Wiegand]] geb [[DOB:4.9.2016]], wir waren bis letztes jahr in [[LOC:Baunatal]] gemeldet, jetzt [[STR:Wilhelmshöher Allee 301]] [[LOC:34131 Kassel]]
18:44:07 KasselBot: Für Kinder unter 18 müssen beide Sorgeberechtigten zustimmen. Kommt der andere Elternteil mit?
18:44:39 Nutzer: nein, mama ([[P:Sarah Krug]]) wohnt in [[LOC:Hann. Münden]], reicht eine vollmacht?
18:44:41 KasselBot: Ja: Zustimmungserklärung mit Kopie des Ausweises des anderen Elternteils. Freie Termine: Bürgerbüro Mitte, Obere Königsstraße 8: Mi 14.05. 08:15 / Do 15.05. 16:30. Bürgerbüro Wilhelmshöhe: Di 20.05. 11:00.
18:45:02 Nutzer: wilhelmshöhe 20.5.
18:45:03 KasselBot: Bitte E-Mail und Mobilnummer für die Bestätigung.
18:45:30 Nutzer: [[MAIL:dennis.wiegand@posteo.de]] [[TEL:0176 84 21 90 57]]
18:45:32 KasselBot: Gebucht! Vorgangsnummer [[AZ:BB-KS-25-207713]]. Mitbringen: alter Ausweis, biometrisches Foto, Geburtsurkunde des Kindes. Gebühr Personalausweis 37,00 EUR, Reisepass unter 24 J. 37,50 EUR.
18:45:51 Nutzer: danke 👍 kann [[P:Paula]] auch gleich einen perso kriegen?
18:45:53 KasselBot: Ein Personalausweis für Kinder ist möglich (22,80 EUR). Ich habe das zum Termin notiert.
18:46:10 [Sitzung beendet durch Nutzer]
""",
    ["Obere Königsstraße 8", "10.20.4.17", "37,00 EUR", "22,80 EUR", "Bürgerbüro Wilhelmshöhe"],
)

pii(
    "chat_transcript",
    """
Messenger-Export (Dienst-Smartphone Jugendamt Rostock, Beistandschaften) – Chat mit „[[P:Jessy]] 🌸“
Export 21.05.2025 – Zeitzone MESZ – gespeichert zur Akte [[AZ:BS-51.3-2024-0218]]

[12.05.25, 09:14] Fr. [[P:Rakow]] (JA): Guten Morgen Frau [[P:Kloß]], hier ist [[P:Heike Rakow]] vom Jugendamt, Beistandschaft für [[P:Mila]]. Haben Sie die Geburtsurkunde schon gefunden?
[12.05.25, 11:02] [[P:Jessy]] 🌸: moin ja hab sie 😅 schick foto
[12.05.25, 11:03] [[P:Jessy]] 🌸: <Bild weggelassen>
[12.05.25, 11:05] [[P:Jessy]] 🌸: steht ja drauf [[P:Mila Sophie Kloß]] [[DOB:03.02.2023]] [[LOC:rostock]]
[12.05.25, 11:20] Fr. [[P:Rakow]] (JA): Danke! Der Vater, Herr [[P:Kevin Brandt]], hat auf unser Schreiben nicht reagiert. Wissen Sie, wo er jetzt wohnt?
[12.05.25, 11:41] [[P:Jessy]] 🌸: der is zu seiner neuen nach [[LOC:Bad Doberan]] gezogen glaub ich [[STR:Goethestr 12]] oder so. arbeitet bei nem dachdecker in [[LOC:Kröpelin]]
[12.05.25, 11:42] [[P:Jessy]] 🌸: seine handynr [[TEL:0157 7734 0182]] aber er geht nich ran
[12.05.25, 11:50] Fr. [[P:Rakow]] (JA): Okay, dann frage ich beim Einwohnermeldeamt an. Den Unterhaltsvorschuss beantragen Sie bitte parallel bei der UVG-Stelle (Antrag liegt im Portal).
[13.05.25, 19:33] [[P:Jessy]] 🌸: hab ich gemacht. neue adresse von mir is übrigens [[STR:Kolumbusring 58]] in [[LOC:Lütten Klein]], vorher [[LOC:Evershagen]]
[13.05.25, 19:34] [[P:Jessy]] 🌸: und meine mutter [[P:Doreen Kloß]] hilft mir mit den Papieren, die ist unter [[TEL:0381 7 22 93 16]] erreichbar
[14.05.25, 08:05] Fr. [[P:Rakow]] (JA): Danke, vermerkt. Bitte denken Sie an die Ummeldung im Ortsamt Nordwest (Termin über 0381 381-0).
[14.05.25, 08:17] [[P:Jessy]] 🌸: 👍
[19.05.25, 15:12] Fr. [[P:Rakow]] (JA): Kurze Info: Herr [[P:Brandt]] hat sich gemeldet und erkennt den Unterhalt an (Urkunde nach § 59 SGB VIII). Termin bei uns am 02.06. um 10 Uhr, St.-Georg-Straße 109.
[19.05.25, 15:40] [[P:Jessy]] 🌸: krass ok danke 🙏
""",
    ["§ 59 SGB VIII", "0381 381-0", "St.-Georg-Straße 109", "Ortsamt Nordwest"],
)

V["c3_eat"] = id_card("YR5K9C2T0", with_check=True)
pii(
    "chat_transcript",
    """
Stadt Regensburg – Digitale Ausländerbehörde – Chat-Assistent „Rega“ (Transkript für das Ticket)
Ticket [[AZ:ABH-R-T-2025-06631]] | 28.04.2025 | Sprache: Deutsch/English | Übergabe an Mitarbeiterin: ja

[10:02] Rega: Willkommen! Wie kann ich helfen? / Welcome! How can I help?
[10:02] Gast: hello, my residence permit as student ends in june, I finished my master at OTH
[10:03] Rega: Congratulations! You can apply for a residence permit to look for a job (§ 20 Abs. 3 Nr. 1 AufenthG). May I have your name and date of birth?
[10:03] Gast: [[P:Le Minh Chau]] ([[P:Lê Minh Châu]]), born [[DOB:2000-07-21]]
[10:04] Rega: Thank you. Please enter your passport number and the number of your current card (eAT).
[10:05] Gast: passport [[PASS:C6120584]], card [[ID:«c3_eat»]]
[10:05] Rega: Your address in Regensburg?
[10:06] Gast: [[STR:Galgenbergstraße 40, Zi. 214]] ([[LOC:93053 Regensburg]]) student dorm, but I move on 1 june to my girlfriend in [[LOC:Burgweinting]], [[STR:Obertraublinger Str. 17]]
[10:06] Rega: Please register the new address within two weeks at the Bürgerbüro. I am connecting you with a colleague.
[10:08] Fr. [[P:Pongratz]] (ABH): Hallo Herr [[P:Le]], ich übernehme. Haben Sie das Abschlusszeugnis schon?
[10:09] Gast: only the confirmation from the university, final certificate comes in july
[10:09] Fr. [[P:Pongratz]] (ABH): Die Bestätigung reicht für den Antrag. Finanzierung: Sperrkonto oder Verpflichtungserklärung?
[10:10] Gast: my aunt [[P:Nguyen Thi Mai]] in [[LOC:Nürnberg]] will sign it, she has a restaurant there
[10:11] Fr. [[P:Pongratz]] (ABH): Gut. Bitte laden Sie alles im Portal hoch. Bei Fragen: [[MAIL:k.pongratz@regensburg.de]] oder 0941 507-0.
[10:11] Gast: thank you so much!! my phone is [[TEL:+49 1521 3398 410]] if needed
[10:12] Rega: Gern geschehen! Gebühr für die Aufenthaltserlaubnis: 100,00 EUR.
""",
    ["§ 20 Abs. 3 Nr. 1 AufenthG", "0941 507-0", "100,00 EUR", "Digitale Ausländerbehörde"],
)

pii(
    "chat_transcript",
    """
Live-Chat Standesamt Ulm (bürgerservice-ulm.de) – Verlauf vom 09.06.2025, exportiert für Vorgang [[AZ:G-UL-2025-01742]]
Teilnehmer: Besucher (nicht angemeldet, IP [[IP:2a02:8071:5c3:9f00:18b4:2ee1:6a0:31d]]), Standesamt-Team (Agentin SA-04)

Besucher 14:21: hallo, unser sohn ist am samstag in der uniklinik geboren, die klinik hat die geburt gemeldet. was müssen wir jetzt machen?
SA-04 14:22: Herzlichen Glückwunsch! Sind Sie verheiratet? Dann brauchen wir die Eheurkunde und Ihre Ausweise.
Besucher 14:23: nein, nicht verheiratet. ich bin der vater, [[P:Jonas Häberle]], die mutter ist [[P:Aylin Kurt]]
SA-04 14:24: Dann ist vorab die Vaterschaftsanerkennung nötig, die machen wir bei uns (kostenfrei). Wie soll das Kind heißen?
Besucher 14:25: [[P:Emil Deniz]], nachname [[P:Häberle]] – geht das?
SA-04 14:26: Ja, mit gemeinsamer Sorgeerklärung und Namensbestimmung. Geburtsdatum und -zeit?
Besucher 14:26: [[DOB:07.06.2025]], 03:48 uhr
SA-04 14:27: Und Ihre Wohnanschrift?
Besucher 14:28: [[STR:Eselsbergsteige 12]], [[LOC:89081 Ulm]]. [[P:Aylin]] ist aber noch bei ihren eltern in [[LOC:Neu-Ulm]] gemeldet, [[STR:Memminger Str. 88]]
SA-04 14:29: Das ist in Ordnung. Frau [[P:Kurt]] ist türkische Staatsangehörige?
Besucher 14:29: deutsch und türkisch. sie ist in [[LOC:Ulm]] geboren, [[DOB:1996]]
SA-04 14:30: Dann bringen Sie bitte auch ihre Geburtsurkunde mit. Ich reserviere Ihnen einen Termin: Do 12.06., 09:30, Standesamt, Marktplatz 1. Die Bestätigung geht per Mail.
Besucher 14:31: [[MAIL:jonas.haeberle@gmx.de]] – danke!
SA-04 14:31: Geburtsurkunden kosten 12,00 EUR, drei Gratis-Urkunden für Kindergeld, Elterngeld und Krankenkasse.
""",
    ["Marktplatz 1", "12,00 EUR", "SA-04", "bürgerservice-ulm.de"],
    allow=("Ulm",),
)


# --- mail_chain ----------------------------------------------------------------------------

pii(
    "mail_chain",
    """
Von: Welcome Center Potsdam <welcome@potsdam.de>
Gesendet: Donnerstag, 15. Mai 2025 11:26
An: Ausländerbehörde Potsdam <auslaenderbehoerde@rathaus.potsdam.de>
Betreff: WG: Familiennachzug [[P:Alhamwi]] – bitte um Prüfung

Liebe Kolleg:innen,

anbei die Anfrage von Herrn [[P:Alhamwi]], er war gestern bei uns in der Beratung. Könnt ihr ihm
direkt antworten? Seine Akte läuft bei euch unter [[AZ:ABH-P-2019-3310]].

Viele Grüße
[[P:Friederike Lang]], Welcome Center, Tel. [[TEL:0331 289-3372]]

-----Ursprüngliche Nachricht-----
Von: [[P:Yamen Alhamwi]] <[[MAIL:yamen.alhamwi@gmail.com]]>
Gesendet: Mittwoch, 14. Mai 2025 22:03
An: welcome@potsdam.de
Betreff: Familiennachzug

Guten Abend,

ich bin [[P:Yamen Alhamwi]] ([[P:يامن الحموي]]), geboren [[DOB:03.03.1990]] in [[LOC:Homs]], seit 2022
Niederlassungserlaubnis, wohnhaft [[STR:Zum Kahleberg 22]], [[LOC:14478 Potsdam]] ([[LOC:Waldstadt II]]).
Ich arbeite als Elektroniker bei den Stadtwerken. Meine Frau [[P:Rasha Alsaleh]] und unsere
Tochter [[P:Lamar]] (geb. [[DOB:11.08.2019]]) leben in [[LOC:Gaziantep]] in der Türkei. Die Botschaft
in Ankara hat einen Termin am 02.07.2025 gegeben (Vorgang [[AZ:ANK-FZ-2025-118734]]).

> Am 10.04.2025 schrieb die Ausländerbehörde ([[P:Dörte Behnke]], App. [[TEL:0331 289-2581]]):
> Sehr geehrter Herr [[P:Alhamwi]], für die Vorabzustimmung (§ 31 AufenthV) benötigen wir den
> Mietvertrag (Wohnfläche mind. 12 m² je Person) und die Gehaltsabrechnungen der letzten 6
> Monate. Der Pass Ihrer Ehefrau (Nr. [[PASS:N016483920]]) läuft am 30.09.2025 ab.

Die Unterlagen habe ich am 18.04. per Post geschickt, Antwort habe ich noch nicht. Der Pass von
[[P:Rasha]] wird in [[LOC:Gaziantep]] verlängert. Meine Schwester [[P:Hala Alhamwi]] in [[LOC:Teltow]]
kann bei Fragen auch übersetzen: [[TEL:0162 448 19 07]].

Vielen Dank
[[P:Yamen Alhamwi]]
[[TEL:+49 176 9930 2146]]
""",
    [
        "welcome@potsdam.de",
        "auslaenderbehoerde@rathaus.potsdam.de",
        "§ 31 AufenthV",
        "12 m² je Person",
    ],
)

pii(
    "mail_chain",
    """
Betreff: AW: AW: Sterbeurkunden [[P:Günther Kirchner]] – Nachlassverfahren
Von: Standesamt Erfurt <standesamt@erfurt.de>
An: [[MAIL:claudia.kirchner-vogt@outlook.de]]
Datum: 26.05.2025 08:51

Sehr geehrte Frau [[P:Kirchner-Vogt]],

die drei Sterbeurkunden (je 12,00 EUR) sind heute an Ihre Anschrift in [[LOC:Arnstadt]] raus-
gegangen. Die Urkunde für das Nachlassgericht (AG Erfurt, Az. [[AZ:4 VI 611/25]]) können Sie
dort direkt einreichen. Die Berichtigung des Geburtsorts Ihres Vaters im Sterberegister ist
vermerkt ([[LOC:Sömmerda]] statt „[[LOC:Sommerda]]“).

Mit freundlichen Grüßen
[[P:Ines Tröger]], Standesamt – Sterbefälle, Tel. [[TEL:0361 655-1148]]

> Am 22.05.2025 schrieb [[P:Claudia Kirchner-Vogt]]:
> Hallo Frau [[P:Tröger]],
> danke für den Rückruf. Die Rechnung zahle ich gern sofort. Wie besprochen noch einmal die
> Daten: mein Vater [[P:Günther Kirchner]], geb. [[DOB:19.02.1939]] in [[LOC:Sömmerda]], zuletzt
> wohnhaft [[STR:Häßlerstraße 21]], [[LOC:99096 Erfurt]], verstorben am 13.05.2025 im Helios
> Klinikum. Sterberegister-Nr. lt. Bestatter: [[AZ:S 1093/2025]].
> Meine Adresse: [[STR:Ichtershäuser Str. 5]], [[LOC:99310 Arnstadt]], Tel. [[TEL:03628 / 60 44 17]].
> Mein Bruder [[P:Frank Kirchner]] ([[LOC:Ilmenau]]) braucht eine eigene Urkunde für die Rente
> der Witwe – unsere Mutter [[P:Ursula Kirchner]] lebt noch in der Wohnung in der
> [[STR:Häßlerstraße 21]].
>
>> Am 21.05.2025 schrieb Standesamt Erfurt:
>> Sehr geehrte Frau [[P:Kirchner-Vogt]], der Sterbefall ist beurkundet. Für die Ausstellung
>> der Urkunden benötigen wir einen Nachweis Ihres berechtigten Interesses (§ 62 PStG),
>> z. B. Ihre Geburtsurkunde oder eine Kopie Ihres Personalausweises.
>> Bürgerservice Standesamt, Fischmarkt 1, 99084 Erfurt
""",
    ["standesamt@erfurt.de", "§ 62 PStG", "Fischmarkt 1, 99084 Erfurt", "12,00 EUR"],
)

pii(
    "mail_chain",
    """
Von: Fuhrpark | Rheinhessen Kältetechnik GmbH <fuhrpark@rh-kaeltetechnik.de>
An: bussgeldstelle@stadt.mainz.de
Datum: 03.06.2025 13:18
Betreff: WG: Zeugenfragebogen Az. 31.2-OWI-2025-207415 – Fahrer benannt

Sehr geehrte Damen und Herren,

zu Ihrem Zeugenfragebogen (Fahrzeug [[KFZ:MZ-RK 2150]], Geschwindigkeitsverstoß am 12.05.2025,
Rheinallee stadtauswärts) teilen wir mit, dass das Fahrzeug an diesem Tag laut Fahrtenbuch von
unserem Monteur gefahren wurde:

  Herr [[P:Dariusz Zieliński]], geb. [[DOB:27.05.1984]]
  [[STR:Bretzenheimer Str. 11]], [[LOC:55128 Mainz]]

Die Kopie des Fahrtenbuchs und die interne Mail unseres Monteurs unten zur Kenntnis. Bitte
senden Sie den Anhörungsbogen direkt an ihn.

Mit freundlichen Grüßen
[[P:Tanja Hemmerich]]
Fuhrparkmanagement
Rheinhessen Kältetechnik GmbH · Industriestraße 38 · 55120 Mainz · HRB 41873 (AG Mainz)

-------- Weitergeleitete Nachricht --------
Von: [[P:Dariusz Zieliński]] <[[MAIL:d.zielinski@rh-kaeltetechnik.de]]>
An: Fuhrpark
Datum: 02.06.2025 07:02

Hallo [[P:Tanja]],
ja, war ich, Kundendienst in Hechtsheim und dann zur Baustelle nach Wiesbaden. Ich
wohne nicht mehr in der [[STR:Bretzenheimer Str. 11]], seit April bin ich in [[LOC:Nieder-Olm]]
gemeldet: [[STR:Pariser Straße 61]], [[LOC:55268 Nieder-Olm]]. Privat: [[TEL:0176 2210 8834]].
Meine Frau [[P:Agata]] fährt den Wagen nie, falls die fragen.
Gruß [[P:Darek]]

---
Antwort Bußgeldstelle, 04.06.2025, SB [[P:Klee]]:
Vielen Dank. Das Verfahren gegen die Halterin (Ihr Unternehmen) wird eingestellt; der Anhörungs-
bogen geht an Herrn [[P:Zieliński]] unter der neuen Anschrift. Az. für ihn: [[AZ:31.2-OWI-2025-207415-1]].
""",
    [
        "fuhrpark@rh-kaeltetechnik.de",
        "HRB 41873",
        "Industriestraße 38 · 55120 Mainz",
        "bussgeldstelle@stadt.mainz.de",
    ],
)

pii(
    "mail_chain",
    """
Von: Sekretariat GS Sonnenhügel <sekretariat@gs-sonnenhuegel.osnabrueck.de>
An: Fachbereich Bildung, Schule und Sport <schulanmeldung@osnabrueck.de>
Datum: Mo, 24.03.2025, 10:17
Betreff: Re: Seiteneinsteigerin Klasse 2 – [[P:Kateryna Bondarenko]]

Hallo Herr [[P:Oltmanns]],

die Familie war heute Morgen bei uns. Wir würden [[P:Kateryna]] ab 01.04. in die 2b aufnehmen
(Sprachlernklasse ist voll). Die Mutter, Frau [[P:Oksana Bondarenko]], bittet um
Schülerbeförderung, weil sie vorerst bei ihrer Cousine in [[LOC:Dodesheide]] wohnen, ab Mai dann
in [[LOC:Haste]]. Masernschutz ist nachgewiesen (Impfpass liegt in Kopie vor).

Viele Grüße
[[P:Silke Averbeck]], Schulsekretariat

> Am 21.03.2025 um 15:40 schrieb [[P:Oltmanns, Jörg]] <[[MAIL:j.oltmanns@osnabrueck.de]]>:
> Liebe Frau [[P:Averbeck]],
> neue Zuweisung aus dem Ankunftszentrum:
>
>   Kind:       [[P:BONDARENKO Kateryna]] / [[P:Бондаренко Катерина]], geb. [[DOB:14.10.2017]] in [[LOC:Dnipro]]
>   Mutter:     [[P:BONDARENKO Oksana]], geb. [[DOB:02.06.1991]], Pass [[PASS:GF 320917]]
>   Bruder:     [[P:Artem]], Jg. [[DOB:2021]] (Kita-Platz beantragt, Vormerk-Nr. [[AZ:KT-OS-25-0447]])
>   Anschrift:  c/o [[P:Iryna Shevchuk]], [[STR:Lerchenstraße 114]], [[LOC:49088 Osnabrück]]
>   Telefon:    [[TEL:+380 67 412 88 05]] (ukr.), [[TEL:0152 5917 2286]] (dt.)
>   Vater:      [[P:Serhii Bondarenko]], lebt weiterhin in [[LOC:Dnipro]]
>
> Zuständige Grundschule nach Schulbezirk wäre Ihre. Bitte um kurze Rückmeldung, ob ein Platz
> frei ist; die Aufnahme nach § 63 NSchG ist ab sofort möglich. Die Ankunftsbescheinigung
> Az. [[AZ:ABH-OS-24-UA-18812]] liegt vor.
>
> Mit freundlichen Grüßen
> [[P:Jörg Oltmanns]], Fachbereich Bildung, Schule und Sport, Tel. [[TEL:0541 323-2470]]
""",
    [
        "schulanmeldung@osnabrueck.de",
        "§ 63 NSchG",
        "Sprachlernklasse",
        "Fachbereich Bildung, Schule und Sport",
    ],
)

pii(
    "mail_chain",
    """
Von: Beratungsstelle Frauen helfen Frauen Kassel <beratung@fhf-kassel.example>
An: meldebehoerde@kassel.de
Cc: [[MAIL:n.cakir@fhf-kassel.example]]
Datum: 12.06.2025 16:05
Betreff: AW: Antrag Auskunftssperre § 51 BMG – Frau D. Ö. – EILT

Sehr geehrter Herr [[P:Freudenstein]],

danke für Ihre schnelle Antwort. Die gewünschten Angaben reichen wir hiermit nach. Die
Klientin ist einverstanden, dass wir für sie mit Ihnen kommunizieren.

  Name:            [[P:Derya Özkan]], geb. [[P:Başaran]]
  geb.:            [[DOB:08.01.1993]] in [[LOC:Kassel]]
  neue Anschrift:  Schutzwohnung, wird nur der Meldebehörde mitgeteilt (siehe Anlage, verschlossen)
  alte Anschrift:  [[STR:Dresdener Straße 31]], [[LOC:34125 Kassel]] ([[LOC:Fasanenhof]])
  Kinder:          [[P:Mert]] ([[DOB:2015]]) und [[P:Lara]] ([[DOB:2019]])

Die Gefährdung geht vom getrennt lebenden Ehemann, Herrn [[P:Serkan Özkan]], aus; eine
Gewaltschutzanordnung des AG Kassel liegt vor (Az. [[AZ:580 F 1027/25 EAGS]]). Er hat nach
unserer Kenntnis über seine Schwester [[P:Gönül Özkan]] ([[LOC:Vellmar]]) versucht, die neue
Adresse zu erfahren.

Bitte richten Sie die Auskunftssperre auch für die Kinder ein und informieren Sie die
Schule (Grundschule am Fasanenhof) nicht über den Umzug – das übernehmen wir.

Mit freundlichen Grüßen
[[P:Nilay Çakır]], Dipl.-Sozialpädagogin, Tel. [[TEL:0561 70 33 48-12]]

> Am 11.06.2025 schrieb [[P:Freudenstein, Markus]] (Stadt Kassel, Bürgerangelegenheiten):
> Sehr geehrte Frau [[P:Çakır]], für die Eintragung einer Auskunftssperre nach § 51 Abs. 1 BMG
> benötigen wir einen schriftlichen Antrag der betroffenen Person mit Nachweis der Gefährdung.
> Bitte nennen Sie auch Geburtsdatum und frühere Anschrift. Rückruf gern unter
> [[TEL:0561 787-3219]]. Vorgang: [[AZ:MB-KS-2025-5521]]
""",
    [
        "§ 51 Abs. 1 BMG",
        "meldebehoerde@kassel.de",
        "beratung@fhf-kassel.example",
        "Grundschule am Fasanenhof",
    ],
    allow=("Kassel", "Fasanenhof"),
)


# --- representative_letter -----------------------------------------------------------------

pii(
    "representative_letter",
    """
Kessler & Ambros Rechtsanwälte PartG mbB · Habsburgerstraße 104 · 79104 Freiburg

Stadt Freiburg im Breisgau
Amt für Migration und Integration
– Ausländerbehörde –
Berliner Allee 1
79114 Freiburg
                                                        per beA und Fax vorab
Unser Zeichen: [[AZ:117/25 KA06]]                      Freiburg, 20. Mai 2025
Ihr Zeichen: [[AZ:ABH-FR-ERI-2021-0642]]

Aufenthaltsrecht [[P:Merhawi Tekle Abraha]], geb. [[DOB:01.09.1998]]
hier: Antrag auf Erteilung einer Aufenthaltserlaubnis nach § 25 Abs. 2 AufenthG und
Familiennachzug der Ehefrau

Sehr geehrte Frau [[P:Ketterer]],

wir zeigen an, dass uns Herr [[P:Merhawi Tekle Abraha]], wohnhaft [[STR:Elsässer Straße 38b]],
[[LOC:79110 Freiburg]], mit der Wahrnehmung seiner Interessen beauftragt hat; Vollmacht anbei.

Das BAMF hat unserem Mandanten mit Bescheid vom 28.03.2025 (Gz. [[AZ:8812043-224]]) subsidiären
Schutz zuerkannt. Die Aufenthaltserlaubnis ist daher zu erteilen. Unser Mandant besitzt keinen
Nationalpass; die Passbeschaffung bei der eritreischen Botschaft ist unzumutbar (Reueerklärung,
BVerwG, Urteil vom 11.10.2022 – 1 C 9.21). Wir beantragen die Ausstellung eines Reiseausweises
für Ausländer.

Zugleich beantragen wir die Zustimmung zum Familiennachzug seiner Ehefrau
[[P:Saron Mebrahtu Ghebre]]. Die Ehe wurde am 14.02.2024 in [[LOC:Kampala]] (Uganda) kirchlich geschlossen,
wo Frau [[P:Mebrahtu]] seit 2019 lebt ([[STR:Kabalagala, Plot 41]], [[LOC:Kampala]]). Sie ist erreichbar über ihren
Bruder [[P:Filmon Mebrahtu]], [[TEL:+256 772 418 903]]. Die Ehefrau wurde in [[LOC:Mendefera]]
geboren ([[DOB:1999]]).

Wir bitten um Akteneinsicht (§ 29 VwVfG) und Zusendung der Ausländerakte an unsere Kanzlei.

Mit freundlichen Grüßen

Dr. [[P:Judith Ambros]]
Rechtsanwältin
Tel. [[TEL:0761 15 62 77-14]] · [[MAIL:ambros@kessler-ambros.de]]
""",
    [
        "Kessler & Ambros Rechtsanwälte PartG mbB",
        "§ 25 Abs. 2 AufenthG",
        "BVerwG, Urteil vom 11.10.2022 – 1 C 9.21",
        "Berliner Allee 1",
        "§ 29 VwVfG",
    ],
    allow=("Ambros",),
)

pii(
    "representative_letter",
    """
Rechtsanwalt [[P:Florian Geißendörfer]]
Fachanwalt für Verkehrsrecht
[[STR:Fürther Straße 2a]] · [[LOC:90429 Nürnberg]]
Tel. [[TEL:0911 26 44 310]] · Fax [[TEL:0911 26 44 319]] · [[MAIL:kanzlei@ra-geissendoerfer.de]]

Stadt Nürnberg
Ordnungsamt – Zentrale Bußgeldstelle
90317 Nürnberg

Nürnberg, 10.06.2025
Mein Zeichen: [[AZ:VR 0388/25]]

Bußgeldverfahren gegen Frau [[P:Carina Loos]], geb. [[DOB:23.10.1979]]
Ihr Aktenzeichen: [[AZ:702.41.936127.4]]
Bußgeldbescheid vom 02.06.2025, zugestellt am 05.06.2025

Sehr geehrte Damen und Herren,

unter Vorlage einer auf mich lautenden Vollmacht zeige ich die Verteidigung von Frau [[P:Loos]],
[[STR:Allersberger Straße 141]], [[LOC:90461 Nürnberg]], an und lege gegen den o. g.
Bußgeldbescheid

                                    E i n s p r u c h

ein. Eine Begründung erfolgt nach Akteneinsicht. Ich beantrage, mir die vollständige
Verfahrensakte einschließlich der Messreihe, der Rohmessdaten, des Eichscheins und der
Schulungsnachweise des Messbeamten (PoliScan FM1, Standort Frankenschnellweg) zu übersenden.

Vorsorglich weise ich darauf hin, dass das Fahrzeug [[KFZ:N-CL 1979]] auch vom Lebensgefährten
meiner Mandantin, Herrn [[P:Aleksandar Petrović]], und ihrer volljährigen Tochter [[P:Jana Loos]]
genutzt wird. Auf dem Frontfoto ist die Fahrerin nicht sicher zu erkennen; meine Mandantin
macht von ihrem Schweigerecht Gebrauch (§ 55 StPO i. V. m. § 46 Abs. 1 OWiG).

Bitte richten Sie Ihre Korrespondenz künftig ausschließlich an mich. Die Kosten der
Akteneinsicht (12,00 EUR, Nr. 9003 KV GKG) trage ich vorab.

Mit freundlichen Grüßen

[[P:Geißendörfer]]
Rechtsanwalt

Anlage: Vollmacht
""",
    ["§ 46 Abs. 1 OWiG", "90317 Nürnberg", "Nr. 9003 KV GKG", "PoliScan FM1"],
)

pii(
    "representative_letter",
    """
[[P:Renate Schießl]] · Rechtsanwältin · [[STR:Gesandtenstraße 6]] · [[LOC:93047 Regensburg]]

An die
Stadt Regensburg
Amt für Finanzen und Steuern – Hundesteuer
D.-Martin-Luther-Straße 1
93047 Regensburg
                                                                         13.05.2025
Widerspruch gegen den Hundesteuerbescheid vom 16.04.2025
Kassenzeichen [[AZ:60.1-HS-0217784]] – Steuerpflichtiger: Herr [[P:Kevin Lutzenberger]]
Ihr Zeichen: Stb/Kö – mein Zeichen: [[AZ:2025/0117 SCH]]

Sehr geehrte Damen und Herren,

namens und in Vollmacht meines Mandanten, Herrn [[P:Kevin Lutzenberger]],
[[STR:Prüfeninger Schloßstraße 48]], [[LOC:93051 Regensburg]], lege ich gegen den oben genannten
Bescheid Widerspruch ein.

Mit dem Bescheid wird für die Hündin „Luna“ (Marke Nr. [[AZ:R-5581]]) rückwirkend ab 01.01.2025
der erhöhte Steuersatz für Kampfhunde (800,00 EUR statt 96,00 EUR) festgesetzt. Die Hündin ist
jedoch kein American Staffordshire Terrier, sondern nach dem beiliegenden DNA-Gutachten ein
Boxer-Labrador-Mischling. Zudem hat sie den Wesenstest nach Art. 37 LStVG am 12.03.2025 beim
Tierarzt Dr. [[P:Wolfgang Reindl]] in [[LOC:Lappersdorf]] bestanden.

Die Einstufung beruht offenbar allein auf der Anzeige einer Nachbarin, Frau [[P:Hildegard Pösl]],
die im selben Haus wohnt und mit meinem Mandanten seit Längerem im Streit liegt. Die frühere
Halterin, Frau [[P:Melanie Auer]] aus [[LOC:Neutraubling]], bestätigt die Herkunft der Hündin
aus einem privaten Wurf; ihre Erklärung liegt bei.

Ich beantrage, den Bescheid aufzuheben und die Vollziehung bis zur Entscheidung auszusetzen
(§ 80 Abs. 4 VwGO). Mein Mandant ist unter [[TEL:0151 1247 8830]] erreichbar, bitte jedoch nur
über meine Kanzlei ([[TEL:0941 5 84 61 20]]).

Mit freundlichen Grüßen
[[P:Schießl]]
Rechtsanwältin
""",
    ["Art. 37 LStVG", "§ 80 Abs. 4 VwGO", "D.-Martin-Luther-Straße 1", "800,00 EUR"],
    allow=("93047 Regensburg",),
)

V["r4_iban"] = iban("DE", "130500000201447788")
pii(
    "representative_letter",
    """
Ambulanter Pflegedienst „Hand in Hand“ · Inh. [[P:Marlies Wendt]] e.K.
[[STR:Rigaer Straße 7]] · [[LOC:18107 Rostock]] · Tel. [[TEL:0381 7 69 12 40]] · [[MAIL:info@pflege-wendt.de]]
Amtsgericht Rostock [[HR:HRA 3318]] · Steuernr. [[TAX:079/241/08815]] · IK 461 309 872

Hansestadt Rostock
Amt für Soziales und Teilhabe – Hilfe zur Pflege
St.-Georg-Straße 109
18055 Rostock
                                                                        Rostock, 04.06.2025
Kostenübernahme Hilfe zur Pflege (§ 64b SGB XII) – Ihr Az. [[AZ:50.23-HzP-2025-0311]]
Pflegebedürftige: Frau [[P:Elfriede Quandt]], geb. [[DOB:26.12.1935]], Pflegegrad 3
[[STR:Ahornstraße 12, Whg. 41]], [[LOC:18109 Rostock]] ([[LOC:Lichtenhagen]])

Sehr geehrte Frau [[P:Schwarz]],

wie telefonisch besprochen übersenden wir den aktualisierten Kostenvoranschlag. Seit dem
Krankenhausaufenthalt im April reichen die Sachleistungen der Pflegekasse (1.497,00 EUR) nicht
mehr aus; ungedeckt bleiben monatlich voraussichtlich 612,40 EUR (Leistungskomplexe 1, 3, 15,
zweimal täglich).

Frau [[P:Quandt]] lebt allein. Ihr Sohn, Herr [[P:Dieter Quandt]], wohnt in [[LOC:Schwerin]] und
kommt alle zwei Wochen; die Nachbarin Frau [[P:Gisela Marquardt]] hat einen Schlüssel und
hilft beim Einkauf. Eine Betreuung besteht nicht, Frau [[P:Quandt]] hat ihrem Sohn eine
Vorsorgevollmacht erteilt ([[TEL:0385 5 71 38 02]]).

Rechnungen stellen wir ab Juni direkt an Sie. Unsere Bankverbindung: [[IBAN:«r4_iban»]]
(Kontoinhaberin [[P:Marlies Wendt]]). Für Rückfragen steht Ihnen unsere Pflegedienstleitung,
Herr [[P:Tobias Grünberg]], zur Verfügung ([[TEL:0381 7 69 12 42]]).

Mit freundlichen Grüßen
[[P:Marlies Wendt]], Inhaberin

Anlagen: Kostenvoranschlag, Pflegegutachten (MD), Vollmacht
""",
    ["St.-Georg-Straße 109", "§ 64b SGB XII", "1.497,00 EUR", "IK 461 309 872"],
)

V["r5_tax"] = steuer_id("3905812734", "blocks")
pii(
    "representative_letter",
    """
Betreuungsverein Ulm/Alb-Donau e.V. · Frauenstraße 33 · 89073 Ulm
Ehrenamtlicher rechtlicher Betreuer: [[P:Klaus-Peter Ehmann]]
Betreuerausweis AG Ulm, Az. [[AZ:3 XVII 0412/24]]

Stadt Ulm
Bürgerdienste – Meldewesen und Wohngeld
Olgastraße 66
89073 Ulm                                                              Ulm, 23.04.2025

Betreuter: Herr [[P:Siegfried Bühler]], geb. [[DOB:14.06.1947]]
1. Ummeldung  2. Wohngeld (Lastenzuschuss entfällt, jetzt Heim)

Sehr geehrte Damen und Herren,

ich bin seit Dezember 2024 rechtlicher Betreuer von Herrn [[P:Bühler]] mit den Aufgabenkreisen
Vermögenssorge, Behörden- und Wohnungsangelegenheiten (Kopie des Betreuerausweises anbei).

1. Herr [[P:Bühler]] ist am 01.04.2025 aus seiner Eigentumswohnung in [[LOC:Wiblingen]]
([[STR:Buchauer Straße 19]], [[LOC:89079 Ulm]]) in das Pflegeheim Haus Sankt Anna, Ulm-Söflingen,
umgezogen. Er kann nicht selbst vorsprechen. Ich bitte um Ummeldung per Post
(§ 17 Abs. 3 BMG i. V. m. der Vollmacht); der Meldeschein ist unterschrieben beigefügt.

2. Das bisher bezogene Wohngeld (Wohngeld-Nr. [[AZ:WG-UL-031977]]) bitte ich zum 31.03.2025
einzustellen. Steuer-ID des Betreuten für Ihre Unterlagen: [[TAX:«r5_tax»]].

Die Wohnung wird verkauft; Interessent ist sein Neffe [[P:Marco Bühler]] aus [[LOC:Blaustein]].
Seine Schwester, Frau [[P:Hannelore Steck]], lebt in [[LOC:Biberach an der Riß]] und ist über
alles informiert.

Post für Herrn [[P:Bühler]] bitte an mich: [[STR:Glöcklerstraße 9]], [[LOC:89073 Ulm]],
Tel. [[TEL:0731 6 02 58 47]], [[MAIL:kp.ehmann@gmx.de]].

Mit freundlichen Grüßen
[[P:Klaus-Peter Ehmann]]
""",
    ["Frauenstraße 33", "§ 17 Abs. 3 BMG", "Olgastraße 66", "Haus Sankt Anna"],
    allow=("89073 Ulm",),
)


# --- data_export ---------------------------------------------------------------------------

V["d1_eat"] = id_card("YC3M8X1NT", with_check=True)
pii(
    "data_export",
    """
{
  "export": {"system": "ADVIS-Web 5.3", "mandant": "Stadt Leipzig – Ausländerbehörde",
             "erstellt": "2025-05-21T07:45:12+02:00", "benutzer": "abh-batch"},
  "vorgang": {
    "aktenzeichen": "[[AZ:32.31-AFG-2023-04418]]",
    "status": "Antrag in Bearbeitung",
    "rechtsgrundlage": "§ 25 Abs. 2 Satz 1 Alt. 2 AufenthG",
    "person": {
      "familienname": "[[P:SAIDI]]",
      "vornamen": "[[P:Mohammad Nasim]]",
      "name_originalschrift": "[[P:محمد نسیم سعیدی]]",
      "aliasnamen": ["[[P:Saeedi, Mohammed Naseem]]", "[[P:Saidi, Nassim]]"],
      "geburtsdatum": "[[DOB:1995-01-01]]",
      "geburtsdatum_teilbekannt": "nur Jahr bekannt",
      "geburtsort": "[[LOC:Mazar-i-Sharif]]",
      "staatsangehoerigkeit": "AFG",
      "anschrift": {"strasse": "[[STR:Alte Salzstraße]]", "hausnummer": "[[STR:64]]",
                    "zusatz": "[[STR:Whg. 1201]]", "plz": "[[LOC:04209]]", "ort": "[[LOC:Leipzig]]",
                    "ortsteil": "[[LOC:Grünau-Mitte]]"},
      "kontakt": {"telefon": "[[TEL:+49 1590 4417823]]", "email": "[[MAIL:nasim.saidi95@gmail.com]]"},
      "dokumente": [
        {"art": "Tazkira (elektronisch)", "nummer": "[[PASS:1399-0401-22718]]"},
        {"art": "eAT", "nummer": "[[ID:«d1_eat»]]", "gueltig_bis": "2026-02-14"}
      ],
      "familie": [
        {"rolle": "Ehefrau", "name": "[[P:SAIDI, Fatima]]", "geburtsdatum": "[[DOB:1998-06-15]]",
         "aufenthaltsort": "[[LOC:Kabul]]"},
        {"rolle": "Bruder", "name": "[[P:SAIDI, Jawid]]", "wohnort": "[[LOC:Hamburg]]"}
      ]
    },
    "portal": {"eingang": "2025-05-19T22:41:03+02:00", "client_ip": "[[IP:88.152.14.201]]",
               "upload_server": "10.11.2.40", "dateien": 7},
    "bearbeitung": {"sachbearbeitung": "[[P:Pohl, Anett]]", "telefon": "[[TEL:0341 123-8840]]",
                    "postfach": "abh-humanitaer@leipzig.de", "wiedervorlage": "2025-06-02"},
    "gebuehr": {"betrag": 100.00, "rechtsgrundlage": "§ 45 AufenthV", "befreit": true}
  }
}
""",
    [
        "abh-humanitaer@leipzig.de",
        "10.11.2.40",
        "ADVIS-Web 5.3",
        "§ 25 Abs. 2 Satz 1 Alt. 2 AufenthG",
    ],
    allow=("Leipzig",),
)

V["d2_tax"] = steuer_id("5602917453")
pii(
    "data_export",
    """
<?xml version="1.0" encoding="UTF-8"?>
<!-- XPersonenstand: Mitteilung Geburt an die Meldebehörde (Testumgebung gespiegelt, echte Daten) -->
<xpsr:mitteilung.geburt xmlns:xpsr="urn:xoev-de:xpersonenstand:standard:1.7">
  <nachrichtenkopf>
    <erstellungszeitpunkt>2025-04-14T09:12:44</erstellungszeitpunkt>
    <absender kennung="STA-09663000">Standesamt Würzburg</absender>
    <empfaenger kennung="MB-09663000">Stadt Würzburg, Bürgerbüro</empfaenger>
  </nachrichtenkopf>
  <beurkundung>
    <registernummer>[[AZ:G 1047/2025]]</registernummer>
    <datum>2025-04-11</datum>
  </beurkundung>
  <kind>
    <familienname>[[P:Väth]]</familienname>
    <vornamen>[[P:Johanna Thảo]]</vornamen>
    <geschlecht>w</geschlecht>
    <geburtsdatum>[[DOB:2025-04-08]]</geburtsdatum>
    <geburtszeit>06:31</geburtszeit>
    <geburtsort><ort>[[LOC:Würzburg]]</ort><einrichtung>Universitätsklinikum</einrichtung></geburtsort>
  </kind>
  <mutter>
    <familienname>[[P:Väth]]</familienname>
    <geburtsname>[[P:Ngô]]</geburtsname>
    <vornamen>[[P:Thanh Huyền]]</vornamen>
    <geburtsdatum>[[DOB:1992-11-03]]</geburtsdatum>
    <geburtsort>[[LOC:Schweinfurt]]</geburtsort>
    <anschrift>
      <strasse>[[STR:Mergentheimer Straße]]</strasse><hausnummer>[[STR:120]]</hausnummer>
      <postleitzahl>[[LOC:97084]]</postleitzahl><wohnort>[[LOC:Würzburg]]</wohnort>
      <ortsteil>[[LOC:Heidingsfeld]]</ortsteil>
    </anschrift>
  </mutter>
  <vater>
    <familienname>[[P:Väth]]</familienname>
    <vornamen>[[P:Sebastian Alois]]</vornamen>
    <geburtsdatum>[[DOB:1990-02-17]]</geburtsdatum>
    <geburtsort>[[LOC:Kitzingen]]</geburtsort>
  </vater>
  <namensfuehrung><ehename>[[P:Väth]]</ehename><rechtsgrundlage>§ 1616 BGB</rechtsgrundlage></namensfuehrung>
  <sachbearbeitung><name>[[P:Eck, Monika]]</name><telefon>[[TEL:0931 37-2719]]</telefon></sachbearbeitung>
  <!-- Rückmeldung BZSt vom 2025-04-22, Verfahren § 139b AO -->
  <steuerIdentifikationsnummerKind>[[TAX:«d2_tax»]]</steuerIdentifikationsnummerKind>
</xpsr:mitteilung.geburt>
""",
    ["§ 139b AO", "STA-09663000", "§ 1616 BGB", "urn:xoev-de:xpersonenstand:standard:1.7"],
    allow=("Würzburg",),
)

V["d3_iban"] = iban("DE", "750500000026177040")
V["d3_city"] = iban("DE", "750500000000012345")
pii(
    "data_export",
    """
GET /owi/api/v1/verfahren/[[AZ:R-OWI-2025-0088731]]  →  200 OK (Auszug, formatiert)
{
  "aktenzeichen": "[[AZ:R-OWI-2025-0088731]]",
  "behoerde": {"name": "Stadt Regensburg, Amt für öffentliche Ordnung – Bußgeldstelle",
               "telefon": "0941 507-0", "gläubiger_iban": "«d3_city»"},
  "tat": {"zeit": "2025-03-07T16:22:00+01:00", "ort": "Regensburg, Nibelungenbrücke, FR Nord",
          "tbnr": "103736", "vorwurf": "Geschwindigkeitsüberschreitung innerorts 18 km/h",
          "regelsatz": 70.00},
  "fahrzeug": {"kennzeichen": "[[KFZ:R-ZM 4410]]", "marke": "Opel", "farbe": "weiß"},
  "halter": {"art": "natürliche Person", "name": "[[P:Zistler]]", "vorname": "[[P:Magdalena]]",
             "geburtsdatum": "[[DOB:1968-09-30]]", "strasse": "[[STR:Ziegetsdorfer Straße]]",
             "hausnummer": "[[STR:85]]", "plz": "[[LOC:93051]]", "ort": "[[LOC:Regensburg]]"},
  "betroffener": {"name": "[[P:Zistler]]", "vorname": "[[P:Maximilian]]",
                  "geburtsdatum": "[[DOB:2003-01-19]]", "geburtsort": "[[LOC:Regensburg]]",
                  "anschrift_abweichend": {"strasse": "[[STR:Am Singrün]]", "hausnummer": "[[STR:3a]]",
                                           "plz": "[[LOC:93105]]", "ort": "[[LOC:Tegernheim]]"},
                  "fahrerlaubnis_probezeit": true},
  "anhoerung": {"kanal": "online", "eingang": "2025-03-21T21:09:47+01:00",
                "client_ip": "[[IP:2003:c2:4f1e:8a00:9d3:51ff:fe2a:7c01]]",
                "aeusserung": "Ich war der Fahrer. Meine Mutter hat nichts damit zu tun.",
                "telefon": "[[TEL:0171 2387764]]", "email": "[[MAIL:max.zistler03@icloud.com]]"},
  "zahlung": {"soll": 98.50, "ist": 98.50, "eingang": "2025-04-02",
              "einzahler_iban": "[[IBAN:«d3_iban»]]", "einzahler": "[[P:Zistler, Magdalena]]"},
  "mitteilung_fahreignungsregister": {"punkte": 1, "hinweis": "Probezeit, Mitteilung an FE-Behörde Lkr. Regensburg"},
  "bearbeiter": {"kennung": "OA-BG-17", "name": "[[P:Dengler]]"}
}
""",
    ["0941 507-0", "«d3_city»", "OA-BG-17", "Nibelungenbrücke, FR Nord"],
    allow=("Regensburg",),
)

V["d4_t1"] = steuer_id("7148203945")
V["d4_t2"] = steuer_id("2087361985")
V["d4_t3"] = steuer_id("9531068423")
V["d4_t4"] = steuer_id("4815927346")
V["d4_i1"] = iban("DE", "160500003527113004")
V["d4_i2"] = iban("DE", "100900002289451007")
V["d4_i3"] = iban("PL", "10105000997603123456789123")
pii(
    "data_export",
    """
# Kita-Portal Potsdam – Export Elternbeitragsberechnung, Träger: Eigenbetrieb Kita (KiTa-Gutschein)
# Datei: beitrag_2025-06.csv | erzeugt 2025-06-02 05:30 | Satzung über die Elternbeiträge § 4 (Einkommensstufen)
# Trennzeichen Semikolon, Spalte steuer_id nur für Einkommensabgleich nach § 90 Abs. 3 SGB VIII
antrag;kind;geb;elternteil;steuer_id;strasse;plz;ort;einkommen_jahr;stufe;beitrag;iban
[[AZ:KG-25-01107]];[[P:Lindqvist, Ole]];[[DOB:2022-03-14]];[[P:Lindqvist, Hanna]];[[TAX:«d4_t1»]];[[STR:Karl-Marx-Straße 54]];[[LOC:14482]];[[LOC:Potsdam]];41200;5;142,00;[[IBAN:«d4_i1»]]
[[AZ:KG-25-01108]];[[P:Lindqvist, Frida]];[[DOB:2024-01-30]];[[P:Lindqvist, Hanna]];[[TAX:«d4_t1»]];[[STR:Karl-Marx-Straße 54]];[[LOC:14482]];[[LOC:Potsdam]];41200;5;71,00;[[IBAN:«d4_i1»]]
[[AZ:KG-25-01115]];[[P:Abdi, Hodan]];[[DOB:2021-11-02]];[[P:Abdi, Farhiya]];[[TAX:«d4_t2»]];[[STR:Am Stern 19]];[[LOC:14480]];[[LOC:Potsdam]];0;0;0,00;
[[AZ:KG-25-01121]];[[P:Kaczmarek, Zofia]];[[DOB:2022-08-09]];[[P:Kaczmarek, Tomasz]];[[TAX:«d4_t3»]];[[STR:Potsdamer Straße 12]];[[LOC:14476]];[[LOC:Potsdam OT Golm]];58900;7;198,00;[[IBAN:«d4_i3»]]
[[AZ:KG-25-01130]];[[P:Richter, Paul-Anton]];[[DOB:2020-05-27]];[[P:Richter, Stefanie]];[[TAX:«d4_t4»]];[[STR:Ribbeckstraße 3]];[[LOC:14469]];[[LOC:Potsdam]];73400;9;261,00;[[IBAN:«d4_i2»]]

# Prüfhinweise (automatisch):
# Zeile 2: Geschwisterermäßigung 50 % (§ 6 der Satzung) angewendet, Elternteil identisch mit Zeile 1
# Zeile 3: Beitragsbefreiung wegen Bürgergeld-Bezug (Bescheid Jobcenter liegt vor), kein Mandat
# Zeile 4: Lastschrift auf polnisches Konto (SEPA) – Mandat von [[P:Tomasz Kaczmarek]] unterschrieben
# Zeile 5: Einkommen 2023 lt. Steuerbescheid; Wechsel Kita „Sternschnuppe“ → „Waldstadt-Kobolde“ zum 01.08.
# Rückfragen: Elternbeitragsstelle, Tel. 0331 289-1960, elternbeitraege@rathaus.potsdam.de
""",
    [
        "elternbeitraege@rathaus.potsdam.de",
        "§ 90 Abs. 3 SGB VIII",
        "0331 289-1960",
        "Eigenbetrieb Kita",
    ],
    allow=("Potsdam",),
)

pii(
    "data_export",
    """
# ummeldung-svc (Bürgerportal Osnabrück) – Auszug aus /var/log/buergerportal/app.log, angefordert
# vom Datenschutz wegen Beschwerde [[AZ:DS-2025-0093]]; Loglevel DEBUG war vom 12.05. bis 14.05. aktiv
2025-05-12T08:14:22.118Z INFO  [req=9c1e] POST /api/v2/ummeldung src=[[IP:84.59.201.14]] via lb-int 172.16.8.4 bundid=ok
2025-05-12T08:14:22.301Z DEBUG [req=9c1e] payload person={nachname:"[[P:Terbrack]]", vorname:"[[P:Hendrik]]", geb:"[[DOB:1986-07-3]]"} (Datum unvollständig)
2025-05-12T08:14:22.302Z DEBUG [req=9c1e] payload alt={str:"[[STR:Rheiner Landstraße 102]]", plz:"[[LOC:49078]]", ort:"[[LOC:Osnabrück]]"} neu={str:"[[STR:Am Pappelgraben 7]]", plz:"[[LOC:49080]]", ort:"[[LOC:Osnabrück]]", ortsteil:"[[LOC:Kalkhügel]]"}
2025-05-12T08:14:22.560Z WARN  [req=9c1e] validation geb: expected YYYY-MM-DD, got "[[DOB:1986-07-3]]" – retry with user input "[[DOB:03.07.1986]]"
2025-05-12T08:14:23.004Z INFO  [req=9c1e] wohnungsgeber="[[P:Gerdes, Hermann]]" bestaetigung=WGB-upload.pdf (212 KB)
2025-05-12T08:14:23.010Z DEBUG [req=9c1e] mitziehende=[{"[[P:Terbrack, Svenja]]","[[DOB:1988-12-21]]"},{"[[P:Terbrack, Mats]]","[[DOB:2018-04-02]]"}]
2025-05-12T08:14:23.412Z INFO  [req=9c1e] vorgang=[[AZ:UM-OS-2025-118224]] status=EINGEREICHT mail=[[MAIL:h.terbrack@osnanet.de]]
2025-05-12T09:02:51.777Z INFO  [req=a07b] POST /api/v2/ummeldung src=10.40.1.99 (Lasttest, intern) status=ABGEBROCHEN
2025-05-12T10:45:09.006Z INFO  [req=b3f2] POST /api/v2/ummeldung src=[[IP:2a01:c22:8c1d:3300::1b]] bundid=ok
2025-05-12T10:45:09.190Z DEBUG [req=b3f2] payload person={nachname:"[[P:Nwosu]]", vorname:"[[P:Chiamaka Blessing]]", geb:"[[DOB:1994-02-28]]", geburtsort:"[[LOC:Enugu]]"}
2025-05-12T10:45:09.191Z DEBUG [req=b3f2] payload alt={ort:"[[LOC:Lagos]]", land:"NGA"} neu={str:"[[STR:Sedanstraße 55]]", plz:"[[LOC:49076]]", ort:"[[LOC:Osnabrück]]"} tel="[[TEL:+49 1525 6620913]]"
2025-05-12T10:45:09.550Z ERROR [req=b3f2] Zuzug aus dem Ausland nicht online möglich → Weiterleitung Bürgeramt, Natruper-Tor-Wall 5
# Bewertung IT-Sicherheit ([[P:Wehrmann]], [[TEL:0541 323-1177]]): DEBUG in Produktion deaktiviert am 14.05., Logs vor 12.05. nicht betroffen
""",
    ["lb-int 172.16.8.4", "10.40.1.99", "Natruper-Tor-Wall 5", "/var/log/buergerportal/app.log"],
    allow=("Osnabrück",),
)


# --- civil_status_record -------------------------------------------------------------------

V["s1_rv"] = rv_number("54", "110342", "T", "53")
V["s1_id"] = id_card("LF4NZ08R3", with_check=True)
pii(
    "civil_status_record",
    """
HANSESTADT ROSTOCK – STANDESAMT – Sterbefälle                     Eingang: 16.05.2025
Anzeige eines Sterbefalls (§ 28 ff. PStG) – Beurkundungsunterlage, Reg.-Nr. [[AZ:S 0962/2025]]

Verstorbene Person
  Familienname:            [[P:Behrendt]]
  Geburtsname:             [[P:Timm]]
  Vornamen:                [[P:Ingeborg Else]]
  Geburtsdatum / -ort:     [[DOB:11.03.1942]] in [[LOC:Stralsund]]
  Geburtenregister:        Standesamt Stralsund Nr. [[AZ:G 388/1942]]
  Sterbedatum / -ort:      14.05.2025, 23:10 Uhr, Rostock, Klinikum Südstadt
  letzter Wohnsitz:        [[STR:Kopenhagener Straße 6, Whg. 23]], [[LOC:18107 Rostock]] ([[LOC:Lütten Klein]])
  Familienstand:           verwitwet seit 2016
  Ehegatte (verst.):       [[P:Walter Behrendt]], geb. [[DOB:02.08.1939]]
  Religion:                ohne Angabe
  Rentenvers.-Nr.:         [[RV:«s1_rv»]] (Mitteilung an Renten Service)

Anzeigende Person
  Name:                    [[P:Thomas Behrendt]] (Sohn)
  Anschrift:               [[STR:Am Strom 91]], [[LOC:18119 Rostock]] ([[LOC:Warnemünde]])
  Ausweis:                 Personalausweis Nr. [[ID:«s1_id»]]
  Telefon:                 [[TEL:0381 5 48 27 16]]

Weitere Kinder (für Urkundenversand)
  [[P:Martina Ohlsen]], geb. [[P:Behrendt]], [[LOC:Flensburg]]
  [[P:Jörg Behrendt]], [[LOC:Güstrow]]

Vorgelegte Urkunden: Todesbescheinigung (nichtvertraulicher Teil), Eheurkunde, Sterbeurkunde des
Ehemannes (Standesamt Rostock, Reg.-Nr. [[AZ:S 1417/2016]]), Personalausweis der Verstorbenen.
Bestatter: Rostocker Bestattungshaus Reese GmbH, Lange Straße 30, Auftrag über den Sohn.

Ausgestellt: 3 Sterbeurkunden (je 12,00 EUR) + 1 gebührenfrei für Rentenzwecke.
Beurkundet durch Standesbeamtin [[P:Ulrike Stahnke]], Durchwahl [[TEL:0381 381-2214]].
""",
    [
        "§ 28 ff. PStG",
        "Klinikum Südstadt",
        "Rostocker Bestattungshaus Reese GmbH",
        "Lange Straße 30",
        "12,00 EUR",
    ],
    allow=("Stralsund",),
)

V["s2_id"] = id_card("T7N1H0CMV")
pii(
    "civil_status_record",
    """
Stadt Nürnberg – Standesamt, Hauptmarkt 18
NIEDERSCHRIFT über die Anerkennung der Vaterschaft und gemeinsame Sorgeerklärung
UR-Nr. [[AZ:VA 311/2025]]                                             Nürnberg, den 28.04.2025

Vor der unterzeichnenden Urkundsperson erschienen, ausgewiesen durch Vorlage ihrer Dokumente:

1. Herr [[P:Emre Karataş]], geb. am [[DOB:15.01.1994]] in [[LOC:Nürnberg]], türkischer und deutscher
   Staatsangehöriger, wohnhaft [[STR:Wodanstraße 40]], [[LOC:90461 Nürnberg]] ([[LOC:Südstadt]]),
   ausgewiesen durch Reisepass Nr. [[PASS:C7YK02N41]] (Bundesrepublik Deutschland)
2. Frau [[P:Larissa Hümmer]], geb. am [[DOB:09.09.1997]] in [[LOC:Lauf an der Pegnitz]], deutsche
   Staatsangehörige, wohnhaft ebenda, ausgewiesen durch Personalausweis Nr. [[ID:«s2_id»]]

Herr [[P:Karataş]] erklärte: Ich erkenne die Vaterschaft für das von Frau [[P:Hümmer]] am
[[DOB:21.04.2025]] im Klinikum Nürnberg Süd geborene Kind [[P:Aras Hümmer]] an.
Frau [[P:Hümmer]] erklärte: Ich stimme der Anerkennung zu (§ 1595 Abs. 1 BGB).

Beide erklärten: Wir wollen die elterliche Sorge für das Kind gemeinsam übernehmen
(§ 1626a Abs. 1 Nr. 1 BGB). Das Kind soll den Familiennamen „[[P:Karataş]]“ erhalten
(§ 1617a Abs. 2 BGB); die Erklärung wird mit Zugang beim Standesamt wirksam.

Die Erschienenen wurden darauf hingewiesen, dass die Urkunde dem Standesamt, in dessen
Geburtenregister die Geburt beurkundet ist (Reg.-Nr. [[AZ:G 2291/2025]]), übersandt wird. Der
Großvater des Kindes, Herr [[P:Yusuf Karataş]] aus [[LOC:Fürth]], war als Dolmetscher nicht erforderlich.

Vorgelesen, genehmigt und eigenhändig unterschrieben:
[[P:Emre Karataş]]                          [[P:Larissa Hümmer]]
[[P:Kohlmann]], Standesbeamtin (Urkundsperson)

Gebühren: gebührenfrei (§ 1 Abs. 2 Nr. 3 der Gebührensatzung)
Zustellung an: Eltern, Jugendamt Nürnberg – Beistandschaften, Dietzstraße 4
""",
    ["Hauptmarkt 18", "§ 1626a Abs. 1 Nr. 1 BGB", "§ 1617a Abs. 2 BGB", "Dietzstraße 4"],
    allow=("Nürnberg",),
)

pii(
    "civil_status_record",
    """
Landeshauptstadt Mainz · Standesamt · Rathaus, Jockel-Fuchs-Platz 1 · 55116 Mainz
Niederschrift über eine Erklärung zur Namensangleichung (Art. 47 EGBGB, § 43 PStG)
Vorgang [[AZ:NE-2025-0061]]                                                         06.06.2025

Es erschien, ausgewiesen durch Einbürgerungsurkunde vom 20.05.2025 (Stadt Mainz,
Nr. [[AZ:EB-MZ-2025-00418]]) und ukrainischen Reisepass Nr. [[PASS:FX 620417]]:

  [[P:Kovalchuk Oksana Petrivna]] ([[P:Ковальчук Оксана Петрівна]]),
  geb. [[DOB:12.05.1985]] in [[LOC:Winnyzja]] (Ukraine), wohnhaft [[STR:Gonsenheimer Spieß 8]],
  [[LOC:55122 Mainz]]

Die Erschienene erklärte:

1. Ich lege den Vatersnamen „[[P:Petrivna]]“ ab (Art. 47 Abs. 1 Satz 1 Nr. 3 EGBGB).
2. Ich nehme statt „[[P:Kovalchuk]]“ die deutschsprachige Form meines Familiennamens an:
   „[[P:Kowaltschuk]]“ (Art. 47 Abs. 1 Satz 1 Nr. 5 EGBGB).
3. Mein Vorname soll in der Form „[[P:Oxana]]“ geführt werden.

Künftige Namensführung: [[P:Oxana Kowaltschuk]].

Die Erklärung erstreckt sich auf meinen minderjährigen Sohn [[P:Danylo Kovalchuk]], geb.
[[DOB:03.03.2012]] in [[LOC:Winnyzja]], künftig [[P:Danylo Kowaltschuk]] (§ 1617c BGB entsprechend).
Der Vater des Kindes, [[P:Andrii Kovalchuk]], lebt in [[LOC:Lwiw]]; seine Zustimmung ist nach
ukrainischem Recht nicht erforderlich, Stellungnahme liegt bei.

Die Erschienene wurde belehrt, dass die Erklärung unwiderruflich ist und Folgebeurkundungen
im Geburtenregister (Nachbeurkundung, Reg.-Nr. [[AZ:G 1904/2024]]) und im Melderegister nach sich zieht.

Vorgelesen, genehmigt, unterschrieben:
[[P:Oksana Kovalchuk]]                [[P:Jäckel]], Standesbeamter, [[TEL:06131 12-4471]]

Gebühr: 70,00 EUR (Beglaubigung/Beurkundung Namenserklärung), Nachbeurkundung 60,00 EUR.
Hinweis: Neuer Personalausweis zum Namen [[P:Kowaltschuk]] bitte im Bürgeramt Stadthaus,
Kaiserstraße 3–5, beantragen.
""",
    [
        "Jockel-Fuchs-Platz 1",
        "Art. 47 Abs. 1 Satz 1 Nr. 5 EGBGB",
        "Kaiserstraße 3–5",
        "70,00 EUR",
        "§ 1617c BGB",
    ],
)


# --- official_notice -----------------------------------------------------------------------

V["kassel_city_iban"] = iban("DE", "520503530000001010")
pii(
    "official_notice",
    """
Stadt Kassel · Ordnungsamt · Verkehrsüberwachung · Kurt-Schumacher-Straße 29 · 34117 Kassel

Herrn
[[P:Arne Schönewolf]]
[[STR:Kirchweg 71]]
[[LOC:34119 Kassel]]
                                                     Ihr Ansprechpartner: Herr [[P:Dittmar]]
                                                     Telefon: [[TEL:0561 787-4133]]
                                                     E-Mail: [[MAIL:jens.dittmar@kassel.de]]
                                                     Datum: 26.05.2025

Anhörung im Verwarnungsgeld- und Kostenverfahren – Aktenzeichen [[AZ:731.4-2025-061188]]
Abschleppmaßnahme vom 19.05.2025

Sehr geehrter Herr [[P:Schönewolf]],

das auf Sie zugelassene Fahrzeug [[KFZ:KS-AS 1304]] (Pkw, VW Golf, schwarz) stand am 19.05.2025
von 10:05 bis 11:40 Uhr in Kassel, Friedrich-Ebert-Straße 94, auf einem durch Zeichen 314 mit
Zusatzzeichen 1044-10 ausgewiesenen Schwerbehindertenparkplatz ohne Parkausweis. Da der
Berechtigte, Herr [[P:Gerd Hallenberger]] ([[STR:Friedrich-Ebert-Straße 96]]), den Platz benötigte,
wurde das Fahrzeug durch die Firma Abschleppdienst Nordhessen GmbH umgesetzt.

Nach der Zeugenaussage von Frau [[P:Yvonne Sauer]] wurde das Fahrzeug von einer Frau mit Kind
abgestellt. Sofern Sie das Fahrzeug nicht selbst geführt haben, bitten wir um Angabe der
Personalien der Fahrerin. Als Halter tragen Sie in jedem Fall die Kosten der Umsetzung
(Kostenbescheid folgt).

Vorwurf: § 12 Abs. 4, § 49 StVO, § 24 StVG; Verwarnungsgeld 55,00 EUR (BKat Nr. 63.3).
Umsetzungskosten: 189,00 EUR zzgl. Verwaltungsgebühr 52,00 EUR.

Sie können sich bis zum 10.06.2025 äußern. Überweisungen bitte auf das Konto der Stadtkasse
Kassel, «kassel_city_iban», Verwendungszweck [[AZ:731.4-2025-061188]].

Nachtrag nach Rückruf ([[TEL:0160 4 47 83 21]]) am 28.05.: Fahrerin war die Lebensgefährtin,
Frau [[P:Katharina Vey]], geb. [[DOB:12.11.1991]], wohnhaft [[STR:Kirchweg 71]] in [[LOC:Vorderer Westen]].
Verfahren gegen Halter eingestellt, neues Az. für Fr. [[P:Vey]]: [[AZ:731.4-2025-061188-F]].

Mit freundlichen Grüßen
Im Auftrag
[[P:Dittmar]]
""",
    [
        "Kurt-Schumacher-Straße 29",
        "«kassel_city_iban»",
        "Abschleppdienst Nordhessen GmbH",
        "189,00 EUR",
        "BKat Nr. 63.3",
    ],
)

V["n2_iban"] = iban("DE", "680501010012736044")
V["n2_tax"] = steuer_id("8204716925", "blocks")
pii(
    "official_notice",
    """
STADT FREIBURG IM BREISGAU · Amt für Soziales · Wohngeldstelle · Fehrenbachallee 12 · 79106 Freiburg

Frau
[[P:Olga Dreher-Pavlenko]]
[[STR:Fritz-Geiges-Straße 9, App. 3.12]]
[[LOC:79117 Freiburg]]
                                                  Wohngeldnummer: [[AZ:WG 50.3-2025-07741]]
                                                  Bearbeitung: Frau [[P:Kienzler]]
                                                  Telefon: [[TEL:0761 201-5532]]
                                                  Freiburg, 19.05.2025

Bescheid über Wohngeld (Mietzuschuss)

Sehr geehrte Frau [[P:Dreher-Pavlenko]],

auf Ihren Antrag vom 03.03.2025 bewilligen wir Ihnen Wohngeld für die Zeit vom 01.03.2025
bis 28.02.2026 in Höhe von monatlich 327,00 EUR.

Berücksichtigte Haushaltsmitglieder (§ 5 WoGG):
  1. [[P:Olga Dreher-Pavlenko]], geb. [[DOB:28.07.1974]] – Antragstellerin, Steuer-ID [[TAX:«n2_tax»]]
  2. [[P:Nikita Pavlenko]], geb. [[DOB:16.02.2007]] – Sohn, Schüler
  3. [[P:Valentina Pavlenko]], geb. [[DOB:05.05.1948]] – Mutter, seit 01.01.2025 im Haushalt

Nicht berücksichtigt: Herr [[P:Jürgen Dreher]] (getrennt lebend, wohnhaft in [[LOC:Emmendingen]]).

Berechnungsgrundlagen: Gesamteinkommen 1.486,00 EUR, Miete (Höchstbetrag Mietstufe 6 für
3 Personen) 1.004,00 EUR. Die Heizkostenkomponente und die Klimakomponente sind enthalten.

Das Wohngeld wird monatlich im Voraus auf das Konto [[IBAN:«n2_iban»]] überwiesen. Die
Nachzahlung für März bis Mai 2025 (981,00 EUR) erhalten Sie mit der nächsten Zahlung.

Bitte teilen Sie uns unverzüglich mit, wenn sich das Einkommen um mehr als 15 % erhöht oder
Ihre Mutter aus dem Haushalt in [[LOC:Littenweiler]] auszieht (§ 27 WoGG).

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe
Widerspruch erhoben werden, schriftlich oder zur Niederschrift bei der Stadt Freiburg im
Breisgau, Amt für Soziales, Fehrenbachallee 12, 79106 Freiburg.

Mit freundlichen Grüßen
[[P:Kienzler]]
""",
    ["Fehrenbachallee 12, 79106 Freiburg", "327,00 EUR", "§ 27 WoGG", "Mietstufe 6"],
)

V["erfurt_city_iban"] = iban("DE", "820510000130000212")
V["n3_iban"] = iban("DE", "820510000163390771")
pii(
    "official_notice",
    """
Landeshauptstadt Erfurt · Stadtkämmerei · Steuern und Abgaben · Fischmarkt 1 · 99084 Erfurt

Herrn und Frau
[[P:Marcel]] und [[P:Nadine Sommerfeld]]
[[STR:Schwerborner Straße 28 a]]
[[LOC:99086 Erfurt]]
                                                          Kassenzeichen: [[AZ:3.0814.229341]]
                                                          Steuermarke(n): [[AZ:E-4471]], [[AZ:E-4472]]
                                                          Sachbearbeitung: Frau [[P:Ludwig]]
                                                          Telefon: [[TEL:0361 655-2287]]
                                                          Datum: 07.02.2025

Hundesteuerbescheid für das Jahr 2025 (Änderungsbescheid)

Sehr geehrte Eheleute [[P:Sommerfeld]],

aufgrund Ihrer Anmeldung vom 20.01.2025 wird die Hundesteuer nach der Hundesteuersatzung der
Landeshauptstadt Erfurt ab 01.01.2025 wie folgt neu festgesetzt:

  Hund 1 „Rocky“, Boxer, Halter: [[P:Marcel Sommerfeld]]            Ersthund     108,00 EUR
  Hund 2 „Luna“, Mischling, Halterin: [[P:Nadine Sommerfeld]]       Zweithund    156,00 EUR
  Summe 2025                                                                  264,00 EUR

Hinweis: Die Hündin „Luna“ wurde aus dem Tierheim Erfurt übernommen. Für Hunde aus dem Tierheim
wird auf Antrag für zwölf Monate keine Steuer erhoben (§ 6 Abs. 3 der Satzung). Der
Antrag liegt uns bisher nicht vor.

Die bisherige Halterin von „Luna“, Frau [[P:Sieglinde Pabst]] ([[LOC:Erfurt-Gispersleben]]), ist
zum 31.12.2024 abgemeldet. Ihre Tochter [[P:Lea Sommerfeld]] (geb. [[DOB:2008]]) ist als
Ausführende eingetragen.

Fälligkeit: je ein Viertel am 15.02., 15.05., 15.08. und 15.11.2025. Der Betrag wird vom Konto
[[IBAN:«n3_iban»]] abgebucht (Mandatsreferenz [[AZ:HST-3.0814.229341]]).

Überweisungen ohne Mandat: Stadtkasse Erfurt, «erfurt_city_iban».

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe
Widerspruch bei der Landeshauptstadt Erfurt, Fischmarkt 1, 99084 Erfurt, erhoben werden.

Im Auftrag
[[P:Ludwig]]
""",
    ["«erfurt_city_iban»", "§ 6 Abs. 3 der Satzung", "264,00 EUR", "Tierheim Erfurt"],
)


# =============================================================================================
# PII-free documents
# =============================================================================================

clean(
    "clean_council_paper",
    """
Stadt Leipzig – Ratsversammlung
Vorlage VIII-DS-03318 – Beschlussvorschlag des Oberbürgermeisters
Einreicher: Dezernat Stadtentwicklung und Bau
Beratungsfolge: Fachausschuss Stadtentwicklung und Bau 17.06.2025 – Stadtbezirksbeirat Süd
24.06.2025 – Ratsversammlung 09.07.2025

Betreff: Erweiterung des Bewohnerparkens in Connewitz und der Südvorstadt (Zonen S4 und S5)

Beschlussvorschlag:
1. Die Ratsversammlung beschließt die Einrichtung der Bewohnerparkzonen S4 (Connewitz,
   zwischen Bornaischer Straße, Wolfgang-Heinze-Straße und Kochstraße, Anlage 1) und S5
   (Südvorstadt-Ost) zum 01.01.2026.
2. Die Gebühr für einen Bewohnerparkausweis beträgt 120,00 EUR je Jahr; für Inhaber des
   Leipzig-Passes ermäßigt sie sich auf 30,00 EUR.
3. Die Verwaltung wird beauftragt, nach zwölf Monaten über die Auslastung zu berichten.

Begründung:
Die Parkraumerhebung vom Oktober 2024 ergab in beiden Gebieten eine Auslastung von 104 bzw.
98 Prozent in den Nachtstunden; der Anteil gebietsfremder Fahrzeuge lag tagsüber bei 41 Prozent.
Rechtsgrundlage ist § 45 Abs. 1b Satz 1 Nr. 2a StVO in Verbindung mit der Verordnung des
Freistaates Sachsen über Gebühren für das Bewohnerparken.

Finanzielle Auswirkungen: Erträge rd. 410.000 EUR jährlich (Produktsachkonto 1.100.12.2.0.01),
Einmalkosten Beschilderung 86.500 EUR, zwei zusätzliche Stellen im Verkehrsüberwachungsdienst.

Anlagen: 1 Lageplan Zonen S4/S5, 2 Ergebnisbericht Parkraumerhebung, 3 Stellungnahme des
Stadtbezirksbeirats Süd
""",
    [
        "VIII-DS-03318",
        "§ 45 Abs. 1b Satz 1 Nr. 2a StVO",
        "120,00 EUR",
        "1.100.12.2.0.01",
        "Stadtbezirksbeirat Süd",
    ],
)

clean(
    "clean_council_paper",
    """
Stadt Osnabrück – Beschlussvorlage VO/2025/4471 (öffentlich)
Federführung: Fachbereich Umwelt und Klimaschutz, Friedhöfe
Gremium: Ausschuss für Stadtentwicklung und Umwelt, Sitzung am 05.06.2025, TOP 7

Friedhofsentwicklungskonzept 2025–2035

Sachverhalt
Die Stadt Osnabrück unterhält neun Friedhöfe mit zusammen 68 Hektar, darunter den Heger
Friedhof, den Hasefriedhof (seit 1874 für Bestattungen geschlossen, heute Kulturdenkmal) und
den Johannisfriedhof. Der Anteil der Urnenbestattungen stieg von 61 Prozent (2014) auf
84 Prozent (2024). Auf dem Heger Friedhof und dem Friedhof Eversburg sind dadurch rund 40 Prozent
der Flächen für Sargwahlgräber dauerhaft ungenutzt.

Vorschläge der Verwaltung
1. Schrittweise Umwandlung von Reserveflächen in Baumgrabfelder und Gemeinschaftsanlagen
   (Heger Friedhof Abteilungen 14–18, Friedhof Schinkel Nordteil).
2. Einrichtung eines muslimischen Grabfeldes mit Ausrichtung nach Mekka auf dem Friedhof
   Eversburg (ca. 320 Grabstellen), abgestimmt mit dem Runden Tisch der Religionen.
3. Anpassung der Friedhofsgebührensatzung zum 01.01.2026 (Kostendeckungsgrad 2024: 71 Prozent).
4. Erhalt des Hasefriedhofs als Park; Gräber bekannter Persönlichkeiten wie des Malers
   Felix Nussbaum (1904–1944) sind dort durch Gedenktafeln erschlossen.

Finanzielle Auswirkungen
Investitionen 2026–2030: 1,9 Mio. EUR (Haushaltsstelle 553001.0960), Folgekosten der Pflege
sinken um rd. 85.000 EUR jährlich.

Beschlussvorschlag: Der Ausschuss empfiehlt dem Rat, das Friedhofsentwicklungskonzept
2025–2035 zu beschließen.
""",
    [
        "VO/2025/4471",
        "Felix Nussbaum (1904–1944)",
        "553001.0960",
        "Friedhofsentwicklungskonzept 2025–2035",
    ],
)

clean(
    "clean_statute",
    """
Satzung über die Erhebung einer Hundesteuer in der Stadt Kassel (Hundesteuersatzung)
vom 12. Dezember 2011 in der Fassung der 4. Änderungssatzung vom 9. Dezember 2024

Aufgrund der §§ 5, 51 und 93 der Hessischen Gemeindeordnung (HGO) und der §§ 1, 2, 3 und 7
des Gesetzes über kommunale Abgaben (KAG) hat die Stadtverordnetenversammlung der Stadt Kassel
folgende Satzung beschlossen:

§ 1 Steuergegenstand
Gegenstand der Steuer ist das Halten von Hunden im Stadtgebiet.

§ 2 Steuerpflichtiger
(1) Steuerpflichtig ist der Halter eines Hundes. Halter ist, wer einen Hund in seinem Haushalt
aufgenommen hat. (2) Alle in einem Haushalt gehaltenen Hunde gelten als von den Haltern
gemeinsam gehalten.

§ 5 Steuersatz
(1) Die Steuer beträgt jährlich
    für den ersten Hund                      108,00 EUR
    für den zweiten Hund                     150,00 EUR
    für jeden weiteren Hund                  180,00 EUR
    für einen gefährlichen Hund              900,00 EUR

§ 6 Steuerbefreiungen
Steuerbefreiung wird auf Antrag gewährt für Hunde, die ausschließlich dem Schutz und der Hilfe
blinder, tauber oder sonst hilfloser Personen dienen, sowie für zwölf Monate für Hunde, die aus
einem Tierheim in Hessen übernommen werden.

§ 9 Meldepflichten, Steuermarken
(1) Wer einen Hund anschafft oder mit einem Hund zuzieht, hat ihn binnen zwei Wochen bei der
Stadt Kassel, Kassen- und Steueramt, Obere Königsstraße 8, 34117 Kassel, anzumelden.
(2) Für jeden angemeldeten Hund wird eine Steuermarke ausgegeben, die der Hund außerhalb der
Wohnung sichtbar zu tragen hat.

§ 12 Inkrafttreten
Diese Änderungssatzung tritt am 1. Januar 2025 in Kraft.
""",
    [
        "§§ 5, 51 und 93 der Hessischen Gemeindeordnung (HGO)",
        "900,00 EUR",
        "Obere Königsstraße 8, 34117 Kassel",
        "4. Änderungssatzung",
    ],
)

clean(
    "clean_statute",
    """
Satzung über das Friedhofs- und Bestattungswesen der Stadt Würzburg (Friedhofssatzung)
– Auszug, nichtamtliche Lesefassung, Stand 1. März 2025 –

§ 1 Geltungsbereich
Diese Satzung gilt für die städtischen Friedhöfe: Hauptfriedhof (Martin-Luther-Straße 20),
Waldfriedhof (Mergentheimer Straße), Friedhof Heidingsfeld, Friedhof Lengfeld, Friedhof
Versbach und Friedhof Heuchelhof (Ehehaltenweg).

§ 12 Grabarten
(1) Es werden folgende Grabstätten vergeben: a) Reihengräber, b) Wahlgräber (Einzel- und
Familiengräber), c) Urnenreihen- und Urnenwahlgräber, d) Gemeinschaftsgrabanlagen mit und ohne
Namensnennung, e) Baumgräber im Waldfriedhof, f) Grabstätten für Fehl- und Totgeburten.
(2) Ein Anspruch auf Vergabe einer bestimmten Grabstätte oder auf Unveränderlichkeit der
Umgebung besteht nicht.

§ 15 Ruhezeiten
Die Ruhezeit beträgt für Leichen 15 Jahre, für Kinder bis zum vollendeten 5. Lebensjahr und
für Aschen 10 Jahre. Im Friedhof Heidingsfeld (Lehmboden) beträgt die Ruhezeit für Leichen
20 Jahre.

§ 18 Nutzungsrecht an Wahlgräbern
(1) Das Nutzungsrecht wird auf 20 Jahre verliehen und kann auf Antrag um jeweils 5 bis 20 Jahre
verlängert werden. Über die Verleihung wird eine Graburkunde ausgestellt.
(2) Nach Ablauf des Nutzungsrechts fällt die Grabstätte an die Stadt zurück.

§ 27 Ehrengräber und Denkmalschutz
(1) Grabmale von künstlerischer oder geschichtlicher Bedeutung werden in einem Verzeichnis
geführt; sie dürfen nur mit Zustimmung der Friedhofsverwaltung verändert oder entfernt werden.
(2) Ehrengräber werden von der Stadt auf Dauer gepflegt; die Entscheidung trifft der Stadtrat.

Auskunft: Friedhofsverwaltung, Martin-Luther-Straße 20, 97072 Würzburg, Tel. 0931 37-2540,
friedhofsverwaltung@stadt.wuerzburg.de
""",
    [
        "Martin-Luther-Straße 20, 97072 Würzburg",
        "0931 37-2540",
        "friedhofsverwaltung@stadt.wuerzburg.de",
        "§ 15 Ruhezeiten",
    ],
)

clean(
    "clean_fee_table",
    """
Landeshauptstadt Mainz – Friedhofsgebühren ab 01.01.2025 (Auszug aus der Gebührenordnung)
Gilt für Hauptfriedhof, Waldfriedhof Mombach, Friedhöfe Gonsenheim, Finthen, Bretzenheim,
Hechtsheim, Laubenheim, Weisenau, Ebersheim, Drais, Marienborn und Lerchenberg

"""
    + pipes(
        (8, 46, 12),
        ("Tarif", "Leistung", "EUR"),
        ("1.1", "Reihengrab Erwachsene, 20 Jahre", "1.380,00"),
        ("1.2", "Reihengrab Kinder bis 5 Jahre, 15 Jahre", "410,00"),
        ("2.1", "Wahlgrab je Grabstelle, 20 Jahre", "2.340,00"),
        ("2.2", "Verlängerung Wahlgrab je Grabstelle und Jahr", "117,00"),
        ("3.1", "Urnenreihengrab, 15 Jahre", "890,00"),
        ("3.2", "Urnenwahlgrab (bis 4 Urnen), 20 Jahre", "1.460,00"),
        ("3.3", "Urnengemeinschaftsanlage mit Namensplatte", "1.150,00"),
        ("3.4", "Baumgrab Waldfriedhof Mombach, 20 Jahre", "1.980,00"),
        ("4.1", "Bestattung Sarg (Öffnen und Schließen)", "940,00"),
        ("4.2", "Beisetzung Urne", "310,00"),
        ("5.1", "Benutzung Trauerhalle, je angefangene Stunde", "265,00"),
        ("5.2", "Kühlzelle je Tag", "38,00"),
        ("6.1", "Umschreibung des Nutzungsrechts, Zweitschrift Graburkunde", "45,00"),
    )
    + """

Hinweise: Für Bestattungen an Samstagen wird ein Zuschlag von 50 Prozent erhoben. Die Gebühren
für das Nutzungsrecht werden bei Erwerb in einem Betrag fällig. Ermäßigungen sieht die
Gebührenordnung nicht vor; bei Bedürftigkeit kann die Übernahme der Bestattungskosten nach
§ 74 SGB XII beim Amt für soziale Leistungen beantragt werden.

Friedhofsverwaltung, Untere Zahlbacher Straße 1, 55131 Mainz, Tel. 06131 12-2488,
friedhofsverwaltung@stadt.mainz.de – Sprechzeiten Mo–Fr 8–12 Uhr, Do 14–17 Uhr
""",
    ["Untere Zahlbacher Straße 1, 55131 Mainz", "§ 74 SGB XII", "2.340,00", "06131 12-2488"],
)

clean(
    "clean_fee_table",
    """
Landeshauptstadt Potsdam – Bürgerservice und Standesamt: Gebühren (Stand 1. April 2025)
Bürgerservicecenter im Rathaus, Friedrich-Ebert-Straße 79/81, Haus 1 – Terminvergabe online
oder über 0331 289-0

Ausweisdokumente
  Personalausweis (ab 24 Jahre) ............................... 37,00 EUR
  Personalausweis (unter 24 Jahre) ............................ 22,80 EUR
  Reisepass 32 Seiten (ab 24 Jahre) ........................... 70,00 EUR
  Reisepass Expressverfahren, Zuschlag ........................ 32,00 EUR
  Vorläufiger Reisepass ....................................... 26,00 EUR
  Änderung der Anschrift im Ausweis ........................... gebührenfrei

Meldewesen
  Anmeldung, Abmeldung, Ummeldung ............................. gebührenfrei
  Einfache Meldebescheinigung .................................. 10,00 EUR
  Erweiterte Meldebescheinigung ................................ 15,00 EUR
  Einfache Melderegisterauskunft (§ 44 BMG) .................... 10,00 EUR

Standesamt
  Geburts-, Ehe-, Sterbeurkunde ................................ 12,00 EUR
  jede weitere Ausfertigung im selben Vorgang ..................  6,00 EUR
  Anmeldung der Eheschließung ................................... 60,00 EUR
  Trauung außerhalb der Öffnungszeiten (Orangerie, Schloss
  Babelsberg, Krongut Bornstedt) ...... Zuschlag je nach Ort 100,00–250,00 EUR
  Erklärung zur Namensführung ................................... 30,00 EUR

Straßenverkehr
  Bewohnerparkausweis, 12 Monate ............................... 60,00 EUR
  Ausnahmegenehmigung Handwerkerparken, 12 Monate ............. 250,00 EUR

Zahlung ist bar, mit Girocard oder Kreditkarte möglich. Gebührengrundlage sind die
Personalausweisgebührenverordnung, die Passverordnung, das Brandenburgische
Gebührengesetz und die Verwaltungsgebührensatzung der Landeshauptstadt Potsdam.
""",
    ["Friedrich-Ebert-Straße 79/81", "0331 289-0", "§ 44 BMG", "Krongut Bornstedt", "37,00 EUR"],
)


clean(
    "clean_press_release",
    """
PRESSEMITTEILUNG der Hanse- und Universitätsstadt Rostock – Nr. 112/2025 – 14. Januar 2025

Standesamt zieht Bilanz: 2024 mehr Trauungen in Warnemünde, „Emil“ und „Mila“ vorn

Rostock. Das Standesamt der Hanse- und Universitätsstadt Rostock hat im Jahr 2024 insgesamt
1.912 Eheschließungen beurkundet, 87 mehr als im Vorjahr. Besonders gefragt waren wieder die
Außentrauorte: Im Leuchtturm Warnemünde gaben sich 214 Paare das Jawort, auf dem Museumsschiff
im Stadthafen 96 und im Rathaus am Neuen Markt 701. Knapp ein Viertel der Paare kam von
außerhalb, vor allem aus Berlin, Hamburg und Sachsen.

Beurkundet wurden außerdem 3.604 Geburten (Vorjahr 3.711) – die meisten in der Universitäts-
frauenklinik und im Klinikum Südstadt – sowie 3.288 Sterbefälle. Die beliebtesten Vornamen
waren Emil, Theo und Matteo bei den Jungen sowie Mila, Emilia und Frieda bei den Mädchen.

Seit Oktober 2024 können Urkunden online beantragt und per Post zugestellt werden; rund
40 Prozent der Anträge kommen inzwischen über das Portal. Die Wartezeit auf einen
Trautermin im Leuchtturm beträgt für Sommersamstage derzeit etwa zehn Monate.

Die Zahlen im Einzelnen: Eheschließungen 1.912, davon 1.437 mit mindestens einem Partner mit
Wohnsitz in Rostock; Namenserklärungen 1.406; Kirchenaustritte 2.173; Vaterschafts-
anerkennungen 1.095.

Pressekontakt: Hanse- und Universitätsstadt Rostock, Presse- und Informationsstelle,
Neuer Markt 1, 18055 Rostock, Telefon 0381 381-1417, presse@rostock.de
""",
    [
        "Nr. 112/2025",
        "Leuchtturm Warnemünde",
        "Neuer Markt 1, 18055 Rostock",
        "presse@rostock.de",
        "1.912 Eheschließungen",
    ],
)

clean(
    "clean_press_release",
    """
Medieninformation der Stadt Regensburg vom 3. März 2025

Ausländerbehörde startet digitalen Terminservice und verlängert Öffnungszeiten

Ab Montag, 17. März 2025, können Termine bei der Ausländerbehörde der Stadt Regensburg
ausschließlich online gebucht werden. Gleichzeitig verlängert die Behörde ihre Öffnungszeiten
am Donnerstag bis 18 Uhr. „Wir wollen Wartezeiten vor Ablauf von Aufenthaltstiteln deutlich
verkürzen“, erklärte die Leiterin des Amtes für öffentliche Ordnung bei der Vorstellung.

Derzeit betreut die Ausländerbehörde rund 24.600 Menschen aus 146 Staaten. Die größten Gruppen
stammen aus Rumänien, der Ukraine, Syrien, Kroatien und Indien. Im Jahr 2024 wurden 9.870
elektronische Aufenthaltstitel ausgegeben und 1.212 Einbürgerungen vollzogen – so viele wie nie
seit Inkrafttreten des neuen Staatsangehörigkeitsrechts am 27. Juni 2024.

Über das Portal lassen sich künftig auch Anträge auf Verlängerung einer Aufenthaltserlaubnis
nach § 16b AufenthG (Studium) und § 18b AufenthG (Fachkräfte mit akademischer Ausbildung)
vollständig digital stellen. Fiktionsbescheinigungen werden auf Antrag automatisch per Post
verschickt.

Der Welcome Service für internationale Fachkräfte im Technologie- und Gründerzentrum
(TechBase, Franz-Mayer-Straße 1) bleibt als erste Anlaufstelle erhalten. Beratung gibt es
dort dienstags und donnerstags von 9 bis 15 Uhr.

Adresse: Ausländerbehörde, Dachauplatz 4, 93047 Regensburg
Terminbuchung: www.regensburg.de/auslaenderbehoerde – Telefon 0941 507-2344 (Mo–Fr 8–12 Uhr)
""",
    ["Dachauplatz 4, 93047 Regensburg", "§ 16b AufenthG", "0941 507-2344", "Franz-Mayer-Straße 1"],
)

clean(
    "clean_kita_info",
    """
Stadt Freiburg im Breisgau – Amt für Kinder, Jugend und Familie
Städtische Kitas: Öffnungszeiten und Schließtage im Kita-Jahr 2025/26

Alle städtischen Einrichtungen schließen zwischen Weihnachten und Neujahr (22.12.2025–02.01.2026),
an drei Wochen in den Sommerferien (Schließzeit je nach Einrichtung A: 27.07.–14.08.2026 oder
B: 10.08.–28.08.2026) sowie an zwei pädagogischen Tagen.

"""
    + pipes(
        (28, 14, 16, 6),
        ("Einrichtung", "Stadtteil", "Öffnungszeit", "Zeit"),
        ("Kita Vaubanallee", "Vauban", "07:15–16:30", "A"),
        ("Kinderhaus Wiesenweg", "Haslach", "07:00–17:00", "B"),
        ("Kita Mooswaldstrolche", "Mooswald", "07:30–16:00", "A"),
        ("Kita Rieselfeld-Mitte", "Rieselfeld", "07:00–16:30", "B"),
        ("Kita Im Grün", "Stühlinger", "07:30–17:00", "A"),
        ("Kita Weingarten-West", "Weingarten", "07:00–16:00", "B"),
        ("Kita Littenweiler", "Littenweiler", "07:30–15:30", "A"),
        ("Kita Zähringen-Nord", "Zähringen", "07:15–16:30", "B"),
    )
    + """

Elternbeiträge richten sich nach der Satzung über die Benutzung städtischer Kindertages-
einrichtungen (Einkommensstufen 1–7). Für Kinder unter drei Jahren beträgt der Beitrag in
Stufe 4 bei sieben Stunden täglich derzeit 312,00 EUR monatlich, für Kinder ab drei Jahren
176,00 EUR. Ein Mittagessen kostet 4,10 EUR.

Die Vergabe der Plätze erfolgt zentral über das Portal „KiTa-Vormerkung Freiburg“. Stichtag
für Aufnahmen zum 1. September ist der 15. Januar.

Kontakt: Kita-Platzvergabe, Europaplatz 1, 79098 Freiburg, Tel. 0761 201-8480,
kita-platzvergabe@stadt.freiburg.de
""",
    [
        "Europaplatz 1, 79098 Freiburg",
        "312,00 EUR",
        "0761 201-8480",
        "kita-platzvergabe@stadt.freiburg.de",
    ],
)

clean(
    "clean_kita_info",
    """
Landeshauptstadt Erfurt – Jugendamt: So melden Sie Ihr Kind in einer Kindertageseinrichtung an

In Thüringen hat jedes Kind ab dem vollendeten ersten Lebensjahr einen Rechtsanspruch auf
Förderung in einer Kindertageseinrichtung (§ 2 ThürKigaG). Das letzte Kita-Jahr vor der
Einschulung ist beitragsfrei.

1. Anmelden: Die Anmeldung erfolgt direkt in der Wunsch-Kita, spätestens sechs Monate vor dem
   gewünschten Aufnahmetermin. Eine Übersicht aller 138 Einrichtungen mit freien Plätzen steht
   im Kita-Portal der Stadt.
2. Bedarf: Der Betreuungsumfang (bis zu zehn Stunden täglich) wird im Betreuungsvertrag
   festgelegt.
3. Beiträge: Die Elternbeiträge legt der jeweilige Träger fest. Für städtische Einrichtungen
   gilt die Kita-Gebührensatzung; der Höchstbeitrag liegt bei 220,00 EUR monatlich,
   Geschwisterkinder werden ermäßigt.
4. Übernahme: Familien mit geringem Einkommen können beim Jugendamt die Übernahme der
   Beiträge beantragen (§ 90 Abs. 4 SGB VIII).

Öffnungszeiten der Einrichtungen: überwiegend 6:00–17:00 Uhr; Kitas mit erweiterten Zeiten
(bis 19:00 Uhr) gibt es am Juri-Gagarin-Ring, in der Krämpfervorstadt und am Herrenberg.

Schließzeiten 2025 der städtischen Kitas: 27.12.2025–31.12.2025 sowie ein Teamtag im Frühjahr.

Beratung: Jugendamt, Abteilung Kindertagesbetreuung, Juri-Gagarin-Ring 150, 99084 Erfurt,
Tel. 0361 655-4701, kita@erfurt.de – Sprechzeiten Di 9–12 und 13–18 Uhr
""",
    ["§ 2 ThürKigaG", "Juri-Gagarin-Ring 150, 99084 Erfurt", "220,00 EUR", "kita@erfurt.de"],
)

clean(
    "clean_statistics",
    """
Stadt Nürnberg – Amt für Stadtforschung und Statistik für Nürnberg und Fürth
Statistischer Monatsbericht, Tabelle 2.4: Einwohnerinnen und Einwohner mit Hauptwohnsitz nach
ausgewählten statistischen Bezirken, Stand 31.12.2024

"""
    + pipes(
        (5, 22, 10, 11, 9),
        ("Nr.", "Statistischer Bezirk", "Einwohner", "Ausländer", "Anteil"),
        ("03", "Gostenhof", "10.412", "4.018", "38,6 %"),
        ("06", "St. Leonhard", "15.960", "6.287", "39,4 %"),
        ("07", "Schweinau", "9.745", "3.614", "37,1 %"),
        ("08", "Südstadt (Galgenhof)", "12.833", "5.410", "42,2 %"),
        ("20", "St. Johannis", "17.204", "3.106", "18,1 %"),
        ("28", "Maxfeld", "11.876", "2.470", "20,8 %"),
        ("41", "Eberhardshof", "8.931", "3.562", "39,9 %"),
        ("62", "Langwasser Nordost", "14.318", "4.275", "29,9 %"),
        ("85", "Ziegelstein", "7.402", "1.011", "13,7 %"),
        ("", "Stadt insgesamt", "544.414", "136.893", "25,1 %"),
    )
    + """

Häufigste Staatsangehörigkeiten (Stadt insgesamt): türkisch 17.402, rumänisch 15.877,
ukrainisch 11.310, griechisch 9.546, irakisch 7.118, italienisch 6.904, kroatisch 6.211,
syrisch 5.730, polnisch 5.402, vietnamesisch 1.877.

Erläuterungen: Ausländer sind Personen ohne deutsche Staatsangehörigkeit; Deutsche mit
weiterer Staatsangehörigkeit sind nicht enthalten. Quelle: Melderegister, Auswertung über das
Statistikverfahren DUVA. Abweichungen zu den Zahlen des Bayerischen Landesamts für Statistik
beruhen auf unterschiedlichen Zählverfahren (Fortschreibung auf Basis des Zensus 2022).

Herausgeber: Stadt Nürnberg, Amt für Stadtforschung und Statistik, Unschlittplatz 7a,
90403 Nürnberg, Tel. 0911 231-2843, statistik@stadt.nuernberg.de
""",
    ["Unschlittplatz 7a", "statistik@stadt.nuernberg.de", "544.414", "Zensus 2022", "Tabelle 2.4"],
)

clean(
    "clean_statistics",
    """
Stadt Ulm – Wohngeldstatistik 2024 nach Stadtteilen
Quelle: Fachverfahren Wohngeld, Abteilung Bürgerdienste; Stichtag 31.12.2024

stadtteil;haushalte_mit_wohngeld;davon_rentner;davon_mit_kindern;durchschnitt_eur_monat
Mitte;412;198;74;243
Oststadt;388;141;109;259
Weststadt;501;176;168;271
Söflingen;366;189;81;238
Eselsberg;618;232;204;282
Wiblingen;744;301;251;276
Böfingen;297;118;97;264
Jungingen;58;26;14;219
Einsingen;33;19;6;205
Ulm gesamt;3417;1400;1004;263

Erläuterungen
Die Zahl der Haushalte mit Wohngeld ist nach der Wohngeld-Plus-Reform zum 1. Januar 2023 von
1.522 (Ende 2022) auf 3.417 gestiegen. Mehr als 40 Prozent der Empfängerhaushalte sind
Rentnerhaushalte. Die Bearbeitungszeit für Erstanträge lag im Jahresmittel bei 9,6 Wochen
(2023: 14,2 Wochen). Ulm ist seit 2025 der Mietenstufe 5 zugeordnet.

Für Stadtteile mit weniger als 30 Haushalten (Ermingen, Gögglingen-Donaustetten, Lehr,
Mähringen, Unterweiler) werden aus Datenschutzgründen keine Einzelwerte ausgewiesen; sie sind
in der Gesamtsumme enthalten.

Auskünfte: Bürgerdienste, Wohngeldstelle, Olgastraße 66, 89073 Ulm, Tel. 0731 161-3550,
wohngeld@ulm.de
""",
    [
        "Olgastraße 66, 89073 Ulm",
        "wohngeld@ulm.de",
        "Mietenstufe 5",
        "Ulm gesamt;3417;1400;1004;263",
    ],
)

clean(
    "clean_roadworks",
    """
Stadt Leipzig – Verkehrs- und Tiefbauamt / Leipziger Verkehrsbetriebe (LVB) GmbH
Baustelleninformation: Gleiserneuerung Lützner Straße in Grünau und Lindenau

Bauzeit: 23. Juni bis 31. Oktober 2025
Bereich: Lützner Straße zwischen Plautstraße und Ratzelstraße, Haltestellen Schönauer Ring bis
Grünauer Allee

Die LVB erneuern auf rund 1,8 Kilometern die Gleise der Linien 8 und 15, die Stadt saniert
gleichzeitig Fahrbahn, Gehwege und Radwege. Die Arbeiten erfolgen in drei Abschnitten:

  Abschnitt 1 (23.06.–10.08.): Plautstraße bis Kiewer Straße, Vollsperrung stadtauswärts
  Abschnitt 2 (11.08.–21.09.): Kiewer Straße bis Stuttgarter Allee
  Abschnitt 3 (22.09.–31.10.): Stuttgarter Allee bis Ratzelstraße

Umleitung: Der Kfz-Verkehr stadtauswärts wird über die Antonienstraße und die Dieskaustraße
geführt. Die Straßenbahnlinien 8 und 15 werden zwischen Lindenau, Bushof und Grünau durch
Busse (SEV 8E/15E) ersetzt; die Linie 15 endet bis 10.08. am Adler.

Die Zufahrt für Rettungsdienste, Müllabfuhr und Anwohner bleibt gewährleistet. Für die
Wochenenden 19./20. Juli und 13./14. September sind Nachtarbeiten nach § 7 der Polizei-
verordnung genehmigt.

Die Gesamtkosten betragen rund 14,3 Mio. EUR; die Maßnahme wird nach dem GVFG gefördert.

Kontakt für Fragen: LVB-Servicetelefon 0341 19449, Bürgertelefon des Verkehrs- und Tiefbauamts
0341 123-7600, baustellen@leipzig.de
""",
    [
        "0341 19449",
        "baustellen@leipzig.de",
        "14,3 Mio. EUR",
        "SEV 8E/15E",
        "Leipziger Verkehrsbetriebe (LVB) GmbH",
    ],
)

clean(
    "clean_roadworks",
    """
Stadt Kassel – Straßenverkehrs- und Tiefbauamt
Bekanntmachung: Vollsperrung der Leipziger Straße in Bettenhausen

Wegen der Erneuerung eines Mischwasserkanals durch KASSELWASSER und der anschließenden
Deckensanierung wird die Leipziger Straße zwischen der Agathofstraße und dem Sandershäuser
Berg vom 7. Juli 2025 (Montag, 6 Uhr) bis voraussichtlich 29. August 2025 für den Durchgangs-
verkehr voll gesperrt.

Umleitungen:
– stadteinwärts über Sandershäuser Straße, Dresdener Straße und Steinweg
– stadtauswärts über Ludwig-Erhard-Straße (B 7) und Lilienthalstraße
– Schwerverkehr über 7,5 t wird ab der Anschlussstelle Kassel-Ost (A 7) großräumig umgeleitet

Die Buslinien 30 und 32 fahren in diesem Zeitraum eine Umleitung; die Haltestellen
„Leipziger Platz“ und „Forstbachweg“ werden in die Sandershäuser Straße verlegt. Die Straßen-
bahnlinie 4 ist nicht betroffen.

Fußgänger können den Baustellenbereich jederzeit passieren; Grundstückszufahrten werden nach
Absprache mit der Bauleitung ermöglicht. Der Wochenmarkt auf dem Platz vor der Kirche
findet donnerstags wie gewohnt statt.

Rechtsgrundlage: § 45 Abs. 1 und 6 StVO. Anordnung vom 12.06.2025, Nr. 66.2-VA-2025/318.

Informationen: Straßenverkehrs- und Tiefbauamt, Kurt-Schumacher-Straße 29, 34117 Kassel,
Tel. 0561 787-6161, baustelleninfo@kassel.de
""",
    [
        "§ 45 Abs. 1 und 6 StVO",
        "Nr. 66.2-VA-2025/318",
        "Kurt-Schumacher-Straße 29, 34117 Kassel",
        "baustelleninfo@kassel.de",
    ],
)


clean(
    "clean_event_programme",
    """
Tag des offenen Denkmals in Erfurt – Sonntag, 14. September 2025
Programm der Landeshauptstadt Erfurt, Amt für Bauverwaltung – Untere Denkmalschutzbehörde

10:00  Augustinerkloster, Augustinerstraße 10
       Führung „Mönch in Erfurt“: Martin Luther (1483–1546) lebte hier von 1505 bis 1511.
       Treffpunkt Klosterhof, Dauer 60 Minuten, Eintritt frei.
11:00  Alte Synagoge, Waagegasse 8
       Das älteste bis zum Dach erhaltene Synagogengebäude Mitteleuropas mit dem Erfurter
       Schatz. Führungen stündlich bis 16:00, Zählkarten an der Kasse.
11:30  Predigerkirche, Predigerstraße 4
       Vortrag: Meister Eckhart (um 1260–1328) als Prior des Erfurter Dominikanerkonvents.
13:00  Zitadelle Petersberg
       Besichtigung der Horchgänge (festes Schuhwerk, ab 8 Jahren), Anmeldung erforderlich.
14:00  Hauptfriedhof, Binderslebener Landstraße 200
       Rundgang „Grabmalkunst zwischen Jugendstil und Moderne“ mit dem Friedhofsmeister;
       Treffpunkt Feierhalle.
15:30  Krämerbrücke, Haus der Stiftungen
       Werkstattgespräch mit Restauratorinnen zur Fachwerksanierung.

Barrierefreiheit: Augustinerkloster und Alte Synagoge sind mit Einschränkungen zugänglich;
Zitadelle und Horchgänge sind nicht barrierefrei. Pendelbus ab Domplatz im 30-Minuten-Takt.

Veranstalter: Landeshauptstadt Erfurt, Untere Denkmalschutzbehörde, Löberstraße 34,
99096 Erfurt, Tel. 0361 655-3921, denkmalschutz@erfurt.de
Das Programm ist Teil der bundesweiten Aktion der Deutschen Stiftung Denkmalschutz.
""",
    [
        "Martin Luther (1483–1546)",
        "Meister Eckhart (um 1260–1328)",
        "Waagegasse 8",
        "denkmalschutz@erfurt.de",
        "Löberstraße 34",
    ],
)

clean(
    "clean_event_programme",
    """
Interkulturelle Woche Osnabrück 2025 – „Dafür!“ – 21. bis 28. September
Veranstalter: Stadt Osnabrück, Büro für Friedenskultur und Integration, mit dem Migrationsbeirat

So 21.09.  11:00  Eröffnung im Friedenssaal des Rathauses, Markt 30 – Grußwort der
                  Oberbürgermeisterin, Musik des Jugendorchesters „Hasetöne“
Mo 22.09.  18:00  Lesung aus „Im Westen nichts Neues“ von Erich Maria Remarque (1898–1970),
                  Remarque-Friedenszentrum, Markt 6; Eintritt frei
Di 23.09.  16:00  Offene Sprechstunde der Ausländerbehörde und des Jobcenters zu Arbeit und
                  Aufenthalt, Stadthaus 1, Natruper-Tor-Wall 5 (ohne Termin)
Mi 24.09.  19:30  Filmabend „Felix Nussbaum – Malen gegen das Vergessen“, Felix-Nussbaum-Haus,
                  Lotter Straße 2; anschließend Gespräch mit der Kuratorin
Do 25.09.  17:00  Einbürgerungsfeier für 212 neue Staatsbürgerinnen und Staatsbürger,
                  OsnabrückHalle, Schlosswall 1–9 (nur mit Einladung)
Fr 26.09.  15:00  Kinderfest der Kulturen am Schinkel-Bad, mit Kita-Chören aus Schinkel und
                  Dodesheide
Sa 27.09.  10:00  Interreligiöser Stadtrundgang: Dom St. Peter, Synagoge, Moschee am
                  Goethering; Treffpunkt Domvorplatz
So 28.09.  16:00  Abschlusskonzert in der Marienkirche

Alle Veranstaltungen sind kostenlos. Gebärdensprachdolmetschung für die Eröffnung und die
Einbürgerungsfeier; Programm in Leichter Sprache, Arabisch, Ukrainisch, Türkisch und Tigrinya
unter www.osnabrueck.de/iwo.

Kontakt: Büro für Friedenskultur, Bierstraße 28, 49074 Osnabrück, Tel. 0541 323-2136,
friedenskultur@osnabrueck.de
""",
    [
        "Erich Maria Remarque (1898–1970)",
        "Natruper-Tor-Wall 5",
        "Bierstraße 28, 49074 Osnabrück",
        "friedenskultur@osnabrueck.de",
    ],
)

clean(
    "clean_faq",
    """
Landeshauptstadt Mainz – Bürgeramt: Häufige Fragen zur Anmeldung einer Wohnung

Bis wann muss ich mich anmelden?
Innerhalb von zwei Wochen nach dem Einzug (§ 17 Abs. 1 BMG). Wer die Frist versäumt, handelt
ordnungswidrig; das Bußgeld kann bis zu 1.000 EUR betragen (§ 54 BMG), in der Regel bleibt es
bei einer Verwarnung.

Welche Unterlagen brauche ich?
Personalausweis oder Reisepass, bei Kindern die Geburtsurkunde, und die Wohnungsgeber-
bestätigung nach § 19 BMG. Die Bestätigung stellt der Vermieter oder die Hausverwaltung aus;
ein Mietvertrag reicht nicht aus.

Kann ich mich online anmelden?
Ja, wenn Sie einen Online-Ausweis mit PIN besitzen und aus einer deutschen Gemeinde zuziehen.
Bei Zuzug aus dem Ausland ist eine persönliche Vorsprache nötig.

Wo kann ich mich anmelden?
In allen Bürgerämtern: Stadthaus Kaiserstraße 3–5 (Innenstadt) sowie in den Ortsverwaltungen
Bretzenheim, Finthen, Gonsenheim, Hechtsheim, Laubenheim, Lerchenberg, Mombach und Weisenau.
Termine vergibt die Behördennummer 115 oder das Online-Terminsystem.

Was kostet die Anmeldung?
Nichts. Eine einfache Meldebescheinigung kostet 10,00 EUR, eine erweiterte 15,00 EUR.

Ich habe eine Zweitwohnung in Mainz. Was gilt?
Die Nebenwohnung ist ebenfalls anzumelden. Die Landeshauptstadt Mainz erhebt eine
Zweitwohnungsteuer von 10 Prozent der Nettokaltmiete (Zweitwohnungsteuersatzung vom
18.12.2019). Studierende, die bei ihren Eltern mit Hauptwohnsitz gemeldet bleiben, sind
nicht befreit.

Kontakt: Bürgeramt, Kaiserstraße 3–5, 55116 Mainz, Tel. 06131 12-0, buergeramt@stadt.mainz.de
""",
    [
        "§ 17 Abs. 1 BMG",
        "Kaiserstraße 3–5, 55116 Mainz",
        "buergeramt@stadt.mainz.de",
        "Behördennummer 115",
    ],
)

clean(
    "clean_faq",
    """
Stadt Ulm – Ausländerbehörde: Fragen und Antworten zum elektronischen Aufenthaltstitel (eAT)

Wie lange dauert die Herstellung des eAT?
Die Karte wird bei der Bundesdruckerei in Berlin hergestellt. Sie liegt etwa vier bis sechs
Wochen nach der Antragstellung zur Abholung bereit. Sie erhalten dann einen Brief mit der PIN.

Was passiert, wenn mein Titel abläuft, bevor über den Antrag entschieden ist?
Wenn Sie den Antrag rechtzeitig vor Ablauf gestellt haben, gilt der bisherige Aufenthaltstitel
bis zur Entscheidung als fortbestehend (§ 81 Abs. 4 AufenthG). Sie erhalten auf Wunsch eine
Fiktionsbescheinigung (Gebühr 13,00 EUR).

Was kostet der eAT?
Die Gebühren richten sich nach der Aufenthaltsverordnung (§§ 44 bis 45c AufenthV), zum Beispiel:
Aufenthaltserlaubnis 100,00 EUR, Niederlassungserlaubnis 113,00 EUR, Verlängerung einer
Aufenthaltserlaubnis 93,00 EUR, Blaue Karte EU 100,00 EUR. Türkische
Staatsangehörige zahlen nach dem Assoziationsrecht höchstens 37,00 EUR.

Was muss ich zur Abholung mitbringen?
Ihren Reisepass, den alten Aufenthaltstitel und gegebenenfalls die Fiktionsbescheinigung.
Kinder unter 16 Jahren müssen nicht persönlich erscheinen, wenn sie bei der Antragstellung
bereits Fingerabdrücke abgegeben haben (ab sechs Jahren).

Ich ziehe nach Neu-Ulm. Wer ist dann zuständig?
Neu-Ulm liegt in Bayern; zuständig ist dann die Ausländerbehörde des Landratsamts Neu-Ulm.
Ihre Akte wird nach der Ummeldung automatisch übersandt.

Kontakt: Ausländerbehörde, Bürgerdienste, Olgastraße 66, 89073 Ulm, Terminvereinbarung über
das Online-Terminsystem oder 0731 161-3344, auslaenderbehoerde@ulm.de
""",
    ["§ 81 Abs. 4 AufenthG", "§§ 44 bis 45c AufenthV", "auslaenderbehoerde@ulm.de", "113,00 EUR"],
)

clean(
    "clean_street_naming",
    """
Stadt Freiburg im Breisgau – Gemeinderat, Drucksache G-25/077
Benennung von Straßen im Neubaustadtteil Dietenbach, 1. Bauabschnitt

Der Gemeinderat hat in seiner Sitzung am 13. Mai 2025 auf Empfehlung der Straßennamen-
kommission beschlossen, die neuen Straßen im ersten Bauabschnitt nach Frauen und Männern zu
benennen, die das wissenschaftliche und soziale Leben der Stadt geprägt haben:

1. Else-Liefmann-Straße
   Else Liefmann (1881–1970), Kinderärztin und Sozialpolitikerin in Freiburg; sie gründete
   Beratungsstellen für Mütter und Säuglinge, wurde 1940 in das Lager Gurs deportiert und
   konnte 1941 in die Schweiz fliehen.
2. Gertrud-Luckner-Allee
   Gertrud Luckner (1900–1995), Mitarbeiterin des Deutschen Caritasverbandes in Freiburg,
   half verfolgten Jüdinnen und Juden und wurde 1943 verhaftet und in das KZ Ravensbrück
   verschleppt.
3. Hermann-Staudinger-Weg
   Hermann Staudinger (1881–1965), Chemiker an der Universität Freiburg, Begründer der
   makromolekularen Chemie, Nobelpreis für Chemie 1953.
4. Am Dietenbachpark (Lagebezeichnung ohne Personenbezug)

Die Hausnummern werden nach der Vergabe der Baufelder durch das Vermessungsamt festgelegt. Die
Straßennamen werden nach § 5 Abs. 4 der Gemeindeordnung Baden-Württemberg öffentlich
bekanntgemacht; die Beschilderung mit Erläuterungstafeln kostet rund 24.000 EUR.

Auskunft: Vermessungsamt, Fehrenbachallee 12, 79106 Freiburg, Tel. 0761 201-4501
""",
    [
        "Else Liefmann (1881–1970)",
        "Gertrud Luckner (1900–1995)",
        "Hermann Staudinger (1881–1965)",
        "G-25/077",
    ],
)

clean(
    "clean_street_naming",
    """
Landeshauptstadt Potsdam – Amtsblatt 9/2025
Bekanntmachung über die Benennung öffentlicher Straßen im Entwicklungsgebiet Krampnitz

Die Stadtverordnetenversammlung der Landeshauptstadt Potsdam hat in ihrer Sitzung am
2. April 2025 (Beschluss 25/SVV/0214) gemäß § 51 Abs. 1 Brandenburgisches Straßengesetz
folgende Straßennamen beschlossen:

Helmholtzring
  nach Hermann von Helmholtz (1821–1894), in Potsdam geborener Physiker und Physiologe,
  Mitbegründer der Physikalisch-Technischen Reichsanstalt.

Emilie-Fontane-Weg
  nach Emilie Fontane (1824–1902), Ehefrau und engste Mitarbeiterin Theodor Fontanes
  (1819–1898), die seine Manuskripte abschrieb und redigierte.

Karl-Foerster-Straße
  nach Karl Foerster (1874–1970), Staudenzüchter und Gartenphilosoph, dessen Garten in
  Potsdam-Bornim heute ein Gartendenkmal ist.

Am Kasernenplatz und Weg am Fahrländer See (Lagebezeichnungen)

Die Benennung wird mit dem Tag nach der Bekanntmachung wirksam. Widerspruch kann innerhalb
eines Monats bei der Landeshauptstadt Potsdam, Fachbereich Kataster und Vermessung,
Hegelallee 6–10, 14467 Potsdam, erhoben werden. Anliegerinnen und Anlieger werden über die
Vergabe der Hausnummern gesondert informiert; neue Anschriften sind nach Bezug innerhalb von
zwei Wochen beim Bürgerservice anzumelden.

Rückfragen: Straßennamenskommission, Tel. 0331 289-3181, strassennamen@rathaus.potsdam.de
""",
    [
        "25/SVV/0214",
        "Hermann von Helmholtz (1821–1894)",
        "Emilie Fontane (1824–1902)",
        "Karl Foerster (1874–1970)",
        "Hegelallee 6–10, 14467 Potsdam",
    ],
)


# --- END OF DOCUMENTS ---


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
