"""German nouns from Wiktionary (the ``german-nouns`` package, CC BY-SA 4.0 data), all forms.

The NER model tags a capitalised word in a list or a table row as a name now and then
("Stuhl", "Feuerlöscher", "Passwörter"): every German noun is capitalised, and our own list of
everyday words cannot know them all. A word that Wiktionary knows as a noun and never as a
surname, given name or proper name is no name on its own. Surnames that are also nouns
("Müller", "Koch", "Fuchs") carry a surname entry there and are not in this set.

The set (about 256,000 lower-case forms) is read once per process from the installed package,
on first use: about 0.4 CPU-seconds and 26 MB. It is built from the package's form index, one
short line at a time, and the rows of ``nouns.csv`` are only scanned for their part of speech:
parsing every row with ``csv`` left 130 MB of fragmented heap behind.
"""

from __future__ import annotations

import bisect
import functools
import importlib.resources
import logging
import re
import threading

from redaction.recognizers import districts

logger = logging.getLogger(__name__)

_NAME_KINDS = ("Nachname", "Vorname", "Eigenname", "Toponym")


def _part_of_speech(line: str) -> tuple[str, str]:
    """Lemma and part of speech: the first two fields of a ``nouns.csv`` row (either may be
    quoted, the second often is: ``"Nachname,Substantiv"``)."""
    if line.startswith('"'):
        end = line.index('"', 1)
        lemma, rest = line[1:end], line[end + 2 :]
    else:
        lemma, _, rest = line.partition(",")
    kinds = rest[1 : rest.index('"', 1)] if rest.startswith('"') else rest.partition(",")[0]
    return lemma, kinds


_lock = threading.Lock()
_nouns: frozenset[str] | None = None
# Lemmas (lower case) Wiktionary lists as surnames, first names or places.
_names: frozenset[str] = frozenset()
# Those it lists as places (towns, regions, rivers) and not as a surname or first name too:
# "bochum", "oberhausen", "castrop-rauxel" ("wolf", "marl" are names as well).
_places: frozenset[str] = frozenset()
_toponyms: frozenset[str] = frozenset()
# Those it lists as surnames or first names.
_persons: frozenset[str] = frozenset()


def german_nouns() -> frozenset[str]:
    """Every form (lower case) of every noun that is not also a name.

    Built once per process under a lock: the worker's activity threads start redacting at the
    same moment, and each building its own copy took a quarter of a gigabyte.
    """
    global _nouns
    if _nouns is None:
        with _lock:
            if _nouns is None:
                _nouns = _build()
    return _nouns


def _build() -> frozenset[str]:
    package = importlib.resources.files("german_nouns")
    skipped: set[int] = set()  # rows of names, abbreviations, affixes …
    names: set[str] = set()
    places: set[str] = set()
    persons: set[str] = set()
    with (package / "nouns.csv").open(encoding="utf-8") as rows:
        next(rows)  # the header
        for number, row in enumerate(rows):
            lemma, kinds = _part_of_speech(row)
            if any(kind in kinds for kind in _NAME_KINDS):
                skipped.add(number)
                names.add(lemma.lower())
                if "Toponym" in kinds:
                    places.add(lemma.lower())
                if "Nachname" in kinds or "Vorname" in kinds:
                    persons.add(lemma.lower())
            elif "Substantiv" not in kinds:
                skipped.add(number)
    forms: set[str] = set()
    # "form<TAB>row[<TAB>row …]", the form in lower case; a form of a noun row counts.
    with (package / "index.txt").open(encoding="utf-8") as index:
        for line in index:
            form, *numbers = line.rstrip("\n").split("\t")
            if form and " " not in form and any(int(n) not in skipped for n in numbers):
                forms.add(form)
    nouns = frozenset(forms - names)
    global _names, _places, _persons, _toponyms
    _names = frozenset(names)
    _places = frozenset(places - persons)
    _toponyms = frozenset(places)
    _persons = frozenset(persons)
    logger.info("noun lexicon loaded (%d forms)", len(nouns))
    return nouns


_all_names: frozenset[str] | None = None


def _known_names() -> frozenset[str]:
    """Wiktionary's names and the surnames and first names of our name stocks (lower case):
    a compound that is one ("Gottschalk", "Salzgitter") is no noun. Built once per process."""
    global _all_names
    if _all_names is None:
        german_nouns()  # fills Wiktionary's names
        with _lock:
            if _all_names is None:
                from redaction.ner.names import name_stocks  # Faker: loaded only when needed

                people: set[str] = set()
                for origin in name_stocks():
                    people.update(
                        n.lower() for n in (*origin.surnames, *origin.male, *origin.female)
                    )
                global _stock_names
                _stock_names = frozenset(people)
                _all_names = frozenset(people | _names)
    return _all_names


_stock_names: frozenset[str] = frozenset()


def is_place_name(word: str) -> bool:
    """``word`` is a place Wiktionary knows ("Herne", "Castrop-Rauxel", "Oberhausen") and no
    surname or first name there or in our name stocks ("Hagen", "Marl", "Wolf" are names)."""
    _known_names()  # fills the name stocks
    lower = word.lower()
    return lower in places() and lower not in _stock_names


def is_district(word: str) -> bool:
    """``word`` is a district of a Ruhr city ("Sodingen", "Aplerbeck") or of the city's own list
    (``districts.use_city_districts``) and no surname or first name Wiktionary or our name
    stocks know."""
    _known_names()  # fills Wiktionary's persons and the name stocks
    lower = word.lower()
    return districts.listed(lower) and lower not in _stock_names and lower not in _persons


# A compound whose first part ends in a linking element only nouns have ("Versorgungs-",
# "Gesundheits-", "Gesellschafts-"), then a noun: "Wasserversorgungstechnik". Names are
# compounds too ("Baumbach", "Schwarzkopf"), but never with these joints.
_NOUN_JOINT = re.compile(r"(?:ungs|heits|keits|schafts|ions|täts)(?P<tail>[a-zäöüß]{3,})$")


# Last parts of surnames and of towns that are nouns too ("Berg|mann", "Rosen|baum",
# "Baum|bach", "Eisenhütten|stadt", "Ludwigs|hafen"): a compound ending in one may be a name.
_NAME_TAILS_TEXT = """
    mann männer berg berge bach baum bäume feld felde felder hof hofe höfe haus hause häuser
    wald walde stein steine thal tal dorf dorfe burg burge brink kamp horst busch meier meyer
    müller schmidt bauer born brunn brunnen hagen heim heime au aue wiese wiesen garten bruch
    beck kötter kopf hardt hart wart brand land lande hausen rath rode mühle mühlen weg wege
    schild hammer schlag winkel acker ring ecke kirch kirche kirchen linde hage streit
    stadt städte hafen furt münde brück brücke brücken bruck hütte hütten see tal wasser hain
    leben markt weiler zell
"""
_NAME_TAILS = frozenset(_NAME_TAILS_TEXT.split())
# A compound of two nouns ("Stadt|försterei", "Auslands|geburten"): both parts this long at
# least, so that no name splits into a short noun and a rest that happens to be one
# ("Ost|ertag", "Sie|vers").
_MIN_HEAD = 4
_MIN_TAIL = 5
_LINKS = ("s", "n", "en", "es")
# The compound's last part ends as abstract nouns and plurals do ("-försterei", "-geburten",
# "-wesen"); surnames made of nouns end otherwise ("Eisen|hauer", "Haus|knecht",
# "Blumen|schein", "Rosen|zweig").
_NOUN_TAIL_ENDING = re.compile(
    r"(?:ung|heit|keit|schaft|ei|ion|tät|nis|nisse|tum|ment|ik|en|nummer|zeichen|antrag|anträge"
    r"|bescheid|vertrag|verträge|platz|plätze|ausweis|karte|liste|plan|pläne|recht|rat|räte)$"
)


def places() -> frozenset[str]:
    """Wiktionary's places, lower case (about 5,700: the towns of Germany among them)."""
    german_nouns()  # fills them
    return _places


def toponyms() -> frozenset[str]:
    """All of Wiktionary's places, lower case, also those that are surnames too ("dortmund",
    "hagen"): for a town's domain, where a surname is no reading."""
    german_nouns()  # fills them
    return _toponyms


def is_known_name(word: str) -> bool:
    """``word`` is a surname, first name or place that Wiktionary or our name stocks know."""
    return word.lower() in _known_names()


@functools.lru_cache(maxsize=65536)
def _is_noun_compound(lower: str) -> bool:
    nouns = german_nouns()
    if lower in _known_names():
        return False
    for cut in range(_MIN_HEAD, len(lower) - _MIN_TAIL + 1):
        head, tail = lower[:cut], lower[cut:]
        if tail in _NAME_TAILS or tail not in nouns or not _NOUN_TAIL_ENDING.search(tail):
            continue
        if head in nouns or any(
            head.endswith(link) and head[: -len(link)] in nouns for link in _LINKS
        ):
            return True
    return False


def is_loose_noun_compound(word: str, heads: int = 2) -> bool:
    """``word`` splits into two nouns of the lexicon, whatever the last one's ending
    ("Wärmepumpen|trockner", "Bilderbuch|kino", "Wahl|grab"), and no name is known so and no
    part is a name's usual tail. Weaker evidence than ``is_lexicon_noun``: for a model's hit of
    one word, which has no cue of its own. ``heads=1``: two parts only, no compound in front."""
    lower = word.lower()
    if "-" in lower:  # "Ticket-Queue", "Postfach-Nachrichten": every part a noun
        parts = lower.split("-")
        return all(p in german_nouns() or is_loose_noun_compound(p, heads) for p in parts if p)
    if not lower.isalpha() or lower in _known_names():
        return False
    return _splits_into_nouns(lower, heads=heads)


def _splits_into_nouns(lower: str, heads: int) -> bool:
    """A noun, then a noun: the first may itself be a compound of ``heads`` - 1 more."""
    nouns = german_nouns()
    for cut in range(_MIN_LOOSE_PART, len(lower) - _MIN_LOOSE_PART + 1):
        head, tail = lower[:cut], lower[cut:]
        if tail in _NAME_TAILS or tail not in nouns:
            continue
        # A modifier loses its final e ("Schul|verzeichnis", "Sprach|kurs").
        bare = [head, head + "e"] + [head[: -len(link)] for link in _LINKS if head.endswith(link)]
        if any(b in nouns or (heads > 1 and _splits_into_nouns(b, heads - 1)) for b in bare):
            return True
    return False


_MIN_LOOSE_PART = 3


_sorted_nouns: list[str] | None = None
# An abbreviation leaves this many letters at least ("Ausf." of "Ausfertigung").
_MIN_ABBREVIATED = 3


def begins_a_noun(word: str) -> bool:
    """``word`` (without its dot) is the beginning of a longer noun of the lexicon and no noun
    itself: an abbreviation ("Stellv", "Hausnr" is no beginning, "Schriftf" is)."""
    global _sorted_nouns
    lower = word.lower()
    if len(lower) < _MIN_ABBREVIATED or not lower.isalpha():
        return False
    nouns = german_nouns()
    if lower in nouns:
        return False
    if _sorted_nouns is None:
        with _lock:
            if _sorted_nouns is None:
                _sorted_nouns = sorted(nouns)
    at = bisect.bisect_left(_sorted_nouns, lower)
    return at < len(_sorted_nouns) and _sorted_nouns[at].startswith(lower)


def is_lexicon_noun(word: str) -> bool:
    """``word`` is a form of a German noun that is no name, or a compound noun."""
    nouns = german_nouns()
    lower = word.lower()
    if lower in nouns:
        return True
    joint = _NOUN_JOINT.search(word)
    if joint is not None and joint.group("tail") in nouns:
        return True
    return len(lower) >= _MIN_HEAD + _MIN_TAIL and lower.isalpha() and _is_noun_compound(lower)
