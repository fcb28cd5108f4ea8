"""Round 31: what names one place among many at a found place's edge (place_names.py), a nickname said before its
naming verb (nickname_before.py), a name read again after a hesitation, and a
passport number a sentence after the passports were named. Phrasings differ from the sets the round was tuned on."""

from __future__ import annotations

import pytest

from redact.nickname_before import find_nicknames_before
from redact.place_names import name_places
from redact.types import Entity
from tests.redact_helpers import covered, readable


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a market's own name after its noun, cased and in lowercase speech
        ("Trabajo en el puesto 23 del pasadizo de las carnes del mercado Santa Rosa de Lima, ahí la vi.", "Santa Rosa"),
        (
            "tengo mi puesto en el puesto ciento doce del pabellón be del mercado mayorista y ella está al lado",
            "mayorista",
        ),
        ("trabajo en el puesto 23 del mercado santa rosa y ahí la vi", "santa rosa"),
        # a complex's numbered part before the place
        ("She said it is Block 4 of the Condominio Las Palmeras on Avenida Grau, 9th floor, flat 902.", "Block 4 of"),
        # a settlement's name found as a firm or a person, then the gate told by its looks
        (
            "Vivimos en un cuarto, Mz. K, Lote 3, de la asociación Villa Los Ángeles, la reja verde con el árbol.",
            "la reja verde con el árbol",
        ),
        ("vive en el jirón amazonas 340, la puerta de madera con un candado y ahí la tienen", "la puerta de madera"),
        # a church by whom it is dedicated to
        ("queda bajando la segunda curva después de la capilla del señor de los milagros y ahí está", "los milagros"),
        # a nickname said before its verb
        ("el sobrino de la dueña el gallo le dicen a veces las recoge en su carro", "gallo"),
        ("el que cobra es el zambo nomás le dicen y vive arriba", "zambo"),
        ("The driver, Chino they call him, took the girls away.", "Chino"),
        # a first name read again after a hesitation
        ("en la lista puso rutilio huamaní eh rutilo dice aquí", "rutilo"),
        # a passport number a sentence after the passports
        ("O patrão ficou com os passaportes de todos. Eu tirei foto de um: KT 552019.", "KT 552019"),
    ],
)
def test_round31_hides(redactor, text, phrase):
    assert covered(redactor, text, phrase)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a verb after the market is talk, not its name
        ("caller: y detrás del mercado vende ropa", "vende"),
        # the naming verb with its nickname after it: the word before is what is named, not a name
        ("a man from the market, they call him Loro, told my sister", "market"),
        ("así le dicen y yo no sé por qué", "así"),
        # a door knocked on a number of times is no address
        ("tocó la puerta tres veces y se fue", "puerta"),
        ("entró por la puerta dos chicas y un señor", "puerta"),
        # a title or kin word before "le dicen" names no one
        ("el patrón le dicen y ya", "patrón"),
    ],
)
def test_round31_leaves_readable(redactor, text, phrase):
    assert readable(redactor, text, phrase)


def test_place_names_needs_a_found_place():
    text = "fui al mercado Central ayer"
    assert name_places(text, []) == []
    # a found place ending at the kind takes the capitalised name after it
    grown = name_places(text, [Entity("ADDRESS", 4, 14, 0.6)])
    assert [text[e.start : e.end] for e in grown] == ["al mercado Central"]


def test_nickname_before_skips_found_and_stop_words():
    text = "el flaco le dicen a veces"
    found = find_nicknames_before(text, [])
    assert [(e.type, text[e.start : e.end]) for e in found] == [("PERSON", "flaco")]
    # already inside a found span: nothing new
    assert find_nicknames_before(text, [Entity("PERSON", 3, 8, 0.9)]) == [Entity("PERSON", 3, 8, 0.9)]
    assert find_nicknames_before("y eso le dicen a todos", []) == []
