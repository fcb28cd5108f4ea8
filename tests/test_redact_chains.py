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
