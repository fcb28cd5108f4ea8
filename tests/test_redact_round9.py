"""Ninth round: what heldout13 missed, said in other words and languages, each with its traps (money,
durations, counts, article numbers, the hotline's number, institutions, look-alike sentences)."""

from __future__ import annotations

import pytest

from tests.redact_helpers import covered, spans

# --- a settlement named by ordinary words is an address when its block and lot follow ---------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "vivo en el pueblo joven la union manzana f lote doce mi celular se malogro",
            "pueblo joven la union manzana f lote doce",
        ),
        (
            "vivimos en el asentamiento humano los pinos mz c lote 4 cerca del colegio",
            "asentamiento humano los pinos mz c lote 4",
        ),
        ("ella vive en la comunidad de pampa manzana be lote tres", "comunidad de pampa manzana be lote tres"),
    ],
)
def test_a_settlement_with_block_and_lot_is_one_address(redactor, text, address):
    assert covered(redactor, text, address, "ADDRESS")


@pytest.mark.parametrize(
    "text",
    [
        "el pueblo joven tiene manzana con problemas de agua",
        "caller: en la comunidad hay mucha pobreza y nadie ayuda",
    ],
)
def test_a_settlement_word_without_block_is_no_address(redactor, text):
    assert spans(redactor, text, "ADDRESS") == []


# --- the road said before its kilometre -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "esta en la panamericana sur kilometro cuatrocientos cuarenta y seis pasando el grifo y ahi",
            "la panamericana sur kilometro cuatrocientos cuarenta y seis pasando el grifo",
        ),
        ("the bar is on the highway at km 12, past the bridge.", "the highway at km 12"),
        ("fica na rodovia BR-364 km 80, depois do posto.", "rodovia BR-364 km 80"),
    ],
)
def test_the_road_before_a_kilometre_belongs_to_the_address(redactor, text, address):
    assert covered(redactor, text, address, "ADDRESS")


@pytest.mark.parametrize(
    "text",
    [
        "caminamos cuarenta kilometros por la carretera central",
        "la carretera central tiene 300 km de largo",
        "kilómetro ciento ocho de la interoceánica\nkilómetro ciento ocho ya",
    ],
)
def test_distances_on_a_road_are_no_kilometre_address(redactor, text):
    found = spans(redactor, text, "ADDRESS")
    assert not any("carretera" in s and "km" in s for s in found)
    assert not any("\n" in s for s in found)


# --- rooms of a building: the rooms after it and the floor before it -------------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "encontramos en el tercer piso, habitaciones 305 y 307 a cuatro chicas.",
            "tercer piso, habitaciones 305 y 307",
        ),
        ("Ela está no quarto 12, segundo andar, do hotel.", "quarto 12, segundo andar"),
        ("They were in rooms 12 and 14 of the motel.", "rooms 12 and 14"),
    ],
)
def test_rooms_and_their_floor_are_one_address(redactor, text, address):
    assert covered(redactor, text, address, "ADDRESS")


@pytest.mark.parametrize(
    ("text", "not_address"),
    [
        ("Están en la habitación 5 y 3 chicas más en el pasillo.", "3 chicas"),
        ("Pagó 305 soles por la habitación 4 y 2 noches.", "305 soles"),
        ("Pagó 305 soles por la habitación 4 y 2 noches.", "2 noches"),
        ("Vive en el segundo piso, tiene 3 hijos.", "segundo piso"),
        ("Llame al 0800-2-3232, es gratis, habitación 4.", "0800-2-3232"),
    ],
)
def test_counts_and_money_after_a_room_stay_out(redactor, text, not_address):
    assert not covered(redactor, text, not_address, "ADDRESS")
