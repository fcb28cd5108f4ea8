"""The call pipeline: consent gate → ingest → transcribe → redact → draft → ready for review.

Each stage's result and the call's next state are committed together, so a crash
(even ``kill -9``) between stages loses nothing: :meth:`Pipeline.run` looks at what is
already stored and starts from the first stage that has no result yet. Calls are keyed
by the sha256 of the audio bytes, so the same recording submitted twice is one call.

Models are loaded once per :class:`Stages` (one per worker process), never per call.
Nothing here logs or raises with transcript text: errors name the call id, the stage
and the problem.
"""

from __future__ import annotations

import fcntl
import logging
import os
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from callnotes.config import Settings, settings
from callnotes.errors import CallnotesError, ConsentError, InputError
from callnotes.hashing import sha256_file
from callnotes.security.roles import Permission, Role
from callnotes.services.actor import Actor
from callnotes.services.audit import guard, record, record_alone
from callnotes.services.users import UnknownUser, UserService
from callnotes.store import (
    ACTIVE_STATES,
    Call,
    CallState,
    Consent,
    DiskError,
    Note,
    NoteKind,
    Redaction,
    Store,
    StoreError,
    Transcript,
)

log = logging.getLogger(__name__)

STAGES = ("transcribe", "redact", "draft")
ProgressFn = Callable[[int, str], None]  # (call_id, stage name) as each stage starts


@dataclass(frozen=True, slots=True)
class CallRequest:
    """One recording to process, with what the telephony system (or the operator) says about it."""

    path: Path
    consent: Consent
    operator: str
    line: str | None = None
    started_at: datetime | None = None
    ended_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Submission:
    call_id: int
    duplicate: bool  # the same audio was already in the store


@dataclass(slots=True)
class CallOutcome:
    call_id: int
    state: str
    duplicate: bool = False
    duration_s: float | None = None
    resumed_from: str | None = None  # the first stage this run executed; None if nothing was left
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage run now
    error: str | None = None
    busy: bool = False  # another process was working on this call; nothing was run here


@contextmanager
def call_lock(store: Store, call_id: int) -> Iterator[bool]:
    """An exclusive, non-blocking lock on one call; yields False when another process holds it.

    ``flock`` is released by the kernel when the holder dies, so a ``kill -9`` never leaves a call locked.
    """
    folder = store.data_dir / "locks"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(folder / f"call-{call_id}.lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        yield True
    finally:
        os.close(fd)


def _jsonable(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    return value


@contextmanager
def _stage_import(stage: str, extra: str) -> Iterator[None]:
    try:
        yield
    except ImportError:
        raise CallnotesError(f"the {stage} stage is not available: install {extra}") from None


class Stages:
    """The three models, each loaded on first use and then kept for every later call."""

    def __init__(self, config: Settings | None = None, transcriber=None, redactor=None, drafter=None):
        self.config = config or settings()
        self._transcriber = transcriber
        self._redactor = redactor
        self._drafter = drafter

    @property
    def transcriber(self):
        if self._transcriber is None:
            with _stage_import("transcription", "callnotes"):
                from asr import Transcriber

            self._transcriber = Transcriber(self.config.asr)
        return self._transcriber

    @property
    def redactor(self):
        if self._redactor is None:
            with _stage_import("redaction", "callnotes[redact]"):
                from redact import default_redactor

            self._redactor = default_redactor()
        return self._redactor

    @property
    def drafter(self):
        if self._drafter is None:
            with _stage_import("drafting", "callnotes[summarize]"):
                from summarize import Drafter

            section = self.config.summarize  # a plain mapping until the summarize stage types it
            options = section if isinstance(section, dict) else section.model_dump()
            extra = {"model_path": options["model_path"]} if options.get("model_path") else {}
            # Share the loaded redactor: the drafter checks its summaries with it, and a second
            # copy of the spaCy models would cost memory and seconds of start-up per worker.
            self._drafter = Drafter(
                backend=options.get("backend", "rules"), lang=options.get("lang", "es"), redactor=self.redactor, **extra
            )
        return self._drafter

    def bleep(self, audio: Path, transcript, redaction, out: Path) -> None:
        """A bleeped copy for reviewers: every redacted span's words replaced by a tone."""
        with _stage_import("audio redaction", "callnotes[redact]"):
            from redact.audio import redact_audio
        redact_audio(audio, transcript, redaction.entities, out)


class Pipeline:
    def __init__(self, store: Store, stages: Stages | None = None):
        self.store = store
        self.stages = stages or Stages()
        self.users = UserService(store)
        # Optional: (call_id, seconds transcribed, seconds in the call) as transcription advances.
        self.on_audio: Callable[[int, float, float], None] | None = None

    # -- intake -------------------------------------------------------------------
    def submit(self, request: CallRequest) -> Submission:
        """Consent gate and input checks, then the encrypted audio and a queued call (or the existing one)."""
        path = Path(request.path)
        if Consent(request.consent) is Consent.none:
            # Refused before the file is even read: the refusal is the only thing stored.
            record_alone(
                self.store,
                Actor(None, request.operator[:64], Role.operator),
                "process_call",
                outcome="refused",
                reason="no consent",
            )
            raise ConsentError(f"{path}: no recorded consent for this call; it was not processed or stored")
        try:
            actor = self.users.actor(request.operator, roles=(Role.operator,))
        except UnknownUser:
            record_alone(
                self.store,
                Actor(None, request.operator[:64], Role.operator),
                "process_call",
                outcome="refused",
                reason="unknown operator",
            )
            raise
        guard(self.store, actor, Permission.process_calls, "process_call")
        self._check_input(path)
        audio_hash = sha256_file(path)

        existing = self._existing(audio_hash, actor)
        if existing is not None:
            return existing
        suffix = path.suffix.lower() if path.suffix.isascii() and len(path.suffix) <= 6 else ""
        relative = f"audio/{audio_hash}{suffix}.enc"
        self.store.files.put_file(path, relative, "raw-audio")
        try:
            with self.store.transaction() as session:
                call = Call(
                    audio_sha256=audio_hash,
                    state=CallState.queued.value,
                    consent=Consent(request.consent).value,
                    operator_id=actor.id,
                    line=request.line,
                    source_name_enc=self.store.cipher.encrypt_text(path.name, "source-name"),
                    audio_bytes=path.stat().st_size,
                    raw_audio_path=relative,
                    started_at=request.started_at,
                    ended_at=request.ended_at,
                )
                session.add(call)
                session.flush()
                record(session, actor, "ingest_call", call_id=call.id, consent=call.consent)
                return Submission(call.id, duplicate=False)
        except IntegrityError:
            # Another process stored the same recording between our check and our insert.
            existing = self._existing(audio_hash, actor)
            if existing is None:
                raise
            return existing
        except BaseException:
            self.store.files.delete(relative)
            raise

    def _check_input(self, path: Path) -> None:
        if not path.is_file():
            raise InputError(path, "file not found" if not path.exists() else "not a regular file")
        size = path.stat().st_size
        if size == 0:
            raise InputError(path, "file is empty (0 bytes)")
        if size > self.store.max_audio_bytes:
            raise InputError(path, f"file is too large ({size / 1e9:.1f} GB; limit store.max_audio_bytes)")
        from asr.audio import probe_audio  # fast: reads the header, decodes only when it must

        info = probe_audio(path, max_duration_s=self.stages.config.asr.max_duration_s)
        if info.duration < 0.1:
            raise InputError(path, "contains no audio (0 s)")

    def _existing(self, audio_hash: str, actor: Actor) -> Submission | None:
        with self.store.transaction() as session:
            call = session.scalar(select(Call).where(Call.audio_sha256 == audio_hash))
            if call is None:
                return None
            if call.state == CallState.failed and call.raw_purged_at is None:
                # Re-submitting a failed call retries it from its last finished stage.
                call.state = CallState.queued.value
                call.error = None
            record(session, actor, "ingest_duplicate", call_id=call.id, state=call.state)
            return Submission(call.id, duplicate=True)

    # -- processing ---------------------------------------------------------------
    def process(self, request: CallRequest, progress: ProgressFn | None = None) -> CallOutcome:
        submission = self.submit(request)
        outcome = self.run(submission.call_id, progress)
        outcome.duplicate = submission.duplicate
        return outcome

    def run(self, call_id: int, progress: ProgressFn | None = None) -> CallOutcome:
        """Run the stages this call still lacks; a failure marks it ``failed`` with a PII-free reason.

        If another process (the app, a worker) is already working on this call, nothing is run and
        the outcome says ``busy``: two processes must never race on the same stage.
        """
        outcome = CallOutcome(call_id=call_id, state="")
        with call_lock(self.store, call_id) as mine:
            if mine:
                self._run_stages(call_id, outcome, progress)
            else:
                outcome.busy = True
        with self.store.transaction() as session:
            call = session.get(Call, call_id)
            outcome.state, outcome.error, outcome.duration_s = call.state, call.error, call.duration_s
        return outcome

    def _run_stages(self, call_id: int, outcome: CallOutcome, progress: ProgressFn | None) -> None:
        for stage in STAGES:
            with self.store.transaction() as session:
                call = session.get(Call, call_id)
                if call is None:
                    raise CallnotesError(f"no call {call_id}")
                if call.state not in ACTIVE_STATES:
                    break  # finished, failed, or already with a person: nothing for the pipeline to do
                if self._done(call, stage):
                    continue  # the stored result is the truth, whatever state a crash left behind
                call.state = _STAGE_STATE[stage].value
                call.attempts += 1
            if outcome.resumed_from is None:
                outcome.resumed_from = stage
            if progress is not None:
                progress(call_id, stage)
            started = time.perf_counter()
            try:
                getattr(self, f"_{stage}")(call_id)
            except (StoreError, DiskError):
                # Database or disk trouble is the installation's, not the call's: the call keeps its
                # stage state and the next worker round resumes it, instead of it being marked failed.
                raise
            except Exception as exc:  # noqa: BLE001 - every failure must end in a recorded state
                self._fail(call_id, stage, exc)
                break
            finally:
                outcome.timings[stage] = time.perf_counter() - started

    @staticmethod
    def _done(call: Call, stage: str) -> bool:
        return {
            "transcribe": call.transcript is not None,
            "redact": call.redaction is not None,
            "draft": bool(call.notes),
        }[stage]

    def _fail(self, call_id: int, stage: str, exc: Exception) -> None:
        if isinstance(exc, CallnotesError):
            reason = str(exc)[:500]  # our errors name the file and problem, never transcript text
        else:
            reason = f"internal error while {_STAGE_STATE[stage].value} ({type(exc).__name__})"
        log.warning("call %s failed at %s: %s", call_id, stage, type(exc).__name__)
        with self.store.transaction() as session:
            call = session.get(Call, call_id)
            call.state = CallState.failed.value
            call.error = reason
            record(
                session,
                Actor.system("pipeline"),
                "process_call",
                call_id=call_id,
                outcome="failed",
                stage=stage,
                error=type(exc).__name__,
            )

    @staticmethod
    def _unpurged(session, call_id: int) -> Call:
        """The call, unless retention purged it while this stage ran: then nothing raw may be written."""
        call = session.get(Call, call_id, with_for_update=True)
        if call.raw_purged_at is not None:
            raise CallnotesError(f"call {call_id}: retention period ended while it was being processed")
        return call

    def _read_transcript(self, call_id: int) -> tuple[dict, Any]:
        with self.store.transaction() as session:
            row = session.scalar(select(Transcript).where(Transcript.call_id == call_id))
            if row is None or row.content_enc is None:
                raise CallnotesError(f"call {call_id}: transcript missing or purged; cannot continue")
            content = self.store.cipher.decrypt_json(row.content_enc, "transcript")
        return content, _transcript_from_dict(content)

    def _transcribe(self, call_id: int) -> None:
        with self.store.transaction() as session:
            call = session.get(Call, call_id)
            relative = call.raw_audio_path
        if relative is None:
            raise CallnotesError(f"call {call_id}: raw audio was purged before transcription")
        started = time.perf_counter()
        suffix = Path(relative.removesuffix(".enc")).suffix
        with self.store.files.decrypted_copy(relative, "raw-audio", suffix) as audio:
            try:
                if self.on_audio is None:
                    transcript = self.stages.transcriber.transcribe(audio)
                else:
                    report = self.on_audio

                    def advance(segment, stream) -> None:
                        report(call_id, min(segment.end, stream.duration), stream.duration)

                    transcript = self.stages.transcriber.transcribe(audio, on_segment=advance)
            except InputError as exc:
                raise InputError(f"call {call_id}", exc.problem) from None  # not the scratch file's name
        elapsed = time.perf_counter() - started
        if not transcript.segments:
            raise InputError(f"call {call_id}", "no speech found in the recording (silent or empty)")
        content = transcript.to_dict()
        content["path"] = f"call:{call_id}"  # the scratch copy's name means nothing later
        with self.store.transaction() as session:
            call = self._unpurged(session, call_id)
            session.add(
                Transcript(
                    call_id=call_id,
                    language=transcript.language,
                    language_probability=transcript.language_probability,
                    duration_s=transcript.duration,
                    speech_duration_s=transcript.speech_duration,
                    channels=transcript.channels,
                    model=transcript.model,
                    warnings=[str(w) for w in transcript.warnings],
                    segment_count=len(transcript.segments),
                    content_enc=self.store.cipher.encrypt_json(content, "transcript"),
                    transcribe_s=elapsed,
                )
            )
            call.duration_s = transcript.duration
            call.language = transcript.language
            call.state = CallState.redacting.value

    def _redact(self, call_id: int) -> None:
        content, transcript = self._read_transcript(call_id)
        started = time.perf_counter()
        result = self.stages.redactor.redact(content["text"], transcript.language, mode="tag")
        elapsed = time.perf_counter() - started
        bleeped = self._bleep(call_id, transcript, result)
        entities = [_jsonable(e) for e in result.entities]
        with self.store.transaction() as session:
            call = self._unpurged(session, call_id)
            session.add(
                Redaction(
                    call_id=call_id,
                    mode=str(getattr(result, "mode", "tag")),
                    language=result.language,
                    redacted_text=result.redacted,
                    entity_counts=dict(Counter(e["type"] for e in entities)),
                    entities_enc=self.store.cipher.encrypt_json(entities, "entities"),
                    mapping_enc=self.store.cipher.encrypt_json(result.mapping, "mapping"),
                    redact_s=elapsed,
                )
            )
            call.bleeped_audio_path = bleeped
            call.state = CallState.drafting.value

    def _bleep(self, call_id: int, transcript, result) -> str | None:
        with self.store.transaction() as session:
            call = session.get(Call, call_id)
            relative = call.raw_audio_path
        if relative is None:
            return None
        target = f"audio/bleeped-{call_id}.wav.enc"
        with self.store.files.decrypted_copy(relative, "raw-audio", Path(relative[:-4]).suffix) as audio:
            out = audio.with_name(audio.name + ".bleeped.wav")
            try:
                self.stages.bleep(audio, transcript, result, out)
                self.store.files.put_file(out, target, "bleeped-audio")
            finally:
                out.unlink(missing_ok=True)
        return target

    def _draft(self, call_id: int) -> None:
        # The drafter may read the unredacted text in memory (it needs the town to find the region);
        # its output is checked by its own tests to hold no direct identifier.
        content, transcript = self._read_transcript(call_id)
        drafter = self.stages.drafter
        started = time.perf_counter()
        note = drafter.draft(content["text"], transcript.language)
        elapsed = time.perf_counter() - started
        with self.store.transaction() as session:
            call = session.get(Call, call_id)
            session.add(
                Note(
                    call_id=call_id,
                    version=1,
                    kind=NoteKind.draft.value,
                    content=note.model_dump(mode="json"),
                    backend=str(getattr(drafter, "backend", "rules"))[:32],
                    draft_s=elapsed,
                )
            )
            call.state = CallState.ready_for_review.value
            record(session, Actor.system("pipeline"), "draft_ready", call_id=call_id)


_STAGE_STATE = {"transcribe": CallState.transcribing, "redact": CallState.redacting, "draft": CallState.drafting}


def _transcript_from_dict(data: dict):
    """Rebuild the typed ``asr.Transcript`` from its stored JSON."""
    from asr.types import Segment, Speaker, Transcript, TranscriptWarning, Word

    segments = [
        Segment(
            start=s["start"],
            end=s["end"],
            text=s["text"],
            speaker=Speaker(s["speaker"]),
            channel=s["channel"],
            avg_logprob=s["avg_logprob"],
            no_speech_prob=s["no_speech_prob"],
            compression_ratio=s["compression_ratio"],
            words=[Word(**w) for w in s["words"]],
        )
        for s in data["segments"]
    ]
    return Transcript(
        path=data["path"],
        language=data["language"],
        language_probability=data["language_probability"],
        duration=data["duration"],
        speech_duration=data["speech_duration"],
        channels=data["channels"],
        model=data["model"],
        segments=segments,
        warnings=[TranscriptWarning(w) for w in data["warnings"]],
    )
