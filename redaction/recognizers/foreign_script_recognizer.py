"""Names written in another alphabet: ``Олена Шевченко``, ``КОВАЛЕНКО ОЛЕКСАНДР``,
``(عبد الرحمن الرفاعي)``, ``Γιώργος Παπαδόπουλος``.

German letters quote a name in its own script next to (or instead of) its transliteration:
passports, birth certificates, chat messages. The name rules and the NER model only know the
Latin alphabet, so these words would pass unread.

- Scripts with capitals (Cyrillic, Greek, Armenian): two to four capitalised words standing
  on their own, or one after a name label, an honorific or "geb.". Words of the script next to
  them that are in lower case make a sentence ("Καλή σας μέρα", "Решение за поемане …"), which
  stays readable; a single word is as often a language or a sign ("Русский", "Выход").
- Scripts without capitals (Arabic, Hebrew, Georgian): one to four words in brackets (beside
  the transliterated name), after a name label, an honorific or a writer's "mein Name ist",
  two to four words alone on the line under a name in Latin letters or after a slash beside
  it (a signature), or ending a line after a label about the spelling ("Schreibweise in
  arabischer Schrift: …").
- Chinese and Korean: two to four characters in brackets or after a name cue ("(王小明)").
- A single word in capitals beside its transliteration ("KOVALENKO / КОВАЛЕНКО") or of six
  letters or more.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers.noun_lexicon import (
    is_lexicon_noun,
    is_loose_noun_compound,
    is_place_name,
)
from redaction.recognizers.values import ValuePatternRecognizer

# (capitals, small letters) of the scripts with case.
_CASED = (
    ("\u0400-\u042f", "\u0430-\u045f"),  # Cyrillic
    ("\u0386\u0388-\u038f\u0391-\u03ab", "\u03ac-\u03ce"),  # Greek
    ("\u0531-\u0556", "\u0561-\u0587"),  # Armenian
)
# Letters of the scripts without case (with Arabic's vowel marks).
_CASELESS = (
    "\u0600-\u06ff\u0750-\u077f",  # Arabic, Persian, Urdu
    "\u05d0-\u05ea\u05f0-\u05f2\u0591-\u05c7",  # Hebrew
    "\u10d0-\u10ff",  # Georgian
    "\u1200-\u137f",  # Ethiopic (Tigrinya, Amharic)
)
_SPELLING_CUE = (
    r"(?<![\w-])(?i:schreibweise|schrift|originalschreibweise|im[ ]original|lt\.[ ]pass"
    r"|laut[ ]pass|im[ ]pass|spelling)[^:\n]{0,30}:"
)
_CJK_LANGUAGES = "中文|中文版|汉语|漢語|普通话|简体|繁體|繁体|日本語|日本语|한국어|조선어|韓國語"
_BESIDE_LATIN = "Word in capitals beside its transliteration"
_UNDER_LATIN = "Name under or beside a Latin name"
# Chinese characters and Korean syllables: no spaces between a name's parts ("王小明").
_CJK = "\u4e00-\u9fff\uac00-\ud7a3"
_MAX_WORDS = 4
# Any letter of the scripts above; every pattern needs one.
_ANY_LETTER = re.compile(
    "[" + "".join(upper + lower for upper, lower in _CASED) + "".join(_CASELESS) + _CJK + "]"
)
# A name label, an honorific or a birth name before a single word ("Name: КОВАЛЕНКО", "geb.
# Мельник"); a single word elsewhere is as often a language's name or a sign ("Русский",
# "Выход", "العربية").
_NAME_CUE = (
    r"(?:(?i:name|vorname|vornamen|nachname|familienname|geburtsname|name,[ ]?vorname)[ \t]*:"
    # A passport's fields copied with a dotted leader: "Surname ............ МЕЛЬНИК".
    r"|(?i:surname|given[ ]names?|name|vorname|nachname)[ ]*\.{3,}"
    r"|geb\.|geborene|Herrn?|Frau)[ \t]*"
)


# A name in Latin letters alone on its line: two to four capitalised words.
_LATIN_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ ](?:(?:al|el|bin|ibn|bint)-?)?[A-ZÀ-ÖØ-Þ][\w'’-]+){1,3}"
# A writer giving their name in a sentence.
_SENTENCE_CUE = (
    r"(?<![\w-])(?i:mein(?:[ ]voller)?[ ]name(?:[ ]ist|[ ]lautet)?|ich[ ]hei(?:ß|ss)e"
    r"|name[ ](?:ist|lautet))[ \t]*:?[ \t]*\n?[ \t]*"
)


def _run(word: str, letter: str, least: int) -> str:
    return (
        rf"(?<!{letter}[ ])(?<!{letter})"
        rf"(?P<value>{word}(?:[ ]{word}){{{least - 1},{_MAX_WORDS - 1}}})"
        rf"(?!{letter})(?![ ]{letter})"
    )


def _patterns() -> list[Pattern]:
    patterns = []
    for upper, lower in _CASED:
        letter = f"[{upper}{lower}]"
        word = f"[{upper}]{letter}+(?:-[{upper}]{letter}+)?"
        patterns.append(Pattern("Name in a cased script", _run(word, letter, 2), 0.6))
        patterns.append(Pattern("Word after a name cue", _NAME_CUE + _run(word, letter, 1), 0.6))
        # A word in capitals beside its transliteration ("KOVALENKO / КОВАЛЕНКО", "IVAN
        # (ИВАН)"); beside a German word it translates a sign ("Hinweis / ВНИМАНИЕ"), which
        # ``analyze`` leaves out, as it does a country or a document ("UKRAINE", "PASSPORT").
        paired = f"[{upper}]{{3,}}(?:-[{upper}]{{2,}})?"
        patterns.append(
            Pattern(
                _BESIDE_LATIN,
                # The Latin word before is checked in ``analyze``: matching it here tried every
                # word of every text.
                rf"(?:/[ ]?|\(){_run(paired, letter, 1)}",
                0.6,
            )
        )
    for letters in _CASELESS:
        letter = f"[{letters}]"
        word = f"{letter}+"
        # No capitals tell a name from a phrase: in brackets beside a name, or after a cue.
        patterns.append(Pattern("Name in brackets", rf"\({_run(word, letter, 1)}\)", 0.6))
        patterns.append(Pattern("Name after a name cue", _NAME_CUE + _run(word, letter, 1), 0.6))
        # A signature's second line under the Latin name ("Nour Alhassan⏎نور الحسن"), or after
        # a slash beside it ("Nour Alhassan / نور الحسن").
        patterns.append(
            Pattern(
                _UNDER_LATIN,
                rf"(?m:^[ \t]*{_LATIN_NAME}[ \t]*(?:\n[ \t]*|/[ ]?)"
                rf"{_run(word, letter, 2)}[ \t.]*$)",
                0.6,
            )
        )
        # Said in a sentence: "Auf Arabisch ist mein Name⏎محمد عبد الكريم صالح."
        patterns.append(
            Pattern("Name after a sentence's cue", _SENTENCE_CUE + _run(word, letter, 1), 0.6)
        )
        # The rest of a line after a label about spelling ("Schreibweise in arabischer
        # Schrift: فيصل بن …", "Original lt. Pass: …"); a notice in the script stays.
        patterns.append(
            Pattern(
                "Name after a spelling label",
                rf"{_SPELLING_CUE}[ \t]*\n?[ \t]*(?P<value>{word}(?:[ ]{word}){{0,7}})"
                rf"(?![ ]?{letter})(?=[ \t]*(?:\n|$|\())",
                0.6,
            )
        )
    # Names only: "(中文)", "(한국어)" name languages.
    cjk = (
        rf"(?<![{_CJK}])(?!(?:{_CJK_LANGUAGES})(?![{_CJK}]))(?P<value>[{_CJK}]{{2,4}})(?![{_CJK}])"
    )
    patterns.append(Pattern("Chinese or Korean name in brackets", rf"\({cjk}\)", 0.6))
    patterns.append(Pattern("Chinese or Korean name after a cue", _NAME_CUE + cjk, 0.6))
    return patterns


_LATIN_BEFORE = re.compile(r"([A-Za-zÀ-ÖØ-öø-ſ-]{2,})[ ]?(?:/[ ]?|\()$")
_NOT_TRANSLITERATIONS = frozenset(
    [
        "Ukraine",
        "Russland",
        "Russia",
        "Belarus",
        "Bulgarien",
        "Bulgaria",
        "Passport",
        "Pass",
        "Reisepass",
        "Name",
        "Surname",
        "Vorname",
        "Nachname",
        "Given",
        "Ausweis",
        "Warning",
        "Attention",
        "Exit",
        "Ausgang",
        "Eingang",
    ]
)


class ForeignScriptNameRecognizer(ValuePatternRecognizer):
    """Names in a non-Latin alphabet, reported as ``PERSON``."""

    PATTERNS = _patterns()

    def __init__(self) -> None:
        super().__init__(
            supported_entity="PERSON",
            patterns=self.PATTERNS,
            name="ForeignScriptNameRecognizer",
            flags=0,  # Presidio's default ignores case, which is the point here
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        if _ANY_LETTER.search(text) is None:
            return []  # most letters are all Latin: no pattern can match
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [
            r
            for r in results
            if not self._translates_a_word(text, r) and not self._under_a_heading(text, r)
        ]

    @staticmethod
    def _under_a_heading(text: str, result: RecognizerResult) -> bool:
        """The Latin line above is a heading or a sign, not a name ("Bürgerbüro Mitte⏎مكتب
        المواطنين", "Bochum Wattenscheid⏎بوخوم فاتنشايد"): one of its words is a noun of the
        lexicon, a compound of such nouns or a place."""
        explanation = result.analysis_explanation
        if explanation is None or explanation.pattern_name != _UNDER_LATIN:
            return False
        line_start = text.rfind("\n", 0, result.start) + 1
        if not text[line_start : result.start].strip(" \t/"):
            line_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
        latin = text[line_start : result.start].replace("/", " ").split()
        return any(
            is_lexicon_noun(word) or is_loose_noun_compound(word) or is_place_name(word)
            for word in latin
        )

    @staticmethod
    def _translates_a_word(text: str, result: RecognizerResult) -> bool:
        """A word in capitals beside a German noun, a country or a document's name."""
        explanation = result.analysis_explanation
        if explanation is None or explanation.pattern_name != _BESIDE_LATIN:
            return False
        latin = _LATIN_BEFORE.search(text, max(0, result.start - 40), result.start)
        if latin is None:
            return True
        word = latin.group(1).capitalize()
        return is_lexicon_noun(word) or word in _NOT_TRANSLITERATIONS
