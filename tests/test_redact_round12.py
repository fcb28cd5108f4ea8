"""Twelfth round: follow-ups of the eleventh (one source of truth for number words and pet forms, gaps it left)
and new sentences in the classes that leak first on unseen calls (places told by landmarks, page and group names,
nicknames, rare first names), each class with its traps."""

from __future__ import annotations

import pytest

from tests.redact_helpers import covered, spans

# --- a read-back piece said with any number word the reader knows ------------------------------------------


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("O número dela é 99662-4471.\nmeia meia duas, isso mesmo.", "meia meia duas"),
        ("mi número es 952 221 130\nveintidós once treinta, ya.", "veintidós once treinta"),
        ("the number is 617 555 0142\noh one four two, got it.", "oh one four two"),
    ],
)
def test_a_read_back_piece_in_any_number_word_is_the_phone(redactor, text, piece):
    assert covered(redactor, text, piece, "PHONE_NUMBER")


@pytest.mark.parametrize(
    "text",
    [
        "mi celular es 952 221 130\ntrabajé veinte once días por treinta soles",
        "O número é 99662-4471.\npaguei duas e meia, meia hora depois",
        "my number is 617 555 0142\nwe were twenty one people, for two hours",
    ],
)
def test_money_durations_and_counts_stay_apart_from_the_phone(redactor, text):
    assert len(spans(redactor, text, "PHONE_NUMBER")) == 1


# --- a street corner ends where its last word ends, however it is spaced --------------------------------------


@pytest.mark.parametrize(
    ("text", "corner"),
    [
        ("vive en la esquina de Lima con  San  Martín, al frente", "esquina de Lima con  San  Martín"),
        ("a esquina da rua Bahia com Goiás, do lado da padaria", "esquina da rua Bahia com Goiás"),
        ("the corner of Main and 5th, where she waits", "corner of Main and 5th"),
    ],
)
def test_a_corner_is_covered_to_its_last_word(redactor, text, corner):
    assert covered(redactor, text, corner, "ADDRESS")
    assert not any(s.endswith(",") or "al frente" in s for s in spans(redactor, text, "ADDRESS"))
