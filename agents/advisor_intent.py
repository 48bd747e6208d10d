"""A learned second opinion for the advisor's guardrails: nearest neighbours on e5 vectors.

The rules in ``agents.advisor_policy`` are precise but only know the phrasings they were
written for. People ask for a person, a legal check or a tax calculation in endless ways
("Kann sich das bitte jemand von der Stadt anschauen?", "Schau mal, ob mein Bescheid
stimmt"). This classifier compares a message with example messages per intent
(``agents/data/advisor_intents.yaml``, written for the project) and votes among the ``K``
nearest, weighted by similarity. It only ever adds a refusal or a handover to what the rules
found; it never turns a rule's refusal into an answer.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np
import numpy.typing as npt
import yaml

from agents.advisor_policy import Intent
from core.errors import KnowledgeBaseError

logger = logging.getLogger(__name__)

Vector = npt.NDArray[np.float32]
EXAMPLES_FILE = Path(__file__).resolve().parent / "data" / "advisor_intents.yaml"
K = 7
# Messages outside the advisor's domain ("Wo beantrage ich Kindergeld?").
OUT_OF_SCOPE = "ausserhalb"
LABELS = {intent.value: intent for intent in Intent} | {OUT_OF_SCOPE: None}


class QueryEmbedder(Protocol):
    name: str

    def queries(self, texts: list[str]) -> Vector: ...


@dataclass(frozen=True)
class IntentVote:
    """The winning label of the nearest examples and its share of the weighted vote."""

    label: str
    share: float

    @property
    def intent(self) -> Intent | None:
        """The guardrail intent; None for messages outside the advisor's domain."""
        return LABELS[self.label]


class IntentClassifier:
    """k nearest example messages by cosine, similarity-weighted vote."""

    def __init__(
        self,
        embedder: QueryEmbedder,
        *,
        examples_file: Path = EXAMPLES_FILE,
        cache_dir: Path | None = None,
    ) -> None:
        self.embedder = embedder
        self.examples_file = examples_file
        self.cache_dir = cache_dir
        self._lock = threading.Lock()
        self._index: tuple[list[str], Vector] | None = None

    def _load(self) -> tuple[list[str], Vector]:
        with self._lock:
            if self._index is None:
                self._index = self._build()
            return self._index

    def _build(self) -> tuple[list[str], Vector]:
        raw = self.examples_file.read_bytes()
        data = yaml.safe_load(raw)
        if not isinstance(data, dict) or not set(data) <= set(LABELS):
            raise KnowledgeBaseError(
                f"{self.examples_file.name}: erwartet die Absichten {', '.join(LABELS)}"
            )
        labels: list[str] = []
        texts: list[str] = []
        for label, examples in data.items():
            for example in examples or []:
                labels.append(label)
                texts.append(str(example))
        digest = hashlib.sha256(raw + self.embedder.name.encode()).hexdigest()[:16]
        cache = self.cache_dir / f"advisor-intents-{digest}.npy" if self.cache_dir else None
        if cache is not None and cache.is_file():
            vectors: Vector = np.load(cache)
        else:
            vectors = self.embedder.queries(texts)
            if cache is not None:
                cache.parent.mkdir(parents=True, exist_ok=True)
                np.save(cache, vectors)
        logger.info("advisor intents: %d examples", len(texts))
        return labels, vectors

    def vote(self, message: str) -> IntentVote:
        labels, vectors = self._load()
        query = self.embedder.queries([message])[0]
        similarity = vectors @ query
        nearest = np.argsort(-similarity)[:K]
        weights: dict[str, float] = defaultdict(float)
        for index in nearest:
            weights[labels[int(index)]] += float(similarity[index])
        label = max(weights, key=lambda k: weights[k])
        return IntentVote(label, weights[label] / sum(weights.values()))
