"""What an admin sees of the installation: effective settings and call counts (no call content)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from callnotes.config import Settings, settings
from callnotes.security.roles import Permission
from callnotes.services.actor import Actor
from callnotes.services.audit import guard, record
from callnotes.store import Call, Store
from callnotes.store.db import safe_url


@dataclass(frozen=True, slots=True)
class Overview:
    database: str  # URL without password
    data_dir: str
    retention_days: int
    asr_model: str
    key_id: str  # fingerprint of the encryption key in use, never the key
    calls_by_state: dict[str, int]


class AdminService:
    def __init__(self, store: Store, config: Settings | None = None):
        self.store = store
        self.config = config

    def overview(self, actor: Actor) -> Overview:
        guard(self.store, actor, Permission.manage_users, "view_settings")
        config = self.config or settings()
        with self.store.transaction() as session:
            counts = dict(session.execute(select(Call.state, func.count()).group_by(Call.state)).all())
            record(session, actor, "view_settings")
        return Overview(
            database=safe_url(self.store.url),
            data_dir=str(self.store.data_dir),
            retention_days=self.store.retention_days,
            asr_model=config.asr.model,
            key_id=self.store.cipher.key_id.hex(),
            calls_by_state=counts,
        )
