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


# --- a description goes on: one more anchor, a street told by where it goes, a stop by where its cars go ---


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Vivimos en la comunidad de Pampahuasi, la casita de adobe con techo de calamina, al lado de la capilla, "
            "subiendo del puquio. Ahí no hay señal.",
            "la casita de adobe con techo de calamina, al lado de la capilla, subiendo del puquio",
        ),
        ("The shed is behind the church, past the sawmill, on the left.", "behind the church, past the sawmill"),
        (
            "Eles estão numa casa em Yurimaguas, a casa amarela do lado da serraria, na rua que desce para o porto, e "
            "o Marcão faz eles trabalharem.",
            "a casa amarela do lado da serraria, na rua que desce para o porto",
        ),
        (
            "vive detrás del colegio, en la calle que baja al río, con su tío",
            "detrás del colegio, en la calle que baja al río",
        ),
        (
            "the house behind the school, on the road that goes down to the river",
            "on the road that goes down to the river",
        ),
        (
            "los vio en el paradero de los autos a aguaytia frente al mercado modelo como a las cinco",
            "el paradero de los autos a aguaytia frente al mercado modelo",
        ),
        (
            "los dejaron en el paradero de las combis que van a Huaral, al costado del grifo.",
            "el paradero de las combis que van a Huaral, al costado del grifo",
        ),
        (
            "we met at the stop of the buses to Cusco, behind the market.",
            "the stop of the buses to Cusco, behind the market",
        ),
    ],
)
def test_a_place_description_goes_on(redactor, text, address):
    assert covered(redactor, text, address, "ADDRESS")


@pytest.mark.parametrize(
    ("text", "not_address"),
    [
        # near is not the address
        ("vive al lado del mercado, cerca de la comisaría", "cerca de la comisaría"),
        # "al lado de su trabajo": a possessive, no thing the anchor points at
        ("vive detrás de la iglesia, al lado de su trabajo", "su trabajo"),
        # the way someone went, no stop
        ("se fue en los autos a Aguaytía hace dos años", "autos"),
        ("la calle que baja al río está oscura de noche", "calle"),
    ],
)
def test_a_description_does_not_go_on_over_what_is_not_the_place(rules_only, text, not_address):
    assert not covered(rules_only, text, not_address, "ADDRESS")


# --- a block of a street is narrowed by any landmark after it; a house number needs none -------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "por la avenida Los Ficus cuadra 9, al lado de un lavacarro. Allá la obligan",
            "avenida Los Ficus cuadra 9, al lado de un lavacarro",
        ),
        (
            "Está en la avenida Brasil cuadra 12, frente a una farmacia.",
            "avenida Brasil cuadra 12, frente a una farmacia",
        ),
        ("Fica na rua Sete quadra 4, ao lado de uma padaria.", "quadra 4, ao lado de uma padaria"),
    ],
)
def test_a_block_takes_an_indefinite_landmark(redactor, text, address):
    assert covered(redactor, text, address, "ADDRESS")


@pytest.mark.parametrize(
    ("text", "not_address"),
    [
        ("esta en el jiron lima 120, al frente de un grifo", "un grifo"),
        ("Pagué 300 soles, al lado de un grifo me dejaron.", "un grifo"),
        ("Llamó al 0800-2-3232, frente a una farmacia.", "una farmacia"),
        ("Tengo 2 hijos, detrás de una tienda vendía.", "una tienda"),
    ],
)
def test_an_indefinite_landmark_after_other_numbers_is_no_address(rules_only, text, not_address):
    assert not covered(rules_only, text, not_address, "ADDRESS")


# --- a second surname cut to its initial -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("en el yape salia eusebio lalupu c el numero del yape es 916 402 553", "eusebio lalupu c"),
        ("El depósito salió a nombre de Rosa Ccahua H. y nada más.", "Rosa Ccahua H"),
        ("The transfer was to Maria Souza R., his aunt.", "Maria Souza R"),
    ],
)
def test_a_surname_cut_to_its_initial_is_part_of_the_name(redactor, text, name):
    assert covered(redactor, text, name, "PERSON")


@pytest.mark.parametrize(
    ("text", "not_name"),
    [
        ("el señor juan perez y su esposa", "y"),
        ("vi a maria quispe a las ocho", "a las"),
        ("su correo es juan perez b e ce arroba gmail", "b e"),
        ("le dio a rosa quispe 5 soles", "5 soles"),
    ],
)
def test_a_letter_word_or_a_spelled_letter_is_no_initial(redactor, text, not_name):
    assert not covered(redactor, text, not_name, "PERSON")


# --- institutions, norms and payment systems are no one's identity -----------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ele tem um Instagram, cheio de fotos.", "um Instagram"),
        ("Eu mandei dois mil reais por Pix pra ele.", "Pix"),
        ("inspector de la Subgerencia de Fiscalización, según la Ordenanza Municipal N° 012-2019.", "Subgerencia"),
        ("inspector de la Subgerencia de Fiscalización, según la Ordenanza Municipal N° 012-2019.", "012-2019"),
        ("según la Resolución Ministerial 045-2020-MIMP el albergue debe recibirla", "045-2020"),
        ("we'll inform the British Embassy tonight.", "British Embassy"),
        ("Já falei com o Conselho Tutelar e com a Polícia Federal.", "Conselho Tutelar"),
        ("Já falei com o Conselho Tutelar e com a Polícia Federal.", "Polícia Federal"),
        ("como dice la norma del Minsa.", "Minsa"),
    ],
)
def test_institutions_and_norms_are_not_redacted(redactor, text, word):
    assert not covered(redactor, text, word)


@pytest.mark.parametrize(
    ("text", "part", "kind"),
    [
        ("avise a la Embajada de Venezuela, ella es de Maracay", "Maracay", "LOCATION"),
        ("la Polícia Federal de Manaus levou a Joana Silva", "Joana Silva", "PERSON"),
        ("el gerente Pedro Quispe de la Subgerencia me llamó al 987 654 321", "987 654 321", "PHONE_NUMBER"),
        ("She is at the British Embassy, but her sister lives at Calle Lima 455.", "Calle Lima 455", "ADDRESS"),
    ],
)
def test_what_is_said_next_to_an_institution_is_still_found(redactor, text, part, kind):
    assert covered(redactor, text, part, kind)


# --- an imperative with its clitics is no name --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("si ve que le hacen daño a su sobrino llamenos al toque a este numero", "llamenos"),
        ("señorita ayudeme mi hija se ha ido con un hombre", "ayudeme"),
        ("cuentemelo todo señora, la escucho", "cuentemelo"),
        ("avisele a la policia si vuelve", "avisele"),
    ],
)
def test_an_imperative_with_clitics_is_no_name(redactor, text, word):
    assert not covered(redactor, text, word, "PERSON")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("la señora estela me dijo que marcela no vino", "marcela"),
        ("la señora estela me dijo que marcela no vino", "estela"),
        ("avísele a Marcela que la busca Llanos", "Llanos"),
        ("llamenos si ve a Daniela", "Daniela"),
    ],
)
def test_names_that_end_like_a_clitic_stay_names(redactor, text, name):
    assert covered(redactor, text, name, "PERSON")


# --- a chain of anchors said before a landmark, and where in the place it opens with ------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "esta amarrada en el muelle artesanal al fondo al costado de la chata azul frente al mercadillo de los "
            "pescadores la matricula la tengo anotada",
            "el muelle artesanal al fondo al costado de la chata azul frente al mercadillo",
        ),
        (
            "la lancha esta al costado de la chata azul frente al mercado",
            "al costado de la chata azul frente al mercado",
        ),
        (
            "el cuarto queda al lado del horno viejo detrás de la panadería",
            "al lado del horno viejo detrás de la panadería",
        ),
    ],
)
def test_anchors_before_a_landmark_chain_onto_it(redactor, text, address):
    assert covered(redactor, text, address, "ADDRESS")


@pytest.mark.parametrize(
    ("text", "not_address"),
    [
        ("vive al lado de su mamá frente al mercado", "su mamá"),
        ("trabaja cerca de su casa frente al mercado", "cerca de su casa"),
    ],
)
def test_a_chain_does_not_take_what_is_not_a_place(redactor, text, not_address):
    assert not covered(redactor, text, not_address, "ADDRESS")


# --- a landing or stop told by what waits there ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "que sai do cais do porto onde ficam os barcos de carga no domingo.",
            "do cais do porto onde ficam os barcos de carga",
        ),
        (
            "los llevaron al muelle donde paran las lanchas a Iquitos, de noche.",
            "muelle donde paran las lanchas a Iquitos",
        ),
        (
            "la recogen en el paradero donde se estacionan las combis de noche",
            "el paradero donde se estacionan las combis",
        ),
    ],
)
def test_a_landing_told_by_what_waits_there(redactor, text, address):
    assert covered(redactor, text, address, "ADDRESS")


@pytest.mark.parametrize(
    "text",
    [
        "el puerto donde trabajan los pescadores es grande",
        "los barcos están en el agua",
        "donde paran las lanchas cobran 20 soles",
    ],
)
def test_no_landing_without_its_noun_and_what_waits(redactor, text):
    assert spans(redactor, text, "ADDRESS") == []
