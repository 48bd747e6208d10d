"""The ``rathaus`` command line, run as a real subprocess against real servers."""

from __future__ import annotations

import base64
import json
import os
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import EXPECTED, ROOT, SAMPLES, TEST_PAYLOAD_KEY, TEST_VAULT_KEY

from core.catalogue import STANDARD_FIELDS, load_catalogue
from rathaus.stack import DevServer, free_port, start_dev_server

RATHAUS = str(Path(sys.executable).parent / "rathaus")
RESULT_KEYS = {
    "path",
    "status",
    "error",
    "service_id",
    "leika",
    "confidence",
    "needs_review",
    "fields",
}


@pytest.fixture(scope="module")
def cli_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DevServer]:
    """An own dev server: documents are deduplicated by content across a whole server."""
    server = start_dev_server(
        db_file=None,
        port=free_port(),
        ui_port=None,
        log_path=tmp_path_factory.mktemp("cli-temporal") / "temporal.log",
    )
    yield server
    server.stop()


@pytest.fixture(scope="module")
def cli_env(tmp_path_factory: pytest.TempPathFactory, cli_server: DevServer) -> dict[str, str]:
    data_dir = tmp_path_factory.mktemp("cli-data")
    env = {k: v for k, v in os.environ.items() if not k.startswith("RATHAUS_")}
    env.update(
        RATHAUS_DATA_DIR=str(data_dir),
        RATHAUS_TEMPORAL__ADDRESS=cli_server.address,
        RATHAUS_TEMPORAL__TASK_QUEUE=f"cli-{uuid.uuid4()}",
        RATHAUS_SECURITY__PAYLOAD_KEY=base64.b64encode(TEST_PAYLOAD_KEY).decode(),
        RATHAUS_SECURITY__VAULT_KEY=base64.b64encode(TEST_VAULT_KEY).decode(),
        RATHAUS_LOG_LEVEL="WARNING",
    )
    return env


def run(env: dict[str, str], *args: str, timeout: float = 110) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [RATHAUS, *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def json_lines(stdout: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def test_redact_json_reports_each_input_and_never_a_traceback(cli_env: dict[str, str]) -> None:
    result = run(
        cli_env,
        "redact",
        "--format",
        "json",
        str(SAMPLES / "03_ummeldung_wohnsitz.txt"),
        str(SAMPLES / "15_defekt.pdf"),
        "/nonexistent/brief.pdf",
    )
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    ok, corrupt, missing = json_lines(result.stdout)
    assert set(ok) == {"path", "status", "error", "redacted_text", "entities"}
    assert ok["status"] == "ok" and ok["error"] is None
    assert "Wiśniewska" not in ok["redacted_text"]
    original = (SAMPLES / "03_ummeldung_wohnsitz.txt").read_text(encoding="utf-8")
    first = ok["entities"][0]
    assert set(first) == {"type", "start", "end", "score"}
    assert original.replace("\r\n", "\n").strip()[first["start"] : first["end"]]
    assert corrupt["status"] == "error" and "beschädigt" in corrupt["error"]
    assert missing["status"] == "error" and "existiert nicht" in missing["error"]


def test_classify_json_over_all_samples(cli_env: dict[str, str]) -> None:
    result = run(cli_env, "classify", "--format", "json", str(SAMPLES))
    assert result.returncode == 1  # the corrupt and the encrypted sample fail
    assert "Traceback" not in result.stderr
    lines = {Path(line["path"]).name: line for line in json_lines(result.stdout)}
    assert len(lines) == len(EXPECTED)
    catalogue = load_catalogue()
    for entry in EXPECTED:
        line = lines[entry["file"]]
        assert set(line) == RESULT_KEYS
        if entry["status"] == "quarantined":
            assert line["status"] == "error" and line["error"]
            assert line["service_id"] is None
            continue
        assert line["status"] == "ok"
        assert line["service_id"] == entry["service_id"], entry["file"]
        assert line["leika"] == catalogue.get(entry["service_id"]).leika
        assert 0 <= line["confidence"] <= 1
        allowed = set(STANDARD_FIELDS) | {f.name for f in catalogue.get(line["service_id"]).fields}
        assert set(line["fields"]) <= allowed
        for value in line["fields"].values():
            assert not (isinstance(value, str) and "<PERSON_" in value)
        if "iban" in line["fields"]:
            assert line["fields"]["iban"] == line["fields"]["iban"].replace(" ", "").upper()
        if "date_of_birth" in line["fields"]:
            assert len(line["fields"]["date_of_birth"]) == 10


def test_usage_errors_exit_2(cli_env: dict[str, str]) -> None:
    assert run(cli_env, "classify", "--format", "xml", "x").returncode == 2
    assert run(cli_env, "gibtesnicht").returncode == 2
    assert run(cli_env, "review", "abc", "--reviewer", "x").returncode == 2


@pytest.fixture(scope="module")
def worker(cli_env: dict[str, str]) -> Iterator[subprocess.Popen[str]]:
    process = subprocess.Popen(
        [RATHAUS, "worker"], env=cli_env, cwd=ROOT, stderr=subprocess.PIPE, text=True
    )
    yield process
    process.terminate()
    process.wait(timeout=30)


def test_intake_status_review_audit_round_trip(
    cli_env: dict[str, str], worker: subprocess.Popen[str]
) -> None:
    files = [SAMPLES / "12_fundsache.txt", SAMPLES / "05_widerspruch_bescheid.pdf"]
    result = run(cli_env, "intake", "--wait", "--format", "json", *map(str, files))
    assert result.returncode == 0, result.stderr
    routed, in_review = json_lines(result.stdout)
    assert routed["status"] == "routed" and routed["service_id"] == "fundsache"
    assert in_review["status"] == "awaiting_review" and in_review["reason"]

    status = json_lines(run(cli_env, "status", in_review["document_id"], "--format", "json").stdout)
    assert status[0]["status"] == "awaiting_review"

    wrong = run(
        cli_env,
        "review",
        in_review["document_id"],
        "--approve",
        "--reviewer",
        "s.yilmaz",
        "--field",
        "kennzeichen=BO-X 1",
    )
    assert wrong.returncode == 2 and "kennzeichen" in wrong.stderr
    # The tables show 12 characters of the id; a unique prefix is enough.
    decided = run(
        cli_env,
        "review",
        in_review["document_id"][:12],
        "--approve",
        "--reviewer",
        "s.yilmaz",
        "--field",
        "postal_code=44801",
    )
    assert decided.returncode == 0, decided.stderr
    for _ in range(100):
        status = json_lines(
            run(cli_env, "status", in_review["document_id"], "--format", "json").stdout
        )
        if status[0]["status"] == "routed":
            break
        time.sleep(0.2)
    assert status[0]["status"] == "routed"
    assert status[0]["destinations"] == [
        "mailbox:rechtsamt@stadt.example",
        "ticket_queue:Widersprueche",
    ]

    again = run(cli_env, "intake", "--wait", "--format", "json", str(files[0]))
    assert json_lines(again.stdout)[0]["note"] == "bereits eingegangen"

    verify = run(cli_env, "audit", "verify")
    assert verify.returncode == 0, verify.stdout
    export = Path(cli_env["RATHAUS_DATA_DIR"]) / "export.csv"
    exported = run(
        cli_env, "audit", "export", "--format", "csv", "--actor", "s.yilmaz", "-o", str(export)
    )
    assert exported.returncode == 0, exported.stderr
    rows = export.read_text(encoding="utf-8").splitlines()
    assert rows[0].startswith("seq,ts,actor,event_type")
    assert len(rows) >= 2 and all(",s.yilmaz," in r for r in rows[1:])
    jsonl = run(cli_env, "audit", "export", "--format", "jsonl", "--type", "review.decided")
    assert [json.loads(x)["actor"] for x in jsonl.stdout.splitlines()] == ["s.yilmaz"]
    (decision,) = [json.loads(x) for x in jsonl.stdout.splitlines()]
    assert decision["details"]["fields_corrected"] == ["postal_code"]

    # Tampering with one row is named by `audit verify`.
    with sqlite3.connect(Path(cli_env["RATHAUS_DATA_DIR"]) / "rathaus.db") as db:
        db.execute("UPDATE audit_events SET actor = 'mallory' WHERE seq = 3")
    broken = run(cli_env, "audit", "verify")
    assert broken.returncode == 1
    assert "Zeile 3" in broken.stdout


def test_doctor_reports_each_component(cli_env: dict[str, str], tmp_path: Path) -> None:
    own = dict(cli_env, RATHAUS_DATA_DIR=str(tmp_path))
    healthy = run(own, "doctor")
    assert healthy.returncode == 0, healthy.stdout
    assert "Temporal" in healthy.stdout and "erreichbar" in healthy.stdout
    lines = healthy.stdout.splitlines()
    assert len(lines) == 16
    assert all(line.startswith("OK") for line in lines), healthy.stdout
    assert any("Sprachmodell" in line and "vorhanden" in line for line in lines)
    assert any("Beratungs-Chat" in line and "45 Artikel" in line for line in lines)

    broken_kb = run(dict(own, RATHAUS_ADVISOR__KNOWLEDGE_DIR=str(tmp_path / "fehlt")), "doctor")
    assert broken_kb.returncode == 1
    assert (
        "Beratungs-Chat: Wissensbasis" in broken_kb.stdout
        and "kein Verzeichnis" in broken_kb.stdout
    )

    broken_env = dict(own, RATHAUS_TEMPORAL__ADDRESS="127.0.0.1:1")
    broken = run(broken_env, "doctor")
    assert broken.returncode == 1
    assert "nicht erreichbar" in broken.stdout


def test_redact_writes_image_only_pdfs(cli_env: dict[str, str], tmp_path: Path) -> None:
    result = run(
        cli_env,
        "redact",
        "--format",
        "json",
        "--pdf-out",
        str(tmp_path),
        str(SAMPLES / "04_hundesteuer.pdf"),
        str(SAMPLES / "12_fundsache.txt"),
    )
    assert result.returncode == 0, result.stderr
    pdf_line, text_line = json_lines(result.stdout)
    written = Path(pdf_line["pdf_out"])
    assert written == tmp_path / "04_hundesteuer-geschwaerzt.pdf" and written.stat().st_size > 0
    assert text_line["pdf_out"] is None


def _llm_server_pids() -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                cmdline = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if b"rathaus.llm_server" in cmdline:
                found.add(int(entry.name))
    return found


@pytest.mark.llm
@pytest.mark.timeout(420)
def test_doctor_starts_the_embedded_llm_when_used_and_stops_it(
    cli_env: dict[str, str], tmp_path: Path
) -> None:
    own = dict(
        cli_env,
        RATHAUS_DATA_DIR=str(tmp_path),
        RATHAUS_CLASSIFIER__KIND="ensemble",
        RATHAUS_LLM__TIMEOUT_SECONDS="300",
    )
    before = _llm_server_pids()
    result = run(own, "doctor", timeout=400)
    assert result.returncode == 0, result.stdout
    line = next(x for x in result.stdout.splitlines() if "Sprachmodell" in x)
    assert line.startswith("OK") and "embedded:smollm2-135m-instruct antwortet" in line
    # The CLI leaves with os._exit: the server it started must not outlive it.
    assert _llm_server_pids() - before == set()


def test_kb_index_and_search(cli_env: dict[str, str]) -> None:
    indexed = run(cli_env, "kb", "index")
    assert indexed.returncode == 0, indexed.stderr
    assert "Abschnitte" in indexed.stdout
    again = run(cli_env, "kb", "index")
    assert "0 neu, 0 geändert, 0 entfernt" in again.stdout
    found = run(cli_env, "kb", "search", "--format", "json", "Tische vor dem Café auf dem Gehweg")
    assert found.returncode == 0, found.stderr
    result = json.loads(found.stdout)
    assert result["passages"][0]["article"] == "aussengastronomie-sondernutzung"
    assert result["passages"][0]["source_url"].startswith("https://")


def test_chat_answers_one_question_as_json(cli_env: dict[str, str]) -> None:
    result = run(cli_env, "chat", "--format", "json", "Was ist der Gründungszuschuss?")
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert {"answer", "citations", "abstained", "handover"} <= set(answer)
    assert not answer["abstained"] and answer["citations"]
    assert {"title", "source_url", "as_of", "snippet"} <= set(answer["citations"][0])
    refused = run(cli_env, "chat", "--format", "json", "Wie backe ich einen Apfelkuchen?")
    assert json.loads(refused.stdout)["abstained"] is True
    empty = run(cli_env, "chat", "--format", "json", " ")
    assert empty.returncode == 2 and "Bitte stellen Sie eine Frage" in empty.stderr


def test_interactive_chat_with_a_callback(cli_env: dict[str, str]) -> None:
    dialogue = "\n".join(
        [
            "Wo bekomme ich einen Gewerbeschein?",
            "/rueckruf",
            "y",
            "Gründung eines Imbiss",
            "",
            "0234 000000",
            "",
            "",
            "/ende",
            "",
        ]
    )
    result = subprocess.run(
        [RATHAUS, "chat"],
        env=cli_env,
        cwd=ROOT,
        input=dialogue,
        capture_output=True,
        text=True,
        timeout=110,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "KI-Assistenten" in result.stdout
    assert "Gewerbe anmelden" in result.stdout
    assert "Ihr Rückrufwunsch ist angelegt" in result.stdout
    tickets = sqlite3.connect(Path(cli_env["RATHAUS_DATA_DIR"]) / "rathaus.db").execute(
        "SELECT body FROM tickets WHERE queue = 'Wirtschaftsfoerderung'"
    )
    (body,) = tickets.fetchone()
    assert "0234 000000" in body and "Name:" not in body


def test_users_add_list_remove(cli_env: dict[str, str]) -> None:
    added = subprocess.run(
        [RATHAUS, "users", "add", "pruefer", "--role", "admin", "--password-stdin"],
        env=cli_env,
        cwd=ROOT,
        input="ein-sehr-langes-passwort\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert added.returncode == 0, added.stderr
    assert run(cli_env, "users", "list").stdout.split() == ["pruefer", "admin"]
    short = subprocess.run(
        [RATHAUS, "users", "add", "kurz", "--password-stdin"],
        env=cli_env,
        cwd=ROOT,
        input="kurz\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert short.returncode == 2 and "mindestens 12" in short.stderr
    assert run(cli_env, "users", "remove", "pruefer").returncode == 0
    assert "pruefer" not in run(cli_env, "users", "list").stdout
    assert run(cli_env, "users", "remove", "pruefer").returncode == 1
