"""File numbers and other numbers that identify one person or their case.

Aktenzeichen, Kassenzeichen, "Ihr/Unser Zeichen", and the numbers people quote with a cue word:
Kundennummer, Ausweisnummer, Versichertennummer, a dog's Transponder/Chip-Nummer and the like.
The value is tagged, the cue stays readable for classification. Order and invoice numbers are
left alone: they identify a purchase, not a person.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers.person_recognizer import ocr_tolerant

# Cues that are complete on their own.
# Matched with OCR misreadings too ("Ihr Zeíchen", "Aktenzeicben").
_FILE_CUES = (
    rf"(?:Ihr|Unser)?[ ]?{ocr_tolerant('aktenzeichen')}|Az\.?|Ihr[ ]Az\.?|Unser[ ]Az\.?"
    rf"|Gesch\.-Z\.|{ocr_tolerant('geschäftszeichen')}|{ocr_tolerant('kassenzeichen')}"
    rf"|Kassenz\.|Buchungszeichen|(?:Ihr|Unser)[ ]{ocr_tolerant('zeichen')}|Personenkennziffer"
    r"|St\.-Nr\."
)
# Word stems that make an identifying number with "-nummer", "-Nr.": "Kundennummer",
# "Kunden-Nr.", "Transponder/Chip-Nummer", "Ausweis Nr.".
_NUMBER_STEMS = (
    r"Kunden|Vorgangs|Mitglieds|Antrags|Bescheid|Personal|Personalausweis|Ausweis|Reisepass|Pass"
    r"|Führerschein|Versicherungs|Versicherten|Sozialversicherungs|Rentenversicherungs|Renten"
    r"|Krankenversicherten|Vertrags|Zähler|Chip|Mikrochip|Transponder|Tätowier|Fahrgestell"
    r"|Fahrzeugidentifizierungs|Matrikel|Schüler|Steuer|Akten|Fall|Buchungs|Mandanten|Konto"
    r"|Bedarfsgemeinschafts|Kindergeld|Wohngeld|Beitrags|Mieter|Patienten|Referenz|Ticket"
)
_NUMBER_CUE = (
    rf"(?:{_NUMBER_STEMS})(?:[ ]?/[ ]?(?:{_NUMBER_STEMS}))*"
    r"(?:-?(?:nummer|nr\.?)|[ ](?:Nummer|Nr\.?)|kennziffer|kennzeichen)"
)
CUES = rf"(?<![\w-])(?i:{_FILE_CUES}|{_NUMBER_CUE})(?!\w)"
# The value: one run with a digit, then more groups of digits or initials as on paper
# ("5100 2026 0047 11", "231/25 SB").
VALUE = (
    r"(?P<value>[A-Z0-9][A-Za-z0-9./\-]{0,30}[A-Za-z0-9]"
    r"(?:[ ](?:\d{1,12}|[A-Z]{1,4})(?![\w./,-]))*)"
)
# Shorter values are page numbers, counts, years' parts: no reference.
_MIN_VALUE_CHARS = 4
# Sozialversicherungs-/Rentenversicherungsnummer: area, birth date (day + 40 for a second
# number), initial of the birth name, serial, check digit. The shape alone identifies it.
SV_NUMBER = (
    r"(?<![\w-])(?P<value>\d{2}[ ]?(?:0[1-9]|[12]\d|3[01]|4[1-9]|[56]\d|7[01])"
    r"(?:0[1-9]|1[0-2])\d{2}[ ]?[A-Z][ ]?\d{2}[ ]?\d)(?![\w-])"
)
# After the cue: a bracket, up to three short words ("Unser Aktenzeichen bei Ihnen: …"), then
# the separators forms use (colon, hash, pipe, dotted leader, tab).
_AFTER_CUE = (
    r"[ ]?(?:\([^()\n]{0,20}\))?(?:[ ](?:bei|von|an|für|vom|beim|der|die|das|des|dem|Ihnen"
    r"|Ihrer|Ihrem|Ihres|uns|lautet|ist)){0,3}[ \t]*(?:[:#|]|Nr\.|(?:\.[ ]?){3,}|…+)?[ \t]*"
)
# "Mein Aktenzeichen von der Anmeldung 2021 ist 32.1-2021-00893."
_LINKED = r"[^\n.!?:]{0,60}?[ ](?:ist|lautet|lautete|war|lauten)[ ]+(?:der|die|das)?[ ]*"
_DATE_ONLY = re.compile(r"\d{1,2}\.\d{1,2}\.\d{2,4}")


class AktenzeichenRecognizer(PatternRecognizer):
    """The value after a cue word; the cue itself stays readable for classification."""

    PATTERNS = [  # noqa: RUF012
        Pattern("Reference after cue", rf"{CUES}{_AFTER_CUE}{VALUE}", 0.8),
        Pattern("Reference later in the sentence", rf"{CUES}{_LINKED}{VALUE}", 0.8),
        Pattern("Social insurance number", SV_NUMBER, 0.7),
    ]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="DE_AKTENZEICHEN",
            patterns=self.PATTERNS,
            supported_language="de",
            global_regex_flags=re.MULTILINE,
            name="AktenzeichenRecognizer",
        )
        self._with_groups = [re.compile(p.regex, re.MULTILINE) for p in self.PATTERNS]

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        narrowed = []
        for result in results:
            value = self._value(text, result.start, result.end)
            if value is None:
                continue
            result.start, result.end = value
            narrowed.append(result)
        return narrowed

    def _value(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """The value inside one hit; None for a value that is no reference (no digit, a date)."""
        for pattern in self._with_groups:
            match = pattern.match(text, start)
            if match is None or match.end() != end:
                continue
            value = match.group("value")
            if (
                any(c.isdigit() for c in value)
                and sum(c.isalnum() for c in value) >= _MIN_VALUE_CHARS
                and not _DATE_ONLY.fullmatch(value)
            ):
                return match.span("value")
        return None
