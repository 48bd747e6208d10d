"""The ``rathaus`` command line."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sys
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from agents.advisor import Advisor, AdvisorAnswer, CallbackRequest
from connectors.intake import store_document
from core.errors import AdvisorInputError, ConfigurationError, RathausError
from core.logsetup import configure_logging
from core.settings import Settings
from core.storage import DocumentRow
from core.types import (
    DocumentSource,
    DocumentStatus,
    FieldValue,
    IntakeProgress,
    ReviewAction,
    ReviewDecision,
)
from rathaus.auth import Role, UserStore
from rathaus.wiring import Components

logger = logging.getLogger("rathaus")

app = typer.Typer(
    name="rathaus",
    help="rathaus: KI-gestützter Posteingang für die Stadtverwaltung.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
audit_app = typer.Typer(
    help="Revisionssicheres Protokoll prüfen und exportieren.", no_args_is_help=True
)
app.add_typer(audit_app, name="audit")
kb_app = typer.Typer(help="Wissensbasis des Beratungs-Chats indexieren und durchsuchen.")
app.add_typer(kb_app, name="kb", no_args_is_help=True)
users_app = typer.Typer(help="Lokale Konten der Web-App (Rollen staff und admin).")
app.add_typer(users_app, name="users", no_args_is_help=True)
tokens_app = typer.Typer(help="API-Tokens für Skripte (handeln als ein lokales Konto).")
app.add_typer(tokens_app, name="tokens", no_args_is_help=True)

# Wide tables when piped (make demo), the terminal width otherwise.
out = Console(highlight=False, width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True, highlight=False)


class OutputFormat(StrEnum):
    TABLE = "table"
    JSON = "json"


class ExportFormat(StrEnum):
    CSV = "csv"
    JSONL = "jsonl"


FormatOption = Annotated[OutputFormat, typer.Option("--format", "-f", help="table oder json")]
PathsArgument = Annotated[list[Path], typer.Argument(help="Dateien oder Ordner")]


# Components built by this process; ``main`` closes them (child processes such as the embedded
# LLM server) before it leaves with os._exit, which skips atexit handlers.
_OPENED: list[Components] = []


def _components() -> Components:
    try:
        settings = Settings()
    except Exception as exc:  # pydantic's ValidationError: show it plainly
        err.print(f"[red]Konfigurationsfehler:[/red] {exc}")
        raise typer.Exit(2) from exc
    configure_logging(settings.log_level)
    components = Components(settings)
    _OPENED.append(components)
    return components


async def _start_embedded_llm(components: Components) -> None:
    """Start the local LLM server of the embedded stack (the LLM classifier/extractor use it)."""
    if components.settings.llm.provider != "embedded":
        return
    try:
        server = await asyncio.to_thread(lambda: components.llm_server)
    except ConfigurationError as exc:
        if components.uses_llm:
            raise
        # Nothing configured needs it yet: run without it and say so.
        err.print(f"[yellow]Lokales Sprachmodell nicht gestartet: {exc}[/yellow]")
        return
    if server is not None:
        out.print(f"Lokales Sprachmodell: {server.base_url} ({server.model})")


def _close_components() -> None:
    while _OPENED:
        _OPENED.pop().close()


def _expand(paths: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(
                sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
            )
        else:
            files.append(path)
    return files


def _batch_progress(total: int, enabled: bool) -> Progress:
    """A progress bar on stderr for batches of more than one file."""
    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=err,
        disable=not enabled or total < 2,
        transient=True,
    )


def _emit_json(obj: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, default=str) + "\n")
    sys.stdout.flush()


# -- embedded stack ------------------------------------------------------------------------


async def _run_worker_until_stopped(
    components: Components, address: str, stop: asyncio.Event
) -> None:
    from workflows.worker import (
        build_worker,
        connect,
        ensure_poll_schedules,
        ensure_retention_schedule,
    )

    settings = components.settings
    client = await connect(address, settings.temporal.namespace, components.keys.payload_key)
    await ensure_retention_schedule(
        client, settings.temporal.task_queue, timedelta(hours=settings.retention.interval_hours)
    )
    await ensure_poll_schedules(
        client,
        settings.temporal.task_queue,
        sorted(components.intake_sources),
        timedelta(seconds=settings.intake.poll_seconds),
    )
    worker = build_worker(
        client,
        settings.temporal.task_queue,
        components.activities(),
        sources=components.source_activities(),
        max_concurrent_activities=settings.temporal.max_concurrent_activities,
    )
    async with worker:
        logger.info("worker polling task queue %s", settings.temporal.task_queue)
        await stop.wait()


def _split_address(address: str) -> tuple[str, int]:
    host, _, port = address.rpartition(":")
    return host or "127.0.0.1", int(port)


def _start_embedded_temporal(components: Components, ui: bool) -> Any:
    from rathaus.stack import port_open, start_dev_server

    settings = components.settings
    host, port = _split_address(settings.temporal.address)
    if host not in {"127.0.0.1", "localhost"}:
        raise ConfigurationError(
            f"RATHAUS_TEMPORAL__ADDRESS={settings.temporal.address} is not local; "
            "use `rathaus worker` against a Temporal cluster"
        )
    if port_open("127.0.0.1", port):
        logger.info("Temporal already listening on %s; using it", settings.temporal.address)
        return None
    return start_dev_server(
        db_file=settings.temporal_db_file,
        port=port,
        ui_port=settings.temporal.ui_port if ui else None,
        log_path=settings.data_dir / "logs" / "temporal.log",
        namespace=settings.temporal.namespace,
    )


@app.command()
def up(
    web: Annotated[bool, typer.Option(help="Web-Oberfläche starten")] = True,
) -> None:
    """Startet den eingebetteten Betrieb: Temporal-Entwicklungsserver, Worker und Web-App."""
    components = _components()
    settings = components.settings
    try:
        server = _start_embedded_temporal(components, ui=True)
    except ConfigurationError as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(1) from exc

    async def run_stack() -> None:
        import signal

        import uvicorn

        from rathaus.web import create_app

        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        await _start_embedded_llm(components)
        components.classifier  # noqa: B018 - build the index before the first document
        advisor = await asyncio.to_thread(_ready_advisor, components) if web else None
        tasks = [
            asyncio.create_task(
                _run_worker_until_stopped(components, settings.temporal.address, stop)
            )
        ]
        web_server: uvicorn.Server | None = None
        if web:
            ui_url = f"http://127.0.0.1:{settings.temporal.ui_port}"
            application = create_app(
                catalogue=components.catalogue,
                db=components.db,
                temporal_ui=ui_url,
                advisor=advisor,
                security=components.web_security,
                review_sender=components.review_sender,
                settings=settings,
                console=components.console(temporal_ui=ui_url),
            )
            config = uvicorn.Config(
                application, host=settings.web.host, port=settings.web.port, log_level="warning"
            )
            web_server = uvicorn.Server(config)
            web_task = asyncio.create_task(web_server.serve())
            tasks.append(web_task)
            while not web_server.started:
                if web_task.done():  # e.g. the port is taken: uvicorn has logged why
                    raise ConfigurationError(f"Web-App startet nicht auf Port {settings.web.port}")
                await asyncio.sleep(0.05)
            out.print(f"Web-App: http://{settings.web.host}:{settings.web.port}")
        out.print(
            f"Temporal: {settings.temporal.address}, "
            f"Oberfläche http://127.0.0.1:{settings.temporal.ui_port}"
        )
        out.print("rathaus läuft. Beenden mit Strg+C.")
        await stop.wait()
        if web_server is not None:
            web_server.should_exit = True
        await asyncio.gather(*tasks, return_exceptions=True)

    try:
        asyncio.run(run_stack())
    finally:
        if server is not None:
            server.stop()


@app.command()
def worker() -> None:
    """Startet einen Worker gegen den konfigurierten Temporal-Dienst (Produktion: Cluster)."""
    components = _components()
    settings = components.settings

    async def run_worker() -> None:
        import signal

        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        await _run_worker_until_stopped(components, settings.temporal.address, stop)

    try:
        asyncio.run(run_worker())
    except RuntimeError as exc:
        err.print(f"[red]Temporal unter {settings.temporal.address} nicht erreichbar:[/red] {exc}")
        raise typer.Exit(1) from exc


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Adresse")] = None,
    port: Annotated[int | None, typer.Option(help="Port")] = None,
) -> None:
    """Startet nur die Web-App."""
    import uvicorn

    from rathaus.web import create_app

    components = _components()
    settings = components.settings
    if components.advisor_mode != "extractive":
        _start_llm_or_exit(components)
    application = create_app(
        catalogue=components.catalogue,
        db=components.db,
        advisor=_ready_advisor(components),
        security=components.web_security,
        review_sender=components.review_sender,
        settings=settings,
        console=components.console(temporal_ui=settings.temporal.ui_url or None),
    )
    uvicorn.run(
        application,
        host=host or settings.web.host,
        port=port or settings.web.port,
        log_level="warning",
    )


# -- intake ---------------------------------------------------------------------------------


def _progress_row(
    path: str, progress: IntakeProgress | None, note: str | None = None
) -> dict[str, Any]:
    if progress is None:
        return {"path": path, "status": "error", "error": note, "document_id": None}
    return {
        "path": path,
        "document_id": progress.document_id,
        "status": progress.status.value,
        "error": progress.reason if progress.status == DocumentStatus.QUARANTINED else None,
        "service_id": progress.service_id,
        "confidence": progress.confidence,
        "destinations": progress.destinations,
        "reason": progress.reason,
        "note": note,
    }


async def _intake(
    components: Components,
    address: str,
    files: list[Path],
    wait: bool,
    source: DocumentSource,
    show_progress: bool,
) -> list[dict[str, Any]]:
    from workflows.worker import connect, start_intake, wait_for_progress

    settings = components.settings
    client = await connect(address, settings.temporal.namespace, components.keys.payload_key)
    rows: list[dict[str, Any]] = []
    handles: list[tuple[Path, Any, bool] | None] = []
    for path in files:
        try:
            ref = store_document(components.blobs, path.read_bytes(), path.name, source)
        except OSError as exc:
            rows.append(_progress_row(str(path), None, f"Datei nicht lesbar: {exc.strerror}"))
            handles.append(None)
            continue
        handle, started = await start_intake(client, ref, settings.temporal.task_queue)
        handles.append((path, handle, started))
        rows.append(
            _progress_row(
                str(path),
                IntakeProgress(document_id=ref.document_id, status=DocumentStatus.RECEIVED),
                None if started else "bereits eingegangen",
            )
        )
    if not wait:
        return rows
    with _batch_progress(len(handles), show_progress) as progress:
        task = progress.add_task("Verarbeitung", total=sum(1 for h in handles if h))
        for index, entry in enumerate(handles):
            if entry is None:
                continue
            path, handle, started = entry
            current = await wait_for_progress(handle)
            note = None if started else "bereits eingegangen"
            rows[index] = _progress_row(str(path), current, note)
            progress.advance(task)
    return rows


STATUS_LABELS = {
    "routed": "[green]zugestellt[/green]",
    "awaiting_review": "[yellow]Prüfung[/yellow]",
    "quarantined": "[red]Quarantäne[/red]",
    "rejected": "abgelehnt",
    "received": "eingegangen",
    "error": "[red]Fehler[/red]",
}


def _print_rows(rows: list[dict[str, Any]], fmt: OutputFormat, labels: dict[str, str]) -> None:
    if fmt == OutputFormat.JSON:
        for row in rows:
            _emit_json(row)
        return
    table = Table(title="Eingang")
    for column in ("Datei", "Vorgang", "Leistung", "Sicherheit", "Ziel", "Status"):
        table.add_column(column)
    for row in rows:
        service = row.get("service_id")
        confidence = row.get("confidence")
        status = STATUS_LABELS.get(row["status"], row["status"])
        if row.get("reason") and row["status"] in {"quarantined", "awaiting_review", "rejected"}:
            status += f": {row['reason']}"
        elif row.get("error"):
            status += f": {row['error']}"
        table.add_row(
            Path(row["path"]).name,
            (row.get("document_id") or "–")[:12],
            labels.get(service, service) if service else "–",
            f"{confidence:.0%}" if isinstance(confidence, float) else "–",
            ", ".join(row.get("destinations") or []) or "–",
            status,
        )
    out.print(table)


def _exit_code(rows: list[dict[str, Any]]) -> int:
    failed = {"error", DocumentStatus.QUARANTINED.value}
    return 1 if any(r["status"] in failed for r in rows) else 0


def _resolve_document_id(components: Components, given: str) -> str:
    """A full document id from a unique prefix (the tables show 12 characters)."""
    from sqlalchemy import select

    with components.db.session() as session:
        matches = list(
            session.scalars(select(DocumentRow.id).where(DocumentRow.id.startswith(given)).limit(2))
        )
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        err.print(f"Vorgangsnummer {given!r} ist nicht eindeutig.")
        raise typer.Exit(2)
    return given


def _proposed_service(components: Components, document_id: str) -> str | None:
    with components.db.session() as session:
        row = session.get(DocumentRow, document_id)
        return row.service_id if row is not None else None


def _labels(components: Components) -> dict[str, str]:
    return {s.id: s.label for s in components.catalogue.services}


@app.command()
def intake(
    paths: PathsArgument,
    wait: Annotated[bool, typer.Option("--wait", help="Auf das Ergebnis warten")] = False,
    fmt: FormatOption = OutputFormat.TABLE,
    source: Annotated[DocumentSource, typer.Option(help="Eingangskanal")] = DocumentSource.CLI,
) -> None:
    """Nimmt Dokumente in den Arbeitsablauf auf (ein Temporal-Workflow je Dokument)."""
    components = _components()
    files = _expand(paths)
    if not files:
        err.print("Keine Dateien angegeben.")
        raise typer.Exit(2)
    address = components.settings.temporal.address
    show = fmt == OutputFormat.TABLE
    try:
        rows = asyncio.run(_intake(components, address, files, wait, source, show))
    except RuntimeError as exc:  # the SDK's "Failed client connect"
        err.print(f"[red]Temporal unter {address} nicht erreichbar:[/red] {exc}")
        raise typer.Exit(1) from exc
    _print_rows(rows, fmt, _labels(components))
    raise typer.Exit(_exit_code(rows))


@app.command()
def poll(
    source: Annotated[
        str | None, typer.Argument(help="Quelle: folder, imap oder graph (Standard: alle)")
    ] = None,
    fmt: FormatOption = OutputFormat.TABLE,
) -> None:
    """Ruft Eingangsordner und Postfächer sofort ab (sonst alle RATHAUS_INTAKE__POLL_SECONDS)."""
    components = _components()
    settings = components.settings
    names = sorted(components.intake_sources)
    if source is not None and source not in names:
        err.print(
            f"[red]Die Quelle {source!r} ist nicht eingerichtet[/red] (eingerichtet: "
            f"{', '.join(names)})."
        )
        raise typer.Exit(2)

    async def run() -> list[dict[str, Any]]:
        from workflows.worker import connect, poll_now

        client = await connect(
            settings.temporal.address, settings.temporal.namespace, components.keys.payload_key
        )
        results = []
        for name in [source] if source else names:
            result = await poll_now(client, name, settings.temporal.task_queue)
            results.append(result.model_dump())
        return results

    try:
        rows = asyncio.run(run())
    except RuntimeError as exc:
        err.print(f"[red]Temporal unter {settings.temporal.address} nicht erreichbar:[/red] {exc}")
        raise typer.Exit(1) from exc
    if fmt == OutputFormat.JSON:
        for row in rows:
            _emit_json(row)
        return
    table = Table("Quelle", "aufgenommen", "Quarantäne", "bereits bekannt")
    for row in rows:
        table.add_row(
            row["source"], str(row["taken_in"]), str(row["quarantined"]), str(row["already_known"])
        )
    out.print(table)


@app.command()
def status(
    document_id: Annotated[str, typer.Argument(help="Vorgangsnummer (document_id)")],
    fmt: FormatOption = OutputFormat.TABLE,
) -> None:
    """Zeigt den Stand eines Dokuments (aus Temporal, sonst aus der Datenbank)."""
    components = _components()
    settings = components.settings
    document_id = _resolve_document_id(components, document_id)

    async def query() -> IntakeProgress | None:
        from workflows.intake import workflow_id_for
        from workflows.worker import connect, current_progress

        try:
            client = await connect(
                settings.temporal.address, settings.temporal.namespace, components.keys.payload_key
            )
            handle = client.get_workflow_handle(
                workflow_id_for(document_id), result_type=IntakeProgress
            )
            return await current_progress(handle)
        except Exception:  # Temporal down or history expired: the database knows the rest
            return None

    progress = asyncio.run(query())
    if progress is None:
        with components.db.session() as session:
            row = session.get(DocumentRow, document_id)
            if row is None:
                err.print(f"Unbekannte Vorgangsnummer {document_id}")
                raise typer.Exit(1)
            progress = IntakeProgress(
                document_id=row.id,
                status=DocumentStatus(row.status),
                service_id=row.service_id,
                confidence=row.confidence,
                needs_review=row.needs_review,
                destinations=row.destinations or [],
                reason=row.reason,
            )
    _print_rows([_progress_row(document_id, progress)], fmt, _labels(components))


@app.command()
def review(
    document_id: Annotated[str, typer.Argument(help="Vorgangsnummer (document_id)")],
    reviewer: Annotated[str, typer.Option(help="Kennung der prüfenden Person")],
    approve: Annotated[bool, typer.Option("--approve", help="Vorschlag bestätigen")] = False,
    service: Annotated[str | None, typer.Option(help="Andere Leistung (id)")] = None,
    reject: Annotated[bool, typer.Option("--reject", help="Ablehnen")] = False,
    comment: Annotated[str | None, typer.Option(help="Grund einer Ablehnung")] = None,
    field: Annotated[
        list[str] | None,
        typer.Option(help="Feld korrigieren: NAME=WERT (mehrfach möglich)"),
    ] = None,
) -> None:
    """Entscheidet über ein Dokument in der Prüfung (bestätigen, ändern, ablehnen)."""
    if sum([approve, service is not None, reject]) != 1:
        err.print("Genau eine von --approve, --service oder --reject angeben.")
        raise typer.Exit(2)
    fields: dict[str, FieldValue] = {}
    for item in field or []:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            err.print(f"--field erwartet NAME=WERT, nicht {item!r}.")
            raise typer.Exit(2)
        fields[name.strip()] = value.strip() or None
    if fields and reject:
        err.print("Beim Ablehnen werden keine Felder korrigiert.")
        raise typer.Exit(2)
    components = _components()
    settings = components.settings
    document_id = _resolve_document_id(components, document_id)
    if service is not None and service not in components.catalogue:
        err.print(f"Unbekannte Leistung {service!r}. Gültig: {', '.join(components.catalogue.ids)}")
        raise typer.Exit(2)
    if approve:
        action = ReviewAction.APPROVE
    elif reject:
        action = ReviewAction.REJECT
    else:
        action = ReviewAction.CHANGE
    if fields:
        target = service or _proposed_service(components, document_id)
        if unknown := sorted(set(fields) - components.catalogue.field_names(target)):
            err.print(f"Diese Felder gehören nicht zur Leistung: {', '.join(unknown)}")
            raise typer.Exit(2)
    decision = ReviewDecision(
        action=action, reviewer=reviewer, service_id=service, fields=fields, comment=comment
    )

    async def send() -> None:
        from workflows.intake import IntakeWorkflow, workflow_id_for
        from workflows.worker import connect

        client = await connect(
            settings.temporal.address, settings.temporal.namespace, components.keys.payload_key
        )
        handle = client.get_workflow_handle(workflow_id_for(document_id))
        await handle.signal(IntakeWorkflow.review, decision)

    try:
        asyncio.run(send())
    except Exception as exc:
        err.print(f"[red]Entscheidung nicht übermittelt:[/red] {exc}")
        raise typer.Exit(1) from exc
    out.print("Entscheidung übermittelt.")


# -- in-process tools -------------------------------------------------------------------------


@app.command()
def redact(
    paths: PathsArgument,
    fmt: FormatOption = OutputFormat.TABLE,
    pdf_out: Annotated[
        Path | None,
        typer.Option("--pdf-out", help="Ordner für geschwärzte PDF-Dateien (nur Bild, kein Text)"),
    ] = None,
) -> None:
    """Schwärzt personenbezogene Daten und zeigt den geschwärzten Text."""
    from rathaus.pipeline import redact_file, write_redacted_pdf

    components = _components()
    failed = False
    for path in _expand(paths):
        outcome, result = redact_file(path, components.redactor, components.limits)
        if pdf_out is not None and result is not None:
            written = write_redacted_pdf(
                path, result, components.redactor, pdf_out, components.limits
            )
            if written.error:
                outcome.status, outcome.error = "error", written.error
            outcome.data["pdf_out"] = written.path
        failed |= outcome.status != "ok"
        if fmt == OutputFormat.JSON:
            _emit_json(outcome.as_json())
        elif outcome.status != "ok":
            err.print(f"[red]{path}: {outcome.error}[/red]")
        else:
            out.rule(str(path))
            out.print(outcome.data["redacted_text"], markup=False)
            if outcome.data.get("pdf_out"):
                out.print(f"Geschwärzte PDF: {outcome.data['pdf_out']}")
    raise typer.Exit(1 if failed else 0)


@app.command()
def classify(paths: PathsArgument, fmt: FormatOption = OutputFormat.TABLE) -> None:
    """Ordnet Dokumente einer Leistung zu und liest ihre Angaben aus."""
    from rathaus.pipeline import classify_file

    components = _components()
    failed = False
    table = Table(title="Zuordnung")
    for column in ("Datei", "Leistung", "LeiKa", "Sicherheit", "Prüfung", "Angaben"):
        table.add_column(column)
    files = _expand(paths)
    with _batch_progress(len(files), fmt == OutputFormat.TABLE) as progress:
        task = progress.add_task("Zuordnung", total=len(files))
        for path in files:
            outcome = classify_file(
                path,
                components.redactor,
                components.classifier,
                components.extractor,
                components.catalogue,
                components.limits,
            )
            progress.advance(task)
            failed |= outcome.status != "ok"
            if fmt == OutputFormat.JSON:
                _emit_json(outcome.as_json())
                continue
            data = outcome.data
            table.add_row(
                path.name,
                data["service_id"] or f"[red]{outcome.error}[/red]",
                data["leika"] or "–",
                f"{data['confidence']:.0%}",
                "ja" if data["needs_review"] else "nein",
                ", ".join(f"{k}={v}" for k, v in data["fields"].items()),
            )
    if fmt == OutputFormat.TABLE:
        out.print(table)
    raise typer.Exit(1 if failed else 0)


# -- audit ----------------------------------------------------------------------------------


@audit_app.command("verify")
def audit_verify() -> None:
    """Prüft die Hash-Kette des Protokolls und nennt die erste veränderte Zeile."""
    components = _components()
    result = components.audit.verify()
    if result.ok:
        out.print(f"Protokoll unverändert: {result.rows} Einträge, Kettenende {result.head_hash}")
        return
    out.print(
        f"[red]Protokoll beschädigt:[/red] {result.problem} ({result.kind}, Zeile {result.seq})"
    )
    raise typer.Exit(1)


def _parse_time(value: str | None) -> datetime | None:
    if value is None:
        return None
    parsed = datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


@audit_app.command("export")
def audit_export(
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.CSV,
    since: Annotated[str | None, typer.Option(help="ab Zeitpunkt (ISO 8601)")] = None,
    until: Annotated[str | None, typer.Option(help="bis Zeitpunkt (ISO 8601)")] = None,
    actor: Annotated[str | None, typer.Option(help="nur dieser Akteur")] = None,
    event_type: Annotated[str | None, typer.Option("--type", help="nur dieser Typ")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Zieldatei")] = None,
) -> None:
    """Exportiert das Protokoll als CSV oder JSON Lines."""
    components = _components()
    try:
        since_at, until_at = _parse_time(since), _parse_time(until)
    except ValueError as exc:
        err.print(f"Ungültige Zeitangabe: {exc}")
        raise typer.Exit(2) from exc
    events = components.audit.events(
        since=since_at, until=until_at, actor=actor, event_type=event_type
    )
    chunks = components.audit.export("csv" if fmt == ExportFormat.CSV else "jsonl", events)
    if output is None:
        for chunk in chunks:
            sys.stdout.write(chunk)
    else:
        with output.open("w", encoding="utf-8", newline="") as fh:
            for chunk in chunks:
                fh.write(chunk)
        err.print(f"{len(events)} Einträge nach {output} geschrieben.")


# -- advisor --------------------------------------------------------------------------------


def _ready_advisor(components: Components) -> Advisor | None:
    """The advisor with its index synced; None (and a warning) if the knowledge base is broken."""
    try:
        components.knowledge_index.sync()
        return components.advisor
    except ConfigurationError as exc:
        err.print(f"[yellow]Beratungs-Chat nicht verfügbar: {exc}[/yellow]")
        return None


def _advisor_components() -> Components:
    components = _components()
    if components.advisor_mode != "extractive":
        _start_llm_or_exit(components)
    return components


def _start_llm_or_exit(components: Components) -> None:
    try:
        asyncio.run(_start_embedded_llm(components))
    except ConfigurationError as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(1) from exc


@kb_app.command("index")
def kb_index(
    export_vectors: Annotated[
        Path | None,
        typer.Option(help="Vektoren zusätzlich als Cache-Datei schreiben (für Entwickler)"),
    ] = None,
) -> None:
    """Bringt den Index auf den Stand der Artikel (nur geänderte werden neu berechnet)."""
    components = _components()
    try:
        report = components.knowledge_index.sync()
    except ConfigurationError as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(1) from exc
    out.print(
        f"Wissensbasis {components.knowledge_index.directory}: {len(report.added)} neu, "
        f"{len(report.updated)} geändert, {len(report.removed)} entfernt, "
        f"{report.unchanged} unverändert; {report.sections} Abschnitte ({report.seconds:.1f} s)."
    )
    if export_vectors is not None:
        count = components.knowledge_index.export_vectors(export_vectors)
        out.print(f"{count} Vektoren nach {export_vectors} geschrieben.")


@kb_app.command("search")
def kb_search(
    query: Annotated[str, typer.Argument(help="Suchanfrage")],
    limit: Annotated[int, typer.Option(help="Anzahl Artikel")] = 3,
    fmt: FormatOption = OutputFormat.TABLE,
) -> None:
    """Durchsucht die Wissensbasis (hybrid: BM25 und Embeddings)."""
    components = _components()
    try:
        result = components.knowledge_index.search(query, limit=limit)
    except ConfigurationError as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(1) from exc
    if fmt == OutputFormat.JSON:
        _emit_json(
            {
                "query": query,
                "relevance": round(result.relevance, 3),
                "passages": [
                    {
                        "article": p.slug,
                        "title": p.title,
                        "section": p.heading,
                        "score": round(p.score, 4),
                        "source_url": p.source_url,
                        "as_of": p.as_of,
                        "snippet": p.snippet,
                    }
                    for p in result.passages
                ],
            }
        )
        return
    table = Table("Artikel", "Abschnitt", "Punkte", "Stand")
    for p in result.passages:
        table.add_row(escape(p.title), escape(p.heading), f"{p.score:.4f}", p.as_of)
    out.print(table)
    threshold = components.settings.advisor.min_relevance
    out.print(f"Relevanz: {result.relevance:.2f} (Schwelle {threshold})")


def _print_answer(answer: AdvisorAnswer) -> None:
    if answer.citations:
        out.print()
        for c in answer.citations:
            out.print(f"  [{c.number}] {c.title} – {c.heading} (Stand {c.as_of})", markup=False)
            out.print(f"      {c.source_url}", markup=False)
    if answer.handover:
        out.print(
            "\n[bold]Rückruf gewünscht?[/bold] Geben Sie /rueckruf ein; "
            "wir fragen nach Ihrer Einwilligung."
        )


def _callback_dialog(advisor: Advisor, session_id: str) -> None:
    out.print(
        "Für einen Rückruf gibt die Wirtschaftsförderung Ihre Angaben in ihr Ticketsystem. "
        "Alle Felder außer Telefon oder E-Mail sind freiwillig."
    )
    consent = typer.confirm("Sind Sie damit einverstanden?", default=False)
    if not consent:
        out.print("Kein Rückruf angelegt.")
        return
    request = CallbackRequest(
        session_id=session_id,
        consent=True,
        topic=typer.prompt("Worum geht es", default="", show_default=False),
        name=typer.prompt("Name (freiwillig)", default="", show_default=False),
        phone=typer.prompt("Telefon", default="", show_default=False),
        email=typer.prompt("E-Mail", default="", show_default=False),
        preferred_time=typer.prompt("Erreichbar (freiwillig)", default="", show_default=False),
    )
    try:
        ticket = advisor.request_callback(request)
    except AdvisorInputError as exc:
        err.print(f"[red]{exc}[/red]")
        return
    out.print(f"Ihr Rückrufwunsch ist angelegt (Nummer {ticket}).")


@app.command()
def chat(
    question: Annotated[
        str | None, typer.Argument(help="Eine Frage (ohne: interaktives Gespräch)")
    ] = None,
    session: Annotated[str | None, typer.Option(help="Gespräch fortsetzen (Sitzungs-ID)")] = None,
    fmt: FormatOption = OutputFormat.TABLE,
) -> None:
    """Beratungs-Chat der Wirtschaftsförderung: Antworten aus der Wissensbasis mit Quellen."""
    components = _advisor_components()
    try:
        advisor = components.advisor
        if question is not None:
            answer = advisor.ask(question, session)
            if fmt == OutputFormat.JSON:
                _emit_json(answer.to_json())
                return
            if answer.disclosure:
                out.print(answer.disclosure + "\n", style="dim", markup=False)
            out.print(answer.answer, markup=False)
            _print_answer(answer)
            return
        session_id, notice = advisor.start() if session is None else (session, None)
        if notice:
            out.print(notice, style="dim", markup=False)
        out.print("Fragen Sie los. /rueckruf für einen Rückruf, /ende zum Beenden.")
        while True:
            try:
                line = input("\nSie: ").strip()
            except EOFError:
                break
            if line in ("/ende", "/exit", "/quit"):
                break
            if line == "/rueckruf":
                _callback_dialog(advisor, session_id)
                continue
            if not line:
                continue
            try:
                out.print("\nAssistent: ", end="")
                for event in advisor.stream(line, session_id):
                    if event.kind == "token":
                        out.print(event.text, end="", markup=False)
                    elif event.answer is not None:
                        session_id = event.answer.session_id
                        _print_answer(event.answer)
            except AdvisorInputError as exc:
                err.print(f"[red]{exc}[/red]")
    except AdvisorInputError as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from exc
    except ConfigurationError as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(1) from exc


# -- users ----------------------------------------------------------------------------------


@users_app.command("add")
def users_add(
    username: Annotated[str, typer.Argument(help="Benutzername (a-z, 0-9, . _ -)")],
    role: Annotated[Role, typer.Option(help="staff oder admin")] = Role.STAFF,
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Passwort von der Standardeingabe lesen")
    ] = False,
) -> None:
    """Legt ein Konto an oder setzt Passwort und Rolle neu."""
    if password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = typer.prompt("Passwort", hide_input=True, confirmation_prompt=True)
    components = _components()
    try:
        UserStore(components.db).add(username, password, role)
    except ConfigurationError as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from exc
    components.audit.append("auth.user_saved", details={"username": username, "role": role.value})
    out.print(f"Konto {username} ({role.value}) gespeichert.")


@users_app.command("list")
def users_list() -> None:
    """Zeigt alle Konten mit Rolle."""
    for user in UserStore(_components().db).list():
        out.print(f"{user.username}\t{user.role.value}")


@users_app.command("remove")
def users_remove(username: Annotated[str, typer.Argument(help="Benutzername")]) -> None:
    """Löscht ein Konto; eine laufende Sitzung endet mit der nächsten Anfrage."""
    components = _components()
    if not UserStore(components.db).remove(username):
        err.print(f"Kein Konto {username}.")
        raise typer.Exit(1)
    components.audit.append("auth.user_removed", details={"username": username})
    out.print(f"Konto {username} gelöscht.")


# -- tokens ---------------------------------------------------------------------------------


@tokens_app.command("add")
def tokens_add(
    name: Annotated[str, typer.Argument(help="Wofür das Token gedacht ist")],
    user: Annotated[str, typer.Option("--user", help="Konto, als das das Token handelt")],
    role: Annotated[
        Role, typer.Option(help="staff oder admin (höchstens die Rolle des Kontos)")
    ] = Role.STAFF,
    days: Annotated[
        int | None, typer.Option(min=1, max=3650, help="Gültigkeit in Tagen (ohne: unbegrenzt)")
    ] = None,
) -> None:
    """Stellt ein Token aus und gibt es einmalig auf der Standardausgabe aus."""
    from rathaus.tokens import ApiTokenStore

    components = _components()
    store = ApiTokenStore(components.db)
    try:
        secret = store.issue(name, user, role, days)
    except ConfigurationError as exc:
        err.print(f"[red]{escape(str(exc))}[/red]", soft_wrap=True)
        raise typer.Exit(2) from exc
    info = store.find(secret)
    token_id = info.id if info is not None else ""
    components.audit.append(
        "tokens.issued",
        details={
            "token_id": token_id,
            "name": name.strip(),
            "username": user,
            "role": role.value,
            "expires_days": days,
        },
    )
    until = (
        f"bis {info.expires_at:%d.%m.%Y %H:%M} UTC" if info and info.expires_at else "unbegrenzt"
    )
    err.print(
        f"Token {token_id} für {escape(user)} ({role.value}) ausgestellt, gültig {until}. "
        "Es wird nur dieses eine Mal angezeigt:",
        soft_wrap=True,
    )
    sys.stdout.write(secret + "\n")


@tokens_app.command("list")
def tokens_list() -> None:
    """Zeigt alle Tokens (ohne das Geheimnis): ID, Name, Konto, Rolle, Status, Ablauf."""
    from rathaus.tokens import ApiTokenStore

    def when(value: datetime | None, empty: str) -> str:
        return value.strftime("%Y-%m-%dT%H:%MZ") if value else empty

    for token in ApiTokenStore(_components().db).list():
        state = "widerrufen" if token.revoked_at else ("aktiv" if token.active() else "abgelaufen")
        fields = [
            token.id,
            " ".join(token.name.split()),  # one line, tab-separated, whatever the name holds
            token.username,
            token.role.value,
            state,
            f"läuft ab: {when(token.expires_at, 'nie')}",
            f"zuletzt: {when(token.last_used_at, 'nie')}",
        ]
        sys.stdout.write("\t".join(fields) + "\n")


@tokens_app.command("revoke")
def tokens_revoke(
    token_id: Annotated[str, typer.Argument(help="Token-ID (aus tokens list)")],
) -> None:
    """Widerruft ein Token; Skripte damit werden ab sofort abgewiesen."""
    from rathaus.tokens import ApiTokenStore

    components = _components()
    store = ApiTokenStore(components.db)
    token = store.get(token_id)
    if token is None or not store.revoke(token_id):
        err.print(f"Kein aktives Token {escape(token_id)}.", soft_wrap=True)
        raise typer.Exit(1)
    components.audit.append(
        "tokens.revoked",
        details={
            "token_id": token.id,
            "name": token.name,
            "username": token.username,
            "role": token.role.value,
        },
    )
    out.print(f"Token {token.id} ({escape(token.name)}) widerrufen.", soft_wrap=True)


# -- doctor ---------------------------------------------------------------------------------


@app.command()
def doctor() -> None:
    """Prüft jede konfigurierte Komponente und sagt, was nicht stimmt."""
    from rathaus.doctor import run_checks

    components = _components()
    failed = False
    for result in run_checks(components):
        mark = "[green]OK[/green]    " if result.ok else "[red]FEHLER[/red]"
        failed |= not result.ok
        out.print(f"{mark} {result.name}: {result.message}")
    raise typer.Exit(1 if failed else 0)


# -- demo -----------------------------------------------------------------------------------


@app.command()
def demo(
    samples: Annotated[Path, typer.Option(help="Ordner mit Beispieldokumenten")] = Path("samples"),
) -> None:
    """Startet den eingebetteten Betrieb, verarbeitet alle Beispiele und zeigt das Ergebnis."""
    components = _components()
    settings = components.settings
    files = _expand([samples])
    if not files:
        err.print(f"Keine Beispieldokumente in {samples}.")
        raise typer.Exit(2)
    try:
        server = _start_embedded_temporal(components, ui=False)
    except ConfigurationError as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(1) from exc

    async def run_demo() -> list[dict[str, Any]]:
        stop = asyncio.Event()
        await _start_embedded_llm(components)
        components.classifier  # noqa: B018 - build the index before the first document
        worker_task = asyncio.create_task(
            _run_worker_until_stopped(components, settings.temporal.address, stop)
        )
        try:
            return await _intake(
                components, settings.temporal.address, files, True, DocumentSource.FOLDER, True
            )
        finally:
            stop.set()
            await worker_task

    try:
        rows = asyncio.run(run_demo())
    finally:
        if server is not None:
            server.stop()
    _print_rows(rows, OutputFormat.TABLE, _labels(components))
    out.print(f"Zugestellte Nachrichten: {settings.outbox_dir.resolve()}")
    out.print(
        "Offene Prüfungen: `rathaus up` starten, dann "
        "`rathaus review <Vorgang> --approve --reviewer NAME`."
    )
    if any(r["status"] == "error" for r in rows):
        raise typer.Exit(1)


def main() -> None:
    """Console-script entry point."""
    code = 0
    try:
        result = app(standalone_mode=False)
        code = result if isinstance(result, int) else 0
    except typer.TyperException as exc:  # usage errors: bad option, missing argument
        show = getattr(exc, "show", None)
        if callable(show):
            show()
        else:
            err.print(str(exc))
        code = int(getattr(exc, "exit_code", 2))
    except typer.Abort:
        code = 130
    except RathausError as exc:
        err.print(f"[red]{exc}[/red]")
        code = 1
    finally:
        _close_components()
    sys.stdout.flush()
    sys.stderr.flush()
    # The Temporal SDK's runtime can crash at interpreter exit (sdk-python #300).
    os._exit(code)
