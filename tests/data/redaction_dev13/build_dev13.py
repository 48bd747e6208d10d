"""Build the thirteenth German PII redaction development corpus (``corpus.jsonl`` next to this file).

    python3 tests/data/redaction_dev13/build_dev13.py

This is a DEVELOPMENT set: it may be read, run and tuned on. It was written without sight of the
redactor's rules, its benchmark, the held-out corpora and the documents of the other corpora
(only the README and the build script of dev12 were read, for the record format, the annotation
conventions and the check-digit rules). It aims at the redactor's known weak spots. Its 80
documents reach the back office of a Ruhr city (Bochum, Herne, Gelsenkirchen, Dortmund, Witten,
Castrop-Rauxel), 60 with personal data and 20 without:

  - file notes in staff shorthand (Aktenvermerk, Gesprächsvermerk, Telefonnotiz,
    Hausbesuchsbericht, Übergabenotiz, Wiedervorlage): bare surnames, "KM"/"KV"/"Ehem."/"Bev.",
    dates of birth in brackets and after "*", staff initials and staff names with direct lines,
  - household tables (Wohngeld, Bürgergeld, Kita fees, Elterngeld, Einbürgerung): Excel pastes
    with empty cells, fixed-width tables and key-value blocks per person,
  - OCR'd scans of tables and forms (drifted columns, cells broken over lines, 0/O and 1/l swaps
    inside dates, file numbers and AZR numbers, lost umlauts, stray "|", receipt stamps),
  - fixed-width printouts whose headers and footers carry staff logins next to anonymous codes,
  - transposed tables (persons as columns, key-value pairs inside rows, Datensatz blocks),
  - citizens' letters with signature blocks, family members, addresses, IBANs and phones,
  - e-mail threads with quoted replies and staff signatures next to functional mailboxes,
  - PII-free texts full of traps: historical persons, streets, squares and schools named after
    persons, firms bearing family names with HRB entries, functional mailboxes, districts,
    council papers, fee tables, procurement and road works notices.

Every document is written out individually below. Personal strings are marked inline as
``[[TYPE:text]]``; the script strips the markup and computes the offsets, so no offset is ever
written by hand. Short aliases may be used for the type:

    P=PERSON  STR=STREET_ADDRESS  LOC=LOCATION  DOB=DATE_OF_BIRTH  TEL=PHONE_NUMBER
    MAIL=EMAIL_ADDRESS  IBAN=IBAN_CODE  TAX=DE_TAX_ID  RV=DE_SOCIAL_SECURITY  ID=DE_ID_CARD
    PASS=DE_PASSPORT  KFZ=DE_KFZ  AZ=DE_AKTENZEICHEN  HR=DE_HANDELSREGISTER  IP=IP_ADDRESS

Steuer-IDs, IBANs and Rentenversicherungsnummern come from helper functions, so that their check
digits are valid; ID-card numbers use the ID-card alphabet.

Annotation conventions (those of dev12, plus the shorthand of file notes):
  - header cells, column titles, keys and labels are never annotated, only the values;
  - salutations, titles, roles and relationship words ("Herr", "Hr.", "Fr.", "Dr.", "KM", "KV",
    "Ehem.", "Bev.", "Ehefrau", "Sohn", "Tochter", "Schwiegermutter", "Familie") stay outside a
    PERSON span; "Nachname, Vorname" in one cell is one span, separate cells one span each; a
    bare surname or first name is PERSON; a name in CAPITALS, truncated or OCR-garbled is
    annotated as written; a name inside an e-mail address counts only as the EMAIL_ADDRESS;
  - staff initials alone ("gez. Ku", "Hd") are not annotated; staff names ("i.A. Brandt"), their
    direct lines and personal mailboxes are; a staff login built from a surname ("KAMINSKI",
    "hoelscher_m", "Sachb.: WROBEL") is PERSON, an anonymous user code ("EWO042") is not;
    switchboards (...-0), hotlines and functional mailboxes ("poststelle@", "wahlamt@") are not;
  - a span never crosses a line break: a cell broken over two lines gives one span per line;
  - a private address is split into STREET_ADDRESS (street, house number, additions such as
    "2. OG rechts") and LOCATION (postcode and town together, "44866 Bochum"); separate cells for
    street and house number, postcode and town are one span each; towns of residence, birth,
    origin and relatives' towns are LOCATION, also abroad; countries and nationalities are not;
    offices, schools, firms with a legal form of their own and other public places are not;
  - file numbers, Kassenzeichen, BG, AZR, customer and case numbers of a citizen's matter are
    DE_AKTENZEICHEN (the cue word outside); council papers, tariff, course and room numbers are
    not;
  - German ID cards and eAT cards are DE_ID_CARD, German and foreign passports DE_PASSPORT;
  - a sole trader (e.K., Inh.) is a natural person: the name, the business address and the HRA
    entry (DE_HANDELSREGISTER) are personal; GmbHs, AGs and KGs, their HRB entries and addresses
    are not, even when the firm bears a family name ("Heinrich Schulte Bau GmbH");
  - plates of citizens' vehicles are DE_KFZ, municipal plates are not; citizens' IP addresses
    are IP_ADDRESS, internal IPs of the city network are not;
  - only dates of birth are personal (also a garbled OCR date); letter, receipt, move-in,
    payment, appointment and deadline dates are not;
  - OCR noise inside a personal string is part of the span ("16O9O5117433", "l7.O3.1986").

Checks (all in this file, standard library only): offsets reproduce the span text, spans are
sorted and do not overlap, do not cross a line break and have no surrounding blanks; Steuer-IDs
(§ 139b AO) and IBANs (ISO 13616, MOD 97) are valid, Rentenversicherungsnummern carry a valid
check digit, ID-card numbers use the ID-card alphabet; every keep phrase occurs outside all
spans; each document is 400–3,000 characters long and has 4–5 keep phrases; PII-free documents
have no spans, documents with personal data have some; every further occurrence of an annotated
string (and of every name part of three or more letters) is annotated as well, unless explicitly
allowed for that document, and every allowance is needed; the numbers of documents per style
are those of the brief.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "corpus.jsonl"

MARKUP = re.compile(r"\[\[([A-Z_]+):(.*?)\]\]")
SHORT = {
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
SPAN_TYPES = frozenset(SHORT.values())
ID_CARD_CHARS = frozenset("CFGHJKLMNPRTVWXYZ0123456789")
MIN_LEN, MAX_LEN = 400, 3000

STYLE_PLAN = {
    ("file_note", "pii"): 12,
    ("household_table", "pii"): 10,
    ("ocr_table", "pii"): 10,
    ("printout_footer", "pii"): 6,
    ("transposed_kv", "pii"): 6,
    ("letter", "pii"): 8,
    ("email_thread", "pii"): 8,
}

DOCS: list[dict] = []


# ---------------------------------------------------------------------------------------------
# Numbers with valid check digits
# ---------------------------------------------------------------------------------------------


def tax_check_digit(first10: str) -> int:
    """Check digit of a Steuer-ID (§ 139b AO, ISO 7064 MOD 11,10)."""
    product = 10
    for digit in first10:
        subtotal = (int(digit) + product) % 10
        if subtotal == 0:
            subtotal = 10
        product = (subtotal * 2) % 11
    check = 11 - product
    return 0 if check == 10 else check


def tax_id(first10: str, spaced: bool = False) -> str:
    """Steuer-ID: ten digits (no leading zero, exactly one digit twice) and the check digit."""
    if len(first10) != 10 or not first10.isdigit() or first10[0] == "0":
        raise ValueError(first10)
    counts = Counter(first10)
    if sorted(counts.values())[-2:] != [1, 2]:
        raise ValueError(f"digit pattern of {first10}")
    value = first10 + str(tax_check_digit(first10))
    if spaced:
        return " ".join((value[:2], value[2:5], value[5:8], value[8:]))
    return value


def iban_ok(value: str) -> bool:
    compact = value.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", compact):
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


def make_iban(country: str, bban: str, spaced: bool = True) -> str:
    """IBAN with MOD-97 check digits for ``bban``."""
    remainder = int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
    value = f"{country}{98 - remainder:02d}{bban}"
    if spaced:
        return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


RV_FACTORS = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)


def rv_check_digit(area: str, birth: str, initial: str, serial: str) -> int:
    digits = area + birth + f"{ord(initial) - ord('A') + 1:02d}" + serial
    total = 0
    for digit, factor in zip(digits, RV_FACTORS, strict=True):
        product = int(digit) * factor
        total += product // 10 + product % 10
    return total % 10


def rv_number(area: str, birth: str, initial: str, serial: str, spaced: bool = True) -> str:
    """Rentenversicherungsnummer: area, DDMMYY, initial of the birth name, serial, check digit."""
    if len(area) != 2 or len(birth) != 6 or len(serial) != 2 or not initial.isupper():
        raise ValueError((area, birth, initial, serial))
    check = rv_check_digit(area, birth, initial, serial)
    if spaced:
        return f"{area} {birth} {initial} {serial}{check}"
    return f"{area}{birth}{initial}{serial}{check}"


def id_card(serial: str) -> str:
    """Serial number of an ID card or eAT: nine characters of the ID-card alphabet."""
    if len(serial) != 9 or not set(serial) <= ID_CARD_CHARS:
        raise ValueError(serial)
    return serial


# ---------------------------------------------------------------------------------------------
# Layout helpers (markup does not count towards a cell's width)
# ---------------------------------------------------------------------------------------------


def shown(cell: str) -> str:
    return MARKUP.sub(lambda m: m.group(2), cell)


def tabbed(*lines: tuple[str, ...]) -> str:
    """An Excel range on the clipboard: cells joined by tabs, empty cells stay empty."""
    return "\n".join("\t".join(line) for line in lines)


def aligned(widths: tuple[int, ...], *lines: tuple[str, ...]) -> str:
    """A space-aligned table; each cell is padded to its width (at least one blank between)."""
    out = []
    for line in lines:
        parts = []
        for i, cell in enumerate(line):
            width = widths[i] if i < len(widths) else 0
            parts.append(cell + " " * max(1, width - len(shown(cell))))
        out.append("".join(parts).rstrip())
    return "\n".join(out)


def piped(widths: tuple[int, ...], *lines: tuple[str, ...]) -> str:
    """Rows with cells separated by " | " and padded to ``widths``."""
    out = []
    for line in lines:
        cells = []
        for i, cell in enumerate(line):
            width = widths[i] if i < len(widths) else 0
            cells.append(cell + " " * max(0, width - len(shown(cell))))
        out.append(" | ".join(cells).rstrip())
    return "\n".join(out)


def dotted(width: int, *pairs: tuple[str, str]) -> str:
    """Key-value lines with dot leaders ("Name ........: value")."""
    out = []
    for key, value in pairs:
        out.append(f"{key} {'.' * max(2, width - len(key) - 1)}: {value}".rstrip())
    return "\n".join(out)


def quoted(block: str, prefix: str = "> ") -> str:
    """Prefix every line of ``block`` as a quoted e-mail reply does."""
    return "\n".join((prefix + line).rstrip() for line in block.split("\n"))


# ---------------------------------------------------------------------------------------------
# Registration and checks
# ---------------------------------------------------------------------------------------------


def parse(marked: str) -> tuple[str, list[dict]]:
    pieces: list[str] = []
    spans: list[dict] = []
    cursor = 0
    offset = 0
    for m in MARKUP.finditer(marked):
        before = marked[cursor : m.start()]
        pieces.append(before)
        offset += len(before)
        label, value = m.group(1), m.group(2)
        span_type = SHORT.get(label, label)
        if span_type not in SPAN_TYPES:
            raise ValueError(f"unknown span type {label!r}")
        spans.append(
            {"start": offset, "end": offset + len(value), "type": span_type, "text": value}
        )
        pieces.append(value)
        offset += len(value)
        cursor = m.end()
    pieces.append(marked[cursor:])
    return "".join(pieces), spans


def register(kind: str, style: str, marked: str, keep: list[str], allow: tuple[str, ...]) -> None:
    text, spans = parse(marked.strip("\n") + "\n")
    DOCS.append(
        {"kind": kind, "style": style, "text": text, "spans": spans, "keep": keep, "allow": allow}
    )


def pii(style: str, marked: str, keep: list[str], allow: tuple[str, ...] = ()) -> None:
    register("pii", style, marked, keep, allow)


def clean(style: str, marked: str, keep: list[str]) -> None:
    register("clean", style, marked, keep, ())


NAME_PART = re.compile(r"[^\W\d_]{3,}")


def inside_span(spans: list[dict], start: int, end: int) -> bool:
    return any(s["start"] <= start and end <= s["end"] for s in spans)


def word_hits(text: str, needle: str) -> list[tuple[int, int]]:
    pattern = r"(?<!\w)" + re.escape(needle) + r"(?!\w)"
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def check(doc: dict, ident: str) -> list[str]:
    problems: list[str] = []
    text, spans, keep = doc["text"], doc["spans"], doc["keep"]

    def report(message: str) -> None:
        problems.append(f"{ident} ({doc['style']}): {message}")

    if not MIN_LEN <= len(text) <= MAX_LEN:
        report(f"length {len(text)} outside {MIN_LEN}..{MAX_LEN}")
    if not 4 <= len(keep) <= 5:
        report(f"{len(keep)} keep phrases")
    if doc["kind"] == "clean" and spans:
        report("PII-free document with spans")
    if doc["kind"] == "pii" and not spans:
        report("document with personal data but without spans")
    if "[[" in text or "]]" in text:
        report("markup left in the text")

    last_end = -1
    for s in spans:
        value = s["text"]
        if text[s["start"] : s["end"]] != value:
            report(f"offsets do not reproduce {value!r}")
        if s["start"] < last_end:
            report(f"span unsorted or overlapping: {value!r}")
        last_end = s["end"]
        if not value or value != value.strip() or "\n" in value:
            report(f"bad span boundaries: {value!r}")
        if s["type"] == "DE_TAX_ID":
            digits = value.replace(" ", "")
            if not (
                len(digits) == 11
                and digits.isdigit()
                and int(digits[10]) == tax_check_digit(digits[:10])
            ):
                report(f"invalid Steuer-ID {value}")
        elif s["type"] == "IBAN_CODE":
            if not iban_ok(value):
                report(f"invalid IBAN {value}")
        elif s["type"] == "DE_SOCIAL_SECURITY":
            m = re.fullmatch(r"(\d\d)(\d{6})([A-Z])(\d\d)(\d)", value.replace(" ", ""))
            if not m or rv_check_digit(m[1], m[2], m[3], m[4]) != int(m[5]):
                report(f"invalid RV number {value}")
        elif s["type"] == "DE_ID_CARD" and not set(value) <= ID_CARD_CHARS:
            report(f"ID-card number outside the ID-card alphabet: {value}")

    for phrase in keep:
        hits = [m.start() for m in re.finditer(re.escape(phrase), text)]
        if not hits:
            report(f"keep phrase not in the text: {phrase!r}")
            continue
        if all(any(s["start"] < h + len(phrase) and h < s["end"] for s in spans) for h in hits):
            report(f"keep phrase only inside spans: {phrase!r}")

    needles: set[str] = set()
    for s in spans:
        if len(s["text"]) >= 3:
            needles.add(s["text"])
        if s["type"] == "PERSON":
            needles.update(NAME_PART.findall(s["text"]))
    used: set[str] = set()
    for needle in sorted(needles):
        for start, end in word_hits(text, needle):
            if inside_span(spans, start, end):
                continue
            if needle in doc["allow"]:
                used.add(needle)
                continue
            context = text[max(0, start - 30) : end + 30].replace("\n", "⏎")
            report(f"unannotated occurrence of {needle!r}: …{context}…")
            break
    for needle in doc["allow"]:
        if needle not in used:
            report(f"allowance {needle!r} is not needed")
    return problems


def main() -> int:
    partial = "--partial" in sys.argv
    problems: list[str] = []
    records = []
    numbers = {"pii": 0, "clean": 0}
    ordered = [d for d in DOCS if d["kind"] == "pii"] + [d for d in DOCS if d["kind"] == "clean"]
    for doc in ordered:
        numbers[doc["kind"]] += 1
        ident = f"{doc['kind']}-{numbers[doc['kind']]:03d}"
        problems.extend(check(doc, ident))
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
    styles = Counter((r["style"], r["kind"]) for r in records)
    if not partial:
        if numbers != {"pii": 60, "clean": 20}:
            problems.append(f"expected 60 pii and 20 clean documents, got {numbers}")
        for key, wanted in STYLE_PLAN.items():
            if styles[key] != wanted:
                problems.append(f"style {key}: {styles[key]} documents, expected {wanted}")
        bad = [
            r["style"]
            for r in records
            if r["kind"] == "clean" and not r["style"].startswith("clean_")
        ]
        if bad:
            problems.append(f"PII-free documents need a clean_* style: {bad}")
    types = Counter(s["type"] for r in records for s in r["spans"])
    if problems:
        print("\n".join(problems), file=sys.stderr)
        print(f"{len(problems)} problem(s); corpus.jsonl not written", file=sys.stderr)
        return 1
    if not partial:
        with OUT.open("w", encoding="utf-8") as fh:
            for rec in records:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(f"wrote {len(records)} documents to {OUT}")
    lengths = [len(r["text"]) for r in records]
    print(
        f"  pii {numbers['pii']}, clean {numbers['clean']}, spans {sum(types.values())}, "
        f"keep {sum(len(r['keep']) for r in records)}, length {min(lengths)}–{max(lengths)}"
    )
    for span_type, n in types.most_common():
        print(f"  {span_type:20s} {n}")
    for (style, kind), n in sorted(styles.items()):
        n_spans = sum(len(r["spans"]) for r in records if (r["style"], r["kind"]) == (style, kind))
        print(f"  {style:24s} {kind:5s} {n:3d} docs {n_spans:4d} spans")
    return 0


# ---------------------------------------------------------------------------------------------
# File notes in staff shorthand (pii)
# ---------------------------------------------------------------------------------------------

pii(
    "file_note",
    """
Stadt Bochum – Jugendamt – Bezirkssozialdienst Wattenscheid
Hausbesuchsbericht                                   Az.: [[AZ:51.21-BSD-0419/26]]

Datum/Zeit: 12.01.2027, 10:15–11:40 Uhr (angekündigt)
Fachkräfte: [[P:Kuhlmann]] (fallführend), [[P:Özkan]] (Anerkennungspraktikantin)
Anschrift: [[STR:Hollandstr. 41, 2. OG rechts]], [[LOC:44866 Bochum]]
Anwesend: KM [[P:Petrović, Jelena]] (geb. [[DOB:17.08.1991]]), [[P:Luka]] (geb. [[DOB:03.04.2015]]),
[[P:Mila]] (*[[DOB:12.05.2019]]); Oma mütterlicherseits kam gegen 11 Uhr dazu.

Anlass: Mitteilung der Grundschule (Fr. [[P:Reimann-Sahin]], Klassenleitung 3b) vom 08.01.2027:
[[P:Luka]] seit den Herbstferien mehrfach ohne Frühstück und ohne Sportzeug, wirkt müde.

Verlauf: KM [[P:Petrović]] öffnete erst nach zweimaligem Klingeln. Wohnung aufgeräumt, Kinderzimmer
mit Etagenbett, Kühlschrank ausreichend gefüllt. KM berichtet, KV [[P:Dragan Petrović]]
(*[[DOB:30.11.1988]]) sei seit Oktober wieder in [[LOC:Novi Sad]] und zahle keinen Unterhalt; UVG
sei beantragt (Az. [[AZ:51.4-UV-3385/26]]). Sie arbeite im Minijob in einer Bäckerei und fange um
5 Uhr an, [[P:Luka]] mache sich morgens allein fertig. Unterstützung durch ihre Schwester
[[P:Ana Marković]], [[STR:Ridderstr. 12]], [[LOC:44866 Bochum]], Tel. [[TEL:0157 34429018]], die [[P:Mila]]
morgens in die Kita bringt.

Einschätzung: keine Anhaltspunkte für eine Kindeswohlgefährdung nach § 8a SGB VIII, aber
Überforderung der KM in den frühen Morgenstunden. Vereinbart: Anmeldung OGS mit Frühbetreuung,
KM meldet sich bis 19.01. selbst bei der Schulsozialarbeit (Hr. [[P:Demirel]]).

Wiedervorlage: 26.01.2027
gez. Ku / Öz

Rückfragen: [[P:Kuhlmann]], Tel. [[TEL:0234 910-2617]], Zentrale 0234 910-0
""",
    keep=[
        "Bezirkssozialdienst Wattenscheid",
        "§ 8a SGB VIII",
        "Wiedervorlage: 26.01.2027",
        "gez. Ku / Öz",
        "Zentrale 0234 910-0",
    ],
)

IBAN_FN2 = make_iban("DE", "43050000" + "0018442917")

pii(
    "file_note",
    f"""
Stadt Herne – Fachbereich Soziales – Hilfe zur Pflege
Telefonnotiz                                        14.01.2027, 09:40 Uhr

Az.: [[AZ:50.3-HzP-2217/24]]   Ltb.: [[P:Szymańska, Halina]] (geb. [[DOB:02.06.1941]])
Anrufer: Sohn und Bev. Hr. [[P:Szymański]], Tel. [[TEL:0176 51190238]] (Vorsorgevollmacht Bl. 14 d.A.)

Inhalt: Ltb. ist seit 07.01. vollstationär im Seniorenzentrum Haus am Flottmann, Pflegegrad 4.
Bev. fragt nach dem Stand des Antrags auf Pflegewohngeld und nach dem Barbetrag. Die bisherige
Wohnung [[STR:Bahnhofstr. 88]], [[LOC:44625 Herne]] ist zum 31.03. gekündigt, Räumung übernimmt der
Enkel [[P:Tomasz]]. Ehem. der Ltb. verstorben 2019, Witwenrente aus Polen wird bezogen; Bescheid
der ZUS liegt bei der Schwester der Ltb., Fr. [[P:Danuta Wróbel]] in [[LOC:Gliwice]], Bev. lässt ihn
übersetzen. Barbetrag soll künftig auf das Konto der Ltb. gehen:
IBAN [[IBAN:{IBAN_FN2}]] (Herner Sparkasse), Kontoinhaberin [[P:Halina Szymańska]].

Zu veranlassen:
- Anforderung Heimvertrag und Rentenbescheid DRV (Vers.-Nr. liegt vor)
- Prüfung Vermögen: Sparbuch lt. Bev. ca. 3.100 €, unter Schonvermögen
- Rückruf an Bev. bis 21.01. zugesagt

i.A. [[P:Brandt]]
Sachbearbeitung Hilfe zur Pflege, Durchwahl [[TEL:02323 16-3184]], Zentrale 02323 16-0
gez. Br
""",
    keep=[
        "Seniorenzentrum Haus am Flottmann",
        "Pflegewohngeld",
        "Zentrale 02323 16-0",
        "Herner Sparkasse",
        "gez. Br",
    ],
)

pii(
    "file_note",
    """
Stadt Gelsenkirchen – Ausländerbehörde, Sachgebiet Einbürgerung
Gesprächsvermerk über die Vorsprache am 18.01.2027

Vorgang: Einbürgerung [[P:Kaya, Emre]] (*[[DOB:12.05.1989]] in [[LOC:Kars]]), Az. [[AZ:32.4-EB-0871/26]]
Miterfasst: Ehefrau [[P:Kaya, Zeynep]] geb. [[P:Arslan]] (*[[DOB:21.02.1992]] in [[LOC:Gelsenkirchen]]) –
bereits deutsch, nur Ehegattin; Sohn [[P:Yusuf]] (*[[DOB:09.09.2017]]), Tochter [[P:Elif]] (*[[DOB:30.01.2021]])

Anwesend: Hr. [[P:Kaya]] mit Ehefrau. Dolmetscher nicht erforderlich.

Rücksprache mit [[P:Kaya]] zu den offenen Punkten:
1. Pass: TR-Reisepass Nr. [[PASS:U21870453]], gültig bis 2031, Kopie zur Akte.
2. Aufenthaltstitel: eAT Nr. [[ID:Y7KF03LR2]], Niederlassungserlaubnis seit 2016.
3. AZR-Nr. [[AZ:160904871125]] abgeglichen, keine Eintragungen.
4. Einkommen: unbefristet bei Nordsee-Fisch Logistik GmbH in Gelsenkirchen-Schalke,
   Gehaltsnachweise 10–12/2026 vorgelegt. Kein Leistungsbezug.
5. Einbürgerungstest: bestanden am 14.11.2026 (31 von 33), Zertifikat B1 liegt vor.
6. Wohnung: [[STR:Hohenzollernstr. 63]], [[LOC:45888 Gelsenkirchen]], seit 2019 ohne Unterbrechung.

Hr. [[P:Kaya]] fragt, ob [[P:Yusuf]] und [[P:Elif]] automatisch miteingebürgert werden – erläutert,
dass die Kinder über die Mutter bereits deutsch sind (§ 4 Abs. 1 StAG). Für die Miteinbürgerung
besteht daher kein Bedarf.

Weiteres Vorgehen: Anfrage Verfassungsschutz und BZR am 19.01. raus, Aushändigung der Urkunde
voraussichtlich März. Beide wünschen Termin an einem Freitag.

[[P:Nowicki]], Sachbearbeiterin, Tel. [[TEL:0209 169-4362]]
[[MAIL:j.nowicki@gelsenkirchen.de]] – Funktionspostfach: einbuergerung@gelsenkirchen.de
""",
    keep=[
        "§ 4 Abs. 1 StAG",
        "Nordsee-Fisch Logistik GmbH",
        "einbuergerung@gelsenkirchen.de",
        "Einbürgerungstest",
        "Sachgebiet Einbürgerung",
    ],
    allow=("Gelsenkirchen",),
)

pii(
    "file_note",
    """
Übergabenotiz ASD Dortmund-Hörde – Bezirk 3 (Fr. [[P:Lindqvist]] → Hr. [[P:Adeyemi]])
Stand 20.01.2027, nur laufende Fälle mit Handlungsbedarf

1) Fam. [[P:Nowak]] – Az. [[AZ:51/3-0044/25]]
   KM [[P:Nowak, Agnieszka]] (*[[DOB:11.03.1987]]), [[P:Oliwia]] (*[[DOB:02.07.2016]]), [[P:Szymon]] (*[[DOB:15.10.2020]])
   KV unbek. verzogen, zuletzt [[LOC:Wrocław]]. SPFH über Träger Lichtblick e.V. bis 30.04.,
   HPG am 05.02. um 14 Uhr im Dienstgebäude. KM telefonisch meist nur abends: [[TEL:0163 7718205]].

2) [[P:Yıldırım, Baran]] (*[[DOB:27.06.2010]]) – Az. [[AZ:51/3-0187/26]]
   wohnt bei KV [[P:Yıldırım, Serkan]], [[STR:Hermannstr. 140]], [[LOC:44263 Dortmund]]; KM [[P:Acar, Derya]]
   lebt in [[LOC:Köln-Chorweiler]], Umgang nur begleitet. Schulabsentismus, Schulsozialarbeit
   Gesamtschule Hörde eingebunden. Nächster Schritt: Hilfeplan fortschreiben bis 15.02.

3) [[P:Bauer, Chantal]] (*[[DOB:19.01.2008]]) – Az. [[AZ:51/3-0203/26]]
   Inobhutnahme am 09.01., seitdem Notschlafstelle; Mutter [[P:Bauer, Sandra]] verweigert
   Rückkehr. Clearing läuft, Vormundschaftsanregung ans AG Dortmund in Vorbereitung.
   Oma [[P:Gisela Bauer]], [[STR:Wellinghofer Str. 77]], [[LOC:44263 Dortmund]] wäre als Verwandtenpflege
   denkbar, Prüfung Pflegekinderdienst beauftragt.

4) Fam. [[P:Haddad]] – Az. [[AZ:51/3-0211/26]]
   Hr. [[P:Haddad, Samir]] und Fr. [[P:Haddad, Rania]], vier Kinder, jüngstes [[P:Yara]] (*[[DOB:04.12.2025]]).
   Frühe Hilfen, Familienhebamme Fr. [[P:Trautmann]] bis März. Keine akute Gefährdung.

Akten liegen im Schrank 2, Fach 3. Übergabegespräch mit der Teamleitung am 22.01., 9 Uhr.
Ich bin bis 31.01. noch per Mail erreichbar: [[MAIL:k.lindqvist@stadtdo.de]]
Hr. [[P:Adeyemi]] ab 01.02. unter [[TEL:0231 50-29418]].
""",
    keep=[
        "ASD Dortmund-Hörde",
        "Lichtblick e.V.",
        "Gesamtschule Hörde",
        "Pflegekinderdienst",
        "Schrank 2, Fach 3",
    ],
)

pii(
    "file_note",
    """
Stadt Witten – Ordnungsamt – Außendienst
Aktenvermerk                                              Witten, 21.01.2027

Betr.: Abgemeldetes Fahrzeug im öffentlichen Verkehrsraum, Herbeder Str. / Ecke Wannenbäckerstr.
Vorgang: [[AZ:OA-32.1-0097/27]]

Am 19.01.2027 gegen 10:30 Uhr wurde der graue VW Touran, amtl. Kennz. [[KFZ:EN-LK 418]], ohne
gültige Zulassungsplakette angetroffen (Entstempelung lt. Zulassungsstelle am 02.12.2026).
Halter lt. ZEVIS: [[P:Lukas Kuczera]], [[STR:Ruhrdeich 9]], [[LOC:58452 Witten]], geb. [[DOB:06.05.1996]].

Bei der Halteranschrift niemand angetroffen. Nachbarin Fr. [[P:Hülsmann]] (EG links) gab an, Hr.
[[P:Kuczera]] sei „auf Montage in Norwegen“, sein Bruder [[P:Dawid]] kümmere sich um das Auto.
Bruder telefonisch erreicht unter [[TEL:0172 8830614]]: Fahrzeug werde bis Ende des Monats auf
das Firmengelände Autoverwertung Kemper GmbH, Pferdebachstr. 210, verbracht.

Rote Aufforderung (Frist 7 Tage) am Fahrzeug angebracht, Fotos 1–4 im Vorgang.
Nach Fristablauf Abschleppung durch Vertragsunternehmen (Rahmenvertrag 2026/14).

Nachtrag 27.01.: Fahrzeug entfernt. Vorgang zur Erledigung.

gez. [[P:Terhorst]], KOD Witten, Diensthandy [[TEL:0160 90412273]]
Verteiler: Sachgebiet Verkehr (verkehr@stadt-witten.de), Akte
""",
    keep=[
        "Rahmenvertrag 2026/14",
        "Autoverwertung Kemper GmbH, Pferdebachstr. 210",
        "verkehr@stadt-witten.de",
        "Herbeder Str. / Ecke Wannenbäckerstr.",
        "Rote Aufforderung (Frist 7 Tage)",
    ],
)

pii(
    "file_note",
    """
Wohngeldstelle Castrop-Rauxel – Wiedervorlageliste Sachbearbeitung [[P:Grzeszik]] (KW 04/2027)

WV 25.01. – [[P:Demir]], Az. [[AZ:WG-2026-01733]]
  Kontoauszüge Okt.–Dez. fehlen weiterhin, Erinnerung mit Fristsetzung § 66 SGB I raus.
  Sohn [[P:Can]] (*[[DOB:14.08.2005]]) seit 01.10. Ausbildung, Vergütung noch nicht berücksichtigt.

WV 26.01. – [[P:Ristić, Vesna]], Az. [[AZ:WG-2026-02108]]
  Untermieter [[P:Marko Ilić]] lt. Meldeamt seit 15.11. an [[STR:Wartburgstr. 22]] gemeldet –
  Haushaltsmitglied oder Untermiete? Anhörung schreiben.

WV 27.01. – Eheleute [[P:Lehmkuhl]], Az. [[AZ:WG-2027-00041]]
  Weiterleistungsantrag, Ehem. [[P:Lehmkuhl, Bernd]] (*[[DOB:03.02.1952]]) Rente angepasst,
  Ehefrau [[P:Lehmkuhl, Renate]] (*[[DOB:28.07.1955]]) Minijob. Rechnen, dann Bescheid.

WV 28.01. – [[P:Abebe, Hiwot]], Az. [[AZ:WG-2026-02290]]
  Vermieterbescheinigung unvollständig; Vermieter Hr. [[P:Poggenpohl]] angerufen ([[TEL:02305 441298]]),
  schickt bis Freitag. Kind [[P:Nahom]] (*[[DOB:22.03.2023]]) ist nachgewiesen.

WV 29.01. – [[P:Wiśniewski]], Az. [[AZ:WG-2026-01954]]
  Umzug nach [[LOC:Waltrop]] gemeldet, Einstellung zum 31.01. vorbereiten, Akte an Kreis RE.

Vertretung in KW 05: Fr. [[P:Hüser]] (Durchwahl [[TEL:02305 106-2273]]).
Funktionspostfach: wohngeld@castrop-rauxel.de, Zentrale 02305 106-0
""",
    keep=[
        "Wiedervorlageliste",
        "§ 66 SGB I",
        "wohngeld@castrop-rauxel.de",
        "Zentrale 02305 106-0",
        "Akte an Kreis RE",
    ],
)

pii(
    "file_note",
    """
Stadt Bochum – Amt für Soziales – Grundsicherung im Alter (SGB XII)
Hausbesuchsbericht Außendienst                 Az. [[AZ:50 21 GS 0388/25]]

Termin: 25.01.2027, 13:00 Uhr, unangekündigt (Prüfauftrag vom 11.01.)
Leistungsberechtigter: Hr. [[P:Lindemann, Klaus-Dieter]], geb. [[DOB:19.09.1956]]
Wohnung: [[STR:Alte Bahnhofstr. 152a, DG]], [[LOC:44892 Bochum]] (2 Zi., 54 m²)

Anlass: Hinweis des Vermieters (Wohnungsgenossenschaft Langendreer eG), in der Wohnung lebe seit
dem Sommer eine weitere Person. Nach Aktenlage alleinstehend, keine weitere Person gemeldet.

Feststellungen: Hr. [[P:Lindemann]] öffnete selbst. In der Wohnung angetroffen: Fr. [[P:Ewa Kowalczyk]]
(nach eigenen Angaben geb. [[DOB:07.04.1961]], gemeldet bei ihrer Tochter [[P:Monika]] in
[[STR:Hauptstr. 301]], [[LOC:44892 Bochum]]). Im Bad zwei Zahnbürsten, Damenkleidung im Schlafzimmer,
Post an Fr. [[P:Kowalczyk]] auf dem Küchentisch. Hr. [[P:Lindemann]] gibt an, Fr. [[P:Kowalczyk]] pflege ihn
seit seiner Hüft-OP „drei bis vier Tage die Woche“, man sei „befreundet, aber kein Paar“.
Sie erhält eine eigene Rente (ca. 890 €) und zahlt nach seinen Angaben nichts zur Miete.

Bewertung: Hinweise auf eine Einstands- und Verantwortungsgemeinschaft (§ 20 SGB XII) liegen
vor, reichen aber allein nicht aus. Anhörung beider Personen zu Wohn- und Wirtschaftsverhältnissen.

Sonstiges: Pflegegrad 2 beantragt, Gutachten MD steht aus. Sohn [[P:Sven Lindemann]] in [[LOC:Hattingen]]
ist Ansprechpartner für Behördenpost ([[TEL:02324 598811]]).

Außendienst: [[P:Pawlak]] / [[P:Stöcker]]          gez. Pa
Bericht an SB Fr. [[P:Rüther]], Tel. [[TEL:0234 910-3348]], [[MAIL:a.ruether@bochum.de]]
""",
    keep=[
        "Wohnungsgenossenschaft Langendreer eG",
        "§ 20 SGB XII",
        "Einstands- und Verantwortungsgemeinschaft",
        "gez. Pa",
        "Grundsicherung im Alter (SGB XII)",
    ],
)

pii(
    "file_note",
    """
Standesamt Herne – Geburtenregister
Aktenvermerk zur Beurkundung einer Geburt mit nicht nachgewiesener Identität der Eltern

Kind: [[P:Tesfay, Lidya]], geb. [[DOB:16.01.2027]], 04:12 Uhr, im Evangelischen Krankenhaus Herne
Die Geburtsanzeige der Klinik ging am 18.01.2027 ein. Vorgang [[AZ:G 0112/2027]].

Vater: [[P:Tesfay Gebrehiwet]], angegeben *[[DOB:01.01.1990]] in [[LOC:Keren]], eritreisch
Mutter: [[P:Selam Tekle]], angegeben *[[DOB:14.06.1996]] in [[LOC:Asmara]], eritreisch
Anschrift: [[STR:Overwegstr. 17]], [[LOC:44625 Herne]] (Übergangswohnheim ist es NICHT, Privatwohnung)

Vorsprache am 20.01.2027 mit Dolmetscher Hr. [[P:Berhane]] (Sprachmittlerpool KI, Tigrinya).
Vorgelegt: Aufenthaltsgestattungen beider Eltern (nur mit Angaben der Betroffenen), kirchliche
Eheurkunde der Eritreisch-Orthodoxen Kirche (Original, ohne Legalisation), Taufschein des Vaters.
Pässe wurden nach Angaben der Eltern nie ausgestellt; eine Beschaffung über die Botschaft
ist ihnen nach eigener Darstellung nicht zumutbar.

Vorgehen nach § 35 PStV: Beurkundung mit erläuterndem Zusatz „Identität der Eltern nicht
nachgewiesen“, Name des Kindes nach Angabe der Eltern. Ehe wird mangels anerkannter Urkunde nicht
eingetragen, Vaterschaftsanerkennung durch Hr. [[P:Gebrehiwet]] daher am 20.01. beurkundet.
Urkunden: 3 Geburtsbescheinigungen gebührenfrei (Elterngeld, Kindergeld, Krankenkasse).

i.A. [[P:Schwarzkopf]], Standesbeamtin, Tel. [[TEL:02323 16-2209]]
Funktionspostfach standesamt@herne.de – Rathaus Herne, Friedrich-Ebert-Platz 2, 44623 Herne
""",
    keep=[
        "§ 35 PStV",
        "Evangelischen Krankenhaus Herne",
        "standesamt@herne.de",
        "Friedrich-Ebert-Platz 2, 44623 Herne",
        "Eritreisch-Orthodoxen Kirche",
    ],
)

pii(
    "file_note",
    """
Referat Kinder, Jugend und Familie Gelsenkirchen – Unterhaltsvorschusskasse
Gesprächsvermerk (persönliche Vorsprache)                          02.02.2027

UV-Akte [[AZ:51.6-UVG-1142/26]]
Kind: [[P:Jakub]] (*[[DOB:08.10.2018]]), lebt bei der KM [[P:Marta Zielińska]], [[STR:Bickernstr. 39]],
[[LOC:45889 Gelsenkirchen]]
KV: [[P:Zieliński, Paweł]], *[[DOB:17.12.1985]], letzte bekannte Anschrift in DE: [[STR:Grenzstr. 5]],
[[LOC:45881 Gelsenkirchen]], jetzt angeblich [[STR:ul. Ogrodowa 14/3]], [[LOC:44-100 Gliwice]]

KM erscheint mit ihrem Lebensgefährten Hr. [[P:Otte]], der draußen wartet. Sie legt einen Screenshot
vor: KV arbeitet nach Facebook-Angaben als Kraftfahrer bei einer Spedition in Gliwice und
fährt regelmäßig nach Deutschland; Fahrzeug ein weißer Sprinter mit dt. Kennzeichen
[[KFZ:GE-PZ 2185]] (Halter unbekannt, KM meint, auf den Bruder [[P:Krzysztof]] zugelassen).
Unterhaltstitel: Jugendamtsurkunde vom 03.05.2021 über 100 % Mindestunterhalt.

Hinweise an KM: Leistung wird weiter gezahlt, Rückgriff gegen KV läuft über uns (§ 7 UVG);
Anfrage an die polnische Zentralbehörde über das Bundesamt für Justiz wird vorbereitet.
KM soll Änderungen (Umzug, Einkommen, Heirat) sofort mitteilen. Merkblatt ausgehändigt.

Erledigt: Abfrage Melderegister, Anfrage KBA zum Kennzeichen.
Offen: Arbeitgeber des KV ermitteln (Hinweis KM: „irgendwas mit Trans-Śląsk“).

gez. Sch
[[P:Schäfer-Yılmaz]], Unterhaltsvorschusskasse, Tel. [[TEL:0209 169-5520]]
Servicezeiten Mo–Do 8–12 Uhr · uvk@gelsenkirchen.de
""",
    keep=[
        "Unterhaltsvorschusskasse",
        "§ 7 UVG",
        "Bundesamt für Justiz",
        "uvk@gelsenkirchen.de",
        "100 % Mindestunterhalt",
    ],
)

pii(
    "file_note",
    """
Gesundheitsamt Dortmund – Infektionsschutz
Telefonnotiz Masern-Kontaktpersonen (Ausbruch Kita „Sonnenblume“, Vorgang [[AZ:GA 53.2-M-2027-004]])

03.02.2027, 08:20 – Anruf KM [[P:Hoxha]], Tel. [[TEL:0176 22850317]]
  Kind [[P:Arbnor Hoxha]] (*[[DOB:29.05.2022]]), Gruppe Bären, Kontakt am 28.01. zum Indexfall.
  Impfbuch: 1. MMR 06/2023, 2. Dosis fehlt. KM legt Foto nach. Tätigkeitsverbot für KM entfällt
  (selbst 2x geimpft). Kind Betretungsverbot bis 18.02., sofern keine Nachimpfung binnen 72 h.

03.02.2027, 09:05 – Rückruf KV [[P:Morina, Valon]]
  Ist der Vater von [[P:Arbnor]], getrennt lebend, [[STR:Brackeler Hellweg 144]], [[LOC:44309 Dortmund]].
  Fragt, ob das Kind am Wochenende zu ihm darf – ja, keine Quarantäne angeordnet, nur Kita.

03.02.2027, 10:40 – Anruf Kinderarztpraxis (MFA Fr. [[P:Sennewald]])
  Nachimpfung [[P:Arbnor]] heute 15 Uhr möglich, Nachweis kommt per Fax.

03.02.2027, 11:15 – Großmutter [[P:Fatime Hoxha]] ruft an
  Betreut auch [[P:Dua]] (*[[DOB:11.08.2019]]), Geschwisterkind, andere Kita (Kita Am Hafen).
  [[P:Dua]] ist vollständig geimpft – kein Handlungsbedarf, Aufklärung erfolgt.

Rückfragen Infektionsschutz: [[P:Breuckmann]], Durchwahl [[TEL:0231 50-23167]]
Hotline Gesundheitsamt 0231 50-0 · infektionsschutz@dortmund.de
Kürzel Bearbeitung: Bm/Kr
""",
    keep=[
        "Kita „Sonnenblume“",
        "Betretungsverbot bis 18.02.",
        "infektionsschutz@dortmund.de",
        "Kürzel Bearbeitung: Bm/Kr",
        "Kita Am Hafen",
    ],
)

pii(
    "file_note",
    """
Stadt Witten – Schulverwaltungsamt, Schulpflichtüberwachung
Aktenvermerk                                        Az. [[AZ:40.2-SP-0061/27]]

Schüler: [[P:Stoica, Ionuț-Alexandru]] (geb. [[DOB:23.03.2012]]), Kl. 8c, Hardenstein-Gesamtschule
Eltern: KM [[P:Stoica, Mirela]], KV [[P:Stoica, Florin]]
Anschrift: [[STR:Wiesenstr. 31]], [[LOC:58455 Witten]]
Klassenleitung: [[P:Terhorst-Ekinci]] / [[P:Wrobel]]

Schulversäumnisse: seit 07.01.2027 insgesamt 19 Tage unentschuldigt (Meldung der Schule vom
29.01., Fehlzeitenliste als Anlage). Zwei Elterngespräche in der Schule nicht wahrgenommen.

Telefonat 04.02.2027 mit KM über den Bruder [[P:Cosmin]] (dolmetscht): Familie sei über Weihnachten
in [[LOC:Craiova]] gewesen, Rückfahrt wegen Erkrankung der Großmutter verschoben, [[P:Ionuț]]
sei seit 26.01. wieder in Witten, gehe aber „nicht gern“ zur Schule. Ärztliche Atteste liegen
nicht vor. KM bittet um Rückruf in rumänischer Sprache: [[TEL:0157 31187240]].

Weiteres Vorgehen:
- Hinweis auf Schulpflicht (§ 41 SchulG NRW) schriftlich, rumänische Fassung beifügen
- Schulsozialarbeit (Fr. [[P:Lüdtke]]) um Hausbesuch gebeten
- Bußgeldverfahren erst nach erneuter unentschuldigter Fehlzeit (Anhörung vorbereitet)

gez. Wg
[[P:Wegener]], Schulverwaltungsamt, Tel. [[TEL:02302 581-4017]] · schulamt@stadt-witten.de
""",
    keep=[
        "Hardenstein-Gesamtschule",
        "§ 41 SchulG NRW",
        "schulamt@stadt-witten.de",
        "19 Tage unentschuldigt",
        "gez. Wg",
    ],
)

pii(
    "file_note",
    """
Stadt Bochum – Bürgerbüro / Ermittlungsdienst Melderegister
Aktenvermerk über Ermittlungen zu Mehrfachanmeldungen        Vorgang [[AZ:EWO-ED 2027/0142]]

Objekt: [[STR:Dorstener Str. 226]], [[LOC:44809 Bochum]] (Mehrfamilienhaus, 6 Briefkästen)
Anlass: 11 Personen in einer 3-Zimmer-Wohnung im 1. OG gemeldet, Hinweis der Familienkasse.

Gemeldete Personen (1. OG rechts) und Ergebnis der Ortsbesichtigung am 04.02.2027:
- [[P:Dimitrov, Ivan]] (*[[DOB:05.05.1979]]) – angetroffen, wohnt hier
- [[P:Dimitrova, Galina]] (*[[DOB:12.11.1982]]) – angetroffen, Ehefrau, wohnt hier
- [[P:Dimitrov, Nikola]] (*[[DOB:03.09.2009]]) und [[P:Dimitrova, Maria]] (*[[DOB:22.02.2013]]) – Kinder, Zimmer vorhanden
- [[P:Petkov, Stoyan]] (*[[DOB:19.07.1990]]) – lt. Ehepaar „Cousin, arbeitet in [[LOC:Hamm]]“, keine Sachen vorhanden
- [[P:Yordanov, Emil]], [[P:Yordanova, Siyka]] und drei Kinder – seit Sommer nicht mehr hier,
  neue Anschrift unbekannt, lt. Nachbarn zurück nach [[LOC:Sliven]]
- [[P:Angelov, Kiril]] (*[[DOB:30.01.1998]]) – unbekannt, niemand kennt ihn

Wohnungsgeber lt. Bestätigung: Hr. [[P:Baumgart]], [[STR:Am Dornbusch 4]], [[LOC:44803 Bochum]].
Er gibt telefonisch an, er habe die Bestätigungen „für den Cousin“ nur aus Gefälligkeit
unterschrieben. Hinweis auf Bußgeld nach § 54 BMG erteilt.

Veranlasst: Abmeldung von Amts wegen für [[P:Petkov]], [[P:Yordanov]], [[P:Yordanova]] (mit Kindern) und
[[P:Angelov]] (Anhörung vorab), Mitteilung an Familienkasse und Jobcenter.

Ermittler: [[P:Wojcik]] / [[P:Meisel]]   –   gez. Wo
Sachgebietsleitung Fr. [[P:Ostendorf]], [[TEL:0234 910-1392]]
""",
    keep=[
        "§ 54 BMG",
        "Abmeldung von Amts wegen",
        "6 Briefkästen",
        "Familienkasse und Jobcenter",
        "gez. Wo",
    ],
)


# ---------------------------------------------------------------------------------------------
# Household and Bedarfsgemeinschaft tables (pii)
# ---------------------------------------------------------------------------------------------

HT1 = tabbed(
    (
        "Lfd. Nr.",
        "Name",
        "Vorname",
        "Verhältnis zum Antragsteller",
        "Geb.-Datum",
        "Einkommen mtl. brutto",
        "Einkommensart",
        "Bemerkung",
    ),
    (
        "1",
        "[[P:Aydın]]",
        "[[P:Mehmet]]",
        "Antragsteller",
        "[[DOB:14.02.1978]]",
        "2.410,00",
        "nichtselbst.",
        "",
    ),
    ("2", "[[P:Aydın]]", "[[P:Sevgi]]", "Ehefrau", "[[DOB:03.11.1981]]", "520,00", "Minijob", ""),
    (
        "3",
        "[[P:Aydın]]",
        "[[P:Emir]]",
        "Sohn",
        "[[DOB:27.05.2006]]",
        "1.050,00",
        "Ausbildung",
        "Azubi 2. Lj.",
    ),
    ("4", "[[P:Aydın]]", "[[P:Defne]]", "Tochter", "[[DOB:19.09.2012]]", "", "", "Schülerin"),
    (
        "5",
        "[[P:Öztürk]]",
        "[[P:Hatice]]",
        "Schwiegermutter",
        "[[DOB:01.07.1949]]",
        "",
        "Rente TR",
        "Nachweis fehlt",
    ),
    ("", "", "", "", "", "", "", ""),
    ("Summe", "", "", "", "", "3.980,00", "", ""),
)

pii(
    "household_table",
    f"""
Von: [[P:Kretschmer, Ina]]
An: Prüfdienst Wohngeld <pruefdienst-wohngeld@herne.de>
Betreff: WG-Antrag [[AZ:WG 44-2027-0318]] – Haushaltsmitglieder zur Plausibilitätsprüfung

Hallo [[P:Jens]],

hier die Haushaltsmitglieder aus dem Antrag, aus meiner Excel-Übersicht kopiert (leere Zellen
sind wirklich leer, nicht vergessen). Bei Nr. 5 fehlt das Einkommen noch: Die Schwiegermutter
bezieht lt. Antrag eine kleine Rente aus der Türkei, der Bescheid der SGK ist angefordert.

{HT1}

Wohnung: [[STR:Mont-Cenis-Str. 212, 3. OG]], [[LOC:44627 Herne]], 86 m², Miete 812,00 € bruttokalt,
Vermieterin ist die HGW Herner Gesellschaft für Wohnungsbau mbH. Haushaltsgröße 5, Mietstufe IV.

Mir fällt auf, dass [[P:Emir]] laut Melderegister noch bis 12/2026 bei seiner Tante in [[LOC:Wanne-Eickel]]
gemeldet war – bitte einmal prüfen, ob er ab Antragsmonat mitzählt.

Viele Grüße
[[P:Ina Kretschmer]]
Wohngeldstelle Herne, Tel. [[TEL:02323 16-3611]]
[[MAIL:ina.kretschmer@herne.de]]
""",
    keep=[
        "pruefdienst-wohngeld@herne.de",
        "Verhältnis zum Antragsteller",
        "HGW Herner Gesellschaft für Wohnungsbau mbH",
        "3.980,00",
        "Mietstufe IV",
    ],
)

HT2 = aligned(
    (4, 20, 12, 14, 11, 9, 18),
    ("Nr", "Name", "Vorname", "Rolle", "Geb.-Dat.", "Staatsang", "Status/Bemerkung"),
    ("--", "-" * 18, "-" * 10, "-" * 12, "-" * 10, "-" * 8, "-" * 17),
    (
        "01",
        "[[P:AL-HASSAN]]",
        "[[P:MAHMOUD]]",
        "Antragsteller",
        "[[DOB:01.01.1984]]",
        "SYR",
        "§ 25 Abs. 2 AufenthG",
    ),
    (
        "02",
        "[[P:AL-HASSAN]]",
        "[[P:RIM]]",
        "Partnerin",
        "[[DOB:15.03.1990]]",
        "SYR",
        "Sprachkurs B1",
    ),
    ("03", "[[P:AL-HASSAN]]", "[[P:OMAR]]", "Kind", "[[DOB:08.08.2010]]", "SYR", "Schule Kl. 10"),
    ("04", "[[P:AL-HASSAN]]", "[[P:LAYLA]]", "Kind", "[[DOB:21.04.2014]]", "SYR", "Schule Kl. 7"),
    ("05", "[[P:AL-HASSAN]]", "[[P:KARIM]]", "Kind", "[[DOB:30.11.2019]]", "SYR", "Kita"),
    ("06", "[[P:AL-HASSAN]]", "[[P:NOUR]]", "Kind", "[[DOB:02.06.2024]]", "DEU", "geb. in DE"),
    ("07", "[[P:KHALIL]]", "[[P:AMINA]]", "sonst. Mitgl.", "[[DOB:1958]]", "SYR", "Mutter der 02"),
)

pii(
    "household_table",
    f"""
Betreff: BG [[AZ:36203BG0051842]] – Kosten der Unterkunft, Umzugsgenehmigung – bitte um Stellungnahme

Hallo Kolleginnen und Kollegen vom Wohnungsamt,

die BG möchte wegen Überbelegung umziehen. Bitte um Stellungnahme zur Angemessenheit bis 19.02.
Hier der Auszug aus unserem Verfahren (Druck vom 05.02.2027):

Jobcenter Gelsenkirchen – Auszug Bedarfsgemeinschaft             Seite 1/1
BG-Nummer: [[AZ:36203BG0051842]]     Kd.-Nr. Antragsteller: [[AZ:362D114877]]
{HT2}

Bisherige Wohnung: [[STR:Kirchstr. 51, EG]], [[LOC:45879 Gelsenkirchen]], 3 Zi., 68 m², 7 Personen
Neue Wohnung (Angebot): [[STR:Markenstr. 8, 1. OG]], [[LOC:45899 Gelsenkirchen]], 5 Zi., 104 m²,
Vermieterin Emscher Wohnen GmbH, Grundmiete 698,00 € zzgl. NK 245,00 €

Die Mutter der Partnerin (Nr. 07) ist Ende 2025 über den Familiennachzug gekommen, Geburtsjahr
nur mit [[DOB:1958]] im Pass. Hinweis: Hr. [[P:Al-Hassan]] arbeitet seit 01.01. in Teilzeit, Änderungsbescheid
folgt.

Mit freundlichen Grüßen
[[P:Julia Brinkhoff]]
Jobcenter Gelsenkirchen – Leistungssachbearbeitung Team 213
Tel. [[TEL:0209 9563-4821]] | Zentrale 0209 9563-0 | jobcenter-gelsenkirchen.kdu@jobcenter-ge.de
""",
    keep=[
        "Team 213",
        "Emscher Wohnen GmbH",
        "Zentrale 0209 9563-0",
        "jobcenter-gelsenkirchen.kdu@jobcenter-ge.de",
        "Grundmiete 698,00 €",
    ],
)

IBAN_HT3 = make_iban("DE", "43050000" + "0001663308", spaced=False)

pii(
    "household_table",
    f"""
Stadt Bochum – Jugendamt – Elternbeiträge Kindertagesbetreuung
Erfassungsblatt Einkommenserklärung 2027 (aus Online-Formular übernommen)
Beitragskonto: [[AZ:EB-51-0042877]]                       Eingang: 28.01.2027
Übermittelt über das Serviceportal um 21:14 Uhr, Absender-IP [[IP:87.79.142.18]], Servicekonto [[AZ:SK-BO-7781204]]

Person 1 (beitragspflichtig)
  Name, Vorname ........: [[P:Adomako, Kofi]]
  Geburtsdatum .........: [[DOB:04.10.1986]]
  Anschrift ............: [[STR:Universitätsstr. 94]], [[LOC:44799 Bochum]]
  Telefon ..............: [[TEL:0176 45512093]]
  E-Mail ...............: [[MAIL:kofi.adomako@posteo.de]]
  Einkünfte 2026 .......: 48.200,00 € (nichtselbständig)

Person 2 (beitragspflichtig)
  Name, Vorname ........: [[P:Adomako-Schröder, Katharina]]
  Geburtsdatum .........: [[DOB:17.12.1988]]
  Anschrift ............: wie Person 1
  Einkünfte 2026 .......: 19.750,00 € (Teilzeit)
  Elterngeld 2026 ......: 0,00 €

Person 3 (Kind)
  Name, Vorname ........: [[P:Adomako, Ama]]
  Geburtsdatum .........: [[DOB:11.06.2021]]
  Einrichtung ..........: Städt. Kita Querenburger Höhe, 45 Std.

Person 4 (Kind)
  Name, Vorname ........: [[P:Adomako, Yaw Elias]]
  Geburtsdatum .........: [[DOB:23.02.2024]]
  Betreuung ............: Kindertagespflege Fr. [[P:Brunsmann]], 35 Std.

SEPA-Lastschriftmandat: Kontoinhaber [[P:Kofi Adomako]], IBAN [[IBAN:{IBAN_HT3}]]

Berechnung: Einkommen gesamt 67.950,00 € → Beitragsstufe 6. Für [[P:Ama]] beitragsfrei (letzte zwei
Kita-Jahre), für [[P:Yaw Elias]] Geschwisterermäßigung entfällt. Monatsbeitrag ab 01.02.2027:
212,00 €. Bescheid maschinell, Versand 10.02.

Sachbearbeitung: [[P:Hegemann]], Tel. [[TEL:0234 910-2745]] · elternbeitraege@bochum.de
""",
    keep=[
        "Beitragsstufe 6",
        "Städt. Kita Querenburger Höhe",
        "elternbeitraege@bochum.de",
        "Monatsbeitrag ab 01.02.2027:",
        "Geschwisterermäßigung",
    ],
)

TAX_HT4_1 = tax_id("4917283054")
TAX_HT4_2 = tax_id("7302958167")
TAX_HT4_3 = tax_id("5628140935", spaced=True)
TAX_HT4_4 = tax_id("8135790428")
TAX_HT4_5 = tax_id("2649017352")

HT4 = tabbed(
    (
        "Fall-Nr.",
        "Elternteil",
        "Name, Vorname",
        "Geb.-Datum",
        "Steuer-ID",
        "Kind",
        "Geb. Kind",
        "Basis-EG",
        "EG Plus",
        "PB",
        "Rückfrage",
    ),
    (
        "[[AZ:EG-2026-11873]]",
        "Mutter",
        "[[P:Kowalski, Natalia]]",
        "[[DOB:09.04.1993]]",
        f"[[TAX:{TAX_HT4_1}]]",
        "[[P:Leon]]",
        "[[DOB:18.08.2026]]",
        "2",
        "10",
        "4",
        "AG-Bescheinigung Std.",
    ),
    (
        "",
        "Vater",
        "[[P:Kowalski, Patryk]]",
        "[[DOB:30.12.1991]]",
        f"[[TAX:{TAX_HT4_2}]]",
        "",
        "",
        "",
        "12",
        "4",
        "",
    ),
    (
        "[[AZ:EG-2026-12044]]",
        "Mutter",
        "[[P:Nguyen, Thi Lan]]",
        "[[DOB:02.02.1995]]",
        f"[[TAX:{TAX_HT4_3}]]",
        "[[P:Minh Anh]]",
        "[[DOB:05.09.2026]]",
        "12",
        "",
        "",
        "",
    ),
    (
        "",
        "Vater",
        "[[P:Pham, Duc Long]]",
        "[[DOB:14.07.1990]]",
        "",
        "",
        "",
        "2",
        "",
        "",
        "Steuer-ID fehlt",
    ),
    (
        "[[AZ:EG-2026-12390]]",
        "Vater",
        "[[P:Reuter, Jonas]]",
        "[[DOB:21.03.1987]]",
        f"[[TAX:{TAX_HT4_4}]]",
        "[[P:Ida]]",
        "[[DOB:30.09.2026]]",
        "",
        "8",
        "4",
        "Selbst. Nebentät.?",
    ),
    (
        "",
        "Vater",
        "[[P:Ekwueme, Chidi]]",
        "[[DOB:11.11.1985]]",
        f"[[TAX:{TAX_HT4_5}]]",
        "",
        "",
        "",
        "8",
        "4",
        "",
    ),
)

pii(
    "household_table",
    f"""
Von: [[P:Matuschek, Anja]] <[[MAIL:amatuschek@stadtdo.de]]>
An: Team Elterngeld 2 <elterngeld-team2@stadtdo.de>
Betreff: Prüfliste Partnerschaftsbonus – Fälle mit Rückfrage (Stand 05.02.2027)

Hallo Team,

unten die Fälle aus der Prüfliste, bei denen der Partnerschaftsbonus (PB) noch nicht
beschieden werden kann. Die Zeilen ohne Fall-Nr. gehören zum Fall darüber (zweiter Elternteil).
Im Fall [[AZ:EG-2026-12390]] sind es zwei Väter – bitte die Stiefkindadoption beachten, der
Beschluss des AG Dortmund liegt in der Akte.

{HT4}

Zu [[AZ:EG-2026-12044]]: Hr. [[P:Pham]] wohnt lt. Antrag nicht im Haushalt ([[STR:Bornstr. 71]],
[[LOC:44145 Dortmund]]), Fr. [[P:Nguyen]] wohnt mit [[P:Minh Anh]] in [[STR:Leopoldstr. 30]], [[LOC:44147 Dortmund]].
Ohne gemeinsamen Haushalt kein Anspruch des Vaters – bitte anhören.

Die Spalte „Rückfrage“ ist nur intern, nicht in den Bescheid übernehmen!

Danke und Gruß
[[P:Anja Matuschek]]
Elterngeldstelle Dortmund, Tel. [[TEL:0231 50-26612]]
Servicetelefon 0231 50-0 · elterngeld@stadtdo.de
""",
    keep=[
        "elterngeld-team2@stadtdo.de",
        "Partnerschaftsbonus (PB)",
        "Stiefkindadoption",
        "Servicetelefon 0231 50-0",
        "Rückfrage",
    ],
)

HT5 = aligned(
    (11, 22, 11, 20, 17, 8),
    ("Rolle", "Name, Vorname", "geb. am", "Geburtsort", "Staatsang.", "Miteinb."),
    ("=" * 9, "=" * 21, "=" * 10, "=" * 19, "=" * 16, "=" * 8),
    (
        "Antragst.",
        "[[P:Hussein, Dilan]]",
        "[[DOB:12.06.1985]]",
        "[[LOC:Qamischli]]",
        "syrisch",
        "–",
    ),
    (
        "Ehemann",
        "[[P:Hussein, Roj]]",
        "[[DOB:03.03.1981]]",
        "[[LOC:Amuda]]",
        "syrisch",
        "ja",
    ),
    (
        "Sohn",
        "[[P:Hussein, Baran]]",
        "[[DOB:19.10.2008]]",
        "[[LOC:Erbil]]",
        "syrisch",
        "ja",
    ),
    (
        "Tochter",
        "[[P:Hussein, Jiyan]]",
        "[[DOB:25.01.2013]]",
        "[[LOC:Gaziantep]]",
        "syrisch",
        "ja",
    ),
    (
        "Tochter",
        "[[P:Hussein, Hêvî]]",
        "[[DOB:07.07.2017]]",
        "[[LOC:Witten]]",
        "syrisch",
        "ja",
    ),
    (
        "Schwiegerm",
        "[[P:Ali, Xezal]]",
        "[[DOB:1951]]",
        "[[LOC:Derik]]",
        "syrisch",
        "nein",
    ),
)

pii(
    "household_table",
    f"""
Stadt Witten – Bürgerservice – Staatsangehörigkeitsangelegenheiten
Anlage 1 zum Einbürgerungsantrag vom 09.12.2026 – Haushaltsübersicht
Vorgang: [[AZ:EB 1.32-0113/26]]        Sachb.: [[P:Pietrzak]]

{HT5}

Anschrift aller Personen: [[STR:Crengeldanzstr. 48]], [[LOC:58455 Witten]] (seit 2016)
Nachweise: Reiseausweis für Flüchtlinge Nr. [[PASS:R05281934]] (Antragstellerin), Ehemann
Reiseausweis Nr. [[PASS:R05281936]]; Kinder in den Reiseausweisen der Eltern eingetragen.

Hinweise der Sachbearbeitung:
- Die Schwiegermutter lebt im Haushalt, wird aber nicht eingebürgert (nur Niederlassungserlaubnis,
  Geburtsdatum im Dokument nur als Jahr [[DOB:1951]]).
- [[P:Baran]] ist 18 und muss einen eigenen Antrag stellen (Antrag liegt bei, eigenes Az. [[AZ:EB 1.32-0114/26]]).
- [[P:Hêvî]] ist in [[LOC:Witten]] geboren, Geburtsurkunde Standesamt Witten liegt vor.
- Bekenntnis zur fdGO (§ 10 Abs. 1 Nr. 1 StAG) von der Antragstellerin und vom Ehemann
  unterschrieben; Einbürgerungstest beide bestanden.

Gebühr: 255 € je Person, Minderjährige 51 €; Ermäßigung nach § 38 StAG wird nicht beantragt.
Rückfragen: [[P:Pietrzak]], Tel. [[TEL:02302 581-1154]], einbuergerung@stadt-witten.de
""",
    keep=[
        "§ 10 Abs. 1 Nr. 1 StAG",
        "einbuergerung@stadt-witten.de",
        "Staatsangehörigkeitsangelegenheiten",
        "Standesamt Witten",
        "255 € je Person",
    ],
    allow=("Witten",),
)

IBAN_HT6 = make_iban("DE", "44050199" + "1300482765")

pii(
    "household_table",
    f"""
Von: [[MAIL:m.ciobanu84@gmx.de]]
An: wohngeld@castrop-rauxel.de
Betreff: Wohngeld Weiterleistungsantrag – Angaben zu den Haushaltsmitgliedern

Sehr geehrte Damen und Herren,

im Online-Formular konnte ich nur zwei Personen eintragen, deshalb schicke ich die anderen so.
Mein Aktenzeichen ist [[AZ:WG-2025-03318]].

Person 1: [[P:Ciobanu, Mihai]], geb. [[DOB:22.08.1984]], Antragsteller, Lagerarbeiter bei
Logistikpark Castrop GmbH, brutto ca. 2.250 € im Monat
Person 2: [[P:Ciobanu, Elena]], geb. [[DOB:05.01.1987]], Ehefrau, Reinigungskraft 538 € (Minijob)
Person 3: [[P:Ciobanu, Andrei]], geb. [[DOB:13.04.2009]], Sohn, Schüler (Willy-Brandt-Gesamtschule)
Person 4: [[P:Ciobanu, Ioana]], geb. [[DOB:29.11.2015]], Tochter, Schülerin
Person 5: [[P:Ciobanu, Daria]], geb. [[DOB:03.03.2025]], Tochter
Person 6: [[P:Munteanu, Viorica]], geb. [[DOB:17.05.1960]], Mutter von meiner Frau, wohnt seit
September bei uns, bekommt Rente aus Rumänien ca. 310 € (Bescheid kommt noch)

Wir wohnen weiter in der [[STR:Lange Str. 117, 2. Etage]], [[LOC:44579 Castrop-Rauxel]]. Die Miete ist seit
Januar 905 € warm (Schreiben vom Vermieter hänge ich an). Das Kindergeld bekommen wir für drei
Kinder. Meine Schwiegermutter war vorher in [[LOC:Iași]] gemeldet, die Abmeldung habe ich.

Bitte überweisen Sie wie bisher auf mein Konto IBAN [[IBAN:{IBAN_HT6}]].

Mit freundlichen Grüßen
[[P:Mihai Ciobanu]]
Tel. [[TEL:0176 20945531]]
""",
    keep=[
        "wohngeld@castrop-rauxel.de",
        "Logistikpark Castrop GmbH",
        "Willy-Brandt-Gesamtschule",
        "Person 6:",
        "905 € warm",
    ],
)

HT7 = tabbed(
    ("Nr.", "Name", "Vorname", "Geb.-Datum", "Verhältnis", "Einkommen", "", "Schwbh.", "Bemerkung"),
    ("", "", "", "", "", "brutto/Jahr", "anrechenbar", "", ""),
    (
        "1",
        "[[P:Wiegand]]",
        "[[P:Sabine]]",
        "[[DOB:08.10.1968]]",
        "Antragstellerin",
        "21.400,00",
        "14.980,00",
        "",
        "",
    ),
    (
        "2",
        "[[P:Wiegand]]",
        "[[P:Lea-Sophie]]",
        "[[DOB:14.05.2003]]",
        "Tochter",
        "",
        "",
        "",
        "Studentin, BAföG",
    ),
    ("3", "[[P:Wiegand]]", "[[P:Noel]]", "[[DOB:02.09.2022]]", "Enkel", "", "", "", ""),
    (
        "4",
        "[[P:Rehbein]]",
        "[[P:Ursula]]",
        "[[DOB:19.12.1944]]",
        "Mutter",
        "16.200,00",
        "11.340,00",
        "GdB 80",
        "Merkzeichen G",
    ),
    ("", "", "", "", "", "", "", "", ""),
    ("", "", "", "", "Summe", "37.600,00", "26.320,00", "", "Grenze 5 P.: 46.800"),
)

pii(
    "household_table",
    f"""
Betreff: WBS-Antrag Fr. [[P:Wiegand]] – Haushalt mit Mutter, Tochter und Enkel ([[AZ:WBS 64.1-0072/27]])

Moin [[P:Heike]],

kannst Du einmal drüberschauen, bevor ich den Wohnberechtigungsschein ausstelle? Tabelle aus
unserer Berechnungsmappe rauskopiert (die zweite Kopfzeile gehört zur Spalte Einkommen):

{HT7}

Die Familie sucht eine barrierefreie 4-Zimmer-Wohnung, weil die Mutter (GdB 80, Rollator) nicht
mehr allein in ihrer Wohnung [[STR:Vinckestr. 23]], [[LOC:44623 Herne]] bleiben kann. Aktuelle Anschrift
der Antragstellerin: [[STR:Am Stadtgarten 7]], [[LOC:44625 Herne]]. Die Enkelin – Korrektur: der Enkel
[[P:Noel]] – ist das Kind von [[P:Lea-Sophie]]; der Vater [[P:Dennis Krawczyk]] wohnt in [[LOC:Recklinghausen]]
und zahlt Unterhalt (nicht anrechenbar beim Kind, nur Hinweis).

Freibetrag Schwerbehinderung ist schon in „anrechenbar“ drin. Ich würde den WBS für 4 Personen
mit besonderem Wohnbedarf ausstellen, Gültigkeit 1 Jahr.

Gruß
[[P:Marc Dreßler]]
Fachbereich Wohnen, Stadt Herne, Rathaus, Friedrich-Ebert-Platz 2, 44623 Herne
Tel. [[TEL:02323 16-2481]] · wohnungswesen@herne.de
""",
    keep=[
        "Wohnberechtigungsschein",
        "Grenze 5 P.: 46.800",
        "wohnungswesen@herne.de",
        "Friedrich-Ebert-Platz 2",
        "besonderem Wohnbedarf",
    ],
    allow=("44623 Herne",),
)

HT8 = tabbed(
    (
        "Beitragskonto",
        "Beitragspfl. Elternteil",
        "2. Elternteil",
        "Kind",
        "Geb.",
        "Einrichtung",
        "Std.",
        "Stufe",
        "Beitrag alt",
        "Beitrag neu",
    ),
    (
        "[[AZ:4711-0893]]",
        "[[P:Rosenbaum, Tim]]",
        "[[P:Rosenbaum, Jana]]",
        "[[P:Mats]]",
        "[[DOB:04.05.2021]]",
        "Kita Bulmker Park",
        "45",
        "4",
        "148,00",
        "0,00",
    ),
    (
        "",
        "",
        "",
        "[[P:Frida]]",
        "[[DOB:16.03.2024]]",
        "Kita Bulmker Park",
        "35",
        "4",
        "0,00",
        "148,00",
    ),
    (
        "[[AZ:4711-1027]]",
        "[[P:Gashi, Arta]]",
        "",
        "[[P:Liridon]]",
        "[[DOB:28.12.2020]]",
        "Ev. Kita Lukaskirche",
        "45",
        "1",
        "0,00",
        "0,00",
    ),
    (
        "[[AZ:4711-1130]]",
        "[[P:Okafor, Chukwuemeka]]",
        "[[P:Okafor-Heise, Britta]]",
        "[[P:Adaeze]]",
        "[[DOB:09.09.2022]]",
        "Kita Sternschnuppe",
        "35",
        "6",
        "221,00",
        "221,00",
    ),
    (
        "",
        "",
        "",
        "[[P:Tobenna]]",
        "[[DOB:09.09.2022]]",
        "Kita Sternschnuppe",
        "35",
        "6",
        "221,00",
        "0,00",
    ),
    (
        "[[AZ:4711-1204]]",
        "[[P:Lewandowska, Kinga]]",
        "[[P:Zając, Tomasz]]",
        "[[P:Zofia]]",
        "[[DOB:30.07.2023]]",
        "",
        "",
        "",
        "",
        "",
    ),
    ("", "", "", "", "", "", "", "Summe", "590,00", "369,00"),
)

pii(
    "household_table",
    f"""
Betreff: Geschwisterbefreiung ab 01.02.2027 – Umstellung Elternbeiträge, Liste zur Freigabe

Hallo Frau [[P:Ortmann]],

anbei die Beitragskonten, bei denen sich durch die Geschwisterregelung (nur noch ein Kind
beitragspflichtig, das mit dem höchsten Beitrag) etwas ändert. Aus SAP nach Excel, dann hier
hinein kopiert; leere Zellen heißen „wie Zeile darüber“ bzw. „kein 2. Elternteil“.

{HT8}

Besonderheiten:
- Zwillinge [[P:Adaeze]] und [[P:Tobenna]]: gleicher Beitrag, wir lassen [[P:Adaeze]] beitragspflichtig.
- Beitragskonto [[AZ:4711-1204]]: [[P:Zofia]] beginnt erst am 01.03. in der Tagespflege bei
  Fr. [[P:Mrozek]], deshalb noch ohne Werte. Eltern nicht verheiratet, Vater wohnt in
  [[STR:Florastr. 112]], [[LOC:45879 Gelsenkirchen]], Mutter mit Kind in [[STR:Bergmannstr. 3]], [[LOC:45886 Gelsenkirchen]].
- Konto [[AZ:4711-1027]]: Fr. [[P:Gashi]] bezieht Bürgergeld, Stufe 1 = beitragsfrei.

Freigabe bitte bis Mittwoch, damit der Lauf am 10.02. durchgeht.

Viele Grüße
[[P:Yvonne Pawlowski]], Elternbeitragsstelle
Referat Kinder, Jugend und Familie, Tel. [[TEL:0209 169-6038]], elternbeitraege@gelsenkirchen.de
""",
    keep=[
        "Geschwisterregelung",
        "Kita Bulmker Park",
        "Ev. Kita Lukaskirche",
        "elternbeitraege@gelsenkirchen.de",
        "Beitrag neu",
    ],
)

HT9 = tabbed(
    (
        "Lfd.",
        "Familienname",
        "Vorname(n)",
        "Verhältnis",
        "Geb.-Datum",
        "Geburtsort",
        "Staatsangeh.",
        "Pass/Ausweis",
        "gültig bis",
        "Miteinbürgerung",
    ),
    (
        "1",
        "[[P:Vasylenko]]",
        "[[P:Oleksandr]]",
        "Antragsteller",
        "[[DOB:16.02.1982]]",
        "[[LOC:Saporischschja]]",
        "ukrainisch",
        "[[PASS:FX482917]]",
        "04.05.2029",
        "",
    ),
    (
        "2",
        "[[P:Vasylenko]]",
        "[[P:Iryna]]",
        "Ehefrau",
        "[[DOB:29.07.1984]]",
        "[[LOC:Melitopol]]",
        "ukrainisch",
        "[[PASS:FX482955]]",
        "04.05.2029",
        "ja",
    ),
    (
        "3",
        "[[P:Vasylenko]]",
        "[[P:Maksym]]",
        "Sohn",
        "[[DOB:10.01.2011]]",
        "[[LOC:Saporischschja]]",
        "ukrainisch",
        "[[PASS:FY013377]]",
        "12.08.2027",
        "ja",
    ),
    (
        "4",
        "[[P:Vasylenko]]",
        "[[P:Sofiia]]",
        "Tochter",
        "[[DOB:03.06.2016]]",
        "[[LOC:Bochum]]",
        "ukrainisch",
        "",
        "",
        "ja",
    ),
    ("", "", "", "", "", "", "", "", "", ""),
    (
        "",
        "[[P:Vasylenko]]",
        "[[P:Petro]]",
        "Vater (nicht im Haushalt)",
        "[[DOB:1956]]",
        "",
        "",
        "",
        "",
        "",
    ),
)

pii(
    "household_table",
    f"""
Von: Einbürgerung Bochum <einbuergerung@bochum.de>
Betreff: WG: Antrag [[AZ:34 EB 2026-1488]] [[P:Vasylenko]] – Tabelle für den Mehrstaatigkeitsvermerk

Hallo Herr [[P:Öztürk-Lange]],

zu Ihrer Frage: Hier die Personen aus dem Antrag mit den Dokumenten. Nr. 4 hat keinen Pass,
sie ist in [[LOC:Bochum]] geboren und steht nur in der Geburtsurkunde. Der Vater des Antragstellers
(letzte Zeile) lebt in [[LOC:Dnipro]] und ist nur erfasst, weil er als Referenzperson im
Lebenslauf genannt ist – bitte ignorieren.

{HT9}

Die Familie wohnt seit 2015 hier, aktuell [[STR:Markstr. 285]], [[LOC:44799 Bochum]]; vorher
[[STR:Querenburger Höhe 121]], [[LOC:44801 Bochum]]. Mehrstaatigkeit wird seit 27.06.2024 hingenommen,
der Vermerk im Bescheid ist daher nur noch deklaratorisch.

Freundliche Grüße
i.A. [[P:Schellenberg]]
Stadt Bochum, Bürgerdienste – Einbürgerung, Willy-Brandt-Platz 2–6, 44777 Bochum
Tel. [[TEL:0234 910-1745]] (Montag und Donnerstag), Zentrale 0234 910-0
""",
    keep=[
        "einbuergerung@bochum.de",
        "Mehrstaatigkeitsvermerk",
        "Willy-Brandt-Platz 2–6, 44777 Bochum",
        "Geburtsort",
        "Zentrale 0234 910-0",
    ],
    allow=("Bochum",),
)

RV_HT10_1 = rv_number("53", "101079", "M", "02")
RV_HT10_3 = rv_number("53", "260607", "M", "51", spaced=False)

pii(
    "household_table",
    f"""
Veränderungsmitteilung Bürgergeld – Erfassung Eingangszone Jobcenter Dortmund, Standort Nord
BG-Nr.: [[AZ:35402BG0118765]]                      Eingang: 04.02.2027, Schalter 6

Person 1
  Name: [[P:Mahmoud, Ahmad]]        Geb.: [[DOB:10.10.1979]]       Rolle: eLb (Antragsteller)
  Änderung: Arbeitsaufnahme zum 01.02.2027 bei Gastro Service Hansa GmbH, 20 Std./Woche,
  SV-Ausweis vorgelegt, RV-Nr. [[RV:{RV_HT10_1}]]
Person 2
  Name: [[P:Mahmoud, Hanan]]        Geb.: [[DOB:01.01.1983]]       Rolle: Partnerin
  Änderung: keine
Person 3
  Name: [[P:Mahmoud, Sara]]         Geb.: [[DOB:26.06.2007]]       Rolle: Kind, ab 18 eigene BG?
  Änderung: Ausbildung seit 01.09.2026, Ausbildungsvergütung 1.020 € brutto, RV-Nr. [[RV:{RV_HT10_3}]]
Person 4
  Name: [[P:Mahmoud, Ali]]          Geb.: [[DOB:14.02.2012]]       Rolle: Kind
  Änderung: Umzug zum Vater? – nein, nur Wochenenden (Umgang), bleibt in der BG
Person 5
  Name: [[P:Mahmoud, Mariam]]       Geb.: [[DOB:18.09.2026]]       Rolle: Kind (NEU)
  Änderung: Geburt, Geburtsurkunde Standesamt Dortmund vorgelegt, Kindergeld beantragt

Anschrift BG: [[STR:Mallinckrodtstr. 190, 4. OG]], [[LOC:44147 Dortmund]] (unverändert)
Tel. Antragsteller: [[TEL:0152 55310788]]

Hinweise Eingangszone: Hr. [[P:Mahmoud]] gibt an, der Arbeitsvertrag wird nachgereicht, Lohnabrechnung
Februar bringt er im März. Fr. [[P:Mahmoud]] fragt nach Mehrbedarf Schwangerschaft – erledigt durch
Geburt, stattdessen Erstausstattung Baby (Antrag ausgehändigt).

Erfasst: [[P:Kempkes]] (Eingangszone), weitergeleitet an Team 412, Leistung: Fr. [[P:Obradović]]
Servicenummer Jobcenter 0231 842-0 · Jobcenter-Dortmund@jobcenter-ge.de
""",
    keep=[
        "Gastro Service Hansa GmbH",
        "Servicenummer Jobcenter 0231 842-0",
        "Jobcenter-Dortmund@jobcenter-ge.de",
        "Erstausstattung Baby",
        "Team 412",
    ],
)


# ---------------------------------------------------------------------------------------------
# OCR'd scans of tables and forms (pii)
# ---------------------------------------------------------------------------------------------

pii(
    "ocr_table",
    """
[OCR Seite 1/1 – Scan Burgerburo Herne-Mitte, 300 dpi, Erkennung automatisch]

                                                   EINGANG
Stadt Herne                                        l 3. JAN. 2O27
Der Oberburgermeister                              Burgerburo
| Anmeldung bei der Meldebehorde   (§ 17 Abs. 1 BMG)
| Neue Wohnung   Strasse, Hausnr.        | PLZ, Ort
|                [[STR:Bebelstr. 4l, 1. OG li.]] | [[LOC:44625 Herne]]
| Bisherige Wohnung
|                [[STR:ul. Kosciuszki l2/5]]        | [[LOC:45-O62 Opo1e]]   (Polen)

Lfd | Familienname   | Vorname(n)      |Geb.-datum  | Geburtsort | Geschl | Staatsang.
 l  | [[P:W0JCIK]]         | [[P:Tomasz Piotr]]    | [[DOB:2l.O3.l988]] | [[LOC:Opo1e]]     |  m     | polnisch
 2  | [[P:Wojcik]]          | [[P:Katarzyna]]       | [[DOB:O9.ll.199O]] | [[LOC:Nysa]]   | w    | poln.
    | geb. [[P:Mazur]]
 3  | [[P:WOJCIK]]   | [[P:Zuzanna]]  |   [[DOB:l4.O6.2O18]]    | [[LOC:Opo1e]]  | w  | polnisch
 4  | [[P:W0jcik]]    |[[P:Antoni]]       | [[DOB:O2.l2.2O22]]   | [[LOC:Opo1e]]      | m       | po1nisch

Familienstand  (l)  verheiratet seit  l4.O8.2Ol6 in [[LOC:Opo1e]]
Religion: rk / rk / – / –          Ausweis (l): Reisepass PL Nr. [[PASS:EK44l8293]]  ?
Wohnungsgeberbestatigung liegt vor: Hausverwaltung Rusing GmbH, Herne  |  ja

Unterschrift  ~[[P:T. Wojcik]]                  Datum   l2.Ol.2O27

_____ Bearbeitungsvermerke (nur fur die Behorde) _____
erfasst OK.EWO  am  l3.Ol.  durch  BBM07       Gebuhr: 0,00 EUR
""",
    keep=[
        "§ 17 Abs. 1 BMG",
        "Hausverwaltung Rusing GmbH",
        "BBM07",
        "l 3. JAN. 2O27",
        "Gebuhr: 0,00 EUR",
    ],
)

pii(
    "ocr_table",
    """
FAX   +49 234 588-3000     BAMF AS Bochum        O5.O2.2O27 11:42     S. l/l
-------------------------------------------------------------------------------
Bundesamt fur Migration und Fluchtlinge – Aussenstelle Bochum
An: Stadt Gelsenkirchen, Auslanderbehorde, z. Hd. SG 32.2 (Fax O2O9 l69-4l99)
Betr.: Mitteilung uber unanfechtbare Entscheidungen – Sammelliste KW O5/2O27

Lfd| Name, Vorname              | geb.        | StA | AZR-Nr.       | Gesch.-Z.       | Entsch.
---+----------------------------+-------------+-----+---------------+-----------------+--------
 l | [[P:TESFAMARIAM, Yonas]]          | [[DOB:O1.O1.l998]]  | ERI | [[AZ:16O9O5117433]]  | [[AZ:8912O44-224]]     | FE
 2 | [[P:GHEBREMEDHIN, Saba]]        | [[DOB:l5.O7.2OOl]]  | ERI | [[AZ:l7O2l6O88l2O]]  | [[AZ:8912O47-224]]     | FE
 3 | [[P:ABDULLAHI, Mohamed]]           | [[DOB:2O.O6.l994]]| SOM | [[AZ:16l1O3O42587]] | [[AZ:9OO3l58-273]]    | SubS
 4 | [[P:AL-OBAIDI, Zahraa]]  | [[DOB:O3.O9.l987]]  | IRQ | [[AZ:1512O8O77O45]]
   |  mit Kind [[P:Hussein]]    | [[DOB:l2.l2.2Ol9]] | IRQ | [[AZ:15l2O8O77O46]]  | [[AZ:87O6l19-438]]   | Abl. o.u.
 5 | [[P:KARIMI, Mohammad]]       | [[DOB:3l.l2.2OO5]]  | AFG | [[AZ:17O4l9l2O663]]
   | [[P:Reza]]                  |             |     |              | [[AZ:9l2O766-423]]    | BV § 6O V
-------------------------------------------------------------------------------
FE = Fluchtlingseigenschaft   SubS = subsidiarer Schutz   Abl. o.u. = offensichtl. unbegr.
BV = Beschaftigungsverbot/Abschiebungsverbot (§ 6O Abs. 5 AufenthG)

Wohnanschriften lt. AZR:  l+2 [[STR:Grillostr. ll9]], [[LOC:45881 Ge1senkirchen]] | 3 [[STR:Kanalstr. 4O]],
[[LOC:45881 GE]] | 4 ZUE Gelsenkirchen (ohne Adresse) | 5 Jugendhilfeeinrichtung, Anschrift ubermittelt ges.

Rechtskraftvermerk erteilt.       Im Auftrag  [[P:Sch0ltysek]]     (Ref. 4l3)
Dieses Fax enthalt personenbezogene Daten. Falls Sie nicht der Empfanger sind ...
""",
    keep=[
        "Sammelliste KW O5/2O27",
        "Fax O2O9 l69-4l99",
        "FE = Fluchtlingseigenschaft",
        "§ 6O Abs. 5 AufenthG",
        "Rechtskraftvermerk erteilt.",
    ],
)

IBAN_OCR3 = make_iban("DE", "44050199" + "0000912447")

pii(
    "ocr_table",
    f"""
[Scan: Mietbescheinigung_Ciftci.pdf – OCR, Seite l]

                        M I E T B E S C H E I N I G U N G
               (zur Vorlage bei der Wohngeldstelle Castrop-Rauxel)

Vermieter/in: [[P:Gunter Bruggemann]]          Tel. [[TEL:O23O5 7l 88 4O]]
Anschrift:    [[STR:Am Stadtpark l9]], [[LOC:44575 Castrop-Rauxe1]]
Mieter/in:    [[P:Ciftci, Murat]] und [[P:Ciftci, Gulsen]]
Wohnung:      [[STR:Wittener Str. 2O4]], Hinterhaus EG, [[LOC:44577 Castrop-Rauxel]]
bewohnt seit: Ol.O4.2Ol9        Wohnflache: 7l,5 m2     Zimmer: 3 + Kuche

 Pos | Miete / Nebenkosten           | monatl. EUR  |
-----+-------------------------------+--------------+
  l  | Grundmiete (kalt)             |    48O,OO    |
  2  | Betriebskosten (Vorausz.)     |    l55,OO    |
  3  | Heizung/Warmwasser (Vorausz.) |    ll2,OO    | |
  4  | Garage Nr. 3 (gesondert)      |     4O,OO    |
-----+-------------------------------+--------------+
     | Gesamt                        |    787,OO    |

Im Haushalt lebende Personen lt. Vermieter: 4 (Eheleute [[P:Ciftci]], Kinder [[P:Elif Naz]] und [[P:Kerem]])
Miete wird gezahlt auf: IBAN [[IBAN:{IBAN_OCR3}]]  (Sparkasse Vest Recklinghausen)

Ich versichere die Richtigkeit der Angaben.
Castrop-Rauxe1, 28.Ol.2O27                       ~ [[P:G. Brüggemann]]
                                                 (Unterschrift Vermieter)
____________________________________________________________________
Eingangsstempel:   STADT CASTROP-RAUXEL   | 3 O. JAN. 2O27 |   Wohngeld  [[AZ:WG-2O26-O2877]]
""",
    keep=[
        "M I E T B E S C H E I N I G U N G",
        "Garage Nr. 3 (gesondert)",
        "787,OO",
        "Sparkasse Vest Recklinghausen",
        "STADT CASTROP-RAUXEL",
    ],
)

pii(
    "ocr_table",
    """
--- OCR-Ergebnis: Anmeldebogen_Kita_2027-28_Nr_O4l2.tif (Qualitat: mittel) ---

FABIDO | Anmeldung fur einen Betreuungsplatz  Kita-Jahr 2O27/28      Eingang: 2 9. JAN 2O27
                                                                    Stempel: Kita Am Westpark

1. Angaben zum Kind
Name, Vorname: [[P:Saleh, Jana]]              Geb.-Datum: [[DOB:l7.O3.2O25]]   Geschl.: w
Geburtsort:   [[LOC:Dortmund]]    Staatsangehorigkeit: deutsch / syrisch
Wunschbeginn: Ol.O8.2O27      Betreuungsumfang:  [ ] 25  [x] 35  [ ] 45 Std.

2. Angaben zu den Erziehungsberechtigten
                  | Mutter                     | Vater
------------------+----------------------------+---------------------------
Name, Vorname     | [[P:Saleh, Nesrin]]              | [[P:Saleh, Ahmad]]
Geb.-Datum        | [[DOB:O5.l2.l993]]                 |  [[DOB:2l.O4.l99O]]
Anschrift         | [[STR:Rheinische Str. l62]]      | s. Mutter
                  | [[LOC:44l37 Dortmund]]
Telefon (mobil)   | [[TEL:Ol57 3l4 O8 9l2]]                 | [[TEL:Ol76 2284 5O3l]]
E-Mail            | [[MAIL:nesrin.saleh@gmx.de]]          |
Berufstatig       | [x] ja, Pflegeassistenz    | [x] ja, Schicht
                  | St. Johannes-Hospital      | Hafen Logistik GmbH

3. Geschwister in Einrichtungen von FABIDO:  [[P:Saleh, Omar]] (*[[DOB:ll.O9.2O2l]]), Kita Am Westpark

4. Besondere Hinweise: Kind hat Neurodermitis, Arztbescheinigung anbei.
   Abholberechtigt auSSer Eltern: Oma [[P:Fatma Saleh]], Tel. [[TEL:O23l 4l 7O 55]]

Datum/Unterschrift:  28.Ol.27   ~[[P:N. Saleh]]   ~[[P:A.Saleh]]

[Bearbeitungsfeld] Kita-Finder-Nr. [[AZ:KF-27-O4l2-DO]]  erfasst: JS   Prioritat: Geschwister
""",
    keep=[
        "Kita Am Westpark",
        "Hafen Logistik GmbH",
        "St. Johannes-Hospital",
        "Kita-Jahr 2O27/28",
        "Prioritat: Geschwister",
    ],
)

RV_OCR5 = rv_number("12", "140986", "T", "03")
TAX_OCR5 = tax_id("3615089471", spaced=True)

pii(
    "ocr_table",
    f"""
[eingescannt über Posteingang Jobcenter Bochum, Dokumenttyp EKS/AG-Bescheinigung, OCR]

        Bescheinigung uber Arbeitsentgelt (Arbeitgeber)                      Seite l von l
        BG-Nummer: [[AZ:3620lBGOO7732O]]             Kundennr.: [[AZ:362D2O554l]]

Arbeitnehmer/in:   [[P:Tadić, Nemanja]]          geb. am [[DOB:l4.O9.l986]]
Anschrift:         [[STR:Kortumstr. l7l]]   [[LOC:4478 7 Bochum]]
RV-Nummer: [[RV:{RV_OCR5}]]             Steuer-ID: [[TAX:{TAX_OCR5}]]
Beschaftigt als:   Fahrer (Kurierdienst)      seit: Ol.lO.2O26    |  befristet bis 3O.O9.2O27

 Monat    | Brutto EUR | Netto EUR | Std.  | Auszahlung am | Bemerkung
 ---------+------------+-----------+-------+---------------+-----------------------
 lO/2O26  |  l.84O,OO  | l.4l2,37  |  l6O  | 3O.lO.2O26    |
 ll/2O26  |  l.92l,5O  | l.468,O2  |  l67  | 3O.ll.2O26    | incl. Nachtzuschl.
 l2/2O26  |  2.O55,OO  |           |  l7O  | 3O.l2.2O26    | Weihnachtsgeld l5O,OO
 Ol/2O27  |  l.84O,OO  | l.4l2,37  |  l6O  |               | noch nicht ausgezahlt
                                                 Netto l2/2O26 siehe Anlage

Arbeitgeber:  Ruhr Kurier Express GmbH, Herner Str. 3OO, 448O9 Bochum
              Ansprechp. Lohnbuero: Fr. [[P:Kaltenbach]], Tel. [[TEL:O234 9l3 55-l7]]
Datum: O2.O2.2O27          Stempel/Unterschrift: ~[[P:Kaltenbach]]   RUHR KURIER EXPRESS GmbH

| Hinweis fur die Leistungssachbearbeitung: Ehefrau [[P:Tadić, Milica]] (*[[DOB:O8.O2.l99O]]) ebenfalls
| in BG, eigene Bescheinigung folgt. Kinder [[P:Luka]] und [[P:Sara]] (Schuler) ohne Einkommen.
""",
    keep=[
        "Ruhr Kurier Express GmbH, Herner Str. 3OO, 448O9 Bochum",
        "RUHR KURIER EXPRESS GmbH",
        "Weihnachtsgeld l5O,OO",
        "Bescheinigung uber Arbeitsentgelt (Arbeitgeber)",
        "EKS/AG-Bescheinigung",
    ],
)

pii(
    "ocr_table",
    """
[Fax-Eingang Standesamt Witten O3.O2.2O27 O7:58 – automatische Texterkennung]

Seniorenzentrum Haus Buschey gGmbH · Pflegedienstleitung · Fax O23O2 9l4-299
________________________________________________________________________
ANZEIGE EINES STERBEFALLS  (§ 3O PStG)           Eingegangen: O 3. FEB. 2O27

Verstorbene/r
  Familienname  | [[P:Kaminska]]          geb. [[P:Lewandowska]]
  Vornamen      | [[P:Irena]]   [[P:Stanisława]]
  geb. am / in  | [[DOB:ll.O4.l936]]  /  [[LOC:Chorzow]] (Polen)
  letzte Anschr.| Seniorenzentrum Haus Buschey, Buschey 4, 58453 Witten (Zimmer ll2)
  vorher        | [[STR:Pferdebachstr. 6l]], [[LOC:58455 Witten]]
  Familienstand | verwitwet (Ehem. [[P:Kaminski, Henryk]], *[[DOB:O2.O2.l932]], verst. 2Ol8 in [[LOC:Witten]])
Sterbefall
  Datum, Uhrzeit| O2.O2.2O27 , 23:l5 Uhr
  Ort           | Seniorenzentrum, s.o.

Angehorige (lt. Heimakte)
 | Name                    | Verh.     | Anschrift                               | Telefon
 | [[P:Kaminski, Roman]]          | Sohn      | [[STR:Ruhrstr. 9O]], [[LOC:58452 Witten]]           | [[TEL:Ol7l 4O2 88 l6]]
 | [[P:Nowak, Beata]]   | Tochter   | [[STR:ul. Wolnosci 22]], [[LOC:4l-5OO Chorzow]]       | +48 [[TEL:6O2 l44 9O8]]
 | [[P:Kaminski, Dawid]]      | Enkel     | [[LOC:Bochum]]                       |

Bestatter (beauftragt durch Sohn): Bestattungshaus Hegemann GmbH & Co. KG, Witten
Arztl. Todesbescheinigung: vertraulicher Teil liegt im verschl. Umschlag bei.

Anzeigende Person: [[P:M. Schulze-Bremer]], PDL          Unterschrift ~[[P:Schulze-Bremer]]
""",
    keep=[
        "Seniorenzentrum Haus Buschey, Buschey 4, 58453 Witten",
        "§ 3O PStG",
        "Bestattungshaus Hegemann GmbH & Co. KG",
        "Fax O23O2 9l4-299",
        "O 3. FEB. 2O27",
    ],
    allow=("Witten",),
)

pii(
    "ocr_table",
    """
Gesamtschule Berger Feld – Anmeldungen Jahrgang 5 (Schuljahr 2O27/28)  – Scan der Liste fur
die Schulverwaltung Gelsenkirchen, Blatt 2 von 4                     EING. 0 6.FEB.2O27 /4O

Nr.| Name            | Vorname     | geb.       | Anschrift                    | Grundschule      | Sorgeber.
---+-----------------+-------------+------------+------------------------------+------------------+------------------
 l4| [[P:Bayraktar]]       | [[P:Enes]]          | [[DOB:2l.O7.2Ol6]] | [[STR:Frankampstr. l2]]              | GS Lindenstr.    | [[P:Bayraktar, Gul]]
 l5| [[P:Bednarek]]        | [[P:Lena]]  | [[DOB:O3.O3.2Ol7]]   | [[STR:Cranger Str. 2O9]]   | GS Sutumer Feld | [[P:Bednarek, Ingo]] +
   |                 |             |            |                              |                  | [[P:Bednarek, Ute]]
 l6| [[P:Chaudhry]]   | [[P:Ayaan]]     | [[DOB:l9.ll.2Ol6]] | [[STR:Grenzstr. 8O]]         | GS Hasseler Str. | [[P:Chaudhry, Sana]]
 l7| [[P:Dragomir]]        | [[P:Alexia-]]       | [[DOB:O8.O1.2O17]] | [[STR:Hohenzollernstr. 3l]]   | GS Am Dahlbusch  | [[P:Dragomir, Nicu]]
   |                 | [[P:Maria]]       |            |                              |                  |
 l8| [[P:Dufner]]          | [[P:Ben]]           | [[DOB:22.O5.2Ol6]]   | [[STR:Uckendorfer Str. l4O]]   | GS Uckendorf     | [[P:Dufner, Christine]]
 l9| [[P:Ekinci]]          | [[P:Zehra]]  | [[DOB:l2.l2.2Ol6]] |  [[STR:Bochumer Str. 9l]]     | GS Bulmke        | [[P:Ekinci, Hasan]]
 2O| [[P:Fernandes Costa]] | [[P:Tiago]]     |    [[DOB:3O.O6.2Ol7]]| [[STR:Schalker Str. l87]]       | GS Schalke       | [[P:Costa, Ines]]

Alle Anschriften 458xx Gelsenkirchen, sofern nicht anders vermerkt. * = Geschwisterkind an der
Schule (Nr. l5, l9). Nr. l7 zieht zum Sommer nach [[LOC:Herten]] – Aufnahme trotzdem beantragt.

Schulleitung: ~[[P:Wiesmann]]               Sekretariat: Tel. O2O9 l69-85OO (Zentrale)
""",
    keep=[
        "Gesamtschule Berger Feld",
        "GS Sutumer Feld",
        "EING. 0 6.FEB.2O27 /4O",
        "458xx Gelsenkirchen",
        "Tel. O2O9 l69-85OO (Zentrale)",
    ],
)

pii(
    "ocr_table",
    """
[Rucklauf Anhorungsbogen – Scan Stapel O7 – OCR]          Stadt Herne · FB Recht und Ordnung
                                                          Bußgeldstelle, Tel. O2323 l6-0

Aktenzeichen: [[AZ:8O4.l2-O27OO3l9-5]]         Tattag/-zeit: l9.Ol.2O27, O8:l2 Uhr
Tatort: Herne, Bahnhofstr. / Hohe Str., Fahrtrichtung Sud          Tatbestands-Nr. l4l7l6
Kennzeichen: [[KFZ:HER-KY 7l4]]                   Fahrzeug: Ford, Fiesta, silber

ANHORUNGSBOGEN - Angaben zur Person (Pflichtangaben § lll OWiG)
 Name        | [[P:Kaya]]                                  | Vorname | [[P:Yasemin]]
 Geburtsname | [[P:Sahin]]                     | geb. am | [[DOB:l3.O8.l99l]]
 Geburtsort  | [[LOC:Herne]]              | StA     | deutsch
 Anschrift   | [[STR:Holsterhauser Str. l25]],   [[LOC:44625 Herne]]
 Beruf       | Erzieherin     (freiwillig)

Angaben zur Sache:
 [ ] Ich gebe den Verstoß zu.
 [x] Ich habe den Verstoß nicht begangen. Gefahren ist:
     Name, Vorname  | [[P:Kaya, Burak]]                    (mein Ehemann)
     geb. am        | [[DOB:O4.Ol.l989]]
     Anschrift      | wie oben
 |  Bemerkung: Mein Mann fahrt das Auto morgens zur Arbeit (Zeche Pluto Logistikzentrum),
 |  ich war um die Zeit im Kindergarten. Rufen Sie ihn gern an: [[TEL:Ol5l 2O7 73 448]]

Datum/Unterschrift:   2l.O1.27         ~[[P:Y.Kaya]]

___ Vermerk Bußgeldstelle ___
Halterin = Betroffene? nein -> Verfahren gg. [[P:Kaya, Burak]] neu anlegen, Az. [[AZ:8O4.l2-O27OO3l9-6]]
Lichtbild Vergleich: ja/passt        bearb. [[P:Nowitzki]] 27.Ol.
""",
    keep=[
        "Tatbestands-Nr. l4l7l6",
        "Bußgeldstelle, Tel. O2323 l6-0",
        "§ lll OWiG",
        "Zeche Pluto Logistikzentrum",
        "Bahnhofstr. / Hohe Str.",
    ],
    allow=("Herne",),
)

pii(
    "ocr_table",
    """
Stadt Bochum · Amt fur Soziales · Bestattungskosten § 74 SGB XII       [OCR aus Akte, Bl. 3-4]
EINGEGANGEN  29. JAN. 2O27  Amt 5O                                      Az. [[AZ:5O 23 BK-OO29/27]]

Antrag auf Ubernahme der Bestattungskosten
Antragsteller/in: [[P:Grabowski, Rene]]          geb. [[DOB:O7.O5.l97l]]
Anschrift:        [[STR:Hattinger Str. 4l5]]   [[LOC:44795 Bochum]]      Tel.: [[TEL:O234 47 6O 9l2]]
Verstorbene/r:    [[P:Grabowski, Heinz-Gunter]]  geb. [[DOB:l2.O6.l94O]]   gest. l8.Ol.2O27
Letzte Anschrift: [[STR:Lohring 2O]], [[LOC:448O5 Bochum]]

Weitere Bestattungspflichtige (§ 8 BestG NRW) / Erben:
 Verh.     | Name, Vorname             | geb.        | Anschrift                       | Kontakt
 ----------+---------------------------+-------------+---------------------------------+----------
 Ehefrau   | --- (gesch. l989, verstorben)
 Tochter   | [[P:Grabowski, Sandra]]     | [[DOB:l9.O9.l974]]  | [[STR:Dahlhauser Str. l6]]         | unbek.
           |                           |             | [[LOC:Hattingen]]
 Sohn      | [[P:Grabowski, Marco]]      | [[DOB:23.O2.l98O]]  | unbekannt verzogen (zuletzt
           |                           |             | [[LOC:Essen-Katernberg]])
 Bruder    | [[P:Grabowski, Werner]]            | [[DOB:l9.O4.l945]] | verstorben 2O2l             |

Nachlass: Girokonto Sparkasse Bochum, Guthaben ca. 4l2 EUR; Sterbegeldversicherung keine.
Bestatter: Bestattungen Kortum GmbH, Rechnung Nr. 2O27-O3l, Betrag 3.l88,4O EUR
Ausgeschlagen: Antragsteller am 25.Ol.2O27 beim AG Bochum (Nachlassgericht, Az. [[AZ:9l VI 88/27]])

| Vermerk SB: Einkommen Antragsteller pruefen (ALG I); Geschwister anschreiben, Anteil l/3.
| Pflichtige angeschrieben 3O.Ol.   gez. ~[[P:Hennecke]]
""",
    keep=[
        "§ 74 SGB XII",
        "§ 8 BestG NRW",
        "Bestattungen Kortum GmbH",
        "3.l88,4O EUR",
        "Sparkasse Bochum",
    ],
)

pii(
    "ocr_table",
    """
[Scan Posteingang Bürgerbüro Castrop-Rauxel – 2 Anträge auf einem Blatt kopiert – OCR]

ANTRAG AUF BEWOHNERPARKAUSWEIS   Zone C2 (Altstadt)           Gebuhr: 3O,7O EUR / Jahr
  Eingang: |O 4. FEB. 2O27|   Burgerburo                        Vorgangs-Nr. [[AZ:BPA-2O27-O0l8]]

 Antragsteller/in | [[P:Hoffmann-Ilic, Dana]]                      geb. [[DOB:l6.lO.l982]]
 Wohnanschrift    | [[STR:Mühlengasse 7]]  [[LOC:44575 Castrop-Rauxe1]]    (Hauptwohnsitz  [x])
 Kennzeichen      | [[KFZ:RE-DH l982]]      Halter: [ ] selbst  [x] Arbeitgeber  [ ] Leasing
 Arbeitgeber/Halter| Pflegedienst Sonnenschein GmbH, Castrop-Rauxel
 Telefon          | [[TEL:O2305 9l4 27O]]         E-Mail: [[MAIL:dana.hi@web.de]]
 Unterschrift     | ~[[P:D.Hoffmann-Ilic]]                        Datum O3.O2.27
------------------------------------------------------------------------------------------
 Antragsteller/in | [[P:Owusu, Kwame]]                    geb. [[DOB:O2.O8.l977]]
 Wohnanschrift    | [[STR:Markt l3, 2.OG]]    [[LOC:44575 Castrop-Rauxel]]   (Hauptwohnsitz  [x])
 Kennzeichen      | [[KFZ:CAS-KO 77]]     Halter: [x] selbst  [ ] Arbeitgeber  [ ] Leasing
 2. Fahrzeug?     | [[KFZ:CAS-KO 78E]] (E-Kennz., Ehefrau [[P:Abena Owusu]])   -> nur l Ausweis je Person!
 Telefon          | [[TEL:Ol62 45l 87 O3]]
 Unterschrift     | ~[[P:K Owusu]]                             Datum O3.O2.27

Vermerk: Zone C2 ausgelastet (ll4 von l2O). Antrag l: Arbeitgeberfahrzeug nur mit
Nutzungsbestatigung (fehlt). Antrag 2: bewilligt, Ausweis Nr. C2-O9l. Ehefrau eigener Antrag.
bearb.: ~[[P:Tillmann]]   KOD-Fahrzeug CAS-SV 2O4 nicht parkberechtigt
""",
    keep=[
        "Zone C2 (Altstadt)",
        "Gebuhr: 3O,7O EUR / Jahr",
        "Pflegedienst Sonnenschein GmbH",
        "Ausweis Nr. C2-O9l",
        "CAS-SV 2O4",
    ],
)


# ---------------------------------------------------------------------------------------------
# Fixed-width printouts with staff logins in headers and footers (pii)
# ---------------------------------------------------------------------------------------------

PF1 = aligned(
    (5, 24, 16, 11, 26, 20, 9),
    ("LFD", "FAMILIENNAME", "VORNAME", "GEB.DAT", "NEUE ANSCHRIFT", "ZUZUG AUS", "EINZUG"),
    (
        "0001",
        "[[P:ACHTERBERG]]",
        "[[P:MALTE]]",
        "[[DOB:19890312]]",
        "[[STR:OSKAR-HOFFMANN-STR 61]]",
        "[[LOC:MUENSTER]]",
        "02.01.27",
    ),
    (
        "0002",
        "[[P:BALOGUN]]",
        "[[P:TEMITOPE GRACE]]",
        "[[DOB:19960704]]",
        "[[STR:STEINRING 22]]",
        "[[LOC:LAGOS/NIGERIA]]",
        "03.01.27",
    ),
    (
        "0003",
        "[[P:CZARNECKA-WOLNIEWI]]",
        "[[P:MAGDALENA]]",
        "[[DOB:19780121]]",
        "[[STR:HUSTADTRING 143]]",
        "[[LOC:GLIWICE/POLEN]]",
        "03.01.27",
    ),
    (
        "0004",
        "[[P:CZARNECKI]]",
        "[[P:FILIP]]",
        "[[DOB:20100830]]",
        "[[STR:HUSTADTRING 143]]",
        "[[LOC:GLIWICE/POLEN]]",
        "03.01.27",
    ),
    (
        "0005",
        "[[P:DÖRNEMANN]]",
        "[[P:HILDEGARD]]",
        "[[DOB:19410915]]",
        "[[STR:AM KRUEMMEDE 20]]",
        "[[LOC:HATTINGEN]]",
        "04.01.27",
    ),
    (
        "0006",
        "[[P:NGUYEN]]",
        "[[P:VAN HUNG]]",
        "[[DOB:19850101]]",
        "[[STR:HATTINGER STR 223]]",
        "[[LOC:BERLIN-LICHTENBERG]]",
        "05.01.27",
    ),
    (
        "0007",
        "[[P:SCHULZE ALTHOFF]]",
        "[[P:JAN-HENDRIK]]",
        "[[DOB:20010419]]",
        "[[STR:LENNERSHOFSTR 140]]",
        "[[LOC:COESFELD]]",
        "05.01.27",
    ),
)

pii(
    "printout_footer",
    f"""
OK.EWO  STADT BOCHUM  MELDEREGISTER       LISTE ZUZUEGE MIT MELDEBESCHEINIGUNG    SEITE    1
AUSWAHL: EINZUG 01.01.27-07.01.27  BEZIRK MITTE + SUED    BENUTZER: EWO042  DRUCK 08.01.27 07:14
================================================================================================
{PF1}
================================================================================================
ANZAHL DATENSAETZE: 7   DAVON AUSLAND: 3   NACHBEARBEITUNG ERFORDERLICH: 0003, 0004 (KIND,
SORGEBERECHTIGTER ELTERNTEIL FEHLT)
LISTE ANGEFORDERT VON: [[P:KAMINSKI]]  /  FREIGABE: [[P:KAMINSKI]]  / VERSAND AN: STATISTIK (AMT 12)
------------------------------------------------------------------------------------------------
DRUCKJOB 4471-B  ARBEITSPLATZ BB-MITTE-07  OK.EWO V 9.4.2  *** NUR FUER DEN DIENSTGEBRAUCH ***
""",
    keep=[
        "BENUTZER: EWO042",
        "ARBEITSPLATZ BB-MITTE-07",
        "STATISTIK (AMT 12)",
        "NUR FUER DEN DIENSTGEBRAUCH",
        "DRUCKJOB 4471-B",
    ],
)

PF2 = aligned(
    (13, 22, 9, 28, 9, 10),
    ("KENNZEICHEN", "HALTER", "GEB", "ANSCHRIFT", "VERS-ENDE", "STATUS"),
    (
        "[[KFZ:HER-AB 1204]]",
        "[[P:ABRAMCZYK, ROBERT]]",
        "[[DOB:07.03.84]]",
        "[[STR:SODINGER STR 44]] [[LOC:44627]]",
        "31.12.26",
        "ANH. RAUS",
    ),
    (
        "[[KFZ:HER-ZZ 55]]",
        "[[P:BRUNS, KEVIN]]",
        "[[DOB:22.10.99]]",
        "[[STR:ROONSTR 7]] [[LOC:44629]]",
        "02.01.27",
        "ENTSTEMP.",
    ),
    (
        "[[KFZ:HER-EM 319]]",
        "[[P:EL MOUSSAOUI, SAMIR]]",
        "[[DOB:14.06.91]]",
        "[[STR:HAUPTSTR 290]] [[LOC:44649]]",
        "31.12.26",
        "ABGEMELDET",
    ),
    (
        "[[KFZ:WAN-K 88]]",
        "[[P:KUCHARSKI, ELZBIETA]]",
        "[[DOB:01.11.63]]",
        "[[STR:REICHSSTR 12]] [[LOC:44651]]",
        "05.01.27",
        "ANH. RAUS",
    ),
    (
        "[[KFZ:HER-TT 2023]]",
        "TAXI TEUTONIA GMBH",
        "",
        "SHAMROCKRING 10 44623",
        "31.12.26",
        "AUSSENDIENST",
    ),
    (
        "[[KFZ:HER-LM 610]]",
        "[[P:LUDWIG-MENDES, ANA]]",
        "[[DOB:29.02.88]]",
        "[[STR:EICKELER MARKT 3]] [[LOC:44651]]",
        "06.01.27",
        "AUSSENDIENST",
    ),
)

pii(
    "printout_footer",
    f"""
STADT HERNE - STRASSENVERKEHRSAMT / ZULASSUNG         i-KFZ PLUS      ZWANGSABMELDUNG § 25 FZV
LISTE: VERSICHERUNGSANZEIGEN OHNE NEUEN NACHWEIS    STAND 11.01.2027  BLATT 1/1
SACHB.: [[P:WROBEL]]        TERMINAL: ZUL07        JOB-ID: FZV25-0111
--------------------------------------------------------------------------------------------
{PF2}
--------------------------------------------------------------------------------------------
SUMME: 6 FAHRZEUGE   ANHOERUNG RAUS: 2   AUSSENDIENST: 2   ERLEDIGT: 2
HINWEIS: TAXI TEUTONIA GMBH IST FIRMENFAHRZEUG (HRB 4418 AG BOCHUM) - KEINE ANHOERUNG
NATUERLICHER PERSON, BESCHEID AN GESCHAEFTSFUEHRUNG.
AUSSENDIENST-AUFTRAG AN KOD (ENTSTEMPELUNG): [[KFZ:HER-TT 2023]], [[KFZ:HER-LM 610]] / ZUSTAENDIG: [[P:WROBEL]]
--------------------------------------------------------------------------------------------
GEDRUCKT VON: ZUL07 ([[P:WROBEL]])   AM 11.01.2027 08:03   SEITE 1   i-KFZ 5.11 / FZV25-0111
""",
    keep=[
        "TERMINAL: ZUL07",
        "TAXI TEUTONIA GMBH",
        "HRB 4418 AG BOCHUM",
        "SHAMROCKRING 10 44623",
        "JOB-ID: FZV25-0111",
    ],
)

PF3 = aligned(
    (4, 26, 11, 30, 24, 16),
    ("Nr", "Schüler/in", "Geb.", "Erziehungsberechtigte", "Notfall-Tel.", "Bemerkung"),
    (
        "1",
        "[[P:Akgül, Derin]]",
        "[[DOB:14.03.2013]]",
        "[[P:Akgül, Serap]]",
        "[[TEL:0176 88213054]]",
        "",
    ),
    (
        "2",
        "[[P:Bartsch, Finn-Luca]]",
        "[[DOB:02.11.2012]]",
        "[[P:Bartsch, Melanie]]",
        "[[TEL:0231 4478120]]",
        "Asthma-Spray",
    ),
    (
        "3",
        "[[P:Benali, Yassin]]",
        "[[DOB:29.06.2013]]",
        "[[P:Benali, Karim]] / [[P:Nadia]]",
        "[[TEL:0157 72095516]]",
        "kein Schwimmen",
    ),
    (
        "4",
        "[[P:Dąbrowski, Kacper]]",
        "[[DOB:18.01.2013]]",
        "[[P:Dąbrowska, Joanna]]",
        "[[TEL:0152 33811406]]",
        "",
    ),
    (
        "5",
        "[[P:Ferreira, Lucas]]",
        "[[DOB:07.08.2012]]",
        "[[P:Ferreira, Paulo]]",
        "[[TEL:0231 5561932]]",
        "",
    ),
    (
        "6",
        "[[P:Hoang, Bao Chau]]",
        "[[DOB:23.04.2013]]",
        "[[P:Hoang, Minh Tri]]",
        "[[TEL:0163 9047712]]",
        "Dolmetsch. Vietn.",
    ),
    (
        "7",
        "[[P:Jankowski, Mia]]",
        "[[DOB:11.12.2012]]",
        "[[P:Bauer, Nicole]] (Pflegemutter)",
        "[[TEL:0172 6620483]]",
        "Vormund JA",
    ),
    (
        "8",
        "[[P:Kuhn, Emma]]",
        "[[DOB:30.09.2013]]",
        "[[P:Kuhn, Stefan]]",
        "[[TEL:0231 1879045]]",
        "",
    ),
)

pii(
    "printout_footer",
    f"""
SchILD-NRW  Städt. Gesamtschule Scharnhorst, Dortmund          Notfallliste Klasse 7d  (Auszug)
Schuljahr 2026/27  1. Halbjahr        Klassenleitung: [[P:Terhorst-Ekinci]] / [[P:Wrobel]]     Raum B 2.14
--------------------------------------------------------------------------------------------------
{PF3}
--------------------------------------------------------------------------------------------------
Nur für Wandertag/Klassenfahrt 9.–12.03.2027 (Jugendherberge Hardehausen). Liste nach der Fahrt
vernichten. Fahrtbegleitung: [[P:Terhorst-Ekinci]], [[P:Wrobel]], Schulbegleiterin Fr. [[P:Sęk]] (für Nr. 6).
Sekretariat 0231 50-28760 · Abwesenheiten an sekretariat.gesamtschule-scharnhorst@stadtdo.de
--------------------------------------------------------------------------------------------------
Gedruckt: 28.01.2027 13:52 · Benutzer: [[P:terhorst-ekinci_a]] · Vorlage NOTF_02 · Seite 1 von 1
""",
    keep=[
        "Notfallliste Klasse 7d",
        "Jugendherberge Hardehausen",
        "Sekretariat 0231 50-28760",
        "sekretariat.gesamtschule-scharnhorst@stadtdo.de",
        "Vorlage NOTF_02",
    ],
)

PF4 = aligned(
    (18, 26, 9, 31, 11, 12),
    ("KASSENZEICHEN", "SCHULDNER", "GEB", "ANSCHRIFT", "FORDERUNG", "MASSNAHME"),
    (
        "[[AZ:5.1102.447812.3]]",
        "[[P:BECKMANN, TORSTEN]]",
        "[[DOB:12.05.71]]",
        "[[STR:BURGHOLZSTR 19]], [[LOC:44145 DO]]",
        "1.842,10",
        "KONTOPF.",
    ),
    ("", "", "", "", "", "VAP 29.01."),
    (
        "[[AZ:5.1102.451009.8]]",
        "[[P:CEYLAN, GÖKHAN]]",
        "[[DOB:01.09.88]]",
        "[[STR:OESTERHOLZSTR 60]], [[LOC:44145 DO]]",
        "311,50",
        "RATENZ.",
    ),
    (
        "[[AZ:5.1102.460315.1]]",
        "[[P:FRANZ-WOJAK, HEIKE]]",
        "[[DOB:17.02.66]]",
        "[[STR:BORSIGSTR 3]], [[LOC:44145 DO]]",
        "4.006,00",
        "VOLLSTR.",
    ),
    (
        "5.1102.461877.0",
        "BAUDECOR ENGELS KG",
        "",
        "WESTFALIASTR 6, 44149 DO",
        "12.880,00",
        "INSO-PRÜF.",
    ),
    (
        "[[AZ:5.1102.470002.4]]",
        "[[P:ISLAMI, BEKIM]]",
        "[[DOB:30.03.93]]",
        "[[STR:HEILIGEGARTENSTR 21]], [[LOC:44141 DO]]",
        "96,00",
        "MAHNUNG",
    ),
)

pii(
    "printout_footer",
    f"""
STADT DORTMUND - STADTKASSE - VOLLSTRECKUNG    RUECKSTANDSLISTE BEZIRK NORD (AUSZUG)   BLATT 2
LAUF: VK0815  STICHTAG 31.01.2027   Bearbeiter: [[P:hoelscher_m]]   Verfahren: NKF-VOLL 3.2
--------------------------------------------------------------------------------------------------
{PF4}
--------------------------------------------------------------------------------------------------
UEBERTRAG BLATT 1:  61.220,35   SUMME BLATT 2:  19.135,60   GESAMT:  80.355,95
HINWEIS: BAUDECOR ENGELS KG (HRA 17211, AG DORTMUND) IST KEINE NATUERLICHE PERSON -> ABT. 21.3
VOLLSTRECKUNGSAUSSENDIENST: [[P:PAPADOPOULOS]] (REVIER 4), [[P:MERTENS]] (REVIER 5)
RUECKFRAGEN: [[P:M. Hölscher]], TEL. [[TEL:0231 50-24433]], [[MAIL:mhoelscher@stadtdo.de]]
--------------------------------------------------------------------------------------------------
GEDRUCKT 01.02.2027 06:40  AUFTRAG VK0815  USER [[P:hoelscher_m]]  DRUCKER KASSE-OG2  SEITE 2 VON 5
""",
    keep=[
        "LAUF: VK0815",
        "BAUDECOR ENGELS KG",
        "HRA 17211, AG DORTMUND",
        "GESAMT:  80.355,95",
        "DRUCKER KASSE-OG2",
    ],
)

IBAN_PF5_1 = make_iban("DE", "45250013" + "0004127733", spaced=False)
IBAN_PF5_2 = make_iban("DE", "43050000" + "0055218940", spaced=False)
IBAN_PF5_3 = make_iban("DE", "44010046" + "0511287706", spaced=False)
IBAN_PF5_4 = make_iban("DE", "45250013" + "0000390154", spaced=False)
IBAN_PF5_CO = make_iban("DE", "45250035" + "0000018814", spaced=False)

PF5 = aligned(
    (17, 24, 24, 23, 9),
    ("WG-NR", "EMPFAENGER", "ANSCHRIFT", "IBAN", "BETRAG"),
    (
        "[[AZ:WG-0954-2026-118]]",
        "[[P:ARSLAN, HAKAN]]",
        "[[STR:HERBEDER STR 12]]",
        f"[[IBAN:{IBAN_PF5_1}]]",
        "212,00",
    ),
    (
        "[[AZ:WG-0954-2026-140]]",
        "[[P:BOGDANOVIC, JELENA]]",
        "[[STR:AUGUSTASTR 31]]",
        f"[[IBAN:{IBAN_PF5_2}]]",
        "389,00",
    ),
    (
        "[[AZ:WG-0954-2026-177]]",
        "WOHNUNGSGEN. WITTEN-",
        "SCHILLERSTR 15",
        IBAN_PF5_CO,
        "441,00",
    ),
    ("", "SUED EG (MIETER [[P:KRAUSE, H.]])", "", "", ""),
    (
        "[[AZ:WG-0954-2027-003]]",
        "[[P:MEYER-OSEI, AKOSUA]]",
        "[[STR:RUHRDEICH 40]]",
        f"[[IBAN:{IBAN_PF5_3}]]",
        "156,00",
    ),
    (
        "[[AZ:WG-0954-2027-009]]",
        "[[P:SCHWIDERSKI, OTTO]]",
        "[[STR:STEINHAUSENSTR 2]]",
        f"[[IBAN:{IBAN_PF5_4}]]",
        "98,00",
    ),
)

pii(
    "printout_footer",
    f"""
STADT WITTEN  FB 5.3 WOHNGELD      ZAHLLISTE NEUBEWILLIGUNGEN / ERSTZAHLUNG      FAELLIG 01.02.2027
MANDANT 0954   BENUTZER: [[P:SCHIMANSKI]]   ARBEITSPLATZ WGH03   PROGRAMM WOGE-ZL   SEITE 1/1
====================================================================================================
{PF5}
====================================================================================================
ANZAHL: 5   SUMME: 1.296,00 EUR   ANWEISUNG AN STADTKASSE (HAUSHALTSSTELLE 3120.01)
ZEILE 3: ZAHLUNG AN VERMIETER WEGEN ABTRETUNG DURCH DEN MIETER, IBAN DER GENOSSENSCHAFT
ZEICHNUNG: [[P:SCHIMANSKI]] (SB) / GEGENZEICHNUNG: WGH01 (4-AUGEN-PRINZIP) / KASSE: KA-BUCH7
====================================================================================================
DRUCK 27.01.2027 15:22 DURCH [[P:SCHIMANSKI]]  -  *** ZAHLUNGSRELEVANT - NICHT WEITERGEBEN ***
""",
    keep=[
        "ARBEITSPLATZ WGH03",
        "HAUSHALTSSTELLE 3120.01",
        "GEGENZEICHNUNG: WGH01",
        IBAN_PF5_CO,
        "SUMME: 1.296,00 EUR",
    ],
)

PF6 = aligned(
    (6, 34, 30, 12, 24),
    ("ART", "BETRIEB / INHABER", "BETRIEBSSTAETTE", "REGISTER", "TAETIGKEIT"),
    (
        "AN",
        "Kiosk am Lambertusplatz",
        "[[STR:Lambertusplatz 3]]",
        "",
        "Einzelh. Tabak/Getr.",
    ),
    ("", "Inh. [[P:Sivakumar, Tharshan]]", "", "", ""),
    (
        "AN",
        "[[P:Weidemann]] Haustechnik e.K.",
        "[[STR:Bahnhofstr. 81]]",
        "[[HR:HRA 2291]]",
        "Installateurhandwerk",
    ),
    ("", "Inh. [[P:Weidemann, Sven]], geb. [[DOB:04.06.1979]]", "", "", ""),
    (
        "UM",
        "Rheinruhr Energie Service GmbH",
        "Westring 220",
        "HRB 31877",
        "Energieberatung",
    ),
    ("", "GF: wird nicht geführt (jur. Person)", "", "", ""),
    (
        "AB",
        "Nail Studio [[P:Tran]]",
        "[[STR:Münsterplatz 9]]",
        "",
        "Kosmetik",
    ),
    ("", "Inh. [[P:Tran, Thi Ngoc Anh]], geb. [[DOB:12.12.1992]]", "", "", ""),
    (
        "AN",
        "Umzüge [[P:Marinescu]] e.K.",
        "[[STR:Habinghorster Str. 64a]]",
        "[[HR:HRA 2307]]",
        "Umzugs- und Transport",
    ),
    ("", "Inh. [[P:Marinescu, Gheorghe]], Tel. [[TEL:0176 30055721]]", "", "", ""),
)

pii(
    "printout_footer",
    f"""
STADT CASTROP-RAUXEL – ORDNUNG UND GEWERBE        GEWERBEMELDUNGEN JANUAR 2027 (AUSZUG SEITE 3)
Verfahren: GEWAN-NRW 2.8    Mandant CR    Sachb.: [[P:ROGGENKAMP]]    Abfrage-Nr. GEW011-0127
--------------------------------------------------------------------------------------------------
{PF6}
--------------------------------------------------------------------------------------------------
AN = Anmeldung  UM = Ummeldung  AB = Abmeldung · alle Betriebsstätten 4457x Castrop-Rauxel
Weitergabe nach § 14 Abs. 8 GewO an IHK, HWK, Finanzamt Castrop-Rauxel, Berufsgenossenschaft.
Bei e.K.: Register-Nr. und Inhaber personenbezogen – Auszug NICHT an Wirtschaftsförderung!
Rückfragen Gewerbeamt: gewerbe@castrop-rauxel.de · Sachb. [[P:Roggenkamp]], Tel. [[TEL:02305 106-2318]]
--------------------------------------------------------------------------------------------------
erstellt 01.02.2027 09:12 · Benutzer [[P:ROGGENKAMP]] (GEW011) · Seite 3 von 4
""",
    keep=[
        "Rheinruhr Energie Service GmbH",
        "HRB 31877",
        "§ 14 Abs. 8 GewO",
        "Abfrage-Nr. GEW011-0127",
        "gewerbe@castrop-rauxel.de",
    ],
)


# ---------------------------------------------------------------------------------------------
# Transposed tables: persons as columns, key-value pairs inside rows, Datensatz blocks (pii)
# ---------------------------------------------------------------------------------------------

TK1 = piped(
    (16, 24, 24, 22),
    ("", "Mutter", "Vater", "Kind"),
    ("Familienname", "[[P:Lehmann]]", "[[P:Osei-Bonsu]]", "[[P:Lehmann]]"),
    ("Vorname(n)", "[[P:Jacqueline Marie]]", "[[P:Kwabena]]", "[[P:Amara Sophie]]"),
    ("Geburtsdatum", "[[DOB:23.08.1999]]", "[[DOB:16.04.1994]]", "[[DOB:02.01.2027]]"),
    ("Geburtsort", "[[LOC:Gladbeck]]", "[[LOC:Kumasi]]", "[[LOC:Gelsenkirchen]]"),
    ("Staatsangeh.", "deutsch", "ghanaisch", "deutsch"),
    ("Anschrift", "[[STR:Ückendorfer Str. 118]]", "[[STR:Wanner Str. 44]]", "wie Mutter"),
    ("", "[[LOC:45886 Gelsenkirchen]]", "[[LOC:45888 Gelsenkirchen]]", ""),
    ("Ausweis", f"PA [[ID:{id_card('L4HG72M09')}]]", "Pass GHA [[PASS:G2871540]]", "–"),
    ("Telefon", "[[TEL:0177 3390517]]", "[[TEL:0152 04471188]]", ""),
)

pii(
    "transposed_kv",
    f"""
Referat Kinder, Jugend und Familie Gelsenkirchen – Beistandschaften / Beurkundungen
Urkundenvorbereitung: Vaterschaftsanerkennung und Sorgeerklärung     UR-Nr. [[AZ:51.7-UR 0041/2027]]
Termin: 08.02.2027, 10:30 Uhr, Raum 2.17 (Urkundsperson: [[P:Ehlert]])

{TK1}

Vorprüfung:
- Mutter nicht verheiratet (Ledigkeitsbescheinigung entbehrlich, Angabe genügt), keine
  vorherige Vaterschaft. Geburt beim Standesamt Gelsenkirchen angezeigt, Beurkundung ausgesetzt,
  bis die Anerkennung vorliegt.
- Vater: Aufenthaltserlaubnis nach § 18b AufenthG, eAT liegt vor; Prüfung nach § 85a AufenthG
  nicht erforderlich (eigenes Aufenthaltsrecht unabhängig vom Kind).
- Sorgeerklärung gemeinsam gewünscht. Namensbestimmung: Kind soll „[[P:Lehmann]]“ behalten.
- Dolmetscher nicht nötig (Vater spricht Deutsch B2); Oma mütterlicherseits [[P:Petra Lehmann]] kommt
  als Begleitung mit.

Nach der Beurkundung: Ausfertigungen an Standesamt, Mutter, Vater; Mitteilung an die
Elterngeldstelle nur auf Wunsch. Kostenfrei (§ 64 SGB X).
Rückfragen: [[P:Ehlert]], Tel. [[TEL:0209 169-5731]] · beurkundungen@gelsenkirchen.de
""",
    keep=[
        "Vaterschaftsanerkennung und Sorgeerklärung",
        "§ 85a AufenthG",
        "beurkundungen@gelsenkirchen.de",
        "Raum 2.17",
        "§ 64 SGB X",
    ],
    allow=("Gelsenkirchen",),
)

pii(
    "transposed_kv",
    """
Ausländerbehörde Herne – Familiennachzug – Übersicht für die Vorabzustimmung (§ 31 AufenthV)
Vorgang [[AZ:32.3-FN-0207/26]], Referenzperson: [[P:Haddad, Rami]], Tel. [[TEL:0174 5512098]]

Ref.P.  | Name          | [[P:Haddad]]          | Vorname     | [[P:Rami]]         | Aufenthalt | [[LOC:Herne]]
Ehefrau | Name          | [[P:Haddad]]          | Vorname     | [[P:Lina]]         | Aufenthalt | [[LOC:Beirut]]
Kind 1  | Name          | [[P:Haddad]]          | Vorname     | [[P:Jad]]          | Aufenthalt | [[LOC:Beirut]]
Kind 2  | Name          | [[P:Haddad]]          | Vorname     | [[P:Maya]]         | Aufenthalt | [[LOC:Beirut]]
Vater   | Name          | [[P:Kowalski]]        | Vorname     | [[P:Andrzej]]      | Aufenthalt | [[LOC:Plauen]]

Ref.P.  | geb.          | [[DOB:11.02.1988]]    | Pass        | [[PASS:RL2290471]]    | StA        | lib./dt.
Ehefrau | geb.          | [[DOB:30.05.1991]]    | Pass        | [[PASS:RL3318846]]    | StA        | libanesisch
Kind 1  | geb.          | [[DOB:14.09.2016]]    | Pass        | [[PASS:RL3318850]]    | StA        | libanesisch
Kind 2  | geb.          | [[DOB:01.03.2020]]    | Pass        | [[PASS:RL3318851]]    | StA        | libanesisch
Vater   | geb.          | [[DOB:09.07.1960]]    | Pass        | –            | StA        | deutsch

Anmerkungen der Sachbearbeitung:
„Ref.P.“ ist die Referenzperson (seit 2021 deutsch durch Einbürgerung, libanesische
Staatsangehörigkeit beibehalten). Die „Vater“-Zeile betrifft den Stiefvater der
Referenzperson, der als Verpflichtungsgeber (§ 68 AufenthG) für den Lebensunterhalt bürgt – er
lebt in [[LOC:Plauen]], die Verpflichtungserklärung hat die Stadt Plauen aufgenommen.
Wohnung der Referenzperson: [[STR:Edmund-Weber-Str. 172]], [[LOC:44651 Herne]], 4 Zimmer, 92 m² – ausreichend.
Einkommen: Pflegefachmann, Marienhospital Herne, netto ca. 2.900 €.

Vorabzustimmung an die Deutsche Botschaft Beirut per Fax 30.01.2027 erteilt.
[[P:Kleinschmidt]], Ausländerbehörde Herne, Durchwahl [[TEL:02323 16-2650]]
""",
    keep=[
        "§ 31 AufenthV",
        "§ 68 AufenthG",
        "Deutsche Botschaft Beirut",
        "Marienhospital Herne",
        "Verpflichtungsgeber",
    ],
    allow=("Herne", "Plauen", "Beirut"),
)

TAX_TK3_1 = tax_id("6140382956", spaced=True)
TAX_TK3_2 = tax_id("1957304821")
TAX_TK3_3 = tax_id("8426017358")
RV_TK3_1 = rv_number("15", "230365", "B", "56")
RV_TK3_3 = rv_number("53", "100772", "B", "08", spaced=False)

TK3 = "\n\n".join(
    (
        "Datensatz 1 von 3\n"
        + dotted(
            22,
            ("Name, Vorname", "[[P:Brinkmann, Ulrike]] geb. [[P:Bergmann]]"),
            ("Geburtsdatum", "[[DOB:23.03.1965]]"),
            ("Anschrift", "[[STR:Annenstr. 112]], [[LOC:58453 Witten]]"),
            ("Verwandtschaft", "Tochter"),
            ("Arbeitgeber", "Evangelisches Krankenhaus Witten gGmbH"),
            ("Steuer-ID", f"[[TAX:{TAX_TK3_1}]]"),
            ("RV-Nummer", f"[[RV:{RV_TK3_1}]]"),
            ("Familienstand", "verh., Ehemann [[P:Brinkmann, Jörg]] (Einkommen anzufragen)"),
        ),
        "Datensatz 2 von 3\n"
        + dotted(
            22,
            ("Name, Vorname", "[[P:Bergmann, Frank]]"),
            ("Geburtsdatum", "[[DOB:02.11.1967]]"),
            ("Anschrift", "[[STR:Am Eichholz 5]], [[LOC:44801 Bochum]]"),
            ("Verwandtschaft", "Sohn"),
            ("Arbeitgeber", "selbständig (Malerbetrieb [[P:Bergmann]] e.K., [[HR:HRA 9983]])"),
            ("Steuer-ID", f"[[TAX:{TAX_TK3_2}]]"),
            ("RV-Nummer", "– (nicht rentenversicherungspflichtig)"),
            ("Familienstand", "geschieden, 2 Kinder unterhaltsberechtigt"),
        ),
        "Datensatz 3 von 3\n"
        + dotted(
            22,
            ("Name, Vorname", "[[P:Bergmann, Nils]]"),
            ("Geburtsdatum", "[[DOB:10.07.1972]]"),
            ("Anschrift", "[[STR:Stolberger Str. 8]], [[LOC:50933 Köln]]"),
            ("Verwandtschaft", "Sohn"),
            ("Arbeitgeber", "Rheinbahn-Service Köln GmbH"),
            ("Steuer-ID", f"[[TAX:{TAX_TK3_3}]]"),
            ("RV-Nummer", f"[[RV:{RV_TK3_3}]]"),
            ("Familienstand", "ledig"),
        ),
    )
)

pii(
    "transposed_kv",
    f"""
Stadt Witten – Amt für Soziales – Hilfe zur Pflege – Elternunterhalt (§ 94 Abs. 1a SGB XII)
Leistungsberechtigte: [[P:Bergmann, Gerda]], geb. [[DOB:17.09.1939]], Az. [[AZ:50.4-HzP-0311/26]]
Einrichtung: Altenzentrum St. Josef, Witten-Annen, seit 01.10.2026

Ermittelte Kinder (Auskunftsersuchen nach § 117 SGB XII, Auszug aus der Fallakte):

{TK3}

Prüfung: Unterhaltsheranziehung nur bei Jahreseinkommen über 100.000 € je Kind (§ 94 Abs. 1a
SGB XII). Vermutung gilt; Anhaltspunkte für Überschreitung nur beim Sohn [[P:Frank]]
(Betriebsinhaber) – Einkommensteuerbescheide 2024/2025 anfordern.

Sachbearbeitung: [[P:Kreienbaum]], Tel. [[TEL:02302 581-5246]], [[MAIL:s.kreienbaum@stadt-witten.de]]
""",
    keep=[
        "§ 94 Abs. 1a SGB XII",
        "Altenzentrum St. Josef",
        "Rheinbahn-Service Köln GmbH",
        "Evangelisches Krankenhaus Witten gGmbH",
        "§ 117 SGB XII",
    ],
)

TK4 = aligned(
    (18, 22, 22, 20, 20),
    ("", "Person 1", "Person 2", "Person 3", "Person 4"),
    (
        "Familienname",
        "[[P:Nowakowski]]",
        "[[P:Nowakowska]]",
        "[[P:Nowakowski]]",
        "[[P:Nowakowska]]",
    ),
    ("Vornamen", "[[P:Grzegorz]]", "[[P:Aleksandra Ewa]]", "[[P:Igor]]", "[[P:Hanna]]"),
    ("Geburtsname", "–", "[[P:Sobczak]]", "–", "–"),
    (
        "Geburtsdatum",
        "[[DOB:08.12.1980]]",
        "[[DOB:19.05.1983]]",
        "[[DOB:27.10.2014]]",
        "[[DOB:13.02.2019]]",
    ),
    ("Geburtsort", "[[LOC:Bytom]]", "[[LOC:Katowice]]", "[[LOC:Bochum]]", "[[LOC:Bochum]]"),
    (
        "Dokument alt",
        f"PA [[ID:{id_card('T22K0RLC7')}]]",
        f"PA [[ID:{id_card('T22K0RLF3')}]]",
        "KRP abgel.",
        "–",
    ),
    ("beantragt", "Reisepass", "Reisepass", "Personalausw.", "Kinderreisepass"),
    ("Größe", "184 cm", "168 cm", "151 cm", "–"),
    ("Augenfarbe", "grau", "braun", "grau", "–"),
)

pii(
    "transposed_kv",
    f"""
Von: [[MAIL:g.nowakowski@t-online.de]]
An: buergerbuero@bochum.de
Betreff: Termin 11.02. Bürgerbüro Mitte – Daten für 4 Anträge vorab

Sehr geehrte Damen und Herren,

wie am Telefon besprochen schicke ich die Daten für unsere vier Anträge schon vorher, damit es
am Termin schneller geht (Termin-Nr. 7741, 11.02.2027, 9:20 Uhr). Ich habe es wie eine Tabelle
geschrieben, jede Person ist eine Spalte:

{TK4}

Wir wohnen alle in der [[STR:Wielandstr. 33]], [[LOC:44791 Bochum]]. Meine Frau und ich haben noch
die polnische Staatsangehörigkeit dazu, die Kinder auch. Für [[P:Hanna]] bringen wir die
Geburtsurkunde vom Standesamt mit. [[P:Igor]] ist 12 und bekommt zum ersten Mal einen
Personalausweis. Biometrische Fotos machen wir beim Fotografen (Fotostudio am Husemannplatz).

Für Rückfragen: [[TEL:0163 2298104]]

Mit freundlichen Grüßen
[[P:Grzegorz Nowakowski]]
""",
    keep=[
        "buergerbuero@bochum.de",
        "Termin-Nr. 7741",
        "Kinderreisepass",
        "Fotostudio am Husemannplatz",
        "Augenfarbe",
    ],
)

TK5 = piped(
    (14, 23, 23, 21, 21),
    ("", "Eheschließende 1", "Eheschließende 2", "Trauzeugin", "Trauzeuge"),
    ("Name", "[[P:Demirtaş]]", "[[P:Hoffmeister]]", "[[P:Demirtaş]]", "[[P:Wallraf]]"),
    ("Vorname", "[[P:Aylin]]", "[[P:Niklas]]", "[[P:Sibel]]", "[[P:Torben]]"),
    (
        "geb. am",
        "[[DOB:03.10.1995]]",
        "[[DOB:28.06.1993]]",
        "[[DOB:15.01.1998]]",
        "[[DOB:04.04.1992]]",
    ),
    ("in", "[[LOC:Dortmund]]", "[[LOC:Lünen]]", "[[LOC:Dortmund]]", "[[LOC:Unna]]"),
    (
        "Wohnort",
        "[[LOC:44139 Dortmund]]",
        "[[LOC:44139 Dortmund]]",
        "[[LOC:44388 Dortmund]]",
        "[[LOC:59423 Unna]]",
    ),
    (
        "Ausweis",
        f"PA [[ID:{id_card('LF7NM2R41')}]]",
        f"PA [[ID:{id_card('LH03X9KT5')}]]",
        "bei Termin",
        "bei Termin",
    ),
    ("Name n. Ehe", "[[P:Hoffmeister]]", "[[P:Hoffmeister]]", "", ""),
)

pii(
    "transposed_kv",
    f"""
Standesamt Dortmund – Eheschließungen – Trauvorbereitung
Vorgang [[AZ:E 2027/0388]] · Trautermin 19.03.2027, 11:30 Uhr, Trauzimmer Schloss Bodelschwingh
Standesbeamtin: [[P:Weißenfels]]

{TK5}

Anmeldung der Eheschließung am 12.01.2027 vollständig, Ehefähigkeit geprüft (beide ledig).
Gemeinsame Wohnung: [[STR:Kreuzstr. 61]], [[LOC:44139 Dortmund]].
Ehename: Geburtsname des Mannes, Erklärung bei der Trauung. Die Braut behält ihren Namen nicht
als Begleitnamen.
Sonderwünsche: Zweisprachige Trauung (dt./türk.) nicht möglich, Dolmetscherin Fr. [[P:Karakaya]]
wird als Gast zugelassen und übersetzt frei. Musik vom Band, Fotograf zugelassen.
Gebühr Trauung außerhalb der Öffnungszeiten/Außenstelle: 210,00 € (bezahlt am 14.01.2027).

Kontakt Paar: [[TEL:0176 81124409]] ([[P:Aylin]]), [[MAIL:niklas.hoffmeister@gmail.com]]
Rückfragen: trauungen@stadtdo.de · Servicetelefon Standesamt 0231 50-0
""",
    keep=[
        "Trauzimmer Schloss Bodelschwingh",
        "trauungen@stadtdo.de",
        "210,00 €",
        "Servicetelefon Standesamt 0231 50-0",
        "Trautermin 19.03.2027",
    ],
    allow=("Dortmund",),
)

TK6 = "\n".join(
    (
        "---- Datensatz 1/3 ----------------------------------------------",
        dotted(
            20,
            ("Name", "[[P:JOVANOVIC, Dragan]]"),
            ("geb.", "[[DOB:22.09.1968]]"),
            ("letzte Anschrift", "[[STR:Bahnhofstr. 129]], [[LOC:44575 Castrop-Rauxel]]"),
            ("Räumung", "29.01.2027 (Gerichtsvollzieher, [[AZ:DR II 118/27]])"),
            ("Zuweisung", "Notunterkunft Westring, Zi. 4"),
            ("Angehörige", "Schwester [[P:Milena Jovanović]], [[LOC:Kragujevac]]"),
        ),
        "---- Datensatz 2/3 ----------------------------------------------",
        dotted(
            20,
            ("Name", "[[P:REUTER, Kevin]] + [[P:REUTER, Jessica]]"),
            ("geb.", "[[DOB:17.04.1990]] / [[DOB:06.06.1992]]"),
            ("letzte Anschrift", "[[STR:Ickerner Str. 58]], [[LOC:44581 Castrop-Rauxel]]"),
            ("Räumung", "31.01.2027 (Mietrückstand)"),
            ("Zuweisung", "Obdachlosenwohnung Leveringhauser Str., Whg. 2"),
            ("Kinder", "[[P:Leon]] (*[[DOB:2015]]), [[P:Lia]] (*[[DOB:2021]])"),
        ),
        "---- Datensatz 3/3 ----------------------------------------------",
        dotted(
            20,
            ("Name", "[[P:MBAYE, Ousmane]]"),
            ("geb.", "[[DOB:01.01.1979]]"),
            ("letzte Anschrift", "ohne festen Wohnsitz, postalisch c/o Diakonie, Lönsstr. 9"),
            ("Räumung", "–"),
            ("Zuweisung", "Notunterkunft Westring, Zi. 7"),
            ("Aufenthalt", "Duldung, AZR-Nr. [[AZ:151104399812]], ABH Kreis RE"),
        ),
    )
)

pii(
    "transposed_kv",
    f"""
Stadt Castrop-Rauxel – Bereich Soziales – Obdachlosenhilfe
Belegungsübersicht Neuzugänge KW 05/2027 (Export aus OBDA, Ansicht „Datensatz“)

{TK6}

Hinweise:
- Notunterkunft Westring ist voll belegt (12/12), Neuzugänge ab sofort nach Leveringhauser Str.
- Nutzungsgebühr nach Satzung 8,40 € pro Tag und Person; Anträge auf Übernahme durch das
  Jobcenter für Datensatz 2 gestellt.
- Für Hr. [[P:Mbaye]] Kontakt zur Ausländerbehörde des Kreises wegen Wohnsitzauflage.

Bearbeitung: [[P:Göbel]] (Tel. [[TEL:02305 106-2419]]) – Vertretung [[P:Sahin]]; Rufbereitschaft
außerhalb der Dienstzeit über die Feuerwehr-Leitstelle 02305 106-112.
""",
    keep=[
        "Notunterkunft Westring",
        "8,40 € pro Tag und Person",
        "Feuerwehr-Leitstelle 02305 106-112",
        "c/o Diakonie, Lönsstr. 9",
        "Obdachlosenwohnung Leveringhauser Str.",
    ],
)


# ---------------------------------------------------------------------------------------------
# Citizens' letters (pii)
# ---------------------------------------------------------------------------------------------

IBAN_L1 = make_iban("DE", "42050001" + "0102448831")

pii(
    "letter",
    f"""
[[P:Hüseyin Çelik]]
[[STR:Ahstr. 22, 3. Etage]]
[[LOC:45879 Gelsenkirchen]]
Tel. [[TEL:0176 41920385]]

Stadt Gelsenkirchen
Wohngeldstelle
Vattmannstraße 2–8
45879 Gelsenkirchen                                          Gelsenkirchen, 26.01.2027

Widerspruch gegen den Wohngeldbescheid vom 11.01.2027, Aktenzeichen [[AZ:WG 5001-2026-4417]]

Sehr geehrte Damen und Herren,

hiermit lege ich Widerspruch gegen den oben genannten Bescheid ein. Sie haben das Einkommen
meines Sohnes [[P:Mert]] (geb. [[DOB:02.05.2007]]) mitgerechnet, aber er ist seit dem 01.12.2026 nicht
mehr bei uns, er wohnt jetzt in [[LOC:Duisburg]] bei seinem Ausbildungsbetrieb im Wohnheim. Die
Ummeldung hat er am 03.12. gemacht, die Meldebescheinigung lege ich bei.

Außerdem ist meine Mutter, [[P:Emine Çelik]] (geb. [[DOB:01.07.1946]]), seit Oktober
pflegebedürftig und wohnt bei uns. Sie bekommt nur eine kleine Rente aus der Türkei (ca. 180 €).
Sie muss als Haushaltsmitglied gezählt werden. Meine Frau [[P:Gülay]] und unsere Tochter [[P:Zeynep]]
(geb. [[DOB:17.11.2012]]) sind unverändert.

Bitte berechnen Sie das Wohngeld neu und zahlen Sie die Nachzahlung auf unser Konto:
IBAN [[IBAN:{IBAN_L1}]], Kontoinhaber [[P:Hüseyin Çelik]].

Wenn Sie Fragen haben, können Sie auch meine Tochter anrufen, sie spricht besser Deutsch:
[[P:Zeynep Çelik]], [[TEL:0157 86633021]] (ab 14 Uhr, wegen Schule).

Mit freundlichen Grüßen

[[P:H. Çelik]]
[[P:Hüseyin Çelik]]

Anlagen: Meldebescheinigung [[P:Mert Çelik]], Rentenbescheid SGK (Kopie), Pflegegrad-Bescheid
""",
    keep=[
        "Vattmannstraße 2–8",
        "Widerspruch gegen den Wohngeldbescheid",
        "Rentenbescheid SGK",
        "Wohngeldstelle",
        "Pflegegrad-Bescheid",
    ],
    allow=("45879 Gelsenkirchen",),
)

pii(
    "letter",
    """
[[P:Khidir Murad]]
[[STR:Hauptstr. 187]]
[[LOC:44651 Herne]]
[[MAIL:khidir.murad1979@gmail.com]]

An die Ausländerbehörde der Stadt Herne
– Familiennachzug –                                              Herne, 30. Januar 2027

Ihr Zeichen: [[AZ:32.3-FN-0166/25]] – meine Frau und meine Kinder im Irak

Sehr geehrte Frau [[P:Kleinschmidt]],

ich bin Jeside aus [[LOC:Shingal]] und lebe seit 2016 in Herne. Im Mai 2025 habe ich den
Familiennachzug für meine Frau und unsere drei Kinder beantragt. Die Familie lebt immer noch im
Camp in [[LOC:Dohuk]], die Lage dort ist sehr schwer. Die Botschaft in Erbil sagt, sie warten auf
Ihre Zustimmung.

Meine Frau: [[P:Nadia Khalaf]], geb. [[DOB:01.07.1987]], Reisepass IRQ Nr. [[PASS:A14903377]]
Kinder: [[P:Dilvin]] (geb. [[DOB:12.03.2009]]), [[P:Shêrzad]] (geb. [[DOB:01.01.2012]]), [[P:Rojîn]] (geb. [[DOB:20.08.2014]])

Ich habe jetzt eine größere Wohnung gefunden (3 Zimmer, 78 m²) in der [[STR:Cranger Str. 298]],
[[LOC:44653 Herne]], Umzug am 15.03.2027. Den Mietvertrag schicke ich mit. Ich arbeite in Vollzeit als
Lagerist bei Emschertal Logistik GmbH und verdiene 2.350 € netto. Die Lohnzettel der letzten
sechs Monate sind auch dabei.

Bitte sagen Sie mir, ob noch etwas fehlt. Mein Bruder [[P:Sleman Murad]] kann auch für den
Lebensunterhalt unterschreiben, er wohnt in [[LOC:Bielefeld]] (Tel. [[TEL:0521 98830417]]).

Vielen Dank und freundliche Grüße

[[P:Khidir Murad]]
Tel. [[TEL:0152 29384417]]
""",
    keep=[
        "Emschertal Logistik GmbH",
        "Botschaft in Erbil",
        "Familiennachzug",
        "2.350 € netto",
        "Ausländerbehörde der Stadt Herne",
    ],
)

IBAN_L3 = make_iban("DE", "44050199" + "0922104556")

pii(
    "letter",
    f"""
[[P:Rasha Al-Khatib]]
[[STR:Münsterstr. 160, Hinterhaus]]
[[LOC:44145 Dortmund]]

Stadt Dortmund
Jugendamt – Elternbeiträge
Ostwall 64
44135 Dortmund

Dortmund, den 02.02.2027

Beitragskonto [[AZ:EB 0077-331-9]] – Antrag auf Erlass und Rückzahlung

Sehr geehrte Damen und Herren,

für meinen Sohn [[P:Adam Al-Khatib]] (geb. [[DOB:05.06.2022]]) wird seit August ein Elternbeitrag von
94 € abgebucht. Ich bin alleinerziehend und beziehe seit dem 01.10.2026 Bürgergeld (BG-Nummer
[[AZ:35402BG0129933]]). Der Bescheid vom Jobcenter ist beigefügt. Ich bitte um Befreiung ab Oktober
und um Rückzahlung der Beiträge Oktober bis Januar (4 × 94 € = 376 €) auf mein Konto:

Kontoinhaberin: [[P:Rasha Al-Khatib]]
IBAN: [[IBAN:{IBAN_L3}]]
Bank: Sparkasse Dortmund

Der Vater des Kindes, [[P:Yamen Al-Khatib]], wohnt nicht mehr bei uns, er ist im September nach
[[LOC:Hannover]] gezogen und zahlt keinen Unterhalt. Meine Mutter [[P:Samira Haddad]] holt [[P:Adam]] von
der Kita Nordmarkt ab, das steht auch in der Abholvollmacht.

Bei Fragen erreichen Sie mich unter [[TEL:0177 5208163]] oder per E-Mail [[MAIL:rasha.alkhatib@web.de]].
Ich spreche Deutsch, aber Briefe lese ich manchmal mit meiner Nachbarin.

Mit freundlichen Grüßen

[[P:Rasha Al-Khatib]]

Anlagen: Bürgergeldbescheid, Kontoauszug
""",
    keep=[
        "Ostwall 64",
        "Kita Nordmarkt",
        "4 × 94 € = 376 €",
        "Sparkasse Dortmund",
        "Jugendamt – Elternbeiträge",
    ],
)

pii(
    "letter",
    """
[[P:Bożena Kasprzak-Lenz]]
[[STR:Kemnader Str. 301]]
[[LOC:44797 Bochum]]
Tel. [[TEL:0234 7089312]] · [[MAIL:b.kasprzak-lenz@posteo.de]]

Stadt Bochum
Standesamt – Urkundenstelle
Willy-Brandt-Platz 2–6
44777 Bochum                                                        Bochum, 27.01.2027

Antrag auf Sterbeurkunde und Geburtsurkunde – Nachlassangelegenheit meines Vaters

Sehr geehrte Damen und Herren,

mein Vater, [[P:Zbigniew Kasprzak]], geboren am [[DOB:14.08.1941]] in [[LOC:Lublin]], ist am 09.01.2027 im
Knappschaftskrankenhaus Langendreer verstorben. Seine letzte Anschrift war
[[STR:Unterstr. 58]], [[LOC:44892 Bochum]]. Der Sterbefall wurde vom Bestatter angezeigt.

Für das Nachlassgericht und die polnische Rentenkasse benötige ich:
- 3 Sterbeurkunden (davon eine mehrsprachig nach dem CIEC-Übereinkommen),
- 1 Geburtsurkunde meiner Mutter, [[P:Krystyna Kasprzak]] geb. [[P:Mazurek]], geb. [[DOB:30.03.1944]],
  die 1982 in Bochum nachbeurkundet wurde (sie ist 2019 verstorben).

Ich bin die Tochter und Miterbin. Mein Bruder [[P:Piotr Kasprzak]] lebt in [[LOC:Poznań]]
([[STR:ul. Grunwaldzka 88]], [[LOC:60-311 Poznań]]) und ist einverstanden, dass ich alles erledige;
seine Vollmacht lege ich bei. Meinen Personalausweis (Nr. [[ID:L8CR3WH27]]) habe ich kopiert.

Bitte senden Sie die Urkunden mit Gebührenbescheid an meine Adresse. Die Gebühren überweise ich
sofort.

Mit freundlichen Grüßen

[[P:Bożena Kasprzak-Lenz]]

Anlagen: Vollmacht [[P:Piotr Kasprzak]], Kopie Personalausweis
""",
    keep=[
        "Standesamt – Urkundenstelle",
        "Knappschaftskrankenhaus Langendreer",
        "CIEC-Übereinkommen",
        "Willy-Brandt-Platz 2–6",
        "3 Sterbeurkunden",
    ],
)

pii(
    "letter",
    """
Familie [[P:Radu]]
[[STR:Sprockhöveler Str. 95]]
[[LOC:58455 Witten]]

An das Schulverwaltungsamt der Stadt Witten
Schülerbeförderung
Marktstraße 16
58452 Witten                                                           Witten, 01.02.2027

Antrag auf Schülerfahrkarte für unsere Kinder

Sehr geehrte Damen und Herren,

wir sind im Dezember von der [[STR:Breite Str. 12]] in die [[STR:Sprockhöveler Straße]] umgezogen. Jetzt ist
der Schulweg für unsere Kinder sehr weit (über 3,5 km) und es gibt keinen sicheren Fußweg:

1. [[P:Radu, Alexandru Gabriel]], geb. [[DOB:11.04.2016]], Klasse 4b, Grundschule Vormholz
2. [[P:Radu, Bianca Ioana]], geb. [[DOB:25.09.2013]], Klasse 7a, Holzkamp-Gesamtschule
3. [[P:Radu, Ştefan]], geb. [[DOB:07.07.2019]], kommt im Sommer in die Grundschule

Wir bitten um ein SchokoTicket für [[P:Alexandru]] und [[P:Bianca]] ab sofort. Mein Mann
[[P:Cătălin Radu]] arbeitet in Schicht bei Edelstahlwerke Südwestfalen GmbH, ich arbeite in einer
Pflegeeinrichtung, deshalb können wir die Kinder nicht mit dem Auto bringen.

Die Meldebescheinigung und die Bestätigung der Schulen sind dabei. Sie können mich unter
[[TEL:0157 38821407]] erreichen, meinen Mann unter [[TEL:0176 90013284]].

Mit freundlichen Grüßen

[[P:Mariana Radu]]            [[P:Cătălin Radu]]
(Mutter)                      (Vater)
""",
    keep=[
        "Schülerbeförderung",
        "Marktstraße 16",
        "Grundschule Vormholz",
        "Holzkamp-Gesamtschule",
        "Edelstahlwerke Südwestfalen GmbH",
    ],
)

pii(
    "letter",
    """
[[P:Georgi Stoyanov]]
[[STR:Dortmunder Str. 14, 1. OG]]
[[LOC:44577 Castrop-Rauxel]]

Stadt Castrop-Rauxel
Ordnungsamt – Bußgeldstelle
Europaplatz 1
44575 Castrop-Rauxel

Castrop-Rauxel, 25.01.2027

Ihr Aktenzeichen [[AZ:OWI 32.2-2027-001187]] – Verwarnungsgeld Parken, Kennzeichen [[KFZ:CAS-GS 808]]

Sehr geehrte Damen und Herren,

ich habe Ihren Brief bekommen. Das Auto mit dem Kennzeichen [[KFZ:CAS-GS 808]] ist auf mich
angemeldet, aber am 14.01.2027 hat mein Neffe [[P:Ivaylo Stoyanov]] das Auto gefahren. Er wohnt nicht
in Deutschland, er war nur zu Besuch und ist wieder zurück in [[LOC:Plovdiv]]
([[STR:ul. Bogomil 41]], [[LOC:4000 Plovdiv]], Bulgarien). Er ist geboren am [[DOB:19.02.2003]].

Ich habe den Parkplatz nicht gewusst, weil das Schild hinter dem Baum war (Foto ist dabei). Ich
bitte, das Verfahren einzustellen oder an meinen Neffen zu schicken. Ich selbst war an dem Tag
bei der Arbeit in Dortmund, das kann mein Chef bestätigen (Spedition Hellweg Trans GmbH).

Mein Sohn [[P:Martin]] hat diesen Brief geschrieben, weil mein Deutsch nicht so gut ist. Sie
können ihn anrufen: [[TEL:0176 55120983]].

Mit freundlichen Grüßen

[[P:Georgi Stoyanov]]
geb. [[DOB:03.08.1971]]
""",
    keep=[
        "Ordnungsamt – Bußgeldstelle",
        "Europaplatz 1",
        "Spedition Hellweg Trans GmbH",
        "44575 Castrop-Rauxel",
        "Verwarnungsgeld Parken",
    ],
)

pii(
    "letter",
    """
[[P:Valentyna Hrytsenko]]
bei [[P:Shevchenko]]
[[STR:Stiepeler Str. 44a]]
[[LOC:44801 Bochum]]
Tel. [[TEL:0163 7702581]]

An das Amt für Soziales der Stadt Bochum
Grundsicherung im Alter
44777 Bochum                                                          Bochum, 03.02.2027

Betreff: Umzug zu meiner Tochter – Grundsicherung Az. [[AZ:50 21 GS 1214/23]]

Sehr geehrte Frau [[P:Rüther]],

ich teile mit, dass ich ab dem 01.03.2027 bei meiner Tochter [[P:Oksana Shevchenko]] und ihrem Mann
[[P:Andrii Shevchenko]] wohne (Adresse oben). Meine bisherige Wohnung in der [[STR:Lennershofstr. 70]]
([[LOC:44801 Bochum]]) kündige ich zum 28.02.2027, weil ich die Treppen nicht mehr gehen kann (3. Stock).

Ich zahle meiner Tochter 250 € im Monat für Zimmer und Nebenkosten, dafür gibt es einen
Untermietvertrag. Bitte sagen Sie mir, ob Sie diesen Betrag übernehmen.

Ich bin geboren am [[DOB:12.10.1949]] in [[LOC:Charkiw]]. Meine Rente aus der Ukraine kommt seit 2022 nicht
mehr. Mein Enkel [[P:Maksym]] hilft mir mit den Briefen, er ist 16.

Meine Kontoverbindung bleibt gleich. Meine Schwerbehindertenausweis-Nummer ist [[AZ:SBA 5-0441872]],
GdB 60, falls das wichtig ist.

Mit freundlichen Grüßen

[[P:V. Hrytsenko]]
[[P:Валентина Гриценко]]
""",
    keep=[
        "Amt für Soziales der Stadt Bochum",
        "Grundsicherung im Alter",
        "Untermietvertrag",
        "250 € im Monat",
        "GdB 60",
    ],
)

IBAN_L8 = make_iban("DE", "44010046" + "0870213349")

pii(
    "letter",
    f"""
Asia Bistro [[P:Phạm]] e.K.
Inh. [[P:Phạm Thị Hương]]
[[STR:Hohe Str. 71]] · [[LOC:44139 Dortmund]]
Tel. [[TEL:0231 1286604]] · [[MAIL:asiabistro.pham@gmail.com]]
Amtsgericht Dortmund [[HR:HRA 31472]]

Stadt Dortmund
Steueramt – Gewerbesteuer
Friedensplatz 5
44135 Dortmund                                                       Dortmund, 29.01.2027

Gewerbesteuer-Vorauszahlungen 2027 – Antrag auf Herabsetzung
Steuernummer/Kassenzeichen: [[AZ:GewSt 4.413.220.771]]

Sehr geehrte Damen und Herren,

wegen der Bauarbeiten vor unserem Geschäft ([[STR:Hohe Straße]], seit Oktober 2026) ist unser Umsatz
stark gesunken. Die Vorauszahlungen 2027 (vierteljährlich 1.840 €) können wir nicht zahlen.
Unser Steuerberater, Steuerbüro Westfalendamm GmbH, hat eine Prognose gemacht: Gewinn 2027
etwa 28.000 €. Bitte setzen Sie die Vorauszahlungen herab.

Mein Mann [[P:Nguyễn Văn Đức]] arbeitet im Betrieb mit (Minijob), meine Tochter [[P:Nguyễn Thị Mai]]
(geb. [[DOB:21.09.2004]]) macht bei uns die Ausbildung zur Köchin.

Erstattungen bitte auf das Geschäftskonto: IBAN [[IBAN:{IBAN_L8}]]
(Postbank, Kontoinhaberin [[P:Phạm Thị Hương]]).

Mit freundlichen Grüßen

[[P:Phạm Thị Hương]]
Inhaberin
""",
    keep=[
        "Steueramt – Gewerbesteuer",
        "Friedensplatz 5",
        "Steuerbüro Westfalendamm GmbH",
        "vierteljährlich 1.840 €",
        "44135 Dortmund",
    ],
)


# ---------------------------------------------------------------------------------------------
# E-mail threads with quoted replies (pii)
# ---------------------------------------------------------------------------------------------

E1_QUOTE = quoted(
    """Von: [[P:Kowalke, Marius]] <[[MAIL:marius.kowalke@bochum.de]]>
Gesendet: Montag, 1. Februar 2027 16:05
An: IT-Service Bürgerdienste <it-buergerdienste@bochum.de>
Betreff: Terminvergabe – massenhaft Buchungen auf einen Namen?

Hallo,

heute sind 23 Termine für Aufenthaltstitel auf denselben Namen gebucht worden:
[[P:Ahmadi, Farid]], Mail [[MAIL:farid.ahmadi.bo@outlook.de]], Tel. [[TEL:0176 83312054]].
Bei uns angerufen hat aber ein Hr. [[P:Rahimi]], der sagte, er „helfe Landsleuten“ für 50 €
pro Termin. Könnt ihr sehen, von wo gebucht wurde?

Gruß [[P:Marius Kowalke]]
Ausländerbehörde, Team Service, Tel. [[TEL:0234 910-1183]]"""
)

pii(
    "email_thread",
    f"""
Von: IT-Service Bürgerdienste <it-buergerdienste@bochum.de>
Gesendet: Dienstag, 2. Februar 2027 09:48
An: [[P:Kowalke, Marius]]
Cc: Datenschutz <datenschutz@bochum.de>
Betreff: AW: Terminvergabe – massenhaft Buchungen auf einen Namen?

Hallo [[P:Marius]],

ja, das sieht nach Terminhandel aus. Aus dem Log des Buchungsportals (nur die Buchungen vom
01.02., gekürzt):

08:01:12  Buchung [[AZ:4471-0001]]  Client [[IP:91.64.203.117]]    Dienstleistung AT-Verlängerung
08:01:40  Buchung [[AZ:4471-0002]]  Client [[IP:91.64.203.117]]    Dienstleistung AT-Verlängerung
08:02:05  Buchung [[AZ:4471-0003]]  Client [[IP:2a02:8109:9a80:4e00:6d1c:ff3a:12b4:7e01]]
...
09:17:55  Buchung [[AZ:4471-0023]]  Client [[IP:91.64.203.117]]    Dienstleistung Fiktionsbescheinigung

Die meisten Buchungen kamen von [[IP:91.64.203.117]] (Kabelanschluss, Raum Bochum), drei von der
IPv6-Adresse oben. Interne Adressen (10.40.x.x, Bürgerbüro-Kiosk 10.40.12.31) sind nicht dabei.
Ich habe die 23 Termine storniert und die Adresse für 30 Tage gesperrt; der Vorgang ist unter
Ticket INC-2027-01822 dokumentiert. Die echten Kunden bitte über das Service-Center neu buchen.

Viele Grüße
[[P:Jana Kettelhake]]
IT-Service Bürgerdienste – Fachverfahren
Tel. [[TEL:0234 910-4471]] | Zentrale 0234 910-0 | it-buergerdienste@bochum.de

{E1_QUOTE}
""",
    keep=[
        "it-buergerdienste@bochum.de",
        "datenschutz@bochum.de",
        "10.40.12.31",
        "Ticket INC-2027-01822",
        "Zentrale 0234 910-0",
    ],
)

E2_QUOTE = quoted(
    """-----Ursprüngliche Nachricht-----
Von: [[P:Ostermann, Lars]] <[[MAIL:lars.ostermann@jobcenter-ge.de]]>
Gesendet: Freitag, 29. Januar 2027 11:20
An: Ausländerbehörde Herne <auslaenderbehoerde@herne.de>
Betreff: BG [[AZ:36204BG0087311]] – Aufenthaltsstatus der Familie [[P:Tesfamichael]]

Sehr geehrte Damen und Herren,

für die Weiterbewilligung brauche ich den aktuellen Status folgender Personen:
1. [[P:Tesfamichael, Abraham]], *[[DOB:01.01.1985]] – Aufenthaltserlaubnis läuft am 28.02. ab
2. [[P:Tesfamichael, Helen]], *[[DOB:12.09.1990]] – bisher Gestattung
3. [[P:Tesfamichael, Mussie]], *[[DOB:03.03.2018]]
4. [[P:Tesfamichael, Ruth]], *[[DOB:22.11.2021]]
Wohnhaft [[STR:Bochumer Str. 46]], [[LOC:44623 Herne]].

Mit freundlichen Grüßen
[[P:Lars Ostermann]]
Jobcenter Herne, Team 105, Tel. [[TEL:02323 9921-357]]
Zentrale 02323 9921-0"""
)

pii(
    "email_thread",
    f"""
Von: [[P:Kleinschmidt, Doris]] <[[MAIL:doris.kleinschmidt@herne.de]]>
Gesendet: Dienstag, 2. Februar 2027 14:02
An: [[P:Ostermann, Lars]]
Cc: auslaenderbehoerde@herne.de
Betreff: AW: BG [[AZ:36204BG0087311]] – Aufenthaltsstatus der Familie [[P:Tesfamichael]]

Hallo Herr [[P:Ostermann]],

meine Antworten stehen direkt unter Ihren Punkten (-> ):

> 1. [[P:Tesfamichael, Abraham]], *[[DOB:01.01.1985]] – Aufenthaltserlaubnis läuft am 28.02. ab
-> Verlängerung beantragt am 18.01., Fiktionsbescheinigung nach § 81 Abs. 4 AufenthG
   ausgestellt (gültig bis 31.05.2027), eAT bestellt, Kartennummer folgt.
> 2. [[P:Tesfamichael, Helen]], *[[DOB:12.09.1990]] – bisher Gestattung
-> Seit 20.01.2027 anerkannt (subsidiärer Schutz), Aufenthaltserlaubnis § 25 Abs. 2 AufenthG,
   eAT Nr. [[ID:{id_card("Y4NT8CK17")}]], gültig bis 19.01.2028.
> 3. [[P:Tesfamichael, Mussie]], *[[DOB:03.03.2018]]
> 4. [[P:Tesfamichael, Ruth]], *[[DOB:22.11.2021]]
-> Beide Kinder wie die Mutter (§ 25 Abs. 2 AufenthG), eAT beantragt.

Bitte beachten: Die Familie ist laut Melderegister seit 01.02. umgezogen nach
[[STR:Claudiusstr. 9]], [[LOC:44649 Herne]]. Die alte Anschrift stimmt nicht mehr.

Mit freundlichen Grüßen
[[P:Doris Kleinschmidt]]
Stadt Herne – Ausländerbehörde, Friedrich-Ebert-Platz 2, 44623 Herne
Tel. [[TEL:02323 16-2650]] · Zentrale 02323 16-0 · auslaenderbehoerde@herne.de

{E2_QUOTE}
""",
    keep=[
        "§ 81 Abs. 4 AufenthG",
        "auslaenderbehoerde@herne.de",
        "Zentrale 02323 9921-0",
        "Zentrale 02323 16-0",
        "Friedrich-Ebert-Platz 2",
    ],
    allow=("44623 Herne",),
)

E3_QUOTE = quoted(
    """Am 03.02.2027 um 07:52 schrieb Kita Regenbogen <kita.regenbogen@gelsenkirchen.de>:
> Liebe Frau [[P:Amankwah]],
>
> heute früh stand der Vater von [[P:Noah Berisha]] (Gruppe Igel, geb. [[DOB:19.06.2022]]) vor der Tür
> und wollte ihn mittags abholen. Er steht nicht auf der Abholliste. Die Mutter, Fr. [[P:Berisha]],
> hat uns im Herbst gesagt, es gebe einen Gerichtsbeschluss. Wir haben aber nichts in der Akte.
> Der Vater heißt [[P:Dardan Hyseni]], er hat uns seine Nummer dagelassen: [[TEL:0173 4490218]].
>
> Was dürfen wir tun? Die Mutter ist bis 16 Uhr auf der Arbeit nicht erreichbar.
>
> Viele Grüße
> [[P:Sabine Terwey]], Kita-Leitung""",
    prefix="",
)

pii(
    "email_thread",
    f"""
Von: [[P:Amankwah, Grace]] <[[MAIL:grace.amankwah@gelsenkirchen.de]]>
Gesendet: Mittwoch, 3. Februar 2027 08:31
An: Kita Regenbogen <kita.regenbogen@gelsenkirchen.de>
Cc: [[MAIL:s.terwey@gelsenkirchen.de]]
Betreff: AW: Abholung [[P:Noah]] – Vater nicht auf der Liste

Liebe Frau [[P:Terwey]],

danke für die schnelle Info. Ich habe in unserer Akte ([[AZ:51.2-BSD-GE-0733/25]]) nachgesehen: Es gibt
einen Beschluss des AG Gelsenkirchen vom 14.10.2026 ([[AZ:108 F 377/26]]), die elterliche Sorge liegt
allein bei der Mutter, [[P:Blerta Berisha]]. Umgang des Vaters nur begleitet beim Kinderschutzbund,
jeden zweiten Samstag. Eine Abholung aus der Kita ist NICHT vorgesehen.

Bitte geben Sie [[P:Noah]] nicht heraus. Wenn Hr. [[P:Hyseni]] mittags erscheint, sagen Sie ihm
freundlich, dass er sich an mich wenden soll; bei Eskalation bitte 110. Die Mutter informiere
ich selbst; sie hat mir auch ihre neue Nummer gegeben: [[TEL:0157 66208134]].

Den Beschluss schicke ich Ihnen als Auszug per Fax an die Kita. Bitte ab heute in die Akte.

Viele Grüße
[[P:Grace Amankwah]]
Bezirkssozialdienst Gelsenkirchen-Buer, Tel. [[TEL:0209 169-9264]]
Funktionspostfach: bsd-buer@gelsenkirchen.de · Zentrale 0209 169-0

{E3_QUOTE}
""",
    keep=[
        "kita.regenbogen@gelsenkirchen.de",
        "Kinderschutzbund",
        "bsd-buer@gelsenkirchen.de",
        "Zentrale 0209 169-0",
        "Gruppe Igel",
    ],
)

E4_QUOTE = quoted(
    """-----Ursprüngliche Nachricht-----
Von: Wohngeldstelle Dortmund <wohngeld@stadtdo.de>
Gesendet: Montag, 25. Januar 2027 10:14
An: info@hv-ruhrblick.de
Betreff: Mietbescheinigung [[P:Wagner-Oduya]] – [[AZ:WG 0441-2026-8832]]

Sehr geehrte Damen und Herren,

Ihre Mieterin Fr. [[P:Wagner-Oduya, Christina]] (geb. [[DOB:07.02.1984]]), [[STR:Rheinlanddamm 199, WE 12]],
[[LOC:44139 Dortmund]], hat Wohngeld beantragt. In der Mietbescheinigung fehlen die Angaben zur
Heizart und zur Zahl der Bewohner. Bitte ergänzen Sie Seite 2.

i.A. [[P:Yüksel]]
Wohngeldstelle Dortmund, Tel. [[TEL:0231 50-25590]]"""
)

pii(
    "email_thread",
    f"""
Von: [[P:Dominik Pfeiffer]] <[[MAIL:d.pfeiffer@hv-ruhrblick.de]]>
Gesendet: Donnerstag, 28. Januar 2027 15:40
An: Wohngeldstelle Dortmund <wohngeld@stadtdo.de>
Betreff: AW: Mietbescheinigung [[P:Wagner-Oduya]] – [[AZ:WG 0441-2026-8832]]

Sehr geehrte Frau [[P:Yüksel]],

anbei die ergänzte Seite 2. Heizung: Zentralheizung Gas, Warmwasser über Durchlauferhitzer.
Laut unserer Mieterkartei wohnen in der Wohnung drei Personen: Fr. [[P:Wagner-Oduya]], ihr Sohn
[[P:Elias Oduya]] (geb. [[DOB:30.04.2011]]) und seit 11/2026 ihr Lebensgefährte Hr. [[P:Marcel Brinkschulte]].
Letzterer hat sich bei uns als Mitbewohner angemeldet, Mietvertrag bleibt auf Fr. [[P:Wagner-Oduya]].

Rückstände gibt es keine. Die Miete (695,00 € kalt, 210,00 € NK) geht pünktlich ein.

Mit freundlichen Grüßen

[[P:Dominik Pfeiffer]]
Mietbuchhaltung
HV Ruhrblick GmbH · Hausverwaltung · Westfalendamm 87 · 44141 Dortmund
Tel. 0231 9488-0 (Zentrale) · Durchwahl [[TEL:0231 9488-214]]
Amtsgericht Dortmund HRB 29114 · Geschäftsführer: siehe Impressum

{E4_QUOTE}
""",
    keep=[
        "HV Ruhrblick GmbH",
        "Westfalendamm 87 · 44141 Dortmund",
        "HRB 29114",
        "Tel. 0231 9488-0 (Zentrale)",
        "wohngeld@stadtdo.de",
    ],
)

E5_QUOTE = quoted(
    f"""Von: Standesamt Witten <standesamt@stadt-witten.de>
Gesendet: Donnerstag, 4. Februar 2027 09:12
An: info@bestattungen-ruhrtal.de
Betreff: Sterbefall [[P:Dziedzic]] – fehlende Unterlagen ([[AZ:S 0097/2027]])

Sehr geehrte Damen und Herren,

zur Beurkundung des Sterbefalls [[P:Dziedzic, Edmund]] (geb. [[DOB:23.05.1938]]), verstorben am
01.02.2027 in seiner Wohnung [[STR:Ardeystr. 214]], [[LOC:58452 Witten]], fehlen uns noch:
- die Heiratsurkunde (Ehe 1962 in [[LOC:Katowice]]) bzw. die Sterbeurkunde der Ehefrau,
- der Personalausweis des Verstorbenen (Nr. [[ID:{id_card("LZ9W1GX40")}]] lt. Register).

Mit freundlichen Grüßen
[[P:Sandra Mikulla]], Standesamt Witten, Tel. [[TEL:02302 581-3321]]""",
    prefix="> > ",
)

pii(
    "email_thread",
    f"""
Von: Standesamt Witten <standesamt@stadt-witten.de>
Gesendet: Freitag, 5. Februar 2027 08:05
An: info@bestattungen-ruhrtal.de
Betreff: AW: AW: Sterbefall [[P:Dziedzic]] – fehlende Unterlagen ([[AZ:S 0097/2027]])

Sehr geehrter Herr [[P:Albers]],

danke, damit ist alles da. Die Sterbeurkunden (3 Stück, davon eine für die Rentenkasse) können
ab Montag abgeholt werden; Gebühr 36,00 € geht wie immer an Sie.

Viele Grüße
[[P:Sandra Mikulla]]
Standesamt Witten · Marktstraße 16 · 58452 Witten
Tel. [[TEL:02302 581-3321]] · Zentrale 02302 581-0

> Von: [[P:Jörg Albers]] <[[MAIL:j.albers@bestattungen-ruhrtal.de]]>
> Gesendet: Donnerstag, 4. Februar 2027 16:47
> Betreff: AW: Sterbefall [[P:Dziedzic]] – fehlende Unterlagen
>
> Sehr geehrte Frau [[P:Mikulla]],
>
> die Sterbeurkunde der Ehefrau [[P:Halina Dziedzic]] (geb. [[DOB:02.02.1941]], gest. 2015 in [[LOC:Witten]]) liegt
> anbei. Den Personalausweis bringt die Tochter, Fr. [[P:Renata Voss]], am Montag vorbei; sie ist
> auch die Auftraggeberin der Bestattung und unter [[TEL:0171 2094458]] zu erreichen. Anschrift der
> Tochter: [[STR:Brunebecker Str. 61]], [[LOC:58455 Witten]].
>
> Mit freundlichen Grüßen
> [[P:Jörg Albers]]
> Bestattungen Ruhrtal GmbH, Ruhrstraße 40, 58452 Witten, Tel. 02302 27 38 0
>
{E5_QUOTE}
""",
    keep=[
        "standesamt@stadt-witten.de",
        "info@bestattungen-ruhrtal.de",
        "Bestattungen Ruhrtal GmbH, Ruhrstraße 40",
        "Gebühr 36,00 €",
        "Zentrale 02302 581-0",
    ],
    allow=("58452 Witten", "Witten"),
)

E6_QUOTE = quoted(
    """Von: [[P:Heike Schwarzenberg]] <[[MAIL:heike.schwarzenberg@gmx.net]]>
Gesendet: Sonntag, 31. Januar 2027 23:48
An: ordnungsamt@castrop-rauxel.de
Betreff: Lärm Gaststätte und Nachbar – schon wieder!!

Guten Abend,

es ist fast Mitternacht und in der Wohnung über uns ([[STR:Wittener Str. 52, 2. OG]]) läuft wieder
laute Musik. Der Mieter heißt [[P:Schmitz]], mehr weiß ich nicht, er fährt einen schwarzen
BMW mit dem Kennzeichen [[KFZ:RE-DS 4711]]. Außerdem ist die Raucherterrasse vom Bistro Altstadteck
im Hof bis 1 Uhr offen. Ich wohne im 1. OG und muss um 5 Uhr raus (Frühschicht).

Bitte unternehmen Sie endlich etwas. Ich habe schon dreimal angerufen.

[[P:Heike Schwarzenberg]], [[STR:Wittener Str. 52, 1. OG]], [[LOC:44575 Castrop-Rauxel]]
Tel. [[TEL:0178 3398214]]"""
)

pii(
    "email_thread",
    f"""
Von: Ordnungsamt Castrop-Rauxel <ordnungsamt@castrop-rauxel.de>
Gesendet: Dienstag, 2. Februar 2027 11:26
An: [[MAIL:heike.schwarzenberg@gmx.net]]
Betreff: AW: Lärm Gaststätte und Nachbar – schon wieder!! – Vorgang [[AZ:OA 32-LÄ-0052/27]]

Sehr geehrte Frau [[P:Schwarzenberg]],

vielen Dank für Ihre Nachricht. Wir haben zwei Vorgänge angelegt:

1. Ruhestörung durch den Nachbarn im 2. OG: Der Kommunale Ordnungsdienst wird in den
   nächsten Nächten verstärkt kontrollieren. Bitte rufen Sie bei akuter Ruhestörung nach 22 Uhr
   die Polizei (110) oder die Rufbereitschaft des KOD (02305 106-6000) an. Ein Lärmprotokoll
   (Vordruck anbei) hilft uns bei einem Bußgeldverfahren. Angaben zum Fahrzeug benötigen wir
   dafür nicht.
2. Außengastronomie Bistro Altstadteck: Die Terrasse darf laut Erlaubnis nur bis 22 Uhr
   betrieben werden. Der Betreiber (Altstadteck Gastro UG) wird angehört.

Ihre Angaben geben wir nicht an die Beteiligten weiter.

Mit freundlichen Grüßen
i.A. [[P:Laskowski]]
Stadt Castrop-Rauxel – Ordnungsamt, Europaplatz 1, 44575 Castrop-Rauxel
Tel. [[TEL:02305 106-2347]] · [[MAIL:t.laskowski@castrop-rauxel.de]] · Zentrale 02305 106-0

{E6_QUOTE}
""",
    keep=[
        "ordnungsamt@castrop-rauxel.de",
        "Altstadteck Gastro UG",
        "02305 106-6000",
        "Zentrale 02305 106-0",
        "Lärmprotokoll",
    ],
    allow=("44575 Castrop-Rauxel",),
)

IBAN_E7 = make_iban("DE", "43050000" + "0032177408")

E7_QUOTE = quoted(
    f"""-----Ursprüngliche Nachricht-----
Von: [[P:Thorsten Ebbinghaus]] <[[MAIL:t.ebbinghaus@arcor.de]]>
Gesendet: Samstag, 30. Januar 2027 10:02
An: hundesteuer@bochum.de
Betreff: Abmeldung Hund / Anmeldung Zweithund – Steuernummer [[AZ:HSt 1.23.447190]]

Hallo,

unsere Hündin Bella ist am 18.01. gestorben (Bescheinigung Tierarzt anbei). Gleichzeitig
haben wir von meiner Schwiegermutter [[P:Gertrud Hülsbusch]] (geb. [[DOB:05.05.1938]], jetzt im
Pflegeheim) deren Dackel Fritz übernommen, Chip-Nr. 276098106443120. Der Hund war bei ihr in
[[LOC:Hattingen]] angemeldet.

Abbuchung bitte weiter von [[IBAN:{IBAN_E7}]] (Kontoinhaberin meine Frau [[P:Sonja Ebbinghaus]]).

[[P:Thorsten Ebbinghaus]], [[STR:Am Ruhrort 17]], [[LOC:44879 Bochum]]"""
)

pii(
    "email_thread",
    f"""
Von: Hundesteuer <hundesteuer@bochum.de>
Gesendet: Montag, 1. Februar 2027 13:37
An: [[MAIL:t.ebbinghaus@arcor.de]]
Betreff: AW: Abmeldung Hund / Anmeldung Zweithund – Steuernummer [[AZ:HSt 1.23.447190]]

Sehr geehrter Herr [[P:Ebbinghaus]],

herzliches Beileid zum Verlust von Bella. Wir haben die Hündin zum 31.01.2027 abgemeldet und
den Dackel Fritz zum 01.02.2027 unter Ihrer Steuernummer angemeldet. Da Fritz jetzt Ihr
einziger Hund ist, gilt der Steuersatz für den Ersthund (156,00 € jährlich); die neue
Steuermarke Nr. 2027-0883 liegt dem Bescheid bei.

Das SEPA-Mandat Ihrer Frau bleibt bestehen. Die Abmeldung in Hattingen müssen Sie bzw. Ihre
Schwiegermutter dort selbst vornehmen.

Mit freundlichen Grüßen
Im Auftrag
[[P:Lorenz]]
Stadt Bochum · Steueramt · Hundesteuer · Tel. [[TEL:0234 910-2286]] · Zentrale 0234 910-0

{E7_QUOTE}
""",
    keep=[
        "hundesteuer@bochum.de",
        "Steuermarke Nr. 2027-0883",
        "156,00 € jährlich",
        "276098106443120",
        "Zentrale 0234 910-0",
    ],
    allow=("Hattingen",),
)

E8_QUOTE = quoted(
    """Von: [[P:Ünal, Seda]] <[[MAIL:seda.uenal@stadtdo.de]]>
Gesendet: Mittwoch, 3. Februar 2027 12:10
An: Sekretariat GS Kirchderne <gs-kirchderne@stadtdo.de>
Betreff: Schuleingangsuntersuchung – nicht erschienene Kinder

Liebe Kolleginnen,

folgende Kinder, die bei Ihnen zum Schuljahr 2027/28 angemeldet sind, sind zu zwei Terminen
der Schuleingangsuntersuchung nicht erschienen:

- [[P:Bytyqi, Aulona]] (*[[DOB:14.09.2021]]), [[STR:Derner Str. 410]]
- [[P:Schäfer, Luis]] (*[[DOB:02.03.2021]]), [[STR:Gedulderweg 77]]
- [[P:Mohammadi, Sina]] (*[[DOB:29.07.2021]]), [[STR:Kirchderner Str. 23]]

Haben Sie aktuelle Telefonnummern der Eltern? Unsere Schreiben kamen nicht zurück.

Viele Grüße
[[P:Seda Ünal]]
Kinder- und Jugendgesundheitsdienst, Tel. [[TEL:0231 50-23814]]"""
)

pii(
    "email_thread",
    f"""
Von: Sekretariat GS Kirchderne <gs-kirchderne@stadtdo.de>
Gesendet: Donnerstag, 4. Februar 2027 09:03
An: [[P:Ünal, Seda]]
Betreff: AW: Schuleingangsuntersuchung – nicht erschienene Kinder

Liebe Frau [[P:Ünal]],

aus den Anmeldebögen:

[[P:Aulona]]: Mutter [[P:Valbona Bytyqi]], [[TEL:0176 32290551]]; die Familie war im Januar im Kosovo,
  ist aber laut Mutter seit letzter Woche zurück.
[[P:Luis]]: Vater [[P:Sebastian Schäfer]], [[TEL:0231 2209317]], Mutter [[P:Nadine Krause-Schäfer]],
  [[TEL:0172 8844106]]. Die Eltern leben getrennt, [[P:Luis]] wohnt überwiegend beim Vater.
[[P:Sina]]: Mutter [[P:Parisa Mohammadi]], [[TEL:0163 4019927]] (spricht Farsi, Deutsch wenig), der
  große Bruder [[P:Arman]] übersetzt.

Die Adresse von [[P:Sina]] hat sich geändert: jetzt [[STR:Bergstr. 9]], [[LOC:44339 Dortmund]] (lt. Mutter seit
Dezember, Ummeldung angeblich erfolgt).

Herzliche Grüße
[[P:M. Kuhlmann-Rosen]], Schulsekretärin
Grundschule Kirchderne · Sekretariat 0231 50-28411 · gs-kirchderne@stadtdo.de

{E8_QUOTE}
""",
    keep=[
        "gs-kirchderne@stadtdo.de",
        "Schuleingangsuntersuchung",
        "Sekretariat 0231 50-28411",
        "Kinder- und Jugendgesundheitsdienst",
        "Schuljahr 2027/28",
    ],
)


# ---------------------------------------------------------------------------------------------
# PII-free documents full of traps (clean)
# ---------------------------------------------------------------------------------------------

clean(
    "clean_local_history",
    """
Stadtgeschichte kompakt – Folge 14: Friedrich Grillo und der Aufstieg Gelsenkirchens

Als Friedrich Grillo (1825–1888) in den 1860er-Jahren nach Gelsenkirchen kam, war das Dorf an
der Emscher kaum mehr als eine Ansammlung von Höfen. Der Essener Unternehmer erkannte früh, dass
die Kohle unter den Feldern von Schalke und Bulmke nur mit viel Kapital zu heben war. 1872
gründete er den Schalker Gruben- und Hüttenverein, ein Jahr später die Gelsenkirchener
Bergwerks-AG, die bald zu den größten Montanunternehmen des Reviers gehörte.

Grillo war kein Mann der Öffentlichkeit. Er förderte aber Schulen und Kultur; das Grillo-Theater
in Essen trägt bis heute seinen Namen, in Gelsenkirchen erinnern das Grillo-Gymnasium und die
Grillostraße an ihn. Wer heute über den Heinrich-König-Platz zum Hans-Sachs-Haus geht, bewegt sich
durch eine Innenstadt, die erst durch die Zuwanderung tausender Bergleute aus Ostpreußen, Masuren
und Schlesien entstanden ist.

Die Ausstellung „Kohle, Glas und Eisen – Gelsenkirchen 1870–1914“ im Institut für Stadtgeschichte,
Wildenbruchplatz 7, zeigt Originaldokumente aus dem Archiv der Bergwerks-AG. Öffnungszeiten:
Di–Fr 10–17 Uhr, Eintritt frei. Führungen für Schulklassen über isg@gelsenkirchen.de.

Nächste Folge: Die Glas- und Spiegelmanufaktur in Schalke und der Mythos „Glückauf-Kampfbahn“.
""",
    keep=[
        "Friedrich Grillo (1825–1888)",
        "Schalker Gruben- und Hüttenverein",
        "Grillo-Gymnasium",
        "Wildenbruchplatz 7",
        "isg@gelsenkirchen.de",
    ],
)

clean(
    "clean_local_history",
    """
Bochumer Köpfe: Louis Baare und die Unfallversicherung

Louis Baare (1821–1897) leitete ab 1855 den Bochumer Verein für Bergbau und
Gußstahlfabrikation. Unter ihm wuchs das Werk an der Alleestraße zu einem der größten
Stahlproduzenten Europas; die berühmten Gussstahlglocken gingen bis nach Übersee. Weniger bekannt
ist, dass Baare 1880 eine Denkschrift über die Versicherung der Arbeiter gegen Betriebsunfälle
verfasste, die Otto von Bismarck vorlag und die Debatte über das Unfallversicherungsgesetz von 1884
beeinflusste.

Die Gussstahlglocke vor dem Bochumer Rathaus erinnert an die Weltausstellung von 1867 in Paris.
Die Jahrhunderthalle im Westpark, ehemals Gaskraftzentrale des Bochumer Vereins, ist heute
Spielort der Ruhrtriennale. Im Stadtarchiv – Bochumer Zentrum für Stadtgeschichte,
Wittener Straße 47, 44789 Bochum, können Besucherinnen und Besucher die Denkschrift im
Original einsehen (Signatur BV 12/1880, Anmeldung unter stadtarchiv@bochum.de oder
0234 910-9510).

Rundgang „Stahl und Soziales“: jeden ersten Sonntag im Monat, 14 Uhr, Treffpunkt
Jahrhunderthalle, Haupteingang An der Jahrhunderthalle 1. Teilnahme 8 €, ermäßigt 5 €.
""",
    keep=[
        "Louis Baare (1821–1897)",
        "Otto von Bismarck",
        "Wittener Straße 47, 44789 Bochum",
        "stadtarchiv@bochum.de",
        "Signatur BV 12/1880",
    ],
)

clean(
    "clean_press_release",
    """
Pressemitteilung Nr. 041/2027 – Stadt Herne, Pressestelle            Herne, 03.02.2027

„Goethe im Revier“: Lesereihe in der Stadtbibliothek startet mit dem Faust

Die Stadtbibliothek Herne lädt ab dem 18. Februar zu einer neuen Lesereihe ein. Unter dem Titel
„Goethe im Revier“ lesen Ensemblemitglieder des Schauspielhauses Bochum an fünf Abenden aus
Werken von Johann Wolfgang von Goethe, Friedrich Schiller und Heinrich Heine. Den Auftakt macht
„Faust. Der Tragödie erster Teil“ – gelesen im kleinen Saal des Kulturzentrums am Berliner Platz.

Am 11. März folgt ein Abend zu Sophie Scholl: Schülerinnen und Schüler des
Gymnasiums Wanne und der Erich-Fried-Gesamtschule lesen Briefe und Tagebuchauszüge der
Widerstandskämpferin, die 1943 in München hingerichtet wurde.

Termine: 18.02., 11.03., 15.04., 20.05. und 17.06.2027, jeweils 19:30 Uhr
Ort: Kulturzentrum Herne, Berliner Platz 11, 44623 Herne
Eintritt: 6 €, mit Bibliotheksausweis frei. Karten an der Bibliothekstheke oder unter
stadtbibliothek@herne.de, Telefon 02323 16-2801.

Pressekontakt: Pressestelle der Stadt Herne, presse@herne.de, Telefon 02323 16-0
""",
    keep=[
        "Pressemitteilung Nr. 041/2027",
        "Johann Wolfgang von Goethe",
        "Sophie Scholl",
        "Berliner Platz 11, 44623 Herne",
        "stadtbibliothek@herne.de",
    ],
)

CL4 = aligned(
    (30, 8, 22, 44),
    ("Straße / Platz", "PLZ", "Stadtbezirk", "Benannt nach / Erläuterung"),
    ("Willy-Brandt-Platz", "44777", "Mitte", "Bundeskanzler 1969–1974, Friedensnobelpreis"),
    ("Dr.-Ruer-Platz", "44787", "Mitte", "Otto Ruer, Oberbürgermeister 1925–1933"),
    ("Bismarckstraße", "44866", "Wattenscheid", "Otto von Bismarck, Reichskanzler"),
    ("Louis-Baare-Straße", "44793", "Mitte", "Generaldirektor des Bochumer Vereins"),
    ("Goethestraße", "44791", "Mitte", "Johann Wolfgang von Goethe, Dichter"),
    ("Geschwister-Scholl-Straße", "44807", "Nord", "Sophie und Hans Scholl, Weiße Rose"),
    ("Annette-von-Droste-Weg", "44879", "Südwest", "Annette von Droste-Hülshoff, Dichterin"),
    ("Kortumstraße", "44787", "Mitte", "Carl Arnold Kortum, Arzt und Dichter"),
    ("Anne-Frank-Straße", "44892", "Ost", "Anne Frank, Opfer des Holocaust"),
    ("Hustadtring", "44801", "Süd", "Flurname Hustadt"),
)

clean(
    "clean_street_names",
    f"""
Stadt Bochum – Vermessung und Kataster
Straßenverzeichnis mit Benennungserläuterungen (Auszug für die Zusatzschilder-Aktion 2027)

{CL4}

Hinweis: Für die Aktion „Wer war das?“ erhalten zunächst die nach Personen benannten Straßen
Zusatzschilder mit Lebensdaten. Die Texte stimmt das Stadtarchiv ab; Straßen, die nach
Flurnamen, Zechen oder Orten benannt sind (z. B. Hustadtring, Zeche-Hannover-Straße), bleiben
ohne Zusatzschild. Die Beschlussvorlage wird der Bezirksvertretung Mitte als Drucksache
20270114 vorgelegt. Anfragen: strassenbenennung@bochum.de
""",
    keep=[
        "Dr.-Ruer-Platz",
        "Otto Ruer, Oberbürgermeister 1925–1933",
        "Geschwister-Scholl-Straße",
        "Zusatzschilder-Aktion 2027",
        "strassenbenennung@bochum.de",
    ],
)

clean(
    "clean_firm_list",
    """
Wirtschaftsförderung Dortmund – Teilnehmende Unternehmen „Tag der Ausbildung“ 2027 (Stand 01.02.)

Heinrich Schulte Bau GmbH
  Hochbau, Tiefbau · Brackeler Hellweg 210, 44309 Dortmund · Tel. 0231 2590-0
  Amtsgericht Dortmund HRB 11478 · ausbildung@schulte-bau.de
Bäckerei Kortmann GmbH & Co. KG
  Lebensmittelhandwerk · Hohe Straße 96, 44139 Dortmund · Tel. 0231 124480
  Amtsgericht Dortmund HRA 15930 · karriere@baeckerei-kortmann.de
Wilhelm Berning Elektrotechnik GmbH
  Elektroanlagen, Gebäudetechnik · Evinger Straße 151, 44145 Dortmund · Tel. 0231 8163-0
  Amtsgericht Dortmund HRB 20551 · info@berning-elektro.de
Dortmunder Stadtwerke AG (DSW21)
  Verkehr, Hafen, Versorgung · Deggingstraße 40, 44141 Dortmund · Tel. 0231 955-0
  Amtsgericht Dortmund HRB 1195 · ausbildung@dsw21.de
Gebr. Hülsmann Dachtechnik GmbH
  Dachdeckerhandwerk · Im Defdahl 12, 44141 Dortmund · Tel. 0231 433011
  Amtsgericht Dortmund HRB 32209 · bewerbung@huelsmann-dach.de

Die Stände befinden sich in der Westfalenhalle 3B, Rheinlanddamm 200. Die Unternehmen stellen
insgesamt 84 Ausbildungsplätze für 2027 vor. Schulen melden Gruppen bis 20.02. über
tag-der-ausbildung@stadtdo.de an. Ansprechpartner in den Firmen werden am Stand benannt.
""",
    keep=[
        "Heinrich Schulte Bau GmbH",
        "HRB 11478",
        "Bäckerei Kortmann GmbH & Co. KG",
        "Gebr. Hülsmann Dachtechnik GmbH",
        "tag-der-ausbildung@stadtdo.de",
    ],
)

clean(
    "clean_procurement",
    """
Öffentliche Ausschreibung nach UVgO – Stadt Witten, Zentrale Vergabestelle
Vergabenummer: VgSt 2027-017

Leistung: Unterhaltsreinigung der städtischen Kindertageseinrichtungen, Los 1 (Kita Rüdinghausen,
Kita Annen-Mitte) und Los 2 (Kita Heven, Familienzentrum Bommern), Vertragslaufzeit 01.05.2027 bis
30.04.2029 mit Verlängerungsoption um ein Jahr.

Auftraggeber: Stadt Witten, Zentrale Vergabestelle, Marktstraße 16, 58452 Witten
Telefon 02302 581-0 (Zentrale), Fax 02302 581-1399, vergabestelle@stadt-witten.de
Vergabeunterlagen: ausschließlich elektronisch über den Vergabemarktplatz NRW
Angebotsfrist: 12.03.2027, 10:00 Uhr · Bindefrist: 30.04.2027
Besichtigung: verpflichtend, Termine am 22.02. und 24.02.2027 (Anmeldung über den Marktplatz)
Zuschlagskriterien: Preis 60 %, Qualität des Reinigungskonzepts 40 %

Eignungsnachweise: Eintragung in das Handelsregister oder die Handwerksrolle, Umsatz der letzten
drei Geschäftsjahre, drei Referenzen vergleichbarer Objekte, Tariftreue- und Mindestlohnerklärung
nach TVgG NRW. Bieterfragen nur schriftlich über den Vergabemarktplatz bis 01.03.2027.

Nachprüfungsbehörde: Vergabekammer Westfalen bei der Bezirksregierung Münster, Albrecht-Thaer-
Straße 9, 48147 Münster.
""",
    keep=[
        "Vergabenummer: VgSt 2027-017",
        "vergabestelle@stadt-witten.de",
        "Vergabekammer Westfalen",
        "Fax 02302 581-1399",
        "Preis 60 %",
    ],
)

clean(
    "clean_road_works",
    """
Verkehrshinweis der Stadt Gelsenkirchen – Baustellen ab KW 07/2027

1. Kurt-Schumacher-Straße (zwischen Grillostraße und Overwegstraße)
   Erneuerung der Fahrbahndecke, 15.02.–26.03.2027. Fahrtrichtung Schalke einspurig, Umleitung
   stadtauswärts über die Florastraße. Haltestelle „Grillostraße“ der Linie 302 wird um 80 m
   verlegt.

2. Dr.-Rudolf-Breitscheid-Straße / Einmündung Ringstraße
   Kanalanschlüsse durch Gelsenwasser AG, 22.02.–05.03.2027, Vollsperrung der Einmündung,
   Anlieger frei.

3. Willy-Brandt-Allee (Höhe Stadion)
   Arbeiten an der Stadtbahnhaltestelle, nachts 21–5 Uhr, 01.03.–12.03.2027. An Spieltagen ruhen
   die Arbeiten.

4. Bahnhofsvorplatz / Heinrich-König-Platz
   Pflasterarbeiten durch Heinrich Schulte Bau GmbH im Auftrag von Gelsendienste, Fußgänger werden
   über die Ebertstraße geleitet.

Aktuelle Informationen: www.gelsenkirchen.de/baustellen, Baustellentelefon 0209 169-4444,
verkehrslenkung@gelsenkirchen.de. Die Straßenverkehrsbehörde bittet um Verständnis.
""",
    keep=[
        "Kurt-Schumacher-Straße",
        "Dr.-Rudolf-Breitscheid-Straße",
        "Heinrich Schulte Bau GmbH",
        "Baustellentelefon 0209 169-4444",
        "verkehrslenkung@gelsenkirchen.de",
    ],
)

clean(
    "clean_council_paper",
    """
Stadt Herne – Beschlussvorlage                                    Drucksache 2027/0046
Federführung: Fachbereich Schule und Bildung                      öffentlich

Beratungsfolge:
  Schulausschuss                         23.02.2027   Vorberatung
  Haupt- und Personalausschuss           02.03.2027   Vorberatung
  Rat der Stadt                          16.03.2027   Entscheidung

Betreff: Generalsanierung der Anne-Frank-Gesamtschule, 2. Bauabschnitt (Naturwissenschaften)

Beschlussvorschlag:
Der Rat beschließt die Durchführung des 2. Bauabschnitts der Generalsanierung der
Anne-Frank-Gesamtschule mit Gesamtkosten von 7.480.000 €. Die Mittel stehen im Investitionsplan
unter der Maßnahme 5.217.040 bereit; 2,1 Mio. € werden aus dem Programm „Gute Schule 2020“
refinanziert.

Begründung (Auszug):
Der Trakt B (Baujahr 1974) entspricht nicht mehr den Anforderungen an Brandschutz und
Barrierefreiheit. Die Fachräume für Chemie und Physik werden während der Bauzeit in
Modulbauten auf dem Schulhof ausgelagert. Die Schule wurde 1987 nach Anne Frank benannt; das
Gedenkprojekt im Foyer bleibt erhalten.

Finanzielle Auswirkungen: Ja · Klimarelevanz: positiv (Dämmung, PV-Anlage 86 kWp)
Anlagen: Kostenberechnung nach DIN 276, Lageplan, Bauzeitenplan
""",
    keep=[
        "Drucksache 2027/0046",
        "Anne-Frank-Gesamtschule",
        "7.480.000 €",
        "Maßnahme 5.217.040",
        "DIN 276",
    ],
)

clean(
    "clean_opening_hours",
    """
So erreichen Sie die Stadtverwaltung Castrop-Rauxel

Rathaus, Europaplatz 1, 44575 Castrop-Rauxel · Telefon 02305 106-0 · Fax 02305 106-2100

Bürgerbüro (Erdgeschoss)
  Mo, Di, Do 8–16 Uhr · Mi 8–12 Uhr · Fr 8–12 Uhr · Sa (1. Samstag im Monat) 9–12 Uhr
  buergerbuero@castrop-rauxel.de · Termine online

Standesamt (1. OG)              standesamt@castrop-rauxel.de
Wahlamt (2. OG)                 wahlamt@castrop-rauxel.de
Stadtkasse (2. OG, Raum 214)    kasse@castrop-rauxel.de · Barzahlung nur Mo–Do 8–12 Uhr
Poststelle                      poststelle@castrop-rauxel.de
Fundbüro (im Bürgerbüro)        fundbuero@castrop-rauxel.de

Außenstellen
  Stadtteilbüro Habinghorst, Lange Straße 82 – Di und Do 9–12 Uhr
  Stadtteilbüro Ickern, Ickerner Markt 3 – Mi 14–17 Uhr

An Rosenmontag (15.02.2027) ist das Rathaus ab 12 Uhr geschlossen. Zwischen Weihnachten und
Neujahr ist nur das Standesamt für Sterbefälle erreichbar (Rufbereitschaft über die Zentrale).
Barrierefreier Zugang über den Eingang Bahnhofstraße, Behindertenparkplätze am Europaplatz.
""",
    keep=[
        "poststelle@castrop-rauxel.de",
        "wahlamt@castrop-rauxel.de",
        "kasse@castrop-rauxel.de",
        "Stadtteilbüro Habinghorst, Lange Straße 82",
        "Telefon 02305 106-0",
    ],
)

CL10 = tabbed(
    ("Gebührentatbestand", "Friedhof", "Nutzungszeit", "Gebühr 2026 €", "Gebühr 2027 €"),
    ("Reihengrab Erdbestattung", "alle", "25 Jahre", "1.890,00", "1.964,00"),
    ("Wahlgrab Erdbestattung, je Stelle", "alle", "30 Jahre", "2.640,00", "2.744,00"),
    ("Urnenreihengrab", "alle", "20 Jahre", "1.020,00", "1.061,00"),
    (
        "Urnengemeinschaftsgrab (Rasen)",
        "Blumenfriedhof, Hauptfriedhof",
        "20 Jahre",
        "1.380,00",
        "1.435,00",
    ),
    ("Baumgrab (Urne)", "Hauptfriedhof", "20 Jahre", "1.710,00", "1.778,00"),
    ("Benutzung Trauerhalle", "alle", "je Feier", "310,00", "322,00"),
    ("Verlängerung Nutzungsrecht", "", "je Jahr", "", "anteilig"),
)

clean(
    "clean_fee_table",
    f"""
Friedhofsverwaltung der Stadt Dortmund – Auszug aus der Gebührensatzung (ab 01.01.2027)
Beschluss des Rates vom 10.12.2026, Drucksache 31877-26

{CL10}

Die Gebühren gelten für alle kommunalen Friedhöfe, auch für den Ostfriedhof, auf dem unter
anderem Gräber bekannter Dortmunder Industrieller wie der Familie Hoesch erhalten sind, und den
Südwestfriedhof. Für Grabstätten unter Denkmalschutz gelten Sonderregelungen.

Verwaltung: Friedhöfe Dortmund, Am Gottesacker 25, 44143 Dortmund
Telefon 0231 50-0 (Vermittlung) · friedhoefe@stadtdo.de · Sprechzeiten Mo–Fr 8–12 Uhr
""",
    keep=[
        "Drucksache 31877-26",
        "Urnengemeinschaftsgrab (Rasen)",
        "1.964,00",
        "friedhoefe@stadtdo.de",
        "Am Gottesacker 25, 44143 Dortmund",
    ],
)

clean(
    "clean_district_office",
    """
Stadtteilbüro Wattenscheid-Mitte – Programm Februar/März 2027

Das Stadtteilbüro Wattenscheid-Mitte im Alten Rathaus (Freiheitstraße 14, 44866 Bochum) ist
Anlaufstelle für alle Fragen rund um das Förderprogramm „Soziale Stadt Wattenscheid“.

Offene Sprechstunde: Di 10–13 Uhr und Do 15–18 Uhr, ohne Anmeldung
Telefon 0234 910-7700 · stadtteilbuero-wattenscheid@bochum.de

Termine
- 09.02.2027, 18 Uhr: Bürgerwerkstatt Umgestaltung August-Bebel-Platz (Saal im Alten Rathaus)
- 16.02.2027, 17 Uhr: Verfügungsfonds – Vergabesitzung des Stadtteilbeirats (öffentlich)
- 02.03.2027, 10 Uhr: Frühjahrsputz Höntroper Park, Treffpunkt Eingang Hüller Straße
- 11.03.2027, 19 Uhr: Infoabend Fassadenprogramm (Zuschuss bis 50 %, höchstens 30 € je m²)
- 25.03.2027, 16 Uhr: Stadtteilrundgang „Wattenscheid im Wandel“ mit dem Heimat- und
  Bürgerverein, Treffpunkt Gertrudiskirche

Der Verfügungsfonds 2027 umfasst 25.000 €. Anträge stellen Vereine, Initiativen und
Nachbarschaften formlos im Stadtteilbüro; Einzelprojekte bis 5.000 €.

Gefördert durch das Land Nordrhein-Westfalen und den Bund im Programm Sozialer Zusammenhalt.
""",
    keep=[
        "Stadtteilbüro Wattenscheid-Mitte",
        "Freiheitstraße 14, 44866 Bochum",
        "stadtteilbuero-wattenscheid@bochum.de",
        "August-Bebel-Platz",
        "25.000 €",
    ],
)

clean(
    "clean_press_release",
    """
Pressemitteilung der Stadt Bochum                                          04.02.2027

Willy-Brandt-Platz wird klimafreundlich umgestaltet – Bauarbeiten ab April

Der Willy-Brandt-Platz vor dem Bochumer Rathaus erhält mehr Grün und weniger Asphalt. Ab dem
12. April 2027 werden zwölf neue Bäume gepflanzt, Sitzstufen aus Ruhrsandstein gebaut und
ein Wasserspiel angelegt. Die Arbeiten dauern voraussichtlich bis Ende Oktober; der Zugang zum
Rathaus und zum Bürgerbüro bleibt jederzeit möglich.

Der Platz trägt seit 1993 den Namen des früheren Bundeskanzlers Willy Brandt (1913–1992). Die
historische Gussstahlglocke des Bochumer Vereins bleibt an ihrem Standort; während der
Bauzeit wird sie mit einer Einhausung geschützt. Auch der benachbarte Dr.-Ruer-Platz mit dem
Gedenkort für Otto Ruer ist nicht betroffen.

Die Kosten von rund 3,2 Mio. € werden zu 70 % aus dem Förderprogramm „Klimaresiliente
Innenstädte“ getragen. Bauherr ist die Stadt Bochum, ausführendes Unternehmen ist die
Heinrich Schulte Bau GmbH aus Dortmund.

Informationen: www.bochum.de/willy-brandt-platz
Presse- und Informationsamt, Telefon 0234 910-3085, presseamt@bochum.de
""",
    keep=[
        "Willy-Brandt-Platz",
        "Willy Brandt (1913–1992)",
        "Gussstahlglocke",
        "3,2 Mio. €",
        "presseamt@bochum.de",
    ],
)

clean(
    "clean_local_history",
    """
VHS Witten | Wetter | Herdecke – Exkursion „Industriekultur an der Ruhr“ (Kurs 27-1-4410)

Die Tagesexkursion führt zu Orten, an denen die großen Namen der Ruhrindustrie Spuren
hinterlassen haben. Am Vormittag besuchen wir das Muttental in Witten, die Wiege des
Ruhrbergbaus, mit dem Bethaus der Bergleute und der Zeche Nachtigall. Mittags geht es zur
Henrichshütte nach Hattingen, deren Hochofen 3 heute als Museum zugänglich ist.

Am Nachmittag stehen zwei Unternehmerpersönlichkeiten im Mittelpunkt: Hugo Stinnes (1870–1924)
aus Mülheim an der Ruhr, der aus einem Kohlenhandel einen der größten Konzerne der Weimarer Zeit
formte, und Alfried Krupp von Bohlen und Halbach (1907–1967), der letzte Alleininhaber der Firma
Fried. Krupp. Die Führung in der Villa Hügel in Essen beleuchtet auch die Rolle der Unternehmen
in Zwangsarbeit und Rüstung während des Nationalsozialismus.

Termin: Samstag, 17.04.2027, 8:30–18:00 Uhr, Abfahrt Busbahnhof Witten, Bussteig 4
Entgelt: 39 € (inkl. Eintritte und Bus), ermäßigt 29 €
Anmeldung: VHS Witten | Wetter | Herdecke, Bergerstraße 25, 58452 Witten, Telefon 02302 581-5555,
vhs@witten.de. Mindestteilnehmerzahl 15, Anmeldeschluss 31.03.2027.
""",
    keep=[
        "Kurs 27-1-4410",
        "Hugo Stinnes (1870–1924)",
        "Alfried Krupp von Bohlen und Halbach (1907–1967)",
        "Bergerstraße 25, 58452 Witten",
        "vhs@witten.de",
    ],
)

clean(
    "clean_contact_list",
    """
Landtagswahl 2027 – Kontaktübersicht für die Wahlvorstände (Stadt Gelsenkirchen)

Bitte nutzen Sie am Wahltag ausschließlich die folgenden Funktionskontakte. Persönliche
Durchwahlen der Mitarbeitenden werden am Wahlsonntag nicht bedient.

Funktion                         Telefon               E-Mail
-------------------------------  --------------------  ---------------------------------
Wahlamt (Leitstelle)             0209 169-4800         wahlamt@gelsenkirchen.de
Briefwahlstelle                  0209 169-4810         briefwahl@gelsenkirchen.de
Schnellmeldungen Ergebnisse      0209 169-4820         ergebnisse@gelsenkirchen.de
Hausmeisterdienst Wahllokale     0209 169-4830         gebaeude@gelsenkirchen.de
IT-Hotline Wahlsoftware          0209 169-4840         it-wahl@gelsenkirchen.de
Poststelle (Abholung Urnen)      0209 169-0            poststelle@gelsenkirchen.de
Kasse (Erfrischungsgeld)         0209 169-0            kasse@gelsenkirchen.de

Wahllokale mit besonderen Hinweisen:
- Wahlbezirk 0312, Grillo-Gymnasium: Zugang nur über den Seiteneingang Hauptstraße.
- Wahlbezirk 0527, Gesamtschule Berger Feld: Aula, Aufzug vorhanden.
- Wahlbezirk 0911, Bürgerhaus Rotthausen: Schlüssel beim Hausmeisterdienst anfordern.

Ergebnisse bitte bis 18:45 Uhr telefonisch vorab melden; die Niederschrift bringt der
Wahlvorsteher oder die Wahlvorsteherin bis 21 Uhr ins Hans-Sachs-Haus, Ebertstraße 11.
""",
    keep=[
        "wahlamt@gelsenkirchen.de",
        "poststelle@gelsenkirchen.de",
        "kasse@gelsenkirchen.de",
        "Wahlbezirk 0312, Grillo-Gymnasium",
        "Hans-Sachs-Haus, Ebertstraße 11",
    ],
)

clean(
    "clean_council_paper",
    """
Bezirksvertretung Dortmund-Eving – Tagesordnung der 14. Sitzung
Sitzungstermin: Mittwoch, 24.02.2027, 16:00 Uhr · Sitzungsort: Bezirksverwaltungsstelle Eving,
Deutsche Str. 27, 44339 Dortmund, Sitzungssaal

Öffentlicher Teil
TOP 1   Feststellung der Tagesordnung
TOP 2   Genehmigung der Niederschrift über die 13. Sitzung
TOP 3   Benennung einer Straße im Neubaugebiet „Wohnen am Hohen Wall“ nach Sophie Scholl
        Drucksache 29114-27 (Vorschlag der Verwaltung: Sophie-Scholl-Weg)
TOP 4   Umgestaltung des Spielplatzes Nollendorfplatz – Drucksache 28990-26
TOP 5   Verfügungsmittel der Bezirksvertretung 2027 – Zuschüsse an
        a) Heimatverein Eving e.V. (Zechenfest, 1.200 €)
        b) Förderverein Grundschule Kemminghausen e.V. (Schulgarten, 850 €)
        c) Evinger Tafel e.V. (Kühlfahrzeug, 3.000 €)
TOP 6   Mitteilungen der Bezirksbürgermeisterin / des Bezirksbürgermeisters
TOP 7   Anfragen

Nicht öffentlicher Teil
TOP 8   Grundstücksangelegenheiten – Drucksache 29207-27

Die Sitzungsunterlagen stehen im Ratsinformationssystem zur Verfügung. Anfragen an die
Geschäftsführung der Bezirksvertretung: bv-eving@stadtdo.de, Telefon 0231 50-29300.
""",
    keep=[
        "Drucksache 29114-27",
        "Sophie-Scholl-Weg",
        "Heimatverein Eving e.V.",
        "bv-eving@stadtdo.de",
        "Deutsche Str. 27, 44339 Dortmund",
    ],
)

CL16 = piped(
    (5, 36, 22, 14, 12),
    ("Std.", "Firma", "Sortiment", "Register", "Telefon"),
    ("01", "Hofgut Schulte-Wieschhoff GmbH", "Obst, Gemüse", "HRB 6612 BO", "02323 94410"),
    ("02", "Fleischerei Brüggemann GmbH & Co. KG", "Fleisch, Wurst", "HRA 3308 BO", "02325 61808"),
    ("03", "Bäckerei Kortenbrede GmbH", "Backwaren", "HRB 18871 DO", "0231 861320"),
    ("04", "Fischfeinkost Nordsee-Hering GmbH", "Fisch", "HRB 9024 GE", "0209 371155"),
    ("05", "Käsehaus Emschertal eG", "Käse", "GnR 211 BO", "02323 50771"),
    ("06", "Blumen Rosenhof Anholt GmbH", "Blumen, Pflanzen", "HRB 4471 BOR", "02874 9020"),
)

clean(
    "clean_firm_list",
    f"""
Stadt Herne – Marktverwaltung
Wochenmarkt Herne-Mitte (Rathausplatz), Dauerbeschicker ab 01.03.2027

{CL16}

Markttage: Dienstag, Donnerstag und Samstag, 7–13 Uhr. Standgeld 2,10 € je laufendem Meter und
Markttag, Stromanschluss pauschal 4,00 €. Die Standplätze 07 bis 12 werden als Tagesplätze
vergeben (Anmeldung bis 6:30 Uhr beim Marktmeister vor Ort).

Marktverwaltung, Friedrich-Ebert-Platz 2, 44623 Herne · Telefon 02323 16-0 · markt@herne.de
""",
    keep=[
        "Hofgut Schulte-Wieschhoff GmbH",
        "Fleischerei Brüggemann GmbH & Co. KG",
        "HRA 3308 BO",
        "Standgeld 2,10 €",
        "markt@herne.de",
    ],
)

CL17 = aligned(
    (44, 18, 16),
    ("Tatbestand", "Gebühr", "Einheit"),
    ("Parkscheinautomat Innenstadt (Zone 1)", "2,00 €", "je Stunde"),
    ("Parkscheinautomat Innenstadt (Zone 2)", "1,20 €", "je Stunde"),
    ("Parkhaus Rathaus (Tagesticket)", "9,00 €", "je Tag"),
    ("Bewohnerparkausweis", "30,70 €", "je Jahr"),
    ("Sondernutzung Außengastronomie", "24,00 €", "je m² und Saison"),
    ("Sondernutzung Warenauslage", "18,00 €", "je m² und Jahr"),
    ("Baustelleneinrichtung im Gehweg", "1,50 €", "je m² und Tag"),
    ("Halteverbotszone Umzug (Antrag)", "45,00 €", "je Antrag"),
)

clean(
    "clean_fee_table",
    f"""
Stadt Witten – Straßenverkehrsbehörde und Tiefbau
Gebühren für Parken und Sondernutzungen (Stand 01.01.2027)

{CL17}

Rechtsgrundlagen: Parkgebührenordnung der Stadt Witten vom 08.12.2026, Sondernutzungssatzung
vom 15.06.2021 in der Fassung des 3. Nachtrags. Für Veranstaltungen gemeinnütziger Vereine kann
die Sondernutzungsgebühr ermäßigt werden (Antrag formlos).

Anträge: sondernutzung@stadt-witten.de · Halteverbotszonen mindestens 14 Tage vorher über das
Online-Formular. Auskunft: Bürgertelefon 02302 581-0. Parkhaus Rathaus, Ruhrstraße 43, rund um
die Uhr geöffnet.
""",
    keep=[
        "Bewohnerparkausweis",
        "30,70 €",
        "sondernutzung@stadt-witten.de",
        "Parkhaus Rathaus, Ruhrstraße 43",
        "Bürgertelefon 02302 581-0",
    ],
)

clean(
    "clean_road_works",
    """
Stadtentwässerung Herne informiert: Kanalerneuerung Bahnhofstraße / Bebelstraße

Ab Montag, 01.03.2027, erneuert die Stadtentwässerung Herne AöR den Mischwasserkanal in der
Bahnhofstraße zwischen Bebelstraße und Kirchhofstraße. Der rund 90 Jahre alte Kanal wird durch
ein Rohr mit 1.200 mm Durchmesser ersetzt.

Bauabschnitte:
  1. Bahnhofstraße, Bebelstraße bis Neustraße       01.03.–30.04.2027
  2. Bahnhofstraße, Neustraße bis Kirchhofstraße    03.05.–02.07.2027
  3. Einbindung Bebelstraße (Kreuzung)               in den Sommerferien

Während der Arbeiten ist die Bahnhofstraße für den Durchgangsverkehr gesperrt. Die Zufahrt zu
den Grundstücken bleibt außerhalb der Grubenbereiche möglich. Die Buslinien 311 und 323 fahren
eine Umleitung über die Hermann-Löns-Straße. Die Haltestelle „Bebelstraße“ entfällt.

Bauausführung: Heitkamp Rohrbau GmbH, Herne (HRB 7724 Amtsgericht Bochum)
Bauleitung Stadtentwässerung: Telefon 02323 16-4747, baustellen@stadtentwaesserung-herne.de
Baustellensprechstunde: donnerstags 15–16 Uhr im Baucontainer, Ecke Bahnhofstraße/Neustraße
""",
    keep=[
        "Stadtentwässerung Herne AöR",
        "Heitkamp Rohrbau GmbH",
        "HRB 7724 Amtsgericht Bochum",
        "Hermann-Löns-Straße",
        "baustellen@stadtentwaesserung-herne.de",
    ],
)

CL19 = tabbed(
    (
        "Stadtteil",
        "Einwohner 31.12.2026",
        "Veränderung",
        "unter 18 J. in %",
        "ab 65 J. in %",
        "Fläche km²",
    ),
    ("Altstadt", "9.812", "+41", "16,9", "24,1", "3,2"),
    ("Habinghorst", "11.406", "-38", "19,4", "21,7", "4,9"),
    ("Ickern", "13.952", "+112", "18,1", "22,6", "7,4"),
    ("Rauxel-Nord", "6.204", "-17", "15,2", "27,3", "5,6"),
    ("Merklinde", "4.118", "+9", "14,8", "26,0", "4,1"),
    ("Deininghausen", "5.387", "+22", "17,0", "23,4", "3,8"),
    ("Schwerin", "7.731", "-4", "16,2", "25,9", "5,0"),
    ("übrige Stadtteile", "15.693", "+60", "17,5", "23,0", "17,4"),
    ("Summe", "74.303", "+185", "17,3", "23,6", "51,4"),
)

clean(
    "clean_statistics",
    f"""
Betreff: Einwohnerzahlen nach Stadtteilen zum 31.12.2026 – für den Integrierten Sozialbericht

Liebe Kolleginnen und Kollegen,

anbei die abgestimmten Zahlen aus dem Melderegister (nur Hauptwohnsitze), direkt aus Excel.
Bitte die Zahlen für die Stadtteilprofile der Stadtteilbüros Habinghorst und Ickern verwenden;
die Karte mit den statistischen Bezirken folgt von der Geodatenstelle.

{CL19}

Auffällig ist der Zuwachs in Ickern (Neubaugebiet Ickerner Mühle). Die Stadtteile Frohlinde,
Bladenhorst, Pöppinghausen, Henrichenburg und Dingen sind unter „übrige“ zusammengefasst.

Viele Grüße
Statistikstelle der Stadt Castrop-Rauxel
statistik@castrop-rauxel.de · Telefon 02305 106-0
""",
    keep=[
        "Integrierten Sozialbericht",
        "74.303",
        "Neubaugebiet Ickerner Mühle",
        "statistik@castrop-rauxel.de",
        "Stadtteilbüros Habinghorst und Ickern",
    ],
)

clean(
    "clean_procurement",
    """
Bekanntmachung – Stadt Bochum, Zentrale Dienste, Submissionsstelle
Beschränkte Ausschreibung mit Teilnahmewettbewerb – Vergabe-Nr. 10-2027-0093

Gegenstand: Lieferung und Installation von 140 Netzwerk-Switches (Layer 3, PoE+) für die
Verwaltungsstandorte und Schulen, einschließlich Konfiguration im städtischen Netz
(Managementnetz 10.60.0.0/16, Schulnetz 10.80.0.0/14) und fünf Jahren Herstellergarantie.

Ausführungsorte: Rathaus, Willy-Brandt-Platz 2–6; Technisches Rathaus, Hans-Böckler-Straße 19;
Bildungs- und Verwaltungszentrum (BVZ), Gustav-Heinemann-Platz 2–6; sowie 61 Schulstandorte.

Teilnahmeanträge bis 05.03.2027, 12:00 Uhr, ausschließlich über das Vergabeportal der Stadt
Bochum. Auskünfte: Submissionsstelle, submission@bochum.de, Telefon 0234 910-0 (Vermittlung).
Für technische Fragen wenden Sie sich bitte an das Funktionspostfach netzwerk@bochum.de; die
Fragen und Antworten werden allen Bewerbern anonymisiert zur Verfügung gestellt.

Eignung: Herstellerzertifizierung, mindestens drei Referenzen öffentlicher Auftraggeber,
Nachweis nach ISO/IEC 27001. Zuschlagskriterien: Preis 70 %, Energieeffizienz 15 %,
Servicekonzept 15 %.
""",
    keep=[
        "Vergabe-Nr. 10-2027-0093",
        "10.60.0.0/16",
        "Gustav-Heinemann-Platz 2–6",
        "submission@bochum.de",
        "netzwerk@bochum.de",
    ],
)


if __name__ == "__main__":
    sys.exit(main())
