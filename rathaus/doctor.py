"""``rathaus doctor``: check every configured component and say in plain words what is wrong."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass

from core.errors import RathausError
from rathaus.wiring import Components


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    message: str


def _check(name: str, probe: Callable[[], str]) -> CheckResult:
    try:
        return CheckResult(name, True, probe())
    except (RathausError, OSError, ValueError, RuntimeError) as exc:
        return CheckResult(name, False, str(exc) or type(exc).__name__)
    except Exception as exc:  # doctor must report, never crash
        return CheckResult(name, False, f"{type(exc).__name__}: {exc}")


def run_checks(components: Components) -> list[CheckResult]:
    settings = components.settings

    def keys() -> str:
        components.keys  # noqa: B018
        return f"Schlüssel vorhanden (Umgebung: {settings.environment})"

    def database() -> str:
        components.db.ping()
        return f"erreichbar, Schema aktuell ({components.db.engine.dialect.name})"

    def catalogue() -> str:
        cat = components.catalogue
        return f"{len(cat.services)} Leistungen, Version {cat.version}"

    def blobs() -> str:
        ref = components.blobs.put(b"rathaus doctor")
        components.blobs.get(ref)
        return f"Ablage {settings.blob_dir} les- und beschreibbar"

    def audit() -> str:
        result = components.audit.verify()
        if not result.ok:
            raise RathausError(f"Protokollkette beschädigt: {result.problem}")
        return f"Kette geprüft, {result.rows} Einträge"

    def tesseract() -> str:
        binary = shutil.which("tesseract")
        if binary is None:
            raise RathausError("tesseract fehlt (apt-get install tesseract-ocr tesseract-ocr-deu)")
        langs = subprocess.run(
            [binary, "--list-langs"], capture_output=True, text=True, check=False
        )
        if settings.intake.ocr_language not in langs.stdout.split():
            raise RathausError(
                f"Sprachpaket {settings.intake.ocr_language!r} fehlt "
                "(apt-get install tesseract-ocr-deu)"
            )
        return f"Texterkennung bereit ({settings.intake.ocr_language})"

    def redaction() -> str:
        result = components.redactor.redact("Frau Erika Musterfrau, Tel. 0234 123456")
        if "Musterfrau" in result.text:
            raise RathausError("Schwärzung erkennt Testnamen nicht")
        return "Presidio mit deutschen Erkennern bereit"

    def classifier() -> str:
        components.classifier  # noqa: B018
        kind = settings.classifier.kind
        return f"{kind}: Einbettungsmodell multilingual-e5-small geladen"

    def llm() -> str:
        import time

        from rathaus.stack import embedded_model_path

        config = settings.llm
        if config.provider == "none":
            if components.uses_llm:
                raise RathausError(
                    "Klassifikator/Extraktor brauchen ein Sprachmodell, "
                    "aber RATHAUS_LLM__PROVIDER=none"
                )
            return "kein Sprachmodell konfiguriert (nicht benötigt)"
        if config.provider == "embedded" and not components.uses_llm:
            weights = embedded_model_path(config.model_path)
            return f"lokales Modell {weights.name} vorhanden (startet mit `rathaus up`)"
        started = time.perf_counter()
        reply = components.llm.endpoint.chat_model().invoke("Antworte nur mit: OK")
        if not str(reply.content).strip():
            raise RathausError("Sprachmodell antwortet leer")
        took = time.perf_counter() - started
        return f"{components.llm.model_name} antwortet ({took:.1f} s)"

    def temporal() -> str:
        from workflows.worker import connect

        async def probe() -> str:
            client = await connect(
                settings.temporal.address, settings.temporal.namespace, components.keys.payload_key
            )
            await client.service_client.check_health()
            return (
                f"{settings.temporal.address} erreichbar (Namespace {settings.temporal.namespace})"
            )

        try:
            return asyncio.run(asyncio.wait_for(probe(), timeout=5))
        except Exception as exc:
            raise RathausError(
                f"{settings.temporal.address} nicht erreichbar ({type(exc).__name__}); "
                "läuft `rathaus up` oder der Temporal-Dienst?"
            ) from exc

    def advisor() -> str:
        report = components.knowledge_index.sync()
        articles = report.unchanged + len(report.added) + len(report.updated)
        return (
            f"Wissensbasis {articles} Artikel, {report.sections} Abschnitte; "
            f"Antworten: {components.advisor_mode}"
        )

    def queues() -> str:
        """Every ticket queue the routing rules name exists in the ticket system."""
        names = sorted(
            {
                target.address
                for service in components.catalogue.services
                for target in service.routing.all_targets
                if target.kind == "ticket_queue"
            }
            | ({settings.routing.review_queue} if settings.routing.review_queue else set())
            | {settings.advisor.callback_queue}
            | (
                {components.catalogue.fallback_target.address}
                if components.catalogue.fallback_target
                and components.catalogue.fallback_target.kind == "ticket_queue"
                else set()
            )
        )
        check_queue = getattr(components.tickets, "check_queue", None)
        if callable(check_queue):
            try:
                components.tickets.check()
            except RathausError as exc:
                raise RathausError(
                    "nicht prüfbar, solange das Ticketsystem nicht erreichbar ist"
                ) from exc
        else:
            return f"{len(names)} Queues (die eingebaute Tickettabelle legt sie bei Bedarf an)"
        problems = []
        for name in names:
            try:
                check_queue(name)
            except RathausError as exc:
                problems.append(f"{name}: {exc}")
        if problems:
            raise RathausError("; ".join(problems))
        return f"{len(names)} Queues vorhanden: {', '.join(names)}"

    def mailboxes() -> str:
        """Every department mailbox the routing rules name exists (where the backend can tell)."""
        catalogue = components.catalogue
        fallback = [catalogue.fallback_target] if catalogue.fallback_target else []
        names = sorted(
            {
                target.address
                for target in [t for s in catalogue.services for t in s.routing.all_targets]
                + fallback
                if target.kind == "mailbox"
            }
        )
        check_target = getattr(components.mail, "check_target", None)
        if not callable(check_target):
            return f"{len(names)} Postfächer (ohne Prüfung: das Zustellverfahren kennt sie nicht)"
        problems = []
        for name in names:
            try:
                check_target(name)
            except RathausError as exc:
                problems.append(str(exc))
        if problems:
            raise RathausError("; ".join(problems))
        return f"{len(names)} Postfächer vorhanden"

    try:
        configured = sorted(components.intake_sources.items())
    except RathausError as exc:
        configured = []
        sources = [CheckResult("Eingang", False, str(exc))]
    else:
        sources = []
    for name, source in configured:
        adapter = source.mail or source.folder
        if adapter is not None:
            sources.append(_check(f"Eingang ({name})", adapter.check))
    return [
        _check("Schlüssel", keys),
        _check("Datenbank", database),
        _check("Leistungskatalog", catalogue),
        _check("Dokumentablage", blobs),
        _check("Protokoll", audit),
        # Lambdas: building a misconfigured backend raises, and that must become a line too.
        _check(
            f"Zustellung Post ({settings.routing.mail_backend})", lambda: components.mail.check()
        ),
        _check(f"Tickets ({settings.routing.ticket_backend})", lambda: components.tickets.check()),
        _check("Zielpostfächer", mailboxes),
        _check("Ticket-Queues", queues),
        *sources,
        _check("Texterkennung", tesseract),
        _check("Schwärzung", redaction),
        _check("Klassifikation", classifier),
        _check("Sprachmodell", llm),
        _check("Beratungs-Chat", advisor),
        _check("Temporal", temporal),
    ]
