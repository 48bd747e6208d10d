"""The Presidio analyzer for German, built once per process and fully offline.

No German spaCy model can be installed here, so the NLP engine is ``spacy.blank("de")`` plus a
component that sets each token's lemma to its lower-case form: Presidio's context enhancer
compares lemmas, and a blank pipeline leaves them empty.
"""

from __future__ import annotations

import logging
import threading

import spacy
from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
from spacy.language import Language
from spacy.tokens import Doc

from redaction.recognizers import default_recognizers

logger = logging.getLogger(__name__)

LANGUAGE = "de"


@Language.component("rathaus_lower_lemma")
def _lower_lemma(doc: Doc) -> Doc:
    for token in doc:
        token.lemma_ = token.lower_
    return doc


class BlankGermanNlpEngine(SpacyNlpEngine):
    """A spaCy engine around ``spacy.blank("de")``; never downloads a model."""

    def __init__(self) -> None:
        super().__init__(
            models=[{"lang_code": LANGUAGE, "model_name": "blank-de"}],
            ner_model_configuration=NerModelConfiguration(
                model_to_presidio_entity_mapping={"PER": "PERSON"}
            ),
        )

    def load(self) -> None:
        nlp = spacy.blank(LANGUAGE)
        nlp.add_pipe("rathaus_lower_lemma")
        nlp.max_length = 5_000_000
        self.nlp = {LANGUAGE: nlp}  # type: ignore[assignment]


_engine: AnalyzerEngine | None = None
_engine_lock = threading.Lock()


def build_analyzer() -> AnalyzerEngine:
    """A new analyzer with rathaus's German recognizers."""
    # Presidio logs the context words around every hit at DEBUG: that is document text, so it
    # must never be emitted, whatever level an operator sets.
    logging.getLogger("presidio-analyzer").setLevel(logging.WARNING)
    nlp_engine = BlankGermanNlpEngine()
    nlp_engine.load()
    registry = RecognizerRegistry(supported_languages=[LANGUAGE])
    for recognizer in default_recognizers():
        registry.add_recognizer(recognizer)
    return AnalyzerEngine(nlp_engine=nlp_engine, registry=registry, supported_languages=[LANGUAGE])


def get_analyzer() -> AnalyzerEngine:
    """The process-wide analyzer (built on first use, about 0.3 s)."""
    global _engine
    with _engine_lock:
        if _engine is None:
            _engine = build_analyzer()
            logger.info("presidio analyzer ready (language=%s)", LANGUAGE)
        return _engine
