"""LLM field extraction on redacted text, validated and normalised in code.

The schema per service is built from the catalogue: the standard fields plus the service's own
fields. The model sees pseudonym tokens instead of personal data and must return them as they
are; values are then checked against the document, because a model must not invent anything:

- a value containing a pseudonym token must consist of tokens that occur in the text;
- dates must parse (ISO or German notation) and their day, month and year must occur in the text;
- amounts must be numbers whose digits occur in the text; IBANs lose their spaces;
- any other string must occur in the text (case and whitespace tolerant).

A value that fails its check is dropped (and counted in ``rejected``), never repaired by
guessing. The hybrid extractor keeps the rule extractor's values and lets the LLM fill gaps.
"""

from __future__ import annotations

import logging
import re
from datetime import date
from typing import Any

from pydantic import BaseModel, Field, create_model

from agents.extraction import (
    ApplicantConvention,
    RuleExtractor,
    parse_amount,
    parse_german_date,
)
from agents.llm import StructuredLLM
from core.catalogue import STANDARD_FIELDS, Service
from core.errors import LLMOutputError
from core.types import Extraction, FieldValue
from prompts import PromptTemplate
from prompts import load as load_prompt
from redaction.guard import PromptBlocked

logger = logging.getLogger(__name__)

_TOKEN_RE = re.compile(r"<[A-Z_]+_\d+>")
STANDARD_LABELS = {
    "applicant_name": "Name der antragstellenden Person; schreibt ein Vertreter (Anwalt, "
    "Firma, Angehöriger) für jemanden, der Vertreter, der unterschreibt",
    "represented_name": "Name der vertretenen Person, wenn jemand für sie schreibt (Mandant)",
    "street_address": "Straße und Hausnummer der antragstellenden Person",
    "postal_code": "Postleitzahl",
    "city": "Ort",
    "date_of_birth": "Geburtsdatum",
    "email": "E-Mail-Adresse",
    "phone": "Telefonnummer",
    "iban": "IBAN",
    "reference": "Aktenzeichen, Kassenzeichen oder Rechnungsnummer",
    "effective_date": "Datum, ab dem die Sache gilt (Einzug, Beginn, Aufgabe …)",
    "amount_eur": "Betrag in Euro (bei Rechnungen der Gesamtbetrag)",
}
_DATE_FIELDS = {"date_of_birth", "effective_date"}
_AMOUNT_FIELDS = {"amount_eur"}


# The applicant when the city's convention is the person represented
# (``RATHAUS_EXTRACTOR__APPLICANT=represented``).
REPRESENTED_APPLICANT_LABEL = (
    "Name der antragstellenden Person; schreibt ein Vertreter (Anwalt, Firma, Angehöriger) für "
    "jemanden, die vertretene Person"
)


def _field_specs(
    service: Service | None, applicant: ApplicantConvention = "correspondent"
) -> list[dict[str, str]]:
    labels = dict(STANDARD_LABELS)
    if applicant == "represented":
        labels["applicant_name"] = REPRESENTED_APPLICANT_LABEL
    specs = [
        {
            "name": name,
            "label": labels[name],
            "type": "date"
            if name in _DATE_FIELDS
            else "amount"
            if name in _AMOUNT_FIELDS
            else "string",
        }
        for name in STANDARD_FIELDS
    ]
    if service is not None:
        specs += [{"name": f.name, "label": f.label, "type": f.type} for f in service.fields]
    return specs


def extraction_schema(specs: list[dict[str, str]]) -> type[BaseModel]:
    definitions: dict[str, Any] = {}
    for spec in specs:
        if spec["type"] == "amount":
            definitions[spec["name"]] = (float | None, Field(None))
        else:
            definitions[spec["name"]] = (str | None, Field(None, max_length=300))
    model: type[BaseModel] = create_model("Felder", **definitions)
    return model


def _squash(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip().casefold()


def _date_in_text(iso: str, text: str) -> bool:
    day = date.fromisoformat(iso)
    notations = (
        rf"0?{day.day}\.\s?0?{day.month}\.\s?(?:{day.year}|{day.year % 100:02d})",
        rf"{day.year}-{day.month:02d}-{day.day:02d}",
        rf"0?{day.day}\.\s?[A-Za-zäÄ]{{3,9}}\.?\s?{day.year}",
    )
    return any(re.search(n, text) for n in notations)


def validate_fields(
    raw: dict[str, object], specs: list[dict[str, str]], text: str
) -> tuple[dict[str, FieldValue], list[str]]:
    """Normalise the model's values and drop every value the text does not support."""
    types = {s["name"]: s["type"] for s in specs}
    tokens = set(_TOKEN_RE.findall(text))
    squashed = _squash(text)
    digits = re.sub(r"\D", "", text)
    accepted: dict[str, FieldValue] = {}
    rejected: list[str] = []
    for name, value in raw.items():
        if value is None or name not in types or value == "":
            continue
        kind = types[name]
        result: FieldValue = None
        if kind == "amount":
            amount = value if isinstance(value, float | int) else parse_amount(str(value))
            if amount is not None:
                whole = str(int(abs(float(amount))))
                result = round(float(amount), 2) if whole in digits else None
        elif isinstance(value, str):
            value = value.strip()
            found = _TOKEN_RE.findall(value)
            if found:
                result = value if all(t in tokens for t in found) else None
                if result is not None and name == "iban":
                    result = found[0]
            elif kind == "date":
                parsed = parse_german_date(value)
                result = parsed if parsed and _date_in_text(parsed, text) else None
            elif name == "iban":
                compact = value.replace(" ", "").upper()
                result = compact if compact in text.replace(" ", "").upper() else None
            else:
                result = value if _squash(value) in squashed else None
        if result is None:
            rejected.append(name)
        else:
            accepted[name] = result
    return accepted, rejected


class LLMExtractor:
    """Fields from the configured chat model, checked against the document."""

    method = "llm"

    def __init__(
        self,
        llm: StructuredLLM,
        *,
        city: str,
        prompt: PromptTemplate | None = None,
        applicant: ApplicantConvention = "correspondent",
    ):
        self.llm = llm
        self.city = city
        self.applicant = applicant
        self.prompt = prompt or load_prompt("extract")

    def extract(self, redacted_text: str, service: Service | None) -> Extraction:
        specs = _field_specs(service, self.applicant)
        schema = extraction_schema(specs)
        rendered = self.prompt.render(
            document=redacted_text[: self.llm.endpoint.max_document_chars],
            fields=specs,
            service_label=service.label if service else "unbekannt",
            city=self.city,
        )
        try:
            call = self.llm.invoke(rendered, schema, source=redacted_text)
        except (PromptBlocked, LLMOutputError) as exc:
            logger.warning("llm extraction skipped: %s", type(exc).__name__)
            return Extraction(
                fields={}, method=self.method, llm={"prompt": rendered.prompt_id, "failed": True}
            )
        fields, rejected = validate_fields(call.data.model_dump(), specs, redacted_text)
        details = call.audit_details()
        details["rejected"] = rejected
        return Extraction(fields=fields, method=self.method, llm=details)


class HybridExtractor:
    """Rule values first (validated spans, cue phrases); the LLM fills what rules missed."""

    method = "hybrid"

    def __init__(self, rules: RuleExtractor, llm: LLMExtractor) -> None:
        self.rules = rules
        self.llm = llm

    def extract(self, redacted_text: str, service: Service | None) -> Extraction:
        ruled = self.rules.extract(redacted_text, service)
        learned = self.llm.extract(redacted_text, service)
        fields = {**learned.fields, **ruled.fields}
        return Extraction(fields=fields, method=self.method, llm=learned.llm)
