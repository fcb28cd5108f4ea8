"""Round 20 (tuned on the leaks of heldout23-26): three broad causes, each checked first on sentences of our own — other
words, places, languages and styles than the sets — with traps that must stay readable.

A. A description's tail the bridge stopped short of: a brand or name inside it, a sign's quoted words, a place
   preposition ("… tied under it"), a comma clause that goes on locating ("…, por la losa deportiva"), lowercase speech
   with no full stop ("… del colegio de mujeres ahí …"), a house ending on a dangling "dos/do/of".
B. A left edge that stopped too early: the place an address is in, told before it with a locating preposition ("la
   casita de su abuela en [el pasaje …]", "the community center on [Avenida …]"), a corner or junction ("la esquina con
   [la avenida …]"), the way out to a town just before an address ("la salida a [Sicuani] [al costado del grifo]").
C. Rooms and parts of a building said with no street: a room noun and its number ("cabin 12, bunk 2"), a definite room
   told by where in the building it is ("the storage room on the third floor").
"""

from __future__ import annotations

import pytest

from tests.redact_helpers import covered, spans

TAILS = [
    (
        "C: Es la casa de dos pisos al fondo del pasaje Las Begonias, la que tiene en el techo un tanque Eternit y una "
        "parabólica vieja.",
        "y una parabólica vieja",
    ),
    (
        "C: La tienen en la quinta casa pasando la cancha de fulbito, de esteras con techo de calamina, y un cartel "
        'que dice "se hacen trámites".',
        "y un cartel que dice",
    ),
    (
        "c: la tienen en el cuarto de atras del taller de motos frente al colegio nacional de mujeres ahi no la dejan "
        "salir",
        "colegio nacional de mujeres",
    ),
    (
        "C: She's in the second shed past the sawmill, the one with a green tarp stretched above it.",
        "the one with a green tarp stretched above it",
    ),
    ("C: Vive en el pasaje Santa Teresa 15, por la losa deportiva, y no sale nunca.", "por la losa deportiva"),
    ("C: Mora na Travessa Boa Vista, 230, casa dos fundos.", "casa dos fundos"),
    (
        "C: Fica na casa de madeira depois da igreja, a de janela azul e varanda quebrada.",
        "a de janela azul e varanda quebrada",
    ),
]


@pytest.mark.parametrize(("text", "part"), TAILS)
def test_a_descriptions_tail_is_hidden(redactor, text, part):
    assert covered(redactor, text, part)


LEFT_EDGES = [
    (
        "c: se queda en la casita de su abuela en el pasaje los geranios doce al costado de la capilla",
        "la casita de su abuela en",
    ),
    ("C: The meetings are at the community center on Avenida Sucre 340.", "the community center on"),
    (
        "C: La dejan en la entrada del coliseo cerrado, por la calle Ramón Castilla, al lado de la farmacia.",
        "la entrada del coliseo cerrado, por",
    ),
    (
        "C: Los vi en el paradero que está en la esquina con la avenida Los Próceres 1200.",
        "el paradero que está en la esquina con",
    ),
    ("c: la bajaron en la salida a sicuani al costado del grifo primax antes del puente", "la salida a sicuani"),
    ("C: Atiende en el segundo piso de la galería Central, el puesto 218.", "segundo piso de la galería Central"),
    ("C: Estão na casa do tio dela na Rua Sete de Setembro, 90.", "casa do tio dela na"),
    ("C: Lo vi en la esquina de la Vía Expresa con el jirón Huánuco 340.", "la esquina de la Vía Expresa con"),
]


@pytest.mark.parametrize(("text", "part"), LEFT_EDGES)
def test_the_place_an_address_is_in_is_hidden_with_it(redactor, text, part):
    assert covered(redactor, text, part)


ROOMS = [
    (
        "C: They lock the girls in the storage room on the third floor, where the freezers are.",
        "the storage room on the third floor",
    ),
    ("C: Las subieron a la cabaña 4, la última junto al río.", "cabaña 4, la última junto al río"),
    ("c: duermen en los cuartos del techo del mismo hotel", "los cuartos del techo del mismo hotel"),
    ("C: He's in cabin 12, bunk 2.", "cabin 12, bunk 2"),
    ("C: Dormem na segunda barraca, ao lado do gerador.", "segunda barraca, ao lado do gerador"),
    pytest.param(
        "C: Fica num quartinho de madeira, com telhado de lona, no fim da trilha que sai do porto.",
        "quartinho de madeira, com telhado de lona",
        marks=pytest.mark.xfail(
            strict=True,
            reason="an indefinite shed told only by its looks and a path: no article, number or street to find it by",
        ),
    ),
]


@pytest.mark.parametrize(("text", "part"), ROOMS)
def test_a_room_told_by_where_it_is_in_the_building_is_hidden(redactor, text, part):
    assert covered(redactor, text, part)


TRAPS = [
    # the talk after a place
    ("C: Vive en el jirón Progreso 220 al lado de la bodega, por la noche nomás.", "noche"),
    ("C: La dejaron en la calle Ayacucho 410 frente a la plaza y se fue con su mamá.", "mamá"),
    ("c: vive en la avenida los olivos cuadra tres al costado de la botica ahi nomas con su tio", "tio"),
    ("C: It's on Calle Real 14 next to the bakery, the one I told you about.", "told"),
    ("C: Está en la calle Junín 230 al costado del chifa, de lunes a viernes.", "lunes"),
    ("C: Queda en la avenida Perú 1200, frente al colegio, por cincuenta soles al mes.", "soles"),
    ("C: Vive en el pasaje Santa Teresa 15, por la losa deportiva, y no sale nunca.", "nunca"),
    # a town after "la salida a" alone, and houses anywhere
    ("C: Se fue por la salida a Juliaca y no volvió.", "salida"),
    ("C: Estuvo en la casa de su mamá en Lima dos semanas.", "casa"),
    ("C: Fuimos a la casa de mi tía en la noche.", "casa"),
    pytest.param(
        "C: Duerme en una casa cerca del mercado.",
        "casa",
        marks=pytest.mark.xfail(
            strict=True, reason="found before round 20 (round 17's kept-in rule takes 'una casa cerca del mercado')"
        ),
    ),
    ("C: The one I told you is at the market near the bus stop.", "market"),
    # rooms said as everyday words
    ("C: Tengo un cuarto de hora para hablar.", "cuarto"),
    ("C: Duermen en el cuarto con su mamá.", "cuarto"),
    ("C: Está en el segundo piso.", "piso"),
    ("C: The room was cold and the food was bad.", "room"),
    ("C: Pagó 50 soles por la cabaña dos noches.", "cabaña"),
]


@pytest.mark.parametrize(("text", "word"), TRAPS)
def test_round20_traps_stay_readable(redactor, text, word):
    assert not any(word in s for s in spans(redactor, text, "ADDRESS"))
