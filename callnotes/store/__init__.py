"""The case store: database (SQLAlchemy 2 + Alembic) and encrypted files.

``open_store()`` is the one way in: it resolves the database URL and the key, upgrades
the schema, and checks that the key is the one the store was created with before
anything is read or written.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from callnotes.config import Settings, settings
from callnotes.security.crypto import Cipher, DecryptionError, EncryptionKeyError, load_cipher
from callnotes.store.db import StoreError, make_engine, resolve_db_url, safe_url, transaction, upgrade_schema
from callnotes.store.files import BlobStore, DiskError
from callnotes.store.models import (
    ACTIVE_STATES,
    AuditEvent,
    Call,
    CallState,
    Consent,
    Note,
    NoteKind,
    Redaction,
    Review,
    Scenario,
    StoreMeta,
    Transcript,
    User,
)

__all__ = [
    "ACTIVE_STATES",
    "AuditEvent",
    "BlobStore",
    "Call",
    "CallState",
    "Consent",
    "DiskError",
    "Note",
    "NoteKind",
    "Redaction",
    "Review",
    "Scenario",
    "Store",
    "StoreError",
    "Transcript",
    "User",
    "open_store",
]

_KEY_CHECK = "key_check"
_KEY_CHECK_PLAINTEXT = b"callnotes store key check"


@dataclass
class Store:
    engine: Engine
    url: str
    cipher: Cipher
    files: BlobStore
    data_dir: Path
    retention_days: int
    max_audio_bytes: int
    inbox_dir: Path

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with transaction(self._sessions, self.url) as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


def _check_key(store: Store) -> None:
    """Fail fast on a wrong key, before a single value is written with it."""
    with store.transaction() as session:
        meta = session.get(StoreMeta, _KEY_CHECK)
        if meta is None:
            session.add(StoreMeta(key=_KEY_CHECK, value=store.cipher.encrypt(_KEY_CHECK_PLAINTEXT, _KEY_CHECK)))
            return
        try:
            ok = store.cipher.decrypt(meta.value, _KEY_CHECK) == _KEY_CHECK_PLAINTEXT
        except DecryptionError:
            ok = False
        if not ok:
            raise EncryptionKeyError(
                f"the encryption key does not match the store at {safe_url(store.url)}: "
                "set CALLNOTES_KEY or the key file to the key this store was created with"
            )


def open_store(config: Settings | None = None, cipher: Cipher | None = None) -> Store:
    config = config or settings()
    data_dir = Path(config.data_dir).expanduser()
    cipher = cipher or load_cipher(config.store.key_file, data_dir)
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    url = resolve_db_url(config.store.db_url, data_dir)
    engine = make_engine(url)
    upgrade_schema(engine)
    store = Store(
        engine=engine,
        url=url,
        cipher=cipher,
        files=BlobStore(data_dir, cipher),
        data_dir=data_dir,
        retention_days=config.store.retention_days,
        max_audio_bytes=config.store.max_audio_bytes,
        inbox_dir=Path(config.store.inbox_dir or data_dir / "inbox").expanduser(),
    )
    try:
        _check_key(store)
    except BaseException:
        store.close()
        raise
    return store
