"""Local outbox: each mail becomes an ``.eml`` file named after its idempotency key.

The embedded default for department mailboxes. A mail program or a transfer job can pick the
files up; tests and the demo read them directly.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path

from connectors.ports import Delivered, OutgoingMail
from core.errors import DeliveryError

logger = logging.getLogger(__name__)


def _file_stem(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()[:32]


class OutboxMailSink:
    """Writes mails atomically into ``<outbox>/<mailbox>/<key-hash>.eml``."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def _path(self, mail: OutgoingMail) -> Path:
        mailbox = mail.to.replace("/", "_").replace("..", "_")
        return self.root / mailbox / f"{_file_stem(mail.idempotency_key)}.eml"

    def deliver(self, mail: OutgoingMail) -> Delivered:
        path = self._path(mail)
        external_id = str(path.relative_to(self.root))
        if path.exists():
            logger.info("outbox: %s already delivered", external_id)
            return Delivered(external_id, duplicate=True)
        message = EmailMessage()
        message["From"] = mail.sender
        message["To"] = mail.to
        message["Subject"] = mail.subject
        message["Date"] = formatdate(localtime=False)
        message["Message-ID"] = make_msgid(idstring=_file_stem(mail.idempotency_key)[:16])
        message["X-Rathaus-Idempotency-Key"] = mail.idempotency_key
        message.set_content(mail.body)
        for attachment in mail.attachments:
            maintype, _, subtype = attachment.media_type.partition("/")
            message.add_attachment(
                attachment.data,
                maintype=maintype or "application",
                subtype=(subtype or "octet-stream").split(";")[0],
                filename=attachment.filename,
            )
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".eml")
            with os.fdopen(fd, "wb") as fh:
                fh.write(message.as_bytes())
                fh.flush()
                os.fsync(fh.fileno())
            # link() fails if another attempt won the race: exactly one file per key.
            try:
                os.link(tmp, path)
            except FileExistsError:
                return Delivered(external_id, duplicate=True)
            finally:
                os.unlink(tmp)
        except OSError as exc:
            raise DeliveryError(f"cannot write to outbox {self.root}: {exc}") from exc
        return Delivered(external_id, duplicate=False)

    def check(self) -> str:
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            probe = self.root / ".write-test"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as exc:
            raise DeliveryError(f"Postausgang {self.root} ist nicht beschreibbar: {exc}") from exc
        return f"Postausgang {self.root} ist beschreibbar"
