"""Postal codes abroad with their town: "34710 İstanbul", "80-180 Gdańsk", "3511 NT Utrecht".

Reported as ``FOREIGN_POSTCODE`` (token ``ORT_AUSLAND``), apart from German PLZ and towns, for
the same reason as ``ForeignStreetRecognizer``.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers.noun_lexicon import is_lexicon_noun
from redaction.recognizers.patterns import StdlibPatternRecognizer
from redaction.recognizers.plz_city_recognizer import NOT_PLACES

# A town abroad: capitals and letters of every Latin script ("İstanbul", "Łódź", "Gdańsk").
_TOWN_ABROAD = r"[A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]+(?:[- ][A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]+)?"
# Words after a number that start no town: a salutation, a label.
# "HRB 14412 AG Bochum": a register's court, no town abroad.
_NO_TOWN = r"(?:Herrn?|Frau|Tel|Fax|Telefon|Mobil|Nr|Uhr|AG|Amtsgericht)(?![\w])"
# Countries whose postal codes have four digits.
_FOUR_DIGIT_COUNTRIES = (
    r"(?:Austria|Österreich|Schweiz|Switzerland|Suisse|Svizzera|Belgien|Belgium|Belgique"
    r"|Dänemark|Denmark|Danmark|Norwegen|Norway|Norge|Ungarn|Hungary|Magyarország|Slowenien"
    r"|Slovenia|Luxemburg|Luxembourg|Liechtenstein|Niederlande|Netherlands|Nederland|Zypern"
    r"|Cyprus|Bulgarien|Bulgaria|Australien|Australia)(?![\w])"
)
# What ends a town abroad: the line, a comma (the country or district follows), a bracket, a
# CSV cell's quote or a table's bar, or a sentence's full stop.
_TOWN_END = r"(?=[ \t]*(?:$|[,;)(/\"|]|\.(?:[ \t]|$)))"


class ForeignPostcodeRecognizer(StdlibPatternRecognizer):
    """A postal code abroad with its town."""

    PATTERNS = [  # noqa: RUF012
        # Postal codes abroad, where families, heirs and applicants for certificates live:
        # Turkish and others with five digits ("34728 İstanbul"), Polish "80-180 Gdańsk",
        # Dutch "3511 NT Utrecht", Romanian six digits "200417 Craiova", and a country
        # prefix ("A-1010 Wien", "CH-8001 Zürich").
        Pattern(
            "Postal code abroad",
            # Not the last digits of a phone number ("Tel. 0234 676390 Herr Meier").
            r"(?<![\w.,/-])(?<!\d[ ])(?:\d{5}|\d{2}-\d{3}|\d{4}[ ]?[A-Z]{2}|\d{6}"
            # Luxembourg's and Belgium's "L-1628 Luxembourg", "B-1000 Bruxelles" too.
            r"|(?:A|CH|NL|PL|TR|RO|BG|HR|CZ|SK|HU|SI|DK|LU|L|FR|F|I|IT|ES|GR|PT|BE|B|SE|FI|NO|LV"
            r"|LT|EE)-\d{4,5})"
            # With its province after a slash: "34710 Kadıköy/İstanbul".
            rf"[ ]+(?!{NOT_PLACES}|{_NO_TOWN}){_TOWN_ABROAD}"
            rf"(?:[ ]?/[ ]?(?!{_NO_TOWN}){_TOWN_ABROAD})?{_TOWN_END}",
            # Below a German PLZ's score: where both match ("44787 Bochum") the German wins.
            0.65,
        ),
        # Four digits (Austria, Switzerland, Belgium, Denmark …) are a year or a count as often:
        # only before the country's name, or on the line below a street and house number
        # ("Anichstraße 12\n    6020 Innsbruck"), where no German PLZ has four digits.
        Pattern(
            "Four-digit postal code abroad",
            r"(?<![\w.,/-])(?:(?:(?<=[a-zäöüß.][ ]\d{1,4}[a-zA-Z]?(?:/\d{1,4})?[ \t]*\n[ \t]*)"
            # Or after the street on the same line: "Mariahilfer Straße 88/2/14, 1070 Wien".
            r"|(?<=(?i:straße|strasse|gasse|weg|platz|allee|ring|str\.|zeile|damm|ufer|markt"
            r"|steig|hof|berg|kai|lände)[ ]\d{1,4}[a-zA-Z]?(?:/\d{1,4}){0,3},[ ]))"
            r"(?<!(?:Seite|Seiten|Anlage|Blatt|Punkt|Kapitel|Raum|Zimmer|Nr\.)"
            r"[ ]\d{1,4}[ \t]*\n[ \t]*)"
            rf"\d{{4}}[ ]+(?!{NOT_PLACES}|{_NO_TOWN}){_TOWN_ABROAD}{_TOWN_END}"
            rf"|\d{{4}}[ ]+(?!{NOT_PLACES}|{_NO_TOWN}){_TOWN_ABROAD}"
            rf"(?=,?[ ]+{_FOUR_DIGIT_COUNTRIES}))",
            0.65,
        ),
        # British and Canadian postcodes have a shape of their own ("BN2 1JE", "M5S 1G5"); with
        # the town before them and a province or state in between ("Toronto, ON M5S 1G5",
        # "Madison, WI 53703").
        Pattern(
            "English-speaking postcode with town",
            rf"(?<![\w-]){_TOWN_ABROAD},?[ ](?:[A-Z]{{2}}[ ])?"
            r"(?:[A-Z]{1,2}\d[A-Z\d]?[ ]\d[A-Z]{2}|[A-Z]\d[A-Z][ ]\d[A-Z]\d)(?![\w])"
            rf"|(?<![\w-]){_TOWN_ABROAD},[ ][A-Z]{{2}}[ ]\d{{5}}(?:-\d{{4}})?(?![\w])",
            0.65,
        ),
    ]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="FOREIGN_POSTCODE",
            patterns=self.PATTERNS,
            name="ForeignPostcodeRecognizer",
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [r for r in results if not _counted(text[r.start : r.end])]


_TOWN_WORD = re.compile(r"(?<![\w-])\d[\d -]*[ ]+(?:[A-Z]{2}[ ]+)?(?P<town>[^\W\d_][\w-]*)")


def _counted(hit: str) -> bool:
    """A number and a noun: a count ("500000 Anfragen", "10-120 Objekte"), no postcode."""
    town = _TOWN_WORD.match(hit)
    return town is not None and is_lexicon_noun(town.group("town"))
