"""What the city owes its data-protection officer, generated from catalogue and configuration.

``settings_overview`` lists every setting for the admin page, secrets only as "gesetzt" /
"nicht gesetzt". ``processing_record`` is the DSGVO Art. 30 record of processing: one entry per
service of the catalogue (purpose, data categories, recipients, deletion period) plus what
applies to all of them (the language model and where it runs, the advisor, technical and
organisational measures). It describes this installation; the city adds its controller and
DPO details.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlparse

from pydantic import BaseModel, SecretStr

from core.catalogue import STANDARD_FIELDS, ServiceCatalogue
from core.settings import Settings


def settings_overview(settings: Settings) -> list[tuple[str, str]]:
    """(RATHAUS_… variable, value) for every setting; secrets never appear."""
    rows: list[tuple[str, str]] = []

    def walk(prefix: str, model: BaseModel) -> None:
        for name in type(model).model_fields:
            value = getattr(model, name)
            key = f"{prefix}{name.upper()}"
            if isinstance(value, BaseModel):
                walk(f"{key}__", value)
            elif isinstance(value, SecretStr):
                rows.append((key, "gesetzt" if value.get_secret_value() else "nicht gesetzt"))
            else:
                rows.append((key, "" if value is None else str(value)))

    walk("RATHAUS_", settings)
    return rows


def _llm(settings: Settings) -> dict[str, Any]:
    llm = settings.llm
    if llm.provider == "none":
        return {"anbieter": "keins", "ort": "–", "drittland": "nein"}
    if llm.provider == "embedded":
        return {
            "anbieter": "eingebettetes Modell (llama.cpp, SmolLM2-135M)",
            "ort": "auf dem Server von rathaus (127.0.0.1)",
            "drittland": "nein",
        }
    host = urlparse(llm.azure_endpoint if llm.provider == "azure" else llm.base_url).hostname
    return {
        "anbieter": "Azure OpenAI" if llm.provider == "azure" else "OpenAI-kompatibler Dienst",
        "modell": llm.model or llm.azure_deployment,
        "ort": host or "nicht konfiguriert",
        "im_netz_der_stadt": llm.local,
        "drittland": (
            "nein (im Netz der Stadt)"
            if llm.local
            else "prüfen: Standort und Auftragsverarbeitungsvertrag des Anbieters"
        ),
        "daten": "nur geschwärzter Text; jede Anfrage durchläuft die Ausgangsprüfung",
    }


def processing_record(settings: Settings, catalogue: ServiceCatalogue) -> dict[str, Any]:
    """The Art. 30 record of this installation as a JSON-ready mapping (German keys)."""
    activities = []
    for service in catalogue.services:
        recipients = [
            {
                "art": "Postfach" if t.kind == "mailbox" else "Ticket-Queue",
                "empfaenger": t.address,
                "klardaten": t.reidentify,
                "anhang": t.attachment,
            }
            for t in service.routing.all_targets
        ]
        activities.append(
            {
                "leistung": service.label,
                "id": service.id,
                "leika": service.leika,
                "zustaendig": service.office,
                "zweck": service.description.split(". ")[0].strip().rstrip(".") + ".",
                "betroffene": "Antragstellende und in Schreiben genannte Personen",
                "datenkategorien": list(STANDARD_FIELDS) + [f.name for f in service.fields],
                "empfaenger": recipients,
                "loeschfrist_tage": service.retention_days,
            }
        )
    return {
        "verantwortlicher": f"Stadt {catalogue.city}",
        "katalog_version": catalogue.version,
        "verarbeitungen": activities,
        "sprachmodell": _llm(settings),
        "beratungs_chat": {
            "zweck": "Auskunft für Gründerinnen, Gründer und Unternehmen aus der Wissensbasis",
            "daten": "Fragen geschwärzt gespeichert; Rückrufdaten nur mit Einwilligung",
            "loeschfrist_stunden": settings.advisor.retention_hours,
            "rueckruf_queue": settings.advisor.callback_queue,
        },
        "quarantaene_loeschfrist_tage": settings.retention.quarantine_days,
        "technische_und_organisatorische_massnahmen": [
            "Schwärzung personenbezogener Daten vor jedem Sprachmodell, Protokoll und Temporal",
            "AES-256-GCM für Temporal-Nutzdaten und das Pseudonym-Verzeichnis",
            "hash-verkettetes Protokoll jeder automatischen und menschlichen Entscheidung",
            "Anmeldung mit Rollen (staff, admin), CSRF-Schutz, Begrenzung von Fehlversuchen",
            "Löschung nach Frist durch einen zeitgesteuerten Ablauf",
        ],
    }


def processing_record_markdown(record: dict[str, Any]) -> str:
    """The record as a Markdown document for the data-protection officer."""
    lines = [
        "# Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO) – "
        + record["verantwortlicher"],
        "",
        f"Leistungskatalog {record['katalog_version']}. Erzeugt von rathaus aus Katalog und "
        "Konfiguration; Angaben zu Verantwortlichem und Datenschutzbeauftragtem ergänzt die Stadt.",
        "",
    ]
    for activity in record["verarbeitungen"]:
        lines += [
            f"## {activity['leistung']} ({activity['zustaendig']})",
            "",
            f"- Zweck: {activity['zweck']}",
            f"- LeiKa: {activity['leika'] or '–'}",
            f"- Betroffene: {activity['betroffene']}",
            f"- Datenkategorien: {', '.join(activity['datenkategorien'])}",
            "- Empfänger: "
            + "; ".join(
                f"{r['art']} {r['empfaenger']} ({'Klardaten' if r['klardaten'] else 'geschwärzt'})"
                for r in activity["empfaenger"]
            ),
            f"- Löschfrist: {activity['loeschfrist_tage']} Tage",
            "",
        ]
    llm = record["sprachmodell"]
    lines += ["## Sprachmodell", ""] + [f"- {k}: {v}" for k, v in llm.items()] + [""]
    chat = record["beratungs_chat"]
    lines += ["## Beratungs-Chat", ""] + [f"- {k}: {v}" for k, v in chat.items()] + [""]
    lines += [
        f"Quarantäne: Löschung nach {record['quarantaene_loeschfrist_tage']} Tagen.",
        "",
        "## Technische und organisatorische Maßnahmen",
        "",
    ] + [f"- {m}" for m in record["technische_und_organisatorische_massnahmen"]]
    return "\n".join(lines) + "\n"
