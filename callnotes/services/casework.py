"""An operator's daily work in the app: intake (upload or inbox), highlighting, search, draft-vs-approved diff.

Built on the same rules as the other services: every method takes the acting user,
checks permissions here (denials audited) and records what was viewed or done.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from callnotes.errors import CallnotesError
from callnotes.security.roles import Permission, has_permission
from callnotes.services.access import NotFound, load_call
from callnotes.services.actor import Actor
from callnotes.services.audit import deny, guard, record
from callnotes.services.calls import CallService
from callnotes.services.notes import NoteService
from callnotes.services.views import CallSummary, NoteVersion
from callnotes.store import Call, CallState, Consent, Note, NoteKind, Redaction, Review, Store, User

AUDIO_SUFFIXES = (".wav", ".mp3", ".ogg", ".flac", ".m4a", ".opus", ".webm", ".aac")
# The fields of a case note compared between the draft and the approved version: summarize.model.NOTE_FIELDS,
# copied because importing summarize loads the drafter and the redactor, which the store does not need
# (tests/test_store_note_fields.py keeps the two equal).
NOTE_FIELDS = (
    "caller_role",
    "call_type",
    "exploitation_types",
    "victims",
    "region",
    "situation",
    "urgency",
    "actions",
    "summary",
)
_SAFE_NAME = re.compile(r"[^\w.\- ]+")


@dataclass(frozen=True, slots=True)
class EntitySpan:
    """An identifier found in the unredacted text: type and offsets only (the text stays in the transcript)."""

    type: str
    start: int
    end: int
    score: float


@dataclass(frozen=True, slots=True)
class FieldChange:
    field: str
    draft: Any
    approved: Any

    @property
    def changed(self) -> bool:
        return self.draft != self.approved


@dataclass(frozen=True, slots=True)
class NoteDiff:
    call_id: int
    draft_version: int
    final_version: int
    final_kind: str  # approved, or edit while the note is still being worked on
    fields: list[FieldChange]

    @property
    def changed_fields(self) -> list[str]:
        return [f.field for f in self.fields if f.changed]


@dataclass(frozen=True, slots=True)
class InboxFile:
    name: str
    size: int


@dataclass(frozen=True, slots=True)
class IntakeResult:
    name: str  # the file name as the operator gave it (shown back to them only)
    call_id: int | None
    state: str
    duplicate: bool = False
    error: str | None = None


ProgressFn = Callable[[int, str], None]  # (call id, stage) as each stage starts
AudioProgressFn = Callable[[int, float, float], None]  # (call id, seconds transcribed, seconds in the call)


def _is_audio(path: Path) -> bool:
    return path.is_file() and path.suffix.lower() in AUDIO_SUFFIXES and not path.name.startswith(".")


class CaseworkService:
    """Operator work. ``stages`` is a ``callnotes.pipeline.Stages`` (models loaded once per app process)."""

    def __init__(self, store: Store, stages: Any = None):
        self.store = store
        self._stages = stages
        self._calls = CallService(store)
        self._notes = NoteService(store)

    # -- intake ---------------------------------------------------------------------
    def inbox(self, actor: Actor) -> list[InboxFile]:
        """Recordings waiting in the inbox folder (names only; nothing is read)."""
        guard(self.store, actor, Permission.process_calls, "list_inbox")
        folder = self.store.inbox_dir
        files = sorted((p for p in folder.iterdir() if _is_audio(p)), key=lambda p: p.name) if folder.is_dir() else []
        return [InboxFile(p.name, p.stat().st_size) for p in files]

    def process_inbox_file(
        self,
        actor: Actor,
        name: str,
        consent: str,
        line: str | None,
        progress: ProgressFn | None = None,
        audio_progress: AudioProgressFn | None = None,
    ) -> IntakeResult:
        guard(self.store, actor, Permission.process_calls, "process_call")
        path = (self.store.inbox_dir / Path(name).name).resolve()
        if not path.is_relative_to(self.store.inbox_dir.resolve()) or not _is_audio(path):
            raise NotFound(f"{Path(name).name}: not a recording in the inbox")
        result = self._process(actor, path, name, consent, line, progress, audio_progress)
        if result.call_id is not None and result.error is None:
            # Stored encrypted now: the plaintext telephony copy goes, as the worker's inbox does it.
            path.unlink(missing_ok=True)
        return result

    def process_upload(
        self,
        actor: Actor,
        name: str,
        data: bytes,
        consent: str,
        line: str | None,
        progress: ProgressFn | None = None,
        audio_progress: AudioProgressFn | None = None,
    ) -> IntakeResult:
        """Process an uploaded recording; its plaintext lives only in a private scratch folder meanwhile."""
        guard(self.store, actor, Permission.process_calls, "process_call")
        safe = _SAFE_NAME.sub("_", Path(name).name)[:120] or "upload"
        if Path(safe).suffix.lower() not in AUDIO_SUFFIXES:
            return IntakeResult(name, None, "refused", error=f"not a supported recording ({', '.join(AUDIO_SUFFIXES)})")
        # The per-process scratch folder: a crash mid-upload leaves nothing that the next run keeps.
        folder = Path(tempfile.mkdtemp(prefix="upload-", dir=self.store.files.scratch_dir()))
        try:
            path = folder / safe
            path.write_bytes(data)
            return self._process(actor, path, name, consent, line, progress, audio_progress)
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def _process(
        self,
        actor: Actor,
        path: Path,
        name: str,
        consent: str,
        line: str | None,
        progress: ProgressFn | None,
        audio_progress: AudioProgressFn | None = None,
    ) -> IntakeResult:
        from callnotes.pipeline import CallRequest, Pipeline

        try:
            consent_value = Consent(consent)
        except ValueError:
            raise CallnotesError(f"unknown consent {consent!r} (recorded, verbal or none)") from None
        request = CallRequest(path=path, consent=consent_value, operator=actor.username, line=line or None)
        pipeline = Pipeline(self.store, self._stages)
        if audio_progress is not None and hasattr(pipeline, "on_audio"):
            pipeline.on_audio = audio_progress  # seconds transcribed so far, where the pipeline reports them
        try:
            outcome = pipeline.process(request, progress)
        except CallnotesError as exc:
            # Consent refusals and bad files: a clear reason, nothing stored (the pipeline audits it).
            return IntakeResult(name, None, "refused", error=str(exc).replace(str(path), Path(name).name))
        return IntakeResult(name, outcome.call_id, outcome.state, outcome.duplicate, outcome.error)

    # -- reading --------------------------------------------------------------------
    def search(self, actor: Actor, text: str = "", state: str | None = None, limit: int = 200) -> list[CallSummary]:
        """Calls the actor may see, filtered by state and by words in the *redacted* transcript."""
        calls = self._calls.list(actor, state=state, limit=limit)
        needle = text.strip().lower()
        if not needle:
            return calls
        guard(self.store, actor, Permission.view_redacted, "search_calls")
        ids = [c.id for c in calls]
        with self.store.transaction() as session:
            rows = session.execute(select(Redaction.call_id, Redaction.redacted_text).where(Redaction.call_id.in_(ids)))
            hits = {call_id for call_id, redacted in rows if needle in redacted.lower()}
            record(session, actor, "search_calls", count=len(hits))
        return [c for c in calls if c.id in hits]

    def entities(self, actor: Actor, call_id: int) -> list[EntitySpan]:
        """Where the identifiers are in the unredacted text: the operator's own calls, within retention."""
        guard(self.store, actor, Permission.view_unredacted, "view_entities", call_id)
        with self.store.transaction() as session:
            call = load_call(session, self.store, actor, call_id, "view_entities")
            self._own_raw(actor, call, "view_entities")
            if call.redaction is None or call.redaction.entities_enc is None:
                return []
            raw = self.store.cipher.decrypt_json(call.redaction.entities_enc, "entities")
            record(session, actor, "view_entities", call_id=call_id, count=len(raw))
        return [EntitySpan(e["type"], int(e["start"]), int(e["end"]), float(e.get("score", 0.0))) for e in raw]

    def note_diff(self, actor: Actor, call_id: int) -> NoteDiff | None:
        """Draft versus the latest version, field by field: where the drafter was corrected."""
        versions = self._notes.versions(actor, call_id)
        drafts = [v for v in versions if v.kind == NoteKind.draft.value]
        if not drafts or len(versions) < 2:
            return None
        draft, final = drafts[0], versions[-1]
        fields = [FieldChange(f, draft.content.get(f), final.content.get(f)) for f in NOTE_FIELDS]
        return NoteDiff(call_id, draft.version, final.version, final.kind, fields)

    def save(self, actor: Actor, call_id: int, content: Any, based_on_version: int) -> NoteVersion:
        """Save the operator's corrections as a new version (nothing is written when nothing changed)."""
        current = self._notes.current(actor, call_id)
        if current.version == based_on_version and _same_note(current.content, content):
            return current
        return self._notes.edit(actor, call_id, content, based_on_version)

    def sign_off(self, actor: Actor, call_id: int, content: Any, based_on_version: int) -> NoteVersion:
        """Approve the note as shown: pending corrections are saved as a version first, then approved."""
        saved = self.save(actor, call_id, content, based_on_version)
        return self._notes.approve(actor, call_id, saved.version)

    def reject(self, actor: Actor, call_id: int, reason: str) -> None:
        """Send a note back with a reason; the reason is kept with the call (as a comment), not in the audit log."""
        if not reason.strip():
            raise CallnotesError("a rejection needs a reason")
        self._notes.reject(actor, call_id)
        with self.store.transaction() as session:
            session.add(Review(call_id=call_id, reviewer_id=actor.id, scores={}, comment=reason.strip()[:2000]))
            record(session, actor, "reject_reason", call_id=call_id)

    def rejection_reasons(self, actor: Actor, call_id: int) -> list[str]:
        guard(self.store, actor, Permission.view_redacted, "view_reviews", call_id)
        with self.store.transaction() as session:
            load_call(session, self.store, actor, call_id, "view_reviews")
            rows = session.scalars(select(Review).where(Review.call_id == call_id).order_by(Review.id)).all()
            return [r.comment for r in rows if not r.scores]

    def _own_raw(self, actor: Actor, call: Call, action: str) -> None:
        from callnotes.services.access import require_raw

        if call.operator_id != actor.id:
            raise deny(self.store, actor, action, "unredacted material is for the call's operator only", call.id)
        require_raw(self.store, actor, call, action)


def _same_note(stored: dict[str, Any], content: Any) -> bool:
    from callnotes.services.notes import validate_note

    fresh = validate_note(content)
    return all(stored.get(f) == fresh.get(f) for f in NOTE_FIELDS)


def approved_note_rows(session, call_ids: list[int] | None = None) -> dict[int, tuple[Note, Note | None]]:
    """(approved note, first draft) per approved call; shared by the quality and training services."""
    query = select(Note).join(Call, Call.id == Note.call_id).where(Call.state == CallState.approved.value)
    if call_ids is not None:
        query = query.where(Note.call_id.in_(call_ids))
    result: dict[int, tuple[Note, Note | None]] = {}
    drafts: dict[int, Note] = {}
    for note in session.scalars(query.order_by(Note.call_id, Note.version)):
        if note.kind == NoteKind.draft.value and note.call_id not in drafts:
            drafts[note.call_id] = note
        if note.kind == NoteKind.approved.value:
            result[note.call_id] = (note, None)
    return {cid: (approved, drafts.get(cid)) for cid, (approved, _) in result.items()}


def can_see_all(actor: Actor) -> bool:
    return has_permission(actor.role, Permission.view_all_calls)


def username_of(session, user_id: int | None) -> str:
    user = session.get(User, user_id) if user_id is not None else None
    return user.username if user else "?"
