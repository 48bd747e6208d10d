"""German nouns from Wiktionary (the ``german-nouns`` package, CC BY-SA 4.0 data), all forms.

The NER model tags a capitalised word in a list or a table row as a name now and then
("Stuhl", "Feuerlöscher", "Passwörter"): every German noun is capitalised, and our own list of
everyday words cannot know them all. A word that Wiktionary knows as a noun and never as a
surname, given name or proper name is no name on its own. Surnames that are also nouns
("Müller", "Koch", "Fuchs") carry a surname entry there and are not in this set.

The set (about 260,000 forms) is read once per process from the installed package, on first
use: about 0.8 CPU-seconds and 40 MB.
"""

from __future__ import annotations

import csv
import functools
import importlib.resources
import logging
import re

logger = logging.getLogger(__name__)

_NAME_KINDS = ("Nachname", "Vorname", "Eigenname", "Toponym")
# The first inflected form in a row of ``nouns.csv``; the columns before hold lemma, part of
# speech and gender.
_FIRST_FORM_COLUMN = 7


@functools.cache
def german_nouns() -> frozenset[str]:
    """Every form of every noun that is not also a name."""
    forms: set[str] = set()
    names: set[str] = set()
    source = importlib.resources.files("german_nouns") / "nouns.csv"
    with source.open(encoding="utf-8") as handle:  # no field holds a line break
        rows = csv.reader(handle)
        next(rows)  # the header
        for row in rows:
            if len(row) < 2:
                continue
            lemma, kinds = row[0], row[1]
            if any(kind in kinds for kind in _NAME_KINDS):
                names.add(lemma)
                continue
            if "Substantiv" not in kinds:
                continue
            forms.add(lemma)
            forms.update(form for form in row[_FIRST_FORM_COLUMN:] if form and " " not in form)
    nouns = frozenset(forms - names)
    logger.info("noun lexicon loaded (%d forms)", len(nouns))
    return nouns


# A compound whose first part ends in a linking element only nouns have ("Versorgungs-",
# "Gesundheits-", "Gesellschafts-"), then a noun: "Wasserversorgungstechnik". Names are
# compounds too ("Baumbach", "Schwarzkopf"), but never with these joints.
_NOUN_JOINT = re.compile(r"(?:ungs|heits|keits|schafts|ions|täts)(?P<tail>[a-zäöüß]{3,})$")


def is_lexicon_noun(word: str) -> bool:
    """``word`` is a form of a German noun that is no name, or a compound noun."""
    nouns = german_nouns()
    if word in nouns:
        return True
    joint = _NOUN_JOINT.search(word)
    return joint is not None and joint.group("tail").capitalize() in nouns
