"""House and flat numbers said in words, a tower's letter said as its name, floors past the tenth: where an
address said in full used to stop (number_edges.py's house numbers, address.py's spoken numbers and letters)."""

from __future__ import annotations

import pytest


def _covered(redactor, text: str, phrase: str, language: str) -> bool:
    _, entities = redactor.analyze(text, language=language)
    start = text.index(phrase)
    need = {i for i in range(start, start + len(phrase)) if text[i].isalnum()}
    return need <= {i for e in entities if e.type == "ADDRESS" for i in range(e.start, e.end)}


@pytest.mark.parametrize(
    ("language", "text", "phrase"),
    [
        (
            "es",
            "ella vive en la calle las orquídeas número mil trescientos veinte y nunca sale",
            "la calle las orquídeas número mil trescientos veinte",
        ),
        (
            "es",
            "la tienen en el edificio san felipe departamento mil ciento ocho, eso es en jesús maría",
            "el edificio san felipe departamento mil ciento ocho",
        ),
        (
            "es",
            "es en la avenida los próceres, número cuatrocientos doce, frente al parque",
            "la avenida los próceres, número cuatrocientos doce",
        ),
        (
            "es",
            "vive en la torre ce piso nueve departamento novecientos tres del conjunto",
            "la torre ce piso nueve departamento novecientos tres",
        ),
        (
            "pt",
            "ela mora na rua das palmeiras número trezentos e doze, perto da feira",
            "rua das palmeiras número trezentos e doze",
        ),
        ("en", "We're in Tower B, twelfth floor, and the family is in flat 1207.", "Tower B, twelfth floor"),
    ],
)
def test_an_address_said_in_full_is_hidden_to_its_number(rules_only, language, text, phrase):
    assert _covered(rules_only, text, phrase, language)


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        # a count after "número" is no house number
        ("es", "en la calle los sauces número dos chicas vivían encerradas", "chicas"),
        # a long run after "número" is a phone, not a house number
        ("es", "vive en la calle los sauces, número nueve siete uno dos tres cuatro cinco seis siete", None),
        # "mil" with no number after it is no number
        ("es", "en el cuarto mil gracias señorita, ya le dije", "gracias"),
        # a floor counted, no floor named
        ("es", "la chica duerme en el piso dos noches seguidas", "noches"),
    ],
)
def test_words_after_an_address_that_are_no_part_of_it(rules_only, language, text, words):
    _, entities = rules_only.analyze(text, language=language)
    addresses = [text[e.start : e.end] for e in entities if e.type == "ADDRESS"]
    if words is None:  # the phone's digits are a phone number, not the address's
        phone = text.index("nueve")
        assert not any(e.type == "ADDRESS" and e.end > phone for e in entities)
        assert any(e.type == "PHONE_NUMBER" and e.start <= phone < e.end for e in entities)
    else:
        assert not any(words in a for a in addresses)


def test_mil_opens_a_number_only_with_a_number_after_it():
    from redact.numbers import spoken_number_runs

    assert [r.digits for r in spoken_number_runs("mil cuatrocientos dos", min_digits=1, min_words=1)] == ["1402"]
    assert spoken_number_runs("mil gracias", min_digits=1, min_words=1) == []
