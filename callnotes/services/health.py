"""System health for admins: models present and verified, disk space, queue length."""

from __future__ import annotations

import importlib.util
import shutil
from dataclasses import dataclass

from sqlalchemy import func, select

from callnotes.config import Settings, load_settings
from callnotes.errors import CallnotesError
from callnotes.security.roles import Permission
from callnotes.services.actor import Actor
from callnotes.services.audit import guard, record
from callnotes.store import ACTIVE_STATES, Call, CallState, Store

LOW_DISK_BYTES = 2 * 1024**3


@dataclass(frozen=True, slots=True)
class ModelCheck:
    name: str
    ok: bool
    status: str  # verified | present | installed | missing | broken (the app shows it in the user's language)
    detail: str = ""  # a path, a file count or the problem; never anything from a call


@dataclass(frozen=True, slots=True)
class Health:
    models: list[ModelCheck]
    disk_total: int
    disk_free: int
    queued: int  # calls a worker still has to process
    failed: int
    awaiting_review: int
    inbox_files: int

    @property
    def low_disk(self) -> bool:
        return self.disk_free < LOW_DISK_BYTES

    @property
    def ok(self) -> bool:
        return all(m.ok for m in self.models) and not self.low_disk


def _spacy_models(config: Settings) -> list[str]:
    """The spaCy models the redactor is configured to load (its own settings, not a copy here)."""
    try:
        from redact.settings import load_settings as redact_settings

        wanted = redact_settings(config.redact or None)
    except (ImportError, CallnotesError, ValueError):
        return []
    return sorted({m.model_name for m in wanted.ner_models if m.lang_code in wanted.languages})


class HealthService:
    def __init__(self, store: Store, config: Settings | None = None):
        self.store = store
        self.config = config

    def check(self, actor: Actor, verify_hashes: bool = True) -> Health:
        guard(self.store, actor, Permission.manage_users, "view_health")
        config = self.config or load_settings()
        models = [self._asr(config, verify_hashes)]
        for name in _spacy_models(config):
            found = importlib.util.find_spec(name) is not None
            models.append(
                ModelCheck(f"spaCy {name}", found, "installed" if found else "missing", "" if found else "./setup.sh")
            )
        backend = (config.summarize or {}).get("backend", "rules") if isinstance(config.summarize, dict) else "rules"
        found = importlib.util.find_spec("summarize") is not None
        models.append(ModelCheck(f"drafter ({backend})", found, "installed" if found else "missing"))
        usage = shutil.disk_usage(self.store.data_dir)
        inbox = self.store.inbox_dir
        inbox_files = sum(1 for p in inbox.iterdir() if p.is_file()) if inbox.is_dir() else 0
        with self.store.transaction() as session:
            counts = dict(session.execute(select(Call.state, func.count()).group_by(Call.state)).all())
            record(session, actor, "view_health")
        return Health(
            models=models,
            disk_total=usage.total,
            disk_free=usage.free,
            queued=sum(counts.get(s.value, 0) for s in ACTIVE_STATES),
            failed=counts.get(CallState.failed.value, 0),
            awaiting_review=counts.get(CallState.ready_for_review.value, 0),
            inbox_files=inbox_files,
        )

    @staticmethod
    def _asr(config: Settings, verify_hashes: bool) -> ModelCheck:
        name = f"Whisper {config.asr.model}"
        try:
            from asr.models import resolve

            resolved = resolve(config.asr.model, config.models_dir, verify=verify_hashes)
        except (CallnotesError, OSError, ImportError) as exc:
            return ModelCheck(name, False, "broken", str(exc)[:300])
        if resolved.checks:
            return ModelCheck(name, True, "verified", f"{resolved.path} ({len(resolved.checks)} sha256)")
        return ModelCheck(name, True, "present", str(resolved.path))
