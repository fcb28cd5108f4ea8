"""Round 35: a reference typed as parts glued by hyphens or slashes, a state's code before a register number, a
plate's last letter said after its digits, a host with a hyphen, a handle's digits said one by one, a name cut to an
initial before "nomás", "número" between a room and its number, a river landing as a landmark, and one of several
people named after "una es". Phrasings are our own, not the sets' the round was tuned on."""

from __future__ import annotations

import pytest

from tests.redact_helpers import covered, readable


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("La fiscalía abrió la carpeta 1102-2023-FPCEDCF-TUMBES y nos derivó el caso.", "1102-2023-FPCEDCF-TUMBES"),
        ("Please quote our file number CUS/2023/1145 when you write back.", "CUS/2023/1145"),
        ("El oficio es el OF-318-2024 de la comisaría, ya lo tenemos.", "OF-318-2024"),
    ],
)
def test_reference_glued_by_hyphens_or_slashes(redactor, text, ref):
    assert covered(redactor, text, ref)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Le cobraban 500 soles/semana por el cuarto.", "semana"),  # money per week: no reference
        ("Según el artículo 153-A del Código Penal es trata.", "Código Penal"),
        ("¿La denuncia va por el artículo 153 o por el 168-B, trabajo forzoso?", "B, trabajo"),
        ("Puede llamar a la línea 1818 las 24 horas del día.", "horas"),
    ],
)
def test_amounts_and_articles_take_no_glued_words(redactor, text, part):
    assert readable(redactor, text, part)


def test_state_code_before_a_register_number(redactor):
    text = "Sou médico, meu CRM é SP 184.220 e atendi a menina no posto."
    assert covered(redactor, text, "SP 184.220")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Su DNI 45871236 está vencido desde enero.", "DNI"),  # capitals before an ID are its cue, no state's code
        ("Cobravam R$ 1.500 por semana e ela dormia no depósito.", "1.500"),  # money
    ],
)
def test_no_state_code_before_a_number(redactor, text, part):
    assert readable(redactor, text, part)


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("el motocarro tenía placa siete tres cero dos cinco u y se fue por la avenida", "siete tres cero dos cinco u"),
        ("la moto es negra placa cuatro cuatro uno nueve guion eme ya no la vi", "cuatro cuatro uno nueve guion eme"),
    ],
)
def test_plate_letter_said_after_its_digits(redactor, text, plate):
    assert covered(redactor, text, plate)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("el carro tenía placa siete tres cero dos cinco u otro número no me acuerdo", "otro"),  # "u" before an o-word
        ("le pagaban cincuenta soles y a veces nada", "a veces"),
    ],
)
def test_or_and_words_after_digits_stay_readable(redactor, text, part):
    assert readable(redactor, text, part)


def test_host_with_a_hyphen(redactor):
    text = "Her photos were on a page called rosita-cusco-tours.wordpress.com last month."
    assert covered(redactor, text, "rosita-cusco-tours.wordpress.com")


def test_hyphenated_word_is_no_host(redactor):
    text = "Vino con su ex-pareja y un medio-hermano, nada más."
    assert readable(redactor, text, "medio-hermano")


def test_handle_digits_said_one_by_one(redactor):
    text = "en tiktok la encuentras como arroba dayana punto flores punto cero nueve y ahí sube sus videos"
    assert covered(redactor, text, "arroba dayana punto flores punto cero nueve")


def test_name_cut_to_an_initial_before_nomas(redactor):
    text = "el señor se llama benito\ncuando le deposito por yape aparece benito r nomás"
    _, entities = redactor.analyze(text)
    start = text.rindex("benito r")
    inside = {i for e in entities if e.type == "PERSON" for i in range(e.start, e.end)}
    assert all(i in inside for i in range(start, start + len("benito r")) if text[i].isalnum())


def test_amount_before_nomas_is_no_initial(redactor):
    text = "el señor se llama benito\nle pagaba 1818 soles nomás"
    assert readable(redactor, text, "1818")


@pytest.mark.parametrize(
    ("text", "room"),
    [
        ("Las tenían en el hostal, cuarto número 12, al fondo del pasillo.", "cuarto número 12"),
        ("They kept her in room number 305 of that motel.", "room number 305"),
    ],
)
def test_number_word_between_room_and_number(redactor, text, room):
    assert covered(redactor, text, room)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Se quedó en el cuarto número 2 veces por semana.", "veces"),  # a count after the number
        ("Trabajó ahí 3 años y ganaba 900 soles al mes.", "900 soles"),
    ],
)
def test_counts_after_a_room_number_stay_readable(redactor, text, part):
    assert readable(redactor, text, part)


def test_river_landing_is_a_landmark(redactor):
    text = "A casa fica perto do atracadouro, a de madeira azul com a antena."
    assert covered(redactor, text, "perto do atracadouro")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("vinieron dos chicas más una es yuliana y la otra no sé", "yuliana"),
        ("hay tres menores uno es kenyer tiene catorce", "kenyer"),
        ("Eran tres chicas. Una es Yeraldine, la otra no sé.", "Yeraldine"),
    ],
)
def test_one_of_several_people_named(redactor, text, name):
    assert covered(redactor, text, name, "PERSON")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("son dos chicas una es menor y la otra es colombiana", "menor"),
        ("tiene dos trabajos uno es de noche y paga veinte soles", "noche"),
        ("una es mayor de edad y la otra es menor", "mayor"),
        ("son seis, uno es gordito, de quince, le dicen chato", "gordito"),  # a word made small describes
        ("Son seis. Uno es flaquísimo, de quince años.", "flaquísimo"),  # no capital in cased text: no name
        ("the other one is older and she works nights", "older"),
    ],
)
def test_one_of_several_without_a_name(redactor, text, part):
    assert readable(redactor, text, part)


def test_record_number_said_in_words_after_its_cue(redactor):
    text = "la paciente se llama rocío, su historia clínica es la trescientos doce mil cuatrocientos seis y no trae dni"
    assert covered(redactor, text, "trescientos doce mil cuatrocientos seis")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("en la historia clínica dice que pagaron quinientos mil soles por ella", "quinientos mil"),  # money
        ("según la historia clínica estuvo internada dos semanas", "dos semanas"),  # a duration
    ],
)
def test_money_and_durations_after_a_record_cue_stay_readable(redactor, text, part):
    assert readable(redactor, text, part)
