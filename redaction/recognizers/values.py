"""Narrowing a pattern's hit to the part that is personal data (its ``value`` group)."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult


def narrow_to_values(
    text: str, results: list[RecognizerResult], patterns: list[re.Pattern[str]]
) -> list[RecognizerResult]:
    """Each hit that one of ``patterns`` matches exactly, narrowed to that match's ``value``
    group: a label or cue before the value stays readable for classification."""
    for result in results:
        for pattern in patterns:
            match = pattern.match(text, result.start)
            if match is not None and match.end() == result.end:
                result.start, result.end = match.span("value")
                break
    return results
