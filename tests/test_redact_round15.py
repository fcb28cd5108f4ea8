"""Fifteenth round: classes that leaked on heldout18, written in other words, languages and regions (not its
lines), each class with its traps: firms named after a devotion in lowercase speech, firm kinds the list lacked,
a vessel named after its kind and a comma."""

from __future__ import annotations

import pytest

from tests.redact_helpers import covered, spans

# --- A. a firm named after a devotion, said in lowercase with no article ("… es de transportes señor de luren") ---

DEVOTION = [
    ("el camión era de transportes virgen de la candelaria y salía de noche", "virgen de la candelaria"),
    ("trabajaba para la constructora señor de muruhuay en huancayo", "señor de muruhuay"),
    ("la llevaron en un bus de turismo santa rosa de lima que paraba en nasca", "santa rosa de lima"),
    ("o ônibus era da empresa nossa senhora aparecida e saiu cedo", "nossa senhora aparecida"),
]


@pytest.mark.parametrize(("text", "name"), DEVOTION)
def test_round15_firm_named_after_a_devotion(redactor, text, name):
    assert covered(redactor, text, name)


DEVOTION_TRAPS = [
    "la fiesta del señor de los milagros es en octubre",
    "rezamos a la virgen de la candelaria todos los años",
    "trabaja en transportes desde hace dos años",
]


@pytest.mark.parametrize("text", DEVOTION_TRAPS)
def test_round15_devotion_traps(redactor, text):
    assert not spans(redactor, text, "ORGANIZATION")


# --- B. firm kinds the list lacked: a carrier, a health centre, an Indonesian "PT" -------------------------------

KINDS = [
    ("Manejo para a Transportadora Gaúcha Schmidt desde 2019.", "Transportadora Gaúcha Schmidt"),
    ("La enfermera del Centro de Salud San Martín de Porres la atendió.", "Centro de Salud San Martín de Porres"),
    ("They were hired through PT Samudra Jaya Abadi in Jakarta.", "Samudra Jaya Abadi"),
    ("la derivaron de la posta de salud santa julia en piura", "santa julia"),
]


@pytest.mark.parametrize(("text", "name"), KINDS)
def test_round15_firm_kinds(redactor, text, name):
    assert covered(redactor, text, name)


KIND_TRAPS = [
    "Fue al centro de salud ayer por la tarde.",
    "the PT session was on Monday",
]


@pytest.mark.parametrize("text", KIND_TRAPS)
def test_round15_kind_traps(redactor, text):
    assert not spans(redactor, text, "ORGANIZATION")


# --- C. a vessel named after its kind and a comma, numbered or not ------------------------------------------------

VESSELS = [
    ("He was on a trawler, the Hai Feng 17, for two years.", "Hai Feng 17"),
    ("Trabajaba en una lancha pesquera, la Doña Chabuca II, en Paita.", "Doña Chabuca II"),
    ("I work on a fishing vessel, the Ocean Star 3, a longliner.", "Ocean Star 3"),
]


@pytest.mark.parametrize(("text", "name"), VESSELS)
def test_round15_vessel_after_comma(redactor, text, name):
    assert covered(redactor, text, name)


VESSEL_TRAPS = ["He was on a boat, the whole crew was sick.", "Trabajaba en una lancha, la verdad no sé cuál."]


@pytest.mark.parametrize("text", VESSEL_TRAPS)
def test_round15_vessel_traps(redactor, text):
    assert not spans(redactor, text, "ORGANIZATION")


# --- D. a document number opened by letters and a space or hyphen, after its cue (seaman's book, medical record) --

LETTERED = [
    ("Mi libreta de embarque es la B 204517, la tiene el capitán.", "B 204517"),
    ("Her medical record is MR-3390174 at the regional hospital.", "MR-3390174"),
    ("O prontuário dela é PR-0072214, no posto.", "PR-0072214"),
    ("My seaman's book number is K 5518203.", "K 5518203"),
]


@pytest.mark.parametrize(("text", "number"), LETTERED)
def test_round15_lettered_document_numbers(redactor, text, number):
    assert covered(redactor, text, number)


LETTERED_TRAPS = [
    ("Tiene pasaporte y 200000 soles en el banco.", "y 200000"),
    ("The medical record says she was seen in 2021.", "2021"),
]


@pytest.mark.parametrize(("text", "part"), LETTERED_TRAPS)
def test_round15_lettered_traps(redactor, text, part):
    assert not covered(redactor, text, part)


# --- E. a room counted with a masculine ordinal, or a loft, where someone sleeps --------------------------------

ROOMS = [
    ("la tienen en el primer cuarto a la izquierda bajando al sótano", "primer cuarto a la izquierda"),
    ("Ele dorme no segundo quarto à direita, depois da cozinha.", "segundo quarto à direita"),
    ("los chicos duermen en el altillo del fondo encima del taller", "altillo del fondo"),
]


@pytest.mark.parametrize(("text", "place"), ROOMS)
def test_round15_rooms_by_ordinal(redactor, text, place):
    assert covered(redactor, text, place)


ROOM_TRAPS = [("en el segundo tiempo del partido metió un gol", "segundo tiempo")]


@pytest.mark.parametrize(("text", "part"), ROOM_TRAPS)
def test_round15_room_traps(redactor, text, part):
    assert not covered(redactor, text, part)
