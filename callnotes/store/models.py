"""The case store's tables (SQLAlchemy 2 declarative models).

Columns ending in ``_enc`` hold AES-GCM ciphertext (see ``callnotes.security.crypto``):
unredacted text, placeholder mappings, detected entities (they quote the originals)
and the original file name. Everything else is safe to keep in the clear: ids,
states, redacted text, notes and reviews. Nothing here is PII in the clear.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import JSON, DateTime, Float, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    pass


class CallState(StrEnum):
    queued = "queued"
    transcribing = "transcribing"
    redacting = "redacting"
    drafting = "drafting"
    ready_for_review = "ready_for_review"
    approved = "approved"
    rejected = "rejected"
    failed = "failed"


# States a worker picks up (work still to do), in pipeline order.
ACTIVE_STATES = (CallState.queued, CallState.transcribing, CallState.redacting, CallState.drafting)


class Consent(StrEnum):
    recorded = "recorded"
    verbal = "verbal"
    none = "none"


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Call(Base):
    __tablename__ = "calls"

    id: Mapped[int] = mapped_column(primary_key=True)
    audio_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    state: Mapped[str] = mapped_column(String(20), index=True, default=CallState.queued.value)
    consent: Mapped[str] = mapped_column(String(16))
    operator_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    line: Mapped[str | None] = mapped_column(String(64))
    source_name_enc: Mapped[bytes | None] = mapped_column(LargeBinary)  # file names can hold phone numbers
    audio_bytes: Mapped[int] = mapped_column(Integer)
    duration_s: Mapped[float | None] = mapped_column(Float)
    language: Mapped[str | None] = mapped_column(String(8))
    raw_audio_path: Mapped[str | None] = mapped_column(String(255))  # relative to data_dir; None once purged
    bleeped_audio_path: Mapped[str | None] = mapped_column(String(255))
    error: Mapped[str | None] = mapped_column(String(500))  # never transcript text
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))  # call start (telephony)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))  # call end (telephony)
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)
    raw_purged_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    transcript: Mapped[Transcript | None] = relationship(back_populates="call", uselist=False)
    redaction: Mapped[Redaction | None] = relationship(back_populates="call", uselist=False)
    notes: Mapped[list[Note]] = relationship(back_populates="call", order_by="Note.version")
    reviews: Mapped[list[Review]] = relationship(back_populates="call", order_by="Review.id")


class Transcript(Base):
    __tablename__ = "transcripts"

    id: Mapped[int] = mapped_column(primary_key=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id"), unique=True)
    language: Mapped[str] = mapped_column(String(8))
    language_probability: Mapped[float] = mapped_column(Float)
    duration_s: Mapped[float] = mapped_column(Float)
    speech_duration_s: Mapped[float] = mapped_column(Float)
    channels: Mapped[int] = mapped_column(Integer)
    model: Mapped[str] = mapped_column(String(200))
    warnings: Mapped[list] = mapped_column(JSON, default=list)
    segment_count: Mapped[int] = mapped_column(Integer)
    # The full typed transcript (segments, words, timings) as encrypted JSON; None once purged.
    content_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    transcribe_s: Mapped[float] = mapped_column(Float)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    call: Mapped[Call] = relationship(back_populates="transcript")


class Redaction(Base):
    __tablename__ = "redactions"

    id: Mapped[int] = mapped_column(primary_key=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id"), unique=True)
    mode: Mapped[str] = mapped_column(String(16))
    language: Mapped[str] = mapped_column(String(8))
    redacted_text: Mapped[str] = mapped_column(Text)  # placeholders only: kept after retention
    entity_counts: Mapped[dict] = mapped_column(JSON, default=dict)  # {"PERSON": 3, ...}: no values
    entities_enc: Mapped[bytes | None] = mapped_column(LargeBinary)  # spans quote the originals
    mapping_enc: Mapped[bytes | None] = mapped_column(LargeBinary)  # placeholder -> original
    # Second-look items the call's operator checked and kept as they are: [start, end] offsets only, no text.
    checked_hints: Mapped[list | None] = mapped_column(JSON, default=list)
    redact_s: Mapped[float] = mapped_column(Float)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    call: Mapped[Call] = relationship(back_populates="redaction")


class NoteKind(StrEnum):
    draft = "draft"  # written by the drafter
    edit = "edit"  # an operator's correction
    approved = "approved"  # the version signed off


class Note(Base):
    """One version of a call's case note; versions are only ever added, never changed."""

    __tablename__ = "notes"
    __table_args__ = (UniqueConstraint("call_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    content: Mapped[dict] = mapped_column(JSON)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))  # None: the drafter
    backend: Mapped[str | None] = mapped_column(String(32))
    draft_s: Mapped[float | None] = mapped_column(Float)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    call: Mapped[Call] = relationship(back_populates="notes")


class Review(Base):
    __tablename__ = "reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id"), index=True)
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    scores: Mapped[dict] = mapped_column(JSON)  # {"accuracy": 4, "completeness": 5, "anonymity": 5}
    comment: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    call: Mapped[Call] = relationship(back_populates="reviews")


class Scenario(Base):
    """Training material: a call rewritten with surrogate (fake) identities."""

    __tablename__ = "scenarios"

    id: Mapped[int] = mapped_column(primary_key=True)
    call_id: Mapped[int | None] = mapped_column(ForeignKey("calls.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(Text)  # surrogate-anonymized: no real identifier
    note: Mapped[dict | None] = mapped_column(JSON)
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class AuditEvent(Base):
    """Who did what, when. ``detail`` holds ids, counts and outcomes, never PII."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    actor: Mapped[str] = mapped_column(String(64))  # username, or "system:<command>"
    action: Mapped[str] = mapped_column(String(64), index=True)
    outcome: Mapped[str] = mapped_column(String(16), default="ok")  # ok | denied | refused | failed
    call_id: Mapped[int | None] = mapped_column(Integer, index=True)  # no FK: refusals have no call
    detail: Mapped[dict] = mapped_column(JSON, default=dict)


class StoreMeta(Base):
    """Key/value facts about the store itself (e.g. the key check value)."""

    __tablename__ = "store_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[bytes] = mapped_column(LargeBinary)
