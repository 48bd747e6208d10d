"""Build the twentieth German PII redaction development corpus (``corpus.jsonl`` next to this file).

    python3 tests/data/redaction_dev20/build_dev20.py            # check, then write
    python3 tests/data/redaction_dev20/build_dev20.py --partial  # check only, write nothing

DEVELOPMENT set: it may be read, run and tuned on. It was written blind: without sight of the
redactor's rules, its benchmark, the held-out corpora and the documents of every other corpus.
Only the README of dev17 and the docstring, helpers (with the check function) and ``main()`` of
``build_dev17.py`` were read, for the record format, the annotation conventions and the
check-digit rules (besides the ruff section of ``pyproject.toml``, for the line length); the
helpers here are rewritten, the documents are new, and the redactor was not run on them.
The theme is informal and spoken text: about half of the 60 documents with personal data are
phone-call transcripts, voicemails, SMS and messenger threads, web-form free text typed in a hurry,
social-media and comment replies, dictated file notes and chats with a city bot; the other
half are letters, notices, pasted forms, tables, mail chains, OCR scans and file notes. The
offices are the immigration office, vehicle registration, the citizens' office, housing
benefit, parental allowance, Kita fees, the fines office, residents' parking, fire-safety
inspections, the cemetery office, school transport, the equal-opportunities office, the
seniors' office and the integration council, in Regensburg, Würzburg, Nürnberg, Ingolstadt,
Erlangen, Mainz, Ludwigshafen, Worms, Freiburg, Ulm, Pforzheim, Kassel, Fulda, Offenbach,
Erfurt, Gera, Dessau-Roßlau, Rostock, Potsdam, Cottbus, Flensburg, Osnabrück, Paderborn,
Aachen, Bonn and Krefeld. 60 documents carry personal data, 20 do not.

  - phone_transcript (6): speech-to-text of calls, lower case, fillers, names spelled with the
    old and the new spelling alphabet or in bare letters, numbers in words and in digit groups;
  - voicemail (4): voicemails transcribed by the telephone system;
  - sms_thread (5): SMS and messenger threads with first names, nicknames and signatures;
  - web_form (5): free text of web forms typed quickly (no capitals, ae/oe/ue, typos);
  - social_media (4): comment threads under posts of the city and on neighbourhood platforms;
  - dictated_note (3): file notes dictated into speech recognition ("komma", "punkt");
  - city_bot_chat (3): chats with a city chatbot, with its standard answers;
  - citizen_letter (5), official_notice (5), pasted_form (4), table (5), mail_chain (5),
    ocr_scan (3), file_note (3): the formal half;
  - clean_* (20): office hours and functional mailboxes, FAQ pages, a bot's standard answers,
    public-transport notices, council papers, street naming, a lower-case forum FAQ, event
    programmes, statutes and press releases.

Markup: personal strings are written inline as ``[[TYPE:text]]``; computed numbers are put in
with ``«name»`` slots. Short type names:

    P=PERSON  STR=STREET_ADDRESS  LOC=LOCATION  DOB=DATE_OF_BIRTH  TEL=PHONE_NUMBER
    MAIL=EMAIL_ADDRESS  IBAN=IBAN_CODE  TAX=DE_TAX_ID  RV=DE_SOCIAL_SECURITY  ID=DE_ID_CARD
    PASS=DE_PASSPORT  KFZ=DE_KFZ  AZ=DE_AKTENZEICHEN  HR=DE_HANDELSREGISTER  IP=IP_ADDRESS

Annotation conventions (those of dev17, unchanged, applied to informal and spoken text):
  - only values are annotated, never keys, labels, column titles or CSV key names;
  - salutations, titles, roles and relationship words ("Herr", "frau", "Dr.", "meine
    schwiegermutter", "Sohn", "Oma") stay outside PERSON spans; a bare surname or first name,
    a nickname ("Sascha", "Dimi"), a first name alone in a greeting or an SMS signature and a
    family name in "bei wagners" are PERSON; names are annotated as written (lower case in
    transcripts and typed text, every transliteration of the same person); a name spelled with
    the spelling alphabet or in bare letters is one PERSON span from the first letter to the
    last code word, and its code words do not count as name parts; the same word used in its
    ordinary sense ("der fuchs", "ein brand") is not a name and is allowed for that document;
  - a name inside an e-mail address counts only as part of the EMAIL_ADDRESS; e-mail
    addresses, phone numbers, IBANs and dates read out in words are annotated whole;
  - staff of the city: names, direct lines and personal mailboxes are annotated; switchboards
    ("...-0"), hotlines, functional mailboxes, anonymous handles, team signatures and initials
    alone are not;
  - a span never crosses a line break;
  - a private address is STREET_ADDRESS (street, number, additions, also typed without
    capitals or spoken) plus LOCATION (postcode and town); towns and districts of residence,
    previous residence, birth, origin and relatives are LOCATION, at home and abroad, in lower
    case too, also the office's own town; countries and nationalities are not; offices, courts,
    firms with a legal form, homes, schools, Kitas and public buildings, the place of an
    offence, bus stops and the place of a letter's date line are not;
  - natural persons in business and private owners of an inspected building are persons: name,
    address of the building, phones and mailboxes are personal; companies with a legal form,
    their addresses and register entries are not, their employees' names and mobiles are;
  - Kassenzeichen, file numbers, booking and ticket numbers, fine numbers, parking-permit
    numbers and grave-right certificates of a citizen's matter are DE_AKTENZEICHEN (the cue word
    stays outside); council papers, paragraphs, budget lines and grave positions are not;
  - German ID cards and eATs are DE_ID_CARD; passports of all countries, Tazkiras and foreign
    ID cards are DE_PASSPORT; the RV number is DE_SOCIAL_SECURITY; the Steuer-ID is DE_TAX_ID;
  - plates of citizens' and firms' vehicles, typed loosely or spelled, are DE_KFZ; citizens'
    IPs are IP_ADDRESS, servers are not;
  - only dates of birth are personal, in any notation ("geb 3.4.88", "am dritten april
    achtundachtzig"), and a year of birth alone (the cue stays outside); dates of death,
    appointments and deadlines and ages are not.

Checks (standard library only): ids are unique; offsets give back the span text; spans are
sorted, disjoint and free of line breaks and surrounding blanks; Steuer-IDs carry the MOD 11,10
check digit; IBANs (also typed in lower case or with blanks) pass MOD 97; RV numbers carry their
check digit and match a date of birth in the document; ID-card and eAT numbers use the ID-card
alphabet with a valid tenth check digit where there is one; phone numbers, e-mails, IPs and
plates have a plausible shape; no keep phrase overlaps a span and each occurs; 4-5 distinct keep
phrases and 1,100-2,000 characters per document; PII-free documents have no spans; every
further whole-word occurrence of an annotated string (three characters or more) and of every
name part (three letters or more) of a PERSON span is annotated too unless the document allows
it, and every allowance is needed; the document counts per style match the plan.
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
PREFIX = "dev20"
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
    ("phone_transcript", "pii"): 6,
    ("voicemail", "pii"): 4,
    ("sms_thread", "pii"): 5,
    ("web_form", "pii"): 5,
    ("social_media", "pii"): 4,
    ("dictated_note", "pii"): 3,
    ("city_bot_chat", "pii"): 3,
    ("citizen_letter", "pii"): 5,
    ("official_notice", "pii"): 5,
    ("pasted_form", "pii"): 4,
    ("table", "pii"): 5,
    ("mail_chain", "pii"): 5,
    ("ocr_scan", "pii"): 3,
    ("file_note", "pii"): 3,
    ("clean_office_hours", "clean"): 2,
    ("clean_faq", "clean"): 2,
    ("clean_bot_answers", "clean"): 2,
    ("clean_transit_notice", "clean"): 2,
    ("clean_council_paper", "clean"): 2,
    ("clean_street_naming", "clean"): 2,
    ("clean_forum_faq", "clean"): 2,
    ("clean_event_programme", "clean"): 2,
    ("clean_statute", "clean"): 2,
    ("clean_press_release", "clean"): 2,
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

# --- phone_transcript -------------------------------------------------------------------------

V["sp_hamwi"] = spell("hamwi", "old")
pii(
    "phone_transcript",
    """
Transkript Servicetelefon Ausländerbehörde Regensburg
Datum: 14.03.2025, 09:42 Uhr, Dauer 06:18
Hinweis: automatische Spracherkennung, nicht korrigiert

mitarbeiterin: ausländerbehörde regensburg [[P:pongratz]] grüß gott
anrufer: ja hallo guten morgen äh ich hab eine frage also meine aufenthaltserlaubnis die läuft ab im mai und ich hab noch keinen termin bekommen
mitarbeiterin: mhm wie ist ihr name bitte
anrufer: [[P:mahmoud]] und nachname [[P:al hamwi]] also getrennt al und dann [[P:«sp_hamwi»]]
mitarbeiterin: und das geburtsdatum
anrufer: [[DOB:erster erster neunzig]] also [[DOB:eins punkt eins punkt neunzehnhundertneunzig]]
mitarbeiterin: da hab ich mehrere mit dem datum äh wo wohnen sie
anrufer: jetzt in [[LOC:burgweinting]] [[STR:kirchfeldallee vierzig b]] seit januar vorher waren wir in [[LOC:kumpfmühl]] bei meinem schwager
mitarbeiterin: ok dann hab ich sie aktenzeichen [[AZ:AB 32 2023 4417]] richtig
anrufer: ja genau
mitarbeiterin: haben sie die nummer von ihrer karte da vom elektronischen aufenthaltstitel
anrufer: moment äh [[ID:l z 7 t 4 k c 2 n]]
mitarbeiterin: passt und ihre frau
anrufer: meine frau [[P:rasha]] hat auch mai aber die hat schon termin glaub ich wir kommen alle aus [[LOC:aleppo]] nur die kleine ist hier geboren in [[LOC:regensburg]]
mitarbeiterin: gut ich trag sie ein für die verlängerung den termin bekommen sie per post wenn der termin nach ablauf ist gilt der aufenthalt nach paragraph einundachtzig absatz vier als fortbestehend dann gibt es eine fiktionsbescheinigung
anrufer: okay und kann ich auch per email schreiben
mitarbeiterin: ja an auslaenderbehoerde at regensburg punkt de aber bitte immer mit aktenzeichen
anrufer: und wenn sie mich anrufen meine nummer ist [[TEL:null eins fünf eins eins vier sieben zwo drei acht acht sechs]]
mitarbeiterin: hab ich bringen sie mit pass foto arbeitsvertrag und die letzten drei gehaltsabrechnungen die gebühr ist dreiundneunzig euro
anrufer: okay danke schön
mitarbeiterin: wiederhören
""",
    [
        "auslaenderbehoerde at regensburg punkt de",
        "paragraph einundachtzig absatz vier",
        "fiktionsbescheinigung",
        "dreiundneunzig euro",
        "die letzten drei gehaltsabrechnungen",
    ],
    allow=("regensburg",),
)

pii(
    "phone_transcript",
    """
Transkript Bürgertelefon Kfz-Zulassungsstelle Ingolstadt
02.04.2025, 11:05 Uhr (Spracherkennung, ungeprüft)

sachbearbeiter: zulassungsstelle ingolstadt [[P:huber]] servus
anrufer: hallo ja äh mein name ist [[P:nguyen van duc]] ich hab ein auto gekauft also gebraucht und will ummelden
sachbearbeiter: wie schreibt man den nachnamen
anrufer: [[P:n g u y e n]] und vorname [[P:d u c]]
sachbearbeiter: gut herr [[P:nguyen]] hat das auto noch ein kennzeichen
anrufer: ja noch das alte von meinem kollegen [[KFZ:i n minus d t vier sieben zwei]] der hat mir die papiere gegeben
sachbearbeiter: und der vorbesitzer heißt
anrufer: [[P:thomas brandl]] der wohnt in [[LOC:gaimersheim]]
sachbearbeiter: dann brauchen sie zulassungsbescheinigung teil eins und zwei die evb-nummer von der versicherung ein sepa-lastschriftmandat für die kfz-steuer und ihren ausweis
anrufer: ich hab nur aufenthaltstitel und reisepass
sachbearbeiter: geht auch mit reisepass plus meldebescheinigung wo sind sie gemeldet
anrufer: [[STR:ringseestraße vierzehn]] [[LOC:acht fünf null fünf drei ingolstadt]]
sachbearbeiter: passt termine gibt es online unter ingolstadt punkt de slash zulassung ich kann ihnen den link auch mailen
anrufer: ja bitte [[MAIL:duc punkt nguyen neunzig at gmx punkt de]]
sachbearbeiter: die zulassung kostet um die dreißig euro dazu die schilder ein wunschkennzeichen kostet zehn komma zwanzig euro
anrufer: kann meine frau hingehen ich arbeite schicht
sachbearbeiter: ja mit vollmacht und ihrem ausweis wie heißt ihre frau
anrufer: [[P:tran thi lan]] [[P:t r a n]]
sachbearbeiter: und eine nummer falls was fehlt
anrufer: [[TEL:null eins sieben sechs drei drei null acht vierundzwanzig neunzehn]]
sachbearbeiter: alles klar herr [[P:nguyen]] dann bis bald
""",
    [
        "zulassungsbescheinigung teil eins und zwei",
        "evb-nummer",
        "sepa-lastschriftmandat",
        "ingolstadt punkt de slash zulassung",
        "zehn komma zwanzig euro",
    ],
)

pii(
    "phone_transcript",
    """
Transkript Anruf Bußgeldstelle Würzburg, Sachgebiet Verkehrsordnungswidrigkeiten
24.02.2025, 14:11 Uhr (STT-Rohfassung)

sachbearbeiterin: bußgeldstelle würzburg [[P:seubert]] grüß gott
anrufer: ja grüß gott [[P:vogel]] hier [[P:vogel]] wie der vogel ja ich hab da einen anhörungsbogen bekommen wegen geschwindigkeit
sachbearbeiterin: haben sie das aktenzeichen
anrufer: das steht oben [[AZ:vier zwo drei punkt null acht eins fünf fünf sieben punkt sieben]]
sachbearbeiterin: moment ja herr [[P:gerhard vogel]] [[STR:frankfurter straße achtundsiebzig]] in der [[LOC:zellerau]] stimmt das
anrufer: ja stimmt aber ich bin das nicht gefahren das war mein schwiegersohn der [[P:marco]] der hat das auto an dem tag gehabt
sachbearbeiterin: das kennzeichen ist [[KFZ:wü g v sieben eins zwo]]
anrufer: ja das ist meins auf der b dreizehn bei randersacker oder
sachbearbeiterin: genau einundzwanzig stundenkilometer zu schnell dann tragen sie bitte im anhörungsbogen den fahrer ein mit name anschrift und geburtsdatum
anrufer: der heißt [[P:marco bellini]] [[P:b e l l i n i]] wohnt in [[LOC:heidingsfeld]] [[STR:klingenstraße elf]] und geboren ist er äh [[DOB:zwölfter märz dreiundneunzig]] glaub ich
sachbearbeiterin: das foto zeigt einen jüngeren mann mit brille das kann passen
anrufer: und muss ich dann was zahlen
sachbearbeiterin: nein dann schreiben wir herrn [[P:bellini]] an das verwarnungsgeld ist siebzig euro plus ein punkt in flensburg aber das ist dann seine sache schicken sie den bogen bitte innerhalb von einer woche zurück
anrufer: und wenn was ist meine nummer [[TEL:null neun drei eins sieben acht acht vier zwo eins]]
sachbearbeiterin: gut ich notier das auf wiederhören
""",
    [
        "bußgeldstelle würzburg",
        "b dreizehn bei randersacker",
        "siebzig euro",
        "innerhalb von einer woche",
        "einundzwanzig stundenkilometer",
    ],
    allow=("vogel",),
)

V["iban_kov"] = iban("DE", "180500000190412233", "lower")
pii(
    "phone_transcript",
    """
Transkript Wohngeldstelle Cottbus, Anruf vom 05.03.2025, 10:20 Uhr
(Spracherkennung; die Tochter der Antragstellerin dolmetscht)

sachbearbeiter: wohngeldstelle cottbus [[P:kaiser]] guten tag
anruferin: guten tag ich bin die tochter von [[P:olena kovalenko]] meine mama spricht nicht so gut deutsch ich übersetze
sachbearbeiter: ja gern und ihr name
anruferin: [[P:daryna]] also [[P:d a r y n a]]
sachbearbeiter: gut geburtsdatum ihrer mutter bitte
anruferin: [[DOB:siebter august neunzehnhundertachtundsechzig]]
sachbearbeiter: und das aktenzeichen steht auf dem brief
anruferin: [[AZ:WG 2025 0317]]
sachbearbeiter: ja ich seh den antrag es fehlen noch die mietbescheinigung und die kontoauszüge
anruferin: die vermieterin ist die gebäudewirtschaft cottbus gmbh die sagen das dauert zwei wochen
sachbearbeiter: ok und die bankverbindung hat sich geändert
anruferin: ja die neue iban ist [[IBAN:«iban_kov»]]
sachbearbeiter: wo wohnen sie jetzt
anruferin: [[STR:gelsenkirchener allee zweiundzwanzig]] in [[LOC:sachsendorf]] vorher waren wir in [[LOC:charkiw]] und dann ein jahr in [[LOC:forst]] bei einer gastfamilie
sachbearbeiter: wie viele personen im haushalt
anruferin: drei meine mama ich und mein bruder [[P:artem]] der ist [[DOB:zweitausendneun]] geboren
sachbearbeiter: einkommen hat ihre mutter den minijob noch
anruferin: ja bei der bäckerei im einkaufszentrum fünfhundertzwanzig euro
sachbearbeiter: gut schicken sie bitte alles innerhalb von vier wochen an wohngeld at cottbus punkt de oder werfen sie es in den briefkasten am neumarkt fünf
anruferin: und für rückfragen bitte meine nummer [[TEL:null eins sechs null neun sieben drei eins fünf fünf null acht]]
sachbearbeiter: danke frau [[P:kovalenko]] auf wiederhören
""",
    [
        "wohngeld at cottbus punkt de",
        "neumarkt fünf",
        "gebäudewirtschaft cottbus gmbh",
        "innerhalb von vier wochen",
        "fünfhundertzwanzig euro",
    ],
)

V["sp_fuchs"] = spell("fuchs", "new")
pii(
    "phone_transcript",
    """
Transkript Seniorenbüro Flensburg, Anruf 11.02.2025, 15:02 Uhr (Spracherkennung)

mitarbeiter: seniorenbüro flensburg [[P:petersen]] moin
anruferin: moin hier ist [[P:hildegard fuchs]] ich hab in der zeitung gelesen dass sie so einen besuchsdienst haben also ehrenamtliche die einen besuchen
mitarbeiter: ja frau [[P:fuchs]] unser besuchsdienst zeit schenken der ist kostenlos
anruferin: ich bin ja allein seit mein mann tot ist und ich wohn in [[LOC:mürwik]] [[STR:osterallee hundertzwölf]] im dritten stock ohne fahrstuhl
mitarbeiter: wie schreibt man ihren namen
anruferin: [[P:«sp_fuchs»]] wie das tier mein enkel sagt immer oma [[P:fuchs]] du bist schlau wie ein fuchs
mitarbeiter: das ist doch ein kompliment und ihr geburtstag für die kartei
anruferin: [[DOB:sechster mai neununddreißig]] ich werd sechsundachtzig
mitarbeiter: und ihre telefonnummer
anruferin: [[TEL:null vier sechs eins fünfundzwanzig dreiundsiebzig neunzig]]
mitarbeiter: gibt es angehörige die wir im notfall anrufen dürfen
anruferin: meine tochter die [[P:sabine]] die wohnt in [[LOC:schleswig]] [[TEL:null eins sieben null fünf fünf vier drei zwo eins null neun]] und mein nachbar herr [[P:jensen]] der hat einen schlüssel
mitarbeiter: gut ich geb das an frau [[P:thomsen]] weiter die koordiniert den besuchsdienst und meldet sich diese woche
anruferin: und das kostet wirklich nichts
mitarbeiter: nein nur wenn sie mal mitkommen wollen zum seniorenfrühstück das ist drei euro fünfzig
anruferin: ach schön
mitarbeiter: sonst erreichen sie uns montag bis donnerstag neun bis zwölf unter null vier sechs eins acht fünf null und wir sitzen im rathaus am rathausplatz eins
anruferin: danke ihnen tschüss
""",
    [
        "zeit schenken",
        "drei euro fünfzig",
        "montag bis donnerstag neun bis zwölf",
        "null vier sechs eins acht fünf null",
        "rathausplatz eins",
    ],
    allow=("fuchs",),
)

pii(
    "phone_transcript",
    """
Transkript Anruf Schulverwaltungsamt Paderborn, Schülerfahrkosten
09.09.2024, 08:31 Uhr (automatisch erstellt)

mitarbeiterin: schulverwaltungsamt paderborn schülerfahrkosten [[P:reker]] guten morgen
anrufer: guten morgen [[P:yilmaz]] äh mein sohn [[P:emre]] ist jetzt auf der gesamtschule elsen fünfte klasse und wir haben noch kein schülerticket
mitarbeiterin: wo wohnen sie denn
anrufer: in [[LOC:sennelager]] [[STR:bielefelder straße zweihundertachtzehn]]
mitarbeiterin: dann ist das über dreieinhalb kilometer da haben sie anspruch nach der schülerfahrkostenverordnung haben sie den antrag abgegeben
anrufer: ja im juni die nummer ist [[AZ:s f zwei null zwei vier eins eins acht drei]]
mitarbeiterin: wie schreibt sich der vorname und geburtsdatum bitte
anrufer: [[P:e m r e]] geboren [[DOB:dreiundzwanzigster november zwotausendvierzehn]]
mitarbeiterin: ah ja [[P:emre yilmaz]] der antrag ist da aber die schule hat die bestätigung noch nicht geschickt
anrufer: die schule hat gesagt das amt macht das
mitarbeiterin: ich ruf da heute an das ticket geht dann per post an sie also herrn [[P:hakan yilmaz]] oder an die mutter
anrufer: an meine frau [[P:ayşe]] bitte die ist öfter zu hause und nächstes jahr kommt der kleine [[P:can]] in die grundschule dann machen wir das früher
mitarbeiterin: für die grundschule gilt zwei kilometer
anrufer: okay
mitarbeiterin: bis das ticket da ist kaufen sie bitte selbst die kosten werden erstattet wenn sie die quittungen an schuelerbefoerderung at paderborn punkt de schicken mit dem aktenzeichen
anrufer: und wenn die schule nicht antwortet
mitarbeiterin: dann rufen sie mich an meine durchwahl ist [[TEL:null fünf zwei fünf eins acht acht eins vier zwei sechs]]
anrufer: und meine nummer ist [[TEL:null fünf zwo fünf vier acht sieben sechs eins vier null]]
mitarbeiterin: danke herr [[P:yilmaz]] schönen tag noch
""",
    [
        "gesamtschule elsen",
        "schuelerbefoerderung at paderborn punkt de",
        "schülerfahrkostenverordnung",
        "dreieinhalb kilometer",
        "zwei kilometer",
    ],
)

# --- voicemail --------------------------------------------------------------------------------

pii(
    "voicemail",
    """
Sprachnachricht, Anrufbeantworter Friedhofsverwaltung Aachen
eingegangen: Di 18.03.2025 17:46 · von: [[TEL:0241 55911843]] · Länge: 1:34
Transkription (automatisch, ohne Gewähr):

ja guten abend hier ist [[P:gertrud schmitz]] aus [[LOC:burtscheid]] äh es geht um das grab von meinem mann [[P:heinz schmitz]] der ist ja letztes jahr im august verstorben er war jahrgang [[DOB:sechsunddreißig]] der liegt auf dem westfriedhof feld vierzehn reihe drei nummer zwölf und ich hab jetzt diesen gebührenbescheid bekommen über neunhundertachtzig euro für die grabnutzung das kassenzeichen ist äh [[AZ:sieben eins null zwo drei vier acht acht eins]] und ich wollte fragen ob ich das in raten zahlen kann weil mit meiner rente ist das schwierig auf einmal mein sohn der [[P:michael]] hat gesagt ich soll einfach anrufen der wohnt in [[LOC:eschweiler]] und kann nicht so oft kommen äh ja und dann noch die frage ob der grabstein jetzt schon drauf darf oder ob man ein halbes jahr warten muss der steinmetz sagt sechs monate bitte rufen sie mich zurück meine nummer ist [[TEL:null zwo vier eins fünfundfünfzig einundneunzig achtzehn dreiundvierzig]] also festnetz ich bin meistens da außer dienstags und wenn nicht dann schreiben sie mir einfach an die [[STR:kapellenstraße siebenundzwanzig]] danke schön auf wiederhören

--
Hinweis des Telefonsystems: Rückruf erbeten. Zuständig: Friedhofsverwaltung, Team Gebühren, friedhoefe@mail.aachen.de, Tel. 0241 432-0 (Zentrale).
""",
    [
        "friedhoefe@mail.aachen.de",
        "0241 432-0",
        "feld vierzehn reihe drei nummer zwölf",
        "neunhundertachtzig euro",
        "sechs monate",
    ],
)

pii(
    "voicemail",
    """
Sprachnachricht an: Kita-Beitragsstelle Stadt Mainz
eingegangen: 03.02.2025, 07:58 Uhr, Nebenstelle Beitragswesen
Anrufer-Kennung: [[TEL:+49 176 40339185]]
Transkription:

buongiorno äh guten tag hier spricht [[P:giuseppe russo]] [[P:r u s s o]] wegen der kita gebühren meine tochter [[P:giulia]] ist in der kita kinderhaus gonsenheim und ich hab einen bescheid bekommen dass ich für februar noch zahlen muss zweihundertzwölf euro aber die [[P:giulia]] ist doch schon zwei geworden am [[DOB:vierzehnten januar]] und ab zwei jahren ist die kita in rheinland-pfalz doch beitragsfrei hat mir die leiterin gesagt das kassenzeichen ist [[AZ:zwei drei null eins vier sieben sieben null sechs zwei]] bitte prüfen sie das ob das ein fehler ist wir wohnen auch nicht mehr in der alten wohnung wir wohnen jetzt in [[LOC:mombach]] [[STR:am lemmchen neun]] vielleicht ist deshalb was durcheinander die post kommt noch an die alte adresse meine frau [[P:francesca]] hat das umgemeldet im bürgeramt im dezember sie können mich zurückrufen unter [[TEL:null eins sieben sechs vier null drei drei neun eins acht fünf]] oder mir eine mail schreiben [[MAIL:giuseppe punkt russo at libero punkt it]] libero wie frei auf italienisch punkt it ja dann vielen dank grazie arrivederci

--
Automatischer Hinweis: Für Fragen zur Beitragsfreiheit ab dem vollendeten zweiten Lebensjahr (§ 26 KiTaG RLP) bitte an kita-beitraege@stadt.mainz.de wenden. Öffnungszeiten Beitragswesen: Mo–Do 8–12 Uhr, Stadthaus Große Bleiche, Große Bleiche 46.
""",
    [
        "§ 26 KiTaG RLP",
        "kita-beitraege@stadt.mainz.de",
        "zweihundertzwölf euro",
        "Große Bleiche 46",
        "kita kinderhaus gonsenheim",
    ],
)

pii(
    "voicemail",
    """
Voicemail Servicenummer Straßenverkehrsbehörde Freiburg, Sachgebiet Bewohnerparken
Datum: 27.01.2025 12:14 | Rufnummer unterdrückt | Transkript (Spracherkennung)

hallo hier ist [[P:kübra aydın]] also [[P:a y d ı n]] mit dem i ohne punkt aber sie können auch normales i schreiben ich hab vor drei wochen online den bewohnerparkausweis beantragt für das bewohnerparkgebiet stühlinger west die antragsnummer ist [[AZ:b p zwei fünf null null acht sieben eins]] und ich hab noch nichts gehört das auto ist ein blauer polo mit dem kennzeichen [[KFZ:f r k a drei eins acht]] aber das auto ist auf meinen vater zugelassen [[P:mehmet aydın]] der wohnt in [[LOC:emmendingen]] und ich fahr das aber jeden tag ich hab dazu eine nutzungsbestätigung von ihm hochgeladen ich weiß nicht ob das reicht ich wohne selbst seit oktober in [[LOC:stühlinger]] [[STR:eschholzstraße neunundvierzig]] dritter stock die dreihundertsechzig euro im jahr hab ich auch schon überwiesen die parkplätze sind jetzt abends alle voll und ich hab schon zwei knöllchen bekommen also wäre nett wenn das schnell geht schreiben sie mir am besten eine mail [[MAIL:kuebra punkt aydin at posteo punkt de]] oder rufen sie an [[TEL:null eins fünf sieben drei eins sechs vier vier acht null zwo]] ich bin ab sechzehn uhr erreichbar danke tschüss

--
Systemhinweis: Zuständig Amt für öffentliche Ordnung, Bewohnerparken, Fehrenbachallee 12, 79106 Freiburg, bewohnerparken@stadt.freiburg.de
""",
    [
        "bewohnerparkgebiet stühlinger west",
        "dreihundertsechzig euro",
        "Fehrenbachallee 12, 79106 Freiburg",
        "bewohnerparken@stadt.freiburg.de",
        "nutzungsbestätigung",
    ],
    allow=("stühlinger",),
)

pii(
    "voicemail",
    """
Sprachnachricht Feuerwehr Kassel, Vorbeugender Brandschutz (Sammelrufnummer)
18.11.2024, 16:33 Uhr · Anrufer: [[TEL:0171 2208347]] · Dauer 1:12
Transkript:

ja schönen guten tag [[P:thomas lehmann]] von der nordhessischen hausverwaltung gmbh ich ruf an wegen der brandverhütungsschau die sie für den vierten dezember angekündigt haben im objekt friedrich-ebert-straße hundertvierzehn das ist das wohn- und geschäftshaus mit der gaststätte unten eigentümerin ist die kasseler wohnbau kg wir verwalten das nur äh der termin um neun uhr passt uns leider nicht weil der elektriker für die sicherheitsbeleuchtung erst am nachmittag kann könnten wir auf vierzehn uhr gehen oder auf den fünften ihr kollege herr [[P:rübsam]] hatte beim letzten mal gesagt dass die mängel aus dem protokoll von zweitausenddreiundzwanzig also die brandschutztür im keller und die rauchmelder im treppenraum bis dahin erledigt sein müssen das ist erledigt die rechnungen schick ich mit vor ort ist der hausmeister herr [[P:koç]] [[P:yusuf koç]] der hat alle schlüssel der ist erreichbar unter [[TEL:null eins fünf zwei zwei neun eins vier sieben sieben drei]] und ich selbst unter der nummer von der ich anrufe oder per mail [[MAIL:t punkt lehmann at nh minus hausverwaltung punkt de]] das aktenzeichen auf ihrem schreiben ist b v s vierundzwanzig schrägstrich null acht acht danke ihnen

--
Hinweis: Anfragen zur Brandverhütungsschau bitte an vb@feuerwehr-kassel.de oder 0561 787-0. Rechtsgrundlage: § 15 HBKG.
""",
    [
        "nordhessischen hausverwaltung gmbh",
        "friedrich-ebert-straße hundertvierzehn",
        "kasseler wohnbau kg",
        "vb@feuerwehr-kassel.de",
        "§ 15 HBKG",
    ],
)

# --- sms_thread -------------------------------------------------------------------------------

V["id_jana"] = id_card("LF7RK2M9T", with_check=True)
pii(
    "sms_thread",
    """
SMS-Gateway Terminvergabe Bürgerservice Erfurt, Export der Antworten 13.-14.01.2025
(Antworten auf Erinnerungs-SMS werden an das Team Bürgerservice weitergeleitet)

13.01.2025 16:00 an [[TEL:+49 1523 8814072]]
Stadt Erfurt: Erinnerung an Ihren Termin im Bürgerservice morgen, 14.01., 09:30 Uhr, Bürgermeister-Wagner-Straße 1. Buchungsnr. [[AZ:BS-250114-0931]]. Absagen unter erfurt.de/termine

13.01.2025 18:47 von [[TEL:+49 1523 8814072]]
hallo ich kann morgen nicht kommen mein kleiner hat fieber. geht freitag auch? ist wegen reisepass für uns beide, wir fliegen im märz zu meiner oma nach [[LOC:krakau]]. lg [[P:jana]]

14.01.2025 08:12 an [[TEL:+49 1523 8814072]]
Guten Morgen, Ihr Termin ist storniert. Bitte buchen Sie online neu. Für den Kinderreisepass bringen Sie die Geburtsurkunde des Kindes mit. Ihr Team Bürgerservice

14.01.2025 08:20 von [[TEL:+49 1523 8814072]]
ok danke. ist es schlimm dass mein perso abgelaufen ist? nummer [[ID:«id_jana»]]. [[P:jana nowicka-berg]], [[STR:vilniuser str. 8]], [[LOC:99089 erfurt]]

14.01.2025 09:02 an [[TEL:+49 1523 8814072]]
Bitte senden Sie keine Ausweisnummern per SMS. Ein abgelaufener Ausweis wird beim Termin eingezogen. Ihr Team Bürgerservice

14.01.2025 11:31 von [[TEL:+49 176 55012938]]
Guten Tag, hier ist Frau [[P:Wagner]]. Meine Mutter [[P:Elfriede Wagner]], geb. [[DOB:2.7.1936]], lebt im Pflegeheim am Steigerwald und kann nicht mehr selbst kommen. Wie bekommt sie einen neuen Ausweis? Gruß [[P:Wagner]]

14.01.2025 12:05 an [[TEL:+49 176 55012938]]
Sehr geehrte Frau [[P:Wagner]], für Menschen in Pflegeeinrichtungen kommt unser mobiler Bürgerservice. Bitte rufen Sie 0361 655-0 an oder schreiben Sie an buergerservice@erfurt.de. Die Gebühr für den Personalausweis beträgt 37,00 Euro. Ihr Team Bürgerservice
""",
    [
        "buergerservice@erfurt.de",
        "0361 655-0",
        "mobiler Bürgerservice",
        "erfurt.de/termine",
        "37,00 Euro",
    ],
    allow=("Wagner",),
)

pii(
    "sms_thread",
    """
WhatsApp-Chat mit „IR Krefeld Wahlhelfer 2025" (Export ohne Medien, weitergeleitet an die Geschäftsstelle des Integrationsrates)

08.05.25, 18:02 - [[P:Sevo]] 🌻: Hallo zusammen, für die Infostände zur Integrationsratswahl am Samstag brauchen wir noch 2 Leute am Dionysiusplatz und am Ostwall
08.05.25, 18:05 - [[P:Dimi]]: ich kann 10-13 uhr. bin eh samstag früh bei [[P:wagners]], die haben die flyerkisten im keller
08.05.25, 18:07 - [[TEL:+49 157 32290416]]: Hi, hier ist [[P:Rukiye]] (neu in der Gruppe, Nummer hab ich von [[P:Sevgi]]). Ich kann ab 11, wohne in [[LOC:Fischeln]] und fahr mit der U76 rein
08.05.25, 18:09 - [[P:Sevo]] 🌻: Super, danke [[P:Rukiye]]! ❤️
08.05.25, 18:15 - [[P:Jonas Herbst]]: Zur Info aus dem Wahlamt: Briefwahl bis Freitag 18 Uhr beantragen, wahlamt@krefeld.de oder im Rathaus, Von-der-Leyen-Platz 1. Wahlberechtigt ist, wer 16 ist und keinen deutschen Pass hat oder eingebürgert wurde (§ 27 GO NRW)
08.05.25, 18:16 - [[P:Dimi]]: kandidatenliste platz 3 ist übrigens [[P:Oleksandr Melnyk]] aus [[LOC:Hüls]], der fragt ob er auch am stand stehen darf. seine nummer [[TEL:0176 2291 4407]]
08.05.25, 18:18 - [[P:Jonas Herbst]]: Kandidierende dürfen an den Infoständen der Stadt nicht werben, nur an eigenen Ständen. Sorry!
08.05.25, 18:21 - [[P:Sevo]] 🌻: [[P:Dimi]] kannst du ihm das sagen? Und bitte keine Handynummern mehr hier reinstellen, die Gruppe hat 60 Leute 🙈
08.05.25, 18:22 - [[P:Dimi]]: sorry!!
08.05.25, 18:30 - [[P:Jonas Herbst]]: Die Nachwahl für den freien Sitz ist dann erst im Herbst, Vorlage 1187/24 im Rat
08.05.25, 18:41 - [[TEL:+49 157 32290416]]: Wo krieg ich die Warnweste? Ich bin klein, Größe S 😅 [[P:Rukiye Aydemir]] steht übrigens auf meiner Klingel falls ihr was vorbeibringt, [[STR:Kölner Str. 512]]
08.05.25, 18:44 - [[P:Sevo]] 🌻: Warnwesten liegen bei [[P:wagners]] 👍
""",
    [
        "wahlamt@krefeld.de",
        "Von-der-Leyen-Platz 1",
        "§ 27 GO NRW",
        "Vorlage 1187/24",
        "Dionysiusplatz",
    ],
    allow=("Herbst",),
)

V["tax_tobi"] = steuer_id("4719382651")
V["tax_lena"] = steuer_id("5820417368", "blocks")
V["iban_tobi"] = iban("DE", "160500003501882746", "lower")
pii(
    "sms_thread",
    """
Nachrichten, Verlauf mit „[[P:Tobi]] 🐻" ([[TEL:+49 160 94417730]])
kopiert von [[P:Lena Hoffmann-Brück]] als Anlage zum Elterngeldantrag, Stadt Potsdam, Elterngeldstelle

Di., 04.03. 21:14
Ich: schatz hast du deine steuer id? das formular will beide
[[P:Tobi]] 🐻: moment
[[P:Tobi]] 🐻: [[TAX:«tax_tobi»]]
Ich: und deine iban? oder nehmen wir mein konto
[[P:Tobi]] 🐻: nimm meins [[IBAN:«iban_tobi»]]
Ich: ok. meine ist [[TAX:«tax_lena»]] steht auf dem bescheid vom finanzamt
Ich: geburtsdatum von [[P:mila]] schreib ich [[DOB:17.01.2025]] oder? in der urkunde steht [[DOB:17. Januar 2025]]
[[P:Tobi]] 🐻: ja klar 😅 du warst dabei
Ich: haha. arbeitgeber bei dir ist noch die babelsberg media gmbh?
[[P:Tobi]] 🐻: ja bis juni, dann die neue
Ich: ok. deine monate: 7. und 8. lebensmonat, basiselterngeld, richtig?
[[P:Tobi]] 🐻: ja. mein chef herr [[P:kowalczyk]] hat die arbeitgeberbescheinigung schon unterschrieben
Ich: super. adresse schreib ich [[STR:großbeerenstr. 231, whg 4.12]], [[LOC:14482 potsdam]] ja?
[[P:Tobi]] 🐻: ja. [[LOC:babelsberg]] muss nicht rein
Ich: geht dann per post an die elterngeldstelle, friedrich-ebert-straße 79/81, oder per mail an elterngeld@rathaus.potsdam.de
[[P:Tobi]] 🐻: und das mit den 14 monaten zusammen passt? ich hab gelesen max 1 monat gleichzeitig
Ich: ja, § 4 BEEG, wir überschneiden uns nur im 7. monat
[[P:Tobi]] 🐻: perfekt. frag morgen noch oma [[P:renate]] wegen der kopie von der geburtsurkunde, die hat das original
Ich: mach ich 💕
[[P:Tobi]] 🐻: hdl, [[P:tobi]]
""",
    [
        "babelsberg media gmbh",
        "friedrich-ebert-straße 79/81",
        "elterngeld@rathaus.potsdam.de",
        "§ 4 BEEG",
        "basiselterngeld",
    ],
    allow=("babelsberg",),
)

pii(
    "sms_thread",
    """
Signal-Chat „[[P:Yonas]]", exportiert von [[P:Birgit Schönfeld]] (Ehrenamt, Willkommensnetz Gera e.V.) für die Beratung

[09.04.25 10:12] [[P:Yonas]]: hallo [[P:birgit]]. ausländerbehörde hat brief geschickt. termin 22.4 um 8:30 zimmer 214. was ich muss mitbringen?
[09.04.25 10:20] [[P:Birgit]]: Hallo [[P:Yonas]]! Schick mir mal ein Foto vom Brief 🙂
[09.04.25 10:25] [[P:Yonas]]: [Bild]
[09.04.25 10:31] [[P:Birgit]]: Okay, Aktenzeichen [[AZ:32.2-ER-2019-0457]], es geht um die Verlängerung. Im Brief steht dein Name als [[P:GEBREMEDHIN, Yonas Tesfamariam]]. Mitbringen: Pass, biometrisches Foto, Mietvertrag, die letzten drei Lohnzettel von der Gera-Süd Logistik GmbH. Hast du den neuen Pass schon?
[09.04.25 10:40] [[P:Yonas]]: ja neue pass von botschaft seit januar. nummer [[PASS:P01847263]]
[09.04.25 10:41] [[P:Yonas]]: und ich wohne jetzt in [[LOC:gera-lusan]] [[STR:zeulsdorfer str 42]] nicht mehr [[LOC:bieblach]]. muss ich das sagen?
[09.04.25 10:47] [[P:Birgit]]: Ja! Erst ummelden im Bürgerservice im Rathaus, Kornmarkt 1, dann bekommst du die Meldebescheinigung. Die brauchst du am 22.4.
[09.04.25 10:52] [[P:Yonas]]: meine frau [[P:selam]] und baby [[P:hanna]] auch? [[P:hanna]] geboren [[DOB:3.2.25]] in [[LOC:gera]]
[09.04.25 11:03] [[P:Birgit]]: Für [[P:Hanna]] brauchst du die Geburtsurkunde vom Standesamt und einen eigenen Antrag nach § 33 AufenthG. Ich frag Frau [[P:Steinbrecher]] von der Ausländerbehörde, ob das am selben Termin geht. Die Gebühr für ein Kind ist glaube ich 50 Euro.
[09.04.25 11:05] [[P:Yonas]]: danke [[P:birgit]] 🙏 du bist die beste
[09.04.25 11:06] [[P:Yonas]]: meine neue nummer ist [[TEL:0152 5590 3318]] die alte geht nicht mehr. [[P:yonas]]
[09.04.25 11:10] [[P:Birgit]]: Gespeichert 👍 Bis Dienstag im Café der Begegnung!
""",
    [
        "Willkommensnetz Gera e.V.",
        "Gera-Süd Logistik GmbH",
        "Kornmarkt 1",
        "§ 33 AufenthG",
        "50 Euro",
    ],
)

V["iban_os"] = iban("DE", "265501050000214410")
pii(
    "sms_thread",
    """
Telegram-Gruppe „Семья Шмидт 🏡" (Screenshots abgetippt, Anlage zum Schreiben an die Bußgeldstelle Osnabrück)

[[P:Sascha]]: papa hast du den brief von der stadt gesehen? knöllchen für den passat [[KFZ:OS-KR 512]]
Papa: какое письмо? welcher brief
[[P:Sascha]]: verwarnungsgeld 35 euro, parken im absoluten halteverbot johannisstraße, 12.02. um 9:40. verwarnungs-nr [[AZ:4.2.2025.118734]]
Papa: das war nicht ich das war mama beim arzt
Mama: ja ich war beim zahnarzt 😬 ich zahl das
[[P:Sascha]]: als halter steht drauf [[P:Wiktor Schmidt]], [[STR:Atterstraße 77]], [[LOC:49090 Osnabrück]]. wohnt ihr nicht schon lange in [[LOC:Dodesheide]]?
Papa: seit 2023 [[STR:Haster Weg 9a]]. die alte adresse in [[LOC:Eversburg]] ist falsch, das hab ich umgemeldet
Oma [[P:Lida]]: [[P:Сашенька]], мне тоже пришло письмо?
[[P:Sascha]]: nein oma, nur papa 😘
[[P:Sascha]]: papa du kannst online zahlen an die stadtkasse, «iban_os» steht unten, verwendungszweck ist die verwarnungs-nr
Papa: und die adresse?
[[P:Sascha]]: schreib an bussgeldstelle@osnabrueck.de mit deinem geburtsdatum [[DOB:14.09.1966]] und der neuen adresse, sonst kommen die briefe nicht an. frist ist eine woche
Mama: [[P:Sascha]] du bist ein schatz ❤️
Papa: ok. [[P:Alexander]] ruf mich nachher an [[TEL:0151 2788 4061]] geht nicht mehr, nimm das festnetz
[[P:Sascha]]: papa das ist deine handynummer 😂
""",
    [
        "35 euro",
        "bussgeldstelle@osnabrueck.de",
        "absoluten halteverbot johannisstraße",
        "«iban_os»",
        "frist ist eine woche",
    ],
)

# --- web_form ---------------------------------------------------------------------------------

V["iban_moeller"] = iban("DE", "545500100193347128", "lower")
pii(
    "web_form",
    """
Kontaktformular „Wohngeld - allgemeine Anfrage", Stadtverwaltung Ludwigshafen am Rhein
Eingang: 19.02.2025 23:48 | übermittelt von IP [[IP:84.139.22.107]]

Name: [[P:sandra moeller]]
E-Mail: [[MAIL:sandramoeller88@web.de]]
Telefon: [[TEL:0176/2339 8810]]
Betreff: wohngeld weiterleistungsantrag!!!

Nachricht:
hallo,ich hab im dezember den weiterleistungsantrag abgegeben aber bis jetzt nix gehört , mein wohngeld laeuft ende februar aus. ich bin alleinerziehend mit 2 kindern ([[P:lea]] 9 und [[P:ben]] 6) und kann die miete im maerz sonst nicht zahlen. aktenzeichen vom alten bescheid: [[AZ:50.3-wg-118824]]
ausserdem bin ich umgezogen innerhalb [[LOC:lu]] , von der [[STR:hauptstr 12a]] in [[LOC:mundenheim]] in die [[STR:raschigstr. 41]] in [[LOC:oggersheim]], die miete ist jetzt 780 warm statt 690. muss ich das extra melden ?? geb [[DOB:3.4.88]] falls sie das brauchen
meine iban hat sich auch geaendert [[IBAN:«iban_moeller»]] (sparkasse vorderpfalz)
der vater von den kindern [[P:kevin]] zahlt seit november keinen unterhalt mehr, das jugendamt weiss bescheid wegen unterhaltsvorschuss. zählt das als einkommen??
bitte dringend melden am besten per mail, tagsüber arbeite ich in der pflege und kann nicht telefonieren
danke lg [[P:sandra]]

--
Automatische Eingangsbestätigung: Ihre Nachricht wurde an wohngeld@ludwigshafen.de weitergeleitet. Die Bearbeitungszeit beträgt ca. 6-8 Wochen. Stadtverwaltung Ludwigshafen am Rhein, Bereich Soziales, Westendstraße 17. Bitte senden Sie Nachweise nicht über dieses Formular.
""",
    [
        "wohngeld@ludwigshafen.de",
        "ca. 6-8 Wochen",
        "Bereich Soziales, Westendstraße 17",
        "unterhaltsvorschuss",
        "sparkasse vorderpfalz",
    ],
)

pii(
    "web_form",
    """
Online-Terminanfrage Ausländerbehörde Ulm, Formular „Aufenthalt - Verlängerung / Sonstiges"
übermittelt: 06.03.2025 14:22

Nachname: [[P:SAHAK]]
Vorname: [[P:Mohammad Nasir]]
Geburtsdatum: [[DOB:01.01.1992]]
Staatsangehörigkeit: afghanisch
Ihr Anliegen (Freitext):
sehr geerte damen und heren, ich bin [[P:mohammad nasir sahak]], ich wohne in [[LOC:ulm wiblingen]] [[STR:buchauer str 15]] seit 2021. mein aufenthaltserlaubnis § 25 abs 2 lauft am 30.4.2025 ab. ich brauche termin für verlengerung.
mein reisepass ist abgelaufen, afghanistan botschaft gibt kein neuen pass. alte pass nummer [[PASS:P04417285]]. ich habe nur tazkira nr [[PASS:1400-0108-45712]], in der tazkira steht nur jahr [[DOB:1370]] nicht datum, darum 01.01. in formular.
mein bruder [[P:ahmad zia sahak]] wohnt in [[LOC:neu-ulm]] er kann helfen mit deutsch telefon [[TEL:0176 83 12 45 09]].
wir kommen aus [[LOC:herat]]. meine frau [[P:fatima]] und 3 kinder sind noch in [[LOC:maschhad]] (iran), ich will familiennachzug machen, was brauche ich? arbeitsvertrag habe ich bei donautal gebäudereinigung gmbh unbefristet.
danke
[[P:nasir]]
Telefon (optional): [[TEL:01521 4470 228]]
E-Mail: [[MAIL:nasir.sahak92@gmail.com]]

--
Hinweis: Anfragen werden in der Reihenfolge des Eingangs bearbeitet. Bitte sehen Sie von Rückfragen ab. Bürgerdienste, Ausländerbehörde, Olgastraße 66, 89073 Ulm, auslaenderbehoerde@ulm.de
""",
    [
        "§ 25 abs 2",
        "auslaenderbehoerde@ulm.de",
        "Olgastraße 66, 89073 Ulm",
        "familiennachzug",
        "donautal gebäudereinigung gmbh",
    ],
)

pii(
    "web_form",
    """
Kontaktformular Friedhofsverwaltung Worms, Kategorie: Grabstätte / Beschwerde
Eingang 21.10.2024 07:12

Name, Vorname: [[P:kowalski]], [[P:agnieszka]]
Straße: [[STR:alzeyer str 88]]
PLZ/Ort: [[LOC:67549 worms]]
Telefon: [[TEL:06241 / 59 33 17]]
Mobil: [[TEL:0157 7310 2284]]
E-Mail: [[MAIL:a.kowalska@t-online.de]]

Nachricht:
guten tag, ich schreibe wegen dem grab von meine mutter [[P:maria kowalski]] geb. [[DOB:12.9.1941]], gestorben 14.3.2022, hauptfriedhof hochheimer höhe feld 23 reihe 7 grab 4.
letzte woche war ich da und die grabvase ist gestohlen und die platte vom weg ist abgesackt, man kann fast fallen. das ist schon das zweite mal seit ostern. wer ist da zustaendig die stadt oder der steinmetz?
die grabnutzungsurkunde nr [[AZ:WO-FR-2022-0388]] laeuft auf meinen bruder [[P:tomasz]], der wohnt aber in [[LOC:poznań]] und kommt nur zu allerheiligen, deshalb schreibe ich. er ist einverstanden, er kann auch unterschreiben.
ausserdem wollte ich fragen ob man die grabnutzung jetzt schon verlaengern kann fuer meinen vater [[P:stanisław]], er ist [[DOB:1939]] geboren und möchte auch dort liegen.
bitte rufen sie mich an oder schreiben, vormittags bin ich zuhause.
pozdrawiam / grüße [[P:agnieszka kowalski]]

--
Friedhofsverwaltung der Stadt Worms, Hauptfriedhof Hochheimer Höhe, friedhof@worms.de. Für Schäden an Wegen ist die Friedhofsverwaltung zuständig, für Grabmale die Nutzungsberechtigten (§ 21 Friedhofssatzung).
""",
    [
        "hauptfriedhof hochheimer höhe",
        "feld 23 reihe 7 grab 4",
        "friedhof@worms.de",
        "§ 21 Friedhofssatzung",
        "allerheiligen",
    ],
)

pii(
    "web_form",
    """
Webformular „Beratung anfragen", Gleichstellungsstelle der Stadt Pforzheim
Eingang: 12.11.2024 06:51

Vorname: [[P:ana-maria]]
Nachname: [[P:popescu]]
Wie dürfen wir Sie erreichen? nur E-Mail
E-Mail: [[MAIL:anamaria.p1990@yahoo.com]]
Thema: Belästigung am Arbeitsplatz

Ihre Nachricht:
buna ziua, entschuldigung mein deutsch ist nicht gut. ich arbeite als reinigungskraft bei sauber & co. gebäudedienste gmbh in bürogebäude in der innenstadt. mein vorarbeiter herr [[P:krämer]] sagt dinge zu mir die nicht ok sind und er fasst mich an wenn keiner da ist. ich habe angst die arbeit zu verlieren weil mein vertrag ist befristet bis märz.
meine kollegin [[P:irina]] hat das gleiche erlebt, sie hat mir ihre adresse gegeben, sie war schon bei ihnen.
bitte nicht anrufen wenn mein mann zu hause ist, er weiss das nicht. nur mail oder morgens vor 8 uhr auf handy [[TEL:0152 0418 7735]].
ich wohne in [[LOC:haidach]], ich kann nach der arbeit kommen ab 14 uhr. brauche ich papiere? ich bin [[P:ana-maria popescu]], geb. [[DOB:7 aug 1990]] in [[LOC:constanța]], seit 2019 in deutschland.
danke [[P:ana]]

--
Eingangsbestätigung: Die Gleichstellungsstelle berät vertraulich und kostenlos. Sprechzeiten Di und Do 9-12 Uhr, Neues Rathaus, Marktplatz 1, Zimmer 312. In akuten Fällen: Hilfetelefon Gewalt gegen Frauen 116 016 (rund um die Uhr, auch auf Rumänisch). Beschwerden nach § 13 AGG können Sie auch bei Ihrem Arbeitgeber einlegen.
""",
    [
        "116 016",
        "Marktplatz 1, Zimmer 312",
        "sauber & co. gebäudedienste gmbh",
        "vertraulich und kostenlos",
        "§ 13 AGG",
    ],
)

V["iban_papa"] = iban("DE", "505500200012904417")
pii(
    "web_form",
    """
Online-Dienst „Fahrzeug umschreiben - Rückfrage", Stadt Offenbach am Main, Kfz-Zulassungsbehörde
gesendet 28.01.2025 22:03 von IP [[IP:2003:e5:7f1a:3c00:9d2:41ff:fe08:17b2]]

Ihr Anliegen:
hallo, ich habe das auto von meinem onkel übernommen, er ist nach griechenland zurück gegangen. das kennzeichen ist noch [[KFZ:of dp 881]] (also [[KFZ:OF-DP 881]]). ich will es auf mich umschreiben und wenn moeglich das kennzeichen behalten, geht das?
mein name: [[P:dimitrios papadopoulos]]
onkel: [[P:georgios papadopoulos]], geb [[DOB:22.06.1957]], wohnt jetzt in [[LOC:thessaloniki]], er hat mir eine vollmacht und den kaufvertrag geschickt per post aber nur kopie
ich wohne [[STR:bieberer str. 203]] [[LOC:63071 offenbach]] seit 2020, ich habe griechischen personalausweis nr [[PASS:AK 492817]] und meldebescheinigung
für die kfz steuer lastschrift: [[IBAN:«iban_papa»]] (konto von mir)
handy [[TEL:0163-3920175]]
mail [[MAIL:d.papadopoulos@outlook.de]]
wie lange dauert termin, ich arbeite schicht bei der offenbacher verkehrsbetriebe gmbh, am besten samstag?? danke [[P:dimi]]

Ihre Angaben zum Fahrzeug:
Fahrzeugart: Pkw (laut Nutzer)
Halter bisher: [[P:Papadopoulos, Georgios]]

--
Automatische Antwort: Für eine Umschreibung benötigen Sie die Zulassungsbescheinigung Teil I und II im Original, eine eVB-Nummer und ein SEPA-Mandat. Kopien reichen nicht. Termine: offenbach.de/zulassung. Kfz-Zulassungsbehörde, Berliner Straße 100, 63065 Offenbach am Main. Samstags geschlossen.
""",
    [
        "Berliner Straße 100, 63065 Offenbach am Main",
        "offenbach.de/zulassung",
        "offenbacher verkehrsbetriebe gmbh",
        "Zulassungsbescheinigung Teil I und II",
        "Samstags geschlossen",
    ],
)

# --- social_media -----------------------------------------------------------------------------

pii(
    "social_media",
    """
Kommentare unter dem Facebook-Beitrag der Stadt Nürnberg „Neue Online-Termine in den Bürgerämtern Nord, Süd und Mitte" (Export Social-Media-Team, 11.03.2025)

[[P:Maria Weber]]: Seit 3 Wochen keine Termine frei!!! Mein Perso läuft nächste Woche ab, ich wohne in [[LOC:Langwasser]] und soll jetzt nach Nord fahren?? 😡
  ↳ Stadt Nürnberg: Hallo [[P:Maria]], täglich um 7:30 Uhr werden neue Termine für die nächsten 14 Tage freigeschaltet. Ein abgelaufener Ausweis ist kein Problem, solange Sie einen neuen beantragen. ^JK
  ↳ [[P:Bernd Schuster]]: @[[P:Maria Weber]] einfach um 7:30 reinschauen, hat bei mir geklappt. Bürgeramt Süd war super nett.
[[P:Tülay Kaya]]: Ich warte seit Januar auf Rückruf wegen Termin-Nr. [[AZ:N-0314-7762]], niemand meldet sich. Meine Nummer ist [[TEL:0911 4802 2196]], bitte ruft an!!
  ↳ Stadt Nürnberg: Hallo [[P:Tülay]], bitte posten Sie keine Telefonnummern öffentlich. Wir haben Ihnen eine Direktnachricht geschickt. ^JK
[[P:Ioannis Zervas]]: Warum kann man sich nicht online ummelden? In [[LOC:Fürth]], wo meine Schwester wohnt, geht das längst.
  ↳ Stadt Nürnberg: Hallo [[P:Ioannis]], die elektronische Wohnsitzanmeldung gibt es seit Februar auch bei uns: nuernberg.de/ummelden (Online-Ausweisfunktion nötig). ^SM
  ↳ [[P:Ioannis Zervas]]: Danke, hat geklappt! Von [[STR:Fürther Str. 212]] nach [[LOC:St. Johannis]] in 10 Minuten 👍
[[P:Gisela Meyerhöfer]]: Mein Enkel [[P:Luca]] hat mir das mit der Online-Funktion eingerichtet, aber der PIN-Brief kam nie an. Wo bekomme ich den neu? Ich bin Jahrgang [[DOB:1941]] und nicht so fit mit dem Handy.
  ↳ Stadt Nürnberg: Liebe Frau [[P:Meyerhöfer]], einen neuen PIN-Brief bekommen Sie im Bürgeramt ohne Termin (Dienstag 8-12 Uhr) oder über den PIN-Rücksetzdienst. Fragen gern an buergeramt@stadt.nuernberg.de. ^SM
[[P:Andrzej Wróbel]]: Gibt es die Termine auch auf Polnisch erklärt? Meine Mama kann kein Deutsch.
  ↳ Stadt Nürnberg: Hallo [[P:Andrzej]], unsere Infoblätter gibt es in 8 Sprachen, auch Polnisch: nuernberg.de/buergeramt-sprachen ^JK
""",
    [
        "nuernberg.de/ummelden",
        "buergeramt@stadt.nuernberg.de",
        "Bürgeramt Süd",
        "täglich um 7:30 Uhr",
        "nuernberg.de/buergeramt-sprachen",
    ],
)

pii(
    "social_media",
    """
Facebook-Gruppe „Kita-Eltern Bonn", Beitrag und Kommentare (als Text an das Amt für Kinder, Jugend und Familie weitergeleitet, 04.09.2024)

[[P:Tina Schäfer]]: Hat noch jemand so einen Bescheid bekommen? Wir sollen für [[P:Jonah]] rückwirkend ab August 318 € statt 187 € im Monat zahlen, weil angeblich unser Einkommensnachweis fehlt. Den hab ich im Juli persönlich abgegeben!! Beitragsnummer [[AZ:51-EB-0047719]], falls jemand vom Amt mitliest 🙄
  [[P:Kemal Doğan]]: Bei uns genauso. Wir wohnen in [[LOC:Tannenbusch]], unsere Tochter geht in die städtische Kita Tannenbusch-Mitte, und der Bescheid kam mit der falschen Einkommensstufe.
  [[P:Tina Schäfer]]: @[[P:Kemal Doğan]] schreib direkt an elternbeitraege@bonn.de, bei einer Freundin haben die das in 2 Wochen korrigiert.
  [[P:Anja Breuer-Lindlar]]: Kleiner Tipp: Widerspruch innerhalb eines Monats, steht unten im Bescheid! Nicht nur Mail schreiben.
  [[P:Tina Schäfer]]: Danke [[P:Anja]]! Hab gerade Widerspruch geschickt, Absender [[STR:Hermannstraße 41]], [[LOC:53225 Bonn]], per Einschreiben.
  Admin: Bitte keine Adressen und Beitragsnummern öffentlich posten, die Gruppe ist offen.
  [[P:Olga Sidorenko]]: Andere Frage: Kennt jemand die Tagespflegeperson Frau [[P:Beckmann]] in [[LOC:Duisdorf]]? Wir bekommen ab Oktober dort einen Platz, Beitrag läuft ja auch über die Stadt.
  [[P:Kemal Doğan]]: Ja, [[P:Heike Beckmann]], super lieb, unser Großer war bei ihr. Ihre Handynummer schick ich dir per PN.
  Kommentar der Stadt Bonn: Liebe Eltern, wir prüfen die gemeldeten Bescheide. Bitte wenden Sie sich mit Ihrer Beitragsnummer an elternbeitraege@bonn.de oder an die Zentrale 0228 77-0. Die Beitragstabelle finden Sie unter bonn.de/elternbeitraege. ^Team Social Media
  [[P:Tina Schäfer]]: Danke! [[P:Jonah]] ist übrigens vom [[DOB:12.03.2021]], falls das für die Stufe relevant ist, er wird im März 4.
""",
    [
        "elternbeitraege@bonn.de",
        "0228 77-0",
        "innerhalb eines Monats",
        "318 €",
        "Amt für Kinder, Jugend und Familie",
    ],
    allow=("Tannenbusch",),
)

pii(
    "social_media",
    """
Leserkommentare zu „Seniorenbüro Lütten Klein zieht ins Ortsamt" (Online-Ausgabe, freigeschaltet von der Moderation, 19.02.2025)

[[P:Hannelore K.]] aus [[LOC:Evershagen]]: Schade, der alte Standort war so schön zentral. Ins Ortsamt komm ich mit dem Rollator schlecht rein, da ist doch diese Rampe.
[[P:dragan]]: meine nachbarin frau [[P:petrović]] ist 89 und geht jeden dienstag zum seniorenfrühstück. die weiß von nix, keiner hat ihr das gesagt. wir wohnen in [[LOC:lütten klein]] [[STR:rigaer str 9]], vielleicht kann mal jemand vom büro vorbeikommen
[[P:Uwe Tamm]]: Mein Opa (Jg. [[DOB:1938]]) fragt ob der Computerkurs weitergeht. Der hat da mit 85 Jahren WhatsApp gelernt 😄
Redaktion: Laut Stadt läuft das Programm weiter, auch der Computerkurs donnerstags.
[[P:Swetlana Iwanowa]]: Gibt es im neuen Büro auch wieder die Beratung auf Russisch? Meine Mutter [[P:Walentina]] braucht Hilfe mit dem Antrag Grundsicherung. Wer helfen kann, bitte melden: [[TEL:0381 1284 556]]
[[P:Peter]] aus [[LOC:Rostock]]: Wieder wird gespart, erst das Schwimmbad, jetzt das. Typisch.
[[P:Hannelore K.]]: @[[P:dragan]] Frau [[P:Petrović]] kann doch mit mir fahren, ich wohne [[STR:Ahlbecker Straße 21]], ist nicht weit 😊
[[P:dragan]]: danke [[P:hannelore]] das ist lieb ich sag ihr bescheid

Hinweis der Redaktion: Das Seniorenbüro ist ab 1. März im Ortsamt Nordwest 1, Warnowallee 31b, erreichbar, Sprechzeiten Dienstag und Donnerstag 9-15 Uhr, Telefon über das Bürgertelefon 0381 381-0. Das Seniorenfrühstück (1,50 Euro) findet weiter dienstags statt. Beratung auf Russisch und Ukrainisch gibt es jeden ersten Mittwoch im Monat.
""",
    [
        "Ortsamt Nordwest 1, Warnowallee 31b",
        "0381 381-0",
        "1,50 Euro",
        "Seniorenbüro Lütten Klein",
        "jeden ersten Mittwoch im Monat",
    ],
)

pii(
    "social_media",
    """
Nachbarschaftsplattform, Gruppe „Roßlau & Dessau-Nord", Beitrag „Bewohnerparkausweis - wie lange dauert das bei euch?" (13.05.2025)

[[P:Karsten]] aus [[LOC:Roßlau]]: Hab im April den Bewohnerparkausweis für die Zone R2 beantragt, bis heute nichts. Inzwischen zwei Knöllchen vor der eigenen Haustür 😤 Kennzeichen [[KFZ:DE-KM 220]], falls einer von der Stadt mitliest.
  [[P:jule]] (nachbarin von gegenüber): @[[P:Karsten]] bei mir hat es 6 wochen gedauert, ruf einfach an. ich hab [[KFZ:de km 71]] und bin in der [[STR:hauptstr 22]], da ist es jeden abend voll
  [[P:Mirela Dumitrescu]]: Wir sind letztes Jahr aus [[LOC:Timișoara]] hergezogen, [[STR:Mittelstraße 5]]. Kriegt man den Ausweis auch mit rumänischem Kennzeichen? Unser Auto hat noch [[KFZ:TM 12 MDR]].
  [[P:Karsten]]: @[[P:Mirela Dumitrescu]] nee, soweit ich weiß nur mit deutscher Zulassung und Hauptwohnsitz hier.
  [[P:Heinz-Dieter Sauer]]: 30,70 Euro im Jahr ist doch geschenkt. In [[LOC:Magdeburg]] wo mein Sohn [[P:Marcel]] wohnt zahlen sie viel mehr.
  Stadt Dessau-Roßlau (verifiziert): Hallo zusammen, Anträge für Bewohnerparkausweise bearbeiten wir derzeit in ca. 4 Wochen. Ausländische Kennzeichen sind nach der Allgemeinen Verwaltungsvorschrift zu § 45 StVO leider ausgeschlossen. Fragen gern an strassenverkehr@dessau-rosslau.de oder im Bürgerbüro im Rathaus, Zerbster Straße 4.
  [[P:jule]]: @[[P:Karsten]] siehste 😉
  [[P:Karsten]]: Danke. Antrag läuft unter [[AZ:BPA-2025-0412]], ich frag nach.
""",
    [
        "Zone R2",
        "§ 45 StVO",
        "strassenverkehr@dessau-rosslau.de",
        "Zerbster Straße 4",
        "30,70 Euro",
    ],
    allow=("Roßlau",),
)

# --- dictated_note ----------------------------------------------------------------------------

V["sp_okafor"] = spell("okafor", "old")
pii(
    "dictated_note",
    """
Diktat Aktenvermerk, Ausländerbehörde Erlangen, Sachgebiet 33/2
Spracherkennung, Rohtext, vor Übernahme in die Akte korrigieren

aktenvermerk doppelpunkt vorsprache am zwölften märz zweitausendfünfundzwanzig punkt neuer absatz es erscheint herr [[P:chukwuemeka okafor]] komma buchstabiert [[P:«sp_okafor»]] komma geboren am [[DOB:vierzehnten februar neunzehnhundertsiebenundachtzig]] in [[LOC:enugu]] komma nigerianischer staatsangehöriger komma wohnhaft [[STR:büchenbacher damm sechsundzwanzig]] komma [[LOC:neun eins null fünf sechs erlangen]] punkt neuer absatz herr [[P:okafor]] beantragt die blaue karte eu nach paragraf achtzehn g aufenthaltsgesetz punkt er ist seit erstem januar als entwicklungsingenieur bei der siemens healthineers ag beschäftigt komma bruttojahresgehalt achtundsechzigtausend euro punkt vorgelegt wurden doppelpunkt nationalpass nummer [[PASS:a null zwei sieben sieben vier eins neun fünf]] komma gültig bis zweitausendneunundzwanzig komma bisheriger elektronischer aufenthaltstitel nummer [[ID:Y 4 K 7 R 2 M 9 H]] komma arbeitsvertrag komma anerkennung des abschlusses durch die zab punkt neuer absatz die ehefrau frau [[P:ngozi okafor]] komma geborene [[P:eze]] komma sowie die tochter [[P:chidera]] komma geboren [[DOB:zweitausendzweiundzwanzig]] in [[LOC:erlangen]] komma leben bereits hier und werden in das verfahren einbezogen punkt frau [[P:okafor]] war nicht anwesend punkt neuer absatz rückfragen unter [[TEL:null eins fünf neun null drei drei vier acht sieben sechs zwei]] komma mail [[MAIL:c punkt okafor at posteo punkt net]] punkt neuer absatz fiktionsbescheinigung wurde ausgestellt komma gebühr dreizehn euro kassiert punkt wiedervorlage in sechs wochen punkt gezeichnet [[P:lindner]] punkt ende diktat
""",
    [
        "paragraf achtzehn g aufenthaltsgesetz",
        "siemens healthineers ag",
        "achtundsechzigtausend euro",
        "gebühr dreizehn euro",
        "Sachgebiet 33/2",
    ],
)

pii(
    "dictated_note",
    """
Feuerwehr Fulda, Abteilung Vorbeugender Brandschutz
Diktat Brandverhütungsschau vor Ort, Spracherkennung (Rohfassung)

brandverhütungsschau am siebten november zweitausendvierundzwanzig zehn uhr punkt objekt doppelpunkt mehrfamilienhaus mit sechs wohneinheiten [[STR:leipziger straße einhundertachtundvierzig]] komma [[LOC:ziehers nord]] punkt eigentümer doppelpunkt herr [[P:dieter brand]] komma privat komma wohnhaft im objekt erdgeschoss links komma telefon [[TEL:null sechs sechs eins neun sechs zwei acht eins vier]] punkt anwesend herr [[P:brand]] und sein sohn [[P:florian]] punkt neuer absatz feststellungen doppelpunkt eins punkt im treppenraum lagern kinderwagen komma schuhregale und ein altes sofa punkt ein brand im keller würde den einzigen rettungsweg sofort verrauchen punkt die brandlasten sind innerhalb von vier wochen zu entfernen punkt zwei punkt die rauchschutztür zum keller schließt nicht selbsttätig komma der türschließer ist defekt punkt drei punkt in der wohnung zweites obergeschoss rechts komma mieterin frau [[P:rahimi]] komma fehlt der rauchwarnmelder im kinderzimmer punkt herr [[P:brand]] sagt zu komma das bis ende november zu erledigen punkt neuer absatz herr [[P:brand]] bittet um schriftliche mängelliste an [[MAIL:dieter punkt brand at t minus online punkt de]] punkt nachschau ist für den neunten dezember vorgesehen punkt rechtsgrundlage paragraph fünfzehn hbkg punkt gebühr laut gebührensatzung hundertzwanzig euro punkt neuer absatz die gaststätte im nachbarhaus gehört zur rhön brauhaus gmbh und wird gesondert geprüft punkt gezeichnet oberbrandmeister [[P:hohmann]] punkt ende
""",
    [
        "paragraph fünfzehn hbkg",
        "hundertzwanzig euro",
        "innerhalb von vier wochen",
        "rhön brauhaus gmbh",
        "Abteilung Vorbeugender Brandschutz",
    ],
    allow=("brand",),
)

pii(
    "dictated_note",
    """
Landeshauptstadt Potsdam, Beratungsstelle Älterwerden / Seniorenbüro
Diktat Hausbesuch (Spracherkennung, ungeprüft)

hausbesuch am vierten februar zweitausendfünfundzwanzig bei frau [[P:irmgard koch]] komma [[STR:konrad-wolf-allee dreiundsechzig]] komma achter stock komma in [[LOC:drewitz]] punkt frau [[P:koch]] ist [[DOB:neunzehnhundertvierunddreißig]] geboren und lebt seit dem tod ihres mannes allein punkt neuer absatz anlass doppelpunkt ihr sohn herr [[P:rainer koch]] aus [[LOC:werder]] hatte angerufen komma weil seine mutter zweimal gestürzt ist punkt er selbst ist telefonisch erreichbar unter [[TEL:null eins sieben eins drei fünf fünf acht zwei neun null vier]] punkt neuer absatz eindruck doppelpunkt wohnung sauber komma kühlschrank fast leer komma frau [[P:koch]] kocht nach eigener aussage nicht mehr komma sie isst bei der nachbarin frau [[P:nowak]] mit punkt pflegegrad liegt nicht vor punkt neuer absatz vereinbart doppelpunkt eins punkt antrag auf pflegegrad bei der pflegekasse komma wir helfen beim ausfüllen punkt zwei punkt hausnotruf über den arbeiter-samariter-bund komma monatlich fünfundzwanzig euro fünfzig komma kostenübernahme ab pflegegrad eins möglich punkt drei punkt mittagessen über den mobilen mittagstisch der awo punkt vier punkt frau [[P:koch]] möchte zum seniorentreff im bürgerhaus am schlaatz komma fahrdienst klären punkt neuer absatz festnetz frau [[P:koch]] [[TEL:null drei drei eins sechs zwei sieben vier eins fünf acht]] punkt wiedervorlage in vier wochen punkt gezeichnet [[P:schulze-marquardt]] punkt ende diktat
""",
    [
        "fünfundzwanzig euro fünfzig",
        "arbeiter-samariter-bund",
        "bürgerhaus am schlaatz",
        "mobilen mittagstisch der awo",
        "Beratungsstelle Älterwerden",
    ],
)

# --- city_bot_chat ----------------------------------------------------------------------------

V["id_elif"] = id_card("T7LR92KXM", with_check=True)
pii(
    "city_bot_chat",
    """
Chatprotokoll „Würzburger Bürgerbot", Sitzung 7f3a91 (exportiert für Support-Ticket)
Client-IP: [[IP:91.64.203.18]] · Backend: 10.40.2.15 · Beginn 22.01.2025 19:41

Bot: Hallo! Ich bin der digitale Assistent der Stadt Würzburg. Wobei kann ich helfen?
Nutzerin: personalausweis verlängern termin
Bot: Personalausweise können nicht verlängert werden, Sie beantragen einen neuen. Termine im Bürgerbüro buchen Sie unter wuerzburg.de/termine. Gebühr: 37,00 Euro (ab 24 Jahren).
Nutzerin: hab schon termin aber will verschieben. termin nr [[AZ:WÜ-BB-2025-01377]] name [[P:elif şahin]] geb [[DOB:09.11.1997]]
Bot: Aus Datenschutzgründen kann ich keine persönlichen Daten verarbeiten. Bitte nutzen Sie den Link in Ihrer Bestätigungsmail.
Nutzerin: die mail ging an meine alte adresse [[MAIL:elif.sahin97@hotmail.de]], die gibts nicht mehr
Nutzerin: meine ausweisnummer ist [[ID:«id_elif»]] falls das hilft
Bot: Bitte geben Sie keine Ausweisnummern im Chat ein. Ich verbinde Sie mit einer Mitarbeiterin.
System: Frau [[P:Reinhart]] (Bürgerbüro) hat den Chat übernommen. 19:46
Frau [[P:Reinhart]]: Guten Abend Frau [[P:Şahin]], ich habe Ihren Termin gefunden. Ich kann ihn auf den 29.01. um 10:15 Uhr verschieben. Passt das?
Nutzerin: ja super danke!! und ich bin umgezogen, wohne jetzt [[STR:sanderglacisstr. 9]] in der [[LOC:sanderau]], vorher [[LOC:lengfeld]]
Frau [[P:Reinhart]]: Dann melden Sie sich im selben Termin gleich um, das kostet nichts. Bringen Sie bitte die Wohnungsgeberbestätigung Ihres Vermieters mit. Die neue Bestätigung geht an welche Mail?
Nutzerin: [[MAIL:e.sahin@posteo.de]]
Frau [[P:Reinhart]]: Erledigt. Bürgerbüro, Rückermainhof, Karmelitenstraße 20, Eingang über den Innenhof.
Bot: Kann ich sonst noch helfen? Allgemeine Fragen beantwortet auch buergerbuero@stadt.wuerzburg.de.
Nutzerin: nein danke 😊
""",
    [
        "wuerzburg.de/termine",
        "37,00 Euro",
        "Aus Datenschutzgründen kann ich keine persönlichen Daten verarbeiten.",
        "Karmelitenstraße 20",
        "buergerbuero@stadt.wuerzburg.de",
    ],
)

pii(
    "city_bot_chat",
    """
Chat mit „KasselBot", Thema Wohngeld (Protokoll, an die Sachbearbeitung übergeben)
Sitzung 2025-03-10 08:02, Kanal: Webseite

KasselBot: Guten Tag! Ich beantworte Fragen zu Wohngeld, Bürgerservice und Abfall. Was möchten Sie wissen?
Gast: hallo ich hab wohngeld beantragt vor 3 monaten wann kommt geld
KasselBot: Die Bearbeitungszeit beträgt derzeit etwa 10 bis 12 Wochen. Ob Sie Anspruch haben, können Sie vorab mit dem Wohngeldrechner prüfen: kassel.de/wohngeldrechner
Gast: aktenzeichen [[AZ:WG-3420-2024-8817]] [[P:jovanović milena]] wir wohnen [[STR:holländische str 140]] [[LOC:34127 kassel]]
KasselBot: Ich kann den Stand einzelner Anträge nicht einsehen. Möchten Sie mit einer Sachbearbeiterin sprechen?
Gast: ja
Gast: und mein sohn [[P:luka]] ist ausgezogen nach [[LOC:göttingen]] zum studium ändert das was
KasselBot: Änderungen der Haushaltsgröße müssen Sie unverzüglich mitteilen (§ 27 WoGG). Ich leite Sie weiter.
System: Frau [[P:Heinemann]] ist jetzt im Chat.
Frau [[P:Heinemann]]: Guten Morgen Frau [[P:Jovanović]], ich habe Ihren Antrag vor mir. Es fehlt noch die Verdienstbescheinigung Ihres Mannes für Dezember. Der Auszug Ihres Sohnes ändert die Haushaltsgröße von 4 auf 3 Personen, bitte schicken Sie die Ummeldung aus [[LOC:Göttingen]] oder die Immatrikulationsbescheinigung.
Gast: mein mann [[P:dragan]] arbeitet bei vw in [[LOC:baunatal]] die schicken das diese woche
Frau [[P:Heinemann]]: Sehr gut. Sie können alles an wohngeld@kassel.de schicken, bitte mit Aktenzeichen. Bei Rückfragen erreichen Sie mich direkt unter [[TEL:0561 787-4312]].
Gast: ok danke tel von mir [[TEL:0157 3377 9021]] falls sie was brauchen
Frau [[P:Heinemann]]: Notiert. Schönen Tag noch!
KasselBot: War dieses Gespräch hilfreich? 👍 👎
""",
    [
        "kassel.de/wohngeldrechner",
        "§ 27 WoGG",
        "10 bis 12 Wochen",
        "wohngeld@kassel.de",
        "Verdienstbescheinigung",
    ],
)

pii(
    "city_bot_chat",
    """
Chatbot der Landeshauptstadt Mainz, Thema Kfz-Zulassung (Transkript, angefordert vom Nutzer)
Start: 15.04.2025 21:17

Bot: Willkommen beim digitalen Bürgerservice Mainz! Stellen Sie Ihre Frage.
Nutzer: bin von [[LOC:ludwigshafen]] nach [[LOC:mainz finthen]] gezogen muss ich neues kennzeichen
Bot: Nein. Bei einem Umzug können Sie Ihr bisheriges Kennzeichen behalten (Kennzeichenmitnahme). Die Adressänderung muss aber innerhalb von zwei Wochen in den Fahrzeugpapieren eingetragen werden. Gebühr: ca. 12,50 Euro.
Nutzer: kennzeichen ist [[KFZ:LU TS 77]] halter bin ich [[P:piotr zieliński]]
Bot: Für die Adressänderung brauchen Sie: Personalausweis oder Reisepass mit Meldebescheinigung, Zulassungsbescheinigung Teil I. Termine: mainz.de/zulassung
Nutzer: und das auto von meiner frau [[KFZ:lu-aa 1904]] läuft auf ihre firma die rheinpfalz catering gmbh geht das auch online
Bot: Fahrzeuge von Firmen meldet die Firma selbst um, mit Vollmacht und Gewerbeanmeldung.
Nutzer: meine frau heißt [[P:katarzyna]] kann sie meins mitmachen
Bot: Ja, mit schriftlicher Vollmacht und Ihrem Ausweis. Ein Vollmachtsformular finden Sie unter mainz.de/zulassung.
Nutzer: neue adresse [[STR:kurmainzstraße 17]] [[LOC:55126 mainz]] geb [[DOB:30.6.1985]] schicken sie mir die checkliste an [[MAIL:p.zielinski@gmx.net]]
Bot: Ich kann keine E-Mails versenden und speichere Ihre Angaben nicht. Die Checkliste können Sie unter mainz.de/zulassung herunterladen.
Nutzer: meine nummer [[TEL:0170 4418 2290]] kann mich jemand anrufen
Bot: Rückrufe sind über den Chat leider nicht möglich. Sie erreichen die Zulassungsstelle unter 06131 12-0 (Mo-Fr 7:30-12 Uhr) oder vor Ort in der Zwerchallee 24.
Nutzer: ok
Bot: Danke für Ihre Nachricht. Bitte bewerten Sie dieses Gespräch.
""",
    [
        "Kennzeichenmitnahme",
        "12,50 Euro",
        "mainz.de/zulassung",
        "rheinpfalz catering gmbh",
        "06131 12-0",
    ],
)

# --- citizen_letter ---------------------------------------------------------------------------

V["tax_magda"] = steuer_id("6193027488")
V["tax_florian"] = steuer_id("3804715923")
V["iban_nowak"] = iban("DE", "265501050001887304")
pii(
    "citizen_letter",
    """
[[P:Magdalena Nowak-Berger]]
[[STR:Bremer Straße 112]]
[[LOC:49084 Osnabrück]]
Tel. [[TEL:0541 6608 1173]] · [[MAIL:m.nowak-berger@gmx.de]]

Stadt Osnabrück
Fachbereich Kinder, Jugendliche und Familien, Elterngeldstelle
Postfach 44 60, 49034 Osnabrück

Osnabrück, 02.04.2025

Ihr Zeichen: [[AZ:51.4-EG-2025-00733]], Elterngeldantrag für unseren Sohn

Sehr geehrte Frau [[P:Brinkmann]],

vielen Dank für Ihr Schreiben vom 24.03.2025. Anbei reiche ich die fehlenden Unterlagen nach:

- die Geburtsbescheinigung für Elterngeld für unseren Sohn [[P:Jakub Nowak-Berger]], geboren am [[DOB:11.02.2025]] im Klinikum Osnabrück,
- die Gehaltsabrechnungen Februar 2024 bis Januar 2025 meines Arbeitgebers, der Hellmann Worldwide Logistics SE & Co. KG,
- die Bescheinigung der Krankenkasse über das Mutterschaftsgeld bis 08.04.2025.

Sie hatten nach meiner Steuer-Identifikationsnummer gefragt: [[TAX:«tax_magda»]]. Die meines Mannes [[P:Florian Berger]] lautet [[TAX:«tax_florian»]]. Mein Geburtsdatum ist der [[DOB:27.05.1990]]; ich bin polnische Staatsangehörige, in [[LOC:Gdynia]] geboren und lebe seit 2016 in Deutschland, zuerst in [[LOC:Lingen]], seit 2021 hier im [[LOC:Schinkel]].

Ich beantrage Basiselterngeld für den 1. bis 12. Lebensmonat. Mein Mann beantragt Elterngeld Plus für den 13. und 14. Lebensmonat; seinen Antrag schickt er getrennt. Bitte zahlen Sie auf mein Konto bei der Sparkasse Osnabrück, IBAN [[IBAN:«iban_nowak»]].

Falls noch etwas fehlt, erreichen Sie mich am besten vormittags.

Mit freundlichen Grüßen
[[P:Magdalena Nowak-Berger]]
""",
    [
        "Postfach 44 60, 49034 Osnabrück",
        "Hellmann Worldwide Logistics SE & Co. KG",
        "Elterngeld Plus",
        "Mutterschaftsgeld",
        "Basiselterngeld",
    ],
)

V["iban_kras"] = iban("DE", "130500000201447856")
pii(
    "citizen_letter",
    """
[[P:Arben Krasniqi]]
[[STR:Kopenhagener Straße 7, 3. OG]]
[[LOC:18107 Rostock]]

Hansestadt Rostock
Amt für Schule und Sport, Schülerbeförderung
Neuer Markt 1
18055 Rostock

Rostock, 16. September 2024

Antrag auf Übernahme der Schülerbeförderungskosten für meine Töchter

Sehr geehrte Damen und Herren,

wir sind am 1. August 2024 von [[LOC:Güstrow]] nach [[LOC:Lütten Klein]] gezogen. Vorher haben wir bis 2022 in [[LOC:Prizren]] im Kosovo gelebt. Meine Töchter gehen seit dem neuen Schuljahr hier zur Schule:

1. [[P:Blerta Krasniqi]], geboren am [[DOB:04.06.2012]], Klasse 7b der Integrierten Gesamtschule Südstadt,
2. [[P:Drita Krasniqi]], geboren am [[DOB:19.11.2016]], Klasse 2a der Grundschule am Mühlenteich.

Für [[P:Blerta]] ist der Schulweg 9,4 km lang, sie fährt mit der S-Bahn und der Straßenbahn. Für [[P:Drita]] sind es nur 1,2 km, aber sie muss über die Stadtautobahn; meine Frau [[P:Vjosa]] bringt sie jeden Morgen. Ich bitte darum, für [[P:Drita]] eine Ausnahme wegen des gefährlichen Schulweges zu prüfen.

Die Schülerjahreskarte für [[P:Blerta]] haben wir im August selbst gekauft (2 × 42,00 Euro für August und September). Die Quittungen liegen bei. Bitte erstatten Sie den Betrag auf das Konto meiner Frau [[P:Vjosa Krasniqi]], IBAN [[IBAN:«iban_kras»]].

Das Aktenzeichen aus Güstrow war [[AZ:SB-40-2023-1187]]; dort wurde die Beförderung bis Juli 2024 bezahlt.

Sie erreichen mich unter [[TEL:0176 7712 0958]] oder per E-Mail an [[MAIL:arben.krasniqi@web.de]]. Ich arbeite in Schicht bei der Neptun Werft GmbH, deshalb bitte nach 15 Uhr.

Mit freundlichen Grüßen
[[P:Arben Krasniqi]]
""",
    [
        "Neuer Markt 1",
        "Integrierten Gesamtschule Südstadt",
        "Grundschule am Mühlenteich",
        "2 × 42,00 Euro",
        "Neptun Werft GmbH",
    ],
    allow=("Güstrow",),
)

pii(
    "citizen_letter",
    """
[[P:Nikolaos Georgiou]]
[[STR:Rüngsdorfer Straße 36]]
[[LOC:53173 Bonn]]

An die Bundesstadt Bonn
Amt für Umwelt und Stadtgrün, Abteilung Friedhöfe
Stadthaus, Berliner Platz 2
53111 Bonn

Bonn, den 15.01.2025

Umbettung meines Vaters nach Griechenland
Grabstätte Südfriedhof, Flur 12, Nr. 208, Kassenzeichen [[AZ:5.6731.220417.9]]

Sehr geehrte Damen und Herren,

mein Vater, [[P:Konstantinos Georgiou]], geboren am [[DOB:3. März 1941]] in [[LOC:Kalamata]], ist am 9. Oktober 2022 verstorben und auf dem Südfriedhof beigesetzt. Die Grabnutzungsrechte liegen bei mir (Urkunde Nr. [[AZ:GN-2022-11873]]).

Es war der Wunsch meines Vaters, in seinem Heimatdorf [[LOC:Kardamyli]] neben seinen Eltern zu liegen. Meine Schwester [[P:Eleni Georgiou-Schmitz]], die in [[LOC:Köln-Ehrenfeld]] wohnt, und ich möchten deshalb die Umbettung beantragen. Die Überführung übernimmt die Pietät Rheinland GmbH, die Genehmigung des Gesundheitsamtes nach § 15 BestG NRW wird dort beantragt.

Bitte teilen Sie mir mit,
- ob die Ruhefrist einer Umbettung entgegensteht und welche Unterlagen Sie benötigen,
- wie hoch die Gebühr für die Ausgrabung ist (laut Gebührensatzung 1.250,00 Euro?),
- ob die Grabstelle danach zurückgegeben werden kann und ob Gebühren erstattet werden.

Ich wohne seit 1998 in [[LOC:Bad Godesberg]] und bin tagsüber unter [[TEL:0228 3682 415]] oder [[TEL:0171 9003 2265]] erreichbar, per E-Mail unter [[MAIL:n.georgiou@t-online.de]].

Für Ihre Hilfe danke ich Ihnen sehr.

Mit freundlichen Grüßen
[[P:Nikolaos Georgiou]]
[[P:Νικόλαος Γεωργίου]]
""",
    [
        "Berliner Platz 2",
        "§ 15 BestG NRW",
        "Pietät Rheinland GmbH",
        "1.250,00 Euro",
        "Südfriedhof, Flur 12, Nr. 208",
    ],
)

pii(
    "citizen_letter",
    """
[[P:Leyla Haddad]]
[[STR:Sprendlinger Landstraße 88]]
[[LOC:63069 Offenbach am Main]]
[[MAIL:leyla.haddad@outlook.com]] · [[TEL:0157 8824 1106]]

Stadt Offenbach am Main
Frauenbüro / Gleichstellungsstelle
Berliner Straße 100
63065 Offenbach am Main

21. Februar 2025

Beschwerde über den Ablauf eines Vorstellungsgesprächs, Stellenausschreibung 2024/117 (Sachbearbeitung Kita-Verwaltung)

Sehr geehrte Damen und Herren,

ich habe mich auf die oben genannte Stelle beworben (Bewerbungsnummer [[AZ:BW-24117-0093]]) und wurde am 12. Februar 2025 zum Vorstellungsgespräch eingeladen. Ich trage ein Kopftuch. Im Gespräch fragte mich der Vorsitzende der Auswahlkommission, Herr [[P:Kuhn]], ob ich „mit Kopftuch denn Elterngespräche führen“ könne und ob mein Mann einverstanden sei, dass ich Vollzeit arbeite. Die Vertreterin des Personalrats, Frau [[P:Szymańska]], hat dies ebenfalls gehört.

Ich habe in [[LOC:Damaskus]] Betriebswirtschaft studiert, der Abschluss ist anerkannt, und ich arbeite seit 2019 in der Verwaltung der Lebenshilfe Offenbach gGmbH. Bis 2015 habe ich in [[LOC:Homs]] gelebt, danach in [[LOC:Dreieich]], seit 2020 wohne ich in [[LOC:Lauterborn]].

Ich bitte die Gleichstellungsstelle zu prüfen, ob das Gespräch mit dem Allgemeinen Gleichbehandlungsgesetz und dem Hessischen Gleichberechtigungsgesetz (HGlG) vereinbar war, und mir mitzuteilen, ob ich eine Beschwerde nach § 13 AGG einlegen sollte. Die Absage habe ich am 19. Februar erhalten.

Ich bin mit einer Weitergabe meines Namens an Herrn [[P:Kuhn]] erst einverstanden, wenn wir darüber gesprochen haben.

Mit freundlichen Grüßen
[[P:Leyla Haddad]]
""",
    [
        "Stellenausschreibung 2024/117",
        "Lebenshilfe Offenbach gGmbH",
        "§ 13 AGG",
        "Hessischen Gleichberechtigungsgesetz (HGlG)",
        "Berliner Straße 100",
    ],
)

pii(
    "citizen_letter",
    """
Vietnamesischer Kulturverein Aachen e.V.
c/o [[P:Phạm Thị Hoa]], [[STR:Jülicher Straße 204]], [[LOC:52070 Aachen]]

An den Vorsitzenden des Integrationsrates der Stadt Aachen
Herrn [[P:Selim Aktaş]]
über die Geschäftsstelle des Integrationsrates, Fachbereich Integration
Katschhof, Verwaltungsgebäude, 52062 Aachen

Aachen, 03.03.2025

Antrag auf Anhörung in der Sitzung des Integrationsrates am 26. März 2025

Sehr geehrter Herr [[P:Aktaş]],

unser Verein betreut seit 2009 rund 120 vietnamesische Familien in Aachen, die meisten wohnen wie ich im [[LOC:Ostviertel]]. Wir möchten in der nächsten Sitzung des Integrationsrates unser Projekt „Chữ Việt – Muttersprache am Samstag“ vorstellen und eine Förderung aus dem Budget des Integrationsrates (Haushaltsstelle 1.05.01) beantragen. Die Beschlussvorlage FB 56/0123/WP18 nennt Mittel von 8.000 Euro für Sprach- und Kulturprojekte.

Vortragen werden ich und unsere Lehrerin [[P:Nguyễn Thu Trang]]. Da mein Deutsch für Fachfragen nicht reicht, begleitet mich meine Tochter [[P:Phạm Minh Anh]] als Übersetzerin. Ich selbst bin [[DOB:1968]] in [[LOC:Hải Phòng]] geboren und lebe seit 1990 in Deutschland, zuerst in [[LOC:Stolberg]].

Nach § 27 Abs. 8 GO NRW kann der Integrationsrat Einwohnerinnen und Einwohner anhören. Bitte teilen Sie uns den Zeitpunkt mit. Ich bin erreichbar unter [[TEL:0241 9174 602]] und per E-Mail unter [[MAIL:hoa.pham@vkv-aachen.de]]. Die Vereinsadresse ist meine Privatadresse.

Mit freundlichen Grüßen
[[P:Phạm Thị Hoa]]
(in deutschen Papieren: [[P:PHAM, Thi Hoa]])
Vorsitzende
""",
    [
        "Vietnamesischer Kulturverein Aachen e.V.",
        "§ 27 Abs. 8 GO NRW",
        "FB 56/0123/WP18",
        "8.000 Euro",
        "Haushaltsstelle 1.05.01",
    ],
)

# --- official_notice --------------------------------------------------------------------------

pii(
    "official_notice",
    """
Stadt Regensburg · Amt für öffentliche Ordnung und Straßenverkehr · Bußgeldstelle
Minoritenweg 8-10 · 93047 Regensburg · Telefon 0941 507-0 · bussgeldstelle@regensburg.de

Sachbearbeitung: Frau [[P:Schießl]] · Durchwahl [[TEL:0941 507-2687]] · [[MAIL:schiessl.claudia@regensburg.de]]

Herrn
[[P:Ionuț Marinescu]]
[[STR:Prüfeninger Straße 92]]
[[LOC:93049 Regensburg]]

Aktenzeichen: [[AZ:51.2-OWi-2025-0073318]]                     Datum: 03.02.2025

Anhörung im Bußgeldverfahren

Sehr geehrter Herr [[P:Marinescu]],

Ihnen wird vorgeworfen, am 14.01.2025 um 07:52 Uhr in Regensburg, Nordgaustraße Höhe Hausnummer 12, Fahrtrichtung stadteinwärts, als Führer des Pkw mit dem Kennzeichen [[KFZ:R-IM 4477]] die zulässige Höchstgeschwindigkeit innerorts von 50 km/h um 24 km/h überschritten zu haben (§ 41 Abs. 1 i. V. m. Anlage 2, § 49 StVO, § 24 StVG, Nr. 11.3.5 BKat).

Für diese Ordnungswidrigkeit ist ein Bußgeld von 115,00 Euro vorgesehen; zusätzlich werden Gebühren und Auslagen von 28,50 Euro erhoben und ein Punkt im Fahreignungsregister eingetragen.

Angaben zur Person (bitte prüfen und ergänzen):
Geburtsdatum: [[DOB:17.08.1986]]
Geburtsort: [[LOC:Craiova]]
Staatsangehörigkeit: rumänisch

Sie können sich zur Sache äußern; Sie müssen es nicht. Waren Sie nicht der Fahrer, nennen Sie bitte Namen und Anschrift der Person, die gefahren ist. Senden Sie den Bogen innerhalb einer Woche zurück.

Das Messfoto kann nach Terminvereinbarung eingesehen werden.

Mit freundlichen Grüßen
im Auftrag
[[P:Schießl]]
""",
    [
        "Minoritenweg 8-10 · 93047 Regensburg",
        "bussgeldstelle@regensburg.de",
        "115,00 Euro",
        "§ 24 StVG",
        "Nordgaustraße Höhe Hausnummer 12",
    ],
)

pii(
    "official_notice",
    """
Stadt Ulm · Bürgerdienste · Straßenverkehr, Bewohnerparken
Olgastraße 66 · 89073 Ulm · bewohnerparken@ulm.de · Servicetelefon 0731 161-0

Bearbeitung: [[P:Häberle]], Tel. [[TEL:0731 161-3342]]

Frau Dr.
[[P:Sofia Ferrante]]
[[STR:Söflinger Straße 151]]
[[LOC:89077 Ulm]]

Ulm, 10.03.2025

Bescheid über die Erteilung eines Bewohnerparkausweises
Ausweis-Nr. [[AZ:BP-UL-2025-1198]], Bewohnerparkzone S1 „Söflingen-Ort“

Sehr geehrte Frau Dr. [[P:Ferrante]],

auf Ihren Antrag vom 24.02.2025 erteilen wir Ihnen nach § 45 Abs. 1b Nr. 2a StVO in Verbindung mit der Bewohnerparkgebührensatzung der Stadt Ulm einen Bewohnerparkausweis für das Fahrzeug mit dem amtlichen Kennzeichen [[KFZ:UL-SF 2207]].

Gültigkeit: 15.03.2025 bis 14.03.2026
Gebühr: 200,00 Euro (fällig innerhalb von 14 Tagen, Kassenzeichen [[AZ:6.1150.884213.2]])

Ihren weiteren Antrag für das Fahrzeug Ihres Ehemannes, Herrn [[P:Lorenzo Ferrante]], mit dem italienischen Kennzeichen [[KFZ:GH 447 PL]] müssen wir ablehnen. Ein Bewohnerparkausweis kann nur für Fahrzeuge erteilt werden, die auf eine in der Zone mit Hauptwohnsitz gemeldete Person zugelassen sind oder von ihr dauerhaft genutzt werden. Herr [[P:Ferrante]] ist laut Melderegister noch mit Hauptwohnsitz in [[LOC:Bologna]] gemeldet. Nach der Ummeldung in [[LOC:Söflingen]] kann er einen eigenen Antrag stellen.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der Stadt Ulm erhoben werden.

Mit freundlichen Grüßen
[[P:Häberle]]
""",
    [
        "bewohnerparken@ulm.de",
        "0731 161-0",
        "§ 45 Abs. 1b Nr. 2a StVO",
        "200,00 Euro",
        "innerhalb eines Monats",
    ],
    allow=("Söflingen",),
)

V["iban_mansour"] = iban("DE", "680501010012447396")
V["iban_fr_city"] = iban("DE", "680501010002004400")
pii(
    "official_notice",
    """
Stadt Freiburg im Breisgau · Amt für Kinder, Jugend und Familie · Elternbeiträge
Berliner Allee 1 · 79114 Freiburg · elternbeitraege@stadt.freiburg.de

Ihre Ansprechpartnerin: Frau [[P:Zähringer]], Tel. [[TEL:0761 201-8461]]

Herrn [[P:Tarek Mansour]] und Frau [[P:Julia Mansour-Kienzle]]
[[STR:Maria-von-Rudloff-Platz 3]]
[[LOC:79111 Freiburg]]

Kassenzeichen: [[AZ:5.4100.203356.1]]                Freiburg, 28.08.2024

Festsetzung der Elternbeiträge für die Kindertagesbetreuung

Sehr geehrte Eltern,

für die Betreuung Ihres Kindes [[P:Noah Mansour]], geboren am [[DOB:05.05.2021]], in der städtischen Kita Sonnenhaus (Betreuungsform: verlängerte Öffnungszeit, 35 Stunden/Woche) setzen wir ab 01.09.2024 folgenden monatlichen Elternbeitrag fest:

Einkommensstufe 4 (bereinigtes Jahreseinkommen 60.001 bis 75.000 Euro)   238,00 Euro
Ermäßigung Geschwisterkind ([[P:Lina Mansour]], geb. [[DOB:2019]])        - 47,60 Euro
zu zahlen monatlich                                                   190,40 Euro

Der Beitrag wird zum 5. eines Monats von Ihrem Konto [[IBAN:«iban_mansour»]] (Kontoinhaber: [[P:Tarek Mansour]]) abgebucht. Gläubiger-ID der Stadt: DE85ZZZ00000054321; Empfängerkonto der Stadtkasse: «iban_fr_city».

Rechtsgrundlage ist die Satzung über die Benutzung der städtischen Kindertageseinrichtungen in der Fassung vom 23.07.2024.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch beim Amt für Kinder, Jugend und Familie erhoben werden.

Mit freundlichen Grüßen
im Auftrag
[[P:Zähringer]]
""",
    [
        "Berliner Allee 1 · 79114 Freiburg",
        "190,40 Euro",
        "DE85ZZZ00000054321",
        "«iban_fr_city»",
        "elternbeitraege@stadt.freiburg.de",
    ],
)

V["iban_le"] = iban("DE", "830505550010773219")
pii(
    "official_notice",
    """
Stadt Gera · Fachdienst Soziales · Wohngeldstelle
Gagarinstraße 99/101 · 07545 Gera · wohngeld@gera.de · Sprechzeiten Di 9-12 und 13-18 Uhr

Sachbearbeiter: Herr [[P:Richter]], Zimmer 2.14, Tel. [[TEL:0365 838-3417]]

Frau
[[P:Lê Thị Hương]]
[[STR:Heinrichstraße 30]]
[[LOC:07548 Gera]]

Geschäftszeichen: [[AZ:50.3-WG-1047-25]]                      Gera, 19.03.2025

Bescheid über Wohngeld (Mietzuschuss)

Sehr geehrte Frau [[P:Lê]],

auf Ihren Antrag vom 06.01.2025 wird Ihnen nach dem Wohngeldgesetz (WoGG) für den Bewilligungszeitraum vom 01.01.2025 bis 31.12.2025 Wohngeld in Höhe von monatlich 412,00 Euro bewilligt.

Berücksichtigte Haushaltsmitglieder:
1. [[P:LE THI HUONG]], geb. [[DOB:12.10.1985]] (Antragstellerin)
2. [[P:NGUYEN VAN THANH]], geb. [[DOB:02.02.1981]] (Ehemann)
3. [[P:NGUYEN LE BAO NGOC]], geb. [[DOB:30.07.2014]] (Tochter)
4. [[P:NGUYEN LE MINH KHOA]], geb. [[DOB:21.12.2018]] (Sohn)

Berechnungsgrundlagen: zu berücksichtigende Miete 684,00 Euro (Mietenstufe II, Höchstbetrag für 4 Personen), Gesamteinkommen 1.962,37 Euro monatlich.

Das Wohngeld wird monatlich im Voraus auf das Konto [[IBAN:«iban_le»]] überwiesen. Sie sind verpflichtet, Änderungen der Haushaltsgröße, des Einkommens oder einen Umzug unverzüglich mitzuteilen (§ 27 WoGG); wohnen Sie nicht mehr in [[LOC:Untermhaus]], endet der Anspruch.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der Stadt Gera, Gagarinstraße 99/101, 07545 Gera, erhoben werden.

Mit freundlichen Grüßen
im Auftrag
[[P:Richter]]
""",
    [
        "Gagarinstraße 99/101",
        "412,00 Euro",
        "§ 27 WoGG",
        "Mietenstufe II",
        "wohngeld@gera.de",
    ],
)

pii(
    "official_notice",
    """
Stadt Cottbus/Chóśebuz · Fachbereich Feuerwehr · Sachgebiet Vorbeugender Brandschutz
Dresdener Straße 46 · 03050 Cottbus · brandschutz@cottbus.de · Telefon 0355 612-0

Bearbeiter: Brandoberinspektor [[P:Lehnigk]], Tel. [[TEL:0355 612-7124]]

Herrn
[[P:Wolfgang Pietsch]]
[[STR:Thiemstraße 12]]
[[LOC:03050 Cottbus]]

Az.: [[AZ:37-BVS-2024-0218]]                               Cottbus, 02.12.2024

Ergebnis der Brandverhütungsschau im Gebäude [[STR:Karl-Liebknecht-Straße 68]], [[LOC:03046 Cottbus]]

Sehr geehrter Herr [[P:Pietsch]],

bei der Brandverhütungsschau am 21.11.2024 in Ihrem Wohn- und Geschäftshaus haben wir in Anwesenheit Ihres Sohnes, Herrn [[P:Marco Pietsch]], und des Mieters der Gewerbeeinheit im Erdgeschoss, Herrn [[P:Hoàng Văn Thành]] (Asia-Imbiss, Einzelunternehmen), folgende Mängel festgestellt:

1. Die Tür zwischen Imbissküche und Treppenraum ist keine feuerhemmende, selbstschließende Tür (T30-RS).
2. Im Treppenraum fehlt die Rauchabzugsöffnung mit Auslösestelle im Erdgeschoss.
3. Im Kellergang lagern brennbare Stoffe (Kartonagen, Fritteusenöl).

Wir fordern Sie auf, die Mängel zu 1. und 2. bis 31.03.2025 und den Mangel zu 3. innerhalb von zwei Wochen zu beseitigen (§ 33 BbgBKG). Eine Nachschau ist für April 2025 vorgesehen.

Für die Brandverhütungsschau wird eine Gebühr von 186,00 Euro erhoben; hierzu ergeht ein gesonderter Bescheid.

Ihr Sohn hat angegeben, dass Rückfragen über ihn laufen sollen: [[TEL:0162 4480 1937]].

Mit freundlichen Grüßen
im Auftrag
[[P:Lehnigk]]
""",
    [
        "Dresdener Straße 46",
        "brandschutz@cottbus.de",
        "§ 33 BbgBKG",
        "186,00 Euro",
        "T30-RS",
    ],
    allow=("03050 Cottbus",),
)

# --- pasted_form ------------------------------------------------------------------------------

V["eat_senait"] = id_card("YC4T81KM7", with_check=True)
V["eat_gebre"] = id_card("YC4T90NR2", with_check=True)
W_FORM = (28,)
pii(
    "pasted_form",
    "Stadt Fulda, Ausländerbehörde: Antrag auf Verlängerung eines Aufenthaltstitels\n"
    "(aus dem Online-Formular kopiert, Eingang 17.02.2025)\n\n"
    "1. Antragstellerin\n"
    + columns(
        W_FORM,
        ("Familienname", "[[P:Tesfay]] (Vatersname, kein Familienname)"),
        ("Vorname(n)", "[[P:Senait]]"),
        ("Name in Originalschrift", "[[P:ሰናይት ተስፋይ]]"),
        ("Geburtsdatum", "[[DOB:14.09.1987]] (im Pass: [[DOB:14/09/87]])"),
        ("Geburtsort", "[[LOC:Asmara]]"),
        ("Staatsangehörigkeit", "eritreisch"),
        ("Reisedokument", "Reiseausweis für Flüchtlinge Nr. [[PASS:RF0472913]]"),
        ("Aufenthaltstitel", "§ 25 Abs. 2 AufenthG, eAT-Nr. [[ID:«eat_senait»]]"),
        ("Anschrift", "[[STR:Frankfurter Straße 58]], c/o [[P:Gebremariam]]"),
        ("PLZ / Ort", "[[LOC:36043 Fulda]]"),
        ("Stadtteil", "[[LOC:Aschenberg]]"),
        ("Telefon", "[[TEL:0661 2503 8841]]"),
    )
    + "\n\n2. Ehegatte\n"
    + columns(
        W_FORM,
        ("Name / Vorname", "[[P:Habte]] / [[P:Gebrehiwet]]"),
        ("Geburtsdatum / -ort", "[[DOB:01.01.1983]] / [[LOC:Keren]]"),
        ("Aufenthaltstitel", "eAT-Nr. [[ID:«eat_gebre»]]"),
    )
    + "\n\n3. Kinder\n"
    + columns(
        W_FORM,
        ("Kind 1", "[[P:Luwam Gebrehiwet]], geb. [[DOB:22.03.2016]] in [[LOC:Addis Abeba]]"),
        ("Kind 2", "[[P:Natnael Gebrehiwet]], geb. [[DOB:09.12.2020]] in [[LOC:Fulda]]"),
    )
    + "\n\n4. Lebensunterhalt\n"
    + columns(
        W_FORM,
        ("Arbeitgeber", "Klinikum Fulda gAG (Servicekraft, unbefristet)"),
        ("Nettoeinkommen", "1.840 Euro monatlich, Kindergeld 510 Euro"),
        ("Miete warm", "890 Euro"),
    )
    + "\n\nIch versichere, dass meine Angaben richtig sind, und kenne meine Mitwirkungspflichten nach § 82 AufenthG.\n"
    "Unterschrift: [[P:Senait Tesfay]]\n",
    [
        "§ 25 Abs. 2 AufenthG",
        "§ 82 AufenthG",
        "Klinikum Fulda gAG",
        "1.840 Euro monatlich",
        "Kindergeld 510 Euro",
    ],
    allow=("Fulda",),
)

V["tax_derya"] = steuer_id("7361049283", "blocks")
V["tax_murat"] = steuer_id("2957018432", "blocks")
V["rv_derya"] = rv_number("53", "210991", "A", "51", spaced=True)
V["iban_korkmaz"] = iban("DE", "545500100190338412")
W_EG = (24, 34)
pii(
    "pasted_form",
    "Stadt Ludwigshafen am Rhein, Bereich Jugend und Familie, Elterngeldstelle\n"
    "Antrag auf Elterngeld (Abschnitte 1-4, aus dem PDF kopiert)\n\n"
    + columns(
        W_EG,
        ("", "Mutter", "Vater"),
        ("Familienname", "[[P:Korkmaz]]", "[[P:Korkmaz]]"),
        ("Geburtsname", "[[P:Aksoy]]", "-"),
        ("Vorname", "[[P:Derya]]", "[[P:Murat]]"),
        ("Geburtsdatum", "[[DOB:21.09.1991]]", "[[DOB:07.04.1989]]"),
        ("Steuer-ID", "[[TAX:«tax_derya»]]", "[[TAX:«tax_murat»]]"),
        ("Rentenversicherungs-Nr.", "[[RV:«rv_derya»]]", "(nicht angegeben)"),
        ("Staatsangehörigkeit", "deutsch", "türkisch"),
        ("Arbeitgeber", "BASF SE", "Pfalzwerke AG"),
    )
    + "\n\nAnschrift (gemeinsam)\n"
    + columns(
        W_EG,
        ("Straße, Nr.", "[[STR:Sternstraße 88]]"),
        ("PLZ, Ort", "[[LOC:67063 Ludwigshafen am Rhein]]"),
        ("Ortsteil", "[[LOC:Friesenheim]]"),
        ("Telefon", "[[TEL:0621 5913 3307]]"),
        ("E-Mail", "[[MAIL:derya.korkmaz@web.de]]"),
    )
    + "\n\nKind\n"
    + columns(
        W_EG,
        ("Name, Vorname", "[[P:Korkmaz, Elif]]"),
        ("Geburtsdatum", "[[DOB:03.01.2025]]"),
        ("Mehrlingsgeburt", "nein"),
    )
    + "\n\nBezugszeitraum\n"
    + columns(
        W_EG,
        ("Mutter", "Basiselterngeld 1.-12. Lebensmonat"),
        ("Vater", "Basiselterngeld 2. und 13. Lebensmonat, Elterngeld Plus 14.-15. Lebensmonat"),
    )
    + "\n\nBankverbindung: [[IBAN:«iban_korkmaz»]], Kontoinhaberin [[P:Derya Korkmaz]]\n"
    "Hinweis: Elterngeld wird nach § 2 BEEG in Höhe von 65 bis 67 Prozent des Nettoeinkommens gezahlt. "
    "Rückfragen: elterngeld@ludwigshafen.de, Westendstraße 17.\n",
    [
        "BASF SE",
        "Pfalzwerke AG",
        "§ 2 BEEG",
        "elterngeld@ludwigshafen.de",
        "65 bis 67 Prozent",
    ],
)

W_MELD = (26,)
pii(
    "pasted_form",
    "Stadt Dessau-Roßlau, Bürgerbüro: Anmeldung bei der Meldebehörde (§ 17 BMG)\n"
    "Online-Dienst, Eingang 04.03.2025, zur Vorsprache ausgedruckt\n\n"
    + columns(
        W_MELD,
        ("Tag des Einzugs", "01.03.2025"),
        ("Neue Wohnung", "[[STR:Kochstedter Kreisstraße 12, WE 7]]"),
        ("PLZ / Gemeinde", "[[LOC:06847 Dessau-Roßlau]]"),
        ("Ortsteil", "[[LOC:Kochstedt]]"),
        ("Bisherige Wohnung", "[[STR:prosp. Sobornyi 160, kv. 31]]"),
        ("PLZ / Ort / Staat", "[[LOC:69000 Saporischschja]], Ukraine"),
        ("Wohnungsgeber", "Wohnungsgenossenschaft Dessau eG, Kavalierstraße 29"),
    )
    + "\n\nPerson 1\n"
    + columns(
        W_MELD,
        ("Familienname", "[[P:Bondarenko]] ([[P:Бондаренко]])"),
        ("Vornamen", "[[P:Iryna]] ([[P:Ірина]])"),
        ("Geburtsdatum", "[[DOB:08.11.1979]]"),
        ("Geburtsort", "[[LOC:Melitopol]] ([[LOC:Мелітополь]])"),
        ("Staatsangehörigkeit", "ukrainisch"),
        ("Familienstand", "verheiratet seit 2004 in [[LOC:Saporischschja]]"),
        ("Pass", "[[PASS:FT482091]]"),
    )
    + "\n\nPerson 2\n"
    + columns(
        W_MELD,
        ("Familienname", "[[P:Bondarenko]]"),
        ("Vornamen", "[[P:Maksym]]"),
        ("Geburtsdatum", "[[DOB:15.06.2010]]"),
        ("Geburtsort", "[[LOC:Saporischschja]]"),
        ("Ausweis", "ID-Karte Ukraine [[PASS:004417296]]"),
    )
    + "\n\nEhegatte (zieht nicht mit ein): [[P:Serhii Bondarenko]], lebt weiterhin in [[LOC:Saporischschja]]\n"
    "Telefon: [[TEL:+49 1512 8837 406]]   E-Mail: [[MAIL:iryna.bondarenko79@ukr.net]]\n\n"
    "Hinweis: Die Anmeldung muss innerhalb von zwei Wochen nach dem Einzug erfolgen. Die Wohnungsgeberbestätigung "
    "(§ 19 BMG) ist beizufügen. Bürgerbüro im Rathaus, Zerbster Straße 4.\n",
    [
        "§ 17 BMG",
        "§ 19 BMG",
        "Wohnungsgenossenschaft Dessau eG, Kavalierstraße 29",
        "innerhalb von zwei Wochen",
        "Zerbster Straße 4",
    ],
)

W_PARK = (30,)
pii(
    "pasted_form",
    "Stadtverwaltung Worms, Straßenverkehrsbehörde, Adenauerring 2, 67547 Worms\n"
    "Antrag auf Ausnahmegenehmigung nach § 46 Abs. 1 Nr. 11 StVO (Parkerleichterung für schwerbehinderte Menschen)\n"
    "Formular ausgefüllt am PC, eingegangen per E-Mail an strassenverkehr@worms.de am 07.01.2025\n\n"
    "A. Antragstellerin\n"
    + columns(
        W_PARK,
        ("Name, Vorname", "[[P:Lorenz, Gisela]]"),
        ("Geburtsdatum", "[[DOB:24.12.1946]]"),
        ("Straße, Hausnummer", "[[STR:Zellertalstraße 41]]"),
        ("PLZ, Ort", "[[LOC:67551 Worms-Pfeddersheim]]"),
        ("Telefon", "[[TEL:06247 3318]]"),
    )
    + "\n\nB. Schwerbehinderung\n"
    + columns(
        W_PARK,
        ("Ausweis ausgestellt von", "Landesamt für Soziales, Jugend und Versorgung"),
        ("Aktenzeichen Landesamt", "[[AZ:71-04-221-3387-2]]"),
        ("GdB / Merkzeichen", "80 / G, aG"),
        ("gültig bis", "unbefristet"),
    )
    + "\n\nC. Beantragt\n"
    + columns(
        W_PARK,
        ("Art", "blauer EU-Parkausweis (Merkzeichen aG)"),
        ("zusätzlich", "personengebundener Parkplatz vor der Wohnung"),
    )
    + "\n\nD. Fahrzeuge, mit denen die Antragstellerin befördert wird\n"
    + columns(
        W_PARK,
        ("eigenes Fahrzeug", "[[KFZ:WO-GL 44]]"),
        (
            "Fahrzeug der Tochter",
            "[[KFZ:AZ-SL 1207]], Halterin [[P:Sabine Lorenz-Diehl]], [[LOC:Alzey]]",
        ),
    )
    + "\n\nE. Bevollmächtigte\n"
    + columns(
        W_PARK,
        ("Name", "[[P:Sabine Lorenz-Diehl]] (Tochter)"),
        ("Telefon / E-Mail", "[[TEL:0172 6653 0419]] / [[MAIL:sabine.lorenz-diehl@gmx.de]]"),
    )
    + "\n\nBemerkung der Antragstellerin: Mein Mann [[P:Ewald]] ist im Dezember verstorben, er hat mich bisher gefahren. "
    "Vor dem Haus ist nie ein Parkplatz frei, ich kann nur noch wenige Schritte mit dem Rollator gehen.\n\n"
    "Die Ausnahmegenehmigung ist gebührenfrei.\n",
    [
        "§ 46 Abs. 1 Nr. 11 StVO",
        "Adenauerring 2, 67547 Worms",
        "strassenverkehr@worms.de",
        "Merkzeichen aG",
        "gebührenfrei",
    ],
)

# --- table ------------------------------------------------------------------------------------

pii(
    "table",
    """
Stadt Krefeld, Fachbereich Ordnung, Kommunale Verkehrsüberwachung
Export offene und erledigte Verwarnungen KW 07/2025 (verwarnungen_kw07.csv), erzeugt 17.02.2025 06:00

kassenzeichen;tatdatum;tatort;kennzeichen;name;vorname;geb;strasse;hausnr;plz;ort;betrag;status
[[AZ:7.20.2025.004411]];10.02.2025;Ostwall 120;[[KFZ:KR-AY 881]];[[P:Yıldız]];[[P:Ayten]];[[DOB:1979-03-08]];[[STR:Uerdinger Straße]];[[STR:305]];[[LOC:47800]];[[LOC:Krefeld]];35,00;offen
[[AZ:7.20.2025.004412]];10.02.2025;Rheinstraße 76;[[KFZ:KR-MW 1203]];[[P:Wolters]];[[P:Maximilian]];[[DOB:1995-11-21]];[[STR:Moerser Straße]];[[STR:14a]];[[LOC:47798]];[[LOC:Krefeld]];25,00;bezahlt
[[AZ:7.20.2025.004415]];11.02.2025;Dionysiusstraße 2;[[KFZ:GX-412-V]];[[P:de Vries]];[[P:Pieter]];;[[STR:Maasboulevard]];[[STR:87]];[[LOC:5911 AB]];[[LOC:Venlo]];30,00;Halteranfrage NL
[[AZ:7.20.2025.004416]];11.02.2025;Ostwall 120;[[KFZ:WPR 38411]];[[P:Kamiński]];[[P:Tomasz]];[[DOB:1984-07-30]];[[STR:ul. Kościuszki]];[[STR:12]];[[LOC:05-800]];[[LOC:Pruszków]];35,00;offen
7.20.2025.004417;12.02.2025;Hochstraße 31;[[KFZ:KR-NK 220]];Niederrhein Kurierdienst GmbH;;;Hafenstraße;40;47809;Krefeld;55,00;offen
[[AZ:7.20.2025.004419]];13.02.2025;Neusser Straße 1;[[KFZ:KR-ZH 77]];[[P:Haidari]];[[P:Zahra]];[[DOB:2001-01-01]];[[STR:Dießemer Bruch]];[[STR:118]];[[LOC:47805]];[[LOC:Krefeld]];20,00;Anhörung
[[AZ:7.20.2025.004420]];14.02.2025;Rheinstraße 76;[[KFZ:NE-OD 5093]];[[P:Özdemir]];[[P:Okan]];[[DOB:1990-06-15]];[[STR:Am Hagelkreuz]];[[STR:9]];[[LOC:41469]];[[LOC:Neuss]];35,00;offen

Summe: 7 Datensätze, 235,00 Euro. Rückfragen: verkehrsueberwachung@krefeld.de, Stadt Krefeld, Parkstraße 10.
""",
    [
        "verwarnungen_kw07.csv",
        "Niederrhein Kurierdienst GmbH",
        "verkehrsueberwachung@krefeld.de",
        "235,00 Euro",
        "Parkstraße 10",
    ],
    allow=("Krefeld",),
)

pii(
    "table",
    "Zulassungsbehörde Erfurt, Tagesliste Umschreibungen und Neuzulassungen 14.03.2025 (TSV-Export, Auszug)\n\n"
    + tabbed(
        ("vorgang", "kennzeichen", "art", "halter", "geb", "strasse", "plz", "ort", "bemerkung"),
        (
            "[[AZ:ZL-250314-0012]]",
            "[[KFZ:EF-LN 417]]",
            "Umschreibung",
            "[[P:Lindner, Nadine]]",
            "[[DOB:1988-02-19]]",
            "[[STR:Johannesstraße 141]]",
            "[[LOC:99084]]",
            "[[LOC:Erfurt]]",
            "Halterwechsel von [[P:Lindner, Jörg]] (Vater)",
        ),
        (
            "ZL-250314-0015",
            "[[KFZ:EF-TW 2031]]",
            "Neuzulassung",
            "Thüringer Wasserwerke Service GmbH",
            "",
            "Magdeburger Allee 34",
            "99086",
            "Erfurt",
            "Flottenfahrzeug",
        ),
        (
            "[[AZ:ZL-250314-0019]]",
            "[[KFZ:HAL-OK 55]]",
            "Adressänderung",
            "[[P:Al-Khatib, Omar]]",
            "[[DOB:1979-01-01]]",
            "[[STR:Moskauer Straße 118]]",
            "[[LOC:99091]]",
            "[[LOC:Erfurt]]",
            "Kennzeichenmitnahme, Zuzug aus [[LOC:Halle (Saale)]]",
        ),
        (
            "[[AZ:ZL-250314-0023]]",
            "[[KFZ:EF-PN 909]]",
            "Umschreibung",
            "[[P:Nowicki, Paweł]]",
            "[[DOB:1975-10-04]]",
            "[[STR:Rudolstädter Straße 7]]",
            "[[LOC:99099]]",
            "[[LOC:Erfurt]]",
            "Einfuhr aus Polen, vorher [[KFZ:PO 7K219]]",
        ),
        (
            "[[AZ:ZL-250314-0024]]",
            "[[KFZ:EF-TH 3112]]",
            "Neuzulassung",
            "[[P:Trần, Văn Hải]]",
            "[[DOB:1969-12-31]]",
            "[[STR:Berliner Platz 3]]",
            "[[LOC:99091]]",
            "[[LOC:Erfurt]]",
            "Vollmacht: [[P:Trần Thị Mai]] (Tochter), [[TEL:0176 3390 1524]]",
        ),
        (
            "[[AZ:ZL-250314-0031]]",
            "[[KFZ:EF-AK 86]]",
            "Wunschkennzeichen",
            "[[P:Krause, Annemarie]]",
            "[[DOB:1986-08-01]]",
            "[[STR:Am Herrenberg 22]]",
            "[[LOC:99099]]",
            "[[LOC:Erfurt]]",
            "Kennzeichen reserviert online",
        ),
    )
    + "\n\nSumme Gebühren: 214,40 Euro (Umschreibung 27,60 Euro, Neuzulassung 30,50 Euro, Wunschkennzeichen 10,20 Euro).\n"
    "Hinweis: Liste nur für den Dienstgebrauch. Zulassungsbehörde, Stauffenbergallee 18, kfz-zulassung@erfurt.de\n",
    [
        "Thüringer Wasserwerke Service GmbH",
        "Magdeburger Allee 34",
        "Stauffenbergallee 18",
        "kfz-zulassung@erfurt.de",
        "214,40 Euro",
    ],
    allow=("Erfurt",),
)

W_AC = (5, 26, 40, 11, 17, 17)
pii(
    "table",
    "Bürgerservice Aachen, Bürgerbüro Katschhof: Terminliste Schalter 1-4, Donnerstag 06.03.2025 (Auszug)\n\n"
    + pipes(W_AC, ("Zeit", "Name", "Anliegen", "Vorgangsnr.", "Rückruf", "Schalter"))
    + "\n"
    + rule(W_AC)
    + "\n"
    + pipes(
        W_AC,
        (
            "08:00",
            "[[P:Schmitz-Hennes, Karin]]",
            "Personalausweis",
            "[[AZ:AC-BB-77102]]",
            "[[TEL:0241 5609 213]]",
            "1 ([[P:Offermanns]])",
        ),
        (
            "08:15",
            "[[P:Rostami, Farid]]",
            "Anmeldung, Zuzug aus [[LOC:Herzogenrath]]",
            "[[AZ:AC-BB-77105]]",
            "-",
            "2 ([[P:Lennartz]])",
        ),
        (
            "08:30",
            "[[P:Janssen, Maarten]]",
            "Anmeldung, Zuzug aus [[LOC:Maastricht]] (NL)",
            "[[AZ:AC-BB-77109]]",
            "[[TEL:+31 6 2418 5570]]",
            "3 ([[P:Çelik]])",
        ),
        (
            "08:45",
            "[[P:Kovačević, Ivana]]",
            "Ummeldung [[LOC:Brand]] -> [[LOC:Eilendorf]]",
            "[[AZ:AC-BB-77111]]",
            "[[TEL:0163 2207 4419]]",
            "1 ([[P:Offermanns]])",
        ),
        ("09:00", "[[P:Wirtz, Hubert]]", "Führungszeugnis", "[[AZ:AC-BB-77114]]", "-", "4 (Azubi)"),
        (
            "09:15",
            "[[P:Obi, Adaeze]]",
            "Kinderreisepass [[P:Chinedu]] (* [[DOB:2019]])",
            "[[AZ:AC-BB-77118]]",
            "[[TEL:0176 5530 9182]]",
            "2 ([[P:Lennartz]])",
        ),
        (
            "09:30",
            "[[P:Cremer, Ludwig]]",
            "Meldebescheinigung (Rente)",
            "[[AZ:AC-BB-77120]]",
            "-",
            "3 ([[P:Çelik]])",
        ),
    )
    + "\n\nBemerkungen: 08:45 kommt mit Tochter [[P:Maja]] als Dolmetscherin. 09:30 Herr [[P:Cremer]] ist "
    "gehbehindert, Schalter im Erdgeschoss. Gebühren: Personalausweis 37,00 Euro, Führungszeugnis 13,00 Euro.\n"
    "Rückfragen intern: buergerservice@mail.aachen.de, Zentrale 0241 432-0\n",
    [
        "Bürgerbüro Katschhof",
        "buergerservice@mail.aachen.de",
        "0241 432-0",
        "Führungszeugnis 13,00 Euro",
        "Schalter im Erdgeschoss",
    ],
)

pii(
    "table",
    """
Hansestadt Rostock, Amt für Schule und Sport, Schülerbeförderung 2024/25
Neuanträge Förderschulen, Export schuelerbef_neu.csv (Stand 02.09.2024)

name;vorname;geb;schule;kl;strasse;plz;ortsteil;einstieg;km;sorgeberechtigt;telefon
[[P:Petrović]];[[P:Luka]];[[DOB:2013-05-02]];Förderzentrum am Schwanenteich;5;[[STR:Turkuer Straße 11]];[[LOC:18107]];[[LOC:Lütten Klein]];Lütten Klein Zentrum;6,8;[[P:Dragan Petrović]];[[TEL:0176 4021 7788]]
[[P:Mahmoud]];[[P:Rania]];[[DOB:2011-09-17]];Förderzentrum am Schwanenteich;7;[[STR:Olof-Palme-Straße 30]];[[LOC:18147]];[[LOC:Toitenwinkel]];Olof-Palme-Straße;8,2;[[P:Hanan Mahmoud]];[[TEL:0157 3018 4462]]
[[P:Schulz]];[[P:Kevin-Pascal]];[[DOB:2015-02-28]];Schule am Wasserturm;3;[[STR:Gägelower Straße 5]];[[LOC:18109]];[[LOC:Groß Klein]];Groß Klein Sportplatz;9,1;[[P:Mandy Schulz]];[[TEL:0381 7701 254]]
[[P:Horvat]];[[P:Ena]];[[DOB:2016-12-06]];Schule am Wasserturm;2;[[STR:Albert-Einstein-Straße 19]];[[LOC:18059]];[[LOC:Südstadt]];Südstadt Center;3,9;[[P:Marko Horvat]];[[TEL:0162 9005 3318]]
[[P:Ivanova]];[[P:Sofia]];[[DOB:2012-08-14]];Förderzentrum am Schwanenteich;6;[[STR:Kopenhagener Straße 2]];[[LOC:18107]];[[LOC:Lütten Klein]];Lütten Klein Zentrum;7,0;[[P:Jelena Ivanova]];[[TEL:0151 6620 8871]]

Beförderung: [[P:Luka]], [[P:Rania]] und [[P:Sofia]] mit Fahrdienst (Müller Reisen GmbH, Tour 4), [[P:Kevin-Pascal]] und [[P:Ena]] mit Schülerjahreskarte der Rostocker Straßenbahn AG.
Rechtsgrundlage § 113 SchulG M-V; Anspruch bei Förderschülern unabhängig von der Entfernung.
Rückfragen: schuelerbefoerderung@rostock.de
""",
    [
        "Müller Reisen GmbH",
        "Rostocker Straßenbahn AG",
        "§ 113 SchulG M-V",
        "schuelerbefoerderung@rostock.de",
        "Förderzentrum am Schwanenteich",
    ],
    allow=("Lütten Klein", "Südstadt", "Groß Klein"),
)

V["ib_pf1"] = iban("DE", "666500850007714203", "raw")
V["ib_pf2"] = iban("IT", "X0542811101000000123456", "raw")
V["ib_pf3"] = iban("PL", "109010140000071219812874", "raw")
V["ib_pf4"] = iban("AT", "1904300234573201", "raw")
V["ib_pf5"] = iban("FR", "30006000011234567890189", "raw")
V["ib_pf6"] = iban("DE", "666500850004418829", "raw")
V["ib_pf_city"] = iban("DE", "666500850000000091", "raw")
pii(
    "table",
    """
Stadt Pforzheim, Amt für Bildung und Sport, Kita-Gebühren
SEPA-Lastschriftlauf 03/2025, Auszug (lastschrift_2025_03.csv), Gläubiger-ID DE27ZZZ00000091547

kassenzeichen;mandatsreferenz;zahlungspflichtig;iban;kind;jg;einrichtung;betrag
[[AZ:K-2025-004711]];[[AZ:KITA-PF-000813]];[[P:Hoffmann, Stefanie]];[[IBAN:«ib_pf1»]];[[P:Leni]];[[DOB:2021]];Kita Brötzinger Tal;143,00
[[AZ:K-2025-004712]];[[AZ:KITA-PF-000820]];[[P:Esposito, Marco]];[[IBAN:«ib_pf2»]];[[P:Sofia]];[[DOB:2020]];Kita Arlinger;143,00
[[AZ:K-2025-004715]];[[AZ:KITA-PF-000834]];[[P:Wiśniewska, Katarzyna]];[[IBAN:«ib_pf3»]];[[P:Zofia]];[[DOB:2022]];Kinderhaus Haidach;201,50
[[AZ:K-2025-004716]];[[AZ:KITA-PF-000835]];[[P:Müller-Rieger, Thomas]];[[IBAN:«ib_pf4»]];[[P:Jonas]];[[DOB:2019]];Kita Buckenberg;98,00
[[AZ:K-2025-004719]];[[AZ:KITA-PF-000851]];[[P:Dubois, Claire]];[[IBAN:«ib_pf5»]];[[P:Louis]];[[DOB:2021]];Kita Brötzinger Tal;143,00
[[AZ:K-2025-004720]];[[AZ:KITA-PF-000852]];[[P:Amiri, Hamid]];[[IBAN:«ib_pf6»]];[[P:Sara]];[[DOB:2023]];Krippe Eutingen;143,00

Summe: 6 Lastschriften, 871,50 Euro, Fälligkeit 05.03.2025
Empfänger: Stadtkasse Pforzheim, «ib_pf_city»
Rücklastschriften bitte an kita-gebuehren@pforzheim.de melden; Bearbeitung: Team Gebühren (Zentrale 07231 39-0)
""",
    [
        "DE27ZZZ00000091547",
        "871,50 Euro",
        "«ib_pf_city»",
        "kita-gebuehren@pforzheim.de",
        "lastschrift_2025_03.csv",
    ],
)

# --- mail_chain -------------------------------------------------------------------------------

pii(
    "mail_chain",
    """
Von: [[P:Thomas Rehberg]] <[[MAIL:thomas.rehberg@rathaus.potsdam.de]]>
An: Welcome Center Potsdam <welcomecenter@rathaus.potsdam.de>
Datum: 22.01.2025 09:31
Betreff: AW: WG: Beschleunigtes Fachkräfteverfahren, Herr [[P:Öztürk]] (Havelsoft Solutions GmbH)

Danke, ist übernommen unter Az. [[AZ:ABH-FKV-2025-0046]]. Vorabzustimmung geht nach Eingang der Anerkennung an das Generalkonsulat Izmir.
[[P:T. Rehberg]], Ausländerbehörde, Team Fachkräfte, Durchwahl [[TEL:0331 289-3368]]

> Von: Welcome Center Potsdam <welcomecenter@rathaus.potsdam.de>
> Datum: 20.01.2025 10:14
> Betreff: WG: Beschleunigtes Fachkräfteverfahren, Herr [[P:Öztürk]]
>
> Liebe Kolleginnen und Kollegen, bitte um Übernahme. Die Firma hat die Gebühr von 411 Euro überwiesen.
> Viele Grüße, [[P:Katrin Olbrich]], Tel. [[TEL:0331 289-2215]]
>
>> Von: [[P:Jana Wiesner]] <[[MAIL:j.wiesner@havelsoft.de]]>
>> Gesendet: Freitag, 17. Januar 2025 16:40
>>
>> Sehr geehrte Damen und Herren,
>> wir möchten Herrn [[P:Burak Öztürk]] als Senior Backend Developer einstellen und beantragen das beschleunigte Fachkräfteverfahren nach § 81a AufenthG (Blaue Karte EU, § 18g AufenthG). Die Vollmacht liegt bei.
>> Name: [[P:ÖZTÜRK, Burak]]
>> Geburtsdatum/-ort: [[DOB:02.08.1992]], [[LOC:İzmir]]
>> Reisepass: [[PASS:U23918407]], gültig bis 11.05.2031
>> Anschrift: [[STR:Mithatpaşa Cad. No: 412 D: 6]], [[LOC:35290 Karabağlar/İzmir]]
>> Künftige Anschrift: [[STR:Rudolf-Breitscheid-Straße 190]], [[LOC:14482 Potsdam]] ([[LOC:Babelsberg]])
>> Gehalt: 72.000 Euro brutto im Jahr
>> Ehefrau: [[P:Zeynep Öztürk]], geb. [[P:Aydın]], [[DOB:19.03.1994]] (Familiennachzug)
>> Herr [[P:Öztürk]] ist erreichbar unter [[TEL:+90 532 418 77 06]] oder [[MAIL:burak.ozturk92@gmail.com]].
>> Mit freundlichen Grüßen
>> [[P:Jana Wiesner]], HR Business Partner
>> Havelsoft Solutions GmbH, Am Mühlenberg 11, 14476 Potsdam, Tel. [[TEL:0331 7306 4412]]
""",
    [
        "§ 81a AufenthG",
        "§ 18g AufenthG",
        "411 Euro",
        "Havelsoft Solutions GmbH, Am Mühlenberg 11, 14476 Potsdam",
        "welcomecenter@rathaus.potsdam.de",
    ],
)

pii(
    "mail_chain",
    """
Von: Bestattungen [[P:Hofmann]] e.K. <[[MAIL:info@bestattungen-hofmann-ulm.de]]>
An: friedhofsverwaltung@ulm.de
Datum: 12.11.2024 08:55
Betreff: AW: AW: Urnenbeisetzung [[P:Wiedenmann]], Hauptfriedhof

Sehr geehrte Frau [[P:Gnann]],

anbei die Erklärung des Nutzungsberechtigten, unterschrieben von Herrn [[P:Jürgen Wiedenmann]]. Die Urkunde selbst ist leider nicht auffindbar; er beantragt eine Zweitschrift (Gebühr 25,00 Euro übernimmt er). Als Termin schlagen wir Freitag, 22.11., 11 Uhr vor.

Mit freundlichen Grüßen
[[P:Markus Hofmann]]
Bestattungen [[P:Hofmann]] e.K., Inhaber [[P:Markus Hofmann]]
[[STR:Karlstraße 71]], [[LOC:89073 Ulm]], Tel. [[TEL:0731 602938]], Amtsgericht Ulm [[HR:HRA 720417]]

> Von: [[P:Gnann, Petra]] <[[MAIL:petra.gnann@ulm.de]]>
> Gesendet: Montag, 11. November 2024 15:20
>
> Sehr geehrter Herr [[P:Hofmann]],
> für die Urnenbeisetzung von Frau [[P:Erika Wiedenmann]], geb. [[P:Stoll]], geboren am [[DOB:30.01.1938]], verstorben am 04.11.2024, in der Grabstätte Hauptfriedhof Feld 31, Reihe 4, Nr. 12 benötigen wir noch die Grabnutzungsurkunde Nr. [[AZ:GN-UL-1994-2207]] oder eine Erklärung des Nutzungsberechtigten. Laut Kartei ist das der Sohn.
> Mit freundlichen Grüßen
> [[P:Petra Gnann]], Friedhofsverwaltung, Tel. [[TEL:0731 161-6614]]
>
>> Von: Bestattungen [[P:Hofmann]] e.K.
>> Gesendet: Freitag, 8. November 2024 17:02
>>
>> wir zeigen die Beisetzung der Urne von Frau [[P:Wiedenmann]] an. Angehöriger ist der Sohn [[P:Jürgen Wiedenmann]], [[STR:Eselsbergsteige 31]], [[LOC:89075 Ulm]], Tel. [[TEL:0151 2240 6617]]. Die Verstorbene wohnte zuletzt im Seniorenzentrum Wiblingen; sie stammte aus [[LOC:Blaubeuren]]. Die Urne kommt vom Krematorium Ulm.
""",
    [
        "friedhofsverwaltung@ulm.de",
        "Hauptfriedhof Feld 31, Reihe 4, Nr. 12",
        "25,00 Euro",
        "Seniorenzentrum Wiblingen",
        "Krematorium Ulm",
    ],
)

V["iban_hansen"] = iban("DE", "215500500000771024")
pii(
    "mail_chain",
    """
Von: [[P:Birte Hansen]] <[[MAIL:birte.hansen@foni.net]]>
An: wohngeld@flensburg.de
Cc: [[MAIL:a.khalil.fl@gmail.com]]
Datum: 03.12.2024 19:22
Betreff: AW: Mietbescheinigung Familie [[P:Khalil]], Az. [[AZ:WG-50.22-2024-3391]]

Moin Herr [[P:Carstensen]],

anbei die ausgefüllte Mietbescheinigung für meine Mieter, Herrn [[P:Abdulrahman Khalil]] und Familie. Die Wohnung [[STR:Friesische Straße 88, 2. OG links]], [[LOC:24937 Flensburg]], gehört mir privat, ich wohne selbst in [[LOC:Harrislee]]. Kaltmiete 640 Euro, Nebenkosten 190 Euro, Heizung 95 Euro, die Miete geht auf mein Konto [[IBAN:«iban_hansen»]].

Mit freundlichen Grüßen
[[P:Birte Hansen]], [[STR:Süderstraße 12]], [[LOC:24955 Harrislee]], Tel. [[TEL:0461 730219]]

> Von: [[P:Carstensen, Jens]] <[[MAIL:jens.carstensen@flensburg.de]]>
> Gesendet: 28.11.2024 10:03
>
> Sehr geehrte Frau [[P:Hansen]],
> Herr [[P:Khalil]] hat Wohngeld beantragt und Sie als Vermieterin angegeben. Bitte füllen Sie die anliegende Mietbescheinigung innerhalb von zwei Wochen aus. Die Wohngeldstelle finden Sie im Rathaus, Rathausplatz 1, 24937 Flensburg.
>
>> Von: [[P:Abdulrahman Khalil]] <[[MAIL:a.khalil.fl@gmail.com]]>
>> Gesendet: 20.11.2024 21:47
>>
>> hallo herr [[P:carstensen]], meine vermieterin ist frau [[P:hansen]] sie wohnt in [[LOC:harrislee]] telefon [[TEL:0461 730219]]. wir sind im oktober von [[LOC:weiche]] nach [[LOC:friesischer berg]] umgezogen weil die alte wohnung zu klein war. wir sind 5 personen, ich, meine frau [[P:nour]] und 3 kinder ([[P:omar]] [[DOB:2012]], [[P:lina]] [[DOB:2015]], [[P:adam]] [[DOB:2020]]). wir kommen aus [[LOC:idlib]], seit 2016 in [[LOC:flensburg]]. danke [[P:abdulrahman]]
""",
    [
        "wohngeld@flensburg.de",
        "640 Euro",
        "Rathausplatz 1, 24937 Flensburg",
        "innerhalb von zwei Wochen",
        "Mietbescheinigung",
    ],
    allow=("24937 Flensburg", "flensburg"),
)

pii(
    "mail_chain",
    """
Von: Frauenbüro der Stadt Kassel <frauenbuero@kassel.de>
An: [[MAIL:n.sokolova@posteo.de]]
Cc: [[MAIL:ursula.brenner@bbraun.com]]
Datum: 27.01.2025 14:05
Betreff: AW: Bewerbung Mentoring-Programm „Frauen.Führung.Kassel“ 2025

Liebe Frau [[P:Sokolova]],

wir freuen uns, Ihnen mitzuteilen, dass Sie in den Jahrgang 2025 aufgenommen sind. Ihre Mentorin wird Frau Dr. [[P:Ursula Brenner]], Bereichsleiterin bei der B. Braun Melsungen AG (in Kopie). Das Auftakttreffen findet am 14.02.2025 um 17 Uhr im Rathaus, Bürgersaal, statt. Die Teilnahmegebühr beträgt 50 Euro. Für Ihre Tochter bieten wir während der Treffen Kinderbetreuung im Rathaus an.

Herzliche Grüße
[[P:Anke Wetzel]]
Frauenbüro / Gleichstellungsstelle, Obere Königsstraße 8, Tel. [[TEL:0561 787-3042]]

> Von: [[P:Natalia Sokolova]] <[[MAIL:n.sokolova@posteo.de]]>
> Gesendet: Sonntag, 12. Januar 2025 22:18
>
> Sehr geehrte Damen und Herren,
> hiermit bewerbe ich mich für das Mentoring-Programm. Ich bin [[DOB:1989]] in [[LOC:Nowosibirsk]] geboren, habe dort Maschinenbau studiert und lebe seit 2016 in [[LOC:Kassel]], zuerst in [[LOC:Bettenhausen]], jetzt im [[LOC:Vorderen Westen]]. Seit 2020 arbeite ich als Projektingenieurin bei der Hübner GmbH & Co. KG und möchte mich auf eine Teamleitung bewerben.
> Ich bin alleinerziehend, meine Tochter [[P:Maria]] ([[P:Mascha]]) ist 6 Jahre alt. Gibt es Kinderbetreuung bei den Treffen?
> Anschrift: [[STR:Friedrich-Ebert-Straße 141]], [[LOC:34119 Kassel]]
> Telefon: [[TEL:0176 2213 9087]]
> Mit freundlichen Grüßen
> [[P:Natalia Sokolova]] ([[P:Наталья Соколова]])
""",
    [
        "frauenbuero@kassel.de",
        "B. Braun Melsungen AG",
        "Hübner GmbH & Co. KG",
        "Obere Königsstraße 8",
        "50 Euro",
    ],
    allow=("Kassel",),
)

pii(
    "mail_chain",
    """
Von: Geschäftsstelle Integrationsrat <integrationsrat@bonn.de>
An: Verteiler Mitglieder Integrationsrat
Datum: 05.03.2025 11:20
Betreff: AW: Sitzung am 12.03.2025, TOP 5 Vorstellung Syrischer Kulturverein

Liebe Mitglieder des Integrationsrates,

zur Sitzung am 12.03.2025, 17 Uhr, Ratssaal im Stadthaus, Berliner Platz 2, liegt die Tagesordnung bei. Zu TOP 5 (Vorlage 250331) hat sich der Syrische Kulturverein Bonn e.V. angemeldet, siehe unten. Vertretungen melden Sie bitte bis Montag.

Mit freundlichen Grüßen
Geschäftsstelle des Integrationsrates, Zentrale 0228 77-0

> Von: [[P:Emine Kaplan]] <[[MAIL:emine.kaplan@gmx.de]]>
> Gesendet: 04.03.2025 20:12
>
> Ich kann am 12.03. leider nicht (Elternabend). Meine Stellvertreterin [[P:Fatma Yurt]] kommt, sie ist unter [[TEL:0176 6610 4423]] erreichbar. Liebe Grüße, [[P:Emine]]
>
>> Von: [[P:Rami Al-Sayed]] <[[MAIL:rami.alsayed@skv-bonn.de]]>
>> Gesendet: 27.02.2025 09:40
>>
>> Sehr geehrte Damen und Herren,
>> wir möchten unter TOP 5 unser Projekt „Hausaufgabenhilfe auf Arabisch und Deutsch“ vorstellen. Es läuft seit 2023 in den Räumen der Gemeinde in [[LOC:Tannenbusch]], wo auch die meisten unserer 40 Familien wohnen. Vortragen werden ich und unsere Koordinatorin Frau Dr. [[P:Hiba Nasser]]; als Beispiel spricht eine Mutter, Frau [[P:Ghada Al-Hariri]] aus [[LOC:Dransdorf]], die mit ihren Kindern 2016 aus [[LOC:Daraa]] gekommen ist. Wir beantragen 6.500 Euro aus den Mitteln des Integrationsrates (§ 27 GO NRW).
>> Rückfragen gern an mich: [[TEL:0151 4470 2385]]
>> [[P:Rami Al-Sayed]] ([[P:رامي السيد]]), Vorsitzender
>> Syrischer Kulturverein Bonn e.V., Vereinsregister VR 9917, Amtsgericht Bonn
""",
    [
        "integrationsrat@bonn.de",
        "Berliner Platz 2",
        "Vorlage 250331",
        "6.500 Euro",
        "Syrischer Kulturverein Bonn e.V.",
    ],
)

# --- ocr_scan ---------------------------------------------------------------------------------

V["id_celik"] = id_card("L2H7M4TCV")
V["eat_gashi"] = id_card("Y9KT2LR07", with_check=True)
pii(
    "ocr_scan",
    """
--- OCR Seite 1/1 | Scan Kfz-Zulassungsstelle Nürnberg, Posteingang 21.03.2025 | Erkennungsgüte 81 % ---

V o l l m a c h t
zur Zu1assung / Umschreibung / Abme1dung eines Fahrzeugs

Hiermit bevo11mächtige ich,
Name, Vorname:  [[P:Çe1ik, Hüseyin]]
geb. am:  [[DOB:O3.1l.1979]]         in:  [[LOC:Kayseri]]
wohnhaft:  [[STR:Gibitzenhofstraße 1O4]], [[LOC:9O443 Nürnberg]]
Personalausweis-Nr.:  [[ID:«id_celik»]]

meinen Bruder
Name, Vorname:  [[P:Çelik, A1i]]
geb. am:  [[DOB:17.O5.1984]]
wohnhaft:  [[STR:Schweinauer Hauptstraße 62]], [[LOC:9O441 Nürnberg]]
Te1efon:  [[TEL:O176 4432 9O18]]

das Fahrzeug mit dem amt1. Kennzeichen [[KFZ:N-HC 1O7]] (Pkw, VW Touran)
auf meinen Namen umzuschreiben und die neuen Kennzeichenschi1der in Empfang zu nehmen.
Die Gebühren (ca. 27,6O EUR) und die Kfz-Steuer (SEPA-Mandat an das Hauptzo11amt) trage ich se1bst.

Nürnberg, den 19.O3.2O25          Unterschrift:  [[P:H. Çe1ik]]

Anlagen: Kopie Personalausweis Vollmachtgeber, Zulassungsbescheinigung Tei1 I und II,
eVB-Nummer der HUK-COBURG, Kaufvertrag mit dem Vorbesitzer [[P:Schm1dt, Reinhard]] aus [[LOC:Fürth]]

Bearbeitungsvermerk (handschriftl., schlecht lesbar): Vo11macht geprüft, Ausweis Bevollm. vor 0rt gesehen, Kr.
Stadt Nürnberg, Ordnungsamt, Kfz-Zulassungsstelle, Rothenburger Straße 45, 9O429 Nürnberg
""",
    [
        "Rothenburger Straße 45",
        "HUK-COBURG",
        "27,6O EUR",
        "Hauptzo11amt",
        "Erkennungsgüte 81 %",
    ],
)

pii(
    "ocr_scan",
    """
[OCR-Ergebnis | Posteingang Bußgeldstelle Ingolstadt | 27.02.2025 | Seite 1 von 1]

Stadt lngolstadt - Amt für Verkehrsmanagement und Geoinformation - Kommunale Verkehrsüberwachung
Zeugenfragebogen
Az.: [[AZ:7.3-2O25-O44817]]        Kennzeichen: [[KFZ:IN-EK 3O9]]
Tatzeit: 06.O2.2025, 17:12 Uhr     Tatort: lngolstadt, Goethestraße, Höhe Nr. 4O
Vorwurf: Überschreitung der zu1. Höchstgeschwindigkeit innerorts um 16 km/h, 7O,OO EUR

An
Frau [[P:E1eni Karamanli]]
[[STR:Friedrich-Ebert-Straße 9l]]
[[LOC:85O55 lngolstadt]]

Angaben zur Person, die das Fahrzeug geführt hat:
Name:  [[P:KARAMANLI]]            Vorname:  [[P:Despina]]
Geburtsdatum:  [[DOB:11.O9.1998]]   Geburtsort:  [[LOC:Patras]]
Anschrift:  [[STR:Odos Korinthou 214]], [[LOC:262 23 Patras]], Griechenland

Handschrift1icher Zusatz:
Meine Schwester war vom 1. bis 1O. Februar zu Besuch und ist mit
meinem Auto gefahren. Sie ist zurück nach [[LOC:Patras]] gef1ogen. Bitte
schicken Sie den Bescheid an sie, sie spricht Eng1isch.
Ihre E-Mai1: [[MAIL:despina.karamanli@yahoo.gr]]
Für Rückfragen: [[TEL:0841 9812 2O7]]

[[DOB:11.O9.1998]] - [[P:Despina]] 1st meine jüngere Schwester.
Datum/Unterschrift: 24.O2.2O25 [[P:E. Karamanli]]

Rücksendung an: Stadt lngolstadt, Rathausplatz 2, 85O49 lngolstadt | bussgeld@ingolstadt.de
""",
    [
        "Rathausplatz 2, 85O49 lngolstadt",
        "bussgeld@ingolstadt.de",
        "7O,OO EUR",
        "Goethestraße, Höhe Nr. 4O",
        "Kommunale Verkehrsüberwachung",
    ],
)

pii(
    "ocr_scan",
    """
OCR-Text | Scan Bürgerbüro Offenbach am Main | Anlage zur Anmeldung, eingereicht 02.10.2024

Wohnungsgeberbestätigung
nach § 19 Bundesmeldegesetz (BMG)

Angaben zum Wohnungsgeber
Name:        [[P:Schuck, Renate]]
Anschrift:   [[STR:Waldstraße 1l2]], [[LOC:63O71 Offenbach am Main]]
Te1efon:     [[TEL:O69 8O12 445]]
Der Wohnungsgeber ist ☒ Eigentümer   ☐ beauftragte Person

Art der meldepf1ichtigen Tatsache: ☒ Einzug  ☐ Auszug      Datum: O1.1O.2O24

Anschrift der Wohnung:
[[STR:Geleitsstraße 1O4, 3. OG rechts]]
[[LOC:63O67 Offenbach am Main]]

Fo1gende Personen sind in die Wohnung eingezogen:
1. [[P:VU, Thi Mai]]  ([[P:Vũ Thị Mai]])
2. [[P:NGUYEN, Duc Anh]]  ([[P:Nguyễn Đức Anh]])
3. [[P:NGUYEN, Minh Chau]], Kind, geb. [[DOB:2O.O4.2O21]]

Ich bestätige, dass die oben genannten Personen in die Wohnung eingezogen sind.
Hinweis: Es ist verboten, eine Wohnanschrift für eine An- oder Abmeldung anzubieten,
wenn ein tatsächlicher Bezug der Wohnung nicht beabsichtigt ist (§ 19 Abs. 6 BMG).
Ein Verstoß kann als Ordnungswidrigkeit mit einer Geldbuße bis zu 5O.OOO Euro geahndet werden.

Offenbach, 28.O9.2O24            [[P:R. Schuck]]
                                 Unterschrift des Wohnungsgebers

handschriftl.: Vormieterin Frau [[P:Anić]] ist am 3O.O9. ausgezogen, Schlüssel bei mir.
Stempel Bürgerbüro: geprüft, Anmeldung erledigt, Sachbearb. 14
""",
    [
        "§ 19 Bundesmeldegesetz (BMG)",
        "§ 19 Abs. 6 BMG",
        "5O.OOO Euro",
        "Ordnungswidrigkeit",
        "Sachbearb. 14",
    ],
)

# --- file_note --------------------------------------------------------------------------------

pii(
    "file_note",
    """
Stadt Krefeld, FB Migration und Integration, Ausländerbehörde
Vermerk                                                        Az.: [[AZ:33.21-KO-2023-0881]]

Betr.: [[P:Gashi]], [[P:Besnik]], geb. [[DOB:23.04.1990]] in [[LOC:Gjakova]] (serb. [[LOC:Đakovica]]), kosov. StA

1. Vorspr. d. Hr. G. am 04.02.25 mit Ehefr. [[P:Arta]] (geb. [[P:Berisha]], [[DOB:11.11.1992]]) und den Kindern [[P:Dion]] ([[DOB:2015]]) und [[P:Ela]] ([[DOB:2018]]), alle wohnh. [[STR:Oppumer Straße 57]], [[LOC:47799 Krefeld]] ([[LOC:Oppum]]).
2. Hr. G. ist seit 01.08.2022 mit Visum nach § 26 Abs. 2 BeschV (Westbalkanregelung) bei der Niederrhein Bau GmbH als Maurer beschäftigt; AE nach § 19c Abs. 1 AufenthG gült. bis 31.07.2025. Zustimmung BA liegt vor, neuer Arbeitsvertrag unbefristet, 3.150 Euro brutto.
3. Nationalpässe: Hr. G. [[PASS:P01739584]], Ehefr. [[PASS:P01739611]] (beide Republik Kosovo, gült. bis 2031). eAT Hr. G. [[ID:«eat_gashi»]].
4. Mietvertrag v. 01.01.24 mit Wohnstätte Krefeld AG liegt vor, 78 qm, 4 Pers., ausreichend.
5. Ehefr. arbeitet seit 10/24 in Teilzeit (Reinigung), LU gesichert. Schwager [[P:Valon Berisha]] aus [[LOC:Mönchengladbach]] hat gedolmetscht.
6. Kinder besuchen GS Buchenweg bzw. Kita Oppum-Süd (Nachweise liegen vor).

Entscheidung: Verlängerung AE für 2 J. vorgesehen, Antrag Ehefr. nach § 30 AufenthG gleichzeitig. Gebühr 98 Euro je Titel.
Rückruf Hr. G.: [[TEL:0152 3344 1870]]
WV: 15.05.25                                                    gez. Th
""",
    [
        "§ 26 Abs. 2 BeschV",
        "Niederrhein Bau GmbH",
        "Wohnstätte Krefeld AG",
        "98 Euro je Titel",
        "§ 19c Abs. 1 AufenthG",
    ],
    allow=("Oppum",),
)

V["tax_piotr"] = steuer_id("8420531764", "triples")
V["tax_anna"] = steuer_id("9314682051", "triples")
V["iban_wis"] = iban("PL", "611090101400000712198128")
pii(
    "file_note",
    """
Bundesstadt Bonn, Amt für Kinder, Jugend und Familie, Elterngeldstelle
Telefonvermerk vom 18.02.2025, 10:40 Uhr                          Az.: [[AZ:51-EG-2024-07712]]

Anrufer: KV Hr. [[P:Wiśniewski]], [[P:Piotr]] (in Akte teils [[P:Wisniewski]]), Tel. [[TEL:0157 5881 2093]]
Kind:    [[P:Wiktoria Wiśniewska]], geb. [[DOB:09.10.2024]]
KM:      Fr. [[P:Anna Wiśniewska]], geb. [[DOB:14.06.1993]], StID [[TAX:«tax_anna»]]
KV:      StID [[TAX:«tax_piotr»]], geb. [[DOB:02.03.1990]] in [[LOC:Łódź]]

Inhalt:
- KV ist seit 2023 bei der Polski Transport Sp. z o.o. angestellt und nach DE entsandt, A1-Bescheinigung liegt vor. Familie wohnt seit 03/2023 in [[LOC:Beuel]], [[STR:Siegburger Straße 160]], vorher in [[LOC:Łódź]].
- Vorrangig zuständig für Familienleistungen ggf. PL (Art. 68 VO (EG) 883/2004). KM bezieht Elterngeld LM 1-12, KV möchte LM 13-14 (Partnermonate).
- Hr. W. fragt, ob Auszahlung auf poln. Konto möglich: [[IBAN:«iban_wis»]]. Ja, SEPA-Konten sind möglich, Kontoinhaber muss Antragsteller sein.
- Hr. W. erwähnt Leistung „Rodzina 800+“ aus PL für [[P:Wiktoria]]; wird als vorrangige Leistung angerechnet, Nachweis ZUS angefordert.
- Schwiegermutter Fr. [[P:Krystyna Nowak]] aus [[LOC:Zgierz]] ist z. Zt. zur Betreuung im Haushalt, ohne Bedeutung für EG.

Erledigung: Schreiben an KV mit Liste (A1, ZUS-Bescheid, Lohnnachweise 12 Monate) am 19.02. raus.
WV 14 T.                                                            gez. Ke
""",
    [
        "Art. 68 VO (EG) 883/2004",
        "Rodzina 800+",
        "A1-Bescheinigung",
        "Polski Transport Sp. z o.o.",
        "Lohnnachweise 12 Monate",
    ],
)

pii(
    "file_note",
    """
Stadt Erlangen, Amt für Schulen, Sachgebiet Schülerbeförderung
Aktenvermerk                                                     Erlangen, 10.01.2025

Betreff: Beförderung [[P:Papadakis]], [[P:Konstantinos]] („[[P:Kostas]]“), geb. [[DOB:18.01.2014]]
Schule:  Otto-Lilienthal-Schule, Förderzentrum körperliche und motorische Entwicklung, Kl. 5
Wohnung: [[STR:Am Wetterkreuz 9]], [[LOC:91058 Erlangen-Tennenlohe]]
Sorgeber.: Mutter Fr. [[P:Maria Papadaki]], Vater Hr. [[P:Giorgos Papadakis]]

1. Tel. mit KM am 09.01.25: K. nutzt seit Dez. einen E-Rollstuhl (140 kg), der in den bisherigen Kleinbus der Johanniter-Unfall-Hilfe e.V. nicht passt. Bis auf Weiteres bringt der Vater ihn mit dem eigenen Pkw ([[KFZ:ER-GP 714]]).
2. Angebot Malteser Hilfsdienst gGmbH: Rollstuhlbus mit Rampe, Abholung 7:05 Uhr, Rückfahrt 15:30 Uhr, Mehrkosten 38,00 Euro je Schultag.
3. Begleitperson erforderlich lt. Schulärztin; Fr. [[P:Demir]] (Schulbegleitung) fährt ab 13.01. mit.
4. Anspruch nach § 2 Abs. 1 SchBefV unabhängig von der Entfernung; Kosten trägt die Stadt.
5. KM bittet um Erstattung der Fahrten mit dem Privat-Pkw (0,35 Euro/km, einfache Strecke 6,2 km) für Dez./Jan.
6. Großmutter Fr. [[P:Eleni Papadaki]] aus [[LOC:Chania]] ist bis März zu Besuch und holt K. ggf. ab; Vollmacht fehlt noch.

Kontakt KM: [[TEL:09131 6021 774]] / [[TEL:0170 8823 1105]], [[MAIL:maria.papadaki@gmail.com]]

Auftrag an Malteser erteilt ab 13.01.25. Vermerk an Kämmerei wg. Mehrkosten.
WV 01.02.25                                                         gez. Ri
""",
    [
        "Malteser Hilfsdienst gGmbH",
        "Johanniter-Unfall-Hilfe e.V.",
        "§ 2 Abs. 1 SchBefV",
        "38,00 Euro je Schultag",
        "Otto-Lilienthal-Schule",
    ],
)


# =============================================================================================
# PII-free documents
# =============================================================================================

clean(
    "clean_office_hours",
    """
Stadt Regensburg, Amt für öffentliche Ordnung und Straßenverkehr
So erreichen Sie uns (Stand: Januar 2025)

Bürgerbüro Mitte, D.-Martin-Luther-Straße 3, 93047 Regensburg
Montag, Dienstag, Freitag 7:30-12:30 Uhr, Donnerstag 7:30-17:30 Uhr, Mittwoch geschlossen
Termine: regensburg.de/termine · Servicetelefon 0941 507-0 · buergerbuero@regensburg.de

Ausländerbehörde, Minoritenweg 8-10, 2. Stock
Nur mit Termin. Terminanfragen ausschließlich über das Kontaktformular oder an auslaenderbehoerde@regensburg.de
Telefonische Sprechzeit: Dienstag und Donnerstag 9-11 Uhr unter 0941 507-1555
Fiktionsbescheinigungen und Verpflichtungserklärungen: Zimmer 2.07

Kfz-Zulassungsstelle, Im Gewerbepark A 50
Montag bis Freitag 7:00-12:00 Uhr, Donnerstag zusätzlich 13:30-17:00 Uhr
Händlerschalter: Dienstag und Donnerstag für Autohäuser mit Sammelaufträgen
zulassung@regensburg.de · Wunschkennzeichen online reservieren: regensburg.de/wunschkennzeichen

Bußgeldstelle, Minoritenweg 8-10, Erdgeschoss
bussgeldstelle@regensburg.de · Zahlungen: Stadtkasse Regensburg, Verwendungszweck immer das Aktenzeichen
Akteneinsicht in Messfotos nur nach Terminvereinbarung

Bewohnerparken: Anträge online unter regensburg.de/bewohnerparken, Jahresgebühr 30,00 Euro

An folgenden Tagen sind alle Dienststellen geschlossen: Faschingsdienstag ab 12 Uhr, 24. und 31. Dezember.
Barrierefreier Zugang zum Minoritenweg über den Innenhof, Aufzug vorhanden. Parkplätze am Dachauplatz (Parkhaus).
""",
    [
        "D.-Martin-Luther-Straße 3, 93047 Regensburg",
        "0941 507-0",
        "auslaenderbehoerde@regensburg.de",
        "Im Gewerbepark A 50",
        "30,00 Euro",
    ],
)

clean(
    "clean_office_hours",
    """
Stadt Cottbus/Chóśebuz, Soziales und Gleichstellung: Ansprechstellen auf einen Blick

Seniorenbüro im Stadthaus, Erich-Kästner-Platz 1, Erdgeschoss, Raum 0.14
Sprechzeiten: Dienstag 9-12 und 13-17 Uhr, Donnerstag 9-12 Uhr
seniorenbuero@cottbus.de · Seniorentelefon 0355 612-2400 (Anrufbeantworter außerhalb der Sprechzeiten)
Angebote: Beratung zu Wohnen im Alter, Seniorenpass, Besuchsdienst, Computersprechstunde

Gleichstellungsbeauftragte der Stadt Cottbus
Neumarkt 5, Zimmer 112 · gleichstellung@cottbus.de · 0355 612-2030
Offene Sprechstunde: jeden ersten Mittwoch im Monat, 14-16 Uhr, ohne Anmeldung
Beratung vertraulich, auf Wunsch anonym

Wohngeldstelle, Karl-Marx-Straße 67
wohngeld@cottbus.de · Anträge auch online über das Serviceportal Brandenburg

Kita-Beitragsstelle, Jugendamt, Karl-Marx-Straße 67
kitabeitraege@cottbus.de · Beitragsrechner unter cottbus.de/kita

Integrationsbeauftragte und Migrationsbeirat
Geschäftsstelle im Stadthaus, Raum 2.21 · integration@cottbus.de
Sitzungen des Migrationsbeirates: öffentlich, Termine im Ratsinformationssystem

Notfälle außerhalb der Dienstzeiten
Hilfetelefon Gewalt gegen Frauen 116 016 · Telefonseelsorge 0800 111 0 111 · Polizei 110

Anreise: Straßenbahnlinien 1, 3 und 4 bis Haltestelle Stadthalle; Parken im Parkhaus Carl-Blechen-Carré. Das Stadthaus ist barrierefrei; ein Hörverstärker ist am Empfang erhältlich.
""",
    [
        "Erich-Kästner-Platz 1",
        "seniorenbuero@cottbus.de",
        "0355 612-2030",
        "116 016",
        "Carl-Blechen-Carré",
    ],
)

clean(
    "clean_faq",
    """
Stadt Kassel, Wohngeld: Häufige Fragen

Wer kann Wohngeld bekommen?
Wohngeld ist ein Zuschuss zur Miete (Mietzuschuss) oder zu den Kosten von selbst genutztem Wohneigentum (Lastenzuschuss). Ob und in welcher Höhe ein Anspruch besteht, hängt von der Zahl der Haushaltsmitglieder, dem Gesamteinkommen und der Miete ab (§§ 4, 11, 12 WoGG). Kassel gehört zur Mietenstufe III.

Wie lange dauert die Bearbeitung?
Derzeit etwa 10 bis 12 Wochen. Reichen Sie den Antrag vollständig ein, das beschleunigt die Bearbeitung. Wohngeld wird ab dem Monat gezahlt, in dem der Antrag eingegangen ist.

Was muss ich mitteilen?
Änderungen der Haushaltsgröße, ein Umzug oder ein Anstieg des Einkommens um mehr als 15 Prozent müssen unverzüglich gemeldet werden (§ 27 WoGG).

Ich bekomme Bürgergeld. Kann ich trotzdem Wohngeld beantragen?
Nein. Wer Bürgergeld oder Grundsicherung bezieht, erhält die Kosten der Unterkunft über diese Leistungen (§ 7 WoGG).

Wo gebe ich den Antrag ab?
Online über kassel.de/wohngeld, per Post an das Sozialamt, Wohngeldstelle, Obere Königsstraße 8, 34117 Kassel, oder im Briefkasten am Rathaus. Fragen per E-Mail an wohngeld@kassel.de.

Gibt es Hilfe beim Ausfüllen?
Ja, die Sozialberatung des Diakonischen Werks Region Kassel und der Caritasverband Nordhessen-Kassel e.V. helfen kostenlos. Am Servicepunkt im Rathaus liegen Anträge in sieben Sprachen aus.

Kann ich mit dem Wohngeldrechner sicher sein?
Der Rechner unter kassel.de/wohngeldrechner liefert nur einen Anhaltspunkt, die Entscheidung trifft die Wohngeldstelle.
""",
    [
        "§ 27 WoGG",
        "Obere Königsstraße 8, 34117 Kassel",
        "wohngeld@kassel.de",
        "Caritasverband Nordhessen-Kassel e.V.",
        "Mietenstufe III",
    ],
)

clean(
    "clean_faq",
    """
Stadt Osnabrück, Bewohnerparken und Parkerleichterungen: Fragen und Antworten

Wo gibt es Bewohnerparkzonen?
In den Zonen A (Altstadt), B (Westerberg-Süd), C (Wüste-Nord) und K (Katharinenviertel). Die Grenzen finden Sie auf der Karte unter osnabrueck.de/bewohnerparken.

Wer bekommt einen Bewohnerparkausweis?
Wer in der Zone mit Haupt- oder Nebenwohnsitz gemeldet ist und ein Fahrzeug hält oder dauerhaft nutzt. Pro Person wird ein Ausweis erteilt. Firmenwagen sind möglich, wenn die Arbeitgeberin die private Nutzung bestätigt.

Was kostet der Ausweis?
120,00 Euro im Jahr (Gebührenordnung für das Bewohnerparken, Beschluss des Rates vom 14.03.2023, Vorlage VO/2023/1187). Für Inhaberinnen und Inhaber eines Schwerbehindertenausweises mit Merkzeichen G gilt eine ermäßigte Gebühr von 30,00 Euro.

Darf ich mit einem Bewohnerparkausweis überall in der Zone parken?
Ja, auf den gekennzeichneten Flächen mit Zusatzzeichen „Bewohner mit Parkausweis Nr. A“ usw. Auf Parkplätzen mit Parkscheinautomat nur, wenn das Zusatzzeichen das erlaubt.

Was ist mit Besucherinnen und Besuchern, Handwerksbetrieben und Pflegediensten?
Für Pflegedienste gibt es Ausnahmegenehmigungen nach § 46 StVO, Handwerksbetriebe beantragen eine Handwerkerparkkarte (Gebühr 180,00 Euro im Jahr). Besucherinnen und Besucher nutzen die Parkhäuser, zum Beispiel das Parkhaus Ledenhof oder die Tiefgarage Nikolaizentrum.

Wer ist zuständig?
Fachbereich Bürger und Ordnung, Straßenverkehrsbehörde, Natruper-Tor-Wall 2, 49076 Osnabrück, bewohnerparken@osnabrueck.de.
""",
    [
        "VO/2023/1187",
        "120,00 Euro",
        "§ 46 StVO",
        "Natruper-Tor-Wall 2, 49076 Osnabrück",
        "bewohnerparken@osnabrueck.de",
    ],
)

clean(
    "clean_bot_answers",
    """
Würzburger Bürgerbot, Antwortbausteine (Redaktionsstand 02/2025, Themenbereich Bürgerbüro)

#begruessung
Hallo! Ich bin der digitale Assistent der Stadt Würzburg. Ich beantworte Fragen rund um Bürgerbüro, Kfz-Zulassung und Abfall. Bitte geben Sie keine persönlichen Daten ein.

#personalausweis_neu
Personalausweise können nicht verlängert werden, Sie beantragen einen neuen. Termine im Bürgerbüro buchen Sie unter wuerzburg.de/termine. Gebühr: 37,00 Euro (ab 24 Jahren), 22,80 Euro (unter 24 Jahren).

#reisepass_express
Ein Express-Reisepass kostet 32,00 Euro zusätzlich und liegt in der Regel nach drei Werktagen vor.

#ummeldung
Nach einem Umzug müssen Sie sich innerhalb von zwei Wochen anmelden (§ 17 BMG). Bringen Sie Ihren Ausweis und die Wohnungsgeberbestätigung mit. Die Ummeldung ist gebührenfrei.

#datenschutz
Aus Datenschutzgründen kann ich keine persönlichen Daten verarbeiten. Bitte nutzen Sie den Link in Ihrer Bestätigungsmail oder wenden Sie sich an buergerbuero@stadt.wuerzburg.de.

#uebergabe_mitarbeiter
Ich verbinde Sie mit einer Mitarbeiterin oder einem Mitarbeiter des Bürgerbüros. Montag bis Freitag 8-16 Uhr, sonst schreiben Sie an die oben genannte Adresse.

#adresse
Bürgerbüro, Rückermainhof, Karmelitenstraße 20, 97070 Würzburg. Straßenbahn bis Haltestelle Rathaus. Der Eingang liegt im Innenhof.

#fallback
Das habe ich leider nicht verstanden. Versuchen Sie es mit einem Stichwort wie „Führungszeugnis“, „Anwohnerparken“ oder „Sperrmüll“.

#bewertung
War diese Antwort hilfreich? 👍 👎
""",
    [
        "wuerzburg.de/termine",
        "§ 17 BMG",
        "Karmelitenstraße 20, 97070 Würzburg",
        "buergerbuero@stadt.wuerzburg.de",
        "32,00 Euro",
    ],
)

clean(
    "clean_bot_answers",
    """
Chatbot der Landeshauptstadt Mainz, Standardantworten Familie (Export aus dem Redaktionssystem)

intent: kita_beitrag_frei
antwort: In Rheinland-Pfalz ist der Besuch einer Kita ab dem vollendeten zweiten Lebensjahr beitragsfrei (§ 26 KiTaG). Für jüngere Kinder richtet sich der Beitrag nach dem Einkommen. Die Beitragsstelle erreichen Sie unter kita-beitraege@stadt.mainz.de.

intent: kita_platz_suche
antwort: Freie Plätze finden Sie im Kita-Portal unter mainz.de/kitaplatz. Bitte registrieren Sie sich dort frühzeitig; die Vergabe erfolgt zweimal im Jahr, im Februar und im September.

intent: elterngeld_zustaendig
antwort: Elterngeld beantragen Sie beim Jugendamt der Stadt Mainz, Elterngeldstelle, Stadthaus Kaiserstraße, Kaiserstraße 3-5, 55116 Mainz. Das Formular ist auch online verfügbar.

intent: elterngeld_hoehe
antwort: Das Elterngeld beträgt 65 bis 67 Prozent des Nettoeinkommens vor der Geburt, mindestens 300 Euro und höchstens 1.800 Euro im Monat (§ 2 BEEG). Den Elterngeldrechner des Bundesfamilienministeriums finden Sie unter familienportal.de.

intent: kinderzuschlag
antwort: Kinderzuschlag zahlt nicht die Stadt, sondern die Familienkasse der Bundesagentur für Arbeit.

intent: datenschutz_hinweis
antwort: Ich speichere Ihre Eingaben nicht und kann keine E-Mails versenden. Bitte geben Sie keine Namen, Geburtsdaten oder Kontonummern ein.

intent: oeffnungszeiten_stadthaus
antwort: Stadthaus Große Bleiche 46: Montag bis Donnerstag 8-12 Uhr, Donnerstag zusätzlich 14-17 Uhr. Zentrale 06131 12-0.

intent: unbekannt
antwort: Dazu weiß ich leider noch nichts. Formulieren Sie Ihre Frage bitte anders oder rufen Sie die Zentrale an.
""",
    [
        "§ 26 KiTaG",
        "kita-beitraege@stadt.mainz.de",
        "Kaiserstraße 3-5, 55116 Mainz",
        "§ 2 BEEG",
        "06131 12-0",
    ],
)

clean(
    "clean_transit_notice",
    """
Freiburger Verkehrs AG, Fahrgastinformation: Gleisbauarbeiten in der Innenstadt

Vom Montag, 14. Juli, 4 Uhr, bis Sonntag, 3. August 2025, Betriebsschluss, erneuert die Freiburger Verkehrs AG (VAG) die Gleise in der Bertoldstraße und am Bertoldsbrunnen. In dieser Zeit gilt:

Linie 1 (Landwasser - Littenweiler): Umleitung zwischen Stadttheater und Schwabentorring über Rotteckring und Werthmannstraße. Die Haltestellen Bertoldsbrunnen und Oberlinden entfallen, Ersatzhaltestellen in der Kaiser-Joseph-Straße.
Linie 3 (Vauban - Haid): fährt zwischen Johanneskirche und Hauptbahnhof über die Stadtbahnbrücke, Haltestelle Holzmarkt entfällt.
Linie 5 (Rieselfeld - Hornusstraße): unverändert, aber dichteres Fahrgastaufkommen am Europaplatz.
Schienenersatzverkehr SEV 1 zwischen Hauptbahnhof und Schwabentor alle 10 Minuten, Abfahrt Bismarckallee, Bussteig C.

Die Haltestelle „Stadttheater“ wird auf die Nordseite der Werthmannstraße verlegt. Die Haltestelle „Johanneskirche“ bleibt barrierefrei erreichbar.

Radfahrende werden in der Bertoldstraße über die Universitätsstraße umgeleitet. Der Wochenmarkt am Münsterplatz findet wie gewohnt statt.

Wir bitten um Verständnis. Fragen beantwortet das Kundenzentrum pluspunkt, Salzstraße 3, Telefon 0761 4511-500, oder vag-freiburg.de/baustellen. Die Arbeiten kosten rund 4,2 Millionen Euro und werden vom Land Baden-Württemberg nach dem Landesgemeindeverkehrsfinanzierungsgesetz gefördert.
""",
    [
        "Freiburger Verkehrs AG",
        "Salzstraße 3",
        "0761 4511-500",
        "4,2 Millionen Euro",
        "SEV 1",
    ],
)

clean(
    "clean_transit_notice",
    """
Rostocker Straßenbahn AG (RSAG), Fahrplanänderung Buslinien 35 und 37 im Nordwesten

Wegen Kanalbauarbeiten der Nordwasser GmbH ist die Rigaer Straße zwischen Warnowallee und Ahlbecker Straße vom 3. März bis voraussichtlich 30. Mai 2025 voll gesperrt.

Linie 35: Die Busse fahren ab Lütten Klein Zentrum über Warnowallee und Kopenhagener Straße. Die Haltestellen „Rigaer Straße“ und „Helsinkier Straße“ entfallen; Ersatzhaltestelle in der Kopenhagener Straße vor dem Ortsamt Nordwest 1.
Linie 37: Umleitung über Albert-Einstein-Straße und Stockholmer Straße. Die Haltestelle „Schiffbauerring“ wird in die Stockholmer Straße verlegt.
S-Bahn und Straßenbahnlinien 1 und 5 sind nicht betroffen. Am Bahnhof Lütten Klein bestehen die üblichen Anschlüsse.

Seniorinnen und Senioren, die zum Seniorenbüro im Ortsamt fahren, nutzen bitte die Ersatzhaltestelle Kopenhagener Straße; der Weg dorthin ist stufenlos.

Schülerverkehr: Die Einsatzwagen E35 zur Schule am Wasserturm fahren ab 6:58 Uhr ab Groß Klein Sportplatz und halten zusätzlich an der Albert-Einstein-Straße.

Fahrpläne gibt es unter rsag-online.de, in der App und im Kundenzentrum am Lange Straße 21. Service-Telefon 0381 802-1900 (Montag bis Freitag 7-19 Uhr). Die Bauarbeiten sind Teil des Programms „Sanierung Nordwest 2025“ (Beschlussvorlage 2024/BV/5123) mit einem Volumen von 6,8 Millionen Euro.
""",
    [
        "Nordwasser GmbH",
        "0381 802-1900",
        "2024/BV/5123",
        "Ortsamt Nordwest 1",
        "6,8 Millionen Euro",
    ],
)

clean(
    "clean_council_paper",
    """
Stadt Aachen, Der Oberbürgermeister
Vorlage FB 56/0131/WP18, öffentlich
Beratungsfolge: Integrationsrat 26.03.2025 (Entscheidung), Ausschuss für Soziales, Integration und Demographie 08.04.2025 (Kenntnisnahme)

Betreff: Vergabe der Mittel des Integrationsrates 2025 für Projekte von Migrantenselbstorganisationen

Beschlussvorschlag:
Der Integrationsrat beschließt, aus dem Budget 2025 (Produkt 1.05.01, Sachkonto 531800) folgende Zuschüsse zu gewähren:
1. Vietnamesischer Kulturverein Aachen e.V., Projekt „Chữ Việt - Muttersprache am Samstag“: 6.000 Euro
2. Deutsch-Türkischer Elternverein Aachen-Nord e.V., Hausaufgabenhilfe: 7.500 Euro
3. Afrika-Forum Aachen e.V., Sommerfest am Elisenbrunnen: 3.200 Euro
4. Polnische Katholische Mission Aachen, Seniorentreff: 2.400 Euro
5. Kulturzentrum Alevitische Gemeinde Aachen e.V., Saz-Kurs für Kinder: 1.900 Euro

Begründung:
Nach § 27 Abs. 8 GO NRW kann der Integrationsrat über Mittel entscheiden, die ihm der Rat zur Verfügung stellt. Für 2025 stehen 25.000 Euro zur Verfügung (Ratsbeschluss vom 11.12.2024). Es gingen neun Anträge mit einem Volumen von 41.300 Euro ein. Die Geschäftsstelle hat die Anträge nach den Förderrichtlinien vom 01.01.2023 geprüft; vier Anträge erfüllen die Voraussetzungen nicht (fehlender Vereinssitz in Aachen, Doppelförderung durch das Land).

Finanzielle Auswirkungen: 21.000 Euro, Restmittel von 4.000 Euro werden im Herbst ausgeschrieben.

Anlagen: Übersicht der Anträge (nichtöffentlich), Förderrichtlinien.
""",
    [
        "FB 56/0131/WP18",
        "§ 27 Abs. 8 GO NRW",
        "Sachkonto 531800",
        "25.000 Euro",
        "Afrika-Forum Aachen e.V.",
    ],
)

clean(
    "clean_council_paper",
    """
Stadt Pforzheim, Gemeinderat
Drucksache G 0412/2025, öffentlich
Ausschuss für Sicherheit und Ordnung am 20.05.2025, Gemeinderat am 24.06.2025

Betreff: Jahresbericht der Kommunalen Verkehrsüberwachung und der Bußgeldstelle 2024

1. Ruhender Verkehr
Im Jahr 2024 wurden 61.480 Verwarnungen im ruhenden Verkehr ausgesprochen (2023: 58.912). Schwerpunkte waren die Bewohnerparkzonen Nordstadt und Weststadt sowie Gehwegparken in der Zerrennerstraße, der Östlichen Karl-Friedrich-Straße und am Leopoldplatz. Das Verwarnungsgeldaufkommen betrug 1,62 Millionen Euro.

2. Fließender Verkehr
Die mobilen und stationären Messanlagen registrierten 43.207 Geschwindigkeitsverstöße, davon 2.118 mit Fahrverbot. Die Anlage in der Wildbader Straße (Tempo 30 vor der Grundschule) hat die Zahl der Verstöße dort um 38 Prozent gesenkt.

3. Bußgeldstelle
Die Bußgeldstelle bearbeitete 28.964 Verfahren; 7,4 Prozent der Betroffenen legten Einspruch ein, 512 Verfahren wurden an das Amtsgericht Pforzheim abgegeben. Die durchschnittliche Bearbeitungszeit sank auf 19 Tage.

4. Personal
Im Gemeindevollzugsdienst sind 31,5 Stellen besetzt, 4 Stellen sind ausgeschrieben (Stellenausschreibung 2025/07).

Finanzielle Auswirkungen: keine. Die Erträge sind im Haushalt 2025 bei Produktgruppe 12.20 veranschlagt.

Anlage: Statistik nach Monaten und Stadtteilen
""",
    [
        "G 0412/2025",
        "1,62 Millionen Euro",
        "Amtsgericht Pforzheim",
        "Produktgruppe 12.20",
        "Stellenausschreibung 2025/07",
    ],
)

clean(
    "clean_street_naming",
    """
Stadt Erlangen, Bekanntmachung über die Benennung von Straßen im Baugebiet Büchenbach-West, 3. Bauabschnitt

Der Stadtrat hat in seiner Sitzung am 27.02.2025 (Vorlage 613/082/2025) beschlossen, die neuen Erschließungsstraßen wie folgt zu benennen:

Emmy-Noether-Straße: Emmy Noether (1882-1935), in Erlangen geborene Mathematikerin, Begründerin der modernen Algebra. Sie durfte sich erst 1919 in Göttingen habilitieren und emigrierte 1933 in die USA.

Ernst-Penzoldt-Weg: Ernst Penzoldt (1892-1955), in Erlangen geborener Schriftsteller, Maler und Bildhauer, bekannt durch den Roman „Die Powenzbande“.

Simon-Marius-Ring: Simon Marius (1573-1624), Astronom und Hofmathematiker in Ansbach, entdeckte unabhängig von Galilei die Jupitermonde.

Am Regnitzgrund: Flurbezeichnung nach dem historischen Gewann an der Regnitz.

Die Hausnummern werden von der Vermessungsabteilung zugeteilt. Anliegerinnen und Anlieger erhalten eine Bescheinigung zur kostenlosen Änderung ihrer Anschrift bei Banken, Versicherungen und der Kfz-Zulassungsstelle.

Einwendungen können bis 31.03.2025 beim Amt für Stadtplanung und Mobilität, Schuhstraße 40, 91052 Erlangen, oder per E-Mail an strassenbenennung@stadt.erlangen.de erhoben werden. Der Beschluss ist unter erlangen.de/bekanntmachungen einsehbar.
""",
    [
        "Vorlage 613/082/2025",
        "Emmy Noether (1882-1935)",
        "Simon Marius (1573-1624)",
        "Schuhstraße 40, 91052 Erlangen",
        "strassenbenennung@stadt.erlangen.de",
    ],
)

clean(
    "clean_street_naming",
    """
Stadt Dessau-Roßlau, Amtsblatt Nr. 4/2025, Straßenbenennungen im Quartier am Bauhaus

Der Stadtrat hat am 19.03.2025 (Beschlussvorlage BV/027/2025/VI-61) folgende Benennungen beschlossen:

Gunta-Stölzl-Straße: Gunta Stölzl (1897-1983), Weberin, erste und einzige Meisterin am Bauhaus, leitete von 1927 bis 1931 die Weberei in Dessau.

Marianne-Brandt-Weg: Marianne Brandt (1893-1983), Metallgestalterin und Fotografin, stellvertretende Leiterin der Metallwerkstatt; ihre Teekanne von 1924 gilt als Ikone des Designs.

Hugo-Junkers-Allee (Verlängerung): Hugo Junkers (1859-1935), Ingenieur und Unternehmer, gründete in Dessau die Junkers Flugzeugwerke. Der bestehende Teil der Allee wird bis zur Kühnauer Straße verlängert.

Am Laubengang: nach den Laubenganghäusern von Hannes Meyer (1889-1954) in Dessau-Törten.

Die Benennungen folgen dem Grundsatz, Frauen im Straßenbild sichtbarer zu machen (Leitlinie der Gleichstellungsbeauftragten aus dem Jahr 2022). Die Straßenschilder stellt der Eigenbetrieb Stadtpflege auf; die Kosten von rund 9.400 Euro sind im Haushalt veranschlagt.

Auskünfte: Amt für Stadtentwicklung, Denkmal- und Umweltschutz, Finanzamtstraße 2, 06844 Dessau-Roßlau, und Bürgerbüro im Rathaus, Zerbster Straße 4.
""",
    [
        "BV/027/2025/VI-61",
        "Gunta Stölzl (1897-1983)",
        "Hugo Junkers (1859-1935)",
        "Finanzamtstraße 2, 06844 Dessau-Roßlau",
        "9.400 Euro",
    ],
)

clean(
    "clean_forum_faq",
    """
forum „müll & tonnen in gera“ - angepinnter beitrag: die häufigsten fragen (von der moderation zusammengestellt, kein offizielles angebot der stadt)

wann kommt die gelbe tonne?
in lusan und bieblach alle zwei wochen donnerstags, in der innenstadt mittwochs. den genauen kalender gibts in der abfall-app oder auf gera.de/abfallkalender. an feiertagen verschiebt sich alles um einen tag, steht aber im kalender drin.

meine tonne wurde nicht geleert was tun?
erstmal gucken ob sie bis 6 uhr draußen stand und der deckel zu war. wenn ja bei der gera-süd entsorgung gmbh melden, hotline 0365 838-4100, oder übers formular. nicht hier im forum posten, hier liest keiner von der firma mit.

sperrmüll?
zweimal im jahr kostenlos auf abruf, karte ausfüllen oder online. alles über 4 kubikmeter kostet 25 euro extra. elektrogeräte nicht dazustellen, die nimmt der wertstoffhof in der leipziger straße.

biotonne stinkt im sommer
zeitungspapier unten rein, deckel zu, schatten. kein fleisch rein. gibt auch reinigungsservice für 5 euro pro leerung.

kann ich die tonne kleiner machen?
ja, antrag beim fachdienst abfallwirtschaft, das spart gebühren. die satzung ist die abfallgebührensatzung, § 6 regelt die behältergrößen.

wichtig: bitte keine adressen oder handynummern posten, auch nicht von nachbarn die ihre tonne nie reinholen 😉 sowas klärt ihr bitte direkt oder über das ordnungsamt.

letzte änderung: 03/2025, moderation
""",
    [
        "gera.de/abfallkalender",
        "gera-süd entsorgung gmbh",
        "0365 838-4100",
        "25 euro",
        "§ 6",
    ],
)

clean(
    "clean_forum_faq",
    """
thread „auto ummelden in offenbach - erfahrungen & tipps“ (community-faq, zusammengefasst von den mods, stand april 2025)

1. brauch ich einen termin?
ja, ohne termin geht bei der zulassung in der berliner straße nix. termine gibts unter offenbach.de/zulassung, morgens um 7 kommen meistens neue dazu.

2. was muss ich mitbringen?
perso oder pass mit meldebescheinigung, zulassungsbescheinigung teil 1 und teil 2 (fahrzeugbrief), evb-nummer von der versicherung, iban für die kfz-steuer. wenn das auto vorher woanders zugelassen war die alten schilder.

3. kann ich mein kennzeichen behalten wenn ich aus frankfurt herziehe?
ja, kennzeichenmitnahme geht seit 2015 bundesweit. adresse muss trotzdem geändert werden, kostet um die 12 euro.

4. online geht das auch?
mit online-ausweisfunktion und pin über i-kfz. klappt meistens, die neuen papiere kommen per post nach ein paar tagen.

5. wunschkennzeichen?
online reservieren, kostet 10,20 euro, gilt 90 tage. of-xx 1 sind natürlich alle weg 😄

6. jemand anders soll hingehen?
vollmacht plus ausweis vom halter und vom bevollmächtigten, vordruck auf der seite der stadt.

7. firmenwagen?
mit gewerbeanmeldung oder handelsregisterauszug, bei gmbhs auch mit vollmacht der geschäftsführung.

tipp: samstags ist zu. und bitte keine fotos von fahrzeugpapieren oder ausweisen hier posten, auch nicht geschwärzt halb.
""",
    [
        "offenbach.de/zulassung",
        "10,20 euro",
        "kennzeichenmitnahme",
        "i-kfz",
        "zulassungsbescheinigung teil 1 und teil 2",
    ],
)

clean(
    "clean_event_programme",
    """
Interkulturelle Woche Krefeld 2025, Programm (Auszug), 21. bis 28. September

So, 21.09., 11 Uhr, Dionysiusplatz: Eröffnungsfest mit dem Integrationsrat der Stadt Krefeld, Folkloregruppen des Griechischen Kulturvereins Krefeld e.V. und des Polnischen Vereins „Polonia Krefeld“ e.V., Kinderprogramm der Awo Kreisverband Krefeld e.V.

Mo, 22.09., 18 Uhr, Mediothek, Theaterplatz 2: Lesung „Briefe aus Anatolien“, historische Briefe türkischer Gastarbeiter der 1960er-Jahre, mit dem Stadtarchiv.

Di, 23.09., 19 Uhr, Haus der Seidenkultur, Luisenstraße 15: Vortrag „Von Seide und Samt: Hugenotten, Mennoniten und die von der Leyen“, über die Einwanderung nach Krefeld im 17. und 18. Jahrhundert. Eintritt 5 Euro.

Mi, 24.09., 15 Uhr, Südbahnhof: Erzählcafé für Seniorinnen und Senioren, in Kooperation mit dem Seniorenbüro.

Do, 25.09., 17 Uhr, Rathaus, Von-der-Leyen-Platz 1: Einbürgerungsfeier der Stadt (nur mit Einladung).

Fr, 26.09., 20 Uhr, Kulturfabrik, Dießemer Straße 13: Konzert „Balkan meets Niederrhein“ mit der Band Dunavski Ritam, Eintritt 12 Euro, Vorverkauf bei der Kulturfabrik Krefeld GmbH.

Sa, 27.09., 10-16 Uhr, Fabrik Heeder: Ausbildungsbörse mit der Siempelkamp Maschinen- und Anlagenbau GmbH, den Stadtwerken Krefeld AG und der Handwerkskammer.

Veranstalter: Stadt Krefeld, Fachbereich Migration und Integration, integration@krefeld.de, in Zusammenarbeit mit dem Integrationsrat.
""",
    [
        "Von-der-Leyen-Platz 1",
        "Awo Kreisverband Krefeld e.V.",
        "Kulturfabrik Krefeld GmbH",
        "Stadtwerken Krefeld AG",
        "integration@krefeld.de",
    ],
)

clean(
    "clean_event_programme",
    """
Flensburger Seniorenwoche 2025, „Alt werden im Norden“, 6. bis 11. Oktober

Montag, 6.10., 14 Uhr, Rathaus, Ratssaal: Eröffnung durch die Stadtpräsidentin, anschließend Tanztee mit der Band „Die Fördekapitäne“. Eintritt frei.

Dienstag, 7.10., 10 Uhr, Phänomenta, Norderstraße 157: Führung für Seniorinnen und Senioren, ermäßigter Eintritt 7 Euro.

Mittwoch, 8.10., 15 Uhr, Museumsberg Flensburg: Vortrag „Emil Nolde (1867-1956) und das Licht der Westküste“. Anmeldung beim Seniorenbüro.

Donnerstag, 9.10., 10-13 Uhr, Bürgerhaus Mürwik: Info-Markt „Sicher zu Hause“ mit der Verbraucherzentrale Schleswig-Holstein e.V., dem Hausnotrufdienst des Deutschen Roten Kreuzes, Kreisverband Flensburg e.V., und der Polizeidirektion Flensburg (Trickbetrug am Telefon).

Freitag, 10.10., 14 Uhr, Hafenspitze: Ausfahrt mit dem Salondampfer „Alexandra“ (Baujahr 1908), 15 Euro inkl. Kaffee und Kuchen, Anmeldung erforderlich.

Samstag, 11.10., 11 Uhr, Deutsches Haus: Abschluss mit dem Shanty-Chor Flensburg von 1977 e.V. und dem Chor der dänischen Minderheit.

Anmeldungen: Seniorenbüro Flensburg, Rathausplatz 1, Zimmer E 14, Montag bis Donnerstag 9-12 Uhr, Telefon 0461 85-0, seniorenbuero@flensburg.de. Fahrdienst für mobilitätseingeschränkte Gäste auf Anfrage. Die Seniorenwoche wird gefördert von der Nord-Ostsee Sparkasse.
""",
    [
        "Emil Nolde (1867-1956)",
        "Rathausplatz 1, Zimmer E 14",
        "seniorenbuero@flensburg.de",
        "Shanty-Chor Flensburg von 1977 e.V.",
        "0461 85-0",
    ],
)

clean(
    "clean_statute",
    """
Satzung über das Friedhofs- und Bestattungswesen der Stadt Worms (Friedhofssatzung), Auszug
vom 12.12.2018, zuletzt geändert durch Satzung vom 04.07.2024

§ 1 Geltungsbereich
Diese Satzung gilt für die von der Stadt Worms verwalteten Friedhöfe: Hauptfriedhof Hochheimer Höhe, Friedhof Herrnsheim, Friedhof Pfeddersheim und die Friedhöfe in den übrigen Stadtteilen. Für den Alten Jüdischen Friedhof „Heiliger Sand“ gelten besondere Bestimmungen.

§ 12 Arten der Grabstätten
(1) Es werden unterschieden: Reihengrabstätten, Wahlgrabstätten, Urnenreihengrabstätten, Urnenwahlgrabstätten, Baumgrabstätten und anonyme Urnengrabstätten.
(2) Die Ruhezeit beträgt für Erdbestattungen 25 Jahre, für Urnen 20 Jahre.

§ 15 Nutzungsrecht an Wahlgrabstätten
(1) Das Nutzungsrecht wird für 30 Jahre verliehen und kann auf Antrag verlängert werden. Über die Verleihung wird eine Grabnutzungsurkunde ausgestellt.
(2) Bei Tod des Nutzungsberechtigten geht das Recht in der Reihenfolge des § 15 Abs. 3 auf die Angehörigen über.

§ 21 Gestaltung und Unterhaltung
(1) Grabmale und Einfassungen sind von den Nutzungsberechtigten standsicher zu erhalten.
(2) Wege und Gemeinschaftsanlagen unterhält die Friedhofsverwaltung.

§ 30 Umbettungen
Umbettungen bedürfen der Zustimmung der Friedhofsverwaltung und der Genehmigung nach § 15 Bestattungsgesetz Rheinland-Pfalz. Die Gebühr richtet sich nach Tarifstelle 7.2 der Friedhofsgebührensatzung (Erdbestattung 980,00 Euro).

Friedhofsverwaltung, Hochheimer Höhe 2, 67549 Worms, friedhof@worms.de
""",
    [
        "§ 12 Arten der Grabstätten",
        "Tarifstelle 7.2",
        "980,00 Euro",
        "Hochheimer Höhe 2, 67549 Worms",
        "Heiliger Sand",
    ],
)

clean(
    "clean_statute",
    """
Satzung über die Erhebung von Gebühren für Leistungen der Feuerwehr der Stadt Paderborn (Feuerwehrgebührensatzung), Auszug
Beschluss des Rates vom 13.02.2025 (Vorlage 0389/25), in Kraft ab 01.04.2025

§ 1 Gebührenpflichtige Leistungen
(1) Die Stadt Paderborn erhebt für Leistungen der Feuerwehr Gebühren nach § 52 des Gesetzes über den Brandschutz, die Hilfeleistung und den Katastrophenschutz (BHKG).
(2) Gebührenpflichtig ist insbesondere die Brandverhütungsschau nach § 26 BHKG, soweit sie auf Antrag oder wegen festgestellter Mängel wiederholt wird.

§ 2 Gebührenschuldner
Gebührenschuldner ist die Eigentümerin oder der Eigentümer des Gebäudes; bei Erbbaurechten die oder der Erbbauberechtigte. Mehrere Schuldner haften als Gesamtschuldner.

§ 3 Gebührenhöhe
Die Gebühren ergeben sich aus dem Gebührentarif (Anlage):
Tarifstelle 1.1 Brandverhütungsschau, je angefangene halbe Stunde: 52,00 Euro
Tarifstelle 1.2 Nachschau nach Mängelbeseitigung: 78,00 Euro pauschal
Tarifstelle 2.1 Fehlalarm einer Brandmeldeanlage: 480,00 Euro
Tarifstelle 3.4 Einsatz eines Drehleiterfahrzeugs, je Stunde: 310,00 Euro

§ 4 Entstehung und Fälligkeit
Die Gebühr entsteht mit Beendigung der Leistung und wird einen Monat nach Bekanntgabe des Bescheides fällig.

Feuerwehr Paderborn, Vorbeugender Brandschutz, Kilianstraße 60, 33098 Paderborn, brandschutz@paderborn.de
""",
    [
        "§ 26 BHKG",
        "Vorlage 0389/25",
        "Tarifstelle 2.1",
        "480,00 Euro",
        "Kilianstraße 60, 33098 Paderborn",
    ],
)

clean(
    "clean_press_release",
    """
Pressemitteilung der Stadt Ingolstadt, 14.04.2025

Kfz-Zulassungsstelle: Mehr Online-Vorgänge, kürzere Wartezeiten

Die Kfz-Zulassungsstelle der Stadt Ingolstadt hat im ersten Quartal 2025 erstmals mehr als ein Viertel aller Vorgänge online abgewickelt. Von 18.412 Zulassungen, Umschreibungen und Außerbetriebsetzungen liefen 4.903 über das Portal i-Kfz, teilt das Amt für Verkehrsmanagement mit. Die Wartezeit auf einen Termin sank von neun auf drei Werktage.

„Die Menschen nutzen die Online-Ausweisfunktion inzwischen selbstverständlich“, sagt der zuständige Referent. Besonders beliebt sind Außerbetriebsetzungen und Adressänderungen. Autohäuser wie die Audi Zentrum Ingolstadt GmbH und die Autohaus am Nordbahnhof GmbH & Co. KG nutzen seit Januar die Großkundenschnittstelle.

Weiterhin vor Ort nötig sind Zulassungen von Importfahrzeugen, Oldtimern mit H-Kennzeichen und Fahrzeugen mit ausländischen Papieren. Der Dolmetscherpool der Stadt unterstützt auf Anfrage in Türkisch, Russisch, Rumänisch und Arabisch.

Die Stadt bittet, Wunschkennzeichen online zu reservieren (Gebühr 10,20 Euro). Besonders gefragt sind Kombinationen mit den Buchstaben GO und FC.

Die Zulassungsstelle ist in der Gaimersheimer Straße 125, 85057 Ingolstadt; geöffnet Montag bis Freitag 7:30-12 Uhr, Donnerstag 14-17:30 Uhr. Kontakt: zulassung@ingolstadt.de.

Pressestelle der Stadt Ingolstadt, Rathausplatz 2, 85049 Ingolstadt, presse@ingolstadt.de
""",
    [
        "Audi Zentrum Ingolstadt GmbH",
        "Autohaus am Nordbahnhof GmbH & Co. KG",
        "Gaimersheimer Straße 125, 85057 Ingolstadt",
        "10,20 Euro",
        "presse@ingolstadt.de",
    ],
)

clean(
    "clean_press_release",
    """
Bundesstadt Bonn, Presseamt, 07.03.2025

Equal Pay Day und Internationaler Frauentag: Gleichstellungsstelle zieht Bilanz

Zum Internationalen Frauentag legt die Gleichstellungsstelle der Bundesstadt Bonn ihren Jahresbericht 2024 vor. Die Beratungsstelle wurde 1.284-mal in Anspruch genommen, 41 Prozent der Anfragen betrafen Benachteiligung im Beruf, 23 Prozent Vereinbarkeit von Familie und Pflege. Erstmals kamen mehr als 200 Anfragen in englischer, arabischer oder ukrainischer Sprache.

In der Stadtverwaltung selbst sind inzwischen 48 Prozent der Führungspositionen mit Frauen besetzt; der Gleichstellungsplan 2022-2026 (Drucksache 2210447) sieht 50 Prozent vor. Beim Elterngeld nehmen bei städtischen Beschäftigten 58 Prozent der Väter mehr als die zwei Partnermonate.

Am 8. März lädt die Gleichstellungsstelle um 15 Uhr ins Alte Rathaus, Markt 2, zur Ausstellung „Bonner Frauengeschichte“ ein. Gezeigt werden unter anderem Adele Schreiber-Krieger (1872-1957), Mitglied der Nationalversammlung, und Helene Weber (1881-1962), eine der vier „Mütter des Grundgesetzes“.

Der Verein Bonner Frauenmuseum e.V. und die Volkshochschule Bonn begleiten den Tag mit Führungen. Zum Equal Pay Day am 7. März wirbt der Business and Professional Women Club Bonn e.V. auf dem Münsterplatz für gleiche Bezahlung.

Kontakt: Gleichstellungsstelle, Stadthaus, Berliner Platz 2, 53111 Bonn, gleichstellungsstelle@bonn.de, Telefon 0228 77-0.
""",
    [
        "Drucksache 2210447",
        "Helene Weber (1881-1962)",
        "Bonner Frauenmuseum e.V.",
        "Berliner Platz 2, 53111 Bonn",
        "gleichstellungsstelle@bonn.de",
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
