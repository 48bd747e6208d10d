"""A staff correction in review becomes a confirmed example for the embedding classifier."""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from agents import classifier as classifier_module
from agents.classifier import ConfirmedExamples, EmbeddingClassifier
from connectors.intake import store_document
from core.catalogue import ServiceCatalogue
from core.storage import Database
from core.types import DocumentSource, ReviewAction, ReviewDecision
from rathaus.wiring import Components
from workflows.models import ApplyReviewInput

# A request the catalogue's texts do not describe well: a market stall at a street festival.
LETTER = (
    "Guten Tag, für das Sommerfest in der Altstadt möchten wir einen Stand mit Crêpes und "
    "Kinderschminken aufbauen, etwa drei mal vier Meter vor dem Rathausplatz, an beiden "
    "Festtagen von zehn bis zwanzig Uhr. Was müssen wir dafür beantragen? Gruß <PERSON_1>"
)
SIMILAR = (
    "Hallo, beim Stadtteilfest im August würden wir gern einen kleinen Stand mit Waffeln "
    "und Glitzertattoos auf dem Marktplatz betreiben, zwei mal drei Meter, ganztägig. "
    "Welche Erlaubnis brauchen wir? Viele Grüße <PERSON_2>"
)


def _classifier(catalogue: ServiceCatalogue, db: Database, cache: Path) -> EmbeddingClassifier:
    return EmbeddingClassifier(
        catalogue,
        auto_threshold=0.6,
        min_chars=40,
        cache_dir=cache,
        confirmed=ConfirmedExamples(db),
    )


def test_a_confirmed_document_teaches_every_worker(
    catalogue: ServiceCatalogue, db_url: str, tmp_path: Path, embedding_cache: Path
) -> None:
    db = Database(db_url)
    db.migrate()
    try:
        first = _classifier(catalogue, db, embedding_cache)
        before = first.scores(SIMILAR)["sondernutzung"]
        first.learn("doc-1", LETTER, "sondernutzung", "sachbearbeiterin@stadt.example")
        after = first.scores(SIMILAR)["sondernutzung"]
        assert after > before
        # Another worker process (a fresh classifier on the same database) knows it at start.
        second = _classifier(catalogue, db, embedding_cache)
        assert second.scores(SIMILAR)["sondernutzung"] == after
        # A later review of the same document replaces the example, it is not added twice.
        first.learn("doc-1", LETTER, "gaststaettenerlaubnis", "teamleitung@stadt.example")
        rows = ConfirmedExamples(db).load(first.method)
        assert [(r[0], r[1]) for r in rows] == [("doc-1", "gaststaettenerlaubnis")]
    finally:
        db.dispose()


def test_other_workers_pick_up_a_confirmation_in_the_background(
    catalogue: ServiceCatalogue,
    db_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    embedding_cache: Path,
) -> None:
    db = Database(db_url)
    db.migrate()
    try:
        reviewing = _classifier(catalogue, db, embedding_cache)
        other = _classifier(catalogue, db, embedding_cache)
        before = other.scores(SIMILAR)["sondernutzung"]
        reviewing.learn("doc-1", LETTER, "sondernutzung", "sachbearbeiterin@stadt.example")
        learned = reviewing.scores(SIMILAR)["sondernutzung"]
        assert learned > before
        # Before the refresh interval the other worker keeps its index ...
        assert other.scores(SIMILAR)["sondernutzung"] == before
        # ... after it, classification goes on with the old index while a background thread
        # refits (held here until released), and the new one takes over once it is ready.
        fitting, release = threading.Event(), threading.Event()
        build = classifier_module.ServiceIndex.build

        def held_build(*args: object) -> classifier_module.ServiceIndex:
            fitting.set()
            assert release.wait(60)
            return build(*args)  # type: ignore[arg-type]

        monkeypatch.setattr(classifier_module.ServiceIndex, "build", held_build)
        monkeypatch.setattr(classifier_module, "REFRESH_SECONDS", 0.0)
        assert other.scores(SIMILAR)["sondernutzung"] == before
        assert fitting.wait(30), "no background refit started"
        assert other.scores(SIMILAR)["sondernutzung"] == before  # answered while fitting
        release.set()
        deadline = time.monotonic() + 60
        while other.scores(SIMILAR)["sondernutzung"] == before:
            assert time.monotonic() < deadline, "the other worker never refitted"
            time.sleep(0.05)
        assert other.scores(SIMILAR)["sondernutzung"] == learned
    finally:
        db.dispose()


def test_a_failed_background_refit_keeps_the_old_index(
    catalogue: ServiceCatalogue,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    embedding_cache: Path,
) -> None:
    db = Database(f"sqlite:///{tmp_path / 'db.sqlite'}")
    db.migrate()
    try:
        classifier = _classifier(catalogue, db, embedding_cache)
        index = classifier.index
        failed = threading.Event()

        def broken(method: str) -> list[tuple[str, str, np.ndarray]]:
            failed.set()
            raise OSError("database gone")

        monkeypatch.setattr(classifier._confirmed, "load", broken)
        monkeypatch.setattr(classifier_module, "REFRESH_SECONDS", 0.0)
        with caplog.at_level(logging.ERROR, logger="agents.classifier"):
            # Classification answers from the current index; the refit fails beside it.
            assert classifier.classify(LETTER).method == classifier.method
            assert failed.wait(30)
            deadline = time.monotonic() + 30
            while "refit failed" not in caplog.text:
                assert time.monotonic() < deadline, "the failure was never logged"
                time.sleep(0.05)
        monkeypatch.setattr(classifier_module, "REFRESH_SECONDS", 3600.0)
        assert classifier.index is index
    finally:
        db.dispose()


def test_unknown_services_and_empty_text_are_not_learned(
    catalogue: ServiceCatalogue, tmp_path: Path, embedding_cache: Path
) -> None:
    db = Database(f"sqlite:///{tmp_path / 'db.sqlite'}")
    db.migrate()
    try:
        classifier = _classifier(catalogue, db, embedding_cache)
        classifier.learn("doc-1", LETTER, "pizza_bestellen", "x")
        classifier.learn("doc-2", "<PERSON_1>", "sondernutzung", "x")
        assert ConfirmedExamples(db).load(classifier.method) == []
    finally:
        db.dispose()


def test_a_reviewer_correction_is_learned_and_audited(
    components: Components, catalogue: ServiceCatalogue, tmp_path: Path, embedding_cache: Path
) -> None:
    learning = _classifier(catalogue, components.db, embedding_cache)
    components.__dict__["embedding_classifier"] = learning
    activities = components.activities()
    ref = store_document(components.blobs, LETTER.encode(), "stand.txt", DocumentSource.UPLOAD)
    activities.register_document(ref)
    redacted = components.blobs.put_text(LETTER)
    activities._update(ref.document_id, redacted_sha=redacted.sha256)
    outcome = activities.apply_review(
        ApplyReviewInput(
            document=ref,
            decision=ReviewDecision(
                action=ReviewAction.CHANGE, reviewer="pruefer.test", service_id="sondernutzung"
            ),
            proposed_service_id="allgemeine_anfrage",
        )
    )
    assert outcome.valid and outcome.service_id == "sondernutzung"
    rows = ConfirmedExamples(components.db).load(learning.method)
    assert [(r[0], r[1]) for r in rows] == [(ref.document_id, "sondernutzung")]
    learned = [
        e
        for e in components.audit.events(document_id=ref.document_id)
        if e.event_type == "classifier.learned"
    ]
    assert len(learned) == 1 and learned[0].actor == "pruefer.test"
    # A rejection teaches nothing.
    other = store_document(components.blobs, b"x" * 200, "b.txt", DocumentSource.UPLOAD)
    activities.register_document(other)
    activities._update(other.document_id, redacted_sha=redacted.sha256)
    activities.apply_review(
        ApplyReviewInput(
            document=other,
            decision=ReviewDecision(action=ReviewAction.REJECT, reviewer="pruefer.test"),
            proposed_service_id="allgemeine_anfrage",
        )
    )
    assert len(ConfirmedExamples(components.db).load(learning.method)) == 1
