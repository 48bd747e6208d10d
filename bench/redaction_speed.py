"""Redaction speed over the older corpora: characters per CPU-second, best of several passes.

    .venv/bin/python bench/redaction_speed.py [--passes 3] [--repo PATH] [--corpora NAME ...]

``bench/redaction.py`` times one pass over one corpus, which varies by a quarter between runs
on a shared machine. Here every text of the eight older corpora (about 700,000 characters) goes
through ``Redactor().redact`` once to warm up (the spaCy vocabulary, the noun lexicon), then
``--passes`` more times; the best pass is reported. ``--repo`` times the redactor of another
checkout (a ``git worktree`` of an older commit) on the same texts, so that two versions can be
compared in one session on one machine: run both, alternating, and compare the figures, not
figures taken on different days. Prints peak RSS as well.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = [
    "redaction_corpus",
    "redaction_dev3",
    "redaction_dev4",
    "redaction_dev5",
    "redaction_heldout",
    "redaction_heldout2",
    "redaction_heldout3",
    "redaction_heldout4",
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--repo", type=Path, default=ROOT, help="the checkout whose code is timed")
    parser.add_argument("--corpora", nargs="*", default=CORPORA)
    args = parser.parse_args()

    # This folder holds a redaction.py of its own: the package must come from the checkout.
    here = Path(__file__).resolve().parent
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != here]
    sys.path.insert(0, str(args.repo.resolve()))
    from redaction.engine import build_analyzer
    from redaction.redactor import Redactor

    texts = [
        json.loads(line)["text"]
        for name in args.corpora
        for line in (ROOT / "tests" / "data" / name / "corpus.jsonl")
        .read_text(encoding="utf-8")
        .splitlines()
        if line
    ]
    chars = sum(len(t) for t in texts)
    redactor = Redactor(build_analyzer(use_ner=True))
    for text in texts:
        redactor.redact(text)
    best = float("inf")
    for _ in range(args.passes):
        started = time.process_time()
        for text in texts:
            redactor.redact(text)
        best = min(best, time.process_time() - started)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"code: {args.repo.resolve()}")
    print(f"texts: {len(texts)} from {len(args.corpora)} corpora, {chars:,} characters")
    rate = chars / best
    print(f"best of {args.passes} passes: {best:.2f} CPU-s, {rate:,.0f} chars per CPU-second")
    print(f"peak RSS: {rss_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
