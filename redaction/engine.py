"""The Presidio analyzer for German, built once per process and fully offline.

No German spaCy model can be installed here, so the NLP engine is ``spacy.blank("de")`` plus a
component that sets each token's lemma to its lower-case form: Presidio's context enhancer
compares lemmas, and a blank pipeline leaves them empty.
"""

from __future__ import annotations

import bisect
import copy
import logging
import threading

import spacy
from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
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


class _KeywordList(list[str]):
    """A list of context keywords that answers ``in`` from a set."""

    def __init__(self, keywords: list[str]) -> None:
        super().__init__(keywords)
        self._lookup = frozenset(keywords)

    def __contains__(self, item: object) -> bool:
        return item in self._lookup


class IndexedContextEnhancer(LemmaContextAwareEnhancer):
    """Presidio's lemma context enhancer with the same results in O(log n) per hit.

    The stock one walks all tokens of the text to find each hit's token and looks context words
    up in a list: quadratic in the hits of a dense text (a phone list exported without line
    breaks took minutes). Here the token is found by bisection and keywords sit in a set.
    """

    def enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        if nlp_artifacts is not None and not isinstance(nlp_artifacts.keywords, _KeywordList):
            nlp_artifacts = copy.copy(nlp_artifacts)  # shallow: the caller's stays as it was
            nlp_artifacts.keywords = _KeywordList(nlp_artifacts.keywords)
        results: list[RecognizerResult] = super().enhance_using_context(
            text, raw_results, nlp_artifacts, recognizers, context
        )
        return results

    @staticmethod
    def _find_index_of_match_token(
        word: str, start: int, tokens: Doc, tokens_indices: list[int]
    ) -> int:
        # The first token that starts at ``start`` or covers it, as in Presidio's linear scan.
        index = bisect.bisect_right(tokens_indices, start) - 1
        if index >= 0 and start < tokens_indices[index] + len(tokens[index]):
            return index
        if index + 1 < len(tokens_indices):
            return index + 1
        raise ValueError("no token found for a match")


_engine: AnalyzerEngine | None = None
_engine_lock = threading.Lock()


def build_analyzer(use_ner: bool = True) -> AnalyzerEngine:
    """A new analyzer with rathaus's German recognizers.

    ``use_ner`` adds the shipped person-name model to the rule-based recognizers.
    """
    # Presidio logs the context words around every hit at DEBUG: that is document text, so it
    # must never be emitted, whatever level an operator sets.
    logging.getLogger("presidio-analyzer").setLevel(logging.WARNING)
    nlp_engine = BlankGermanNlpEngine()
    nlp_engine.load()
    registry = RecognizerRegistry(supported_languages=[LANGUAGE])
    for recognizer in default_recognizers(use_ner=use_ner):
        registry.add_recognizer(recognizer)
    return AnalyzerEngine(
        nlp_engine=nlp_engine,
        registry=registry,
        supported_languages=[LANGUAGE],
        context_aware_enhancer=IndexedContextEnhancer(),
    )


def get_analyzer() -> AnalyzerEngine:
    """The process-wide analyzer (built on first use, about 0.3 s)."""
    global _engine
    with _engine_lock:
        if _engine is None:
            _engine = build_analyzer()
            logger.info("presidio analyzer ready (language=%s)", LANGUAGE)
        return _engine
