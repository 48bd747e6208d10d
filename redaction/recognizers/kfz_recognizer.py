"""Kfz-Kennzeichen: ``BO-AB 1234``, ``E-X 12E``, ``GE AB 123``, ``BOT-GG-17``."""

from __future__ import annotations

from presidio_analyzer import Pattern

from redaction.recognizers.patterns import StdlibPatternRecognizer


class KfzRecognizer(StdlibPatternRecognizer):
    """District code, one or two letters, one to four digits, optional E/H suffix."""

    PATTERNS = [  # noqa: RUF012
        Pattern("Kfz hyphen", r"\b[A-ZÄÖÜ]{1,3}-[A-Z]{1,2}[ -]?\d{1,4}[EH]?\b", 0.6),
        Pattern("Kfz spaced", r"\b[A-ZÄÖÜ]{1,3}[ ][A-Z]{1,2}[ ]\d{1,4}[EH]?\b", 0.3),
    ]
    CONTEXT = ["kennzeichen", "kfz", "fahrzeug", "auto", "pkw", "amtliches"]  # noqa: RUF012

    def __init__(self) -> None:
        super().__init__(
            supported_entity="DE_KFZ",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            name="KfzRecognizer",
        )
