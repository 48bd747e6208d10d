import base64
import os
from pathlib import Path

import pytest
from pydantic import ValidationError

from core.blobs import LocalBlobStore
from core.errors import BlobNotFoundError, ConfigurationError, StorageError
from core.settings import SecuritySettings, Settings, load_keys


def test_development_keys_are_created_once_and_kept(tmp_path: Path) -> None:
    settings = Settings(_env_file=None, data_dir=tmp_path)  # type: ignore[call-arg]
    first = load_keys(settings)
    second = load_keys(settings)
    assert first == second
    assert len(first.payload_key) == 32
    assert (tmp_path / "keys.json").stat().st_mode & 0o777 == 0o600


def test_production_refuses_placeholder_secrets(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="PAYLOAD_KEY"):
        Settings(
            _env_file=None,  # type: ignore[call-arg]
            environment="production",
            data_dir=tmp_path,
            security=SecuritySettings(payload_key="change-me", vault_key="change-me"),  # type: ignore[arg-type]
        )


def test_production_never_generates_keys(tmp_path: Path) -> None:
    key = base64.b64encode(b"k" * 32).decode()
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        environment="production",
        data_dir=tmp_path,
        security=SecuritySettings(payload_key=key, vault_key=key, session_key=key),  # type: ignore[arg-type]
    )
    assert load_keys(settings).vault_key == b"k" * 32
    assert not (tmp_path / "keys.json").exists()


def test_short_key_is_a_configuration_error(tmp_path: Path) -> None:
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        data_dir=tmp_path,
        security=SecuritySettings(payload_key=base64.b64encode(b"short").decode()),  # type: ignore[arg-type]
    )
    with pytest.raises(ConfigurationError, match="32 bytes"):
        load_keys(settings)


def test_settings_read_nested_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("RATHAUS_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("RATHAUS_TEMPORAL__ADDRESS", "temporal.stadt.example:7233")
    monkeypatch.setenv("RATHAUS_DATABASE__URL", "postgresql+psycopg://rathaus@db/rathaus")
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.temporal.address == "temporal.stadt.example:7233"
    assert settings.database_url == "postgresql+psycopg://rathaus@db/rathaus"
    assert settings.blob_dir == tmp_path / "blobs"


def test_env_example_lists_every_setting() -> None:
    example = (Path(__file__).resolve().parents[2] / ".env.example").read_text(encoding="utf-8")

    def names(model: type, prefix: str) -> list[str]:
        found = []
        for name, field in model.model_fields.items():  # type: ignore[attr-defined]
            annotation = field.annotation
            if isinstance(annotation, type) and hasattr(annotation, "model_fields"):
                found += names(annotation, f"{prefix}{name.upper()}__")
            else:
                found.append(f"{prefix}{name.upper()}")
        return found

    missing = [n for n in names(Settings, "RATHAUS_") if n not in example]
    assert missing == []


def test_blob_store_is_content_addressed_and_verifies(tmp_path: Path) -> None:
    store = LocalBlobStore(tmp_path)
    ref = store.put(b"Antrag", "text/plain")
    assert store.put(b"Antrag", "text/plain") == ref
    assert store.get(ref) == b"Antrag"
    path = tmp_path / ref.sha256[:2] / ref.sha256
    path.write_bytes(b"manipuliert")
    with pytest.raises(StorageError, match="corrupt"):
        store.get(ref)
    assert store.delete(ref.sha256)
    with pytest.raises(BlobNotFoundError):
        store.get(ref)
    assert not store.delete(ref.sha256)


def test_env_example_as_env_file_gives_the_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    """Copying .env.example to .env must work: empty values mean "not set"."""
    for name in list(os.environ):
        if name.startswith("RATHAUS_"):
            monkeypatch.delenv(name)
    example = Path(__file__).resolve().parents[2] / ".env.example"
    loaded = Settings(_env_file=example)  # type: ignore[call-arg]
    assert loaded.classifier == Settings(_env_file=None).classifier  # type: ignore[call-arg]
    assert loaded.classifier.llm_auto_threshold is None
    assert loaded.llm.model_path is None and loaded.catalogue_path is None
