"""Case notes: every version kept (draft, each edit, the approved one); approval and rejection."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from callnotes.errors import CallnotesError
from callnotes.security.roles import Permission
from callnotes.services.access import NotFound, load_call
from callnotes.services.actor import Actor
from callnotes.services.audit import deny, guard, record
from callnotes.services.views import NoteVersion
from callnotes.store import Call, CallState, Note, NoteKind, Store, User


class StaleEdit(CallnotesError):
    """Someone saved a newer version since this one was opened."""


def validate_note(content: Any) -> dict[str, Any]:
    """A note's JSON, checked against ``summarize.CaseNote`` so stored notes always fit the schema."""
    try:  # the drafter's model; imported late so the store works without the summarize extra
        from summarize import CaseNote
    except ImportError:
        from summarize.model import CaseNote

    note = content if isinstance(content, CaseNote) else CaseNote.model_validate(content)
    return note.model_dump(mode="json")


def _versions(session: Session, call_id: int) -> list[NoteVersion]:
    rows = session.execute(
        select(Note, User.username)
        .outerjoin(User, Note.author_id == User.id)
        .where(Note.call_id == call_id)
        .order_by(Note.version)
    )
    return [NoteVersion.from_row(note, author) for note, author in rows]


class NoteService:
    def __init__(self, store: Store):
        self.store = store

    def versions(self, actor: Actor, call_id: int) -> list[NoteVersion]:
        guard(self.store, actor, Permission.view_redacted, "view_note", call_id)
        with self.store.transaction() as session:
            load_call(session, self.store, actor, call_id, "view_note")
            versions = _versions(session, call_id)
            record(session, actor, "view_note", call_id=call_id, versions=len(versions))
            return versions

    def current(self, actor: Actor, call_id: int) -> NoteVersion:
        versions = self.versions(actor, call_id)
        if not versions:
            raise NotFound(f"call {call_id} has no note yet")
        return versions[-1]

    def edit(self, actor: Actor, call_id: int, content: Any, based_on_version: int) -> NoteVersion:
        """Save a corrected note as a new version; ``based_on_version`` guards against lost updates."""
        guard(self.store, actor, Permission.edit_note, "edit_note", call_id)
        payload = validate_note(content)
        with self.store.transaction() as session:
            call = self._own_call(session, actor, call_id, "edit_note")
            if call.state not in (CallState.ready_for_review, CallState.rejected):
                raise CallnotesError(f"call {call_id} is {call.state}: only notes awaiting review can be edited")
            latest = self._latest(session, call_id)
            if latest != based_on_version:
                raise StaleEdit(f"call {call_id}: version {latest} was saved meanwhile; reload before editing")
            note = Note(
                call_id=call_id,
                version=latest + 1,
                kind=NoteKind.edit.value,
                content=payload,
                author_id=actor.id,
            )
            session.add(note)
            call.state = CallState.ready_for_review.value
            session.flush()
            record(session, actor, "edit_note", call_id=call_id, version=note.version)
            return NoteVersion.from_row(note, actor.username)

    def approve(self, actor: Actor, call_id: int, version: int) -> NoteVersion:
        """Sign off ``version`` (must be the latest): stored again as the approved version."""
        guard(self.store, actor, Permission.approve_note, "approve_note", call_id)
        with self.store.transaction() as session:
            call = self._approvable(session, actor, call_id, "approve_note")
            latest = self._latest(session, call_id)
            if latest != version:
                raise StaleEdit(f"call {call_id}: version {latest} is newer than {version}; review it first")
            source = session.scalar(select(Note).where(Note.call_id == call_id, Note.version == version))
            note = Note(
                call_id=call_id,
                version=latest + 1,
                kind=NoteKind.approved.value,
                content=dict(source.content),
                author_id=actor.id,
            )
            session.add(note)
            call.state = CallState.approved.value
            session.flush()
            record(session, actor, "approve_note", call_id=call_id, version=note.version)
            return NoteVersion.from_row(note, actor.username)

    def reject(self, actor: Actor, call_id: int) -> None:
        """Send the note back to the operator (reasons go in a review, not in the audit log)."""
        guard(self.store, actor, Permission.approve_note, "reject_note", call_id)
        with self.store.transaction() as session:
            call = self._approvable(session, actor, call_id, "reject_note")
            call.state = CallState.rejected.value
            record(session, actor, "reject_note", call_id=call_id)

    def _own_call(self, session: Session, actor: Actor, call_id: int, action: str) -> Call:
        call = load_call(session, self.store, actor, call_id, action)
        if call.operator_id != actor.id:
            raise deny(self.store, actor, action, "not the call's operator", call_id)
        return call

    def _approvable(self, session: Session, actor: Actor, call_id: int, action: str) -> Call:
        call = load_call(session, self.store, actor, call_id, action)
        if call.state != CallState.ready_for_review:
            raise CallnotesError(f"call {call_id} is {call.state}: only notes awaiting review can be signed off")
        return call

    @staticmethod
    def _latest(session: Session, call_id: int) -> int:
        return session.scalar(select(func.coalesce(func.max(Note.version), 0)).where(Note.call_id == call_id))
