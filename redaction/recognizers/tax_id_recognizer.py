"""Steuerliche Identifikationsnummer (11 digits, ISO 7064 MOD 11,10), spaced or not.

Grouped 2-3-3-3 or 3-3-3-2; after a cue word ("Steuer-ID", "Steuerliche IdNr.",
"Steuer-Identifikationsnummer") also with OCR letters for digits ("94 2l0 638 251") and a failing
check digit.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers.patterns import StdlibPatternRecognizer
from redaction.recognizers.person_recognizer import LABEL_SEPARATOR

_CUE = (
    r"(?i:steuer-?id(?:entifikationsnummer)?|steuer-?identifikations-?nummer"
    r"|steuerliche[ ]id-?nr\.?|steuerliche[ ]identifikationsnummer|id-?nr\.?"
    r"|identifikationsnummer|tin)"
)
# Digits as OCR reads them now and then: l and I for 1, O and o for 0.
_OCR_DIGIT = "[0-9lIOo]"
_VALUE = re.compile(r"[0-9lIOo][0-9lIOo ]{9,15}[0-9lIOo]")
_VAT_CUE = re.compile(r"(?i:USt|Umsatzsteuer|VAT)")
_FOOTER_REACH = 300
_ORGANISATION = re.compile(
    r"(?<![\w-])(?:GmbH|gGmbH|AG|mbH|SE|e\.[ ]?V\.|eG|KGaA|Stadt|Gemeinde|Landkreis|Kreis"
    r"|Stadtwerke|Sparkasse|Verwaltung)(?![\w-])"
)
_VAT_VALUE = re.compile(r"DE[ ]?\d{3}[ ]?\d{3}[ ]?\d{3}$")


def tax_id_is_valid(candidate: str) -> bool:
    digits = [int(c) for c in candidate if c.isdigit()]
    if len(digits) != 11 or digits[0] == 0:
        return False
    product = 10
    for digit in digits[:10]:
        total = (digit + product) % 10 or 10
        product = (total * 2) % 11
    check = (11 - product) % 10
    return check == digits[10]


class TaxIdRecognizer(StdlibPatternRecognizer):
    """Steuer-ID with a valid check digit; with a cue word also when the check digit fails."""

    PATTERNS = [  # noqa: RUF012
        Pattern("Steuer-ID", r"\b\d{2}[ ]?\d{3}[ ]?\d{3}[ ]?\d{3}\b", 0.3),
        Pattern("Steuer-ID 3-3-3-2", r"\b\d{3}[ ]\d{3}[ ]\d{3}[ ]\d{2}\b", 0.3),
        Pattern(
            "Steuer-ID after cue",
            rf"(?<![\w-]){_CUE}{LABEL_SEPARATOR}?[ ]*"
            rf"(?:{_OCR_DIGIT}[ ]?){{10}}{_OCR_DIGIT}(?![\w])",
            0.8,
        ),
        # A Steuernummer in the slashed shapes of the Länder (NRW "342/5091/2277", Bavaria
        # "181/815/08155", Berlin and others "21/815/08150"): no other number looks like it.
        Pattern(
            "Steuernummer",
            # Not a council paper's number ("Drucksache 18/123/45678").
            r"(?<![\w/.-])(?<!Drucksache[ ])(?<!Drs\.[ ])(?<!Vorlage[ ])"
            r"(?:\d{3}/\d{4}/\d{4}|\d{3}/\d{3}/\d{5}|\d{2}/\d{3}/\d{5})(?![\w/.-])",
            0.6,
        ),
        # A VAT number ("USt-IdNr. DE 318 442 705"): a sole trader's identifies the person.
        Pattern(
            "USt-IdNr. after cue",
            r"(?<![\w-])(?i:USt\.?[ ]?-?[ ]?Id(?:[ .-]{0,2}Nr\.?)?|Umsatzsteuer-?Id(?:\.?-?Nr\.?"
            r"|entifikationsnummer)?|VAT[ ]?(?:ID|No\.?|number))[ ]?:?[ ]*"
            r"DE[ ]?\d{3}[ ]?\d{3}[ ]?\d{3}(?![\w])",
            0.8,
        ),
    ]
    CONTEXT = [  # noqa: RUF012
        "steuer-id",
        "steueridentifikationsnummer",
        "identifikationsnummer",
        "idnr",
        "steuerid",
        "tin",
    ]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="DE_TAX_ID",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            name="TaxIdRecognizer",
        )

    @staticmethod
    def _organisations_vat_number(text: str, result: RecognizerResult) -> bool:
        """A VAT number in the footer of an authority or a company ("Stadt Bochum · …",
        "… GmbH · …"): theirs, not a person's; a sole trader's ("e.K.") stays."""
        if not _VAT_CUE.match(text, result.start):
            return False
        line_start = text.rfind("\n", 0, result.start) + 1
        before = max(line_start, result.start - _FOOTER_REACH)
        return _ORGANISATION.search(text, before, result.start) is not None

    def validate_result(self, pattern_text: str) -> bool | None:
        if not pattern_text[:1].isdigit():
            return True  # the cue form: the cue is the evidence
        return True if tax_id_is_valid(pattern_text) else None

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = [
            r
            for r in super().analyze(text, entities, nlp_artifacts, regex_flags)
            if not self._organisations_vat_number(text, r)
        ]
        # Narrow "Steuerliche IdNr.: 94 2l0 638 251" to the number.
        for result in results:
            if not text[result.start].isdigit():
                value = _VAT_VALUE.search(text, result.start, result.end) or _VALUE.search(
                    text, result.start, result.end
                )
                if value is not None:
                    result.start = value.start()
        return results
