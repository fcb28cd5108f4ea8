"""The pipeline: consent gate, bad input, idempotency, states, failure and resume.

Uses the real models (Whisper base once per session, the real redactor and drafter once
per module) on the bundled sample calls. Cases that need a stage which is not installed
skip with the reason, rather than faking that stage's output.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import shutil
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from callnotes.config import Settings
from callnotes.errors import CallnotesError, ConsentError, InputError
from callnotes.hashing import sha256_file
from callnotes.pipeline import CallRequest, Pipeline, Stages
from callnotes.security.crypto import generate_key
from callnotes.services import Actor, Role, ScenarioService, Services
from callnotes.store import AuditEvent, Call, DiskError, Note, Redaction, Transcript, open_store
from tests.conftest import SAMPLES

ES_CALL = SAMPLES / "es-call.wav"
ADMIN = Actor.system("test")


def _stage_missing(module: str) -> str | None:
    # find_spec, not import: importing the redactor loads Presidio and spaCy at collection time.
    try:
        found = importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        found = False
    return None if found else f"{module} is not available yet"


MISSING = _stage_missing("redact.redactor") or _stage_missing("summarize.drafter")
needs_all_stages = pytest.mark.skipif(MISSING is not None, reason=MISSING or "")


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("CALLNOTES_KEY", generate_key())
    monkeypatch.delenv("CALLNOTES_DB_URL", raising=False)
    s = open_store(Settings(data_dir=tmp_path / "data"))
    Services(s).users.create(ADMIN, "ana", Role.operator, "a long enough passphrase")
    Services(s).users.create(ADMIN, "rosa", Role.reviewer, "a long enough passphrase")
    Services(s).users.create(ADMIN, "tomas", Role.trainer, "a long enough passphrase")
    yield s
    s.close()


@pytest.fixture(scope="module")
def stages(request):
    """One Stages per module, sharing the session's Whisper model: models load once, as in a worker."""
    return Stages(Settings(), transcriber=request.getfixturevalue("transcriber"))


def counts(store) -> dict[str, int]:
    with store.transaction() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model))
            for model in (Call, Transcript, Redaction, Note)
        }


def audio_files(store) -> list[str]:
    folder = store.data_dir / "audio"
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def test_no_consent_is_refused_and_only_the_refusal_is_stored(store):
    pipeline = Pipeline(store, Stages(Settings()))  # no model is loaded for a refusal
    with pytest.raises(ConsentError, match="no recorded consent"):
        pipeline.submit(CallRequest(ES_CALL, "none", "ana"))
    assert counts(store) == {"calls": 0, "transcripts": 0, "redactions": 0, "notes": 0}
    assert audio_files(store) == []
    with store.transaction() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == "process_call")).all()
    assert [(e.actor, e.outcome, e.detail) for e in events] == [("ana", "refused", {"reason": "no consent"})]


def test_unknown_operator_is_refused(store):
    with pytest.raises(CallnotesError, match="unknown operator 'pedro'"):
        Pipeline(store, Stages(Settings())).submit(CallRequest(ES_CALL, "recorded", "pedro"))
    with pytest.raises(CallnotesError, match="has role reviewer"):
        Pipeline(store, Stages(Settings())).submit(CallRequest(ES_CALL, "recorded", "rosa"))
    assert counts(store)["calls"] == 0 and audio_files(store) == []


@pytest.mark.parametrize(
    "name, content, problem",
    [
        ("missing.wav", None, "file not found"),
        ("empty.wav", b"", "empty"),
        ("notes.wav", b"operator: esto no es audio\n" * 50, "audio"),
        ("corrupt.mp3", os.urandom(4096), "audio"),
    ],
)
def test_bad_input_is_a_clear_error_and_stores_nothing(store, tmp_path, name, content, problem):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(InputError, match=problem) as info:
        Pipeline(store, Stages(Settings())).submit(CallRequest(path, "recorded", "ana"))
    assert info.value.path == str(path)
    assert counts(store)["calls"] == 0 and audio_files(store) == []


def test_huge_file_is_refused_before_reading(store):
    store.max_audio_bytes = 1000
    with pytest.raises(InputError, match="too large"):
        Pipeline(store, Stages(Settings())).submit(CallRequest(ES_CALL, "recorded", "ana"))
    assert counts(store)["calls"] == 0


def test_same_recording_twice_is_one_call(store, tmp_path):
    pipeline = Pipeline(store, Stages(Settings()))
    copy = tmp_path / "renamed-copy.wav"
    shutil.copy(ES_CALL, copy)
    start, end = datetime(2026, 11, 30, 3, 12, tzinfo=UTC), datetime(2026, 11, 30, 3, 13, tzinfo=UTC)
    first = pipeline.submit(CallRequest(ES_CALL, "recorded", "ana", "0800-main", start, end))
    again = pipeline.submit(CallRequest(copy, "verbal", "ana"))
    assert (first.duplicate, again.duplicate, again.call_id) == (False, True, first.call_id)
    assert counts(store)["calls"] == 1 and len(audio_files(store)) == 1
    with store.transaction() as session:
        call = session.get(Call, first.call_id)
        assert call.audio_sha256 == sha256_file(ES_CALL) and call.state == "queued"
        assert (call.consent, call.line, call.ended_at.replace(tzinfo=UTC)) == ("recorded", "0800-main", end)
        # Audio and file name are encrypted at rest.
        assert b"RIFF" not in store.files.path(call.raw_audio_path).read_bytes()[:64]
        assert store.cipher.decrypt_text(call.source_name_enc, "source-name") == "es-call.wav"


@pytest.mark.slow
def test_silent_recording_fails_cleanly(store, tmp_path, transcriber):
    import numpy as np

    from tests.audio_factory import write_audio

    silent = write_audio(tmp_path / "silent.wav", np.zeros(16000 * 3, dtype=np.float32), 16000)
    outcome = Pipeline(store, Stages(Settings(), transcriber=transcriber)).process(
        CallRequest(silent, "recorded", "ana")
    )
    assert outcome.state == "failed" and "no speech" in outcome.error
    assert counts(store) == {"calls": 1, "transcripts": 0, "redactions": 0, "notes": 0}


class ExplodingRedactor:
    """Stands in for a redactor that crashes; its message quotes the text, as a careless bug might."""

    def redact(self, text, language, mode="tag"):
        raise RuntimeError(f"could not parse {text[:40]!r}")


@pytest.mark.slow
@needs_all_stages
def test_pipeline_states_failure_resume_and_idempotency(store, stages, caplog, monkeypatch):
    caplog.set_level(logging.DEBUG)
    broken = Stages(Settings(), transcriber=stages.transcriber, redactor=ExplodingRedactor())
    seen: list[str] = []
    failed = Pipeline(store, broken).process(CallRequest(ES_CALL, "recorded", "ana"), lambda _id, s: seen.append(s))
    assert seen == ["transcribe", "redact"] and failed.state == "failed"
    assert failed.error == "internal error while redacting (RuntimeError)"  # the message quoted text: dropped
    with store.transaction() as session:
        transcript_id = session.scalar(select(Transcript.id))

    # Submitting it again retries from the last finished stage; this time the disk fills up while the
    # bleeped copy is written: that is the installation's problem, so the call waits instead of failing.
    real_put = store.files.put_file

    def disk_full_for_bleeps(source, relative, purpose):
        if purpose == "bleeped-audio":
            raise DiskError(f"{relative}: could not write (disk full); nothing was stored")
        return real_put(source, relative, purpose)

    monkeypatch.setattr(store.files, "put_file", disk_full_for_bleeps)
    with pytest.raises(DiskError):
        Pipeline(store, stages).process(CallRequest(ES_CALL, "recorded", "ana"))
    with store.transaction() as session:
        assert session.scalar(select(Call.state)) == "redacting" and counts(store)["redactions"] == 0
    monkeypatch.setattr(store.files, "put_file", real_put)

    # Space freed: the worker's next run resumes from the last finished stage; transcription is not repeated.
    seen.clear()
    from callnotes.worker import run_pending

    outcomes = run_pending(Pipeline(store, stages), lambda _id, s: seen.append(s))
    assert [(o.state, o.resumed_from) for o in outcomes] == [("ready_for_review", "redact")]
    assert seen == ["redact", "draft"]
    done = outcomes[0]
    assert counts(store) == {"calls": 1, "transcripts": 1, "redactions": 1, "notes": 1}
    with store.transaction() as session:
        assert session.scalar(select(Transcript.id)) == transcript_id
        call = session.get(Call, done.call_id)
        assert call.language == "es" and call.duration_s > 30

    # A third submission finds nothing left to do.
    again = Pipeline(store, stages).process(CallRequest(ES_CALL, "recorded", "ana"))
    assert (again.state, again.duplicate, again.resumed_from) == ("ready_for_review", True, None)

    # What the reviewer sees is redacted; what was found never sits in the clear on disk or in logs.
    services = Services(store)
    ana = services.users.authenticate("ana", "a long enough passphrase")
    mapping = services.calls.placeholder_mapping(ana, done.call_id)
    direct = [v for k, v in mapping.items() if ("PERSON" in k or "PHONE" in k) and len(v) >= 5]
    assert direct, "the sample call names people and a phone number"
    on_disk = b"".join(p.read_bytes() for p in store.data_dir.rglob("*") if p.is_file())
    for value in direct:
        assert value.encode() not in on_disk, f"a {len(value)}-character identifier is stored in the clear"
        assert value not in caplog.text
    unredacted = services.calls.unredacted_transcript(ana, done.call_id).text
    assert unredacted.splitlines()[0] not in caplog.text
    note = services.notes.current(ana, done.call_id)
    assert note.kind == "draft" and note.content["call_type"]

    # Approved by a reviewer, the call becomes a training scenario with fake identities.
    rosa = services.users.authenticate("rosa", "a long enough passphrase")
    assert services.calls.get(rosa, done.call_id).has_bleeped_audio
    clip = services.calls.audio(rosa, done.call_id, "bleeped")  # reviewers hear the bleeped copy only
    assert clip.data[:4] == b"RIFF" and clip.data != ES_CALL.read_bytes()
    services.notes.approve(rosa, done.call_id, version=1)
    scenario = ScenarioService(store, redactor=stages.redactor).export(rosa, done.call_id, "Sobrina retenida")
    trainer = services.users.authenticate("tomas", "a long enough passphrase")
    tomas_view = [s.text for s in services.scenarios.list(trainer)]
    assert tomas_view == [scenario.text] and all(value not in scenario.text for value in direct)


def test_database_locked_during_intake_leaves_no_orphan_file(tmp_path, monkeypatch):
    import sqlite3

    from callnotes.store import StoreError
    from callnotes.store import db as store_db

    monkeypatch.setenv("CALLNOTES_KEY", generate_key())
    monkeypatch.delenv("CALLNOTES_DB_URL", raising=False)
    monkeypatch.setattr(store_db, "SQLITE_BUSY_TIMEOUT_S", 0.2)
    store = open_store(Settings(data_dir=tmp_path / "data"))
    Services(store).users.create(ADMIN, "ana", Role.operator, "a long enough passphrase")
    writer = sqlite3.connect(store.data_dir / "callnotes.db")
    writer.execute("BEGIN IMMEDIATE")  # another writer holds the database: reads work, writes wait
    try:
        with pytest.raises(StoreError, match="locked"):
            Pipeline(store, Stages(Settings())).submit(CallRequest(ES_CALL, "recorded", "ana"))
    finally:
        writer.rollback()
        writer.close()
    assert counts(store)["calls"] == 0 and audio_files(store) == []
    assert Pipeline(store, Stages(Settings())).submit(CallRequest(ES_CALL, "recorded", "ana")).duplicate is False
    store.close()


def test_disk_full_during_intake_stores_nothing(store, monkeypatch):
    import errno

    from callnotes.store import DiskError

    def full(src, dst, purpose):
        dst.write(b"x" * 1000)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store.cipher, "encrypt_stream", full)
    with pytest.raises(DiskError, match="disk full"):
        Pipeline(store, Stages(Settings())).submit(CallRequest(ES_CALL, "recorded", "ana"))
    assert counts(store)["calls"] == 0 and audio_files(store) == []


class PurgedMidway:
    """The real transcriber, during whose run the retention purge removes the call's raw material."""

    def __init__(self, real, store, call_id):
        self.real, self.store, self.call_id = real, store, call_id

    def transcribe(self, path):
        from datetime import UTC, datetime, timedelta

        from callnotes.services import RetentionService

        result = self.real.transcribe(path)
        with self.store.transaction() as session:
            session.get(Call, self.call_id).received_at = datetime.now(UTC) - timedelta(days=40)
        RetentionService(self.store).purge(ADMIN)
        return result


@pytest.mark.slow
def test_purge_while_transcribing_keeps_the_transcript_out(store, transcriber):
    pipeline = Pipeline(store, Stages(Settings(), transcriber=transcriber))
    call_id = pipeline.submit(CallRequest(SAMPLES / "en-call.mp3", "recorded", "ana")).call_id
    pipeline.stages = Stages(Settings(), transcriber=PurgedMidway(transcriber, store, call_id))
    outcome = pipeline.run(call_id)
    assert outcome.state == "failed" and "retention period ended" in outcome.error
    assert counts(store) == {"calls": 1, "transcripts": 0, "redactions": 0, "notes": 0}
    assert audio_files(store) == []


@pytest.mark.skipif(not os.environ.get("CALLNOTES_TEST_PG_URL"), reason="no PostgreSQL")
def test_intake_on_postgresql(tmp_path, monkeypatch):
    from tests.test_store import reset_postgres

    url = os.environ["CALLNOTES_TEST_PG_URL"]
    reset_postgres(url)
    monkeypatch.setenv("CALLNOTES_KEY", generate_key())
    monkeypatch.setenv("CALLNOTES_DB_URL", url)
    store = open_store(Settings(data_dir=tmp_path / "data"))
    try:
        Services(store).users.create(ADMIN, "ana", Role.operator, "a long enough passphrase")
        pipeline = Pipeline(store, Stages(Settings()))
        with pytest.raises(ConsentError):
            pipeline.submit(CallRequest(ES_CALL, "none", "ana"))
        first = pipeline.submit(CallRequest(ES_CALL, "recorded", "ana"))
        assert pipeline.submit(CallRequest(ES_CALL, "recorded", "ana")) == type(first)(first.call_id, True)
        assert counts(store)["calls"] == 1 and len(audio_files(store)) == 1
    finally:
        store.close()


def test_failed_calls_can_be_queued_again(store):
    from callnotes.worker import pending_calls, requeue_failed

    call_id = Pipeline(store, Stages(Settings())).submit(CallRequest(ES_CALL, "recorded", "ana")).call_id
    with store.transaction() as session:
        call = session.get(Call, call_id)
        call.state, call.error = "failed", "the redaction stage is not available: install callnotes[redact]"
    assert pending_calls(store) == []  # a failed call is not retried behind anyone's back
    assert requeue_failed(store) == [call_id] and pending_calls(store) == [call_id]
    with store.transaction() as session:
        assert session.get(Call, call_id).error is None


def test_a_call_another_process_is_working_on_is_left_alone(store):
    from callnotes.pipeline import call_lock

    pipeline = Pipeline(store, Stages(Settings()))  # no model may load: nothing must run
    call_id = pipeline.submit(CallRequest(ES_CALL, "recorded", "ana")).call_id
    with call_lock(store, call_id) as mine:
        assert mine
        with call_lock(store, call_id) as theirs:
            assert not theirs  # a second holder (another process, or here another descriptor) is refused
        outcome = pipeline.run(call_id)
    assert (outcome.busy, outcome.state, outcome.resumed_from, outcome.timings) == (True, "queued", None, {})
