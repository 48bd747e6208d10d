"""A clerk's initials signing a note: ``Rückruf bis Fr. – hs``, ``02.03.26 / KN``,
``Bearbeitung (cw, 09.03.2026 08:05)``, ``gez. AS``.

Case notes, ticket histories and file notes end each entry with the writer's initials, and in
a small office initials name one person. The name rules need a word of three letters or more;
these are two or three.

Only where a note is signed: at the end of a line after a dash or a slash, in brackets before
a date, or after "gez."/"Kürzel:"/"Hz."/"Bearbeitet:"/"Annahme:". Lower-case initials of
three letters need no vowel ("jbr"), so that words ("neu", "gut") stay; two-letter words,
abbreviations of the office ("WV", "ASD", "EU") and German states are listed as no initials.
Elsewhere, a salutation before an initial ("Herr R.") or two initials with dots ("M. K.")
name a person.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers.noun_lexicon import is_lexicon_noun
from redaction.recognizers.values import ValuePatternRecognizer

_INITIALS = r"(?P<value>[A-ZÄÖÜ]{2}|[A-ZÄÖÜ][a-zäöü]|[a-zäöü]{2}|[b-df-hj-np-tv-xzß]{3})"
# In brackets before a date only in lower case ("(cw, 09.03.2026"): "(KW, …", "(OG, …" are
# calendar weeks and floors.
_LOWER_INITIALS = r"(?P<value>[a-zäöü]{2}|[b-df-hj-np-tv-xzß]{3})"
_NOT_INITIALS_WORDS = """
    ab am an da du eh er es im in ja je ob oh so um wo zu ok nö na ah co nr fr hr dr st ca bzw
    eu de uk us usa eur dm ag kg se gb mb kb id it pdf doc csv xml txt zip jpg png edv sgb bgb gg
    vo ao az tel fax wv asd km kv ba sb gf pr ob bm al fb fd ks vz ggf vgl inkl usw etc mfg
    lg vg bw by nrw nw hh hb sh mv bb be sn th rp sl he ni kita kfz lkw pkw ez gez fyi
    sg kw pc ha og eg ug dg tbd tba nn xx ff hw sw ki ai ux ui db vm pw ps tv hr rz zb kk
    rb rv dh ph gs md mw bd fz ko wg sv ls sm hv ts pv
"""
_NOT_INITIALS = frozenset(_NOT_INITIALS_WORDS.split())
_AT_LINE_END = r"(?=[ \t]*$)"
# Two initials with dots ("M. K."); abbreviations written so are no initials.
_DOTTED_PAIR = r"(?P<value>[A-ZÄÖÜ]\.[ ]?[A-ZÄÖÜ]\.)"
_NOT_DOTTED_WORDS = """
    zb ia iv ua uu og ad nn so dh va zt zh ev ir is ig ur sa ma ba bs ms ps eg fa ag kg
    bv nv us eu ok ko fh th uk un ab ch nl fr it es
"""
_NOT_DOTTED = frozenset(_NOT_DOTTED_WORDS.split())


_NEXT_WORD = re.compile(r"[ ]+(?P<word>[A-ZÄÖÜ][a-zäöüß]{2,})")


def _before_a_noun(text: str, end: int) -> bool:
    """Initials before a noun are a heading's letters ("A. B. Verfahren")."""
    word = _NEXT_WORD.match(text, end)
    return word is not None and is_lexicon_noun(word.group("word"))


class InitialsRecognizer(ValuePatternRecognizer):
    """Initials where a note is signed, reported as ``PERSON``."""

    PATTERNS = [  # noqa: RUF012
        Pattern(
            "Initials ending a note",
            rf"(?:^|(?<=[ \t]))(?:[–—-]|/)[ \t]?{_INITIALS}{_AT_LINE_END}",
            0.5,
        ),
        Pattern(
            "Initials before a date",
            rf"(?<=\(){_LOWER_INITIALS},[ ]?(?=\d{{1,2}}\.\d{{1,2}}\.)",
            0.5,
        ),
        Pattern(
            "Initials after a signing cue",
            rf"(?<![\w-])(?i:gez\.|kürzel:|hz\.|handzeichen:|bearbeitet:|bearbeitet[ ]von"
            rf"|annahme:|aufgenommen:|erfasst:|notiert:)[ \t]*{_INITIALS}(?![\w.])",
            0.5,
        ),
        # "Herr R. verhielt sich …", "Hinweis an Hr. G.:": a person named by an initial.
        Pattern(
            "Initial after a salutation",
            r"(?<![\w-])(?:(?i:herrn?|frau|familie)|Hr\.|Hrn\.|Fr\.|Fam\.)[ ]+"
            r"(?:(?:Dr\.|Prof\.)[ ]*)*"
            r"(?P<value>[A-ZÄÖÜÀ-ÖØ-ÞĀ-Ž]\.(?:-?[ ]?[A-ZÄÖÜÀ-ÖØ-ÞĀ-Ž]\.)?)"
            r"(?![\w]|[ ]?[A-ZÄÖÜa-zäöü]\.)",
            0.5,
        ),
        # "Fachkräfte AS und M. K.", "Anwesend: KM (M. K., 24 J.)".
        Pattern(
            "Two initials with dots",
            # Not "K.O.-Schalter", not a section's letters before its title ("A. B. Verfahren").
            rf"(?<![\w.]){_DOTTED_PAIR}(?![\w-]|[ ]?[A-ZÄÖÜa-zäöü]\.)",
            0.5,
        ),
    ]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="PERSON", patterns=self.PATTERNS, name="InitialsRecognizer"
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
            if text[r.start : r.end].lower() not in _NOT_INITIALS
            and text[r.start : r.end].replace(".", "").replace(" ", "").lower() not in _NOT_DOTTED
            and not _before_a_noun(text, r.end)
        ]
