"""German phone and fax numbers in the notations people write (DIN 5008 and the rest)."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer

_DIGITS = re.compile(r"\d")


class GermanPhoneRecognizer(PatternRecognizer):
    """``0234 123456``, ``0234/12 34 56``, ``+49 (0)234 123-456``, ``(0234) 61 62 63`` …

    Also ``+49-2302-27140``, country codes of one to three digits (``+380 50 241 4949``) and
    numbers written in pairs, area code included (``01 75 / 98 91 45 45``). Dates never match:
    the pattern admits no dots, and a number needs 7 to 15 digits.
    """

    PATTERNS = [  # noqa: RUF012
        Pattern(
            "Phone",
            r"(?<![\w.,/-])(?:\(0\d{2,5}\)|(?:\+\d{1,3}|00\d{2,3})[ \-]?(?:\(0\)[ ]?)?\(?\d{2,5}\)?"
            r"|0\d{2,5}|0\d(?:[ ]\d{1,3}){1,2})"
            r"(?:[ ]?[/\-][ ]?|[ ])?\d{1,8}(?:[ \-]\d{1,6}){0,4}(?![\w.,/-]\d)",
            0.5,
        ),
    ]
    CONTEXT = [  # noqa: RUF012
        "tel",
        "telefon",
        "telefonnummer",
        "mobil",
        "handy",
        "fax",
        "rufnummer",
        "erreichbar",
        "anrufen",
        "phone",
    ]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="PHONE_NUMBER",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language="de",
            global_regex_flags=re.MULTILINE,
            name="GermanPhoneRecognizer",
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = len(_DIGITS.findall(pattern_text))
        return None if 7 <= digits <= 15 else False
