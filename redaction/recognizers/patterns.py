"""Presidio's pattern recognizer, run with Python's own ``re`` module.

Presidio compiles every pattern with the third-party ``regex`` module. On our patterns, which
start with a look-behind and long alternations of cue words, Python's ``re`` finds the same
matches in about half the time (``bench/redaction_speed.py`` measures it), and scanning was a
quarter of the redaction's cost. Results are built as Presidio builds them: same scores,
validation, explanation, metadata and duplicate removal.

``re`` has no time-out where ``regex`` stops a search after a minute; every pattern here must
therefore run in linear time, which ``tests/redaction/test_redactor.py`` guards with long and
hostile inputs (``bench/redaction_long.py`` times them).

A pattern that ``re`` cannot compile (a look-behind of varying width) is compiled with ``regex``
as before, and a text with combining marks (a decomposed "ü") is scanned with ``regex``: ``re``
counts such a mark as no word character.

A pattern may be given an *anchor*: a pattern that matches (zero-width is fine) wherever the
pattern could start, and nowhere else that matters. The text is then scanned for the anchor
once, shared by every pattern with the same anchor, and each pattern is tried only at the
anchor's positions, with the same result as scanning the whole text.
"""

from __future__ import annotations

import functools
import re
from typing import Any

import regex
from presidio_analyzer import (
    AnalysisExplanation,
    EntityRecognizer,
    Pattern,
    PatternRecognizer,
    RecognizerResult,
)
from presidio_analyzer.nlp_engine import NlpArtifacts

# Where a word of letters starts. ``re`` tries a pattern at every position; after a bare
# "not inside a word" look-behind it would also try a long alternation of cue words at every
# blank and stop. The look-ahead for a letter is the cheap test that skips those.
WORD_START = r"(?<![\w-])(?=[^\W\d_])"

# A firm's legal form, of a company or a partnership ("Brake Logistik GmbH", "Eller Wohnprojekt
# GmbH & Co. KG", "Hülsmann e. K."). An alternation without groups, to be put in one.
LEGAL_FORM = r"gGmbH|GmbH|mbH|AG|KGaA|KG|OHG|oHG|GbR|eG|e\.[ ]?K\.|AöR|SE|UG"


class StdlibPatternRecognizer(PatternRecognizer):
    """A ``PatternRecognizer`` whose patterns are compiled with ``re``.

    ``anchors`` maps a pattern's name to its anchor (see the module's docstring). ``needles``
    maps a pattern's name to words in lower case of which a text must hold one for the pattern
    to run at all (a spoken date needs "hundert" or "tausend").
    """

    def __init__(
        self,
        *,
        supported_entity: str,
        patterns: list[Pattern],
        name: str,
        flags: int = re.MULTILINE,
        context: list[str] | None = None,
        anchors: dict[str, str] | None = None,
        needles: dict[str, tuple[str, ...]] | None = None,
    ) -> None:
        super().__init__(
            supported_entity=supported_entity,
            patterns=patterns,
            context=context or [],
            supported_language="de",
            global_regex_flags=flags,
            name=name,
        )
        self._name = name
        self._flags = flags
        anchors = anchors or {}
        unknown = set(anchors) - {p.name for p in patterns}
        if unknown:
            raise ValueError(f"anchors for unknown patterns: {sorted(unknown)}")
        self._compiled = [
            (pattern, _compile(pattern.regex, flags), anchors.get(pattern.name))
            for pattern in patterns
        ]
        self._anchors = {anchor: _compile(anchor, flags) for anchor in set(anchors.values())}
        self._needles = needles or {}
        unknown = set(self._needles) - {p.name for p in patterns}
        if unknown:
            raise ValueError(f"needles for unknown patterns: {sorted(unknown)}")
        self._regex_compiled: list[tuple[Pattern, Any, str | None]] | None = None

    def _with_regex(self) -> list[tuple[Pattern, Any, str | None]]:
        """The patterns compiled with ``regex`` and without anchors, built on first use."""
        if self._regex_compiled is None:
            self._regex_compiled = [
                (pattern, _regex_pattern(pattern.regex, self._flags), None)
                for pattern, _, _ in self._compiled
            ]
        return self._regex_compiled

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        if regex_flags and regex_flags != self._flags:
            raise ValueError(f"{self._name} is compiled for flags {self._flags}")
        starts: dict[str, list[int]] = {}
        results: list[RecognizerResult] = []
        compiled_patterns = self._compiled
        if _COMBINING_MARK.search(text):
            # A decomposed "ü" (u and a combining diaeresis): ``re`` counts the mark as no
            # word character, ``regex`` as one. Such texts are scanned with ``regex``.
            compiled_patterns = self._with_regex()
        lowered = text.lower() if self._needles else ""
        for pattern, compiled, anchor in compiled_patterns:
            needles = self._needles.get(pattern.name)
            if needles is not None and not any(needle in lowered for needle in needles):
                continue
            if anchor is None:
                matches = list(compiled.finditer(text))
            else:
                if anchor not in starts:
                    starts[anchor] = [m.start() for m in self._anchors[anchor].finditer(text)]
                matches = _matches_at(compiled, text, starts[anchor])
            for match in matches:
                result = self._result(pattern, match.start(), match.end(), text)
                if result is not None:
                    results.append(result)
        return EntityRecognizer.remove_duplicates(results)

    def _result(self, pattern: Pattern, start: int, end: int, text: str) -> RecognizerResult | None:
        """One match as Presidio makes it a result; None where validation rejects it."""
        if start == end:
            return None
        matched = text[start:end]
        validation = self.validate_result(matched)
        explanation = self.build_regex_explanation(
            self._name,
            pattern.name,
            pattern.regex,
            pattern.score,
            validation,  # type: ignore[arg-type]  # None when not validated, as in Presidio
            self._flags,
        )
        result = RecognizerResult(
            entity_type=self.supported_entities[0],
            start=start,
            end=end,
            score=pattern.score,
            analysis_explanation=explanation,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self._name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )
        if validation is not None:
            result.score = EntityRecognizer.MAX_SCORE if validation else EntityRecognizer.MIN_SCORE
        if self.invalidate_result(matched):
            result.score = EntityRecognizer.MIN_SCORE
        explanation.score = result.score
        return result if result.score > EntityRecognizer.MIN_SCORE else None


# Combining marks of Latin, Cyrillic and Greek letters written decomposed (Unicode NFD).
_COMBINING_MARK = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def for_text(patterns: list[re.Pattern[str]], text: str) -> list[Any]:
    """``patterns`` as they must run on ``text``: with ``regex`` where it holds combining marks
    (see ``StdlibPatternRecognizer``), as they are elsewhere."""
    if not _COMBINING_MARK.search(text):
        return list(patterns)
    return [_regex_pattern(p.pattern, p.flags) for p in patterns]


@functools.cache
def _regex_pattern(pattern: str, flags: int) -> Any:
    """``pattern`` compiled with ``regex``, once per process."""
    return regex.compile(pattern, flags)


def _compile(pattern: str, flags: int) -> Any:
    """``pattern`` compiled with ``re``, or with ``regex`` where only ``regex`` knows its syntax."""
    try:
        return re.compile(pattern, flags)
    except re.error:
        return regex.compile(pattern, flags)


def _matches_at(compiled: Any, text: str, starts: list[int]) -> list[Any]:
    """What ``compiled.finditer(text)`` finds when it can match only at ``starts``: each start
    at or after the previous match's end is tried in turn."""
    matches: list[Any] = []
    position = 0
    for start in starts:
        if start < position:
            continue
        match = compiled.match(text, start)
        if match is not None and match.end() > start:
            matches.append(match)
            position = match.end()
    return matches


def cued_result(
    entity: str, span: tuple[int, int], score: float, recognizer: tuple[str, str], why: str
) -> RecognizerResult:
    """A hit that its cue or its structure makes certain (a label, a document's zone): marked
    as enhanced by context, so that no context word needs to lift it. ``recognizer``: its
    name and id."""
    name, identifier = recognizer
    return RecognizerResult(
        entity,
        *span,
        score,
        analysis_explanation=AnalysisExplanation(name, score, why),
        recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: identifier,
            RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True,
        },
    )


_LONG_WORD = re.compile(r"(?<![\w-])[^\W\d_]{4,}(?![\w-])")
_STYLE_REACH = 300
_LINE_REACH = 1500
# Speech-to-text and chats in lower case capitalise a fifth to a third of their longer words
# (names), German prose and forms half of them and more (nouns).
_LOWER_CASE_STYLE = 0.35
_STYLE_WORDS = 6


def written_in_lower_case(text: str, start: int, end: int) -> bool:
    """Whether the text around ``start``-``end`` is written in lower case, as speech-to-text
    and chats write German: under ``_LOWER_CASE_STYLE`` of its longer words capitalised, on the
    span's line (a speaker's turn) or, for a short line, within ``_STYLE_REACH``. Words in
    capitals ("SPRECHER 2:") and spelling words ("R wie Richard") do not count."""
    # A line (a turn) is looked at up to ``_LINE_REACH`` around the span; a longer one in
    # blocks of that size, each judged once: a transcript of one 200 kB line made every hit
    # read all of it (quadratic).
    reach_start, reach_end = max(0, start - _LINE_REACH), min(len(text), end + _LINE_REACH)
    before = text.rfind("\n", reach_start, start)
    after = text.find("\n", end, reach_end)
    if before < 0 and after < 0 and reach_end - reach_start >= 2 * _LINE_REACH:
        line_start = start - start % _LINE_REACH
        line_end = min(len(text), max(end, line_start + 2 * _LINE_REACH))
    else:
        line_start = reach_start if before < 0 else before + 1
        line_end = reach_end if after < 0 else after
    style = _line_style(text, line_start, line_end)
    if style is None:
        words = _style_words(text, max(0, start - _STYLE_REACH), end + _STYLE_REACH)
        style = _share_capitalised(words) if words else None
    return style is not None and style < _LOWER_CASE_STYLE


# Judged windows by the hash of their text: many hits on one long line share a window. The
# hash, not the text, is kept, so no document outlives its call in this memo.
_STYLE_MEMO: dict[int, float | None] = {}
_STYLE_MEMO_SIZE = 256


def _line_style(text: str, start: int, end: int) -> float | None:
    """The share of capitalised longer words between ``start`` and ``end``; None for fewer
    than ``_STYLE_WORDS`` words."""
    key = hash(text[start:end])
    if key in _STYLE_MEMO:
        return _STYLE_MEMO[key]
    words = _style_words(text, start, end)
    style = _share_capitalised(words) if len(words) >= _STYLE_WORDS else None
    if len(_STYLE_MEMO) >= _STYLE_MEMO_SIZE:
        _STYLE_MEMO.clear()
    _STYLE_MEMO[key] = style
    return style


def _share_capitalised(words: list[str]) -> float:
    return sum(1 for word in words if word[0].isupper()) / len(words)


def _style_words(text: str, start: int, end: int) -> list[str]:
    return [
        match.group()
        for match in _LONG_WORD.finditer(text, start, end)
        if not match.group().isupper() and not text.endswith("wie ", 0, match.start())
    ]
