"""Round 35 (heldout55-56 misses), in phrasings other than the sets', each with negatives:

- Victims: a head count taken back after a sound of hesitation ("siete son... ah, no, ocho") or with "bueno" / "well"
  instead of "no" ("somos cuatro... bueno, cinco"), and a number after a verb of counting ("I counted three... no,
  four"), count the second number; an age or a number of hours corrected does not.
- Call type: the operator's verdict that nothing points to trafficking, or that the matter is something else rather
  than trafficking, makes no case; the caller saying so does not.
- Situation: the person found or taken out by the authorities, told by the caller ("la policía la sacó", "a polícia
  encontrou ela") is past, not where the police did not find her, nor the operator's "o que a polícia encontrou".
- Exploitation: children told at work at a workplace ("trabajan niños en la ladrillera", "kids working on the boats")
  is labour, not children working at a bar or with no workplace; nobody paid ("ninguém recebeu nada"), everything
  charged ("cobrava tudo"), papers taken with "pegar" are signs of forced work, not "ninguém recebeu a mensagem".
"""

from __future__ import annotations

import pytest

from summarize.model import CallType, ExploitationType, Situation
from tests.summarize_helpers import call as _call


def _decide(rules, text: str) -> dict:
    return {k: v.value for k, v in rules.decide(text).items()}


_HELLO = "Línea contra la trata, buenas noches."
_HELLO_EN = "Anti-trafficking hotline, good evening."
_MINE = "Mi hermano trabaja en una mina, no le pagan nada y el dueño tiene su DNI."


# --- victims.count: corrections said with a hesitation or "bueno", a number counted ----------------------------------
@pytest.mark.parametrize(
    ("told", "count"),
    [
        ("Siete son... ah, no, ocho, con el hijo de mi vecino.", 8),
        ("Somos cuatro... bueno, cinco, porque ayer llegó una nueva.", 5),
        ("Eran tres, oh no, cuatro.", 4),
        ("Yesterday I counted three... no, four.", 4),
        ("Conté cinco, no, seis.", 6),
    ],
)
def test_count_corrected_with_hesitation_or_bueno(rules, told, count):
    d = _decide(rules, _call(_HELLO, _MINE, "¿Cuántas personas trabajan con él?", told))
    assert d["victims"].count == count


@pytest.mark.parametrize(
    "told",
    [
        "Mi hermano tiene quince, no, dieciséis.",  # an age corrected
        "Lo llamé tres veces, bueno, cuatro.",  # times, not people
        "Trabajan doce horas, bueno, trece.",  # hours corrected
    ],
)
def test_correction_of_no_head_count(rules, told):
    d = _decide(rules, _call(_HELLO, _MINE, "¿Algo más?", told))
    assert d["victims"].count == 1


# --- call type: the verdict that nothing points to trafficking ------------------------------------------------------
_NANNY = (
    "Our nanny left on Sunday without telling us, she's an adult, she took her documents and phone, "
    "she texted that she went home to her mother who is ill, I just got worried about it."
)


@pytest.mark.parametrize(
    "verdict",
    [
        "From what you tell me, nothing points to trafficking: she left on her own.",
        "This sounds like an online scam rather than trafficking.",
        "Por lo que me cuenta, nada indica que sea trata.",
    ],
)
def test_operator_verdict_nothing_points_to_trafficking(rules, verdict):
    d = _decide(rules, _call(_HELLO_EN, _NANNY, verdict, "Thank you, that's a relief."))
    assert d["call_type"] == CallType.not_relevant


def test_caller_saying_nothing_points_to_it_is_no_verdict(rules):
    told = (
        "My friend said nothing points to trafficking, but my sister works in a mine, they don't pay her "
        "and the boss keeps her passport and she can't leave."
    )
    d = _decide(rules, _call(_HELLO_EN, told, "Where is the mine?", "In Puno."))
    assert d["call_type"] != CallType.not_relevant


def test_without_the_verdict_the_worry_stays_a_call(rules):
    d = _decide(rules, _call(_HELLO_EN, _NANNY, "I understand. Did she say anything else?", "No."))
    assert d["call_type"] != CallType.not_relevant


# --- situation: found by the authorities ----------------------------------------------
_BAR = "Es por mi sobrina de quince años, se la llevaron a trabajar a un bar y la hacían atender a los hombres."


@pytest.mark.parametrize(
    "told",
    [
        "La policía la sacó de ese bar el sábado.",
        "A polícia federal encontrou ela numa casa em Rio Branco.",
        "The police found her in a house last night.",
    ],
)
def test_found_by_the_authorities_is_past(rules, told):
    d = _decide(rules, _call(_HELLO, _BAR, "¿Hay novedades?", told))
    assert d["situation"] == Situation.past


def test_not_found_by_the_police_is_not_past(rules):
    d = _decide(rules, _call(_HELLO, _BAR, "¿Hay novedades?", "La policía fue pero no la encontró, sigue en el bar."))
    assert d["situation"] == Situation.ongoing


_WORRIED = " Me preocupa mucho porque son chiquitos y nadie los cuida, quería avisar por si pueden hacer algo."


# --- exploitation: children at work at a workplace; nobody paid, everything charged ---------------------------------
@pytest.mark.parametrize(
    "told",
    [
        "Cerca de mi casa hay una ladrillera y ahí trabajan niños de noche, los veo echando ladrillos al horno.",
        "Every morning there are kids working on the boats, hauling crates of fish.",
        "Na olaria do bairro tem crianças trabalhando o dia todo.",
    ],
)
def test_children_at_work_at_a_workplace_is_labour(rules, told):
    d = _decide(rules, _call(_HELLO, told + _WORRIED, "¿Sabe si están con sus papás?", "No sé, nunca los he visto."))
    assert d["exploitation_types"] == [ExploitationType.labour]


@pytest.mark.parametrize(
    "told",
    [
        "En el bar de la esquina trabajan niños de noche, atienden a los clientes.",  # a bar: not labour alone
        "Mis niños trabajan bien en el colegio, pero un señor los mira raro.",  # no workplace
    ],
)
def test_children_working_elsewhere_is_not_labour_alone(rules, told):
    d = _decide(rules, _call(_HELLO, told + _WORRIED, "¿Algo más?", "No, eso nomás."))
    assert d["exploitation_types"] != [ExploitationType.labour]


@pytest.mark.parametrize(
    "told",
    [
        "Um homem chamou a gente pra colher castanha. Três meses no mato e ninguém recebeu nada.",
        "Um homem chamou a gente pra colher castanha, e ele cobrava tudo, a comida, o facão.",
        "Um homem chamou a gente pra colher castanha, e ele pegou nossos documentos.",
    ],
)
def test_nobody_paid_everything_charged_is_labour(rules, told):
    d = _decide(rules, _call(_HELLO, told, "¿Dónde están ahora?", "Eu tô aqui na rodoviária com meu irmão."))
    assert d["exploitation_types"] == [ExploitationType.labour]


def test_nobody_received_a_message_is_no_sign(rules):
    told = "Um homem chamou a gente pra colher castanha. Ninguém recebeu a mensagem dele, e pagam certinho."
    d = _decide(rules, _call(_HELLO, told, "¿Dónde están ahora?", "Eu tô aqui na rodoviária com meu irmão."))
    assert d["exploitation_types"] != [ExploitationType.labour]


def test_what_the_police_may_find_said_by_the_operator_is_not_past(rules):
    told = "Minha filha está numa boate em Cusco, obrigam ela a ficar com os clientes e não deixam ela sair."
    d = _decide(
        rules, _call(_HELLO, told, "Vou ligar de volta em uma hora para contar o que a polícia encontrou.", "Ok.")
    )
    assert d["situation"] == Situation.ongoing
