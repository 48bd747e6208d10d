"""Street and house number: ``Hattinger Straße 112``, ``Am Kortländer 5a``, ``Westring 3-5``."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer

_UPPER = "A-ZÄÖÜ"
_WORD = rf"[{_UPPER}][a-zäöüß]+(?:-[{_UPPER}]?[a-zäöüß]+)*"
_SUFFIX = (
    r"(?:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|steig|pfad|markt"
    r"|hof|berg|feld|wall|kamp|tal|winkel|stieg|graben|promenade|brücke|garten|höhe|park)"
)
_SEPARATE = (
    r"(?:Straße|Strasse|Str\.|Weg|Allee|Platz|Gasse|Ring|Damm|Ufer|Chaussee|Steig|Pfad|Markt"
    r"|Hof|Berg|Feld|Wall|Kamp|Tal|Winkel|Promenade|Garten|Höhe|Park)"
)
_PREFIX = (
    r"(?:Am|An der|An den|An dem|Auf der|Auf dem|Auf den|Im|In der|In den|Zum|Zur|Hinter der"
    r"|Hinter dem|Unter den|Vor dem|Bei der|Alte|Alter|Neue|Neuer|Große|Großer|Kleine|Kleiner)"
)
_NUMBER = r"\d{1,4}[ ]?[a-zA-Z]?(?:[ ]?[-/][ ]?\d{1,4}[a-zA-Z]?)?\b"


class StreetRecognizer(PatternRecognizer):
    """Street names with a house number; a number is required to keep place names readable."""

    PATTERNS = [  # noqa: RUF012
        Pattern("Street with suffix", rf"\b(?:{_WORD}[ -])*{_WORD}{_SUFFIX}[ ]+{_NUMBER}", 0.85),
        Pattern(
            "Street separate",
            rf"\b(?:{_WORD}(?:er|sche[rn]?)?[ -]){{1,2}}{_SEPARATE}[ ]+{_NUMBER}",
            0.85,
        ),
        Pattern(
            "Street with prefix", rf"\b{_PREFIX}[ ]+{_WORD}(?:[ -]{_WORD})?[ ]+{_NUMBER}", 0.75
        ),
    ]
    CONTEXT = ["wohnhaft", "anschrift", "adresse", "straße", "wohnung"]  # noqa: RUF012

    def __init__(self) -> None:
        super().__init__(
            supported_entity="STREET_ADDRESS",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language="de",
            global_regex_flags=re.MULTILINE,
            name="StreetRecognizer",
        )
