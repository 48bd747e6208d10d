"""Logging set-up, called once by each entry point."""

from __future__ import annotations

import logging
import sys


class _SkipExpectedQuarantine(logging.Filter):
    """Drop the SDK's traceback for documents rejected on purpose (they are quarantined with a
    reason in the audit log); transient failures are still logged."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        return not (
            error is not None
            and type(error).__name__ == "ApplicationError"
            and getattr(error, "non_retryable", False)
        )


def configure_logging(level: str = "INFO") -> None:
    """Configure the root logger; messages never carry document text or personal data."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s", "%H:%M:%S")
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # Third-party loggers that are chatty at INFO.
    logging.getLogger("temporalio.activity").addFilter(_SkipExpectedQuarantine())
    quiet = ("httpx", "presidio-analyzer", "alembic.runtime.migration", "alembic.runtime.plugins")
    for noisy in quiet:
        logging.getLogger(noisy).setLevel(logging.WARNING)
