"""The drafter's public API: evidence offsets, summary cleanliness against labelled
identifiers, language of the summary, mono vs labelled transcripts, bad input,
labels and the taxonomy registry."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from callnotes.errors import InputError
from summarize import CaseNote, Drafter, draft_note, field_label, value_label
from summarize.model import Action, CallerRole, CallType, ExploitationType, Situation, Urgency
from summarize.taxonomy import load_taxonomy
from summarize.transcript import fold, parse

ROOT = Path(__file__).resolve().parents[1]
LABELLED = [
    ROOT / "bench" / "data" / "notes" / "heldout.jsonl",
    ROOT / "tests" / "data" / "notes" / "calls.jsonl",
    ROOT.parent / "shared" / "eval" / "calls_dev.jsonl",
]


def labelled_calls() -> list[dict]:
    calls = []
    for path in LABELLED:
        if path.is_file():
            calls += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return calls


@pytest.fixture(scope="module")
def redactor():
    from redact import Redactor

    return Redactor()


@pytest.fixture(scope="module")
def drafter_es(redactor):
    return Drafter(lang="es", redactor=redactor)


@pytest.fixture(scope="module")
def drafter_en(redactor):
    return Drafter(lang="en", redactor=redactor)


CALL = (
    "operator: Línea contra la trata, buenas noches.\n"
    "caller: Estoy encerrada en el baño de un bar en Juliaca, me obligan a estar con clientes. Tengo 16 años.\n"
    "caller: Me llamo Yesenia Mamani, mi número es 951 204 377.\n"
    "operator: Voy a avisar ahora mismo a la policía para que vayan, y después irás a un albergue."
)


def test_note_has_the_labels_fields_and_evidence(drafter_es):
    data = drafter_es.draft(CALL).model_dump(mode="json")
    assert set(data) == {
        "caller_role",
        "call_type",
        "exploitation_types",
        "victims",
        "region",
        "situation",
        "urgency",
        "actions",
        "summary",
        "evidence",
    }
    assert data["urgency"] == "immediate" and data["region"] == "Puno" and data["victims"]["minors_involved"]
    CaseNote.model_validate(data)


def test_evidence_offsets_point_at_the_supporting_words(drafter_es):
    note = drafter_es.draft(CALL)
    folded = fold(CALL)
    for field, ev in note.evidence.items():
        assert 0.0 <= ev.confidence <= 1.0
        for span in ev.spans:
            assert 0 <= span.start < span.end <= len(CALL), field
    urgency = [fold(s.quote(CALL)) for s in note.evidence["urgency"].spans]
    assert any("encerrada" in q or "ahora mismo" in q for q in urgency)
    assert any("juliaca" in folded[s.start : s.end] for s in note.evidence["region"].spans)
    actions = note.evidence["actions"].spans
    assert actions and all(s.speaker == "operator" for s in actions)


def test_serialised_note_carries_offsets_not_transcript_text(drafter_es):
    dumped = json.dumps(drafter_es.draft(CALL).model_dump(mode="json"), ensure_ascii=False)
    for identifier in ("Yesenia", "Mamani", "951 204 377", "Juliaca", "16 años"):
        assert identifier not in dumped


@pytest.mark.parametrize("call", labelled_calls(), ids=lambda c: c["id"])
def test_summary_never_contains_a_gold_identifier(call, drafter_es, drafter_en):
    for drafter in (drafter_es, drafter_en):
        summary = drafter.draft(call["text"], language=call["language"]).summary.lower()
        for item in call["pii"]:
            assert not re.search(r"(?<!\w)" + re.escape(item["text"].lower()) + r"(?!\w)", summary), item["type"]
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", summary) if s.strip()]
        assert 2 <= len(sentences) <= 3


def test_summary_is_in_the_operators_language_whatever_the_call(drafter_es, drafter_en):
    english_call = (
        "operator: Anti-trafficking hotline.\ncaller: My sister works as a maid, they don't pay her "
        "and took her passport.\noperator: We'll refer the case to the prosecutor."
    )
    es = drafter_es.draft(english_call, language="en").summary
    en = drafter_en.draft(CALL, language="es").summary
    assert "servidumbre doméstica" in es and "urgencia" in es.lower()
    assert "sexual exploitation" in en and "urgency" in en.lower()


def test_mono_and_labelled_transcripts_give_the_same_note(drafter_es):
    labelled = CALL
    mono = "\n".join(line.split(": ", 1)[1] for line in CALL.splitlines())
    a = drafter_es.draft(labelled).model_dump(mode="json")
    b = drafter_es.draft(mono).model_dump(mode="json")
    a.pop("evidence"), b.pop("evidence")
    assert a == b


def test_mono_speaker_guess_uses_operator_phrasing():
    text = (
        "Línea contra la trata, buenas tardes, ¿en qué le puedo ayudar?\n"
        "Llamo por mi hija, no la dejan salir.\n"
        "Ya, y además le quitaron el documento.\n"
        "Vamos a derivar el caso a la fiscalía y la llamamos mañana."
    )
    speakers = [s.speaker for s in parse(text, load_taxonomy()).sentences]
    assert speakers[0] == "operator" and speakers[-1] == "operator"
    assert "caller" in speakers[1:3]


def test_empty_transcript_is_not_relevant(drafter_es):
    for text in ("", "   \n  "):
        note = drafter_es.draft(text)
        assert note.call_type == CallType.not_relevant and note.actions == [Action.none]
        assert note.summary


def test_transcript_without_case_content_is_not_relevant(drafter_en):
    note = drafter_en.draft(
        "operator: Hotline, good evening.\ncaller: Hello, what time does the bank open?\n"
        "operator: This is not the bank, sir. Good evening."
    )
    assert note.call_type == CallType.not_relevant
    assert note.exploitation_types == [] and note.situation is None and note.urgency == Urgency.low
    assert note.caller_role == CallerRole.general_public


def test_bad_input_is_a_clear_error_without_text(drafter_es):
    with pytest.raises(InputError):
        drafter_es.draft(b"bytes are not a transcript")
    with pytest.raises(InputError, match="language"):
        drafter_es.draft("caller: hola", language="qu")
    with pytest.raises(InputError, match="lang"):
        Drafter(lang="pt")
    with pytest.raises(InputError, match="backend"):
        Drafter(backend="gpt")
    with pytest.raises(InputError, match="model"):
        Drafter(backend="transformers", model_path=None)


def test_draft_note_convenience():
    note = draft_note("caller: A mi hijo lo obligan a vender droga.", language="es", lang="en")
    assert note.exploitation_types == [ExploitationType.forced_criminality]
    assert note.situation == Situation.ongoing


def test_every_field_and_value_has_es_and_en_labels():
    enums = {
        "caller_role": CallerRole,
        "call_type": CallType,
        "exploitation_types": ExploitationType,
        "situation": Situation,
        "urgency": Urgency,
        "actions": Action,
    }
    for lang in ("es", "en"):
        for field in (
            "caller_role",
            "call_type",
            "exploitation_types",
            "victims",
            "region",
            "situation",
            "urgency",
            "actions",
            "summary",
        ):
            assert field_label(field, lang) != field
        for field, enum in enums.items():
            for value in enum:
                assert value_label(field, value, lang) != value.value or value.value == "other"
        assert value_label("victims.sexes", "female", lang) != "female"
    assert value_label("urgency", Urgency.immediate, "es") == "Inmediata"
    assert value_label("victims.minors_involved", True, "en") == "Yes"


def test_taxonomy_registry_reads_one_file_per_family(tmp_path):
    tax = load_taxonomy()
    for family in (
        "caller_role",
        "call_type",
        "exploitation_types",
        "victims",
        "situation",
        "urgency",
        "actions",
        "gazetteer",
        "negation",
        "speakers",
        "numbers",
    ):
        assert family in tax.families
    (tmp_path / "a.yaml").write_text("family: x\nvalues: {v: [abc]}\n")
    (tmp_path / "b.yaml").write_text("family: x\nvalues: {v: [def]}\n")
    with pytest.raises(ValueError, match="defined twice"):
        load_taxonomy(str(tmp_path))


def test_region_is_never_a_town():
    tax = load_taxonomy()
    allowed = set(tax["gazetteer"].raw["departments"]) | set(tax["gazetteer"].raw["countries"])
    backend_calls = labelled_calls()
    from summarize.backends.rules import RulesBackend

    rules = RulesBackend()
    for call in backend_calls:
        region = rules.decide(call["text"])["region"].value
        assert region is None or region in allowed
