"""Build the eleventh German PII redaction HELD-OUT corpus (``corpus.jsonl`` next to this file).

    python3 tests/data/redaction_heldout11/build_heldout11.py

BLIND HELD-OUT SET: measure it in aggregate only (``bench/redaction.py --aggregate``). Nobody who
tunes the redactor may read its documents. It was written without sight of the redactor, its
rules, its benchmark and every other corpus (only the README and the docstring and number
helpers of the build script of dev12 were read, for the record format and the conventions).

Its 70 documents (50 with personal data, 20 without) reach the back office of a German city:
mostly Ruhr cities (Bochum, Herne, Witten, Hattingen, Recklinghausen), some elsewhere (Kassel,
Cottbus, Regensburg). Styles of the documents with personal data:

  - citizen_letter    letters and e-mails of citizens (complaints, applications, objections,
                      changes of address) with salutations, signature blocks, family members
                      and names from many countries,
  - file_note         Aktenvermerk, Gesprächsnotiz, Telefonnotiz, Übergabevermerk in staff
                      shorthand (bare surnames, Hr./Fr./Ehem./KM/KV, dates, file numbers),
  - ocr_form          OCR'd forms (Gewerbeanmeldung, Wohngeldantrag, Meldeschein, Kita-Antrag)
                      with 0/O, 1/l, rn/m swaps and lost umlauts,
  - table_list        Excel pastes, CSV, fixed-width printouts, household tables, Markdown,
  - email_thread      threads with quoted replies and forwarded headers,
  - advisor_chat      the business-advisor chat of the economic-development office,
  - authority_letter  Bescheid, Anhörung, Mahnung, Vollstreckungsankündigung.

The PII-free documents are council papers, press releases, service pages and FAQs, fee
schedules, roadworks notices, statutes and procurement notices.

Markup: personal strings are written inline as ``[[TYPE:text]]``; the script removes the markup
and computes the offsets. Type aliases:

    P=PERSON  STR=STREET_ADDRESS  LOC=LOCATION  DOB=DATE_OF_BIRTH  TEL=PHONE_NUMBER
    MAIL=EMAIL_ADDRESS  IBAN=IBAN_CODE  TAX=DE_TAX_ID  RV=DE_SOCIAL_SECURITY  ID=DE_ID_CARD
    PASS=DE_PASSPORT  KFZ=DE_KFZ  AZ=DE_AKTENZEICHEN  HR=DE_HANDELSREGISTER  IP=IP_ADDRESS

Conventions (those of the development sets):
  - labels, keys and column headers are not annotated, only values; salutations, titles and
    roles (Herr, Frau, Hr., Fr., Dr., RAin, KM, KV, Ehem., Familie) stay outside PERSON spans;
    a lone surname or first name is PERSON; a name inside an e-mail address is part of the
    EMAIL_ADDRESS only; OCR-garbled strings are annotated as written;
  - a span never crosses a line break;
  - a private address gives STREET_ADDRESS (street, number, additions such as "2. OG rechts")
    and LOCATION (postcode and town together); towns and districts of residence, birth, origin,
    former residence and of relatives are LOCATION (also abroad); countries and nationalities
    are not annotated; offices, schools, public places, offence and vehicle sites are not;
  - city staff are personal (name, direct line, personal mailbox); switchboards (...-0),
    hotlines and functional mailboxes are not; politicians are never named;
  - file numbers, Kassenzeichen, customer, object, mandate, BG and register numbers of a
    citizen's matter are DE_AKTENZEICHEN; council papers, paragraphs, tariff and ticket
    numbers are not;
  - German ID cards and eAT cards are DE_ID_CARD; German and foreign passports DE_PASSPORT;
  - sole traders (e.K., Inh.) are natural persons: name, business address and HRA entry are
    personal; GmbH, AG, KG, eG, their HRB entries and addresses are not, even with a family
    name in the firm name;
  - plates of citizens' and firms' vehicles are DE_KFZ, municipal plates are not; citizens'
    IP addresses are IP_ADDRESS, internal addresses of the city network are not;
  - only dates of birth are personal (also of deceased persons); other dates are not;
  - the city's own bank accounts are not personal; citizens' accounts are IBAN_CODE.

Checks (standard library only): the offsets reproduce the span text; spans are sorted, do not
overlap, do not cross a line break and have no surrounding blanks; Steuer-IDs (§ 139b AO),
IBANs (MOD 97) and Rentenversicherungsnummern have valid check digits; ID-card numbers use the
ID-card alphabet; every keep phrase occurs outside all spans; 4-5 keep phrases per document;
400-3,500 characters per document; PII-free documents have no spans; every further occurrence
of an annotated string and of each name part of three or more letters is annotated as well,
unless it is allowed explicitly for that document. Nothing is random.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "corpus.jsonl"

EXPECTED = {"pii": 50, "clean": 20}
MIN_LEN, MAX_LEN = 400, 3500

SPAN_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]")
TYPE_ALIAS = {
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
SPAN_TYPES = frozenset(TYPE_ALIAS.values())
ID_CARD_CHARS = frozenset("CFGHJKLMNPRTVWXYZ0123456789")
IBAN_LENGTH = {"DE": 22, "PL": 28, "TR": 26, "UA": 29, "BG": 22, "IT": 27, "GR": 27, "RO": 24}

RECORDS: list[dict] = []


# ==============================================================================================
# Numbers with check digits
# ==============================================================================================


def tax_check_digit(ten: str) -> int:
    """Check digit of a Steuer-ID (ISO 7064 MOD 11,10 as in § 139b AO)."""
    product = 10
    for digit in ten:
        subtotal = (int(digit) + product) % 10
        if subtotal == 0:
            subtotal = 10
        product = (2 * subtotal) % 11
    digit = 11 - product
    return 0 if digit == 10 else digit


def steuer_id(ten: str, spaced: bool = False) -> str:
    """An eleven-digit Steuer-ID: exactly one digit repeated (twice or three times)."""
    assert len(ten) == 11 - 1 and ten.isdigit() and not ten.startswith("0"), ten
    frequencies = sorted(Counter(ten).values(), reverse=True)
    assert frequencies[0] in (2, 3) and all(f == 1 for f in frequencies[1:]), ten
    full = ten + str(tax_check_digit(ten))
    if spaced:
        return " ".join((full[0:2], full[2:5], full[5:8], full[8:11]))
    return full


def iban_ok(value: str) -> bool:
    compact = value.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}", compact):
        return False
    if compact[:2] in IBAN_LENGTH and len(compact) != IBAN_LENGTH[compact[:2]]:
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


def iban(country: str, bban: str, spaced: bool = True) -> str:
    """IBAN with MOD-97 check digits for ``bban``; grouped in fours unless ``spaced`` is off."""
    as_digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    compact = f"{country}{98 - int(as_digits) % 97:02d}{bban}"
    assert len(compact) == IBAN_LENGTH[country], (compact, len(compact))
    assert iban_ok(compact)
    if spaced:
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact


RV_FACTORS = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)


def rv_check_digit(area: str, birth: str, initial: str, serial: str) -> int:
    """Check digit of a Rentenversicherungsnummer (the initial counts as its alphabet index)."""
    digits = f"{area}{birth}{ord(initial) - ord('A') + 1:02d}{serial}"
    total = 0
    for digit, factor in zip(digits, RV_FACTORS, strict=True):
        product = int(digit) * factor
        total += product // 10 + product % 10
    return total % 10


def rvnr(area: str, birth: str, initial: str, serial: str, spaced: bool = True) -> str:
    """Rentenversicherungsnummer: area, date of birth DDMMYY, initial of birth name, serial."""
    assert len(area) == 2 and len(birth) == 6 and len(serial) == 2 and initial.isupper()
    check = rv_check_digit(area, birth, initial, serial)
    if spaced:
        return f"{area} {birth} {initial} {serial}{check}"
    return f"{area}{birth}{initial}{serial}{check}"


def rv_ok(value: str) -> bool:
    m = re.fullmatch(r"(\d{2})(\d{6})([A-Z])(\d{2})(\d)", value.replace(" ", ""))
    return bool(m) and rv_check_digit(m[1], m[2], m[3], m[4]) == int(m[5])


def id_card(serial: str) -> str:
    """Nine characters of the alphabet of German ID cards and eAT cards."""
    assert len(serial) == 9 and set(serial) <= ID_CARD_CHARS, serial
    return serial


# ==============================================================================================
# Layout helpers (markup is invisible when widths are computed)
# ==============================================================================================


def plain(marked: str) -> str:
    return SPAN_RE.sub(lambda m: m.group(2), marked)


def tabbed(*rows: tuple[str, ...]) -> str:
    """Rows of an Excel range on the clipboard: cells separated by tabs, empty cells kept."""
    return "\n".join("\t".join(row) for row in rows)


def fixed(widths: tuple[int, ...], *rows: tuple[str, ...]) -> str:
    """Rows of a space-aligned printout; a cell is padded to its width, at least one blank."""
    lines = []
    for row in rows:
        parts = []
        for i, cell in enumerate(row):
            width = widths[i] if i < len(widths) else 0
            parts.append(cell + " " * max(1, width - len(plain(cell))))
        lines.append("".join(parts).rstrip())
    return "\n".join(lines)


def piped(*rows: tuple[str, ...]) -> str:
    """Rows of a Markdown table (cells not padded, as people type them)."""
    return "\n".join("| " + " | ".join(row) + " |" for row in rows)


def quoted(block: str, prefix: str = "> ") -> str:
    """Quote every line of ``block`` as a mail client does in a reply."""
    return "\n".join((prefix + line).rstrip() for line in block.split("\n"))


# ==============================================================================================
# Registration and checks
# ==============================================================================================


def strip_markup(marked: str) -> tuple[str, list[dict]]:
    out: list[str] = []
    spans: list[dict] = []
    cursor = 0
    offset = 0
    for m in SPAN_RE.finditer(marked):
        literal = marked[cursor : m.start()]
        out.append(literal)
        offset += len(literal)
        label, value = m.group(1), m.group(2)
        span_type = TYPE_ALIAS.get(label, label)
        if span_type not in SPAN_TYPES:
            raise ValueError(f"unknown span type {label!r} in {m.group(0)!r}")
        spans.append(
            {"start": offset, "end": offset + len(value), "type": span_type, "text": value}
        )
        out.append(value)
        offset += len(value)
        cursor = m.end()
    out.append(marked[cursor:])
    return "".join(out), spans


def register(
    kind: str, style: str, marked: str, keep: list[str], allow: tuple[str, ...] = ()
) -> None:
    text, spans = strip_markup(marked.strip("\n") + "\n")
    RECORDS.append(
        {
            "kind": kind,
            "style": style,
            "text": text,
            "spans": spans,
            "keep": list(keep),
            "allow": tuple(allow),
        }
    )


def pii(style: str, marked: str, keep: list[str], allow: tuple[str, ...] = ()) -> None:
    register("pii", style, marked, keep, allow)


def clean(style: str, marked: str, keep: list[str]) -> None:
    register("clean", style, marked, keep)


NAME_PART = re.compile(r"[^\W\d_]{3,}")


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    pattern = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def inside_a_span(spans: list[dict], start: int, end: int) -> bool:
    return any(s["start"] <= start and end <= s["end"] for s in spans)


def touches_a_span(spans: list[dict], start: int, end: int) -> bool:
    return any(s["start"] < end and start < s["end"] for s in spans)


def validate(rec: dict, ident: str) -> list[str]:
    problems: list[str] = []
    text, spans = rec["text"], rec["spans"]

    def fail(message: str) -> None:
        problems.append(f"{ident} [{rec['style']}]: {message}")

    if not MIN_LEN <= len(text) <= MAX_LEN:
        fail(f"length {len(text)} not in {MIN_LEN}..{MAX_LEN}")
    if "[[" in text or "]]" in text:
        fail("markup left in the text")
    if not 4 <= len(rec["keep"]) <= 5:
        fail(f"{len(rec['keep'])} keep phrases (need 4-5)")
    if rec["kind"] == "clean" and spans:
        fail("PII-free document has spans")
    if rec["kind"] == "pii" and not spans:
        fail("document with personal data has no spans")

    last_end = -1
    for s in spans:
        value = s["text"]
        if text[s["start"] : s["end"]] != value:
            fail(f"offsets do not reproduce {value!r}")
        if s["start"] < last_end:
            fail(f"span unsorted or overlapping: {value!r}")
        last_end = s["end"]
        if not value or value.strip() != value or "\n" in value:
            fail(f"span with blank edge or line break: {value!r}")
        if s["type"] == "DE_TAX_ID":
            digits = value.replace(" ", "")
            if not (
                len(digits) == 11
                and digits.isdigit()
                and tax_check_digit(digits[:10]) == int(digits[10])
            ):
                fail(f"invalid Steuer-ID {value!r}")
        elif s["type"] == "IBAN_CODE" and not iban_ok(value):
            fail(f"invalid IBAN {value!r}")
        elif s["type"] == "DE_SOCIAL_SECURITY" and not rv_ok(value):
            fail(f"invalid RV number {value!r}")
        elif s["type"] == "DE_ID_CARD" and not set(value) <= ID_CARD_CHARS:
            fail(f"ID-card number outside the ID-card alphabet: {value!r}")

    for phrase in rec["keep"]:
        hits = [(m.start(), m.end()) for m in re.finditer(re.escape(phrase), text)]
        if not hits:
            fail(f"keep phrase not in text: {phrase!r}")
        elif all(touches_a_span(spans, a, b) for a, b in hits):
            fail(f"keep phrase only inside spans: {phrase!r}")

    needles: set[str] = set()
    for s in spans:
        if len(s["text"]) >= 3:
            needles.add(s["text"])
        if s["type"] == "PERSON":
            needles.update(NAME_PART.findall(s["text"]))
    for needle in sorted(needles):
        if needle in rec["allow"]:
            continue
        for a, b in occurrences(text, needle):
            if not inside_a_span(spans, a, b):
                context = text[max(0, a - 30) : b + 30].replace("\n", " / ")
                fail(f"unannotated occurrence of {needle!r}: ...{context}...")
                break
    unused = [a for a in rec["allow"] if a not in needles]
    if unused:
        fail(f"allow entries that are no needles: {unused}")
    return problems


def main() -> int:
    partial = "--partial" in sys.argv
    problems: list[str] = []
    numbers = {"pii": 0, "clean": 0}
    out: list[dict] = []
    for kind in ("pii", "clean"):
        for rec in (r for r in RECORDS if r["kind"] == kind):
            numbers[kind] += 1
            ident = f"{kind}-{numbers[kind]:03d}"
            problems.extend(validate(rec, ident))
            out.append(
                {
                    "id": ident,
                    "kind": kind,
                    "style": rec["style"],
                    "text": rec["text"],
                    "spans": rec["spans"],
                    "keep": rec["keep"],
                }
            )
    if not partial and numbers != EXPECTED:
        problems.append(f"expected {EXPECTED}, got {numbers}")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        print(f"{len(problems)} problem(s); corpus.jsonl not written", file=sys.stderr)
        return 1
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    by_type = Counter(s["type"] for r in out for s in r["spans"])
    by_style = Counter((r["style"], r["kind"]) for r in out)
    spans_by_style = Counter()
    for r in out:
        spans_by_style[r["style"]] += len(r["spans"])
    lengths = [len(r["text"]) for r in out]
    print(f"wrote {len(out)} documents to {OUT}")
    print(
        f"  pii {numbers['pii']}, clean {numbers['clean']}, spans {sum(by_type.values())}, "
        f"keep {sum(len(r['keep']) for r in out)}, length {min(lengths)}..{max(lengths)}"
    )
    for span_type, n in by_type.most_common():
        print(f"  {span_type:20s} {n}")
    for style in sorted({s for s, _ in by_style}):
        print(
            f"  {style:18s} pii {by_style[(style, 'pii')]:2d}  clean {by_style[(style, 'clean')]:2d}"
            f"  spans {spans_by_style[style]}"
        )
    return 0


# ==============================================================================================
# Numbers used in the documents
# ==============================================================================================

SPK_BO = "43050001"
SPK_HER = "43250030"
SPK_WIT = "45250035"
SPK_HAT = "43051040"
SPK_RE = "42650150"
SPK_KS = "52050353"
SPK_CB = "18050000"
SPK_R = "75050000"
POSTBANK = "44010046"
VOBA_RUHR = "43060967"

# ==============================================================================================
# Citizens' letters and e-mails (pii)
# ==============================================================================================

pii(
    "citizen_letter",
    """
Von: [[P:Mehmet Yıldırım]] <[[MAIL:m.yildirim1979@gmx.de]]>
Gesendet: Dienstag, 10. Februar 2026 21:47
An: bussgeldstelle@bochum.de
Betreff: Einspruch gegen Verwarnungsgeld, Az. [[AZ:55.31.204871.6]]

Sehr geehrte Damen und Herren,

hiermit lege ich Einspruch gegen das Verwarnungsgeld über 55,00 € ein, das Sie mir mit dem
Anhörungsbogen vom 03.02.2026 (Aktenzeichen [[AZ:55.31.204871.6]]) für mein Fahrzeug mit dem
Kennzeichen [[KFZ:BO-MY 4711]] zugeschickt haben.

Am 21.01.2026 gegen 23:10 Uhr hat meine Frau [[P:Emine]] unseren Sohn [[P:Emre]] (geb.
[[DOB:14.06.2019]]) mit hohem Fieber und Atemnot in die Notaufnahme des St. Josef-Hospitals
gebracht. Weil vor der Notaufnahme kein Platz frei war, hat sie kurz in der Gudrunstraße im
Halteverbot gehalten. Ich selbst war an dem Abend in Nachtschicht bei Thyssenkrupp und konnte
nicht fahren. Eine Bescheinigung der Kinderklinik über die Aufnahme füge ich als PDF bei, ebenso
eine Kopie des Kinderreisepasses von [[P:Emre]], damit Sie das Alter sehen.

Ich bitte Sie, das Verfahren einzustellen. Mir ist klar, dass man dort nicht parken darf, aber in
so einer Situation denkt man nicht an Schilder. Falls Sie noch etwas von meiner Frau brauchen,
sie ist tagsüber unter [[TEL:0176 4418 2290]] erreichbar, ich selbst unter [[TEL:0157 38820417]].

Der Anhörungsbogen ist auf mich als Halter ausgestellt. Gefahren ist aber meine Frau, [[P:Emine Yıldırım]],
geb. [[P:Aksoy]], geboren am [[DOB:02.09.1983]], gleiche Anschrift.

Mit freundlichen Grüßen

[[P:Mehmet Yıldırım]]
[[STR:Hattinger Straße 344]]
[[LOC:44795 Bochum]]

Anlagen: Bescheinigung Kinderklinik, Kopie Kinderreisepass
""",
    [
        "bussgeldstelle@bochum.de",
        "Gudrunstraße",
        "St. Josef-Hospitals",
        "Anhörungsbogen vom 03.02.2026",
        "Thyssenkrupp",
    ],
)

pii(
    "citizen_letter",
    f"""
[[P:Katarzyna Wójcik-Nowak]]
[[STR:Mont-Cenis-Straße 212]]
[[LOC:44627 Herne]]
Tel. [[TEL:0172 5530194]]
[[MAIL:k.wojcik-nowak@web.de]]

Stadt Herne
Fachbereich Öffentliche Ordnung
– Bewohnerparken –
Friedrich-Ebert-Platz 2
44623 Herne

Herne, 27.01.2026

Antrag auf Bewohnerparkausweis für die Zone S 2 (Sodingen-Mitte)

Sehr geehrte Damen und Herren,

seit dem 01.12.2025 wohne ich mit meinem Mann, [[P:Paweł Nowak]], in der oben genannten Wohnung. Vorher
haben wir in [[LOC:Gliwice]] gewohnt, mein Auto war bis Januar noch dort zugelassen und ist jetzt
in Herne angemeldet. Ich beantrage einen Bewohnerparkausweis für folgendes Fahrzeug:

Kennzeichen: [[KFZ:HER-KW 212]]
Halterin: [[P:Katarzyna Wójcik-Nowak]], geb. [[DOB:08.05.1988]]
Fahrzeug: Škoda Fabia, grau

Mein Mann fährt einen Firmenwagen der Dachdeckerei Brzezinski GmbH (Kennzeichen [[KFZ:HER-DB 318]]),
den er auch abends mit nach Hause nimmt. Auf der Internetseite steht, dass für Firmenwagen eine
Bescheinigung des Arbeitgebers nötig ist. Die Bescheinigung schicke ich nach, sobald Herr
[[P:Brzezinski]] aus dem Urlaub zurück ist. Kann ich den Ausweis für den Firmenwagen schon jetzt mit
beantragen, oder muss ich dafür einen zweiten Antrag stellen?

Die Gebühr von 30,70 € pro Jahr können Sie gerne per Lastschrift von meinem Konto einziehen:
IBAN [[IBAN:{iban("DE", SPK_HER + "0017338204")}]], Kontoinhaberin [[P:Katarzyna Wójcik-Nowak]].

Kopien der Zulassungsbescheinigung Teil I und meiner Meldebescheinigung liegen bei.

Mit freundlichen Grüßen
[[P:K. Wójcik-Nowak]]
""",
    [
        "Friedrich-Ebert-Platz 2",
        "Zone S 2 (Sodingen-Mitte)",
        "Dachdeckerei Brzezinski GmbH",
        "30,70 € pro Jahr",
        "Zulassungsbescheinigung Teil I",
    ],
    allow=("Brzezinski",),
)

pii(
    "citizen_letter",
    f"""
[[P:Georgios Papadopoulos]] und [[P:Eleni Papadopoulou]]
[[STR:Ardeystraße 71]]
[[LOC:58452 Witten]]

An die Stadt Witten
Amt für Steuern und Abgaben
Marktstraße 16
58452 Witten

Widerspruch gegen den Grundbesitzabgabenbescheid 2026
Kassenzeichen [[AZ:4.0100.552318.9]]

Sehr geehrte Damen und Herren,

gegen den Bescheid vom 15.01.2026 über die Grundbesitzabgaben 2026 für unser Haus
[[STR:Ardeystraße 71]] legen wir fristgerecht Widerspruch ein, soweit es um die Abfallgebühren geht.

Sie berechnen die Restmüllgebühr weiterhin für vier Personen. Meine Schwiegermutter, Frau [[P:Sofia Karagianni]],
ist aber am 30.09.2025 zurück nach [[LOC:Thessaloniki]] gezogen und hat sich beim
Bürgerbüro ordnungsgemäß abgemeldet. Seitdem wohnen im Haus nur noch meine Frau, ich und unser
Sohn [[P:Nikos]]. Die Abmeldebescheinigung meiner Schwiegermutter (geb. [[DOB:11.02.1949]]) lege
ich in Kopie bei.

Außerdem haben wir im Herbst die 120-Liter-Tonne gegen eine 80-Liter-Tonne getauscht. Der
Tausch wurde vom Entsorgungsbetrieb am 06.11.2025 bestätigt (Auftragsnummer des Tauschs:
[[AZ:TW-2025-118734]]). Auch das ist im Bescheid noch nicht berücksichtigt.

Bitte berechnen Sie die Gebühr neu und erstatten Sie uns den zu viel gezahlten Betrag auf unser
Konto bei der Sparkasse Witten, IBAN [[IBAN:{iban("DE", SPK_WIT + "0000418802", spaced=False)}]].

Für Rückfragen erreichen Sie mich unter [[TEL:02302 9641 57]] oder per E-Mail an
[[MAIL:g.papadopoulos@t-online.de]].

Mit freundlichen Grüßen

[[P:Georgios Papadopoulos]]                [[P:Eleni Papadopoulou]]
""",
    [
        "Marktstraße 16",
        "Amt für Steuern und Abgaben",
        "Grundbesitzabgabenbescheid 2026",
        "80-Liter-Tonne",
        "Sparkasse Witten",
    ],
    allow=("58452 Witten",),
)

pii(
    "citizen_letter",
    f"""
Von: [[MAIL:olena.kovalenko.hw@gmail.com]]
An: buergerbuero@hattingen.de
Datum: 04.02.2026, 08:12
Betreff: Umzug / neue Adresse – [[P:Kovalenko]]

Guten Tag,

ich heiße [[P:Olena Kovalenko]] und wohne mit meinen zwei Kindern seit Juni 2023 in Hattingen. Bis jetzt
waren wir in der Gemeinschaftsunterkunft an der Marxstraße untergebracht. Ab dem 15.02.2026 haben wir
endlich eine eigene Wohnung:

[[STR:Bredenscheider Straße 19, 2. OG rechts]]
[[LOC:45527 Hattingen]]

Ich weiß, dass ich mich innerhalb von zwei Wochen ummelden muss. Im Online-Terminkalender finde ich
aber erst Termine im März. Geht das auch ohne Termin, oder kann ich alles per Post schicken?

Unsere Daten:
1. [[P:Olena Kovalenko]], geb. [[DOB:19.07.1986]] in [[LOC:Charkiw]], Reisepass Nr. [[PASS:FX418207]],
   Aufenthaltstitel (Karte) Nr. [[ID:{id_card("Y7RC2N4K9")}]]
2. [[P:Maksym Kovalenko]], geb. [[DOB:02.11.2014]] in [[LOC:Charkiw]]
3. [[P:Sofiia Kovalenko]], geb. [[DOB:27.05.2018]] in [[LOC:Charkiw]]

Die Wohnungsgeberbestätigung von der Vermieterin, Frau [[P:Renate Obermeyer]], habe ich schon. Sie
wohnt selbst im Erdgeschoss.

[[P:Maksym]] geht weiter in die Gesamtschule Welper, [[P:Sofiia]] in die Grundschule Bruchfeld. Muss ich
die Schulen selbst informieren?

Mein Mann, [[P:Andrii Kovalenko]], lebt noch in [[LOC:Dnipro]] und ist nicht in Deutschland gemeldet.

Vielen Dank und viele Grüße
[[P:Olena Kovalenko]]
Mobil: [[TEL:+49 1523 7781045]]
""",
    [
        "buergerbuero@hattingen.de",
        "Gemeinschaftsunterkunft an der Marxstraße",
        "Wohnungsgeberbestätigung",
        "Gesamtschule Welper",
        "Grundschule Bruchfeld",
    ],
)

pii(
    "citizen_letter",
    """
[[P:Gisela Hoffmann-Brinkmann]]
[[STR:Westfalenstraße 164]]
[[LOC:45661 Recklinghausen-Hochlarmark]]
Telefon [[TEL:02361 37 42 18]]

Kommunale Servicebetriebe Recklinghausen (KSR)
Abfallberatung
Beckbruchweg 25
45659 Recklinghausen

Recklinghausen, den 2. Februar 2026

Betr.: Blaue Tonne wieder nicht geleert – Objekt-Nr. [[AZ:30-0448172]]

Sehr geehrte Damen und Herren,

zum dritten Mal seit Weihnachten ist meine blaue Papiertonne nicht geleert worden, zuletzt am
Freitag, den 30. Januar. Laut Abfuhrkalender 2026 ist die Papiertonne in unserer Straße jeden
zweiten Freitag dran. Die Tonne stand wie immer ab 6 Uhr an der Straße, neben der Tonne von
Familie [[P:Gürbüz]] von nebenan, und deren Tonne wurde geleert.

Ich bin 81 Jahre alt und kann die volle Tonne nicht allein zum Wertstoffhof bringen. Mein Sohn
[[P:Thomas Brinkmann]] wohnt in [[LOC:Marl]] und kommt nur am Wochenende. Er hat bei Ihrer Hotline
schon zweimal angerufen, aber es hat sich nichts geändert. Vielleicht liegt es daran, dass in
unserer Straße seit Dezember die Baustelle der Stadtwerke ist und der Wagen nicht durchkommt? Dann
soll man es den Anwohnern aber sagen.

Bitte leeren Sie die Tonne so bald wie möglich nach. Wenn Sie Fragen haben, rufen Sie bitte
meinen Sohn an, er ist tagsüber besser zu erreichen: [[TEL:0171 2230987]].

Ich bitte außerdem darum, dass die Gebühr für das erste Quartal entsprechend gekürzt wird.

Mit freundlichen Grüßen

[[P:Gisela Hoffmann-Brinkmann]]
""",
    [
        "Kommunale Servicebetriebe Recklinghausen (KSR)",
        "Beckbruchweg 25",
        "Abfuhrkalender 2026",
        "Wertstoffhof",
        "Baustelle der Stadtwerke",
    ],
)

pii(
    "citizen_letter",
    """
Von: [[P:Rasha Khalil]] <[[MAIL:rasha.khalil.ks@outlook.de]]>
An: kita-anmeldung@kassel.de
Cc: [[P:Ahmad Al-Hassan]] <[[MAIL:a.alhassan@gmx.net]]>
Betreff: Kita-Platz für Zwillinge ab 01.08.2026 – Vormerkung Nr. [[AZ:KT-26-04417]]

Sehr geehrte Damen und Herren,

wir haben im November über das Kita-Portal unsere Zwillinge [[P:Lina]] und [[P:Omar Al-Hassan]],
beide geboren am [[DOB:09.08.2023]], für einen Betreuungsplatz ab dem 01.08.2026 vorgemerkt
(Vormerkung Nr. [[AZ:KT-26-04417]]). Bis heute haben wir keine Rückmeldung bekommen.

Ich beginne am 01.09.2026 eine Ausbildung zur Pflegefachfrau am Klinikum Kassel (Vertrag liegt
bei), mein Mann [[P:Ahmad]] arbeitet im Schichtdienst bei einem Paketdienst. Wir brauchen deshalb
dringend einen Platz mit 35 Stunden, am liebsten in der Kita Wesertor oder im
Familienzentrum Rothenditmold, weil beide zu Fuß erreichbar sind.

Unsere Adresse:
[[P:Rasha Khalil]] / [[P:Ahmad Al-Hassan]]
[[STR:Wolfhager Straße 227]]
[[LOC:34128 Kassel]]
Telefon: [[TEL:0561 98 37 402]] (Festnetz), [[TEL:0152 2193 8841]] ([[P:Ahmad]], mobil)

Wir sind 2022 aus [[LOC:Homs]] gekommen, die Kinder sind in Kassel geboren. Deutsch verstehen wir
gut, Arabisch sprechen wir zuhause. Meine Schwester [[P:Dima Khalil]] hat 2024 einen Platz in der
Kita Wesertor bekommen, deshalb kennen wir die Einrichtung schon.

Wenn es hilft, kann ich auch persönlich ins Rathaus kommen. Welche Unterlagen brauchen Sie noch?

Mit freundlichen Grüßen
[[P:Rasha Khalil]]
""",
    [
        "kita-anmeldung@kassel.de",
        "Klinikum Kassel",
        "Kita Wesertor",
        "Familienzentrum Rothenditmold",
        "35 Stunden",
    ],
)

pii(
    "citizen_letter",
    f"""
[[P:Dimitar Petrov]]
[[STR:Thiemstraße 88]]
[[LOC:03050 Cottbus]]

Stadtverwaltung Cottbus/Chóśebuz
Fachbereich Finanzen – Steuern
Neumarkt 5
03046 Cottbus

Cottbus, 29.01.2026

Hundesteuer 2026 – Antrag auf Ratenzahlung
Kassenzeichen [[AZ:6.2310.004718.3]]

Sehr geehrte Damen und Herren,

ich habe den Bescheid über die Hundesteuer für meinen Hund (Mischling, Name „Balkan“,
Marke Nr. 1187) erhalten. Der Betrag von 144,00 € ist am 15.02.2026 auf einmal fällig. Zurzeit bin ich
in Kurzarbeit und kann den Betrag nicht auf einmal bezahlen.

Ich bitte Sie deshalb, mir eine Zahlung in vier Raten zu je 36,00 € zu erlauben. Die Raten
können Sie von meinem Konto abbuchen:

Kontoinhaber: [[P:Dimitar Petrov]]
IBAN: [[IBAN:{iban("DE", SPK_CB + "3300718225")}]]

Falls eine Abbuchung von meinem bulgarischen Konto bei der UniCredit Bulbank einfacher ist (dort
geht mein Krankengeld aus Bulgarien ein), wäre das auch möglich:
IBAN [[IBAN:{iban("BG", "UNCR70001523456789")}]]

Außerdem möchte ich fragen, ob es eine Ermäßigung gibt. Mein Hund kommt aus dem Tierheim Cottbus,
ich habe ihn am 12.10.2025 übernommen. Die Bescheinigung vom Tierheim habe ich beigelegt.

Meine Frau [[P:Radka Petrova]] ist ebenfalls unter dieser Adresse gemeldet, falls Sie eine zweite
Person als Ansprechpartnerin brauchen. Sie erreichen uns unter [[TEL:0176 8120 5563]].

Mit freundlichen Grüßen
[[P:D. Petrov]]
""",
    [
        "Stadtverwaltung Cottbus/Chóśebuz",
        "Neumarkt 5",
        "Marke Nr. 1187",
        "144,00 €",
        "Tierheim Cottbus",
    ],
)

pii(
    "citizen_letter",
    f"""
Von: [[P:Lan Nguyen]] <[[MAIL:lan.nguyen.rgb@gmail.com]]>
An: buergerservice@regensburg.de
Betreff: Beschwerde Termin Bürgerbüro am 05.02.

Sehr geehrte Damen und Herren,

ich möchte mich über meinen Termin im Bürgerbüro am Donnerstag, 05.02.2026, 10:20 Uhr beschweren.

Ich hatte den Termin online gebucht, um meinen neuen vietnamesischen Reisepass (Nr. [[PASS:C4719283]])
im Melderegister eintragen zu lassen und gleichzeitig die Adresse auf meinem Aufenthaltstitel
(Nr. [[ID:{id_card("YK4M9T2C7")}]]) ändern zu lassen. Wir sind am 1. Januar innerhalb von Regensburg
umgezogen, von der [[STR:Kumpfmühler Straße 40]] in die [[STR:Prüfeninger Straße 61]], [[LOC:93049 Regensburg]].

Am Schalter wurde mir gesagt, dass das Bürgerbüro für den Aufenthaltstitel nicht zuständig ist und
ich einen neuen Termin bei der Ausländerbehörde brauche. Das hätte man bei der Buchung sagen können.
Ich habe für den Termin einen halben Tag Urlaub genommen. Die Mitarbeiterin war außerdem sehr
unfreundlich und hat meinen Namen mehrmals falsch ausgesprochen und gefragt, ob [[P:Nguyễn Thị Lan]]
oder [[P:Lan Nguyen]] mein richtiger Name ist. Im Pass steht [[P:NGUYEN THI LAN]], im Aufenthaltstitel
[[P:Nguyễn Thị Lan]]. Beides ist richtig.

Mein Mann [[P:Trần Văn Minh]] hat dieselbe Adresse und muss ebenfalls umgemeldet werden. Kann er das
gleich mit erledigen lassen, wenn ich eine Vollmacht schreibe?

Zu meiner Person: geboren am [[DOB:17.03.1990]] in [[LOC:Hải Phòng]], Vietnam.

Ich bitte um einen Termin, bei dem beides erledigt werden kann, und um eine Antwort auf meine
Beschwerde.

Mit freundlichen Grüßen
[[P:Nguyễn Thị Lan]]
Tel. [[TEL:0941 6408 3317]]
""",
    [
        "buergerservice@regensburg.de",
        "Ausländerbehörde",
        "10:20 Uhr",
        "Melderegister",
        "Vollmacht",
    ],
)

pii(
    "citizen_letter",
    f"""
Von: [[P:Hannah Bergkamp]] <[[MAIL:h.bergkamp@fluechtlingshilfe-bo.de]]>
Gesendet: Montag, 9. Februar 2026 14:03
An: auslaenderbehoerde@bochum.de
Betreff: Bitte um Termin zur Verlängerung – Familie [[P:Gebremedhin]], Az. [[AZ:AB 32.1-0419/23]]

Sehr geehrte Damen und Herren,

ich schreibe Ihnen im Auftrag und mit Einverständnis von Herrn [[P:Tesfay Gebremedhin Weldu]]
(geb. [[DOB:01.01.1991]]), den ich als ehrenamtliche Begleiterin der Flüchtlingshilfe Bochum e.V.
unterstütze. Eine Vollmacht ist beigefügt.

Die Aufenthaltserlaubnisse der Familie laufen am 31.03.2026 ab:

- Herr [[P:Tesfay Gebremedhin Weldu]], eAT Nr. [[ID:{id_card("LF3K7Y20M")}]], eritreischer Pass Nr. [[PASS:E0839152]]
- Frau [[P:Senait Haile Tesfamariam]], geb. [[DOB:14.06.1994]], eAT Nr. [[ID:{id_card("LX9C41N7T")}]]
- Tochter [[P:Selam]], geb. [[DOB:22.10.2021]] in [[LOC:Bochum]], eAT Nr. [[ID:{id_card("LM2R8W5H3")}]]

Über das Online-Portal konnte Herr [[P:Gebremedhin]] keinen Termin buchen; die Fehlermeldung lautete
„Keine freien Termine im Buchungszeitraum“. Telefonisch ist die Servicenummer 0234 910-0 seit Tagen
besetzt. Die Familie hat große Sorge, dass der Arbeitgeber von Herrn [[P:Gebremedhin]] (Logistikzentrum
in Bochum-Laer) den Vertrag nicht verlängert, wenn keine Fiktionsbescheinigung vorliegt.

Die Familie wohnt unverändert in der [[STR:Castroper Straße 190]], [[LOC:44791 Bochum]]. Einen
aktuellen Arbeitsvertrag, die Mietbescheinigung und den Nachweis über den B1-Kurs von Frau [[P:Haile]]
schicke ich Ihnen gerne vorab per Mail.

Eine Bitte noch: Herr [[P:Gebremedhin]] versteht Deutsch gut, liest aber noch unsicher. Wenn
möglich, schicken Sie die Terminbestätigung bitte auch an mich. Ich begleite ihn zum Termin.

Vielen Dank und freundliche Grüße

[[P:Hannah Bergkamp]]
Flüchtlingshilfe Bochum e.V. – Ehrenamtskoordination
Mobil [[TEL:0160 9912 4470]]
""",
    [
        "auslaenderbehoerde@bochum.de",
        "Flüchtlingshilfe Bochum e.V.",
        "0234 910-0",
        "Fiktionsbescheinigung",
        "Bochum-Laer",
    ],
    allow=("Bochum",),
)

pii(
    "citizen_letter",
    """
[[P:Chinonso Okafor]]
[[STR:Bahnhofstraße 102, Hinterhaus]]
[[LOC:44623 Herne]]
[[MAIL:chinonso.okafor@yahoo.com]]

An das
Standesamt der Stadt Herne
Friedrich-Ebert-Platz 2
44623 Herne

Herne, 06.02.2026

Namensführung nach Eheschließung im Ausland / Bitte um Meldebescheinigung

Sehr geehrte Damen und Herren,

am 12.12.2025 habe ich in [[LOC:Lagos]] (Nigeria) Herrn [[P:Chukwuemeka Okafor]] geheiratet. Mein
Geburtsname ist [[P:Adeyemi]]. Ich bin am [[DOB:05.04.1994]] in [[LOC:Ibadan]] geboren und lebe
seit 2019 in Herne, seit 2023 mit Niederlassungserlaubnis.

Mein neuer nigerianischer Reisepass auf den Namen [[P:Chinonso Okafor]] wurde am 20.01.2026
in der Botschaft in Berlin ausgestellt (Nr. [[PASS:B02718834]]). Im Melderegister stehe ich noch als
[[P:Chinonso Adeyemi]]. Ich möchte eine Erklärung zur Namensführung abgeben, damit ich auch in
Deutschland den Familiennamen [[P:Okafor]] führe.

Bitte teilen Sie mir mit:
1. welche Unterlagen ich mitbringen muss (die Heiratsurkunde aus [[LOC:Lagos]] habe ich im Original
   mit Legalisation und einer beglaubigten Übersetzung),
2. ob mein Mann persönlich mitkommen muss – er arbeitet zurzeit in [[LOC:Rotterdam]] und ist nur
   am Wochenende in Herne,
3. wie viel die Erklärung kostet.

Außerdem brauche ich für meinen Arbeitgeber eine erweiterte Meldebescheinigung. Kann ich diese
beim selben Termin bekommen?

Mein Mann ist unter [[TEL:+31 6 4187 2290]] erreichbar, ich selbst unter [[TEL:0157 7720 1348]].

Mit freundlichen Grüßen
[[P:Chinonso Okafor]] (geb. [[P:Adeyemi]])
""",
    [
        "Standesamt der Stadt Herne",
        "Friedrich-Ebert-Platz 2",
        "Niederlassungserlaubnis",
        "erweiterte Meldebescheinigung",
        "beglaubigten Übersetzung",
    ],
    allow=("44623 Herne",),
)

pii(
    "citizen_letter",
    f"""
[[P:Farid Ahmadi]]
[[STR:Herbeder Straße 41]], bei [[P:Saleh]]
[[LOC:58455 Witten]]
Tel.: [[TEL:0178 3390 6621]]

Stadt Witten
Amt für Wohnen und Soziales – Wohnberechtigungsschein
Marktstraße 16
58452 Witten

Witten, 19.01.2026

Antrag auf Wohnberechtigungsschein – ergänzende Angaben

Sehr geehrte Frau [[P:Ostermann]],

vielen Dank für Ihr Schreiben vom 08.01.2026 (Ihr Zeichen: [[AZ:WBS-2025-1187]]). Sie haben mich
gebeten, die fehlenden Angaben nachzureichen. Hier sind sie:

Haushalt (alle wohnen zurzeit bei meinem Schwager [[P:Nasir Saleh]] in einer Zwei-Zimmer-Wohnung):
- [[P:Farid Ahmadi]], geb. [[DOB:15.03.1987]] in [[LOC:Herat]], Lagerist bei Spedition Krüger GmbH
- [[P:Zahra Rahimi]] (Ehefrau), geb. [[DOB:30.11.1990]] in [[LOC:Herat]]
- [[P:Mariam Ahmadi]], geb. [[DOB:04.04.2015]] in [[LOC:Teheran]]
- [[P:Yusuf Ahmadi]], geb. [[DOB:18.09.2020]] in [[LOC:Witten]]

Meine Steuer-Identifikationsnummer: [[TAX:{steuer_id("2749163582", spaced=True)}]]
Meine Rentenversicherungsnummer: [[RV:{rvnr("13", "150387", "A", "07")}]]
Die Lohnabrechnungen Oktober bis Dezember 2025 liegen bei. Meine Frau hat kein eigenes Einkommen,
sie besucht einen Integrationskurs bei der VHS Witten.

Wir suchen eine Wohnung mit mindestens drei Zimmern, gerne in Annen oder Heven, weil [[P:Mariam]]
dort zur Schule geht. Die Wohnung bei meinem Schwager ist mit sechs Personen viel zu klein.

Bitte sagen Sie mir, ob noch etwas fehlt.

Mit freundlichen Grüßen
[[P:Farid Ahmadi]]
""",
    [
        "Amt für Wohnen und Soziales",
        "Marktstraße 16",
        "Spedition Krüger GmbH",
        "VHS Witten",
        "drei Zimmern",
    ],
    allow=("Witten",),
)

pii(
    "citizen_letter",
    """
Von: [[P:Rojda Aslan]] <[[MAIL:rojda.aslan@gmx.de]]>
An: schulverwaltung@recklinghausen.de
Gesendet: 12.02.2026 07:58
Betreff: Schülerfahrkosten – Antrag [[AZ:40.2-SF-2026/0311]] – dringend

Guten Morgen,

ich habe am 14.01. für meine Tochter [[P:Berfin Aslan]], Klasse 5b am Petrinum, die Übernahme der
Schülerfahrkosten beantragt (Antrag [[AZ:40.2-SF-2026/0311]]). Bis heute habe ich nichts gehört,
und [[P:Berfin]] fährt seit Januar jeden Tag mit dem Bus von Hochlarmark in die Innenstadt.
Das Deutschlandticket Schule bezahle ich seitdem selbst.

Der Schulweg ist über 3,5 km lang, das habe ich mit dem Routenplaner nachgemessen. Wir wohnen in der
[[STR:Bochumer Straße 230]], [[LOC:45661 Recklinghausen]]. [[P:Berfin]] ist am [[DOB:27.02.2015]] geboren.

Eine Freundin von [[P:Berfin]] aus derselben Straße hat ihren Bescheid schon seit zwei Wochen. Warum
dauert es bei uns so lange? Fehlt etwas? Ich habe damals auch die Schulbescheinigung hochgeladen.

Mein Mann [[P:Serhat Aslan]] hat am Montag beim Servicetelefon angerufen, man hat ihm gesagt, dass
die Sachbearbeiterin krank ist. Das verstehe ich, aber dann muss doch jemand anderes das machen.
Wenn er Spätschicht hat, bringt er [[P:Berfin]] morgens mit unserem Auto ([[KFZ:RE-SA 2104E]]) zur
Schule, aber das geht nicht jeden Tag.

Bitte melden Sie sich bei mir unter [[TEL:0163 5578 220]] oder per E-Mail.

Viele Grüße
[[P:Rojda Aslan]]

PS: Unser Sohn [[P:Dilan]] (geb. [[DOB:03.08.2019]]) kommt im Sommer in die
Grundschule an der Hochlarmarkstraße. Muss ich für ihn auch einen Antrag stellen, obwohl die Schule nur 900 m weg ist?
""",
    [
        "schulverwaltung@recklinghausen.de",
        "Petrinum",
        "Deutschlandticket Schule",
        "3,5 km",
        "Grundschule an der Hochlarmarkstraße",
    ],
)

# ==============================================================================================
# Internal file notes (pii)
# ==============================================================================================

pii(
    "file_note",
    """
Stadt Herne – FB 51 Kinder – Jugend – Familie – ASD Bezirk Wanne
AKTENVERMERK (Hausbesuch)

Az.: [[AZ:51.2-ASD-W-0734/25]]          Datum: 11.02.2026          Verf.: [[P:Pieper]]

Betr.: HB bei KM Fr. [[P:Schäfer]], [[P:Jessica]], [[STR:Dorstener Str. 58, 3. OG]], [[LOC:44651 Herne]]
Kinder: [[P:Leon]] (geb. [[DOB:03.07.2017]]), [[P:Mia]] (geb. [[DOB:22.01.2021]])

Anwesend: KM, Lebensgef. Hr. [[P:Krasniqi]] ([[P:Arben]]), Fr. [[P:Okonkwo-Lange]] (SPFH, Diakonie),
[[P:Pieper]] (ASD). KV Hr. [[P:Schäfer]], [[P:Dennis]], n. anw.; lt. KM seit 12/25 in [[LOC:Gelsenkirchen-Buer]],
Tel. unbek., Umgang ruht.

Verlauf:
- HB angekündigt (Schreiben v. 02.02.), Termin 10:00, Tür nach 2. Klingeln geöffnet.
- Whg. aufgeräumt, Kinderzimmer neu gestrichen, Kühlschrank gefüllt. Keine Hinweise auf Gefährdung.
- KM berichtet, [[P:Leon]] gehe wieder regelmäßig zur Schule (GS Claudiusschule), Fehlzeiten im
  Jan. nur 2 Tage entschuldigt. Rückfrage Schule durch [[P:Pieper]] am 12.02. vorgesehen.
- [[P:Mia]] seit 01/26 in der Kita Kunterbunt, Eingewöhnung lt. KM gut.
- Hr. [[P:Krasniqi]] wohnt lt. eigenen Angaben nicht im Haushalt, gemeldet in
  [[STR:Hauptstr. 211]], [[LOC:44649 Herne]] – bei HB aber Zahnbürste/Kleidung sichtbar. Nachfrage:
  „übernachte manchmal“. Wird im Hilfeplan thematisiert.
- Fr. [[P:Okonkwo-Lange]]: SPFH läuft bis 30.04.; Empfehlung Verlängerung um 6 Mon., Schwerpunkt
  Tagesstruktur und Schulbegleitung [[P:Leon]].

Absprachen:
1. KM legt bis 25.02. Attest KiA für [[P:Mia]] (U8) vor.
2. HPG am 10.03.2026, 14:00, Rathaus Wanne, Zi. 214 – Einladung an KM, KV (letzte bek. Anschrift)
   und Träger.
3. Wiedervorlage 26.02. ([[P:Pieper]]).

Kontakt KM: [[TEL:0157 3021 8846]]

gez. [[P:Pieper]], Dipl.-Soz.-Päd.
""",
    [
        "FB 51 Kinder – Jugend – Familie",
        "ASD Bezirk Wanne",
        "GS Claudiusschule",
        "Kita Kunterbunt",
        "Rathaus Wanne, Zi. 214",
    ],
)

pii(
    "file_note",
    f"""
TELEFONNOTIZ – Bürgerbüro Bochum-Mitte

Datum/Uhrzeit: 09.02.2026, 11:35        angenommen von: [[P:Kühn]] (BB 3)
Anrufer: Hr. [[P:Kowalski]], [[P:Andrzej]], geb. [[DOB:19.10.1962]]
Rückruf unter: [[TEL:0177 2140 6359]] (ab 15 Uhr)

Anliegen:
Hr. [[P:Kowalski]] ist zum 01.02. von [[LOC:Dortmund-Hörde]] nach [[STR:Wittener Str. 233]], [[LOC:44803 Bochum]], gezogen.
Braucht bis Ende der Woche eine Meldebescheinigung für neuen AG (Fa. Stahlbau Lünnemann GmbH,
Bochum-Riemke). Termin online erst am 02.03. frei.

Zusätzlich: PA verloren (vermutl. beim Umzug), Nr. lt. Kopie [[ID:{id_card("T4HK27R93")}]], gültig bis 2029.
Verlustanzeige noch nicht erstattet. Hr. [[P:Kowalski]] fragt, ob er ohne PA ummelden kann.

Auskunft erteilt:
- Anmeldung nur persönlich, Identitätsnachweis: Reisepass reicht (lt. Hr. [[P:Kowalski]] vorhanden, poln.
  Staatsangehörigkeit zusätzlich, poln. Pass ebenfalls vorhanden).
- Verlustanzeige PA im Bürgerbüro bei Anmeldung möglich, vorläufiger PA 10,00 €.
- Wohnungsgeberbestätigung mitbringen (Vermieter: Hausverwaltung Ruhrwohnen GmbH).
- Notfalltermin: Hinweis auf Spontanvorsprache Mo/Do 7:30–9:00 im BB Mitte.

Hr. [[P:Kowalski]] erwähnt außerdem: Ehefrau [[P:Barbara Kowalska]] (geb. [[DOB:28.02.1965]]) zieht erst
zum 01.04. nach, wohnt bis dahin noch in [[LOC:Dortmund-Hörde]], [[STR:Hermannstr. 70]]. Hinweis gegeben,
dass Anmeldung der Ehefrau dann separat.

Vorgang: [[AZ:BB3-2026-02-0917]]
Erledigt: Rückruf 09.02., 15:20 – Termin Spontanvorsprache Do. 12.02. vereinbart.   [[P:Kühn]]
""",
    [
        "Bürgerbüro Bochum-Mitte",
        "Stahlbau Lünnemann GmbH",
        "Hausverwaltung Ruhrwohnen GmbH",
        "Mo/Do 7:30–9:00",
        "10,00 €",
    ],
)

pii(
    "file_note",
    f"""
Wirtschaftsförderung Witten – Gründungsberatung
GESPRÄCHSNOTIZ Erstberatung

Datum: 05.02.2026, 09:30–10:45, Ruhrstraße 43, Besprechungsraum 2
Berater: [[P:Dahlmann]]
Gründerin: Fr. [[P:Andreea Marinescu]], geb. [[DOB:12.12.1992]] in [[LOC:Cluj-Napoca]]
privat: [[STR:Sprockhöveler Str. 18]], [[LOC:58455 Witten]], [[TEL:0151 4470 9213]], [[MAIL:andreea.marinescu@gmail.com]]
Beratungs-Nr.: [[AZ:WFW-GB-26-0042]]

Vorhaben: Kosmetik- und Nagelstudio, Ladenlokal [[STR:Bahnhofstraße 41]] (ehem. Reisebüro), Eröffnung
geplant 01.05.2026. Firma soll als „Studio [[P:Andreea]] – Inh. [[P:Andreea Marinescu]] e.K.“ ins HR
eingetragen werden (Notartermin 19.02., Eintragung HRA beim AG Bochum beantragt).

Stand:
- Fr. [[P:Marinescu]]: Kosmetikerin (Ausbildung RO, Anerkennung durch HWK Dortmund 2024 erfolgt), seit
  2021 angestellt in Studio in Bochum. Eigenkapital ca. 8.000 €.
- Finanzierung: Kapitalbedarf ca. 34.000 € (Einrichtung 21 T€, Warenerstausstattung 4 T€,
  Anlaufkosten 9 T€). Lebenspartner Hr. [[P:Vlad Ionescu]] will 10.000 € als Privatdarlehen geben.
- Mietvertrag Ladenlokal liegt als Entwurf vor, Vermieter:
  Grundstücksgesellschaft Witten-Mitte GmbH & Co. KG, Miete 1.150 € kalt.
- Steuer-ID Fr. [[P:Marinescu]]: [[TAX:{steuer_id("3617284953")}]] (für Fragebogen steuerl. Erfassung).
- Geschäftskonto noch nicht eröffnet; Privatkonto [[IBAN:{iban("DE", SPK_WIT + "0000982244")}]].

Vereinbart:
1. Fr. [[P:Marinescu]] erstellt Businessplan + Liquiditätsplan (Vorlage per Mail versandt).
2. [[P:Dahlmann]] prüft Förderfähigkeit Gründungszuschuss/Mikrokredit, Rückmeldung bis 13.02.
3. Hinweis Gewerbeanmeldung, Anmeldung Berufsgenossenschaft (BGW), Kassen-Nachschau.
4. Folgetermin 26.02.2026, 14:00.

[[P:Dahlmann]], Tel. [[TEL:02302 581-4417]]
""",
    [
        "Wirtschaftsförderung Witten",
        "Ruhrstraße 43",
        "HWK Dortmund",
        "Grundstücksgesellschaft Witten-Mitte GmbH & Co. KG",
        "Gründungszuschuss/Mikrokredit",
    ],
)

pii(
    "file_note",
    f"""
Stadt Recklinghausen – FD 50 Soziales – Grundsicherung/HzL, Team 2
ÜBERGABEVERMERK

Übergabe der Fälle Buchstaben G–K von Fr. [[P:Terhorst]] (Elternzeit ab 16.02.2026) an Hr. [[P:Baumeister]].
Vertretung bei Abwesenheit Hr. [[P:Baumeister]]: Fr. [[P:Yılmaz-Ebert]], Tel. [[TEL:02361 50-2274]].

1) Az. [[AZ:50.21-GS-2211]] – [[P:Haddad]], [[P:Khaled]] (geb. [[DOB:07.07.1958]]) u. Ehefr. [[P:Fatima]], geb. [[P:Saleh]]
   (geb. [[DOB:21.03.1962]]), [[STR:Kemnastr. 12]], [[LOC:45657 Recklinghausen]]
   GSiAE seit 2019. Weiterbewilligung ab 01.03. fehlt noch: Kontoauszüge Dez./Jan. angefordert,
   Frist 20.02. Ehem. bezieht kleine Rente aus dem Libanon, Nachweis in Übersetzung liegt vor.
   Tochter [[P:Leila Haddad]] ([[LOC:Herten]]) kümmert sich um Post, Tel. [[TEL:0176 2011 9384]].

2) Az. [[AZ:50.21-GS-2254]] – [[P:Jankowski]], [[P:Henryk]] (geb. [[DOB:30.01.1949]]), Pflegeheim St. Elisabeth
   Hilfe zur Pflege (Heimkosten), Betreuerin RAin [[P:Möller-Thiele]]. Widerspruch gg. Kostenbeitrag
   vom 12.01. – Stellungnahme an Rechtsamt bis 27.02. (Entwurf im Ordner „in Arbeit“).
   Sparkonto des Hr. [[P:Jankowski]] noch nicht aufgelöst: [[IBAN:{iban("DE", SPK_RE + "0004711562", spaced=False)}]],
   Guthaben lt. Betreuerin 3.940 € (Schonvermögen 10.000 €) – ok.

3) Az. [[AZ:50.21-GS-2298]] – [[P:Kaczmarek]], [[P:Ewa]] (geb. [[DOB:16.11.1970]]), [[STR:Grullbadstr. 88]], [[LOC:45661 Recklinghausen]]
   Voll erwerbsgemindert auf Dauer lt. DRV-Bescheid v. 03.12.25, RV-Nr. [[RV:{rvnr("12", "161170", "K", "52")}]].
   Erstantrag GSiAE bewilligt, Umzug in kleinere Whg. angekündigt – KdU-Prüfung nach Vorlage MV.

4) Az. [[AZ:50.21-HzL-0877]] – [[P:Ibrahim]], [[P:Yasin]] (geb. [[DOB:02.05.2004]])
   HzL, wohnt bei Mutter [[P:Amina Ibrahim]], [[STR:Dortmunder Str. 141]], [[LOC:45665 Recklinghausen]].
   Ab 01.04. Ausbildung (Kfz-Mechatroniker, Autohaus Westerholt GmbH) – dann Einstellung, BAB-Antrag
   bei AfA läuft.

Allgemein: Postfach grundsicherung@recklinghausen.de wird ab 16.02. von Hr. [[P:Baumeister]] mitbetreut.
Offene Wiedervorlagen im Fachverfahren auf Benutzer SOZ-T2-07 umgeschlüsselt.

[[P:Terhorst]], 13.02.2026
""",
    [
        "FD 50 Soziales",
        "Pflegeheim St. Elisabeth",
        "grundsicherung@recklinghausen.de",
        "SOZ-T2-07",
        "Autohaus Westerholt GmbH",
    ],
)

pii(
    "file_note",
    """
Stadt Hattingen – Fachbereich Ordnung – Außendienst
Aktenvermerk                                     Az. [[AZ:32.2-AF-2026-0061]]

Betr.: Fahrzeug ohne gültige Zulassung, abgestellt im öffentl. Verkehrsraum
       Standort: Parkstreifen Holschentor / Höhe Bushaltestelle, ggü. Stadtmuseum

Ortstermin 03.02.2026, 08:40, [[P:Sauerland]]/[[P:Ahrens]]:
- Pkw VW Golf V, silber, Kennz. [[KFZ:EN-SD 882]], HU abgelaufen 09/2024, Versicherungsschutz lt.
  GDV-Auskunft seit 17.11.2025 erloschen. Reifen hinten links platt, Moos auf Windschutzscheibe.
- Rote Plakette angebracht (Frist 17.02.2026), Fotos 1–6 im Ordner.

Halter lt. ZFZR-Auskunft vom 03.02.:
  [[P:Demir]], [[P:Serkan]], geb. [[DOB:02.02.1988]], [[STR:Talstr. 9]], [[LOC:45525 Hattingen]]

Anruf Beschwerdeführerin 02.02.: Fr. [[P:Lüdtke]], Anwohnerin ([[STR:Holschentor 6]]), Tel. [[TEL:02324 59 11 87]].
Fahrzeug steht lt. Fr. [[P:Lüdtke]] seit „mind. drei Monaten“ dort. Rückmeldung an Fr. [[P:Lüdtke]]
zugesagt.

05.02.2026, 14:15: Telefonat mit Hr. [[P:Demir]] (Nr. aus Melderegister, [[TEL:0176 4455 1029]]):
Hr. [[P:Demir]] gibt an, das Fahrzeug gehöre eigentlich seinem Bruder [[P:Cem Demir]], wohnhaft in
[[LOC:Bursa]], der es im Sommer abholen wolle. Hinweis auf Frist, Entfernung auf Kosten des
Halters (ca. 280 € zzgl. Standgebühren Abschleppdienst Ruhrtal GmbH) und Bußgeldverfahren.
Hr. [[P:Demir]] sagt zu, das Fzg. bis 14.02. auf Privatgrundstück (Garage Schwager, [[STR:Blankensteiner Str. 77]])
zu verbringen.

WV: 18.02.2026 Nachkontrolle ([[P:Sauerland]]). Falls Fzg. noch vorhanden: Abschleppauftrag,
Anhörung OWi (§ 32 StVO iVm § 49 StVO).

[[P:Ahrens]]
""",
    [
        "Holschentor / Höhe Bushaltestelle",
        "Stadtmuseum",
        "Abschleppdienst Ruhrtal GmbH",
        "§ 32 StVO",
        "Rote Plakette",
    ],
)

pii(
    "file_note",
    """
Stadt Kassel – Ausländerbehörde – Team Duldung/Bleiberecht
Telefonnotiz

Datum: 10.02.2026, 13:05           Gesprächspartner: RAin Dr. [[P:Feldmann-Aksoy]] (Bevollmächtigte)
Notiz: [[P:Wenzel]]                 Az.: [[AZ:32.3-AE-18830]]

Betr.: Hr. [[P:Haidari]], [[P:Mohammad Nasir]], geb. [[DOB:01.01.1996]] in [[LOC:Mazar-e Sharif]],
       afghan. Pass Nr. [[PASS:P03182756]] (liegt im Original in der Akte, Bl. 112)
       Anschrift: [[STR:Holländische Str. 148]], [[LOC:34127 Kassel]]

RAin [[P:Feldmann-Aksoy]] teilt mit:
- Mandant hat Ausbildungsvertrag als Elektroniker bei Elektro Gerlach GmbH & Co. KG, Beginn
  01.08.2026, Vertrag wird heute per beA übersandt.
- Antrag auf Ausbildungsduldung (§ 60c AufenthG) folgt schriftlich bis Ende der Woche.
- Identitätsklärung: Pass liegt vor (s. o.), Tazkira in Übersetzung wird nachgereicht.
- Frage, ob Beschäftigungserlaubnis für Einstiegsqualifizierung bis Juli möglich ist –
  Zustimmung BA erforderlich, Hinweis gegeben.

Hr. [[P:Haidari]] wohnt mit Cousin [[P:Ahmad Shah Haidari]] (eigenes Verfahren, Az. [[AZ:32.3-AE-19107]])
in der o. g. Wohnung; Post bitte weiterhin an die Kanzlei.

Mandant selbst erreichbar unter [[TEL:0176 3187 5520]] (lt. RAin nur tagsüber, Arbeit im Lager).

Weiteres Vorgehen:
- Vorlage SGL [[P:Brandau]] zur Entscheidung über Beschäftigungserlaubnis EQ.
- Duldung läuft bis 28.02.2026 – Verlängerungstermin am 24.02., 09:00, Zi. 3.17 vergeben,
  Mitteilung an Kanzlei per Fax an Zentrale.

[[P:Wenzel]]
""",
    [
        "Team Duldung/Bleiberecht",
        "Elektro Gerlach GmbH & Co. KG",
        "§ 60c AufenthG",
        "Zi. 3.17",
        "Bl. 112",
    ],
)

pii(
    "file_note",
    f"""
Stadt Cottbus/Chóśebuz – FB Finanzen – Stadtkasse/Vollstreckung
AKTENVERMERK Ratenzahlung

Schuldner: [[P:Schulze]], [[P:Ronny]], geb. [[DOB:14.11.1979]]
Anschrift: [[STR:Karl-Liebknecht-Str. 131]], [[LOC:03046 Cottbus]]
Kassenzeichen: [[AZ:7.1030.221843.5]] (Grundbesitzabg. 2025), [[AZ:7.1030.221843.6]] (Grundbesitzabg. 2026)
Rückstand gesamt: 1.836,44 € zzgl. Säumniszuschläge 72,50 €, Mahngebühren 15,00 €

Vorsprache am 04.02.2026 beim VB [[P:Kuhnert]] nach Vollstreckungsankündigung v. 20.01.
Hr. [[P:Schulze]] erscheint mit Ehefr. [[P:Mandy Schulze]] (geb. [[P:Richter]]). Grund für Rückstand lt.
Hr. [[P:Schulze]]: Arbeitslosigkeit 04–10/2025, seit 11/2025 wieder Arbeit (Lagerlogistik,
Schichtbetrieb, netto ca. 2.150 €). Ehefr. Teilzeit.

Vereinbarung:
- Rate 150,00 € monatl., erstmals 15.03.2026, letzte Rate 15.03.2027 (Restrate 124,94 €).
- Einzug per SEPA vom gemeinsamen Konto, Kontoinhaberin lt. Mandat Ehefr. [[P:Mandy Schulze]]:
  IBAN [[IBAN:{iban("DE", SPK_CB + "3102287719")}]], Mandatsref. [[AZ:CB-SEPA-0092271]]
- Säumniszuschläge werden bei pünktl. Zahlung zur Hälfte erlassen (Abs. mit SGL [[P:Noack]]).
- Bei 2 ausbleibenden Raten: Fälligkeit Gesamtrückstand, Kontopfändung.

Hr. [[P:Schulze]] gibt außerdem an, ein Pkw ([[KFZ:CB-RS 1979]]) sei auf ihn zugelassen, gehöre aber
der Schwiegermutter. Hinweis, dass das für eine Pfändung unerheblich ist.

Tel. Schuldner: [[TEL:0173 6620 1145]]
Vereinbarung unterschrieben (Bl. 45), Kopie ausgehändigt.

[[P:Kuhnert]], VB                                 Cottbus, 04.02.2026
""",
    [
        "Stadtkasse/Vollstreckung",
        "1.836,44 €",
        "Säumniszuschläge",
        "Bl. 45",
        "150,00 € monatl.",
    ],
)

pii(
    "file_note",
    """
Stadt Regensburg – Amt für Schulen – Schulverwaltung/Gastschulanträge
GESPRÄCHSNOTIZ

Datum: 06.02.2026             Teilnehmende: Fr. [[P:Rossi]] (KM), Hr. [[P:Hierl]] (Amt 40), Fr. [[P:Zollner]] (Schulleitung GS)
Vorgang: Gastschulantrag [[AZ:40-GS-2026-0093]]

Schüler: [[P:Luca Rossi]], geb. [[DOB:30.04.2015]], derzeit Kl. 4a, Grundschule am Napoleonstein
KM: [[P:Francesca Rossi]], [[STR:Dechbettener Str. 9]], [[LOC:93049 Regensburg]], Tel. [[TEL:0151 2366 0487]]
KV: [[P:Marco Rossi]], lebt in [[LOC:Bozen]], gemeinsames Sorgerecht (Zustimmung KV per Mail liegt vor)

Anliegen KM:
[[P:Luca]] soll ab 09/2026 die Mittelschule in Lappersdorf besuchen statt der Sprengelschule, weil
die Großmutter ([[P:Gabriella Conti]], wohnt in [[LOC:Lappersdorf]], [[STR:Am Kalvarienberg 3]])
die Nachmittagsbetreuung übernimmt. KM arbeitet im Schichtdienst (Uniklinikum, Pflege).
Alternativ wäre Übertritt aufs Gymnasium möglich (Notenschnitt lt. Zwischenzeugnis 2,33) –
KM möchte sich noch nicht festlegen.

Hinweise:
- Gastschulverhältnis nur mit Zustimmung beider Gemeinden; Kostenausgleich nach Art. 10 BaySchFG.
- Fr. [[P:Zollner]] befürwortet aus pädagogischer Sicht (Betreuung am Nachmittag gesichert).
- Schulweg: Bus Linie 17, ca. 25 Min.

Vereinbart:
1. KM reicht Bescheinigung des Arbeitgebers (Schichtplan) und Betreuungserklärung der Großmutter ein.
2. Hr. [[P:Hierl]] stimmt sich mit Markt Lappersdorf ab, Entscheidung bis 15.03.
3. Info an KM per Post, zusätzlich per Mail an [[MAIL:francesca.rossi@libero.it]].

[[P:Hierl]], Tel. [[TEL:0941 507-1408]]
""",
    [
        "Amt für Schulen",
        "Grundschule am Napoleonstein",
        "Art. 10 BaySchFG",
        "Linie 17",
        "Notenschnitt lt. Zwischenzeugnis 2,33",
    ],
    allow=("Lappersdorf",),
)

# ==============================================================================================
# OCR'd forms (pii)
# ==============================================================================================

pii(
    "ocr_form",
    """
EINGANG 0 4. FEB. 2026   Stadt Bochum – Gewerbearnt
Gewerbe-Anmeldung nach § 14 GewO oder § 55c GewO                          GewA 1
Bitte vollstandig und gut lesbar ausfullen

Angaben zum Betriebsinhaber
1  Name (im Handelsregister eingetragene Firma)    [[P:Kaya]] Urnzuge & Transporte e.K.
2  Ort und Nr. des Registereintrages               Arntsgericht Bochum  [[HR:HRA 18824]]
3  Name                                            [[P:KAYA]]
4  Vornarnen                                       [[P:Burak]]
5  Geschlecht                                      [x] rnannlich  [ ] weiblich  [ ] divers
6  Staatsangehorigkeit(en)                         [x] deutsch  [x] andere: turkisch
7  Geburtsdatum                                    [[DOB:1O.O3.199l]]
8  Geburtsort, Land                                [[LOC:Gelsenkirchen]], Deutschland
9  Anschrift der Wohnung                           [[STR:Kreyenfeldstr. 4l]]
                                                   [[LOC:44894 Bochurn]]
10 Telefon / E-Mail                                [[TEL:O172 88l 4O 63]] / [[MAIL:burak.kaya@grnx.de]]

Angaben zum Betrieb
11 Betriebsstatte                                  [[STR:Hauptstr. 2l2, Halle 3]]
                                                   [[LOC:44892 Bochurn]]
12 Telefon / E-Mail Betriebsstatte                 O234 29O 55-0 / info@ruhrlog-park.de
13 Angemeldete Tatigkeit                           Urnzuge, Mobeltransporte, Haushaltsauflosungen,
                                                   Entrumpelungen (ohne Abfallentsorgung)
14 Datum des Beginns der Tatigkeit                 O1.O3.2O26
15 Zahl der Beschaftigten                          Vollzeit: 2  Teilzeit: l
16 Art des angemeldeten Betriebes                  [x] Hauptniederlassung
17 Grund der Anmeldung                             [x] Neuerrichtung

Fahrzeuge (freiw. Angabe fur Parkausweis Ladezone): [[KFZ:BO-BK 7l9]], [[KFZ:BO-BK 72O]]

Ich versichere die Richtigkeit meiner Angaben.
Bochurn, 03.02.2026          Unterschrift: ~[[P:B.Kaya]]

------ nur fur die Behorde ------
Gebuhr 26,00 EUR bez. EC   Sachb. GEW-04   Vorgang [[AZ:GEW-2026-0318]]
Weiterleitung an: IHK Mittleres Ruhrgebiet, Finanzarnt Bochum-Sud, HWK Dortrnund (nein)
""",
    [
        "Gewerbe-Anmeldung nach § 14 GewO",
        "GewA 1",
        "O234 29O 55-0 / info@ruhrlog-park.de",
        "Sachb. GEW-04",
        "IHK Mittleres Ruhrgebiet",
    ],
)

pii(
    "ocr_form",
    f"""
Stadt Herne  FB Soziales - Wohngeldstelle            Eingang: l2. Feb. 2O26
ANTRAG AUF MIETZUSCHUSS (Wohngeld)      Seite 1 von 4       Wohngeld-Nr. [[AZ:WG-44-2O26-O172]]

1. Antragstellende Person
Farnilienname: [[P:LEWANDOWSKI]]            Vorname: [[P:Tornasz]]
Geburtsname: -                          Geburtsdatum: [[DOB:O9.O6.l984]]
Anschrift: [[STR:Roonstr. l7, 2. OG links]]       PLZ/Ort: [[LOC:44629 Herne]]
Telefon: [[TEL:O1522 4O9 7731]]                   E-Mail: [[MAIL:t.lewandowski84@wp.pl]]
Steuer-ldentifikationsnr.: [[TAX:{steuer_id("8104372968", spaced=True)}]]
Rentenversicherungsnr.: [[RV:{rvnr("13", "090684", "L", "11")}]]

2. Haushaltsmitglieder (einschl. antragst. Person)
Nr | Name, Vorname              | geb. am      | Verwandtschaftsverh. | Einkommen
l  | [[P:Lewandowski, Tornasz]]     | [[DOB:O9.O6.l984]]   | Antragsteller        | ja, Lohn
2  | [[P:Lewandowska, Agnieszka]]   | [[DOB:23.ll.l986]]   | Ehefrau              | ja, Minijob
3  | [[P:Lewandowski, Kacper]]      | [[DOB:l4.O2.2Ol2]]   | Sohn                 | nein
4  | [[P:Lewandowska, Zuzanna]]     | [[DOB:O1.O8.2O17]]   | Tochter              | nein
5  | [[P:Lewandowska, Helena]]      | [[DOB:3O.O4.l958]]   | Mutter d. Ehefrau    | ja, Rente (PL)

3. Wohnung
Verrnieter: Vivawest Wohnen GrnbH, Nordsternplatz l, 45899 Gelsenkirchen
Wohnflache: 84,5 rn2     Bezugsfertig: l962     Gesarntrniete: 7l2,40 EUR
Heizkosten: 98,00 EUR    Miete gezahlt seit: Ol.O5.2O2l

4. Bankverbindung fur die Auszahlung
Kontoinhaber: [[P:Tornasz Lewandowski]]
IBAN: [[IBAN:{iban("DE", SPK_HER + "0033019127")}]]
Kreditinstitut: Herner Sparkasse

5. Erklarung
Die Mutter meiner Frau, Frau [[P:Helena Lewandowska]], lebt seit 2O24 bei uns und bekommt eine
kleine Rente aus Polen (ZUS). Vorher wohnte sie in [[LOC:Bytorn]] (PL).

Herne, ll.O2.2O26        Unterschrift [[P:T. Lewandowski]]
""",
    [
        "Wohngeldstelle",
        "Vivawest Wohnen GrnbH, Nordsternplatz l, 45899 Gelsenkirchen",
        "Herner Sparkasse",
        "84,5 rn2",
        "Seite 1 von 4",
    ],
)

pii(
    "ocr_form",
    """
Stadt Witten - Burgerburo                                   Scan 2026-02-09 10:41  Seite 1/2
ANMELDUNG bei der Meldebehorde (§ l7 Abs. l BMG)

Neue Wohnung
Tag des Einzugs: Ol.O2.2O26     Gemeinde: [[LOC:Witten]]    PLZ: [[LOC:58453]]
Straße, Hausnummer, Zusatze: [[STR:Crengeldanzstr. 5O, EG rechts]]
Die neue Wohnung ist: [x] alleinige Wohnung [ ] Hauptwohnung [ ] Nebenwohnung

Bisherige Wohnung
Tag des Auszugs: 3l.Ol.2O26   Gemeinde/Staat: [[LOC:Iasi]] / Rumanien
Straße, Hausnummer: [[STR:Str. Pacurari nr. l24, bl. 5, ap. 12]]

Person 1
Farnilienname: [[P:POPA]]                 Vornamen: [[P:Ionut Gabriel]]
Geburtsdatum: [[DOB:22.O7.l985]]          Geburtsort: [[LOC:Iasi]]
Staatsangehorigkeit: rumanisch           Farnilienstand: verheiratet seit l6.O9.2Ol2 in [[LOC:Iasi]]
Reisepass: [[PASS:O5l927364]]  ausgest. 2O23 von SPCEEPS Iasi

Person 2
Farnilienname: [[P:POPA]]  Geburtsname: [[P:DUMITRESCU]]   Vornamen: [[P:Andreea Maria]]
Geburtsdatum: [[DOB:O3.l2.l987]]          Geburtsort: [[LOC:Vaslui]]
Reisepass: [[PASS:O5l927365]]

Person 3
Farnilienname: [[P:POPA]]                 Vornamen: [[P:Darius]]
Geburtsdatum: [[DOB:l9.O5.2Ol6]]          Geburtsort: [[LOC:Iasi]]
Reisepass: [[PASS:O54OO2918]]

Person 4
Farnilienname: [[P:POPA]]                 Vornamen: [[P:Sofia Elena]]
Geburtsdatum: [[DOB:O8.ll.2O2O]]          Geburtsort: [[LOC:Iasi]]
Reisepass: [[PASS:O54OO2919]]

Wohnungsgeber: [[P:Gerda Kleinschmidt]], [[STR:Crengeldanzstr. 48]], [[LOC:58453 Witten]] (Bestatigung liegt bei)
Arbeitgeber Person l: Schweisstechnik Ruhr GmbH, Witten-Annen (ab O2.O2.2O26)

Telefon (freiwillig): [[TEL:+4O 742 3l8 O56]]
E-Mail (freiwillig): [[MAIL:ionut.popa85@yahoo.corn]]

Witten, O9.O2.2O26                       [[P:I. Popa]]          [[P:A. Popa]]
- Bearbeitungsverrnerk: erf. EWO-WIT-11, Meldebestatigung ausgehandigt -
""",
    [
        "§ l7 Abs. l BMG",
        "Schweisstechnik Ruhr GmbH",
        "EWO-WIT-11",
        "Scan 2026-02-09 10:41",
        "SPCEEPS",
    ],
    allow=("Iasi", "Witten"),
)

pii(
    "ocr_form",
    """
STADT RECKLINGHAUSEN  Fachbereich Kinder, Jugend und Familie    |  Kita-Navigator Papierantrag
Antrag auf einen Betreuungsplatz in einer Kindertageseinrichtung / Kindertagespflege
                                                            Vormerk-Nr.: [[AZ:KN-RE-26-11903]]
1. Angaben zum Kind
Narne: [[P:Nowicki]]           Vorname: [[P:Emilia]]          geb. am: [[DOB:l7.O9.2O24]]
Geschlecht: w     Anschrift: [[STR:Kirchstr. 8a]], [[LOC:45657 Recklinghausen]]
Besonderheiten (Allergien, Forderbedarf): Laktoseintoleranz

2. Personensorgeberechtigte
                 Mutter                            Vater
Name, Vorname    [[P:Nowicki, Julia]]                  [[P:Nowicki, Sebastian]]
geb. am          [[DOB:O2.O5.l993]]                        [[DOB:2l.l2.l99O]]
Telefon          [[TEL:Ol76 32O 8845l]]                    [[TEL:Ol6O 77l 2O39]]
E-Mail           [[MAIL:julia.nowicki@web.de]]               -
Arbeitgeber      Prosper-Hospital RE (Pflege)      Stadtwerke Herten GmbH
Urnfang          30 Std./Woche                     Vollzeit, Schicht

3. Gewunschter Betreuungsbeginn: Ol.O8.2O26     Betreuungsurnfang: [ ] 25  [x] 35  [ ] 45 Std.

4. Wunscheinrichtungen (Prioritat l-3)
l. Stadtische Kita Sonnenblume, Paulsorter Str.
2. Ev. Familienzentrum Lukas, Herner Str.
3. AWO Kita Hillerheide

5. Geschwister in der Einrichtung:  [x] ja, Name: [[P:Noah Nowicki]], geb. [[DOB:O4.O3.2O2l]], Kita Sonnenblume

6. Einverstandniserklarung Datenweitergabe an Trager: [x] ja

Recklinghausen, O3.O2.2O26    Unterschrift(en): [[P:J. Nowicki]]  [[P:S. Nowicki]]

Vermerk Eingang Bürgerbüro: Kopie Geburtsurkunde [x], Arbeitgeberbescheinigung [ ] fehlt (Vater)
""",
    [
        "Kita-Navigator Papierantrag",
        "Prosper-Hospital RE",
        "Stadtwerke Herten GmbH",
        "Ev. Familienzentrum Lukas",
        "AWO Kita Hillerheide",
    ],
)

pii(
    "ocr_form",
    """
Stadt Kassel - Burgeramt  /  Meldeschein Anmeldung          FAX-Eingang O6/O2/2O26 O8:l2 S.l
==================================================================================================
Einzugsdatum: Ol.O2.2O26       Neue Anschrift: [[STR:Friedrich-Ebert-Str. l96, Vorderhaus 3. OG]]
                               [[LOC:34l19 Kassel]]
Bisherige Anschrift: [[STR:Landsberger Str. 3O2]], [[LOC:8O687 Munchen]]
Die bisherige Wohnung wird [x] aufgegeben

Person 1
Familienname ..... [[P:GEORGIOU]]
Vornarne(n) ...... [[P:KONSTANTINOS]]
Doktorgrad ....... Dr.-lng.
Geschlecht ....... rn
Geburtsdatum ..... [[DOB:ll.O8.l98l]]     Geburtsort ..... [[LOC:Larisa]] (GR)
Staatsang. ....... griechisch
Familienstand .... ledig
Religion ......... gr.-orth. (keine Kirchensteuer)
Pass/Ausweis ..... Reisepass GR Nr. [[PASS:AN4l8273O]], gultig bis l4.O3.2O3l

Kontakt (freiw.) . [[TEL:Ol7O 9l 22 586]] / [[MAIL:k.georgiou@tu-bs.gr]]
Arbeitgeber ...... Universitat Kassel, Fachgebiet Elektrische Energieversorgung (freiw. Angabe)

Wohnungsgeber .... Wohnstadt Kassel Stadtentwicklungs- und Wohnungsbau GmbH
                   Wolfsschlucht l8, 34ll7 Kassel
Nebenwohnung ..... keine weitere Wohnung in Deutschland

Unterschrift ..... Dr. [[P:K. Georgiou]]                    Datum ..... O5.O2.2O26
--------------------------------------------------------------------------------------------------
Bearb.: BA-l4  / Meldebest. per Post an neue Anschrift / Auskunftssperre: nein
Hinweis Sachb. [[P:Wiegand]]: Unterschrift auf Fax ok, Original-Pass bei Abholung Steuer-ID-Brief vorlegen lassen.
""",
    [
        "Wohnstadt Kassel Stadtentwicklungs- und Wohnungsbau GmbH",
        "Wolfsschlucht l8, 34ll7 Kassel",
        "Universitat Kassel",
        "BA-l4",
        "FAX-Eingang O6/O2/2O26 O8:l2 S.l",
    ],
)

pii(
    "ocr_form",
    """
Stadt Cottbus/Chosebuz  Ordnungsamt - Gewerbeangelegenheiten          Eingang O2. FEB. 2O26
Gewerbe-Anrneldung nach § l4 GewO                                          GewA l  Blatt l

l   Narne der Firrna (falls eingetragen)   Asia Irnbiss [[P:Pharn]]  -  Inh. [[P:Pharn Van Duc]]
3   Narne                                   [[P:PHAM]]
4   Vornarne                                [[P:VAN DUC]]
5   Geschlecht                              rnannlich
6   Staatsangehorigkeit                     vietnarnesisch
7   Geburtsdaturn                           [[DOB:l5.l2.l979]]
8   Geburtsort, Land                        [[LOC:Ha Noi]], Vietnarn
9   Anschrift der Wohnung                   [[STR:Sielower Str. 22]], [[LOC:O3O44 Cottbus]]
10  Telefon / E-Mail                        [[TEL:Ol52 5l9 O4 77l]] / -
11  Betriebsstatte                          [[STR:Stadtprornenade 7, Pavillon 2]], [[LOC:O3O46 Cottbus]]
13  Tatigkeit                               Irnbiss rnit Verzehr an Ort und Stelle, Ausschank
                                            alkoholfreier Getranke, Verkauf von Speisen zurn Mitnehrnen
14  Beginn der Tatigkeit                    Ol.O4.2O26
15  Beschaftigte                            Vollzeit: l  Teilzeit: 2
17  Grund                                   [x] Neuerrichtung
Aufenthaltstitel: Niederlassungserl., Karte Nr. [[ID:RNJ4W6K2C]], Pass Nr. [[PASS:C297l4O3]]
Ehefrau (rnitarb. Farnilienangehorige): [[P:Nguyen Thi Hoa]], geb. [[DOB:O2.O2.l983]]

Hinweise der Behorde: Gaststattenerlaubnis nicht erforderlich (kein Alkohol). Lebensrnittel-
uberwachung (FB Verbraucherschutz) und Finanzarnt Cottbus werden unterrichtet.
Gebuhr: 2O,OO EUR                             Sachbearbeitung: GEW-2, Tel. O355 6l2-O

Cottbus, 29.Ol.2O26                           [[P:Pham V. Duc]]
""",
    [
        "Gewerbeangelegenheiten",
        "GewA l  Blatt l",
        "Gaststattenerlaubnis nicht erforderlich",
        "Finanzarnt Cottbus",
        "Tel. O355 6l2-O",
    ],
)

# ==============================================================================================
# Tables and lists (pii)
# ==============================================================================================

pii(
    "table_list",
    "Hallo zusammen,\n\nanbei die Postrückläufer aus KW 6 (Wahlbenachrichtigungen und "
    "Steuer-ID-Briefe), bitte bis Freitag im EWO prüfen und ggf. von Amts wegen abmelden. "
    "Spalte „Grund“ ist vom Zusteller, leere Zellen = keine Angabe.\n\n"
    + tabbed(
        ("lfd", "Name", "Vorname", "geb.", "Straße", "Nr.", "PLZ", "Ort", "Grund", "Bearb."),
        (
            "1",
            "[[P:Wróbel]]",
            "[[P:Marta]]",
            "[[DOB:12.04.1990]]",
            "[[STR:Dibergstr.]]",
            "[[STR:17]]",
            "[[LOC:44789]]",
            "[[LOC:Bochum]]",
            "Empfänger unbekannt",
            "EWO17",
        ),
        (
            "2",
            "[[P:Osei]]",
            "[[P:Kwame]]",
            "[[DOB:03.03.1979]]",
            "[[STR:Alleestr.]]",
            "[[STR:118a]]",
            "[[LOC:44793]]",
            "[[LOC:Bochum]]",
            "verzogen",
            "EWO17",
        ),
        (
            "3",
            "[[P:Berisha]]",
            "[[P:Liridona]]",
            "",
            "[[STR:Hustadtring]]",
            "[[STR:65]]",
            "[[LOC:44801]]",
            "[[LOC:Bochum]]",
            "Briefkasten ohne Namen",
            "",
        ),
        (
            "4",
            "[[P:Schmidtke]]",
            "[[P:Hans-Jürgen]]",
            "[[DOB:29.09.1957]]",
            "[[STR:Am Ruhrort]]",
            "[[STR:4]]",
            "[[LOC:44879]]",
            "[[LOC:Bochum-Linden]]",
            "verstorben lt. Nachbarn",
            "EWO09",
        ),
        (
            "5",
            "[[P:Dragomir]]",
            "[[P:Cristian]]",
            "[[DOB:17.12.1995]]",
            "[[STR:Herner Str.]]",
            "[[STR:299, App. 14]]",
            "[[LOC:44809]]",
            "[[LOC:Bochum]]",
            "Empfänger unbekannt",
            "EWO09",
        ),
        (
            "6",
            "[[P:Al-Masri]]",
            "[[P:Yara]]",
            "[[DOB:01.01.2001]]",
            "[[STR:Querenburger Höhe]]",
            "[[STR:281]]",
            "[[LOC:44801]]",
            "[[LOC:Bochum]]",
            "Studentenwohnheim, ausgezogen",
            "EWO17",
        ),
        (
            "7",
            "[[P:Nguyen]]",
            "[[P:Duc Anh]]",
            "[[DOB:08.08.1998]]",
            "[[STR:Universitätsstr.]]",
            "[[STR:142]]",
            "[[LOC:44799]]",
            "[[LOC:Bochum]]",
            "",
            "",
        ),
        (
            "8",
            "[[P:Kowalczyk]]",
            "[[P:Zofia]]",
            "[[DOB:21.07.1944]]",
            "[[STR:Wattenscheider Hellweg]]",
            "[[STR:10]]",
            "[[LOC:44869]]",
            "[[LOC:Bochum-Wattenscheid]]",
            "Pflegeheim? bitte prüfen",
            "EWO09",
        ),
        ("", "", "", "", "", "", "", "", "Summe: 8 Rückläufer", ""),
    )
    + "\n\nZu Nr. 4: Sterbefall ist beim Standesamt nicht bekannt, bitte Nachlassgericht fragen."
    "\nZu Nr. 8: Frau [[P:Kowalczyk]] ist evtl. ins Seniorenzentrum Haus am Glockenturm gezogen."
    "\n\nGruß\n[[P:Sandra Wiechert]]\nBürgerbüro Bochum, Sachgebiet Melderecht\n"
    "Tel. [[TEL:0234 910-2283]], buergerbuero@bochum.de",
    [
        "Postrückläufer aus KW 6",
        "Summe: 8 Rückläufer",
        "Empfänger unbekannt",
        "Seniorenzentrum Haus am Glockenturm",
        "buergerbuero@bochum.de",
    ],
    allow=("Bochum",),
)

HUNDE_CSV = "\n".join(
    [
        "sep=;",
        "Kassenzeichen;Name;Vorname;Geburtsdatum;Anschrift;Hund_Name;Rasse;Wurfdatum;"
        "Steuermarke;Beginn;Mandat;IBAN",
        "[[AZ:2.3100.087341.2]];[[P:Öztürk]];[[P:Hakan]];[[DOB:1986-02-11]];"
        '"[[STR:Shamrockstr. 44]]; [[LOC:44623 Herne]]";Luna;Labrador;2025-06-01;0417;2026-01-01;'
        f"[[AZ:HU-M-20418]];[[IBAN:{iban('DE', SPK_HER + '0002418837', spaced=False)}]]",
        "[[AZ:2.3100.087342.0]];[[P:Kempa]];[[P:Brigitte]];[[DOB:1951-10-30]];"
        '"[[STR:Bismarckstr. 21]]; [[LOC:44629 Herne]]";Bobby;Mischling;2019-03-15;0418;2026-01-01;;',
        "[[AZ:2.3100.087343.9]];[[P:Tadesse]];[[P:Meron]];[[DOB:1993-07-04]];"
        '"[[STR:Wiescherstr. 30, 1. OG]]; [[LOC:44623 Herne]]";Simba;Shiba Inu;2024-11-20;0419;2026-02-01;'
        f"[[AZ:HU-M-20419]];[[IBAN:{iban('DE', POSTBANK + '0913772108', spaced=False)}]]",
        "[[AZ:2.3100.087344.7]];[[P:Grabowski-Henke]];[[P:Dirk]];[[DOB:1972-05-19]];"
        '"[[STR:Hölkeskampring 130]]; [[LOC:44625 Herne]]";Rocky;American Staffordshire Terrier;'
        "2023-08-08;0420;2026-01-15;;",
        "[[AZ:2.3100.087345.5]];[[P:Ricci]];[[P:Alessandro]];[[DOB:1989-12-01]];"
        '"[[STR:Holsterhauser Str. 7]]; [[LOC:44652 Herne]]";Nala;Malteser;2025-09-09;0421;2026-02-01;'
        f"[[AZ:HU-M-20421]];[[IBAN:{iban('IT', 'X0306909606100000063198')}]]",
        "[[AZ:2.3100.087346.3]];[[P:Schlüter]];[[P:Ingrid]];[[DOB:1939-04-23]];"
        '"Seniorenzentrum Eickel, Eickeler Str. 75; 44651 Herne";Max;Dackel;2016-01-01;0422;'
        "2026-01-01;;",
    ]
)

pii(
    "table_list",
    "Betreff: Export Neuanmeldungen Hundesteuer 01/2026 für Abgleich Tierheim\n\n"
    "Hallo Frau [[P:Leszczyński]],\n\nhier der Export aus dem Steuerverfahren (nur Neuanmeldungen "
    "Januar/Februar). Kampfhund-Zuschlag (Nr. 4) ist noch nicht gebucht, bitte den "
    "Sachkundenachweis anfordern. Bei Nr. 6 wohnt die Halterin im Heim, der Hund ist laut "
    "Heimleitung dort mit gemeldet.\n\n"
    + HUNDE_CSV
    + "\n\nViele Grüße\n[[P:Ömer Demirci]]\nFB Finanzen – Steueramt, Hundesteuer\n"
    "Tel. [[TEL:02323 16-3417]] | hundesteuer@herne.de | Vermittlung 02323 16-0",
    [
        "Export Neuanmeldungen Hundesteuer 01/2026",
        "Steuermarke",
        "American Staffordshire Terrier",
        "hundesteuer@herne.de",
        "Vermittlung 02323 16-0",
    ],
)

W_MAHN = (17, 26, 36, 11, 10, 3)
MAHN_HEAD = (
    ("Kassenzeichen", "Name, Vorname", "Anschrift", "fällig", "Betrag", "MS"),
    ("-" * 16, "-" * 25, "-" * 35, "-" * 10, "-" * 9, "--"),
)

pii(
    "table_list",
    "STADT WITTEN - STADTKASSE           MAHNLAUF 2026/02 - ZAHLUNGSERINNERUNGEN      SEITE 1 VON 2\n"
    "Lauf vom 09.02.2026   Mahnstufe 1 = Erinnerung, 2 = Mahnung   Druck: 09.02.2026 06:12  Benutzer: SK017\n\n"
    + fixed(
        W_MAHN,
        *MAHN_HEAD,
        (
            "[[AZ:4.0100.301122.4]]",
            "[[P:Brockhoff, Uwe]]",
            "[[STR:Annenstr. 112]], [[LOC:58453 Witten]]",
            "15.01.2026",
            "212,40",
            "1",
        ),
        (
            "[[AZ:4.0100.318476.1]]",
            "[[P:Çelik, Songül]]",
            "[[STR:Pferdebachstr. 39]], [[LOC:58455 Witten]]",
            "15.01.2026",
            "98,15",
            "1",
        ),
        (
            "[[AZ:4.0200.004417.9]]",
            "[[P:Dąbrowski, Krzysztof]]",
            "[[STR:Wiesenstr. 3]], [[LOC:58452 Witten]]",
            "15.11.2025",
            "1.104,00",
            "2",
        ),
        (
            "[[AZ:4.0100.322910.8]]",
            "[[P:Hüsken, Marlies]]",
            "[[STR:Hauptstr. 61]], [[LOC:58456 Witten-Herbede]]",
            "15.01.2026",
            "45,60",
            "1",
        ),
        (
            "[[AZ:4.0300.118204.2]]",
            "[[P:Ogunleye, Babatunde]]",
            "[[STR:Breite Str. 22]], [[LOC:58452 Witten]]",
            "02.12.2025",
            "35,00",
            "2",
        ),
        (
            "[[AZ:4.0100.330017.5]]",
            "[[P:Richter-Vogel, Anja]]",
            "[[STR:Ruhrdeich 14a]], [[LOC:58452 Witten]]",
            "15.01.2026",
            "387,22",
            "1",
        ),
    )
    + "\n\nÜBERTRAG SEITE 1:                                                         1.882,37\n"
    "----------------------------------------------------------------------------------------------\n"
    "STADT WITTEN - STADTKASSE           MAHNLAUF 2026/02 - ZAHLUNGSERINNERUNGEN      SEITE 2 VON 2\n\n"
    + fixed(
        W_MAHN,
        *MAHN_HEAD,
        (
            "[[AZ:4.0100.331245.0]]",
            "[[P:Yilmaz, Cengiz]]",
            "[[STR:Sonnenschein 7]], [[LOC:58452 Witten]]",
            "15.01.2026",
            "156,90",
            "1",
        ),
        (
            "[[AZ:4.0400.000918.6]]",
            "[[P:Petrenko, Iryna]]",
            "[[STR:Bommerfelder Ring 90]], [[LOC:58452 Witten]]",
            "20.12.2025",
            "60,00",
            "2",
        ),
        (
            "[[AZ:4.0100.332871.3]]",
            "[[P:Tenbusch, Heinz-Werner]]",
            "[[STR:Am Hang 2]], [[LOC:58454 Witten]]",
            "15.01.2026",
            "1.290,45",
            "1",
        ),
    )
    + "\n\nSUMME MAHNLAUF (9 POSITIONEN):                                            3.389,72\n"
    "Mahngebühr Stufe 2 je Position 5,00 EUR wird beim nächsten Lauf aufgeschlagen.\n"
    "Rückfragen: Stadtkasse, Marktstraße 16, Tel. 02302 581-0, stadtkasse@stadt-witten.de\n",
    [
        "MAHNLAUF 2026/02 - ZAHLUNGSERINNERUNGEN",
        "Benutzer: SK017",
        "ÜBERTRAG SEITE 1:",
        "SUMME MAHNLAUF (9 POSITIONEN):",
        "stadtkasse@stadt-witten.de",
    ],
)

W_HH = (4, 24, 12, 16, 11, 24)

pii(
    "table_list",
    "Von: Wohnraumversorgung (FD 64) <wohnraum@recklinghausen.de>\n"
    "An: [[P:Kerstin Lohmann]] <[[MAIL:kerstin.lohmann@recklinghausen.de]]>\n"
    "Betreff: WG: Haushaltsaufstellung Fam. [[P:Al-Khatib]] – Dringlichkeit Wohnungsvermittlung\n\n"
    "Hallo [[P:Kerstin]],\n\nwie besprochen die Haushaltsaufstellung aus dem Erstgespräch. Die Familie "
    "lebt seit 14 Monaten in der Übergangseinrichtung Blitzkuhlenstraße, 6 Personen auf 2 Zimmern. "
    "Gesucht wird eine 4-ZKB ab 85 m², max. 690 € kalt (Angemessenheit lt. KdU-Richtlinie Kreis RE).\n\n"
    "Haushalt lt. Bescheid Jobcenter (BG-Nr. [[AZ:36204BG0087123]]):\n\n"
    + fixed(
        W_HH,
        ("Nr", "Name, Vorname", "geb.", "Verhältnis", "Staatsang.", "RV-Nr. / eAT"),
        ("--", "-" * 22, "-" * 10, "-" * 14, "-" * 9, "-" * 22),
        (
            "1",
            "[[P:Al-Khatib, Mahmoud]]",
            "[[DOB:12.05.1978]]",
            "Haushaltsvorst.",
            "syrisch",
            f"[[RV:{rvnr('12', '120578', 'A', '03')}]]",
        ),
        (
            "2",
            "[[P:Al-Khatib, Nour]]",
            "[[DOB:03.01.1983]]",
            "Ehefrau",
            "syrisch",
            f"[[RV:{rvnr('12', '030183', 'H', '51', spaced=False)}]]",
        ),
        ("3", "[[P:Al-Khatib, Rami]]", "[[DOB:19.09.2006]]", "Sohn", "syrisch", "[[ID:LW8R2C5M9]]"),
        (
            "4",
            "[[P:Al-Khatib, Sara]]",
            "[[DOB:25.02.2010]]",
            "Tochter",
            "syrisch",
            "[[ID:LW8R2C6N1]]",
        ),
        (
            "5",
            "[[P:Al-Khatib, Yousef]]",
            "[[DOB:07.11.2016]]",
            "Sohn",
            "syrisch",
            "[[ID:LW8R2C7P4]]",
        ),
        (
            "6",
            "[[P:Hamdan, Fatima]]",
            "[[DOB:1951]]",
            "Mutter d. Ehefr.",
            "syrisch",
            "[[ID:LY3T9G0K7]]",
        ),
    )
    + "\n\nBesonderheiten: Frau [[P:Hamdan]] ist gehbehindert (GdB 70, Merkzeichen G), daher EG oder "
    "Aufzug. [[P:Rami]] macht ab 08/2026 eine Ausbildung bei der Vestischen Straßenbahnen GmbH in "
    "Herten. Die Familie stammt aus [[LOC:Idlib]], Verwandte (Bruder [[P:Hassan Al-Khatib]]) wohnen in "
    "[[LOC:Marl-Hüls]] und würden beim Umzug helfen.\n\n"
    "Kontakt Hr. [[P:Al-Khatib]]: [[TEL:0152 0934 7718]] (WhatsApp, versteht Deutsch gut)\n\n"
    "Gruß\n[[P:Jens Kurowski]]\nFD 64 – Wohnraumversorgung, Tel. [[TEL:02361 50-1652]]",
    [
        "wohnraum@recklinghausen.de",
        "Übergangseinrichtung Blitzkuhlenstraße",
        "KdU-Richtlinie Kreis RE",
        "Vestischen Straßenbahnen GmbH",
        "Merkzeichen G",
    ],
)

pii(
    "table_list",
    "## Warteliste U3 – Stand 10.02.2026 (Bezirk Hattingen-Mitte/Welper)\n\n"
    "Teams-Nachricht von [[P:Nadine Hülsbusch]] (Fachberatung Kita), 10.02.2026 15:42:\n"
    "@[[P:Tobias]] hier die Liste für die Vergaberunde am Donnerstag. Geschwisterkinder sind "
    "markiert (G), Härtefälle (H). Bitte nicht an die Träger weiterleiten, nur die Platznummern!\n\n"
    + piped(
        ("Rang", "Kind", "geb.", "Eltern", "Wohnort", "Wunsch-Kita", "Std.", "Kontakt", "Vermerk"),
        ("---:", "---", "---", "---", "---", "---", "---:", "---", "---"),
        (
            "1",
            "[[P:Ben Wolters]]",
            "[[DOB:14.03.2025]]",
            "[[P:Lisa]] u. [[P:Martin Wolters]]",
            "[[LOC:Welper]]",
            "Kita Regenbogen",
            "35",
            "[[TEL:0176 8834 2201]]",
            "G",
        ),
        (
            "2",
            "[[P:Aylin Toprak]]",
            "[[DOB:02.01.2025]]",
            "[[P:Gül Toprak]] (alleinerz.)",
            "[[LOC:Hattingen-Mitte]]",
            "Kita Rathausplatz",
            "45",
            "[[MAIL:guel.toprak@gmx.de]]",
            "H",
        ),
        (
            "3",
            "[[P:Mateo Krasniqi]]",
            "[[DOB:27.06.2024]]",
            "[[P:Drita]] u. [[P:Besnik Krasniqi]]",
            "[[LOC:Blankenstein]]",
            "Ev. Kita Blankenstein",
            "35",
            "[[TEL:02324 68 30 12]]",
            "",
        ),
        (
            "4",
            "[[P:Hanna Schöttler]]",
            "[[DOB:09.09.2024]]",
            "[[P:Svenja Schöttler]], [[P:Patrick Aust]]",
            "[[LOC:Holthausen]]",
            "AWO Kita Holthausen",
            "25",
            "",
            "",
        ),
        (
            "5",
            "[[P:Elias Nnamdi]]",
            "[[DOB:18.04.2025]]",
            "[[P:Ngozi Nnamdi]]",
            "[[LOC:Welper]]",
            "Kita Regenbogen",
            "45",
            "[[TEL:0157 3344 9010]]",
            "H (Ausbildung)",
        ),
        (
            "6",
            "[[P:Lotte Brüggemann]]",
            "[[DOB:30.11.2024]]",
            "[[P:Jana]] u. [[P:Kai Brüggemann]]",
            "[[LOC:Niederbonsfeld]]",
            "Kita Rathausplatz",
            "35",
            "[[MAIL:jana.brueggemann@posteo.de]]",
            "G",
        ),
        (
            "7",
            "[[P:Oskar Wiśniewski]]",
            "[[DOB:05.05.2025]]",
            "[[P:Magdalena Wiśniewska]]",
            "[[LOC:Hattingen-Mitte]]",
            "",
            "35",
            "[[TEL:0160 2219 3384]]",
            "Wunsch fehlt",
        ),
    )
    + "\n\nPlätze frei zum 01.08.: Kita Regenbogen 2, Kita Rathausplatz 1, Ev. Kita Blankenstein 1, "
    "AWO Kita Holthausen 2.\nAnschrift Jugendamt für Rückfragen der Eltern: Rathausplatz 1, "
    "45525 Hattingen, kita@hattingen.de",
    [
        "Warteliste U3 – Stand 10.02.2026",
        "Kita Regenbogen",
        "Ev. Kita Blankenstein",
        "kita@hattingen.de",
        "Rathausplatz 1",
    ],
    allow=("Welper", "Blankenstein", "Holthausen", "Hattingen-Mitte"),
)

pii(
    "table_list",
    "Kollegen,\n\nfür die Sammelanhörung (Parkverstöße Behindertenparkplätze Innenstadt, "
    "Schwerpunktkontrolle 26.01.–06.02.2026) die Halterdaten aus der ZFZR-Abfrage. Tatorte sind "
    "öffentliche Stellplätze, bitte nicht mit den Halteranschriften verwechseln.\n\n"
    + tabbed(
        ("Kennzeichen", "Halter", "Anschrift Halter", "Tatort", "Tatzeit", "Az.", "TBNR"),
        (
            "[[KFZ:KS-JB 2081]]",
            "[[P:Bauer, Jürgen]]",
            "[[STR:Goethestr. 61]], [[LOC:34119 Kassel]]",
            "Friedrichsplatz 12",
            "26.01.2026 10:14",
            "[[AZ:701.112844.3]]",
            "112402",
        ),
        (
            "[[KFZ:KS-AE 418]]",
            "[[P:Erdem, Ayşe]]",
            "[[STR:Kölnische Str. 88]], [[LOC:34117 Kassel]]",
            "Obere Königsstr. 8",
            "27.01.2026 08:55",
            "[[AZ:701.112851.8]]",
            "112402",
        ),
        (
            "[[KFZ:HR-KM 77]]",
            "[[P:Möller, Karin]]",
            "[[STR:Am Kirchberg 4]], [[LOC:34576 Homberg (Efze)]]",
            "Treppenstraße 3",
            "29.01.2026 16:40",
            "[[AZ:701.112903.1]]",
            "112402",
        ),
        (
            "[[KFZ:KS-GT 1200]]",
            "Gerüstbau Tegtmeier GmbH",
            "Sandershäuser Str. 34, 34123 Kassel",
            "Friedrichsplatz 12",
            "30.01.2026 11:02",
            "[[AZ:701.112917.6]]",
            "112402",
        ),
        (
            "[[KFZ:KS-RA 6E]]",
            "[[P:Abadi, Reza]]",
            "[[STR:Frankfurter Str. 203]], [[LOC:34134 Kassel]]",
            "Wilhelmsstraße 2",
            "03.02.2026 09:31",
            "[[AZ:701.112989.0]]",
            "112402",
        ),
        (
            "[[KFZ:ESW-P 313]]",
            "[[P:Pietsch, Lukas]]",
            "[[STR:Marktstr. 7]], [[LOC:37269 Eschwege]]",
            "Obere Königsstr. 8",
            "05.02.2026 14:22",
            "[[AZ:701.113012.4]]",
            "112402",
        ),
        (
            "[[KFZ:KS-SK 5510]]",
            "[[P:Krüger, Svetlana]]",
            "",
            "Treppenstraße 3",
            "06.02.2026 12:48",
            "[[AZ:701.113020.9]]",
            "112402",
        ),
    )
    + "\n\nZu [[KFZ:KS-SK 5510]]: Halterin lt. ZFZR nach [[LOC:Göttingen]] verzogen, neue Anschrift fehlt "
    "noch, EMA-Anfrage läuft.\nZu [[KFZ:KS-GT 1200]]: Firmenfahrzeug, Anhörung an die GmbH "
    "(HRB 3318, AG Kassel), Fahrer unbekannt.\n\n"
    "[[P:Schönfeld]], Straßenverkehrsbehörde – Bußgeldstelle, Tel. [[TEL:0561 787-6124]]",
    [
        "Schwerpunktkontrolle 26.01.–06.02.2026",
        "Friedrichsplatz 12",
        "Gerüstbau Tegtmeier GmbH",
        "HRB 3318, AG Kassel",
        "TBNR",
    ],
)

WAHL_CSV = "\n".join(
    [
        "Wahlbezirk;Funktion;Name;Vorname;Geburtsdatum;Straße;PLZ;Ort;Telefon;E-Mail;IBAN Erfrischungsgeld",
        "0101 Grundschule Sandow;Wahlvorsteher;[[P:Lehmann]];[[P:Frank]];[[DOB:05.06.1968]];"
        f"[[STR:Dresdener Str. 47]];[[LOC:03050]];[[LOC:Cottbus]];[[TEL:0355 48 29 117]];;"
        f"[[IBAN:{iban('DE', SPK_CB + '3000481126')}]]",
        "0101 Grundschule Sandow;Stellv.;[[P:Kaminski]];[[P:Monika]];[[DOB:22.09.1959]];"
        "[[STR:Muskauer Str. 12]];[[LOC:03050]];[[LOC:Cottbus]];;[[MAIL:mkaminski59@t-online.de]];"
        f"[[IBAN:{iban('DE', SPK_CB + '3000172254')}]]",
        "0101 Grundschule Sandow;Beisitzer;[[P:Đặng]];[[P:Thu Trang]];[[DOB:14.01.2000]];"
        "[[STR:Willy-Brandt-Str. 9]];[[LOC:03044]];[[LOC:Cottbus]];[[TEL:0176 9021 4486]];"
        f"[[MAIL:thutrang.dang@gmail.com]];[[IBAN:{iban('DE', VOBA_RUHR + '7712004400', spaced=False)}]]",
        "0102 Oberstufenzentrum II;Wahlvorsteherin;[[P:Zielke]];[[P:Anett]];[[DOB:30.03.1975]];"
        "[[STR:Welzower Str. 3, WE 12]];[[LOC:03048]];[[LOC:Cottbus]];[[TEL:0151 6612 0038]];;"
        f"[[IBAN:{iban('DE', SPK_CB + '3110904437')}]]",
        "0102 Oberstufenzentrum II;Schriftführer;[[P:Nowak]];[[P:Piotr]];[[DOB:11.11.1981]];"
        "[[STR:Ströbitzer Hauptstr. 80]];[[LOC:03046]];[[LOC:Cottbus]];;[[MAIL:p.nowak@posteo.de]];"
        f"[[IBAN:{iban('PL', '10901014' + '0000071219812874')}]]",
        "0102 Oberstufenzentrum II;Beisitzerin;[[P:Rahmani]];[[P:Sahar]];[[DOB:07.07.1997]];"
        "[[STR:Lipezker Str. 20]];[[LOC:03048]];[[LOC:Cottbus]];[[TEL:0152 1093 3847]];;",
        "0103 Stadthaus;Beisitzer;[[P:Krautz]];[[P:Heiko]];[[DOB:19.02.1964]];[[STR:Dorfstr. 15]];"
        "[[LOC:03058]];[[LOC:Neuhausen/Spree]];;;"
        f"[[IBAN:{iban('DE', SPK_CB + '3000615509', spaced=False)}]]",
    ]
)

pii(
    "table_list",
    "Wahlamt Cottbus – Export Wahlvorstände Bürgermeisterwahl 19.04.2026 (Stand 06.02.2026)\n"
    "Format: CSV, Trennzeichen Semikolon, Kodierung UTF-8. Erfrischungsgeld 50,00 € (Vorsteher 60,00 €) "
    "wird nach der Wahl überwiesen. Leere Felder = keine Angabe bzw. Barauszahlung.\n\n"
    + WAHL_CSV
    + "\n\nHinweis: Hr. [[P:Krautz]] wohnt außerhalb (Landkreis Spree-Neiße), Berufung als "
    "Wahlhelfer zulässig (§ 16 Abs. 1 BbgKWahlG, nur Wahlberechtigte des Landes). Fr. [[P:Rahmani]] "
    "ist Studentin der BTU, Bankverbindung folgt.\nRückfragen: wahlamt@cottbus.de, 0355 612-0",
    [
        "Bürgermeisterwahl 19.04.2026",
        "0101 Grundschule Sandow",
        "0102 Oberstufenzentrum II",
        "wahlamt@cottbus.de",
        "Erfrischungsgeld 50,00 €",
    ],
    allow=("Cottbus",),
)

W_EBG = (17, 28, 11, 21, 14, 12)

pii(
    "table_list",
    "STADT REGENSBURG  AMT FÜR ÖFFENTLICHE ORDNUNG  STAATSANGEHÖRIGKEIT           Blatt 1/1\n"
    "EINBÜRGERUNGSFEIER 05.03.2026, 17:00 UHR, HISTORISCHER REICHSSAAL – TEILNEHMERLISTE\n"
    "Erstellt: 09.02.2026  Verf.: STA-03\n"
    + "=" * 104
    + "\n"
    + fixed(
        W_EBG,
        ("Az.", "Name, Vorname(n)", "geb.", "Geburtsort", "bish. StA", "Pass/Dok."),
        (
            "[[AZ:EB-2025-0412]]",
            "[[P:ABDULLAHI, FATIMA]]",
            "[[DOB:12.02.1988]]",
            "[[LOC:KANO]]",
            "nigerian.",
            "[[PASS:A07811264]]",
        ),
        (
            "[[AZ:EB-2025-0419]]",
            "[[P:BOGDANOV, IVAN]]",
            "[[DOB:30.06.1976]]",
            "[[LOC:PLOWDIW]]",
            "bulgar.",
            "[[PASS:382741196]]",
        ),
        (
            "[[AZ:EB-2025-0433]]",
            "[[P:ÇAKIR, EMİNE]]",
            "[[DOB:01.09.1995]]",
            "[[LOC:REGENSBURG]]",
            "türk.",
            "[[PASS:U21784903]]",
        ),
        ("", "[[P:ÇAKIR, ALİ]] (Kind)", "[[DOB:17.03.2019]]", "[[LOC:REGENSBURG]]", "türk.", "–"),
        (
            "[[AZ:EB-2025-0440]]",
            "[[P:HASHIMI, SAYED AHMAD]]",
            "[[DOB:01.01.1990]]",
            "[[LOC:KABUL]]",
            "afghan.",
            "[[PASS:P02277418]]",
        ),
        (
            "[[AZ:EB-2025-0451]]",
            "[[P:MELNYK, OKSANA]]",
            "[[DOB:24.08.1984]]",
            "[[LOC:LWIW]]",
            "ukrain.",
            "[[PASS:FT603218]]",
        ),
        (
            "[[AZ:EB-2025-0457]]",
            "[[P:PAPAGEORGIOU, NIKOLAOS]]",
            "[[DOB:09.12.1970]]",
            "[[LOC:KAVALA]]",
            "griech.",
            "behält StA",
        ),
        (
            "[[AZ:EB-2025-0462]]",
            "[[P:TRẦN, QUỐC BẢO]]",
            "[[DOB:05.05.1993]]",
            "[[LOC:ĐÀ NẴNG]]",
            "vietnam.",
            "[[PASS:C8830142]]",
        ),
        (
            "[[AZ:EB-2025-0470]]",
            "[[P:HABTE, YONAS]]",
            "[[DOB:15.04.1998]]",
            "[[LOC:KEREN]]",
            "eritr.",
            "Reiseausweis",
        ),
    )
    + "\n"
    + "=" * 104
    + "\n9 Einbürgerungen (10 Personen). Urkunden liegen im Tresor Zi. 0.14. Bei [[P:PAPAGEORGIOU]] "
    "(EU-Bürger) keine Aufgabe der StA erforderlich, bei [[P:HABTE]] Reiseausweis für Flüchtlinge "
    "einziehen.\nGäste: je Einbürgerung max. 3 Begleitpersonen. Ausgabe der Urkunden durch die "
    "Amtsleitung.\n"
    "Rückfragen Staatsangehörigkeitsbehörde: staatsangehoerigkeit@regensburg.de, 0941 507-0\n",
    [
        "HISTORISCHER REICHSSAAL",
        "Verf.: STA-03",
        "Tresor Zi. 0.14",
        "staatsangehoerigkeit@regensburg.de",
        "Reiseausweis für Flüchtlinge",
    ],
    allow=("REGENSBURG",),
)

W_WG = (22, 22, 22, 18, 18)

pii(
    "table_list",
    "Stadt Bochum – Amt für Soziales – Wohngeldstelle            Prüfvermerk Einkommen\n"
    "Wohngeld-Nr.: [[AZ:50 31 2026 004512]]     Bewilligungszeitraum 01.03.2026 – 28.02.2027\n"
    "Antragsteller: Hr. [[P:Aydemir]], Anschrift: [[STR:Dorstener Str. 412]], [[LOC:44809 Bochum]]\n\n"
    + fixed(
        W_WG,
        ("", "Person 1", "Person 2", "Person 3", "Person 4"),
        ("Name", "[[P:Aydemir]]", "[[P:Aydemir]]", "[[P:Aydemir]]", "[[P:Aydemir]]"),
        ("Vorname", "[[P:Murat]]", "[[P:Serpil]]", "[[P:Elif]]", "[[P:Can]]"),
        (
            "geb.",
            "[[DOB:21.06.1980]]",
            "[[DOB:09.10.1983]]",
            "[[DOB:13.05.2008]]",
            "[[DOB:02.12.2013]]",
        ),
        ("Verhältnis", "Antragsteller", "Ehefrau", "Tochter", "Sohn"),
        (
            "Steuer-ID",
            f"[[TAX:{steuer_id('6290517436')}]]",
            f"[[TAX:{steuer_id('4175839204')}]]",
            f"[[TAX:{steuer_id('7392016857')}]]",
            f"[[TAX:{steuer_id('9568120439')}]]",
        ),
        ("Einkommen mtl.", "2.480,00 € brutto", "520,00 € (Minijob)", "Ausbildung 780,00 €", "–"),
        ("Abzug pauschal", "30 %", "0 % (Minijob)", "30 %", "–"),
        ("Nachweis", "Lohnabr. 10–12/25", "Bescheinigung AG", "Ausb.-Vertrag", "–"),
    )
    + "\n\nMiete lt. Mietbescheinigung: 845,00 € brutto kalt (Vermieter: VBW Bauen und Wohnen GmbH).\n"
    "Kindergeld für [[P:Elif]] und [[P:Can]] wird nicht angerechnet. Unterhaltsvorschuss: entfällt.\n"
    "Auszahlung auf Konto Hr. [[P:Aydemir]]: "
    f"[[IBAN:{iban('DE', SPK_BO + '0000733218')}]]\n"
    "Prüfung Sozialversicherungsausweis Hr. [[P:Aydemir]]: RV-Nr. "
    f"[[RV:{rvnr('12', '210680', 'A', '08')}]] – stimmt mit Lohnabrechnung überein.\n\n"
    "Ergebnis: Gesamteinkommen (nach Abzügen) 2.762,00 €, Wohngeld lt. Tabelle 167,00 € mtl.\n"
    "Geprüft: [[P:Sommerfeld]], 11.02.2026   Zweitprüfung: WG-PR-02",
    [
        "Prüfvermerk Einkommen",
        "VBW Bauen und Wohnen GmbH",
        "Bewilligungszeitraum 01.03.2026 – 28.02.2027",
        "WG-PR-02",
        "Wohngeld lt. Tabelle 167,00 € mtl.",
    ],
)

pii(
    "table_list",
    "# Dolmetscherpool Kommunales Integrationszentrum Herne (Sprachmittlung ehrenamtlich)\n\n"
    "Stand: 02/2026 · Pflege: [[P:Katharina Blum-Aydın]] ([[TEL:02323 16-2971]], "
    "[[MAIL:katharina.blum-aydin@herne.de]]) · Vertretung: ki@herne.de\n\n"
    "**Bitte Einsätze immer über das Funktionspostfach anfragen, nicht direkt bei den Ehrenamtlichen.**\n\n"
    + piped(
        ("Sprache(n)", "Name", "Stadtteil", "Telefon", "E-Mail", "Einsatz"),
        ("---", "---", "---", "---", "---", "---"),
        (
            "Arabisch, Kurdisch (Kurmancî)",
            "[[P:Hêvî Ekinci]]",
            "[[LOC:Herne-Sodingen]]",
            "[[TEL:0157 5521 0948]]",
            "[[MAIL:hevi.ekinci@gmail.com]]",
            "Mo–Mi vormittags",
        ),
        (
            "Tigrinya, Amharisch",
            "[[P:Mebrahtu Tesfay]]",
            "[[LOC:Wanne-Eickel]]",
            "[[TEL:0176 4418 0031]]",
            "",
            "nach Absprache",
        ),
        (
            "Rumänisch",
            "[[P:Florin Stoica]]",
            "[[LOC:Herne-Mitte]]",
            "[[TEL:0162 7730 1146]]",
            "[[MAIL:f.stoica@yahoo.de]]",
            "abends, Sa",
        ),
        (
            "Bulgarisch, Türkisch",
            "[[P:Nesrin Mehmedova]]",
            "[[LOC:Herne-Holsterhausen]]",
            "[[TEL:0152 3108 8842]]",
            "[[MAIL:nesrin.mehmedova@web.de]]",
            "flexibel",
        ),
        (
            "Dari, Paschtu",
            "[[P:Wahid Noori]]",
            "[[LOC:Herne-Horsthausen]]",
            "[[TEL:0178 2204 6613]]",
            "[[MAIL:wahid.noori@outlook.com]]",
            "Do/Fr",
        ),
        (
            "Ukrainisch, Russisch",
            "[[P:Tetiana Bondarenko]]",
            "[[LOC:Herne-Baukau]]",
            "",
            "[[MAIL:t.bondarenko.her@gmail.com]]",
            "nur Mail",
        ),
        (
            "Vietnamesisch",
            "[[P:Võ Thị Mỹ Linh]]",
            "[[LOC:Wanne-Süd]]",
            "[[TEL:0163 9906 2251]]",
            "",
            "Di/Do nachmittags",
        ),
        (
            "Polnisch",
            "Sprachmittlerpool der Caritas (Koordination)",
            "Herne-Mitte, Schaeferstr. 12",
            "02323 9349-0",
            "sprachmittlung@caritas-herne.de",
            "hauptamtlich, kostenpflichtig",
        ),
    )
    + "\n\nNeu ab März: Hr. [[P:Noori]] übernimmt zusätzlich die Elternabende an der Grundschule "
    "Kunterbunt. Fr. [[P:Bondarenko]] ist bis 31.03. in Elternzeit, Vertretung Ukrainisch über "
    "die Caritas.",
    [
        "Kommunales Integrationszentrum Herne",
        "ki@herne.de",
        "Sprachmittlerpool der Caritas (Koordination)",
        "02323 9349-0",
        "sprachmittlung@caritas-herne.de",
    ],
    allow=("Herne-Mitte",),
)

# ==============================================================================================
# E-mail threads (pii)
# ==============================================================================================

pii(
    "email_thread",
    """
Von: [[P:Kortmann, Sabine]] <[[MAIL:sabine.kortmann@bochum.de]]>
Gesendet: Mittwoch, 11. Februar 2026 09:12
An: Standesamt Bochum <standesamt@bochum.de>
Cc: [[P:Reinartz, Tim]] <[[MAIL:tim.reinartz@bochum.de]]>
Betreff: AW: Namensführung [[P:Esposito]]/[[P:Krämer]] – Fortschreibung Melderegister

Hallo Herr [[P:Piontek]],

danke, dann schreibe ich den Datensatz heute fort. Die Bürgerin kommt morgen zur Änderung des
Personalausweises (alte Nr. [[ID:LM9X31C07]]), der Termin ist im BB Wattenscheid.

Viele Grüße
[[P:Sabine Kortmann]]
Bürgerbüro Bochum-Mitte, Tel. [[TEL:0234 910-3318]]

-----Ursprüngliche Nachricht-----
Von: [[P:Piontek, Rüdiger]] <[[MAIL:ruediger.piontek@bochum.de]]>
Gesendet: Dienstag, 10. Februar 2026 16:47
An: [[P:Kortmann, Sabine]] <[[MAIL:sabine.kortmann@bochum.de]]>
Betreff: AW: Namensführung [[P:Esposito]]/[[P:Krämer]] – Fortschreibung Melderegister

Hallo Frau [[P:Kortmann]],

ja, die Erklärung liegt vor. Frau [[P:Julia Esposito]], geb. [[P:Krämer]], geb. am [[DOB:04.10.1994]] in
[[LOC:Witten]], hat am 06.02.2026 die Erklärung nach § 1355 BGB abgegeben (Heiratseintrag
[[AZ:E 214/2026]]). Ehename: [[P:Esposito]]. Der Ehemann, Herr [[P:Antonio Esposito]], geb.
[[DOB:19.01.1992]] in [[LOC:Neapel]], ist italienischer Staatsangehöriger und führt seinen Namen weiter.

Die Bescheinigung über die Namensführung geht heute an die Anschrift [[STR:Lohring 28]],
[[LOC:44789 Bochum]]. Bitte die Übermittlung an die Ausländerbehörde für Herrn [[P:Esposito]] nicht
vergessen (EU-Bürger, nur Meldedaten).

Gruß
[[P:R. Piontek]]
Standesamt Bochum, Willy-Brandt-Platz 2–6, 44777 Bochum, Tel. [[TEL:0234 910-1267]]

> -----Ursprüngliche Nachricht-----
> Von: [[P:Kortmann, Sabine]]
> Gesendet: Dienstag, 10. Februar 2026 11:03
> An: Standesamt Bochum
> Betreff: Namensführung [[P:Esposito]]/[[P:Krämer]] – Fortschreibung Melderegister
>
> Liebe Kolleginnen und Kollegen,
>
> Frau [[P:Krämer]] hat heute angerufen ([[TEL:0171 3307 9214]]) und gesagt, sie habe bei Ihnen die
> Namenserklärung abgegeben. Im EWO ist noch nichts angekommen. Können Sie mir bitte bestätigen,
> ob und ab wann der Name [[P:Esposito]] gilt? Sie braucht den neuen Ausweis für eine Dienstreise.
>
> Danke und Gruß
> [[P:Sabine Kortmann]]
""",
    [
        "standesamt@bochum.de",
        "§ 1355 BGB",
        "BB Wattenscheid",
        "Willy-Brandt-Platz 2–6, 44777 Bochum",
        "-----Ursprüngliche Nachricht-----",
    ],
)

pii(
    "email_thread",
    """
Von: Ordnungsamt Herne – Bürgerhinweise <ordnungsamt@herne.de>
Gesendet: Montag, 9. Februar 2026 10:26
An: [[P:Lukas Brenneke]] <[[MAIL:lukas.brenneke@herne.de]]>
Betreff: WG: Illegale Müllablagerung Grünstreifen Langforthstraße – Bitte um Prüfung
Anlagen: IMG_4471.jpg; IMG_4472.jpg

Hallo [[P:Lukas]],

kannst du das bitte an den Außendienst geben? Die Ablagerung liegt auf dem städtischen Grünstreifen
(Flurstück 331, Gemarkung Sodingen), nicht auf Privatgrund. Der Beschwerdeführer hat einen Verdacht,
wer es war – bitte vorsichtig, bisher nur Vermutung.

[[P:Maren Ostrowski]]
FB Öffentliche Ordnung, Tel. [[TEL:02323 16-2218]]

---------- Weitergeleitete Nachricht ----------
Von: [[P:Dragan Jovanović]] <[[MAIL:d.jovanovic@arcor.de]]>
Datum: Sa., 7. Feb. 2026 um 18:52
Betreff: Illegale Müllablagerung Grünstreifen Langforthstraße – Bitte um Prüfung
An: <ordnungsamt@herne.de>

Guten Tag,

seit Mittwoch liegen auf dem Grünstreifen gegenüber unserem Haus ([[STR:Langforthstraße 57]],
[[LOC:44627 Herne]]) ein altes Sofa, zwei Matratzen und mehrere Farbeimer. Fotos hänge ich an.
Am Dienstagabend stand dort ein weißer Transporter mit dem Kennzeichen [[KFZ:GE-TR 4402]], zwei Männer
haben etwas ausgeladen. Ob das die Sachen waren, weiß ich nicht sicher.

Die Farbeimer sind teilweise offen, die Kinder aus der Nachbarschaft spielen dort. Meine Frau
[[P:Snežana]] hat schon bei der Müllabfuhr angerufen (entsorgung herne), die sagen, dafür sind Sie
zuständig.

Bitte rufen Sie mich an, wenn Sie Fragen haben: [[TEL:0176 5012 3384]].
Ich bin tagsüber auf der Arbeit, erreichbar ab 17 Uhr.

Mit freundlichen Grüßen
[[P:Dragan Jovanović]]

> Am 02.02.2026 um 07:14 schrieb Ordnungsamt Herne <ordnungsamt@herne.de>:
> Sehr geehrter Herr [[P:Jovanović]],
> vielen Dank für Ihren Hinweis zum Sperrmüll vor dem Haus [[STR:Langforthstraße 61]]. Der
> Eigentümer wurde angeschrieben. Ihr Vorgang: [[AZ:OA-HW-2026-00391]]
> Mit freundlichen Grüßen – Ihr Ordnungsamt Herne
""",
    [
        "ordnungsamt@herne.de",
        "Flurstück 331, Gemarkung Sodingen",
        "Grünstreifen Langforthstraße",
        "IMG_4471.jpg",
        "---------- Weitergeleitete Nachricht ----------",
    ],
)

pii(
    "email_thread",
    f"""
Von: [[P:Reinhard Sternberg]] <[[MAIL:r.sternberg@gmx.net]]>
Gesendet: Donnerstag, 5. Februar 2026 19:30
An: [[P:Ostermann, Petra]] <[[MAIL:petra.ostermann@stadt-witten.de]]>
Betreff: Re: Mietbescheinigung [[P:Koç]] – Ihr Zeichen [[AZ:WG 2026/0388]]

Sehr geehrte Frau [[P:Ostermann]],

anbei die ausgefüllte Mietbescheinigung. Zu Ihren Fragen unten:

> 1. Ist die Wohnung öffentlich gefördert?
Nein, frei finanziert, Baujahr 1958, 2015 modernisiert.

> 2. Die Miete im Mietvertrag (520 €) weicht von der Angabe der Mieterin (560 €) ab.
Seit 01.07.2025 gilt eine Staffel, Miete jetzt 560 € kalt, Nebenkosten 160 €, Heizung 85 €.

> 3. Auf welches Konto zahlt Frau [[P:Koç]] die Miete?
Auf mein Konto bei der Sparkasse Witten: [[IBAN:{iban("DE", SPK_WIT + "0000207766")}]]
(Kontoinhaber [[P:Reinhard Sternberg]]). Eine Direktzahlung des Wohngelds an mich ist nicht nötig.

> 4. Wohnen außer Frau [[P:Koç]] und ihrem Sohn weitere Personen in der Wohnung?
Nicht dass ich wüsste. Ihr Bruder hat im Dezember ein paar Wochen dort übernachtet, wohnt aber
nach meiner Kenntnis in [[LOC:Dortmund-Eving]].

Ich selbst wohne nicht im Haus, meine Anschrift: [[STR:Am Walde 12]], [[LOC:58313 Herdecke]],
Tel. [[TEL:02330 71 45 09]].

Mit freundlichen Grüßen
[[P:Reinhard Sternberg]]

Am 03.02.2026 um 11:18 schrieb [[P:Ostermann, Petra]]:
> Sehr geehrter Herr [[P:Sternberg]],
>
> Frau [[P:Hatice Koç]] (geb. [[DOB:27.01.1979]]), wohnhaft in Ihrem Haus [[STR:Ruhrstraße 88, 1. OG]],
> [[LOC:58452 Witten]], hat Wohngeld beantragt. Gemeldet ist sie dort mit ihrem Sohn [[P:Emir Koç]]
> (geb. [[DOB:11.07.2011]]). Wir bitten Sie, die beigefügte Mietbescheinigung auszufüllen und
> folgende Fragen zu beantworten:
>
> 1. Ist die Wohnung öffentlich gefördert?
> 2. Die Miete im Mietvertrag (520 €) weicht von der Angabe der Mieterin (560 €) ab.
> 3. Auf welches Konto zahlt Frau [[P:Koç]] die Miete?
> 4. Wohnen außer Frau [[P:Koç]] und ihrem Sohn weitere Personen in der Wohnung?
>
> Rückfragen gern an mich oder an wohngeld@stadt-witten.de.
>
> Mit freundlichen Grüßen
> Im Auftrag
> [[P:Petra Ostermann]]
> Stadt Witten – Amt für Wohnen und Soziales, Wohngeldstelle
> Tel. [[TEL:02302 581-3340]] (Zentrale 02302 581-0)
""",
    [
        "wohngeld@stadt-witten.de",
        "Zentrale 02302 581-0",
        "Amt für Wohnen und Soziales, Wohngeldstelle",
        "Nebenkosten 160 €",
        "Baujahr 1958",
    ],
)

pii(
    "email_thread",
    f"""
Von: [[P:Biermann, Olaf]] <[[MAIL:olaf.biermann@jobcenter-kreis-re.de]]>
Gesendet: Freitag, 6. Februar 2026 08:05
An: Ausländerbehörde Recklinghausen <auslaenderamt@recklinghausen.de>
Cc: Team 4 Leistung <jc-re.team4@jobcenter-kreis-re.de>
Betreff: AW: AW: Aufenthaltsstatus [[P:Tahiri]] – BG [[AZ:36204BG0112907]]

Guten Morgen,

vielen Dank, das hilft uns. Wir bewilligen dann bis zum Ablauf der Fiktion weiter und legen die
Akte auf Wiedervorlage 30.04.

Freundliche Grüße
[[P:Olaf Biermann]]
Jobcenter Kreis Recklinghausen, Standort RE-Süd, Tel. [[TEL:02361 5852-417]]

-----Ursprüngliche Nachricht-----
Von: [[P:Szymańska, Dorota]] <[[MAIL:dorota.szymanska@recklinghausen.de]]>
Gesendet: Donnerstag, 5. Februar 2026 15:20
An: [[P:Biermann, Olaf]]
Betreff: AW: Aufenthaltsstatus [[P:Tahiri]] – BG [[AZ:36204BG0112907]]

Hallo Herr [[P:Biermann]],

Herr [[P:Arben Tahiri]], geb. [[DOB:08.08.1986]], hat fristgerecht die Verlängerung beantragt.
Sein eAT (Nr. [[ID:{id_card("LT0NRK83F")}]]) ist am 31.01.2026 abgelaufen, die Fiktionsbescheinigung
nach § 81 Abs. 4 AufenthG wurde am 28.01. ausgestellt und gilt bis 30.04.2026. Die Beschäftigung
ist erlaubt. Für die Ehefrau, Frau [[P:Vjosa Tahiri]] (geb. [[DOB:17.02.1990]]), gilt dasselbe, ihr
kosovarischer Pass (Nr. [[PASS:P01583920]]) läuft allerdings im Mai ab – sie muss einen neuen
beantragen, bevor wir den eAT verlängern können.

Unser Az.: [[AZ:32-AB-T-4471]]

Mit freundlichen Grüßen
[[P:Dorota Szymańska]]
Stadt Recklinghausen – Ausländerbehörde
Tel. [[TEL:02361 50-1389]] | Rathausplatz 3, 45657 Recklinghausen

-----Ursprüngliche Nachricht-----
Von: [[P:Biermann, Olaf]]
Gesendet: Donnerstag, 5. Februar 2026 09:41
An: auslaenderamt@recklinghausen.de
Betreff: Aufenthaltsstatus [[P:Tahiri]] – BG [[AZ:36204BG0112907]]

Sehr geehrte Damen und Herren,

für die Bedarfsgemeinschaft [[P:Tahiri]] ([[STR:Im Reitwinkel 31]], [[LOC:45661 Recklinghausen]])
liegt uns nur ein eAT mit Ablauf 31.01.2026 vor. Bitte teilen Sie uns den aktuellen Status mit
(Einwilligung nach § 67b SGB X liegt vor). Der Kunde ist telefonisch unter [[TEL:0157 4321 8870]]
erreichbar, bringt aber trotz Einladung keine Unterlagen.

Danke und Gruß
[[P:O. Biermann]]
""",
    [
        "auslaenderamt@recklinghausen.de",
        "jc-re.team4@jobcenter-kreis-re.de",
        "§ 81 Abs. 4 AufenthG",
        "§ 67b SGB X",
        "Rathausplatz 3, 45657 Recklinghausen",
    ],
)

pii(
    "email_thread",
    """
Von: Schülerbeförderung Kassel <schuelerbefoerderung@kassel.de>
Gesendet: Dienstag, 10. Februar 2026 13:55
An: [[P:Derya Şahin]] <[[MAIL:derya.sahin83@gmail.com]]>
Betreff: AW: AW: Fahrkarte für [[P:Kerem]] – Antrag [[AZ:SB-2025-3318]]

Sehr geehrte Frau [[P:Şahin]],

die Kostenübernahme für die Schülerfahrkarte von [[P:Kerem]] ist jetzt bewilligt (Bescheid geht
Ihnen per Post zu). Die Karte wird von der KVG direkt an die Schule geschickt, voraussichtlich
Anfang März. Für Februar erstatten wir Ihnen die Kosten der Monatskarte gegen Beleg.

Mit freundlichen Grüßen
Im Auftrag
[[P:Heike Rüdiger]]
Stadt Kassel – Schulverwaltungsamt, Schülerbeförderung
Tel. [[TEL:0561 787-4065]], Zentrale 0561 787-0

-----Ursprüngliche Nachricht-----
Von: [[P:Derya Şahin]] <[[MAIL:derya.sahin83@gmail.com]]>
Gesendet: Montag, 9. Februar 2026 21:12
An: Schülerbeförderung Kassel
Betreff: AW: Fahrkarte für [[P:Kerem]] – Antrag [[AZ:SB-2025-3318]]

Hallo Frau [[P:Rüdiger]],

> Bitte reichen Sie noch einen Nachweis über die Behinderung Ihres Sohnes ein.

Der Schwerbehindertenausweis von [[P:Kerem]] (GdB 50, Merkzeichen B) ist als Foto angehängt.
Der Ausweis läuft bis 2028. [[P:Kerem]] ist am [[DOB:16.10.2012]] geboren und geht seit August auf
die Offene Schule Waldau, weil die Schule in unserem Stadtteil keinen Förderschwerpunkt hat.

> Ist die Anschrift noch aktuell?

Nein, wir sind im Januar umgezogen, neue Anschrift: [[STR:Leipziger Str. 201]], bei [[P:Yıldız]],
[[LOC:34123 Kassel]]. Die Ummeldung haben wir am 14.01. gemacht.

Viele Grüße
[[P:Derya Şahin]]
[[TEL:0176 2231 9087]]

> Am 04.02.2026 schrieb Schülerbeförderung Kassel:
> Sehr geehrte Frau [[P:Şahin]],
> zu Ihrem Antrag vom 20.01.2026 für [[P:Kerem Şahin]] (Klasse 7c) fehlen noch:
> – ein Nachweis über die Behinderung Ihres Sohnes,
> – die Bestätigung der aktuellen Anschrift (unsere Post an [[STR:Wolfsangerstr. 66]] kam zurück).
> Mit freundlichen Grüßen, [[P:H. Rüdiger]]
""",
    [
        "schuelerbefoerderung@kassel.de",
        "Offene Schule Waldau",
        "Zentrale 0561 787-0",
        "Merkzeichen B",
        "KVG",
    ],
)

pii(
    "email_thread",
    """
Von: [[P:Huber, Stefanie]] <[[MAIL:stefanie.huber@regensburg.de]]>
Gesendet: Mittwoch, 11. Februar 2026 10:40
An: Wirtschaftsförderung Regensburg <wirtschaftsfoerderung@regensburg.de>
Cc: [[P:Thomas Gschwendtner]] <[[MAIL:thomas.gschwendtner@regensburg.de]]>
Betreff: WG: Foodtruck [[P:Marković]] – Standplätze und Reisegewerbe

Liebe Kolleginnen und Kollegen,

zur Info und mit der Bitte um Rückmeldung an den Gründer: Aus Sicht des Gewerbeamts brauchen wir
für den Foodtruck keine Reisegewerbekarte, solange er nur auf festen Standplätzen mit
Sondernutzungserlaubnis steht. Die Gewerbeanmeldung (Vorgang [[AZ:GA-2026-00714]]) ist erledigt,
die Firma ist eingetragen als „[[P:Marković]] Street Food e.K.“, Inh. [[P:Luka Marković]], Amtsgericht
Regensburg [[HR:HRA 11207]]. Die Standplatzfrage (Donaumarkt, Dultplatz) liegt beim Amt für
Stadtentwicklung.

Viele Grüße
[[P:Stefanie Huber]]
Amt für öffentliche Ordnung und Straßenverkehr – Gewerbeangelegenheiten
Tel. [[TEL:0941 507-3156]]

---------- Weitergeleitete Nachricht ----------
Von: [[P:Luka Marković]] <[[MAIL:luka@lukamarkovic.de]]>
Datum: Mo., 9. Feb. 2026, 22:14
Betreff: Foodtruck – Standplätze und Reisegewerbe
An: gewerbeamt@regensburg.de

Servus,

ich habe im Januar mein Gewerbe angemeldet (Foodtruck, Ćevapčići und Burek). Der Truck ist seit
letzter Woche zugelassen, Kennzeichen [[KFZ:R-LM 512]], ein Anhänger mit [[KFZ:R-LM 513]] kommt noch.

Jetzt zwei Fragen:
1. Brauche ich eine Reisegewerbekarte, wenn ich auch auf Märkten in [[LOC:Neutraubling]] und
   [[LOC:Kelheim]] stehen will? (Da wohnen meine Eltern, [[P:Zoran]] und [[P:Mira Marković]], die
   helfen mir am Wochenende.)
2. Wo beantrage ich einen festen Platz in Regensburg, z. B. am Donaumarkt?

Meine Daten, falls Sie sie brauchen: geb. [[DOB:03.06.1995]] in [[LOC:Novi Sad]],
wohnhaft [[STR:Landshuter Str. 114]], [[LOC:93053 Regensburg]], Handy [[TEL:0160 9937 1204]].
Der Truck steht nachts bei mir im Hof.

Danke und schöne Grüße
[[P:Luka Marković]]
""",
    [
        "wirtschaftsfoerderung@regensburg.de",
        "gewerbeamt@regensburg.de",
        "Sondernutzungserlaubnis",
        "Donaumarkt",
        "Reisegewerbekarte",
    ],
)

# ==============================================================================================
# Business-advisor chat of the economic-development office (pii)
# ==============================================================================================

pii(
    "advisor_chat",
    f"""
Bochum Wirtschaftsentwicklung – Gründungschat (Website)            Export 12.02.2026 08:00
Start 11.02.2026 19:42 | Client-IP [[IP:91.64.118.203]] | Server chat-01 (10.44.2.17)
Agent: Gründungslotse (Assistenz)

[19:42] Gast: hallo, ich will einen barbershop aufmachen und weiß nicht wo ich anfangen soll
[19:42] Gründungslotse: Guten Abend! Gern helfe ich. Haben Sie schon ein Ladenlokal in Aussicht?
[19:44] Gast: ja an der [[STR:Hattinger Str. 156]], ehemaliger Handyladen. ich bin [[P:Emre Aydın]], wohne
        auch in der nähe ([[STR:Kohlenstr. 31]], [[LOC:44795 Bochum]])
[19:45] Gründungslotse: Danke. Für einen Friseurbetrieb brauchen Sie einen Eintrag in die
        Handwerksrolle. Haben Sie einen Meisterbrief oder eine Ausnahmebewilligung?
[19:47] Gast: keinen meister aber 8 jahre gesellenzeit, davon 5 als salonleiter bei
        Haarwerk Ruhr GmbH. geht das mit altgesellenregelung?
[19:48] Gründungslotse: Die sogenannte Altgesellenregelung (§ 7b HwO) kann passen. Das prüft die
        Handwerkskammer Dortmund. Bitte senden Sie keine weiteren persönlichen Daten in diesen Chat.
[19:50] Gast: ok. noch eine frage wegen steuer. meine steuer id ist [[TAX:{steuer_id("1846250791")}]],
        brauch ich eine neue steuernummer für das geschäft? und kann ich das geschäftskonto bei
        meiner bank machen, hab schon ein konto [[IBAN:{iban("DE", VOBA_RUHR + "4400218793", spaced=False)}]]
[19:51] Gründungslotse: Die Steuernummer erhalten Sie nach dem Fragebogen zur steuerlichen
        Erfassung vom Finanzamt. Ein separates Geschäftskonto ist empfehlenswert, aber nicht Pflicht.
[19:53] Gast: mein bruder [[P:Serkan]] will mit einsteigen, sollen wir ne GbR machen oder ich alleine?
[19:54] Gründungslotse: Das bespricht man am besten in einer persönlichen Beratung. Termine
        vergibt das Gründungsteam unter 0234 61063-0 oder gruendung@bochum-wirtschaft.de.
[19:55] Gast: ok danke. meine nummer ist [[TEL:0176 3390 4412]] falls jemand zurückrufen kann
[19:55] Gründungslotse: Ich leite Ihre Anfrage an das Gründungsteam weiter. Rückrufe erfolgen
        werktags. Vielen Dank und einen schönen Abend!

-- Übergabe an Team Gründung: Ticket [[AZ:GT-2026-0294]], zugewiesen an [[P:Ramona Köster]] --
""",
    [
        "Agent: Gründungslotse (Assistenz)",
        "Haarwerk Ruhr GmbH",
        "§ 7b HwO",
        "0234 61063-0",
        "gruendung@bochum-wirtschaft.de",
    ],
)

pii(
    "advisor_chat",
    f"""
WFG Herne – Chat „Frag die Wirtschaftsförderung“ · Protokoll
Kanal: Web · Sprache: DE/UK · Sitzungsbeginn 06.02.2026 14:03 · IP [[IP:2a02:908:1b2:4c80:5d1e:77ff:fe10:3a2c]]
Berater:in: [[P:Jonas Petersen-Yüksel]] (Direktwahl [[TEL:02323 9249-114]])

14:03 Gast: Добрий день! Sorry, ich schreibe Deutsch. Ich möchte selbstständig als Webentwicklerin arbeiten.
14:04 [[P:Petersen-Yüksel]]: Hallo und herzlich willkommen! Wohnen Sie in Herne?
14:05 Gast: Ja, seit 2022. Mein Name ist [[P:Yuliia Hrytsenko]], [[STR:Shamrockring 9]], [[LOC:44623 Herne]]. Ich habe §24 Aufenthalt.
14:06 [[P:Petersen-Yüksel]]: Mit einer Aufenthaltserlaubnis nach § 24 AufenthG ist eine selbstständige
      Tätigkeit grundsätzlich erlaubt. Als Webentwicklerin sind Sie vermutlich freiberuflich tätig,
      dann brauchen Sie keine Gewerbeanmeldung, nur die Anmeldung beim Finanzamt Herne.
14:08 Gast: Super. Meine Steuer-ID ist [[TAX:{steuer_id("2385710962", spaced=True)}]]. Brauche ich noch eine andere Nummer?
14:09 [[P:Petersen-Yüksel]]: Sie bekommen nach dem Fragebogen zur steuerlichen Erfassung eine
      Steuernummer. Bitte schicken Sie hier möglichst keine Identifikationsnummern.
14:10 Gast: Ok sorry. Kunden aus der Ukraine zahlen auf mein Konto bei PrivatBank
      [[IBAN:{iban("UA", "305299" + "0000026201234567891")}]] – ist das ein Problem für Finanzamt?
14:12 [[P:Petersen-Yüksel]]: Einnahmen aus dem Ausland müssen Sie ebenfalls angeben. Für die
      Buchhaltung empfehlen wir ein deutsches Geschäftskonto.
14:13 Gast: Ich habe Sparkasse: [[IBAN:{iban("DE", SPK_HER + "0041127765")}]]. Mein Mann [[P:Bohdan]] ist noch in
      [[LOC:Saporischschja]], er hilft mit Design, kann er Rechnungen schreiben an mich?
14:15 [[P:Petersen-Yüksel]]: Das ist eine steuerliche Frage, die wir im Termin klären sollten.
      Mögen Sie eine Beratung im Gründungsbüro (Westring 303) vereinbaren?
14:15 Gast: Ja bitte! Dienstag oder Mittwoch. Telefon [[TEL:0157 8230 4417]], Mail [[MAIL:yuliia.hrytsenko.dev@gmail.com]]
14:16 [[P:Petersen-Yüksel]]: Termin Di., 17.02., 10:00 Uhr, ist eingetragen (Vorgang [[AZ:WFG-B-26-0088]]).
      Bitte bringen Sie Ihren Aufenthaltstitel mit.
14:16 Gast: Дякую! Danke!
""",
    [
        "§ 24 AufenthG",
        "Finanzamt Herne",
        "Fragebogen zur steuerlichen Erfassung",
        "Westring 303",
        "Sprache: DE/UK",
    ],
)

pii(
    "advisor_chat",
    """
Stadt Witten · Wirtschaftsförderung · Gründungschat – Nachrichtenverlauf (Export)
Sitzung gestartet: 03.02.2026 11:20:07 · Quelle: Website · Besucher-IP: [[IP:84.141.77.12]]

Besucherin (11:20): Good morning, ich hoffe Englisch/Deutsch gemischt ist ok. I want to open an
African food store in Witten.
Assistent (11:20): Guten Morgen! Gerne. Haben Sie schon einen Standort gefunden?
Besucherin (11:22): Yes, [[STR:Ruhrstraße 17]], the old bakery. My name is [[P:Adaeze Nwosu]], I live in
[[LOC:Witten-Annen]], [[STR:Stockumer Str. 52]]. Ich habe das Geschäft schon als „[[P:Ada]]'s African Market –
Inh. [[P:Adaeze Nwosu]] e.K.“ ins Handelsregister eintragen lassen, [[HR:HRA 5139]], Amtsgericht Bochum.
Assistent (11:23): Danke. Für einen Lebensmitteleinzelhandel brauchen Sie eine Gewerbeanmeldung
und eine Registrierung bei der Lebensmittelüberwachung des Ennepe-Ruhr-Kreises.
Besucherin (11:25): Okay. I also want to sell fresh fish and meat (goat). Do I need a special
permission? My husband [[P:Chidi]] worked in a butcher shop in [[LOC:Enugu]].
Assistent (11:26): Für Frischfleisch und Fisch gelten besondere Hygieneanforderungen (z. B.
Kühlung, Zulassung nach Verordnung (EG) Nr. 853/2004 nur bei Verarbeitung). Das klärt die
Lebensmittelüberwachung im Ortstermin.
Besucherin (11:28): Alright. Is there money from the city for the shop front? I heard about a
programme „Zukunft Innenstadt“.
Assistent (11:28): Das Förderprogramm Sofortprogramm Innenstadt (Anmietung leerstehender
Ladenlokale) ist bis 30.06.2026 geöffnet. Anträge stellen Sie über die Wirtschaftsförderung.
Besucherin (11:30): Please call me: [[TEL:+49 152 0281 7734]] or [[MAIL:adaeze.nwosu@yahoo.com]]. My sister
[[P:Ifeoma]] can also translate if needed.
Assistent (11:30): Ich habe Ihre Anfrage an das Team weitergegeben (Anfrage-Nr. [[AZ:WIT-WF-0217]]).
Sie erhalten eine Rückmeldung innerhalb von drei Werktagen. Allgemeine Fragen: wirtschaft@stadt-witten.de

— Sitzung beendet 11:31:44 —
""",
    [
        "Lebensmittelüberwachung des Ennepe-Ruhr-Kreises",
        "Verordnung (EG) Nr. 853/2004",
        "Sofortprogramm Innenstadt",
        "wirtschaft@stadt-witten.de",
        "Sitzung beendet 11:31:44",
    ],
)

pii(
    "advisor_chat",
    f"""
Cottbus – Gründerservice der Wirtschaftsförderung · Chatverlauf
06.02.2026 · Kanal: Messenger · Bearbeiterin: [[P:Franziska Mettke]]

[[P:Kevin]] (07:58): moin, kurze frage. bin fliesenleger, will mich selbstständig machen. brauch ich nen meister?
Gründerservice (08:03): Guten Morgen! Fliesenleger ist seit 2020 wieder zulassungspflichtig
(Anlage A HwO). Sie brauchen also grundsätzlich einen Meisterbrief oder eine gleichwertige
Qualifikation. Darf ich nach Ihrem vollständigen Namen fragen?
[[P:Kevin]] (08:05): [[P:Kevin Mielke]], wohne in [[LOC:Cottbus-Schmellwitz]], [[STR:Zuschka 14]]. meister hab ich seit 2023
Gründerservice (08:06): Prima, dann steht der Eintragung in die Handwerksrolle der HWK Cottbus
nichts im Weg.
[[P:Kevin]] (08:09): meine freundin [[P:Agnieszka Wróblewska]] macht die büroarbeit, die ist polin, wohnt
noch in [[LOC:Zielona Góra]]. kann die als minijob bei mir anfangen?
Gründerservice (08:11): Eine Beschäftigung von EU-Bürgerinnen ist möglich; Details zur
Sozialversicherung klärt die Minijob-Zentrale bzw. die Krankenkasse.
[[P:Kevin]] (08:14): und wegen auto, mein transporter [[KFZ:CB-KM 318]] läuft noch privat auf mich, muss der
umgemeldet werden? und den kredit würd ich über mein konto machen
[[IBAN:{iban("DE", SPK_CB + "3000778104")}]]
Gründerservice (08:17): Ein Fahrzeug kann privat zugelassen bleiben und betrieblich genutzt
werden – sprechen Sie dazu mit Ihrer Steuerberatung. Zum Kredit: Die ILB bietet das
Mikrodarlehen Brandenburg an. Bitte keine Kontodaten im Chat posten.
[[P:Kevin]] (08:18): ok sorry. steuer-id brauch ich noch? [[TAX:{steuer_id("5027468315")}]]
Gründerservice (08:20): Die Steuer-ID benötigen Sie für den Fragebogen beim Finanzamt. Ich lege
Ihnen einen Beratungstermin an: Mi., 11.02., 9:00 Uhr, Berliner Platz 6 (Vorgang [[AZ:GS-CB-2026-061]]).
[[P:Kevin]] (08:21): passt. handy [[TEL:0170 8823 1475]], geburtsdatum brauchst du? [[DOB:22.04.1991]]
Gründerservice (08:22): Danke, das Geburtsdatum ist nicht nötig. Bis Mittwoch!
""",
    [
        "Anlage A HwO",
        "HWK Cottbus",
        "Mikrodarlehen Brandenburg",
        "Berliner Platz 6",
        "Minijob-Zentrale",
    ],
)

# ==============================================================================================
# Letters of authorities (pii)
# ==============================================================================================

CITY_BO_ACCOUNT = iban("DE", SPK_BO + "0000000018")
CITY_RE_ACCOUNT = iban("DE", SPK_RE + "0000000505")
CITY_WIT_ACCOUNT = iban("DE", SPK_WIT + "0000000066")

pii(
    "authority_letter",
    f"""
Stadt Bochum · Der Oberbürgermeister · Amt für Finanzsteuerung – Steuern und Abgaben
Willy-Brandt-Platz 2–6 · 44777 Bochum

Frau
[[P:Renate Vogelsang-Amini]]
[[STR:Kemnader Str. 308]]
[[LOC:44797 Bochum]]

                                              Kassenzeichen: [[AZ:3.2201.411928.7]]
                                              Auskunft: Herr [[P:Lindemann]], Zimmer 3.41
                                              Telefon: [[TEL:0234 910-2741]]
                                              E-Mail: grundbesitzabgaben@bochum.de
                                              Datum: 14.01.2026

Änderungsbescheid über Grundbesitzabgaben für das Jahr 2026

Objekt: [[STR:Kemnader Str. 308]] (Einfamilienhaus), Gemarkung Stiepel, Flur 7, Flurstück 1123

Sehr geehrte Frau [[P:Vogelsang-Amini]],

aufgrund der Abmeldung der Biotonne zum 31.12.2025 (Eigenkompostierung) wird der Bescheid vom
05.01.2026 wie folgt geändert:

Abgabenart                           Bemessung                        Jahresbetrag
Grundsteuer B                        Messbetrag 84,31 € × 530 %           446,84 €
Straßenreinigung (Reinigungsklasse 2) 18 m Frontlänge × 2,41 €          43,38 €
Restabfall 120 l, 14-tägl.           1 Gefäß                            287,40 €
Bioabfall                            entfällt ab 01.01.2026               0,00 €
Summe                                                                   777,62 €

Fälligkeiten: 15.02., 15.05., 15.08. und 15.11.2026 je 194,40 € (Februar 194,42 €).

Die Beträge werden aufgrund des vorliegenden SEPA-Lastschriftmandats (Mandatsreferenz
[[AZ:BO-GBA-0411928]]) von Ihrem Konto [[IBAN:{iban("DE", POSTBANK + "0772190413")}]] eingezogen. Ihr Ehemann,
Herr [[P:Dariush Amini]], ist als zweiter Eigentümer Gesamtschuldner; er erhält keinen gesonderten
Bescheid.

Überzahlungen aus dem bisherigen Bescheid (96,52 €) werden mit der Fälligkeit 15.02.2026 verrechnet.
Zahlungen ohne Lastschrift bitte ausschließlich an die Stadtkasse Bochum, Sparkasse Bochum,
IBAN {CITY_BO_ACCOUNT}, unter Angabe des Kassenzeichens.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim
Verwaltungsgericht Gelsenkirchen, Bahnhofsvorplatz 3, 45879 Gelsenkirchen, erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P:Lindemann]]
""",
    [
        "Willy-Brandt-Platz 2–6 · 44777 Bochum",
        "grundbesitzabgaben@bochum.de",
        CITY_BO_ACCOUNT,
        "Verwaltungsgericht Gelsenkirchen, Bahnhofsvorplatz 3, 45879 Gelsenkirchen",
        "Gemarkung Stiepel, Flur 7, Flurstück 1123",
    ],
)

pii(
    "authority_letter",
    """
Stadt Herne · Fachbereich Öffentliche Ordnung · Bußgeldstelle
Postfach 10 18 20 · 44621 Herne

Herrn
[[P:Kadir Polat]]
[[STR:Edmund-Weber-Str. 173]]
[[LOC:44651 Herne]]

Aktenzeichen: [[AZ:931.264417.3]]
Bei Zahlung und Schriftverkehr bitte immer angeben.
Sachbearbeitung: Frau [[P:Kuhlmann-Reis]], Tel. [[TEL:02323 16-3964]] (Mo–Do 8–12 Uhr)
Herne, 04.02.2026

ANHÖRUNG im Bußgeldverfahren

Sehr geehrter Herr [[P:Polat]],

Ihnen wird vorgeworfen, am 19.01.2026 um 07:52 Uhr in Herne, Westring / Höhe Hausnummer 220,
Fahrtrichtung Wanne, als Führer des Pkw mit dem amtlichen Kennzeichen [[KFZ:HER-K 77]] folgende
Ordnungswidrigkeit begangen zu haben:

Sie überschritten die zulässige Höchstgeschwindigkeit innerhalb geschlossener Ortschaften um
23 km/h. Zulässige Geschwindigkeit: 50 km/h. Festgestellte Geschwindigkeit (nach Toleranzabzug):
73 km/h. § 41 Abs. 1 iVm Anlage 2, § 49 StVO; § 24 Abs. 1, 3 Nr. 5 StVG; 11.3.4 BKat
Tatbestandsnummer: 103624   Beweismittel: Foto, Messgerät PoliScan FM1, Zeuge: MessBeamter

Für diese Ordnungswidrigkeit ist eine Geldbuße von 115,00 € vorgesehen. Die Eintragung von 1 Punkt
im Fahreignungsregister ist vorgesehen.

Angaben zur Person (Halter lt. Zulassung):
Name: [[P:Polat]], Vorname: [[P:Kadir]], geb. am [[DOB:12.09.1971]] in [[LOC:Gaziantep]]

Wenn Sie das Fahrzeug nicht selbst geführt haben, teilen Sie uns bitte Namen und Anschrift der
verantwortlichen Person mit. Das Frontfoto liegt bei. Zur Angabe von Familienangehörigen sind Sie
nicht verpflichtet (Zeugnisverweigerungsrecht, § 52 StPO).

Sie können sich innerhalb einer Woche nach Zugang schriftlich oder online äußern
(www.herne.de/owi, Zugangscode [[AZ:HE7K-2Q9P]]).

Mit freundlichen Grüßen
Im Auftrag
[[P:Kuhlmann-Reis]]
""",
    [
        "Postfach 10 18 20 · 44621 Herne",
        "Westring / Höhe Hausnummer 220",
        "Tatbestandsnummer: 103624",
        "§ 52 StPO",
        "115,00 €",
    ],
)

pii(
    "authority_letter",
    f"""
Stadt Recklinghausen · Fachdienst Finanzen · Stadtkasse
Rathausplatz 3–4 · 45657 Recklinghausen

[[P:Baran Doğan]] und [[P:Leyla Doğan]]
[[STR:Hertener Str. 96, Hinterhaus]]
[[LOC:45657 Recklinghausen]]

Kassenzeichen [[AZ:5.10.3301.24417]]
Ihr Ansprechpartner: [[P:Markus Terwey]], Tel. [[TEL:02361 50-1207]], [[MAIL:markus.terwey@recklinghausen.de]]
Recklinghausen, 09.02.2026

MAHNUNG

Sehr geehrte Frau [[P:Doğan]], sehr geehrter Herr [[P:Doğan]],

nach unseren Unterlagen sind folgende Beträge trotz Fälligkeit noch nicht bei uns eingegangen:

Fällig am     Forderung                                         Betrag
15.11.2025    Elternbeitrag OGS Grundschule Hochlarmark, [[P:Aras]]    68,00 €
15.12.2025    Elternbeitrag OGS Grundschule Hochlarmark, [[P:Aras]]    68,00 €
15.01.2026    Elternbeitrag Kita Am Quellberg, [[P:Zeynep]]            142,00 €
              Mahngebühr                                         5,00 €
              Säumniszuschläge (§ 240 AO)                        2,50 €
              Gesamt                                           285,50 €

Bitte überweisen Sie den Gesamtbetrag bis zum 23.02.2026 auf das Konto der Stadtkasse
Recklinghausen bei der Sparkasse Vest, IBAN {CITY_RE_ACCOUNT}, BIC WELADED1REK, unter Angabe des
Kassenzeichens.

Die Lastschrift von Ihrem Konto [[IBAN:{iban("DE", SPK_RE + "0009123381", spaced=False)}]] (Mandatsreferenz
[[AZ:RE-OGS-24417-2]]) konnte im November mangels Deckung nicht eingelöst werden. Die Rücklastschrift-
gebühr der Bank haben wir Ihnen nicht berechnet. Wir werden die Lastschrift ab März wieder ausführen,
sofern Sie nicht widersprechen.

Haben Sie Fragen zu den Beiträgen für [[P:Aras]] (geb. [[DOB:05.06.2018]]) und [[P:Zeynep]]
(geb. [[DOB:21.09.2021]])? Die Beitragsstelle des Fachbereichs Kinder, Jugend und Familie hilft
Ihnen gern: elternbeitraege@recklinghausen.de.

Wenn Sie nicht zahlen, müssen wir die Forderung zwangsweise beitreiben. Dadurch entstehen weitere
Kosten.

Mit freundlichen Grüßen
Stadtkasse Recklinghausen
""",
    [
        "Rathausplatz 3–4 · 45657 Recklinghausen",
        CITY_RE_ACCOUNT,
        "BIC WELADED1REK",
        "elternbeitraege@recklinghausen.de",
        "Säumniszuschläge (§ 240 AO)",
    ],
    allow=("45657 Recklinghausen",),
)

pii(
    "authority_letter",
    f"""
STADT WITTEN – Der Bürgermeister – Stadtkasse / Vollstreckungsbehörde
Marktstraße 16, 58452 Witten

Zustellung mit Postzustellungsurkunde
Herrn
[[P:Goran Kovačević]]
[[STR:Husemannstraße 24a]]
[[LOC:58452 Witten]]

Ihr Zeichen: –       Unser Zeichen: [[AZ:V-2026-00318]]       Witten, 10.02.2026
Vollziehungsbeamter: Herr [[P:Uwe Klingenberg]], Tel. [[TEL:02302 581-2286]],
[[MAIL:uwe.klingenberg@stadt-witten.de]] (Sprechzeit Di 8–12 Uhr)

ANKÜNDIGUNG DER ZWANGSVOLLSTRECKUNG

Sehr geehrter Herr [[P:Kovačević]],

trotz Mahnung vom 12.12.2025 haben Sie folgende Forderungen nicht beglichen:

Kassenzeichen            Art                                     offen
[[AZ:4.0100.270183.2]]       Grundbesitzabgaben 2025 (III + IV)      412,60 €
[[AZ:4.0500.009214.8]]       Gewerbesteuer-Vorauszahlung IV/2025     880,00 €
[[AZ:4.0300.117640.4]]       Verwarnungsgeld / Bußgeld               128,50 €
                             Mahngebühren, Säumniszuschläge           61,00 €
                             Summe                                  1.482,10 €

Sofern der Betrag nicht bis zum 24.02.2026 auf dem Konto der Stadtkasse Witten, IBAN
{CITY_WIT_ACCOUNT}, eingeht, wird ohne weitere Ankündigung die Zwangsvollstreckung eingeleitet
(§§ 1 ff. VwVG NRW). In Betracht kommen insbesondere:

- die Pfändung Ihres Kontos bei der Sparkasse Witten ([[IBAN:{iban("DE", SPK_WIT + "0001044791")}]]),
- die Pfändung und Verwertung Ihres Fahrzeugs [[KFZ:WIT-GK 608]] (Parkkralle möglich),
- die Abnahme der Vermögensauskunft (§ 284 AO) beim Vollziehungsbeamten.

Da Sie Ihr Gewerbe „Trockenbau [[P:Kovačević]]“ ([[STR:Wullener Feld 8]], [[LOC:58454 Witten]]) laut
Gewerberegister noch betreiben, prüfen wir auch die Pfändung von Forderungen gegen Ihre
Auftraggeber.

Sie können die Vollstreckung abwenden, wenn Sie den Betrag zahlen oder mit Herrn [[P:Klingenberg]]
eine Ratenzahlung vereinbaren. Bitte geben Sie dabei Ihr Geburtsdatum ([[DOB:30.10.1977]]) und das
Zeichen [[AZ:V-2026-00318]] an.

Mit freundlichen Grüßen
Im Auftrag
[[P:Klingenberg]]
""",
    [
        "Zustellung mit Postzustellungsurkunde",
        "Marktstraße 16, 58452 Witten",
        CITY_WIT_ACCOUNT,
        "§§ 1 ff. VwVG NRW",
        "§ 284 AO",
    ],
    allow=("58452 Witten",),
)

# ==============================================================================================
# PII-free documents (clean)
# ==============================================================================================

clean(
    "council_paper",
    """
Stadt Bochum                                              Vorlage Nr. 20260187
Beschlussvorlage der Verwaltung                           öffentlich
Federführung: Schulverwaltungsamt (40)                    Datum: 20.01.2026

Beratungsfolge:
Ausschuss für Schule und Bildung        03.03.2026   Vorberatung
Haupt- und Finanzausschuss              12.03.2026   Vorberatung
Rat der Stadt                           19.03.2026   Entscheidung

Betreff: Erweiterung des Offenen Ganztags an der Goethe-Schule und an der Grundschule
         Am Hollenberg – Baubeschluss

Beschlussvorschlag:
Der Rat der Stadt beschließt die Erweiterung der Räume für den Offenen Ganztag an der
Goethe-Schule (Standort Goethestraße) und an der Grundschule Am Hollenberg in Modulbauweise auf
Grundlage der Entwurfsplanung (Anlage 1) mit Gesamtkosten von 4.860.000 €.

Sachverhalt:
Ab dem Schuljahr 2026/27 besteht ein Rechtsanspruch auf ganztägige Förderung für Kinder der
ersten Klassenstufe (§ 24 Abs. 4 SGB VIII). An beiden Standorten reichen die Räume bereits heute
nicht aus: An der Grundschule Am Hollenberg werden 148 Kinder in Räumen für 100 Kinder betreut.

Die Module werden als zweigeschossige Anlage mit Mensa (80 Plätze), vier Gruppenräumen und
Sanitärbereich errichtet. Die Ausschreibung erfolgt europaweit; als Bauzeit sind sieben Monate
vorgesehen. Die Bauleitung übernimmt die Zentrale Dienste – Gebäudemanagement, Hans-Böckler-Str. 19.

Finanzielle Auswirkungen:
Investive Auszahlungen 2026: 3.200.000 €, 2027: 1.660.000 € (Produkt 0301, Investitionsnummer
I-40-0112). Fördermittel aus dem Investitionsprogramm Ganztagsausbau des Landes NRW in Höhe von
2.916.000 € (60 %) sind beantragt. Folgekosten (Bewirtschaftung, Reinigung): rd. 96.000 € p. a.

Klimawirkung: Die Module erreichen den Standard Effizienzgebäude 40; eine PV-Anlage (28 kWp) ist
vorgesehen.

Anlagen:
1 Entwurfsplanung (Lagepläne, Grundrisse)
2 Kostenberechnung nach DIN 276
""",
    [
        "Vorlage Nr. 20260187",
        "Goethe-Schule",
        "§ 24 Abs. 4 SGB VIII",
        "Hans-Böckler-Str. 19",
        "4.860.000 €",
    ],
)

clean(
    "council_paper",
    """
Stadt Herne
Niederschrift über die 14. Sitzung des Ausschusses für Umwelt, Klima und Stadtentwicklung
am Dienstag, 27.01.2026, 16:00 Uhr bis 18:35 Uhr, Ratssaal Rathaus Herne, Friedrich-Ebert-Platz 2

Anwesend: 15 stimmberechtigte Mitglieder, 3 sachkundige Einwohnerinnen und Einwohner,
Verwaltung: Stadtrat/Stadträtin des Vorstandsbereichs Planen und Bauen sowie Fachbereichsleitungen
FB 51, FB 53 und Stadtentwässerung. Schriftführung: Geschäftsstelle des Ausschusses.

Die Vorsitzende eröffnet die Sitzung und stellt die ordnungsgemäße Einladung und die
Beschlussfähigkeit fest.

TOP 1  Einwohnerfragestunde
       Es liegen keine Fragen vor.

TOP 2  Genehmigung der Niederschrift der 13. Sitzung
       Einstimmig genehmigt.

TOP 3  Klimaanpassungskonzept – Hitzeaktionsplan (Vorlage 2026/0041)
       Die Verwaltung stellt den Entwurf vor (Präsentation als Anlage). Aus der Fraktion der SPD
       wird nach Trinkwasserbrunnen in Wanne-Mitte gefragt; die Verwaltung sagt eine Standortliste
       bis zur nächsten Sitzung zu. Die Fraktion Bündnis 90/Die Grünen regt kühle Orte in
       Bibliotheken und Kirchen an.
       Beschluss: einstimmig bei 2 Enthaltungen (Fraktion der AfD).

TOP 4  Bebauungsplan Nr. 229 „Gewerbegebiet Friedrich der Große“ – Offenlage (Vorlage 2026/0017)
       Die Gruppe FDP/Piraten fragt nach dem Verkehrsgutachten. Antwort: Die Anbindung über die
       Mont-Cenis-Straße ist leistungsfähig; das Gutachten ist Anlage 4.
       Beschluss: mehrheitlich bei 3 Gegenstimmen.

TOP 5  Mitteilungen der Verwaltung
       5.1 Der Baumpflanzplan 2026 umfasst 420 Straßenbäume (Vorlage 2026/0055, zur Kenntnis).
       5.2 Die Bürgerinformation zur Kanalsanierung Bahnhofstraße findet am 18.02.2026 im
           Kulturzentrum statt.

Die Vorsitzende schließt die Sitzung um 18:35 Uhr.

gez. Vorsitzende                                   gez. Schriftführung
""",
    [
        "Vorlage 2026/0041",
        "Bebauungsplan Nr. 229",
        "Gewerbegebiet Friedrich der Große",
        "Friedrich-Ebert-Platz 2",
        "Ratssaal Rathaus Herne",
    ],
)

clean(
    "council_paper",
    """
Stadt Witten – Beschlussvorlage Nr. 0412/BV/2026
Bezirksvertretung Witten-Bommern, Sitzung am 24.02.2026 – öffentlich

Betreff: Benennung einer Erschließungsstraße im Baugebiet „Am Hohenstein“ in Henriette-Davidis-Weg

Beschlussvorschlag:
Die Bezirksvertretung benennt die neue Erschließungsstraße zwischen der Hohensteinstraße und dem
Wendehammer (Plan Anlage 1) in „Henriette-Davidis-Weg“.

Begründung:
Nach den Richtlinien der Stadt Witten zur Benennung von Straßen sollen Frauen, die mit der
Stadtgeschichte verbunden sind, bei Neubenennungen vorrangig berücksichtigt werden. Bisher sind
nur 14 von 612 Straßen in Witten nach Frauen benannt.

Henriette Davidis (1801–1876) wurde in Wengern, heute Stadt Wetter (Ruhr), geboren und lebte
mehrere Jahre in Sprockhövel und Dortmund. Ihr „Praktisches Kochbuch“ (1845) gehörte zu den
meistverbreiteten Büchern des 19. Jahrhunderts. Das Henriette-Davidis-Museum im benachbarten
Wengern erinnert an sie. Eine Straße in Witten nach ihr zu benennen, schließt eine Lücke zu den
bestehenden Namen im Umfeld (Ludwig-Richter-Straße, Fichtestraße, Schillerstraße).

Das Stadtarchiv hat die Benennung geprüft; Einwände bestehen nicht. Es gibt im Stadtgebiet keine
gleich oder ähnlich klingende Straße (Verwechslungsgefahr für Rettungsdienste ausgeschlossen).

Finanzielle Auswirkungen: Straßenschilder und Erläuterungstafel 1.450 €, Haushaltsstelle
5410.523100.

Anlagen: Lageplan, Stellungnahme Stadtarchiv
""",
    [
        "Nr. 0412/BV/2026",
        "Henriette-Davidis-Weg",
        "Henriette Davidis (1801–1876)",
        "Ludwig-Richter-Straße",
        "5410.523100",
    ],
)

clean(
    "council_paper",
    """
Stadt Kassel – Ortsbeirat Mitte
Niederschrift der Sitzung vom 04.02.2026, 19:00 Uhr, Bürgersaal im Rathaus, Obere Königsstraße 8

Anwesend: 8 Mitglieder des Ortsbeirats; Ortsvorsteher (Sitzungsleitung); Vertretung des
Straßenverkehrs- und Tiefbauamts; Vertretung der documenta und Museum Fridericianum gGmbH;
ca. 25 Zuhörerinnen und Zuhörer.

1. Mitteilungen
Der Ortsvorsteher berichtet, dass die Sanierung der Treppenstraße im April beginnt. Die
Wasserspiele auf dem Friedrichsplatz werden ab Mai wieder betrieben.

2. Umgestaltung Brüder-Grimm-Platz (Vorlage 101.19.1187)
Das Straßenverkehrs- und Tiefbauamt stellt drei Varianten vor. Diskutiert wird vor allem die
Anbindung der Wilhelmshöher Allee und die Querung zur Grimmwelt am Weinberg. Der Ortsbeirat
empfiehlt einstimmig Variante B mit breiterem Radweg.

3. Antrag der Fraktion Bündnis 90/Die Grünen: Fahrradbügel am Königsplatz (Antrag 101.19.1201)
Angenommen mit 6 Ja-Stimmen, 2 Enthaltungen.

4. Verschiedenes
Eine Bürgerin fragt nach der Beleuchtung im Durchgang zur Karlsaue. Die Verwaltung sagt eine
Prüfung zu. Hinweise nimmt das Ortsbeiratsbüro entgegen: ortsbeiraete@kassel.de, Telefon
0561 787-1228 (Geschäftsstelle).

Nächste Sitzung: 11.03.2026. Ende der Sitzung: 20:50 Uhr.

Für die Niederschrift: Geschäftsstelle der Ortsbeiräte
""",
    [
        "Obere Königsstraße 8",
        "Brüder-Grimm-Platz",
        "Vorlage 101.19.1187",
        "ortsbeiraete@kassel.de",
        "documenta und Museum Fridericianum gGmbH",
    ],
)

clean(
    "press_release",
    """
PRESSEMITTEILUNG der Stadt Hattingen                                        Nr. 018/2026
Hattingen, 09.02.2026

Altstadtfest 2026: Anmeldung für Vereine und Händler startet

Vom 11. bis 13. September 2026 verwandelt sich die historische Altstadt wieder in eine große
Festmeile. Vereine, Initiativen und Markthändler können sich ab sofort für einen Stand bewerben.

Rund um den Untermarkt, die St.-Georgs-Kirche und den Kirchplatz sind 140 Standplätze vorgesehen,
davon 40 für gemeinnützige Vereine zu ermäßigten Gebühren. Neu ist eine Kinderbühne am
Steinhagen. Das LWL-Industriemuseum Henrichshütte beteiligt sich am Samstag mit einer
Sonderführung „Feuer und Eisen“, Treffpunkt ist der Museumseingang Werksstraße 31–33.

Bewerbungen sind bis zum 30. April 2026 über das Online-Formular auf www.hattingen.de/altstadtfest
möglich. Die Standgebühr beträgt 9,50 € pro laufendem Meter (Vereine: 3,00 €), Strom wird
pauschal mit 25,00 € berechnet.

Für den Festzeitraum gilt in der Altstadt ein Durchfahrtsverbot; Anwohnende erhalten
Berechtigungsausweise über das Bürgerbüro im Rathaus, Rathausplatz 1.

Ansprechpartner für Fragen: Stadtmarketing Hattingen, Telefon 02324 204-0,
E-Mail altstadtfest@hattingen.de.

Pressekontakt: Pressestelle der Stadt Hattingen, presse@hattingen.de
""",
    [
        "Nr. 018/2026",
        "LWL-Industriemuseum Henrichshütte",
        "Werksstraße 31–33",
        "altstadtfest@hattingen.de",
        "9,50 € pro laufendem Meter",
    ],
)

clean(
    "press_release",
    """
Stadt Cottbus/Chóśebuz – Presse- und Öffentlichkeitsarbeit
Medieninformation vom 05.02.2026

Carl-Blechen-Grundschule: Sanierung des Altbaus beginnt nach den Osterferien

Die Sanierung des denkmalgeschützten Altbaus der Carl-Blechen-Grundschule beginnt am 13. April
2026. Das Gebäude aus dem Jahr 1911 erhält neue Fenster, eine Dämmung des Dachs, barrierefreie
Zugänge und einen Aufzug. Die Kosten von rund 7,4 Mio. Euro werden zu 75 Prozent aus dem
Strukturstärkungsgesetz Kohleregionen gefördert.

Während der Bauzeit lernen die Klassen 3 bis 6 in Containern auf dem Schulhof. Die Klassen 1 und
2 bleiben im Neubau. Der Hort zieht vorübergehend in die Räume des Jugendclubs an der
Thiemstraße.

Der Namensgeber der Schule, der Maler Carl Blechen (1798–1840), wurde in Cottbus geboren; das
Brandenburgische Landesmuseum für moderne Kunst im Dieselkraftwerk zeigt Werke aus seinem Umfeld.
Zum Abschluss der Sanierung ist eine kleine Ausstellung im Foyer geplant.

Bauausführung: Arbeitsgemeinschaft Hochbau Lausitz (Bauunternehmen Pietsch GmbH, HRB 4417 CB,
und Dachdeckerei Reschke GmbH & Co. KG), Projektsteuerung durch den Eigenbetrieb
Grundstücks- und Gebäudewirtschaft der Stadt Cottbus, Telefon 0355 612-0.

Elternabende zur Bauphase finden am 3. und 4. März 2026 in der Aula statt.
""",
    [
        "Carl-Blechen-Grundschule",
        "Carl Blechen (1798–1840)",
        "Bauunternehmen Pietsch GmbH, HRB 4417 CB",
        "Strukturstärkungsgesetz Kohleregionen",
        "0355 612-0",
    ],
)

clean(
    "press_release",
    """
Presseinformation – Stadt Recklinghausen
Nr. 27 / 10.02.2026

Stadtbibliothek verlängert Öffnungszeiten und startet „Open Library“ am Sonntag

Ab dem 1. März 2026 hat die Stadtbibliothek im Willy-Brandt-Haus, Hohenzollernstraße 12, auch
sonntags geöffnet. Von 11 bis 17 Uhr können Nutzerinnen und Nutzer mit gültigem
Bibliotheksausweis die Räume ohne Personal nutzen („Open Library“). Die Selbstverbuchung,
Lernplätze und das WLAN stehen dann zur Verfügung.

Die Öffnungszeiten von Dienstag bis Freitag werden bis 19 Uhr verlängert. Montags bleibt die
Bibliothek geschlossen. Die Stadtteilbibliothek Hochlarmark im Bürgerhaus bleibt bei ihren
bisherigen Zeiten (Di und Do 14–18 Uhr).

Finanziert wird das Projekt aus dem Landesprogramm „Dritte Orte“ (Förderung 148.000 Euro). Die
Technik liefert die Ekz.bibliotheksservice GmbH, Reutlingen; die Zugangskontrolle richtet die
Sicherheitstechnik Vest GmbH ein.

Zur Eröffnung am Sonntag, 1. März, liest um 12 Uhr ein Ensemble der Ruhrfestspiele aus Werken
von Joseph Roth und Heinrich Heine. Der Eintritt ist frei.

Kontakt: Stadtbibliothek Recklinghausen, Telefon 02361 50-0, stadtbibliothek@recklinghausen.de
""",
    [
        "Willy-Brandt-Haus, Hohenzollernstraße 12",
        "Open Library",
        "Ekz.bibliotheksservice GmbH",
        "Joseph Roth und Heinrich Heine",
        "stadtbibliothek@recklinghausen.de",
    ],
)

clean(
    "service_info",
    """
Bürgerbüros der Stadt Bochum – Öffnungszeiten und Anschriften (gültig ab 01.02.2026)

Termine: online unter www.bochum.de/termine oder telefonisch über das Servicecenter 0234 910-0
Anfragen per E-Mail: buergerbuero@bochum.de (keine Terminvergabe per Mail)

| Standort | Anschrift | Mo | Di | Mi | Do | Fr |
|---|---|---|---|---|---|---|
| Bürgerbüro Mitte | Willy-Brandt-Platz 2–6, 44777 Bochum | 8–16 | 8–16 | 8–13 | 8–18 | 8–13 |
| Bürgerbüro Wattenscheid | Freiheitstraße 1, 44866 Bochum | 8–16 | 8–16 | geschl. | 8–18 | 8–12 |
| Bürgerbüro Langendreer | Carl-von-Ossietzky-Platz 1, 44892 Bochum | 8–13 | 8–16 | 8–13 | 8–18 | geschl. |
| Bürgerbüro Linden | Hattinger Str. 745, 44879 Bochum | geschl. | 8–13 | 8–16 | 8–18 | 8–12 |
| Bürgerbüro Gerthe | Gerther Markt 1, 44805 Bochum | 8–13 | geschl. | 8–13 | 13–18 | 8–12 |

Spontanvorsprache ohne Termin: montags und donnerstags 7:30–9:00 Uhr im Bürgerbüro Mitte
(nur Abholung von Dokumenten, Meldebescheinigungen, Beglaubigungen).

Bitte beachten:
- Personalausweise und Reisepässe können nur persönlich abgeholt werden oder durch eine
  bevollmächtigte Person mit Vollmacht und Ausweis der antragstellenden Person.
- Zahlungen sind mit Girocard und Kreditkarte möglich, Barzahlung nur im Bürgerbüro Mitte.
- Am 24.12. und 31.12. sowie am Rosenmontag sind alle Bürgerbüros geschlossen.
- Das Bürgerbüro Langendreer liegt im Bezirksverwaltungsgebäude am Carl-von-Ossietzky-Platz,
  barrierefreier Zugang über die Rampe an der Alten Bahnhofstraße.

Fundbüro: Rathaus, Willy-Brandt-Platz 2–6, Zimmer 0.13, fundbuero@bochum.de
""",
    [
        "Willy-Brandt-Platz 2–6, 44777 Bochum",
        "Carl-von-Ossietzky-Platz 1, 44892 Bochum",
        "buergerbuero@bochum.de",
        "0234 910-0",
        "fundbuero@bochum.de",
    ],
)

clean(
    "service_info",
    """
Stadt Hattingen – Dienstleistung: Gewerbe anmelden

Wer muss ein Gewerbe anmelden?
Jede Person, die eine selbstständige, auf Dauer angelegte und auf Gewinn gerichtete Tätigkeit
aufnimmt, muss das Gewerbe vor Beginn anzeigen (§ 14 Gewerbeordnung). Freie Berufe (z. B.
Ärztinnen, Rechtsanwälte, Architektinnen, Künstler) und die Land- und Forstwirtschaft sind
ausgenommen.

Welche Unterlagen werden benötigt?
- vollständig ausgefülltes Formular GewA 1 (online über das Serviceportal oder im Rathaus),
- Personalausweis oder Reisepass mit Meldebescheinigung,
- bei ausländischen Staatsangehörigen (außer EU/EWR/Schweiz): Aufenthaltstitel, der die
  selbstständige Tätigkeit erlaubt,
- bei Eintragung im Handelsregister: aktueller Registerauszug (HRA/HRB),
- bei erlaubnispflichtigen Tätigkeiten: die Erlaubnis (z. B. nach § 34c GewO für Makler),
- bei Handwerksbetrieben: Eintragung in die Handwerksrolle der Handwerkskammer Dortmund.

Was kostet die Anmeldung?
Gewerbeanmeldung 26,00 €, Ummeldung 20,00 €, Abmeldung gebührenfrei.

Was passiert danach?
Die Gewerbebehörde informiert u. a. das Finanzamt Hattingen, die IHK Mittleres Ruhrgebiet, die
Berufsgenossenschaft und die Agentur für Arbeit. Das Finanzamt schickt Ihnen den Fragebogen zur
steuerlichen Erfassung.

Kontakt:
Fachbereich Ordnung – Gewerbeangelegenheiten, Rathaus, Rathausplatz 1, 45525 Hattingen,
Zimmer 112–114, Telefon 02324 204-0, gewerbe@hattingen.de
Sprechzeiten: Mo–Fr 8:30–12:00 Uhr, Do zusätzlich 14:00–17:30 Uhr
""",
    [
        "§ 14 Gewerbeordnung",
        "Formular GewA 1",
        "Gewerbeanmeldung 26,00 €",
        "gewerbe@hattingen.de",
        "Rathausplatz 1, 45525 Hattingen",
    ],
)

clean(
    "service_info",
    """
Häufige Fragen zur Hundesteuer (Stadt Herne)

Wann muss ich meinen Hund anmelden?
Innerhalb von zwei Wochen nach der Aufnahme oder dem Zuzug nach Herne, bei Welpen spätestens,
wenn der Hund drei Monate alt ist. Die Anmeldung ist online oder schriftlich beim
Fachbereich Finanzen – Steueramt möglich.

Wie hoch ist die Hundesteuer?
Für den ersten Hund 156,00 € im Jahr, für den zweiten 192,00 € und für jeden weiteren Hund
216,00 €. Für gefährliche Hunde im Sinne des § 3 Landeshundegesetz NRW beträgt die Steuer
720,00 € jährlich.

Gibt es Ermäßigungen?
Ja. Für Hunde aus dem Tierheim Herne-Wanne entfällt die Steuer im ersten Jahr. Blindenführhunde,
Assistenzhunde und Rettungshunde mit Prüfungsnachweis sind steuerfrei. Empfängerinnen und
Empfänger von Sozialleistungen erhalten auf Antrag eine Ermäßigung von 50 Prozent.

Bekomme ich eine Steuermarke?
Ja, die Hundesteuermarke wird mit dem Bescheid verschickt. Der Hund muss sie außerhalb der
Wohnung sichtbar tragen. Bei Verlust kostet die Ersatzmarke 5,00 €.

Was passiert, wenn ich umziehe oder der Hund stirbt?
Bitte melden Sie den Hund innerhalb von zwei Wochen ab. Die Steuer wird taggenau erstattet.

Kontakt:
Stadt Herne, FB Finanzen – Steueramt, Friedrich-Ebert-Platz 2, 44623 Herne
hundesteuer@herne.de · Telefon 02323 16-0 · Bankverbindung: Herner Sparkasse (siehe Bescheid)
""",
    [
        "§ 3 Landeshundegesetz NRW",
        "156,00 €",
        "Tierheim Herne-Wanne",
        "hundesteuer@herne.de",
        "Friedrich-Ebert-Platz 2, 44623 Herne",
    ],
)

clean(
    "service_info",
    """
Kita-Anmeldung in Cottbus – Fragen und Antworten

1. Ab wann kann ich mein Kind anmelden?
   Frühestens zwölf Monate, spätestens sechs Monate vor dem gewünschten Betreuungsbeginn. Für
   einen Platz ab 1. August sollte der Antrag bis zum 31. Januar vorliegen.

2. Wo stelle ich den Antrag?
   Über das Kita-Portal der Stadt Cottbus/Chóśebuz oder schriftlich beim Jugendamt, Fachbereich
   Jugend, Karl-Marx-Straße 67, 03044 Cottbus. Eine Vormerkung in mehreren Einrichtungen ist
   möglich (bis zu drei Wünsche).

3. Wie hoch sind die Elternbeiträge?
   Seit dem 1. August 2024 ist die Kindertagesbetreuung in Brandenburg für alle Altersstufen
   beitragsfrei. Zu zahlen ist nur das Essengeld (derzeit 1,90 € pro Mahlzeit).

4. Wer entscheidet über die Platzvergabe?
   Die Träger der Einrichtungen (z. B. Eigenbetrieb Kindertagesstätten,
   DRK Kreisverband Cottbus e.V., Johanniter-Unfall-Hilfe e.V., Evangelischer Kirchenkreis Cottbus) entscheiden
   nach ihren Aufnahmekriterien. Das Jugendamt vermittelt, wenn kein Platz gefunden wird.

5. Gibt es Kitas mit sorbischer/wendischer Sprache?
   Ja, die Kita „Mato Rizo“ in Sielow und die Witaj-Gruppen in zwei weiteren Einrichtungen.

6. Was brauche ich für den Rechtsanspruch?
   Kinder ab dem vollendeten ersten Lebensjahr haben einen Rechtsanspruch (§ 1 KitaG Bbg).
   Für längere Betreuungszeiten ist ein Bedarfsnachweis (z. B. Arbeitgeberbescheinigung) nötig.

Kontakt: kita@cottbus.de, Telefon 0355 612-0 (Zentrale, Vermittlung an das Kita-Team)
""",
    [
        "Karl-Marx-Straße 67, 03044 Cottbus",
        "§ 1 KitaG Bbg",
        "1,90 € pro Mahlzeit",
        "DRK Kreisverband Cottbus e.V.",
        "kita@cottbus.de",
    ],
)

clean(
    "service_info",
    """
Stadtführung „Wittener Köpfe“ – Stationen des Rundgangs (Stadtmarketing Witten)

Der etwa zweistündige Rundgang stellt Menschen vor, nach denen Straßen, Schulen und Plätze in
Witten benannt sind. Start ist am Rathaus, Marktstraße 16.

Station 1 – Rathausplatz: Das Rathaus wurde 1926 eingeweiht. Am Eingang erinnert eine Tafel an
die Zerstörungen von 1945.

Station 2 – Ruhr-Gymnasium und Albert-Martmöller-Gymnasium: Zwei traditionsreiche Schulen an der
Synagogenstraße und der Oberdorfstraße.

Station 3 – Synagogenmahnmal: Das Mahnmal erinnert an die 1938 zerstörte Synagoge.

Station 4 – Berliner Platz und Bahnhofstraße: Die Einkaufsmeile entstand nach dem Krieg neu.

Station 5 – Hardensteinstraße: Der Straßenname geht auf die Burgruine Hardenstein zurück, in der
der Sage nach der Zwergenkönig Goldemar gewohnt haben soll.

Station 6 – Helene-Lohmann-Realschule: Benannt nach einer Wittener Frauenrechtlerin des frühen
20. Jahrhunderts.

Station 7 – Bismarckturm am Helenenberg: Aussichtspunkt über das Ruhrtal, errichtet 1902.

Termine: jeden ersten Samstag im Monat, 14 Uhr, Treffpunkt Rathaustreppe. Preis 8,00 €,
ermäßigt 5,00 €, Kinder bis 12 Jahre frei. Anmeldung: stadtmarketing@stadt-witten.de oder
Stadtinformation, Marktstraße 7, Telefon 02302 19433.
""",
    [
        "Albert-Martmöller-Gymnasium",
        "Helene-Lohmann-Realschule",
        "Bismarckturm am Helenenberg",
        "stadtmarketing@stadt-witten.de",
        "Marktstraße 7",
    ],
)

clean(
    "fee_schedule",
    """
Stadt Herne – Gebührenübersicht Bürgerdienste (Stand 01.01.2026)

Ausweisdokumente                                                        Gebühr
Personalausweis (ab 24 Jahre), Gültigkeit 10 Jahre                     37,00 €
Personalausweis (unter 24 Jahre), Gültigkeit 6 Jahre                   22,80 €
Vorläufiger Personalausweis                                            10,00 €
Reisepass (ab 24 Jahre), 32 Seiten                                     70,00 €
Reisepass (ab 24 Jahre), 48 Seiten                                    92,00 €
Reisepass im Expressverfahren, Zuschlag                                32,00 €
Kinderreisepass (ab 01.01.2024 nicht mehr ausgestellt)                     –
Änderung der Anschrift im Ausweis                                     gebührenfrei
Entsperrung der Online-Ausweisfunktion (PIN-Rücksetzbrief)            gebührenfrei

Meldewesen
Einfache Meldebescheinigung                                            10,00 €
Erweiterte Meldebescheinigung                                          12,00 €
Einfache Melderegisterauskunft (Online)                                 7,00 €
Einfache Melderegisterauskunft (schriftlich)                           12,00 €
Aufenthaltsbescheinigung für ausländische Behörden                      10,00 €

Sonstiges
Beglaubigung einer Unterschrift oder Kopie (je Seite)                    5,00 €
Führungszeugnis (Antrag über das Bürgerbüro)                            13,00 €
Auskunft aus dem Gewerbezentralregister                                 13,00 €
Bewohnerparkausweis (pro Jahr)                                          30,70 €

Rechtsgrundlagen: Personalausweisgebührenverordnung (PAuswGebV), Passverordnung (PassV),
Bundesmeldegesetz (§ 10 BMG), Allgemeine Verwaltungsgebührenordnung NRW, Tarifstelle 9.2.

Zahlung: Girocard, Kreditkarte; Barzahlung nur im Bürgerbüro Rathaus Herne.
Auskunft: buergerbuero@herne.de, Telefon 02323 16-0
""",
    [
        "Personalausweis (ab 24 Jahre), Gültigkeit 10 Jahre",
        "PAuswGebV",
        "Tarifstelle 9.2",
        "buergerbuero@herne.de",
        "Bewohnerparkausweis (pro Jahr)",
    ],
)

clean(
    "fee_schedule",
    """
Stadt Kassel – Friedhofs- und Bestattungsgebühren 2026 (Auszug)
Anlage zur Friedhofsgebührensatzung vom 11.12.2025, in Kraft ab 01.01.2026

Tarif-Nr.  Leistung                                                   Gebühr
1.1        Reihengrab Erdbestattung (20 Jahre)                       1.480,00 €
1.2        Wahlgrab Erdbestattung, je Stelle (25 Jahre)              2.350,00 €
1.3        Urnenreihengrab (20 Jahre)                                   940,00 €
1.4        Urnenwahlgrab, je Stelle (25 Jahre)                        1.420,00 €
1.5        Baumgrab im Urnenhain Hauptfriedhof (20 Jahre)             1.890,00 €
1.6        Anonymes Urnengemeinschaftsfeld                              760,00 €
2.1        Öffnen und Schließen Erdgrab                                 690,00 €
2.2        Öffnen und Schließen Urnengrab                               210,00 €
3.1        Benutzung Trauerhalle Hauptfriedhof (bis 45 Min.)            340,00 €
3.2        Benutzung Kapelle Friedhof Harleshausen                      240,00 €
4.1        Verlängerung Nutzungsrecht, je Jahr und Stelle               94,00 €
5.1        Genehmigung eines Grabmals                                    85,00 €

Die Gebühren werden mit Bescheid festgesetzt; Gebührenschuldner ist, wer die Leistung beantragt.
Der Hauptfriedhof liegt an der Karolinenstraße 17, 34117 Kassel; Friedhofsverwaltung:
Telefon 0561 787-7500 (Service), friedhofsverwaltung@kassel.de.

Hinweis: Führungen zu den Ehrengräbern und zur Geschichte des 1843 angelegten Hauptfriedhofs
bietet der Förderverein Hauptfriedhof Kassel e.V. an; Treffpunkt ist das Haupttor an der
Karolinenstraße, Termine im Schaukasten am Verwaltungsgebäude.
""",
    [
        "Tarif-Nr.",
        "Baumgrab im Urnenhain Hauptfriedhof",
        "Karolinenstraße 17, 34117 Kassel",
        "friedhofsverwaltung@kassel.de",
        "Förderverein Hauptfriedhof Kassel e.V.",
    ],
)

clean(
    "roadworks_notice",
    """
Stadt Witten – Tiefbauamt
Verkehrsinformation: Vollsperrung der Ruhrstraße zwischen Bergerstraße und Ruhrdeich

Wegen der Erneuerung des Mischwasserkanals und der Fahrbahn wird die Ruhrstraße vom 02.03.2026
bis voraussichtlich 18.09.2026 abschnittsweise voll gesperrt.

Bauabschnitt 1: 02.03. – 30.04.2026, Bergerstraße bis Hausnummer 40
Bauabschnitt 2: 04.05. – 10.07.2026, Hausnummer 40 bis Wiesenstraße
Bauabschnitt 3: 13.07. – 18.09.2026, Wiesenstraße bis Ruhrdeich

Umleitung: Der Durchgangsverkehr wird über die Husemannstraße und die Ardeystraße geführt. Die
Buslinien 371 und 378 der BOGESTRA fahren eine Umleitung; die Haltestelle „Ruhrstraße“ entfällt
und wird an die Husemannstraße verlegt.

Anwohnende und Lieferverkehr erreichen ihre Grundstücke jeweils bis zur Baustellengrenze. Die
Müllabfuhr wird durch die Baufirma zu Sammelplätzen an den Abschnittsgrenzen gebracht.

Ausführende Firma: Straßen- und Tiefbau Kemper GmbH, Schwelmer Straße 104, 58285 Gevelsberg,
HRB 2290 (Amtsgericht Hagen), Baustellentelefon 02332 9121-0.
Bauherr: Stadt Witten, Tiefbauamt, und Stadtwerke Witten GmbH (Wasser).

Bürgerinformation: Donnerstag, 19.02.2026, 18:00 Uhr, Saalbau Witten, Bergerstraße 25.
Fragen: tiefbau@stadt-witten.de
""",
    [
        "Straßen- und Tiefbau Kemper GmbH",
        "HRB 2290 (Amtsgericht Hagen)",
        "Buslinien 371 und 378",
        "Saalbau Witten, Bergerstraße 25",
        "tiefbau@stadt-witten.de",
    ],
)

clean(
    "roadworks_notice",
    """
Stadt Regensburg – Tiefbauamt – Baustelleninformation Nr. 07/2026

Sanierung der Fahrbahn am Bismarckplatz und in der Dr.-Martin-Luther-Straße

Zeitraum: 16.03.2026 bis 24.04.2026 (witterungsabhängig)

Was wird gemacht?
Die Asphaltdecke am Bismarckplatz wird erneuert, die Bushaltestellen werden barrierefrei
ausgebaut. In der Dr.-Martin-Luther-Straße zwischen Kumpfmühler Straße und Maximilianstraße
tauscht die REWAG Gas- und Wasserleitungen.

Verkehrsführung:
- Bismarckplatz: Einbahnverkehr in Richtung Arnulfsplatz, Busse fahren über die Gesandtenstraße.
- Dr.-Martin-Luther-Straße: Vollsperrung vom 30.03. bis 10.04.2026 (Osterferien).
- Fußgängerinnen und Fußgänger können die Baustelle jederzeit passieren; der Zugang zum
  Theater am Bismarckplatz und zum Präsidialpalais bleibt frei.

Ausführende Firmen: Bauunternehmung Brandl GmbH & Co. KG, Amtsgericht Regensburg HRA 8814,
Baustellentelefon 0941 46410-0; Leitungsbau: REWAG Regensburger Energie- und Wasserversorgung
AG & Co KG.

Hinweise und Fragen: tiefbauamt@regensburg.de, Bürgertelefon 0941 507-0.
""",
    [
        "Baustelleninformation Nr. 07/2026",
        "Dr.-Martin-Luther-Straße",
        "Theater am Bismarckplatz",
        "Bauunternehmung Brandl GmbH & Co. KG",
        "tiefbauamt@regensburg.de",
    ],
)

clean(
    "statute",
    """
Satzung über die Erhebung einer Hundesteuer in der Stadt Recklinghausen
(Hundesteuersatzung) vom 14. Dezember 2015 in der Fassung der 4. Änderungssatzung
vom 10. Dezember 2025 – Auszug

Aufgrund der §§ 7 und 41 Abs. 1 Satz 2 Buchst. f der Gemeindeordnung für das Land
Nordrhein-Westfalen (GO NRW) und der §§ 1, 2 und 3 des Kommunalabgabengesetzes für das Land
Nordrhein-Westfalen (KAG NRW) hat der Rat der Stadt Recklinghausen folgende Satzung beschlossen:

§ 1 Steuergegenstand
Gegenstand der Steuer ist das Halten von Hunden im Stadtgebiet.

§ 2 Steuerpflicht
(1) Steuerpflichtig ist die Hundehalterin oder der Hundehalter. Hundehalter ist, wer einen Hund
in seinen Haushalt oder Wirtschaftsbetrieb aufgenommen hat.
(2) Alle in einem Haushalt gehaltenen Hunde gelten als von den Haushaltsmitgliedern gemeinsam
gehalten.

§ 3 Steuersatz
(1) Die Steuer beträgt jährlich
    a) wenn nur ein Hund gehalten wird                           150,00 €
    b) wenn zwei Hunde gehalten werden                  je Hund 180,00 €
    c) wenn drei oder mehr Hunde gehalten werden        je Hund 204,00 €
(2) Für gefährliche Hunde beträgt die Steuer jährlich 660,00 € je Hund. Gefährliche Hunde sind
Hunde im Sinne von § 3 Abs. 2 und § 10 Abs. 1 des Landeshundegesetzes NRW (LHundG NRW).

§ 4 Steuerbefreiungen
Steuerbefreiung ist auf Antrag zu gewähren für
    a) Blindenführhunde und Assistenzhunde,
    b) Hunde, die aus dem Tierheim Recklinghausen (Tierschutzverein Recklinghausen und
       Umgebung e.V.) erworben wurden, für die Dauer von zwölf Monaten.

§ 8 Ordnungswidrigkeiten
Ordnungswidrig im Sinne des § 20 Abs. 2 Buchst. b KAG NRW handelt, wer vorsätzlich oder
leichtfertig einen Hund nicht innerhalb von zwei Wochen anmeldet (§ 6 Abs. 1).

§ 10 Inkrafttreten
Die 4. Änderungssatzung tritt am 1. Januar 2026 in Kraft.

Recklinghausen, den 10. Dezember 2025                         Der Bürgermeister
""",
    [
        "GO NRW",
        "§ 3 Steuersatz",
        "LHundG NRW",
        "§ 20 Abs. 2 Buchst. b KAG NRW",
        "Tierschutzverein Recklinghausen und",
    ],
)

clean(
    "statute",
    """
Satzung über Sondernutzungen an öffentlichen Verkehrsflächen der Stadt Regensburg
(Sondernutzungssatzung – SoNS) – Auszug, bekanntgemacht im Amtsblatt Nr. 4/2026

Die Stadt Regensburg erlässt aufgrund von Art. 22a und Art. 18 Abs. 2a des Bayerischen Straßen-
und Wegegesetzes (BayStrWG) sowie § 8 Abs. 1 Satz 4 des Bundesfernstraßengesetzes (FStrG)
folgende Satzung:

§ 1 Geltungsbereich
(1) Diese Satzung gilt für Straßen, Wege und Plätze im Gebiet der Stadt Regensburg, einschließlich
der Ortsdurchfahrten der Bundes- und Staatsstraßen.
(2) Für Märkte (Dult, Christkindlmarkt am Neupfarrplatz, Wochenmarkt am Kohlenmarkt) gelten
die Marktsatzung und die Marktgebührensatzung.

§ 2 Erlaubnispflicht
(1) Die Benutzung der Straßen über den Gemeingebrauch hinaus (Sondernutzung) bedarf der
Erlaubnis der Stadt.
(2) Erlaubnispflichtig sind insbesondere Freischankflächen, Warenauslagen, Werbeanlagen,
Verkaufsstände und Imbissfahrzeuge (Foodtrucks) sowie Baustelleneinrichtungen.

§ 5 Sondernutzungen in der Altstadt
Im Welterbe-Gebiet „Altstadt von Regensburg mit Stadtamhof“ sind Werbeanlagen nur bis zu einer
Größe von 0,8 m² zulässig. Am Haidplatz, am Kornmarkt und am Domplatz sind Verkaufsstände
nur an Markttagen erlaubt.

§ 9 Gebühren
Die Gebühren ergeben sich aus dem Gebührenverzeichnis (Anlage). Beispiele:
Tarifstelle 2.1  Freischankfläche Altstadt, je m² und Saison        42,00 €
Tarifstelle 4.3  Foodtruck, je Standplatz und Tag                    35,00 €
Tarifstelle 6.0  Baustelleneinrichtung, je m² und Woche                1,20 €

§ 12 Inkrafttreten
Diese Satzung tritt am 1. April 2026 in Kraft. Gleichzeitig tritt die Sondernutzungssatzung vom
22. Juli 2009 außer Kraft.

Stadt Regensburg, 28. Januar 2026
Oberbürgermeisterin
""",
    [
        "Amtsblatt Nr. 4/2026",
        "BayStrWG",
        "Christkindlmarkt am Neupfarrplatz",
        "Tarifstelle 4.3",
        "Altstadt von Regensburg mit Stadtamhof",
    ],
)

clean(
    "procurement",
    """
Stadt Herne – Zentrale Vergabestelle
Information über die beabsichtigte Zuschlagserteilung / Bekanntmachung vergebener Aufträge
(§ 20 Abs. 3 VOB/A, § 30 UVgO) – 1. Quartal 2026

| Vergabe-Nr. | Leistung | Verfahren | Auftragnehmer | Auftragswert (netto) |
|---|---|---|---|---|
| 2025-0418-B | Dachsanierung Grundschule Claudiusschule | öffentliche Ausschreibung | Dachtechnik Schürmann GmbH, Holsterhauser Str. 211, 44625 Herne, HRB 5218 | 412.880,00 € |
| 2025-0431-B | Kanalsanierung Bahnhofstraße, Los 2 | öffentliche Ausschreibung | Rohrbau Westfalen AG, Emscherstraße 61, 45891 Gelsenkirchen, HRB 9021 | 1.284.500,00 € |
| 2025-0447-L | Reinigung Rathaus Wanne, 36 Monate | offenes Verfahren (EU) | Gebäudedienste Nowak GmbH, Dortmunder Str. 40, 44623 Herne, HRB 6603 | 318.240,00 € |
| 2026-0002-L | Lieferung Schulmöbel, 24 Klassenräume | beschränkte Ausschreibung | Objekteinrichtung Brinkhoff GmbH & Co. KG, 59065 Hamm, HRA 4107 | 168.905,40 € |
| 2026-0009-F | Gutachten Verkehrsentwicklungsplan | Verhandlungsvergabe | Planungsbüro Ruhrverkehr GmbH, Bochum, HRB 17740 | 96.000,00 € |
| 2026-0014-B | Elektroinstallation Feuerwache Nord | öffentliche Ausschreibung | Elektro Kowalewski GmbH, Bergstraße 12, 44623 Herne, HRB 4950 | 227.310,00 € |

Nachprüfung: Vergabekammer Westfalen bei der Bezirksregierung Münster, Albrecht-Thaer-Straße 9,
48147 Münster.

Auskünfte: Zentrale Vergabestelle, Friedrich-Ebert-Platz 2, 44623 Herne, Telefon 02323 16-0,
vergabestelle@herne.de. Die Vergabeunterlagen stehen auf dem Vergabemarktplatz NRW bereit.
""",
    [
        "Zentrale Vergabestelle",
        "Dachtechnik Schürmann GmbH, Holsterhauser Str. 211, 44625 Herne, HRB 5218",
        "Objekteinrichtung Brinkhoff GmbH & Co. KG",
        "Albrecht-Thaer-Straße 9",
        "vergabestelle@herne.de",
    ],
)

clean(
    "procurement",
    """
Bekanntmachung – Öffentliche Ausschreibung nach UVgO
Auftraggeber: Stadt Kassel, Amt für Hochbau und Gebäudebewirtschaftung, Obere Königsstraße 8,
34117 Kassel, Telefon 0561 787-0, E-Mail vergabe@kassel.de

Vergabenummer: HB-2026-0031-L
Gegenstand: Lieferung und Montage von Photovoltaikanlagen auf drei Schulgebäuden
  Los 1: Georg-Christoph-Lichtenberg-Schule, Brückenhofstraße 90 (ca. 96 kWp)
  Los 2: Heinrich-Schütz-Schule, Freiherr-vom-Stein-Straße 11 (ca. 74 kWp)
  Los 3: Sophie-Scholl-Schule (Grundschule), Kaulenbergstraße (ca. 38 kWp)

Ausführungsfrist: 01.06.2026 bis 30.09.2026 (Sommerferien bevorzugt)
Angebotsfrist: 12.03.2026, 10:00 Uhr – elektronisch über die Hessische Ausschreibungsdatenbank
(HAD), Bekanntmachungs-ID HAD-Ref.: 2026-0211-4470
Eröffnungstermin: 12.03.2026, 10:15 Uhr, ohne Bieterbeteiligung

Eignungsnachweise: Eintragung in das Präqualifikationsverzeichnis (PQ-VOB) oder Einzelnachweise
(Handelsregisterauszug, Umsatz der letzten drei Jahre, drei Referenzen vergleichbarer Art).

Zuschlagskriterien: Preis 70 %, Leistungsgarantie der Module 20 %, Ausführungszeit 10 %.

Bereits vergeben (Vorjahr): Lieferung Wärmepumpen Kita Wesertor an Haustechnik Siebert GmbH,
Kassel (HRB 14432), Auftragswert 212.400,00 € netto.

Nachprüfungsbehörde: Vergabekammer des Landes Hessen beim Regierungspräsidium Darmstadt,
Wilhelminenstraße 1–3, 64283 Darmstadt.
""",
    [
        "HB-2026-0031-L",
        "Georg-Christoph-Lichtenberg-Schule",
        "Sophie-Scholl-Schule",
        "Haustechnik Siebert GmbH",
        "vergabe@kassel.de",
    ],
)

if __name__ == "__main__":
    sys.exit(main())
