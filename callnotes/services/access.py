"""Row-level checks shared by the services: ownership and retention."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from callnotes.errors import CallnotesError
from callnotes.security.roles import Permission, has_permission
from callnotes.services.actor import Actor
from callnotes.services.audit import deny
from callnotes.store import Call, Store


class NotFound(CallnotesError):
    """No such call (or scenario, or note)."""


def as_utc(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes even for timezone-aware columns; they were written in UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def load_call(session: Session, store: Store, actor: Actor, call_id: int, action: str) -> Call:
    """The call, if ``actor`` may see it: all calls for reviewers/admins, own calls for operators."""
    call = session.get(Call, call_id)
    if call is None:
        raise NotFound(f"no call {call_id}")
    if has_permission(actor.role, Permission.view_all_calls):
        return call
    if has_permission(actor.role, Permission.view_own_calls) and call.operator_id == actor.id:
        return call
    raise deny(store, actor, action, "not the call's operator", call_id)


def retention_cutoff(store: Store, now: datetime | None = None) -> datetime:
    return (now or datetime.now(UTC)) - timedelta(days=store.retention_days)


def require_raw(store: Store, actor: Actor, call: Call, action: str) -> None:
    """Unredacted material exists only within retention; past it, access is refused even before the purge."""
    reason = raw_gone(store, call)
    if reason is not None:
        raise deny(store, actor, action, reason, call.id)


def raw_gone(store: Store, call: Call) -> str | None:
    """Why the call's unredacted material may no longer be used (None: within retention, not purged)."""
    if call.raw_purged_at is not None:
        return "raw audio and unredacted text were purged"
    if as_utc(call.received_at) < retention_cutoff(store):
        return "past the retention period"
    return None
