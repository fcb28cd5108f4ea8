"""Round 26: numbers repaired while dictated (a hesitation between two pieces, a correction after one), the hotline's
short number said digit by digit, e-mails whose local part holds "i griega" or typed dots, and a boat told by its name.
Sentences written for these tests, in other words than the sets tuned on; each class with traps."""

from __future__ import annotations

import pytest

from tests.redact_helpers import covered, spans


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a hesitation sound between two pieces of one number belongs to it
        ("mi celular es nueve ocho uno ehh cuatro cuatro dos cero siete seis",
         "nueve ocho uno ehh cuatro cuatro dos cero siete seis"),
        ("el dni de mi hermana es cuatro cinco dos uno, este, nueve nueve cero tres",
         "cuatro cinco dos uno, este, nueve nueve cero tres"),
        ("My number is nine one two, uh, four four five, six six zero one",
         "nine one two, uh, four four five, six six zero one"),
        # the number said again after a correction replaces the end of the one before: same identifier
        ("el carro tiene placa te cinco ge ochocientos cuarenta y uno, digo, ochocientos cuarenta y dos",
         "ochocientos cuarenta y dos"),
        ("la placa era a be ce cuatro dos uno no perdón setecientos doce", "setecientos doce"),
    ],
)  # fmt: skip
def test_a_number_repaired_while_dictated_is_one(redactor, text, part):
    assert covered(redactor, text, part)


@pytest.mark.parametrize(
    "text",
    [
        "le pago novecientos ochenta y siete no perdón novecientos soles",  # money after the correction
        "trabajó tres eh cuatro meses en la chacra",  # a duration with a hesitation
        "eran cinco eh seis chicas en el cuarto",  # a count
        "vea el artículo ciento cincuenta y tres eh del código penal",  # an article
    ],
)
def test_traps_for_repaired_numbers(redactor, text):
    assert not [s for s in spans(redactor, text) if any(ch.isalpha() for ch in s) and "eh" in s.split()]
    assert not spans(redactor, text, "PHONE_NUMBER")


@pytest.mark.parametrize(
    "text",
    [
        "dígale a su prima que puede marcar gratis el uno ocho uno ocho desde cualquier celular",
        "si pasa algo llame al uno ocho uno ocho o al cero ochocientos dos treinta y dos treinta y dos",
    ],
)
def test_the_hotlines_short_number_said_aloud_stays(redactor, text):
    assert not [s for s in spans(redactor, text) if "ocho" in s]


def test_a_phone_that_holds_the_hotlines_digits_is_still_hidden(redactor):
    text = "mi número es nueve uno ocho uno ocho dos dos tres cuatro"
    assert covered(redactor, text, "nueve uno ocho uno ocho dos dos tres cuatro", "PHONE_NUMBER")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("mi correo es jota o ce i griega guion bajo eme ere siete arroba gmail punto com",
         "jota o ce i griega guion bajo eme ere siete arroba gmail punto com"),
        ("anote el correo pe i griega ele ese arroba hotmail punto com",
         "pe i griega ele ese arroba hotmail punto com"),
        ("You can write to me at maria.lopez_22 at gmail dot com, any time.", "maria.lopez_22 at gmail dot com"),
    ],
)  # fmt: skip
def test_spelled_and_half_typed_email_local_parts(redactor, text, part):
    assert covered(redactor, text, part)


@pytest.mark.parametrize(
    "text",
    [
        "la reunión es a las ocho y estaré at la plaza punto",  # "at" with no e-mail domain
        "Voy a la i griega del cruce y luego sigo",  # a letter name with no e-mail around
    ],
)
def test_traps_for_email_local_parts(redactor, text):
    assert not spans(redactor, text, "EMAIL_ADDRESS")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("La trajeron en la lancha Estrella de Pucallpa III, la que para al costado del muelle de Bellavista.",
         "la lancha Estrella de Pucallpa III"),
        ("He works as a deckhand on the Hai Feng 9, moored at berth 2 of the south pier, in Paita.", "the Hai Feng 9"),
        ("El barco llamado San Pedro salió el lunes con las chicas.", "El barco llamado San Pedro"),
    ],
)  # fmt: skip
def test_a_boat_told_by_its_name_is_a_place(redactor, text, part):
    assert covered(redactor, text, part)  # a name found as a firm (round 8) keeps that type; its kind is the ADDRESS


@pytest.mark.parametrize(
    "text",
    [
        "Se fueron en un bote, no sé el nombre, y llegaron de noche.",  # a boat with no name
        "Mi hermano trabaja en el Banco de la Nación y la lancha sale a las 6.",  # a kind with no capital after it
        "The ship left on Monday and the crew stayed moored in debt.",  # "moored" after no name
    ],
)
def test_traps_for_boat_names(redactor, text):
    assert not spans(redactor, text, "ADDRESS")
