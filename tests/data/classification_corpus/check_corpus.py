#!/usr/bin/env python3
"""Validate the classification/extraction corpus (``corpus.jsonl`` beside this file).

    python3 tests/data/classification_corpus/check_corpus.py [corpus.jsonl] [--catalogue PATH]

Standalone: needs only the standard library and PyYAML. Checks

* every line is a JSON object with ``id``, ``service_id``, ``style``, ``text``, ``fields``
  (and optionally ``"injection": true``), ids are unique, texts are not duplicated;
* ``service_id`` is a catalogue id, every catalogue id has >= 6 documents and the confusable
  services >= 10, every style is known and has >= 12 documents, >= 6 injection documents;
* every field name is a standard field and every value occurs in the text: strings verbatim,
  dates (ISO in the file) in some German/English notation of day, month and year, the IBAN
  (mod-97 valid) with whitespace removed, the amount as a number in German or English notation.

Prints the counts per service and per style; exits 1 on any problem.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import statistics
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE / "corpus.jsonl"
DEFAULT_CATALOGUE = HERE.parents[2] / "core" / "data" / "catalogue.yaml"

STANDARD_FIELDS = (
    "applicant_name",
    "street_address",
    "postal_code",
    "city",
    "date_of_birth",
    "email",
    "phone",
    "iban",
    "reference",
    "effective_date",
    "amount_eur",
)
DATE_FIELDS = {"date_of_birth", "effective_date"}
STYLES = (
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
)
CONFUSABLE = (
    "gewerbe_anmeldung",
    "gewerbe_ummeldung",
    "gewerbe_abmeldung",
    "wohnsitz_anmeldung",
    "wohnsitz_abmeldung",
    "meldebescheinigung",
    "melderegisterauskunft",
    "wohngeld",
    "wohnberechtigungsschein",
    "widerspruch",
    "beschwerde",
    "maengelmeldung",
    "rechnung",
    "allgemeine_anfrage",
)
MIN_PER_SERVICE = 6
MIN_CONFUSABLE = 10
MIN_PER_STYLE = 12
MIN_INJECTION = 6
KEYS = {"id", "service_id", "style", "text", "fields"}
OPTIONAL_KEYS = {"injection"}

MONTHS_DE = [
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
MONTHS_DE_ABBR = [
    "Jan",
    "Feb",
    "Mär",
    "Apr",
    "Mai",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Okt",
    "Nov",
    "Dez",
]
MONTHS_EN = [
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
MONTHS_EN_ABBR = [
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
]


# ------------------------------------------------------------------------------------------
# value checks
# ------------------------------------------------------------------------------------------


def iban_valid(iban: str) -> bool:
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", iban):
        return False
    moved = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def date_patterns(d: date) -> list[str]:
    """Regex alternatives for a date in the usual German (and English) notations."""
    day, mon, year = d.day, d.month, d.year
    days = {f"{day}", f"{day:02d}"}
    mons = {f"{mon}", f"{mon:02d}"}
    years = {f"{year}", f"{year % 100:02d}"}
    pats: list[str] = []
    for dd in days:
        for mm in mons:
            for yy in years:
                pats.append(rf"{dd}\.\s?{mm}\.\s?{yy}")
                pats.append(rf"{dd}/{mm}/{yy}")
        for name in (MONTHS_DE[mon - 1], MONTHS_EN[mon - 1]):
            pats.append(rf"{dd}\.?\s?{re.escape(name)},?\s{year}")
        abbrs = {MONTHS_DE_ABBR[mon - 1], MONTHS_EN_ABBR[mon - 1]}
        abbrs |= {"Febr"} if mon == 2 else {"Sept"} if mon == 9 else set()
        for abbr in sorted(abbrs):
            pats.append(rf"{dd}\.?\s?{re.escape(abbr)}\.?\s{year}")
        pats.append(rf"{re.escape(MONTHS_EN[mon - 1])}\s{dd}(?:st|nd|rd|th)?,?\s{year}")
    pats.append(rf"{year}-{mon:02d}-{day:02d}")
    return pats


def date_in_text(iso: str, text: str) -> bool:
    d = date.fromisoformat(iso)
    flat = re.sub(r"\s+", " ", text)
    for pat in date_patterns(d):
        if re.search(rf"(?<![\d]){pat}(?![\d])", flat, re.IGNORECASE):
            return True
    return False


def parse_number_token(tok: str) -> set[float]:
    """All plausible values of a number token in German or English notation."""
    tok = tok.rstrip(".,")
    out: set[float] = set()
    if not tok:
        return out
    if "," in tok and "." in tok:
        dec = "," if tok.rfind(",") > tok.rfind(".") else "."
        thou = "." if dec == "," else ","
        with contextlib.suppress(ValueError):
            out.add(float(tok.replace(thou, "").replace(dec, ".")))
        return out
    for sep in (",", "."):
        if sep in tok:
            parts = tok.split(sep)
            if len(parts) == 2 and 1 <= len(parts[1]) <= 2:
                out.add(float(parts[0] + "." + parts[1]))
            if all(len(p) == 3 for p in parts[1:]) and 1 <= len(parts[0]) <= 3:
                out.add(float("".join(parts)))
            return out
    out.add(float(tok))
    return out


def amount_in_text(value: float, text: str) -> bool:
    for tok in re.findall(r"\d[\d.,]*", text):
        if any(abs(v - value) < 0.005 for v in parse_number_token(tok)):
            return True
    return False


# ------------------------------------------------------------------------------------------
# main
# ------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    ap.add_argument("--catalogue", default=str(DEFAULT_CATALOGUE))
    args = ap.parse_args(argv)

    catalogue = yaml.safe_load(Path(args.catalogue).read_text(encoding="utf-8"))
    services = {s["id"]: s.get("label", s["id"]) for s in catalogue["services"]}
    problems: list[str] = []

    def bad(where: str, msg: str) -> None:
        problems.append(f"{where}: {msg}")

    docs: list[dict] = []
    for lineno, line in enumerate(Path(args.corpus).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            bad(f"line {lineno}", "empty line")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            bad(f"line {lineno}", f"invalid JSON ({exc})")
            continue
        if not isinstance(obj, dict):
            bad(f"line {lineno}", "not a JSON object")
            continue
        docs.append(obj)

        where = f"line {lineno} ({obj.get('id', '?')})"
        missing = KEYS - obj.keys()
        extra = obj.keys() - KEYS - OPTIONAL_KEYS
        if missing:
            bad(where, f"missing keys {sorted(missing)}")
            continue
        if extra:
            bad(where, f"unknown keys {sorted(extra)}")
        if not re.fullmatch(r"cls-\d{3,}", str(obj["id"])):
            bad(where, f"id {obj['id']!r} does not look like cls-NNN")
        if obj["service_id"] not in services:
            bad(where, f"service_id {obj['service_id']!r} not in catalogue")
        if obj["style"] not in STYLES:
            bad(where, f"unknown style {obj['style']!r}")
        if "injection" in obj and obj["injection"] is not True:
            bad(where, "injection must be true when present")
        text = obj["text"]
        if not isinstance(text, str) or not text.strip():
            bad(where, "empty text")
            continue
        fields = obj["fields"]
        if not isinstance(fields, dict):
            bad(where, "fields must be an object")
            continue

        for key, val in fields.items():
            if key not in STANDARD_FIELDS:
                bad(where, f"unknown field {key!r}")
                continue
            if key == "amount_eur":
                if isinstance(val, bool) or not isinstance(val, (int, float)):
                    bad(where, f"amount_eur must be a number, got {val!r}")
                elif not amount_in_text(float(val), text):
                    bad(where, f"amount_eur {val!r} not found in text")
                continue
            if not isinstance(val, str) or not val or val != val.strip():
                bad(where, f"{key} must be a non-empty trimmed string, got {val!r}")
                continue
            if key in DATE_FIELDS:
                try:
                    date.fromisoformat(val)
                except ValueError:
                    bad(where, f"{key} {val!r} is not an ISO date")
                    continue
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", val):
                    bad(where, f"{key} {val!r} is not YYYY-MM-DD")
                elif not date_in_text(val, text):
                    bad(where, f"{key} {val!r} not found in text in any date notation")
            elif key == "iban":
                if not iban_valid(val):
                    bad(where, f"iban {val!r} invalid (format or mod-97 check digits)")
                if val not in re.sub(r"\s+", "", text):
                    bad(where, f"iban {val!r} not found in text (whitespace ignored)")
            elif key == "postal_code" and not re.fullmatch(r"\d{5}", val):
                bad(where, f"postal_code {val!r} is not five digits")
            elif val not in text:
                bad(where, f"{key} {val!r} does not occur verbatim in text")

    ids = Counter(d.get("id") for d in docs)
    for i, n in ids.items():
        if n > 1:
            bad(f"id {i}", f"used {n} times")
    texts = Counter(d.get("text") for d in docs)
    for t, n in texts.items():
        if n > 1:
            bad("texts", f"identical text used {n} times: {str(t)[:60]!r}")

    per_service = Counter(d.get("service_id") for d in docs)
    per_style = Counter(d.get("style") for d in docs)
    for sid in services:
        need = MIN_CONFUSABLE if sid in CONFUSABLE else MIN_PER_SERVICE
        if per_service[sid] < need:
            bad("mix", f"service {sid} has {per_service[sid]} documents, needs >= {need}")
    for style in STYLES:
        if per_style[style] < MIN_PER_STYLE:
            bad("mix", f"style {style} has {per_style[style]} documents, needs >= {MIN_PER_STYLE}")
    n_inj = sum(1 for d in docs if d.get("injection") is True)
    if n_inj < MIN_INJECTION:
        bad("mix", f"only {n_inj} injection documents, needs >= {MIN_INJECTION}")

    # ---- report
    print(f"{len(docs)} documents in {args.corpus}")
    print("\nper service:")
    for sid, label in services.items():
        print(f"  {sid:<26} {per_service[sid]:>4}   {label}")
    print("\nper style:")
    for style in STYLES:
        print(f"  {style:<26} {per_style[style]:>4}")
    with_fields = sum(1 for d in docs if d.get("fields"))
    field_counts = Counter(k for d in docs for k in (d.get("fields") or {}))
    lengths = [len(d.get("text", "")) for d in docs]
    print(f"\ninjection documents: {n_inj}")
    if docs:
        print(f"documents with fields: {with_fields} ({with_fields / len(docs):.0%})")
        print(
            f"text length: min {min(lengths)}, median {statistics.median(lengths):.0f}, "
            f"max {max(lengths)} characters"
        )
    print("field occurrences: " + ", ".join(f"{k} {field_counts[k]}" for k in STANDARD_FIELDS))

    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  " + p)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
