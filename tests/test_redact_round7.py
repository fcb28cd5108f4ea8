"""Seventh round: registrations of boats and cars said with spaces, page names in quotes after a
network, the letter name "ache", … Each with its traps (money, counts, durations, the hotline's number,
institutions, article numbers, ordinary sentences that look similar)."""

from __future__ import annotations

import pytest

from tests.redact_helpers import covered, spans


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("el bote tiene matrícula pl 3071 ch y sale de noche", "pl 3071 ch"),
        ("la chalana con matricula ta-10432-cm estaba en el muelle", "ta-10432-cm"),
        ("la moto placa 4b7 231 se estaciona en la esquina", "4b7 231"),
        ("una combi blanca de placa c2k 908 los recoge", "c2k 908"),
    ],
)
def test_registrations_read_with_spaces_after_a_cue(redactor, text, plate):
    assert plate in spans(redactor, text, "OTHER_ID")


@pytest.mark.parametrize(
    "text",
    [
        "pagó la placa con 150 soles y 200 más al tramitador",
        "la matrícula del colegio cuesta 1200 soles al año",
        "llame a la línea 0800 2 3232 para la placa de mi hijo",
        "tiene 3 años con 2 hijos y la placa no la vio",
        "el artículo 153 del código penal habla de la trata",
    ],
)
def test_no_registration_in_amounts_counts_or_articles(redactor, text):
    assert spans(redactor, text, "OTHER_ID") == []


@pytest.mark.parametrize(
    ("text", "page"),
    [
        (
            'Su prima vio un anuncio en Facebook, en la página "Chamba Segura Piura Hoy", y escribió.',
            "Chamba Segura Piura Hoy",
        ),
        ("He posts the jobs on Facebook as “Cusco Girls Work Abroad” every week.", "Cusco Girls Work Abroad"),
        ("Ela achou o grupo no WhatsApp “Vagas Acre Bolívia 2024” pelo celular.", "Vagas Acre Bolívia 2024"),
    ],
)
def test_a_page_name_in_quotes_after_a_network(redactor, text, page):
    assert page in spans(redactor, text, "OTHER_ID")


@pytest.mark.parametrize(
    "text",
    [
        'En Facebook puso "no vayan a esa agencia" y nada más.',
        'La directora leyó el artículo "Trata De Personas" en la Defensoría.',
        'Me dijo "Ya Voy" y colgó; no tiene Facebook.',
        'El Facebook de la Policía dice que llamen. Luego escribió "Muy Bien Gracias" en la pizarra.',
    ],
)
def test_no_page_name_in_quotes_without_a_network_or_title_case(redactor, text):
    assert spans(redactor, text, "OTHER_ID") == []


def test_the_letter_name_ache_spells_a_surname(redactor):
    text = "mi apellido es chávez con ache ce ache a uve e zeta y ya"
    assert covered(redactor, text, "ce ache a uve e zeta", "PERSON")


@pytest.mark.parametrize("text", ["me duele la cabeza, tengo un ache", "my back ache is worse today"])
def test_ache_alone_is_no_spelling(redactor, text):
    assert spans(redactor, text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "la recogen en el paradero de la avenida grau con huallaga a las seis",
            "paradero de la avenida grau con huallaga",
        ),
        ("Los dejaron en la rotonda de la avenida Los Incas y se fueron.", "rotonda de la avenida Los Incas"),
        ("They picked her up at the corner of Jirón Ayacucho, then left.", "corner of Jirón Ayacucho"),
        ("el carro la espera en la esquina del colegio san martin todos los días", "esquina del colegio san martin"),
    ],
)
def test_a_junction_named_by_its_street_or_landmark(redactor, text, address):
    assert covered(redactor, text, address, "ADDRESS")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("The boat is tied up at the Paita fishing wharf, dock 4, near the cranes.", "Paita fishing wharf, dock 4"),
        ("la lancha está en el desembarcadero artesanal muelle 2 desde ayer", "desembarcadero artesanal muelle 2"),
        ("o barco fica no terminal pesqueiro itaqui, cais 3, perto da balsa", "terminal pesqueiro itaqui, cais 3"),
        ("vivo por canto grande paradero doce con mis hijos", "canto grande paradero doce"),
    ],
)
def test_a_numbered_berth_or_stop_with_the_place_before_it(redactor, text, address):
    assert covered(redactor, text, address, "ADDRESS")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "o acampamento fica na margem direita do rio tamaya depois da comunidade nova esperanza",
            "margem direita do rio tamaya",
        ),
        (
            "la chacra queda en la margen izquierda del río Pachitea, pasando el caserío Puerto Sungaro",
            "margen izquierda del río Pachitea",
        ),
        (
            "mi casa está subiendo de la posta Santa Rosa, la casa de ladrillo con techo de calamina",
            "subiendo de la posta Santa Rosa",
        ),
    ],
)
def test_a_river_bank_or_a_way_up_from_a_landmark(redactor, text, address):
    assert covered(redactor, text, address, "ADDRESS")


@pytest.mark.parametrize(
    "text",
    [
        "llamé a la línea 0800 2 3232 desde la esquina",
        "trabaja 8 horas en el muelle y le pagan 40 soles",
        "subiendo del precio del pasaje ya no alcanza, son 15 soles",
        "el artículo 153 del código penal dice que es trata",
        "fue al paradero con su hija y esperó media hora",
        "the dock workers were paid 300 dollars for 4 days",
    ],
)
def test_no_address_in_ordinary_sentences_with_junction_or_port_words(redactor, text):
    assert spans(redactor, text, "ADDRESS") == []


@pytest.mark.parametrize(
    "text",
    [
        "en el paradero de la avenida grau con mi mamá esperamos una hora",
        "nos dejó en la esquina de la avenida brasil con dos chicas más",
    ],
)
def test_the_other_street_of_a_junction_is_no_companion(redactor, text):
    found = spans(redactor, text, "ADDRESS")
    assert found and not any("mamá" in s or "chicas" in s for s in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("la cuenta está a nombre de una señora yesenia y el número es largo", "yesenia"),
        ("o pix está no nome de um homem josivaldo e ele mandou o comprovante", "josivaldo"),
        ("The transfer went to an account registered to Oyelaran, a cousin of his.", "Oyelaran"),
    ],
)
def test_whom_an_account_is_in_the_name_of(redactor, text, name):
    assert name in spans(redactor, text, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "la cuenta está a nombre de la empresa y no de una persona",
        "el contrato sale a nombre de la municipalidad de 2024",
        "el recibo está a nombre de su hija pero no sé cómo se llama",
    ],
)
def test_no_name_when_an_account_is_in_the_name_of_an_institution(redactor, text):
    assert spans(redactor, text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "nickname"),
    [
        ("el que maneja es uno que le dicen pata rajada porque corre mucho", "pata rajada"),
        ("al jefe le dicen cabeza rapada y vive por el muelle", "cabeza rapada"),
    ],
)
def test_a_nickname_of_a_feature_and_its_participle(redactor, text, nickname):
    assert nickname in spans(redactor, text, "PERSON")


@pytest.mark.parametrize(
    ("text", "nickname"),
    [
        ("le dicen loco y trabaja en el puerto tres días", "loco"),
        ("le dicen chato cuando pasa por la cancha", "chato"),
    ],
)
def test_a_one_word_nickname_takes_no_verb_after_it(redactor, text, nickname):
    assert nickname in spans(redactor, text, "PERSON")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gracias, Yuleisi. Vamos a comunicar a la Fiscalía.", "Yuleisi"),
        ("Muchas gracias, Quispe. Lo llamaremos mañana.", "Quispe"),
        ("Obrigada, Raimunda. A polícia vai ligar.", "Raimunda"),
    ],
)
def test_the_one_thanked_by_name(redactor, text, name):
    assert name in spans(redactor, text, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "Gracias, Señora. Vamos a llamar al 0800-2-3232 si hace falta.",
        "Muchas gracias, Fiscalía. Los llamamos luego.",
        "Gracias, Mamita. Ya lo anotamos.",
        "Thank you, Officer. We will call at 8.",
        "Gracias, Igualmente.",
    ],
)
def test_no_name_in_thanks_to_a_title_or_institution(redactor, text):
    assert spans(redactor, text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "los tienen río arriba por el Ucayali, pasando el caserío Nueva Vida, a dos horas en bote.",
            "río arriba por el Ucayali, pasando el caserío Nueva Vida, a dos horas en bote",
        ),
        (
            "o garimpo fica rio abaixo pelo Madeira, depois da comunidade São Tomé, umas seis horas de voadeira",
            "rio abaixo pelo Madeira, depois da comunidade São Tomé, umas seis horas de voadeira",
        ),
    ],
)
def test_a_way_along_a_river_and_how_long_the_trip_takes(redactor, text, address):
    assert covered(redactor, text, address, "ADDRESS")


@pytest.mark.parametrize(
    "text",
    [
        "trabajaba seis horas en bote y le pagaban 20 soles",
        "se fueron río abajo por el Ucayali y no volvieron en 3 días",
        "llame al 0800-2-3232, a media hora en combi está la comisaría",
    ],
)
def test_no_address_from_a_trip_or_a_river_alone(redactor, text):
    assert spans(redactor, text, "ADDRESS") == []


@pytest.mark.parametrize(
    "text",
    [
        "Fueron a la fiesta de la Mamacha de Cocharcas en setiembre.",
        "Para el Taytacha de los Temblores hay procesión, pues.",
    ],
)
def test_quechua_reverent_forms_are_no_names(redactor, text):
    assert not any(s.startswith(("Mamacha", "Taytacha")) for s in spans(redactor, text, "PERSON"))
