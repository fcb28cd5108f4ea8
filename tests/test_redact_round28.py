"""Round 28: the answer to "¿dónde?" ends where the caller's talk begins. What is done at the place ("y de noche la
recoge …"), who says so ("eso cuentan …"), the way there ("subiendo por el camino") and when ("a veces") stay
readable, as the writers leave them; the located thing is still hidden. Sentences written for these tests."""

from __future__ import annotations

import pytest

from redact.where_answer import answer_places
from tests.redact_helpers import covered, spans


def _hidden(text: str) -> list[str]:
    return [text[e.start : e.end] for e in answer_places(text, [])]


@pytest.mark.parametrize(
    ("text", "place", "talk"),
    [
        # when it happens is no part of the place
        ("¿dónde la esperan?\nen la caseta de la esquina al pie del puente y en la noche la sube un taxi",
         "la caseta de la esquina al pie del puente", "noche"),
        ("¿dónde los juntan?\nen la loza deportiva al costado de la iglesia y a veces en el parque",
         "la loza deportiva al costado de la iglesia", "veces"),
        # a thing told with a pronoun before the verb ("la placa la apunté") is what the caller did
        ("¿dónde está el carro?\nen el garaje del fondo detrás de la ferretería la placa la tengo en un papel",
         "el garaje del fondo detrás de la ferretería", "placa"),
        # who says so
        ("¿dónde es?\nla chacra de arriba pasando el canal eso dicen los vecinos",
         "la chacra de arriba pasando el canal", "vecinos"),
        # the way there
        ("¿dónde queda?\nel campamento de los madereros al pie del cerro subiendo por el camino de herradura",
         "el campamento de los madereros al pie del cerro", "herradura"),
        # the subject of a verb a few words after the place, joined by "y"
        ("¿dónde trabajan?\nen la cocina del fondo al lado del horno y en casa las chicas duermen",
         "la cocina del fondo al lado del horno", "chicas"),
    ],
)  # fmt: skip
def test_the_place_is_hidden_the_talk_is_not(text, place, talk):
    hidden = _hidden(text)
    assert any(place in h for h in hidden), hidden
    assert not any(talk in h for h in hidden), hidden


@pytest.mark.parametrize(
    "text",
    [
        # a verb right after a pronoun is no noun phrase: nothing is hidden before the place
        "¿dónde los dejan?\nlos dejan en el puente de fierro al lado del grifo",
        "¿dónde las ve?\nla policía las va a buscar antes de llegar al pueblo",
    ],
)
def test_a_pronoun_and_its_verb_are_no_place(text):
    hidden = _hidden(text)
    assert not any(h.startswith(("los dejan", "la policía", "a buscar")) for h in hidden), hidden


@pytest.mark.parametrize(
    "text",
    [
        "¿Dónde le pagan?\nA veces le pagan en la noche, unos doscientos soles por semana.",  # money, a time
        "¿Dónde lo llamo?\nA la línea 1818 o al 0800 cuando quiera, a cualquier hora.",  # the hotline's numbers
        "¿Dónde estuvo?\nEstuvo dos semanas en la Defensoría, después de la audiencia.",  # an institution, a duration
        "¿Dónde lo vio?\nPor ahí cerca, subiendo por la avenida.",  # a vague place
        "¿Dónde se juntan?\nSon como veinte chicas, a veces en la noche.",  # a count
    ],
)
def test_traps(text):
    assert not answer_places(text, [])


def test_a_verb_the_place_is_told_by_stays_in_it():
    # "donde hacen pan" says which house: it is kept with the place
    text = "¿dónde es?\nla casa de dos pisos al fondo del pasaje con la puerta de fierro donde hacen pan"
    assert any("donde hacen pan" in h for h in _hidden(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a name does not run over a question's end into the next turn: the street is still found
        ("¿Me da la dirección del edificio?\nEn la calle Las Magnolias 512, al costado del parque.",
         "calle Las Magnolias 512"),
        ("Where is the building?\nOn Bolognesi Avenue 231, next to the bakery.", "Bolognesi Avenue 231"),
    ],
)  # fmt: skip
def test_a_street_after_a_question_on_a_building(redactor, text, part):
    assert covered(redactor, text, part)


@pytest.fixture(scope="module")
def redactor():
    from redact import Redactor

    return Redactor()


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # the pieces that close a found place: a floor, a door and its side, a part of a boat, a unit's number
        ("Vive en el jirón Ayacucho 455, la puerta de la derecha, con su tío.",
         "jirón Ayacucho 455, la puerta de la derecha"),
        ("They keep her at 18 Union Street, second floor, door on the right.",
         "18 Union Street, second floor, door on the right"),
        ("Mora no barco Rainha do Purus, camarote 3, no terceiro convés, do lado da proa.",
         "camarote 3, no terceiro convés, do lado da proa"),
        ("La guardan en la avenida Brasil 1020, en el sótano, sin ventana.", "avenida Brasil 1020, en el sótano"),
        # a market told by its number and a stall in it by its number, in words or digits
        ("la tienen en el mercado número tres puesto sesenta y dos el de verduras",
         "mercado número tres puesto sesenta y dos"),
        ("Vende en la feria de los domingos, en el puesto 58 de la fila de las ollas.",
         "puesto 58 de la fila de las ollas"),
        ("la tienen en la galeria el sol segundo piso la tienda doscientos cuatro de ropa", "tienda doscientos cuatro"),
        # a ranking is no stall, even at a fair
        ("salió en el puesto 4 de la feria escolar", None),
    ],
)  # fmt: skip
def test_the_pieces_that_close_a_place_are_hidden(redactor, text, part):
    if part is None:
        assert not [s for s in spans(redactor, text) if "puesto" in s]
    else:
        assert covered(redactor, text, part)


@pytest.mark.parametrize(
    ("text", "readable"),
    [
        # a duration, a count
        ("Vive en el jirón Ayacucho 455, hace 3 años, con 2 primas.", "hace 3 años, con 2 primas"),
        ("Llame al 1818 o al 0800 10 10, la línea es gratuita.", "la línea es gratuita"),  # the hotline's numbers
        ("Quedó en el puesto 3 de la carrera y le pagaron 200 soles.", "puesto 3"),  # a rank, money: no market near
        ("Fue a la Defensoría del Pueblo, segundo piso, y no la atendieron.", "no la atendieron"),  # an institution
        ("Trabaja por ahí, en algún mercado, cobra 30 soles por día.", "cobra 30 soles por día"),  # a vague place
    ],
)
def test_traps_for_the_pieces(redactor, text, readable):
    _, entities = redactor.analyze(text)
    start = text.index(readable)
    assert not any(e.start < start + len(readable) and start < e.end for e in entities), [
        text[e.start : e.end] for e in entities
    ]
