"""Rule extraction of fields from redacted text.

Extraction sees only redacted text, so personal fields come out as pseudonym tokens
(``<PERSON_1>``); ``reidentify_fields`` turns them into real, normalised values for an
authorised recipient (staff output, internal routing) using the case's vault map.
"""

from __future__ import annotations

import re
from datetime import date

from core.catalogue import FieldSpec, Service
from core.types import Extraction, FieldValue
from redaction.vault import restore

_TOKEN = r"<({kind})_\d+>"  # noqa: S105 - a pattern, not a secret
_MONTHS = {
    "januar": 1,
    "jan": 1,
    "februar": 2,
    "feb": 2,
    "märz": 3,
    "maerz": 3,
    "mär": 3,
    "april": 4,
    "apr": 4,
    "mai": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "nov": 11,
    "dezember": 12,
    "dez": 12,
}
_DATE = (
    r"\d{1,2}\.[ ]?\d{1,2}\.[ ]?(?:\d{4}|\d{2})(?!\d)|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}\.[ ]?(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober"
    r"|November|Dezember)[ ]\d{4}"
)
_AMOUNT = r"(?<![\d.,])\d{1,3}(?:\.\d{3})*(?:,\d{2})|\d+(?:,\d{2})"
_AMOUNT_WITH_CURRENCY = rf"(?:€|EUR)[ ]?(?P<a1>{_AMOUNT})|(?P<a2>{_AMOUNT})[ ]?(?:€|EUR|Euro)"
_EFFECTIVE_CUES = (
    r"(?:zum|ab dem|ab|mit Wirkung (?:zum|vom)|seit dem|seit|Beginn(?: am)?|Einzug(?:sdatum)?"
    r"(?: am)?|Auszug(?: am)?|Aufgabe(?: zum| am)?|Abmeldung zum|Anmeldung zum|Wirkung ab"
    r"|gültig ab|Datum der Änderung|Beginn der Tätigkeit|Eheschließung am)"
)
# Strong cues name the amount to pay; weak ones may also label a net or partial amount.
# Word boundaries keep "Betrag" from matching inside "Nettobetrag".
_AMOUNT_CUES = (
    r"\b(?:Gesamtbetrag|Rechnungsbetrag|Bruttobetrag|Brutto|Endbetrag|Gesamtsumme|Zahlbetrag"
    r"|zu zahlen)\b",
    r"\b(?:Summe|Betrag|Gebühr|Forderung)\b",
)
_FORWARD_MARKER = re.compile(
    r"(?i)-{2,}[ ]*(?:Weitergeleitete Nachricht|Ursprüngliche Nachricht|Original Message"
    r"|Forwarded message)[ ]*-{2,}"
)
_REFERENCE_LABEL = re.compile(
    r"(?i)(?:Rechnungs-?(?:nummer|nr\.?)|Rechnung Nr\.?|Invoice No\.?)[ \t]*:?[ \t]*"
    r"(?P<value>[A-Z0-9][A-Za-z0-9./\-]{2,30})"
)


def parse_german_date(value: str) -> str | None:
    """``12.04.1987`` / ``12. April 1987`` / ``1987-04-12`` → ``1987-04-12``; None if invalid."""
    value = value.strip()
    try:
        if match := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value):
            return date(int(match[1]), int(match[2]), int(match[3])).isoformat()
        if match := re.fullmatch(r"(\d{1,2})\.[ ]?(\d{1,2})\.[ ]?(\d{2}|\d{4})", value):
            year = int(match[3])
            if year < 100:
                year += 2000 if year <= (date.today().year % 100) + 5 else 1900
            return date(year, int(match[2]), int(match[1])).isoformat()
        if match := re.fullmatch(r"(\d{1,2})\.[ ]?([A-Za-zäÄ]+)\.?[ ]?(\d{4})", value):
            month = _MONTHS.get(match[2].lower())
            if month:
                return date(int(match[3]), month, int(match[1])).isoformat()
    except ValueError:
        return None
    return None


def parse_amount(value: str) -> float | None:
    """``1.234,56`` → 1234.56."""
    cleaned = value.strip().replace(".", "").replace(" ", "").replace(",", ".")
    try:
        return round(float(cleaned), 2)
    except ValueError:
        return None


def _first_token(text: str, kind: str, after: int = 0) -> str | None:
    match = re.compile(_TOKEN.format(kind=kind)).search(text, after)
    return match.group(0) if match else None


def _applicant(text: str) -> str | None:
    person = _TOKEN.format(kind="PERSON")
    rules = (
        rf"(?im)^[ \t]*(?:Name|Vor-[ ]und[ ]Nachname|Name,[ ]?Vorname|Antragsteller(?:in)?"
        rf"|Absender(?:in)?|Melder(?:in)?|Finder(?:in)?|Inhaber(?:in)?)[ \t]*:[ \t]*({person})",
        rf"(?is)(?:grüßen|grüße|gruß|hochachtungsvoll)[ ,.!]*\s*(?:i\.[ ]?A\.|i\.[ ]?V\.)?\s*"
        rf"(?:[A-Z][a-zäöü]+\.?[ ])*({person})",
        rf"(?im)^(?:Von|From)[ \t]*:[ \t]*({person})",
    )
    for rule in rules:
        if match := re.search(rule, text):
            return re.search(person, match.group(0)).group(0)  # type: ignore[union-attr]
    return _first_token(text, "PERSON")


def _effective_date(text: str) -> str | None:
    # Dates of birth are tokens, so every date left in the text is a plain date.
    pattern = re.compile(rf"(?i)\b{_EFFECTIVE_CUES}[ ]*:?[ ]*(?P<date>{_DATE})")
    for match in pattern.finditer(text):
        parsed = parse_german_date(match.group("date"))
        if parsed:
            return parsed
    return None


def _amount(text: str) -> float | None:
    amounts = re.compile(_AMOUNT_WITH_CURRENCY)
    for cues in _AMOUNT_CUES:
        cued = re.compile(rf"(?i){cues}[^\n\d]{{0,40}}(?:{_AMOUNT_WITH_CURRENCY})")
        for match in cued.finditer(text):
            value = match.group("a1") or match.group("a2")
            if value:
                return parse_amount(value)
    for match in amounts.finditer(text):
        value = match.group("a1") or match.group("a2")
        if value:
            return parse_amount(value)
    return None


def _cue_value(text: str, spec: FieldSpec) -> FieldValue:
    for cue in spec.cues:
        pattern = re.compile(
            rf"(?im)(?:^|[ \t]){re.escape(cue)}[ \t]*:[ \t]*(?P<value>[^\n]{{1,200}})"
        )
        match = pattern.search(text)
        if not match:
            continue
        raw = match.group("value").strip().rstrip(".;,")
        if spec.type == "date":
            found = re.search(_DATE, raw)
            parsed = parse_german_date(found.group(0)) if found else None
            if parsed:
                return parsed
            continue
        if spec.type == "amount":
            found = re.search(_AMOUNT, raw)
            amount = parse_amount(found.group(0)) if found else None
            if amount is not None:
                return amount
            continue
        if raw:
            return raw
    return None


class RuleExtractor:
    """Standard fields from tokens and cue phrases; service fields from the catalogue's cues."""

    method = "rules-v1"

    def extract(self, redacted_text: str, service: Service | None) -> Extraction:
        # In a forwarded mail the citizen's message follows the marker; the clerk's note and
        # signature above it would otherwise win every "first occurrence" rule.
        marker = _FORWARD_MARKER.search(redacted_text)
        text = redacted_text[marker.end() :] if marker else redacted_text
        fields: dict[str, FieldValue] = {}
        applicant = _applicant(text)
        fields["applicant_name"] = applicant
        anchor = text.find(applicant) if applicant else 0
        fields["street_address"] = _first_token(text, "ADRESSE", max(anchor, 0)) or _first_token(
            text, "ADRESSE"
        )
        place = _first_token(text, "ORT", max(anchor, 0)) or _first_token(text, "ORT")
        fields["postal_code"] = place
        fields["city"] = place
        fields["date_of_birth"] = _first_token(text, "GEBURTSDATUM")
        fields["email"] = _first_token(text, "EMAIL")
        fields["phone"] = _first_token(text, "TELEFON")
        fields["iban"] = _first_token(text, "IBAN")
        # An explicit invoice number beats a customer or file number elsewhere on the page.
        label = _REFERENCE_LABEL.search(text)
        reference = label.group("value") if label else _first_token(text, "AKTENZEICHEN")
        fields["reference"] = reference
        fields["effective_date"] = _effective_date(text)
        fields["amount_eur"] = _amount(text)
        if service is not None:
            for spec in service.fields:
                fields[spec.name] = _cue_value(text, spec)
        return Extraction(fields={k: v for k, v in fields.items() if v is not None})


def _split_place(value: str) -> tuple[str | None, str | None]:
    match = re.match(r"(?:D-)?(\d{5})[ ]+(.+)", value.strip())
    if match:
        return match.group(1), match.group(2).strip()
    return None, value.strip() or None


def reidentify_fields(
    fields: dict[str, FieldValue], mapping: dict[str, str]
) -> dict[str, FieldValue]:
    """Put originals into token-valued fields and normalise the standard ones."""
    result: dict[str, FieldValue] = {}
    for name, value in fields.items():
        if not isinstance(value, str):
            result[name] = value
            continue
        restored = restore(value, mapping).text
        if name == "postal_code":
            result[name] = _split_place(restored)[0]
        elif name == "city":
            result[name] = _split_place(restored)[1]
        elif name == "date_of_birth":
            result[name] = parse_german_date(restored) or restored
        elif name == "iban":
            result[name] = restored.replace(" ", "").upper()
        else:
            result[name] = restored
    return {k: v for k, v in result.items() if v is not None}
