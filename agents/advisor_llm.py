"""Model-written advisor answers: one grounded call, or a LangChain tool-calling agent.

``GroundedLLMWriter`` sends the numbered passages the retriever found together with the
(redacted) question in one prompt (``prompts/advise``) and streams the answer. It works with
any chat model, the embedded SmolLM2 included, which exercises the plumbing here; real quality
needs an operator-supplied model.

``AgentWriter`` is a LangChain agent: the model gets the tools ``search_knowledge``,
``responsible_office`` and ``request_callback`` (``prompts/advise_agent``) and decides what
to search; every search result is numbered on from the passages the advisor retrieved up
front, so [n] stays unambiguous across calls. ``request_callback`` cannot create a ticket by
itself: a model cannot consent for a person. It marks the answer as a handover, the chat page
and ``rathaus chat`` then ask the person for consent and the data they want to give, and
``Advisor.request_callback`` opens the ticket.

Both check every prompt to a non-local endpoint with the outgoing-prompt guard, and both
raise ``LLMUnavailableError``/``LLMOutputError``; the advisor then answers extractively.
The advisor verifies the citations of whatever text comes back.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from typing import Any

from agents.llm import LLMEndpoint
from agents.retrieval import KnowledgeIndex, Passage
from core.catalogue import ServiceCatalogue
from core.errors import LLMOutputError, LLMUnavailableError
from prompts import load
from redaction.guard import guard_prompt

logger = logging.getLogger(__name__)

MAX_TOOL_ROUNDS = 4
COMPACT_PASSAGES = 2
_TAG_RE = re.compile(r"(?i)<\s*/?\s*dokument\s*>")


def _history_text(history: list[tuple[str, str]]) -> str:
    lines = []
    for role, text in history[-4:]:
        speaker = "Frage" if role == "user" else "Antwort"
        lines.append(f"{speaker}: {text[:600]}")
    return "\n".join(lines)


def number_passages(passages: list[Passage], start: int = 1, max_chars: int = 0) -> str:
    """Passages as the numbered source block of a prompt (each cut to ``max_chars`` if set)."""
    blocks = []
    for number, passage in enumerate(passages, start=start):
        body = _TAG_RE.sub("[dokument]", passage.text)
        if max_chars and len(body) > max_chars:
            body = body[:max_chars].rsplit(" ", 1)[0] + " …"
        blocks.append(
            f"[{number}] {passage.title} – {passage.heading} (Stand: {passage.as_of})\n{body}"
        )
    return "\n\n".join(blocks)


def guard_user_text(question: str, history: list[tuple[str, str]]) -> None:
    """The outgoing-prompt guard over what came from the user (already redacted).

    Only the user's words are checked: the knowledge base is the city's own public text, and
    its regulation numbers ("VO (EG) 852/2004") look like the digit runs the guard stops.
    """
    guard_prompt("\n".join([question, *(text for role, text in history if role == "user")]))


def _translate(exc: Exception) -> Exception | None:
    import openai

    if isinstance(exc, openai.APITimeoutError | openai.APIConnectionError):
        return LLMUnavailableError(f"LLM nicht erreichbar ({type(exc).__name__})")
    if isinstance(exc, openai.APIStatusError):
        if exc.status_code == 429 or exc.status_code >= 500:
            return LLMUnavailableError(f"LLM antwortet mit HTTP {exc.status_code}")
        return LLMOutputError(f"LLM lehnt die Anfrage ab (HTTP {exc.status_code})")
    return None


def _text(content: object) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(p.get("text", "") if isinstance(p, dict) else str(p) for p in content)
    return str(content)


class _ModelWriter:
    """What both writers share: the endpoint, its chat model and a released prompt."""

    def __init__(
        self, endpoint: LLMEndpoint, *, city: str, task: str, chat_model: Any | None
    ) -> None:
        self.endpoint = endpoint
        self.city = city
        self._chat = chat_model if chat_model is not None else endpoint.chat_model()
        self.prompt = load(task)

    @property
    def model_name(self) -> str:
        return f"{self.endpoint.provider}:{self.endpoint.model}"

    @property
    def prompt_id(self) -> str:
        return self.prompt.prompt_id


class GroundedLLMWriter(_ModelWriter):
    """One call: numbered passages and question in, streamed answer out."""

    @property
    def mode(self) -> str:
        return "grounded"

    def __init__(self, endpoint: LLMEndpoint, *, city: str, chat_model: Any | None = None) -> None:
        super().__init__(endpoint, city=city, task="advise", chat_model=chat_model)

    def write(
        self,
        question: str,
        history: list[tuple[str, str]],
        passages: list[Passage],
        search: KnowledgeIndex,
        signals: set[str],
    ) -> Iterator[str]:
        from langchain_core.messages import HumanMessage, SystemMessage

        # The embedded model's llama.cpp build slows down sharply beyond ~500 prompt tokens:
        # it gets the first passages, shortened (EMBEDDED_DOCUMENT_CHARS in total).
        if self.endpoint.compact_prompts:
            shown = passages[:COMPACT_PASSAGES]
            limit = self.endpoint.max_document_chars // COMPACT_PASSAGES
        else:
            shown, limit = passages, 0
        data = f"Quellen:\n{number_passages(shown, max_chars=limit)}\n\n"
        if history:
            data += f"Bisheriges Gespräch:\n{_history_text(history)}\n\n"
        data += f"Frage: {question}"
        rendered = self.prompt.render(document=data, city=self.city)
        if not self.endpoint.local:
            guard_user_text(question, history)
        messages = [SystemMessage(rendered.system), HumanMessage(rendered.user)]
        try:
            if self.endpoint.provider == "embedded":
                # The embedded llama-cpp-python server closes streamed responses early here
                # (incomplete chunked read, nothing in its log): ask for the whole answer.
                yield _text(self._chat.invoke(messages).content)
                return
            for chunk in self._chat.stream(messages):
                text = _text(chunk.content)
                if text:
                    yield text
        except Exception as exc:
            translated = _translate(exc)
            if translated is None:
                raise
            raise translated from None


class AgentWriter(_ModelWriter):
    """A LangChain tool-calling agent over the knowledge base and the service catalogue."""

    @property
    def mode(self) -> str:
        return "agent"

    def __init__(
        self,
        endpoint: LLMEndpoint,
        *,
        city: str,
        catalogue: ServiceCatalogue,
        chat_model: Any | None = None,
    ) -> None:
        super().__init__(endpoint, city=city, task="advise_agent", chat_model=chat_model)
        self.catalogue = catalogue

    def tools(
        self, search: KnowledgeIndex, passages: list[Passage], signals: set[str]
    ) -> list[Any]:
        """The tools offered to the model; searches append to ``passages`` (numbered on)."""
        from langchain_core.tools import StructuredTool

        def search_knowledge(query: str) -> str:
            """Durchsucht die Wissensbasis der Stadt und gibt nummerierte Fundstellen zurück."""
            known = {p.section_id for p in passages}
            found = [p for p in search.search(query).passages if p.section_id not in known]
            if not found:
                return "Keine weiteren Fundstellen."
            start = len(passages) + 1
            passages.extend(found)
            return number_passages(found, start=start)

        def responsible_office(thema: str) -> str:
            """Nennt das zuständige Amt der Stadt und die Leistung zu einem Thema."""
            return responsible_office_text(self.catalogue, search, thema)

        def request_callback(thema: str) -> str:
            """Bietet der Person einen Rückruf der Wirtschaftsförderung an (Thema kurz)."""
            # The model cannot consent for the person: this only opens the consent form; the
            # ticket is created when the person submits it (Advisor.request_callback).
            signals.add("callback")
            return (
                "Rückruf angeboten. Die Person sieht jetzt ein Formular, in dem sie einwilligt und "
                "nur die Kontaktdaten angibt, die sie geben möchte. Frage selbst keine "
                "Kontaktdaten ab."
            )

        return [
            StructuredTool.from_function(search_knowledge, name="search_knowledge"),
            StructuredTool.from_function(responsible_office, name="responsible_office"),
            StructuredTool.from_function(request_callback, name="request_callback"),
        ]

    def write(
        self,
        question: str,
        history: list[tuple[str, str]],
        passages: list[Passage],
        search: KnowledgeIndex,
        signals: set[str],
    ) -> Iterator[str]:
        from langchain_core.messages import HumanMessage, SystemMessage, ToolMessage

        tools = {t.name: t for t in self.tools(search, passages, signals)}
        data = ""
        if passages:
            data += f"Bereits gefundene Quellen:\n{number_passages(passages)}\n\n"
        if history:
            data += f"Bisheriges Gespräch:\n{_history_text(history)}\n\n"
        data += f"Frage: {question}"
        rendered = self.prompt.render(document=data, city=self.city)
        if not self.endpoint.local:
            guard_user_text(question, history)
        messages: list[Any] = [SystemMessage(rendered.system), HumanMessage(rendered.user)]
        model = self._chat.bind_tools(list(tools.values()))
        for _ in range(MAX_TOOL_ROUNDS):
            reply = self._invoke(model, messages)
            calls = getattr(reply, "tool_calls", None) or []
            if not calls:
                text = _text(reply.content)
                if text.strip():
                    yield text
                return
            messages.append(reply)
            for call in calls:
                tool = tools.get(call["name"])
                if tool is None:
                    result = f"Unbekanntes Werkzeug: {call['name']}"
                else:
                    try:
                        result = str(tool.invoke(call.get("args") or {}))
                    except Exception as exc:  # bad arguments from the model: tell it, go on
                        logger.info("advisor tool %s failed: %s", call["name"], type(exc).__name__)
                        result = f"Fehler beim Aufruf von {call['name']}: ungültige Argumente"
                messages.append(ToolMessage(result, tool_call_id=call["id"]))
        raise LLMOutputError("Das Modell hat nach mehreren Werkzeugaufrufen nicht geantwortet")

    def _invoke(self, model: Any, messages: list[Any]) -> Any:
        try:
            return model.invoke(messages)
        except Exception as exc:
            translated = _translate(exc)
            if translated is None:
                raise
            raise translated from None


def responsible_office_text(catalogue: ServiceCatalogue, search: KnowledgeIndex, topic: str) -> str:
    """The catalogue services behind the articles that best match ``topic``, as text."""
    ids: list[str] = []
    if topic.strip() in catalogue:
        ids = [topic.strip()]
    else:
        ids = search.services_of(search.search(topic).articles())
    lines = []
    for service_id in [i for i in ids if i in catalogue][:3]:
        service = catalogue.get(service_id)
        lines.append(
            json.dumps(
                {
                    "leistung": service.label,
                    "amt": service.office,
                    "leika": service.leika,
                },
                ensure_ascii=False,
            )
        )
    return "\n".join(lines) or "Kein Amt im Leistungskatalog gefunden: Ansprechpartner ist die " + (
        "Wirtschaftsförderung."
    )
