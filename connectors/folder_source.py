"""The watched intake folder: files dropped into it (by a scanner, a file share, a person) are
taken in and moved to ``verarbeitet/`` (or ``quarantaene/``) once their workflow has started.

A file is only taken once it has stopped changing (size and modification time unchanged for
``settle_seconds``), so a scanner still writing a PDF is never read half-written.
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from core.errors import DeliveryError

logger = logging.getLogger(__name__)

PROCESSED = "verarbeitet"
QUARANTINE = "quarantaene"


@dataclass(frozen=True)
class InboundFile:
    """One settled file of the intake folder; ``data`` is empty when it exceeds the limit."""

    source_id: str
    filename: str
    data: bytes
    size: int
    content_sha256: str
    received_at: datetime


class FolderSource:
    """Lists settled files in ``root`` (not in its subfolders) and moves them when handled."""

    def __init__(self, root: Path, *, max_bytes: int, settle_seconds: float = 2.0) -> None:
        self.root = Path(root)
        self.max_bytes = max_bytes
        self.settle_seconds = settle_seconds

    def fetch(self, limit: int) -> list[InboundFile]:
        """Settled files, oldest first, at most ``limit``."""
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            entries = [e for e in os.scandir(self.root) if e.is_file() and not _hidden(e.name)]
        except OSError as exc:
            raise DeliveryError(f"Eingangsordner {self.root} nicht lesbar: {exc.strerror}") from exc
        now = time.time()
        settled = []
        for entry in entries:
            try:
                stat = entry.stat()
            except FileNotFoundError:
                continue
            if now - stat.st_mtime >= self.settle_seconds:
                settled.append((stat.st_mtime, entry.name, stat.st_size))
        files = []
        for mtime, name, size in sorted(settled)[:limit]:
            path = self.root / name
            try:
                data = path.read_bytes() if size <= self.max_bytes else b""
            except FileNotFoundError:
                continue
            except OSError as exc:
                raise DeliveryError(
                    f"Datei im Eingangsordner nicht lesbar: {exc.strerror}"
                ) from exc
            digest = hashlib.sha256(data).hexdigest() if data else _big_file_digest(path)
            files.append(
                InboundFile(
                    source_id=name,
                    filename=name,
                    data=data,
                    size=size,
                    content_sha256=digest,
                    received_at=datetime.fromtimestamp(mtime, UTC),
                )
            )
        return files

    def move(self, source_id: str, folder: str) -> None:
        """Move a handled file into ``folder``; a name already taken there gets a suffix."""
        source = self.root / Path(source_id).name
        if not source.exists():
            return
        target_dir = self.root / folder
        target_dir.mkdir(parents=True, exist_ok=True)
        target = target_dir / source.name
        counter = 1
        while target.exists():
            target = target_dir / f"{source.stem}-{counter}{source.suffix}"
            counter += 1
        try:
            source.rename(target)
        except FileNotFoundError:
            return
        except OSError as exc:
            raise DeliveryError(f"Datei kann nicht verschoben werden: {exc.strerror}") from exc

    def check(self) -> str:
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            probe = self.root / ".rathaus-write-test"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as exc:
            raise DeliveryError(
                f"Eingangsordner {self.root} ist nicht beschreibbar: {exc.strerror}"
            ) from exc
        return f"Eingangsordner {self.root} ist beschreibbar"


def _hidden(name: str) -> bool:
    # Dot files and the temporary names of copy tools and scanners are not documents yet.
    return name.startswith((".", "~$")) or name.endswith((".tmp", ".part", ".crdownload"))


def _big_file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
