"""Dates of birth, recognised by their cue words (``geb.``, ``geboren am``, ``Geburtsdatum``)."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

MONTHS = (
    "Januar|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
    "|Jan\\.|Feb\\.|Mär\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sep\\.|Sept\\.|Okt\\.|Nov\\.|Dez\\."
)
DATE = (
    r"(?:\d{1,2}\.[ ]?\d{1,2}\.[ ]?(?:19|20)?\d{2}"
    rf"|\d{{1,2}}\.[ ]?(?:{MONTHS})[ ]?\d{{4}}"
    r"|\d{4}-\d{2}-\d{2})"
)
CUE = (
    r"(?:geb\.(?:[ ]?am)?|geboren(?:[ ]am)?|Geburtsdatum|Geb\.-Datum|Geb\.[ ]?Datum|Geburtstag"
    r"|date[ ]of[ ]birth|DOB)"
)
# Words that may stand between the cue and the date: "mein Geburtsdatum ist der 05.12.2001",
# "Geburtsdatum des Kindes: …", "geboren in Gelsenkirchen am …". Only these, so that
# "Geburtsdatum bitte bis zum 03.03.2026 nachreichen" keeps its deadline.
_GAP = (
    r"(?:[ ]+(?:ist|lautet|war|der|die|das|des|dem|den|am|in|von|meines|meiner|unseres|unserer"
    r"|seines|seiner|ihres|ihrer|eines|einer)(?![\w-])|[ ]+[A-ZÄÖÜ][\w-]*|[ ]*\([^()\n]{1,30}\))"
)
_DATE = re.compile(DATE)


class DateOfBirthRecognizer(PatternRecognizer):
    """Only the date is tagged; other dates (deadlines, letter dates) stay readable."""

    PATTERNS = [  # noqa: RUF012
        # A form may put the value on the next line after the colon (OCR of table layouts).
        Pattern(
            "DOB with cue",
            rf"(?<![\w.-])(?i:{CUE}){_GAP}{{0,4}}[ ]*(?::[ \t]*\n?[ \t]*|,?[ ]*)(?:am[ ])?({DATE})"
            r"(?!\d)",
            0.9,
        ),
        # "* 23.05.1990" in a CV or a register extract.
        Pattern("DOB asterisk", rf"(?<![\w*])\*[ ]?({DATE})(?![\d])", 0.9),
    ]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="DATE_OF_BIRTH",
            patterns=self.PATTERNS,
            supported_language="de",
            global_regex_flags=re.MULTILINE,
            name="DateOfBirthRecognizer",
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        # Narrow each hit from "geb. am 12.04.1987" to the date itself.
        narrowed = []
        for result in results:
            dates = list(_DATE.finditer(text, result.start, result.end))
            if dates:
                result.start, result.end = dates[-1].start(), dates[-1].end()
                narrowed.append(result)
        return narrowed
