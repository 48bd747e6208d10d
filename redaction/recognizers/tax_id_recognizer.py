"""Steuerliche Identifikationsnummer (11 digits, ISO 7064 MOD 11,10), spaced or not."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer


def tax_id_is_valid(candidate: str) -> bool:
    digits = [int(c) for c in candidate if c.isdigit()]
    if len(digits) != 11 or digits[0] == 0:
        return False
    product = 10
    for digit in digits[:10]:
        total = (digit + product) % 10 or 10
        product = (total * 2) % 11
    check = (11 - product) % 10
    return check == digits[10]


class TaxIdRecognizer(PatternRecognizer):
    """Steuer-ID with a valid check digit; with a cue word also when the check digit fails."""

    PATTERNS = [  # noqa: RUF012
        Pattern("Steuer-ID", r"\b\d{2}[ ]?\d{3}[ ]?\d{3}[ ]?\d{3}\b", 0.3),
    ]
    CONTEXT = [  # noqa: RUF012
        "steuer-id",
        "steueridentifikationsnummer",
        "identifikationsnummer",
        "idnr",
        "steuerid",
        "tin",
    ]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="DE_TAX_ID",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language="de",
            global_regex_flags=re.MULTILINE,
            name="TaxIdRecognizer",
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        return True if tax_id_is_valid(pattern_text) else None
