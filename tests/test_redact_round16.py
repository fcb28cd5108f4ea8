"""Sixteenth round: the sweep. The redactor now also hides what the second look points at for the swept reasons
(redact.second_look.sweep), less what looks like speech: a place said vaguely or with no place named on its line,
a direction alone, the clause after a place, amounts and counts, a piece of the hotline's number.

Sixteen sentences were written for this round before the change, in other words than any set's calls: 9 leaked
before it, 7 after (the two it fixed open SWEPT; the 7 are the xfails at the end: descriptions told with no place
named on the line, a phone's last piece after "y lo último es", a firm after its trade, a vessel). The other SWEPT
sentences and the traps were written after, to pin what the sweep takes and what it leaves."""

from __future__ import annotations

import pytest

from redact import Redactor
from redact.second_look import SWEEP_SCORE, hints, sweep
from tests.redact_helpers import covered, spans

# --- what the sweep hides: the rest of a place told beside one the rules found ----------------------------------

SWEPT = [
    ("C: she's kept in the back room of the laundry behind the petrol station on the main drag", "on the main drag"),
    (
        "C: el local se llama el rincón de la cumbia y está en la subida del mercado modelo",
        "la subida del mercado modelo",
    ),
    (
        "C: vive en el jirón los olivos 233 y la casa es la que tiene el portón de calamina oxidada",
        "portón de calamina",
    ),
    (
        "C: la tienen en Iquitos, en una casa de madera con techo de hojas al borde del río",
        "una casa de madera con techo de hojas al borde del río",
    ),
    ("C: O barco está no cais de Pucallpa, na balsa ao lado do frigorífico velho", "frigorífico velho"),
]


@pytest.mark.parametrize(("text", "part"), SWEPT)
def test_round16_the_sweep_hides_the_rest_of_a_place(redactor, text, part):
    assert covered(redactor, text, part)


# round 20: the place bridge's tail now takes "on the main drag" without the sweep (a place preposition after a long
# description), so that sentence no longer pins what the rules alone leave
@pytest.mark.parametrize(("text", "part"), SWEPT[1:])
def test_round16_those_were_left_by_the_rules_and_pointed_at(rules_only, text, part):
    # the sweep is what hides them: the rules alone leave them, and a hint points at each
    assert not covered(rules_only, text, part)
    language, entities = rules_only.analyze(text)
    start = text.index(part)
    assert any(h.start < start + len(part) and start < h.end for h in hints(text, entities, language, max_hints=99))


def test_round16_a_swept_span_is_a_guess_of_the_hint_type(rules_only, redactor):
    text = SWEPT[1][0]
    language, entities = rules_only.analyze(text)
    swept = sweep(text, entities, language)
    assert swept and all(h.reason == "place" for h in swept)
    _, with_sweep = redactor.analyze(text)
    guessed = [e for e in with_sweep if e.score == SWEEP_SCORE]
    assert guessed and all(e.type == "ADDRESS" for e in guessed)


# --- what it leaves: speech around place words, amounts, the hotline's number --------------------------------------

TRAPS = [
    "C: le pagan 800 soles al mes y trabaja doce horas diarias, unos 30 días sin descanso",
    "O: puede llamar gratis a la línea 1818 las veinticuatro horas, según el artículo 153 del código penal",
    "C: eran como cinco chicas y se quedaron dos semanas en el cuarto",
    "C: we waited about three hours near the bus station and then took a taxi for 20 soles",
    "c: la habitación no tenía baño y la cuadra estaba oscura",
    "C: vive en Chimbote, cerca del mercado, con su mamá",
    "C: la dejé en Huaraz, al lado de su trabajo",
    "C: el paradero de Chosica estaba lleno y el pasaje costó 5 soles",
    "c: llamé al 0800-2-3232 desde juliaca, el 080 es gratis dijeron",
    "C: En Tumbes le dieron 150 soles y 200 más por el viaje",
]


@pytest.mark.parametrize("text", TRAPS)
def test_round16_the_sweep_leaves_speech_amounts_and_the_hotline(redactor, rules_only, text):
    # whatever the rules find (a town), the sweep adds nothing here
    assert spans(redactor, text) == spans(rules_only, text)


def test_round16_a_word_after_a_naming_cue_stays_a_hint():
    # name_cue is not swept: after "me llamo" / "la tía" comes a verb or a kin word as often as a name
    text = "ayer nomas me llamo llorando la señora"
    hint = [h for h in hints(text, []) if h.reason == "name_cue"]
    assert hint and not sweep(text, [])


def test_round16_a_swept_span_touching_a_hidden_one_becomes_one_placeholder(redactor):
    # the anonymizer joins same-type spans with spaces between; the redactor joins them first, so each entity's
    # text is what its placeholder replaces (this raised KeyError in tag mode before the join)
    text = "vivo en el jirón ayacucho 455 al costado de la panadería el triunfo y ahí me esperan"
    result = redactor.redact(text, "es")
    assert "triunfo" not in result.redacted and "ayacucho" not in result.redacted
    addresses = [e for e in result.entities if e.type == "ADDRESS"]
    assert len(addresses) == 1 and text[addresses[0].start : addresses[0].end].endswith("el triunfo")
    assert result.redacted.count("<ADDRESS_1>") == 1


def test_round16_the_sweep_can_be_turned_off():
    plain = Redactor(sweep=False)
    assert plain.settings.sweep is False
    text = SWEPT[1][0]
    _, entities = plain.analyze(text)
    assert all(e.score != SWEEP_SCORE for e in entities)


# --- still leaking after the round (written before it; kept as strict xfails so a fix shows) ------------------------

LEFT = [
    (
        "C: la casa es la de calamina azul que tiene un molle grande en la puerta, subiendo la loma",
        "la de calamina azul que tiene un molle grande en la puerta",
    ),
    (
        "C: ellos paran en el segundo cuarto del corredor, el que tiene la cortina floreada",
        "el que tiene la cortina floreada",
    ),
    (
        "C: the hostel is the blue one with the hammocks, right across from the little plaza with the fountain",
        "across from the little plaza with the fountain",
    ),
    # ("… depois da serraria, a que tem o telhado de zinco vermelho") is hidden since the place bridge:
    # tests/test_redact_place_bridge.py
    (
        "C: mi número es nueve ocho siete, cuatro cuatro dos y lo último es tres uno cero",
        "nueve ocho siete, cuatro cuatro dos y lo último es tres uno cero",
    ),
    ("C: la chica tiene unos dieciséis y trabaja en la pollería el gallo dorado", "el gallo dorado"),
    (
        "C: they sleep on the boat, the green trawler moored at the far end of the fishing jetty",
        "the green trawler moored at the far end of the fishing jetty",
    ),
]


@pytest.mark.xfail(strict=True, reason="round 16 leaves these: no place named on the line, or no rule for the shape")
@pytest.mark.parametrize(("text", "part"), LEFT)
def test_round16_still_left(redactor, text, part):
    assert covered(redactor, text, part)


# --- found on the way: a surrogate never keeps a piece of its original ------------------------------------------------


def test_a_surrogate_never_keeps_a_word_of_the_original(monkeypatch):
    # Faker's name lists hold real first names: drawing "Ruth" for "Ruth Vela Panduro" left the original first
    # name in a training scenario (seen once as a flaky failure of test_mask_and_surrogate_modes_remove_originals)
    from redact.surrogates import Surrogates

    fakes = Surrogates("es", seed=3)
    draws = iter(["Ruth", "Ruth", "Maribel"])
    monkeypatch.setattr(fakes._faker, "first_name", lambda: next(draws))
    value = fakes.value("PERSON", "Ruth Vela Panduro")
    assert value.split()[0] == "Maribel" and "Ruth" not in value


def test_a_surrogate_that_cannot_avoid_the_original_is_a_type_tag(monkeypatch):
    from redact.surrogates import Surrogates

    fakes = Surrogates("es", seed=3)
    monkeypatch.setattr(fakes._faker, "first_name", lambda: "Ruth")
    assert fakes.value("PERSON", "Ruth") == "[PERSON]"
