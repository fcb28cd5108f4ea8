"""The commands as a hotline runs them: users, process, worker --watch, purge (real subprocesses)."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys

import pytest

from callnotes.commands.process import expand
from callnotes.security.crypto import generate_key
from tests.conftest import SAMPLES
from tests.test_pipeline import needs_all_stages


@pytest.fixture
def cli(tmp_path):
    env = dict(
        os.environ,
        CALLNOTES_DATA_DIR=str(tmp_path / "data"),
        CALLNOTES_KEY=generate_key(),
        HF_HUB_OFFLINE="1",
        TRANSFORMERS_OFFLINE="1",
    )
    env.pop("CALLNOTES_DB_URL", None)
    env.pop("CALLNOTES_CONFIG", None)

    def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "callnotes", *args],
            env=env,
            cwd=tmp_path,
            input=stdin,
            capture_output=True,
            text=True,
            timeout=300,
        )

    run.data_dir = tmp_path / "data"
    run.env = env
    return run


def query(data_dir, sql: str):
    conn = sqlite3.connect(data_dir / "callnotes.db")
    try:
        rows = conn.execute(sql).fetchall()
        conn.commit()
        return rows
    finally:
        conn.close()


def test_users_demo_generates_passwords_and_keygen_protects_the_key(cli, tmp_path):
    first = cli("users", "demo")
    assert first.returncode == 0, first.stderr
    assert query(cli.data_dir, "SELECT username, role FROM users ORDER BY username") == [
        ("admin", "admin"),
        ("ana", "operator"),
        ("rosa", "reviewer"),
        ("tomas", "trainer"),
    ]
    again = cli("users", "demo")
    assert again.stdout.count("exists, unchanged") == 4
    add = cli("users", "add", "lucia", "--role", "operator", "--password-stdin", stdin="short\n")
    assert add.returncode == 2 and "too short" in add.stderr and "Traceback" not in add.stderr

    key_file = tmp_path / "keys" / "callnotes.key"
    assert cli("keygen", "--file", str(key_file)).returncode == 0
    refused = cli("keygen", "--file", str(key_file))
    assert refused.returncode == 2 and "refusing to overwrite" in refused.stderr


def test_process_refuses_calls_without_consent(cli):
    cli("users", "demo")
    result = cli("process", str(SAMPLES), "--consent", "none", "--operator", "ana")
    assert result.returncode == 2
    recordings = len(expand([SAMPLES]))
    assert recordings >= 2
    assert result.stderr.count("no recorded consent") == recordings and "Traceback" not in result.stderr
    assert query(cli.data_dir, "SELECT count(*) FROM calls") == [(0,)]
    assert (
        query(cli.data_dir, "SELECT action, outcome FROM audit_events WHERE actor = 'ana'")
        == [("process_call", "refused")] * recordings
    )
    missing = cli("process", str(SAMPLES / "es-call.wav"), "--consent", "recorded")
    assert missing.returncode == 2 and "--operator is required" in missing.stderr


def test_wrong_key_is_one_clear_line(cli):
    assert cli("users", "demo").returncode == 0
    cli.env["CALLNOTES_KEY"] = generate_key()
    result = cli("purge", "--dry-run")
    assert result.returncode == 2 and "does not match the store" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.slow
@needs_all_stages
def test_worker_watches_an_inbox_end_to_end_then_purge(cli):
    cli("users", "demo")
    inbox = cli.data_dir.parent / "inbox"
    inbox.mkdir()
    shutil.copy(SAMPLES / "es-call.wav", inbox / "call-0001.wav")
    (inbox / "call-0001.json").write_text(
        json.dumps(
            {"consent": "recorded", "operator": "ana", "line": "0800-main", "started_at": "2026-11-30T03:12:00Z"}
        )
    )
    shutil.copy(SAMPLES / "en-call.mp3", inbox / "call-0002.mp3")
    (inbox / "call-0002.json").write_text(json.dumps({"consent": "none", "operator": "ana"}))
    (inbox / "call-0003.wav").write_bytes(os.urandom(2048))
    (inbox / "call-0003.json").write_text(json.dumps({"consent": "verbal", "operator": "ana"}))
    (inbox / "call-0004.wav").write_bytes(b"still being copied")  # no metadata yet: not ready
    (inbox / "call-0005.json").write_text("{not json")

    result = cli("worker", "--watch", str(inbox), "--once")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "1 taken in, 1 refused (no consent), 2 rejected" in result.stderr
    assert query(cli.data_dir, "SELECT state, line, consent FROM calls") == [
        ("ready_for_review", "0800-main", "recorded")
    ]
    assert sorted(p.name for p in inbox.iterdir()) == ["call-0004.wav", "rejected"]
    rejected = sorted(p.name for p in (inbox / "rejected").iterdir())
    assert rejected == [
        "call-0003.error.txt",
        "call-0003.json",
        "call-0003.wav",
        "call-0005.error.txt",
        "call-0005.json",
    ]
    assert "audio" in (inbox / "rejected" / "call-0003.error.txt").read_text()

    dry = cli("purge", "--dry-run", "--json")
    assert json.loads(dry.stdout)["calls"] == []
    # Age the call past retention (default 30 days), then purge for real.
    query(cli.data_dir, "UPDATE calls SET received_at = '2020-01-01 00:00:00.000000'")
    purged = cli("purge", "--json")
    report = json.loads(purged.stdout)
    assert (report["calls"], report["audio_files"], report["transcripts"], report["mappings"]) == ([1], 1, 1, 1)
    assert [p.name for p in (cli.data_dir / "audio").iterdir() if "bleeped" not in p.name] == []
    assert query(cli.data_dir, "SELECT content_enc IS NULL FROM transcripts") == [(1,)]
    assert query(cli.data_dir, "SELECT count(*) FROM notes") == [(1,)]


def test_process_hands_calls_to_a_running_worker(cli, monkeypatch):
    from callnotes.config import Settings
    from callnotes.store import open_store
    from callnotes.worker import WorkerBusy, worker_lock

    cli("users", "demo")
    monkeypatch.setenv("CALLNOTES_KEY", cli.env["CALLNOTES_KEY"])
    monkeypatch.delenv("CALLNOTES_DB_URL", raising=False)
    store = open_store(Settings(data_dir=cli.data_dir))
    with worker_lock(store, wait=False):  # this test process plays the running worker
        with pytest.raises(WorkerBusy):
            with worker_lock(open_store(Settings(data_dir=cli.data_dir)), wait=False):
                pass
        result = cli("process", str(SAMPLES / "en-call.mp3"), "--consent", "verbal", "--operator", "ana")
    store.close()
    assert result.returncode == 0 and "queued as call 1 for the running worker" in result.stderr
    assert query(cli.data_dir, "SELECT state, consent FROM calls") == [("queued", "verbal")]


def test_rekey_then_the_store_opens_only_with_the_new_key(cli, tmp_path):
    assert cli("users", "demo").returncode == 0
    new_key = tmp_path / "keys" / "new.key"
    assert cli("keygen", "--file", str(new_key)).returncode == 0
    result = cli("rekey", "--new-key-file", str(new_key))
    assert result.returncode == 0 and "re-encrypted 1 value(s)" in result.stderr  # the key check
    assert cli("users", "list").returncode == 2  # the old key no longer opens it
    old = cli.env.pop("CALLNOTES_KEY")
    cli.env["CALLNOTES_KEY_FILE"] = str(new_key)
    listed = cli("users", "list")
    assert listed.returncode == 0 and "rosa" in listed.stdout
    assert old != new_key.read_text().strip()
