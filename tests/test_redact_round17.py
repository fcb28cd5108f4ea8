"""Seventeenth round: long place descriptions (heldout19 and heldout20 leaked 36 of 52 addresses, most of them only in
part). The broad causes, written as sentences of our own before any change (other words, languages, regions; none
copied from the sets), each with the part that must be hidden:

(A) a room or shed told where someone sleeps, lives or is kept ("duerme en", "sleeps in", "dorme no"), then where it
    stands ("el almacén de la azotea al lado de…", "the boiler room on the roof, next to…");
(B) a numbered unit said in words or after a letter, and more units or ranks after it ("litera doce", "bunk 4,
    the bottom one", "pabellón C, segunda cama de la derecha", "berth 7 on the lower deck");
(C) the steps a found place goes on with: a deck, roof or loft ("on the lower deck", "en el altillo"), a rank
    without its article after a comma ("…, tercera cama de la izquierda"), "the top one / la de abajo / o de cima";
(D) a description opened by "el/la de" + what it is made of or looks like after a place, with no comma ("… el de
    calamina azul"), and a place above or below a landmark ("arriba de la mina").

Counted before the change: see the module's README bullet (Seventeenth round)."""

from __future__ import annotations

import pytest

from tests.redact_helpers import covered, spans

FOUND = [
    # (A) where someone sleeps / lives / is kept
    (
        "C: a las chicas las tienen en unos cuartitos de madera atrás de la chanchería, no las dejan salir",
        "cuartitos de madera atrás de la chanchería",
    ),
    (
        "c: yo duermo en el almacén de la azotea al lado de la lavandería y no me pagan",
        "el almacén de la azotea al lado de la lavandería",
    ),
    (
        "C: He sleeps in the boiler room on the roof, next to the satellite dish, and works all night.",
        "boiler room on the roof, next to the satellite dish",
    ),
    (
        "C: A gente dorme no galpão dos fundos, atrás da serraria velha, sem cama nenhuma.",
        "galpão dos fundos, atrás da serraria velha",
    ),
    (
        "c: los chicos viven en un campamento arriba de la cantera de piedra el de plástico negro",
        "campamento arriba de la cantera de piedra el de plástico negro",
    ),
    # (B) numbered units in words or after a letter, then more units or ranks
    (
        "C: Ahorita estoy en el pabellón C, segunda cama de la derecha, escondida.",
        "pabellón C, segunda cama de la derecha",
    ),
    (
        "c: duerme en la litera doce la de abajo junto a la ventana rota",
        "litera doce la de abajo junto a la ventana rota",
    ),
    ("C: I'm in bunk 4, the bottom one, they locked the door.", "bunk 4, the bottom one"),
    (
        "C: The girl stays in berth 7 on the lower deck, by the kitchen, until we reach Iquitos.",
        "berth 7 on the lower deck, by the kitchen",
    ),
    ("C: Ela fica no beliche 9, o de cima, no alojamento dos peões.", "beliche 9, o de cima"),
    # (C) a chain step: a loft, a roof, a deck after a found place
    (
        "C: la tienen en el jirón Amazonas 418, en el altillo, encima de la zapatería.",
        "jirón Amazonas 418, en el altillo, encima de la zapatería",
    ),
    (
        "C: trabaja en la calle Bolognesi 233 tercer piso, en la azotea detrás del tanque",
        "calle Bolognesi 233 tercer piso, en la azotea detrás del tanque",
    ),
    # (D) "el/la de" + looks after a place, with no comma
    (
        "c: la casa queda en el pasaje los cedros 14 la de rejas verdes pasando la bodega",
        "pasaje los cedros 14 la de rejas verdes",
    ),
    (
        "c: they keep them in the shed behind the sawmill the one with the green roof",
        "shed behind the sawmill the one with the green roof",
    ),
]


@pytest.mark.parametrize(("text", "part"), FOUND)
def test_round17_long_place_descriptions_are_hidden_whole(redactor, text, part):
    assert covered(redactor, text, part)


@pytest.mark.parametrize(("text", "part"), FOUND)
def test_round17_the_rules_alone_hide_them(rules_only, text, part):
    # the rules, not the sweep, take these: they hold with the sweep off too
    assert covered(rules_only, text, part)


# --- traps: counts, money, durations, a floor alone, ordinary sentences with place words, the hotline ----------------

TRAPS = [
    "C: estuvo en el cuarto dos días y después la llevaron a otro lado",
    "C: duermo en el cuarto con mi hermana y mis dos hijos",
    "C: she slept in the room for three hours and then left with 20 soles",
    "c: trabaja en el segundo piso nomás y le pagan 600 soles",
    "C: la litera de arriba se rompió y dormimos en el suelo",
    "C: Nos dijeron que la cama de la derecha era para el encargado.",
    "O: puede llamar al 0800-2-3232 o al 1818, es gratis, según el artículo 153 del código penal",
    "C: éramos doce en el galpón y nos daban una comida al día",
    "C: I was in the back of the truck for two days, the top one had no water",
    "c: vive en una casa de dos pisos con su mamá y sus tres hermanos",
    "C: A gente ficou no quarto três dias sem comer.",
    "c: ella vende en la puerta tres veces por semana",
]


@pytest.mark.parametrize("text", TRAPS)
def test_round17_traps_add_no_address(redactor, text):
    assert not spans(redactor, text, "ADDRESS")


# --- written with the rules of the second pass (numbers in words at a landmark's end, a counted block or row before a
# street, the way in with its distance, a relative that locates, a unit right after the place it is in) -------------

FOUND_LATER = [
    ("c: los tienen en unos cuartos junto al pozo número 4 de la chacra", "cuartos junto al pozo número 4"),
    ("c: viven en un campamento al costado de la torre ocho de la minera", "campamento al costado de la torre ocho"),
    (
        "C: Mi prima vive en la tercera cuadra del jirón Tarapacá 560, cerca de la posta.",
        "tercera cuadra del jirón Tarapacá 560",
    ),
    (
        "c: queda en la calle los jazmines cuatrocientos quince en la urbanización el bosque",
        "calle los jazmines cuatrocientos quince",
    ),
    (
        "C: Está en el kilómetro 45 de la carretera Federico Basadre, "
        "entrando 3 kilómetros por el desvío del aserradero.",
        "kilómetro 45 de la carretera Federico Basadre, entrando 3 kilómetros por el desvío del aserradero",
    ),
    (
        "C: La casa está en el jirón Loreto 120, la que está frente al colegio de monjas.",
        "jirón Loreto 120, la que está frente al colegio de monjas",
    ),
    (
        "c: vende fruta en el mercado mayorista puesto ciento veinte del pasillo de las verduras",
        "el mercado mayorista puesto ciento veinte del pasillo de las verduras",
    ),
]


@pytest.mark.parametrize(("text", "part"), FOUND_LATER)
def test_round17_numbers_blocks_and_ways_in_are_hidden(rules_only, text, part):
    assert covered(rules_only, text, part)


TRAPS_LATER = [
    "C: fuimos a la cancha tres veces y nos pagaron 50 soles",
    "C: se quedó en la casa dos días y después se fue a Lima",
    "c: caminamos por la segunda cuadra y no había nadie",
    "C: He waited in the hotel lobby for two hours and paid 40 dollars.",
    "O: el artículo 153 del código penal sanciona la trata, llame al 0800-2-3232 o al 1818",
    "c: estaba en el mercado central dos horas vendiendo",
]


@pytest.mark.parametrize("text", TRAPS_LATER)
def test_round17_later_traps_add_no_address(redactor, text):
    assert not spans(redactor, text, "ADDRESS")


# --- third pass, written before its rule: a place named before the landmark it is told by, with a number or a name
# there ("tiene su oficina en el terminal terrestre al lado del counter número 12") -----------------------------------

NAMED_BEFORE = [
    (
        "C: El enganchador tiene su oficina en el terminal terrestre al lado del counter número 12, ahí recluta.",
        "el terminal terrestre al lado del counter número 12",
    ),
    (
        "c: la señora atiende en la feria dominical frente al puesto veintitrés y ahí ofrece el trabajo",
        "la feria dominical frente al puesto veintitrés",
    ),
    (
        "C: He meets the girls at the food court next to the Starbucks on Avenida Larco, every Friday.",
        "the food court next to the Starbucks",
    ),
]


@pytest.mark.parametrize(("text", "part"), NAMED_BEFORE)
def test_round17_a_place_named_before_its_landmark(rules_only, text, part):
    assert covered(rules_only, text, part)


TRAPS_NAMED_BEFORE = [
    "C: estuvimos en la plaza frente a la iglesia dos horas esperando",
    "c: nos vimos en el parque al lado del colegio y me contó todo",
    "C: we talked at the station next to the bakery for a while",
]


@pytest.mark.parametrize("text", TRAPS_NAMED_BEFORE)
def test_round17_a_place_before_a_plain_landmark_stays_out(redactor, rules_only, text):
    found = spans(rules_only, text, "ADDRESS")
    assert not any(f.startswith(("la plaza", "el parque", "the station")) for f in found)
