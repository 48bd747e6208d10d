"""Personalausweis and Reisepass numbers as really issued.

Presidio's German ID-card and passport recognizers treat the ninth character as an ICAO check
digit, but the printed document number is nine characters *without* it (the check digit only
appears in the machine-readable zone), so they reject real numbers such as the specimen
``T22000129``. Here a number is nine characters of the ICAO charset (no vowels A E I O U, no
B D Q S), starting with a letter and containing a digit, optionally followed by its check
digit; context words ("Personalausweis", "Reisepass", "Ausweisnummer") lift the score.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers.aktenzeichen_recognizer import SHAPE_ONLY_KEY
from redaction.recognizers.patterns import StdlibPatternRecognizer, cued_result

_CHARSET = "CFGHJKLMNPRTVWXYZ"
# Foreign passports and ID cards have other formats ("N012345678", "P123456", "CAX 123456",
# "12345678Z"): after a document cue, up to three words (nationality, country, "Nr."), the
# value is the next token of capitals and digits with at least five digits.
# The papers of a stay that is not (yet) a title: their numbers identify the holder. Their
# names stand before counts too ("Personen mit Duldung 12345"): a number of digits only needs
# "Nr." or a colon after them.
_STAY_PAPERS = (
    r"Fiktionsbescheinigung(?:s)?|Duldung(?:s(?:bescheinigung)?)?|Aufenthaltsgestattung(?:s)?"
    r"|Ankunftsnachweis(?:es)?|Visum(?:s)?"
)
_STAY_PAPER = re.compile(rf"(?<![\w-])(?:{_STAY_PAPERS})")
_MARKED = re.compile(r"(?i:nr|nummer|no)\b|[:#]")
# Also in the genitive ("Seriennummer des Ausweises:", "Kopie des Reisepasses") and a card
# of one's own named by its compound ("Schwerbehindertenausweis", "Dienstausweis",
# "Ausländerausweis/Passersatzpapier Nr.").
_DOCUMENT_CUE = (
    r"(?<![\w-])(?:Kinder)?(?i:reise)?(?:(?:[Pp]ass|[Pp]ersonalausweis|[Aa]usweis"
    # (A card one holds, not a term: "Flächenausweis", "Energieausweis" are none.)
    r"|(?:Schwerbehinderten|Dienst|Mitglieds|Leser|Bibliotheks|Studierenden|Studenten|Schüler"
    r"|Ausländer|Sozial|Park|Bewohnerpark|Jagd|Fischerei|Flüchtlings|Kinder|Werks|Betriebs"
    r"|Firmen|Mitarbeiter|Presse|Behinderten|Vertriebenen|Heimat|National|Flüchtlings"
    r"|Reise|Staatsangehörigkeits)ausweis)(?:es)?(?![\w])"
    r"|PASS|[Pp]assport|PASSPORT"
    r"|ID-Karte|Identitätskarte|[Ii]dentity[ ]card|NIE|DNI|Perso|Pass-?[Nn]ummer"
    rf"|Passnr\.?|Reisedokument|Passersatz(?:papier(?:e?s)?)?|Aufenthaltstitel|eAT"
    rf"|Dokumentennummer|PA(?=-N(?:r|ummer))"
    # Their own names, as people from abroad write them: Polish, Turkish, Romanian, French,
    # Italian, Spanish and Portuguese, Dutch, Ukrainian and Russian.
    r"|Dowód(?:[ ]osobisty)?|[Pp]aszport|[Nn]üfus[ ]cüzdanı|[Kk]imlik(?:[ ]kartı)?"
    r"|[Cc]arte[ ]de[ ]identitate|[Cc]arte[ ]d['’]identité|[Cc]arta[ ]d['’]identità"
    r"|[Pp]asa(?:porte|port)|[Pp]assaport[oe]|[Dd]ocumento[ ]de[ ]identidad|DNI|[Pp]aspoort"
    r"|[Пп]аспорт"
    # Albanian and Kosovar, Serbian, Croatian and Bosnian, Bulgarian, Czech, Slovak, Hungarian,
    # Romanian (older), Ukrainian: "Letërnjoftim", "Lična karta", "Лична карта".
    r"|[Ll]etërnjoftim|[Ll]i[čc]na[ ]karta|[Oo]sobna[ ]iskaznica"
    r"|[Лл]ична[ ]карта|[Oo]bčanský[ ]průkaz|[Oo]bčiansky[ ]preukaz|[Ss]zemélyi[ ]igazolvány"
    r"|[Bb]uletin[ ]de[ ]identitate|ID-картка"
    rf"|{_STAY_PAPERS})"
)
# Blanks are taken possessively: a long run of them after a cue is no value, and trying each
# split of it took quadratic time.
_AFTER_DOCUMENT_CUE = (
    rf"{_DOCUMENT_CUE}(?:[-/]?(?i:nummer|nr\.?|no\.?))?"
    # After a comma only the number's word: "Reisepass (Syrien), Nummer N 012345678" (not
    # "Personalausweis, Anträge 41235").
    r"(?:[ ]*+\([^()\n]{1,25}\)"
    r"|,[ ]++(?:Nr\.?|No\.?|Nummer|n°|Serie(?:[ ]?(?:/|und|u\.)[ ]?(?:Nr\.?|Nummer))?)"
    r"|[ ]++(?:n°|[A-ZÄÖÜ][a-zäöü]+|[A-Z]{3}(?=[ ])|der|des|von|aus|für"
    r"|Nr\.?|No\.?|Nummer|ist|lautet|war|glaub(?:e)?[ ]ich|mir|uns|mein(?:e[mnrs]?)?"
    # "Serie/Nr. TZ 518273", "Serie und Nummer".
    r"|Serie(?:[ ]?(?:/|und|u\.)[ ]?(?:Nr\.?|Nummer))?"
    r"|unser(?:e[mnrs]?)?))"
    # A form's dotted leader: "Reisepass SRB ........ 011284563".
    r"{0,4}(?:[ ]*+\.{3,}+)?[ ]*+[:#№]?[ ]*+(?:(?:\n[ ]*+)?\([ ]*+(?:Nr\.?|No\.?)?[ ]*+)?"
)
# The value; a number of digits may go on in groups or after a hyphen ("1234 5678 90",
# "2024-05123").
_DOCUMENT_VALUE = re.compile(
    rf"{_AFTER_DOCUMENT_CUE}"
    # A year and a count are no number: "Schwerbehindertenausweis 2025 41235", "Gebühr 2026:".
    r"(?!(?:19|20)\d{2}(?:[ :]|$))"
    r"(?P<value>(?=(?:[A-Z ]{0,4})?\d)(?=(?:\D{0,4}\d){5})[A-Z]{0,3}[ ]?[0-9][0-9A-Z]{3,11}"
    r"(?:-\d{2,8}|(?:[ ]\d{2,6}(?![\w.,/-])){1,3})?"
    r"|[A-Z]{1,3}[0-9][0-9A-Z]{4,11}"
    # OCR put O and l among the digits: "AYN 5l2937", "EA 3O88417".
    r"|[A-Z]{1,3}[ ]?\d(?=(?:[0-9Ol]*\d){3})[0-9Ol]{5,9})(?![\w/-])"
)

# A German card's number written in groups, as read off the card aloud ("C4J9 K1LM 2",
# "T22 000 129"): nine characters of the charset (ten with the check digit), counted in code.
_GROUPED_NUMBER = re.compile(
    rf"{_AFTER_DOCUMENT_CUE}"
    rf"(?P<value>[{_CHARSET}][{_CHARSET}0-9]{{0,4}}(?:[ ][{_CHARSET}0-9]{{1,5}}){{1,4}})(?![\w-])"
)
_GROUPED_LENGTHS = (9, 10)
# A document named earlier in the same paragraph, not right before the number: "Fiktions-
# bescheinigung nach § 81 Abs. 4 AufenthG, Nr. M0T5R27KC", "eAT: a) Y4RN7C0G2  b) …", "auf der
# Kopie steht als Nummer l6m0rz4c7".
_NEARBY_DOCUMENT = re.compile(
    r"(?<![\w-])(?:(?i:(?:kinder|national)?(?:reise)?pass(?:es|nummer|nr|ersatz|kopie|daten)?"
    r"|(?:personal)?ausweis(?:es|nummer|nr|kopie|daten|dokument)?|personalausweis\w*"
    r"|fiktion(?:sbescheinigung\w*)?|duldung(?:s(?:bescheinigung|nummer|nr))?"
    r"|aufenthalts(?:titel|gestattung|erlaubnis|karte)\w*|niederlassungserlaubnis\w*|visum"
    r"|dokumentennummer|perso|id-karte|identitätskarte|passport|pa-(?:nummer|nr))|eAT)(?![\w])"
)
_NEARBY_WINDOW = 200
# Numbers written in lower case, as people copy them into forms and mails: a German card's
# ("l6m0rz4c7", "lz1 h7p 30x2"), a passport's letter and digits ("u09144820").
_LOWER_CHARSET = _CHARSET.lower()
_LOWER_NUMBER = re.compile(
    rf"(?<![\w=/?&.-])(?P<value>[{_LOWER_CHARSET}][{_LOWER_CHARSET}0-9]{{0,4}}"
    rf"(?:[ ]?[{_LOWER_CHARSET}0-9]{{1,5}}){{1,4}}|[a-z]{{1,2}}\d{{6,9}})(?![\w-])"
)
_MIN_DIGITS = 2
_LOWER_PASSPORT = re.compile(r"[a-z]{1,2}\d{6,9}")

_AFTER_SHORT_NAME = "ID document after its short name"
_IT_TICKET = re.compile(r"(?:CHG|RFC|PRB|TKT|TCK|CR|WO)\d")


_CUE_SCORE = 0.7
_RECOGNIZER = "IdDocumentRecognizer"


def _count_after_paper(match: re.Match[str]) -> bool:
    """Digits after a stay paper's name without "Nr." or a colon: a count ("mit Duldung
    12345"), no number of a paper."""
    cue = match.string[match.start() : match.start("value")]
    value = match["value"].replace(" ", "").replace("-", "")
    return bool(_STAY_PAPER.match(cue)) and value.isdigit() and not _MARKED.search(cue)


def _document_nearby(text: str, start: int) -> bool:
    """A document is named before ``start`` in the same paragraph."""
    before = text[max(0, start - _NEARBY_WINDOW) : start]
    paragraph = before[before.rfind("\n\n") + 1 :]
    return _NEARBY_DOCUMENT.search(paragraph) is not None


def _same_shape_after(text: str, value: str, end: int) -> list[tuple[int, int]]:
    """Numbers of the same shape later on the value's line, a list's further members ("von
    mir: CT 774019, von meiner Frau: CT 802551")."""
    line_end = text.find("\n", end)
    stop = min(end + _SAME_SHAPE_REACH, len(text) if line_end < 0 else line_end)
    shape = "".join(
        "[A-Z]" if char.isupper() else r"\d" if char.isdigit() else re.escape(char)
        for char in value
    )
    same = re.compile(rf"(?<![\w-]){shape}(?![\w-])")
    return [match.span() for match in same.finditer(text, end, stop)]


_SAME_SHAPE_REACH = 80


def _lower_number(value: str) -> bool:
    """A number in lower case: a card's nine or ten characters with two digits and two letters
    at least, or a passport's letters and digits ("u09144820")."""
    number = value.replace(" ", "")
    if _LOWER_PASSPORT.fullmatch(value):
        return True
    digits = sum(char.isdigit() for char in number)
    # Each group holds a digit: "nr 123 4567" is a room's number after its label.
    if any(group.isalpha() for group in value.split()):
        return False
    return (
        len(number) in _GROUPED_LENGTHS
        and number[0] in _LOWER_CHARSET
        and _MIN_DIGITS <= digits <= len(number) - _MIN_DIGITS
    )


def icao_check_digit(value: str) -> int:
    """ICAO 9303 check digit (weights 7, 3, 1; letters A=10 … Z=35)."""
    total = 0
    for index, char in enumerate(value):
        number = int(char) if char.isdigit() else ord(char) - 55
        total += number * (7, 3, 1)[index % 3]
    return total % 10


class IdDocumentRecognizer(StdlibPatternRecognizer):
    """German ID card and passport numbers (``L01X00T47``, ``C01X00T47``, ``T22000129``)."""

    PATTERNS = [  # noqa: RUF012 - Presidio convention: data in class attributes
        Pattern(
            "ID document number",
            rf"\b[{_CHARSET}](?=[{_CHARSET}0-9]{{8}})(?=[^\s]*\d)[{_CHARSET}0-9]{{8}}\d?\b",
            0.35,
        ),
        # After the offices' short names of the documents: "PA T22K0RLC7", "RP C4J9K1LM2",
        # "vPA …" (a temporary card).
        Pattern(
            _AFTER_SHORT_NAME,
            r"(?:(?<=(?<![\w-])PA[ ])|(?<=(?<![\w-])RP[ ])"
            r"|(?<=(?<![\w-])vPA[ ])|(?<=(?<![\w-])vRP[ ]))"
            rf"[{_CHARSET}](?=[{_CHARSET}0-9]{{8}})(?=[^\s]*\d)[{_CHARSET}0-9]{{8}}\d?\b",
            0.7,
        ),
    ]
    CONTEXT = [  # noqa: RUF012
        "personalausweis",
        "personalausweisnummer",
        "ausweis",
        "ausweisnummer",
        "reisepass",
        "reisepassnummer",
        "passnummer",
        "pass",
        "dokumentennummer",
        "ausweisdokument",
        "identitätsnachweis",
        "passport",
        "perso",
        "ausweisnr",
        "passnr",
        # A residence card's number: "eAT, Kartennummer LH7W2X9C4". (Presidio matches context
        # words inside words: "nummer" would lift a smoke detector's "Seriennummer".)
        "kartennummer",
        "aufenthaltserlaubnis",
        "niederlassungserlaubnis",
        "aufenthaltstitel",
    ]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="DE_ID_DOCUMENT",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            name=_RECOGNIZER,
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for result in results:
            explanation = result.analysis_explanation
            if explanation is not None and explanation.pattern_name == _AFTER_SHORT_NAME:
                continue
            if result.score < _CUE_SCORE and _document_nearby(text, result.start):
                result.score = _CUE_SCORE
            else:
                result.recognition_metadata[SHAPE_ONLY_KEY] = True
        values = [
            match.span("value")
            for match in _DOCUMENT_VALUE.finditer(text)
            if not _count_after_paper(match)
        ]
        values += [
            match.span("value")
            for match in _LOWER_NUMBER.finditer(text)
            if _lower_number(match["value"]) and _document_nearby(text, match.start())
        ]
        for match in _GROUPED_NUMBER.finditer(text):
            number = match["value"].replace(" ", "")
            if len(number) in _GROUPED_LENGTHS and any(char.isdigit() for char in number):
                values.append(match.span("value"))
        values += [
            same
            for start, end in list(values)
            for same in _same_shape_after(text, text[start:end], end)
        ]
        # The cue is part of the match: no context word needs to lift it.
        results += [
            cued_result("DE_ID_DOCUMENT", span, 0.8, (_RECOGNIZER, self.id), "document cue")
            for span in values
        ]
        return results

    def validate_result(self, pattern_text: str) -> bool | None:
        # IT service tickets and changes share the charset ("CHG0031850").
        if _IT_TICKET.match(pattern_text):
            return False
        # With the MRZ check digit appended and correct, it is certainly a document number.
        if len(pattern_text) == 10 and icao_check_digit(pattern_text[:9]) == int(pattern_text[9]):
            return True
        return None
