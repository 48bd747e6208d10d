"""Kfz-Kennzeichen: ``BO-AB 1234``, ``E-X 12E``, ``GE AB 123``, ``BOT-GG-17``; after the word
"Kennzeichen" also a plate from abroad (``GE-518-TK``, ``CA 4471 KP``).

Without that cue a plate's first group must be a registration district's code
(``kfz_districts.py``): ``PC-BA-0412`` is a workstation, ``IT-A 12`` no plate."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers.aktenzeichen_recognizer import SHAPE_ONLY_KEY
from redaction.recognizers.kfz_districts import DISTRICT_CODES
from redaction.recognizers.patterns import StdlibPatternRecognizer
from redaction.recognizers.values import narrow_to_values

# A plate of any country: groups of capitals and digits parted by a hyphen or a blank, with a
# letter and a digit, five to twelve characters ("GE-518-TK", "R-472-ZK", "CA 4471 KP").
_ANY_PLATE = (
    r"(?P<value>(?=[A-Z0-9 -]{5,12}(?![\w-]))(?=[A-Z0-9 -]*\d)(?=[A-Z0-9 -]*[A-Z])"
    r"[A-Z0-9]{1,4}(?:[- ][A-Z0-9]{1,4}){1,3})(?![\w-])"
)


class KfzRecognizer(StdlibPatternRecognizer):
    """District code, one or two letters, one to four digits, optional E/H suffix."""

    PATTERNS = [  # noqa: RUF012
        Pattern("Kfz hyphen", r"\b[A-ZÄÖÜ]{1,3}-[A-Z]{1,2}[ -]?\d{1,4}[EH]?\b", 0.6),
        Pattern("Kfz spaced", r"\b[A-ZÄÖÜ]{1,3}[ ][A-Z]{1,2}[ ]\d{1,4}[EH]?\b", 0.3),
        # "Kennzeichen des Tatfahrzeugs\nGE-518-TK (F)", "niederländisches Kennzeichen R-472-ZK".
        Pattern(
            "Plate after a cue",
            r"(?<![\w-])(?i:kennzeichen|nummernschild)(?:[ ](?:des|der|dem|vom)[ ][\w-]+)?"
            rf"[ \t]*:?[ \t]*\n?[ \t]*{_ANY_PLATE}",
            0.6,
        ),
    ]
    # The patterns whose first group must be a German district's code.
    _DISTRICT_FIRST = frozenset({"Kfz hyphen", "Kfz spaced"})
    CONTEXT = ["kennzeichen", "kfz", "fahrzeug", "auto", "pkw", "amtliches"]  # noqa: RUF012

    def __init__(self) -> None:
        super().__init__(
            supported_entity="DE_KFZ",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            name="KfzRecognizer",
        )
        self._with_value = [
            re.compile(p.regex, re.MULTILINE) for p in self.PATTERNS if "(?P<value>" in p.regex
        ]

    def _result(self, pattern: Pattern, start: int, end: int, text: str) -> RecognizerResult | None:
        if pattern.name in self._DISTRICT_FIRST:
            district = re.split(r"[- ]", text[start:end], maxsplit=1)[0]
            if district not in DISTRICT_CODES:
                return None
        result = super()._result(pattern, start, end, text)
        if result is not None and pattern.name in self._DISTRICT_FIRST:
            # Without a cue: in a table that names no person, a fleet's plate ("GE-SR 101").
            result.recognition_metadata[SHAPE_ONLY_KEY] = True
        return result

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return narrow_to_values(text, results, self._with_value)
