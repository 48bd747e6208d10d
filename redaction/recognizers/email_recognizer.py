"""E-mail addresses, without Presidio's tldextract look-up (it downloads the suffix list).

Every address is personal unless its local part is plainly a function, not a person: each of
its words is a mailbox word of an office or organisation ("info", "poststelle", "presse") or a
compound ending in one ("buergerservice", "obdachlosenhilfe", "bauaufsicht"), no word is a
single letter (an initial), and the domain is not a free mail provider where people have their
private addresses. Such functional mailboxes of authorities, companies and law firms stay
readable, as do their switchboards (see the phone recognizer). Anything else, including every
address with a name-like word, is redacted: recall first.
"""

from __future__ import annotations

import re
import unicodedata

from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers import districts
from redaction.recognizers.noun_lexicon import (
    german_nouns,
    is_known_name,
    is_lexicon_noun,
    is_place_name,
    places,
    toponyms,
)
from redaction.recognizers.patterns import StdlibPatternRecognizer

# fmt: off
# Words of functional mailboxes, lower case, umlauts written as in addresses (ae, oe, ue, ss).
_FUNCTION_TEXT = """
info infos kontakt kontakte post poststelle posteingang postfach mail email mails service
services buergerservice buergerbuero buergeramt buergerdienste buergertelefon presse
pressestelle pressesprecher medien oeffentlichkeitsarbeit kommunikation verwaltung zentrale
empfang sekretariat office team support hilfe helpdesk servicedesk it edv webmaster noreply
no reply donotreply do not newsletter redaktion anfrage anfragen beratung bewerbung
bewerbungen karriere jobs job ausbildung personal personalabteilung
rechnung rechnungen rechnungseingang buchhaltung kasse stadtkasse gemeindekasse
zahlungsverkehr mahnwesen vollstreckung steuern steueramt kanzlei praxis rathaus stadt
gemeinde kreis landkreis amt behoerde datenschutz datenschutzbeauftragte
datenschutzbeauftragter dsb vorstand geschaeftsstelle geschaeftsfuehrung leitung hotline
termin termine terminvergabe veranstaltung veranstaltungen events anmeldung anmeldungen
fundbuero standesamt ordnungsamt bauamt bauaufsicht bauordnung jugendamt sozialamt
gesundheitsamt auslaenderbehoerde einbuergerung meldewesen meldebehoerde gewerbe gewerbeamt
wohngeld elterngeld kita kitas schule schulen schulamt bibliothek stadtbibliothek museum
feuerwehr polizei jobcenter familienkasse wirtschaftsfoerderung foerderung vergabe
einkauf vertrieb verkauf marketing kundenservice kundendienst kunden buchung buchungen
reservierung bestellung bestellungen order orders sales contact hello mailbox postmaster
abuse security sicherheit notfall leitstelle bereitschaft stelle fachbereich abteilung
dezernat referat bezirk bezirksamt ortsamt
verkehr strassenverkehr zulassung kfz fahrerlaubnis fuehrerschein friedhof friedhoefe
bestattung sterbefall sterbefaelle geburt geburten eheschliessung ehe trauung urkunden
ausweis ausweise pass paesse reisepass meldebescheinigung wahl wahlen wahlamt
sozialhilfe grundsicherung unterhalt unterhaltsvorschuss beistandschaft pflege
wohnen wohnung wohnungen wohnraum obdach integration migration
gleichstellung kultur sport umwelt gruenflaechen abfall abfallberatung stadtreinigung
tiefbau hochbau planung stadtplanung vermessung kataster liegenschaften immobilien
hausverwaltung mieterservice vermietung schaden schadensmeldung versicherung
sachbearbeitung fachdienst dienst dienste zentral allgemein allgemeine
antrag antraege
kantine casino mensa egov isb formmailer digital digitalisierung online ticket tickets karten
vorverkauf fuhrpark center scan submission parken personalrat betriebsrat
"""
# Offices' abbreviations that name a service, not a person's initials, at an authority's or a
# town's own domain: Volkshochschule, Bezirksvertretung, Ausländerbehörde, Einwohnermeldeamt.
_OFFICE_ABBREVIATIONS = frozenset(("vhs", "bv", "bvv", "abh", "ewo"))
# Endings that make a compound a functional word ("obdachlosen|hilfe", "bau|aufsicht").
_FUNCTION_HEADS = (
    "amt", "aemter", "stelle", "buero", "service", "team", "hilfe", "beratung", "verwaltung",
    "kasse", "behoerde", "zentrale", "abteilung", "wesen", "foerderung", "schutz", "gericht",
    "aufsicht", "planung", "dienst", "dienste", "management", "ausweis", "antrag",
    "antraege", "anfragen", "post", "info", "kontakt", "sekretariat", "leitung", "referat",
    "verkehr", "geld", "steuer", "steuern", "pflege", "hilfen", "zentrum",
    "anmeldung", "anmeldungen", "vergabe", "vermietung", "buchung", "raum", "mailer", "portal",
    "center", "melder", "verkauf", "park", "kontrolle",
)
# A mailbox named after a square, a school or a foundation that bears a person's name
# ("konrad-adenauer-platz@", "anne-frank-schule@"): its last word names the place.
_PLACE_WORDS = frozenset((
    "platz", "strasse", "str", "allee", "schule", "gymnasium", "realschule", "gesamtschule",
    "grundschule", "kolleg", "museum", "stiftung", "zentrum", "halle", "hallen", "haus", "bad",
    "park", "bibliothek", "preis", "projekt",
))
# An office's abbreviation beside a function word ("abh-organisation", "ewo-service"): two to
# four letters, no known name.
_MAX_ABBREVIATION = 4
# Where people have private addresses: any address there is personal.
_FREE_MAIL = re.compile(
    r"(?i:(?:^|[.-])(?:gmx|web|gmail|googlemail|t-online|posteo|outlook|hotmail|live|msn|yahoo"
    r"|ymail|icloud|me|mac|aol|freenet|arcor|online|email|mail|mailbox|protonmail|proton|tutanota"
    r"|tuta|yandex|mail\.ru|gmx-topmail|vodafone|kabelmail|ewe|htp-tel|unitybox|netcologne"
    r"|o2online|1und1|ionos|magenta|vr-web|hushmail|zoho|fastmail)\.[a-z.]+$)"
)
# A family's or a private person's own domain ("familie-schneider.de").
_PRIVATE_DOMAIN = re.compile(r"(?i)famil(?:ie|y)|privat|private|home")
# fmt: on
_FUNCTION_WORDS = frozenset(_FUNCTION_TEXT.split())
_LOCAL_WORDS = re.compile(r"[^\W\d_]+")
_MIN_COMPOUND_LEFT = 3


# Letters that Unicode does not decompose into a base letter and a mark.
_TRANSLITERATION = str.maketrans(
    {"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ß": "ss"}
)


def fold_for_domain(word: str, *, german: bool = True) -> str:
    """``word`` as it is written in an address: lower case, ASCII; umlauts as "ae" (German) or
    as the plain vowel ("Müller" → "mueller" or "muller", "Yılmaz" → "yilmaz")."""
    lower = word.lower()
    if german:
        lower = lower.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    lower = lower.translate(_TRANSLITERATION)
    return "".join(c for c in unicodedata.normalize("NFKD", lower) if not unicodedata.combining(c))


def _is_function_word(word: str) -> bool:
    if word in _FUNCTION_WORDS or (
        len(word) >= _MIN_ABSTRACT and _ABSTRACT_NOUN.search(word) and _as_noun(word)
    ):
        return True
    return any(
        word.endswith(head) and len(word) - len(head) >= _MIN_COMPOUND_LEFT
        for head in _FUNCTION_HEADS
    )


# An abstract noun, which no name is ("gruendung", "klimaanpassung", "organisation",
# "gleichberechtigung"); seven letters at least, so "jung" or "marion" are no such nouns.
_ABSTRACT_NOUN = re.compile(r"^[a-z]{2,}(?:ung|heit|keit|schaft|tion|taet|ismus|nisse?)$")
_MIN_ABSTRACT = 7
_MIN_OFFICIAL_ABSTRACT = 10
# Beside a function word, a noun of this many letters counts too ("kita-platz").
_MIN_NOUN = 4


def _as_noun(word: str) -> bool:
    """``word`` (folded: "ae" for "ä") is a German noun that is no name, or a compound of two
    ("personal|gewinnung"); a surname Wiktionary knows as one ("Hartung") is neither."""
    unfolded = word.replace("ae", "ä").replace("oe", "ö").replace("ue", "ü")
    for form in {word, unfolded}:
        if is_lexicon_noun(form.capitalize()):
            return True
        if any(
            is_lexicon_noun(form[:i].capitalize()) and is_lexicon_noun(form[i:].capitalize())
            for i in range(_MIN_COMPOUND_LEFT, len(form) - _MIN_COMPOUND_LEFT)
        ):
            return True
    return False


# An authority's domain: a lone noun of the lexicon before it names a service, not a person
# (elsewhere "morgenstern@", "sonnenschein@" are surnames as often as nouns).
_PUBLIC_DOMAIN = re.compile(
    r"(?i)(?:stadt|kreis|gemeinde|amt|verwaltung|rathaus|region|bezirk|jobcenter|polizei"
    r"|feuerwehr|schule|bibliothek|buecherei)[\w-]*\.|\.(?:gov|bund)\.|\.nrw\.de$"
)
# Shorter nouns are surnames too often ("kranich", "sommer", "engel").
_MIN_LONE_NOUN = 8
_MIN_PUBLIC_NOUN = 5
# Endings of the nouns that name an office's field of work.
_OFFICE_FIELD_ENDING = re.compile(
    r"(?:ik|ung|ion|taet|heit|keit|schaft|archiv|amt|werk|stelle|buero|dienst|zentrum|service"
    r"|technik|kasse|planung|wesen|verwaltung|bau|wege|platz|plaetze|fahrt|maerkte|buecherei"
    r"|beitraege|kontrolle|rat)$"
)


# Plural endings, longest first: "unternehmerin|nen", "baustelle|n", "fläche|n".
_PLURAL_ENDINGS = ("nen", "en", "n", "e")


def _plural_of_noun(word: str) -> bool:
    """The word is a plural whose singular the lexicon has as a noun ("baustellen")."""
    unfolded = word.replace("ae", "ä").replace("oe", "ö").replace("ue", "ü")
    for form in {word, unfolded, unfolded.replace("ss", "ß")}:
        for ending in _PLURAL_ENDINGS:
            stem = form.removesuffix(ending)
            if stem != form and len(stem) >= _MIN_PUBLIC_NOUN and stem in german_nouns():
                return True
    return False


def _lone_noun_kind(word: str) -> str | None:
    """ "noun" for a word of the lexicon, "compound" for nouns joined with a noun's ending
    ("stadt|foersterei", "schul|anmeldung"), None for anything else or a known name."""
    unfolded = word.replace("ae", "ä").replace("oe", "ö").replace("ue", "ü")
    forms = {word, unfolded, unfolded.replace("ss", "ß")}
    if any(is_known_name(form) for form in forms):
        return None
    if any(form in german_nouns() for form in forms):
        return "noun"
    if any(is_lexicon_noun(form.capitalize()) for form in forms):
        return "compound"
    return None


_folded: frozenset[str] | None = None


def _folded_places() -> frozenset[str]:
    """Wiktionary's places as written in addresses ("duesseldorf", "castrop-rauxel" as two)."""
    global _folded
    if _folded is None:
        _folded = frozenset(
            fold_for_domain(p) for p in places() if p.isalpha() and is_place_name(p)
        )
    return _folded


_place_domains: frozenset[str] | None = None


def _town_domain(domain: str) -> bool:
    """A German town's own domain ("bochum.de", "castrop-rauxel.de", "hagen.de"): its mailboxes
    are the administration's, as under "stadt-….de"."""
    global _place_domains
    if _place_domains is None:
        _place_domains = frozenset(fold_for_domain(p) for p in toponyms())
    labels = domain.lower().split(".")
    return len(labels) == 2 and labels[1] == "de" and labels[0] in _place_domains


def is_private_domain(domain: str) -> bool:
    """A free mailer's domain ("gmx.de", "web.de") or a family's own ("familie-schneider.de")."""
    return _FREE_MAIL.search(domain) is not None or _PRIVATE_DOMAIN.search(domain) is not None


def is_official_domain(domain: str) -> bool:
    """An authority's domain ("stadt-witten.de", "jobcenter-ge.de") or a town's own
    ("recklinghausen.de")."""
    return _PUBLIC_DOMAIN.search(domain) is not None or _town_domain(domain)


def _district(word: str) -> bool:
    """A district of the Ruhr's or the city's own list, as written in an address ("eving",
    "hoerde" for Hörde)."""
    unfolded = word.replace("ae", "ä").replace("oe", "ö").replace("ue", "ü")
    return districts.listed(word) or districts.listed(unfolded)


def is_functional_mailbox(address: str, before: str = "") -> bool:
    """The address is an office's or organisation's mailbox, not a person's. ``before``: the
    text before it on its line, where an office may be named whose initials the address is
    ("Allgemeiner Sozialer Dienst  asd@…", "FABIDO, fabido@…")."""
    local, _, domain = address.rpartition("@")
    if not local or _FREE_MAIL.search(domain) or _PRIVATE_DOMAIN.search(domain):
        return False
    if before and _named_before(local, before):
        return True
    words = [fold_for_domain(w) for w in _LOCAL_WORDS.findall(local)]
    if not words or any(len(w) < 2 for w in words):
        return False
    # Three words or more joined by hyphens ("konrad-adenauer-platz"; "thomas.platz" and
    # "lisa-haus" are persons).
    if len(words) > 2 and "." not in local and words[-1] in _PLACE_WORDS:
        return True
    public = _PUBLIC_DOMAIN.search(domain) is not None
    official = is_official_domain(domain)
    functional = [_is_function_word(w) or (official and w in _OFFICE_ABBREVIATIONS) for w in words]
    if all(functional):
        return True
    # A town beside a function word ("jobcenter-oberhausen", "info-marl"); alone it may be a
    # surname that Wiktionary does not know as one ("hamm@").
    if any(functional) and all(
        ok or w in _folded_places() or _district(w) for ok, w in zip(functional, words, strict=True)
    ):
        return True
    # One long noun of the lexicon, or a compound of nouns with a noun's ending, and no known
    # name ("ehrungen", "stadtbuecherei", "schulanmeldung"; not "hartung", "blumenschein").
    # At a town's own domain, a noun of an office's field ("netzwerk@bochum.de",
    # "statistik@castrop-rauxel.de", "stadtarchiv@bochum.de"; not "rosenkranz@essen.de").
    if len(words) == 1 and len(words[0]) >= _MIN_LONE_NOUN:
        kind = _lone_noun_kind(words[0])
        if kind == "compound" or (kind == "noun" and public):
            return True
        # At a town's own domain, the plural of a noun: a topic, not a surname
        # ("baustellen@leipzig.de", "unternehmerinnen@duesseldorf.de").
        if kind == "noun" and official and _plural_of_noun(words[0]):
            return True
    # An abstract noun as long as no name is, which the lexicon may lack as a compound
    # ("sondernutzung@stadt-witten.de").
    if (
        len(words) == 1
        and official
        and len(words[0]) >= _MIN_OFFICIAL_ABSTRACT
        and _ABSTRACT_NOUN.search(words[0])
    ):
        return True
    if (
        len(words) == 1
        and len(words[0]) >= _MIN_PUBLIC_NOUN
        and official
        and _OFFICE_FIELD_ENDING.search(words[0])
        and _lone_noun_kind(words[0]) is not None
    ):
        return True
    if any(functional) and all(
        ok or (len(w) <= _MAX_ABBREVIATION and not is_known_name(w))
        for ok, w in zip(functional, words, strict=True)
    ):
        return True
    # Nouns beside a function word ("kita-platz", "presse-fotos"); a noun alone may be a
    # surname Wiktionary does not know as one.
    return any(functional) and all(
        ok or (len(w) >= _MIN_NOUN and _as_noun(w)) for ok, w in zip(functional, words, strict=True)
    )


# An office named before its mailbox: its initials, joining words counted or not ("Integrations-
# center für Arbeit" gives "ifa", "Eigenbetrieb Bäder und Veranstaltungen" "ebv"), or the
# acronym itself in capitals.
_ACRONYM = re.compile(r"[a-z]{2,6}")
_BEFORE_WORDS = re.compile(r"[^\W\d_]+")
_JOINING = frozenset(("und", "für", "der", "die", "das", "des", "von", "vom", "im", "am", "zur"))
_ACRONYM_WORDS = 8


def _named_before(local: str, before: str) -> bool:
    """The office named right before the address (only blanks and punctuation between) is
    the address's initials or its acronym in capitals; none of its words is a person's name
    or a place ("Anna Engel aus Eving, ae@…" is a person's)."""
    if not _ACRONYM.fullmatch(local):
        return False
    tail = before[-_ACRONYM_REACH:]
    if not _ONLY_GLUE_AFTER.search(tail):
        return False
    words = _BEFORE_WORDS.findall(tail)[-_ACRONYM_WORDS:]
    if not words:
        return False
    if words[-1].isupper() and words[-1].lower() == local:
        return not is_known_name(words[-1].capitalize())
    for kept in (words, [w for w in words if w.lower() not in _JOINING]):
        named = kept[-len(local) :]
        if len(named) < len(local) or "".join(w[0].lower() for w in named) != local:
            continue
        if not named[0][:1].isupper() or any(
            (w.lower() not in _JOINING and not w[:1].isupper())
            or is_known_name(w)
            or is_place_name(w)
            or _district(w.lower())
            for w in named
        ):
            continue
        return True
    return False


_ACRONYM_REACH = 200
_ONLY_GLUE_AFTER = re.compile(r"[^\W\d_][.)]?[ \t,:;–-]*$")


# The local part is at most 64 characters (RFC 5321); the look-ahead says so first, so a long
# run of letters and hyphens without "@" is not scanned again from each of its words.
EMAIL_PATTERN = (
    r"\b(?=[A-Za-z0-9._%+\-äöüÄÖÜß]{1,64}@)"
    r"[A-Za-z0-9._%+\-äöüÄÖÜß]+@[A-Za-z0-9\-äöü]+(?:\.[A-Za-z0-9\-äöü]+)*\.[A-Za-z]{2,24}\b"
)


# A scan's blank beside the "@" ("tiago.mendes@ web.de"), or in the local part after an e-mail
# label ("E-Mail: oksana.me lnyk@ukr.net").
# Only with a common top-level domain: "an @hansestadt.luebeck" is a social media handle.
_COMMON_TLD = r"\.(?:de|com|net|org|eu|at|ch|info|io|pl|tr|it|fr|nl|ru|ua|ro|uk|es|gr|be|dk|se)\b"
_SCANNED_EMAIL = (
    r"\b(?=[A-Za-z0-9._%+\-]{1,64}[ ]@|[A-Za-z0-9._%+\-]{1,64}@[ ])"
    rf"[A-Za-z0-9._%+\-]+(?:[ ]@|@[ ])[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*{_COMMON_TLD}"
    r"|(?<=(?i:mail)[:][ ])(?=[A-Za-z0-9._%+\-]{1,30}[ ][A-Za-z0-9._%+\-]{1,30}@)"
    r"[A-Za-z0-9._%+\-]+[ ][A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*"
    rf"{_COMMON_TLD}"
)


_ENCODED_EMAIL = (
    r"\b(?=[A-Za-z0-9._+\-]{1,64}%40)"
    r"[A-Za-z0-9._+\-]+%40[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,24}\b"
)


def _written(found: str) -> str:
    if "@" in found and " " not in found:
        return found
    if "%40" in found:
        return found.replace("%40", "@")
    return written_email(found)


# An address read out on the phone, as a transcript writes it: "lena punkt schoenen ät gmx
# punkt net", "m unterstrich yilmaz at web punkt de". Its words are joined by the separators
# said aloud, and it ends in a top-level domain said as a word.
_SPOKEN_JOIN = r"(?:punkt|unterstrich|bindestrich|minus|strich)"
_SPOKEN_AT = r"(?:ät|at|et|@|klammeraffe)"
_SPOKEN_WORD = r"[a-z0-9äöüß]+"
_SPOKEN_EMAIL = (
    rf"(?<![\w-])(?i:{_SPOKEN_WORD}(?:[ ]{_SPOKEN_JOIN}[ ]{_SPOKEN_WORD}){{0,4}}[ ]{_SPOKEN_AT}"
    rf"[ ][a-z0-9-]+(?:[ ]{_SPOKEN_JOIN}[ ][a-z0-9-]+){{0,4}}[ ]punkt[ ]"
    r"(?:de|com|net|org|eu|info|at|ch|nl|pl|tr|io|biz))(?![\w-])"
)
_SPOKEN_WORDS = {
    "punkt": ".",
    "unterstrich": "_",
    "bindestrich": "-",
    "minus": "-",
    "strich": "-",
    "ät": "@",
    "at": "@",
    "et": "@",
    "klammeraffe": "@",
}


def written_email(spoken: str) -> str:
    """The address a spoken one stands for: "lena punkt schoenen ät gmx punkt net" ->
    "lena.schoenen@gmx.net"."""
    words = spoken.split()
    # The first word is the local part's, never "at" itself.
    return words[0] + "".join(_SPOKEN_WORDS.get(word.lower(), word) for word in words[1:])


class GermanEmailRecognizer(StdlibPatternRecognizer):
    """E-mail addresses with a plausible top-level domain, functional mailboxes left out."""

    PATTERNS = [  # noqa: RUF012
        Pattern("Email", EMAIL_PATTERN, 0.9),
        # Encoded in a web address or a form's body: "email=g.wisniewski%40posteo.de".
        Pattern("Email in a web address", _ENCODED_EMAIL, 0.9),
        Pattern("Email read out", _SPOKEN_EMAIL, 0.8),
        Pattern("Email with a scan's blank", _SCANNED_EMAIL, 0.8),
    ]
    CONTEXT = ["mail", "e-mail", "email"]  # noqa: RUF012

    def __init__(self) -> None:
        super().__init__(
            supported_entity="EMAIL_ADDRESS",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            name="GermanEmailRecognizer",
            needles={"Email read out": ("punkt",)},
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [
            r
            for r in results
            if not is_functional_mailbox(
                _written(text[r.start : r.end]),
                text[max(text.rfind("\n", 0, r.start) + 1, r.start - _ACRONYM_REACH) : r.start],
            )
        ]
