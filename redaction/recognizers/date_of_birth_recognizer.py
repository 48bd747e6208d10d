"""Dates of birth, recognised by their cue words (``geb.``, ``geboren am``, ``Geburtsdatum``).

Cues are matched with the usual OCR misreadings ("Gcburtsdatum", "qeboren") and after the
separators forms use (colon, pipe, dotted leader, tab). Dates without a cue next to a name in
the same line or table row are found after analysis (``redaction.redactor``).
"""

from __future__ import annotations

import datetime
import re

from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers.noun_lexicon import is_lexicon_noun, is_loose_noun_compound
from redaction.recognizers.patterns import StdlibPatternRecognizer, cued_result
from redaction.recognizers.person_recognizer import LABEL_SEPARATOR, ocr_tolerant

MONTHS = (
    "Januar|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
    "|Jan\\.|Feb\\.|Mär\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sep\\.|Sept\\.|Okt\\.|Nov\\.|Dez\\."
)
ENGLISH_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sep\\.?|Sept\\.?|Oct\\.?|Nov\\.?|Dec\\.?"
)
DATE = (
    r"(?:\d{1,2}\.[ ]?\d{1,2}\.[ ]?(?:19|20)?\d{2}"
    # "12/04/1987": the slash notation of foreign documents and English forms (four-digit
    # year only: "3/4/25" is a fraction or a count as often as a date).
    r"|\d{1,2}/\d{1,2}/(?:19|20)\d{2}"
    rf"|\d{{1,2}}\.[ ]?(?:{MONTHS})[ ]?\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}|(?:19|20)\d{2}/\d{2}/\d{2}"
    # English: "January 27, 1942", "27 January 1942", "27th of January, 1942".
    rf"|(?:{ENGLISH_MONTHS})[ ]\d{{1,2}}(?:st|nd|rd|th)?,?[ ]\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?[ ](?:of[ ])?(?:{ENGLISH_MONTHS}),?[ ]\d{{4}})"
)
# OCR reads 0 as O, 1 as l or I, 8 as B and 5 as S, and a dot as a comma: "l4.O3.1956",
# "17.11.2OO3", "O9.l2.l97S", "O5,ll,2O24", "O2/O9/l9B5", "l9B8-O2-O4", "l9. Mai l93B". Only
# after a birth cue.
_OCR_DIGIT = "[0-9OolIBS]"
_OCR_CENTURY = "(?:19|20|l9|2O|I9)"
DATE_OCR = (
    # Bounded: on a long run without blanks an open look-ahead made the search quadratic.
    rf"(?:(?=[^\s]{{0,12}}[OolIBS])(?:[0-9OlSB]?{_OCR_DIGIT}"
    rf"(?:\.[ ]?{_OCR_DIGIT}{{1,2}}\.|,[ ]?{_OCR_DIGIT}{{1,2}},|/{_OCR_DIGIT}{{1,2}}/)[ ]?"
    rf"{_OCR_CENTURY}?{_OCR_DIGIT}{{2}}"
    rf"|{_OCR_CENTURY}{_OCR_DIGIT}{{2}}-{_OCR_DIGIT}{{2}}-{_OCR_DIGIT}{{2}})(?![\w])"
    rf"|(?=[^\n]{{0,20}}[OolIBS])[0-9Ol]?{_OCR_DIGIT}\.[ ]?(?:{MONTHS})[ ]?{_OCR_CENTURY}"
    rf"{_OCR_DIGIT}{{2}}(?![\w]))"
)
# A form's joint label for date and place of birth: "Geburtsdatum/-ort", "Geb.-Datum und Ort".
PLACE_SUFFIX = r"(?:[ ]?(?:/|,|und|u\.)[ ]?-?[ ]?(?i:ort|geburtsort))"
# "geb. am / in  30.08.1995 / Poltawa", "geboren am / in:  05.05.1958 in Timișoara".
BORN_ON_IN = r"(?:geb\.|geboren)[ ]?am[ ]?/[ ]?in"
CUE = (
    rf"(?:{BORN_ON_IN}|geb(?:\.|(?=[ ](?:am[ ])?\d))(?:[ ]?am)?|"
    + ocr_tolerant("geboren")
    + r"(?:[ ]am)?|(?:"
    + ocr_tolerant("geburtsdatum")
    + rf"|Geb\.-Datum|Geb\.[ ]?Datum|Geb\.-?[ ]?Dat\.){PLACE_SUFFIX}?|"
    + ocr_tolerant("geburtstag")
    + r"|date[ ]of[ ]birth|DOB|d\.o\.b\.|born(?:[ ]on)?|birthday|tag[ ]der[ ]geburt"
    # A birth, as a label or reported ("Geburt: …", "die Geburt Ihrer Tochter am …"); not a
    # rule's bound ("bei Geburt nach dem 31.03.2024") or a thing's ("Geburt des Internets").
    r"|geburt(?![\w-])(?![ ](?:nach|vor|ab|bis|seit|zwischen)[ ])"
    r"(?![ ](?:des|der|eines|einer)[ ](?!(?:Kindes|Sohnes|Tochter|Zwillinge|Enkel\w*|Mutter"
    r"|Vaters|Antragsteller\w*|Betroffenen|Verstorbenen)(?![\w-]))[A-ZÄÖÜ])"
    # A joint label of date and place: "Tag/Ort der Geburt: 21.06.2019 / Florești".
    r"|tag[ ]?/[ ]?ort[ ]der[ ]geburt"
    # The label of a foreign document or form: Turkish, Polish, Romanian, Serbo-Croatian and
    # Bosnian, Albanian, French, Spanish, Ukrainian and Russian, Arabic.
    r"|do[ğg]um[ ]tarihi|data[ ]urodzenia|data[ ]na[șşs]terii|datum[ ]ro(?:đ|dj|d)enja"
    r"|datëlindja|date[ ]de[ ]naissance|fecha[ ]de[ ]nacimiento|дата[ ]народження"
    r"|дата[ ]рождения|تاريخ[ ]الميلاد)"
)
# Between words: spaces, or a line break where the letter wraps.
_SP = r"(?:[ ]+|[ ]*\n[ ]*)"
# Words that may stand between the cue and the date: "mein Geburtsdatum ist der 05.12.2001",
# "geboren bin ich am …", "Geburtsdatum des Kindes: …", "geboren in Gelsenkirchen am …". Only
# these, so that "Geburtsdatum bitte bis zum 03.03.2026 nachreichen" keeps its deadline.
_GAP = (
    rf"(?:{_SP}(?:ist|lautet|war|bin|ich|wurde|er|sie|der|die|das|des|dem|den|am|in"
    r"|von|meines|meiner|unseres|unserer"
    r"|seines|seiner|ihres|ihrer|eines|einer|laut|lt\.|gemäß|nach|wohl|vermutlich|steht|stand"
    r"|als(?=[ ]?[„\"“]))(?![\w-])"
    rf"|{_SP}[A-ZÄÖÜ][\w-]*|[ ]*\([^()\n]{{1,30}}\))"
)
# An ordinal day or month in words: "dritten", "Elfter", "einundzwanzigste".
_SPOKEN_DAY = (
    r"(?:erst|zweit|dritt|viert|fünft|sechst|siebt|siebent|acht|neunt|zehnt|elft|zwölft"
    r"|dreizehnt|vierzehnt|fünfzehnt|sechzehnt|siebzehnt|achtzehnt|neunzehnt"
    r"|(?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und)?zwanzigst"
    r"|(?:einund)?dreißigst)(?:e[nmrs]?)"
)
# After a birth cue only: a date with its month in any language ("22 lipca 1991", "3 Mart
# 1984"), often with the German date in brackets after it; its day in words
# ("Zweiundzwanzigster Mai 2024").
_WORD_DATE = (
    r"\d{1,2}\.?[ ][^\W\d_]{3,12}\.?[ ](?:19|20)\d{2}"
    rf"|(?i:{_SPOKEN_DAY})[ ](?:{MONTHS})[ ](?:19|20)\d{{2}}"
)
_SPOKEN_DATE = (
    rf"(?i:{_SPOKEN_DAY})[ ](?:(?i:{_SPOKEN_DAY})|(?i:{MONTHS}))[ ]"
    r"(?i:neunzehnhundert|zweitausend)[a-zäöüß]*"
)
# A spoken date that answers the question, hesitations and a year of two words in it:
# "dreizehnter märz äh neunzehnhundertvierundfünfzig", "siebzehnter april neunundvierzig".
_SPOKEN_YEAR = (
    r"(?:neunzehnhundert|zweitausend|zwotausend)[a-zäöüß]*"
    r"|(?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und)?"
    r"(?:zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)"
)
_SPOKEN_ANSWER = (
    rf"(?i:{_SPOKEN_DAY})[ ](?:(?i:äh|ähm)[ ])?(?:(?i:{_SPOKEN_DAY})|(?i:{MONTHS}))[ ]"
    rf"(?:(?i:äh|ähm)[ ])?(?i:{_SPOKEN_YEAR})(?![\w-])"
)
# A year of this century is a deadline's as often ("am ersten Januar zweitausendsechsundzwanzig
# in Kraft"): only after a birth cue; one of the last century is a birth date in a call.
_SPOKEN_BIRTH = (
    rf"(?:(?i:{_SPOKEN_DAY})[ ](?:(?i:{_SPOKEN_DAY})|(?i:{MONTHS}))[ ](?i:neunzehnhundert)"
    r"[a-zäöüß]*"
    # (The cue may end its line or have a colon: "Geboren⏎neunzehnter Juni zweitausendzwei",
    # "Geburtsdatum: neunzehnter Juni …".)
    rf"|(?i:geboren|geb\.|geburtstag|geburtsdatum):?(?:[ ]|[ ]*\n[ ]*)(?:am[ ])?{_SPOKEN_DATE}"
    # "ich bin jahrgang neunzehnhundertsiebenunddreißig"; a birthday without its year: "mein
    # geburtstag ist am zwölften august".
    r"|(?<=(?i:jahrgang)[ ])(?i:neunzehnhundert)[a-zäöüß]+"
    # "ella ist zweitausendzwanzig geboren".
    # Not a rule's "das ist zweitausendneunzehn geboren", "man sind …".
    r"|(?<!das[ ]ist[ ])(?<!es[ ]ist[ ])(?<!wer[ ]ist[ ])(?<!man[ ]ist[ ])(?<!man[ ]sind[ ])"
    r"(?<!die[ ]sind[ ])(?:(?<=[ ]ist[ ])|(?<=[ ]bin[ ])|(?<=wurde[ ])|(?<=sind[ ]))"
    r"(?i:neunzehnhundert|zweitausend)[a-zäöüß]+(?=[ ]geboren(?![\w-]))"
    r"|(?:(?<=(?i:mein)[ ]geburtstag[ ])|(?<=(?i:sein)[ ]geburtstag[ ])"
    r"|(?<=(?i:ihr)[ ]geburtstag[ ]))"
    rf"(?:ist[ ])?am[ ](?i:{_SPOKEN_DAY})[ ](?i:{MONTHS}))"
)
# A birth date said again: ", also 19.06.2002", " – also am …", ", d. h. …"; after a slash a
# list of several persons' dates ("geb.: 17.04.1990 / 06.06.1992", to the line's end); in
# brackets or after "bzw." the same day ("… (22.05.2024)"), checked in ``_restated``.
_RESTATED = re.compile(
    r"(?:(?:,|[ ][–-])[ ]?(?P<said>also|d\.[ ]?h\.|das[ ]heißt|sprich)[ ](?:am[ ])?"
    r"|(?P<slash>[ ]?/[ ]?)|(?P<same>[ ]\(|,?[ ]bzw\.[ ]))"
    rf"(?P<date>{DATE})(?!\d)"
    r"(?(slash)(?=[ \t]*(?:$|\n|/)))"
)
_DAY_MONTH = re.compile(r"(\d{1,2})\.[ ]?(\d{1,2})\.")
# OCR's form first: "09.12.197S" is no "09.12.19".
_DATE = re.compile(rf"{DATE_OCR}|{DATE}|{_WORD_DATE}|{_SPOKEN_DATE}")
_YEAR_AT_END = re.compile(r"(?:19|20)\d{2}$")
_SPOKEN_LEAD = re.compile(r"(?:ist[ ])?am[ ]")
# A year of birth in a hit without a date: four digits, or two at the hit's end ("Jg. 34").
_YEAR_IN = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)|(?<=[ .])\d{2}$")
_MONTH_WORD = re.compile(r"[^\W\d_]{3,}")
_GERMAN_MONTHS = frozenset(MONTHS.replace("\\.", "").split("|"))


# A label of several persons' birth dates: "Geburtsdaten", "Geb.-Daten der Kinder".
# A label ends with its colon ("Geburtsdaten/-orte lt. Dokument:"), not a sentence ("Die
# Geburtsdaten werden bis … nachgereicht").
_DATES_LABEL = re.compile(r"(?<![\w-])(?i:geburtsdaten|geb\.[ ]?-?[ ]?daten)(?![\w-])[^\n:]{0,30}:")
_LISTED_DATE = re.compile(rf"(?<![\w.]){DATE}(?![\w]|\.\d)")
_LISTED_SCORE = 0.85
# A question for the birth date that ends its line ("Wie lautet Ihr Geburtsdatum
# (TT.MM.JJJJ)?", "und ihr geburtsdatum"), and the date that answers it at the start of the next
# line, after a time and a speaker ("14:04  Gast: 19.11.1968").
_BIRTH_QUESTION = re.compile(
    r"(?i:geburtsdatum|geboren)(?:[ ](?:des|der|ihres|ihrer|von)[ ][^\n?]{1,30})?"
    # "Geburtsdatum und -zeit?", "ihr geburtsdatum zur kontrolle".
    r"(?:[ ]und[ ]-?[^\W\d_]+|[ ]zur[ ][^\W\d_]+|[ ]bitte)?"
    r"(?:[ ]?\([^()\n]{1,12}\))?[ ]?[?:]?[ \t]*\n"
)
# A turn's start: a time or a speaker ("[00:26] Anrufer:", "14:04  Gast:", "SPRECHER 2:").
_TURN = re.compile(r"[ \t]*(?:\[?\d{1,2}:\d{2}|[^\s:]{1,20}(?:[ ]\d)?:)")
_ANSWER = re.compile(
    r"[ \t]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]*)?"
    # The speaker, with a time after it too: "Besucher 14:26: 07.06.2025".
    r"(?:[^\s:]{1,20}(?:[ ]\d{1,2}:\d{2})?:[ \t]*)?"
    rf"(?:(?i:am|der|den)[ ])?(?:(?P<date>{DATE})(?!\d)|(?P<spoken>{_SPOKEN_ANSWER}))"
)
_SPOKEN_CUE = re.compile(r"(?<![\w-])(?i:geboren|geb\.?|geburtstag|geburtsdatum)(?![\w-])")
# Up to five words, or the rest of the line and the next turn's speaker, then the date.
_SPOKEN_AFTER_CUE = re.compile(
    r"(?:[ ,]+(?:[^\W\d_]+[ ,]+){0,5}?|[^\n]{0,40}\n[^\s:]{1,20}:[ ]+(?:[^\W\d_]+[ ]+){0,2}?)"
    rf"(?P<spoken>{_SPOKEN_ANSWER})"
)
# A journal's title before ", Jahrgang 1998": a noun before the comma ("Zeitschrift für
# Stadtgeschichte, Jahrgang 1998"), not a name ("Kowalczyk, Jahrgang 1936").
_TITLE_AND_VOLUME = re.compile(r"(?P<noun>[A-ZÄÖÜ][a-zäöüß]+),[ ]Jahrgang[ ]")


def _volume_of_a_title(text: str, start: int) -> bool:
    """A hit at ``start`` that is ", Jahrgang" after a noun (see ``_TITLE_AND_VOLUME``)."""
    found = _TITLE_AND_VOLUME.search(text, max(0, start - 40), start + 10)
    if found is None or found.end() < start:
        return False
    noun = found.group("noun")
    return is_lexicon_noun(noun) or is_loose_noun_compound(noun)


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[.]?(?:,[ ]|[ ]\()$")


def _after_no_name(text: str, result: RecognizerResult) -> bool:
    """A two-digit "Jahrgang 61" after a comma or a bracket whose word before is no name:
    "Riesling trocken, Jahrgang 19", "Die Schule feiert, Jahrgang 85"."""
    explanation = result.analysis_explanation
    if (
        explanation is None
        or explanation.pattern_name != "Year of birth in two digits after a verb"
    ):
        return False
    before = _WORD_BEFORE.search(text, max(0, result.start - 40), result.start)
    if before is None:
        return False  # after a verb: "Sie ist Jahrgang 61"
    word = before.group(1)
    return not word[:1].isupper() or is_lexicon_noun(word)


# A label's separator whose runs of blanks and tabs are taken whole: a date never starts with
# one, and giving them back one by one made a run of 20,000 tabs after a cue quadratic.
_SEPARATOR = LABEL_SEPARATOR.replace(r"[ \t]*", r"[ \t]*+")
_NAME = "DateOfBirthRecognizer"


class DateOfBirthRecognizer(StdlibPatternRecognizer):
    """Only the date is tagged; other dates (deadlines, letter dates) stay readable."""

    PATTERNS = [  # noqa: RUF012
        # A form may put the value on the next line after the colon (OCR of table layouts).
        Pattern(
            "DOB with cue",
            rf"(?<![\w.-])(?i:{CUE}){_GAP}{{0,4}}[ ]*+"
            rf"(?::[ \t]*+(?:\n[ \t]*+)?|{_SEPARATOR}|[ \t]*+\.{{2}}[ \t]*+|,?{_SP}?)"
            rf"(?:am{_SP})?[„\"“]?({DATE}|{DATE_OCR}|{_WORD_DATE})(?:[ ]?\((?:{DATE})\))?(?!\d)",
            0.9,
        ),
        # "Ich wurde am 20.2.1985 geboren", "wurde am 03.12.23 im St. Josef-Hospital geboren",
        # "ist am 23. Februar 2026 in Bochum zur Welt gekommen", "Nach Ihren Angaben sind Sie am
        # 01.01.1995 in Kunduz (Afghanistan) geboren", "ist laut Pass am … geboren".
        Pattern(
            "DOB before geboren",
            # OCR reads "am" as "arn".
            # Words between verb and date only before "am", no time's preposition among them,
            # and no number between date and verb: not "sind im Zeitraum vom 01.01.2023 bis
            # 31.12.2023 insgesamt 3.210 Kinder geboren", "waren nach dem 01.01.1990 geboren".
            rf"(?<![\w-])(?:wurde|wurden|bin|ist|sind|war|waren)"
            rf"(?:(?:{_SP}(?!(?:seit|vom|von|bis|ab|zwischen)(?![\w-]))"
            rf"[^\W\d_]+){{1,4}}?{_SP}(?:am|arn)|(?:{_SP}(?:am|arn))?){_SP}"
            rf"({DATE}|{_WORD_DATE})"
            # The hour of birth: "am 4. Februar 2026 um 8:12 Uhr geboren".
            rf"(?:{_SP}um{_SP}\d{{1,2}}[:.]\d{{2}}(?:{_SP}Uhr)?)?"
            # ("am 14.09.2009 oder früher geboren" is a rule's bound.)
            rf"(?:{_SP}(?!(?:oder|und|bis|früher|später|danach|davor)(?![\w-]))[^\s,;:\d][^\s,;:]*)"
            rf"{{0,5}}?{_SP}(?:geboren|(?:zur|auf[ ]die)"
            rf"{_SP}Welt{_SP}gekommen)"
            r"(?![\w-])",
            0.85,
        ),
        # "das von Frau Hümmer am 21.04.2025 im Klinikum Nürnberg Süd geborene Kind".
        Pattern(
            "DOB of a child born",
            rf"(?<![\w-])am{_SP}({DATE})(?:{_SP}[^\s,;:]+){{0,5}}?{_SP}"
            r"geborene[n]?[ ](?:Kind|Kindes|Sohn|Sohnes|Tochter|Zwillinge|Mädchen|Jungen?)"
            r"(?![\w-])",
            0.85,
        ),
        # "Geboren wurden die Zwillinge am …", "geboren sind die Kinder am …".
        Pattern(
            "DOB geboren with verb",
            rf"(?<![\w-])(?i:{ocr_tolerant('geboren')}){_SP}(?:wurden|wurde|sind|ist|bin)"
            rf"(?:{_SP}[^\W\d_]+){{0,3}}?{_SP}am{_SP}({DATE})(?!\d)",
            0.85,
        ),
        # Said on the phone: "am dritten Mai neunzehnhundertneunundachtzig", "Elfter Elfter
        # Neunzehnhundertneunzig". A spoken date with its year is a birth date in a call.
        Pattern(
            "DOB spoken",
            rf"(?<![\w-]){_SPOKEN_BIRTH}(?![\w-])",
            0.85,
        ),
        # "* 23.05.1990" in a CV or a register extract.
        Pattern("DOB asterisk", rf"(?<![\w*])\*[ ]?({DATE})(?![\d])", 0.9),
        # A year of birth alone: "geb. 1964", "geboren 1992 in Herne", "(Jg. 1979)",
        # "* 1949" (a year still ahead is none). Not "geboren am" with a date (the first
        # pattern's), not "Jahrgang 2026" of a journal or a school class.
        Pattern(
            "Year of birth",
            # "sie ist in Ulm geboren, 1996", "wurde in Mendefera geboren (1999)".
            r"(?<![\w.-])(?:(?i:geb\.|geboren|jg\.|geburtsjahr|born(?:[ ]in)?)"
            # Only where the year ends the clause: "in Essen geboren, 1938 emigrierte sie" and
            # "geboren (1950 zog er …)" are a life's next step.
            r"(?:[ ]?:|(?<=geboren),(?=[ ](?:19|20)\d{2}(?:[ \t]*(?:$|\n)|[.;)]))"
            r"|(?<=geboren)[ ]\((?=(?:19|20)\d{2}\)))?[ ]?"
            r"(?:im[ ]Jahr(?:e)?[ ])?"
            # A person's "Jahrgang 1961" after a verb, a bracket or a comma (checked in
            # ``analyze``), not a wine's, a journal's or a statistic's ("Riesling Jahrgang 2019",
            # "ab Jahrgang 2015").
            # The verb may end the line: "Sie ist⏎Jahrgang 2003".
            r"|(?:(?<=bin[ \n])|(?<=ist[ \n])|(?<=war[ \n])|(?<=sind[ \n])|(?<=beide[ ])"
            r"|(?<=vom[ ])|(?<=\()|(?<=,[ ]))Jahrgang(?:[ ]+|[ ]*\n[ ]*)"
            # An asterisk only before the place or the end of the entry: a bullet list's "*
            # 1964 Gründung" is a chronicle.
            r"|\*[ ]?(?=\d{4}(?:[ ]in[ ]|[,;)]|[ \t]*$)))((?:19|20)\d{2})"
            # Not a wine's "Jahrgang 2019er", nor a cohort ("Jahrgang 2012 und jünger").
            r"(?!\d|[.,/-]\d|er(?![\w-])|[ ]und[ ](?:jünger|älter)"
            r"|[ ]?(?:€|EUR|Euro|Uhr|m²|qm|Stück)"
            # A journal's volume, a book's binding: "Jg. 2021, Heft 3", "geb. 2019, 49 Seiten".
            r"|,?[ ](?:Heft|Nr\.|Ausgabe|Band|Bd\.|S\.|\d+[ ]Seiten)|[ ](?:der|des)[ ])",
            0.8,
        ),
        # Two digits after "Jg.": "Fr. Kemper, Elfriede (Jg. 34)".
        # Not a journal's volume: "Jg. 23 der Reihe", "Jg. 12 Nr. 4", "Jg. 12, Heft 3".
        Pattern(
            "Year of birth in two digits",
            # Not a school's year ("Schülerzahlen Jg. 10, Hörde: 45").
            r"(?<![\w.-])(?i:jg\.?)[ ]?(?!0\d|1[0-3])(\d{2})(?![\d./-])"
            r"(?=[);]|,(?![ ]?(?:Heft|Nr|Ausgabe|Band|Bd|S\.))|[ \t]*$|[ \t]*\n)",
            0.8,
        ),
        # "Sie ist Jahrgang 61": two digits after a verb are no journal's volume; "Herr Weber,
        # Jahrgang 61," after a name (a journal's title is a noun: ``_volume_of_a_title``).
        Pattern(
            "Year of birth in two digits after a verb",
            # After a name's comma or bracket (checked in ``analyze``: "Herr Weber, Jahrgang
            # 61", "Hr. Weber (Jahrgang 61)", not "Riesling trocken, Jahrgang 19").
            r"(?:(?<=bin[ ])|(?<=ist[ ])|(?<=war[ ])|(?<=[a-zäöüß],[ ])|(?<=[a-zäöüß][ ]\())"
            r"Jahrgang[ ](?!0\d|1[0-3])(\d{2})(?![\d/-]|\.\d)"
            r"(?![ ]und[ ](?:jünger|älter))",
            0.8,
        ),
        # The year before the cue in a list: "Brzezinski   1946 geb., Eving", "zwei Kinder
        # (2021 und 2023 geboren)".
        Pattern(
            "Year before geb.",
            # Not "2019 geb. Ausgabe" (gebunden).
            r"(?<![\w.-])((?:19|20)\d{2})(?:[ ]geb\.(?=[,;)]|[ \t]*$|[ \t]*\n|[ ]in[ ])"
            r"|(?=[ ]und[ ](?:19|20)\d{2}[ ]geboren\)))",
            0.8,
        ),
        Pattern(
            "Years in brackets before geboren", r"(?<=[ ]und[ ])((?:19|20)\d{2})[ ]geboren\)", 0.8
        ),
        # The year before the verb: "Ich bin 1948 geboren", "ist 1968 geboren", "ich bin 1990
        # in Kyjiw geboren", "Er wurde⏎1944 in Yozgat geboren".
        Pattern(
            "Year before geboren",
            # "bin übrigens 2003 geboren".
            r"(?<![\w.-])(?:bin|ist|war|wurde|wurden|sind)(?:[ ]|[ ]*\n[ ]*)"
            r"(?:(?:übrigens|auch|selbst|erst|ja|doch|eigentlich)[ ])?(?:im[ ]Jahr(?:e)?[ ])?"
            r"((?:19|20)\d{2})"
            r"(?=(?:[ ]in(?:[ ]+|[ ]*\n[ ]*)[A-ZÀ-Þ][\w-]*(?:[ ][A-ZÀ-Þ][\w-]*)?)?,?"
            r"(?:[ ]+|[ ]*\n[ ]*)geboren(?![\w-]))",
            0.8,
        ),
    ]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="DATE_OF_BIRTH",
            patterns=self.PATTERNS,
            name=_NAME,
            needles={"DOB spoken": ("hundert", "tausend", "geburtstag")},
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        results = [
            r
            for r in results
            if not _volume_of_a_title(text, r.start) and not _after_no_name(text, r)
        ]
        results += self._listed(text)
        results += self._answered(text)
        results += self._spoken_after_cue(text)
        results += self._restated(text, results)
        # Narrow each hit from "geb. am 12.04.1987" to the date itself.
        narrowed = []
        for result in results:
            dates = list(_DATE.finditer(text, result.start, result.end))
            explanation = result.analysis_explanation
            if not dates and explanation is not None and explanation.pattern_name == "DOB spoken":
                # A spoken year alone or a birthday without its year: the words after "am".
                lead = _SPOKEN_LEAD.match(text, result.start, result.end)
                if lead is not None:
                    result.start = lead.end()
                narrowed.append(result)
                continue
            if not dates:
                year = _YEAR_IN.search(text, result.start, result.end)
                # "geb. 1964", "1946 geb.", "Jg. 34": the year alone, if it has come.
                if year is not None and int(year.group()) <= datetime.date.today().year:
                    result.start, result.end = year.span()
                    narrowed.append(result)
                continue
            start_date, end = dates[-1], dates[-1].end()
            # The same date twice, the second in brackets: "22 lipca 1991 (22.07.1991)".
            if len(dates) > 1 and text[dates[-2].end() : start_date.start()].strip() == "(":
                start_date = dates[-2]
                end += text.startswith(")", end)
            # A month's name in another language, not a German noun ("3 Kinder 2019").
            words = _MONTH_WORD.findall(start_date.group())
            if (
                start_date.group()[:1].isdigit()
                and words
                and is_lexicon_noun(words[0])
                and words[0] not in _GERMAN_MONTHS
            ):
                continue
            result.start, result.end = start_date.start(), end
            narrowed.append(result)
        return narrowed

    def _restated(self, text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
        """The same birth date again in digits right after a hit: "neunzehnter Juni
        zweitausendzwei, also 19.06.2002", "… / 19.06.2002"."""
        found = []
        for result in results:
            again = _RESTATED.match(text, result.end)
            if again is not None and again.group("same") is not None:
                # "(14.03.2026 beantragt)", "bzw. 12.03.2026 laut Melderegister": another day.
                first = _DAY_MONTH.search(text, result.start, result.end)
                second = _DAY_MONTH.match(again.group("date"))
                if (
                    first is None
                    or second is None
                    or (int(first.group(1)), int(first.group(2)))
                    != (int(second.group(1)), int(second.group(2)))
                ):
                    continue
            if again is not None:
                found.append(
                    cued_result(
                        "DATE_OF_BIRTH",
                        again.span("date"),
                        _LISTED_SCORE,
                        (_NAME, self.id),
                        "birth date restated",
                    )
                )
        return found

    def _spoken_after_cue(self, text: str) -> list[RecognizerResult]:
        """A spoken date a few words after a birth cue, also on the next turn of a call:
        "geboren ist er äh zwölfter märz dreiundneunzig", "e m r e geboren dreiundzwanzigster
        november zwotausendvierzehn", "ihr geburtstag für die kartei⏎anruferin: sechster mai
        neununddreißig"."""
        found = []
        for cue in _SPOKEN_CUE.finditer(text):
            date = _SPOKEN_AFTER_CUE.match(text, cue.end())
            if date is not None:
                found.append(
                    cued_result(
                        "DATE_OF_BIRTH",
                        date.span("spoken"),
                        _LISTED_SCORE,
                        (_NAME, self.id),
                        "DOB spoken",
                    )
                )
        return found

    def _answered(self, text: str) -> list[RecognizerResult]:
        """The date that answers a question for the birth date on the line before, in a chat or
        a call ("Wie lautet Ihr Geburtsdatum?⏎14:04  Gast: 19.11.1968")."""
        if "eburtsdatum" not in text and "eboren" not in text:
            return []
        found = []
        for question in _BIRTH_QUESTION.finditer(text):
            answer = _ANSWER.match(text, question.end())
            if answer is None:
                continue
            # A turn of a chat or a call, or a question: not a form's empty field above the
            # next ("Geburtsdatum:⏎Frist: 12.03.2027").
            line_start = text.rfind("\n", 0, question.start()) + 1
            asked = "?" in text[question.start() : question.end()]
            if not asked and not (
                _TURN.match(text, line_start) and _TURN.match(text, question.end())
            ):
                continue
            if answer.group("spoken") is not None:
                # Kept whole when hits are narrowed to their dates, as a spoken date is.
                found.append(
                    cued_result(
                        "DATE_OF_BIRTH",
                        answer.span("spoken"),
                        _LISTED_SCORE,
                        (_NAME, self.id),
                        "DOB spoken",
                    )
                )
                continue
            year = _YEAR_AT_END.search(answer.group("date"))
            if year is not None and int(year.group()) > datetime.date.today().year:
                continue
            found.append(
                cued_result(
                    "DATE_OF_BIRTH",
                    answer.span("date"),
                    _LISTED_SCORE,
                    (_NAME, self.id),
                    "birth date answered",
                )
            )
        return found

    def _listed(self, text: str) -> list[RecognizerResult]:
        """Every date after a label of several persons' birth dates, on its line and the next
        ("Geburtsdaten/-orte lt. Dokument:⏎1 03.05.1993 Bacău · 2 29.01.2014 Bacău")."""
        if "daten" not in text:
            return []
        found = []
        for cue in _DATES_LABEL.finditer(text):
            line_end = text.find("\n", cue.end())
            next_end = -1 if line_end < 0 else text.find("\n", line_end + 1)
            end = len(text) if next_end < 0 else next_end
            for date in _LISTED_DATE.finditer(text, cue.end(), end):
                year = _YEAR_AT_END.search(date.group())
                if year is not None and int(year.group()) > datetime.date.today().year:
                    continue  # a deadline
                found.append(
                    cued_result(
                        "DATE_OF_BIRTH",
                        date.span(),
                        _LISTED_SCORE,
                        (_NAME, self.id),
                        "listed birth dates",
                    )
                )
        return found
