"""Person names from the places German letters put them.

Without a German NER model (none can be installed offline) names are found by their context:
salutations (``Herr``, ``Frau Dr.``), labels (``Name:``, ``Antragsteller/in:``, also mid-line),
kinship and other relation words (``mein Sohn Jonas``, ``meine Kinder Karim und Lina``), birth
names (``geb. Rensing``), signature blocks after a closing formula, the address block above a
street line, e-mail headers, ``mein Name ist``. Every part of a name found once is then tagged
wherever else it stands in the document, so a later ``Frau Demir``, a bare ``Demir`` or a
genitive ``Jakubs`` is caught too (recall first). A surname joined by ``&`` to a known surname
(``Brandt & Yılmaz``, a partnership of people) is taken as a surname as well.

Capitalisation carries the signal here, so the name patterns are case-sensitive; only cue words
are matched case-insensitively (``(?i:…)``).
"""

from __future__ import annotations

import functools
import itertools
import re
import threading
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Protocol

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers.common_nouns import is_common_noun
from redaction.recognizers.noun_lexicon import (
    german_nouns,
    is_district,
    is_known_name,
    is_lexicon_noun,
    is_loose_noun_compound,
    is_place_name,
    toponyms,
)
from redaction.recognizers.patterns import WORD_START, written_in_lower_case

# Upper-case letters a name may start with: ASCII, Latin-1, Latin Extended-A (the latter
# range also holds lower-case letters, which never start a German word, so it does no harm),
# Greek and Cyrillic (names of refugees are often given in both scripts).
_UP = "A-ZÀ-ÖØ-ÞĀ-ſΑ-ΩЀ-Я"
UPPER = _UP
_CAP = rf"[{_UP}](?:['’](?=[{_UP}]))?[^\W\d_]+(?:['’][^\W\d_]+)?"
# Arabic and other particles joined by a hyphen, in lower case too: "al-Khatib", "el-Amin".
_JOINED_PARTICLE = r"(?:al|el|ul|ad|as|ash|abu|ben|bin|ibn|bint)-"
# "Karl-Heinz", and Korean given names written with a lower-case second syllable ("Ji-woo").
_NAME_PART = rf"(?:(?:{_JOINED_PARTICLE})?{_CAP}(?:-{_CAP})*(?:-[a-z]{{2,4}}(?![\w-]))?)"
_PARTICLE = r"(?:von|van|de|der|den|del|della|da|di|dos|das|al|el|bin|ibn|zu|ter|ten|du|le|la)"
# A middle initial may stand between the parts: "Daniel R. Whitfield".
_NAME = rf"{_NAME_PART}(?:[ ](?:{_PARTICLE}[ ]){{0,2}}(?:[{_UP}]\.[ ])?{_NAME_PART}){{0,3}}"
_TITLE = r"(?:(?:Dr\.|Prof\.|Dipl\.-[A-Z][a-z]+\.?|med\.|rer\.[ ]?nat\.|jur\.|Mag\.|Ing\.)[ ]*)*"
_SALUTE = r"(?:(?:Herrn?|Frau|Hr\.|Fr\.)[ ]+)"
_PAREN = r"(?:[ ]*\([^()\n]{0,40}\))"
# "J. Hülsmann", "H.-P. Becker"; and a name that starts with its particle ("von der Heide").
# First names abbreviated to more than a letter: "Chr. Lange", "Th. Becker".
_INITIALS = rf"(?:(?:[{_UP}]|Chr|Th|Ph)\.(?:-[{_UP}]\.)?[ ]?){{1,2}}"
_STARTS_WITH_INITIAL = re.compile(_INITIALS)
_LONG_NOUN = 12
_LEAD = rf"(?:{_INITIALS}|(?:{_PARTICLE}[ ]){{1,2}})?"
_ITEM = rf"(?:{_SALUTE}?{_TITLE}{_LEAD}{_NAME}{_PAREN}?)"
_MAX_LIST_ITEMS = 50
_ITEM_WITH_AGE = rf"(?:{_SALUTE}?{_TITLE}{_LEAD}{_NAME}{_PAREN})"
# "Karim (geb. …) und Lina", "Anna, Ben und Carla"; a comma list needs the closing "und" so
# that "Max Muster, Hattinger Straße 112" stays one name, except where every further item
# carries a bracket ("Deniz (12), Ela (9)"), the way children are listed on forms.
# At most 50 names before the "und": unbounded, a run of "Mieter Meier, " without one was
# read to its end and back at every cue (200 kB took 43 s).
_LIST = (
    rf"{_ITEM}(?:(?:,[ ]*{_ITEM}){{0,{_MAX_LIST_ITEMS}}},?[ ]+(?:und|sowie|&)[ ]+{_ITEM}"
    rf"|(?:[ ]*[,;][ ]*{_ITEM_WITH_AGE})+)?"
)
# "Muster, Max" on a form line (OCR reads the comma as a dot now and then: "Lange. Sven").
_SURNAME_FIRST = rf"{_NAME_PART}[,.][ ]{_NAME_PART}(?:[ ]{_NAME_PART})?(?=[ \t]*(?:$|[;(·|]))"


def ocr_tolerant(word: str) -> str:
    """A regex for ``word`` that also matches the usual OCR misreadings of its letters.

    "Vomame" (rn read as m), "Farnilienname" (m as rn), "Gcburtsdatum" (e as c), "Geburtsorf"
    (t as f), "qeboren" (g as q), "Registergericbt" (h as b), "Zeíchen" (i with accent). Use
    it inside ``(?i:…)``: the classes are written in lower case.
    """
    out: list[str] = []
    i = 0
    while i < len(word):
        pair = word[i : i + 2].lower()
        if pair == "rn":
            out.append("(?:rn|m)")
            i += 2
            continue
        out.append(_OCR_LETTERS.get(word[i].lower(), re.escape(word[i])))
        i += 1
    return "".join(out)


_OCR_LETTERS = {
    "m": "(?:m|rn)",
    "e": "[eéc]",
    "t": "[tf]",
    "g": "[gq]",
    "h": "[hb]",
    "i": "[iíl1]",
    "l": "[lI1]",
    "c": "[ce]",
    "o": "[o0]",
    "ß": "(?:ß|fs|ss)",
}

_NAME_LABEL = (
    "(?:"
    + "|".join(
        ocr_tolerant(word)
        for word in ("vorname", "nachname", "familienname", "geburtsname", "zuname", "rufname")
    )
    + "|"
    + ocr_tolerant("name")
    + r")(?:\(n\)|n)?"
)
_LABEL_WORDS = (
    rf"(?:Vor-[ ]und[ ](?:Nach|Zu|Familien)name|{_NAME_LABEL}"
    rf"(?:[ ]*(?:,|/|und|\|)[ ]*{_NAME_LABEL})*"
    r"|Antragsteller|Ansprechpartner|Ansprechperson|Kontaktperson|Kontakt|Kontoinhaber|Inhaber"
    r"|Halter|Mieter|Untermieter|Vermieter|Wohnungsgeber|Eigentümer|Hauseigentümer|Absender"
    r"|Empfänger|Rechnungsempfänger|Verstorbene[rn]?|Kind(?:er)?|Vater|Mutter|Eltern|Ehemann"
    r"|Ehefrau|Ehegatte|Ehegattin|Lebenspartner|Partner|Sohn|Tochter|Bauherr|Melder|Finder"
    r"|Sachbearbeiter|Bearbeiter|Sachbearbeitung|Bearbeitung|Unterschrift|Unterzeichner|Bearb\."
    r"|Sachb\."
    r"|Geschäftsführer"
    r"|Bevollmächtigte[rn]?"
    r"|Vertreter|gesetzliche[rn]?[ ]Vertreter|Erziehungsberechtigte[rn]?|Betreuer|Vormund|Zeuge"
    r"|Zeugin|Schuldner|Gläubiger|Mandant|Patient|Schüler|Teilnehmer|Besteller|Auftraggeber"
    r"|Verfasser|Pächter|Verpächter|Erbe|Erblasser|Beitragsschuldner|Steuerpflichtige[rn]?"
    r"|Zahlungspflichtige[rn]?|Gesuchte[rn]?[ ]Person|Betroffene[rn]?(?:[ ]Person)?"
    r"|Haushaltsangehörige[rn]?|Angehörige[rn]?|Familienmitglied(?:er)?|Mitbewohner|Enkel"
    r"|Enkelkind(?:er)?|Geschwister|Hinterbliebene[rn]?|Begleitperson|Pflegeperson"
    r"|Beschäftigte[rn]?|Arbeitnehmer|Mitarbeiter|Anrufer|Gesprächspartner|Bauleiter|Bauleitung"
    r"|Braut(?:[ ]?/[ ]?Bräutigam)?|Bräutigam|Verlobte[rn]?|Schöffe|Wahlhelfer|Protokollführer"
    r"|Protokoll|Vorsitz|Verantwortliche[rn]?|Zuständig|Kläger|Beklagte[rn]?|Fahrer"
    r"|Fahrzeugführer|Betriebsleiter|Leiter|Hausverwalter|Verwalter|Hausmeister|Gutachter"
    r"|Dolmetscher|Arzt|Ärztin|Lehrer|Erzieher|Trainer|Bewerber|Kunde|Mitglied|Spender|Bürge"
    r"|(?:Notiert|Notiz|Aufgenommen|Bearbeitet|Erfasst|Erstellt|Geprüft|Gesehen)(?:[ ]von)?"
    r"|Contact|Applicant|Landlord|Tenant|Owner)"
)
# Gendered and plural endings of the label words: "Antragsteller/in", "Halter(in)", "Inhaberin",
# "Beschäftigte/r".
_LABEL_ENDING = (
    r"(?:in|innen|en|n|/-?in|/-?innen|\(in\)|\(innen\)|\*in|_in|/-?r|/-?n|/-?e|\(r\)|\(n\))?"
)
_LABEL_GENITIVE = (
    r"(?:[ ]+(?:des|der)[ ]+(?:Kind(?:e?s)?|Antragsteller(?:s|in)|Vaters|Mutter"
    r"|Ehe(?:mann(?:e?s)?|frau|gatten|gattin)|Kontoinhaber(?:s|in)|Verstorbenen|Halter(?:s|in)"
    r"|Person|Eltern))?"
)
# What separates a form label from its value: a colon, a pipe (table export), a dotted leader
# ("Familienname ....... Koch"), tabs; OCR adds stray "~" or "." after it.
LABEL_SEPARATOR = (
    r"(?:[ \t]*[:|][ \t]*|[ \t]*(?:\.[ ]?){3,}[ \t]*:?[ \t]*|[ \t]*…+[ \t]*:?[ \t]*|\t+)"
    r"(?:[~.,][ \t]+)?"
)
_LABEL = re.compile(
    rf"{WORD_START}(?i:{_LABEL_WORDS}){_LABEL_ENDING}{_LABEL_GENITIVE}{_PAREN}?{LABEL_SEPARATOR}"
    rf"(?P<names>{_SURNAME_FIRST}|{_LIST})",
    re.MULTILINE,
)
_DETERMINER = (
    r"(?:[MmDdSs]ein|[Ii]hr|[Uu]nser|[Ee]u(?:e)?r)(?:e[mnrs]?)?|[Dd]e[mnrs]|[Dd]ie|[Dd]as|[Dd]er"
)
_RELATIVES = (
    r"(?:Sohn(?:es)?|Söhnen?|Tochter|Töchtern?|Kind(?:e?s|er|ern)?|Enkel(?:in|kind|kinder[n]?|n)?"
    r"|Bruder|Brüdern?|Schwester(?:n)?|Geschwister(?:n)?|Vater|Vaters|Mutter|Eltern|Großvater"
    r"|Großmutter|Großeltern|Opa|Oma|Onkel|Tante|Neffen?|Nichte|Cousine?|Schwager|Schwägerin"
    r"|Schwieger(?:sohn|tochter|vater|mutter|eltern)|Stief(?:sohn|tochter|vater|mutter|kind)"
    r"|Pflege(?:kind|sohn|tochter|eltern)|Ehe(?:mann|frau|gatte|gattin)|Lebensgefährt(?:e|in|en)"
    r"|Partner(?:in)?|Verlobte[rn]?|Nachbar(?:in|n)?|Mitbewohner(?:in)?|Untermieter(?:in)?)"
)
# "mein Sohn Jonas", "meinen beiden Kindern Karim (geb. …) und Lina", "meinem Mann Peter".
# After a column gap, the next column's role or field word is no name: "Antragsteller
# Ehegattin", "Tochter       Sohn".
_NO_ROLE_NEXT = (
    rf"(?!(?:{_RELATIVES}|(?i:{_LABEL_WORDS})){_LABEL_ENDING}(?![\w-]))"
    # Nor a column's noun ("Auftragnehmer      Auftragswert (brutto)").
    r"(?![A-ZÄÖÜ][a-zäöüß]+(?:wert|summe|betrag|datum|nummer|ung|heit|keit|schaft|ion|tät"
    r"|zeit|art|ort|stelle|stand|status)(?![\w-]))"
)
_RELATION = re.compile(
    rf"(?<![\w-])(?:(?:{_DETERMINER})[ ]+(?:[a-zäöüß]+[ ]+){{0,2}}(?:Ex-)?"
    rf"(?i:{_RELATIVES}|Mann(?:es)?)"
    rf"|(?:Ex-)?{_RELATIVES})(?:[ ]{{1,2}}(?![ ])|[ ]{{3,}}{_NO_ROLE_NEXT}|[ ]*\n[ ]*)"
    rf"(?P<names>{_LIST})"
)
_BIRTH_NAME = re.compile(
    r"(?<![\w-])(?:geb\.|geborene[rn]?|verw\.|verwitwete[rn]?|gesch\.|geschiedene[rn]?|née"
    r"|(?:Geburtsname|Mädchenname)(?![ ]+(?:Vorname|Vornamen|Familienname|Ehegatte|Ehegattin"
    r"|Angaben|Staatsangehörigkeit|Geburtsort|Geburtsdatum|laut|lt\.|wie|ist|der|des)\b))[ ]+"
    rf"(?P<name>{_NAME_PART})(?![\w-])"
    # "Mein Mädchenname ist⏎Kaluza".
    r"|(?<![\w-])(?:Geburtsname|Mädchenname)[ ](?:ist|lautet|lautete|war)(?:[ ]+|[ ]*\n[ ]*)"
    rf"(?P<name2>{_NAME_PART})(?![\w-])"
    # A name taken back or given: "Wiederannahme Ihres Geburtsnamens Ahrens", "möchte wieder
    # Ahrens heißen", "Können die Kinder auch Ahrens heißen?".
    r"|(?<![\w-])(?:Geburtsnamens|Familiennamens|Nachnamens|Ehenamens)[ ]+"
    rf"(?P<name3>{_NAME_PART})(?![\w-])"
    rf"|(?<![\w-])(?:wieder|auch|künftig|dann)[ ]+(?P<name4>{_NAME_PART})(?=[ ]+heißen(?![\w-]))"
)
_BORN_IN_BEFORE = re.compile(r"(?<![\w-])in[ ][A-ZÄÖÜ][\w-]*[ ]$")
_BIRTH_NAME_BEFORE = re.compile(r"(?<![\w-])(?:geb\.|geborene[rn]?)[ ]+$")
# Particles that open a name ("van der Meulen", "bin Salem", "dos Santos"); German articles
# only after one ("von der"), never on their own ("Herr der Ringe", "an den Meier").
NAME_PARTICLES = (
    r"(?i:(?:von|vom|van|ter|ten|zu|de|da|di|dos|do|del|della|du|le|la|al|el|bin|bint|ibn|ben"
    r"|abu)(?:[ ](?:der|den|dem|de|la|los|las|zu))?)"
)
_SALUTATION = re.compile(
    rf"(?<![\w-])(?:Herrn?|Frau|Hr\.|Fr\.)[ ]+{_TITLE}(?P<name>(?:{NAME_PARTICLES}[ ])?{_NAME})"
)
# A line that wraps after the salutation, in running text: "unseres Nachbarn, Herrn⏎Okonkwo,
# gefallen" (an object may stand there too: "die Frau⏎Oberbürgermeisterin").
_SALUTATION_WRAPPED = re.compile(
    rf"(?<=\S[ ])(?:Herrn?|Frau|Hr\.|Fr\.)[ ]*\n[ \t]*{_TITLE}"
    rf"(?P<name>(?:{NAME_PARTICLES}[ ])?{_NAME})"
)
# An address block with the salutation on its own line: "Frau\nJanina Kowalski".
_SALUTATION_LINE = re.compile(
    rf"^[ \t]*(?:Herrn?|Frau)[ \t]*\n[ \t]*{_TITLE}(?P<name>{_NAME})(?=\w*[ \t]*$)", re.MULTILINE
)
_FAMILY = re.compile(
    rf"(?<![\w-])(?:Familie|Fam\.|Eheleute|Ehepaar|Geschwister)[ ]+(?P<names>{_LIST})"
)
_CLOSING_WORDS = (
    r"mit[ ]freundlichen[ ]grüßen|mit[ ]freundlichem[ ]gruß|freundliche[ ]grüße|viele[ ]grüße"
    r"|beste[ ]grüße|herzliche[ ]grüße|liebe[ ]grüße|schöne[ ]grüße|hochachtungsvoll|mfg|lg|vg"
    r"|gruß|grüße|gruss|grüsse|servus|tschüss|tschüs|ciao|cheers|best[ ]regards|kind[ ]regards"
    r"|regards|best[ ]wishes|all[ ]the[ ]best|best|thanks|thank[ ]you|danke(?:[ ]?schön)?"
    r"|vielen[ ]dank|besten[ ]dank|herzlichen[ ]dank|bis[ ]bald|thank[ ]you[ ]very[ ]much"
    r"|thanks[ ]a[ ]lot|many[ ]thanks|(?:yours[ ])?sincerely|yours[ ](?:faithfully|truly)"
    r"|(?:with[ ])?(?:warm|warmest|kind|best)[ ]regards|(?:vielen[ ]|besten[ ])?dank[ ]im[ ]voraus"
)
_CLOSING = re.compile(
    rf"{WORD_START}(?i:{_CLOSING_WORDS})(?:[ ]+(?:aus|und|an|von|nach|zurück)[^\n]{{0,60}})?"
    r"[ ,.!]*\n(?:[ \t]*\n)*"
    # Lines that continue the closing formula ("und ein schönes Wochenende").
    r"(?:[ \t]*[a-zäöüß][^\n]{0,60}\n(?:[ \t]*\n)*){0,2}"
    # A placeholder line where the signature was: "(Unterschrift)", "[Unterschrift]".
    r"(?:[ \t]*[(\[][^()\[\]\n]{1,25}[)\]][ \t]*\n(?:[ \t]*\n)*)?"
    # "i. A.", "Im Auftrag" on the name line or a line of its own.
    r"[ \t]*(?:(?:i\.[ ]?A\.|i\.[ ]?V\.|gez\.|ppa\.|Im[ ]Auftrag|In[ ]Vertretung)[ \t]*\n?[ \t]*)?"
    # The name, perhaps with its role after a comma ("Kerstin Albus, Sozialarbeiterin"); the
    # words "Im Auftrag" themselves are no name.
    r"(?!(?i:im[ ]auftrag|in[ ]vertretung)\b)"
    rf"(?P<name>{_TITLE}{_LEAD}{_NAME})[ \t]*"
    rf"(?:,[ \t]*[{_UP}][a-zäöüß]+(?:[ -][{_UP}(][\w.)/]*){{0,3}})?,?[ \t]*$",
    re.MULTILINE,
)
_CLOSING_SAME_LINE = re.compile(
    rf"{WORD_START}(?i:{_CLOSING_WORDS})[ ,]+(?P<name>{_NAME})[ \t]*[.!]?[ \t]*$", re.MULTILINE
)
# Informal mail in lower case: "mein name ist kevin schmitz und …", "gruß kevin". The cue is
# strong enough to take lower-case words; function words end the name.
_LOWER_WORD = r"[^\W\d_]{2,}"
# Words of a call that follow a name but are none.
_SPOKEN_FILLERS = (
    r"(?i:hier|und|ich|wir|von|vom|aus|also|äh|ähm|ja|nein|bei|mit|wegen|der|die|das|den|dem"
    r"|bin|ist|spricht|am|im|in|zu|zum|zur|noch|mal|bitte|danke|guten|tag)"
)
# A name's middle word, before its last: "nguyen van duc", "tran thi lan", "ahmad al hamwi".
_NAME_PARTICLE = r"(?:van|văn|thi|thị|de|da|di|del|dos|von|el|al|bin|ibn|abu|ben|ter|ten|le|la|zu)"
_INTRO_LOWER = re.compile(
    # "name ist …" alone too, but not "der Name ist falsch geschrieben".
    r"(?<![\w-])(?:(?i:mein[ ]name[ ]ist|ich[ ]hei+(?:ß|ss)e)"
    # Bare "name ist" in lower case, or with a capital at the start of a line.
    r"|(?:(?<!der[ ])(?<!dein[ ])(?<!dieser[ ])name|(?<![^\n])Name)[ ]ist"
    r"(?![ ](?i:nicht|leider|falsch|richtig|korrekt|bekannt|unbekannt|unleserlich|anders"
    r"|pflicht\w*|erforderlich|vollständig|der|die|das|ein|eine|mir|uns|ihnen|auf|in|im)\b))[ ]+"
    rf"(?P<name>{_LOWER_WORD}(?:[ ]{_NAME_PARTICLE}[ ]{_LOWER_WORD}|[ ]{_LOWER_WORD})?)"
)
_CLOSING_LOWER = re.compile(
    rf"^[ \t]*(?i:gruß|gruss|grüße|lg|vg|mfg|viele[ ]grüße|liebe[ ]grüße)[ ,]+"
    rf"(?P<name>{_LOWER_WORD}(?:[ ]{_LOWER_WORD})?)[ \t]*[.!]?[ \t]*$",
    re.MULTILINE,
)
_HEADER = re.compile(
    rf"^(?i:Von|From|An|To|Cc|Reply-To|Antwort[ ]an)[ \t]*:[ \t]*\"?"
    rf"(?P<name>{_NAME_PART},[ ]{_NAME}|{_NAME})\"?[ \t]*"
    r"(?:<|\[mailto:|\(|$)",
    re.MULTILINE,
)


class _KnownFirst:
    """Matches of ``pattern`` whose name starts with a known first name, in any case: one of
    ``given_names``, or with a surname after it one of ``paired_given_names`` ("hier ist
    dominika kowalski", "hier ist kübra aydın")."""

    def __init__(self, pattern: str) -> None:
        self._pattern = re.compile(pattern)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        known = given_names()
        paired = paired_given_names()
        for match in self._pattern.finditer(text):
            words = match.group("name").split()
            first = _capitalised(words[0])
            if first in known or (
                len(words) > 1
                and first in paired
                and words[-1] not in _stop_words()
                and words[-1] not in PersonRecognizer.FUNCTION_WORDS
            ):
                yield match


# Spoken, as a voicemail's transcript or a phone note has it, with fillers: "hier ist äh
# marianne völkel", "hier spricht ähm Kalle Brinkmann"; only a known first name ("hier ist
# alles geregelt").
# A caller's "şahin hier gülay şahin", "de luca hier roberto de luca" too.
_INTRO_SPOKEN = _KnownFirst(
    # (Not a street's or a church's name: "hält hier Kurt-Schumacher-Platz"; nor "hier frank
    # und frei".)
    # A caller's greeting before the name: "ja schönen guten tag thomas lehmann von der …".
    r"(?<![\w-])(?i:hier[ ](?:ist|spricht)|(?<=[^\W\d_][ ])hier|guten[ ]tag|grüß[ ]gott"
    r"|servus|moin)"
    r"(?:[ ](?i:äh|ähm|öhm|ehm|also|ja),?)*"
    rf"[ ]+(?!(?i:frank|will|mark|klar|hart|gerade|otto|ernst)[ ])(?P<name>{_LOWER_WORD}"
    # (A caller's "şahin hier gülay şahin": "hier" is no surname.)
    rf"(?:[ ]{_NAME_PARTICLE}[ ]{_LOWER_WORD}|[ ](?!{_SPOKEN_FILLERS}(?![\w-])){_LOWER_WORD})?)"
    r"(?![\w-])"
)


class _DictatedSignature:
    """A dictated file note's signature, as speech-to-text writes it: "gezeichnet lindner punkt",
    "gezeichnet oberbrandmeister hohmann punkt ende". The name is the last word before "punkt"
    and no everyday word; a role may stand before it."""

    _PATTERN = re.compile(
        r"(?<![\w-])gezeichnet(?:[ ][a-zäöüß.-]+){0,2}?[ ]"
        r"(?P<name>[a-zäöüß][a-zäöüßçğışéćčšžłńśźż'-]{2,})[ ](?=punkt|ende|komma)"
    )

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if "gezeichnet" not in text:
            return
        for match in self._PATTERN.finditer(text):
            word = match.group("name")
            capitalised = word[:1].upper() + word[1:]
            if (
                word in _stop_words()
                or word in PersonRecognizer.FUNCTION_WORDS
                or (
                    (is_lexicon_noun(capitalised) or _is_common_noun(capitalised))
                    and not is_known_name(capitalised)
                )
                or _is_role(capitalised)
            ):
                continue
            yield match


# A chat's or an SMS's last words, in lower case, with a known first name only ("danke
# schön", "danke euch", "hdl mama" name no one): "danke ana", "hdl, jana", "am besten
# samstag?? danke dimitri", also after a chat's speaker ("Tobi: hdl, tobias").
_THANKS_LOWER = _KnownFirst(
    r"(?m)(?:^[ \t]*|(?<=[?!.:][ ]))"
    r"(?i:danke|vielen[ ]dank|hdl|hdgdl|bis[ ]dann|bis[ ]bald|tschüss|tschüs|lieben[ ]gruß)"
    rf"[ ,]+(?P<name>{_LOWER_WORD}(?:[ ]{_LOWER_WORD})?)[ \t]*[.!]?[ \t]*$"
)
_INTRO = re.compile(
    rf"(?<![\w-])(?:[Mm]ein[ ]Name[ ]ist|[Ii]ch[ ]heiße|[Hh]eiße[ ]ich|[Ii]ch,"
    rf"|[Uu]nterzeichnete[rn]?)(?:[ ]+|[ ]*\n[ ]*){_TITLE}(?P<name>{_NAME})"
)


class _RepeatedSurname:
    """A caller's surname said again after the first name, in a transcript: "hier ist winter
    bernd winter", "okafor-weiß mein name chiamaka okafor-weiß". The first name must be a known
    one, the surname no function word."""

    _PATTERN = re.compile(
        r"(?<![\w-])(?P<surname>[a-zäöüßçğışéèáíóúñćčšžłńśźż][a-zäöüßçğışéèáíóúñćčšžłńśźż'-]{2,})"
        r"(?:[ ](?:hier|mein[ ]name|ist|äh|ähm|ja|also)){0,4}"
        r"[ ](?P<name>(?P<first>[a-zäöüß]{3,})[ ](?P=surname))(?![\w-])"
    )

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if not any(c.islower() for c in text):
            return
        known = given_names()
        for match in self._PATTERN.finditer(text):
            surname = match.group("surname")
            if (
                _capitalised(match.group("first")) in known
                and surname not in _stop_words()
                and surname not in PersonRecognizer.FUNCTION_WORDS
                and written_in_lower_case(text, match.start(), match.end())
            ):
                yield match


_REPEATED_SURNAME = _RepeatedSurname()
# Spoken-style introductions: "hier ist Kalle vom Kleingartenverein", "ich bin die Lena".
_INTRO_HERE = re.compile(
    rf"(?<![\w-])(?:[Hh]ier[ ](?:ist|spricht|schreibt)|[Ii]ch[ ]bin[ ](?:die|der))[ ]+"
    rf"(?P<name>{_NAME})"
)
_ADDRESS_BLOCK = re.compile(
    rf"^[ \t]*{_SALUTE}?{_TITLE}(?P<name>{_NAME})[ \t]*\n(?:[ \t]*\n)?"
    r"[ \t]*[^\n\d]{3,60}[ ]\d{1,4}(?:[ ]?(?:bis|[a-zA-Z]))?(?:[ ]?[-/][ ]?\d{1,4}[a-z]?)?[ \t]*\n"
    # A German postcode, or one abroad: "3512 AB Utrecht", "80-180 Gdańsk", "A-1010 Wien".
    r"(?:[ \t]*\n)?[ \t]*"
    r"(?:(?:D-)?\d{5}|\d{4}[ ]?[A-Z]{2}|\d{2}-\d{3}|[A-Z]{1,2}-\d{4,5}|\d{4})[ ]",
    re.MULTILINE,
)
# Chat exports: "[29.06.26, 09:14] Marie-Luise: …", "29.06.26, 09:14 - Marie-Luise: …".
_CHAT_SPEAKER = re.compile(
    r"^[ \t]*(?:\[[^\]\n]{4,30}\]|\d{1,2}[./]\d{1,2}[./]\d{2,4},?[ ]\d{1,2}:\d{2}(?::\d{2})?"
    # A messenger export may name the speaker after their number: "+49 160 98123301 (Uwe):".
    # Or their office after the name: "[14:05] M. Thiel (Fundbüro): …".
    rf"[ ]?[-–])[ \t]*(?:\+?\d[\d /-]{{5,20}}\d[ ]?\()?(?P<name>{_LEAD}{_NAME})\)?"
    # Or an emoji after the name, as people set it in their profile: "Sevo 🌻:", "Tobi 🐻:".
    r"(?:[ ]\([^()\n:]{1,30}\))?(?:[ ]?[\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d]{1,6})?"
    r"[ \t]*:",
    re.MULTILINE,
)
# Nouns for the role a person plays or their relation to the writer, German (capitalised, so
# that the adjective "bekannte" is no role) and English; a
# name may follow them directly ("Kollege Neumann", "Der Bauherr, Kofi Boateng,", "The
# landlord (Ute Fischer)"). Stems: the endings below add gender, plural and case.
ROLE_WORDS = (
    r"Bauherr|Bauleiter|Betriebsleiter|Filialleiter|Projektleiter|Teamleiter|Abteilungsleiter"
    r"|Schulleiter|Amtsleiter|Leiter|Hausmeister|Hausverwalter|Verwalter|Vermieter|Mieter"
    r"|Untermieter|Nachmieter|Vormieter|Eigentümer|Nachbar|Kolleg|Chef|Vorgesetzt"
    r"|Sachbearbeiter|Mitarbeiter|Ansprechpartner|Vertreter|Bevollmächtigt|Betreuer|Vormund"
    r"|Anwalt|Anwält|Rechtsanwalt|Rechtsanwält|Notar|Arzt|Ärzt|Hausarzt|Hausärzt|Lehrer"
    r"|Klassenlehrer|Erzieher|Trainer|Zeug|Halter|Fahrer|Inhaber|Geschäftsführer|Gesellschafter"
    r"|Vorsitzend|Schuldner|Gläubiger|Kläger|Beklagt|Antragsteller|Beschwerdeführer"
    r"|Widerspruchsführer|Empfänger|Absender|Anrufer|Besucher|Kund|Patient|Bewohner|Anwohner"
    r"|Melder|Finder|Verstorben|Erblasser|Erb|Bürg|Pächter|Verpächter|Käufer|Verkäufer"
    r"|Auftraggeber|Auftragnehmer|Handwerker|Monteur|Techniker|Gutachter|Sachverständig"
    r"|Dolmetscher|Übersetzer|Praktikant|Auszubildend|Azubi|Schüler|Student|Bewerber"
    r"|Teilnehmer|Freund|Bekannt|Lebensgefährt|Betroffen|Geschädigt|Beschuldigt"
    r"|Fahrzeughalter|Hundehalter|Wohnungsgeber|Sekretär|Pfleger|Pflegekraft|Hebamme"
    r"|Tagesmutter|Tagesvater|Partner|Kommissar|Inspektor|Vollzieher|Sozialarbeiter"
    # "Richter" alone is a surname as often as a role: only "Richterin" counts.
    r"|Schriftführer|Protokollführer|Richter(?=in)"
    # The Jobcenter's personal contact ("pAp: Stenzel").
    r"|pAp"
    # Staff roles in compounds: "Standesbeamtin", "Einsatzleiter", "Rechtspflegerin",
    # "Gerichtsvollzieher", "Kriminalkommissar", "Steuerberater".
    r"|(?!(?:Dreh|Halb|Ton|Strick|Feuer|Anlege|Steck|Haken|Schieb|Bock|Steh|Tritt|Wärme|Strom"
    r"|Licht|Schall|Super|Ab)leiter)"
    r"[A-ZÄÖÜ][a-zäöüß]{2,}(?:beamt|leiter|bearbeiter|pfleger|vollzieher|kommissar|inspektor"
    r"|referent|berater|sekretär|angestellt|beschäftigt)"
    # English, in either case: "the landlord (…)", "our child Amira".
    r"|(?i:landlord|landlady|tenant|owner|neighbou?r|colleague|manager|employer|lawyer|doctor"
    r"|teacher|husband|wife|son|daughter|child|mother|father|brother|sister|friend)"
)
_ROLE_ENDING = r"(?:in|innen|en|n|e|er|es|em|s|r)?"
_ROLE_WORD_RE = re.compile(rf"(?:{ROLE_WORDS}){_ROLE_ENDING}")
_ROLE = re.compile(
    rf"{WORD_START}(?:{ROLE_WORDS}){_ROLE_ENDING}(?![\w-])(?:[ ]+vor[ ]Ort|[ ]+im[ ]Haus)?"
    # Across a printout's column gap only to a name, not to the next column's role word
    # ("Antragsteller       Ehegattin").
    rf"(?:[ ]*[,:][ ]*|[ ]*\([ ]*|[ ]{{1,2}}(?![ ])|[ ]{{3,}}{_NO_ROLE_NEXT})(?P<names>{_LIST})"
)


class _StaffShort:
    """Staff named by a rank's or a function's short form, and members of a council: "POK
    Breitenbach", "VÜ Demirci", "Vertretung: Meyer zu Hage", "Stadträtin Sommer".
    Case-sensitive, the short forms only before a capitalised word after one blank ("SB-Markt"
    and "SB 3" name no one). One surname is taken (with its particles, and after a known first
    name the word after it), never the next cue or an office after it ("POK Brenneisen
    Polizeiwache Mitte"). The surname is a name the lists know or shaped like one ("-bach",
    "-ski", "-ou"), and no place of any kind, district, point of the compass, everyday noun,
    function word or short abbreviation in capitals ("Stadtrat Berlin", "PK Hamborn",
    "Vertretung: Entfällt", "Stadtrat Kompakt", "Vertretung SGL"). The names found are not
    searched for elsewhere ("Stadtrat Kraft … tritt in Kraft")."""

    propagates = False

    _PATTERN = re.compile(
        r"(?<![\w-])(?:(?:SB|Sb\.|SBin|Sachb\.|Sachbearb\.|VÜ|POK|PHK|PK|PKin|POKin|PHKin|KOK"
        r"|KHK|KOKin|KHKin|POM|PM|PMin|StOI|StAR|OAR|AI|OI|RI|ROI)(?=[ ][A-ZÄÖÜ])"
        r"|(?:Stadtrat|Stadträtin|Ratsherr|Ratsfrau|Ratsmitglied|Bezirksvertreter(?:in)?"
        r"|Bezirksbürgermeister(?:in)?)(?![\w-])"
        r"|Vertretung(?=:|[ ][A-ZÄÖÜ]))"
        # One surname: a list's pattern backtracked over "SB Meier, SB Meier, …" at every cue.
        rf"(?::[ ]*|[ ])(?P<name>{_NAME_PART}(?:[ ](?:{_PARTICLE}[ ]){{1,2}}{_NAME_PART})?)"
        r"(?![\w-])"
    )
    # A known first name and the surname after it: "Ratsherr Christoph Berger".
    _GIVEN_AND_SURNAME = re.compile(rf"(?P<name>{_NAME_PART}[ ]{_NAME_PART})(?![\w-])")

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        position = 0
        while (match := self._PATTERN.search(text, position)) is not None:
            # Searched on from the cue, not past the name: "Vertretung: VÜ Demirci".
            position = match.start() + 1
            first = match.group("name").split()[0]
            if not self._surname(first):
                continue
            if first in given_names() and " " not in match.group("name"):
                pair = self._GIVEN_AND_SURNAME.match(text, match.start("name"))
                if pair is not None and self._surname(pair.group("name").split()[1]):
                    yield pair
                    position = pair.end()
                    continue
            yield match
            position = match.end()

    @staticmethod
    def _surname(word: str) -> bool:
        lower = word.lower()
        return not (
            len(word) < _MIN_STAFF_NAME
            or (word.isupper() and len(word) < _MIN_CAPITALS_NAME)
            or word in _COMPASS_WORDS
            or lower in _stop_words()
            or lower in PersonRecognizer.FUNCTION_WORDS
            or _NOT_SURNAME_ENDING.search(lower) is not None
            or _PARTICIPLE_ENDING.search(lower) is not None
            or any(part.lower() in toponyms() or is_district(part) for part in word.split("-"))
            or is_place_name(word.removesuffix("s"))
            or (
                (
                    is_lexicon_noun(word)
                    or is_loose_noun_compound(word)
                    or _is_common_noun(word)
                    or _is_role(word)
                )
                and not is_known_name(word)
            )
            or not (
                is_known_name(word)
                or _GERMAN_SURNAME.search(lower) is not None
                or _FOREIGN_SURNAME.search(lower) is not None
                or _SURNAME_ENDING.search(lower) is not None
            )
        )


# Endings of surnames from further origins, for a word after a staff cue: Greek "-ou",
# "-aki", Danish and Frisian "-sen", "-ing", Turkish "-ci", Armenian "-yan", Ghanaian "-ei" …
_SURNAME_ENDING = re.compile(r"..(?:ou|aki|sen|ing|ink|olt|ci|cı|çi|çı|yan|ian|ei)$")
# Adjectives and participles as a heading's words: "Stadtrat Stellvertretender Vorsitzender",
# "Stadtrat Informiert".
_PARTICIPLE_ENDING = re.compile(r"(?:ende[rsn]?|iert|ierte[rsn]?|ische[rsn]?|liche[rsn]?)$")
_MIN_STAFF_NAME = 3
_MIN_CAPITALS_NAME = 5


# "… ist Birgit Brinkmann": "Mutter des Kindes ist …", "Der Halter ist Herr …".
_NAMED_AS = re.compile(
    rf"{WORD_START}(?:(?:{ROLE_WORDS}){_ROLE_ENDING}|{_RELATIVES})(?:[ ](?:des|der|von)[ ][\w-]+)?"
    rf"[ ](?:ist|war|heißt|hieß|is|was)[ ]+(?P<names>{_LIST})"
)
# A name after words that say whose something is or where someone lives.
_VIA = re.compile(
    r"(?<![\w-])(?:(?:angelegt|ausgestellt|zugelassen|registriert|eingetragen|gemeldet|läuft"
    r"|laufen|lautet|lauten)[ ]auf(?:[ ]den[ ]Namen)?|auf[ ]den[ ]Namen|in[ ]der[ ]Sache"
    r"|in[ ]Sachen|(?:wohnhaft|wohnt|wohne|wohnen|lebt|lebe|leben|untergebracht|Unterkunft:?"
    r"|Unterkunft[ ]\|?)[ ]bei|c/o|(?:erfolgte|erfolgt|vertreten)[ ]durch|im[ ]Auftrag[ ]von"
    r"|zu[ ]Händen(?:[ ]von)?|z\.[ ]?Hd\.?|per[ ]Adresse)"
    rf"[ ]+(?P<names>{_LIST})"
)


class _Finder(Protocol):
    def finditer(self, string: str) -> Iterator[re.Match[str]]: ...


class _NameBeforeCue:
    """A name that ends right where a cue starts, tried only there.

    A pattern that starts with a name would be tried at every capitalised word of the text;
    anchoring it on the (rare) cue keeps the recognizer fast on long letters.
    """

    def __init__(self, cue: str, name: str, window: int = 120) -> None:
        self._cue = re.compile(cue)
        self._name = re.compile(rf"(?<![\w-])(?P<name>{name})$")
        self._window = window

    def finditer(self, string: str) -> Iterator[re.Match[str]]:
        for cue in self._cue.finditer(string):
            match = self._name.search(string, max(0, cue.start() - self._window), cue.start())
            if match is not None:
                yield match


class _Needle:
    """A pattern run only on texts that contain ``needle`` at all."""

    def __init__(self, pattern: str, needle: str) -> None:
        self._pattern = re.compile(pattern)
        self._needle = needle

    def finditer(self, string: str) -> Iterator[re.Match[str]]:
        if self._needle in string:
            yield from self._pattern.finditer(string)


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


class _ChatLabels:
    """Speakers of a chat or message export: the same label before a colon on several lines.

    "Steffi 🌻: Wer übernimmt …", "Yannick: ich, aber …", "[14:02] Mausi92: ok". A label counts
    once it opens two lines, or any label line of a text with two such speakers; labels that
    name a field ("Hinweis:", "Telefon:") or an office ("Bürgerbüro:") are left out.
    """

    # (Also "Surname, Given" with an office after it: "[08.10. 16:02] Brinkhoff, Sandra (Stadt
    # Hamm): …".)
    _LINE = re.compile(
        # Also after a bare time: "10:44 Park Ji-woo: 1993-11-08".
        r"^[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*|\d{1,2}:\d{2}(?::\d{2})?[ \t]+)?"
        r"(?P<name>[^\W\d_][^\n:|;,.()\[\]]{0,28}?"
        r"(?:,[ ][^\W\d_][^\n:|;,.()\[\]]{0,20}?)?)"
        r"(?:[ ]\([^()\n:]{1,30}\))?[ \t]*:[ \t]+\S",
        re.MULTILINE,
    )
    NOT_SPEAKERS = _word_set(
        """
        Hinweis Hinweise Bemerkung Bemerkungen Anmerkung Frage Antwort Notiz Status Ergebnis
        Beschluss Punkt Top TOP Ort Zeit Datum Thema Aufgabe Ziel Maßnahme Stand Quelle
        Achtung Wichtig Beispiel Tipp Info Update Frist Termin Kosten Betrag Summe Gesamt
        Anlage Q A F Betreff Betr Re AW WG Fwd Subject Von An Cc Bcc From To Sent Gesendet
        Date Tel Fax Mobil Telefon Handy E-Mail Email Mail Web Internet Adresse Anschrift
        Uhrzeit Dauer Grund Anliegen Rückruf Zweck Art Typ Kategorie Priorität Fazit
        Zusammenfassung Ausblick Beginn Ende Zeitraum Gültig Preis Gebühr Hinweistext
        Vermerk Erledigt Offen Nachtrag PS P.S Fragen Antworten Teilnehmer Anwesend
        Entschuldigt Protokoll Leitung Moderation Verteiler Gast Bot Chatbot Assistent
        Assistentin Agent Agentin System Support Kundenservice Servicechat Bürger Bürgerin User
        Nutzer Nutzerin Moderator Moderatorin
        """
    )

    def finditer(self, string: str) -> Iterator[re.Match[str]]:
        if string.count(":") < 3:
            return
        bots = bot_names(string)
        lines = [
            m
            for m in self._LINE.finditer(string)
            if self._is_speaker(m.group("name"))
            and m.group("name") not in bots
            and not _bot_name(m.group("name"))
            # "WIBKE (Chatbot):", "Lotta (digitale Assistentin):".
            and not _BOT_BRACKET.search(m.string, m.end("name"), m.end())
            # After a bare time a log's, a radio's or an interview's labels stand too
            # ("10:44:12 ERROR:", "02:21 HLF 1:", "00:01 Befragter:"): there only a name
            # with a first name counts ("10:44 Park Ji-woo:", "10:45 Lena Vogt:").
            and (not _BARE_TIME.match(m.group()) or _named_by_a_first_name(m.group("name")))
        ]
        counts: dict[str, int] = {}
        for match in lines:
            counts[match.group("name")] = counts.get(match.group("name"), 0) + 1
        speakers = sum(1 for n in counts.values() if n >= 2)
        if not speakers:
            return
        for match in lines:
            if counts[match.group("name")] >= 2 or speakers >= 2:
                yield match

    @classmethod
    def _is_speaker(cls, label: str) -> bool:
        words = label.replace(",", " ").split()
        if not words or len(words) > 4 or not words[0][:1].isupper():
            return False
        if words[0] in cls.NOT_SPEAKERS or words[0] in PersonRecognizer.NOT_NAMES:
            return False
        if _LABEL_ONLY.fullmatch(label) or _is_organisation(label):
            return False
        # A record's field named again in each record ("Träger:", "Plätze:", "Nachtisch:"): a
        # noun of the lexicon that no name list knows.
        if len(words) == 1 and is_lexicon_noun(label) and not is_known_name(label):
            return False
        if any(_is_role(w) for w in words):
            return False
        # A field's abbreviation in a word: "Chat-ID:", "Besucher-IP:".
        if any(len(part) >= 2 and part.isupper() for w in words for part in w.split("-")[1:]):
            return False
        # "Offene Punkte:", "Neue Frage:": a noun no name list knows makes a heading.
        if len(words) >= 2 and any(is_lexicon_noun(w) and not is_known_name(w) for w in words):
            return False
        # A surname that is a noun is a name beside a first name: "Park Ji-woo", "Jana Vogel".
        return not any(_is_common_noun(w) for w in words) or (
            len(words) >= 2
            and any(w in paired_given_names() or _SYLLABLE_GIVEN.fullmatch(w) for w in words)
        )


_BARE_TIME = re.compile(r"[ \t]*\d{1,2}:\d{2}")


def _named_by_a_first_name(label: str) -> bool:
    words = label.split()
    return not any(word.isupper() or any(c.isdigit() for c in word) for word in words) and any(
        word in given_names() or _SYLLABLE_GIVEN.fullmatch(word) for word in words
    )


_BOT_BRACKET = re.compile(r"\((?i:[^()]*(?:bot|assistent))")
# A given name of syllables, as Korean and Chinese names are written: "Ji-woo", "Dong-hyun".
_SYLLABLE_GIVEN = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{2,5}")


# A chatbot's name, given where the export starts: "Chatbot „Frag Essen“", "Assistent 'Lotte'".
_BOT_NAME = re.compile(
    r"(?<![\w-])(?i:chatbot|bot|(?:digitale[rn]?[ ]|sprach|chat-?)?assistent(?:in)?)[ ]*"
    r"[„\"“»«'‚]([^\"“”«»'‘\n]{2,30})[“\"”«»'‘]"
)


def bot_names(text: str) -> frozenset[str]:
    """Names of the chatbots a text introduces: speakers, but no persons."""
    return frozenset(m.group(1).strip() for m in _BOT_NAME.finditer(text))


_BOT_STEMS = frozenset(
    ("chat", "info", "service", "termin", "frag", "bürger", "stadt", "rathaus", "amt", "help")
)


def _bot_name(name: str) -> bool:
    """A bot named after its town or its service: "Trierbot", "EssenBot", "Terminbot" (not
    "Talbot", "Cabot")."""
    stem = name[:-3]
    if len(stem) < 3 or name[-3:].lower() != "bot":
        return False
    return name[-3] == "B" or is_place_name(stem) or stem.lower() in _BOT_STEMS


class _ChatSpeakers:
    """Speakers after a chat's time stamp ("[29.06.26, 09:14] Marie-Luise:"), except roles
    ("Besucher:", "Gast:") and the chatbot ("Frag Essen:")."""

    def finditer(self, string: str) -> Iterator[re.Match[str]]:
        bots = bot_names(string)
        for match in _CHAT_SPEAKER.finditer(string):
            name = match.group("name")
            words = name.split()
            # A bot named after its town is none either: "Trierbot", "EssenBot".
            if (
                name in bots
                or (
                    len(words) == 1 and (words[0] in _ChatLabels.NOT_SPEAKERS or _is_role(words[0]))
                )
                or (len(words) == 1 and _bot_name(name))
            ):
                continue
            yield match


_LABEL_ONLY = re.compile(rf"(?i:{_LABEL_WORDS}){_LABEL_ENDING}")
# The writer's name alone on the last line of a message, after a blank line or a sentence:
# "… Ruf Bella an.\n\nMatze".
_LAST_LINE = re.compile(rf"(?:\n[ \t]*\n|[.!?)][ \t]*\n)[ \t]*(?P<name>{_NAME})[ \t]*\s*\Z")
# Parties of a legal matter: "Sarah O'Connor ./. Klaus Schwarz".
_PARTIES = _Needle(rf"(?P<names>{_ITEM}[ ]*\./\.[ ]*{_ITEM})", "./.")
# A name right before the birth cue: "Paweł Zieliński, geb. am …", "Adam (geb. …)",
# "Hannah von der Heide, (* 1994-11-23)". Only the trailing name words are taken.
_BEFORE_BIRTH = _NameBeforeCue(
    # (Not from inside a run of blanks: 200,000 blanks took 21 s.)
    r"(?<![ ])(?:[ ]*,[ ]*\(?|[ ]*\()[ ]*(?:geb\.?|geboren|\*|born|Geburtsdatum|DOB"
    r"|date[ ]of[ ]birth)"
    r"(?=[ ]|\d)|[ ]geb\.[ ]",
    rf"{_LEAD}{_NAME}",
)
# A list row that starts with a person and a date: "1. Kılıç, Fatma, 24.05.1962",
# "- Piotr Nowak; 03.11.1960". Unnumbered rows only in "Surname, First" form, so that the
# letter date "Bochum, 27.12.2025" stays readable.
_LIST_ROW = re.compile(
    rf"^[ \t]*(?:(?:\d{{1,3}}[.)]|[-*•])[ \t]*(?P<name>{_NAME_PART}(?:,[ ]|[ ]){_NAME})"
    rf"|(?P<name2>{_NAME_PART},[ ]{_NAME}))[ ]*[,;][ ]*(?:geb\.?[ ]*|\*[ ]*)?"
    r"\d{1,2}\.[ ]?(?:\d{1,2}\.|[A-ZÄÖÜ][a-zä]+\.?)[ ]?\d{2,4}",
    re.MULTILINE,
)
# "Frau Tran (Ngoc Anh)": the first name in brackets after the surname.
_SALUTATION_BRACKET = re.compile(
    rf"(?<![\w-])(?:Herrn?|Frau|Hr\.|Fr\.)[ ]+{_TITLE}{_NAME}[ ]*\((?P<name>{_NAME})\)"
)

# Vietnamese names: family name, middle name, given name(s) ("Tran Van Minh", "Nguyễn Thị Lan").
_VIETNAMESE = re.compile(
    r"(?<![\w-])(?P<name>(?:Nguyen|Nguyễn|Tran|Trần|Le|Lê|Pham|Phạm|Hoang|Hoàng|Huynh|Huỳnh|Phan"
    r"|Vu|Vũ|Vo|Võ|Dang|Đặng|Bui|Bùi|Do|Đỗ|Ho|Hồ|Ngo|Ngô|Duong|Dương|Ly|Lý|Truong|Trương|Dinh"
    r"|Đinh|NGUYEN|TRAN|PHAM|HOANG|LE)[ ]+(?:Van|Văn|Thi|Thị|Duc|Đức|Ngoc|Ngọc|Thanh|Quoc|Quốc"
    r"|Huu|Hữu|Xuan|Xuân|Minh|Hong|Hồng|Kim|Anh|Dinh|Đình|Cong|Công|VAN|THI)"
    rf"(?:[ ]+{_CAP}){{1,2}})(?![\w-])"
)


class _Titled:
    """An academic title before a name: "Dr. med. Engel, Oberärztin", "Prof. Dr. Kaya"; not a
    firm named after its founder ("Dr. Oetker Nahrungsmittel KG")."""

    # Degrees are lower-case abbreviations: "med.", "rer. pol.", "h. c. mult.", "med. univ.".
    _PATTERN = re.compile(
        r"(?<![\w-])(?:Dr\.|Prof\.)(?:-Ing\.|[ ]*(?:[a-z]{1,5}\.|Dr\.|Prof\.|Ing\.)){0,6}"
        rf"[ ]+(?P<name>{_LEAD}{_NAME})"
    )
    # A firm, a foundation or a prize named after someone ("Dr. Oetker … KG", "Dr. Sommer
    # Preis", "Prof. Dr. Sommer Stiftung").
    _FIRM_AFTER = re.compile(
        r"[ \w-]{0,30}?(?<![\w-])(?:KG|GmbH|AG|OHG|mbH|SE|e\.[ ]?K\.|&[ ]?Co)(?![\w-])"
    )
    _NOUN_AFTER = re.compile(r"[ -](?P<word>[A-ZÄÖÜ][a-zäöüß]{3,})")

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        for match in self._PATTERN.finditer(text):
            if self._FIRM_AFTER.match(text, match.end()):
                continue
            words = match.group("name").split()
            if words and is_lexicon_noun(words[-1]) and not is_known_name(words[-1]):
                continue  # "Prof. Dr. Titel", "Dr. Sommer Preis" (the prize named after him)
            after = self._NOUN_AFTER.match(text, match.end())
            if after is not None and is_lexicon_noun(after.group("word")):
                continue
            yield match


_MIN_STRONG_NAME = 3


class _NoNoun:
    """Matches of ``pattern`` whose name's first word is no noun of the lexicon, unless it is a
    known surname ("Rausch", "Krug"). ``strong``: the cue says a person follows, so an everyday
    surname ("Koch", "Bach") counts too, a place does not ("KV Bochum")."""

    def __init__(self, pattern: str, *, strong: bool = False) -> None:
        self._pattern = re.compile(pattern, re.MULTILINE)
        self._strong = strong

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.finditer_in(text, 0, len(text))

    def finditer_in(self, text: str, start: int, end: int) -> Iterator[re.Match[str]]:
        for match in self._pattern.finditer(text, start, end):
            word = match.group("name").split(",")[0].split()[0]
            # A strong cue's name is no place ("KV Westfalen-Lippe") and no organisation.
            if self._strong and (
                len(word) < _MIN_STRONG_NAME
                or any(
                    is_place_name(part)
                    or is_district(part)
                    or part.isupper()
                    or (is_lexicon_noun(part) and not is_known_name(part))
                    for part in word.split("-")
                )
                or not _surname_like(word)
            ):
                continue
            if (word in _EVERYDAY_SURNAMES and not self._strong) or (
                (is_lexicon_noun(word) or any(is_loose_noun_compound(p) for p in word.split("-")))
                and not is_known_name(word)
            ):
                continue
            yield match


# A clerk's surname and the date in brackets: "Vermerk (Rausch, 05.02.)", not "(Anruf, 03.04.)".
_NAME_AND_DATE = _NoNoun(rf"\((?P<name>{_NAME_PART})(?:,[ ]?|[ ]|/)\d{{1,2}}\.\d{{1,2}}\.")
# Whose file, its number or a first name after it: "die Akte Şahin (WG-2-77410)", "Akte
# Fischer, Anna-Lena"; not "Akte Bauantrag (2026)" or "Akte Sportpark: …".
_FILE_OF = _NoNoun(
    rf"(?<![\w-])(?:Akte|Akten)[ ](?P<name>{_NAME_PART}(?:,[ ]{_NAME_PART})?)(?=[ ]*[(,])"
)


# A resubmission list's entry: "WV 18.01. – Demir, Az. …", "WV 20.01. – Dziedzic – Akte an …",
# "WV 18.01. – Becker, G. (geb. …)".
_RESUBMISSION = _NoNoun(
    r"^[ \t]*(?:WV|Wv\.|WVL|Wiedervorlage)[ :]*\d{1,2}\.\d{1,2}\.(?:\d{2}(?:\d{2})?)?[ ]+[–—-][ ]+"
    rf"(?P<name>{_NAME_PART}(?:,[ ](?:{_NAME_PART}|[{_UP}]\.))?(?:[ ]/[ ]{_NAME_PART})?)"
    r"(?=[,:][ ]|[ ][–—-][ ]|[ ]\(|[ \t]*$)",
    strong=True,
)


class _InFamilyMatters(_NoNoun):
    """Matches only in a text about a family's matters: "KV" is the doctors' association
    ("KV Berlin", "KV Dortmund") elsewhere."""

    _family = re.compile(
        r"(?<![\w-])(?:Kind|Kinder|Kindes|Umgang\w*|Sorge\w*|Unterhalt\w*|Jugendamt|ASD|BSD"
        r"|Vaterschaft\w*|Hausbesuch\w*|Familie|Tochter|Sohn)(?![\w-])"
    )

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if not (self._family.search(text) or ("KM" in text and "KV" in text)):
            return
        yield from super().finditer(text)


# A numbered or bulleted entry that names its person before the file number: "3. Aydın – Az.
# 51-ASD-0029/24", "- Kowalczyk, Az. WG 3-1187/26".
_ENTRY_WITH_FILE = _NoNoun(
    r"^[ \t]*(?:\d{1,2}[.)]|[-•*])[ ]+"
    rf"(?P<name>{_NAME_PART}(?:,[ ](?:{_NAME_PART}|[{_UP}]\.))?)(?=,?[ ](?:[–—-][ ])?Az\.)",
    strong=True,
)


class _ChildrenWithAges:
    """Children named with their ages: "Kinder (Ada 7, Ike 4)", "Kinder: Hasib 4 Jahre und
    Mariam 1 Jahr". Nouns with numbers are none ("Kinder (Gruppe 3, Raum 4)")."""

    _cue = re.compile(
        r"(?<![\w-])(?:Kinder|Kind|Sohn|Tochter|Söhne|Töchter|Enkel|Enkelkinder)[ ]?[(,:][ ]?"
        r"[^()\n.;]{3,80}"
    )
    _child = _NoNoun(
        rf"(?<![\w-])(?P<name>{_NAME_PART})[ ]\d{{1,2}}(?:[ ]J(?:ahre?|\.))?(?=[ ,;)]|$)",
        strong=True,
    )

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        for cue in self._cue.finditer(text):
            yield from self._child.finditer_in(text, cue.start(), cue.end())


# A leading post named by its office, the holder's name in brackets: "Teamleitung
# (Schwarze)" (not "Teamleitung West", "Abteilungsleitung Jugend").
_POST_IN_BRACKETS = _NoNoun(
    r"(?<![\w-])(?:Team|Abteilungs|Amts|Bereichs|Fachbereichs|Sachgebiets|Projekt|Gruppen|Stations"
    rf"|Pflegedienst)leitung[ ]?\((?P<name>{_NAME_PART})\)",
    strong=True,
)
# A file note's shorthand for the child's parents and a spouse: "KV Bach", "KM Petrović",
# "Ehem. Yıldız".
_FAMILY_SHORTHAND = _InFamilyMatters(
    # ("Ehem." is "ehemalig" as often: "Ehem. Kaufhof".)
    r"(?<![\w-])(?:KM|KV|KiM|KiV|Ehefr\.|Ltb\.|Lebensgef\.)[ ]"
    rf"(?P<name>{_NAME_PART})(?![\w-])",
    strong=True,
)


# Two or more capitalised words in Cyrillic or Greek: German letters use them for names only.
_NON_LATIN = re.compile(
    r"(?<![\w-])(?P<name>[Ѐ-ЯҐΆ-Ώ][ѐ-џа-яґά-ώ'’-]+(?:[ ][Ѐ-ЯҐΆ-Ώ][ѐ-џа-яґά-ώ'’-]+){1,3})"
)
_GEZ = re.compile(rf"(?<![\w-])(?i:{ocr_tolerant('gez')})\.[ ]*(?P<name>{_LEAD}{_NAME})")
# "i.A. Schmitz", "i. V. Dr. Kaya"; not "i.V. Leitung" (a cued rule: roles and nouns stay).
# "i. A. Name", and written out on its own line above the name: "Im Auftrag⏎Schulte-Brinkmann".
_ON_BEHALF = re.compile(
    rf"(?<![\w-])(?:[iI]\.[ ]?[AV]\.[ ]*|^[ \t]*(?:Im|In)[ ](?:Auftrag|Vertretung)[ \t]*\n[ \t]*)"
    rf"{_TITLE}(?P<name>{_NAME})",
    re.MULTILINE,
)
# A name with its spelling in the holder's script after it: "Dimitrov, Georgi (Георги
# Димитров)", "Olena Kowalenko (Олена Коваленко)".
_TRANSLITERATED = re.compile(
    rf"(?<![\w-])(?P<name>{_NAME_PART},[ ]{_CAP}(?:[ ]{_CAP})?|{_NAME})(?:[ ]?|[ ]*\n[ ]*)"
    r"\((?=[\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff])"
)
# The e-mail signature delimiter "-- " with the name on the next line.
_SIGNATURE_DASHES = re.compile(
    rf"^[ \t]*--[ \t]*\n[ \t]*(?P<name>{_TITLE}{_LEAD}{_NAME})[ \t]*,?[ \t]*$", re.MULTILINE
)


class _Tilded:
    """A handwritten signature as OCR renders it, between tildes: "~P.Nowak~", "~Schäfer~". A
    noun alone ("~Stempel~") is one only on a signature's line."""

    _pattern = re.compile(
        rf"(?<![\w~])~[ ]?(?P<name>(?P<initial>[{_UP}]\.[ ]?)?{_NAME_PART}(?:[ ]{_NAME_PART})?)"
        r"[ ]?~(?![\w~])"
    )
    _signed = re.compile(r"(?i:unterschrift|gez\.|unterzeichnet)")

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        for match in self._pattern.finditer(text):
            word = match.group("name")[len(match.group("initial") or "") :].split()[0]
            if is_place_name(word):
                continue
            if match.group("initial") is None and (
                is_lexicon_noun(word) or is_loose_noun_compound(word)
            ):
                line_start = text.rfind("\n", 0, match.start()) + 1
                if not self._signed.search(text, line_start, match.start()):
                    continue
            yield match


_SIGNATURE_TILDES = _Tilded()


class _CapsPair:
    """A printout's "SURNAME, GIVEN NAME" in capitals ("JANKOWSKI, MAREK"), the first name one
    the lists know, and a remark's relative or role with a surname and an initial in brackets
    ("(BETREUERIN: TOCHTER MAJEWSKI, A.)", "(MIETER KRAUSE, H.)")."""

    _pattern = re.compile(
        r"(?<![\w-])(?P<name>(?P<surname>[A-ZÄÖÜ][A-ZÄÖÜ'-]+),[ ]"
        r"(?P<given>[A-ZÄÖÜ][A-ZÄÖÜ-]+|[A-ZÄÖÜ]\.))(?![\w-]|\.\w)"
    )
    _before = re.compile(r"\([ ]?(?P<words>(?:[A-ZÄÖÜ]+:?[ ]){1,3})$")
    _role = re.compile(rf"(?i:(?:{_RELATIVES}|{ROLE_WORDS})(?:in|innen|en|n)?)")

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if "," not in text:
            return
        paired = paired_given_names()
        for match in self._pattern.finditer(text):
            surname = match.group("surname")
            plain = _capitalised(surname)
            if (
                len(surname) < _MIN_CAPS_SURNAME
                or is_place_name(plain)
                or ((is_lexicon_noun(plain) or is_common_noun(plain)) and not is_known_name(plain))
            ):
                continue
            given = match.group("given")
            if given.endswith("."):
                before = self._before.search(text, max(0, match.start() - 40), match.start())
                if before is None or not any(
                    self._role.fullmatch(word.rstrip(":")) for word in before["words"].split()
                ):
                    continue
            elif not all(part.capitalize() in paired for part in given.split("-")):
                continue
            yield match


_MIN_CAPS_SURNAME = 2
_CAPS_PAIR = _CapsPair()
# A form's label glued to its value by OCR: "FamiliennameKaczmarek", "Vorname(n)Oliwia".
_GLUED_LABEL = _NoNoun(
    r"(?<![\w-])(?:Familienname|Nachname|Geburtsname|Name|Vorname(?:\(n\)|n)?)"
    rf"(?P<name>{_NAME_PART})(?![\w-])",
    strong=True,
)
# An initial and a surname: at the start of a line only when a comma or bracket follows
# ("J. Weißkopf, Personalabteilung"; "A. Sachverhalt" is a heading), elsewhere after a comma,
# a bracket or a preposition ("Rückfragen an T. Müller").
_INITIAL_LINE_START = re.compile(
    rf"^[ \t]*(?:[-*•·][ \t]*)?(?P<name>{_INITIALS}{_NAME_PART})(?=[ \t]*[,(])", re.MULTILINE
)
_INITIAL_IN_TEXT = re.compile(
    r"(?:,[ ]|\(|(?<![\w-])(?:an|von|mit|durch|bei|für|und|Frau|Herrn?|Hr\.|Fr\.)[ ])"
    rf"(?P<name>{_INITIALS}(?:{_PARTICLE}[ ]){{0,2}}{_NAME_PART})(?![\w-])"
)
# A signature set off to the right of the place and date, ending the line: "Weimar, 28.01.2026
#        I. Bauer" (not a table's "1   A. Grundgebühr   25,00").
_INITIAL_SIGNATURE = re.compile(
    rf"(?<=\S)[ ]{{3,}}(?P<name>{_INITIALS}(?:{_PARTICLE}[ ]){{0,2}}{_NAME_PART})[ \t]*$",
    re.MULTILINE,
)
# A signature block: the name on its own line, the role or department on the next
# ("Klaus Krause\nSachbearbeitung", "Lea Richter\nRechtsanwältin").
_NAME_ABOVE_ROLE = re.compile(
    rf"^[ \t]*(?P<name>{_TITLE}{_LEAD}{_NAME})[ \t]*\n[ \t]*(?:(?:{ROLE_WORDS}){_ROLE_ENDING}"
    r"|[A-ZÄÖÜ][\w-]*(?:amt|büro|stelle|abteilung|referat|bearbeitung|leitung|verwaltung))"
    r"(?:/[\w-]+|\([\w/-]+\))?[ \t]*(?:$|[,(·|]|\n)",
    re.MULTILINE,
)
# A staff member's surname before their role, at the start of a line or after a dash: "Baumbach,
# Standesbeamtin", "Hagen, 02.03.2026 – Brinkmann-Sayed, Sachbearbeitung".
_NAME_BEFORE_ROLE = re.compile(
    rf"(?:^[ \t]*|[–-][ ]|:[ ])(?P<name>{_LEAD}{_NAME_PART}(?:[ ]{_NAME_PART})?),[ ]"
    rf"(?:(?:{ROLE_WORDS}){_ROLE_ENDING}|(?:Sach)?[Bb]earbeitung)(?![\w-])"
    # "Lehmann, Richterin am Amtsgericht"
    r"(?:[ ](?:am|beim|an[ ]der|bei[ ]der|des|der)[ ][\w.-]+(?:[ ][\w.-]+)?)?"
    # "Pohl, Justizbeschäftigte als Urkundsbeamtin der Geschäftsstelle".
    r"(?=[ \t]*(?:$|[,.(])|[ ]als[ ])",
    re.MULTILINE,
)
# An informal message that ends with the writer and their town: "Wojciech aus 44791 Bochum".
_NAME_FROM_TOWN = re.compile(
    rf"(?:^|[.!?][ ]+)(?P<name>{_NAME})[ ]aus[ ](?:\d{{5}}[ ])?[{_UP}][\w-]+[ \t]*[.!]?[ \t]*$",
    re.MULTILINE,
)
# Who someone is, in lower case: "der vermieter heißt braun oder so", "der mieter heißt kalle".
# Found from the verb; the word before it must be a role or a relative.
_NAMED_LOWER_VERB = re.compile(
    r"(?<![\w-])(?P<role>[^\W\d_]{3,30})[ ]+(?:heißt|heisst|hieß|hiess|namens)[ ]+"
    r"(?P<name>[a-zäöüß]{3,}(?:-[a-zäöüß]{2,})?)(?![\w-])"
)
_LOWER_RELATIVES = frozenset(
    ["mann", "frau", "sohn", "tochter", "bruder", "schwester", "freund", "freundin", "typ", "kerl"]
)


# What follows "heißt" but is no name: "heißt genauso", "hieß damals", "namens unbekannt".
_NOT_CALLED = frozenset(
    [
        "genauso",
        "auch",
        "anders",
        "so",
        "jetzt",
        "damals",
        "eigentlich",
        "wirklich",
        "richtig",
        "nicht",
        "wohl",
        "vielleicht",
        "unbekannt",
        "eben",
        "hier",
        "dort",
        "noch",
        "schon",
        "immer",
        "mal",
        "übrigens",
        "glaube",
        "glaub",
        "ich",
        "es",
        "er",
        "sie",
    ]
)


class _NamedLower:
    """Matches of ``_NAMED_LOWER_VERB`` after a role or a relative."""

    def finditer(self, string: str) -> Iterator[re.Match[str]]:
        if "hei" not in string and "hie" not in string and "namens" not in string:
            return
        for match in _NAMED_LOWER_VERB.finditer(string):
            role = match.group("role")
            if match.group("name") in _NOT_CALLED:
                continue
            if role.lower() in _LOWER_RELATIVES or _ROLE_WORD_RE.fullmatch(role.capitalize()):
                yield match


# A clerk answering the phone: "Elternbeitragsstelle, Wolff, guten Morgen."
_PHONE_GREETING = re.compile(
    rf"(?:(?<=,[ ])|^[ \t]*)(?P<name>{_NAME_PART}),[ ](?i:guten[ ](?:morgen|tag|abend)"
    r"|grüß[ ]gott|moin|was[ ]kann[ ]ich)(?![\w-])",
    re.MULTILINE,
)
# A note signed with the writer's surname and the date: "Vermerk Kurth, 23.02.2026:".
_NOTE_SIGNED = re.compile(
    r"(?<![\w-])(?:Vermerk|Aktenvermerk|Notiz|Gesprächsnotiz|Telefonnotiz)"
    rf"[ ](?P<name>{_NAME_PART}),?[ ]\d{{1,2}}\.\d{{1,2}}\."
)
# A patrol's or a team's members in brackets: "Vermerk Streife (Heuer / Akın)".
_CREW = r"(?<![\w-])(?:Streife|Doppelstreife|Besatzung|Einsatzkräfte|Außendienst)[ ]*\("
_CREW_FIRST = re.compile(rf"{_CREW}(?P<name>{_NAME_PART})[ ]?/[ ]?{_NAME_PART}\)")
_CREW_SECOND = re.compile(rf"{_CREW}{_NAME_PART}[ ]?/[ ]?(?P<name>{_NAME_PART})\)")
# Informal lower case: "mein sohn emir braucht …", also where the mail wraps ("meine⏎schwester
# derya").
_RELATION_LOWER = re.compile(
    r"(?<![\w-])(?i:mein|meine|meinem|meinen|unser|unsere|unserem|unseren)(?:[ ]+|[ ]*\n[ ]*)"
    r"(?:sohn|tochter|kind|mann|frau|bruder|schwester|vater|mutter|enkel|enkelin|neffe|nichte"
    r"|freund|freundin|partner|partnerin|cousin|cousine)(?:[ ]+|[ ]*\n[ ]*)"
    r"(?P<name>[a-zäöüßçğışéèáíóúñ]{2,}(?:-[a-zäöüß]+)?)(?![\w-])"
)


class _SalutedLower:
    """Informal lower case after a salutation: "der antrag von frau okafor-mensah", "das sind
    familie brandt". Only a known surname, or a hyphenated pair of words that are no German
    words: "frau hat", "herr doktor" and "familie braucht" stay."""

    _PATTERN = re.compile(
        # A birth name too: "martina heuer geborene brüggemann".
        r"(?<![\w-])(?:frau|herrn?|familie|fam\.|geborene|geborener)(?:[ ]+|[ ]*\n[ ]*)"
        r"(?P<name>[a-zäöüßçğışéèáíóúñćčšžłńśźż]{2,}(?:-[a-zäöüßçğışéèáíóúñćčšžłńśźż]{2,})?)"
        r"(?![\w-])"
    )

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        for match in self._PATTERN.finditer(text):
            words = match.group("name").split("-")
            if any(
                w in PersonRecognizer.FUNCTION_WORDS
                or w in _stop_words()
                or is_lexicon_noun(w.capitalize())
                or _is_common_noun(w.capitalize())
                for w in words
            ):
                continue
            if (
                len(words) > 1
                or is_known_name(words[0])
                or _FOREIGN_SURNAME.search(words[0])
                # A call's transcript: "gut frau holtkamp ich habe alles notiert".
                or (
                    _GERMAN_SURNAME.search(words[0])
                    and words[0] not in _NOT_SURNAMES
                    and not _compound_of_a_noun(words[0])
                    and written_in_lower_case(text, match.start(), match.end())
                )
                # Any other word no German one after "frau"/"herr" in a transcript ("an die
                # kollegin frau nikolaidou", "frau tran hat einen schlüssel"), not one's wife
                # ("meine frau später").
                or (
                    match.group().startswith(("frau", "herr"))
                    and len(words[0]) >= _MIN_LOWER_SURNAME
                    and words[0] not in _NOT_SURNAMES
                    and not _NOT_SURNAME_ENDING.search(words[0])
                    and not _compound_of_a_noun(words[0])
                    and not is_loose_noun_compound(words[0].capitalize())
                    and not _POSSESSIVE_BEFORE.search(
                        text, max(0, match.start() - 8), match.start()
                    )
                    and written_in_lower_case(text, match.start(), match.end())
                )
            ):
                yield match


_MIN_LOWER_SURNAME = 3
# Adjectives and adverbs: "frau freundlich", "herr persönlich".
_NOT_SURNAME_ENDING = re.compile(r"(?:lich|ig|isch|bar|los|haft|sam|weise|end|ens)$")
_POSSESSIVE_BEFORE = re.compile(r"(?<![\w-])(?:mein|dein|sein|ihr|unser|euer)e?[mnrs]?[ ]$")


# Endings of German surnames, which no German word shows after "frau" or "herr" in a text in
# lower case ("frau holtkamp", "herr brüggemann"; see ``_compound_of_a_noun`` for job names).
_GERMAN_SURNAME = re.compile(
    r"..(?:mann|meier|meyer|maier|mayer|berg|burg|kamp|kemper|brink|horst|feld|hoff|hof"
    r"|hausen|haus|rath|bach|beck|stein|bauer|ling|kötter|diek|möller|müller|schulte|ski"
    # "frau schmiedel", "frau schnabel", "herr schneider" (adverbs after "frau" are stop words
    # or listed in ``_NOT_SURNAMES``).
    r"|el|er)$"
)
_NOT_SURNAMES = frozenset(
    (
        "später",
        "leider",
        "sonder",
        "außer",
        "nieder",
        "vorher",
        "nachher",
        "eher",
        "sicher",
        "weiter",
        "lieber",
        "selber",
        "gerner",
        "aber",
        "oder",
        "über",
        "unter",
        "wieder",
        "immer",
    )
)
_NOUN_STEM = 5


def _compound_of_a_noun(word: str) -> bool:
    """ "zählermann", "heizungsmann", "stadtfeld": a noun of five letters or more (with
    its joining "s") before a surname's ending makes a job's or a thing's name, no surname."""
    ending = _GERMAN_SURNAME.search(word)
    if ending is None or (word.endswith(("el", "er")) and len(word) - ending.start() == 4):
        return False  # "-el" and "-er" are no words: "schmiedel" is no compound of "Schmied"
    stem = word[: ending.start() + 2]
    for candidate in (stem, stem[:-1] if stem.endswith("s") else ""):
        if len(candidate) >= _NOUN_STEM and is_lexicon_noun(candidate.capitalize()):
            return True
    return False


# Endings of Polish, Ukrainian, Russian, Bulgarian, Romanian, Turkish, Greek and South Slavic
# surnames, which end no German word: "die frau ossowski", "herr hrytsenko".
_FOREIGN_SURNAME = re.compile(
    r"(?:ski|ska|cki|cka|wicz|icz|enko|czuk|chuk|[bcdfgklmnprstvwz]ov|[bcdfgklmnprstvwz]ova"
    r"|[bcdfgklmnprstvwz]eva|escu|oğlu|oglu|opoulos|idis|akis|ović|ovic|vić|ić)$"
)


@functools.cache
def _stop_words() -> frozenset[str]:
    from spacy.lang.de.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


# From a word's start: not "der Maksym" inside "Kinder Maksym".
_ITEM_RE = re.compile(rf"(?<![\w-]){_SALUTE}?{_TITLE}(?P<name>{_LEAD}{_NAME})")
# Words as names are written: letters, joined by hyphens or apostrophes.
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_GENITIVE = re.compile(r"(?:s|'s|’s)$")
_INITIAL = re.compile(rf"(?<![\w.-])[{_UP}]\.[ ]?$")
_FIRM = re.compile(rf"(?<![\w-])(?P<left>{_NAME_PART})[ ]*&[ ]*(?P<right>{_NAME_PART})(?![\w-])")
_PAREN_RE = re.compile(r"\([^()\n]*\)")
_SURNAME_FIRST_RE = re.compile(_SURNAME_FIRST, re.MULTILINE)
_PARTICLE_RE = re.compile(_PARTICLE)
# Initials or particles that belong to the name in front of its first kept word.
_LEAD_NAME = re.compile(rf"(?:{_PARTICLE}[ ]){{1,2}}[{_UP}]")
# From a word's start: not "der " inside "Kinder Maksym".
_LEAD_BEFORE = re.compile(
    rf"(?<![\w-])(?:{_INITIALS}(?:{_PARTICLE}[ ]){{0,2}}|(?:{_PARTICLE}[ ]){{1,2}})$"
)
PROPAGATED_SCORE = 0.7
_FIRM_SCORE = 0.75
_GIVEN_SCORE = PROPAGATED_SCORE


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def name_parts(name: str) -> list[str]:
    """The words of a found name that identify the person (no titles, cue words, particles)."""
    parts = [p.strip(",") for p in re.split(r"\s+", name) if p.strip(",")]
    return [
        p
        for p in parts
        if p not in PersonRecognizer.NOT_NAMES
        and p.lower() not in PersonRecognizer.FUNCTION_WORDS
        and not (p.endswith(".") and (len(p) <= 4 or "." in p[:-1] or p in _TITLES))
        and not (p[:1].islower() and _PARTICLE_RE.fullmatch(p))
    ]


_TITLES = frozenset(
    {"Prof.", "Dipl.", "Mag.", "Ing.", "med.", "jur.", "nat.", "phil.", "Bsc.", "Msc."}
)


_ARTICLE_LEAD = re.compile(r"(?:der|des|dem|den|die|das)[ ]")


def _is_role(word: str) -> bool:
    return bool(_ROLE_WORD_RE.fullmatch(word))


def _is_organisation(name: str) -> bool:
    words = name.split()
    return bool(words) and (
        words[0] in PersonRecognizer.ORGANISATION_HEADS
        or any(
            word in PersonRecognizer.ORGANISATION_WORDS
            or PersonRecognizer.ORGANISATION_ENDING.search(word.lower())
            for word in words
        )
    )


def is_role(word: str) -> bool:
    """Whether ``word`` names a role or office ("Bezirksbürgermeisterin", "Sachbearbeiter")."""
    return _is_role(word)


def is_organisation(name: str) -> bool:
    """Whether ``name`` names a firm, an office or an association ("Ruhrtal Logistik GmbH")."""
    return _is_organisation(name)


def _is_common_noun(word: str) -> bool:
    return (
        word in PersonRecognizer.COMMON_OBJECTS
        or bool(PersonRecognizer.COMMON_NOUN_ENDING.search(word.lower()))
        or is_common_noun(word)
    )


# A list of names on one line: after a colon or an opening bracket, items parted by commas or
# "und", each item one or two capitalised words, perhaps with a salutation before and a role in
# brackets after ("Anwesend: Birgit (Leitung), Serkan, Jana, Frau Lemke (Schule)").
_MATE = rf"(?:(?:Herrn?|Frau|Hr\.|Fr\.)[ ]+)?({_CAP}(?:-{_CAP})*(?:[ ]{_CAP}(?:-{_CAP})*)?)"
_MATE_RE = re.compile(_MATE)
_MATE_NOTE = r"(?:[ ]*\([^()\n]{1,30}\))?"
_MATE_LIST = re.compile(
    rf"(?:(?<=\()|(?<=:[ ])|(?<=:)|^[ \t]*)(?:{_MATE}{_MATE_NOTE}(?:,[ ]*|[ ]+und[ ]+)){{1,}}"
    rf"{_MATE}{_MATE_NOTE}(?=[ \t]*(?:[).;]|$))",
    re.MULTILINE,
)


_MIN_BRACKETED = 3


def _list_mates(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The other names in a list that holds found names: two of them, or one in a bracketed
    list of three.

    "Weitere Bewohner (Lisowski, Ochs, Bah)": "Ochs" and "Bah" are surnames too. A further item
    that is a noun, a role or a cue word shows a mixed list ("Herr Kaya, Bauamt"): none is added.
    """
    if not found:
        return []
    mates: list[tuple[int, int]] = []
    for listing in _MATE_LIST.finditer(text):
        region = _PAREN_RE.sub(lambda m: " " * len(m.group()), listing.group())
        items = [
            (listing.start() + m.start(1), listing.start() + m.end(1))
            for m in _MATE_RE.finditer(region)
        ]
        known = [any(s < e2 and s2 < e for s2, e2 in found) for s, e in items]
        words = [
            w
            for (s, e), is_known in zip(items, known, strict=True)
            if not is_known
            for w in text[s:e].split()
        ]
        if any(
            w in PersonRecognizer.NOT_NAMES
            or w.lower() in PersonRecognizer.FUNCTION_WORDS
            or _is_role(w)
            or _is_common_noun(w)
            or is_lexicon_noun(w)
            for w in words
        ):
            continue
        bracketed = listing.start() > 0 and text[listing.start() - 1] == "("
        # Two items in brackets are a name and what it is as often ("Emma, Beagle").
        if sum(known) >= 2 or (bracketed and any(known) and len(items) >= _MIN_BRACKETED):
            mates.extend(item for item, is_known in zip(items, known, strict=True) if not is_known)
    return mates


def _names_in(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The single names inside a matched list (parentheses and salutations skipped)."""
    if _SURNAME_FIRST_RE.fullmatch(text, start, end):
        yield start, end  # "Muster, Max" is one person
        return
    region = _PAREN_RE.sub(lambda m: " " * len(m.group()), text[start:end])
    for match in _ITEM_RE.finditer(region):
        yield start + match.start("name"), start + match.end("name")


def find_mentions(text: str, parts: Iterable[str]) -> list[tuple[int, int]]:
    """Every place in ``text`` where one of the name ``parts`` stands as a word.

    Also in capitals ("DEMIR"), with a genitive s left outside the span ("Jakubs"), and with an
    initial in front taken in ("J. Weißkopf"). Words are looked up in a set, so a document with
    thousands of names costs no more than one with a few.
    """
    lookup = {variant for part in parts for variant in _variants(part)}
    if not lookup:
        return []
    spans: list[tuple[int, int]] = []
    if _DIGIT_WORD.search(text):
        # OCR puts digits into names ("Yı1maz", "Wo1f"): compared in a folded form.
        folded = {_ocr_fold(part) for part in parts if len(part) >= 4}
        for match in _DIGIT_WORD.finditer(text):
            if _ocr_fold(match.group()) in folded:
                spans.append(match.span())
    for match in _WORD_RE.finditer(text):
        start, end = match.span()
        word = match.group()
        if word not in lookup:
            stem = _GENITIVE.sub("", word)
            if stem == word or stem not in lookup:
                continue
            end = start + len(stem)
        initial = _INITIAL.search(text, max(0, start - 4), start)
        if initial is not None:
            start = initial.start()
        elif start and (text[start - 1] in ".-" or text[start - 1].isalnum()):
            continue  # part of a longer token ("s.brandt", "5Demir"); "_" parts a file's name
        spans.append((start, end))
    return spans


_JOINED_PARTICLE_RE = re.compile(rf"(?i:{_JOINED_PARTICLE})(?P<rest>.+)")
# A word with letters and a digit inside, as OCR writes names.
_DIGIT_WORD = re.compile(r"(?<![\w-])[^\W\d_]+\d[^\W_]*(?![\w-])|(?<![\w-])\d[^\W\d_]{2,}(?![\w-])")
_CUT_SHORT = re.compile(r"-[ ](?:und|oder|bzw\.|sowie)[ ]")
_BEFORE_INITIAL = re.compile(rf"[ ][{_UP}]\.[ ]")
_BEFORE_SYLLABLE = re.compile(r"-[a-z]{2,4}\b")
_WORD_TAIL = re.compile(r"\d[^\W_]*[^\W\d_][^\W_]*")
# The next line's first word, while the sentence goes on ("hat Herr Wladimir\nKusnezow heute").
_WRAPPED_PART = re.compile(rf"[ \t]*\n[ \t]*(?P<part>{_NAME_PART})(?=[,.;!?)]|[ ]+[a-zäöüß])")
# Words that start a wrapped line without being a surname: adjectives and adverbs by their
# endings, and a few short ones.
_NOT_WRAPPED_PART = re.compile(
    r"(?:isch|lich|ig|bar|sam|haft|los|voll|iert|weise|ens|mals|wärts|dings)$"
    r"|^(?:Gestern|Heute|Morgen|Bereits|Außerdem|Zudem|Leider|Weiß|Schwarz|Sofort|Damals|Jetzt"
    r"|Nun|Dann|Danach|Vorher|Nachher|Ebenfalls|Auch|Noch|Schon|Nicht|Sehr|Ganz|Gerne|Gern)$"
)


_OFFICE_ENDINGS = (
    "ordnung|verwaltung|aufsicht|behörde|kasse|stelle|amt|büro|zentrale|leitung|dienst"
    "|planung|förderung|beratung|vermittlung|service"
)
_OFFICE_NOUN = re.compile(rf"(?:{_OFFICE_ENDINGS})$")
# An office's work at the end of its name, also "Baumkontrolle", "Platzvergabe".
_OFFICE_WORK = re.compile(rf"(?:{_OFFICE_ENDINGS}|kontrolle|vergabe|anmeldung|auskunft)$")
_COMPASS_WORDS = frozenset(
    ("Nord", "Süd", "Ost", "West", "Mitte", "Nordost", "Nordwest", "Südost", "Südwest")
)
_CELL_BEFORE = re.compile(r"\|[ \t]*$")
_CELL_AFTER = re.compile(r"[ \t]*\|")
# A form's label: one to three words and a colon ("Zuzug aus:", "Tel.:").
_LABEL_AHEAD = re.compile(r"[^\W\d][\w.-]*(?:[ ][\w.-]+){0,2}[ ]?:")


# A surname alone under a letter's or a note's closing: after the greeting, "Im Auftrag" or the
# date line ("Würzburg, 26.02.2026⏎Feineis"), also after the office's name ("Viele Grüße⏎
# Bürgerbüro Herne-Mitte, Okafor"); and a note signed with its date ("Brinkhoff / 24.11.2026").
_CLOSING_LINE = re.compile(
    r"(?:(?i:grüße|grüßen|gruß|grüsse|grüssen|im[ ]auftrag|i\.[ ]?a\.|mfg|lg|vg)[ \t,.!]*"
    # A date line of its own: the date alone or after the town ("Würzburg, 26.02.2026").
    r"|(?:^|(?<=\n))[ \t]*(?:[A-ZÄÖÜ][\w. -]{1,30},[ ]*)?\d{1,2}\.[ ]?\d{1,2}\.[ ]?\d{2,4}[ \t]*)"
    r"\n(?:[ \t]*\n)?"
    rf"[ \t]*(?:[^\n,:]{{3,60}},[ ]+)?(?P<name>{_CAP}(?:-{_CAP})?)[ \t]*(?:\n|$)"
)
_DATED_NOTE = re.compile(
    rf"^[ \t]*(?P<name>{_CAP}(?:-{_CAP})?)[ ]?/[ ]?\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}[ \t]*$",
    re.MULTILINE,
)
_SIGNATURE_SCORE = 0.7


def _signatures(text: str) -> Iterator[tuple[int, int]]:
    """Surnames that sign a letter or a note on a line of their own: no noun, role or office."""
    for pattern in (_CLOSING_LINE, _DATED_NOTE):
        for match in pattern.finditer(text):
            word = match.group("name")
            if (
                len(word) >= 3
                and word not in PersonRecognizer.NOT_NAMES
                and not _is_common_noun(word)
                and not _is_role(word)
                and not _is_organisation(word)
                and (
                    is_known_name(word)
                    or not (is_lexicon_noun(word) or is_loose_noun_compound(word))
                )
                and not is_place_name(word)  # "Stand: 01.03.2026⏎Herne"
            ):
                yield match.span("name")


# A noun this long before more words after a role is no name's start ("Nachbarn (Kennzeichen
# BO-XY 4412)"); shorter nouns begin names ("Mieter Sonne Maria" is rare, "Herr Wolf Dieter").
_MIN_NOUN_BEFORE_MORE = 8
_PLURAL_ENDINGS = ("en", "e", "n", "s")


def _is_noun_plural(word: str) -> bool:
    """``word`` is a noun of the lexicon and so is its stem without a plural ending
    ("Systeme", "Anlagen"), and no known name."""
    return (
        not is_known_name(word)
        and is_lexicon_noun(word)
        and any(
            word.endswith(ending)
            and len(word) - len(ending) >= _MIN_PLURAL_STEM
            and is_lexicon_noun(word[: -len(ending)])
            for ending in _PLURAL_ENDINGS
        )
    )


_MIN_PLURAL_STEM = 4


def _wrapped_end(text: str, start: int, end: int) -> int:
    """Where a one-word name found in running text ends when the letter wrapped after it.

    Only mid-sentence (text before the name on its line) and only when the next line starts
    with a capitalised word that is no common noun or role, followed by punctuation or a
    lower-case word: the sentence goes on, so that word is the rest of the name.
    """
    name = text[start:end]
    before = text[text.rfind("\n", 0, start) + 1 : start]
    # A form's value after its label ("Familienname: Petrović") does not wrap.
    if " " in name or not before.strip() or before.rstrip().endswith(":"):
        return end
    match = _WRAPPED_PART.match(text, end)
    # Nor does a name run into the next line's label ("Zuzug aus: Beograd").
    if match is None or _LABEL_AHEAD.match(text, match.start("part")):
        return end
    part = match.group("part")
    if (
        _is_common_noun(part)
        or _NOT_WRAPPED_PART.search(part)
        or _is_role(part)
        or part in PersonRecognizer.NOT_NAMES
        or not name_parts(part)
    ):
        return end
    return match.end("part")


_OCR_FOLD = str.maketrans({"1": "l", "0": "o", "ı": "i", "|": "l", "5": "s", "í": "i"})


def _ocr_fold(word: str) -> str:
    return word.lower().translate(_OCR_FOLD).replace("rn", "m")


def _variants(part: str) -> tuple[str, ...]:
    """The spellings of a name part searched for: as found, in capitals, and for "al-Khatib"
    also "Al-Khatib" and "Khatib" (the particle is written either way or left out)."""
    match = _JOINED_PARTICLE_RE.fullmatch(part)
    if match is None:
        return (part, part.upper())
    particle, rest = part[: match.start("rest")], match.group("rest")
    forms = {part, particle.lower() + rest, particle.capitalize() + rest}
    if len(rest) >= 3:
        forms.add(rest)
    return tuple(forms | {f.upper() for f in forms})


# First names that are also everyday German (or English) words: no evidence on their own.
_AMBIGUOUS_GIVEN = _words(
    """
    An April August Beste Mai Ernst Rose Rosa Wolf Wulf Paris Gabel Kai Heide Flora Iris Viola
    Aura Kali Tara Mate Gene Ion Sole Long Lean Mark Jade Amber Bali Baba Canal Tan Verde Limon
    Hanim Bey
    Ortak Yeşil Döner Kara Laika Mare Us Io Nas Uhr Elf Fee Linde Sonne Engel Toy Holm
    German May Will Bill Grant Chase Hope Faith Joy Grace Dawn Summer Autumn Sunny Rich Miles Art
    Guy Lance Drew Dale Rocky Sky River Dusty Crystal Ruby Pearl Jewel Holly Ivy Page Case Born
    Hagen Jordan Mercedes Gloria Norma Fortuna Justus Server Salami Roman
    """
)
# Particles a first name may stand before without a cue ("Anna van Dijk", "Faisal bin
# Salem"); not the German articles and prepositions ("Peter zu Hause", "Chris den Aufbau").
_PAIR_PARTICLE = (
    r"(?:van(?:[ ]de[rn]?)?|von(?:[ ]de[rmn])?|de[ ]la|dos|del|della|di|bin|bint|ibn|abu)"
)
_GIVEN_PAIR = re.compile(
    rf"(?<![\w.-])(?=(?P<name>{_CAP}(?:-{_CAP})?(?:[ ]{_CAP}(?:-{_CAP})?)?"
    rf"[ ](?:{_PAIR_PARTICLE}[ ])?{_NAME_PART})(?![\w-]))"
)
# What follows a person's name in the name of a street, school, prize or shop ("Karl Marx
# Straße", "Sophie Scholl Gesamtschule", "Gloria Kino"): no person is meant.
_NAMESAKE_HEAD = re.compile(
    r"[ -](?:Straße|Strasse|Str\.|Platz|Allee|Weg|Ring|Damm|Ufer|Brücke|Siedlung|Hof|Park"
    r"|[\w-]*(?:[Ss]chule|[Gg]ymnasium|[Kk]olleg)|Haus|Kirche|Preis|Stiftung|Institut|Kino"
    r"|Filiale|Center|Zentrum|Halle|Bad|Bahnhof|Klinik|Krankenhaus|Museum|Bibliothek|Theater"
    r"|Saal|Universität|Hochschule|Umzug|Versand|Markt|Apotheke|Werk|Werke)(?![\w])"
)
_ABSTRACT_PLURAL = re.compile(r"(?:ungen|heiten|keiten|schaften|ionen|täten)$")
# The same nouns in the singular ("Einrichtung", "Verwaltung"): surnames so ending are known
# ones ("Hartung", "Hornung").
_ABSTRACT_SINGULAR = re.compile(r"[a-zäöüß]{3}(?:ung|heit|keit|schaft|tion|tät)$")
_SAINT = re.compile(r"(?:Sankt|St\.)[ ]$")
# A place or a dish named with a first name alone: "Zeche Ewald", "Haus Martin", "Villa Ida",
# "Pizza Margherita".
# A firm named after its founder: "Robert Bosch GmbH", "Haniel Recycling GmbH", "Gebr.
# Hammerschmidt Metallbau GmbH & Co. KG" (one or two words of the trade between).
FIRM_AFTER = re.compile(
    r"(?:[ ][A-ZÄÖÜ][\w-]*){0,2}[ ](?:&[ ]Co\.?[ ])?"
    r"(?:GmbH|gGmbH|OHG|oHG|mbH|e\.[ ]?V\.|eG|Ltd\.?|Inc\.?|GbR|PartG|KGaA"
    # "AG Essen" is the local court: a short form ends the firm's name.
    r"|(?:AG|KG|UG|SE)(?![ ]+[A-ZÄÖÜ]))(?![\w])"
)
# First names that are dishes as often ("Pizzatag: Salami oder Margherita").
_DISHES = frozenset({"Salami", "Hawaii", "Tonno", "Funghi", "Diavola"})
PLACE_OF_A_GIVEN_NAME = re.compile(
    r"(?<![\w-])(?:Zeche|Schacht|Haus|Schloss|Villa|Burg|Kloster|Kapelle|Hotel|Pension"
    r"|Gasthaus|Gasthof|Café|Cafe|Pizza|Pizzeria|Apotheke|Birne|Salami|Spaghetti|Penne|Toast"
    r"|Pfirsich|Eisbecher)[ ](?:oder[ ])?$"
)
PLACE_REACH = 12
_NEXT_WORD = re.compile(rf"[ ]{_CAP}")
# "Berg, Noah (10)", "3;Abu Zaid, Fatima;…": a list item or cell holding "Surname, First name".
_GIVEN_LAST = re.compile(
    # At a cell's start only once per run of blanks: from every tab of a long run the search
    # was quadratic.
    # A CSV export's cell may be quoted: '"de Vries, Anouk";…', '…,"Kaya, Emre",…'.
    rf"(?:^|(?<=[;|])|(?<=[^ \t]\t)|(?<=,)(?=\"))[ \t]*\"?"
    # A list's number or bullet, or a chat's time stamp ("10:03 Zimmermann, Ute (Ratsbüro)").
    rf"(?:(?:\d{{1,3}}[.)]|[-*•])[ \t]*|\d{{1,3}}[ \t]{{2,}}"
    rf"|\[?\d{{1,2}}:\d{{2}}(?::\d{{2}})?\]?[ \t]+)?"
    rf"(?P<name>(?:{_PARTICLE}[ ])?{_NAME_PART}(?:[ ]{_NAME_PART})?,[ ]"
    rf"(?P<given>{_CAP}(?:-{_CAP})?)(?:[ ]{_CAP})?)(?=[ \t]*(?:$|[;(|\t,:\"]|[ ][–-])|[ \t]+\d)",
    re.MULTILINE,
)
# Names joined by an underscore in file names: "Anhoerung_Petrovic_Dragan_2026-01-05.docx",
# "Gewerbeanmeldung_Sommerfeld_Tanja.pdf".
_SNAKE = re.compile(r"(?<![^\W_])[^\W\d_]+(?:_[^\W\d_]+)+")
_SNAKE_PART = re.compile(r"[^\W\d_]+")
# In running text, before a birth date: "des Datensatzes Kovačević, Milan, geb. 19.01.1977".
_GIVEN_LAST_BORN = re.compile(
    rf"(?<![\w-])(?P<name>(?:{_PARTICLE}[ ])?{_NAME_PART},[ ](?P<given>{_CAP}(?:-{_CAP})?))"
    r"(?=,?[ ]\(?(?:geb\.|geboren|\*[ ]?\d))"
)
# A row a PDF's text layer glued together: "Surname, First name" right after a date or a
# number ("Ö-01 12.01.2026 Kowalski, Marek Am Kreuzweg 14", "6.120.331.447.2 Becker, Manfred"),
# also after a dash ("WV 26.01. – Ristić, Vesna, Az. …").
_GIVEN_LAST_AFTER_NUMBER = re.compile(
    r"(?:(?<=\d[ ])|(?<=\d\.[ ])|(?<=\d[ ][–-][ ])|(?<=\d\.[ ][–-][ ]))"
    rf"(?P<name>(?:{_PARTICLE}[ ])?(?:{_NAME_PART}[ ])?{_NAME_PART},[ ]"
    rf"(?P<given>{_CAP}(?:-{_CAP})?))"
    r"(?![\w'’-])"
)
# A first name on its own ("Betreuer: Jana, Dominik, Esra"): a capitalised word, not part of
# a compound ("Karl-Marx-Straße"); a double first name is one word ("Mia-Sophie").
_LONE_WORD = re.compile(rf"(?<![\w.-]){_CAP}(?:-{_CAP})?(?![\w-])")
_MIN_LONE_GIVEN = 4
_given_names: tuple[frozenset[str], frozenset[str], frozenset[str]] | None = None
_given_names_lock = threading.Lock()


def _name_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Built on first use (a quarter of a second), once per process: the worker's threads start
    redacting together."""
    global _given_names
    if _given_names is None:
        with _given_names_lock:
            if _given_names is None:
                _given_names = _build_given_names()
    return _given_names


def given_names() -> frozenset[str]:
    """First names of every origin the synthetic letters draw on (Faker's lists and ours),
    without the ones that are everyday words: a name on its own, also in lower case."""
    return _name_sets()[0]


def lone_given_names() -> frozenset[str]:
    """``given_names`` and those of young Germans ("Finja", "Mia-Sophie" of two): a
    capitalised first name standing alone."""
    return _name_sets()[1]


def paired_given_names() -> frozenset[str]:
    """``lone_given_names`` and first names of further origins ("Mats", "João"): only beside a
    surname ("Mats Lindqvist", "Klein, Mats"), since many of them are words of some language
    ("Bella", "Lada", "Stein")."""
    return _name_sets()[2]


# Letters that Unicode does not decompose into a base letter and a mark.
_UNDECOMPOSED = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o"})


def _without_marks(word: str) -> str:
    """``word`` without its diacritics ("Ayşe" → "Ayse", "Małgorzata" → "Malgorzata")."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_UNDECOMPOSED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class _NameSet(frozenset[str]):
    """First names, also written with the diacritics of their language: the lists have
    "Ayse" and "Busra", letters say "Ayşe" and "Büşra"."""

    def __contains__(self, word: object) -> bool:
        if frozenset.__contains__(self, word):
            return True
        return (
            isinstance(word, str)
            and not word.isascii()
            and frozenset.__contains__(self, _without_marks(word))
        )


def _build_given_names() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    # Faker and spaCy's German stop words: loaded only when needed
    from spacy.lang.de.stop_words import STOP_WORDS

    from redaction.ner.names import foreign_given_names, modern_german_given_names, name_stocks

    def usable(names: Iterable[str]) -> set[str]:
        return {
            name
            for name in names
            if len(name) >= 3
            and " " not in name
            and "_" not in name
            and name not in _AMBIGUOUS_GIVEN
        }

    def no_german_word(names: Iterable[str]) -> set[str]:
        # Names of further origins only where they are no German word ("Kasper", "Anders").
        return {
            name
            for name in usable(names)
            if name.lower() not in STOP_WORDS
            and not is_lexicon_noun(name)
            and name.lower() not in PersonRecognizer.FUNCTION_WORDS
            and name.lower() not in PersonRecognizer.NOT_LOWER_NAMES
            and name not in PersonRecognizer.NOT_NAMES
            and not is_common_noun(name)
        }

    stock: set[str] = set()
    for origin in name_stocks():
        stock.update(origin.male)
        stock.update(origin.female)
    base = frozenset(usable(stock))
    lone = base | no_german_word(modern_german_given_names())
    paired = lone | no_german_word(foreign_given_names())
    return _NameSet(base), _NameSet(lone), _NameSet(paired)


_MIN_NOUN_LENGTH = 8
# Surnames that are everyday words: found beside a first name, not propagated.
_EVERYDAY_SURNAMES = _words(
    """
    Sommer Winter Herbst Frühling Berg Klein Jung Lang Kurz Groß Alt Neu Braun Schwarz Weiß
    Fuchs Wolf Hahn Vogel Fisch Stein Busch Baum Bach Feld Wald Sonne Mond Stern Engel König
    Kaiser Graf Koch Richter Bauer Mai Paris Ernst Frank Otto Hagen Hamm Essen Versand Umzug
    Kino Filiale
    """
)
# Months that are also surnames ("Thomas Mai"): after a first name they are the surname.
_MONTH_SURNAMES = _words("Mai April August")
# Months that are names, surnames or first names: a form's name field holds no month.
MONTH_NAMES = _MONTH_SURNAMES | _words("Juli")


# A month that is a first name too, right before a found name, where a name starts: at a
# line's start ("August und Ruth Schmied" under the greeting), after a mail header's label
# ("Von: August Schmied <…>"), an honorific or a bracket. Not in a sentence or a heading
# ("Zwischen Juni und Juli Hans Meier …", "Rundbrief August Hans Meier", "Stand: Juli Peter
# Schulz"). The month is no name part elsewhere.
_MONTH_BEFORE_NAME = re.compile(
    # A chat's line may start with its time: "[03.04.26, 18:15] April Villanueva: …",
    # "03.04.26, 18:15 - April …", "18:15 April …".
    r"(?:(?<![^\n])[ \t]*(?:\[[\d.,/: ]{5,24}\][ ]|(?:[\d./]{8,10},?[ ])?\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:[ ]-)?[ ])?|(?<=Von:[ ])|(?<=An:[ ])|(?<=Cc:[ ])|(?<=From:[ ])|(?<=To:[ ])"
    r"|(?<=Herrn[ ])|(?<=Herr[ ])|(?<=Dr\.[ ])|(?<=\())"
    r"(?P<month>August|Juli|Mai|April)(?:[ ]und)?[ ]$"
)
_MONTH_REACH = 40


def months_as_given_names(
    text: str, results: list[RecognizerResult], threshold: float
) -> list[RecognizerResult]:
    """The months before names found at ``threshold`` or above that are first names there (see
    ``_MONTH_BEFORE_NAME``)."""
    found = []
    for result in results:
        if (
            result.entity_type == "PERSON"
            and result.score >= threshold
            and text[result.start : result.start + 1].isupper()
        ):
            match = _MONTH_BEFORE_NAME.search(
                text, max(0, result.start - _MONTH_REACH), result.start
            )
            if match is not None:
                found.append(
                    RecognizerResult(
                        "PERSON",
                        *match.span("month"),
                        _GIVEN_SCORE,
                        recognition_metadata={
                            RecognizerResult.RECOGNIZER_NAME_KEY: "PersonRecognizer"
                        },
                    )
                )
    return found


# Adjectives and other everyday words that surnames are, in lower case ("jung", "klein").
_EVERYDAY_LOWER = frozenset(
    w.lower()
    for w in _EVERYDAY_SURNAMES
    | _AMBIGUOUS_GIVEN
    | _words(
        """
        Rot Roth Frei Fromm Kühn Schön Lieb Hell Fröhlich Wild Gut Still Best Reich Arm Kluge Froh
        Hoch Stark Schnell Mild Hart Fein Bald Gern Kalt Warm Voll Wahl Wirth Wert Sauer Süß
        Lustig Ehrlich Treu Wach Will Kann Muss Soll Mag Darf Hat Ist Sind Wird Bin Mal Noch Nur
        """
    )
)


def _lower_mentions(text: str, parts: set[str]) -> list[tuple[int, int]]:
    """A found name's parts in lower case where the text around is written so, as chats and
    transcripts are ("Yonas: meine neue nummer … yonas", "Tobi 🐻: hdl, tobi"); no everyday
    word ("jung", "vogel") and no noun of the lexicon."""
    if not any(c.islower() for c in text):
        return []
    lowered = {
        part.lower()
        for part in parts
        if part[:1].isupper()
        and part.lower() not in _EVERYDAY_LOWER
        and part.lower() not in _stop_words()
        and part.lower() not in PersonRecognizer.FUNCTION_WORDS
        and not is_lexicon_noun(part)
        and not _is_common_noun(part)
        # A town taken for a name spreads no further ("gewerbeamt siegen").
        and part.lower() not in toponyms()
    }
    if not lowered:
        return []
    return [
        match.span()
        for match in _LOWER_NAME_WORD.finditer(text)
        if match.group() in lowered and written_in_lower_case(text, *match.span())
    ]


_LOWER_NAME_WORD = re.compile(r"(?<![\w.@/-])[a-zäöüßçğışéèáíóúñćčšžłńśźż]{3,}(?![\w@-])")


def _surname_like(word: str) -> bool:
    # A double name with a noun in it ("Terhorst-Kaplan", "Müller-Koch") is a surname when one
    # of its parts is one.
    if "-" in word.strip("-"):
        parts = word.split("-")
        if all(part[:1].isupper() for part in parts) and not _is_organisation(word):
            return any(_surname_like(part) for part in parts)
    return word in _MONTH_SURNAMES or not (
        word in PersonRecognizer.NOT_NAMES
        or _is_role(word)
        or _is_organisation(word)
        or word in PersonRecognizer.COMMON_OBJECTS
        or is_common_noun(word)
        # Short surnames end like nouns too ("Jung", "Hornung").
        or (len(word) >= _MIN_NOUN_LENGTH and _is_common_noun(word))
        or word.isupper()
    )


# An honorific, a first name and a noun that ends the name's line or clause: the noun is the
# surname ("Frau Sabine Hund⏎Rügenstraße 31", "Herrn Jonas Adler, Lindenweg 4").
_DAY_WORDS = _words(
    "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag Morgen Abend Mittag"
    " Nacht Zeit"
)
_HONORIFIC_BEFORE = re.compile(r"(?<![\w-])(?:Frau|Herrn?|Fr\.|Hrn?\.)[ ]$")
_NAME_ENDS = re.compile(r"[ \t]*+(?:\n|$|,)")


@functools.lru_cache(maxsize=256)
def _addressed(surname: str) -> re.Pattern[str]:
    """The surname after an honorific or a first name: "Frau Hund", "Ihr Sohn Jannik Hund"."""
    return re.compile(
        rf"(?<![\w-])(?:Frau|Herrn?|Fr\.|Hrn?\.|(?P<first>{_CAP}))[ ]"
        rf"(?P<name>{re.escape(surname)})(?![\w-])"
    )


def _addressed_by_full_name(text: str, start: int, end: int, surname: str) -> bool:
    return (
        _HONORIFIC_BEFORE.search(text, max(0, start - 6), start) is not None
        and _NAME_ENDS.match(text, end) is not None
        and not surname.isupper()
        # "Hund" is no name elsewhere ("Frau mit Hund"), but a known surname here; a day or a
        # time of day is a roster's ("Herr Jan Montag", "Frau Anna Abend").
        and (surname not in PersonRecognizer.NOT_NAMES or is_known_name(surname))
        and surname not in _DAY_WORDS
        and surname not in PersonRecognizer.FUNCTION_WORDS
        and not _is_role(surname)
        and not _is_organisation(surname)
    )


def _given_name_spans(text: str) -> Iterator[tuple[int, int]]:
    """Names that start with a known first name ("Sven Winter", "Anna Maria Schulz") or list
    items "Surname, First name" ("Sommer, Emma (10)"): no cue needed, the first name is one."""
    lone, paired = lone_given_names(), paired_given_names()
    for match in _GIVEN_PAIR.finditer(text):
        start, end = match.span("name")
        words = text[start:end].split(" ")
        if words[0] not in paired or (start and text[start - 1] in "/@"):
            continue
        # A second first name may come before the surname; otherwise the name is two words.
        if (
            len(words) > 2
            and not (words[1] in paired and words[1][:1].isupper())
            and not re.fullmatch(_PAIR_PARTICLE, " ".join(words[1:-1]))
        ):
            words = words[:2]
        surname = words[-1]
        end = start + len(" ".join(words))
        if (
            not (_surname_like(surname) or _addressed_by_full_name(text, start, end, surname))
            or _is_organisation(" ".join(words))
            or _namesake(text, start, end)
            or FIRM_AFTER.match(text, end)
        ):
            continue
        yield start, end
    if "_" in text:
        for snake in _SNAKE.finditer(text):
            parts = list(_SNAKE_PART.finditer(snake.group()))
            for first, second in itertools.pairwise(parts):
                a, b = first.group(), second.group()
                given, other = (a, b) if a in paired else (b, a)
                if (
                    given in paired
                    and other[:1].isupper()
                    and (
                        is_known_name(other)
                        or not (is_lexicon_noun(other) or _is_common_noun(other))
                    )
                ):
                    yield snake.start() + first.start(), snake.start() + second.end()
    for match in _LONE_WORD.finditer(text):
        if (
            all(part in lone for part in match.group().split("-"))
            and len(match.group()) >= _MIN_LONE_GIVEN
            and match.group() not in _DISHES
            and not FIRM_AFTER.match(text, match.end())
            and not _namesake(text, *match.span())
            and not PLACE_OF_A_GIVEN_NAME.search(
                text, max(0, match.start() - PLACE_REACH), match.start()
            )
        ):
            yield match.span()
    born = _GIVEN_LAST_BORN.finditer(text) if "geb" in text or "*" in text else ()
    glued = _GIVEN_LAST_AFTER_NUMBER.finditer(text)
    for match in itertools.chain(_GIVEN_LAST.finditer(text), born, glued):
        if match.group("given") not in paired:
            continue
        surname = match.group("name").split(",")[0].split(" ")[-1]
        if match.re is _GIVEN_LAST_AFTER_NUMBER and (
            (is_lexicon_noun(surname) and not is_known_name(surname)) or is_place_name(surname)
        ):
            continue  # "Los 3 Bochum, Martin …", "Raum 2 Technik, Ines"
        if (
            _surname_like(surname)
            and not _is_organisation(match.group("name"))
            and not match.group("name").startswith(("Sankt ", "St. "))
        ):
            start, end = match.span("name")
            lead = match.group("name").split(" ")[0]
            if lead != surname and is_lexicon_noun(lead) and not is_known_name(lead):
                start += len(lead) + 1  # "Akte Fischer, Anna-Lena": the file is no name
            yield start, end


# An initial and a surname, as notes and signatures shorten a name: "Bearbeitungsvermerk S.
# Lembcke,", "Bearb. Ch. Wendland". The word after the initial is no noun, place, month or
# office (not "A. Sachverhalt", "S. Bahn", "St. Johannis").
_INITIAL_SURNAME = re.compile(
    # Not the B of "z. B. Fuchs".
    rf"(?<![\w.-])(?<!z\.[ ])(?<!z\.)(?:[{_UP}]|Ch|Chr|Th|Ph)\.[ ]?"
    rf"(?P<name>{_CAP}(?:-{_CAP})?)(?![\w-]|\.\w)"
)
# A table's cell between other cells: an item's letter ("1   A. Grundgebühr   25,00").
_CELL_START = re.compile(r"(?:(?<![^\n])[ \t]*|[ ]{2,}|\t)$")
_CELL_END = re.compile(r"[ ]{2,}\S|\t")


def _initial_and_surname_spans(text: str) -> Iterator[tuple[int, int]]:
    for match in _INITIAL_SURNAME.finditer(text):
        surname = match.group("name")
        if (
            _CELL_START.search(text, max(0, match.start() - 8), match.start()) is not None
            and _CELL_END.match(text, match.end()) is not None
        ) or (
            len(surname) < 3
            or surname.isupper()
            or surname in PersonRecognizer.NOT_NAMES
            or surname.lower() in PersonRecognizer.FUNCTION_WORDS
            or _is_role(surname)
            or _is_organisation(surname)
            or _is_common_noun(surname)
            or (is_lexicon_noun(surname) and not is_known_name(surname))
            or is_place_name(surname)
            or is_district(surname)
        ):
            continue
        yield match.span()


# Informal mail writes names in lower case ("gruß, jana meier", "der kevin hat"): a known first
# name, with the next word when the pair ends the line or the clause (a signature, a list).
# A lookahead, so that every word is tried as the first name: "die lena," is no name pair
# ("die" is no first name), and "lena" must still be tried on its own.
# A transcript has no commas: there the pair may end where a new clause starts ("halyna bondar
# die wohnt in …", "mehmet şahin geboren …"), if the second word is no German word.
_LOWER_NAME = re.compile(
    r"(?<![\w.@/+-])(?=(?P<first>[a-zäöüß]{3,}(?:-[a-zäöüß]{3,})?)"
    r"(?:[ ](?P<last>[a-zäöüßçğışşéèáàóòúñ]{3,}(?:-[a-zäöüß]{2,})?)(?=[ \t]*(?:$|[,.;!?)(])"
    r"|(?P<clause>[ ](?:die|der|das|aber|und|geboren|ist|hat|wohnt|war|heißt|also|äh|ähm)"
    r"(?![\w-]))))?"
    r"(?![\w@/-]|\.\w))",
    re.MULTILINE,
)


def _capitalised(word: str) -> str:
    return "-".join(part.capitalize() for part in word.split("-"))


# First names that are lower-case words, German or English ("fügen", "frank und frei", "said").
_LOWER_AMBIGUOUS = _words(
    "fügen else darin said frank will mark gerade hart klar kai rosa heide linde iris flora milan"
    " otto ernst sonne stern"
)


# A separable verb's particle ends a spoken clause after a name: "frag mal bei dragan nach",
# "sag der jana bescheid".
_VERB_PARTICLES = _words("nach vor hin her los weg raus rein drüber doch da bescheid")


def _lower_word(word: str) -> bool:
    """A lower-case word that is an everyday German word rather than a name."""
    return (
        word in _LOWER_AMBIGUOUS
        or word in PersonRecognizer.FUNCTION_WORDS
        or word in PersonRecognizer.NOT_LOWER_NAMES
        or any(is_lexicon_noun(part.capitalize()) for part in word.split("-"))
    )


def _lower_given_name_spans(text: str) -> Iterator[tuple[int, int]]:
    """Names in lower case that start with a known first name ("jana meier", "mila")."""
    if not any(c.islower() for c in text):
        return
    known = given_names()
    for match in _LOWER_NAME.finditer(text):
        first = match.group("first")
        if (
            len(first) < _MIN_LONE_GIVEN
            or not all(part in known for part in _capitalised(first).split("-"))
            or _lower_word(first)
        ):
            continue
        before = text[max(0, match.start() - 8) : match.start()].lower()
        if re.search(r"(?:\bst\.?|sankt|hl\.)[ ]$", before) or _namesake(
            text, match.start(), match.end("first")
        ):
            continue  # "st elisabeth": a hospital or church named after a saint
        end = match.end("first")
        last = match.group("last")
        # The second word ends the line or clause after a first name: a surname unless it is
        # a function word; nouns count ("timo brandes" has the genitive of "Brand").
        if (
            last
            and not (
                last in PersonRecognizer.FUNCTION_WORDS
                or last in PersonRecognizer.NOT_LOWER_NAMES
                or last in _LOWER_AMBIGUOUS
                or last in _VERB_PARTICLES
            )
            and (
                match.group("clause") is None
                or (
                    not _lower_word(last)
                    and last not in _stop_words()
                    and written_in_lower_case(text, match.start(), match.end("last"))
                )
            )
        ):
            end = match.end("last")
        yield match.start(), end


_CALL_SIGN = re.compile(
    r"(?:Florian|Rotkreuz|Akkon|Johannes|Sama|Heros|Pelikan)[ \t]+\S+[ \t]+\d{1,2}[-/][A-Z]{2,}"
)
_CALL_SIGN_REACH = 40


def _namesake(text: str, start: int, end: int) -> bool:
    """A street, school, shop or saint named after the person ("Sankt Martin", "Karl Marx
    Straße": also after one more word)."""
    if _NAMESAKE_HEAD.match(text, end) or _SAINT.search(text, max(0, start - 7), start):
        return True
    if _CALL_SIGN.match(text, start, min(len(text), end + _CALL_SIGN_REACH)):
        return True  # a fire brigade's radio call sign: "Florian Bottrop 1-HLF20-1"
    following = _NEXT_WORD.match(text, end)
    return following is not None and bool(_NAMESAKE_HEAD.match(text, following.end()))


class PersonRecognizer(EntityRecognizer):
    """Names by context, then every further mention of their parts."""

    # Capitalised words that follow a cue but are no name.
    NOT_NAMES = _words(
        """
        GEB Geb GEBURTSDATUM GEBURTSORT BERUF ANSCHRIFT Dr Prof Hanım Hanim Bey
        Offen Erledigt Abgeschlossen Laufend Ausstehend Angelegt Geschlossen Zurückgestellt
        Wartend Neu Storniert Abgelehnt Genehmigt Bewilligt
        Deutsche Deutscher Deutschen Türke Türkin Türken Pole Polin Syrer Syrerin
        Italiener Italienerin Russe Russin Ukrainer Ukrainerin Grieche Griechin Rumäne Rumänin
        Bulgare Bulgarin Kroate Kroatin Serbe Serbin Afghane Afghanin Iraker Irakerin Iraner
        Iranerin Spanier Spanierin Portugiese Portugiesin Franzose Französin Österreicher
        Österreicherin Niederländer Niederländerin Amerikaner Amerikanerin Brite Britin Inder
        Inderin Chinese Chinesin Vietnamese Vietnamesin Eritreer Eritreerin Somalier Somalierin
        Nigerianer Nigerianerin Marokkaner Marokkanerin Tunesier Tunesierin Albaner Albanerin
        Kosovare Kosovarin Bosnier Bosnierin Tscheche Tschechin Staatenlose Staatenloser
        EG TVöD
        Bürgermeister Bürgermeisterin Oberbürgermeister Oberbürgermeisterin Kollege Kollegin
        Kollegen Rechtsanwalt Rechtsanwältin Rechtsanwälte Sachbearbeiter Sachbearbeiterin Präsident
        Präsidentin Doktor Professor Professorin Direktor Direktorin Mitarbeiter Mitarbeiterin
        Vorsitzende Vorsitzender Amtsleiter Amtsleiterin Leiter Leiterin Stadt Gemeinde Amt Team
        Damen Herren Sehr Liebe Lieber Mit Ihr Ihre Ihren Ihrem Ihrer Ihnen Sie Ich Wir Er Es Du
        Dich Dir Euch Euer Eure Unser Unsere Der Die Das Dem Den Des Ein Eine Einen Einem Einer Und
        Oder Aber Auch Bei Zum Zur Stadtverwaltung Bürgerbüro Abteilung Geschäftsführer
        Geschäftsführerin Inhaber Inhaberin Straße Strasse Weg Platz Allee Betreff Antrag Datum
        Anlage Anlagen Hiermit Vielen Dank Danke Bitte Name Vorname Nachname Telefon Tel Fax Mobil
        Handy E-Mail Email Mail Gmbh GmbH AG KG UG OHG PartG Ltd Co Partner Partnerin Söhne Sohn
        Tochter Steuer Hund Gewerbe Wohnung Rechnung Bescheid Widerspruch Beschwerde Frau Herr Herrn
        Familie Eheleute Januar Februar März April Mai Juni Juli August September Oktober November
        Dezember Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Grüße Grüßen Gruß
        Freundliche Freundlichen Viele Beste Herzliche Hochachtungsvoll Von An Cc Bcc Gesendet
        Weitergeleitete Nachricht Ursprüngliche Original Message From To Subject Date Sent
        Deutschland Germany Musterstadt Bochum Stadtkasse Kämmerei Ordnungsamt Gewerbeamt Standesamt
        Bauordnungsamt Steueramt Wohngeldstelle Tiefbauamt Rechtsamt Anhang Uhr Euro
        Mein Meine Meinem Meinen Meiner Meines Sein Seine Seinem Seinen Seiner Dein Deine Deinem
        Deinen Deiner Unserem Unseren Unserer Ihres Kind Kinder Eltern Vater Mutter Ehemann
        Ehefrau Bruder Schwester Hallo Guten Tag Morgen Abend Hi Hey Dear Sir Madam Best Thanks
        Geburtsdatum Geburtsort Geburtstag Staatsangehörigkeit Herkunftsland Nationalität
        Familienstand Anschrift Wohnort Adresse Hausnummer Geschlecht Bemerkung Unterschrift
        Kind Regards Papa Mama Oma Opa Anwesend Protokoll Notiz Vermerk Einladung Hinweis Hinweise
        Ort Zeit
        Nr Az Abs Seite Personalabteilung Sachbearbeitung Poststelle Bürgerin Bürger Sache Sachen
        """
    )
    # Lower-case words after "mein sohn" that are no name: verbs, adverbs, particles.
    NOT_LOWER_NAMES = _words(
        """
        ist war hat hatte hätte braucht brauchte benötigt wird wurde will wollte muss musste kann
        konnte soll sollte darf möchte geht ging kommt kam wohnt lebt bekommt bekam besucht
        arbeitet spielt macht sagt sagte schreibt fährt fliegt zieht bleibt schläft liegt
        heißt heisst und oder auch noch schon jetzt hier dort leider nicht nie kein keine seit
        bald heute morgen gestern bereits momentan aktuell gerade zurzeit derzeit wieder immer
        ab mit bei von aus für in im ins an am auf zu zum zur ja nein nur erst mal halt eben
        """
    )
    # A line that starts with one of these words names an organisation, not a person.
    ORGANISATION_HEADS = _words(
        """
        Stadt Gemeinde Kreis Landkreis Bezirk Bezirksamt Bezirksregierung Stadtverwaltung
        Kreisverwaltung Verbandsgemeinde Samtgemeinde Amt Landesamt Bundesamt Ministerium Firma Fa.
        Team Praxis Kanzlei Hotel Restaurant Apotheke Bäckerei Autohaus Hansestadt Landeshauptstadt
        Universität Hochschule Schule Grundschule Kita Kindergarten Verein Verband Stiftung Ihr Ihre
        Euer Eure Dein Deine Unser Unsere Das Die Der Sachgebiet Fachdienst Fachbereich Referat
        Dezernat Dienststelle Geschäftsbereich Stabsstelle Sachbereich Arbeitsgruppe Jobcenter
        Servicecenter Bürgerservice Bürgerbüro Polizei Polizeipräsidium Feuerwehr Landratsamt
        """
    )
    ORGANISATION_WORDS = _words(
        "GmbH AG KG OHG UG mbH mbB PartG GbR e.V. eG Co. Ltd Ltd. Inc. SE Dienst"
    )
    # Words ending like this are authorities, departments or companies.
    ORGANISATION_ENDING = re.compile(
        r"(?:amt|ämter|büros?|stellen?|verwaltung(?:en)?|abteilung(?:en)?|teams?|referate?|dezernate?"
        # (A parish, also shortened: "KATH. KIRCHENGEM. ST. AGNES".)
        r"|behörden?|kassen?|gerichte?|schulen?|zentrum|zentren|center|vereine?|verband|verbände"
        r"|gemeinden?|(?<=[a-zäöüß]{3})gem\."
        r"|gesellschaft(?:en)?|werke?|betriebe?|service|aufsicht|desk|support|hotline"
        r"|(?<=[a-zäöüß]{3})(?:dienste?|gebiet|bereich))$"
    )
    # After a relation word a capitalised word may still be an object ("meinem Mann Bescheid
    # geben"): endings and words of common nouns that are no first names.
    COMMON_NOUN_ENDING = re.compile(
        r"(?:ung|heit|keit|schaft|tion|tät|nisse|ismus|geld|schein|ausweis|antrag|karte"
        r"|pass|hilfe|zeit|arbeit|sachen|unterlagen|bescheinigung|platz|termin)$"
    )
    COMMON_OBJECTS = _words(
        """
        Bescheid Geld Essen Zeit Hilfe Unterhalt Post Arbeit Angst Ruhe Recht Platz Zugang Kontakt
        Besuch Auskunft Nachricht Bericht Vollmacht Zimmer Auto Fahrrad Schule Kindergarten Kita
        Frühstück Mittagessen Abendessen Geschenk Brief Ausweis Pass Unterschrift Sorgerecht
        Gesundheit Wohnung Miete Kaution Schlüssel Medikamente Urlaub Ferien Sport Unterricht
        """
    )

    # Lower-case words that end a name taken from informal text ("kevin und ich").
    FUNCTION_WORDS = _words(
        """
        und oder aber ich du er sie es wir ihr aus von vom bei mit für an am im in auf zu zum
        zur bin bist ist sind habe hast hat haben wohne wohnt komme kommt möchte möchten würde
        will wollte zurück alle allen euch dich dir sie ihnen noch mal auch schon bitte danke
        the and from
        """
    )

    # (pattern, score, whether the hit may be a list of names, whether the cue is a role or
    # relation word after which an object may stand instead of a name, whether only the last
    # words before the cue are the name)
    RULES: tuple[tuple[_Finder, float, bool, bool, bool], ...] = (
        (_LABEL, 0.9, True, False, False),
        (_SALUTATION, 0.85, False, False, False),
        (_SALUTATION_LINE, 0.85, False, False, False),
        (_SALUTATION_WRAPPED, 0.85, False, True, False),
        (_FAMILY, 0.85, True, False, False),
        (_RELATION, 0.8, True, True, False),
        (_BIRTH_NAME, 0.8, False, False, False),
        (_CLOSING, 0.85, False, False, False),
        (_CLOSING_SAME_LINE, 0.8, False, False, False),
        (_HEADER, 0.85, False, False, False),
        (_INTRO, 0.8, False, False, False),
        (_INTRO_LOWER, 0.75, False, False, False),
        (_INTRO_SPOKEN, 0.75, False, True, False),
        (_REPEATED_SURNAME, 0.75, False, True, False),
        (_INTRO_HERE, 0.75, False, True, False),
        (_CLOSING_LOWER, 0.75, False, False, False),
        (_THANKS_LOWER, 0.75, False, False, False),
        (_DictatedSignature(), 0.75, False, False, False),
        (_ADDRESS_BLOCK, 0.8, False, False, False),
        (_ChatSpeakers(), 0.8, False, False, True),
        (_ROLE, 0.75, True, True, False),
        # At the score of a propagated mention: neither the redactor nor this recognizer
        # (``propagates``) searches for "Kraft" of "Stadtrat Kraft" all over the text.
        (_StaffShort(), PROPAGATED_SCORE, False, True, False),
        (_NAMED_AS, 0.75, True, True, False),
        (_VIA, 0.75, True, True, False),
        (_PARTIES, 0.8, True, False, False),
        (_BEFORE_BIRTH, 0.8, False, True, True),
        (_SALUTATION_BRACKET, 0.8, False, True, False),
        (_NAME_AND_DATE, 0.75, False, True, False),
        (_FILE_OF, 0.75, False, True, False),
        (_RESUBMISSION, 0.75, False, True, False),
        (_POST_IN_BRACKETS, 0.75, False, True, False),
        (_ENTRY_WITH_FILE, 0.75, False, True, False),
        (_ChildrenWithAges(), 0.75, False, True, False),
        (_SIGNATURE_TILDES, 0.75, False, True, False),
        (_CAPS_PAIR, 0.75, False, False, False),
        (_GLUED_LABEL, 0.75, False, True, False),
        (_FAMILY_SHORTHAND, 0.75, False, True, False),
        (_Titled(), 0.8, False, True, False),
        (_VIETNAMESE, 0.8, False, False, False),
        (_NON_LATIN, 0.75, False, False, False),
        (_GEZ, 0.8, False, False, False),
        (_ON_BEHALF, 0.8, False, True, False),
        (_TRANSLITERATED, 0.8, False, True, True),
        (_SIGNATURE_DASHES, 0.8, False, False, False),
        (_INITIAL_LINE_START, 0.75, False, True, False),
        (_INITIAL_IN_TEXT, 0.75, False, True, False),
        (_INITIAL_SIGNATURE, 0.75, False, True, False),
        (_RELATION_LOWER, 0.6, False, True, False),
        (_NamedLower(), 0.6, False, True, False),
        (_PHONE_GREETING, 0.75, False, True, False),
        (_NOTE_SIGNED, 0.75, False, True, False),
        (_CREW_FIRST, 0.75, False, True, False),
        (_CREW_SECOND, 0.75, False, True, False),
        (_SalutedLower(), 0.6, False, False, False),
        (_NAME_ABOVE_ROLE, 0.8, False, False, False),
        (_NAME_BEFORE_ROLE, 0.75, False, True, False),
        (_NAME_FROM_TOWN, 0.7, False, True, False),
        (_LIST_ROW, 0.75, False, True, False),
        (_ChatLabels(), 0.75, False, False, False),
        (_LAST_LINE, 0.7, False, True, False),
    )

    def __init__(self) -> None:
        super().__init__(
            supported_entities=["PERSON"], supported_language="de", name="PersonRecognizer"
        )

    def load(self) -> None:  # nothing to load: rules only
        return None

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        parts: set[str] = set()
        for pattern, score, is_list, cued, tail in self.RULES:
            for match in pattern.finditer(text):
                group = "names" if is_list else "name"
                if (
                    pattern is _BIRTH_NAME
                    and match.group("name") is not None
                    and _BORN_IN_BEFORE.search(text, max(0, match.start() - 40), match.start())
                    and is_lexicon_noun(match.group("name"))
                    and not is_known_name(match.group("name"))
                ):
                    continue  # "in Erlangen geborene Mathematikerin": a participle, no name
                if pattern is _SALUTATION_WRAPPED and any(
                    is_lexicon_noun(word) for word in match.group("name").split()
                ):
                    continue  # "die Frau⏎Sommer …": a line's next word, no name, as often
                if match.group(group) is None:
                    # The other forms of a rule with several ("name2", "name3", …).
                    forms = [g for g in match.re.groupindex if g.startswith("name")]
                    group = next((g for g in forms if match.group(g) is not None), "")
                    if not group:
                        continue
                    # "auch Freunde heißen": a name to be taken is no everyday noun.
                    if group == "name4" and (
                        is_lexicon_noun(match.group(group)) or is_common_noun(match.group(group))
                    ):
                        continue
                spans = _names_in(text, *match.span(group)) if is_list else [match.span(group)]
                for start, end in spans:
                    found = self._trimmed(text, start, end, cued, tail)
                    if found is not None:
                        found = (found[0], _wrapped_end(text, *found))
                        results.append(self._result(found[0], found[1], score))
                        if getattr(pattern, "propagates", True):
                            parts.update(name_parts(text[found[0] : found[1]]))
        addressed: set[str] = set()
        for start, end in _given_name_spans(text):
            results.append(self._result(start, end, _GIVEN_SCORE))
            # Further mentions of the surname, unless it is an everyday word ("Sven Winter":
            # "Winter" is not redacted wherever the season stands); such a surname is still the
            # person's after an honorific ("Frau Sabine Hund" … "Sehr geehrte Frau Hund").
            found_parts = name_parts(text[start:end])
            parts.update(p for p in found_parts if p not in _EVERYDAY_SURNAMES)
            surname = text[start:end].split(" ")[-1]
            if surname not in found_parts or surname in _EVERYDAY_SURNAMES:
                addressed.add(surname)
        for surname in addressed:
            results.extend(
                self._result(
                    match.start("first") if match["first"] else match.start("name"),
                    match.end("name"),
                    PROPAGATED_SCORE,
                )
                for match in _addressed(surname).finditer(text)
                if match["first"] is None or match["first"] in paired_given_names()
            )
        for start, end in _lower_given_name_spans(text):
            results.append(self._result(start, end, _GIVEN_SCORE))
        for start, end in _initial_and_surname_spans(text):
            results.append(self._result(start, end, _GIVEN_SCORE))
            parts.update(name_parts(text[start:end]))
        for start, end in _signatures(text):
            results.append(self._result(start, end, _SIGNATURE_SCORE))
            parts.update(name_parts(text[start:end]))
        for start, end, part in self._firm_partners(text, parts):
            results.append(self._result(start, end, _FIRM_SCORE))
            parts.add(part)
        for start, end in _list_mates(text, [(r.start, r.end) for r in results]):
            results.append(self._result(start, end, _GIVEN_SCORE))
            parts.update(name_parts(text[start:end]))
        # Two-letter parts ("Al", "Li") would hit too many ordinary words when propagated.
        parts = {p for p in parts if len(p) >= 3}
        for start, end in find_mentions(text, parts):
            results.append(self._result(start, end, PROPAGATED_SCORE))
        for start, end in _lower_mentions(text, parts):
            results.append(self._result(start, end, PROPAGATED_SCORE))
        return results

    @staticmethod
    def _trimmed(
        text: str, start: int, end: int, cued: bool, tail: bool = False
    ) -> tuple[int, int] | None:
        """The span without leading/trailing cue words; None when no name is left.

        ``cued``: the cue was a role or relation word, so the words after it may be an object
        ("meinem Mann Bescheid geben", "Der Mieter Kollege …"), a verb in lower case, or
        another role. ``tail``: only the last run of name words counts ("Meine Tochter Lina
        Marchenko, geb. …" gives "Lina Marchenko").
        """
        span_text = text[start:end]
        if _is_organisation(span_text):
            # "Herr Meier S. Bauamt", "Anna-amt": the name ends before the initial or syllable
            # that led into the office's name.
            cut = _BEFORE_INITIAL.search(span_text) or _BEFORE_SYLLABLE.search(span_text)
            if cut is None:
                return None
            return PersonRecognizer._trimmed(text, start, start + cut.start(), cued, tail)
        # "Haupt- und Personalamt": a word cut short before "und" ends no name.
        if _CUT_SHORT.match(text, end):
            return None
        # "lg aus köln": a lower-case hit that starts with a function word is no name.
        if (
            span_text[:1].islower()
            and span_text.split()[0] in PersonRecognizer.FUNCTION_WORDS
            and not _LEAD_NAME.match(span_text)
        ):
            return None
        if tail:
            words = span_text.split(" ")
            kept_tail: list[str] = []
            for word in reversed(words):
                if word[:1].islower() and _PARTICLE_RE.fullmatch(word):
                    kept_tail.append(word)
                    continue
                if kept_tail and _STARTS_WITH_INITIAL.fullmatch(word):
                    kept_tail.append(word)  # "M. van der Meulen": the initial leads the name
                    break
                if not name_parts(word) or _is_common_noun(word) or _is_role(word):
                    break
                kept_tail.append(word)
            while kept_tail and kept_tail[-1][:1].islower():
                kept_tail.pop()
            if not kept_tail:
                return None
            offset = len(span_text) - len(" ".join(reversed(kept_tail)))
            return PersonRecognizer._trimmed(text, start + offset, end, cued)
        kept = name_parts(span_text)
        if not kept:
            return None
        # Abstract nouns in the plural ("Empfänger von Leistungen", "Halter von Tieren" is none
        # of them): no surname ends so.
        if all(_ABSTRACT_PLURAL.search(part) for part in kept):
            return None
        # Two words or more, every one a noun ("Vertretung Abteilungsleitung",
        # "Elterngeldstelle, Zentrale Dienste"): an office, not a name.
        if len(kept) > 1 and all(is_lexicon_noun(part) or _is_common_noun(part) for part in kept):
            return None
        # An office's name where a mail header expects a person ("An: Bauordnung
        # <bauordnung@…>", "Von: Stadtkasse"): one noun of the lexicon with an office's ending.
        if (
            len(kept) == 1
            and _OFFICE_NOUN.search(kept[0])
            and is_lexicon_noun(kept[0])
            and not is_known_name(kept[0])
        ):
            return None
        # The same with its district or town, or as a hyphenated compound: "Von: Baumkontrolle
        # Süd", "Wirtschaftsförderung Oberhausen", "Kontakt: Kita-Platzvergabe".
        office = span_text.split()[0].rstrip(",")
        if (
            (work := _OFFICE_WORK.search(office)) is not None
            and not is_known_name(office)
            and (
                is_lexicon_noun(office)
                or is_loose_noun_compound(office.split("-")[-1])
                # "Baum|kontrolle": a noun before the work.
                or office[: work.start()].lower() in german_nouns()
            )
            and (
                len(span_text.split()) == 1
                or (
                    len(span_text.split()) == 2
                    and (
                        span_text.split()[1] in _COMPASS_WORDS
                        or is_place_name(span_text.split()[1])
                    )
                )
            )
        ):
            return None
        # A noun alone between a table's bars ("| Melder/in | Alter | Mangel |"): a header's
        # next column, not a name.
        if (
            len(kept) == 1
            and _CELL_BEFORE.search(text, max(0, start - 4), start)
            and _CELL_AFTER.match(text, end)
            and is_lexicon_noun(kept[0])
            and not is_known_name(kept[0])
        ):
            return None
        # One abstract noun ("Einrichtung⏎Ansprechstelle" above a role's line).
        if (
            len(kept) == 1
            and _ABSTRACT_SINGULAR.search(kept[0])
            and is_lexicon_noun(kept[0])
            and not is_known_name(kept[0])
            and not _BIRTH_NAME_BEFORE.search(text, max(0, start - 14), start)
        ):
            return None
        # One long compound noun ("Sachbearbeitung: Arbeitgeberbescheinigung"); short nouns
        # are surnames too often ("Krug", "Kranich", "Rausch").
        if (
            len(kept) == 1
            and len(kept[0]) >= _LONG_NOUN
            and is_lexicon_noun(kept[0])
            # A birth name is a name whatever it means ("geb. Sonnenschein").
            and not _BIRTH_NAME_BEFORE.search(text, max(0, start - 14), start)
        ):
            return None
        # A heading's letter before a noun ("A. Sachverhalt", "B. Begründung").
        if _STARTS_WITH_INITIAL.match(span_text) and all(is_lexicon_noun(part) for part in kept):
            return None
        # After a role word a bare article starts an institution, not a name ("Der Leiter der
        # Feuerwehr", "Leiterin des Tiefbauamtes"); particles of names come after "von".
        if cued and _ARTICLE_LEAD.match(span_text):
            return None
        if cued and (
            _is_common_noun(kept[0])
            or _is_role(kept[0])
            or kept[0].lower() in PersonRecognizer.NOT_LOWER_NAMES
            # A long noun of the lexicon that is no known name before more words ("Betroffen:
            # Fachverfahren OK.EWO"). Short nouns alone are names too often ("Ihr Sohn Emir",
            # "Mieter Rosenkranz:").
            or (
                len(kept) > 1
                and len(kept[0]) >= _MIN_NOUN_BEFORE_MORE
                and is_lexicon_noun(kept[0])
                and not is_known_name(kept[0])
            )
            # A noun's plural as a heading: "Betroffene Systeme:" (not "Mieter Rosenkranz:").
            or (text.startswith(":", end) and _is_noun_plural(kept[0]))
        ):
            return None
        first = span_text.find(kept[0])
        lead = _LEAD_BEFORE.search(span_text, 0, first)
        if lead is not None:
            first = lead.start()
        last = start + span_text.rfind(kept[-1]) + len(kept[-1])
        # OCR put a digit into the last word ("Yı1maz"): the name runs to the word's end.
        if last == end and end < len(text) and text[end].isdigit():
            digits = _WORD_TAIL.match(text, end)
            if digits is not None:
                last = digits.end()
        return start + first, last

    @staticmethod
    def _firm_partners(text: str, parts: set[str]) -> Iterator[tuple[int, int, str]]:
        """Surnames joined by ``&`` to a known surname: a partnership of people."""
        if not parts:
            return
        for match in _FIRM.finditer(text):
            for known, other in (("left", "right"), ("right", "left")):
                word = match.group(other)
                if (
                    match.group(known) in parts
                    and word not in parts
                    and word not in PersonRecognizer.NOT_NAMES
                    and not _is_organisation(word)
                ):
                    yield match.start(other), match.end(other), word

    def _result(self, start: int, end: int, score: float) -> RecognizerResult:
        return RecognizerResult(
            entity_type="PERSON",
            start=start,
            end=end,
            score=score,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: "PersonRecognizer",
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )


_CELL_NAME = re.compile(
    rf"{_SALUTE}?{_TITLE}(?:{_NAME_PART}[,.]?[ ]{_LEAD}{_NAME}|{_LEAD}{_NAME})(?:{_PAREN})?"
)


def looks_like_name(cell: str) -> bool:
    """Whether a table cell or list item holds nothing but a person's name.

    "Kılıç, Fatma", "Dr. Anna-Lena Meyer", "von der Heide"; not "Stadtkasse", "Ersthund", a
    noun ("Personalwesen") or a role ("Eigentümerin"). Used where the row or column already
    says the cell is personal.
    """
    cell = cell.strip()
    if not _CELL_NAME.fullmatch(cell) or _is_organisation(cell):
        return False
    parts = name_parts(_PAREN_RE.sub(" ", cell))
    return bool(parts) and not any(
        _is_common_noun(p) or _is_role(p) or (is_lexicon_noun(p) and not is_known_name(p))
        for p in parts
    )
