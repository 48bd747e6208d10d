"""Handelsregister numbers that name a natural person: section A (``HRA 1456``, ``HR A 3317``,
``HRA-Nr. 902``) and the Partnerschaftsregister of the liberal professions (``PR 512`` after its
name).

Section A holds sole traders ("Kfz-Technik Dumitru e.K.") and partnerships, whose entries name
their owners and partners: personal data. Section B (``HRB 14412``) holds capital companies
(GmbH, AG, UG), legal persons; their number is no more personal than the firm's name beside it,
which stays readable, so it is not redacted. Presidio's ``DeHandelsregisterRecognizer`` tags both
sections; this recognizer replaces it. So does the Vereins- and Genossenschaftsregister
(``VR``, ``GnR``): associations and cooperatives are legal persons too. A "GmbH & Co. KG" stands
in section A, but its partner is a company: its entry names no natural person.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers.patterns import StdlibPatternRecognizer


class HandelsregisterRecognizer(StdlibPatternRecognizer):
    """``HRA`` numbers, and ``PR`` numbers after the Partnerschaftsregister's name."""

    PATTERNS = [  # noqa: RUF012
        Pattern(
            "HRA",
            r"(?<![\w-])HR[ \t]?A(?:[ \t]?-?[ \t]?Nr\.?)?[ \t\n]{0,3}\d{1,6}(?:[ ][A-Z](?![\w-]))?"
            r"(?![\w-])",
            0.6,
        ),
        # Only in a text that names the register: "PR 12" is a press release's number too.
        Pattern("Partnerschaftsregister", r"(?<![\w-])PR[ ]?\d{1,6}(?![\w-])", 0.6),
    ]
    CONTEXT = [  # noqa: RUF012
        "handelsregister",
        "amtsgericht",
        "registergericht",
        "hra",
        "einzelkaufmann",
        "einzelkauffrau",
        "inhaber",
        "inhaberin",
    ]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="DE_HANDELSREGISTER",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            name="HandelsregisterRecognizer",
            needles={"Partnerschaftsregister": ("partnerschaftsregister",)},
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        # A limited partnership with a company as its partner ("Kötter Dachtechnik GmbH & Co.
        # KG   HRA 4471"): section A, but no natural person's entry.
        # The firm is the last one named before the number on its line ("… GmbH & Co. KG;
        # Malerbetrieb Jan Peters e.K., HRA 5678" is the sole trader's).
        kept = []
        for r in results:
            start = max(text.rfind("\n", 0, r.start) + 1, r.start - _FIRM_REACH)
            forms = list(_LEGAL_FORM.finditer(text, start, r.start))
            if not forms or forms[-1].lastgroup != "company":
                kept.append(r)
        return kept


_LEGAL_FORM = re.compile(
    r"(?P<company>(?:GmbH|AG|SE|UG|Stiftung)[ ]?&[ ]?Co\.?[ ]?KG(?:aA)?)"
    r"|(?P<person>e\.[ ]?K(?:fm|fr)?\.|Inh\.|Inhaber(?:in)?|OHG|GbR|PartG|KG)"
)
_FIRM_REACH = 100
