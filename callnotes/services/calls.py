"""Reading calls: lists, redacted and unredacted transcripts, placeholder mappings, audio."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from callnotes.errors import CallnotesError
from callnotes.security.roles import Permission, has_permission
from callnotes.services.access import NotFound, load_call, require_raw
from callnotes.services.actor import Actor
from callnotes.services.audit import deny, guard, record
from callnotes.services.views import CallSummary, RedactedTranscript, UnredactedTranscript
from callnotes.store import Call, Store, User


@dataclass(frozen=True, slots=True)
class AudioClip:
    call_id: int
    kind: str  # raw | bleeped
    suffix: str  # original container, e.g. ".wav", for players that need it
    data: bytes


class CallService:
    def __init__(self, store: Store):
        self.store = store

    def list(self, actor: Actor, state: str | None = None, limit: int = 200) -> list[CallSummary]:
        if not has_permission(actor.role, Permission.view_all_calls):
            guard(self.store, actor, Permission.view_own_calls, "list_calls")
        query = select(Call, User.username).join(User, Call.operator_id == User.id)
        if not has_permission(actor.role, Permission.view_all_calls):
            query = query.where(Call.operator_id == actor.id)
        if state:
            query = query.where(Call.state == state)
        query = query.order_by(Call.id.desc()).limit(limit)
        with self.store.transaction() as session:
            calls = [CallSummary.from_row(call, name) for call, name in session.execute(query)]
            record(session, actor, "list_calls", count=len(calls))
            return calls

    def get(self, actor: Actor, call_id: int) -> CallSummary:
        with self.store.transaction() as session:
            call = load_call(session, self.store, actor, call_id, "view_call")
            summary = CallSummary.from_row(call, session.get(User, call.operator_id).username)
            record(session, actor, "view_call", call_id=call_id)
            return summary

    def redacted_transcript(self, actor: Actor, call_id: int) -> RedactedTranscript:
        guard(self.store, actor, Permission.view_redacted, "view_redacted", call_id)
        with self.store.transaction() as session:
            call = load_call(session, self.store, actor, call_id, "view_redacted")
            if call.redaction is None:
                raise NotFound(f"call {call_id} has no redacted transcript yet (state {call.state})")
            red = call.redaction
            view = RedactedTranscript(call.id, red.language, red.mode, red.redacted_text, dict(red.entity_counts))
            record(session, actor, "view_redacted", call_id=call_id)
            return view

    def unredacted_transcript(self, actor: Actor, call_id: int) -> UnredactedTranscript:
        guard(self.store, actor, Permission.view_unredacted, "view_unredacted", call_id)
        with self.store.transaction() as session:
            call = load_call(session, self.store, actor, call_id, "view_unredacted")
            self._own_raw(actor, call, "view_unredacted")
            if call.transcript is None or call.transcript.content_enc is None:
                raise NotFound(f"call {call_id} has no transcript yet (state {call.state})")
            content = self.store.cipher.decrypt_json(call.transcript.content_enc, "transcript")
            view = UnredactedTranscript(call.id, call.transcript.language, content["text"], content)
            record(session, actor, "view_unredacted", call_id=call_id)
            return view

    def placeholder_mapping(self, actor: Actor, call_id: int) -> dict[str, str]:
        """Which original each placeholder stands for (operators, own calls, within retention)."""
        guard(self.store, actor, Permission.view_unredacted, "view_mapping", call_id)
        with self.store.transaction() as session:
            call = load_call(session, self.store, actor, call_id, "view_mapping")
            self._own_raw(actor, call, "view_mapping")
            if call.redaction is None or call.redaction.mapping_enc is None:
                raise NotFound(f"call {call_id} has no placeholder mapping")
            mapping = self.store.cipher.decrypt_json(call.redaction.mapping_enc, "mapping")
            record(session, actor, "view_mapping", call_id=call_id, placeholders=len(mapping))
            return mapping

    def audio(self, actor: Actor, call_id: int, kind: str = "bleeped") -> AudioClip:
        if kind not in ("raw", "bleeped"):
            raise CallnotesError(f"unknown audio kind {kind!r} (raw or bleeped)")
        permission = Permission.listen_raw_audio if kind == "raw" else Permission.listen_bleeped_audio
        action = f"listen_{kind}_audio"
        guard(self.store, actor, permission, action, call_id)
        with self.store.transaction() as session:
            call = load_call(session, self.store, actor, call_id, action)
            if kind == "raw":
                self._own_raw(actor, call, action)
            relative = call.raw_audio_path if kind == "raw" else call.bleeped_audio_path
            if relative is None:
                raise NotFound(f"call {call_id} has no {kind} audio")
            data = self.store.files.read_bytes(relative, f"{kind}-audio")
            record(session, actor, action, call_id=call_id)
        suffix = Path(relative.removesuffix(".enc")).suffix
        return AudioClip(call_id, kind, suffix, data)

    def _own_raw(self, actor: Actor, call: Call, action: str) -> None:
        # Unredacted material: only the call's own operator, and only within retention.
        if call.operator_id != actor.id:
            raise deny(self.store, actor, action, "unredacted material is for the call's operator only", call.id)
        require_raw(self.store, actor, call, action)
