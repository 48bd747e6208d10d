"""IBANs, DE and foreign, spaced or not, validated by the ISO 13616 mod-97 checksum."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer

IBAN_LENGTHS = {
    "DE": 22,
    "AT": 20,
    "CH": 21,
    "NL": 18,
    "BE": 16,
    "FR": 27,
    "IT": 27,
    "ES": 24,
    "PL": 28,
    "LU": 20,
    "DK": 18,
    "GB": 22,
    "IE": 22,
    "PT": 25,
    "CZ": 24,
    "TR": 26,
    "SE": 24,
    "NO": 15,
    "FI": 18,
    "GR": 27,
    "HU": 28,
    "RO": 24,
    "BG": 22,
    "HR": 21,
    "SI": 19,
    "SK": 24,
    "LI": 21,
}


def iban_is_valid(candidate: str) -> bool:
    """True when ``candidate`` (spaces allowed) has a known length and a valid checksum."""
    iban = candidate.replace(" ", "").upper()
    expected = IBAN_LENGTHS.get(iban[:2])
    if expected is not None and len(iban) != expected:
        return False
    if not 15 <= len(iban) <= 34 or not iban[2:4].isdigit():
        return False
    rearranged = iban[4:] + iban[:4]
    digits = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(digits) % 97 == 1


class IbanRecognizer(PatternRecognizer):
    """Finds IBANs; a well-formed German IBAN with a bad checksum is still redacted (typos)."""

    PATTERNS = [  # noqa: RUF012 - Presidio convention: data in class attributes
        Pattern(
            "IBAN",
            r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b",
            0.6,
        ),
    ]
    CONTEXT = ["iban", "konto", "bankverbindung", "kontoverbindung", "überweisung"]  # noqa: RUF012

    def __init__(self) -> None:
        super().__init__(
            supported_entity="IBAN_CODE",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language="de",
            global_regex_flags=re.MULTILINE,
            name="IbanRecognizer",
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        compact = pattern_text.replace(" ", "").upper()
        if iban_is_valid(compact):
            return True
        # A German IBAN of the right shape with a typo is still somebody's account.
        if compact.startswith("DE") and len(compact) == 22 and compact[2:].isdigit():
            return None
        return False
