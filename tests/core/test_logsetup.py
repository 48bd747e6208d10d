import logging

import pytest
from temporalio.exceptions import ApplicationError

from core.logsetup import configure_logging


def test_expected_quarantine_tracebacks_are_dropped_but_transient_failures_kept(
    capsys: pytest.CaptureFixture[str],
) -> None:
    configure_logging("INFO")
    logger = logging.getLogger("temporalio.activity")
    for error in (
        ApplicationError("Die Datei ist leer.", non_retryable=True),
        ApplicationError("Datenbank nicht erreichbar"),
    ):
        try:
            raise error
        except ApplicationError:
            logger.warning("Completing activity as failed", exc_info=True)
    err = capsys.readouterr().err
    assert "Die Datei ist leer." not in err
    assert "Datenbank nicht erreichbar" in err
