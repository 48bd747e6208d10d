"""LLM and ensemble classifiers over the closed set of catalogue ids.

The LLM sees the redacted document between data tags and a system prompt that declares it
untrusted; its answer must be one catalogue id or ``unklar`` (an enum in the JSON schema, so
servers that constrain output cannot produce anything else, and anything else that arrives is
sent to review, never guessed). The ensemble asks the embedding classifier and the LLM:
agreement raises the confidence, disagreement sends the document to review.
"""

from __future__ import annotations

import logging
import re

from pydantic import BaseModel, Field, JsonValue

from agents.classifier import Classifier
from agents.llm import StructuredLLM, input_hash
from core.catalogue import Service, ServiceCatalogue
from core.errors import LLMOutputError
from core.types import Classification
from prompts import PromptTemplate
from prompts import load as load_prompt
from redaction.guard import PromptBlocked

logger = logging.getLogger(__name__)

UNCLEAR = "unklar"


def service_summary(service: Service, limit: int = 220) -> str:
    """First sentence of the description, short enough for a prompt listing 24 services."""
    text = re.sub(r"\s+", " ", service.description).strip()
    sentence = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    return sentence if len(sentence) <= limit else sentence[: limit - 1].rstrip() + "…"


def classification_schema(ids: list[str]) -> type[BaseModel]:
    """The answer schema: service_id restricted to the catalogue ids (plus ``unklar``)."""
    enum: list[JsonValue] = [*ids, UNCLEAR]

    class Zuordnung(BaseModel):
        service_id: str = Field(json_schema_extra={"enum": enum}, max_length=64)
        confidence: float = Field(ge=0.0, le=1.0)
        begruendung: str = Field("", max_length=200)

    return Zuordnung


class LLMClassifier:
    """Asks the configured chat model for one catalogue id."""

    method = "llm"

    def __init__(
        self,
        catalogue: ServiceCatalogue,
        llm: StructuredLLM,
        *,
        auto_threshold: float | None,
        min_chars: int,
        prompt: PromptTemplate | None = None,
    ) -> None:
        self.catalogue = catalogue
        self.llm = llm
        self.auto_threshold = auto_threshold
        self.min_chars = min_chars
        self.prompt = prompt or load_prompt("classify")
        self._ids = [s.id for s in catalogue.services]
        self._schema = classification_schema(self._ids)
        compact = llm.endpoint.compact_prompts
        self._services = [
            {"id": s.id, "label": s.label, "summary": "" if compact else service_summary(s)}
            for s in catalogue.services
        ]

    def _review(self, reason: str, llm: dict[str, object] | None = None) -> Classification:
        return Classification(
            service_id=None,
            confidence=0.0,
            needs_review=True,
            method=self.method,
            reason=reason,
            llm=llm,
        )

    def classify(self, redacted_text: str) -> Classification:
        text = redacted_text.strip()
        if len(re.sub(r"<[A-Z_]+_\d+>|\s", "", text)) < self.min_chars:
            return self._review("Zu wenig Text für eine sichere Zuordnung.")
        # The opening of a letter (subject, first paragraphs) decides.
        rendered = self.prompt.render(
            document=text[: self.llm.endpoint.max_document_chars],
            services=self._services,
            city=self.catalogue.city,
        )
        provenance: dict[str, object] = {
            "prompt": rendered.prompt_id,
            "model": self.llm.model_name,
            "input_sha256": input_hash(text),
        }
        try:
            call = self.llm.invoke(rendered, self._schema, source=text)
        except PromptBlocked as exc:
            kinds = ", ".join(sorted({f.check for f in exc.findings}))
            return self._review(
                "Die Ausgangsprüfung hat im Prompt noch personenbezogene Daten gefunden "
                f"({kinds}); kein LLM-Aufruf.",
                {**provenance, "blocked": True},
            )
        except LLMOutputError as exc:
            return self._review(f"{exc} – bitte manuell zuordnen.", provenance)
        answer = call.data
        service_id = str(getattr(answer, "service_id", "")).strip()
        confidence = float(getattr(answer, "confidence", 0.0))
        details = call.audit_details()
        if service_id == UNCLEAR:
            return self._review("Das Sprachmodell konnte keine Leistung sicher zuordnen.", details)
        if service_id not in self.catalogue:
            # Closed set: an unconstrained server may still invent an id.
            return self._review("Das Sprachmodell nannte eine unbekannte Leistung.", details)
        service = self.catalogue.get(service_id)
        needs_review = self.auto_threshold is None or confidence < self.auto_threshold
        return Classification(
            service_id=service_id,
            leika=service.leika,
            confidence=round(confidence, 4),
            needs_review=needs_review,
            method=self.method,
            reason="Zuordnung unsicher." if needs_review else None,
            candidates=[(service_id, round(confidence, 4))],
            llm=details,
        )


class EnsembleClassifier:
    """Embedding classifier and LLM together: both must agree for an automatic decision."""

    method = "ensemble"

    def __init__(self, embedding: Classifier, llm: LLMClassifier, *, auto_threshold: float) -> None:
        self.embedding = embedding
        self.llm = llm
        self.auto_threshold = auto_threshold

    def classify(self, redacted_text: str) -> Classification:
        first = self.embedding.classify(redacted_text)
        second = self.llm.classify(redacted_text)  # LLMUnavailableError propagates: retry
        votes = {"embedding": first.service_id, "llm": second.service_id}
        agree = first.service_id is not None and first.service_id == second.service_id
        if agree:
            # Two imperfect, differently built judges naming the same id: noisy-OR.
            confidence = 1.0 - (1.0 - first.confidence) * (1.0 - second.confidence)
            needs_review = confidence < self.auto_threshold
            reason = "Zuordnung unsicher." if needs_review else None
        else:
            confidence = first.confidence * 0.5
            needs_review = True
            if second.service_id is None:
                reason = second.reason or "Das Sprachmodell konnte nicht zuordnen."
            else:
                reason = (
                    "Embedding-Klassifikator und Sprachmodell sind uneinig "
                    f"({first.service_id or 'keine'} / {second.service_id})."
                )
        return Classification(
            service_id=first.service_id,
            leika=first.leika,
            confidence=round(confidence, 4),
            needs_review=needs_review or first.service_id is None,
            method=self.method,
            reason=reason if first.service_id is not None else first.reason,
            candidates=first.candidates,
            llm=second.llm,
            votes=votes,
        )
