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

import re
from collections.abc import Iterable, Iterator

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

# Upper-case letters a name may start with: ASCII, Latin-1 and Latin Extended-A (the latter
# range also holds lower-case letters, which never start a German word, so it does no harm).
_UP = "A-ZÀ-ÖØ-ÞĀ-ſ"
_CAP = rf"[{_UP}][^\W\d_]+(?:['’][^\W\d_]+)?"
_NAME_PART = rf"(?:{_CAP}(?:-{_CAP})*)"
_PARTICLE = r"(?:von|van|de|der|den|del|della|da|di|dos|das|al|el|bin|ibn|zu|ter|ten|du|le|la)"
_NAME = rf"{_NAME_PART}(?:[ ](?:{_PARTICLE}[ ])?{_NAME_PART}){{0,3}}"
_TITLE = r"(?:(?:Dr\.|Prof\.|Dipl\.-[A-Z][a-z]+\.?|med\.|rer\.[ ]?nat\.|jur\.|Mag\.|Ing\.)[ ]*)*"
_SALUTE = r"(?:(?:Herrn?|Frau|Hr\.|Fr\.)[ ]+)"
_PAREN = r"(?:[ ]*\([^()\n]{0,40}\))"
_ITEM = rf"(?:{_SALUTE}?{_TITLE}{_NAME}{_PAREN}?)"
_ITEM_WITH_AGE = rf"(?:{_SALUTE}?{_TITLE}{_NAME}{_PAREN})"
# "Karim (geb. …) und Lina", "Anna, Ben und Carla"; a comma list needs the closing "und" so
# that "Max Muster, Hattinger Straße 112" stays one name, except where every further item
# carries a bracket ("Deniz (12), Ela (9)"), the way children are listed on forms.
_LIST = (
    rf"{_ITEM}(?:(?:,[ ]*{_ITEM})*,?[ ]+(?:und|sowie|&)[ ]+{_ITEM}"
    rf"|(?:[ ]*[,;][ ]*{_ITEM_WITH_AGE})+)?"
)
# "Muster, Max" on a form line.
_SURNAME_FIRST = rf"{_NAME_PART},[ ]{_NAME_PART}(?:[ ]{_NAME_PART})?(?=[ \t]*(?:$|[;(·|]))"

_LABEL_WORDS = (
    r"(?:Vor-[ ]und[ ](?:Nach|Zu|Familien)name|(?:Vor|Nach|Zu|Familien|Geburts)?[Nn]ame[n]?"
    r"(?:[ ]*(?:,|/|und)[ ]*(?:Vor|Nach|Zu|Familien|Geburts)?[Nn]ame[n]?)*"
    r"|Antragsteller|Ansprechpartner|Kontaktperson|Kontakt|Kontoinhaber|Inhaber|Halter|Mieter"
    r"|Untermieter|Vermieter|Wohnungsgeber|Eigentümer|Hauseigentümer|Absender|Empfänger"
    r"|Rechnungsempfänger|Verstorbene[rn]?|Kind(?:er)?|Vater|Mutter|Eltern|Ehemann|Ehefrau"
    r"|Ehegatte|Ehegattin|Lebenspartner|Partner|Sohn|Tochter|Bauherr|Melder|Finder|Sachbearbeiter"
    r"|Bearbeiter|Unterschrift|Unterzeichner|Geschäftsführer|Bevollmächtigte[rn]?|Vertreter"
    r"|gesetzliche[rn]?[ ]Vertreter|Erziehungsberechtigte[rn]?|Betreuer|Vormund|Zeuge|Zeugin"
    r"|Schuldner|Gläubiger|Mandant|Patient|Schüler|Teilnehmer|Besteller|Auftraggeber|Verfasser"
    r"|Pächter|Verpächter|Erbe|Erblasser|Beitragsschuldner|Steuerpflichtige[rn]?"
    r"|Zahlungspflichtige[rn]?|Gesuchte[rn]?[ ]Person|Betroffene[rn]?(?:[ ]Person)?"
    r"|Haushaltsangehörige[rn]?|Angehörige[rn]?|Familienmitglied(?:er)?|Mitbewohner|Enkel"
    r"|Enkelkind(?:er)?|Geschwister|Hinterbliebene[rn]?|Begleitperson|Pflegeperson"
    r"|Beschäftigte[rn]?|Arbeitnehmer|Mitarbeiter)"
)
# Gendered and plural endings of the label words: "Antragsteller/in", "Halter(in)", "Inhaberin".
_LABEL_ENDING = r"(?:in|innen|en|n|/-?in|/-?innen|\(in\)|\(innen\)|\*in|_in)?"
_LABEL_GENITIVE = (
    r"(?:[ ]+(?:des|der)[ ]+(?:Kind(?:e?s)?|Antragsteller(?:s|in)|Vaters|Mutter"
    r"|Ehe(?:mann(?:e?s)?|frau|gatten|gattin)|Kontoinhaber(?:s|in)|Verstorbenen|Halter(?:s|in)"
    r"|Person|Eltern))?"
)
_LABEL = re.compile(
    rf"(?<![\w-])(?i:{_LABEL_WORDS}){_LABEL_ENDING}{_LABEL_GENITIVE}{_PAREN}?[ \t]*:[ \t]*"
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
_RELATION = re.compile(
    rf"(?<![\w-])(?:(?:{_DETERMINER})[ ]+(?:[a-zäöüß]+[ ]+){{0,2}}(?:{_RELATIVES}|Mann)"
    rf"|{_RELATIVES})[ ]+(?P<names>{_LIST})"
)
_BIRTH_NAME = re.compile(
    rf"(?<![\w-])(?:geb\.|geborene[rn]?|verw\.|verwitwete[rn]?|gesch\.|geschiedene[rn]?)[ ]+"
    rf"(?P<name>{_NAME_PART})(?![\w-])"
)
_SALUTATION = re.compile(rf"(?<![\w-])(?:Herrn?|Frau|Hr\.|Fr\.)[ ]+{_TITLE}(?P<name>{_NAME})")
_FAMILY = re.compile(rf"(?<![\w-])(?:Familie|Eheleute|Ehepaar|Geschwister)[ ]+(?P<names>{_LIST})")
_CLOSING_WORDS = (
    r"mit[ ]freundlichen[ ]grüßen|mit[ ]freundlichem[ ]gruß|freundliche[ ]grüße|viele[ ]grüße"
    r"|beste[ ]grüße|herzliche[ ]grüße|liebe[ ]grüße|schöne[ ]grüße|hochachtungsvoll|mfg|lg|vg"
    r"|gruß|grüße|servus|tschüss|cheers|best[ ]regards|kind[ ]regards|regards"
)
_CLOSING = re.compile(
    rf"(?<![\w-])(?i:{_CLOSING_WORDS})(?:[ ]+(?:aus|und|an|von|nach|zurück)[^\n]{{0,60}})?"
    r"[ ,.!]*\n(?:[ \t]*\n)*"
    # Lines that continue the closing formula ("und ein schönes Wochenende").
    r"(?:[ \t]*[a-zäöüß][^\n]{0,60}\n(?:[ \t]*\n)*){0,2}"
    # "i. A.", "Im Auftrag" on the name line or a line of its own.
    r"[ \t]*(?:(?:i\.[ ]?A\.|i\.[ ]?V\.|gez\.|ppa\.|Im[ ]Auftrag|In[ ]Vertretung)[ \t]*\n?[ \t]*)?"
    rf"(?P<name>{_TITLE}{_NAME})[ \t]*,?[ \t]*$",
    re.MULTILINE,
)
_CLOSING_SAME_LINE = re.compile(
    rf"(?<![\w-])(?i:{_CLOSING_WORDS})[ ,]+(?P<name>{_NAME})[ \t]*[.!]?[ \t]*$", re.MULTILINE
)
# Informal mail in lower case: "mein name ist kevin schmitz und …", "gruß kevin". The cue is
# strong enough to take lower-case words; function words end the name.
_LOWER_WORD = r"[^\W\d_]{2,}"
_INTRO_LOWER = re.compile(
    rf"(?<![\w-])(?i:mein[ ]name[ ]ist|ich[ ]heiße|ich[ ]heisse)[ ]+"
    rf"(?P<name>{_LOWER_WORD}(?:[ ]{_LOWER_WORD})?)"
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
_INTRO = re.compile(
    rf"(?<![\w-])(?:[Mm]ein[ ]Name[ ]ist|[Ii]ch[ ]heiße|[Hh]eiße[ ]ich|[Ii]ch,"
    rf"|[Uu]nterzeichnete[rn]?)[ ]+{_TITLE}(?P<name>{_NAME})"
)
_ADDRESS_BLOCK = re.compile(
    rf"^[ \t]*{_SALUTE}?{_TITLE}(?P<name>{_NAME})[ \t]*\n(?:[ \t]*\n)?"
    r"[ \t]*[^\n\d]{3,60}[ ]\d{1,4}[ ]?[a-zA-Z]?(?:[ ]?[-/][ ]?\d{1,4}[a-z]?)?[ \t]*\n"
    r"(?:[ \t]*\n)?[ \t]*(?:D-)?\d{5}[ ]",
    re.MULTILINE,
)
_ITEM_RE = re.compile(rf"{_SALUTE}?{_TITLE}(?P<name>{_NAME})")
# Words as names are written: letters, joined by hyphens or apostrophes.
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_GENITIVE = re.compile(r"(?:s|'s|’s)$")
_INITIAL = re.compile(rf"(?<![\w.-])[{_UP}]\.[ ]?$")
_FIRM = re.compile(rf"(?<![\w-])(?P<left>{_NAME_PART})[ ]*&[ ]*(?P<right>{_NAME_PART})(?![\w-])")
_PAREN_RE = re.compile(r"\([^()\n]*\)")
_SURNAME_FIRST_RE = re.compile(_SURNAME_FIRST, re.MULTILINE)
PROPAGATED_SCORE = 0.7
_FIRM_SCORE = 0.75


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def name_parts(name: str) -> list[str]:
    """The words of a found name that identify the person (no titles, no cue words)."""
    parts = [p.strip(",") for p in re.split(r"\s+", name) if p.strip(",")]
    return [
        p
        for p in parts
        if p not in PersonRecognizer.NOT_NAMES
        and p.lower() not in PersonRecognizer.FUNCTION_WORDS
        and not p.endswith(".")
    ]


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


def _is_common_noun(word: str) -> bool:
    return word in PersonRecognizer.COMMON_OBJECTS or bool(
        PersonRecognizer.COMMON_NOUN_ENDING.search(word.lower())
    )


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
    lookup = {variant for part in parts for variant in (part, part.upper())}
    if not lookup:
        return []
    spans: list[tuple[int, int]] = []
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
        elif start and (text[start - 1] in "_.-" or text[start - 1].isalnum()):
            continue  # part of a longer token ("s.brandt", "5Demir")
        spans.append((start, end))
    return spans


class PersonRecognizer(EntityRecognizer):
    """Names by context, then every further mention of their parts."""

    # Capitalised words that follow a cue but are no name.
    NOT_NAMES = _words(
        """
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
        """
    )
    # A line that starts with one of these words names an organisation, not a person.
    ORGANISATION_HEADS = _words(
        """
        Stadt Gemeinde Kreis Landkreis Bezirk Bezirksamt Bezirksregierung Stadtverwaltung
        Kreisverwaltung Verbandsgemeinde Samtgemeinde Amt Landesamt Bundesamt Ministerium Firma Fa.
        Team Praxis Kanzlei Hotel Restaurant Apotheke Bäckerei Autohaus Hansestadt Landeshauptstadt
        Universität Hochschule Schule Grundschule Kita Kindergarten Verein Verband Stiftung Ihr Ihre
        Euer Eure Dein Deine Unser Unsere Das Die Der
        """
    )
    ORGANISATION_WORDS = _words("GmbH AG KG OHG UG mbH mbB PartG GbR e.V. eG Co. Ltd Ltd. Inc. SE")
    # Words ending like this are authorities, departments or companies.
    ORGANISATION_ENDING = re.compile(
        r"(?:amt|ämter|büro|stelle|verwaltung|abteilung|team|referat|dezernat|behörde|kasse|gericht"
        r"|schule|zentrum|verein|verband|gesellschaft|werke?|betrieb|service)$"
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

    # (pattern, score, whether the hit may be a list of names, whether it names relatives)
    RULES: tuple[tuple[re.Pattern[str], float, bool, bool], ...] = (
        (_LABEL, 0.9, True, False),
        (_SALUTATION, 0.85, False, False),
        (_FAMILY, 0.85, True, False),
        (_RELATION, 0.8, True, True),
        (_BIRTH_NAME, 0.8, False, False),
        (_CLOSING, 0.85, False, False),
        (_CLOSING_SAME_LINE, 0.8, False, False),
        (_HEADER, 0.85, False, False),
        (_INTRO, 0.8, False, False),
        (_INTRO_LOWER, 0.75, False, False),
        (_CLOSING_LOWER, 0.75, False, False),
        (_ADDRESS_BLOCK, 0.8, False, False),
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
        for pattern, score, is_list, relatives in self.RULES:
            for match in pattern.finditer(text):
                group = "names" if is_list else "name"
                spans = _names_in(text, *match.span(group)) if is_list else [match.span(group)]
                for start, end in spans:
                    found = self._trimmed(text, start, end, relatives)
                    if found is not None:
                        results.append(self._result(found[0], found[1], score))
                        parts.update(name_parts(text[found[0] : found[1]]))
        for start, end, part in self._firm_partners(text, parts):
            results.append(self._result(start, end, _FIRM_SCORE))
            parts.add(part)
        # Two-letter parts ("Al", "Li") would hit too many ordinary words when propagated.
        parts = {p for p in parts if len(p) >= 3}
        for start, end in find_mentions(text, parts):
            results.append(self._result(start, end, PROPAGATED_SCORE))
        return results

    @staticmethod
    def _trimmed(text: str, start: int, end: int, relatives: bool) -> tuple[int, int] | None:
        """The span without leading/trailing cue words; None when no name is left."""
        span_text = text[start:end]
        if _is_organisation(span_text):
            return None
        # "lg aus köln": a lower-case hit that starts with a function word is no name.
        if span_text[:1].islower() and span_text.split()[0] in PersonRecognizer.FUNCTION_WORDS:
            return None
        kept = name_parts(span_text)
        if not kept or (relatives and _is_common_noun(kept[0])):
            return None
        first = span_text.find(kept[0])
        last = span_text.rfind(kept[-1]) + len(kept[-1])
        return start + first, start + last

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
