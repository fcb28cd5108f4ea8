"""Eighth round: what heldout12 missed, said in other words and languages, each with its traps (money,
durations, counts, article numbers, the hotline's number, institutions, look-alike sentences); and the
behaviour the code clean-ups of this round decide."""

from __future__ import annotations

import pytest

from redact.lexicon import built_like_common_noun, fold_same_offsets
from redact.spelling import letter_of
from tests.redact_helpers import covered, spans

# --- a number span covers the number; a nickname before it is the name logic's ---------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("caller: su número es del flaco 987 654 321 y no contesta", "987 654 321"),
        ("caller: llame al flaco 987654321", "987654321"),
        ("caller: la morena 912 345 678 es la que recluta", "912 345 678"),
    ],
)
def test_a_phone_number_does_not_grow_over_a_nickname_before_it(redactor, text, number):
    assert spans(redactor, text, "PHONE_NUMBER") == [number]


def test_a_nickname_before_a_name_is_still_the_persons(redactor):
    text = "caller: el chato wilber me dio su número 987 654 321"
    assert spans(redactor, text, "PERSON") == ["chato wilber"]
    assert spans(redactor, text, "PHONE_NUMBER") == ["987 654 321"]


# --- count nouns with accents end a run of digit words, as the unaccented ones do -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "operator: ¿tiene algún número de contacto?\ncaller: no, pero vi dos tres cuatro niñas en el cuarto",
        "operator: ¿tiene algún número?\ncaller: no, solo que eran dos tres cuatro niños",
        "operator: ¿y el número?\ncaller: no sé, se fueron cinco seis siete días",
    ],
)
def test_digit_words_before_an_accented_count_noun_are_a_count(redactor, text):
    assert spans(redactor, text, "PHONE_NUMBER") == [] and spans(redactor, text, "ID_NUMBER") == []


def test_digit_words_dictated_after_a_cue_are_still_a_number(redactor):
    text = "operator: ¿tiene algún número de contacto?\ncaller: sí, nueve ocho siete seis cinco cuatro"
    assert covered(redactor, text, "nueve ocho siete seis cinco cuatro")


# --- letter names: one folded table ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("unit", "letter"),
    [
        ("eñe", "n"),
        ("Eñe", "n"),
        ("agá", "h"),
        ("hache", "h"),
        ("ache", "h"),
        ("double-u", "w"),
        ("doble u", "w"),
        ("doble ve", "w"),
        ("doble ele", "ll"),
        ("i griega", "y"),
        ("T", "t"),
        ("7", "7"),
        ("casa", None),
    ],
)
def test_letter_names(unit, letter):
    assert letter_of(unit) == letter


# --- shared helpers -------------------------------------------------------------------------------------


def test_fold_keeps_offsets_or_only_lowers():
    assert fold_same_offsets("Dieciséis") == "dieciseis"
    text = "Straße 16"  # casefold makes "ß" two letters: the offsets would move
    assert len(fold_same_offsets(text)) == len(text)


@pytest.mark.parametrize(
    ("word", "common"),
    [("jalador", True), ("agenciadora", True), ("cuartito", True), ("rosita", False), ("wilber", False)],
)
def test_built_like_a_common_noun(word, common):
    assert built_like_common_noun(word, ("ador", "adora")) is common


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("caller: se fue el 15 de setiembre", "15 de setiembre"),
        ("caller: ela saiu no dia 3 de março", "3 de março"),
        ("caller: it was on July 12 that she left", "July 12"),
    ],
)
def test_months_from_the_one_list(redactor, text, date):
    assert covered(redactor, text, date, "DATE_TIME")


def test_a_street_named_after_a_date_in_folded_portuguese(redactor):
    assert covered(redactor, "caller: ela mora na rua 15 de marco 240", "rua 15 de marco 240", "ADDRESS")
