"""German mail and ticket texts for routed documents, rendered from templates."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from core.catalogue import Service
from core.types import DocumentSource, FieldValue

_ENV = Environment(
    loader=FileSystemLoader(Path(__file__).parent / "templates"),
    undefined=StrictUndefined,
    autoescape=False,  # plain-text mails  # noqa: S701
    keep_trailing_newline=True,
)

STANDARD_LABELS = {
    "applicant_name": "Name",
    "represented_name": "Vertretene Person",
    "street_address": "Straße und Hausnummer",
    "postal_code": "Postleitzahl",
    "city": "Ort",
    "date_of_birth": "Geburtsdatum",
    "email": "E-Mail",
    "phone": "Telefon",
    "iban": "IBAN",
    "reference": "Aktenzeichen/Nummer",
    "effective_date": "Stichtag",
    "amount_eur": "Betrag (EUR)",
}
SOURCE_LABELS = {
    DocumentSource.UPLOAD: "Hochladen",
    DocumentSource.FOLDER: "Eingangsordner",
    DocumentSource.MAIL_GRAPH: "Postfach (Microsoft 365)",
    DocumentSource.MAIL_IMAP: "Postfach (IMAP)",
    DocumentSource.API: "Schnittstelle",
    DocumentSource.CLI: "Kommandozeile",
}


def field_rows(service: Service, fields: dict[str, FieldValue]) -> list[tuple[str, str]]:
    """(German label, value) pairs: standard fields first, then the service's own."""
    labels = dict(STANDARD_LABELS)
    labels.update({spec.name: spec.label for spec in service.fields})
    rows = []
    for name, label in labels.items():
        value = fields.get(name)
        if value is None or value == "":
            continue
        if isinstance(value, float):
            text = f"{value:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        else:
            text = str(value)
        rows.append((label, text))
    return rows


def render_routed_mail(
    *,
    service: Service,
    document_id: str,
    source: DocumentSource,
    received_at: datetime,
    confidence: float | None,
    decided_by: str,
    fields: dict[str, FieldValue],
    reidentified: bool,
    attachment: str = "original",
    fallback_for: str | None = None,
) -> tuple[str, str]:
    """Subject and body of the mail (or ticket) that carries a routed document."""
    subject = f"[rathaus] {service.label} – Eingang {document_id[:12]}"
    body = _ENV.get_template("routed_mail.txt.j2").render(
        service=service,
        document_id=document_id,
        source=SOURCE_LABELS.get(source, str(source)),
        received_at=received_at.strftime("%d.%m.%Y %H:%M UTC"),
        confidence_pct=f"{(confidence or 0) * 100:.0f} %",
        decided_by=decided_by,
        fields=field_rows(service, fields),
        attachment=attachment,
        fallback_for=fallback_for,
        reidentified=reidentified,
    )
    return subject, body
