import pytest

from redaction.guard import PromptBlocked, guard_prompt, inspect_prompt


@pytest.mark.parametrize(
    ("prompt", "check"),
    [
        ("Bitte überweisen Sie an DE89 3704 0044 0532 0130 00.", "IBAN"),
        ("Kontakt: ayse.demir@example.org", "E-Mail"),
        ("Rückruf unter 0234 5678901 erbeten", "Ziffernfolge"),
        ("Steuer-ID 12 345 678 901", "Ziffernfolge"),
        ("Sehr geehrte Frau Demir,", "Anrede mit Name"),
        ("wie mit Herrn Dr. Kowalski besprochen", "Anrede mit Name"),
        ("Antragstellerin, geb. am 12.04.1987", "Geburtsdatum"),
    ],
)
def test_leftover_personal_data_blocks_the_prompt(prompt: str, check: str) -> None:
    with pytest.raises(PromptBlocked) as blocked:
        guard_prompt(prompt)
    assert check in {f.check for f in blocked.value.findings}
    assert "Demir" not in str(blocked.value)  # the reason names checks, never content


@pytest.mark.parametrize(
    "prompt",
    [
        "Sehr geehrte Frau <PERSON_1>, Ihre IBAN <IBAN_1> und E-Mail <EMAIL_1> liegen vor.",
        "Gewerbeanmeldung zum 01.03.2027, Gebühr 26,00 €, Aktenzeichen <AKTENZEICHEN_1>.",
        "Sehr geehrte Damen und Herren, hiermit widerspreche ich dem Bescheid vom 12.01.2026.",
        "Klassifiziere das Dokument in eine der Leistungen: gewerbe_anmeldung, wohngeld.",
        "§ 14 GewO, Hebesatz 495 %, Postleitzahl <ORT_1>",
    ],
)
def test_redacted_prompts_pass_unchanged(prompt: str) -> None:
    assert guard_prompt(prompt) == prompt
    assert inspect_prompt(prompt) == []
