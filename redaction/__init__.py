"""German PII redaction on Presidio: recognizers, redactor, pseudonym vault."""
