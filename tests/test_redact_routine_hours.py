"""A clock time after "desde"/"hasta" bounds a routine and dates nothing (LABELS.md's DATE_TIME is a time
tied to an event); an event day said just before it keeps it an event's time."""

from __future__ import annotations

import pytest

from tests.redact_helpers import covered, spans


@pytest.mark.parametrize(
    "text",
    [
        "la tienen lavando ropa en la pensión hasta las diez de la noche y no le pagan",
        "Desde las cuatro de la mañana lo ponen a pelar pollos, dice mi sobrino.",
        "que atienden en la cantina hasta las 2 de la mañana y el dueño se queda con todo",
        "mi hermano maneja la combi desde las cinco y media y recién descansa en la tarde",
    ],
)
def test_a_routine_bound_is_no_date(redactor, text):
    assert spans(redactor, text, "DATE_TIME") == []


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # an event day just before: the bound marks when something happened
        ("la vieron anoche hasta las once en la puerta del hostal con dos señores", "las once"),
        ("no contesta el celular desde las tres de la tarde de ayer", "las tres de la tarde"),
        ("Se fue el sábado desde las ocho de la noche y no regresó.", "las ocho de la noche"),
        # without "desde"/"hasta" a clock time of an event stays a date
        ("la van a recoger a las 9 de la noche en el terminal", "a las 9 de la noche"),
        ("They will take her at 11:30 pm from the bus station.", "11:30 pm"),
    ],
)
def test_an_event_time_stays_a_date(redactor, text, when):
    assert covered(redactor, text, when, "DATE_TIME")
