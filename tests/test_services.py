"""The service layer: permissions per role, ownership, retention, note versions, audit, purge.

The call under test is written straight into the store (a typed ``asr.Transcript`` and a
redaction with its mapping, encrypted as the pipeline does), because these tests are about
who may read what, not about the models; ``test_pipeline.py`` covers the real stages.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select, text, update

from asr.types import Speaker
from callnotes.config import Settings
from callnotes.security import passwords
from callnotes.security.crypto import generate_key
from callnotes.services import (
    Actor,
    AuthError,
    NotFound,
    PermissionDenied,
    Role,
    Services,
    StaleEdit,
)
from callnotes.store import AuditEvent, Call, User, open_store
from callnotes.store import db as store_db
from callnotes.store.models import Base
from tests import stored_call

PG_URL = os.environ.get("CALLNOTES_TEST_PG_URL")
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.skipif(not PG_URL, reason="no PostgreSQL"))]
ADMIN = Actor.system("test")
PII = ("Rosa Quispe", "987 654 321")  # what the placeholders stand for in the test call
PASSWORD = "a long enough passphrase"


def add_call(store, operator_id: int, received_at: datetime | None = None, audio_hash: str = "1" * 64) -> int:
    spec = stored_call.CallSpec(
        [
            (Speaker.operator, "Línea contra la trata, buenas tardes."),
            (Speaker.caller, "Mi sobrina Rosa Quispe no regresa, su número es 987 654 321."),
        ],
        [("PERSON", PII[0], "<PERSON_1>"), ("PHONE_NUMBER", PII[1], "<PHONE_NUMBER_1>")],
        {"call_type": "report", "urgency": "high", "summary": "Una menor no regresa."},
        raw_audio=b"RIFF-raw-audio-bytes",
        bleeped_audio=b"RIFF-bleeped-audio",
        keep_entities=False,
    )
    return stored_call.add_call(store, spec, operator_id, audio_hash, received_at)


@pytest.fixture(params=BACKENDS)
def services(request, tmp_path, monkeypatch):
    monkeypatch.setenv("CALLNOTES_KEY", generate_key())
    # Cheap Argon2 parameters keep ~20 sign-ins per test fast; test_security checks the real defaults.
    monkeypatch.setattr(passwords, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    if request.param == "postgresql":
        engine = store_db.make_engine(PG_URL)
        with engine.begin() as conn:
            Base.metadata.drop_all(conn)
            conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
        engine.dispose()
        monkeypatch.setenv("CALLNOTES_DB_URL", PG_URL)
    else:
        monkeypatch.delenv("CALLNOTES_DB_URL", raising=False)
    store = open_store(Settings(data_dir=tmp_path / "data"))
    svc = Services(store)
    for name, role in (
        ("ana", Role.operator),
        ("bea", Role.operator),
        ("rosa", Role.reviewer),
        ("tomas", Role.trainer),
        ("admin", Role.admin),
    ):
        svc.users.create(ADMIN, name, role, PASSWORD)
    yield svc
    store.close()


def actor(svc: Services, name: str) -> Actor:
    return svc.users.authenticate(name, PASSWORD)


def denials(svc: Services, username: str) -> list[AuditEvent]:
    with svc.store.transaction() as session:
        return session.scalars(
            select(AuditEvent).where(AuditEvent.actor == username, AuditEvent.outcome == "denied")
        ).all()


def test_login_and_wrong_password_is_audited(services):
    ana = actor(services, "ana")
    assert ana.role is Role.operator and ana.username == "ana"
    with pytest.raises(AuthError, match="wrong username or password"):
        services.users.authenticate("ana", "not the passphrase")
    with pytest.raises(AuthError, match="wrong username or password"):
        services.users.authenticate("nobody", PASSWORD)
    assert len(denials(services, "ana")) == 1 and len(denials(services, "nobody")) == 1


def test_operator_sees_own_call_unredacted_within_retention(services):
    ana = actor(services, "ana")
    call_id = add_call(services.store, ana.id)
    view = services.calls.unredacted_transcript(ana, call_id)
    assert PII[0] in view.text and view.content["segments"][1]["speaker"] == "caller"
    assert services.calls.placeholder_mapping(ana, call_id)["<PERSON_1>"] == PII[0]
    assert services.calls.audio(ana, call_id, "raw").data == b"RIFF-raw-audio-bytes"
    assert [c.id for c in services.calls.list(ana)] == [call_id]


@pytest.mark.parametrize("who", ["rosa", "tomas", "admin", "bea"])
def test_only_the_calls_operator_gets_unredacted_material(services, who):
    ana = actor(services, "ana")
    call_id = add_call(services.store, ana.id)
    other = actor(services, who)
    for attempt in (
        lambda: services.calls.unredacted_transcript(other, call_id),
        lambda: services.calls.placeholder_mapping(other, call_id),
        lambda: services.calls.audio(other, call_id, "raw"),
    ):
        with pytest.raises(PermissionDenied):
            attempt()
    assert len(denials(services, who)) == 3  # every denial is audited


def test_reviewer_gets_redacted_text_and_bleeped_audio_only(services):
    call_id = add_call(services.store, actor(services, "ana").id)
    rosa = actor(services, "rosa")
    view = services.calls.redacted_transcript(rosa, call_id)
    assert "<PERSON_1>" in view.text and all(p not in view.text for p in PII)
    assert services.calls.audio(rosa, call_id, "bleeped").data == b"RIFF-bleeped-audio"
    assert [c.id for c in services.calls.list(rosa)] == [call_id]
    with pytest.raises(PermissionDenied, match="rosa may not view unredacted"):
        services.calls.unredacted_transcript(rosa, call_id)


def test_trainer_and_admin_see_no_call_content(services):
    call_id = add_call(services.store, actor(services, "ana").id)
    tomas, admin = actor(services, "tomas"), actor(services, "admin")
    for who in (tomas, admin):
        with pytest.raises(PermissionDenied):
            services.calls.redacted_transcript(who, call_id)
        with pytest.raises(PermissionDenied):
            services.notes.versions(who, call_id)
    with pytest.raises(PermissionDenied):
        services.calls.list(tomas)
    assert services.scenarios.list(tomas) == []
    with pytest.raises(PermissionDenied):
        services.audit.events(tomas)
    with pytest.raises(PermissionDenied):
        services.users.create(tomas, "eve", Role.admin, PASSWORD)


def test_other_operators_calls_are_invisible(services):
    call_id = add_call(services.store, actor(services, "ana").id)
    bea = actor(services, "bea")
    assert services.calls.list(bea) == []
    with pytest.raises(PermissionDenied, match="not the call's operator"):
        services.calls.get(bea, call_id)
    with pytest.raises(NotFound):
        services.calls.get(bea, 999)


def test_note_versions_are_all_kept_and_approval_is_final(services):
    ana, rosa = actor(services, "ana"), actor(services, "rosa")
    call_id = add_call(services.store, ana.id)
    draft = services.notes.current(ana, call_id)
    assert (draft.version, draft.kind, draft.author) == (1, "draft", "drafter:rules")
    edited = dict(draft.content, urgency="immediate")
    v2 = services.notes.edit(ana, call_id, edited, based_on_version=1)
    assert (v2.version, v2.kind, v2.author, v2.content["urgency"]) == (2, "edit", "ana", "immediate")
    with pytest.raises(StaleEdit):
        services.notes.edit(ana, call_id, edited, based_on_version=1)
    with pytest.raises(PermissionDenied):
        services.notes.edit(rosa, call_id, edited, based_on_version=2)
    approved = services.notes.approve(rosa, call_id, version=2)
    assert (approved.version, approved.kind, approved.content["urgency"]) == (3, "approved", "immediate")
    assert [v.kind for v in services.notes.versions(ana, call_id)] == ["draft", "edit", "approved"]
    assert services.calls.get(ana, call_id).state == "approved"
    with pytest.raises(Exception, match="only notes awaiting review"):
        services.notes.edit(ana, call_id, edited, based_on_version=3)


def test_invalid_note_is_refused(services):
    ana = actor(services, "ana")
    call_id = add_call(services.store, ana.id)
    with pytest.raises(Exception, match="urgency"):
        services.notes.edit(ana, call_id, {"urgency": "whenever"}, based_on_version=1)
    assert len(services.notes.versions(ana, call_id)) == 1


def test_reviews_are_validated_and_stored(services):
    call_id = add_call(services.store, actor(services, "ana").id)
    rosa = actor(services, "rosa")
    with pytest.raises(Exception, match="whole number from 1 to 5"):
        services.reviews.add(rosa, call_id, {"accuracy": 9, "completeness": 4, "anonymity": 5})
    review = services.reviews.add(rosa, call_id, {"accuracy": 4, "completeness": 4, "anonymity": 5}, "Bien.")
    assert [r.id for r in services.reviews.list(rosa, call_id)] == [review.id]
    with pytest.raises(PermissionDenied):
        services.reviews.add(actor(services, "ana"), call_id, {"accuracy": 4, "completeness": 4, "anonymity": 5})


def test_unredacted_access_ends_with_retention_even_before_the_purge(services):
    ana = actor(services, "ana")
    old = add_call(services.store, ana.id, received_at=datetime.now(UTC) - timedelta(days=31))
    with pytest.raises(PermissionDenied, match="past the retention period"):
        services.calls.unredacted_transcript(ana, old)
    assert "<PERSON_1>" in services.calls.redacted_transcript(ana, old).text


def test_purge_removes_raw_material_and_keeps_the_rest(services):
    ana, admin = actor(services, "ana"), actor(services, "admin")
    old = add_call(services.store, ana.id, received_at=datetime.now(UTC) - timedelta(days=31))
    recent = add_call(services.store, ana.id, audio_hash="2" * 64)
    audio_dir = services.store.data_dir / "audio"
    assert len(list(audio_dir.iterdir())) == 4

    with pytest.raises(PermissionDenied):
        services.retention.purge(ana)
    dry = services.retention.purge(admin, dry_run=True)
    assert (dry.call_ids, dry.audio_files, dry.transcripts, dry.mappings) == ([old], 1, 1, 1)
    assert len(list(audio_dir.iterdir())) == 4  # a dry run touches nothing

    report = services.retention.purge(admin)
    assert report.call_ids == [old]
    assert sorted(p.name for p in audio_dir.iterdir()) == sorted(
        [f"{'2' * 64}.wav.enc", f"bleeped-{'1' * 64}.wav.enc", f"bleeped-{'2' * 64}.wav.enc"]
    )
    with services.store.transaction() as session:
        call = session.get(Call, old)
        assert call.raw_purged_at is not None and call.raw_audio_path is None and call.source_name_enc is None
        assert call.transcript.content_enc is None and call.redaction.mapping_enc is None
        assert call.redaction.redacted_text and call.notes  # redacted text and notes stay
    assert services.calls.audio(actor(services, "rosa"), old, "bleeped").data == b"RIFF-bleeped-audio"
    with pytest.raises(PermissionDenied, match="purged"):
        services.calls.unredacted_transcript(ana, old)
    assert PII[0] in services.calls.unredacted_transcript(ana, recent).text
    assert services.retention.purge(admin).call_ids == []  # idempotent
    purges = services.audit.events(admin, action="purge", outcome="ok")  # newest first
    assert [e.detail.get("dry_run", False) for e in purges] == [False, False, True]
    assert [e.actor for e in services.audit.events(admin, action="purge", outcome="denied")] == ["ana"]


def test_every_access_is_audited_and_audit_holds_no_pii(services):
    ana, rosa, admin = actor(services, "ana"), actor(services, "rosa"), actor(services, "admin")
    call_id = add_call(services.store, ana.id)
    services.calls.unredacted_transcript(ana, call_id)
    services.calls.placeholder_mapping(ana, call_id)
    services.calls.redacted_transcript(rosa, call_id)
    services.notes.approve(rosa, call_id, version=1)
    with pytest.raises(PermissionDenied):
        services.calls.unredacted_transcript(rosa, call_id)
    events = services.audit.events(admin, call_id=call_id)
    seen = {(e.actor, e.action, e.outcome) for e in events}
    assert {
        ("ana", "view_unredacted", "ok"),
        ("ana", "view_mapping", "ok"),
        ("rosa", "view_redacted", "ok"),
        ("rosa", "approve_note", "ok"),
        ("rosa", "view_unredacted", "denied"),
    } <= seen
    everything = json.dumps([e.detail for e in services.audit.events(admin, limit=10_000)], ensure_ascii=False)
    assert all(p not in everything for p in PII)


def test_user_administration(services):
    admin = actor(services, "admin")
    services.users.set_role(admin, "tomas", Role.reviewer)
    assert actor(services, "tomas").role is Role.reviewer
    services.users.set_active(admin, "bea", False)
    with pytest.raises(AuthError):
        actor(services, "bea")
    with pytest.raises(Exception, match="already exists"):
        services.users.create(admin, "ana", Role.operator, PASSWORD)
    with services.store.transaction() as session:
        stored = session.scalar(select(User.password_hash).where(User.username == "ana"))
    assert PASSWORD not in stored


def test_admin_overview_shows_settings_not_content(services):
    add_call(services.store, actor(services, "ana").id)
    overview = services.admin.overview(actor(services, "admin"))
    assert overview.calls_by_state == {"ready_for_review": 1} and overview.retention_days == 30
    assert overview.key_id == services.store.cipher.key_id.hex()
    with pytest.raises(PermissionDenied):
        services.admin.overview(actor(services, "rosa"))


def test_repeated_failed_sign_ins_lock_the_name_out(services):
    from callnotes.services.users import MAX_FAILED_LOGINS, LockedOut

    for _ in range(MAX_FAILED_LOGINS):
        with pytest.raises(AuthError, match="wrong username or password"):
            services.users.authenticate("ana", "guess guess guess")
    with pytest.raises(LockedOut, match="too many failed sign-ins"):
        services.users.authenticate("ana", PASSWORD)  # even the right password, for now
    actor(services, "rosa")  # other names are not affected
    with services.store.transaction() as session:
        session.execute(update(AuditEvent).values(at=datetime.now(UTC) - timedelta(minutes=16)))
    assert actor(services, "ana").username == "ana"  # the window has passed


def test_rekey_moves_everything_to_the_new_key(services, monkeypatch):
    from callnotes.security.crypto import Cipher, EncryptionKeyError
    from callnotes.store.rekey import rekey

    ana = actor(services, "ana")
    call_id = add_call(services.store, ana.id)
    old_files = sorted(p.name for p in (services.store.data_dir / "audio").iterdir())
    new = Cipher(os.urandom(32))
    report = rekey(services.store, new)
    assert (report.values, report.files, report.new_key_id) == (4, 2, new.key_id.hex())
    new_files = sorted(p.name for p in (services.store.data_dir / "audio").iterdir())
    assert len(new_files) == 2 and not set(new_files) & set(old_files)
    assert all(f".k{new.key_id.hex()}.enc" in name for name in new_files)
    # Everything still reads, under the new key only.
    assert PII[0] in services.calls.unredacted_transcript(ana, call_id).text
    assert services.calls.placeholder_mapping(ana, call_id)["<PERSON_1>"] == PII[0]
    assert services.calls.audio(ana, call_id, "raw").data == b"RIFF-raw-audio-bytes"
    settings = Settings(data_dir=services.store.data_dir)
    with pytest.raises(EncryptionKeyError, match="does not match"):
        open_store(settings)  # CALLNOTES_KEY still holds the old key
    reopened = open_store(settings, cipher=new)
    assert PII[1] in Services(reopened).calls.unredacted_transcript(ana, call_id).text
    reopened.close()


def test_purge_also_removes_old_plaintext_left_beside_the_inbox(services):
    admin = actor(services, "admin")
    processed = services.store.inbox_dir / "processed"
    processed.mkdir(parents=True)
    old, recent = processed / "call-0001.wav", processed / "call-0002.wav"
    for path in (old, recent):
        path.write_bytes(b"RIFF plaintext telephony copy")
    forty_days_ago = (datetime.now(UTC) - timedelta(days=40)).timestamp()
    os.utime(old, (forty_days_ago, forty_days_ago))
    assert services.retention.purge(admin, dry_run=True).inbox_files == 1 and old.exists()
    assert services.retention.purge(admin).inbox_files == 1
    assert not old.exists() and recent.exists()
