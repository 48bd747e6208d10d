"""``rathaus doctor`` with real connectors configured: SMTP, IMAP, Request Tracker 5."""

from __future__ import annotations

from pathlib import Path

from conftest import make_settings
from servers.graph_server import GraphServer, make_sink
from servers.mail import MailServer
from servers.rt5 import RT5Server

from core.settings import (
    ImapSettings,
    IntakeSettings,
    RequestTrackerSettings,
    RoutingSettings,
    Settings,
    SmtpSettings,
)
from rathaus.doctor import CheckResult, run_checks
from rathaus.wiring import Components


def connector_settings(
    tmp_path: Path, mail: MailServer, rt: RT5Server, *, imap_password: str, token: str, review: str
) -> Settings:
    return make_settings(
        tmp_path,
        routing=RoutingSettings(mail_backend="smtp", ticket_backend="rt", review_queue=review),
        smtp=SmtpSettings(port=mail.smtp_port, security="none"),
        intake=IntakeSettings(mail_backend="imap"),
        imap=ImapSettings(
            port=mail.imap_port,
            security="none",
            username="eingang@stadt.example",
            password=imap_password,  # type: ignore[arg-type]
        ),
        rt=RequestTrackerSettings(url=rt.url, token=token),  # type: ignore[arg-type]
    )


def checks(settings: Settings) -> dict[str, CheckResult]:
    components = Components(settings)
    try:
        return {r.name: r for r in run_checks(components)}
    finally:
        components.close()
        components.db.dispose()


def test_doctor_checks_every_configured_connector(
    tmp_path: Path, mail_server: MailServer, rt5_server: RT5Server
) -> None:
    healthy = checks(
        connector_settings(
            tmp_path,
            mail_server,
            rt5_server,
            imap_password=mail_server.users["eingang@stadt.example"],
            token=rt5_server.token,
            review="Pruefung",
        )
    )
    for name in ("Zustellung Post (smtp)", "Tickets (rt)", "Ticket-Queues", "Eingang (imap)"):
        assert healthy[name].ok, healthy[name]
    assert "Pruefung" in healthy["Ticket-Queues"].message
    assert healthy["Eingang (folder)"].ok

    broken = checks(
        connector_settings(
            tmp_path / "broken",
            mail_server,
            rt5_server,
            imap_password="falsch",
            token=rt5_server.token,
            review="Gibtsnicht",
        )
    )
    assert not broken["Eingang (imap)"].ok
    assert "Anmeldung" in broken["Eingang (imap)"].message
    assert broken["Tickets (rt)"].ok
    assert not broken["Ticket-Queues"].ok
    assert "Gibtsnicht" in broken["Ticket-Queues"].message
    assert "Gewerbe" not in broken["Ticket-Queues"].message

    no_access = checks(
        connector_settings(
            tmp_path / "no-access",
            mail_server,
            rt5_server,
            imap_password=mail_server.users["eingang@stadt.example"],
            token="not-a-token",
            review="Pruefung",
        )
    )
    assert not no_access["Tickets (rt)"].ok
    assert "Anmeldung" in no_access["Tickets (rt)"].message
    assert "nicht prüfbar" in no_access["Ticket-Queues"].message


def test_doctor_names_department_mailboxes_missing_in_the_tenant(
    tmp_path: Path, graph_server: GraphServer
) -> None:
    components = Components(make_settings(tmp_path, routing=RoutingSettings(mail_backend="graph")))
    components.__dict__["mail"] = make_sink(graph_server)  # static token instead of a secret
    try:
        missing = {r.name: r for r in run_checks(components)}["Zielpostfächer"]
        assert not missing.ok
        assert "gewerbeamt@stadt.example nicht gefunden" in missing.message
        for service in components.catalogue.services:
            if service.routing.mailbox:
                graph_server.add_mailbox(service.routing.mailbox)
        present = {r.name: r for r in run_checks(components)}["Zielpostfächer"]
        assert present.ok, present.message
    finally:
        components.close()
        components.db.dispose()
