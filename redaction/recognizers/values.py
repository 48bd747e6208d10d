"""Narrowing a pattern's hit to the part that is personal data (its ``value`` group)."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers.patterns import StdlibPatternRecognizer, for_text


def narrow_to_values(
    text: str, results: list[RecognizerResult], patterns: list[re.Pattern[str]]
) -> list[RecognizerResult]:
    """Each hit that one of ``patterns`` matches exactly, narrowed to that match's ``value``
    group: a label or cue before the value stays readable for classification."""
    if not results:
        return results
    runnable = for_text(patterns, text)
    for result in results:
        for pattern in runnable:
            match = pattern.match(text, result.start)
            if match is not None and match.end() == result.end:
                result.start, result.end = match.span("value")
                break
    return results


class ValuePatternRecognizer(StdlibPatternRecognizer):
    """A German pattern recognizer whose hits are narrowed to their ``value`` group (where a
    pattern has one): the label or cue in front stays readable."""

    def __init__(
        self,
        *,
        supported_entity: str,
        patterns: list[Pattern],
        name: str,
        flags: int = re.MULTILINE,
        needles: dict[str, tuple[str, ...]] | None = None,
        anchors: dict[str, str] | None = None,
    ) -> None:
        super().__init__(
            supported_entity=supported_entity,
            patterns=patterns,
            name=name,
            flags=flags,
            needles=needles,
            anchors=anchors,
        )
        self._with_value = [re.compile(p.regex, flags) for p in patterns if "(?P<value>" in p.regex]

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return narrow_to_values(text, results, self._with_value)
