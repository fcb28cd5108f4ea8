"""Round 33: a counter, window or consulting room of a public building told by its number and the floor or building
it is in, a workroom told by its floor, the ground floor and the back of a lot closing an address, and an adverb
between a network's name and a spoken handle. Phrasings are our own, not the sets' the round was tuned on."""

from __future__ import annotations

import pytest

from tests.redact_helpers import covered, readable


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a numbered unit with the floor or the building it is in
        ("la chica espera en la ventanilla cinco del banco de la nación", "ventanilla cinco del banco"),
        (
            "Está internada en el consultorio 12 del segundo piso, al lado de enfermería.",
            "consultorio 12 del segundo piso",
        ),
        ("We met at gate 7 of the bus station near the market.", "gate 7 of the bus station"),
        (
            "yo atiendo en el módulo cuatro del mercado central de huancayo",
            "módulo cuatro del mercado central de huancayo",
        ),
        # a workroom told by the floor it is on
        ("el encargado está en la oficina del tercer piso y no quiere hablar", "oficina del tercer piso"),
        ("The manager sits in the office on the fourth floor of the hotel.", "office on the fourth floor"),
        # the ground floor and the back of the lot after a found address
        ("Moro na Rua Sete de Setembro, 410, nos fundos, com a minha tia.", "Rua Sete de Setembro, 410, nos fundos"),
        ("Ela fica na sala 5, no térreo, de segunda a sexta.", "sala 5, no térreo"),
        ("Vive en el Jirón Huallaga 233, en la planta baja, con su hermana.", "Jirón Huallaga 233, en la planta baja"),
        # an adverb between the network and the handle
        ("y el tipo tiene instagram también lucho mendez punto oficial ahí pone fotos", "lucho mendez punto oficial"),
    ],
)
def test_round33_hidden(redactor, text, phrase):
    assert covered(redactor, text, phrase)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a number after a unit word with no building after it is a rank, a count or a course
        ("ya pasó al módulo 3 del curso de computación", "módulo 3"),
        ("le dieron la cama 2 de las tres que hay", "cama 2"),
        ("mi hija quedó en el stand 3 de la feria escolar, ganó un diploma", "stand 3"),
        ("ella estudia el módulo tres de computación los sábados", "módulo tres"),
        # any office, not one told by its floor
        ("tengo que ir a la oficina mañana temprano", "oficina"),
        # "fondo" as money or as depth, with no address before it
        ("le dijeron que el fondo de pensiones no paga nada", "fondo"),
        # an adverb with no spoken separator after the words: no handle
        ("tiene facebook también pero no lo usa mucho", "también pero no lo usa"),
    ],
)
def test_round33_readable(redactor, text, phrase):
    assert readable(redactor, text, phrase)
