from pathlib import Path

import pytest

from core.catalogue import load_catalogue
from core.errors import ConfigurationError

EXPECTED_LEIKA = {
    "gewerbe_anmeldung": "99050012104000",
    "gewerbe_ummeldung": "99050012071000",
    "gewerbe_abmeldung": "99050012070000",
    "wohnsitz_anmeldung": "99115005000000",
    "wohnsitz_abmeldung": "99115005070000",
    "meldebescheinigung": "99115003000000",
    "melderegisterauskunft": "99115004000000",
    "hundesteuer_anmeldung": "99102013104000",
    "bewohnerparkausweis": "99108001001000",
    "wohngeld": "99107023037000",
    "wohnberechtigungsschein": "99107022012000",
    "geburtsurkunde": "99027002012000",
    "sterbeurkunde": "99101004000000",
    "eheschliessung": "99059001104000",
    "fuehrungszeugnis": "99049001001000",
    "fundsache": "99089017152000",
    "bauantrag": None,
    "gaststaettenerlaubnis": None,
    "sondernutzung": None,
    "maengelmeldung": None,
    "beschwerde": None,
    "widerspruch": None,
    "rechnung": None,
    "allgemeine_anfrage": None,
}


def test_default_catalogue_has_exactly_the_agreed_ids_and_leika_keys() -> None:
    catalogue = load_catalogue()
    assert {s.id: s.leika for s in catalogue.services} == EXPECTED_LEIKA


def test_every_service_is_complete() -> None:
    for service in load_catalogue().services:
        assert service.label and service.description and service.office
        assert len(service.examples) >= 3
        assert service.routing.mailbox or service.routing.ticket_queue
        assert 1 <= service.retention_days <= 3650


def test_widerspruch_is_never_routed_without_a_human() -> None:
    assert load_catalogue().get("widerspruch").auto_route is False


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("version: '1'\ncity: X\nservices: []\n", "services"),
        ("::: not yaml", "invalid"),
        (
            "version: '1'\ncity: X\nservices:\n"
            "  - {id: a, label: A, office: O, description: D, examples: [e],"
            " routing: {mailbox: m}, retention_days: 10}\n"
            "  - {id: a, label: B, office: O, description: D, examples: [e],"
            " routing: {mailbox: m}, retention_days: 10}\n",
            "duplicate",
        ),
        (
            "version: '1'\ncity: X\nservices:\n"
            "  - {id: a, label: A, office: O, description: D, examples: [e], leika: '123',"
            " routing: {mailbox: m}, retention_days: 10}\n",
            "LeiKa",
        ),
        (
            "version: '1'\ncity: X\nservices:\n"
            "  - {id: a, label: A, office: O, description: D, examples: [e],"
            " routing: {}, retention_days: 10}\n",
            "routing",
        ),
    ],
)
def test_invalid_catalogue_is_refused_at_load(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "catalogue.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigurationError, match=problem):
        load_catalogue(path)


def test_missing_catalogue_file_is_a_configuration_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="cannot read"):
        load_catalogue(tmp_path / "missing.yaml")
