"""Build the fourteenth German PII redaction development corpus (``corpus.jsonl`` beside this file).

    python3 tests/data/redaction_dev14/build_dev14.py

DEVELOPMENT set: it may be read, run and tuned on. It was written without sight of the
redactor's rules, its benchmark, the held-out corpora and the documents of the other corpora;
only the README of dev13 and the docstring and helper functions of its build script were read,
for the record format, the annotation conventions and the check-digit rules. All code below is
new. The 80 documents come from back offices of Ruhr cities (Bochum, Dortmund, Essen, Duisburg,
Gelsenkirchen, Herne, Recklinghausen, Hamm) and a few other places; 60 carry personal data and
20 do not. They aim at known weak spots of the redactor:

  - id_documents: file notes, forms and e-mails dense with identity documents (German ID cards
    with and without check digit, labelled and unlabelled, lowercased, with blanks; passports of
    Turkey, Syria, Ukraine, Poland, Romania, Iraq, Afghanistan, Nigeria and Eritrea; eAT cards,
    refugee travel documents, Fiktionsbescheinigungen, Duldungen, visa labels, AZR numbers);
  - ocr_form: OCR'd forms (Gewerbeanmeldung, Wohngeldantrag, Meldeschein, Antrag nach dem
    SGB IX, Kita-Anmeldung) with label columns, checkbox noise, 0/O and 1/l swaps, broken
    lines, lost umlauts, letter-spaced words and labels glued to their values;
  - file_note: staff notes with bare surnames, surnames that are German nouns or towns
    (Becker, Bach, Berg, Fuchs, Wolf, Koch, Hamm), two-digit years of birth, staff initials;
  - printout: fixed-width printouts with names in CAPITALS, bracketed remarks, firms in name
    columns and two-digit future years that are not dates of birth;
  - letter, email_thread: citizens' letters and e-mails with signature blocks, simple German,
    Latin transliterations of Arabic and Ukrainian names, quoted replies;
  - clean_*: PII-free programmes, press releases, plaques, street names, contact lists with
    functional mailboxes, firm lists, statistics, fees, timetables, agendas, menus, results
    and notices, full of famous and historical persons but without any private person.

Personal strings are marked inline as ``[[TYPE:text]]``; the markup is stripped and the offsets
are computed here, none is written by hand. Type aliases:

    P=PERSON  STR=STREET_ADDRESS  LOC=LOCATION  DOB=DATE_OF_BIRTH  TEL=PHONE_NUMBER
    MAIL=EMAIL_ADDRESS  IBAN=IBAN_CODE  TAX=DE_TAX_ID  RV=DE_SOCIAL_SECURITY  ID=DE_ID_CARD
    PASS=DE_PASSPORT  KFZ=DE_KFZ  AZ=DE_AKTENZEICHEN  HR=DE_HANDELSREGISTER  IP=IP_ADDRESS

Annotation conventions (those of dev13):
  - only values are annotated, never header cells, column titles, keys or labels;
  - salutations, titles, roles and relationship words ("Herr", "Fr.", "Dr.", "KM", "KV",
    "Ehefrau", "Sohn", "Mieter", "Familie") stay outside PERSON spans; "Nachname, Vorname" in
    one cell is one span, separate cells are one span each; a bare surname or first name is
    PERSON; CAPITALS, truncated, letter-spaced and OCR-garbled names are annotated as written;
    a name inside an e-mail address counts only as part of the EMAIL_ADDRESS;
  - staff initials alone ("gez. Kr", "Hd/Sc") are not annotated; staff names, their direct
    lines and personal mailboxes are; a login built from a surname is PERSON, an anonymous code
    is not; switchboards, hotlines and functional mailboxes are not;
  - a span never crosses a line break;
  - a private address is split into STREET_ADDRESS (street, number, additions) and LOCATION
    (postcode and town); towns of birth, origin, former residence and relatives' towns are
    LOCATION, also abroad; countries and nationalities are not; offices, schools, firms with a
    legal form and other public places are not;
  - file numbers, Kassenzeichen, BG, AZR, BAMF, customer and case numbers of a citizen's matter
    are DE_AKTENZEICHEN (cue word outside); council papers, tariff, course and room numbers are
    not;
  - German ID cards and eAT cards are DE_ID_CARD, and so are the serial numbers of the paper
    residence documents of the foreigners' authority (Fiktionsbescheinigung, Duldung); German
    and foreign passports, travel documents (Reiseausweis für Flüchtlinge, Passersatz),
    foreign identity cards and internal passports (Ukrainian ID card, carte de identitate,
    dowód osobisty, tazkira) and visa labels are DE_PASSPORT;
  - a sole trader (e.K., Inh.) is a natural person: name, business address and HRA entry are
    personal; GmbHs, KGs and AGs, their HRB entries and addresses are not, even when the firm
    bears a family name;
  - plates of citizens' and firms' vehicles are DE_KFZ, municipal plates are not; citizens' IPs
    are IP_ADDRESS, internal IPs are not;
  - only dates of birth are personal (also two-digit years and garbled OCR dates); due,
    expiry, letter and appointment dates are not;
  - OCR noise inside a personal string is part of the span.

Checks (standard library only): offsets reproduce the span text; spans are sorted, do not
overlap, do not cross a line break and carry no surrounding blanks; Steuer-IDs (§ 139b AO) and
IBANs (MOD 97) are valid, Rentenversicherungsnummern carry a valid check digit, ID-card numbers
use the ID-card alphabet (after removing blanks and upper-casing; a tenth character must be the
7-3-1 check digit); every keep phrase occurs outside all spans; each document is 400-3,000
characters long and has 4-5 keep phrases; PII-free documents have no spans, the others have
some; every further occurrence of an annotated string and of every name part of three or more
letters is annotated too, unless allowed for that document, and every allowance is needed; the
numbers of documents per style are those of the brief. ``corpus.jsonl`` is written only if
there are no problems (``--partial`` checks without the counts and writes nothing).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "corpus.jsonl"

MARK = re.compile(r"\[\[([A-Z_]+):(.*?)\]\]")
ALIASES = {
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
KNOWN_TYPES = frozenset(ALIASES.values())
ID_ALPHABET = frozenset("CFGHJKLMNPRTVWXYZ0123456789")
SHORTEST, LONGEST = 400, 3000

PLAN = {
    ("id_documents", "pii"): 12,
    ("ocr_form", "pii"): 12,
    ("file_note", "pii"): 12,
    ("printout", "pii"): 6,
    ("letter", "pii"): 9,
    ("email_thread", "pii"): 9,
    ("clean_programme", "clean"): 2,
    ("clean_press_release", "clean"): 2,
    ("clean_plaques", "clean"): 1,
    ("clean_street_names", "clean"): 1,
    ("clean_contact_list", "clean"): 3,
    ("clean_firm_list", "clean"): 2,
    ("clean_statistics", "clean"): 1,
    ("clean_fee_table", "clean"): 1,
    ("clean_bus_timetable", "clean"): 1,
    ("clean_council_agenda", "clean"): 2,
    ("clean_kita_menu", "clean"): 1,
    ("clean_sports_results", "clean"): 1,
    ("clean_road_weather", "clean"): 2,
}

DOCS: list[dict] = []


# =============================================================================================
# Check digits
# =============================================================================================


def steuer_id_digit(ten: str) -> int:
    """ISO 7064 MOD 11,10 check digit over the first ten digits of a Steuer-ID."""
    carry = 10
    for ch in ten:
        s = (carry + int(ch)) % 10 or 10
        carry = (2 * s) % 11
    digit = 11 - carry
    return 0 if digit == 10 else digit


def steuer_id(ten: str, grouped: bool = False) -> str:
    """Eleven-digit Steuer-ID; of the first ten digits exactly one occurs two or three times."""
    if not (len(ten) == 10 and ten.isdigit() and ten[0] != "0"):
        raise ValueError(ten)
    repeated = [n for n in Counter(ten).values() if n > 1]
    if len(repeated) != 1 or repeated[0] not in (2, 3):
        raise ValueError(f"digit pattern of {ten}")
    full = f"{ten}{steuer_id_digit(ten)}"
    return f"{full[:2]} {full[2:5]} {full[5:8]} {full[8:]}" if grouped else full


def _as_number(chars: str) -> int:
    return int("".join(str(int(c, 36)) for c in chars))


def iban_valid(value: str) -> bool:
    flat = value.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{8,30}", flat):
        return False
    return _as_number(flat[4:] + flat[:4]) % 97 == 1


def iban(country: str, bban: str, grouped: bool = True) -> str:
    """IBAN for ``bban`` with MOD-97 check digits, grouped in fours by default."""
    check = 98 - _as_number(bban + country + "00") % 97
    flat = f"{country}{check:02d}{bban}"
    if not grouped:
        return flat
    return " ".join(flat[i : i + 4] for i in range(0, len(flat), 4))


RV_WEIGHTS = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)


def rv_digit(area: str, ddmmyy: str, letter: str, serial: str) -> int:
    digits = f"{area}{ddmmyy}{ord(letter) - 64:02d}{serial}"
    total = 0
    for d, w in zip(digits, RV_WEIGHTS, strict=True):
        total += sum(divmod(int(d) * w, 10))
    return total % 10


def rv_nr(area: str, ddmmyy: str, letter: str, serial: str, grouped: bool = True) -> str:
    """Rentenversicherungsnummer: area, date of birth, initial of birth name, serial, check."""
    if not (len(area) == 2 and len(ddmmyy) == 6 and len(serial) == 2 and letter.isupper()):
        raise ValueError((area, ddmmyy, letter, serial))
    d = rv_digit(area, ddmmyy, letter, serial)
    if grouped:
        return f"{area} {ddmmyy} {letter} {serial}{d}"
    return f"{area}{ddmmyy}{letter}{serial}{d}"


def icao_digit(chars: str) -> int:
    """7-3-1 check digit of machine-readable documents (letters count A=10 ... Z=35)."""
    return sum(int(c, 36) * (7, 3, 1)[i % 3] for i, c in enumerate(chars)) % 10


def ausweis(serial: str, with_check: bool = False) -> str:
    """Document number of an ID card or eAT (nine characters of the ID-card alphabet)."""
    if len(serial) != 9 or not set(serial) <= ID_ALPHABET:
        raise ValueError(serial)
    return f"{serial}{icao_digit(serial)}" if with_check else serial


def id_card_valid(value: str) -> bool:
    flat = value.replace(" ", "").upper()
    if not set(flat) <= ID_ALPHABET or len(flat) not in (9, 10):
        return False
    return len(flat) == 9 or icao_digit(flat[:9]) == int(flat[9])


# =============================================================================================
# Layout (markup does not count towards the width of a cell)
# =============================================================================================


def plain(cell: str) -> str:
    return MARK.sub(r"\2", cell)


def tabs(*rows: tuple[str, ...]) -> str:
    """Rows of an Excel range: cells joined by tabs."""
    return "\n".join("\t".join(row) for row in rows)


def cols(widths: tuple[int, ...], *rows: tuple[str, ...]) -> str:
    """Fixed-width rows: every cell padded to its width, at least one blank between cells."""
    lines = []
    for row in rows:
        line = ""
        for i, cell in enumerate(row):
            width = widths[i] if i < len(widths) else 0
            line += cell + " " * max(1, width - len(plain(cell)))
        lines.append(line.rstrip())
    return "\n".join(lines)


def pipes(widths: tuple[int, ...], *rows: tuple[str, ...]) -> str:
    """Rows with cells padded to ``widths`` and separated by " | "."""
    lines = []
    for row in rows:
        cells = [
            cell + " " * max(0, (widths[i] if i < len(widths) else 0) - len(plain(cell)))
            for i, cell in enumerate(row)
        ]
        lines.append(" | ".join(cells).rstrip())
    return "\n".join(lines)


def leaders(width: int, *pairs: tuple[str, str]) -> str:
    """Key-value lines with dot leaders."""
    return "\n".join(
        f"{key} {'.' * max(2, width - len(key) - 1)}: {value}".rstrip() for key, value in pairs
    )


def quote(block: str, mark: str = "> ") -> str:
    """Quote every line of ``block`` as a mail client does."""
    return "\n".join((mark + line).rstrip() for line in block.split("\n"))


# =============================================================================================
# Registration and checks
# =============================================================================================


def strip_markup(marked: str) -> tuple[str, list[dict]]:
    out: list[str] = []
    spans: list[dict] = []
    pos = 0
    length = 0
    for m in MARK.finditer(marked):
        gap = marked[pos : m.start()]
        out.append(gap)
        length += len(gap)
        kind = ALIASES.get(m.group(1), m.group(1))
        if kind not in KNOWN_TYPES:
            raise ValueError(f"unknown span type {m.group(1)!r}")
        value = m.group(2)
        spans.append({"start": length, "end": length + len(value), "type": kind, "text": value})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans


def add(kind: str, style: str, marked: str, keep: list[str], allow: tuple[str, ...]) -> None:
    text, spans = strip_markup(marked.strip("\n") + "\n")
    DOCS.append(
        {"kind": kind, "style": style, "text": text, "spans": spans, "keep": keep, "allow": allow}
    )


def pii(style: str, marked: str, keep: list[str], allow: tuple[str, ...] = ()) -> None:
    add("pii", style, marked, keep, allow)


def clean(style: str, marked: str, keep: list[str]) -> None:
    add("clean", style, marked, keep, ())


NAME_PIECE = re.compile(r"[^\W\d_]{3,}")


def covered(spans: list[dict], start: int, end: int) -> bool:
    return any(s["start"] <= start and end <= s["end"] for s in spans)


def whole_word_hits(text: str, needle: str) -> list[tuple[int, int]]:
    rx = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")
    return [m.span() for m in rx.finditer(text)]


def problems_of(doc: dict, ident: str) -> list[str]:
    found: list[str] = []
    text, spans, keep = doc["text"], doc["spans"], doc["keep"]

    def bad(message: str) -> None:
        found.append(f"{ident} ({doc['style']}): {message}")

    if not SHORTEST <= len(text) <= LONGEST:
        bad(f"length {len(text)} outside {SHORTEST}..{LONGEST}")
    if not 4 <= len(keep) <= 5:
        bad(f"{len(keep)} keep phrases")
    if doc["kind"] == "clean" and spans:
        bad("PII-free document with spans")
    if doc["kind"] == "pii" and not spans:
        bad("document with personal data but without spans")
    if "[[" in text or "]]" in text:
        bad("markup left in the text")

    previous_end = -1
    for s in spans:
        value = s["text"]
        if text[s["start"] : s["end"]] != value:
            bad(f"offsets do not give {value!r}")
        if s["start"] < previous_end:
            bad(f"span unsorted or overlapping: {value!r}")
        previous_end = s["end"]
        if not value or value.strip() != value or "\n" in value:
            bad(f"bad span boundaries: {value!r}")
        if s["type"] == "DE_TAX_ID":
            flat = value.replace(" ", "")
            if not (
                len(flat) == 11 and flat.isdigit() and steuer_id_digit(flat[:10]) == int(flat[10])
            ):
                bad(f"invalid Steuer-ID {value}")
        elif s["type"] == "IBAN_CODE" and not iban_valid(value):
            bad(f"invalid IBAN {value}")
        elif s["type"] == "DE_SOCIAL_SECURITY":
            m = re.fullmatch(r"(\d\d)(\d{6})([A-Z])(\d\d)(\d)", value.replace(" ", ""))
            if not m or rv_digit(m[1], m[2], m[3], m[4]) != int(m[5]):
                bad(f"invalid RV number {value}")
        elif s["type"] == "DE_ID_CARD" and not id_card_valid(value):
            bad(f"ID-card number outside the alphabet or with a wrong check digit: {value}")

    for phrase in keep:
        starts = [m.start() for m in re.finditer(re.escape(phrase), text)]
        if not starts:
            bad(f"keep phrase missing: {phrase!r}")
            continue
        if all(any(s["start"] < h + len(phrase) and h < s["end"] for s in spans) for h in starts):
            bad(f"keep phrase only inside spans: {phrase!r}")

    needles: set[str] = set()
    for s in spans:
        if len(s["text"]) >= 3:
            needles.add(s["text"])
        if s["type"] == "PERSON":
            needles.update(NAME_PIECE.findall(s["text"]))
    allowed_used: set[str] = set()
    for needle in sorted(needles):
        for start, end in whole_word_hits(text, needle):
            if covered(spans, start, end):
                continue
            if needle in doc["allow"]:
                allowed_used.add(needle)
                continue
            around = text[max(0, start - 30) : end + 30].replace("\n", "⏎")
            bad(f"unannotated occurrence of {needle!r}: …{around}…")
            break
    for needle in doc["allow"]:
        if needle not in allowed_used:
            bad(f"allowance {needle!r} not needed")
    return found


def main() -> int:
    partial = "--partial" in sys.argv
    problems: list[str] = []
    records: list[dict] = []
    seen = {"pii": 0, "clean": 0}
    ordered = [d for d in DOCS if d["kind"] == "pii"] + [d for d in DOCS if d["kind"] == "clean"]
    for doc in ordered:
        seen[doc["kind"]] += 1
        ident = f"{doc['kind']}-{seen[doc['kind']]:03d}"
        problems += problems_of(doc, ident)
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
    per_style = Counter((r["style"], r["kind"]) for r in records)
    if not partial:
        if seen != {"pii": 60, "clean": 20}:
            problems.append(f"expected 60 pii and 20 clean documents, got {seen}")
        for key, wanted in PLAN.items():
            if per_style[key] != wanted:
                problems.append(f"style {key}: {per_style[key]} documents, expected {wanted}")
        wrong = [
            r["style"]
            for r in records
            if r["kind"] == "clean" and not r["style"].startswith("clean_")
        ]
        if wrong:
            problems.append(f"PII-free documents need a clean_* style: {wrong}")
        extra = [k for k in per_style if k not in PLAN]
        if extra:
            problems.append(f"unplanned styles: {extra}")
    per_type = Counter(s["type"] for r in records for s in r["spans"])
    if problems:
        print("\n".join(problems), file=sys.stderr)
        print(f"{len(problems)} problem(s); corpus.jsonl not written", file=sys.stderr)
        return 1
    if not partial:
        with OUT.open("w", encoding="utf-8") as fh:
            for rec in records:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(f"wrote {len(records)} documents to {OUT}")
    sizes = [len(r["text"]) for r in records]
    print(
        f"  pii {seen['pii']}, clean {seen['clean']}, spans {sum(per_type.values())}, "
        f"keep {sum(len(r['keep']) for r in records)}, length {min(sizes)}-{max(sizes)}"
    )
    for kind, n in per_type.most_common():
        print(f"  {kind:20s} {n}")
    for (style, kind), n in sorted(per_style.items()):
        n_spans = sum(len(r["spans"]) for r in records if (r["style"], r["kind"]) == (style, kind))
        print(f"  {style:28s} {kind:5s} {n:3d} docs {n_spans:4d} spans")
    return 0


# =============================================================================================
# id_documents (pii): identity documents of every shape
# =============================================================================================

pii(
    "id_documents",
    """
Stadt Bochum – Ausländerbehörde – Team Aufenthalt 2 – Willy-Brandt-Platz 2–6, 44777 Bochum
Aktenvermerk über eine persönliche Vorsprache                 Az.: [[AZ:32.3-AB-2027/01184]]
18.01.2027, Schalter 4, Aufruf B-117, Sprachmittlung Arabisch über den Pool der Stadt

Vorgesprochen: Herr [[P:Al-Hamwi, Mahmoud]], geb. [[DOB:02.11.1986]] in [[LOC:Homs]], StA syrisch,
mit Ehefrau [[P:Rasha Al-Hamwi]] geb. [[P:Darwish]], geb. [[DOB:19.06.1990]] in [[LOC:Hama]], StA syrisch,
und den Kindern [[P:Jana]] (*[[DOB:07.03.2016]] in [[LOC:Gaziantep]]) und [[P:Omar]] (*[[DOB:25.09.2021]] in [[LOC:Bochum]]).

vorgelegt (Kopien z. d. A.):
  Reisepass SYR      Nr. [[PASS:N011458273]]   gültig bis 11.05.2028   (Ehemann)
  Reisepass SYR      Nr. [[PASS:N010937716]]   abgelaufen 02/2025      (Ehefrau)
  eAT                Nr. [[ID:Y7H40M2K9]]      gültig bis 30.06.2027   (Ehemann, § 25 Abs. 2 AufenthG)
  eAT                Nr. [[ID:YK2N9T0L4]]      gültig bis 30.06.2027   (Ehefrau)
  Reiseausweis f. Flüchtlinge Nr. [[PASS:RF7004132]] ([[P:Jana]]), [[PASS:RF7004133]] ([[P:Omar]])

AZR-Nr.: Ehemann [[AZ:161205338847]], Ehefrau [[AZ:161205338855]], Kinder [[AZ:170411926630]] / [[AZ:211003417728]]
BAMF-Az. [[AZ:6794412-475]] (Familienasyl für [[P:Omar]], Bescheid vom 14.02.2022)

Anliegen: Verlängerung der Aufenthaltserlaubnisse. Der Pass der Ehefrau ist abgelaufen; sie hat
einen Termin bei der syrischen Botschaft in Berlin am 09.03.2027 (Bestätigung liegt vor). Bis
dahin Fiktionsbescheinigung nach § 81 Abs. 4 AufenthG, Nr. [[ID:M0T5R27KC]], gültig bis 18.04.2027.
Neue Anschrift seit 01.12.2026: [[STR:Kreyenfeldstraße 28]], [[LOC:44894 Bochum]] (Ummeldung im Bürgerbüro
Werne erfolgt). Rückfragen: Tel. Ehemann [[TEL:0176 48122095]].

WV 01.03.2027 – Hd
""",
    [
        "Willy-Brandt-Platz 2–6",
        "Aufruf B-117",
        "§ 25 Abs. 2 AufenthG",
        "§ 81 Abs. 4 AufenthG",
        "Bürgerbüro",
    ],
    allow=("Bochum",),
)

PA_BRINKHOFF = ausweis("L6M0RZ4C7", with_check=True)
PA_BRINKHOFF_LOW = PA_BRINKHOFF[:9].lower()
PA_BRINKHOFF_SERIAL = PA_BRINKHOFF[:9]
PA_JOERG = ausweis("LF74K29N0")
PA_JOERG_SPACED = f"{PA_JOERG[:3]} {PA_JOERG[3:6]} {PA_JOERG[6:]}"

pii(
    "id_documents",
    f"""
Von: [[MAIL:s.brinkhoff74@web.de]]
An: buergerdienste@dortmund.de
Gesendet: Montag, 11. Januar 2027 07:52
Betreff: Ausweis verloren - bitte sperren!!

Guten Morgen,

mein Personalausweis ist am Samstag auf dem Trödelmarkt am Westfalenpark abhanden gekommen, die
ganze Geldbörse ist weg. Ich habe zum Glück eine Kopie, darauf steht als Nummer [[ID:{PA_BRINKHOFF_LOW}]]
(oben rechts) und unten in der Zeile mit den <<< steht [[ID:{PA_BRINKHOFF}]], also mit einer Ziffer mehr.
Ich weiß nicht welche Sie brauchen.

Zu mir: [[P:Sabine Brinkhoff]], geb. [[DOB:14.07.1974]], [[STR:Hainallee 61]], [[LOC:44139 Dortmund]].
Den Ausweis von meinem Mann ([[P:Jörg Brinkhoff]], PA-Nr [[ID:{PA_JOERG_SPACED}]]) hatte ich nicht dabei, der ist noch da.
Die Anzeige bei der Polizei ist gemacht, Vorgangsnummer [[AZ:VG 271103-0447/27]].
Kann ich einen vorläufigen Ausweis bekommen? Wir fliegen am 02.02. nach Mallorca.

Gruß
[[P:Sabine Brinkhoff]]
Mobil [[TEL:0151 27730418]]

-----Ursprüngliche Nachricht-----
Von: buergerdienste@dortmund.de
Gesendet: Montag, 11. Januar 2027 09:21
Betreff: AW: Ausweis verloren - bitte sperren!!

Sehr geehrte Frau [[P:Brinkhoff]],

die Dokumentennummer [[ID:{PA_BRINKHOFF_SERIAL}]] ist seit heute 09:14 Uhr als abhanden gekommen im
Sachfahndungsbestand eingetragen (die zehnte Stelle ist nur die Prüfziffer). Einen vorläufigen
Personalausweis erhalten Sie mit Termin im Bürgerdienste-Standort Hörde, Gebühr 10,00 EUR; bitte
ein biometrisches Foto und die Verlustanzeige mitbringen. Termine: 0231 50-0 oder online.

Mit freundlichen Grüßen
i. A. [[P:Kampmann]]
Stadt Dortmund – Bürgerdienste – Tel. [[TEL:0231 50-21874]]
""",
    [
        "buergerdienste@dortmund.de",
        "0231 50-0",
        "Westfalenpark",
        "10,00 EUR",
        "Bürgerdienste-Standort Hörde",
    ],
)

ESSEN_TABLE = cols(
    (22, 40),
    ("", "Verlobte", "Verlobter"),
    ("Name, Vorname", "[[P:Hrytsenko, Oksana]]", "[[P:Kaplan, Murat]]"),
    ("Geburtsname", "[[P:Bondarenko]]", "–"),
    ("geb. am / in", "[[DOB:30.08.1995]] / [[LOC:Poltawa]]", "[[DOB:12.02.1992]] / [[LOC:Essen]]"),
    ("Staatsangehörigkeit", "ukrainisch", "türkisch, seit 2015 auch deutsch"),
    ("Reisepass", "UKR [[PASS:FA381204]] (bis 04/2031)", "TUR [[PASS:U28830417]] (bis 09/2029)"),
    ("weiteres Dokument", "ID-Karte UKR [[PASS:004512873]]", "Personalausweis [[ID:T7F2C9KJ4]]"),
    ("Aufenthalt", "eAT § 24 [[ID:YM3R08N1Z]]", "–"),
    ("Geburtsurkunde", "Auszug, Apostille, Übers. 4471/26", "Nüfus kayıt örneği, mehrsprachig"),
    ("Ehefähigkeit", "Befreiung OLG Hamm beantragt", "entfällt (Deutscher)"),
)

pii(
    "id_documents",
    f"""
Stadt Essen – Standesamt – Eheschließungen, Rathaus, Porscheplatz 1, 45127 Essen
Anmeldung der Eheschließung vom 22.01.2027                Vorgang [[AZ:E-EHE 0087/2027]]
Checkliste der vorgelegten Dokumente (Sachb. Me)

{ESSEN_TABLE}

Gemeinsame Anschrift: [[STR:Rüttenscheider Str. 207, 3. OG]], [[LOC:45131 Essen]]
Erreichbarkeit: [[TEL:0157 31190642]] ([[P:Murat]]), [[MAIL:oksana.hrytsenko@ukr.net]]
Dolmetscherin (ukr.): Frau [[P:Ivanna Melnyk]], allgemein beeidigt beim LG Essen

Vermerk: Die ukrainische ID-Karte ([[PASS:004512873]]) wurde im Original gesehen; die
Reisepassnummer der Verlobten wurde mit dem eAT abgeglichen (Feld „Pass-Nr.“ auf der Rückseite
stimmt mit [[PASS:FA381204]] überein). Der türkische Pass des Verlobten ist seit der Einbürgerung
nur noch als Zweitdokument geführt; maßgeblich ist der Personalausweis ([[ID:T7F2C9KJ4]]).
Ehefähigkeit: Antrag auf Befreiung von der Beibringung des Ehefähigkeitszeugnisses geht mit
allen Kopien an das Oberlandesgericht Hamm (§ 1309 Abs. 2 BGB).
Wunschtermin Trauung: 15.05.2027, Trauzimmer Schloss Borbeck.
""",
    [
        "Porscheplatz 1, 45127 Essen",
        "§ 1309 Abs. 2 BGB",
        "Schloss Borbeck",
        "Oberlandesgericht Hamm",
        "Übers. 4471/26",
    ],
    allow=("Essen",),
)

PA_ZIELINSKI = ausweis("LZ1H7P30X", with_check=True)
GE_TABLE = pipes(
    (2, 26, 22, 15, 10),
    ("Nr", "Name, Vorname", "Dokument", "Nummer", "gültig bis"),
    ("1", "[[P:Lupu, Ionela]]", "Pass ROU", "[[PASS:05418873]]", "17.06.2029"),
    ("", "", "Carte de identitate", "[[PASS:GL 618204]]", "02.11.2030"),
    ("2", "[[P:Lupu, Andrei-Cosmin]]", "Pass ROU", "[[PASS:05622190]]", "08.03.2027"),
    ("3", "[[P:Zieliński, Tomasz]]", "Paszport POL", "[[PASS:EN4471029]]", "21.09.2032"),
    ("", "", "Personalausweis", f"[[ID:{PA_ZIELINSKI}]]", "30.04.2033"),
    ("4", "[[P:Zielińska, Wiktoria]]", "Dowód osobisty POL", "[[PASS:CBA 482913]]", "11.12.2028"),
)

pii(
    "id_documents",
    f"""
Jobcenter Gelsenkirchen – Leistungsabteilung Team 413 – Vattmannstraße 2-8, 45879 Gelsenkirchen
Prüfbogen Identität und Aufenthaltsrecht              BG-Nr. [[AZ:36103BG0048817]]
Stand: 14.01.2027 (Weiterbewilligungsantrag vom 02.01.2027)

{GE_TABLE}

Geburtsdaten/-orte lt. Dokument:
1 [[DOB:03.05.1993]] [[LOC:Bacău]] · 2 [[DOB:29.01.2014]] [[LOC:Bacău]] · 3 [[DOB:16.10.1989]] [[LOC:Bytom]] · 4 [[DOB:06.06.2019]] [[LOC:Gelsenkirchen]]

Hinweise:
- Zu Nr. 3: Doppelstaater (deutsch/polnisch); die PA-Nummer wurde mit Prüfziffer aus der
  maschinenlesbaren Zone übernommen (10. Stelle). Im Antrag stand sie kleingeschrieben und mit
  Leerzeichen: "[[ID:{PA_ZIELINSKI[:3].lower()} {PA_ZIELINSKI[3:6].lower()} {PA_ZIELINSKI[6:].lower()}]]".
- Zu Nr. 2: Pass läuft am 08.03.2027 ab – Hinweis auf Verlängerung beim Generalkonsulat Bonn
  gegeben. Die Carte de identitate der Mutter (Serie GL) genügt als Nachweis nach § 8 FreizügG/EU.
- Zu Nr. 4: Kind ist im Dowód-Register geführt, Nummer lt. Kopie; Geburtsurkunde Standesamt
  Gelsenkirchen liegt vor.
- Anschrift der BG unverändert: [[STR:Bochumer Straße 118, 1. OG links]], [[LOC:45886 Gelsenkirchen]].
- Rückruf der Kundin unter [[TEL:0209 93178026]] am 15.01. erledigt, Unterlagen vollständig.

Prüfung: Pa / gegengez. Kl
""",
    [
        "Vattmannstraße 2-8, 45879 Gelsenkirchen",
        "§ 8 FreizügG/EU",
        "Generalkonsulat Bonn",
        "Team 413",
        "Serie GL",
    ],
    allow=("Gelsenkirchen",),
)

pii(
    "id_documents",
    """
Stadt Herne – Fachbereich Öffentliche Ordnung – Ausländerangelegenheiten
Verfügung / Vermerk Duldung                                 Az. [[AZ:32.2-DU-1193/22]]

Betroffener:      [[P:SAFI, Abdul Wahid]]
geboren:          [[DOB:01.01.1998]] in [[LOC:Herat]] (Datum lt. Tazkira, Tag/Monat fiktiv)
StA:              afghanisch
AZR-Nr.:          [[AZ:162207419933]]
BAMF-Az.:         [[AZ:7288104-423]] (Asylantrag abgelehnt, bestandskräftig seit 03.08.2024)
Anschrift:        [[STR:Bahnhofstr. 74a]], [[LOC:44623 Herne]], bei [[P:Safi]] (Bruder)

Identitätsnachweise:
  vorgelegt: Tazkira (Kopie) Nr. [[PASS:1398-0102-33914]]
  Nationalpass: nicht vorhanden; alter Pass Nr. [[PASS:P01928374]] (abgelaufen 2021) lt. Visadatei
  Passersatzpapier: beantragt über ZAB Köln am 20.11.2026, Bearbeitungsnr. PEP-2026-4471

Bescheinigung über die Aussetzung der Abschiebung (Duldung) § 60a Abs. 2 S. 1 AufenthG
  bisherige Bescheinigung Nr. [[ID:NT4417209]] – eingezogen und entwertet
  neue Bescheinigung    Nr. [[ID:NT4417588]] – gültig bis 19.04.2027
  Nebenbestimmungen: Wohnsitzauflage Herne; Erwerbstätigkeit nur mit Erlaubnis der ABH

Der Bruder, Herr [[P:Safi, Mohammad Nasir]] (eAT [[ID:YF8W2K1M7]], AZR [[AZ:161809233140]]),
begleitete zur Vorsprache und übersetzte. Er wohnt ebenfalls unter der o. g. Anschrift.
Hinweis auf Mitwirkungspflicht (§ 48 Abs. 3 AufenthG) erteilt; Belehrung unterschrieben.
Nächste Vorsprache: 12.04.2027, 9:30 Uhr, Zi. 2.14.

gez. Wi
""",
    ["§ 60a Abs. 2 S. 1 AufenthG", "ZAB Köln", "PEP-2026-4471", "§ 48 Abs. 3 AufenthG", "Zi. 2.14"],
)

NG_REPLY = quote(
    """Hallo Frau [[P:Terhaag]],
zu Frau [[P:Okonkwo]] ([[DOB:21.04.1991]]) folgendes: Der nigerianische Pass [[PASS:A05123456]] lag bei
Antragstellung vor, gültig bis 05/2026. Sie hat am 10.11.2026 die Erteilung der Niederlassungs-
erlaubnis beantragt; seither gilt die Fiktionsbescheinigung Nr. [[ID:MC49T7R02]] (§ 81 Abs. 4).
Für den Sohn [[P:Chidera]] (*[[DOB:13.08.2017]] in [[LOC:Benin City]]) liegt ein eAT vor: [[ID:YN70L2H5T]].
Gruß [[P:Hülsmann]], ABH Duisburg, Tel. [[TEL:0203 283-4117]]"""
)

pii(
    "id_documents",
    f"""
Von: [[P:Terhaag Anja]] <[[MAIL:a.terhaag@jobcenter-duisburg.de]]>
An: auslaenderbehoerde@stadt-duisburg.de
Datum: 19.01.2027 11:08
Betreff: AW: Kundin [[P:Okonkwo, Grace]] – BG [[AZ:23002BG0117034]]

Hallo Herr [[P:Hülsmann]],

vielen Dank. Zur Sicherheit noch einmal zusammengefasst, damit wir weiterbewilligen können:

Kundin:      [[P:Okonkwo, Grace Ifeoma]], geb. [[DOB:21.04.1991]] in [[LOC:Lagos]]
Pass NGA:    [[PASS:A05123456]] (abgelaufen; neuer Pass bei der Botschaft beantragt, Quittung
             Nr. NIS-BER-77120 liegt uns vor)
Fiktion:     [[ID:MC49T7R02]], gültig bis 09.05.2027
Kind:        [[P:Okonkwo, Chidera]], eAT [[ID:YN70L2H5T]]
AZR:         [[AZ:171002885014]] (Mutter)

Kurze Frage noch: Auf der Kopie ist die Fiktionsbescheinigung als "[[ID:mc49t7r02]]" notiert, vermutlich
von Hand abgeschrieben. Ist das dieselbe Nummer?

Viele Grüße
[[P:Anja Terhaag]]
Jobcenter Duisburg, Team U25/Integration, Tel. [[TEL:0203 3021-5512]]

Am 18.01.2027 um 16:40 schrieb auslaenderbehoerde@stadt-duisburg.de:
{NG_REPLY}
""",
    [
        "auslaenderbehoerde@stadt-duisburg.de",
        "NIS-BER-77120",
        "Team U25/Integration",
        "§ 81 Abs. 4",
        "Niederlassungs-",
    ],
)

pii(
    "id_documents",
    """
Stadt Recklinghausen – Ausländerbehörde – Rathausplatz 3, 45657 Recklinghausen
Sachstandsvermerk Familie [[P:Tesfay]] / [[P:Ghebre]]                  Az.: [[AZ:FB 32-AB 4410/19]]

1. Personen
   a) [[P:Tesfay, Yonas Habte]], *[[DOB:12.09.1984]] in [[LOC:Keren]] (Eritrea), StA eritreisch
      anerkannter Flüchtling (GFK), BAMF-Az. [[AZ:7712093-224]], AZR [[AZ:151103776241]]
   b) [[P:Ghebre, Saba Tekle]], *[[DOB:04.02.1990]] in [[LOC:Asmara]], StA eritreisch, Ehefrau
      Familiennachzug 2023, AZR [[AZ:230512004419]]
   c) [[P:Yonas, Milen]], *[[DOB:17.11.2015]] in [[LOC:Khartum]] – d) [[P:Yonas, Abel]], *[[DOB:30.06.2024]] in [[LOC:Recklinghausen]]

2. Dokumente
   Reiseausweis für Flüchtlinge (blau, 1951):
      a) Nr. [[PASS:FH1027734]] gültig bis 03.2029  b) Nr. [[PASS:FH1027735]]  c) Nr. [[PASS:FH1027736]]
   Nationalpass ERI: nur b) vorhanden, Nr. [[PASS:P01672439]] (Einreise mit Visum, Etikett Nr. [[PASS:DEU 004718263]])
   eAT: a) [[ID:Y4RN7C0G2]]  b) [[ID:Y4RN7C1J5]]  c) [[ID:Y4RN7C2K8]]
   d) Geburtsurkunde Standesamt Recklinghausen, eAT-Antrag gestellt, bis dahin Fiktionsbescheinigung [[ID:NX0T7226M]]

3. Anliegen
   Herr [[P:Tesfay]] fragt nach der Niederlassungserlaubnis nach § 26 Abs. 3 AufenthG. Einkommen
   aus Beschäftigung bei der Vestische Straßenbahnen GmbH (Fahrer) ist nachgewiesen. Die Ehefrau
   soll keinen eritreischen Pass mehr verlängern müssen (Diasporasteuer) – Prüfung Reiseausweis
   für Ausländer, bis dahin bleibt der Pass [[PASS:P01672439]] in der Akte als Kopie.
   Anschrift seit 2021: [[STR:Dortmunder Str. 152]], [[LOC:45665 Recklinghausen]]; Tel. [[TEL:02361 8824107]].

Hinweis: In der Eritrea-Liste des Sozialamts steht der Sohn als „[[P:Milen Yonas Habte]]“ – die
Namensführung nach eritreischem Recht (Vorname, Vorname des Vaters, Vorname des Großvaters) ist
im AZR korrigiert.                                                               gez. Bk / Ra
""",
    [
        "Rathausplatz 3, 45657 Recklinghausen",
        "§ 26 Abs. 3 AufenthG",
        "Vestische Straßenbahnen GmbH",
        "Diasporasteuer",
        "Reiseausweis für Flüchtlinge (blau, 1951)",
    ],
    allow=("Recklinghausen",),
)

PA_HAMM_WIFE = ausweis("LH2R9W5T1", with_check=True)

pii(
    "id_documents",
    f"""
Stadt Hamm – Einbürgerungsbehörde – Theodor-Heuss-Platz 16, 59065 Hamm
Checkliste Einbürgerungsantrag (§ 10 StAG)                 Vorgang [[AZ:EB 0416/2026]]
Antragsteller: [[P:Haddad, Karwan]]                           eingegangen 07.12.2026

[x] Antrag (Anlage 1) unterschrieben
[x] Nationalpass: Irak, Nr. [[PASS:A15293847]], gültig bis 22.08.2030 (Kopie aller Seiten)
[x] Aufenthaltstitel: eAT [[ID:YP6T0K3C8]], Niederlassungserlaubnis seit 2019
[x] Geburtsurkunde: geb. [[DOB:05.03.1985]] in [[LOC:Dohuk]] (Übersetzung Ü-2026-118)
[x] Heiratsurkunde: Ehe geschlossen am 14.06.2012 in [[LOC:Erbil]]
[x] Ehefrau [[P:Haddad, Nisrin]] geb. [[P:Barzani]], *[[DOB:11.11.1988]] in [[LOC:Zakho]], deutsche
    Staatsangehörigkeit seit 2022, Personalausweis-Nr. [[ID:{PA_HAMM_WIFE}]] (Miterwerb entfällt)
[x] Kinder: [[P:Ruken]] (*[[DOB:27.02.2014]] in [[LOC:Hamm]]), [[P:Baran]] (*[[DOB:09.10.2017]] in [[LOC:Hamm]])
    – beide Kinderreisepass DEU: [[PASS:F3K07LTX2]], [[PASS:F3K07LTY5]] (Erwerb ius soli)
[ ] Einbürgerungstest: Bescheinigung fehlt noch (Termin VHS Hamm 06.02.2027)
[x] Sprachnachweis B1: telc, Zertifikat-Nr. 0417-7720-15
[x] Unterhaltsfähigkeit: Arbeitsvertrag Westfalen Logistik GmbH (HRB 4471, AG Hamm)
[x] AZR-Abgleich: [[AZ:141007112093]]

Anmerkungen:
- Passnummer im Antrag mit l statt 1 geschrieben ("[[PASS:Al5293847]]"); korrigiert nach Passkopie.
- Wohnanschrift: [[STR:Ostenallee 97]], [[LOC:59071 Hamm]], Tel. [[TEL:02381 4471923]].
- Aufgabe der irakischen Staatsangehörigkeit nicht erforderlich (Mehrstaatigkeit, StAG 2024).
- Die Ehefrau hat den Ausweis beim Termin vorgezeigt, Nummer auf dem Bogen klein notiert:
  "[[ID:{PA_HAMM_WIFE[:9].lower()}]]".

Bearb.: Tö        Zweitprüfung: Sch
""",
    [
        "Theodor-Heuss-Platz 16, 59065 Hamm",
        "§ 10 StAG",
        "Westfalen Logistik GmbH",
        "HRB 4471, AG Hamm",
        "0417-7720-15",
    ],
    allow=("Hamm",),
)

PA_OEZTUERK_MOTHER = ausweis("L9C4J1T7W")
PA_OEZTUERK_DAUGHTER = ausweis("LK03X8N6R", with_check=True)
WBS_TABLE = tabs(
    ("lfd.", "Name", "Vorname", "geb.", "Dokument", "Ausweis-Nr.", "Bemerkung"),
    (
        "1",
        "[[P:Öztürk]]",
        "[[P:Hüseyin]]",
        "[[DOB:14.03.1961]]",
        "Pass TUR",
        "[[PASS:U 0914 4820]]",
        "eAT Daueraufenth.-EU [[ID:YC8L1R4N0]]",
    ),
    (
        "2",
        "[[P:Öztürk]]",
        "[[P:Ayşe]]",
        "[[DOB:02.07.1964]]",
        "PA",
        f"[[ID:{PA_OEZTUERK_MOTHER[:4]} {PA_OEZTUERK_MOTHER[4:]}]]",
        "eingebürgert 2009",
    ),
    (
        "3",
        "[[P:Öztürk]]",
        "[[P:Elif]]",
        "[[DOB:21.12.1999]]",
        "PA",
        f"[[ID:{PA_OEZTUERK_DAUGHTER.lower()}]]",
        "mit Prüfziffer erfasst",
    ),
    (
        "4",
        "[[P:Kılıç]]",
        "[[P:Emre]]",
        "[[DOB:08.05.1997]]",
        "Pass TUR",
        "[[PASS:U31208874]]",
        "Schwiegersohn, Heirat 2026",
    ),
    ("5", "[[P:Kılıç]]", "[[P:Defne]]", "[[DOB:30.10.2026]]", "", "", "Geburtsurkunde"),
)

pii(
    "id_documents",
    f"""
Stadt Bochum – Amt für Bauen und Wohnen – Wohnraumversorgung, Hans-Böckler-Str. 19, 44787 Bochum
Aktennotiz WBS-Antrag [[AZ:WBS-2027-00318]]                               13.01.2027 / Gü

Antrag auf Wohnberechtigungsschein (§ 18 WFNG NRW) für 5 Personen, jetzige Wohnung
[[STR:Dibergstraße 15]], [[LOC:44789 Bochum]] (3 Zimmer, 71 m², Überbelegung).
Haushaltsangaben aus dem Antrag (Excel-Übernahme aus dem Online-Formular):

{WBS_TABLE}

Prüfung der Identität:
- Nr. 1 hat nur den Pass vorgelegt; Ausweis-Nr. laut Formular "[[PASS:u09144820]]", im Pass mit Leerzeichen gedruckt.
- Nr. 2 Personalausweis vorgelegt: Dokumentennummer im Formular ohne Leerzeichen eingetragen
  ([[ID:{PA_OEZTUERK_MOTHER}]]), auf der Kopie gesehen wie in der Tabelle.
- Nr. 3 hat im Online-Formular alles kleingeschrieben; PA-Nr. geprüft, Prüfziffer stimmt.
- Nr. 4 (Herr [[P:Kılıç]]) legt den eAT nach, derzeit Fiktionsbescheinigung [[ID:MH27T0F4L]].
Einkommen: Rente Nr. 1, Minijob Nr. 2, Ausbildungsvergütung Nr. 3 (Sparkasse Bochum), ALG I Nr. 4.
Kontakt: Tochter [[P:Elif Öztürk]], [[TEL:0152 08813297]], [[MAIL:elif.oeztuerk99@gmx.de]].
Einkommensgrenze nach § 13 WFNG NRW überschritten? → Nein, Berechnung s. Blatt 7.
""",
    [
        "Hans-Böckler-Str. 19, 44787 Bochum",
        "§ 18 WFNG NRW",
        "§ 13 WFNG NRW",
        "Sparkasse Bochum",
        "71 m²",
    ],
)

PA_KRAFT = ausweis("LR8F0M3X6", with_check=True)

pii(
    "id_documents",
    f"""
VOLLMACHT ZUR ZULASSUNG / UMSCHREIBUNG EINES FAHRZEUGS
Stadt Dortmund – Straßenverkehrsamt – Zulassungsstelle, Rheinlanddamm 203, 44139 Dortmund

Vollmachtgeber (Halter)
Name, Vorname:        [[P:Kraft, Hannelore]]
Geburtsdatum:         [[DOB:19.09.1948]]              Geburtsort: [[LOC:Lünen]]
Anschrift:            [[STR:Kirchhörder Straße 39]], [[LOC:44229 Dortmund]]
Ausweis-Nr.:          [[ID:{PA_KRAFT}]]  (Personalausweis)

Bevollmächtigter
Name, Vorname:        [[P:Moldovan, Sorin-Mihai]]
Geburtsdatum:         [[DOB:07.01.1990]]              Geburtsort: [[LOC:Cluj-Napoca]]
Anschrift:            [[STR:Mallinckrodtstr. 224]], [[LOC:44147 Dortmund]]
vorgelegt:            Reisepass ROU [[PASS:053127745]] + Carte de identitate [[PASS:CJ 904417]]

Vorgang: Umschreibung Pkw VW Golf, FIN WVWZZZ1KZAW00471 (Halterwechsel auf die Enkelin)
bisheriges Kennzeichen: [[KFZ:DO-HK 1948]]   neues Kennzeichen: [[KFZ:DO-LK 2207]] (Wunschkennz.)
neue Halterin: [[P:Kraft, Lea]], *[[DOB:22.07.2005]], gleiche Anschrift, PA [[ID:LR8F1C2N7]]
eVB-Nummer: A7K2MQ9 (HUK-COBURG)
SEPA-Lastschrift Kfz-Steuer: Konto der neuen Halterin, IBAN [[IBAN:{iban("DE", "440501990871240093")}]]

Ich bevollmächtige den o. g. Bevollmächtigten, alle Erklärungen abzugeben. Die Vollmacht tritt
mit der Unterschrift in Kraft und gilt bis zum Abschluss des Vorgangs.
Dortmund, 20.01.2027             gez. [[P:H. Kraft]]

---- Vermerk Schalter 7 (Ko) ----
Der Bevollmächtigte legte zusätzlich einen abgelaufenen rumänischen Pass vor (Nr. [[PASS:051190023]]);
nicht verwendet. Ausweisnummer der Vollmachtgeberin war auf der Vollmacht ohne Prüfziffer
eingetragen ([[ID:{PA_KRAFT[:3]} {PA_KRAFT[3:9]}]]) – abgeglichen mit der Ausweiskopie, stimmt.
""",
    [
        "Rheinlanddamm 203, 44139 Dortmund",
        "WVWZZZ1KZAW00471",
        "A7K2MQ9",
        "HUK-COBURG",
        "Schalter 7",
    ],
    allow=("Kraft",),
)

UA_TABLE = cols(
    (4, 27, 12, 18, 13, 12),
    ("Nr", "Name / Vorname", "geb.", "Geburtsort", "Pass", "Fiktion"),
    (
        "1",
        "[[P:KOVALCHUK Nataliia]]",
        "[[DOB:11.04.1979]]",
        "[[LOC:Mariupol]]",
        "[[PASS:FF203917]]",
        "[[ID:MT0K4F7P3]]",
    ),
    (
        "2",
        "[[P:KOVALCHUK Sofiia]]",
        "[[DOB:02.09.2009]]",
        "[[LOC:Mariupol]]",
        "[[PASS:FF203918]]",
        "[[ID:MT0K4F7R6]]",
    ),
    (
        "3",
        "[[P:KOVALCHUK Danylo]]",
        "[[DOB:18.03.2014]]",
        "[[LOC:Berdiansk]]",
        "–",
        "[[ID:MT0K4F7T9]]",
    ),
    (
        "4",
        "[[P:HORBENKO Valentyna]]",
        "[[DOB:25.12.1952]]",
        "[[LOC:Saporischschja]]",
        "[[PASS:ME 471203]]",
        "[[ID:MT0K4F8C1]]",
    ),
)

pii(
    "id_documents",
    f"""
Stadt Gelsenkirchen – Referat Soziales – Leistungen nach dem AsylbLG / SGB II-Übergang Ukraine
Übergabeliste an das Jobcenter (Rechtskreiswechsel)      Bedarfsgemeinschaft [[AZ:AsylbLG-UA-2204]]
erstellt 16.01.2027, Seite 1/1

{UA_TABLE}

Erläuterungen:
- Nr. 4 hat keinen Auslandspass; vorgelegt wurde der alte Inlandspass (Heft) mit kyrillischer Serie
  "[[PASS:МЕ 471203]]", in der Tabelle lateinisch übertragen. Geburtsort in der Urkunde „[[LOC:Запоріжжя]]“.
- Nr. 3: Kinderausweis nicht vorhanden, Geburtsurkunde aus [[LOC:Berdiansk]] (Apostille) liegt vor.
- Fiktionsbescheinigungen nach § 81 Abs. 5 i. V. m. § 24 AufenthG, gültig bis 30.06.2027;
  eAT-Anträge gestellt (Ausländerbehörde Gelsenkirchen, Termin 04.02.2027).
- AZR-Nummern: 1 [[AZ:220318004471]], 2 [[AZ:220318004472]], 3 [[AZ:220318004473]], 4 [[AZ:220402119307]]
- Unterkunft: [[STR:Ückendorfer Str. 96, 2. OG]], [[LOC:45886 Gelsenkirchen]] (Wohnung über
  die ggw Gelsenkirchener gemeinnützige Wohnungsgesellschaft mbH)
- Tochter von Nr. 4 (Frau [[P:Horbenko, Iryna]]) lebt in [[LOC:Lwiw]], Kontakt über Nr. 1:
  [[TEL:+49 1590 6127734]]
- Die Schreibweise im Pass von Nr. 1 lautet "[[P:Nataliia Kovalchuk]]", in der Meldebescheinigung
  "[[P:Natalija Kowaltschuk]]" – Abgleich über Geburtsdatum und Passnummer.

Übergabe an Jobcenter Gelsenkirchen, Team 420, per Fachverfahren am 16.01.2027 (Sb. Lo)
""",
    [
        "§ 81 Abs. 5 i. V. m. § 24 AufenthG",
        "ggw Gelsenkirchener gemeinnützige Wohnungsgesellschaft mbH",
        "Team 420",
        "Rechtskreiswechsel",
        "Seite 1/1",
    ],
)

VISA_REPLY = quote(
    """Sehr geehrte Damen und Herren,
für die Ehefrau unseres Einwohners [[P:Arslan, Serkan]] (eAT [[ID:YG5N2K8W0]]) wird die
Zustimmung nach § 31 AufenthV erteilt. Unterhalt und Wohnraum ([[STR:Altenessener Str. 311]],
[[LOC:45326 Essen]]) sind gesichert.
i. A. [[P:Vogelsang]], Ausländerbehörde Essen, Tel. [[TEL:0201 88-33161]]"""
)

pii(
    "id_documents",
    f"""
Von: visa@anka.diplo.de
An: auslaenderbehoerde@essen.de
Datum: 21.01.2027 09:12
Betreff: Visumserteilung Familiennachzug – Ihr Zeichen [[AZ:32-4-FZ-0311/26]] – [[P:ARSLAN, Zeynep]]

Sehr geehrte Damen und Herren,

wir teilen mit, dass den folgenden Personen am 20.01.2027 nationale Visa (Kategorie D,
Familiennachzug, § 30 / § 32 AufenthG) erteilt wurden:

  [[P:ARSLAN, Zeynep]]     *[[DOB:09.06.1996]] [[LOC:Kayseri]]    Pass TUR [[PASS:U19274635]]   Visum [[PASS:DEU 004930127]]
  [[P:ARSLAN, Yusuf]]      *[[DOB:14.01.2021]] [[LOC:Kayseri]]    Pass TUR [[PASS:U19274636]]   Visum [[PASS:DEU 004930128]]

Gültigkeit 20.01.2027 – 19.04.2027, Einreise voraussichtlich 01.02.2027 über Düsseldorf.
Die Visanummer steht rot gedruckt oben rechts auf dem Etikett (in Ihrer Zustimmung war
versehentlich die Passnummer „[[PASS:u19274635]]“ als Visanummer eingetragen). Bitte stellen Sie nach der
Einreise den Aufenthaltstitel aus; die Anschrift des Ehemanns in Essen ist unverändert.

Mit freundlichen Grüßen
Visastelle – Deutsche Botschaft Ankara

Am 12.12.2026 schrieb auslaenderbehoerde@essen.de:
{VISA_REPLY}
""",
    [
        "visa@anka.diplo.de",
        "§ 30 / § 32 AufenthG",
        "§ 31 AufenthV",
        "Kategorie D",
        "Deutsche Botschaft Ankara",
    ],
)

# =============================================================================================
# ocr_form (pii): OCR'd forms with label columns and noise
# =============================================================================================

pii(
    "ocr_form",
    """
S t a d t   D o r t m u n d  -  0rdnungsamt / Gewerbeangelegenheiten          Eingang: l 2. JAN. 2O27
G e w e r b e - A n m e l d u n g   nach § 14 GewO  (GewA 1)                   Blatt 1 v. 2

1  Name ............. [[P:Yi1maz]]
2  Vornamen ......... [[P:Mehmet Ali]]
3  Geschlecht         [x] mannl.  [ ] weibl.  [ ] divers
4  Geburtsdatum[[DOB:O3.O4.l988]]      Geburtsort:[[LOC:Dortmund-H0rde]]
5  Staatsangehorigkeit ☒ deutsch  ☐ andere:
6  Anschrift der      [[STR:Bruder-Jordan-Strasse 1l]]
   Wohnung            [[LOC:44l35 Dortmund]]
                      Tel. [[TEL:O231 5881 447]]   Mobil [[TEL:Ol76 2O93 8814]]
                      E-Mail [[MAIL:m.yilmaz.fliesen@t-online.de]]
7  Name des Betriebs  Fliesen [[P:Yilmaz]] e.K.
8  Handelsregister    ☒ ja: Amtsgericht Dortmund [[HR:HRA l924l]]
9  Betriebsstatte     [[STR:Evinger Str. 2O3]]
                      [[LOC:44145 D0rtmund]]
10 [x] Hauptniederlassung  [ ] Zweigniederlassung  [ ] unselbst. Zweigstelle
13 Angemeldete Tatig- Fliesen-, Platten- und Mosaikleger (zulassungsfrei,
   keit               Anl. B1 HwO); Handel mit Bauzubehor
15 Beginn der Tatigkeit   0l.02.2O27
16 Zahl der Beschaftigten Vollzeit: 1    Teilzeit: O
17 Art der Anmeldung  ☒ Neuerrichtung  ☐ Ubernahme  ☐ Wiederaufnahme
   Rechtsform         [x] Einzelunternehmen

Dortmund, den ll.0l.2027           Unterschrift: ~[[P:M. Yilmaz]]~
-------------------------------------------------------------------------
Bearbeitungsvermerke: Gebuhr 26,OO EUR bez. (Kasse 3) / Meldung an IHK, HWK, FA Dortmund-Ost
""",
    ["§ 14 GewO", "Anl. B1 HwO", "Eingang: l 2. JAN. 2O27", "Gebuhr 26,OO EUR", "FA Dortmund-Ost"],
)

pii(
    "ocr_form",
    """
STADT ESSEN · 0rdnungsamt   -- Gewerbemeldestelle --            Az [[AZ:GE-32.6-0l 1187/27]]
GewA 1 Gewerbe-Anmeldung                                                      |Seite 2|

Angaben zur juristischen Person
  Name der Gesellschaft  Rhein-Ruhr Montagebau GmbH
  Registergericht/-Nr.   Amtsgericht Essen HRB 3l774
  Sitz / Betriebsstatte  Econova-Allee 6, 45356 Essen
  Telefon (Zentrale)     0201 86 99 0-0

Gesetzliche Vertreter (Geschaftsfuhrer)
  Name,Vorname  [[P:N0wak, Przemyslaw]]          |  Name,Vorname  [[P:Schafer, Dirk]]
  geb.am        [[DOB:2l.1l.1977]]               |  geb.am        [[DOB:O9.O9.l969]]
  in            [[LOC:Gliwice]] (Polen)          |  in            [[LOC:Gelsen-]]
                                                 |                [[LOC:kirchen-Buer]]
  Wohnanschrift [[STR:Frohnhauser Str. 3O8]]     |  Wohnanschrift [[STR:Marienstr. 17]]
                [[LOC:45l44 Essen]]              |                [[LOC:45307 Essen]]
  Staatsangeh.  ☒ andere: polnisch               |  Staatsangeh.  ☒ deutsch

Tatigkeit: Montage von Stahlbau- und Fassadenelementen, Vermietung von Arbeitsbuhnen
Beginn: 0l.03.2027      Zahl der Beschaftigten: Vollzeit l8   Teilzeit 2
Anmeldung wegen [x] Neuerrichtung   [ ] Verlegung   [ ] Rechtsformwechsel

Unterschrift(en)  ~[[P:P.Nowak]]~           ~[[P:Schäfer]]~
Rückfragen an:   Herrn [[P:Schäfer]] (GF), Durchwahl [[TEL:0201 86990-14]]

Vermerk: Anmeldung vollstandig; Fuhrungszeugnis und Gewerbezentralregister fur beide GF
angefordert (§ 29 GewO). Hinweis: Name des GF im OCR als "[[P:N0wak]]" erkannt, korrekt: [[P:Nowak]].
""",
    [
        "Rhein-Ruhr Montagebau GmbH",
        "Amtsgericht Essen HRB 3l774",
        "Econova-Allee 6, 45356 Essen",
        "0201 86 99 0-0",
        "§ 29 GewO",
    ],
)

pii(
    "ocr_form",
    f"""
Antrag auf Mietzuschuss (Wohngeld)          Stadt Bochum · Amt für Bauen und Wohnen · Wohngeldstelle
Eingangsstempel: 0 5. JAN. 2027 / WG               Wohngeld-Nr. [[AZ:WG 4l2O-0871/27]]

1. Antragstellende Person
Familienname     [[P:Wozniak]]                  Vorname [[P:Kataryna]]
Geburtsname      [[P:Szymanska]]                Geburtsdatum [[DOB:l4.O2.1983]]
Geburtsort       [[LOC:Katowice]]               Familienstand ☐ ledig ☒ verh. ☐ gesch. ☐ verw.
Anschrift        [[STR:Hattinger Strasse 4O3]], [[LOC:44795 Bochum]]
Telefon          [[TEL:O234 9l 47 220]]        E-Mail [[MAIL:k.wozniak@gmx.net]]

2. Haushaltsmitglieder (einschl. antragstellende Person)
Nr Name, Vorname             geb.        Verwandtschaft   Einkommen
1  [[P:Wozniak, Kataryna]]      [[DOB:14.02.1983]]  Antragst.        ja
2  [[P:Wozniak, Pawe1]]         [[DOB:3O.O7.198O]]  Ehemann          ja
3  [[P:Wozniak, Zofia]]         [[DOB:O1.12.2O11]]  Tochter          nein
4  [[P:Wozniak,]]
   [[P:Jakub Mikolaj]]          [[DOB:19.O5.2O16]]  Sohn             nein

3. Wohnung     Miete mtl. 742,OO EUR (kalt), Nebenkosten 2l0,00 EUR, Heizung ☒ zentral
   Wohnflache  78,5 m²    Bezugsfertig ☐ bis 1965 ☒ 1966-1990 ☐ ab 1991
   Vermieter/in [[P:Ingrid Wessel]], [[STR:Königsallee 15l]], [[LOC:44789 Bochum]]

4. Bankverbindung fur die Zahlung
   Kontoinhaber/in [[P:Kataryna Wozniak]]
   IBAN [[IBAN:{iban("DE", "430700240638814203")}]]    BIC DEUTDEDB43O

Ich versichere ... die Angaben sind richtig.       Bochum, O2.Ol.2O27   ~[[P:K. Wozniak]]~
                                                                          Seite 1/4 · WoGG-Vordruck 2O25
""",
    [
        "Wohngeldstelle",
        "Eingangsstempel: 0 5. JAN. 2027 / WG",
        "742,OO EUR",
        "BIC DEUTDEDB43O",
        "WoGG-Vordruck 2O25",
    ],
)

PAUL_RV = rv_nr("53", "170875", "G", "44")
PAUL_TAX = steuer_id("4719035821", grouped=True)

pii(
    "ocr_form",
    f"""
Stadt Herne · FB Soziales · Wohngeld       W o h n g e l d a n t r a g  - Anlage Einkommen       S.2
Name d. antragst. Person: [[P:Gunes, Paul-Ömer]]   Wohngeld-Nr.: [[AZ:WG-HER-2O26-1l93]]

Einkommen aus nichtselbststandiger Arbeit
Person   Arbeitgeber (Name, Anschrift)                        brutto mtl.   Zeitraum
l        Stahlhandel Rottmann GmbH & Co. KG, Shamrockring 1,   3.118,4O      ab Ol.09.2O26
         44623 Herne
2        [ ] keine Beschaftigung  [x] Minijob: Backerei
         Bäckerei Kortkamp GmbH (Filiale Wanne)              538,OO        laufend

Angaben zur Person 1 (fur Ruckfragen der Rentenversicherung / Finanzverwaltung)
Rentenvers.-Nr.[[RV:{PAUL_RV}]]
Steuer-ID      [[TAX:{PAUL_TAX}]]
Kinder         [[P:Gunes, Lina]] *[[DOB:O6.O4.2O1O]], [[P:Gunes, Mats]] *[[DOB:22.ll.2Ol3]]

Person 2: [[P:Güneş-Hoppe, Sabine]] geb. [[DOB:1O.O3.1979]]    Steuer-ID siehe Anl. 2
Kindergeld ☒ ja, Familienkasse NRW-Ost, Kindergeld-Nr. [[AZ:2l5FK7O4431]]
Unterhalt  ☐ wird gezahlt  ☐ wird empfangen  ☒ entfallt

Erklarung des Arbeitgebers (Stempel):
STAHLHANDEL ROTTMANN GMBH & CO. KG · Personalabteilung · Tel. O2323 4O97-0
bestatigt: [[P:Paul-Omer Gunes]] ist seit Ol.O9.2O26 bei uns beschaftigt. i.A. [[P:Terfloth]]

Hinweis Sachb.: Name auf S.1 mit Umlauten („[[P:Güneş]]“), hier ohne – [[P:Güneş]] = [[P:Gunes]]; Person 2
fuhrt Doppelnamen. Kinder gehen beide in die Gesamtschule Wanne-Eickel.
""",
    [
        "Stahlhandel Rottmann GmbH & Co. KG, Shamrockring 1,",
        "Bäckerei Kortkamp GmbH",
        "Familienkasse NRW-Ost",
        "O2323 4O97-0",
        "Gesamtschule Wanne-Eickel",
    ],
)

pii(
    "ocr_form",
    """
Stadt Gelsenkirchen - Burgerservice/Meldebehorde - Ebertstr. 11, 45879 Gelsenkirchen
A n m e l d u n g  bei der Meldebehorde (§ 17 Abs. 1 BMG)        Vorgangs-Nr. [[AZ:MB-O87l4-27]]

Neue Wohnung         [[STR:Grillostr. 4l, Hinterhaus]]          ☒ alleinige Whg. ☐ Haupt- ☐ Nebenwohnung
                     [[LOC:45881 Gelsenkirchen]]                Einzugsdatum O1.O1.2027
Bisherige Wohnung    [[STR:ul. Raciborska l4 m. 7]]
                     [[LOC:44-2OO Rybnik]] / POLEN              Zuzug aus dem Ausland ☒

Person 1  Familienname[[P:Kaczmarek]]  Vorname(n)[[P:Grzegorz]]  Geschl. m
          Geb.-Datum  [[DOB:l7.O8.l985]]  Geb.-Ort [[LOC:Wodzis?aw Sl.]]  StA POL  rk
          Familienstand vh seit O9.O6.2OlO in [[LOC:Rybnik]]
          Dok.: [x] Personalausweis POL  Nr. [[PASS:AYN 5l2937]]  ausgest. 2O19  gultig 2O29
Person 2  Familienname[[P:Kaczmarek]]  Vorname(n)[[P:Magdalena]]  Geschl. w
          Geburtsname [[P:Duda]]
          Geb.-Datum  [[DOB:O2.O2.l987]]  Geb.-Ort [[LOC:Rybnik]]  StA POL  rk
          Dok.: [x] Reisepass POL  Nr. [[PASS:EA 3O88417]]
Person 3  Familienname[[P:Kaczmarek]]  Vorname(n)[[P:Oliwia]]  Geschl. w
          Geb.-Datum  [[DOB:3l.l2.2Ol2]]  Geb.-Ort [[LOC:Rybnik]]  StA POL  rk
          Dok.: ☐ keins

Wohnungsgeberbestatigung lag vor: ☒ ja  Wohnungsgeber: Vivawest Wohnen GmbH, Nordsternplatz 1
Unterschrift: ~[[P:G.Kaczmarek]]~           Gelsenkirchen, den 05.0l.2O27

Bearbeitervermerk: Geb.-Ort Person 1 im Scan unleserlich ("Wodzis?aw" = [[LOC:Wodzisław Śląski]]).
Meldebescheinigungen ausgehandigt; Steuer-IdNr. wird vom BZSt zugeteilt.
""",
    [
        "Ebertstr. 11, 45879 Gelsenkirchen",
        "§ 17 Abs. 1 BMG",
        "Vivawest Wohnen GmbH, Nordsternplatz 1",
        "BZSt",
        "Zuzug aus dem Ausland",
    ],
)

pii(
    "ocr_form",
    """
STADT DUISBURG  Burger- und Ordnungsamt / Burgerservice Hamborn            -- Scan vom 19.0l.2027 --
Anmeldung  |  Wohnungsgeberbestatigung nach § 19 BMG                          Blatt 2 von 2

Angaben zum Wohnungsgeber
Name / Firma ...... [[P:Schmitz-Ter Horst, Ulrich]]
Anschrift ......... [[STR:Duisburger Str. 27O]]
                    [[LOC:47166 Duisburg]]
Tel. .............. [[TEL:O2O3 55 4l 98O]]
[x] Der Wohnungsgeber ist gleichzeitig Eigentumer
[ ] Der Wohnungsgeber ist nicht Eigentumer. Name und Anschrift des Eigentumers:

Angaben zur Wohnung
Strasse, Hausnr. .. [[STR:Alleestr. 14, EG links]]
PLZ, Ort .......... [[LOC:47l66 Duisburg]]
[x] Einzug am  Ol.Ol.2O27          [ ] Auszug am

Namen der meldepflichtigen Personen
1 [[P:Bello, Olu-]]
  [[P:wafemi]]   ☒ Mieter
2 [[P:Bello, Funmilayo]]         ☒ Ehefrau
3 [[P:Bello, Tobi]] (Kind, geb. [[DOB:O3.O3.2O2O]])

Ich bestatige mit meiner Unterschrift ... (§ 19 Abs. 1 Satz 1 BMG)
Duisburg, 28.12.2O26    ~[[P:U. Schmitz-Ter Horst]]~ (Unterschrift Wohnungsgeber)

Hinweis fur Wohnungsgeber: Die Ausstellung einer Bestatigung ohne tatsachlichen Bezug ist eine
Ordnungswidrigkeit (§ 54 Abs. 2 Nr. 2 BMG), Bussgeld bis 50.OOO EUR.
------------------------------------------------------------------------------------------------
Vermerk Burgerservice (Ta): Ehemann hat Pass NGA [[PASS:A1O779324]] vorgelegt, Frau Reisepass
NGA [[PASS:BO4417205]], Kind nur Geburtsurkunde (Standesamt Duisburg). Frau [[P:Bello]] spricht
kaum Deutsch; Sohn des Vermieters hat ubersetzt.
""",
    [
        "§ 19 BMG",
        "§ 54 Abs. 2 Nr. 2 BMG",
        "50.OOO EUR",
        "Burgerservice Hamborn",
        "§ 19 Abs. 1 Satz 1 BMG",
    ],
)

KOCH_RV = rv_nr("65", "290357", "K", "02")

pii(
    "ocr_form",
    f"""
Kreis Recklinghausen · FD 50 Soziales · Schwerbehindertenrecht · Kurt-Schumacher-Allee 1
ANTRAG nach dem Neunten Buch Sozialgesetzbuch (SGB IX) - Feststellung einer Behinderung
☒ Erstantrag  ☐ Anderungsantrag  ☐ nur Ausweis                      Az.: [[AZ:50.3-SB-4419l7]]

1.Personliche Angaben
Name,Vorname:[[P:Koch, Reinhold]]              Geburtsname:[[P:Koch]]
Geb.-datum:[[DOB:29.O3.l957]]                 Geb.-Ort:[[LOC:Marl]]
Strasse:[[STR:Halterner Str. 2l9]]                PLZ/Ort:[[LOC:4566l Recklinghausen]]
Tel.:[[TEL:O236l 37 18 24]]                    RV-Nr.:[[RV:{KOCH_RV}]]
Krankenkasse: AOK NORDWEST, Vers.-Nr. [[AZ:K29O357l44]]

2. Gesundheitsstorungen (bitte alle angeben)
- Zustand nach Herzinfarkt 2O24, Stent
- Diabetes mellitus Typ 2, insulinpflichtig
- Kniegelenksarthrose beidseits, Gehstrecke < 5OO m

3. Behandelnde Arzte / Kliniken
Hausarzt:Dr. med. [[P:Anke Hüls-Bröker]]   Kardiologie: Prosper-Hospital Recklinghausen
Orthopade:Dr. [[P:Tim Ossenbrink]]         Reha: 2O25 Klinik Konigsfeld, Ennepetal

4. Merkzeichen beantragt  ☒ G  ☐ aG  ☐ H  ☐ B  ☐ RF  ☐ Bl  ☐ Gl  ☐ TBl
5. Bevollmachtigte/r:  Ehefrau [[P:Koch, Marlies]], gleiche Anschrift, Mobil [[TEL:Ol6O 98l 2233]]

Ich entbinde die genannten Arzte von der Schweigepflicht.   Recklinghausen, den 14.Ol.2O27
                                                              ~[[P:R.Koch]]~
""",
    [
        "Kurt-Schumacher-Allee 1",
        "Prosper-Hospital Recklinghausen",
        "AOK NORDWEST",
        "Klinik Konigsfeld, Ennepetal",
        "FD 50 Soziales",
    ],
)

pii(
    "ocr_form",
    """
S T A D T   H A M M   -   Amt fur Soziale Integration  -  Feststellung nach § 152 SGB IX
Antrag auf Ausstellung eines Schwerbehindertenausweises         Eing. 2 l. 0l. 2O27  /SB
                                                                 Az. [[AZ:SB 5O.2-2O27-OO4l3]]
A n t r a g s t e l l e r / i n
N a m e        [[P:B e r g]]                    V o r n a m e   [[P:E l f r i e d e]]
geb. am        [[DOB:O6.ll.l94l]]              in              [[LOC:Bockum-Hovel]]
Anschrift      [[STR:Alter Uentroper Weg l2]], [[LOC:59O71 Hamm]]
z.Zt. wohnhaft im Seniorenzentrum St. Josef, Hamm-Heessen (Zimmer 2l4)

G e s e t z l.  V e r t r e t e r / B e t r e u e r (Bestallungsurkunde AG Hamm, [[AZ:XVII 4l8/24]])
Name           [[P:Berg, Hartmut]] (Sohn)
Anschrift      [[STR:Kamener Str. 93]]
               [[LOC:59425 Unna]]
Telefon        [[TEL:O23O3 2 9l 48 7]]      E-Mail  [[MAIL:hartmut.berg@arcor.de]]

Bisherige Feststellung  ☐ nein  ☒ ja, GdB 5O seit 2Ol9 (Versorgungsamt Munster, alt)
Merkzeichen beantragt   ☒ G   ☒ aG   ☐ H   ☒ B   ☐ RF
Lichtbild beigefugt     [x] ja (nur bei Ausweis)      Unterschrift des Vertreters: ~[[P:H.Berg]]~

Vermerk Sachbearbeitung (We):
Anschrift im Kopf ist die fruhere Wohnung; Bescheid an den Betreuer. Die Antragstellerin heißt
laut Melderegister [[P:Elfriede Berg]] geb. [[P:Schulze-Berg]], im Scan gesperrt gedruckt.
Gutachten Hausarzt (Praxis am Nordenwall) angefordert. Seniorenzentrum: Zentrale 02381 9OO-0.
""",
    [
        "§ 152 SGB IX",
        "Seniorenzentrum St. Josef, Hamm-Heessen",
        "Versorgungsamt Munster",
        "Praxis am Nordenwall",
        "02381 9OO-0",
    ],
)

pii(
    "ocr_form",
    """
KITA-ANMELDUNG  |  Stadt Bochum - Jugendamt - Tageseinrichtungen fur Kinder  (Ausdruck Kita-Portal, gescannt)
Vormerk-Nr.: [[AZ:KP-BO-27-O5528]]            Wunsch-Aufnahme: O1.O8.2O27

Kind
  Name: [[P:Schreiber-Acar]]     Vorname: [[P:Lia Melek]]      ☒ w ☐ m ☐ d
  Geburtsdatum:[[DOB:l2.O9.2O24]]   Geburtsort:[[LOC:Bochum-Linden]]
  Anschrift:[[STR:Lindener Str. 2O4]], [[LOC:4488O Bochum]]
  Betreuungsumfang ☐ 25 Std. ☒ 35 Std. ☐ 45 Std.   U3 ☒   Integrationsbedarf ☐

Erziehungsberechtigte/r 1                     Erziehungsberechtigte/r 2
  [[P:Schreiber, Tobias]]                     [[P:Acar, Derya]]
  geb.[[DOB:O4.O7.l99l]]                      geb.[[DOB:19.1O.1993]]
  Tel.[[TEL:Ol5l 4O 88 2l7O]]                  Tel.[[TEL:Ol76 3O4 77l9l]]
  [[MAIL:t.schreiber91@posteo.de]]            Arbeitgeber: Katholisches Klinikum Bochum gGmbH
  Arbeitgeber: Stadtwerke Bochum GmbH         ☒ berufstatig ☐ Ausbildung

Wunsch-Kitas (Reihenfolge)
  1. Kita Lindenkinder, Hattinger Str. 8O4         2. Ev. Kita Dahlhausen
  3. AWO-Kita Am Ruhrufer

Geschwister in Kita: ☒ ja  [[P:Schreiber-Acar, Emil]], geb. [[DOB:O3.O3.2O2l]], Kita Lindenkinder
Sorgerecht: ☒ gemeinsam ☐ allein

Bochum, 1O.Ol.2O27  ~[[P:T.Schreiber]]~   ~[[P:D.Acar]]~
Bearb.: Eingang gepruft, Geschwisterbonus gesetzt (Fr)
""",
    [
        "Katholisches Klinikum Bochum gGmbH",
        "Stadtwerke Bochum GmbH",
        "Kita Lindenkinder, Hattinger Str. 8O4",
        "AWO-Kita Am Ruhrufer",
        "Geschwisterbonus",
    ],
)

pii(
    "ocr_form",
    """
Stadt Dortmund  Jugendamt  -  Fachbereich Kindertagesbetreuung         [FAX-EINGANG 14.01.27 08:4l]
Anmeldebogen Kindertagesbetreuung  (bitte in Druckbuchstaben)                   Seite l

Angaben zum Kind  (l)                              Angaben zum Kind (2)
Nachname :[[P:ALKHATIB]]                             Nachname :[[P:ALKHATIB]]
Vorname  :[[P:RAYAN]]                                Vorname  :[[P:RIMA]]
geb. am  :[[DOB:O7.O6.2O24]]                         geb. am  :[[DOB:O7.O6.2O24]]
Zwillinge ☒

Mutter (alleinerziehend)  Name:[[P:Al-Khatib, Hanan]]  geb. [[DOB:Ol.O1.l995]] in [[LOC:Aleppo]]
Wohnung  Strasse:[[STR:Munsterstrasse 1O1 / 3.Etage]]   PLZ:[[LOC:44l45 Dortmund]]
Telefon  [[TEL:Ol52 288 4O l73]]   (bitte Whats App, Mutter spricht wenig Deutsch)
Dolmetscherin/Kontakt: Nachbarin Frau [[P:Demir]] [[TEL:O23l 8l 47 33]]

Betreuungsbedarf: ☒ ab O1.O8.2O27  ☒ 35 Std.  ☐ 45 Std.
Grund: [x] Sprachkurs (Integrationskurs BAMF, Kurs-Nr. 271-44-0912)  [ ] Arbeit  [x] Jobcenter
BuT-Berechtigung: ☒ ja (Bescheid Jobcenter Dortmund, BG [[AZ:3l2O2BGOO4471l]])

Wunsch-Kita: 1. FABIDO Kita Nordmarkt  2. Kita St. Joseph  3. egal, nah an U-Bahn Münsterstr.

Unterschrift  ~[[P:Hanan Al Khatib]]~      Datum 13.Ol.27

-- Vermerk Kita-Anmeldestelle (Ha): Name im Pass "[[P:AL KHATIB]]", auf dem Bogen "[[P:ALKHATIB]]",
   im Jobcenter-Bescheid "[[P:Alkhatib]]". Eine Familie; im Portal als [[P:Al-Khatib]] angelegt.
   Vater lt. Mutter in [[LOC:Gaziantep]], kein Kontakt, kein Unterhalt (UVG-Antrag empfohlen).
""",
    [
        "FABIDO Kita Nordmarkt",
        "Kita St. Joseph",
        "Kurs-Nr. 271-44-0912",
        "FAX-EINGANG 14.01.27 08:4l",
        "U-Bahn Münsterstr.",
    ],
)

pii(
    "ocr_form",
    """
Stadt Herne - Bürgerbüro Wanne - Hauptstraße 241 (Rathaus Wanne), 44649 Herne
Anmeldung bei der Meldebehorde                                          Sachgeb.-Nr. 33.l/MB

Neue Wohnung: [[STR:Wanner Str. 1O2, App. l4]]  PLZ/Ort: [[LOC:44649 Herne]]
☐ alleinige Wohnung ☐ Hauptwohnung ☒ Nebenwohnung          Tag des Einzugs: 3O.O9.2O26
Bisherige Wohnung: [[STR:Am Kattenturm 6]], [[LOC:59494 Soest]]   ☒ wird beibehalten (Hauptwohnung)

Familienname, Doktorgrad, Ordensname / Kunstlername:
  [[P:H e i n e m a n n]]
Vornamen (Rufnamen unterstreichen):  [[P:Jonas Fri]]
                                     [[P:edrich]]
Geburtsdatum/-ort: [[DOB:2O.O2.2OO5]]/[[LOC:Lippstadt]]     Geschl. ☒ m  Familienstand: ld
Staatsangehorigkeit(en): deutsch
Religion: ev     Personalausweis ☒ Nr.: [[ID:lmr6 4t8k3]] ausgest. Stadt Soest
Reisepass ☐ Nr.:

Erklarung zur Nebenwohnung: Studium (Maschinenbau, l. Fachsemester) an der Ruhr-Uni Bochum
Wohnungsgeber: Akafö (Studierendenwerk), Wohnheim Wanner Straße - Bestatigung lag vor

Zweitwohnungssteuer: Hinweis ausgehandigt (Stadt Herne erhebt keine, Stand 2O27)
Unterschrift: ~[[P:J.Heinemann]]~                       Herne, den O2.1O.2O26

interner Vermerk: Ausweisnr. im Scan klein und mit Leerzeichen erkannt, Original: [[ID:LMR64T8K3]].
Die Dokumentennummer ist 9-stellig (ohne Prufziffer). Abgleich Soest per OSCI-Rückmeldung.
""",
    [
        "Hauptstraße 241 (Rathaus Wanne), 44649 Herne",
        "Ruhr-Uni Bochum",
        "Akafö (Studierendenwerk)",
        "Sachgeb.-Nr. 33.l/MB",
        "OSCI-Rückmeldung",
    ],
    allow=("44649 Herne",),
)

pii(
    "ocr_form",
    """
Stadt Recklinghausen · Fachbereich Ordnung · Gewerbeangelegenheiten · Rathausplatz 4
G e w e r b e - A b m e l d u n g  (GewA 3)                    Eingang:  0 8. JAN. 2027  |Kto 33|
Betriebsnummer (Gewerberegister): [[AZ:RE-GW-2O19-OO873]]

Angaben zum Betriebsinhaber
Name         [[P:Papadopoulos]]              Vornamen  [[P:Dimitrios Konstantinos]]
Geschlecht   [x] mannl.                      Geb.-Datum[[DOB:ll.O8.l966]]
Geb.-Ort     [[LOC:Thessaloniki]]            StA       ☒ andere: griechisch
Anschrift    [[STR:Bochumer Str. 1O8]], [[LOC:4566l Recklinghausen]]
Name des Betriebes (Firma): Kiosk & Lotto [[P:Papadopoulos]], Inh. [[P:D. Papadopoulos]]
Betriebsstatte [[STR:Grafenwall 2]]
               [[LOC:45657 Recklinghausen]]
Handelsregister ☐ nein ☒ ja, AG Recklinghausen [[HR:HRA 3977]]

Abgemeldete Tatigkeit: Einzelhandel mit Tabakwaren, Zeitschriften, Getranken; Lotto-Annahme
Aufgabe zum: 3l.l2.2O26
Grund:  ☒ Aufgabe aus Altersgrunden  ☐ Insolvenz  ☐ Verlegung  ☐ Ubergabe an:
Zahl der Beschaftigten bei Aufgabe: Teilzeit l (Ehefrau)

Unterschrift  ~[[P:D.Papadopoulos]]~          Ort, Datum Recklinghausen, 3l.l2.2O26

--- Vermerk (Fi): Betriebsstatte ab O1.O2.2027 an Nachfolger [[P:Stavros Mitsakis]] (eigene Anmeldung
folgt, Tel. [[TEL:O236l 6O 92 4l4]]). Lotto-Annahmestelle an WestLotto gemeldet; IHK Nord
Westfalen und Finanzamt Recklinghausen erhalten Durchschrift.
""",
    ["Rathausplatz 4", "Lotto-Annahme", "WestLotto", "IHK Nord", "Finanzamt Recklinghausen"],
)

# =============================================================================================
# file_note (pii): staff notes with bare surnames, noun surnames and two-digit years
# =============================================================================================

pii(
    "file_note",
    """
Stadt Dortmund – Wohngeldstelle – Team 3 (Buchstaben B–F), Südwall 2–4
Wiedervorlageliste KW 03/2027 – erstellt von Lg, Stand Fr. 15.01.2027

WV 18.01. – [[P:Demir]], Az. [[AZ:WG 3-1187/26]] – Mietbescheinigung fehlt, 2. Erinnerung raus
WV 18.01. – [[P:Becker, G.]] (geb. [[DOB:11.02.51]]) – Rentenanpassung 07/26 nachrechnen, Bescheid neu
WV 19.01. – [[P:Koch]], Az. [[AZ:WG 3-0954/26]] – Anruf Tochter: Vater seit 12.01. im Knappschafts-
            krankenhaus Lütgendortmund, Antrag ruht bis Entlassung
WV 19.01. – [[P:Fuchs]] / [[P:Wolf]] – zwei Anträge für eine Wohnung ([[STR:Burgholzstr. 44, 1. OG]]),
            Wohn- und Wirtschaftsgemeinschaft prüfen; [[P:Wolf]] (geb. [[DOB:23.06.97]]) ist lt. EWO
            seit 01.10.26 dort gemeldet, [[P:Fuchs]] (geb. [[DOB:02.12.95]]) seit 2024
WV 20.01. – [[P:Bach, Ute]] – Weiterleistungsantrag, Kontoauszüge 10–12/26 nachgereicht, ok
WV 20.01. – [[P:Dziedzic]] – Akte an [[P:Kowalczyk]] (Team 2), Zuständigkeit wg. Umzug nach Eving
WV 21.01. – [[P:Ekinci-Berg]] – Einkommensnachweis Ehemann ([[P:Berg, Torsten]], geb. [[DOB:30.07.82]])
            fehlt; Rückruf unter [[TEL:0176 3092 4471]] erbeten
WV 22.01. – [[P:Esser]], Az. [[AZ:WG 3-1203/26]] – Widerspruch, Vorlage an Rechtsstelle (Ki)

Erledigt:
  Rückruf [[P:Yilmaz]] 14.01. (Hd) – Frage zum Heizkostenzuschuss beantwortet
  [[P:Breuer]] – Akte zurück von [[P:Kowalczyk]], Überzahlung 412,60 EUR, Ratenplan ok
  [[P:Demir]] – Tel. 12.01., kommt mit Mietbescheinigung persönlich (Termin 18.01., 10:30)

Hinweis Teamleitung ([[P:Schwarze]]): Bitte Wiedervorlagen über die Fachanwendung setzen, nicht
nur auf der Liste; Liste geht ab Februar nur noch in den Gruppenordner W:/WG/Team3.
""",
    ["Südwall 2–4", "Knappschafts-", "Überzahlung 412,60 EUR", "W:/WG/Team3", "Rechtsstelle"],
)

pii(
    "file_note",
    """
Stadt Bochum · Jugendamt · Bezirkssozialdienst Süd (Linden/Dahlhausen)
Telefonnotiz                                          Az. [[AZ:51.2-BSD-S-0271/26]]
Mo 11.01.27, 8:20 Uhr – angenommen: Sc

Anruf KM [[P:Yilmaz, Derya]] (Mobil [[TEL:0157 83 20 19 44]]): Die Kinder [[P:Mert]] (geb. [[DOB:02.05.13]])
und [[P:Ela]] (geb. [[DOB:19.08.17]]) waren am Wochenende beim KV [[P:Bach]]. [[P:Ela]] sei mit
einem Bluterguss am Arm zurückgekommen, sie habe erzählt, sie sei beim Spielen am Bach hinter
dem Haus des KV ausgerutscht. KM glaubt das nicht ganz, möchte aber „keinen Ärger machen“.
KV [[P:Bach]] wohnt jetzt [[STR:In der Lake 19]], [[LOC:45527 Hattingen]] (Zuständigkeit EN-Kreis für ihn).

Veranlasst:
- Rückruf [[P:Yilmaz]] bis heute 14 Uhr – erledigt 12:50 (Sc): Termin Mi 13.01., 9 Uhr im Dienst.
- Kita ([[P:Ela]]) nachfragen, ob dort etwas aufgefallen ist: Kita-Leitung Fr. [[P:Wiemers]],
  Tel. [[TEL:0234 94 11 26-3]]; Zentrale der Kita (nicht personal): 0234 94 11 26-0.
- Akte an [[P:Kowalczyk]] (Vertretung ab 18.01.), bitte Gefährdungseinschätzung im Team Di.
- Info an Jugendamt EN-Kreis nur nach Rücksprache mit TL ([[P:Hünnekes]]).

Nachtrag 13.01. (Ko): KM mit [[P:Ela]] im Dienst; Fleck grünlich, ca. 3 cm, plausibel mit
Sturz. [[P:Mert]] bestätigt den Sturz am Bach. Kein Hinweis auf Gewalt. Umgangsregelung
(14-tägig Sa/So) bleibt. WV 10.02.27 – Ko
""",
    [
        "Bezirkssozialdienst Süd",
        "0234 94 11 26-0",
        "Gefährdungseinschätzung",
        "Jugendamt EN-Kreis",
        "Umgangsregelung",
    ],
    allow=("Bach",),
)

pii(
    "file_note",
    """
Stadt Essen – Amt für Soziales und Wohnen – Grundsicherung (4. Kap. SGB XII), Team Borbeck
Aktenvermerk                                                  Az.: [[AZ:50-41-GS-2210/25]]

Betr.: Herr [[P:Fuchs, Dennis]], geb. [[DOB:03.04.88]], [[STR:Prinzenstr. 51]], [[LOC:45355 Essen]]

14.01.27 – Vorsprache Hr. [[P:Fuchs]] ohne Termin, begleitet von seiner gesetzlichen Betreuerin
Fr. [[P:Niehaus-Özdemir]] (Betreuungsverein SkF Essen, Tel. [[TEL:0201 2463-318]]).
Hr. [[P:Fuchs]] hat seit Dezember Zuverdienst in der Küche der Gaststätte „Zum Fuchs“ in Borbeck
(Minijob, 3 Tage/Woche, 520 EUR). Lohnabrechnung 12/26 liegt vor; Arbeitgeber ist der Pächter,
Hr. [[P:Stracke]], nicht verwandt.

Weiter: Der Vermieter, Hr. [[P:Wolf]] (Hausverwaltung [[P:Wolf]], [[STR:Frintroper Str. 408]], Tel.
[[TEL:0201 69 33 20]]), hat die Miete ab 01.02. um 38 EUR erhöht – Mieterhöhungsverlangen liegt vor,
Angemessenheit nach KdU-Richtlinie Essen geprüft: noch angemessen (Richtwert 1 Pers.).

Bruder [[P:Kai Fuchs]] (geb. [[DOB:17.10.91]]) wohnt jetzt in [[LOC:Oberhausen]] und war bisher
Notfallkontakt; neu als Kontakt eingetragen: Betreuerin.

Ergebnis:
- Änderungsbescheid ab 01.02.27 (Einkommen, KdU) – erstellt, Gegenzeichnung Kr
- Hinweis auf Freibetrag nach § 82 Abs. 3 SGB XII gegeben
- WV 15.03.27 (Lohnabrechnungen 01–02/27)

gez. Tm
""",
    [
        "Grundsicherung (4. Kap. SGB XII)",
        "Betreuungsverein SkF Essen",
        "§ 82 Abs. 3 SGB XII",
        "KdU-Richtlinie Essen",
        "520 EUR",
    ],
    allow=("Fuchs",),
)

pii(
    "file_note",
    """
Stadt Herne – FB Öffentliche Ordnung – Kommunaler Ordnungsdienst
Einsatzvermerk Ruhestörung / Hundehaltung                     Vorgang [[AZ:KOD-2027-00093]]

Einsatz: Sa 09.01.27, 22:40–23:15 Uhr, Streife 2 (Kürzel Ha / Le)
Ort: [[STR:Bahnhofstraße 112]], [[LOC:44623 Herne]], Mehrfamilienhaus, 3. OG rechts

Beschwerdeführerin: Fr. [[P:Wolf, Renate]] (geb. [[DOB:14.05.49]]), 2. OG rechts, Tel. [[TEL:02323 5 17 03]]
Betroffener: Hr. [[P:Berg]] (Vorname lt. Klingel „[[P:S. Berg]]“), 3. OG rechts

Sachverhalt: Fr. [[P:Wolf]] meldet seit ca. 21 Uhr laute Musik und Hundegebell aus der Wohnung
über ihr. Vor Ort Musik deutlich hörbar im Treppenhaus. Hr. [[P:Berg]] öffnete nach mehrmaligem
Klingeln, stellte die Musik ab. Der Hund (Husky-Mischling, sieht einem Wolf ähnlich) war
unangeleint im Treppenhaus. Hundesteuermarke nicht sichtbar; Hr. [[P:Berg]] gab an, der Hund
gehöre seiner Freundin, Fr. [[P:Lisa Ortmann]], [[STR:Cranger Str. 15]], [[LOC:44653 Herne]].

Personalien Hr. [[P:Berg]]: [[P:Sven Berg]], geb. [[DOB:01.03.90]], PA vorgelegt.
Verwarnung mündlich. Prüfauftrag an Steueramt (Hundesteuer, Halterin [[P:Ortmann]]).

Nachtrag 11.01.27 (Le): Fr. [[P:Wolf]] ruft erneut an, jetzt Ruhe. Sie fragt, ob der Hund „gefährlich“
ist (Anlage zum LHundG NRW?) – Husky nicht gelistet. Mitteilung an Fr. [[P:Wolf]] telefonisch.
Vorgang an Steueramt: Az. dort [[AZ:HuSt 22-0418]]
""",
    ["Kommunaler Ordnungsdienst", "Streife 2", "LHundG NRW", "Husky-Mischling", "Hundesteuermarke"],
    allow=("Wolf",),
)

pii(
    "file_note",
    """
Stadt Gelsenkirchen – Bürgerservice – Meldebehörde, Sachgebiet Melderegisterpflege
Vermerk zur Prüfung von Mehrfachanmeldungen                        Datum 20.01.27 / Kü

Anlass: Hinweis der Post (Rückläufer Wahlbenachrichtigung) und des Jobcenters, Haus
[[STR:Bismarckstraße 217]], [[LOC:45889 Gelsenkirchen]] – 14 Personen in 2 Wohnungen gemeldet.

EG links (Eigentümerin Fr. [[P:Hoffmann]], Vermietung über Hausverwaltung Lerch Immobilien GmbH):
  [[P:Pop]], [[P:Pop]], [[P:Rusu]] – lt. Nachbarn seit Sommer ausgezogen (Ziel unbekannt)
  [[P:Dumitru, Ionuț]] geb. [[DOB:13.03.02]] – angetroffen, Anmeldung bestätigt
  [[P:Dumitru, Elena]] geb. [[DOB:29.07.04]] – angetroffen
  [[P:Costea]] (ohne Vorname im Register!) – unbekannt
EG rechts:
  [[P:Becker]], Wohnung leer seit 11/26, Abmeldung von Amts wegen prüfen
  [[P:Marin, Florin]] geb. [[DOB:05.01.85]] und [[P:Marin, Adriana]] geb. [[DOB:22.02.87]], 3 Kinder
  ([[P:Denisa]] 14, [[P:Robert]] 11, [[P:Sara]] 6) – alle angetroffen, Schulbescheinigungen liegen vor
  [[P:Rusu, Gheorghe]] – angeblich „Onkel“, nicht angetroffen

Ergebnis Ortstermin 19.01. (Außendienst: [[P:Kühn]] / [[P:Behrendt]]):
  Die Personen [[P:Pop]] und [[P:Rusu]] (EG links) sowie [[P:Costea]] wohnen nicht mehr dort.
  Anhörung nach § 28 VwVfG an letzte bekannte Anschrift, dann Abmeldung von Amts wegen.
  Fr. [[P:Hoffmann]] gibt an, sie habe der Hausverwaltung nur „die [[P:Dumitrus]] und die [[P:Marins]]“
  als Mieter gemeldet – Wohnungsgeberbestätigungen für [[P:Pop]]/[[P:Rusu]] angeblich gefälscht.
  → Prüfung OWi § 54 BMG, Vorgang an Bußgeldstelle, Az. [[AZ:33.2-OWi-0081/27]].

Rückruf Fr. [[P:Hoffmann]] (Tel. [[TEL:0209 7 08 44 19]]) erledigt 20.01. – Kü
""",
    [
        "Lerch Immobilien GmbH",
        "§ 28 VwVfG",
        "§ 54 BMG",
        "Rückläufer Wahlbenachrichtigung",
        "Melderegisterpflege",
    ],
)

pii(
    "file_note",
    """
Jobcenter Hamm – Team Markt & Integration 2 – Bismarckstraße 2, 59065 Hamm
Beratungsvermerk (Kurzfassung für die eAkte)             BG-Nr. [[AZ:36802BG0031178]]

Kunde: Hr. [[P:Hamm, Dirk]], geb. [[DOB:24.11.79]], wohnhaft [[STR:Wilhelmstraße 133]], [[LOC:59067 Hamm]]
Termin: 19.01.27, 10:00 Uhr, persönlich, pAp: [[P:Stenzel]] (Durchwahl [[TEL:02381 9100-247]])

Hr. [[P:Hamm]] erscheint pünktlich. Seit Schließung der Spedition Bäumer GmbH & Co. KG (Hamm-Uentrop)
arbeitslos, ALG I ausgelaufen 12/26. Lebensgefährtin Fr. [[P:Koch, Sandra]] (geb. [[DOB:08.08.84]])
zieht zum 01.02. ein → BG-Änderung, Einkommen Fr. [[P:Koch]] (Verkäuferin, Teilzeit) anfordern.
Sohn von Fr. [[P:Koch]], [[P:Finn]] (geb. [[DOB:12.12.12]]), zieht mit ein; Kindesvater [[P:Becker]]
zahlt lt. Kunde Unterhalt 320 EUR – Nachweis anfordern.

Hr. [[P:Hamm]] hat Führerschein CE (Code 95 bis 2028); Interesse an Arbeit im Lager im
Logistikpark Hamm-Rhynern. Vermittlungsvorschläge: 2 (Nr. 4417-27, 4421-27). Bewerbung bei
der Westfalen Logistik GmbH läuft bereits.

Vereinbart (EGV-Ersatz, Kooperationsplan):
- Hr. [[P:Hamm]] bewirbt sich bis 02.02. auf beide Vorschläge
- Unterlagen zu Fr. [[P:Koch]] und [[P:Finn]] bis 05.02.
- Nächster Termin 16.02.27, 9:30 Uhr

Rückfragen Kunde: [[TEL:0171 4409 2281]] · pAp-Kürzel im Kalender: Stz
""",
    [
        "Bismarckstraße 2, 59065 Hamm",
        "Spedition Bäumer GmbH & Co. KG",
        "Westfalen Logistik GmbH",
        "Logistikpark Hamm-Rhynern",
        "Nr. 4417-27",
    ],
    allow=("Hamm",),
)

pii(
    "file_note",
    """
Stadt Recklinghausen – FB Kinder, Jugend und Familie – ASD Team Ost
Übergabenotiz (Urlaubsvertretung 25.01.–05.02.27) von Bk an Ra – nur intern

1. [[P:Schulte]] / [[P:Wilczek]] – Az. [[AZ:51-ASD-O-0144/25]]
   KM [[P:Wilczek, Natalia]] (*[[DOB:30.01.92]]), Kinder [[P:Leon]] (*[[DOB:14.06.15]]) und [[P:Mia Schulte]]
   (*[[DOB:09.09.19]]). KV [[P:Schulte]] in Haft (JVA Castrop-Rauxel), Entlassung voraus. 03/27.
   Hilfe: SPFH über Caritas (Fachkraft Hr. [[P:Terbeck]], [[TEL:02361 58 90-217]]). Läuft stabil.
   WV Hilfeplangespräch 28.01. – bitte durchführen, Protokollvorlage in der Akte.

2. [[P:Fuchs]] – Az. [[AZ:51-ASD-O-0311/26]]
   Jugendlicher [[P:Tim Fuchs]] (*[[DOB:02.02.10]]), Inobhutnahme 08.01., jetzt Jugendschutzstelle
   Marl. Mutter [[P:Fuchs, Claudia]] telefonisch schwer erreichbar ([[TEL:0152 2849 1073]]); Vater
   unbekannt verzogen (zuletzt [[LOC:Dorsten]]). Familiengericht Recklinghausen informiert,
   Az. dort [[AZ:43 F 12/27]]. Termin 03.02. – Begleitung durch Ra.

3. [[P:Aydın]] – Az. [[AZ:51-ASD-O-0029/24]]
   nur WV: Abschlussbericht Erziehungsbeistand bis 31.01. anfordern (Träger: Diakonie).

4. [[P:Koch]] / [[P:Berg]] – kein Az., Anfrage Schule 20.01.: [[P:Jannik Koch]] (*[[DOB:17.05.16]]) fehlt
   häufig; Mutter [[P:Berg]] (neuer Name nach Heirat) hat Rückruf zugesagt. Noch nichts. Bitte
   am 27.01. nachhaken, sonst Hausbesuch. Adresse: [[STR:Castroper Str. 77]], [[LOC:45665 Recklinghausen]].

Danke! – Bk
""",
    [
        "ASD Team Ost",
        "JVA Castrop-Rauxel",
        "Jugendschutzstelle",
        "Familiengericht Recklinghausen",
        "Träger: Diakonie",
    ],
)

pii(
    "file_note",
    """
Stadt Duisburg – Bußgeldstelle (Verkehr) – Sachgebiet Anhörung/Fahrerermittlung
Aktenvermerk                                                   Az. [[AZ:VOW 61.3-27-004417]]

Tatvorwurf: 02.01.27, 07:52 Uhr, A 59 / Duisburg-Marxloh, stationäre Anlage, 28 km/h zu schnell
Kennzeichen [[KFZ:DU-WF 412]], Pkw Skoda Octavia, Halter: [[P:Wolf, Frank]], [[STR:Kaiser-Wilhelm-Str. 301]],
[[LOC:47169 Duisburg]], geb. [[DOB:19.03.66]]

15.01.27 – Anhörungsbogen zurück (Ro): Halter gibt an, nicht gefahren zu sein; Fahrer sei
„sein Schwager [[P:Fuchs]] aus [[LOC:Moers]]“. Keine Anschrift angegeben. → EWO-Abfrage Moers: [[P:Fuchs, Michael]],
geb. [[DOB:07.07.71]], [[STR:Homberger Str. 19]], [[LOC:47441 Moers]]. Lichtbild passt (Brille,
Bart) eher zu [[P:Fuchs]] als zu [[P:Wolf]] (PA-Foto Halter abgeglichen, Register Stadt Duisburg).

18.01.27 – Telefonat mit Hr. [[P:Wolf]] ([[TEL:0203 47 28 11 0]]): bestätigt, dass sein Schwager
das Fahrzeug an dem Tag hatte, weil dessen eigener Wagen ([[KFZ:WES-MF 717]]) in der Werkstatt
(Autohaus Fuchs & Söhne GmbH, Moers – keine Verwandtschaft) war.

Weiteres Vorgehen:
- Verfahren gegen [[P:Wolf]] einstellen (§ 46 OWiG i. V. m. § 170 Abs. 2 StPO)
- neues Verfahren gegen [[P:Fuchs, Michael]], Anhörung an Anschrift in [[LOC:47441 Moers]]
- Verjährung beachten: 3 Monate ab Tat → Frist 01.04.27 (Unterbrechung durch Anhörung)
- Fahrzeug Halterwechsel? nein

Bearbeitung: Ro     Gegenzeichnung: Hs
""",
    [
        "A 59 / Duisburg-Marxloh",
        "Autohaus Fuchs & Söhne GmbH",
        "§ 46 OWiG i. V. m. § 170 Abs. 2 StPO",
        "28 km/h",
        "Sachgebiet Anhörung/Fahrerermittlung",
    ],
    allow=("Fuchs", "Moers"),
)

pii(
    "file_note",
    """
Stadt Bochum – Standesamt – Sterbefälle, Willy-Brandt-Platz 2–6
Telefonnotiz                                           Sterbefall-Reg. [[AZ:S 0117/2027]]
Di 12.01.27, 11:05 – angenommen: Wi

Anrufer: Bestattungshaus Berg GmbH, Hr. [[P:Sommer]] (Durchwahl [[TEL:0234 58 44 71-12]]; Zentrale
0234 58 44 71-0). Es geht um den Sterbefall [[P:Berg, Walter]], geb. [[DOB:04.10.38]] in [[LOC:Wattenscheid]],
gest. 09.01.27 im St. Josef-Hospital. Letzte Anschrift: [[STR:Engelsburger Str. 12]], [[LOC:44793 Bochum]].
Hinweis Hr. [[P:Sommer]]: mit dem Verstorbenen nicht verwandt, Namensgleichheit mit dem
Bestattungshaus Berg ist Zufall (das Haus heißt nach dem Gründer von 1921).

Angehörige:
- Schwester [[P:Becker, Ilse]] geb. [[P:Berg]] (*[[DOB:22.01.41]]), wohnt in [[LOC:Witten]], hat den
  Auftrag erteilt; Tel. [[TEL:02302 3 40 18]]
- Nichte [[P:Nadine Becker]] kümmert sich um die Papiere, hat das Stammbuch nicht gefunden.
- Ehefrau bereits 2019 verstorben ([[P:Berg, Gertrud]], geb. [[P:Koch]]), Sterbeurkunde Standesamt
  Bochum, Reg. 2019/0844 – kann intern abgerufen werden.

Fehlend: Geburtsurkunde des Verstorbenen (Geburtsort [[LOC:Wattenscheid]], damals eigene Stadt;
Register heute beim Standesamt Bochum, Nebenstelle Wattenscheid). Personalausweis vorgelegt:
Nr. [[ID:LC7F2M9X4]]. Heiratsurkunde 1962 aus [[LOC:Gelsenkirchen]] wird angefordert.

Rückruf an Hr. [[P:Sommer]]: 12.01. 14:30 erledigt – Urkunden am Do abholbereit (3 Stück, je 12 EUR).
Beurkundung erst nach Eingang der Todesbescheinigung (Original). Wi
""",
    [
        "Willy-Brandt-Platz 2–6",
        "0234 58 44 71-0",
        "St. Josef-Hospital",
        "Reg. 2019/0844",
        "je 12 EUR",
    ],
    allow=("Berg", "Wattenscheid"),
)

pii(
    "file_note",
    """
Stadt Dortmund – Fachbereich Schule – Schulverwaltung / Schulpflichtüberwachung, Königswall 25–27
Vermerk                                                   Az. [[AZ:40/2-SPÜ-0092/27]]

Schüler: [[P:Emre Kaya]] (geb. [[DOB:11.09.14]]), Kl. 6c, Gesamtschule Scharnhorst
Eltern: [[P:Kaya, Hatice]] und [[P:Kaya, Orhan]], [[STR:Am Gottesacker 58]], [[LOC:44143 Dortmund]]

12.01.27 – Meldung der Schule (Abteilungsleitung Fr. [[P:Rüther]], Tel. [[TEL:0231 50-29618]]):
[[P:Emre]] seit 30.11.26 an 19 Tagen unentschuldigt gefehlt. Zwei Briefe ohne Antwort. Klassen-
lehrer Hr. [[P:Vogt]] hat [[P:Emre]] vor dem Einkaufszentrum gesehen (Schulzeit).

14.01.27 – Tel. mit Vater (Mobil [[TEL:0176 61 28 04 93]]): [[P:Emre]] verweigere den Schulbesuch,
werde in der Klasse „gemobbt“. Älterer Bruder [[P:Baran]] (geb. [[DOB:03.03.08]]) bringe ihn
ab Montag zur Schule. Vater arbeite Schicht (Hoesch Spundwand und Profil GmbH).

Absprachen:
- Gespräch in der Schule am 21.01.27 mit Eltern, [[P:Emre]], Schulsozialarbeit (Fr. [[P:Brockhoff]])
- Bußgeldverfahren (§ 126 SchulG NRW) zurückgestellt bis 28.02.27
- Info an Jugendamt (BSD Scharnhorst) nur bei weiterem Fehlen

Hinweis: Im Schülerstammblatt steht der Geburtstag als „[[DOB:11.09.2014]]“, in der Fehlzeitenliste als
„[[DOB:11/09/14]]“ – identisch. WV 01.03.27 – Gz
""",
    [
        "Königswall 25–27",
        "Gesamtschule Scharnhorst",
        "Hoesch Spundwand und Profil GmbH",
        "§ 126 SchulG NRW",
        "BSD Scharnhorst",
    ],
)

pii(
    "file_note",
    """
Stadt Essen – Amt für Soziales und Wohnen – Wohnungsnotfallhilfe / Unterbringung
WV-Liste Übergangsheim Lichtstraße – Woche 04/27 (nur für Team, Hausmeister erhält Auszug)

Zi.  Bewohner                 seit      WV      Stand
1.04 [[P:Wolff]]                    03/25     25.01.  Wohnungsangebot Allbau (2 Zi.) – Besichtigung Mo
1.07 [[P:Nowak, J.]]                11/26     26.01.  Rente beantragt, Nachweis DRV fehlt
1.09 [[P:Becker]] + Hund            08/26     –       Hund nicht erlaubt, Duldung bis 31.01. (Ltg.)
2.01 [[P:Oduya]] (3 Pers.)          12/26     27.01.  Kinder ([[P:Ada]] 7, [[P:Ike]] 4) – Kita-Platz?
2.03 [[P:Mertens-Koch]]             01/27     27.01.  Erstgespräch, kommt aus [[LOC:Mülheim]] (Räumung)
2.05 [[P:Hamm]], geb. [[DOB:12.06.61]]      06/24     29.01.  Betreuung angeregt (AG Essen, [[AZ:XVII 92/27]])
2.08 frei (Renovierung bis 15.02.)

Notizen aus der Teamsitzung 18.01. (Protokoll: Sz):
- [[P:Wolff]]: Allbau-Angebot [[STR:Hövelstraße 44]], Essen-Altendorf. Wenn Zusage, Erstausstattung
  beantragen. [[P:Wolff]] hat Schulden beim Energieversorger – Schuldnerberatung (Diakonie) informiert.
- [[P:Becker]]: Beschwerde anderer Bewohner wegen Hund. Hausmeister Hr. [[P:Pieper]] (Handy
  [[TEL:0172 9 30 14 77]]) soll Kontakt halten; Tierheim Essen wurde nicht eingeschaltet.
- [[P:Hamm]]: früher wohnhaft [[STR:Hammer Str. 3]], [[LOC:45473 Mülheim an der Ruhr]], erscheint verwirrt,
  Hausarzt: Dr. [[P:Okafor]] (Praxis Altendorf). Tochter in [[LOC:Hamm]] (Westf.) verweigert Kontakt.
- [[P:Oduya]]: Fr. [[P:Oduya]] fragt nach Familienwohnung; WBS liegt vor (WBS-Nr. [[AZ:E-WBS 2026-3310]]).

Sozialarbeit vor Ort: Mo–Fr 8–16 Uhr, Büro EG, Tel. 0201 88-50700 (Team), Notruf Bereitschaft 0201 88-0
""",
    [
        "Übergangsheim Lichtstraße",
        "Allbau",
        "Schuldnerberatung (Diakonie)",
        "0201 88-50700",
        "Tierheim Essen",
    ],
)

pii(
    "file_note",
    """
Stadt Herne – FB Soziales – Hilfe zur Pflege / Heimkosten, Rathaus Herne, Friedrich-Ebert-Platz 2
Gesprächsvermerk                                          Az. [[AZ:50.2-HzP-0418/26]]

Leistungsberechtigter: [[P:Kowalczyk, Stanisław]] (geb. [[DOB:21.07.36]] in [[LOC:Bytom]]), seit 10/26 im
Seniorenzentrum Haus am Flottmannpark; vorher [[STR:Mont-Cenis-Str. 402]], [[LOC:44627 Herne]].

Gespräch 15.01.27 im Amt mit Sohn [[P:Kowalczyk, Piotr]] (Bev., [[TEL:0163 2 74 18 05]]) und Tochter
[[P:Koch, Maria]] geb. [[P:Kowalczyk]] (wohnt in [[LOC:Castrop-Rauxel]]).

- Hr. [[P:Kowalczyk]] sen. war 31 Jahre Koch auf der Zeche Pluto, danach in der Kantine der
  Stadtwerke; Rente DRV Knappschaft-Bahn-See 1.412 EUR + Betriebsrente 96 EUR.
- Eigenanteil Heim 2.980 EUR mtl.; Differenz wird als Hilfe zur Pflege beantragt.
- Vermögen: Sparbuch Herner Sparkasse ca. 4.100 EUR (Schonvermögen 10.000 EUR, § 90 SGB XII).
- Elternunterhalt: nur bei Einkommen > 100.000 EUR (§ 94 Abs. 1a SGB XII) – lt. Sohn und Tochter
  nicht gegeben; Erklärungen unterschrieben.
- Fr. [[P:Koch]] fragt, ob sie das Auto des Vaters ([[KFZ:HER-SK 36]]) behalten darf → Verwertung prüfen.
- Bestattungsvorsorgevertrag (Bestattungen Sondermann GmbH) über 4.800 EUR liegt vor – geschützt.

Zu erledigen (Ks):
- Anforderung Kontoauszüge 07–12/26
- Rücksprache mit Heimverwaltung (Fr. [[P:Bach]], Tel. [[TEL:02323 9 46 03-15]]) wg. Pflegegrad 4
- WV 12.02.27
""",
    [
        "Friedrich-Ebert-Platz 2",
        "Haus am Flottmannpark",
        "§ 94 Abs. 1a SGB XII",
        "Bestattungen Sondermann GmbH",
        "DRV Knappschaft-Bahn-See",
    ],
    allow=("Koch",),
)

# =============================================================================================
# printout (pii): fixed-width printouts in CAPITALS
# =============================================================================================

P1_ROWS = cols(
    (4, 22, 14, 10, 3, 11, 6),
    ("LFD", "NAME", "VORNAME", "GEB.DAT", "G", "EINZUG", "WHG", "BEMERKUNG"),
    (
        "001",
        "[[P:KRAUSE]]",
        "[[P:HEINZ]]",
        "[[DOB:12.03.58]]",
        "M",
        "01.04.1996",
        "EG LI",
        "HAUPTMIETER",
    ),
    ("002", "[[P:KRAUSE]]", "[[P:DORIS]]", "[[DOB:30.11.61]]", "W", "01.04.1996", "EG LI", ""),
    (
        "003",
        "[[P:NIKOLIC]]",
        "[[P:DRAGAN]]",
        "[[DOB:07.07.99]]",
        "M",
        "15.09.2025",
        "EG LI",
        "(UNTERMIETER BEI MIETER [[P:KRAUSE, H.]])",
    ),
    (
        "004",
        "[[P:SCHRÖDER-ÜNAL]]",
        "[[P:ANNIKA]]",
        "[[DOB:19.01.88]]",
        "W",
        "01.12.2019",
        "1 OG",
        "AUSZUG ANGEKÜNDIGT ZUM 02.01.27",
    ),
    ("005", "[[P:ÜNAL]]", "[[P:DENIZ]]", "[[DOB:04.04.87]]", "M", "01.12.2019", "1 OG", ""),
    (
        "006",
        "[[P:ÜNAL]]",
        "[[P:MATTEO]]",
        "[[DOB:22.08.20]]",
        "M",
        "03.09.2020",
        "1 OG",
        "ZUZUG NACH GEBURT",
    ),
    (
        "007",
        "[[P:WOJCIECHOWSKA]]",
        "[[P:HALINA]]",
        "[[DOB:11.11.44]]",
        "W",
        "01.06.1981",
        "2 OG",
        "(BETREUERIN: TOCHTER [[P:MAJEWSKI, A.]])",
    ),
    ("008", "HAUSVERWALTUNG", "", "", "", "", "", "PLAGEMANN IMMOBILIEN GMBH (KEIN BEWOHNER)"),
)

pii(
    "printout",
    f"""
STADT BOCHUM                    EINWOHNERWESEN - BEWOHNER JE ANSCHRIFT                     SEITE   1
LISTE EWA114   STAND 19.01.27 07:12   BENUTZER EWO017   DRUCKER BB-MITTE-02
ANSCHRIFT: [[STR:HERNER STR. 299]]  [[LOC:44809 BOCHUM]]   GEMEINDESCHLÜSSEL 05911000

{P1_ROWS}

ANZAHL PERSONEN: 7   DAVON HAUPTWOHNUNG: 7   NEBENWOHNUNG: 0
AUSKUNFT ERTEILT AN: POLIZEIPRÄSIDIUM BOCHUM, KK 11 (ERSUCHEN VOM 18.01.27, TGB-NR. 11-4417/27)
RECHTSGRUNDLAGE: § 34 BMG (DATENÜBERMITTLUNG AN ANDERE ÖFFENTLICHE STELLEN)

HINWEIS: LFD 004 HAT AUSZUG ZUM 02.01.27 ANGEKÜNDIGT, ABMELDUNG LIEGT NOCH NICHT VOR.
HINWEIS: LFD 007 AUSKUNFTSSPERRE NACH § 51 BMG GEPRÜFT - KEINE.
*** ENDE DER LISTE ***                              EWA114 / 19.01.27 07:12 / EWO017
""",
    [
        "PLAGEMANN IMMOBILIEN GMBH (KEIN BEWOHNER)",
        "TGB-NR. 11-4417/27",
        "§ 34 BMG",
        "BENUTZER EWO017",
        "GEMEINDESCHLÜSSEL 05911000",
    ],
)

P2_ROWS = cols(
    (16, 36, 26, 11, 10, 9),
    ("KASSENZEICHEN", "SCHULDNER", "ANSCHRIFT", "FORDERUNG", "FÄLLIG", "MAHNST."),
    (
        "[[AZ:5.0412.118832.4]]",
        "[[P:WOLF, ERICH]]",
        "[[STR:SCHÜRUFERSTR. 301]]",
        "1.284,00",
        "15.11.26",
        "2",
    ),
    ("", "", "[[LOC:44287 DORTMUND]]", "", "", ""),
    (
        "[[AZ:5.0412.120977.1]]",
        "KOCH & BERG HAUSTECHNIK GMBH",
        "SCHÜTZENSTR. 82",
        "6.910,50",
        "02.01.27",
        "1",
    ),
    ("", "HRB 28811 AG DORTMUND", "44147 DORTMUND", "", "", ""),
    (
        "[[AZ:5.0412.121003.7]]",
        "[[P:JANKOWSKI, MAREK]]",
        "[[STR:OESTERHOLZSTR. 58]]",
        "312,40",
        "02.01.27",
        "1",
    ),
    ("", "(VERSTORBEN, ERBEN: [[P:JANKOWSKA, B.]])", "[[LOC:44145 DORTMUND]]", "", "", ""),
    (
        "[[AZ:5.0412.119540.9]]",
        "RUHR-GRILL SCHNELLRESTAURANT",
        "BRÜCKSTR. 21",
        "2.045,00",
        "01.12.26",
        "3",
    ),
    ("", "GMBH, HRB 31406", "44135 DORTMUND", "", "", ""),
    (
        "[[AZ:5.0412.121117.2]]",
        "[[P:ÖZDEMIR-FUCHS, LEYLA]]",
        "[[STR:BORSIGSTR. 9]]",
        "89,00",
        "02.01.27",
        "1",
    ),
    ("", "(INH. NAGELSTUDIO [[P:LEYLA]])", "[[LOC:44145 DORTMUND]]", "", "", ""),
)

pii(
    "printout",
    f"""
STADT DORTMUND - STADTKASSE - VOLLSTRECKUNG                              DATUM 20.01.27 SEITE 1/1
LISTE: OFFENE FORDERUNGEN MAHNLAUF 01/2027  SELEKTION: BEZIRK INNENSTADT-NORD  BEARB.: SKV04

{P2_ROWS}

SUMME FORDERUNGEN: 10.640,90 EUR     ANZAHL SCHULDNER: 5 (DAVON JUR. PERSONEN: 2)
VERMERKE:
- [[AZ:5.0412.121003.7]]: NACHLASSSACHE, NACHLASSGERICHT DORTMUND ANGESCHRIEBEN (ERBE: [[P:JANKOWSKA, BEATA]])
- [[AZ:5.0412.119540.9]]: INSOLVENZANTRAG GESTELLT, VERFAHREN RUHT BIS 02.03.27
- FÄLLIGKEITEN 02.01.27 = GRUNDBESITZABGABEN 1. QUARTAL (NICHT GEBURTSDATEN)
SACHBEARBEITUNG: [[P:HÜLSKAMP]] / DW [[TEL:0231 50-23340]]                  ZENTRALE 0231 50-0
""",
    [
        "KOCH & BERG HAUSTECHNIK GMBH",
        "HRB 28811 AG DORTMUND",
        "RUHR-GRILL SCHNELLRESTAURANT",
        "SUMME FORDERUNGEN: 10.640,90 EUR",
        "ZENTRALE 0231 50-0",
    ],
)

IBAN_SCHOLZ = iban("DE", "420501010016627409")
IBAN_KURT = iban("DE", "420501010005118230")
IBAN_AKSOY = iban("DE", "200411550837164029")
IBAN_GGW = iban("DE", "420501010000093377")
IBAN_VIVAWEST = iban("DE", "360100430998877001")
P3_ROWS = cols(
    (16, 26, 36, 28, 8),
    ("WG-NR", "BERECHTIGTE/R", "ZAHLUNGSEMPFÄNGER", "IBAN", "BETRAG"),
    ("[[AZ:WG-GE-21-04471]]", "[[P:KURT, SIEGLINDE]]", "SELBST", f"[[IBAN:{IBAN_KURT}]]", "214,00"),
    (
        "[[AZ:WG-GE-24-10932]]",
        "[[P:AKSOY, MERVE]]",
        "(AN VERMIETER [[P:SCHOLZ, W.]])",
        f"[[IBAN:{IBAN_SCHOLZ}]]",
        "388,00",
    ),
    (
        "[[AZ:WG-GE-25-00117]]",
        "[[P:PETERS, KLAUS-DIETER]]",
        "GGW GELSENKIRCHENER GEM. WOHN.",
        IBAN_GGW,
        "176,00",
    ),
    ("", "", "GES. MBH (VERMIETERIN)", "", ""),
    (
        "[[AZ:WG-GE-26-03305]]",
        "[[P:AKSOY, KEMAL]]",
        "SELBST (SOHN VON [[P:AKSOY, M.]])",
        f"[[IBAN:{IBAN_AKSOY}]]",
        "97,00",
    ),
    (
        "[[AZ:WG-GE-26-03581]]",
        "[[P:LEWANDOWSKI, PIOTR]]",
        "VIVAWEST WOHNEN GMBH",
        IBAN_VIVAWEST,
        "302,00",
    ),
)

pii(
    "printout",
    f"""
STADT GELSENKIRCHEN   REFERAT SOZIALES - WOHNGELD          ZAHLLISTE FEBRUAR 2027     BL. 1
PROGRAMM WGR-ZL02   LAUF 21.01.27 05:40   ZAHLTAG 29.01.27   KASSE: STADTKASSE GE   BENUTZER: BATCH
BEWILLIGUNGSZEITRAUM BIS: SIEHE EINZELBESCHEID (KEINE GEBURTSDATEN IN DIESER LISTE)

{P3_ROWS}

SUMME ZAHLLISTE: 1.177,00 EUR   ANZAHL FÄLLE: 5   DAVON ZAHLUNG AN DRITTE: 3
ABWEICHENDE ZAHLUNGSEMPFÄNGER (§ 26 ABS. 1 WOGG):
  [[AZ:WG-GE-24-10932]] ZAHLUNG AN VERMIETER [[P:SCHOLZ, WERNER]], [[STR:DAHLBUSCHER STR. 12]], [[LOC:45889 GELSENKIRCHEN]]
  [[AZ:WG-GE-25-00117]] ZAHLUNG AN VERMIETERIN (GGW), ZENTRALE 0209 7088-0
ENDE BEWILLIGUNG: [[AZ:WG-GE-21-04471]] 28.02.27 / [[AZ:WG-GE-26-03305]] 30.04.27 - WEITERLEISTUNGSANTRAG ERFORDERLICH
FREIGABE: SACHGEBIETSLEITUNG (KÜRZEL WGL1)                    *** ENDE BL. 1 ***
""",
    [
        "GGW GELSENKIRCHENER GEM. WOHN.",
        "VIVAWEST WOHNEN GMBH",
        IBAN_VIVAWEST,
        "§ 26 ABS. 1 WOGG",
        "ZENTRALE 0209 7088-0",
    ],
)

P4_ROWS = cols(
    (10, 30, 28, 12, 8, 10),
    ("STEUER-NR", "HALTER/IN", "ANSCHRIFT", "HUND", "MARKE", "AB"),
    (
        "[[AZ:HU-204471]]",
        "[[P:FUCHS, BRIGITTE]]",
        "[[STR:RÜTTENSCHEIDER STR. 88]]",
        "BELLO",
        "0413",
        "01.03.19",
    ),
    (
        "[[AZ:HU-209938]]",
        "[[P:ADEYEMI, TOLU]]",
        "[[STR:KRAYER STR. 190 A]]",
        "NALA",
        "1107",
        "01.06.24",
    ),
    (
        "[[AZ:HU-198012]]",
        "[[P:WOLF, HEINRICH]]",
        "[[STR:AM WASSERTURM 4]]",
        "ARKO",
        "0077",
        "01.10.14",
    ),
    ("", "(HALTER VERST., ERBIN [[P:WOLF-KAMP, S.]])", "", "ARKO", "", "ABM 02.01.27"),
    (
        "[[AZ:HU-211503]]",
        "ESSENER WACHSCHUTZ GMBH",
        "ALTENDORFER STR. 97",
        "2 HUNDE",
        "2210/11",
        "01.01.26",
    ),
    (
        "[[AZ:HU-210776]]",
        "[[P:BECKER, JÖRG]]",
        "[[STR:ALTENESSENER STR. 5]]",
        "KIMBA (LH)",
        "1840",
        "01.01.27",
    ),
)

pii(
    "printout",
    f"""
STADT ESSEN - STEUERAMT - HUNDESTEUER              BESTANDSLISTE STADTTEIL-AUSWAHL      S. 01
AUSWAHL: STADTBEZIRKE I, VI   STICHTAG 15.01.27   ERSTELLT VON: STA-HU03   DRUCK 15.01.27 16:02

{P4_ROWS}

(LH) = LISTENHUND NACH § 3 LHUNDG NRW - STEUERSATZ 810,00 EUR/JAHR
ANMERKUNGEN:
- [[AZ:HU-198012]]: HALTER LT. STANDESAMT VERSTORBEN 11.12.26; ERBIN [[P:SONJA WOLF-KAMP]] MELDET HUND
  AB ZUM 02.01.27 (TIERHEIM ESSEN, GRILLOSTR. 24). ANSCHRIFT ERBIN: [[STR:BERGERHAUSER STR. 17]], [[LOC:45136 ESSEN]]
- [[AZ:HU-211503]]: WACHHUNDE DER FIRMA, STEUERERMÄSSIGUNG NICHT GEWÄHRT (§ 4 HUNDESTEUERSATZUNG)
- [[AZ:HU-210776]]: SACHKUNDENACHWEIS LIEGT VOR; MOBIL HALTER [[TEL:0177 8203 114]]
ALLE ANSCHRIFTEN 45XXX ESSEN, SOFERN NICHT ANDERS ANGEGEBEN.        *** ENDE ***
""",
    [
        "ESSENER WACHSCHUTZ GMBH",
        "ALTENDORFER STR. 97",
        "§ 3 LHUNDG NRW",
        "TIERHEIM ESSEN, GRILLOSTR. 24",
        "STA-HU03",
    ],
)

P5_ROWS = cols(
    (13, 34, 30, 9, 10),
    ("KENNZEICHEN", "HALTER", "ANSCHRIFT", "GEB.", "MASSNAHME"),
    (
        "[[KFZ:DU-AK 2071]]",
        "[[P:KAYA, AHMET]]",
        "[[STR:WEIDESTR. 14]], [[LOC:47137 DU]]",
        "[[DOB:14.02.90]]",
        "ZWANGSABM.",
    ),
    (
        "[[KFZ:DU-RH 884]]",
        "RHEINHAFEN SPEDITION KOCH GMBH",
        "ALBERTSTR. 5, 47119 DU",
        "",
        "ZWANGSABM.",
    ),
    (
        "[[KFZ:DU-XL 17E]]",
        "[[P:SCHMIDT-BERG, URSULA]]",
        "[[STR:DÜSSELDORFER STR. 211]]",
        "[[DOB:03.08.52]]",
        "ANSCHREIBEN",
    ),
    ("", "(NUTZER: ENKEL [[P:BERG, NICO]])", "[[LOC:47051 DU]]", "", ""),
    (
        "[[KFZ:DU-GT 3303]]",
        "GÜLTEKIN TRANSPORTE GMBH & CO. KG",
        "KAISERBERGSTR. 3, 47058 DU",
        "",
        "ZWANGSABM.",
    ),
    (
        "[[KFZ:OB-MM 72]]",
        "[[P:MAZUR, MARIUSZ]]",
        "[[STR:HOLTENER STR. 47]], [[LOC:47167 DU]]",
        "[[DOB:29.10.83]]",
        "ZWANGSABM.",
    ),
)

pii(
    "printout",
    f"""
STADT DUISBURG  STRASSENVERKEHRSAMT - ZULASSUNGSSTELLE          LISTE ZWANGSABMELDUNGEN KW 03/27
ANLASS: MELDUNG KFZ-VERSICHERER (§ 25 FZV) / KFZ-STEUER-RÜCKSTAND (HZA)    SEITE 1   USER ZUL-DU12

{P5_ROWS}

FRISTEN: ABMELDUNG WIRKSAM ZUM 02.02.27, ENTSTEMPELUNG DURCH AUSSENDIENST AB 03.02.27
HINWEISE:
- [[KFZ:OB-MM 72]]: KENNZEICHEN OBERHAUSEN, HALTER SEIT 11/26 IN DUISBURG GEMELDET - UMSCHREIBUNG
  VERSÄUMT. MOBIL [[TEL:0157 7733 0291]] (LT. VERSICHERUNGSMELDUNG)
- [[KFZ:DU-XL 17E]]: E-KENNZEICHEN; HALTERIN 74 J., FAHRZEUG WIRD VOM ENKEL GENUTZT, VERSICHERUNG
  IST AUF DEN ENKEL ÜBERGEGANGEN (VERSICHERUNGSSCHEIN-NR. 88-4471-002) - KLÄRUNG TELEFONISCH
- FIRMENFAHRZEUGE: RHEINHAFEN SPEDITION KOCH GMBH (HRB 11208) UND GÜLTEKIN TRANSPORTE GMBH & CO.
  KG (HRA 9902) ANGESCHRIEBEN; ANSPRECHPARTNER LT. FIRMA: FUHRPARKLEITUNG, TEL. 0203 4479-0
DIENSTFAHRZEUGE DER STADT (DU-SD ...) SIND NICHT BETROFFEN.              *** ENDE ***
""",
    [
        "RHEINHAFEN SPEDITION KOCH GMBH",
        "GÜLTEKIN TRANSPORTE GMBH & CO. KG",
        "KAISERBERGSTR. 3, 47058 DU",
        "HRB 11208",
        "0203 4479-0",
    ],
)

P6_ROWS = cols(
    (9, 30, 10, 10, 10, 34),
    ("GRAB", "VERSTORBENE/R", "GEB.", "GEST.", "RUHE BIS", "NUTZUNGSBERECHTIGTE/R"),
    (
        "B3-114",
        "[[P:HOFFMANN, WILHELM]]",
        "[[DOB:02.05.31]]",
        "14.12.01",
        "02.01.27",
        "[[P:HOFFMANN, GISELA]] (EHEFRAU)",
    ),
    (
        "B3-115",
        "[[P:HOFFMANN, GISELA]]",
        "[[DOB:17.09.34]]",
        "08.01.22",
        "08.01.47",
        "(NUTZUNGSBER. [[P:WOLF, E.]])",
    ),
    (
        "B3-120",
        "[[P:SCHULZE-BÖING, FRANZ]]",
        "[[DOB:30.06.28]]",
        "19.03.97",
        "19.03.27",
        "[[P:SCHULZE-BÖING, PAUL]]",
    ),
    (
        "C1-007",
        "[[P:DUDA, JAN]]",
        "[[DOB:11.11.44]]",
        "02.01.02",
        "02.01.27",
        "KATH. KIRCHENGEM. ST. AGNES",
    ),
    (
        "C1-009",
        "[[P:YILDIRIM, HASAN]]",
        "[[DOB:01.07.50]]",
        "26.05.07",
        "26.05.27",
        "[[P:YILDIRIM, FATMA]]",
    ),
)

pii(
    "printout",
    f"""
STADT HAMM - FRIEDHOFSVERWALTUNG - OSTFRIEDHOF                 ABLAUF DER RUHEFRISTEN 2027
AUSWAHL FELD B3, C1   STAND 12.01.27   LISTE FV-R07   BEARB. FV-HAMM2                   BL. 1/1

{P6_ROWS}

ERLÄUTERUNG: "RUHE BIS" IST DAS ENDE DER RUHEFRIST / DES NUTZUNGSRECHTS (Z. B. 02.01.27 = 02.01.2027),
KEIN GEBURTSDATUM. VERLÄNGERUNG NACH § 14 FRIEDHOFSSATZUNG HAMM MÖGLICH (GEBÜHR LT. TARIF 4.2).
ANSCHRIFTEN DER NUTZUNGSBERECHTIGTEN FÜR DAS ANSCHREIBEN:
  [[P:WOLF, ELKE]], [[STR:ALLEESTR. 51]], [[LOC:59065 HAMM]]                       (B3-114, B3-115)
  [[P:SCHULZE-BÖING, PAUL]], [[STR:HAMMER WEG 3]], [[LOC:59192 BERGKAMEN]]          (B3-120)
  [[P:YILDIRIM, FATMA]], [[STR:SÜDSTR. 44]], [[LOC:59065 HAMM]] / TEL. [[TEL:02381 1 70 93]]  (C1-009)
HINWEIS: NUTZUNGSBERECHTIGTE FÜR B3-114 WAR DIE EHEFRAU; NACH DEREN TOD ÜBERGANG AUF DIE
TOCHTER [[P:ELKE WOLF]] (GEB. [[P:HOFFMANN]]). C1-007: GRABSTELLE DER KIRCHENGEMEINDE, KEIN ANSCHREIBEN.
""",
    [
        "KATH. KIRCHENGEM. ST. AGNES",
        "§ 14 FRIEDHOFSSATZUNG HAMM",
        "TARIF 4.2",
        "LISTE FV-R07",
        "FV-HAMM2",
    ],
)

# =============================================================================================
# letter (pii): citizens' letters with sender and signature blocks
# =============================================================================================

pii(
    "letter",
    """
[[P:Nour Alhassan]]
[[STR:Castroper Straße 190]]
[[LOC:44791 Bochum]]
Tel. [[TEL:0157 30 41 88 26]]

Jobcenter Bochum
Team 231
Universitätsstraße 66
44789 Bochum
                                                             Bochum, 12.01.2027

BG-Nummer: [[AZ:36201BG0088123]]
Brief vom 05.01.2027 – Rückforderung

Sehr geehrte Damen und Herren,

ich bin Frau [[P:Alhassan]]. Ich habe Ihren Brief bekommen am 7.1. Ich verstehe nicht alles.
In dem Brief steht, ich muss 412 Euro zurück zahlen. Warum? Ich habe immer alles gesagt.

Meine Tochter [[P:Lamar]] (geb. [[DOB:14.09.2007]]) arbeitet jetzt Minijob in einer Bäckerei,
seit November. Ich habe den Zettel vom Arbeitgeber abgegeben im Dezember, am Empfang im
Jobcenter. Die Frau am Empfang hat gesagt, alles ist gut. Ich habe keine Kopie. Mein Sohn
[[P:Yazan]] ist 16 Jahre und geht in die Schule (Erich Kästner-Schule).

Bitte erklären Sie mir, was ich machen muss. Ich kann kommen mit Dolmetscherin. Meine
Nachbarin, Frau [[P:Renate Kühn]], hilft mir mit diesem Brief. Sie können auch sie anrufen:
[[TEL:0234 51 27 90]].

Ich lege Kopie von Lohnzettel von [[P:Lamar]] für November und Dezember bei.

Mit freundlichen Grüßen

[[P:Nour Alhassan]]
[[P:نور الحسن]]

Anlagen: 2 Lohnabrechnungen (Bäckerei Schwarz GmbH), Kopie Bescheid
""",
    [
        "Universitätsstraße 66",
        "44789 Bochum",
        "412 Euro",
        "Erich Kästner-Schule",
        "Bäckerei Schwarz GmbH",
    ],
)

pii(
    "letter",
    """
[[P:Olena Kovalenko]]
[[STR:Markgrafenstraße 37, Wohnung 9]]
[[LOC:44139 Dortmund]]

An die Stadt Dortmund
Sozialamt – Grundsicherung im Alter
Luisenstraße 11–13
44137 Dortmund                                                       Dortmund, 18.01.2027

Ihr Zeichen: [[AZ:50/3-GSi-7720/25]] – Weiterbewilligung

Sehr geehrte Frau [[P:Brandt]],

vielen Dank für Ihren Brief. Ich schicke die Unterlagen, die fehlen:
1. Kontoauszüge Oktober bis Dezember 2026 (Sparkasse Dortmund)
2. Bescheinigung über meine ukrainische Rente (Pensionsfonds Kyjiw, 3.100 Hrywnja im Monat)
3. Mietbescheinigung von meiner Tochter

Ich wohne seit März 2022 bei meiner Tochter [[P:Iryna Melnyk]] und ihrem Mann. Die Miete teilen wir
durch drei. Meine Tochter hat die Mietbescheinigung vom Vermieter (Dortmunder Gemeinnützige
Wohnungsgesellschaft) geholt.

In meinem Pass steht mein Name als „[[P:KOVALENKO OLENA]]“, in der Meldebescheinigung „[[P:Olena]]
[[P:Kowalenko]]“. Die Rentenkasse schreibt „[[P:Коваленко Олена Петрівна]]“. Es ist immer dieselbe Person.
Mein Geburtsdatum ist [[DOB:02.03.1951]], geboren in [[LOC:Tschernihiw]]. Bitte schreiben Sie mir nicht an die
alte Adresse in [[LOC:Kyjiw]] ([[STR:vul. Saksahanskoho 41, kv. 12]]), dort wohnt niemand mehr.

Wenn Sie Fragen haben, bitte rufen Sie meine Tochter an: [[TEL:0176 22 91 04 37]] (sie spricht gut Deutsch).

Mit freundlichen Grüßen

[[P:Olena Kovalenko]]
[[P:Олена Коваленко]]
""",
    [
        "Luisenstraße 11–13",
        "Sparkasse Dortmund",
        "3.100 Hrywnja",
        "Dortmunder Gemeinnützige",
        "Pensionsfonds Kyjiw",
    ],
    allow=("Kyjiw",),
)

ERIKA_RV = rv_nr("18", "090555", "M", "51")
GUENTER_IBAN = iban("DE", "432500300011774903")

pii(
    "letter",
    f"""
Mieterverein Herne e.V. · Beratungsstelle Wanne · Hauptstraße 188 · 44651 Herne

Stadt Herne
Fachbereich Soziales – Wohngeldstelle
Postfach 10 18 20
44621 Herne                                                  Herne, 20. Januar 2027

Wohngeldbescheid vom 22.12.2026, Wohngeld-Nr. [[AZ:WG-HER-2026-0771]]
Antragsteller: Herr [[P:Günter Schwertfeger]], [[STR:Roonstraße 28, 2. Etage links]], [[LOC:44629 Herne]]

WIDERSPRUCH

Sehr geehrte Damen und Herren,

namens und in Vollmacht unseres Mitglieds, Herrn [[P:Schwertfeger]] (Mitglieds-Nr. [[AZ:MV-HER 10447]]),
legen wir gegen den o. g. Bescheid Widerspruch ein. Vollmacht anbei.

Begründung: Bei der Berechnung wurde das Einkommen der Ehefrau, Frau [[P:Erika Schwertfeger]],
geb. [[DOB:09.05.1955]], mit einer Rente von 1.080 EUR angesetzt. Tatsächlich bezieht sie seit dem
01.07.2026 eine Rente von 968,42 EUR (Bescheid der Deutschen Rentenversicherung Westfalen anbei,
Versicherungsnummer [[RV:{ERIKA_RV}]]). Der höhere Betrag ergab sich aus einer einmaligen
Nachzahlung. Zudem ist der Enkel [[P:Lukas Schwertfeger]] (geb. [[DOB:11.03.2008]]) seit 01.10.2026
nicht mehr Haushaltsmitglied; er wohnt zur Ausbildung in [[LOC:Bielefeld]]. Dies wurde mit
Schreiben vom 14.10.2026 mitgeteilt.

Wir bitten, den Bescheid aufzuheben und das Wohngeld neu zu berechnen. Die Zahlung erfolgt
weiter auf das Konto des Antragstellers, IBAN [[IBAN:{GUENTER_IBAN}]] (Herner Sparkasse).

Für Rückfragen steht Ihnen unsere Beraterin, Frau [[P:Dilek Aydoğan]], unter [[TEL:02325 9 22 41-13]]
oder [[MAIL:aydogan@mieterverein-herne.de]] zur Verfügung (Zentrale: 02325 9 22 41-0).

Mit freundlichen Grüßen
i. A. [[P:Dilek Aydoğan]]
Rechtsberatung
Anlagen: Vollmacht, Rentenbescheid, Ummeldebestätigung [[P:Lukas Schwertfeger]]
""",
    [
        "Mieterverein Herne e.V.",
        "Hauptstraße 188 · 44651 Herne",
        "Postfach 10 18 20",
        "02325 9 22 41-0",
        "Deutschen Rentenversicherung Westfalen",
    ],
)

pii(
    "letter",
    """
Absender:
[[P:Mohammed Abdulkarim Saleh]]
[[STR:Altendorfer Str. 344]]
[[LOC:45143 Essen]]

An
Stadt Essen
Standesamt – Geburten
Rathaus, Porscheplatz 1
45127 Essen
                                                                      Essen, 15.01.2027

Betreff: Geburtsurkunde meine Tochter, Register-Nr. [[AZ:G 0093/2027]] – Name falsch

Sehr geehrte Damen und Herren,

meine Tochter ist geboren am [[DOB:03.01.2027]] im Elisabeth-Krankenhaus Essen. Ich habe die
Geburtsurkunde bekommen. Aber mein Name ist dort „[[P:Mohamed Abdel Karim Saleh]]“ geschrieben.
In meinem Pass (Irak) steht „[[P:MOHAMMED ABDULKARIM SALEH]]“, Passnummer [[PASS:A09384127]]. In
meinem Aufenthaltstitel steht auch so. Bitte korrigieren Sie, sonst gibt Problem mit Kindergeld
und Familienkasse.

Name von meine Tochter ist richtig: [[P:Aya Mohammed Abdulkarim]]. Name von meine Frau ist auch
richtig: [[P:Shaima Hussein Ali]], geboren [[DOB:20.08.1996]] in [[LOC:Basra]].

Ich bin geboren am [[DOB:01.07.1990]] in [[LOC:Nasiriyya]]. Auf Arabisch ist mein Name
[[P:محمد عبد الكريم صالح]]. In Deutschland schreiben alle anders: [[P:Mohammed]], [[P:Mohamed]], [[P:Muhammad]].
Das ist gleiche Name, aber im Pass ist nur „[[P:Mohammed]]“ richtig.

Ich kann jeden Tag kommen nach 15 Uhr, ich arbeite morgens (Reinigung, ISS Facility Services).
Telefon: [[TEL:0176 98 20 33 15]]

Vielen Dank

[[P:Mohammed Saleh]]

Anlage: Kopie Pass, Kopie eAT ([[ID:YH4T7N2L0]]), Kopie Geburtsurkunde
""",
    [
        "Porscheplatz 1",
        "Elisabeth-Krankenhaus Essen",
        "ISS Facility Services",
        "Familienkasse",
        "Standesamt – Geburten",
    ],
)

BRAUN_IBAN = iban("DE", "420501010114839257")

pii(
    "letter",
    f"""
[[P:Sebastian Braun]] · [[STR:Ewaldstraße 61]] · [[LOC:45892 Gelsenkirchen]]

Stadt Gelsenkirchen
Referat Kinder, Jugend und Familien
– Elternbeiträge Kindertagesbetreuung –
45875 Gelsenkirchen
                                                         Gelsenkirchen, 11. Januar 2027

Beitragskonto [[AZ:EB-51-2024-06613]] – Kinder [[P:Ella]] und [[P:Jonas Braun]]
Änderung der Einkommensverhältnisse / Antrag auf Neufestsetzung

Sehr geehrte Damen und Herren,

seit dem 01.12.2026 bin ich wegen der Schließung meines Arbeitgebers (Ruhrglas Produktions
GmbH, Werk Resse) arbeitslos und beziehe Arbeitslosengeld I in Höhe von 1.922,10 EUR. Meine
Frau, [[P:Kathrin Braun]], arbeitet weiterhin in Teilzeit (Knappschaft Kliniken, 20 Std.).
Unser gemeinsames Jahreseinkommen liegt damit voraussichtlich unter 37.000 EUR.

Ich bitte daher, die Elternbeiträge für [[P:Ella]] (geb. [[DOB:24.02.2022]], Kita Regenbogen,
45 Std.) ab Dezember neu festzusetzen. [[P:Jonas]] (geb. [[DOB:05.09.2020]]) ist im letzten
Kindergartenjahr und damit beitragsfrei – bitte prüfen Sie, ob für ihn versehentlich noch
Beiträge abgebucht wurden (Lastschrift 02.01.2027 über 214,00 EUR).

Eine etwaige Erstattung bitte auf unser Konto: IBAN [[IBAN:{BRAUN_IBAN}]], Kontoinhaber
[[P:Sebastian Braun]].

Anlagen: Bescheid der Agentur für Arbeit Gelsenkirchen vom 04.12.2026, Gehaltsnachweis meiner
Frau (Nov. 2026), Kündigungsschreiben

Mit freundlichen Grüßen
[[P:Sebastian Braun]]
Tel. [[TEL:0209 38 66 91 40]] (ab 16 Uhr) · [[MAIL:sebbraun@posteo.de]]
""",
    [
        "Ruhrglas Produktions",
        "Knappschaft Kliniken",
        "Kita Regenbogen",
        "Agentur für Arbeit Gelsenkirchen",
        "214,00 EUR",
    ],
)

pii(
    "letter",
    """
De la / Absender: [[P:Ciprian-Florin Munteanu]]
[[STR:Wanheimer Straße 212]], [[LOC:47053 Duisburg]]

An: Stadt Duisburg, Bürger- und Ordnungsamt, Bürgerservice Mitte, Sonnenwall 77-79, 47051 Duisburg

Duisburg, 13.01.2027

Bitte Meldebescheinigung für mich und meine Familie

Guten Tag,

ich heiße [[P:Munteanu]] und ich wohne seit September 2026 in [[LOC:Duisburg]]. Ich brauche
Meldebescheinigung für die Arbeit (Firma Logistik Hafen Duisburg GmbH) und für Kindergeld.
Ich war am 8. Januar im Bürgerservice aber keine Termin frei. Die Frau hat gesagt ich kann
schreiben.

Wir sind:
- [[P:Munteanu Ciprian-Florin]], geboren [[DOB:22.04.1989]] in [[LOC:Constanța]]
- [[P:Munteanu Alina-Maria]], geboren [[DOB:30.11.1992]] in [[LOC:Medgidia]] (meine Frau)
- [[P:Munteanu Sara]], geboren [[DOB:08.08.2016]] in [[LOC:Constanța]]
- [[P:Munteanu David]], geboren [[DOB:15.02.2019]] in [[LOC:Duisburg]] (er war schon hier geboren,
  wir haben früher hier gewohnt, dann zurück nach Rumänien, jetzt wieder hier)

Unsere alte Adresse in Rumänien war [[STR:Strada Mircea cel Bătrân 104, bl. C3, ap. 21]],
[[LOC:900663 Constanța]].

Personalausweis von mir: [[PASS:CT 774019]], von meine Frau: [[PASS:CT 802551]] (Carte de identitate).

Bitte schicken Sie die Bescheinigung an meine Adresse. Die Gebühr bezahle ich, wenn Sie schreiben wie.
Telefon: [[TEL:+40 742 118 390]] (rumänische Nummer) oder [[TEL:0152 5371 0088]]

Vă mulțumesc / Danke

[[P:Munteanu C.]]
""",
    [
        "Sonnenwall 77-79, 47051 Duisburg",
        "Bürgerservice Mitte",
        "Logistik Hafen Duisburg GmbH",
        "Carte de identitate",
        "Kindergeld",
    ],
    allow=("Duisburg",),
)

pii(
    "letter",
    """
[[P:Heinz-Werner Wolf]]
[[STR:Am Hülsenbusch 9]]
[[LOC:59063 Hamm]]
Telefon [[TEL:02381 44 19 72]]

An das Ordnungsamt der Stadt Hamm
Gustav-Heinemann-Straße 10
59065 Hamm                                                          Hamm, den 16.01.2027

Dauerparker vor meiner Garagenausfahrt / wiederholt

Sehr geehrte Damen und Herren,

ich wende mich nun schon zum dritten Mal an Sie (zuletzt am 02.12.2026, Ihr Zeichen [[AZ:32-VÜ-2026-1184]]).
Seit Oktober parkt ein silberner Kombi mit dem Kennzeichen [[KFZ:HAM-FB 703]] fast täglich so vor
meiner Ausfahrt, dass ich mit meinem Wagen ([[KFZ:HAM-HW 47]]) nicht heraus komme. Ich bin 81 Jahre
alt (geb. [[DOB:27.10.1945]]) und auf das Auto angewiesen, zum Arzt, zum Einkaufen usw.

Der Halter ist, wie ich inzwischen weiß, der neue Mieter aus Nr. 11, Herr [[P:Fabian Bachmann]].
Ich habe ihn zweimal freundlich angesprochen. Er meinte nur, ich solle „mich nicht so haben“.
Meine Nachbarin, Frau [[P:Fuchs]] aus Nr. 7, kann das bestätigen (Tel. [[TEL:02381 44 08 15]]).

Ich bitte Sie dringend, hier einzuschreiten. Ihr Außendienst war am 03.12. da, aber um 10 Uhr
morgens – der Wagen steht vor allem abends und am Wochenende dort. Fotos mit Datum lege ich bei.

Früher hat es in der Straße nie Probleme gegeben. Wir wohnen hier seit 1972, meine verstorbene
Frau [[P:Hildegard]] und ich haben das Haus damals von ihrem Vater, [[P:August Bergmann]], übernommen.

Hochachtungsvoll

[[P:H.-W. Wolf]]

Anlagen: 6 Fotos (Ausdruck), Kopie meines Schreibens vom 02.12.2026
""",
    [
        "Gustav-Heinemann-Straße 10",
        "59065 Hamm",
        "Ordnungsamt der Stadt Hamm",
        "Außendienst",
        "6 Fotos (Ausdruck)",
    ],
)

pii(
    "letter",
    """
Familie [[P:Xalid Hesen]]
[[STR:Hertener Str. 58, 3. OG]]
[[LOC:45657 Recklinghausen]]

An die
Stadt Recklinghausen
Fachbereich Schule und Bildung
Rathausplatz 3
45657 Recklinghausen                                              13.01.2027

Anmeldung Schule für meine Kinder

Sehr geehrte Damen und Herren,

wir sind neu in [[LOC:Recklinghausen]], vorher wohnen wir in [[LOC:Bad Berleburg]] (Kreis Siegen-Wittgenstein).
Mein Name ist [[P:Xalid Hesen]], in Pass steht [[P:Khalid Hassan]] (arabische Schreibweise), in
Kurdisch schreiben wir [[P:Xalid Hesen]]. Wir kommen aus Syrien, aus [[LOC:Qamişlo]] ([[LOC:Qamishli]]).

Meine Kinder müssen in die Schule:
1. [[P:Rojda Hesen]] – 12 Jahre, geboren [[DOB:04.04.2014]], war in Klasse 6 in [[LOC:Bad Berleburg]]
2. [[P:Dilan Hesen]] – 9 Jahre, geboren [[DOB:19.09.2017]], Klasse 3
3. [[P:Şiyar Hesen]] – 6 Jahre, geboren [[DOB:01.06.2020]], muss im Sommer in Klasse 1

In Pass von den Kindern steht „[[P:HASSAN]]“. Bitte schreiben Sie [[P:Hesen]], so steht auch in
Meldebescheinigung. Die alte Schule hat Zeugnis gegeben, ich lege Kopie bei.

Meine Frau [[P:Nesrin]] spricht nicht gut Deutsch. Ich spreche ein bisschen. Mein Handy:
[[TEL:0162 70 41 59 33]]. E-Mail: [[MAIL:xalid.hesen@gmail.com]]

Danke für Hilfe

[[P:Xalid Hesen]]
""",
    [
        "Rathausplatz 3",
        "Fachbereich Schule und Bildung",
        "Kreis Siegen-Wittgenstein",
        "Klasse 6",
        "Zeugnis",
    ],
    allow=("45657 Recklinghausen", "Recklinghausen"),
)

ZAJAC_IBAN = iban("DE", "430500010001882044")

pii(
    "letter",
    f"""
[[P:Bożena Zając]]
[[STR:Dorstener Straße 402]]
[[LOC:44809 Bochum]]

Stadt Bochum
Steueramt – Hundesteuer
44777 Bochum

Bochum, 19.01.2027

Abmeldung Hund / Steuernummer [[AZ:HSt 4.7.0-21983]]

Sehr geehrte Damen und Herren,

leider muss ich meine Hündin „Pola“ (Mischling, Marke Nr. 3317) abmelden. Sie ist am 28.12.2026
eingeschläfert worden (Bescheinigung Tierarztpraxis Dr. [[P:Ahlers]], Bochum-Hamme, liegt bei).

Die Hundesteuer für das 1. Quartal 2027 wurde am 15.01. schon abgebucht (30,00 EUR). Bitte
überweisen Sie das Geld zurück auf mein Konto:
IBAN: [[IBAN:{ZAJAC_IBAN}]]
Kontoinhaberin: [[P:Bożena Zając]]

Die Steuermarke lege ich bei. Früher war der Hund auf meinen Mann angemeldet ([[P:Zbigniew Zając]],
gestorben 2024), dann auf mich umgeschrieben. Vielleicht steht im Computer noch sein Name. Bitte
nur an mich schreiben. Mein Sohn [[P:Tomasz]] wohnt in [[LOC:Kraków]] und kann nicht helfen mit Post.

Ich bin 77 Jahre und schreibe mit Hilfe von Nachbarin. Wenn Fragen, bitte anrufen:
[[TEL:0234 86 14 07]] (Festnetz, ich bin meistens zuhause).

Mit freundlichen Grüßen
[[P:Bożena Zając]]
[[P:B. Zajac]] (so steht auf dem Kontoauszug, ohne Strich)
""",
    ["Steueramt – Hundesteuer", "44777 Bochum", "Marke Nr. 3317", "30,00 EUR", "Bochum-Hamme"],
)

# =============================================================================================
# email_thread (pii): e-mails with quoted replies and signature blocks
# =============================================================================================

E1_QUOTED = quote(
    """Von: [[P:Lennart Hövelmann]] <[[MAIL:lennart.hoevelmann@gmail.com]]>
Gesendet: Mittwoch, 13. Januar 2027 22:41
An: buergerdienste@dortmund.de
Betreff: Ummeldung + Termin

Hallo,
ich bin zum 01.01. innerhalb von [[LOC:Dortmund]] umgezogen (von der [[STR:Kaiserstraße 98]] in die
[[STR:Saarlandstraße 17, 4. OG]], [[LOC:44139 Dortmund]]). Online-Termine gibt es erst ab März,
die Frist sind aber zwei Wochen. Was soll ich machen? Muss ich Strafe zahlen?
Meine Freundin [[P:Merle Ostendorf]] zieht mit ein, sie kommt aus [[LOC:Münster]].
Gruß [[P:Lennart]]"""
)

pii(
    "email_thread",
    f"""
Von: [[MAIL:c.pawlitzki@stadtdo.de]]
Gesendet: Donnerstag, 14. Januar 2027 10:02
An: [[P:Lennart Hövelmann]] <[[MAIL:lennart.hoevelmann@gmail.com]]>
Cc: buergerdienste@dortmund.de
Betreff: AW: Ummeldung + Termin – Vorgangsnr. [[AZ:BD-2027-011845]]

Sehr geehrter Herr [[P:Hövelmann]],

keine Sorge: Wenn Sie nachweislich keinen früheren Termin bekommen konnten, wird kein
Verwarnungsgeld erhoben. Ich habe für Sie und Frau [[P:Ostendorf]] einen gemeinsamen Termin
reserviert:

    Dienstag, 19.01.2027, 08:15 Uhr, Bürgerdienste Innenstadt, Südwall 2-4, Schalter 6
    Buchungsnummer: [[AZ:DO-BD-7720431]]

Bitte bringen Sie beide Personalausweise und die Wohnungsgeberbestätigung mit. Frau
[[P:Ostendorf]] meldet sich aus [[LOC:Münster]] an; die Abmeldung dort erfolgt automatisch.

Mit freundlichen Grüßen
i. A. [[P:Carina Pawlitzki]]
Stadt Dortmund | Bürgerdienste | Team Terminmanagement
Tel. [[TEL:0231 50-26377]] | Servicenummer 0231 50-0 | buergerdienste@dortmund.de

{E1_QUOTED}
""",
    [
        "Südwall 2-4, Schalter 6",
        "Team Terminmanagement",
        "Servicenummer 0231 50-0",
        "buergerdienste@dortmund.de",
        "Verwarnungsgeld",
    ],
    allow=("Dortmund",),
)

E2_QUOTED = quote(
    """Sehr geehrter Herr [[P:Al-Khatib]],
für die Verlängerung Ihrer Aufenthaltserlaubnis benötigen wir noch: aktuelle Gehaltsnachweise
(3 Monate), Mietvertrag, gültigen Pass. Ihr Pass ([[PASS:N014477320]]) läuft am 28.02.2027 ab.
Termin: 02.02.2027, 10:40 Uhr, Raum E.17.
Mit freundlichen Grüßen
[[P:Schürmann]]
Stadt Essen, Ausländerbehörde, Team 4 (A–G)
[[MAIL:m.schuermann@auslaenderamt.essen.de]]"""
)

pii(
    "email_thread",
    f"""
Von: [[P:Abdulrahman Al-Khatib]] <[[MAIL:abdo.alkhatib1987@outlook.de]]>
An: auslaenderbehoerde@essen.de
Datum: 20.01.2027, 19:12
Betreff: Re: Termin Verlängerung – Az [[AZ:32-4-AE-1277/21]] – [[P:AL KHATIB Abdulrahman]]

Sehr geehrter Herr [[P:Schürmann]],

danke für Ihre Mail. Gehaltsnachweise und Mietvertrag habe ich. Aber mein Pass: Die Syrische
Botschaft in Berlin gibt keine Termin vor April. Ich habe Termin-Bestätigung (Nr. 2027/BER/8813).
Kann ich mit dem alten Pass kommen? Oder brauche ich Reiseausweis?

Noch eine Frage: Meine Frau [[P:Ghada]] ([[P:Ghada Al Halabi]], geb. [[DOB:11.11.1992]]) und unsere Tochter
[[P:Lana]] (geb. [[DOB:06.05.2020]] in [[LOC:Essen]]) haben Termin auch am 02.02.? Ihr Titel läuft
auch bald ab, eAT Nr. [[ID:YR0T3K8M6]] und [[ID:YR0T3K9N1]].

Mein Name ist in verschiedene Papiere verschieden geschrieben: [[P:Abdulrahman]], [[P:Abdul Rahman]],
[[P:Abdelrahman]]. In Pass ist [[P:ABDULRAHMAN]]. Ich hoffe das ist kein Problem.

Mit freundlichen Grüßen
[[P:Abdulrahman Al-Khatib]]
[[STR:Gladbecker Str. 51]], [[LOC:45141 Essen]]
Handy [[TEL:0157 52 04 19 87]]

Am 19.01.2027 um 14:05 schrieb [[P:Schürmann]], Ausländerbehörde:
{E2_QUOTED}
""",
    [
        "auslaenderbehoerde@essen.de",
        "2027/BER/8813",
        "Team 4 (A–G)",
        "Raum E.17",
        "Botschaft in Berlin",
    ],
    allow=("Essen",),
)

E3_QUOTED = quote(
    """-----Ursprüngliche Nachricht-----
Von: Jobcenter-Gelsenkirchen.Team-421@jobcenter-ge.de
Gesendet: Freitag, 15. Januar 2027 08:30
Betreff: Ihr Weiterbewilligungsantrag – BG [[AZ:36102BG0071904]]

Sehr geehrte Frau [[P:Schewtschenko]],
für die Weiterbewilligung fehlen: Nachweis über den Sprachkurs von [[P:Bohdan]], Kontoauszüge
11/26–01/27 und die Schulbescheinigung von [[P:Kateryna]]. Frist: 29.01.2027.
Ihr Jobcenter Gelsenkirchen, Team 421"""
)

pii(
    "email_thread",
    f"""
From: [[P:Tetiana Shevchenko]] <[[MAIL:tetiana.shevchenko.ua@gmail.com]]>
To: Jobcenter-Gelsenkirchen.Team-421@jobcenter-ge.de
Date: Sun, 17 Jan 2027 21:48:07 +0100
Subject: RE: Ihr Weiterbewilligungsantrag – BG [[AZ:36102BG0071904]]

Guten Tag,

ich schicke die Dokumente als Anhang (PDF). Im Brief steht mein Name „[[P:Tetjana Schewtschenko]]“,
im Pass steht „[[P:SHEVCHENKO TETIANA]]“ und in der Bank „[[P:Tetiana Shevchenko]]“. Ich bin
dieselbe Person, geb. [[DOB:07.12.1983]] in [[LOC:Dnipro]].

1) Sprachkurs: Mein Mann [[P:Bohdan Shevchenko]] ([[P:Bohdan Schewtschenko]]) besucht den
   B1-Kurs bei der VHS Gelsenkirchen, Kurs-Nr. 27-1A-304. Bescheinigung im Anhang.
2) Kontoauszüge: im Anhang (Sparkasse Gelsenkirchen), 3 Monate.
3) Schulbescheinigung [[P:Kateryna]]: Sie geht in die 8. Klasse der Gesamtschule Berger Feld.
   Die Schule gibt die Bescheinigung erst am Dienstag. Ich bringe sie persönlich.

Unser kleiner Sohn [[P:Maksym]] (geb. [[DOB:21.03.2021]]) hat seit 01.01. einen Kita-Platz
(Kita Sonnenblume), deshalb kann ich ab Februar auch einen Kurs machen.

Unsere Adresse ist immer noch [[STR:Florastraße 112, 2. Etage]], [[LOC:45879 Gelsenkirchen]].
Telefon: [[TEL:+380 67 418 22 09]] (ukrainisch, WhatsApp) oder [[TEL:0176 44 01 82 37]].

З повагою / Mit freundlichen Grüßen
[[P:Тетяна Шевченко]] / [[P:Tetiana Shevchenko]]

{E3_QUOTED}
""",
    [
        "Jobcenter-Gelsenkirchen.Team-421@jobcenter-ge.de",
        "Kurs-Nr. 27-1A-304",
        "Gesamtschule Berger Feld",
        "Kita Sonnenblume",
        "Sparkasse Gelsenkirchen",
    ],
)

E4_LANDLORD = quote(
    """Von: [[P:Reinhard Tiemann]] <[[MAIL:r.tiemann-vermietung@t-online.de]]>
Datum: 08.01.2027
Betreff: Nebenkostenabrechnung 2026 [[STR:Schulstraße 31]]
Hallo Frau [[P:Weber]], anbei die Abrechnung. Nachzahlung 486,20 EUR, fällig bis 28.02.2027.
Ab März neue Vorauszahlung 245 EUR. Konto wie immer. Gruß [[P:R. Tiemann]], Tel. [[TEL:02323 2 88 41]]"""
)
E4_TENANT = quote(
    """Am 11.01.2027 schrieb [[P:Sandra Weber]] <[[MAIL:sandra.weber82@web.de]]>:
Sehr geehrte Damen und Herren,
meine Nebenkosten sind gestiegen (siehe Mail vom Vermieter unten). Muss ich das melden?
Wohngeld-Nr. [[AZ:WG-HER-2025-0318]]. Ich wohne allein mit meinem Sohn [[P:Noah]] (10).
Viele Grüße, [[P:Sandra Weber]], [[STR:Schulstraße 31]], [[LOC:44623 Herne]]
"""
    + E4_LANDLORD
)

pii(
    "email_thread",
    f"""
Von: wohngeld@herne.de
An: [[P:Sandra Weber]] <[[MAIL:sandra.weber82@web.de]]>
Datum: 14.01.2027 09:47
Betreff: AW: WG: Nebenkostenabrechnung 2026 [[STR:Schulstraße 31]]

Sehr geehrte Frau [[P:Weber]],

vielen Dank für Ihre Mitteilung. Eine Nachzahlung aus der Betriebskostenabrechnung ist für das
Wohngeld nicht relevant, solange sich die monatliche Belastung (Miete einschließlich kalter
Nebenkosten) um nicht mehr als 15 % erhöht (§ 27 Abs. 1 WoGG). Die neue Vorauszahlung von 245 EUR
bedeutet bei Ihnen eine Erhöhung von rund 9 %. Sie müssen daher nichts weiter tun.

Einen Antrag auf Erhöhung können Sie trotzdem stellen; dann bräuchten wir eine neue
Mietbescheinigung von Herrn [[P:Tiemann]]. Ihr aktueller Bewilligungszeitraum endet am
30.06.2027 – den Weiterleistungsantrag schicken wir Ihnen im April zu.

Mit freundlichen Grüßen
Im Auftrag
[[P:Kerstin Jablonski]]
Stadt Herne – Fachbereich Soziales – Wohngeldstelle
Tel. [[TEL:02323 16-3418]] (Mo, Di, Do 8–12 Uhr) · wohngeld@herne.de

{E4_TENANT}
""",
    [
        "wohngeld@herne.de",
        "§ 27 Abs. 1 WoGG",
        "15 %",
        "Mo, Di, Do 8–12 Uhr",
        "Fachbereich Soziales – Wohngeldstelle",
    ],
)

E5_QUOTED = quote(
    """Am Mo., 18. Jan. 2027 um 07:12 Uhr schrieb [[P:Yasemin Doğan]] <[[MAIL:yasemin.dogan@icloud.com]]>:
Guten Morgen Frau [[P:Lindemann]],
[[P:Elif]] ist krank (Fieber) und kommt heute und morgen nicht. Entschuldigung schreibe ich.
Ihr Bruder [[P:Kerem]] (Klasse 7b) bringt die Hausaufgaben mit, wenn das geht.
LG [[P:Yasemin Doğan]]"""
)

pii(
    "email_thread",
    f"""
Von: [[P:Lindemann, Svenja]] <[[MAIL:s.lindemann@schule.bochum.de]]>
An: [[P:Yasemin Doğan]] <[[MAIL:yasemin.dogan@icloud.com]]>
Cc: sekretariat.hgbo@schule.bochum.de
Datum: 18.01.2027 12:31
Betreff: AW: Krankmeldung [[P:Elif Doğan]] 5c

Liebe Frau [[P:Doğan]],

gute Besserung an [[P:Elif]]! Die Aufgaben gebe ich [[P:Kerem]] in der 2. großen Pause mit
(Mathe S. 84 Nr. 3–6, Deutsch Lesetagebuch). Die Klassenarbeit in Englisch am 21.01. kann
[[P:Elif]] nachschreiben, Termin bespreche ich mit Herrn [[P:Okafor]] (Englisch).

Hinweis vom Sekretariat: Bei mehr als drei Krankheitstagen bitte eine ärztliche Bescheinigung;
die Entschuldigung mit Unterschrift bitte spätestens am dritten Schultag nach Rückkehr abgeben.
Außerdem fehlt uns noch Ihre neue Telefonnummer seit dem Umzug – die alte ([[TEL:0234 5 48 21 07]])
ist nicht mehr vergeben. Bitte tragen Sie sie im Schulportal ein oder schreiben Sie sie mir.

Viele Grüße
[[P:Svenja Lindemann]]
Klassenleitung 5c
Hildegardis-Gymnasium Bochum (Sekretariat 0234 89 01 22-0)

{E5_QUOTED}

Nachtrag 13:05 – Antwort von Frau [[P:Doğan]]: neue Nummer [[TEL:0178 21 30 64 55]], neue Adresse
[[STR:Wiemelhauser Str. 73]], [[LOC:44799 Bochum]]. Geburtsdatum [[P:Elif]] im Portal korrigiert:
[[DOB:27.09.2015]] (nicht 27.08.). – Sekretariat, [[P:Wöstmann]]
""",
    [
        "sekretariat.hgbo@schule.bochum.de",
        "Hildegardis-Gymnasium Bochum",
        "0234 89 01 22-0",
        "Mathe S. 84 Nr. 3–6",
        "Schulportal",
    ],
)

pii(
    "email_thread",
    """
Von: noreply-owi@hamm.de
An: bussgeldstelle@hamm.de
Datum: 12.01.2027 23:17
Betreff: Online-Anhörung – Fahrerangabe zu Az. [[AZ:OWi 32.4-27-000614]]

*** automatisch erzeugt – Online-Formular „Anhörung im Bußgeldverfahren“ ***
Aktenzeichen:        [[AZ:OWi 32.4-27-000614]]
Kennzeichen:         [[KFZ:HAM-ZK 280]]
Tatzeit:             04.01.2027, 16:48 Uhr, Hamm, Werler Straße, stadteinwärts
Angaben durch:       [[P:Zeynep Kurt]] (Halterin)
Geburtsdatum:        [[DOB:16.06.1986]]
Anschrift:           [[STR:Heessener Dorfstr. 21]], [[LOC:59073 Hamm]]
E-Mail:              [[MAIL:z.kurt86@gmx.de]]
Ich war nicht Fahrer/in: [x]
Fahrer/in:           [[P:Kurt, Levent]]
Geburtsdatum Fahrer: [[DOB:02.11.1983]]
Anschrift Fahrer:    wie oben
Bemerkung:           Mein Mann ist gefahren, er hat das Auto für die Arbeit. Bitte an ihn schicken.
Übermittelt von IP:  [[IP:91.64.118.207]] (Client), Gateway 10.32.4.15
Formular-ID:         F-OWI-2027-0011932
*** Ende der automatischen Nachricht ***

-----
Von: bussgeldstelle@hamm.de
An: [[MAIL:z.kurt86@gmx.de]]
Datum: 13.01.2027 08:55
Betreff: Eingangsbestätigung [[AZ:OWi 32.4-27-000614]]

Sehr geehrte Frau [[P:Kurt]],

Ihre Angaben sind eingegangen. Das Verfahren gegen Sie wird eingestellt; Herr [[P:Levent Kurt]]
erhält einen eigenen Anhörungsbogen. Hinweis: Die Geschwindigkeitsüberschreitung (23 km/h
innerorts) wird mit 150 EUR und einem Punkt geahndet (BKat Nr. 11.3.4).

Mit freundlichen Grüßen
Stadt Hamm – Bußgeldstelle – Team Verkehr (Sachbearbeitung: Ht)
Servicetelefon 02381 17-0
""",
    [
        "bussgeldstelle@hamm.de",
        "Gateway 10.32.4.15",
        "F-OWI-2027-0011932",
        "BKat Nr. 11.3.4",
        "Servicetelefon 02381 17-0",
    ],
)

E7_QUOTED = quote(
    """Am 19.01.2027 um 16:02 schrieb [[P:Jana Pohlmann]] (Kita Kunterbunt):
Hallo Herr [[P:Brüggemann]],
kurze Info: Die Mutter von [[P:Amira]] (Gruppe Füchse), Frau [[P:Benali]], hat heute erzählt,
dass der Vater ([[P:Karim Benali]]) [[P:Amira]] am Freitag abholen will. Wir haben eine Kopie des
Beschlusses (AG Recklinghausen, [[AZ:46 F 208/26]]), nach dem er nur begleiteten Umgang hat.
Dürfen wir ihn abweisen? Die Mutter ist unter [[TEL:0170 8 84 19 03]] erreichbar.
Gruß [[P:Jana Pohlmann]], Leitung"""
)

pii(
    "email_thread",
    f"""
Von: [[MAIL:t.brueggemann@recklinghausen.de]]
An: kita-kunterbunt@awo-re.de
Datum: 20.01.2027 08:14
Betreff: AW: Abholung [[P:Amira Benali]] – vertraulich

Hallo Frau [[P:Pohlmann]],

danke für die schnelle Info. Ja: Nach dem Beschluss darf Herr [[P:Benali]] [[P:Amira]] nicht allein
abholen. Bitte geben Sie das Kind nur an die Mutter, Frau [[P:Samira Benali]], oder an die in der
Abholvollmacht genannte Großmutter, Frau [[P:Fatima Zahra El Idrissi]], heraus. Sollte Herr [[P:Benali]]
trotzdem kommen, bitte ruhig bleiben, das Kind nicht herausgeben und die Polizei (110) rufen;
danach bitte mich informieren.

Zur Einordnung für Ihre Akte: [[P:Amira]], geb. [[DOB:14.04.2022]]; Mutter wohnhaft
[[STR:Bruchweg 28]], [[LOC:45659 Recklinghausen]]; der Vater lebt in [[LOC:Marl]]. Der begleitete Umgang
findet im Familienzentrum des Kinderschutzbunds statt (nächster Termin 29.01.).

Ich informiere heute noch die Kollegin im ASD, Frau [[P:Schulte-Rentrop]] (Tel. [[TEL:02361 50-2276]]),
die für die Familie zuständig ist (unser Az. [[AZ:51.2-ASD-0774/25]]).

Viele Grüße
[[P:Thomas Brüggemann]]
Stadt Recklinghausen – FB Kinder, Jugend und Familie – Abteilung Kindertagesbetreuung
Tel. [[TEL:02361 50-2291]] · Zentrale 02361 50-0

{E7_QUOTED}
""",
    [
        "kita-kunterbunt@awo-re.de",
        "Zentrale 02361 50-0",
        "Kinderschutzbunds",
        "Polizei (110)",
        "Abteilung Kindertagesbetreuung",
    ],
)

pii(
    "email_thread",
    """
Von: [[P:Najibullah Ahmadzai]] <[[MAIL:najib.ahmadzai2001@gmail.com]]>
An: sozialamt@stadt-duisburg.de
Datum: 21.01.2027 06:40
Betreff: Hilfe bitte / Strom abgestellt

Hallo,

mein Name ist [[P:Najibullah Ahmadzai]], ich wohne [[STR:Friedrich-Ebert-Str. 303]], [[LOC:47179 Duisburg]].
Ich bin aus Afghanistan, aus [[LOC:Kunduz]]. Gestern Stadtwerke hat Strom abgestellt. Ich habe
400 Euro Schulden bei Stadtwerke. Ich habe Kinder, [[P:Hasib]] 4 Jahre und [[P:Mariam]] 1 Jahr.
Es ist kalt und wir haben keine Heizung (Heizung ist auch mit Strom).

Ich bekomme Geld von Jobcenter, Nummer [[AZ:23004BG0291553]]. Frau [[P:Schneider]] vom
Jobcenter sagt ich muss Sozialamt fragen? Oder Jobcenter? Ich verstehe nicht.
Meine Frau [[P:Zarghona]] ist schwanger. Bitte helfen.

Mein Telefon [[TEL:0176 2019 4471]]. Mein Freund [[P:Ahmad Noori]] kann übersetzen, er spricht
gut Deutsch: [[TEL:0152 33 80 12 66]].

Danke
[[P:Najib]]

> Am 21.01.2027 um 09:12 schrieb sozialamt@stadt-duisburg.de:
> Sehr geehrter Herr [[P:Ahmadzai]],
> für Sie ist das Jobcenter Duisburg zuständig (Darlehen nach § 24 Abs. 1 SGB II für
> Energieschulden). Wir haben Ihre Mail an das Jobcenter weitergeleitet und dort um einen
> Termin noch heute gebeten. Bitte gehen Sie mit dem Schreiben der Stadtwerke und Ihrem
> Ausweis zum Jobcenter Nord, Duisburger Str. 199. Ihr Fall: [[AZ:50-3-NH-0042/27]].
> Mit freundlichen Grüßen, Stadt Duisburg, Amt für Soziales und Wohnen
""",
    [
        "sozialamt@stadt-duisburg.de",
        "§ 24 Abs. 1 SGB II",
        "Jobcenter Nord, Duisburger Str. 199",
        "400 Euro",
        "Amt für Soziales und Wohnen",
    ],
)

pii(
    "email_thread",
    """
Von: [[P:Pınar Yıldız-Hoffmann]] <[[MAIL:info@schneiderei-yildiz.de]]>
An: gewerbeamt@essen.de
Datum: 15.01.2027 17:26
Betreff: Ummeldung Betrieb – Schneiderei & Änderungsatelier [[P:Yıldız]] e.K.

Sehr geehrte Damen und Herren,

ich verlege meinen Betrieb zum 01.02.2027 von der [[STR:Rüttenscheider Str. 42]] in die
[[STR:Kettwiger Str. 17]], [[LOC:45127 Essen]] (Ladenlokal im EG). Bitte senden Sie mir das Formular
für die Ummeldung oder sagen Sie mir, ob ich das online machen kann.

Meine Daten:
Schneiderei & Änderungsatelier [[P:Yıldız]] e.K., Inhaberin [[P:Pınar Yıldız-Hoffmann]]
geb. [[DOB:23.05.1979]] in [[LOC:Bursa]]
Handelsregister: Amtsgericht Essen, [[HR:HRA 9184]]
Privat: [[STR:Rellinghauser Str. 268]], [[LOC:45136 Essen]]

Mit freundlichen Grüßen
[[P:Pınar Yıldız-Hoffmann]]
Schneiderei & Änderungsatelier [[P:Yıldız]] e.K.
Tel. [[TEL:0201 7 22 19 04]] · [[MAIL:info@schneiderei-yildiz.de]]

> Am 16.01.2027 um 09:03 schrieb gewerbeamt@essen.de:
> Sehr geehrte Frau [[P:Yıldız-Hoffmann]],
> die Ummeldung (GewA 2) können Sie online über das Serviceportal der Stadt Essen
> erledigen; die Gebühr beträgt 20 EUR. Bitte denken Sie auch an die Änderung im
> Handelsregister ([[HR:HRA 9184]]) – diese erfolgt über einen Notar beim Amtsgericht Essen.
> Die IHK zu Essen erhält eine Kopie automatisch.
> Ihre Vorgangsnummer: [[AZ:GEW-E-2027-00481]]
> Mit freundlichen Grüßen
> Gewerbemeldestelle, Ordnungsamt Essen, Tel. 0201 88-0
""",
    [
        "gewerbeamt@essen.de",
        "(GewA 2)",
        "Serviceportal der Stadt Essen",
        "IHK zu Essen",
        "Tel. 0201 88-0",
    ],
)

# =============================================================================================
# PII-free documents: famous and historical persons, firms, functional mailboxes, tables
# =============================================================================================

clean(
    "clean_programme",
    """
Volkshochschule Bochum – Programm Frühjahr 2027 – Fachbereich Kultur und Gestalten
Reihe „Klassiker im Revier“ · Bildungs- und Verwaltungszentrum (BVZ), Gustav-Heinemann-Platz 2–6

27-201  Goethe für Eilige
        Vom „Werther“ bis zum „Faust“: Johann Wolfgang von Goethe (1749–1832) in sechs Abenden.
        Warum liest man Goethe heute noch – und warum stritt er so gern mit Schiller über Balladen?
        6 x mittwochs, 18:00–19:30 Uhr, ab 03.03.2027, Raum 1.12, Entgelt 48,00 EUR

27-202  Brecht und das Ruhrgebiet
        Bertolt Brecht (1898–1956) hat nie im Revier gelebt, aber das Schauspielhaus Bochum hat ihn
        immer wieder gespielt. Wir lesen „Die Dreigroschenoper“ und „Mutter Courage“; Brecht-Lieder
        werden vom Band gehört. Exkursion zum Schauspielhaus (Königsallee 15) am letzten Termin.
        4 x dienstags, 19:00–20:30 Uhr, ab 09.03.2027, Raum 2.04, Entgelt 36,00 EUR

27-203  Heine, Droste und die Romantik
        Heinrich Heine (1797–1856) und Annette von Droste-Hülshoff (1797–1848) – zwei Westfalen/
        Rheinländer im selben Jahr geboren. Texte von Heine, Gedichte der Droste, Briefe.
        Samstag, 17.04.2027, 10:00–16:00 Uhr, Raum 1.01, Entgelt 22,00 EUR

Kursleitung jeweils: N. N. (wird bei Anmeldung bekanntgegeben)
Anmeldung: online unter vhs.bochum.de, per Mail an vhs@bochum.de oder telefonisch 0234 910-1555
Ermäßigung 50 % mit Bochum-Pass; Kursnummern bitte bei Überweisung angeben.
""",
    [
        "Gustav-Heinemann-Platz 2–6",
        "Johann Wolfgang von Goethe (1749–1832)",
        "vhs@bochum.de",
        "27-202",
        "Entgelt 48,00 EUR",
    ],
)

clean(
    "clean_programme",
    """
Philharmonie Essen · Theater und Philharmonie Essen GmbH · Huyssenallee 53, 45128 Essen
Saisonprogramm Februar/März 2027 – Sinfoniekonzerte der Essener Philharmoniker

Fr 05.02.2027, 19:30 Uhr · Alfried Krupp Saal
   Ludwig van Beethoven (1770–1827): Sinfonie Nr. 7 A-Dur op. 92
   Johannes Brahms (1833–1897): Violinkonzert D-Dur op. 77
   „Beethoven und Brahms – zwei Sinfoniker im Dialog“, Einführung 18:45 Uhr im RWE Pavillon

So 21.02.2027, 11:00 Uhr · Alfried Krupp Saal · Familienkonzert
   „Clara und Robert“ – Musik von Clara Schumann (1819–1896) und Robert Schumann (1810–1856)
   für Kinder ab 6 Jahren; Eintritt Kinder 5,00 EUR, Erwachsene 12,00 EUR

Do 11.03.2027, 20:00 Uhr · Kammermusiksaal
   Felix Mendelssohn Bartholdy: Oktett Es-Dur op. 20
   Beethoven: Streichquartett op. 131 – Mendelssohn verehrte Beethoven zeitlebens.

Die Solistinnen und Solisten sowie die Dirigate werden im Monatsheft bekanntgegeben.

Karten: TicketCenter, II. Hagen 2, 45127 Essen, Tel. 0201 81 22-200, tickets@theater-essen.de
Preisgruppen I–V von 14,00 bis 46,00 EUR; Schüler und Studierende 50 % Ermäßigung.
Der Alfried Krupp Saal ist barrierefrei erreichbar (Aufzug am Eingang Huyssenallee).
""",
    [
        "Huyssenallee 53, 45128 Essen",
        "Alfried Krupp Saal",
        "Ludwig van Beethoven (1770–1827)",
        "tickets@theater-essen.de",
        "Tel. 0201 81 22-200",
    ],
)

clean(
    "clean_press_release",
    """
Pressemitteilung der Stadt Essen – Presse- und Kommunikationsamt
Nr. 027/2027 · 14.01.2027

„Krupp. Stadt. Wandel“ – neue Ausstellung in der Villa Hügel

Ab dem 6. März 2027 zeigt die Villa Hügel eine Ausstellung über die Verbindung der Familie
Krupp mit der Stadt Essen. Im Mittelpunkt stehen Alfred Krupp (1812–1887), der die
Gussstahlfabrik zum Weltunternehmen machte und die Villa Hügel 1870–1873 errichten ließ,
sein Sohn Friedrich Alfred Krupp (1854–1902) und Bertha Krupp von Bohlen und Halbach
(1886–1957), nach der die „Dicke Bertha“ benannt wurde – ein Name, den sie selbst nicht mochte.

Gezeigt werden Pläne der Arbeitersiedlungen (Margarethenhöhe, Altenhof), Fotografien aus dem
Historischen Archiv Krupp und Dokumente zur Stadtentwicklung. Krupp und Essen – das sei
„eine Geschichte von Aufstieg, Zerstörung und Neubeginn“, heißt es im Begleitheft.

Die Ausstellung ist eine Kooperation der Alfried Krupp von Bohlen und Halbach-Stiftung mit dem
Ruhr Museum und dem Stadtarchiv Essen (Haus der Essener Geschichte, Ernst-Schmidt-Platz 1).

Öffnungszeiten: Di–So 10–18 Uhr, Eintritt 8,00 EUR, ermäßigt 5,00 EUR.
Anfahrt: S6 bis Essen-Hügel. Pressebilder: presse@essen.de, Tel. 0201 88-88888
""",
    [
        "Nr. 027/2027",
        "Alfred Krupp (1812–1887)",
        "Alfried Krupp von Bohlen und Halbach-Stiftung",
        "Ernst-Schmidt-Platz 1",
        "presse@essen.de",
    ],
)

clean(
    "clean_press_release",
    """
Stadt Bochum – Presseinformation vom 19.01.2027

Bismarckturm im Stadtpark wieder geöffnet

Nach anderthalb Jahren Sanierung ist der Bismarckturm im Bochumer Stadtpark ab Samstag,
23. Januar 2027, wieder für Besucherinnen und Besucher geöffnet. Der 33 Meter hohe Turm wurde
1910 zu Ehren Otto von Bismarcks (1815–1898) eingeweiht; wie viele Bismarcktürme im Kaiserreich
entstand er aus Spenden des Bürgertums. Heute erinnert eine neue Informationstafel an die
Entstehungsgeschichte und ordnet ein, wofür Bismarck steht – Reichsgründung 1871, Sozial-
versicherung, aber auch Kulturkampf und Sozialistengesetz.

Saniert wurden das Mauerwerk, die Treppe und die Aussichtsplattform. Die Arbeiten führte die
Hermann Kölsch Bautechnik GmbH (HRB 9941, Amtsgericht Bochum) aus; die Kosten von 1,24 Mio. EUR
trägt zu 70 % das Land NRW (Programm Heimat-Zeugnis).

Öffnungszeiten: April–Oktober Sa/So 11–17 Uhr, November–März Sa 11–15 Uhr; Eintritt frei.
Zugang über die Bergstraße / Klinikstraße; der Turm ist nicht barrierefrei.

Kontakt für Medien: Presse- und Informationsamt, Willy-Brandt-Platz 2–6, 44777 Bochum,
presseamt@bochum.de, Tel. 0234 910-3030
""",
    [
        "Otto von Bismarcks (1815–1898)",
        "Hermann Kölsch Bautechnik GmbH (HRB 9941, Amtsgericht Bochum)",
        "Programm Heimat-Zeugnis",
        "presseamt@bochum.de",
        "Tel. 0234 910-3030",
    ],
)

clean(
    "clean_plaques",
    """
Stadt Herne – Fachbereich Kultur – Emschertal-Museum
Kulturpfad „Köpfe der Industrie“ – Texte der Gedenktafeln (Entwurf für den Druck, Stand 01/2027)

Tafel 1 – Shamrockring / Zeche Shamrock
„William Thomas Mulvany (1806–1885). Der irische Unternehmer ließ hier ab 1857 die Zeche
Shamrock abteufen und benannte sie nach dem Kleeblatt seiner Heimat. Mulvany warb für
Kanäle und Eisenbahnen im Revier.“ – Tafel aus Bronze, 60 x 40 cm, Sockel Ruhrsandstein.

Tafel 2 – Schloss Strünkede
„Hier saßen bis ins 18. Jahrhundert die Herren von Strünkede. Heute: Emschertal-Museum.“

Tafel 3 – Cranger Kirmes, Festplatz Crange
„Seit dem Mittelalter wird in Crange Kirmes gefeiert; der Pferdemarkt ist seit 1435 bezeugt.“

Tafel 4 – Heinrich-Heine-Straße / Ecke Bahnhofstraße
„Die Straße trägt seit 1946 den Namen des Dichters Heinrich Heine (1797–1856). Unter den
Nationalsozialisten waren Heines Bücher verboten; die Straße hieß damals anders.“

Tafel 5 – Flottmannhallen
„Die Flottmann-Werke, gegründet von Heinrich Flottmann, bauten hier Bohrhämmer für den
Bergbau. Die Werke gaben der Halle ihren Namen; heute ist sie ein Kulturzentrum der Stadt.“

Herstellung: Gießerei Rinke GmbH & Co. KG, Witten (HRA 2217, AG Bochum)
Rückfragen: kultur@herne.de, Tel. 02323 16-2839 (Geschäftszimmer)
""",
    [
        "William Thomas Mulvany (1806–1885)",
        "Heinrich-Heine-Straße",
        "Gießerei Rinke GmbH & Co. KG",
        "kultur@herne.de",
        "Tel. 02323 16-2839",
    ],
)

clean(
    "clean_street_names",
    """
Stadt Gelsenkirchen – Referat Verkehr / Vermessung – Straßenverzeichnis (Auszug), Stand 2027
Straße                      PLZ    Stadtteil          benannt nach / Erläuterung
Bismarckstraße              45888  Bismarck           Otto von Bismarck (1815–1898), Reichskanzler
Ernst-Kuzorra-Platz         45891  Schalke            Ernst Kuzorra (1905–1990), Fußballspieler
Goethestraße                45897  Buer               Johann Wolfgang von Goethe (1749–1832)
Grillostraße                45881  Schalke            Friedrich Grillo (1825–1888), Industrieller
Käthe-Kollwitz-Straße       45896  Hassel             Käthe Kollwitz (1867–1945), Künstlerin
Kurt-Schumacher-Straße      45881  Schalke            Kurt Schumacher (1895–1952), Politiker
Mulvanystraße               45883  Feldmark           W. T. Mulvany (1806–1885), Bergbauunternehmer
Schillerstraße              45894  Buer               Friedrich Schiller (1759–1805), Dichter
Von-Oven-Straße             45879  Altstadt           Familie von Oven, Grundbesitzer (18. Jh.)
Wildenbruchplatz            45888  Bismarck           Ernst von Wildenbruch (1845–1909), Dramatiker

Hinweise:
- Der Stadtteil Bismarck heißt nach der Zeche Graf Bismarck, diese nach dem Reichskanzler.
- Straßennamen nach Personen werden nur nach Verstorbenen vergeben (Ratsbeschluss 2011).
- Kuzorra und Grillo sind auch Namen von Schulen bzw. Theater (Grillo-Theater in Essen).
Auskunft: vermessung@gelsenkirchen.de · Tel. 0209 169-4711 · Goldbergstraße 12, 45894 Gelsenkirchen
""",
    [
        "Ernst Kuzorra (1905–1990), Fußballspieler",
        "Zeche Graf Bismarck",
        "Ratsbeschluss 2011",
        "vermessung@gelsenkirchen.de",
        "Goldbergstraße 12, 45894 Gelsenkirchen",
    ],
)

clean(
    "clean_contact_list",
    """
Stadt Bochum – Ansprechstellen für Bürgerinnen und Bürger (Aushang Bürgerbüro Mitte, 01/2027)

Bereich                              Funktionspostfach                 Telefon
Bürgerbüro Mitte                     buergerbuero@bochum.de            0234 910-0
Bezirksverwaltung Wattenscheid       bv-wat@bochum.de                  0234 910-7311
Bezirksverwaltung Bochum-Nord        bv-nord@bochum.de                 0234 910-7411
Volkshochschule (VHS)                vhs@bochum.de                     0234 910-1555
Ordnungsamt / Kommunaler Ordnungsd.  ordnungsamt@bochum.de             0234 910-3888
Immobilien-Service-Gesellschaft      isg@bochum.de                     0234 910-2800
Eigenbetrieb Bochumer Veranstaltungen ebv@bochum.de                    0234 910-3120
Stadtarchiv                          stadtarchiv@bochum.de             0234 910-9500
Wohngeld                             wohngeld@bochum.de                0234 910-1234
Standesamt                           standesamt@bochum.de              0234 910-1700
Jugendamt (Zentrale)                 jugendamt@bochum.de               0234 910-2300
Kfz-Zulassung                        kfz@bochum.de                     0234 910-3500

Postanschrift: Stadt Bochum, 44777 Bochum · Hausanschrift Rathaus: Willy-Brandt-Platz 2–6
Persönliche Durchwahlen der Sachbearbeitung stehen auf Ihrem Bescheid. Bitte nutzen Sie für
Anträge die Funktionspostfächer; sie werden auch in der Urlaubszeit gelesen.
Notfälle außerhalb der Dienstzeiten: Leitstelle der Feuerwehr 0234 9254-0.
""",
    ["vhs@bochum.de", "isg@bochum.de", "ebv@bochum.de", "ordnungsamt@bochum.de", "0234 9254-0"],
)

clean(
    "clean_contact_list",
    """
Stadt Dortmund – Bezirksverwaltungsstellen – Kontakte (Stand Januar 2027)

Bezirksverwaltungsstelle     Anschrift                         Postfach                    Telefon
Eving                        Deutsche Str. 27, 44339 Dortmund  bv-eving@dortmund.de        0231 50-29850
Huckarde                     Urbanusstr. 5, 44369 Dortmund     bv-huckarde@dortmund.de     0231 50-28300
Mengede                      Am Amtshaus 1, 44359 Dortmund     bv-mengede@dortmund.de      0231 50-28900
Scharnhorst                  Gleiwitzstr. 277, 44328 Dortmund  bv-scharnhorst@dortmund.de  0231 50-29400
Aplerbeck                    Aplerbecker Marktplatz 21         bv-aplerbeck@dortmund.de    0231 50-29200
Hörde                        Hörder Bahnhofstr. 16             bv-hoerde@dortmund.de       0231 50-23500

Zentrale Dienste
Bürgerdienste                buergerdienste@dortmund.de        0231 50-0
Ordnungsamt                  ordnungsamt@dortmund.de           0231 50-28888
Umweltamt (Immissionsschutz) umweltamt@dortmund.de             0231 50-22200
Eigenbetrieb FABIDO (Kitas)  fabido@dortmund.de                0231 50-29100
Stadtkasse / Steueramt       stadtkasse@dortmund.de            0231 50-24400

Die Bezirksbürgermeisterinnen und Bezirksbürgermeister erreichen Sie über das jeweilige
Funktionspostfach (Betreff „Sprechstunde“). Eine Weitergabe privater Kontaktdaten erfolgt nicht.
""",
    [
        "bv-eving@dortmund.de",
        "Deutsche Str. 27, 44339 Dortmund",
        "fabido@dortmund.de",
        "ordnungsamt@dortmund.de",
        "0231 50-28888",
    ],
)

clean(
    "clean_contact_list",
    """
Gemeinsames Verzeichnis der Funktionspostfächer – Kooperation Emscher-Lippe
(Gelsenkirchen, Herne, Recklinghausen), Stand 02/2027 – zur Weitergabe an Träger und Schulen

Stadt       Aufgabe                               Postfach                          Telefon
GE          Allgemeiner Sozialer Dienst           asd@gelsenkirchen.de              0209 169-9600
GE          Integrationscenter für Arbeit         ifa@gelsenkirchen.de              0209 169-6800
GE          Gelsendienste (Abfall, Grün)          gd@gelsenkirchen.de               0209 954-20
HER         Eigenbetrieb Bäder und Veranstalt.    ebv@herne.de                      02323 16-4400
HER         Kinder- und Jugendförderung           kjf@herne.de                      02323 16-3900
HER         Ordnungsamt / KOD                     ordnungsamt@herne.de              02323 16-2222
RE          Immobilienservice                     isg@recklinghausen.de             02361 50-1600
RE          Kommunales Integrationszentrum        ki@recklinghausen.de              02361 50-2050
RE          Ruhrfestspielhaus (Vermietung)        rfh@recklinghausen.de             02361 9218-0

Hinweise:
- Die Kürzel (ASD, IfA, GD, EBV, KJF, KOD, ISG, KI, RFH) sind Abteilungen, keine Personen.
- Postfächer werden von mehreren Beschäftigten bearbeitet; bitte keine Namen in den Betreff.
- Eilige Kinderschutzmeldungen nur telefonisch: Bereitschaft GE 0209 169-9999, HER 02323 16-2525,
  RE 02361 50-3333.
""",
    [
        "asd@gelsenkirchen.de",
        "ebv@herne.de",
        "isg@recklinghausen.de",
        "ki@recklinghausen.de",
        "0209 169-9999",
    ],
)

clean(
    "clean_firm_list",
    """
Ausbildungsbörse Gelsenkirchen 2027 – Ausstellerverzeichnis (Wissenschaftspark, 06.03.2027)
Stand  Firma                                        Registereintrag          Berufe
A01    Heinrich Kötter Dachtechnik GmbH & Co. KG     HRA 4471, AG Gelsenk.    Dachdecker/in, Bauklempner/in
A02    Gebr. Kemper Haustechnik GmbH                 HRB 9918, AG Gelsenk.    Anlagenmechaniker/in SHK
A03    Wilhelm Schäfer Elektrotechnik GmbH           HRB 12045, AG Gelsenk.   Elektroniker/in
A04    Bäckerei Stauder GmbH                         HRB 3392, AG Gelsenk.    Bäcker/in, Fachverkäufer/in
B01    Josef Becker Metallbau GmbH                   HRB 7720, AG Essen       Metallbauer/in, Techn. PD
B02    Koch & Wolf Logistik GmbH                     HRB 15532, AG Gelsenk.   Fachkraft Lagerlogistik
B03    Autohaus Berg GmbH & Co. KG                   HRA 3310, AG Gelsenk.    Kfz-Mechatroniker/in
B04    ELE Emscher Lippe Energie GmbH                HRB 1873, AG Gelsenk.    Industriekaufleute, IT
C01    Stadt Gelsenkirchen (Ausbildungsleitung)      –                        Verwaltungsfachangestellte
C02    Evangelische Kliniken Gelsenkirchen GmbH      HRB 4099, AG Gelsenk.    Pflegefachfrau/-mann

Alle Aussteller sind Unternehmen bzw. öffentliche Arbeitgeber; Ansprechpersonen stehen am Stand.
Anmeldung für Schulklassen: ausbildungsboerse@gelsenkirchen.de · Wissenschaftspark,
Munscheidstraße 14, 45886 Gelsenkirchen · Eintritt frei, 9–15 Uhr
""",
    [
        "Heinrich Kötter Dachtechnik GmbH & Co. KG",
        "Koch & Wolf Logistik GmbH",
        "HRA 3310, AG Gelsenk.",
        "ausbildungsboerse@gelsenkirchen.de",
        "Munscheidstraße 14, 45886 Gelsenkirchen",
    ],
)

clean(
    "clean_firm_list",
    """
Wirtschaftsförderung Hamm – Gewerbegebiet Hamm-Rhynern / InlogParc – Ansässige Unternehmen
(Auszug aus dem Standortverzeichnis, veröffentlicht mit Zustimmung der Unternehmen, 01/2027)

Unternehmen                              Adresse                     Register            Branche
Westfalen Logistik GmbH                  InlogParc 12, 59069 Hamm    HRB 4471, AG Hamm   Kontraktlogistik
Friedrich Hamm Verpackungen GmbH         InlogParc 20, 59069 Hamm    HRB 6024, AG Hamm   Verpackung
Gebrüder Fuchs Kältetechnik GmbH         Zum Rhynerberg 4            HRB 2290, AG Hamm   Kälte/Klima
Heinrich Bach Transporte GmbH & Co. KG   Zum Rhynerberg 9            HRA 1877, AG Hamm   Spedition
Getränke Dünnebacke GmbH (Lager)         Kleine Werlstr. 2           HRB 1002, AG Hamm   Getränke
Hammer Stahlhandel AG                    Hafenstraße 61              HRB 388, AG Hamm    Stahlhandel
Karl Wolf Fensterbau GmbH                InlogParc 31, 59069 Hamm    HRB 7310, AG Hamm   Fenster/Türen

Erläuterung: Die Firmen tragen teils Familiennamen der Gründer (z. B. Fuchs, Bach, Wolf) oder
des Ortes (Hamm); es handelt sich ausnahmslos um Kapitalgesellschaften, nicht um
Einzelkaufleute.
Kontakt Wirtschaftsförderung: wf@hamm.de · Tel. 02381 92 93-0 · Robert-Koch-Straße 1, 59065 Hamm
""",
    [
        "Friedrich Hamm Verpackungen GmbH",
        "Gebrüder Fuchs Kältetechnik GmbH",
        "HRA 1877, AG Hamm",
        "wf@hamm.de",
        "Robert-Koch-Straße 1, 59065 Hamm",
    ],
)

clean(
    "clean_statistics",
    """
Stadt Duisburg – Amt für Statistik, Stadtforschung und Europaangelegenheiten
Bevölkerung mit Hauptwohnsitz nach Stadtbezirken, 31.12.2026 (vorläufig), Excel-Auszug

Stadtbezirk          Einwohner   dar. weiblich   dar. unter 18   dar. 65+   Anteil ausl. StA
Walsum                   49.882          25.301           8.977     11.420            17,9 %
Hamborn                  75.604          37.188          15.630     12.105            38,4 %
Meiderich/Beeck          73.411          36.702          13.991     14.380            29,7 %
Homberg/Ruhrort/Baerl    40.218          20.617           6.904     10.015            21,2 %
Mitte                   109.732          54.020          17.388     20.741            31,6 %
Rheinhausen              78.560          39.910          13.122     18.904            18,8 %
Süd                      74.105          38.370          11.850     20.117            12,3 %
Summe                   501.512         252.108          87.862    107.682            26,5 %

Veränderung gegenüber 31.12.2025: +0,4 %. Größter Ortsteil: Marxloh (Hamborn).
Quelle: Melderegister, Stand der Datei 05.01.2027; Abweichungen zu IT.NRW möglich.
Rückfragen: statistik@stadt-duisburg.de, Tel. 0203 283-3289 · Veröffentlichung „Duisburg in
Zahlen 2027“ erscheint im Mai, Vorstellung im Gerhard-Mercator-Haus der Universität.
""",
    [
        "501.512",
        "Meiderich/Beeck",
        "statistik@stadt-duisburg.de",
        "Tel. 0203 283-3289",
        "Amt für Statistik, Stadtforschung und Europaangelegenheiten",
    ],
)

clean(
    "clean_fee_table",
    """
Stadt Recklinghausen – Standesamt – Gebühren nach der Verwaltungsgebührensatzung (ab 01.01.2027)
Leistung                                                          Gebühr
Eheschließung im Trauzimmer des Rathauses (Di–Fr)                  66,00 EUR
Eheschließung im Trauzimmer samstags                              150,00 EUR
Eheschließung außerhalb (Engelsburg, Ruhrfestspielhaus)           250,00 EUR
Prüfung der Ehefähigkeit mit Auslandsbezug                         99,00 EUR
Beurkundung einer Namenserklärung                                  33,00 EUR
Personenstandsurkunde (Geburt, Ehe, Tod)                           12,00 EUR
jede weitere Ausfertigung derselben Urkunde                         6,00 EUR
Ehefähigkeitszeugnis                                               66,00 EUR
Kirchenaustritt (Amtsgericht, nicht Standesamt)                    –
Vaterschaftsanerkennung                                            gebührenfrei
Apostille (über Bezirksregierung Münster)                          lt. Tarif Land

Trauungen im Trauzimmer „Adolf-Grimme-Saal“ (benannt nach dem Kultusminister und Rundfunk-
pionier Adolf Grimme, 1889–1963, dem Namensgeber des Grimme-Preises in Marl) nur nach Termin.
Zahlung bar, mit Karte oder per Überweisung (Kassenzeichen auf der Rechnung).
Anfragen: standesamt@recklinghausen.de · Tel. 02361 50-1380 · Rathausplatz 3, 45657 Recklinghausen
""",
    [
        "66,00 EUR",
        "Engelsburg, Ruhrfestspielhaus",
        "Adolf Grimme, 1889–1963",
        "standesamt@recklinghausen.de",
        "Tel. 02361 50-1380",
    ],
)

clean(
    "clean_bus_timetable",
    """
Fahrplanaushang – Linie 367 Herne Bf – Bochum Hbf (gültig ab 10.01.2027, Montag bis Freitag)
Haltestelle                          05:12  05:42  06:12  06:32  06:52  07:12  07:32  … alle 20 Min.
Herne Bf (Bussteig 4)                05:12  05:42  06:12  06:32  06:52  07:12  07:32
Herne Rathaus / Friedrich-Ebert-Pl.  05:15  05:45  06:15  06:35  06:55  07:15  07:35
Flottmannhallen                      05:18  05:48  06:18  06:38  06:58  07:18  07:38
Herne-Süd, Mont-Cenis-Straße         05:22  05:52  06:22  06:42  07:02  07:22  07:42
Bochum-Riemke, Tippelsberg           05:28  05:58  06:28  06:48  07:08  07:28  07:48
Bochum, Bergmannsheil                05:34  06:04  06:34  06:54  07:14  07:34  07:54
Bochum, Schauspielhaus               05:38  06:08  06:38  06:58  07:18  07:38  07:58
Bochum Hbf (Bussteig B2)             05:42  06:12  06:42  07:02  07:22  07:42  08:02

Hinweise:
- Die Haltestelle „Herne Rathaus / Friedrich-Ebert-Pl.“ heißt nach dem ersten Reichspräsidenten
  Friedrich Ebert (1871–1925); Ebert ist auch Namensgeber des Platzes vor dem Rathaus.
- Wegen Bauarbeiten an der Bochumer Straße hält die Linie bis 28.02.2027 nicht an „Kirchstraße“.
- Fahrradmitnahme werktags ab 9 Uhr. Schülerverkehr E367 siehe gesonderten Aushang.
Fahrplanauskunft: Schlaue Nummer 0180 6 50 40 30 · kundencenter@bogestra.de · www.bogestra.de
""",
    [
        "Linie 367",
        "Herne Rathaus / Friedrich-Ebert-Pl.",
        "Bochum, Bergmannsheil",
        "0180 6 50 40 30",
        "kundencenter@bogestra.de",
    ],
)

clean(
    "clean_council_agenda",
    """
Stadt Dortmund – Bezirksvertretung Eving
Einladung zur 14. Sitzung am Dienstag, 09.02.2027, 16:00 Uhr,
Bezirksverwaltungsstelle Eving, Sitzungssaal, Deutsche Str. 27, 44339 Dortmund

Tagesordnung – öffentlicher Teil
1.   Eröffnung, Feststellung der Beschlussfähigkeit, Bestellung einer Schriftführung
2.   Genehmigung der Niederschrift der 13. Sitzung vom 08.12.2026
3.   Einwohnerfragestunde (Fragen bitte bis 02.02. an bv-eving@dortmund.de)
4.   Benennung des Quartiersplatzes im Neubaugebiet Grävingholz nach Käthe Kollwitz (1867–1945)
     Drucksache Nr.: 28814-27 – Empfehlung an den Rat
5.   Umgestaltung des Evinger Platzes, 2. Bauabschnitt – Drucksache Nr.: 28790-27
6.   Zeche Minister Stein – Sanierung des Hammerkopfturms, Sachstandsbericht der Verwaltung
7.   Bezirksvertretungsmittel 2027: Zuschuss an den Heimatverein Eving e.V. (Ausstellung
     „Bergmannsleben“), 1.800 EUR; Zuschuss an den SV Eving-Lindenhorst 1920 e.V., 2.500 EUR
8.   Mitteilungen der Bezirksbürgermeisterin / des Bezirksbürgermeisters
9.   Anfragen der Fraktionen (SPD, CDU, GRÜNE, Die Linke)

Tagesordnung – nichtöffentlicher Teil
10.  Grundstücksangelegenheit (Vorlage wird in der Sitzung verteilt)

Die Unterlagen stehen im Ratsinformationssystem unter ris.dortmund.de bereit. Der Sitzungssaal
ist barrierefrei. Gez. Die Bezirksbürgermeisterin
""",
    [
        "Deutsche Str. 27, 44339 Dortmund",
        "Drucksache Nr.: 28814-27",
        "Heimatverein Eving e.V.",
        "bv-eving@dortmund.de",
        "Hammerkopfturms",
    ],
)

clean(
    "clean_council_agenda",
    """
Stadt Hamm – Rat der Stadt – 22. Sitzung der Wahlperiode 2025–2030
Donnerstag, 25.02.2027, 15:00 Uhr, Ratssaal, Rathaus, Theodor-Heuss-Platz 16, 59065 Hamm

Öffentliche Sitzung
TOP 1   Anerkennung der Tagesordnung
TOP 2   Haushaltssatzung 2027/2028 mit Haushaltsplan – Vorlage 0412/27
TOP 3   Bebauungsplan Nr. 04.112 „Westlich Kissinger Weg“ – Satzungsbeschluss – Vorlage 0399/27
TOP 4   Maximilianpark Hamm GmbH – Wirtschaftsplan 2027 – Vorlage 0421/27
TOP 5   Umbenennung der Hindenburgstraße (Heessen): Vorschläge des Arbeitskreises Straßennamen
        a) „Gustav-Heinemann-Straße“ – Bundespräsident Gustav Heinemann (1899–1976)
        b) „Else-Lasker-Schüler-Straße“ – Dichterin Else Lasker-Schüler (1869–1945)
        Hindenburg (1847–1934) gilt dem Arbeitskreis als belastet; Vorlage 0430/27
TOP 6   Kreuzung Ostring/Kamener Straße – Umbau zum Kreisverkehr, Vergabe – Vorlage 0387/27
TOP 7   Anträge der Fraktionen (Eingang bis 11.02.2027)
TOP 8   Anfragen und Mitteilungen

Nichtöffentliche Sitzung
TOP 9   Personalangelegenheit (Vorlage 0433/27, nur für Ratsmitglieder)
TOP 10  Vergabe Reinigungsleistungen Schulen (Vorlage 0417/27)

Die Sitzung wird im Livestream übertragen (hamm.de/rat). Rückfragen: ratsbuero@hamm.de,
Tel. 02381 17-1060.  Der Oberbürgermeister
""",
    [
        "Theodor-Heuss-Platz 16, 59065 Hamm",
        "Vorlage 0412/27",
        "Maximilianpark Hamm GmbH",
        "Gustav Heinemann (1899–1976)",
        "ratsbuero@hamm.de",
    ],
)

clean(
    "clean_kita_menu",
    """
Städtische Kita „Zeche Zollern“ – Dortmund-Bövinghausen – Speiseplan KW 05/2027
Geliefert von: Ruhrküche Gemeinschaftsverpflegung GmbH, Dortmund (Bio-Anteil 30 %)

Montag 01.02.      Königsberger Klopse mit Kapernsoße, Salzkartoffeln, Rote Bete
                   Nachtisch: Apfelmus
Dienstag 02.02.    Spaghetti Bolognese (vegetarisch: mit Linsen), Gurkensalat
                   Nachtisch: Obst der Saison
Mittwoch 03.02.    Kaiserschmarrn mit Zwetschgenkompott (Geburtstagsessen des Monats)
Donnerstag 04.02.  Bismarckhering (nur Gruppe „Wale“, auf Wunsch der Eltern), sonst
                   Fischstäbchen, Kartoffelpüree, Erbsen und Möhren
                   Nachtisch: Fürst-Pückler-Eis (Vanille, Schoko, Erdbeere)
Freitag 05.02.     Linsensuppe mit Würstchen (Geflügel) / vegetarische Variante, Brot
                   Nachtisch: Joghurt

Allergene: siehe Aushang an der Küchentür. Schweinefleisch wird nicht angeboten.
Hinweis der Kita-Leitung: Der Bismarckhering ist eine Ausnahme (Projekt „Essen wie früher“
zum Thema Bergbau, Besuch im LWL-Museum Zeche Zollern am 04.02.). Otto von Bismarck hat mit
dem Hering nichts zu tun – der Name ist eine Verkaufsidee aus Stralsund.
Kontakt: FABIDO, fabido@dortmund.de, Tel. 0231 50-29100
""",
    [
        "Königsberger Klopse",
        "Fürst-Pückler-Eis",
        "Ruhrküche Gemeinschaftsverpflegung GmbH",
        "LWL-Museum Zeche Zollern",
        "fabido@dortmund.de",
    ],
)

clean(
    "clean_sports_results",
    """
Stadtsportbund Herne – Ergebnisdienst Wochenende 23./24.01.2027 (Hallen- und Freiluftsport)

Fußball, Westfalenliga 2 (Nachholspiel)
  DSC Wanne-Eickel – SV Sodingen                 2:2   Sportpark Wanne-Süd
Fußball, Landesliga 3
  Westfalia Herne – SpVgg Horsthausen            3:1   Stadion am Schloss Strünkede, 640 Zuschauer
  Sportfreunde Wanne-Eickel – Eintracht Ickern   0:1   Sportplatz Dorstener Straße
Fußball, Kreisliga A Herne
  SC Constantin Herne-Sodingen – TuS Eickel      4:0
  Germania Herne – VfB Börnig                    1:1
  DJK Falkenhorst – FC Frohlinde II              abgesagt (Platz unbespielbar)
Handball, Oberliga Männer
  HC TuS Herne – Ahlener SG                     28:27  Sporthalle Gysenberg
Basketball, 2. Regionalliga Frauen
  Herner TC II – BG Dorsten                     71:64  Sporthalle Wanne-Süd
Wasserball, Oberliga
  SV Blau-Weiß Bochum – Herner Schwimmverein    11:9   Hallenbad Wanne-Süd

Tabelle Landesliga 3 (Auszug): 1. Westfalia Herne 41 Pkt., 2. SpVgg Horsthausen 38, 3. TuS Eickel 35.
Vereinsmeldungen bitte bis Sonntag 20 Uhr an ergebnisse@ssb-herne.de. Namen einzelner Spielerinnen
und Spieler veröffentlichen wir nur mit Einwilligung der Vereine (Datenschutz) – daher hier keine.
Stadtsportbund Herne e.V., Eschstraße 10, 44629 Herne, Tel. 02323 9 19 92-0
""",
    [
        "Westfalia Herne",
        "Stadion am Schloss Strünkede",
        "HC TuS Herne – Ahlener SG",
        "ergebnisse@ssb-herne.de",
        "Stadtsportbund Herne e.V.",
    ],
)

clean(
    "clean_road_weather",
    """
Stadt Duisburg – Wirtschaftsbetriebe Duisburg AöR / Straßenverkehrsamt – Verkehrsinformation
Nr. 07/2027 vom 18.01.2027

Glätte und Sperrungen – Stand 06:30 Uhr
Der Deutsche Wetterdienst warnt bis Mittwoch, 20.01.2027, 12 Uhr, vor Glatteis (Warnstufe 3)
für die Stadt Duisburg. Der Winterdienst ist seit 02:00 Uhr mit 42 Fahrzeugen im Einsatz;
geräumt und gestreut werden zuerst die Strecken der Dringlichkeitsstufe 1.

Gesperrt:
- Friedrich-Ebert-Brücke (Ruhrort–Homberg): für Fahrzeuge über 3,5 t bis auf Weiteres gesperrt;
  Umleitung über die Brücke der Solidarität (Rheinhausen–Hochfeld), Ausschilderung U 12.
- Karl-Lehr-Straße zwischen Koloniestraße und Mülheimer Straße: Fahrbahnschaden nach Frost,
  Vollsperrung voraussichtlich bis 22.01.2027, 18 Uhr. Buslinie 934 fährt Umleitung.
- Kardinal-Galen-Straße: Gehweg vor Haus-Nr. 100–120 wegen Eisbruchgefahr vom Dach gesperrt.

Hinweise:
Anwohnerinnen und Anwohner sind nach der Straßenreinigungssatzung verpflichtet, Gehwege bis 7 Uhr
(sonn- und feiertags 9 Uhr) zu räumen und zu streuen. Streusalz ist auf Gehwegen nicht erlaubt.
Störungsmeldungen: Winterdienst-Hotline 0203 283-4444 · wbd@wb-duisburg.de
Presseanfragen: presse@stadt-duisburg.de
""",
    [
        "Nr. 07/2027",
        "Friedrich-Ebert-Brücke",
        "Karl-Lehr-Straße",
        "Winterdienst-Hotline 0203 283-4444",
        "wbd@wb-duisburg.de",
    ],
)

clean(
    "clean_road_weather",
    """
Stadt Recklinghausen – Fachbereich Umwelt und Stadtplanung / KSR Kommunale Servicebetriebe
Baustellen- und Wetterhinweise für die Woche vom 25. bis 29.01.2027

Sturmwarnung: Der Deutsche Wetterdienst erwartet ab Montagnachmittag Sturmböen bis 90 km/h.
Der Stadtgarten, der Friedhof Nord und der Ostfriedhof bleiben am Montag ab 14 Uhr und am
Dienstag geschlossen. Wochenmarkt am Dienstag findet nur auf dem Altstadtmarkt statt.

Baustellen:
1. Kurt-Schumacher-Allee, Höhe Kreishaus: Erneuerung der Ampelanlage, Fahrstreifenverengung
   25.01.–05.02.2027; Einmündung Konrad-Adenauer-Platz bleibt frei.
2. Bochumer Straße zwischen Hohenzollernstraße und Willy-Brandt-Park: Kanalbau (KSR),
   Einbahnstraßenregelung stadtauswärts bis 31.03.2027. Ausführung: Gebr. Ostermann Tiefbau GmbH.
3. Löhrhof / Herzogswall: Pflasterarbeiten, Parkplatz teilweise gesperrt.
4. Hertener Straße (Brücke über die A 43): nächtliche Sperrung 27./28.01., 22–5 Uhr.

Die Vestische (Linien SB 20, 222, 235) fährt in den betroffenen Abschnitten Umleitungen; die
Haltestelle „Kreishaus“ wird an die Kurt-Schumacher-Allee 3 verlegt.

Fragen: baustellen@recklinghausen.de · KSR-Hotline 02361 50-2600 · Bürgerservice 02361 50-0
""",
    [
        "Kurt-Schumacher-Allee, Höhe Kreishaus",
        "Gebr. Ostermann Tiefbau GmbH",
        "Willy-Brandt-Park",
        "baustellen@recklinghausen.de",
        "KSR-Hotline 02361 50-2600",
    ],
)


if __name__ == "__main__":
    sys.exit(main())
