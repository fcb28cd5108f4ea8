"""Thirteenth round: classes that leaked on heldout16, written in other words, languages and regions (not its
lines), each class with its traps. Sentences still failing are xfail with the reason."""

from __future__ import annotations

import pytest

from tests.redact_helpers import covered, spans

# --- a business named by its kind (transport, tours, taxi, lodge, bar...) and a proper name ---------------------

BUSINESSES = [
    ("Viajó con la empresa de transportes Estrella Ayacuchana hasta Nazca.", "Estrella Ayacuchana"),
    ("se fue en un bus de la empresa de transportes señor de muruhuay", "señor de muruhuay"),
    ("She was taken on a bus from Condor Andino Tours to the border.", "Condor Andino"),
    ("Ela viajou num ônibus da Expresso Rio Negro até Manaus.", "Rio Negro"),
    ("trabajaba de limpieza en el Amazonas Jungle Lodge de Tambopata", "Amazonas Jungle Lodge"),
    ("La llevó un auto de Taxi Express Pacífico hasta la frontera.", "Taxi Express Pacífico"),
]


@pytest.mark.parametrize(("text", "name"), BUSINESSES)
def test_round13_businesses_are_covered(redactor, text, name):
    assert covered(redactor, text, name)


# --- a room or house told by its looks and where it stands (spatial phrase + landmark), with no street ---------

PLACES = [
    ("la tienen en la casita de esteras pegada a la chanchería del fondo", "casita de esteras pegada a la chanchería"),
    ("The girls sleep in the shed behind the sawmill, next to the water tank.", "shed behind the sawmill"),
    ("ela fica no barraco azul atrás da serraria do seu Tião", "barraco azul atrás da serraria"),
    ("cruzando la acequia la segunda casa de ladrillo con portón negro", "segunda casa de ladrillo con portón negro"),
    ("Duermen en el cuarto del fondo, encima de la carpintería.", "cuarto del fondo, encima de la carpintería"),
]


@pytest.mark.parametrize(("text", "place"), PLACES)
def test_round13_described_places_are_covered(redactor, text, place):
    assert covered(redactor, text, place)


# --- a floor and a numbered room or bay with no house number ------------------------------------------------------

UNITS = [
    ("la encerraron en el tercer piso cuarto doce", "tercer piso cuarto doce"),
    ("Ela está no primeiro andar, quarto 4, do hotel.", "primeiro andar, quarto 4"),
    ("they kept her on the second floor, room 11", "second floor, room 11"),
    ("en la zona industrial, calle 7, galpón 23 trabajan de noche", "calle 7, galpón 23"),
]


@pytest.mark.parametrize(("text", "unit"), UNITS)
def test_round13_units_are_covered(redactor, text, unit):
    assert covered(redactor, text, unit)


# --- traps: ordinary words, amounts, times, institutions and the hotline stay ------------------------------------

TRAPS = [
    "la empresa de transportes no le quiso dar su boleto",
    "tomó un taxi seguro hasta su casa, le cobraron veinte soles",
    "the tour company never answered, we waited two hours",
    "ela pegou um expresso às seis da manhã",
    "cerca de mi casa hay un mercado",
    "se quedó en el mercado como tres horas",
    "Behind the counter there were three people.",
    "vive en un segundo piso, paga 300 soles",
    "quedó cuarto 2 veces en la carrera",
    "llame a la línea 1818 o a la Defensoría del Pueblo",
    "según el artículo 153 del Código Penal",
    "en la casa de mi mamá están todos bien",
]


@pytest.mark.parametrize("text", TRAPS)
def test_round13_traps_stay(redactor, text):
    assert spans(redactor, text) == []


# --- written with the rules (after the count above): the rest of heldout16's classes, in other words ------------

LATER = [
    ("trabaja en el mercado central puesto 45 desde las seis", "mercado central puesto 45"),
    (
        "vende en el mercado san camilo puesto ochenta y dos pabellon de frutas",
        "puesto ochenta y dos pabellon de frutas",
    ),
    ("estudia en el colegio n° 2045 jose olaya de la victoria", "colegio n° 2045 jose olaya"),
    ("Estudia en la Institución Educativa N° 3051 El Milagro, en Comas.", "Institución Educativa N° 3051 El Milagro"),
    ("my cousin posts as cata.fotos.lima on instagram", "cata.fotos.lima"),
    ("su usuario es la_morena_ayacucho y ahí le escriben", "la_morena_ayacucho"),
    (
        "su dni es cuarenta y un millones veintiun mil trescientos dos",
        "cuarenta y un millones veintiun mil trescientos dos",
    ),
    ("las dos chicas tendrán quince, dieciséis como mucho", "quince"),
    ("the ranch is at kilometre 12.5, the turn-off with the red gate", "kilometre 12.5"),
]


@pytest.mark.parametrize(("text", "part"), LATER)
def test_round13_later_classes_are_covered(redactor, text, part):
    assert covered(redactor, text, part)


# a plate in capitals inside a recogniser's turn leaves the turn lowercase speech
def test_a_plate_in_capitals_does_not_make_a_turn_cased(redactor):
    text = "tiene un carro de la empresa de transportes gran mariscal y su placa es C4D 118 me dijo la señora"
    assert covered(redactor, text, "empresa de transportes gran mariscal", "ORGANIZATION")


LATER_TRAPS = [
    "según el artículo N° 153 del Código Penal",
    "el mercado donde tiene su puesto cerró a las seis",
    "la empresa no le pagó nada, son 1.500 soles",
    "pagó 10.50 soles por el pasaje",
    "la tienen en una casa detras del terminal terrestre",
]


@pytest.mark.parametrize("text", LATER_TRAPS)
def test_round13_later_traps_stay_apart(redactor, rules_only, text):
    found = (
        spans(redactor, text, "ORGANIZATION") + spans(redactor, text, "ID_NUMBER") + spans(redactor, text, "OTHER_ID")
    )
    assert found == []
    # where the rules stop (the address tagger may take "casa" with the place it locates)
    assert not any("casa" in s for s in spans(rules_only, text, "ADDRESS"))
