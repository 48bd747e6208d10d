"""Structured calls to a chat model behind any OpenAI-compatible endpoint (LangChain).

Servers differ in how they constrain output, so the method is configurable:

``json_schema``
    OpenAI's strict structured outputs (OpenAI, Azure OpenAI, vLLM).
``function_calling``
    The schema as a tool the model must call (most servers, llama.cpp included).
``json_object``
    JSON mode with the schema passed along (llama.cpp turns it into a grammar); the answer is
    parsed leniently (``strict=False``: small models put raw newlines into strings) and then
    validated against the schema like every other answer.

Every call is checked by the outgoing-prompt guard unless the endpoint is local, returns the
prompt id, model, input hash and latency for the audit log, and raises ``LLMUnavailableError``
for transport problems (after the client's own retries; Temporal retries the activity) and
``LLMOutputError`` for answers that do not fit the schema (the document goes to review).
Prompts and answers are never logged.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, SecretStr, ValidationError

from core.errors import ConfigurationError, LLMOutputError, LLMUnavailableError
from core.settings import LLMSettings
from prompts import RenderedPrompt
from redaction.guard import guard_prompt

logger = logging.getLogger(__name__)

StructuredMethod = Literal["json_schema", "function_calling", "json_object"]
# The embedded SmolLM2 on llama.cpp: prompts beyond ~500 tokens get slow here (~50 tokens/s).
EMBEDDED_DOCUMENT_CHARS = 1200


@dataclass(frozen=True)
class LLMEndpoint:
    """Where the chat model runs and how to talk to it."""

    provider: Literal["embedded", "openai", "azure"]
    model: str
    base_url: str = ""
    api_key: SecretStr = field(default_factory=lambda: SecretStr(""))
    structured_output: StructuredMethod = "json_object"
    timeout_seconds: float = 60.0
    max_retries: int = 0
    max_tokens: int = 512
    max_document_chars: int = 6000
    compact_prompts: bool = False
    local: bool = False
    azure_endpoint: str = ""
    azure_deployment: str = ""
    api_version: str = ""

    @classmethod
    def from_settings(cls, llm: LLMSettings, *, base_url: str | None = None) -> LLMEndpoint:
        """The endpoint of the settings; ``base_url`` is the embedded server's address."""
        if llm.provider == "none":
            raise ConfigurationError(
                "an LLM is required by the configured classifier/extractor, "
                "but RATHAUS_LLM__PROVIDER=none"
            )
        if llm.provider == "embedded":
            if not base_url:
                raise ConfigurationError("the embedded LLM server is not running")
            return cls(
                provider="embedded",
                model=llm.model or "smollm2-135m-instruct",
                base_url=base_url,
                api_key=SecretStr("embedded"),
                structured_output=llm.structured_output or "json_object",
                timeout_seconds=llm.timeout_seconds,
                max_retries=llm.max_retries,
                max_document_chars=min(llm.max_document_chars, EMBEDDED_DOCUMENT_CHARS),
                compact_prompts=True,
                local=True,
            )
        if llm.provider == "azure":
            if not (llm.azure_endpoint and llm.azure_deployment):
                raise ConfigurationError(
                    "Azure OpenAI needs RATHAUS_LLM__AZURE_ENDPOINT and "
                    "RATHAUS_LLM__AZURE_DEPLOYMENT"
                )
            return cls(
                provider="azure",
                model=llm.model or llm.azure_deployment,
                api_key=llm.api_key,
                structured_output=llm.structured_output or "json_schema",
                timeout_seconds=llm.timeout_seconds,
                max_retries=llm.max_retries,
                max_document_chars=llm.max_document_chars,
                compact_prompts=llm.compact_prompts,
                local=llm.local,
                azure_endpoint=llm.azure_endpoint,
                azure_deployment=llm.azure_deployment,
                api_version=llm.api_version,
            )
        if not (llm.base_url and llm.model):
            raise ConfigurationError(
                "an OpenAI-compatible LLM needs RATHAUS_LLM__BASE_URL and RATHAUS_LLM__MODEL"
            )
        return cls(
            provider="openai",
            model=llm.model,
            base_url=base_url or llm.base_url,
            api_key=llm.api_key if llm.api_key.get_secret_value() else SecretStr("unused"),
            structured_output=llm.structured_output or "json_schema",
            timeout_seconds=llm.timeout_seconds,
            max_retries=llm.max_retries,
            max_document_chars=llm.max_document_chars,
            compact_prompts=llm.compact_prompts,
            local=llm.local,
        )

    def chat_model(self) -> Any:
        """The LangChain chat model for this endpoint (temperature 0: same input, same answer)."""
        if self.provider == "azure":
            from langchain_openai import AzureChatOpenAI

            return AzureChatOpenAI(
                azure_endpoint=self.azure_endpoint,
                azure_deployment=self.azure_deployment,
                api_version=self.api_version,
                api_key=self.api_key,
                temperature=0,
                timeout=self.timeout_seconds,
                max_retries=self.max_retries,
                max_tokens=self.max_tokens,
            )
        from langchain_openai import ChatOpenAI

        # ChatOpenAI sends the limit as OpenAI's newer "max_completion_tokens", which
        # llama-cpp-python's server ignores: without "max_tokens" the embedded model writes
        # until its context is full (minutes). Sent as both for the embedded server.
        extra_body = {"max_tokens": self.max_tokens} if self.provider == "embedded" else None
        return ChatOpenAI(
            model=self.model,
            base_url=self.base_url,
            api_key=self.api_key,
            temperature=0,
            timeout=self.timeout_seconds,
            max_retries=self.max_retries,
            max_tokens=self.max_tokens,
            extra_body=extra_body,
        )


@dataclass(frozen=True)
class LLMCall:
    """A validated answer and what the audit log records about the call."""

    data: BaseModel
    prompt_id: str
    prompt_sha256: str
    model: str
    input_sha256: str
    latency_ms: int

    def audit_details(self) -> dict[str, object]:
        return {
            "prompt": self.prompt_id,
            "prompt_sha256": self.prompt_sha256[:16],
            "model": self.model,
            "input_sha256": self.input_sha256,
            "latency_ms": self.latency_ms,
        }


def input_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


class StructuredLLM:
    """Sends a rendered prompt and returns an answer validated against a pydantic schema."""

    def __init__(self, endpoint: LLMEndpoint, chat_model: Any | None = None) -> None:
        self.endpoint = endpoint
        self._chat = chat_model if chat_model is not None else endpoint.chat_model()

    @property
    def model_name(self) -> str:
        return f"{self.endpoint.provider}:{self.endpoint.model}"

    def invoke(self, prompt: RenderedPrompt, schema: type[BaseModel], *, source: str) -> LLMCall:
        """Call the model; ``source`` is the redacted text the prompt was built from."""
        if not self.endpoint.local:
            # Raises PromptBlocked: the caller sends the document to review.
            guard_prompt(prompt.user)
        from langchain_core.messages import HumanMessage, SystemMessage

        messages = [SystemMessage(prompt.system), HumanMessage(prompt.user)]
        started = time.perf_counter()
        raw = self._send(messages, schema)
        latency_ms = round((time.perf_counter() - started) * 1000)
        try:
            data = schema.model_validate(raw)
        except ValidationError as exc:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e['loc']) or 'Antwort'}: {e['type']}"
                for e in exc.errors()[:5]
            )
            raise LLMOutputError(f"LLM-Antwort passt nicht zum Schema ({problems})") from None
        logger.info(
            "llm call %s on %s: %d ms", prompt.prompt_id, self.endpoint.provider, latency_ms
        )
        return LLMCall(
            data=data,
            prompt_id=prompt.prompt_id,
            prompt_sha256=prompt.sha256,
            model=self.model_name,
            input_sha256=input_hash(source),
            latency_ms=latency_ms,
        )

    def _send(self, messages: list[Any], schema: type[BaseModel]) -> object:
        import openai

        json_schema = schema.model_json_schema()
        method = self.endpoint.structured_output
        try:
            if method == "json_object":
                bound = self._chat.bind(
                    response_format={"type": "json_object", "schema": json_schema}
                )
                reply = bound.invoke(messages)
                return _parse_json(_content_text(reply.content))
            runnable = self._chat.with_structured_output(
                {"title": schema.__name__, **json_schema}, method=method, include_raw=True
            )
            result = runnable.invoke(messages)
        except (openai.APITimeoutError, openai.APIConnectionError) as exc:
            raise LLMUnavailableError(f"LLM nicht erreichbar ({type(exc).__name__})") from None
        except openai.APIStatusError as exc:
            if exc.status_code == 429 or exc.status_code >= 500:
                raise LLMUnavailableError(f"LLM antwortet mit HTTP {exc.status_code}") from None
            raise LLMOutputError(f"LLM lehnt die Anfrage ab (HTTP {exc.status_code})") from None
        if result.get("parsing_error") is not None or result.get("parsed") is None:
            raise LLMOutputError("LLM-Antwort ist kein gültiges JSON des Schemas")
        parsed: object = result["parsed"]
        return parsed


def _content_text(content: object) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(
            part.get("text", "") if isinstance(part, dict) else str(part) for part in content
        )
    return str(content)


def _parse_json(text: str) -> object:
    text = text.strip()
    if text.startswith("```"):
        text = text.strip("`")
        text = text.removeprefix("json").strip()
    try:
        return json.loads(text, strict=False)
    except json.JSONDecodeError:
        raise LLMOutputError("LLM-Antwort ist kein gültiges JSON") from None
