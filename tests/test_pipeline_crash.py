"""A real ``kill -9`` of ``callnotes process`` mid-call, then ``callnotes worker`` resumes.

The first kill lands during transcription, the second (of the worker) after transcription
was stored; the final worker run must finish the call without transcribing it again and
leave no plaintext scratch copy behind.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from callnotes.config import Settings
from callnotes.hashing import sha256_file
from callnotes.security.crypto import generate_key
from callnotes.services import Actor, Role, Services
from callnotes.store import open_store
from tests.conftest import SAMPLES
from tests.test_pipeline import needs_all_stages

EN_CALL = SAMPLES / "en-call.mp3"
pytestmark = [pytest.mark.slow, needs_all_stages]


def _query(db, sql: str):
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _wait_for_state(db, states: set[str], proc: subprocess.Popen, timeout: float = 120) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if db.exists():
            try:
                rows = _query(db, "SELECT state FROM calls")
            except sqlite3.OperationalError:  # schema not created yet
                rows = []
            if rows and rows[0][0] in states:
                return rows[0][0]
            if rows and rows[0][0] in ("ready_for_review", "failed"):
                pytest.fail(f"the call reached {rows[0][0]} before it could be interrupted")
        if proc.poll() is not None:
            pytest.fail(f"the process exited ({proc.returncode}) before reaching {states}")
        time.sleep(0.05)
    pytest.fail(f"timed out waiting for {states}")


def test_kill_9_mid_call_then_worker_resumes(tmp_path, monkeypatch):
    data_dir = tmp_path / "data"
    env = dict(
        os.environ,
        CALLNOTES_DATA_DIR=str(data_dir),
        CALLNOTES_KEY=generate_key(),
        HF_HUB_OFFLINE="1",
        TRANSFORMERS_OFFLINE="1",
    )
    env.pop("CALLNOTES_DB_URL", None)
    env.pop("CALLNOTES_CONFIG", None)
    monkeypatch.setenv("CALLNOTES_KEY", env["CALLNOTES_KEY"])
    store = open_store(Settings(data_dir=data_dir))
    Services(store).users.create(Actor.system("test"), "ana", Role.operator, "a long enough passphrase")
    store.close()
    db = data_dir / "callnotes.db"
    cli = [sys.executable, "-m", "callnotes"]

    # 1. kill -9 while transcribing.
    process = subprocess.Popen(
        [*cli, "process", str(EN_CALL), "--consent", "recorded", "--operator", "ana"],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    _wait_for_state(db, {"transcribing"}, process)
    time.sleep(1.0)  # well inside the ~10 s transcription
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL
    assert _query(db, "SELECT state, audio_sha256 FROM calls") == [("transcribing", sha256_file(EN_CALL))]
    assert _query(db, "SELECT count(*) FROM transcripts") == [(0,)]

    # 2. the worker picks it up; kill -9 it too, once the transcript is stored.
    worker = subprocess.Popen([*cli, "worker"], env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    _wait_for_state(db, {"redacting", "drafting"}, worker)
    worker.send_signal(signal.SIGKILL)
    worker.wait()
    stored = _query(db, "SELECT id, created_at FROM transcripts")
    assert len(stored) == 1

    # 3. a fresh worker finishes from the last finished stage, without transcribing again.
    done = subprocess.run([*cli, "worker"], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "ready_for_review (resumed at" in done.stderr and "resumed at transcribe" not in done.stderr
    assert _query(db, "SELECT state FROM calls") == [("ready_for_review",)]
    assert _query(db, "SELECT id, created_at FROM transcripts") == stored
    assert _query(db, "SELECT count(*) FROM redactions") == [(1,)]
    assert _query(db, "SELECT version, kind FROM notes") == [(1, "draft")]
    leftovers = [p for p in (data_dir / "tmp").rglob("*") if p.is_file()]
    assert leftovers == [], "plaintext scratch copies must not survive the crash"
    # Nothing the caller said reaches the console: the sample caller's name and phone digits.
    assert "Brooks" not in done.stdout + done.stderr and "nine five one" not in done.stdout + done.stderr
