"""Manual redaction: an operator hides what the redactor missed, everywhere it is shown to others.

The call is written straight into the store as the pipeline would have left it (transcript with
word timings, a redaction whose entities line up with its redacted text, a real WAV of silence so
the bleeped copy can be made again), with identifiers the redactor "missed": ``Aurelio`` (twice,
in two cases), a lone ``Rosa`` and a place description. No model is loaded.
"""

from __future__ import annotations

import io
import json
import wave
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from asr.types import Speaker, Transcript
from callnotes.config import Settings
from callnotes.security import passwords
from callnotes.security.crypto import generate_key
from callnotes.services import Actor, ManualRedactionError, PermissionDenied, Role
from callnotes.services import manual_redaction as mr
from callnotes.services.access import NotFound
from callnotes.services.workspace import Workspace
from callnotes.store import AuditEvent, Call, Note, Review, Scenario, open_store
from tests import stored_call

ADMIN = Actor.system("test")
PASSWORD = "a long enough passphrase"
LINES = [
    (Speaker.operator, "Línea contra la trata, buenas tardes."),
    (Speaker.caller, "Mi sobrina Rosa Quispe no regresa, su número es 987 654 321."),
    (Speaker.caller, "La llevó don Aurelio al bar, Rosa tiene quince años."),
    (Speaker.caller, "AURELIO la tiene en la posta de Villa Rica."),
]
FOUND = [("PERSON", "Rosa Quispe", "<PERSON_1>"), ("PHONE_NUMBER", "987 654 321", "<PHONE_NUMBER_1>")]
SUMMARY = "Una menor retenida por Aurelio en la posta de Villa Rica; la sobrina, Rosa, no regresa."
RATE = 16000


def typed_transcript() -> Transcript:
    return stored_call.typed_transcript(LINES)


def silence_wav(seconds: float = 20.0) -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(np.zeros(int(seconds * RATE), dtype="<i2").tobytes())
    return out.getvalue()


def add_call(store, operator_id: int, audio_hash: str = "2" * 64, received_at: datetime | None = None) -> int:
    """A call as the pipeline leaves it: entities, redacted text and mapping agree with each other."""
    spec = stored_call.CallSpec(
        LINES,
        FOUND,
        {"call_type": "report", "urgency": "high", "region": "Puno", "summary": SUMMARY},
        raw_audio=silence_wav(),
    )
    return stored_call.add_call(store, spec, operator_id, audio_hash, received_at)


@pytest.fixture
def ws(tmp_path, monkeypatch):
    monkeypatch.setenv("CALLNOTES_KEY", generate_key())
    monkeypatch.delenv("CALLNOTES_DB_URL", raising=False)
    monkeypatch.setattr(passwords, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    store = open_store(Settings(data_dir=tmp_path / "data"))
    workspace = Workspace.over(store)
    for name, role in (
        ("ana", Role.operator),
        ("bea", Role.operator),
        ("rosa", Role.reviewer),
        ("tomas", Role.trainer),
        ("admin", Role.admin),
    ):
        workspace.users.create(ADMIN, name, role, PASSWORD)
    yield workspace
    store.close()


def who(ws, name: str) -> Actor:
    return ws.users.authenticate(name, PASSWORD)


def snapshot(ws, call_id: int) -> dict:
    """Everything a manual redaction may change, decrypted, for before/after comparisons."""
    store = ws.store
    with store.transaction() as session:
        call = session.get(Call, call_id)
        red = call.redaction
        notes = [dict(n.content) for n in session.scalars(select(Note).where(Note.call_id == call_id))]
        return {
            "redacted": red.redacted_text,
            "counts": dict(red.entity_counts),
            "entities": store.cipher.decrypt_text(red.entities_enc, "entities"),
            "mapping": store.cipher.decrypt_text(red.mapping_enc, "mapping"),
            "notes": notes,
            "bleeped": call.bleeped_audio_path,
            "audio_files": sorted(p.name for p in (store.data_dir / "audio").iterdir()),
        }


def contains(text: str, word: str) -> bool:
    return word.casefold() in text.casefold()


# -- what the operator asks for disappears from everything shown to others ------------------------------
def test_a_missed_name_disappears_everywhere_a_reviewer_looks_in_every_case(ws):
    ana, rosa = who(ws, "ana"), who(ws, "rosa")
    call_id = add_call(ws.store, ana.id)
    edited = ws.notes.edit(
        ana,
        call_id,
        {**ws.notes.current(ana, call_id).content, "summary": "Aurelio la retiene; AURELIO tiene un bar."},
        1,
    )
    assert contains(ws.calls.redacted_transcript(rosa, call_id).text, "aurelio")

    done = ws.redaction.redact_text(ana, call_id, "  aurelio ", "PERSON")

    assert done.count == 2 and done.placeholders == ("<PERSON_2>",) and done.audio == "rebleeped"
    shown = ws.calls.redacted_transcript(rosa, call_id)
    assert not contains(shown.text, "aurelio")
    assert shown.text.count("<PERSON_2>") == 2 and shown.entity_counts["PERSON"] == 3
    for version in ws.notes.versions(rosa, call_id):  # the history is shown too: every version is fixed
        assert not contains(json.dumps(version.content, ensure_ascii=False), "aurelio")
    assert ws.notes.current(rosa, call_id).content["summary"] == "<PERSON_2> la retiene; <PERSON_2> tiene un bar."
    assert ws.notes.current(rosa, call_id).version == edited.version  # fixed in place, no new version
    assert ws.calls.placeholder_mapping(ana, call_id)["<PERSON_2>"] == "Aurelio"  # the operator can still read it
    spans = ws.casework.entities(ana, call_id)
    raw = ws.calls.unredacted_transcript(ana, call_id).text
    assert sorted(raw[s.start : s.end] for s in spans if s.type == "PERSON") == ["AURELIO", "Aurelio", "Rosa Quispe"]


def test_placeholders_stay_consistent_with_the_redactors_own(ws):
    ana = who(ws, "ana")
    call_id = add_call(ws.store, ana.id)
    before = ws.calls.redacted_transcript(ana, call_id).text

    first = ws.redaction.redact_text(ana, call_id, "Rosa", "PERSON")  # part of <PERSON_1>'s name
    second = ws.redaction.redact_text(ana, call_id, "Aurelio", "PERSON")  # someone new
    again = ws.redaction.redact_text(ana, call_id, "quince años", "AGE")

    assert first.placeholders == ("<PERSON_1>",) and second.placeholders == ("<PERSON_2>",)
    assert again.placeholders == ("<AGE_1>",)
    text = ws.calls.redacted_transcript(ana, call_id).text
    assert text == (
        before.replace("don Aurelio", "don <PERSON_2>")
        .replace("AURELIO", "<PERSON_2>")
        .replace("bar, Rosa tiene quince años", "bar, <PERSON_1> tiene <AGE_1>")
    )
    mapping = ws.calls.placeholder_mapping(ana, call_id)
    assert mapping == {
        "<PERSON_1>": "Rosa Quispe",
        "<PHONE_NUMBER_1>": "987 654 321",
        "<PERSON_2>": "Aurelio",
        "<AGE_1>": "quince años",
    }
    summary = ws.notes.current(ana, call_id).content["summary"]
    assert summary == (
        "Una menor retenida por <PERSON_2> en la posta de Villa Rica; la sobrina, <PERSON_1>, no regresa."
    )


def test_a_selection_hides_that_span_and_every_other_mention_of_it(ws):
    ana, rosa = who(ws, "ana"), who(ws, "rosa")
    call_id = add_call(ws.store, ana.id)
    raw = ws.calls.unredacted_transcript(ana, call_id).text
    start = raw.index("posta de Villa Rica")

    done = ws.redaction.redact_span(ana, call_id, start, start + len("posta de Villa Rica"), "ADDRESS")

    assert done.count == 1 and done.placeholders == ("<ADDRESS_1>",)
    assert "la tiene en la <ADDRESS_1>." in ws.calls.redacted_transcript(rosa, call_id).text
    assert "en la <ADDRESS_1>;" in ws.notes.current(rosa, call_id).content["summary"]
    # A selection that overlaps what the redactor found joins it: nothing is left half hidden.
    number = raw.index("987 654 321")
    joined = ws.redaction.redact_span(ana, call_id, number - len("es "), number + 3, "PHONE_NUMBER")
    assert joined.placeholders == ("<PHONE_NUMBER_1>",)
    assert "su número <PHONE_NUMBER_1>." in ws.calls.redacted_transcript(rosa, call_id).text


def test_a_number_is_found_however_it_is_written(ws):
    ana = who(ws, "ana")
    call_id = add_call(ws.store, ana.id)
    with pytest.raises(ManualRedactionError) as hidden:
        ws.redaction.redact_text(ana, call_id, "987-654-321", "PHONE_NUMBER")
    assert hidden.value.code == "already_hidden"


def test_the_bleeped_audio_is_made_again_over_the_new_spans_and_the_old_copy_goes(ws):
    ana = who(ws, "ana")
    call_id = add_call(ws.store, ana.id)
    old = snapshot(ws, call_id)["bleeped"]

    ws.redaction.redact_text(ana, call_id, "Aurelio", "PERSON")

    after = snapshot(ws, call_id)
    assert after["bleeped"] != old and old not in after["audio_files"]
    clip = ws.calls.audio(who(ws, "rosa"), call_id, "bleeped")
    with wave.open(io.BytesIO(clip.data)) as w:
        samples = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(float) / 32767
    aurelio = next(w for seg in typed_transcript().segments for w in seg.words if w.word == "AURELIO")
    middle = int((aurelio.start + aurelio.end) / 2 * RATE)
    assert np.abs(samples[middle - 400 : middle + 400]).max() > 0.1  # a tone where the name was said
    assert np.abs(samples[: int(0.5 * RATE)]).max() == 0.0  # the greeting is left alone


def test_rejection_reasons_and_scenarios_already_built_are_fixed_too(ws):
    ana = who(ws, "ana")
    call_id = add_call(ws.store, ana.id)
    ws.casework.reject(ana, call_id, "Falta ocultar a Aurelio")
    with ws.store.transaction() as session:
        session.add(
            Scenario(
                call_id=call_id,
                title="t",
                language="es",
                text="caller: Aurelio la lleva.",
                note={"case_note": {"summary": SUMMARY}, "training": {"objectives": ["Aurelio"]}},
                created_by=who(ws, "tomas").id,
            )
        )

    ws.redaction.redact_text(ana, call_id, "Aurelio", "PERSON")

    assert ws.casework.rejection_reasons(ana, call_id) == ["Falta ocultar a <PERSON_2>"]
    scenario = ws.training.library(who(ws, "tomas"))[0]
    assert not contains(scenario.text + json.dumps(scenario.note) + " ".join(scenario.objectives), "aurelio")


def test_an_approved_call_can_still_be_fixed_and_new_scenarios_keep_the_manual_spans(ws):
    from redact.types import Entity

    ana = who(ws, "ana")
    call_id = add_call(ws.store, ana.id)
    ws.casework.sign_off(ana, call_id, ws.notes.current(ana, call_id).content, 1)
    ws.redaction.redact_text(ana, call_id, "Aurelio", "PERSON")
    assert ws.calls.get(ana, call_id).state == "approved"
    assert not contains(ws.notes.current(who(ws, "rosa"), call_id).content["summary"], "aurelio")

    class Redactor:  # the redactor's own findings, without loading spaCy: it misses Aurelio again
        def analyze(self, text, language):
            return language, [Entity(k, text.index(o), text.index(o) + len(o), 0.9) for k, o, _ in FOUND]

    ws.training._redactor = Redactor()
    built = ws.training.build(who(ws, "tomas"), call_id, "Sobrina retenida")
    assert not contains(built.text, "aurelio") and not contains(built.text, "Rosa Quispe")
    assert "Línea contra la trata" in built.text
    ws.scenarios._redactor = Redactor()  # the reviewers' scenario export draws surrogates the same way
    exported = ws.scenarios.export(who(ws, "rosa"), call_id, "Sobrina retenida")
    assert not contains(exported.text, "aurelio") and not contains(exported.text, "Rosa Quispe")


# -- the audit log ---------------------------------------------------------------------------------
def test_the_audit_log_says_who_what_type_and_how_many_but_never_the_text(ws):
    ana = who(ws, "ana")
    call_id = add_call(ws.store, ana.id)
    ws.redaction.redact_text(ana, call_id, "Aurelio", "PERSON")
    ws.redaction.redact_span(ana, call_id, *_span(ws, ana, call_id, "posta de Villa Rica"), "ADDRESS")
    with ws.store.transaction() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == "manual_redaction")).all()
        everything = json.dumps(
            [(e.actor, e.action, e.detail) for e in session.scalars(select(AuditEvent))], ensure_ascii=False
        )
    assert [(e.actor, e.call_id, e.outcome, e.detail["entity_type"], e.detail["spans"]) for e in events] == [
        ("ana", call_id, "ok", "PERSON", 2),
        ("ana", call_id, "ok", "ADDRESS", 1),
    ]
    for secret in ("aurelio", "villa rica", "quispe", "987"):
        assert not contains(everything, secret)


def _span(ws, actor, call_id, words: str) -> tuple[int, int]:
    raw = ws.calls.unredacted_transcript(actor, call_id).text
    return raw.index(words), raw.index(words) + len(words)


# -- who may, and what is refused --------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["bea", "rosa", "tomas", "admin"])
def test_only_the_calls_own_operator_may_redact_it(ws, name):
    ana, other = who(ws, "ana"), who(ws, name)
    call_id = add_call(ws.store, ana.id)
    before = snapshot(ws, call_id)
    with pytest.raises(PermissionDenied):
        ws.redaction.redact_text(other, call_id, "Aurelio", "PERSON")
    with pytest.raises(PermissionDenied):
        ws.redaction.redact_span(other, call_id, 0, 5, "PERSON")
    assert snapshot(ws, call_id) == before
    with ws.store.transaction() as session:
        denied = session.scalars(
            select(AuditEvent).where(AuditEvent.actor == name, AuditEvent.action == "manual_redaction")
        ).all()
    assert [e.outcome for e in denied] == ["denied", "denied"]


# -- past retention: only the redacted material is left, and a leak in it must still be fixable -------------
def expired_call(ws, purge: bool = True, extra_note: str = "") -> int:
    """A call past retention, with a rejection reason, a second note version and a scenario; purged by default."""
    ana = who(ws, "ana")
    call_id = add_call(ws.store, ana.id, received_at=datetime.now(UTC) - timedelta(days=ws.store.retention_days + 1))
    ws.casework.reject(ana, call_id, "Falta ocultar a Aurelio")
    with ws.store.transaction() as session:
        session.add(
            Note(
                call_id=call_id,
                version=2,
                kind="edit",
                backend="rules",
                content={"call_type": "report", "region": "Villa Rica", "summary": SUMMARY + extra_note},
            )
        )
        session.add(
            Scenario(
                call_id=call_id,
                title="t",
                language="es",
                text="caller: AURELIO la lleva.",
                note={"case_note": {"summary": SUMMARY}, "training": {"objectives": ["Aurelio"]}},
                created_by=who(ws, "tomas").id,
            )
        )
    if purge:
        ws.retention.purge(who(ws, "admin"))
    return call_id


def shown(ws, call_id: int) -> dict:
    """Everything shown to others from a call (what is left after retention), and the audio files."""
    with ws.store.transaction() as session:
        call = session.get(Call, call_id)
        return {
            "redacted": call.redaction.redacted_text,
            "counts": dict(call.redaction.entity_counts),
            "mapping": call.redaction.mapping_enc,
            "notes": [dict(n.content) for n in session.scalars(select(Note).where(Note.call_id == call_id))],
            "reasons": [r.comment for r in session.scalars(select(Review).where(Review.call_id == call_id))],
            "scenarios": [(s.text, json.dumps(s.note)) for s in session.scalars(select(Scenario))],
            "bleeped": call.bleeped_audio_path,
            "audio_files": sorted(p.name for p in (ws.store.data_dir / "audio").iterdir()),
        }


def test_after_retention_a_missed_name_is_hidden_in_everything_left_and_the_bleeped_audio_withdrawn(ws):
    ana, rosa = who(ws, "ana"), who(ws, "rosa")
    call_id = expired_call(ws)
    before = shown(ws, call_id)
    assert before["mapping"] is None and before["bleeped"] and contains(before["redacted"], "aurelio")

    done = ws.redaction.redact_text(ana, call_id, "aurelio", "PERSON")

    assert (done.count, done.placeholders, done.audio) == (2, ("<PERSON_2>",), "withdrawn")
    after = shown(ws, call_id)
    text = ws.calls.redacted_transcript(rosa, call_id).text
    assert "don <PERSON_2> al bar" in text and "<PERSON_2> la tiene" in text and "<PERSON_1>" in text
    assert after["counts"] == {"PERSON": 3, "PHONE_NUMBER": 1}
    assert [n["summary"] for n in after["notes"]] == [SUMMARY.replace("Aurelio", "<PERSON_2>")] * 2
    assert ws.casework.rejection_reasons(rosa, call_id) == ["Falta ocultar a <PERSON_2>"]
    assert not contains(json.dumps(after["scenarios"]), "aurelio") and "<PERSON_2>" in after["scenarios"][0][0]
    assert after["bleeped"] is None and before["bleeped"].split("/")[1] not in after["audio_files"]
    with pytest.raises(NotFound):
        ws.calls.audio(rosa, call_id, "bleeped")
    assert after["mapping"] is None  # the literal is stored nowhere

    place = ws.redaction.redact_text(ana, call_id, "villa rica", "LOCATION")
    assert (place.count, place.placeholders, place.audio) == (1, ("<LOCATION_1>",), "none")
    assert all(not contains(n["region"] + n["summary"], "villa rica") for n in shown(ws, call_id)["notes"])


def test_after_retention_the_next_number_counts_placeholders_the_notes_still_show(ws):
    ana = who(ws, "ana")
    call_id = expired_call(ws, extra_note=" Ver <PERSON_3>.")  # e.g. one undone from the transcript earlier
    assert ws.redaction.redact_text(ana, call_id, "Aurelio", "PERSON").placeholders == ("<PERSON_4>",)


def test_past_retention_before_the_purge_the_mapping_only_says_whether_it_is_the_same_value(ws):
    ana = who(ws, "ana")
    call_id = expired_call(ws, purge=False)
    with ws.store.transaction() as session:  # a leftover the redactor missed, of a value it did hide elsewhere
        red = session.get(Call, call_id).redaction
        red.redacted_text = red.redacted_text.replace("posta de", "posta de Rosa Quispe en")
    assert ws.redaction.redact_text(ana, call_id, "rosa quispe", "PERSON").placeholders == ("<PERSON_1>",)
    assert ws.redaction.redact_text(ana, call_id, "Rosa", "PERSON").placeholders == ("<PERSON_2>",)  # not the same
    with ws.store.transaction() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "manual_redaction")).all()[-1]
    assert event.detail["after_retention"] is True


def test_after_retention_the_audit_entry_says_type_count_and_when_but_never_the_text(ws):
    ana = who(ws, "ana")
    call_id = expired_call(ws)
    ws.redaction.redact_text(ana, call_id, "Aurelio", "PERSON")
    with ws.store.transaction() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == "manual_redaction")).all()
        everything = json.dumps(
            [(e.actor, e.action, e.detail) for e in session.scalars(select(AuditEvent))], ensure_ascii=False
        )
    assert [
        (
            e.actor,
            e.call_id,
            e.outcome,
            e.detail["entity_type"],
            e.detail["spans"],
            e.detail["after_retention"],
            e.detail["audio"],
        )
        for e in events
    ] == [("ana", call_id, "ok", "PERSON", 2, True, "withdrawn")]
    assert not contains(everything, "aurelio")


@pytest.mark.parametrize("name", ["bea", "rosa", "tomas", "admin"])
def test_after_retention_only_the_calls_own_operator_may_redact_it(ws, name):
    call_id = expired_call(ws)
    before = shown(ws, call_id)
    with pytest.raises(PermissionDenied):
        ws.redaction.redact_text(who(ws, name), call_id, "Aurelio", "PERSON")
    assert shown(ws, call_id) == before


@pytest.mark.parametrize("purge", [True, False])
def test_after_retention_selections_and_undo_stay_refused_and_nothing_unredacted_is_given(ws, purge):
    ana = who(ws, "ana")
    call_id = expired_call(ws, purge=purge)
    before = shown(ws, call_id)
    with pytest.raises(PermissionDenied) as refused:
        ws.redaction.redact_span(ana, call_id, 0, 5, "PERSON")
    assert "retention" in str(refused.value) or "purged" in str(refused.value)
    assert "type the text to hide instead" in str(refused.value)
    for denied in (
        lambda: ws.redaction.undo(ana, call_id, "<PERSON_1>"),
        lambda: ws.redaction.manual(ana, call_id),
        lambda: ws.calls.unredacted_transcript(ana, call_id),
    ):
        with pytest.raises(PermissionDenied):
            denied()
    assert shown(ws, call_id) == before


@pytest.mark.parametrize("literal", ["Zacarías Flores", "Aurel", "PERSON", "Quispe", "987 654 321"])
def test_after_retention_a_literal_not_in_the_redacted_transcript_is_a_clear_error_that_changes_nothing(ws, literal):
    ana = who(ws, "ana")
    call_id = expired_call(ws)
    before = shown(ws, call_id)
    with pytest.raises(ManualRedactionError) as refused:
        ws.redaction.redact_text(ana, call_id, literal, "PERSON")
    assert refused.value.code == "not_found" and literal.lower() not in str(refused.value).lower()
    assert shown(ws, call_id) == before


def test_after_retention_nothing_is_half_written_when_it_fails(ws, monkeypatch):
    ana = who(ws, "ana")
    call_id = expired_call(ws)
    before = shown(ws, call_id)

    def broken(*args, **kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr(mr, "record", broken)  # fails after every row was rewritten and the audio withdrawn
    with pytest.raises(RuntimeError):
        ws.redaction.redact_text(ana, call_id, "Aurelio", "PERSON")
    assert shown(ws, call_id) == before  # same rows, the bleeped file still there
    monkeypatch.undo()
    assert ws.redaction.redact_text(ana, call_id, "Aurelio", "PERSON").count == 2


@pytest.mark.parametrize(
    ("literal", "kind", "code"),
    [
        ("", "PERSON", "empty"),
        ("   \n ", "PERSON", "empty"),
        ("a", "PERSON", "too_short"),
        ("Zacarías Flores", "PERSON", "not_found"),
        ("Aurel", "PERSON", "not_found"),  # whole words only
        ("rosa quispe", "PERSON", "already_hidden"),
        ("Aurelio", "NAME", "bad_type"),
    ],
)
def test_clear_errors_that_never_quote_the_input_and_change_nothing(ws, literal, kind, code):
    ana = who(ws, "ana")
    call_id = add_call(ws.store, ana.id)
    before = snapshot(ws, call_id)
    with pytest.raises(ManualRedactionError) as refused:
        ws.redaction.redact_text(ana, call_id, literal, kind)
    assert refused.value.code == code
    assert len(literal.strip()) < 3 or literal.strip().lower() not in str(refused.value).lower()
    assert snapshot(ws, call_id) == before


def test_bad_selections_are_refused(ws):
    ana = who(ws, "ana")
    call_id = add_call(ws.store, ana.id)
    length = len(ws.calls.unredacted_transcript(ana, call_id).text)
    for start, end, code in (
        (5, 5, "bad_span"),
        (-1, 4, "bad_span"),
        (0, length + 1, "bad_span"),
        (*_span(ws, ana, call_id, "L"), "too_short"),
    ):
        with pytest.raises(ManualRedactionError) as refused:
            ws.redaction.redact_span(ana, call_id, start, end, "PERSON")
        assert refused.value.code == code


def test_nothing_is_half_written_when_it_fails(ws, monkeypatch):
    ana = who(ws, "ana")
    call_id = add_call(ws.store, ana.id)
    before = snapshot(ws, call_id)

    def broken(*args, **kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr(mr, "record", broken)  # fails after every row and the new audio were written
    with pytest.raises(RuntimeError):
        ws.redaction.redact_text(ana, call_id, "Aurelio", "PERSON")
    assert snapshot(ws, call_id) == before  # same rows, same bleeped file, no new file left behind
    monkeypatch.undo()
    assert ws.redaction.redact_text(ana, call_id, "Aurelio", "PERSON").count == 2


def test_when_the_bleeped_audio_cannot_be_made_again_the_leaking_copy_is_withdrawn(ws, monkeypatch):
    import redact.audio

    ana = who(ws, "ana")
    call_id = add_call(ws.store, ana.id)
    old = snapshot(ws, call_id)["bleeped"]

    def broken(*args, **kwargs):
        raise OSError("decoder missing")

    monkeypatch.setattr(redact.audio, "redact_audio", broken)
    done = ws.redaction.redact_text(ana, call_id, "Aurelio", "PERSON")
    after = snapshot(ws, call_id)
    assert done.audio == "withdrawn" and after["bleeped"] is None and old.split("/")[1] not in after["audio_files"]
    assert not contains(after["redacted"], "aurelio")


def test_a_call_still_being_processed_is_refused(ws):
    ana = who(ws, "ana")
    call_id = add_call(ws.store, ana.id)
    with ws.store.transaction() as session:
        session.get(Call, call_id).state = "drafting"
    with pytest.raises(ManualRedactionError) as refused:
        ws.redaction.redact_text(ana, call_id, "Aurelio", "PERSON")
    assert refused.value.code == "state"


def test_a_redaction_that_does_not_line_up_with_its_entities_is_read_off_the_redacted_text(ws):
    ana = who(ws, "ana")
    call_id = add_call(ws.store, ana.id)
    with ws.store.transaction() as session:  # as some older stores have it: no entity list
        session.get(Call, call_id).redaction.entities_enc = ws.store.cipher.encrypt_text("[]", "entities")
    done = ws.redaction.redact_text(ana, call_id, "Aurelio", "PERSON")
    text = ws.calls.redacted_transcript(ana, call_id).text
    assert done.placeholders == ("<PERSON_2>",) and "<PERSON_1>" in text and "<PHONE_NUMBER_1>" in text
    assert not contains(text, "quispe") and not contains(text, "aurelio")


# -- the review page ---------------------------------------------------------------------------------
def test_the_review_page_form_hides_a_missed_name_and_says_how_many(ws, tmp_path, monkeypatch):
    pytest.importorskip("streamlit")
    from streamlit.testing.v1 import AppTest

    app = str(Path(__file__).resolve().parents[1] / "ui" / "app.py")

    def button(at, label: str):
        matches = [b for b in at.button if b.label == label]
        assert matches, f"no button {label!r} among {[b.label for b in at.button]}"
        return matches[0]

    config = tmp_path / "callnotes.yaml"  # never the user's own settings
    config.write_text("store:\n  retention_days: 30\n", encoding="utf-8")
    monkeypatch.setenv("CALLNOTES_CONFIG", str(config))
    monkeypatch.setenv("CALLNOTES_DATA_DIR", str(ws.store.data_dir))
    ana = who(ws, "ana")
    call_id = add_call(ws.store, ana.id)
    ws.notes.edit(ana, call_id, {**ws.notes.current(ana, call_id).content, "summary": "Aurelio la retiene."}, 1)

    at = AppTest.from_file(app, default_timeout=60)
    at.run()
    at.text_input(key="login_username").input("ana")
    at.text_input(key="login_password").input(PASSWORD)
    button(at, "Entrar").click()
    at.run()
    at.run()
    at.switch_page("pages/operator/review.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("Ocultar un dato que el sistema no detectó" in m.value for m in at.markdown)
    assert at.text_area(key=f"n{call_id}v2_summary").value == "Aurelio la retiene."

    button(at, "Ocultarlo en todas partes").click()  # nothing typed: a clear message, nothing changed
    at.run()
    assert [e.value for e in at.error] == ["Escriba el texto a ocultar."]

    at.text_input(key="redact_text").input("aurelio")
    at.selectbox(key="redact_type").set_value("PERSON")
    button(at, "Ocultarlo en todas partes").click()
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert [s.value for s in at.success] == ["Ocultado: 2 aparición(es), ahora se muestra como <PERSON_2>."]
    assert at.text_area(key=f"n{call_id}v2_summary").value == "<PERSON_2> la retiene."  # not the stale widget text
    shown = "\n".join(str(m.value) for m in at.markdown)
    assert "<PERSON_2>" in shown or "PERSON_2" in shown
    assert "aurelio" not in shown.lower()
    assert at.text_input(key="redact_text").value == ""  # the form does not keep what was typed
    with ws.store.transaction() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "manual_redaction")).one()
    assert (event.actor, event.call_id, event.detail["spans"]) == ("ana", call_id, 2)

    at.selectbox(key="redact_undo_pick").set_value("<PERSON_2>")  # added by mistake: shown again
    button(at, "Volver a mostrarlo").click()
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert [s.value for s in at.success] == ["<PERSON_2> vuelve a verse en la transcripción (2 aparición(es))."]
    assert "Aurelio" in ws.calls.unredacted_transcript(ana, call_id).text
    assert "AURELIO" in ws.calls.redacted_transcript(ana, call_id).text
    assert not [b for b in at.button if b.label == "Volver a mostrarlo"]  # nothing left hidden by hand


def test_a_hand_made_span_added_by_mistake_can_be_undone_and_only_that(ws):
    ana = who(ws, "ana")
    call_id = add_call(ws.store, ana.id)
    original = snapshot(ws, call_id)["redacted"]
    ws.redaction.redact_text(ana, call_id, "Aurelio", "PERSON")
    number = _span(ws, ana, call_id, "es 987 654 321")
    ws.redaction.redact_span(ana, call_id, number[0], number[0] + 6, "PHONE_NUMBER")  # swallows <PHONE_NUMBER_1>
    assert {(m.placeholders, m.type, m.count) for m in ws.redaction.manual(ana, call_id)} == {
        (("<PERSON_2>",), "PERSON", 2),
        (("<PHONE_NUMBER_1>",), "PHONE_NUMBER", 1),
    }

    undone = ws.redaction.undo(ana, call_id, "<PHONE_NUMBER_1>")
    assert undone.count == 1 and undone.audio == "rebleeped"
    text = ws.calls.redacted_transcript(ana, call_id).text
    assert "su número es <PHONE_NUMBER_1>." in text and not contains(text, "987")  # the redactor's span is back
    ws.redaction.undo(ana, call_id, "<PERSON_2>")
    assert snapshot(ws, call_id)["redacted"] == original
    assert ws.notes.current(ana, call_id).content["summary"].startswith("Una menor retenida por <PERSON_2>")
    with pytest.raises(ManualRedactionError) as refused:
        ws.redaction.undo(ana, call_id, "<PERSON_1>")  # the redactor's own: not the operator's to undo
    assert refused.value.code == "no_manual"
    with pytest.raises(PermissionDenied):
        ws.redaction.undo(who(ws, "bea"), call_id, "<PERSON_2>")
    with ws.store.transaction() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == "undo_manual_redaction")).all()
    assert [(e.actor, e.outcome, e.detail.get("spans")) for e in events] == [
        ("ana", "ok", 1),
        ("ana", "ok", 2),
        ("bea", "denied", None),
    ]


def test_after_retention_the_review_page_still_offers_the_form_and_says_the_audio_goes(ws, tmp_path, monkeypatch):
    pytest.importorskip("streamlit")
    from streamlit.testing.v1 import AppTest

    app = str(Path(__file__).resolve().parents[1] / "ui" / "app.py")
    config = tmp_path / "callnotes.yaml"
    config.write_text("store:\n  retention_days: 30\n", encoding="utf-8")
    monkeypatch.setenv("CALLNOTES_CONFIG", str(config))
    monkeypatch.setenv("CALLNOTES_DATA_DIR", str(ws.store.data_dir))
    call_id = expired_call(ws)

    at = AppTest.from_file(app, default_timeout=60)
    at.run()
    at.text_input(key="login_username").input("ana")
    at.text_input(key="login_password").input(PASSWORD)
    next(b for b in at.button if b.label == "Entrar").click()
    at.run()
    at.run()
    at.switch_page("pages/operator/review.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("plazo de conservación vencido" in c.value for c in at.caption)
    assert not [b for b in at.button if b.label == "Volver a mostrarlo"]  # undo needs the original text
    at.text_input(key="redact_text").input("aurelio")
    at.selectbox(key="redact_type").set_value("PERSON")
    next(b for b in at.button if b.label == "Ocultarlo en todas partes").click()
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert [s.value for s in at.success] == ["Ocultado: 2 aparición(es), ahora se muestra como <PERSON_2>."]
    assert [w.value for w in at.warning if "pitidos" in w.value]
    assert "aurelio" not in ws.calls.redacted_transcript(who(ws, "rosa"), call_id).text.lower()


# -- a departed operator's calls: handed over by an admin, then fixable again ---------------------------------
def test_a_leak_in_a_departed_operators_call_is_fixable_after_hand_over(ws):
    ana, admin = who(ws, "ana"), who(ws, "admin")
    call_id = add_call(ws.store, ana.id)
    ws.users.set_active(admin, "ana", False)
    bea = who(ws, "bea")
    with pytest.raises(PermissionDenied):  # not hers yet: only the call's operator hides by hand
        ws.redaction.redact_text(bea, call_id, "Aurelio", "PERSON")

    assert ws.users.hand_over_calls(admin, "ana", "bea") == 1

    done = ws.redaction.redact_text(bea, call_id, "Aurelio", "PERSON")
    assert done.count == 2 and not contains(ws.calls.redacted_transcript(who(ws, "rosa"), call_id).text, "aurelio")
    with ws.store.transaction() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "hand_over_calls")).one()
        assert event.actor == "admin" and event.detail["count"] == 1 and event.detail["user_id"] == bea.id


@pytest.mark.parametrize(
    "source, target, why",
    [
        ("ana", "bea", "still active"),  # an active colleague's calls are not taken quietly
        ("ana", "rosa", "not an active operator"),  # a reviewer does not own calls
        ("ana", "ana", "another operator"),
    ],
)
def test_hand_over_is_refused_unless_from_a_departed_operator_to_an_active_one(ws, source, target, why):
    admin, ana = who(ws, "admin"), who(ws, "ana")
    call_id = add_call(ws.store, ana.id)
    if why != "still active":
        ws.users.set_active(admin, "ana", False)
    with pytest.raises(Exception, match=why):
        ws.users.hand_over_calls(admin, source, target)
    with ws.store.transaction() as session:
        assert session.get(Call, call_id).operator_id == ana.id  # nothing moved


def test_only_an_admin_hands_calls_over(ws):
    admin = who(ws, "admin")
    add_call(ws.store, who(ws, "ana").id)
    ws.users.set_active(admin, "ana", False)
    for name in ("bea", "rosa", "tomas"):
        with pytest.raises(PermissionDenied):
            ws.users.hand_over_calls(who(ws, name), "ana", "bea")
