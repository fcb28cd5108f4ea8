"""The case store: migrations, key check, atomic encrypted files, database failures.

Runs against SQLite always, and against PostgreSQL too when ``CALLNOTES_TEST_PG_URL``
names a server (``.ci/postgres.sh`` starts one); otherwise those cases skip.
"""

from __future__ import annotations

import errno
import os
import sqlite3

import pytest
from sqlalchemy import inspect, select, text

from callnotes.config import Settings
from callnotes.security.crypto import EncryptionKeyError, generate_key
from callnotes.store import Call, DiskError, StoreError, StoreMeta, User, open_store
from callnotes.store import db as store_db
from callnotes.store.models import Base

PG_URL = os.environ.get("CALLNOTES_TEST_PG_URL")
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.skipif(not PG_URL, reason="no PostgreSQL"))]
TABLES = {
    "users",
    "calls",
    "transcripts",
    "redactions",
    "notes",
    "reviews",
    "scenarios",
    "audit_events",
    "store_meta",
    "alembic_version",
}


def reset_postgres(url: str) -> None:
    """Each PostgreSQL test starts from an empty database, like each SQLite test's fresh file."""
    engine = store_db.make_engine(url)
    with engine.begin() as conn:
        Base.metadata.drop_all(conn)
        conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    engine.dispose()


@pytest.fixture(params=BACKENDS)
def settings_for(request, tmp_path, monkeypatch):
    monkeypatch.setenv("CALLNOTES_KEY", generate_key())
    if request.param == "postgresql":
        reset_postgres(PG_URL)
        monkeypatch.setenv("CALLNOTES_DB_URL", PG_URL)
    else:
        monkeypatch.delenv("CALLNOTES_DB_URL", raising=False)
    return Settings(data_dir=tmp_path / "data")


@pytest.fixture
def store(settings_for):
    s = open_store(settings_for)
    yield s
    s.close()


def test_schema_comes_from_the_migrations(store):
    assert TABLES <= set(inspect(store.engine).get_table_names())
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0003"


def test_reopening_is_idempotent_and_wrong_key_is_refused(settings_for, monkeypatch):
    first = open_store(settings_for)
    with first.transaction() as session:
        session.add(User(username="ana", role="operator", password_hash="x"))
        check_before = session.get(StoreMeta, "key_check").value
    first.close()
    open_store(settings_for).close()  # same key: fine, migrations are not re-applied

    monkeypatch.setenv("CALLNOTES_KEY", generate_key())
    with pytest.raises(EncryptionKeyError, match="does not match the store"):
        open_store(settings_for)
    monkeypatch.delenv("CALLNOTES_KEY")
    monkeypatch.setenv("CALLNOTES_KEY_FILE", str(settings_for.data_dir.parent / "no-such.key"))
    with pytest.raises(EncryptionKeyError, match="no encryption key"):
        open_store(settings_for)
    # The wrong key wrote nothing: the key check value is the one the store was created with.
    monkeypatch.delenv("CALLNOTES_KEY_FILE")
    engine = store_db.make_engine(store_db.resolve_db_url(None, settings_for.data_dir))
    with engine.connect() as conn:
        assert conn.execute(select(StoreMeta.value).where(StoreMeta.key == "key_check")).scalar() == check_before
    engine.dispose()


def test_failed_transaction_leaves_nothing(store):
    with pytest.raises(RuntimeError), store.transaction() as session:
        session.add(User(username="ana", role="operator", password_hash="x"))
        session.flush()
        raise RuntimeError("crash between two writes")
    with store.transaction() as session:
        assert session.scalars(select(User)).all() == []


def test_encrypted_file_round_trip_holds_no_plaintext(store, tmp_path):
    source = tmp_path / "call.wav"
    payload = b"RIFF....WAVE" + b"Julio Mamani 987654321" * 1000
    source.write_bytes(payload)
    store.files.put_file(source, "audio/abc.wav.enc", "raw-audio")
    on_disk = (store.data_dir / "audio" / "abc.wav.enc").read_bytes()
    assert b"Julio Mamani" not in on_disk
    assert store.files.read_bytes("audio/abc.wav.enc", "raw-audio") == payload
    with store.files.decrypted_copy("audio/abc.wav.enc", "raw-audio", ".wav") as plain:
        assert plain.read_bytes() == payload
    assert not plain.exists(), "the plaintext scratch copy must be gone after use"


def test_disk_full_leaves_no_partial_file(store, tmp_path, monkeypatch):
    source = tmp_path / "call.wav"
    source.write_bytes(os.urandom(3 * 1024 * 1024))
    real_encrypt = store.cipher.encrypt_stream

    def fill_disk(src, dst, purpose):
        dst.write(b"partial")  # some bytes reach the disk, then the device is full
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store.cipher, "encrypt_stream", fill_disk)
    with pytest.raises(DiskError, match="disk full"):
        store.files.put_file(source, "audio/x.wav.enc", "raw-audio")
    assert list((store.data_dir / "audio").iterdir()) == []
    monkeypatch.setattr(store.cipher, "encrypt_stream", real_encrypt)
    store.files.put_file(source, "audio/x.wav.enc", "raw-audio")
    assert store.files.read_bytes("audio/x.wav.enc", "raw-audio") == source.read_bytes()


def test_locked_sqlite_database_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("CALLNOTES_KEY", generate_key())
    monkeypatch.delenv("CALLNOTES_DB_URL", raising=False)
    monkeypatch.setattr(store_db, "SQLITE_BUSY_TIMEOUT_S", 0.2)
    store = open_store(Settings(data_dir=tmp_path / "data"))
    blocker = sqlite3.connect(store.data_dir / "callnotes.db")
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError, match="locked"), store.transaction() as session:
            session.add(User(username="ana", role="operator", password_hash="x"))
    finally:
        blocker.rollback()
        blocker.close()
    with store.transaction() as session:  # usable again once the lock is gone, and nothing half-written
        assert session.scalars(select(User)).all() == []
    store.close()


def test_unreachable_database_is_a_clear_error_without_password(tmp_path, monkeypatch):
    monkeypatch.setenv("CALLNOTES_KEY", generate_key())
    monkeypatch.setenv("CALLNOTES_DB_URL", "postgresql+psycopg://hotline:s3cret@127.0.0.1:1/callnotes")
    with pytest.raises(StoreError, match="unreachable") as info:
        open_store(Settings(data_dir=tmp_path / "data"))
    assert "s3cret" not in str(info.value)
    monkeypatch.setenv("CALLNOTES_DB_URL", "not a url")
    with pytest.raises(StoreError, match="malformed"):
        open_store(Settings(data_dir=tmp_path / "data"))


def test_audio_hash_is_unique(store):
    with store.transaction() as session:
        user = User(username="ana", role="operator", password_hash="x")
        session.add(user)
        session.flush()
        session.add(Call(audio_sha256="a" * 64, consent="recorded", operator_id=user.id, audio_bytes=1))
    with pytest.raises(Exception), store.transaction() as session:  # noqa: B017 - driver-specific IntegrityError
        session.add(Call(audio_sha256="a" * 64, consent="recorded", operator_id=user.id, audio_bytes=1))
    with store.transaction() as session:
        assert len(session.scalars(select(Call)).all()) == 1


def test_models_and_migrations_agree(store):
    """A model changed without a new migration would silently differ between new and upgraded stores."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_scratch_of_dead_processes_is_cleared_and_live_ones_kept(store):
    import subprocess
    import sys

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    scratch = store.data_dir / "tmp"
    for pid in (int(dead.stdout), os.getpid(), 1):  # a finished process, this one, init (always alive)
        (scratch / f"pid-{pid}").mkdir(parents=True, exist_ok=True)
        (scratch / f"pid-{pid}" / "work-x.wav").write_bytes(b"plaintext audio")
    assert store.files.clear_scratch() == 1
    assert sorted(p.name for p in scratch.iterdir()) == sorted([f"pid-{os.getpid()}", "pid-1"])


def test_a_store_from_the_first_release_is_upgraded_in_place(settings_for):
    from alembic import command
    from alembic.config import Config

    url = store_db.resolve_db_url(None, settings_for.data_dir)
    engine = store_db.make_engine(url)
    config = Config()
    config.set_main_option("script_location", str(store_db.MIGRATIONS_DIR))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
        conn.execute(
            text(
                "INSERT INTO users (username, role, password_hash, active, created_at) "
                "VALUES ('ana', 'operator', 'x', true, CURRENT_TIMESTAMP)"
            )
        )
    engine.dispose()

    store = open_store(settings_for)  # upgrades to the newest revision, keeping the data
    with store.transaction() as session:
        assert [u.username for u in session.scalars(select(User))] == ["ana"]
        session.add(Call(audio_sha256="b" * 64, consent="recorded", operator_id=1, audio_bytes=1))
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0003"
        assert conn.execute(text("SELECT ended_at FROM calls")).scalar() is None
    assert "checked_hints" in {c["name"] for c in inspect(store.engine).get_columns("redactions")}
    store.close()
