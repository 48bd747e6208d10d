"""German phone and fax numbers in the notations people write (DIN 5008 and the rest)."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers.patterns import StdlibPatternRecognizer

_DIGITS = re.compile(r"\d")
# Numbers of no one person: toll-free and service prefixes, and a switchboard (extension 0).
_SERVICE_PREFIX = re.compile(r"(?:\+49[ \-]?(?:\(0\)[ ]?)?|0)(?:800|180\d?|900|700|137|138)\b")
_SWITCHBOARD = re.compile(r"[ ]?-[ ]?0$")
_DIRECT_LINE = re.compile(r"(?i)(?<![\w-])(?:durchwahl|direktwahl|direkt)(?![\w-])")
_AUTHORITY = re.compile(
    r"(?i:verwaltung|amt|ämter|rathaus|feuerwehr|stadtwerke|abteilung|behörde|polizei|stadt"
    r"|gemeinde|kreis|ministerium|gericht|jobcenter|agentur)"
    # A company with its register entry: a legal person, no partnership of people.
    r"|(?<![\w-])(?:GmbH|mbH|HRB|AG[ ][A-ZÄÖÜ]|SE|KGaA)(?![\w-])"
)
# A public line named right before the number on the same line: "Zentrale der Stadtverwaltung:
# 0234 910-0", "Servicetelefon 0234 910-2345", "über die Hotline 0234 …".
_PUBLIC_CUE = re.compile(
    r"(?i:zentrale|servicecenter|service-?center|service-?telefon|service-?nummer|servicenummer"
    r"|hotline|bürgertelefon|behördennummer|info-?telefon|infoline|vermittlung|leitstelle"
    r"|notruf|telefonzentrale|kundenservice|kundencenter|beratungstelefon|sorgentelefon"
    r"|bürgerservice|pressestelle|bibliothek|bücherei|museum|theater|schwimmbad|hallenbad"
    r"|freibad|planetarium|feuerwehr|volkshochschule)"
    # Not a street named so, with its house number ("Am Theater 8, App. 31;45768;Marl;…").
    r"(?![\w-]*[ ]+[1-9]\d{0,3}[a-z]?(?!\d))[^\n]{0,40}$"
)


# Numbers of council papers and serials have a phone's shape ("Drucksache 0173/2026", "Vorlage
# Nr. 0815/2026", "ISSN 0175-9396").
# A list's further numbers too: "Die Vorlagen 0412/2025 und 0413/2025".
_DOCUMENT_NUMBER_CUE = re.compile(
    r"(?<![\w-])(?:drucksache|drucksachen|\w*vorlagen?|beschluss|issn|isbn"
    r"|pressemitteilung|pressemeldung|mitteilung|anfragen?)"
    r"(?:[ -]?(?:nr\.?|nummer))?[ \t:.#]*(?-i:[A-Z]{1,4}[ ])?"
    r"(?:\d{3,4}/(?:19|20)?\d{2}(?:,[ ]?|[ ](?:und|sowie|bis|bzw\.)[ ])){0,3}$",
    re.IGNORECASE,
)
_DOCUMENT_CUE_REACH = 60


_ROUTING_ID_CUE = re.compile(r"(?i)(?<![\w-])leitweg[- ]?(?:id|nr\.?|nummer)[ \t:.#]*$")
_DOCUMENT_NUMBER_SHAPE = re.compile(r"\d{3,4}/(?:19|20)?\d{2}|\d{4}-\d{3}[\dX]")


# A number read out digit by digit, as a voicemail's transcript writes it ("null eins sieben
# sechs zwei zwei neun …"): seven digits at least.
_DIGIT_WORD = r"(?:null|eins|zwei|zwo|drei|vier|fünf|fuenf|sechs|sieben|acht|neun)"
_DIGIT_WORDS = re.compile(rf"(?i:{_DIGIT_WORD})")
_MIN_DIGITS = 7
_MAX_DIGITS = 15
# A digit, or the letter l a scan read for a 1 when no letter follows it.
_DIGIT = r"(?:\d|l(?![^\W\d_]))"


class GermanPhoneRecognizer(StdlibPatternRecognizer):
    """``0234 123456``, ``0234/12 34 56``, ``+49 (0)234 123-456``, ``(0234) 61 62 63`` …

    Also ``+49-2302-27140``, country codes of one to three digits (``+380 50 241 4949``,
    ``+31 6 2471 5530``), numbers written in pairs, area code included (``01 75 / 98 91 45 45``,
    ``0 23 07 / 9 18 27 64``) and an en dash for the hyphen (``0151 – 20 44 87 13``). Dates
    never match: the pattern admits no dots, and a number needs 7 to 15 digits.
    """

    PATTERNS = [  # noqa: RUF012
        Pattern(
            "Phone",
            # German area codes start with 02-09, mobile prefixes with 015-017 ("0098/2026",
            # "0112/2026" are Drucksache numbers).
            # A CSV cell may follow a comma ("…,Dragana\",0234 9712245,"), a decimal not.
            r"(?<![\w./-])(?<!\d,)(?:\(0[ ]?\d(?:[ ]?\d){1,4}\)"
            r"|(?:\+\d{1,3}|00\d{2,3})[ \-]?(?:\(0\)[ ]?)?\(?\d{1,5}\)?"
            r"|0(?:1[5-7]|[2-9])\d{1,4}|0[1-9](?:[ ]\d{1,3}){1,2}"
            # Every digit of the area code spaced ("0 23 07 / 9 18 27 64"): before a separator.
            r"|0(?:[ ]\d{1,2}){2,3}(?=[ ]?[/\-–])"
            # A scan read the leading zero as a letter O ("O234 / 9 27 18 55", "O 23 27 / …").
            r"|O[ ]?(?:1[ ]?[5-7]|[2-9])(?:[ ]?\d){1,4}(?=[ ]?[/\-–]))"
            # A scan also reads a 1 as l ("3 l7 29 05"): only inside a group of digits, and
            # not before a letter (a word glued on: "0234 123456lang").
            rf"(?:[ ]?[/\-–][ ]?|[ ])?\d{_DIGIT}{{0,7}}"
            rf"(?:[ \-](?:\d|l(?=\d)){_DIGIT}{{0,5}}){{0,4}}"
            r"(?!\d|[\w.,/-]\d)",
            0.5,
        ),
        Pattern(
            "Phone in words",
            # "plus vier acht, sechs null eins, …" from abroad; "äh" between the digits.
            rf"(?<![\w-])(?:(?i:plus)[ ])?(?i:{_DIGIT_WORD})"
            rf"(?:[ ,]+(?:(?i:äh|ähm),?[ ]+)?(?i:{_DIGIT_WORD}))"
            rf"{{{_MIN_DIGITS - 1},{_MAX_DIGITS - 1}}}"
            r"(?![\w-])",
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
            name="GermanPhoneRecognizer",
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [r for r in results if not is_public_number(text, r.start, r.end)]

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = len(_DIGITS.findall(pattern_text)) or len(_DIGIT_WORDS.findall(pattern_text))
        return None if _MIN_DIGITS <= digits <= _MAX_DIGITS else False


def is_public_number(text: str, start: int, end: int) -> bool:
    """A number of an office or a company, not of a person: service prefix, switchboard, cue."""
    number = text[start:end]
    if _SERVICE_PREFIX.match(number):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    before = max(line_start, start - 60)
    cue = _PUBLIC_CUE.search(text, before, start)
    # "Zentrale 02307 148-0 · Durchwahl 02307 148-3217": the second is the writer's own line.
    if cue is not None and not _DIRECT_LINE.search(text, cue.start(), start):
        return True
    if (
        _DOCUMENT_NUMBER_SHAPE.fullmatch(number)
        and _DOCUMENT_NUMBER_CUE.search(text, max(line_start, start - _DOCUMENT_CUE_REACH), start)
        is not None
    ):
        return True
    # An authority's e-invoice routing ID ("Leitweg-ID: 05911000-40-87").
    if _ROUTING_ID_CUE.search(text, max(line_start, start - 30), start) is not None:
        return True
    # A switchboard (extension 0) of an authority named on this or the previous line ("die
    # Verwaltung der Feuerwehr\nunter 0234 9254-0"); a law firm's or a company's stays redacted.
    # A switchboard ("0234 910-0", "02365 9810-0") after an authority's or a company's name: a
    # law firm's of named partners identifies them, a customer's number may end so
    # ("0433512-0").
    if not _SWITCHBOARD.search(number):
        return False
    previous_line = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    return _AUTHORITY.search(text, max(previous_line, start - 100), start) is not None
