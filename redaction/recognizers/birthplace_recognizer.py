"""Places of birth: ``Geburtsort: Keren``, ``geboren am 2. Juni 1988 in Olsztyn``,
``*12.03.1979 in Asmara``.

A place of birth narrows a person down as much as a date of birth, and it stands without a
postcode, so the PLZ recognizer never sees it. Reported as ``LOCATION`` (token ``ORT``); a
country in brackets after it ("Asmara (Eritrea)") stays readable.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers.date_of_birth_recognizer import BORN_ON_IN, PLACE_SUFFIX
from redaction.recognizers.noun_lexicon import is_lexicon_noun
from redaction.recognizers.values import ValuePatternRecognizer

# A town: capitalised words, also in capitals (forms) and with letters of other alphabets'
# transliterations ("Şanlıurfa", "Ústí nad Labem" → first words only).
TOWN = (
    r"(?P<value>(?:(?:Bad|Sankt|St\.|Neu|Alt|Groß|Klein)[ ]?)?"
    # (A segment's capital is one of its letters: "[A-Z]?[^\W\d_]+" split every segment two
    # ways, and 25 hyphenated segments took seconds.)
    r"[A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]+(?:[-][^\W\d_]+)*"
    r"(?:[ ](?:an[ ]der|am|bei|im|in|ob|a\.[ ]?d\.|nad|upon|on)[ ]"
    # "nach Kamen in April": a month is no second part of a town's name.
    r"(?!(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November"
    r"|Dezember)(?![\w-]))"
    r"[A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]+(?:[-][^\W\d_]+)*)?"
    # The river or region that tells German towns apart: "Halle (Saale)", "Frankfurt (Oder)".
    r"(?:[ ]\((?:Saale|Oder|Main|Elbe|Westf\.?|Westfalen|Rhein|Ruhr|Donau|Lahn|Weser|Mosel"
    r"|Havel|Spree|Neckar|Pfalz|Oldb\.?|Oldenburg|Holst\.?|Holstein|Sachs\.?|Sachsen|Vogtl\.?"
    r"|Vogtland|Erzgeb\.?|Erzgebirge|Thür\.?|Rhld\.?|Rheinland|Sieg|Fils|Eifel|Harz|Ilm"
    r"|Breisgau|Allgäu|Ostfriesland|Hessen|Bayern|Württ\.?|Baden)\))?)"
)
# Words that can follow "in" after a birth date but are no place.
NOT_TOWNS = (
    r"(?:Deutschland|der|die|dem|den|einem|einer|Höhe|Ordnung|Kraft|Vertretung|Haft|Obhut"
    r"|Begleitung|Absprache|Anwesenheit|Abwesenheit|Januar|Februar|März|April|Mai|Juni|Juli"
    r"|August|September|Oktober|November|Dezember|January|February|March|June|July|October"
    r"|December|Germany|Staatsangehörigkeit|Geb|Datum|Geburtsdatum|Nationalität|Montag|Dienstag"
    r"|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag"
    # The next column's name in a printout's header ("GEB.ORT      STAG").
    r"|(?i:stag|staatsang|nationalit[äa]t|geschlecht|familienstand|religion|beruf))(?![\w-])"
)
_DATE = (
    r"(?:[0-3Ol]?[\dOl]\.[ ]?(?:[01Ol]?[\dOl]\.|[A-ZÄÖÜ][a-zäöü]+\.?)[ ]?(?:1[89]|l[89]|2[0O])?"
    r"[\dOl]{2}|(?:1[89]|l[89]|2[0O])[\dOl]{2}"
    r"|(?:19|20)\d{2}-\d{2}-\d{2}"
    # Month and year: "geb. 02/2024 in Gelsenkirchen"; day, month and year with slashes:
    # "geboren am 17/08/2001 in Bari".
    r"|[01]?\d/(?:19|20)\d{2}|[0-3]?\d/[01]?\d/(?:19|20)\d{2})"
)
# A day's date, not a year alone (a bullet list's "* 1964 Gründung" is a chronicle).
_DAY_DATE = r"[0-3Ol]?[\dOl]\.[ ]?[01Ol]?[\dOl]\.[ ]?(?:1[89]|l[89]|2[0O])?[\dOl]{2}"
# The place of birth in a foreign document: Turkish, Polish, Romanian, Serbo-Croatian,
# Albanian, French, Spanish, Ukrainian.
_FOREIGN_LABELS = (
    r"do[ğg]um[ ]yeri|miejsce[ ]urodzenia|locul[ ]na[șşs]terii|mjesto[ ]ro(?:đ|dj|d)enja"
    r"|vendlindja|lieu[ ]de[ ]naissance|lugar[ ]de[ ]nacimiento|місце[ ]народження"
)
# A form's label, then what separates it from the value (a column header "Geburtsort
# Staatsangehörigkeit" has neither).
_LABEL = (
    # "Geburtsort, -land:" is the label of the registration form.
    r"(?i:geburtsort(?:[ ]?(?:,|/|und)[ ]?-?[ ]?land)?|geb\.[ ]?-?[ ]?ort|geburtsstadt"
    # The place of baptism in a civil-status record tells as much.
    rf"|place[ ]of[ ]birth|taufort|{_FOREIGN_LABELS})"
    r"[ \t]*(?::|\t|[ ]{2,}|\.{3,})[ \t]*"
    r"|(?i:born(?:[ ]|[ ]*\n[ \t]*)in|geboren,?[ ]in|geb\.[ ]in|gebürtig[ ]aus|gebürtig[ ]in"
    r"|gebürtige[rn]?[ ]aus)[ ]+"
)
# "*12.03.1979" after a name; a star at the start of a line is a bullet.
_BIRTH = (
    # A form's dotted leader: "geboren .............. 04.11.1992 in Kraljevo"; English "born in
    # 1989 in Tabriz".
    r"(?:(?i:geboren|geb\.|born)(?:[ ](?:bin|ist|wurde)[ ](?:ich|er|sie))?[ ]?"
    r"(?:am|on|(?<=born[ ])in)?:?(?:[ ]*\.{2,})?[ \t]*|"
    # Where a person married or died tells as much: "vh seit 09.06.2010 in Rybnik", "verst.
    # 2018 in Witten".
    r"(?:verheiratet|vh\.?|verh\.|verst\.|verstorben|gest\.|gestorben)(?:[ ](?:seit|am))?[ \t]+|"
    # "(* 03.07.2021 in Gaziantep)": in brackets too.
    r"(?:(?<=[\w,)][ ])|(?<=[\w,)(]))\*)"
)


_LISTED = "Birthplace after a date in a list of births"
_MARRIED = "Place of a marriage"
# The label of such a list, within ``_LIST_REACH`` before the date.
_LIST_LABEL = re.compile(
    r"(?i:geburtsdaten|geburtsdatum|geb\.[ ]?-?[ ]?dat(?:um|en|\.))[ ]?(?:/|und|u\.|,)[ ]?-?[ ]?"
    r"(?i:orte?|geburtsorte?)(?![\w])"
)
_LIST_REACH = 300
_STAR_BEFORE = re.compile(r"\*[ ]?[\dOl.]{6,10}[ ]+$")
_STAR_REACH = 40
# The verbs after a town of a person's life ("in Herne geboren", "2014 in Damaskus geheiratet").
_LIFE_VERB = (
    r"(?:geboren|zur[ ]Welt[ ]gekommen|geheiratet|verstorben|gestorben|die[ ]Ehe[ ]geschlossen)"
    r"(?![\w-])"
)
# A country after the town, which stays readable: "in Kunduz (Afghanistan) geboren", "in Kunduz,
# Afghanistan, geboren", "in Kunduz/Afghanistan geboren".
_COUNTRY = r"[A-ZÄÖÜ][^\W\d_]+(?:[ ][A-ZÄÖÜ][^\W\d_]+)?"
_COUNTRY_IN_BRACKETS = rf"(?:[ ]\({_COUNTRY}\)|,[ ]{_COUNTRY},|/{_COUNTRY})?"
_VERB_AFTER = re.compile(rf"{_COUNTRY_IN_BRACKETS}[ ]+{_LIFE_VERB}")


class BirthplaceRecognizer(ValuePatternRecognizer):
    """The town after a birthplace label or after a birth date ("in …")."""

    PATTERNS = [  # noqa: RUF012
        Pattern(
            "Birthplace after label",
            rf"(?<![\w-])(?:{_LABEL})(?!{NOT_TOWNS}){TOWN}",
            0.8,
        ),
        # A town of several words after the label, to the line's end: "Geburtsort: Port
        # Harcourt", "Geburtsort: Santa Cruz de Tenerife".
        Pattern(
            "Birthplace of several words",
            rf"(?<![\w-])(?:{_LABEL})(?!{NOT_TOWNS})(?P<value>[A-ZÀ-Þ][^\W\d_]+"
            r"(?:[ ](?:de|del|da|do|la|el|al|[A-ZÀ-Þ][^\W\d_]+)){1,3})(?=[ \t]*$)",
            0.8,
        ),
        # Without a colon, where the town ends the clause or its cell: "…, Geburtsort Słupsk,
        # Staatsang. …", "Geb.-Ort Rybnik  StA POL".
        Pattern(
            "Birthplace after the word",
            rf"(?<![\w-])(?i:geburtsort|geburtsstadt|geb\.[ ]?-?[ ]?ort|{_FOREIGN_LABELS})[ ]"
            rf"(?!{NOT_TOWNS}){TOWN}"
            r"(?=[ \t]*(?:$|[,;)]|\.(?:\s|$))|[ ]{2,}|\t)",
            0.8,
        ),
        # Right after a birth date marked with a star, in a list's cell: "*09.06.1996 Kayseri
        # Pass TUR …".
        Pattern(
            "Birthplace right after a starred date",
            rf"(?<![\w*])\*[ ]?{_DAY_DATE}(?:,?[ ]+|[ ]/[ ])(?!{NOT_TOWNS}){TOWN}"
            r"(?=[ \t]*$|[ ]{2,}|\t|[,;)]|[ ]\(|[ ]/[ ])",
            0.8,
        ),
        # A list of births under a label of dates and places: "Geburtsdaten/-orte lt.
        # Dokument:⏎1 03.05.1993 Bacău · 2 29.01.2014 Bacău" (the label is checked in
        # ``analyze``).
        Pattern(
            _LISTED,
            rf"(?<![\w.]){_DAY_DATE}[ ]+(?!{NOT_TOWNS}){TOWN}"
            r"(?=[ \t]*(?:$|[·,;|/)]|[ ]{2,}|\t))",
            0.8,
        ),
        # "Geburtsdatum/-ort: 14.02.1990 in Ravensburg", "Geb.-Datum und Ort  03.07.1961, Gifhorn".
        Pattern(
            "Birthplace after a joint label",
            rf"(?<![\w-])(?i:(?:geburtsdatum|geb\.[ ]?-?[ ]?datum){PLACE_SUFFIX}|{BORN_ON_IN}"
            r"|tag[ ]?/[ ]?ort[ ]der[ ]geburt)"
            # Runs of blanks and tabs are taken whole (a run of tabs was quadratic).
            rf"(?:[ \t]*+(?::|\||\.{{3,}})|[ ]*\t|[ ]{{2}})[ \t]*+(?:\n[ \t]*+)?{_DATE}"
            r"(?:[ ]*[,/][ ]*|[ ]+in[ ]+|[ ]+)"
            rf"(?!{NOT_TOWNS}){TOWN}",
            0.8,
        ),
        Pattern(
            "Birthplace after birth date",
            # The letter may wrap before the date, before "in" ("geboren am 14.08.1982⏎in …") or
            # after it.
            rf"(?<![\w-]){_BIRTH}(?:[ ]?|\n[ \t]*){_DATE}(?:[ ]+|[ \t]*\n[ \t]*)(?:in|at)"
            # After a wrap the town ends its clause ("in⏎Thessaloniki (Griechenland)", not
            # "in⏎Bearbeitung seit März").
            r"(?:[ ]+|[ ]*\n[ \t]*(?=[A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]+(?:[- ][A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]+)*"
            r"[ \t]*(?:$|[,;(]|\.(?:\s|$))))"
            rf"(?!{NOT_TOWNS}){TOWN}",
            0.8,
        ),
        # Where a person married: "(Eheschließung am 18.09.1987 in Würzburg)", "Heirat 2014 in
        # Damaskus" (not "Eheschließung am 12.05.2026 in Raum 3": ``analyze`` drops nouns).
        Pattern(
            _MARRIED,
            # (Not "Hochzeit am 14.02.2025 in Würzburg: Das Standesamt bietet …", an offer.)
            # "Die Trauung fand am 18.09.1987 in Würzburg statt", "Die Ehe wurde am … geschlossen".
            rf"(?<![\w-])(?:Eheschließung|Heirat|Trauung|(?:Trauung|Hochzeit)[ ]fand|Ehe[ ]wurde)"
            rf"(?::|[ ](?:am|vom))?[ ]+{_DATE}"
            rf"[ ]+in[ ]+(?!{NOT_TOWNS}){TOWN}(?![\w-])(?![ ]?\d)",
            0.8,
        ),
        # The town before the verb: "bin am 3. Oktober 1984 in Cluj-Napoca geboren", "wurde in
        # Herne geboren", "in Kumasi zur Welt gekommen", "am 01.01.1995 in Kunduz
        # (Afghanistan) geboren", "haben 2014 in Damaskus geheiratet".
        # A town of two or three words: "in Hải Phòng geboren", "in Santa Cruz de la Sierra
        # geboren".
        Pattern(
            "Birthplace of several words before geboren",
            rf"(?<![\w-])in(?:[ ]+|[ ]*\n[ ]*)(?!{NOT_TOWNS})"
            r"(?P<value>[A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]+(?:[ ](?:(?:de|del|da|do|la|el|al)[ ])?"
            r"[A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]+){1,2})(?=(?:[ ]+|[ ]*\n[ ]*)geboren(?![\w-]))",
            0.8,
        ),
        # A second person's birthplace after the first's: "meine Frau ist in Hải Phòng geboren,
        # ich in Leipzig", "…, mein Mann in Tiflis."
        Pattern(
            "Birthplace of a second person",
            r"(?<![\w-])geboren,[ ](?:ich|er|sie|(?:mein|meine|unser|unsere|ihr|ihre|sein|seine)"
            r"[ ][A-ZÄÖÜ][a-zäöüß]+)[ ]in[ ]"
            rf"(?!{NOT_TOWNS}){TOWN}(?=[ \t]*(?:$|[,;)]|\.(?:\s|$)))",
            0.8,
        ),
        Pattern(
            "Birthplace before geboren",
            rf"(?<![\w-])in(?:[ ]+|[ ]*\n[ ]*)(?!{NOT_TOWNS}){TOWN}"
            rf"(?={_COUNTRY_IN_BRACKETS}(?:[ ]+|[ ]*\n[ ]*){_LIFE_VERB})",
            0.8,
        ),
    ]

    def __init__(self) -> None:
        # Only the town: the label and the birth date are other recognizers' business.
        super().__init__(
            supported_entity="LOCATION", patterns=self.PATTERNS, name="BirthplaceRecognizer"
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        # "Wer in Armut geboren wird": before the verb, a noun is no town. (After a label or a
        # birth date the word is the town, whatever it means.)
        # Nor is a noun in a list's cell after a starred date ("*12.03.1990 Antrag").
        return [
            r
            for r in results
            if not (
                r.analysis_explanation is not None
                and r.analysis_explanation.pattern_name == _LISTED
                and (
                    not _LIST_LABEL.search(text, max(0, r.start - _LIST_REACH), r.start)
                    or is_lexicon_noun(text[r.start : r.end].split()[0])
                )
            )
            and not (
                (
                    _VERB_AFTER.match(text, r.end)
                    or (
                        r.analysis_explanation is not None
                        and r.analysis_explanation.pattern_name == _MARRIED
                    )
                    or _STAR_BEFORE.search(text, max(0, r.start - _STAR_REACH), r.start)
                )
                and is_lexicon_noun(text[r.start : r.end].split()[0])
            )
        ]
