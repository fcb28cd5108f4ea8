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


# --- one table of pet-form endings (data/names/pet_forms.txt) for the lexicon and the name slots -----------------


def test_one_pet_form_table_serves_both_uses():
    from redact.lexicon import is_diminutive_of_word, pet_endings, pet_form_of

    assert ("ao", "o") in pet_endings() and ("cito", "") in pet_endings()
    assert pet_form_of("paulão", {"paulo"}) == "paulo"  # an ending only the name slots knew before
    assert pet_form_of("juancito", {"juan"}) == "juan"
    assert is_diminutive_of_word("cuartito") and not is_diminutive_of_word("rosita")


# --- gaps the eleventh round left ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Mi sobrina es Milagros Ccori Huamán. Desde el lunes no sé nada de milagros, señorita.", "milagros,"),
        ("Se llama Dolores Paucar Ríos. Ayer vi a dolores en el paradero.", "dolores en"),
        ("mi hija se llama milagros quispe mamani tiene quince años ayer milagros no volvió", "milagros no"),
    ],
)
def test_a_first_name_that_is_a_word_is_the_person_once_named_in_full(redactor, text, mention):
    start = text.index(mention)
    word = mention.split()[0].rstrip(",")
    _, entities = redactor.analyze(text)
    assert any(e.start <= start and start + len(word) <= e.end for e in entities if e.type == "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "Mi vecina Rosa Pari me ayudó. Todo lo hice con milagros y sacrificio.",
        "Mi hija es Milagros Ccori. Creemos en los milagros de la Virgen.",
        "Hice todo con milagros y sacrificio, señorita.",
    ],
)
def test_milagros_the_word_stays(redactor, text):
    assert "milagros" not in spans(redactor, text)


@pytest.mark.parametrize(
    "text",
    ["Fica na rua do mercado, perto da igreja.", "Fica tranquila, eu ligo depois.", "Ele disse: Fica aqui comigo."],
)
def test_fica_the_verb_is_no_person(redactor, text):
    assert "Fica" not in spans(redactor, text, "PERSON")


def test_a_surname_fica_with_a_first_name_stays_a_person(redactor):
    assert covered(redactor, "Le dije a Juan Fica que no.", "Juan Fica", "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "La botica atiende de 9 a 6, de lunes a sábado.",
        "El restaurante atiende de 8 de la mañana a 6 de la tarde.",
        "atiende desde las nueve hasta las seis de la tarde de lunes a viernes",
        "la discoteca abre de diez de la noche a cuatro de la mañana",
        "A loja abre das 8 às 18 horas.",
    ],
)
def test_opening_hours_are_no_identifier(redactor, text):
    assert spans(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "mail"),
    [
        ("el correo es jota doble ele arroba gmail punto com", "jota doble ele arroba gmail"),
        ("su correo es doble u ene pe arroba hotmail punto com", "doble u ene pe arroba hotmail"),
        ("es pe e de ere o doble ele arroba gmail punto com", "pe e de ere o doble ele arroba gmail"),
    ],
)
def test_doble_inside_a_spelled_mail_keeps_the_mail_whole(redactor, text, mail):
    assert covered(redactor, text, mail, "EMAIL_ADDRESS")

