"""The learned ADDRESS tagger (the ``address_tagger`` setting, on: it extends the places the rules found)."""

from __future__ import annotations

import copy
import importlib.util
from pathlib import Path

import numpy as np
import pytest

from redact import address_tagger as at
from redact.redactor import ADDRESS_TAGGER_SCORE
from redact.second_look import SWEEP_SCORE
from redact.settings import load_settings

ROOT = Path(__file__).resolve().parents[1]


def _train_module():
    spec = importlib.util.spec_from_file_location("train_address_tagger", ROOT / "bench" / "train_address_tagger.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_weights_file_loads_and_is_small():
    path = ROOT / "redact" / "data" / "address_tagger.json"
    assert path.stat().st_size < 2_000_000
    model = at.load_model()
    assert 0 < model.threshold < 1
    assert len(model.weights) > 1000
    assert all(0 <= k < at.N_BUCKETS for k in model.weights)
    header = model.header
    assert "dev" in header["sets"] and "heldout21" in header["sets"]
    assert header["command"].startswith("bench/train_address_tagger.py")
    assert set(header["cv"].get("per_set", header["sets"])) == set(header["sets"])
    assert header["union"] in ("cut", "drop", "extend")


def _covered(text: str, spans: list[tuple[int, int]], phrase: str) -> bool:
    start = text.index(phrase)
    return any(s <= start and start + len(phrase) <= e for s, e in spans)


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("las tienen encerradas en la última casa del pasaje sin salida, la de tres pisos sin tarrajear", "pasaje"),
        (
            "vive en la calle los jazmines cuadra cuatro, al costado de la bodega que tiene la puerta verde",
            "calle los jazmines",
        ),
    ],
)
def test_tagger_finds_a_described_place(text, inside):
    spans = at.tag(text)
    assert _covered(text, spans, inside), spans


@pytest.mark.parametrize(
    "text",
    [
        "Me pagaban 300 soles al mes y a veces 50 soles más.",
        "Trabajé doce horas diarias durante dos años sin descanso.",
        "Eran cinco chicas y tres chicos, todos menores.",
        "Puede volver a llamar gratis al 0800-2-3232 cuando quiera.",
        "Gracias por llamar, le voy a pasar con una psicóloga.",
        "Mi hija estudia en el colegio y los fines de semana ayuda en la casa.",
    ],
)
def test_tagger_leaves_traps_alone(text):
    assert at.tag(text) == []


def test_spans_merge_over_one_token_gaps_and_trim_function_words():
    text = "y en la calle sol 5 de los olivos y nada"
    tokens = at.tokenize(text)
    keys = [t.key for t in tokens]
    probs = [0.0] * len(tokens)
    for word in ("en", "la", "calle", "sol", "5", "los", "olivos", "y"):  # "de" left below: a one-token gap
        probs[keys.index(word, 1 if word == "y" else 0)] = 0.9
    spans = at.spans_from_probabilities(tokens, probs, 0.5)
    assert [text[s:e] for s, e in spans] == ["calle sol 5 de los olivos"]
    probs[keys.index("de")] = probs[keys.index("los")] = 0.0  # a two-token gap splits the run
    assert [text[s:e] for s, e in at.spans_from_probabilities(tokens, probs, 0.5)] == ["calle sol 5", "olivos"]


def test_fitter_learns_a_separable_toy_set():
    train = _train_module()
    # feature 0 = bias; 1 marks the positives, 2 the negatives; 3 is noise on both
    rows = np.array([0, 0, 0, 1, 1, 2, 2, 2, 3, 3])
    cols = np.array([0, 1, 3, 0, 1, 0, 2, 3, 0, 2])
    y = np.array([1.0, 1.0, 0.0, 0.0])
    w = train.fit(rows, cols, y, l2=1e-4, iterations=200, n_features=4)
    z = np.bincount(rows, weights=w[cols], minlength=4)
    p = 1 / (1 + np.exp(-z))
    assert (p[:2] > 0.9).all() and (p[2:] < 0.1).all()
    assert w[1] > 0 > w[2]
    again = train.fit(rows, cols, y, l2=1e-4, iterations=200, n_features=4)
    assert np.array_equal(w, again)  # deterministic


def test_setting_is_on_by_default_and_off_gives_the_rules_entities(redactor, monkeypatch):
    assert load_settings().address_tagger is True
    assert redactor.settings.address_tagger is True
    text = "Las tienen en la última casa del pasaje sin salida, la de tres pisos sin tarrajear, en Chorrillos."
    off = copy.copy(redactor)
    off.settings = redactor.settings.model_copy(update={"address_tagger": False})
    _, rules_only = off.analyze(text, "es")

    def refuse(*args, **kwargs):
        raise AssertionError("the tagger ran with the setting off")

    monkeypatch.setattr(at, "tag", refuse)
    _, again = off.analyze(text, "es")
    assert again == rules_only
    monkeypatch.undo()

    _, on = redactor.analyze(text, "es")
    added = [e for e in on if e.score == ADDRESS_TAGGER_SCORE]
    assert all(e.type == "ADDRESS" for e in added)
    assert ADDRESS_TAGGER_SCORE < SWEEP_SCORE
    # what the rules (and the sweep) found is still there, nothing the tagger added overlaps it
    rules = [e for e in on if e.score != ADDRESS_TAGGER_SCORE]
    assert all(not (a.start < r.end and r.start < a.end) for a in added for r in rules)
    # the rest of a description the rules began ("…, el tercer piso del edificio amarillo [encima de …]") is hidden
    # whole with the tagger on, while the rules alone (which on purpose do not walk left of an anchor) leave it
    described = "la tienen en el tercer piso del edificio amarillo encima de la panaderia del jiron moquegua"
    assert "edificio amarillo" in off.redact(described, "es").redacted
    assert "edificio amarillo" not in redactor.redact(described, "es").redacted


class _Entity:
    def __init__(self, type, start, end, score):
        self.type, self.start, self.end, self.score = type, start, end, score


def _union_with(monkeypatch, mode: str, text: str, found: list[tuple[str, str]], tagged: list[str]) -> list[str]:
    """add_to over ``found`` (type, phrase) entities with the tagger's spans forced to ``tagged`` phrases."""
    model = at.load_model()
    monkeypatch.setattr(at, "load_model", lambda: at.Model(model.weights, 0.5, 1, {**model.header, "union": mode}))
    monkeypatch.setattr(at, "tag", lambda t, threshold=None: [(t.index(p), t.index(p) + len(p)) for p in tagged])
    entities = [_Entity(kind, text.index(p), text.index(p) + len(p), 0.9) for kind, p in found]
    out = at.add_to(text, entities, _Entity, ADDRESS_TAGGER_SCORE)
    return [text[e.start : e.end] for e in out if e.score == ADDRESS_TAGGER_SCORE]


def test_extend_adds_only_what_runs_on_from_a_found_place(monkeypatch):
    text = "la tienen en el tercer puesto, el del toldo naranja, y su tío vende en la feria los domingos"
    found = [("ADDRESS", "el tercer puesto")]
    tagged = ["el tercer puesto, el del toldo naranja", "la feria los domingos"]
    # the rest of the description the rules began is added; a span standing alone is not
    assert _union_with(monkeypatch, "extend", text, found, tagged) == [", el del toldo naranja"]
    # "cut" (the experiment's old mode) added both
    assert _union_with(monkeypatch, "cut", text, found, tagged) == [", el del toldo naranja", "la feria los domingos"]


def test_extend_needs_a_found_address_not_any_entity(monkeypatch):
    text = "vive con la señora Rosa, en la casa del fondo"
    found = [("PERSON", "Rosa")]
    assert _union_with(monkeypatch, "extend", text, found, ["Rosa, en la casa del fondo"]) == []
