"""Business-advisor quality and speed on a German question set.

    .venv/bin/python bench/advisor.py [--questions PATH] [--knowledge DIR] [--mode MODE]
        [--calibrate] [--show-errors]

Every question (JSON lines: ``question``, ``kind``, ``expected`` article slugs,
``must_abstain``, ``handover``; default the development set
``tests/data/advisor_questions/dev.jsonl``) is asked in a fresh conversation of the advisor
as ``rathaus chat`` builds it (embedded defaults, a temporary SQLite database). Reported:

hit@1, hit@3          retrieval: an expected article is the first / among the first three
                      (questions with expected articles)
correct citation      share of answered questions whose citations include an expected article
answers without citation   answered (not abstained) questions with no citation (goal: 0)
abstention            precision and recall of abstaining (out of scope, legal/tax advice,
                      prompt injection must abstain) and the share of correct decisions
handover              share of handover questions answered with a handover
first token           seconds from the question to the first streamed piece (median, p95)
index                 seconds to build the index from scratch, sections, peak RSS

``--calibrate`` prints, for the retrieval relevance gate, the abstention decisions of every
threshold and the one with the fewest wrong decisions (ties: the lowest). Exits 0: a report.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from agents.advisor_policy import Intent, detect_intent, has_business_cue  # noqa: E402
from core.settings import Settings  # noqa: E402
from rathaus.wiring import Components  # noqa: E402

DEFAULT_QUESTIONS = ROOT / "tests" / "data" / "advisor_questions" / "dev.jsonl"


def _load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f} ({a}/{b})" if b else "n/a"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--questions", type=Path, default=DEFAULT_QUESTIONS)
    parser.add_argument("--knowledge", type=Path, default=None)
    parser.add_argument("--mode", default="extractive")
    parser.add_argument("--calibrate", action="store_true")
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()
    questions = _load(args.questions)

    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("RATHAUS_LLM__PROVIDER", "embedded")
        settings = Settings(data_dir=Path(tmp))
        settings.advisor.answer_mode = args.mode
        if args.knowledge:
            settings.advisor.knowledge_dir = args.knowledge
        components = Components(settings)
        try:
            started = time.perf_counter()
            report = components.knowledge_index.sync()
            index_seconds = time.perf_counter() - started
            advisor = components.advisor
            advisor.ask("Wie melde ich ein Gewerbe an?")  # warm up: redactor, embedder
            rows = [_ask(components, q) for q in questions]
        finally:
            components.close()

    retrieval = [r for r in rows if r["expected"]]
    hit1 = sum(r["retrieved"][:1] and r["retrieved"][0] in r["expected"] for r in retrieval)
    hit3 = sum(bool(set(r["retrieved"][:3]) & set(r["expected"])) for r in retrieval)
    answered = [r for r in rows if not r["abstained"]]
    answerable = [r for r in answered if r["expected"]]
    cited_right = sum(bool(set(r["cited"]) & set(r["expected"])) for r in answerable)
    uncited = sum(not r["cited"] for r in answered)
    abstained = [r for r in rows if r["abstained"]]
    must = [r for r in rows if r["must_abstain"]]
    true_abstentions = sum(r["must_abstain"] for r in abstained)
    right_decisions = sum(r["abstained"] == r["must_abstain"] for r in rows)
    handovers = [r for r in rows if r["handover_expected"]]
    handed = sum(r["handover"] for r in handovers)
    first = sorted(r["first_token"] for r in rows)
    totals = sorted(r["seconds"] for r in rows)
    articles = report.unchanged + len(report.added) + len(report.updated)
    print(f"questions: {args.questions.name} ({len(rows)})")
    print(f"mode: {args.mode}")
    print(f"index: {report.sections} sections of {articles} articles in {index_seconds:.1f} s")
    print(f"retrieval hit@1: {_ratio(hit1, len(retrieval))}")
    print(f"retrieval hit@3: {_ratio(hit3, len(retrieval))}")
    print(f"answers with a correct citation: {_ratio(cited_right, len(answerable))}")
    print(f"answers without citation: {uncited} of {len(answered)}")
    print(f"abstention precision: {_ratio(true_abstentions, len(abstained))}")
    print(f"abstention recall: {_ratio(sum(r['abstained'] for r in must), len(must))}")
    print(f"correct abstain/answer decisions: {_ratio(right_decisions, len(rows))}")
    print(f"handover recognised: {_ratio(handed, len(handovers))}")
    print(
        f"seconds to first token: median {statistics.median(first):.3f}, "
        f"p95 {first[int(0.95 * (len(first) - 1))]:.3f}; whole answer median "
        f"{statistics.median(totals):.3f}"
    )
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak_mb:.0f} MB")
    if args.show_errors:
        _show_errors(rows)
    if args.calibrate:
        _calibrate(rows)


def _ask(components: Components, q: dict[str, Any]) -> dict[str, Any]:
    advisor = components.advisor
    result = components.knowledge_index.search(q["question"])
    started = time.perf_counter()
    first_token: float | None = None
    final = None
    for event in advisor.stream(q["question"]):
        if first_token is None:
            first_token = time.perf_counter() - started
        if event.kind == "final":
            final = event.answer
    assert final is not None
    return {
        "id": q["id"],
        "kind": q["kind"],
        "question": q["question"],
        "expected": q["expected"],
        "must_abstain": q["must_abstain"],
        "handover_expected": q.get("handover", False),
        "retrieved": result.articles(),
        "relevance": result.relevance,
        "intent": detect_intent(q["question"]),
        "vote": advisor.intents.vote(q["question"]) if advisor.intents else None,
        "cue": has_business_cue(q["question"]),
        "abstained": final.abstained,
        "handover": final.handover,
        "cited": [c.slug for c in final.citations],
        "first_token": first_token or 0.0,
        "seconds": time.perf_counter() - started,
    }


def _show_errors(rows: list[dict[str, Any]]) -> None:
    print("\nerrors:")
    for r in rows:
        wrong_retrieval = r["expected"] and not set(r["retrieved"][:3]) & set(r["expected"])
        wrong_decision = r["abstained"] != r["must_abstain"]
        if wrong_retrieval or wrong_decision:
            print(
                f"  {r['id']} {r['kind']:<13} rel={r['relevance']:.2f} "
                f"abstained={r['abstained']} expected={r['expected']} got={r['retrieved'][:3]}"
                f"  {r['question'][:90]!r}"
            )


def _calibrate(rows: list[dict[str, Any]]) -> None:
    passed = [r for r in rows if r["intent"] is Intent.QUESTION and r["vote"] is not None]
    print(f"\nintent_min_share: {len(passed)} messages the rules let through")
    for step in range(30, 101, 5):
        share = step / 100
        overrides = [r for r in passed if r["vote"].label != "frage" and r["vote"].share >= share]
        false = sum(r["kind"] in ("in_scope",) for r in overrides)
        caught = sum(r["kind"] not in ("in_scope",) for r in overrides)
        others = sum(r["kind"] != "in_scope" for r in passed)
        print(f"  {share:.2f}: {caught} of {others} caught, {false} ordinary questions overridden")
    # Only questions the guardrails pass on to retrieval depend on the thresholds.
    gated = [r for r in rows if r["intent"] is Intent.QUESTION]
    for cue, name in ((True, "min_relevance"), (False, "cue_free_relevance")):
        group = [r for r in gated if r["cue"] is cue]
        print(f"\n{name}: {len(group)} questions {'with' if cue else 'without'} a domain word")
        wrong_at: dict[float, int] = {}
        for step in range(0, 101, 2):
            threshold = step / 100
            false_abstain = sum(r["relevance"] < threshold and not r["must_abstain"] for r in group)
            missed = sum(r["relevance"] >= threshold and r["must_abstain"] for r in group)
            wrong_at[threshold] = false_abstain + missed
            if step % 10 == 0:
                print(
                    f"  {threshold:.2f}: {false_abstain + missed} wrong "
                    f"({false_abstain} abstained wrongly, {missed} answered wrongly)"
                )
        fewest = min(wrong_at.values())
        best = [t for t, w in wrong_at.items() if w == fewest]
        print(
            f"  fewest wrong: {fewest} for thresholds {best[0]:.2f}..{best[-1]:.2f} "
            f"(middle {(best[0] + best[-1]) / 2:.2f})"
        )


if __name__ == "__main__":
    main()
