"""Settings: defaults, overridden by a YAML file, overridden by environment variables.

Looked up in order: ``$CALLNOTES_CONFIG``, ``./callnotes.yaml``,
``~/.config/callnotes/config.yaml``. Each stage owns one section of the file
(``asr:``, ``redact:``, ``summarize:``, ``store:``); unknown keys are an error so
that a typo in a setting is never silently ignored.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from callnotes.errors import CallnotesError

PROJECT_ROOT = Path(__file__).resolve().parents[1]


def _default_models_dir() -> Path:
    env = os.environ.get("CALLNOTES_MODELS_DIR")
    if env:
        return Path(env)
    # Editable installs and checkouts keep weights next to the tracked manifest.
    if (PROJECT_ROOT / "models" / "manifest.yaml").exists():
        return PROJECT_ROOT / "models"
    return Path.home() / ".cache" / "callnotes" / "models"


def _default_data_dir() -> Path:
    env = os.environ.get("CALLNOTES_DATA_DIR")
    return Path(env) if env else Path.home() / ".local" / "share" / "callnotes"


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class AsrSettings(_Section):
    model: str = Field("base", description="A model name from models/manifest.yaml or a model directory")
    languages: list[str] = Field(default_factory=lambda: ["es", "en", "pt"])
    language: str | None = Field(None, description="Force one language and skip detection")
    beam_size: int = 5
    batch_size: int = Field(8, ge=1, description="Speech chunks decoded together; 1 = one after another")
    max_duration_s: float = Field(4 * 3600, description="Longer recordings are refused")
    device: str = "cpu"
    compute_type: str = "int8"
    cpu_threads: int = 0
    operator_channel: int = Field(0, description="On two-channel recordings, the operator's channel (0 or 1)")


class StoreSettings(_Section):
    """Where cases are kept and for how long (owned by ``callnotes.store``)."""

    db_url: str | None = Field(
        None, description="SQLAlchemy URL; $CALLNOTES_DB_URL wins; default: SQLite file in data_dir"
    )
    key_file: Path | None = Field(
        None, description="Encryption key file, outside data_dir; $CALLNOTES_KEY (the key itself) wins"
    )
    retention_days: int = Field(30, ge=1, description="Raw audio and unredacted text are purged after this")
    inbox_dir: Path | None = Field(None, description="Watched by `callnotes worker`; default data_dir/inbox")
    max_audio_bytes: int = Field(2 * 1024**3, description="Larger files are refused before reading them")


class Settings(_Section):
    models_dir: Path = Field(default_factory=_default_models_dir)
    data_dir: Path = Field(default_factory=_default_data_dir)
    asr: AsrSettings = Field(default_factory=AsrSettings)
    # Sections owned by later stages are kept as plain mappings until those stages define them.
    redact: dict = Field(default_factory=dict)
    summarize: dict = Field(default_factory=dict)
    store: StoreSettings = Field(default_factory=StoreSettings)


def _config_path() -> Path | None:
    env = os.environ.get("CALLNOTES_CONFIG")
    if env:
        path = Path(env)
        if not path.is_file():
            raise CallnotesError(f"{path}: CALLNOTES_CONFIG points to a file that does not exist")
        return path
    for candidate in (Path("callnotes.yaml"), Path.home() / ".config" / "callnotes" / "config.yaml"):
        if candidate.is_file():
            return candidate
    return None


def load_settings(path: Path | None = None) -> Settings:
    path = path or _config_path()
    data: dict = {}
    if path is not None:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            raise CallnotesError(f"{path}: not valid YAML ({exc.__class__.__name__})") from None
        if not isinstance(data, dict):
            raise CallnotesError(f"{path}: the configuration must be a mapping of sections")
    try:
        return Settings.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise CallnotesError(f"{path or 'configuration'}: {problems}") from None


@lru_cache(maxsize=1)
def settings() -> Settings:
    """The process-wide settings (read once)."""
    return load_settings()
