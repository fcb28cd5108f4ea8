"""Fifth round: an address goes on while it chains spatial phrases, streets named after dates,
settlement parts; first names that are ordinary words in the name slot. Each with the traps
that look like it (money, durations, counts, institutions, ordinary sentences)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def redactor():
    from redact import Redactor

    return Redactor()


def spans(redactor, text: str, kind: str | None = None) -> list[str]:
    _, entities = redactor.analyze(text)
    return [text[e.start : e.end] for e in entities if kind is None or e.type == kind]


def covered(redactor, text: str, piece: str) -> bool:
    """Every letter/digit of ``piece`` lies inside a found span (the bench's rule)."""
    _, entities = redactor.analyze(text)
    start = text.index(piece)
    inside = {i for e in entities for i in range(e.start, e.end)}
    return all(i in inside for i in range(start, start + len(piece)) if text[i].isalnum())


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a house told by its looks, then the landmarks around it
        (
            "vive en la casa de dos pisos de adobe sin pintar al lado de la posta frente a la losa deportiva\nya",
            "la casa de dos pisos de adobe sin pintar al lado de la posta frente a la losa deportiva",
        ),
        # the way in from a kilometre mark, across a road name spaCy calls a person
        (
            "la llevaron al kilometro veinte y medio de la carretera marginal subiendo por el camino a mano "
            "izquierda donde hay una tranquera de palos azul ahi la tienen",
            "kilometro veinte y medio de la carretera marginal subiendo por el camino a mano izquierda donde hay "
            "una tranquera de palos azul",
        ),
        # a description cut on a dangling "al" is read whole
        (
            "en la chacra de abajo cruzando el puente colgante al lado del molino viejo en la comunidad",
            "la chacra de abajo cruzando el puente colgante al lado del molino viejo",
        ),
        # English: two streets at a corner and the shop by it
        (
            "They wait at the corner of Calle Bolívar and Ayacucho, by the green bakery every night.",
            "corner of Calle Bolívar and Ayacucho, by the green bakery",
        ),
        # Portuguese: a street named after a date, its number and its neighbourhood
        (
            "meu endereço é rua sete de setembro numero 212 bairro vila nova perto do mercado",
            "rua sete de setembro numero 212 bairro vila nova",
        ),
        # an "aa hh" settlement with its block and lot
        ("vivimos en el aa hh los olivos mz c lote 7 en chiclayo", "aa hh los olivos mz c lote 7"),
    ],
)
def test_an_address_goes_on_while_it_chains_more_of_the_place(redactor, text, address):
    assert covered(redactor, text, address)
    assert address in " ".join(spans(redactor, text, "ADDRESS")) or any(
        address in s for s in spans(redactor, text, "ADDRESS")
    )


@pytest.mark.parametrize(
    ("text", "not_in_address"),
    [
        # money and duration after an address are not part of it
        ("vive en la avenida grau 450 y le pagan trescientos soles al mes", "trescientos soles"),
        ("el caserio huayrapata queda a dos horas en carro", "dos horas"),
        # "y" after a house number goes on the sentence, not the number
        ("el local queda en la avenida los incas 230 y el dueño se llama pedro", " y el dueño"),
        # any gas station locates nothing; a town after "pasando" is the way to it
        ("esta en el jiron lima 120, al frente de un grifo", "un grifo"),
        ("queda en el km 98 de la interoceanica pasando mazuko", "mazuko"),
        # a road every village has, with no landmark after it, locates nothing
        ("vive en el caserio pucara subiendo por el camino como tres horas", "subiendo"),
        # Spanish "dos" is a number, not Portuguese "of the"
        ("son de la comunidad nativa panan dos chicas awajun", "chicas"),
        # near is not the address (annotators leave "cerca de / near" out)
        ("She lives at Calle Los Pescadores 77, near the pier.", "near the pier"),
    ],
)
def test_an_address_stops_at_what_is_not_the_place(redactor, text, not_in_address):
    assert all(not_in_address not in s for s in spans(redactor, text, "ADDRESS"))


def test_ordinary_sentences_with_spatial_words_gain_no_address(redactor):
    for text in (
        "la calle estaba oscura y no habia nadie",
        "trabaja de lunes a sábado y al fondo de todo tiene miedo",
        "llame a la línea 0800-2-3232 o a la Defensoría del Pueblo",
        "según el artículo 153 del Código Penal es trata",
    ):
        assert spans(redactor, text, "ADDRESS") == [], text


def people(redactor, text: str) -> list[str]:
    return spans(redactor, text, "PERSON")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("mi hija esperanza no quiere volver a la casa", "esperanza"),
        ("mi sobrina rosa se fue a lima con una señora", "rosa"),
        ("su papá don segundo fue a buscarla el lunes", "segundo"),
        ("mi hermana gloria tiene miedo", "gloria"),
    ],
)
def test_a_first_name_that_is_a_word_fills_the_slot_after_a_kin_word(redactor, text, name):
    assert name in people(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "mi hijo segundo de primaria estudia en el colegio",
        "vive en el segundo piso con mi hija mayor",
        "mi hijo esta en segundo grado y mi hija mayor trabaja",
        "mi hermana ella se fue con una señora",
    ],
)
def test_ordinals_and_descriptions_after_a_kin_word_are_no_names(redactor, text):
    assert people(redactor, text) == []


def test_the_turn_that_answers_the_name_question_is_the_name(redactor):
    text = "operator: ¿cuál es su nombre?\ncaller: yorleidis del carmen montilla\noperator: gracias yorleidis"
    assert "yorleidis del carmen montilla" in people(redactor, text)
    assert text.rindex("yorleidis") in {text.index(p, text.index("gracias")) for p in people(redactor, text)[1:]}


@pytest.mark.parametrize(
    "text",
    [
        "cual es su nombre\nprefiero no decirlo",
        "cual es su nombre\nsi claro un momento",
        "como se llama el lugar\nel bar de la esquina",
        "como se llama el bar\nel cañero",
    ],
)
def test_answers_that_are_not_only_names_are_left(redactor, text):
    assert people(redactor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "usted como se llama o prefiere no decir",  # a question asks for a name, names none
        "le vamos a devolver la llamada mañana a las ocho",  # "la llamada" is a phone call
        "asi le dicen los mototaxistas del paradero",  # the ones who say it, not the nickname
        "la comadre le cerro la puerta y no la dejo entrar",  # after a clitic pronoun comes a verb
        "ari ari señorita manam no se nada, mamay, taytay",  # Quechua everyday words
        "The Fiscalía and the Defensoría may contact you tomorrow.",  # institutions on their own
    ],
)
def test_words_that_only_look_like_names_after_a_cue(redactor, text):
    assert people(redactor, text) == []


def test_names_after_cues_still_found_next_to_those_traps(redactor):
    assert "milagros" in people(redactor, "una chica que se llama milagros trabaja ahi")
    assert "Tigre" in people(redactor, "Lo conocen como «Tigre» en el puerto.")
    assert any("teofilo" in p and "taytay" not in p for p in people(redactor, "es de mi vecino don teofilo taytay"))
