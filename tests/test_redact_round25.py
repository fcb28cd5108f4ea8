"""Round 25: an ID's letters glued by a hyphen or said as a capital in mid-sentence, its check character, map
coordinates read aloud or typed, numbered platforms and parking spaces, and the hotline's number said in words next
to the police's. Sentences written for these tests, in other words than the sets tuned on; each class with traps."""

from __future__ import annotations

import pytest

from tests.redact_helpers import covered, spans


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # letters glued by a hyphen before the digits, whatever the digits were first typed
        ("Me retuvieron la libreta, el número es MX-3381207 y no me la devuelven.", "MX-3381207"),
        ("He showed me his alien card, B-417-992-305, and said it was fake.", "B-417-992-305"),
        # a check character glued after the digits
        ("Mi carnet chileno dice 19.402.118-K, eso recuerdo.", "19.402.118-K"),
        ("El documento es 30.551.902-7 y lo tiene la patrona.", "30.551.902-7"),
        # a capital that is also a word, in mid-sentence before the digits said aloud
        ("Her passport number? It is E, four four one, nine zero two, six six.",
         "E, four four one, nine zero two, six six"),
        ("The passport, let me read: A seven seven two nine one zero four three.",
         "A seven seven two nine one zero four three"),
    ],
)  # fmt: skip
def test_an_ids_letters_and_check_character_are_hidden(redactor, text, part):
    assert covered(redactor, text, part)


@pytest.mark.parametrize(
    "text",
    [
        "Pagué entre 1500-2000 soles por el pasaje.",  # a range of money
        "My number, I 987654321 repeat, is the same one.",  # "I" is always a capital: a word, no letter
        "Lo detienen por el artículo 153-A del Código Penal.",  # an article's letter
    ],
)
def test_traps_for_id_edges(redactor, text):
    assert not spans(redactor, text, "ID_NUMBER")


def test_a_sentence_opening_a_stays_out_of_a_phone(redactor):
    text = "¿A qué número la llamo?\nA 987 654 321, ese es mi celular."
    assert all(not s.startswith("A") for s in spans(redactor, text, "ID_NUMBER"))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Mi hermano me mandó su ubicación: menos nueve coma uno cinco, menos setenta y cinco coma cero dos.",
         "menos nueve coma uno cinco, menos setenta y cinco coma cero dos"),
        ("Ela mandou a localização, anotei: menos dez vírgula três dois, menos sessenta e oito vírgula um.",
         "menos dez vírgula três dois, menos sessenta e oito vírgula um"),
        ("The pin she dropped was -3.7491, -73.2538 before her phone died.", "-3.7491, -73.2538"),
        ("the coordinates were minus twelve point zero five, minus seventy seven point zero three",
         "minus twelve point zero five, minus seventy seven point zero three"),
    ],
)  # fmt: skip
def test_map_coordinates_are_an_address(redactor, text, part):
    assert covered(redactor, text, part)


@pytest.mark.parametrize(
    "text",
    [
        "cada saco pesa dos coma cinco kilos y el otro tres coma dos",  # weights: no sign, no location cue
        "the rate went from one point five to two point three percent",  # a rate
        "le pagaban ocho coma cincuenta soles la hora",  # money
        "trabajaba doce horas y media, de lunes a sábado",  # a duration
    ],
)
def test_decimals_that_locate_nothing_stay(redactor, text):
    assert not spans(redactor, text, "ADDRESS")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("El bus sale del andén 12 a medianoche, con las chicas adelante.", "andén 12"),
        ("They were waiting by platform 7 with a man in a grey jacket.", "platform 7"),
        ("La camioneta la guardan en el estacionamiento 43 del edificio.", "estacionamiento 43"),
    ],
)
def test_numbered_platforms_and_parking_spaces(redactor, text, part):
    assert covered(redactor, text, part)


@pytest.mark.parametrize(
    "text",
    [
        "esperé en el andén 2 horas y nadie vino",  # a duration
        "el estacionamiento 5 soles la hora",  # a price
        "pasé por la puerta tres veces",  # a count
    ],
)
def test_traps_for_numbered_platforms(redactor, text):
    assert not spans(redactor, text, "ADDRESS")


@pytest.mark.parametrize(
    "text",
    [
        "si vuelve a pasar llame gratis al cero ochocientos dos treinta y dos treinta y dos o al ciento cinco",
        "puede marcar el cero ochocientos dos tres dos tres dos y también al uno ocho uno ocho",
    ],
)
def test_the_hotline_said_aloud_beside_the_police_is_no_phone(redactor, text):
    assert not spans(redactor, text, "PHONE_NUMBER")


def test_a_callers_phone_after_the_hotline_is_still_hidden(redactor):
    text = (
        "llame al cero ochocientos dos treinta y dos treinta y dos"
        " y mi número es nueve siete cuatro dos dos uno cero ocho tres"
    )
    assert covered(redactor, text, "nueve siete cuatro dos dos uno cero ocho tres")
