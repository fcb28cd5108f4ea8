"""An answer to an age question that lists ages and nothing else ("quince y las otras dieciséis"): every number is an
age, none a head count, and none reaches the summary as a number of people."""

from __future__ import annotations

import pytest

from tests.test_summarize_dialogue import decide


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "línea contra la trata dime\nnos tienen en un bar en pucallpa somos tres yo y dos chicas más\n"
            "cuántos años tienes tú\nquince y las otras dieciséis y diecisiete creo\nya voy a avisar a la policía",
            3,
        ),
        (
            "Hotline, how can I help?\nA man brought me and my cousin from Cusco to work in his restaurant, he took "
            "our passports and locks us in at night, he never pays us.\nHow many of you are there?\nTwo, me and my "
            "cousin.\n"
            "How old are you both?\nSixteen, and the other one fifteen.\nI'm sending the police now.",
            2,
        ),
        (
            "Linha contra o tráfico.\nUm homem nos trouxe de Pucallpa, nos obriga a trabalhar sem pagar e nos "
            "tranca numa casa em Iquitos. Somos duas meninas.\nQuantos anos vocês têm?\n"
            "Catorze e a outra dezesseis.\nVou chamar a polícia.",
            2,
        ),
    ],
)
def test_a_list_of_ages_is_no_head_count(rules, text, count):
    assert decide(rules, text)["victims"].count == count


def test_others_counted_after_the_age_answer_still_count(rules):
    # the answer holds a people noun and a verb: it says how many others there are, not their ages
    text = (
        "Mi hija está encerrada en un local en Tumbes, la obligan a atender clientes y no le pagan.\n"
        "¿Cuántos años tiene su hija?\nQuince, y hay otras cuatro chicas con ella en el local.\n"
        "¿Dónde queda?\nEn el centro."
    )
    assert decide(rules, text)["victims"].count == 5


def test_tens_and_units_are_one_age_not_a_list(rules):
    # "cuarenta y cuatro" is one age of an adult, not ages forty and four (a minor)
    text = (
        "Mi esposa trabaja en un restaurante en Piura, le quitaron el DNI, la encierran y no le pagan.\n"
        "¿Qué edad tiene ella?\nCuarenta y cuatro años.\n¿Alguien más está con ella?\nNo, solo ella."
    )
    assert decide(rules, text)["victims"].minors_involved is False
