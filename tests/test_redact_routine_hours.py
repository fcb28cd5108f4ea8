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


@pytest.mark.parametrize(
    "text",
    [
        # a habit in the clause: the hour something keeps happening
        "cada noche a las once los suben a una camioneta y los traen de madrugada",
        "El encargado siempre cierra el galpón a las nueve de la noche con candado.",
        "She told me they wake them every day at 4 am to pick grapes.",
        "a las cinco de la mañana los sacan a vender todos los días",
        # an hour to be called after or before, or from which a door stays locked
        "mejor escríbame después de las ocho cuando ya no está mi cuñado",
        "a partir de las nueve de la noche ya no los dejan salir del taller",
        # "of the three": no hour at all
        "el señor guarda los pasaportes de las dos en una mochila",
    ],
)
def test_a_habit_or_a_bound_dates_nothing(redactor, text):
    assert spans(redactor, text, "DATE_TIME") == []


def test_a_weekday_in_the_plural_is_a_habit(redactor):
    assert spans(redactor, "los viernes se los lleva a la chacra y vuelven el domingo", "DATE_TIME") == ["el domingo"]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # one occasion, with its day: the habit is in another sentence
        ("Siempre llega tarde. Pero ayer llegó a las tres de la mañana con dos chicas.", "a las tres de la mañana"),
        ("Siempre la trata mal. Se la llevó a las tres de la mañana en una moto.", "a las tres de la mañana"),
        ("hoy a eso de las cuatro se la llevó un señor en un carro blanco", "de las cuatro"),
        ("La van a sacar en el bus de las diez, eso dijo la señora.", "de las diez"),
        ("anoche después de las once escuché gritos en el cuarto del fondo", "las once"),
    ],
)
def test_one_occasion_stays_a_date(redactor, text, when):
    assert covered(redactor, text, when, "DATE_TIME")
