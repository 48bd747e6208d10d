"""A reviewer's correction is redacted with the case's earlier tokens (``redact(known=...)``)."""

from __future__ import annotations

from redaction.redactor import Redactor


def test_known_people_keep_their_tokens_and_new_ones_count_on(redactor: Redactor) -> None:
    known = {"<PERSON_1>": "Mehmet Demir", "<EMAIL_1>": "m.demir@example.org"}
    result = redactor.redact(
        "Antragsteller: Mehmet Demir, Ehefrau Ayşe Demir-Kaya, Mail m.demir@example.org",
        known=known,
    )
    assert "Mehmet" not in result.text and "Ayşe" not in result.text
    assert "<PERSON_1>" in result.text
    assert "<EMAIL_1>" in result.text
    new_people = {t for t in result.mapping if t.startswith("<PERSON_") and t != "<PERSON_1>"}
    assert new_people and all(int(t[8:-1]) >= 2 for t in new_people)
    # The merged map still holds what was known before.
    assert result.mapping["<EMAIL_1>"] == "m.demir@example.org"


def test_a_shorter_mention_joins_the_known_person(redactor: Redactor) -> None:
    result = redactor.redact("Sehr geehrter Herr Demir,", known={"<PERSON_3>": "Mehmet Demir"})
    assert result.text == "Sehr geehrter Herr <PERSON_3>,"


def test_without_known_tokens_start_at_one(redactor: Redactor) -> None:
    assert "<PERSON_1>" in redactor.redact("Frau Erika Musterfrau schreibt.", known={}).text
