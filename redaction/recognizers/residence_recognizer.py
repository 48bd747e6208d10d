"""Towns where a person lives or lived: ``wohnhaft in Recklinghausen``, ``Wohnort: Herne``,
``zieht aus Castrop-Rauxel zu``, ``Wegzug nach Antalya``.

Without a postcode the PLZ recognizer never sees a town, and a town of residence narrows a
person down as much as their street. Only towns after a cue of living or moving are taken:
a town in a sentence about an event, an office or a firm stays readable. Reported as
``LOCATION``; the cue stays readable.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers.birthplace_recognizer import NOT_TOWNS, TOWN
from redaction.recognizers.noun_lexicon import is_lexicon_noun
from redaction.recognizers.values import ValuePatternRecognizer

# Words that may stand between the verb and "in": "wohnt seit März in", "wohne noch in".
_BETWEEN = (
    r"(?:[ ](?:seit|noch|jetzt|nun|derzeit|zurzeit|aktuell|bereits|schon|mittlerweile"
    r"|inzwischen|zusammen|gemeinsam|wieder|dauerhaft|weiterhin|ab|dem|März|Januar|Februar"
    r"|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|\d{1,2}\.\d{1,2}\.(?:\d{2,4})?"
    r"|\d{4}|Jahren|Monaten|kurzem|Kurzem)){0,3}"
)
_LIVES = (
    r"(?i:wohnhaft|wohne|wohnt|wohnen|wohnte|wohnten|lebe|lebt|leben|lebte|lebten"
    r"|ansässig|gemeldet)"
)
_MOVES_FROM = r"(?i:zieht|ziehen|ziehe|zog|zogen|zugezogen|Zuzug|Umzug|umgezogen)"
_MOVES_TO = (
    r"(?i:verzogen|Wegzug|Umzug|umgezogen|zieht|ziehen|ziehe|zog|zogen|Abmeldung|abgemeldet"
    r"|ausgewandert|Rückkehr|zurückgekehrt)"
)


# Countries of origin or destination are no one's address ("Umzug nach Polen").
_COUNTRIES_TEXT = """
Polen Syrien Türkei Ukraine Rumänien Bulgarien Italien Spanien Frankreich Griechenland Russland
Afghanistan Irak Iran Eritrea Nigeria Ghana Vietnam China Kosovo Albanien Serbien Kroatien
Bosnien Österreich Schweiz Niederlande Holland Belgien Dänemark Schweden Norwegen Finnland
Portugal Marokko Tunesien Ägypten Somalia Äthiopien Indien Pakistan Georgien Armenien Kasachstan
Libanon Amerika USA Kanada Brasilien England Großbritannien Irland Ungarn Tschechien Slowakei
Slowenien Litauen Lettland Estland Moldau Belarus Weißrussland Jemen Sudan Kamerun Gambia Guinea
Senegal Mali Kongo Algerien Libyen Europa Nordmazedonien Montenegro Luxemburg Japan Korea
Thailand Philippinen Indonesien Mexiko Kolumbien Peru Argentinien Chile Venezuela Kuba Israel
Palästina Jordanien Kurdistan Tschetschenien
"""
_COUNTRIES = frozenset(_COUNTRIES_TEXT.split())


class ResidenceRecognizer(ValuePatternRecognizer):
    """A town after a cue of living there or moving from or to it."""

    PATTERNS = [  # noqa: RUF012
        Pattern(
            "Town after living in",
            rf"(?<![\w-]){_LIVES}{_BETWEEN}[ ]in[ ](?!{NOT_TOWNS}){TOWN}",
            0.7,
        ),
        Pattern(
            "Town after a residence label",
            r"(?<![\w-])(?i:wohnort|wohnsitz|letzter[ ]wohnort|bisheriger[ ]wohnort"
            rf"|früherer[ ]wohnort)[ \t]*(?::|\t)[ \t]*(?!{NOT_TOWNS}){TOWN}",
            0.8,
        ),
        Pattern(
            "Town moved from",
            rf"(?<![\w-]){_MOVES_FROM}{_BETWEEN}[ ](?i:aus|von)[ ](?!{NOT_TOWNS}){TOWN}",
            0.7,
        ),
        Pattern(
            "Town moved to",
            rf"(?<![\w-]){_MOVES_TO}{_BETWEEN}[ ](?i:nach)[ ](?!{NOT_TOWNS}){TOWN}",
            0.7,
        ),
    ]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="LOCATION",
            patterns=self.PATTERNS,
            name="ResidenceRecognizer",
            flags=re.MULTILINE,
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        # "lebt in Armut": a noun is no town; a country is no address.
        return [
            r
            for r in results
            if not is_lexicon_noun(first := text[r.start : r.end].split()[0])
            and first not in _COUNTRIES
        ]
