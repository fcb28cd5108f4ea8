"""Round 36: letters made sure with a word that starts with them ("eme de mamá", "K as in kilo"), a two-digit
number said whole inside a spelled code, the Portuguese "setor" of a numbered address, and Brazilian speech
that puts the pronoun after the naming verb ("chama ela de …"). Phrasings are our own, not the sets' the round
was tuned on."""

from __future__ import annotations

import pytest

from tests.redact_helpers import covered, readable


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "la moto tenía placa eme de mamá tres ele de luna guion dos siete ocho",
            "eme de mamá tres ele de luna guion dos siete ocho",
        ),
        (
            "The van's tag was K as in kilo, seven, R as in Romeo, dash, five five one.",
            "K as in kilo, seven, R as in Romeo, dash, five five one",
        ),
        ("anoté la placa del auto, es jota efe ere cincuenta y dos uno", "jota efe ere cincuenta y dos uno"),
    ],
)
def test_spelled_code_with_key_words_and_whole_numbers(redactor, text, code):
    assert covered(redactor, text, code)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Vi la placa del carro, el viaje duró cuarenta y cinco minutos y nos bajamos.", "cuarenta y cinco minutos"),
        ("The plate was on the car, we drove for forty-five minutes and got off.", "forty-five minutes"),
        ("Le pagaban cuarenta y cinco soles por día, nada más.", "cuarenta y cinco soles"),
        ("Según el artículo cuarenta y cinco de la ley la víctima tiene derecho a un abogado.", "cuarenta y cinco"),
        ("Estuvo encerrada veinte y dos días en ese cuarto.", "veinte y dos días"),
        ("Llame al uno ocho uno ocho cuando quiera, la línea es gratuita.", "uno ocho uno ocho"),
        ("de una o de otra manera la vamos a encontrar", "o de otra manera"),
    ],
)
def test_numbers_and_words_that_are_no_spelled_code(redactor, text, part):
    assert readable(redactor, text, part)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("A gente mora no setor 4, grupo 9, lote 12, perto da feira.", "setor 4, grupo 9, lote 12"),
        ("Ela ficou num quarto no Setor 3 do assentamento.", "Setor 3"),
    ],
)
def test_portuguese_setor_is_a_numbered_place(redactor, text, address):
    assert covered(redactor, text, address)


def test_pronoun_after_the_naming_verb(redactor):
    text = "o dono do bar chama ela de moreninha e não deixa ela sair"
    assert covered(redactor, text, "moreninha")


def test_naming_verb_without_a_nickname_keeps_the_count(redactor):
    text = "Ela chama ele de volta duas vezes por dia, às três horas."
    assert readable(redactor, text, "duas vezes por dia")
