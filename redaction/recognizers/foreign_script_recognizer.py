"""Names written in another alphabet: ``Олена Шевченко``, ``КОВАЛЕНКО ОЛЕКСАНДР``,
``(عبد الرحمن الرفاعي)``, ``Γιώργος Παπαδόπουλος``.

German letters quote a name in its own script next to (or instead of) its transliteration:
passports, birth certificates, chat messages. The name rules and the NER model only know the
Latin alphabet, so these words would pass unread.

- Scripts with capitals (Cyrillic, Greek, Armenian): one to four capitalised words standing
  on their own. Words of the script next to them that are in lower case make a sentence
  ("Καλή σας μέρα", "Решение за поемане …"), which stays readable.
- Scripts without capitals (Arabic, Hebrew, Georgian): one to four words standing on their
  own; five or more make a sentence.
"""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

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
)
_MAX_WORDS = 4


def _cased(upper: str, lower: str) -> str:
    letter = f"[{upper}{lower}]"
    word = f"[{upper}]{letter}+(?:-[{upper}]{letter}+)?"
    return (
        rf"(?<!{letter}[ ])(?<!{letter})"
        rf"{word}(?:[ ]{word}){{0,{_MAX_WORDS - 1}}}"
        rf"(?!{letter})(?![ ]{letter})"
    )


def _caseless(letters: str) -> str:
    letter = f"[{letters}]"
    word = f"{letter}+"
    return (
        rf"(?<!{letter}[ ])(?<!{letter})"
        rf"{word}(?:[ ]{word}){{0,{_MAX_WORDS - 1}}}"
        rf"(?!{letter})(?![ ]{letter})"
    )


class ForeignScriptNameRecognizer(PatternRecognizer):
    """Short runs of words in a non-Latin alphabet, reported as ``PERSON``."""

    PATTERNS = [  # noqa: RUF012
        *(Pattern("Name in a cased script", _cased(u, lo), 0.6) for u, lo in _CASED),
        *(Pattern("Name in a caseless script", _caseless(s), 0.6) for s in _CASELESS),
    ]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="PERSON",
            patterns=self.PATTERNS,
            supported_language="de",
            name="ForeignScriptNameRecognizer",
            global_regex_flags=0,  # Presidio's default ignores case, which is the point here
        )
