"""Names spelled out on the phone, as voicemail and call transcripts write them down:
``S wie Samuel, Z wie Zacharias, Y wie Ypsilon``, ``R-A-F-A-L``.

A caller spells the name the clerk will not find otherwise, so a spelled word is nearly always
a surname (or a plate, which is personal data too). The name rules see single capitals and
"wie"; this recognizer takes the whole spelling. Reported as ``PERSON``.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers.noun_lexicon import is_known_name, is_lexicon_noun
from redaction.recognizers.patterns import StdlibPatternRecognizer

# A letter and its spelling word ("S wie Samuel", "Ö wie Ökonom", "sch wie Schule"), three at
# least in a row, parted by commas, blanks or "dann".
# In lower case too, as speech-to-text writes it, and with the 2022 alphabet's towns and
# "Umlaut" ("l wie leipzig ö wie umlaut offenbach").
_SPELLED_LETTER = (
    r"(?:[A-ZÄÖÜa-zäöü]|[Ss]ch|[Cc]h)[ ]wie[ ](?:[Uu]mlaut[ ])?[A-ZÄÖÜa-zäöü][a-zäöüß]+"
)
_SPELLED_GAP = r"(?:,?[ ]+(?:dann[ ]+|und[ ]+)?|[ ]?[-–][ ]?)"


# Lower-case letters one by one with blanks, as speech-to-text writes a name spelled without
# the alphabet: "n g u y e n", "a y d ı n". Three letters at least.
_LOWER_LETTERS = re.compile(r"(?<![\w-])[a-zäöüßıçşğ](?:[ ][a-zäöüßıçşğ]){2,40}(?![\w-])")
# What must come right before them: a question or word about the name ("wie schreibt man den
# nachnamen⏎anrufer: n g u y e n", "und vorname d u c") or the name itself ("kübra aydın also
# a y d ı n", "tran thi lan t r a n").
_NAME_CUE = re.compile(
    r"(?i:name|namen|nachname|nachnamen|vorname|vornamen|buchstabiert|schreibt)[ ?:]*"
    r"(?:\n[^\n:]{1,20}:[ ]*)?$"
)
_CUE_REACH = 60
_SPELLED_LOWER = "Letters one by one in lower case"


class SpelledNameRecognizer(StdlibPatternRecognizer):
    """A word spelled with the spelling alphabet, or letter by letter with hyphens or commas."""

    PATTERNS = [  # noqa: RUF012
        Pattern(
            "Spelling alphabet",
            rf"(?<![\w-]){_SPELLED_LETTER}(?:{_SPELLED_GAP}{_SPELLED_LETTER}){{2,40}}(?![\w-])",
            0.8,
        ),
        # Capitals one by one with hyphens: "R-A-F-A-L" (five letters at least, so that a shift
        # rota's "A-B-C-D" stays; with commas they are a list of categories as often).
        Pattern(
            "Letters one by one",
            r"(?<![\w-])[A-ZÄÖÜ](?:-[A-ZÄÖÜ]){4,40}(?![\w-])",
            0.6,
        ),
    ]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="PERSON",
            patterns=self.PATTERNS,
            name="SpelledNameRecognizer",
            needles={"Spelling alphabet": (" wie ",), "Letters one by one": ("-",)},
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        pattern = Pattern(_SPELLED_LOWER, _LOWER_LETTERS.pattern, 0.6)
        for match in _LOWER_LETTERS.finditer(text):
            before = text[max(0, match.start() - _CUE_REACH) : match.start()]
            word = match.group().replace(" ", "")
            # The word spelled was said just before, or a word about the name asks for it.
            if word in before.lower().split() or _NAME_CUE.search(before):
                result = self._result(pattern, match.start(), match.end(), text)
                if result is not None:
                    results.append(result)
        return results + self._mentions(text, results)

    def _mentions(self, text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
        """The spelled word where it is said as a word: "hier ist kübra aydın also a y d ı n",
        "Frau Wróbel, W-R-O-B-E-L" (no everyday word: a spelled plate's letters may make one)."""
        words = {_spelled_word(text, r) for r in results}
        pattern = Pattern(_SAID, "", 0.6)
        found = []
        for word in words:
            if len(word) < _MIN_SAID or (
                is_lexicon_noun(word.capitalize()) and not is_known_name(word.capitalize())
            ):
                continue
            for match in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.I):
                if not any(r.start <= match.start() < r.end for r in results):
                    result = self._result(pattern, match.start(), match.end(), text)
                    if result is not None:
                        found.append(result)
        return found


_SAID = "Spelled word said as a word"
_MIN_SAID = 3
_ALPHABET_LETTER = re.compile(r"(?<![\w-])([A-ZÄÖÜa-zäöü]|[Ss]ch|[Cc]h)[ ]wie[ ]")


def _spelled_word(text: str, result: RecognizerResult) -> str:
    """The word a spelling gives: its letters joined."""
    spelled = text[result.start : result.end]
    explanation = result.analysis_explanation
    if explanation is not None and explanation.pattern_name == "Spelling alphabet":
        return "".join(m.group(1) for m in _ALPHABET_LETTER.finditer(spelled)).lower()
    return spelled.replace(" ", "").replace("-", "").lower()
