"""E-mail addresses, without Presidio's tldextract look-up (it downloads the suffix list)."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer


class GermanEmailRecognizer(PatternRecognizer):
    """E-mail addresses with a plausible top-level domain."""

    PATTERNS = [  # noqa: RUF012
        Pattern(
            "Email",
            r"\b[A-Za-z0-9._%+\-äöüÄÖÜß]+@[A-Za-z0-9\-äöü]+(?:\.[A-Za-z0-9\-äöü]+)*\.[A-Za-z]{2,24}\b",
            0.9,
        ),
    ]
    CONTEXT = ["mail", "e-mail", "email"]  # noqa: RUF012

    def __init__(self) -> None:
        super().__init__(
            supported_entity="EMAIL_ADDRESS",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language="de",
            global_regex_flags=re.MULTILINE,
            name="GermanEmailRecognizer",
        )
