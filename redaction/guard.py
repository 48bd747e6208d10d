"""The outgoing-prompt guard: a second, independent check on every prompt for a non-local LLM.

Redaction should already have replaced every personal string by a token. This guard looks at
the finished prompt with a few blunt patterns (IBAN shapes, e-mail addresses, long digit runs,
``Herr``/``Frau`` followed by a name, dates after birth cues) and blocks the call on any hit;
the caller then sends the document to human review. It never repairs a prompt.

The one exception it shares with the redactor: an e-mail address that is plainly an office's
mailbox (``is_functional_mailbox``: every word of the local part a function, no free-mail
domain) is no personal data, and letters quote them all the time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.errors import RedactionError
from redaction.recognizers.email_recognizer import is_functional_mailbox

_TOKEN = re.compile(r"<[A-Z_]+_\d+>")
_CHECKS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("IBAN", re.compile(r"\b[A-Za-z]{2}\d{2}(?:[ \u00a0]?[A-Za-z0-9]{4}){2,7}")),
    ("E-Mail", re.compile(r"[\w.+%-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")),
    ("Ziffernfolge", re.compile(r"(?<![\w.,])\+?\d(?:[ \u00a0/()-]?\d){6,}")),
    (
        "Anrede mit Name",
        re.compile(
            r"\b(?:Herrn?|Frau|Hr\.|Fr\.)[ \u00a0]+(?:(?:Dr|Prof)\.[ \u00a0]+)*"
            r"[A-ZÄÖÜ][^\W\d_]{1,}"
        ),
    ),
    (
        "Geburtsdatum",
        re.compile(
            r"(?i)\b(?:geb\.|geboren|geburtsdatum)[^\n\d<]{0,20}\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}"
        ),
    ),
)


@dataclass(frozen=True)
class GuardFinding:
    """What looked personal: the check's name and the offset (never the text itself)."""

    check: str
    start: int
    end: int


class PromptBlocked(RedactionError):
    """A prompt still looked like it contained personal data; the call must not happen."""

    def __init__(self, findings: list[GuardFinding]) -> None:
        kinds = sorted({f.check for f in findings})
        super().__init__(f"prompt blocked by the outgoing guard: {', '.join(kinds)}")
        self.findings = findings


def inspect_prompt(prompt: str) -> list[GuardFinding]:
    """Every suspicious place in ``prompt``; pseudonym tokens are ignored."""
    masked = _TOKEN.sub(lambda m: "#" * len(m.group()), prompt)
    findings = []
    for name, pattern in _CHECKS:
        for match in pattern.finditer(masked):
            if name == "E-Mail" and is_functional_mailbox(match.group()):
                continue
            findings.append(GuardFinding(name, match.start(), match.end()))
    return sorted(findings, key=lambda f: f.start)


def guard_prompt(prompt: str) -> str:
    """Return ``prompt`` unchanged, or raise ``PromptBlocked``."""
    findings = inspect_prompt(prompt)
    if findings:
        raise PromptBlocked(findings)
    return prompt
