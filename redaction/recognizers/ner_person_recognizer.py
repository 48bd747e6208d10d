"""Person names found by the small German NER model shipped in the package.

One more signal next to the rule-based ``PersonRecognizer``: the rules need a cue (salutation,
label, signature, kinship word), the model also finds bare surnames in running text
("Wie mit Kowalski besprochen") and "Nachname, Vorname" lists. Its hits carry a moderate score,
above the redaction threshold but below the score at which the redactor propagates a name to
other chunks, because it also errs more often than a cue does.

The model (``redaction/models/de_rathaus_ner``, trained by ``redaction.ner.train`` on synthetic
letters) is loaded once per process on first use. Where Presidio's NLP engine has already
tokenised the text with the same German tokenizer, the model runs on that ``Doc``, saving a
second tokenisation of every chunk.
"""

from __future__ import annotations

import bisect
import importlib.resources
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.lang.de.stop_words import STOP_WORDS

from redaction.recognizers.common_nouns import is_common_noun
from redaction.recognizers.noun_lexicon import (
    begins_a_noun,
    is_district,
    is_known_name,
    is_lexicon_noun,
    is_loose_noun_compound,
    is_place_name,
)
from redaction.recognizers.person_recognizer import (
    PLACE_OF_A_GIVEN_NAME,
    PLACE_REACH,
    UPPER,
    PersonRecognizer,
    is_role,
    lone_given_names,
)

MODEL_NAME = "de_rathaus_ner"
MODEL_LABEL = "PER"
NER_SCORE = 0.6
# Written by the training next to the model: words that are never a name on their own.
COMMON_WORDS_FILE = "common_words.txt"
# Also written by the training: lower-case nouns that end compound nouns but no known name.
COMPOUND_HEADS_FILE = "compound_heads.txt"
# A compound needs at least this many letters before its head ("Erst|antrag").
_COMPOUND_MIN_LEFT = 3
# fmt: off
# Titles and salutations the model may take into a name; the rule-based spans leave them out,
# and the longest span wins an overlap, so they are trimmed here too.
_TITLE_WORDS = frozenset((
    "Dr.", "Prof.", "Dipl.-Ing.", "Dipl.-Kfm.", "Dipl.", "Ing.", "med.", "jur.", "rer.", "nat.",
    "Mag.", "Hr.", "Fr.", "i.", "A.", "V.", "gez.", "z.", "Hd.", "Hd", "Dr", "Prof", "Hr", "Fr",
))
# Lower-case words a name may contain ("Ursula von der Leyen", "Omar al Hassan").
_PARTICLES = frozenset((
    "von", "van", "de", "der", "den", "del", "della", "da", "di", "dos", "das", "al", "el", "bin",
    "ibn", "zu", "ter", "ten", "du", "le", "la", "vom", "zum",
))
# fmt: on
def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Endings of German abstract and compound nouns that no name has.
_NOUN_ENDING = re.compile(
    r"(?:ung|heit|keit|schaft|tion|tät|ismus|nisse|ment|liste|bericht|verlauf|datum|gruppe"
    r"|pass|ausweis|kinder|fächer|antrag|vertrag|chat|treff|zentrum)$"
)
# Capitalised words the model took for names in PII-free letters.
_NOT_NAMES_EXTRA = _word_set(
    """
    Was Wer Wie Wo Wann Warum Welche Welcher Welches Wieso Weshalb Ok Okay Ja Nein Hallo Moin
    Windows Teams Signal WhatsApp Telegram Zoom Outlook Export Chatverlauf Konsulat Botschaft
    Geburtsdatum Dolmetscher Teil Los Lose Integration Kurzbericht Postfächer Postfach
    Nichtöffentlicher Öffentlicher Syrischer Türkischer Polnischer Rumänischer Ukrainischer
    Türkei Türkiye Polen Polska Rumänien România Bulgarien Syrien Ukraine Russland Italien Italia
    Griechenland Niederlande Nederland Österreich Schweiz Frankreich Spanien Portugal Kroatien
    Serbien Kosovo Albanien Bosnien Mazedonien Afghanistan Irak Iran Libanon Ghana Nigeria
    Eritrea Somalia Vietnam Marokko Tunesien Ägypten Indien Pakistan China Brasilien Ungarn
    Tschechien Slowakei Belgien Luxemburg Dänemark Schweden Norwegen Litauen Lettland Estland
    Nordrhein-Westfalen Baden-Württemberg Rheinland-Pfalz Schleswig-Holstein Sachsen-Anhalt
    Mecklenburg-Vorpommern Niedersachsen Brandenburg Thüringen Saarland Office
    Mercedes-Benz Renault Volkswagen VW BMW Audi Toyota Skoda Škoda Fiat
    Peugeot Citroën Hyundai Volvo Nissan Dacia Cupra Multicar Iveco Sprinter Transit
    Crafter Vito Kangoo Caddy Frontend Backend Captcha Login Gateway Release Patch Update
    Bf Hbf Klopse Schnitzel Arme Strammer Gulasch Braten Suppe Eintopf Auflauf Salat
    Pizza Salami Margherita Frikadelle Currywurst Pommes Spätzle Knödel Sauerbraten Rouladen
    Matjes Bratwurst Leberkäse Kassler Eisbein Sauerkraut Rotkohl Pfannkuchen Waffeln Madras
    Tandoori Tikka Masala Bolognese Carbonara Napoli Schwerbehinderte Gleichgestellte
    Yaris Corsa Fiesta Passat Tiguan Touran Twingo Sandero Duster Qashqai Zafira Micra Corolla
    Thyssenkrupp ThyssenKrupp Remondis Vivawest Vonovia Evonik Rewe Edeka Aldi Lidl Kaufland
    Tchibo Haribo Ikea IKEA Kyocera Ricoh Epson Konica Minolta Lenovo Samsung Microsoft Google
    Mozilla Firefox Chromium Safari Tesseract Girocard PayPal Klarna Cisco Fortinet FortiGate
    Kibana Grafana Nextcloud Jira Confluence Citrix VMware Debian Ubuntu Linux Messaging
    """
)
# Greetings, thanks and forms of address in other languages: cut from a hit's edges ("Merhaba
# Ayşe Hanım", "Szanowny Panie Wiśniewski"), never a name on their own ("Dzień dobry").
_GREETINGS = _word_set(
    """
    We You Your Our My The This Dear Thank Thanks Kind Regards Best Please Hello Yours Sincerely
    Mr Mrs Ms Miss Sir Madam Dzień Dziękuję Pozdrawiam Pozdrowienia Szanowni Szanowny Szanowna
    Szanowne Pan Pani Panie Państwo Obrigado Obrigada Muchas Gracias Saludos Hola Señor Señora
    Dacă Vă Mulțumesc Domnul Doamna Çok Teşekkürler Teşekkür Merhaba Saygılarımla Sayın Hanım
    Bey Telefoon Adres Groeten Vriendelijke Geachte Meneer Mevrouw Grazie Cordiali Saluti
    Buongiorno Signor Signora Bonjour Merci Cordialement Madame Monsieur Salut Mit Freundlichen
    Grüßen
    """
)
# A program and its version ("Mozilla/5.0", "Firefox/124.0"): no name is followed so.
_VERSION_AFTER = re.compile(r"/\d")
_STREET_PART = re.compile(r"(?i:str(?:aße|asse)?|weg|allee|gasse|platz|ring)\.?$")
_ABBREVIATION_DOT = re.compile(r"\.(?![ \t]*(?:\n|$)|\s+[A-ZÄÖÜ]|[“”\"'’;])")
# A street's name is no person's ("Betriebshof Adenauerallee").
_STREET_WORD = re.compile(r"(?:straße|strasse|allee|gasse|platz|chaussee|promenade)$")
# A word that may be part of a name: it starts with a capital, two letters or more.
_CANDIDATE = re.compile(rf"(?<![\w-])[{UPPER}][^\W\d_]+(?:['’-][^\W\d_]+)*")
# Where the lines with a candidate word hold this share of a text, the model runs on all of it
# (on the tokens Presidio already made) rather than on a text of those lines.
_WHOLE_TEXT_FROM = 0.8
# A capital company's legal form after a name, with up to two words of its trade between.
_COMPANY_AFTER = re.compile(
    r"(?P<trade>(?:[ ][A-ZÄÖÜ][\w-]*){0,2})[ ](?P<co>&[ ]Co\.?[ ])?"
    r"(?P<form>GmbH|gGmbH|mbH|KGaA|(?:AG|KG|UG|SE|OHG|oHG)(?![ ]+[A-ZÄÖÜ]))(?![\w])"
)
# Legal forms that name a company alone after a name ("Robert Bosch GmbH"); the short ones
# need a trade between ("Haniel Recycling AG"): "Jerzy Kowalczyk AG" is a working group's
# member, "… UG" a floor.
_COMPANY_ALONE = frozenset({"GmbH", "gGmbH", "mbH", "KGaA"})
# A compass word or "Mitte" after a town names a part of it ("Hagen-Nord", "Herne-Mitte").
_COMPASS = frozenset(
    {"Nord", "Süd", "Ost", "West", "Mitte", "Nordost", "Nordwest", "Südost", "Südwest"}
)
# A place's cue right before a word: "in Karnap", "Haltestelle Eving", "Stadtbezirk Hörde", a
# quote's start ("„Gerthe hilft“", an initiative's name).
_PLACE_CUE_BEFORE = re.compile(
    r"(?:(?<![\w-])(?:in|im|nach|aus|von|bis|ab|über|Richtung|Haltestelle|Stadtteil|Stadtbezirk"
    r"|Bezirk|Ortsteil|Bf\.?|Bahnhof)[ \t]+|[–↔>][ \t]+|„)$"
)
_CUE_REACH = 16
# A lower-case word after a word, no preposition or conjunction: the word is a sentence's
# subject ("Hassel hat …"), not a place ("MS Hengstey aus dem Jahr 1968", "Karnap und Vogelheim").
_LOWER_WORD_AFTER = re.compile(
    r",?[ ]+(?!(?:und|oder|sowie|aus|in|im|am|an|bis|mit|nach|von|vom|zu|zur|zum|für|über|ab|bei"
    r"|sind|liegt|liegen|gehört|gehören)(?![\w-]))[a-zäöüß]"
)


def _placed(word: str) -> bool:
    """A district (of a Ruhr city or the city's own list) or a town the lists know, whole
    ("Wanne-Eickel")."""
    return is_district(word) or is_place_name(word)


# Characters no name contains.
_NOT_IN_NAMES = frozenset("@()[]{}<>|;:/\\_=+*#§$%&€")
# An authority or department right before the words ("Stadt Hattingen", "Fachbereich Tiefbau
# und Verkehr", "Amt für Umwelt"): they name the authority, which no person's name is part of.
# Only for the model's hits; the cue rules keep theirs.
_AUTHORITY_BEFORE = re.compile(
    r"(?:(?<![\w-])(?:Stadt|Gemeinde|Kreis|Landkreis|Hansestadt|Landeshauptstadt|Fachbereich"
    r"|Fachdienst|Referat|Dezernat|Abteilung|Bezirk|Bezirksamt|Amt[ ]für|Sachgebiet)"
    r"|[A-ZÄÖÜ][\w-]*(?:amt|behörde|verwaltung)[ ]für)"
    r"(?:[ ](?:und[ ]|für[ ]|[A-ZÄÖÜ][\w-]*[ ]))?[ ]$"
)


# A single word after a neuter, genitive or indefinite article, directly or after an adjective
# ("das neue Portal", "ein Hahn", "eines Grabmals", "keine Feiertage"): a noun. Names follow
# "Herr"/"Frau" or stand alone; colloquial "die Schmidt"/"der Meier" are not in this list.
_AFTER_ARTICLE = re.compile(
    r"(?<![\w-])(?:[Dd]as|[Dd]es|[Ee]in|[Ee]ine[mnrs]?|[Kk]ein(?:e[mnrs]?)?|[Jj]ede[mnrs]?"
    r"|[Dd]iese[mnrs]?)[ ]+(?:[a-zäöüß]+(?:e|en|er|es|em)[ ]+)?$"
)


def _in_authority_name(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 60) : start]
    return _AUTHORITY_BEFORE.search(before) is not None


# Ends of the names of places in a town (no surname ends so).
_PLACE_HEAD = re.compile(r"[a-zäöüß](?:platz|park|straße|strasse|allee|gasse|brücke|bahnhof|ufer)$")
_ADJECTIVE_ENDING = re.compile(
    r"[a-zäöüß]{3}(?:(?:lich|ig|isch|bar|sam|haft|iert|igt|ene|ete|end)(?:e|er|en|es|em)?"
    r"|en(?:e|er|es|em))$"
)
_MAX_ABBREVIATION = 5
_ABBREVIATION_AFTER = re.compile(r"\.[ ]?(?:\d|Nr\b|Nummer\b)")
_ROMAN_NUMBER = re.compile(r"(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV)")
_WEEKDAYS = frozenset({"Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"})
# Offices held by a person, also inside a compound ("Bezirksbürgermeisterin Ehlers").
_OFFICE_ENDING = re.compile(
    r"(?i:bürgermeister|meister|rat|rätin|dezernent|präsident|direktor|vorsteher|vorsitzende"
    r"|beauftragte|sprecher|referent)(?:in|innen|en|er)?$"
)
# A cell ends at a line break, a tab, a bar or a column gap of three blanks ("Papadopoulos
# <gap> Vornamen" on a scanned form).
_CURRENCIES = frozenset(("EUR", "Euro", "USD", "CHF", "GBP", "PLN", "TRY"))
_ONE_CELL = re.compile(r"(?:[^\n\t| ]+|[ ]{1,2}(?![ ]))+")
_HOURS_AFTER = re.compile(r"\.?[ ]?(?:–|-|bis)?[ ]?\d{1,2}(?:[.:]\d{2})?[ ]?(?:–|-|bis|Uhr|,)")
# An agent noun's ending: a trade, as many surnames are ("-feger", "-hauer", "-macher").
_AGENT_NOUN = re.compile(r"er$")
# A public place's kind at the end of a compound: "Waldfriedhof", "Augustinerkloster",
# "Krongut", "Sportpark", "Betriebshof" (not "-haus", "-burg", "-wald" or "-feld": "Neuhaus",
# "Homburg", "Grünwald" and "Bielefeld" are surnames as often).
_PLACE_KIND_ENDING = re.compile(
    r"[a-zäöüß]{3}(?:friedhof|kloster|gut|park|halle|hallen|anlage|zentrum|museum|schule|kirche"
    r"|kapelle|stadion|arena|bahnhof|betriebshof|bauhof|synagoge|moschee|bad|bibliothek)$"
)
# A club's kind before its name: "TV Jahn Heessen", "SV Westfalia Rhynern", "SC Constantin".
_CLUB_BEFORE = re.compile(
    r"(?<![\w-])(?:TV|SV|TuS|SC|FC|VfL|VfB|VfR|DJK|TSV|TSG|SG|SpVg|SpVgg|BV|SSV|ESV|RSV|FSV|BSV|PSV"
    r"|TuRa|TB|TG|SF|Sportfreunde|Turnverein|Sportverein)[ ]$"
)
# "in Kraft", "außer Kraft" of a rule: no Herr Kraft.
_IN_FORCE_BEFORE = re.compile(r"(?i:in|außer)[ ]$")
# A noun list's compound and adjective (see ``_trimmed``).
_LONG_COMPOUND = 13
_INFLECTED_ADJECTIVE = re.compile(r"[a-zäöüß]{3}(?:ische|liche|ige|ene|ale|elle|eine|ere|ste)$")
# A street's adjective from a place ("Doberaner", "Hattinger"): "Kowalski Platz" is a name.
_PLACE_ADJECTIVE = re.compile(r"[a-zäöü]er$")
# spaCy's tokenizer splits a token's prefixes and suffixes one by one, each time searching the
# rest: a run of 4,000 brackets took 6 s. No name is that long: such runs are blanked for the
# model (one space for one character, so offsets stay).
_LONG_TOKEN = re.compile(r"\S{200,}")


def without_long_tokens(text: str) -> str:
    """``text`` with runs of 200 characters without a blank turned into blanks."""
    if not _LONG_TOKEN.search(text):
        return text
    return _LONG_TOKEN.sub(lambda m: " " * len(m.group()), text)


_CUT_SHORT_AFTER = re.compile(r"-[ ](?:und|oder|bzw\.|sowie)[ ]")
_STREET_AFTER = re.compile(
    r"[ -](?:Straße|Str\.|Platz|Weg|Allee|Ring|Gasse|Brücke|Markt|Tor|Damm|Ufer|Chaussee|Wall"
    r"|Kamp|Hof|Park)(?![\w])"
)
_PARTICIPLE = re.compile(r"Ge[a-zäöüß]{3,}(?:t|en)")
# "Tel-Nr", "Kd.-Nr", "Mobil-Nr.": a number's label.
_NUMBER_ABBREVIATION = re.compile(r"-Nr\.?$")
# A single-letter initial at the end of a span ("Weißkopf, J.").
_INITIAL = re.compile(r"(?<![^\W\d_])[^\W\d_]\.$")


@dataclass(frozen=True)
class WordLists:
    """Words next to the model that are never a name on their own."""

    common: frozenset[str] = frozenset()
    compound_heads: frozenset[str] = frozenset()

    def is_common(self, word: str) -> bool:
        """A known everyday word, a hyphenated compound ending in one, or a compound noun."""
        last = word.rsplit("-", 1)[-1]
        if last in self.common or last.capitalize() in self.common:
            return True
        lower = word.lower()
        return any(
            lower[-k:] in self.compound_heads for k in range(5, len(lower) - _COMPOUND_MIN_LEFT + 1)
        )


_models: dict[Path, tuple[Any, WordLists]] = {}
_models_lock = threading.Lock()


def shipped_model_path() -> Path:
    """The model folder inside the installed ``redaction`` package."""
    resource = importlib.resources.files("redaction").joinpath("models", MODEL_NAME)
    # A plain directory for regular and editable installs; a zipped package is not supported.
    path = Path(str(resource))
    if not (path / "meta.json").is_file():
        raise FileNotFoundError(f"NER model missing from the package: {path}")
    return path


def load_model(path: Path | None = None) -> tuple[Any, WordLists]:
    """The spaCy pipeline at ``path`` (default: the shipped one) and its word lists.

    Loaded once per process.
    """
    import spacy

    path = path or shipped_model_path()
    with _models_lock:
        model = _models.get(path)
        if model is None:
            words = WordLists(
                _word_list(path / COMMON_WORDS_FILE), _word_list(path / COMPOUND_HEADS_FILE)
            )
            model = (spacy.load(path), words)
            _models[path] = model
        return model


def _word_list(path: Path) -> frozenset[str]:
    return frozenset(path.read_text("utf-8").split()) if path.is_file() else frozenset()


class NerPersonRecognizer(EntityRecognizer):
    """``PER`` entities of the shipped model as ``PERSON`` results."""

    def __init__(self, model_path: Path | None = None, score: float = NER_SCORE) -> None:
        self._model_path = model_path
        self._score = score
        self._nlp: Any = None
        self._words = WordLists()
        self._lock = threading.Lock()
        super().__init__(
            supported_entities=["PERSON"], supported_language="de", name="NerPersonRecognizer"
        )

    def load(self) -> None:  # the model is loaded lazily, on the first text
        return None

    def _model(self) -> Any:
        if self._nlp is None:
            with self._lock:
                if self._nlp is None:
                    self._nlp, self._words = load_model(self._model_path)
                    is_known_name("")  # the filter's name lists, built with the model
        return self._nlp

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        if entities and "PERSON" not in entities:
            return []
        if not text.strip():
            return []
        nlp = self._model()
        lines = self._candidate_lines(text)
        if not lines:
            return []
        covered = sum(end - start for start, end in lines)
        if covered >= _WHOLE_TEXT_FROM * len(text):
            return self._run(nlp, text, self._tokens(text, nlp_artifacts, nlp), [(0, 0)])
        # Only the lines that hold a candidate, one per line, offsets mapped back.
        pieces: list[str] = []
        shifts: list[tuple[int, int]] = []  # (start in the joined text, shift to the original)
        cursor = 0
        for start, end in lines:
            shifts.append((cursor, start - cursor))
            pieces.append(text[start:end])
            cursor += end - start + 1
        joined = "\n".join(pieces)
        return self._run(nlp, text, nlp.make_doc(without_long_tokens(joined)), shifts)

    def _run(
        self, nlp: Any, text: str, doc: Any, shifts: list[tuple[int, int]]
    ) -> list[RecognizerResult]:
        for _name, component in nlp.pipeline:
            doc = component(doc)
        label = nlp.vocab.strings[MODEL_LABEL]
        starts = [start for start, _ in shifts]
        results: list[RecognizerResult] = []
        for ent in doc.ents:
            if ent.label != label:
                continue
            shift = shifts[bisect.bisect_right(starts, ent.start_char) - 1][1]
            start, end = ent.start_char + shift, ent.end_char + shift
            # A name stands on one line and in one cell: the model may run on into a form's
            # next label ("Schulte-Bockholt\n  Vornamen") or a table's next column, also one
            # aligned with blanks.
            for line in _ONE_CELL.finditer(text, start, end):
                span = self._trimmed(text, line.start(), line.end(), self._words)
                if span is not None:
                    results.append(self._result(*span))
        return results

    def _candidate_lines(self, text: str) -> list[tuple[int, int]]:
        """The lines of ``text`` with a word that ``_trimmed`` could accept as part of a name.

        A span the model finds is kept only if one of its words is no function word, no
        everyday noun and no cue word; a line without such a word can yield no hit, so the
        model need not see it (most lines of administrative prose).
        """
        lines: list[tuple[int, int]] = []
        start = 0
        for line in text.split("\n"):
            end = start + len(line)
            if any(self._is_candidate(m.group()) for m in _CANDIDATE.finditer(line)):
                lines.append((start, end))
            start = end + 1
        return lines

    def _is_candidate(self, word: str) -> bool:
        return not (
            word.lower() in PersonRecognizer.FUNCTION_WORDS
            or word in _NOT_NAMES_EXTRA
            or word in _GREETINGS
            or word in PersonRecognizer.NOT_NAMES
            or self._words.is_common(word)
            or is_common_noun(word)
            or is_lexicon_noun(word)
        )

    @staticmethod
    def _tokens(text: str, nlp_artifacts: NlpArtifacts | None, nlp: Any) -> Any:
        """Presidio's ``Doc`` of ``text`` when it is a fresh German one, else a new one."""
        doc = getattr(nlp_artifacts, "tokens", None)
        if (
            doc is not None
            and not _LONG_TOKEN.search(text)
            and getattr(doc, "lang_", None) == nlp.lang
            and not doc.has_annotation("ENT_IOB")
            and doc.text == text
        ):
            doc.vocab.strings.add(MODEL_LABEL)
            return doc
        return nlp.make_doc(without_long_tokens(text))

    @staticmethod
    def _trimmed(text: str, start: int, end: int, words: WordLists) -> tuple[int, int] | None:
        """The span without titles, salutations and edge punctuation; None if no name is left."""
        tokens = [
            (m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])
        ]
        # The model sometimes takes a title in front or a verb after the name ("Hollmann klärt").
        while tokens and _is_edge_noise(text[tokens[0][0] : tokens[0][1]]):
            tokens.pop(0)
        while tokens and _is_edge_noise(text[tokens[-1][0] : tokens[-1][1]]):
            tokens.pop()
        # A noun in front of a name with a first name ("Akte Fischer, Anna-Lena", "Vorgang Jana
        # Kowalski") is cut off. (Without a first name the hit stays whole for the checks below;
        # a particle, "El Masri", is no noun here.)
        if len(tokens) > 1:
            known = lone_given_names()
            while (
                len(tokens) > 1
                and text[tokens[0][0] : tokens[0][1]].lower() not in _PARTICLES
                and is_lexicon_noun(text[tokens[0][0] : tokens[0][1]])
                and any(
                    all(part in known for part in text[a:b].strip(",;:").split("-"))
                    for a, b in tokens[1:]
                )
            ):
                tokens.pop(0)
        if not tokens:
            return None
        first, last = tokens[0][0], tokens[-1][1]
        while first < last and not text[first].isalnum():
            first += 1
        # Punctuation after the name ("Kowalski,"), but an initial keeps its dot ("Weißkopf, J.").
        while first < last and not text[last - 1].isalnum():
            if text[last - 1] == "." and _INITIAL.search(text, first, last):
                break
            last -= 1
        name = text[first:last]
        # The model ran on into the address after the name: "Hr. Lehmann, Kirchstr. 5".
        comma = name.rfind(",")
        if comma > 0 and _STREET_PART.search(name, comma):
            return NerPersonRecognizer._trimmed(text, first, first + comma, words)
        if len(name) < 2 or any(c.isdigit() or c in _NOT_IN_NAMES for c in name):
            return None
        parts = [p for p in re.split(r"[\s,]+", name) if p]
        if any(p in _CURRENCIES for p in parts):
            return None  # "12,00 EUR, Erwachsene"
        if not all(_name_like(p) for p in parts):
            return None
        # The redactor keys persons by their parts of two letters or more: a hit of initials
        # only ("J. K.") would have none.
        if not any(len(p) >= 2 and not p.endswith(".") for p in parts):
            return None
        # Lower-case names (informal mail) are left to the rules' cues: the model errs there.
        if any(p[0].islower() and p not in _PARTICLES for p in parts):
            return None
        # A lone word in capitals is an abbreviation ("EUR", "DSGVO"); names in capitals stand in
        # form fields, where the label rules find them.
        if len(parts) == 1 and parts[0].isupper() and len(parts[0]) > 1:
            return None
        # Function words and nouns by their ending ("Was", "Dienstanweisung Posteingang",
        # "Syrischer Reisepass"): names end with a surname, which is no everyday word.
        if any(
            p.lower() in PersonRecognizer.FUNCTION_WORDS
            or p in _NOT_NAMES_EXTRA
            or (len(p) >= 8 and _NOUN_ENDING.search(p.lower()))
            or _STREET_WORD.search(p.lower())
            for p in parts
        ) or (len(parts) > 1 and words.is_common(parts[-1])):
            return None
        if all(
            p in PersonRecognizer.NOT_NAMES
            or p.endswith(".")
            or p.lower() in _PARTICLES
            or words.is_common(p)
            or is_lexicon_noun(p.rstrip(","))
            for p in parts
        ):
            return None
        # A list of nouns ("Unfallchirurgie, Verbrennungen", "Geriatrie, Allgemeine
        # Notaufnahme"): nouns, compounds of nouns and adjectives, and no known name.
        if (
            len(parts) > 1
            and not any(is_known_name(piece) for p in parts for piece in p.rstrip(",").split("-"))
            and all(
                is_lexicon_noun(p.rstrip(","))
                # Compounds this long are no surnames the lists miss ("Steinbrecher").
                or (len(p.rstrip(",")) >= _LONG_COMPOUND and is_loose_noun_compound(p.rstrip(",")))
                # An inflected adjective ("Allgemeine"), not "Liebig", "Behrend".
                or (_INFLECTED_ADJECTIVE.search(p.rstrip(",")) and not is_known_name(p.rstrip(",")))
                for p in parts
            )
            and any(is_lexicon_noun(p.rstrip(",")) for p in parts)
        ):
            return None
        # One long compound of nouns, no known name: a statute's heading ("§ 2
        # Gebührenschuldner"). And "in Kraft" of a rule.
        if len(parts) == 1 and (
            (
                len(parts[0]) >= _LONG_COMPOUND
                and is_loose_noun_compound(parts[0])
                and not is_known_name(parts[0])
            )
            or (_IN_FORCE_BEFORE.search(text, max(0, first - 7), first) and parts[0] == "Kraft")
        ):
            return None
        # A heading in capitals that ends in a noun: "ORDENTLICHE ERTRÄGE" (not "WALTER KOCH").
        if (
            len(parts) > 1
            and "," not in name  # "HÖLSCHER-ADAMS, KAREN"
            and all(p.isupper() for p in parts)
            and is_lexicon_noun(parts[-1].capitalize())
            and not any(is_known_name(p.capitalize()) for p in parts)
        ):
            return None
        # A short abbreviation with its dot ("Kl." for the class, "Bd.", "Std."); a short name at
        # a sentence's end is a known one ("Kai.").
        if (
            len(parts) == 1
            and len(parts[0]) <= _ABBREVIATION_LETTERS
            and text.startswith(".", last)
            and not is_known_name(parts[0])
        ):
            return None
        # An abbreviation of a noun in a cell or before a bracket ("Stellv.", "Schriftf.",
        # "Ausf.)"): the word begins a noun of the lexicon and is no known name ("Kowalski"
        # begins none). A sentence's end is no abbreviation ("… sagte Petrov. Dann").
        if (
            len(parts) == 1
            and _ABBREVIATION_DOT.match(text, last)
            and not is_known_name(parts[0])
            and begins_a_noun(parts[0])
        ):
            return None
        if _VERSION_AFTER.match(text, last):
            return None
        # A company named after its founder ("Wilhelm Brinkhoff Tiefbau GmbH & Co. KG", "Haniel
        # Recycling GmbH"): a legal person's name, as the rules read it. A sole trader's or a
        # partnership's ("… e.K.", "… GbR", "… PartG") names its owners and stays.
        if (company := _COMPANY_AFTER.match(text, last)) is not None:
            trade = company.group("trade").split()
            # The words between are the trade ("Tiefbau", "Haustechnik"), not another firm's
            # name ("Jerzy Kowalczyk Vonovia SE").
            trade += [p for p in parts[-1:] if len(parts) > 1 and is_lexicon_noun(p)]
            if all(is_lexicon_noun(w) or is_loose_noun_compound(w) for w in trade) and (
                trade or company.group("co") or company.group("form") in _COMPANY_ALONE
            ):
                return None
        # A place of the city ("Aplerbeck", "Gelsenkirchen-Buer", "Bochum-Langendreer West"):
        # districts, towns and their compass parts, and no piece a person's name. A lone word
        # must be a district, and stays where it is a sentence's subject ("Hassel hat den Antrag
        # zurückgezogen", "Laut Bergheim ist …"): districts are surnames too. A lone town the
        # model took for a name stays (a birthplace as often: "Thessaloniki (Griechenland)").
        pieces = [
            q
            for p in parts
            for q in ([p.rstrip(",")] if _placed(p.rstrip(",")) else p.rstrip(",").split("-"))
            if q
        ]
        if (
            all(_placed(q) or q in _COMPASS for q in pieces)
            and any(q not in _COMPASS for q in pieces)
            and (
                len(pieces) > 1
                or (
                    is_district(pieces[0])
                    and (
                        _PLACE_CUE_BEFORE.search(text, max(0, first - _CUE_REACH), first)
                        is not None
                        or _LOWER_WORD_AFTER.match(text, last) is None
                    )
                )
            )
        ):
            return None
        # Days of the week ("Di, Do").
        if all(p.rstrip(",") in _WEEKDAYS for p in parts):
            return None
        # A public place named with its district, patron or estate ("Waldfriedhof Mombach",
        # "Baumgrab Waldfriedhof Mombach", "Krongut Bornstedt", "Augustinerkloster"), or a
        # sports club ("TV Jahn Heessen"). A name ends in a surname, which may be one
        # ("Anna Waldfriedhof").
        if (
            "," not in name
            and any(
                _PLACE_KIND_ENDING.search(p.lower()) and not is_known_name(p)
                for p in parts[: max(1, len(parts) - 1)]
            )
        ) or _CLUB_BEFORE.search(text, max(0, first - 16), first):
            return None
        # A noun before a word that is no known name: "Abfahrt Bochum-Stahlhausen",
        # "Ortschaftsrat Freiburg-Tiengen", "Stadtteile Sommerberg".
        if (
            len(parts) == 2
            and parts[0].lower() not in _PARTICLES  # "El Amrani", "Van Dijk"
            and is_lexicon_noun(parts[0])
            and not _names_a_role(parts[0])
            and not is_known_name(parts[0])
            and not is_known_name(parts[1])
        ):
            return None
        # A place or a dish named with a first name alone ("Zeche Ewald", "Pizza Margherita").
        if (
            len(parts) == 1
            and parts[0] in lone_given_names()
            and PLACE_OF_A_GIVEN_NAME.search(text, max(0, first - PLACE_REACH), first)
        ):
            return None
        # A district's or chapter's number ("III Essen-West", "VII Steele") or a weekday
        # before opening hours ("Do 8–12 Uhr").
        if _ROMAN_NUMBER.fullmatch(parts[0]) or (
            len(parts) == 1 and parts[0] in _WEEKDAYS and _HOURS_AFTER.match(text, last)
        ):
            return None
        # A word cut short ("Sonn- und Feiertage") or the name of a street ("Doberaner Platz",
        # "Westlich Hattinger Straße"; streets named after people are no personal data).
        if _CUT_SHORT_AFTER.match(text, last) or (
            _STREET_AFTER.match(text, last) and _PLACE_ADJECTIVE.search(parts[-1])
        ):
            return None
        # One word that is a compound of two nouns ("Bilderbuchkino"), a function word ("Bisher")
        # or a participle ("Geändert"), and no known name ("Kurz", "Groß"); two nouns ending in
        # a trade are a surname as often ("Schwert|feger", "Kisten|macher"), three are not
        # ("Wärme|pumpen|trockner").
        if (
            len(parts) == 1
            and not is_known_name(parts[0])
            and (
                (
                    is_loose_noun_compound(parts[0])
                    and not (_AGENT_NOUN.search(parts[0]) and is_loose_noun_compound(parts[0], 1))
                )
                or parts[0].lower() in STOP_WORDS
                or _PARTICIPLE.fullmatch(parts[0])
            )
        ):
            return None
        # Everyday and administrative nouns ("Großer Saal", "Hallenbades Hofstede",
        # "Planetarium, Castroper"): a name has none of them.
        if any(is_common_noun(p) for p in parts):
            return None
        if any(
            p in PersonRecognizer.ORGANISATION_WORDS
            or PersonRecognizer.ORGANISATION_ENDING.search(p.lower())
            for p in parts
        ):
            return None
        # A square, a park or a street named as such ("Südplatz", "Clamartpark"), or an
        # abbreviation before a number ("Flst. 11420/3", "Lfd. Nr.").
        if len(parts) == 1 and (
            _PLACE_HEAD.search(parts[0])
            or (len(parts[0]) <= _MAX_ABBREVIATION and _ABBREVIATION_AFTER.match(text, last))
            or _NUMBER_ABBREVIATION.search(parts[0])
        ):
            return None
        # A capitalised adjective or participle ("Maßgeblich", "Verschiedenes",
        # "Sorgeberechtigter", "Motorbetriebene") unless it is a known name ("Fröhlich").
        if len(parts) == 1 and _ADJECTIVE_ENDING.search(parts[0]) and not is_known_name(parts[0]):
            return None
        # One word only: "Stadt Hattingen Klaus Weber" still gives "Klaus Weber".
        if len(parts) == 1 and (
            _in_authority_name(text, first)
            or _AFTER_ARTICLE.search(text, max(0, first - 40), first)
        ):
            return None
        return first, last

    def _result(self, start: int, end: int) -> RecognizerResult:
        return RecognizerResult(
            entity_type="PERSON",
            start=start,
            end=end,
            score=self._score,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: "NerPersonRecognizer",
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )


def _name_like(word: str) -> bool:
    """Letters written the way names are: "Kowalski", "KOWALSKI", "Al-Masri", "McLean", "J.".

    Junk decoded from binary data ("DòÈÝüQ", "A\x0bT") fails, and so does anything with digits,
    symbols or control characters.
    """
    core = word[:-1] if word.endswith(".") else word
    if len(core) == 1:
        return core.isalpha() and core.isupper()
    # Abbreviations of statutes end in a capital after lower-case letters: "GewO", "BauGB",
    # "PassV", "StrReinG"; names in mixed case ("McLean") do not.
    if core[-1].isupper() and any(c.islower() for c in core):
        return False
    segments = re.split(r"['’-]", core)
    if not all(segment.isalpha() for segment in segments):
        return False
    return any(segment[0].isupper() for segment in segments) and all(
        segment.islower() or segment.isupper() or _capitalised(segment) for segment in segments
    )


def _capitalised(segment: str) -> bool:
    """ "Kowalski", or with one more capital after a short prefix: "McLean", "DiCaprio"."""
    capitals = [i for i, c in enumerate(segment) if c.isupper()]
    return capitals == [0] or (len(capitals) == 2 and capitals[0] == 0 and 2 <= capitals[1] <= 3)


_ABBREVIATION_LETTERS = 3


_MIN_ROLE_PART = 5


def _names_a_role(word: str) -> bool:
    """A role or office, also the last part of a compound ("Bezirksbürgermeisterin")."""
    if _OFFICE_ENDING.search(word):
        return True
    return any(is_role(word[i:].capitalize()) for i in range(len(word) - _MIN_ROLE_PART, -1, -1))


def _is_edge_noise(word: str) -> bool:
    """A title, salutation or lower-case word at the edge of a name span."""
    stripped = word.strip(",;:()\"'")
    return (
        not stripped
        or stripped in _TITLE_WORDS
        or stripped in PersonRecognizer.NOT_NAMES
        or stripped in _GREETINGS
        or (stripped[0].islower() and stripped not in _PARTICLES)
    )
