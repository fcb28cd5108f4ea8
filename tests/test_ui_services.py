"""The services the app added (casework, quality, training, health): permissions, audit, reproducibility.

They run on a copy of the session's store of really processed samples (``tests/e2e/golden.py``).
"""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from callnotes.config import Settings
from callnotes.errors import CallnotesError
from callnotes.security.crypto import Cipher
from callnotes.services import PermissionDenied
from callnotes.services.quality import SCORECARD_ENV, _load_scorecard
from callnotes.services.workspace import Workspace
from callnotes.store import AuditEvent, Call, CallState, open_store
from tests.e2e.golden import SAMPLES, golden


@pytest.fixture(scope="session")
def gold():
    return golden()


@pytest.fixture
def ws(gold, tmp_path):
    data = gold.copy_to(tmp_path / "data")
    store = open_store(Settings(data_dir=data), cipher=Cipher(base64.urlsafe_b64decode(gold.key)))
    from ui.state import shared_stages  # the session's models, loaded once

    yield Workspace.over(store, stages=shared_stages())
    store.close()


@pytest.fixture
def who(gold, ws):
    return {name: ws.users.authenticate(name, password) for name, password in gold.passwords.items()}


def denials(ws) -> list[tuple[str, str, str]]:
    with ws.store.transaction() as session:
        rows = session.scalars(select(AuditEvent).where(AuditEvent.outcome == "denied").order_by(AuditEvent.id))
        return [(r.actor, r.action, r.detail.get("reason", "")) for r in rows]


def test_each_new_service_refuses_the_wrong_roles_and_audits_it(gold, ws, who):
    cases = [
        ("rosa", lambda a: ws.casework.entities(a, gold.ready_call), "view_entities"),
        ("tomas", lambda a: ws.casework.entities(a, gold.ready_call), "view_entities"),
        ("luis", lambda a: ws.casework.entities(a, gold.ready_call), "view_entities"),  # not his call
        ("rosa", lambda a: ws.casework.inbox(a), "list_inbox"),
        ("ana", lambda a: ws.quality.draw_sample(a, 1), "qa_sample"),
        ("tomas", lambda a: ws.quality.dashboard(a), "view_dashboard"),
        ("admin", lambda a: ws.quality.score(a, gold.approved_call, {}), "review"),
        ("rosa", lambda a: ws.training.candidates(a), "list_training_candidates"),
        ("ana", lambda a: ws.training.build(a, gold.approved_call, "x"), "build_scenario"),
        ("admin", lambda a: ws.training.library(a), "list_scenarios"),
        ("ana", lambda a: ws.health.check(a, verify_hashes=False), "view_health"),
    ]
    for name, call, action in cases:
        with pytest.raises(PermissionDenied):
            call(who[name])
        assert denials(ws)[-1][:2] == (name, action), (name, action)


def test_entities_are_offsets_into_the_unredacted_text_for_its_operator_only(gold, ws, who):
    text = ws.calls.unredacted_transcript(who["ana"], gold.ready_call).text
    mapping = ws.calls.placeholder_mapping(who["ana"], gold.ready_call)
    spans = ws.casework.entities(who["ana"], gold.ready_call)
    assert spans and {text[s.start : s.end] for s in spans} <= set(mapping.values())
    with ws.store.transaction() as session:  # past retention the answer is no, even before a purge
        session.get(Call, gold.ready_call).received_at = datetime.now(UTC) - timedelta(days=400)
    with pytest.raises(PermissionDenied, match="retention"):
        ws.casework.entities(who["ana"], gold.ready_call)


def test_search_looks_only_at_redacted_text(gold, ws, who):
    mapping = ws.calls.placeholder_mapping(who["ana"], gold.ready_call)
    # Placeholders are numbered per call (<PERSON_1> is in most calls): search for one only this call has.
    other = ws.calls.redacted_transcript(who["ana"], gold.approved_call).text
    placeholder = next(p for p in mapping if p not in other)
    assert [c.id for c in ws.casework.search(who["ana"], placeholder)] == [gold.ready_call]
    assert ws.casework.search(who["ana"], mapping[placeholder]) == []
    assert {c.id for c in ws.casework.search(who["rosa"], "")} == {gold.ready_call, gold.approved_call}


def test_samples_are_recorded_and_reproducible_and_later_approvals_stay_out(gold, ws, who):
    first = ws.quality.draw_sample(who["rosa"], 5, seed=7)
    assert first.call_ids == [gold.approved_call] and first.population == 1
    # A call approved after the sample was drawn is not in its population when it is drawn again.
    note = ws.notes.current(who["ana"], gold.ready_call)
    ws.notes.approve(who["ana"], gold.ready_call, note.version)
    assert ws.quality.reproduce(who["rosa"], first.id) == first.call_ids
    both = ws.quality.draw_sample(who["rosa"], 1, stratify_by="call_type", seed=3)
    types = {ws.notes.current(who["rosa"], i).content["call_type"] for i in (gold.ready_call, gold.approved_call)}
    assert len(both.call_ids) == len(types)  # one call per stratum
    again = [ws.quality.draw_sample(who["rosa"], 1, seed=11).call_ids for _ in range(3)]
    assert again[0] == again[1] == again[2]  # the same seed draws the same call
    recorded = ws.quality.samples(who["rosa"])
    assert [s.id for s in recorded] == sorted((s.id for s in recorded), reverse=True) and len(recorded) == 5
    assert {(s.seed, tuple(s.call_ids)) for s in recorded} >= {(7, (gold.approved_call,))}


def test_scorecard_is_validated_and_configurable(gold, ws, who, tmp_path, monkeypatch):
    with pytest.raises(CallnotesError, match="1 to 5"):
        ws.quality.score(who["rosa"], gold.approved_call, {"greeting": 6})
    with pytest.raises(CallnotesError, match="only approved calls"):
        criteria = {c.id: 3 for c in ws.quality.scorecard(who["rosa"])}
        ws.quality.score(who["rosa"], gold.ready_call, criteria)
    card = tmp_path / "card.yaml"
    card.write_text("criteria:\n  - id: empathy\n    label: {es: Empatía, en: Empathy}\n", encoding="utf-8")
    monkeypatch.setenv(SCORECARD_ENV, str(card))
    _load_scorecard.cache_clear()
    assert [c.label("en") for c in ws.quality.scorecard(who["rosa"])] == ["Empathy"]
    saved = ws.quality.score(who["rosa"], gold.approved_call, {"empathy": 5})
    assert saved.scores == {"empathy": 5}
    _load_scorecard.cache_clear()


def test_dashboard_counts_calls_and_agreement(gold, ws, who):
    board = ws.quality.dashboard(who["rosa"])
    assert sum(r.calls for r in board.calls_per_week) == 2
    agreement = {r.field: (r.agreed, r.total) for r in board.agreement}
    assert agreement["urgency"] == (0, 1) and agreement["call_type"] == (1, 1)
    assert {r.criterion for r in board.scores} == {c.id for c in ws.quality.scorecard(who["rosa"])}
    assert ws.quality.export_csv(who["rosa"], "calls_per_week").splitlines()[0] == "week,call_type,urgency,calls"
    with pytest.raises(CallnotesError, match="unknown table"):
        ws.quality.export_csv(who["rosa"], "transcripts")


def test_training_scenario_uses_fake_identities_consistently_and_exports(gold, ws, who):
    mapping = ws.calls.placeholder_mapping(who["ana"], gold.approved_call)
    scenario = ws.training.build(
        who["tomas"], gold.approved_call, "Restaurante", "Objetivo uno\n\nObjetivo dos", ["¿Qué faltó?"], ["laboral"]
    )
    assert scenario.objectives == ["Objetivo uno", "Objetivo dos"] and scenario.tags == ["laboral"]
    originals = [v for k, v in mapping.items() if k.startswith(("<PERSON", "<PHONE"))]
    assert originals and not [v for v in originals if v in scenario.text]
    assert "<PERSON" not in scenario.text  # fake values, not placeholders
    assert "evidence" not in scenario.note  # offsets into the original text stay behind
    md = ws.training.export(who["tomas"], scenario.id, "md", "en").data.decode()
    assert md.startswith("# Restaurante") and "## Learning objectives" in md and "1. ¿Qué faltó?" in md
    data = json.loads(ws.training.export(who["tomas"], scenario.id, "json").data)
    assert data["case_note"] == scenario.note and len(data["transcript"]) == len(scenario.lines)
    assert ws.training.export(who["tomas"], scenario.id, "pdf").data[:5] == b"%PDF-"
    with pytest.raises(CallnotesError, match="only approved calls"):
        ws.training.build(who["tomas"], gold.ready_call, "no")
    updated = ws.training.update(who["tomas"], scenario.id, "Nuevo", "", "", "a\nb")
    assert (updated.title, updated.tags, updated.text) == ("Nuevo", ["a", "b"], scenario.text)
    assert [s.id for s in ws.training.library(who["tomas"], tag="b")] == [scenario.id]


def test_upload_needs_consent_and_a_recording(gold, ws, who):
    data = (SAMPLES / "es-call.wav").read_bytes()
    refused = ws.casework.process_upload(who["ana"], "987654321.wav", data, "none", "1818")
    assert refused.call_id is None and "no recorded consent" in refused.error
    assert "987654321" not in refused.error.replace("987654321.wav", "")
    not_audio = ws.casework.process_upload(who["ana"], "notes.txt", b"hello", "recorded", "1818")
    assert not_audio.call_id is None and not_audio.state == "refused"
    same = ws.casework.process_upload(who["ana"], "copy.wav", data, "recorded", "1818")
    assert (same.call_id, same.duplicate) == (gold.ready_call, True)
    assert not list((ws.store.data_dir / "tmp").glob("upload-*"))  # the plaintext copy is gone
    with pytest.raises(PermissionDenied):
        ws.casework.process_upload(who["rosa"], "copy.wav", data, "recorded", "1818")


def test_sign_off_saves_corrections_then_approves(gold, ws, who):
    draft = ws.notes.current(who["ana"], gold.ready_call)
    same = ws.casework.save(who["ana"], gold.ready_call, draft.content, draft.version)
    assert same.version == draft.version  # nothing changed, nothing written
    edited = dict(draft.content, region="Madre de Dios")
    approved = ws.casework.sign_off(who["ana"], gold.ready_call, edited, draft.version)
    assert (approved.version, approved.kind, approved.content["region"]) == (3, "approved", "Madre de Dios")
    diff = ws.casework.note_diff(who["ana"], gold.ready_call)
    assert "region" in diff.changed_fields and ws.calls.get(who["ana"], gold.ready_call).state == CallState.approved


def test_settings_changes_are_validated_written_atomically_and_audited(ws, who, tmp_path, monkeypatch):
    config = tmp_path / "callnotes.yaml"
    config.write_text("asr:\n  beam_size: 3\nredact:\n  mode: tag\n", encoding="utf-8")
    monkeypatch.setenv("CALLNOTES_CONFIG", str(config))
    with pytest.raises(PermissionDenied):
        ws.configuration.update(who["ana"], 10, "base", "es")
    with pytest.raises(CallnotesError, match="unknown speech model"):
        ws.configuration.update(who["admin"], 10, "no-such-model", "es")
    with pytest.raises(CallnotesError, match="invalid settings"):
        ws.configuration.update(who["admin"], 0, "base", "es")
    assert "retention_days" not in config.read_text()  # a refused change writes nothing
    changed = ws.configuration.update(who["admin"], 10, "base", "en")
    assert (changed.retention_days, changed.note_language) == (10, "en")
    written = config.read_text()
    assert "beam_size: 3" in written and "mode: tag" in written  # the rest of the file is kept
    assert not list(tmp_path.glob(".callnotes-config-*"))


def test_health_reports_models_disk_and_queue(ws, who):
    health = ws.health.check(who["admin"], verify_hashes=True)
    whisper = health.models[0]
    assert whisper.ok and whisper.status == "verified" and "sha256" in whisper.detail
    assert health.awaiting_review == 1 and health.queued == 0 and health.disk_free > 0
