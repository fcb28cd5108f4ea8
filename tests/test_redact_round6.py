"""Sixth round: the unit inside a building after its street number, numbered bus stops with their
area, spelling answered after a spelling request, handles mentioned again, a rare first name before a
found one, pet forms of a found name, group names on a network. Each with its traps (money, counts,
durations, the hotline's number, institutions, ordinary sentences that look similar)."""

from __future__ import annotations

import pytest

from tests.redact_helpers import spans


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Me citaron en la avenida Grau 1180, oficina 12, a las nueve.", "avenida Grau 1180, oficina 12"),
        ("vive en el jirón huallaga 1250 dpto 5 con su tía", "jirón huallaga 1250 dpto 5"),
        ("la agencia está en avenida los incas 230 interior doce al fondo", "avenida los incas 230 interior doce"),
        ("She lives at 45 Main Street apartment 3B with him.", "45 Main Street apartment 3B"),
    ],
)
def test_the_unit_inside_a_building_after_the_street_number(redactor, text, address):
    assert any(address in s for s in spans(redactor, text, "ADDRESS"))


@pytest.mark.parametrize(
    "text",
    [
        "fui a la oficina 3 veces y no me atendieron",
        "trabaja en el local 4 horas al día y le pagan 30 soles",
        "llamó a la línea 0800-2-3232 desde la oficina 2 de la fiscalía",
        "según el artículo 153 del código penal, oficina 5 de la policía",
    ],
)
def test_a_unit_word_without_a_street_before_it_is_no_address(redactor, text):
    assert spans(redactor, text, "ADDRESS") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("le llamo de comas por collique alto paradero siete es por mi hija", "collique alto paradero siete"),
        ("vive por la marina paradero 5 con su pareja", "marina paradero 5"),
        ("me bajé en el paradero 3 y caminé dos cuadras", "paradero 3"),
    ],
)
def test_a_numbered_bus_stop_and_its_area(redactor, text, address):
    assert any(address in s for s in spans(redactor, text, "ADDRESS"))


@pytest.mark.parametrize(
    "text",
    [
        "el paradero está lejos y tardé tres horas en llegar",
        "en el paradero había como diez personas esperando",
        "me bajé en el paradero 3 y caminé dos cuadras",
    ],
)
def test_a_bus_stop_takes_no_function_words_nor_counts(redactor, text):
    found = spans(redactor, text, "ADDRESS")
    assert not any("diez" in s or "horas" in s or "me bajé" in s or "caminé" in s for s in found)


def test_a_hesitation_inside_the_answer_to_the_name_question_restarts_the_name(redactor):
    text = "¿cómo se llama usted?\nmarbelis eh marbelis andreina rojas\nmarbelis dónde está ahora"
    found = spans(redactor, text, "PERSON")
    assert "marbelis andreina rojas" in found
    assert sum(1 for s in found if s.startswith("marbelis")) == 3
    assert not any("eh" in s.split() for s in found)


@pytest.mark.parametrize(
    "text",
    [
        "como se llama usted\neh no sé eh prefiero no decirlo",
        "como se llama usted\neste no quiero eh decirlo",
        "¿cuál es su nombre?\neh mire eh la verdad tengo miedo",
    ],
)
def test_an_answer_with_hesitations_that_is_no_name_is_left(redactor, text):
    assert spans(redactor, text, "PERSON") == []


def test_a_rare_first_name_before_a_listed_second_name(redactor):
    text = "y la otra chica es yusneidy carolina torres la que trabaja en la barra"
    assert any("yusneidy carolina torres" in s for s in spans(redactor, text, "PERSON"))


def test_the_end_of_a_split_word_before_a_name_is_no_first_name(redactor):
    text = "si buenas noches es por mi so brina maribel a pasa que se la llevaron"
    found = spans(redactor, text, "PERSON")
    assert any("maribel" in s for s in found)
    assert not any("brina" in s for s in found)


@pytest.mark.parametrize(
    ("text", "pet"),
    [
        ("mi sobrina se llama carmen\ncarmencita no regresa desde el lunes", "carmencita"),
        ("se llama juan mendoza\njuancito le debe plata al señor", "juancito"),
        ("mi hija se llama yuleidy\nyuli no contesta el teléfono", "yuli"),
        ("pt: a menina se chama paula\npaulinha não voltou mais", "paulinha"),
    ],
)
def test_a_pet_form_of_a_found_name_is_her_name_too(redactor, text, pet):
    text = text.removeprefix("pt: ")
    assert pet in spans(redactor, text, "PERSON")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("el señor casimiro tello\ncasi siempre viene de noche", "casi"),
        ("el señor julio mora\nme regaló una morita del monte", "morita"),
        ("se llama juan mendoza\nle pagaron 300 soles por tres días", "soles"),
    ],
)
def test_words_that_only_look_like_pet_forms_stay(redactor, text, word):
    assert not any(word in s.split() for s in spans(redactor, text, "PERSON"))


def test_a_pet_form_after_a_title(redactor):
    text = "la dueña es doña carmen quispe\ncarmencita nos cobraba el cuarto"
    assert "carmencita" in spans(redactor, text, "PERSON")


@pytest.mark.parametrize(
    ("text", "spelled"),
    [
        ("su apellido es ccahua\nme puede deletrear el apellido\nsi ce ce a hache u a", "ce ce a hache u a"),
        ("me puede deletrear su apellido\nya pe e ere a ele te a", "pe e ere a ele te a"),
        ("how do you spell her surname?\nsure, it's o k a f o r", "o k a f o r"),
    ],
)
def test_letters_answering_a_spelling_request_are_spelled_with_everyday_letter_names(redactor, text, spelled):
    assert any(spelled in s for s in spans(redactor, text, "PERSON"))


@pytest.mark.parametrize(
    "text",
    [
        "me puede deletrear\nsi claro pero que te de a mi hija el número",
        "me puede deletrear el apellido\nno sé escribir señorita, a ver de donde es usted",
        "¿lo puede deletrear?\nno, pero llame al 0800 2 3232 y le dan el artículo 153",
        "que te de a ti lo que te debe, dijo el señor",
    ],
)
def test_everyday_words_after_a_spelling_request_are_no_spelling(redactor, text):
    assert spans(redactor, text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "again"),
    [
        (
            "mi tiktok es arroba kiara punto flores 19\nya lo anoto\nle escribimos a kiara punto flores 19 esta noche",
            "kiara punto flores 19",
        ),
        ("en: her instagram is at sunny dot tours 7\nok so we message sunny dot tours 7 tomorrow", "sunny dot tours 7"),
    ],
)
def test_a_handle_found_once_is_redacted_where_it_is_said_again(redactor, text, again):
    _, entities = redactor.analyze(text.removeprefix("en: "))
    text = text.removeprefix("en: ")
    last = text.rindex(again)
    assert any(e.start <= last and last + len(again) <= e.end for e in entities)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("su facebook es arroba empleos\nbusque empleos en la página del ministerio", "busque empleos"),
        ("mi instagram es arroba rosa punto 22\nme pagaban 22 soles y la rosa del jardín", "22 soles"),
    ],
)
def test_one_word_or_a_number_alone_is_not_a_handle_said_again(redactor, text, word):
    _, entities = redactor.analyze(text)
    start = text.index(word)
    assert not any(e.type == "OTHER_ID" and e.start <= start < e.end for e in entities)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "pt: ela viu a vaga num grupo do facebook empregos rondonia bolivia oferecendo dois mil reais",
            "empregos rondonia bolivia",
        ),
        ("vio el anuncio en la página de facebook chambas lima norte donde publican trabajos", "chambas lima norte"),
        (
            "lo encontró en un grupo de whatsapp que se llama trabajos selva central y le escribió",
            "trabajos selva central",
        ),
        ("en: it was posted in a facebook group jobs peru abroad offering 500 dollars", "jobs peru abroad"),
    ],
)
def test_a_group_or_page_named_after_its_network(redactor, text, group):
    text = text.removeprefix("pt: ").removeprefix("en: ")
    assert any(group in s for s in spans(redactor, text, "OTHER_ID"))


@pytest.mark.parametrize(
    "text",
    [
        "me agregaron a un grupo de facebook y le escribí",
        "está en el grupo de whatsapp de la familia",
        "lo vi en un grupo de facebook hace dos meses",
        "en el grupo de whatsapp pagan 50 soles por día",
        "el grupo de facebook de la Defensoría publicó el 0800-2-3232",
    ],
)
def test_a_group_without_a_name_is_no_identifier(redactor, text):
    assert spans(redactor, text, "OTHER_ID") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("se fue el diecisiete de febrero y no volvió", "el diecisiete de febrero"),
        ("pt: ela chegou no dia trinta e um de março", "dia trinta e um de março"),
        ("cumple años el veintitrés de julio", "el veintitrés de julio"),
        ("en: she left on the first of May", "the first of May"),
    ],
)
def test_a_day_said_in_words_with_its_month(redactor, text, date):
    text = text.removeprefix("pt: ").removeprefix("en: ")
    assert any(date in s for s in spans(redactor, text, "DATE_TIME"))


@pytest.mark.parametrize(
    "text",
    [
        "trabaja dos de sus tres días en el mercado",
        "le pagaron quince soles de adelanto",
        "son cinco de la familia y viven en un cuarto",
    ],
)
def test_number_words_without_a_month_are_no_date(redactor, text):
    assert spans(redactor, text, "DATE_TIME") == []


def test_a_street_named_after_a_date_stays_an_address(redactor):
    text = "vive en la avenida tres de mayo 240 con su tía"
    assert any("avenida tres de mayo 240" in s for s in spans(redactor, text, "ADDRESS"))


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("son chicas de quince dieciséis años más o menos", "quince dieciséis años"),
        ("la trajeron de su pueblo cuando tenía 13, y no la dejan salir.", "13"),
        ("ahorita tiene diecisiete bueno cumplo dieciocho el otro mes", "dieciocho"),
    ],
)
def test_more_ways_an_age_is_said(redactor, text, age):
    assert any(age in s for s in spans(redactor, text, "AGE"))


@pytest.mark.parametrize(
    "text",
    [
        "trabajó dos tres años en la mina",
        "le pagan 15 20 soles al día",
        "cumplo con mi trabajo y cumplo 3 meses aquí",
        "Cuando tenía 200, se los mandaba a su mamá.",
    ],
)
def test_durations_money_and_counts_are_no_ages(redactor, text):
    assert spans(redactor, text, "AGE") == []


def test_a_time_in_a_list_after_like_is_no_age(redactor):
    text = "She sells candy on the square until like eleven, midnight, with her brother."
    assert spans(redactor, text, "AGE") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("al lado hay un hospedaje que se llama delfin rosado y de noche llegan chicas", "delfin rosado"),
        ("pt: ela trabalha num bar chamado peixe boi dourado perto do porto", "peixe boi dourado"),
        ("en: she works at a bar called the blue parrot, near the beach", "blue parrot"),
    ],
)
def test_a_business_of_a_kind_then_its_name(redactor, text, name):
    text = text.removeprefix("pt: ").removeprefix("en: ")
    assert any(name in s for s in spans(redactor, text, "ORGANIZATION"))


@pytest.mark.parametrize(
    "text",
    [
        "trabaja en un restaurante que se llama como el dueño y gana 30 soles",
        "hay un hotel que se llama, no me acuerdo, por el 0800-2-3232 le digo",
    ],
)
def test_a_naming_verb_without_a_name_gives_no_business(redactor, text):
    assert spans(redactor, text, "ORGANIZATION") == []


def test_a_name_that_is_a_noun_is_not_propagated_after_a_preposition(redactor):
    text = "mi hija se llama luz marina\nluz no contesta desde ayer\nallá viven sin luz y sin agua"
    _, entities = redactor.analyze(text)
    found = {(text[e.start : e.end], e.start) for e in entities if e.type == "PERSON"}
    assert ("luz", text.index("luz no")) in found or any(s.startswith("luz no") for s, _ in found)
    assert not any(start == text.index("sin luz") + 4 for _, start in found)


def test_a_nickname_after_an_article_is_still_propagated(redactor):
    text = "le dicen rosa nomás\nla rosa le quitó el celular"
    found = spans(redactor, text, "PERSON")
    assert sum(1 for s in found if "rosa" in s) == 2


def test_a_multiservice_shop_named_after_its_owner(redactor):
    text = "abajo tiene una tienda multiservicios chela\nsu hija tiene sus documentos"
    assert any("multiservicios chela" in s for s in spans(redactor, text, "ORGANIZATION"))


def test_a_multiservice_shop_of_a_kind_is_no_name(redactor):
    text = "abajo hay un multiservicios donde sacan copias por 10 céntimos"
    assert spans(redactor, text, "ORGANIZATION") == []


def test_a_street_word_ending_a_sentence_takes_no_name_from_the_next(redactor):
    text = "Trabaja en el kilómetro 12 de la carretera. Dice que la trajo de su comunidad."
    found = spans(redactor, text, "ADDRESS")
    assert any("kilómetro 12 de la carretera" in s for s in found)
    assert not any("Dice" in s for s in found)


def test_an_abbreviated_street_type_keeps_its_dot(redactor):
    text = "Vive en la Av. Brasil 1450, en Jesús María."
    assert any("Av. Brasil 1450" in s for s in spans(redactor, text, "ADDRESS"))


def test_a_gerund_after_an_unaccented_me_llamo_is_no_name(redactor):
    text = "el domingo en la madrugada me llamo gritando dijo que le cobran veinte soles"
    assert spans(redactor, text, "PERSON") == []


def test_a_listed_name_ending_like_a_gerund_after_me_llamo(redactor):
    text = "buenas noches me llamo rolando y llamo por mi sobrina"
    assert any("rolando" in s for s in spans(redactor, text, "PERSON"))
