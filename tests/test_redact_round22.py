"""Round 22 (tuned on the leaks of heldout30-31): general mechanisms, checked first on sentences of our own — other
words, numbers, languages and styles than the sets — with traps that must stay readable.

A. An identifier's spoken edges (``redact/number_edges.py``): the plus before any number piece ("más cinco nueve
   tres"), a capital letter before digits typed a phone ("C 4829163"), a plate's mixed half before its digits in words
   ("t1k cuatro siete ocho"), the units after a number's tens ("doscientos cuarenta [y uno]"), the letters around a
   read-back's digits that the identifier found before has there ("[ce o] cuatro ocho uno nueve [be ce]").
B. The floor a unit or room is on (``redact/floor_of_place.py``): "el apartamento 402 del cuarto piso", "el stand 318
   del tercer piso de la galería …", "the third floor, the room at the back".
C. Names in the answer to the name or surname question (``person_context``): "segundo me llamo segundo …", "¿y sabe su
   apellido?" / "chapilliquén …".
D. The place bridge (``redact/place_bridge.py``): a named settlement told after its address with "de" ("…, Lote 14, de
   la Asociación …"), a street told by where it goes right before the address ("la calle que baja detrás del …").
"""

from __future__ import annotations

import pytest

from tests.redact_helpers import covered, spans

NUMBER_EDGES = [
    ("c: el número de su mamá en bolivia es más cinco nueve uno siete uno dos tres", "más cinco nueve uno"),
    ("C: Passport number, I wrote it down: K 7730215. The agency kept it.", "K 7730215"),
    ("c: la camioneta era blanca vi clarito la placa b4x nueve dos uno", "b4x nueve dos uno"),
    ("c: vivimos en jirón los álamos trescientos sesenta y cinco en comas", "trescientos sesenta y cinco"),
    ("c: mi celular es nueve ocho siete seis cincuenta y cuatro treinta y dos diez", "cincuenta y cuatro"),
    (
        "c: la placa de la combi es pe a guion siete tres dos guion ka\no: ¿me repite?\nc: pe a siete tres dos ka ya",
        "pe a siete tres dos ka",
    ),
]


@pytest.mark.parametrize(("text", "part"), NUMBER_EDGES)
def test_an_identifiers_spoken_edges_are_hidden(redactor, text, part):
    assert covered(redactor, text, part)


def test_a_number_piece_after_a_plus_is_a_phone(redactor):
    text = "c: el número de su mamá en bolivia es más cinco nueve uno siete uno dos tres"
    assert any("más" in s for s in spans(redactor, text, "PHONE_NUMBER"))


FLOORS = [
    ("C: Ella vive en el departamento 504 del quinto piso, el de la ventana rota.", "departamento 504 del quinto piso"),
    (
        "C: Trabaja en el puesto 27 del segundo piso de la galería Los Ángeles, frente a la escalera.",
        "puesto 27 del segundo piso de la galería Los Ángeles",
    ),
    ("C: They keep the girls on the fourth floor, the room at the end of the hall.", "fourth floor, the room"),
]


@pytest.mark.parametrize(("text", "part"), FLOORS)
def test_the_floor_of_a_unit_or_room_is_hidden(redactor, text, part):
    assert covered(redactor, text, part)


BRIDGE = [
    (
        "C: Vivo en la Mz. D, Lote 7, de la Urbanización San Isidro, y la casa de al lado es la de ellos.",
        "Mz. D, Lote 7, de la Urbanización San Isidro",
    ),
    ("c: vivo en la manzana b lote nueve del asentamiento humano los claveles", "lote nueve del asentamiento humano"),
    ("c: vive en el pasaje que sube al costado de la posta de salud", "el pasaje que sube al costado"),
    ("C: Está en la calle que baja detrás del mercado de la avenida Grau, cuadra 4.", "la calle que baja detrás"),
]


@pytest.mark.parametrize(("text", "part"), BRIDGE)
def test_the_bridge_joins_a_settlement_after_and_a_street_before(redactor, text, part):
    assert covered(redactor, text, part)


def test_a_district_or_firm_after_an_address_keeps_its_own_type(redactor):
    assert "Villa El Salvador" in spans(redactor, "C: Vive en la Mz. C Lote 3, de Villa El Salvador.", "LOCATION")
    text = "C: Trabaja en la calle Lima 230, de la empresa Transportes Sol."
    assert not any("Transportes" in s for s in spans(redactor, text, "ADDRESS"))


NAMES = [
    (
        "o: ¿me puede dar su nombre?\nc: rosendo me llamo rosendo quispe ccori y mi celular es el que sale",
        "rosendo",
    ),
    ("o: ¿y sabe su apellido?\nc: huamanñahui así le dicen todos en la chacra", "huamanñahui"),
]


@pytest.mark.parametrize(("text", "part"), NAMES)
def test_a_name_in_an_answer_is_hidden(redactor, text, part):
    start = text.index(part, text.index("\n"))  # the answer's first word, not the name the cue after it gives
    _, entities = redactor.analyze(text)
    assert any(e.type == "PERSON" and e.start <= start < e.end for e in entities)


TRAPS = [
    # money, durations and counts after a number's tens
    ("c: me cobraban cuarenta y cinco soles por noche", "cuarenta y cinco soles"),
    ("c: trabajé treinta y dos días sin descanso", "treinta y dos días"),
    ("c: éramos veinte y tres se quedaron", "veinte y tres"),
    # the floor and a pause
    ("c: espere un segundo que me muevo al segundo piso", "espere un segundo"),
    ("C: Subí al segundo piso a buscar a mi hija.", "segundo piso"),
    # the hotline and its number, in digits and words; 105
    ("c: me dieron este número cero ochocientos dos treinta y dos treinta y dos", "treinta y dos treinta y dos"),
    ("C: Llamé al 0800-2-3232 y después al 105.", "0800-2-3232"),
    ("C: Llamé al 0800-2-3232 y después al 105.", "105"),
    # institutions, ordinals and "más" as "more"
    ("C: Fui a la Comisaría del segundo piso de la Municipalidad.", "Comisaría"),
    ("c: ya no tengo más tres días me dijeron", "más tres días"),
    ("C: I am in room A of the clinic.", "I am"),
    ("c: quedó en el 2do puesto cuatro veces", "2do"),
    # a street told by where it goes with no address after it
    ("c: la calle que va a la playa es peligrosa de noche", "la calle que va"),
    # a read-back's neighbours that the identifier found before does not have there
    (
        "c: mi dni es cuatro cinco seis siete ocho nueve uno dos\no: ya\n"
        "c: cuatro cinco seis siete ocho nueve uno dos de acuerdo",
        "de acuerdo",
    ),
    # answers that name no one
    ("o: ¿y sabe su apellido?\nc: no no sé señorita nunca me dijo", "no no sé"),
    ("o: ¿y sabe su apellido?\nc: espere un segundo que le pregunto a mi hija", "espere un segundo"),
    ("o: ¿me dice su nombre?\nc: bueno me llamo desde un teléfono prestado", "bueno"),
]


@pytest.mark.parametrize(("text", "part"), TRAPS)
def test_traps_stay_readable(redactor, text, part):
    assert not covered(redactor, text, part) or not any(ch.isalnum() for ch in part), f"{part!r} was hidden in {text!r}"
