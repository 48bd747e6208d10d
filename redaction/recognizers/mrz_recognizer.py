"""The machine-readable zone of an ID card, a passport or a residence card, as copies and scans
of them reach the office.

ICAO 9303 prints two or three lines of capitals, digits and the filler ``<``:

- ID cards and residence cards (TD1, 3 × 30): the document number (line 1, after type and
  state), the date of birth (line 2, first six digits) and the name (line 3,
  ``SURNAME<<GIVEN<NAMES``);
- passports and visas (TD3, 2 × 44; TD2, 2 × 36): the name after type and state (line 1), the
  document number and the date of birth (line 2).

The name rules read none of this: the words are glued by fillers and in capitals. Here the
name, the document number, the date of birth and the optional personal data are tagged. OCR
puts blanks into the lines ("P<D<<MUSTERMANN<<ERIKA<<< <<<"); they are read past. The date of
expiry and the nationality stay readable.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers.patterns import cued_result

# A line of the zone: capitals, digits and fillers, blanks that OCR put in, 28 to 46 characters
# without the blanks, at least one double filler.
# A label or a table's bar may stand before it ("MRZ: IDD<<…", "| P<D<<…  |").
_LINE = re.compile(
    r"(?m)^[ \t]*(?:[|¦][ \t]*|(?i:mrz|zeile[ ]?\d|line[ ]?\d)[ ]?\d?:[ \t]*)?"
    r"(?P<line>[A-Z0-9<](?:[A-Z0-9< ]{26,60})[A-Z0-9<])[ \t]*[|¦]?[ \t]*$"
)
_MIN_LENGTH = 28
_MAX_LENGTH = 46
# Type and issuing state before the name (TD2, TD3) or the number (TD1): "P<D", "IDD", "ARUKR".
_TYPE_AND_STATE = re.compile(r"[PIACV][A-Z<][A-Z<]{3}")
_TD1_FIRST = re.compile(r"[IAC][A-Z<][A-Z<]{3}(?P<number>[A-Z0-9<]{9})\d")
# Date of birth, its check digit, sex, expiry and its check digit.
_TD1_SECOND = re.compile(r"(?P<birth>\d{6})\d[MFX<]\d{6}\d")
_TD3_SECOND = re.compile(r"(?P<number>[A-Z0-9<]{9})\d[A-Z<]{3}(?P<birth>\d{6})\d[MFX<]\d{6}\d")
_NAME_START_AFTER_STATE = 5
# Optional personal data: TD1 line 1 after the number's check digit, line 2 after the
# nationality; TD3 line 2 after the expiry's check digit.
_TD1_FIRST_OPTIONAL = (15, 30)
_TD1_SECOND_OPTIONAL = (18, 29)
_TD3_OPTIONAL = (28, 42)
# TD1's lines are 30 characters long, TD2's and TD3's 36 and 44: a name line this short (OCR
# may add a character or two) is TD1's third, which starts with the name.
_MAX_TD1 = 32
_SCORE = 0.85
_NAME = "MrzRecognizer"
_MIN_NAME = 2


class MrzRecognizer(EntityRecognizer):
    """Names, document numbers and dates of birth in a document's machine-readable zone."""

    def __init__(self) -> None:
        super().__init__(
            supported_entities=["PERSON", "DE_ID_DOCUMENT", "DATE_OF_BIRTH"],
            name=_NAME,
            supported_language="de",
        )

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if "<<" not in text:
            return []
        results: list[RecognizerResult] = []
        previous_end: int | None = None
        previous_had_digits = False
        for match in _LINE.finditer(text):
            offsets = [
                match.start("line") + i for i, char in enumerate(match["line"]) if char != " "
            ]
            line = match["line"].replace(" ", "")
            # A line right below another of the zone continues it, also without fillers (a
            # passport's data line whose optional field is full).
            follows = (
                previous_end is not None and "\n" not in text[previous_end + 1 : match.start()]
            )
            has_digits = any(char.isdigit() for char in line)
            if not (_MIN_LENGTH <= len(line) <= _MAX_LENGTH) or (
                "<<" not in line and not (follows and has_digits)
            ):
                previous_end = None
                continue
            found = (
                self._data(line, offsets, follows and previous_had_digits)
                if has_digits
                else self._name(line, offsets, follows and previous_had_digits)
            )
            results += [r for r in found if r.entity_type in entities]
            previous_end, previous_had_digits = match.end(), has_digits
        return results

    def _name(self, line: str, offsets: list[int], after_data: bool) -> list[RecognizerResult]:
        # TD1's third line below two lines of data starts with the name; TD2's and TD3's first
        # line with the type and the state.
        start = 0
        if not after_data and len(line) > _MAX_TD1 and _TYPE_AND_STATE.match(line):
            start = _NAME_START_AFTER_STATE
        while start < len(line) and line[start] == "<":
            start += 1
        end = len(line.rstrip("<"))
        if end - start < _MIN_NAME:
            return []
        return [self._result("PERSON", offsets, start, end, "name in the machine-readable zone")]

    def _data(self, line: str, offsets: list[int], after_data: bool) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        first = _TD1_FIRST.match(line)
        if first is not None and not after_data:
            results.append(self._span("DE_ID_DOCUMENT", offsets, line, *first.span("number")))
            results += self._optional(line, offsets, *_TD1_FIRST_OPTIONAL)
            return results
        second = _TD3_SECOND.match(line)
        if second is not None:
            results.append(self._span("DE_ID_DOCUMENT", offsets, line, *second.span("number")))
            results.append(self._span("DATE_OF_BIRTH", offsets, line, *second.span("birth")))
            results += self._optional(line, offsets, *_TD3_OPTIONAL)
            return results
        second = _TD1_SECOND.match(line)
        if second is not None:
            results.append(self._span("DATE_OF_BIRTH", offsets, line, *second.span("birth")))
            results += self._optional(line, offsets, *_TD1_SECOND_OPTIONAL)
        return results

    def _optional(
        self, line: str, offsets: list[int], start: int, end: int
    ) -> list[RecognizerResult]:
        """The optional data field, if it holds anything."""
        field = line[start:end]
        if not field.strip("<"):
            return []
        first = start + len(field) - len(field.lstrip("<"))
        last = start + len(field.rstrip("<"))
        return [self._result("DE_ID_DOCUMENT", offsets, first, last, "optional data")]

    def _span(
        self, entity: str, offsets: list[int], line: str, start: int, end: int
    ) -> RecognizerResult:
        # A short number is padded with fillers: "C01X00T4<".
        while end > start + 1 and line[end - 1] == "<":
            end -= 1
        return self._result(entity, offsets, start, end, "machine-readable zone")

    def _result(
        self, entity: str, offsets: list[int], start: int, end: int, why: str
    ) -> RecognizerResult:
        span = (offsets[start], offsets[end - 1] + 1)
        return cued_result(entity, span, _SCORE, (_NAME, self.id), why)
