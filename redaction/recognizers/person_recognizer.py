"""Person names from the places German letters put them.

Without a German NER model (none can be installed offline) names are found by their context:
salutations (``Herr``, ``Frau Dr.``), labels (``Name:``, ``Antragsteller:``), signature blocks
after a closing formula, the address block above a street line, e-mail headers, ``mein Name
ist``. Every part of a name found once is then tagged wherever else it stands in the document,
so a later ``Frau Demir`` or a bare ``Demir`` is caught too (recall first).
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

_CAP = r"[A-ZÄÖÜÇŞİŁŚŻŹĆŃÓÉÀÂÎÔ][^\W\d_]+(?:['’][^\W\d_]+)?"
_NAME_PART = rf"(?:{_CAP}(?:-{_CAP})?)"
_PARTICLE = r"(?:von|van|de|der|den|del|da|di|al|el|bin|ibn|zu|ter|ten|du|le|la)"
_NAME = rf"{_NAME_PART}(?:[ ](?:{_PARTICLE}[ ])?{_NAME_PART}){{0,3}}"
_TITLE = r"(?:(?:Dr\.|Prof\.|Dipl\.-[A-Z][a-z]+\.?|med\.|rer\.[ ]nat\.)[ ])*"

# Capitalised words that follow a salutation but are no name.
_NOT_NAMES = frozenset(
    [
        "Bürgermeister",
        "Bürgermeisterin",
        "Oberbürgermeister",
        "Oberbürgermeisterin",
        "Kollege",
        "Kollegin",
        "Rechtsanwalt",
        "Rechtsanwältin",
        "Sachbearbeiter",
        "Sachbearbeiterin",
        "Präsident",
        "Präsidentin",
        "Doktor",
        "Professor",
        "Professorin",
        "Direktor",
        "Direktorin",
        "Mitarbeiter",
        "Mitarbeiterin",
        "Vorsitzende",
        "Vorsitzender",
        "Amtsleiter",
        "Amtsleiterin",
        "Leiter",
        "Leiterin",
        "Stadt",
        "Gemeinde",
        "Amt",
        "Team",
        "Damen",
        "Herren",
        "Sehr",
        "Liebe",
        "Lieber",
        "Mit",
        "Ihr",
        "Ihre",
        "Ihren",
        "Unser",
        "Unsere",
        "Stadtverwaltung",
        "Bürgerbüro",
        "Abteilung",
        "Geschäftsführer",
        "Geschäftsführerin",
        "Inhaber",
        "Inhaberin",
        "Straße",
        "Strasse",
        "Weg",
        "Platz",
        "Allee",
        "Betreff",
        "Antrag",
        "Datum",
        "Anlage",
        "Anlagen",
        "Hiermit",
        "Vielen",
        "Dank",
        "Bitte",
        "Name",
        "Vorname",
        "Nachname",
        "Telefon",
        "Tel",
        "E-Mail",
        "Email",
        "Mail",
        "Gmbh",
        "GmbH",
        "AG",
        "KG",
        "UG",
        "Ltd",
        "Co",
        "Steuer",
        "Hund",
        "Gewerbe",
        "Wohnung",
        "Rechnung",
        "Bescheid",
        "Widerspruch",
        "Beschwerde",
        "Frau",
        "Herr",
        "Herrn",
        "Familie",
        "Eheleute",
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
        "Montag",
        "Dienstag",
        "Mittwoch",
        "Donnerstag",
        "Freitag",
        "Samstag",
        "Sonntag",
        "Grüße",
        "Grüßen",
        "Gruß",
        "Freundliche",
        "Freundlichen",
        "Viele",
        "Beste",
        "Herzliche",
        "Hochachtungsvoll",
        "Von",
        "An",
        "Cc",
        "Gesendet",
        "Betreff",
        "Weitergeleitete",
        "Nachricht",
        "Ursprüngliche",
        "Original",
        "Message",
        "From",
        "To",
        "Subject",
        "Date",
        "Sent",
        "Deutschland",
        "Germany",
        "Musterstadt",
        "Bochum",
        "Stadtkasse",
        "Kämmerei",
        "Ordnungsamt",
        "Gewerbeamt",
        "Standesamt",
        "Bauordnungsamt",
        "Steueramt",
        "Wohngeldstelle",
        "Tiefbauamt",
        "Rechtsamt",
    ]
)

_SALUTATION = re.compile(
    rf"\b(?:Herrn?|Frau|Hr\.|Fr\.|Familie|Eheleute)[ ]+{_TITLE}(?P<name>{_NAME})", re.UNICODE
)
_LABEL = re.compile(
    r"(?im)^[ \t]*(?:Name|Vorname|Nachname|Familienname|Geburtsname|Name,[ ]?Vorname"
    r"|Vor-[ ]und[ ]Nachname|Vor-[ ]und[ ]Zuname|Antragsteller(?:in)?|Ansprechpartner(?:in)?"
    r"|Kontoinhaber(?:in)?|Inhaber(?:in)?|Halter(?:in)?|Mieter(?:in)?|Vermieter(?:in)?"
    r"|Eigentümer(?:in)?|Absender(?:in)?|Verstorbene[rn]?|Kind|Vater|Mutter|Ehemann|Ehefrau"
    r"|Bauherr(?:in)?|Melder(?:in)?|Finder(?:in)?|Rechnungsempfänger|Sachbearbeiter(?:in)?"
    r"|Unterschrift|Gesuchte[rn]? Person|Betroffene[rn]? Person)[ \t]*:[ \t]*"
    rf"(?P<name>{_TITLE}{_NAME_PART}(?:,?[ ](?:{_PARTICLE}[ ])?{_NAME_PART}){{0,3}})"
)
_CLOSING = re.compile(
    r"(?i)(?:mit freundlichen grüßen|mit freundlichem gruß|freundliche grüße|viele grüße"
    r"|beste grüße|herzliche grüße|liebe grüße|hochachtungsvoll|mfg|gruß|grüße)[ ,.!]*\n"
    r"(?:[ \t]*\n)*[ \t]*(?:i\.[ ]?A\.|i\.[ ]?V\.|gez\.)?[ \t]*"
    rf"(?P<name>{_TITLE}{_NAME})[ \t]*$",
    re.MULTILINE,
)
_HEADER = re.compile(
    rf"(?im)^(?:Von|From|An|To|Cc|Absender)[ \t]*:[ \t]*\"?(?P<name>{_NAME})\"?[ \t]*<"
)
_INTRO = re.compile(
    rf"\b(?:[Mm]ein[ ]Name[ ]ist|[Ii]ch,|[Hh]eiße|[Uu]nterzeichnete[rn]?)[ ]+(?P<name>{_NAME})"
)
_ADDRESS_BLOCK = re.compile(
    rf"(?m)^[ \t]*{_TITLE}(?P<name>{_NAME})[ \t]*\n[ \t]*[^\n\d]{{3,60}}[ ]\d{{1,4}}[ ]?[a-zA-Z]?"
    r"(?:[ ]?[-/][ ]?\d{1,4}[a-z]?)?[ \t]*\n[ \t]*(?:D-)?\d{5}[ ]"
)
_RULES: tuple[tuple[re.Pattern[str], float], ...] = (
    (_LABEL, 0.9),
    (_SALUTATION, 0.85),
    (_CLOSING, 0.85),
    (_HEADER, 0.85),
    (_INTRO, 0.8),
    (_ADDRESS_BLOCK, 0.8),
)
_PROPAGATED_SCORE = 0.7


def _clean_parts(name: str) -> list[str]:
    parts = [p.strip(",") for p in re.split(r"[ ]+", name) if p.strip(",")]
    return [p for p in parts if p not in _NOT_NAMES and not p.endswith(".")]


class PersonRecognizer(EntityRecognizer):
    """Names by context, then every further mention of their parts."""

    def __init__(self) -> None:
        super().__init__(
            supported_entities=["PERSON"], supported_language="de", name="PersonRecognizer"
        )

    def load(self) -> None:  # nothing to load: rules only
        return None

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        parts: set[str] = set()
        for pattern, score in _RULES:
            for match in pattern.finditer(text):
                start, end = match.span("name")
                span_text = text[start:end]
                kept = _clean_parts(span_text)
                if not kept:
                    continue
                # Trim leading/trailing words that are not names (e.g. "Frau Bürgermeisterin").
                first = span_text.find(kept[0])
                last = span_text.rfind(kept[-1]) + len(kept[-1])
                results.append(self._result(start + first, start + last, score))
                parts.update(p for p in kept if len(p) >= 3)
        for part in parts:
            for match in re.finditer(rf"(?<![\w-]){re.escape(part)}(?![\w-])", text):
                results.append(self._result(match.start(), match.end(), _PROPAGATED_SCORE))
        return results

    def _result(self, start: int, end: int, score: float) -> RecognizerResult:
        return RecognizerResult(
            entity_type="PERSON",
            start=start,
            end=end,
            score=score,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: "PersonRecognizer",
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )
