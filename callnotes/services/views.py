"""What the services hand back: typed, read-only snapshots (never ORM rows, never loose dicts).

A view is built inside the transaction that read it, so the app can hold it after the
session is closed without lazy loads or surprise queries.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from callnotes.security.roles import Role
from callnotes.store import AuditEvent, Call, Note, Review, Scenario, User


@dataclass(frozen=True, slots=True)
class UserView:
    id: int
    username: str
    role: Role
    active: bool
    created_at: datetime

    @classmethod
    def from_row(cls, row: User) -> UserView:
        return cls(row.id, row.username, Role(row.role), row.active, row.created_at)


@dataclass(frozen=True, slots=True)
class CallSummary:
    id: int
    state: str
    consent: str
    operator: str
    line: str | None
    duration_s: float | None
    language: str | None
    received_at: datetime
    started_at: datetime | None
    updated_at: datetime
    error: str | None
    raw_available: bool  # raw audio and unredacted text not yet purged
    has_bleeped_audio: bool
    entity_counts: dict[str, int] = field(default_factory=dict)
    note_versions: int = 0

    @classmethod
    def from_row(cls, row: Call, operator: str) -> CallSummary:
        return cls(
            id=row.id,
            state=row.state,
            consent=row.consent,
            operator=operator,
            line=row.line,
            duration_s=row.duration_s,
            language=row.language,
            received_at=row.received_at,
            started_at=row.started_at,
            updated_at=row.updated_at,
            error=row.error,
            raw_available=row.raw_purged_at is None,
            has_bleeped_audio=row.bleeped_audio_path is not None,
            entity_counts=dict(row.redaction.entity_counts) if row.redaction else {},
            note_versions=len(row.notes),
        )


@dataclass(frozen=True, slots=True)
class RedactedTranscript:
    call_id: int
    language: str
    mode: str
    text: str  # placeholders such as <PERSON_1> instead of identifiers
    entity_counts: dict[str, int]


@dataclass(frozen=True, slots=True)
class UnredactedTranscript:
    call_id: int
    language: str
    text: str
    content: dict[str, Any]  # the typed ASR transcript as stored (segments, words, timings)


@dataclass(frozen=True, slots=True)
class NoteVersion:
    call_id: int
    version: int
    kind: str  # draft | edit | approved
    content: dict[str, Any]  # the CaseNote's JSON (``summarize.CaseNote.model_validate`` turns it back)
    author: str  # username, or "drafter:<backend>"
    created_at: datetime

    @classmethod
    def from_row(cls, row: Note, author: str | None) -> NoteVersion:
        name = author or f"drafter:{row.backend or 'unknown'}"
        return cls(row.call_id, row.version, row.kind, dict(row.content), name, row.created_at)


@dataclass(frozen=True, slots=True)
class ReviewView:
    id: int
    call_id: int
    reviewer: str
    scores: dict[str, int]
    comment: str
    created_at: datetime

    @classmethod
    def from_row(cls, row: Review, reviewer: str) -> ReviewView:
        return cls(row.id, row.call_id, reviewer, dict(row.scores), row.comment, row.created_at)


@dataclass(frozen=True, slots=True)
class ScenarioView:
    id: int
    title: str
    language: str
    text: str
    note: dict[str, Any] | None
    created_at: datetime

    @classmethod
    def from_row(cls, row: Scenario) -> ScenarioView:
        return cls(row.id, row.title, row.language, row.text, row.note, row.created_at)


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: datetime
    actor: str
    action: str
    outcome: str
    call_id: int | None
    detail: dict[str, Any]

    @classmethod
    def from_row(cls, row: AuditEvent) -> AuditEntry:
        return cls(row.id, row.at, row.actor, row.action, row.outcome, row.call_id, dict(row.detail or {}))


@dataclass(frozen=True, slots=True)
class PurgeReport:
    dry_run: bool
    cutoff: datetime
    call_ids: list[int]
    audio_files: int
    transcripts: int
    mappings: int
    inbox_files: int = 0  # plaintext recordings left in inbox/processed or inbox/rejected past retention
