"""The error tree of rathaus.

    RathausError
    ├── ConfigurationError        settings or catalogue are wrong; fix the configuration
    │   └── KnowledgeBaseError    an advisor knowledge-base article is malformed
    ├── StorageError              database or blob store failed (usually transient)
    │   └── BlobNotFoundError     a referenced blob does not exist (permanent)
    ├── DocumentError             a document cannot be processed (permanent, goes to quarantine)
    │   ├── UnsupportedDocumentError
    │   ├── UnreadableDocumentError   corrupt, encrypted, empty, too large
    │   └── HostileDocumentError      zip bomb, prompt injection that must not reach a model
    ├── RedactionError            redaction failed; nothing may leave unredacted
    ├── ClassificationError       the classifier could not produce a result
    │   └── LLMError              the LLM call failed
    │       ├── LLMUnavailableError   transport failure, timeout, 429/5xx after retries (transient)
    │       └── LLMOutputError        the answer is not valid JSON of the schema (goes to review)
    ├── DeliveryError             a connector failed to deliver (transient: retried)
    │   ├── DeliveryAuthError         the backend refuses our credentials (retried until fixed)
    │   └── PermanentDeliveryError    retrying cannot help
    │       └── DeliveryRefusedError  the target does not exist (unknown mailbox or queue) and
    │                                 nothing was delivered: the fallback target may take it
    ├── AdvisorInputError         a chat message the advisor cannot take (empty, too long)
    └── AuditError
        └── AuditChainBroken      verification found an altered, inserted or deleted row

Every ``DocumentError`` carries ``reason``: one German sentence a clerk can read, free of personal
data, which is shown in the quarantine list and written to the audit log.
"""

from __future__ import annotations


class RathausError(Exception):
    """Base of every error rathaus raises on purpose."""


class ConfigurationError(RathausError):
    """The settings or the service catalogue are invalid."""


class KnowledgeBaseError(ConfigurationError):
    """A knowledge-base article cannot be read; the message names the file and the problem."""


class AdvisorInputError(RathausError):
    """A chat message the advisor refuses to process; ``str(exc)`` is German for the user."""


class StorageError(RathausError):
    """The database or the blob store failed."""


class BlobNotFoundError(StorageError):
    """A blob referenced by a document is missing from the blob store."""


class DocumentError(RathausError):
    """A document cannot be processed; ``reason`` is a German sentence for the clerk."""

    code = "document_error"

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class UnsupportedDocumentError(DocumentError):
    """The file type is not one rathaus can read."""

    code = "unsupported"


class UnreadableDocumentError(DocumentError):
    """The file is corrupt, encrypted, empty or exceeds the limits."""

    code = "unreadable"


class HostileDocumentError(DocumentError):
    """The file looks crafted to harm the system (bombs, hidden instructions)."""

    code = "hostile"


class RedactionError(RathausError):
    """Redaction failed; the text must not be used further."""


class ClassificationError(RathausError):
    """The classifier failed to produce a result."""


class LLMError(ClassificationError):
    """A call to the configured LLM failed."""


class LLMUnavailableError(LLMError):
    """The LLM endpoint did not answer in time or answered with a server error (transient)."""


class LLMOutputError(LLMError):
    """The LLM answered, but not with valid JSON of the requested schema."""


class DeliveryError(RathausError):
    """A connector failed to deliver, fetch or move a message or ticket (may be transient).

    ``retry_after`` carries the seconds a throttling backend asked us to wait (HTTP
    ``Retry-After``); the activity turns it into Temporal's next retry delay.
    """

    def __init__(self, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class DeliveryAuthError(DeliveryError):
    """The backend refused our credentials; deliveries wait until they are fixed."""


class PermanentDeliveryError(DeliveryError):
    """Delivery failed in a way that retrying cannot fix."""


class DeliveryRefusedError(PermanentDeliveryError):
    """The target does not exist or refuses this message, and nothing was delivered."""


class AuditError(RathausError):
    """The audit log could not be written or read."""


class AuditChainBroken(AuditError):
    """The hash chain of the audit log does not verify."""
