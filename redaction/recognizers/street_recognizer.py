"""Street and house number: ``Hattinger Straße 112``, ``Am Kortländer 5a``, ``Westring 3-5``.

Forms split the address over two fields ("Straße: Bahnhofstr." and "Hausnummer: 8"): after
such a label the value is a street without a number, and the house number is tagged on its own.
Suffixes are also matched as OCR misreads them ("Alleestrafse", "Querenburger Höbe").
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.lang.de.stop_words import STOP_WORDS

from redaction.recognizers.dictated_number_recognizer import NUMBER_WORD
from redaction.recognizers.foreign_street_recognizer import FOREIGN_AFTER, FOREIGN_BEFORE
from redaction.recognizers.noun_lexicon import is_lexicon_noun
from redaction.recognizers.patterns import (
    WORD_START,
    StdlibPatternRecognizer,
    written_in_lower_case,
)
from redaction.recognizers.person_recognizer import LABEL_SEPARATOR, ocr_tolerant
from redaction.recognizers.plz_city_recognizer import NOT_PLACES
from redaction.recognizers.values import narrow_to_values

_UPPER = "A-ZÄÖÜ"
# Repetitions are bounded: a long chain of words ("Aa-Aa-Aa-…") must not make the search
# quadratic.
_WORD = rf"[{_UPPER}][a-zäöüß]+(?:-[{_UPPER}]?[a-zäöüß]+){{0,4}}"
_SUFFIX = (
    # "Blumenstr 12": the abbreviation without its dot, a house number after it.
    r"(?:straße|strasse|strafse|str\.|str(?=[ ]\d)|weg|allee|platz|gasse|ring|damm|ufer|chaussee"
    r"|steig|pfad|markt"
    r"|hof|berg|feld|wall|kamp|tal|winkel|stieg|graben|promenade|brücke|garten|höhe|park)"
)
_SEPARATE = (
    r"(?:Straße|Strasse|Strafse|Str\.|Weg|Allee|Platz|Gasse|Ring|Damm|Ufer|Chaussee|Steig|Pfad"
    r"|Markt|Hof|Berg|Feld|Wall|Kamp|Tal|Winkel|Promenade|Garten|H[öo][hb]e|Park"
    # Typed in a hurry: "Ückendorfer str 201".
    r"|str\.?|straße)"
)
_PREFIX = (
    r"(?:Am|An der|An den|An dem|Auf der|Auf dem|Auf den|Im|In der|In den|Zum|Zur|Hinter der"
    r"|Hinter dem|Unter den|Vor dem|Bei der|Alte|Alter|Neue|Neuer|Große|Großer|Kleine|Kleiner)"
)
# A letter suffix only as a word of its own ("5a", "5 a"), never the first letter of the next
# word ("112 in Bochum"), so spans end on the number.
# A scan may read a 0 as O or a 1 as l between digits ("2O4").
# No house number of four digits starts with a zero: "Anrufer 0234 5879321" is a phone number
# after a word that ends like a street ("-ufer"); "Hauptstraße 05" is a house number.
_NUMBER = (
    # ("12 C/O KIOSK": c/o is no house letter.)
    # Not a month and a year ("Havkenscheider Straße    01/2027" in a fleet list).
    r"(?!0\d{3}|\d{1,2}/(?:19|20)\d\d(?!\d))\d(?:[Ol]?\d){0,3}(?:[ ]?[a-zA-Z](?![\w]|/[A-Za-z]))?"
    # Not a time: a timetable's "Heinrich-Heine-Allee    0:19".
    r"(?:[ ]?[-/–][ ]?\d{1,4}(?:[a-zA-Z](?![\w]))?)?(?![\w]|[:.]\d)"
)
# Where in the house: "Hinterhaus", "2. OG links", "Whg. 12" after the number belong to the
# address (they narrow it down to one household).
_FLOOR = (
    r"(?:\d{1,2}\.?[ ]?(?:OG|UG|Obergeschoss|Untergeschoss|Etage|Stock|Stockwerk)|EG|DG|OG|UG"
    r"|Erdgeschoss|Dachgeschoss|Hochparterre|Parterre|Souterrain)"
    r"(?:[ ](?:links|rechts|li\.|re\.|Mitte|mitte|vorne|hinten))?"
)
_UNIT = (
    rf"(?:{_FLOOR}|Hinterhaus|Vorderhaus|Seitenflügel|Gartenhaus|Hinterhof|Rückgebäude"
    r"|(?:App\.|Apt\.|Whg\.|Wohnung|Wohnungs-Nr\.|Zi\.|Zimmer)[ ]?(?:Nr\.[ ]?)?\d{1,4}[a-z]?"
    r"|WG-Zimmer(?:[ ]\d{1,4})?)"
    r"(?![\w-])"
)
# After a comma, a slash or in brackets: "Karl-Marx-Allee 55 / Hinterhaus", "61 (Hinterhaus)".
_UNITS = rf"(?:(?:,|[ ]/)?[ ]{_UNIT}|[ ]\({_UNIT}\)){{0,3}}"
# The same in informal lower case ("hinterhaus 2. stock").
_LOWER_UNITS = rf"(?:,?[ ](?i:{_UNIT})){{0,3}}"
_UNITS_AT_END = re.compile(rf"(?:,?[ ]{_UNIT})+$")


def without_units(address: str) -> str:
    """The street and house number of a redacted address without where in the house
    ("Lützowstraße 18, 2. OG links" → "Lützowstraße 18"): the postal form of the address."""
    return _UNITS_AT_END.sub("", address)


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
    "|Bezirk|Stadtbezirk|Stadtteil|Ortsteil|Wahlbezirk|Wochenende|Abend|Morgen|Vormittag"
    "|Nachmittag|Mittag|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Tag|Ende"
    "|Anfang"
)

# A count, a share or an amount after the number: no house number ("Vorquartal 64 Prozent",
# "Vorjahresquartal 1.197").
_NO_COUNT = (
    r"(?![ ]?(?:%|Prozent|Euro|EUR|€|Stellen|Personen|Mal|mal|Jahre|Jahren|Monate|Monaten"
    r"|Wochen|Tage|Tagen|Stunden|Minuten|Plätze|Kinder|Fälle|Anträge|Stück)(?![\w-])|\.\d{3})"
)
# Nouns that end like a street but are none, before a year or a count ("4. Quartal 2025",
# "Fuhrpark 140", "Arbeitsmarkt 2026").
_NOT_STREETS = (
    r"(?:Quartal|Portal|Kapital|Hospital|Spital|Intervall|Arbeitsmarkt|Binnenmarkt|Wohnungsmarkt"
    r"|Fuhrpark|Maschinenpark|Umfeld|Vorfeld|Spielfeld|Aufgabenfeld|Tätigkeitsfeld|Handlungsfeld"
    r"|Arbeitsfeld|Berufsfeld|Themenfeld|Geschäftsfeld|Vorjahr|Weihnachtsmarkt|Wochenmarkt"
    r"|Flohmarkt|Trödelmarkt|Bauernmarkt|Adventsmarkt|Ostermarkt|Stellenmarkt|Baufeld)"
)

# The same nouns at the end of a compound ("Vorquartal 64", "Vorjahresquartal 1"), checked
# after the match (a look-ahead over every word cost the pattern a third of its time).
_NOT_STREET_COMPOUND = re.compile(rf"[\w-]*(?i:{_NOT_STREETS})[ ]")

# Words with a number that head a line of a letter but name no street ("Seite 2", "Anlage 3").
_NOT_BLOCK_WORDS = (
    "Seite|Seiten|Blatt|Anlage|Anlagen|Nr|Nummer|Postfach|Fach|Tor|Kasse|Schalter|Stand|Vordruck"
    "|Formular|Version|Hausnummer|Etage|Eingang|Ebene|Bezirk|Stadtbezirk|Los|Stufe|Gruppe|Kosten"
    "|Euro|Summe|Betrag|Punkt|Position|Pos"
)
_CAPS_PREFIX = (
    r"(?:AM|AN[ ]DER|AN[ ]DEN|AUF[ ]DEM|AUF[ ]DER|IM|IN[ ]DER|ZUM|ZUR|ALTE[RN]?|NEUE[RN]?)"
)
_CAPS_SUFFIX = (
    r"(?:STRASSE|STRAßE|STR\.|STR(?=[ ]+\d)|WEG|ALLEE|PLATZ|GASSE|RING|DAMM|UFER|CHAUSSEE|PFAD"
    r"|MARKT|WALL"
    r"|KAMP|GRABEN|PROMENADE)"
)
# What follows the street in an address block: a comma or a line break, then a PLZ and a town.
_BLOCK_TAIL = rf"(?=[ \t]*(?:,[ \t]*|\n[ \t]*)(?:D-)?\d{{5}}[ ]+(?!{NOT_PLACES})[{_UPPER}])"
_WORD_BEFORE = re.compile(r"([^\W\d_][\w-]*)[ ]$")
_BLOCK_TOWN = re.compile(r"[ \t]*(?:,[ \t]*|\n[ \t]*)(?:D-)?\d{5}[ ]+([^\W\d_][\w-]*)")

# "Straße:", "Straße, Hausnummer |", "Strafse ......." at the start of a form line.
_STREET_LABEL = (
    rf"^[ \t]*(?i:{ocr_tolerant('straße')}|stra(?:ss|fs)e|str\.|anschrift|adresse|wohnanschrift)"
    rf"(?:[ ]?(?:,|/|und)[ ]?(?i:{ocr_tolerant('hausnummer')}|hausnr\.?|nr\.))?{LABEL_SEPARATOR}"
)
_HOUSE_NUMBER_LABEL = (
    rf"^[ \t]*(?i:{ocr_tolerant('hausnummer')}|hausnr\.?|haus-nr\.?){LABEL_SEPARATOR}"
)
# The value after a street label: capitalised words (a prefix such as "Zur" included), an
# optional number; the line, a comma or, after a house number, the gap before a form's next
# field on the same line ("Straße: AM STADTGARTEN 14   PLZ/Ort: …") ends it.
_STREET_VALUE = (
    rf"(?P<value>(?:{_PREFIX}[ ]+)?[{_UPPER}][\w.'-]*(?:[ -][{_UPPER}][\w.'-]*){{0,3}}"
    rf"(?:[ ]+{_NUMBER})?)(?=[ \t]*(?:$|,|\|)|(?:(?<=\d)|(?<=\d[a-zA-Z]))(?:[ ]{{2,}}|\t))"
)


# Between street and number: spaces, or a line break where the letter wrapped when a PLZ
# follows the number ("Lindenstraße\n12, 44787 Bochum"; not "Hauptstraße\n2026, 2027").
_TO_NUMBER = r"(?:[ ]+|[ ]*\n[ ]*(?=\d{1,4}[a-zA-Z]?,[ ]*\n?[ ]*(?:D-)?\d{5}(?!\d)))"


_WORD_AFTER = re.compile(r"[ ]+([^\W\d_]{2,})")
_NUMBER_WORD_RE = re.compile(rf"(?i:{NUMBER_WORD})")
_PLACE_WITHOUT_SUFFIX = re.compile(r"(?:am|an[ ]der|im|auf[ ]dem|in[ ]der)[ ]")
_HOME_CUE = re.compile(
    r"(?i)(?<![\w-])(?:wohne|wohnt|wohnen|wohnhaft|adresse|anschrift|umgezogen|gezogen)(?![\w-])"
)
_HOME_CUE_REACH = 40
# Words after a house number that the lexicon also knows as nouns ("das Ist").
_NOT_NOUNS_AFTER = frozenset(("ist", "sind", "war", "soll", "muss", "haben", "hat", "wird"))


class StreetRecognizer(StdlibPatternRecognizer):
    """Street names with a house number; a number is required to keep place names readable."""

    PATTERNS = [  # noqa: RUF012
        Pattern(
            "Street with suffix",
            rf"(?<![\w-])(?:{_ADJECTIVE}[ ])?(?!{_NOT_STREETS}[ ])(?:{_WORD}-){{0,3}}{_WORD}"
            rf"{_SUFFIX}{_TO_NUMBER}{_NUMBER}{_NO_COUNT}{_UNITS}",
            0.85,
        ),
        Pattern(
            "Street separate",
            rf"(?<![\w-])(?:{_ADJECTIVE}[ ])?{_WORD}[ -]{_SEPARATE}{_TO_NUMBER}{_NUMBER}{_NO_COUNT}"
            rf"{_UNITS}",
            0.85,
        ),
        # Informal mail in lower case ("gartenstraße 5"): only with an unmistakable suffix.
        Pattern(
            "Street in lower case",
            rf"(?<![\w-])[a-zäöüß]{{3,}}(?:-[a-zäöüß]+)*"
            rf"[ ]?(?:straße|strasse|str\.?|allee|gasse)"
            rf"[ ]+{_NUMBER}(?![ ]?(?i:km|m|mal|min|minuten|std|stunden|tage?|wochen?|monate?"
            rf"|jahre?|euro|eur|prozent|x)(?![\w-])|[ ]?[€%])"
            rf"{_LOWER_UNITS}",
            0.6,
        ),
        Pattern(
            "Street with prefix",
            rf"(?<![\w-]){_PREFIX}[ ]+(?!(?:{_NOT_STREET_NAMES})(?![\w-])){_WORD}(?:[ -]{_WORD})?"
            rf"{_TO_NUMBER}(?!(?:19|20)\d\d(?!\d)){_NUMBER}{_NO_COUNT}{_UNITS}",
            0.75,
        ),
        # Any name with a house number in an address block: the line right above a postcode
        # and town, or before them on one line ("Feldmark 3\n44869 Bochum", "Papenholz 8, 44797
        # Bochum"); streets without a telltale ending are common ("Feldmark", "Weitmarer Holz").
        # A word in front must be an adjective ("Wohnung Parkallee 17" is the street only).
        Pattern(
            "Street before postcode",
            rf"{WORD_START}"
            rf"(?!{FOREIGN_BEFORE}[ ]|(?:{_WORD}[ ]){{1,2}}{FOREIGN_AFTER}(?![\w-]))"
            rf"(?:{_PREFIX}[ ]+)?(?!(?:{_NOT_STREET_NAMES}|{_NOT_BLOCK_WORDS})(?![\w-]))"
            rf"(?:{_ADJECTIVE}[ ])?{_WORD}[ ]+(?!(?:19|20)\d\d(?!\d)|\d{{1,2}}/(?:19|20)\d\d(?!\d))"
            rf"{_NUMBER}{_UNITS}{_BLOCK_TAIL}",
            0.8,
        ),
        # Forms filled in capitals ("MADAMENWEG 41, 38118 BRAUNSCHWEIG"): a street ending, or
        # any capitalised name right before a PLZ and a town in capitals.
        Pattern(
            "Street in capitals",
            # The look-ahead is the cheap test first: most words start no capitals.
            rf"(?<![\w-])(?=[{_UPPER}]{{2}})(?:{_CAPS_PREFIX}[ ])?"
            rf"(?!(?i:{_NOT_STREET_NAMES}|{_NOT_BLOCK_WORDS}|DIN|ISO|EN|PLZ)(?![\w-]))"
            rf"[{_UPPER}]{{2,}}(?:-[{_UPPER}]{{2,}}){{0,3}}"
            # "HAUPTSTR. 5", after a town's adjective apart ("BOCHUMER STR. 77") or after a
            # person's name joined by hyphens ("KURT-SCHUMACHER-STR. 140").
            rf"(?:(?:(?<=ER)[ ]|(?<=[{_UPPER}]{{4}})-"
            r"(?=(?:STR\.|STRASSE|STRAßE|ALLEE|PLATZ|WEG)[ ]))?"
            rf"{_CAPS_SUFFIX}[ ]+{_NUMBER}{_UNITS}"
            # No ending: a house number of at most three digits ("DIN 5008" is none).
            rf"|(?:[ ][{_UPPER}]{{2,}})?[ ]+(?=\d{{1,3}}(?!\d)){_NUMBER}{_UNITS}"
            rf"(?=[ \t]*(?:,[ \t]*|\n[ \t]*)(?:D-)?\d{{5}}[ ]+[{_UPPER}]{{2,}}(?![a-zäöüß])))",
            0.8,
        ),
        # "Straße des 17. Juni 114", "Platz der Republik 3", "Straße der Nationen 12".
        Pattern(
            "Street of a name",
            rf"(?<![\w-])(?:Straße|Str\.|Platz|Allee|Ring|Weg|Damm|Ufer|Chaussee)[ ]"
            rf"(?:des|der|am|an[ ]der|zum|zur)[ ](?:\d{{1,2}}\.[ ])?[{_UPPER}][\w-]+"
            rf"(?:[ ](?:des|der|dem|den|und|von)?[ ]?[{_UPPER}][\w-]+){{0,3}}[ ]+"
            rf"(?!(?:19|20)\d\d(?!\d)){_NUMBER}{_UNITS}"
            # A house number ends the address: not "Weg zur Arbeit 25 km", "Ring der
            # Nibelungen 4 Aufführungen".
            r"(?=[ \t]*(?:$|[,;.)/·|]|[ ](?:in|und|im|bei)[ ]))",
            0.8,
        ),
        # Said on the phone, the house number in words: "kruppstraße einhundertdrei",
        # "frankfurter straße sechsundfünfzig", "am schlautbach hausnummer siebzehn a".
        Pattern(
            "Street with a number in words",
            rf"{WORD_START}(?:(?!(?i:der|unser|euer|jeder|dieser|jener|aber|oder|über|wieder"
            r"|immer|außer|hinter|unter)[ ])"
            r"(?:[\wäöüß-]+er[ ](?i:straße|strasse|allee|weg|platz|ring|damm))"
            r"|[\wäöüß-]+(?:straße|strasse|Straße|Strasse|allee|gasse|weg|platz|ring|damm)"
            # Without "Hausnummer" only after a word of living ("wir wohnen jetzt in mombach
            # am lemmchen neun", checked in ``_number_in_words_not_placed``).
            r"|(?i:am|an[ ]der|im|auf[ ]dem|in[ ]der)[ ]"
            r"(?!(?i:ende|anfang|wochenende|abend|morgen|mittag|tag|montag|dienstag|mittwoch"
            r"|donnerstag|freitag|samstag|sonntag|telefon|moment|stück|stueck)[ ])"
            r"[\wäöüß-]+(?:[ ](?i:hausnummer))?)"
            rf"[ ](?:(?i:hausnummer)[ ])?(?i:{NUMBER_WORD})(?:[ ][a-h](?![\w-]))?",
            0.6,
        ),
        Pattern("Street after label", rf"{_STREET_LABEL}{_STREET_VALUE}", 0.8),
        Pattern("House number after label", rf"{_HOUSE_NUMBER_LABEL}(?P<value>{_NUMBER})", 0.8),
    ]
    CONTEXT = ["wohnhaft", "anschrift", "adresse", "straße", "wohnung"]  # noqa: RUF012

    def __init__(self) -> None:
        super().__init__(
            supported_entity="STREET_ADDRESS",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            name="StreetRecognizer",
        )
        self._labelled = [
            re.compile(p.regex, re.MULTILINE) for p in self.PATTERNS if "(?P<value>" in p.regex
        ]

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = [
            r
            for r in super().analyze(text, entities, nlp_artifacts, regex_flags)
            if not self._counted_not_placed(text, r)
            and not _NOT_STREET_COMPOUND.match(text, r.start, r.end)
            and not self._number_in_words_not_placed(text, r)
        ]
        return narrow_to_values(text, results, self._labelled)

    @staticmethod
    def _number_in_words_not_placed(text: str, result: RecognizerResult) -> bool:
        """A hit of "Street with a number in words" that is no one's address: outside a text in
        lower case (a call's transcript) without "Hausnummer" or a word of living before it
        ("Tabellenplatz drei", "Die Hauptstraße zehn Tage gesperrt"), or with a noun after its
        number ("Parkplatz zwei Stunden", "Spielplatz zwei Stunden")."""
        explanation = result.analysis_explanation
        if explanation is None or explanation.pattern_name != "Street with a number in words":
            return False
        after = _WORD_AFTER.match(text, result.end)
        if (
            after is not None
            and after.group(1).lower() not in _NOT_NOUNS_AFTER
            # A function word or the postcode's first digit said next is no noun: "osterallee
            # hundertzwölf im dritten stock", "ringseestraße vierzehn acht fünf null …".
            and after.group(1).lower() not in STOP_WORDS
            and not _NUMBER_WORD_RE.fullmatch(after.group(1))
            and is_lexicon_noun(after.group(1).capitalize())
        ):
            return True
        matched = text[result.start : result.end].lower()
        if _PLACE_WITHOUT_SUFFIX.match(matched) and "hausnummer" not in matched:
            return not _HOME_CUE.search(text, max(0, result.start - _HOME_CUE_REACH), result.start)
        return not (
            "hausnummer" in matched
            or written_in_lower_case(text, result.start, result.end)
            or _HOME_CUE.search(text, max(0, result.start - _HOME_CUE_REACH), result.start)
        )

    @staticmethod
    def _counted_not_placed(text: str, result: RecognizerResult) -> bool:
        """A hit of the address-block rule that is no street: its "town" is a noun (a count,
        "Bezirk 4, 35000 Einwohner"), or a noun stands right before it (a building or an area
        named with its address: "Rathaus Feldmark 3", "Gewerbegebiet Hiltroper Landwehr 12").
        "wohnhaft Feldmark 3", "Herr Meier Feldmark 3" and "in der Feldmark 3" stay streets."""
        explanation = result.analysis_explanation
        if explanation is None or explanation.pattern_name != "Street before postcode":
            return False
        town = _BLOCK_TOWN.match(text, result.end)
        if town is not None and is_lexicon_noun(town.group(1)):
            return True
        before = _WORD_BEFORE.search(text, max(0, result.start - 40), result.start)
        return before is not None and is_lexicon_noun(before.group(1))
