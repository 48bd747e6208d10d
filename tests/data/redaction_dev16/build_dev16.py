"""Build the sixteenth German PII redaction development corpus (``corpus.jsonl`` next to this file).

    python3 tests/data/redaction_dev16/build_dev16.py            # check, then write
    python3 tests/data/redaction_dev16/build_dev16.py --partial  # check only, write nothing

DEVELOPMENT set: it may be read, run and tuned on. It was written blind: without sight of the
redactor's rules, its benchmark, the held-out corpora and the documents of every other corpus.
Only the README of dev15 and the docstring, helpers and ``main()`` of ``build_dev15.py`` were
read, for the record format and the annotation conventions; the code and all documents here are
new. The 80 invented documents come from the digital mailroom of NRW cities outside the Ruhr
mostly (Münster, Bielefeld, Köln, Düsseldorf, Wuppertal, Aachen, Paderborn, Bonn, Krefeld,
Gütersloh, Siegen, Solingen): economic development, trade office, city treasury, building
authority, public order office, council office. 60 carry personal data, 20 do not.

  - founder_email (6): founders writing to the economic-development office (Gründungszuschuss,
    premises, funding), with quoted replies of advisers;
  - business_plan (4): business-plan excerpts with CVs, advisers' meeting notes;
  - chat_transcript (4): chatbot and live-chat transcripts with timestamps and handles;
  - trade_form (5): GewA 1/2/3 pasted as text (sole traders, a GbR, a GmbH's managing director);
  - register_extract (4): Handelsregister extracts, a Gesellschafterliste, register notices;
  - invoice_dunning (6): invoices of freelancers and craftsmen to the city, reminders, dunning
    letters and enforcement notices of the city treasury, a citizen's instalment request;
  - building (6): Bauantrag, Nachbarbeteiligung, Baulastenauskunft, neighbours' objections, a
    hearing letter, an architect's forwarded consent;
  - complaint (5): noise, rubbish, trees, a Bürgeranregung under § 24 GO NRW, a complaint
    about a clerk;
  - voice_transcript (6): speech-to-text of calls and voicemails without punctuation, numbers
    and dates spelled out in words, names spelled with the German spelling alphabet;
  - converted_mail (6): HTML and Markdown mails flattened to text, a messenger export with
    emojis, Outlook and Teams forwards, a web contact form;
  - legal_letter (4): lawyers and a tax adviser writing for clients, a power of attorney;
  - data_export (4): JSON, CSV and XML exports of specialist procedures, portal log lines;
  - clean_* (20): council papers, funding guidelines, fee statutes, press releases, a list of
    firms in a start-up centre, event programmes, tenders, FAQ pages, street-naming decisions,
    statistics.

Markup: personal strings are written inline as ``[[TYPE:text]]``; computed numbers are put in
with ``«name»`` slots. Short type names:

    P=PERSON  STR=STREET_ADDRESS  LOC=LOCATION  DOB=DATE_OF_BIRTH  TEL=PHONE_NUMBER
    MAIL=EMAIL_ADDRESS  IBAN=IBAN_CODE  TAX=DE_TAX_ID  RV=DE_SOCIAL_SECURITY  ID=DE_ID_CARD
    PASS=DE_PASSPORT  KFZ=DE_KFZ  AZ=DE_AKTENZEICHEN  HR=DE_HANDELSREGISTER  IP=IP_ADDRESS

Annotation conventions (those of dev15, with its stricter rules, plus the cases this set adds):
  - only values are annotated, never keys, labels, column titles or JSON/XML/CSV key names;
  - salutations, titles, roles and relationship words ("Herr", "Frau", "Dr.", "RA", "StB",
    "Inh.", "Ehemann", "Schwester", "Mandant") stay outside PERSON spans; a bare surname or first
    name is PERSON; "Nachname, Vorname" in one cell is one span; names are annotated as written
    (capitals, lower case in transcripts, transliterations); a name spelled with the spelling
    alphabet ("K wie Kaufmann, O wie Otto ...") is one PERSON span from the first letter to the
    last code word, and its code words do not count as name parts;
  - a name inside an e-mail address counts only as part of the EMAIL_ADDRESS;
  - staff of the city and of its companies: names, direct lines and personal mailboxes are
    annotated; switchboards ("...-0"), hotlines, functional mailboxes, anonymous handles and
    user codes ("Gast-4711", "WFM-Bot", "SB23") are not;
  - a span never crosses a line break;
  - a private address is STREET_ADDRESS (street, number, additions) plus LOCATION (postcode and
    town); towns and districts of residence, birth, origin and relatives are LOCATION, also the
    office's own town; countries and nationalities are not; offices, courts, chambers, firms with
    a legal form, notaries' offices, public buildings and the place of a signature line are not;
  - a city district alone in a citizen's context ("wohne in Ehrenfeld") is LOCATION; so is the
    Gemarkung of a privately owned parcel; Flur and Flurstück numbers are not annotated; the
    Grundbuch sheet and the Baulastenblatt of a private parcel are DE_AKTENZEICHEN;
  - natural persons in business (sole traders e.K., freelancers, a sole architect or
    translator) are persons: name, business address, phones, mailboxes, HRA entry, Steuernummer
    and USt-IdNr are personal (Steuernummer, USt-IdNr and Steuer-ID of a person are DE_TAX_ID);
    their invoice and customer numbers are DE_AKTENZEICHEN; a GmbH or UG whose firm name carries
    the full name of its only shareholder and managing director is treated like a sole trader
    (the name inside the firm is PERSON, the HRB entry DE_HANDELSREGISTER); other companies
    with a legal form (GmbH, UG, AG, KG, GbR with a firm name, mbB, eG, e.V., AöR), their
    register entries, tax numbers, accounts and addresses are not personal, also when the firm
    name contains a family name;
  - the Kassenzeichen, file numbers, ticket, case, customer and booking numbers of a citizen's
    matter are DE_AKTENZEICHEN (the cue word stays outside); council papers, tender numbers,
    order numbers of the city, form numbers, paragraphs and budget lines are not;
  - accounts of the city treasury and of firms with a legal form are not annotated;
  - German ID cards and eATs are DE_ID_CARD; passports and foreign ID cards are DE_PASSPORT;
  - plates of vehicles of citizens and of firms (also red dealer plates and foreign plates, also
    spelled out on the phone) are DE_KFZ; citizens' IPs are IP_ADDRESS, servers, internal
    addresses and load tests are not;
  - only dates of birth are personal (also in words, "Jg. 1975", "(*1981)", a CV's year of
    birth); letter, due, deadline, founding and appointment dates are not.

Checks (standard library only): offsets give back the span text; spans are sorted, disjoint and
free of line breaks and surrounding blanks; Steuer-IDs and USt-IdNrn carry the MOD 11,10 check
digit, a Polish NIP its MOD 11 digit; IBANs pass MOD 97; RV numbers (also read out in words)
carry their check digit, and those written in figures match a date of birth in the document; ID-card numbers use the ID-card alphabet with a valid tenth check digit where
there is one; no keep phrase overlaps a span and each occurs; 4-5 distinct keep phrases and
900-2,000 characters per document; PII-free documents have no spans; every further whole-word
occurrence of an annotated string (three characters or more) and of every name part (three
letters or more) of a PERSON span is annotated too unless the document allows it, and every
allowance is needed; the document counts per style match the plan. ``corpus.jsonl`` is written
only when nothing is found.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "corpus.jsonl"
PREFIX = "dev16"
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
ID_ALPHABET = set("CFGHJKLMNPRTVWXYZ0123456789")

PLAN = {
    ("founder_email", "pii"): 6,
    ("business_plan", "pii"): 4,
    ("chat_transcript", "pii"): 4,
    ("trade_form", "pii"): 5,
    ("register_extract", "pii"): 4,
    ("invoice_dunning", "pii"): 6,
    ("building", "pii"): 6,
    ("complaint", "pii"): 5,
    ("voice_transcript", "pii"): 6,
    ("converted_mail", "pii"): 6,
    ("legal_letter", "pii"): 4,
    ("data_export", "pii"): 4,
    ("clean_council_paper", "clean"): 2,
    ("clean_funding_guideline", "clean"): 2,
    ("clean_fee_statute", "clean"): 2,
    ("clean_press_release", "clean"): 2,
    ("clean_firm_list", "clean"): 2,
    ("clean_event_programme", "clean"): 2,
    ("clean_tender", "clean"): 2,
    ("clean_faq", "clean"): 2,
    ("clean_street_naming", "clean"): 2,
    ("clean_statistics", "clean"): 2,
}

# ---------------------------------------------------------------------------------------------
# Check digits
# ---------------------------------------------------------------------------------------------


def mod11_10(digits: str) -> int:
    """ISO 7064 MOD 11,10 check digit (Steuer-ID over 10 digits, USt-IdNr over 8 digits)."""
    p = 10
    for ch in digits:
        s = (int(ch) + p) % 10 or 10
        p = (2 * s) % 11
    c = 11 - p
    return 0 if c == 10 else c


def steuer_id(ten: str, blocks: bool = False) -> str:
    assert len(ten) == 10 and ten.isdigit() and ten[0] != "0", ten
    repeated = [n for n in Counter(ten).values() if n > 1]
    assert len(repeated) == 1 and repeated[0] in (2, 3), ten
    full = ten + str(mod11_10(ten))
    return f"{full[:2]} {full[2:5]} {full[5:8]} {full[8:]}" if blocks else full


def ust_id(eight: str, space: bool = False) -> str:
    assert len(eight) == 8 and eight.isdigit() and eight[0] != "0", eight
    full = eight + str(mod11_10(eight))
    return f"DE {full[:3]} {full[3:6]} {full[6:]}" if space else "DE" + full


NIP_WEIGHTS = (6, 5, 7, 2, 3, 4, 5, 6, 7)


def nip(nine: str) -> str:
    """Polish tax number (NIP) with its MOD 11 check digit, written 3-3-2-2."""
    c = sum(int(d) * w for d, w in zip(nine, NIP_WEIGHTS, strict=True)) % 11
    assert c != 10, nine
    full = nine + str(c)
    return f"{full[:3]}-{full[3:6]}-{full[6:8]}-{full[8:]}"


def _as_number(chars: str) -> int:
    return int("".join(str(int(c, 36)) for c in chars))


def iban(country: str, bban: str, grouped: bool = True) -> str:
    check = 98 - _as_number(bban + country + "00") % 97
    raw = f"{country}{check:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if grouped else raw


def iban_valid(value: str) -> bool:
    raw = value.replace(" ", "")
    return bool(re.fullmatch(r"[A-Z]{2}\d\d[A-Z0-9]{10,30}", raw)) and (
        _as_number(raw[4:] + raw[:4]) % 97 == 1
    )


RV_WEIGHTS = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)


def rv_digit(area: str, ddmmyy: str, letter: str, serial: str) -> int:
    digits = area + ddmmyy + f"{ord(letter) - 64:02d}" + serial
    return sum(sum(divmod(int(d) * w, 10)) for d, w in zip(digits, RV_WEIGHTS, strict=False)) % 10


def rv_number(area: str, ddmmyy: str, letter: str, serial: str, spaced: bool = False) -> str:
    c = rv_digit(area, ddmmyy, letter, serial)
    return (
        f"{area} {ddmmyy} {letter} {serial}{c}" if spaced else f"{area}{ddmmyy}{letter}{serial}{c}"
    )


DIGIT_WORDS = ("null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun")


def spoken(value: str) -> str:
    """Digits and letters as read out on the phone: 'eins zwei k null'."""
    return " ".join(DIGIT_WORDS[int(c)] if c.isdigit() else c.lower() for c in value if c != " ")


def unspoken(value: str) -> str:
    out = []
    for word in value.split():
        out.append(str(DIGIT_WORDS.index(word)) if word in DIGIT_WORDS else word.upper())
    return "".join(out)


def icao_digit(chars: str) -> int:
    weights = (7, 3, 1)
    return sum((0 if c == "<" else int(c, 36)) * weights[i % 3] for i, c in enumerate(chars)) % 10


def id_card(nine: str, with_check: bool = False) -> str:
    assert len(nine) == 9 and set(nine) <= ID_ALPHABET, nine
    return nine + str(icao_digit(nine)) if with_check else nine


def id_card_valid(value: str) -> bool:
    raw = value.replace(" ", "").upper()
    if len(raw) not in (9, 10) or not set(raw) <= ID_ALPHABET:
        return False
    return len(raw) == 9 or icao_digit(raw[:9]) == int(raw[9])


# ---------------------------------------------------------------------------------------------
# Layout helpers (markup never counts towards a width)
# ---------------------------------------------------------------------------------------------


def plain(cell: str) -> str:
    return MARKUP.sub(lambda m: m.group(2), cell)


def columns(widths: tuple[int, ...], *rows: tuple[str, ...]) -> str:
    lines = []
    for row in rows:
        out = ""
        for i, cell in enumerate(row):
            w = widths[i] if i < len(widths) else 0
            out += cell + " " * max(1, w - len(plain(cell)))
        lines.append(out.rstrip())
    return "\n".join(lines)


def pipes(widths: tuple[int, ...], *rows: tuple[str, ...]) -> str:
    lines = []
    for row in rows:
        cells = [
            c + " " * max(0, (widths[i] if i < len(widths) else 0) - len(plain(c)))
            for i, c in enumerate(row)
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def quote(block: str, mark: str = "> ") -> str:
    return "\n".join((mark + line).rstrip() for line in block.split("\n"))


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
    text_parts: list[str] = []
    spans: list[dict] = []
    pos = 0
    length = 0
    for m in MARKUP.finditer(marked):
        chunk = marked[pos : m.start()]
        text_parts.append(chunk)
        length += len(chunk)
        code, value = m.group(1), m.group(2)
        if code not in TYPE_CODES:
            raise ValueError(f"unknown type code {code!r}")
        spans.append(
            {"start": length, "end": length + len(value), "type": TYPE_CODES[code], "text": value}
        )
        text_parts.append(value)
        length += len(value)
        pos = m.end()
    text_parts.append(marked[pos:])
    return "".join(text_parts), spans


def add(kind: str, style: str, marked: str, keep: list[str], allow: tuple[str, ...] = ()) -> None:
    text, spans = strip_markup(fill(marked).strip("\n") + "\n")
    keep = [fill(k) for k in keep]
    DOCS.append(
        {"kind": kind, "style": style, "text": text, "spans": spans, "keep": keep, "allow": allow}
    )


def pii(style: str, marked: str, keep: list[str], allow: tuple[str, ...] = ()) -> None:
    add("pii", style, marked, keep, allow)


def clean(style: str, marked: str, keep: list[str]) -> None:
    add("clean", style, marked, keep)


# ---------------------------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------------------------

NUMBER_WORDS = re.compile(
    r"null|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|hundert|tausend|ersten|dritten",
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
    if re.fullmatch(r"DE\d{9}", raw):
        return mod11_10(raw[2:10]) == int(raw[10])
    if re.fullmatch(r"\d{3}-\d{3}-\d\d-\d\d", raw):
        digits = raw.replace("-", "")
        return sum(int(d) * w for d, w in zip(digits, NIP_WEIGHTS, strict=False)) % 11 == int(
            digits[9]
        )
    return bool(re.fullmatch(r"\d{2,3}/\d{3,4}/\d{4,5}|\d{13}", raw))


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
    if "[[" in text or "]]" in text or "«" in text:
        bad("markup left in the text")

    dob_ddmmyy = set()
    for s in spans:
        if s["type"] == "DATE_OF_BIRTH":
            m = DDMMYY.search(s["text"])
            if m:
                dob_ddmmyy.add(m[1] + m[2] + m[3])
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
        t = s["type"]
        if t == "DE_TAX_ID" and not tax_ok(v):
            bad(f"tax number {v!r} invalid")
        elif t == "IBAN_CODE" and not iban_valid(v):
            bad(f"IBAN {v!r} invalid")
        elif t == "DE_SOCIAL_SECURITY":
            said = bool(re.search(r"[a-zäöü]{3}", v))
            raw = unspoken(v) if said else v.replace(" ", "")
            m = re.fullmatch(r"(\d\d)(\d{6})([A-Z])(\d\d)(\d)", raw)
            if not m or rv_digit(m[1], m[2], m[3], m[4]) != int(m[5]):
                bad(f"RV number {v!r} invalid")
            elif not said and m[2] not in dob_ddmmyy:
                bad(f"RV number {v!r} does not match a date of birth in the document")
        elif t == "DE_ID_CARD" and not id_card_valid(v):
            bad(f"ID card number {v!r} invalid")
        elif t == "DATE_OF_BIRTH" and not (
            re.search(r"\d", v) or NUMBER_WORDS.search(v) or MONTHS.search(v)
        ):
            bad(f"date of birth {v!r} has no digits, number words or month")
        elif t == "PHONE_NUMBER" and len(re.findall(r"\d", v)) + len(NUMBER_WORDS.findall(v)) < 6:
            bad(f"phone number {v!r} too short")
        elif t == "EMAIL_ADDRESS" and not re.search(r"@| at | ät ", v):
            bad(f"e-mail {v!r} without @")

    for phrase in keep:
        hits = [m.start() for m in re.finditer(re.escape(phrase), text)]
        if not hits:
            bad(f"keep phrase missing: {phrase!r}")
        for h in hits:
            if overlaps(spans, h, h + len(phrase)):
                bad(f"keep phrase overlaps a span: {phrase!r}")
                break

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
            ctx = text[max(0, a - 40) : b + 40].replace("\n", "/")
            bad(f"unannotated {needle!r}: ...{ctx}...")
            break
    for needle in allow:
        if needle not in used:
            bad(f"allowance {needle!r} not needed")
    return problems


# =============================================================================================
# founder_email (pii): founders writing to the economic-development office
# =============================================================================================

V["f1_tax"] = steuer_id("4718306945", blocks=True)

pii(
    "founder_email",
    """
Von: [[P:Merve Aydoğan]] <[[MAIL:merve.aydogan@posteo.de]]>
An: gruendung@wfm-muenster.de
Datum: Mo., 8. März 2027, 09:14
Betreff: AW: Gründungszuschuss / Ladenlokal – Termin?

Sehr geehrte Frau [[P:Vollmer]],

vielen Dank für den schnellen Rückruf! Wie besprochen schicke ich Ihnen meine Eckdaten für die
Tragfähigkeitsbescheinigung:

- Name: [[P:Merve Aydoğan]], geb. [[DOB:21.07.1992]] in [[LOC:Ahlen]]
- Anschrift: [[STR:Hohe Geest 212a]], [[LOC:48165 Münster]] (ich wohne in [[LOC:Hiltrup]], das Café soll auch dorthin)
- Mobil: [[TEL:0157 / 392 118 40]]
- Kundennummer Agentur für Arbeit: [[AZ:318D447120]]
- Steuer-ID: [[TAX:«f1_tax»]]

Geplant ist ein Frühstückscafé mit türkischen Backwaren (ca. 28 Plätze). Das Ladenlokal in der
Marktallee gehört der Hiltruper Wohnbau GmbH & Co. KG, Kaltmiete 1.450 EUR. Meine Schwester
[[P:Elif Aydoğan-Brück]] (Jg. [[DOB:1988]], Konditormeisterin, wohnt in [[LOC:Telgte]]) steigt
als Minijobberin ein; mein Mann [[P:Tobias Brück]] würde für das Darlehen bürgen.

Frage: Reicht der Businessplan als PDF, oder brauche ich das Formular der IHK Nord Westfalen?
Der Gründungszuschuss nach § 93 SGB III muss spätestens am 30. April beantragt sein.

Viele Grüße
[[P:Merve Aydoğan]]

Am 05.03.2027 um 16:02 schrieb [[P:Katrin Vollmer]] <[[MAIL:k.vollmer@wfm-muenster.de]]>:
> Sehr geehrte Frau [[P:Aydoğan]],
> gern unterstützen wir Sie. Für die Stellungnahme brauchen wir Ihren Businessplan,
> den Lebenslauf und eine Rentabilitätsvorschau. Rufen Sie mich gern direkt an:
> [[TEL:0251 68642-17]] (Zentrale 0251 68642-0).
> Mit freundlichen Grüßen
> [[P:Katrin Vollmer]], Gründungsberatung
> Wirtschaftsförderung Münster GmbH, Steinfurter Straße 60a, 48149 Münster
""",
    [
        "gruendung@wfm-muenster.de",
        "Hiltruper Wohnbau GmbH & Co. KG",
        "§ 93 SGB III",
        "0251 68642-0",
        "Steinfurter Straße 60a, 48149 Münster",
    ],
)

V["f2_eat"] = id_card("LK7T2R9XC", with_check=True)

pii(
    "founder_email",
    """
From: [[P:Oleksandr Hrytsenko]] <[[MAIL:o.hrytsenko@proton.me]]>
Sent: Thursday, 11 February 2027 22:41
To: wirtschaftsfoerderung@bielefeld.de
Subject: Gewerbe oder freiberuflich? App-Entwicklung

Guten Abend,

ich bin [[P:Oleksandr Hrytsenko]] ([[P:Олександр Гриценко]]), Softwareentwickler aus
[[LOC:Dnipro]], seit 2023 in Deutschland und wohne mit meiner Frau [[P:Iryna]] und unserer Tochter
[[P:Sofiia]] (geb. [[DOB:03.10.2019]]) in [[LOC:Brackwede]], [[STR:Gütersloher Str. 301, Whg. 14]],
[[LOC:33649 Bielefeld]].

Ich möchte Apps für Handwerksbetriebe entwickeln. Das Finanzamt Bielefeld-Innenstadt hat mir
bereits eine Steuernummer gegeben ([[TAX:305/5062/1487]]), aber ich weiß nicht, ob ich zusätzlich
ein Gewerbe anmelden muss oder als Freiberufler gelte. Mein Aufenthaltstitel (eAT
[[ID:«f2_eat»]]) erlaubt selbständige Tätigkeit, die Ausländerbehörde hat mir das bestätigt
(Az. [[AZ:ABH 33.2-1187/24]]), mein ukrainischer Reisepass hat die Nummer [[PASS:FX 730418]].

Zweitens: Gibt es im Gründerzentrum in Sennestadt noch einen Schreibtisch im Coworking? Ich
brauche nur 2–3 Tage pro Woche und einen Platz für den Kinderwagen 😊

My German is B2, so please answer in German, it is no problem. You can call me: [[TEL:+49 1522 6083 417]]
(after 17:00). My wife's number for emergencies: [[TEL:0152 28841903]].

Thank you and best regards
[[P:Oleksandr Hrytsenko]]
[[STR:Gütersloher Straße 301]] · [[LOC:33649 Bielefeld]]
LinkedIn: linkedin.com/in/[[P:oleksandr-hrytsenko]]

--
Automatische Eingangsbestätigung: Ihre Anfrage wurde unter der Nummer [[AZ:WEGE-2027-00214]]
erfasst. WEGE mbH, Willy-Brandt-Platz 2, 33602 Bielefeld, Telefon 0521 557660-0.
""",
    [
        "wirtschaftsfoerderung@bielefeld.de",
        "Finanzamt Bielefeld-Innenstadt",
        "Willy-Brandt-Platz 2, 33602 Bielefeld",
        "0521 557660-0",
        "WEGE mbH",
    ],
)

pii(
    "founder_email",
    """
Von: [[P:Giulia Ferraro]] <[[MAIL:giulia@sottozero-koeln.de]]>
An: startup@koelnbusiness.de
Cc: [[P:Jonas Lindner]] <[[MAIL:jonas.lindner87@gmx.net]]>
Gesendet: Dienstag, 16. März 2027 07:58
Betreff: Gründung Eisdiele – Außengastro, Stipendium, Lieferfahrzeug

Hallo liebes Startup-Team,

wir sind [[P:Giulia Ferraro]] (geb. [[DOB:14.02.1990]] in [[LOC:Bari]]) und [[P:Jonas Lindner]]
(geb. [[DOB:30.11.1987]] in [[LOC:Leverkusen-Opladen]]) und gründen gerade die Gelato Sottozero
UG (haftungsbeschränkt); die Eintragung beim Amtsgericht Köln ist beantragt. Das Ladenlokal liegt
in der Venloer Straße 412. Privat wohnt [[P:Giulia]] in [[LOC:Ehrenfeld]] ([[STR:Everhardstraße 9]],
[[LOC:50823 Köln]]), [[P:Jonas]] in [[LOC:Nippes]] ([[STR:Neusser Str. 577, 3. OG]], [[LOC:50737 Köln]]).

Unsere Fragen:
1. Für sechs Tische auf dem Gehweg brauchen wir eine Sondernutzungserlaubnis. Ist dafür das
   Amt für Straßen und Verkehrsentwicklung zuständig, und wie lange dauert das?
2. Können wir beide das Gründungsstipendium.NRW (1.200 EUR monatlich) bekommen, obwohl
   [[P:Jonas]] noch bis Juni angestellt ist?
3. Wir liefern mit einer Piaggio Ape aus (Kennzeichen [[KFZ:K-GF 1402]]). Dürfen wir in der
   Ladezone vor dem Geschäft halten?

Die Mutter von [[P:Giulia]], [[P:Rosaria Ferraro]] aus [[LOC:Bari]], beteiligt sich still mit
20.000 EUR. Braucht die IHK Köln dafür einen eigenen Nachweis?

Erreichbar sind wir unter [[TEL:+39 347 118 2290]] ([[P:Giulia]], auch WhatsApp) und
[[TEL:0221/9544 3187]] ([[P:Jonas]]).

Grazie e saluti
[[P:Giulia Ferraro]] & [[P:Jonas Lindner]]
Gelato Sottozero UG (haftungsbeschränkt) i. G.
Venloer Straße 412 · 50825 Köln
""",
    [
        "startup@koelnbusiness.de",
        "Gelato Sottozero UG (haftungsbeschränkt)",
        "Venloer Straße 412",
        "Amt für Straßen und Verkehrsentwicklung",
        "20.000 EUR",
    ],
)

V["f4_iban"] = iban("GR", "0172" + "248" + "0005248019356712")

pii(
    "founder_email",
    """
Von: [[P:Dimitra Papadopoulou]] <[[MAIL:dimitra.papadopoulou@t-online.de]]>
An: Gründungsberatung Stadt Aachen <gruenden@mail.aachen.de>
Datum: 22.01.2027 14:37
Betreff: Keramikwerkstatt mit Kursen – Gründungsstipendium und Räume

Sehr geehrter Herr [[P:Jansen]],

wir haben uns auf dem Gründungstag im Eurogress kennengelernt, ich bin die Keramikerin aus
[[LOC:Thessaloniki]]. Wie versprochen meine Daten und die Fragen.

Ich heiße [[P:Dimitra Papadopoulou]] (griechisch [[P:Δήμητρα Παπαδοπούλου]]), geboren am
[[DOB:9. Mai 1985]], und wohne seit 2021 in [[LOC:Burtscheid]], [[STR:Kurbrunnenstraße 38]],
[[LOC:52066 Aachen]]. Ich habe keinen deutschen Ausweis, nur meinen griechischen
Personalausweis (Nr. [[PASS:ΑΚ 482190]]) und die Anmeldebescheinigung.

1) Für das Gründungsstipendium.NRW muss die Auszahlung auf ein Konto gehen. Geht mein
griechisches Konto [[IBAN:«f4_iban»]] (Piraeus Bank) oder brauche ich ein deutsches?
2) Ich suche eine Werkstatt mit Starkstrom für den Brennofen, ca. 60 m². Haben Sie Kontakt zu
Vermietern in der Jülicher Straße oder im Gewerbegebiet Eilendorf?
3) Mein Lebenspartner [[P:Bastian Kremer]] (Schreiner, [[LOC:Stolberg]]) will die Regale bauen.
Muss er dafür ein Gewerbe in Aachen anmelden oder reicht sein Betrieb in [[LOC:Stolberg]]?

Sie erreichen mich am besten nachmittags unter [[TEL:0241 / 47 58 21 09]] oder mobil
[[TEL:+30 694 551 2837]] (griechische Nummer, WhatsApp geht auch).

Mit freundlichen Grüßen
[[P:Dimitra Papadopoulou]]

> Am 20.01.2027 schrieb [[P:Frank Jansen]], Stadt Aachen, Fachbereich Wirtschaft, Wissenschaft und Europa:
> Gerne beantworte ich Ihre Fragen schriftlich. Bitte nennen Sie Ihr Vorhaben, den Standort
> und ob Sie bereits eine Förderung beantragt haben. Telefon Zentrale 0241 432-0.
""",
    [
        "gruenden@mail.aachen.de",
        "Gründungsstipendium.NRW",
        "Fachbereich Wirtschaft, Wissenschaft und Europa",
        "0241 432-0",
        "Gewerbegebiet Eilendorf",
    ],
)

V["f5_eat"] = id_card("YT4M9KC2P")

pii(
    "founder_email",
    """
Betreff: Gewerbeanmeldung Nagelstudio für meine Mutter – welche Unterlagen?
Von: [[P:Minh Tuấn Nguyễn]] <[[MAIL:minhtuan.nguyen@mail.uni-paderborn.de]]>
An: gewerbe@paderborn.de; wirtschaftsfoerderung@paderborn.de
Datum: 03.02.2027, 11:26

Sehr geehrte Damen und Herren,

ich schreibe für meine Mutter, Frau [[P:Nguyễn Thị Lan]], weil ihr Deutsch für Behörden noch
nicht reicht. Sie möchte ein Nagelstudio eröffnen, als Einzelunternehmen, Name „[[P:Lan]] Nails“.

Daten meiner Mutter:
Name: [[P:NGUYEN THI LAN]] (so steht es im Pass)
Geburtsdatum: [[DOB:12.05.1971]], Geburtsort: [[LOC:Hải Phòng]] / [[LOC:Hai Phong]]
Reisepass Vietnam: [[PASS:C4821937]], Aufenthaltstitel: [[ID:«f5_eat»]]
Wohnung: [[STR:Riemekestraße 61]], [[LOC:33102 Paderborn]] (wir wohnen zusammen)
Telefon: [[TEL:05251 8 79 44 26]] (Festnetz), meine Nummer: [[TEL:0176-41 92 07 58]]

Das Studio soll in der Westernstraße sein; den Mietvertrag mit der Westernhof Immobilien GmbH
haben wir noch nicht unterschrieben. Mein Vater [[P:Trần Văn Hùng]] ist schon seit 2012 mit einem
Imbiss in [[LOC:Elsen]] selbständig und hilft beim Start.

Meine Fragen:
a) Können wir die Gewerbeanmeldung online machen, obwohl meine Mutter keinen Online-Ausweis
   hat? Oder muss sie ins Bürgerbüro, Am Hoppenhof 33?
b) Braucht ein Nagelstudio eine Genehmigung vom Gesundheitsamt des Kreises Paderborn?
c) Erlaubt ihr Aufenthaltstitel die Selbständigkeit? Auf der Zusatzseite steht
   „Erwerbstätigkeit gestattet“.

Ich bin Student der Wirtschaftsinformatik und kann die Termine begleiten (montags ab 14 Uhr).

Vielen Dank und freundliche Grüße
[[P:Minh Tuấn Nguyễn]]
""",
    [
        "gewerbe@paderborn.de",
        "wirtschaftsfoerderung@paderborn.de",
        "Westernhof Immobilien GmbH",
        "Am Hoppenhof 33",
        "Gesundheitsamt des Kreises Paderborn",
    ],
)

V["f6_ust"] = ust_id("31475286")
V["f6_rv"] = rv_number("42", "141086", "S", "12")
V["f6_iban"] = iban("DE", "33050000" + "0047118253")

pii(
    "founder_email",
    """
Von: [[P:Chukwuemeka Okonkwo-Schmitz]] <[[MAIL:emeka@okonkwo-it.de]]>
An: Wirtschaftsförderung Wuppertal <info@wf-wuppertal.de>
Betreff: Mikrokredit und Gewerbesteuer – [[P:Okonkwo]] IT-Service
Datum: 19.04.2027 08:03

Guten Morgen Frau [[P:Sahin]],

danke für das Gespräch letzte Woche im Bergischen Gründer- und Innovationszentrum. Ich habe
inzwischen mein Gewerbe angemeldet: [[P:Okonkwo]] IT-Service, Einzelunternehmen, Inhaber
[[P:Chukwuemeka „Emeka“ Okonkwo-Schmitz]], Sitz in meiner Wohnung [[STR:Briller Straße 134]],
[[LOC:42105 Wuppertal]] ([[LOC:Elberfeld]]). Geboren bin ich am [[DOB:2. August 1983]] in
[[LOC:Enugu]], Nigeria, seit 2015 deutscher Staatsbürger.

Meine Steuernummer beim Finanzamt Wuppertal-Barmen: [[TAX:132/5094/3381]]
USt-IdNr.: [[TAX:«f6_ust»]]
Geschäftskonto: [[IBAN:«f6_iban»]] (Stadtsparkasse Wuppertal)

Jetzt zu meinen Fragen:
* Der Mikrokredit des Bundes geht bis 25.000 EUR. Stellt die Wirtschaftsförderung Wuppertal AöR
  dafür eine Stellungnahme aus?
* Das Finanzamt hat Gewerbesteuer-Vorauszahlungen festgesetzt, obwohl ich erst seit März
  Umsatz habe. An wen wende ich mich bei der Stadt wegen der Herabsetzung?
* Meine Frau [[P:Sabine Okonkwo-Schmitz]] (geb. [[DOB:14.10.1986]]) macht die Buchhaltung auf
  Minijob-Basis, angemeldet mit ihrer RV-Nummer [[RV:«f6_rv»]]. Ist das ein Problem bei der Förderung?

Mein Firmenwagen (VW Caddy, [[KFZ:W-EO 2083]]) steht oft im Halteverbot vor Kundenbüros –
gibt es eine Handwerkerparkkarte auch für IT-Dienstleister?

Beste Grüße
[[P:Emeka Okonkwo-Schmitz]]
[[P:Okonkwo]] IT-Service · [[TEL:0202 / 69 58 44 1]] · mobil [[TEL:0171 2 95 60 83]]
""",
    [
        "info@wf-wuppertal.de",
        "Bergischen Gründer- und Innovationszentrum",
        "Finanzamt Wuppertal-Barmen",
        "Wirtschaftsförderung Wuppertal AöR",
        "25.000 EUR",
    ],
)

# =============================================================================================
# business_plan (pii): business-plan excerpts with CVs, advisers' notes
# =============================================================================================

pii(
    "business_plan",
    """
BUSINESSPLAN „Rheinkurier – emissionsfreie Lastenrad-Logistik für die Düsseldorfer Innenstadt“
Entwurf 3 · vertraulich · vorgelegt bei der Wirtschaftsförderung der Landeshauptstadt Düsseldorf

3. Die Gründerin

3.1 Lebenslauf
Name:              [[P:Aleksandra Wiśniewska]]
geboren:           [[DOB:17.06.1994]] in [[LOC:Gliwice]] (Polen)
Anschrift:         [[STR:Kölner Landstraße 266, Hinterhaus]], [[LOC:40591 Düsseldorf]] ([[LOC:Wersten]])
Kontakt:           [[TEL:0211 / 1 58 77 302]] · [[MAIL:ola.wisniewska@rheinkurier.eu]]
Familienstand:     ledig, lebt mit [[P:Moritz Haase]] zusammen

Ausbildung
2013               Abitur, I LO w [[LOC:Gliwicach]]
2013–2017          B.Sc. Logistik, Politechnika Śląska
2017–2019          M.Sc. Supply Chain Management, Hochschule Rhein-Waal, Kamp-Lintfort

Berufserfahrung
2019–2022          Disponentin, Rhenus Home Delivery GmbH, Düsseldorf-Reisholz
seit 2022          Teamleiterin City-Logistik, Kurierwerk Rhein-Ruhr GmbH & Co. KG

3.2 Warum ich gründe
Als Teamleiterin habe ich gesehen, dass die letzte Meile in der Altstadt mit Transportern
kaum noch funktioniert. Mit zwei Lastenrädern und einem Mikrodepot nahe dem Worringer Platz
will ich ab Herbst Apotheken und Boutiquen beliefern. Mein Partner [[P:Moritz]] (Fahrradmechaniker,
Jg. [[DOB:1991]]) übernimmt die Wartung auf Minijob-Basis.

3.3 Referenzen (Kontaktdaten mit Einverständnis)
- [[P:Sven Ohlendorf]], Niederlassungsleiter, [[TEL:0211 8 30 29-114]]
- Prof. Dr. [[P:Ines Wagenknecht-Roy]], betreuende Professorin, [[MAIL:ines.wagenknecht-roy@hsrw.eu]]

4. Finanzierung (Auszug)
Kapitalbedarf gesamt                      38.400 EUR
davon Lastenräder (2 Stück)               14.800 EUR
Eigenkapital                               6.000 EUR
Gründerkredit (NRW.BANK)                  25.000 EUR
Privatdarlehen [[P:Wiśniewski]], [[P:Bogdan]] (Vater, [[LOC:Zabrze]])      7.400 EUR

Anlage: Personalausweis-Kopie entfällt (polnischer Ausweis [[PASS:ZBA 418736]] liegt vor)
""",
    [
        "Landeshauptstadt Düsseldorf",
        "Rhenus Home Delivery GmbH",
        "Kurierwerk Rhein-Ruhr GmbH & Co. KG",
        "38.400 EUR",
        "Gründerkredit (NRW.BANK)",
    ],
)

pii(
    "business_plan",
    """
WEGE Wirtschaftsentwicklungsgesellschaft Bielefeld mbH – Gründungsberatung
GESPRÄCHSVERMERK                                   Vorgang [[AZ:GB-2027-0388]]
Datum: 24.02.2027, 10:00–11:30 Uhr, Raum 2.14, Willy-Brandt-Platz 2
Teilnehmende: [[P:Serkan Demir]], [[P:Agnieszka Kowalczyk]], [[P:Lukas Brinkhoff]] (Gründungsteam),
[[P:Henrike Stühmeyer]] (WEGE, Beratung)

Vorhaben: „Fahrradwerk Ost“, Werkstatt mit Verkauf gebrauchter E-Bikes, geplant als GbR, später
GmbH. Standort: Halle an der Heeper Straße (Eigentümerin: Ostwestfalen Gewerbepark GmbH).

Zur Person / Situation (nur intern):
- [[P:Demir]]: Zweiradmechanikermeister, Jg. [[DOB:1979]], wohnt in [[LOC:Heepen]], verheiratet,
  zwei Kinder; bisher angestellt bei Zweirad Kleine-Börger GmbH, Kündigung zum 30.06.
- [[P:Kowalczyk]]: Kauffrau für Büromanagement, geb. [[DOB:05.12.1990]] in [[LOC:Poznań]],
  alleinerziehend, wohnt in [[LOC:Sieker]]; bezieht aktuell Bürgergeld (Jobcenter Arbeitplus,
  BG-Nr. [[AZ:36203//0048127]]) → Einstiegsgeld nach § 16b SGB II prüfen.
- [[P:Brinkhoff]]: Student, Jg. [[DOB:2001]], wohnt noch bei den Eltern in [[LOC:Oerlinghausen]];
  bringt 8.000 EUR Erspartes ein.

Vereinbarungen:
1. [[P:Demir]] fragt bei der Handwerkskammer OWL nach der Eintragung in die Handwerksrolle.
2. Frau [[P:Kowalczyk]] bringt den Bescheid des Jobcenters mit; Rückruf unter [[TEL:0160 9 48 27 113]].
3. Finanzplan bis 15.03.2027 an [[MAIL:h.stuehmeyer@wege-bielefeld.de]] (Durchwahl
   [[TEL:0521 557660-23]]); Zentrale 0521 557660-0 bei Abwesenheit.
4. Termin Steuerberatung: Herr [[P:Brinkhoff]] fragt bei StB [[P:Ralf Oevermann]] an.

Nächster Termin: 17.03.2027, 14:00 Uhr.                               gez. [[P:Stühmeyer]]
""",
    [
        "Willy-Brandt-Platz 2",
        "Ostwestfalen Gewerbepark GmbH",
        "§ 16b SGB II",
        "Handwerkskammer OWL",
        "0521 557660-0",
    ],
)

pii(
    "business_plan",
    """
Businessplan „PflegeDeutsch Köln“ – Kapitel 2: Gründungsteam und Organisation
(Anlage zum Antrag auf Gründungsberatung, KölnBusiness, Vorgangsnummer [[AZ:KB-GB-27-1142]])

2.1 Gründer
[[P:Paweł Zieliński]], geboren [[DOB:1986-09-23]] in [[LOC:Łódź]], wohnhaft [[STR:Zülpicher Str. 190]],
[[LOC:50937 Köln]] ([[LOC:Sülz]]). DaF-Lehrer (Goethe-zertifiziert), zuvor acht Jahre Fachbereichsleiter
Sprachen an einer Bildungseinrichtung. Mobil [[TEL:+49 (0)176 / 210 447 85]].

[[P:Hannah Vogt]], geboren [[DOB:1992-03-04]] in [[LOC:Bergisch Gladbach]], wohnhaft
[[STR:Berliner Straße 71a]], [[LOC:51063 Köln]] ([[LOC:Mülheim]]). Gesundheits- und Krankenpflegerin,
Praxisanleiterin am Klinikum, Studium Pflegepädagogik (Katholische Hochschule NRW).

2.2 Rechtsform und Anteile
Gründung als UG (haftungsbeschränkt); Stammkapital 3.000 EUR, je 50 % [[P:Zieliński]] / [[P:Vogt]].
Die Firma lautet „PflegeDeutsch Köln UG (haftungsbeschränkt)“. Geschäftsführung gemeinsam.

2.3 Personal ab dem zweiten Jahr
Honorardozentin [[P:Rania Al-Khatib]] (Arabisch/Deutsch, Jg. [[DOB:1983]], aus [[LOC:Homs]], heute
in [[LOC:Kalk]]) hat eine Absichtserklärung unterschrieben; weitere Dozenten über die
Agentur für Arbeit Köln.

2.4 Sicherheiten
Für das Darlehen der Sparkasse KölnBonn (40.000 EUR) bürgen die Eltern von Frau [[P:Vogt]],
[[P:Gerd Vogt]] und [[P:Marlies Vogt]], [[STR:Am Rosenhügel 12]], [[LOC:51429 Bergisch Gladbach]]
(Telefon [[TEL:02204 6 38 91]]). Herr [[P:Zieliński]] bringt eine Lebensversicherung ein.

2.5 Räume
Unterrichtsräume im Gründerhaus Mediapark, Im Mediapark 8, 50670 Köln (2 Räume à 35 m²,
Miete 1.180 EUR monatlich inkl. Nebenkosten).
""",
    [
        "PflegeDeutsch Köln UG (haftungsbeschränkt)",
        "Katholische Hochschule NRW",
        "Sparkasse KölnBonn (40.000 EUR)",
        "Im Mediapark 8, 50670 Köln",
        "Agentur für Arbeit Köln",
    ],
)

pii(
    "business_plan",
    """
Stadt Aachen · Fachbereich Wirtschaft, Wissenschaft und Europa
Ergebnisvermerk Jurysitzung Gründungsstipendium.NRW – Netzwerk Aachen, 11. März 2027
Ort: Verwaltungsgebäude Katschhof, Johannes-Paul-II.-Straße 1, Raum 312

Jury: Dr. [[P:Carola Fett]] (IHK Aachen), [[P:Björn Weyers]] (Sparkasse Aachen), [[P:Nilufar Rahimi]]
(Stadt Aachen, Vorsitz), Prof. [[P:Emil Scheuvens]] (FH Aachen). Protokoll: [[P:Jan-Hendrik Plum]].

Bewerbung 1 – „Öcher Fahrradwerkstatt mobil“
[[P:Tim Lauscher]], Jg. [[DOB:1997]], wohnt in [[LOC:Brand]]; Mechatroniker, mobiler Reparaturservice.
Votum: Förderung empfohlen (4:0). Hinweis: Kfz-Nachweis für den Transporter [[KFZ:AC-TL 977]] fehlt.

Bewerbung 2 – „Smart Textile Lab“
Dr. [[P:Yuki Tanaka-Berg]], geb. [[DOB:02.11.1989]] in [[LOC:Osaka]], wohnt in [[LOC:Laurensberg]];
Co-Gründer [[P:Marcel Berg]] (Jg. [[DOB:1988]]). Votum: Förderung empfohlen (3:1), Auflage Mentoring.

Bewerbung 3 – „Printen-Abo“
[[P:Sandra Nießen]] und [[P:Detlef Nießen]] (Ehepaar, [[LOC:Eilendorf]]). Votum: nicht empfohlen,
Vorhaben bereits länger als 12 Monate am Markt (Nr. 3.2 der Förderrichtlinie).

Bewerbung 4 – „Halal Catering Aachen-Ost“
[[P:Abdullah Yıldırım]], geb. [[DOB:28.01.1993]] in [[LOC:Kayseri]], wohnt in [[LOC:Rothe Erde]].
Votum: zurückgestellt; Rückfrage unter [[TEL:0157 77 12 48 06]] zur Gewerbeanmeldung.

Weiteres Vorgehen: Mitteilung an die Bewerbenden durch den Fachbereich bis 25.03.2027;
Rückfragen an wirtschaft@mail.aachen.de oder Tel. 0241 432-7601 (Servicenummer Gründung).
""",
    [
        "Johannes-Paul-II.-Straße 1",
        "IHK Aachen",
        "Nr. 3.2 der Förderrichtlinie",
        "wirtschaft@mail.aachen.de",
        "0241 432-7601",
    ],
)

# =============================================================================================
# chat_transcript (pii): chatbot and live-chat transcripts
# =============================================================================================

pii(
    "chat_transcript",
    """
Chatverlauf – Online-Service der Wirtschaftsförderung Münster GmbH · Export 09.03.2027 16:48
Sitzung 7f3a-22c1 · Kanal: Website-Widget · Besucher: Gast-4711 · IP [[IP:2a02:810d:4b3f:9e00:5d1:7c2a:91f0:3e4b]]
Server: chat-prod-02 (10.31.4.17)

[15:31:02] WFM-Bot: Hallo! Ich bin der digitale Assistent der Wirtschaftsförderung. Wobei kann ich helfen?
[15:31:40] Gast-4711: hi ich will mich als fotograf selbstständig machen, brauch ich ne gewerbeanmeldung??
[15:31:42] WFM-Bot: Fotografie kann freiberuflich oder gewerblich sein. Möchten Sie mit einer Beraterin sprechen?
[15:32:15] Gast-4711: ja bitte
[15:32:16] WFM-Bot: Bitte nennen Sie Ihren Namen und eine E-Mail-Adresse für die Rückmeldung.
[15:32:49] Gast-4711: [[P:Noah Terhorst]], [[MAIL:noah.terhorst@icloud.com]]
[15:33:30] [[P:Lea Bertelsbeck]] (Beratung): Hallo Herr [[P:Terhorst]], hier ist [[P:Lea Bertelsbeck]]. Was genau möchten Sie fotografieren?
[15:34:12] Gast-4711: hochzeiten + produktfotos für onlineshops. mein vater hat ein fotostudio in [[LOC:Greven]], Foto [[P:Terhorst]] e.K., da würd ich erstmal mitarbeiten
[15:35:01] [[P:Lea Bertelsbeck]] (Beratung): Produktfotografie wird meist als Gewerbe eingestuft. Ist die Firma Ihres Vaters im Handelsregister?
[15:35:40] Gast-4711: ja, amtsgericht steinfurt [[HR:HRA 4471]], inhaber [[P:Bernd Terhorst]]
[15:36:18] [[P:Lea Bertelsbeck]] (Beratung): Danke. Wo wohnen Sie selbst? Die Gewerbeanmeldung erfolgt am Betriebssitz.
[15:36:55] Gast-4711: in [[LOC:gievenbeck]], [[STR:roxeler str 224]] bei meiner freundin, [[LOC:48161 münster]]
[15:37:20] Gast-4711: bin übrigens [[DOB:2003]] geboren falls das für die förderung wichtig ist
[15:38:03] [[P:Lea Bertelsbeck]] (Beratung): Für das Gründungsstipendium gibt es keine Altersgrenze. Ich schlage einen Termin vor: Do., 18.03., 10:00 Uhr, Steinfurter Straße 60a.
[15:38:30] Gast-4711: passt. handy: [[TEL:01590 / 618 22 74]]
[15:38:45] [[P:Lea Bertelsbeck]] (Beratung): Notiert. Ihre Vorgangsnummer ist [[AZ:WFM-C-27-0917]]. Bis Donnerstag!
[15:38:51] WFM-Bot: Die Sitzung wurde beendet. Eine Kopie geht an [[MAIL:noah.terhorst@icloud.com]].
""",
    [
        "chat-prod-02 (10.31.4.17)",
        "WFM-Bot",
        "Gast-4711",
        "Steinfurter Straße 60a",
        "Wirtschaftsförderung Münster GmbH",
    ],
)

pii(
    "chat_transcript",
    """
WhatsApp-Chat mit [[P:Selin]] 🌸 [[P:Kaya]].txt  (Export KölnBusiness Startup-Hotline, Diensthandy 3)

[16.03.27, 18:02:11] [[P:Selin]] 🌸 [[P:Kaya]]: Hallöchen 👋 hier ist [[P:Selin]] vom Foodtruck-Termin letzte Woche
[16.03.27, 18:02:40] [[P:Selin]] 🌸 [[P:Kaya]]: Hab jetzt die Reisegewerbekarte beantragt, Az. vom Ordnungsamt ist [[AZ:32/RG-0412/27]] 🙏
[16.03.27, 18:05:03] KölnBusiness Startup-Team: Hallo Frau [[P:Kaya]], super! Haben Sie auch schon die Lebensmittelhygiene-Schulung?
[16.03.27, 18:06:27] [[P:Selin]] 🌸 [[P:Kaya]]: jaaa 😅 Zertifikat schick ich gleich. Truck ist zugelassen: [[KFZ:K-SK 3030]]
[16.03.27, 18:06:58] [[P:Selin]] 🌸 [[P:Kaya]]: <Anhang: IMG-20270316-WA0007.jpg>
[16.03.27, 18:09:14] KölnBusiness Startup-Team: Danke! Für Standplätze auf Wochenmärkten ist das Amt für Wirtschafts- und Marktangelegenheiten zuständig.
[16.03.27, 18:10:40] [[P:Selin]] 🌸 [[P:Kaya]]: und für private flächen? mein onkel [[P:Hüseyin Kaya]] hat nen parkplatz in [[LOC:Porz]], [[STR:Frankfurter Str. 688]]
[16.03.27, 18:12:02] KölnBusiness Startup-Team: Auf privaten Flächen reicht die Zustimmung des Eigentümers plus ggf. Baurecht. Soll ich Sie mit meiner Kollegin verbinden?
[16.03.27, 18:12:30] [[P:Selin]] 🌸 [[P:Kaya]]: gerne!! bin ab 19 uhr unter [[TEL:0177 - 38 44 0 91]] erreichbar
[16.03.27, 18:13:15] KölnBusiness Startup-Team: Meine Kollegin [[P:Dana Kuhlmann]] ruft Sie morgen an (Durchwahl [[TEL:0221 2 94 66-318]]). Schicken Sie uns bitte noch Ihre Meldeadresse?
[16.03.27, 18:15:49] [[P:Selin]] 🌸 [[P:Kaya]]: [[STR:Rolshover Str. 45]], [[LOC:51105 Köln]] ([[LOC:Poll]]) 🏠 und geb. bin ich [[DOB:4.4.96]] falls ihr das braucht lol
[16.03.27, 18:16:02] [[P:Selin]] 🌸 [[P:Kaya]]: ahh und meine mail: [[MAIL:selin.kaya.food@gmail.com]]
[16.03.27, 18:20:31] KölnBusiness Startup-Team: Danke, Vorgang [[AZ:KB-ST-27-0356]] angelegt. Schönen Abend! 🌮
[17.03.27, 09:41:07] [[P:Selin]] 🌸 [[P:Kaya]]: 👍
""",
    [
        "KölnBusiness Startup-Team",
        "Amt für Wirtschafts- und Marktangelegenheiten",
        "IMG-20270316-WA0007.jpg",
        "Diensthandy 3",
    ],
)

pii(
    "chat_transcript",
    """
=== LiveChat-Protokoll · Landeshauptstadt Düsseldorf · Amt für Wirtschaftsförderung ===
Ticket: [[AZ:LC-2027-031-00846]]    Start: 2027-03-31 09:02:17    Ende: 2027-03-31 09:19:44
Besucher: visitor_58211 | IP: [[IP:91.64.118.207]] | Browser: Firefox 126 / Windows
Agent: WF-Agent-07 (Team Gründung & Standort)

09:02:17 visitor_58211 > Guten Morgen, ich suche ein kleines Büro oder Coworking in Flingern oder Oberbilk.
09:02:58 WF-Agent-07 > Guten Morgen! Gern. Für welches Unternehmen suchen Sie?
09:03:40 visitor_58211 > [[P:Ana Costa]] Design UG (haftungsbeschränkt), ich bin alleinige Gesellschafterin und Geschäftsführerin. Eingetragen beim AG Düsseldorf unter [[HR:HRB 99812]].
09:04:22 WF-Agent-07 > Danke. Darf ich Ihren vollständigen Namen für das Ticket notieren?
09:04:51 visitor_58211 > [[P:Ana Beatriz Costa Ferreira]], im Alltag [[P:Ana Costa]]. Ich komme aus [[LOC:Porto]], wohne seit 2020 in [[LOC:Unterbilk]].
09:06:10 WF-Agent-07 > Im Flingern-Hub an der Ackerstraße ist ab Mai ein Fixdesk frei (290 EUR netto/Monat). Alternativ Business Center Oberbilk GmbH.
09:07:02 visitor_58211 > Fixdesk klingt gut. Ich habe auch einen Hund, ist das erlaubt? 🐕
09:07:31 WF-Agent-07 > Das muss der Betreiber entscheiden. Ich gebe Ihre Kontaktdaten weiter, wenn Sie einverstanden sind.
09:08:15 visitor_58211 > Ja. Telefon [[TEL:0049 211 15 88 20 47]], E-Mail [[MAIL:ana@anacosta-design.de]]
09:08:40 visitor_58211 > Post bitte an die Privatadresse: [[STR:Bilker Allee 96]], c/o [[P:Schütte]], [[LOC:40219 Düsseldorf]]
09:10:02 WF-Agent-07 > Notiert. Kennen Sie schon unsere Veranstaltung „Gründerinnen-Frühstück“ am 22.04.?
09:10:39 visitor_58211 > nein, schicken Sie mir gern die Einladung
09:18:55 WF-Agent-07 > Erledigt. Bei Rückfragen: gruendung@duesseldorf.de oder 0211 89-95500. Schönen Tag!
09:19:44 [System] Chat beendet durch Agent. Transkript gesendet an [[MAIL:ana@anacosta-design.de]].
---
Interner Vermerk (Agent [[P:Tim Brökelmann]], [[TEL:0211 89-95538]]): Kontakt an Flingern-Hub weitergegeben, WV 14.04.
""",
    [
        "gruendung@duesseldorf.de",
        "0211 89-95500",
        "Business Center Oberbilk GmbH",
        "visitor_58211",
        "290 EUR netto/Monat",
    ],
)

pii(
    "chat_transcript",
    """
Stadt Bielefeld · Bürgerservice digital · Chatbot „Biele“ · Gesprächsprotokoll
Sitzungs-ID 44c1e0b9 · 14.05.2027 · Thema: Gewerbeabmeldung · Nutzer: anonym (Gast)

14:03  Biele: Willkommen beim digitalen Bürgerservice! Worum geht es?
14:03  Gast: gewerbe abmelden
14:03  Biele: Gern. Für die Gewerbeabmeldung (GewA 3) brauche ich ein paar Angaben. Wie heißen Sie?
14:04  Gast: [[P:Dragan Petrović]]
14:04  Biele: Danke. Wie lautet Ihr Geburtsdatum (TT.MM.JJJJ)?
14:04  Gast: [[DOB:19.11.1968]]
14:05  Biele: Unter welcher Anschrift ist der Betrieb gemeldet?
14:05  Gast: [[STR:Stapenhorststraße 112]] [[LOC:33615 Bielefeld]], ist auch meine wohnung
14:05  Biele: Kennen Sie das Aktenzeichen Ihrer Gewerbeanmeldung? (steht auf der Empfangsbescheinigung)
14:06  Gast: [[AZ:GA 32.1-2014-05573]]
14:06  Biele: Was war die angemeldete Tätigkeit?
14:07  Gast: trockenbau und fliesen, einzelunternehmen, ich hör auf wegen rente. mein sohn [[P:Nikola]] macht weiter aber mit eigener firma in [[LOC:Jöllenbeck]]
14:07  Biele: Zu welchem Datum soll abgemeldet werden?
14:07  Gast: 30.06.2027
14:08  Biele: Ich habe erfasst:
       Name: [[P:Dragan Petrović]] · geb. [[DOB:19.11.1968]]
       Betriebsstätte: [[STR:Stapenhorststraße 112]], [[LOC:33615 Bielefeld]]
       Aktenzeichen: [[AZ:GA 32.1-2014-05573]] · Abmeldung zum 30.06.2027
       Ist das richtig?
14:08  Gast: ja aber [[P:petrović]] mit ć bitte nicht [[P:petrovic]]
14:09  Biele: Danke, ist vermerkt. Die Gebühr beträgt 15,00 EUR. Für die Rückfrage brauche ich eine Telefonnummer oder E-Mail.
14:09  Gast: [[TEL:0521 / 88 19 47]] oder [[MAIL:d.petrovic.bau@web.de]]
14:10  Biele: Ihr Antrag wurde unter der Nummer [[AZ:OZG-BI-2027-118204]] an das Gewerbeamt übermittelt.
       Gewerbeamt Bielefeld, Neues Rathaus, Niederwall 23, 33602 Bielefeld · Tel. 0521 51-0
""",
    [
        "Niederwall 23, 33602 Bielefeld",
        "0521 51-0",
        "GewA 3",
        "15,00 EUR",
        "Sitzungs-ID 44c1e0b9",
    ],
)

# =============================================================================================
# trade_form (pii): GewA 1/2/3 pasted as text
# =============================================================================================

pii(
    "trade_form",
    """
Gewerbe-Anmeldung nach § 14 GewO oder § 55c GewO                        GewA 1
Stadt Paderborn · Ordnungsamt · Gewerbeangelegenheiten · Am Hoppenhof 33, 33104 Paderborn
Eingang: 12.04.2027 (online, Portal Wirtschafts-Service)           Kassenzeichen: [[AZ:5.3210.904417.6]]

Angaben zum Betriebsinhaber
 1 Name ....................... [[P:Schäfers]]
 2 Vornamen ................... [[P:Johanna Maria]]
 3 Geschlecht ................. [x] weiblich [ ] männlich [ ] divers
 4 Geburtsname ................ [[P:Kleinemeier]]
 5 Geburtsdatum ............... [[DOB:06.03.1979]]
 6 Geburtsort und -land ....... [[LOC:Delbrück]], Deutschland
 7 Staatsangehörigkeit(en) .... [x] deutsch [ ] andere:
 8 Anschrift der Wohnung ...... [[STR:Detmolder Straße 402]], [[LOC:33100 Paderborn]]
 9 Telefon / Mobil / E-Mail ... [[TEL:05251/6 87 21 40]] / [[TEL:0151 220 349 17]] / [[MAIL:jo.schaefers@wollwerk-pb.de]]

Angaben zum Betrieb
10 Zahl der geschäftsführungsberechtigten Personen: 1
11 Name des Geschäfts ......... Wollwerk [[P:Schäfers]]
12 Betriebsstätte ............. [[STR:Kamp 17, Ladenlokal EG]], [[LOC:33098 Paderborn]]
   Telefon .................... [[TEL:05251 2 96 33 08]]
13 Hauptniederlassung / Zweigstelle .. entfällt
15 Angemeldete Tätigkeit ...... Einzelhandel mit Garnen und Handarbeitsbedarf,
                                Durchführung von Strick- und Häkelkursen
16 Beginn der Tätigkeit ....... 01.05.2027
17 Art des Betriebes .......... [x] Handel [ ] Industrie [ ] Handwerk [ ] Sonstiges
18 Zahl der Beschäftigten ..... 1 Teilzeit
23 Erlaubnis / Handwerkskarte .. nicht erforderlich
Die Angaben werden nach § 14 Abs. 8 GewO an das Finanzamt Paderborn, die
IHK Ostwestfalen zu Bielefeld und die Berufsgenossenschaft übermittelt.

Paderborn, 12.04.2027                                   gez. [[P:J. M. Schäfers]]
---------------------------------------------------------------------------------------------
Bearbeitungsvermerk: geprüft SB 32-4 ([[P:Ortmeier]], [[TEL:05251 88-11473]]); Gebühr 26,00 EUR,
Empfangsbescheinigung per Post an Wohnanschrift. Registernummer [[AZ:GA-PB-2027-01288]].
""",
    [
        "Am Hoppenhof 33, 33104 Paderborn",
        "§ 14 Abs. 8 GewO",
        "IHK Ostwestfalen zu Bielefeld",
        "26,00 EUR",
        "Finanzamt Paderborn",
    ],
)

pii(
    "trade_form",
    """
GEWERBE-UMMELDUNG nach § 14 GewO (GewA 2) – Stadt Wuppertal, Ressort Straßen und Verkehr /
Gewerbeangelegenheiten, Johannes-Rau-Platz 1, 42275 Wuppertal · Tel. 0202 563-0

Vorherige Anmeldung: Az. [[AZ:104.21-2019/3376]]

Betriebsinhaber (Einzelunternehmen, im Handelsregister eingetragen)
Name, Vorname:           [[P:Marković, Zoran]]
Geburtsdatum, -ort:      [[DOB:23.05.1974]], [[LOC:Smederevo]] (Serbien)
Staatsangehörigkeit:     deutsch, serbisch
Wohnanschrift:           [[STR:Schlagbaumer Straße 61]], [[LOC:42653 Solingen]]
Telefon:                 [[TEL:+49 212 / 5 99 01 36]]
Mobil:                   [[TEL:0172-9 33 41 08]]
E-Mail:                  [[MAIL:info@elektro-markovic.de]]

Firma laut Register:     Elektrotechnik [[P:Zoran Marković]] e.K.
Registergericht / Nr.:   Amtsgericht Wuppertal, [[HR:HRA 22718]]

Betriebsstätte BISHER:   [[STR:Uellendahler Straße 240]], [[LOC:42109 Wuppertal]]
Betriebsstätte NEU:      [[STR:Otto-Hausmann-Ring 151, Halle 4]], [[LOC:42115 Wuppertal]]
Datum der Änderung:      01.06.2027
Grund:                   [x] Verlegung innerhalb des Meldebezirks
                         [ ] Änderung der Tätigkeit   [ ] Änderung des Namens

Tätigkeit (unverändert): Elektroinstallation, Photovoltaik, E-Ladestationen (Handwerk, Anlage A
Nr. 25 HwO); Eintragung in die Handwerksrolle der Handwerkskammer Düsseldorf, Betriebsnr.
[[AZ:0187 4411]]

Zahl der Beschäftigten:  Vollzeit 4, Teilzeit 1
Betriebsfahrzeuge:       [[KFZ:SG-ZM 250]], [[KFZ:W-EM 2251E]]

Hinweis des Inhabers: Die alte Halle in [[LOC:Uellendahl]] wird zum 31.05. an die Vermieterin
Bergische Hallenbau GmbH zurückgegeben; Post bitte ab sofort an die Privatadresse in [[LOC:Solingen]].

Wuppertal, 18.05.2027                        Unterschrift: [[P:Z. Marković]]
Gebühr: 20,00 EUR · bearbeitet: GA-3 · Weitergabe an Finanzamt Wuppertal-Barmen
""",
    [
        "Johannes-Rau-Platz 1, 42275 Wuppertal",
        "0202 563-0",
        "Anlage A",
        "Bergische Hallenbau GmbH",
        "20,00 EUR",
    ],
)

pii(
    "trade_form",
    """
Stadt Aachen – Fachbereich Sicherheit und Ordnung – Gewerbeangelegenheiten
Gewerbe-Abmeldung nach § 14 GewO (GewA 3) – Ausdruck aus dem Online-Antrag vom 29.06.2027

Betrieb
Name des Betriebs (Firma) .. Öcher Fensterbau GmbH
Rechtsform ................. GmbH
Registergericht, -nummer ... Amtsgericht Aachen, HRB 18342
Betriebsstätte ............. Debyestraße 54, 52078 Aachen
Abmeldung zum .............. 31.07.2027
Grund ...................... [x] vollständige Aufgabe  [ ] Verlegung  [ ] Erbfolge
                             [x] Liquidation (Beschluss der Gesellschafterversammlung)

Angaben zu den gesetzlichen Vertretern (Geschäftsführer / Liquidatoren)
Vertreter 1
Familienname ............... [[P:Hermanns]]
Vornamen ................... [[P:Karl-Josef]]
Geburtsdatum ............... [[DOB:14.09.1958]]
Geburtsort ................. [[LOC:Kornelimünster]]
Wohnanschrift .............. [[STR:Schleckheimer Straße 22]], [[LOC:52076 Aachen]]
Funktion ................... Geschäftsführer, ab 01.07.2027 Liquidator

Vertreter 2
Familienname ............... [[P:Hermanns-Lousberg]]
Vornamen ................... [[P:Petra]]
Geburtsdatum ............... [[DOB:02.02.1962]]
Geburtsort ................. [[LOC:Eupen]] (Belgien)
Wohnanschrift .............. [[STR:Schleckheimer Straße 22]], [[LOC:52076 Aachen]]
Funktion ................... Prokuristin (erlischt mit Abmeldung)

Kontakt für Rückfragen ..... [[TEL:0241 / 9 12 08 55]], [[MAIL:kj.hermanns@oecher-fensterbau.de]]

Erklärung: Die Betriebsräume werden an die Stawag Netz GmbH vermietet. Restarbeiten
(Gewährleistung) übernimmt die Fensterbau [[P:Lennartz]] e.K., Inhaber [[P:Rolf Lennartz]],
[[STR:Rombachstraße 9]], [[LOC:52249 Eschweiler]].

Ort, Datum: Aachen, 29.06.2027           Unterschrift: [[P:K.-J. Hermanns]] (elektronisch)
Vorgangsnummer Online-Dienst: [[AZ:AC-GEW-27-44319]] · Gebühr 15,00 EUR
""",
    [
        "Öcher Fensterbau GmbH",
        "HRB 18342",
        "Debyestraße 54, 52078 Aachen",
        "Stawag Netz GmbH",
        "15,00 EUR",
    ],
)

pii(
    "trade_form",
    """
Stadt Köln · Ordnungsamt · Gewerbeangelegenheiten · Ottmar-Pohl-Platz 1, 51103 Köln
GewA 1 – Gewerbeanmeldung einer Personengesellschaft (GbR) mit Beiblatt für weitere Gesellschafter

Betrieb: Kaffeerösterei Nordlicht GbR, Betriebsstätte Neusser Wall 3, 50670 Köln
Tätigkeit: Rösten und Verkauf von Kaffee, Ausschank (ohne Alkohol), Online-Versand
Beginn: 15.08.2027 · Beschäftigte: keine · Zahl der geschäftsführungsberechtigten Personen: 2

Gesellschafter 1 (Hauptblatt)
Name / Vorname:       [[P:Jankowski]] / [[P:Marta]]
Geburtsname:          [[P:Nowicka]]
Geburtsdatum / -ort:  [[DOB:08.10.1991]] / [[LOC:Wrocław]], Polen
Staatsangehörigkeit:  polnisch
Wohnung:              [[STR:Niehler Straße 118, 2. OG links]], [[LOC:50733 Köln]]
Telefon / E-Mail:     [[TEL:0221 - 73 40 91 28]] / [[MAIL:marta.jankowski@nordlicht-kaffee.de]]

Beiblatt Gesellschafter 2
Name / Vorname:       [[P:Oyelaran]] / [[P:Tobi]]
Geburtsdatum / -ort:  [[DOB:26.01.1989]] / [[LOC:Ibadan]], Nigeria
Staatsangehörigkeit:  deutsch
Wohnung:              [[STR:Merheimer Str. 9]], [[LOC:50733 Köln]]
Telefon / E-Mail:     [[TEL:+49 157 8552 0314]] / [[MAIL:tobi.oyelaran@nordlicht-kaffee.de]]

Erlaubnisse: Gaststättenerlaubnis nicht erforderlich (§ 2 Abs. 2 GastG, alkoholfrei);
Lebensmittelüberwachung wird informiert. Die Gesellschafter wohnen beide in [[LOC:Nippes]];
Frau [[P:Jankowski]] war bis 2025 mit einem Kiosk in [[LOC:Kalk]] gemeldet (Az. [[AZ:32/GA-2019-08815]],
abgemeldet).

Köln, 02.08.2027   [[P:M. Jankowski]]   [[P:T. Oyelaran]]
Vermerk Gewerbeamt: Eingangsnummer [[AZ:GA-K-27-071123]]; Gebühr 40,00 EUR; Sachbearbeitung Frau [[P:Özkan-Linden]]
""",
    [
        "Ottmar-Pohl-Platz 1, 51103 Köln",
        "Kaffeerösterei Nordlicht GbR",
        "Neusser Wall 3, 50670 Köln",
        "§ 2 Abs. 2 GastG",
        "40,00 EUR",
    ],
)

V["t5_nip"] = nip("754310982")

pii(
    "trade_form",
    """
Gewerbe-Anmeldung (GewA 1) – Papierantrag, abgetippt durch die Bürgerberatung Bielefeld
Original in Druckbuchstaben, Schreibweisen übernommen; Rückfragen: gewerbe@bielefeld.de

 1 Name: [[P:WÓJCIK]]                 2 Vornamen: [[P:PIOTR ANDRZEJ]]
 3 Geschlecht: männlich
 5 Geburtsdatum: [[DOB:1982-07-30]]   6 Geburtsort: [[LOC:OPOLE]] / POLEN
 7 Staatsangehörigkeit: polnisch
   Ausweis: Dowód osobisty Nr. [[PASS:CAY 517204]]
 8 Anschrift der Wohnung (Hauptwohnsitz): [[STR:ul. Ozimska 41/7]], [[LOC:45-057 Opole]], Polen
   Unterkunft in Deutschland: [[STR:Artur-Ladebeck-Str. 133]], bei [[P:Kaminski]], [[LOC:33647 Bielefeld]]
 9 Telefon: [[TEL:+48 601 223 874]] / [[TEL:0157 33 90 41 26]]    E-Mail: [[MAIL:wojcik.plytki@wp.pl]]
11 Betriebsstätte: wie Unterkunft (kein Ladenlokal)
15 Tätigkeit: Fliesen-, Platten- und Mosaiklegerarbeiten (zulassungsfreies Handwerk, Anlage B1 HwO)
16 Beginn: 01.09.2027
18 Beschäftigte: 0
22 Steuern: Umsatzsteuer beim Finanzamt Oranienburg (zuständig für Unternehmer aus Polen),
   Steuernummer [[TAX:048/211/07459]]; polnische NIP [[TAX:«t5_nip»]]
   Fahrzeug: Ford Transit, poln. Kennzeichen [[KFZ:OP 7H412]]

Unterschrift: [[P:Wójcik Piotr]]                 Datum: 21.08.2027

Vermerk der Bürgerberatung (Frau [[P:Reckefuß]], [[TEL:0521 51-3379]]):
Antragsteller sprach gebrochen Deutsch, Sohn [[P:Mateusz Wójcik]] ([[DOB:2006]] geb., wohnt in
[[LOC:Brackwede]]) hat übersetzt. Hinweis gegeben: A1-Bescheinigung der polnischen
Sozialversicherung (ZUS) nur bei Entsendung; bei Niederlassung in Deutschland Meldung an die
Handwerkskammer OWL zu Bielefeld. Gebühr 26,00 EUR bar bezahlt, Quittung [[AZ:BB-Q-27-3318]].
Empfangsbescheinigung ausgehändigt; Kopie an das Bauordnungsamt nicht erforderlich.
""",
    [
        "gewerbe@bielefeld.de",
        "Finanzamt Oranienburg",
        "Anlage B1 HwO",
        "Handwerkskammer OWL zu Bielefeld",
        "26,00 EUR",
    ],
)

# =============================================================================================
# register_extract (pii): Handelsregister extracts, Gesellschafterliste, register notices
# =============================================================================================

pii(
    "register_extract",
    """
Anlage 2 zum Antrag auf Förderung aus dem Programm „Digitalisierung im Mittelstand“
Eingang Amt für Wirtschaftsförderung Düsseldorf, Az. 80/12-DM-27-0093

Handelsregister B des Amtsgerichts Düsseldorf          Abruf vom 14.04.2027 10:22
Aktueller Ausdruck                                     Nummer der Firma: HRB 87413
Seite 1 von 1

1. Anzahl der bisherigen Eintragungen: 7
2. a) Firma: Rheinufer Medientechnik GmbH
   b) Sitz, Niederlassung, inländische Geschäftsanschrift:
      Düsseldorf; Geschäftsanschrift: Kaistraße 16, 40221 Düsseldorf
   c) Gegenstand des Unternehmens: Planung, Installation und Vermietung von Veranstaltungs- und
      Konferenztechnik.
3. Grund- oder Stammkapital: 50.000,00 EUR
4. a) Allgemeine Vertretungsregelung: Ist nur ein Geschäftsführer bestellt, so vertritt er die
      Gesellschaft allein. Sind mehrere bestellt, wird die Gesellschaft durch zwei Geschäftsführer
      oder durch einen Geschäftsführer gemeinsam mit einem Prokuristen vertreten.
   b) Geschäftsführer:
      [[P:Okafor, Chinedu]], [[LOC:Düsseldorf]], *[[DOB:12.03.1978]], einzelvertretungsberechtigt
      Geschäftsführerin:
      [[P:Lindqvist-Brandt, Anna]], [[LOC:Meerbusch]], *[[DOB:04.07.1983]]
5. Prokura:
      Gesamtprokura gemeinsam mit einem Geschäftsführer:
      [[P:Stavrou, Nikolaos]], [[LOC:Ratingen]], *[[DOB:19.10.1975]]
6. a) Rechtsform: Gesellschaft mit beschränkter Haftung; Gesellschaftsvertrag vom 02.05.2011,
      zuletzt geändert am 17.01.2027.
   b) Sonstige Rechtsverhältnisse: –
7. a) Tag der letzten Eintragung: 09.02.2027

Historie (Auszug aus dem chronologischen Ausdruck):
Nr. 5 – Nicht mehr Geschäftsführer: [[P:Brandt, Henning]], [[LOC:Neuss]], *[[DOB:30.01.1950]].
Nr. 6 – Bestellt als Geschäftsführerin: [[P:Lindqvist-Brandt, Anna]], [[LOC:Meerbusch]], *[[DOB:04.07.1983]].
Nr. 7 – Erloschen: Prokura [[P:Wieczorek, Halina]], [[LOC:Hilden]], *[[DOB:11.11.1969]].

Handschriftlicher Zusatz auf der Kopie: „Ansprechpartner für das Förderverfahren:
Herr [[P:Okafor]], [[TEL:0211 / 30 11 47-20]], [[MAIL:c.okafor@rheinufer-medientechnik.de]]“
""",
    [
        "Rheinufer Medientechnik GmbH",
        "HRB 87413",
        "Kaistraße 16, 40221 Düsseldorf",
        "50.000,00 EUR",
        "Az. 80/12-DM-27-0093",
    ],
    allow=("Düsseldorf",),
)

pii(
    "register_extract",
    """
Handelsregister A des Amtsgerichts Gütersloh                 Abruf vom 03.05.2027 08:41
Aktueller Ausdruck                                           Nummer der Firma: [[HR:HRA 9618]]

1. Anzahl der bisherigen Eintragungen: 4
2. a) Firma: Landbäckerei [[P:Kleinehollenhorst]] e.K.
   b) Sitz, Niederlassung, inländische Geschäftsanschrift:
      [[LOC:Verl]]; Geschäftsanschrift: [[STR:Sürenheider Straße 87]], [[LOC:33415 Verl]]
   c) Gegenstand des Unternehmens: – (bei Einzelkaufleuten nicht einzutragen)
3. –
4. a) Allgemeine Vertretungsregelung: –
   b) Inhaber:
      [[P:Kleinehollenhorst, Friedrich-Wilhelm]], [[LOC:Verl]], *[[DOB:21.12.1964]]
5. Prokura:
      Einzelprokura: [[P:Kleinehollenhorst, Gisela]] geb. [[P:Brune]], [[LOC:Verl]], *[[DOB:08.04.1966]]
      Einzelprokura: [[P:Kleinehollenhorst, Jannik]], [[LOC:Gütersloh]], *[[DOB:15.06.1993]]
6. a) Rechtsform: Einzelkaufmann
   b) Sonstige Rechtsverhältnisse: Das Geschäft wird von dem Inhaber seit dem 01.01.1998 unter
      unveränderter Firma fortgeführt (vormals Inhaber [[P:Kleinehollenhorst, Heinrich]],
      [[LOC:Verl]], *[[DOB:02.09.1931]]).
7. a) Tag der letzten Eintragung: 26.04.2027

----- Begleitschreiben an die Stadt Gütersloh, Fachbereich Wirtschaftsförderung -----
Sehr geehrte Damen und Herren,
anbei wie erbeten der Registerauszug für den Antrag auf Förderung der Filiale in der
Berliner Straße (Ihr Zeichen: [[AZ:WF 80.3-2027-015]]). Mein Sohn [[P:Jannik]] wird die Filiale
leiten; er ist unter [[TEL:05246 / 92 14 07]] oder [[MAIL:jannik@landbaeckerei-kh.de]] erreichbar.
Unsere Steuernummer für den Förderbescheid: [[TAX:351/5008/6624]].
Mit freundlichen Grüßen
[[P:Friedrich-Wilhelm Kleinehollenhorst]]
""",
    [
        "Amtsgerichts Gütersloh",
        "Fachbereich Wirtschaftsförderung",
        "Einzelkaufmann",
        "Stadt Gütersloh",
    ],
    allow=("Gütersloh",),
)

GSL_ROWS = columns(
    (5, 38, 22, 13, 12, 9),
    ("Nr.", "Name, Vorname / Firma", "Wohnort / Sitz", "geb. / Reg.", "Nennbetrag", "Anteil"),
    ("1", "[[P:Bayraktar, Emre]]", "[[LOC:Köln]]", "[[DOB:09.08.1985]]", "9.000 EUR", "36,0 %"),
    (
        "2",
        "[[P:Schoenmakers, Liesbeth]]",
        "[[LOC:Venlo]] (NL)",
        "[[DOB:27.02.1979]]",
        "6.000 EUR",
        "24,0 %",
    ),
    ("3", "[[P:Bayraktar, Derya]]", "[[LOC:Frechen]]", "[[DOB:30.05.1988]]", "2.500 EUR", "10,0 %"),
    ("4", "Rheinland Seed Invest UG (haftungsb.)", "Bonn", "HRB 26114", "5.000 EUR", "20,0 %"),
    ("5", "Kölner Ventures Beteiligungs GmbH", "Köln", "HRB 104577", "2.500 EUR", "10,0 %"),
)
V["gsl_rows"] = GSL_ROWS

pii(
    "register_extract",
    """
Liste der Gesellschafter der Lumen Kitchen Systems GmbH mit Sitz in Köln
(Amtsgericht Köln, HRB 119806) – Stammkapital 25.000,00 EUR
nach Veränderung gemäß Geschäftsanteilskauf- und Abtretungsvertrag vom 22.03.2027

«gsl_rows»

Veränderungsspalte: Nr. 3 neu (Abtretung von Nr. 1, 2.500 EUR); Nr. 5 neu (Kapitalerhöhung).
Vorherige Gesellschafterin [[P:Ilse Vanderbeek]] ([[LOC:Hürth]], *[[DOB:12.12.1951]]) ist
ausgeschieden.

Wohnanschriften (nur für die Transparenzregister-Meldung, nicht Bestandteil der Liste):
Nr. 1: [[STR:Aachener Straße 1021]], [[LOC:50858 Köln]] ([[LOC:Weiden]])
Nr. 2: [[STR:Kaldenkerkerweg 14]], [[LOC:5913 AE Venlo]]
Nr. 3: [[STR:Kölnstraße 212]], [[LOC:50226 Frechen]]

Bescheinigung nach § 40 Abs. 2 GmbHG: Die geänderten Eintragungen entsprechen den
Veränderungen, an denen ich mitgewirkt habe.
Köln, den 05.04.2027               Dr. [[P:Marius Kettenbach]], Notar

Eingangsvermerk KölnBusiness (Förderprogramm „Gründung innovativ“): Antragstellerin ist die
Gesellschaft; wirtschaftlich Berechtigter >25 %: Herr [[P:Bayraktar]]. Rückfragen an ihn unter
[[TEL:0221-5 48 90 16]] bzw. [[MAIL:emre.bayraktar@lumen-kitchen.de]]. Vorgang [[AZ:GI-2027-0217]] (nur
Gesellschaftsakte, kein Personenbezug in der Förderdatenbank).
""",
    [
        "Lumen Kitchen Systems GmbH",
        "HRB 119806",
        "Rheinland Seed Invest UG (haftungsb.)",
        "Kölner Ventures Beteiligungs GmbH",
        "§ 40 Abs. 2 GmbHG",
    ],
    allow=("Köln",),
)

pii(
    "register_extract",
    """
Registerbekanntmachungen – Amtsgericht Wuppertal – Auszug für die Wirtschaftsförderung
(Pressespiegel Gründungen KW 19/2027, intern, zusammengestellt von [[P:Melanie Rosendahl]])

[[HR:HRB 31877]] – 05.05.2027 – Neueintragung
[[P:Lina Haddad]] Interior UG (haftungsbeschränkt), [[LOC:Wuppertal]], [[STR:Hofaue 55]], [[LOC:42103 Wuppertal]].
Gegenstand: Innenarchitektur und Einrichtungsberatung. Stammkapital: 1.000,00 EUR.
Geschäftsführerin: [[P:Haddad, Lina]], [[LOC:Wuppertal]], *[[DOB:17.01.1995]], einzelvertretungsberechtigt,
befreit von § 181 BGB. Gesellschaft mit beschränkter Haftung. Gesellschaftsvertrag vom 14.04.2027.

[[HR:HRA 24410]] – 06.05.2027 – Neueintragung
Schlüsseldienst [[P:Aydın]] e.K., [[LOC:Wuppertal]], [[STR:Heckinghauser Str. 171]], [[LOC:42289 Wuppertal]].
Inhaber: [[P:Aydın, Mehmet Ali]], [[LOC:Wuppertal]], *[[DOB:03.03.1990]]. Einzelkaufmann.

HRB 2245 – 07.05.2027 – Veränderungen
Bergische Werkzeugschmiede Friedrichs GmbH, Wuppertal (Kohlfurther Brücke 12, 42349 Wuppertal).
Nicht mehr Geschäftsführer: [[P:Friedrichs, Gerd]], [[LOC:Haan]], *[[DOB:06.06.1955]].
Bestellt als Geschäftsführer: [[P:Friedrichs-Olbrich, Tanja]], [[LOC:Velbert]], *[[DOB:25.09.1982]].
Prokura erloschen: [[P:Mrozek, Dariusz]], [[LOC:Remscheid]], *[[DOB:14.02.1977]].

HRB 30012 – 07.05.2027 – Löschung
Bergisch Digital Ventures GmbH, Wuppertal. Die Gesellschaft ist aufgelöst und gelöscht.

Notiz: Frau [[P:Haddad]] und Herrn [[P:Aydın]] zum Gründerstammtisch einladen (Kontakt über
Handelsregister-Anschriften, Telefonnummern fehlen noch). Rückfragen: [[TEL:0202 24807-31]].
""",
    [
        "Bergische Werkzeugschmiede Friedrichs GmbH",
        "HRB 2245",
        "Kohlfurther Brücke 12, 42349 Wuppertal",
        "Bergisch Digital Ventures GmbH",
        "§ 181 BGB",
    ],
    allow=("Wuppertal", "Friedrichs"),
)

# =============================================================================================
# invoice_dunning (pii): invoices to the city, reminders, dunning and enforcement letters
# =============================================================================================

V["i1_ust"] = ust_id("27719403")
V["i1_iban"] = iban("DE", "37050198" + "1932047715")

pii(
    "invoice_dunning",
    """
[[P:Larysa Melnyk-Hoffmann]]
Öffentlich bestellte und allgemein beeidigte Übersetzerin für Ukrainisch und Russisch (OLG Köln)
[[STR:Kessenicher Straße 158]] · [[LOC:53129 Bonn]] · Tel. [[TEL:0228 / 24 90 83 17]] · [[MAIL:kontakt@melnyk-uebersetzungen.de]]

Bundesstadt Bonn
Amt für Ausländerangelegenheiten – Einbürgerung
Berliner Platz 2
53111 Bonn

RECHNUNG Nr. [[AZ:2027-0147]]                                     Bonn, 14.05.2027
Ihr Auftrag: Bestellnummer 33-4500183920 vom 29.04.2027
Ihr Zeichen: [[AZ:33-EB-2026-3318]] (Einbürgerungsverfahren [[P:Kovalenko, Andrii]])
Leistungsdatum: 10.05.2027

Pos. Leistung                                                    Menge     Einzel     Gesamt
1    Übersetzung Geburtsurkunde (ukr. → dt.), beglaubigt          1 Stk.     62,00      62,00
2    Übersetzung Heiratsurkunde (ukr. → dt.), beglaubigt          1 Stk.     62,00      62,00
3    Übersetzung Strafregisterauszug (ukr. → dt.), 312 Zeilen               1,95/Z    608,40
4    Beglaubigungsvermerk, Porto                                  pauschal               12,50
                                                               Nettobetrag            744,90
                                                               19 % USt.              141,53
                                                               Rechnungsbetrag        886,43 EUR

Abrechnung nach § 11 JVEG (Justizvergütungs- und -entschädigungsgesetz) wie vereinbart.
In den Urkunden ist der Antragsteller als [[P:Коваленко Андрій Петрович]], geboren am
[[DOB:11.08.1990]] in [[LOC:Tscherkassy]] ([[LOC:Черкаси]]), eingetragen; die Schreibweise „[[P:Kovalenko]]“
folgt dem Reisepass.

Bitte überweisen Sie den Betrag bis zum 13.06.2027 auf mein Konto:
[[P:Larysa Melnyk-Hoffmann]] · IBAN [[IBAN:«i1_iban»]] · Sparkasse KölnBonn
Steuernummer [[TAX:205/5318/4406]] · USt-IdNr. [[TAX:«i1_ust»]]

Mit freundlichen Grüßen
[[P:L. Melnyk-Hoffmann]]
""",
    [
        "Berliner Platz 2",
        "Bestellnummer 33-4500183920",
        "886,43 EUR",
        "§ 11 JVEG",
        "Amt für Ausländerangelegenheiten",
    ],
)

V["i2_ust"] = ust_id("15538026")
V["i2_iban"] = iban("DE", "32050000" + "0000471126")

pii(
    "invoice_dunning",
    """
Malerbetrieb [[P:Hendrik Terlinden]] e.K. · Meisterbetrieb seit 1987
[[STR:Hülser Straße 311]] · [[LOC:47803 Krefeld]] · Telefon [[TEL:02151 - 59 44 30]] · Fax [[TEL:02151 - 59 44 31]]
[[MAIL:buero@maler-terlinden.de]] · Amtsgericht Krefeld [[HR:HRA 5123]] · USt-IdNr. [[TAX:«i2_ust»]]

Stadt Krefeld · Zentrales Gebäudemanagement · Rechnungseingang
Von-der-Leyen-Platz 1 · 47798 Krefeld
E-Rechnung über XRechnung-Portal NRW, Leitweg-ID 05114000-ZGM-27

Rechnung [[AZ:R-27-0388]]                                           Datum: 02.07.2027
Bauvorhaben: Gesamtschule Kaiserplatz, Malerarbeiten Flur 2. OG, Los 3
Auftrag Nr. ZGM-65-2027-0412 vom 18.05.2027 · Ausführung 21.06.–30.06.2027
Ihre Ansprechpartnerin: Frau [[P:Schiefer-Danneberg]] (Bauleitung, [[TEL:02151 86-3417]])

Pos.  Leistung                                       Menge      EP €       GP €
01    Untergrund vorbereiten, spachteln              412 m²     4,80    1.977,60
02    Dispersionsanstrich, 2-fach, weiß              412 m²     6,90    2.842,80
03    Türzargen lackieren                              18 St   38,00      684,00
04    Anfahrt/Baustelleneinrichtung (Fzg. [[KFZ:KR-HT 440]])  pauschal           95,00
                                                  Netto                5.599,40
                                                  USt 19 %             1.063,89
                                                  Brutto               6.663,29

Zahlbar innerhalb von 30 Tagen ohne Abzug gemäß VOB/B § 16 auf:
Sparkasse Krefeld · IBAN [[IBAN:«i2_iban»]] · Kontoinhaber [[P:Hendrik Terlinden]]

Die Arbeiten wurden am 30.06.2027 durch Herrn [[P:Terlinden]] und Frau [[P:Schiefer-Danneberg]] abgenommen
(Abnahmeprotokoll anbei). Bei Rückfragen erreichen Sie mich mobil unter [[TEL:0171 7 40 22 98]].
Meine Steuernummer beim Finanzamt Krefeld: [[TAX:117/5216/0832]].

Mit freundlichen Grüßen
[[P:Hendrik Terlinden]], Malermeister
""",
    [
        "Von-der-Leyen-Platz 1 · 47798 Krefeld",
        "Leitweg-ID 05114000-ZGM-27",
        "Gesamtschule Kaiserplatz",
        "Auftrag Nr. ZGM-65-2027-0412",
        "6.663,29",
    ],
)

V["i3_city"] = iban("DE", "40050150" + "0000000604")
V["i3_iban"] = iban("DE", "40060265" + "0248117300")

pii(
    "invoice_dunning",
    """
Stadt Münster · Stadtkasse · Stadthaus 1, Klemensstraße 10, 48143 Münster
Servicezeiten Mo–Do 8–16 Uhr, Fr 8–12 Uhr · Tel. 0251 492-2200 · stadtkasse@stadt-muenster.de

Herrn
[[P:Jonathan Ebbinghaus-Mertens]]
[[STR:Von-Esmarch-Straße 74]]
[[LOC:48149 Münster]]

Kassenzeichen: [[AZ:4020.113.558.7]]                                           Datum: 07.06.2027
Steuerpflichtiger: [[P:Ebbinghaus-Mertens, Jonathan]], geb. [[DOB:03.09.1986]]

MAHNUNG

Sehr geehrter Herr [[P:Ebbinghaus-Mertens]],

für die nachstehend aufgeführten Forderungen konnten wir bis heute keinen Zahlungseingang
feststellen. Ihre Lastschrift vom 15.05.2027 von Ihrem Konto [[IBAN:«i3_iban»]]
(Volksbank Münsterland Nord) wurde mangels Deckung zurückgegeben.

Forderungsart                 Zeitraum      fällig am     Betrag       offen
Hundesteuer (2 Hunde)         II/2027       15.05.2027    138,00 €     138,00 €
Rücklastschriftgebühr                                        3,50 €       3,50 €
Säumniszuschlag § 240 AO                                     1,00 €       1,00 €
Mahngebühr                                                   5,00 €       5,00 €
Gesamtbetrag                                                            147,50 €

Bitte zahlen Sie den Gesamtbetrag bis spätestens 21.06.2027 unter Angabe des Kassenzeichens auf
das Konto der Stadtkasse Münster, IBAN «i3_city», Sparkasse Münsterland Ost.
Sollten Sie nicht fristgerecht zahlen, wird die Forderung nach dem Verwaltungsvollstreckungs-
gesetz NRW (VwVG NRW) zwangsweise beigetrieben; weitere Kosten entstehen.

Die Hunde sind unter den Steuermarken [[AZ:07731]] und [[AZ:07732]] auf Ihren Namen angemeldet; Mitinhaberin
laut Anmeldung ist Frau [[P:Saskia Mertens]], gleiche Anschrift. Falls die Hunde inzwischen
abgegeben oder verstorben sind, melden Sie dies bitte dem Steueramt.

Diese Mahnung wurde maschinell erstellt und ist ohne Unterschrift gültig.
Ihre Ansprechpartnerin: Frau [[P:Tegeler]], Durchwahl [[TEL:0251 492-2247]], Zimmer 1.018
""",
    [
        "Klemensstraße 10, 48143 Münster",
        "0251 492-2200",
        "stadtkasse@stadt-muenster.de",
        "§ 240 AO",
        "«i3_city»",
    ],
)

pii(
    "invoice_dunning",
    """
Stadt Wuppertal · Ressort Finanzen – Stadtkasse, Vollstreckung · 42269 Wuppertal

Zustellung mit Postzustellungsurkunde
Herrn [[P:Ionuț-Cătălin Dumitrescu]]
Inhaber „[[P:Dumitrescu]] Transporte & Umzüge“
[[STR:Berliner Straße 48, 4. OG]]
[[LOC:42275 Wuppertal]]

Vollstreckungsankündigung – Gewerbesteuer                               Wuppertal, 12.08.2027
Kassenzeichen: [[AZ:7.2310.0071.845]] · Steuernummer Finanzamt: [[TAX:131/5188/2063]]
Schuldner: [[P:Dumitrescu, Ionuț-Cătălin]], geb. [[DOB:22.02.1984]] in [[LOC:Craiova]] (Rumänien)

Sehr geehrter Herr [[P:Dumitrescu]],

trotz Mahnung vom 08.07.2027 sind folgende Beträge weiterhin offen:
Gewerbesteuer-Vorauszahlung II. und III. Quartal 2027 (§ 19 GewStG)      2.412,00 EUR
Säumniszuschläge (§ 240 AO)                                                 72,00 EUR
Mahngebühren                                                                10,00 EUR
Summe                                                                     2.494,00 EUR

Wenn der Betrag nicht bis zum 26.08.2027 bei uns eingeht, werden wir ohne weitere Ankündigung
Vollstreckungsmaßnahmen einleiten, insbesondere
- die Pfändung Ihrer Forderungen gegen Ihre Bank (Kontopfändung bei der Stadtsparkasse
  Wuppertal) und gegen Ihre Auftraggeberin, die Bergische Möbelspedition GmbH,
- die Pfändung Ihres Fahrzeugs Mercedes Sprinter, amtliches Kennzeichen [[KFZ:W-ID 8422]],
- einen Antrag auf Abnahme der Vermögensauskunft nach § 284 AO.

Ein Vollziehungsbeamter (Herr [[P:Wolfgang Pöppinghaus]], [[TEL:0202 563-5872]]) wird Sie ab dem
27.08.2027 in Ihrer Wohnung und an Ihrem Betriebsstellplatz aufsuchen.
Ratenzahlung ist nur nach schriftlichem Antrag mit Einkommensnachweisen möglich.
Ihre Ehefrau, Frau [[P:Alina Dumitrescu]], hat am 10.08.2027 telefonisch angekündigt, dass Sie sich
melden werden; eine Zahlung ist bislang nicht erfolgt.

Mit freundlichen Grüßen
Im Auftrag
[[P:Brückmann-Yilmaz]]
Telefon Zentrale 0202 563-0 · vollstreckung@stadt.wuppertal.de
""",
    [
        "0202 563-0",
        "vollstreckung@stadt.wuppertal.de",
        "§ 284 AO",
        "Bergische Möbelspedition GmbH",
        "2.494,00 EUR",
    ],
)

V["i5_iban"] = iban("IT", "X" + "03069" + "39420" + "100000004417")
V["i5_ust"] = ust_id("34620198")
V["i5_rv"] = rv_number("13", "270489", "B", "50", spaced=True)

pii(
    "invoice_dunning",
    """
[[P:Chiara Benedetti]] Fotografie · [[STR:Lothringerstraße 71]] · [[LOC:52070 Aachen]]
[[TEL:+49 160 95 11 28 47]] · [[MAIL:studio@chiarabenedetti.photo]] · USt-IdNr. [[TAX:«i5_ust»]]

Stadt Aachen
Presse- und Öffentlichkeitsarbeit
z. Hd. Herrn [[P:Kaspar Dohmen]]
Markt, Rathaus
52062 Aachen

2. Zahlungserinnerung                                              Aachen, 18. September 2027

Rechnung Nr. [[AZ:CB-2027-051]] vom 30.06.2027 – Fotoreportage „Route Charlemagne“, 3 Drehtage
Rechnung Nr. [[AZ:CB-2027-058]] vom 14.07.2027 – Nutzungsrechte Pressefotos Karlspreis 2027

Sehr geehrter Herr [[P:Dohmen]],

leider sind meine beiden Rechnungen trotz der ersten Erinnerung vom 12.08.2027 noch nicht
beglichen. Offen sind:
  [[AZ:CB-2027-051]]      2.380,00 EUR (brutto)
  [[AZ:CB-2027-058]]        952,00 EUR (brutto)
  gesamt                3.332,00 EUR

Ich weiß, dass Rechnungen bei der Stadt durch mehrere Hände gehen, aber als Selbständige bin ich
auf pünktliche Zahlungen angewiesen. Bitte überweisen Sie den Betrag bis 02.10.2027 auf mein
Geschäftskonto bei der Banca Popolare (ich habe es bei meinem Umzug aus [[LOC:Bologna]] behalten):

Kontoinhaberin: [[P:Chiara Benedetti]]
IBAN: [[IBAN:«i5_iban»]] · BIC: BPMOIT22XXX

Ich bin über die Künstlersozialkasse versichert (Versicherungsnummer [[RV:«i5_rv»]],
geb. [[DOB:27.04.1989]]); die KSK-Abgabe der Stadt ist damit nicht berührt.
Nach § 288 BGB kann ich Verzugszinsen und eine Pauschale von 40 EUR verlangen; darauf verzichte
ich bei Zahlung bis zum genannten Datum. Die Leitweg-ID 05334002-PRESSE-01 habe ich bei der
Erstrechnung angegeben. Mein Steuerberater, Herr [[P:Arnold Frings]] ([[TEL:0241 / 9 46 62 10]]), hat
die Umsatzsteuer für das 3. Quartal bereits abgeführt.

Mit freundlichen Grüßen
[[P:Chiara Benedetti]]
""",
    [
        "Presse- und Öffentlichkeitsarbeit",
        "3.332,00 EUR",
        "§ 288 BGB",
        "Leitweg-ID 05334002-PRESSE-01",
        "BIC: BPMOIT22XXX",
    ],
)

V["i6_iban"] = iban("DE", "48050161" + "0067331204")

pii(
    "invoice_dunning",
    """
[[P:Natalia Głowacka-Rüter]]
[[STR:Meller Straße 203]]
[[LOC:33613 Bielefeld]]
Tel. [[TEL:0521 / 87 15 62 04]]

Stadt Bielefeld
Amt für Jugend und Familie – Elternbeiträge
Niederwall 23
33602 Bielefeld                                             Bielefeld, den 04.10.2027

Ihre Zahlungserinnerung vom 27.09.2027 – Kassenzeichen [[AZ:51.2-EB-0440187]]
Antrag auf Ratenzahlung der Elternbeiträge

Sehr geehrte Damen und Herren,

ich habe Ihre Zahlungserinnerung über 684,00 EUR für die Kita-Beiträge Juli bis September erhalten.
Meine Kinder [[P:Zofia]] (geb. [[DOB:11.01.2022]]) und [[P:Leon Rüter]] (geb. [[DOB:29.05.2024]]) besuchen die
Kita Regenbogen in [[LOC:Schildesche]]. Seit der Trennung von meinem Mann [[P:Björn Rüter]] im Juni
lebe ich allein mit den Kindern und bekomme keinen Unterhalt; er wohnt inzwischen in
[[LOC:Herford]]. Mein Einkommen als Teilzeitkraft beträgt 1.640 EUR netto.

Ich bitte deshalb um
1. Ratenzahlung von 114,00 EUR monatlich ab November,
2. Neuberechnung der Beiträge nach § 90 SGB VIII ab Juli (Einkommensnachweise anbei).

Bitte buchen Sie die Raten per Lastschrift von meinem Konto ab:
IBAN [[IBAN:«i6_iban»]], Sparkasse Bielefeld, Kontoinhaberin [[P:Natalia Głowacka-Rüter]].
Das alte Konto meines Mannes (Mandatsreferenz [[AZ:EB-0440187-01]]) bitte nicht mehr verwenden.

Mit freundlichen Grüßen
[[P:Natalia Głowacka-Rüter]]

Anlagen: Gehaltsabrechnungen 07–09/2027, Mietvertrag, Trennungsvereinbarung
""",
    [
        "Amt für Jugend und Familie – Elternbeiträge",
        "Niederwall 23",
        "684,00 EUR",
        "§ 90 SGB VIII",
        "114,00 EUR monatlich",
    ],
)

# =============================================================================================
# building (pii): building applications, neighbours, Baulasten, objections
# =============================================================================================

pii(
    "building",
    """
BAUANTRAG nach § 64 BauO NRW 2018 · Stadt Paderborn · Bauordnungsamt · Pontanusstraße 55, 33102 Paderborn
Eingang: 08.03.2027          Aktenzeichen der Bauaufsicht: [[AZ:63/1-BA-0318/27]]

1 Bauherrschaft
  Name, Vorname ......... [[P:Drüke, Matthias]]
                          [[P:Drüke, Verena]] geb. [[P:Schlüter]]
  Anschrift ............. [[STR:Husener Straße 48]], [[LOC:33098 Paderborn]]
  Telefon / E-Mail ...... [[TEL:05251 / 4 19 87 30]] · [[MAIL:drueke.familie@gmx.de]]

2 Entwurfsverfasserin (bauvorlageberechtigt nach § 67 BauO NRW)
  Dipl.-Ing. [[P:Ute Schwarzenberg]], Architektin, Mitglied der Architektenkammer NRW Nr. [[AZ:A 104337]]
  Büro: [[STR:Kamp 44]], [[LOC:33098 Paderborn]] · [[TEL:05251 2 81 44 60]] · [[MAIL:us@schwarzenberg-architektur.de]]

3 Baugrundstück
  Straße, Hausnummer .... [[STR:Am Fischteich 19]], [[LOC:33100 Paderborn-Neuenbeken]]
  Gemarkung ............. [[LOC:Neuenbeken]]    Flur 4    Flurstücke 212, 213/1
  Grundbuch ............. [[LOC:Neuenbeken]], Blatt [[AZ:1187]]
  Eigentümer ............ wie Bauherrschaft (Erwerb 2026 von [[P:Anneliese Hillebrand]], [[LOC:Altenbeken]])
  Bebauungsplan ......... Nr. NB 12 „Südlich der Beke“, rechtskräftig seit 14.10.2019

4 Vorhaben
  Neubau eines Einfamilienhauses mit Einliegerwohnung und Doppelgarage; Gebäudeklasse 1;
  Grundfläche 164 m², GRZ 0,29, 2 Vollgeschosse, Satteldach 38°.
  Abweichung (§ 69 BauO NRW) beantragt: Garage 1,20 m über der Baugrenze.

5 Angrenzer (Zustimmung liegt bei)
  Flurstück 211: [[P:Korbinian]] und [[P:Annika Pöttker]], [[STR:Am Fischteich 17]]
  Flurstück 214: [[P:Heinz-Dieter Rustemeier]], [[STR:Beketalweg 2]] ([[DOB:1941]] geb., Betreuerin [[P:Monika Rustemeier]])

6 Erklärung: Die Bauherrschaft versichert die Richtigkeit der Angaben.
  Paderborn, 01.03.2027   [[P:M. Drüke]]   [[P:V. Drüke]]   [[P:U. Schwarzenberg]]

Gebühr nach Tarifstelle 2.4.1.1 AVwGebO NRW wird nach Rohbausumme (412.000 EUR) festgesetzt.
""",
    [
        "Pontanusstraße 55, 33102 Paderborn",
        "§ 64 BauO NRW 2018",
        "Bebauungsplan",
        "Tarifstelle 2.4.1.1 AVwGebO NRW",
        "412.000 EUR",
    ],
)

NB_TABLE = pipes(
    (22, 30, 10, 11, 10),
    ("Eigentümer/in", "Anschrift", "Flurstück", "Zustimmung", "Datum"),
    ("[[P:Wilmsmeyer, Gerda]]", "[[STR:Kanalstraße 212]]", "87", "ja", "12.04.2027"),
    ("[[P:Thieme, Ole]]", "[[STR:Kanalstraße 214]]", "88", "nein", "14.04.2027"),
    ("[[P:Thieme-Aksoy, Derya]]", "[[STR:Kanalstraße 214]]", "88", "nein", "14.04.2027"),
    ("[[P:Nguyen, Van Duc]]", "[[STR:Wienburgstraße 9]]", "91/2", "ja", "15.04.2027"),
    ("Wohnungsbau Coerde eG", "Hamannplatz 40", "92", "ja", "16.04.2027"),
    ("[[P:Ahlers, Bernhard]]", "[[STR:Kanalstraße 208]]", "86", "keine Antwort", "–"),
)

V["nb_table"] = NB_TABLE

pii(
    "building",
    """
Stadt Münster · Bauordnungsamt · Albersloher Weg 33, 48155 Münster
Benachrichtigung der Angrenzer nach § 72 BauO NRW – Übersicht zum Aktenzeichen [[AZ:63.21-0912/27]]

Vorhaben: Aufstockung eines Wohnhauses um ein Staffelgeschoss
Grundstück: [[STR:Kanalstraße 210]], [[LOC:48147 Münster]]; Gemarkung [[LOC:Kinderhaus]], Flur 12, Flurstück 89
Bauherr: Dr. [[P:Falk Overesch]], wohnhaft ebenda, Tel. [[TEL:0251 / 2 10 77 48]]
Entwurfsverfasser: Büro raumwerk architekten PartGmbB, Hafenweg 26, 48155 Münster

Die Angrenzer wurden mit Schreiben vom 05.04.2027 beteiligt (Frist: ein Monat):

«nb_table»

Einwendungen (Zusammenfassung der Sachbearbeitung):
- Herr [[P:Thieme]] und Frau [[P:Thieme-Aksoy]] befürchten Verschattung ihres Gartens und
  Einsicht in das Kinderzimmer ihrer Tochter [[P:Mila]] (geb. [[DOB:2019]]). Sie kündigen an, sich
  anwaltlich beraten zu lassen; Kontakt: [[MAIL:ole.thieme@posteo.de]], [[TEL:0176 - 55 02 31 94]].
- Herr [[P:Ahlers]] ist laut Nachbarin Frau [[P:Wilmsmeyer]] seit Februar im Pflegeheim in
  [[LOC:Greven]]; Zustellung an seinen Sohn [[P:Markus Ahlers]], [[STR:Grevener Str. 391]],
  [[LOC:48159 Münster]] veranlasst.

Abstandsflächen nach § 6 BauO NRW sind eingehalten (0,4 H). Die Einwendungen
werden in der Baugenehmigung gewürdigt; den Angrenzern [[P:Thieme]] wird die Genehmigung nach
§ 74 Abs. 4 BauO NRW zugestellt.

Sachbearbeitung: [[P:Kerstin Holtmann]], [[TEL:0251 492-6138]], Zentrale 0251 492-0
""",
    [
        "Albersloher Weg 33, 48155 Münster",
        "raumwerk architekten PartGmbB",
        "Hafenweg 26, 48155 Münster",
        "§ 74 Abs. 4 BauO NRW",
        "0251 492-0",
    ],
)

pii(
    "building",
    """
Stadt Köln – Bauaufsichtsamt – Baulastenverzeichnis
Willy-Brandt-Platz 2, 50679 Köln · baulasten@stadt-koeln.de

Notariat [[P:Sabine Leuchtenberg-Cremer]]
Notarin in Köln
Hohenstaufenring 62
50674 Köln

Ihr Zeichen: UR-Nr. [[AZ:1188/2027 L]]          Unser Zeichen: [[AZ:63/B-2027-04471]]          20.05.2027

Baulastenauskunft für das Grundstück [[STR:Weißer Straße 133]], [[LOC:50999 Köln]] ([[LOC:Weiß]])
Gemarkung [[LOC:Rondorf]], Flur 27, Flurstück 1044

Sehr geehrte Frau Notarin,

für das oben genannte Grundstück ist im Baulastenverzeichnis folgende Eintragung vorhanden:

Baulastenblatt Nr. [[AZ:R-2231]], lfd. Nr. 1 (eingetragen am 03.11.2009)
Inhalt: Abstandsflächenbaulast. Die jeweiligen Eigentümer des Flurstücks 1044 verpflichten sich,
auf einer Fläche von 2,40 m x 11,50 m entlang der östlichen Grenze keine baulichen Anlagen zu
errichten, zugunsten des Flurstücks 1045 ([[STR:Weißer Straße 135]]).
Verpflichtungserklärung damals abgegeben von: [[P:Wilhelm Schmitz-Rondorf]] (verstorben) und
[[P:Hildegard Schmitz-Rondorf]], [[STR:Weißer Straße 133]], [[LOC:50999 Köln]].
Begünstigte Eigentümerin heute laut Grundbuch von [[LOC:Rondorf]] Blatt [[AZ:3178]]:
Dr. [[P:Emine Karaca-Wolff]], [[STR:Weißer Straße 135]], [[LOC:50999 Köln]].

Baulastenblatt Nr. [[AZ:R-2231]], lfd. Nr. 2 (eingetragen am 19.06.2018)
Inhalt: Stellplatzbaulast für zwei Stellplätze zugunsten [[STR:Hauptstraße 61]] (Eigentümer
[[P:Gregor Pütz]] und [[P:Agata Pütz]]), auf dem Grundstück in der Garagenzeile.

Nach Angaben der Käufer, [[P:Johannes]] und [[P:Clara Sievers]] (derzeit [[STR:Bonner Wall 47]],
[[LOC:50677 Köln]]), soll die Garagenzeile abgerissen werden. Das ist nur mit Zustimmung der
Begünstigten und nach Löschung der Baulast (§ 85 Abs. 3 BauO NRW) möglich.

Gebühr für diese Auskunft: 85,00 EUR (Tarifstelle 2.5.3.3 AVwGebO NRW), Rechnung folgt.

Im Auftrag
[[P:Björn Wiesehöfer]] · Telefon [[TEL:0221 221-28413]]
""",
    [
        "Willy-Brandt-Platz 2, 50679 Köln",
        "baulasten@stadt-koeln.de",
        "Hohenstaufenring 62",
        "§ 85 Abs. 3 BauO NRW",
        "85,00 EUR",
    ],
)

pii(
    "building",
    """
[[P:Gisela]] und [[P:Hans-Peter Quadflieg]] · [[STR:Am Hackenbruch 71]] · [[LOC:40231 Düsseldorf]]
[[P:Murat Erdoğan]] · [[STR:Am Hackenbruch 73a]] · [[LOC:40231 Düsseldorf]]

Landeshauptstadt Düsseldorf
Bauaufsichtsamt
Brinckmannstraße 5
40225 Düsseldorf

per E-Mail an bauaufsicht@duesseldorf.de                          Düsseldorf, 28. Mai 2027

Einwendung gegen das Bauvorhaben Am Hackenbruch 75–77 (Az. [[AZ:63/22-B-0774/2027]])
Neubau eines Mehrfamilienhauses mit 14 Wohneinheiten und Tiefgarage

Sehr geehrte Damen und Herren,

als unmittelbare Nachbarn erheben wir Einwendungen gegen das o. g. Vorhaben der Bauherrin
Eller Wohnprojekt GmbH & Co. KG. Wir wohnen seit 1984 (Familie [[P:Quadflieg]]) bzw. 2016 (Herr [[P:Erdoğan]])
in [[LOC:Eller]] und sind von der Planung unmittelbar betroffen:

1. Die Tiefgaragenzufahrt liegt direkt an der Grenze zu Nr. 73a. Das Schlafzimmer von Herrn
   [[P:Erdoğan]] und seiner Mutter [[P:Ayten Erdoğan]] ([[DOB:1949]] geboren, pflegebedürftig) liegt dort.
2. Die drei Vollgeschosse überschreiten die Umgebungsbebauung (§ 34 BauGB); ringsum stehen
   eingeschossige Siedlungshäuser aus den 1950er-Jahren.
3. Die alte Blutbuche auf dem Baugrundstück fällt unter die Baumschutzsatzung der
   Landeshauptstadt Düsseldorf und soll gefällt werden.

Wir beantragen Akteneinsicht nach § 29 VwVfG NRW und bitten um Zustellung der Entscheidung an
alle Unterzeichnenden. Zustellungsbevollmächtigt ist Herr [[P:Hans-Peter Quadflieg]],
Telefon [[TEL:0211 / 21 66 48]], E-Mail [[MAIL:hp.quadflieg@arcor.de]].

Weitere Nachbarn, die sich anschließen:
[[P:Dorothee Venghaus]], [[STR:Am Hackenbruch 69]] – [[P:Sergej]] und [[P:Olga Friesen]], [[STR:Heidelberger Str. 12]]
– [[P:Pasquale Russo]], [[STR:Heidelberger Str. 14]] (Eigentümer, wohnt in [[LOC:Neuss]])

Mit freundlichen Grüßen
[[P:Gisela Quadflieg]]   [[P:Hans-Peter Quadflieg]]   [[P:Murat Erdoğan]]   [[P:D. Venghaus]]
""",
    [
        "Brinckmannstraße 5",
        "bauaufsicht@duesseldorf.de",
        "Eller Wohnprojekt GmbH & Co. KG",
        "§ 34 BauGB",
        "§ 29 VwVfG NRW",
    ],
    allow=("Eller",),
)

pii(
    "building",
    """
Stadt Aachen · Fachbereich Bauaufsicht und Wohnraumförderung · Lagerhausstraße 20, 52064 Aachen

Herrn [[P:Georgios Lambrou]]
Frau [[P:Maren Lambrou-Hilgers]]
[[STR:Eupener Straße 266]]
[[LOC:52066 Aachen]]

Aktenzeichen: [[AZ:63.3-OV-2027/0583]]                                        Aachen, 09.07.2027

Anhörung nach § 28 VwVfG NRW vor Erlass einer Ordnungsverfügung
Grundstück [[STR:Eupener Straße 266]], Gemarkung [[LOC:Burtscheid]], Flur 19, Flurstück 402

Sehr geehrter Herr [[P:Lambrou]], sehr geehrte Frau [[P:Lambrou-Hilgers]],

bei einer Ortsbesichtigung am 24.06.2027 hat unser Außendienst (Herr [[P:Cremer]]) festgestellt,
dass im rückwärtigen Gartenbereich ohne Baugenehmigung ein Doppelcarport (ca. 6,20 x 5,80 m)
mit Abstellraum errichtet wurde. Unter dem Carport standen die Fahrzeuge [[KFZ:AC-GL 266]] und
[[KFZ:AC-ML 1978]] sowie ein Anhänger mit belgischem Kennzeichen [[KFZ:1-QVN-477]].

Das Vorhaben ist nach § 62 Abs. 1 Nr. 1 b BauO NRW nicht genehmigungsfrei, weil es die
zulässige Grenzbebauung von 9 m je Grundstücksgrenze zum Nachbarn [[P:Heinrich Offermanns]]
([[STR:Eupener Straße 264]]) überschreitet. Herr [[P:Offermanns]] hat sich am 02.06.2027 schriftlich
beschwert.

Wir beabsichtigen, die Beseitigung des Abstellraums anzuordnen. Sie haben Gelegenheit, sich bis
zum 06.08.2027 zu äußern oder einen Bauantrag nachzureichen. Sie können mich telefonisch
unter [[TEL:0241 432-63327]] erreichen (Di und Do 8:30–12 Uhr) oder per E-Mail an
bauaufsicht@mail.aachen.de schreiben.

Mit freundlichen Grüßen
Im Auftrag
[[P:Rebekka Thoma]]
""",
    [
        "Lagerhausstraße 20, 52064 Aachen",
        "§ 28 VwVfG NRW",
        "§ 62 Abs. 1 Nr. 1 b BauO NRW",
        "bauaufsicht@mail.aachen.de",
    ],
)

pii(
    "building",
    """
Von: [[P:Tilman Brockhagen]] <[[MAIL:t.brockhagen@brockhagen-planung.de]]>
Gesendet: Dienstag, 15. Juni 2027 17:26
An: Bauamt Bielefeld <bauamt@bielefeld.de>
Cc: [[P:Schwentker, Jörg]] <[[MAIL:joerg.schwentker@t-online.de]]>
Betreff: WG: Nachbarzustimmung Grenzgarage – BV [[P:Schwentker]], Az. [[AZ:600.31-1457/2027]]
Anlagen: Zustimmung_[[P:Kottmann]].pdf; Lageplan_M1-500.pdf

Sehr geehrte Frau [[P:Heitbreder]],

wie telefonisch besprochen leite ich Ihnen die unterschriebene Nachbarzustimmung weiter. Die
Unterschrift von Frau [[P:Kottmann]] ist jetzt auf dem amtlichen Vordruck; die Flurstücksangaben
habe ich im Lageplan korrigiert (Gemarkung [[LOC:Schildesche]], Flur 8, Flurstücke 731 und 732).

Mit freundlichen Grüßen
[[P:Tilman Brockhagen]], Dipl.-Ing. (FH), Architekt
Planungsbüro [[P:Brockhagen]] · [[STR:Jöllenbecker Straße 420]] · [[LOC:33613 Bielefeld]] · [[TEL:0521 9 86 41 70]]

-----Ursprüngliche Nachricht-----
Von: [[P:Kottmann, Ingrid]] <[[MAIL:ingrid.kottmann@web.de]]>
Gesendet: Montag, 14. Juni 2027 20:03
An: [[P:Tilman Brockhagen]] <[[MAIL:t.brockhagen@brockhagen-planung.de]]>
Betreff: AW: Nachbarzustimmung Grenzgarage

Guten Abend Herr [[P:Brockhagen]],

anbei die Zustimmung, diesmal richtig unterschrieben. Ich bin Eigentümerin von
[[STR:Apfelstraße 88]], [[LOC:33611 Bielefeld]]; mein verstorbener Mann [[P:Ewald]] hatte die Grenze
damals mit Herrn [[P:Schwentker]] senior abgesprochen. Bitte sagen Sie Familie [[P:Schwentker]], dass
die Garage nicht höher als 3 m werden darf, sonst nimmt sie mir das Licht im Wintergarten.

Meine Tochter [[P:Birgit Kottmann-Elsner]] aus [[LOC:Halle (Westf.)]] ist ab Juli meine
Bevollmächtigte, Telefon [[TEL:05201 / 66 12 09]]. Ich selbst bin wegen der Augen-OP bis Ende
August schlecht erreichbar (Festnetz [[TEL:0521 - 88 30 51]]).

Freundliche Grüße
[[P:Ingrid Kottmann]] (Jg. [[DOB:1939]])

-----Ursprüngliche Nachricht-----
Von: Bauamt Bielefeld – Servicecenter Bauen <bauamt@bielefeld.de>
Betreff: Eingangsbestätigung Bauantrag
Ihr Antrag ist unter dem Aktenzeichen [[AZ:600.31-1457/2027]] eingegangen. Bauamt, August-Bebel-Straße 92,
33602 Bielefeld, Telefon 0521 51-3400.
""",
    [
        "bauamt@bielefeld.de",
        "August-Bebel-Straße 92",
        "0521 51-3400",
        "Lageplan_M1-500.pdf",
        "Servicecenter Bauen",
    ],
)

# =============================================================================================
# complaint (pii): noise, rubbish, trees, § 24 GO NRW, a complaint about a clerk
# =============================================================================================

pii(
    "complaint",
    """
An: Stadt Köln, Ordnungsamt – Ordnungs- und Verkehrsdienst <ordnungsamt@stadt-koeln.de>
Von: [[P:Friederike Wallraf-Nolden]] <[[MAIL:f.wallraf-nolden@netcologne.de]]>
Datum: 25.07.2027 01:47
Betreff: Beschwerde Lärm Kiosk Zülpicher Platz – bereits 4. Meldung (Ihr Az. [[AZ:32/OD-2027-118834]])

Sehr geehrte Damen und Herren,

es ist wieder fast zwei Uhr nachts und vor dem Kiosk „Büdchen am Eck“ (Inhaber nach meiner
Kenntnis Herr [[P:Vassilis Karamanlis]]) stehen ca. 40 Personen mit Musikbox. Ich wohne direkt
gegenüber im 3. OG ([[STR:Zülpicher Straße 9, 3. OG]], [[LOC:50674 Köln]]) und muss um 6 Uhr zur
Frühschicht. Die Sperrzeit nach § 18 GastG und die Kölner Stadtordnung scheinen dort nicht zu
gelten.

Zeugen, die ebenfalls gestört werden und bereit sind auszusagen:
* [[P:Konstantin Behrendt]], [[STR:Zülpicher Straße 11]], Tel. [[TEL:0221 / 23 98 40 12]]
* [[P:Yasemin Akgül]] und [[P:Lars Akgül]], [[STR:Zülpicher Straße 9, 2. OG]], [[MAIL:yasemin.akguel@gmail.com]]
* Dr. [[P:Hubertus Fahrenholz]] (Hausarzt im Erdgeschoss, [[TEL:0221 – 24 11 86]]; die Praxis ist
  morgens voller Scherben)

Am 17.07. hat ein Gast mit einem Motorroller ([[KFZ:K-HX 319]]) zweimal laut vor unserer
Haustür gewendet; am 19.07. parkte ein Transporter mit dem Kennzeichen [[KFZ:BM-KR 6621]] auf dem
Gehweg, aus dem Getränke verkauft wurden.

Ich bitte um eine Kontrolle heute Nacht oder morgen ab 23 Uhr und um Prüfung, ob die
Erlaubnis für den Verkauf nach 22 Uhr entzogen werden kann. Ich selbst bin über mein Handy
[[TEL:0172 / 2 44 17 90]] erreichbar und auch bereit, an einem Termin mit dem Bezirksbürgeramt
Innenstadt teilzunehmen.

Mit freundlichen Grüßen
[[P:Friederike Wallraf-Nolden]]
(Jahrgang [[DOB:1968]], wohnhaft seit 1994 in [[LOC:Köln]], noch nie so erlebt)
""",
    [
        "ordnungsamt@stadt-koeln.de",
        "§ 18 GastG",
        "Kölner Stadtordnung",
        "Bezirksbürgeramt",
        "Sperrzeit",
    ],
    allow=("Köln",),
)

pii(
    "complaint",
    """
Landeshauptstadt Düsseldorf · Ordnungsamt · Mängelmelder „Düsseldorf sauber“ · Meldung [[AZ:DS-2027-0648812]]
Eingang 03.08.2027 07:12 über App (iOS) · Kategorie: Illegale Müllablagerung · Status: an OSD übergeben

Ort der Ablagerung: Wendehammer Am Schönenkamp / Zufahrt Kleingartenanlage, Hassels
Beschreibung (Freitext der meldenden Person):
„Heute 06:40 hat ein weißer Transporter (Ford Transit, Aufschrift abgeklebt, Kennzeichen
[[KFZ:ME-AS 4107]]) ca. 15 Säcke Bauschutt, eine alte Badewanne und Farbeimer abgeladen. Zwei Männer,
einer hat den anderen mit ‚[[P:Jusuf]]‘ angeredet. Fotos mit Kennzeichen anbei. Mein Nachbar
[[P:Reinhold Trapp]] hat es auch gesehen, er wohnt [[STR:Am Schönenkamp 120]], Tel. [[TEL:0211 74 09 12]].“

Anhänge: IMG_4471.HEIC (Standort 51.1762, 6.8734), IMG_4472.HEIC, IMG_4473.HEIC

Angaben zur meldenden Person (freiwillig, nicht an Dritte weitergeben):
Name: [[P:Aylin Doğru-Hesse]]
Anschrift: [[STR:Am Schönenkamp 116]], [[LOC:40599 Düsseldorf]]
E-Mail: [[MAIL:aylin.dogru-hesse@outlook.de]] · Telefon: [[TEL:+49 (0) 177 / 8 93 20 55]]
Rückmeldung gewünscht: ja
Geräte-ID / IP: 7E2C-iOS · [[IP:2003:e5:2f1c:6400:a1b7:44ff:fe08:19c2]]

Bearbeitungsvermerk OSD, 03.08.2027, 10:15 ([[P:Kreuzberger]], Dienstnr. OSD-114):
Vor Ort geprüft, Ablagerung bestätigt (ca. 2 m³), Awista beauftragt (Auftrag 27-SP-58812).
Halterabfrage über KBA zu [[KFZ:ME-AS 4107]]: Halter [[P:Jusuf Hadžić]], geb. [[DOB:14.04.1979]], [[STR:Talstraße 88]],
[[LOC:40822 Mettmann]]. Anhörungsbogen nach § 55 OWiG geht an Halter; Bußgeldrahmen nach
Bußgeldkatalog Abfall NRW 500–2.500 EUR. Zeuge Herr [[P:Trapp]] wird schriftlich angehört.
Rückmeldung an Frau [[P:Doğru-Hesse]] per E-Mail am 03.08. erfolgt.
""",
    [
        "Kleingartenanlage",
        "Auftrag 27-SP-58812",
        "§ 55 OWiG",
        "Bußgeldkatalog Abfall NRW",
        "Dienstnr. OSD-114",
    ],
)

pii(
    "complaint",
    """
[[P:Bernadette Uhlenbrock]] · [[STR:Piusallee 41]] · [[LOC:48147 Münster]] · [[TEL:0251 27 40 66]]

Stadt Münster
Grünflächenamt, Baumschutz
Albersloher Weg 450
48167 Münster                                                  Münster, 2. September 2027

Beschwerde über den Walnussbaum auf dem Nachbargrundstück [[STR:Piusallee 43]]
Gemarkung [[LOC:Münster]], Flur 41, Flurstück 217

Sehr geehrte Damen und Herren,

seit Jahren ragt der Walnussbaum meiner Nachbarn, Herrn [[P:Clemens Drerup]] und Frau [[P:Li Wei Drerup]],
etwa 4 m über meine Grundstücksgrenze. Die Wurzeln haben inzwischen die Terrassenplatten
angehoben, und im Herbst verstopfen Nüsse und Laub meine Regenrinne. Ich bin 81 Jahre alt
(geb. [[DOB:12.10.1945]]) und kann das nicht mehr allein beseitigen.

Herr [[P:Drerup]] lehnt jeden Rückschnitt ab und beruft sich auf die Baumschutzsatzung der Stadt
Münster. Er hat mir gesagt, ein Gutachter habe den Baum als „erhaltenswert“ eingestuft. Stimmt
das, und darf ich nach § 910 BGB die überhängenden Äste selbst abschneiden, ohne gegen die
Satzung zu verstoßen?

Zeugen für die Schäden sind mein Schwiegersohn [[P:Andreas Pieper]] ([[LOC:Telgte]], Tel.
[[TEL:02504 / 7 19 33]]) und die Mieterin im Erdgeschoss, Frau [[P:Tamara Hölscher]]. Fotos vom
Frühjahr lege ich bei. Den Hausmeisterdienst der Nachbarn (Grünpflege Münsterland GmbH) habe
ich ebenfalls angeschrieben.

Bitte schicken Sie jemanden vorbei. Vormittags bin ich immer zu Hause; falls niemand öffnet,
rufen Sie bitte meine Tochter [[P:Ulrike Pieper]] an: [[TEL:0160 - 90 44 12 87]].

Mit freundlichen Grüßen
[[P:Bernadette Uhlenbrock]]
""",
    [
        "Albersloher Weg 450",
        "Grünflächenamt, Baumschutz",
        "§ 910 BGB",
        "Grünpflege Münsterland GmbH",
    ],
    allow=("Münster",),
)

SIG_LIST = columns(
    (4, 27, 33, 7, 10),
    ("Nr", "Name, Vorname", "Anschrift", "Jg.", "Unterschrift"),
    (
        "1",
        "[[P:Hollenhorst, Sabine]]",
        "[[STR:Kampstraße 14]], [[LOC:Heepen]]",
        "[[DOB:1977]]",
        "[[P:S. Hollenhorst]]",
    ),
    (
        "2",
        "[[P:Hollenhorst, Dirk]]",
        "[[STR:Kampstraße 14]], [[LOC:Heepen]]",
        "[[DOB:1975]]",
        "[[P:Hollenhorst]]",
    ),
    (
        "3",
        "[[P:Çelik, Hatice]]",
        "[[STR:Salzufler Str. 207]], [[LOC:Heepen]]",
        "[[DOB:1986]]",
        "[[P:H. Çelik]]",
    ),
    (
        "4",
        "[[P:Brand, Jürgen]]",
        "[[STR:Am Wellbach 3]], [[LOC:Oldentrup]]",
        "[[DOB:1952]]",
        "[[P:J. Brand]]",
    ),
    (
        "5",
        "[[P:Mertens-Ogbu, Chiamaka]]",
        "[[STR:Kampstraße 31]], [[LOC:Heepen]]",
        "[[DOB:1990]]",
        "[[P:C. Mertens-Ogbu]]",
    ),
    (
        "6",
        "[[P:Fischer, Ewald]]",
        "[[STR:Vogteistraße 5]], [[LOC:Heepen]]",
        "[[DOB:1944]]",
        "[[P:E. Fischer]]",
    ),
)
V["sig_list"] = SIG_LIST

pii(
    "complaint",
    """
An den Rat der Stadt Bielefeld
über das Büro des Rates, Niederwall 23, 33602 Bielefeld

Anregung nach § 24 GO NRW: Tempo 30 und Querungshilfe vor der Grundschule Heepen

Sehr geehrte Damen und Herren,

wir, Eltern und Anwohnende im Stadtbezirk Heepen, regen an, auf der Salzufler Straße zwischen
Kampstraße und Vogteistraße ganztägig Tempo 30 anzuordnen und eine Querungshilfe einzurichten.
Täglich queren dort rund 180 Kinder die Fahrbahn; im Mai wurde der Sohn von Frau [[P:Çelik]],
[[P:Emir]] (8), auf dem Schulweg von einem abbiegenden Lieferwagen gestreift.

Bitte behandeln Sie die Anregung in der Bezirksvertretung Heepen und im Ausschuss für Mobilität.
Ansprechpartnerin für die Unterzeichnenden ist Frau [[P:Sabine Hollenhorst]],
[[STR:Kampstraße 14]], [[LOC:33719 Bielefeld]], Telefon [[TEL:0521 / 33 41 07 9]],
E-Mail [[MAIL:s.hollenhorst@bielefeld-online.de]].

Unterschriftenliste (Seite 1 von 4):
«sig_list»

Weitere 94 Unterschriften auf den Seiten 2–4. Die Listen enthalten nach Angabe der Initiative
nur Personen ab 14 Jahren mit Wohnsitz in Bielefeld (§ 24 Abs. 1 GO NRW verlangt das nicht).

Bielefeld, den 20. Juni 2027
[[P:Sabine Hollenhorst]] für die Elterninitiative „Sicherer Schulweg Heepen“

Eingangsvermerk Büro des Rates: 23.06.2027, Vorlage an die BV Heepen am 09.09.2027 (Drucksache 5184/2020-2025)
""",
    [
        "§ 24 GO NRW",
        "Niederwall 23, 33602 Bielefeld",
        "Grundschule Heepen",
        "Bezirksvertretung Heepen",
        "Drucksache 5184/2020-2025",
    ],
    allow=("Heepen",),
)

V["c5_id"] = id_card("L01X00T47", with_check=False)

pii(
    "complaint",
    """
Betreff: Dienstaufsichtsbeschwerde – Bürgerbüro Barmen, Termin am 14.10.2027
Von: [[P:Esra Yavuz-Kühn]] <[[MAIL:esra.yk@gmx.de]]>
An: beschwerdemanagement@stadt.wuppertal.de
Cc: buergerbuero-barmen@stadt.wuppertal.de

Sehr geehrte Damen und Herren,

ich möchte mich über die Behandlung im Bürgerbüro Barmen (Johannes-Rau-Platz 1) beschweren.

Ich hatte für den 14.10.2027 um 10:40 Uhr einen Termin gebucht (Buchungsnummer [[AZ:WTAL-BB-7716204]])
für den neuen Personalausweis meines Sohnes [[P:Deniz]] (geb. [[DOB:09.06.2015]]) und die
Verlängerung meines eigenen Ausweises (Nr. [[ID:«c5_id»]], abgelaufen am 30.09.). Die
Sachbearbeiterin, laut Namensschild Frau [[P:Lüdenscheidt]], hat mich vor allen Wartenden
gefragt, ob ich „überhaupt Deutsche“ sei, weil mein Sohn in [[LOC:Istanbul]] geboren ist. Dabei ist
das in seiner Geburtsurkunde und im Melderegister eingetragen.

Danach wurde mein Termin abgebrochen, weil angeblich die Einverständniserklärung des Vaters
fehlte. Mein Ex-Mann [[P:Michael Kühn]] wohnt in [[LOC:Schwelm]] und hat die Erklärung per Post
geschickt; das Original hatte ich dabei. Eine Kollegin am Nebenschalter (Frau [[P:Rosner]]) hat
das bestätigt, konnte aber nicht helfen.

Ich wohne seit 2009 in [[LOC:Barmen]] ([[STR:Heckinghauser Straße 24, Hinterhaus]],
[[LOC:42289 Wuppertal]]) und habe so etwas noch nie erlebt. Ich bitte um
1. einen neuen Termin innerhalb der nächsten zwei Wochen, da wir am 05.11. nach [[LOC:Izmir]] zu
   meiner Mutter [[P:Gülten Yavuz]] fliegen,
2. eine Stellungnahme zum Verhalten der Mitarbeiterin.

Sie erreichen mich unter [[TEL:0202 2 59 81 46]] (ab 15 Uhr) oder [[TEL:0157 / 31 28 44 09]].

Mit freundlichen Grüßen
[[P:Esra Yavuz-Kühn]]
""",
    [
        "beschwerdemanagement@stadt.wuppertal.de",
        "buergerbuero-barmen@stadt.wuppertal.de",
        "Johannes-Rau-Platz 1",
        "Bürgerbüro Barmen",
    ],
    allow=("Barmen",),
)

# =============================================================================================
# voice_transcript (pii): speech-to-text of calls and voicemails
# =============================================================================================

pii(
    "voice_transcript",
    """
Transkript (automatisch erstellt, nicht geprüft) · Stadt Köln · Gewerbeamt · Hotline 0221 221-0
Anruf vom 12.05.2027 09:14 · Dauer 04:37 · Rufnummer des Anrufers: [[TEL:+49 2203 5914407]]

[00:00] Mitarbeiterin: stadt köln gewerbeamt mein name ist [[P:Schäfer-Lindemann]] was kann ich für sie tun
[00:04] Anrufer: ja guten tag hier ist [[P:Kowalski]] ich wollte fragen ob meine gewerbeanmeldung angekommen ist ich hab die vor drei wochen online gemacht
[00:11] Mitarbeiterin: können sie mir den nachnamen einmal buchstabieren
[00:13] Anrufer: [[P:K wie Kaufmann O wie Otto W wie Wilhelm A wie Anton L wie Ludwig S wie Samuel K wie Kaufmann I wie Ida]] und vorname [[P:Bartosz]] mit s z am ende
[00:24] Mitarbeiterin: und ihr geburtsdatum
[00:26] Anrufer: [[DOB:dritter märz neunzehnhundertneunundachtzig]]
[00:30] Mitarbeiterin: ich sehe hier einen [[P:bartosz kowalski]] in [[LOC:porz]] [[STR:hauptstraße dreihundertzwölf]] ist das richtig
[00:35] Anrufer: nee ich bin umgezogen jetzt [[STR:frankfurter straße sechsundfünfzig]] in [[LOC:gremberghoven]] also [[LOC:fünf eins eins vier neun köln]]
[00:44] Mitarbeiterin: dann müssen sie erst die ummeldung beim bürgeramt machen und danach eine gewerbeummeldung gewa zwei das kostet zwanzig euro
[00:52] Anrufer: okay und wie lange dauert das ich brauch die bescheinigung für die bank die sparkasse will das sehen sonst krieg ich das konto nicht
[01:01] Mitarbeiterin: ihre anmeldung hat die nummer [[AZ:g a k siebenundzwanzig null vier eins eins acht]] die ist bearbeitet die bescheinigung geht heute raus
[01:09] Anrufer: super können sie mich zurückrufen wenn was fehlt meine handynummer ist [[TEL:null eins fünf eins eins sieben vier vier drei null neun zwei]]
[01:17] Mitarbeiterin: [[TEL:null eins fünf eins eins sieben vier vier drei null neun zwei]] ist notiert und eine e-mail
[01:22] Anrufer: [[MAIL:b punkt kowalski at fliesen minus kowalski punkt de]]
[01:27] Mitarbeiterin: gut herr [[P:kowalski]] dann wünsche ich ihnen einen schönen tag
[01:29] Anrufer: danke tschüss
—
Nachbearbeitung (SB 32-GA-07): Rückruf nicht nötig; Hinweis Ummeldung per Mail geschickt.
""",
    [
        "0221 221-0",
        "SB 32-GA-07",
        "zwanzig euro",
        "gewa zwei",
    ],
)

pii(
    "voice_transcript",
    """
Voicemail-Transkript · Stadt Aachen · Fachbereich Wirtschaft · Servicenummer Gründung 0241 432-7601
Eingang: Sa 27.03.2027 11:52 · Länge 01:48 · Absender: [[TEL:+32 472 18 44 90]] · Spracherkennung: Deutsch (87 %)

hallo guten tag hier spricht [[P:Lena Schönen]] ich hatte vor zwei wochen mit herrn [[P:Jansen]] telefoniert
wegen dem gründungsstipendium ich ruf von meinem belgischen handy an weil ich gerade noch in
[[LOC:Eupen]] wohne bei meinen eltern aber ab april bin ich in [[LOC:aachen]] gemeldet in der
[[STR:Roermonder Straße hundertvierzehn]] das ist in [[LOC:Laurensberg]] glaube ich also [[LOC:fünf zwei null sieben zwei aachen]]
ähm es geht um meine bewerbung ich hab die unterlagen per mail geschickt aber keine bestätigung
bekommen meine mail adresse ist [[MAIL:lena punkt schoenen ät gmx punkt net]] also [[P:schönen]] mit o e
und ich bin die mit dem unverpackt laden für die pontstraße
mein geburtsdatum falls sie das brauchen um mich zu finden ist [[DOB:der elfte elfte neunzehnhundertsechsundneunzig]]
also karnevalsbeginn haha
meine deutsche nummer hab ich noch nicht aber sie können mich unter der belgischen erreichen
[[TEL:null null drei zwei vier sieben zwei eins acht vier vier neun null]]
oder meine mutter [[P:Marie-Claire Schönen]] die hat [[TEL:null drei zwei acht sieben fünf fünf eins drei sechs]]
die weiß auch bescheid ja vielen dank und ein schönes wochenende tschüss
[Ende der Nachricht]

Weitergeleitet an: [[P:Frank Jansen]] ([[MAIL:frank.jansen@mail.aachen.de]]) am 29.03.2027 08:05
Hinweis System: Rufnummer nicht im Adressbuch. Ticket [[AZ:WF-GS-2027-0162]] angelegt.
Notiz [[P:F. Jansen]]: Bewerbung liegt vor (Eingang 12.03.), Bestätigung ging an falsche Adresse
([[P:schonen]] statt [[P:schoenen]]), neu versendet. Jurysitzung 08.04.2027, Raum 312, Katschhof.
""",
    [
        "0241 432-7601",
        "Spracherkennung: Deutsch (87 %)",
        "pontstraße",
        "Raum 312, Katschhof",
    ],
)

pii(
    "voice_transcript",
    """
Gesprächsmitschnitt (mit Einwilligung aufgezeichnet, automatisch transkribiert)
Stadt Münster · Bauordnungsamt · Bürgertelefon · 18.08.2027 14:22 · Anrufer-ID unterdrückt

SPRECHER 1 (Bürgertelefon): bauordnungsamt münster [[P:Holtmann]] guten tag
SPRECHER 2: tag mein name ist [[P:Gerlinde Austermann]] ich wohne in [[LOC:gievenbeck]] [[STR:am schlautbach hausnummer siebzehn a]] und ich ruf an weil mein nachbar eine riesige mauer baut
SPRECHER 1: an welcher adresse wird denn gebaut
SPRECHER 2: [[STR:am schlautbach neunzehn]] der nachbar heißt [[P:ruhmöller]] [[P:R wie Richard U wie Ulrich H wie Heinrich M wie Martha Ö wie Ökonom L wie Ludwig L wie Ludwig E wie Emil R wie Richard]]
SPRECHER 1: und seit wann wird da gebaut
SPRECHER 2: seit montag die mauer ist schon fast zwei meter hoch und direkt auf der grenze meine tomaten kriegen kein licht mehr
SPRECHER 1: ich schaue nach ob da was genehmigt ist einen moment bitte
SPRECHER 1: für die hausnummer neunzehn habe ich einen vorgang [[AZ:dreiundsechzig punkt einundzwanzig null vier vier zwei schrägstrich siebenundzwanzig]] das ist aber nur eine terrassenüberdachung keine mauer
SPRECHER 2: dann ist das schwarz gebaut das hab ich mir gedacht der hat auch schon den carport ohne
SPRECHER 1: wir schicken jemanden vom außendienst vorbei können sie mir eine rückrufnummer nennen
SPRECHER 2: ja [[TEL:null zwei fünf eins acht sieben drei sechs null vier]] das ist festnetz
SPRECHER 2: und mein sohn [[P:Dennis]] der ist tagsüber erreichbar [[TEL:null eins sieben null neun acht zwei drei vier eins null fünf]]
SPRECHER 1: gut frau [[P:austermann]] ich habe alles notiert der kollege herr [[P:Brüggemann]] meldet sich
SPRECHER 2: danke aber bitte nicht sagen dass ich das war wir müssen ja noch nebeneinander wohnen
SPRECHER 1: ihr name wird nicht weitergegeben auf wiederhören
[Ende · 02:51]

Vermerk: Beschwerde anonymisiert an Außendienst ([[P:Brüggemann]], [[TEL:0251 492-6174]]); Ortstermin 20.08.
""",
    [
        "bauordnungsamt münster",
        "Bürgertelefon",
        "terrassenüberdachung",
        "Anrufer-ID unterdrückt",
    ],
)

pii(
    "voice_transcript",
    """
Stadt Bielefeld · Stadtkasse · Anrufbeantworter Vollstreckung (0521 51-2777)
Automatische Transkription · Nachricht 3 von 11 · Mo 13.09.2027 07:58 · von [[TEL:05206 9 17 03 28]]

ja schönen guten morgen [[P:Hubert Meierkord]] hier aus [[LOC:Jöllenbeck]] ich hab da einen brief von ihnen
gekriegt so eine vollstreckungsankündigung wegen grundsteuer und das kann nicht sein ich hab das
immer überwiesen das kassenzeichen ist [[AZ:sechs null zwei null punkt vier eins eins punkt null acht drei sieben punkt zwei]]
ich les das extra langsam vor damit sie das finden
das haus ist [[STR:vilsendorfer straße zweihundertachtunddreißig]] das hab ich zusammen mit meiner frau
[[P:Elfriede]] aber die ist letztes jahr im märz verstorben und seitdem macht mein schwiegersohn
[[P:Thorsten Wienke]] das mit der bank vielleicht ist da was falsch gelaufen mit dem dauerauftrag
ich bin jahrgang [[DOB:neunzehnhundertsiebenunddreißig]] ich kann das mit dem online nicht
mein geburtstag ist am [[DOB:zwölften august]] falls sie das zur sicherheit brauchen
rufen sie mich bitte zurück aber nicht mittags da schlaf ich
die nummer ist [[TEL:null fünf zwei null sechs neun eins sieben null drei zwei acht]]
oder den [[P:Thorsten]] der hat [[TEL:null eins sechs null zwei drei drei vier eins neun acht sieben]]
der kann auch am telefon für mich sprechen ich hab ihm eine vollmacht gegeben
danke schön wiederhören
[Ende der Nachricht · 01:36]

Bearbeitung: Kassenzeichen geprüft – Zahlung vom 02.09. lag auf falschem Kassenzeichen (Konto
[[P:Wienke]]). Umbuchung veranlasst, Vollstreckung gestoppt. Rückruf bei Herrn [[P:Meierkord]] am 13.09.
10:20 durch [[P:Yvonne Strathmann]] ([[TEL:0521 51-2783]]). Vollmacht für Herrn [[P:Wienke]] angefordert.
""",
    [
        "0521 51-2777",
        "Nachricht 3 von 11",
        "vollstreckungsankündigung",
        "Umbuchung veranlasst",
    ],
)

pii(
    "voice_transcript",
    """
Landeshauptstadt Düsseldorf · Ordnungsamt · Leitstelle OSD · Telefonmitschnitt (Transkript, KI-gestützt)
Einsatz-Nr. [[AZ:27-OSD-044917]] · 21.06.2027 06:12:40 · Anrufer: [[TEL:0211 / 43 68 19 05]]

Leitstelle: ordnungsamt düsseldorf leitstelle [[P:Kaminski]] guten morgen
Anruferin: ja guten morgen ich steh hier vor meiner garage und komm nicht raus da parkt einer genau vor der einfahrt und ich muss um halb sieben im dienst sein
Leitstelle: wo sind sie genau
Anruferin: [[STR:kruppstraße einhundertdrei]] in [[LOC:oberbilk]] hinterhof die einfahrt neben dem kiosk
Leitstelle: und ihr name bitte
Anruferin: [[P:Nowak]] [[P:Agnieszka]] [[P:N wie Nordpol O wie Otto W wie Wilhelm A wie Anton K wie Kaufmann]]
Leitstelle: frau [[P:nowak]] können sie mir das kennzeichen von dem fahrzeug durchgeben
Anruferin: [[KFZ:D wie Dora bindestrich M wie Martha K wie Kaufmann vier vier sieben eins]] ein schwarzer bmw kombi
Leitstelle: also [[KFZ:D M K vier vier sieben eins]]
Anruferin: genau und der steht da schon seit gestern abend ich glaub der gehört zu dem neuen mieter aus dem vorderhaus herr [[P:Celik]] oder so
Leitstelle: ist die garage ihre eigene
Anruferin: gemietet von der vermieterin frau dr [[P:Hellwig]] die wohnt in [[LOC:meerbusch]]
Leitstelle: gut wir schicken eine streife und einen abschleppdienst kann dauern ungefähr zwanzig minuten
Anruferin: können sie mich anrufen wenn die da sind mein handy ist [[TEL:null eins fünf zwei null neun eins eins vier sieben drei acht]]
Leitstelle: ist notiert frau [[P:nowak]] bis gleich

Einsatzbericht (Streife 12, 06:41): Fahrzeug [[KFZ:D-MK 4471]] abgeschleppt, Halter [[P:Celik, Burak]],
[[STR:Kruppstraße 103]], [[LOC:40227 Düsseldorf]]; Verwarnungsgeld nach Nr. 52.1 BKat; Kosten nach
Gebührentarif OBG. Anruferin [[P:Agnieszka Nowak]] um 06:44 informiert.
""",
    [
        "Leitstelle OSD",
        "Nr. 52.1 BKat",
        "Streife 12",
        "Gebührentarif OBG",
    ],
)

V["v6_rv_words"] = spoken(rv_number("12", "240142", "K", "00"))

pii(
    "voice_transcript",
    """
Stadt Paderborn · Amt für Soziales und Senioren / Wohngeld · Sprachbox 05251 88-11500
Transkription (beta) · 04.11.2027 16:31 · Dauer 02:05 · Nummer übermittelt: [[TEL:05252 93 04 71]]

ja hallo hier ist [[P:Zbigniew Kaczmarczyk]] ich buchstabiere das lieber das schreibt keiner richtig
[[P:K wie Konrad A wie Anton C wie Cäsar Z wie Zacharias M wie Martha A wie Anton R wie Richard C wie Cäsar Z wie Zacharias Y wie Ypsilon K wie Konrad]]
vorname [[P:Zbigniew]] das ist polnisch wie [[P:Siegfried]] auf deutsch sagen alle [[P:Sigi]] zu mir
ich hab wohngeld beantragt im september für mich und meine frau [[P:Halina]] und ich hab noch keine
antwort das aktenzeichen weiß ich nicht mehr der brief ist weg
ich bin geboren am [[DOB:vierundzwanzigsten januar neunzehnhundertzweiundvierzig]] in [[LOC:kattowitz]]
meine frau am [[DOB:dritten juli neunzehnhundertsechsundvierzig]] damit sie uns finden
wir wohnen in [[LOC:schloß neuhaus]] [[STR:im vogtland dreiundzwanzig erdgeschoss]] schon seit dreißig jahren
die miete ist jetzt erhöht worden auf sechshundertvierzig euro kalt deshalb der antrag
meine rentenversicherungsnummer hab ich hier die ist [[RV:«v6_rv_words»]]
ob sie die brauchen weiß ich nicht
unsere tochter [[P:Ewa]] in [[LOC:bad lippspringe]] kann auch helfen die hat die nummer
[[TEL:null eins sieben sechs drei eins zwei acht acht null vier sechs]] sie ist krankenschwester und hat spätdienst
also bitte rufen sie an oder schreiben sie mir ich hab kein email
danke schön auf wiederhören
[Ende]

Zuordnung Sachbearbeitung: Antrag gefunden unter [[AZ:50.3-WG-2027-02871]] (Eingang 19.09.2027),
Berechnung nach § 19 WoGG läuft; fehlt: Mietbescheinigung. Rückruf [[P:Kerkhoff]], [[TEL:05251 88-11523]].
Rentenversicherungsnummer bitte nicht notieren (nicht erforderlich, Datenminimierung).
""",
    [
        "05251 88-11500",
        "§ 19 WoGG",
        "sechshundertvierzig euro kalt",
        "Datenminimierung",
    ],
)

# =============================================================================================
# converted_mail (pii): HTML/Markdown mails, messenger exports, Outlook and Teams forwards
# =============================================================================================

V["cm1_eat"] = id_card("RN3Z8V1KX", with_check=True)

pii(
    "converted_mail",
    """
Von: [[P:Eleni Charalambous]] <[[MAIL:eleni@kochwerk-kalk.org]]>
An: KölnBusiness Startup Unit <startup@koelnbusiness.de>
Betreff: Bewerbung Sozialunternehmen „Kochwerk Kalk“ – Unterlagen

**Hallo liebes Team der Startup Unit,**

wie im Infoabend besprochen hier unsere Unterlagen für das *Impact-Programm 2027*:

* **Vorhaben:** Kochwerk Kalk gGmbH i. G. – Kantine & Ausbildungsküche für geflüchtete Frauen
* **Standort:** Halle 11 auf dem [Hallen Kalk](https://www.stadt-koeln.de/hallen-kalk) Gelände
* **Unterlagen:** [Businessplan.pdf](https://cloud.kochwerk-kalk.org/s/B7xQ2) · [Finanzplan.xlsx](https://cloud.kochwerk-kalk.org/s/Lm91)

### Team
1. **[[P:Eleni Charalambous]]** (Geschäftsführung), geb. [[DOB:1987-04-15]] in [[LOC:Limassol]], wohnt in [[LOC:Kalk]]
   [[STR:Kalker Hauptstraße 201]], [[LOC:51103 Köln]] – Tel. [[TEL:+49 1525 774 30 18]]
2. **[[P:Faridah Nasiri]]** (Küchenleitung), Jg. [[DOB:1979]], aus [[LOC:Herat]], wohnt in [[LOC:Vingst]]
3. **[[P:Thomas „Tommi“ Bauerfeind]]** (Finanzen, ehrenamtlich) – [[MAIL:tommi.bauerfeind@posteo.de]]

> _Hinweis:_ [[P:Faridah]] hat noch keinen deutschen Pass; ihr **Aufenthaltstitel** ([[ID:«cm1_eat»]])
> erlaubt die Beschäftigung. Bitte gebt ihre Daten **nicht** an die Jury weiter, nur die Funktion.

### Fragen
- Können wir als *gGmbH in Gründung* schon teilnehmen?
- Braucht die Jury den Gesellschaftsvertrag oder reicht der Entwurf vom Notar (Dr. [[P:Reuschenbach]])?
- Gibt es eine Förderung für die **Küchentechnik** (ca. 48.000 EUR)?

Liebe Grüße & danke! 🙌
[[P:Eleni]]

---
*Gesendet mit [Proton Mail](https://proton.me) · Diese Nachricht wurde aus HTML konvertiert.*
[cid:logo_kochwerk_2027.png]
""",
    [
        "startup@koelnbusiness.de",
        "Impact-Programm 2027",
        "[Hallen Kalk](https://www.stadt-koeln.de/hallen-kalk)",
        "48.000 EUR",
        "Kochwerk Kalk gGmbH i. G.",
    ],
    allow=("Kalk",),
)

pii(
    "converted_mail",
    """
Von: Wirtschaftsförderung Düsseldorf – Team Einzelhandel & Gastronomie
Gesendet: Mittwoch, 7. Juli 2027 11:03
An: Amt für Verkehrsmanagement – Sondernutzungen
Betreff: WG: Außengastronomie Kiefernstraße – bitte um Prüfung

Liebe Kolleginnen und Kollegen,

anbei eine Anfrage aus unserem Postfach mit der Bitte um Prüfung in eigener Zuständigkeit.
Der Gastronom hat bereits eine Gaststättenerlaubnis.

Beste Grüße
[[P:Jana Obradović]]
Landeshauptstadt Düsseldorf | Amt für Wirtschaftsförderung
Telefon [[TEL:0211 89-95521]] | [[MAIL:jana.obradovic@duesseldorf.de]]<mailto:[[MAIL:jana.obradovic@duesseldorf.de]]>
[cid:image001.png@01DAC3F2.5E8A1B70]

________________________________
Von: [[P:Hüseyin Arslan]] <[[MAIL:h.arslan@lokanta-flingern.de]]<mailto:[[MAIL:h.arslan@lokanta-flingern.de]]>>
Gesendet: Dienstag, 6. Juli 2027 22:17
An: wirtschaftsfoerderung@duesseldorf.de<mailto:wirtschaftsfoerderung@duesseldorf.de>
Betreff: Außengastronomie Kiefernstraße

Sehr geehrte Damen und Herren,

ich betreibe seit März das Restaurant „Lokanta [[P:Arslan]]“ (Einzelunternehmen) in der
[[STR:Kiefernstraße 22]], [[LOC:40233 Düsseldorf]] und möchte 5 Tische auf dem Gehweg aufstellen.
Auf Ihrer Seite<https://www.duesseldorf.de/wirtschaft/gastronomie> steht, dass ich dafür eine
Sondernutzungserlaubnis brauche. Meine Fragen:

  *   Wie hoch ist die Gebühr nach der Sondernutzungssatzung (Zone II)?
  *   Muss der Gehweg 1,50 m frei bleiben?
  *   Darf mein Bruder [[P:Cem Arslan]] ([[MAIL:cem.arslan88@gmail.com]]<mailto:[[MAIL:cem.arslan88@gmail.com]]>)
      den Antrag für mich stellen? Ich bin viel in der Küche.

Meine Steuernummer (Finanzamt Düsseldorf-Altstadt): [[TAX:133/5072/4189]]
Privat wohne ich in [[LOC:Gerresheim]], [[STR:Benderstraße 131]], [[LOC:40625 Düsseldorf]].
Handy: [[TEL:0176 – 2 38 91 46 05]]<tel:[[TEL:+4917623891460]]>

Mit freundlichen Grüßen
[[P:Hüseyin Arslan]]
Lokanta [[P:Arslan]] · [[STR:Kiefernstraße 22]] · [[LOC:40233 Düsseldorf]]
<https://www.instagram.com/lokanta.flingern>

[cid:image002.jpg@01DAC3F2.5E8A1B70]
Diese E-Mail wurde von Avast Antivirus-Software auf Viren geprüft.
""",
    [
        "wirtschaftsfoerderung@duesseldorf.de",
        "Amt für Verkehrsmanagement – Sondernutzungen",
        "Finanzamt Düsseldorf-Altstadt",
        "<https://www.duesseldorf.de/wirtschaft/gastronomie>",
        "[cid:image001.png@01DAC3F2.5E8A1B70]",
    ],
)

V["cm3_iban"] = iban("DE", "33050000" + "0000813377")
V["cm3_id"] = id_card("T22J4KM08", with_check=True)

pii(
    "converted_mail",
    """
SMS-/Messenger-Verlauf, exportiert vom Diensthandy Marktwesen (Stadt Wuppertal, Gerät MW-03)
Kontakt: „[[P:Rosi]] Gemüse Vohwinkel“ [[TEL:+49 171 4 48 20 63]] · Export 26.08.2027 · für Akte [[AZ:MW-ST-2027-019]]

Mo 23.08. 05:41  [[P:Rosi]] Gemüse Vohwinkel: Moin 🌞 bin krank 🤒 steh heut nich aufm Markt, mein Neffe [[P:Kevin]] macht dn Stand, ok??
Mo 23.08. 05:58  Marktmeister: Morgen Frau [[P:Sauerland]], ok. Hat Ihr Neffe die Hygieneschulung? Bitte Nachweis mitbringen.
Mo 23.08. 06:03  [[P:Rosi]] Gemüse Vohwinkel: jaa hat er 👍 [[P:Kevin Sauerland-Petri]], [[DOB:12.3.01]] geb, falls ihr das braucht
Mo 23.08. 06:04  [[P:Rosi]] Gemüse Vohwinkel: er kommt mit meinem sprinter [[KFZ:W-RS 747]] 🚐
Mo 23.08. 06:40  Marktmeister: Danke. Platz 14 wie immer, Standgeld 38,40 € nach Marktgebührensatzung.
Di 24.08. 19:12  [[P:Rosi]] Gemüse Vohwinkel: Hab die Rechnung vom Juli nich bezahlt sry 🙈 kann ich überweisen? Meine Bank is jetzt [[IBAN:«cm3_iban»]]
Di 24.08. 19:30  Marktmeister: Bitte immer mit Kassenzeichen [[AZ:3.6110.224081.3]] überweisen, sonst kommt es nicht an.
Di 24.08. 19:31  [[P:Rosi]] Gemüse Vohwinkel: 👌👌 thx
Mi 25.08. 07:15  [[P:Rosi]] Gemüse Vohwinkel: bin wieder fit 💪 kann ich ab Sept den Eckplatz 15 haben? Der [[P:Theo]] vom Käsestand ([[P:Theo Wilms]]) hört doch auf oder?
Mi 25.08. 07:52  Marktmeister: Das entscheidet die Platzvergabe nach § 5 der Marktsatzung. Schriftl. Antrag an marktwesen@stadt.wuppertal.de.
Mi 25.08. 07:54  [[P:Rosi]] Gemüse Vohwinkel: mach ich heut abend 😘 LG [[P:Rosemarie Sauerland]], [[STR:Gräfrather Str. 61]], [[LOC:42329 W'tal]]
Mi 25.08. 21:48  [[P:Rosi]] Gemüse Vohwinkel: <Anhang: Antrag_Eckplatz.pdf> + kopie perso 🙈 ([[ID:«cm3_id»]])
Do 26.08. 06:10  Marktmeister: Eingegangen, danke. Perso-Kopie bitte nicht per Messenger, ist gelöscht.

Vermerk [[P:U. Kemper]] (Marktmeister, [[TEL:0202 563-4718]]): Ausweisnummer aus Export NICHT in Akte übernehmen.
""",
    [
        "Gerät MW-03",
        "38,40 €",
        "§ 5 der Marktsatzung",
        "marktwesen@stadt.wuppertal.de",
        "Platz 14",
    ],
)

pii(
    "converted_mail",
    """
Von: Microsoft Teams <noreply@email.teams.microsoft.com>
Gesendet: Donnerstag, 9. September 2027 16:40
An: [[P:Roters, Philipp]] <[[MAIL:philipp.roters@stadt-muenster.de]]>
Betreff: [[P:Barbara Hülsmann]] hat Ihnen Nachrichten in „Gewerbe / WiFö Abstimmung“ gesendet

Weitergeleitet an das Funktionspostfach gewerbe@stadt-muenster.de zur Aktenablage ([[AZ:32.3-GU-2027-014]])

[[P:Barbara Hülsmann]]  10:14
@[[P:Philipp Roters]] kurze Frage: kennst du den Betrieb „Kebab & Pizza Haus [[P:Yıldız]]“ am
Bremer Platz? Inhaber [[P:Serdar Yıldız]], geb. [[DOB:07.01.1981]], wohnt [[STR:Hammer Str. 148]],
[[LOC:48153 Münster]]. Das FA meldet Steuerrückstände > 40.000 €, wir prüfen Gewerbeuntersagung
nach § 35 GewO.

[[P:Philipp Roters]]  10:31
Ja, der war bei uns in der Beratung wegen Mikrokredit. Hat inzwischen einen Steuerberater
(StB [[P:Winfried Lohmann]], [[LOC:Greven]]). Laut ihm läuft ein Stundungsantrag. 👍

[[P:Barbara Hülsmann]]  10:33
Danke! Hast du eine Handynummer? Festnetz [[TEL:0251 / 6 09 44 71]] ist abgemeldet.

[[P:Philipp Roters]]  10:35
[[TEL:0162 7741093]] – aber er spricht lieber mit seiner Tochter [[P:Derya]] ([[MAIL:derya.yildiz@gmx.de]]),
die macht die Buchhaltung. Außerdem ist er am 1.8. nach [[LOC:Hiltrup]] gezogen glaub ich,
[[STR:Marktallee 71]]? Bitte im Melderegister prüfen.

[[P:Barbara Hülsmann]]  10:36
Stimmt, Melderegister sagt [[STR:Marktallee 71]], [[LOC:48165 Münster]]. Ich schreib ihn dort an.
Anhörung geht raus mit Frist 4 Wochen.

[[P:Philipp Roters]]  10:38
Ok. Bitte vorher kurz die IHK Nord Westfalen einbinden, die kennen ihn auch.

Nachricht in Teams beantworten: https://teams.microsoft.com/l/message/19:meeting_ZmY3…
Sie erhalten diese E-Mail, weil Benachrichtigungen für verpasste Aktivitäten aktiviert sind.
""",
    [
        "noreply@email.teams.microsoft.com",
        "gewerbe@stadt-muenster.de",
        "§ 35 GewO",
        "IHK Nord Westfalen",
        "40.000 €",
    ],
)

V["cm5_iban"] = iban("DE", "48050161" + "0041907736")

pii(
    "converted_mail",
    """
Von: [[P:Vennemann, Carsten]] <[[MAIL:carsten.vennemann@bielefeld.de]]>
Gesendet: Montag, 4. Oktober 2027 09:12
An: Innenstadtmanagement <innenstadt@bielefeld.de>
Cc: [[P:Özdemir, Aylin]] <[[MAIL:aylin.oezdemir@bielefeld.de]]>
Betreff: WG: AW: Leerstand Obernstraße – Angebot für das Sofortprogramm Innenstadt

Zur Kenntnis und Aufnahme in die Leerstandsliste. Vertragsentwurf nach Muster B bitte an den
Eigentümer; die Kontoangaben bitte nur in SAP erfassen, nicht in die Liste.
Gruß C. V.

-----Original Message-----
From: [[P:Gerhard Tiemann-Koch]] <[[MAIL:g.tiemann-koch@t-online.de]]>
Sent: Friday, October 1, 2027 6:48 PM
To: [[P:Vennemann, Carsten]] <[[MAIL:carsten.vennemann@bielefeld.de]]>
Subject: AW: Leerstand Obernstraße – Angebot für das Sofortprogramm Innenstadt

Sehr geehrter Herr [[P:Vennemann]],

wie gewünscht die Angaben zum Ladenlokal [[STR:Obernstraße 38]] (EG, 94 m², seit Januar leer):

Eigentümer: Erbengemeinschaft [[P:Tiemann-Koch]], vertreten durch mich
  [[P:Gerhard Tiemann-Koch]], [[STR:Lipper Hellweg 19]], [[LOC:33604 Bielefeld]], [[TEL:0521 / 2 08 73 16]]
  und meine Schwester [[P:Ursula Brakemeier]] geb. [[P:Tiemann-Koch]], [[LOC:Bad Salzuflen]]
Miete bisher: 2.350 EUR kalt; im Sofortprogramm zu 70 % der Altmiete einverstanden.
Konto für die Mietzahlungen: [[IBAN:«cm5_iban»]] (Sparkasse Bielefeld), Kontoinhaber
[[P:Gerhard Tiemann-Koch]].

Besichtigungen gerne über unseren Hausmeister Herrn [[P:Lütkemeyer]], [[TEL:0171 – 3 80 29 44]].

Mit freundlichen Grüßen
[[P:Gerhard Tiemann-Koch]]

> Am 28.09.2027 um 14:03 schrieb [[P:Vennemann, Carsten]]:
> Sehr geehrter Herr [[P:Tiemann-Koch]], vielen Dank für Ihr Interesse am Sofortprogramm.
> Für die Prüfung benötigen wir Fläche, bisherige Miete und Ihre Bereitschaft zur Mietsenkung.
> Mit freundlichen Grüßen, [[P:Carsten Vennemann]], Innenstadtmanagement, Tel. [[TEL:0521 51-6632]]
""",
    [
        "innenstadt@bielefeld.de",
        "Sofortprogramm Innenstadt",
        "Leerstandsliste",
        "2.350 EUR kalt",
        "Muster B",
    ],
)

pii(
    "converted_mail",
    """
[Kontaktformular] Neue Nachricht über www.aachen.de/wirtschaft – Formular „Gewerbeflächen“
Diese Nachricht wurde automatisch aus dem HTML-Formular erzeugt. Bitte nicht antworten.

Formular-ID: kf-gewerbeflaechen-v3
Übermittelt: 2027-10-19 21:37:12 (MESZ)
Absender-IP: [[IP:178.201.63.144]]
User-Agent: Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X)

Anrede: Herr
Vorname: [[P:Kofi]]
Nachname: [[P:Mensah-Bartels]]
Firma: [[P:Mensah]] Kaffeerösterei (Einzelunternehmen, noch nicht eingetragen)
Straße / Nr.: [[STR:Adalbertsteinweg 188]]
PLZ / Ort: [[LOC:52066 Aachen]]
Telefon: [[TEL:0241-40 18 77 36]]
E-Mail: [[MAIL:kofi@mensah-roastery.de]]
Geburtsdatum (optional): [[DOB:19/02/1991]]
Flächenart: [x] Halle  [ ] Büro  [x] Ladenlokal  [ ] Grundstück
Größe (m²): 120–180
Gewünschte Lage: Gewerbegebiet Eilendorf-Süd oder Nähe Europaplatz
Nachricht:
Guten Abend, ich röste seit 2024 Kaffee in einer Garage bei meinen Schwiegereltern in
[[LOC:Würselen]] (Familie [[P:Bartels]]) und brauche jetzt eine eigene Halle mit Starkstrom und
Abluft. Meine Frau [[P:Miriam Mensah-Bartels]] führt die Buchhaltung. Ich komme ursprünglich aus
[[LOC:Kumasi]], Ghana. Gibt es Hilfe bei der Finanzierung (NRW.BANK)? Besichtigungen nur
samstags möglich, da ich noch Vollzeit bei der Aachener Verkehrsverbund GmbH arbeite.
Datenschutzhinweis gelesen: ja
Newsletter: nein

—
Weitergeleitet an: Fachbereich Wirtschaft, Team Flächenmanagement (flaechen@mail.aachen.de)
Zuständig: [[P:Sven Offermann]], [[TEL:0241 432-7615]]
Vorgangsnummer: [[AZ:AC-FM-2027-0311]]
""",
    [
        "kf-gewerbeflaechen-v3",
        "flaechen@mail.aachen.de",
        "Aachener Verkehrsverbund GmbH",
        "Team Flächenmanagement",
        "NRW.BANK",
    ],
)

# =============================================================================================
# legal_letter (pii): lawyers, a tax adviser, a power of attorney
# =============================================================================================

pii(
    "legal_letter",
    """
KANZLEI AM RUDOLFPLATZ · Rechtsanwälte Pohlmann Ercan Partnerschaft mbB
Hohenzollernring 21 · 50672 Köln · Tel. 0221 168 40-0 · kanzlei@ra-rudolfplatz.de

Stadt Köln
Ordnungsamt – Gewerbeangelegenheiten
Ottmar-Pohl-Platz 1
51103 Köln

Vorab per beA / Fax 0221 221-26488                                  Köln, 11.11.2027
Unser Zeichen: [[AZ:418/27 ER/ks]]
Ihr Zeichen: [[AZ:32/GU-2027-0093]]

In der Verwaltungssache
unseres Mandanten [[P:Dariusz Zawadzki]], geb. [[DOB:14.02.1976]],
[[STR:Rösrather Straße 540]], [[LOC:51107 Köln]] ([[LOC:Rath/Heumar]]),
Inhaber des Autohandels „[[P:Zawadzki]] Automobile“,
gegen
die Stadt Köln
wegen: Gewerbeuntersagung nach § 35 Abs. 1 GewO

zeigen wir an, dass wir Herrn [[P:Zawadzki]] vertreten; Vollmacht anbei. Gegen die
Ordnungsverfügung vom 28.10.2027 haben wir Klage beim Verwaltungsgericht Köln erhoben
(Az. [[AZ:1 K 6620/27]]). Namens und im Auftrag unseres Mandanten beantragen wir bei Ihnen,

                   die Vollziehung nach § 80 Abs. 4 VwGO auszusetzen.

Begründung: Die Verfügung stützt sich auf Steuerrückstände beim Finanzamt Köln-Porz
(Steuernummer unseres Mandanten [[TAX:216/5113/0470]]). Diese sind seit dem 05.11.2027 durch
eine Ratenvereinbarung gesichert. Ferner hat die Behörde übersehen, dass die roten
Kennzeichen [[KFZ:K-06418]] und [[KFZ:K-06419]] bereits freiwillig zurückgegeben wurden und der
Betrieb derzeit ausschließlich von der Ehefrau, Frau [[P:Beata Zawadzka]], als Angestellte
abgewickelt wird. Eine Untersagung würde die Existenz der vierköpfigen Familie vernichten; die
Kinder [[P:Kacper]] (Jg. [[DOB:2009]]) und [[P:Julia]] (Jg. [[DOB:2013]]) besuchen Schulen in [[LOC:Porz]].

Wir regen ein Gespräch an. Unser Mandant ist unter [[TEL:0172 / 6 44 81 09]] erreichbar; wir
bitten jedoch, Kontakt ausschließlich über uns aufzunehmen.

Mit freundlichen Grüßen
[[P:Eda Ercan]]
Rechtsanwältin · Fachanwältin für Verwaltungsrecht · Durchwahl [[TEL:0221 168 40-13]]
""",
    [
        "Rechtsanwälte Pohlmann Ercan Partnerschaft mbB",
        "Hohenzollernring 21 · 50672 Köln",
        "0221 168 40-0",
        "§ 80 Abs. 4 VwGO",
        "Finanzamt Köln-Porz",
    ],
    allow=("Ercan", "Porz"),
)

V["l2_iban"] = iban("DE", "40050150" + "0095102288")

pii(
    "legal_letter",
    """
[[P:Annette Brüning-Hölscher]] · Steuerberaterin
[[STR:Warendorfer Straße 126]] · [[LOC:48145 Münster]] · Tel. [[TEL:0251 / 39 77 45-0]] · [[MAIL:kanzlei@bruening-hoelscher-stb.de]]

Stadt Münster
Amt für Finanzen und Beteiligungen – Steueramt, Gewerbesteuer
Klemensstraße 10
48143 Münster

Münster, 22. November 2027
Mandant: [[P:Norbert Kemper]], Inhaber der Firma Sanitär [[P:Kemper]] e.K.
Amtsgericht Münster [[HR:HRA 7734]] · Steuernummer [[TAX:336/5040/7721]]
Kassenzeichen Gewerbesteuer: [[AZ:2.6030.001184.9]]

Antrag auf Stundung und Herabsetzung der Gewerbesteuer-Vorauszahlungen 2027/2028

Sehr geehrte Damen und Herren,

unter Vorlage einer auf uns lautenden Vollmacht beantragen wir für unseren Mandanten
1. die Stundung der am 15.11.2027 fälligen Vorauszahlung (3.870,00 EUR) bis zum 31.03.2028
   nach § 222 AO,
2. die Herabsetzung der Vorauszahlungen ab 2028 auf 0,00 EUR (§ 19 Abs. 3 GewStG).

Herr [[P:Kemper]] (geb. [[DOB:30.08.1962]]) hat den Betrieb nach einem Schlaganfall im Juli
stark reduziert; die Werkstatt in [[STR:Gremmendorfer Weg 41]], [[LOC:48167 Münster]] ist seit
September geschlossen, der Geselle [[P:Maik Surmann]] wurde von der Haustechnik Wolbeck GmbH
übernommen. Die betriebswirtschaftliche Auswertung bis Oktober weist einen Verlust von
12.410 EUR aus; ärztliches Attest von Dr. [[P:Hülskamp]] ([[LOC:Wolbeck]]) liegt bei.

Erstattungen bitten wir auf das Konto des Mandanten zu leisten:
IBAN [[IBAN:«l2_iban»]], Sparkasse Münsterland Ost, Kontoinhaber [[P:Norbert Kemper]].
Rückfragen beantwortet in unserer Kanzlei Frau [[P:Wiebke Osterhues]] (Durchwahl [[TEL:0251 / 39 77 45-22]]).

Mit freundlichen Grüßen
[[P:A. Brüning-Hölscher]]
Steuerberaterin

Anlagen: Vollmacht, BWA 01–10/2027, Attest
""",
    [
        "Klemensstraße 10",
        "§ 222 AO",
        "§ 19 Abs. 3 GewStG",
        "Haustechnik Wolbeck GmbH",
        "3.870,00 EUR",
    ],
    allow=("Wolbeck",),
)

V["l3_id1"] = id_card("LZ6F9G2RT", with_check=True)
V["l3_id2"] = id_card("C7XN4P1W0")
V["l3_tax"] = steuer_id("2937518467")

pii(
    "legal_letter",
    """
VOLLMACHT
(für Behördenangelegenheiten gegenüber der Landeshauptstadt Düsseldorf)

Ich, die Vollmachtgeberin
Name, Vorname:        [[P:Petrescu, Ioana-Maria]]
geboren am / in:      [[DOB:05.05.1958]] in [[LOC:Timișoara]] (Rumänien)
Anschrift:            [[STR:Ackerstraße 156, 1. OG rechts]], [[LOC:40233 Düsseldorf]]
Personalausweis-Nr.:  [[ID:«l3_id1»]]
Steuer-ID:            [[TAX:«l3_tax»]]

bevollmächtige hiermit
Name, Vorname:        [[P:Petrescu-Wagner, Andrei]] (Sohn)
geboren am:           [[DOB:19.09.1984]]
Anschrift:            [[STR:Hüttenstraße 88]], [[LOC:40215 Düsseldorf]]
Telefon / E-Mail:     [[TEL:0211 / 38 71 92 40]] · [[MAIL:andrei.petrescu-wagner@gmail.com]]
Personalausweis-Nr.:  [[ID:«l3_id2»]]

mich in allen Angelegenheiten meines Einzelunternehmens „Schneiderei [[P:Ioana]]“ ([[STR:Birkenstraße 14]],
[[LOC:40233 Düsseldorf]]) gegenüber der Landeshauptstadt Düsseldorf zu vertreten, insbesondere
- Gewerbeabmeldung (GewA 3) und Rückgabe der Sondernutzungserlaubnis für die Werbetafel,
- Schriftverkehr mit dem Steueramt (Gewerbesteuer, Kassenzeichen [[AZ:20.1-GS-0718842]]),
- Akteneinsicht und Empfang von Bescheiden.

Die Vollmacht gilt über meinen Tod hinaus und ist jederzeit widerruflich. Eine Untervollmacht
darf der Bevollmächtigte an seine Ehefrau [[P:Laura Wagner]] erteilen.

Düsseldorf, 03.12.2027

[[P:Ioana-Maria Petrescu]]                         [[P:Andrei Petrescu-Wagner]]
(Vollmachtgeberin)                                 (Bevollmächtigter)

Die Unterschrift der Vollmachtgeberin wurde vor mir geleistet:
Bürgerbüro Flingern, Ackerstraße 144, 40233 Düsseldorf, am 03.12.2027
[[P:Schmidtke]], Verwaltungsfachangestellte, [[TEL:0211 89-96713]]  (Dienstsiegel)

Vermerk Gewerbeamt: Vollmacht geprüft, Kopie zu Akte [[AZ:32/20-GA-1998-4471]]. Frau [[P:Petrescu]]
ist wegen Umzugs ins Pflegeheim (Caritas-Altenzentrum St. Josef) nicht mehr selbst erreichbar.
""",
    [
        "Landeshauptstadt Düsseldorf",
        "Bürgerbüro Flingern, Ackerstraße 144, 40233 Düsseldorf",
        "(Dienstsiegel)",
        "Caritas-Altenzentrum St. Josef",
        "GewA 3",
    ],
    allow=("40233 Düsseldorf",),
)

pii(
    "legal_letter",
    """
Dr. Heinemann & Kolleginnen Rechtsanwälte PartG mbB · Fachanwälte für Verwaltungsrecht
Obernstraße 50 · 33602 Bielefeld · Telefon 0521 96 44 0-0 · post@heinemann-kolleginnen.de

Stadt Bielefeld · Bauamt · August-Bebel-Straße 92 · 33602 Bielefeld

Bielefeld, 14.12.2027
Az. der Stadt: [[AZ:600.32-0988/2027]]
Unser Az.: [[AZ:0451/27-HE]]

Baugenehmigung vom 18.11.2027 für eine Lagerhalle, Gemarkung Brake, Flur 3, Flurstück 418
(Bauherrin: Brake Logistik GmbH) – Vertretungsanzeige und Antrag auf Akteneinsicht

Sehr geehrte Damen und Herren,

in der Verwaltungssache unserer Mandanten
1. [[P:Waltraud Niedermeyer]], [[STR:Bohlenweg 12]], [[LOC:33729 Bielefeld]]
2. [[P:Jens Niedermeyer]] und [[P:Franziska Niedermeyer-Stoll]], [[STR:Bohlenweg 14]], [[LOC:33729 Bielefeld]]
3. [[P:Stanislav Horváth]], [[STR:Bohlenweg 10a]], [[LOC:33729 Bielefeld]]

zeigen wir die Vertretung an; die Vollmachten reichen wir nach. Gegen die o. g. Baugenehmigung
haben wir beim Verwaltungsgericht Minden Klage erhoben (Az. [[AZ:9 K 2214/27]]).

Unsere Mandanten wohnen seit Jahrzehnten in [[LOC:Brake]]; Frau [[P:Niedermeyer]] (Jg. [[DOB:1936]])
bewohnt das Haus ihrer Eltern. Die genehmigte Halle rückt bis auf 3,00 m an ihre Grundstücksgrenze
(Flurstück 417) heran und verstößt gegen das Gebot der Rücksichtnahme. Der nächtliche Lkw-Verkehr
(genehmigt bis 22:00 Uhr, faktisch rund um die Uhr) ist im Lärmgutachten nicht berücksichtigt.
Herr [[P:Horváth]], Schichtarbeiter, hat am 02.12. und 09.12.2027 Fahrzeuge der Bauherrin
([[KFZ:BI-BL 318]], [[KFZ:BI-BL 322]]) zwischen 2 und 4 Uhr dokumentiert.

Wir beantragen Akteneinsicht nach § 29 VwVfG NRW und bitten um Übersendung der Bauakte an
unsere Kanzlei. Einen Antrag nach § 80a VwGO behalten wir uns vor.

Mit freundlichen Grüßen
Dr. [[P:Clara Heinemann]]
Rechtsanwältin
""",
    [
        "Obernstraße 50 · 33602 Bielefeld",
        "post@heinemann-kolleginnen.de",
        "Brake Logistik GmbH",
        "Dr. Heinemann & Kolleginnen Rechtsanwälte PartG mbB",
        "§ 29 VwVfG NRW",
    ],
    allow=("Heinemann", "Brake"),
)

# =============================================================================================
# data_export (pii): JSON, CSV and XML exports of specialist procedures, portal logs
# =============================================================================================

pii(
    "data_export",
    """
Export aus dem Fachverfahren Gewerbe (Bundesstadt Bonn) – Datei gewan_export_20270630.json – nur für Prüfzwecke
{
  "export": {"verfahren": "GEWAN 5.2", "gemeindeschluessel": "05314000", "erstellt": "2027-06-30T08:15:22+02:00", "benutzer": "GA-BN-11"},
  "vorgaenge": [
    {
      "vorgangsnummer": "[[AZ:GA-BN-2027-004471]]",
      "art": "GewA1",
      "eingang": "2027-06-28",
      "betrieb": {"bezeichnung": "Schlüsseldienst [[P:Yilmaz]]", "rechtsform": "Einzelunternehmen", "taetigkeit": "Schlüssel- und Sicherheitsdienst"},
      "inhaber": {
        "nachname": "[[P:Yilmaz]]", "vorname": "[[P:Burak Can]]", "geburtsname": null,
        "geburtsdatum": "[[DOB:1990-11-02]]", "geburtsort": "[[LOC:Siegburg]]", "staatsangehoerigkeit": ["DE", "TR"],
        "anschrift": {"strasse": "[[STR:Kölnstraße]]", "hausnummer": "[[STR:233]]", "plz": "[[LOC:53117]]", "ort": "[[LOC:Bonn]]", "ortsteil": "[[LOC:Auerberg]]"},
        "telefon": "[[TEL:+49 228 18 47 62 0]]", "email": "[[MAIL:schluessel.yilmaz@web.de]]"
      },
      "betriebsstaette": {"strasse": "[[STR:Heerstraße]]", "hausnummer": "[[STR:98]]", "plz": "[[LOC:53111]]", "ort": "[[LOC:Bonn]]"},
      "mitteilungen": ["IHK Bonn/Rhein-Sieg", "Finanzamt Bonn-Innenstadt", "Handwerkskammer zu Köln"]
    },
    {
      "vorgangsnummer": "[[AZ:GA-BN-2027-004472]]",
      "art": "GewA3",
      "eingang": "2027-06-29",
      "betrieb": {"bezeichnung": "Rheinaue Catering GmbH", "rechtsform": "GmbH", "register": "HRB 21993"},
      "vertreter": [
        {"rolle": "Geschäftsführerin", "nachname": "[[P:Dimitriou]]", "vorname": "[[P:Sofia]]", "geburtsdatum": "[[DOB:1978-03-17]]",
         "anschrift": {"strasse": "[[STR:Godesberger Allee]]", "hausnummer": "[[STR:61a]]", "plz": "[[LOC:53175]]", "ort": "[[LOC:Bonn]]"}}
      ],
      "betriebsstaette": {"strasse": "Ludwig-Erhard-Allee", "hausnummer": "20", "plz": "53175", "ort": "Bonn"},
      "abmeldegrund": "Verlegung außerhalb des Meldebezirks (neu: Sankt Augustin laut GF)"
    }
  ],
  "anzahl": 2,
  "pruefhinweis": "Feld inhaber.geburtsname leer; Feld vertreter[0].telefon fehlt"
}
""",
    [
        "GEWAN 5.2",
        "05314000",
        "Rheinaue Catering GmbH",
        "HRB 21993",
        "Ludwig-Erhard-Allee",
    ],
    allow=("Bonn", "53175"),
)

V["x2_ib1"] = iban("DE", "47650130" + "0001240877")
V["x2_ib2"] = iban("DE", "47260121" + "8812004400")
V["x2_ib3"] = iban("NL", "RABO" + "0318844201")

pii(
    "data_export",
    """
Stadt Paderborn · Stadtkasse · Mahnlauf ML-2027-10 · Export mahnungen_stufe2.csv (Trennzeichen ;)
Erzeugt 2027-10-08 06:00 durch Batch FIN-MAHN-02 · Weitergabe nur an Vollstreckungsstelle

kassenzeichen;nachname;vorname;strasse;plz;ort;geburtsdatum;forderungsart;offen_eur;mahnstufe;lastschrift_iban
[[AZ:5.1010.302118.4]];[[P:Wiemers]];[[P:Hildegard]];[[STR:Bahnhofstraße 41]];[[LOC:33102]];[[LOC:Paderborn]];[[DOB:1949-02-11]];Grundbesitzabgaben Q3;212,40;2;
[[AZ:5.1010.417730.1]];[[P:Osei]];[[P:Kwame]];[[STR:Fürstenweg 9a]];[[LOC:33102]];[[LOC:Paderborn]];[[DOB:1988-07-30]];Hundesteuer 2027;96,00;2;[[IBAN:«x2_ib1»]]
5.2030.100455.8;Paderborner Baustoffhandel GmbH;;Frankfurter Weg 66;33106;Paderborn;;Gewerbesteuer VZ III;4.880,00;2;
[[AZ:5.1010.520004.6]];[[P:Hoffmann-Rüther]];[[P:Jens]];[[STR:Dubelohstraße 144]];[[LOC:33104]];[[LOC:Paderborn]];[[DOB:02.12.1975]];Grundbesitzabgaben Q3;318,75;2;[[IBAN:«x2_ib2»]]
[[AZ:5.3010.078812.0]];[[P:van der Linden]];[[P:Maarten]];[[STR:Bornstraße 3]];[[LOC:33098]];[[LOC:Paderborn]];[[DOB:1993-05-21]];Bußgeld Parkverstoß;55,00;2;[[IBAN:«x2_ib3»]]
[[AZ:5.2030.100512.2]];[[P:Kowalczuk]];[[P:Irena]];[[STR:Warburger Str. 77]];[[LOC:33098]];[[LOC:Paderborn]];[[DOB:1966-10-04]];Gewerbesteuer VZ III (Kosmetikstudio [[P:Irena]]);640,00;2;
[[AZ:5.1010.611902.9]];[[P:Brandt]];[[P:Dieter]];[[STR:Am Rippinger Weg 20]];[[LOC:33098]];[[LOC:Paderborn]];;Grundbesitzabgaben Q3;198,30;2;

Protokoll Batch:
2027-10-08 06:00:14 INFO  7 Datensätze selektiert (Mahnstufe 2, Mindestbetrag 5,00 EUR)
2027-10-08 06:00:15 WARN  Datensatz [[AZ:5.1010.611902.9]]: geburtsdatum fehlt ([[P:Brandt, Dieter]]) – manuelle Prüfung
2027-10-08 06:00:15 WARN  Datensatz [[AZ:5.3010.078812.0]]: Auslandskonto ([[IBAN:«x2_ib3»]]) – SEPA-Rücklastschrift 04.10.
2027-10-08 06:00:16 INFO  Mahngebühr je Mahnung 5,00 EUR nach § 19 VwVG NRW i. V. m. KostO NRW
2027-10-08 06:00:16 INFO  Export abgeschlossen; Übergabe an Vollstreckung (Postfach vollstreckung@paderborn.de)
""",
    [
        "Paderborner Baustoffhandel GmbH",
        "Frankfurter Weg 66",
        "FIN-MAHN-02",
        "vollstreckung@paderborn.de",
        "Mindestbetrag 5,00 EUR",
    ],
    allow=("Paderborn",),
)

V["x3_eat"] = id_card("YM2K7PC41", with_check=True)

pii(
    "data_export",
    """
<?xml version="1.0" encoding="UTF-8"?>
<!-- Testkopie für die Datenschutzprüfung -->
<xgewerbe:gewerbeanzeige.anmeldung.0100 xmlns:xgewerbe="http://www.xgewerbeanzeige.de/xgewerbeanzeige">
  <nachrichtenkopf>
    <nachrichtenUUID>6f1c2a90-8e44-4b7d-9d31-0e5a7c2b11f4</nachrichtenUUID>
    <erstellungszeitpunkt>2027-11-03T05:12:09</erstellungszeitpunkt>
    <autor><kennung>05515000</kennung><name>Stadt Münster, Ordnungsamt, Gewerbe</name></autor>
  </nachrichtenkopf>
  <anzeige>
    <aktenzeichen>[[AZ:32.31-GA-2027-11873]]</aktenzeichen>
    <beginnDerTaetigkeit>2027-11-15</beginnDerTaetigkeit>
    <betrieb>
      <geschaeftsbezeichnung>Lastenradverleih [[P:Tran]]</geschaeftsbezeichnung>
      <taetigkeit>Vermietung von Lastenrädern, Reparatur von Fahrrädern</taetigkeit>
      <betriebsstaette><strasse>[[STR:Hafenweg]]</strasse><hausnummer>[[STR:14]]</hausnummer><postleitzahl>[[LOC:48155]]</postleitzahl><ort>[[LOC:Münster]]</ort></betriebsstaette>
    </betrieb>
    <betriebsinhaber>
      <natuerlichePerson>
        <familienname>[[P:Tran]]</familienname>
        <vorname>[[P:Quoc Bao]]</vorname>
        <geburtsdatum>[[DOB:1997-08-09]]</geburtsdatum>
        <geburtsort>[[LOC:Đà Nẵng]]</geburtsort>
        <staatsangehoerigkeit>VNM</staatsangehoerigkeit>
        <anschrift><strasse>[[STR:Wolbecker Straße]]</strasse><hausnummer>[[STR:202]]</hausnummer><zusatz>bei [[P:Lammerding]]</zusatz><postleitzahl>[[LOC:48155]]</postleitzahl><ort>[[LOC:Münster]]</ort></anschrift>
        <kommunikation><telefon>[[TEL:015203847716]]</telefon><email>[[MAIL:quocbao.tran@posteo.de]]</email></kommunikation>
        <aufenthaltstitel><dokumentnummer>[[ID:«x3_eat»]]</dokumentnummer><selbstaendigkeit>erlaubt</selbstaendigkeit></aufenthaltstitel>
      </natuerlichePerson>
    </betriebsinhaber>
    <empfaenger>Finanzamt Münster-Außenstadt</empfaenger>
    <empfaenger>IHK Nord Westfalen</empfaenger>
  </anzeige>
</xgewerbe:gewerbeanzeige.anmeldung.0100>
<!-- Prüfvermerk [[P:J. Wessendorf]] (Datenschutz, [[TEL:0251 492-1094]]): zusatz enthält Namen des Vermieters – Feld künftig nicht übermitteln -->
""",
    [
        "05515000",
        "Stadt Münster, Ordnungsamt, Gewerbe",
        "Finanzamt Münster-Außenstadt",
        "6f1c2a90-8e44-4b7d-9d31-0e5a7c2b11f4",
        "http://www.xgewerbeanzeige.de/xgewerbeanzeige",
    ],
    allow=("Münster",),
)

pii(
    "data_export",
    """
# Auszug serviceportal-gw.log (Stadt Köln, Serviceportal, Knoten app-03) – angefordert vom
# Datenschutzbeauftragten zu Beschwerde [[AZ:DSB-2027-0217]], Zeitraum 2027-09-14 08:00–08:10

2027-09-14T08:01:22.418+02:00 INFO  [gw] POST /api/v2/gewerbe/anmeldung 201 user=[[MAIL:milena.jovanovic@gmx.de]] src=[[IP:87.79.214.33]] via=10.42.8.15 vorgang=[[AZ:GA-K-27-081544]]
2027-09-14T08:01:22.530+02:00 DEBUG [validator] antragsteller={nachname:"[[P:Jovanović]]", vorname:"[[P:Milena]]", geb:"[[DOB:1994-06-03]]", plz:"[[LOC:50825]]"}
2027-09-14T08:02:05.007+02:00 WARN  [gw] POST /api/v2/upload 413 user=[[MAIL:milena.jovanovic@gmx.de]] src=[[IP:87.79.214.33]] file="Personalausweis_[[P:Jovanovic]].pdf" size=14.2MB
2027-09-14T08:03:47.991+02:00 INFO  [auth] BundID login ok pseudonym=bund-7f2e9a… user=[[MAIL:r.achterberg@posteo.de]] src=[[IP:2a02:908:e843:ba00::5c1]]
2027-09-14T08:03:48.112+02:00 ERROR [validator] vorgang=[[AZ:GA-K-27-081545]] feld=geburtsdatum wert="[[DOB:31.02.1961]]" meldung="ungültiges Datum" antragsteller="[[P:Achterberg, Rainer]]"
2027-09-14T08:04:30.250+02:00 INFO  [gw] GET /api/v2/vorgaenge/[[AZ:GA-K-27-081545]] 200 user=[[MAIL:r.achterberg@posteo.de]] src=[[IP:2a02:908:e843:ba00::5c1]]
2027-09-14T08:05:02.884+02:00 INFO  [mail] Eingangsbestätigung an [[MAIL:r.achterberg@posteo.de]] (Template GA-EB-01) queued id=8c1d77
2027-09-14T08:06:13.402+02:00 WARN  [gw] rate limit 429 src=10.42.7.200 (interner Lasttest, kein Nutzer)
2027-09-14T08:07:55.019+02:00 INFO  [gw] POST /api/v2/sondernutzung 201 user=[[MAIL:info@kiosk-severin.de]] src=[[IP:91.66.3.208]] vorgang=[[AZ:SN-K-27-003318]]
2027-09-14T08:07:55.131+02:00 DEBUG [validator] antragsteller={nachname:"[[P:Bayram]]", vorname:"[[P:Ercan]]", firma:"Kiosk am Severinstor – Inh. [[P:Ercan Bayram]]", tel:"[[TEL:0221 3 10 77 48]]"}
2027-09-14T08:09:41.700+02:00 INFO  [health] app-03 ok, db=10.42.9.2 latency=12ms

# Bewertung DSB (Dr. [[P:Nadine Pfeiffer-Olk]]): DEBUG-Ausgaben mit Klardaten im Produktivsystem;
# Loglevel am 14.09. 11:20 auf INFO gesetzt (Ticket IT-CHG-2027-4410). Betroffene: [[P:Jovanović]],
# [[P:Achterberg]], [[P:Bayram]]; Benachrichtigung nach Art. 34 DSGVO wird geprüft.
""",
    [
        "10.42.8.15",
        "src=10.42.7.200",
        "db=10.42.9.2",
        "Ticket IT-CHG-2027-4410",
        "Art. 34 DSGVO",
    ],
)

# =============================================================================================
# PII-free documents
# =============================================================================================

clean(
    "clean_council_paper",
    """
Stadt Münster · Beschlussvorlage an den Rat · Vorlagen-Nr. V/0412/2027
Federführung: Amt für Stadtentwicklung, Stadtplanung, Verkehrsplanung
Beteiligt: Wirtschaftsförderung Münster GmbH, Amt für Immobilienmanagement, Umweltamt

Betreff: Fortschreibung des Gewerbeflächenkonzepts 2035 – Grundsatzbeschluss

Beratungsfolge:
Ausschuss für Stadtplanung, Stadtentwicklung, Verkehr und Wohnen – 14.09.2027 – Vorberatung
Ausschuss für Wirtschaft, Digitalisierung und Beteiligungen – 16.09.2027 – Vorberatung
Rat – 29.09.2027 – Entscheidung

Beschlussvorschlag:
1. Der Rat nimmt die Fortschreibung des Gewerbeflächenkonzepts (Anlage 1) zur Kenntnis.
2. Die Verwaltung wird beauftragt, für die Potenzialflächen Loddenheide-Ost (18,4 ha) und
   Hessenweg-Süd (7,2 ha) Bauleitplanverfahren vorzubereiten.
3. Für Handwerksbetriebe werden mindestens 20 % der neu erschlossenen Flächen reserviert; die
   Vergabe erfolgt nach den Vergaberichtlinien der Wirtschaftsförderung Münster GmbH.

Begründung (Auszug):
Die Nachfrage nach Gewerbeflächen übersteigt das Angebot seit 2022 deutlich. Im Jahr 2026
gingen 143 Anfragen ein, davon 61 von Handwerksbetrieben und 28 von Gründungen aus den
Hochschulen. Verfügbar waren lediglich 6,8 ha. Ohne neue Flächen drohen Abwanderungen in das
Umland, insbesondere nach Greven, Telgte und Senden.

Finanzielle Auswirkungen:
Für Gutachten und Planverfahren sind im Haushalt 2028 insgesamt 480.000 EUR vorgesehen
(Produktgruppe 0901, Investitionsmaßnahme 5.000412). Erlöse aus Grundstücksverkäufen werden
ab 2030 erwartet.

Klimarelevanz: Die Flächen sollen klimaneutral erschlossen werden (Solarpflicht, Dachbegrünung,
Anschluss an das Fernwärmenetz der Stadtwerke Münster GmbH).

Der Oberbürgermeister
In Vertretung
Der Stadtbaurat
""",
    [
        "Vorlagen-Nr. V/0412/2027",
        "Loddenheide-Ost (18,4 ha)",
        "480.000 EUR",
        "Stadtwerke Münster GmbH",
        "Der Oberbürgermeister",
    ],
)

clean(
    "clean_council_paper",
    """
Stadt Bielefeld · Drucksachen-Nr. 6012/2025-2030 · öffentlich
Beschlussvorlage der Verwaltung

Gremium: Bezirksvertretung Sennestadt (Anhörung) – Haupt-, Wirtschaftsförderungs- und
Beteiligungsausschuss – Rat der Stadt Bielefeld

Betreff: Errichtung eines Gründungs- und Innovationszentrums im Gewerbepark Sennestadt,
Fürstenweg 30 – Projektbeschluss

Beschlussvorschlag:
Der Rat der Stadt Bielefeld beschließt die Errichtung des Gründungs- und Innovationszentrums
„Senne.Werk“ durch die WEGE Wirtschaftsentwicklungsgesellschaft Bielefeld mbH auf Grundlage
des Raumprogramms (Anlage 2). Die Stadt stellt der Gesellschaft hierfür eine Kapitaleinlage von
2,4 Mio. EUR zur Verfügung.

Begründung:
Das bestehende Gründungszentrum am Campus ist zu 98 % ausgelastet. 2026 mussten 37 Anfragen
von Gründungsteams abgelehnt werden. Das neue Zentrum bietet auf 3.200 m² Nutzfläche 46 Büros,
eine Werkstatthalle, ein Labor und Coworking-Flächen. Betreiberin wird die WEGE mbH; die
Sparkasse Bielefeld und die IHK Ostwestfalen zu Bielefeld haben eine Kooperation zugesagt.

Kosten und Finanzierung:
Gesamtkosten 11,9 Mio. EUR; Landesförderung aus dem Programm „Regionale Wirtschaftsförderung
(RWP)“ 6,1 Mio. EUR; Eigenanteil der Stadt 2,4 Mio. EUR; Fremdfinanzierung der Gesellschaft
3,4 Mio. EUR. Die Mittel sind im Haushaltsplan 2028 unter dem Produkt 11.15.01 veranschlagt.

Zeitplan: Bauantrag Frühjahr 2028, Fertigstellung Herbst 2029.

Auswirkungen auf den Klimaschutz: positiv (Holzhybridbauweise, Photovoltaik 280 kWp).

Der Oberbürgermeister
i. V. Erster Beigeordneter
""",
    [
        "Drucksachen-Nr. 6012/2025-2030",
        "Fürstenweg 30",
        "WEGE Wirtschaftsentwicklungsgesellschaft Bielefeld mbH",
        "11,9 Mio. EUR",
        "Produkt 11.15.01",
    ],
)

clean(
    "clean_funding_guideline",
    """
Richtlinie der Stadt Köln zur Förderung der Anmietung leerstehender Ladenlokale
(„Ladenlokal-Programm 2027“) – Beschluss des Rates vom 23.03.2027

§ 1 Zweck der Förderung
Die Stadt Köln gewährt Zuschüsse zur Miete von Ladenlokalen in den Geschäftsstraßen der
Veedel, um Leerstand zu verringern und Gründungen im Einzelhandel, Handwerk und in der
Gastronomie zu unterstützen. Ein Rechtsanspruch besteht nicht; die Förderung erfolgt im
Rahmen der verfügbaren Haushaltsmittel nach den §§ 23 und 44 LHO NRW entsprechend.

§ 2 Antragsberechtigte
Antragsberechtigt sind Existenzgründerinnen und Existenzgründer sowie kleine Unternehmen mit
weniger als zehn Beschäftigten, deren Gründung nicht länger als drei Jahre zurückliegt.
Filialbetriebe von Ketten sind ausgeschlossen.

§ 3 Art und Höhe
(1) Gefördert werden 50 % der Nettokaltmiete, höchstens 1.000 EUR monatlich, für bis zu
    24 Monate.
(2) Die Miete darf die ortsübliche Vergleichsmiete um nicht mehr als 10 % übersteigen.
(3) Die Förderung ist eine De-minimis-Beihilfe nach der Verordnung (EU) 2023/2831.

§ 4 Verfahren
Anträge sind vor Abschluss des Mietvertrags bei der KölnBusiness Wirtschaftsförderungs-GmbH,
Im Mediapark 8, 50670 Köln, einzureichen (ladenlokal@koelnbusiness.de). Beizufügen sind ein
Businessplan, der Entwurf des Mietvertrags und eine De-minimis-Erklärung.

§ 5 Auszahlung und Nachweise
Die Auszahlung erfolgt quartalsweise nachschüssig gegen Vorlage der Mietzahlungsnachweise.
Wird der Betrieb vor Ablauf von 24 Monaten aufgegeben, kann der Zuschuss anteilig
zurückgefordert werden.

§ 6 Inkrafttreten
Die Richtlinie tritt am 01.05.2027 in Kraft und gilt bis 30.04.2030.
""",
    [
        "§§ 23 und 44 LHO NRW",
        "1.000 EUR monatlich",
        "Verordnung (EU) 2023/2831",
        "ladenlokal@koelnbusiness.de",
        "Im Mediapark 8, 50670 Köln",
    ],
)

clean(
    "clean_funding_guideline",
    """
Landeshauptstadt Düsseldorf – Amt für Wirtschaftsförderung
Förderrichtlinie „Digitalisierung im Mittelstand“ (DigiMit) – Fassung vom 01.02.2027

1. Ziel
Kleine und mittlere Unternehmen mit Sitz oder Betriebsstätte in Düsseldorf erhalten Zuschüsse
für die Einführung digitaler Prozesse, IT-Sicherheit und die Qualifizierung ihrer Beschäftigten.

2. Fördergegenstand
2.1 Beratungsleistungen externer, autorisierter Beraterinnen und Berater (max. 10 Tagewerke)
2.2 Investitionen in Software und Hardware, sofern sie nicht zur Grundausstattung gehören
2.3 Schulungen zu Datenschutz und IT-Sicherheit nach anerkannten Standards (z. B. BSI IT-Grundschutz)

3. Zuwendungsempfänger
Unternehmen der gewerblichen Wirtschaft und der Freien Berufe mit weniger als 50 Beschäftigten
und höchstens 10 Mio. EUR Jahresumsatz (KMU-Definition der EU). Ausgeschlossen sind Unternehmen
in Schwierigkeiten sowie Unternehmen, an denen die Stadt beteiligt ist.

4. Art, Umfang und Höhe
Anteilsfinanzierung von 50 % der zuwendungsfähigen Ausgaben, höchstens 15.000 EUR je Vorhaben;
Mindestinvestition 3.000 EUR. Kumulierung mit Mitteln des Landes (Mittelstand.innovativ!) ist bis
zur beihilferechtlichen Obergrenze zulässig.

5. Verfahren
Anträge über das Förderportal der Landeshauptstadt (foerderung.duesseldorf.de) vor Beginn des
Vorhabens. Die Bewilligung erfolgt durch Zuwendungsbescheid; die Verwendung ist innerhalb von
sechs Monaten nach Abschluss nachzuweisen (Verwendungsnachweis nach Muster 3 ANBest-P).

6. Ansprechstelle
Amt für Wirtschaftsförderung, Burgplatz 1, 40213 Düsseldorf, Telefon 0211 89-95500,
digimit@duesseldorf.de. Servicezeiten: Mo–Do 9–15 Uhr, Fr 9–12 Uhr.
""",
    [
        "15.000 EUR je Vorhaben",
        "Muster 3 ANBest-P",
        "Burgplatz 1, 40213 Düsseldorf",
        "0211 89-95500",
        "digimit@duesseldorf.de",
    ],
)

clean(
    "clean_fee_statute",
    """
Satzung über die Erhebung von Verwaltungsgebühren in Gewerbeangelegenheiten der Stadt Wuppertal
(Gewerbegebührensatzung) vom 18.12.2026

Aufgrund der §§ 7 und 41 der Gemeindeordnung für das Land Nordrhein-Westfalen (GO NRW) und der
§§ 4 und 5 des Kommunalabgabengesetzes (KAG NRW) hat der Rat der Stadt Wuppertal folgende
Satzung beschlossen:

§ 1 Gebührenpflicht
Für Amtshandlungen in Gewerbeangelegenheiten werden Gebühren nach dem anliegenden Tarif
erhoben, soweit nicht die Allgemeine Verwaltungsgebührenordnung NRW (AVwGebO NRW) anzuwenden ist.

§ 2 Gebührentarif
Tarifstelle  Amtshandlung                                              Gebühr
1.1          Gewerbeanmeldung (GewA 1), je Betriebsstätte               26,00 EUR
1.2          Gewerbeummeldung (GewA 2)                                  20,00 EUR
1.3          Gewerbeabmeldung (GewA 3)                                  15,00 EUR
1.4          Online-Anzeige über das Serviceportal                     Ermäßigung 5,00 EUR
2.1          Auskunft aus dem Gewerberegister (einfach)                 12,00 EUR
2.2          Auskunft aus dem Gewerberegister (erweitert, § 14 Abs. 5)  25,00 EUR
3.1          Reisegewerbekarte (§ 55 GewO)                     200,00 bis 350,00 EUR
3.2          Marktfestsetzung (§ 69 GewO)                        50,00 bis 500,00 EUR

§ 3 Gebührenschuldner
Gebührenschuldner ist, wer die Amtshandlung veranlasst hat. Mehrere Schuldner haften als
Gesamtschuldner.

§ 4 Fälligkeit
Die Gebühr wird mit der Bekanntgabe der Gebührenfestsetzung fällig. Sie kann bar, mit Karte
im Bürgerbüro oder durch Überweisung an die Stadtkasse Wuppertal unter Angabe des Kassenzeichens
entrichtet werden.

§ 5 Inkrafttreten
Diese Satzung tritt am 01.01.2027 in Kraft. Gleichzeitig tritt die Gewerbegebührensatzung vom
15.12.2011 außer Kraft.

Wuppertal, den 18.12.2026
Der Oberbürgermeister
""",
    [
        "§§ 7 und 41 der Gemeindeordnung",
        "AVwGebO NRW",
        "26,00 EUR",
        "200,00 bis 350,00 EUR",
        "Stadtkasse Wuppertal",
    ],
)

clean(
    "clean_fee_statute",
    """
Stadt Aachen – Sondernutzungssatzung, Anlage 2: Gebührentarif für Außengastronomie und Warenauslagen
(Auszug, Stand 1. Januar 2027)

Die Gebühren werden je angefangenem Quadratmeter in Anspruch genommener Fläche erhoben. Die
Stadt ist in drei Gebührenzonen eingeteilt (Anlage 3, Lagepläne).

Nr.   Art der Sondernutzung                               Zone I        Zone II       Zone III
1     Tische und Stühle (Außengastronomie), je m²/Monat    4,20 EUR      2,60 EUR      1,30 EUR
2     Warenauslagen, Verkaufsstände, je m²/Monat           6,50 EUR      4,10 EUR      2,00 EUR
3     Werbeaufsteller (Kundenstopper), je Stück/Jahr     120,00 EUR     80,00 EUR     40,00 EUR
4     Heizstrahler                                       unzulässig    unzulässig    unzulässig
5     Baugerüste, Container, je m²/Woche                   1,80 EUR      1,20 EUR      0,80 EUR

Zone I umfasst insbesondere Markt, Katschhof, Münsterplatz, Hof, Büchel, Pontstraße bis
Templergraben und Elisenbrunnen. Zone II umfasst die übrigen Straßen innerhalb des Alleenrings,
Zone III das übrige Stadtgebiet.

Ermäßigungen:
- In den Monaten November bis Februar wird für Außengastronomie nur die Hälfte erhoben.
- Für Gründungen im ersten Betriebsjahr wird die Gebühr auf Antrag um 50 % ermäßigt
  (Nachweis: Gewerbeanmeldung nicht älter als zwölf Monate).
- Gemeinnützige Veranstaltungen sind gebührenfrei (§ 6 Abs. 2 der Satzung).

Anträge sind mindestens vier Wochen vor Beginn beim Fachbereich Sicherheit und Ordnung,
Team Sondernutzungen, Lagerhausstraße 20, 52064 Aachen, zu stellen; online unter
serviceportal.aachen.de. Auskunft: sondernutzung@mail.aachen.de, Telefon 0241 432-0.
""",
    [
        "4,20 EUR",
        "§ 6 Abs. 2 der Satzung",
        "Lagerhausstraße 20, 52064 Aachen",
        "sondernutzung@mail.aachen.de",
        "Zone III",
    ],
)

clean(
    "clean_press_release",
    """
PRESSEMITTEILUNG · Wirtschaftsförderung Münster GmbH · 12. Mai 2027

Gründungsgeschehen 2026: Münster bleibt Spitzenreiter im Münsterland

Münster. Im vergangenen Jahr wurden in Münster 2.914 Gewerbe neu angemeldet, 4,1 Prozent mehr
als im Vorjahr. Dem standen 2.388 Abmeldungen gegenüber. Besonders stark wuchsen die Bereiche
IT-Dienstleistungen, Gesundheitswirtschaft und nachhaltige Mobilität. Das geht aus dem
Gründungsmonitor hervor, den die Wirtschaftsförderung Münster GmbH gemeinsam mit der IHK Nord
Westfalen und der Handwerkskammer Münster heute vorgestellt hat.

„Die Zahlen zeigen, dass sich Münster als Gründungsstandort etabliert hat“, sagte die
Geschäftsführerin der Wirtschaftsförderung bei der Vorstellung im Stadthaus 3. „Mit dem neuen
Gründungshaus am Hafen können wir ab Herbst weitere 40 Arbeitsplätze anbieten.“

Ausgezeichnet wurden beim anschließenden Gründungspreis drei Unternehmen:
- Platz 1: VeloCargo Münster GmbH (Lastenrad-Sharing für Quartiere), Preisgeld 10.000 EUR
- Platz 2: Hanfwerk Textil UG (haftungsbeschränkt) (Arbeitskleidung aus Hanf), 5.000 EUR
- Platz 3: Medisync Health GmbH (Terminplattform für Praxen), 2.500 EUR
Der Sonderpreis „Soziales Unternehmertum“ ging an die Quartiersküche Coerde gGmbH.

Der Oberbürgermeister gratulierte den Preisträgern: Gründerinnen und Gründer brauchten Mut,
aber auch eine Verwaltung, die schnell entscheidet. Bis Ende 2027 soll die Gewerbeanmeldung
vollständig digital möglich sein.

Pressekontakt:
Wirtschaftsförderung Münster GmbH, Unternehmenskommunikation
Steinfurter Straße 60a, 48149 Münster
Telefon 0251 68642-0 · presse@wfm-muenster.de · www.wfm-muenster.de
""",
    [
        "2.914 Gewerbe",
        "VeloCargo Münster GmbH",
        "Hanfwerk Textil UG (haftungsbeschränkt)",
        "Quartiersküche Coerde gGmbH",
        "presse@wfm-muenster.de",
    ],
)

clean(
    "clean_press_release",
    """
Stadt Bielefeld · Presseamt · Pressemitteilung Nr. 418/2027 · 06.07.2027

Coworking im Bahnhofsviertel: „Werkbank Mitte“ öffnet – Startschuss für das Programm Innenstadt.Raum

Bielefeld. Im ehemaligen Kaufhausgebäude an der Bahnhofstraße 28 eröffnet am 15. Juli die
„Werkbank Mitte“, ein Coworking-Space mit 64 Arbeitsplätzen, zwei Werkstatträumen und einem
Veranstaltungsbereich. Betreiberin ist die WEGE Wirtschaftsentwicklungsgesellschaft Bielefeld
mbH; das Land fördert den Umbau aus dem „Sofortprogramm Innenstadt“ mit 1,2 Millionen Euro.

Gründungsteams zahlen im ersten Jahr einen Festpreis von 99 Euro pro Monat für einen flexiblen
Arbeitsplatz. Etablierte Unternehmen aus der Region, darunter die Stadtwerke Bielefeld GmbH,
die Sparkasse Bielefeld und die Bielefelder Software-Schmiede Brackwede IT AG, haben bereits
Projektbüros angemietet.

Der Oberbürgermeister betonte bei der Vorbesichtigung, der Leerstand in der Innenstadt sei
„kein Schicksal“. Der Beigeordnete für Wirtschaft und Stadtentwicklung kündigte an, bis 2028
fünf weitere leerstehende Ladenlokale in der Altstadt für Gründungen umzunutzen.

Eröffnungsfest: Samstag, 17. Juli, 11 bis 17 Uhr, mit Führungen im Stundentakt, einem
Repair-Café und Kurzvorträgen der Gründungsberatung. Der Eintritt ist frei.

Hinweis für Redaktionen: Fotos der Räume stehen ab 14. Juli unter bielefeld.de/presse zum
Download bereit. Interviewwünsche bitte an das Presseamt, Telefon 0521 51-2727,
presseamt@bielefeld.de.
""",
    [
        "Pressemitteilung Nr. 418/2027",
        "Bahnhofstraße 28",
        "Brackwede IT AG",
        "0521 51-2727",
        "presseamt@bielefeld.de",
    ],
)

FIRMS_AC = pipes(
    (40, 19, 26, 9),
    ("Unternehmen", "Register", "Branche", "Raum"),
    ("Photonic Sense GmbH", "AG Aachen HRB 24518", "Lasermesstechnik", "A 1.04"),
    ("KlimaKalk UG (haftungsbeschränkt)", "AG Aachen HRB 25102", "CO₂-Bilanzierung", "A 1.07"),
    ("Rurtal Robotics GmbH", "AG Düren HRB 8841", "Greifsysteme", "A 2.01"),
    ("Öcher Bytes eG", "AG Aachen GnR 412", "IT-Genossenschaft", "A 2.03"),
    ("Kaiser & Lambertz Medtech GmbH", "AG Aachen HRB 23977", "Medizintechnik", "B 0.12"),
    ("Dreiländer Data Services AG", "AG Aachen HRB 21450", "Rechenzentrum", "B 1.02"),
    ("Printenwerk Food Lab GmbH", "AG Aachen HRB 25233", "Lebensmitteltechnik", "B 1.09"),
    ("Grenzland Ventures GmbH & Co. KG", "AG Aachen HRA 9871", "Beteiligungen", "B 2.05"),
)
V["firms_ac"] = FIRMS_AC

clean(
    "clean_firm_list",
    """
Gründerzentrum Aachen-Süd · Mieterliste (öffentlich, Stand 01.09.2027)
Betreiberin: Technologie- und Gründerzentrum Aachen GmbH, Dennewartstraße 25–27, 52068 Aachen

«firms_ac»

Gemeinsame Einrichtungen: Empfang (Haus A, EG), Konferenzräume A 0.01 bis A 0.03, Werkstatt
B 0.20 mit Drehmaschine und 3D-Druckern, Labor B 0.22 (S1). Die Räume werden über das
Buchungssystem des Zentrums reserviert.

Zentrale: 0241 963-0 · empfang@tgz-aachen.de · Anlieferung über die Zufahrt Dennewartstraße,
Tor 2 (Mo–Fr 7–18 Uhr). Post für die Mieter wird am Empfang gesammelt und zweimal täglich in
die Fächer verteilt.

Freie Flächen: Büro A 2.08 (28 m², ab 01.11.2027), Werkstattfläche B 0.18 (64 m², sofort).
Bewerbungen mit Kurzkonzept an die Geschäftsführung des Zentrums; über die Aufnahme
entscheidet der Beirat, in dem die Stadt Aachen, die RWTH, die FH Aachen und die IHK Aachen
vertreten sind. Die Miete beträgt im ersten Jahr 9,50 EUR/m² zzgl. Nebenkosten.
""",
    [
        "Dennewartstraße 25–27, 52068 Aachen",
        "Kaiser & Lambertz Medtech GmbH",
        "AG Aachen GnR 412",
        "Grenzland Ventures GmbH & Co. KG",
        "empfang@tgz-aachen.de",
    ],
)

clean(
    "clean_firm_list",
    """
TechnologiePark Paderborn – Unternehmen am Standort (Auszug aus dem Standortportal, Stand Oktober 2027)

Zukunftsmeile 1 und 2, Pohlweg, Technologiepark 10–30, 33100 Paderborn
Ansprechstelle: Wirtschaftsförderungsgesellschaft Paderborn mbH, Am Abdinghof 11, 33098 Paderborn

Zukunftsmeile 1
- Paderwerk Systems GmbH (AG Paderborn HRB 13377) – Embedded Software, 42 Beschäftigte
- OWL Edge Computing UG (haftungsbeschränkt) (HRB 14902) – Edge-Server für die Landwirtschaft
- Heinz Nixdorf Institut – Ausgründungsbüro (Universität Paderborn, keine eigene Rechtsperson)

Zukunftsmeile 2
- Sennelicht Optik GmbH (HRB 12850) – LED-Module, Reinraum 120 m²
- Brinkmann & Voß Elektronik GmbH & Co. KG (HRA 6120) – Leiterplattenbestückung
- Digital Diözese Services gGmbH (HRB 13991) – IT für kirchliche Träger

Technologiepark 10–30
- Lippe-Pader Mobility AG (HRB 11209) – Ladeinfrastruktur, Betriebshof mit 24 Ladepunkten
- Westfalen Testlab GmbH (HRB 14120) – Prüflabor für EMV, akkreditiert nach DIN EN ISO/IEC 17025
- Paderborner Gründerküche eG (GnR 301) – Gemeinschaftsküche für Food-Start-ups

Das Grundstück Technologiepark 26 (4.300 m²) ist noch verfügbar; Kaufpreis 95 EUR/m², die
Vergabe richtet sich nach der Vergaberichtlinie für städtische Gewerbegrundstücke (Ratsbeschluss
vom 14.06.2024). Busanbindung: Linien 4 und 9, Haltestelle „Zukunftsmeile“.

Kontakt für Ansiedlungsanfragen: standort@wfg-paderborn.de, Telefon 05251 88-11400.
""",
    [
        "Am Abdinghof 11, 33098 Paderborn",
        "Brinkmann & Voß Elektronik GmbH & Co. KG",
        "Heinz Nixdorf Institut",
        "DIN EN ISO/IEC 17025",
        "standort@wfg-paderborn.de",
    ],
)

clean(
    "clean_event_programme",
    """
Kölner Gründungswoche 2027 · 15.–19. November · Programm (Auszug)
Veranstalterin: KölnBusiness Wirtschaftsförderungs-GmbH in Kooperation mit der IHK Köln und der
Handwerkskammer zu Köln · Anmeldung: gruendungswoche@koelnbusiness.de

Montag, 15.11. – Historisches Rathaus, Piazzetta
17:00  Eröffnung durch die Oberbürgermeisterin
17:20  Impuls „Gründen in Köln – was die Stadt besser machen kann“, Geschäftsführerin von KölnBusiness
18:00  Podium mit der Präsidentin der Handwerkskammer, einer Vertreterin der IHK Köln und zwei
       Gründerinnen aus dem Programm „Ladenlokal 2027“ (Moderation: Leitung der Startup Unit)

Dienstag, 16.11. – Startplatz, Im Mediapark 5
10:00  Workshop Businessplan und Finanzierung (Gründungsberatung der Sparkasse KölnBonn)
14:00  Sprechstunde Gewerbeanmeldung mit dem Ordnungsamt, Raum 2 (ohne Anmeldung)

Mittwoch, 17.11. – Stadtbibliothek, Josef-Haubrich-Hof 1
11:00  „Gründen mit Migrationsgeschichte“ – mehrsprachige Beratung (Türkisch, Arabisch,
       Ukrainisch, Polnisch) durch das Team Vielfalt der Wirtschaftsförderung
16:00  Steuern für Einsteiger, Referent: ein Steuerberater der Steuerberaterkammer Köln

Donnerstag, 18.11. – Hallen Kalk, Halle 11
09:30  Pitch-Day der Gründungsstipendiatinnen und -stipendiaten; Jury aus Sparkasse, NRW.BANK
       und Hochschulen; Preisgeld 5.000 EUR

Freitag, 19.11. – online
10:00  Webinar „Förderprogramme von Bund, Land und Stadt“ (Link nach Anmeldung)

Alle Veranstaltungen sind kostenfrei. Barrierefreier Zugang ist an allen Orten gegeben.
""",
    [
        "gruendungswoche@koelnbusiness.de",
        "Im Mediapark 5",
        "Josef-Haubrich-Hof 1",
        "Steuerberaterkammer Köln",
        "Preisgeld 5.000 EUR",
    ],
)

clean(
    "clean_event_programme",
    """
Landeshauptstadt Düsseldorf · Amt für Wirtschaftsförderung
Einladung zum 12. Unternehmerinnen-Frühstück „Wachsen mit Plan“
Donnerstag, 22. April 2027, 8:00–10:30 Uhr, Rathaus, Jan-Wellem-Saal, Marktplatz 2, 40213 Düsseldorf

Ablauf
08:00  Empfang und Frühstück (Catering: Inklusionsbetrieb Rheinküche gGmbH)
08:30  Begrüßung durch die Bürgermeisterin
08:40  Kurzvortrag „Vom Solo-Business zur ersten Einstellung“ – Referentin der Agentur für
       Arbeit Düsseldorf, Arbeitgeber-Service
09:05  Erfahrungsbericht: eine Gründerin aus der Modebranche und ein Gründer aus dem Handwerk
       berichten über ihr erstes Wachstumsjahr
09:30  Thementische
       1 Finanzierung und Bürgschaften (Bürgschaftsbank NRW)
       2 Fachkräfte aus dem Ausland (Welcome Center der Landeshauptstadt)
       3 Gewerbeflächen und Mietförderung (Team Standort)
       4 Digitalisierung und DigiMit-Förderung (Team Innovation)
10:15  Ausblick und Netzwerken

Teilnahme kostenlos, Plätze begrenzt (80). Anmeldung bis 15. April unter
duesseldorf.de/unternehmerinnen oder per E-Mail an unternehmerinnen@duesseldorf.de.
Die Veranstaltung wird fotografisch dokumentiert; wer nicht fotografiert werden möchte, erhält
am Empfang einen farbigen Punkt für das Namensschild.

Anfahrt: U-Bahn-Haltestelle Heinrich-Heine-Allee (U70–U79), Parkhaus Carlsplatz.
""",
    [
        "Marktplatz 2, 40213 Düsseldorf",
        "Rheinküche gGmbH",
        "Bürgschaftsbank NRW",
        "unternehmerinnen@duesseldorf.de",
        "Heinrich-Heine-Allee",
    ],
)

clean(
    "clean_tender",
    """
Bekanntmachung – Öffentliche Ausschreibung nach § 3 VOB/A
Vergabenummer: GMW-2027-0188-B

a) Öffentlicher Auftraggeber:
   Stadt Wuppertal, Gebäudemanagement Wuppertal (GMW), Vergabestelle
   Johannes-Rau-Platz 1, 42275 Wuppertal
   Telefon 0202 563-0 · vergabestelle.gmw@stadt.wuppertal.de
b) Vergabeverfahren: Öffentliche Ausschreibung, elektronische Angebotsabgabe über den
   Vergabemarktplatz NRW (www.evergabe.nrw.de) – andere Angebotsformen sind nicht zugelassen.
c) Art des Auftrags: Rahmenvertrag über Maler- und Lackierarbeiten in städtischen Schulen und
   Kindertagesstätten, Laufzeit 01.01.2028 bis 31.12.2029 mit Verlängerungsoption um ein Jahr.
d) Ort der Ausführung: Stadtgebiet Wuppertal, Los 1 Elberfeld/Vohwinkel, Los 2 Barmen/Oberbarmen,
   Los 3 Ronsdorf/Cronenberg.
e) Umfang: geschätzt je Los ca. 12.000 m² Wandflächen pro Jahr.
f) Nebenangebote: nicht zugelassen.
g) Fristen: Ende der Angebotsfrist 14.10.2027, 10:00 Uhr; Bindefrist 30.11.2027.
h) Eignungsnachweise: Eintragung in das Präqualifikationsverzeichnis (PQ-VOB) oder
   Einheitliche Europäische Eigenerklärung; Nachweis der Eintragung in die Handwerksrolle;
   Tariftreue- und Vergabegesetz NRW: Erklärung zum Mindestlohn.
i) Zuschlagskriterien: Preis 70 %, Qualität der Ausführungsplanung 30 %.
j) Nachprüfungsstelle: Vergabekammer Rheinland, Zeughausstraße 2–10, 50667 Köln.

Bieterfragen ausschließlich über die Kommunikationsfunktion des Vergabemarktplatzes bis
07.10.2027. Die Antworten werden allen Bietern anonymisiert zur Verfügung gestellt.
""",
    [
        "Vergabenummer: GMW-2027-0188-B",
        "vergabestelle.gmw@stadt.wuppertal.de",
        "§ 3 VOB/A",
        "Vergabekammer Rheinland, Zeughausstraße 2–10, 50667 Köln",
        "14.10.2027, 10:00 Uhr",
    ],
)

clean(
    "clean_tender",
    """
Bundesstadt Bonn · Zentrale Vergabestelle · Berliner Platz 2, 53111 Bonn
Bekanntmachung einer Verhandlungsvergabe mit Teilnahmewettbewerb nach § 12 UVgO

Vergabe-Nr.: 10-2027-V-0417
Leistung: Durchführung von Gründungs- und Nachfolgeberatung für die Wirtschaftsförderung der
Bundesstadt Bonn (Beratungsgutscheine „Gründen in Bonn“), Vertragslaufzeit 24 Monate ab
01.03.2028, geschätzt 180 Beratungstage.

Anforderungen an die Bewerber:
- mindestens drei Referenzen über vergleichbare Leistungen für öffentliche Auftraggeber in den
  letzten fünf Jahren (Angabe von Auftraggeber, Zeitraum, Umfang; keine Personendaten von
  Beratenen),
- Nachweis einer Berufshaftpflichtversicherung über mindestens 1 Mio. EUR,
- Beratung auch auf Englisch, Türkisch oder Arabisch wünschenswert,
- Verpflichtung nach dem Verpflichtungsgesetz für das eingesetzte Personal.

Teilnahmeanträge bis 20.12.2027, 12:00 Uhr, ausschließlich elektronisch über
www.vergabe.bonn.de. Die Aufforderung zur Angebotsabgabe ergeht an höchstens fünf Bewerber.

Zuschlagskriterien: Preis 40 %, Beratungskonzept 40 %, Präsentation 20 %.
Bei Rückfragen: vergabestelle@bonn.de (keine telefonischen Auskünfte).

Hinweis nach § 28 UVgO: Der Auftrag wird nicht in Lose aufgeteilt, weil die Beratungen eng mit
dem Gutscheinverfahren der Wirtschaftsförderung verzahnt sind und aus einer Hand erbracht
werden müssen.

Rechtsbehelfe: Es gelten die haushaltsrechtlichen Vorschriften; eine Nachprüfung durch die
Vergabekammer findet unterhalb der EU-Schwellenwerte nicht statt. Beschwerden richten Sie an
die Vergabeprüfstelle der Bundesstadt Bonn, Stadthaus, Berliner Platz 2.
""",
    [
        "Vergabe-Nr.: 10-2027-V-0417",
        "§ 12 UVgO",
        "Berliner Platz 2, 53111 Bonn",
        "vergabestelle@bonn.de",
        "1 Mio. EUR",
    ],
)

clean(
    "clean_faq",
    """
Stadt Paderborn · Häufige Fragen zur Gewerbeanmeldung (FAQ) · Stand 03/2027

Wer muss ein Gewerbe anmelden?
Jede Person, die eine selbständige, auf Gewinn gerichtete und auf Dauer angelegte Tätigkeit
ausübt, die nicht zu den Freien Berufen, der Land- und Forstwirtschaft oder der Verwaltung
eigenen Vermögens gehört (§ 14 GewO). Im Zweifel hilft die IHK Ostwestfalen zu Bielefeld.

Kann ich die Anmeldung online erledigen?
Ja. Über das Serviceportal der Stadt Paderborn können Sie die Anmeldung mit der
Online-Ausweisfunktion oder einem BundID-Konto stellen. Die Gebühr ermäßigt sich um 5,00 EUR.

Welche Unterlagen brauche ich?
- gültiger Personalausweis oder Reisepass mit Meldebescheinigung,
- bei ausländischen Staatsangehörigen den Aufenthaltstitel mit Erlaubnis zur Selbständigkeit,
- bei erlaubnispflichtigen Gewerben die Erlaubnis (z. B. § 34c GewO für Makler),
- bei Handwerken der Anlage A die Handwerkskarte,
- bei Kapitalgesellschaften einen aktuellen Handelsregisterauszug.

Was kostet die Anmeldung?
26,00 EUR für die Anmeldung, 20,00 EUR für eine Ummeldung, 15,00 EUR für eine Abmeldung.

Wer erfährt von meiner Anmeldung?
Die Stadt übermittelt die Daten nach § 14 Abs. 8 GewO unter anderem an das Finanzamt, die
Kammern, die Berufsgenossenschaft und das Statistische Landesamt IT.NRW.

Wo finde ich das Gewerbeamt?
Ordnungsamt, Abteilung Gewerbeangelegenheiten, Am Hoppenhof 33, 33104 Paderborn.
Öffnungszeiten: Mo, Di, Do 8–12 Uhr und Do 14–17 Uhr; Termine unter 05251 88-0 oder
gewerbe@paderborn.de.
""",
    [
        "§ 34c GewO",
        "IT.NRW",
        "Am Hoppenhof 33, 33104 Paderborn",
        "05251 88-0",
        "gewerbe@paderborn.de",
    ],
)

clean(
    "clean_faq",
    """
Stadt Köln · Bauaufsicht · FAQ Baulasten und Nachbarbeteiligung

Was ist eine Baulast?
Eine Baulast ist eine freiwillige, öffentlich-rechtliche Verpflichtung eines Grundstücks-
eigentümers gegenüber der Bauaufsichtsbehörde, etwas zu tun, zu dulden oder zu unterlassen
(§ 85 BauO NRW). Typische Beispiele sind Abstandsflächen-, Stellplatz- und Zuwegungsbaulasten.

Wo werden Baulasten eingetragen?
Im Baulastenverzeichnis der Stadt Köln, nicht im Grundbuch. Das Verzeichnis führt das
Bauaufsichtsamt im Stadthaus Deutz, Willy-Brandt-Platz 2, 50679 Köln.

Wer bekommt eine Auskunft?
Eigentümerinnen und Eigentümer, Erbbauberechtigte sowie Personen mit berechtigtem Interesse,
etwa Kaufinteressierte mit Vollmacht des Eigentümers, Notarinnen und Notare oder Banken. Die
Auskunft kostet 85,00 EUR je Grundstück; ein Negativattest (keine Eintragung) 45,00 EUR.

Wie beantrage ich die Auskunft?
Online über das Bauportal NRW oder schriftlich an baulasten@stadt-koeln.de. Anzugeben sind
Gemarkung, Flur und Flurstück; diese finden Sie im Grundbuchauszug oder im
Liegenschaftskataster.

Muss ich meine Nachbarn an einem Bauantrag beteiligen?
Die Bauaufsicht benachrichtigt die Angrenzer, wenn Abweichungen von nachbarschützenden
Vorschriften zugelassen werden sollen (§ 72 BauO NRW). Legen Sie unterschriebene Lagepläne
Ihrer Nachbarn bei, beschleunigt das das Verfahren.

Können Nachbarn gegen eine Baugenehmigung vorgehen?
Ja, innerhalb eines Monats nach Zustellung durch Klage beim Verwaltungsgericht Köln,
Appellhofplatz 1, 50667 Köln. Ein Widerspruchsverfahren findet in Nordrhein-Westfalen in
Bausachen nicht statt.
""",
    [
        "§ 85 BauO NRW",
        "Willy-Brandt-Platz 2, 50679 Köln",
        "85,00 EUR je Grundstück",
        "baulasten@stadt-koeln.de",
        "Appellhofplatz 1, 50667 Köln",
    ],
)

clean(
    "clean_street_naming",
    """
Stadt Münster · Bezirksvertretung Münster-West · Beschluss vom 07.09.2027 (Vorlage V/0566/2027)

Benennung von Straßen im Baugebiet Oxford-Quartier, Gievenbeck

Die Bezirksvertretung Münster-West beschließt, die im Bebauungsplan Nr. 612 festgesetzten
Planstraßen A bis C wie folgt zu benennen:

Planstraße A: Mathilde-Anneke-Straße
  Mathilde Franziska Anneke (1817–1884), Schriftstellerin, Demokratin und Vorkämpferin der
  Frauenbewegung; lebte in den 1840er-Jahren in Münster und gab dort Zeitungen heraus, bevor
  sie nach der Revolution von 1848/49 in die Vereinigten Staaten emigrierte.

Planstraße B: Gerhard-Domagk-Weg
  Gerhard Domagk (1895–1964), Pathologe und Bakteriologe, Nobelpreis für Physiologie oder
  Medizin 1939 für die Entdeckung der antibakteriellen Wirkung der Sulfonamide; lehrte an der
  Universität Münster.

Planstraße C: Lise-Meitner-Platz
  Lise Meitner (1878–1968), Physikerin, Mitentdeckerin der theoretischen Erklärung der
  Kernspaltung; der Platz liegt vor der neuen Gesamtschule.

Begründung:
Nach den Richtlinien für die Benennung von Straßen (Ratsbeschluss vom 12.11.2014) sollen bei
Neubenennungen vorrangig Frauen berücksichtigt werden. Der Vorschlag wurde im Arbeitskreis
Straßennamen mit dem Stadtarchiv abgestimmt; Bedenken zu den Biografien bestehen nicht.

Die Vermessungs- und Katasterverwaltung vergibt die Hausnummern nach Fertigstellung der
Erschließung. Anliegerinnen und Anlieger sind von der Benennung nicht betroffen, da die
Straßen neu entstehen. Auskunft: Stadtarchiv Münster, An den Speichern 8, 48157 Münster.
""",
    [
        "Vorlage V/0566/2027",
        "Mathilde Franziska Anneke (1817–1884)",
        "Gerhard Domagk (1895–1964)",
        "Bebauungsplan Nr. 612",
        "An den Speichern 8, 48157 Münster",
    ],
)

clean(
    "clean_street_naming",
    """
Stadt Aachen · Bezirksvertretung Aachen-Richterich · Niederschrift, TOP 6 (öffentlich)
Sitzung vom 23.06.2027 · Vorlage FB 61/0218/WP18

Benennung der Erschließungsstraßen im Neubaugebiet Richtericher Dell, 2. Bauabschnitt

Die Bezirksvertretung beschließt einstimmig:
1. Die Haupterschließung erhält den Namen „Clara-Fey-Straße“.
2. Die nördliche Wohnstraße erhält den Namen „Franziska-Schervier-Weg“.
3. Der Quartiersplatz erhält den Namen „Mies-van-der-Rohe-Platz“.

Erläuterungen der Verwaltung:
- Clara Fey (1815–1894), geboren in Aachen, gründete 1844 die Genossenschaft der Schwestern vom
  armen Kinde Jesus, die sich der Bildung armer Kinder widmete.
- Franziska Schervier (1819–1876), geboren in Aachen, gründete die Genossenschaft der Armen-
  Schwestern vom hl. Franziskus und pflegte Kranke während der Cholera-Epidemien.
- Ludwig Mies van der Rohe (1886–1969), geboren in Aachen, Architekt und Direktor des Bauhauses,
  prägte die Architektur der Moderne.

Die Vorschläge gehen auf eine Bürgerbeteiligung zurück, an der sich 214 Personen beteiligt
haben; die Auswertung liegt der Vorlage bei (ohne personenbezogene Angaben). Die Namen wurden
vom Stadtarchiv geprüft. Die Kosten für Straßenschilder (ca. 3.600 EUR) trägt der
Erschließungsträger, die Richtericher Dell Entwicklungsgesellschaft mbH.

Für die Niederschrift: Die Schriftführerin · Der Bezirksbürgermeister
""",
    [
        "Vorlage FB 61/0218/WP18",
        "Clara Fey (1815–1894)",
        "Ludwig Mies van der Rohe (1886–1969)",
        "Richtericher Dell Entwicklungsgesellschaft mbH",
        "ca. 3.600 EUR",
    ],
)

STAT_BI = columns(
    (16, 12, 12, 9, 14),
    ("Stadtbezirk", "Anmeldungen", "Abmeldungen", "Saldo", "je 1.000 EW"),
    ("Mitte", "1.412", "1.198", "+214", "17,1"),
    ("Brackwede", "488", "431", "+57", "11,8"),
    ("Dornberg", "302", "266", "+36", "15,2"),
    ("Gadderbaum", "121", "98", "+23", "11,4"),
    ("Heepen", "506", "470", "+36", "10,0"),
    ("Jöllenbeck", "231", "219", "+12", "10,1"),
    ("Schildesche", "497", "452", "+45", "11,8"),
    ("Senne", "253", "221", "+32", "12,0"),
    ("Sennestadt", "214", "230", "-16", "9,9"),
    ("Stieghorst", "326", "301", "+25", "9,6"),
    ("Bielefeld", "4.350", "3.886", "+464", "12,9"),
)
V["stat_bi"] = STAT_BI

clean(
    "clean_statistics",
    """
Stadt Bielefeld · Amt für Demographie und Statistik · Statistik kompakt 09/2027
Gewerbeanzeigen 2026 nach Stadtbezirken

«stat_bi»

Quelle: Gewerbeanzeigenstatistik (IT.NRW), eigene Auswertung; Einwohnerinnen und Einwohner mit
Hauptwohnsitz am 31.12.2026.

Erläuterungen:
Die Zahl der Gewerbeanmeldungen ist gegenüber 2025 um 3,2 % gestiegen. Den höchsten Saldo weist
der Stadtbezirk Mitte auf, wo sich viele Dienstleistungsunternehmen ansiedeln. In Sennestadt
überwogen die Abmeldungen, vor allem im Einzelhandel. Rund 38 % der Anmeldungen entfielen auf
Nebenerwerbsgründungen. Der Anteil der Gründungen durch Frauen lag bei 31,4 % (2025: 30,2 %).

Nach Rechtsform: Einzelunternehmen 78,9 %, GmbH/UG 14,6 %, GbR 4,1 %, sonstige 2,4 %.
Nach Wirtschaftsabschnitt (Top 3): Handel 21,3 %, sonstige Dienstleistungen 17,8 %,
Baugewerbe 11,6 %.

Hinweis: Gewerbeanzeigen sind nicht mit Unternehmensgründungen gleichzusetzen; Um- und
Abmeldungen aufgrund von Verlegungen innerhalb Bielefelds sind nicht enthalten.
Rückfragen: statistik@bielefeld.de, Telefon 0521 51-3463.
""",
    [
        "Statistik kompakt 09/2027",
        "4.350",
        "Sennestadt",
        "statistik@bielefeld.de",
        "0521 51-3463",
    ],
)

STAT_D = columns(
    (34, 10, 10, 12),
    ("Stadtbezirk", "2025", "2026", "Veränd."),
    ("1 (Altstadt, Carlstadt, Pempelfort …)", "1.204", "1.266", "+5,1 %"),
    ("2 (Flingern, Düsseltal)", "702", "748", "+6,6 %"),
    ("3 (Bilk, Oberbilk, Unterbilk …)", "1.318", "1.351", "+2,5 %"),
    ("4 (Oberkassel, Heerdt …)", "488", "471", "-3,5 %"),
    ("5 (Kaiserswerth, Angermund …)", "301", "297", "-1,3 %"),
    ("6 (Rath, Mörsenbroich …)", "655", "690", "+5,3 %"),
    ("7 (Gerresheim, Grafenberg …)", "402", "415", "+3,2 %"),
    ("8 (Eller, Lierenfeld …)", "611", "638", "+4,4 %"),
    ("9 (Benrath, Wersten …)", "729", "744", "+2,1 %"),
    ("10 (Garath, Hellerhof)", "140", "152", "+8,6 %"),
)
V["stat_d"] = STAT_D

clean(
    "clean_statistics",
    """
Landeshauptstadt Düsseldorf · Amt für Statistik und Wahlen · Gründungsmonitor 2026 (Tabelle 3)
Gewerbliche Neugründungen (Hauptniederlassungen) nach Stadtbezirken

«stat_d»
Summe                                      6.550     6.772     +3,4 %

Gründungen nach Staatsangehörigkeit der Gründenden (Einzelunternehmen, 2026):
deutsch 61,2 %, türkisch 7,9 %, polnisch 4,8 %, rumänisch 4,1 %, italienisch 2,6 %,
griechisch 2,2 %, ukrainisch 2,0 %, sonstige 15,2 %.

Die meisten Neugründungen entfielen auf unternehmensnahe Dienstleistungen (24 %), Handel (19 %)
und Gastronomie (9 %). Im Stadtbezirk 10 ist der Anstieg vor allem auf das neue
Handwerkerzentrum Garath zurückzuführen.

Methodik: Grundlage sind die Gewerbeanmeldungen nach § 14 GewO ohne Um- und Wiederanmeldungen;
Nebenerwerbsgründungen sind enthalten. Für Stadtteile mit weniger als drei Fällen werden keine
Werte ausgewiesen (statistische Geheimhaltung).

Veröffentlicht in der Reihe „Düsseldorfer Statistik“, Heft 2/2027; Bezug kostenfrei über
statistik@duesseldorf.de oder Willi-Becker-Allee 10, 40227 Düsseldorf.
""",
    [
        "Gründungsmonitor 2026 (Tabelle 3)",
        "6.772",
        "Handwerkerzentrum Garath",
        "statistik@duesseldorf.de",
        "Willi-Becker-Allee 10, 40227 Düsseldorf",
    ],
)


# =============================================================================================
# main
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
