"""Streets abroad: the street, house number and flat of the countries applicants, heirs and
families write from ("ul. Marszałkowska 84/92 m. 17", "Moda Caddesi No. 41 Daire 3").

Reported as ``FOREIGN_STREET`` (token ``ADRESSE_AUSLAND``), apart from German streets: an
office needs the German address of a move or a registration, and extraction keeps the two
apart (a previous address abroad is no place of residence here).
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from redaction.recognizers.patterns import StdlibPatternRecognizer

# Streets abroad, where applicants for certificates, heirs and families live: a street word in
# front (Polish "ul.", Romanian "Str.", Italian "Via" …) or behind (Turkish "Caddesi"), the
# number, and the flat ("m. 17", "bl. B2, ap. 7", "Daire 3").
# Bounded repetitions: a long line of capitalised words must not make the search quadratic.
_FOREIGN_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]+(?:-[A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]+){0,3}"
_FOREIGN_PARTICLE = r"(?:de|di|del|da|do|dos|la|le)"
# "Calle de Alcalá", "Via del Corso": a particle may come first.
_FOREIGN_NAME = (
    rf"(?:{_FOREIGN_PARTICLE}[ ])?{_FOREIGN_WORD}(?:[ ](?:{_FOREIGN_WORD}|{_FOREIGN_PARTICLE}))"
    r"{0,4}"
)
# The flat: Romanian, Polish, Turkish, and the Spanish floor and door ("3º B").
_FOREIGN_FLAT = (
    r"(?:,?[ ](?:(?:m\.|M\.|bl\.|sc\.|et\.|ap\.|lok\.|Daire|D\.|Kat|K\.|Apt\.|int\.|kv\.|KV\.)[ ]?"
    r"[A-Za-z]?\d{1,4}[A-Za-z]?|\d{1,2}[º°ª](?:[ ]?[A-Z](?![\w]))?))*"
)
# Dutch and Flemish street names end in their street word ("Kerkstraat 21", "Oudegracht 231").
_DUTCH_STREET = r"(?:straat|laan|plein|gracht|singel|dijk|steeg|dreef)"
_FOREIGN_NUMBER = r"(?:nr\.?[ ]?|No\.?[ ]?|n\.[ ]?)?\d{1,4}[a-zA-Z]?(?:/\d{1,4}[a-zA-Z]?)?"
FOREIGN_BEFORE = (
    r"(?:ul\.|al\.|pl\.|os\.|Str\.|Strada|Calea|Bulevardul|Bd\.|Şos\.|Sos\.|Via|Viale"
    r"|Piazza|Corso|Calle|Avenida|Avda\.|Rua|Rue|rue|Avenue|Boulevard|Ulica|Ulitsa|vul\.|prosp\."
    # In capitals on forms and envelopes: "UL. PIOTRKOWSKA 104 M. 7", "PROSP. NAUKY 12, KV. 44".
    r"|UL\.|AL\.|VUL\.|PROSP\.|vulytsia|prospekt)"
)
FOREIGN_AFTER = r"(?:Caddesi|Cad\.|Cd\.|Sokak|Sokağı|Sokagi|Sk\.|Bulvarı|Blv\.|Mahallesi|Mah\.)"


# English and French addresses put the number first ("88 Harbord Street", "12 rue de la Gare").
_ENGLISH_STREET_TYPE = (
    r"(?:Street|St\.|Road|Rd\.|Avenue|Ave\.?|Lane|Ln\.|Drive|Dr\.|Boulevard|Blvd\.?|Way|Place"
    r"|Terrace|Court|Ct\.|Crescent|Close|Gardens|Square|Row|Parade|Grove|Walk|Mews)"
)
_ENGLISH_UNIT = r"(?:,?[ ](?:Apt\.?|Apartment|Suite|Unit|Flat|#)[ ]?[A-Za-z]?\d{1,5}[A-Za-z]?)?"
_FRENCH_STREET_TYPE = r"(?:rue|avenue|boulevard|bd|place|chemin|allée|impasse|quai|route|cours)"


class ForeignStreetRecognizer(StdlibPatternRecognizer):
    """A street abroad with its number and flat."""

    PATTERNS = [  # noqa: RUF012
        Pattern(
            "Street abroad, word before",
            rf"(?<![\w-]){FOREIGN_BEFORE}[ ]{_FOREIGN_NAME},?[ ]{_FOREIGN_NUMBER}"
            rf"{_FOREIGN_FLAT}(?![\w-])",
            0.75,
        ),
        Pattern(
            "Dutch street",
            rf"(?<![\w-])(?:[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?{_DUTCH_STREET}"
            rf"|[A-Z]{{2,}}(?i:{_DUTCH_STREET})"
            r"|(?:Laan|Plein|Kade|Straat)[ ](?:van|der|de|op)[ ](?:(?:der|den|de)[ ])?"
            r"[A-Z][a-zà-ÿ]+)"
            r"[ ]\d{1,4}"
            r"(?:[ ]?[a-zA-Z](?![\w])|-(?:bis|hs|[A-Z]|\d{1,3}))?(?![\w])",
            0.6,
        ),
        Pattern(
            "Street abroad, word after",
            rf"(?<![\w-]){_FOREIGN_NAME}[ ]{FOREIGN_AFTER},?[ ]{_FOREIGN_NUMBER}"
            rf"{_FOREIGN_FLAT}(?![\w-])"
            # The district after a comma, before the line's end: "…, Daire 3, Kadıköy".
            r"(?:,[ ][A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]+(?=[ \t]*(?:$|/)))?",
            0.75,
        ),
        Pattern(
            "Street abroad, number first",
            # The flat may come first: "Flat 3, 22 Albion Street", "FLAT 2, 41 HYDE PARK ROAD".
            r"(?<![\w.,/-])(?:(?i:flat|apartment|apt\.?|unit)[ ]\d{1,4}[A-Za-z]?,?[ ])?"
            rf"\d{{1,5}}[A-Za-z]?[ ](?:{_FOREIGN_WORD}[ ]){{1,3}}"
            rf"(?i:{_ENGLISH_STREET_TYPE}){_ENGLISH_UNIT}(?![\w-])",
            0.75,
        ),
        Pattern(
            "French street, number first",
            rf"(?<![\w.,/-])\d{{1,4}}(?:[ ]?(?:bis|ter))?,?[ ](?i:{_FRENCH_STREET_TYPE})[ ]"
            rf"(?:(?:de|du|des|la|le|l'|d')[ ]?)*{_FOREIGN_WORD}(?:[ ]{_FOREIGN_WORD})?(?![\w-])",
            0.75,
        ),
    ]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="FOREIGN_STREET",
            patterns=self.PATTERNS,
            name="ForeignStreetRecognizer",
        )
