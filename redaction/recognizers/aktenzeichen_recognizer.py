"""Aktenzeichen, Kassenzeichen and similar file numbers that point at one person's case."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

CUES = (
    r"Aktenzeichen|Az\.|AZ|Kassenzeichen|Kassenz\.|Geschäftszeichen|Vorgangsnummer|Vorgangs-Nr\."
    r"|Kundennummer|Kunden-Nr\.|Personenkennziffer|Steuernummer|Mitgliedsnummer|Ihr Zeichen"
    r"|Unser Zeichen|Bescheidnummer|Antragsnummer"
)
_VALUE = re.compile(r"[A-Z0-9][A-Za-z0-9./\-]{2,30}[A-Za-z0-9]")


class AktenzeichenRecognizer(PatternRecognizer):
    """The value after a cue word; the cue itself stays readable for classification."""

    PATTERNS = [  # noqa: RUF012
        Pattern(
            "Reference with cue",
            rf"(?:{CUES})[ ]?(?:[:.]|Nr\.)?[ ]*[A-Z0-9][A-Za-z0-9./\-]{{2,30}}[A-Za-z0-9]",
            0.8,
        ),
    ]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="DE_AKTENZEICHEN",
            patterns=self.PATTERNS,
            supported_language="de",
            global_regex_flags=re.MULTILINE,
            name="AktenzeichenRecognizer",
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        narrowed = []
        cue = re.compile(rf"(?:{CUES})[ ]?(?:[:.]|Nr\.)?[ ]*")
        for result in results:
            head = cue.match(text, result.start)
            start = head.end() if head else result.start
            value = _VALUE.match(text, start, result.end)
            if value and any(c.isdigit() for c in value.group()):
                result.start, result.end = value.start(), value.end()
                narrowed.append(result)
        return narrowed
