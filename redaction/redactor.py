"""Turn extracted text into ``RedactedText``: every personal span replaced by a typed token.

Tokens are consistent per document: the same person is ``<PERSON_1>`` everywhere, also where
only the surname or first name stands. The token → original map is returned separately and only
ever stored in the encrypted vault.
"""

from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass, field

from presidio_analyzer import AnalyzerEngine, RecognizerResult

from core.errors import RedactionError
from redaction.engine import LANGUAGE, get_analyzer

logger = logging.getLogger(__name__)

# Recall first: anything a recognizer reports at this score or above is redacted.
SCORE_THRESHOLD = 0.4
# Presidio entity names → our token names.
TOKEN_NAMES = {
    "PERSON": "PERSON",
    "STREET_ADDRESS": "ADRESSE",
    "LOCATION": "ORT",
    "DATE_OF_BIRTH": "GEBURTSDATUM",
    "PHONE_NUMBER": "TELEFON",
    "EMAIL_ADDRESS": "EMAIL",
    "IBAN_CODE": "IBAN",
    "DE_TAX_ID": "STEUER_ID",
    "DE_KFZ": "KENNZEICHEN",
    "DE_AKTENZEICHEN": "AKTENZEICHEN",
}
MAX_CHARS = 2_000_000
_CHUNK = 100_000


@dataclass(frozen=True)
class Span:
    """One redacted span with its token (offsets into the original text)."""

    entity_type: str
    start: int
    end: int
    score: float
    token: str


@dataclass
class RedactionResult:
    """Redacted text, its spans, and the token → original map (for the vault only)."""

    text: str
    spans: list[Span]
    mapping: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0


def _resolve_overlaps(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Keep the longest span where spans overlap (ties: higher score)."""
    ordered = sorted(results, key=lambda r: (-(r.end - r.start), -r.score, r.start))
    kept: list[RecognizerResult] = []
    taken: list[tuple[int, int]] = []
    for result in ordered:
        if any(result.start < e and s < result.end for s, e in taken):
            continue
        kept.append(result)
        taken.append((result.start, result.end))
    return sorted(kept, key=lambda r: r.start)


def _norm(value: str) -> str:
    return re.sub(r"[\s.\-/()]", "", value).lower()


class _TokenBook:
    """Assigns consistent tokens: one per distinct person or value within a document."""

    def __init__(self) -> None:
        self.mapping: dict[str, str] = {}
        self._by_key: dict[tuple[str, str], str] = {}
        self._counters: dict[str, int] = {}
        self._person_parts: list[tuple[set[str], str]] = []

    def _new(self, name: str, original: str) -> str:
        self._counters[name] = self._counters.get(name, 0) + 1
        token = f"<{name}_{self._counters[name]}>"
        self.mapping[token] = original
        return token

    def token_for(self, entity_type: str, original: str) -> str:
        name = TOKEN_NAMES.get(entity_type, entity_type)
        if name == "PERSON":
            return self._person(original)
        key = (name, _norm(original))
        if key not in self._by_key:
            self._by_key[key] = self._new(name, original)
        return self._by_key[key]

    def _person(self, original: str) -> str:
        parts = {p.lower() for p in re.split(r"[\s,]+", original) if len(p) >= 2}
        # A shorter mention ("Demir") joins the person whose full name contains it.
        for known, token in self._person_parts:
            if parts and (parts <= known or known <= parts):
                if len(parts) > len(known):
                    known.update(parts)
                    self.mapping[token] = original
                return token
        token = self._new("PERSON", original)
        self._person_parts.append((parts, token))
        return token


class Redactor:
    """Redacts German text with the shared Presidio analyzer."""

    def __init__(self, analyzer: AnalyzerEngine | None = None) -> None:
        self._analyzer = analyzer

    @property
    def analyzer(self) -> AnalyzerEngine:
        if self._analyzer is None:
            self._analyzer = get_analyzer()
        return self._analyzer

    def analyze(self, text: str) -> list[RecognizerResult]:
        """All personal-data spans above the threshold, overlaps resolved."""
        if len(text) > MAX_CHARS:
            raise RedactionError(f"text too long to redact ({len(text)} characters)")
        results: list[RecognizerResult] = []
        # Chunk long texts at line breaks so one 2 MB line cannot stall the regexes.
        offset = 0
        while offset < len(text):
            end = min(len(text), offset + _CHUNK)
            if end < len(text):
                cut = text.rfind("\n", offset + _CHUNK // 2, end)
                end = cut + 1 if cut > 0 else end
            chunk = text[offset:end]
            try:
                found = self.analyzer.analyze(
                    text=chunk, language=LANGUAGE, score_threshold=SCORE_THRESHOLD
                )
            except Exception as exc:  # Presidio raises bare exceptions; fail closed.
                raise RedactionError(f"analyzer failed: {type(exc).__name__}") from exc
            for result in found:
                result.start += offset
                result.end += offset
                results.append(result)
            offset = end
        return _resolve_overlaps(results)

    def redact(self, text: str) -> RedactionResult:
        """Replace every personal span by its token."""
        started = time.perf_counter()
        results = self.analyze(text)
        book = _TokenBook()
        spans: list[Span] = []
        pieces: list[str] = []
        cursor = 0
        # Assign tokens in reading order so the first person is PERSON_1; persons with full
        # names first, so a bare surname earlier in the text still joins its full name.
        full_first = sorted(
            (r for r in results if r.entity_type == "PERSON"),
            key=lambda r: (-len(text[r.start : r.end].split()), r.start),
        )
        for result in full_first:
            book.token_for("PERSON", text[result.start : result.end])
        for result in results:
            original = text[result.start : result.end]
            token = book.token_for(result.entity_type, original)
            spans.append(Span(result.entity_type, result.start, result.end, result.score, token))
            pieces.append(text[cursor : result.start])
            pieces.append(token)
            cursor = result.end
        pieces.append(text[cursor:])
        seconds = time.perf_counter() - started
        logger.debug("redacted %d spans in %.3f s", len(spans), seconds)
        return RedactionResult("".join(pieces), spans, book.mapping, seconds)
