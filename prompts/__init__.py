"""Versioned prompt files and their loader.

A prompt is two Jinja2 files, ``prompts/<task>/v<N>.system.j2`` and ``v<N>.user.j2``. A released
version is never edited: its SHA-256 is recorded in ``prompts/released.json`` and the loader
refuses a file that no longer matches, so a changed prompt must become ``v<N+1>``. Every LLM
result records the prompt id (``classify/v1``) and hash it was produced with.

The user template receives the (redacted) document as ``document``; the loader wraps nothing
itself, the templates put it between ``<dokument>`` tags and ``render`` neutralises any tag of
that name inside the document so that it cannot close the data block early.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jinja2

PROMPT_DIR = Path(__file__).resolve().parent
RELEASED_FILE = PROMPT_DIR / "released.json"
_VERSION_RE = re.compile(r"^v(\d+)\.system\.j2$")
_DATA_TAG_RE = re.compile(r"(?i)<\s*/?\s*dokument\s*>")


class PromptError(Exception):
    """A prompt file is missing, unreleased or was edited after its release."""


@dataclass(frozen=True)
class RenderedPrompt:
    prompt_id: str
    sha256: str
    system: str
    user: str


@dataclass(frozen=True)
class PromptTemplate:
    """One released prompt version of a task."""

    task: str
    version: int
    system_source: str
    user_source: str
    sha256: str

    @property
    def prompt_id(self) -> str:
        return f"{self.task}/v{self.version}"

    def render(self, *, document: str, **variables: Any) -> RenderedPrompt:
        # Plain-text prompts, not HTML: escaping would garble the document.
        env = jinja2.Environment(
            undefined=jinja2.StrictUndefined,
            keep_trailing_newline=True,
            autoescape=False,  # noqa: S701
        )
        safe_document = _DATA_TAG_RE.sub("[dokument]", document)
        system = env.from_string(self.system_source).render(**variables)
        user = env.from_string(self.user_source).render(document=safe_document, **variables)
        return RenderedPrompt(self.prompt_id, self.sha256, system, user)


def _digest(system: str, user: str) -> str:
    return hashlib.sha256(f"{system}\x00{user}".encode()).hexdigest()


def released() -> dict[str, str]:
    """Prompt id -> SHA-256 of every released prompt."""
    data: dict[str, str] = json.loads(RELEASED_FILE.read_text(encoding="utf-8"))
    return data


def versions(task: str) -> list[int]:
    folder = PROMPT_DIR / task
    if not folder.is_dir():
        return []
    found = (_VERSION_RE.match(p.name) for p in folder.iterdir())
    return sorted(int(m.group(1)) for m in found if m)


def file_digest(task: str, version: int) -> str:
    folder = PROMPT_DIR / task
    system = (folder / f"v{version}.system.j2").read_text(encoding="utf-8")
    user = (folder / f"v{version}.user.j2").read_text(encoding="utf-8")
    return _digest(system, user)


@cache
def load(task: str, version: int | None = None) -> PromptTemplate:
    """The given (default: newest released) version of a task's prompt."""
    registry = released()
    available = [v for v in versions(task) if f"{task}/v{v}" in registry]
    if not available:
        raise PromptError(f"no released prompt for task {task!r}")
    chosen = version if version is not None else available[-1]
    prompt_id = f"{task}/v{chosen}"
    if prompt_id not in registry:
        raise PromptError(f"prompt {prompt_id} is not released")
    folder = PROMPT_DIR / task
    try:
        system = (folder / f"v{chosen}.system.j2").read_text(encoding="utf-8")
        user = (folder / f"v{chosen}.user.j2").read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise PromptError(f"prompt {prompt_id} is missing a file: {exc.filename}") from exc
    digest = _digest(system, user)
    if digest != registry[prompt_id]:
        raise PromptError(
            f"prompt {prompt_id} was edited after its release; "
            f"add a new version instead of changing a released one"
        )
    return PromptTemplate(task, chosen, system, user, digest)
