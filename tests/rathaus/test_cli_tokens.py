"""``rathaus tokens add|list|revoke``, run as a real subprocess (no Temporal needed)."""

from __future__ import annotations

import base64
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, TEST_PAYLOAD_KEY, TEST_VAULT_KEY

from core.audit import AuditLog
from core.storage import Database
from rathaus.auth import Role, User
from rathaus.tokens import ApiTokenStore

RATHAUS = str(Path(sys.executable).parent / "rathaus")
SECRET_RE = re.compile(r"^rh_[A-Za-z0-9_-]{43}$")
PASSWORD = "ein-sehr-langes-passwort"


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RATHAUS_")}
    env.update(
        RATHAUS_DATA_DIR=str(tmp_path),
        RATHAUS_SECURITY__PAYLOAD_KEY=base64.b64encode(TEST_PAYLOAD_KEY).decode(),
        RATHAUS_SECURITY__VAULT_KEY=base64.b64encode(TEST_VAULT_KEY).decode(),
        # The most talkative level: no log line may carry the secret.
        RATHAUS_LOG_LEVEL="DEBUG",
    )
    return env


def run(
    env: dict[str, str], *args: str, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [RATHAUS, *args],
        env=env,
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def database(env: dict[str, str]) -> Database:
    return Database(f"sqlite:///{Path(env['RATHAUS_DATA_DIR']) / 'rathaus.db'}")


def test_tokens_add_list_revoke(env: dict[str, str]) -> None:
    added = run(env, "users", "add", "anna", "--password-stdin", stdin=PASSWORD + "\n")
    assert added.returncode == 0, added.stderr

    issued = run(env, "tokens", "add", "Statistik-Export", "--user", "anna", "--days", "30")
    assert issued.returncode == 0, issued.stderr
    secret = issued.stdout.strip()
    assert SECRET_RE.match(secret), issued.stdout  # stdout holds the secret and nothing else
    assert "nur dieses eine Mal" in issued.stderr and "gültig bis" in issued.stderr
    assert secret not in issued.stderr and secret[3:] not in issued.stderr
    db = database(env)
    store = ApiTokenStore(db)
    assert store.authenticate(secret) == User("anna", Role.STAFF)
    (info,) = store.list()

    listed = run(env, "tokens", "list")
    assert listed.returncode == 0, listed.stderr
    (line,) = [line for line in listed.stdout.splitlines() if line.strip()]
    assert line.split("\t")[:5] == [info.id, "Statistik-Export", "anna", "staff", "aktiv"]
    assert "rh_" not in listed.stdout + listed.stderr

    revoked = run(env, "tokens", "revoke", info.id)
    assert revoked.returncode == 0, revoked.stderr
    assert "widerrufen" in revoked.stdout
    assert store.authenticate(secret) is None
    assert "\twiderrufen\t" in run(env, "tokens", "list").stdout
    again = run(env, "tokens", "revoke", info.id)
    assert again.returncode == 1 and "Kein aktives Token" in again.stderr
    assert run(env, "tokens", "revoke", "gibtesnicht").returncode == 1

    audit = AuditLog(db)
    (issued_event,) = audit.events(event_type="tokens.issued")
    assert issued_event.details == {
        "token_id": info.id,
        "name": "Statistik-Export",
        "username": "anna",
        "role": "staff",
        "expires_days": 30,
    }
    (revoked_event,) = audit.events(event_type="tokens.revoked")
    assert revoked_event.details["token_id"] == info.id
    exported = run(env, "audit", "export", "--format", "jsonl")
    assert "tokens.issued" in exported.stdout and "tokens.revoked" in exported.stdout
    for output in (exported.stdout, exported.stderr, revoked.stderr, listed.stderr):
        assert secret not in output and "rh_" not in output
    db.dispose()


def test_tokens_add_refuses_what_the_account_may_not(env: dict[str, str]) -> None:
    assert (
        run(env, "users", "add", "anna", "--password-stdin", stdin=PASSWORD + "\n").returncode == 0
    )
    above = run(env, "tokens", "add", "x", "--user", "anna", "--role", "admin")
    assert above.returncode == 2 and "höchstens die Rolle" in above.stderr
    unknown = run(env, "tokens", "add", "x", "--user", "niemand")
    assert unknown.returncode == 2 and "Kein Konto niemand" in unknown.stderr
    assert run(env, "tokens", "add", "x", "--user", "anna", "--days", "0").returncode == 2
    assert run(env, "tokens", "add", "x").returncode == 2  # --user is required
    for result in (above, unknown):
        assert result.stdout == "" and "Traceback" not in result.stderr
    db = database(env)
    assert ApiTokenStore(db).list() == []
    # An admin may hand out a token without expiry, with admin rights.
    run(env, "users", "add", "chef", "--role", "admin", "--password-stdin", stdin=PASSWORD + "\n")
    forever = run(env, "tokens", "add", "Nachtlauf", "--user", "chef", "--role", "admin")
    assert forever.returncode == 0 and "unbegrenzt" in forever.stderr
    assert ApiTokenStore(db).authenticate(forever.stdout.strip()) == User("chef", Role.ADMIN)
    assert "läuft ab: nie" in run(env, "tokens", "list").stdout
    db.dispose()
