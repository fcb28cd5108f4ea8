"""A name told with its age (redact/name_by_age.py): the word before an age's cue is a name when a list has it or
no dictionary does, never a kin word, a title, a diminutive of a word or a common noun."""

from __future__ import annotations

import pytest


def _people(redactor, text: str, language: str) -> list[str]:
    _, entities = redactor.analyze(text, language=language)
    return [text[e.start : e.end] for e in entities if e.type == "PERSON"]


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("es", "con otras dos chicas una es maricielo tiene trece y la otra es de juliaca", "maricielo"),
        ("es", "son tres una es de puno la rosmery que tiene quince las otras no sé", "rosmery"),
        ("es", "mi primo tiene quince años. kusi tiene catorce. los otros dos son más chicos", "kusi"),
        ("es", "la mas chiquita es milagros de siete años", "milagros"),
        ("es", "y la chiquita dulce tiene seis y el varoncito tiene ocho", "dulce"),
        ("en", "There are two girls, one is Kayla, she is fifteen, and the other one is older.", "Kayla"),
    ],
)
def test_the_word_before_an_age_is_a_name(redactor, language, text, name):
    assert name in _people(redactor, text, language)


def test_its_other_mentions_are_the_name_too(redactor):
    text = "una es yulisa tiene catorce\nya y dónde está yulisa ahora\nno sé nada de yulisa"
    assert _people(redactor, text, "es").count("yulisa") == 3


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "la niña tiene doce y la gordita tiene catorce, mi hija tiene quince"),
        ("es", "el chico tiene quince años y su hermana tiene trece, la gringa tiene como cuarenta"),
        ("es", "el mayor tiene veinte y el varoncito tiene ocho"),
        ("es", "el cuarto de siete metros tiene tres camas"),
        ("en", "The boy is fifteen and the girl is twelve. My daughter is 14."),
        ("en", "the owner is forty, the cook is fifty"),  # cased text: a lowercase word is no name
        # what one calls children, slang the dictionaries lack, and a surname that is a colour
        ("es", "el mas chiquito tiene seis y hay dos chibolos de dieciseis y un chibolo de quince años"),
        ("es", "tres chiquillos de catorce y quince años, chiquitas de catorce quince años"),
        ("es", "la puerta es azul con blanco ya tiene como veinte años"),
    ],
)
def test_no_name_in_a_kin_word_a_title_or_a_common_noun(redactor, language, text):
    assert _people(redactor, text, language) == []
