"""Synthetic German letters to a city office, with every person name marked ``PER``.

Letters, e-mails (also forwarded), forms, lists and tables ("Nachname, Vorname"), internal
notes with bare surnames ("Wie mit Kowalski besprochen"), informal lower-case messages and
documents without any person, where capitalised nouns, streets, cities, authorities, companies
and streets or schools named after famous people must stay unmarked. Some documents get OCR
noise. Names come from ``names`` (Faker's locale data plus own lists); the evaluation split uses
surnames and first names that never occur in the training split.

Everything is drawn from ``random.Random`` seeded from ``--seed``: the same seed gives the same
documents. Usage::

    python -m redaction.ner.generate --seed 2026 --n-train 20000 --n-dev 2000 --out build/ner
"""

from __future__ import annotations

import argparse
import importlib
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from redaction.ner import lexicon as lx
from redaction.ner import templates as t
from redaction.ner.names import Person, PersonFactory, name_stocks, strip_accents

LABEL = "PER"
DEFAULT_SEED = 2026
# Share of surnames and first names kept out of training, for the evaluation split.
HELD_OUT_NAMES = 0.15
_SLOT = re.compile(r"\{([^{}:]+)(?::(\d))?\}")

Split = Literal["train", "dev"]


@dataclass(frozen=True)
class LabelledText:
    """A document and the character spans of the person names in it."""

    text: str
    spans: tuple[tuple[int, int], ...]


@dataclass
class _Doc:
    """A document under construction: text pieces, some of them names."""

    pieces: list[tuple[str, bool]] = field(default_factory=list)

    def add(self, text: str, person: bool = False) -> None:
        if text:
            self.pieces.append((text, person))

    def line(self, *parts: tuple[str, bool]) -> None:
        for text, person in parts:
            self.add(text, person)
        self.add("\n")

    def extend(self, other: _Doc) -> None:
        self.pieces.extend(other.pieces)

    def labelled(self) -> LabelledText:
        text: list[str] = []
        spans: list[tuple[int, int]] = []
        cursor = 0
        for piece, person in self.pieces:
            if person:
                spans.append((cursor, cursor + len(piece)))
            text.append(piece)
            cursor += len(piece)
        return LabelledText("".join(text), tuple(spans))


def _faker_list(module: str, attribute: str) -> tuple[str, ...]:
    provider = importlib.import_module(module).Provider
    values: Sequence[str] = getattr(provider, attribute)
    return tuple(values)


class LetterWriter:
    """Writes one synthetic document at a time from a seeded random source."""

    def __init__(self, rng: random.Random, persons: PersonFactory) -> None:
        self.rng = rng
        self.persons = persons
        self.cities = tuple(
            dict.fromkeys(
                (*t.CITIES_EXTRA, *_faker_list("faker.providers.address.de_DE", "cities"))
            )
        )
        self.jobs = (
            tuple(
                j
                for j in _faker_list("faker.providers.job.de_DE", "jobs")
                if " " not in j and "/" not in j
            )
            + t.JOBS_EXTRA
        )
        self.words = tuple(
            w for w in _faker_list("faker.providers.lorem.de_DE", "word_list") if w[:1].isupper()
        )
        self.cast: list[Person] = []

    # ------------------------------------------------------------------ values

    def _pick(self, options: Sequence[str]) -> str:
        return options[self.rng.randrange(len(options))]

    def _date(self) -> str:
        r = self.rng
        day, month, year = r.randint(1, 28), r.randint(1, 12), r.randint(1940, 2026)
        if r.random() < 0.15:
            return f"{day}. {t.MONTHS[month - 1]} {year}"
        return f"{day:02d}.{month:02d}.{year}"

    def _phone(self) -> str:
        r = self.rng
        area = self._pick(("0234", "0231", "0201", "0209", "02302", "0151", "0176", "0162", "0171"))
        number = str(r.randint(100000, 99999999))
        return self._pick(
            (f"{area} {number}", f"{area}/{number}", f"{area}-{number}", f"+49 {area[1:]} {number}")
        )

    def _street(self) -> str:
        return (
            f"{self._street_name()} {self.rng.randint(1, 240)}{self._pick(('', '', '', 'a', 'b'))}"
        )

    def _street_name(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.3:
            return f"{self._pick(t.STREET_WORDS)}{self._pick(t.STREET_SUFFIXES)}"
        if roll < 0.5:
            return (
                f"{self._pick(t.FAMOUS)}-{self._pick(('Straße', 'Platz', 'Allee', 'Weg', 'Ring'))}"
            )
        if roll < 0.65:
            city = self._pick(self.cities).split()[0].split("-")[0]
            return f"{city}er Straße"
        if roll < 0.8:
            return f"{self._pick(t.STREET_PREFIXES)} {self._pick(t.STREET_PREFIX_NOUNS)}"
        # Streets named after surnames, written as one word ("Kortumstraße"): not a person.
        surname = self.persons.person(origin="de").last.split()[-1].split("-")[0]
        return f"{surname}{self._pick(t.STREET_SUFFIXES)}"

    def _institution(self) -> str:
        return f"{self._pick(t.FAMOUS)}-{self._pick(t.INSTITUTION_KINDS)}"

    def _company(self) -> str:
        words = self._pick(t.COMPANY_WORDS) + self._pick(t.COMPANY_WORDS).lower()
        if self.rng.random() < 0.3:
            words = (
                f"{self._pick(t.COMPANY_WORDS)}-{self._pick(t.COMPANY_WORDS)}"
                f"{self._pick(('service', 'technik', 'bau', 'handel'))}"
            )
        return f"{words} {self._pick(t.COMPANY_FORMS)}"

    def _plz(self) -> str:
        return f"{self.rng.randint(1067, 99998):05d}"

    def _az(self) -> str:
        r = self.rng
        return self._pick(
            (
                f"{r.randint(10, 70)}.{r.randint(1, 9)}-"
                f"{r.randint(2015, 2026)}-{r.randint(1, 99999):05d}",
                f"{r.randint(100, 999)}/{r.randint(10, 26)}",
                f"RE-{r.randint(2020, 2026)}-{r.randint(1, 9999):04d}",
                f"{r.randint(1000, 9999)} {r.randint(2020, 2026)} "
                f"{r.randint(1000, 9999)} {r.randint(10, 99)}",
            )
        )

    def _value(self, slot: str) -> str:
        r = self.rng
        simple: dict[str, Callable[[], str]] = {
            "date": self._date,
            "city": lambda: self._pick(self.cities),
            "city2": lambda: self._pick(self.cities),
            "street": self._street,
            "street_name": self._street_name,
            "plz": self._plz,
            "office": lambda: self._pick(t.OFFICES),
            "org": lambda: self._pick(t.ORGS),
            "company": self._company,
            "institution": self._institution,
            "square": lambda: self._pick(t.SQUARES),
            "building": lambda: self._pick(t.BUILDINGS),
            "pub": lambda: self._pick(t.PUBS),
            "museum": lambda: self._pick(t.MUSEUMS),
            "highway": lambda: self._pick(t.HIGHWAYS),
            "job": lambda: self._pick(self.jobs),
            "jobname": lambda: self._pick(t.JOBS_EXTRA),
            "az": self._az,
            "phone": self._phone,
            "amount": lambda: f"{r.randint(5, 2000)},{r.randint(0, 99):02d}",
            "num": lambda: str(r.randint(2, 99)),
            "year": lambda: str(r.randint(1950, 2024)),
            "weekday": lambda: self._pick(t.WEEKDAYS),
            "month": lambda: self._pick(t.MONTHS),
            "domain": lambda: f"{self._pick(self.cities).lower().split()[0]}.example",
            "iban": lambda: (
                "DE"
                + " ".join(f"{r.randint(0, 9999):04d}" for _ in range(5))
                + f" {r.randint(10, 99)}"
            ),
            "nationality": lambda: self._pick(t.NATIONALITIES),
            "marital": lambda: self._pick(t.MARITAL),
            "religion": lambda: self._pick(t.RELIGIONS),
            "dog_breed": lambda: self._pick(t.DOG_BREEDS),
            "lost_item": lambda: self._pick(t.LOST_ITEMS),
            "trade_kind": lambda: self._pick(t.TRADE_KINDS),
            "plate": lambda: (
                f"{self._pick(('BO', 'DO', 'E', 'HER', 'GE', 'MS'))}-"
                f"{chr(65 + r.randrange(26))}{chr(65 + r.randrange(26))} {r.randint(1, 9999)}"
            ),
            "subject": lambda: self._render_plain(self._pick(t.SUBJECTS)),
            "noun": lambda: lx.noun(r)[0],
            "np": lambda: lx.noun_phrase(r),
            "npd": lambda: lx.noun_phrase(r, dative=True),
            "verb": lambda: self._pick(lx.VERBS),
            "adv": lambda: self._pick(lx.ADVERBS),
            "adj": lambda: self._pick(lx.ADJECTIVES),
            "prep": lambda: self._pick(lx.PREPOSITIONS),
            "clause": lambda: lx.random_sentence(r).rstrip(".!?:"),
            "listline": lambda: lx.random_list_line(r),
            "brand": lambda: self._pick(lx.BRANDS),
            "abbr": lambda: self._pick(lx.ABBREVIATIONS),
            "word": lambda: self._pick(self.words),
            "coord": lambda: lx.coordination(r),
            "bank": lambda: f"{self._pick(lx.BANKS)} {self._pick(self.cities)}",
        }
        return simple[slot]()

    def _render_plain(self, template: str) -> str:
        return _SLOT.sub(lambda m: self._value(m.group(1)), template)

    # ------------------------------------------------------------------ persons

    def _person(self, index: int) -> Person:
        while len(self.cast) <= index:
            self.cast.append(self.persons.person())
        return self.cast[index]

    def full(self, p: Person) -> str:
        r = self.rng.random()
        if p.origin == "vi" and r < 0.3:
            return f"{p.last} {p.first}"
        if r < 0.06:
            return f"{p.first[0]}. {p.last}"
        if r < 0.09:
            return f"{p.first} {p.last.upper()}"
        return p.full

    def last(self, p: Person) -> str:
        return p.last.upper() if self.rng.random() < 0.04 else p.last

    def reversed_name(self, p: Person) -> str:
        last = p.last.upper() if self.rng.random() < 0.15 else p.last
        return f"{last}, {p.first}"

    def _person_slot(self, slot: str, index: int, doc: _Doc) -> None:
        p = self._person(index)
        female = p.female
        words = {
            "herr": "Frau" if female else "Herr",
            "herrn": "Frau" if female else "Herrn",
            "geehrt": "geehrte Frau" if female else "geehrter Herr",
            "kind": "Tochter" if female else "Sohn",
            "er": "sie" if female else "er",
            "title": f"{p.title} " if p.title else "",
        }
        if "/" in slot:  # "{Mein Sohn/Meine Tochter:1}"
            male, female_form = slot.split("/")
            doc.add(female_form if female else male)
        elif slot in words:
            doc.add(words[slot])
        elif slot == "full":
            doc.add(self.full(p), person=True)
        elif slot == "last":
            doc.add(self.last(p), person=True)
        elif slot == "first":
            doc.add(p.first, person=True)
        elif slot == "rev":
            doc.add(self.reversed_name(p), person=True)
        elif slot == "firm":
            doc.add(f"{self._pick(t.TRADES)} ")
            doc.add(p.last, person=True)
        else:
            raise KeyError(slot)

    def render(self, template: str, doc: _Doc | None = None) -> _Doc:
        """A template with its slots filled; person slots become name pieces."""
        doc = doc if doc is not None else _Doc()
        cursor = 0
        for match in _SLOT.finditer(template):
            doc.add(template[cursor : match.start()])
            slot, index = match.group(1), match.group(2)
            if index is not None:
                self._person_slot(slot, int(index), doc)
            else:
                doc.add(self._value(slot))
            cursor = match.end()
        doc.add(template[cursor:])
        return doc

    # ------------------------------------------------------------------ blocks

    def _email_of(self, p: Person) -> str:
        first = strip_accents(p.first.split()[0]).lower()
        last = strip_accents(p.last.replace(" ", "")).lower()
        local = self._pick(
            (
                f"{first}.{last}",
                f"{first[0]}.{last}",
                f"{first}{last}",
                f"{last}{self.rng.randint(1, 99)}",
            )
        )
        domain = self._pick(
            ("example.org", "example.com", "example.net", "mail.example", "web.example")
        )
        return f"{local}@{domain}"

    def _address_block(self, doc: _Doc, index: int) -> None:
        p = self._person(index)
        if self.rng.random() < 0.4:
            doc.add(("Frau " if p.female else "Herrn ") if self.rng.random() < 0.5 else "")
        doc.add(f"{p.title} " if p.title else "")
        doc.add(self.full(p), person=True)
        doc.add("\n")
        doc.add(f"{self._street()}\n{self._plz()} {self._pick(self.cities)}\n")

    def _authority_block(self, doc: _Doc) -> None:
        city = self._pick(self.cities)
        lines = [
            f"Stadt {city}",
            self._pick(t.OFFICES),
            self._street(),
            f"{self._plz()} {city}",
        ]
        if self.rng.random() < 0.3:
            lines.insert(
                0, self._pick(("Der Oberbürgermeister", "Die Oberbürgermeisterin", "An die"))
            )
        doc.add("\n".join(lines) + "\n")

    def _signature(self, doc: _Doc, index: int) -> None:
        p = self._person(index)
        doc.add(f"{self.render(self._pick(t.CLOSINGS)).labelled().text}\n")
        doc.add(self._pick(("", "\n", "\n\n")))
        if self.rng.random() < 0.1:
            doc.add(self._pick(("i. A. ", "i. V. ", "gez. ")))
        doc.add(f"{p.title} " if p.title and self.rng.random() < 0.5 else "")
        doc.add(self.full(p), person=True)
        doc.add("\n")
        if self.rng.random() < 0.2:
            doc.add(
                f"{self._pick(lx.DEPARTMENTS)} {self._pick(lx.DEPARTMENT_TAILS)}".strip() + "\n"
            )
            doc.add(f"{self._company()}\n")
        if self.rng.random() < 0.4:
            doc.add(f"Tel. {self._phone()}\n")
        if self.rng.random() < 0.2:
            doc.add(f"{self._email_of(p)}\n")

    def _body(self, doc: _Doc, n: int, person_share: float) -> None:
        for _ in range(n):
            roll = self.rng.random()
            if roll < person_share:
                self.render(self._pick(t.PERSON_SENTENCES), doc)
            elif roll < person_share + (1 - person_share) / 2:
                doc.add(lx.random_sentence(self.rng))
            else:
                pool: tuple[str, ...] = (
                    t.JOB_NOUN_SENTENCES if self.rng.random() < 0.05 else t.NEUTRAL_SENTENCES
                )
                self.render(self._pick(pool), doc)
            doc.add(self._pick((" ", " ", "\n", "\n\n")))
        doc.add("\n")

    # ------------------------------------------------------------------ documents

    def letter(self) -> _Doc:
        doc = _Doc()
        r = self.rng
        if r.random() < 0.7:
            self._address_block(doc, 0)
            doc.add("\n")
        if r.random() < 0.6:
            self._authority_block(doc)
            doc.add("\n")
        doc.add(f"{self._pick(self.cities)}, {self._pick(('den ', ''))}{self._date()}\n\n")
        doc.add(f"{self._pick(('Betreff: ', ''))}{self._value('subject')}\n\n")
        self.render(self._pick(t.SALUTATIONS), doc)
        doc.add("\n\n")
        self._body(doc, r.randint(2, 7), 0.35)
        self._signature(doc, 0)
        if r.random() < 0.2:
            doc.add(
                "\nAnlagen: "
                f"{self._pick(('Kopie Personalausweis', 'Mietvertrag', 'Bescheid', 'Fotos'))}\n"
            )
        return doc

    def email(self) -> _Doc:
        doc = _Doc()
        r = self.rng
        p = self._person(0)
        sender = self.full(p) if r.random() < 0.75 else self.reversed_name(p)
        doc.add(f"{self._pick(('Von', 'From', 'Von'))}: ")
        quote = '"' if r.random() < 0.15 else ""
        doc.add(quote)
        doc.add(sender, person=True)
        doc.add(f"{quote} <{self._email_of(p)}>\n")
        doc.add(
            f"An: {self._pick(t.OFFICES).lower().replace(' ', '')}"
            f"@{self._pick(self.cities).lower().split()[0]}.example\n"
        )
        if r.random() < 0.3:
            doc.add("Cc: ")
            doc.add(self.full(self._person(1)), person=True)
            doc.add(f" <{self._email_of(self._person(1))}>\n")
        doc.add(
            f"Gesendet: {self._pick(t.WEEKDAYS)}, {self._date()} "
            f"{r.randint(7, 22)}:{r.randint(0, 59):02d}\n"
        )
        doc.add(f"Betreff: {self._value('subject')}\n\n")
        self.render(self._pick(t.SALUTATIONS), doc)
        doc.add("\n\n")
        self._body(doc, r.randint(1, 5), 0.35)
        self._signature(doc, 0)
        if r.random() < 0.3:
            # Forwarded by a clerk: the clerk's own signature with the authority.
            fwd = _Doc()
            fwd.add("Hallo ")
            fwd.add(self._person(2).first, person=True)
            fwd.add(",\nbitte zuständigkeitshalber übernehmen.\n\nViele Grüße\n")
            fwd.add(self.full(self._person(3)), person=True)
            fwd.add(
                f"\nStadt {self._pick(self.cities)} – {self._pick(t.OFFICES)}\n"
                f"Tel. {self._phone()}\n\n"
            )
            fwd.add("-----Ursprüngliche Nachricht-----\n")
            fwd.extend(doc)
            doc = fwd
        return doc

    def form(self) -> _Doc:
        doc = _Doc()
        r = self.rng
        doc.add(
            f"{self._pick(('Antrag auf ', 'Formular: ', 'Online-Antrag '))}"
            f"{self._value('subject')}\n\n"
        )
        pad = r.random() < 0.5
        for _ in range(r.randint(4, 12)):
            if r.random() < 0.45:
                label = self._pick(t.FORM_LABELS)
                doc.add(f"{label}:")
                doc.add(" " * (r.randint(1, 12) if pad else 1))
                index = r.randint(0, 3)
                kind = r.random()
                p = self._person(index)
                if "Name" in label and "Vorname" in label and kind < 0.7:
                    doc.add(
                        self.reversed_name(p) if label.startswith("Name,") else self.full(p),
                        person=True,
                    )
                elif kind < 0.15:
                    doc.add(self.reversed_name(p), person=True)
                else:
                    doc.add(f"{p.title} " if p.title and r.random() < 0.5 else "")
                    doc.add(self.full(p), person=True)
            elif r.random() < 0.2:
                p = self._person(0)
                doc.add("Nachname:" + (" " * r.randint(1, 8) if pad else " "))
                doc.add(self.last(p), person=True)
                doc.add("\nVorname:" + (" " * r.randint(1, 8) if pad else " "))
                doc.add(p.first, person=True)
            else:
                self.render(self._pick(t.NEUTRAL_FORM_LINES), doc)
            doc.add("\n")
        if r.random() < 0.5:
            doc.add(f"\n{self._pick(self.cities)}, {self._date()}   Unterschrift: ")
            doc.add(self.full(self._person(0)), person=True)
            doc.add("\n")
        return doc

    def table(self) -> _Doc:
        doc = _Doc()
        r = self.rng
        doc.add(
            self._pick(
                (
                    "Teilnehmerliste",
                    "Anwesenheitsliste",
                    "Haushaltsangehörige",
                    "Liste der Anlieger",
                    "Bewohner des Hauses",
                    "Verteiler",
                )
            )
            + "\n"
        )
        style = r.randrange(4)
        header = ("Nr.", "Name, Vorname", "Geburtsdatum", "Anschrift")
        sep = ("\t", " | ", ";", "  ")[style]
        if r.random() < 0.7:
            doc.add(sep.join(header) + "\n")
        for n in range(1, r.randint(3, 10)):
            p = self.persons.person()
            doc.add(f"{n}{sep}")
            if r.random() < 0.7:
                doc.add(self.reversed_name(p), person=True)
            else:
                doc.add(self.full(p), person=True)
            doc.add(f"{sep}{self._date()}{sep}{self._street()}\n")
        if r.random() < 0.3:
            doc.add("\nDie Liste ist vollständig. Stand: " + self._date() + "\n")
        return doc

    def memo(self) -> _Doc:
        doc = _Doc()
        r = self.rng
        doc.add(self._pick(("Vermerk", "Aktennotiz", "Gesprächsnotiz", "Telefonnotiz", "Notiz")))
        doc.add(f" vom {self._date()}\n\n")
        bare = (
            "Wie mit {last:1} besprochen, wird der Antrag zurückgestellt.",
            "{last:1} hat angerufen und fragt nach dem Stand.",
            "Rückruf an {last:1} bis Freitag.",
            "{last:1} bringt die Unterlagen am {weekday} vorbei.",
            "Akte an {last:2} zur Prüfung.",
            "Laut {last:2} ist die Frist abgelaufen.",
            "{last:1} und {last:2} haben sich wegen der Lärmbelästigung beschwert.",
            "{herr:1} {last:1} war vorgestern persönlich im {office}.",
            "{herr:2} {last:2} widerspricht der Darstellung von {last:1}.",
            "{last:1} (Tel. {phone}) bittet um Rückruf.",
            "Bitte an {first:2} weiterleiten.",
            "Gespräch mit {full:1} im {office}, Ergebnis: Antrag wird nachgereicht.",
            "{last:1} ist nicht erschienen.",
            "Das Schreiben von {last:1} wurde an das {office} weitergegeben.",
            "Zur Kenntnis an {last:2}, {last:3}.",
            "Anruf {last:1}: Bescheid nicht erhalten.",
            "Mit {last:1} vereinbart: Ratenzahlung ab {month}.",
            "Erledigt, {first:2}",
        )
        for _ in range(r.randint(2, 6)):
            roll = r.random()
            if roll < 0.6:
                self.render(self._pick(bare), doc)
            elif roll < 0.8:
                doc.add(lx.random_sentence(r))
            else:
                self.render(self._pick(t.NEUTRAL_SENTENCES), doc)
            doc.add(self._pick(("\n", " ", "\n- ")))
        doc.add("\n")
        return doc

    def neutral(self) -> _Doc:
        doc = _Doc()
        r = self.rng
        city = self._pick(self.cities)
        if r.random() < 0.6:
            doc.add(
                f"Stadt {city} · {self._pick(t.OFFICES)} · "
                f"{self._street()} · {self._plz()} {city}\n\n"
            )
        if r.random() < 0.3:
            self.render(self._pick(t.SALUTATIONS[3:7]), doc)
            doc.add("\n\n")
        for _ in range(r.randint(3, 9)):
            roll = r.random()
            if roll < 0.35:
                doc.add(lx.random_sentence(r))
            elif roll < 0.42:
                doc.add(lx.random_list_line(r))
            elif roll < 0.47:
                doc.add(f"{lx.heading(r)}\n")
            else:
                pool: tuple[str, ...] = (
                    t.NEUTRAL_SENTENCES if r.random() < 0.8 else t.NEUTRAL_FORM_LINES
                )
                if r.random() < 0.08:
                    pool = t.JOB_NOUN_SENTENCES
                self.render(self._pick(pool), doc)
            doc.add(self._pick((" ", "\n", "\n\n")))
        if r.random() < 0.4:
            doc.add(
                "\nMit freundlichen Grüßen\n"
                f"{self._pick(('Ihr ', 'Ihre ', ''))}{self._pick(t.OFFICES)}\n"
            )
        elif r.random() < 0.3:
            doc.add(f"\nMit freundlichen Grüßen\nStadt {city}\n{self._pick(t.OFFICES)}\n")
        if r.random() < 0.3:
            doc.add(f"\n{self._pick(t.ROLE_SALUTATIONS)}\n")
        return doc

    def informal(self) -> _Doc:
        doc = _Doc()
        r = self.rng
        doc.add(self._pick(("hallo", "hi", "moin", "guten tag", "hallo zusammen", "")) + "\n")
        for _ in range(r.randint(2, 5)):
            if r.random() < 0.35:
                doc.add(lx.random_sentence(r))
            else:
                self.render(self._pick(t.INFORMAL_SENTENCES), doc)
            doc.add(self._pick((". ", "\n", " ", "!! ")))
        doc.add("\n")
        self.render(
            self._pick(
                (
                    "lg {first:0}",
                    "gruß {full:0}",
                    "{first:0}",
                    "viele grüße\n{full:0}",
                    "danke\n{full:0}",
                )
            ),
            doc,
        )
        doc.add("\n")
        return doc

    KINDS: tuple[tuple[str, float], ...] = (
        ("letter", 0.28),
        ("email", 0.18),
        ("form", 0.14),
        ("table", 0.08),
        ("memo", 0.10),
        ("neutral", 0.14),
        ("informal", 0.08),
    )

    def document(self) -> LabelledText:
        """One document of a random kind, with noise applied to some."""
        self.cast = []
        kinds, weights = zip(*self.KINDS, strict=True)
        kind = self.rng.choices(kinds, weights)[0]
        doc: _Doc = getattr(self, kind)()
        roll = self.rng.random()
        if kind == "informal" or roll < 0.04:
            doc.pieces = [(text.lower(), person) for text, person in doc.pieces]
        elif roll < 0.06:
            doc.pieces = [(text.upper(), person) for text, person in doc.pieces]
        elif roll < 0.14:
            doc.pieces = [(_ocr_noise(text, self.rng), person) for text, person in doc.pieces]
        return doc.labelled()


_OCR_SWAPS = {
    "l": ("1", "I"),
    "I": ("l", "1"),
    "i": ("í", "l"),
    "O": ("0",),
    "o": ("0", "ö"),
    "e": ("c",),
    "ü": ("u", "ii"),
    "ö": ("o",),
    "ä": ("a",),
    "ß": ("B", "ss"),
    "m": ("rn",),
    "n": ("ri",),
    "S": ("5",),
    "B": ("8",),
    "a": ("o",),
    "t": ("f",),
    ",": (".",),
    ".": (",",),
}


def _ocr_noise(text: str, rng: random.Random) -> str:
    """Character confusions of a poor scan; spaces are kept, so words stay words."""
    out: list[str] = []
    for char in text:
        swaps = _OCR_SWAPS.get(char)
        if swaps is not None and rng.random() < 0.04:
            out.append(swaps[rng.randrange(len(swaps))])
        else:
            out.append(char)
    return "".join(out)


def writer_for(seed: int, split: Split) -> LetterWriter:
    """The document writer for one split: training and evaluation use disjoint names."""
    split_rng = random.Random(f"{seed}-names")
    train_stocks, dev_stocks = [], []
    for stock in name_stocks():
        train, dev = stock.split(split_rng, HELD_OUT_NAMES)
        train_stocks.append(train)
        dev_stocks.append(dev)
    rng = random.Random(f"{seed}-{split}")
    return LetterWriter(rng, PersonFactory(train_stocks if split == "train" else dev_stocks, rng))


def generate(seed: int, n: int, split: Split = "train") -> list[LabelledText]:
    """``n`` documents of one split; the same seed gives the same documents."""
    writer = writer_for(seed, split)
    return [writer.document() for _ in range(n)]


def to_docbin(texts: Sequence[LabelledText], nlp: Any) -> Any:
    """A spaCy ``DocBin`` of the documents, names as ``PER`` entities on ``nlp``'s tokens."""
    from spacy.tokens import DocBin

    docbin = DocBin(store_user_data=False)
    for item in texts:
        doc = nlp.make_doc(item.text)
        ents = []
        for start, end in item.spans:
            span = doc.char_span(start, end, label=LABEL)
            if span is None:  # a name glued to punctuation the tokenizer keeps together
                span = doc.char_span(start, end, label=LABEL, alignment_mode="expand")
            if span is not None and span.text.strip():
                ents.append(span)
        doc.ents = _without_overlaps(ents)
        docbin.add(doc)
    return docbin


def _without_overlaps(spans: list[Any]) -> list[Any]:
    kept: list[Any] = []
    end = -1
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if span.start >= end:
            kept.append(span)
            end = span.end
    return kept


def write(seed: int, n_train: int, n_dev: int, out: Path) -> tuple[Path, Path]:
    """Write ``train.spacy`` and ``dev.spacy`` into ``out``."""
    import spacy

    nlp = spacy.blank("de")
    out.mkdir(parents=True, exist_ok=True)
    paths = (out / "train.spacy", out / "dev.spacy")
    for path, split, n in zip(paths, ("train", "dev"), (n_train, n_dev), strict=True):
        to_docbin(generate(seed, n, split), nlp).to_disk(path)  # type: ignore[arg-type]
    return paths


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--n-train", type=int, default=20000)
    parser.add_argument("--n-dev", type=int, default=2000)
    parser.add_argument("--out", type=Path, default=Path("build/ner"))
    parser.add_argument("--show", type=int, default=0, help="print this many training documents")
    args = parser.parse_args(argv)
    if args.show:
        for item in generate(args.seed, args.show):
            marked = item.text
            for start, end in reversed(item.spans):
                marked = f"{marked[:start]}[{marked[start:end]}]{marked[end:]}"
            print(marked, "\n" + "=" * 60)  # noqa: T201
        return
    train, dev = write(args.seed, args.n_train, args.n_dev, args.out)
    print(f"wrote {train} and {dev}")  # noqa: T201


if __name__ == "__main__":
    main()
