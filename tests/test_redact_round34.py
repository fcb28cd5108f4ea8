"""Round 34: a number's pieces read as different kinds joined over a hesitation, two words of a found name said again
together, a name said before the verb that names it, and a first name with both surnames cut to initials. Phrasings
are our own, not the sets' the round was tuned on."""

from __future__ import annotations

import pytest

from tests.redact_helpers import covered, readable


def _last_covered(redactor, text: str, part: str, kind: str | None = None) -> bool:
    """covered() for the last mention of ``part`` (covered() reads the first)."""
    _, entities = redactor.analyze(text)
    start = text.rindex(part)
    inside = {i for e in entities if kind is None or e.type == kind for i in range(e.start, e.end)}
    return all(i in inside for i in range(start, start + len(part)) if text[i].isalnum())


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a phone's start, a hesitation, then six digits (alone an ID's length)
        (
            "anote el celular de mi hermano nueve cinco dos eh uno cuatro cuatro ocho seis tres gracias",
            "nueve cinco dos eh uno cuatro cuatro ocho seis tres",
        ),
        (
            "su yape es nueve nueve uno ocho em tres tres ay no me acuerdo del resto",
            "nueve nueve uno ocho em tres tres",
        ),
    ],
)
def test_number_joined_over_a_hesitation(redactor, text, number):
    assert covered(redactor, text, number)


@pytest.mark.parametrize(
    "text",
    [
        "tengo dos eh tres hijos nada más",  # a count, no number
        "vinieron tres eh cuatro personas a la casa",
    ],
)
def test_hesitation_between_counts_stays_readable(redactor, text):
    assert readable(redactor, text, " eh ")


@pytest.mark.parametrize(
    ("text", "again"),
    [
        (
            "mi sobrina rosa luz huarcaya se fue con ellos\nya señora y desde cuándo no sabe de rosa luz",
            "rosa luz",
        ),
        (
            "se llama flor de maría paucar ccahuana\nya y flor maría dónde trabajaba\nflor maría paucar trabajaba",
            "flor maría paucar",
        ),
    ],
)
def test_two_words_of_a_found_name_said_again(redactor, text, again):
    assert _last_covered(redactor, text, again, "PERSON")


def test_two_ordinary_words_of_an_institution_said_again_stay_readable(redactor):
    text = (
        "Soy promotora de un comedor popular y quería preguntar.\n"
        "Me llamo Hermelinda Ccori, del Comedor Popular Virgen de la Candelaria."
    )
    assert readable(redactor, text, "comedor popular y")


def test_one_ordinary_word_of_a_name_alone_stays_readable(redactor):
    text = "mi sobrina rosa luz huarcaya se fue con ellos\nallá no hay luz ni agua"
    assert readable(redactor, text, "luz ni agua")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("hay otro chico menor, tiene quince años, brayitan se llama\nqué más sabe", "brayitan"),
        ("uno de ellos es menor yeferson se llama y al yeferson no lo dejan salir", "al yeferson"),
        ("The youngest is fifteen, Daviel is his name, and he works the night shift.", "Daviel"),
    ],
)
def test_name_said_before_its_naming_verb(redactor, text, name):
    word = name.removeprefix("al ")
    assert covered(redactor, text, word, "PERSON")
    assert _last_covered(redactor, text, word, "PERSON")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("y la chacra se llama así nomás", "chacra"),
        ("mi hija se llama\nsí señora", "hija"),
        ("el pueblo se llama, no me acuerdo", "pueblo"),
        ("la niña se llama rosa y tiene doce años", "niña"),
    ],
)
def test_ordinary_word_before_naming_verb_stays_readable(redactor, text, word):
    assert readable(redactor, text, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("el plin sale a nombre de eufemia r t y ahí le deposité", "eufemia r t"),
        ("The transfer shows Graciela P. H. as the owner.", "Graciela P. H"),
    ],
)
def test_first_name_with_two_initials(redactor, text, name):
    assert covered(redactor, text, name, "PERSON")


def test_name_before_words_of_one_letter_keeps_them_readable(redactor):
    text = "le pagué a eufemia y o sea ya no le debo"
    assert readable(redactor, text, "y o sea")
