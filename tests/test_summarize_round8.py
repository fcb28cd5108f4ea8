"""Round 8 of issue 4: mechanisms generalised from the misses of heldout16. Each mechanism has a case that must
fire (in two languages where it can) and one that must not (negated, said by the caller, asked, or a look-alike)."""

from __future__ import annotations

import pytest

from summarize.backends.rules import RulesBackend
from summarize.model import Action
from summarize.transcript import parse


@pytest.fixture(scope="module")
def rules():
    return RulesBackend()


def decide(rules, text: str) -> dict:
    return {name: d.value for name, d in rules.decide(text).items()}


def speakers(rules, text: str) -> list[str]:
    return [s.speaker for s in parse(text, rules.taxonomy).sentences]


# ------------------------------------------------ the operator's appraisal is information given

_CASE_ES = (
    "operator: Línea contra la trata, buenas tardes, ¿en qué le puedo ayudar?\n"
    "caller: Mi hermano trabaja en una chacra, el patrón le quitó el DNI y no le paga hace tres meses.\n"
)
_CASE_EN = (
    "operator: Anti-trafficking hotline, how can I help you?\n"
    "caller: My sister works in a lodge, the owner took her passport and does not pay her.\n"
)


@pytest.mark.parametrize(
    "said",
    [
        "operator: Retener el DNI y no pagarle es un delito.",
        "operator: Usted no está obligado a pagar esa deuda.",
        "operator: Su hermano tiene derecho a cobrar su sueldo.",
        "operator: Lo que usted describe son señales de trabajo forzoso.",
        "operator: La ley lo considera a él una víctima.",
        "operator: En el Perú el consentimiento no cuenta si hubo engaño.",
    ],
)
def test_operator_appraisal_es_is_information(rules, said):
    assert Action.information_given in decide(rules, _CASE_ES + said)["actions"]


@pytest.mark.parametrize(
    "said",
    [
        "operator: Keeping her passport is not legal, and it is a serious crime in Peru.",
        "operator: She does not owe him that money, and she has the right to get her passport back.",
        "operator: Being locked in and unpaid are signs of forced labour.",
        "operator: Victims should not be punished for what they were forced to do.",
        "operator: Handing over your passport is a warning sign.",
        "operator: Not paying her for months is a crime.",  # a "not" inside the subject of the copula
    ],
)
def test_operator_appraisal_en_is_information(rules, said):
    assert Action.information_given in decide(rules, _CASE_EN + said)["actions"]


@pytest.mark.parametrize(
    "said",
    [
        "caller: Yo sé que es un delito, por eso llamo.",  # the caller's words
        "operator: ¿Usted sabía que eso es un delito?",  # a question
        "operator: Puede ser mendicidad, que es una forma de trata.",  # a bare label of the case
        "operator: Su hermano no ha cometido ningún delito.",  # look-alike: no appraisal of the facts
        "operator: Eso no es un delito, es un malentendido.",  # the appraisal denied
    ],
)
def test_no_appraisal_no_information(rules, said):
    text = _CASE_ES + said
    assert Action.information_given not in decide(rules, text)["actions"]


def test_no_case_but_the_law_explained_is_information(rules):
    # not trafficking, yet the operator explains why and what right the caller has
    text = (
        "operator: Línea contra la trata, buenas noches, ¿en qué le puedo ayudar?\n"
        "caller: Mi jefe no me ha pagado dos quincenas, pero yo me voy a mi casa cada noche y tengo mis papeles.\n"
        "operator: Por lo que me cuenta no es trata. Es un incumplimiento laboral, y tiene derecho a cobrar.\n"
        "caller: Ya, gracias."
    )
    d = decide(rules, text)
    assert d["_case"] is False
    assert d["actions"] == [Action.information_given]


def test_no_case_and_only_a_redirect_is_no_action(rules):
    text = (
        "operator: Línea contra la trata, buenas noches, ¿en qué le puedo ayudar?\n"
        "caller: Hola, ¿es la pizzería? Quiero pedir una familiar.\n"
        "operator: No señor, esta línea es para casos de trata de personas.\n"
        "caller: Ah, disculpe."
    )
    d = decide(rules, text)
    assert d["_case"] is False
    assert d["actions"] == [Action.none]


def test_the_law_explained_is_operator_phrasing_in_mono(rules):
    text = (
        "Línea contra la trata, buenas tardes, ¿en qué le puedo ayudar?\n"
        "Trabajamos en un albergue de la selva, el dueño tiene nuestros pasaportes y dice que le debemos dinero.\n"
        "Keeping your passports is not legal in Peru. You do not owe him that money."
    )
    assert speakers(rules, text)[-1] == "operator"
