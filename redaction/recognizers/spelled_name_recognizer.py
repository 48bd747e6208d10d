"""Names spelled out on the phone, as voicemail and call transcripts write them down:
``S wie Samuel, Z wie Zacharias, Y wie Ypsilon``, ``R-A-F-A-L``.

A caller spells the name the clerk will not find otherwise, so a spelled word is nearly always
a surname (or a plate, which is personal data too). The name rules see single capitals and
"wie"; this recognizer takes the whole spelling. Reported as ``PERSON``.
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from redaction.recognizers.patterns import StdlibPatternRecognizer

# A letter and its spelling word ("S wie Samuel", "Ö wie Ökonom", "sch wie Schule"), three at
# least in a row, parted by commas, blanks or "dann".
# In lower case too, as speech-to-text writes it, and with the 2022 alphabet's towns and
# "Umlaut" ("l wie leipzig ö wie umlaut offenbach").
_SPELLED_LETTER = (
    r"(?:[A-ZÄÖÜa-zäöü]|[Ss]ch|[Cc]h)[ ]wie[ ](?:[Uu]mlaut[ ])?[A-ZÄÖÜa-zäöü][a-zäöüß]+"
)
_SPELLED_GAP = r"(?:,?[ ]+(?:dann[ ]+|und[ ]+)?|[ ]?[-–][ ]?)"


class SpelledNameRecognizer(StdlibPatternRecognizer):
    """A word spelled with the spelling alphabet, or letter by letter with hyphens or commas."""

    PATTERNS = [  # noqa: RUF012
        Pattern(
            "Spelling alphabet",
            rf"(?<![\w-]){_SPELLED_LETTER}(?:{_SPELLED_GAP}{_SPELLED_LETTER}){{2,40}}(?![\w-])",
            0.8,
        ),
        # Capitals one by one with hyphens: "R-A-F-A-L" (five letters at least, so that a shift
        # rota's "A-B-C-D" stays; with commas they are a list of categories as often).
        Pattern(
            "Letters one by one",
            r"(?<![\w-])[A-ZÄÖÜ](?:-[A-ZÄÖÜ]){4,40}(?![\w-])",
            0.6,
        ),
    ]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="PERSON",
            patterns=self.PATTERNS,
            name="SpelledNameRecognizer",
            needles={"Spelling alphabet": (" wie ",), "Letters one by one": ("-",)},
        )
