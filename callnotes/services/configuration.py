"""Admins change retention and model settings from the app: written to the configuration file, audited.

The file is the one ``callnotes.config`` reads (``$CALLNOTES_CONFIG``, ``./callnotes.yaml`` or
``~/.config/callnotes/config.yaml``); other sections and keys in it are kept. A change is
validated against :class:`~callnotes.config.Settings` before it is written (atomically), and
applies when the app and the worker restart.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import ValidationError

from callnotes.config import Settings, load_settings
from callnotes.errors import CallnotesError
from callnotes.security.roles import Permission
from callnotes.services.actor import Actor
from callnotes.services.audit import guard, record
from callnotes.store import Store

NOTE_LANGUAGES = ("es", "en")


@dataclass(frozen=True, slots=True)
class EditableSettings:
    path: Path  # where a change is written
    retention_days: int
    asr_model: str
    asr_models: list[str]  # the models the manifest knows
    note_language: str  # language of the drafted note's summary


def config_file() -> Path:
    env = os.environ.get("CALLNOTES_CONFIG")
    if env:
        return Path(env)
    local = Path("callnotes.yaml")
    return local if local.is_file() else Path.home() / ".config" / "callnotes" / "config.yaml"


def _settings(path: Path) -> Settings:
    return load_settings(path) if path.is_file() else Settings()


class ConfigurationService:
    def __init__(self, store: Store):
        self.store = store

    def current(self, actor: Actor) -> EditableSettings:
        guard(self.store, actor, Permission.manage_users, "view_settings")
        path = config_file()
        return self._view(path, _settings(path))

    def update(self, actor: Actor, retention_days: int, asr_model: str, note_language: str) -> EditableSettings:
        guard(self.store, actor, Permission.manage_users, "change_settings")
        path = config_file()
        data = self._read(path)
        known = self._models(_settings(path))
        if known and asr_model not in known:
            raise CallnotesError(f"unknown speech model {asr_model!r} (known: {', '.join(known)})")
        if note_language not in NOTE_LANGUAGES:
            raise CallnotesError(f"note language must be one of {', '.join(NOTE_LANGUAGES)}")
        data.setdefault("store", {})["retention_days"] = int(retention_days)
        data.setdefault("asr", {})["model"] = asr_model
        data.setdefault("summarize", {})["lang"] = note_language
        try:
            config = Settings.model_validate(data)
        except ValidationError as exc:
            raise CallnotesError(f"invalid settings: {exc.errors()[0]['msg']}") from None
        self._write(path, data)
        with self.store.transaction() as session:
            record(
                session,
                actor,
                "change_settings",
                retention_days=int(retention_days),
                asr_model=asr_model,
                note_language=note_language,
            )
        return self._view(path, config)

    def _view(self, path: Path, config: Settings) -> EditableSettings:
        summarize = config.summarize if isinstance(config.summarize, dict) else {}
        return EditableSettings(
            path=path,
            retention_days=config.store.retention_days,
            asr_model=config.asr.model,
            asr_models=self._models(config),
            note_language=str(summarize.get("lang", "es")),
        )

    @staticmethod
    def _models(config: Settings) -> list[str]:
        try:
            from asr.models import load_manifest

            return list(load_manifest(config.models_dir).models)
        except (ImportError, CallnotesError, OSError):
            return []

    @staticmethod
    def _read(path: Path) -> dict:
        if not path.is_file():
            return {}
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError:
            raise CallnotesError(f"{path}: not valid YAML; fix it by hand before changing settings here") from None
        if not isinstance(data, dict):
            raise CallnotesError(f"{path}: the configuration must be a mapping of sections")
        return data

    @staticmethod
    def _write(path: Path, data: dict) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".callnotes-config-", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                yaml.safe_dump(data, out, allow_unicode=True, sort_keys=False)
            os.replace(tmp, path)
        except OSError as exc:
            Path(tmp).unlink(missing_ok=True)
            raise CallnotesError(f"{path}: could not write the settings ({exc.strerror})") from None
