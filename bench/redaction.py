"""Redaction quality and cost on the German development corpus.

    .venv/bin/python bench/redaction.py [--corpus PATH] [--show-leaks] [--show-fp] [--aggregate]

The corpus (``tests/data/redaction_corpus/corpus.jsonl``, built by ``build_corpus.py`` there)
holds PII documents whose personal strings are annotated with exact offsets, and PII-free
administrative texts. Every text goes through ``Redactor().redact``; the figures:

Leak rate (primary, positional)
    Share of annotated personal spans of which something readable survives. The redactor's
    spans say which characters of the original were replaced; the uncovered characters of an
    annotated span form one or more pieces. A span *leaks* if
      - none of its characters was replaced, or
      - PERSON: an uncovered piece holds a run of 3 or more letters (a name part, "Demir" left
        beside a redacted "Ayşe"), or
      - any other type: an uncovered piece holds a run of 4 or more consecutive alphanumeric
        characters ("DE89" of an IBAN, "Bochum" of "44787 Bochum", "0049" of a phone number).
    Where the returned spans do not reproduce the returned text, that document falls back to
    the string definition below (and the mismatch is reported).

Leak rate (string)
    The simple black-box definition: a span leaks if its exact text still occurs in the
    redacted text, or, for PERSON, any name part (a word of 3+ characters, no initials, no
    particles like "von") still occurs there as a whole word (case-sensitive).

Keep rate
    Share of the documents' ``keep`` phrases (non-personal key phrases: service words, letter
    dates, deadlines, amounts, office names) that still occur verbatim in the redacted text.

Precision / recall (span level)
    A predicted span is a true positive if it overlaps an annotated span of a compatible type
    (``COMPATIBLE`` below); an annotated span is found if a predicted span of a compatible type
    overlaps it. Type-agnostic figures count any overlap. Detections in PII-free texts are all
    false positives and are included in precision.
    Type mapping (redactor type -> corpus types it may match):
      - PERSON -> PERSON; EMAIL_ADDRESS, PHONE_NUMBER, IBAN_CODE, DATE_OF_BIRTH, DE_KFZ,
        IP_ADDRESS -> themselves
      - STREET_ADDRESS and LOCATION -> either (an address recognised as one span is fine);
        FOREIGN_STREET and FOREIGN_POSTCODE (an address abroad) -> either
      - DE_AKTENZEICHEN -> DE_AKTENZEICHEN, DE_ID_CARD, DE_PASSPORT, DE_SOCIAL_SECURITY,
        DE_HANDELSREGISTER, DE_TAX_ID (the redactor uses it for every number after a cue)
      - DE_TAX_ID -> DE_TAX_ID, DE_AKTENZEICHEN (a Steuernummer is annotated as Aktenzeichen)
      - future types DE_ID_CARD / DE_PASSPORT / DE_SOCIAL_SECURITY / DE_HANDELSREGISTER ->
        themselves and DE_AKTENZEICHEN; any other type -> the corpus type of the same name.

Cost
    Characters per CPU-second (``time.process_time`` over the whole corpus after building the
    analyzer and a warm-up of three documents) and peak RSS of this process
    (``resource.getrusage``).

``--show-leaks`` prints each leaked string with its document id and what stayed visible;
``--show-fp`` prints false positives in the PII documents. Without either, the first
detections in PII-free texts and lost keep phrases are listed; ``--aggregate`` prints figures
only, no text of any document (use it on held-out corpora). Exits 0 always: this is a report.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import sys
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# This file is itself called redaction.py: drop bench/ from the path (Python puts the script's
# folder first) so that ``import redaction`` finds the package, not this script.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(ROOT))

DEFAULT_CORPUS = ROOT / "tests" / "data" / "redaction_corpus" / "corpus.jsonl"

CORPUS_TYPES = [
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
]
_NUMBERS = {"DE_AKTENZEICHEN", "DE_ID_CARD", "DE_PASSPORT", "DE_SOCIAL_SECURITY"}
COMPATIBLE: dict[str, set[str]] = {
    "PERSON": {"PERSON"},
    "STREET_ADDRESS": {"STREET_ADDRESS", "LOCATION"},
    "LOCATION": {"LOCATION", "STREET_ADDRESS"},
    "FOREIGN_STREET": {"STREET_ADDRESS", "LOCATION"},
    "FOREIGN_POSTCODE": {"STREET_ADDRESS", "LOCATION"},
    "DATE_OF_BIRTH": {"DATE_OF_BIRTH"},
    "PHONE_NUMBER": {"PHONE_NUMBER"},
    "EMAIL_ADDRESS": {"EMAIL_ADDRESS"},
    "IBAN_CODE": {"IBAN_CODE"},
    "DE_TAX_ID": {"DE_TAX_ID", "DE_AKTENZEICHEN"},
    "DE_KFZ": {"DE_KFZ"},
    "DE_AKTENZEICHEN": _NUMBERS | {"DE_HANDELSREGISTER", "DE_TAX_ID"},
    "DE_HANDELSREGISTER": {"DE_HANDELSREGISTER", "DE_AKTENZEICHEN"},
    "DE_ID_CARD": {"DE_ID_CARD", "DE_PASSPORT", "DE_AKTENZEICHEN"},
    "DE_PASSPORT": {"DE_PASSPORT", "DE_ID_CARD", "DE_AKTENZEICHEN"},
    "DE_SOCIAL_SECURITY": {"DE_SOCIAL_SECURITY", "DE_AKTENZEICHEN"},
    "DE_ID_DOCUMENT": {"DE_ID_CARD", "DE_PASSPORT", "DE_AKTENZEICHEN"},
    "IP_ADDRESS": {"IP_ADDRESS"},
}
_PARTICLES = {"von", "der", "den", "van", "de", "di", "da", "del", "la", "le", "el", "al", "zu"}
_LETTERS3 = re.compile(r"[^\W\d_]{3,}")
_ALNUM4 = re.compile(r"[^\W_]{4,}")


def compatible(predicted_type: str) -> set[str]:
    return COMPATIBLE.get(predicted_type, {predicted_type})


def name_parts(name: str) -> list[str]:
    return [
        part
        for part in re.split(r"[\s,\-]+", name)
        if len(part) >= 3 and not part.endswith(".") and part not in _PARTICLES
    ]


@dataclass
class Gold:
    doc: str
    type: str
    start: int
    end: int
    text: str
    found: bool = False
    found_any: bool = False
    leaked: bool = False
    leaked_string: bool = False
    visible: list[str] = field(default_factory=list)


@dataclass
class Pred:
    doc: str
    type: str
    start: int
    end: int
    text: str
    clean_doc: bool
    tp: bool = False
    tp_any: bool = False


def uncovered_pieces(covered: bytearray, start: int, end: int, text: str) -> list[str]:
    pieces: list[str] = []
    i = start
    while i < end:
        if covered[i]:
            i += 1
            continue
        j = i
        while j < end and not covered[j]:
            j += 1
        pieces.append(text[i:j])
        i = j
    return pieces


def positional_leak(gold: Gold, covered: bytearray, text: str) -> tuple[bool, list[str]]:
    pieces = uncovered_pieces(covered, gold.start, gold.end, text)
    if pieces and pieces[0] == gold.text:
        return True, pieces
    pattern = _LETTERS3 if gold.type == "PERSON" else _ALNUM4
    visible = [m.group() for piece in pieces for m in pattern.finditer(piece)]
    return bool(visible), visible


def string_leak(gold: Gold, redacted: str) -> tuple[bool, list[str]]:
    visible: list[str] = []
    if gold.text in redacted:
        visible.append(gold.text)
    if gold.type == "PERSON":
        for part in name_parts(gold.text):
            if re.search(rf"(?<!\w){re.escape(part)}(?!\w)", redacted):
                visible.append(part)
    return bool(visible), visible


def rebuild(text: str, spans: list[object]) -> str:
    pieces: list[str] = []
    cursor = 0
    for span in sorted(spans, key=lambda s: s.start):  # type: ignore[attr-defined]
        pieces.append(text[cursor : span.start])  # type: ignore[attr-defined]
        pieces.append(span.token)  # type: ignore[attr-defined]
        cursor = span.end  # type: ignore[attr-defined]
    pieces.append(text[cursor:])
    return "".join(pieces)


def ratio(a: int, b: int) -> float:
    return a / b if b else float("nan")


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f} %" if b else "    – "


def f3(x: float) -> str:
    return "  –  " if x != x else f"{x:5.3f}"


def run(
    corpus: Path, show_leaks: bool, show_fp: bool, use_ner: bool = True, aggregate: bool = False
) -> None:
    docs = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line]
    pii_docs = [d for d in docs if d["kind"] == "pii"]
    clean_docs = [d for d in docs if d["kind"] == "clean"]
    total_chars = sum(len(d["text"]) for d in docs)

    from redaction.engine import build_analyzer
    from redaction.redactor import Redactor

    redactor = Redactor(build_analyzer(use_ner=use_ner))
    print(f"  NER model: {'on' if use_ner else 'off'}")
    build_started = time.process_time()
    for doc in docs[:3]:  # warm-up: builds the analyzer, fills caches
        redactor.redact(doc["text"])
    warmup_cpu = time.process_time() - build_started

    results = {}
    cpu_started = time.process_time()
    wall_started = time.perf_counter()
    for doc in docs:
        results[doc["id"]] = redactor.redact(doc["text"])
    cpu = time.process_time() - cpu_started
    wall = time.perf_counter() - wall_started
    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    golds: list[Gold] = []
    preds: list[Pred] = []
    keep_total = keep_kept = 0
    lost_keeps: list[tuple[str, str]] = []
    mismatched_docs = 0
    for doc in docs:
        res = results[doc["id"]]
        text = doc["text"]
        consistent = rebuild(text, res.spans) == res.text
        mismatched_docs += not consistent
        covered = bytearray(len(text))
        for span in res.spans:
            covered[span.start : span.end] = b"\x01" * (span.end - span.start)
        doc_golds = [
            Gold(doc["id"], s["type"], s["start"], s["end"], s["text"]) for s in doc["spans"]
        ]
        doc_preds = [
            Pred(
                doc["id"],
                s.entity_type,
                s.start,
                s.end,
                text[s.start : s.end],
                doc["kind"] == "clean",
            )
            for s in res.spans
        ]
        for pred in doc_preds:
            for gold in doc_golds:
                if pred.start < gold.end and gold.start < pred.end:
                    pred.tp_any = gold.found_any = True
                    if gold.type in compatible(pred.type):
                        pred.tp = gold.found = True
        for gold in doc_golds:
            gold.leaked_string, string_visible = string_leak(gold, res.text)
            if consistent:
                gold.leaked, gold.visible = positional_leak(gold, covered, text)
            else:
                gold.leaked, gold.visible = gold.leaked_string, string_visible
        golds += doc_golds
        preds += doc_preds
        for phrase in doc["keep"]:
            keep_total += 1
            if phrase in res.text:
                keep_kept += 1
            else:
                lost_keeps.append((doc["id"], phrase))

    n_gold = len(golds)
    n_leak = sum(g.leaked for g in golds)
    n_leak_str = sum(g.leaked_string for g in golds)
    tp = sum(p.tp for p in preds)
    tp_any = sum(p.tp_any for p in preds)
    found = sum(g.found for g in golds)
    found_any = sum(g.found_any for g in golds)
    precision, recall = ratio(tp, len(preds)), ratio(found, n_gold)
    precision_any, recall_any = ratio(tp_any, len(preds)), ratio(found_any, n_gold)

    def f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else float("nan")

    clean_preds = [p for p in preds if p.clean_doc]
    shown = corpus.relative_to(ROOT) if corpus.is_relative_to(ROOT) else corpus
    print(f"Redaction benchmark — {shown}")
    print(
        f"  {len(pii_docs)} PII documents, {len(clean_docs)} PII-free, {n_gold} annotated spans, "
        f"{total_chars:,} characters"
    )
    print()
    print(f"  leak rate (positional)  {pct(n_leak, n_gold)}   {n_leak} of {n_gold} spans leak")
    print(f"  leak rate (string)      {pct(n_leak_str, n_gold)}   {n_leak_str} of {n_gold}")
    print(f"  keep rate               {pct(keep_kept, keep_total)}   {keep_kept} of {keep_total}")
    print(
        f"  typed       P {f3(precision)}  R {f3(recall)}  F1 {f3(f1(precision, recall))}"
        f"   ({tp} of {len(preds)} predicted, {found} of {n_gold} annotated)"
    )
    print(
        f"  any type    P {f3(precision_any)}  R {f3(recall_any)}  F1 "
        f"{f3(f1(precision_any, recall_any))}"
    )
    docs_hit = len({p.doc for p in clean_preds})
    print(f"  PII-free    {len(clean_preds)} detections in {docs_hit} of {len(clean_docs)} texts")
    print(
        f"  speed       {total_chars / cpu:,.0f} chars per CPU-second ({cpu:.2f} CPU-s, "
        f"{1000 * wall / len(docs):.1f} ms/doc wall; build + warm-up {warmup_cpu:.2f} CPU-s)"
    )
    print(f"  peak RSS    {peak_rss_mb:.0f} MB")
    if mismatched_docs:
        print(
            f"  WARNING     {mismatched_docs} documents: spans do not reproduce the redacted text"
        )
    print()

    pred_types = sorted({p.type for p in preds} - set(CORPUS_TYPES))
    print(
        f"  {'type':<20}{'gold':>5}{'found':>7}{'recall':>8}{'any':>7}{'leaks':>7}{'leak%':>9}"
        f"{'pred':>7}{'TP':>6}{'prec':>7}{'clean':>7}"
    )
    for t in CORPUS_TYPES + pred_types:
        g = [x for x in golds if x.type == t]
        p = [x for x in preds if x.type == t]
        g_found = sum(x.found for x in g)
        g_any = sum(x.found_any for x in g)
        g_leak = sum(x.leaked for x in g)
        p_tp = sum(x.tp for x in p)
        p_clean = sum(x.clean_doc for x in p)
        print(
            f"  {t:<20}{len(g):>5}{g_found:>7}{f3(ratio(g_found, len(g))):>8}"
            f"{f3(ratio(g_any, len(g))):>7}{g_leak:>7}{pct(g_leak, len(g)):>9}"
            f"{len(p):>7}{p_tp:>6}{f3(ratio(p_tp, len(p))):>7}{p_clean:>7}"
        )
    print()

    by_style: Counter[str] = Counter()
    spans_by_style: Counter[str] = Counter()
    style_of = {d["id"]: d["style"] for d in docs}
    for g in golds:
        spans_by_style[style_of[g.doc]] += 1
        by_style[style_of[g.doc]] += g.leaked
    print(
        "  leaks by style: "
        + ", ".join(
            f"{s} {by_style[s]}/{spans_by_style[s]}"
            for s in sorted(spans_by_style, key=lambda s: -by_style[s])
            if by_style[s]
        )
    )
    if aggregate:
        return
    if clean_preds:
        shown = clean_preds if show_fp else clean_preds[:10]
        print(f"  PII-free detections ({'all' if show_fp else 'first 10'}):")
        for p in shown:
            print(f"    {p.doc:<10} {p.type:<16} {p.text!r}")
    if lost_keeps:
        print(f"  lost keep phrases ({len(lost_keeps)}):")
        for doc_id, phrase in lost_keeps if show_fp else lost_keeps[:15]:
            print(f"    {doc_id:<10} {phrase!r}")
    if show_leaks:
        print()
        print("  leaked spans (document, type, original, visible):")
        for g in golds:
            if g.leaked:
                found_note = "" if g.found_any else "  [not detected]"
                print(f"    {g.doc:<10} {g.type:<18} {g.text!r} -> {g.visible}{found_note}")
    if show_fp:
        print()
        print("  false positives in PII documents (document, type, text):")
        for p in preds:
            if not p.tp and not p.clean_doc:
                overlap = " (overlaps other type)" if p.tp_any else ""
                print(f"    {p.doc:<10} {p.type:<18} {p.text!r}{overlap}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--show-leaks", action="store_true", help="print every leaked string")
    parser.add_argument("--show-fp", action="store_true", help="print false positives")
    parser.add_argument("--no-ner", action="store_true", help="rules only, without the NER model")
    parser.add_argument(
        "--aggregate",
        action="store_true",
        help="figures only, no document's text (for held-out corpora)",
    )
    args = parser.parse_args()
    try:
        run(
            args.corpus.resolve(),
            args.show_leaks and not args.aggregate,
            args.show_fp and not args.aggregate,
            not args.no_ner,
            args.aggregate,
        )
    except BrokenPipeError:  # piped into head: the reader has all it wanted
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115
    except Exception:
        traceback.print_exc()
        print("benchmark failed (see above); exiting 0 as documented")
    return 0


if __name__ == "__main__":
    sys.exit(main())
