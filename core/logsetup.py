"""Logging set-up, called once by each entry point."""

from __future__ import annotations

import logging
import sys


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
    for noisy in ("httpx", "presidio-analyzer", "alembic.runtime.migration", "temporalio.activity"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
