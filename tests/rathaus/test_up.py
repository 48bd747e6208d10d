"""`rathaus up`: the embedded stack starts, serves, processes, and stops cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
from conftest import ROOT, SAMPLES

from rathaus.stack import free_port, port_open

RATHAUS = str(Path(sys.executable).parent / "rathaus")


def test_up_runs_dev_server_worker_and_web_and_stops_on_sigterm(tmp_path: Path) -> None:
    temporal_port, ui_port, web_port = free_port(), free_port(), free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("RATHAUS_")}
    env.update(
        RATHAUS_DATA_DIR=str(tmp_path),
        RATHAUS_TEMPORAL__ADDRESS=f"127.0.0.1:{temporal_port}",
        RATHAUS_TEMPORAL__UI_PORT=str(ui_port),
        RATHAUS_WEB__PORT=str(web_port),
    )
    stack = subprocess.Popen(
        [RATHAUS, "up"],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert stack.stdout is not None
        deadline = time.monotonic() + 90
        for line in stack.stdout:
            if "läuft" in line or time.monotonic() > deadline:
                break
        assert httpx.get(f"http://127.0.0.1:{web_port}/healthz", timeout=10).json() == {
            "status": "ok"
        }
        assert port_open("127.0.0.1", ui_port)  # Temporal Web UI
        result = subprocess.run(
            [RATHAUS, "intake", "--wait", "--format", "json", str(SAMPLES / "12_fundsache.txt")],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=90,
            check=False,
        )
        assert '"status": "routed"' in result.stdout, result.stderr
        assert (tmp_path / "temporal.db").exists()  # persistent SQLite file in the data dir
    finally:
        stack.send_signal(signal.SIGTERM)
        code = stack.wait(timeout=60)
    assert code == 0, stack.stderr.read() if stack.stderr else ""
    assert not port_open("127.0.0.1", temporal_port)
    assert not port_open("127.0.0.1", web_port)
