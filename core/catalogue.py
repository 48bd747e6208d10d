"""The city's service catalogue: the closed set of classes that classification may answer with.

The default catalogue ships with the package (``core/data/catalogue.yaml``); a city replaces it
with ``RATHAUS_CATALOGUE_PATH``. It is validated completely at load time, so a broken file stops
the worker at start rather than a document in the middle of the night.
"""

from __future__ import annotations

import re
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, Field, ValidationError, field_validator, model_validator

from core.errors import ConfigurationError

STANDARD_FIELDS = (
    "applicant_name",
    "represented_name",
    "street_address",
    "postal_code",
    "city",
    "date_of_birth",
    "email",
    "phone",
    "iban",
    "reference",
    "effective_date",
    "amount_eur",
)


class FieldSpec(BaseModel):
    """One service-specific field to extract."""

    name: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    label: str
    type: Literal["string", "date", "amount", "text"] = "string"
    cues: list[str] = Field(default_factory=list)


AttachmentKind = Literal["original", "redacted", "none"]


class RoutingTargetSpec(BaseModel):
    """One destination of a routing rule.

    ``reidentify``: the target receives real names and addresses in the field table (an internal
    department mailbox); otherwise it sees only the redacted version. ``attachment``: the
    original file (only for re-identifying targets), the redacted version (a blacked-out PDF for
    PDFs, the redacted text otherwise) or nothing.
    """

    kind: Literal["mailbox", "ticket_queue"]
    address: str = Field(min_length=1)
    folder: str | None = None
    reidentify: bool = True
    attachment: AttachmentKind | None = None

    @model_validator(mode="after")
    def _attachment_fits(self) -> RoutingTargetSpec:
        if self.attachment is None:
            self.attachment = "original" if self.reidentify else "redacted"
        if self.attachment == "original" and not self.reidentify:
            raise ValueError(
                f"target {self.address}: the original holds personal data; a target without "
                "reidentify may only get attachment 'redacted' or 'none'"
            )
        return self


class RoutingSpec(BaseModel):
    """Where documents of a service go: ``targets``, or the ``mailbox``/``ticket_queue``
    shorthand. The shorthand mailbox is the department's internal mailbox and re-identified
    per ``reidentify``; the shorthand ticket queue always gets the redacted version (a ticket
    system is read more widely). A queue that may see real data needs an explicit target."""

    mailbox: str | None = None
    ticket_queue: str | None = None
    reidentify: bool = True
    targets: list[RoutingTargetSpec] = Field(default_factory=list)

    @model_validator(mode="after")
    def _one_target(self) -> RoutingSpec:
        if not self.mailbox and not self.ticket_queue and not self.targets:
            raise ValueError("routing needs targets, a mailbox or a ticket_queue")
        return self

    @property
    def all_targets(self) -> list[RoutingTargetSpec]:
        """The shorthand first, then the explicit targets."""
        shorthand = []
        if self.mailbox:
            shorthand.append(
                RoutingTargetSpec(kind="mailbox", address=self.mailbox, reidentify=self.reidentify)
            )
        if self.ticket_queue:
            shorthand.append(
                RoutingTargetSpec(kind="ticket_queue", address=self.ticket_queue, reidentify=False)
            )
        return shorthand + list(self.targets)


class Service(BaseModel):
    """One entry of the service catalogue."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    label: str
    leika: str | None = None
    office: str
    description: str
    examples: list[str] = Field(min_length=1)
    keywords: list[str] = Field(default_factory=list)
    fields: list[FieldSpec] = Field(default_factory=list)
    routing: RoutingSpec
    retention_days: int = Field(ge=1, le=3650)
    auto_route: bool = True

    @field_validator("leika")
    @classmethod
    def _leika_shape(cls, value: str | None) -> str | None:
        if value is not None and not re.fullmatch(r"\d{14}", value):
            raise ValueError(f"LeiKa key must have 14 digits: {value!r}")
        return value

    @field_validator("keywords")
    @classmethod
    def _lower_keywords(cls, value: list[str]) -> list[str]:
        return [k.lower() for k in value]


class ServiceCatalogue(BaseModel):
    """The active catalogue of one city."""

    version: str
    city: str
    services: list[Service] = Field(min_length=1)
    # Where a delivery goes when its own target refuses it for good (unknown mailbox or queue):
    # a central inbox, so nothing is lost while the rule is fixed.
    fallback_target: RoutingTargetSpec | None = None

    @model_validator(mode="after")
    def _unique_ids(self) -> ServiceCatalogue:
        ids = [s.id for s in self.services]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"duplicate service ids: {', '.join(duplicates)}")
        return self

    @cached_property
    def by_id(self) -> dict[str, Service]:
        return {s.id: s for s in self.services}

    @property
    def ids(self) -> list[str]:
        return [s.id for s in self.services]

    def get(self, service_id: str) -> Service:
        """Return the service or raise ``KeyError`` for an id outside the catalogue."""
        return self.by_id[service_id]

    def __contains__(self, service_id: object) -> bool:
        return service_id in self.by_id

    def field_names(self, service_id: str | None) -> set[str]:
        """The fields a document of the service may carry: the standard ones and its own
        (empty for an id outside the catalogue)."""
        service = self.by_id.get(service_id or "")
        return set(STANDARD_FIELDS) | {f.name for f in service.fields} if service else set()

    @property
    def fallback(self) -> Service:
        """The service unclassifiable documents are routed to after review."""
        return self.by_id.get("allgemeine_anfrage", self.services[-1])


def load_catalogue(path: Path | None = None) -> ServiceCatalogue:
    """Load and validate a catalogue; the packaged default when ``path`` is None."""
    try:
        if path is None:
            raw = resources.files("core").joinpath("data/catalogue.yaml").read_text("utf-8")
        else:
            raw = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigurationError(f"cannot read service catalogue {path}: {exc}") from exc
    try:
        data = yaml.safe_load(raw)
        return ServiceCatalogue.model_validate(data)
    except (yaml.YAMLError, ValidationError) as exc:
        raise ConfigurationError(f"invalid service catalogue {path or '(default)'}: {exc}") from exc
