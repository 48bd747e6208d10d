"""Towns where a person lives or lived: ``wohnhaft in Recklinghausen``, ``Wohnort: Herne``,
``zieht aus Castrop-Rauxel zu``, ``Wegzug nach Antalya``, ``ist nach Köln verzogen``.

Without a postcode the PLZ recognizer never sees a town, and a town of residence narrows a
person down as much as their street. Only towns right after (or before) a verb of living or
moving are taken, so a town in a sentence about an event stays readable; an office that moves
("Die Bibliothek zieht nach Wattenscheid") is taken too, the price of recall. Pronouns,
nouns, countries and states are no towns. Reported as ``LOCATION``; the cue stays readable.
"""

from __future__ import annotations

import datetime
import re

from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.lang.de.stop_words import STOP_WORDS

from redaction.recognizers.birthplace_recognizer import NOT_TOWNS, TOWN
from redaction.recognizers.noun_lexicon import (
    is_district,
    is_lexicon_noun,
    is_place_name,
)
from redaction.recognizers.patterns import LEGAL_FORM, cued_result, written_in_lower_case
from redaction.recognizers.values import ValuePatternRecognizer

# Words that may stand between the verb and "in": "wohnt seit März in", "wohne noch in".
_BETWEEN = (
    r"(?:[ ](?:seit|noch|jetzt|nun|derzeit|zurzeit|aktuell|bereits|schon|mittlerweile"
    r"|inzwischen|zusammen|gemeinsam|wieder|dauerhaft|weiterhin|ab|dem|im|am|März|Januar|Februar"
    r"|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|\d{1,2}\.\d{1,2}\.(?:\d{2,4})?"
    r"|\d{4}|Jahren|Monaten|Jahre|Monate|bis|\d{1,2}/\d{2}(?:\d{2})?|kurzem|Kurzem|bei|mir|uns|ihm|ihr|ihnen|meiner|meinem|seiner|seinem"
    r"|ihrer|ihrem|Tochter|Sohn|Eltern|Mutter|Vater|Oma|Opa|übergangsweise|vorübergehend|mit"
    r"|meinen|Bruder|Schwester|Freund|Freundin|Familie|Partner|Partnerin|Mann|Frau|Kindern"
    r"|erst|zum|zur|heute|irgendwo|dort|momentan|vorerst|\d{1,3}|der|den|angeblich|wohl"
    # "Ich komme ursprünglich aus Kumasi".
    r"|ursprünglich|eigentlich"
    # A mail's lower case: "umgezogen im dezember nach Oggersheim".
    r"|januar|februar|märz|april|juni|juli|august|september|oktober|november|dezember"
    # "er wohnt selbst in Witten", "wohnt bisher in …", "lebt seit vielen Jahren in Bremen",
    # "wohnen seit dem 1. Dezember in …" (not "wohnen also in …" of a statistic).
    r"|selbst|bisher|vielen|langem|\d{1,2}\.|lt\.|laut|letztem|letzten|diesem|J\."
    r"|vermutlich|wahrscheinlich|Trennung|Scheidung|Geburt|Heirat|Rente|Ruhestand"
    # "er wohnt zur Ausbildung in Bielefeld", "zieht zum Sommer nach Herten".
    r"|Ausbildung|Sommer|Herbst|Winter|Frühjahr|Frühling"
    r"|Jahresende|Monatsende|Schuljahresende"
    # "wohnt jetzt im Pflegeheim in Fröndenberg".
    r"|im[ ][A-ZÄÖÜ][\w-]*(?:heim|zentrum|stift|haus))){0,4}"
)
# A town in lower case, also with the marks of Central and Eastern European alphabets
# ("poznań", "constanța", "iași"; not French loanwords: "café", "élan").
_LOWER_LETTER = "a-zäöüßāăąćčďđēęěğīıłńňōőřśşșšťţțūůűźżž"
_LOWER_TOWN = rf"[{_LOWER_LETTER}][{_LOWER_LETTER}-]{{2,}}"
# Relatives, whose home is the family's business too.
_KIN = (
    r"(?:Tochter|Töchter|Sohn|Söhne|Kinder|Kind|Eltern|Mutter|Vater|Bruder|Brüder|Schwester"
    r"|Schwestern|Geschwister|Ehefrau|Ehemann|Ehepartner(?:in)?|Verwandten?|Angehörigen?"
    r"|Oma|Opa|Großmutter|Großvater|Großeltern|Enkel(?:in|kinder)?|Neffe|Nichte|Onkel|Tante"
    r"|Cousine?|Schwager|Schwägerin|Schwiegermutter|Schwiegervater|Schwiegereltern"
    r"|Schwiegertochter|Schwiegersohn|Schwiegerkinder|Stiefvater|Stiefmutter|Stiefsohn"
    r"|Stieftochter|Pflegesohn|Pflegetochter|Pflegekind"
    r"|Lebensgefährt(?:e|in))"
)
# A verb of living after the town: "der seit Herbst in Senftenberg lebt", "eine Wohnung, die
# ich in Münster gehabt habe" is not one, "in Bochum gemeldet" is. Only the singular and the
# participles: "… Menschen in Bochum leben" is a statistic.
_LIVES_AFTER = (
    r"(?:lebt|lebte|wohnt|wohnte|gewohnt|gelebt|gemeldet|wohnhaft|ansässig|lebe|wohne)(?![\w-])"
)
# The blank after a preposition, or the line break where the letter wraps.
_WRAP = r"(?:[ ]|[ ]*\n[ ]*)"
# Verbs in lower case: "Wohnen in Bochum" heads a market report.
_LIVES = (
    # A file note's "Wohnt jetzt in …", "wohnh. in Gotha" (not the heading "Wohnen in …").
    r"(?:[Ww]ohnhaft|wohnh\.|[Ww]ohne|[Ww]ohnt|wohnen|wohnte|wohnten|gewohnt|[Ll]ebe|[Ll]ebt|leben"
    r"|lebte|lebten"
    # Registered there: "ich wollte mich anmelden in Rheine", "gemeldet in Herne".
    r"|gelebt|gemeldet|angemeldet|anmelden|ummelden|umgemeldet|aufgewachsen)"
)
_MOVES = r"(?:zieht|ziehen|ziehe|zog|zogen|Umzug|umgezogen)"
# "komme aus Gelsenkirchen", "wir sind eine Familie aus Enschede"; the other persons of
# "kommen" only after a pronoun ("sie kommen aus Recklinghausen-Süd"; "Die Fördermittel kommen
# aus Düsseldorf" is about money).
_MOVES_FROM = (
    rf"(?:{_MOVES}|zugezogen|Zuzug|komme|stamme"
    r"|(?<!Heilige[ ])(?:Familie|Ehepaar)(?:[ ][A-ZÄÖÜ][\w-]+)?(?:[ ](?:kam|kommt|stammt))?"
    r"|(?<![\w-])(?i:ich|wir|er|sie|du|ihr)[ ](?:kommen|kommt|kam|kamen|stammen|stammt))"
)
_MOVES_TO = (
    rf"(?:{_MOVES}|verzogen|weggezogen|Wegzug|Einzug|Abmeldung|abgemeldet|Ummeldung|ausgewandert"
    r"|Rückkehr"
    r"|zurückgekehrt"
    # "Ich komme zurück nach Kamen" (not "Unterlagen zurück nach Münster").
    r"|(?:komme|kommen|kehre|kehren|ziehe|ziehen|gehe|gehen)[ ]zurück)"
)
# Up to twelve words of a clause between a verb of living or moving and its "in" or "nach":
# "wohnt mit mir und meinem Bruder Tim (2010) in Rheinhausen", "lebt seit 2024 in einem
# Pflegeheim in Werne", "zieht laut Anmeldebogen im Sommer nach Dorsten-Wulfen", a quoted
# reply's wrap ("Ich wohne⏎> selbst in Erle"). No sentence or clause ends between them, and no
# crowd is the subject ("Es leben viele Familien mit Kindern in Wattenscheid" is a statistic).
_CLAUSE_WORDS = (
    r"(?:(?:[ ]|[ ]*\n[> ]*)(?!(?:Einwohner\w*|Menschen|Personen|Bürger(?:innen)?|Familien"
    # A dash ends the clause too ("Gemeinsam leben – gemeinsam lernen in Hamm").
    r"|Beschäftigte|Kinder|Jugendliche|Haushalte|Studierende|Senioren|viele|rund|ca\.|[–—-])"
    # Nor does a town come first: its hit would swallow the nearer one's ("wohnt in Herne und
    # arbeitet in Bochum").
    r"[ \n]|(?:in|nach|aus)[ ]*\n?[> ]*[A-ZÄÖÜ])"
    # Abbreviations and dates are words too: "bzw. 2016 (Herr Erdoğan)", "Tochter Sofiia (geb.
    # 03.10.2019)".
    # A comma may stand inside: "wohnt mit ihren drei Kindern, Ali, Mehmet und Zeynep, in …",
    # "zieht, wie er mitteilte, nach …".
    # A household's size is one word, no crowd: "lebt mit sieben Personen in …".
    r"(?:\(?(?:lt|bzw|geb|ca)\.|\(?\d{1,2}\.\d{1,2}\.(?:\d{2,4})?\)?"
    r"|(?<=mit[ ])(?:\d{1,2}|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)[ ]Personen"
    r"|[^\s.;:!?]+)){1,12}?"
)
_SOMEONE_REACH = 120
_OWN = (
    r"mein|meine|meinem|meinen|meiner|unser|unsere|unserem|unseren|unserer|sein|seine|seinem"
    r"|seinen|seiner|ihr|ihre|ihrem|ihren|ihrer"
)
_POSSESSIVES = rf"{_OWN}|die|der|den|dem"
_PRIVATE_LABEL_END = "(?:{})".format(
    "|".join(
        f"(?<={label})"
        for label in (
            "Privatadresse",
            "Privatanschrift",
            "Wohnadresse",
            "Heimatadresse",
            "Hauptwohnsitz",
            "Nebenwohnsitz",
        )
    )
)
# Where the verbs of the clause patterns start (their anchors).
_LIVING_VERB_START = (
    r"(?<![\w-])(?=[Ww]ohn|leb|gelebt|gemeldet|angemeldet|anmelden|umgemeldet|ummelden"
    r"|aufgewachsen)"
)
_MOVING_VERB_START = (
    r"(?<![\w-])(?=zieh|zog|Umzug|umgezogen|verzogen|weggezogen|Wegzug|Abmeldung|abgemeldet"
    r"|Ummeldung|ausgewandert|Rückkehr|zurückgekehrt|komme|kehre|gehe)"
)
_DIGIT_WORD = r"(?i:null|eins|zwei|zwo|drei|vier|fünf|sechs|sieben|acht|neun)"
# A street is the street recognizer's: "wohnt in der Lindenstraße".
_NO_STREET = r"(?![\w-]*(?:straße|strasse|str\.|weg|gasse|allee|platz|ring|damm|ufer)(?![\w-]))"
# A home or a hospital is no district: "wohnhaft im Seniorenzentrum St. Josef", "im
# Studierendenwohnheim".
_NO_INSTITUTION = (
    # (Possessive: two runs of blanks side by side split a long run every way: quadratic.)
    r"(?![ ]*+(?:\n[ ]*+)?[\w-]*(?:zentrum|heim|haus|stift|klinik|klinikum|hotel|residenz|pension"
    r"|unterkunft)(?![\w-]))"
)
_OWN_START = r"(?<![\w-])(?=(?i:mein|unser))"
_LOWER_VERB_START = (
    r"(?<![\w-])(?=wohn|leb|geb|umgezogen|gezogen|gewohnt|gelebt|bin[ ]|ist[ ]|sind[ ])"
)
_LOWER_MOVE = re.compile(r"(?<![\w-])(?:\w*gezogen|zieh\w*|zog|zogen)(?![\w-])")
_LOWER_MOVE_REACH = 40
_LOWER_MOVER = re.compile(r"(?<![\w-])(?:ich|wir|er|sie|mein\w*|unser\w*|sein\w*|ihr\w*)(?![\w-])")
# Someone a clause is about, in its sentence: a person named with their title, oneself, one's
# relative ("Die Ausweisstelle bleibt in Hörde", "Liebe Eltern, die Notbetreuung bleibt …",
# "Der Zirkus zieht … nach Recklinghausen" name none). "Zu Osei: zieht … nach Hattingen" is a
# staff note on a person.
_PERSON_IN_SENTENCE = re.compile(
    rf"(?:Herr|Frau|Hr\.|Fr\.|Familie|Fam\.|Ehepaar)[ ][A-ZÄÖÜ]|(?<![\w-])(?:ich|Ich|er|wir|Wir)"
    rf"(?![\w-])|(?<![\w-])(?i:(?:{_POSSESSIVES})[ ]{_KIN})(?![\w-])"
    r"|^[ \t]*(?:-[ ])?Zu[ ][A-ZÄÖÜ][\w-]+:"
    r"|(?<![\w-])(?:Nachbar(?:in)?|Mieter(?:in)?|Antragsteller(?:in)?|Kundin|Kunde|Familie"
    r"|Ehepaar)(?![\w-])"
    # One's clients; a year of birth ("Valentyna Horbatenko (Jahrgang 1958) bleibt in …").
    rf"|(?<![\w-])(?i:{_OWN})[ ](?:Mandant|Klient)\w*|(?:Jahrgang|Jg\.|geb\.)[ ]?\d",
    re.MULTILINE,
)
# Nouns of a person's move, whose subject is a person: "die Ummeldung nach Unna ist erfolgt".
_PERSONAL_MOVE = re.compile(r"(?<![\w-])(?:Ummeldung|Abmeldung|Umzug|Wegzug)(?![\w-])")
# A year of birth within a life still possible: "St. Josef (1898), Marxloh" is a church's.
_OLDEST_BIRTH_YEARS = 110
# A firm's legal form near a parcel: the owner is no private person.
_FIRM = re.compile(rf"(?<![\w-])(?:{LEGAL_FORM})(?![\w-])")
_FIRM_REACH = 150
# A private owner near a parcel: a person named with a title, an owner or builder named, one
# writing about their own land.
_PRIVATE_OWNER = re.compile(
    r"(?:Herr|Frau|Herrn|Hr\.|Fr\.|Dr\.)[ ][A-ZÄÖÜ]"
    r"|(?<![\w-])(?:[Ii]ch|[Ww]ir|[Mm]ein\w*|[Uu]nser\w*)(?![\w-])"
    # "Eigentümer ...... wie Bauherrschaft" of a form whose builder is a person.
    r"|Eigentümer(?:in)?[ .:]+wie[ ](?:Bauherr|Antragsteller)"
    r"|(?:Eigentümer(?:in)?|Bauherr(?:in|schaft)?|Antragsteller(?:in)?)[ .:]+"
    r"(?!(?:die|das|der)[ ](?:Stadt|Land|Kreis|Gemeinde|Bund)(?![\w-]))[A-ZÄÖÜ]"
)
_OWNER_REACH = 400
# A parcel's "Flur" near the district: the land register's, not a town's "Gemarkung Hörde".
_FLUR = re.compile(r"(?<![\w-])Flur(?![\w-])")
_FLUR_REACH = 80
# A time long past in a clause: a year before 1920, its decade, a century.
_HISTORY = re.compile(r"(?<!\d)(?:1[0-8]\d\d|19[01]\d)(?!\d)|(?<![\w-])Jahrhundert")
# How far back the clause of a hit may begin (twelve words).
_CLAUSE_REACH = 120
_SENTENCE_END = re.compile(r"[.!?\n]")
# School subjects, no towns.
_SUBJECTS = frozenset(
    ("Mathe", "Mathematik", "Physik", "Chemie", "Biologie", "Bio", "Sport", "Musik", "Kunst")
)
# A sentence's end: not an abbreviation's dot ("Tochter Sofiia (geb. 03.10.2019) in …").
_NO_ABBREVIATION = (
    r"(?<!\bgeb)(?<!\bca)(?<!\blt)(?<!\bbzw)(?<!\bNr)(?<!\bStr)(?<!\bSt)(?<!\bHr)(?<!\bFr)(?<!\bDr)"
    r"(?<!\bvgl)(?<!\bz\.B)(?<!\bu\.a)(?<![\s.]\w)"
)
_SENTENCE_STOP = re.compile(rf"{_NO_ABBREVIATION}[.!?](?=\s)")
# A sentence's or a clause's end before "bleibt in": "Wir freuen uns: Der Weihnachtsmarkt …".
_CLAUSE_STOP = re.compile(rf"{_NO_ABBREVIATION}[.!?:;](?=\s)")
_CROWD = re.compile(
    r"(?<![\w-])(?:Einwohner\w*|Menschen|Personen|Bürger(?:innen)?|Familien|Beschäftigte\w*"
    r"|Studierende\w*|Studenten|Jugendliche\w*|Senioren|Seniorinnen|Haushalte|Leute"
    r"|Geflüchtete\w*|Flüchtlinge|Zugewanderte\w*|meisten|viele|Hälfte|Prozent|Drittel"
    r"|Viertel)(?![\w-])|%"
)
# A household's size is no crowd: "lebt mit sieben Personen in einer Dreizimmerwohnung".
_HOUSEHOLD = re.compile(
    r"(?<![\w-])mit[ ](?:\d{1,2}|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)"
    r"(?:[ ]weiteren)?[ ]$"
)


def _crowd(text: str, start: int, end: int) -> bool:
    """A crowd between ``start`` and ``end`` (see ``_CROWD``), not a household's size."""
    return any(
        not (
            crowd.group() in ("Personen", "Leute")
            and _HOUSEHOLD.search(text, max(0, crowd.start() - 30), crowd.start())
        )
        for crowd in _CROWD.finditer(text, start, end)
    )


# Statistics: many people live in the city ("370.000 Einwohner leben in Bochum").
_NOT_MANY = "".join(
    rf"(?<!{word}[ ])"
    for word in (
        "Einwohner",
        "Menschen",
        "Personen",
        "Bürger",
        "Familien",
        "Beschäftigte",
        "Studierende",
        "Studenten",
        "Jugendliche",
        "Senioren",
        "Haushalte",
        "Leute",
        "Geflüchtete",
    )
)
# A participle after the town: "ist nach Köln verzogen", "aus Köln zugezogen".
_MOVED_AFTER = (
    r"(?:verzogen|umgezogen|zugezogen|gezogen|weggezogen|hergezogen|ausgewandert|eingewandert"
    r"|übergesiedelt|gekommen|geflohen|geflüchtet|eingereist|angereist"
    # The present after "nach": "da ich zum 1. November nach Hattingen umziehe".
    r"|umziehe|umziehen|umzieht|ziehe|ziehen|zieht)(?![\w-])"
)
# What follows "in" or "nach" but is no town: pronouns, words in a form's header.
_NOT_AFTER = r"(?!(?:Ihr|Ihre|Ihrer|Ihrem|Ihren|Ihres|unser\w*|dies\w*|jen\w*|PLZ)(?![\w-]))"
# Nouns the lexicon lacks, by their endings: "Untermiete", "Terminabsprache", "Neubau".
_NOUN_ENDING = re.compile(
    r"(?:ung|heit|keit|schaft|(?<!e)ende|bau|miete|gruppe|absprache|nis|tum|unbekannt)$", re.I
)
# A city's centre or quarter by the compass names no one's home.
_NOT_DISTRICTS = frozenset(
    ["Mitte", "Innenstadt", "Zentrum", "Stadtmitte", "Altstadt", "Nord", "Süd", "Ost", "West"]
)
_TOWN_PREFIXES = frozenset({"Bad", "Sankt", "St.", "Neu", "Alt", "Groß", "Klein"})
_EARLIER = re.compile(
    r"(?<![\w-])(?:(?:vorher|davor|zuvor)[ ](?:\d{1,2}[ ](?:Jahre|Monate)[ ])?"
    # "Die Landesgartenschau fand zuletzt 4 Jahre in Höxter statt": an event's place.
    r"|zuletzt[ ]\d{1,2}[ ](?:Jahre|Monate)[ ])(?:wohnhaft[ ])?(?:in[ ])?$"
)
_HOME_WORD = re.compile(
    r"(?i)(?<![\w-])(?:wohn\w*|gewohnt|gemeldet|lebe\w*|gelebt|umgezogen|gezogen|zugezogen"
    r"|anschrift|adresse|meldeadresse|zuzug|einzug)(?![\w-])"
)
_HOME_REACH = 120
_EVERYONE = re.compile(
    r"(?i)(?<![\w-])(?:wer|alle|jede[rs]?|berechtigt\w*|antragsberechtigt\w*|schüler\w*"
    r"|teilnehm\w*|studierende|kinder)(?![\w-])"
)
_FIRST_PERSON_WORD = re.compile(r"(?i)(?<![\w-])(?:ich|mir|mich|mein\w*|wir|uns|unser\w*)(?![\w-])")
_IN_TABLE_CELL = re.compile(r"[|\t][^|\t\n]*$")


# Countries of origin or destination, and states and regions, are no one's address ("Umzug nach
# Polen", "lebt in Nordrhein-Westfalen").
_COUNTRIES_TEXT = """
Baden-Württemberg Bayern Hessen Mecklenburg-Vorpommern Niedersachsen Nordrhein-Westfalen NRW
Rheinland-Pfalz Saarland Sachsen Sachsen-Anhalt Schleswig-Holstein Thüringen Ruhrgebiet
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
_COUNTRY_NAMES = (
    "|".join(sorted(_COUNTRIES, key=len, reverse=True))
    + r"|der[ ]Türkei|dem[ ]Irak|dem[ ]Iran|der[ ]Ukraine|dem[ ]Kosovo|dem[ ]Libanon|dem[ ]Sudan"
)


_DISTRICT_WORDS = ("stadtteil", "ortsteil", "stadtbezirk")


class ResidenceRecognizer(ValuePatternRecognizer):
    """A town after a cue of living there or moving from or to it."""

    PATTERNS = [  # noqa: RUF012
        Pattern(
            "Town after living in",
            # A district with its article: "Sie leben bei mir in der Sanderau", "Wir wohnen seit
            # letztem Herbst im Vauban" (a noun after it is no town: "in der Nähe", "im Heim").
            rf"(?<![\w-]){_NOT_MANY}{_LIVES}{_BETWEEN}{_WRAP}"
            rf"(?:in|(?:in[ ]der|im){_NO_INSTITUTION}){_WRAP}{_NOT_AFTER}"
            rf"(?!{NOT_TOWNS}){_NO_STREET}{TOWN}",
            0.7,
        ),
        Pattern(
            "Town after a residence label",
            r"(?<![\w-])(?i:wohnort|wohnsitz|letzter[ ]wohnort|bisheriger[ ]wohnort"
            r"|früherer[ ]wohnort|wohnhaft|(?:derzeitiger[ ]|letzter[ ])?aufenthalt(?:sort)?)"
            rf"[ \t]*:[ \t]*{_NOT_AFTER}(?!{NOT_TOWNS}){TOWN}",
            0.8,
        ),
        Pattern(
            "Town of a stay",
            # "hielt er sich zuletzt 2023 in Hamburg-Billstedt⏎auf", "hat sich bis Mai in Gera
            # aufgehalten".
            r"(?<![\w-])(?:hält|hielt|halte|halten|hielten|hat|hatte|haben|hatten)[ ]"
            r"(?:(?:er|sie|es|ich|wir)[ ])?sich"
            rf"(?:{_WRAP}(?!in(?![\w-]))[^\W\d_]+|{_WRAP}(?:19|20)\d{{2}}){{0,4}}?{_WRAP}in{_WRAP}"
            rf"{_NOT_AFTER}(?!{NOT_TOWNS}){_NO_STREET}{TOWN}"
            # The verb's particle ends the clause: not "hielt sich in Paris auf Einladung auf".
            rf"(?={_WRAP}(?:auf|aufgehalten)(?:[ ]*[.,;:)]|[ \t]*\n|[ \t]*$))",
            0.7,
        ),
        Pattern(
            "Town after wohnhaft",
            # "(Mutter: Selam Haile, wohnhaft Freiburg-Haslach)": the town ends the clause (not
            # "wohnhaft Zum Kahleberg 22").
            # A file note's "wh." too: "Sohn Dietmar Kuhn, wh. Wismar; Tochter …".
            rf"(?<![\w-])(?:wohnhaft|wh\.|whft\.|wohnh\.)[ ](?:in[ ])?{_NOT_AFTER}(?!{NOT_TOWNS})"
            rf"{_NO_STREET}{TOWN}"
            r"(?=[);]|,[ ](?!\d)|\.(?:\s|$)|[ \t]*$)",
            0.7,
        ),
        Pattern(
            "Town of a street",
            # "Kolumbusring 58 in Lütten Klein", "Am Pappelgraben 7 in Osnabrück".
            r"(?<![\w-])[A-ZÄÖÜ][\w-]*(?:straße|str\.|weg|ring|allee|platz|gasse|damm|ufer"
            r"|chaussee|pfad|steig|markt|graben|berg|feld|kamp|winkel)[ ]\d{1,4}[ ]?[a-h]?[ ]in[ ]"
            rf"{_NOT_AFTER}(?!{NOT_TOWNS}){TOWN}",
            0.7,
        ),
        Pattern(
            "Town before living",
            # The verb may stand on the next line: "seit April bin ich in Nieder-Olm⏎gemeldet".
            # A span of time may stand between: "in Donnerschwee über 50 Jahre gelebt".
            rf"(?<![\w-])in{_WRAP}{_NOT_AFTER}(?!{NOT_TOWNS}){TOWN}"
            # "mehr als 50 Jahre lang gewohnt" too; a club is "ansässig" only without the years.
            r"(?=(?:[ ](?:über|fast|knapp|rund|gut|mehr[ ]als)?[ ]?\d{1,3}[ ](?:Jahre|Monate)"
            r"(?:[ ]lang)?(?=[ ]*\n?[ ]*(?:gelebt|gewohnt|lebte|wohnte)))?"
            rf"{_WRAP}{_LIVES_AFTER})",
            0.7,
        ),
        Pattern(
            "Town of a home",
            # "meinen alten Wohnort Hattingen", "Wohnsitze in Bielefeld", "meine Wohnung in
            # Münster", "Meine alte Adresse in Augsburg".
            # "Mein Hauptwohnsitz ist bei meinen Eltern in Freiburg".
            # "Post bitte an die Privatadresse in Solingen".
            # "Zweitwohnsitz in Senden", "aus seiner Eigentumswohnung in Wiblingen".
            r"(?<![\w-])(?:Wohnort|Wohnorte|Wohnsitz|Wohnsitze|Hauptwohnsitz|Nebenwohnsitz"
            r"|Zweitwohnsitz|Erstwohnsitz|(?:Eigentums|Miet|Dienst)wohnung"
            r"|Wohnung|Adresse|Anschrift|Privatadresse|Privatanschrift|Wohnadresse|Heimatadresse)"
            # A private address's label too: "Meine Privatadresse: Solingen" (not a form's
            # "Anschrift: Bochum, Rathaus").
            rf"(?:[ ](?:ist|liegt|war){_BETWEEN}[ ]in|[ ]in|{_PRIVATE_LABEL_END}[ ]?:)?{_WRAP}"
            rf"{_NOT_AFTER}(?!{NOT_TOWNS}){TOWN}"
            r"(?![ ]?\d)",
            0.7,
        ),
        # One's own land or house: "auf meinem Grundstück in Freiburg-Littenweiler", "unser Haus
        # in Kray".
        Pattern(
            "Town of one's property",
            rf"(?<![\w-])(?i:{_OWN})[ ]"
            r"(?:Grundstück|Haus|Garten|Hof|Eigenheim|Reihenhaus|Einfamilienhaus|Doppelhaus"
            r"|Doppelhaushälfte|Mehrfamilienhaus|Wohnhaus|Ferienwohnung|Kleingarten|Schrebergarten"
            rf"|Elternhaus|Hausgrundstück){_WRAP}in{_WRAP}{_NOT_AFTER}(?!{NOT_TOWNS}){_NO_STREET}"
            rf"{TOWN}(?![ ]?\d)",
            0.7,
        ),
        # A writer who lives there: "als Anwohner in Essen-Frintrop rege ich an", "ich bin
        # Anliegerin in Kray" (not "Anwohner in Bochum beschweren sich", a crowd, nor an FAQ's
        # "Als Anwohner in Kray sind Sie berechtigt": after "als" the writer follows).
        Pattern(
            "Town of a resident",
            r"(?<![\w-])(?:(?P<as>[Aa]ls)|[Ii]ch[ ]bin|bin[ ]ich|wir[ ]sind|sind[ ]wir)[ ]"
            r"(?:Anwohner(?:in)?|Anlieger(?:in)?|Anwohnende[rn]?|Bewohner(?:in)?|Einwohner(?:in)?)"
            rf"{_WRAP}(?:in|aus|von){_WRAP}{_NOT_AFTER}"
            rf"(?!{NOT_TOWNS}){_NO_STREET}{TOWN}"
            r"(?(as)(?=[^.!?\n]{0,40}?(?<![\w-])(?:ich|wir)(?![\w-])))",
            0.7,
        ),
        Pattern(
            "Town of a relative",
            # "Tochter in Poznań angeschrieben", "Hund von Tochter Merle aus Unna", "Ehefrau
            # und Kinder bei Verwandten in Essen-Katernberg".
            # "Meine Eltern (beide Jahrgang 1958) kommen aus Bottrop", "Die Enkelin⏎aus Dorsten".
            # The bracket and the verb only after one's own relative ("Die Kinder kommen aus
            # Bochum, Herne und Witten" is a school's).
            # "Großeltern Hüseyin und Emine Er aus Neumünster".
            rf"(?<![\w-])(?:{_KIN}"
            r"(?:[ ][A-ZÄÖÜ][\w-]+(?:[ ]und[ ][A-ZÄÖÜ][\w-]+(?:[ ][A-ZÄÖÜ][\w-]+)?)?)?"
            rf"|(?<![\w-])(?:(?i:{_OWN})[ ]{_KIN}"
            # "bei seiner Familie in Frankfurt-Griesheim", "meine Lebensgefährtin aus Lünen" (not
            # an FAQ's "Ihre Familie in Bochum erhält …", nor "unser Partner in Dortmund").
            r"|(?:(?i:mein|meine|meinem|meinen|meiner|unser|unsere|unserem|unseren|unserer)"
            r"|sein|seine|seinem|seinen|seiner|ihr|ihre|ihrem|ihren|ihrer)[ ]"
            r"(?:Familie|Lebensgefährt(?:e|in))"
            # "lt. KM jetzt bei Freundin in Gütersloh".
            r"|bei[ ](?:(?:seiner|ihrer|einer|einem|seinem|ihrem)[ ])?(?:Freundin|Freund"
            r"|Lebensgefährt(?:e|in)|Bekannten))(?:[ ][A-ZÄÖÜ][\w-]+)?"
            r"(?:[ ]\([^()\n]{1,40}\))?(?:[ ](?:kommt|kommen|kam|kamen|stammt|stammen))?)"
            rf"{_WRAP}(?:in|aus){_WRAP}{_NOT_AFTER}"
            rf"(?!{NOT_TOWNS}){TOWN}",
            0.7,
        ),
        Pattern(
            "Town last lived in",
            # "letzter bekannter Angehöriger …, zuletzt Plettenberg, verzogen".
            # "seit März, vorher Sprockhövel-Haßlinghausen".
            # "(vorher 22 Jahre in Mettenhof)".
            r"(?<![\w-])(?:zuletzt|vorher|davor|zuvor)[ ](?:\d{1,2}[ ](?:Jahre|Monate)[ ])?"
            rf"(?:wohnhaft[ ])?(?:in[ ])?{_NOT_AFTER}"
            rf"(?!{NOT_TOWNS}){TOWN}"
            r"(?![ ]?\d|[\w-]*(?:str\.|straße|weg|platz|allee))",
            0.7,
        ),
        Pattern(
            "Town moved from here",
            # "von Meppen hierher verlegt", "von Hagen nach hier".
            rf"(?<![\w-])von{_WRAP}{_NOT_AFTER}(?!{NOT_TOWNS}){TOWN}"
            r"(?=[ ](?:hierher|nach[ ]hier|hergezogen|hierhin))",
            0.7,
        ),
        Pattern(
            "Town moved from",
            rf"(?<![\w-]){_MOVES_FROM}{_BETWEEN}{_WRAP}(?:aus|von){_WRAP}{_NOT_AFTER}"
            rf"(?!{NOT_TOWNS}){TOWN}",
            0.7,
        ),
        Pattern(
            "Town moved to",
            rf"(?<![\w-]){_MOVES_TO},?{_BETWEEN}[ ]nach{_WRAP}{_NOT_AFTER}(?!{NOT_TOWNS}){TOWN}",
            0.7,
        ),
        Pattern(
            "Town before a participle of moving",
            # "aus Aleppo⏎gekommen", "von Gelsenkirchen nach Herne gezogen", "innerhalb von
            # Dortmund umgezogen".
            rf"(?<![\w-])(?:nach|aus|innerhalb(?:[ ]von)?|(?P<from>von)){_WRAP}{_NOT_AFTER}"
            rf"(?!{NOT_TOWNS}){TOWN}"
            rf"(?=(?(from)[ ]nach[ ][A-ZÄÖÜ][\w-]*)(?:[ ]|[ ]*\n[ ]*){_MOVED_AFTER})",
            0.7,
        ),
        Pattern(
            "Town after the country of origin",
            # "Ich bin aus Afghanistan, aus Kunduz", "Wir kommen aus Syrien, aus Qamişlo" (not
            # "Die Delegation aus Polen, aus Krakau").
            r"(?<![\w-])(?i:ich|wir|er|sie)[ ](?:bin|sind|ist|war|waren|komme|kommen|kommt|kam"
            r"|kamen|stamme|stammen|stammt)(?:[ ](?:ursprünglich|eigentlich|selbst))?[ ]"
            rf"aus{_WRAP}(?:{_COUNTRY_NAMES}),?[ ](?:genauer[ ](?:gesagt[ ])?|und[ ]zwar[ ])?"
            rf"(?:aus|von)[ ](?:der[ ]Stadt[ ])?{_NOT_AFTER}(?!{NOT_TOWNS}){TOWN}",
            0.7,
        ),
        Pattern(
            "Town of a certificate of civil status",
            # "Geburtsurkunde aus Berdiansk", "Heiratsurkunde 1962 aus Gelsenkirchen".
            # One certificate, not an office's service ("Geburtsurkunden aus Bochum können online
            # bestellt werden").
            r"(?<![\w-])(?:Geburts|Heirats|Sterbe|Abstammungs|Ehe)(?:urkunde|registerauszug)"
            rf"(?:[ ](?:von[ ])?\d{{4}})?[ ]aus{_WRAP}{_NOT_AFTER}"
            rf"(?!{NOT_TOWNS}){TOWN}",
            0.7,
        ),
        Pattern(
            "Town after an inverted verb of living",
            # "vorher wohnen wir in Bad Berleburg", "seit 2019 lebe ich in Herne" (not "Wie
            # leben wir in Dortmund 2040?").
            # "Bis dahin wohnte sie 41 Jahre in Sudenburg".
            r"(?<![\w-])(?i:vorher|davor|zuvor|früher|damals|jetzt|nun|inzwischen|seit[ ]\S+"
            r"|bis[ ]dahin|danach|anschließend|zuletzt)"
            rf"[ ]{_LIVES}[ ](?:ich|wir|er|sie){_BETWEEN}{_WRAP}in{_WRAP}{_NOT_AFTER}"
            rf"(?!{NOT_TOWNS}){TOWN}",
            0.7,
        ),
        Pattern(
            "District after a form's label",
            # A form's field, at the line's start or after a gap: "Stadtteil: Sodingen",
            # "Stadtbezirk (bitte eintragen): Bockum-Hövel" (not "Größter Ortsteil: Marxloh"
            # in a statistic).
            r"(?:^[ \t]*|(?<=[ ]{2})|(?<=\t))(?i:stadtteil|stadtbezirk|ortsteil)"
            # A dotted leader too: "Ortsteil ................ Ilversgehofen".
            rf"(?:[ ]\([^()\n]{{1,30}}\))?(?:[ \t]*:|[ ]?\.{{3,}})[ \t]*{_NOT_AFTER}"
            rf"(?!{NOT_TOWNS}){TOWN}",
            0.8,
        ),
        # A form printed with aligned columns: "Stadtteil                   Aschenberg" (the
        # value alone on the rest of its line).
        Pattern(
            "District after a form's label",
            r"(?:^[ \t]*|(?<=[ ]{2})|(?<=\t))"
            r"(?i:stadtteil|stadtbezirk|ortsteil|ortsbezirk|wohnviertel)"
            # (One possessive run of blanks: two side by side split a long run every way.)
            rf"(?:[ ]{{2}}|\t)[ \t]*+{_NOT_AFTER}(?!{NOT_TOWNS}){TOWN}(?=[ \t]*$)",
            0.8,
        ),
        Pattern(
            "District of an address",
            # "…, 44867 Bochum (Stadtteil Höntrop)", "…, Stadtbezirk Hamm-Westen".
            r"(?<=\d[ ]|[a-zäöüß][ ])[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*"
            r"(?:[ ]\((?:Stadtteil|Ortsteil|Stadtbezirk)|,[ ](?:Stadtteil|Ortsteil|Stadtbezirk))"
            rf"[ ]{_NOT_AFTER}(?!{NOT_TOWNS}){TOWN}",
            0.7,
        ),
        Pattern(
            "District lived in",
            # "Frau Ilić wohnt im Stadtteil Eving", "wohnhaft im Ortsteil Resse" (not "Viele
            # Familien wohnen im Stadtteil …").
            rf"(?<![\w-]){_NOT_MANY}{_LIVES}{_BETWEEN}[ ]im{_WRAP}(?:Stadtteil|Ortsteil|Stadtbezirk"
            rf"|Bezirk|Quartier){_WRAP}{_NOT_AFTER}(?!{NOT_TOWNS}){TOWN}",
            0.7,
        ),
        Pattern(
            "Town lived in, in English",
            # "We live in Bockum-Hövel since 2018", "My mother Parvin lives in Karaj".
            # A person's, not a population's ("Half of the population lives in …").
            r"(?<![\w-])(?:I|[Ww]e|[Hh]e|[Ss]he|[Tt]hey|[A-Z][a-z]+)[ ](?:still[ ]|now[ ])?"
            r"(?:live|lives|lived|stay|stays|stayed)[ ]in[ ]"
            rf"{_NOT_AFTER}(?!{NOT_TOWNS}){TOWN}",
            0.7,
        ),
        Pattern(
            "Town after a clause of living",
            rf"(?<![\w-]){_NOT_MANY}{_LIVES},?{_CLAUSE_WORDS}{_WRAP}in{_WRAP}{_NOT_AFTER}"
            rf"(?!{NOT_TOWNS}){TOWN}",
            0.7,
        ),
        Pattern(
            "Town after a clause of moving",
            rf"(?<![\w-]){_NOT_MANY}{_MOVES_TO},?{_CLAUSE_WORDS}{_WRAP}nach{_WRAP}{_NOT_AFTER}"
            rf"(?!{NOT_TOWNS}){TOWN}",
            0.7,
        ),
        Pattern(
            "Town in a clause about a relative",
            # "Mein Vater … ist seit 2012 mit einem Imbiss in Elsen selbständig", "mein onkel
            # Hüseyin Kaya hat nen parkplatz in Porz": one's own relative's places.
            r"(?<![\w-])(?i:mein|meine|meinem|meinen|meiner|unser|unsere|unserem|unseren|unserer)"
            rf"[ ](?i:{_KIN}){_CLAUSE_WORDS}{_WRAP}in{_WRAP}{_NOT_AFTER}(?!{NOT_TOWNS}){TOWN}",
            0.7,
        ),
        Pattern(
            "Town in lower case",
            # A call's transcript or a chat in lower case: "ich wohne in gievenbeck", "die wohnt
            # in meerbusch", "ab april bin ich in aachen gemeldet" (checked in
            # ``_lower_case_town``: the text around is written in lower case).
            # "ich bin geboren am vierundzwanzigsten januar neunzehnhundert… in kattowitz",
            # "hanna geboren 3.2.25 in gera", "geb. 7 aug 1990 in constanța".
            r"(?<![\w-])(?:(?:geboren(?:[ ]am)?|geb\.|geb(?=[ ]\d))(?:[ ][a-zäöüß0-9.]+){1,4}?"
            r"(?=[ ]in[ ])"
            r"|wohne|wohnt|wohnen|wohn|wohnung|lebe|lebt|leben|geboren|umgezogen|gezogen|gewohnt"
            r"|gelebt|wohnhaft"
            r"|(?:bin|ist|sind)(?:[ ][a-zäöüß]+){0,3}?(?=[ ]in[ ][a-zäöüß-]+[ ]gemeldet))"
            r"(?:[ ](?:jetzt|seit|noch|schon|auch|hier|dann|wieder|zusammen|mit|bei|meiner|meinen"
            r"|meinem|meine|eltern|mutter|vater|frau|mann|kindern|er|sie|ich|wir|ja|aber|\d{4}))"
            r"{0,4}[ ]in(?:[ ]|[ ]*\n[ ]*)"
            rf"(?P<value>(?:bad[ ]|sankt[ ]|schloß[ ]|schloss[ ])?{_LOWER_TOWN}(?![\w-]))",
            0.6,
        ),
        Pattern(
            "Town in lower case of origin or family",
            # "der ist aus kayseri", "der ist noch in dnipro", "vorher war ich in eversten",
            # "das haus von meinen eltern in dudweiler", "mein bruder marco in mailand"
            # (checked as "Town in lower case": no noun, "er ist in rente").
            # A pronoun's origin ("der ist aus kayseri", "ich komme aus sivas"), or where someone
            # still is ("der ist noch in dnipro"); the town a place the lists know (checked in
            # ``_without_person``: "der ist aus holz", "die ist in altona die wache").
            r"(?<![\w-])(?:(?:der|die|er|sie|ich|wir)(?:[ ]halt)?[ ](?:ist|bin|sind|stammt|stamme"
            r"|stammen)(?:[ ](?:ursprünglich|eigentlich|auch|ja))*[ ]aus"
            r"|(?:ich|wir|er|sie)[ ](?:komme|kommen|kommt)"
            r"(?:[ ](?:ursprünglich|eigentlich|auch|alle|beide|ja|halt))*"
            r"[ ]aus"
            r"|(?:der|die|er|sie|ich|wir)[ ](?:ist|bin|sind)(?:[ ](?:ja|auch))?[ ](?:noch|jetzt"
            r"|wieder|schon|inzwischen)[ ]in"
            r"|(?:vorher|davor|zuvor|früher)[ ](?:war|waren|wohnte|wohnten)[ ](?:ich|wir|er|sie)"
            r"(?:[ ](?:noch|auch))?[ ]in"
            rf"|(?:mein|meine|meinen|meinem|meiner|unser|unsere|unseren|unserem|unserer)[ ]"
            rf"(?i:{_KIN})(?:[ ][a-zäöüß]{{3,}})?[ ](?:in|(?:ist|kommt|stammt)[ ]aus)"
            # A visit: "wir fliegen im märz zu meiner oma nach krakau".
            rf"|(?:zu|bei)[ ](?:meiner|meinem|meinen|unserer|unserem|unseren)[ ](?i:{_KIN})"
            r"[ ](?:nach|in))[ ]"
            rf"(?P<value>(?:bad[ ]|sankt[ ]|st\.[ ])?{_LOWER_TOWN}(?![\w-]))",
            0.6,
        ),
        Pattern(
            "Town in lower case moved to",
            # "weil er umgezogen ist nach erlangen", "ich bin umgezogen also von lindenau nach
            # gohlis" (checked as "Town in lower case").
            # (A verb of moving before it, checked in ``_without_person``; a hit from the verb
            # would swallow the one of "von lindenau".)
            rf"(?<![\w-])nach[ ](?P<value>(?:bad[ ]|sankt[ ])?{_LOWER_TOWN}(?![\w-]))",
            0.6,
        ),
        Pattern(
            "Town in lower case moved from",
            # (A verb of moving before it, checked in ``_without_person``.)
            rf"(?<![\w-])von[ ](?P<value>(?:bad[ ]|sankt[ ])?{_LOWER_TOWN})"
            r"(?=[ ]nach[ ][a-zäöüß])",
            0.6,
        ),
        Pattern(
            "Town someone stays in or comes from",
            # "Die Mutter … bleibt in Tschuhujiw", "Hr. Lupu … und kommt aus Iași", "er … und
            # kam aus Herne-Holsterhausen" (someone before it, checked in ``_without_person``).
            r"(?<![\w-])(?:(?:bleibt|bleiben|bleibe)(?:[ ](?:vorerst|noch|weiterhin|zunächst"
            r"|vorläufig|dauerhaft|erst[ ]einmal))?[ ]in|und[ ](?:kommt|kommen|kam|kamen|stammt"
            rf"|stammen)[ ]aus){_WRAP}{_NOT_AFTER}(?!{NOT_TOWNS}){TOWN}",
            0.7,
        ),
        Pattern(
            "Town a named person comes from",
            # "Herr Lupu kommt aus Iași", "Frau Lupu kam 2015 aus Iași nach Dortmund", "Fr.
            # Osei stammt ursprünglich aus Kumasi".
            r"(?<![\w-])(?:Herr|Frau|Hr\.|Fr\.)[ ][A-ZÄÖÜ][\w-]+(?:[ ][A-ZÄÖÜ][\w-]+)?[ ]"
            r"(?:kommt|kam|stammt)(?:(?:[ ]|[ ]*\n[ ]*)(?:ursprünglich|eigentlich|selbst"
            rf"|(?:19|20)\d{{2}}))?{_WRAP}aus{_WRAP}{_NOT_AFTER}(?!{NOT_TOWNS}){TOWN}",
            0.7,
        ),
        Pattern(
            "District after a year of birth",
            # A file note's entry: "Hülsmann     Jg. 1949, Hörde; Kontoauszüge fehlen",
            # "Brzezinski   1946 geb., Eving;", "Fr. Gerritzen, Jg. 1944, aus Homberg -",
            # "Fr. Al-Hamdani (1990), Marxloh:". The town ends the entry's part.
            # "Jg." after a comma, a bracket or a table's gap ("Spätburgunder Jahrgang 2019,
            # Ahrweiler" is a wine's); a person's name before it (checked in ``_without_person``).
            # "Kaminski, geb. 1952, Hörde;", "Herr Kaminski (1952, Hörde)", and a full stop
            # ends the entry too: "Hr. Kaminski, Jahrgang 1952, Dortmund-Hörde.".
            r"(?:(?:(?<=,[ ])|(?<=\()|(?<=[ ]{2}))(?i:jg\.|jahrgang|geb\.)[ ]?(?:19|20)?\d{2}\)?"
            r"|(?<![\w.-])(?:19|20)\d{2}"
            r"[ ]geb\.|(?<=[a-zäöüßćčšğı][ ])\((?:19|20)\d{2}\)?),[ ]"
            r"(?:aus[ ]|wohnhaft[ ](?:in[ ])?)?"
            rf"{_NOT_AFTER}(?!{NOT_TOWNS}){TOWN}(?=[;:,)]|\.(?:\s|$)|[ ][-–][ ]|[ \t]*$)",
            0.7,
        ),
        Pattern(
            "District of a parcel",
            # A cadastral district names where a private owner's parcel lies: "Gemarkung
            # Rondorf, Flur 27, Flurstück 1044" (not a firm's: checked in ``_without_person``),
            # a form's "Gemarkung: Rondorf⏎Flur: 27", "Flurstück 1044, Flur 27, Gemarkung
            # Rondorf." (a "Flur" near it, checked there too).
            r"(?<![\w-])Gemarkung(?:[ ]?\.{2,}[ ]?|[ ]?:)?[ \t]+"
            rf"{_NOT_AFTER}(?!{NOT_TOWNS}){TOWN}"
            r"(?=,?[ ]+Flur(?![\w-])|[,;.)]|[ \t]*$)",
            0.7,
        ),
        Pattern(
            "Town of a relative one visits",
            # "da wir am 05.11. nach Izmir zu meiner Mutter Gülten Yavuz fliegen".
            rf"(?<![\w-])nach{_WRAP}{_NOT_AFTER}(?!{NOT_TOWNS}){TOWN}"
            # "will nach Bramsche zur Schwester (Olha Lysenko) ziehen".
            # One's own relative ("zu meiner kranken Mutter"); "zur"/"zum" with a person in the
            # sentence (checked in ``_without_person``: not "Viele Familien fliegen nach Antalya
            # zur Oma").
            # Another's relative, with a person in the sentence too: "sagte nur, ich solle doch
            # nach Preetz zu⏎Ihrer Tochter ziehen".
            r"(?=(?:[ ]|[ ]*\n[ ]*)(?:zu(?:[ ]|[ ]*\n[ ]*)(?i:mein|meine|meinem|meiner|meinen"
            r"|unser|unsere|unserem|unserer|unseren|ihr|ihre|ihrem|ihrer|ihren|sein|seine|seinem"
            rf"|seiner|seinen)(?:[ ][a-zäöüß]+)?|zur|zum)[ ](?i:{_KIN})(?![\w-]))",
            0.7,
        ),
        Pattern(
            "Town of a relative one visits, after",
            # "ist mit den Kindern zu ihrer Mutter⏎nach Kutaissi", "zu meinem Sohn nach Kiel".
            r"(?<![\w-])zu[ ](?i:mein|meine|meinem|meiner|meinen|unser|unsere|unserem|unserer"
            r"|unseren|ihr|ihre|ihrem|ihrer|ihren|sein|seine|seinem|seiner|seinen)"
            rf"(?:[ ][a-zäöüß]+)?[ ](?i:{_KIN}){_WRAP}nach{_WRAP}{_NOT_AFTER}(?!{NOT_TOWNS}){TOWN}",
            0.7,
        ),
        Pattern(
            "Town a caller gives",
            # A call's opening: "Hubert Meierkord hier aus Jöllenbeck" (a name before it,
            # checked in ``_without_person``).
            rf"(?<=[ ]hier[ ]aus[ ]){_NOT_AFTER}(?!{NOT_TOWNS}){TOWN}",
            0.7,
        ),
        Pattern(
            "Town of a care home",
            # "Herr Ahlers ist … seit Februar im Pflegeheim in⏎  Greven" (someone in the
            # sentence, checked in ``_without_person``).
            # "im Pflegeheim St. Josef in Greven", "in einem Altenpflegeheim in Greven".
            r"(?<![\w-])(?:im|ins|in[ ]einem|in[ ]ein)[ ](?:[A-ZÄÖÜ][\w-]*[ ])?"
            r"(?:[A-ZÄÖÜ][a-zäöü]*)?(?:[Pp]flege|[Aa]lten|[Ss]enioren)"
            r"(?:heim|wohnheim|zentrum|stift|residenz)(?:[ ](?:St\.|[A-ZÄÖÜ][\w-]+)){0,3}"
            rf"{_WRAP}in{_WRAP}{_NOT_AFTER}(?!{NOT_TOWNS}){TOWN}",
            0.7,
        ),
        Pattern(
            "Postcode read out",
            # A call's transcript: "also fünf eins eins vier neun köln" (the town a place,
            # checked in ``_without_person``).
            rf"(?<![\w-]){_DIGIT_WORD}(?:[ ]{_DIGIT_WORD}){{4}}[ ]"
            r"(?:[Bb]ad[ ])?[^\W\d_][a-zäöüß-]{2,}(?![\w-])",
            0.7,
        ),
        Pattern(
            "Town of one's household",
            # "seit dem 20. März zu Besuch bei uns in⏎Gostenhof", "wohnt jetzt bei mir in Haslach".
            r"(?<![\w-])(?:[Bb]esuch|wohnt|wohnen|wohne|lebt|leben|lebe|untergebracht|gemeldet)"
            r"(?:[ ][^\s.!?:;]+){0,6}?[ ]bei[ ](?:uns|mir)[ ]in(?:[ ]der)?"
            rf"{_WRAP}{_NOT_AFTER}(?!{NOT_TOWNS}){_NO_STREET}{TOWN}",
            0.7,
        ),
        Pattern(
            "Town one is new in",
            # "wir sind neu in Recklinghausen", "ich bin erst seit März neu in Herne".
            rf"(?<![\w-])(?:bin|sind|seid){_BETWEEN}[ ](?:ganz[ ]|noch[ ])?neu{_WRAP}in{_WRAP}"
            rf"{_NOT_AFTER}(?!{NOT_TOWNS}){TOWN}",
            0.7,
        ),
    ]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="LOCATION",
            patterns=self.PATTERNS,
            name="ResidenceRecognizer",
            flags=re.MULTILINE,
            # Words a text must hold for a pattern to run at all (in lower case).
            needles={
                "District after a form's label": _DISTRICT_WORDS,
                "District of an address": _DISTRICT_WORDS,
                "District lived in": ("teil", "bezirk", "quartier"),
                "Town after the country of origin": (" aus",),
                "Town of a certificate of civil status": ("urkunde", "registerauszug"),
                "Town one is new in": ("neu",),
                "Town of a resident": ("anwohn", "anlieg", "bewohn", "einwohn"),
                "Town of one's property": ("mein", "unser", "sein", "ihr"),
                "Town lived in, in English": ("live", "stay"),
                "Town after an inverted verb of living": ("wohn", "leb"),
                "Town after a clause of living": ("wohn", "leb", "meld"),
                "Town after a clause of moving": ("zieh", "zog", "zug", "zogen", "meldung", "kehr"),
                "Town someone stays in or comes from": ("bleib", "und k", "und s"),
                "Town a named person comes from": ("kommt", "kam", "stammt"),
                "Town of a relative one visits": (" zu ", " zu\n", " zur ", " zum "),
                "Town of a relative one visits, after": ("zu ",),
                "Town a caller gives": ("hier aus",),
                "Town after wohnhaft": ("wohnhaft", "wh.", "whft.", "wohnh."),
                "Town of a street": (" in ",),
                "Town of one's household": ("bei uns", "bei mir"),
                "Town of a care home": ("heim", "zentrum", "stift", "residenz"),
                "Postcode read out": ("null", "eins", "zwei", "drei", "vier", "fünf", "sechs"),
                "Town in a clause about a relative": ("mein", "unser"),
                "Town in lower case": ("wohn", "leb", "geb", "gezogen", "gemeldet"),
                "Town in lower case moved to": ("zog", "zieh"),
                "Town in lower case of origin or family": (
                    "ist ",
                    "bin ",
                    "sind ",
                    "komm",
                    "stamm",
                    "war",
                    "wohnte",
                    "mein",
                    "unser",
                ),
                "Town in lower case moved from": ("zog", "zieh"),
                "District after a year of birth": ("jg", "jahrgang", "geb.", "("),
                "District of a parcel": ("gemarkung",),
            },
            # The patterns with a clause between verb and town are tried only where their
            # verb starts (see ``patterns``): tried everywhere they cost a tenth of the scan.
            anchors={
                "Town after a clause of living": _LIVING_VERB_START,
                "Town after a clause of moving": _MOVING_VERB_START,
                "Town in a clause about a relative": _OWN_START,
                "Town in lower case": _LOWER_VERB_START,
            },
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        results += _answered_home(text, self.id)
        results += _earlier_and_later_homes(text, self.id)
        return [
            r
            for r in results
            # A postcode read out is a town by its last word.
            if is_town(text[r.start : r.end].split()[-1] if _read_out(r) else text[r.start : r.end])
            and not _without_person(text, r)
            and not (
                # "vorher Essen Hbf" of a train: "vorher" names a home only beside one.
                _EARLIER.search(text, max(0, r.start - 30), r.start)
                and not _HOME_WORD.search(text, max(0, r.start - _HOME_REACH), r.start)
                # A table's cell of homes: "| Gdańsk, zuvor Wanne-Eickel |".
                and not _IN_TABLE_CELL.search(text, max(0, r.start - _HOME_REACH), r.start)
            )
        ]


# A form about a person: the district field counts only there ("Statistik nach Stadtteil⏎
# Stadtteil: Querenburg" and a Bürgerbüro's "Stadtteil: Wattenscheid" stay).
_PERSONAL_FORM = re.compile(
    r"(?i:vorname|nachname|familienname|name[ ]?,|geb\.|geburtsdatum|anschrift|wohnhaft"
    r"|straße[ ]?/|straße,|plz|antragsteller\w*|kind)"
)
_FORM_REACH = 300
# A home's address on the line before the district: "Wohnhaft: …, 44867 Bochum (Stadtteil …)".
_HOME_LINE = re.compile(r"(?i:wohnhaft|wohnung|wohnt|anschrift|melderegister|adresse|meldeadresse)")
_MOVER = re.compile(r"(?i:(?<![\w-])(?:ich|wir)(?![\w-]))")
_MOVER_REACH = 60


# The entry before "Jg. 1949, Hörde": the word before the year ("Hülsmann     Jg. 1949, ",
# "Fr. Gerritzen, Jg. 1944, aus ", "Fr. Al-Hamdani (1990), ", "Brzezinski   1946 geb., ").
_BORN_ENTRY = re.compile(
    # A role in brackets may stand between ("**Faridah Nasiri** (Küchenleitung), Jg. 1979, …").
    r"(?P<before>[^\s,()]+)(?:[ ]\([^()\n]{1,30}\))?[ ,(]*"
    r"(?:\((?P<y1>(?:19|20)\d{2})\)?|(?i:jg\.|jahrgang|geb\.)[ ]?"
    r"(?P<y2>(?:19|20)?\d{2})\)?|(?P<y3>(?:19|20)\d{2})[ ]geb\.),[ ]"
    r"(?:aus[ ]|wohnhaft[ ](?:in[ ])?)?$"
)
_ENTRY_REACH = 80


def _born_entry(text: str, result: RecognizerResult) -> bool:
    """Whether the year before a district is a person's year of birth: a name before it (not a
    noun or a place: "Festschrift der Feuerwehr (2005), Hörde"), a year within a life ("St.
    Josef (1898), Marxloh" is a church's)."""
    entry = _BORN_ENTRY.search(text, max(0, result.start - _ENTRY_REACH), result.start)
    if entry is None:
        return False
    year = entry.group("y1") or entry.group("y2") or entry.group("y3")
    if len(year) == 4 and int(year) < datetime.date.today().year - _OLDEST_BIRTH_YEARS:
        return False
    before = entry.group("before").strip(".:;*_")
    return (
        len(before) > 2
        and before[0].isupper()
        and not is_lexicon_noun(before)
        and not is_place_name(before)
    )


# A question where someone lives, and the answer at the start of the next line, after a time
# and a speaker: "S: verstehe wo wohnen sie denn⏎A: in gonsenheim an der krimm siebzehn",
# "Wo wohnen Sie selbst? Die Gewerbeanmeldung …⏎[15:36:55] Gast-4711: in gievenbeck, …".
_HOME_QUESTION = re.compile(
    r"(?i:(?<![\w-])wo[ ](?:(?:wohnen|wohnst|wohnt|leben|lebst|lebt)[ ](?:sie|du|ihr|er)"
    r"|(?:sind[ ]sie|bist[ ]du)[ ]gemeldet)"
    r"(?![\w-]))[^\n]{0,120}\n"
)
_HOME_ANSWER = re.compile(
    # A turn of a call or a chat (a speaker, a time): an FAQ's next line is no answer.
    r"[ \t]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]*)?[^\s:]{1,20}(?:[ ]\d{1,2}:\d{2})?:[ \t]*"
    r"(?:(?i:ja|na|naja|nee|also|äh|ähm|jetzt|noch|immer[ ]noch|ich[ ]wohne|wir[ ]wohnen)"
    r"[ ,]+){0,3}"
    r"(?i:in)[ ](?:der[ ])?(?P<value>(?:(?i:bad|sankt)[ ])?[^\W\d_][^\W\d_-]+(?:-[^\W\d_]+)*)"
)


# One's home, then where one lived before or after it: "lebe seit 2016 in Kassel, zuerst in
# Bettenhausen", "lebe seit 1990 in Deutschland, zuerst in Stolberg" (not "Wir kommen aus
# Bochum, zuerst in Essen zu sehen" of an exhibition).
# (Also the addressee's and a person's of a notice: "sind Sie … geboren und leben seit August
# 2016 in Deutschland, zunächst in Zirndorf und Schwabach, seit März 2019 in …".)
# (The letter may wrap anywhere in it: "und leben⏎seit August 2016 in Deutschland, zuerst in⏎
# Ludwigshafen am Rhein, seit März⏎2019 in …".)
_HOME_CLAUSE = re.compile(
    r"(?<![\w-])(?:(?i:(?:ich|wir)[ ](?:lebe|leben|wohne|wohnen)|lebe|wohne)"
    r"|(?:und|Sie|sie|[Ee]r)[ ](?:leben|wohnen|lebt|wohnt)|[Ww]ohnt|[Ll]ebt"
    # Where one comes from, then where one lives: "wir kommen aus idlib, seit 2016 in flensburg".
    r"|(?i:(?:ich|wir)[ ](?:komme|kommen|stamme|stammen)))"
    rf"(?:{_WRAP}[^\W\d_]+|{_WRAP}(?:19|20)\d{{2}}){{0,4}}?{_WRAP}(?i:in|aus){_WRAP}"
    r"[^\W\d_][\w-]*"
    # A town's name of several words: "in Ludwigshafen am Rhein".
    r"(?:[ ](?:am|an[ ]der|bei|im|in|ob)[ ][A-ZÄÖÜ][^\W\d_]+)?"
)
# A town's name, of several words too ("Ludwigshafen am Rhein").
_HOME_VALUE = (
    r"(?P<value>[^\W\d_][^\W\d_]+(?:-[^\W\d_]+)*"
    r"(?:[ ](?:am|an[ ]der|bei|im|ob)[ ][A-ZÄÖÜ][^\W\d_]+)?)(?![\w-])"
)
# A time: "seit 2016", "seit März 2019", "bis Ende 2015".
# ("seit März in Mannheim": a month alone too.)
_HOME_MONTH = (
    r"(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)"
)
_HOME_TIME = (
    rf"(?:{_WRAP}(?:Anfang|Mitte|Ende))?(?:(?:{_WRAP}{_HOME_MONTH})?{_WRAP}(?:19|20)\d{{2}}"
    rf"|{_WRAP}{_HOME_MONTH})"
)
_THEN_HOME = re.compile(
    # "Wohnt nicht in MG, sondern in Neuss"; "; zunächst in …", "und seit 2019 in …".
    rf"(?:[,;]|[ ]und){_WRAP}(?:(?i:zuerst|zunächst|erst|anfangs|dann|danach|später|anschließend"
    rf"|jetzt|inzwischen|heute|vorher|davor|sondern|nicht[ ]mehr)|(?i:seit|bis|ab){_HOME_TIME})"
    rf"(?:{_WRAP}(?i:hier|wieder|dann))?{_WRAP}(?:(?i:in){_WRAP}{_HOME_VALUE}"
    # A district with its article: "jetzt im Vorderen Westen", "seit 2021 hier im Schinkel".
    r"|(?:im|in[ ]der)[ ](?P<district>[A-ZÄÖÜ][^\W\d_]+(?:[ ][A-ZÄÖÜ][^\W\d_]+)?)(?![\w-]))"
)
# A second town of the same station: "zunächst in Zirndorf und Schwabach".
_AND_HOME = re.compile(rf"{_WRAP}(?:und|bzw\.|sowie){_WRAP}(?:in{_WRAP})?{_HOME_VALUE}")


def _earlier_and_later_homes(text: str, identifier: str) -> list[RecognizerResult]:
    """The towns after one's home clause (see ``_HOME_CLAUSE``), chained: each is a town (no
    noun), the clause one's own."""
    found = []
    for clause in _HOME_CLAUSE.finditer(text):
        end = clause.end()
        chained = False
        while then := _THEN_HOME.match(text, end) or (chained and _AND_HOME.match(text, end)):
            chained = True
            group = (
                "district"
                if "district" in then.re.groupindex and then.group("district")
                else "value"
            )
            value = then.group(group)
            head = value.split()[0].split("-")[0]
            town = head[:1].upper() + head[1:]
            if (
                value.lower() in _NOT_LOWER_TOWNS
                or value.lower() in STOP_WORDS
                or not is_town(town)
                or (value[:1].islower() and not written_in_lower_case(text, *then.span(group)))
            ):
                break
            found.append(
                cued_result(
                    "LOCATION",
                    then.span(group),
                    0.6,
                    ("ResidenceRecognizer", identifier),
                    "Earlier or later home",
                )
            )
            end = then.end()
    return found


def _answered_home(text: str, identifier: str) -> list[RecognizerResult]:
    """The town that answers a question where someone lives (see ``_HOME_QUESTION``)."""
    if "wo " not in text.lower():
        return []
    found = []
    for question in _HOME_QUESTION.finditer(text):
        answer = _HOME_ANSWER.match(text, question.end())
        if answer is None:
            continue
        value = answer.group("value")
        last = value.split()[-1]
        if (
            last.lower() in _NOT_LOWER_TOWNS
            or last.lower() in STOP_WORDS
            or not is_town(last[:1].upper() + last[1:])
        ):
            continue
        found.append(
            cued_result(
                "LOCATION",
                answer.span("value"),
                0.7,
                ("ResidenceRecognizer", identifier),
                "Town answering where one lives",
            )
        )
    return found


def _read_out(result: RecognizerResult) -> bool:
    explanation = result.analysis_explanation
    return explanation is not None and explanation.pattern_name == "Postcode read out"


def _without_person(text: str, result: RecognizerResult) -> bool:
    """A district or a move the text ties to no person (see the patterns' comments)."""
    explanation = result.analysis_explanation
    name = explanation.pattern_name if explanation is not None else ""
    if name == "District after a form's label":
        return not _PERSONAL_FORM.search(text, max(0, result.start - _FORM_REACH), result.start)
    if name == "District of an address":
        line_start = text.rfind("\n", 0, result.start) + 1
        return not _HOME_LINE.search(text, line_start, result.start)
    if name == "Town before a participle of moving" and text[
        max(0, result.start - 20) : result.start
    ].rstrip().endswith(("innerhalb von", "innerhalb")):
        # "ich bin … innerhalb von Dortmund umgezogen", not "Die Behörde ist innerhalb …".
        return not _MOVER.search(text, max(0, result.start - _MOVER_REACH), result.start)
    if name in (
        "Town after a clause of living",
        "Town after a clause of moving",
        "Town in a clause about a relative",
    ):
        # A life of history: "lebte in den 1840er-Jahren in Münster"; a question ("Wie leben
        # wir in Dortmund 2040?"); a crowd's home, a statistic ("Die meisten Geflüchteten
        # wohnen also in …").
        value = text[result.start : result.end]
        # "Unsere Kinder lernen in Deutsch", "meine Tochter hat in Mathe eine Eins".
        if value.endswith(("isch", "sch")) or value in _SUBJECTS:
            return True
        end = _SENTENCE_END.search(text, result.end)
        start = max(0, result.start - _CLAUSE_REACH)
        start = max([start] + [m.end() for m in _SENTENCE_STOP.finditer(text, start, result.start)])
        # Someone the clause is about, in its sentence ("Der Zirkus zieht am Sonntag weiter
        # nach Recklinghausen", "Gut leben und alt werden in Herne" name none).
        someone = _PERSON_IN_SENTENCE.search(text, start, result.start) is not None or (
            name == "Town after a clause of moving"
            and _PERSONAL_MOVE.search(text, start, result.start) is not None
        )
        return (
            not someone
            or _HISTORY.search(text, start, result.start) is not None
            or _crowd(text, start, result.start)
            or (end is not None and end.group() == "?")
        )
    if name in ("Town in lower case moved to", "Town in lower case moved from"):
        # A person moves ("weil er umgezogen ist nach erlangen"), not a firm ("die firma zieht
        # nach dortmund").
        before = max(0, result.start - _LOWER_MOVE_REACH)
        if not _LOWER_MOVE.search(text, before, result.start) or not _LOWER_MOVER.search(
            text, max(0, result.start - 2 * _LOWER_MOVE_REACH), result.start
        ):
            return True
    if name == "Town in lower case of origin or family" and not _OWN_OR_EARLIER.search(
        text, max(0, result.start - _OWN_REACH), result.start
    ):
        # A pronoun's: only a place the lists know ("der ist aus kayseri"; not "aus holz").
        town = text[result.start : result.end].split()[-1].capitalize()
        if not (is_place_name(town) or is_district(town)):
            return True
    if name in (
        "Town in lower case",
        "Town in lower case of origin or family",
        "Town in lower case moved to",
        "Town in lower case moved from",
    ):
        return not _lower_case_town(text, result)
    if name == "District of a parcel":
        # A private owner's parcel: a person around it, no firm ("Gemarkung Brake, Flur 3 …
        # (Bauherrin: Brake Logistik GmbH)") and no land-use plan's area ("Der Geltungsbereich
        # … umfasst in der Gemarkung Hörde, Flur 3, …").
        around = max(0, result.start - _OWNER_REACH), result.end + _OWNER_REACH
        flur = max(0, result.start - _FLUR_REACH), result.end + _FLUR_REACH
        return (
            _FLUR.search(text, *flur) is None
            or _FIRM.search(text, max(0, result.start - _FIRM_REACH), result.end + _FIRM_REACH)
            is not None
            or _PRIVATE_OWNER.search(text, *around) is None
        )
    if name == "Town someone stays in or comes from":
        start = max(0, result.start - _SOMEONE_REACH)
        start = max([start] + [m.end() for m in _CLAUSE_STOP.finditer(text, start, result.start)])
        return not _PERSON_IN_SENTENCE.search(text, start, result.start)
    if name == "District after a year of birth":
        return not _born_entry(text, result)
    if name == "Town a caller gives":
        # "Meierkord hier aus Jöllenbeck": a name before "hier", no noun ("Die Kollegen hier
        # aus Bochum").
        words_before = text[max(0, result.start - 40) : result.start].split()
        name_before = words_before[-3] if len(words_before) >= 3 else ""
        if "rufe" in text[max(0, result.start - 25) : result.start]:
            return False  # "ich rufe hier aus Jöllenbeck an"
        return not (
            name_before[:1].isupper()
            and not is_lexicon_noun(name_before)
            and not is_place_name(name_before)
            and name_before not in ("Ich", "Wir")
        )
    if name == "Town of a street":
        # Someone's address ("neue adresse von mir is übrigens Kolumbusring 58 in Lütten
        # Klein"), not a venue's ("findet in der Bahnhofstraße 5 in Bochum statt").
        before = max(0, result.start - _HOME_REACH)
        return not (
            _HOME_WORD.search(text, before, result.start)
            or _FIRST_PERSON_WORD.search(text, before, result.start)
        )
    if name in (
        "Town of one's household",
        "Town after wohnhaft",
        "Town of a relative one visits",
        "Town of a relative one visits, after",
    ):
        # Someone's, not everyone's: "Antragsberechtigt sind alle Personen wohnhaft Bochum",
        # "Wer zu Besuch bei uns in Wattenscheid ist", "Viele Familien fliegen nach Antalya zur
        # Oma".
        start = max(0, result.start - _SOMEONE_REACH)
        start = max([start] + [m.end() for m in _SENTENCE_STOP.finditer(text, start, result.start)])
        if _crowd(text, start, result.start) or _EVERYONE.search(text, start, result.start):
            return True
        if name == "Town of a relative one visits" and _ANOTHERS_RELATIVE.match(text, result.end):
            return not _PERSON_IN_SENTENCE.search(text, start, result.start)
        if name == "Town of a relative one visits, after" and _ANOTHERS_RELATIVE_BEFORE.search(
            text, max(0, result.start - _SOMEONE_REACH), result.start
        ):
            return not _PERSON_IN_SENTENCE.search(text, start, result.start)
        return False
    if name == "Town of a care home":
        start = max(0, result.start - _SOMEONE_REACH)
        start = max([start] + [m.end() for m in _CLAUSE_STOP.finditer(text, start, result.start)])
        return not _PERSON_IN_SENTENCE.search(text, start, result.start)
    if name == "Postcode read out":
        town = text[result.start : result.end].split()[-1].capitalize()
        return not (is_place_name(town) or is_district(town))
    return False


# "zur Oma", "zu ihren Großeltern": whose relative, the sentence must say.
_ANOTHERS_RELATIVE = re.compile(
    r"(?:[ ]|[ ]*\n[ ]*)(?:zur|zum|zu(?:[ ]|[ ]*\n[ ]*)"
    r"(?i:ihr|ihre|ihrem|ihrer|ihren|sein|seine|seinem|seiner|seinen))[ ]"
)


# One's relative or one's former home before a lower-case town ("meinen eltern in", "vorher
# war ich in").
_OWN_OR_EARLIER = re.compile(r"(?<![\w-])(?:mein\w*|unser\w*|vorher|davor|zuvor|früher)[ ]")
_OWN_REACH = 40
_ANOTHERS_RELATIVE_BEFORE = re.compile(
    r"(?<![\w-])zu[ ](?i:ihr|ihre|ihrem|ihrer|ihren|sein|seine|seinem|seiner|seinen)[ ][^\n]*"
    r"\n?[^\n]*nach[ ]*\n?[ ]*$"
)


# Words after "in" that are no towns, in lower case.
_NOT_LOWER_TOWNS = frozenset(
    [
        "der",
        "die",
        "dem",
        "den",
        "des",
        "einer",
        "einem",
        "einen",
        "eine",
        "ein",
        "meiner",
        "meinem",
        "meinen",
        "meine",
        "seiner",
        "seinem",
        "ihrer",
        "ihrem",
        "unserer",
        "unserem",
        "diesem",
        "dieser",
        "jener",
        "welcher",
        "ordnung",
        "ruhe",
        "frieden",
        "armut",
        "deutschland",
        "europa",
        "zukunft",
        "wirklichkeit",
        "zwischenzeit",
        "nähe",
        "gegend",
        "stadt",
        "innenstadt",
        "mitte",
        "zentrum",
        # Adverbs and colloquial articles: "zu meiner tante nach draußen", "aus ner anderen".
        "draußen",
        "drinnen",
        "hause",
        "oben",
        "unten",
        "vorne",
        "hinten",
        "links",
        "rechts",
        "innen",
        "außen",
        "ner",
        "nem",
        "nen",
    ]
)
_NEXT_WORD = re.compile(r"[ ]+([^\W\d_]+)")
_NUMBER_AFTER = re.compile(r"[ .:]*\d")
_CONTACT_LABELS = frozenset(["telefon", "tel", "handy", "mobil", "festnetz", "fax", "nummer", "nr"])


def _lower_case_town(text: str, result: RecognizerResult) -> bool:
    """A hit of "Town in lower case" in a text written in lower case, itself no noun, country,
    article or adjective ("lebt in bescheidenen verhältnissen")."""
    value = text[result.start : result.end]
    last = value.split()[-1]
    if last in _NOT_LOWER_TOWNS or last in STOP_WORDS or not is_town(last.capitalize()):
        return False
    if is_lexicon_noun(last.capitalize()):
        return False
    after = _NEXT_WORD.match(text, result.end)
    if (
        after is not None
        and last.endswith(("e", "en", "em", "er", "es"))
        and is_lexicon_noun(after.group(1).capitalize())
        # A label with its number is no noun the town describes: "in harrislee telefon 0461".
        and not (after.group(1) in _CONTACT_LABELS and _NUMBER_AFTER.match(text, after.end()))
    ):
        return False
    # The hit's line (a speaker's turn), or the text around a short one; without words in
    # capitals ("SPRECHER 2:") and spelling words ("R wie Richard").
    return written_in_lower_case(text, result.start, result.end)


def is_town(value: str) -> bool:
    """ "lebt in Armut": a noun is no town; a country or a state is no address. The word after
    "Bad" or "Sankt" decides ("Bad Salzuflen")."""
    words = value.split()
    # (Also in a transcript's lower case: "bad schwartau".)
    first = words[1] if len(words) > 1 and words[0].capitalize() in _TOWN_PREFIXES else words[0]
    return not (
        (is_lexicon_noun(first) and first not in _TOWN_PREFIXES)
        or value in _NOT_DISTRICTS
        or _NOUN_ENDING.search(first)
        or first in _COUNTRIES
    )
