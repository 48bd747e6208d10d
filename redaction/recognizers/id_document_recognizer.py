"""Personalausweis and Reisepass numbers as really issued.

Presidio's German ID-card and passport recognizers treat the ninth character as an ICAO check
digit, but the printed document number is nine characters *without* it (the check digit only
appears in the machine-readable zone), so they reject real numbers such as the specimen
``T22000129``. Here a number is nine characters of the ICAO charset (no vowels A E I O U, no
B D Q S), starting with a letter and containing a digit, optionally followed by its check
digit; context words ("Personalausweis", "Reisepass", "Ausweisnummer") lift the score.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer

_CHARSET = "CFGHJKLMNPRTVWXYZ"


def icao_check_digit(value: str) -> int:
    """ICAO 9303 check digit (weights 7, 3, 1; letters A=10 … Z=35)."""
    total = 0
    for index, char in enumerate(value):
        number = int(char) if char.isdigit() else ord(char) - 55
        total += number * (7, 3, 1)[index % 3]
    return total % 10


class IdDocumentRecognizer(PatternRecognizer):
    """German ID card and passport numbers (``L01X00T47``, ``C01X00T47``, ``T22000129``)."""

    PATTERNS = [  # noqa: RUF012 - Presidio convention: data in class attributes
        Pattern(
            "ID document number",
            rf"\b[{_CHARSET}](?=[{_CHARSET}0-9]{{8}})(?=[^\s]*\d)[{_CHARSET}0-9]{{8}}\d?\b",
            0.35,
        ),
    ]
    CONTEXT = [  # noqa: RUF012
        "personalausweis",
        "personalausweisnummer",
        "ausweis",
        "ausweisnummer",
        "reisepass",
        "reisepassnummer",
        "passnummer",
        "pass",
        "dokumentennummer",
        "ausweisdokument",
        "identitätsnachweis",
        "passport",
    ]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="DE_ID_DOCUMENT",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language="de",
            global_regex_flags=re.MULTILINE,
            name="IdDocumentRecognizer",
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        # With the MRZ check digit appended and correct, it is certainly a document number.
        if len(pattern_text) == 10 and icao_check_digit(pattern_text[:9]) == int(pattern_text[9]):
            return True
        return None
