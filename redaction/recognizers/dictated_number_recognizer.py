"""Numbers read out on the phone, as call and voicemail transcripts write them down:
``sechs null zwei null punkt vier eins eins punkt null acht drei sieben``, ``g a k
siebenundzwanzig null vier eins eins acht``, ``dreiundsechzig punkt einundzwanzig null vier
vier zwei schrägstrich siebenundzwanzig``.

A caller reads out what identifies them: a Kassenzeichen, a file number, an insurance number.
A number from a leading zero is a phone number's (the phone recognizer's); this recognizer
takes a run of four number words at least, with the dots, slashes, dashes and letters read out
between them, shortly after a word that asks for a number ("Kassenzeichen", "Nummer",
"Vorgang", "Kennzeichen"): a count, a lottery's numbers or an agenda's items have none.
Reported as ``DE_AKTENZEICHEN``.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers.patterns import WORD_START, StdlibPatternRecognizer

_UNIT = r"(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)"
_TENS = r"(?:zwanzig|dreißig|dreissig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)"
_TEENS = r"(?:zehn|elf|zwölf|dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn)"
_DIGIT = r"(?:null|eins|zwei|zwo|drei|vier|fünf|sechs|sieben|acht|neun)"
_BELOW_HUNDRED = rf"(?:(?:{_UNIT}und)?{_TENS}|{_TEENS}|{_DIGIT})"
# A number word up to 999: "einhundertdrei", "zweihundertachtunddreißig", "hundertvierzehn".
NUMBER_WORD = rf"(?:{_UNIT}?hundert(?:und)?{_BELOW_HUNDRED}?|{_BELOW_HUNDRED})(?![\w-])"
# Within a run the words may also be joined by hyphens ("vier-eins-eins-null").
_JOINED_NUMBER = NUMBER_WORD.replace(r"(?![\w-])", r"(?!\w)")
assert _JOINED_NUMBER != NUMBER_WORD
# What is read out between the digits: a dot, a slash, a dash, or a letter alone ("komma" is
# none: it reads out rates and amounts, "sieben komma zwei, sechs komma neun").
_SEPARATOR_WORD = r"(?:punkt|schrägstrich|strich|bindestrich|minus|doppelpunkt)(?!\w)"
_LETTER = r"[a-zA-Z](?!\w)"
# A digit said twice or three times: "doppel null", "doppelnull", "dreifach sieben".
_REPEAT = r"(?:doppel|dreifach)"
_TOKEN = rf"(?i:(?:{_REPEAT}[ -]?)?{_JOINED_NUMBER}|{_SEPARATOR_WORD}|{_LETTER})"
# Between the tokens: blanks, a comma, a hyphen, a hesitation.
_GAP = r"(?:(?:[ ,]+|[ ]?-[ ]?)(?:(?i:äh|ähm|öh),?[ ]+)?)"
_WORDS = re.compile(rf"[ ,-]+|(?i:{_REPEAT})")
_MIN_NUMBERS = 4
_NUMBER = re.compile(rf"(?i:{NUMBER_WORD})")
_TRAILING = re.compile(rf"(?:{_GAP}(?:(?i:{_SEPARATOR_WORD})|{_LETTER}))+$")


# The word that asks for the number, shortly before it: "das kassenzeichen ist …", "ihre
# anmeldung hat die nummer …", "einen vorgang …". Not a house's, a phone's or a room's number
# ("Hausnummern zwölf, vierzehn, …"), and no count, lottery or agenda without one.
_CUE = re.compile(
    r"(?i)(?<![\w-])(?P<word>[\w-]*(?:zeichen|nummer|nummern|kennziffer|kennung)|nr\.?|vorgang"
    r"|az\.?|id)(?![\w-])"
)
_NOT_CUES = ("haus", "telefon", "ruf", "handy", "fax", "zimmer", "raum", "mobil", "gewinn")
_CUE_REACH = 120


def _asked_for(text: str, start: int) -> bool:
    for cue in _CUE.finditer(text, max(0, start - _CUE_REACH), start):
        if not cue.group("word").lower().startswith(_NOT_CUES):
            return True
    return False


class DictatedNumberRecognizer(StdlibPatternRecognizer):
    """A run of number words, read-out separators and letters with four numbers at least."""

    PATTERNS = [  # noqa: RUF012
        Pattern(
            "Dictated number",
            rf"{WORD_START}{_TOKEN}(?:{_GAP}{_TOKEN}){{3,60}}",
            0.6,
        ),
    ]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="DE_AKTENZEICHEN",
            patterns=self.PATTERNS,
            name="DictatedNumberRecognizer",
            needles={"Dictated number": ("null", "eins", "zwei", "drei", "vier", "fünf", "sechs")},
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = []
        for result in super().analyze(text, entities, nlp_artifacts, regex_flags):
            # A separator or a letter after the last number belongs to the next words ("… acht
            # punkt", "… vier a").
            trailing = _TRAILING.search(text, result.start, result.end)
            if trailing is not None:
                result.end = trailing.start()
            words = [word for word in _WORDS.split(text[result.start : result.end]) if word]
            numbers = sum(1 for word in words if _NUMBER.fullmatch(word))
            # A leading zero is a phone number's, also read out with its slash ("null zwei drei
            # eins schrägstrich fünf null …"): the phone recognizer's, which knows an office's
            # switchboard. Digits read out without a word asking for them are left to it too
            # ("… unter null zwei drei acht eins, eins sieben,⏎drei drei null null").
            phone = words[0].lower() in ("null", "plus")
            if numbers >= _MIN_NUMBERS and not phone and _asked_for(text, result.start):
                results.append(result)
        return results
