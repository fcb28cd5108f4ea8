"""Tenth round: what heldout14 missed, said in other words and languages, each with its traps (money,
durations, counts, article numbers, the hotline's number, institutions, look-alike sentences)."""

from __future__ import annotations

import pytest

from tests.redact_helpers import covered, spans

# --- a page or group introduced by its article, its network named in the same sentence -----------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "ella pone avisos en facebook en una pagina chambas al paso huacho y nos escribe de ese numero",
            "chambas al paso huacho",
        ),
        (
            "Lo vi en Facebook, en el grupo Empleos Tacna y Moquegua 2025, y ya tenía muchos comentarios.",
            "Empleos Tacna y Moquegua 2025",
        ),
        ("She saw it on Facebook, in a group called Jobs Arequipa Now, and wrote to him.", "Jobs Arequipa Now"),
        ("Ela viu no Facebook, num grupo Vagas Rio Branco Acre, e mandou mensagem.", "Vagas Rio Branco Acre"),
        ("en el grupo Chambitas Huaral de facebook publican siempre", "Chambitas Huaral"),
        ("En Facebook la página Trabajos Selva Central publica esos avisos.", "Trabajos Selva Central"),
        ("El aviso salió en el grupo de Facebook Empleos Huánuco Ya y muchas chicas comentaron.", "Empleos Huánuco Ya"),
    ],
)
def test_a_page_introduced_by_its_article_is_named(redactor, text, name):
    assert covered(redactor, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "en facebook hay un grupo de chicas que venden ropa",
        "la fiscalía tiene una página en facebook para denuncias",
        "en facebook en el grupo de la iglesia dijeron que llamen al 0800-2-3232",
        "en facebook la página de la municipalidad publicó el aviso de 20 soles",
        "en el grupo Chambitas Huaral publican siempre cosas",  # no network named: a group of people
        "En Facebook la Policía Nacional publicó que el grupo Los Malditos fue capturado.",  # a gang, no page
    ],
)
def test_a_group_without_a_name_or_network_names_nothing(redactor, text):
    assert spans(redactor, text, "OTHER_ID") == []


def test_a_lowercase_ya_after_a_page_name_is_the_adverb(redactor):
    text = "en el grupo de facebook empleos huanuco ya no publican nada"
    assert spans(redactor, text, "OTHER_ID") == ["empleos huanuco"]


# --- a numbered stall in a named market -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("los chicos van al puesto 112 del mercado central y ahi los esperan", "puesto 112 del mercado central"),
        ("she works at stall 12 at the Central Market every day", "stall 12 at the Central Market"),
        ("a menina fica na banca 5 da feira do Ver-o-Peso com a tia", "banca 5 da feira do Ver-o-Peso"),
    ],
)
def test_a_numbered_stall_in_a_market_is_an_address(redactor, text, address):
    assert covered(redactor, text, address, "ADDRESS")


@pytest.mark.parametrize(
    "text",
    [
        "ganó el puesto 3 de la carrera y le dieron 100 soles",
        "quedó en el puesto 2 de la feria de ciencias del colegio",
        "trabajó 8 horas en el mercado por 20 soles",
        "según el artículo 153 del código penal es trata",
    ],
)
def test_a_rank_or_a_count_is_no_stall(redactor, text):
    assert spans(redactor, text, "ADDRESS") == []


# --- a street corner said with both streets, in any case ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("la dejan en la esquina de jiron lima con ayacucho todas las noches", "esquina de jiron lima con ayacucho"),
        ("the van waits at the corner of Main and 5th, in front of the bank", "corner of Main and 5th"),
        ("fica na esquina da rua Bahia com Goiás perto do banco", "esquina da rua Bahia com Goiás"),
        ("en la esquina de Grau y Bolognesi la recogen", "esquina de Grau y Bolognesi"),
    ],
)
def test_a_street_corner_is_an_address(redactor, text, address):
    assert covered(redactor, text, address, "ADDRESS")


@pytest.mark.parametrize(
    "text",
    [
        "en la esquina de la casa con la tienda hay un perro",
        "se sentó en la esquina de la sala con su hermana",
        "la esquina de la mesa y la silla estaban rotas",
    ],
)
def test_a_corner_of_a_room_or_thing_is_no_address(redactor, text):
    assert spans(redactor, text, "ADDRESS") == []


# --- a stop told by the landmark it faces -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "salen a las 9 desde el paradero frente a la Plaza de Armas, en una combi",
            "el paradero frente a la Plaza de Armas",
        ),
        ("los recogen en el paradero al costado del colegio San Juan", "el paradero al costado del colegio San Juan"),
    ],
)
def test_a_stop_facing_a_landmark_is_an_address(redactor, text, address):
    assert covered(redactor, text, address, "ADDRESS")


@pytest.mark.parametrize(
    "text",
    [
        "el paradero estaba lleno y el pasaje costó 5 soles",
        "la parada fue larga y cansada frente a todo",
    ],
)
def test_a_stop_without_a_landmark_is_no_address(redactor, text):
    assert spans(redactor, text, "ADDRESS") == []


# --- a stream or hill inside a landmark's name, with its own name after it ----------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "la chacra de don tito pasando el puente de la quebrada yumantay a mano derecha eso dicen",
            "pasando el puente de la quebrada yumantay",
        ),
        ("the shack is past the bridge of the river Tambo on the left", "past the bridge of the river Tambo"),
        ("a casa fica depois da ponte do igarapé Xapuri", "ponte do igarapé Xapuri"),
    ],
)
def test_a_stream_named_in_a_landmark_belongs_to_the_address(redactor, text, address):
    assert covered(redactor, text, address, "ADDRESS")


@pytest.mark.parametrize(
    "text",
    [
        "pasando el puente de la quebrada y de ahi caminan dos horas",
        "el agua del rio sube en invierno y cuesta 5 soles cruzar",
    ],
)
def test_a_stream_without_its_name_adds_nothing(redactor, text):
    assert all("y de ahi" not in s and "sube" not in s for s in spans(redactor, text, "ADDRESS"))


# --- devotional words and exclamations are no one in the call --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "La llevaron a Puno para la fiesta de la Virgen, diciendo que iba a trabajar.",
        "Gracias, señorita. Que Diosito le pague.",
        "Que el Taytacha la proteja, mamay.",
    ],
)
def test_devotional_words_are_no_person(redactor, text):
    assert spans(redactor, text, "PERSON") == []


def test_an_exclamation_is_not_the_man_of_the_same_name(redactor):
    text = "les guardan las cajas donde don jesús que es compadre de ella y ay jesús si viera como los trata"
    assert covered(redactor, text, "jesús", "PERSON")
    assert not covered(redactor, text, "ay jesús si", "PERSON")
    assert "jesús si" not in " ".join(spans(redactor, text, "PERSON"))


def test_a_name_that_is_a_word_after_there_is_is_the_word(redactor):
    text = "mi sobrina se llama luz marina quispe y en la comunidad no hay luz ni señal"
    assert covered(redactor, text, "luz marina quispe", "PERSON")
    found = spans(redactor, text, "PERSON")
    assert all("señal" not in s for s in found) and len(found) == 1


def test_jesus_the_caller_is_still_a_person(redactor):
    assert covered(redactor, "Me llamo Jesús Mamani y mi número es 987 654 321.", "Jesús Mamani", "PERSON")


# --- a landing named right after its noun and article -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("sale del embarcadero el tablazo a las cinco de la mañana y cuesta 30 soles", "embarcadero el tablazo"),
        ("the boat leaves from the port La Chalaca at dawn", "port La Chalaca"),
        ("o barco sai do porto da Panair às seis", "porto da Panair"),
    ],
)
def test_a_landing_named_after_its_article_is_an_address(redactor, text, address):
    assert covered(redactor, text, address, "ADDRESS")


@pytest.mark.parametrize(
    "text",
    [
        "del puerto la lancha sale a las seis",
        "en el puerto la policia no revisa nada",
        "en el puerto la semana pasada vi a la chica",
        "llegando al puerto la llevaron a un bar por 50 soles",
    ],
)
def test_a_landing_followed_by_an_ordinary_word_is_no_address(redactor, text):
    assert spans(redactor, text, "ADDRESS") == []


# --- an age range in what an advert asks for is no one's age ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"Se buscan señoritas de 16 a 22 años para atención en restaurante, sueldo 1,500 soles".',
        "The ad said: looking for girls aged 17 to 23, no experience, 500 dollars a month.",
        "Precisa-se moças de 18 a 25 anos para trabalhar em restaurante.",
    ],
)
def test_an_advert_age_range_is_no_age(redactor, text):
    assert spans(redactor, text, "AGE") == []


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Se necesitan chicas, dice. Mi hija y su prima tienen de 15 a 16 años.", "15 a 16"),
        ("Mis sobrinas tienen 15 y 17 años y se fueron con él.", "15 y 17"),
        ("Se necesitan señoritas, y mi hija de 16 años ya se inscribió.", "16"),
    ],
)
def test_a_persons_age_next_to_an_advert_stays(redactor, text, age):
    assert covered(redactor, text, age, "AGE")


# --- a working day until a part of the day, or a recurring slot, dates nothing --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "los tiene vendiendo caramelos desde las cinco de la mañana hasta la noche",
        "En mi programa de las siete de la noche voy a leer la alerta.",
        "She works at the bar from 6 pm until midnight, for 20 dollars.",
        "Ela trabalha das seis até a noite na lanchonete.",
    ],
)
def test_a_working_day_or_a_slot_is_no_date(redactor, text):
    assert spans(redactor, text, "DATE_TIME") == []


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("se la llevaron ayer desde las seis de la mañana no sabemos nada", "desde las seis de la mañana"),
        ("La salida es el viernes a las 8 de la noche, desde el paradero.", "a las 8 de la noche"),
    ],
)
def test_a_time_of_an_event_stays_a_date(redactor, text, when):
    assert covered(redactor, text, when, "DATE_TIME")
