"""The transformers backend on a tiny, randomly initialised model built here, offline.

A random model is unsure of everything, which is exactly what exercises the per-field
fallback to the rules; forcing its confidence threshold to zero shows its own
(always schema-valid) choices are used; a scorer that is sure about one field only
shows the decision is taken field by field.
"""

from __future__ import annotations

import json

import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")
tokenizers = pytest.importorskip("tokenizers")

from callnotes.errors import ModelError  # noqa: E402
from summarize import CaseNote, Drafter  # noqa: E402
from summarize.backends.rules import RulesBackend  # noqa: E402
from summarize.backends.transformers_backend import SINGLE, TransformersBackend  # noqa: E402

CALL = (
    "operator: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?\n"
    "caller: Le llamo porque en la casa de al lado tienen encerradas a tres chicas, son menores.\n"
    "caller: Es en Sullana, en el Jirón Las Flores 120. El dueño se llama Rolando Ticona.\n"
    "operator: Voy a pasar esta información ahora mismo a la policía para que vayan a la casa.\n"
    "operator: Mañana la llamamos para hacer seguimiento."
)
GOLD_IDENTIFIERS = ["Sullana", "Jirón Las Flores 120", "Rolando Ticona", "Rolando", "Ticona"]
torch.set_num_threads(1)  # a 32-wide model gains nothing from threads; the CI box has two shared cores
FIELDS = ["caller_role", "call_type", "situation", "urgency", "exploitation_types", "actions", "region"]


def _tokenizer(folder):
    from tokenizers import Tokenizer, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.BPE(unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    trainer = trainers.BpeTrainer(
        vocab_size=400,
        special_tokens=["<pad>", "<unk>", "<s>", "</s>"],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
    )
    corpus = [
        CALL,
        "victim family member witness professional report help request yes no ongoing past",
        "Who is calling? What kind of call is it? How urgent is the case? Answer: Options:",
    ]
    tok.train_from_iterator(corpus, trainer)
    from tokenizers import decoders

    tok.decoder = decoders.ByteLevel()
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tok, unk_token="<unk>", pad_token="<pad>", bos_token="<s>", eos_token="</s>"
    )
    fast.save_pretrained(folder)
    return fast


@pytest.fixture(scope="module")
def causal_dir(tmp_path_factory):
    from transformers import GPT2Config, GPT2LMHeadModel

    folder = tmp_path_factory.mktemp("tiny-gpt2")
    tok = _tokenizer(folder)
    torch.manual_seed(0)
    config = GPT2Config(
        vocab_size=len(tok),
        n_positions=1024,
        n_embd=32,
        n_layer=1,
        n_head=2,
        bos_token_id=tok.bos_token_id,
        eos_token_id=tok.eos_token_id,
    )
    GPT2LMHeadModel(config).save_pretrained(folder)
    return folder


@pytest.fixture(scope="module")
def seq2seq_dir(tmp_path_factory):
    from transformers import T5Config, T5ForConditionalGeneration

    folder = tmp_path_factory.mktemp("tiny-t5")
    tok = _tokenizer(folder)
    torch.manual_seed(0)
    config = T5Config(
        vocab_size=len(tok),
        d_model=32,
        d_kv=16,
        d_ff=64,
        num_layers=1,
        num_heads=2,
        pad_token_id=tok.pad_token_id,
        eos_token_id=tok.eos_token_id,
        decoder_start_token_id=tok.pad_token_id,
    )
    T5ForConditionalGeneration(config).save_pretrained(folder)
    return folder


@pytest.fixture(scope="module")
def redactor():
    from redact import Redactor

    return Redactor()


@pytest.fixture(scope="module")
def rules_note(redactor):
    return Drafter(backend="rules", lang="es", redactor=redactor).draft(CALL)


def _valid(note: CaseNote) -> dict:
    data = note.model_dump(mode="json")
    CaseNote.model_validate(data)  # round-trips through the schema: every value is an allowed one
    json.dumps(data)
    return data


def test_unsure_random_model_falls_back_to_rules_field_by_field(causal_dir, redactor, rules_note):
    drafter = Drafter(
        backend="transformers",
        model_path=str(causal_dir),
        lang="es",
        redactor=redactor,
        min_confidence=0.6,
        max_new_tokens=24,
    )
    note = drafter.draft(CALL, language="es")
    _valid(note)
    for field in FIELDS:
        assert getattr(note, field) == getattr(rules_note, field), field
        assert note.evidence[field].source == "rules", field


def test_confident_model_choices_are_used_and_valid(causal_dir, redactor):
    drafter = Drafter(
        backend="transformers",
        model_path=str(causal_dir),
        lang="es",
        redactor=redactor,
        min_confidence=0.0,
        max_new_tokens=24,
    )
    note = drafter.draft(CALL, language="es")
    data = _valid(note)
    backend = drafter.model
    question, options = SINGLE["caller_role"]
    assert note.caller_role == backend.choose(CALL, question, options).value
    for field in ("caller_role", "call_type", "urgency", "exploitation_types", "actions"):
        assert data["evidence"][field]["source"] == "model", field
    assert note.exploitation_types, "a case always names at least 'unknown'"
    assert note.actions


def test_one_sure_field_is_taken_and_the_others_fall_back(causal_dir, monkeypatch, redactor, rules_note):
    backend = TransformersBackend(causal_dir, min_confidence=0.6, max_new_tokens=24)

    def sure_about_caller(prompt, options):
        if "Who is calling?" in prompt:
            return [0.0 if o == "professional" else -20.0 for o in options]
        return [-1.0 for _ in options]  # flat: unsure

    monkeypatch.setattr(backend, "score_options", sure_about_caller)
    note = backend.draft(CALL, RulesBackend(), lang="es")
    assert note.caller_role.value == "professional" and rules_note.caller_role.value != "professional"
    assert note.evidence["caller_role"].source == "model"
    assert note.evidence["caller_role"].confidence > 0.99
    for field in ("call_type", "situation", "urgency", "exploitation_types", "actions", "region"):
        assert getattr(note, field) == getattr(rules_note, field), field


def test_summary_is_clean_whatever_the_model_writes(causal_dir, redactor):
    drafter = Drafter(
        backend="transformers",
        model_path=str(causal_dir),
        lang="en",
        redactor=redactor,
        min_confidence=0.0,
        max_new_tokens=24,
    )
    summary = drafter.draft(CALL).summary
    assert summary.strip()
    for identifier in GOLD_IDENTIFIERS:
        assert identifier.lower() not in summary.lower()


def test_seq2seq_model_gives_a_valid_note(seq2seq_dir, redactor):
    drafter = Drafter(
        backend="transformers",
        model_path=str(seq2seq_dir),
        lang="es",
        redactor=redactor,
        min_confidence=0.0,
        max_new_tokens=24,
    )
    assert drafter.model.seq2seq
    _valid(drafter.draft(CALL))


def test_missing_model_folder_is_a_clear_error(tmp_path):
    with pytest.raises(ModelError, match="config.json"):
        TransformersBackend(tmp_path / "nothing-here")
