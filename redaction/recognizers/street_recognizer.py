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
# A letter suffix only as a word of its own ("5a", "5 a"), never the first letter of the next
# word ("112 in Bochum"), so spans end on the number.
_NUMBER = r"\d{1,4}(?:[ ]?[a-zA-Z](?![\w]))?(?:[ ]?[-/][ ]?\d{1,4}(?:[a-zA-Z](?![\w]))?)?(?![\w])"
# A word before the street's own name must be an adjective ("Alte Bahnhofstraße", "Alte
# Bochumer Straße"), not a noun that happens to stand there ("Adresse Kortumstraße").
_ADJECTIVE = (
    rf"(?:(?:Alte|Neue|Große|Kleine|Obere|Untere|Hohe|Lange|Kurze|Breite|Hintere|Vordere|Innere"
    rf"|Äußere|Mittlere|Sankt|St\.)[rn]?|[{_UPPER}][a-zäöüß]+(?:er|sche[rn]?|ische[rn]?))"
)
# Words after "Im", "Am", "Zum" … that make a date, a room or a section, not a street.
_NOT_STREET_NAMES = (
    "Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
    "|Jahre?|Jahres|Monat|Quartal|Halbjahr|Sommer|Winter|Herbst|Frühjahr|Frühling|Vorjahr"
    "|Zeitraum|Alter|Zimmer|Raum|Saal|Büro|Gebäude|Haus|Stock|Geschoss|Erdgeschoss|Obergeschoss"
    "|Untergeschoss|Keller|Flur|Anlage|Abschnitt|Absatz|Kapitel|Punkt|Teil|Fall|Rahmen|Bereich"
    "|Durchschnitt|Wert|Betrag|Umfang|Bus|Zug|Linie|Gleis|Bahnsteig|Termin|Schreiben|Antrag"
    "|Bescheid|Vertrag|Paragraphen?|Artikel|Tarif|Umkreis|Radius|Minuten|Stunden|Tagen"
)


class StreetRecognizer(PatternRecognizer):
    """Street names with a house number; a number is required to keep place names readable."""

    PATTERNS = [  # noqa: RUF012
        Pattern(
            "Street with suffix",
            rf"(?<![\w-])(?:{_ADJECTIVE}[ ])?(?:{_WORD}-)*{_WORD}{_SUFFIX}[ ]+{_NUMBER}",
            0.85,
        ),
        Pattern(
            "Street separate",
            rf"(?<![\w-])(?:{_ADJECTIVE}[ ])?{_WORD}[ -]{_SEPARATE}[ ]+{_NUMBER}",
            0.85,
        ),
        # Informal mail in lower case ("gartenstraße 5"): only with an unmistakable suffix.
        Pattern(
            "Street in lower case",
            rf"(?<![\w-])[a-zäöüß]{{3,}}(?:-[a-zäöüß]+)*(?:straße|strasse|str\.|allee|gasse)"
            rf"[ ]+{_NUMBER}",
            0.6,
        ),
        Pattern(
            "Street with prefix",
            rf"(?<![\w-]){_PREFIX}[ ]+(?!(?:{_NOT_STREET_NAMES})(?![\w-])){_WORD}(?:[ -]{_WORD})?"
            rf"[ ]+{_NUMBER}",
            0.75,
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
