"""Engine, sessions and schema migrations for the case store.

SQLite file in the data directory by default; any SQLAlchemy URL (PostgreSQL with
psycopg) through ``$CALLNOTES_DB_URL`` or ``store.db_url``. The schema is created and
upgraded by the Alembic migrations shipped inside this package, never by ``create_all``,
so a store created today can be upgraded by tomorrow's release.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from callnotes.errors import CallnotesError

DB_URL_ENV = "CALLNOTES_DB_URL"
MIGRATIONS_DIR = Path(__file__).parent / "migrations"
SQLITE_BUSY_TIMEOUT_S = 10


class StoreError(CallnotesError):
    """The database is locked, unreachable or refused a write; nothing was half-written."""


def resolve_db_url(configured: str | None, data_dir: Path) -> str:
    url = os.environ.get(DB_URL_ENV) or configured
    return url or f"sqlite:///{Path(data_dir).expanduser() / 'callnotes.db'}"


def safe_url(url: str) -> str:
    """The URL without its password, for error messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - a malformed URL must still give a clean message
        return "<malformed database URL>"


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cursor = dbapi_conn.cursor()
    # WAL lets the app read while a worker writes; foreign keys are off by default in SQLite.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except Exception:  # noqa: BLE001
        raise StoreError("the database URL is malformed (check CALLNOTES_DB_URL / store.db_url)") from None
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 10})


def upgrade_schema(engine: Engine) -> None:
    """Bring the schema to the newest migration (idempotent)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except OperationalError as exc:
        raise StoreError(f"database {safe_url(str(engine.url))} unreachable or locked: {_reason(exc)}") from None


def _reason(exc: SQLAlchemyError) -> str:
    # The driver's first line names the problem (locked, refused, disk full) without query parameters.
    original = getattr(exc, "orig", None) or exc
    return str(original).strip().splitlines()[0][:200] if str(original).strip() else type(original).__name__


@contextmanager
def transaction(factory: sessionmaker[Session], url: str) -> Iterator[Session]:
    """One all-or-nothing unit of work; database failures become a clear :class:`StoreError`."""
    session = factory()
    try:
        yield session
        session.commit()
    except OperationalError as exc:
        session.rollback()
        raise StoreError(f"database {safe_url(url)} unreachable or locked: {_reason(exc)}") from None
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
