"""A described place takes its article, a street address does not (redact/place_article.py): LABELS.md's example
ADDRESS is "la casa verde frente al mercado", and writers leave the article out before avenida, calle, jirón …"""

from __future__ import annotations

import pytest

from redact.place_article import take_articles
from redact.types import Entity


def _grown(text: str, place: str, language: str, kind: str = "ADDRESS") -> str:
    start = text.index(place)
    (e,) = take_articles(text, [Entity(kind, start, start + len(place), 0.8)], language)
    return text[e.start : e.end]


@pytest.mark.parametrize(
    ("language", "text", "place", "expected"),
    [
        ("es", "la tienen en la cantina de calamina azul", "cantina de calamina azul", "la cantina de calamina azul"),
        (
            "es",
            "los meten en el contenedor rojo del fondo",
            "contenedor rojo del fondo",
            "el contenedor rojo del fondo",
        ),
        ("es", "vive en un cuarto alquilado detrás del taller", "cuarto alquilado detrás del taller", "un cuarto"),
        ("en", "she sleeps in the back room on the second floor", "back room on the second floor", "the back room"),
        ("pt", "dorme o último do corredor, do lado do banheiro", "último do corredor", "o último do corredor"),
        ("es", "está en the back room del segundo piso", "back room del segundo piso", "the back room"),
    ],
)
def test_a_described_place_takes_its_article(language, text, place, expected):
    assert _grown(text, place, language).startswith(expected)


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("es", "vive en la avenida Grau 345", "avenida Grau 345"),
        ("es", "queda en el jirón Huancané cuadra siete", "jirón Huancané cuadra siete"),
        ("es", "la dejaron en el kilómetro 12 de la Panamericana", "kilómetro 12 de la Panamericana"),
        ("en", "they live on the Av. Arequipa 1450", "Av. Arequipa 1450"),
        ("pt", "mora na rua Sete 40", "rua Sete 40"),  # "na" is a preposition and an article: never taken
        ("es", "camina a casa de su tía", "casa de su tía"),  # Spanish "a" is no article
        ("en", "at the corner store", "corner store"),  # a street head in English too
        ("es", "trabaja en la zapatería", "zapatería"),  # a firm with no address beside it
    ],
)
def test_no_article_before_a_street_or_after_a_preposition(language, text, place):
    kind = "ORGANIZATION" if "zapatería" in place else "ADDRESS"
    assert _grown(text, place, language, kind) == place


def test_a_place_that_begins_with_a_person_or_a_town_takes_nothing():
    text = "en la Victoria, jirón Huánuco 1200, y con la señora Rosa, la del cuarto del fondo"
    town = Entity("LOCATION", text.index("Victoria"), text.index("Victoria") + 8, 0.9)
    street = Entity("ADDRESS", text.index("jirón"), text.index("1200") + 4, 0.9)
    rosa = Entity("PERSON", text.index("Rosa"), text.index("Rosa") + 4, 0.9)
    assert take_articles(text, [town, street, rosa], "es") == [town, street, rosa]


def test_through_the_redactor(redactor):
    text = "me escapé, la tienen en la cantina de calamina azul al costado del grifo de kerosene"
    _, entities = redactor.analyze(text, language="es")
    start = text.index("la cantina")
    assert any(e.start == start for e in entities)
