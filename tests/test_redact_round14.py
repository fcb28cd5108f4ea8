"""Fourteenth round: classes that leaked on heldout17, written in other words, languages and regions (not its
lines), each class with its traps. Broader address mechanisms: a place told by what it is near, whatever the
landmark. Sentences still failing are xfail with the reason."""

from __future__ import annotations

import pytest

from tests.redact_helpers import covered, spans

# --- A. a place told by a spatial phrase after a locating verb, whatever the landmark ---------------------------

NEAR = [
    ("la tienen encerrada detrás de la planta de gas en la subida del cerro", "planta de gas en la subida del cerro"),
    ("Vive frente a la cancha sintética de los Ramírez, al costado de la loseta.", "cancha sintética de los Ramírez"),
    ("they keep her behind the old rice mill past the second bridge", "old rice mill past the second bridge"),
    ("ela mora ao lado da borracharia do Zé, perto da caixa d'água", "borracharia do Zé"),
    ("está amarrada frente al muelle de los botes la segunda de la fila", "muelle de los botes la segunda de la fila"),
]


@pytest.mark.parametrize(("text", "place"), NEAR)
def test_round14_places_told_by_what_is_near(redactor, text, place):
    assert covered(redactor, text, place)


# --- B. an address that goes on after a comma: a unit and its number, a landmark, an alley, "the one that" -------

# tried and left: an indefinite landmark after an address ("frente a un grifo") cost heldout4 0.012 of precision;
# annotators of earlier sets leave it out
# Since round 16 the sweep hides it (the second look points at it and a place is named on the line): the two
# sentences below pass with the sweep, and the rules alone still leave it (test_round14_rules_leave_any_shop).
ANY_SHOP = [
    ("Trabaja en la Rua Augusta 900, sala 12, ao lado de uma farmácia.", "ao lado de uma farmácia"),
    ("la dirección es jirón tacna 455 al ladito de una librería", "al ladito de una librería"),
]

CHAINS = [
    ("Queda en la avenida Brasil 2210, cuarto piso, oficina 402.", "oficina 402"),
    *ANY_SHOP,
    ("It is on Calle Bolívar 118, past a car wash, the green door.", "past a car wash"),
    (
        "Vive en el pasaje Los Olivos 12, en el callejón que no tiene salida.",
        "en el callejón que no tiene salida",
    ),
    ("duermen en el segundo piso cuarto 7 el que da a la calle", "el que da a la calle"),
]


@pytest.mark.parametrize(("text", "part"), CHAINS)
def test_round14_address_goes_on(redactor, text, part):
    assert covered(redactor, text, part)


@pytest.mark.parametrize(("text", "part"), ANY_SHOP)
def test_round14_rules_leave_any_shop(rules_only, text, part):
    assert not covered(rules_only, text, part)


# --- C. a floor or room told by where in the building it is -------------------------------------------------------

ROOMS = [
    ("el depósito está en el cuarto piso al fondo", "cuarto piso al fondo"),
    (
        "Eles ficam numa sala sem janelas no fundo do corredor do segundo andar.",
        "sala sem janelas no fundo do corredor",
    ),
    ("They are kept in a room with no windows at the end of the third-floor hallway.", "room with no windows"),
    ("la tienen en el último piso a la derecha", "último piso a la derecha"),
]


@pytest.mark.parametrize(("text", "part"), ROOMS)
def test_round14_rooms_in_a_building(redactor, text, part):
    assert covered(redactor, text, part)


# --- D. an age said as a bare number about a person --------------------------------------------------------------

AGES = [
    ("hay una chiquita que parece de doce", "doce"),
    ("The boys looked thirteen at most.", "thirteen"),
    ("o menor diz ter quinze", "quinze"),
    ("las chicas serán de catorce quince años", "catorce"),
]


@pytest.mark.parametrize(("text", "part"), AGES)
def test_round14_bare_ages(redactor, text, part):
    assert covered(redactor, text, part)


# --- E. a business named by its trade and a proper name -----------------------------------------------------------

ORGS = [
    ("trabaja para la pesquera san andrés en chimbote", "pesquera san andrés"),
    pytest.param(
        "es vigilante de seguridad cóndor real",
        "seguridad cóndor real",
        marks=pytest.mark.xfail(reason="two dictionary words after the trade in lowercase: no sign of a name"),
    ),
    ("Works at Importaciones Tambo Real in Gamarra.", "Importaciones Tambo Real"),
    ("ela costurava na confecções estrela do sul", "estrela do sul"),
]


@pytest.mark.parametrize(("text", "part"), ORGS)
def test_round14_trade_names(redactor, text, part):
    assert covered(redactor, text, part)


# --- written with the rules (after the first commit): a room referred back after a comma, a settlement before
# the street -----------------------------------------------------------------------------------------------------

LATER = [
    ("They stay in cabin 3, the wooden hut at the back, behind the laundry.", "the wooden hut at the back"),
    ("ficam no quarto 12, o quarto azul bem no fundo, atrás da cozinha", "o quarto azul bem no fundo"),
    ("Vive en la Colonia Obrera, calle Morelos 58, junto a la tortillería.", "Colonia Obrera"),
    ("mora no bairro Jardim América, rua das Flores 77", "bairro Jardim América"),
]


@pytest.mark.parametrize(("text", "part"), LATER)
def test_round14_later_classes(redactor, text, part):
    assert covered(redactor, text, part)


# --- traps: vague places that identify nobody, amounts, durations, counts, times, articles, the hotline ----------
# Decided: a spatial phrase with a generic landmark and no name or description ("cerca de mi casa", "al lado de la
# carretera", "en el mercado") identifies nobody and stays.

TRAPS = [
    "cerca de mi casa hay un mercado",
    "lo vi en el mercado el lunes",
    "caminamos por la plaza como dos horas",
    pytest.param(
        "vive al lado de la carretera, cobra 50 soles",
        marks=pytest.mark.xfail(reason="place_description takes 'carretera' as a landmark (before round 14 too)"),
    ),
    "she lives near the school, she is fine",
    "ela mora perto de casa e trabalha oito horas",
    "llamé a la línea 1818 a las tres de la tarde",
    pytest.param(
        "según el artículo 153 del Código Penal son doce años de cárcel",
        marks=pytest.mark.xfail(reason="a sentence in years reads as an age (before round 14 too)"),
    ),
    "fueron catorce días en el barco",
    "we were fifteen in the room",
    "pagó trescientos soles por el cuarto",
    "lo denuncié en la comisaría de la zona",
    "the room was cold, the hut at the back was worse",
    "en la colonia, todos saben",
]


@pytest.mark.parametrize("text", TRAPS)
def test_round14_traps_stay(redactor, text):
    # dates and times said here are DATE_TIME, which these traps do not test
    kinds = ("ADDRESS", "AGE", "ORGANIZATION", "PERSON", "LOCATION")
    assert [s for kind in kinds for s in spans(redactor, text, kind)] == []
