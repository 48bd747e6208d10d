"""Postal code plus city: ``44787 Bochum``, ``D-45127 Essen``, ``58452 Witten-Annen``."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer


class PlzCityRecognizer(PatternRecognizer):
    """A five-digit PLZ followed by a capitalised place name."""

    PATTERNS = [  # noqa: RUF012
        Pattern(
            "PLZ city",
            r"\b(?:D-)?\d{5}[ ]+[A-ZÄÖÜ][a-zäöüß]+(?:[-][A-ZÄÖÜ][a-zäöüß]+)*"
            r"(?:[ ](?:an der|am|im|a\.[ ]?d\.)[ ][A-ZÄÖÜ][a-zäöüß]+|[ ]\([A-ZÄÖÜ][a-zäöüß]+\))?",
            0.7,
        ),
    ]
    CONTEXT = ["wohnhaft", "anschrift", "adresse", "plz", "ort", "wohnort"]  # noqa: RUF012

    def __init__(self) -> None:
        super().__init__(
            supported_entity="LOCATION",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language="de",
            global_regex_flags=re.MULTILINE,
            name="PlzCityRecognizer",
        )
