"""Composition root: builds the object graph from ``Settings``. Only entry points call this."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from functools import cached_property

from agents.advisor import Advisor, ConversationStore, GroundedWriter
from agents.advisor_intent import IntentClassifier
from agents.classifier import (
    SEED_PATH,
    Classifier,
    ConfirmedExamples,
    EmbeddingClassifier,
    SeedExamples,
)
from agents.extraction import Extractor, RuleExtractor
from agents.injection import ScreenedClassifier, ScreenedExtractor
from agents.knowledge import DEFAULT_KNOWLEDGE_DIR
from agents.llm import LLMEndpoint, StructuredLLM
from agents.llm_classifier import EnsembleClassifier, LLMClassifier
from agents.llm_extraction import HybridExtractor, LLMExtractor
from agents.retrieval import KnowledgeIndex
from connectors import folder_source
from connectors.folder_source import FolderSource
from connectors.local_tickets import LocalTicketSink
from connectors.mail_screening import MailLimits
from connectors.outbox import OutboxMailSink
from connectors.ports import MailSink, TicketSink
from connectors.text_extraction import TextLimits
from core.audit import AuditLog
from core.blobs import LocalBlobStore
from core.catalogue import ServiceCatalogue, load_catalogue
from core.settings import Keys, Settings, load_keys
from core.storage import Database
from core.types import DocumentSource, ReviewPolicy
from rathaus.callbacks import TicketCallbackDesk
from rathaus.console import Console
from rathaus.reviews import TemporalConnection, TemporalReviewSender
from rathaus.stack import LLMServer, embedded_model_path, start_llm_server
from rathaus.web import WebSecurity
from redaction.engine import build_analyzer
from redaction.recognizers.districts import read_districts, use_city_districts
from redaction.redactor import Redactor
from redaction.vault import PseudonymVault
from workflows.activities import IntakeActivities, IntakeDependencies
from workflows.source_activities import IntakeSource, SourceActivities, SourceDependencies


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
        options = self.settings.redaction
        if options.districts_file is not None:
            use_city_districts(read_districts(options.districts_file))
        return Redactor(build_analyzer(use_ner=options.ner))

    @property
    def uses_llm(self) -> bool:
        """Whether the configured classifier or extractor calls an LLM."""
        return (
            self.settings.classifier.kind != "embedding"
            or self.settings.extractor.kind != "rules"
            or self.advisor_mode != "extractive"
        )

    @cached_property
    def llm_server(self) -> LLMServer | None:
        """The embedded LLM server, started on first use (stopped by ``close``)."""
        llm = self.settings.llm
        if llm.provider != "embedded":
            return None
        return start_llm_server(
            model_path=embedded_model_path(llm.model_path),
            log_path=self.settings.data_dir / "logs" / "llm-server.log",
            threads=llm.threads,
            context_tokens=llm.context_tokens,
        )

    @cached_property
    def llm(self) -> StructuredLLM:
        server = self.llm_server
        endpoint = LLMEndpoint.from_settings(
            self.settings.llm, base_url=server.base_url if server else None
        )
        return StructuredLLM(endpoint)

    @cached_property
    def embedding_classifier(self) -> EmbeddingClassifier:
        return EmbeddingClassifier(
            self.catalogue,
            auto_threshold=self.settings.classifier.auto_threshold,
            min_chars=self.settings.classifier.min_chars,
            cache_dir=self.settings.data_dir / "cache",
            confirmed=ConfirmedExamples(self.db),
            seeds=(
                SeedExamples.load(SEED_PATH, EmbeddingClassifier.method)
                if self.settings.classifier.seed_examples
                else None
            ),
        )

    @cached_property
    def classifier(self) -> Classifier:
        """The configured classifier behind the prompt-injection screen."""
        return ScreenedClassifier(self._chosen_classifier(), fallback=self.embedding_classifier)

    def _chosen_classifier(self) -> Classifier:
        config = self.settings.classifier
        if config.kind == "embedding":
            return self.embedding_classifier
        llm_classifier = LLMClassifier(
            self.catalogue,
            self.llm,
            auto_threshold=config.llm_auto_threshold,
            min_chars=config.min_chars,
        )
        if config.kind == "llm":
            return llm_classifier
        return EnsembleClassifier(
            self.embedding_classifier, llm_classifier, auto_threshold=config.auto_threshold
        )

    @cached_property
    def extractor(self) -> Extractor:
        """The configured extractor; screened documents are read by rules only."""
        kind = self.settings.extractor.kind
        rules = RuleExtractor(self.settings.extractor.applicant)
        if kind == "rules":
            return ScreenedExtractor(rules, fallback=rules)
        llm_extractor = LLMExtractor(
            self.llm, city=self.catalogue.city, applicant=self.settings.extractor.applicant
        )
        chosen: Extractor = (
            llm_extractor if kind == "llm" else HybridExtractor(rules, llm_extractor)
        )
        return ScreenedExtractor(chosen, fallback=rules)

    @cached_property
    def knowledge_index(self) -> KnowledgeIndex:
        return KnowledgeIndex(self.db, self.settings.advisor.knowledge_dir or DEFAULT_KNOWLEDGE_DIR)

    @property
    def web_security(self) -> WebSecurity:
        web, review = self.settings.web, self.settings.review
        return WebSecurity(
            session_key=self.keys.session_key,
            https_only=self.settings.environment == "production",
            session_hours=web.session_hours,
            login_attempts=web.login_attempts,
            login_window_minutes=web.login_window_minutes,
            review_reminder_hours=review.reminder_after_hours,
            review_escalate_hours=review.escalate_after_hours,
        )

    @cached_property
    def temporal_connection(self) -> TemporalConnection:
        temporal = self.settings.temporal
        return TemporalConnection(
            temporal.address, temporal.namespace, self.keys.payload_key, temporal.task_queue
        )

    def console(self, temporal_ui: str | None = None) -> Console:
        """The staff console's actions for the web app and its REST API."""
        web = self.settings.web
        return Console(
            db=self.db,
            blobs=self.blobs,
            audit=self.audit,
            catalogue=self.catalogue,
            temporal=self.temporal_connection,
            # The stricter of the upload limit and the intake limit.
            max_bytes=min(web.upload_max_bytes, self.settings.intake.max_bytes),
            max_files=web.upload_max_files,
            temporal_ui=temporal_ui,
        )

    @cached_property
    def review_sender(self) -> TemporalReviewSender:
        return TemporalReviewSender(self.temporal_connection)

    @cached_property
    def conversations(self) -> ConversationStore:
        hours = self.settings.advisor.retention_hours
        return ConversationStore(self.db, retention=timedelta(hours=hours))

    @cached_property
    def intent_classifier(self) -> IntentClassifier:
        return IntentClassifier(
            self.knowledge_index.embedder, cache_dir=self.settings.data_dir / "cache"
        )

    @property
    def advisor_mode(self) -> str:
        """The advisor's answer mode with ``auto`` resolved."""
        mode = self.settings.advisor.answer_mode
        if mode != "auto":
            return mode
        return "extractive" if self.settings.llm.provider in ("embedded", "none") else "agent"

    @cached_property
    def advisor(self) -> Advisor:
        config = self.settings.advisor
        writer: GroundedWriter | None = None
        if self.advisor_mode != "extractive":
            from agents.advisor_llm import AgentWriter, GroundedLLMWriter

            llm = self.llm
            writer = (
                GroundedLLMWriter(llm.endpoint, city=self.catalogue.city)
                if self.advisor_mode == "grounded"
                else AgentWriter(llm.endpoint, city=self.catalogue.city, catalogue=self.catalogue)
            )
        return Advisor(
            index=self.knowledge_index,
            catalogue=self.catalogue,
            conversations=self.conversations,
            audit=self.audit,
            redactor=self.redactor,
            min_relevance=config.min_relevance,
            cue_free_relevance=config.cue_free_relevance,
            intents=self.intent_classifier,
            intent_min_share=config.intent_min_share,
            writer=writer,
            callback_desk=TicketCallbackDesk(
                self.tickets, queue=config.callback_queue, city=self.catalogue.city
            ),
            handover_article=config.handover_article,
            max_chars=config.max_chars,
        )

    def close(self) -> None:
        """Stop child processes started on demand (the embedded LLM server), close clients."""
        server = self.__dict__.pop("llm_server", None)
        if server is not None:
            server.stop()
        adapters: list[object] = [
            self.__dict__.pop("mail", None),
            self.__dict__.pop("tickets", None),
        ]
        adapters += [s.mail for s in self.__dict__.pop("intake_sources", {}).values()]
        for adapter in adapters:
            close = getattr(adapter, "close", None)
            if callable(close):
                close()

    @cached_property
    def limits(self) -> TextLimits:
        intake = self.settings.intake
        return TextLimits(
            max_bytes=intake.max_bytes,
            max_pages=intake.max_pages,
            max_chars=intake.max_chars,
            ocr=intake.ocr,
            ocr_language=intake.ocr_language,
            max_attachments=intake.max_attachments,
        )

    @cached_property
    def mail(self) -> MailSink:
        """The department-mailbox backend (``RATHAUS_ROUTING__MAIL_BACKEND``)."""
        backend = self.settings.routing.mail_backend
        if backend == "smtp":
            from connectors.smtp import SmtpMailSink

            return SmtpMailSink.from_settings(
                self.settings.smtp, self.db, self.settings.routing.sender
            )
        if backend == "graph":
            from connectors.graph import GraphMailSink

            return GraphMailSink.from_settings(self.settings.graph)
        return OutboxMailSink(self.settings.outbox_dir)

    @cached_property
    def tickets(self) -> TicketSink:
        """The ticket backend (``RATHAUS_ROUTING__TICKET_BACKEND``)."""
        if self.settings.routing.ticket_backend == "rt":
            from connectors.request_tracker import RequestTrackerTicketSink

            return RequestTrackerTicketSink.from_settings(self.settings.rt)
        return LocalTicketSink(self.db, self.blobs)

    @cached_property
    def intake_sources(self) -> dict[str, IntakeSource]:
        """The watched folder always; a mailbox when ``RATHAUS_INTAKE__MAIL_BACKEND`` names one."""
        intake = self.settings.intake
        sources = {
            "folder": IntakeSource(
                name="folder",
                document_source=DocumentSource.FOLDER,
                processed_folder=folder_source.PROCESSED,
                quarantine_folder=folder_source.QUARANTINE,
                folder=FolderSource(self.settings.intake_dir, max_bytes=intake.max_bytes),
            )
        }
        if intake.mail_backend == "imap":
            from connectors.imap import ImapMailSource

            imap = self.settings.imap
            sources["imap"] = IntakeSource(
                name="imap",
                document_source=DocumentSource.MAIL_IMAP,
                processed_folder=imap.processed_folder,
                quarantine_folder=imap.quarantine_folder,
                mail=ImapMailSource.from_settings(imap, max_bytes=intake.max_bytes),
            )
        elif intake.mail_backend == "graph":
            from connectors.graph import GraphMailSource

            graph = self.settings.graph
            sources["graph"] = IntakeSource(
                name="graph",
                document_source=DocumentSource.MAIL_GRAPH,
                processed_folder=graph.processed_folder,
                quarantine_folder=graph.quarantine_folder,
                mail=GraphMailSource.from_settings(graph, max_bytes=intake.max_bytes),
            )
        return sources

    def source_activities(self) -> SourceActivities:
        intake = self.settings.intake
        return SourceActivities(
            SourceDependencies(
                db=self.db,
                blobs=self.blobs,
                audit=self.audit,
                limits=MailLimits(
                    max_bytes=intake.max_bytes, max_attachments=intake.max_attachments
                ),
                quarantine_days=self.settings.retention.quarantine_days,
                batch_size=intake.poll_batch,
                sources=self.intake_sources,
            )
        )

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
                extractor=self.extractor,
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
                learner=self.embedding_classifier,
                conversations=self.conversations,
                review_queue=self.settings.routing.review_queue or None,
            )
        )
