"""Shared machinery of the hand-written classification corpora: registry, checks, output.

A corpus builder registers documents with ``Corpus.add`` (service id, style, hand-written text,
standard fields) and calls ``Corpus.main``, which validates the set and writes ``corpus.jsonl``
only when every check passes: unique ids, known service ids (``core/data/catalogue.yaml``), a
minimum number of documents per service and per style, only standard field names, string field
values verbatim in the text, ISO dates present in a German notation, IBANs mod-97 valid and
present, amounts present in German notation.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import yaml

CATALOGUE = Path(__file__).resolve().parents[2] / "core" / "data" / "catalogue.yaml"

STYLES = {
    "formal_letter",
    "short_email",
    "forwarded_mail",
    "form",
    "ocr_noise",
    "typos",
    "english_mixed",
    "lawyer",
    "company",
    "other_office",
}
STRING_FIELDS = {
    "applicant_name",
    "street_address",
    "postal_code",
    "city",
    "email",
    "phone",
    "reference",
}
DATE_FIELDS = {"date_of_birth", "effective_date"}
STANDARD_FIELDS = STRING_FIELDS | DATE_FIELDS | {"iban", "amount_eur"}


MONTHS = [
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
MONTH_ALT = {
    3: ["Maerz", "Mrz.", "März"],
    1: ["Jan.", "Jänner"],
    2: ["Feb."],
    8: ["Aug."],
    9: ["Sept.", "Sep."],
    10: ["Okt."],
    11: ["Nov."],
    12: ["Dez."],
}


def german_date_forms(iso: str) -> list[str]:
    d = date.fromisoformat(iso)
    y, m, day = d.year, d.month, d.day
    forms = [
        f"{day:02d}.{m:02d}.{y}",
        f"{day}.{m}.{y}",
        f"{day:02d}.{m:02d}.{y % 100:02d}",
        f"{day}.{m}.{y % 100:02d}",
        f"{day:02d}.{m}.{y}",
        f"{day}.{m:02d}.{y}",
    ]
    names = [MONTHS[m - 1], *MONTH_ALT.get(m, [])]
    for name in names:
        forms += [f"{day}. {name} {y}", f"{day:02d}. {name} {y}"]
    return forms


def amount_forms(value: float) -> list[str]:
    whole, cents = f"{value:.2f}".split(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    forms = [f"{whole},{cents}", f"{grouped},{cents}"]
    if cents == "00":
        forms += [
            f"{whole},-",
            f"{grouped},-",
            f"{whole} €",
            f"{whole} Euro",
            f"{whole} EUR",
            f"{grouped} €",
            f"{grouped} Euro",
            f"{grouped} EUR",
        ]
    return forms


def iban_valid(iban: str) -> bool:
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", iban):
        return False
    moved = iban[4:] + iban[:4]
    digits = "".join(str(int(ch, 36)) for ch in moved)
    return int(digits) % 97 == 1


class Corpus:
    """The documents of one corpus; ids are ``<prefix>-001`` … in the order of ``add``."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.docs: list[dict] = []

    def add(
        self, service_id: str, style: str, text: str, injection: bool = False, **fields
    ) -> None:
        """Register one document. ``text`` is written by hand; ``fields`` are standard fields."""
        doc = {
            "id": f"{self.prefix}-{len(self.docs) + 1:03d}",
            "service_id": service_id,
            "style": style,
            "text": text.strip("\n"),
            "fields": fields,
        }
        if injection:
            doc["injection"] = True
        self.docs.append(doc)

    def validate(
        self, catalogue_ids: set[str], min_per_service: int, min_per_style: int
    ) -> list[str]:
        problems: list[str] = []
        ids = Counter(doc["id"] for doc in self.docs)
        problems += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
        for doc in self.docs:
            did, text, fields = doc["id"], doc["text"], doc["fields"]
            if doc["service_id"] not in catalogue_ids:
                problems.append(f"{did}: unknown service id {doc['service_id']!r}")
            if doc["style"] not in STYLES:
                problems.append(f"{did}: unknown style {doc['style']!r}")
            if not text.strip():
                problems.append(f"{did}: empty text")
            squashed = re.sub(r"\s", "", text)
            for name, value in fields.items():
                if name not in STANDARD_FIELDS:
                    problems.append(f"{did}: non-standard field {name!r}")
                elif name in STRING_FIELDS:
                    if not isinstance(value, str) or value not in text:
                        problems.append(f"{did}: {name}={value!r} not verbatim in text")
                elif name in DATE_FIELDS:
                    try:
                        forms = german_date_forms(value)
                    except (TypeError, ValueError):
                        problems.append(f"{did}: {name}={value!r} is not an ISO date")
                        continue
                    if not any(f in text for f in forms):
                        problems.append(f"{did}: {name}={value} not found in German notation")
                elif name == "iban":
                    if not isinstance(value, str) or " " in value or not iban_valid(value):
                        problems.append(f"{did}: iban {value!r} malformed or fails mod-97")
                    elif value not in squashed:
                        problems.append(f"{did}: iban {value} not in text")
                elif name == "amount_eur":
                    if not isinstance(value, float):
                        problems.append(f"{did}: amount_eur must be a float")
                    elif not any(f in text for f in amount_forms(value)):
                        problems.append(f"{did}: amount {value} not in text")
        per_service = Counter(doc["service_id"] for doc in self.docs)
        for sid in sorted(catalogue_ids):
            if per_service[sid] < min_per_service:
                problems.append(f"service {sid}: only {per_service[sid]} documents")
        per_style = Counter(doc["style"] for doc in self.docs)
        for style in sorted(STYLES):
            if per_style[style] < min_per_style:
                problems.append(f"style {style}: only {per_style[style]} documents")
        return problems

    def main(self, out: Path, min_per_service: int = 3, min_per_style: int = 5) -> int:
        catalogue = yaml.safe_load(CATALOGUE.read_text(encoding="utf-8"))
        catalogue_ids = {s["id"] for s in catalogue["services"]}
        problems = self.validate(catalogue_ids, min_per_service, min_per_style)
        per_service = Counter(doc["service_id"] for doc in self.docs)
        per_style = Counter(doc["style"] for doc in self.docs)
        print(
            f"{len(self.docs)} documents, {sum(1 for d in self.docs if d.get('injection'))} with injection"
        )
        print("per service:")
        for sid in sorted(catalogue_ids):
            print(f"  {sid:24s} {per_service[sid]}")
        print("per style:")
        for style in sorted(STYLES):
            print(f"  {style:24s} {per_style[style]}")
        if problems:
            print(f"{len(problems)} problem(s):", file=sys.stderr)
            for p in problems:
                print("  " + p, file=sys.stderr)
            return 1
        with out.open("w", encoding="utf-8") as fh:
            for doc in self.docs:
                fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
        print(f"wrote {out}")
        return 0
