"""The Presidio analyzer for German, built once per process and fully offline.

No German spaCy model can be installed here, so the NLP engine is ``spacy.blank("de")``; each
token's lemma is its lower-case form (Presidio's context enhancer compares lemmas, and a blank
pipeline leaves them empty). Lemmas and context keywords are computed only when the context
enhancer needs them: most hits score above the threshold without context, and then the text's
word lists are never built.
"""

from __future__ import annotations

import bisect
import copy
import logging
import threading
from typing import Any

import spacy
from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from spacy.language import Language
from spacy.tokens import Doc

from redaction.recognizers import default_recognizers
from redaction.recognizers.ner_person_recognizer import without_long_tokens

logger = logging.getLogger(__name__)

LANGUAGE = "de"
# The redactor's score threshold: hits scoring this much need no context to be redacted.
CONTEXT_NOT_NEEDED_FROM = 0.4


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
        nlp.max_length = 5_000_000
        self.nlp = {LANGUAGE: nlp}  # type: ignore[assignment]

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        # A blank pipeline finds no entities: only the tokens matter, and they are made when
        # first needed (by the context enhancer for a low-scoring hit, or by the NER recognizer
        # on the whole text). Most texts need neither, and tokenising is a third of the cost.
        if not self.nlp:
            raise ValueError("NLP engine is not loaded")
        return LazyNlpArtifacts(text, self, language)

    def _doc_to_nlp_artifact(self, doc: Doc, language: str) -> NlpArtifacts:
        return LazyNlpArtifacts(doc.text, self, language, doc)

    def tokenize(self, text: str, language: str) -> Doc:
        """The blank German ``Doc`` of ``text``."""
        # Long runs without a blank are blanked (offsets stay): spaCy splits their affixes in
        # quadratic time, and no context word is that long.
        doc: Doc = self.nlp[language](without_long_tokens(text))  # type: ignore[index]
        return doc


class LazyNlpArtifacts(NlpArtifacts):
    """Presidio's artifacts of a blank German ``Doc``: the tokens, lemmas (the lower-case
    forms), keywords and token offsets are all built on first use."""

    def __init__(
        self,
        text: str,
        nlp_engine: BlankGermanNlpEngine,
        language: str,
        doc: Doc | None = None,
    ) -> None:
        # Not ``super().__init__``: it builds every list at once.
        self.entities: list[Any] = []
        self.nlp_engine = nlp_engine
        self.scores: list[float] = []
        self._text = text
        self._language = language
        self._doc = doc
        self._lemmas: list[str] | None = None
        self._indices: list[int] | None = None
        self._keywords: list[str] | None = None

    @property
    def tokens(self) -> Doc:
        if self._doc is None:
            self._doc = self.nlp_engine.tokenize(self._text, self._language)
        return self._doc

    @tokens.setter
    def tokens(self, value: Doc) -> None:
        self._doc = value

    @property
    def lemmas(self) -> list[str]:
        if self._lemmas is None:
            self._lemmas = [token.lower_ for token in self.tokens]
        return self._lemmas

    @lemmas.setter
    def lemmas(self, value: list[str]) -> None:
        self._lemmas = value

    @property
    def tokens_indices(self) -> list[int]:
        if self._indices is None:
            self._indices = [token.idx for token in self.tokens]
        return self._indices

    @tokens_indices.setter
    def tokens_indices(self, value: list[int]) -> None:
        self._indices = value

    @property
    def keywords(self) -> list[str]:
        if self._keywords is None:
            self._keywords = self.set_keywords(self.nlp_engine, self.lemmas, self._language)
        return self._keywords

    @keywords.setter
    def keywords(self, value: list[str]) -> None:
        self._keywords = value


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

    Context only raises scores, and it matters only for hits below the redaction threshold:
    hits at or above ``skip_at_or_above`` are passed through as they are (no deep copy, no
    context look-up), so a text whose hits all score high never has its keywords built.
    """

    def __init__(self, skip_at_or_above: float = CONTEXT_NOT_NEEDED_FROM) -> None:
        super().__init__()
        self._skip_at_or_above = skip_at_or_above

    def enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        high = [r for r in raw_results if r.score >= self._skip_at_or_above]
        low = [r for r in raw_results if r.score < self._skip_at_or_above]
        if not low:
            return high
        if nlp_artifacts is not None and not isinstance(nlp_artifacts.keywords, _KeywordList):
            nlp_artifacts = copy.copy(nlp_artifacts)  # shallow: the caller's stays as it was
            nlp_artifacts.keywords = _KeywordList(nlp_artifacts.keywords)
        results: list[RecognizerResult] = super().enhance_using_context(
            text, low, nlp_artifacts, recognizers, context
        )
        return high + results

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
