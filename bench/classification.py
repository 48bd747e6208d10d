"""Classification and field extraction quality and cost, per classifier.

    .venv/bin/python bench/classification.py [--corpus PATH ...] [--classifier KIND ...]
        [--extractor KIND] [--applicant CONVENTION] [--calibrate] [--show-errors] [--limit N]

Every document of the corpus (JSON lines: ``service_id``, ``text``, ``fields``; default the
development corpus ``tests/data/classification_corpus/corpus.jsonl``) goes the way the intake
workflow takes it: redaction (the shipped redactor, NER on), then the configured classifier
behind the prompt-injection screen, then field extraction on the redacted text and
re-identification through the case's token map. Reported per classifier:

accuracy            share of documents whose answer is the labelled id (no answer = wrong)
macro-F1            F1 per catalogue id, averaged over the ids
auto-routed         share of documents the classifier would route without review, and the
                    accuracy among them (the goal is >= 0.99)
confusions          the most frequent (labelled -> answered) pairs
field accuracy      per standard field: labelled values extracted exactly, over labelled values
seconds/document    classification + extraction (CPU and wall), redaction reported separately
peak RSS            of this process (the LLM server is a separate process: see bench/stack.py)

``--applicant`` is the corpus's labelling convention for a representative's letter: the held-out
sets label the representative who signs (``correspondent``, the default setting), the
development corpora ``classification_corpus``, ``classification_train`` and ``classification_dev2``
the person represented (``represented``).

``--calibrate`` prints, per classifier, the lowest confidence threshold at which the documents
above it are at least 99 % correct, with the share that would be routed automatically.
``llm`` and ``ensemble`` start the embedded LLM server (SmolLM2-135M) unless
RATHAUS_LLM__PROVIDER points at another endpoint. Exits 0: this is a report.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from agents.extraction import reidentify_fields  # noqa: E402
from core.catalogue import STANDARD_FIELDS  # noqa: E402
from core.settings import ClassifierSettings, ExtractorSettings, Settings  # noqa: E402
from rathaus.wiring import Components  # noqa: E402

DEFAULT_CORPUS = ROOT / "tests" / "data" / "classification_corpus" / "corpus.jsonl"
TARGET_AUTO_ACCURACY = 0.99


@dataclass
class Outcome:
    doc_id: str
    label: str
    answer: str | None
    confidence: float
    needs_review: bool
    injection: bool
    screened: bool
    fields_right: dict[str, bool] = field(default_factory=dict)


@dataclass
class Report:
    kind: str
    outcomes: list[Outcome] = field(default_factory=list)
    cpu: float = 0.0
    wall: float = 0.0


def load(paths: list[Path], limit: int | None) -> list[dict[str, Any]]:
    docs: list[dict[str, Any]] = []
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            docs += [json.loads(line) for line in handle if line.strip()]
    return docs[:limit] if limit else docs


def macro_f1(outcomes: list[Outcome], ids: list[str]) -> float:
    scores = []
    for service_id in ids:
        tp = sum(1 for o in outcomes if o.label == service_id and o.answer == service_id)
        fp = sum(1 for o in outcomes if o.label != service_id and o.answer == service_id)
        fn = sum(1 for o in outcomes if o.label == service_id and o.answer != service_id)
        if tp + fp + fn == 0:
            continue
        scores.append(2 * tp / (2 * tp + fp + fn))
    return sum(scores) / len(scores) if scores else 0.0


def calibrate(outcomes: list[Outcome]) -> tuple[float, float, float] | None:
    """Lowest threshold with >= 99 % correct above it: (threshold, share routed, accuracy)."""
    candidates = sorted({o.confidence for o in outcomes if o.answer is not None})
    for threshold in candidates:
        above = [o for o in outcomes if o.answer is not None and o.confidence >= threshold]
        if not above:
            break
        accuracy = sum(o.answer == o.label for o in above) / len(above)
        if accuracy >= TARGET_AUTO_ACCURACY:
            return threshold, len(above) / len(outcomes), accuracy
    return None


def run(
    kind: str,
    extractor: str,
    docs: list[dict[str, Any]],
    redacted: list[Any],
    applicant: str = "correspondent",
) -> Report:
    data_dir = Path(tempfile.mkdtemp(prefix="rathaus-bench-"))
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        data_dir=data_dir,
        classifier=ClassifierSettings(kind=kind),  # type: ignore[arg-type]
        extractor=ExtractorSettings(kind=extractor, applicant=applicant),  # type: ignore[arg-type]
    )
    components = Components(settings)
    components.__dict__["embedding_classifier"] = shared_embedding(settings)
    try:
        classifier = components.classifier
        extract = components.extractor
        catalogue = components.catalogue
        report = Report(kind=f"{kind}+{extractor}")
        for doc, result in zip(docs, redacted, strict=True):
            cpu, wall = time.process_time(), time.perf_counter()
            classification = classifier.classify(result.text)
            service = (
                catalogue.get(classification.service_id) if classification.service_id else None
            )
            extraction = extract.extract(result.text, service)
            report.cpu += time.process_time() - cpu
            report.wall += time.perf_counter() - wall
            fields = reidentify_fields(extraction.fields, result.mapping)
            outcome = Outcome(
                doc_id=doc["id"],
                label=doc["service_id"],
                answer=classification.service_id,
                confidence=classification.confidence,
                needs_review=classification.needs_review,
                injection=bool(doc.get("injection")),
                screened=classification.injection_lines > 0,
            )
            for name, expected in doc.get("fields", {}).items():
                if name in STANDARD_FIELDS:
                    outcome.fields_right[name] = fields.get(name) == expected
            report.outcomes.append(outcome)
        return report
    finally:
        components.close()


_EMBEDDING: dict[str, Any] = {}


def shared_embedding(settings: Settings) -> Any:
    """One embedding classifier (and its index) for every run of this process."""
    if "classifier" not in _EMBEDDING:
        _EMBEDDING["classifier"] = Components(settings).embedding_classifier
    return _EMBEDDING["classifier"]


def print_report(report: Report, ids: list[str], show_errors: bool, do_calibrate: bool) -> None:
    outcomes = report.outcomes
    n = len(outcomes)
    right = sum(o.answer == o.label for o in outcomes)
    auto = [o for o in outcomes if not o.needs_review and o.answer is not None]
    auto_right = sum(o.answer == o.label for o in auto)
    print(f"\n== {report.kind} ({n} documents)")
    print(f"accuracy            {right / n:.3f} ({right}/{n})")
    print(f"macro-F1            {macro_f1(outcomes, ids):.3f}")
    auto_acc = f"{auto_right / len(auto):.3f}" if auto else "n/a"
    print(
        f"auto-routed         {len(auto) / n:.3f} of documents ({len(auto)}), "
        f"accuracy {auto_acc} ({auto_right}/{len(auto)})"
    )
    injected = [o for o in outcomes if o.injection]
    if injected:
        held = sum(o.answer == o.label for o in injected)
        screened = sum(o.screened for o in injected)
        print(
            f"injection documents {len(injected)}: {held} classified as labelled, "
            f"{screened} screened (sent to review)"
        )
    false_screens = sum(o.screened for o in outcomes if not o.injection)
    print(f"screened without injection label: {false_screens}")
    totals: Counter[str] = Counter()
    rights: Counter[str] = Counter()
    for o in outcomes:
        for name, ok in o.fields_right.items():
            totals[name] += 1
            rights[name] += ok
    if totals:
        all_right, all_total = sum(rights.values()), sum(totals.values())
        print(f"field accuracy      {all_right / all_total:.3f} ({all_right}/{all_total})")
        for name in STANDARD_FIELDS:
            if totals[name]:
                share = rights[name] / totals[name]
                print(f"  {name:<16}  {share:.3f} ({rights[name]}/{totals[name]})")
    print(f"seconds/document    {report.cpu / n:.3f} CPU, {report.wall / n:.3f} wall")
    confusions = Counter((o.label, o.answer or "-") for o in outcomes if o.answer != o.label)
    if confusions:
        top = ", ".join(f"{a}->{b} x{c}" for (a, b), c in confusions.most_common(8))
        print(f"confusions          {top}")
    if do_calibrate:
        found = calibrate(outcomes)
        if found:
            threshold, share, accuracy = found
            print(
                f"calibration         threshold {threshold:.4f}: routes {share:.3f} "
                f"automatically at accuracy {accuracy:.3f}"
            )
        else:
            print("calibration         no threshold reaches 0.99")
    if show_errors:
        for o in outcomes:
            if o.answer != o.label:
                print(f"  {o.doc_id}: {o.label} -> {o.answer} ({o.confidence:.3f})")
            wrong = [k for k, ok in o.fields_right.items() if not ok]
            if wrong:
                print(f"  {o.doc_id}: fields wrong: {', '.join(wrong)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, action="append")
    parser.add_argument(
        "--classifier",
        action="append",
        choices=["embedding", "llm", "ensemble"],
        help="repeatable; default: embedding",
    )
    parser.add_argument("--extractor", default="rules", choices=["rules", "llm", "hybrid"])
    parser.add_argument(
        "--applicant",
        default="correspondent",
        choices=["correspondent", "represented"],
        help="the corpus's convention for a representative's letter (see its README)",
    )
    parser.add_argument("--calibrate", action="store_true")
    parser.add_argument("--show-errors", action="store_true")
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()
    docs = load(args.corpus or [DEFAULT_CORPUS], args.limit)
    base = Components(Settings(_env_file=None, data_dir=Path(tempfile.mkdtemp())))  # type: ignore[call-arg]
    redactor = base.redactor
    ids = base.catalogue.ids
    started = time.process_time()
    redacted = [redactor.redact(doc["text"]) for doc in docs]
    redaction_cpu = time.process_time() - started
    sources = ", ".join(str(p) for p in args.corpus or [DEFAULT_CORPUS])
    print(f"corpus: {len(docs)} documents from {sources}")
    print(f"redaction: {redaction_cpu / len(docs):.3f} CPU s/document (not included below)")
    for kind in args.classifier or ["embedding"]:
        report = run(kind, args.extractor, docs, redacted, args.applicant)
        print_report(report, ids, args.show_errors, args.calibrate)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak RSS of this process: {peak:.0f} MB")


if __name__ == "__main__":
    main()
