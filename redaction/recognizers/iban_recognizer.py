"""IBANs, DE and foreign, spaced or not, validated by the ISO 13616 mod-97 checksum."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from redaction.recognizers.patterns import StdlibPatternRecognizer

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


_IBAN_SHAPE = re.compile(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")


def iban_is_valid(candidate: str) -> bool:
    """True when ``candidate`` (spaces allowed) has a known length and a valid checksum.

    Anything else, junk included, is simply not a valid IBAN: never raises.
    """
    iban = re.sub(r"\s", "", candidate).upper()
    if not _IBAN_SHAPE.fullmatch(iban):
        return False
    expected = IBAN_LENGTHS.get(iban[:2])
    if expected is not None and len(iban) != expected:
        return False
    rearranged = iban[4:] + iban[:4]
    digits = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(digits) % 97 == 1


class IbanRecognizer(StdlibPatternRecognizer):
    """Finds IBANs; a well-formed German IBAN with a bad checksum is still redacted (typos)."""

    # Any case: people type "de58 4305 …"; the checksum keeps ordinary words out. Only the
    # bank code may be letters alone, so a word after the IBAN ("… 3201 ohne") is no group.
    PATTERNS = [  # noqa: RUF012 - Presidio convention: data in class attributes
        Pattern(
            "IBAN",
            r"\b[A-Za-z]{2}\d{2}[ ]?[A-Za-z0-9]{4}(?:[ ]?(?=[A-Za-z]*\d)[A-Za-z0-9]{4}){1,6}"
            r"(?:[ ]?(?=[A-Za-z]*\d)[A-Za-z0-9]{1,3})?\b",
            0.6,
        ),
    ]
    CONTEXT = ["iban", "konto", "bankverbindung", "kontoverbindung", "überweisung"]  # noqa: RUF012

    def __init__(self) -> None:
        super().__init__(
            supported_entity="IBAN_CODE",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
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
