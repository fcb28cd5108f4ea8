"""Round 27: the caller's answer to the operator's "¿dónde? / where? / onde?" is a place when it names one thing in
particular and locates it (a relation to a landmark, a rank in a row, "del fondo"), even when no list knows the
landmark. Sentences written for these tests, in other words than the sets tuned on; each with traps."""

from __future__ import annotations

import pytest

from redact.where_answer import answer_places
from tests.redact_helpers import covered, spans


@pytest.fixture(scope="module")
def answers():
    """The redactor with the round's experiment on (it is off by default: see redact/data/redact.yaml)."""
    from redact import Redactor

    return Redactor(where_answer=True)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("¿Y dónde la tienen ahora?\nEn la bodeguita del fondo, al lado del horno de pan. No la dejan salir.",
         "la bodeguita del fondo, al lado del horno de pan"),
        ("Where were they waiting?\nOn the bench behind the ticket booth, next to the broken vending machine.",
         "the bench behind the ticket booth, next to the broken vending machine"),
        ("e onde fica o barracão\nfica o galpão de madeira no fim do caminho de terra perto do rio",
         "o galpão de madeira no fim do caminho de terra"),
        # a verb ends its subject; the place starts again after it
        ("dónde queda exactamente\nel taller es el de las calaminas al pie del cerro pelado yo solo fui una vez",
         "el de las calaminas al pie del cerro pelado"),
        # how someone is there is no part of the place; the place starts after it
        ("y dónde está ella\nestá sentadita en la tercera mesa del comedor frente a la caja pero ya se va",
         "la tercera mesa del comedor frente a la caja"),
    ],
)  # fmt: skip
def test_the_answer_to_where_is_a_place(answers, text, part):
    assert covered(answers, text, part)


def test_the_talk_after_the_place_stays(answers):
    redactor = answers
    text = "dónde duermen\nen el cuarto del fondo pasando el patio yo les llevo comida a veces"
    assert covered(redactor, text, "el cuarto del fondo pasando el patio")
    assert not [s for s in spans(redactor, text) if "comida" in s or "llevo" in s]


@pytest.mark.parametrize(
    "text",
    [
        "¿Dónde la vio?\nCerca del mercado, creo.",  # a vague place, no thing located
        "¿Dónde está ahora?\nEn la comisaría, con su mamá.",  # an institution, nothing locates it
        "¿Y dónde vive?\nEn una casa chiquita, al lado de un grifo.",  # a house anywhere (indefinite)
        "¿Dónde trabaja?\nEn el almacén, detrás de la cocina, cargando cajas.",  # an aside after a comma
        "¿En qué piso?\nEl tercer piso.",  # a floor alone, as the writers leave it
        "¿Dónde le pagan?\nLe pagan los sábados, unos trescientos soles, después de la misa.",  # money and a day
        "¿Y dónde lo denuncio?\nLlame al 1818 o al 0800 después de las ocho.",  # the hotline's numbers
        "¿Dónde dice eso?\nEn el artículo 153 del código penal, después del inciso dos.",  # an article number
        "¿Dónde se quedaron?\nSe quedaron tres días en el albergue, después de la audiencia.",  # a duration, a count
    ],
)
def test_traps_for_answers_to_where(answers, text):
    redactor = answers
    # the mechanism itself adds nothing here (other rules may still find a place in them)
    assert not answer_places(text, [])
    assert not spans(redactor, text, "PHONE_NUMBER")


def test_only_after_a_where_question():
    assert not answer_places("¿Qué hizo después?\nSe sentó en la banca del fondo al lado de los baños a esperar.", [])
    assert answer_places("¿Dónde se sentó?\nSe sentó en la banca del fondo al lado de los baños a esperar.", [])
