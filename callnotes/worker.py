"""The worker: finishes every unfinished call, and optionally watches an inbox folder.

The telephony system drops a recording (``call-0412.wav``) and then, once the recording
is complete, its metadata next to it (``call-0412.json``)::

    {"consent": "recorded", "operator": "ana", "line": "0800-main", "started_at": "2026-11-30T03:12:00Z"}

The metadata file is the "ready" signal, so a half-copied recording is never picked up.
After a successful intake both files are deleted from the inbox (the store keeps the
encrypted copy); a call without consent is deleted too (nothing is kept but the audited
refusal); a bad recording is moved to ``inbox/rejected/`` with a ``.error.txt`` beside it.

Only one worker (or ``callnotes process``) runs per data directory at a time: an
exclusive ``flock`` that the kernel releases when the process dies, even on ``kill -9``.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError
from sqlalchemy import select

from callnotes.errors import CallnotesError, ConsentError, InputError
from callnotes.pipeline import CallOutcome, CallRequest, Pipeline, ProgressFn
from callnotes.services.actor import Actor
from callnotes.services.audit import record
from callnotes.store import ACTIVE_STATES, Call, CallState, Consent, DiskError, Store, StoreError

log = logging.getLogger(__name__)

AUDIO_SUFFIXES = {".wav", ".mp3", ".ogg", ".opus", ".m4a", ".flac"}


class CallMetadata(BaseModel):
    """The sidecar file a telephony system writes next to each recording."""

    model_config = ConfigDict(extra="forbid")
    consent: Consent
    operator: str
    line: str | None = None
    started_at: datetime | None = None
    ended_at: datetime | None = None


class WorkerBusy(CallnotesError):
    """Another worker or ``callnotes process`` holds this data directory."""


@contextmanager
def worker_lock(store: Store, wait: bool = True) -> Iterator[None]:
    """Hold the data directory's processing lock for the duration of the block."""
    path = store.data_dir / "worker.lock"
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            raise WorkerBusy(f"{store.data_dir}: another worker is processing calls; try again later") from None
        # Plaintext scratch copies left by a killed predecessor are removed before new work starts.
        removed = store.files.clear_scratch()
        if removed:
            log.info("removed %d scratch file(s) left by an interrupted run", removed)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock


@dataclass
class InboxResult:
    ingested: list[int] = field(default_factory=list)
    refused: int = 0
    rejected: int = 0


def _recording_for(meta: Path) -> Path | None:
    for candidate in sorted(meta.parent.glob(meta.stem + ".*")):
        if candidate.suffix.lower() in AUDIO_SUFFIXES:
            return candidate
    return None


def _reject(inbox: Path, audio: Path | None, meta: Path, reason: str) -> None:
    rejected = inbox / "rejected"
    rejected.mkdir(exist_ok=True, mode=0o700)
    for item in (audio, meta):
        if item is not None and item.exists():
            os.replace(item, rejected / item.name)
    (rejected / f"{meta.stem}.error.txt").write_text(reason + "\n", encoding="utf-8")


def ingest_inbox(pipeline: Pipeline, inbox: Path) -> InboxResult:
    """Take every complete recording (audio + metadata) out of the inbox and into the store."""
    result = InboxResult()
    if not inbox.is_dir():
        return result
    for meta in sorted(inbox.glob("*.json")):
        audio = _recording_for(meta)
        try:
            data = CallMetadata.model_validate(json.loads(meta.read_text(encoding="utf-8")))
        except (ValidationError, json.JSONDecodeError, UnicodeDecodeError) as exc:
            _reject(inbox, audio, meta, f"metadata not valid ({type(exc).__name__})")
            result.rejected += 1
            continue
        if audio is None:
            _reject(inbox, None, meta, "metadata without a recording next to it")
            result.rejected += 1
            continue
        request = CallRequest(audio, data.consent, data.operator, data.line, data.started_at, data.ended_at)
        try:
            submission = pipeline.submit(request)
        except ConsentError:
            audio.unlink(missing_ok=True)
            meta.unlink(missing_ok=True)
            result.refused += 1
            continue
        except InputError as exc:
            _reject(inbox, audio, meta, exc.problem)
            result.rejected += 1
            continue
        except CallnotesError as exc:  # unknown operator and the like: a person must fix the metadata
            _reject(inbox, audio, meta, str(exc).replace(str(audio), audio.name))
            result.rejected += 1
            continue
        audio.unlink(missing_ok=True)
        meta.unlink(missing_ok=True)
        result.ingested.append(submission.call_id)
    return result


def pending_calls(store: Store) -> list[int]:
    with store.transaction() as session:
        states = [s.value for s in ACTIVE_STATES]
        return list(session.scalars(select(Call.id).where(Call.state.in_(states)).order_by(Call.id)))


def requeue_failed(store: Store) -> list[int]:
    """Put failed calls whose raw audio still exists back in the queue (after fixing what made them fail)."""
    with store.transaction() as session:
        calls = session.scalars(
            select(Call).where(Call.state == CallState.failed.value, Call.raw_purged_at.is_(None)).order_by(Call.id)
        ).all()
        for call in calls:
            call.state, call.error = CallState.queued.value, None
            record(session, Actor.system("worker"), "requeue_call", call_id=call.id)
        return [call.id for call in calls]


def run_pending(pipeline: Pipeline, progress: ProgressFn | None = None) -> list[CallOutcome]:
    """Finish every call that is queued or was interrupted mid-pipeline, oldest first."""
    return [pipeline.run(call_id, progress) for call_id in pending_calls(pipeline.store)]


def watch(
    pipeline: Pipeline,
    inbox: Path,
    interval_s: float = 5.0,
    progress: ProgressFn | None = None,
    on_round=None,
    max_rounds: int | None = None,
) -> None:
    """Poll the inbox forever (or ``max_rounds`` times): ingest, then process what is pending."""
    inbox.mkdir(parents=True, exist_ok=True, mode=0o700)
    rounds = 0
    while max_rounds is None or rounds < max_rounds:
        try:
            intake = ingest_inbox(pipeline, inbox)
            outcomes = run_pending(pipeline, progress)
        except (StoreError, DiskError) as exc:
            # A database restart or a full disk should pause a long-running worker, not end it:
            # nothing was half-written, so the next round simply tries again.
            log.warning("round skipped: %s", exc)
            intake, outcomes = InboxResult(), []
        if on_round is not None:
            on_round(intake, outcomes)
        rounds += 1
        if max_rounds is None or rounds < max_rounds:
            time.sleep(interval_s)
