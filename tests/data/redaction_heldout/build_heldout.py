"""Build the held-out German redaction corpus ``corpus.jsonl`` next to this script.

    .venv/bin/python tests/data/redaction_heldout/build_heldout.py

The corpus is written independently of the development corpus (own name lists, streets,
phrasing and layouts) so that it can serve as a held-out test set for ``bench/redaction.py``.
It is deterministic (``random.Random(4711)``), needs no network and no Faker.

Each line is one JSON object::

    {"id", "kind": "pii"|"clean", "style", "text",
     "spans": [{"start", "end", "type", "text"}], "keep": [...]}

Templates are f-strings in which personal strings are wrapped in markers (``per(...)``,
``adr(...)`` ...); ``render`` strips the markers and records exact character offsets. Every
document is validated before it is written: offsets reproduce the span text, spans do not
overlap, IBANs pass mod-97, tax IDs pass ISO 7064 MOD 11,10, every further occurrence of a
personal string (and of every name part) lies inside a span, keep phrases occur outside spans,
and PII-free texts carry no spans and no name from the PII documents.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import ClassVar

HERE = Path(__file__).resolve().parent
OUT = HERE / "corpus.jsonl"
SEED = 4711

TYPES = {
    "PERSON",
    "STREET_ADDRESS",
    "LOCATION",
    "DATE_OF_BIRTH",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "IBAN_CODE",
    "DE_TAX_ID",
    "DE_SOCIAL_SECURITY",
    "DE_ID_CARD",
    "DE_PASSPORT",
    "DE_KFZ",
    "DE_AKTENZEICHEN",
    "DE_HANDELSREGISTER",
    "IP_ADDRESS",
}

# --------------------------------------------------------------------------------------------
# markers

_MARK = re.compile("⟦([A-Z_]+)¦(.*?)⟧", re.S)


def _marker(kind: str) -> Callable[[str], str]:
    def mark(value: str) -> str:
        if not value or any(ch in value for ch in "⟦¦⟧\n"):
            raise ValueError(f"bad {kind} value {value!r}")
        if value != value.strip():
            raise ValueError(f"{kind} value with outer whitespace: {value!r}")
        return f"⟦{kind}¦{value}⟧"

    return mark


per = _marker("PERSON")
adr = _marker("STREET_ADDRESS")
ort = _marker("LOCATION")
geb = _marker("DATE_OF_BIRTH")
tel = _marker("PHONE_NUMBER")
mail = _marker("EMAIL_ADDRESS")
iban = _marker("IBAN_CODE")
stid = _marker("DE_TAX_ID")
svn = _marker("DE_SOCIAL_SECURITY")
pa = _marker("DE_ID_CARD")
rp = _marker("DE_PASSPORT")
kfz = _marker("DE_KFZ")
az = _marker("DE_AKTENZEICHEN")
hr = _marker("DE_HANDELSREGISTER")
ip = _marker("IP_ADDRESS")


def render(template: str) -> tuple[str, list[dict[str, object]]]:
    out: list[str] = []
    spans: list[dict[str, object]] = []
    pos = last = 0
    for m in _MARK.finditer(template):
        plain = template[last : m.start()]
        out.append(plain)
        pos += len(plain)
        kind, value = m.group(1), m.group(2)
        spans.append({"start": pos, "end": pos + len(value), "type": kind, "text": value})
        out.append(value)
        pos += len(value)
        last = m.end()
    out.append(template[last:])
    text = "".join(out)
    if any(ch in text for ch in "⟦¦⟧"):
        raise ValueError("unbalanced marker in template")
    return text, spans


# --------------------------------------------------------------------------------------------
# check digits


def _iban_number(s: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_valid(value: str) -> bool:
    s = value.replace(" ", "").upper()
    return len(s) >= 15 and _iban_number(s[4:] + s[:4]) % 97 == 1


def make_iban(country: str, bban: str) -> str:
    check = 98 - _iban_number(bban + country + "00") % 97
    return f"{country}{check:02d}{bban}"


def taxid_check(first10: str) -> int:
    product = 10
    for ch in first10:
        total = (int(ch) + product) % 10 or 10
        product = (total * 2) % 11
    check = 11 - product
    return 0 if check == 10 else check


def taxid_valid(value: str) -> bool:
    s = value.replace(" ", "").replace("/", "")
    return len(s) == 11 and s.isdigit() and s[0] != "0" and taxid_check(s[:10]) == int(s[10])


def _cross_sum(n: int) -> int:
    return sum(int(d) for d in str(n))


def svnr_check(body: str) -> int:
    """body: area (2) + ddmmyy (6) + letter + serial (2)."""
    digits = body[:8] + f"{ord(body[8]) - 64:02d}" + body[9:11]
    weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    return sum(_cross_sum(int(d) * w) for d, w in zip(digits, weights, strict=True)) % 10


def icao_check(s: str) -> int:
    weights = (7, 3, 1)
    return sum(int(ch, 36) * weights[i % 3] for i, ch in enumerate(s)) % 10


# --------------------------------------------------------------------------------------------
# own name lists, streets and places

NAMES: dict[str, dict[str, list[object]]] = {
    "de": {
        "f": [
            "Hannelore",
            "Heike",
            "Sabine",
            "Wiebke",
            "Ann-Kathrin",
            "Friederike",
            "Marlies",
            "Kerstin",
            "Gisela",
            "Svenja",
            "Mareike",
            "Dörte",
            "Ilse",
            "Roswitha",
            "Lea-Sophie",
        ],
        "m": [
            "Jürgen",
            "Torsten",
            "Klaus-Dieter",
            "Hans-Werner",
            "Bernd",
            "Lutz",
            "Malte",
            "Henning",
            "Detlef",
            "Reinhard",
            "Ulrich",
            "Björn",
            "Karl-Heinz",
            "Volker",
        ],
        "last": [
            "Brockmann",
            "Kötter",
            "Overbeck",
            "Hülsmann",
            "Terhorst",
            "Wischnewski",
            "Schulte-Wiesmann",
            "Lohmeyer",
            "Niehues",
            "Brinkhoff",
            "Pöppelbaum",
            "Rüschenbaum",
            "Grotefels",
            "Hesselmann",
            "Vennemann",
            "Böckenholt",
            "Schwiering",
            "Kleinekathöfer",
            "Ostendorf",
            "Wewers",
            "Tigges",
            "Heitkamp",
            "Spiekermann",
            "Duhme",
        ],
    },
    "noble": {
        "f": ["Friederike", "Adelheid", "Charlotte", "Luise"],
        "m": ["Constantin", "Wolf-Rüdiger", "Friedrich", "Kaspar"],
        "last": ["von Stetten", "von Bredow-Hallstein", "von der Mülbe", "von Elverfeldt"],
    },
    "tr": {
        "f": ["Ayşe", "Gülsüm", "Emine", "Zeynep", "Elif", "Hatice", "Derya", "Sevgi", "Büşra"],
        "m": ["Mehmet", "Oğuz", "Yusuf", "Hüseyin", "Emre", "Murat", "Serkan", "Cem", "Ömer"],
        "last": [
            "Yıldırım",
            "Öztürk",
            "Kaplan",
            "Aydın",
            "Çelik",
            "Şahin",
            "Karakaya",
            "Doğan",
            "Kılıç",
            "Arslan",
            "Güneş",
            "Korkmaz",
            "Taşdemir",
            "Ünal",
        ],
    },
    "pl": {
        "f": ["Małgorzata", "Agnieszka", "Katarzyna", "Joanna", "Ewelina", "Bożena"],
        "m": ["Krzysztof", "Wojciech", "Paweł", "Grzegorz", "Piotr", "Tomasz", "Zbigniew"],
        "last": [
            ("Wiśniewski", "Wiśniewska"),
            ("Grabowski", "Grabowska"),
            ("Zieliński", "Zielińska"),
            "Kowalczyk",
            "Wójcik",
            ("Szymański", "Szymańska"),
            "Mazur",
            "Pietrzak",
            "Kaczmarek",
            ("Lewandowski", "Lewandowska"),
            ("Dąbrowski", "Dąbrowska"),
            ("Jabłoński", "Jabłońska"),
        ],
    },
    "ua": {
        "f": ["Tetiana", "Tatjana", "Oksana", "Swetlana", "Olena", "Natalija", "Iryna", "Ljudmila"],
        "m": ["Oleksandr", "Dmytro", "Jewgenij", "Serhij", "Wladimir", "Andrij", "Mykola", "Artem"],
        "last": [
            "Kovalenko",
            "Shevchenko",
            "Schewtschenko",
            "Bondarenko",
            "Melnyk",
            ("Iwanow", "Iwanowa"),
            "Tkatschenko",
            "Petrenko",
            ("Morozov", "Morozova"),
            "Hrytsenko",
            ("Sokolow", "Sokolowa"),
            "Lysenko",
            ("Kusnezow", "Kusnezowa"),
            "Savchuk",
        ],
    },
    "ar": {
        "f": ["Fatima", "Rania", "Nour", "Hiba", "Amal", "Samira"],
        "m": ["Mohammed", "Abdelkader", "Youssef", "Karim", "Hassan", "Mustafa"],
        "last": [
            "El Khatib",
            "Haddad",
            "Abou Chakra",
            "Bouzidi",
            "El Amrani",
            "Benali",
            "Al-Obaidi",
        ],
    },
    "sy": {
        "f": ["Lina", "Rasha", "Hala", "Ghalia", "Dima", "Reem"],
        "m": ["Khaled", "Omar", "Ahmad", "Yasin", "Bassam", "Mahmoud", "Abdulrahman"],
        "last": [
            "Al-Masri",
            "Darwish",
            "Kassab",
            "Al-Hamoud",
            "Sabbagh",
            "Alshaar",
            "Hamdan",
            "Al Halabi",
            "Mardini",
        ],
    },
    "gr": {
        "f": ["Eleni", "Sofia", "Despina", "Vasiliki", "Katerina", "Paraskevi"],
        "m": ["Georgios", "Dimitrios", "Nikolaos", "Konstantinos", "Theodoros", "Panagiotis"],
        "last": [
            ("Papadopoulos", "Papadopoulou"),
            ("Karagiannis", "Karagianni"),
            ("Tsakalidis", "Tsakalidou"),
            "Oikonomou",
            ("Vlachos", "Vlachou"),
            ("Antoniadis", "Antoniadou"),
            "Georgiou",
        ],
    },
    "it": {
        "f": ["Francesca", "Chiara", "Giulia", "Rosaria", "Antonella", "Concetta"],
        "m": ["Giuseppe", "Salvatore", "Marco", "Vincenzo", "Alessandro", "Gennaro"],
        "last": [
            "Russo",
            "Esposito",
            "Lo Bianco",
            "De Luca",
            "Caruso",
            "Ferraro",
            "Di Stefano",
            "Greco",
            "La Rocca",
            "Santangelo",
        ],
    },
    "vn": {
        "f": ["Lan", "Ngọc", "Thảo", "Hương", "Linh", "Trang"],
        "m": ["Minh", "Huy", "Tùng", "Dũng", "Khoa", "Phong"],
        "mid_f": ["Thị", "Thu", "Bảo", "Kim"],
        "mid_m": ["Văn", "Quang", "Thanh", "Đức"],
        "last": ["Nguyễn", "Trần", "Phạm", "Hoàng", "Đặng", "Bùi", "Huỳnh"],
    },
    "er": {
        "f": ["Semhar", "Mebrat", "Saba", "Yordanos", "Luwam", "Selam"],
        "m": ["Yonas", "Tesfay", "Filmon", "Mehari", "Dawit", "Robel", "Kibrom"],
        "last": [
            "Gebremedhin",
            "Tesfamariam",
            "Habte",
            "Kidane",
            "Weldemichael",
            "Berhane",
            "Gebrehiwet",
            "Tekle",
            "Asmerom",
        ],
    },
    "en": {
        "f": ["Sarah", "Emily", "Priya", "Chloe", "Hannah", "Siobhan"],
        "m": ["James", "Daniel", "Liam", "Rohan", "Callum", "Oliver"],
        "last": [
            "O'Connor",
            "McAllister",
            "Whitfield",
            "Hargreaves",
            "Raman",
            "Okafor",
            "Fitzgerald",
            "Pemberton",
        ],
    },
}
KIDS_DE = {
    "f": ["Mila", "Frieda", "Lotta", "Emilia", "Ida", "Hanna"],
    "m": ["Noah", "Finn", "Theo", "Emil", "Anton", "Jonas"],
}
ORIGINS = ["de", "de", "de", "tr", "pl", "ua", "ar", "sy", "gr", "it", "vn", "er"]

STREETS = [
    "Am Kuhlenkamp",
    "Vogelsanger Weg",
    "Gneisenaustraße",
    "Zur Alten Ziegelei",
    "Dorstener Straße",
    "Kirchhörder Berg",
    "Auf dem Brink",
    "Im Wiesengrund",
    "An der Kreuzkirche",
    "Lindenallee",
    "Steinkuhlstraße",
    "Kattowitzer Str.",
    "Uhlandstr.",
    "Schacht-Hugo-Weg",
    "Lohbachstraße",
    "Wittener Str.",
    "Marler Straße",
    "Talstraße",
    "Am Schlehenbusch",
    "Bredeneyer Str.",
    "Auf der Heide",
    "Königsberger Allee",
    "Emscherstraße",
    "Blumenthalstraße",
    "Am Rüggenkamp",
    "Feldmark",
    "Castroper Hellweg",
    "Im Siepen",
    "Zechenstr.",
    "Ludgeristraße",
    "Hammer Landstraße",
    "Spichernstraße",
    "Eichendorffweg",
    "Op de Wisch",
    "Hörder Semerteichstr.",
    "Alte Poststraße",
]


@dataclass(frozen=True)
class Place:
    plzs: tuple[str, ...]
    city: str
    vorwahl: str
    kfz: str


PLACES = [
    Place(("44137", "44139", "44145", "44225", "44287", "44339"), "Dortmund", "0231", "DO"),
    Place(("45127", "45138", "45144", "45219", "45276", "45355"), "Essen", "0201", "E"),
    Place(("44787", "44789", "44793", "44801", "44866", "44892"), "Bochum", "0234", "BO"),
    Place(("47051", "47057", "47119", "47166", "47249"), "Duisburg", "0203", "DU"),
    Place(("48143", "48145", "48149", "48153", "48161"), "Münster", "0251", "MS"),
    Place(("33602", "33604", "33609", "33613", "33649"), "Bielefeld", "0521", "BI"),
    Place(("42103", "42105", "42275", "42285", "42349"), "Wuppertal", "0202", "W"),
    Place(("58089", "58095", "58097", "58119", "58135"), "Hagen", "02331", "HA"),
    Place(("45879", "45881", "45889", "45899"), "Gelsenkirchen", "0209", "GE"),
    Place(("45657", "45659", "45661", "45665"), "Recklinghausen", "02361", "RE"),
    Place(("59063", "59065", "59069", "59077"), "Hamm", "02381", "HAM"),
    Place(("52062", "52064", "52066", "52072"), "Aachen", "0241", "AC"),
    Place(("53111", "53113", "53115", "53229"), "Bonn", "0228", "BN"),
    Place(("50667", "50672", "50733", "50823", "51063"), "Köln", "0221", "K"),
    Place(("40210", "40215", "40223", "40477", "40589"), "Düsseldorf", "0211", "D"),
    Place(("47798", "47799", "47803", "47829"), "Krefeld", "02151", "KR"),
    Place(("57072", "57074", "57076", "57080"), "Siegen", "0271", "SI"),
    Place(("33098", "33100", "33102", "33106"), "Paderborn", "05251", "PB"),
    Place(("46045", "46047", "46049", "46117"), "Oberhausen", "0208", "OB"),
    Place(("41061", "41063", "41065", "41236"), "Mönchengladbach", "02161", "MG"),
    Place(("44575", "44577", "44579"), "Castrop-Rauxel", "02305", "RE"),
    Place(("58452", "58453", "58455"), "Witten", "02302", "EN"),
    Place(("44623", "44625", "44627", "44649"), "Herne", "02323", "HER"),
    Place(("59423", "59425"), "Unna", "02303", "UN"),
    Place(("58636", "58638", "58640"), "Iserlohn", "02371", "MK"),
    Place(("33330", "33332", "33334"), "Gütersloh", "05241", "GT"),
    Place(("46236", "46238", "46240"), "Bottrop", "02041", "BOT"),
    Place(("42651", "42653", "42697"), "Solingen", "0212", "SG"),
    Place(("32756", "32758", "32760"), "Detmold", "05231", "LIP"),
    Place(("32423", "32425", "32427"), "Minden", "0571", "MI"),
]
OFFICES = [
    ("Hagen", "hagen.de"),
    ("Bochum", "bochum.de"),
    ("Herne", "herne.de"),
    ("Witten", "witten.de"),
    ("Recklinghausen", "recklinghausen.de"),
    ("Hamm", "hamm.de"),
    ("Bielefeld", "bielefeld.de"),
    ("Krefeld", "krefeld.de"),
    ("Oberhausen", "oberhausen.de"),
    ("Solingen", "solingen.de"),
    ("Paderborn", "paderborn.de"),
    ("Gelsenkirchen", "gelsenkirchen.de"),
]
BLZ = [
    "44050199",
    "36050105",
    "43050001",
    "35050000",
    "40050150",
    "48050161",
    "33050000",
    "45050001",
    "37050198",
    "30050110",
    "44010046",
    "37010050",
    "12030000",
    "50010517",
    "10011001",
    "44160014",
    "42650150",
    "47650130",
]
MOBILE = [
    "0151",
    "0152",
    "0157",
    "0160",
    "0162",
    "0163",
    "0170",
    "0171",
    "0172",
    "0173",
    "0174",
    "0175",
    "0176",
    "0177",
    "0178",
    "0179",
    "01520",
    "01577",
]
MAIL_DOMAINS = [
    "web.de",
    "gmx.de",
    "gmx.net",
    "t-online.de",
    "outlook.de",
    "gmail.com",
    "posteo.de",
    "icloud.com",
    "yahoo.de",
    "freenet.de",
    "hotmail.com",
    "mailbox.org",
]
MONATE = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
WOCHENTAGE = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]

_TRANSLIT = str.maketrans(
    {
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "ß": "ss",
        "Ä": "Ae",
        "Ö": "Oe",
        "Ü": "Ue",
        "ı": "i",
        "İ": "I",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "'": "",
    }
)


def ascii_fold(s: str, german: bool = False) -> str:
    if german:
        s = s.translate(_TRANSLIT)
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d")
    s = s.replace("Đ", "D").replace("ß", "ss").replace("'", "")
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


@dataclass
class Person:
    first: str
    last: str
    sex: str
    origin: str
    dob: date
    middle: str = ""

    @property
    def full(self) -> str:
        if self.origin == "vn":
            return f"{self.last} {self.middle} {self.first}"
        return f"{self.first} {self.last}"

    @property
    def rev(self) -> str:
        if self.origin == "vn":
            return f"{self.last}, {self.middle} {self.first}"
        return f"{self.last}, {self.first}"

    @property
    def given(self) -> str:
        return f"{self.middle} {self.first}" if self.middle else self.first

    @property
    def anrede(self) -> str:
        return "Frau" if self.sex == "f" else "Herr"

    @property
    def herrn(self) -> str:
        return "Frau" if self.sex == "f" else "Herrn"

    @property
    def sehr(self) -> str:
        return "Sehr geehrte Frau" if self.sex == "f" else "Sehr geehrter Herr"

    @property
    def title_last(self) -> str:
        """Surname as used after Frau/Herr (German particles are capitalised at a sentence start)."""
        return self.last

    def birth(self, style: str = "num") -> str:
        d = self.dob
        return {
            "num": f"{d.day:02d}.{d.month:02d}.{d.year}",
            "short": f"{d.day}.{d.month}.{d.year}",
            "yy": f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}",
            "long": f"{d.day}. {MONATE[d.month - 1]} {d.year}",
            "iso": d.isoformat(),
            "us": f"{d.month:02d}/{d.day:02d}/{d.year}",
            "uk": f"{d.day} {MONTHS[d.month - 1]} {d.year}",
            "slash": f"{d.day:02d}/{d.month:02d}/{d.year}",
        }[style]


# --------------------------------------------------------------------------------------------
# per-document generation context


class Ctx:
    def __init__(self, rng: random.Random, used_names: set[str]) -> None:
        self.rng = rng
        self.used_names = used_names
        self.used_last: set[str] = set()
        self.city, self.domain = rng.choice(OFFICES)
        self.home = next(p for p in PLACES if p.city == self.city)
        self.last_place = self.home

    def pick(self, seq: list[str] | tuple[str, ...]) -> str:
        return self.rng.choice(list(seq))

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def digits(self, n: int, first_nonzero: bool = True) -> str:
        head = str(self.rng.randint(1, 9)) if first_nonzero else str(self.rng.randint(0, 9))
        return head + "".join(str(self.rng.randint(0, 9)) for _ in range(n - 1))

    def _dob(self, age: tuple[int, int]) -> date:
        days = self.rng.randint(age[0] * 365 + 20, age[1] * 365 + 360)
        return date(2026, 3, 1) - timedelta(days=days)

    def person(
        self,
        origin: str | None = None,
        sex: str | None = None,
        age: tuple[int, int] = (19, 78),
        last: str | None = None,
    ) -> Person:
        for _ in range(500):
            o = origin or self.rng.choice(ORIGINS)
            s = sex or self.rng.choice("fm")
            pool = NAMES[o]
            names = KIDS_DE[s] if o == "de" and age[1] < 18 else pool[s]
            first = self.rng.choice(names)  # type: ignore[arg-type]
            middle = ""
            if o == "vn":
                middle = self.rng.choice(pool["mid_" + s])  # type: ignore[arg-type]
            if last is None:
                entry = self.rng.choice(pool["last"])
                surname = entry if isinstance(entry, str) else entry[0 if s == "m" else 1]
                if surname in self.used_last:
                    continue
            else:
                # family members: gendered surnames (Polish, Greek, Russian) take the right form
                forms = [e for e in pool["last"] if isinstance(e, tuple) and last in e]
                surname = forms[0][0 if s == "m" else 1] if forms else last
            p = Person(str(first), str(surname), s, o, self._dob(age), str(middle))
            if p.full in self.used_names:
                continue
            self.used_names.add(p.full)
            self.used_last.add(p.last)
            return p
        raise RuntimeError("name pool exhausted")

    def place(self) -> Place:
        """Mostly the office's own city, sometimes anywhere in NRW."""
        return self.home if self.chance(0.65) else self.rng.choice(PLACES)

    def loc(self, place: Place | None = None) -> str:
        pl = place or self.place()
        self.last_place = pl
        return f"{self.rng.choice(pl.plzs)} {pl.city}"

    def street(self) -> str:
        number = str(self.rng.randint(1, 160))
        r = self.rng.random()
        if r < 0.15:
            number += self.rng.choice("abc")
        elif r < 0.2:
            number += " " + self.rng.choice("ab")
        elif r < 0.25:
            number += f"-{int(number) + 2}"
        return f"{self.rng.choice(STREETS)} {number}"

    def mobile(self, style: str | None = None) -> str:
        pre = self.rng.choice(MOBILE)
        rest = self.digits(self.rng.choice([7, 8]) if len(pre) == 4 else 7, False)
        style = style or self.pick(["plain", "dash", "slash", "intl", "intl0", "0049", "blocks"])
        nat = pre[1:]
        return {
            "plain": f"{pre} {rest}",
            "dash": f"{pre}-{rest}",
            "slash": f"{pre}/{rest[:3]} {rest[3:]}",
            "intl": f"+49 {nat} {rest}",
            "intl0": f"+49 (0){nat} {rest[:4]} {rest[4:]}",
            "0049": f"0049 {nat} {rest}",
            "blocks": f"{pre} {rest[:3]} {rest[3:6]} {rest[6:]}",
        }[style]

    def landline(self, place: Place | None = None, style: str | None = None) -> str:
        pl = place or self.last_place
        rest = self.digits(self.rng.choice([10, 11]) - len(pl.vorwahl))
        style = style or self.pick(["plain", "slash", "paren", "intl", "blocks", "ext"])
        return {
            "plain": f"{pl.vorwahl} {rest}",
            "slash": f"{pl.vorwahl}/{rest}",
            "paren": f"({pl.vorwahl}) {rest}",
            "intl": f"+49 {pl.vorwahl[1:]} {rest}",
            "blocks": f"{pl.vorwahl} {' '.join(rest[i : i + 2] for i in range(0, len(rest), 2))}",
            "ext": f"{pl.vorwahl} {rest[:-2]}-{rest[-2:]}",
        }[style]

    def email(self, p: Person, domain: str | None = None) -> str:
        f = ascii_fold(p.first, german=True).lower().replace(" ", "")
        last = ascii_fold(p.last, german=True).lower().replace(" ", "").replace("-", "")
        yy = str(p.dob.year)[2:]
        local = self.pick(
            [
                f"{f}.{last}",
                f"{f[0]}.{last}",
                f"{last}.{f}",
                f"{f}{last}{yy}",
                f"{f}_{last}",
                f"{f}.{last[0]}",
                f"{last}{self.rng.randint(1, 99)}",
                f"{f[0]}{last}",
            ]
        )
        return f"{local}@{domain or self.pick(MAIL_DOMAINS)}"

    def iban(self, country: str = "DE", spaced: bool | None = None) -> str:
        r = self.rng
        bban = {
            "DE": lambda: r.choice(BLZ) + self.digits(10, False),
            "NL": lambda: r.choice(["RABO", "INGB", "ABNA", "TRIO"]) + self.digits(10, False),
            "PL": lambda: self.digits(24),
            "AT": lambda: self.digits(16),
            "IT": lambda: (
                r.choice("ABCDEFGHIJKLMNPRSTUVWXYZ") + self.digits(10) + self.digits(12, False)
            ),
            "TR": lambda: self.digits(5) + "0" + self.digits(16, False),
            "GR": lambda: self.digits(7) + self.digits(16, False),
            "UA": lambda: self.digits(6) + self.digits(19, False),
            "BE": lambda: self.digits(12),
            "GB": lambda: r.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + self.digits(14, False),
        }[country]()
        value = make_iban(country, bban)
        if spaced if spaced is not None else self.chance(0.6):
            value = " ".join(value[i : i + 4] for i in range(0, len(value), 4))
        return value

    def taxid(self, spaced: bool | None = None) -> str:
        while True:
            pool = self.rng.sample(range(10), 9)
            digits = [*pool, self.rng.choice(pool)]
            self.rng.shuffle(digits)
            if digits[0] == 0:
                continue
            first10 = "".join(map(str, digits))
            value = first10 + str(taxid_check(first10))
            break
        if spaced if spaced is not None else self.chance(0.5):
            value = f"{value[:2]} {value[2:5]} {value[5:8]} {value[8:]}"
        return value

    def svnr(self, p: Person, spaced: bool = True) -> str:
        area = self.pick(["12", "13", "14", "15", "17", "18", "53", "65"])
        d = p.dob
        serial = self.rng.randint(0, 49) if p.sex == "m" else self.rng.randint(50, 99)
        letter = ascii_fold(p.last.replace("von ", "").replace("von der ", ""))[0].upper()
        body = f"{area}{d.day:02d}{d.month:02d}{d.year % 100:02d}{letter}{serial:02d}"
        check = svnr_check(body)
        if spaced:
            return f"{body[:2]} {body[2:8]} {body[8]} {body[9:11]} {check}"
        return f"{body}{check}"

    def _doc_number(self, first: str) -> str:
        alphabet = "CFGHJKLMNPRTVWXYZ0123456789"
        body = self.rng.choice(first) + "".join(self.rng.choice(alphabet) for _ in range(8))
        return body

    def ausweis(self, with_check: bool | None = None) -> str:
        body = self._doc_number("LMNPRTVWXY")
        if with_check if with_check is not None else self.chance(0.4):
            body += str(icao_check(body))
        return body

    def reisepass(self) -> str:
        return self._doc_number("CFGHJK")

    def plate(self, place: Place | None = None, style: str | None = None) -> str:
        pl = place or self.place()
        letters = "".join(
            self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(self.rng.randint(1, 2))
        )
        number = str(self.rng.randint(1, 9999 if len(pl.kfz) + len(letters) < 4 else 999))
        suffix = "E" if self.chance(0.1) else ""
        style = style or self.pick(["dash", "dash", "space"])
        sep = "-" if style == "dash" else " "
        return f"{pl.kfz}{sep}{letters} {number}{suffix}"

    def handelsregister(self, kind: str = "HRB") -> str:
        return f"{kind} {self.rng.randint(1200, 38999)}"

    def ldate(self, long: bool = False) -> str:
        d = date(2026, 1, 5) + timedelta(days=self.rng.randint(0, 75))
        if long:
            return f"{d.day}. {MONATE[d.month - 1]} {d.year}"
        return f"{d.day:02d}.{d.month:02d}.{d.year}"

    def ipv4(self) -> str:
        r = self.rng
        return f"{r.choice([84, 87, 91, 93, 176, 178, 188, 217])}.{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(1, 254)}"

    def ipv6(self) -> str:
        r = self.rng
        groups = [f"{r.randint(0, 0xFFFF):x}" for _ in range(5)]
        return f"2003:{r.randint(0xC0, 0xFF):x}:" + ":".join(groups) + f":{r.randint(1, 0xFFFF):x}"

    _OCR: ClassVar[dict[str, str]] = {
        "m": "rn",
        "l": "1",
        "i": "l",
        "I": "l",
        "O": "0",
        "o": "0",
        "S": "5",
        "B": "8",
        "ü": "ii",
        "ö": "o",
        "ä": "a",
        "ß": "B",
        "e": "c",
        "h": "b",
        "g": "q",
        "1": "l",
        "0": "O",
        ".": ",",
        "5": "S",
        "t": "f",
    }

    def ocr(self, s: str, rate: float = 0.08) -> str:
        out: list[str] = []
        i = 0
        while i < len(s):
            r = self.rng.random()
            if s.startswith("rn", i) and r < rate * 2:
                out.append("m")
                i += 2
                continue
            ch = s[i]
            if ch in self._OCR and r < rate:
                out.append(self._OCR[ch])
            elif ch.isalnum() and r > 1 - rate / 4 and 0 < i < len(s) - 1:
                out.append(ch + " ")
            else:
                out.append(ch)
            i += 1
        return re.sub(r"\s+", " ", "".join(out)).strip()


@dataclass
class Doc:
    style: str
    template: str
    keep: list[str]


Template = Callable[[Ctx], Doc]
PII: list[Template] = []
CLEAN: list[Template] = []


def pii(fn: Template) -> Template:
    PII.append(fn)
    return fn


def clean(fn: Template) -> Template:
    CLEAN.append(fn)
    return fn


# ============================================================================================
# PII documents
# ============================================================================================


def twice(fn: Template) -> Template:
    fn.twice = True  # type: ignore[attr-defined]
    return fn


def _time(c: Ctx) -> str:
    return f"{c.rng.randint(7, 18):02d}:{c.rng.randint(0, 59):02d}"


def wochentag(d: str) -> str:
    day, month, year = (int(x) for x in d.split("."))
    return WOCHENTAGE[date(year, month, day).weekday()]


def _kassenzeichen(c: Ctx) -> str:
    return f"{c.digits(1)}.{c.digits(4, False)}.{c.digits(6, False)}.{c.digits(1, False)}"


@pii
def melde_rente(c: Ctx) -> Doc:
    p = c.person("de", "f", age=(74, 90))
    h = c.person("de", "m", age=(78, 94), last=p.last)
    pl = c.place()
    st, old, lo = c.street(), c.street(), c.loc(pl)
    phone, nr, d = c.landline(pl), c.ausweis(), c.ldate(long=True)
    return Doc(
        "citizen_letter",
        f"""\
{per(p.full)}
{adr(st)}
{ort(lo)}
Tel. {tel(phone)}

Stadt {c.city}
Bürgerbüro
– Meldeangelegenheiten –

{pl.city}, den {d}

Bitte um Zusendung einer erweiterten Meldebescheinigung

Sehr geehrte Damen und Herren,

für meinen Antrag auf Witwenrente bei der Deutschen Rentenversicherung brauche ich eine erweiterte Meldebescheinigung, aus der auch meine früheren Anschriften hervorgehen. Nach einer Hüftoperation bin ich leider nicht gut zu Fuß und kann nicht persönlich zu Ihnen kommen.

Zu meiner Person: {per(p.rev)}, geboren am {geb(p.birth())}. Bis zum Frühjahr 2011 habe ich mit meinem verstorbenen Mann {per(h.full)} unter der Anschrift {adr(old)} gewohnt, seitdem in der oben genannten Wohnung.

Die Gebühr überweise ich gern, oder legen Sie bitte eine Rechnung bei. Eine Kopie meines Personalausweises (Nr. {pa(nr)}) habe ich beigefügt.

Für Rückfragen bin ich vormittags telefonisch erreichbar.

Mit freundlichen Grüßen

{per(p.full)}
""",
        [
            "erweiterte Meldebescheinigung",
            "Deutschen Rentenversicherung",
            "Witwenrente",
            "Bürgerbüro",
            d,
        ],
    )


@pii
@twice
def hund_abmeldung(c: Ctx) -> Doc:
    p = c.person("tr")
    w = c.person("tr", sex="f" if p.sex == "m" else "m", last=p.last)
    pl = c.place()
    kz, em, d = _kassenzeichen(c), c.email(p), c.ldate()
    partner = "meiner Frau" if p.sex == "m" else "meines Mannes"
    hund = c.pick(["Paşa", "Bobby", "Karamel", "Lucky", "Duman"])
    hallo = c.pick(["Guten Tag,", "Sehr geehrte Damen und Herren,", "Merhaba, guten Tag,"])
    mandat = c.chance(0.5)
    extra = (
        "\nDas SEPA-Lastschriftmandat für die Hundesteuer widerrufe ich hiermit ebenfalls.\n"
        if mandat
        else ""
    )
    return Doc(
        "citizen_email",
        f"""\
Von: {per(p.full)} <{mail(em)}>
An: steueramt@{c.domain}
Gesendet: {wochentag(d)}, {d} {_time(c)}
Betreff: Hund abmelden – Kassenzeichen {az(kz)}

{hallo}

unser Hund {hund} ist vor zwei Wochen leider gestorben, die Bescheinigung vom Tierarzt hängt als PDF an. Wir möchten ihn deshalb zum Monatsende von der Hundesteuer abmelden. Die Steuermarke bringen wir im Bürgeramt vorbei.

Für das erste Quartal wurden schon 39,00 € abgebucht. Bitte erstatten Sie den zu viel gezahlten Betrag auf das Konto {partner}:
Kontoinhaber: {per(w.full)}
IBAN: {iban(c.iban())}
{extra}
Wir wohnen weiterhin {adr(c.street())}, {ort(c.loc(pl))}. Bei Fragen bin ich mobil unter {tel(c.mobile())} zu erreichen.

Teşekkürler und viele Grüße
{per(p.full)}
""",
        ["Hundesteuer", "Steuermarke", "39,00 €", "erste Quartal", "Bürgeramt"],
    )


@pii
@twice
def anwalt_mra(c: Ctx) -> Doc:
    l1, l2 = c.person(c.pick(["de", "tr", "gr", "de"])), c.person(c.pick(["de", "pl", "it"]))
    debtor = c.person()
    fpl = c.place()
    yy = c.pick(["25", "26"])
    zeichen = f"{c.rng.randint(12, 988)}/{yy} {c.pick(['BR', 'mk', 'KS03', 'Ö-2', 'M/ts'])}"
    mahn = f"{yy}-{c.digits(7)}-0-{c.digits(1, False)}"
    dom = f"{ascii_fold(l1.last, True).lower().replace(' ', '')}-{ascii_fold(l2.last, True).lower().replace(' ', '')}.de"
    anw = "Rechtsanwältin" if l1.sex == "f" else "Rechtsanwalt"
    erweitert = c.chance(0.5)
    para = "§ 45 BMG" if erweitert else "§ 44 BMG"
    art = "Erweiterte" if erweitert else "Einfache"
    zusatz = (
        "Da wir neben der Anschrift auch frühere Anschriften sowie den Familienstand benötigen, "
        "beantragen wir die erweiterte Auskunft; das berechtigte Interesse ergibt sich aus dem "
        "beigefügten Titel."
        if erweitert
        else "Ein berechtigtes Interesse ist für die einfache Auskunft nicht darzulegen; "
        "vorsorglich fügen wir den Titel in Kopie bei."
    )
    d = c.ldate()
    return Doc(
        "lawyer_letter",
        f"""\
{per(l1.last.upper())} · {per(l2.last.upper())}
RECHTSANWÄLTE IN BÜROGEMEINSCHAFT

{per(l1.full)} · {"Fachanwältin" if l1.sex == "f" else "Fachanwalt"} für Miet- und Wohnungseigentumsrecht
{per(l2.full)} · {"Rechtsanwältin" if l2.sex == "f" else "Rechtsanwalt"}

{adr(c.street())} · {ort(c.loc(fpl))}
Telefon {tel(c.landline(fpl, "slash"))} · Telefax {tel(c.landline(fpl, "slash"))}
{mail("kanzlei@" + dom)}

Stadt {c.city}
– Bürgeramt, Melderegister –
vorab per E-Mail

Unser Zeichen: {az(zeichen)}
Datum: {d}

{art} Melderegisterauskunft nach {para}
Betroffene Person: {per(debtor.rev)}, geb. {geb(debtor.birth("short"))}
letzte uns bekannte Anschrift: {adr(c.street())}, {ort(c.loc())}

Sehr geehrte Damen und Herren,

wir vertreten die Ruhrtal Wohnbau GmbH. Gegen {debtor.herrn} {per(debtor.last)} besteht ein Vollstreckungsbescheid des Amtsgerichts Hagen (zentrales Mahngericht, Az. {az(mahn)}) über rückständige Mieten und Nebenkosten. Unser Schreiben an die oben genannte Anschrift kam mit dem Vermerk „Empfänger unbekannt verzogen" zurück.

Wir bitten um Mitteilung der derzeitigen Anschrift sowie gegebenenfalls der Tatsache des Todes. {zusatz} Die Gebühr übernehmen wir; bitte richten Sie den Gebührenbescheid unter Angabe unseres Zeichens an uns.

Mit freundlichen Grüßen

{per(l1.full)}
{anw}
""",
        [
            f"Melderegisterauskunft nach {para}",
            "Vollstreckungsbescheid",
            "Empfänger unbekannt verzogen",
            "Ruhrtal Wohnbau GmbH",
            "Gebührenbescheid",
            d,
        ],
    )


@pii
def wgb_privat(c: Ctx) -> Doc:
    landlord = c.person("noble", age=(50, 80))
    a = c.person("sy", "m", age=(30, 50))
    b = c.person("sy", "f", age=(26, 45))
    k1 = c.person("sy", c.pick(["f", "m"]), age=(3, 14), last=a.last)
    k2 = c.person("sy", c.pick(["f", "m"]), age=(1, 8), last=a.last)
    wpl = c.place()
    einzug = c.pick(["01.02.2026", "15.02.2026", "01.03.2026"])
    d = c.ldate()
    return Doc(
        "landlord_form",
        f"""\
WOHNUNGSGEBERBESTÄTIGUNG
gemäß § 19 Abs. 3 Bundesmeldegesetz (BMG)

1. Angaben zum Wohnungsgeber
Name, Vorname: {per(landlord.rev)}
Anschrift: {adr(c.street())}, {ort(c.loc())}
Telefon: {tel(c.landline())}
[X] Der Wohnungsgeber ist Eigentümer der Wohnung.
[ ] Der Wohnungsgeber ist nicht Eigentümer. Name und Anschrift des Eigentümers: ____________

2. Anschrift der Wohnung
Straße, Hausnummer, Zusatz: {adr(c.street())}, Erdgeschoss rechts
PLZ, Ort: {ort(c.loc(wpl))}

3. Meldepflichtiger Vorgang
[X] Einzug am {einzug}      [ ] Auszug am ______

4. Folgende Personen sind in die Wohnung eingezogen:
   1. {per(a.rev)}, geb. {geb(a.birth())}
   2. {per(b.rev)}, geb. {geb(b.birth())}
   3. {per(k1.rev)}, geb. {geb(k1.birth())}
   4. {per(k2.rev)}, geb. {geb(k2.birth())}

Ich bestätige, dass die Angaben den Tatsachen entsprechen. Mir ist bekannt, dass es verboten ist, eine Wohnanschrift für eine Anmeldung anzubieten oder zur Verfügung zu stellen, wenn ein tatsächlicher Bezug der Wohnung weder stattfindet noch beabsichtigt ist. Ein Verstoß kann mit einer Geldbuße bis zu 50.000 Euro geahndet werden (§ 54 BMG).

{wpl.city}, {d}

gez. {per(landlord.full)}
""",
        [
            "WOHNUNGSGEBERBESTÄTIGUNG",
            "§ 19 Abs. 3 Bundesmeldegesetz",
            f"Einzug am {einzug}",
            "50.000 Euro",
            "§ 54 BMG",
            "Erdgeschoss rechts",
        ],
    )


@pii
def wgb_verwaltung(c: Ctx) -> Doc:
    contact = c.person(c.pick(["de", "pl", "tr"]), age=(25, 60))
    t = c.person("ua", age=(19, 30))
    hpl = c.place()
    firm = c.pick(["Emschertal", "Lippeaue", "Ruhrbogen"])
    d, einzug = c.ldate(), c.ldate()
    upper = ascii_fold(t.full).upper()
    return Doc(
        "landlord_form",
        f"""\
{firm} Hausverwaltung GmbH · {adr(c.street())} · {ort(c.loc(hpl))}
Amtsgericht {hpl.city} {hr(c.handelsregister())} · Geschäftsführer: {per(c.person("de", "m").full)}

Bestätigung des Wohnungsgebers (§ 19 BMG)

Wohnungsgeber: {firm} Hausverwaltung GmbH im Auftrag der Eigentümergemeinschaft
Ansprechpartner/in: {per(contact.full)}, Tel. {tel(c.landline(hpl, "ext"))}, {mail(c.email(contact, firm.lower() + "-hv.de"))}

Wohnung: {adr(c.street())}, App. 12 (Studierendenwohnheim), {ort(c.loc())}
Einzug: {einzug}

Meldepflichtige Person:
Familienname: {per(t.last)}
Vorname: {per(t.first)}
(Schreibweise laut Reisepass: {per(upper)})
Geburtsdatum: {geb(t.birth())}

Hinweis der Hausverwaltung: Die Mieterin/der Mieter hat bei Schlüsselübergabe auf die zweiwöchige Meldefrist hingewiesen. Für Rückfragen zur Person erreichen Sie {per(t.first)} {per(t.last)} unter {tel(c.mobile())}.

Wir bestätigen den tatsächlichen Einzug. Diese Bestätigung wurde maschinell erstellt und ist ohne Unterschrift gültig.

{hpl.city}, {d}
""",
        [
            "Bestätigung des Wohnungsgebers",
            "§ 19 BMG",
            "Studierendenwohnheim",
            "Meldefrist",
            f"{firm} Hausverwaltung GmbH",
            d,
        ],
    )


@pii
def rechnung_sanitaer(c: Ctx) -> Doc:
    p = c.person("pl", "m", age=(35, 62))
    pl = c.place()
    nr = f"2026-{c.digits(4, False)}"
    d = c.ldate()
    steuernr = f"{pl.vorwahl[1:4]}/{c.digits(4)}/{c.digits(4)}"
    schule = c.pick(["Gesamtschule Nord", "Grundschule am Stadtpark", "Realschule Mitte"])
    return Doc(
        "invoice",
        f"""\
Sanitär · Heizung · Lüftung
{per(p.last.upper())} e.K. – Meisterbetrieb
Inh. {per(p.full)}
{adr(c.street())} · {ort(c.loc(pl))}
Tel. {tel(c.landline(pl))} · Notdienst {tel(c.mobile("blocks"))}
{mail(c.email(p))}

Stadt {c.city}
Zentrales Gebäudemanagement
Objekt: {schule}

RECHNUNG Nr. {nr}
Rechnungsdatum: {d}
Leistungszeitraum: 19.01.2026 bis 23.01.2026
Ihre Bestellung: ZGM-B-2026-031 vom 16.01.2026

Pos.  Menge  Einheit  Bezeichnung                                   EP €      GP €
1     6      Std.     Monteurstunden Rohrbruch Kellerverteiler      58,00    348,00
2     1      psch.    Anfahrt / Fahrzeugpauschale                   35,00     35,00
3     4      Stk.     Pressfitting Kupfer 28 mm                     12,40     49,60
4     2      m        Kupferrohr 28 x 1,0 mm                        18,90     37,80
                                                   Nettobetrag              470,40
                                                   zzgl. 19 % USt.           89,38
                                                   Rechnungsbetrag          559,78 €

Zahlbar innerhalb von 14 Tagen ohne Abzug.
Bankverbindung: Sparkasse, IBAN {iban(c.iban("DE", True))}
Steuernummer {az(steuernr)} · Amtsgericht {pl.city} {hr(c.handelsregister("HRA"))}

Vielen Dank für Ihren Auftrag! Rückfragen zur Rechnung bitte an {per(p.first)} {per(p.last)} persönlich.
""",
        [
            f"RECHNUNG Nr. {nr}",
            "559,78 €",
            "Zentrales Gebäudemanagement",
            "Monteurstunden",
            "14 Tagen",
            schule,
        ],
    )


@pii
def beschwerde_schalter(c: Ctx) -> Doc:
    p = c.person("gr")
    kid = c.person("gr", c.pick(["f", "m"]), age=(2, 12), last=None)
    clerk = c.person("de", "f")
    em, d = c.email(p), c.ldate(long=True)
    kind = "meiner Tochter" if kid.sex == "f" else "meines Sohnes"
    return Doc(
        "complaint",
        f"""\
Von: {mail(em)}
An: beschwerde@{c.domain}
Betreff: Beschwerde über Behandlung im Bürgerbüro am {d}

Sehr geehrte Damen und Herren,

ich möchte mich über den Ablauf im Bürgerbüro beschweren. Ich hatte online einen Termin um 9:40 Uhr für den Kinderreisepass {kind} {per(kid.full)} (geb. {geb(kid.birth())}) gebucht. Trotz Termin musste ich eine Wartemarke ziehen und fast eine Stunde warten.

Am Schalter 4 hat mich Ihre Mitarbeiterin, Frau {per(clerk.last)}, dann sehr unfreundlich behandelt. Sie hat vor allen anderen Wartenden laut gesagt, ich solle „erst mal richtig Deutsch lernen", weil ich wegen des Geburtsnamens nachgefragt habe. Mein Kind hat den Familiennamen seines Vaters und ich habe einen anderen Namen, das ist in Griechenland üblich. Am Ende wurde mir gesagt, es fehle die Geburtsurkunde mit Apostille, obwohl auf Ihrer Internetseite davon nichts steht.

Ich erwarte eine Entschuldigung und einen neuen Termin, bei dem ich nicht wieder bei Frau {per(clerk.last)} lande. Den Pass brauchen wir für eine Reise in den Osterferien.

Mit freundlichen Grüßen
{per(p.full)}
{adr(c.street())}
{ort(c.loc())}
Tel.: {tel(c.mobile())}
""",
        ["Bürgerbüro", "Kinderreisepass", "Wartemarke", "Schalter 4", "Apostille", "Osterferien"],
    )


@pii
@twice
def ocr_bewohnerpark(c: Ctx) -> Doc:
    p = c.person()
    pl = c.place()
    zone = c.pick(["B 3", "A 1", "C 2", "E 5"])
    eingang = c.pick(["12. FEB. 2026", "03. MRZ. 2026", "27. JAN. 2026"])
    name = c.ocr(p.rev)
    return Doc(
        "ocr_form",
        f"""\
Stadt {c.city} . Straßenverkehrsbehörde              EINGANG  {eingang}
ANTRAG AUF ERTEILUNG EINES BEWOHNERPARKAUSWEISES
(bitte in Druckbuchstaben ausfüllen)

Bewohnerparkzone: {zone}
Name, Vornarne: {per(name)}
Geburtsdaturn: {geb(c.ocr(p.birth(c.pick(["num", "short"])), 0.05))}
Straße / Hausnr.: {adr(c.ocr(c.street(), 0.06))}
PLZ / Wohnort: {ort(c.ocr(c.loc(pl), 0.04))}
Telefon (fiir Rückfragen): {tel(c.ocr(c.mobile("plain"), 0.05))}

Amt1. Kennzeichen: {kfz(c.plate(pl))}
Fahrzeughalter: [X] ich selbst  [ ] Arbeitgeber / Firmenwagen (Bescheinigung beifügen)

Ich versichere, dass ich in der Bewohnerparkzone mit Hauptwohnsitz gemeldet bin.
Anlagen: Kopie Fahrzeugschein (Zulassungsbescheinigung Teil I)
Gebühr: 30,70 EUR / Jahr

{c.city}, den {c.ldate()}     Unterschrift: {per(c.ocr(p.last, 0.15))}
-------------------------------------------------------------
nur fur Verwaltungsverrnerke:  bezahlt [ ]  Ausweis-Nr. ______
""",
        [
            "BEWOHNERPARKAUSWEISES",
            "Bewohnerparkzone",
            f"{zone}",
            "Zulassungsbescheinigung Teil I",
            "30,70 EUR",
        ],
    )


@pii
def vermerk_wohngeld(c: Ctx) -> Doc:
    father = c.person("er", "m", age=(28, 45))
    mother = c.person("er", "f", age=(24, 40))
    child = c.person("er", c.pick(["f", "m"]), age=(1, 9), last=father.first)
    clerk = c.person(c.pick(["de", "tr", "pl"]))
    vz = f"50.21-WG-{c.digits(5)}/26"
    frist = c.pick(["04.03.2026", "11.03.2026", "18.03.2026"])
    kg = f"{c.rng.randint(100, 999)}FK{c.digits(6, False)}"
    return Doc(
        "internal_note",
        f"""\
AKTENVERMERK                                       Az.: {az(vz)}

Betreff: Wohngeld (Mietzuschuss) – Erstantrag
Antragsteller: {per(father.full)}, geb. {geb(father.birth())}
Anschrift: {adr(c.street())}, {ort(c.loc())}
Datum: {c.pick(["02.02.2026", "09.02.2026", "16.02.2026"])}    Sachbearbeitung: {per(clerk.last)}

Herr {per(father.last)} sprach heute ohne Termin vor, begleitet von seiner Ehefrau {per(mother.full)} (geb. {geb(mother.birth("short"))}). Nach eritreischer Namensführung trägt die Ehefrau ihren eigenen Vatersnamen; das Kind {per(child.full)} (geb. {geb(child.birth())}) führt den Vornamen des Vaters als Familiennamen. Bitte bei der Haushaltsberechnung nicht als getrennte Haushalte erfassen!

Vorgelegt wurden: Mietbescheinigung des Vermieters, Lohnabrechnungen der letzten drei Monate (Lagerhelfer, Teilzeit), Bescheid der Familienkasse (Kindergeld-Nr. {az(kg)}).
Steuerliche IdNr. des Antragstellers: {stid(c.taxid())}
Rentenversicherungsnummer: {svn(c.svnr(father))}

Haushalt: 3 Personen. Gesamtmiete 912,00 € bruttokalt, Mietstufe IV.
Es fehlt noch die Heizkostenabrechnung 2025. Nachforderung mit Frist {frist} versandt.
Bewilligungszeitraum voraussichtlich 12 Monate (§ 25 WoGG).

WV: {frist}
""",
        ["Wohngeld", "Mietstufe IV", "912,00 €", "Heizkostenabrechnung 2025", "§ 25 WoGG", frist],
    )


@pii
@twice
def telefon_fund(c: Ctx) -> Doc:
    caller = c.person()
    clerk = c.person("de")
    azubi = c.person(c.pick(["tr", "de", "it"]), age=(17, 22))
    linie = c.pick(["Bus 378", "Linie 512", "die S1", "die U47", "Bus SB 67"])
    sache = c.pick(["Geldbörse, braunes Leder", "Rucksack, dunkelblau", "Umhängetasche, grau"])
    check = c.chance(0.5)
    nr = c.ausweis(with_check=check)
    return Doc(
        "phone_memo",
        f"""\
TELEFONNOTIZ
---------------------------------------
für:      Fundbüro / {clerk.anrede} {per(clerk.last)}
von:      {per(caller.full)}
Rückruf:  {tel(c.mobile())}  (ab 16 Uhr besser)
am:       {c.ldate()}  um {_time(c)} Uhr
notiert:  {per(azubi.first)} (Azubi)
---------------------------------------
Anliegen:
{caller.anrede} {per(caller.last)} hat am Wochenende in {linie} etwas verloren: {sache}.
Drin war u. a. der Personalausweis (Nr. laut Foto auf dem Handy: {pa(nr)}), Bankkarte schon gesperrt.
Fragt, ob schon was abgegeben wurde, sonst Verlustanzeige aufnehmen.
Wohnt: {adr(c.street())}, {ort(c.loc())}
Bitte Rückruf, auch wenn nichts da ist!!
""",
        ["TELEFONNOTIZ", "Fundbüro", "Verlustanzeige", "Rückruf", linie],
    )


@pii
def teilnehmer_gruendung(c: Ctx) -> Doc:
    vorhaben = [
        "Foodtruck (vietnamesische Küche)",
        "Schneiderei / Änderungsservice",
        "IT-Beratung (freiberuflich?)",
        "Kosmetikstudio",
        "Umzugshelfer / Transporte",
        "Café mit Kinderspielecke",
        "Online-Handel Ersatzteile",
        "Hausmeisterservice",
    ]
    origins = ["vn", "tr", "de", "it", "ua", "sy", "pl", "er"]
    rows = []
    for i, (what, o) in enumerate(zip(vorhaben, origins, strict=True), start=1):
        p = c.person(o)
        contact = mail(c.email(p)) if c.chance(0.7) else "—"
        phone = tel(c.mobile(c.pick(["plain", "blocks", "dash"]))) if c.chance(0.8) else ""
        foto = c.pick(["ja", "nein", "ja"])
        rows.append(f"{i:>2} | {per(p.rev)} | {what} | {contact} | {phone} | {foto}")
    table = "\n".join(rows)
    return Doc(
        "participant_list",
        f"""\
Wirtschaftsförderung {c.city} · in Kooperation mit dem STARTERCENTER NRW

TEILNEHMERLISTE
Infoabend „Gründen in {c.city} – Förderung, Anmeldung, erste Schritte"
Dienstag, 24.02.2026, 18:00–20:30 Uhr, Ratssaal

Nr | Name, Vorname | Gründungsvorhaben | E-Mail | Telefon | Foto-Einwilligung
---|---|---|---|---|---
{table}

Themen des Abends: Gründungsstipendium NRW, NRW.Mikrodarlehen, ERP-Gründerkredit StartGeld, Gewerbeanmeldung über das Wirtschafts-Service-Portal.NRW
Die Liste dient nur der Nachbereitung (Versand der Präsentation) und wird nach 6 Monaten gelöscht.
""",
        [
            "TEILNEHMERLISTE",
            "STARTERCENTER NRW",
            "Gründungsstipendium NRW",
            "NRW.Mikrodarlehen",
            "24.02.2026",
            "nach 6 Monaten gelöscht",
        ],
    )


@pii
@twice
def chat_sperrmuell(c: Ctx) -> Doc:
    sender = c.person()
    a = c.person("ua", "f")
    b = c.person("de", "m")
    d = c.person("tr")
    st = c.street()
    wa = c.mobile("intl")
    day = c.pick(["03.02.26", "11.02.26", "19.01.26"])
    emoji = c.pick([" 🌻", " 💐", ""])
    plate = c.plate()
    return Doc(
        "chat_export",
        f"""\
Von: {mail(c.email(sender))}
An: ordnungsamt@{c.domain}
Betreff: Illegaler Sperrmüll vor {adr(st)} – Chatverlauf als Beweis

Hallo,

seit Tagen liegt vor unserem Haus Sperrmüll (Matratze, Kühlschrank, Teppich). Der Kühlschrank ist nicht mal abgeholt angemeldet worden. Unten der Verlauf aus unserer Hausgruppe, da sieht man wer es war. Bitte kümmern Sie sich, die Kinder spielen da.

{per(sender.full)}

---- WhatsApp-Chat mit Haus {st.rsplit(" ", 1)[0]} ----
[{day}, 07:12:45] {per(a.first)}{emoji}: Wer hat die Matratze und den Kühlschrank vor die Garage gestellt??
[{day}, 07:15:02] {per(b.full)}: Ich hab gestern Abend gesehen wie der Transporter {kfz(plate)} da was ausgeladen hat
[{day}, 07:15:40] {tel(wa)}: Das war {per(d.first)}, {"die" if d.sex == "f" else "der"} zieht doch aus
[{day}, 07:21:13] {per(d.first)} {per(d.last)}: Ich hab beim Sperrmüll angerufen, kommt am 20.
[{day}, 07:22:09] {per(a.first)}{emoji}: Beim Sperrmüll muss man online anmelden, nicht anrufen 🙄
[{day}, 07:40:55] {per(b.full)}: Ich meld das jetzt beim Ordnungsamt
[{day}, 07:41:30] {per(d.first)} {per(d.last)}: Mach doch
""",
        ["Sperrmüll", "Ordnungsamt", "Hausgruppe", "Matratze", "Kühlschrank"],
    )


@pii
@twice
def expat_anmeldung(c: Ctx) -> Doc:
    p = c.person("en")
    partner = c.person(c.pick(["de", "it", "gr"]), age=(25, 45))
    pl = c.place()
    passno = c.digits(9)
    d = c.ldate()
    if "'" in p.last or p.last.startswith("Mc"):
        typo = ascii_fold(p.last).capitalize()
    else:
        typo = p.last[:3] + p.last[4] + p.last[3] + p.last[5:]
    return Doc(
        "expat_mail",
        f"""\
From: {per(p.full)} <{mail(c.email(p))}>
To: buergerbuero@{c.domain}
Subject: Meldebescheinigung – name spelled wrong / Anmeldung {d}

Dear Sir or Madam, sehr geehrte Damen und Herren,

sorry for writing in English, my German is still at A2 level. I did my Anmeldung at your Bürgerbüro last week together with my partner {per(partner.full)}. We moved into {adr(c.street())}, {ort(c.loc(pl))} on 1 February.

Unfortunately the Meldebescheinigung says "{per(typo)}" instead of "{per(p.last)}". My bank (and the Finanzamt for my Steuer-ID) need the exact spelling as in my passport, otherwise they won't open the account.

My details:
- Name: {per(p.full)}
- Date of birth: {geb(p.birth(c.pick(["us", "uk", "slash"])))}
- UK passport no. {rp(passno)}
- Phone: {tel(c.pick(["+44 7" + c.digits(3, False) + " " + c.digits(6, False), c.mobile("intl")]))}

Is it possible to correct this by e-mail or do I need a new Termin? Ich kann auch persönlich vorbeikommen, aber die nächsten freien Termine sind erst im April.

Many thanks / vielen Dank,
{per(p.first)}
""",
        ["Meldebescheinigung", "Anmeldung", "Bürgerbüro", "Finanzamt", "A2 level", "im April"],
    )


@pii
@twice
def widerspruch_abfall(c: Ctx) -> Doc:
    p = c.person(c.pick(["it", "de", "gr", "pl"]), age=(35, 80))
    q = c.person(p.origin, "f" if p.sex == "m" else "m", last=p.last, age=(35, 80))
    kz = _kassenzeichen(c)
    bescheid = c.pick(["15.01.2026", "22.01.2026", "02.02.2026"])
    home_country = {"it": "IT", "gr": "GR", "pl": "PL"}.get(p.origin, "DE")
    if c.chance(0.25):
        home_country = "DE"
    obj = c.street()
    pl = c.place()
    d = c.ldate()
    return Doc(
        "objection",
        f"""\
{per(p.full)} und {per(q.full)}
{adr(c.street())}
{ort(c.loc(pl))}

Stadt {c.city}
Fachbereich Finanzen – Steueramt
Grundbesitzabgaben

{pl.city}, {d}

Kassenzeichen: {az(kz)}
Bescheid über Grundbesitzabgaben 2026 vom {bescheid}
Objekt: {adr(obj)}

WIDERSPRUCH

Sehr geehrte Damen und Herren,

gegen den oben genannten Bescheid legen wir hiermit fristgerecht Widerspruch ein.

Begründung: Für das Objekt wird eine 240-Liter-Restmülltonne mit 14-täglicher Leerung berechnet. Wir haben bereits im Oktober 2025 den Wechsel auf eine 120-Liter-Tonne beantragt (Eingangsbestätigung der Abfallberatung liegt vor). Die Abfallgebühren sind daher um 118,44 € zu hoch festgesetzt. Die Straßenreinigungsgebühr und die Grundsteuer sind nicht Gegenstand des Widerspruchs.

Wir beantragen, den Bescheid entsprechend zu ändern und den Differenzbetrag auf unser Konto zu erstatten:
IBAN {iban(c.iban(home_country))} (Kontoinhaber: {per(p.full)})

Bis zur Entscheidung bitten wir um Aussetzung der Vollziehung in Höhe des strittigen Betrags.

Mit freundlichen Grüßen

{per(p.full)}          {per(q.full)}
""",
        [
            "WIDERSPRUCH",
            "Grundbesitzabgaben 2026",
            bescheid,
            "118,44 €",
            "Aussetzung der Vollziehung",
            "120-Liter-Tonne",
        ],
    )


@pii
def weiterleitung_gewerbeab(c: Ctx) -> Doc:
    clerk1 = c.person("de")
    clerk2 = c.person(c.pick(["de", "tr"]))
    p = c.person("vn", "f", age=(30, 55))
    pl = c.place()
    steuernr = f"{pl.vorwahl[1:4]}/{c.digits(4)}/{c.digits(4)}"
    gw = f"32.1-GA-{c.digits(6)}"
    d = c.ldate()
    return Doc(
        "forwarded_mail",
        f"""\
@ {per(clerk2.last)}: bitte als ABMELDUNG (Betriebsaufgabe) erfassen, nicht als Ummeldung – sie schreibt zwar „ummelden", meint aber die Aufgabe des Studios. GewA 3 an IHK/FA geht automatisch raus.
Gruß {per(clerk1.first)}

-----Ursprüngliche Nachricht-----
Von: {per(ascii_fold(p.full))} <{mail(c.email(p))}>
Gesendet: {d} 21:47
An: gewerbe@{c.domain}
Betreff: Gewerbe ummelden bitte

Sehr geehrte Damen und Herren

ich möchte meine Gewerbe ummelden. Mein Nagelstudio „Lotus Nails & Beauty" in {adr(c.street())}, {ort(c.loc(pl))} schließe ich zum 31.03.2026 weil Miete zu hoch ist. Ich arbeite dann angestellt bei meine Schwester.
Gewerbe-Aktenzeichen ist {az(gw)}, Steuernummer {az(steuernr)}.

Was muss ich noch machen? Muss ich zum Finanzamt selbst?

Vielen Dank
{per(p.full)}
Handy {tel(c.mobile("slash"))}
""",
        [
            "ABMELDUNG",
            "Betriebsaufgabe",
            "Ummeldung",
            "GewA 3",
            "31.03.2026",
            "Lotus Nails & Beauty",
        ],
    )


@pii
@twice
def portal_gewerbe(c: Ctx) -> Doc:
    p = c.person(c.pick(["it", "tr", "gr", "sy", "pl"]), age=(22, 55))
    pl = c.place()
    taetigkeit = c.pick(
        [
            "Einzelhandel mit italienischen Feinkostwaren, Ausschank von Kaffeegetränken ohne Alkohol",
            "Änderungsschneiderei und Textilreinigung (Annahmestelle)",
            "Handel mit gebrauchten Mobiltelefonen und Zubehör, Reparaturservice",
            "Lieferdienst für Lebensmittel (ohne eigene Herstellung)",
        ]
    )
    beginn = c.pick(["01.04.2026", "15.03.2026", "01.05.2026"])
    vg = f"WSP-{c.digits(4, False)}-{c.digits(6, False)}"
    nat = {
        "it": "italienisch",
        "tr": "türkisch",
        "gr": "griechisch",
        "sy": "syrisch",
        "pl": "polnisch",
    }[p.origin]
    sex = "weiblich" if p.sex == "f" else "männlich"
    return Doc(
        "portal_submission",
        f"""\
Gewerbe-Anmeldung nach § 14 GewO (Vordruck GewA 1)
Übermittlung aus dem Wirtschafts-Service-Portal.NRW
============================================================
Vorgangsnummer ........ {az(vg)}
Eingang ............... 2026-02-{c.rng.randint(10, 28)}T{_time(c)}:{c.rng.randint(10, 59)}+01:00
Absender-IP ........... {ip(c.ipv4())}
Zuständige Stelle ..... Stadt {c.city}, Gewerbeangelegenheiten
------------------------------------------------------------
[Angaben zur Person]
Familienname .......... {per(p.last)}
Vorname(n) ............ {per(p.first)}
Geschlecht ............ {sex}
Geburtsdatum .......... {geb(p.birth("iso"))}
Staatsangehörigkeit ... {nat}
Anschrift Wohnung ..... {adr(c.street())}, {ort(c.loc(pl))}
Telefon ............... {tel(c.mobile())}
E-Mail ................ {mail(c.email(p))}
Steuer-IdNr. .......... {stid(c.taxid(spaced=False))}
[Angaben zum Betrieb]
Betriebsstätte ........ {adr(c.street())}, {ort(c.loc(pl))}
Angemeldete Tätigkeit . {taetigkeit}
Beginn ................ {beginn}
Handelsregister ....... nicht eingetragen
Beschäftigte .......... Vollzeit 0 / Teilzeit 2
Erlaubnispflicht ...... keine angegeben
============================================================
Signatur: Online-Ausweisfunktion geprüft (Vertrauensniveau hoch)
""",
        [
            "Gewerbe-Anmeldung nach § 14 GewO",
            "GewA 1",
            "Wirtschafts-Service-Portal.NRW",
            beginn,
            "Gewerbeangelegenheiten",
            "Online-Ausweisfunktion",
        ],
    )


@pii
def sterbeurkunde_gr(c: Ctx) -> Doc:
    son = c.person("gr", "m", age=(35, 55))
    father = c.person("gr", "m", age=(70, 90), last=son.last)
    pl = c.place()
    return Doc(
        "citizen_email",
        f"""\
Betreff: Sterbeurkunden für meinen Vater – Bitte um Zusendung
Von: {mail(c.email(son))}
An: standesamt@{c.domain}

Sehr geehrte Damen und Herren vom Standesamt,

mein Vater {per(father.full)}, geboren am {geb(father.birth("long"))}, ist am 9. Januar im St.-Marien-Hospital verstorben. Der Bestatter hat den Sterbefall bei Ihnen angezeigt.

Ich benötige insgesamt vier beglaubigte Sterbeurkunden (Rentenversicherung, Bank, Versicherung, Konsulat) und eine mehrsprachige Urkunde nach dem CIEC-Übereinkommen für die Behörden in Thessaloniki. Mein Vater war griechischer Staatsangehöriger und wohnte zuletzt {adr(c.street())}, {ort(c.loc(pl))}.

Die Urkunden senden Sie bitte an meine Anschrift:
{per(son.full)}
{adr(c.street())}
{ort(c.loc())}

Die Gebühren können Sie mir gern in Rechnung stellen. Tagsüber erreichen Sie mich unter {tel(c.landline(style="ext"))}.

Mit freundlichen Grüßen
{per(son.full)}
""",
        [
            "Standesamt",
            "beglaubigte Sterbeurkunden",
            "CIEC-Übereinkommen",
            "Sterbefall",
            "9. Januar",
        ],
    )


@pii
def wbs_caritas(c: Ctx) -> Doc:
    sw = c.person(c.pick(["de", "de", "ar"]), "f")
    a = c.person("sy", "m", age=(30, 55))
    b = c.person("sy", "f", age=(28, 50))
    kids = [c.person("sy", c.pick(["f", "m"]), age=(2, 17), last=a.last) for _ in range(3)]
    pl = c.place()
    kidlines = "\n".join(f"   – {per(k.full)}, geb. {geb(k.birth())}" for k in kids)
    d = c.ldate(long=True)
    return Doc(
        "social_worker_letter",
        f"""\
Caritasverband für die Stadt {pl.city} e. V.
Fachdienst Integration und Migration
{per(sw.full)}, Dipl.-Sozialarbeiterin
Durchwahl {tel(c.landline(pl, "ext"))} · {mail(c.email(sw, "caritas-" + ascii_fold(pl.city, True).lower() + ".de"))}

An die Stadt {c.city}
Amt für Wohnen – Wohnberechtigungsschein

{d}

Antrag auf Ausstellung eines Wohnberechtigungsscheins (WBS) für Familie {per(a.last)}/{per(b.last)}

Sehr geehrte Damen und Herren,

mit Einverständnis der Familie (Schweigepflichtentbindung anbei) übersende ich den Antrag auf einen Wohnberechtigungsschein für folgende Haushaltsmitglieder:

   – {per(a.full)}, geb. {geb(a.birth())} (Antragsteller)
   – {per(b.full)}, geb. {geb(b.birth())} (Ehefrau)
{kidlines}

Die Familie lebt derzeit in einer 2-Zimmer-Wohnung mit 54 m² unter der Anschrift {adr(c.street())}, {ort(c.loc(pl))}. Die Wohnung ist für fünf Personen deutlich zu klein, das jüngste Kind schläft im Flur. Es handelt sich ausdrücklich nicht um einen Antrag auf Wohngeld; dieser wurde bereits gesondert gestellt.

Einkommensnachweise (Herr {per(a.last)} arbeitet als Busfahrer in Vollzeit) sowie die Aufenthaltstitel liegen in Kopie bei. Wegen der Wohnungsgröße bitte ich zu prüfen, ob eine Dringlichkeit nach den örtlichen Vergaberichtlinien anerkannt werden kann.

Rückfragen gern an mich, Herr {per(a.last)} ist mobil unter {tel(c.mobile())} erreichbar (Arabisch, etwas Deutsch).

Mit freundlichen Grüßen
{per(sw.full)}
""",
        [
            "Wohnberechtigungsschein",
            "Caritasverband",
            "Schweigepflichtentbindung",
            "54 m²",
            "nicht um einen Antrag auf Wohngeld",
            "Dringlichkeit",
        ],
    )


@pii
@twice
def maengel_app(c: Ctx) -> Doc:
    p = c.person()
    kat, text = c.rng.choice(
        [
            (
                "Straßenschäden / Schlagloch",
                "Tiefes Schlagloch auf der rechten Fahrspur, ca. 40 cm breit. Radfahrer müssen ausweichen, abends kaum zu sehen.",
            ),
            (
                "Beleuchtung",
                "Die Straßenlaterne vor der Bushaltestelle ist seit über einer Woche dunkel. Der Gehweg ist morgens stockfinster.",
            ),
            (
                "Wilder Müll",
                "Mehrere Säcke mit Bauschutt und alte Farbeimer am Waldweg abgeladen, teilweise ausgelaufen.",
            ),
        ]
    )
    ort_desc = c.pick(
        [
            "Einmündung Talstraße / Im Siepen",
            "Höhe Spielplatz Lohbachstraße",
            "Parkplatz am Friedhof, Zufahrt Feldmark",
        ]
    )
    lat, lon = 51.3 + c.rng.random() / 10, 7.2 + c.rng.random() / 3
    contact = c.chance(0.5)
    kontakt = (
        f"Name: {per(p.full)}\nE-Mail: {mail(c.email(p))}\nTelefon: {tel(c.mobile())}"
        if contact
        else f"Name: {per(p.full)}\nE-Mail: {mail(c.email(p))}\nTelefon: (keine Angabe)"
    )
    return Doc(
        "portal_submission",
        f"""\
Mängelmelder {c.city} – neue Meldung
Status: offen · Zuständig: Tiefbauamt (66)
Kategorie: {kat}
Ort: {ort_desc} (GPS {lat:.5f}, {lon:.5f})
Beschreibung:
{text}
Fotos: 2 Anhänge
Meldung über die App, Version 3.8.1, übermittelt von {ip(c.pick([c.ipv4(), c.ipv6()]))}

Kontaktdaten (optional, nicht öffentlich):
{kontakt}
Rückmeldung gewünscht: ja
""",
        ["Mängelmelder", "Tiefbauamt (66)", kat, ort_desc, "Rückmeldung gewünscht"],
    )


@pii
def sondernutzung_gastro(c: Ctx) -> Doc:
    gf = c.person("it", age=(30, 60))
    gf2 = c.person("it", age=(30, 60))
    pl = c.place()
    name = c.pick(["Trattoria Da Nonna", "Caffè Centrale", "Pizzeria Vesuvio"])
    return Doc(
        "business_letter",
        f"""\
{name} Gastro GmbH
{adr(c.street())} · {ort(c.loc(pl))}
Geschäftsführer: {per(gf.full)}, {per(gf2.full)}
Registergericht: Amtsgericht {pl.city}, {hr(c.handelsregister())}

Stadt {c.city}
Tiefbauamt – Sondernutzungen

Antrag auf Sondernutzungserlaubnis für Außengastronomie, Saison 2026

Sehr geehrte Damen und Herren,

wie in den letzten Jahren beantragen wir die Erlaubnis, vor unserem Restaurant auf dem Gehweg Tische und Stühle aufzustellen:

Zeitraum: 1. April bis 31. Oktober 2026
Fläche: 4,20 m x 2,50 m = 10,5 m² (Lageplan anbei)
Möblierung: 6 Tische, 24 Stühle, 2 Sonnenschirme ohne Werbeaufdruck, keine Heizpilze
Restgehwegbreite: 1,80 m bleibt frei

Neu ist, dass wir abends bis 23 Uhr Wein ausschenken wollen. Unsere Gaststättenerlaubnis (§ 2 GastG) umfasst den Außenbereich bisher nicht – bitte teilen Sie uns mit, ob wir das beim Ordnungsamt gesondert beantragen müssen.

{"Ansprechpartnerin ist Frau" if gf.sex == "f" else "Ansprechpartner ist Herr"} {per(gf.last)}, mobil {tel(c.mobile())} oder {mail(c.email(gf))}.

Mit freundlichen Grüßen
{per(gf.full)}
{"Geschäftsführerin" if gf.sex == "f" else "Geschäftsführer"}
""",
        [
            "Sondernutzungserlaubnis",
            "Außengastronomie",
            "Tiefbauamt",
            "10,5 m²",
            "§ 2 GastG",
            "31. Oktober 2026",
        ],
    )


@pii
def gaststaette_vn(c: Ctx) -> Doc:
    p = c.person("vn", "m", age=(30, 60))
    w = c.person("vn", "f", age=(28, 55))
    pl = c.place()
    d = c.ldate()
    return Doc(
        "citizen_email",
        f"""\
Von: {mail(c.email(p))}
An: ordnungsamt@{c.domain}
Datum: {d}
Betreff: Antrag Gaststättenerlaubnis – Imbiss „Phở Hà Nội"

Guten Tag Frau/Herr Sachbearbeiter,

wir betreiben seit 2019 einen Imbiss ohne Alkohol in {adr(c.street())}, {ort(c.loc(pl))}. Jetzt möchten wir auch Flaschenbier und Reiswein ausschenken. Die Steuerberaterin sagt, dafür brauchen wir eine Gaststättenerlaubnis nach § 2 GastG.

Im Anhang schicke ich:
1. Antragsformular (ausgefüllt und unterschrieben)
2. Kopie Personalausweis Nr. {pa(c.ausweis())} (Inhaber: {per(p.full)})
3. Führungszeugnis Belegart O ist beantragt, kommt direkt zu Ihnen
4. Auskunft aus dem Gewerbezentralregister ist beantragt
5. Unterrichtungsnachweis IHK (Lebensmittelhygiene) vom 14.11.2025
6. Grundriss mit Gastraum 38 m² und Toiletten

Meine Steuer-ID ist {stid(c.taxid())}. Die Erlaubnis soll auf meinen Namen laufen, nicht auf meine Frau {per(w.full)}, die ist nur angestellt.

Geburtsdatum von mir: {geb(p.birth())}. Telefonnummer Imbiss {tel(c.landline(pl))}, Handy {tel(c.mobile())}.

Mit freundlichem Gruß
{per(p.full)}
""",
        [
            "Gaststättenerlaubnis",
            "§ 2 GastG",
            "Führungszeugnis Belegart O",
            "Gewerbezentralregister",
            "Unterrichtungsnachweis IHK",
            "38 m²",
        ],
    )


@pii
def bauantrag_architekt(c: Ctx) -> Doc:
    arch = c.person(c.pick(["de", "noble", "gr"]), age=(35, 65))
    b1 = c.person("tr", "m", age=(35, 60))
    b2 = c.person("tr", "f", age=(30, 58), last=b1.last)
    pl = c.place()
    mnr = f"{c.digits(3, False)} {c.digits(2)}"
    akz = f"63/{c.digits(4, False)}/2026"
    d = c.ldate()
    return Doc(
        "business_letter",
        f"""\
Architekturbüro {per(arch.full)}
Freie Architektin/Freier Architekt · Mitglied der Architektenkammer NRW, Mitgl.-Nr. {az(mnr)}
{adr(c.street())} · {ort(c.loc(pl))} · Tel. {tel(c.landline(pl, "blocks"))}

Stadt {c.city}
Bauordnungsamt (63)

{pl.city}, {d}

Ihr Zeichen: {az(akz)}
Bauvorhaben: Nutzungsänderung Ladenlokal in Café mit 20 Sitzplätzen
Grundstück: {adr(c.street())}, {ort(c.loc())}
Bauherren: {per(b1.full)} und {per(b2.full)}

Nachreichung von Unterlagen

Sehr geehrte Damen und Herren,

mit Schreiben vom 12.01.2026 hatten Sie die Unvollständigkeit des Bauantrags festgestellt. Anbei reiche ich für die Bauherren nach:

- Stellplatznachweis (2 Stellplätze, Ablösung für 1 Stellplatz beantragt)
- Brandschutzkonzept des Sachverständigen
- Betriebsbeschreibung mit Öffnungszeiten und Angaben zur Lüftung
- Bauvorlageberechtigung (Kopie Kammerausweis)

Ich bitte darum, die Frist für die Nachreichung als gewahrt anzusehen. Herr {per(b1.last)} ist unter {tel(c.mobile())} direkt erreichbar, falls eine Ortsbesichtigung nötig wird.

Mit freundlichen Grüßen
{per(arch.full)}
""",
        [
            "Bauordnungsamt (63)",
            "Nutzungsänderung",
            "Stellplatznachweis",
            "Brandschutzkonzept",
            "12.01.2026",
            "Bauvorlageberechtigung",
        ],
    )


@pii
@twice
def fund_tasche(c: Ctx) -> Doc:
    finder = c.person(c.pick(["pl", "de", "tr", "gr"]))
    owner = c.person(c.pick(["ua", "sy", "er", "it", "de"]))
    doc = c.chance(0.5)
    if doc:
        papier = f"einen deutschen Reisepass (Nummer {rp(c.reisepass())}) auf den Namen {per(owner.full)}"
    else:
        papier = (
            f"einen Personalausweis, Nummer {pa(c.ausweis())}, ausgestellt für {per(owner.full)}"
        )
    where = c.pick(
        [
            "im Stadtpark auf einer Bank",
            "am Bahnhof in der Nähe der Fahrradstation",
            "auf dem Parkplatz vom Baumarkt",
        ]
    )
    return Doc(
        "citizen_email",
        f"""\
Betreff: Fundsache – Tasche mit Ausweis gefunden
Von: {mail(c.email(finder))}
An: fundbuero@{c.domain}

Hallo,

ich habe gestern Abend {where} eine schwarze Handtasche gefunden. Drin sind ein Schlüsselbund, etwas Bargeld (ca. 25 Euro) und {papier}. Geboren laut Ausweis am {geb(owner.birth())}. Auf einem Zettel steht noch eine Adresse: {adr(c.street())}, {ort(c.loc())} – da war aber niemand zu Hause.

Ich kann die Tasche am Montag ins Fundbüro bringen. Wenn sich {owner.anrede} {per(owner.last)} vorher meldet, kann sie/er mich auch direkt anrufen: {tel(c.mobile())}. Finderlohn will ich nicht.

Gruß
{per(finder.full)}
""",
        ["Fundsache", "Fundbüro", "Handtasche", "Finderlohn", "25 Euro"],
    )


@pii
def feuerwerk_hochzeit(c: Ctx) -> Doc:
    p = c.person("tr", "m", age=(22, 35))
    bride = c.person("tr", "f", age=(20, 33))
    pyro = c.person("de", "m", age=(35, 65))
    bs = f"BS-{c.digits(2)}-{c.digits(4)}/{c.pick(['19', '21', '23'])}"
    d = c.ldate()
    return Doc(
        "citizen_email",
        f"""\
An: ordnungsamt@{c.domain}
Von: {mail(c.email(p))}
Datum: {d}
Betreff: Anzeige Feuerwerk Hochzeit 16. Mai 2026

Sehr geehrte Damen und Herren,

am Samstag, 16. Mai 2026 feiern meine Verlobte {per(bride.full)} und ich, {per(p.full)}, unsere Hochzeit im Festsaal „Bosporus Event Center". Gegen 22:30 Uhr soll auf dem Parkplatz hinter dem Saal ein kleines Höhenfeuerwerk (ca. 8 Minuten, Kategorie F2 und F3) abgebrannt werden.

Das Feuerwerk macht ein Pyrotechniker mit Befähigungsschein nach § 20 SprengG:
{per(pyro.full)}, Befähigungsschein Nr. {az(bs)}, Tel. {tel(c.mobile())}

Die Anzeige soll nach meiner Information zwei Wochen vorher bei Ihnen sein, deshalb schreibe ich schon jetzt. Was kostet die Ausnahmegenehmigung und müssen die Nachbarn informiert werden?

Meine Anschrift: {adr(c.street())}, {ort(c.loc())}, Telefon {tel(c.mobile())}

Vielen Dank und freundliche Grüße
{per(p.full)}
""",
        [
            "Feuerwerk",
            "16. Mai 2026",
            "§ 20 SprengG",
            "Höhenfeuerwerk",
            "Ausnahmegenehmigung",
            "Bosporus Event Center",
        ],
    )


@pii
def handwerkerpark(c: Ctx) -> Doc:
    gf = c.person(c.pick(["de", "pl", "gr"]), "m", age=(35, 65))
    office = c.person("de", "f")
    pl = c.place()
    plates = "\n".join(
        f"  {i}. {kfz(c.plate(pl))} – {typ}"
        for i, typ in enumerate(
            ["Transporter Ford Transit", "Caddy Kastenwagen", "Sprinter mit Hebebühne"], start=1
        )
    )
    return Doc(
        "business_email",
        f"""\
Von: {mail(c.email(office, "elektro-lippe.de"))}
An: strassenverkehr@{c.domain}
Betreff: Antrag Handwerkerparkausweis – 3 Fahrzeuge

Guten Morgen,

für unseren Betrieb Elektro Lippe GmbH ({adr(c.street())}, {ort(c.loc(pl))}, Amtsgericht {pl.city} {hr(c.handelsregister())}) beantragen wir Handwerkerparkausweise für folgende Servicefahrzeuge:

{plates}

Die Fahrzeuge werden täglich im Stadtgebiet für Kundendienst und Wartung von Aufzugsanlagen eingesetzt; Material und Messgeräte können nicht getragen werden. Zulassungsbescheinigungen und Handwerkskarte hängen an. Die Gebühr von 250,00 € je Ausweis und Jahr bitte per Rechnung.

Geschäftsführer ist {per(gf.full)}; Rückfragen bitte an mich im Büro, Tel. {tel(c.landline(pl, "ext"))}.

Freundliche Grüße
{per(office.full)}
Büro/Disposition
""",
        [
            "Handwerkerparkausweis",
            "Elektro Lippe GmbH",
            "250,00 €",
            "Handwerkskarte",
            "Aufzugsanlagen",
        ],
    )


@pii
def ocr_hundeanmeldung(c: Ctx) -> Doc:
    p = c.person(c.pick(["de", "pl", "ua"]), age=(25, 75))
    pl = c.place()
    name = c.ocr(p.last, 0.1)
    vor = c.ocr(p.first, 0.1)
    return Doc(
        "ocr_form",
        f"""\
Stadt {c.city} - Der Oberbürgermeister - Steueramt
Anmeldung zur Hundesteuer
------------------------------------------------------------------
Hundehalter/in
Narne: {per(name)}        Vorname: {per(vor)}
geb. am: {geb(c.ocr(p.birth("yy"), 0.05))}
Straße, Nr.: {adr(c.ocr(c.street(), 0.05))}
PLZ, 0rt: {ort(c.ocr(c.loc(pl), 0.03))}
Tel.: {tel(c.ocr(c.landline(pl, "slash"), 0.04))}

Angaben zum Hund
Rasse: Labrador-Mischling     Farbe: schwarz     Wurfjahr: 2024
Der Hund wird gehalten seit: 01.02.2026
[ ] gefährlicher Hund (§ 3 LHundG NRW)  [X] nein
[ ] große r Hund (§ 11 LHundG NRW)       [X] ja, Sachkundenachweis liegt bei

SEPA-Lastschriftmandat (Gläubiger-ID der Stadt siehe Rückseite)
Kontoinhaber: {per(c.ocr(p.full, 0.06))}
IBAN: {iban(c.iban("DE", True))}

Datum: {c.ldate()}       Unterschrift: {per(c.ocr(p.last, 0.2))}
""",
        [
            "Hundesteuer",
            "Steueramt",
            "§ 11 LHundG NRW",
            "Sachkundenachweis",
            "SEPA-Lastschriftmandat",
            "Labrador-Mischling",
        ],
    )


@pii
def vermerk_auskunftssperre(c: Ctx) -> Doc:
    p = c.person(c.pick(["de", "pl", "ar", "ua"]), "f", age=(22, 50))
    ex = c.person(c.pick(["de", "tr", "ar", "pl"]), "m", age=(25, 55))
    clerk = c.person("de")
    vz = f"33.12-AS-{c.digits(4)}/26"
    agaz = f"{c.rng.randint(10, 99)} F {c.rng.randint(100, 999)}/25"
    bis = c.pick(["19.02.2028", "04.03.2028"])
    return Doc(
        "internal_note",
        f"""\
Vermerk – VERTRAULICH – nur für den Vorgang {az(vz)}

Auskunftssperre gemäß § 51 BMG

Antragstellerin: {per(p.rev)}, geb. {geb(p.birth())}
neue Anschrift (NICHT herausgeben!): {adr(c.street())}, {ort(c.loc())}

Frau {per(p.last)} erschien persönlich und legte einen Beschluss des Amtsgerichts nach dem Gewaltschutzgesetz vor (Az. {az(agaz)}). Der Beschluss richtet sich gegen ihren früheren Lebensgefährten {per(ex.full)}. Laut Antragstellerin hat Herr {per(ex.last)} über eine Melderegisterauskunft schon einmal ihre frühere Wohnung ausfindig gemacht.

Die Gefahr für Leben, Gesundheit und persönliche Freiheit ist glaubhaft gemacht. Auskunftssperre eingetragen bis {bis} (zwei Jahre, Verlängerung auf Antrag möglich). Übermittlungssperre an Adressbuchverlage ebenfalls gesetzt. Kontakt nur über Mobilnummer {tel(c.mobile())}, keine Post an die neue Anschrift ohne Rücksprache.

{per(clerk.last)}, Meldebehörde, {c.ldate()}
""",
        [
            "Auskunftssperre gemäß § 51 BMG",
            "Gewaltschutzgesetz",
            bis,
            "Meldebehörde",
            "Übermittlungssperre",
        ],
    )


@pii
def telefon_widerspruch(c: Ctx) -> Doc:
    p = c.person(c.pick(["de", "tr", "ar", "it", "pl"]), age=(30, 80))
    clerk = c.person("de")
    vz = f"50.3-{c.digits(6)}"
    return Doc(
        "phone_memo",
        f"""\
Gesprächsnotiz Telefon                     {c.ldate()}, {_time(c)}
Anrufer/in: {per(p.full)}
Tel.: {tel(c.landline())}
Aktenzeichen lt. Anrufer: {az(vz)}
aufgenommen von: {per(clerk.first)} {per(clerk.last)}, Wohngeldstelle

Inhalt: {p.anrede} {per(p.last)} ist „nicht einverstanden" mit dem Bescheid vom 28.01., das Wohngeld sei viel zu niedrig, die Nebenkosten seien nicht berücksichtigt worden. Wollte „das telefonisch klarstellen".

Hinweis gegeben: Widerspruch ist schriftlich oder zur Niederschrift bei der Behörde einzulegen, telefonisch reicht nicht. Frist: ein Monat ab Bekanntgabe. Angeboten, heute noch ein Formular per Post zu senden an: {adr(c.street())}, {ort(c.loc())}.
{p.anrede} {per(p.last)} kommt lieber am Donnerstag persönlich (Sprechzeit 8–12 Uhr).

→ bitte Akte bereitlegen
""",
        [
            "Gesprächsnotiz",
            "Wohngeldstelle",
            "nicht einverstanden",
            "ein Monat ab Bekanntgabe",
            "zur Niederschrift",
            "28.01.",
        ],
    )


@pii
@twice
def laerm_nachbar(c: Ctx) -> Doc:
    p = c.person()
    n = c.person()
    st = c.street()
    d = c.ldate(long=True)
    when = c.pick(
        [
            "jedes Wochenende bis 3 Uhr nachts",
            "seit Wochen fast jeden Abend ab 22 Uhr",
            "am Freitag und Samstag bis in den frühen Morgen",
        ]
    )
    return Doc(
        "complaint",
        f"""\
Betreff: Ruhestörung {adr(st)} – was kann man tun?

Sehr geehrte Damen und Herren vom Ordnungsamt,

ich wohne im 2. OG und über mir wohnt {n.anrede} {per(n.full)}. Dort wird {when} laut Musik gehört, es wird gegrölt und auf dem Balkon geraucht und Flaschen runtergeworfen. Ich habe {n.herrn} {per(n.last)} schon zweimal freundlich angesprochen und einen Zettel geschrieben, ohne Erfolg. Die Hausverwaltung sagt, sie sei nicht zuständig.

Ich arbeite im Schichtdienst im Krankenhaus und muss um 5 Uhr aufstehen. Die Polizei war einmal da (am {d}), danach war eine Stunde Ruhe.

Bitte sagen Sie mir, ob das Ordnungsamt hier ein Bußgeldverfahren einleiten kann oder ob ich ein Lärmprotokoll führen soll. Ich bin bereit, als Zeuge/Zeugin auszusagen.

Mit freundlichen Grüßen
{per(p.full)}
{adr(st)}, 2. OG
{ort(c.loc())}
{tel(c.mobile())}
""",
        ["Ruhestörung", "Ordnungsamt", "Bußgeldverfahren", "Lärmprotokoll", "Schichtdienst"],
    )


@pii
def vermieter_unbekannt(c: Ctx) -> Doc:
    landlord = c.person("de", "m", age=(55, 85))
    tenant = c.person(c.pick(["pl", "ua", "tr", "it"]))
    pl = c.place()
    rest = c.pick(["1.460,00 €", "2.125,50 €", "870,00 €"])
    return Doc(
        "landlord_letter",
        f"""\
{per(landlord.full)}
Vermietung & Verwaltung eigener Objekte
{adr(c.street())}
{ort(c.loc(pl))}
Telefon {tel(c.landline(pl, "paren"))}

An das Bürgeramt der Stadt {c.city}
– Melderegister –

{c.ldate()}

Anfrage nach neuer Anschrift {"meiner ehemaligen Mieterin" if tenant.sex == "f" else "meines ehemaligen Mieters"}

Guten Tag,

{"meine Mieterin" if tenant.sex == "f" else "mein Mieter"} {per(tenant.full)} (ca. Jahrgang {tenant.dob.year}) hat die Wohnung {adr(c.street())} zum 31.12.2025 gekündigt und ist ausgezogen, ohne eine neue Anschrift zu hinterlassen. Es stehen noch Nebenkosten und eine Schadensersatzforderung von {rest} offen. Auf der Kaution ist nicht genug.

Ich bitte um Mitteilung, wohin {tenant.anrede} {per(tenant.last)} verzogen ist. Wenn das Geld kostet, bitte Rechnung beilegen. Mietvertrag und Kündigungsschreiben lege ich bei.

Hochachtungsvoll
{per(landlord.full)}
""",
        ["Bürgeramt", "Melderegister", "Nebenkosten", rest, "31.12.2025", "Kaution"],
    )


@pii
def expat_ukraine(c: Ctx) -> Doc:
    p = c.person("ua", "f", age=(25, 50))
    kid = c.person("ua", "m", age=(6, 14), last=p.last)
    pl = c.place()
    uapass = "".join(c.rng.choice("ABCEHKMOPTX") for _ in range(2)) + c.digits(6, False)
    return Doc(
        "expat_mail",
        f"""\
Subject: Anmeldung for me and my son / Termin not possible online
From: {mail(c.email(p, "ukr.net"))}
To: buergerbuero@{c.domain}

Dear Bürgerbüro team / Guten Tag,

I am {per(p.full)} from Kharkiv, since February I live with my son {per(kid.first)} in {adr(c.street())}, {ort(c.loc(pl))} (flat from the Wohnungsamt, Wohnungsgeberbestätigung attached). The online Terminvergabe always shows "keine Termine verfügbar".

For the Jobcenter and the school of {per(kid.first)} I need a Meldebescheinigung very urgent. The Ausländerbehörde has my Fiktionsbescheinigung already.

Our data:
1) {per(p.last.upper())} {per(p.first.upper())}, born {geb(p.birth("slash"))}, Ukrainian passport {rp(uapass)}
2) {per(kid.last.upper())} {per(kid.first.upper())}, born {geb(kid.birth("slash"))}

Can I come without Termin? I can also come early morning. My phone (Viber/WhatsApp): {tel(c.mobile("intl"))}

Дякую / Danke schön,
{per(p.first)}
""",
        [
            "Wohnungsgeberbestätigung",
            "Meldebescheinigung",
            "Fiktionsbescheinigung",
            "Ausländerbehörde",
            "Terminvergabe",
            "Jobcenter",
        ],
    )


@pii
def rechnung_dolmetscher(c: Ctx) -> Doc:
    p = c.person("sy", "f", age=(28, 60))
    groom = c.person("sy", "m", age=(22, 40))
    bride = c.person(c.pick(["de", "ar"]), "f", age=(22, 40))
    pl = c.place()
    steuernr = f"{pl.vorwahl[1:4]}/{c.digits(4)}/{c.digits(4)}"
    nr = f"D-{c.digits(3, False)}/26"
    return Doc(
        "invoice",
        f"""\
{per(p.full)}
Öffentlich bestellte und allgemein beeidigte Dolmetscherin und Übersetzerin für Arabisch
{adr(c.street())}, {ort(c.loc(pl))}
Mobil {tel(c.mobile())} · {mail(c.email(p))}
Steuernummer: {az(steuernr)} · Steuer-IdNr.: {stid(c.taxid())}

Stadt {c.city}
Standesamt
– Eheschließungen –

Rechnung Nr. {nr}
Rechnungsdatum: {c.pick(["09.02.2026", "10.02.2026", "16.02.2026"])}

Dolmetschleistung bei der Eheschließung {per(groom.full)} / {per(bride.full)}
am 06.02.2026, 11:00 Uhr, Trauzimmer im Rathaus

Abrechnung nach dem Justizvergütungs- und -entschädigungsgesetz (JVEG):
Dolmetschen 1,5 Std. à 85,00 €                    127,50 €
Fahrtkosten 2 x 18 km à 0,42 €                     15,12 €
Zwischensumme                                      142,62 €
Umsatzsteuer entfällt (Kleinunternehmerregelung, § 19 UStG)
Gesamtbetrag                                       142,62 €

Bitte überweisen Sie den Betrag innerhalb von 30 Tagen auf mein Konto
IBAN {iban(c.iban())}

Mit freundlichen Grüßen
{per(p.full)}
""",
        [f"Rechnung Nr. {nr}", "142,62 €", "JVEG", "§ 19 UStG", "Standesamt", "06.02.2026"],
    )


@pii
def ocr_rechnung_garten(c: Ctx) -> Doc:
    p = c.person("de", "m", age=(35, 65))
    pl = c.place()
    nr = c.digits(4, False)
    return Doc(
        "invoice",
        f"""\
GaLaBau {per(c.ocr(p.last, 0.1))}  ·  Garten- und Landschaftsbau
{adr(c.ocr(c.street(), 0.05))}  {ort(c.ocr(c.loc(pl), 0.03))}
Tel {tel(c.ocr(c.landline(pl, "slash"), 0.04))}   Fax {tel(c.landline(pl, "slash"))}

Stadt {c.city}
Grünflächenamt
z. Hd. Abt. Baumpflege

RECHNUNG  Nr. {nr}                                 Datum: {c.ldate()}
Baustelle: Spielplatz am Stadtweiher

Pos  Leistung                                   Menge      EP        Betrag
01   Rückschnitt Hainbuchenhecke, h = 2,0 m     85 m      4,80      408,00
02   Abfuhr Grünschnitt inkl. Entsorgung        6 m³     32,50      195,00
03   Nachpflanzung Feldahorn, 12-14 cm StU      2 Stk   310,00      620,00
                                              Netto             1.223,00
                                              19% MwSt            232,37
                                              Gesamt            1.455,37 EUR

Zahlbar ohne Abzug bis 15.03.2026 auf Konto
IBAN  {iban(c.iban("DE", True))}   BIC WELADED1XXX
Inh. {per(c.ocr(p.full, 0.05))} · USt wird vom Finanzamt {pl.city} veranlagt
""",
        [
            "Grünflächenamt",
            "Spielplatz am Stadtweiher",
            "1.455,37 EUR",
            "15.03.2026",
            "Hainbuchenhecke",
        ],
    )


@pii
def chat_teams_intern(c: Ctx) -> Doc:
    a = c.person("de", "f")
    b = c.person(c.pick(["tr", "pl", "de"]), "m")
    citizen = c.person()
    vz = f"33.2-{c.digits(5)}"
    day = c.pick(["Dienstag", "Mittwoch", "Donnerstag"])
    return Doc(
        "chat_export",
        f"""\
Chat-Export (Teams) – Team Bürgerbüro – {day}
{per(a.rev)}  08:52
Morgen, kannst du mal in den Vorgang {az(vz)} schauen? {citizen.anrede} {per(citizen.last)} steht schon wieder am Infoschalter
{per(b.rev)}  08:54
welche(r) {per(citizen.last)}? wir haben zwei
{per(a.rev)}  08:54
{per(citizen.full)}, geb. {geb(citizen.birth("yy"))}, wohnt jetzt {adr(c.street())}
{per(b.rev)}  08:57
ah ok. Die Ummeldung ist durch, die Meldebescheinigung ist raus gegangen. Handynummer im Vorgang ist {tel(c.mobile("plain"))}, soll ich anrufen?
{per(a.rev)}  08:58
nee, ich geb sie ihm/ihr gleich am Schalter nochmal aus. danke dir 👍
{per(b.rev)}  09:01
Denk an die Quittung, Gebühr 10 € bar
""",
        [
            "Chat-Export (Teams)",
            "Team Bürgerbüro",
            "Ummeldung",
            "Meldebescheinigung",
            "Gebühr 10 €",
        ],
    )


@pii
def teilnehmer_buergerversammlung(c: Ctx) -> Doc:
    rows = []
    for i in range(1, 8):
        p = c.person()
        name = c.ocr(p.full, 0.07)
        adresse = f"{adr(c.ocr(c.street(), 0.05))}"
        unterschrift = per(c.ocr(p.last, 0.25))
        rows.append(f"{i}  | {per(name)} | {adresse} | {unterschrift}")
    table = "\n".join(rows)
    return Doc(
        "participant_list",
        f"""\
Biirgerinformationsveranstaltung Bebauungsplan Nr. 214 „Am Lohbach"
Anwesenheitsliste (freiwillige Angabe)          Seite 1 von 2
Ort: Aula Gesamtschule, Beginn 19:00 Uhr, 05.03.2026

Nr | Name | Anschrift | Unterschrift
---+------+-----------+-------------
{table}

Hinweis: Die Angaben werden nur fiir die Benachrichtigung über die öffentliche Auslegung verwendet (§ 3 Abs. 2 BauGB).
""",
        [
            "Bebauungsplan Nr. 214",
            "Anwesenheitsliste",
            "§ 3 Abs. 2 BauGB",
            "05.03.2026",
            "Aula Gesamtschule",
        ],
    )


@pii
def eheschliessung(c: Ctx) -> Doc:
    a = c.person("gr", age=(25, 40))
    b = c.person("it", "f" if a.sex == "m" else "m", age=(25, 40))
    pl = c.place()
    return Doc(
        "citizen_email",
        f"""\
Von: {per(a.full)} <{mail(c.email(a))}>
An: standesamt@{c.domain}
Betreff: Welche Unterlagen für Anmeldung Eheschließung? (Griechenland / Italien)

Guten Tag,

mein Partner/meine Partnerin {per(b.full)} und ich möchten im Sommer bei Ihnen im Standesamt heiraten. Wir wohnen zusammen in {adr(c.street())}, {ort(c.loc(pl))}. Ich bin griechische Staatsangehörige/r (geb. {geb(a.birth())} in Deutschland), {per(b.first)} ist Italiener/in (geb. {geb(b.birth("long"))} in Neapel).

Fragen:
1. Brauchen wir ein Ehefähigkeitszeugnis aus beiden Ländern oder reicht die mehrsprachige Geburtsurkunde?
2. Muss die italienische Urkunde übersetzt werden, wenn sie nach dem Wiener CIEC-Übereinkommen ausgestellt ist?
3. Können wir den Termin im Trauzimmer im Schloss schon reservieren, bevor die Anmeldung vollständig ist?

Meine Ausweisnummer (deutscher Aufenthaltstitel) habe ich nicht, aber mein griechischer Pass hat die Nummer {rp("".join(c.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + c.digits(7, False))}.

Vielen Dank und viele Grüße
{per(a.first)} {per(a.last)}
{tel(c.mobile())}
""",
        ["Eheschließung", "Ehefähigkeitszeugnis", "CIEC-Übereinkommen", "Trauzimmer", "Standesamt"],
    )


@pii
def widerspruch_vdk(c: Ctx) -> Doc:
    rep = c.person("de", age=(30, 60))
    p = c.person(c.pick(["de", "tr", "pl", "ua"]), age=(62, 85))
    pl = c.place()
    vz = f"50.2-WG-{c.digits(5)}/25"
    mnr = c.digits(8, False)
    return Doc(
        "objection",
        f"""\
Sozialverband VdK Nordrhein-Westfalen e. V.
Kreisverband {pl.city} · Sozialrechtsberatung
{adr(c.street())} · {ort(c.loc(pl))}

Stadt {c.city}
Wohngeldstelle

Ihr Zeichen: {az(vz)}
Unser Mitglied: {per(p.full)}, Mitgliedsnummer {az(mnr)}
Rentenversicherungsnummer: {svn(c.svnr(p, spaced=c.chance(0.5)))}
wohnhaft {adr(c.street())}, {ort(c.loc())}

{c.ldate()}

Widerspruch gegen den Ablehnungsbescheid vom 19.01.2026

Sehr geehrte Damen und Herren,

unter Vorlage der Vollmacht zeigen wir an, dass wir {p.herrn} {per(p.last)} vertreten. Namens und im Auftrag unseres Mitglieds legen wir gegen den Bescheid vom 19.01.2026, mit dem der Antrag auf Wohngeld abgelehnt wurde, Widerspruch ein.

Die Ablehnung stützt sich darauf, dass das Einkommen die Höchstgrenze überschreite. Dabei wurde die Grundrente als voller Einkommensbestandteil angesetzt und der Freibetrag nach § 17a WoGG nicht berücksichtigt. Außerdem ist die Heizkostenkomponente unberücksichtigt geblieben.

Wir beantragen Akteneinsicht und bitten um Übersendung der Berechnungsbögen. Eine ausführliche Begründung reichen wir nach Einsicht nach.

Mit freundlichen Grüßen
{per(rep.full)}
Sozialrechtsreferent/in
Tel. {tel(c.landline(pl, "ext"))}
""",
        [
            "Widerspruch gegen den Ablehnungsbescheid",
            "19.01.2026",
            "§ 17a WoGG",
            "Akteneinsicht",
            "Sozialverband VdK",
            "Heizkostenkomponente",
        ],
    )


@pii
@twice
def kindergeld_meldebescheinigung(c: Ctx) -> Doc:
    p = c.person(c.pick(["ua", "de", "tr", "ar", "pl"]), "f", age=(22, 45))
    k1 = c.person(p.origin, c.pick(["f", "m"]), age=(0, 3), last=p.last)
    kg = f"{c.rng.randint(100, 999)}FK{c.digits(6, False)}"
    mix = c.chance(0.5)
    hallo = "Hallo liebes Bürgerbüro-Team," if mix else "Sehr geehrte Damen und Herren,"
    return Doc(
        "citizen_email",
        f"""\
Betreff: Meldebescheinigung für Kindergeld (Familienkasse) – Baby {per(k1.first)}
Von: {mail(c.email(p))}

{hallo}

die Familienkasse verlangt für den Kindergeldantrag eine Meldebescheinigung, aus der hervorgeht, dass unser Kind bei uns im Haushalt gemeldet ist. Die Geburt wurde vom Krankenhaus ans Standesamt gemeldet, die Geburtsurkunde haben wir schon.

Kind: {per(k1.full)}, geboren am {geb(k1.birth())}
Mutter: {per(p.full)}, geboren am {geb(p.birth())}
Anschrift: {adr(c.street())}, {ort(c.loc())}
Kindergeldnummer (für ältere Geschwister): {az(kg)}
Steuer-ID Kind: {stid(c.taxid())} / Steuer-ID Mutter: {stid(c.taxid())}

Kann die Bescheinigung per Post kommen? Mit Baby ist ein Termin schwierig. Die Gebühr zahle ich gern per Überweisung.

Danke!
{per(p.first)} {per(p.last)}
Tel. {tel(c.mobile())}
""",
        ["Meldebescheinigung", "Familienkasse", "Kindergeldantrag", "Standesamt", "per Post"],
    )


@pii
def portal_bewohnerpark(c: Ctx) -> Doc:
    p = c.person()
    pl = c.place()
    antr = f"BP-{c.digits(7, False)}"
    return Doc(
        "portal_submission",
        f"""\
{{"form": "bewohnerparken_v2", "submitted": "2026-02-{c.rng.randint(10, 27)}T{_time(c)}:05Z", "client_ip": "{ip(c.ipv6())}",
 "antragsnummer": "{az(antr)}",
 "zone": "Innenstadt-Süd (S2)", "gebuehr_eur": "30,70",
 "antragsteller": {{"nachname": "{per(p.last)}", "vorname": "{per(p.first)}", "geburtsdatum": "{geb(p.birth("iso"))}",
   "strasse": "{adr(c.street())}", "plz_ort": "{ort(c.loc(pl))}", "email": "{mail(c.email(p))}", "telefon": "{tel(c.mobile("intl"))}"}},
 "fahrzeug": {{"kennzeichen": "{kfz(c.plate(pl, "space"))}", "halter_ist_antragsteller": true, "elektro": false}},
 "anlagen": ["zulassungsbescheinigung_teil1.pdf"], "zahlungsart": "ePayBL"}}
""",
        [
            "bewohnerparken_v2",
            "Innenstadt-Süd (S2)",
            "30,70",
            "zulassungsbescheinigung_teil1.pdf",
            "ePayBL",
        ],
    )


@pii
def vermerk_gewerbeuntersagung(c: Ctx) -> Doc:
    p = c.person(c.pick(["de", "tr", "it", "gr"]), "m", age=(30, 65))
    clerk = c.person("de")
    pl = c.place()
    steuernr = f"{pl.vorwahl[1:4]}/{c.digits(4)}/{c.digits(4)}"
    vz = f"32.1-U-{c.digits(3)}/26"
    return Doc(
        "internal_note",
        f"""\
Vermerk Gewerbeamt – Prüfung der Zuverlässigkeit (§ 35 GewO)
Vorgang: {az(vz)}   Bearbeiter/in: {per(clerk.full)}

Betroffener: {per(p.full)}, geb. {geb(p.birth())}
Betrieb: Trockenbau und Fliesenarbeiten, {adr(c.street())}, {ort(c.loc(pl))}
Steuernummer: {az(steuernr)}

1. Finanzamt {pl.city} teilt mit Schreiben vom 08.01.2026 Steuerrückstände von 38.412,17 € mit (Umsatzsteuer 2023–2025, Lohnsteuer). Vollstreckungsversuche erfolglos.
2. Auskunft Gewerbezentralregister: zwei Bußgeldentscheidungen wegen Schwarzarbeit (2022, 2024).
3. Herr {per(p.last)} hat auf das Anhörungsschreiben nicht reagiert.

Ergebnis: Unzuverlässigkeit liegt vor. Vorschlag: Untersagung der ausgeübten Tätigkeit und erweiterte Untersagung nach § 35 Abs. 1 Satz 2 GewO. Beteiligung der IHK und der Handwerkskammer vor Erlass.

{per(clerk.last)}, {c.ldate()}
""",
        [
            "§ 35 GewO",
            "38.412,17 €",
            "Gewerbezentralregister",
            "Anhörungsschreiben",
            "Handwerkskammer",
            "§ 35 Abs. 1 Satz 2 GewO",
        ],
    )


@pii
def betreuer_brief(c: Ctx) -> Doc:
    bt = c.person("de", "f", age=(35, 60))
    p = c.person(c.pick(["de", "pl", "it"]), age=(60, 90))
    pl = c.place()
    ag = f"XVII {c.rng.randint(100, 999)}/{c.pick(['21', '22', '23', '24'])}"
    return Doc(
        "business_letter",
        f"""\
Berufsbetreuung {per(bt.full)}
{adr(c.street())} · {ort(c.loc(pl))}
Tel. {tel(c.landline(pl))} · Fax {tel(c.landline(pl))}

Stadt {c.city}
Bürgerbüro

{c.ldate()}

Betreuungssache {per(p.full)}, geb. {geb(p.birth())}
Amtsgericht {pl.city}, Az. {az(ag)}

Ummeldung in eine Pflegeeinrichtung / Beantragung eines Personalausweises

Sehr geehrte Damen und Herren,

ich bin durch Beschluss des Amtsgerichts zur Betreuerin für {p.herrn} {per(p.last)} bestellt (Aufgabenkreise: Gesundheitssorge, Aufenthaltsbestimmung, Vermögenssorge, Behördenangelegenheiten). Eine Kopie des Betreuerausweises liegt bei.

{p.anrede} {per(p.last)} ist am 2. Februar dauerhaft in das Seniorenzentrum St. Josef, {adr(c.street())}, {ort(c.loc(pl))} umgezogen. Die bisherige Wohnung {adr(c.street())} wird aufgelöst. Ich bitte um Ummeldung auf die neue Anschrift.

Da der Personalausweis abgelaufen ist und {p.anrede} {per(p.last)} bettlägerig ist, bitte ich um einen Hausbesuch mit dem mobilen Bürgerkoffer für die Antragsaufnahme.

Mit freundlichen Grüßen
{per(bt.full)}
Berufsbetreuerin
""",
        [
            "Bürgerbüro",
            "Betreuerausweis",
            "Seniorenzentrum St. Josef",
            "mobilen Bürgerkoffer",
            "Aufenthaltsbestimmung",
        ],
    )


@pii
def expat_freelancer(c: Ctx) -> Doc:
    p = c.person(c.pick(["it", "en", "gr"]), age=(25, 40))
    pl = c.place()
    return Doc(
        "expat_mail",
        f"""\
Subject: Gewerbeanmeldung or Freiberufler? UX designer, self-employed
From: {mail(c.email(p))}
To: wirtschaftsfoerderung@{c.domain}

Hello,

I moved to {c.city} last autumn and want to work as a freelance UX/UI designer for agencies ("Selbstständigkeit"). A friend told me designers are "Freie Berufe" and don't need a Gewerbeanmeldung, but the Finanzamt questionnaire (Fragebogen zur steuerlichen Erfassung) asks me if I have a Gewerbe.

Also I would like to apply for the Gründungsstipendium NRW – is the STARTERCENTER in your building? My Aufenthaltstitel allows self-employment (§ 21 Abs. 5 AufenthG).

Quick facts:
Name: {per(p.full)}, born {geb(p.birth("uk"))}
Address: {adr(c.street())}, {ort(c.loc(pl))}
Steuer-ID: {stid(c.taxid())}
Sozialversicherungsnummer (from my last employer): {svn(c.svnr(p, spaced=False))}
IBAN (home bank, SEPA): {iban(c.iban({"it": "IT", "en": "GB", "gr": "GR"}[p.origin]))}
Mobile: {tel(c.mobile("intl"))}

Could we have a short call or a Beratungstermin? Grazie / thank you!
{per(p.first)}
""",
        [
            "Gewerbeanmeldung",
            "Freie Berufe",
            "Gründungsstipendium NRW",
            "§ 21 Abs. 5 AufenthG",
            "Fragebogen zur steuerlichen Erfassung",
            "Beratungstermin",
        ],
    )


@pii
@twice
def autowrack(c: Ctx) -> Doc:
    p = c.person()
    pl = c.place()
    plate = c.plate(pl)
    foreign = c.chance(0.4)
    marke = c.pick(
        [
            "grauer Opel Astra",
            "silberner VW Passat Kombi",
            "roter Fiat Punto",
            "weißer Renault Kangoo",
        ]
    )
    kennz = (
        f"ein polnisches Kennzeichen ({kfz('WGM 4J17')})"
        if foreign
        else f"das Kennzeichen {kfz(plate)}"
    )
    return Doc(
        "citizen_email",
        f"""\
Von: {mail(c.email(p))}
An: ordnungsamt@{c.domain}
Betreff: Schrottauto steht seit Wochen in der Feuerwehrzufahrt

Guten Tag,

in unserer Straße steht seit Anfang Januar ein {marke} ohne gültige TÜV-Plakette, die Reifen sind platt und hinten ist die Scheibe eingeschlagen. Er hat {kennz} und blockiert teilweise die Feuerwehrzufahrt vor Hausnummer 17.

Der Halter wohnt angeblich nicht mehr hier. Können Sie das Fahrzeug abschleppen lassen bzw. den roten Aufkleber anbringen?

Wohne selbst gegenüber: {adr(c.street())}, {ort(c.loc(pl))}
Rückfragen: {tel(c.mobile())}

Mit freundlichen Grüßen
{per(p.full)}
""",
        ["Schrottauto", "Feuerwehrzufahrt", "TÜV-Plakette", "abschleppen", "Anfang Januar"],
    )


@pii
def ocr_grabstelle(c: Ctx) -> Doc:
    p = c.person("de", "f", age=(70, 90))
    h = c.person("de", "m", age=(75, 95), last=p.last)
    grab = f"{c.rng.randint(1, 40)}-{c.rng.randint(1, 30):02d}-{c.rng.randint(1, 60):03d}"
    return Doc(
        "ocr_form",
        f"""\
An die Friedhofsverwaltung der Stadt {c.city}

Betr.: Verlängerung Nutzungsrecht Wahlgrab Nr. {az(grab)}
hier: Grabstätte meines Mannes {per(c.ocr(h.full, 0.06))}

Sehr geehrte Darnen und Herren,

das Nutzungsrecht an der Grabstätte läuft laut Ihrem Schreiben am 3l.05.2026 ab. Ich möchte es um weitere 1O Jahre verlängern, weil ich selbst einmal dort beigesetzt werden möchte. Bitte teilen Sie mir die Kosten mit.

Die Grabpflege macht weiterhin die Gärtnerei am Nordfriedhof.

Mit freundlichen Grüßen

{per(c.ocr(p.full, 0.06))}
{adr(c.ocr(c.street(), 0.04))}
{ort(c.ocr(c.loc(), 0.03))}
Tel. {tel(c.ocr(c.landline(style="plain"), 0.04))}
""",
        ["Friedhofsverwaltung", "Nutzungsrecht", "Wahlgrab", "Nordfriedhof", "Grabpflege"],
    )


@pii
def elternbeitrag(c: Ctx) -> Doc:
    p = c.person(c.pick(["de", "tr", "gr", "it"]), age=(28, 45))
    q = c.person(p.origin, "f" if p.sex == "m" else "m", last=p.last, age=(28, 45))
    kid = c.person(p.origin, c.pick(["f", "m"]), age=(2, 5), last=p.last)
    bnr = f"EB-{c.digits(6, False)}"
    return Doc(
        "citizen_email",
        f"""\
Von: {mail(c.email(p))}
An: elternbeitraege@{c.domain}
Betreff: Elternbeitrag Kita – Beitragsnummer {az(bnr)} – geändertes Einkommen

Sehr geehrte Damen und Herren,

für unser Kind {per(kid.full)} (geb. {geb(kid.birth())}, Kita Sonnenblume, 45 Stunden) zahlen wir derzeit den Elternbeitrag der Einkommensstufe bis 62.000 €. Mein Mann/meine Frau {per(q.first)} ist seit 1. Januar in Elternzeit für unser zweites Kind, dadurch sinkt unser Jahreseinkommen 2026 voraussichtlich auf ca. 44.000 €.

Bitte setzen Sie den Beitrag ab Januar neu fest. Die Bescheinigung der Elterngeldstelle und die letzten Gehaltsabrechnungen von mir reiche ich nach, sobald sie vorliegen. Für das Geschwisterkind gilt ja ohnehin Beitragsfreiheit, oder?

Abbuchung bitte weiter vom bekannten Konto {iban(c.iban("DE", False))}.

Mit freundlichen Grüßen
{per(p.full)} und {per(q.full)}
{adr(c.street())}, {ort(c.loc())}
""",
        [
            "Elternbeitrag",
            "Kita Sonnenblume",
            "62.000 €",
            "Elternzeit",
            "Beitragsfreiheit",
            "Elterngeldstelle",
        ],
    )


@pii
def geburtsurkunde_er(c: Ctx) -> Doc:
    father = c.person("er", "m", age=(25, 45))
    mother = c.person("er", "f", age=(20, 40))
    baby = c.person("er", c.pick(["f", "m"]), age=(0, 0), last=father.first)
    return Doc(
        "citizen_email",
        f"""\
Von: {mail(c.email(father))}
An: standesamt@{c.domain}
Betreff: Geburtsurkunde für mein Kind bitte

Sehr geehrte Damen und Herren

mein Name ist {per(father.full)}. Meine Frau {per(mother.full)} hat am {c.pick(["14.01.2026", "02.02.2026", "21.01.2026"])} im Klinikum ein Baby bekommen. Die Name von Baby ist {per(baby.first)}, in Eritrea bekommt das Kind meine Vorname als Nachname, also {per(baby.full)}.

Das Krankenhaus hat gesagt das Standesamt schreibt die Geburtsurkunde. Aber wir haben keine Eheurkunde mit Apostille, weil in Eritrea geht das nicht. Wir haben nur Kirchenbescheinigung. Was sollen wir machen? Wir brauchen Geburtsurkunde für Elterngeld und Kindergeld und Krankenkasse.

Meine Telefon {tel(c.mobile("plain"))}, Adresse {adr(c.street())}, {ort(c.loc())}. Unsere Sozialarbeiterin kann auch mit kommen.

Danke
{per(father.full)}
""",
        ["Geburtsurkunde", "Standesamt", "Apostille", "Kirchenbescheinigung", "Elterngeld"],
    )


@pii
def ab_transkript(c: Ctx) -> Doc:
    p = c.person(c.pick(["de", "tr", "pl", "ua", "it"]), age=(30, 80))
    clerk = c.person("de")
    kz = _kassenzeichen(c)
    return Doc(
        "phone_memo",
        f"""\
[Anrufbeantworter Steueramt – automatische Transkription, {c.ldate()} {_time(c)}]
Ja, guten Tag, hier ist {per(p.full)}, äh, ich rufe an wegen der Grundsteuer. Ich hab da einen Bescheid gekriegt, Kassenzeichen {az(kz)}, und da steht ein ganz anderer Betrag als letztes Jahr, fast doppelt so viel. Das kann doch nicht stimmen mit dem neuen Hebesatz. Bitte rufen Sie mich zurück, ich bin unter {tel(c.landline(style="blocks"))} erreichbar, am besten nachmittags. Oder mobil, {tel(c.mobile("blocks"))}. Danke, {per(p.last)}. Wiederhören.
[Ende der Nachricht – Dauer 0:41]

Notiz {per(clerk.last)}: Grundsteuerwertbescheid vom Finanzamt ist maßgeblich, Hebesatz 2026 unverändert. Rückruf erledigt am nächsten Tag, Merkblatt Grundsteuerreform per Post.
""",
        [
            "Anrufbeantworter Steueramt",
            "Grundsteuer",
            "Hebesatz",
            "Grundsteuerwertbescheid",
            "Merkblatt Grundsteuerreform",
        ],
    )


@pii
@twice
def fuehrungszeugnis(c: Ctx) -> Doc:
    p = c.person()
    kind = c.rng.choice(
        [
            (
                "erweitertes Führungszeugnis",
                "für meine neue Stelle als Übungsleiter/in im Sportverein (Kinder- und Jugendarbeit)",
            ),
            (
                "Führungszeugnis Belegart O",
                "für den Antrag auf eine Bewachungserlaubnis nach § 34a GewO",
            ),
            ("Führungszeugnis für private Zwecke", "für meinen neuen Arbeitgeber im Pflegedienst"),
        ]
    )
    art, zweck = kind
    short = c.chance(0.5)
    body = (
        f"Hallo,\n\nich brauche ein {art} {zweck}. Geht das online oder muss ich vorbeikommen? "
        "Meine Online-Ausweisfunktion ist nicht freigeschaltet.\n"
        if short
        else f"Sehr geehrte Damen und Herren,\n\nhiermit beantrage ich ein {art} {zweck}. "
        f"{'Die Bestätigung des Trägers liegt bei. ' if art.startswith('erweitert') else ''}"
        "Bitte teilen Sie mir mit, ob ich dafür einen "
        "Termin brauche oder ob die Beantragung über das Online-Portal des Bundesamts für Justiz "
        "möglich ist. Die Gebühr von 13 Euro zahle ich gern vor Ort.\n"
    )
    return Doc(
        "citizen_email",
        f"""\
Von: {mail(c.email(p))}
Betreff: {art}

{body}
Meine Daten: {per(p.full)}, geb. {geb(p.birth(c.pick(["num", "short", "long"])))}, {adr(c.street())}, {ort(c.loc())}
Personalausweis: {pa(c.ausweis())}

Viele Grüße
{per(p.full)}
""",
        [
            art,
            "Online-Ausweisfunktion" if short else "Bundesamts für Justiz",
            "Personalausweis",
            "Meine Daten",
        ],
    )


@pii
def xrechnung_text(c: Ctx) -> Doc:
    gf = c.person(c.pick(["de", "noble"]), age=(35, 65))
    sb = c.person(c.pick(["de", "tr", "pl"]), "f")
    pl = c.place()
    nr = f"RE-2026-{c.digits(5, False)}"
    leitweg = "05914000-32001-72"
    return Doc(
        "invoice",
        f"""\
XRechnung 3.0 – Visualisierung (erstellt durch das Rechnungseingangsportal)
================================================================
Rechnungsnummer:        {nr}
Rechnungsdatum:         {c.ldate()}
Rechnungsart:           380 Handelsrechnung
Leitweg-ID:             {leitweg}
Käuferreferenz:         Gewerbeamt / Bestellung 2026-014
----------------------------------------------------------------
VERKÄUFER
Name:                   Ruhrdruck Formularservice GmbH
Anschrift:              {adr(c.street())}, {ort(c.loc(pl))}
Registernummer:         {hr(c.handelsregister())}, Amtsgericht {pl.city}
Geschäftsführer:        {per(gf.full)}
Kontakt:                {per(sb.full)}, {tel(c.landline(pl, "ext"))}, {mail(c.email(sb, "ruhrdruck-formular.de"))}
----------------------------------------------------------------
KÄUFER
Name:                   Stadt {c.city}, Gewerbeamt
----------------------------------------------------------------
POSITIONEN
1  Durchschreibesätze Gewerbeanzeige, 500 Stk.        186,00 EUR
2  Fensterbriefumschläge DIN lang, 2.000 Stk.          94,00 EUR
Summe netto                                           280,00 EUR
USt 19 %                                               53,20 EUR
Gesamtbetrag                                          333,20 EUR
----------------------------------------------------------------
ZAHLUNG
Zahlungsart:            58 SEPA-Überweisung
IBAN:                   {iban(c.iban("DE", False))}
Fälligkeit:             30 Tage netto
""",
        ["XRechnung 3.0", nr, leitweg, "333,20 EUR", "Gewerbeamt", "SEPA-Überweisung"],
    )


# ============================================================================================
# PII-free administrative texts
# ============================================================================================


@clean
def amtsblatt_rat(c: Ctx) -> Doc:
    d = c.pick(["19. März 2026", "26. März 2026"])
    return Doc(
        "public_notice",
        f"""\
AMTSBLATT DER STADT {c.city.upper()}
Nr. 7 / 2026 · Jahrgang 57

Bekanntmachung
Öffentliche Sitzung des Rates der Stadt {c.city}

Die 14. Sitzung des Rates findet am Donnerstag, {d}, um 15:00 Uhr im Ratssaal des Rathauses statt.

Tagesordnung – öffentlicher Teil
1. Einwohnerfragestunde
2. Haushaltssatzung 2026 und Haushaltsplan 2026 (Drucksache 0112/2026)
3. Änderung der Satzung über die Erhebung der Hundesteuer (Drucksache 0098/2026)
4. Bebauungsplan Nr. 214 „Am Lohbach" – Satzungsbeschluss (Drucksache 0104/2026)
5. Bericht der Verwaltung zur Umsetzung des Onlinezugangsgesetzes
6. Anfragen und Mitteilungen

Die Sitzungsunterlagen sind im Ratsinformationssystem einsehbar. Gemäß § 48 Abs. 1 GO NRW wird auf die Sitzung hingewiesen.

{c.city}, 05.03.2026
Der Oberbürgermeister
""",
        [
            "Öffentliche Sitzung des Rates",
            d,
            "Haushaltssatzung 2026",
            "Drucksache 0098/2026",
            "§ 48 Abs. 1 GO NRW",
            "Ratsinformationssystem",
        ],
    )


@clean
def presse_sperrung(c: Ctx) -> Doc:
    return Doc(
        "press_release",
        f"""\
Pressemitteilung der Stadt {c.city}

Brückstraße: Vollsperrung wegen Kanalsanierung ab 9. März

Ab Montag, 9. März 2026, ist die Brückstraße zwischen der Einmündung Talstraße und dem Kreisverkehr am Hauptbahnhof voll gesperrt. Die Stadtentwässerung erneuert dort auf rund 180 Metern einen über 90 Jahre alten Mischwasserkanal. Die Arbeiten dauern voraussichtlich bis Ende Mai.

Eine Umleitung ist über die Wittener Straße und den Castroper Hellweg ausgeschildert. Die Buslinien 352 und 353 fahren in dieser Zeit eine Ersatzhaltestelle in der Lohbachstraße an. Fußgängerinnen und Fußgänger können die Baustelle auf einer Seite passieren, Anliegerinnen und Anlieger erreichen ihre Grundstücke nach Absprache mit der Bauleitung.

Die Kosten von rund 1,4 Millionen Euro werden über die Abwassergebühren finanziert. Fragen beantwortet das Bürgertelefon der Stadtentwässerung werktags von 8 bis 16 Uhr unter der Behördennummer 115.
""",
        [
            "Vollsperrung",
            "Kanalsanierung",
            "9. März 2026",
            "1,4 Millionen Euro",
            "Behördennummer 115",
            "Stadtentwässerung",
        ],
    )


@clean
def service_gewerbeanmeldung(c: Ctx) -> Doc:
    return Doc(
        "service_page",
        """\
Gewerbe anmelden

Wer ein stehendes Gewerbe beginnt, muss dies gleichzeitig bei der zuständigen Behörde anzeigen (§ 14 Gewerbeordnung). Die Anmeldung ist online über das Wirtschafts-Service-Portal.NRW möglich; dafür benötigen Sie die Online-Ausweisfunktion oder ein Unternehmenskonto.

Nicht anmelden müssen sich Angehörige der Freien Berufe (zum Beispiel Ärztinnen, Architekten, Künstlerinnen, Journalisten). Sie melden ihre Tätigkeit direkt beim Finanzamt.

Was Sie brauchen
- gültiges Ausweisdokument
- bei erlaubnispflichtigen Tätigkeiten die Erlaubnis (etwa nach § 34a, § 34c oder § 34d GewO)
- bei Handwerksbetrieben die Eintragung in die Handwerksrolle
- bei Personen ohne EU-Staatsangehörigkeit einen Aufenthaltstitel, der die selbstständige Tätigkeit erlaubt

Gebühr: 26,00 Euro (online 20,00 Euro)
Bearbeitungsdauer: in der Regel drei Werktage

Die Gewerbebehörde leitet die Daten an Finanzamt, IHK oder Handwerkskammer, Berufsgenossenschaft und das Statistische Landesamt weiter.
""",
        [
            "Gewerbe anmelden",
            "§ 14 Gewerbeordnung",
            "Wirtschafts-Service-Portal.NRW",
            "26,00 Euro",
            "Handwerksrolle",
            "drei Werktage",
        ],
    )


@clean
def dienstanweisung_mail(c: Ctx) -> Doc:
    return Doc(
        "internal_circular",
        f"""\
Dienstanweisung Nr. 3/2026
Umgang mit personenbezogenen Daten in E-Mail-Postfächern

Geltungsbereich: alle Organisationseinheiten der Stadtverwaltung {c.city}
Inkrafttreten: 1. April 2026

1. Funktionspostfächer (z. B. des Bürgerbüros oder des Standesamts) sind vorrangig zu nutzen. Vorgänge werden nicht in persönlichen Postfächern bearbeitet.
2. E-Mails mit Gesundheitsdaten oder Daten nach Art. 9 DSGVO dürfen nur verschlüsselt versendet werden.
3. Eingegangene Anträge sind innerhalb von drei Arbeitstagen in das Dokumentenmanagementsystem zu übernehmen und anschließend im Postfach zu löschen.
4. Weiterleitungen an private Adressen sind untersagt.
5. Die Aufbewahrungsfristen richten sich nach dem Aktenplan; nach Ablauf ist die Löschung zu protokollieren.

Verstöße können dienst- bzw. arbeitsrechtliche Folgen haben. Fragen beantwortet die behördliche Datenschutzbeauftragte über das Funktionspostfach des Datenschutzes.

Der Oberbürgermeister
Im Auftrag
Hauptamt – Organisation und IT
""",
        [
            "Dienstanweisung Nr. 3/2026",
            "1. April 2026",
            "Art. 9 DSGVO",
            "drei Arbeitstagen",
            "Dokumentenmanagementsystem",
            "Aufbewahrungsfristen",
        ],
    )


@clean
def aushang_oeffnungszeiten(c: Ctx) -> Doc:
    return Doc(
        "notice",
        """\
+++ ACHTUNG – GEÄNDERTE ÖFFNUNGSZEITEN +++

Bürgerbüro Mitte
Wegen einer Personalversammlung bleibt das Bürgerbüro am Dienstag, 24. Februar 2026, ganztägig geschlossen.
Am Rosenmontag, 16. Februar 2026, sind wir nur von 8:00 bis 12:00 Uhr für Sie da.

Bereits gebuchte Termine werden automatisch verlegt; Sie erhalten eine neue Terminbestätigung per E-Mail.

Reguläre Öffnungszeiten (nur mit Termin):
Mo, Di, Fr   7:30 – 13:00 Uhr
Do           7:30 – 18:00 Uhr
Mi           geschlossen (nur Abholung fertiger Dokumente 8 – 12 Uhr)

Abholung von Personalausweisen und Reisepässen ohne Termin am Schalter 1.
""",
        [
            "GEÄNDERTE ÖFFNUNGSZEITEN",
            "24. Februar 2026",
            "Rosenmontag",
            "Bürgerbüro Mitte",
            "Schalter 1",
        ],
    )


@clean
def satzung_hundesteuer(c: Ctx) -> Doc:
    return Doc(
        "statute_excerpt",
        f"""\
Satzung über die Erhebung der Hundesteuer in der Stadt {c.city} (Auszug)

§ 2 Steuermaßstab und Steuersatz
(1) Die Steuer beträgt jährlich
    a) wenn ein Hund gehalten wird                          156,00 Euro
    b) wenn zwei Hunde gehalten werden                   je 192,00 Euro
    c) wenn drei oder mehr Hunde gehalten werden          je 216,00 Euro
(2) Für gefährliche Hunde im Sinne des § 3 LHundG NRW beträgt die Steuer 780,00 Euro je Hund.

§ 3 Steuerbefreiungen
Steuerbefreiung ist auf Antrag zu gewähren für Blindenführhunde, Assistenzhunde und Hunde, die aus einem Tierheim übernommen wurden (für die Dauer von zwölf Monaten).

§ 9 Meldepflicht
Wer einen Hund anschafft oder mit einem Hund zuzieht, hat ihn innerhalb von zwei Wochen beim Steueramt anzumelden. Die Hundesteuermarke ist außerhalb des Hauses sichtbar zu tragen.
""",
        ["Hundesteuer", "156,00 Euro", "§ 3 LHundG NRW", "780,00 Euro", "Tierheim", "zwei Wochen"],
    )


@clean
def abfuhr_feiertage(c: Ctx) -> Doc:
    return Doc(
        "public_notice",
        """\
Abfallentsorgung: Verschiebungen rund um Ostern

Wegen der Feiertage verschieben sich die Abfuhrtermine für Restmüll, Bioabfall, Papier und Gelbe Tonne:

Karfreitag (3. April)        →  Samstag, 4. April
Ostermontag (6. April)       →  Dienstag, 7. April
Dienstag, 7. April           →  Mittwoch, 8. April
... alle weiteren Touren der Woche verschieben sich um einen Tag.

Bitte stellen Sie die Behälter am Abfuhrtag bis 6:00 Uhr bereit. Die Wertstoffhöfe sind am Karsamstag von 8:00 bis 13:00 Uhr geöffnet. Sperrmüll kann weiterhin online oder über die Abfall-App angemeldet werden; die Abholung ist zweimal im Jahr gebührenfrei.
""",
        [
            "Abfuhrtermine",
            "Karfreitag",
            "Gelbe Tonne",
            "Wertstoffhöfe",
            "zweimal im Jahr gebührenfrei",
        ],
    )


@clean
def newsletter_foerderung(c: Ctx) -> Doc:
    return Doc(
        "newsletter",
        f"""\
Newsletter der Wirtschaftsförderung {c.city} – Ausgabe Februar 2026

Gründen mit Rückenwind: die wichtigsten Förderprogramme im Überblick

• Gründungsstipendium NRW: 1.200 Euro monatlich für bis zu zwölf Monate für innovative Gründungsvorhaben. Antrag über ein zugelassenes Gründungsnetzwerk; eine Jury entscheidet.
• NRW.Mikrodarlehen: bis 50.000 Euro über die NRW.BANK. Vorher ist ein Beratungsgespräch beim STARTERCENTER NRW Pflicht.
• ERP-Gründerkredit – StartGeld der KfW: bis 125.000 Euro, beantragt über die Hausbank und vor Beginn des Vorhabens.
• Beratungsprogramm Wirtschaft NRW: Zuschuss zu Beratungstagessätzen für junge Unternehmen.

Bitte beachten Sie: Förderbedingungen ändern sich regelmäßig. Maßgeblich sind die aktuellen Richtlinien der Förderdatenbank des Bundes und der NRW.BANK (Stand dieser Übersicht: Februar 2026).

Nächster Sprechtag des STARTERCENTERS im Technologiezentrum: 12. März 2026, 9–15 Uhr.
""",
        [
            "Gründungsstipendium NRW",
            "NRW.Mikrodarlehen",
            "125.000 Euro",
            "STARTERCENTER NRW",
            "Förderdatenbank des Bundes",
            "12. März 2026",
        ],
    )


@clean
def merkblatt_aussengastro(c: Ctx) -> Doc:
    return Doc(
        "leaflet",
        """\
Merkblatt Außengastronomie auf öffentlichen Verkehrsflächen

1. Erlaubnispflicht
Tische, Stühle, Schirme und Pflanzkübel auf Gehwegen und Plätzen sind eine Sondernutzung nach § 18 StrWG NRW und bedürfen einer Erlaubnis des Tiefbauamtes.

2. Antrag
Der Antrag ist bis spätestens sechs Wochen vor Saisonbeginn mit einem maßstäblichen Lageplan (1:100) einzureichen.

3. Restgehwegbreite
Für den Fußverkehr muss eine Breite von mindestens 1,50 m frei bleiben; an Querungsstellen und Haltestellen gelten größere Abstände.

4. Gebühren
Die Gebühr richtet sich nach der Sondernutzungssatzung: Zone I 3,50 Euro, Zone II 2,20 Euro je m² und Monat.

5. Alkoholausschank
Wer alkoholische Getränke ausschenkt, benötigt zusätzlich eine Gaststättenerlaubnis nach § 2 GastG, die auch die Außenfläche umfassen muss.
""",
        ["Außengastronomie", "§ 18 StrWG NRW", "sechs Wochen", "1,50 m", "§ 2 GastG", "3,50 Euro"],
    )


@clean
def vergabe_reinigung(c: Ctx) -> Doc:
    return Doc(
        "tender",
        f"""\
Öffentliche Ausschreibung nach UVgO
Vergabenummer: ZGM-V-2026-014

Auftraggeber: Stadt {c.city}, Zentrales Gebäudemanagement, Zentrale Vergabestelle
Leistung: Unterhaltsreinigung und Glasreinigung von drei Grundschulen und einer Kindertageseinrichtung (Los 1 bis Los 4)
Ausführungszeitraum: 1. August 2026 bis 31. Juli 2028 mit Verlängerungsoption um ein Jahr
Zuschlagskriterien: Preis 70 %, Qualität des Reinigungskonzepts 30 %

Angebotsfrist: 14. April 2026, 10:00 Uhr
Bindefrist: 30. Juni 2026
Die Vergabeunterlagen stehen kostenfrei auf dem Vergabemarktplatz NRW zur Verfügung. Angebote sind ausschließlich elektronisch einzureichen. Fragen sind bis zum 31. März 2026 über den Vergabemarktplatz zu stellen.
""",
        [
            "Öffentliche Ausschreibung nach UVgO",
            "ZGM-V-2026-014",
            "Unterhaltsreinigung",
            "14. April 2026",
            "Vergabemarktplatz NRW",
            "Preis 70 %",
        ],
    )


@clean
def statistik_buergerbuero(c: Ctx) -> Doc:
    return Doc(
        "report",
        """\
Monatsbericht Bürgerbüro – Januar 2026

Vorgänge gesamt                        6.482   (Vorjahresmonat 6.105)
  davon Anmeldungen / Ummeldungen      1.914
  davon Abmeldungen ins Ausland          211
  Personalausweise beantragt           1.377
  Reisepässe beantragt                   602
  Meldebescheinigungen                   948
  Führungszeugnisse                      415
Online-Anteil (Terminbuchung)             88 %
durchschnittliche Wartezeit mit Termin    7 Minuten
Terminausfälle (nicht erschienen)        9,4 %

Bewertung: Der Anstieg bei den Ummeldungen geht vor allem auf den Bezug der neuen Wohnanlage im Norden zurück. Die Quote nicht wahrgenommener Termine bleibt hoch; geplant ist eine Erinnerung per SMS 24 Stunden vorher.
""",
        [
            "Monatsbericht Bürgerbüro",
            "Januar 2026",
            "6.482",
            "88 %",
            "7 Minuten",
            "Erinnerung per SMS",
        ],
    )


@clean
def textbaustein(c: Ctx) -> Doc:
    return Doc(
        "template_letter",
        """\
Textbaustein WG-17 (Nachforderung von Unterlagen, Wohngeld)

«Anrede» «Titel» «Nachname»,

zur Bearbeitung Ihres Antrags auf Wohngeld vom «Antragsdatum» benötigen wir noch folgende Unterlagen:

«Liste_fehlende_Unterlagen»

Bitte reichen Sie die Unterlagen bis zum «Frist» ein. Werden die Unterlagen nicht fristgerecht vorgelegt, kann der Antrag nach § 66 SGB I wegen fehlender Mitwirkung abgelehnt werden.

Mit freundlichen Grüßen
Im Auftrag
«Sachbearbeitung»

[Hinweis für die Sachbearbeitung: Frist in der Regel zwei Wochen; bei Schwerbehinderung oder Krankenhausaufenthalt vier Wochen.]
""",
        ["Textbaustein WG-17", "Wohngeld", "§ 66 SGB I", "fehlender Mitwirkung", "vier Wochen"],
    )


@clean
def faq_wohngeld_wbs(c: Ctx) -> Doc:
    return Doc(
        "faq",
        """\
Häufige Frage: Wohngeld oder Wohnberechtigungsschein – was ist der Unterschied?

Wohngeld ist ein Zuschuss zur Miete (oder zu den Kosten bei selbst genutztem Eigentum). Es wird monatlich gezahlt, wenn das Haushaltseinkommen bestimmte Grenzen nicht überschreitet. Rechtsgrundlage ist das Wohngeldgesetz (WoGG).

Der Wohnberechtigungsschein (WBS) ist dagegen kein Geld, sondern eine Bescheinigung: Er berechtigt zum Bezug einer öffentlich geförderten Wohnung. Er gilt in Nordrhein-Westfalen ein Jahr und wird nach dem Gesetz zur Förderung und Nutzung von Wohnraum für das Land NRW (WFNG NRW) erteilt.

Sie können beides gleichzeitig beantragen. Empfängerinnen und Empfänger von Bürgergeld erhalten in der Regel kein Wohngeld, weil die Unterkunftskosten dort bereits übernommen werden.
""",
        ["Wohnberechtigungsschein", "Wohngeldgesetz (WoGG)", "WFNG NRW", "ein Jahr", "Bürgergeld"],
    )


@clean
def maengel_anonym(c: Ctx) -> Doc:
    return Doc(
        "portal_submission",
        f"""\
Mängelmelder {c.city} – neue Meldung
Status: offen · Zuständig: Tiefbauamt (66)
Kategorie: Beleuchtung
Ort: Lindenallee, Höhe Spielplatz (GPS 51.43418, 7.33902)
Beschreibung:
Zwei Straßenlaternen hintereinander sind aus, auf dem Weg zur Grundschule ist es morgens komplett dunkel. Bitte schnell reparieren, da laufen viele Kinder.
Fotos: 1 Anhang
Kontaktdaten: keine Angabe (anonyme Meldung)
Rückmeldung gewünscht: nein
""",
        ["Mängelmelder", "Tiefbauamt (66)", "Beleuchtung", "anonyme Meldung", "Straßenlaternen"],
    )


@clean
def autoreply(c: Ctx) -> Doc:
    return Doc(
        "auto_reply",
        f"""\
Automatische Eingangsbestätigung

Vielen Dank für Ihre Nachricht an das Standesamt der Stadt {c.city}. Ihre E-Mail ist bei uns eingegangen und wird in der Reihenfolge des Eingangs bearbeitet. Die Bearbeitungszeit beträgt derzeit etwa zehn Arbeitstage.

Bitte sehen Sie von Nachfragen ab, solange diese Frist nicht verstrichen ist. Urkunden können Sie auch online bestellen; die Gebühr beträgt 12,00 Euro für die erste und 6,00 Euro für jede weitere gleichzeitig beantragte Urkunde.

Für die Anmeldung einer Eheschließung vereinbaren Sie bitte einen persönlichen Termin über die Online-Terminvergabe.

Diese Nachricht wurde automatisch erzeugt. Antworten auf diese E-Mail werden nicht gelesen.
""",
        [
            "Automatische Eingangsbestätigung",
            "Standesamt",
            "zehn Arbeitstage",
            "12,00 Euro",
            "6,00 Euro",
            "Online-Terminvergabe",
        ],
    )


@clean
def gebuehren_auszug(c: Ctx) -> Doc:
    return Doc(
        "statute_excerpt",
        """\
Allgemeiner Gebührentarif – Auszug Meldewesen (Stand 1. Januar 2026)

Tarifstelle   Gegenstand                                               Gebühr
1.1           einfache Melderegisterauskunft (§ 44 BMG)               12,00 €
1.2           einfache Auskunft, automatisiert über das Portal        8,00 €
1.3           erweiterte Melderegisterauskunft (§ 45 BMG)             15,00 €
1.4           Meldebescheinigung (§ 18 BMG)                             10,00 €
1.5           Auskunft aus dem Melderegister für Gruppen (§ 46 BMG)   nach Aufwand, mind. 25,00 €

Gebührenfrei sind Meldebescheinigungen für Zwecke der Rentenversicherung, des Kindergelds und der Sozialhilfe, soweit der Verwendungszweck nachgewiesen wird.
""",
        [
            "Gebührentarif",
            "§ 44 BMG",
            "12,00 €",
            "§ 45 BMG",
            "Meldebescheinigung (§ 18 BMG)",
            "Gebührenfrei",
        ],
    )


@clean
def ratsbeschluss_hebesatz(c: Ctx) -> Doc:
    return Doc(
        "council_decision",
        f"""\
Beschlussvorlage – Drucksache 0115/2026
Federführung: Kämmerei

Betreff: Hebesätze der Realsteuern für das Haushaltsjahr 2026

Beschlussentwurf:
Der Rat der Stadt {c.city} beschließt die Hebesätze für das Haushaltsjahr 2026 wie folgt:
  Grundsteuer A (land- und forstwirtschaftliche Betriebe)     320 v. H.
  Grundsteuer B (Wohngrundstücke)                             695 v. H.
  Grundsteuer B (Nichtwohngrundstücke)                        1.190 v. H.
  Gewerbesteuer                                               480 v. H.

Begründung:
Mit dem Grundsteuerhebesatzgesetz NRW können die Gemeinden seit 2025 differenzierte Hebesätze für Wohn- und Nichtwohngrundstücke festsetzen. Die Verwaltung schlägt vor, die Belastungsverschiebung zulasten der Wohngrundstücke weiterhin zu begrenzen. Das Aufkommen bleibt gegenüber 2025 nahezu aufkommensneutral (Mehrertrag rund 0,4 Mio. Euro).
""",
        [
            "Drucksache 0115/2026",
            "Hebesätze",
            "Gewerbesteuer",
            "480 v. H.",
            "Grundsteuerhebesatzgesetz NRW",
            "aufkommensneutral",
        ],
    )


@clean
def protokoll_jourfixe(c: Ctx) -> Doc:
    return Doc(
        "minutes",
        """\
Ergebnisprotokoll Jour fixe Digitalisierung Bürgerdienste – 04.02.2026
Teilnehmende: Amtsleitung 33, Sachgebietsleitungen Meldewesen und Standesamt, IT-Koordination, Datenschutz, Personalrat (Gast)

TOP 1 Online-Dienste nach OZG
Die Anbindung der Wohnsitzanmeldung an FIT-Connect ist abgenommen. Eingänge werden künftig automatisch abgeholt; nicht abgeholte Einreichungen verfallen nach 14 Tagen.

TOP 2 KI-gestützte Postsortierung (Pilot)
Der Pilot startet im Funktionspostfach des Bürgerbüros. Personenbezogene Daten werden vor der Verarbeitung durch das Sprachmodell maskiert. Der Datenschutz bittet um Ergänzung des Verzeichnisses der Verarbeitungstätigkeiten (Art. 30 DSGVO) bis 28.02.2026.

TOP 3 Verschiedenes
Nächster Termin: 04.03.2026, 10:00 Uhr, Besprechungsraum 2.14.
""",
        [
            "Jour fixe Digitalisierung",
            "FIT-Connect",
            "14 Tagen",
            "Art. 30 DSGVO",
            "28.02.2026",
            "Besprechungsraum 2.14",
        ],
    )


# --------------------------------------------------------------------------------------------
# validation and output

_PARTICLES = {"von", "der", "den", "van", "de", "di", "da", "del", "la", "le", "el", "al", "zu"}


def name_parts(name: str) -> list[str]:
    return [
        part
        for part in re.split(r"[\s,\-]+", name)
        if len(part) >= 3 and not part.endswith(".") and part not in _PARTICLES
    ]


def _covered(spans: list[dict[str, object]], text: str, start: int, end: int) -> bool:
    """Every non-blank character of text[start:end] lies inside some span."""
    return all(
        text[i].isspace() or any(s["start"] <= i < s["end"] for s in spans)  # type: ignore[operator]
        for i in range(start, end)
    )


def validate(doc: dict[str, object], all_name_parts: set[str]) -> None:
    did, text = doc["id"], str(doc["text"])
    spans: list[dict[str, object]] = doc["spans"]  # type: ignore[assignment]
    keep: list[str] = doc["keep"]  # type: ignore[assignment]

    def fail(msg: str) -> None:
        raise ValueError(f"{did} ({doc['style']}): {msg}")

    previous_end = -1
    for s in spans:
        start, end, kind, value = s["start"], s["end"], s["type"], s["text"]
        assert isinstance(start, int) and isinstance(end, int) and isinstance(value, str)
        if text[start:end] != value:
            fail(f"offset mismatch {text[start:end]!r} != {value!r}")
        if kind not in TYPES:
            fail(f"unknown type {kind}")
        if start < previous_end:
            fail(f"overlapping span {value!r}")
        previous_end = end
        if kind == "IBAN_CODE" and not iban_valid(value):
            fail(f"invalid IBAN {value!r}")
        if kind == "DE_TAX_ID" and not taxid_valid(value):
            fail(f"invalid tax ID {value!r}")
    if not 3 <= len(keep) <= 8:
        fail(f"{len(keep)} keep phrases")
    for phrase in keep:
        hits = [m.start() for m in re.finditer(re.escape(phrase), text)]
        if not hits:
            fail(f"keep phrase missing: {phrase!r}")
        if all(
            any(s["start"] < h + len(phrase) and h < s["end"] for s in spans)  # type: ignore[operator]
            for h in hits
        ):
            fail(f"keep phrase overlaps a span: {phrase!r}")
    if doc["kind"] == "clean":
        if spans:
            fail("PII-free text with spans")
        for part in all_name_parts:
            if re.search(rf"(?<!\w){re.escape(part)}(?!\w)", text):
                fail(f"PII-free text contains name part {part!r}")
        return
    if not spans:
        fail("PII document without spans")
    for s in spans:
        value = str(s["text"])
        needles = [value]
        if s["type"] == "PERSON":
            needles += name_parts(value)
        for needle in needles:
            for m in re.finditer(rf"(?<!\w){re.escape(needle)}(?!\w)", text):
                if not _covered(spans, text, m.start(), m.end()):
                    fail(f"unannotated occurrence of {needle!r} at {m.start()}")


def build() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    used_names: set[str] = set()
    docs: list[dict[str, object]] = []
    plan = [(t, 1) for t in PII] + [(t, 1) for t in PII if getattr(t, "twice", False)]
    for n, (template, _) in enumerate(plan, start=1):
        d = template(Ctx(rng, used_names))
        text, spans = render(d.template)
        docs.append(
            {
                "id": f"ho-pii-{n:03d}",
                "kind": "pii",
                "style": d.style,
                "text": text,
                "spans": spans,
                "keep": d.keep,
            }
        )
    for n, template in enumerate(CLEAN, start=1):
        d = template(Ctx(rng, used_names))
        text, spans = render(d.template)
        docs.append(
            {
                "id": f"ho-clean-{n:03d}",
                "kind": "clean",
                "style": d.style,
                "text": text,
                "spans": spans,
                "keep": d.keep,
            }
        )
    all_parts = {
        part
        for doc in docs
        for s in doc["spans"]  # type: ignore[attr-defined]
        if s["type"] == "PERSON"
        for part in name_parts(s["text"])
    }
    for doc in docs:
        validate(doc, all_parts)
    return docs


def main() -> None:
    docs = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    n_pii = sum(d["kind"] == "pii" for d in docs)
    n_spans = sum(len(d["spans"]) for d in docs)  # type: ignore[arg-type]
    print(f"wrote {OUT.name}: {n_pii} PII documents, {len(docs) - n_pii} PII-free, {n_spans} spans")


if __name__ == "__main__":
    main()
