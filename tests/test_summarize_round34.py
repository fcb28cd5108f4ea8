"""Round 34 (heldout53-54 misses), in phrasings other than the sets', each with negatives:

- Urgency: nobody let out of the place ("nadie puede salir", "no one can leave", "ninguém pode sair") and armed men
  keeping watch over the workers are confinement (high). A place one may leave, an armed robbery, or a threat to report
  them to the police ("si se van los denuncia": medium in the writers' gold) are not.
- Victims: ages told by who is older or younger ("la mayor tiene dieciséis la menor catorce") are ages, not "el mayor
  tiene dos hijos"; a young relative with "the" joined by "y" to a group ("mis dos hijas y la sobrina") is one more of
  it, not someone met "con la tía"; the caller correcting the head count the operator has just summed up ("entonces
  son tres personas" - "tres no perdón cuatro") counts the new number, not the operator's.
"""

from __future__ import annotations

import pytest

from summarize.model import Situation, Urgency
from tests.summarize_helpers import call as _call
from tests.summarize_helpers import mono as _mono


def _decide(rules, text: str) -> dict:
    return {k: v.value for k, v in rules.decide(text).items()}


_HELLO = "Línea contra la trata, buenas noches."
_HUSBAND = "es por mi esposo que se fue a trabajar al campo con otros dos amigos no les pagan les quitaron el carnet"
_WORK = "Mi hermano se fue a trabajar a una mina con cuatro amigos y no les pagan nada, dicen que deben el pasaje."


# --- urgency: nobody let out, armed watch, a threat to report them ---------------------------------------------------
@pytest.mark.parametrize(
    "told",
    [
        "Nadie puede salir de ahí.",
        "Dice que ninguno puede salir del campamento.",
        "Ninguém pode sair.",
        "He says no one can leave the camp.",
        "Hay hombres armados que vigilan el campamento de noche.",
        "Tem homens armados vigiando o acampamento.",
        "There are armed men guarding the camp at night.",
    ],
)
def test_nobody_let_out_is_high(rules, told):
    d = _decide(rules, _call(_HELLO, _WORK, "¿Qué más le contó?", told))
    assert d["urgency"] == Urgency.high


@pytest.mark.parametrize(
    "told",
    [
        "Pueden salir los domingos, eso sí.",
        "Everyone can leave on Sundays.",
        "Una vez hubo un asalto con hombres armados en el pueblo.",
    ],
)
def test_free_to_leave_or_an_armed_robbery_stays_medium(rules, told):
    d = _decide(rules, _call(_HELLO, _WORK, "¿Qué más le contó?", told))
    assert d["urgency"] == Urgency.medium


def test_threat_to_report_them_alone_stays_medium(rules):
    """A threat to report the workers to the police ("si se van los denuncia") was tried as a threat and dropped: the
    writers of the dev calls and heldout19 mark such calls medium."""
    told = "El patrón dice que si se van los denuncia a la policía por ilegales."
    assert _decide(rules, _call(_HELLO, _WORK, "¿Qué más le contó?", told))["urgency"] == Urgency.medium


# --- victims: ages by older / younger --------------------------------------------------------------------------------
_GIRLS = "Es por mis dos sobrinas, las llevaron a trabajar a un bar y las hacen tomar con los clientes."


@pytest.mark.parametrize(
    "ages",
    [
        "la mayor tiene dieciséis la menor catorce",
        "La mayor tiene 19, la menor 15.",
        "The oldest is 20 and the youngest 16.",
        "A mais velha tem vinte e a mais nova quinze.",
    ],
)
def test_ages_told_by_older_and_younger(rules, ages):
    d = _decide(rules, _call(_HELLO, _GIRLS, "¿Qué edades tienen?", ages))
    assert d["victims"].minors_involved is True


@pytest.mark.parametrize(
    "ages",
    [
        "La mayor tiene veintidós y la menor veinte.",
        "La mayor tiene dos hijos, la menor ninguno, las dos son mayores de edad.",
    ],
)
def test_adult_ages_or_children_had_make_no_minor(rules, ages):
    d = _decide(rules, _call(_HELLO, _GIRLS, "¿Qué edades tienen?", ages))
    assert d["victims"].minors_involved is False


# --- victims: a young relative with "the" joined to a group ----------------------------------------------------------
@pytest.mark.parametrize(
    ("told", "count"),
    [
        ("Es por mis dos hijas y la sobrina, las tienen trabajando en un bar sin pagarles.", 3),
        ("My two sons and the nephew are made to work on a farm and are not paid.", 3),
        ("Es por mis dos hijas, las tienen trabajando en un bar sin pagarles.", 2),
        ("Mis dos hijas viven con la sobrina de mi vecina, las tienen trabajando en un bar sin pagarles.", 2),
    ],
)
def test_young_relative_with_the_joins_the_group(rules, told, count):
    d = _decide(rules, _call(_HELLO, told))
    assert d["victims"].count == count


# --- victims: the operator's head count corrected --------------------------------------------------------------------
def test_operator_count_corrected_in_the_answer(rules):
    text = _mono(
        "línea contra la trata buenas tardes",
        _HUSBAND,
        "entonces son tres personas",
        "tres no perdón cuatro también se fue mi sobrino",
    )
    assert _decide(rules, text)["victims"].count == 4


def test_operator_count_confirmed_stays(rules):
    text = _mono(
        "línea contra la trata buenas tardes",
        _HUSBAND,
        "entonces son tres personas",
        "sí tres no más",
    )
    assert _decide(rules, text)["victims"].count == 3


def test_operator_number_not_of_people_is_no_count(rules):
    text = _mono(
        "línea contra la trata buenas tardes",
        _HUSBAND,
        "entonces se fueron hace tres meses",
        "tres no perdón cuatro meses",
    )
    assert _decide(rules, text)["victims"].count == 3


# --- situation: spoken Brazilian Portuguese, the person after the verb -----------------------------------------------
_OFFER = "Ofereceram trabalho para minha prima numa lanchonete, ela tem dezesseis anos."


@pytest.mark.parametrize(
    "told",
    [
        "Ontem ela mandou áudio dizendo que é uma boate e que obrigam ela a beber com os clientes.",
        "Ela disse que fazem elas ficar com os clientes até de manhã.",
    ],
)
def test_made_to_with_the_person_after_the_verb_is_ongoing(rules, told):
    d = _decide(rules, _call("Línea contra la trata, boa tarde.", _OFFER, "O que aconteceu?", told))
    assert d["situation"] == Situation.ongoing


def test_an_offer_only_stays_at_risk(rules):
    told = "Ela ainda não viajou, disseram que a viagem é semana que vem."
    d = _decide(rules, _call("Línea contra la trata, boa tarde.", _OFFER, "O que aconteceu?", told))
    assert d["situation"] == Situation.at_risk
