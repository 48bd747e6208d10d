"""API tokens (``rathaus.tokens``) and the account administration of ``UserStore``, on SQLite
and PostgreSQL: only hashes stored, expiry, revocation, role cap, removed accounts, last admin."""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Iterator
from datetime import timedelta

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select

from core.errors import ConfigurationError
from core.storage import ApiTokenRow, Base, Database, UserRow, utcnow
from rathaus.auth import Role, User, UserStore
from rathaus.tokens import ApiTokenStore

PASSWORD = "ein-langes-Passwort-1"


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    database.migrate()
    users = UserStore(database)
    users.add("anna", PASSWORD, Role.STAFF)
    users.add("chef", PASSWORD, Role.ADMIN)
    yield database
    database.dispose()


def _row(db: Database, token_id: str) -> ApiTokenRow:
    with db.session() as session:
        row = session.get(ApiTokenRow, token_id)
        assert row is not None
        session.expunge(row)
        return row


def test_the_migration_matches_the_model(db: Database) -> None:
    with db.engine.connect() as connection:
        diffs = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert [d for d in diffs if "api_tokens" in repr(d)] == []


def test_a_token_is_stored_as_its_hash_and_acts_as_its_account(db: Database) -> None:
    store = ApiTokenStore(db)
    secret = store.issue("Skript Gewerbe", "anna", Role.STAFF, 30)
    assert secret.startswith("rh_") and len(secret) == 3 + 43
    assert store.authenticate(secret) == User("anna", Role.STAFF)
    (info,) = store.list()
    assert (info.name, info.username, info.role) == ("Skript Gewerbe", "anna", Role.STAFF)
    assert info.revoked_at is None and info.active()
    assert info.expires_at is not None
    assert abs(info.expires_at - (info.created_at + timedelta(days=30))) < timedelta(seconds=1)
    assert secret not in repr(info) and not hasattr(info, "token_hash")
    with db.session() as session:
        stored = session.scalars(select(ApiTokenRow)).one()
        columns = [str(getattr(stored, c.key)) for c in ApiTokenRow.__table__.columns]
    assert all(secret not in value and secret[3:] not in value for value in columns)
    assert stored.token_hash == hashlib.sha256(secret.encode()).hexdigest()
    assert store.find(secret) == info and store.get(info.id) == info


def test_unknown_and_malformed_secrets_are_refused(db: Database) -> None:
    store = ApiTokenStore(db)
    secret = store.issue("x", "anna", Role.STAFF, None)
    for wrong in ["", "rh_", secret[:-1], secret + "a", secret[3:], "rh_" + "a" * 5000, "x" * 46]:
        assert store.authenticate(wrong) is None
    assert store.authenticate(secret) is not None


def test_last_used_is_written_at_most_once_a_minute(db: Database) -> None:
    store = ApiTokenStore(db)
    secret = store.issue("x", "anna", Role.STAFF, None)
    token_id = store.list()[0].id
    assert _row(db, token_id).last_used_at is None
    store.authenticate(secret)
    first = _row(db, token_id).last_used_at
    assert first is not None
    store.authenticate(secret)
    assert _row(db, token_id).last_used_at == first
    with db.session() as session:
        row = session.get(ApiTokenRow, token_id)
        assert row is not None
        row.last_used_at = utcnow() - timedelta(minutes=2)
    store.authenticate(secret)
    later = _row(db, token_id).last_used_at
    assert later is not None and later > first - timedelta(seconds=1)
    assert later > utcnow() - timedelta(seconds=30)


def test_revoked_tokens_stop_working(db: Database) -> None:
    store = ApiTokenStore(db)
    secret = store.issue("x", "anna", Role.STAFF, None)
    other = store.issue("y", "anna", Role.STAFF, None)
    token_id = store.find(secret).id  # type: ignore[union-attr]
    assert store.revoke(token_id)
    assert store.authenticate(secret) is None
    assert store.authenticate(other) is not None
    assert not store.revoke(token_id)  # already revoked
    assert not store.revoke("0" * 32)
    info = store.get(token_id)
    assert info is not None and info.revoked_at is not None and not info.active()


def test_expired_tokens_stop_working(db: Database) -> None:
    store = ApiTokenStore(db)
    secret = store.issue("x", "anna", Role.STAFF, 1)
    token_id = store.list()[0].id
    assert store.authenticate(secret) is not None
    with db.session() as session:
        row = session.get(ApiTokenRow, token_id)
        assert row is not None
        row.expires_at = utcnow() - timedelta(seconds=1)
    assert store.authenticate(secret) is None
    assert not store.list()[0].active()


def test_a_token_never_exceeds_its_accounts_role(db: Database) -> None:
    store = ApiTokenStore(db)
    with pytest.raises(ConfigurationError, match="höchstens die Rolle"):
        store.issue("x", "anna", Role.ADMIN, None)
    assert store.list() == []
    # An admin may hand out a staff token: it acts with staff rights only.
    staff_token = store.issue("lesen", "chef", Role.STAFF, None)
    admin_token = store.issue("alles", "chef", Role.ADMIN, None)
    assert store.authenticate(staff_token) == User("chef", Role.STAFF)
    assert store.authenticate(admin_token) == User("chef", Role.ADMIN)
    # Demoted: the admin token stops, the staff token keeps working.
    users = UserStore(db)
    users.add("zweite", PASSWORD, Role.ADMIN)
    assert users.set_role("chef", Role.STAFF)
    assert store.authenticate(admin_token) is None
    assert store.authenticate(staff_token) == User("chef", Role.STAFF)


def test_tokens_of_a_removed_account_stop_working_even_if_the_name_returns(db: Database) -> None:
    store = ApiTokenStore(db)
    secret = store.issue("x", "anna", Role.STAFF, None)
    users = UserStore(db)
    assert users.remove("anna")
    assert store.authenticate(secret) is None
    time.sleep(0.01)
    users.add("anna", PASSWORD, Role.STAFF)
    assert store.authenticate(secret) is None
    fresh = store.issue("neu", "anna", Role.STAFF, None)
    assert store.authenticate(fresh) == User("anna", Role.STAFF)
    assert store.revoke_for("anna") == 2  # the old token (not yet revoked) and the new one
    assert store.authenticate(fresh) is None
    assert store.revoke_for("anna") == 0


@pytest.mark.parametrize(
    ("name", "username", "days", "message"),
    [
        ("   ", "anna", None, "Namen"),
        ("x" * 65, "anna", None, "höchstens 64"),
        ("x", "niemand", None, "Kein Konto"),
        ("x", "anna", 0, "zwischen 1 und 3650"),
        ("x", "anna", 3651, "zwischen 1 und 3650"),
    ],
)
def test_invalid_requests_are_refused_in_german(
    db: Database, name: str, username: str, days: int | None, message: str
) -> None:
    with pytest.raises(ConfigurationError, match=message):
        ApiTokenStore(db).issue(name, username, Role.STAFF, days)
    assert ApiTokenStore(db).list() == []


def test_the_token_list_is_newest_first_and_issuing_logs_no_secret(
    db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    store = ApiTokenStore(db)
    with caplog.at_level("DEBUG"):
        first = store.issue("erstes", "anna", Role.STAFF, None)
        time.sleep(0.01)
        second = store.issue("zweites", "chef", Role.ADMIN, 7)
        store.authenticate(first)
        store.authenticate("rh_" + "x" * 43)
        store.revoke(store.list()[0].id)
        store.authenticate(second)
    assert [t.name for t in store.list()] == ["zweites", "erstes"]
    assert "issued for anna" in caplog.text
    for secret in (first, second):
        assert secret not in caplog.text and secret[3:] not in caplog.text


# -- UserStore: administration ---------------------------------------------------------------


def test_the_last_admin_is_never_demoted_or_removed(db: Database) -> None:
    users = UserStore(db)
    assert users.count_admins() == 1
    with pytest.raises(ConfigurationError, match="letzte Administrationskonto"):
        users.set_role("chef", Role.STAFF)
    with pytest.raises(ConfigurationError, match="letzte Administrationskonto"):
        users.remove("chef", keep_an_admin=True)
    assert users.get("chef") == User("chef", Role.ADMIN)
    assert users.set_role("anna", Role.ADMIN) and users.count_admins() == 2
    assert users.set_role("chef", Role.STAFF) and users.count_admins() == 1
    assert users.remove("chef", keep_an_admin=True)
    assert not users.set_role("chef", Role.ADMIN)
    assert not users.remove("chef", keep_an_admin=True)
    # The command line may still remove the last admin (``rathaus users remove``).
    assert users.remove("anna")
    assert users.count_admins() == 0


def test_two_admins_cannot_demote_each_other_at_the_same_time(db: Database) -> None:
    users = UserStore(db)
    users.add("zweite", PASSWORD, Role.ADMIN)
    locked, failures = threading.Event(), []

    def demote_chef_slowly() -> None:
        # The same steps as ``set_role``, with a pause while the admin rows are held.
        try:
            with db.session() as session:
                admins = session.scalars(
                    select(UserRow).where(UserRow.role == "admin").with_for_update()
                ).all()
                assert len(admins) == 2
                locked.set()
                time.sleep(0.5)
                row = session.get(UserRow, "chef")
                assert row is not None
                row.role = "staff"
        except Exception as exc:  # pragma: no cover - reported below
            failures.append(exc)
            locked.set()

    other = threading.Thread(target=demote_chef_slowly)
    other.start()
    assert locked.wait(10)
    with pytest.raises(ConfigurationError, match="letzte Administrationskonto"):
        users.set_role("zweite", Role.STAFF)
    other.join(10)
    assert failures == []
    assert users.count_admins() == 1 and users.get("zweite") == User("zweite", Role.ADMIN)


def test_passwords_are_reset_and_accounts_not_overwritten_by_accident(db: Database) -> None:
    users = UserStore(db)
    with pytest.raises(ConfigurationError, match="mindestens 12"):
        users.set_password("anna", "kurz")
    with pytest.raises(ConfigurationError, match="höchstens 1024"):
        users.set_password("anna", "x" * 1025)
    assert not users.set_password("niemand", "ein-neues-Passwort-2")
    assert users.set_password("anna", "ein-neues-Passwort-2")
    assert users.authenticate("anna", PASSWORD) is None
    assert users.authenticate("anna", "ein-neues-Passwort-2") == User("anna", Role.STAFF)
    with pytest.raises(ConfigurationError, match="gibt es bereits"):
        users.add("anna", "noch-ein-Passwort-3", Role.ADMIN, replace=False)
    assert users.get("anna") == User("anna", Role.STAFF)
    assert users.authenticate("anna", "ein-neues-Passwort-2") is not None
    logins = users.last_logins()
    assert set(logins) == {"anna", "chef"}
    assert logins["chef"] is None and logins["anna"] is not None
