"""Postal code plus city: ``44787 Bochum``, ``D-45127 Essen``, ``58452 Witten-Annen``."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.lang.de.stop_words import STOP_WORDS

from redaction.recognizers.noun_lexicon import is_known_name, is_lexicon_noun
from redaction.recognizers.patterns import StdlibPatternRecognizer
from redaction.recognizers.person_recognizer import paired_given_names

# Capitalised words after a five-digit number that make it an amount or a count, not a PLZ:
# currencies and units, and plural nouns with endings no town name has.
NOT_PLACES = (
    r"(?:Euro|EUR|Dollar|Franken|Mark|Stück|Stk|Einwohner|Menschen|Personen|Leute|Bürger"
    r"|Besucher|Teilnehmer|Mitglieder|Kunden|Fahrzeuge|Haushalte|Exemplare|Seiten|Zeichen"
    r"|Wörter|Meter|Kilometer|Quadratmeter|Liter|Tonnen|Kilo|Gramm|Stunden|Minuten|Sekunden"
    r"|Tage|Tagen|Wochen|Monate|Monaten|Jahre|Jahren|Fälle|Fällen|Punkte|Euro-[\w-]+"
    r"|[A-ZÄÖÜ][a-zäöüß]*(?:ungen|heiten|keiten|schaften|ionen|täten|nisse|schriften|stimmen"
    r"|anträge|anträgen|briefe|briefen|mails))(?![\w-])"
)


# Words that end an address line wrapped after its PLZ but are no town ("…, 12345\nAnlage").
_NOT_TOWNS = frozenset(
    [
        "Anlage",
        "Anlagen",
        "Gruß",
        "Grüße",
        "Danke",
        "Bitte",
        "Betreff",
        "Datum",
        "Seite",
        "Nr",
        "Hinweis",
        "Erledigt",
        "Summe",
        "Gesamt",
        "Rechnung",
        "Konto",
        "Mit",
        "Und",
        "Oder",
        "Der",
        "Die",
        "Das",
        "Vielen",
    ]
)


# A lower-case PLZ and town counts only right after a lower-case street and its number (a
# floor between): "kosten ca. 1.500, 20000 gesamt" is no address.
_LOWER_STREET_BEFORE = re.compile(
    r"(?i:str|straße|strasse|allee|gasse)\.?[ ]?\d{1,4}[a-z]?(?:,[^,\n]{0,30})?,[ ]$"
)


_LOWER_KNOWN = "PLZ and a known town in lower case"
# A form's label: "PLZ/Ort: 67549 worms", "plz: 44787 bochum" (not "die plz 20095 gilt").
_PLZ_LABEL_BEFORE = re.compile(r"(?i:plz|postleitzahl)(?:[ ]?/[ ]?ort[ \t]*:?|[ \t]*:)[ \t]*$")


def _known_town(text: str, start: int, end: int) -> bool:
    """The lower-case word after a PLZ names a place the lexicon knows and is no noun
    ("63071 offenbach", not "12345 gesamt"), or a PLZ label stands before it."""
    if _PLZ_LABEL_BEFORE.search(text, max(0, start - 20), start):
        return True
    parts = [part.title() for part in text[start:end].split()[-1].split("-")]
    return (
        is_known_name(parts[0])
        and parts[0].lower() not in STOP_WORDS
        # A first name is no town ("rund 40000 frank"), nor a noun ("12345 hannover-touristen").
        and parts[0] not in paired_given_names()
        and not any(is_lexicon_noun(part) for part in parts)
    )


# Five digits, or OCR's letters for some of them with three digits at least.
_OCR_PLZ = r"(?=(?:[OlSB]?\d){3})[\dOlSB]{5}"


def _product_code(value: str) -> bool:
    """A code with OCR's letters for digits before a noun of the lexicon."""
    parts = value.removeprefix("D-").split(maxsplit=1)
    if len(parts) < 2 or parts[0].isdigit():
        return False
    town = parts[1].split()[0].split("-")[0]
    return is_lexicon_noun(town.title() if town.isupper() else town)


class PlzCityRecognizer(StdlibPatternRecognizer):
    """A five-digit PLZ followed by a capitalised place name."""

    PATTERNS = [  # noqa: RUF012
        Pattern(
            "PLZ city",
            # A scan may read a 0 as O, a 1 as l, a 5 as S or an 8 as B ("448O9", "S9O75",
            # "44B66").
            rf"(?<![\w.-])(?:D-)?{_OCR_PLZ}[ ]+(?!{NOT_PLACES})"
            r"(?:(?:Bad|Sankt|St\.|Hansestadt|Lutherstadt|Universitätsstadt)[ ])?[A-ZÄÖÜ][a-zäöüß]+"
            r"(?:[-][A-ZÄÖÜ][a-zäöüß]+)*"
            # The district in brackets, of two words too: "14478 Potsdam (Am Schlaatz)",
            # "18107 Rostock (Lütten Klein)", "14478 Potsdam (Waldstadt II)".
            r"(?:[ ](?:an der|am|im|a\.[ ]?d\.)[ ][A-ZÄÖÜ][a-zäöüß]+"
            # Hyphenated or on the next line too: "30451 Hannover (Linden-Mitte)", "28219
            # Bremen⏎(Walle)".
            r"|(?:[ ]|[ ]*\n[ \t]*)\((?!(?:Stadtteil|Ortsteil|Stadtbezirk|Bezirk|OT|Rathaus"
            r"|Amtsgericht|Landgericht|Stadthaus|Bürgerbüro|Hauptbahnhof|Hbf)[ )-])"
            r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
            r"(?:[ ](?:[A-ZÄÖÜ][a-zäöüß]+|I{1,3}|IV))?\))?"
            # The district after a slash: "44866 Bochum/Wattenscheid".
            r"(?:[ ]?/[ ]?(?!Tel|Fax|Telefon|Mobil|Handy|Zimmer|Raum)[A-ZÄÖÜ][a-zäöüß]+"
            r"(?:[-][A-ZÄÖÜ][a-zäöüß]+)*"
            # The village of a municipality: "06485 Quedlinburg OT Gernrode".
            r"|[ ](?:OT|Ortsteil)[ ][A-ZÄÖÜ][a-zäöüß]+(?:[-][A-ZÄÖÜ][a-zäöüß]+)*)?",
            0.7,
        ),
        # A form filled in capitals: "38118 BRAUNSCHWEIG", "44787 BOCHUM-MITTE". Not across a
        # printout's column gap ("ROONSTR 7 44629             ENTSTEMP.").
        Pattern(
            "PLZ city in capitals",
            rf"(?<![\w.-])(?:D-)?{_OCR_PLZ}[ ]{{1,2}}(?!(?i:{NOT_PLACES}))"
            r"[A-ZÄÖÜ]{2,}(?:-[A-ZÄÖÜ]{2,})*(?![\w])",
            0.7,
        ),
        # Informal mail in lower case, after a street ending and its number, a floor between:
        # "hohe str 40, 44139 dortmund", "lützner str 81, hinterhaus 2. stock, 04177 leipzig".
        Pattern(
            "PLZ city in lower case",
            rf"(?<=[\da-zäöüß.],[ ])\d{{5}}[ ]+(?!(?i:{NOT_PLACES}))"
            r"[a-zäöüß]{3,}(?:-[a-zäöüß]+)*(?![\w-])",
            0.7,
        ),
        # The same on a line of its own below the street: "Mallinckrodtstr. 77, 3. og⏎44147
        # dortmund".
        Pattern(
            "PLZ city in lower case on its line",
            rf"(?<=\n)\d{{5}}[ ]+(?!(?i:{NOT_PLACES}))[a-zäöüß]{{3,}}(?:-[a-zäöüß]+)*"
            r"(?=[ \t]*(?:\n|$))",
            0.7,
        ),
        # Anywhere else in lower case only a town or a place that the lexicon knows, or after
        # a label: "wohne bieberer str. 203 63071 offenbach", "PLZ/Ort: 67549 worms".
        Pattern(
            _LOWER_KNOWN,
            rf"(?<![\w.,-])\d{{5}}[ ]+(?!(?i:{NOT_PLACES}))"
            r"[a-zäöüß]{3,}(?:-[a-zäöüß]+)*(?![\w-])",
            0.7,
        ),
        # An address wrapped after its PLZ: "…, Wiesenstraße 51, 44803\nMusterstadt".
        Pattern(
            "PLZ city wrapped",
            rf"(?<=,[ ])\d{{5}}[ \t]*\n[ \t]*(?!{NOT_PLACES})"
            r"(?:(?:Bad|Sankt|St\.|Hansestadt)[ ])?[A-ZÄÖÜ][a-zäöüß]+(?:[-][A-ZÄÖÜ][a-zäöüß]+)*"
            r"(?=[ \t]*[,.;)]|[ \t]*$)",
            0.7,
        ),
    ]
    CONTEXT = ["wohnhaft", "anschrift", "adresse", "plz", "ort", "wohnort"]  # noqa: RUF012

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
            if r.analysis_explanation is None
            or r.analysis_explanation.pattern_name != "PLZ city in lower case"
            or _LOWER_STREET_BEFORE.search(text, max(0, r.start - 60), r.start)
        ]
        # On a line of its own: a town ("44147 dortmund"), not a noun ("12345 stück").
        results = [
            r
            for r in results
            if r.analysis_explanation is None
            or r.analysis_explanation.pattern_name != "PLZ city in lower case on its line"
            or not is_lexicon_noun(text[r.start : r.end].split()[-1].split("-")[0].title())
        ]
        results = [
            r
            for r in results
            if r.analysis_explanation is None
            or r.analysis_explanation.pattern_name != _LOWER_KNOWN
            or _known_town(text, r.start, r.end)
        ]
        # A wrapped PLZ counts unless its "town" is an ordinary word ("Rechnung 55,
        # 12345\nAnlage" is no address).
        results = [
            r
            for r in results
            if "\n" not in text[r.start : r.end]
            or text[r.start : r.end].split()[-1].split("-")[0] not in _NOT_TOWNS
        ]
        # OCR's letters in the code make it a product's where a noun follows ("Artikelnummer
        # S9O75 Schraube", "Typ 2O1B5 Filter"), not a town ("S9O75 Hamm").
        return [r for r in results if not _product_code(text[r.start : r.end])]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="LOCATION",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            name="PlzCityRecognizer",
        )
