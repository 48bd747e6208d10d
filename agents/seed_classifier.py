"""Build the classifier's seed letters (``agents/data/classifier-seed.npz``) and check them.

    .venv/bin/python -m agents.seed_classifier [--corpus PATH ...] [--folds 5] [--dry-run]

Each labelled letter (JSON lines: ``service_id``, ``text``; default the development corpus and
the training letters under ``tests/data``) goes the way the intake workflow takes it:
redaction with the shipped redactor, the prompt-injection screen, then the embedding
classifier's own text preparation and document vector. Only the vectors and service ids are
written, never text.

Before writing, a k-fold cross-validation over the letters (each fold classified by an index
of the catalogue and the other folds) prints accuracy, the share of letters the calibrated
threshold would route automatically, and that threshold: the lowest confidence at which at
least 99 % of the letters above it are right (the default of
``RATHAUS_CLASSIFIER__AUTO_THRESHOLD``), for several weights of the similarity next to the
linear model (``SIMILARITY_WEIGHT``).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

import numpy as np
import numpy.typing as npt

from agents.classifier import (
    SEED_PATH,
    SIMILARITY_WEIGHT,
    TEMPERATURE,
    EmbeddingClassifier,
    SeedExamples,
    ServiceIndex,
    prepare,
)
from agents.injection import screen
from core.catalogue import load_catalogue
from redaction.engine import build_analyzer
from redaction.redactor import Redactor

logger = logging.getLogger("agents.seed_classifier")


def _say(line: str) -> None:
    """Report lines of this command-line tool (standard output, not the log)."""
    sys.stdout.write(line + "\n")


ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPORA = [
    ROOT / "tests" / "data" / "classification_corpus" / "corpus.jsonl",
    ROOT / "tests" / "data" / "classification_train" / "corpus.jsonl",
]
TARGET_AUTO_ACCURACY = 0.99
MIN_CHARS = 40
WEIGHTS = (0.0, 0.1, 0.3, 1.0)


def calibrate(
    probabilities: npt.NDArray[np.float64], right: npt.NDArray[np.bool_]
) -> tuple[float, float] | None:
    """(threshold, share routed): the lowest confidence with >= 99 % right above it."""
    confidence = probabilities.max(axis=1)
    for threshold in sorted(set(confidence.tolist())):
        above = confidence >= threshold
        if right[above].mean() >= TARGET_AUTO_ACCURACY:
            return threshold, float(above.mean())
    return None


def cross_validate(
    base: tuple[list[str], npt.NDArray[np.float32], npt.NDArray[np.float32], npt.NDArray[np.int64]],
    vectors: npt.NDArray[np.float32],
    bonus: npt.NDArray[np.float64],
    labels: npt.NDArray[np.int64],
    folds: int,
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """Out-of-fold (linear logits, similarity) of every letter."""
    ids, centroids, base_vectors, base_owner = base
    linear = np.zeros((len(vectors), len(ids)))
    similarity = np.zeros((len(vectors), len(ids)))
    order = np.random.default_rng(2026).permutation(len(vectors))
    for fold in np.array_split(order, folds):
        rest = np.setdiff1d(order, fold)
        index = ServiceIndex.build(
            ids,
            centroids,
            np.vstack([base_vectors, vectors[rest]]).astype(np.float32),
            np.concatenate([base_owner, labels[rest]]),
        )
        linear[fold], similarity[fold] = index.parts(vectors[fold], bonus[fold])
    return linear, similarity


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, action="append")
    parser.add_argument("--out", type=Path, default=SEED_PATH)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--dry-run", action="store_true", help="cross-validate, write nothing")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)

    catalogue = load_catalogue()
    classifier = EmbeddingClassifier(catalogue, auto_threshold=1.0, min_chars=MIN_CHARS)
    redactor = Redactor(build_analyzer())
    positions = {service.id: i for i, service in enumerate(catalogue.services)}
    vectors: list[npt.NDArray[np.float32]] = []
    bonus: list[npt.NDArray[np.float64]] = []
    labels: list[int] = []
    service_ids: list[str] = []
    for path in args.corpus or DEFAULT_CORPORA:
        with path.open(encoding="utf-8") as handle:
            letters = [json.loads(line) for line in handle if line.strip()]
        for letter in letters:
            if letter["service_id"] not in positions:
                continue
            text = prepare(screen(redactor.redact(letter["text"]).text).text)
            if len(text) < MIN_CHARS:
                continue
            vectors.append(classifier.document_vector(text))
            bonus.append(classifier.keyword_bonus(text))
            labels.append(positions[letter["service_id"]])
            service_ids.append(letter["service_id"])
        _say(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: {len(letters)}")
    matrix = np.vstack(vectors).astype(np.float32)
    label_array = np.asarray(labels, dtype=np.int64)
    linear, similarity = cross_validate(
        classifier.base_examples, matrix, np.vstack(bonus), label_array, args.folds
    )
    _say(f"{len(labels)} letters, {args.folds}-fold cross-validation:")
    for weight in sorted({*WEIGHTS, SIMILARITY_WEIGHT}):
        logits = linear + weight * similarity / TEMPERATURE
        probabilities = np.exp(logits - logits.max(axis=1, keepdims=True))
        probabilities /= probabilities.sum(axis=1, keepdims=True)
        right = probabilities.argmax(axis=1) == label_array
        calibrated = calibrate(probabilities, right)
        routed = (
            f"threshold {calibrated[0]:.4f} routes {calibrated[1]:.1%}"
            if calibrated
            else "no threshold reaches 99 %"
        )
        marker = "  <- SIMILARITY_WEIGHT" if weight == SIMILARITY_WEIGHT else ""
        _say(f"  similarity weight {weight:.1f}: accuracy {right.mean():.3f}, {routed}{marker}")
    if args.dry_run:
        return 0
    SeedExamples(vectors=matrix, service_ids=service_ids).save(args.out, classifier.method)
    _say(f"wrote {args.out} ({args.out.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
