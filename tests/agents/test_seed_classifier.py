"""The embedding classifier's linear model and the seed letters shipped with rathaus."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from conftest import make_settings

from agents import seed_classifier
from agents.classifier import (
    SEED_PATH,
    EmbeddingClassifier,
    LinearModel,
    SeedExamples,
)
from core.catalogue import ServiceCatalogue
from core.settings import ClassifierSettings
from rathaus.wiring import Components

ROOT = Path(__file__).resolve().parents[2]
CORPORA = [
    ROOT / "tests" / "data" / "classification_corpus" / "corpus.jsonl",
    ROOT / "tests" / "data" / "classification_train" / "corpus.jsonl",
]


def _unit(rows: list[list[float]]) -> np.ndarray:
    vectors = np.asarray(rows, dtype=np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def test_the_linear_model_separates_what_it_was_shown_and_is_deterministic() -> None:
    vectors = _unit([[1, 0.1, 0], [0.9, 0, 0.1], [0, 1, 0.2], [0.1, 0.9, 0], [0, 0.1, 1]])
    labels = np.asarray([0, 0, 1, 1, 2], dtype=np.int64)
    model = LinearModel.fit(vectors, labels, 3)
    assert model.logits(vectors).argmax(axis=1).tolist() == [0, 0, 1, 1, 2]
    # Unseen points land on their side.
    assert model.logits(_unit([[0.8, 0.2, 0.1], [0.1, 0.2, 0.9]])).argmax(axis=1).tolist() == [0, 2]
    # Every worker fits the very same model from the same examples.
    again = LinearModel.fit(vectors, labels, 3)
    assert np.array_equal(model.weights, again.weights)


def test_the_linear_model_reaches_the_minimum_on_vectors_sharing_one_direction() -> None:
    # Like e5's: every vector leans the same way (cosine ~0.8), classes differ only a little.
    rng = np.random.default_rng(7)
    common = rng.normal(size=64)
    centres = rng.normal(size=(24, 64))
    labels = np.repeat(np.arange(24), 10).astype(np.int64)
    raw = 2.0 * common + 0.6 * centres[labels] + 0.5 * rng.normal(size=(240, 64))
    vectors = (raw / np.linalg.norm(raw, axis=1, keepdims=True)).astype(np.float32)
    assert (vectors @ vectors.T).mean() > 0.7

    start = LinearModel.fit(vectors, labels, 24, epochs=0)
    model = LinearModel.fit(vectors, labels, 24)
    # The loss fell, and the gradient all but vanished: the fit is at the minimum, not
    # wandering (a step size above 1/L makes the loss rise instead).
    assert model.loss(vectors, labels) < 0.5 * start.loss(vectors, labels)
    assert model.gradient_norm(vectors, labels) < 1e-3 * start.gradient_norm(vectors, labels)
    # Longer fits end no higher (up to the last digits once converged).
    halfway = LinearModel.fit(vectors, labels, 24, epochs=100)
    assert model.loss(vectors, labels) <= halfway.loss(vectors, labels) + 1e-9


def test_seed_files_round_trip_and_refuse_another_model(tmp_path: Path) -> None:
    seeds = SeedExamples(vectors=_unit([[1, 0, 0], [0, 1, 0]]), service_ids=["a", "b"])
    path = tmp_path / "seeds.npz"
    seeds.save(path, "embedding-e5-small")
    loaded = SeedExamples.load(path, "embedding-e5-small")
    assert loaded is not None
    assert loaded.service_ids == ["a", "b"]
    assert np.allclose(loaded.vectors, seeds.vectors, atol=1e-3)  # stored as float16
    assert SeedExamples.load(path, "another-model") is None
    assert SeedExamples.load(tmp_path / "missing.npz", "embedding-e5-small") is None


def test_the_shipped_seeds_are_built_from_the_letters_in_the_repository(
    catalogue: ServiceCatalogue,
) -> None:
    seeds = SeedExamples.load(SEED_PATH, EmbeddingClassifier.method)
    assert seeds is not None
    letters = [json.loads(line) for path in CORPORA for line in path.open(encoding="utf-8")]
    # Rebuild (python -m agents.seed_classifier) when the letters change.
    assert sorted(seeds.service_ids) == sorted(letter["service_id"] for letter in letters)
    assert set(seeds.service_ids) == {service.id for service in catalogue.services}
    assert np.allclose(np.linalg.norm(seeds.vectors, axis=1), 1.0, atol=1e-2)


def test_seeds_join_the_examples_and_can_be_switched_off(
    tmp_path: Path, classifier: EmbeddingClassifier
) -> None:
    catalogue_texts = sum(1 + len(s.examples) for s in classifier.catalogue.services)
    seeds = SeedExamples.load(SEED_PATH, EmbeddingClassifier.method)
    assert seeds is not None
    assert len(classifier.base_examples[3]) == catalogue_texts + len(seeds.service_ids)
    settings = make_settings(tmp_path, classifier=ClassifierSettings(seed_examples=False))
    components = Components(settings)
    try:
        # A city that wants only its own data: catalogue texts (and confirmed documents) only.
        assert len(components.embedding_classifier.base_examples[3]) == catalogue_texts
    finally:
        components.close()


def test_seed_ids_outside_the_catalogue_are_ignored(
    classifier: EmbeddingClassifier, tmp_path: Path
) -> None:
    seeds = SeedExamples(
        vectors=_unit([[1.0] * 384, [0.5] * 384]), service_ids=["pizza_bestellen", "wohngeld"]
    )
    small = EmbeddingClassifier(
        classifier.catalogue,
        auto_threshold=0.9,
        min_chars=40,
        cache_dir=tmp_path,
        seeds=seeds,
    )
    ids, _, _, owner = small.base_examples
    catalogue_texts = sum(1 + len(s.examples) for s in classifier.catalogue.services)
    assert len(owner) == catalogue_texts + 1
    assert ids[owner[-1]] == "wohngeld"


def test_the_builder_cross_validates_and_writes_vectors_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    letters = [json.loads(line) for line in CORPORA[0].open(encoding="utf-8")]
    picked = [
        letter
        for service in ("wohngeld", "fundsache", "bauantrag")
        for letter in [x for x in letters if x["service_id"] == service][:4]
    ]
    corpus = tmp_path / "letters.jsonl"
    corpus.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in picked))
    out = tmp_path / "seed.npz"
    code = seed_classifier.main(["--corpus", str(corpus), "--out", str(out), "--folds", "2"])
    assert code == 0
    report = capsys.readouterr().out
    assert "12 letters, 2-fold cross-validation" in report
    assert "<- SIMILARITY_WEIGHT" in report
    seeds = SeedExamples.load(out, EmbeddingClassifier.method)
    assert seeds is not None
    assert sorted(seeds.service_ids) == sorted(x["service_id"] for x in picked)
    with np.load(out) as data:
        assert set(data.files) == {"method", "vectors", "service_ids"}  # no text
