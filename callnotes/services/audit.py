"""Audit trail: every view, edit, approval, export, purge, refusal and denial.

Events name who, what, when, which call, and the outcome; ``detail`` carries ids,
counts and reasons only, never transcript text or other PII.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from callnotes.security.roles import Permission, PermissionDenied, require
from callnotes.services.actor import Actor
from callnotes.services.views import AuditEntry
from callnotes.store import AuditEvent, Store


def record(
    session: Session,
    actor: Actor,
    action: str,
    *,
    call_id: int | None = None,
    outcome: str = "ok",
    **detail: str | int | float | bool | None,
) -> None:
    """Add an event to the caller's transaction: it commits (or not) with the action itself."""
    session.add(
        AuditEvent(
            actor_id=actor.id,
            actor=actor.username,
            action=action,
            outcome=outcome,
            call_id=call_id,
            detail=detail,
        )
    )


def record_alone(store: Store, actor: Actor, action: str, **kwargs) -> None:
    """An event in its own transaction: refusals and denials must be kept although the action is not."""
    with store.transaction() as session:
        record(session, actor, action, **kwargs)


def guard(store: Store, actor: Actor, permission: Permission, action: str, call_id: int | None = None) -> None:
    """Check a role permission; a denial is audited before it is raised."""
    try:
        require(actor.username, actor.role, permission)
    except PermissionDenied as denied:
        record_alone(store, actor, action, call_id=call_id, outcome="denied", reason=f"role {actor.role.value}")
        raise denied from None


def deny(store: Store, actor: Actor, action: str, reason: str, call_id: int | None = None) -> PermissionDenied:
    """Audit a denial (ownership, retention) and return the error to raise."""
    record_alone(store, actor, action, call_id=call_id, outcome="denied", reason=reason)
    return PermissionDenied(actor.username, action.replace("_", " "), reason)


class AuditService:
    def __init__(self, store: Store):
        self.store = store

    def events(
        self,
        actor: Actor,
        *,
        action: str | None = None,
        username: str | None = None,
        call_id: int | None = None,
        outcome: str | None = None,
        since: datetime | None = None,
        limit: int = 500,
    ) -> list[AuditEntry]:
        guard(self.store, actor, Permission.view_audit, "view_audit")
        query = select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit)
        if action:
            query = query.where(AuditEvent.action == action)
        if username:
            query = query.where(AuditEvent.actor == username)
        if call_id is not None:
            query = query.where(AuditEvent.call_id == call_id)
        if outcome:
            query = query.where(AuditEvent.outcome == outcome)
        if since is not None:
            query = query.where(AuditEvent.at >= since)
        with self.store.transaction() as session:
            rows = session.scalars(query).all()
            entries = [AuditEntry.from_row(row) for row in rows]
            record(session, actor, "view_audit", count=len(entries))
        return entries
