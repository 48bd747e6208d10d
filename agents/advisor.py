"""The business advisor: answers founders' questions from the city's knowledge base.

One turn (``Advisor.stream``) runs in this order:

1. The message is checked (not empty, at most ``max_chars``) and redacted; only the redacted
   text is stored in the conversation, written to the log or sent to a language model.
2. Guardrails (``agents.advisor_policy``, then the example classifier of
   ``agents.advisor_intent``): instructions to the assistant, requests for an individual legal
   or tax assessment, private matters and wishes to talk to a person are answered by rule,
   before any retrieval or model call.
3. Retrieval (``agents.retrieval``) with the message, plus the previous question when the
   message is a short follow-up. Below ``min_relevance`` the advisor abstains with a referral.
4. The answer: in ``extractive`` mode (the embedded default: no German-capable model ships) the
   best passages with their sources and a template sentence, labelled as extracts; in
   ``grounded`` mode one model call writes an answer from the numbered passages; in ``agent``
   mode a LangChain tool-calling loop searches itself. A model answer must cite at least one
   passage it was given ([n]); otherwise, or when the model fails, the extractive answer
   replaces it and the audit event says why.
5. The responsible office (from the service catalogue) is added when the cited articles name
   catalogue services, and every answer shows the as-of date of its sources.

Each turn writes one audit event (``advisor.answered``) with the intent, the cited articles,
whether it abstained or handed over, the mode, model, prompt and latency, never the text.
The AI disclosure (EU AI Act Art. 50) opens every conversation.
"""

from __future__ import annotations

import logging
import re
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Literal, Protocol

from sqlalchemy import delete, select

from agents.advisor_intent import IntentClassifier
from agents.advisor_policy import Intent, detect_intent, has_business_cue, is_private_matter
from agents.retrieval import KnowledgeIndex, Passage, SearchResult
from core.audit import AuditLog
from core.catalogue import ServiceCatalogue
from core.errors import AdvisorInputError, DeliveryError
from core.storage import AdvisorMessageRow, AdvisorSessionRow, Database, utcnow
from redaction.redactor import Redactor

logger = logging.getLogger(__name__)

ACTOR = "advisor"
MAX_CITATIONS = 3
DECLINED_ROLES = ("user_declined", "assistant_declined")
FOLLOW_UP_WORDS = 6
NO_INFORMATION = "Dazu habe ich in der Wissensbasis keine gesicherte Information."
_CITATION_RE = re.compile(r"\[(\d{1,2})\]")


def disclosure(city: str) -> str:
    """The AI disclosure shown at the start of every conversation (EU AI Act Art. 50)."""
    return (
        f"Hinweis: Sie schreiben mit einem KI-Assistenten der Wirtschaftsförderung {city}, "
        "nicht mit einem Menschen. Die Antworten entstehen automatisch aus den "
        "Informationsseiten der Stadt, nennen ihre Quellen und sind keine Rechts- oder "
        "Steuerberatung. Bitte geben Sie keine vertraulichen persönlichen Daten ein. Wenn Sie "
        "mit einer Person sprechen möchten, schreiben Sie zum Beispiel „Rückruf“."
    )


@dataclass(frozen=True)
class Citation:
    """A numbered source of an answer."""

    number: int
    title: str
    source_url: str
    as_of: str
    snippet: str
    slug: str
    heading: str

    def public(self) -> dict[str, str | int]:
        return {
            "number": self.number,
            "title": self.title,
            "source_url": self.source_url,
            "as_of": self.as_of,
            "snippet": self.snippet,
        }


@dataclass
class AdvisorAnswer:
    """One answer of the advisor."""

    session_id: str
    answer: str
    citations: list[Citation]
    abstained: bool
    handover: bool
    intent: Intent
    mode: str
    disclosure: str | None = None
    relevance: float = 0.0
    latency_ms: int = 0

    def to_json(self) -> dict[str, object]:
        """The public JSON shape (CLI ``--format json``, REST API)."""
        return {
            "answer": self.answer,
            "citations": [c.public() for c in self.citations],
            "abstained": self.abstained,
            "handover": self.handover,
            "session_id": self.session_id,
            "mode": self.mode,
            "disclosure": self.disclosure,
        }


@dataclass(frozen=True)
class AdvisorEvent:
    """A piece of a streamed answer: ``token`` (text to append) or ``final`` (the answer)."""

    kind: Literal["token", "final"]
    text: str = ""
    answer: AdvisorAnswer | None = None


@dataclass(frozen=True)
class CallbackRequest:
    """A person's request to be called back, with only the data they chose to give."""

    session_id: str
    topic: str
    consent: bool
    name: str = ""
    phone: str = ""
    email: str = ""
    preferred_time: str = ""

    def given_fields(self) -> list[str]:
        return [
            name
            for name in ("name", "phone", "email", "preferred_time")
            if getattr(self, name).strip()
        ]


class CallbackDesk(Protocol):
    """Opens a callback ticket for the economic-development office (the ticket port)."""

    def open_callback(self, request: CallbackRequest) -> str:
        """Create the ticket once per request and return its id."""
        ...


class GroundedWriter(Protocol):
    """A model that writes an answer from numbered passages (``agents.advisor_llm``)."""

    @property
    def mode(self) -> str: ...

    @property
    def model_name(self) -> str: ...

    @property
    def prompt_id(self) -> str: ...

    def write(
        self,
        question: str,
        history: list[tuple[str, str]],
        passages: list[Passage],
        search: KnowledgeIndex,
        signals: set[str],
    ) -> Iterator[str]:
        """Stream the answer text; numbers [n] refer to ``passages`` (extended by searches).

        ``signals`` collects what the model asked for besides text: ``callback`` when it
        offered the person a callback (the ticket itself needs the person's consent).
        """
        ...


# ---------------------------------------------------------------- conversations


class ConversationStore:
    """Conversations with retention: redacted user text and answers, deleted when expired."""

    def __init__(self, db: Database, *, retention: timedelta) -> None:
        self.db = db
        self.retention = retention

    def open(self, session_id: str | None) -> tuple[str, bool]:
        """The live session of that id, or a new one; returns (id, created)."""
        now = utcnow()
        with self.db.session() as session:
            if session_id:
                row = session.get(AdvisorSessionRow, session_id)
                if row is not None and row.expires_at > now:
                    row.last_active = now
                    row.expires_at = now + self.retention
                    return row.id, False
            new_id = uuid.uuid4().hex
            session.add(
                AdvisorSessionRow(
                    id=new_id, created_at=now, last_active=now, expires_at=now + self.retention
                )
            )
        self.purge_expired()
        return new_id, True

    def add(self, session_id: str, role: str, text: str, citations: list[str]) -> None:
        with self.db.session() as session:
            session.add(
                AdvisorMessageRow(session_id=session_id, role=role, text=text, citations=citations)
            )

    def history(self, session_id: str, limit: int = 6) -> list[tuple[str, str]]:
        """The last ``limit`` answered turns (role, redacted text), oldest first."""
        with self.db.session() as session:
            rows = session.execute(
                select(AdvisorMessageRow.role, AdvisorMessageRow.text)
                .where(
                    AdvisorMessageRow.session_id == session_id,
                    AdvisorMessageRow.role.in_(("user", "assistant")),
                )
                .order_by(AdvisorMessageRow.id.desc())
                .limit(limit)
            ).all()
        return [(role, text) for role, text in reversed(rows)]

    def purge_expired(self) -> int:
        """Delete expired conversations with their messages; returns how many."""
        now = utcnow()
        with self.db.session() as session:
            expired = list(
                session.scalars(
                    select(AdvisorSessionRow.id).where(AdvisorSessionRow.expires_at <= now)
                ).all()
            )
            if expired:
                session.execute(
                    delete(AdvisorMessageRow).where(AdvisorMessageRow.session_id.in_(expired))
                )
                session.execute(delete(AdvisorSessionRow).where(AdvisorSessionRow.id.in_(expired)))
        if expired:
            logger.info("advisor: %d expired conversations deleted", len(expired))
        return len(expired)

    def exists(self, session_id: str) -> bool:
        with self.db.session() as session:
            row = session.get(AdvisorSessionRow, session_id)
            return row is not None and row.expires_at > utcnow()


# ---------------------------------------------------------------- the advisor


@dataclass
class _Turn:
    session_id: str
    created: bool
    question: str
    redacted: str
    started: float
    query: str = ""
    details: dict[str, object] = field(default_factory=dict)


class Advisor:
    """Answers questions in German from the knowledge base, with citations and guardrails."""

    def __init__(
        self,
        *,
        index: KnowledgeIndex,
        catalogue: ServiceCatalogue,
        conversations: ConversationStore,
        audit: AuditLog,
        redactor: Redactor,
        min_relevance: float,
        cue_free_relevance: float = 0.6,
        writer: GroundedWriter | None = None,
        intents: IntentClassifier | None = None,
        intent_min_share: float = 0.6,
        callback_desk: CallbackDesk | None = None,
        handover_article: str = "wirtschaftsfoerderung-musterstadt",
        max_chars: int = 2000,
    ) -> None:
        self.index = index
        self.catalogue = catalogue
        self.conversations = conversations
        self.audit = audit
        self.redactor = redactor
        self.min_relevance = min_relevance
        self.cue_free_relevance = cue_free_relevance
        self.writer = writer
        self.intents = intents
        self.intent_min_share = intent_min_share
        self.callback_desk = callback_desk
        self.handover_article = handover_article
        self.max_chars = max_chars

    @property
    def city(self) -> str:
        return self.catalogue.city

    @property
    def mode(self) -> str:
        return self.writer.mode if self.writer else "extractive"

    def start(self) -> tuple[str, str]:
        """Open a conversation: (session id, disclosure)."""
        session_id, _ = self.conversations.open(None)
        return session_id, disclosure(self.city)

    def ask(self, question: str, session_id: str | None = None) -> AdvisorAnswer:
        """Answer one message (the non-streaming form of ``stream``)."""
        final: AdvisorAnswer | None = None
        for event in self.stream(question, session_id):
            if event.kind == "final":
                final = event.answer
        assert final is not None
        return final

    def stream(self, question: str, session_id: str | None = None) -> Iterator[AdvisorEvent]:
        """Answer one message as text pieces, then the final answer."""
        question = _clean(question)
        if not question:
            raise AdvisorInputError("Bitte stellen Sie eine Frage.")
        if len(question) > self.max_chars:
            raise AdvisorInputError(
                f"Die Nachricht ist zu lang (höchstens {self.max_chars} Zeichen). "
                "Bitte stellen Sie Ihre Frage kürzer."
            )
        started = time.perf_counter()
        sid, created = self.conversations.open(session_id)
        redacted = self.redactor.redact(question).text
        turn = _Turn(sid, created, question, redacted, started)
        history = self.conversations.history(sid)
        turn.query = _with_context(question, history)
        intent, outside = self._intent(turn)
        if outside:
            events = self._out_of_scope(turn)
        elif intent is Intent.QUESTION:
            events = self._answer(turn, history)
        else:
            events = self._by_rule(turn, intent)
        final: AdvisorAnswer | None = None
        for event in events:
            if event.kind == "final":
                final = event.answer
            else:
                yield event
        assert final is not None
        final.latency_ms = round((time.perf_counter() - started) * 1000)
        if created:
            final.disclosure = disclosure(self.city)
        self._record(turn, final)
        yield AdvisorEvent("final", final.answer, final)

    def _intent(self, turn: _Turn) -> tuple[Intent, bool]:
        """The guardrail intent and whether the message lies outside the advisor's domain.

        The rules decide first; the example classifier may add a refusal, a handover or an
        out-of-scope verdict to a message the rules let through, never the other way round.
        """
        intent = detect_intent(turn.question)
        turn.details["intent_source"] = "rules"
        if intent is Intent.QUESTION and is_private_matter(turn.question):
            return intent, True
        if intent is not Intent.QUESTION or self.intents is None:
            return intent, False
        vote = self.intents.vote(turn.query)
        turn.details["intent_vote"] = [vote.label, round(vote.share, 2)]
        if vote.label == Intent.QUESTION.value or vote.share < self.intent_min_share:
            return intent, False
        turn.details["intent_source"] = "examples"
        if vote.intent is None:
            return Intent.QUESTION, True
        return vote.intent, False

    def _out_of_scope(self, turn: _Turn) -> Iterator[AdvisorEvent]:
        text = (
            f"Dazu finde ich in der Wissensbasis der Wirtschaftsförderung {self.city} "
            "nichts Passendes. Ich beantworte Fragen rund um Gründung, Gewerbe, "
            "Genehmigungen, Förderung und Standort. Für andere Anliegen wenden Sie sich "
            f"bitte an die Wirtschaftsförderung {self.city} oder das Bürgerbüro der Stadt; "
            "schreiben Sie „Rückruf“, wenn Sie zurückgerufen werden möchten."
        )
        answer = self._make(turn, text, [], abstained=True, handover=False)
        yield AdvisorEvent("token", text)
        yield AdvisorEvent("final", text, answer)

    # ------------------------------------------------------------ rules

    def _by_rule(self, turn: _Turn, intent: Intent) -> Iterator[AdvisorEvent]:
        office = f"die Wirtschaftsförderung {self.city}"
        citations: list[Citation] = []
        if intent is Intent.HANDOVER:
            passages = self.index.article_passages(self.handover_article, limit=1)
            citations = self._citations(passages)
            text = (
                f"Gern stelle ich den Kontakt zur Wirtschaftsförderung {self.city} her. "
                "Eine Mitarbeiterin oder ein Mitarbeiter kann Sie zurückrufen: Dafür brauche "
                "ich Ihre ausdrückliche Einwilligung und nur die Angaben, die Sie machen "
                "möchten (zum Beispiel Name und Telefonnummer), im Rückrufformular. "
                "Sie können sich auch direkt an die Wirtschaftsförderung wenden"
                + (" [1]." if citations else ".")
            )
            answer = self._make(turn, text, citations, abstained=False, handover=True)
        elif intent is Intent.INJECTION:
            text = (
                "Meine Regeln kann ich nicht ändern: Ich beantworte Fragen zur Gründung und "
                f"zur Unternehmensführung in {self.city} nur aus der Wissensbasis der Stadt, "
                "immer mit Quellen und ohne individuelle Rechts- oder Steuerberatung. "
                "Stellen Sie Ihre Frage gern noch einmal ohne Anweisungen an mich."
            )
            answer = self._make(turn, text, [], abstained=True, handover=False)
        else:
            legal = intent is Intent.LEGAL_ADVICE
            what = "rechtliche Einschätzung" if legal else "steuerliche Beratung"
            law = "Rechtsdienstleistungsgesetz" if legal else "Steuerberatungsgesetz"
            who = (
                "eine Rechtsanwältin oder einen Rechtsanwalt, bei Fragen Ihres Betriebs auch "
                "Ihre Kammer (IHK oder Handwerkskammer)"
                if legal
                else "eine Steuerberaterin oder einen Steuerberater oder Ihr Finanzamt"
            )
            text = (
                f"Eine {what} Ihres Einzelfalls darf ich nicht geben ({law}). Bitte wenden "
                f"Sie sich dafür an {who}. Allgemeine Informationen zum Verfahren und einen "
                f"Kontakt zu {office} gebe ich Ihnen gern."
            )
            result = self.index.search(turn.question)
            if self.relevant(result, turn.question):
                citations = self._citations(result.passages[:1])
                text += " Allgemeine Hinweise finden Sie hier [1]."
            answer = self._make(turn, text, citations, abstained=True, handover=False)
        answer.intent = intent
        yield AdvisorEvent("token", answer.answer)
        yield AdvisorEvent("final", answer.answer, answer)

    # ------------------------------------------------------------ answers

    def _answer(self, turn: _Turn, history: list[tuple[str, str]]) -> Iterator[AdvisorEvent]:
        query = turn.query
        result = self.index.search(query)
        turn.details["relevance"] = round(result.relevance, 3)
        if not self.relevant(result, query):
            for event in self._out_of_scope(turn):
                if event.answer is not None:
                    event.answer.relevance = result.relevance
                yield event
            return
        answer = self._written(turn, history, result) if self.writer is not None else None
        if answer is None:
            answer = self._extractive(turn, result)
        for piece in _pieces(answer.answer):
            yield AdvisorEvent("token", piece)
        yield AdvisorEvent("final", answer.answer, answer)

    def relevant(self, result: SearchResult, question: str) -> bool:
        """Whether the knowledge base answers the question (otherwise: abstain).

        Outside the domain (no word of starting or running a business) a much closer match
        is required than inside it.
        """
        if not result.passages:
            return False
        needed = self.min_relevance if has_business_cue(question) else self.cue_free_relevance
        return result.relevance >= needed

    def _extractive(self, turn: _Turn, result: SearchResult) -> AdvisorAnswer:
        chosen = _choose(result.passages)
        citations = self._citations(chosen)
        lines = [
            "Automatisch zusammengestellte Auszüge aus der Wissensbasis (kein frei "
            "formulierter Text): Diese Abschnitte passen am besten zu Ihrer Frage."
        ]
        for citation in citations:
            lines.append(
                f"[{citation.number}] {citation.title} – {citation.heading}: {citation.snippet}"
            )
        lines.extend(self._footer(citations))
        answer = self._make(turn, "\n\n".join(lines), citations, abstained=False, handover=False)
        answer.mode = "extractive"
        answer.relevance = result.relevance
        return answer

    def _written(
        self, turn: _Turn, history: list[tuple[str, str]], result: SearchResult
    ) -> AdvisorAnswer | None:
        """The model's checked answer, or None when it cannot be used (the caller falls back).

        The model's text is collected and checked before anything is shown: a stream that
        later turned out uncited could not be taken back from the reader.
        """
        assert self.writer is not None
        passages = list(_choose(result.passages, limit=5))
        turn.details.update(model=self.writer.model_name, prompt=self.writer.prompt_id)
        signals: set[str] = set()
        try:
            pieces = self.writer.write(turn.redacted, history, passages, self.index, signals)
            text = "".join(pieces).strip()
        except Exception as exc:  # any model or tool failure: the extracts answer instead
            turn.details["fallback"] = type(exc).__name__
            logger.warning("advisor model failed (%s); extractive answer", type(exc).__name__)
            return None
        used = sorted({int(n) for n in _CITATION_RE.findall(text) if 1 <= int(n) <= len(passages)})
        if not used or NO_INFORMATION in text:
            turn.details["fallback"] = "no_citation" if not used else "no_information"
            return None
        # Only the passages the text cites become citations, renumbered 1..k in order.
        renumber = {old: new for new, old in enumerate(used, start=1)}
        text = _CITATION_RE.sub(
            lambda m: f"[{renumber[int(m.group(1))]}]" if int(m.group(1)) in renumber else "",
            text,
        )
        citations = self._citations([passages[n - 1] for n in used])
        body = "\n\n".join([text, *self._footer(citations)])
        # The model offered a callback: the page shows the consent form (handover).
        handover = "callback" in signals
        answer = self._make(turn, body, citations, abstained=False, handover=handover)
        answer.mode = self.writer.mode
        answer.relevance = result.relevance
        return answer

    def _footer(self, citations: list[Citation]) -> list[str]:
        lines: list[str] = []
        offices = self.responsible_offices([c.slug for c in citations])
        if offices:
            lines.append("Zuständig: " + "; ".join(offices) + ".")
        if citations:
            oldest, newest = min(c.as_of for c in citations), max(c.as_of for c in citations)
            when = _german_date(oldest)
            if newest != oldest:
                when = f"{when} bis {_german_date(newest)}"
            lines.append(
                f"Stand der Angaben: {when}. Beträge, Fristen und "
                "Förderbedingungen ändern sich; maßgeblich sind die verlinkten Quellen."
            )
        return lines

    def responsible_offices(self, slugs: list[str]) -> list[str]:
        """The catalogue services named by these articles, as "office (service, LeiKa)"."""
        seen: list[str] = []
        for service_id in self.index.services_of(slugs):
            try:
                service = self.catalogue.get(service_id)
            except KeyError:
                continue
            leika = f", LeiKa {service.leika}" if service.leika else ""
            line = f"{service.office} (Leistung „{service.label}“{leika})"
            if line not in seen:
                seen.append(line)
        return seen

    def _citations(self, passages: list[Passage]) -> list[Citation]:
        return [
            Citation(
                number=number,
                title=p.title,
                source_url=p.source_url,
                as_of=p.as_of,
                snippet=p.snippet,
                slug=p.slug,
                heading=p.heading,
            )
            for number, p in enumerate(passages, start=1)
        ]

    def _make(
        self,
        turn: _Turn,
        text: str,
        citations: list[Citation],
        *,
        abstained: bool,
        handover: bool,
    ) -> AdvisorAnswer:
        return AdvisorAnswer(
            session_id=turn.session_id,
            answer=text,
            citations=citations,
            abstained=abstained,
            handover=handover,
            intent=Intent.QUESTION,
            mode="rule" if abstained or handover else self.mode,
        )

    def _record(self, turn: _Turn, answer: AdvisorAnswer) -> None:
        slugs = [c.slug for c in answer.citations]
        # Declined, abstained and handover turns are kept apart: they must not become the
        # context of a follow-up (an instruction would otherwise reach retrieval or a model).
        answered = answer.intent is Intent.QUESTION and not answer.abstained
        user_role, assistant_role = ("user", "assistant") if answered else DECLINED_ROLES
        self.conversations.add(turn.session_id, user_role, turn.redacted, [])
        self.conversations.add(turn.session_id, assistant_role, answer.answer, slugs)
        details: dict[str, object] = {
            "session": turn.session_id,
            "intent": answer.intent.value,
            "abstained": answer.abstained,
            "handover": answer.handover,
            "mode": answer.mode,
            "citations": slugs,
            "latency_ms": answer.latency_ms,
            **turn.details,
        }
        self.audit.append("advisor.answered", actor=ACTOR, details=details)
        logger.info(
            "advisor: %s, %d citations, abstained=%s, %d ms",
            answer.intent.value,
            len(slugs),
            answer.abstained,
            answer.latency_ms,
        )

    # ------------------------------------------------------------ handover

    def request_callback(self, request: CallbackRequest) -> str:
        """Open a callback ticket after explicit consent; returns the ticket id."""
        if not request.consent:
            raise AdvisorInputError(
                "Für einen Rückruf brauchen wir Ihre ausdrückliche Einwilligung."
            )
        if not (request.phone.strip() or request.email.strip()):
            raise AdvisorInputError(
                "Bitte geben Sie eine Telefonnummer oder E-Mail-Adresse für den Rückruf an."
            )
        if self.callback_desk is None:
            raise AdvisorInputError("Rückrufe sind in dieser Installation nicht eingerichtet.")
        if not self.conversations.exists(request.session_id):
            raise AdvisorInputError("Das Gespräch ist abgelaufen; bitte beginnen Sie neu.")
        try:
            ticket = self.callback_desk.open_callback(request)
        except DeliveryError:
            logger.warning("callback ticket could not be created", exc_info=True)
            raise AdvisorInputError(
                "Der Rückrufwunsch konnte gerade nicht angelegt werden. Bitte versuchen Sie es "
                "später erneut oder wenden Sie sich direkt an die Wirtschaftsförderung."
            ) from None
        self.audit.append(
            "advisor.callback_requested",
            actor=ACTOR,
            details={
                "session": request.session_id,
                "ticket": ticket,
                "fields_given": request.given_fields(),
                "consent": True,
            },
        )
        return ticket


def _with_context(question: str, history: list[tuple[str, str]]) -> str:
    """The question, preceded by the previous one when it is a short follow-up.

    "Und was kostet das?" means the previous question's subject; the previous question is the
    stored (redacted) text.
    """
    previous = [text for role, text in history if role == "user"]
    if previous and len(question.split()) < FOLLOW_UP_WORDS:
        return f"{previous[-1]} {question}"
    return question


def _clean(text: str) -> str:
    # Other spaces (no-break, thin) become plain spaces; control characters go.
    text = "".join(" " if ch.isspace() and ch != "\n" else ch for ch in text)
    text = "".join(ch for ch in text if ch == "\n" or ch.isprintable())
    return re.sub(r"[ \t]+", " ", text).strip()


def _choose(passages: list[Passage], limit: int = MAX_CITATIONS) -> list[Passage]:
    """Best section of each of the first articles, then further sections, up to ``limit``."""
    firsts: list[Passage] = []
    rest: list[Passage] = []
    seen: set[str] = set()
    for passage in passages:
        (rest if passage.slug in seen else firsts).append(passage)
        seen.add(passage.slug)
    chosen = firsts[:2] + rest[:1] + firsts[2:] + rest[1:]
    return chosen[:limit]


def _pieces(text: str) -> Iterator[str]:
    """Split text into streamable pieces (sentences and paragraph breaks kept)."""
    for match in re.finditer(r"[^.!?\n]*(?:[.!?]+|\n+|$)", text):
        if match.group(0):
            yield match.group(0)


def _german_date(iso: str) -> str:
    try:
        return date.fromisoformat(iso).strftime("%d.%m.%Y")
    except ValueError:
        return iso
