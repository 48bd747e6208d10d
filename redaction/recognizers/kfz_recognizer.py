"""Kfz-Kennzeichen: ``BO-AB 1234``, ``E-X 12E``, ``GE AB 123``, ``BOT-GG-17``; after the word
"Kennzeichen" also a plate from abroad (``GE-518-TK``, ``CA 4471 KP``).

Without that cue a plate's first group must be a registration district's code
(``kfz_districts.py``): ``PC-BA-0412`` is a workstation, ``IT-A 12`` no plate."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers.aktenzeichen_recognizer import SHAPE_ONLY_KEY
from redaction.recognizers.dictated_number_recognizer import NUMBER_WORD
from redaction.recognizers.kfz_districts import DISTRICT_CODES
from redaction.recognizers.patterns import StdlibPatternRecognizer
from redaction.recognizers.values import narrow_to_values

# A plate of any country: groups of capitals and digits parted by a hyphen or a blank, with a
# letter and a digit, five to twelve characters ("GE-518-TK", "R-472-ZK", "CA 4471 KP").
_ANY_PLATE = (
    r"(?P<value>(?=[A-Z0-9 -]{5,12}(?![\w-]))(?=[A-Z0-9 -]*\d)(?=[A-Z0-9 -]*[A-Z])"
    r"[A-Z0-9]{1,4}(?:[- ][A-Z0-9]{1,4}){1,3})(?![\w-])"
)


_LOWER = "Kfz in lower case"
_SPOKEN = "Kfz spoken"
# A vehicle's word near a plate typed in lower case.
_VEHICLE = re.compile(
    r"(?i)(?<![\w-])(?:kennzeichen|nummernschild|kfz|auto|pkw|wagen|fahrzeug\w*|parkausweis"
    r"|bewohnerpark\w*|zugelassen|zulassung|halter\w*|umschreib\w*|ummelden)(?![\w-])"
)
_VEHICLE_REACH = 150
_SPOKEN_CUE = re.compile(
    r"^(?i:kennzeichen|nummernschild)(?:[ ](?:ist|war|lautet|noch|also|äh))*[ ]"
)
# "ab ca 15 uhr", "bis zu 10": a district's code with a word that is no plate's letters.
_NOT_PLATE_LETTERS = frozenset(
    [
        "ca",
        "zu",
        "um",
        "ab",
        "je",
        "mo",
        "di",
        "do",
        "fr",
        "sa",
        "so",
        "da",
        "es",
        "er",
        "in",
        "im",
        "am",
        "an",
        "wo",
        "ob",
        "ja",
        "ne",
        "eh",
        "du",
        "ok",
    ]
)


def _loose_plate(text: str, start: int, end: int, spoken: bool) -> bool:
    """A plate typed in lower case or said: its first letters a district's code, its second no
    word ("ca", "zu"), and, typed, a vehicle's word within ``_VEHICLE_REACH`` before or after."""
    value = text[start:end]
    if spoken:
        value = _SPOKEN_CUE.sub("", value)
        letters = re.split(r"[ ](?:minus|strich|bindestrich)[ ]", value, maxsplit=1)
        # "i n minus d t …": the letters before the dash; "wü g v sieben …": the first word.
        district = letters[0].replace(" ", "") if len(letters) == 2 else value.split()[0]
        return district.upper() in DISTRICT_CODES
    parts = re.split(r"[- ]", value)
    if parts[0].upper() not in DISTRICT_CODES or parts[1] in _NOT_PLATE_LETTERS:
        return False
    return (
        _VEHICLE.search(text, max(0, start - _VEHICLE_REACH), min(len(text), end + 40)) is not None
    )


class KfzRecognizer(StdlibPatternRecognizer):
    """District code, one or two letters, one to four digits, optional E/H suffix."""

    PATTERNS = [  # noqa: RUF012
        Pattern("Kfz hyphen", r"\b[A-ZÄÖÜ]{1,3}-[A-Z]{1,2}[ -]?\d{1,4}[EH]?\b", 0.6),
        Pattern("Kfz spaced", r"\b[A-ZÄÖÜ]{1,3}[ ][A-Z]{1,2}[ ]\d{1,4}[EH]?\b", 0.3),
        # "Kennzeichen des Tatfahrzeugs\nGE-518-TK (F)", "niederländisches Kennzeichen R-472-ZK".
        Pattern(
            "Plate after a cue",
            r"(?<![\w-])(?i:kennzeichen|nummernschild)(?:[ ](?:des|der|dem|vom)[ ][\w-]+)?"
            rf"[ \t]*:?[ \t]*\n?[ \t]*{_ANY_PLATE}",
            0.6,
        ),
        # Typed in lower case in a chat or a form ("of dp 881", "lu-aa 1904"): a district's
        # code first and a vehicle's word near (checked in ``_loose_plate``).
        Pattern(
            _LOWER,
            r"(?<![\w-])[a-zäöü]{1,3}[- ][a-z]{1,2}[ -]?\d{1,4}[eh]?(?![\w-])",
            0.6,
        ),
        # Said on the phone after "Kennzeichen": "das kennzeichen ist wü g v sieben eins zwo",
        # "i n minus d t vier sieben zwei" (the district checked in ``_loose_plate``).
        Pattern(
            _SPOKEN,
            r"(?<![\w-])(?i:kennzeichen|nummernschild)(?:[ ](?:ist|war|lautet|noch|also|äh))*[ ]"
            r"(?P<value>(?:[a-zäöü][ ]?){1,3}(?:minus[ ]|strich[ ]|bindestrich[ ])?"
            rf"(?:[a-z][ ]){{1,2}}(?i:{NUMBER_WORD})(?:[ ](?i:{NUMBER_WORD})){{0,3}})",
            0.6,
        ),
    ]
    # The patterns whose first group must be a German district's code.
    _DISTRICT_FIRST = frozenset({"Kfz hyphen", "Kfz spaced"})
    CONTEXT = ["kennzeichen", "kfz", "fahrzeug", "auto", "pkw", "amtliches"]  # noqa: RUF012

    def __init__(self) -> None:
        super().__init__(
            supported_entity="DE_KFZ",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            name="KfzRecognizer",
        )
        self._with_value = [
            re.compile(p.regex, re.MULTILINE) for p in self.PATTERNS if "(?P<value>" in p.regex
        ]

    def _result(self, pattern: Pattern, start: int, end: int, text: str) -> RecognizerResult | None:
        if pattern.name in self._DISTRICT_FIRST:
            district = re.split(r"[- ]", text[start:end], maxsplit=1)[0]
            if district not in DISTRICT_CODES:
                return None
        if pattern.name in (_LOWER, _SPOKEN) and not _loose_plate(
            text, start, end, pattern.name == _SPOKEN
        ):
            return None
        result = super()._result(pattern, start, end, text)
        if result is not None and pattern.name in self._DISTRICT_FIRST:
            # Without a cue: in a table that names no person, a fleet's plate ("GE-SR 101").
            result.recognition_metadata[SHAPE_ONLY_KEY] = True
        return result

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return narrow_to_values(text, results, self._with_value)
