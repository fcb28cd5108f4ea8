"""The place bridge (redact/place_bridge.py): a place description the recognizers found in pieces is hidden whole.

On heldout19-22 most leaked addresses were partly hidden: "⟦toldo⟧ azul después de ⟦la capilla⟧", "⟦berth 3⟧ of the
fishermen's pier", "⟦room 6⟧, the one with the balcony over the courtyard". The sentences below are our own (other
words, places and languages than the sets); the first group was run before the bridge was switched on (see the
module's README bullet for the counts), the unit tests pin each of the three moves and where it stops."""

from __future__ import annotations

import pytest

from redact.place_bridge import bridge_places
from redact.types import Entity
from tests.redact_helpers import covered, spans

WHOLE = [
    (
        "c: la tienen en el segundo kiosko verde pasando la losa deportiva del barrio cerca de la feria",
        "kiosko verde pasando la losa deportiva",
    ),
    (
        "C: Vive en el pasaje Los Nogales 33, la que tiene la puerta de madera.",
        "pasaje Los Nogales 33, la que tiene la puerta de madera",
    ),
    ("C: They keep her in room 12, the one facing the parking lot.", "room 12, the one facing the parking lot"),
    (
        "C: Ela mora na rua das Palmeiras 80, aquela que tem muro azul.",
        "rua das Palmeiras 80, aquela que tem muro azul",
    ),
    (
        "c: queda en la avenida los incas cuadra cuatro pasando el grifo la casa del medio",
        "avenida los incas cuadra cuatro pasando el grifo la casa del medio",
    ),
    # round 16's strict xfail, which the bridge took (the relative after the landmark)
    (
        "C: ela fica numa casinha de madeira depois da serraria, a que tem o telhado de zinco vermelho",
        "a que tem o telhado de zinco vermelho",
    ),
    pytest.param(
        "C: Los chicos duermen en el galpón de atrás, el que tiene techo de calamina.",
        "galpón de atrás, el que tiene techo de calamina",
        marks=pytest.mark.xfail(
            strict=True, reason="the bridge only grows a place found; this shed has no number or name"
        ),
    ),
]


@pytest.mark.parametrize(("text", "part"), WHOLE)
def test_bridge_hides_the_description_whole(redactor, text, part):
    assert covered(redactor, text, part)


TRAPS = [
    # a sentence ends between two places: the words after the first are the caller's own
    "C: Vivo en el jirón Tacna 210. Mañana voy a la comisaría con mi mamá.",
    # a town is not an address, and "la ciudad de" does not make it one
    "C: Ella se fue a la ciudad de Tarapoto con su tío hace dos años.",
    "O: puede llamar al 0800-2-3232 o acercarse a la Fiscalía, según el artículo 153 del código penal",
]


@pytest.mark.parametrize("text", TRAPS)
def test_bridge_traps(redactor, text):
    found = spans(redactor, text, "ADDRESS")
    assert not any("Mañana" in s or "ciudad" in s or "artículo" in s for s in found), found


# --- the three moves on given spans (no models) ----------------------------------------------------------------------


def _texts(text: str, entities: list[Entity]) -> list[tuple[str, str]]:
    return [(e.type, text[e.start : e.end]) for e in bridge_places(text, entities)]


def _at(text: str, kind: str, part: str) -> Entity:
    start = text.index(part)
    return Entity(kind, start, start + len(part), 0.5)


def test_words_between_two_addresses_on_a_line_are_hidden():
    text = "es el quinto puesto rojo al fondo de la galería central y ahí atiende"
    got = _texts(text, [_at(text, "ADDRESS", "puesto"), _at(text, "ADDRESS", "la galería central")])
    assert got == [("ADDRESS", "el quinto puesto rojo al fondo de la galería central")]


def test_no_bridge_across_a_sentence_end_or_over_many_words():
    text = "Vive en el jirón Tacna 210. La iglesia grande queda lejos."
    got = _texts(text, [_at(text, "ADDRESS", "jirón Tacna 210"), _at(text, "ADDRESS", "La iglesia grande")])
    assert ("ADDRESS", "el jirón Tacna 210") in got and len(got) == 2
    text = "vive en el jirón tacna 210 y todas las noches sale a trabajar a la avenida grau"
    got = _texts(text, [_at(text, "ADDRESS", "jirón tacna 210"), _at(text, "ADDRESS", "avenida grau")])
    assert len(got) == 2


def test_a_town_and_an_address_stay_apart():
    text = "vivo en huaraz señorita en el pasaje los olivos 12"
    got = _texts(text, [_at(text, "LOCATION", "huaraz"), _at(text, "ADDRESS", "pasaje los olivos 12")])
    assert got == [("LOCATION", "huaraz"), ("ADDRESS", "el pasaje los olivos 12")]


def test_left_edge_takes_place_nouns_and_articles_not_a_town_or_an_indefinite():
    text = "la recogen en el paradero del puente Santa Rosa"
    got = _texts(text, [_at(text, "ADDRESS", "puente Santa Rosa")])
    assert got == [("ADDRESS", "el paradero del puente Santa Rosa")]
    text = "se fue a la ciudad de Tarapoto"  # a town is left as it is found
    assert _texts(text, [_at(text, "LOCATION", "Tarapoto")]) == [("LOCATION", "Tarapoto")]
    text = "la tienen en una casa detrás del grifo"  # a house anywhere: the landmark alone is the place
    assert _texts(text, [_at(text, "ADDRESS", "detrás del grifo")]) == [("ADDRESS", "detrás del grifo")]
    text = "vive al lado de la posta"  # a bare joiner opens nothing
    assert _texts(text, [_at(text, "ADDRESS", "la posta")]) == [("ADDRESS", "la posta")]


def test_right_edge_takes_a_relative_phrase_up_to_punctuation_and_a_few_words():
    text = "Está en la habitación 9, la que da al patio. Llegó ayer."
    got = _texts(text, [_at(text, "ADDRESS", "habitación 9")])
    assert got == [("ADDRESS", "la habitación 9, la que da al patio")]
    text = "esta en el cuarto 9 el que tiene la ventana rota hacia la calle y no la dejan salir nunca"
    got = _texts(text, [_at(text, "ADDRESS", "cuarto 9")])
    assert got == [("ADDRESS", "el cuarto 9 el que tiene la ventana rota hacia la")]  # six words at most


def test_other_findings_keep_their_type_and_extent():
    text = "Rosa Quispe, la del puesto 4 del mercado"
    person = _at(text, "PERSON", "Rosa Quispe")
    got = _texts(text, [person, _at(text, "ADDRESS", "puesto 4 del mercado")])
    assert got[0] == ("PERSON", "Rosa Quispe")
    assert got[1][0] == "ADDRESS" and "Rosa" not in got[1][1]
