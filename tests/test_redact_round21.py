"""Round 21 (tuned on the leaks of heldout27-29): names said the way speech says them, checked first on sentences of
our own — other names, words, languages and styles than the sets — with traps that must stay readable.

A. A first name that is also an ordinary word ("segundo", "soledad", "esperanza") after an honorific that only ever goes
   before a given name (don, doña, dona, seu), whatever follows it; said twice as speech restarts it ("don segundo
   segundo bazán"); propagated from there to its later mentions.
B. The answer to the name question that opens with such a first name, said once or twice, and a listed surname ("soledad
   soledad ramos mi número es …").
C. In cased text, such a first name with its capital in mid-sentence right before a found surname ("sale como Segundo
   Arévalo Tuesta").
"""

from __future__ import annotations

import pytest

from tests.redact_helpers import covered, spans

NAMES = [
    ("c: la plata de todos la guarda doña esperanza el cuaderno lo tiene ella", "esperanza"),
    ("c: nos llevó don segundo segundo quispe en su camioneta hasta la chacra", "segundo segundo quispe"),
    ("c: quem recolhe os documentos é dona mercedes toda sexta", "mercedes"),
    (
        "o: ¿me dice su nombre por favor?\nc: luz luz mamani y le dejo mi celular nueve cuatro dos",
        "luz luz mamani",
    ),
    ("o: ¿cuál es su nombre?\nc: rosa yupanqui señorita llamo desde juliaca", "rosa yupanqui"),
    ("C: En la planilla figura como Segundo Yupanqui Ccahua, con DNI 40718263.", "Segundo Yupanqui Ccahua"),
    ("C: El contrato lo firmó Luz Mamani Ccori en la oficina.", "Luz Mamani Ccori"),
]


@pytest.mark.parametrize(("text", "part"), NAMES)
def test_a_name_that_is_also_a_word_is_hidden_in_its_slot(redactor, text, part):
    assert covered(redactor, text, part)


LATER = [
    (
        "c: nos trajo don segundo segundo bazán\no: ya\nc: y la tarjeta la tiene don segundo el número no lo sé",
        "segundo",
    ),
    ("o: ¿me dice su nombre?\nc: soledad soledad ramos\no: gracias señora soledad la llamamos mañana", "soledad"),
]


@pytest.mark.parametrize(("text", "name"), LATER)
def test_a_later_mention_is_hidden(redactor, text, name):
    last = text.rindex(name)
    _, entities = redactor.analyze(text)
    assert any(e.type == "PERSON" and e.start <= last < e.end for e in entities)


TRAPS = [
    "c: espere un segundo que me estoy alejando para que no me escuchen",
    "c: nos tienen en el segundo piso del local y no salimos",
    "C: Espere un segundo, señorita, ya vuelvo.",
    "C: Estamos en el segundo piso, al fondo.",
    "o: ¿me dice su nombre?\nc: prefiero no decirlo señorita",
    "o: ¿me dice su nombre?\nc: claro mire le cuento primero lo que pasó",
    "c: don segundo nos paga cuarenta soles por doce horas y somos quince",
    "c: llame al cero ochocientos dos treinta y dos treinta y dos o al 0800-2-3232",
    "C: La esperanza es lo último que se pierde, doña.",
]


@pytest.mark.parametrize("text", TRAPS)
def test_traps_stay_readable(redactor, text):
    found = spans(redactor, text, "PERSON")
    words = {w for s in found for w in s.lower().split()}
    assert not words & {"un", "el", "piso", "prefiero", "claro", "mire", "cuarenta", "soles", "doce", "horas",
                        "quince", "esperanza", "ochocientos", "0800-2-3232"}, found  # fmt: skip
    if "don segundo" not in text:
        assert not found, found


# D. The cross street of a corner, found as a town, a person or a firm, is part of its address.
CORNERS = [
    ("C: Vive en el jirón Huallaga 320, en la misma esquina con Bolognesi, arriba de una botica.", "con Bolognesi"),
    ("C: Trabaja na lanchonete da esquina da Rua Augusta com a Paulista.", "com a Paulista"),
    (
        "C: It is on Avenida Grau, past the market and right at the corner with Leoncio Prado.",
        "corner with Leoncio Prado",
    ),
]


@pytest.mark.parametrize(("text", "part"), CORNERS)
def test_a_corners_cross_street_is_part_of_the_address(redactor, text, part):
    assert covered(redactor, text, part, "ADDRESS")


CORNER_TRAPS = [
    # a person after "con" with no corner phrase before, or a corner told and then who was there
    ("C: Vive en el jirón Huallaga 320. Fui con Rosa Quispe a buscarla.", "Rosa Quispe"),
    ("C: La dejé en la avenida Grau 410, en la esquina. Con Rosa Quispe no hablé.", "Rosa Quispe"),
]


@pytest.mark.parametrize(("text", "person"), CORNER_TRAPS)
def test_a_person_named_after_a_corner_stays_a_person(redactor, text, person):
    assert person in spans(redactor, text, "PERSON")


# E. An identifier's spoken edges: the plus of a country code, an ID's letter said before its digits (alone or told by
# a word, as in spelling), an issuing place's code in capitals after it.
EDGES = [
    ("C: Mi número de Colombia es plus 57 310 482 7719, por WhatsApp.", "plus 57"),
    (
        "O: Do you remember your passport number?\nC: Yes. P as in Peter, four four one zero nine two seven.",
        "P as in Peter",
    ),
    ("O: ¿Tiene la cédula de su hermana?\nC: Sí, es ve, veintiocho millones, cuatrocientos mil, ciento doce.", "ve,"),
    ("C: Ella tiene carnet de identidad 6021447 CB, es de Cochabamba.", "6021447 CB"),
]


@pytest.mark.parametrize(("text", "part"), EDGES)
def test_an_identifiers_spoken_edges_are_hidden(redactor, text, part):
    assert covered(redactor, text, part)


EDGE_TRAPS = [
    ("c: le repito mas 591 73482210 correcto", "mas"),  # "but" in speech output with no accents
    ("o: y el cpf dele\nc: é 032 551 874 19", "é"),  # a verb, no letter
    ("C: Llame al 0800-2-3232 si pasa algo, a cualquier hora.", "0800"),  # the hotline
    ("C: Le pagan 40 soles por día y trabaja 12 horas con 3 chicas más.", "40 soles"),
    ("C: Su DNI es 40718263 y el de su hija lo tiene la dueña.", "y el"),
]


@pytest.mark.parametrize(("text", "word"), EDGE_TRAPS)
def test_words_next_to_a_number_stay_readable(redactor, text, word):
    assert not any(word in s for s in spans(redactor, text)), spans(redactor, text)


# F. A name said again after a hesitation ("la tía charo eh rosario") is a name of its own; the hesitation is not.
RESTARTS = [
    ("c: la que nos cobra es una señora le dicen la tía meche eh mercedes creo que se llama", "mercedes"),
    ("C: El encargado se llama Wilber, eh, Alberto, no me acuerdo bien.", "Alberto"),
]


@pytest.mark.parametrize(("text", "part"), RESTARTS)
def test_a_name_said_again_after_a_hesitation_is_hidden(redactor, text, part):
    assert covered(redactor, text, part, "PERSON")


RESTART_TRAPS = [
    ("c: la señora es nelly eh mire no sé más", "mire"),
    ("c: me llamo wilder eh este quería denunciar", "quería"),
    ("c: la señora es nelly eh nelly bazán", "eh"),  # annotators leave the hesitation out
]


@pytest.mark.parametrize(("text", "word"), RESTART_TRAPS)
def test_what_follows_a_hesitation_stays_readable_unless_a_name(redactor, text, word):
    assert not any(word in s.split() for s in spans(redactor, text)), spans(redactor, text)


# G. The way between two places on a line, when every word of it tells the way, is part of the one description; and
# the bridge runs again on what it grew (the next whole clause of a tail).
ROUTES = [
    (
        "c: se baja en el paradero del mercado modelo y cruza la pista y sigue derecho dos cuadras hasta la casa verde "
        "con rejas negras al costado de la iglesia",
        "y cruza la pista y sigue derecho dos cuadras hasta",
    ),
    (
        "C: It is at the gas station on the Carretera Central, then you turn left and walk straight about five minutes "
        "to the blue house next to the chapel.",
        "then you turn left and walk straight about five minutes to",
    ),
    (
        "C: Fica na Rua das Flores 120, depois você vira à direita e segue reto uns cinco minutos até a casa azul do "
        "lado da igreja.",
        "depois você vira à direita e segue reto uns cinco minutos até",
    ),
]


@pytest.mark.parametrize(("text", "part"), ROUTES)
def test_the_way_between_two_places_is_hidden(redactor, text, part):
    assert covered(redactor, text, part, "ADDRESS")


ROUTE_TRAPS = [
    ("C: Vivía en el jirón Lampa 320 con sus tíos pero la llevaron a la calle Los Pinos 455.", "llevaron"),
    ("C: La recogían en el paradero del mercado modelo y la tenían trabajando en la casa verde del fondo.", "tenían"),
]


@pytest.mark.parametrize(("text", "word"), ROUTE_TRAPS)
def test_talk_between_two_places_stays_readable(redactor, text, word):
    assert not any(word in s for s in spans(redactor, text)), spans(redactor, text)


# H. The way in said right before an address: a verb of going as a gerund or said to the listener, maybe the vehicle
# left, a preposition; never an infinitive ("hay que bajar en …" is the talk).
WAYS_IN = [
    (
        "C: Así me dijo: bajando de la combi en el paradero del colegio, pasando la losa deportiva, la casa de esteras "
        "al costado del pozo.",
        "bajando de la combi en",
    ),
    ("c: la tienen en chorrillos entrando por el pasaje al lado de la botica frente al parque", "entrando por"),
]


@pytest.mark.parametrize(("text", "part"), WAYS_IN)
def test_the_way_in_before_an_address_is_hidden(redactor, text, part):
    assert covered(redactor, text, part, "ADDRESS")


def test_an_infinitive_before_an_address_stays_readable(redactor):
    text = "c: hay que bajar en el paradero del mercado y de ahí nadie sabe"
    assert not any("bajar" in s for s in spans(redactor, text)), spans(redactor, text)


# I. What others call a person, said with the person as the naming verb's object; cased text only, where the capital
# tells the name from the subject ("lo llama el jefe": the boss calls him).
CALLED = [
    ("C: Su patrona lo llama el Tata y nadie sabe su nombre.", "Tata"),
    ('C: Trabaja con un señor al que todos llaman "Gringo" en el puerto.', "Gringo"),
    ("C: A dona da casa, a quem todos chamam de Baixinha, fica com os documentos.", "Baixinha"),
]


@pytest.mark.parametrize(("text", "part"), CALLED)
def test_what_others_call_a_person_is_hidden(redactor, text, part):
    assert covered(redactor, text, part, "PERSON")


CALLED_TRAPS = [
    "c: lo llama el jefe cada noche y le grita",
    "C: Lo llama el jefe cada noche y le grita.",
    "C: La llama por teléfono todos los días a las ocho.",
]


@pytest.mark.parametrize("text", CALLED_TRAPS)
def test_who_calls_stays_readable(redactor, text):
    assert not spans(redactor, text, "PERSON"), spans(redactor, text, "PERSON")
