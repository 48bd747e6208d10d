"""Turn extracted text into ``RedactedText``: every personal span replaced by a typed token.

Tokens are consistent per document: the same person is ``<PERSON_1>`` everywhere, also where
only the surname or first name stands. The token → original map is returned separately and only
ever stored in the encrypted vault.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations

from presidio_analyzer import AnalyzerEngine, RecognizerResult

from core.errors import RedactionError
from redaction.engine import LANGUAGE, get_analyzer
from redaction.recognizers.person_recognizer import PROPAGATED_SCORE, find_mentions, name_parts

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
    "DE_ID_DOCUMENT": "AUSWEISNUMMER",
    "DE_HANDELSREGISTER": "HANDELSREGISTER",
    "IP_ADDRESS": "IP_ADRESSE",
}
MAX_CHARS = 2_000_000
# Long texts are analysed in chunks: Presidio's work per call (context look-ups, deep copies of
# every hit) grows faster than the text, and its stock context enhancer is quadratic in the hits
# of one call. Each chunk owns ``_CHUNK`` characters and sees ``_MARGIN`` more on either side, so
# an entity starting in the owned part is seen whole (entities are far shorter than the margin)
# and the cue words before it are in view.
_CHUNK = 20_000
_MARGIN = 600
# Where a chunk boundary may move back to land on a line break or space.
_BOUNDARY_SLACK = 200
# Spaces that word processors and PDF extractors put into numbers and names; the recognizers
# treat them as a plain space. One character each, so offsets stay valid for the original text.
_SPACE_LIKE = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# Mentions with more words than this are matched to known persons by whole set and single words
# only, not by every subset.
_MAX_NAME_WORDS = 6
# Adjacent mentions of name parts ("Ayşe" "Yıldırım") become one span, so one token.
_PERSON_GAP = re.compile(r"[ \t]")


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


def _resolve_overlaps(results: list[RecognizerResult], length: int) -> list[RecognizerResult]:
    """Keep the longest span where spans overlap (ties: higher score)."""
    ordered = sorted(results, key=lambda r: (-(r.end - r.start), -r.score, r.start))
    kept: list[RecognizerResult] = []
    # One byte per character instead of a list of kept spans: linear in the text, not
    # quadratic in the number of hits (a phone list has tens of thousands).
    taken = bytearray(length)
    for result in ordered:
        if result.end <= result.start or taken.find(1, result.start, result.end) != -1:
            continue
        kept.append(result)
        taken[result.start : result.end] = b"\x01" * (result.end - result.start)
    return sorted(kept, key=lambda r: r.start)


def _join_adjacent_persons(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """One span for "Ayşe Yıldırım" where both words were found on their own."""
    joined: list[RecognizerResult] = []
    for result in results:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and previous.entity_type == result.entity_type == "PERSON"
            and result.start - previous.end == 1
            and _PERSON_GAP.fullmatch(text, previous.end, result.start)
        ):
            previous.end = result.end
            previous.score = max(previous.score, result.score)
            continue
        joined.append(result)
    return joined


def prepare_for_analysis(text: str) -> str:
    """The text the recognizers see: same length and offsets, nothing that trips them up.

    Non-breaking and other typographic spaces become plain spaces, so every pattern that
    expects a space also accepts them.
    """
    return _SPACE_LIKE.sub(" ", without_surrogates(text))


def without_surrogates(text: str) -> str:
    """``text`` with lone surrogates replaced, one character for one (offsets stay valid).

    ``surrogateescape`` decoding (file names, some mail headers) leaves them; spaCy raises on
    them and no database or JSON encoder takes them. The escaped bytes are decoded as cp1252,
    their usual source, so "J\\udcfcrgen" still reads "Jürgen" and is recognised.
    """
    if not _SURROGATE.search(text):
        return text
    return _SURROGATE.sub(_replace_surrogate, text)


def _replace_surrogate(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:
        return bytes([code - 0xDC00]).decode("cp1252", errors="replace")
    return "\ufffd"


def _chunk_bounds(text: str) -> list[tuple[int, int]]:
    """Owned ranges of the chunks, cut at a line break or space where one is near."""
    bounds: list[tuple[int, int]] = []
    start = 0
    while start < len(text):
        end = start + _CHUNK
        if end >= len(text):
            end = len(text)
        else:
            floor = end - _BOUNDARY_SLACK
            cut = max(text.rfind("\n", floor, end), text.rfind(" ", floor, end))
            end = cut + 1 if cut > start else end
        bounds.append((start, end))
        start = end
    return bounds


def _norm(value: str) -> str:
    return re.sub(r"[\s.\-/()]", "", value).lower()


class _TokenBook:
    """Assigns consistent tokens: one per distinct person or value within a document."""

    def __init__(self) -> None:
        self.mapping: dict[str, str] = {}
        self._by_key: dict[tuple[str, str], str] = {}
        self._counters: dict[str, int] = {}
        # Persons in order of appearance: their name parts and token, indexed by part and by
        # the whole set, so a list of thousands of names is not compared pair by pair.
        self._person_parts: list[set[str]] = []
        self._person_tokens: list[str] = []
        self._with_part: dict[str, list[int]] = {}
        self._with_parts: dict[frozenset[str], list[int]] = {}

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
        # Initials ("J. Weißkopf") say too little to tell two people apart.
        parts = frozenset(
            p.lower() for p in re.split(r"[\s,]+", original) if len(p) >= 2 and not p.endswith(".")
        )
        # A shorter mention ("Demir") joins the first person whose full name contains it, a
        # longer one the first person whose name it contains.
        found = [i for i in (self._first_containing(parts), self._first_within(parts)) if i >= 0]
        if not found:
            token = self._new("PERSON", original)
            self._add_person(set(parts), token)
            return token
        index = min(found)
        known = self._person_parts[index]
        token = self._person_tokens[index]
        if len(parts) > len(known):
            self._remove_key(frozenset(known), index)
            for part in parts - known:
                self._with_part.setdefault(part, []).append(index)
            known.update(parts)
            self._with_parts.setdefault(frozenset(known), []).append(index)
            self.mapping[token] = original
        return token

    def _add_person(self, parts: set[str], token: str) -> None:
        index = len(self._person_parts)
        self._person_parts.append(parts)
        self._person_tokens.append(token)
        for part in parts:
            self._with_part.setdefault(part, []).append(index)
        self._with_parts.setdefault(frozenset(parts), []).append(index)

    def _remove_key(self, key: frozenset[str], index: int) -> None:
        indices = self._with_parts[key]
        indices.remove(index)
        if not indices:
            del self._with_parts[key]

    def _first_containing(self, parts: frozenset[str]) -> int:
        """The first person whose parts include all of ``parts`` (-1: none)."""
        if not parts:
            return -1
        lists = sorted((self._with_part.get(p, []) for p in parts), key=len)
        rarest = lists[0]
        if len(lists) == 1:
            return min(rarest, default=-1)
        return min(
            (i for i in rarest if parts <= self._person_parts[i]),
            default=-1,
        )

    def _first_within(self, parts: frozenset[str]) -> int:
        """The first person all of whose parts are among ``parts`` (-1: none)."""
        if not parts:
            return -1
        ordered = sorted(parts)
        # Names have a handful of words; beyond that only the whole and single words count.
        if len(ordered) <= _MAX_NAME_WORDS:
            subsets: Iterable[frozenset[str]] = (
                frozenset(c) for n in range(1, len(ordered) + 1) for c in combinations(ordered, n)
            )
        else:
            subsets = [parts, *(frozenset([p]) for p in ordered)]
        return min(
            (i for subset in subsets for i in self._with_parts.get(subset, ())),
            default=-1,
        )


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
        """All personal-data spans above the threshold, overlaps resolved.

        Offsets refer to ``text`` as given; it may contain non-breaking spaces and lone
        surrogates (see ``prepare_for_analysis``).
        """
        if len(text) > MAX_CHARS:
            raise RedactionError(f"text too long to redact ({len(text)} characters)")
        prepared = prepare_for_analysis(text)
        bounds = _chunk_bounds(prepared)
        results: list[RecognizerResult] = []
        for own_start, own_end in bounds:
            offset = max(0, own_start - _MARGIN)
            chunk = prepared[offset : min(len(prepared), own_end + _MARGIN)]
            try:
                found = self.analyzer.analyze(
                    text=chunk, language=LANGUAGE, score_threshold=SCORE_THRESHOLD
                )
            except Exception as exc:  # Presidio raises bare exceptions; fail closed.
                raise RedactionError(f"analyzer failed: {type(exc).__name__}") from exc
            for result in found:
                result.start += offset
                result.end += offset
                # Each hit is kept by the one chunk that owns its start: no duplicates, and
                # no hit cut short at a chunk edge (the margin holds its rest).
                if own_start <= result.start < own_end:
                    results.append(result)
        if len(bounds) > 1:
            results.extend(self._mentions_across_chunks(prepared, results))
        return _join_adjacent_persons(prepared, _resolve_overlaps(results, len(prepared)))

    @staticmethod
    def _mentions_across_chunks(
        text: str, results: list[RecognizerResult]
    ) -> list[RecognizerResult]:
        """A name found in one chunk is tagged in all others too."""
        parts = {
            part
            for result in results
            if result.entity_type == "PERSON" and result.score > PROPAGATED_SCORE
            for part in name_parts(text[result.start : result.end])
            if len(part) >= 3
        }
        return [
            RecognizerResult("PERSON", start, end, PROPAGATED_SCORE)
            for start, end in find_mentions(text, parts)
        ]

    def redact(self, text: str) -> RedactionResult:
        """Replace every personal span by its token."""
        started = time.perf_counter()
        text = without_surrogates(text)
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
