"""Build the German redaction development corpus: ``corpus.jsonl`` beside this file.

    .venv/bin/python tests/data/redaction_corpus/build_corpus.py

Deterministic (``random.Random(2026)``, no set iteration, no clock): running it twice writes the
same bytes. All persons, addresses, numbers and accounts are invented; IBANs, Steuer-IDs,
SV-Nummern and ID-card check digits are computed so that they look real (a few IBANs carry a
deliberate one-digit typo).

One JSON object per line::

    {"id", "kind": "pii" | "clean", "style", "text",
     "spans": [{"start", "end", "type", "text"}], "keep": ["…"]}

``spans`` are all personal strings with exact offsets, ``keep`` 3-8 non-personal key phrases
that must survive redaction. Templates mark them inline: ``⟦TYPE|text⟧`` for a personal span,
``⟪text⟫`` for a keep phrase; the builder strips the marks, applies noise (OCR errors, typos)
per segment and records offsets. It fails loudly when a span does not match its offsets, when
spans overlap, when a personal string also stands somewhere unmarked, or when a PII-free text
contains anything that looks personal.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten

OUT = Path(__file__).resolve().parent / "corpus.jsonl"
SEED = 2026
N_PII = 125

TYPES = (
    "PERSON",
    "STREET_ADDRESS",
    "LOCATION",
    "DATE_OF_BIRTH",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "IBAN_CODE",
    "DE_TAX_ID",
    "DE_KFZ",
    "DE_AKTENZEICHEN",
    "DE_HANDELSREGISTER",
    "DE_ID_CARD",
    "DE_PASSPORT",
    "DE_SOCIAL_SECURITY",
    "IP_ADDRESS",
)

# --------------------------------------------------------------------------------------------
# Markup
# --------------------------------------------------------------------------------------------


def E(kind: str, value: str) -> str:
    assert kind in TYPES, kind
    assert value and "⟧" not in value and "⟦" not in value, value
    return f"⟦{kind}|{value}⟧"


def P(value: str) -> str:
    return E("PERSON", value)


def K(value: str) -> str:
    return f"⟪{value}⟫"


_MARK = re.compile(r"⟦([A-Z_]+)\|(.*?)⟧|⟪(.*?)⟫", re.S)


def segments(marked: str) -> list[tuple[str | None, str]]:
    """(kind, text) pieces: kind None for plain text, "KEEP", or an entity type."""
    out: list[tuple[str | None, str]] = []
    pos = 0
    for m in _MARK.finditer(marked):
        if m.start() > pos:
            out.append((None, marked[pos : m.start()]))
        if m.group(3) is not None:
            out.append(("KEEP", m.group(3)))
        else:
            out.append((m.group(1), m.group(2)))
        pos = m.end()
    if pos < len(marked):
        out.append((None, marked[pos:]))
    return out


# --------------------------------------------------------------------------------------------
# Name, place and number material (all combinations invented)
# --------------------------------------------------------------------------------------------

# fmt: off
FIRST = {
    "de": [
        ("Jürgen", "m"), ("Sabine", "f"), ("Klaus", "m"), ("Monika", "f"), ("Lukas", "m"),
        ("Hannah", "f"), ("Maximilian", "m"), ("Lea", "f"), ("Wolfgang", "m"), ("Ingrid", "f"),
        ("Dieter", "m"), ("Renate", "f"), ("Tobias", "m"), ("Katharina", "f"), ("Felix", "m"),
        ("Johanna", "f"), ("Uwe", "m"), ("Birgit", "f"), ("Jens", "m"), ("Annegret", "f"),
        ("Karl-Heinz", "m"), ("Anna-Lena", "f"), ("Hans Peter", "m"), ("Marie-Luise", "f"),
        ("Björn", "m"), ("Gudrun", "f"), ("Sven", "m"), ("Ute", "f"), ("Detlef", "m"),
        ("Friederike", "f"),
    ],
    "tr": [
        ("Ayşe", "f"), ("Mehmet", "m"), ("Emine", "f"), ("Mustafa", "m"), ("Fatma", "f"),
        ("Hüseyin", "m"), ("Zeynep", "f"), ("Emre", "m"), ("Elif", "f"), ("Burak", "m"),
        ("Yusuf", "m"), ("Hatice", "f"), ("Gülşen", "f"), ("Serkan", "m"), ("Özlem", "f"),
        ("Cem", "m"),
    ],
    "pl": [
        ("Piotr", "m"), ("Agnieszka", "f"), ("Krzysztof", "m"), ("Małgorzata", "f"),
        ("Tomasz", "m"), ("Katarzyna", "f"), ("Paweł", "m"), ("Joanna", "f"), ("Wojciech", "m"),
        ("Zofia", "f"), ("Łukasz", "m"), ("Dorota", "f"),
    ],
    "ar": [
        ("Mohammed", "m"), ("Fatima", "f"), ("Ahmad", "m"), ("Aisha", "f"), ("Omar", "m"),
        ("Layla", "f"), ("Youssef", "m"), ("Amira", "f"), ("Khaled", "m"), ("Nour", "f"),
        ("Hassan", "m"), ("Rania", "f"), ("Tarek", "m"), ("Samira", "f"),
    ],
    "it": [
        ("Giuseppe", "m"), ("Francesca", "f"), ("Marco", "m"), ("Giulia", "f"),
        ("Alessandro", "m"), ("Chiara", "f"), ("Luca", "m"), ("Valentina", "f"), ("Matteo", "m"),
        ("Federica", "f"),
    ],
}
LAST = {
    "de": [
        "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
        "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf",
        "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hartmann", "Lange",
        "Krause", "Lehmann", "Köhler", "Weißkopf", "Brinkmann", "Tiemann", "Kötter", "Overbeck",
        "Sprenger", "Schulte-Brinkmann", "von der Heide", "Rensing", "Hülsmann", "Niederfeld",
        "Pöppelmann", "Kampmann",
    ],
    "tr": [
        "Yıldırım", "Öztürk", "Demir", "Kaya", "Şahin", "Çelik", "Aydın", "Arslan", "Doğan",
        "Koç", "Kılıç", "Aksoy", "Güneş", "Yılmaz", "Erdoğan", "Karadeniz",
    ],
    "ar": [
        "Al-Hassan", "Haddad", "Abdullah", "El Masri", "Khalil", "Nasser", "Al-Khatib", "Saleh",
        "Mansour", "Ibrahim", "Darwish", "Abu Zaid",
    ],
    "it": [
        "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
        "Marino", "Greco", "De Luca", "Lo Bianco",
    ],
}
# Polish surnames change with gender.
LAST_PL = [
    ("Kowalski", "Kowalska"), ("Nowak", "Nowak"), ("Wiśniewski", "Wiśniewska"),
    ("Wójcik", "Wójcik"), ("Kamiński", "Kamińska"), ("Lewandowski", "Lewandowska"),
    ("Zieliński", "Zielińska"), ("Szymański", "Szymańska"), ("Woźniak", "Woźniak"),
    ("Dąbrowski", "Dąbrowska"), ("Grzybowski", "Grzybowska"), ("Mazur", "Mazur"),
]
# Ukrainian: Latin transliteration and Cyrillic.
FIRST_UA = [
    ("Olena", "Олена", "f"), ("Oleksandr", "Олександр", "m"), ("Iryna", "Ірина", "f"),
    ("Dmytro", "Дмитро", "m"), ("Kateryna", "Катерина", "f"), ("Andrii", "Андрій", "m"),
    ("Nataliia", "Наталія", "f"), ("Serhii", "Сергій", "m"), ("Yuliia", "Юлія", "f"),
    ("Bohdan", "Богдан", "m"),
]
LAST_UA = [
    ("Shevchenko", "Шевченко"), ("Kovalenko", "Коваленко"), ("Bondarenko", "Бондаренко"),
    ("Tkachenko", "Ткаченко"), ("Kravchenko", "Кравченко"), ("Melnyk", "Мельник"),
    ("Oliinyk", "Олійник"), ("Boiko", "Бойко"), ("Marchenko", "Марченко"),
    ("Hrytsenko", "Гриценко"),
]
# Vietnamese: family name first in native order; Germanised order and spelling on many papers.
LAST_VN = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ"]
GIVEN_VN = [
    ("Thị Lan", "f"), ("Thị Hoa", "f"), ("Thu Trang", "f"), ("Ngọc Anh", "f"), ("Thị Hương", "f"),
    ("Văn Minh", "m"), ("Quốc Huy", "m"), ("Đức Anh", "m"), ("Thanh Tùng", "m"), ("Văn Hùng", "m"),
]
OTHER = [
    ("Dimitrios", "Papadopoulos", "m"), ("Eleni", "Georgiou", "f"), ("Ionuț", "Popescu", "m"),
    ("María José", "García López", "f"), ("Kwame", "Mensah", "m"), ("Yonas", "Tesfaye", "m"),
    ("João", "Pereira", "m"), ("Ahmad Zia", "Rahimi", "m"), ("Lei", "Wang", "m"),
    ("Sarah", "O'Connor", "f"), ("Siobhan", "McCarthy", "f"), ("Zlatan", "Hodžić", "m"),
    ("Ana", "Kovačević", "f"), ("Jan", "van den Berg", "m"), ("Svetlana", "Iwanowa", "f"),
    ("Viktor", "Reimer", "m"), ("Rojda", "Bozkurt", "f"), ("Kofi", "Boateng", "m"),
    ("Priya", "Ramanathan", "f"), ("Hamid", "Karimi", "m"),
]
ORIGINS = [("de", 34), ("tr", 14), ("pl", 9), ("ar", 10), ("ua", 8), ("vn", 6), ("it", 7)]
ORIGINS.append(("other", 12))
CHILD_GIRLS = ["Emma", "Mia", "Elif", "Zofia", "Amira", "Mila", "Ela", "Lina", "Hanna", "Sofia"]
CHILD_GIRLS += ["Defne", "Ida", "Nele"]
CHILD_BOYS = ["Ben", "Noah", "Yusuf", "Leon", "Luca", "Emir", "Adam", "Malik", "Milan", "Jonas"]
CHILD_BOYS += ["Karim"]
CHILD_NAMES = CHILD_GIRLS + CHILD_BOYS
DOG_NAMES = ["Bello", "Luna", "Balu", "Frieda", "Rocky", "Paula", "Sammy", "Kira", "Oskar"]

STREETS = [
    "Hattinger Straße", "Castroper Str.", "Alleestraße", "Am Kortländer", "Königsallee",
    "Wittener Straße", "Herner Str.", "Dorstener Straße", "Kemnader Str.", "Oskar-Hoffmann-Straße",
    "Brückstraße", "Unterfeldstraße", "Auf dem Kalwes", "Im Lottental", "Markstraße",
    "Wattenscheider Hellweg", "Hustadtring", "Kreuzstraße", "Ückendorfer Straße", "Bahnhofstr.",
    "Kirchweg", "An der Landwehr", "Zur Ruhr", "Lindenallee", "Rüttenscheider Str.",
    "Kortumstraße", "Vierhausstraße", "Gerther Str.", "Am Bergbaumuseum", "Steinring",
    "Querenburger Höhe", "Friedrich-Ebert-Str.", "Alte Bahnhofstraße", "Hofsteder Straße",
    "Gahlensche Str.", "Wiemelhauser Straße", "In der Schornau", "Zechenstraße", "Marktplatz",
    "Dahlhauser Str.",
]
PLACES = [
    ("447", ["87", "89", "91", "93", "95", "97", "99"], "Bochum", 10),
    ("448", ["01", "03", "05", "07", "09", "66", "67", "69", "79", "92", "94"], "Bochum", 8),
    ("446", ["23", "25", "27", "28", "49", "51", "52", "53"], "Herne", 4),
    ("458", ["79", "81", "83", "84", "86", "88", "89", "91", "92", "96", "99"], "Gelsenkirchen", 3),
    ("451", ["27", "28", "30", "31", "38", "39", "43", "47", "49"], "Essen", 3),
    ("441", ["35", "37", "39", "41", "43", "45", "47", "49"], "Dortmund", 3),
    ("584", ["52", "53", "54", "55", "56"], "Witten", 2),
    ("455", ["25", "27", "29"], "Hattingen", 1),
    ("445", ["75", "77", "79", "81"], "Castrop-Rauxel", 1),
    ("456", ["57", "59", "61", "63", "65"], "Recklinghausen", 1),
    ("454", ["68", "70", "72", "73", "75", "76", "78", "79", "81"], "Mülheim an der Ruhr", 1),
    ("506", ["67", "68", "70", "72", "74", "76", "77", "78"], "Köln", 1),
    ("041", ["03", "05", "07", "09"], "Leipzig", 1),
    ("101", ["15", "17", "19"], "Berlin", 1),
]
CITY_SUFFIX = {"Bochum": ["", "", "", "-Wattenscheid", "-Langendreer", "-Linden"]}
AREA_CODES = ["0234", "0234", "0234", "02327", "02323", "0209", "0201", "0231", "02302", "02324"]
MOBILE = ["0151", "0152", "0157", "0160", "0162", "0170", "0171", "0172", "0173", "0174", "0175"]
MOBILE += ["0176", "0177", "0178", "0179", "01522", "01575"]
MAIL_DOMAINS = ["web.de", "gmx.de", "gmx.net", "t-online.de", "gmail.com", "outlook.de"]
MAIL_DOMAINS += ["hotmail.com", "yahoo.de", "posteo.de", "mailbox.org", "icloud.com", "freenet.de"]
BLZ = ["43050001", "43060967", "43070024", "36050105", "44010046", "42050001", "37040044"]
BLZ += ["50010517", "10010010", "12030000", "43060129", "36010043"]
BICS = ["WELADED1BOC", "GENODEM1GLS", "DEUTDEDBBOC", "COBADEFFXXX", "INGDDEFFXXX"]
KFZ_DISTRICTS = ["BO", "BO", "BO", "HER", "GE", "E", "DO", "EN", "RE", "HAM", "UN", "MH", "K"]
KFZ_DISTRICTS += ["D", "BOT", "WAN"]
IBAN_SPEC = {  # country: BBAN pattern (n = digit, a = upper-case letter)
    "AT": "n" * 16,
    "NL": "aaaa" + "n" * 10,
    "PL": "n" * 24,
    "TR": "nnnnn0" + "n" * 16,
    "IT": "a" + "n" * 22,
    "FR": "n" * 23,
    "ES": "n" * 20,
    "BE": "n" * 12,
    "UA": "n" * 25,
    "GR": "n" * 23,
}
MONTHS = [
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
    "Oktober", "November", "Dezember",
]
MONTHS_EN = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]
WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
OFFICES = [
    "Bürgerbüro", "Gewerbeamt", "Steueramt", "Straßenverkehrsbehörde", "Wohngeldstelle",
    "Standesamt", "Ordnungsamt", "Bauordnungsamt", "Tiefbauamt", "Fundbüro", "Rechtsamt",
]
COMPANIES = [
    "Ruhrglanz Gebäudereinigung GmbH", "Kemnade Bau GmbH & Co. KG", "Zeche Digital UG",
    "Hellweg Logistik GmbH", "Lottental Immobilienverwaltung GmbH", "Westpark Gastro GmbH",
    "Emscher Elektrotechnik GmbH", "Stahlhausen Events GmbH",
]

# fmt: on

# --------------------------------------------------------------------------------------------
# Check digits and formats
# --------------------------------------------------------------------------------------------


def mod97_check(country: str, bban: str) -> str:
    digits = "".join(str(int(c, 36)) for c in bban + country) + "00"
    return f"{98 - int(digits) % 97:02d}"


def iban_valid(iban: str) -> bool:
    s = iban.replace(" ", "")
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def make_iban(r: random.Random, country: str = "DE", typo: bool = False) -> str:
    if country == "DE":
        bban = r.choice(BLZ) + "".join(r.choice("0123456789") for _ in range(10))
    else:
        bban = "".join(
            r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
            if c == "a"
            else (c if c == "0" else str(r.randrange(10)))
            for c in IBAN_SPEC[country]
        )
    iban = country + mod97_check(country, bban) + bban
    assert iban_valid(iban)
    if typo:
        positions = [i for i in range(4, len(iban)) if iban[i].isdigit()]
        i = r.choice(positions)
        wrong = r.choice([d for d in "0123456789" if d != iban[i]])
        iban = iban[:i] + wrong + iban[i + 1 :]
        assert not iban_valid(iban)
    return iban


def next_typo() -> bool:
    """Every third IBAN that may carry one gets a one-digit typo (deterministic)."""
    STATS["iban_draws"] += 1
    return STATS["iban_draws"] % 3 == 1


def fmt_iban(r: random.Random, iban: str) -> str:
    style = r.random()
    if style < 0.6:
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    if style < 0.9:
        return iban
    return iban[:4] + " " + iban[4:]


def steuer_id_check(ten: str) -> int:
    product = 10
    for c in ten:
        s = (int(c) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    check = 11 - product
    return 0 if check == 10 else check


def make_steuer_id(r: random.Random) -> str:
    while True:
        double = r.randrange(10)
        if r.random() < 0.2:  # one digit three times, never three in a row
            others = r.sample([d for d in range(10) if d != double], 7)
            digits = [double] * 3 + others
        else:
            others = r.sample([d for d in range(10) if d != double], 8)
            digits = [double] * 2 + others
        r.shuffle(digits)
        ten = "".join(map(str, digits))
        if ten[0] == "0" or str(double) * 3 in ten:
            continue
        return ten + str(steuer_id_check(ten))


def fmt_steuer_id(r: random.Random, tid: str) -> str:
    style = r.random()
    if style < 0.45:
        return f"{tid[:2]} {tid[2:5]} {tid[5:8]} {tid[8:]}"
    if style < 0.85:
        return tid
    return f"{tid[:3]} {tid[3:6]} {tid[6:9]} {tid[9:]}"


def ascii_fold(s: str, umlaut_e: bool = True) -> str:
    if umlaut_e:
        for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
            s = s.replace(a, b)
    s = s.translate(str.maketrans({"ß": "ss", "ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D"}))
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def make_sv_number(r: random.Random, dob: date, birth_name: str, female: bool) -> str:
    area = r.choice(["12", "13", "15", "18", "23", "24", "28", "38", "39", "40", "42", "53"])
    area = r.choice([area, "65", "66", "68", "89", "79"])
    letter = ascii_fold(birth_name, umlaut_e=False).replace(" ", "")[0].upper()
    serial = r.randrange(50, 100) if female else r.randrange(0, 50)
    body = f"{area}{dob:%d%m%y}{ord(letter) - 64:02d}{serial:02d}"
    weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    total = sum(sum(divmod(int(d) * w, 10)) for d, w in zip(body, weights, strict=True))
    return f"{area}{dob:%d%m%y}{letter}{serial:02d}{total % 10}"


def fmt_sv(r: random.Random, sv: str) -> str:
    style = r.random()
    if style < 0.4:
        return sv
    if style < 0.7:
        return f"{sv[:2]} {sv[2:8]} {sv[8]} {sv[9:]}"
    return f"{sv[:2]} {sv[2:8]} {sv[8]} {sv[9:11]} {sv[11]}"


ID_ALPHABET = "0123456789CFGHJKLMNPRTVWXYZ"


def mrz_check(value: str) -> int:
    weights = [7, 3, 1]
    return sum(int(c, 36) * weights[i % 3] for i, c in enumerate(value)) % 10


def make_id_card(r: random.Random, with_check: bool = False) -> str:
    if r.random() < 0.25:  # older cards: letter and eight digits
        number = r.choice("LMNT") + "".join(r.choice("0123456789") for _ in range(8))
    else:
        number = r.choice("LMNPRTVWXY") + "".join(r.choice(ID_ALPHABET) for _ in range(7))
        number += r.choice("0123456789")
    return number + str(mrz_check(number)) if with_check else number


def make_passport(r: random.Random) -> str:
    return (
        r.choice("CCCFGHJK")
        + "".join(r.choice(ID_ALPHABET) for _ in range(7))
        + str(r.randrange(10))
    )


def make_kfz(r: random.Random) -> str:
    district = r.choice(KFZ_DISTRICTS)
    letters = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(r.choice([1, 2, 2])))
    max_digits = 4 if len(district) + len(letters) <= 4 else 3
    digits = str(r.randrange(1, 10 ** r.randint(1, max_digits)))
    suffix = r.choice(["", "", "", "", "", "E", "H"])
    style = r.random()
    if style < 0.6:
        return f"{district}-{letters} {digits}{suffix}"
    if style < 0.85:
        return f"{district} {letters} {digits}{suffix}"
    if style < 0.95:
        return f"{district}-{letters}{digits}{suffix}"
    return f"{district}-{letters}-{digits}{suffix}"


def make_phone(r: random.Random, mobile: bool | None = None) -> str:
    if mobile is None:
        mobile = r.random() < 0.5
    if r.random() < 0.06:
        return r.choice(
            [
                f"+90 5{r.randint(30, 59)} {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}",
                f"+48 {r.randint(500, 799)} {r.randint(100, 999)} {r.randint(100, 999)}",
                f"+380 {r.choice(['50', '67', '93'])} {r.randint(100, 999)} {r.randint(1000, 9999)}",
                f"+39 3{r.randint(20, 49)} {r.randint(100, 999)} {r.randint(1000, 9999)}",
            ]
        )
    if mobile:
        area = r.choice(MOBILE)
        sub = (
            str(r.randint(10**6, 10**8 - 1)) if len(area) == 4 else str(r.randint(10**6, 10**7 - 1))
        )
        sub = sub.rjust(7, "1")
    else:
        area = r.choice(AREA_CODES)
        n = 11 - len(area) - r.choice([0, 1])
        sub = str(r.randint(2 * 10 ** (n - 1), 10**n - 1))
    cc = area[1:]
    style = r.randrange(15)
    if style == 0:
        return f"{area} {sub}"
    if style == 1:
        return f"{area}/{sub}"
    if style == 2:
        grouped = " ".join(sub[i : i + 2] for i in range(0, len(sub), 2))
        return f"{area} / {grouped}"
    if style == 3:
        return f"({area}) {sub}"
    if style == 4:
        return f"{area}-{sub}"
    if style == 5:
        return f"+49 {cc} {sub}"
    if style == 6:
        return f"+49 (0) {cc} {sub}"
    if style == 7:
        return f"0049 {cc} {sub}"
    if style == 8:
        return f"+49{cc}{sub}"
    if style == 9:
        return f"{area} {sub[:-2]}-{sub[-2:]}"
    if style == 10:
        return f"+49 {cc} {sub[:-2]}-{sub[-2:]}"
    if style == 11:
        return f"+49-{cc}-{sub}"
    if style == 12:
        return f"{area}{sub}"
    if style == 13:
        return f"{area[:2]} {area[2:]} / {' '.join(sub[i : i + 2] for i in range(0, len(sub), 2))}"
    return f"{area} {sub[:3]} {sub[3:]}"


def make_ip(r: random.Random) -> str:
    if r.random() < 0.2:
        return (
            f"2001:db8:{r.randint(1, 0xFFFF):x}:{r.randint(1, 0xFFFF):x}::{r.randint(1, 0xFFFF):x}"
        )
    net = r.choice(["192.0.2", "198.51.100", "203.0.113"])
    return f"{net}.{r.randint(2, 254)}"


def make_hr(r: random.Random) -> str:
    """A firm's register number, marked as personal only in section A: a sole trader's or a
    partnership's entry names its owners; a capital company (HRB) is a legal person."""
    kind = r.choice(["HRB", "HRB", "HRB", "HRA", "HRB"])
    number = str(r.randint(1000, 29999) if kind == "HRB" else r.randint(100, 9999))
    return E("DE_HANDELSREGISTER", f"{kind} {number}") if kind == "HRA" else f"{kind} {number}"


def court(r: random.Random) -> str:
    return "Amtsgericht " + r.choice(["Bochum", "Essen", "Dortmund", "Gelsenkirchen", "Köln"])


def make_az(r: random.Random, office: str = "") -> str:
    year = r.choice(["2025", "2026", "2026"])
    n = r.randint(1, 9999)
    forms = {
        "Gewerbeamt": [f"32.1-{year}-{n:05d}", f"32/GA/{n:04d}/{year[2:]}"],
        "Steueramt": [f"22-HSt-{n}/{year[2:]}", f"22.3-{year}-{n:05d}"],
        "Bauordnungsamt": [f"63/{year}/{n:04d}-BA", f"63.2-{n:05d}-{year}"],
        "Wohngeldstelle": [f"WG-{year}-{n:05d}", f"50.2-{n:06d}"],
        "Bürgerbüro": [f"33-MR-{year}/{n}", f"33.1-{year}-{n:04d}"],
        "Straßenverkehrsbehörde": [f"36.20-BPA-{year}-{n:04d}", f"36/VW/{n:06d}"],
        "Ordnungsamt": [f"32.4-OWi-{n:06d}", f"OA-{year}-{n:05d}"],
        "Standesamt": [f"34-G-{n:04d}/{year}", f"34.1-{n:05d}"],
    }
    return r.choice(forms.get(office, [f"{r.randint(10, 99)}.{r.randint(1, 9)}-{year}-{n:05d}"]))


def make_kassenzeichen(r: random.Random) -> str:
    n = r.randint(10**9, 10**10 - 1)
    style = r.random()
    s = str(n)
    if style < 0.4:
        return f"{s[:4]}.{s[4:8]}.{s[8:]}"
    if style < 0.7:
        return s
    return f"{s[0]}.{s[1:4]}.{s[4:7]}.{s[7:]}"


def make_chip(r: random.Random) -> str:
    s = "276098" + "".join(r.choice("0123456789") for _ in range(9))
    return s if r.random() < 0.7 else f"{s[:3]} {s[3:5]} {s[5:]}"


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------


def rand_date(r: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=r.randrange((end - start).days))


def recent(r: random.Random) -> date:
    return rand_date(r, date(2025, 9, 1), date(2026, 6, 30))


def future(r: random.Random) -> date:
    return rand_date(r, date(2026, 2, 1), date(2026, 12, 31))


def fmt_date(r: random.Random, d: date, style: int | None = None) -> str:
    style = r.randrange(4) if style is None else style
    if style == 0:
        return f"{d:%d.%m.%Y}"
    if style == 1:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 2:
        return f"{d.day}.{d.month}.{d.year}"
    return f"{d:%d.%m.%Y}"


def fmt_dob(r: random.Random, d: date, english: bool = False) -> str:
    if english:
        return r.choice(
            [f"{d:%d/%m/%Y}", f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}", f"{d:%Y-%m-%d}"]
        )
    style = r.randrange(9)
    if style <= 2:
        return f"{d:%d.%m.%Y}"
    if style == 3:
        return f"{d.day}.{d.month}.{d.year}"
    if style == 4:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 5:
        return f"{d:%Y-%m-%d}"
    if style == 6:
        return f"{d:%d.%m.%y}"
    if style == 7:
        return (
            f"{d.day:02d}. {MONTHS[d.month - 1][:3]}. {d.year}" if d.month != 5 else f"{d:%d.%m.%Y}"
        )
    return f"{d:%d. %m. %Y}"


def money(r: random.Random, low: float, high: float) -> str:
    value = r.uniform(low, high)
    whole, cents = divmod(round(value * 100), 100)
    return f"{whole:,}".replace(",", ".") + f",{cents:02d} €"


# --------------------------------------------------------------------------------------------
# Persons
# --------------------------------------------------------------------------------------------


@dataclass
class Person:
    first: str
    last: str
    g: str
    origin: str
    full: str
    dob: date
    street: str
    loc: str
    phone: str
    email: str
    cyrillic: str = ""
    title: str = ""

    @property
    def anrede(self) -> str:
        return "Frau" if self.g == "f" else "Herr"

    @property
    def herrn(self) -> str:
        return "Frau" if self.g == "f" else "Herrn"

    def sal(self) -> str:
        t = f"{self.title} " if self.title else ""
        return f"Sehr geehrte{'' if self.g == 'f' else 'r'} {self.anrede} {t}{P(self.last)},"

    def formal(self) -> str:
        t = f"{self.title} " if self.title else ""
        return f"{self.anrede} {t}{P(self.last)}"

    def rev(self) -> str:
        return f"{self.last}, {self.first}"

    def initial(self) -> str:
        return f"{self.first[0]}. {self.last}"


def make_email(r: random.Random, first: str, last: str, dob: date) -> str:
    f = ascii_fold(first).lower().replace(" ", "").replace("'", "")
    f = f.split("-")[0]
    last_a = ascii_fold(last, umlaut_e=r.random() < 0.5).lower().replace(" ", "").replace("'", "")
    domain = r.choice(MAIL_DOMAINS)
    local = r.choice(
        [
            f"{f}.{last_a}",
            f"{f[0]}.{last_a}",
            f"{last_a}.{f}{dob:%y}",
            f"{f}{last_a}",
            f"{f}_{last_a[0]}",
            f"{f}.{last_a}{r.randint(1, 99)}",
            f"{last_a}{dob.year}",
        ]
    )
    return f"{local}@{domain}"


def make_address(r: random.Random) -> tuple[str, str]:
    street = r.choice(STREETS)
    number = str(r.randint(1, 160))
    extra = r.random()
    if extra < 0.15:
        number += r.choice("abc")
    elif extra < 0.2:
        number += " " + r.choice("ab")
    elif extra < 0.24:
        number = f"{number}-{int(number) + 2}"
    weights = [w for *_, w in PLACES]
    prefix, ends, city, _ = r.choices(PLACES, weights=weights)[0]
    city = city + r.choice(CITY_SUFFIX.get(city, [""]))
    plz = prefix + r.choice(ends)
    if r.random() < 0.05:
        plz = "D-" + plz
    return f"{street} {number}", f"{plz} {city}"


def make_person(r: random.Random, origin: str | None = None, g: str | None = None) -> Person:
    if origin is None:
        origin = r.choices([o for o, _ in ORIGINS], weights=[w for _, w in ORIGINS])[0]
    cyr = ""
    if origin in FIRST:
        pool = [x for x in FIRST[origin] if g is None or x[1] == g]
        first, g = r.choice(pool)
        if origin == "pl":
            m, f = r.choice(LAST_PL)
            last = f if g == "f" else m
        else:
            last = r.choice(LAST[origin])
        full = f"{first} {last}"
    elif origin == "ua":
        pool_ua = [x for x in FIRST_UA if g is None or x[2] == g]
        first, cf, g = r.choice(pool_ua)
        last, cl = r.choice(LAST_UA)
        full = f"{first} {last}"
        cyr = f"{cf} {cl}"
    elif origin == "vn":
        pool_vn = [x for x in GIVEN_VN if g is None or x[1] == g]
        given, g = r.choice(pool_vn)
        family = r.choice(LAST_VN)
        if r.random() < 0.5:
            first, last, full = given, family, f"{family} {given}"
        else:
            first, last = ascii_fold(given), ascii_fold(family)
            full = f"{first} {last}"
    else:
        pool_o = [x for x in OTHER if g is None or x[2] == g]
        first, last, g = r.choice(pool_o)
        full = f"{first} {last}"
    assert g is not None
    dob = rand_date(r, date(1941, 1, 1), date(2006, 12, 31))
    street, loc = make_address(r)
    return Person(
        first=first,
        last=last,
        g=g,
        origin=origin,
        full=full,
        dob=dob,
        street=street,
        loc=loc,
        phone=make_phone(r),
        email=make_email(r, first, last, dob),
        cyrillic=cyr,
        title="Dr." if r.random() < 0.06 else "",
    )


def make_child(r: random.Random, parent: Person, g: str | None = None) -> tuple[str, date]:
    pool = {"f": CHILD_GIRLS, "m": CHILD_BOYS}.get(g or "", CHILD_NAMES)
    return r.choice(pool), rand_date(r, date(2010, 1, 1), date(2024, 6, 30))


def distinct_persons(r: random.Random, n: int, **kw: str) -> list[Person]:
    """n persons without shared name parts (so every mention is unambiguous)."""
    people: list[Person] = []
    used: list[str] = []
    while len(people) < n:
        p = make_person(r, **kw)  # type: ignore[arg-type]
        parts = name_parts(p.full)
        if any(x in used for x in parts):
            continue
        used.extend(parts)
        people.append(p)
    return people


PARTICLES = ("von", "der", "den", "van", "de", "di", "da", "del", "la", "le", "el", "al", "zu")


def name_parts(name: str) -> list[str]:
    """Words of a name worth finding on their own: 3+ letters, no initials, no particles."""
    return [
        x
        for x in re.split(r"[\s,\-]+", name)
        if len(x) >= 3 and not x.endswith(".") and x not in PARTICLES
    ]


# --------------------------------------------------------------------------------------------
# Shared text pieces
# --------------------------------------------------------------------------------------------

CLOSINGS = [
    "Mit freundlichen Grüßen",
    "Freundliche Grüße",
    "Mit freundlichem Gruß",
    "Hochachtungsvoll",
    "Viele Grüße",
    "Beste Grüße",
    "MfG",
    "Mit besten Grüßen",
]
OPENINGS = ["Sehr geehrte Damen und Herren,", "Guten Tag,", "Sehr geehrte Damen und Herren,"]


def S(p: Person) -> str:
    return E("STREET_ADDRESS", p.street)


def L(p: Person) -> str:
    return E("LOCATION", p.loc)


def T(value: str) -> str:
    return E("PHONE_NUMBER", value)


def M(value: str) -> str:
    return E("EMAIL_ADDRESS", value)


def D(value: str) -> str:
    return E("DATE_OF_BIRTH", value)


def A(value: str) -> str:
    return E("DE_AKTENZEICHEN", value)


def address_block(r: random.Random, p: Person, contact: bool = True) -> str:
    title = f"{p.title} " if p.title and r.random() < 0.7 else ""
    lines = [f"{title}{P(p.full)}", S(p), L(p)]
    if contact:
        if r.random() < 0.7:
            lines.append(
                f"{r.choice(['Tel.: ', 'Telefon: ', 'Tel. ', 'Mobil: ', 'Fon '])}{T(p.phone)}"
            )
        if r.random() < 0.6:
            lines.append(f"{r.choice(['E-Mail: ', 'Mail: ', ''])}{M(p.email)}")
    if r.random() < 0.2:
        return " · ".join(lines[:3]) + ("\n" + "\n".join(lines[3:]) if lines[3:] else "")
    return "\n".join(lines)


def recipient(r: random.Random, office: str) -> str:
    return r.choice(
        [
            f"Stadt Bochum\n{K(office)}",
            f"An die Stadt Bochum\n– {K(office)} –",
            f"{K(office)}\nder Stadt Bochum",
            f"Stadtverwaltung Bochum\n{K(office)}",
        ]
    )


def signature(r: random.Random, p: Person) -> str:
    closing = r.choice(CLOSINGS)
    style = r.random()
    if style < 0.55:
        name = P(p.full)
    elif style < 0.75:
        name = P(p.initial())
    elif style < 0.9:
        name = f"{P(p.full)}\n{T(p.phone)}"
    else:
        name = f"(Unterschrift)\n{P(p.full)}"
    return f"{closing}\n\n{name}"


def dob_phrase(r: random.Random, d: date) -> str:
    v = D(fmt_dob(r, d))
    return r.choice(
        [
            f"geb. {v}",
            f"geboren am {v}",
            f"(geb. {v})",
            f"geb. am {v}",
            f"* {v}",
            f"Geburtsdatum {v}",
            f"(* {v})",
        ]
    )


# --------------------------------------------------------------------------------------------
# Letter topics: (office, subject, body). Bodies mention the sender ``p`` only through markup.
# --------------------------------------------------------------------------------------------


def t_gewerbe_an(r: random.Random, p: Person) -> tuple[str, str, str]:
    trade = r.choice(
        [
            "einen Friseursalon",
            "einen Imbiss mit Außer-Haus-Verkauf",
            "eine IT-Beratung",
            "einen Kiosk",
            "einen Reinigungsservice",
            "einen Online-Handel mit Ersatzteilen",
            "eine Änderungsschneiderei",
            "ein Nagelstudio",
            "einen Hausmeisterservice",
        ]
    )
    start = future(r)
    tid = E("DE_TAX_ID", fmt_steuer_id(r, make_steuer_id(r)))
    body = r.choice(
        [
            f"hiermit möchte ich {trade} anmelden. Beginn der Tätigkeit soll {K('zum ' + fmt_date(r, start, 0))} sein. "
            f"Die Betriebsstätte befindet sich in der {E('STREET_ADDRESS', make_address(r)[0])}. "
            f"Meine steuerliche Identifikationsnummer lautet {tid}. Bitte teilen Sie mir mit, ob für die "
            f"{K('Gewerbeanmeldung')} noch Unterlagen fehlen und wie hoch die {K('Gebühr')} ist.",
            f"ich plane, {K('ab dem ' + fmt_date(r, start, 1))} {trade} im Nebenerwerb zu betreiben, und bitte um "
            f"Auskunft zur {K('Gewerbeanmeldung')}. Ist das über das {K('Wirtschafts-Service-Portal.NRW')} möglich? "
            f"Steuer-ID: {tid}. Für Rückfragen erreichen Sie mich unter {T(p.phone)}.",
            f"anbei sende ich Ihnen das ausgefüllte Formular {K('GewA 1')} für {trade}. Ich wurde am "
            f"{D(fmt_dob(r, p.dob))} geboren und wohne in der {S(p)}, {L(p)}. "
            f"Bitte bestätigen Sie mir den {K('Eingang der Gewerbeanmeldung')} per E-Mail an {M(p.email)}.",
        ]
    )
    return (
        "Gewerbeamt",
        K("Gewerbeanmeldung") + r.choice(["", " – Bitte um Bestätigung", f" {P(p.full)}"]),
        body,
    )


def t_gewerbe_ab(r: random.Random, p: Person) -> tuple[str, str, str]:
    company = r.choice(COMPANIES)
    hr = make_hr(r)
    end = future(r)
    body = r.choice(
        [
            f"als Geschäftsführer{'in' if p.g == 'f' else ''} der {company} ({court(r)}, {hr}) melde ich das Gewerbe "
            f"{K('zum ' + fmt_date(r, end, 0))} ab. Die {K('Gewerbeabmeldung')} erfolgt wegen {K('Betriebsaufgabe')}. "
            f"Unser Aktenzeichen bei Ihnen: {A(make_az(r, 'Gewerbeamt'))}.",
            f"die {company}, eingetragen im Handelsregister unter {hr}, verlegt ihren {K('Sitz nach Dortmund')}. "
            f"Ich bitte um {K('Ummeldung')} bzw. {K('Gewerbeabmeldung')} in Bochum. Ansprechpartner{'in' if p.g == 'f' else ''} "
            f"bin ich, {P(p.full)}, erreichbar unter {T(p.phone)}.",
        ]
    )
    return "Gewerbeamt", K("Gewerbeabmeldung") + f" {company}", body


def t_hundesteuer(r: random.Random, p: Person) -> tuple[str, str, str]:
    dog = r.choice(DOG_NAMES)
    chip = A(make_chip(r))
    since = recent(r)
    kz = A(make_kassenzeichen(r))
    body = r.choice(
        [
            f"ich möchte meinen Hund {dog} zur {K('Hundesteuer')} anmelden. Er lebt seit dem {K(fmt_date(r, since, 0))} bei mir. "
            f"Die Chipnummer lautet {chip}. Es handelt sich um einen Mischling, keinen {K('gefährlichen Hund')}. "
            f"Die Steuer bitte per Lastschrift von {E('IBAN_CODE', fmt_iban(r, make_iban(r, typo=next_typo())))} einziehen.",
            f"unser Hund {dog} ist leider verstorben. Ich bitte daher um {K('Abmeldung von der Hundesteuer')} "
            f"(Kassenzeichen {kz}). Die {K('Hundesteuermarke')} liegt bei. Bitte erstatten Sie zu viel gezahlte "
            f"Steuer auf mein Konto {E('IBAN_CODE', fmt_iban(r, make_iban(r, typo=next_typo())))}.",
            f"wir haben seit {K(fmt_date(r, since, 1))} einen zweiten Hund (Transponder-Nr. {chip}). "
            f"Der Hund ist auf meine Frau, {P(make_person(r, origin=p.origin if p.origin in FIRST else 'de', g='f').first)}, "
            f"angemeldet, die Steuer soll aber über mein Kassenzeichen {kz} laufen. Wie hoch ist die "
            f"{K('Hundesteuer')} für den {K('zweiten Hund')}?",
        ]
    )
    return (
        "Steueramt",
        K("Hundesteuer") + r.choice(["", " – Anmeldung", f", Kassenzeichen {kz}"]),
        body,
    )


def t_widerspruch(r: random.Random, p: Person) -> tuple[str, str, str]:
    office = r.choice(["Tiefbauamt", "Ordnungsamt", "Steueramt", "Wohngeldstelle"])
    what = {
        "Tiefbauamt": "Straßenbaubeitragsbescheid",
        "Ordnungsamt": "Gebührenbescheid",
        "Steueramt": "Grundbesitzabgabenbescheid",
        "Wohngeldstelle": "Rückforderungsbescheid",
    }[office]
    issued = recent(r)
    amount = money(r, 45, 3800)
    iban = E("IBAN_CODE", fmt_iban(r, make_iban(r, typo=next_typo())))
    az = A(make_az(r, office))
    body = r.choice(
        [
            f"gegen Ihren {K(what + ' vom ' + fmt_date(r, issued, 0))}, Aktenzeichen {az}, lege ich hiermit "
            f"{K('Widerspruch')} ein. Die geforderte Summe von {K(amount)} ist nicht nachvollziehbar. "
            f"Eine Begründung reiche ich nach. Sollte eine Erstattung erfolgen, bitte auf {iban}.",
            f"mit Ihrem Schreiben vom {fmt_date(r, issued, 1)} (Az. {az}) fordern Sie {K(amount)}. Damit bin ich "
            f"nicht einverstanden. Ich habe bereits am {fmt_date(r, recent(r), 0)} mit Ihrer Kollegin, "
            f"Frau {P(make_person(r, origin='de').last)}, telefoniert. Bitte prüfen Sie den {K(what)} erneut.",
            f"ich widerspreche dem {K(what)} (Ihr Zeichen: {az}). Der Betrag wurde bereits am "
            f"{fmt_date(r, issued, 0)} von meinem Konto {iban} überwiesen. Ich bitte um "
            f"{K('Aussetzung der Vollziehung')}.",
        ]
    )
    return (
        office,
        K("Widerspruch") + f" – Az. {A(make_az(r, office))}"
        if r.random() < 0.3
        else K("Widerspruch"),
        body,
    )


def t_wohngeld(r: random.Random, p: Person) -> tuple[str, str, str]:
    sv = E("DE_SOCIAL_SECURITY", fmt_sv(r, make_sv_number(r, p.dob, p.last, p.g == "f")))
    kids = [make_child(r, p) for _ in range(r.randint(1, 2))]
    kid_names = [k for k, _ in kids]
    if len(set(kid_names)) < len(kid_names):
        kids = kids[:1]
    kid_txt = " und ".join(f"{P(n)} ({dob_phrase(r, d).strip(', ()')})" for n, d in kids)
    az = A(make_az(r, "Wohngeldstelle"))
    body = r.choice(
        [
            f"zu meinem {K('Wohngeldantrag')} (Az. {az}) reiche ich die fehlenden Unterlagen nach: "
            f"{K('Lohnbescheinigungen')} der letzten drei Monate und die {K('Mietbescheinigung')}. "
            f"Meine Rentenversicherungsnummer ist {sv}. Im Haushalt leben außerdem meine Kinder {kid_txt}.",
            f"ich beantrage {K('Wohngeld')} als {K('Mietzuschuss')}. Meine Sozialversicherungsnummer: {sv}. "
            f"Zum Haushalt gehören {kid_txt}. Die Miete beträgt {K(money(r, 380, 990))} warm. "
            f"Das Wohngeld soll bitte auf {E('IBAN_CODE', fmt_iban(r, make_iban(r)))} überwiesen werden.",
        ]
    )
    return (
        "Wohngeldstelle",
        K("Wohngeld") + r.choice(["antrag", " – Nachreichung", f", Az. {az}"]),
        body,
    )


def t_parkausweis(r: random.Random, p: Person) -> tuple[str, str, str]:
    kfz = E("DE_KFZ", make_kfz(r))
    zone = r.choice(["A", "B", "C", "E", "K"])
    body = r.choice(
        [
            f"ich beantrage einen {K('Bewohnerparkausweis')} für die {K('Zone ' + zone)}. Mein Fahrzeug hat das "
            f"Kennzeichen {kfz}. Ich wohne seit {fmt_date(r, recent(r), 1)} in der {S(p)}. Eine Kopie des "
            f"{K('Fahrzeugscheins')} liegt bei.",
            f"mein {K('Bewohnerparkausweis')} läuft am {K(fmt_date(r, future(r), 0))} ab. Ich habe inzwischen ein neues "
            f"Auto ({kfz}, vorher {E('DE_KFZ', make_kfz(r))}). Bitte stellen Sie den Ausweis für die "
            f"{K('Zone ' + zone)} auf das neue Kennzeichen um. Die {K('Gebühr von 30,00 €')} überweise ich sofort.",
            f"am {fmt_date(r, recent(r), 0)} wurde mein Wagen mit dem amtlichen Kennzeichen {kfz} in der "
            f"{K('Bewohnerparkzone ' + zone)} verwarnt, obwohl ein gültiger Ausweis hinter der Scheibe lag "
            f"({K('Verwarnungsgeld')} {K(money(r, 10, 55))}). Ich bitte um Einstellung.",
        ]
    )
    office = "Straßenverkehrsbehörde"
    return office, K("Bewohnerparkausweis") + r.choice(["", f" für {kfz}", " – Verlängerung"]), body


def t_melde(r: random.Random, p: Person) -> tuple[str, str, str]:
    old_street, old_loc = make_address(r)
    body = r.choice(
        [
            f"für meinen neuen Arbeitgeber benötige ich eine {K('Meldebescheinigung')}. Ich bin am "
            f"{K(fmt_date(r, recent(r), 0))} von der {E('STREET_ADDRESS', old_street)}, {E('LOCATION', old_loc)} in die "
            f"{S(p)} gezogen. Mein Geburtsdatum ist der {D(fmt_dob(r, p.dob))}. Können Sie mir die "
            f"Bescheinigung {K('per Post')} schicken?",
            f"bitte senden Sie mir eine {K('erweiterte Meldebescheinigung')}. Angaben zu meiner Person: "
            f"{P(p.full)}, {dob_phrase(r, p.dob)}, wohnhaft {S(p)}, {L(p)}. Die {K('Gebühr von 10,00 €')} "
            f"überweise ich nach Erhalt.",
        ]
    )
    return "Bürgerbüro", K("Meldebescheinigung"), body


def t_ausweis(r: random.Random, p: Person) -> tuple[str, str, str]:
    idn = E("DE_ID_CARD", make_id_card(r, with_check=r.random() < 0.15))
    body = r.choice(
        [
            f"ich möchte den {K('Verlust meines Personalausweises')} melden. Die Ausweisnummer lautet {idn}, "
            f"ausgestellt von der Stadt Bochum. Ich bin {dob_phrase(r, p.dob)}. Bitte sperren Sie die "
            f"{K('Online-Ausweisfunktion')}. Einen {K('Termin im Bürgerbüro')} habe ich am {K(fmt_date(r, future(r), 0))}.",
            f"mein Personalausweis (Nr. {idn}) ist am {K(fmt_date(r, future(r), 0))} abgelaufen. Ich brauche "
            f"kurzfristig einen {K('vorläufigen Personalausweis')}, da ich am {fmt_date(r, future(r), 1)} verreise.",
        ]
    )
    return "Bürgerbüro", K("Personalausweis"), body


def t_reisepass(r: random.Random, p: Person) -> tuple[str, str, str]:
    pas = E("DE_PASSPORT", make_passport(r))
    kid, kid_dob = make_child(r, p, g="m")
    body = r.choice(
        [
            f"für unsere Reise benötigen wir einen {K('Kinderreisepass')} für unseren Sohn {P(kid)} "
            f"(geb. {D(fmt_dob(r, kid_dob))}). Mein eigener Reisepass hat die Nummer {pas}. "
            f"Wie lange dauert die Ausstellung eines {K('Express-Reisepasses')}?",
            f"ich habe meinen {K('Reisepass')} verloren. Passnummer: {pas}. Bitte teilen Sie mir mit, welche "
            f"{K('Unterlagen')} ich für die {K('Neuausstellung')} mitbringen muss.",
        ]
    )
    return "Bürgerbüro", K("Reisepass"), body


def t_laerm(r: random.Random, p: Person) -> tuple[str, str, str]:
    n = make_person(r)
    while set(name_parts(n.full)) & set(name_parts(p.full)):
        n = make_person(r)
    neighbour_street = re.sub(r" \d.*$", "", p.street) + f" {r.randint(1, 99)}"
    body = r.choice(
        [
            f"seit Wochen feiert mein Nachbar, {n.formal()}, bis spät in die Nacht. Er wohnt im Haus "
            f"{E('STREET_ADDRESS', neighbour_street)}. "
            f"Ich bitte das {K('Ordnungsamt')} um Prüfung wegen {K('Ruhestörung')}. Zeugin ist meine Nachbarin "
            f"{P(make_person(r, origin='it', g='f').full)}.",
            f"ich möchte mich über die {K('Lärmbelästigung')} durch die Baustelle beschwören... Entschuldigung, "
            f"beschweren. Der Bauherr, {P(n.full)}, lässt sonntags arbeiten. Sie erreichen mich unter {T(p.phone)}. "
            f"Ich bitte um Rückmeldung bis zum {K(fmt_date(r, future(r), 0))}.",
        ]
    )
    return "Ordnungsamt", K("Beschwerde") + r.choice(["", " wegen Ruhestörung", " Lärm"]), body


def t_geburt(r: random.Random, p: Person) -> tuple[str, str, str]:
    kid, kid_dob = make_child(r, p, g="f")
    partner = make_person(r, g="m" if p.g == "f" else "f")
    while set(name_parts(partner.full)) & set(name_parts(p.full)):
        partner = make_person(r, g="m" if p.g == "f" else "f")
    body = r.choice(
        [
            f"unsere Tochter {P(kid + ' ' + p.last)} wurde am {D(fmt_dob(r, kid_dob))} im St. Josef-Hospital geboren. "
            f"Wir benötigen drei {K('Geburtsurkunden')} (eine davon für das {K('Elterngeld')}). {'Vater' if partner.g == 'm' else 'Mutter'} des Kindes ist "
            f"{P(partner.full)}, {dob_phrase(r, partner.dob)}.",
            f"ich bitte um eine {K('beglaubigte Abschrift aus dem Geburtenregister')} für mich selbst: {P(p.full)}, "
            f"geboren am {D(fmt_dob(r, p.dob))} in Gelsenkirchen, Geburtsname {P(r.choice(LAST['de']))}. "
            f"Die {K('Gebühr')} zahle ich gern per Überweisung.",
        ]
    )
    return "Standesamt", K("Geburtsurkunde") + r.choice(["", "n", " – Anforderung"]), body


def t_fund(r: random.Random, p: Person) -> tuple[str, str, str]:
    owner = make_person(r)
    while set(name_parts(owner.full)) & set(name_parts(p.full)):
        owner = make_person(r)
    body = r.choice(
        [
            f"ich habe am {K(fmt_date(r, recent(r), 0))} in der {K('Linie 308')} eine Geldbörse gefunden. Darin lag ein "
            f"Personalausweis auf den Namen {P(owner.full)} ({E('DE_ID_CARD', make_id_card(r))}) und eine EC-Karte. "
            f"Ich gebe alles im {K('Fundbüro')} ab.",
            f"ich habe meinen Schlüsselbund mit einem roten Anhänger verloren, vermutlich am {K(fmt_date(r, recent(r), 1))} "
            f"im Stadtpark. Falls er im {K('Fundbüro')} abgegeben wird, bitte Nachricht an {M(p.email)} "
            f"oder {T(p.phone)}. Ein {K('Finderlohn')} ist selbstverständlich.",
        ]
    )
    return "Fundbüro", K("Fundsache"), body


def t_sondernutzung(r: random.Random, p: Person) -> tuple[str, str, str]:
    company = r.choice(COMPANIES)
    hr = make_hr(r)
    body = r.choice(
        [
            f"für unser Café ({company}, {court(r)} {hr}) beantragen wir eine {K('Sondernutzungserlaubnis')} "
            f"für die {K('Außengastronomie')} vor dem Haus {E('STREET_ADDRESS', make_address(r)[0])}: 6 Tische, "
            f"{K('24 Sitzplätze')}, {K('vom 01.04. bis 31.10.2026')}. Ansprechpartner ist unser Betriebsleiter "
            f"{P(make_person(r, g='m').full)}.",
            f"wir ({company}, Handelsregister {hr}) benötigen für eine {K('Baustelleneinrichtung')} eine "
            f"{K('Sondernutzung')} des Gehwegs. Zeitraum: {K(fmt_date(r, future(r), 0) + ' bis ' + fmt_date(r, date(2026, 12, 31), 0))}. "
            f"Bauleiter vor Ort: {P(make_person(r).full)}, Mobil {T(make_phone(r, mobile=True))}.",
        ]
    )
    return "Tiefbauamt", K("Sondernutzung") + r.choice(["", "serlaubnis", " Gehweg"]), body


def t_bau(r: random.Random, p: Person) -> tuple[str, str, str]:
    arch = make_person(r, origin="de")
    while set(name_parts(arch.full)) & set(name_parts(p.full)):
        arch = make_person(r, origin="de")
    az = A(make_az(r, "Bauordnungsamt"))
    body = r.choice(
        [
            f"zu unserem {K('Bauantrag')} (Aktenzeichen {az}) für den {K('Anbau eines Wintergartens')} fragen wir nach dem "
            f"Stand. Unser Architekt, Dipl.-Ing. {P(arch.full)}, hat die {K('statischen Nachweise')} bereits am "
            f"{fmt_date(r, recent(r), 0)} eingereicht.",
            f"für die {K('Nutzungsänderung')} des {K('Ladenlokals')} in der {E('STREET_ADDRESS', make_address(r)[0])} "
            f"(Geschäftszeichen {az}) reichen wir die {K('geänderten Pläne')} nach. Rückfragen bitte an "
            f"{P(arch.initial())}, {T(make_phone(r, mobile=False))}.",
        ]
    )
    return "Bauordnungsamt", K("Bauantrag") if r.random() < 0.5 else K("Nutzungsänderung"), body


def t_ehe(r: random.Random, p: Person) -> tuple[str, str, str]:
    partner = make_person(r, g="m" if p.g == "f" else "f")
    while set(name_parts(partner.full)) & set(name_parts(p.full)):
        partner = make_person(r, g="m" if p.g == "f" else "f")
    day = future(r)
    body = (
        f"wir möchten gern am {K(fmt_date(r, day, 1))} heiraten und bitten um einen Termin zur "
        f"{K('Anmeldung der Eheschließung')}. Braut/Bräutigam: {P(p.full)}, {dob_phrase(r, p.dob)}, und "
        f"{P(partner.full)}, {dob_phrase(r, partner.dob)}, beide wohnhaft {S(p)}, {L(p)}. "
        f"Welche {K('Unterlagen')} brauchen wir, da {P(partner.first)} im Ausland geboren ist?"
    )
    return "Standesamt", K("Eheschließung"), body


def t_kita(r: random.Random, p: Person) -> tuple[str, str, str]:
    son, son_dob = make_child(r, p, g="m")
    kid, kid_dob = make_child(r, p, g="f")
    body = r.choice(
        [
            f"wir suchen ab {K('August 2026')} einen {K('Kita-Platz')} für unseren Sohn {P(son)}, "
            f"{dob_phrase(r, son_dob)}. Über den {K('Kita-Navigator')} haben wir uns schon registriert. "
            f"{P(son)} spricht Deutsch und Türkisch.",
            f"meine Tochter {P(kid)} ({D(fmt_dob(r, kid_dob))}) besucht die {K('Offene Ganztagsschule')}. Ich bitte um "
            f"Ermäßigung des {K('Elternbeitrags')}, da mein Einkommen gesunken ist. Die Beitragsnummer lautet "
            f"{A(str(r.randint(100000, 999999)))}.",
        ]
    )
    return "Jugendamt", K("Elternbeitrag") if "Elternbeitrag" in body else K("Kita-Platz"), body


# fmt: off
TOPICS = [
    t_gewerbe_an, t_gewerbe_ab, t_hundesteuer, t_widerspruch, t_wohngeld, t_parkausweis, t_melde,
    t_ausweis, t_reisepass, t_laerm, t_geburt, t_fund, t_sondernutzung, t_bau, t_ehe, t_kita,
]
# fmt: on


# --------------------------------------------------------------------------------------------
# Document styles (each returns style, marked text)
# --------------------------------------------------------------------------------------------


def g_formal_letter(r: random.Random) -> tuple[str, str]:
    p = make_person(r)
    office, subject, body = r.choice(TOPICS)(r, p)
    when = recent(r)
    date_line = r.choice(
        [fmt_date(r, when, 0), f"Bochum, {fmt_date(r, when, 1)}", f"{fmt_date(r, when, 0)}"]
    )
    opening = r.choice([*OPENINGS, "Sehr geehrte Damen und Herren,"])
    ref = ""
    if r.random() < 0.25:
        ref = f"Ihr Zeichen: {A(make_az(r, office))}\n"
    text = (
        f"{address_block(r, p)}\n\n{recipient(r, office)}\n\n{date_line}\n\n{ref}"
        f"Betreff: {subject}\n\n{opening}\n\n{body}\n\n{signature(r, p)}\n"
    )
    return "formal_letter", text


def g_email(r: random.Random) -> tuple[str, str]:
    p = make_person(r)
    office, subject, body = r.choice(TOPICS)(r, p)
    when = recent(r)
    head = r.choice(
        [
            f"Von: {P(p.full)} <{M(p.email)}>\nAn: {office} Stadt Bochum\nBetreff: {subject}\n"
            f"Datum: {WEEKDAYS[when.weekday()]}, {fmt_date(r, when, 1)} {r.randint(7, 22)}:{r.randint(0, 59):02d}\n\n",
            f"From: {M(p.email)}\nSubject: {subject}\n\n",
            f"Betreff: {subject}\n\n",
        ]
    )
    greet = r.choice(
        ["Hallo,", "Guten Tag,", "Sehr geehrte Damen und Herren,", "Moin,", "Hallo zusammen,"]
    )
    sign = r.choice(
        [
            f"Gruß\n{P(p.first)}",
            f"Viele Grüße\n{P(p.full)}",
            f"LG {P(p.first)}",
            f"{P(p.full)}\n{S(p)}\n{L(p)}",
            f"Danke und Gruß\n{P(p.initial())}\nTel. {T(p.phone)}",
            f"--\n{P(p.full)}\nMobil: {T(make_phone(r, mobile=True))}\nGesendet von meinem iPhone",
        ]
    )
    return "email", f"{head}{greet}\n\n{body}\n\n{sign}\n"


def g_forwarded(r: random.Random) -> tuple[str, str]:
    clerk, colleague = distinct_persons(r, 2, origin="de")
    p = make_person(r)
    while set(name_parts(p.full)) & set(name_parts(clerk.full) + name_parts(colleague.full)):
        p = make_person(r)
    office, subject, body = r.choice(TOPICS)(r, p)
    when = recent(r)
    note = r.choice(
        [
            f"Hallo {colleague.formal()},\n\nbitte übernehmen, betrifft {K(office)}. Die Bürgerin/der Bürger hat "
            f"auch schon angerufen.\n\nGruß\n{P(clerk.initial())}",
            f"@{P(colleague.first)}: kannst du das bitte prüfen? {P(clerk.last)} ist bis {fmt_date(r, future(r), 0)} im Urlaub.",
            f"Zur Kenntnis und weiteren Veranlassung ({K(office)}).\n\n{P(clerk.full)}\nSachbearbeitung\n"
            f"Durchwahl {T('0234 910-' + str(r.randint(1000, 9999)))}",
            f"FYI – falsch bei uns gelandet, bitte an {K(office)} weiterleiten. Danke, {P(clerk.first)}",
        ]
    )
    marker = r.choice(
        [
            "---------- Weitergeleitete Nachricht ----------",
            "-----Ursprüngliche Nachricht-----",
            "Anfang der weitergeleiteten Nachricht:",
            "________________________________",
        ]
    )
    header = (
        f"Von: {P(p.full)} <{M(p.email)}>\n"
        f"Gesendet: {WEEKDAYS[when.weekday()]}, {when.day}. {MONTHS[when.month - 1]} {when.year} "
        f"{r.randint(7, 22):02d}:{r.randint(0, 59):02d}\nAn: Poststelle\nBetreff: {subject}"
    )
    quoted = f"{r.choice(OPENINGS)}\n\n{body}\n\n{signature(r, p)}"
    if r.random() < 0.4:
        quoted = "\n".join("> " + line if line else ">" for line in quoted.split("\n"))
    return "forwarded_mail", f"{note}\n\n{marker}\n{header}\n\n{quoted}\n"


def g_form(r: random.Random) -> tuple[str, str]:
    p = make_person(r)
    kind = r.choice(["anmeldung", "hund", "wohngeld", "park", "ausweis", "gewerbe"])
    sep = r.choice([": ", ":\t", " ....... ", " | "])
    rows: list[tuple[str, str]] = []
    title = {
        "anmeldung": K("Anmeldung einer Wohnung") + " (" + K("§ 17 BMG") + ")",
        "hund": K("Anmeldung zur Hundesteuer"),
        "wohngeld": K("Antrag auf Wohngeld") + " – " + K("Mietzuschuss"),
        "park": K("Antrag auf Bewohnerparkausweis"),
        "ausweis": K("Verlustanzeige Personalausweis"),
        "gewerbe": K("Gewerbe-Anmeldung") + " nach " + K("§ 14 GewO"),
    }[kind]
    if r.random() < 0.5:
        rows += [("Familienname", P(p.last)), ("Vorname(n)", P(p.first))]
    else:
        rows += [("Name, Vorname", P(p.rev()))]
    if r.random() < 0.3:
        rows.append(("Geburtsname", P(r.choice(LAST["de"] + LAST["tr"]))))
    rows.append((r.choice(["Geburtsdatum", "Geb.-Datum", "geboren am"]), D(fmt_dob(r, p.dob))))
    if r.random() < 0.5:
        # A bare birthplace is an attribute, not an address: not annotated (like nationality).
        rows.append(
            ("Geburtsort", r.choice(["Izmir", "Gdańsk", "Kharkiv", "Aleppo", "Neapel", "Hanoi"]))
        )
    if r.random() < 0.25:
        street, number = re.fullmatch(r"(.*?) (\d.*)", p.street).groups()  # type: ignore[union-attr]
        rows += [
            ("Straße", E("STREET_ADDRESS", street)),
            ("Hausnummer", E("STREET_ADDRESS", number)),
        ]
    else:
        rows.append(("Straße, Hausnummer", S(p)))
    rows.append(("PLZ, Ort", L(p)))
    if r.random() < 0.8:
        rows.append(
            (r.choice(["Telefon", "Telefon (tagsüber)", "Rufnummer", "Tel./Mobil"]), T(p.phone))
        )
    if r.random() < 0.7:
        rows.append(("E-Mail", M(p.email)))
    if kind == "hund":
        rows += [
            ("Name des Hundes", r.choice(DOG_NAMES)),
            ("Rasse", r.choice(["Labrador-Mischling", "Dackel", "Beagle", "Mischling"])),
            ("Chip-Nummer", A(make_chip(r))),
            ("Haltung seit", K(fmt_date(r, recent(r), 0))),
            ("Steuerart", K("Ersthund")),
        ]
    elif kind == "wohngeld":
        rows += [
            (
                "Rentenversicherungsnummer",
                E("DE_SOCIAL_SECURITY", fmt_sv(r, make_sv_number(r, p.dob, p.last, p.g == "f"))),
            ),
            ("Steuer-ID", E("DE_TAX_ID", fmt_steuer_id(r, make_steuer_id(r)))),
            ("Kontoinhaber/in", P(p.full)),
            ("IBAN", E("IBAN_CODE", fmt_iban(r, make_iban(r, typo=next_typo())))),
            ("BIC", r.choice(BICS)),
            ("Bruttokaltmiete", K(money(r, 350, 900))),
            ("Haushaltsmitglieder", str(r.randint(2, 5))),
        ]
    elif kind == "park":
        rows += [
            ("Amtliches Kennzeichen", E("DE_KFZ", make_kfz(r))),
            ("Halter/in", P(p.full)),
            ("Parkzone", K("Zone " + r.choice("ABCDE"))),
            ("Gebühr", K("30,00 €")),
        ]
    elif kind == "ausweis":
        rows += [
            ("Ausweisnummer", E("DE_ID_CARD", make_id_card(r, with_check=r.random() < 0.3))),
            ("Verlust bemerkt am", K(fmt_date(r, recent(r), 0))),
            ("Ort des Verlusts", K("Hauptbahnhof")),
            ("Reisepass vorhanden", "ja, Nr. " + E("DE_PASSPORT", make_passport(r))),
        ]
    elif kind == "gewerbe":
        rows += [
            (
                "Staatsangehörigkeit",
                r.choice(["deutsch", "türkisch", "polnisch", "italienisch", "syrisch"]),
            ),
            (
                "Tätigkeit",
                K(
                    r.choice(
                        ["Hausmeisterservice", "Onlinehandel", "Gebäudereinigung", "Kurierdienst"]
                    )
                ),
            ),
            ("Beginn", K(fmt_date(r, future(r), 0))),
            ("Steuerliche IdNr.", E("DE_TAX_ID", fmt_steuer_id(r, make_steuer_id(r)))),
            (
                "Registergericht/-nummer",
                f"{court(r)}, " + make_hr(r) if r.random() < 0.5 else "entfällt",
            ),
        ]
    else:
        rows += [
            ("Einzugsdatum", K(fmt_date(r, recent(r), 0))),
            (
                "Bisherige Wohnung",
                E("STREET_ADDRESS", make_address(r)[0]) + ", " + E("LOCATION", make_address(r)[1]),
            ),
            (
                "Wohnungsgeber",
                P(make_person(r, origin="de").full)
                + " ("
                + K("Wohnungsgeberbestätigung")
                + " liegt bei)",
            ),
            ("Personalausweis-Nr.", E("DE_ID_CARD", make_id_card(r))),
        ]
    if r.random() < 0.3:
        rows.insert(0, ("[x] Neuantrag  [ ] Änderung", ""))
    lines = [f"{k}{sep}{v}" if v else k for k, v in rows]
    tail = r.choice(
        [
            f"\nBochum, {fmt_date(r, recent(r), 0)}\nUnterschrift: {P(p.initial())}",
            "\nIch versichere die Richtigkeit meiner Angaben.",
            f"\n{fmt_date(r, recent(r), 0)}   gez. {P(p.last)}",
        ]
    )
    return "form", f"{title}\n\n" + "\n".join(lines) + f"\n{tail}\n"


def g_table(r: random.Random) -> tuple[str, str]:
    n = r.randint(4, 7)
    people = distinct_persons(r, n)
    layout = r.choice(["csv", "pipe", "rev_lines", "tsv"])
    title, keep = r.choice(
        [
            (K("Teilnehmerliste Erste-Hilfe-Kurs"), K("Jugendfeuerwehr")),
            (K("Warteliste Kita") + " Sonnenschein", K("Betreuungsbeginn 01.08.2026")),
            (K("Wahlhelfer") + " Stimmbezirk 12", K("Erfrischungsgeld 50 €")),
            (K("Rückstandsliste Hundesteuer"), K("Mahnstufe 2")),
            (K("Anwohnerliste Bewohnerparken") + " Zone B", K("Ausgabe ab 15.03.2026")),
            (K("Schöffenvorschlagsliste"), K("Amtsperiode 2029–2033")),
        ]
    )
    intro = r.choice(
        [
            f"{title}\nStand: {fmt_date(r, recent(r), 0)} – {keep}\n\n",
            f"Anbei die {title} ({keep}), bitte vertraulich behandeln.\n\n",
            f"{title}\n{keep}\n\n",
        ]
    )
    with_kfz = "Bewohnerparken" in title
    lines: list[str] = []
    if layout == "csv":
        cols = "Nachname;Vorname;Geburtsdatum;Straße;PLZ Ort;" + (
            "Kennzeichen" if with_kfz else "Telefon"
        )
        lines.append(cols)
        for p in people:
            last_col = E("DE_KFZ", make_kfz(r)) if with_kfz else T(p.phone)
            lines.append(
                f"{P(p.last)};{P(p.first)};{D(f'{p.dob:%d.%m.%Y}')};{S(p)};{L(p)};{last_col}"
            )
    elif layout == "pipe":
        lines.append("| Nr. | Name | geb. | Anschrift | E-Mail |")
        lines.append("|---|---|---|---|---|")
        for i, p in enumerate(people, 1):
            lines.append(
                f"| {i} | {P(p.rev())} | {D(fmt_dob(r, p.dob))} | {S(p)}, {L(p)} | {M(p.email)} |"
            )
    elif layout == "rev_lines":
        for i, p in enumerate(people, 1):
            extra = r.choice([f" – {S(p)}", f", {D(f'{p.dob:%d.%m.%Y}')}", f" ({T(p.phone)})", ""])
            lines.append(f"{i}. {P(p.rev())}{extra}")
    else:
        lines.append("Name\tVorname\tGeburtstag\tOrt")
        for p in people:
            lines.append(f"{P(p.last)}\t{P(p.first)}\t{D(f'{p.dob:%d.%m.%Y}')}\t{L(p)}")
    outro = r.choice(
        [
            f"\n\nErstellt: {K('Amt 33')}",
            "\n\nSumme: " + K(f"{n} Personen"),
            f"\n\n{K('Nur für den Dienstgebrauch')}",
        ]
    )
    return "table", intro + "\n".join(lines) + outro + "\n"


_OCR_SUBS = {
    "l": ["1", "I"],
    "I": ["l", "1"],
    "1": ["l", "I"],
    "O": ["0"],
    "0": ["O", "o"],
    "ü": ["ii", "u"],
    "ö": ["o"],
    "ä": ["a"],
    "ß": ["B", "fs"],
    "e": ["c"],
    "c": ["e"],
    "S": ["5"],
    "5": ["S"],
    "h": ["b"],
    "B": ["8"],
    "8": ["B"],
    "i": ["í", "1"],
    "g": ["q"],
    ",": ["."],
    "t": ["f"],
}


def ocr_chars(s: str, r: random.Random, rate: float) -> str:
    out: list[str] = []
    i = 0
    while i < len(s):
        if s.startswith("rn", i) and r.random() < rate * 2:
            out.append("m")
            i += 2
            continue
        c = s[i]
        if c == "m" and r.random() < rate:
            out.append("rn")
        elif c in _OCR_SUBS and r.random() < rate:
            out.append(r.choice(_OCR_SUBS[c]))
        else:
            out.append(c)
        i += 1
    return "".join(out)


def ocr_layout(s: str, r: random.Random) -> str:
    words = re.split(r"( )", s)
    out: list[str] = []
    for w in words:
        if len(w) >= 8 and w.isalpha() and r.random() < 0.12:
            cut = r.randint(3, len(w) - 3)
            w = f"{w[:cut]}-\n{w[cut:]}"
        elif w == " " and r.random() < 0.04:
            w = r.choice(["\n", "  ", " | ", " ~ ", " . "])
        out.append(w)
    return "".join(out)


def g_ocr(r: random.Random) -> tuple[str, str]:
    inner = r.choice([g_formal_letter, g_form, g_formal_letter])(r)[1]
    head = r.choice(
        ["", "[Scan] Posteingang 33 – Seite 1/1\n", "Eingangsstempel: ", "= = = = = = = =\n"]
    )
    if head == "Eingangsstempel: ":
        head = f"EINGANG {fmt_date(r, recent(r), 0)}  Stadt Bochum\n"
    return "ocr", head + inner + r.choice(["", "\n- 1 -\n", "\n¬ Seite 1 von 1"])


def typo_words(s: str, r: random.Random, rate: float) -> str:
    out: list[str] = []
    for w in re.split(r"(\W+)", s):
        if len(w) >= 5 and w.isalpha() and r.random() < rate:
            i = r.randint(1, len(w) - 3)
            op = r.randrange(3)
            if op == 0:
                w = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
            elif op == 1:
                w = w[:i] + w[i + 1 :]
            else:
                w = w[:i] + w[i] + w[i:]
        out.append(w)
    return "".join(out)


def g_informal(r: random.Random) -> tuple[str, str]:
    p = make_person(r)
    kid, _ = make_child(r, p, g="m")
    name = P(p.full.lower()) if r.random() < 0.4 else P(p.full)
    dog = r.choice(DOG_NAMES)
    body = r.choice(
        [
            f"hallo, ich bins nochmal {name} wegen dem hund {dog}. hab den jetzt seit paar wochen, "
            f"muss ich da {K('hundesteuer')} zahlen?? der ist ein {K('labrador mix')}, {K('2 jahre alt')}. "
            f"meine nr is {T(p.phone)} ruft mich einfach an danke",
            f"hi, mein sohn {P(kid.lower() if r.random() < 0.5 else kid)} braucht nen neuen {K('kinderreisepass')} "
            f"bis {K('ende juli')}, wir fliegen in die {K('türkei')}. geht das noch?? wohnen {S(p)}. "
            f"lg {P(p.first)}",
            f"guten tag ich hab post bekommen wegen {K('knöllchen')} vom {K(fmt_date(r, recent(r), 0))} über {K('35 euro')} "
            f"aber ich war das nicht, auto {E('DE_KFZ', make_kfz(r))} "
            f"stand bei mir zuhause in der {S(p)}!!! bitte melden {M(p.email)}",
            f"Hallo, sorry für die späte Antwort. Also ich heiße {name}, geb {D(fmt_dob(r, p.dob))}, und brauche "
            f"dringend nen {K('termin im bürgerbüro')} wegen {K('ummeldung')}. online geht nix, {K('seit montag')}. "
            f"Erreichbar unter {T(p.phone)} oder {M(p.email)}",
            f"moin, der {K('sperrmüll')} vor haus {S(p)} liegt seit {K('3 wochen')} da!! {K('matratzen und ein sofa')}. "
            f"das ist nicht meiner sondern vom "
            f"nachbarn {P(make_person(r, origin='de').last)}. bitte abholen. gruß {P(p.last)}",
            f"hey, kurze frage: ich hab meine {K('Steuer-ID')} verloren, steht die irgendwo? brauch die für "
            f"{K('die gewerbeanmeldung')} beim {K('Gewerbeamt')}. alte war glaub "
            f"ich {E('DE_TAX_ID', fmt_steuer_id(r, make_steuer_id(r)))} aber bin nicht sicher. {P(p.first)} aus {L(p)}",
        ]
    )
    return "informal", body + r.choice(["", "\n", "\n\nGesendet von Outlook für Android\n"])


def g_mixed(r: random.Random) -> tuple[str, str]:
    p = make_person(r, origin=r.choice(["other", "it", "ua", "ar"]))
    kid, kid_dob = make_child(r, p)
    body = r.choice(
        [
            f"Dear Sir or Madam,\n\nI am writing in English because my German is not good yet, sorry. "
            f"Mein Name ist {P(p.full)}, date of birth {D(fmt_dob(r, p.dob, english=True))}. I moved to Bochum "
            f"on {fmt_date(r, recent(r), 0)} and need to do the {K('Anmeldung')} of my new flat at {S(p)}, {L(p)}. "
            f"The landlord ({P(make_person(r, origin='de').full)}) gave me the {K('Wohnungsgeberbestätigung')}. "
            f"Could you please give me an {K('appointment')}? My phone: {T(p.phone)}.\n\nKind regards,\n{P(p.full)}",
            f"Hello,\n\nich möchte ein {K('Gewerbe anmelden')} – a small translation business. Is the "
            f"{K('Gewerbeanmeldung')} possible online? My tax ID is {E('DE_TAX_ID', fmt_steuer_id(r, make_steuer_id(r)))} and my "
            f"IBAN for the {K('Gebühr')} is {E('IBAN_CODE', fmt_iban(r, make_iban(r, r.choice(list(IBAN_SPEC)))))}.\n\n"
            f"Thanks a lot!\n{P(p.first)}\n{M(p.email)}",
            f"Hi,\n\nour child {P(kid)} (born {D(fmt_dob(r, kid_dob, english=True))}) needs a {K('Kita-Platz')} from "
            f"{K('September')}. We live at {S(p)}. Wir haben leider noch keinen {K('Kita-Gutschein')}. "
            f"Please answer to {M(p.email)} oder ruf an: {T(p.phone)}.\n\nBest,\n{P(p.full)}",
        ]
    )
    if p.cyrillic and r.random() < 0.6:
        body += f"\n({P(p.cyrillic)})"
    return "mixed_de_en", body + "\n"


def g_contact_form(r: random.Random) -> tuple[str, str]:
    p = make_person(r)
    when = recent(r)
    topic = r.choice(
        [
            (
                K("Mängelmeldung"),
                f"Schlagloch vor dem Haus {S(p)}, ca. {K('30 cm tief')}. Gefährlich für Radfahrer.",
            ),
            (
                K("Illegale Müllablagerung"),
                f"An der Ecke {K('Castroper Straße')} liegen seit Tagen Möbel. Foto anbei.",
            ),
            (
                K("Terminanfrage Bürgerbüro"),
                f"Ich brauche einen Termin für {K('Meldebescheinigung')}, geb. {D(fmt_dob(r, p.dob))}.",
            ),
            (
                K("Defekte Straßenlaterne"),
                f"Die Laterne gegenüber {S(p)} ist seit dem {fmt_date(r, recent(r), 0)} aus.",
            ),
        ]
    )
    meta = (
        f"Formular: {K('Kontakt Bürgerservice')}\nEingang: {when:%Y-%m-%d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:"
        f"{r.randint(0, 59):02d}\nIP-Adresse: {E('IP_ADDRESS', make_ip(r))}\nUser-Agent: Mozilla/5.0 (Windows NT 10.0)\n"
    )
    fields = (
        f"Anliegen: {topic[0]}\nName: {P(p.full)}\nE-Mail: {M(p.email)}\n"
        + (f"Telefon: {T(p.phone)}\n" if r.random() < 0.6 else "")
        + f"Nachricht: {topic[1]}\n"
        + f"Datenschutzhinweis gelesen: ja\nReferenz: {K('KF-' + str(r.randint(10000, 99999)))}\n"
    )
    return "contact_form", meta + fields if r.random() < 0.5 else fields + "\n--\n" + meta


def g_phone_note(r: random.Random) -> tuple[str, str]:
    clerk = make_person(r, origin="de")
    p = make_person(r)
    while set(name_parts(p.full)) & set(name_parts(clerk.full)):
        p = make_person(r)
    when = recent(r)
    office = r.choice(["Steueramt", "Wohngeldstelle", "Gewerbeamt", "Bürgerbüro", "Ordnungsamt"])
    text = r.choice(
        [
            f"TELEFONNOTIZ\nDatum: {fmt_date(r, when, 0)}, {r.randint(8, 15)}:{r.randint(0, 59):02d} Uhr\n"
            f"Anrufer: {p.formal()}\nRückruf unter: {T(p.phone)}\nAnliegen: fragt nach dem Stand seines/ihres "
            f"Antrags ({K(office)}), Az. {A(make_az(r, office))}. Bitte bis {K(fmt_date(r, future(r), 0))} zurückrufen, "
            f"{K('Vorgang dringend')}.\n"
            f"Notiert: {P(clerk.initial())}",
            f"Anruf {p.formal()} ({P(p.first)}), geb. {D(fmt_dob(r, p.dob))}, wohnh. {S(p)} – "
            f"möchte wissen, ob die {K('Zahlungserinnerung')} über {K(money(r, 20, 400))} berechtigt ist. "
            f"Hat angeblich am {fmt_date(r, recent(r), 0)} überwiesen. {K('Kassenzeichen')} {A(make_kassenzeichen(r))}. "
            f"Kollege {P(clerk.last)} klärt das. Tel. {T(p.phone)}",
        ]
    )
    return "phone_note", text + "\n"


def g_business(r: random.Random) -> tuple[str, str]:
    owner = make_person(r)
    company = r.choice(
        [
            f"Malerbetrieb {owner.last} e.K.",
            f"Bäckerei {owner.last}",
            f"{owner.last} Haustechnik GmbH",
        ]
    )
    company_m = company.replace(owner.last, P(owner.last))
    street, loc = make_address(r)
    inv_amount = money(r, 120, 9800)
    hr = make_hr(r)
    iban = E("IBAN_CODE", fmt_iban(r, make_iban(r)))
    domain = ascii_fold(owner.last).lower().replace(" ", "-")
    head = f"{company_m}\n{E('STREET_ADDRESS', street)} · {E('LOCATION', loc)}\n"
    head += f"Tel. {T(make_phone(r, mobile=False))} · {M('info@' + domain + '-' + r.choice(['bochum', 'ruhr', 'online']) + '.de')}\n"
    kind = r.choice(["rechnung", "angebot", "mahnung"])
    if kind == "rechnung":
        body = (
            f"{K('Rechnung Nr. 2026-' + str(r.randint(100, 999)))}\n{K('Leistungszeitraum')}: {fmt_date(r, recent(r), 0)}\n\n"
            f"Sehr geehrte Damen und Herren,\n\nfür die {K('Malerarbeiten im Jugendzentrum')} berechnen wir "
            f"{K(inv_amount)} inkl. MwSt. Zahlbar innerhalb von {K('14 Tagen')} ohne Abzug. Ihre Bestellung erfolgte "
            f"durch {P(make_person(r, origin='de').full)} (Amt 65)."
        )
    elif kind == "angebot":
        body = (
            f"{K('Angebot')} für die {K('Sanierung der Schultoiletten')}\n\nSehr geehrte{'' if owner.g == 'f' else 'r'} "
            f"{owner.anrede} {P(make_person(r, origin='de', g=owner.g).last)},\n\nwie besprochen bieten wir die Arbeiten "
            f"zum Festpreis von {K(inv_amount)} netto an. Das Angebot gilt bis {K(fmt_date(r, future(r), 0))}."
        )
    else:
        body = (
            f"{K('Zahlungserinnerung')}\n\nSehr geehrte Damen und Herren,\n\nunsere Rechnung vom "
            f"{fmt_date(r, recent(r), 0)} über {K(inv_amount)} ist noch offen. Ihre Kundennummer: "
            f"{A(str(r.randint(10000, 99999)))}. Wir bitten um Ausgleich bis {K(fmt_date(r, future(r), 0))}."
        )
    foot = (
        f"\n\nMit freundlichen Grüßen\n{P(owner.full)}\n\n"
        f"Inhaber{'in' if owner.g == 'f' else ''}: {P(owner.full)} · {court(r)} {hr} · "
        f"Steuer-Nr. {A(f'{r.randint(300, 350)}/{r.randint(1000, 9999)}/{r.randint(1000, 9999)}')} · IBAN {iban}\n"
    )
    return "business_letter", head + "\n" + body + foot


def g_lawyer(r: random.Random) -> tuple[str, str]:
    lawyer, client, subject = distinct_persons(r, 3)
    az = A(f"{r.randint(100, 999)}/{r.choice(['25', '26'])} {r.choice(['KL', 'MS', 'RA', 'sc'])}")
    last_street, last_loc = make_address(r)
    text = (
        f"Kanzlei {P(lawyer.last)} & Partner · Rechtsanwälte\n{E('STREET_ADDRESS', make_address(r)[0])}, "
        f"{E('LOCATION', make_address(r)[1])}\n\nStadt Bochum\n{K('Bürgerbüro – Melderegister')}\n\n"
        f"Unser Zeichen: {az}\n\n{K('Antrag auf einfache Melderegisterauskunft')} gem. {K('§ 44 BMG')}\n\n"
        f"Sehr geehrte Damen und Herren,\n\nin der Sache {P(client.full)} ./. {P(subject.full)} bitten wir um "
        f"Mitteilung der aktuellen Anschrift der Schuldnerin/des Schuldners:\n\n"
        f"{P(subject.rev())}\n{dob_phrase(r, subject.dob).strip(', ')}\nletzte bekannte Anschrift: "
        f"{E('STREET_ADDRESS', last_street)}, {E('LOCATION', last_loc)}\n\n"
        f"Die {K('Gebühr')} in Höhe von {K('10,00 €')} überweisen wir nach Rechnungsstellung. "
        f"Das berechtigte Interesse ergibt sich aus dem {K('Vollstreckungstitel')} vom {fmt_date(r, recent(r), 0)}.\n\n"
        f"Mit freundlichen Grüßen\n\n{P(lawyer.full)}\nRechtsanwalt/Rechtsanwältin\n"
        f"Tel. {T(make_phone(r, mobile=False))} · {M(ascii_fold(lawyer.last).lower().replace(' ', '') + '@kanzlei-ruhr.de')}\n"
    )
    return "lawyer_letter", text


def g_chat(r: random.Random) -> tuple[str, str]:
    a = make_person(r, g="f")
    b = make_person(r, g="m")
    while set(name_parts(a.full)) & set(name_parts(b.full)):
        b = make_person(r, g="m")
    day = recent(r)
    d = f"{day:%d.%m.%y}"
    lines = [
        f"[{d}, 09:14] {P(a.first)}: Hallo, ist das die Nummer vom {K('Bürgerbüro')}?",
        f"[{d}, 09:20] {K('Bürgerbüro')}: Guten Morgen, ja. Worum geht es?",
        f"[{d}, 09:22] {P(a.first)}: Mein Mann {P(b.first)} braucht einen {K('Termin')} für die "
        f"{K('Ummeldung')}. Wir wohnen jetzt {S(a)}.",
        f"[{d}, 09:23] {P(a.first)}: Sein Geburtsdatum ist {D(fmt_dob(r, b.dob))}, falls das hilft",
        f"[{d}, 09:31] {K('Bürgerbüro')}: Bitte buchen Sie online. Bei Problemen: {K('Montag bis Freitag 8–12 Uhr')}.",
        f"[{d}, 09:33] {P(a.first)}: Ok danke. Meine Handynummer falls was ist: {T(a.phone)}",
    ]
    return "chat", "Export Chatverlauf\n" + "\n".join(lines) + "\n"


def g_minutes(r: random.Random) -> tuple[str, str]:
    owner, tenant, clerk = distinct_persons(r, 3)
    when = recent(r)
    street, loc = make_address(r)
    kfz = E("DE_KFZ", make_kfz(r))
    text = (
        f"{K('Protokoll Ortstermin')}\nDatum: {fmt_date(r, when, 0)}, {K('10:00 Uhr')}\nOrt: {E('STREET_ADDRESS', street)}, "
        f"{E('LOCATION', loc)}\n\nAnwesend:\n- {owner.formal()} (Eigentümer{'in' if owner.g == 'f' else ''})\n"
        f"- {tenant.anrede} {P(tenant.full)} (Mieter{'in' if tenant.g == 'f' else ''}), Tel. {T(tenant.phone)}\n"
        f"- {P(clerk.initial())} ({K('Bauordnungsamt')})\n\n"
        f"1. Die {K('Schimmelbildung')} im Schlafzimmer wurde besichtigt. {P(owner.last)} sagt eine Sanierung "
        f"bis {K(fmt_date(r, future(r), 0))} zu.\n2. Das Fahrzeug {kfz} im Hof gehört {P(tenant.first)} und wird "
        f"umgeparkt.\n3. Nächster Termin nach Absprache.\n"
    )
    return "minutes", text


def g_ua_registration(r: random.Random) -> tuple[str, str]:
    p = make_person(r, origin="ua")
    kid, kid_dob = make_child(r, p)
    pas = E("DE_PASSPORT", r.choice(["FE", "FC", "EM"]) + str(r.randint(100000, 999999)))
    text = (
        f"{K('Antrag auf Aufenthaltserlaubnis')} nach {K('§ 24 AufenthG')}\n\n"
        f"Name: {P(p.full)} ({P(p.cyrillic)})\nGeburtsdatum: {D(fmt_dob(r, p.dob))}\n"
        f"Reisepass-Nr.: {pas}\nKind: {P(kid + ' ' + p.last)}, {D(f'{kid_dob:%d.%m.%Y}')}\n"
        f"Unterkunft: bei {P(make_person(r, origin='de').full)}, {S(p)}, {L(p)}\nTelefon: {T(p.phone)}\n\n"
        f"Wir sind am {K(fmt_date(r, recent(r), 0))} eingereist und bitten um {K('Fiktionsbescheinigung')}.\n"
    )
    return "form", text


def g_dsgvo(r: random.Random) -> tuple[str, str]:
    p = make_person(r)
    when = recent(r)
    ip = E("IP_ADDRESS", make_ip(r))
    text = (
        f"{address_block(r, p, contact=False)}\n\nStadt Bochum\n{K('Datenschutzbeauftragte')}\n\n"
        f"{K('Auskunftsersuchen nach Art. 15 DSGVO')}\n\n{r.choice(OPENINGS)}\n\n"
        f"bitte teilen Sie mir mit, welche Daten die Stadt über mich speichert. Zur Identifizierung: "
        f"{P(p.full)}, {dob_phrase(r, p.dob).strip(', ')}, Personalausweis {E('DE_ID_CARD', make_id_card(r))}. "
        f"Insbesondere möchte ich wissen, ob die IP-Adresse {ip}, mit der ich mich am "
        f"{fmt_date(r, when, 0)} im {K('Serviceportal')} angemeldet habe, gespeichert wurde und wie lange. "
        f"Die Antwort bitte an {M(p.email)}. Die {K('Frist von einem Monat')} ergibt sich aus "
        f"{K('Art. 12 Abs. 3 DSGVO')}.\n\n{signature(r, p)}\n"
    )
    return "formal_letter", text


def g_portal_error(r: random.Random) -> tuple[str, str]:
    p = make_person(r)
    ips = list(dict.fromkeys(make_ip(r) for _ in range(r.randint(1, 2))))
    ip_txt = " bzw. ".join(E("IP_ADDRESS", ip) for ip in ips)
    text = (
        f"Betreff: {K('Fehler im Serviceportal')} – {K('Online-Antrag Wohngeld')}\n\nHallo,\n\n"
        f'beim Absenden des Antrags kommt immer "{K("Fehler 502 – Bad Gateway")}". Ich habe es von zu '
        f"Hause ({ip_txt}) und vom Handy probiert. Mein Konto im Portal läuft über {M(p.email)}, "
        f"angelegt auf {P(p.full)}. Bitte um Hilfe, die {K('Antragsfrist')} endet am "
        f"{K(fmt_date(r, future(r), 0))}.\n\nDanke\n{P(p.first)}\n"
    )
    return "email", text


def g_owi(r: random.Random) -> tuple[str, str]:
    holder = make_person(r)
    driver = make_person(r, origin="de", g="m")
    while set(name_parts(holder.full)) & set(name_parts(driver.full)):
        driver = make_person(r, origin="de", g="m")
    kfz = E("DE_KFZ", make_kfz(r))
    when = recent(r)
    az = A(make_az(r, "Ordnungsamt"))
    licence = (
        r.choice("BJNKF")
        + "".join(r.choice("0123456789") for _ in range(4))
        + r.choice("ABCXYZ")
        + "".join(r.choice("0123456789") for _ in range(5))
    )
    if r.random() < 0.5:
        text = (
            f"{K('Anhörungsbogen')} – {K('Verkehrsordnungswidrigkeit')}\nAktenzeichen: {az}\n\n"
            f"Tatzeit: {fmt_date(r, when, 0)}, {r.randint(6, 22)}:{r.randint(0, 59):02d} Uhr\n"
            f"Kennzeichen: {kfz}\n"
            f"Vorwurf: {K('Überschreitung der zulässigen Höchstgeschwindigkeit um 14 km/h')}\n\n"
            f"Angaben zur Person des Fahrers / der Fahrerin:\nName, Vorname: {P(driver.rev())}\n"
            f"Geburtsdatum: {D(fmt_dob(r, driver.dob))}\nAnschrift: {S(driver)}, {L(driver)}\n"
            f"Führerscheinnummer: {A(licence)}\n\nIch bin nicht selbst gefahren. "
            f"Halter{'in' if holder.g == 'f' else ''}: {P(holder.full)}\n"
        )
        return "form", text
    text = (
        f"{r.choice(OPENINGS)}\n\nzu Ihrem Schreiben (Az. {az}) wegen des {K('Parkverstoßes')} am "
        f"{fmt_date(r, when, 1)}: Das Fahrzeug {kfz} wurde an diesem Tag von meinem Sohn "
        f"{P(driver.first)} gefahren, der bei mir wohnt. Ich bitte, das {K('Verwarnungsgeld')} von "
        f"{K('25,00 €')} an ihn zu richten.\n\n{signature(r, holder)}\n"
    )
    return "formal_letter", text


def g_employer(r: random.Random) -> tuple[str, str]:
    p = make_person(r)
    clerk = make_person(r, origin="de")
    while set(name_parts(p.full)) & set(name_parts(clerk.full)):
        clerk = make_person(r, origin="de")
    company = r.choice(COMPANIES)
    sv = E("DE_SOCIAL_SECURITY", fmt_sv(r, make_sv_number(r, p.dob, p.last, p.g == "f")))
    tid = E("DE_TAX_ID", fmt_steuer_id(r, make_steuer_id(r)))
    months = ", ".join(money(r, 1800, 4200) for _ in range(3))
    since = fmt_date(r, rand_date(r, date(2010, 1, 1), date(2025, 1, 1)), 0)
    text = (
        f"{company}\nPersonalabteilung\n{court(r)} {make_hr(r)}\n\n"
        f"{K('Verdienstbescheinigung')} zur Vorlage bei der {K('Wohngeldstelle')}\n\n"
        f"Beschäftigte/r: {P(p.full)}\nGeburtsdatum: {D(fmt_dob(r, p.dob))}\n"
        f"Personalnummer: {A(str(r.randint(10000, 99999)))}\nSozialversicherungsnummer: {sv}\n"
        f"Steuer-Identifikationsnummer: {tid}\nBeschäftigt seit: {since}\n\n"
        f"Bruttoentgelt der letzten drei Monate: {months}\n"
        f"Sonderzahlungen im {K('Bewilligungszeitraum')}: {K('keine')}\n\n"
        f"{P(clerk.initial())}, Personalabteilung, Tel. {T(make_phone(r, mobile=False))}\n"
    )
    return "form", text


def g_sepa(r: random.Random) -> tuple[str, str]:
    p = make_person(r)
    country = r.choice(["DE", "DE", "DE", "NL", "AT", "PL", "TR", "IT", "FR", "ES", "BE"])
    iban = E("IBAN_CODE", fmt_iban(r, make_iban(r, country, typo=next_typo())))
    kz = A(make_kassenzeichen(r))
    purpose = r.choice(["Grundbesitzabgaben", "Hundesteuer", "Elternbeiträge OGS", "Gewerbesteuer"])
    text = (
        f"{K('SEPA-Lastschriftmandat')}\nGläubiger: Stadt Bochum, {K('Stadtkasse')}\n"
        f"Verwendungszweck: {K(purpose)}, Kassenzeichen {kz}\n\n"
        f"Ich ermächtige die Stadt Bochum, Zahlungen von meinem Konto mittels Lastschrift einzuziehen.\n\n"
        f"Kontoinhaber/in: {P(p.rev() if r.random() < 0.5 else p.full)}\n"
        f"Anschrift: {S(p)}, {L(p)}\nIBAN: {iban}\nBIC: {r.choice(BICS)}\n"
        f"Gültig ab: {K(fmt_date(r, future(r), 0))}\n\n{fmt_date(r, recent(r), 0)}, {P(p.initial())}\n"
    )
    return "form", text


# fmt: off
STYLE_GENERATORS = [
    g_formal_letter, g_formal_letter, g_email, g_email, g_forwarded, g_form, g_form, g_table, g_ocr,
    g_informal, g_mixed, g_contact_form, g_phone_note, g_business, g_lawyer, g_chat, g_minutes,
    g_ua_registration, g_ocr, g_informal, g_dsgvo, g_portal_error, g_owi, g_employer,
    g_sepa,
]
# fmt: on

# --------------------------------------------------------------------------------------------
# PII-free administrative texts
# --------------------------------------------------------------------------------------------


def clean_texts(r: random.Random) -> list[tuple[str, str]]:
    y = 2026
    vorlage = f"{y}{r.randint(1000, 1999)}"
    d1 = fmt_date(r, future(r), 0)
    d2 = fmt_date(r, future(r), 0)
    texts = [
        (
            "ratsbeschluss",
            f"{K('Beschluss des Rates')} der Stadt Bochum vom {K('12.03.2026')}\n\nVorlage {K(vorlage)}\n"
            f"Betreff: {K('Fortschreibung des Nahverkehrsplans')}\n\nDer Rat der Stadt beschließt die Fortschreibung des "
            f"Nahverkehrsplans in der Fassung der Anlage 1. Die Verwaltung wird beauftragt, die Maßnahmen der "
            f"Prioritätsstufe A bis {K('Ende 2027')} umzusetzen. Die Mehrkosten von {K('1.245.000,00 €')} werden im "
            f"Haushaltsjahr 2027 veranschlagt.\n\nAbstimmungsergebnis: 48 Ja-Stimmen, 21 Nein-Stimmen, 3 Enthaltungen.\n",
        ),
        (
            "amtsblatt",
            f"{K('Amtsblatt der Stadt Bochum')} – Ausgabe 9/2026\n\n{K('Öffentliche Bekanntmachung')}\n"
            f"{K('Bebauungsplan Nr. 1012')} – Ostpark, 2. Änderung\n\nDer Entwurf des Bebauungsplans liegt in der Zeit "
            f"{K('vom 02.03.2026 bis einschließlich 03.04.2026')} im Technischen Rathaus, 3. Etage, während der "
            f"Dienststunden öffentlich aus. Stellungnahmen können während dieser Frist schriftlich oder zur Niederschrift "
            f"abgegeben werden. Nicht fristgerecht abgegebene Stellungnahmen können gemäß {K('§ 4a Abs. 6 BauGB')} "
            f"unberücksichtigt bleiben.\n",
        ),
        (
            "amtsblatt",
            f"{K('Haushaltssatzung')} der Stadt Bochum für das {K('Haushaltsjahr 2026')}\n\n§ 1\nDer Haushaltsplan wird im "
            f"Ergebnisplan mit dem Gesamtbetrag der Erträge auf {K('1.812.345.600 EUR')} und dem Gesamtbetrag der "
            f"Aufwendungen auf 1.867.901.200 EUR festgesetzt.\n\n§ 6\nDie Steuersätze werden wie folgt festgesetzt: "
            f"Grundsteuer B {K('645 v. H.')}, Gewerbesteuer 495 v. H.\n",
        ),
        (
            "service_page",
            f"{K('Hundesteuer')}\n\nWer in Bochum einen Hund hält, muss ihn innerhalb von {K('zwei Wochen')} beim "
            f"Steueramt anmelden. Die Steuer beträgt jährlich {K('156,00 €')} für den ersten Hund, 216,00 € für jeden "
            f"weiteren Hund und {K('780,00 €')} für einen gefährlichen Hund. Die Hundesteuermarke ist gut sichtbar am "
            f"Halsband zu tragen. Die Anmeldung ist online oder schriftlich möglich.\n",
        ),
        (
            "service_page",
            f"{K('Gewerbeanmeldung')}\n\nWer ein stehendes Gewerbe beginnt, muss dies nach {K('§ 14 GewO')} gleichzeitig "
            f"anzeigen. Die Anmeldung erfolgt bevorzugt online über das {K('Wirtschafts-Service-Portal.NRW')}. "
            f"Die Gebühr beträgt {K('26,00 €')}. Benötigt werden ein gültiges Ausweisdokument, bei juristischen Personen "
            f"ein Auszug aus dem Handelsregister und bei erlaubnispflichtigen Tätigkeiten die Erlaubnis.\n",
        ),
        (
            "service_page",
            f"{K('Bewohnerparkausweis')}\n\nAnwohnerinnen und Anwohner einer {K('Bewohnerparkzone')} können einen Ausweis "
            f"für ein Fahrzeug beantragen, das auf sie zugelassen ist oder das sie dauerhaft nutzen. Der Ausweis gilt "
            f"{K('ein Jahr')} und kostet {K('30,00 €')}. Dem Antrag sind der Fahrzeugschein und ggf. eine "
            f"Nutzungsbestätigung des Arbeitgebers beizufügen.\n",
        ),
        (
            "minutes",
            f"{K('Niederschrift')} über die 14. Sitzung des {K('Ausschusses für Umwelt und Klimaschutz')}\n\n"
            f"TOP 1 Genehmigung der Tagesordnung – einstimmig.\nTOP 2 Bericht der Verwaltung zum {K('Baumkataster')}: "
            f"Im Stadtgebiet wurden 2025 insgesamt 1.130 Bäume nachgepflanzt.\nTOP 3 Anfrage der Fraktion zum "
            f"Förderprogramm Dachbegrünung – die Verwaltung antwortet schriftlich.\nTOP 4 Verschiedenes – keine "
            f"Wortmeldungen.\n\nDie Sitzung endet um {K('19:42 Uhr')}.\n",
        ),
        (
            "notice",
            f"{K('Straßensperrung')}: Die {K('Hattinger Straße')} wird zwischen der Einmündung Wiemelhauser Straße und "
            f"dem Springerplatz {K(f'vom {d1} bis {d2}')} voll gesperrt. Grund sind {K('Kanalbauarbeiten')}. "
            f"Eine Umleitung über die Königsallee ist ausgeschildert. Die Buslinien 353 und 354 fahren eine Umleitung.\n",
        ),
        (
            "notice",
            f"{K('Abfallkalender')} 2026: Ab Kalenderwoche 14 wird die {K('Biotonne')} in den Sommermonaten wöchentlich "
            f"geleert. Die Termine der {K('Sperrmüllabfuhr')} können online eingesehen werden. Weihnachtsbäume werden "
            f"{K('ab dem 07.01.2027')} abgeholt.\n",
        ),
        (
            "notice",
            f"{K('Wahlbekanntmachung')}\n\nDie Wahlräume sind am Wahltag von {K('8 bis 18 Uhr')} geöffnet. Das Stadtgebiet "
            f"ist in 210 allgemeine Wahlbezirke eingeteilt. Wer einen {K('Wahlschein')} hat, kann durch {K('Briefwahl')} "
            f"wählen. Anträge auf Erteilung eines Wahlscheins können bis zum zweiten Tag vor der Wahl, 18 Uhr, "
            f"gestellt werden.\n",
        ),
        (
            "satzung",
            f"{K('Satzung zur Änderung der Gebührensatzung')} für das Bestattungswesen\n\nArtikel 1\n§ 3 Abs. 2 erhält "
            f"folgende Fassung: „Die Gebühr für ein {K('Reihengrab')} beträgt {K('1.480,00 €')}.“\n\nArtikel 2\nDiese "
            f"Satzung tritt am {K('01.01.2027')} in Kraft.\n",
        ),
        (
            "service_page",
            f"{K('Fundbüro')}\n\nFundsachen, die in Bussen und Bahnen gefunden werden, gibt das Verkehrsunternehmen nach "
            f"{K('sieben Tagen')} an das Fundbüro ab. Fundsachen werden {K('sechs Monate')} aufbewahrt. Öffnungszeiten: "
            f"{K('Montag bis Donnerstag 8.00 bis 15.30 Uhr')}, Freitag 8.00 bis 12.00 Uhr.\n",
        ),
        (
            "service_page",
            f"{K('Eheschließung')}\n\nFür die Anmeldung der Eheschließung benötigen Sie in der Regel einen gültigen "
            f"Personalausweis oder Reisepass, eine {K('beglaubigte Abschrift aus dem Geburtenregister')} und eine "
            f"{K('erweiterte Meldebescheinigung')}. Bei Auslandsbezug können weitere Unterlagen erforderlich sein. "
            f"Die Gebühr für die Anmeldung beträgt {K('60,00 €')}.\n",
        ),
        (
            "service_page",
            f"{K('Wohngeld')}\n\nWohngeld ist ein Zuschuss zur Miete ({K('Mietzuschuss')}) oder zur Belastung bei "
            f"selbstgenutztem Eigentum ({K('Lastenzuschuss')}). Die Höhe hängt von der Zahl der Haushaltsmitglieder, "
            f"dem Einkommen und der Miete ab. Seit dem {K('01.01.2025')} gelten neue Höchstbeträge. Über den Antrag "
            f"entscheidet die Wohngeldstelle in der Regel innerhalb von {K('acht Wochen')}.\n",
        ),
        (
            "notice",
            f"{K('Kanalbauarbeiten')} in der Castroper Straße dauern voraussichtlich bis {K('Ende Mai 2026')}. "
            f"Die Zufahrt zu den Grundstücken bleibt gewährleistet. Die Stadt bittet um Verständnis für die "
            f"Einschränkungen. Die Baukosten betragen rund {K('2,3 Millionen Euro')} und werden zu 70 Prozent aus "
            f"{K('Landesmitteln')} gefördert.\n",
        ),
        (
            "press_release",
            f"{K('Pressemitteilung')}\n\nStadt eröffnet neues Bürgerbüro in Wattenscheid\n\nAb dem {K('02.11.2026')} "
            f"können Bürgerinnen und Bürger im neuen {K('Bürgerbüro Wattenscheid')} Ausweise beantragen, Wohnsitze "
            f"anmelden und Meldebescheinigungen erhalten. Termine können online gebucht werden; spontane Besuche sind "
            f"{K('dienstags von 8 bis 12 Uhr')} möglich.\n",
        ),
        (
            "service_page",
            f"{K('Förderprogramme für Gründungen')}\n\nDas {K('NRW.Mikrodarlehen')} bietet bis zu {K('50.000 €')} für "
            f"Gründungen; vorher ist eine Beratung in einem {K('STARTERCENTER NRW')} nötig. Das Gründungsstipendium "
            f"NRW beträgt {K('1.200 € monatlich')} für bis zu zwölf Monate. Stand der Angaben: {K('November 2026')}.\n",
        ),
        (
            "agenda",
            f"{K('Tagesordnung')} der Sitzung der {K('Bezirksvertretung Mitte')} am {d1}\n\nÖffentlicher Teil\n"
            f"1. Eröffnung der Sitzung\n2. Einwohnerfragestunde\n3. {K('Umgestaltung des Husemannplatzes')} – "
            f"Vorlage {vorlage}/1\n4. Verkehrsberuhigung im Ehrenfeld – Antrag der Fraktionen\n5. Mitteilungen der "
            f"Verwaltung\n\nNichtöffentlicher Teil\n6. Grundstücksangelegenheiten\n",
        ),
        (
            "budget_table",
            f"{K('Teilergebnisplan')} Produktbereich 02 – {K('Sicherheit und Ordnung')}\n\n"
            f"Produktgruppe;Bezeichnung;Ansatz 2026;Ansatz 2027\n0201;Ordnungsangelegenheiten;4.512.300;4.620.100\n"
            f"0202;Bürgerdienste;{K('11.804.500')};12.010.900\n0203;Verkehrsangelegenheiten;2.975.000;3.040.500\n"
            f"0204;Brandschutz;38.400.200;39.212.000\n\nBeträge in {K('Euro')}.\n",
        ),
        (
            "satzung",
            f"{K('Hundesteuersatzung')}\n\n§ 4 Steuersatz\n(1) Die Steuer beträgt jährlich a) wenn nur ein Hund gehalten "
            f"wird: {K('156,00 Euro')}, b) wenn zwei Hunde gehalten werden: je Hund 216,00 Euro.\n(2) Für gefährliche "
            f"Hunde im Sinne des {K('§ 3 LHundG NRW')} beträgt die Steuer 780,00 Euro.\n",
        ),
        (
            "allgemeinverfuegung",
            f"{K('Allgemeinverfügung')} über ein {K('Feuerwerksverbot')} in der Innenstadt\n\nIn der Zeit vom "
            f"{K('31.12.2026, 18:00 Uhr')}, bis 01.01.2027, 6:00 Uhr, ist das Abbrennen von Feuerwerkskörpern der "
            f"Kategorie F2 im Bereich des Bermudadreiecks untersagt. Die Verfügung ist sofort vollziehbar "
            f"({K('§ 80 Abs. 2 Nr. 4 VwGO')}).\n",
        ),
        (
            "service_page",
            f"{K('Gaststättenerlaubnis')}\n\nEine Erlaubnis nach {K('§ 2 GastG')} ist nur erforderlich, wenn alkoholische "
            f"Getränke ausgeschenkt werden. Für ein Straßenfest genügt eine {K('Gestattung')} nach § 12 GastG, die "
            f"spätestens {K('vier Wochen')} vorher zu beantragen ist.\n",
        ),
        (
            "tender",
            f"{K('Öffentliche Ausschreibung')}\n\nVergabenummer {K('2026-0173-66')}\nLeistung: {K('Winterdienst')} auf "
            f"Radwegen, Lose 1 bis 4\nAusführungsfrist: 01.11.2026 bis 31.03.2027\nAngebotsfrist: {K(d2 + ', 10:00 Uhr')}\n"
            f"Die Vergabeunterlagen stehen auf der Vergabeplattform des Landes zum Download bereit.\n",
        ),
        (
            "statistics",
            f"{K('Bevölkerungsstatistik')}\n\nZum {K('31.12.2025')} lebten in der Stadt 364.920 Menschen mit Hauptwohnsitz. "
            f"Das sind 1.204 mehr als im Vorjahr. Der Anteil der über 65-Jährigen liegt bei {K('23,1 Prozent')}. "
            f"Im Jahr 2025 wurden 3.012 Geburten und 4.388 Sterbefälle beurkundet.\n",
        ),
        (
            "internal",
            f"{K('Dienstanweisung Posteingang')}\n\n1. Der digitale Posteingang ist {K('täglich bis 10 Uhr')} zu sichten.\n"
            f"2. Schreiben mit Fristsetzung werden mit dem Vermerk „{K('Frist')}“ versehen.\n3. Widersprüche werden "
            f"binnen {K('drei Arbeitstagen')} an das zuständige Amt weitergeleitet.\n4. Personenbezogene Daten dürfen "
            f"nicht an private Postfächer weitergeleitet werden.\n",
        ),
        (
            "reply_template",
            f"Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Anfrage zur {K('Grundsteuerreform')}. Die neuen "
            f"{K('Grundsteuerbescheide')} werden im Laufe des Monats {K('Februar')} versandt. Bitte sehen Sie von "
            f"Rückfragen vor Erhalt des Bescheids ab.\n\nMit freundlichen Grüßen\nIhr Steueramt\n",
        ),
    ]
    return texts


# --------------------------------------------------------------------------------------------
# Assembly and checks
# --------------------------------------------------------------------------------------------

style_of_doc: dict[str, str] = {}
STATS = {"iban_typos": 0, "retries": 0, "iban_draws": 0}
RETRY_REASONS: list[str] = []
ALL_NAME_WORDS: list[str] = []


def _collect_name_words() -> list[str]:
    words: list[str] = []
    for pool in FIRST.values():
        words += [w for n, _ in pool for w in name_parts(n)]
    for pool2 in LAST.values():
        words += [w for n in pool2 for w in name_parts(n)]
    words += [w for pair in LAST_PL for n in pair for w in name_parts(n)]
    words += [w for a, b, _ in FIRST_UA for w in name_parts(a) + name_parts(b)]
    words += [w for a, b in LAST_UA for w in name_parts(a) + name_parts(b)]
    words += [w for n in LAST_VN for w in name_parts(n) + name_parts(ascii_fold(n))]
    words += [w for n, _ in GIVEN_VN for w in name_parts(n) + name_parts(ascii_fold(n))]
    words += [w for a, b, _ in OTHER for w in name_parts(a) + name_parts(b)]
    words += [w for w in CHILD_NAMES if len(w) >= 3]
    return sorted(set(words))


class CorpusError(Exception):
    pass


def assemble(
    doc_id: str, kind: str, style: str, marked: str, r: random.Random
) -> dict[str, object]:
    noise = style == "ocr"
    informal = style == "informal"
    text_parts: list[str] = []
    spans: list[dict[str, object]] = []
    keep: list[str] = []
    pos = 0
    for seg_kind, seg in segments(marked):
        if seg_kind is None:
            if noise:
                seg = ocr_layout(ocr_chars(seg, r, 0.035), r)
            elif informal:
                seg = typo_words(seg, r, 0.08)
        elif seg_kind != "KEEP" and noise:
            seg = ocr_chars(seg, r, 0.03)
        if seg_kind == "KEEP":
            if seg not in keep:
                keep.append(seg)
        elif seg_kind is not None:
            spans.append({"start": pos, "end": pos + len(seg), "type": seg_kind, "text": seg})
        text_parts.append(seg)
        pos += len(seg)
    text = "".join(text_parts)
    keep = keep[:8]
    style_of_doc[doc_id] = style
    check(doc_id, kind, text, spans, keep)
    return {"id": doc_id, "kind": kind, "style": style, "text": text, "spans": spans, "keep": keep}


def _covered(spans: list[dict[str, object]], start: int, end: int) -> bool:
    return any(s["start"] <= start and end <= s["end"] for s in spans)  # type: ignore[operator]


# A name inside the name of a street or a public building ("Hans-Böckler-Straße",
# "Willy-Brandt-Platz", "Gustav-Heinemann-Schule") names no one in the text.
_PUBLIC_COMPOUND = re.compile(
    r"[\w]+(?:-[\w]+)*-(?:Straße|Str\.|Platz|Allee|Weg|Ring|Schule|Gymnasium|Haus|Halle|Stadion)\b"
)


def check(
    doc_id: str, kind: str, text: str, spans: list[dict[str, object]], keep: list[str]
) -> None:
    def fail(msg: str) -> None:
        raise CorpusError(f"{doc_id}: {msg}")

    if "⟦" in text or "⟧" in text or "⟪" in text or "⟫" in text:
        fail("markup left in text")
    if not 3 <= len(keep) <= 8:
        fail(f"{len(keep)} keep phrases (need 3-8): {keep}")
    last_end = -1
    for s in spans:
        start, end, value = s["start"], s["end"], s["text"]
        assert isinstance(start, int) and isinstance(end, int) and isinstance(value, str)
        if text[start:end] != value:
            fail(f"span text mismatch at {start}:{end}: {text[start:end]!r} != {value!r}")
        if value != value.strip() or not value:
            fail(f"span with outer whitespace: {value!r}")
        if start < last_end:
            fail(f"overlapping spans at {start}")
        last_end = end
        if s["type"] not in TYPES:
            fail(f"unknown type {s['type']}")
        if s["type"] == "IBAN_CODE" and not re.fullmatch(r"[A-Z]{2}\w{2}[\w ]+", value):
            fail(f"bad IBAN {value!r}")
    for phrase in keep:
        found = [m.start() for m in re.finditer(re.escape(phrase), text)]
        if not found:
            fail(f"keep phrase missing: {phrase!r}")
        for at in found:
            if any(s["start"] < at + len(phrase) and at < s["end"] for s in spans):  # type: ignore[operator]
                fail(f"keep phrase {phrase!r} overlaps a personal span")
    # Every personal string must be marked wherever it stands.
    for s in spans:
        value = str(s["text"])
        # A bare house number ("5") also stands in dates and amounts: nothing to check there.
        for m in re.finditer(re.escape(value), text) if len(value) >= 4 else ():
            if not _covered(spans, m.start(), m.end()):
                fail(f"unmarked occurrence of {s['type']} {value!r} at {m.start()}")
        if s["type"] == "PERSON":
            for part in name_parts(value):
                for m in re.finditer(rf"(?<!\w){re.escape(part)}(?!\w)", text):
                    if not _covered(spans, m.start(), m.end()):
                        fail(f"unmarked name part {part!r} at {m.start()}")
    # No known name word may stand unmarked (catches template slips).
    for word in ALL_NAME_WORDS:
        for m in re.finditer(rf"(?<![\w@.]){re.escape(word)}(?![\w@])", text):
            if _covered(spans, m.start(), m.end()) or _PUBLIC_COMPOUND.match(text, m.start()):
                continue
            fail(
                f"unmarked name word {word!r} at {m.start()}: …{text[max(0, m.start() - 30) : m.end() + 30]!r}…"
            )
    if kind == "clean":
        if spans:
            fail("clean text with spans")
        patterns = {
            "e-mail": r"@",
            "phone": r"(?<!\d)(?:\+\d{2}|0\d{2,4})[ /-]?\d{3,}",
            "iban": r"\b[A-Z]{2}\d{2} ?\d{4}",
            "plz+city": r"(?<!\d)\d{5} [A-ZÄÖÜ][a-zäöü]",
            "salutation+name": r"\b(?:Herrn?|Frau|Hr\.|Fr\.) (?!und\b)[A-ZÄÖÜ]",
            "street+number": r"(?:straße|str\.|weg|allee|platz|ring) \d",
            "kfz": r"\b[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} ?\d{1,4}\b",
            "register": r"\bHR[AB] \d",
            "ip": r"\b(?:192\.0\.2|198\.51\.100|203\.0\.113)\.\d|2001:db8",
        }
        if style_of_doc.get(doc_id, "").startswith("hw_"):
            # Hand-written PII-free texts quote public office numbers and Drucksache numbers
            # on purpose: the redactor must leave them readable.
            patterns.pop("phone")
            # They also give the addresses of public buildings (town hall, library, museum),
            # which must stay readable as well.
            patterns.pop("street+number")
            patterns.pop("plz+city")
        for what, pattern in patterns.items():
            m = re.search(pattern, text, re.I if what == "street+number" else 0)
            if m:
                fail(f"clean text looks personal ({what}): {m.group()!r}")
    elif not spans:
        fail("pii text without spans")


def build() -> list[dict[str, object]]:
    ALL_NAME_WORDS[:] = _collect_name_words()
    r = random.Random(SEED)
    docs: list[dict[str, object]] = []
    for i in range(N_PII):
        gen = STYLE_GENERATORS[i % len(STYLE_GENERATORS)]
        for attempt in range(20):
            state = r.getstate()
            style, marked = gen(r)
            try:
                docs.append(assemble(f"pii-{i + 1:03d}", "pii", style, marked, r))
                break
            except CorpusError as exc:
                # Accidental collisions (two persons sharing a name part, a birthplace that is
                # also a sender's town) are drawn again; a template bug fails after 20 tries.
                STATS["retries"] += 1
                RETRY_REASONS.append(str(exc))
                if attempt == 19:
                    raise
                r.setstate(state)
                r.random()
    for j, (style, marked) in enumerate(clean_texts(r)):
        docs.append(assemble(f"clean-{j + 1:03d}", "clean", style, marked, r))
    # Hand-written documents (no random draws, no noise: written as they are).
    for k, (style, text) in enumerate(handwritten.PII):
        docs.append(assemble(f"hw-{k + 1:03d}", "pii", style, handwritten.to_markup(text), r))
    for k, (style, text) in enumerate(handwritten.CLEAN):
        docs.append(
            assemble(f"hw-clean-{k + 1:03d}", "clean", style, handwritten.to_markup(text), r)
        )
    return docs


def summary(docs: list[dict[str, object]]) -> None:
    by_type: dict[str, int] = {}
    by_style: dict[str, int] = {}
    for doc in docs:
        by_style[str(doc["style"])] = by_style.get(str(doc["style"]), 0) + 1
        for s in doc["spans"]:  # type: ignore[attr-defined]
            by_type[s["type"]] = by_type.get(s["type"], 0) + 1
    n_pii = sum(1 for d in docs if d["kind"] == "pii")
    STATS["iban_typos"] = sum(
        1
        for d in docs
        for s in d["spans"]  # type: ignore[attr-defined]
        if s["type"] == "IBAN_CODE" and d["style"] != "ocr" and not iban_valid(s["text"])
    )
    print(f"{len(docs)} documents ({n_pii} pii, {len(docs) - n_pii} clean) → {OUT}")
    print("spans by type: " + ", ".join(f"{t} {by_type.get(t, 0)}" for t in TYPES))
    print("documents by style: " + ", ".join(f"{k} {v}" for k, v in sorted(by_style.items())))
    print(
        f"IBANs with a deliberate typo: {STATS['iban_typos']}; redrawn documents: {STATS['retries']}"
    )
    for reason in RETRY_REASONS:
        print("  redrawn:", reason[:160])
    missing = [t for t in TYPES if by_type.get(t, 0) < 3]
    if missing or n_pii < 80 or len(docs) - n_pii < 20 or STATS["iban_typos"] < 2:
        raise SystemExit(f"corpus too thin: types {missing}, typos {STATS['iban_typos']}")


def main() -> None:
    docs = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    summary(docs)


if __name__ == "__main__":
    sys.exit(main())
