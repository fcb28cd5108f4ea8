"""Vehicle makes, apps, banks and English weekdays in the plural are capitalised and unknown to the dictionaries:
no person's name (not_names.txt)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("language", "text", "word"),
    [
        ("es", "Se la llevaron en un Scania azul, de esos de carga.", "Scania"),
        ("es", "El tipo le escribía por WeChat todas las noches.", "WeChat"),
        ("en", "She only gets out on Sundays, and always with the woman.", "Sundays"),
        ("pt", "Ele depositou no Pichincha e depois sumiu com o Hyundai prata.", "Hyundai"),
        ("es", "Trabaja de repartidor de Rappi en Miraflores.", "Rappi"),
    ],
)
def test_brand_words_are_no_names(redactor, language, text, word):
    _, entities = redactor.analyze(text, language=language)
    start = text.index(word)
    assert not any(e.type == "PERSON" and e.start <= start < e.end for e in entities)


def test_a_name_beside_a_brand_is_still_hidden(redactor):
    text = "Me llamo Mirtha Quispe y manejo una Hilux de la empresa."
    _, entities = redactor.analyze(text, language="es")
    start = text.index("Mirtha")
    assert any(e.type == "PERSON" and e.start <= start < e.end for e in entities)
