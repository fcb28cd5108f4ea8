"""Eleventh round: what heldout15 missed, said in other words and languages, each with its traps (money,
durations, counts, article numbers, the hotline's number, institutions, look-alike sentences)."""

from __future__ import annotations

import pytest

from tests.redact_helpers import covered, spans

# --- an office line's extension belongs to its number ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("La garita tiene fijo, (01) 429-5510, anexo 214. Y mi DNI es 43901276.", "(01) 429-5510, anexo 214"),
        ("Call the office on (01) 615-2200 ext. 31 any time.", "(01) 615-2200 ext. 31"),
        ("O escritório é (11) 3456-7890, ramal 2040.", "(11) 3456-7890, ramal 2040"),
        ("la oficina es (054) 23-1234 anexo 5 pregunte por ella", "(054) 23-1234 anexo 5"),
    ],
)
def test_an_extension_is_part_of_the_phone(redactor, text, phone):
    assert covered(redactor, text, phone, "PHONE_NUMBER")


@pytest.mark.parametrize(
    "text",
    [
        "llame al 0800-2-3232 anexo 2 si necesita ayuda",
        "el anexo 214 del contrato dice otra cosa",
        "pagó (01) sola cuota de 429 soles",
    ],
)
def test_an_extension_alone_or_the_hotline_is_no_phone(redactor, text):
    assert spans(redactor, text, "PHONE_NUMBER") == []


# --- a professional licence number after its cue ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Le habla Rocío Alanoca Ticona, químico farmacéutica, colegiatura 14387. Trabajo en la Botica.", "14387"),
        ("soy médico, CMP 052311, del hospital regional", "052311"),
        ("I am a nurse, my licence number is 88213, at the clinic.", "88213"),
        ("Sou enfermeira, COREN 123456, do posto.", "123456"),
        ("soy psicóloga con número de colegiatura 31.452 y atiendo en Puno", "31.452"),
    ],
)
def test_a_licence_number_after_its_cue_is_an_id(redactor, text, number):
    assert covered(redactor, text, number, "ID_NUMBER")


@pytest.mark.parametrize(
    "text",
    [
        "la colegiatura cuesta 500 soles al año",
        "el artículo 14387 del reglamento",
        "pagué la colegiatura hace 3 años",
        "the licence number has 6 digits",
    ],
)
def test_money_articles_and_durations_near_a_licence_word_are_no_id(redactor, text):
    assert spans(redactor, text, "ID_NUMBER") == []


# --- a place inside a port, camp or lodging, and the landmark a road address is told by ---------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("estoy en la garita del Muelle 5, amarradero B. Le llamo por un barco.", "Muelle 5, amarradero B"),
        ("The kitchen is in module C, next to the helipad. Does the company know?", "module C, next to the helipad"),
        ("Estoy en el campamento B, al lado del comedor.", "campamento B, al lado del comedor"),
        ('me tienen en el Hospedaje Los Arenales, cuarto 9". Y abajo un número.', "cuarto 9"),
        ("la chica estaba en el cuarto 14 del hostal Los Pinos", "cuarto 14"),
        (
            "Tem um bar no quilômetro 168, do lado da balança. A dona é brasileira.",
            "quilômetro 168, do lado da balança",
        ),
        ("O caminhão parou no quilômetro 40, do lado do posto.", "quilômetro 40, do lado do posto"),
        (
            "It's off the road from Puquio to Nasca, at kilometre 62, the turn-off with the blue water tank, then up.",
            "kilometre 62, the turn-off with the blue water tank",
        ),
    ],
)
def test_a_unit_or_a_road_landmark_is_an_address(redactor, text, address):
    assert covered(redactor, text, address, "ADDRESS")


@pytest.mark.parametrize(
    "text",
    [
        "quedó cuarto 2 veces en el concurso",
        "vivo en un cuarto con 3 chicas y pagamos 200 soles",
        "I finished module 3 of the training last week.",
        "A mina fica a uns 62 quilômetros de Nasca.",
        "llame al 0800-2-3232 desde el muelle",
        "Ela pagou 168 reais no posto.",
    ],
)
def test_counts_money_and_courses_near_place_words_are_no_address(redactor, text):
    assert spans(redactor, text, "ADDRESS") == []


# --- a street named before its block number, in lowercase speech ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "en el karaoke el tunchi en la calle próspero cuadra once arriba hay unos cuartos",
            "calle próspero cuadra once",
        ),
        ("vive en el jirón huallaga cuadra 7 al costado de la bodega", "jirón huallaga cuadra 7"),
        ("la tienen en la avenida los incas cuadra doce por el mercado", "avenida los incas cuadra doce"),
    ],
)
def test_a_street_before_its_block_is_one_address(redactor, text, address):
    assert covered(redactor, text, address, "ADDRESS")


@pytest.mark.parametrize(
    ("text", "outside"),
    [
        ("la calle donde vive cuadra 3 más allá", "donde vive"),
        ("caminé por la calle que sube cuadra 5 y ya", "que sube"),
    ],
)
def test_a_clause_between_street_and_block_is_not_the_street_name(rules_only, text, outside):
    assert not covered(rules_only, text, outside, "ADDRESS")


# --- the caller's own nickname, and a rare name the tagger takes for a verb -------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("correcto ahi me dicen chato nomas si me escriben gracias chato en el transcurso del dia", "chato"),
        ("a mí me dicen flaco en el barrio, pregunte por el flaco", "flaco"),
        ("In the camp everyone calls me Shorty, ask for me.", "Shorty"),
        ("y esta con su hijo dilmer que tiene dieciseis", "dilmer"),
        ("mi primo wilder se fue a la mina", "wilder"),
    ],
)
def test_a_nickname_or_a_verb_looking_name_is_a_person(redactor, text, name):
    assert covered(redactor, text, name, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "me dicen que no hay trabajo",
        "me dicen 500 soles por mes",
        "mi hijo comer no quiere",
        "su hija estudiar quiere en lima",
    ],
)
def test_what_they_tell_me_and_real_verbs_are_no_person(redactor, text):
    assert spans(redactor, text, "PERSON") == []


# --- other countries' hotlines, professional bodies and banks are institutions ----------------------------------


@pytest.mark.parametrize(
    ("text", "kept", "still"),
    [
        ("Liguei para o Disque 100 e ninguém atendeu, então liguei para vocês.", "Disque", None),
        ("Estoy inscrita en el Colegio Químico Farmacéutico, colegiatura 14387.", "Colegio Químico", "14387"),
        ("Le depositaban en Banesco a nombre de Yorgelis Pérez.", "Banesco", "Yorgelis Pérez"),
    ],
)
def test_an_institution_is_kept_and_the_person_beside_it_is_not(redactor, text, kept, still):
    assert not covered(redactor, text, kept)
    if still:
        assert covered(redactor, text, still)


# A name the tagger runs on into the number after it ("Pedro Ramos 500"): the name stays, the amount is no part of it.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le pagué a Pedro Ramos 500 soles por el viaje.", "Pedro Ramos"),
        ("Le pagué a Pedro Ramos 500 soles por el pasaje.", "Pedro Ramos"),
    ],
)
def test_a_name_run_on_into_an_amount_keeps_the_name(redactor, text, name):
    assert name in spans(redactor, text, "PERSON")
    assert not any(found.endswith("500") for found in spans(redactor, text))
