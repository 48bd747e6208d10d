"""Shared machinery of the hand-written redaction corpora: inline markup, checks, output.

A corpus builder collects documents with ``Corpus.pii`` / ``Corpus.clean``, writing personal
strings inline as ``[[TYPE:text]]`` (short aliases below); ``Corpus.main`` strips the markup,
computes the offsets, checks every document and writes ``corpus.jsonl`` only if every check
passes. The checks: offsets reproduce the span text, spans do not overlap, Steuer-IDs
(§ 139b AO), IBANs (ISO 13616 MOD 97) and Rentenversicherungsnummern carry valid check digits,
ID-card numbers use the ID-card alphabet, every keep phrase occurs outside all spans, and every
further occurrence of an annotated string (and of every name part of 3+ letters) is annotated as
well, unless the document explicitly allows it.
"""

from __future__ import annotations

import collections
import ipaddress
import itertools
import json
import re
import sys
from pathlib import Path

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
TYPES = set(ALIASES.values())
MARK = re.compile(r"\[\[([A-Z_]+):(.*?)\]\]")


ID_CARD_ALPHABET = set("CFGHJKLMNPRTVWXYZ0123456789")
IBAN_LENGTHS = {"DE": 22, "AT": 20, "NL": 18, "PL": 28, "TR": 26, "IT": 27, "FR": 27, "ES": 24}
PARTICLES = {
    "von",
    "zu",
    "vom",
    "der",
    "den",
    "und",
    "van",
    "de",
    "di",
    "da",
    "al",
    "el",
    "bin",
    "geb",
}


def parse(marked: str) -> tuple[str, list[dict]]:
    out: list[str] = []
    spans: list[dict] = []
    pos = 0
    length = 0
    for m in MARK.finditer(marked):
        before = marked[pos : m.start()]
        out.append(before)
        length += len(before)
        typ = ALIASES.get(m.group(1), m.group(1))
        if typ not in TYPES:
            raise ValueError(f"unknown type {m.group(1)!r}")
        val = m.group(2)
        spans.append({"start": length, "end": length + len(val), "type": typ, "text": val})
        out.append(val)
        length += len(val)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans


def steuer_id_ok(digits: str) -> bool:
    if len(digits) != 11 or not digits.isdigit() or digits[0] == "0":
        return False
    first = digits[:10]
    counts = collections.Counter(first)
    repeated = [d for d, n in counts.items() if n > 1]
    if len(repeated) != 1 or counts[repeated[0]] not in (2, 3):
        return False
    if counts[repeated[0]] == 3 and repeated[0] * 3 in first:
        return False
    product = 10
    for ch in first:
        s = (int(ch) + product) % 10 or 10
        product = (s * 2) % 11
    check = 11 - product
    return (0 if check == 10 else check) == int(digits[10])


def tax_ok(value: str) -> bool:
    compact = re.sub(r"[\s]", "", value)
    if compact.startswith("DE"):  # USt-IdNr.
        return bool(re.fullmatch(r"DE\d{9}", compact))
    if "/" in compact:  # Steuernummer, Länderformat
        return bool(re.fullmatch(r"\d{2,3}/\d{3,4}/\d{4,5}", compact))
    if len(compact) == 13 and compact.isdigit():  # Steuernummer, bundeseinheitlich
        return True
    return steuer_id_ok(compact)


def iban_ok(value: str) -> bool:
    compact = value.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", compact):
        return False
    if IBAN_LENGTHS.get(compact[:2]) not in (None, len(compact)):
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


def rvnr_ok(value: str) -> bool:
    compact = value.replace(" ", "")
    m = re.fullmatch(r"(\d{8})([A-Z])(\d{2})(\d)", compact)
    if not m:
        return False
    digits = m.group(1) + f"{ord(m.group(2)) - 64:02d}" + m.group(3)
    weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    total = sum(sum(divmod(int(d) * w, 10)) for d, w in zip(digits, weights, strict=True))
    return total % 10 == int(m.group(4))


def whole_word(needle: str, text: str):
    return re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text)


def check_doc(doc: dict, errors: list[str]) -> None:
    did, text, spans = doc["id"], doc["text"], doc["spans"]
    where = lambda msg: errors.append(f"{did}: {msg}")  # noqa: E731
    if "[[" in text or "]]" in text:
        where("leftover markup")
    if doc["kind"] == "clean" and spans:
        where("clean document with spans")
    if doc["kind"] == "pii" and not spans:
        where("pii document without spans")
    if not 3 <= len(doc["keep"]) <= 6:
        where(f"{len(doc['keep'])} keep phrases")
    ordered = sorted(spans, key=lambda s: s["start"])
    for a, b in itertools.pairwise(ordered):
        if b["start"] < a["end"]:
            where(f"overlap {a['text']!r} / {b['text']!r}")
    for s in spans:
        t = s["text"]
        if text[s["start"] : s["end"]] != t:
            where(f"offset mismatch {t!r}")
        if not t or t != t.strip():
            where(f"span with outer whitespace {t!r}")
        typ = s["type"]
        if typ == "IBAN_CODE" and not iban_ok(t):
            where(f"invalid IBAN {t}")
        if typ == "DE_TAX_ID" and not tax_ok(t):
            where(f"invalid tax number {t}")
        if typ == "DE_SOCIAL_SECURITY" and not rvnr_ok(t):
            where(f"invalid Rentenversicherungsnummer {t}")
        if typ == "DE_ID_CARD" and (len(t) != 9 or not set(t) <= ID_CARD_ALPHABET):
            where(f"invalid ID-card number {t}")
        if typ == "EMAIL_ADDRESS" and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", t):
            where(f"odd e-mail {t}")
        if typ == "IP_ADDRESS":
            try:
                ipaddress.ip_address(t)
            except ValueError:
                where(f"invalid IP {t}")
    covered = [(s["start"], s["end"]) for s in spans]
    inside = lambda a, b: any(s <= a and b <= e for s, e in covered)  # noqa: E731
    # every further occurrence of an annotated string is annotated
    for s in spans:
        if len(s["text"]) >= 3:
            for m in whole_word(s["text"], text):
                if not inside(m.start(), m.end()):
                    where(f"unannotated occurrence of {s['text']!r} at {m.start()}")
    # every occurrence of a name part is annotated
    for s in spans:
        if s["type"] != "PERSON":
            continue
        for part in re.split(r"[\s,<]+", s["text"]):
            part = part.strip('().„“"')
            if len(part) < 3 or part.lower() in PARTICLES or part.endswith("."):
                continue
            if part in doc["allow"]:
                continue
            for m in whole_word(part, text):
                if not inside(m.start(), m.end()):
                    where(f"unannotated name part {part!r} at {m.start()}")
    # keep phrases exist outside every span
    for k in doc["keep"]:
        hits = [m.start() for m in re.finditer(re.escape(k), text)]
        if not hits:
            where(f"keep phrase missing: {k!r}")
        elif not any(not any(s < h + len(k) and h < e for s, e in covered) for h in hits):
            where(f"keep phrase overlaps a span: {k!r}")


def _text(s: str) -> str:
    return s[1:] if s.startswith("\n") else s


class Corpus:
    """The documents of one corpus, in the order they are written."""

    def __init__(self) -> None:
        self.docs: list[dict] = []

    def pii(self, style: str, marked: str, keep: list[str], allow: tuple[str, ...] = ()) -> None:
        self.docs.append(
            {"kind": "pii", "style": style, "marked": _text(marked), "keep": keep, "allow": allow}
        )

    def clean(self, style: str, text: str, keep: list[str]) -> None:
        self.docs.append(
            {"kind": "clean", "style": style, "marked": _text(text), "keep": keep, "allow": ()}
        )

    def build(self) -> list[dict]:
        records = []
        n = {"pii": 0, "clean": 0}
        for d in self.docs:
            n[d["kind"]] += 1
            text, spans = parse(d["marked"])
            records.append(
                {
                    "id": f"{d['kind']}-{n[d['kind']]:03d}",
                    "kind": d["kind"],
                    "style": d["style"],
                    "text": text,
                    "spans": spans,
                    "keep": d["keep"],
                    "allow": d["allow"],
                }
            )
        return records

    def main(self, out: Path, expected: dict[str, int]) -> int:
        """Check every document and write ``out``; 1 (and nothing written) on any error."""
        records = self.build()
        errors: list[str] = []
        for r in records:
            check_doc(r, errors)
        kinds = collections.Counter(r["kind"] for r in records)
        if kinds != expected:
            errors.append(f"expected {expected} documents, got {dict(kinds)}")
        if errors:
            print("\n".join(errors))
            print(f"{len(errors)} error(s); corpus not written", file=sys.stderr)
            return 1
        with out.open("w", encoding="utf-8") as fh:
            for r in records:
                rec = {k: r[k] for k in ("id", "kind", "style", "text", "spans", "keep")}
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        by_type = collections.Counter(s["type"] for r in records for s in r["spans"])
        by_style = collections.Counter((r["kind"], r["style"]) for r in records)
        print(f"wrote {out} with {len(records)} documents: {dict(kinds)}")
        print(
            f"spans: {sum(by_type.values())}, keep phrases: {sum(len(r['keep']) for r in records)}"
        )
        print("\nspans per type:")
        for t, c in sorted(by_type.items(), key=lambda x: -x[1]):
            print(f"  {t:22s} {c:4d}")
        print("\ndocuments per style:")
        for (k, st), c in sorted(by_style.items()):
            print(f"  {k:5s} {st:18s} {c:3d}")
        return 0
