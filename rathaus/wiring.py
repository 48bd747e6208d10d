"""Composition root: builds the object graph from ``Settings``. Only entry points call this."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from functools import cached_property

from agents.classifier import EmbeddingClassifier
from agents.extraction import RuleExtractor
from connectors.local_tickets import LocalTicketSink
from connectors.outbox import OutboxMailSink
from connectors.text_extraction import TextLimits
from core.audit import AuditLog
from core.blobs import LocalBlobStore
from core.catalogue import ServiceCatalogue, load_catalogue
from core.settings import Keys, Settings, load_keys
from core.storage import Database
from core.types import ReviewPolicy
from redaction.engine import build_analyzer
from redaction.redactor import Redactor
from redaction.vault import PseudonymVault
from workflows.activities import IntakeActivities, IntakeDependencies


@dataclass
class Components:
    """Lazily built components of one installation."""

    settings: Settings

    @cached_property
    def keys(self) -> Keys:
        return load_keys(self.settings)

    @cached_property
    def db(self) -> Database:
        db = Database(self.settings.database_url)
        db.migrate()
        return db

    @cached_property
    def blobs(self) -> LocalBlobStore:
        return LocalBlobStore(self.settings.blob_dir)

    @cached_property
    def audit(self) -> AuditLog:
        return AuditLog(self.db)

    @cached_property
    def vault(self) -> PseudonymVault:
        return PseudonymVault(self.db, self.keys.vault_key, self.audit)

    @cached_property
    def catalogue(self) -> ServiceCatalogue:
        return load_catalogue(self.settings.catalogue_path)

    @cached_property
    def redactor(self) -> Redactor:
        return Redactor(build_analyzer(use_ner=self.settings.redaction.ner))

    @cached_property
    def classifier(self) -> EmbeddingClassifier:
        return EmbeddingClassifier(
            self.catalogue,
            auto_threshold=self.settings.classifier.auto_threshold,
            min_chars=self.settings.classifier.min_chars,
            cache_dir=self.settings.data_dir / "cache",
        )

    @cached_property
    def limits(self) -> TextLimits:
        intake = self.settings.intake
        return TextLimits(
            max_bytes=intake.max_bytes,
            max_pages=intake.max_pages,
            max_chars=intake.max_chars,
            ocr=intake.ocr,
            ocr_language=intake.ocr_language,
        )

    @cached_property
    def mail(self) -> OutboxMailSink:
        return OutboxMailSink(self.settings.outbox_dir)

    @cached_property
    def tickets(self) -> LocalTicketSink:
        return LocalTicketSink(self.db, self.blobs)

    def activities(self) -> IntakeActivities:
        review = self.settings.review
        return IntakeActivities(
            IntakeDependencies(
                db=self.db,
                blobs=self.blobs,
                audit=self.audit,
                vault=self.vault,
                catalogue=self.catalogue,
                redactor=self.redactor,
                classifier=self.classifier,
                extractor=RuleExtractor(),
                mail=self.mail,
                tickets=self.tickets,
                limits=self.limits,
                review_policy=ReviewPolicy(
                    reminder_after_seconds=timedelta(
                        hours=review.reminder_after_hours
                    ).total_seconds(),
                    escalate_after_seconds=timedelta(
                        hours=review.escalate_after_hours
                    ).total_seconds(),
                ),
                quarantine_days=self.settings.retention.quarantine_days,
                sender=self.settings.routing.sender,
            )
        )
