from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import update

from core.crypto import DecryptionError
from core.storage import Database, VaultRow
from redaction.vault import PseudonymVault, restore

KEY = b"v" * 32


@pytest.fixture
def vault(db_url: str) -> PseudonymVault:
    db = Database(db_url)
    db.migrate()
    return PseudonymVault(db, KEY)


def test_maps_are_stored_encrypted_and_merged(vault: PseudonymVault) -> None:
    later = datetime.now(UTC) + timedelta(days=90)
    vault.store("case1", {"<PERSON_1>": "Ayşe Demir"}, later)
    vault.store("case1", {"<IBAN_1>": "DE89370400440532013000"}, later)
    assert vault.load("case1") == {
        "<PERSON_1>": "Ayşe Demir",
        "<IBAN_1>": "DE89370400440532013000",
    }
    with vault.db.session() as session:
        row = session.get(VaultRow, "case1")
        assert row is not None
        assert b"Demir" not in row.ciphertext


def test_a_map_cannot_be_moved_to_another_case_or_read_with_another_key(
    vault: PseudonymVault,
) -> None:
    later = datetime.now(UTC) + timedelta(days=1)
    vault.store("case1", {"<PERSON_1>": "Ayşe Demir"}, later)
    vault.store("case2", {"<PERSON_1>": "Piotr Nowak"}, later)
    with vault.db.session() as session:
        stolen = session.get(VaultRow, "case1")
        assert stolen is not None
        session.execute(
            update(VaultRow).where(VaultRow.case_id == "case2").values(ciphertext=stolen.ciphertext)
        )
    with pytest.raises(DecryptionError):
        vault.load("case2")
    with pytest.raises(DecryptionError):
        PseudonymVault(vault.db, b"w" * 32).load("case1")


def test_expiry_and_deletion(vault: PseudonymVault) -> None:
    now = datetime.now(UTC)
    vault.store("old", {"<PERSON_1>": "A"}, now - timedelta(days=1))
    vault.store("new", {"<PERSON_1>": "B"}, now + timedelta(days=1))
    assert vault.expired(now) == ["old"]
    assert vault.delete("old")
    assert not vault.delete("old")
    assert vault.load("old") == {}


def test_restore_reports_unknown_tokens() -> None:
    restored = restore(
        "<PERSON_1> und <PERSON_2> wohnen in ORT_1",
        {"<PERSON_1>": "Ayşe", "<ORT_1>": "44789 Bochum"},
    )
    assert restored.text == "Ayşe und <PERSON_2> wohnen in 44789 Bochum"
    assert restored.unknown_tokens == ["<PERSON_2>"]


def test_every_reidentification_is_audited_with_its_purpose(db_url: str) -> None:
    from core.audit import AuditLog

    db = Database(db_url)
    db.migrate()
    audit = AuditLog(db)
    vault = PseudonymVault(db, KEY, audit)
    vault.store("case7", {"<PERSON_1>": "Ayşe Demir"}, datetime.now(UTC) + timedelta(days=1))
    answer = vault.restore_case(
        "Frau <Person_1> hat Anspruch. <PERSON_9>",
        "case7",
        purpose="Antwortentwurf",
        actor="k.meier",
    )
    assert answer.text == "Frau Ayşe Demir hat Anspruch. <PERSON_9>"
    assert answer.unknown_tokens == ["<PERSON_9>"]
    events = audit.events(event_type="vault.reidentified")
    assert [(e.actor, e.document_id, e.details["purpose"]) for e in events] == [
        ("k.meier", "case7", "Antwortentwurf")
    ]
    assert "Demir" not in str(events[0].details)
