"""Content-addressed blob store: originals, extracted and redacted text live here, never in
Temporal history. Local folder by default; files are written atomically and named by SHA-256.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from core.errors import BlobNotFoundError, StorageError
from core.types import BlobRef


class LocalBlobStore:
    """Blobs as files ``<root>/<aa>/<sha256>`` with 0600 permissions."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)

    def _path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def put(self, data: bytes, media_type: str = "application/octet-stream") -> BlobRef:
        """Store ``data`` (idempotent: the same bytes give the same reference)."""
        sha = hashlib.sha256(data).hexdigest()
        path = self._path(sha)
        if not path.exists():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
                with os.fdopen(fd, "wb") as fh:
                    fh.write(data)
                    fh.flush()
                    os.fsync(fh.fileno())
                os.chmod(tmp, 0o600)
                os.replace(tmp, path)
            except OSError as exc:
                raise StorageError(f"cannot write blob {sha[:12]}: {exc}") from exc
        return BlobRef(sha256=sha, size=len(data), media_type=media_type)

    def put_text(self, text: str) -> BlobRef:
        return self.put(text.encode("utf-8"), "text/plain; charset=utf-8")

    def get(self, ref: BlobRef | str) -> bytes:
        """Return the bytes of a blob, verifying its hash."""
        sha = ref if isinstance(ref, str) else ref.sha256
        path = self._path(sha)
        try:
            data = path.read_bytes()
        except FileNotFoundError as exc:
            raise BlobNotFoundError(f"blob {sha[:12]} not found") from exc
        except OSError as exc:
            raise StorageError(f"cannot read blob {sha[:12]}: {exc}") from exc
        if hashlib.sha256(data).hexdigest() != sha:
            raise StorageError(f"blob {sha[:12]} is corrupt (hash mismatch)")
        return data

    def get_text(self, ref: BlobRef | str) -> str:
        return self.get(ref).decode("utf-8")

    def size(self, sha256: str) -> int:
        """The stored size in bytes (``BlobNotFoundError`` when the blob is gone)."""
        try:
            return self._path(sha256).stat().st_size
        except FileNotFoundError as exc:
            raise BlobNotFoundError(f"blob {sha256[:12]} not found") from exc

    def exists(self, sha256: str) -> bool:
        return self._path(sha256).exists()

    def delete(self, sha256: str) -> bool:
        """Delete a blob; True when it existed."""
        try:
            self._path(sha256).unlink()
        except FileNotFoundError:
            return False
        return True
