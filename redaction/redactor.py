"""Turn extracted text into ``RedactedText``: every personal span replaced by a typed token.

Tokens are consistent per document: the same person is ``<PERSON_1>`` everywhere, also where
only the surname or first name stands. The token → original map is returned separately and only
ever stored in the encrypted vault.
"""

from __future__ import annotations

import bisect
import datetime
import functools
import html
import ipaddress
import itertools
import logging
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import combinations
from urllib.parse import unquote

from presidio_analyzer import AnalyzerEngine, RecognizerResult
from spacy.lang.de.stop_words import STOP_WORDS

from core.errors import RedactionError
from redaction.engine import CONTEXT_NOT_NEEDED_FROM, LANGUAGE, get_analyzer
from redaction.recognizers.aktenzeichen_recognizer import SHAPE_ONLY_KEY
from redaction.recognizers.birthplace_recognizer import NOT_TOWNS, TOWN
from redaction.recognizers.common_nouns import is_common_noun
from redaction.recognizers.date_of_birth_recognizer import DATE, DATE_OCR
from redaction.recognizers.email_recognizer import (
    EMAIL_PATTERN,
    fold_for_domain,
    is_functional_mailbox,
    is_private_domain,
)
from redaction.recognizers.ner_person_recognizer import NER_SCORE
from redaction.recognizers.noun_lexicon import (
    german_nouns,
    is_district,
    is_known_name,
    is_lexicon_noun,
    is_loose_noun_compound,
    is_place_name,
    toponyms,
)
from redaction.recognizers.patterns import LEGAL_FORM, written_in_lower_case
from redaction.recognizers.person_recognizer import (
    MONTH_NAMES,
    NAME_PARTICLES,
    PROPAGATED_SCORE,
    PersonRecognizer,
    find_mentions,
    given_names,
    is_organisation,
    looks_like_name,
    months_as_given_names,
    name_parts,
    paired_given_names,
)
from redaction.recognizers.public_figures import (
    UNMISTAKABLE_SURNAMES,
    figure_mentions,
    is_public_figure,
)
from redaction.recognizers.residence_recognizer import is_town

logger = logging.getLogger(__name__)

# Recall first: anything a recognizer reports at this score or above is redacted.
# The context enhancer skips hits at or above it (see ``redaction.engine``).
SCORE_THRESHOLD = CONTEXT_NOT_NEEDED_FROM
# Presidio entity names → our token names.
TOKEN_NAMES = {
    "PERSON": "PERSON",
    "STREET_ADDRESS": "ADRESSE",
    "LOCATION": "ORT",
    "FOREIGN_STREET": "ADRESSE_AUSLAND",
    "FOREIGN_POSTCODE": "ORT_AUSLAND",
    "DATE_OF_BIRTH": "GEBURTSDATUM",
    "PHONE_NUMBER": "TELEFON",
    "EMAIL_ADDRESS": "EMAIL",
    "IBAN_CODE": "IBAN",
    "DE_TAX_ID": "STEUER_ID",
    "DE_KFZ": "KENNZEICHEN",
    "DE_AKTENZEICHEN": "AKTENZEICHEN",
    "DE_ID_DOCUMENT": "AUSWEISNUMMER",
    "DE_HANDELSREGISTER": "HANDELSREGISTER",
    "IP_ADDRESS": "IP_ADRESSE",
}
MAX_CHARS = 2_000_000
# Long texts are analysed in chunks: Presidio's work per call (context look-ups, deep copies of
# every hit) grows faster than the text, and its stock context enhancer is quadratic in the hits
# of one call. Each chunk owns ``_CHUNK`` characters and sees ``_MARGIN`` more on either side, so
# an entity starting in the owned part is seen whole (entities are far shorter than the margin)
# and the cue words before it are in view.
_CHUNK = 20_000
_MARGIN = 600
# Where a chunk boundary may move back to land on a line break or space.
_BOUNDARY_SLACK = 200
# Spaces that word processors and PDF extractors put into numbers and names; the recognizers
# treat them as a plain space. One character each, so offsets stay valid for the original text.
_SPACE_LIKE = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# Mentions with more words than this are matched to known persons by whole set and single words
# only, not by every subset.
_MAX_NAME_WORDS = 6
# Adjacent mentions of name parts ("Ayşe" "Yıldırım", "Faisal" bin "Abdullah") become one
# span, so one token.
_PERSON_GAP = re.compile(r"[ \t]")
# Across a particle only from a single first name ("Faisal" bin "Abdullah"): "Lena Koch von
# Jonas Becker" are two persons.
_PARTICLE_GAP = re.compile(rf"[ \t]{NAME_PARTICLES}[ \t]")
# Particles right before a name, and the first name or initial before them.
_PARTICLES_BEFORE = re.compile(
    rf"(?:(?<![\w.-])(?P<first>[A-ZÄÖÜ][\w'’-]*\.?|[A-ZÄÖÜ]\.)[ ])?"
    rf"(?<![\w-])(?P<particle>{NAME_PARTICLES})[ ]$"
)
_INITIAL_WORD = re.compile(r"[A-ZÄÖÜ]\.")
# Particles no German or English sentence uses as a word.
_FOREIGN_PARTICLES = frozenset({"van", "dos", "del", "della", "bint", "ibn", "abu"})
_PARTICLE_REACH = 40


# ---------------------------------------------------------------- rules over lines and rows
# Presidio's recognizers each see one entity type; some personal data is only recognisable
# from what stands beside it in the same line, table row or form. These rules run per chunk
# after Presidio, on the chunk's own hits, in passes over its lines whose cost grows with the
# chunk (rows longer than ``_MAX_ROW_CHARS`` are running text and never split into cells).
#
# 1. Tables: rows of three or more cells separated by ``|``, tabs, ``;``, commas (a CSV
#    export: no comma with a blank after it outside quotes) or runs of two blanks or more (a
#    printout; its ruler lines keep the header). A header row (no digits but inside field
#    names) gives each column a kind: a name column ("Nachname", "Halter/in", "EMPFAENGER/IN",
#    "schueler_vorname"; "Name" alone only for cells that name no place or firm), a staff
#    column ("SB", "Sachbearbeiter": names, but no citizen's row), a birth, birthplace or
#    case-number column; and, only in a table with a name column, the address split into
#    street, house number, postcode and town (also district) and case numbers by their header
#    ("Vorgang", "Antrags-ID"). A header without a name column makes the table impersonal:
#    numbers found by their shape alone are things' numbers there, and the addresses in rows
#    that name an office, a place or a firm are theirs. In a table without a header a row is
#    personal when one cell is a date of an adult's birth (see 3) and another holds nothing
#    but a name ("Kılıç, Fatma"): both are tagged. A column mostly of names found already (one
#    by a rule) has its other names tagged too. Column names are no persons.
# 2. A date right after a person on the same line ("Kind: Lina Muster, 23.06.2021",
#    "Muster, Max | 1.2.1990") is a DATE_OF_BIRTH, whatever its year.
# 3. A date near a person on the same line (within ``_NEAR_PERSON`` characters) whose year
#    lies at least ``_ADULT_YEARS`` back is a DATE_OF_BIRTH, unless a sentence ends between
#    them: letter dates, deadlines and events are recent or ahead.
# 4. Forms, form mailers and JSON exports ("vorname=Ewa", "PLZ: 59071", '"plz": 45127'): in a
#    paragraph whose fields name a person, the fields with the kinds of rule 1 are tagged.
# New names found here are tagged wherever else they stand in the chunk.
_ADULT_YEARS = 12
_NEAR_PERSON = 60
_SENTENCE_END = re.compile(r"[.!?][ ]+[A-ZÄÖÜ]")
# Dates as written, and as a scan read them ("11.O3.1961").
# Not a day and a time ("24.01. 11:00"): a two-digit year is no hour.
_DATE_RE = re.compile(rf"(?<![\d.])(?:{DATE}|{DATE_OCR})(?!\d|:\d)")
_OCR_DIGITS = str.maketrans("OolI", "0011")
_YEAR_RE = re.compile(r"(\d{4}|\d{2})(?=\D*$)")
_YEAR_FIRST = re.compile(r"\d{4}[-/.]")
# Digits inside a header's field name ("flaeche_m2", "Anlage1") or numbering its columns
# ("Partner 1", "Telefon 2") leave it a header.
_DIGIT_IN_NAME = re.compile(
    # "Name 1", "Kind2"; an ordinal before the name ("2. Elternteil", "1. Wohnsitz").
    r"(?<=[^\W\d])\d+|(?<=[^\W\d][ ])\d(?!\d)|^\d\.(?=[ ]?[^\W\d])"
)
_DOUBLE_BAR = re.compile(r"\|\|")
_DOUBLE_BAR_ROW = re.compile(r"[ \t]*\|\|(?:[^|]*\|\|)+[ \t]*")
_CELL_SPLIT = {
    "|": re.compile(r"\|"),
    "\t": re.compile(r"\t+"),
    ";": re.compile(r";"),
    ",": re.compile(r","),
}
_ONE_TAB = re.compile(r"\t")
_QUOTING = frozenset(";,")
_HTML_CELL = "<td>"
_HTML_CELL_RE = re.compile(r"<t[dh]\b[^<>]{0,200}>([^<>]{0,300})</t[dh]>", re.IGNORECASE)
_QUOTED = re.compile(r'"[^"\n]*"')
_MIN_CELLS = 3
# Rows longer than this are running text, not a table row.
_MAX_ROW_CHARS = 1_000
_NAME_COLUMN = re.compile(
    # A forum's export names the writer twice: "autor_anzeige", "autor_klarname".
    r"(?i:(?:vor|nach|familien|zu|geburts|ruf|klar|real|fam\.?[ ]?-?[ ]?)name[n]?"
    r"(?:[ ]?[,/][ ]?(?:vor|nach)?name[n]?)?"
    r"|name[n]?[ ]?[,/][ ]?(?:vor|nach)?name[n]?"
    r"|teilnehmer(?:in)?|teilnehmende|person|mitglied|schüler(?:in)?|schueler(?:in)?|kind"
    r"|antragsteller(?:in)?|mieter(?:in)?|halter(?:in)?|[\w-]*inhaber(?:in)?"
    r"|eigentümer(?:in)?"
    r"|empfänger(?:in)?|bewohner(?:in)?|patient(?:in)?|schuldner(?:in)?|(?:first|last|sur)[ ]?name"
    r"|full[ ]name|(?:erziehungs|sorge)berechtigte[r]?|eltern|vater|mutter|besucher(?:in)?"
    # "2. Elternteil", "Beitragspfl. Elternteil", "beitragspflichtiger Elternteil".
    r"|(?:[\w.]+[ ])?elternteil"
    r"|bewerber(?:in)?|betroffene[r]?|verstorbene[r]?|fahrer(?:in)?|kunde|kundin|gast"
    r"|wahlhelfer(?:in)?|partner(?:in)?(?:[ ]?\d)?|trauzeug(?:e|in)|ehe(?:gatte|partner)(?:in)?"
    # Who reported, witnessed or caused something, who lives beside it or lets it.
    r"|melder(?:in)?|meldende[r]?|hinweisgeber(?:in)?|anwohner(?:in)?|anlieger(?:in)?"
    r"|geschädigte[r]?|verursacher(?:in)?|zeug(?:e|in)(?:[ ]?/[ ]?zeugin)?|beteiligte[r]?"
    r"|bürger(?:in)?|unterzeichner(?:in)?|finder(?:in)?|verlierer(?:in)?"
    # A library system's log: 'guardian="Wieczorek, Agnieszka"' (not its "patron": a church's
    # saint as often).
    r"|guardian|borrower)"
)
# Staff and contacts: their names are personal, but they make no row a citizen's (a council
# paper's "Sachbearbeiter", a facility's "Kontakt").
_STAFF_COLUMN = re.compile(
    # (A registry office's "StB": the registrar.)
    r"(?i:sachbearbeiter(?:in)?|bearbeiter(?:in)?|sb|stb|sachb\.?|zuständig(?:e[r]?)?|ifk|pap"
    r"|fallmanager(?:in)?|betreuer(?:in)?|berater(?:in)?|vermittler(?:in)?|standesbeamt(?:e|in)?"
    r"|ansprechpartner(?:in)?|ansprechperson|ansprechp\.(?:[ ][\w.]+)?|kontakt(?:person)?|lehrkraft"
    # Who did it: "Sichtung durch", "geprüft von", "erfasst durch".
    r"|(?:[\w-]+[ ])?(?:durch|von)|visum|kürzel[ ]sb)"
)
_STAFF = "STAFF"
# A column of logins ("Kennung", "Login", "Kürzel"): a lower-case handle names its person
# ("mkessler"); other cells ("B-0412") are read as numbers.
_LOGIN_COLUMN = re.compile(
    r"(?i:kennung|login(?:name)?|benutzer(?:name|kennung)|nutzerkennung|kürzel|namenskürzel"
    r"|user[ _-]?(?:name|id)|username|account|windows-?login|ad-?konto)"
)
_LOGIN = "LOGIN"
_POSSESSIVES = frozenset(["ihr", "ihre", "dein", "deine", "mein", "meine", "your"])
_GENITIVE_END = re.compile(r"(?:es|s)$")
_LOGIN_CELL = re.compile(r"(?=[a-z0-9._-]*[a-z]{3})[a-z][a-z0-9._-]{2,30}")
_NOT_LOGINS = frozenset(
    ["admin", "root", "system", "service", "test", "gast", "guest", "extern", "keine", "n/a"]
)
# "Name" alone heads names of persons as often as of playgrounds or schools: its cells must look
# like a person's name.
# Also a log's or an export's user, which holds a login as often as a name: only a value that
# looks like a person's name counts ('user="Schulze-Wendt, Friederike"').
_PLAIN_NAME_COLUMN = re.compile(
    r"(?i:name[n]?|namen?[ ]und[ ]vorname[n]?|user|benutzer|nutzer|contact)"
)
_PLAIN_NAME = "NAME"
_KNOWN_HEADER_CELLS = 2
_NAMING_KINDS = frozenset({"PERSON", "NAME", "STAFF"})
_COUNT_CELL = re.compile(r"[ \t]*(?:\d[\d.,' ]*|[–-]|k\.[ ]?A\.)?[ \t]*")
_ROW_NUMBER = re.compile(r"(?i:nr\.?|no\.?|nummer)")
# Names of places end so ("Skatepark", "Bürgerhalle", "Waldfriedhof"); surnames rarely do.
_FACILITY = re.compile(
    r"(?<=\w{3})(?:park|platz|garten|halle|stadion|zentrum|museum|bibliothek|friedhof|anlage"
    r"|wiese|schule|gymnasium|kolleg|kita|treff|bad)$"
)
_TRANSLITERATED = re.compile(r"(?i:ae|oe|ue)")
_KIND_CACHE = 65_536
_UMLAUTS = {"ae": "ä", "oe": "ö", "ue": "ü"}
# Columns that are personal only in a table of persons (one with a name column): the address,
# split or whole, and a case's number. A table of playgrounds or charging points keeps them.
_STREET_COLUMN = re.compile(
    r"(?i:stra(?:ß|ss)e(?:[ ]?(?:und|u\.|/|,|&)[ ]?(?:haus)?(?:nr\.?|nummer))?|str\.?"
    r"|(?:wohn|privat|halter|melde|post)?anschrift|(?:wohn|privat|melde)?adresse|street|address)"
)
_HOUSE_COLUMN = re.compile(r"(?i:haus[ ]?(?:nr\.?|nummer)|hnr\.?|hausnr\.?|hs\.?[ ]?-?[ ]?nr\.?)")
_HOUSE_CELL = re.compile(r"\d{1,4}[ ]?[a-zA-Z]?(?:[ ]?[-/][ ]?\d{1,4}[a-zA-Z]?)?")
_POSTCODE_COLUMN = re.compile(r"(?i:plz|postleitzahl|zip(?:[ ]?code)?|postcode)")
_POSTCODE_CELL = re.compile(r"(?:[A-Z]{1,2}-)?\d{4,5}")
_TOWN_COLUMN = re.compile(
    r"(?i:ort|stadt|gemeinde|city|town|plz[ ]?(?:und|/|,|&)?[ ]?ort|stadtteil|ortsteil"
    # A council's "ortsbezirk", a list's "Wohnviertel"; a register's "Wohnort / Sitz" of
    # persons and firms.
    r"|ortsbezirk|wohnbezirk|wohnviertel|viertel|(?:wohn)?ort[ ]?/[ ]?sitz"
    r"|stadtbezirk|bezirk|(?:zuletzt[ ])?wohnhaft(?:[ ]in)?|zuletzt[ ]wohnhaft"
    # "wohnt derzeit in", "wohnt in".
    r"|wohnt(?:[ ](?:derzeit|jetzt|aktuell|zurzeit|zuletzt))?(?:[ ]in)?"
    # "Whn.-Ort", "Herkunftsort", "Zuzug aus"; a header wrapped onto two lines leaves its
    # first word ("bisheriger⏎Wohnort").
    # ("Alter" alone is a person's age.)
    r"|(?:letzter|bisheriger|früherer|vorheriger)(?:[ ]wohnort)?|alter[ ]wohnort"
    r"|herkunftsort|herkunftsstadt|zuzug(?:[ ]aus|[ ]von)?|zugezogen[ ]aus|umzug[ ]aus"
    r"|(?:previous|former|last)[ ](?:residence|address|town|city)|residence|moved[ ]from"
    r"|place[ ]of[ ]residence|home[ ]?town"
    # Where the person's main home is, or where they moved: "Hauptwohnsitz", "Wegzug nach".
    r"|(?:haupt|neben|erst|zweit)?wohnsitz|wegzug(?:[ ]nach)?|verzogen[ ]nach|wegzugsziel"
    r"|(?:haupt|neben|zweit)wohnung|heimatort"
    # Where someone stays ("Aufenthalt | Beirut"); a status there is a noun ("Duldung").
    r"|aufenthalt(?:sort)?|(?:derzeitiger|jetziger)[ ]aufenthalt(?:sort)?)"
)
_ID_COLUMN = re.compile(
    r"(?i:.*(?:nr\.?|nummer|zeichen|kennung|vorgang|antrag|mandatsref|marke|ausweis|az\.?))"
    # "Antrags-ID", "antragsId", "kunden_id" (not "Bescheid").
    # "ID" alone in a table of persons: the case's (a report's "SF-0042").
    r"|.*(?:[ _.-](?i:id)|[a-zäöüß]I[dD]|sid|SID)|ID|Id"
    # A payment run's number of the payee: "Kreditor", "Debitor-Nr.".
    r"|(?i:(?:kreditor|debitor)(?:en)?)"
)
_NOT_ID_COLUMN = re.compile(
    r"(?i:(?:lfd\.?|laufende)?[ ]?nr\.?|pos\.?"
    r"|(?:.*[ _.-])?(?:vr|hr|hrb|ust|tb)(?:[ _.-].*|nr\.?)?"
    r"|.*(?:tel|fax|mobil|handy|haus|plz|iban|bic|steuer[ -]?id|inventar|zimmer|raum|wahlbezirk"
    r"|schalter|schlüssel|artikel|bestell|rechnung|linie|tatbestand|vorlage|drucksache).*)"
)
# A column headed only "Nr.": a row's running number ("1", "2.") or a case's ("25-1881").
_NUMBER_OF_ROW_OR_CASE = "ROW_OR_CASE_NUMBER"
# A case's number in such a column: digit groups parted by a hyphen, slash or dot, five
# digits or more ("25-1881", "2025/00412"); not a date.
_CASE_NUMBER_CELL = re.compile(r"(?=(?:\D*\d){5})[A-Z]{0,3}[ -]?\d+(?:[-/.]\d+)+")
_PERSONAL_ONLY = frozenset(
    {"STREET", "HOUSE", "POSTCODE", "TOWN", "ID", "DOCUMENT", _NUMBER_OF_ROW_OR_CASE}
)
# A column of customer, file or insurance numbers ("Kundennr.", "Aktenzeichen", "Vers.-Nr.").
_NUMBER_COLUMN = re.compile(
    r"(?i:(?:kunden|mitglieds|versicherten|vers\.|akten|vertrags|personal|ausweis|pass|steuer"
    r"|zähler|antrags|vorgangs|fall|mandanten|patienten|schüler)[ -]?(?:nummer|nr\.?)|aktenzeichen"
    r"|az\.?|kassenzeichen|kassenz\.|geschäftszeichen|gesch\.[ ]?-?[ ]?z(?:eichen|\.)?|gz\.?"
    r"|(?:beitrags|mieter|kunden|personen|buchungs|gebühren)konto"
    r"|customer[ ]?(?:no\.?|id|number)|kd\.?[ -]?nr\.?|azr[ -]?(?:nummer|nr\.?))"
)
# A column of identity documents named by the document ("Pass", "Fiktion", "eAT"): beside a
# name column only; a statistics' column of counts bears such names too ("Monat | Pass").
_DOCUMENT_COLUMN = re.compile(
    r"(?i:(?:kinder|national|inlands|auslands)?(?:reise)?pass|(?:personal)?ausweis|eat|duldung"
    r"|fiktion(?:sbescheinigung)?|aufenthaltstitel|visum|tazkira|azr)"
)
_DOCUMENT = "DOCUMENT"
_NUMBER_CELL = re.compile(r"(?:\D*\d){4}")
# A town in a cell: capitalised words ("Wolfenbüttel", "HANOI", "Frankfurt am Main").
_PLACE_CELL = re.compile(r"[A-ZÄÖÜ][\w'-]*(?:[ ](?:[a-zäöü]{2,3}[ ])?[A-ZÄÖÜ(][\w.'()-]*){0,3}")
# A town, also abroad ("Łódź", "90-006 Łódź", "NEWCASTLE").
_TOWN_CELL = re.compile(
    # Not a district's Roman number ("III").
    r"(?![IVX]+(?![\w'-]))"
    r"(?:(?:[A-Z]{1,2}-)?\d{2}-?\d{3}[ ]|\d{4,5}[ ])?[^\W\d_a-zäöüß][\w'-]*"
    r"(?:[ ](?:[a-zäöü]{2,3}[ ])?[^\W\d_a-zäöüß(][\w.'()-]*){0,3}(?:/[^\W\d_][\w'-]*)?"
    # Its country in brackets: "Beograd (Serbien)", "Kumasi (Ghana)".
    r"(?:[ ]?\([^\W\d_][^()\n]{1,30}\))?"
)
# Rule 4: fields of forms and exports, one paragraph a record.
_PARAGRAPH = re.compile(r"(?:[^\n]+\n?)+")
_FIELD_LINE = re.compile(
    r'^[ \t]*"?(?P<key>[^\W\d_][\w .,/()*-]{0,40}?)"?[ \t]*[:=][ \t]*'
    # Possessive: the value runs to the line's end, blanks and a JSON comma are cut in code
    # (a lazy value before optional blanks backtracked cubically on long runs of blanks).
    r"(?P<value>(?=[^\s{\[])[^\n]{1,120}+)$",
    re.MULTILINE,
)
_PLACEHOLDER = re.compile(r"_{3,}|\.{4,}|…")
# The first letter of each part of a name typed in lower case ("ana-maria", "o'neill").
_LOWER_NAME_START = re.compile(r"(?<![^\W\d_])[^\W\d_]")
# What a name field holds instead of a name, in lower case.
_NO_NAME_VALUES = frozenset(
    [
        "unbekannt",
        "anonym",
        "dito",
        "siehe",
        "oben",
        "keine",
        "angabe",
        "angaben",
        "entfällt",
        "privat",
        "ich",
        "selbst",
    ]
)


# Words the name lists know that a form's field holds as often as a name.
_NOT_NAMES_LOWER = frozenset(["deutsch", "ja", "nein", "frei", "keine"])


def _typed_in_lower_case(value: str) -> bool:
    """A name field's value in lower case only, none of its words a function word, an
    everyday noun or a stand-in ("siehe oben", "keine angabe"), and one of them a name the
    lists know ("kowalski, agnieszka"; not "geschwärzt", "optional")."""
    words = re.findall(r"[^\W\d_]+", value)
    return (
        bool(words)
        and value == value.lower()
        and not any(
            word in STOP_WORDS
            or word in _NO_NAME_VALUES
            or (is_lexicon_noun(word.capitalize()) and not is_known_name(word.capitalize()))
            for word in words
        )
        and any(is_known_name(word.capitalize()) and word not in _NOT_NAMES_LOWER for word in words)
    )


_JSON_FIELD = re.compile(
    r'"(?P<key>[^"\n]{1,40})"[ \t]*:[ \t]*(?P<value>"[^"\n]{1,120}"|\d[\d.-]{0,29}(?![\w.-]))'
)
# A JavaScript object's field, its key unquoted, as logs print them: 'person={nachname:"Nwosu",
# geburtsort:"Enugu"}'.
_OBJECT_FIELD = re.compile(
    r"(?<=[{,])[ ]{0,3}(?P<key>[A-Za-z_]\w{0,30})[ ]{0,3}:[ ]{0,3}"
    r"""(?P<value>"[^"\n]{1,120}"|'[^'\n]{1,120}')"""
)
# A field inside a line: a log line's "key=value" pairs (logfmt, 'name="Kowalczyk, Agnieszka"')
# and a web address's query ("?nachname=Schuster&vorname=Jana").
_INLINE_FIELD = re.compile(
    r"(?<![\w.-])(?P<key>[^\W\d_][\w-]{0,30})=(?!=)"
    # Quoted as JSON or as a Java object's text ("nachname='Yüksel'").
    r"""(?P<value>"[^"\n]{1,120}"|'[^'\n]{1,120}'|[^\s&;,"']{1,80})"""
)
# An XML element that holds a value: "<familienname>Hoffmann</familienname>".
_XML_FIELD = re.compile(
    r"<(?P<key>[A-Za-z_][\w:.-]{0,40})(?:[ \t][^<>\n]{0,200})?>(?P<value>[^<>\n]{1,120})</(?P=key)>"
)
_NAME_PIECE = re.compile(r"[^\s,;/()+]+")
_PERCENT_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
_JSON_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})")


def _as_typed(value: str) -> str:
    """A field's value as the person typed it: a web form's body writes blanks as "+"
    ("name=Gregor+Wisniewski") and other characters as escapes ("J%C3%BCrgen")."""
    value = value.replace("+", " ")
    if "\\u" in value:  # a JSON export's escapes: "G\u00fcnd\u00fcz"
        value = _JSON_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), value)
    return unquote(value, errors="replace") if _PERCENT_ESCAPE.search(value) else value


def _name_piece(word: str) -> bool:
    """A capitalised word that may be a name: no everyday noun ("Rückruf", "Termin"). Asked of
    the pieces of a field that holds a name as often as other words ("Name:", "user=")."""
    return (
        all(_NAME_WORD.fullmatch(part) for part in word.split("-"))
        and word[:1].isupper()
        and (is_known_name(word) or not (is_lexicon_noun(word) or is_common_noun(word)))
    )


_MAX_ID_CHARS = 30
_STREET_CELL = re.compile(r".*[^\W\d_].*")
_MIN_ID_DIGITS = 3
_BIRTHPLACE_COLUMN = re.compile(
    r"(?i:geburtsort|geb\.?[ ]?-?[ ]?ort|geburtsstadt|place[ ]of[ ]birth|birth[ ]?place"
    r"|geb\.[ ]in|geboren[ ]in"
    # A home: "Wohnort", "Whn.-Ort".
    r"|wohnort|whn\.?[ ]?-?[ ]?ort)"
)
# A year of birth alone: its cells hold a year ("1987"), which the date rule does not take.
_BIRTH_YEAR_COLUMN = re.compile(
    r"(?i:jahrgang|jg\.?|geburtsjahr|geb\.?[ ]?-?[ ]?jahr|geb\.?[ ]?-?[ ]?j\.?|year[ ]of[ ]birth"
    r"|birth[ ]?year)"
)
_BIRTH_YEAR = "BIRTH_YEAR"
_YEAR_CELL = re.compile(r"(?:19|20)\d{2}")
_BIRTH_COLUMN = re.compile(
    r"(?i:geb\.?(?:[ ]am)?|geboren(?:[ ]am)?|geburtsdatum|geb\.?-?[ ]?datum|geb\.?[ ]?-?[ ]?dat\.?"
    r"|geburtstag"
    r"|date[ ]of[ ]birth"
    r"|dob|birthday|birth[ _-]?date|born)"
)
# What may stand between a person and their birth date: separators, a birth cue.
_PERSON_TO_DATE = re.compile(
    r"[ \t]*(?:[,;|(\t][ \t]*)*(?:(?:geb\.?|geboren(?:[ ]am)?|born|\*)[ \t]*(?:am[ ]+)?)?"
)
_TABLE_RULE = "LineRules"
# Printouts align their columns with blanks: a cell is a run of words with single blanks, two
# blanks or more separate cells. A cell belongs to the header column it starts under (a long
# name may push a cell a character or two to the right).
_FIXED = "  "
_FIXED_CELL = re.compile(r"\S+(?:[ ]\S+)*")
_FIXED_SLACK = 2
_LONE_RULES = frozenset(("|", "||", "¦", "│", "┃"))
# A printout's line that continues a row's value stands this far in at least.
_CONTINUED_INDENT = 4
_FORM_FIELD_CELL = re.compile(r"(?:Feld|Ziffer|Zeile)[ ]?\d{1,3}[a-z]?[ ]+[^\W\d]")
# (Box-drawing rules too: "┌───┬───┐", "╞═══╪═══╡", "╔═══╦═══╗".)
_RULER = re.compile(
    r"[ \t]*+[-=_+|─━═┼┌┐└┘├┤┬┴╞╡╪╔╗╚╝╠╣╦╩╬╒╕╘╛╤╧╓╖╙╜╟╢╥╨╫]{3,}+"
    r"[-=_+| \t─━═┼┌┐└┘├┤┬┴╞╡╪╔╗╚╝╠╣╦╩╬╒╕╘╛╤╧╓╖╙╜╟╢╥╨╫│║┃]*+"
)
# A box-drawing table's bars are a Markdown table's ("│ Name │" reads as "| Name |").
_BOX_BARS = str.maketrans("│┃║╎╏┆┇┊┋", "|||||||||")
# Gender endings of a header cell: "Halter/in", "Schüler*innen", "Erziehungsberechtigte/r".
# Also a plural's ending: "Vorname(n)", "Kind(er)".
_GENDER_ENDING = re.compile(
    r"(?:(?i:/-?in(?:nen)?|/-?r|[*:_]in(?:nen)?|\((?:in|r|n|en|e|er|s)\))|Innen)$"
)
# A column is one of names when this share of its cells, and two at least, hold a name found
# by the recognizers: its other cells that look like names are names too.
_NAME_SHARE = 0.4
_NAME_CELLS = 2
_MIN_TABLE_ROWS = 3
_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*")
_CELL_WORD = re.compile(r"[^\s,/;&()]+")
_BRACKETED = re.compile(r"\([^()\n]*\)")
_CELL_NAMES = re.compile(r"[ ]*(?:/|&|\bund\b)[ ]*")


def _year_of(date: str, this_year: int) -> int | None:
    date = date.translate(_OCR_DIGITS)
    if _YEAR_FIRST.match(date):
        return int(date[:4])  # "2026-03-11", "1979/07/23"
    match = _YEAR_RE.search(date)
    if match is None:
        return None
    year = int(match.group(1))
    if len(match.group(1)) == 2:
        year += 2000 if year <= this_year % 100 else 1900
    return year


def _cells(
    line: str, start: int, tabs: int | None = None
) -> tuple[str, list[tuple[int, int]]] | None:
    """The separator and cell spans of a table row (offsets into the chunk), or None.

    Cells of a CSV export lose their quotes; a comma separates cells only in a line without a
    comma and blank outside quotes (prose puts a blank after its commas). Runs of tabs are one
    separator (text aligned with tabs), unless the row has no more tabs than ``tabs``, its
    header's count: then each tab is one, and an Excel range's empty cells keep the columns
    ("Demir<TAB><TAB>03.04.1990" under "Name<TAB>Vorname<TAB>Geb.-Datum").
    """
    if len(line) > _MAX_ROW_CHARS:
        return None
    line = line.translate(_BOX_BARS)
    if "<t" in line:
        # An HTML table's row on one line: "<tr><td>Özkan</td><td>2013-11-02</td>…".
        inner = [m.span(1) for m in _HTML_CELL_RE.finditer(line)]
        if len(inner) >= _MIN_CELLS:
            stripped = [_stripped(line, a, b) for a, b in inner]
            return _HTML_CELL, [(start + a, start + b) for a, b in stripped]
        if inner:
            return None
    for separator, splitter in _CELL_SPLIT.items():
        if line.count(separator) < (1 if separator == "\t" else 2):
            continue
        quoted = '"' in line and separator in _QUOTING
        if separator == ",":
            bare = _QUOTED.sub("", line) if quoted else line
            if ", " in bare or "  " in bare:
                continue  # prose, or amounts in a printout ("45,50     45,50")
        if separator == "|" and _DOUBLE_BAR_ROW.fullmatch(line):
            splitter = _DOUBLE_BAR  # a Confluence or Jira header: "|| Name || Geb.-Datum ||"
        elif separator == "\t" and tabs is not None and line.count("\t") <= tabs:
            splitter = _ONE_TAB
        bounds = _quoted_bounds(line, separator) if quoted else _bounds(line, splitter)
        cells = [_unquoted(line, start, a, b) for a, b in bounds]
        # Empty cells stay: they keep the columns under their headers ("Koch;;14.03.2023").
        if sum(1 for a, b in cells if b > a) >= _MIN_CELLS:
            return separator, cells
    return None


def _bounds(line: str, splitter: re.Pattern[str]) -> list[tuple[int, int]]:
    bounds = []
    cursor = 0
    for match in splitter.finditer(line):
        bounds.append((cursor, match.start()))
        cursor = match.end()
    bounds.append((cursor, len(line)))
    return bounds


def _quoted_bounds(line: str, separator: str) -> list[tuple[int, int]]:
    """Cells split at ``separator`` outside double quotes."""
    bounds = []
    cursor = 0
    inside = False
    for index, char in enumerate(line):
        if char == '"':
            inside = not inside
        elif char == separator and not inside:
            bounds.append((cursor, index))
            cursor = index + 1
    bounds.append((cursor, len(line)))
    return bounds


def _unquoted(line: str, start: int, first: int, last: int) -> tuple[int, int]:
    """A cell's span without blanks and the quotes around it."""
    while first < last and line[first] in " \t":
        first += 1
    while last > first and line[last - 1] in " \t":
        last -= 1
    if last - first >= 2 and line[first] == line[last - 1] and line[first] in "\"'":
        first, last = first + 1, last - 1
    return start + first, start + last


def _fixed_cells(line: str, start: int) -> list[tuple[int, int]] | None:
    """The cells of a printout's row whose columns are aligned with blanks, or None."""
    if len(line) > _MAX_ROW_CHARS or "  " not in line:
        return None
    cells = [(start + m.start(), start + m.end()) for m in _FIXED_CELL.finditer(line)]
    # A bar alone between two halves of a form ("Name  Nowak   |  Name  Schäfer") is a rule,
    # no cell (a grid's bars are its columns' edges).
    bars = [(a, b) for a, b in cells if line[a - start : b - start] in _LONE_RULES]
    if len(bars) == 1 and len(cells) > _MIN_CELLS:
        cells.remove(bars[0])
    # A form's label and its value ("Vorname, Name:      Lukas Bergmann") make no row, and
    # justified prose ("Der  Kunde  kann  den  Antrag") none either: most of its cells are
    # words in lower case.
    if len(cells) < _MIN_CELLS or any(line[a - start : b - start].endswith(":") for a, b in cells):
        return None
    # A scanned form's numbered fields side by side ("Feld 1 Name NGUYEN  Feld 2 Vorname(n) VAN
    # DUC"): labels with their values, no columns.
    if sum(_FORM_FIELD_CELL.match(line, a - start) is not None for a, _ in cells) >= 2:
        return None
    # A summary's counts side by side ("SUMME: 6 FAHRZEUGE   ERLEDIGT: 2"): labels, no columns.
    if sum(_LABEL_IN_CELL.search(line, a - start, b - start) is not None for a, b in cells) >= 2:
        return None
    if _prose(line, [line[a - start] for a, _ in cells]):
        return None
    return cells


def _continued_cell(line: str, line_start: int, header_starts: list[int]) -> tuple[int, int] | None:
    """The one cell of a printout's line that continues the row above, indented to a column's
    start under the header, or None."""
    if len(line) > _MAX_ROW_CHARS:
        return None
    value = line.strip()
    indent = len(line) - len(line.lstrip(" "))
    if (
        not value
        or "  " in value
        or ":" in value  # a footer's label ("Stand: Januar")
        or indent < _CONTINUED_INDENT
        or not any(abs(indent - start) <= _FIXED_SLACK for start in header_starts)
    ):
        return None
    return line_start + indent, line_start + indent + len(value)


def _pair_kinds(labels: list[str]) -> list[str | None] | None:
    """The kinds of a row of labels and their values ("Ref.P. | Name | Haddad | Vorname | Rami |
    Aufenthalt | Herne"), each value with its label's; None for a row of another shape. Two
    labels of a known kind at least, every other cell, each before a value: a name, a place or
    a number, no noun ("Name | Bemerkung | Geburtsort | Status" is a header)."""
    if len(labels) < _MIN_PAIR_CELLS:
        return None
    kinds = _header_kinds(labels)
    pairs = [
        index
        for index, kind in enumerate(kinds[:-1])
        if kind is not None
        and kinds[index + 1] is None
        and _pair_value(labels[index + 1], login=kind == _LOGIN)
    ]
    # A role's cell before the first label ("Ehefrau | Name | …"): a header's first cell is a
    # label itself. Without one, a value must be plainly a value: a name the lists know or a
    # number ("Name   Papadopoulos   Vornamen  Dimitrios Konstantinos" on a scanned form).
    if (
        len(pairs) < _MIN_PAIRS
        or (pairs[0] < 1 and not any(_plain_value(labels[index + 1]) for index in pairs))
        or any(b - a != 2 for a, b in itertools.pairwise(pairs))
    ):
        return None
    paired: list[str | None] = [None] * len(labels)
    for index in pairs:
        paired[index + 1] = kinds[index]
    return paired


_MIN_PAIR_CELLS = 4
# Fields of an export that no value is named like.
_FIELD_NAMES = frozenset(
    (
        "email",
        "e-mail",
        "mail",
        "telefon",
        "tel",
        "phone",
        "mobil",
        "status",
        "text",
        "bemerkung",
        "kommentar",
        "datum",
        "zeit",
        "id",
        "ip",
    )
)
_ABBREVIATED_LABEL = re.compile(r"[^\W\d_][\w-]*\.")
_MIN_PAIRS = 2


def _plain_value(cell: str) -> bool:
    """A value no header holds: digits, or a first name or surname the name lists know."""
    return any(c.isdigit() for c in cell) or any(
        is_known_name(word) and not is_lexicon_noun(word) for word in name_parts(cell)
    )


def _pair_value(cell: str, login: bool = False) -> bool:
    """A label's value in a row of pairs: digits, or words that are no nouns and no abbreviated
    label ("Geschl.", "Staatsang."), and no field's name after a label other than a login's."""
    words = cell.split()
    if _ABBREVIATED_LABEL.fullmatch(cell):
        return False
    # An export's header names fields, no values: "id,zeit,nachname,email,stadtteil,text_kurz";
    # a login may be "h_meier" ("Benutzername;h_meier").
    if not login and ("_" in cell or cell.lower() in _FIELD_NAMES):
        return False
    return bool(words) and (
        any(c.isdigit() for c in cell)
        or not any(
            is_lexicon_noun(word) and not is_known_name(word)
            for word in words
            if word[:1].isupper()
        )
    )


def _split_at_columns(
    line: str, line_start: int, cells: list[tuple[int, int]], header_starts: list[int]
) -> list[tuple[int, int]]:
    """A printout's cells split where a value filled its column and one blank parts it from the
    next column's, at that column's start under the header ("WG-0954-2026-118 ARSLAN, HAKAN"
    under "WG-NR            EMPFAENGER")."""
    split: list[tuple[int, int]] = []
    for start, end in cells:
        # Only a cell that starts under its column's name: a value that overflowed into the next
        # column ("DLK 23/12 BOT-FW 230") has lost the alignment.
        if not any(abs(start - line_start - column) <= _FIXED_SLACK for column in header_starts):
            split.append((start, end))
            continue
        for column in header_starts:
            position = line_start + column
            if (
                start + 1 < position < end
                and line[column - 1] == " "
                and line[column] != " "
                and line[column - 2] != " "
            ):
                split.append((start, position - 1))
                start = position
        split.append((start, end))
    return split


_ABBREVIATED_CELL_END = re.compile(r"(?:^|[ ]{2,}|\t|[ ](?=[A-ZÄÖÜ]+\.$))[A-ZÄÖÜ][\w-]{1,11}\.$")


def _prose(line: str, heads: list[str]) -> bool:
    """Justified prose or a sentence, not a row: most of its cells or words (their first
    letters ``heads``) in lower case, or a sentence's end (a date's dot, "23.–25.02.", ends a
    row)."""
    tail = line.rstrip()
    return (
        2 * sum(head.islower() for head in heads) >= len(heads)
        or tail.endswith(("!", "?"))
        or (
            tail.endswith(".")
            and not tail[-2:-1].isdigit()
            # A row may end in an abbreviation, a cell of one capitalised word ("02.01.27
            # ENTSTEMP.", "Staatsang.  Miteinb.").
            and _ABBREVIATED_CELL_END.search(tail) is None
        )
    )


def _fixed_columns(
    cells: list[tuple[int, int]], line_start: int, header_starts: list[int]
) -> list[int]:
    """The header column of each cell: the last one that starts at or before it."""
    columns = []
    for start, _ in cells:
        position = start - line_start + _FIXED_SLACK
        columns.append(max(bisect.bisect_right(header_starts, position) - 1, 0))
    return columns


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t":
        start += 1
    while end > start and text[end - 1] in " \t":
        end -= 1
    return start, end


# A legend of coded column names: "Legende: F01 Messung-Nr. · F02 Uhrzeit · F09 Halter Name",
# "Sp. 5 Familienname | Sp. 6 Vornamen". Three entries on a line at least.
_LEGEND_CODE = r"(?:Sp\.|Spalte|Feld|Col\.?|F|K)[ ]?\d{1,2}"
_LEGEND_ENTRY = re.compile(
    rf"(?<![\w.])(?P<code>{_LEGEND_CODE})[ ]+(?P<label>[^\W\d_][^|·;,\n]*?)"
    rf"(?=[ ]*(?:[|·;,]|$|{_LEGEND_CODE}[ ]))",
    re.MULTILINE,
)
_MIN_LEGEND_ENTRIES = 3


def _code(cell: str) -> str:
    """A coded column name as the legend's key: "Sp. 5" and "sp5" alike."""
    return re.sub(r"[\s.]", "", cell).lower()


def _legend(text: str) -> dict[str, str]:
    """The labels of coded column names, from every line that explains three of them."""
    if "Sp." not in text and "Legende" not in text and "Spalte" not in text:
        return {}
    legend: dict[str, str] = {}
    for line in text.splitlines():
        entries = list(_LEGEND_ENTRY.finditer(line))
        if len(entries) >= _MIN_LEGEND_ENTRIES:
            for entry in entries:
                legend[_code(entry.group("code"))] = entry.group("label").strip()
    return legend


def _line_rules(text: str, found: list[RecognizerResult]) -> list[RecognizerResult]:
    """Extra hits from the rules over lines and rows above (chunk-local offsets).

    Persons found inside a table's column names are removed from ``found``.
    """
    this_year = datetime.date.today().year
    taken = bytearray(len(text))
    # What is taken by more than the model's guess: a table's rule vouches for a name the model
    # alone found, so that the name is then searched for elsewhere ("> Morozov<TAB>Artem …
    # -> Morozov: genehmigt").
    vouched = bytearray(len(text))
    for result in found:
        if result.score >= SCORE_THRESHOLD:
            taken[result.start : result.end] = b"\x01" * (result.end - result.start)
            if result.entity_type != "PERSON" or result.score > NER_SCORE:
                vouched[result.start : result.end] = b"\x01" * (result.end - result.start)
    persons = sorted(
        (r.start, r.end) for r in found if r.entity_type == "PERSON" and r.score >= SCORE_THRESHOLD
    )
    person_ends = [end for _, end in persons]
    # Names a rule found (the model's guesses score lower).
    ruled = [(r.start, r.end) for r in found if r.entity_type == "PERSON" and r.score > NER_SCORE]
    added: list[RecognizerResult] = []

    def add(entity_type: str, start: int, end: int, score: float) -> bool:
        start, end = _stripped(text, start, end)
        if (
            end <= start
            or (vouched if entity_type == "PERSON" else taken).find(1, start, end) != -1
        ):
            return False
        taken[start:end] = b"\x01" * (end - start)
        vouched[start:end] = b"\x01" * (end - start)
        added.append(
            RecognizerResult(
                entity_type,
                start,
                end,
                score,
                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: _TABLE_RULE},
            )
        )
        if entity_type == "PERSON":
            index = bisect.bisect_left(person_ends, end)
            person_ends.insert(index, end)
            persons.insert(index, (start, end))
            ruled.append((start, end))
        return True

    legend = _legend(text)
    header: tuple[str, list[str | None]] | None = None
    header_cells: list[tuple[int, int]] = []
    header_texts: list[str] = []
    column_names: list[tuple[int, int]] = []  # header cells of a known kind above data rows
    impersonal: list[tuple[int, int]] = []  # cells of tables whose header names no person
    # Their cells under a column of towns or districts ("Stadtteil", "Statistischer Bezirk").
    place_cells: list[tuple[int, int]] = []
    public_rows: list[tuple[int, int]] = []  # their rows that name an office, a firm, a place
    street_rows: list[tuple[int, int]] = []  # their rows under a column of streets
    fixed_starts: list[int] = []  # the columns' starts in a printout's header row
    blocks: list[list[list[tuple[int, int, int]]]] = []  # tables: rows of (column, start, end)
    block_separator: str | None = None
    transposed = _transposed_tables(text, this_year, add)
    header_row = -2  # the number of the line that gave the header
    last_data_row = -2  # the number of the last line read as a data row
    # The tabs of a header of one tab between its cells: an Excel range, whose rows keep their
    # empty cells (see ``_cells``).
    header_tabs: int | None = None
    rows_under_header = 0  # data rows read under it
    line_start = 0
    for row_number, line in enumerate(text.split("\n")):
        line_end = line_start + len(line)
        if line_start in transposed:
            # A row of a table whose columns are persons: read above, its label is no name.
            header = None
            block_separator = None
            line_start = line_end + 1
            continue
        row = _cells(line, line_start, header_tabs if header is not None else None)
        if row is None and (cells := _fixed_cells(line, line_start)) is not None:
            row = (_FIXED, cells)
        if row is None and len(line) <= _MAX_ROW_CHARS and _RULER.fullmatch(line):
            pass  # a printout's ruler under its header ("------  ------")
        elif (
            row is None
            and header is not None
            and block_separator in _QUOTING
            and line.count('"') % 2 == 1
        ):
            pass  # the rest of a CSV export's quoted cell that runs over a line break
        elif (
            row is None
            and header is not None
            and header[0] == _FIXED
            and last_data_row == row_number - 1
            and (cell := _continued_cell(line, line_start, fixed_starts)) is not None
        ):
            # A printout's value continued on the next line, under its column ("WOHNUNGSGEN.
            # WITTEN-" then "SUED EG"): the table goes on.
            last_data_row = row_number
            column = _fixed_columns([cell], line_start, fixed_starts)[0]
            kind = header[1][column] if column < len(header[1]) else None
            _row_cells(text, [cell], [text[cell[0] : cell[1]]], [kind], this_year, add)
        elif row is None:
            header = None
            block_separator = None
        else:
            separator, cells = row
            if separator == _FIXED and header is not None and header[0] == _FIXED:
                cells = _split_at_columns(line, line_start, cells, fixed_starts)
            texts = [text[a:b].strip() for a, b in cells]
            if separator == _HTML_CELL:
                texts = [html.unescape(t) for t in texts]  # "Stra&szlig;e", "M&uuml;ller"
            # Coded column names ("F09") read as the legend explains them ("Halter Name").
            labels = [legend.get(_code(t), t) for t in texts] if legend else texts
            if separator != block_separator:
                blocks.append([])
                block_separator = separator
            if all(set(t) <= set("-:| ") for t in texts):
                pass  # the rule under a Markdown header row
            elif (pair_kinds := _pair_kinds(labels)) is not None:
                # Labels and their values side by side ("Ehefrau | Name | Haddad | Vorname |
                # Lina | Aufenthalt | Beirut"): each value has its label's kind; no header.
                header = None
                _row_cells(text, cells, texts, pair_kinds, this_year, add)
            elif _header_like(labels) and (
                header is None
                or header[0] != separator
                # A better header replaces one that named no kind ("Seite 2 von 3" reads as
                # "geprüft von") or one with no rows under it yet; a header of two lines is
                # merged ("Honorarkraft | | Steuer-ID" over "Name | Vorname"). Not so a data row
                # of role words and a name the recognizers found ("Zeuge | Kowalczyk | Anwohner").
                or (
                    (
                        (
                            (
                                rows_under_header == 0
                                or all(kind in (None, _STAFF) for kind in header[1])
                            )
                            and _better_header(labels, header[1])
                        )
                        or (
                            header_row == row_number - 1
                            and separator != _FIXED
                            and _known_kinds(labels) >= _KNOWN_HEADER_CELLS
                        )
                    )
                    and not _holds_person(cells, persons, person_ends)
                )
            ):
                row_kinds = _header_kinds(labels)
                # Its cells of a known kind are column names; all of them are when two are (a
                # row read as a header by mistake keeps its names).
                known = sum(kind is not None for kind in row_kinds)
                column_cells = [
                    cell
                    for cell, kind in zip(cells, row_kinds, strict=True)
                    if kind is not None or known >= _KNOWN_HEADER_CELLS
                ]
                if header is not None and header[0] == separator and header_row == row_number - 1:
                    # The second line of the header: its kinds fill the first line's gaps.
                    header = (
                        separator,
                        [new or old for new, old in itertools.zip_longest(row_kinds, header[1])],
                    )
                    header_texts = [_GENDER_ENDING.sub("", t) for t in labels] + header_texts
                    header_cells = header_cells + column_cells
                else:
                    header = (separator, row_kinds)
                    header_texts = [_GENDER_ENDING.sub("", t) for t in labels]
                    header_cells = column_cells
                    header_tabs = (
                        line.count("\t")
                        if separator == "\t" and "\t\t" not in line.strip()
                        else None
                    )
                header_row = row_number
                rows_under_header = 0
                if separator == _FIXED:
                    fixed_starts = [a - line_start for a, _ in cells]
            else:
                kinds = header[1] if header is not None and header[0] == separator else None
                if (
                    separator == _HTML_CELL
                    and kinds is not None
                    and len(cells) < len(kinds)
                    and "rowspan" in text
                ):
                    # Cells spanning rows ("rowspan") stand at a row's start: the rest are
                    # the row's last columns.
                    kinds = kinds[len(kinds) - len(cells) :]
                if separator == _FIXED:
                    if kinds is not None:
                        columns = _fixed_columns(cells, line_start, fixed_starts)
                        kinds = [kinds[c] for c in columns]
                    else:
                        columns = [a - line_start for a, _ in cells]
                else:
                    columns = list(range(len(cells)))
                blocks[-1].append([(c, a, b) for c, (a, b) in zip(columns, cells, strict=True)])
                rows_under_header += 1
                last_data_row = row_number
                if kinds is not None:
                    column_names += header_cells
                    header_cells = []
                    # A name column that holds counts ("Schüler/innen | 212") names no one.
                    named_cells = [
                        t for t, k in zip(texts, kinds, strict=False) if k in _NAMING_KINDS
                    ]
                    counts = bool(named_cells) and all(
                        _COUNT_CELL.fullmatch(t) for t in named_cells
                    )
                    if counts or (
                        not any(k in _NAMING_KINDS for k in kinds)
                        and not any(
                            _NAME_COLUMN.fullmatch(w) for h in header_texts for w in h.split()
                        )
                    ):
                        # Not the cells under a number column ("Kassenzeichen | Betrag").
                        impersonal += [c for c, k in zip(cells, kinds, strict=False) if k is None]
                        if len(header_texts) == len(cells):
                            place_cells += [
                                c
                                for c, h in zip(cells, header_texts, strict=True)
                                if h.strip() and _column_kind(h.strip()) == "TOWN"
                            ]
                        if _public_row(
                            texts, _places_column(header_texts), _districts_column(header_texts)
                        ):
                            public_rows.append((line_start, line_end))
                        if any(_STREETS_COLUMN.match(h) for h in header_texts):
                            street_rows.append((line_start, line_end))
                    elif (
                        named_cells
                        and all(_public_cell(t) for t in named_cells)
                        and _public_row(texts)
                    ):
                        # An office in a persons' list ("Stadtteilbüro Weststadt  Donaustr. 12"):
                        # its address and phone number are its own.
                        public_rows.append((line_start, line_end))
                elif _public_row(texts):
                    public_rows.append((line_start, line_end))  # a row without a header
                _row_cells(text, cells, texts, kinds, this_year, add)
        _dates_beside_persons(text, line_start, line_end, persons, person_ends, this_year, add)
        line_start = line_end + 1
    tables = [block for block in blocks if len(block) >= _MIN_TABLE_ROWS]
    if tables:
        named = _mask(len(text), persons)
        by_rule = _mask(len(text), ruled)
        for block in tables:
            _name_columns(text, block, named, by_rule, add)
    _vertical_tables(text, this_year, add)
    _two_column_tables(text, this_year, add)
    _glued_tables(text, this_year, add)
    _field_rules(text, add)
    _staff_fields(text, add)
    if public_rows:
        # A public place's or a firm's row: its address and phone number are theirs
        # ("Bürgerbüro Süd | Bochumer Straße 154, 45661 Recklinghausen | 02361 50-0"), unless a
        # person was found in it.
        # The model's guess inside a street ("Hörder Bahnhofstr" of "Hörder Bahnhofstr. 16")
        # names no one.
        streets = _mask(
            len(text), [(r.start, r.end) for r in found if r.entity_type == "STREET_ADDRESS"]
        )
        named = _mask(
            len(text),
            [
                (r.start, r.end)
                for r in found
                if r.entity_type == "PERSON"
                and (r.score > NER_SCORE or streets.find(1, r.start, r.end) == -1)
            ],
        )
        rows = [row for row in public_rows if named.find(1, *row) == -1]
        public = _mask(len(text), rows)
        # A company's row ("Bäckerei Kortenbrede GmbH | … | 0231 861320"): no owner's line.
        companies = _mask(len(text), [row for row in rows if _COMPANY.search(text, *row)])
        found[:] = [
            r
            for r in found
            if r.entity_type
            not in ("STREET_ADDRESS", "LOCATION", "FOREIGN_POSTCODE", "PHONE_NUMBER")
            or (
                # A mobile number, or one without an office's extension outside a company's
                # row, is a person's.
                r.entity_type == "PHONE_NUMBER"
                and (
                    _MOBILE.match(text[r.start : r.end]) is not None
                    or (
                        not _OFFICE_NUMBER.fullmatch(text, r.start, r.end)
                        and companies.count(1, r.start, r.end) < r.end - r.start
                    )
                )
            )
            or public.count(1, r.start, r.end) < r.end - r.start
        ]
        # The place's mailbox: no name in its local part ("mpg@…", "anne-frank-gs@…"; a
        # "j.koenig@" is a person's).
        found[:] = [
            r
            for r in found
            if r.entity_type != "EMAIL_ADDRESS"
            or "." in text[r.start : r.end].partition("@")[0]
            or public.count(1, r.start, r.end) < r.end - r.start
        ]
        # With the place's street, the model's guess inside it goes too.
        found[:] = [
            r
            for r in found
            if r.entity_type != "PERSON"
            or r.score > NER_SCORE
            or streets.find(1, r.start, r.end) == -1
            or public.count(1, r.start, r.end) < r.end - r.start
        ]
    if street_rows:
        # A row of a street directory, a table of streets without persons, that names no home
        # (no street with a house number): its postcode and town or district are the street's
        # ("Bismarckstraße  45888  Bismarck  Otto von Bismarck …", "01204  Kortumstraße  …").
        homes = _mask(
            len(text),
            [
                (r.start, r.end)
                for r in found
                if r.entity_type == "STREET_ADDRESS"
                # A citizen in the row ("Beschwerde Frau Kaya"), not the street's namesake.
                or (
                    r.entity_type == "PERSON"
                    and _SALUTATION_BEFORE.search(text, max(0, r.start - 12), r.start) is not None
                    and not _historical(text, r)
                )
            ],
        )
        placed = _mask(len(text), [row for row in street_rows if homes.find(1, *row) == -1])
        found[:] = [
            r
            for r in found
            if r.entity_type != "LOCATION" or placed.count(1, r.start, r.end) < r.end - r.start
        ]
    if place_cells:
        # A district in a table that names no person is no one's name ("| 06 | St. Leonhard |
        # 15.960 |", "| Kita Im Grün | Stühlinger |"), whatever the model took it for.
        places = _mask(len(text), place_cells)
        found[:] = [
            r
            for r in found
            if r.entity_type != "PERSON" or places.count(1, r.start, r.end) < r.end - r.start
        ]
    if column_names or impersonal:
        # A column's name is no person's or place's ("Name | Stadtteil": the label rule took
        # it for a value; "Geburtsort   Pass": the birthplace rule did); a number known only
        # by its shape, in a table without persons, is a tree's, a parking meter's or a
        # charging point's ("HER-B-004417").
        names = _mask(len(text), column_names)
        things = _mask(len(text), impersonal)
        fleet = _FLEET.search(text) is not None
        found[:] = [
            r
            for r in found
            if not (
                (
                    r.entity_type in _NO_COLUMN_NAME
                    and names.count(1, r.start, r.end) == r.end - r.start
                )
                or (
                    _by_shape_only(r)
                    and things.count(1, r.start, r.end) == r.end - r.start
                    # A plate in a table without persons is a fleet's only in a fleet's list:
                    # a parking ticket's or a towing list's plates are citizens'.
                    and (r.entity_type != "DE_KFZ" or fleet)
                )
            )
        ]
    parts = {
        part
        for result in added
        if result.entity_type == "PERSON"
        for part in name_parts(text[result.start : result.end])
        if len(part) >= 3
    }
    for start, end in find_mentions(text, parts):
        if taken.find(1, start, end) == -1:
            added.append(RecognizerResult("PERSON", start, end, PROPAGATED_SCORE))
    return added


# Rule 8: a table whose columns are persons and whose rows are their fields ("Name  Khalil
# Khalil", "Geb.-Datum  03.03.1984  17.08.1988", under "Antragsteller  Ehegattin  Kind 1"): each
# row's first cell, a field's name, gives the kind of the values beside it. Three such rows at
# least: one of names, one of first names, birth dates or birth years.
_TRANSPOSED_MIN_ROWS = 3
_TRANSPOSED_INDENT = 4
_NAME_FIELD = re.compile(
    r"(?i:(?:vor|nach|familien|geburts|zu|ruf|fam\.?[ ]?-?[ ]?)?name[n]?"
    r"(?:[ ]?[,/][ ]?(?:vor|nach)?name[n]?)?)"
)
# A line's first cell, before a column gap: the cheap test whether three rows have labels.
_TRANSPOSED_LABEL = re.compile(
    r"^[ |]{0,4}(?:\d{1,2}(?:\.\d{1,2})*\.?[ ]+)?([^\W\d][^\t|\n]{0,40}?)(?:\t|[ ]{2,}|[ ]*\|)",
    re.MULTILINE,
)
_FIELD_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?[ ]+")
_LABEL_IN_CELL = re.compile(r"[^\W\d_]:(?:[ ]|$)")


def _transposed_tables(
    text: str, this_year: int, add: Callable[[str, int, int, float], bool]
) -> set[int]:
    """The starts of the lines read as rows of such tables (their values added)."""
    if text.count("\n") < _TRANSPOSED_MIN_ROWS or (
        sum(_column_kind(label.group(1)) is not None for label in _TRANSPOSED_LABEL.finditer(text))
        < _TRANSPOSED_MIN_ROWS
    ):
        return set()
    block: list[tuple[int, str | None, list[tuple[int, int]]]] = []
    read: set[int] = set()

    def flush() -> None:
        kinds = [kind for _, kind, _ in block if kind is not None]
        if (
            len(kinds) >= _TRANSPOSED_MIN_ROWS
            and any(kind in ("PERSON", _PLAIN_NAME) for kind in kinds)
            # A person's field beside "Name": a first name, a birth date or a birth year (not
            # a facility's "Name | Ort | Straße").
            and any(kind in ("PERSON", "DATE_OF_BIRTH", _BIRTH_YEAR) for kind in kinds)
            and any(len(values) >= 2 for _, _, values in block)
        ):
            has_house = "HOUSE" in kinds
            for line_start, kind, values in block:
                read.add(line_start)
                texts = [text[a:b] for a, b in values]
                if kind is None:
                    continue
                if kind in _PERSONAL_ONLY:
                    for (start, end), cell in zip(values, texts, strict=True):
                        _address_or_number_cell(cell, kind, start, end, add, has_house)
                elif kind in ("PERSON", _PLAIN_NAME):
                    # Names only: "frei", "Löschzug Linden" are none.
                    named = [
                        (span, cell)
                        for span, cell in zip(values, texts, strict=True)
                        if _person_like(cell)
                    ]
                    _row_cells(
                        text,
                        [span for span, _ in named],
                        [cell for _, cell in named],
                        ["PERSON"] * len(named),
                        this_year,
                        add,
                    )
                else:
                    _row_cells(text, values, texts, [kind] * len(values), this_year, add)
        block.clear()

    line_start = 0
    for line in text.split("\n"):
        row = _cells(line, line_start)
        if row is not None:
            cells = [(a, b) for a, b in row[1] if b > a]
        elif len(line) <= _MAX_ROW_CHARS and not _prose(line, [w[:1] for w in line.split()]):
            cells = [
                (line_start + m.start(), line_start + m.end()) for m in _FIXED_CELL.finditer(line)
            ]
        else:
            cells = []
        # A label at the line's start (a Markdown row's bar before it), values beside it.
        # (A reply's quote marks are blanks here: "> Name  Khalil" gives two.) A form's label
        # with its colon is no such row ("Antragsteller/in:   ☒ die Person selbst").
        if (
            len(cells) >= 2
            and line[: cells[0][0] - line_start].strip(" ") in ("", "|", "||")
            and cells[0][0] - line_start <= _TRANSPOSED_INDENT
            and not text.startswith(":", cells[0][1] - 1)
        ):
            # A form's numbering before the label: "2.4 Geburtsort".
            label = _FIELD_NUMBER.sub("", text[cells[0][0] : cells[0][1]])
            kind = None if any(c.isdigit() for c in label) else _column_kind(label)
            # A field's name labels the row, not a role ("Antragsteller/in | Kowalczyk | Jerzy"
            # is a row of an ordinary table).
            if kind in ("PERSON", _PLAIN_NAME) and not _NAME_FIELD.fullmatch(
                _GENDER_ENDING.sub("", label.strip(" .:"))
            ):
                kind = None
            # Not a blank form's lines ("Vorname(n):  ______  Geburtsdatum: __.__.____").
            values = [
                (a, b)
                for a, b in cells[1:]
                if any(c.isalnum() for c in text[a:b]) and not _LABEL_IN_CELL.search(text, a, b)
            ]
            block.append((line_start, kind, values))
        else:
            flush()
        line_start += len(line) + 1
    flush()
    return read


# Rule 7: rows a PDF's text layer glued together with one blank between cells, under a header
# glued alike ("Kassenzeichen Schuldner/in Anschrift Forderung €" over "6.120.331.447.2 Becker,
# Manfred Kölner Str. 77 42897 Remscheid 1.240,50"). Cells cannot be split at blanks; values
# of a telling shape (a date, a year, a phone number) anchor the row to the header's columns,
# and the words between two anchors belong to the columns between them.
_GLUED_MIN_COLUMNS = 4
_GLUED_MAX_COLUMNS = 20
_GLUED_CONTINUATION_LINES = 2
_GLUED_CAPITALISED = 0.45
_PHONE_HEADER = re.compile(r"(?i)(?:tel|telefon|mobil|handy|rückruf|fon)\b")
_GLUED_PHONE_START = re.compile(r"(?:\+|0)\d{2,5}")
_GLUED_DIGITS = re.compile(r"\d[\d/-]*\d")


@dataclass(frozen=True)
class _GluedColumn:
    kind: str | None  # the column's kind (``_column_kind``)
    anchor: str | None  # "DATE", "YEAR" or "PHONE": the shape of its values


def _glued_header(words: list[str]) -> list[_GluedColumn] | None:
    """The columns of a glued header line, if it names persons. Lower-case words qualify the
    next column ("betreuender Elternteil") and are left out, but for the first and for a
    column's own name ("geb.")."""
    if not _GLUED_MIN_COLUMNS <= len(words) <= _GLUED_MAX_COLUMNS:
        return None
    # Prose writes most of its words in lower case; a header capitalises them.
    if sum(w[:1].isupper() for w in words) < _GLUED_CAPITALISED * len(words):
        return None
    if any(c.isdecimal() for w in words for c in _DIGIT_IN_NAME.sub("", w)):
        return None
    words = [w.strip(",;/") or w for w in words]  # "Name, Vorname"
    names = [
        w for i, w in enumerate(words) if i == 0 or w[:1].isupper() or _column_kind(w) is not None
    ]
    if len(names) < _GLUED_MIN_COLUMNS:
        return None
    kinds = _header_kinds(names)
    if not any(kind in ("PERSON", "DATE_OF_BIRTH", _BIRTH_YEAR) for kind in kinds):
        return None
    columns = []
    for name, kind in zip(names, kinds, strict=True):
        anchor = None
        if kind == "DATE_OF_BIRTH" or _OTHER_DATE_HEADER.search(name):
            anchor = "DATE"
        elif kind == _BIRTH_YEAR:
            anchor = "YEAR"
        elif _PHONE_HEADER.match(name):
            anchor = "PHONE"
        columns.append(_GluedColumn(kind, anchor))
    return columns


def _glued_tables(text: str, this_year: int, add: Callable[[str, int, int, float], bool]) -> None:
    """Rule 7 over ``text``: header lines, then rows that start with a number or a code; a
    wrapped cell's line and a page's footer between rows are passed over."""
    columns: list[_GluedColumn] | None = None
    passed = 0
    position = 0
    for line in text.split("\n"):
        start = position
        position += len(line) + 1
        tokens = [(start + m.start(), start + m.end()) for m in re.finditer(r"\S+", line)]
        words = [text[a:b] for a, b in tokens]
        if not words:
            columns = None
            continue
        if columns is not None and len(words) >= _MIN_CELLS and _row_code(words):
            _glued_row(text, tokens, words, columns, this_year, add)
            passed = 0
            continue
        header = _glued_header(words)
        if header is not None:
            columns, passed = header, 0
        elif columns is not None:
            passed += 1
            if passed > _GLUED_CONTINUATION_LINES:
                columns = None


def _row_code(words: list[str]) -> int:
    """How many words lead the row as its code: words with digits or short capitals ("UV
    51-0187/25", "Ö-01"), not a date or a year; 0 if they hold no digit."""
    lead = 0
    while (
        lead < len(words)
        and (
            any(c.isdigit() for c in words[lead])
            or (words[lead].isupper() and len(words[lead]) <= _MAX_CODE_LETTERS)
        )
        and not _DATE_RE.fullmatch(words[lead].rstrip(",;"))
        and not (lead and _YEAR_CELL.fullmatch(words[lead]))
    ):
        lead += 1
    return lead if any(c.isdigit() for w in words[:lead] for c in w) else 0


_MAX_CODE_LETTERS = 4


def _glued_row(
    text: str,
    tokens: list[tuple[int, int]],
    words: list[str],
    columns: list[_GluedColumn],
    this_year: int,
    add: Callable[[str, int, int, float], bool],
) -> None:
    """Rule 7 for one row: its leading code under the first column, dates and years under
    theirs, the words between two anchors under the columns between them."""
    lead = _row_code(words)
    if lead == 0:
        return
    # A code's groups stand in one cell: "O-12-001<TAB>FH Ost" is a code and a place.
    while lead > 1 and "\t" in text[tokens[0][0] : tokens[lead - 1][1]]:
        lead -= 1
    if columns[0].kind in ("DE_AKTENZEICHEN", "ID", _DOCUMENT):
        add("DE_AKTENZEICHEN", tokens[0][0], tokens[lead - 1][1], 0.75)
    # The row's units: (anchor or None, first token, last token).
    units: list[tuple[str | None, int, int]] = []
    index = lead
    while index < len(words):
        word = words[index].rstrip(",;")
        if _DATE_RE.fullmatch(word):
            units.append(("DATE", index, index))
        elif _YEAR_CELL.fullmatch(word):
            units.append(("YEAR", index, index))
        elif _GLUED_PHONE_START.fullmatch(word) and index + 1 < len(words):
            last = index
            while last + 1 < len(words) and _GLUED_DIGITS.fullmatch(words[last + 1]):
                last += 1
            units.append(("PHONE" if last > index else None, index, last))
            index = last
        else:
            units.append((None, index, index))
        index += 1
    # Anchors matched in order: the header's column and the unit.
    matched: list[tuple[int, int]] = [(0, -1)]
    unit = 0
    for column_index, column in enumerate(columns):
        if column_index == 0 or column.anchor is None:
            continue
        found = next((u for u in range(unit, len(units)) if units[u][0] == column.anchor), None)
        if found is None:
            continue
        matched.append((column_index, found))
        unit = found + 1
        anchor, first, _ = units[found]
        value = words[first].rstrip(",;")
        year = int(value) if anchor == "YEAR" else _year_of(value, this_year)
        if column.kind in ("DATE_OF_BIRTH", _BIRTH_YEAR) and year is not None and year <= this_year:
            add("DATE_OF_BIRTH", tokens[first][0], tokens[first][0] + len(value), 0.75)
    matched.append((len(columns), len(units)))
    for (column_a, unit_a), (column_b, unit_b) in itertools.pairwise(matched):
        gap_kinds = [column.kind for column in columns[column_a + 1 : column_b]]
        gap = [
            (first, last) for anchor, first, last in units[unit_a + 1 : unit_b] if anchor is None
        ]
        if gap_kinds and gap:
            _glued_gap(text, tokens, words, gap_kinds, gap, add)


def _glued_gap(
    text: str,
    tokens: list[tuple[int, int]],
    words: list[str],
    kinds: list[str | None],
    gap: list[tuple[int, int]],
    add: Callable[[str, int, int, float], bool],
) -> None:
    """The words between two anchors under the columns between them: names under name columns
    (a run of name-like words), a town under a town column that leads the gap."""
    first_word, last_word = gap[0][0], gap[-1][1]
    if all(kind == "PERSON" for kind in kinds):
        run = first_word
        while run <= last_word and _name_piece(words[run].rstrip(",;").title()):
            run += 1
        if run > first_word and looks_like_name(" ".join(words[first_word:run]).rstrip(",;")):
            end = tokens[run - 1][1] - (len(words[run - 1]) - len(words[run - 1].rstrip(",;")))
            if not add("PERSON", tokens[first_word][0], end, 0.75):
                # A part was found already ("Haddad" of "Bassam Haddad"): the rest word by word.
                for index in range(first_word, run):
                    start = tokens[index][0]
                    add("PERSON", start, start + len(words[index].rstrip(",;")), 0.75)
    elif kinds[0] in ("TOWN", "LOCATION"):
        word = words[first_word].rstrip(",;")
        if _TOWN_CELL.fullmatch(word) and (
            is_place_name(word.split("-")[0]) or not is_lexicon_noun(word)
        ):
            add("LOCATION", tokens[first_word][0], tokens[first_word][0] + len(word), 0.75)


# Rule 6: a table of two columns ("Name;Jahrgang", "Name | Wohnort"), which rule 1 does not
# take for one (a line with one separator is prose as often): its header must name a person
# and a further personal kind.
_TWO_COLUMN_SEPARATORS = (";", "|", "\t", " – ", " - ")
_MAX_TWO_COLUMN_CHARS = 120


def _two_cells(line: str, start: int, separator: str) -> list[tuple[int, int]] | None:
    """The two stripped cells of ``line`` split at its only ``separator``, or None."""
    if line.count(separator) != 1 or len(line) > _MAX_TWO_COLUMN_CHARS:
        return None
    cut = line.index(separator)
    cells = [
        _stripped(line, 0, cut),
        _stripped(line, cut + len(separator), len(line)),
    ]
    if any(b <= a for a, b in cells):
        return None
    return [(start + a, start + b) for a, b in cells]


def _two_column_tables(
    text: str, this_year: int, add: Callable[[str, int, int, float], bool]
) -> None:
    """Rule 6 over ``text``."""
    kinds: list[str | None] | None = None
    separator = ""
    line_start = 0
    for line in text.split("\n"):
        if kinds is not None:
            cells = _two_cells(line, line_start, separator)
            if cells is None:
                kinds = None
            else:
                texts = [text[a:b] for a, b in cells]
                _row_cells(text, cells, texts, kinds, this_year, add)
        if kinds is None:
            for candidate in _TWO_COLUMN_SEPARATORS:
                cells = _two_cells(line, line_start, candidate)
                if cells is None or any(c.isdigit() for c in line):
                    continue
                found = _header_kinds([text[a:b] for a, b in cells])
                if _PLAIN_NAME in found and any(
                    kind in ("TOWN", "LOCATION", "STREET", "DATE_OF_BIRTH", _BIRTH_YEAR)
                    for kind in found
                ):
                    # "Name | Wohnort": the name beside a person's home is a person's.
                    found = ["PERSON" if kind == _PLAIN_NAME else kind for kind in found]
                if "PERSON" in found and any(
                    kind not in (None, "PERSON", _PLAIN_NAME, _STAFF) for kind in found
                ):
                    kinds, separator = found, candidate
                    break
        line_start += len(line) + 1


# Rule 5: a table as a PDF's text layer gives it, one cell a line, the header's cells first
# ("Lfd.⏎Nr.⏎Name⏎Vorname⏎Geb.-Datum⏎1⏎Nowak⏎Krzysztof⏎14.02.1979⏎…"). Its rows cannot be
# told apart reliably (a cell wraps, a page's footer and header fall between rows): the header
# says which kinds of values the lines below it hold, each line is judged by its shape.
_VERTICAL_CHARS = 48
_MIN_VERTICAL_LINES = 8
_MIN_HEADER_LINES = 3
_MAX_HEADER_LINES = 16
# Long lines between two runs of cells that a page's footer and header may take.
_PAGE_BREAK_LINES = 3
# Lines in a row under a header that fit none of its columns: the table has ended.
_VERTICAL_MISSES = 6
# A header's other dates ("Antrag vom", "gültig bis"): then only a date old enough is a birth.
_OTHER_DATE_HEADER = re.compile(
    r"(?i)(?<![\w-])(?:datum|vom|bis|am|seit|gültig|termin|frist|eingang|ausgestellt|stand|ab"
    r"|erteilt|befristet)(?![\w-])"
)
_SERIAL_HEADER = re.compile(
    r"(?i)serien|ausweis|pass|dok|fiktion|duldung|aufenthaltstitel|visum|(?<![a-zäöü])eat(?![a-zäöü])"
)
# An identity card's or a passport's serial number: letters and digits, nine or ten of them.
_SERIAL_CELL = re.compile(r"(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{9,10}")


@dataclass(frozen=True)
class _VerticalHeader:
    births: bool  # a column of dates of birth
    birth_years: bool  # a column of years of birth
    other_dates: bool  # a column of other dates
    towns: bool  # an address or a town column
    serials: bool  # a column of document numbers


def _vertical_tables(
    text: str, this_year: int, add: Callable[[str, int, int, float], bool]
) -> None:
    """Rule 5 over every run of short lines in ``text``."""
    lines: list[tuple[int, int]] = []
    position = 0
    for line in text.split("\n"):
        lines.append((position, position + len(line)))
        position += len(line) + 1
    index = 0
    header: _VerticalHeader | None = None
    last_end = 0  # where the last run ended
    while index < len(lines):
        end = index
        while end < len(lines) and 0 < len(text[slice(*lines[end])].strip()) <= _VERTICAL_CHARS:
            end += 1
        if end - index >= _MIN_VERTICAL_LINES:
            # A page's footer between two runs: the table goes on under the same header.
            carried = header if index - last_end <= _PAGE_BREAK_LINES else None
            header = _vertical_region(text, lines[index:end], carried, this_year, add)
            last_end = end
        index = end + 1


def _vertical_region(
    text: str,
    region: list[tuple[int, int]],
    header: _VerticalHeader | None,
    this_year: int,
    add: Callable[[str, int, int, float], bool],
) -> _VerticalHeader | None:
    """The lines under a header that names persons (see rule 5); a page's repeated header
    starts over. The header in force at the run's end is returned."""
    index = 0
    misses = 0  # lines in a row that fit none of the header's columns
    while index < len(region):
        run = index
        while (
            run < len(region)
            and run - index < _MAX_HEADER_LINES
            and not any(c.isdigit() for c in text[slice(*region[run])])
            # The header ends where the first name stands ("Name⏎Vorname⏎Lindqvist").
            and not _value_line(text[slice(*region[run])].strip())
        ):
            run += 1
        if run - index >= _MIN_HEADER_LINES:
            found = _vertical_header([text[slice(*line)].strip() for line in region[index:run]])
            if found is not None:
                header, misses = found, 0
                index = run
                continue
        if header is not None:
            if _vertical_cell(text, *region[index], header, this_year, add):
                misses = 0
            else:
                misses += 1
                if misses > _VERTICAL_MISSES:
                    header = None  # the table has ended
        index += 1
    return header


def _value_line(line: str) -> bool:
    """A line that holds a name, not a column's name."""
    return _column_kind(line) is None and looks_like_name(line) and not is_lexicon_noun(line)


def _vertical_header(lines: list[str]) -> _VerticalHeader | None:
    """The header's kinds, if its lines name persons; a cell wrapped with a hyphen is joined
    ("Erziehungs-⏎berechtigte")."""
    cells: list[str] = []
    for line in lines:
        if cells and cells[-1].endswith("-") and line[:1].islower():
            cells[-1] = cells[-1][:-1] + line
        else:
            cells.append(line)
    kinds = _header_kinds(cells)
    if not any(kind in ("PERSON", "DATE_OF_BIRTH", _BIRTH_YEAR) for kind in kinds):
        return None
    return _VerticalHeader(
        births="DATE_OF_BIRTH" in kinds,
        birth_years=_BIRTH_YEAR in kinds,
        other_dates=any(
            kind != "DATE_OF_BIRTH" and _OTHER_DATE_HEADER.search(cell)
            for cell, kind in zip(cells, kinds, strict=True)
        ),
        towns=any(kind in ("TOWN", "LOCATION", "STREET", "POSTCODE") for kind in kinds),
        serials=any(_SERIAL_HEADER.search(cell) for cell in cells),
    )


def _vertical_cell(
    text: str,
    start: int,
    end: int,
    header: _VerticalHeader,
    this_year: int,
    add: Callable[[str, int, int, float], bool],
) -> bool:
    """One line under a vertical table's header, by its shape: a date of birth, a year of
    birth, a document's number, a town or a name ("Hoffmann-" wrapped, "Brinkmann,").
    Whether the line fits one of the header's columns (a date, a code, a name)."""
    start, end = _stripped(text, start, end)
    value = text[start:end].rstrip(" ,;/-")
    value_end = start + len(value)
    if not value:
        return False
    if _DATE_RE.fullmatch(value):
        year = _year_of(value, this_year)
        if (
            header.births
            and year is not None
            and year <= (this_year - _ADULT_YEARS if header.other_dates else this_year)
        ):
            add("DATE_OF_BIRTH", start, value_end, 0.75)
        return True
    if header.birth_years and _YEAR_CELL.fullmatch(value):
        if int(value) <= this_year:
            add("DATE_OF_BIRTH", start, value_end, 0.75)
        return True
    if header.serials and _SERIAL_CELL.fullmatch(value):
        add("DE_ID_DOCUMENT", start, value_end, 0.75)
        return True
    if any(c.isdigit() for c in value):
        return True  # a row's number, an amount, a code
    first = re.split(r"[ -]", value, maxsplit=1)[0]
    # A town under a town column, also one the name lists know ("Essen").
    if header.towns and is_place_name(first) and _TOWN_CELL.fullmatch(value):
        add("LOCATION", start, value_end, 0.75)
        return True
    if is_place_name(first) and not is_known_name(first):
        return True
    if (
        looks_like_name(value)
        and any(len(part) >= 3 for part in name_parts(value))
        and not is_loose_noun_compound(value)
    ):
        add("PERSON", start, value_end, 0.7)
        return True
    return False


def _name_columns(
    text: str,
    rows: list[list[tuple[int, int, int]]],
    named: bytearray,
    by_rule: bytearray,
    add: Callable[[str, int, int, float], bool],
) -> None:
    """A column whose cells are mostly names found already, one of them by a rule: its other
    names are tagged too (an export without a header, or with one that says nothing: "Wer",
    "Termin"). A rule must vouch for the column: the model alone also takes dog breeds and
    brands in a column for names."""
    columns: dict[int, list[tuple[int, int]]] = {}
    for row in rows:
        for column, start, end in row:
            start, end = _stripped(text, start, end)
            if end > start:
                columns.setdefault(column, []).append((start, end))
    for cells in columns.values():
        # Cells half covered by names.
        names = [(a, b) for a, b in cells if 2 * named.count(1, a, b) >= b - a]
        if len(names) < _NAME_CELLS or len(names) < _NAME_SHARE * len(cells):
            continue
        if not any(2 * by_rule.count(1, a, b) >= b - a for a, b in names):
            continue
        for start, end in cells:
            cell = text[start:end]
            if not all(looks_like_name(name) for name in _CELL_NAMES.split(cell)):
                continue
            if _TOTALS.fullmatch(cell):
                continue  # "Summe" in a totals row
            # Not the words of a remark in brackets: "Bauer (kam bereits gestern)".
            bare = _BRACKETED.sub(lambda m: " " * len(m.group()), cell)
            for word in _CELL_WORD.finditer(bare):
                add("PERSON", start + word.start(), start + word.end(), 0.7)


def _mask(length: int, spans: list[tuple[int, int]]) -> bytearray:
    mask = bytearray(length)
    for start, end in spans:
        mask[start:end] = b"\x01" * (end - start)
    return mask


# Column names repeat from row to row and text to text: their kinds are cached.
@functools.lru_cache(maxsize=_KIND_CACHE)
def _column_kind(header_cell: str) -> str | None:
    kind = _kind_of_header(header_cell)
    if kind is None and _TRANSLITERATED.search(header_cell):
        # Exports without umlauts: "EMPFAENGER/IN", "schueler_name".
        kind = _kind_of_header(
            _TRANSLITERATED.sub(lambda m: _UMLAUTS[m.group().lower()], header_cell)
        )
    return kind


# How a header asks for a value: "Name (Druckbuchstaben)", "Name in Blockschrift".
_HEADER_HINT = re.compile(
    r"[ ]?(?i:\((?:bitte[ ][\w ]{2,30}|(?:in[ ])?(?:druckbuchstaben|blockschrift))\)"
    r"|in[ ](?:druckbuchstaben|blockschrift))$"
)


# A numbered column: "Name 1", "Name 2", "Anschrift 2".
_COLUMN_NUMBER = re.compile(r"(?<=[^\W\d])[ ]?\d$")


_TRAILING_BRACKET = re.compile(r"[ ]*\([^()]*\)$")
_NOT_A_PERSON_HINT = re.compile(
    r"(?i:firma|einrichtung|träger|verein|standort|dienststelle|schule|kita|betrieb|unternehmen"
    r"|behörde|amt|stelle|praxis|institution|organisation)"
)


# Who holds a right or owes a fee, as one person: "Nutzungsberechtigte/r" of a grave,
# "Gebührenpflichtiger" (not the groups of a statistic: "Leistungsberechtigte").
_HOLDER_COLUMN = re.compile(
    r"(?i:[\w-]*(?:berechtigte|pflichtige)(?:r|[ ]?/[ ]?-?r|\(r\)|[*:_]r|[ ]?/[ ]?-?in|[*:_]in))"
)


def _kind_of_header(header_cell: str) -> str | None:
    if _HOLDER_COLUMN.fullmatch(header_cell.strip(" .:#")):
        return "PERSON"
    cell = _GENDER_ENDING.sub("", header_cell.strip(" .:*#")).replace("_", " ")
    cell = _COLUMN_NUMBER.sub("", cell)
    hinted = _HEADER_HINT.sub("", cell)
    if hinted and hinted != cell and not _NAME_COLUMN.fullmatch(cell):
        cell = _GENDER_ENDING.sub("", hinted)
    if _BIRTH_COLUMN.fullmatch(cell):
        return "DATE_OF_BIRTH"
    if _BIRTH_YEAR_COLUMN.fullmatch(cell):
        return _BIRTH_YEAR
    if _BIRTHPLACE_COLUMN.fullmatch(cell):
        return "LOCATION"
    if _NUMBER_COLUMN.fullmatch(cell):
        return "DE_AKTENZEICHEN"
    if _DOCUMENT_COLUMN.fullmatch(cell):
        return _DOCUMENT
    if _NAME_COLUMN.fullmatch(cell):
        return "PERSON"
    if _STAFF_COLUMN.fullmatch(cell):
        return _STAFF
    if _LOGIN_COLUMN.fullmatch(cell):
        return _LOGIN
    if _PLAIN_NAME_COLUMN.fullmatch(cell):
        return _PLAIN_NAME
    # A field name of an export is read by its last word ("Halter_Vorname", "antragsteller_plz"),
    # "Name" after a person's word is theirs ("schueler_name"; not "deutscher_name"), and a
    # person's word names the column when the last word says nothing ("Inhaber/in bzw. Firma").
    words = [_GENDER_ENDING.sub("", w) for w in cell.split()]
    # "Name des Kindes", "Geburtsdatum der Mutter": the first word's kind, a name a person's.
    if (
        len(words) > 2
        and words[1].lower() in ("des", "der", "von", "vom")
        and any(_NAME_COLUMN.fullmatch(w) for w in (words[2], _GENITIVE_END.sub("", words[2])))
    ):
        first = _kind_of_header(words[0])
        if first is not None:
            return "PERSON" if first == _PLAIN_NAME else first
    # "Ihr Name", "Your name": the writer's.
    if len(words) == 2 and words[0].lower() in _POSSESSIVES:
        last = _kind_of_header(words[1])
        return "PERSON" if last == _PLAIN_NAME else last
    # A bracket after the column's name narrows it down: "Hauptwohnung (Ort)", "Wohnort (alt)",
    # "RV-Nr. (§ 2 SGB VI)"; unless it says the names are a facility's ("Name (Einrichtung)").
    if (bracket := _TRAILING_BRACKET.search(cell)) is not None and bracket.start() > 0:
        if _NOT_A_PERSON_HINT.search(bracket.group()):
            return None
        return _kind_of_header(cell[: bracket.start()])
    if len(words) > 1:
        last = _kind_of_header(words[-1])
        # "helfer_nr" is an ID's column, no row's number.
        if last == _NUMBER_OF_ROW_OR_CASE:
            last = None
        earlier = any(_NAME_COLUMN.fullmatch(w) for w in words[:-1])
        if last == _PLAIN_NAME:
            return "PERSON" if earlier else None
        if last is not None:
            return last
        if earlier:
            return "PERSON"
    for kind, pattern in (
        ("STREET", _STREET_COLUMN),
        ("HOUSE", _HOUSE_COLUMN),
        ("POSTCODE", _POSTCODE_COLUMN),
        ("TOWN", _TOWN_COLUMN),
    ):
        # "Straße Objekt", "PLZ Wohnung": the address's part, then whose address it is (not
        # "letzter Arbeitgeber").
        if pattern.fullmatch(cell) or (
            kind in ("STREET", "POSTCODE") and len(words) == 2 and pattern.fullmatch(words[0])
        ):
            return kind
    if _ID_COLUMN.fullmatch(cell) and not _NOT_ID_COLUMN.fullmatch(cell):
        return "ID"
    if _ROW_NUMBER.fullmatch(cell):
        return _NUMBER_OF_ROW_OR_CASE
    return None


def _holds_person(
    cells: list[tuple[int, int]], persons: list[tuple[int, int]], person_ends: list[int]
) -> bool:
    """Whether a person the recognizers found stands in one of the cells."""
    for start, end in cells:
        index = bisect.bisect_right(person_ends, start)
        if index < len(persons) and persons[index][0] < end:
            return True
    return False


def _header_like(labels: list[str]) -> bool:
    """Whether a row's cells may be column names: no digits, but those of a numbered column
    ("Name 1") and, beside two names of a known kind (any kind: "Kurs-Nr."), those in brackets
    ("RV-Nr. (§ 2 SGB VI)", "Satz (à 45 Min.)")."""
    bare = [_DIGIT_IN_NAME.sub("", t) for t in labels]
    if not any(c.isdecimal() for t in bare for c in t):
        return True
    return (
        not any(c.isdecimal() for t in bare for c in _BRACKETED.sub("", t))
        and sum(_column_kind(t) is not None for t in labels) >= _KNOWN_HEADER_CELLS
    )


def _known_kinds(labels: list[str]) -> int:
    return sum(kind is not None for kind in _header_kinds(labels))


def _better_header(labels: list[str], kinds: list[str | None]) -> bool:
    """Whether a row of column names replaces the header above: it names more kinds, two at
    least ("Stadt Herne  OK.EWO  Seite 2 von 3" over "FAMILIENNAME  VORNAME  GEB-DAT …")."""
    known = _known_kinds(labels)
    return known >= _KNOWN_HEADER_CELLS and known > sum(kind is not None for kind in kinds)


def _header_kinds(texts: list[str]) -> list[str | None]:
    """The kinds of a header row's columns; address and number columns count only beside a
    name column."""
    kinds = [_column_kind(t) for t in texts]
    # "Straße | Nr.": the number beside a street is the house's.
    kinds = [
        "HOUSE" if i and kinds[i - 1] == "STREET" and _ROW_NUMBER.fullmatch(t.strip()) else kind
        for i, (t, kind) in enumerate(zip(texts, kinds, strict=True))
    ]
    if any(kind in ("PERSON", "DATE_OF_BIRTH", _BIRTH_YEAR) for kind in kinds) or (
        sum(kind == _PLAIN_NAME for kind in kinds) >= _NAME_CELLS
    ):
        # Beside "Vorname" or "geb.", "Name" is the surname: "Name | Vorname | Geburtstag";
        # so are numbered names ("Name 1 | Name 2").
        kinds = ["PERSON" if kind == _PLAIN_NAME else kind for kind in kinds]
    if not any(kind in ("PERSON", _PLAIN_NAME, _STAFF) for kind in kinds) and not any(
        _NAME_COLUMN.fullmatch(w) for t in texts for w in _GENDER_ENDING.sub("", t).split()
    ):
        kinds = [None if kind in _PERSONAL_ONLY else kind for kind in kinds]
    return kinds


def _field_rules(text: str, add: Callable[[str, int, int, float], bool]) -> None:
    """Rule 4: the fields of a form, a form mailer or a JSON export ("vorname=Ewa", "PLZ: 59071",
    '"geburtsdatum": "1979-07-23"'). In a paragraph whose fields name a person, the fields
    that tables head as personal columns are personal: the address split into its parts, the
    town of residence, a case's number, the date and place of birth."""
    for paragraph in _PARAGRAPH.finditer(text):
        fields: list[tuple[str, int, int]] = []
        for pattern in (_FIELD_LINE, _JSON_FIELD, _OBJECT_FIELD, _INLINE_FIELD, _XML_FIELD):
            if pattern is _INLINE_FIELD and "=" not in paragraph.group():
                continue
            if pattern is _OBJECT_FIELD and "{" not in paragraph.group():
                continue
            if pattern is _XML_FIELD and "</" not in paragraph.group():
                continue
            for match in pattern.finditer(text, paragraph.start(), paragraph.end()):
                key = match.group("key").rpartition(":")[2]  # "xmeld:familienname"
                kind = _column_kind(key)
                if kind is None and "_" in key:
                    kind = _column_kind(key.rpartition("_")[2])
                if kind is not None:
                    start, end = match.span("value")
                    while end > start and text[end - 1] in " \t,":
                        end -= 1  # the blanks and comma after a JSON value
                    start, end = _unquoted(text, 0, start, end)
                    # A blank form's field ("Name: ________") holds no value.
                    if end > start and not _PLACEHOLDER.search(text, start, end):
                        fields.append((kind, start, end))
        if not fields:
            continue
        personal = False
        for kind, start, end in fields:
            value = _as_typed(text[start:end])
            if kind == "PERSON" and _typed_in_lower_case(value):
                # A web form typed in a hurry: "Name, Vorname: kowalski, agnieszka".
                value = _LOWER_NAME_START.sub(lambda m: m.group().upper(), value)
            if (
                (kind in ("PERSON", _STAFF) and looks_like_name(_BRACKETED.sub("", value)))
                or (kind == _PLAIN_NAME and _person_like(value))
                # "<Familienname>Mai</Familienname>": a name field holds no month.
                or (kind == "PERSON" and value in MONTH_NAMES)
            ):
                personal = personal or kind != _STAFF
                bracket = text.find("(", start, end)
                if not add("PERSON", start, bracket if bracket > start else end, 0.75):
                    # A part is found already ("Friederike" of "Schulze-Wendt, Friederike"):
                    # the other parts are added on their own.
                    for part in _NAME_PIECE.finditer(
                        text, start, bracket if bracket > start else end
                    ):
                        if kind != _PLAIN_NAME or _name_piece(part.group()):
                            add("PERSON", *part.span(), 0.75)
        if not personal:
            continue
        has_house = any(kind == "HOUSE" for kind, _, _ in fields)
        for kind, start, end in fields:
            value = _as_typed(text[start:end])
            if kind in _PERSONAL_ONLY:
                _address_or_number_cell(value, kind, start, end, add, has_house)
            elif (kind == "DATE_OF_BIRTH" and _DATE_RE.fullmatch(value)) or (
                kind == _BIRTH_YEAR and _YEAR_CELL.fullmatch(value)
            ):
                add("DATE_OF_BIRTH", start, end, 0.8)
            elif kind == "DE_AKTENZEICHEN":
                _address_or_number_cell(value, "ID", start, end, add, has_house)
            elif kind == "LOCATION" and _TOWN_CELL.fullmatch(value):
                add("LOCATION", start, end, 0.75)


# A staff member's field inside a printout's header or footer line, or a form's, after its
# label and a colon ("BENUTZER: KAMINSKI  DRUCK 08.01.27", "SACHB.: WROBEL    TERMINAL: ZUL07",
# "Bearbeiter: hoelscher_m", "Klassenleitung: Terhorst-Ekinci / Wrobel"): surnames in capitals
# or capitalised, parted by slashes, or a login. An anonymous user code ("EWO042") has digits.
_STAFF_FIELD = re.compile(
    r"(?<![\w.-])(?i:benutzer(?:in)?|user|(?:sach)?bearbeiter(?:in)?|sachb\.|sb"
    r"|(?:angefordert|erstellt|gedruckt|geprüft|geprueft|bearbeitet|erfasst)[ ](?:von|durch)"
    r"|zuständig|zustaendig|zeichnung|gegenzeichnung|klassenleitung|klassenlehrer(?:in)?"
    # A note's contacts and crew: "Rückfragen Infektionsschutz: Breuckmann, Durchwahl …",
    # "Außendienst: Pawlak / Stöcker", "Fachkräfte: Kuhlmann (fallführend)".
    r"|r(?:ü|ue)ckfragen(?:[ ][\w-]+)?|au(?:ß|ss)endienst|innendienst|fachkr(?:ä|ae)fte|fachkraft"
    r"|ermittler(?:in)?)"
    r"[ ]?:[ ]?(?P<value>[A-ZÄÖÜ][\w'’-]+(?:[ ]?/[ ]?[A-ZÄÖÜ][\w'’-]+)*"
    r"|[a-z][a-zäöüß-]{2,}[._][a-z]{1,3})"
    # The field ends at a column gap, the line's end, a bracket, a comma or another label.
    r"(?=[ ]{2,}|[ \t]*$|[ ]?[(),;]|[ ][A-ZÄÖÜ-]+(?:[ ][A-ZÄÖÜ-]+)?:)",
    re.MULTILINE,
)
_CAPITAL_NAME_PART = re.compile(r"(?=[A-ZÄÖÜß]*[AEIOUYÄÖÜ])[A-ZÄÖÜß]{3,}")
_NOT_STAFF = frozenset(
    ["admin", "system", "batch", "gast", "service", "extern", "intern", "alle", "keine", "auto"]
)


def _staff_fields(text: str, add: Callable[[str, int, int, float], bool]) -> None:
    """Rule 4b: staff members named in a printout's or a form's field (see ``_STAFF_FIELD``)."""
    for match in _STAFF_FIELD.finditer(text):
        value = match.group("value")
        if value[0].islower():
            if value not in _NOT_STAFF:
                add("PERSON", *match.span("value"), 0.75)
            continue
        for name in re.finditer(r"[^ /]+", value):
            word = name.group()
            if (
                any(c.isdigit() or c == "_" for c in word)
                or word.lower() in _NOT_STAFF
                # "Zuständig: Gelsenkirchen / Bottrop" names towns.
                or is_place_name(word.title() if word.isupper() else word)
                or is_district(word)
                # A system's code in capitals ("HH-SYS", "GEO-STRV"): short or vowelless parts.
                or (
                    word.isupper()
                    and not all(_CAPITAL_NAME_PART.fullmatch(p) for p in word.split("-"))
                )
                or not looks_like_name(word.title() if word.isupper() else word)
            ):
                continue
            start = match.start("value") + name.start()
            add("PERSON", start, start + len(word), 0.75)


# A server's or a network's address, no citizen's. Any address: with a network's prefix
# ("10.41.0.0/24"), after a host's key ("upstream=", "dst=") or in a host table's row after a
# host name in lower case ("fw-ext    185.72.14.1"). An internal address (RFC 1918) also after
# a host's role or name ("db=UP (", "repo-02 (", "Terminal-Server TS-07"), with a port, or
# without a person's device, a request, a form's label or a salutation near it. A citizen's
# address in the same log line stays.
_HOST_KEY_BEFORE = re.compile(
    r"(?:(?<![\w-])(?i:upstream|host|hostname|server|gateway|dns|ntp|smtp|relay|proxy|dst"
    r"|target|vip|nat|node)[\w-]*\"?[ \t]*[=:][ \t]*\"?"
    r"|^[ \t]*[a-z][a-z0-9]*(?:[-.][a-z0-9]+)*[ \t]{2,})$",
    re.MULTILINE,
)
_SERVER_BEFORE = re.compile(
    r"(?:(?<![\w-])(?i:upstream|host|hostname|server|gateway|gw|dns|ntp|smtp|imap|ldap|proxy"
    r"|router|switch|firewall|target|dst|node|db|datenbank|relay|backup|repo|nat|vip|dhcp"
    r"|druckserver|terminal-server|subnetz|xta|api|ziel)[\w-]*\"?[ \t]*[=:]?[ \t]*\"?"
    r"(?:[\w-]*[ \t]*\()?[ \t]*"
    # A host's name: "repo-02 (", "print-03 (", "TS-07 " (not "IPv6", "K4711", "WG-2026-0042").
    r"|(?<![\w.-])(?:[a-z][a-z0-9]*(?:-[a-z0-9]+)*-?\d+[a-z0-9-]*|[A-Z]{2,5}-\d{2,3})"
    r"[ \t]*\(?[ \t]*"
    r"|^[ \t]*[a-z][a-z0-9]*(?:[-.][a-z0-9]+)*[ \t]{2,})$",
    re.MULTILINE,
)
_SERVER_REACH = 40
_DEVICE_REACH = 120
_DEVICE_OF_A_PERSON = re.compile(
    r"(?<![\w-])(?i:(?:end|mobil)?gerät\w*|laptop|notebook|handy|smartphone|tablet|client"
    r"|arbeitsplatz\w*|pc|rechner|workstation|privat\w*|zu[ ]?hause|bürger(?:in)?"
    r"|antragsteller(?:in)?|nutzer(?:in)?|user|benutzer(?:in)?|mitarbeiter(?:in)?"
    r"|besucher(?:in)?|kund(?:e|in)|herrn?|frau"
    # A request from the address: "Anfrage von IP 192.168.17.42", a form's "IP-Adresse:".
    r"|anfrage|zugriff|aufruf|login|anmeldung|abruf|absender|ip-adresse|von[ ]ip)(?![\w-])"
)
_INTERNAL_NETWORKS = tuple(
    ipaddress.ip_network(n)
    for n in (
        "10.0.0.0/8",
        "172.16.0.0/12",
        "192.168.0.0/16",
        "127.0.0.0/8",
        "169.254.0.0/16",
        "fc00::/7",
        "fe80::/10",
    )
)


def _internal(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip.version == net.version and ip in net for net in _INTERNAL_NETWORKS)


def _without_server_addresses(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """The IP addresses of servers, networks and internal systems dropped (see above)."""
    if not any(r.entity_type == "IP_ADDRESS" for r in results):
        return results
    kept: list[RecognizerResult] = []
    for result in results:
        if result.entity_type == "IP_ADDRESS" and _server_address(text, result.start, result.end):
            continue
        kept.append(result)
    return kept


def _server_address(text: str, start: int, end: int) -> bool:
    address = text[start:end]
    if "/" in address or text.startswith("/", end):
        return True  # a network: "10.41.0.0/24"
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - _SERVER_REACH) : start]
    if not _internal(address):
        return _HOST_KEY_BEFORE.search(before) is not None
    if _SERVER_BEFORE.search(before):
        return True
    if re.match(r":\d{2,5}(?!\d)", text[end : end + 6]):
        return True  # a service's endpoint: "10.12.0.60:5432"
    # A person's device may be named a line before: "Das Gerät hatte im LAN⏎zuletzt 10.48.…".
    return not _DEVICE_OF_A_PERSON.search(text, max(0, start - _DEVICE_REACH), end + _SERVER_REACH)


# "wir wohnen Westring 233 in Bochum": the town after a street and its number.
_TOWN_AFTER_STREET = re.compile(rf",?[ ](?:in|aus)[ ](?!{NOT_TOWNS}){TOWN}(?![\w-])")
# The town alone after the street's comma or on the next line, where the postcode is left out:
# "Gräffstraße 9⏎     Herne", "wohnhaft Bochumer Str. 171,⏎Recklinghausen (Stadtteil …)".
_TOWN_BELOW_STREET = re.compile(
    rf"(?:,[ \t]*\n?|[ \t]*\n)[ \t]*(?!{NOT_TOWNS}){TOWN}(?=[ \t]*(?:$|[(.;,]))", re.MULTILINE
)
# In a transcript's or a mail's lower case: "wir wohnen weseler str 233 in hamborn".
_LOWER_TOWN_AFTER_STREET = re.compile(
    r",?[ ](?:in|aus)[ ](?P<value>[a-zäöüß][a-zäöüß-]{2,})(?![\w-])"
)


def _with_towns_after_streets(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """The town named after a person's street and house number, without a postcode. Run after
    public places' addresses are dropped: "in der Musikschule, Westring 12 in Bochum" stays."""
    taken = _Spans(sorted((r.start, r.end) for r in results))
    towns: list[RecognizerResult] = []
    for result in results:
        if result.entity_type != "STREET_ADDRESS" or not text[result.end - 1].isalnum():
            continue
        match = _TOWN_AFTER_STREET.match(text, result.end)
        # Without a preposition only a town the place lists know ("Tel.", "PLZ, Ort" are none).
        if match is None and (below := _TOWN_BELOW_STREET.match(text, result.end)) is not None:
            town = below.group("value")
            if is_place_name(town.split("-")[0]) or is_district(town):
                match = below
        if match is None and (lower := _LOWER_TOWN_AFTER_STREET.match(text, result.end)):
            value = lower.group("value")
            # Only a place or district the lists know ("in ordnung", "in hamborn").
            if (
                (value in toponyms() or is_district(value))
                and value not in STOP_WORDS
                and written_in_lower_case(text, *lower.span("value"))
            ):
                match = lower
        if (
            match is not None
            and is_town(match.group("value")[:1].upper() + match.group("value")[1:])
            and not taken.overlaps(*match.span("value"))
        ):
            towns.append(
                RecognizerResult(
                    "LOCATION",
                    *match.span("value"),
                    0.7,
                    recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: _TABLE_RULE},
                )
            )
    return sorted(results + towns, key=lambda r: r.start) if towns else results


# A street and house number right before a person's postcode and town, whatever the street's
# name ends in: "In der Lake 19, 45527 Hattingen", "Gonsenheimer Spieß 8,⏎  55122 Mainz".
_STREET_BEFORE_POSTCODE = re.compile(
    r"(?<![\w.-])(?P<value>(?:In|An|Am|Auf|Im|Zum|Zur|Unter|Hinter|Vor|Alte|Alter|Neue|Neuer"
    r"|[A-ZÄÖÜ][a-zäöüß][\w'-]*\.?)(?:[ ](?:[A-ZÄÖÜ][\w'.-]*|der|den|dem|die|das|am|im|an"
    # (A house number has three digits at most: "Bericht 2026⏎44777 Bochum" names a year.)
    r"|auf|zum|zur|von|vom|in|bei)){0,3}[ ]\d{1,3}[ ]?[a-zA-Z]?(?:[ ]?[-/][ ]?\d{1,3}[a-zA-Z]?)?)"
    r"[ ]*,?[ ]*(?:\n[ \t]*)?$"
)
_STREET_REACH = 60
# The street's words name no post box, office room or other number.
_NOT_A_STREET = re.compile(
    r"(?i:postfach|pf\.?|hausnummer|hausnr\.?|zimmer|raum|zi\.?|tel\.?|telefon|fax|mobil|nr\.?"
    r"|nummer|haus|gebäude"
    r"|etage|stock|og|eg|ug|whg\.?|wohnung|app\.?|top|seite|anlage|jahrgang|jg\.?|kw|linie"
    r"|bus|gleis|bahnsteig|stand|tisch|klasse|gruppe|team|block|bezirk|wahlbezirk|blatt"
    r"|kapitel|abschnitt|teil|band|heft|folie|punkt|ziffer|absatz|tabelle|abbildung|abb\.?)"
)


def _with_streets_before_postcodes(
    text: str, results: list[RecognizerResult]
) -> list[RecognizerResult]:
    """The street and house number before a postcode and town found personal, where the street
    recognizer knew no such street name ("Rennebogen 88", "Schleuseninsel 3")."""
    taken = _Spans(sorted((r.start, r.end) for r in results))
    streets: list[RecognizerResult] = []
    for result in results:
        if result.entity_type != "LOCATION" or not text[result.start : result.start + 5].isdigit():
            continue
        # (The street may end the line before: the pattern allows one line break.)
        match = _STREET_BEFORE_POSTCODE.search(
            text, max(0, result.start - _STREET_REACH), result.start
        )
        if match is None or taken.overlaps(*match.span("value")):
            continue
        words = match.group("value").split()
        # A word that is plainly a noun with its number is none: "hinter Hausnummer 30, …".
        if any(_NOT_A_STREET.fullmatch(word) for word in words) or (
            len(words) == 2 and is_lexicon_noun(words[0]) and is_common_noun(words[0])
        ):
            continue
        taken.add(*match.span("value"))
        streets.append(
            RecognizerResult(
                "STREET_ADDRESS",
                *match.span("value"),
                0.7,
                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: _TABLE_RULE},
            )
        )
    return sorted(results + streets, key=lambda r: r.start) if streets else results


# A letter's date line: "Utrecht, 9 maart 2026", "Manchester, 2 March 2026", "Ankara, 16.01.2026".
_DATE_LINE = re.compile(
    rf"^[ \t]*{TOWN},[ ]+(?:den[ ]+)?(?:{DATE}|\d{{1,2}}\.?[ ][^\W\d_]{{3,12}}\.?[ ]\d{{4}})"
    r"[ \t]*$",
    re.MULTILINE,
)


# Recognizers that take a town as a person's home or birthplace (not a postcode's town, which
# is as often the office's own).
_HOME_TOWN_RECOGNIZERS = frozenset({"ResidenceRecognizer", "BirthplaceRecognizer"})
_PARCEL = "District of a parcel"
# A town named as an institution's ("Stadt Schwerte", "Amtsgericht Hattingen", "Sparkasse
# Herne") or as a street's ("Schwerter Straße" is another word): that mention stays readable.
_INSTITUTION_BEFORE = re.compile(
    r"(?:Stadt|Gemeinde|Kreis|Landkreis|Amtsgericht|Landgericht|Arbeitsgericht|Sozialgericht"
    r"|Verwaltungsgericht|Finanzamt|Jobcenter|Sparkasse|Volksbank|Stadtwerke|Universität"
    r"|Hochschule|Klinikum|Bürgerbüro|Standesamt|Bezirksregierung|Agentur[ ]für[ ]Arbeit"
    r"|Polizei|Polizeipräsidium|Hauptbahnhof|Bahnhof|Flughafen|AG|LG|VG|SG"
    r"|[A-ZÄÖÜ][\w-]*(?:amt|ämter|behörde|gericht|verwaltung|kasse|werke|büro|stelle))[ ]$"
)
_PLACE_PREPOSITION = re.compile(r"(?<![\w-])(?:in|aus|nach|bei|von)[ ]$")
_POSTCODE_BEFORE = re.compile(r"(?<!\d)\d{5}[ ]+$")
_DATE_AFTER = re.compile(r",?[ ]*(?:den[ ])?\d{1,2}\.[ ]?\d{1,2}\.[ ]?\d{2,4}")
_ARTICLE_BEFORE = re.compile(
    r"(?i:(?<![\w-])(?:das|der|die|dem|den|des|ein|eine|einem|einen|kein|keine|zum|zur|beim|im"
    r"|am|vom|unser|unsere|mein|meine)[ ]$)"
)
_MONTH_AFTER = re.compile(
    r"[ ](?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November"
    r"|Dezember)(?![\w-])"
)
_TOWN_WORD_AFTER = re.compile(r"[\w-]|[ ](?:Hbf|Hauptbahnhof)(?![\w-])")
_DOMAIN_AFTER = re.compile(r"\.(?:de|com|org|net|eu|info)(?![\w-])")
# The town starts a firm's name: "Brake Logistik GmbH", "Eller Wohnprojekt GmbH & Co. KG".
_FIRM_NAME_AFTER = re.compile(rf"(?:[ ][A-ZÄÖÜ][\w&.-]*){{1,4}}[ ](?:{LEGAL_FORM})(?![\w-])")


def _with_home_town_mentions(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Every further mention of a town found as someone's home or birthplace ("geboren in
    Schwerte … seit ich in Schwerte zur Schule ging"), except where it names an institution."""
    towns = {
        text[r.start : r.end]
        for r in results
        if r.entity_type == "LOCATION"
        and (r.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_NAME_KEY)
        in _HOME_TOWN_RECOGNIZERS
        # A parcel's cadastral district is no one's home: the district's other mentions stay.
        and (r.analysis_explanation is None or r.analysis_explanation.pattern_name != _PARCEL)
    }
    if not towns:
        return results
    taken = _Spans(sorted((r.start, r.end) for r in results))
    pattern = re.compile(
        r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(towns, key=len, reverse=True))) + ")"
    )
    found = [
        RecognizerResult(
            "LOCATION",
            match.start(),
            match.end(),
            0.7,
            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: _TABLE_RULE},
        )
        for match in pattern.finditer(text)
        if not taken.overlaps(*match.span())
        and not _TOWN_WORD_AFTER.match(text, match.end())
        # An office's mailbox or web address ("wohngeld@flensburg.de", "www.flensburg.de").
        and not (match.start() and text[match.start() - 1] in "@.")
        and not _DOMAIN_AFTER.match(text, match.end())
        and not _FIRM_NAME_AFTER.match(text, match.end())
        and not _INSTITUTION_BEFORE.search(text, max(0, match.start() - 30), match.start())
        # A town that is a noun too ("Essen", "Mitte") only after a preposition of place; never
        # after an article ("Das Essen in der Kantine") or before a month ("Mitte Mai").
        and not _ARTICLE_BEFORE.search(text, max(0, match.start() - 8), match.start())
        and not _MONTH_AFTER.match(text, match.end())
        # An address's town that was not found personal (an office's, "· 45525 Hattingen"), and
        # a letter's date line ("Hattingen, 22.05.2026"): the office's town.
        and not _POSTCODE_BEFORE.search(text, max(0, match.start() - 7), match.start())
        and not _DATE_AFTER.match(text, match.end())
        and (
            not is_lexicon_noun(match.group())
            or _PLACE_PREPOSITION.search(text, max(0, match.start() - 6), match.start())
        )
    ]
    return sorted(results + found, key=lambda r: r.start) if found else results


def _with_home_towns_abroad(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """The town of a letter's date line where it is the town of an address abroad found in
    the letter: the sender's home. A German town there is as often the office's own."""
    abroad = {
        word.casefold()
        for r in results
        if r.entity_type == "FOREIGN_POSTCODE"
        for word in re.findall(r"[^\W\d_][\w-]*", text[r.start : r.end])
    }
    if not abroad:
        return results
    taken = _Spans(sorted((r.start, r.end) for r in results))
    towns = [
        RecognizerResult(
            "LOCATION",
            *match.span("value"),
            0.7,
            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: _TABLE_RULE},
        )
        for match in _DATE_LINE.finditer(text)
        if match.group("value").casefold() in abroad and not taken.overlaps(*match.span("value"))
    ]
    return sorted(results + towns, key=lambda r: r.start) if towns else results


def _public_row(
    texts: list[str], places_column: bool = False, districts_column: bool = False
) -> bool:
    """A row named by its first cell of words (no digits: not a number, date or address) after
    a public place, an office or a firm, with no other cell that looks like a person's name
    ("Kita Regenbogen | Stadt | Breite Straße 12", "DE*HRN*E0001 | Stadtwerke Herne AG | …").
    ``places_column``: the header names the first column as offices ("Bezirksverwaltungsstelle
    | Anschrift | …" over "Eving | Deutsche Str. 27 | …"); then its cell may be a town or a
    district instead of an office's name, and no cell of the row may name a home service
    ("Tagespflege", "privat"). ``districts_column``: the header names the first column as
    districts ("Stadtbezirk"), whose cell may be a district the lists lack ("Wanne")."""
    words = [t for t in texts if t[:1].isupper() and not any(c.isdigit() for c in t)]
    if not words:
        return False
    named = [words[0]]
    first_cell = next((t for t in texts if t.strip()), "")
    if places_column and words[0] is first_cell:
        if not (_place_cell(words[0]) or _public_cell(words[0])) or any(
            _PRIVATE_PLACE.search(t) for t in texts
        ):
            return False
    elif not _public_cell(words[0]):
        # A district, then the office or school it lists ("Herne-Mitte | Grundschule
        # Kunterbunt | Von-der-Heydt-Straße 40"); not a citizen ("Eving | Klaus Meier").
        if not (
            len(words) > 1
            and (_place_cell(words[0]) or (districts_column and words[0] is first_cell))
            and _public_cell(words[1])
            and not any(_PRIVATE_PLACE.search(t) for t in texts)
        ):
            return False
        named.append(words[1])
    return not any(
        looks_like_name(_BRACKETED.sub(" ", t))
        for t in texts
        if all(t is not n for n in named)
        and not _CODE_CELL.fullmatch(t.strip())  # "GY", "BK": a type
    )


_CODE_CELL = re.compile(r"[A-ZÄÖÜ]{1,4}")


def _districts_column(header_texts: list[str]) -> bool:
    """The header's first column names districts ("Stadtbezirk", "Stadtteil")."""
    return bool(_DISTRICTS_HEADER.fullmatch(_first_header_word(header_texts)))


_DISTRICTS_HEADER = re.compile(
    r"(?i:stadtbezirk|stadtbezirke|stadtteil|stadtteile|ortsteil|bezirk)"
)


def _places_column(header_texts: list[str]) -> bool:
    """The header's first column names offices ("Standort", "Bezirksverwaltungsstelle"; not
    "Bezirk", "Ort" or "Firma")."""
    return bool(_PLACES_HEADER.fullmatch(_first_header_word(header_texts)))


def _first_header_word(header_texts: list[str]) -> str:
    """The first word of the header's first cell that is not empty (a pipe table's outer bar
    leaves an empty cell; a column that filled its width runs into the next one's name:
    "Bezirksverwaltungsstelle Anschrift")."""
    first = next((h for h in header_texts if h.strip()), "")
    return first.split()[0] if first.split() else ""


# Offices, not places: "Bezirk | Anschrift" or "Ort | Adresse" may list citizens by district.
_PLACES_HEADER = re.compile(
    r"(?i:standort|standorte|dienststelle|dienststellen|verwaltungsstelle|verwaltungsstellen"
    r"|bezirksverwaltungsstelle|bezirksverwaltungsstellen|bezirksamt|bezirksämter|bürgerbüro"
    r"|bürgerbüros|bürgercenter|bürgeramt|bürgerämter|bibliothek|bibliotheken)"
)


# A home run as a service: a childminder's, a practice in a flat.
_PRIVATE_PLACE = re.compile(r"(?i:privat|haushalt|wohnung|tagespflege|tagesmutter|tagesvater)")


def _place_cell(cell: str) -> bool:
    """A cell that names a town or a district ("Eving", "Hörde", "Wanne-Eickel")."""
    return is_town(cell.strip()) or is_district(cell.strip())


def _public_cell(cell: str) -> bool:
    """A cell naming a public place, an office or a firm ("Bürgerbüro Süd", "Kita Regenbogen",
    "Wertstoffhof Nord", "Stadtwerke Herne AG")."""
    words = cell.split()
    if not words:
        return False
    first = words[0].strip('()„“"')
    last = words[-1].strip('()„“"')
    return (
        first in _PUBLIC_PLACES
        or bool(_FACILITY.search(first))
        # "Jürgens Hof Grundschule", "Schule am Siepen" (first), "Claudius-Grundschule".
        or (
            len(words) > 1
            and (last in _PUBLIC_PLACES or _PUBLIC_PLACE_COMPOUND.search(last) is not None)
        )
        or is_organisation(cell)
        or _organisation_kind(cell) is not None
    )


def _by_shape_only(result: RecognizerResult) -> bool:
    """A reference or document number found by its shape alone, without a cue word."""
    return bool((result.recognition_metadata or {}).get(SHAPE_ONLY_KEY))


# A table's column of streets: "Straße", "Straßenname", "Straße / Platz", "Anschrift".
_STREETS_COLUMN = re.compile(r"(?i:straße|strasse|str\.|anschrift|adresse)")


# What a column's name, read as a value, was taken for.
_NO_COLUMN_NAME = frozenset(("PERSON", "LOCATION"))


# A list of an office's own vehicles: "Fuhrpark", "Dienstfahrzeuge", "Fahrzeugübersicht".
_FLEET = re.compile(
    r"(?i:fuhrpark|dienstfahrzeug|dienstwagen|poolfahrzeug|einsatzfahrzeug|fahrzeugübersicht"
    r"|fahrzeugliste|fahrzeugbestand|flotte|betriebshof|feuerwache|funkrufname)"
)
# Accounts of a system, no person's: "USER=root", "user=www-data".
_SYSTEM_ACCOUNT = re.compile(
    r"(?i:root|admin|administrator|system|daemon|nobody|www-data|apache|nginx|postgres|mysql"
    r"|backup|service|svc[\w.-]*|guest|gast|anonymous|anonym|cron|jenkins|gitlab-runner)"
    r"(?![\w-])"
)


def _person_like(cell: str) -> bool:
    """A cell under a plain "Name" header that names a person, not a place or a firm: its first
    word is no noun ("Skatepark Am Stadtsfeld", "Mehrgenerationenpark Fürst-Leopold",
    "Wertstoffhof Nord"); "Kowalczyk, E." and "Ali, Hamid u. Ali, Sanaa + 2 Kinder" are."""
    bare = _BRACKETED.sub(" ", cell)
    parts = name_parts(bare)
    if not parts or is_organisation(bare) or _public_cell(bare) or _SYSTEM_ACCOUNT.match(bare):
        return False
    first = parts[0]
    return is_known_name(first) or not (
        is_lexicon_noun(first) or is_loose_noun_compound(first) or _FACILITY.search(first)
    )


_GLUED_POSTCODE = re.compile(r"\d[ ]?[a-zA-Z]?[ ,]+(\d{5})$")


def _address_or_number_cell(
    cell: str,
    kind: str,
    start: int,
    end: int,
    add: Callable[[str, int, int, float], bool],
    has_house: bool,
) -> None:
    """A cell of a person's row under an address or number column. A street holds its house
    number unless a column of its own does ("ohne festen Wohnsitz" is no street)."""
    if kind == _DOCUMENT:
        kind = "ID"  # a document's number: a number's rules
    if kind == _NUMBER_OF_ROW_OR_CASE:
        if not _CASE_NUMBER_CELL.fullmatch(cell) or _DATE_RE.fullmatch(cell):
            return
        kind = "ID"
    if kind == "STREET" and not has_house and not any(c.isdigit() for c in cell):
        return
    if kind == "STREET" and (glued := _GLUED_POSTCODE.search(cell)) is not None:
        # A printout's address cell with the postcode and no town ("SODINGER STR 44 44627").
        add("LOCATION", start + glued.start(1), start + glued.end(1), 0.75)
        cell, end = cell[: glued.start(1)].rstrip(" ,"), start + glued.start(1)
    shapes = {
        "STREET": ("STREET_ADDRESS", _STREET_CELL),
        "HOUSE": ("STREET_ADDRESS", _HOUSE_CELL),
        "POSTCODE": ("LOCATION", _POSTCODE_CELL),
        "TOWN": ("LOCATION", _TOWN_CELL),
    }
    if kind in shapes:
        entity_type, shape = shapes[kind]
        # A venue under "Ort" is no town ("Trauzimmer Rathaus").
        first = cell.split()[0] if cell.split() else ""
        # A district that is also a noun stays one ("Erle", "Eigen"): a single word that names
        # no public place.
        if (
            kind == "TOWN"
            and is_lexicon_noun(first)
            and not is_known_name(first)
            and not is_district(cell.strip())
            and (
                len(cell.split()) > 1
                or first in _PUBLIC_PLACES
                or _PUBLIC_PLACE_COMPOUND.search(first) is not None
                or _FACILITY.search(first) is not None
            )
        ):
            return
        if shape.fullmatch(cell):
            add(entity_type, start, end, 0.75)
    elif (
        kind == "ID"
        and len(cell) <= _MAX_ID_CHARS
        and sum(c.isdigit() for c in cell) >= _MIN_ID_DIGITS
        and not _DATE_RE.fullmatch(cell)
    ):
        add("DE_AKTENZEICHEN", start, end, 0.75)


def _row_cells(
    text: str,
    cells: list[tuple[int, int]],
    texts: list[str],
    kinds: list[str | None] | None,
    this_year: int,
    add: Callable[[str, int, int, float], bool],
) -> None:
    """Rule 1 for one data row."""
    if kinds is not None:
        personal = False
        cells, texts = _birth_dates_glued_to_names(text, cells, texts, kinds, add)
        for (start, end), cell, kind in zip(cells, texts, kinds, strict=False):
            if (
                kind == "PERSON"
                or (kind == _PLAIN_NAME and _person_like(cell))
                or (kind == _STAFF and looks_like_name(_BRACKETED.sub(" ", cell)))
            ) and (any(c.isalpha() for c in cell) and not _DATE_RE.search(cell)):
                # A remark in brackets is no name: "Wagner, J. (Vormund)".
                bracket = text.find("(", start, end)
                if bracket > start:
                    start, end = _stripped(text, start, bracket)
                    cell = text[start:end]
                if (
                    is_organisation(cell)
                    or _TOTALS.fullmatch(cell)
                    or _NO_NAME_CELL.fullmatch(cell)
                ):
                    continue
                personal = personal or kind != _STAFF
                if not add("PERSON", start, end, 0.75):
                    # A part was found already ("Oberhaus Mats"): the rest word by word, the
                    # words of a name only ("Tel." beside a number is none).
                    for word in _CELL_WORD.finditer(text, start, end):
                        # Not an HTML entity's name ("f&uuml;r" gives "uuml;r").
                        if _NAME_WORD.fullmatch(word.group()) and text[word.start() - 1] != "&":
                            add("PERSON", word.start(), word.end(), 0.75)
        has_house = "HOUSE" in kinds
        for (start, end), cell, kind in zip(cells, texts, kinds, strict=False):
            if kind == _LOGIN:
                if _LOGIN_CELL.fullmatch(cell) and cell not in _NOT_LOGINS:
                    add("PERSON", start, end, 0.75)
                elif personal:
                    _address_or_number_cell(cell, "ID", start, end, add, has_house)
            elif kind in _PERSONAL_ONLY:
                if personal:
                    _address_or_number_cell(cell, kind, start, end, add, has_house)
            elif kind == "DATE_OF_BIRTH":
                for match in _DATE_RE.finditer(text, start, end):
                    add("DATE_OF_BIRTH", match.start(), match.end(), 0.8)
                # A printout's compact date ("19870412"), also glued to a name that filled its
                # column ("CONSTANTIN-DAN 19761125").
                for match in _COMPACT_DATE_IN_CELL.finditer(text, start, end):
                    add("DATE_OF_BIRTH", match.start(), match.end(), 0.8)
                # Only the year, where the documents give no more ("1951" under "geb. am").
                if _YEAR_CELL.fullmatch(cell) and int(cell) <= this_year:
                    add("DATE_OF_BIRTH", start, end, 0.8)
            elif kind == _BIRTH_YEAR and _YEAR_CELL.fullmatch(cell):
                add("DATE_OF_BIRTH", start, end, 0.8)
            elif kind == "LOCATION" and _PLACE_CELL.fullmatch(cell):
                add("LOCATION", start, end, 0.75)
            elif kind == "DE_AKTENZEICHEN" and _NUMBER_CELL.match(cell) and len(cell) <= 30:
                add("DE_AKTENZEICHEN", start, end, 0.75)
        return
    _surname_and_given_cells(cells, texts, add, this_year)
    births = [
        (start, end)
        for (start, end), cell in zip(cells, texts, strict=True)
        if _DATE_RE.fullmatch(cell)
        and (year := _year_of(cell, this_year)) is not None
        and year <= this_year - _ADULT_YEARS
    ]
    names = [
        (start, end)
        for (start, end), cell in zip(cells, texts, strict=True)
        if looks_like_name(cell) and not _SHORT_ABBREVIATION.fullmatch(cell)
    ]
    if births and names:
        for start, end in births:
            add("DATE_OF_BIRTH", start, end, 0.75)
        for start, end in names:
            add("PERSON", start, end, 0.7)


# A short word with a capital inside is an abbreviation, no name ("StA", "BtM", "KiTa").
_SHORT_ABBREVIATION = re.compile(
    r"(?=[A-ZÄÖÜ]*[a-zäöü])[A-ZÄÖÜ][a-zäöü]{0,2}[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{0,2}"
)


# A date as a data file writes it: "19890412".
_COMPACT_DATE = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
# A date that a printout's full column glued to the name before it: "MEHMET ALİ 19820510",
# "CONSTANTIN-DAN 19761125".
_GLUED_BIRTH_DATE = re.compile(
    rf"[ ](?:{_COMPACT_DATE.pattern}|\d{{1,2}}\.\d{{1,2}}\.(?:\d{{4}}|\d{{2}}))$"
)


def _birth_dates_glued_to_names(
    text: str,
    cells: list[tuple[int, int]],
    texts: list[str],
    kinds: list[str | None],
    add: Callable[[str, int, int, float], bool],
) -> tuple[list[tuple[int, int]], list[str]]:
    """The row's cells with a date of birth cut off the name cells it was glued to."""
    cut_cells, cut_texts = list(cells), list(texts)
    for index, ((start, end), cell, kind) in enumerate(zip(cells, texts, kinds, strict=False)):
        if (
            kind == "PERSON"
            and (glued := _GLUED_BIRTH_DATE.search(cell))
            and looks_like_name(cell[: glued.start()])  # not "Frist bis 14.08.2026"
        ):
            add("DATE_OF_BIRTH", start + glued.start() + 1, end, 0.8)
            cut_cells[index] = (start, start + glued.start())
            cut_texts[index] = cell[: glued.start()]
    return cut_cells, cut_texts


# A totals row's first cell under a name column.
_TOTALS = re.compile(
    r"(?i:summe[n]?|gesamt(?:summe|betrag)?|zwischensumme|übertrag|insgesamt|total|gesamtergebnis"
    r"|ergebnis)(?:[ ](?:seite[ ]\d+|gesamt|netto|brutto))?:?"
)
# A cell that says the name is not known, with a remark after a dash or in brackets:
# "unbekannt – Erben ermitteln", "unbekannt (männl.)", "keine Äußerung", "k. A.", "N. N." (not
# "Keiner Hans", a name).
_NO_NAME_CELL = re.compile(
    r"(?i:unbekannt|nicht[ ]bekannt|noch[ ]offen|offen|entfällt|k\.[ ]?a\.|n\.[ ]?n\.|ohne|n/a"
    r"|keine?(?:[ ](?:angaben?|äußerung|rückmeldung|antwort))?)"
    r"(?:[ ]*[–(-].*)?"
)
_CALL_SIGN_CELL = re.compile(r"\d{1,2}-[A-Z]{2,}[\w/-]*")
_STREET_WITH_NUMBER = re.compile(r"[^\W\d_][\w .'-]*[ ]\d{1,4}[ ]?[a-zA-Z]?")
_MIN_ROW_CELLS = 3


def _given_cell(cell: str) -> bool:
    """A cell of known first names, also in capitals ("Gesine", "ANNA MARIA")."""
    lone = given_names()
    words = cell.split()
    return bool(words) and all(
        word in lone or (word.isupper() and word.title() in lone) for word in words
    )


def _surname_and_given_cells(
    cells: list[tuple[int, int]],
    texts: list[str],
    add: Callable[[str, int, int, float], bool],
    this_year: int,
) -> None:
    """A row without a header that holds a surname and a known first name in cells side by
    side ("Lorenz<TAB>Gesine<TAB>Hauptstr. 301<TAB>44649", a data file's
    "KOWALCZYK|ANNA MARIA|19890412|KRAKÓW|POL|46045|OBERHAUSEN|MARKTSTR.|88"): both are the
    person's, and so are the row's date of birth (a date old enough), its towns, a postcode
    beside a town or in a row with a street, and a street with its house number."""
    # Not a fire brigade's vehicle: "Florian<TAB>Bochum<TAB>1-HLF20-1" is its call sign.
    if len(texts) < _MIN_ROW_CELLS or any(_CALL_SIGN_CELL.fullmatch(t) for t in texts):
        return
    pair = next(
        (
            k
            for k in range(len(texts) - 1)
            if (_given_cell(texts[k + 1]) and _name_piece(texts[k].title()))
            or (_given_cell(texts[k]) and _name_piece(texts[k + 1].title()))
        ),
        None,
    )
    if pair is None:
        return
    add("PERSON", *cells[pair], 0.7)
    add("PERSON", *cells[pair + 1], 0.7)
    with_street = any(_STREET_WITH_NUMBER.fullmatch(t) for t in texts)
    for index, (cell, value) in enumerate(zip(cells, texts, strict=True)):
        if index in (pair, pair + 1) or not value:
            continue
        following = texts[index + 1] if index + 1 < len(texts) else ""
        if _POSTCODE_CELL.fullmatch(value):
            if with_street or is_place_name(following.split(" ")[0].title()):
                add("LOCATION", *cell, 0.7)
        elif (year := _birth_year_of_cell(value, this_year)) is not None:
            if year <= this_year - _ADULT_YEARS:
                add("DATE_OF_BIRTH", *cell, 0.7)
        elif _TOWN_CELL.fullmatch(value.title()) and (
            is_place_name(value.split(" ")[0].split("-")[0].title())
            # A data file's word in capitals, no code ("POL", "HW") and no noun ("ZUZUG").
            or (
                value.isupper()
                and sum(c.isalpha() for c in value) >= _MIN_CAPS_TOWN
                and not is_lexicon_noun(value.title())
            )
        ):
            add("LOCATION", *cell, 0.7)
        elif _STREET_ENDING.search(value) and _HOUSE_CELL.fullmatch(following):
            add("STREET_ADDRESS", *cell, 0.7)
            add("STREET_ADDRESS", *cells[index + 1], 0.7)


# A street's name without its number, in its own cell ("MARKTSTR.", "Lindenweg").
_STREET_ENDING = re.compile(r"(?i:str\.|straße|strasse|weg|allee|platz|gasse|ring|damm|ufer|kamp)$")
_MIN_CAPS_TOWN = 4
_COMPACT_DATE_IN_CELL = re.compile(rf"(?<![\d.]){_COMPACT_DATE.pattern}(?![\d.])")


def _birth_year_of_cell(value: str, this_year: int) -> int | None:
    """The year of a cell that is a date ("12.03.1987", "19870312"), or None."""
    if _COMPACT_DATE.fullmatch(value):
        return int(value[:4])
    if _DATE_RE.fullmatch(value):
        return _year_of(value, this_year)
    return None


_NOTE_CUE = re.compile(r"(?<![\w-])(?i:vermerk|aktenvermerk|notiz|gesprächsnotiz|telefonnotiz)")


def _dates_beside_persons(
    text: str,
    line_start: int,
    line_end: int,
    persons: list[tuple[int, int]],
    person_ends: list[int],
    this_year: int,
    add: Callable[[str, int, int, float], bool],
) -> None:
    """Rules 2 and 3 for one line."""
    first = bisect.bisect_right(person_ends, line_start)
    if first >= len(persons) or persons[first][0] >= line_end:
        return  # no person on this line
    for match in _DATE_RE.finditer(text, line_start, line_end):
        year = _year_of(match.group(), this_year)
        if year is None or year > this_year:
            continue
        # A note's heading: "Vermerk Kurth, 23.02.2026:" is the day it was written.
        if text.startswith(":", match.end()) and _NOTE_CUE.search(text, line_start, match.start()):
            continue
        before = bisect.bisect_right(person_ends, match.start()) - 1
        right_after = (
            before >= first
            and _PERSON_TO_DATE.fullmatch(text, persons[before][1], match.start()) is not None
        )
        after = before + 1
        near = (
            before >= first
            and match.start() - persons[before][1] <= _NEAR_PERSON
            and not _SENTENCE_END.search(text, persons[before][1], match.start())
        ) or (
            after < len(persons)
            and persons[after][0] < line_end
            and persons[after][0] - match.end() <= _NEAR_PERSON
            and not _SENTENCE_END.search(text, match.end(), persons[after][0])
        )
        if right_after or (near and year <= this_year - _ADULT_YEARS):
            add("DATE_OF_BIRTH", match.start(), match.end(), 0.75)


# Contact details of an organisation: an address, postal code and town or phone number that
# follows, segment by segment, the name of an authority, public building or firm ("Stadt
# Kassel⏎Bauaufsicht⏎Obere Königsstraße 8⏎34117 Kassel", "Amt für Statistik und Wahlen, Burgplatz
# 1, 04109 Leipzig") is not personal data. Recall comes first, so the rule is narrow:
# - the detail starts its own segment (segments end at commas, middle dots, bars, semicolons,
#   colons, brackets, spaced dashes and line breaks, within one block of lines): "vor dem Haus
#   Dorstener Straße 77" stays personal;
# - walking back, only contact labels ("Tel.", "Fax"), the organisation's other details already
#   left readable and up to two plain lines of a department's name are passed; a personal label
#   ("Anschrift", "Absender", "PLZ/Ort", "Kontakt"), anything redacted, a person, a first-person
#   word or "c/o" ends the walk: redacted;
# - the deciding segment must open its line, and its line must name the organisation with a
#   capitalised word ("Betreff: Umzug innerhalb der Stadt⏎Neue Anschrift: …" stays personal);
# - an authority (a line that opens with an authority's word and names no association), a
#   public building or a company with a legal personality ("GmbH", "AG") whose name holds no
#   word that may be a person's may have a clerk's or contact's name above its address; any
#   other organisation (a sole trader, practice, school, association, home) counts only when
#   no person is named anywhere in the text (its owner's or resident's details are theirs); a
#   street after an organisation's complete address (its street, then its postcode) is
#   someone else's; a phone number never counts under a person's name in its block (the
#   signer's direct line), and a mobile number never counts.
_CONTACT_TYPES = frozenset(
    {"STREET_ADDRESS", "LOCATION", "FOREIGN_STREET", "FOREIGN_POSTCODE", "PHONE_NUMBER"}
)
_SEGMENT_BREAK = re.compile(r"[,;·•|:()\[\]\n]|[ \t][–—-][ \t]")
# Authorities and public buildings: a clerk may sign above their address.
_AUTHORITY_TEXT = """
Stadt Gemeinde Landkreis Kreis Stadtverwaltung Kreisverwaltung Jobcenter Polizei Feuerwehr
Rathaus Bürgerbüro Fundbüro Standesamt Universität Hochschule Ministerium Familienkasse
Stadtbibliothek Zentralbibliothek Stadtarchiv Raum Aula Amt
"""
_AUTHORITY_WORDS = frozenset(_AUTHORITY_TEXT.split())
_AUTHORITY_ENDING = re.compile(
    r"(?:amt|ämter|amtes|behörde|referat|dezernat|fachbereich|abteilung|bibliothek|bücherei"
    r"|museum|stadion|theater|saal|wache|friedhof|gericht|präsidium|rathaus|freibad|hallenbad"
    r"|recyclinghof|wertstoffhof|aufsicht|planetarium|bürgerhaus|bürgerhäuser|stadthaus"
    r"|landratsamt|stelle|kommission|(?:friedhofs|stadt|kreis|schul|gemeinde|bezirks)verwaltung"
    # A city's title ("Bundesstadt Bonn", "Landeshauptstadt Kiel") and its cash office.
    r"|(?:bundes|hanse|haupt|kreis|universitäts|wissenschafts)stadt|(?:stadt|kreis)kasse)$"
)
# Other organisations: only where the text names no person at all.
_FIRM_TEXT = """
GmbH gGmbH AG mbH e.V. eG SE KGaA MVZ Kanzlei Rechtsanwälte Notariat Sparkasse Volksbank
Stadtwerke Kita Team Agentur Zentrale Infopunkt
"""
_FIRM_WORDS = frozenset(_FIRM_TEXT.split())
# Companies with a legal personality of their own: their seat is no person's address, so, like
# an authority's, it stays readable beside a named person (a contact, a managing director).
# (Not "UG": a one-person company as often, and the basement, "im UG".)
_COMPANY_FORMS = frozenset(["GmbH", "gGmbH", "AG", "mbH", "eG", "SE", "KGaA"])
_FIRM_ENDING = re.compile(
    r"(?:schule|gymnasium|kindergarten|zentrum|klinik|klinikum|krankenhaus|kasse|stiftung"
    r"|kammer|förderung|kanzlei|anwälte|forum|halle|kirche|verband|verein|sportbund)$"
)
_FIRST_PERSON = re.compile(
    r"(?i)(?<![\w-])(?:ich|mein(?:e[mnrs]?)?|wir|unser(?:e[mnrs]?)?|uns|mir|mich|wohne|wohnen"
    r"|wohnt|wohnhaft|lebe|c/o)(?![\w-])"
)
# Labels of an organisation's contact data: passed.
_CONTACT_LABEL = re.compile(
    r"(?i)[ \t]*(?:tel\.?|telefon|fon|fax|telefax|zentrale|hotline|servicecenter|e-?mail|mail"
    r"|web|internet|www\.[\w.-]+|besucheranschrift|hausanschrift|postanschrift|dienstsitz|sitz"
    r"|dienstgebäude)?[ \t.]*"
)
# Labels of a form or letter that precede a person's data: the walk ends, redacted.
_PERSONAL_LABEL = re.compile(
    r"(?i)(?:[\w.-]+[ ])?(?:wohn\w*|privat\w*|melde\w*|anschrift|adresse|plz(?:[ ]?[/,][ ]?ort)?"
    r"|ort|absender\w*|kontakt\w*|name|vorname|nachname|antragsteller\w*|bewohner\w*|betreff"
    r"|subject|von|from|an|to|mobil\w*|handy\w*)"
)
_MOBILE = re.compile(r"^(?:(?:\+|00)49[ -]?(?:\(0\)[ ]?)?|0)1[5-7]")
_MAX_SEGMENTS_BACK = 8
_MAX_PASSED = 2
_WINDOW = 2000
_TABLE_ROW = re.compile(r"[;|\t].*[;|\t]")
# Capitalised words (hyphenated and truncated ones too), "und", "für", "der", house numbers.
_PASSABLE = re.compile(
    r"(?:(?:[A-ZÄÖÜ][\w.]*-?|und|für|der|die|das|des|im|am|[0-9][0-9a-z]*(?:[–-][0-9]+[a-z]?)?"
    r"|/)[ ]?)+"
)


def _organisation_kind(line: str) -> str | None:
    """Whether the capitalised words of a line name a company, a firm, an authority or nothing.

    A company's legal form anywhere makes it a "company" ("Wirtschaftsförderung Münster GmbH").
    A line that opens with an authority's word is an authority's, whatever firm-like word comes
    after ("Stadt Aachen · Fachbereich Bauaufsicht und Wohnraumförderung", "Bundesstadt Bonn ·
    Zentrale Vergabestelle"), unless it names an association ("Wohnzimmertheater Lindenau
    e.V.": often its chair's home). Otherwise a firm's word anywhere wins ("Förderverein Freibad
    Wiesental" is an association, not the pool; "Polizei-Sportverein …").
    """
    words = re.findall(r"[\w.]+", line)
    if any(word in _COMPANY_FORMS for word in words):
        return "company"
    first = line.split(maxsplit=1)[0].strip(".,:;·") if line.strip() else ""
    if (
        first[:1].isupper()
        and first not in _NOT_OPENING_AUTHORITY
        and (
            first in _AUTHORITY_WORDS
            or (len(first) >= 5 and _AUTHORITY_ENDING.search(first.lower()))
        )
        and not _ASSOCIATION.search(line)
    ):
        return "authority"
    kind = None
    for word in words:
        if word in _FIRM_WORDS:  # also the legal forms in lower case ("e.V.", "eG", "mbH")
            return "firm"
        if not word[:1].isupper():
            continue
        word = word.strip(".")
        lower = word.lower()
        # An authority's word first: "Stadtkasse" ends like a firm's "Krankenkasse".
        if word in _AUTHORITY_WORDS or (len(word) >= 5 and _AUTHORITY_ENDING.search(lower)):
            kind = "authority"
        elif word in _FIRM_WORDS or (len(word) >= 5 and _FIRM_ENDING.search(lower)):
            return "firm"
    return kind


# An association, whose address is often a member's home.
_ASSOCIATION = re.compile(
    r"(?i:e\.[ ]?V\.|(?<![\w-])eV(?![\w-])|verein|verband|sportbund|club|klub|initiative"
    r"|freundeskreis)"
)
# A room or a hall opens a line of a venue, not of an authority ("Raum für Coaching").
_NOT_OPENING_AUTHORITY = frozenset(["Raum", "Aula"])


class _Spans:
    """Sorted, non-overlapping result spans with logarithmic look-ups.

    A letter has a few dozen hits, an address list thousands: scanning every hit for every
    segment of every contact detail was quadratic (5,000 addresses took over a minute).
    """

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.starts = [start for start, _ in spans]
        self.ends = [end for _, end in spans]

    def add(self, start: int, end: int) -> None:
        index = bisect.bisect_left(self.starts, start)
        self.starts.insert(index, start)
        self.ends.insert(index, end)

    def overlaps(self, first: int, last: int) -> bool:
        """Whether a span overlaps ``[first, last)``."""
        index = bisect.bisect_right(self.ends, first)
        return index < len(self.starts) and self.starts[index] < last

    def contains(self, first: int, last: int) -> bool:
        """Whether one span covers ``[first, last)``."""
        index = bisect.bisect_right(self.starts, first) - 1
        return index >= 0 and self.ends[index] >= last

    def starts_within(self, first: int, last: int) -> bool:
        """Whether a span starts in ``[first, last)``."""
        index = bisect.bisect_left(self.starts, first)
        return index < len(self.starts) and self.starts[index] < last


class _Breaks:
    """Line and block starts of a text, found once (``rfind`` per detail is quadratic on a
    long line or a block without blank lines)."""

    def __init__(self, text: str) -> None:
        self.length = len(text)
        self.lines = [m.end() for m in re.finditer("\n", text)]
        self._towns: frozenset[str] | None = None
        # Each line break followed by another: "\n\n\n" starts a block after its last one.
        self.blocks = [m.start() + 2 for m in re.finditer("\n(?=\n)", text)]

    @staticmethod
    def _before(starts: list[int], position: int) -> int:
        index = bisect.bisect_right(starts, position) - 1
        return starts[index] if index >= 0 else 0

    def line_start(self, position: int) -> int:
        """Start of the line holding ``position`` (``text.rfind("\\n", 0, position) + 1``)."""
        return self._before(self.lines, position)

    def line_end(self, position: int) -> int:
        """End of the line holding ``position`` (before its line break, or the text's end)."""
        index = bisect.bisect_right(self.lines, position)
        return self.lines[index] - 1 if index < len(self.lines) else self.length

    def block_start(self, position: int) -> int:
        """Start of the block (paragraph) holding ``position``."""
        return self._before(self.blocks, position)

    def towns_after_postcodes(self, text: str) -> frozenset[str]:
        """The words after the text's postcodes ("48149 Münster"), found once per text (a
        list of companies asked for them at every line: quadratic)."""
        if self._towns is None:
            self._towns = frozenset(_TOWN_AFTER_POSTCODE.findall(text))
        return self._towns


def _drop_organisation_contacts(
    text: str, results: list[RecognizerResult]
) -> list[RecognizerResult]:
    """Results without the contact details of organisations (see ``_CONTACT_TYPES``).

    ``results`` are sorted by start and do not overlap (``_resolve_overlaps``).
    """
    everything = _Spans([(r.start, r.end) for r in results])
    persons = _Spans([(r.start, r.end) for r in results if r.entity_type == "PERSON"])
    breaks = _Breaks(text)
    kept: list[RecognizerResult] = []
    dropped = _Spans([])
    public_end = -1  # where the last street of a public place ended
    for result in results:
        if result.entity_type not in _CONTACT_TYPES:
            kept.append(result)
            continue
        if _organisation_before(text, breaks, result, everything, persons, dropped):
            dropped.add(result.start, result.end)
            continue
        if result.entity_type == "STREET_ADDRESS" and _public_place(text, breaks, result, persons):
            dropped.add(result.start, result.end)
            public_end = result.end
            continue
        if (
            result.entity_type == "LOCATION"
            and public_end >= 0
            and _STREET_TO_TOWN.fullmatch(text, public_end, result.start)
        ):
            dropped.add(result.start, result.end)
            continue
        kept.append(result)
    return kept


# A public place right before its street ("Die Stadtbücherei am Willy-Brandt-Ring 4", "Parkhaus
# Kaiserstraße 31") or its opening hours right after it ("Hellweg 120, täglich 9–17 Uhr").
# The owner's name is the last few words before the street: "Apotheke am Marienhospital,
# Hölkeskampring 40", "Krankenhaus Wattenscheid    Voedestraße 79" (a table's columns), "Villa
# Marckhoff (Kunstmuseum), Kortumstraße 147", "Bezirksregierung Münster,⏎Albrecht-…".
_OWNER_WORD = (
    r"(?:[A-ZÄÖÜ][\w.&'-]*|&|\d{1,6}|am|an|der|den|dem|im|in|auf|zum|zur|bei|für|\([^()\n]{1,30}\))"
)
_PLACE_BEFORE = re.compile(
    rf"(?<![\w-])(?P<owner>{_OWNER_WORD}(?:[ ]{_OWNER_WORD}){{0,5}})"
    r"(?:[ \t]*[,:][ \t]*\n?[ \t]*|[ ]{2,}|\t+|[ ])$"
)
# A building or an estate named after a word of its own ("Zeche Hannover", "Haus Kemnade",
# "Schloss Strünkede"), not "vor dem Haus Parkweg 3".
_NAMED_PLACES = frozenset(
    ("Zeche", "Villa", "Haus", "Schloss", "Schloß", "Burg", "Kloster", "Gut", "Hof")
)
_FLAT_UNIT = re.compile(
    r"(?<![\w-])(?:\d{1,2}\.[ ]?(?:OG|Obergeschoss|Etage|Stock)|OG|EG|DG|UG|Whg\.?|Wohnung"
    r"|Zimmer|Zi\.|App\.|Appartement)(?![\w-])"
)
_UNIT_REACH = 30
_ADDRESS_LABEL = re.compile(
    r"(?i:anschrift|postanschrift|adresse|wohnhaft|wohnt|wohnsitz|absender|unterkunft)"
)
# A genitive's ending: "im Erdgeschoss des Rathauses, Friedrich-Ebert-Straße 17".
_GENITIVE = re.compile(r"e?s$")
_HOURS_AFTER = re.compile(
    r"[^\n]{0,40}?(?<![\w-])(?:täglich|werktags|montags|Mo|Di|Mi|Do|Fr|Sa|So)(?![\w-])"
    r"[^\n]{0,25}?\d{1,2}(?:[.:]\d{2})?[ ]?(?:–|-|bis)[ ]?\d{1,2}(?:[.:]\d{2})?[ ]?Uhr"
)
# A range of houses: a town hall's or a school's address, not a household's.
_HOUSE_RANGE = re.compile(r"(?<![\d/])(\d{1,3})[ ]?[–-][ ]?(\d{1,3})(?![\d/])")
_STREET_TO_TOWN = re.compile(r"[ \t]*(?:,|·|\n|,[ \t]*\n)[ \t]*")
_PLACE_REACH = 60
_PUBLIC_PLACE_TEXT = """
Apotheke Parkhaus Tiefgarage Bahnhof Hauptbahnhof Busbahnhof Haltestelle Schwimmbad Hallenbad
Freibad Stadtbücherei Bücherei Bibliothek Museum Theater Rathaus Stadthaus Bürgerhaus Bürgerbüro
Kundencenter Servicecenter Wertstoffhof Recyclinghof Sporthalle Turnhalle Stadion Friedhof
Jugendzentrum Stadtteilzentrum Familienzentrum Seniorenzentrum Kulturzentrum Markthalle
Gymnasium Gesamtschule Realschule Hauptschule Grundschule Oberschule Sekundarschule Förderschule
Berufskolleg Berufsschule Volkshochschule Musikschule Kita Kindergarten Krankenhaus Klinikum
Betriebshof Bauhof Feuerwache Rettungswache Polizeiwache Kläranlage Sportplatz Spielplatz
Schulzentrum Kindertagesstätte Gemeindehaus Pfarrheim Jugendheim Kirche Kapelle
Stadtteilbüro Ratskeller Touristinfo Tourist-Info Touristinformation Stadtinformation Info
Stadtpark Volkspark Kurpark Schlosspark Bürgerpark Zoo Tierpark Tiergarten Planetarium
"""
_PUBLIC_PLACES = frozenset(_PUBLIC_PLACE_TEXT.split())
# A compound or a hyphenated name that ends in a public place ("Kaiser-Friedrich-Apotheke",
# "HCR-Kundencenter", "Heinrich-Böll-Gesamtschule", "Stadtteilbibliothek", "Hans-Sachs-Haus").
_PUBLIC_PLACE_COMPOUND = re.compile(
    r"(?:"
    + "|".join(sorted((p.lower() for p in _PUBLIC_PLACES if len(p) >= 4), key=len, reverse=True))
    + r"|apotheke|visitorcenter|besucherzentrum|-haus|-halle|-hallen)$",
    re.IGNORECASE,
)
# A company's legal form right before its address ("Bochum Marketing GmbH, Huestraße 9"): a
# legal person's seat, no household's (a sole trader, "e.K.", stays personal).
# A company, a legal person (a partnership of people, "OHG", "KG", is not one).
_COMPANY = re.compile(r"(?<![\w-])(?:GmbH|gGmbH|mbH|AG|SE|KGaA|eG)(?![\w-])")
_LEGAL_FORMS = frozenset(("GmbH", "mbH", "AG", "KG", "KGaA", "SE", "eG", "gGmbH", "OHG", "oHG"))


def _public_place(text: str, layout: _Breaks, street: RecognizerResult, persons: _Spans) -> bool:
    """The street is a public place's: its name stands right before it, opening hours right
    after, or its number is a range of houses ("Willy-Brandt-Platz 2–6") in a paragraph that
    names no person; and no person stands on its line."""
    # (A 1 MB line is searched near the street only: every street scanned it whole.)
    line_start = max(layout.line_start(street.start), street.start - _WINDOW)
    line_end = min(layout.line_end(street.start), street.end + _WINDOW)
    if persons.overlaps(line_start, line_end) or _FIRST_PERSON.search(text, line_start, line_end):
        return False
    number_range = _HOUSE_RANGE.search(text, street.start, street.end)
    if (
        number_range is not None
        and int(number_range.group(2)) > int(number_range.group(1))
        and not persons.overlaps(
            max(layout.block_start(street.start), street.start - _WINDOW), line_end
        )
    ):
        return True
    owner_start = line_start
    if line_start > 0 and not text[line_start : street.start].strip():
        # The owner's line may end in a comma above the street ("Bezirksregierung Münster,").
        previous = layout.line_start(line_start - 1)
        if text[previous : line_start - 1].rstrip().endswith(","):
            owner_start = previous
    before = _PLACE_BEFORE.search(text, max(owner_start, street.start - _PLACE_REACH), street.start)
    block_start = max(layout.block_start(street.start), street.start - _WINDOW)
    if before is not None and (
        persons.overlaps(block_start, line_end)
        or persons.overlaps(before.start(), street.start)
        or _FIRST_PERSON.search(text, before.start(), street.start)
        or _FLAT_UNIT.search(text, street.start, min(line_end, street.end + _UNIT_REACH))
        or _ADDRESS_LABEL.search(text, min(line_start, before.start()), street.start)
    ):
        # "M. Yilmaz⏎Hausmeisterwohnung Gymnasium, Parkweg 3", "Parkweg 3, 2. OG",
        # "Postanschrift: Gemeindehaus, Kirchweg 4": a person lives there.
        before = None
    if (
        before is not None
        # In a table's row the cell before is no owner when it ends in a short number:
        # "Feuerwache 1   Lindenweg 3" is a call-out's place, not the station's address.
        and not (
            before.group(0).endswith(("  ", "\t"))
            and re.search(r"(?<![\w.])\d{1,3}$", before.group("owner"))
        )
        and _public_owner(before.group("owner"))
    ):
        return True
    return _HOURS_AFTER.match(text, street.end, line_end) is not None


def _public_owner(owner: str) -> bool:
    """Whether the words before a street name a public place, an authority or a company."""
    words = re.findall(r"[\w.&'-]+", owner)
    for index, raw in enumerate(words):
        word = raw.strip(".")
        if not word[:1].isupper() and word not in _LEGAL_FORMS:
            continue
        if (
            word in _PUBLIC_PLACES
            or _GENITIVE.sub("", word) in _PUBLIC_PLACES
            or _organisation_kind(word) == "authority"
            or word in _LEGAL_FORMS
            or _PUBLIC_PLACE_COMPOUND.search(word)
            # "Haus Kemnade", not "Haus Schneider" or "Hof Schulte-Bockum": a family's.
            or (
                word in _NAMED_PLACES
                and index + 1 < len(words)
                and words[index + 1][:1].isupper()
                and not (
                    is_known_name(name := words[index + 1].split("-")[0].strip(",."))
                    and not is_place_name(name)
                )
            )
        ):
            return True
    return False


# A public office named right before a number: "Telefon Bürgerbüro: …", "Standesamt, Tel. …",
# "Servicecenter …" (a private firm's "Hausverwaltung" or "Ingenieurbüro" is no such office).
_OFFICE_BEFORE = re.compile(
    r"(?<![\w-])(?:[A-ZÄÖÜ][\w-]*(?:amt|ämter|behörde|stelle|kasse|bücherei|bibliothek"
    r"|kundencenter)|Bürgerbüro|Bürgerservice|Bürgertelefon|Servicecenter|Rathaus"
    r"|Stadtverwaltung|Kreisverwaltung|Hotline|Zentrale|Servicetelefon|Fachbereich|Kasse"
    r"|Kantine|Bücherei|Bibliothek)"
    r"[^\n\d@]{0,24}$"
)
# How far before a number an office's name may stand.
_OFFICE_NAME_REACH = 60
# An office's number: area code, a space or slash, the office's number, then a dash and the
# extension ("0201 88-11400", "0234 910-0", "0511 168-4 12 00"); not "0234-5678901".
_OFFICE_NUMBER = re.compile(r"(?:\+49[ ]?(?:\(0\)[ ]?)?|0)\d{2,5}[ /]+\d{2,4}[ ]?[-–][ ]?\d[\d ]*")
# What may stand between an office's number and its mailbox in a list of contact details.
_CONTACT_GLUE = re.compile(
    r"[ \t\n,;·|/()–-]*(?:(?i:oder|und|sowie|bzw\.|e-?mail|mail|tel\.?|telefon|telefonisch|fax"
    r"|unter)[ \t:.,]*)*"
)
# The text searched around a number for a writer speaking of themselves or a direct line.
_SELF_REACH = 200
_DIRECT_LABEL_REACH = 12
_DIRECT_LINE = re.compile(r"(?i)(?<![\w-])(?:durchwahl|direktwahl|direkt)(?![\w-])")
# How far from a number an office's mailbox may stand on its line.
_OFFICE_REACH = 100
# How much text before an office's mailbox may name the office.
_OFFICE_NAME_SPAN = 200


# A record about an institution: a block of fields whose first names the institution
# ("Einrichtung: Städt. Kita Kemminghauser Straße⏎Träger: FABIDO⏎Anschrift: …⏎Telefon: …").
_INSTITUTION_RECORD = re.compile(
    r"[ \t]*(?:Einrichtung|Standort|Dienststelle|Kita|Kindertagesstätte|Kindertageseinrichtung"
    r"|Schule|Behörde|Institution|Jugendzentrum|Jugendtreff|Beratungsstelle|Bürgerbüro"
    r"|Bürgercenter|Bibliothek|Stadtteilbibliothek)[ \t]*:[ \t]*\S"
)
# Its first field's name alone, to look for one: the record's leading blanks, tried at every
# blank, made a text of nothing but tabs quadratic.
_INSTITUTION_WORD = re.compile(_INSTITUTION_RECORD.pattern.removeprefix(r"[ \t]*"))
_BLOCK_BREAK = re.compile(r"\n[ \t]*\n")
_CONTACT_FIELD = re.compile(
    r"[ \t]*(?:Anschrift|Adresse|Telefon|Tel\.?|Fax|E-Mail|Mail|Internet|Web|Homepage)[ \t]*:"
)
# The fields such a record may have; a field of anything else ("Eltern:", "Kind:", "Name:")
# makes the block no institution's record.
_RECORD_FIELD = re.compile(
    r"[ \t]*(?:Einrichtung|Standort|Dienststelle|Kita|Kindertagesstätte|Kindertageseinrichtung"
    r"|Schule|Schulform|Behörde|Institution|Jugendzentrum|Jugendtreff|Beratungsstelle"
    r"|Bürgerbüro|Bürgercenter|Bibliothek|Stadtteilbibliothek|Träger|Trägerschaft|Anschrift"
    r"|Adresse|Telefon|Tel\.?|Fax|E-Mail|Mail|Internet|Web|Homepage|Öffnung|Öffnungszeiten"
    r"|Sprechzeiten|Plätze|Gruppen|Angebot|Angebote|Zielgruppe|Alter|Altersgruppe|Profil"
    r"|Schwerpunkt|Schwerpunkte|Barrierefrei|Barrierefreiheit|Anfahrt|ÖPNV|Parken|Kosten"
    r"|Gebühr|Gebühren|Hinweis|Hinweise|Stadtbezirk|Stadtteil|Bezirk)[ \t]*:"
)


def _drop_institution_records(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Results without the address, landline and mailbox in the contact fields of an
    institution's record (see ``_INSTITUTION_RECORD``), where the block has only an
    institution's fields, names no person, no home service ("privat", "Tagespflege") and no one
    writing about themselves. A mobile number, a mailbox with a dot in its local part
    ("j.koenig@") and a free mailer's address stay redacted: a person's."""
    if not _INSTITUTION_WORD.search(text):
        return results
    persons = _Spans(sorted((r.start, r.end) for r in results if r.entity_type == "PERSON"))
    records: list[tuple[int, int]] = []
    block_start = 0
    for block_end in [m.start() for m in _BLOCK_BREAK.finditer(text)] + [len(text)]:
        start = (
            block_start
            + len(text[block_start:block_end])
            - len(text[block_start:block_end].lstrip(" \t\r\n"))
        )
        block_start = block_end
        if (
            _INSTITUTION_RECORD.match(text, start)
            and not persons.overlaps(start, block_end)
            and not _FIRST_PERSON.search(text, start, block_end)
            and not _PRIVATE_PLACE.search(text, start, block_end)
            and all(
                _RECORD_FIELD.match(line) or line[:1] in (" ", "\t")
                for line in text[start:block_end].split("\n")
                if line.strip()
            )
        ):
            records.append((start, block_end))
    if not records:
        return results
    inside = _mask(len(text), records)

    def institutional(r: RecognizerResult) -> bool:
        if inside.count(1, r.start, r.end) < r.end - r.start:
            return False
        # Only the record's own contact fields: a remark may name a caretaker's home.
        if not _CONTACT_FIELD.match(text, text.rfind("\n", 0, r.start) + 1):
            return False
        value = text[r.start : r.end]
        if r.entity_type == "PHONE_NUMBER":
            return not _MOBILE.match(value)
        if r.entity_type == "EMAIL_ADDRESS":
            local, _, domain = value.partition("@")
            return "." not in local and not is_private_domain(domain)
        return r.entity_type in _CONTACT_TYPES

    return [r for r in results if not institutional(r)]


# A switchboard's number, its area code apart: "0231 50-0", "02381 92 93-0".
_SWITCHBOARD_NUMBER = re.compile(r"(?:\+49[ ]?(?:\(0\)[ ]?)?|\(?0)\d{2,5}\)?[ /][\d ]*\d[ ]?-[ ]?0")
# Words that make a switchboard a person's: a private line, a witness's or a practice's.
_PRIVATE_OWNER = re.compile(
    r"(?i:(?<![\w-])(?:privat\w*|nachbar\w*|wohnhaft|geb\.|geboren|zeug(?:e|in)|handy|mobil\w*"
    r"|rechtsanw\w*|anwält\w*|anwalt\w*|fachanw\w*|kanzlei|notar\w*|steuerbera\w*|dr\."
    r"|inhaber\w*)(?![\w-])|(?:praxis|therapie)(?![\w-]))|&"
)
_OWNER_REACH = 300


def _private_owner(text: str, breaks: _Breaks, phone: RecognizerResult) -> bool:
    """Words of a private owner in the number's block, within ``_OWNER_REACH`` of it (a 1 MB
    line is one block)."""
    start = max(breaks.block_start(phone.start), phone.start - _OWNER_REACH)
    end = min(len(text), phone.end + _OWNER_REACH)
    block_end = _BLOCK_BREAK.search(text, phone.end, end)
    return _PRIVATE_OWNER.search(text, start, block_end.start() if block_end else end) is not None


def _drop_office_numbers(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Results without the landline numbers of public offices.

    A number in an office's shape ("0201 88-11400") stays readable where it stands in a list of
    contact details beside an office's functional mailbox ("personalgewinnung@essen.de, Tel.
    …", nothing but labels and punctuation between them), or right after a public office's
    name ("Telefon Bürgerbüro: …"), in a paragraph that names no person, with no one writing
    about themselves nearby. A mailbox merely copied in ("Rückruf unter …, Kopie an
    info@…"), a number called a direct line ("Durchwahl"), any mobile number and any number in
    a paragraph with a person's name stay redacted.
    """
    phones = [r for r in results if r.entity_type == "PHONE_NUMBER"]
    if not phones:
        return results
    persons = _Spans([(r.start, r.end) for r in results if r.entity_type == "PERSON"])
    breaks = _Breaks(text)
    dropped: set[int] = set()
    for phone in phones:
        number = text[phone.start : phone.end]
        office_shaped = _OFFICE_NUMBER.fullmatch(number) is not None
        switchboard = _SWITCHBOARD_NUMBER.fullmatch(number) is not None
        if _MOBILE.match(number) or not (office_shaped or switchboard):
            continue
        line_start, line_end = breaks.line_start(phone.start), breaks.line_end(phone.start)
        if persons.overlaps(breaks.block_start(phone.start), line_end) or _person_after(
            text, breaks, phone, persons
        ):
            continue
        near_start = max(line_start, phone.start - _SELF_REACH)
        near_end = min(line_end, phone.end + _SELF_REACH)
        if _FIRST_PERSON.search(text, near_start, near_end) or _DIRECT_LINE.search(
            text, near_start, near_end
        ):
            continue
        name_start = max(line_start, phone.start - _OFFICE_NAME_REACH)
        if (
            office_shaped
            and (
                _OFFICE_BEFORE.search(text, name_start, phone.start)
                or _service_before(text, name_start, phone.start)
                or _beside_office_mailbox(text, phone, breaks, persons)
            )
        ) or (
            # A switchboard ("0231 50-0 (Vermittlung)", "Gebäudemanagement Herne, Tel. 02323
            # 16-0") in a block that names no person and no private owner.
            switchboard and not _private_owner(text, breaks, phone)
        ):
            dropped.add(id(phone))
    return [r for r in results if id(r) not in dropped]


# A service named by a compound noun right before the number and its label: "Stadtförsterei,
# Tel. …", "Wildtierstation: …" (a surname is no noun of the lexicon).
_SERVICE_BEFORE = re.compile(
    r"(?<![\w-])(?P<word>[A-ZÄÖÜ][a-zäöüß-]{5,})[ ]*[,:]?[ ]*"
    r"(?:(?i:tel\.?|telefon|fon|rufnummer)[ ]*:?[ ]*)?$"
)


# Compounds that name a private firm ("Hausverwaltung", "Ingenieurbüro", "Kundenservice"):
# its number may be its owner's.
_PRIVATE_SERVICE = re.compile(
    r"(?:verwaltung|büro|praxis|kanzlei|service|handel|bau|technik|betrieb|dienst|vermietung)$"
)


def _service_before(text: str, start: int, end: int) -> bool:
    """A compound noun names the service before the number: not a plain noun ("Telefon"), a
    known name or a private firm's kind."""
    before = _SERVICE_BEFORE.search(text, start, end)
    if before is None:
        return False
    word = before.group("word")
    lower = word.lower()
    return (
        lower not in german_nouns()
        and not _PRIVATE_SERVICE.search(lower)
        and not is_known_name(word)
        and (is_lexicon_noun(word) or is_loose_noun_compound(word))
    )


def _beside_office_mailbox(
    text: str, phone: RecognizerResult, breaks: _Breaks, persons: _Spans
) -> bool:
    line_start, line_end = breaks.line_start(phone.start), breaks.line_end(phone.start)
    before = max(line_start, phone.start - _OFFICE_REACH)
    after = min(line_end, phone.end + _OFFICE_REACH)
    # A list of contact details wrapped after the number ("Tel. 0931 37-2540,⏎friedhof@…"):
    # the mailbox may open the next line, which names no person.
    if line_end < len(text) and _CONTACT_GLUE.fullmatch(text, phone.end, line_end):
        next_end = breaks.line_end(line_end + 1)
        if not persons.overlaps(line_end, next_end):
            after = min(next_end, phone.end + _OFFICE_REACH)
    for mailbox in _EMAIL_RE.finditer(text, before, after):
        if mailbox.end() <= phone.start:
            between = (mailbox.end(), phone.start)
        elif mailbox.start() >= phone.end:
            between = (phone.end, mailbox.start())
        else:
            continue
        # The label in front of the number ("Tel.") belongs to the glue too.
        glue = _CONTACT_GLUE.fullmatch(text, *between)
        if glue is not None and is_functional_mailbox(
            mailbox.group(),
            text[max(line_start, mailbox.start() - _OFFICE_NAME_SPAN) : mailbox.start()],
        ):
            return True
    return False


_PUBLIC_PHONE_SEGMENT = re.compile(
    r"(?i)[ \t]*(?:tel\.?|telefon|fon|fax|telefax|zentrale|hotline)?[ \t.:]*[+(]?\d[\d ()/–-]{4,}\d"
    r"[ \t]*"
)
_LABEL_REACH = 80
_ENQUIRY_LABEL = re.compile(
    r"(?<![\w-])(?i:anfragen|auskunft|auskünfte|kontakt|fragen|rückfragen|informationen|infos?)"
    r"[^:\n]{0,40}:[ \t]*$"
)
_LABELLED_MAILBOX = re.compile(
    rf"[ \t]*(?:(?i:e-?mail|mail)[ \t]*:?[ \t]*)?(?P<address>{EMAIL_PATTERN})[ \t]*"
)


_A_NUMBER = re.compile(r"\d[\d /-]{4,}\d")
# A segment that holds a street and its number ("Am Rothoborn 5"), not a phone number.
_STREET_SEGMENT = re.compile(
    r"[^\W\d_]{3,}\.?[ ]?\d{1,4}[a-z]?(?:[ ]?[-/][ ]?\d{1,4}[a-z]?)?[ \t]*$"
)
# A segment that opens with a postcode.
_POSTCODE_FIRST = re.compile(r"[ \t]*(?:D-)?\d{5}[ \t]")
# How far after a number a person's name makes the number theirs.
_PERSON_AFTER_REACH = 80


def _person_after(text: str, layout: _Breaks, phone: RecognizerResult, persons: _Spans) -> bool:
    """A person named after the number on its line, or on the next where the number ends its
    line in a list ("Standesamt, Tel. 0931 37-2540, Frau Weidenbach"): the number is theirs."""
    line_end = layout.line_end(phone.start)
    end = min(line_end, phone.end + _PERSON_AFTER_REACH)
    if end == line_end < len(text) and _CONTACT_GLUE.fullmatch(text, phone.end, line_end):
        next_end = layout.line_end(line_end + 1)
        # Not the next entry of a list, with a number of its own ("Bürgerbüro Ost, Tel. …⏎
        # Seniorenberatung: Frau Weidenbach, Tel. …").
        if not _A_NUMBER.search(text, line_end, next_end):
            end = min(next_end, phone.end + _PERSON_AFTER_REACH)
    return persons.overlaps(phone.end, end)


def _organisation_before(
    text: str,
    layout: _Breaks,
    detail: RecognizerResult,
    results: _Spans,
    persons: _Spans,
    dropped: _Spans,
) -> bool:
    start = detail.start
    phone = detail.entity_type == "PHONE_NUMBER"
    if phone and (
        _MOBILE.match(text[start : detail.end])
        # "Zentrale 02307 148-0 · Durchwahl 02307 148-3217": the signer's own line.
        or _DIRECT_LINE.search(text, max(0, start - _DIRECT_LABEL_REACH), start)
    ):
        return False
    # (A table row is no longer than the window: a 2 MB line is searched near the detail.)
    line_start = max(layout.line_start(start), start - _WINDOW)
    line_end = min(layout.line_end(start), start + _WINDOW)
    if _TABLE_ROW.search(text, line_start, line_end):
        return False  # a row of a table: a person's, as likely as not
    if phone and _person_after(text, layout, detail, persons):
        return False
    block_start = layout.block_start(start)
    # Only the last few segments matter: in a long block (an address list) the breaks are
    # searched in a window before the detail, and a segment the window cuts ends the walk.
    walk_start = max(block_start, start - _WINDOW)
    breaks = list(_SEGMENT_BREAK.finditer(text, walk_start, start))
    if walk_start > block_start:
        if not breaks:
            return False
        walk_start = breaks[0].end()
        breaks = breaks[1:]
    # The detail starts its segment: only a contact label stands between it and the break.
    segment_start = breaks[-1].end() if breaks else walk_start
    if not _CONTACT_LABEL.fullmatch(text, segment_start, start):
        return False
    passed = 0
    postcode_passed = False
    for index in range(len(breaks) - 1, max(-1, len(breaks) - 1 - _MAX_SEGMENTS_BACK), -1):
        begin = breaks[index - 1].end() if index > 0 else walk_start
        segment = text[begin : breaks[index].start()]
        first = begin + len(segment) - len(segment.lstrip())
        last = begin + len(segment.rstrip())
        if first >= last:
            continue
        label = _CONTACT_LABEL.match(text, first, last)
        if dropped.contains(label.end() if label else first, last) or (
            _PUBLIC_PHONE_SEGMENT.fullmatch(segment) and not results.overlaps(first, last)
        ):
            if detail.entity_type == "STREET_ADDRESS":
                # The organisation's address is complete above, its street and then its
                # postcode: a street after them is someone else's ("Hesse Planen GmbH, Am
                # Rothoborn 5, 33098 Paderborn⏎Fürstenweg 61, …", a form's values without
                # labels). A postcode alone before the street is the office's own ("Jobcenter
                # Dortmund, 44122 Dortmund, Steinstraße 39").
                if _POSTCODE_FIRST.match(segment):
                    postcode_passed = True
                elif postcode_passed and _STREET_SEGMENT.search(segment):
                    return False
            # An organisation's detail already ("Tel. 02361 50-1380"), or a number the phone
            # recognizer left as public ("Telefon 02361 50-0"): go on to what it belongs to.
            continue
        if results.overlaps(first, last):
            return False  # a person, or a detail that stayed personal, comes first
        if _FIRST_PERSON.search(segment) or (
            _PERSONAL_LABEL.fullmatch(segment.strip())
            # An office named like a label is none: "Wohngeldstelle", "Meldebehörde".
            and _organisation_kind(segment.strip()) != "authority"
        ):
            return False
        if _CONTACT_LABEL.fullmatch(segment):
            continue
        # An office's or a firm's mailbox before the detail ("standesamt@recklinghausen.de ·
        # Tel. … · Rathausplatz 3"): the organisation is named by it.
        # Only after an enquiry's label or at a line's start, with an office's extension, in a
        # text that names no one: an intake mailbox ("Eingang über: buergerservice@…") may
        # have a citizen's details after it.
        mailbox = _LABELLED_MAILBOX.fullmatch(segment)
        if mailbox is not None and is_functional_mailbox(mailbox.group("address")):
            line_head = text[max(layout.line_start(first), first - _LABEL_REACH) : first]
            return (
                not persons.starts
                and (not line_head.strip() or _ENQUIRY_LABEL.search(line_head) is not None)
                and (not phone or _OFFICE_NUMBER.fullmatch(text, start, detail.end) is not None)
            )
        if breaks[index].group() == ":":
            return False  # the detail's own label ("Eltern:", "Vermieter:"): whose it is
        opens_line = layout.line_start(first) == first or first == block_start
        if not opens_line:
            # Only the line's own start may name the organisation ("Stadt Leipzig – Ordnungsamt
            # – Fundbüro, Otto-Schill-Straße 2"): the whole line up to here decides.
            first = layout.line_start(first)
            if first < last - _WINDOW:
                return False  # a line too long to name an organisation at its start: personal
            if results.overlaps(first, last) or _FIRST_PERSON.search(text, first, last):
                return False
            segment = text[first:last]
            head = _SEGMENT_BREAK.split(segment, maxsplit=1)[0]
            if _PERSONAL_LABEL.fullmatch(head.strip()):
                return False
        kind = _organisation_kind(segment)
        if persons.starts and (
            kind == "firm" or (kind == "company" and not _impersonal_company(text, segment, layout))
        ):
            return False  # a firm in a letter that names persons: may be theirs
        if kind is not None:
            # A phone number under a person's name in the block is their direct line.
            since = block_start if phone else first
            return not persons.starts_within(since, start)
        if not opens_line:
            return False
        # A department's name between the organisation and the detail ("Stadt Kassel⏎
        # Bauaufsicht⏎Obere Königsstraße 8"): passed, twice at most.
        passed += 1
        if passed > _MAX_PASSED or not _PASSABLE.fullmatch(segment.strip()):
            return False
    return False


_TOWN_AFTER_POSTCODE = re.compile(r"(?<![\w-])\d{5}[ \t]+([^\W\d_]+(?:-[^\W\d_]+)*)")
_CAPITALISED_WORD = re.compile(r"(?<![\w-])[A-ZÄÖÜ][^\W\d_]*(?:-[^\W\d_]+)*")


def _impersonal_company(text: str, segment: str, layout: _Breaks) -> bool:
    """A company's name with no word that may be a person's: every capitalised word is an
    everyday noun that is no name, a place, or a town the text names after a postcode
    ("Wirtschaftsförderung Münster GmbH … 48149 Münster"). "Hesse Planen GmbH" or "Bergische
    Werkzeugschmiede Friedrichs GmbH" may be named after an owner in the letter."""
    for word in _CAPITALISED_WORD.findall(segment):
        if word in _COMPANY_FORMS or word in _FIRM_WORDS or word in _AUTHORITY_WORDS:
            continue
        if (
            is_lexicon_noun(word) or is_loose_noun_compound(word) or is_common_noun(word)
        ) and not is_known_name(word):
            continue
        if is_place_name(word):
            continue
        if word not in layout.towns_after_postcodes(text):
            return False
    return True


# A functional mailbox ("info@…") of a firm whose domain carries the name of a person in the
# letter ("Kovačević Haustechnik" ⏎ "info@kovacevic-ruhr.de") is a sole trader's: personal.
_EMAIL_RE = re.compile(EMAIL_PATTERN)
_DOMAIN_WORDS = re.compile(r"[a-z]{3,}")
_NAME_IN_DOMAIN = 4


# A post box right before a postcode and town: "Postfach 31 04 12, 04162 Leipzig".
_POST_BOX_BEFORE = re.compile(
    r"(?:(?i:postfach|postf\.)|PF)[ .:]*\d[\d ]{0,12}\d[ \t]*(?:[,·][ \t]*|\r?\n[ \t]*)$"
)


_POST_BOX_REACH = 200


def _with_post_boxes(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """``results`` and the post box before each postcode and town that stayed personal.

    An authority's post box goes with its postcode, which ``_drop_organisation_contacts`` left
    readable; a person's post box is as much their address as a street.
    """
    added: list[RecognizerResult] = []
    for result in results:
        if result.entity_type != "LOCATION":
            continue
        box = _POST_BOX_BEFORE.search(text, max(0, result.start - 40), result.start)
        if box is None:
            continue
        # The lines above in its block: an authority's or a firm's name makes it theirs.
        above = text[max(0, box.start() - _POST_BOX_REACH) : box.start()].split("\n\n")[-1]
        if any(_organisation_kind(line) for line in above.splitlines()[-3:]):
            continue
        end = box.start() + len(box.group().rstrip(" \t,·\r\n"))
        added.append(RecognizerResult("STREET_ADDRESS", box.start(), end, result.score))
    if not added:
        return results
    return _resolve_overlaps(results + added, len(text))


def _folded(word: str) -> set[str]:
    """Spellings of a name part in a domain: "kovacevic", "yilmaz", "mueller" and "muller"."""
    return {fold_for_domain(word, german=True), fold_for_domain(word, german=False)}


def _mailboxes_of_persons(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    # Only functional-looking mailboxes are left to check (the recognizer redacted the others).
    # (Without an "@" there is none; the address pattern searched long hyphen chains
    # quadratically.)
    if "@" not in text:
        return []
    mailboxes = [m for m in _EMAIL_RE.finditer(text) if is_functional_mailbox(m.group())]
    if not mailboxes:
        return []
    parts: set[str] = set()
    for result in results:
        if result.entity_type == "PERSON":
            for part in name_parts(text[result.start : result.end]):
                for piece in (part, *part.split("-")):
                    if len(piece) >= 3:
                        parts.update(_folded(piece))
    if not parts:
        return []
    found: list[RecognizerResult] = []
    for match in mailboxes:
        domain = match.group().rpartition("@")[2].lower()
        # Whole words ("kovacevic-ruhr") and longer parts inside words ("muellerbau").
        if parts.intersection(_DOMAIN_WORDS.findall(domain)) or any(
            len(part) >= _NAME_IN_DOMAIN and part in domain for part in parts
        ):
            found.append(RecognizerResult("EMAIL_ADDRESS", match.start(), match.end(), 0.9))
    return found


@dataclass(frozen=True)
class Span:
    """One redacted span with its token (offsets into the original text)."""

    entity_type: str
    start: int
    end: int
    score: float
    token: str


@dataclass
class RedactionResult:
    """Redacted text, its spans, and the token → original map (for the vault only)."""

    text: str
    spans: list[Span]
    mapping: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0


def _recognizer(result: RecognizerResult) -> str | None:
    metadata = result.recognition_metadata or {}
    name = metadata.get(RecognizerResult.RECOGNIZER_NAME_KEY)
    return name if isinstance(name, str) else None


def _resolve_overlaps(results: list[RecognizerResult], length: int) -> list[RecognizerResult]:
    """Keep the longest span where spans overlap (ties: higher score)."""
    ordered = sorted(results, key=lambda r: (-(r.end - r.start), -r.score, r.start))
    kept: list[RecognizerResult] = []
    # One byte per character instead of a list of kept spans: linear in the text, not
    # quadratic in the number of hits (a phone list has tens of thousands).
    taken = bytearray(length)
    for result in ordered:
        if result.end <= result.start or taken.find(1, result.start, result.end) != -1:
            continue
        kept.append(result)
        taken[result.start : result.end] = b"\x01" * (result.end - result.start)
    return sorted(kept, key=lambda r: r.start)


# A name a letter broke at the line's end ("Kowal-⏎ski") or a scan broke inside ("Sch midt": a
# part without a vowel is no name of its own).
_HYPHENATED_REST = re.compile(r"-[ \t]*\n[ \t]*[a-zäöüß]+")
_SPLIT_REST = re.compile(r"[ ][a-zäöüß]{2,}(?![\w-])")
_NO_VOWEL = re.compile(r"(?<![\w-])[^\W\d_aeiouäöüyAEIOUÄÖÜY]{2,5}$")


def _with_broken_words(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Person spans with the rest of a word that a line break or a scan cut off."""
    for index, result in enumerate(results):
        if result.entity_type != "PERSON":
            continue
        limit = results[index + 1].start if index + 1 < len(results) else len(text)
        rest = _HYPHENATED_REST.match(text, result.end)
        if rest is None and _NO_VOWEL.search(text, result.start, result.end):
            rest = _SPLIT_REST.match(text, result.end)
        if rest is not None and rest.end() <= limit:
            result.end = rest.end()
    return results


# Persons of history and of the arts are no data subjects: a name followed by the years of a
# life that ended long ago ("Friedrich Harkort (1793–1880)"), an author after their work ("Oper
# von Wolfgang Amadeus Mozart", "Werke von Caspar David Friedrich, Vincent van Gogh"), and the
# specimen names of forms ("Max Mustermann"). A relative's dates ("mein Vater (1941–2025)") are
# recent and stay.
# "(1793–1880)", "(* um 1450 – † 1510)", ", 1889–1963,".
_LIFE_DATES = re.compile(
    r"(?:[ ]?\(|,[ ]?)(?:\*[ ]?)?(?:um[ ])?(?P<born>\d{4})[ ]?(?:–|-|bis)[ ]?(?:†[ ]?)?"
    r"(?P<died>\d{4})(?:\)|(?![\d–-]))"
)
# "(* 31. Dezember 1889 in Bielefeld; † 27. August 1963 in Baden-Baden)", "(* 1905; † 1990)".
_LIFE_DATES_LONG = re.compile(
    r"[ ]?\(\*[ ]?(?:\d{1,2}\.[ ]?(?:[^\W\d_]+|\d{1,2}\.)[ ]?)?(?P<born>\d{4})"
    r"(?:[ ]in[ ][^;()\n]{1,40})?;[ ]?†[ ]?(?:\d{1,2}\.[ ]?(?:[^\W\d_]+|\d{1,2}\.)[ ]?)?"
    r"(?P<died>\d{4})(?:[ ]in[ ][^()\n]{1,40})?\)"
)
_MIN_LIFE = 20
_MAX_LIFE = 110
_LONG_AGO = 50
# A life that began this long ago and ended a generation ago is history too: "Gertrud Luckner
# (1900–1995)", "Ernst Kuzorra (1905–1990)"; not "Heinz Zimmermann (1931–2019)".
_BORN_LONG_AGO = 120
_DIED_A_GENERATION_AGO = 25
# Works of the stage and the museum, not the school's pictures or a neighbour's play.
_WORK_BEFORE = re.compile(
    r"(?<![\w-])(?:Oper|Operette|Märchenoper|Sinfonie|Symphonie|Ballett|Gemälde)[ ]von[ ]"
    # A first name the recognizers left out: "Gemälde von Caspar David Friedrich".
    r"(?:(?!Herrn?[ ]|Frau[ ]|Dr\.)[A-ZÄÖÜ][\w-]+[ ])?$"
)
_SPECIMEN = re.compile(r"(?<![\w-])(?:Max|Erika|Maria|Hans|Otto)[ ]Muster(?:mann|frau)(?![\w-])")
# A relative's or a grave's dates are a family's: "meines Großvaters Heinrich Brinkmann
# (1921–1974)", "Grabstelle Wilhelm Brinkmann (1902–1975)".
_FAMILY_BEFORE = re.compile(
    r"(?i:(?<![\w-])(?:mein|meine|meines|meiner|meinem|meinen|unser|unsere|unseres|unserer"
    r"|unserem|unseren|vater|mutter|großvater|großmutter|opa|oma|onkel|tante|bruder|schwester"
    r"|sohn|tochter|ehemann|ehefrau|eltern|großeltern|urgroßvater|urgroßmutter|grab\w*"
    r"|verstorben\w*|beisetzung|nutzungsrecht|nachlass\w*|erb\w*)(?![\w-]))"
)
_FAMILY_REACH = 60
_RELATIVE_OF = re.compile(r"[ ]von[ ]")
_RELATIVES_OF_SOMEONE_TEXT = """
vater mutter großvater großmutter onkel tante bruder schwester sohn tochter ehemann ehefrau
eltern großeltern urgroßvater urgroßmutter
"""
_RELATIVES_OF_SOMEONE = frozenset(_RELATIVES_OF_SOMEONE_TEXT.split())
_TITLE_BEFORE = re.compile(r"(?<![\w-])(?:Herr|Herrn|Frau|Hr\.|Fr\.)[ ]$")


# A capitalised word right before a surname: a title, a role or a family ("Dr.", "Frau",
# "Antragstellerin", "Familie"), not a sentence's start.
_NAMESAKE_BEFORE = re.compile(
    r"(?<![\w-])(?:Stadtteil|Ortsteil|Zeche|Schacht|Gymnasium|Gesamtschule|Realschule"
    r"|Grundschule|Denkmal|Turm|Stiftung|Museum|Kaserne|Graf|Gräfin|Fürst|Fürstin|Kaiser"
    r"|Kaiserin|König|Königin|Prinz|Prinzessin|Reichskanzler|Kanzler)[ \t\n]+$"
)
_WORD_BEFORE = re.compile(r"(?:[A-ZÄÖÜ][\w-]*|[A-ZÄÖÜ][a-zäöü]{0,3}\.)[ \t\n]+$")


_SALUTATION_BEFORE = re.compile(r"(?<![\w-])(?:Herrn?|Frau|Hr\.|Fr\.|Eheleute)[ ]+$")


def _life_long_past(text: str, end: int) -> re.Match[str] | None:
    """The dates of a life that ended long ago right after a name that ends at ``end``; a
    life, not a stay at a school, a job or a flat ("Sabine Kortmann, 1969–1973 Grundschule")."""
    life = _LIFE_DATES.match(text, end) or _LIFE_DATES_LONG.match(text, end)
    if life is None:
        return None
    born, died = int(life.group("born")), int(life.group("died"))
    year = datetime.date.today().year
    if _MIN_LIFE <= died - born <= _MAX_LIFE and (
        died <= year - _LONG_AGO
        or (born <= year - _BORN_LONG_AGO and died <= year - _DIED_A_GENERATION_AGO)
    ):
        return life
    return None


def _historical(text: str, person: RecognizerResult) -> bool:
    """A person of history: listed, or with the dates of a life long past after the name."""
    if is_public_figure(text[person.start : person.end]):
        return True
    return _life_long_past(text, person.end) is not None


# A statistic of first names: "Die beliebtesten Vornamen waren Emil, Theo und Matteo",
# "häufigste Jungennamen", "Vornamen-Hitliste".
_NAME_STATISTICS = re.compile(
    r"(?i:(?<![\w-])(?:beliebteste|häufigste|meistvergebene|gefragteste)[nr]?[ ]+(?:\w+[ ]+)?"
    r"(?:vor|zweit|jungen|mädchen|baby)?namen|vornamen-?(?:hitliste|statistik|rangliste|ranking))"
)
# A person named before a first name: a child's or a citizen's ("Ihr Sohn Emil", "Frau Mila").
_OWNER_OF_A_NAME = re.compile(
    r"(?i:(?<![\w-])(?:herrn?|frau|hr\.|fr\.|sohn|tochter|kind|baby|enkel\w*|neffe|nichte"
    r"|bruder|schwester|mein\w*|unser\w*|ihr\w*|sein\w*|namens|heißt)(?![\w-]))[^\n.]{0,30}$"
    # A greeting or an addressee right before it: "Hallo Jonas", "Rückfragen gern an Jannik".
    r"|(?i:(?<![\w-])(?:hallo|liebe[r]?|hi|an))[ ]$"
    # A signature's name alone on its line after a closing.
    r"|(?i:grüße|gruß|grüßen|dank)[^\n]{0,20}\n[ \t]*$"
)


_LIST_SEPARATOR = re.compile(r",[ ]*|[ ]+und[ ]+")
_STATISTIC_BEFORE = 1000
_STATISTIC_REACH = 1500


def _without_name_statistics(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Results without the lone first names of a statistic of first names (a registry office's
    press release, an open-data table); a first name after a person's word stays."""
    statistics = [m.start() for m in _NAME_STATISTICS.finditer(text)]
    if not statistics:
        return results
    names = paired_given_names()
    # Only the names near the statistic's words: its headline, list or table.
    near = _mask(
        len(text),
        [(max(0, s - _STATISTIC_BEFORE), min(len(text), s + _STATISTIC_REACH)) for s in statistics],
    )
    return [
        r
        for r in results
        if r.entity_type != "PERSON"
        or near.count(1, r.start, r.end) < r.end - r.start
        # One first name or a list of them ("Emilia, Mia", "Luca, Leon und Ben").
        or not all(part in names for part in _LIST_SEPARATOR.split(text[r.start : r.end]))
        or _OWNER_OF_A_NAME.search(text, max(0, r.start - 40), r.start) is not None
    ]


# The person recognizer's score for a name found by a label, a salutation, a closing or a
# family or neighbour's word (0.8 and up); a name alone, by the name lists, scores 0.7.
_CUE_SCORE = 0.8
# A hyphen's compound after a figure's name names a thing after the figure ("Günter
# Grass-Haus"): one noun that is no name ("Thomas Mann-Krüger" is a citizen's double name).
_COMPOUND_TAIL = re.compile(r"-(?P<noun>[^\W\d_]+)")


def _within_a_mention(text: str, result: RecognizerResult, mentions: list[tuple[int, int]]) -> bool:
    """``result`` is part of a listed figure's full name ("Alfried Krupp von Bohlen" of
    "Alfried Krupp von Bohlen und Halbach"), or the name with a compound after it."""
    for start, end in mentions:
        if start <= result.start and (
            result.end <= end or (result.start < end and _noun_after(text, end, result.end))
        ):
            return True
    return False


def _noun_after(text: str, start: int, end: int) -> bool:
    tail = _COMPOUND_TAIL.fullmatch(text, start, end)
    if tail is None:
        return False
    noun = tail.group("noun")
    return is_lexicon_noun(noun) and not is_known_name(noun)


def _without_public_figures(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Results without persons of history, authors after their works and specimen names, and
    without further mentions of those names (not after "Herr"/"Frau": a citizen of that name)."""
    figures: set[str] = set()
    famous: set[str] = set()  # figures known by name or by their life's dates
    lives: list[tuple[int, int]] = []
    mentions = figure_mentions(text)
    for result in results:
        if result.entity_type != "PERSON":
            continue
        name = text[result.start : result.end]
        titled = _TITLE_BEFORE.search(text, max(0, result.start - 6), result.start) is not None
        life = _life_long_past(text, result.end)
        family = _FAMILY_BEFORE.search(text, max(0, result.start - _FAMILY_REACH), result.start)
        # "die Großeltern von Thomas Mann (1875–1955)": the dates are the named person's.
        if (
            family is not None
            and family.group().lower() in _RELATIVES_OF_SOMEONE
            and _RELATIVE_OF.match(text, family.end(), result.start + 4)
        ):
            family = None
        long_dead = life is not None and family is None
        # A listed name after a label, a family word, in a salutation or a signature is a
        # citizen's ("Name: Thomas Mann", "Mein Sohn Thomas Mann", "Mit freundlichen
        # Grüßen⏎Thomas Mann").
        listed = result.score < _CUE_SCORE and (
            is_public_figure(name) or _within_a_mention(text, result, mentions)
        )
        public = not titled and (
            long_dead
            or _WORK_BEFORE.search(text, max(0, result.start - 50), result.start) is not None
            or bool(_SPECIMEN.fullmatch(name))
            or listed
        )
        if public and " " in name:  # a full name: a lone word may be anyone's
            figures.add(name)
            if long_dead or listed:
                famous.add(name)
            if long_dead and life is not None:
                lives.append(life.span())  # its dates and places are the figure's
    # A figure's surname alone where the text names the figure in full ("Krupp" beside
    # "Friedrich Alfred Krupp", "Kuzorra" beside "Ernst Kuzorra (1905–1990)"), and the
    # surnames rare enough to name the figure anyway.
    # A surname the name lists know is anyone's ("Schmidt" beside "Helmut Schmidt").
    surnames = {name.split()[-1] for name in famous if not is_known_name(name.split()[-1])}
    surnames |= UNMISTAKABLE_SURNAMES
    # The same full name again, not after a title ("Frau Petra Schulz" is a citizen); a
    # surname alone only where no capitalised word stands before it (a title, a role, a
    # family: "Frau Dr. Krupp", "Antragstellerin Krupp", "Familie Kästner"), unless the word
    # names a place after the figure or the figure's rank ("Stadtteil Bismarck", "Zeche Graf
    # Bismarck").
    if lives:
        dated = _mask(len(text), lives)
        results = [r for r in results if dated.count(1, r.start, r.end) < r.end - r.start]
    return [
        r
        for r in results
        if r.entity_type != "PERSON"
        or (
            text[r.start : r.end] not in figures
            and not (
                text[r.start : r.end] in surnames
                and (
                    not _WORD_BEFORE.search(text, max(0, r.start - 40), r.start)
                    or _NAMESAKE_BEFORE.search(text, max(0, r.start - 40), r.start)
                )
            )
        )
        or _TITLE_BEFORE.search(text, max(0, r.start - 6), r.start)
    ]


# A town right after a person ("Frau Ute Brockhoff aus Bad Sassendorf"), and a district in a
# letter's date line ("Witten-Annen, 5.11.2026", "Dortmund-Hörde, den 19. Oktober 2026"): an
# office dates its letters with its town, a citizen with the part of town they live in.
_NOT_TOWN_AFTER_PERSON = frozenset(
    (
        "Deutsch",
        "Mathe",
        "Mathematik",
        "Elternzeit",
        "Elternteilzeit",
        "Heimarbeit",
        "Eigenregie",
        "Rente",
        "Kurzarbeit",
        "Urlaub",
        "Quarantäne",
        "Teilzeit",
        "Vollzeit",
        "Haft",
        "Kur",
    )
)
_TOWN_AFTER_PERSON = re.compile(rf"[ ](?:aus|in)(?:[ ]|[ ]*\n[ ]*)(?!{NOT_TOWNS}){TOWN}")
# The same in a transcript's lower case: "hier ist gertrud schmitz aus burtscheid", "frau
# schnabel in finthen hat noch einen platz".
_LOWER_TOWN_AFTER_PERSON = re.compile(
    r"[ ](?:aus|in)[ ](?:(?:äh|ähm|öhm|ehm)[ ])?"
    r"(?P<value>[a-zäöüß][a-zäöüß]{2,}(?:-[a-zäöüß]{2,})*)(?![\w-])"
    # The next word, whose case the lower-case check reads too (a town's name of several words
    # is looked up from the first: ``_LOWER_WORDS``).
    r"(?:[ ](?P<second>[a-zäöüß]{2,})(?![\w-]))?"
)
# The last words of countries' names of several words.
_COUNTRY_HEADS = frozenset(
    ["emirate", "staaten", "königreich", "republik", "föderation", "union", "inseln", "arabien"]
)
# Up to five words in lower case on one line, for a town's name of several.
_LOWER_WORDS = re.compile(r"[a-zäöüß.-]+(?:[ ][a-zäöüß.-]+){0,4}")
# A person's town of origin before their name: "Die Gastkünstlerin aus Riga, Elīna Bērziņa".
# An adjective is no town: "frau meier aus gesundheitlichen gründen".
_ADJECTIVE_ENDING = re.compile(r"(?:lich|isch|ig|bar|sam|haft|los|voll|end)(?:e|en|er|es|em)?$")
_TOWN_BEFORE_PERSON = re.compile(
    # Also with a salutation or title before the name: "Die Preisträgerin aus Münster, Frau Lea
    # Sommer", "Aus Lippstadt, Herr Jörg Lenz".
    rf"(?<![\w-])[Aa]us[ ](?!{NOT_TOWNS}){TOWN},[ ](?:(?:Frau|Herrn?|Fr\.|Hr\.|Dr\.|Prof\.)[ ])*$"
)
_BEFORE_PERSON_REACH = 60
_SALUTED_REACH = 16
_RELATIVE_IN_BRACKETS = re.compile(r"[ ]?\((?P<role>[A-ZÄÖÜ][a-zäöüß]+)\)(?=,[ ])")
_RELATIVE_WORDS_TEXT = """
Sohn Tochter Vater Mutter Ehemann Ehefrau Bruder Schwester Enkel Enkelin Neffe Nichte Onkel
Tante Schwiegersohn Schwiegertochter Betreuer Betreuerin Partner Partnerin Lebensgefährte
Lebensgefährtin Nachbar Nachbarin Vermieter Vermieterin Mieter Mieterin Cousin Cousine
"""
_RELATIVE_WORDS = frozenset(_RELATIVE_WORDS_TEXT.split())
_PLACE_AFTER_PERSON = re.compile(
    # The sentence may end there too: "an die Nichte, Fr. Gabriele Honsel, Lippstadt. Hr. …".
    r",[ ](?P<value>[A-ZÄÖÜ][^\W\d_]+(?:-[A-ZÄÖÜ][^\W\d_]+)?)"
    r"(?=[ ]*(?:[–;)(,]|-[ ]|\.(?:[ ]|$)|$))",
    re.MULTILINE,
)
# A town in brackets after a person, after their role or alone: "Lebenspartner Bastian Kremer
# (Schreiner, Stolberg)", "Sandra und Detlef Nießen (Ehepaar, Eilendorf)", "Attest von Dr.
# Hülskamp (Wolbeck)", "Herr Bernhard Münster (Anwohner aus Hiltrup-Ost)".
_TOWN_IN_BRACKETS_AFTER_PERSON = re.compile(
    r"[ ]?\((?:(?P<role>[A-ZÄÖÜ][a-zäöüß]+(?:/[A-ZÄÖÜ]?[a-zäöüß]+)?)(?:,[ ]|[ ]aus[ ]))?"
    rf"(?!{NOT_TOWNS}){TOWN}(?:\)|,[ ])"
)
# A street and house number alone in brackets after a person: "Fr. Nadia Benali
# (Pfalz-Grona-Breite 61)", "Hr. Dr. Wolfram Heise (Schleuseninsel 3)" (not "(Zimmer 204)").
_STREET_IN_BRACKETS_AFTER_PERSON = re.compile(
    r"[ ]?\((?P<value>(?P<first>[A-ZÄÖÜ][a-zäöüß][\w'-]*)"
    r"(?:[ ](?:[A-ZÄÖÜ][\w'.-]*|der|den|dem|am|im|zum|zur|von))*?"
    r"[ ]\d{1,3}[ ]?[a-zA-Z]?)\)"
)
_STREET_OPENINGS = frozenset(("In", "An", "Am", "Auf", "Im", "Zum", "Zur", "Unter", "Hinter"))
# Last parts of words that name a room, a group or a unit, no street ("Sitzungszimmer 2").
_NOT_A_STREET_END = re.compile(
    r"(?:zimmer|raum|gruppe|klasse|bezirk|linie|saal|halle|büro|stufe|stelle|amt|team|kurs"
    r"|stock|etage|trakt|flügel|gebäude|haus|kasse|konto|jahr|zone|bereich)$"
)
# A town opening the brackets, more after it: "Alexander Koch (Landstuhl, WBK …)" (the pattern
# above reads "Landstuhl" as a role there). The role group never matches.
_TOWN_OPENING_BRACKETS = re.compile(rf"[ ]?\((?P<role>(?!))?(?!{NOT_TOWNS}){TOWN},[ ]")
# The place of a form's signature: "Ort, Datum: Dortmund-Aplerbeck, 05.11.2026".
_SIGNED_AT = re.compile(
    rf"(?i:ort,?[ ]?(?:und[ ])?datum)[ \t]*:?[ \t]*(?!{NOT_TOWNS}){TOWN},?[ ]+\d{{1,2}}\."
)
_DISTRICT_DATE_LINE = re.compile(
    r"^[ \t]*(?P<value>[A-ZÄÖÜ][^\W\d_]+-[A-ZÄÖÜ][^\W\d_]+(?:-[A-ZÄÖÜ][^\W\d_]+)?),[ ]+"
    rf"(?:den[ ]+)?(?:{DATE}|\d{{1,2}}\.?[ ][^\W\d_]{{3,12}}\.?[ ]\d{{4}})[ \t]*$",
    re.MULTILINE,
)


# A year in brackets right after a person's name is their year of birth: "Fr. Dragan (1994)",
# "Kinder Yara (2017) und Adam (2020)", "Tochter Birgit (1961) lebt …", "ihr Ehemann Heinz
# Wollny (1929-2008)" (a relative's life; a life long past is a figure's, dropped before).
_YEAR_AFTER_PERSON = re.compile(
    r",?[ ]?\((?:geb\.[ ]?|Jg\.[ ]?|Jahrgang[ ]|\*[ ]?)?(?P<year>(?:19|20)\d{2})"
    r"(?=\)|,[ ]|;[ ]|(?P<life>[ ]?[–-][ ]?(?:19|20)\d{2}\))|[ ]und[ ](?:19|20)\d{2}\)"
    # "Ayten Erdoğan (1949 geboren, pflegebedürftig)".
    r"|[ ]geboren(?![\w-]))"
)


# After the year: a citation's colon, page or verb.
_CITED_AFTER = re.compile(
    r"\)(?::|,?[ ]S\.[ ]?\d|[ ](?:zeigt|zeigte|schreibt|schrieb|betont|betonte|argumentiert"
    r"|beschreibt|beschrieb|fand|findet|stellt|stellte|weist|wies))|,[ ]Kategorie"
)
# Before the name on its line: a reference or an award.
_CITING_LINE = re.compile(
    r"(?i:vgl\.|literatur|quelle|zitiert|preis|preisträger\w*|auszeichnung|ehrung|geehrt)"
)
# A relative named right before a whole life: "Der Vater, Heinz Zimmermann (1931-2019)", "ihr
# Ehemann⏎Heinz Wollny (1929-2008)"; not "Das Grab von Heinz Rühmann (1902–1994)", "die
# Tochter des Gründers, Anna Krupp (1921–1999)".
_KIN_RIGHT_BEFORE = re.compile(
    r"(?<![\w-])(?:Vater|Mutter|Ehemann|Ehefrau|Mann|Frau|Sohn|Tochter|Bruder|Schwester|Opa|Oma"
    r"|Großvater|Großmutter|Onkel|Tante|Schwiegervater|Schwiegermutter|Lebensgefährt(?:e|in))"
    r",?[ \t]*\n?[ \t]*$"
)
_KIN_REACH = 30


def _with_years_after_persons(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Results with the year of birth in brackets after a person (``_YEAR_AFTER_PERSON``)."""
    this_year = datetime.date.today().year
    taken = _Spans([(r.start, r.end) for r in results])
    added: list[RecognizerResult] = []
    for result in results:
        if result.entity_type != "PERSON":
            continue
        match = _YEAR_AFTER_PERSON.match(text, result.end)
        if match is None or int(match.group("year")) > this_year:
            continue
        # A citation or an award ("Schmidt (2019) zeigte", "Müller, K. (2019):", "Vgl. Meier
        # (2015), S. 12", "Kulturpreisträger: Anna Schmidt (2019)").
        line_start = text.rfind("\n", 0, result.start) + 1
        if _CITED_AFTER.match(text, match.end("year")) or _CITING_LINE.search(
            text, line_start, result.start
        ):
            continue
        # A whole life is a relative's ("Der Vater, Heinz Zimmermann (1931-2019)") or a
        # street's namesake ("Ernst Kuzorra (1905–1990), Fußballspieler").
        if match.group("life") and not _KIN_RIGHT_BEFORE.search(
            text, max(0, result.start - _KIN_REACH), result.start
        ):
            continue
        start, end = match.span("year")
        if taken.overlaps(start, end):
            continue
        taken.add(start, end)
        added.append(
            RecognizerResult(
                "DATE_OF_BIRTH",
                start,
                end,
                0.75,
                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: _TABLE_RULE},
            )
        )
    return sorted(results + added, key=lambda r: r.start) if added else results


def _town_in_brackets(match: re.Match[str]) -> bool:
    """A match of ``_TOWN_IN_BRACKETS_AFTER_PERSON`` that names a town: the role a noun, the
    town no noun, compound, first name or acronym ("Frau Kaya (Jugendamt)", "Herr Roth
    (Hans)", "Frau Dr. Weber (SPD)" are none)."""
    role, value = match.group("role"), match.group("value")
    if role is not None and not all(_person_noun(part) for part in role.split("/")):
        return False
    words = value.split()
    # A town that is a surname too is a town here ("Konstantin von der Heyde (Lüneburg)").
    return not any(
        word.isupper()
        or is_loose_noun_compound(word)
        # ("Dortmund" is a surname too, but a town the place list knows.)
        or (is_known_name(word) and word.lower() not in toponyms())
        for word in words
    )


def _person_noun(word: str) -> bool:
    """A noun the lexicon knows, also in its female form the lexicon may lack ("Mieterin",
    "Referentin")."""
    return is_lexicon_noun(word) or (word.endswith("in") and is_lexicon_noun(word[:-2]))


def _known_town_and_districts(value: str) -> bool:
    """``value`` is a place the lists know, or one with its districts after hyphens: none of
    them a noun ("Erfurt-Melchendorf", "Sodingen"; not "Ruhr-Universität")."""
    first, *rest = value.split("-")
    if is_place_name(value) or is_district(value):
        return True
    return (is_place_name(first) or is_district(first)) and not any(
        is_lexicon_noun(piece) for piece in rest
    )


# Where a clause ends after a town: a mark, a dash, a sentence's full stop or the line's end.
_CLAUSE_END = re.compile(r"[ ]*(?:[–;)(,]|-[ ]|\.(?:[ ]|$)|$)", re.MULTILINE)


def _place_of_several_words_after(text: str, start: int) -> int | None:
    """The end of a place name of several words the lists know at ``start`` ("Bergisch
    Gladbach", "Bad Homburg") where a clause ends after it; None for none."""
    words = text[start : start + _PLACE_NAME_REACH].split("\n", 1)[0].split(" ")
    several = _places_of_several_words()
    for count in range(min(len(words), _LONGEST_PLACE_NAME), 1, -1):
        name = " ".join(words[:count]).rstrip(",;:).!?")
        end = start + len(name)
        if name.lower() in several and _CLAUSE_END.match(text, end):
            return end
    return None


def _with_personal_towns(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Results with the towns after persons and the districts of date lines (see above)."""
    taken = _Spans([(r.start, r.end) for r in results])
    added: list[RecognizerResult] = []

    def take(start: int, end: int, judged: str | None = None, listed: bool = False) -> None:
        value = text[start:end] if judged is None else judged
        first = value.split()[0]
        if (
            not taken.overlaps(start, end)
            and (
                # A name of several words the place list knows ("Bergisch Gladbach").
                listed
                or (
                    is_town(value)
                    # "in Zimmer 204", "Herrn Koch in Halle 3", "Lena Meyer in Deutsch".
                    and not re.match(r"[ ]?\d", text[end : end + 2])
                    and not first.endswith(("isch", "sch"))
                    and first not in _NOT_TOWN_AFTER_PERSON
                )
            )
        ):
            taken.add(start, end)
            added.append(
                RecognizerResult(
                    "LOCATION",
                    start,
                    end,
                    0.7,
                    recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: _TABLE_RULE},
                )
            )

    for result in results:
        if result.entity_type != "PERSON":
            continue
        if ", " in text[max(0, result.start - _SALUTED_REACH) : result.start]:
            match = _TOWN_BEFORE_PERSON.search(
                text, max(0, result.start - _BEFORE_PERSON_REACH), result.start
            )
            if match is not None:
                take(*match.span("value"))
        if text.startswith((" aus", " in"), result.end):
            match = _TOWN_AFTER_PERSON.match(text, result.end)
            if match is not None:
                take(*match.span("value"))
            elif (lower := _LOWER_TOWN_AFTER_PERSON.match(text, result.end)) is not None:
                value, value_end = lower.group("value"), lower.end("value")
                # A town's name of several words: "aus bergisch gladbach", "in bad homburg vor
                # der höhe".
                whole = _LOWER_WORDS.match(text, lower.start("value"))
                words = whole.group().split(" ") if whole else []
                named = next(
                    (
                        " ".join(words[:count])
                        for count in range(len(words), 1, -1)
                        if " ".join(words[:count]) in toponyms()
                        # A country is no one's address: "aus vereinigte arabische emirate".
                        and words[count - 1] not in _COUNTRY_HEADS
                    ),
                    None,
                )
                if named is not None:
                    value, value_end = named, lower.start("value") + len(named)
                # Only a place or district the lists know: a transcript's "in ner woche", "aus
                # unsrer abteilung", "in nrw" name none.
                if (
                    (value in toponyms() or is_district(value))
                    and re.match(NOT_TOWNS, value.capitalize()) is None
                    and value not in STOP_WORDS
                    and _ADJECTIVE_ENDING.search(value) is None
                    and written_in_lower_case(text, result.start, lower.end())
                ):
                    # ``take`` judges the capitalised word ("aus versehen" is a noun's).
                    take(
                        lower.start("value"),
                        value_end,
                        judged=" ".join(word.capitalize() for word in value.split()),
                        listed=named is not None,
                    )
        elif text.startswith(("(", " ("), result.end):
            home = _STREET_IN_BRACKETS_AFTER_PERSON.match(text, result.end)
            if (
                home is not None
                # A street's name opens with a preposition or is no noun the lexicons know
                # ("Schleuseninsel", "Rennebogen"; not "Ausschuss 3", "Kita Sonnenschein 2").
                and (
                    home.group("first") in _STREET_OPENINGS
                    or not (
                        is_lexicon_noun(home.group("first")) or is_common_noun(home.group("first"))
                    )
                )
                and not any(
                    _NOT_A_STREET.fullmatch(word) or _NOT_A_STREET_END.search(word)
                    for word in home.group("value").split()
                )
            ):
                # "Fr. Nadia Benali (Pfalz-Grona-Breite 61) schildert …": the person's street.
                street_start, street_end = home.span("value")
                if not taken.overlaps(street_start, street_end):
                    taken.add(street_start, street_end)
                    added.append(
                        RecognizerResult(
                            "STREET_ADDRESS",
                            street_start,
                            street_end,
                            0.7,
                            recognition_metadata={
                                RecognizerResult.RECOGNIZER_NAME_KEY: _TABLE_RULE
                            },
                        )
                    )
                continue
            match = _TOWN_IN_BRACKETS_AFTER_PERSON.match(text, result.end)
            if match is None or not _town_in_brackets(match):
                match = _TOWN_OPENING_BRACKETS.match(text, result.end)
            if match is not None and _town_in_brackets(match):
                take(*match.span("value"))
        elif text.startswith(", ", result.end):
            # "Tochter Samira Bouzid, Marseille;": a place the lists know, then the clause ends.
            match = _PLACE_AFTER_PERSON.match(text, result.end)
            several = _place_of_several_words_after(text, result.end + 2)
            if several is not None:
                # "Zeugin: Frau Renate Scholz, Bergisch Gladbach."
                take(result.end + 2, several, listed=True)
            # A district after its town's name is no noun ("Erfurt-Melchendorf"; not
            # "Ruhr-Universität"); at a sentence's end no noun at all ("Herr Max Klein, Halle.
            # Das Training beginnt").
            elif (
                match is not None
                and _known_town_and_districts(match.group("value"))
                and not (
                    text.startswith(".", match.end())
                    and is_common_noun(match.group("value").split("-")[0])
                )
            ):
                take(*match.span("value"))
        # "Dariusz Stark (Sohn), Sarstedt": the town after a relative's bracket.
        role = _RELATIVE_IN_BRACKETS.match(text, result.end)
        if role is not None and role.group("role") in _RELATIVE_WORDS:
            match = _PLACE_AFTER_PERSON.match(text, role.end())
            if match is not None and _known_town_and_districts(match.group("value")):
                take(*match.span("value"))
    if "-" in text:
        for match in _DISTRICT_DATE_LINE.finditer(text):
            town, _, district = match.group("value").partition("-")
            # "Ruhr-Universität" is no district, "Baden-Baden" a town of its own.
            if not is_lexicon_noun(district) and district != town:
                take(*match.span("value"))
    if "atum" in text:
        for match in _SIGNED_AT.finditer(text):
            take(*match.span("value"))
    if not added:
        return results
    return sorted(results + added, key=lambda r: r.start)


# The word after a town that a cue's hit left out, on the same line ("Vorderer| Westen"; not after
# a sentence's full stop: "in Haste. Masernschutz …").
_PLACE_TAIL = re.compile(r"[ ](?P<word>[A-ZÄÖÜ][a-zäöüß][^\W\d_]*(?:-[A-ZÄÖÜ][^\W\d_]+)*)")
# A district named by its point of the compass: "Stadtfeld Ost", "Neckarstadt West".
_COMPASS = frozenset(
    ("Nord", "Süd", "Ost", "West", "Mitte", "Nordost", "Nordwest", "Südost", "Südwest", "Zentrum")
)
# An inflected adjective that opens a place's name: "Vorderer Westen", "Mueßer Holz",
# "Friesischer Berg" (not where the adjective is a town or surname of its own: "Rothe").
_ADJECTIVE_OPENING = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{2,}(?:er|en|e|isch)")
_LONGEST_PLACE_NAME = 5
_PLACE_NAME_REACH = 80
# A time after the town is no part of its name: "wohnt in Oberlübbe Anfang April".
_TIME_WORD = re.compile(
    r"Anfang|Ende|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November"
    r"|Dezember|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Seit|Ab|Bis"
)


@functools.cache
def _places_of_several_words() -> frozenset[str]:
    """The place list's names of several words, lower case ("bergisch gladbach", "hann.
    münden", "bad homburg vor der höhe")."""
    return frozenset(place for place in toponyms() if " " in place)


def _whole_place_end(text: str, start: int, end: int) -> int:
    """Where the place name that a hit ``[start, end)`` opens really ends."""
    # (Bounded: a hit on a line of 200 kB must not read the rest of the line.)
    reach = min(len(text), end + _PLACE_NAME_REACH)
    line_end = text.find("\n", end, reach)
    line_end = reach if line_end < 0 else line_end
    words = text[start:line_end].split(" ", _LONGEST_PLACE_NAME)[:_LONGEST_PLACE_NAME]
    several = _places_of_several_words()
    for count in range(len(words), 1, -1):
        name = " ".join(words[:count]).rstrip(",;:).!?")
        if start + len(name) > end and name.lower() in several:
            return start + len(name)
    tail = _PLACE_TAIL.match(text, end)
    if (
        tail is None
        or tail.group("word").lower() in STOP_WORDS
        or _TIME_WORD.fullmatch(tail.group("word"))
    ):
        return end
    value = text[start:end]
    if tail.group("word") in _COMPASS or (
        # One adjective that is no place of its own: its noun follows.
        " " not in value
        and _ADJECTIVE_OPENING.fullmatch(value) is not None
        # (Not a town that is a surname too: "Hagen", "Essen".)
        and value.lower() not in toponyms()
        and not is_district(value)
    ):
        return tail.end()
    return end


def _with_whole_place_names(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Results whose towns hold their whole names: a cue's hit may stop after the first word
    of a name of several ("wohnt in Vorderer| Westen", "geboren in Bergisch| Gladbach", "in
    Stadtfeld| Ost"), and the rest would stay readable."""
    if not any(r.entity_type == "LOCATION" for r in results):
        return results
    starts = sorted(r.start for r in results)
    extended: list[RecognizerResult] = []
    for result in results:
        if result.entity_type == "LOCATION":
            end = _whole_place_end(text, result.start, result.end)
            following = bisect.bisect_right(starts, result.start)
            # Not into the next hit ("in Gievenbeck Roxeler Straße 12").
            if end > result.end and (following >= len(starts) or starts[following] >= end):
                result = RecognizerResult(
                    result.entity_type,
                    result.start,
                    end,
                    result.score,
                    analysis_explanation=result.analysis_explanation,
                    recognition_metadata=result.recognition_metadata,
                )
        extended.append(result)
    return extended


# A clerk's name right before their number, in a note's brackets or after a note's word:
# "geprüft SB 32-4 (Ortmeier, 05251 88-11473)", "Rückruf Kerkhoff, 05251 88-11523", "Vermerk
# U. Kemper (Marktmeister, 0202 563-4718)".
_NAME_BEFORE_PHONE = re.compile(
    r"(?:\(|(?<![\w-])(?:Rückruf|Vermerk|Ansprechpartner(?:in)?|Bearbeiter(?:in)?"
    r"|Sachbearbeiter(?:in)?|Rückfragen|durch)(?:[ ]an)?[ ])"
    r"(?P<name>(?:[A-ZÄÖÜ]\.[ ])?[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)"
    # "(Wendler, App. 0341 123-7716)", "Rückruf … durch Kreß (App. 0911 231-6174)".
    r"(?:,[ ]|[ ]\([A-ZÄÖÜ][a-zäöüß]+,[ ]|[ ]\()(?:Tel\.?[ ]?|Durchwahl[ ]|App\.[ ]?|Apparat[ ])?$"
)
# A clerk who answers the phone names the office, then themself, then greets: "ausländerbehörde
# freiburg haberer guten tag", "fachbereich soziales reuther grüß gott", "leitstelle Kaminski
# guten morgen".
_CLERK_GREETING = re.compile(
    r"(?im)^[^\n]{0,40}?(?:amt|behörde|stadt|service|leitstelle|fachbereich|bürgertelefon"
    # (The office's name may be long: "amt für soziale arbeit grundsicherung sie sprechen mit
    # weber guten morgen".)
    r"|abteilung|zentrale|büro|dienst|stelle|soziales|beratung)[^\n]{0,70}?[ ]"
    r"(?P<name>[^\W\d_][^\W\d_-]{2,}(?:-[^\W\d_]{2,})?)[ ,]+"
    r"(?:guten[ ](?:tag|morgen|abend)|grüß[ ]gott|moin|servus)(?![\w-])"
)
# A clerk in brackets before their staff number: "(Kreuzberger, Dienstnr. OSD-114)".
_CLERK_BRACKET = re.compile(
    r"\((?P<name>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?),[ ]"
    r"(?:Dienstnr\.|Dienst-Nr\.|Dienstnummer|Personalnr\.|Pers\.-Nr\.|Kürzel|Zi\.|Zimmer)"
)
# Someone a letter reaches through ("care of") in an address: "Artur-Ladebeck-Str. 133, bei
# Kaminski, 33647 Bielefeld", "<zusatz>bei Lammerding</zusatz>".
_CARE_OF = re.compile(
    r"(?<![\w-])(?:bei|c/o)[ ](?P<name>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)"
    r"(?=,[ ]\d{5}[ ]|</zusatz>|\n[ \t]*\d{5}[ ])"
)
# A clerk named by the office's abbreviation: "SB Klausing (Vertretung: …)", "Vermerk SB
# Reuther:", "Antwort Bußgeldstelle, SB Klee:" (not "SB-Terminal", "SB Markt").
_CLERK_ABBREVIATION = re.compile(
    r"(?<![\w-])(?:SB|SBin|Sb\.|Sachb\.|Sachbearb\.)[ ]"
    r"(?P<name>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)(?![\w-])"
)
_NAME_REACH = 60


def _with_clerks_names(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Results with the clerk's name before a number (``_NAME_BEFORE_PHONE``): no noun, no
    place, no office ("(Zentrale, 0234 910-0)", "(Bochum, 0234 …)"); and the names of clerks
    after "SB", in a call's greeting or before their staff number, and of someone a letter
    reaches through ("bei Kaminski, 33647 Bielefeld"), none a noun, stop word or place."""
    taken = _Spans(sorted((r.start, r.end) for r in results))
    added: list[RecognizerResult] = []
    for result in results:
        if result.entity_type != "PHONE_NUMBER":
            continue
        match = _NAME_BEFORE_PHONE.search(text, max(0, result.start - _NAME_REACH), result.start)
        if match is None or match.end() != result.start:
            continue
        surname = match.group("name").split()[-1]
        if (
            taken.overlaps(*match.span("name"))
            or any(is_lexicon_noun(part) for part in surname.split("-"))
            or is_loose_noun_compound(surname)
            or is_place_name(surname)
            or is_district(surname)
        ):
            continue
        taken.add(*match.span("name"))
        added.append(
            RecognizerResult(
                "PERSON",
                *match.span("name"),
                0.75,
                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: _TABLE_RULE},
            )
        )
    clerks: list[re.Match[str]] = []
    if "SB" in text or "Sb." in text or "Sachb" in text:
        clerks += _CLERK_ABBREVIATION.finditer(text)
    lowered = text.lower()
    if "guten" in lowered or "grüß" in lowered or "moin" in lowered or "servus" in lowered:
        clerks += _CLERK_GREETING.finditer(text)
    if "(" in text:
        clerks += _CLERK_BRACKET.finditer(text)
    if "bei " in text or "c/o" in text:
        clerks += _CARE_OF.finditer(text)
    if clerks:
        for match in clerks:
            surname = match.group("name")
            title = surname[:1].upper() + surname[1:]
            if (
                taken.overlaps(*match.span("name"))
                or surname.lower() in STOP_WORDS
                or any(is_lexicon_noun(part) for part in title.split("-"))
                # A compound after "SB" is a thing ("SB Kundencenter"); a greeting's name is a
                # name ("leitstelle Kaminski guten morgen").
                or (match.re is _CLERK_ABBREVIATION and is_loose_noun_compound(title))
                or is_common_noun(title)
                or is_place_name(title)
                or is_district(title)
            ):
                continue
            taken.add(*match.span("name"))
            added.append(
                RecognizerResult(
                    "PERSON",
                    *match.span("name"),
                    0.75,
                    recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: _TABLE_RULE},
                )
            )
    return sorted(results + added, key=lambda r: r.start) if added else results


# A case's code in brackets right after a person: "Mukendi, Grâce (ABH 2-0931/22)",
# "Familie Haddad (Az. 51-2026/0412)".
_CODE_AFTER_PERSON = re.compile(
    r"(?:[ ](?:und|u\.|mit)[ ](?:Familie|Kind(?:er)?|Ehefrau|Ehemann|Sohn|Tochter))?"
    r"[ \t]*\((?:Az\.?[ ]|AZ[ ]|Kd\.?-?Nr\.?[ ])?"
    r"(?P<code>[A-ZÄÖÜ]{1,6}[ .-]?\d[\d./-]*[/-][\d./-]*\d|\d[\d.]*[/-][\d./-]*\d)\)"
)


def _with_codes_after_persons(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Results with the case codes that stand in brackets after a person's name."""
    added: list[RecognizerResult] = []
    taken = _Spans([(r.start, r.end) for r in results])
    for result in results:
        if result.entity_type != "PERSON":
            continue
        match = _CODE_AFTER_PERSON.match(text, result.end)
        if match is None or taken.overlaps(*match.span("code")):
            continue
        # Not a date ("(12.03.1990)") nor a year range ("(1949-2021)").
        code = match.group("code")
        if _DATE_RE.fullmatch(code) or re.fullmatch(r"\d{4}[-/]\d{2,4}", code):
            continue
        added.append(
            RecognizerResult(
                "DE_AKTENZEICHEN",
                *match.span("code"),
                0.75,
                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: _TABLE_RULE},
            )
        )
    if not added:
        return results
    return sorted(results + added, key=lambda r: r.start)


def _join_adjacent_persons(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """One span for "Ayşe Yıldırım" where both words were found on their own."""
    joined: list[RecognizerResult] = []
    for result in results:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and previous.entity_type == result.entity_type == "PERSON"
            and (
                _PERSON_GAP.fullmatch(text, previous.end, result.start)
                or (
                    _PARTICLE_GAP.fullmatch(text, previous.end, result.start)
                    and text[previous.start : previous.end] in given_names()
                )
                # "de la Cruz, María": a surname, then a first name found on its own.
                or (
                    text.startswith(", ", previous.end)
                    and result.start == previous.end + 2
                    and text[result.start : result.end] in given_names()
                    and text[previous.start : previous.end] not in given_names()
                    and not text.startswith(",", result.end)
                )
            )
        ):
            previous.end = result.end
            previous.score = max(previous.score, result.score)
            continue
        if result.entity_type == "PERSON":
            floor = previous.end if previous is not None else 0
            result.start = _with_particles(text, result.start, floor)
        joined.append(result)
    return joined


def _with_particles(text: str, start: int, floor: int) -> int:
    """Where a name starts once the particles before it ("van der Meulen") and the first name
    or initial before those ("Maaike", "M.") are taken in; never before ``floor``.

    Particles that are also ordinary words ("von", "zu", "bin", "da", "du", "de" …: "die
    Unterlagen von Demir", "ich bin Lukas Weber") are taken in only after a known first name
    or an initial; the unmistakable ones ("van", "dos", "bint") also after another
    capitalised word that is no cue.
    """
    window = max(floor, start - _PARTICLE_REACH)
    match = _PARTICLES_BEFORE.search(text, window, start)
    if match is None:
        return start
    first = match.group("first")
    known = first is not None and (_INITIAL_WORD.fullmatch(first) or first in given_names())
    if known:
        return match.start()
    # In capitals before a name in capitals: "VON BODMAN, KONSTANTIN" (a form's field).
    if match.group("particle").isupper() and text[start : start + 2].isupper():
        return match.start("particle")
    if match.group("particle").split(" ")[0].lower() not in _FOREIGN_PARTICLES:
        return start
    if first is not None and not (
        first in PersonRecognizer.NOT_NAMES
        or first.capitalize() in PersonRecognizer.NOT_NAMES
        or first.endswith(".")
    ):
        return match.start()
    return match.start("particle")


# A line written letter by letter, as scans of forms with a box per letter come out: four
# single characters at least, each after one blank ("K O C H", "1 9 . 0 8 . 1 9 4 6").
_SPACED_RUN = re.compile(r"(?<!\S)\S(?:[ ]\S){3,}(?!\S)")
_SPACED_LINE = re.compile(r"^.*(?<!\S)\S(?:[ ]\S){3,}(?!\S).*$", re.MULTILINE)
_MAX_SPACED_GAP = 3


def _spaced_view(text: str) -> tuple[str, list[int], list[tuple[int, int]]] | None:
    """``text`` with letter-spaced writing closed up, or None where there is none.

    In a line that holds such writing, one blank between two single characters goes, two or
    three become one ("K O C H ,  W A L T E R" reads "KOCH, WALTER"); other lines and words
    stay as they are. Returned with the original offset of every character and the spans of
    the spaced writing."""
    if not _SPACED_RUN.search(text):
        return None
    out: list[str] = []
    positions: list[int] = []
    extents: list[tuple[int, int]] = []
    copied = 0
    for line in _SPACED_LINE.finditer(text):
        start, end = line.span()
        out.append(text[copied:start])
        positions.extend(range(copied, start))
        run_start: int | None = None
        p = start
        while p < end:
            if text[p] != " ":
                # A character on its own: no letter or digit beside it ("R" of "T E R." and of
                # "T E R\r", "K" of "Name:\tK O C H").
                single = not text[p].isspace() and (
                    (p == start or not text[p - 1].isalnum())
                    and (p + 1 == end or not text[p + 1].isalnum())
                )
                if single and run_start is None:
                    run_start = p
                elif not single and run_start is not None:
                    extents.append((run_start, p))
                    run_start = None
                out.append(text[p])
                positions.append(p)
                p += 1
                continue
            q = p
            while q < end and text[q] == " ":
                q += 1
            left_single = (
                p - 1 >= start
                and not text[p - 1].isspace()
                and (p - 2 < start or not text[p - 2].isalnum())
            )
            right_single = (
                q < end and not text[q].isspace() and (q + 1 == end or not text[q + 1].isalnum())
            )
            if left_single and right_single and q - p <= _MAX_SPACED_GAP:
                if q - p > 1:
                    out.append(" ")
                    positions.append(p)
            else:
                if run_start is not None:
                    extents.append((run_start, p))
                    run_start = None
                out.append(text[p:q])
                positions.extend(range(p, q))
            p = q
        if run_start is not None:
            extents.append((run_start, end))
        copied = end
    out.append(text[copied:])
    positions.extend(range(copied, len(text)))
    return "".join(out), positions, extents


# A character written as an HTML entity or a JSON escape ("M&uuml;ller", "Diyarbak\\u0131r"),
# as mail programs' HTML parts and exports leave them.
_ESCAPE = re.compile(r"&(?:[A-Za-z]{2,8}|#[0-9]{2,5}|#[xX][0-9A-Fa-f]{2,4});|\\u[0-9A-Fa-f]{4}")
# A URL's query or a form's body ("?name=J%C3%BCrgen+M%C3%BCller&tel=0151%2022841907"): its
# values are percent-encoded, with "+" for a blank.
_QUERY = re.compile(r"[?&][A-Za-z_][\w.-]{0,40}=")
_PERCENT = re.compile(r"(?:%[0-9A-Fa-f]{2})+|(?<=[^\W_])\+(?=[^\W_]|%)")


def _unescaped(match: re.Match[str]) -> list[tuple[str, int, int]]:
    """The characters an escape stands for, each with its span in the original; none where it
    stands for nothing a name, an address or a number is made of."""
    escape = match.group()
    if escape == "+":
        return [(" ", match.start(), match.end())]
    if escape.startswith("%"):
        chars: list[tuple[str, int, int]] = []
        data = bytes.fromhex(escape.replace("%", ""))
        at = 0
        while at < len(data):
            lead = data[at]
            size = (
                1 if lead < 0x80 else 2 if lead >> 5 == 0b110 else 3 if lead >> 4 == 0b1110 else 4
            )
            try:
                char = data[at : at + size].decode("utf-8")
            except UnicodeDecodeError:
                return chars
            if not char.isprintable():
                return chars
            start = match.start() + 3 * at
            chars.append((char, start, start + 3 * size))
            at += size
        return chars
    letter = chr(int(escape[2:], 16)) if escape.startswith("\\") else html.unescape(escape)
    if len(letter) != 1 or not letter.isalpha():
        return []  # "&amp;", "&nbsp;", a quote: no letter of a name
    return [(letter, match.start(), match.end())]


def _escaped_view(text: str) -> tuple[str, list[int], list[int], list[tuple[int, int]]] | None:
    """``text`` with its escaped characters written out (HTML entities, JSON escapes, and in a
    text with a URL's query, percent-encoding), or None where it has none. Returned with each
    character's start and end in the original and the spans of the escapes."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    extents: list[tuple[int, int]] = []
    copied = 0
    matches = list(_ESCAPE.finditer(text))
    if _QUERY.search(text):
        matches = sorted(matches + list(_PERCENT.finditer(text)), key=lambda m: m.start())
    for match in matches:
        chars = _unescaped(match)
        if not chars or match.start() < copied:
            continue
        out.append(text[copied : match.start()])
        starts.extend(range(copied, match.start()))
        ends.extend(range(copied + 1, match.start() + 1))
        copied = match.start()
        for char, start, end in chars:
            out.append(char)
            starts.append(start)
            ends.append(end)
            copied = end
        extents.append((match.start(), copied))
    if not extents:
        return None
    out.append(text[copied:])
    starts.extend(range(copied, len(text)))
    ends.extend(range(copied + 1, len(text) + 1))
    return "".join(out), starts, ends, extents


def prepare_for_analysis(text: str) -> str:
    """The text the recognizers see: same length and offsets, nothing that trips them up.

    Non-breaking and other typographic spaces become plain spaces, so every pattern that
    expects a space also accepts them. A quoted mail's markers ("> > ") become blanks, so a
    name, a birth date or an address wrapped onto a quoted line reads as in the original mail.
    OCR's usual misreadings are undone one character for one: a 1 or 0 between letters
    ("Friedhe1m Sch0lz", "45897 Ge1senkirchen", "B0CHUM") is the letter, an l, I or O beside
    digits ("Str. l47", "O234 58 12 99") the digit.
    """
    prepared = _SPACE_LIKE.sub(" ", without_surrogates(text))
    if ">" in prepared:
        prepared = _QUOTE_MARKERS.sub(lambda m: " " * len(m.group()), prepared)
    if "|" in prepared and _OCR_PIPE.search(prepared):
        prepared = _PIPE_LINE.sub(_bars_as_letters, prepared)
    if _OCR_WORD.search(prepared):
        prepared = _OCR_WORD.sub(_as_letters, prepared)
    if _OCR_EDGE.search(prepared):
        prepared = _OCR_EDGE.sub(_edge_as_letter, prepared)
    if _OCR_NUMBER.search(prepared):
        prepared = _OCR_NUMBER.sub(_number_as_digits, prepared)
    # A pair in a number's groups ("0231 / 22 O8 771", "74 O3 12"): one digit is enough beside
    # the digits of its neighbours.
    if _OCR_PAIR.search(prepared):
        prepared = _OCR_PAIR.sub(_as_digits, prepared)
    if _OCR_SHORT.search(prepared):
        prepared = _OCR_SHORT.sub(_as_digits, prepared)
    return prepared


_QUOTE_MARKERS = re.compile(r"^[ \t]*>(?:[ \t]*>)*", re.MULTILINE)
# A scan reads an l as a bar inside a word ("Me|nyk", "Te|efon", "Erk|ärende"): one bar between
# lower-case letters in a word of letters, not a table's cells ("name|vorname|ort").
_OCR_PIPE = re.compile(r"(?<![\w|])([^\W\d_]*[a-zäöüß])\|([a-zäöüß][^\W\d_]*)(?![\w|])")
_PIPE_LINE = re.compile(r"^[^\n|]*\|[^\n]*", re.MULTILINE)
# A line with more bars is a table's row ("…|68163 Mannheim|gestr. (verzogen …)").
_MAX_OCR_BARS = 2


def _bars_as_letters(line: re.Match[str]) -> str:
    text = line.group()
    if text.count("|") > _MAX_OCR_BARS:
        return text
    return _OCR_PIPE.sub(r"\1l\2", text)


# A word of four letters or more with a 1 or 0 between letters ("Sch0lz", "B0CHUM"; not "B2B",
# "Foto1" or the postcode "SW1A").
_OCR_WORD = re.compile(r"(?<![\w])(?=[^\W_]*[^\W\d_][01][^\W\d_])[^\W_]{5,}(?![\w])")
_LETTERS = re.compile(r"[^\W\d_]")
_MIN_OCR_WORD_LETTERS = 4
# A group of digits with an l, I or O among them, two digits at least ("l47", "O234", "O2O9",
# "Ol76", "11.O3.1961").
# Also across a hyphen or a slash between groups of two at least ("4l-5OO", "O97/2O27"; not the
# country of "I-00184 Roma").
# ``_number_as_digits`` checks the digits: look-aheads over the run were quadratic on long runs
# of groups ("11-11-11-…").
_OCR_NUMBER = re.compile(
    r"(?<![\w])[\dlIO](?:[\dlIO]|\.(?=[\dlIO])|(?<=[\dlIO]{2})[/-](?=[\dlIO]{2}))*(?![\w])"
)
# A short group with one digit: a phone number's group before or after another group of digits
# ("Ol7l 402 88 l6"), or a house number after a street's word ("Am Stadtpark l9", "Markt l3,").
_OCR_SHORT = re.compile(
    r"(?<![\w.,/-])(?=[lIO]*\d)(?=\d*[lIO])[\dlIO]{2,4}(?=[ ]\d)"
    # Not the network "O2".
    r"|(?<=[a-zäöüß.][ ])(?!O2(?!\w))(?=[lIO]?\d)(?=\d?[lIO])[\dlIO]{2}[a-z]?"
    r"(?=[,;]|[ ]*(?:\n|$)|[ ]{2,}|[ ][A-Z(])"
    # The last group of a phone number ("88 l6").
    r"|(?<=\d[ ])(?=[lIO]?\d)(?=\d?[lIO])[\dlIO]{2}(?![\w.])"
)
_AS_DIGIT = str.maketrans({"l": "1", "I": "1", "O": "0"})
_OCR_PAIR = re.compile(
    r"(?:(?<=\d[ ])|(?<=\d[ ][/-][ ]))(?=[\dlIO]{2}(?![\w.]))(?=[\d]*[lIO])(?=[lIO]*\d)[\dlIO]{2}"
    r"(?=[ ]\d)"
)


def _as_letters(match: re.Match[str]) -> str:
    """The word with the letters OCR misread as 1 or 0, in the case of their neighbours."""
    word = match.group()
    if len(_LETTERS.findall(word)) < _MIN_OCR_WORD_LETTERS or sum(c.isdigit() for c in word) > 2:
        return word
    chars = list(word)
    for i in range(1, len(chars) - 1):
        if chars[i] in "01" and chars[i - 1].isalpha() and chars[i + 1].isalpha():
            upper = chars[i - 1].isupper() and chars[i + 1].isupper()
            chars[i] = ("O" if upper else "o") if chars[i] == "0" else ("L" if upper else "l")
    return "".join(chars)


# A word whose first or last letter OCR read as 0 or 1: "0ksana", "1inks", "Lysenk0". At the
# end only in a capitalised word: "mweber1" is a login.
_OCR_EDGE = re.compile(
    r"(?<![\w.@/+-])(?:[01][a-zäöüß]{3,}|[A-ZÄÖÜ][a-zäöüß]{2,}[01])(?![\w@/-]|\.\w)"
)


def _edge_as_letter(match: re.Match[str]) -> str:
    word = match.group()
    if word[0] in "01":
        return ("O" if word[0] == "0" else "l") + word[1:]
    return word[:-1] + ("o" if word[-1] == "0" else "l")


def _as_digits(match: re.Match[str]) -> str:
    return match.group().translate(_AS_DIGIT)


def _number_as_digits(match: re.Match[str]) -> str:
    """A group of ``_OCR_NUMBER`` with its digits, if it holds two digits and a letter OCR put
    in ("l47", "O2O9"; not "I-00184", whose "I" stands alone)."""
    group = match.group()
    if sum(c.isdigit() for c in group) >= 2 and any(c in "lIO" for c in group):
        return group.translate(_AS_DIGIT)
    return group


def without_surrogates(text: str) -> str:
    """``text`` with lone surrogates replaced, one character for one (offsets stay valid).

    ``surrogateescape`` decoding (file names, some mail headers) leaves them; spaCy raises on
    them and no database or JSON encoder takes them. The escaped bytes are decoded as cp1252,
    their usual source, so "J\\udcfcrgen" still reads "Jürgen" and is recognised.
    """
    if not _SURROGATE.search(text):
        return text
    return _SURROGATE.sub(_replace_surrogate, text)


def _replace_surrogate(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:
        return bytes([code - 0xDC00]).decode("cp1252", errors="replace")
    return "\ufffd"


def _chunk_bounds(text: str) -> list[tuple[int, int]]:
    """Owned ranges of the chunks, cut at a line break or space where one is near."""
    bounds: list[tuple[int, int]] = []
    start = 0
    while start < len(text):
        end = start + _CHUNK
        if end >= len(text):
            end = len(text)
        else:
            floor = end - _BOUNDARY_SLACK
            cut = max(text.rfind("\n", floor, end), text.rfind(" ", floor, end))
            end = cut + 1 if cut > start else end
        bounds.append((start, end))
        start = end
    return bounds


def _norm(value: str) -> str:
    return re.sub(r"[\s.\-/()]", "", value).lower()


class _TokenBook:
    """Assigns consistent tokens: one per distinct person or value within a document."""

    def __init__(self) -> None:
        self.mapping: dict[str, str] = {}
        self._by_key: dict[tuple[str, str], str] = {}
        self._counters: dict[str, int] = {}
        # Persons in order of appearance: their name parts and token, indexed by part and by
        # the whole set, so a list of thousands of names is not compared pair by pair.
        self._person_parts: list[set[str]] = []
        self._person_tokens: list[str] = []
        self._with_part: dict[str, list[int]] = {}
        self._with_parts: dict[frozenset[str], list[int]] = {}

    def seed(self, mapping: dict[str, str]) -> None:
        """Continue an earlier book: known originals keep their tokens, new ones count on."""
        for token, original in mapping.items():
            match = re.fullmatch(r"<([A-Z_]+?)_(\d+)>", token)
            if match is None:
                continue
            name, number = match.group(1), int(match.group(2))
            self._counters[name] = max(self._counters.get(name, 0), number)
            self.mapping[token] = original
            parts = {
                p.lower()
                for p in re.split(r"[\s,]+", original)
                if len(p) >= 2 and not p.endswith(".")
            }
            if name == "PERSON" and parts:
                self._add_person(parts, token)
            else:
                self._by_key[(name, _norm(original))] = token

    def _new(self, name: str, original: str) -> str:
        self._counters[name] = self._counters.get(name, 0) + 1
        token = f"<{name}_{self._counters[name]}>"
        self.mapping[token] = original
        return token

    def token_for(self, entity_type: str, original: str) -> str:
        name = TOKEN_NAMES.get(entity_type, entity_type)
        if name == "PERSON":
            return self._person(original)
        key = (name, _norm(original))
        if key not in self._by_key:
            self._by_key[key] = self._new(name, original)
        return self._by_key[key]

    def _person(self, original: str) -> str:
        # Initials ("J. Weißkopf") say too little to tell two people apart.
        parts = frozenset(
            p.lower() for p in re.split(r"[\s,]+", original) if len(p) >= 2 and not p.endswith(".")
        )
        if not parts:
            # Nothing name-like to compare ("A. B."): the same text keeps the same token.
            key = ("PERSON", _norm(original))
            if key not in self._by_key:
                self._by_key[key] = self._new("PERSON", original)
            return self._by_key[key]
        # A shorter mention ("Demir") joins the first person whose full name contains it, a
        # longer one the first person whose name it contains.
        found = [i for i in (self._first_containing(parts), self._first_within(parts)) if i >= 0]
        if not found:
            token = self._new("PERSON", original)
            self._add_person(set(parts), token)
            return token
        index = min(found)
        known = self._person_parts[index]
        token = self._person_tokens[index]
        if len(parts) > len(known):
            self._remove_key(frozenset(known), index)
            for part in parts - known:
                self._with_part.setdefault(part, []).append(index)
            known.update(parts)
            self._with_parts.setdefault(frozenset(known), []).append(index)
            self.mapping[token] = original
        return token

    def _add_person(self, parts: set[str], token: str) -> None:
        index = len(self._person_parts)
        self._person_parts.append(parts)
        self._person_tokens.append(token)
        for part in parts:
            self._with_part.setdefault(part, []).append(index)
        self._with_parts.setdefault(frozenset(parts), []).append(index)

    def _remove_key(self, key: frozenset[str], index: int) -> None:
        indices = self._with_parts[key]
        indices.remove(index)
        if not indices:
            del self._with_parts[key]

    def _first_containing(self, parts: frozenset[str]) -> int:
        """The first person whose parts include all of ``parts`` (-1: none)."""
        if not parts:
            return -1
        lists = sorted((self._with_part.get(p, []) for p in parts), key=len)
        rarest = lists[0]
        if len(lists) == 1:
            return min(rarest, default=-1)
        return min(
            (i for i in rarest if parts <= self._person_parts[i]),
            default=-1,
        )

    def _first_within(self, parts: frozenset[str]) -> int:
        """The first person all of whose parts are among ``parts`` (-1: none)."""
        if not parts:
            return -1
        ordered = sorted(parts)
        # Names have a handful of words; beyond that only the whole and single words count.
        if len(ordered) <= _MAX_NAME_WORDS:
            subsets: Iterable[frozenset[str]] = (
                frozenset(c) for n in range(1, len(ordered) + 1) for c in combinations(ordered, n)
            )
        else:
            subsets = [parts, *(frozenset([p]) for p in ordered)]
        return min(
            (i for subset in subsets for i in self._with_parts.get(subset, ())),
            default=-1,
        )


# A noun this long in a name the model found is not searched for elsewhere ("Tiefbau").
_MIN_NOUN_PART = 6


class Redactor:
    """Redacts German text with the shared Presidio analyzer."""

    def __init__(self, analyzer: AnalyzerEngine | None = None) -> None:
        self._analyzer = analyzer

    @property
    def analyzer(self) -> AnalyzerEngine:
        if self._analyzer is None:
            self._analyzer = get_analyzer()
        return self._analyzer

    def analyze(self, text: str) -> list[RecognizerResult]:
        """All personal-data spans above the threshold, overlaps resolved.

        Offsets refer to ``text`` as given; it may contain non-breaking spaces and lone
        surrogates (see ``prepare_for_analysis``).
        """
        if len(text) > MAX_CHARS:
            raise RedactionError(f"text too long to redact ({len(text)} characters)")
        prepared = prepare_for_analysis(text)
        results = self._analyze_chunks(prepared)
        spaced = _spaced_view(prepared)
        if spaced is not None:
            collapsed, positions, extents = spaced
            ends = [p + 1 for p in positions]
            results.extend(self._view_results(collapsed, positions, ends, extents))
        escaped = _escaped_view(prepared)
        if escaped is not None:
            results.extend(self._view_results(*escaped))
        results.extend(self._mentions_across_chunks(prepared, results))
        results.extend(_mailboxes_of_persons(prepared, results))
        # Persons of history are no one whose contact details an office's could be.
        resolved = _without_public_figures(prepared, _resolve_overlaps(results, len(prepared)))
        resolved = _with_clerks_names(prepared, resolved)
        kept = _drop_office_numbers(prepared, _drop_organisation_contacts(prepared, resolved))
        kept = _drop_institution_records(prepared, kept)
        kept = _without_server_addresses(prepared, kept)
        kept = _with_towns_after_streets(prepared, _with_post_boxes(prepared, kept))
        kept = _with_streets_before_postcodes(prepared, kept)
        kept = _with_home_town_mentions(prepared, _with_home_towns_abroad(prepared, kept))
        kept = _join_adjacent_persons(prepared, _with_broken_words(prepared, kept))
        kept = _with_codes_after_persons(prepared, kept)
        # Towns after the persons that stay: not a specimen's or a composer's ("Max Mustermann,
        # Bochum", "Mozart, Salzburg").
        kept = _without_public_figures(prepared, _without_name_statistics(prepared, kept))
        kept = _with_personal_towns(prepared, _with_years_after_persons(prepared, kept))
        return _with_whole_place_names(prepared, kept)

    def _analyze_chunks(self, prepared: str) -> list[RecognizerResult]:
        """The recognizers and the line rules over ``prepared``, chunk by chunk."""
        results: list[RecognizerResult] = []
        for own_start, own_end in _chunk_bounds(prepared):
            offset = max(0, own_start - _MARGIN)
            chunk = prepared[offset : min(len(prepared), own_end + _MARGIN)]
            try:
                found = self.analyzer.analyze(
                    text=chunk, language=LANGUAGE, score_threshold=SCORE_THRESHOLD
                )
            except Exception as exc:  # Presidio raises bare exceptions; fail closed.
                raise RedactionError(f"analyzer failed: {type(exc).__name__}") from exc
            found.extend(_line_rules(chunk, found))
            found.extend(months_as_given_names(chunk, found, SCORE_THRESHOLD))
            for result in found:
                result.start += offset
                result.end += offset
                # Each hit is kept by the one chunk that owns its start: no duplicates, and
                # no hit cut short at a chunk edge (the margin holds its rest).
                if own_start <= result.start < own_end:
                    results.append(result)
        return results

    def _view_results(
        self, view: str, starts: list[int], ends: list[int], extents: list[tuple[int, int]]
    ) -> list[RecognizerResult]:
        """What the recognizers find in another view of the text, in the offsets of the
        original: letter-spaced writing closed up ("K O C H ,  W A L T E R"), escaped letters
        written out ("M&uuml;ller"). Only hits on the view's changes (``extents``) count; the
        rest was found in the original."""
        spans = _Spans(extents)
        found: list[RecognizerResult] = []
        for result in self._analyze_chunks(view):
            start, end = starts[result.start], ends[result.end - 1]
            if spans.overlaps(start, end):
                result.start, result.end = start, end
                found.append(result)
        return found

    @staticmethod
    def _mentions_across_chunks(
        text: str, results: list[RecognizerResult]
    ) -> list[RecognizerResult]:
        """A name found once is tagged wherever else it stands (in every chunk).

        Names found by a cue, and full names (two words or more) found by the model: a lone
        surname later in the letter ("Kowalski hat …") is then caught too.
        """
        parts: set[str] = set()
        for result in results:
            if result.entity_type != "PERSON":
                continue
            found = name_parts(text[result.start : result.end])
            if result.score > PROPAGATED_SCORE or (
                len(found) >= 2 and _recognizer(result) == "NerPersonRecognizer"
            ):
                # A town in a name the model found is a stop's or a place's ("Herne Schloß
                # Strünkede"): it is not tagged all over the text.
                # Nor is a noun the model took for part of a name ("Schürmann Elektrotechnik")
                # unless the name lists know it ("Zimmermann"), or a first name stands beside
                # it ("Tamara Sonnenschein … Sonnenschein ist erkrankt": then it is a surname).
                # Looked up once per name: a run the model took for one name may be long.
                by_model = _recognizer(result) == "NerPersonRecognizer"
                beside_given = by_model and any(other in given_names() for other in found)
                parts.update(
                    part
                    for part in found
                    if len(part) >= 3
                    and not is_place_name(part)
                    and not (
                        by_model
                        and not beside_given
                        and len(part) >= _MIN_NOUN_PART
                        and is_lexicon_noun(part)
                        and not is_known_name(part)
                    )
                )
        if not parts:
            return []
        return [
            RecognizerResult("PERSON", start, end, PROPAGATED_SCORE)
            for start, end in find_mentions(text, parts)
        ]

    def pseudonymise(
        self, value: str, entity_type: str, known: dict[str, str] | None = None
    ) -> tuple[str, dict[str, str]]:
        """The token for a whole value known to be personal data of ``entity_type`` (e.g. a
        reviewer's corrected name), whatever the recognizers would find in it; and the merged
        token map. A person or value seen before in the case keeps its token."""
        book = _TokenBook()
        if known:
            book.seed(known)
        return book.token_for(entity_type, without_surrogates(value).strip()), book.mapping

    def redact(self, text: str, known: dict[str, str] | None = None) -> RedactionResult:
        """Replace every personal span by its token.

        ``known`` is the case's earlier token map (e.g. for a reviewer's field correction): a
        person or value seen before keeps its token, and the result's mapping is the merged map.
        """
        started = time.perf_counter()
        text = without_surrogates(text)
        results = self.analyze(text)
        book = _TokenBook()
        if known:
            book.seed(known)
        spans: list[Span] = []
        pieces: list[str] = []
        cursor = 0
        # Assign tokens in reading order so the first person is PERSON_1; persons with full
        # names first, so a bare surname earlier in the text still joins its full name.
        full_first = sorted(
            (r for r in results if r.entity_type == "PERSON"),
            key=lambda r: (-len(text[r.start : r.end].split()), r.start),
        )
        for result in full_first:
            book.token_for("PERSON", text[result.start : result.end])
        for result in results:
            original = text[result.start : result.end]
            token = book.token_for(result.entity_type, original)
            spans.append(Span(result.entity_type, result.start, result.end, result.score, token))
            pieces.append(text[cursor : result.start])
            pieces.append(token)
            cursor = result.end
        pieces.append(text[cursor:])
        seconds = time.perf_counter() - started
        logger.debug("redacted %d spans in %.3f s", len(spans), seconds)
        return RedactionResult("".join(pieces), spans, book.mapping, seconds)
