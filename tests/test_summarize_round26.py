"""Round 26 (heldout36/37 misses). On short calls written for this round, each mechanism with its negative:

- Kin named as the caller's companions ("mi hermana ... la trajeron conmigo", "eu e meu sobrinho fugimos", "my brother
  and I") or as the ones told something about the caller ("le prometió a mi papá que yo iba a estudiar") do not make
  the caller a family member: with the caller's own signs the caller is one of the victims, and counts among them.
  Kin who live with the caller ("mi nieta, que vive conmigo") are a household: the caller is family.
"""

from __future__ import annotations

import pytest


def _role(d) -> str:
    return d["caller_role"].value.value


BROUGHT_TOGETHER = (
    "operator: Línea contra la trata, buenas noches.\n"
    "caller: {opening}\n"
    "operator: ¿Dónde estás ahora?\n"
    "caller: En un grifo en Huaral, me dejaron bajar a comprar. Nos hacen cargar sacos todo el día y no nos pagan.\n"
    "operator: Vamos a mandar a la policía ahora mismo.\n"
)


@pytest.mark.parametrize(
    "opening",
    [
        "Un señor me trajo de Tingo María hace dos meses, mi hermana tiene catorce y la trajeron conmigo.",
        "Mi primo y yo vinimos de Ayacucho por un trabajo de cosecha y el capataz nos quitó el DNI.",
    ],
)
def test_kin_beside_the_caller_are_companions(rules, opening):
    d = rules.decide(BROUGHT_TOGETHER.format(opening=opening))
    assert _role(d) == "victim"
    assert d["victims"].value.count == 2
    assert d["call_type"].value.value == "help_request"


def test_portuguese_caller_and_nephew_escaped(rules):
    text = (
        "operator: Línea contra la trata, buenas tardes.\n"
        "caller: Eu e meu sobrinho fugimos ontem de uma fazenda. O patrão ficou com nossos documentos e dizia que a "
        "gente devia a comida.\n"
        "operator: ¿Dónde están ahora?\n"
        "caller: Na rodoviária de Puerto Maldonado.\n"
    )
    d = rules.decide(text)
    assert _role(d) == "victim"
    assert d["victims"].value.count == 2


def test_kin_told_about_the_caller_is_not_the_case(rules):
    """ "Le prometió a mi papá que yo iba a estudiar": the father was deceived, the caller is the one held."""
    text = (
        "operator: Línea contra la trata, buenas tardes.\n"
        "caller: Una señora le prometió a mi papá que yo iba a estudiar en Lima, pero me tiene limpiando su casa y no "
        "me deja salir.\n"
        "operator: ¿Cuántos años tienes?\n"
        "caller: Dieciséis.\n"
    )
    assert _role(rules.decide(text)) == "victim"


def test_kin_living_with_the_caller_is_family(rules):
    """A household ("que vive conmigo") is no companion in the plight: the caller calls about the nephew."""
    text = (
        "operator: Línea contra la trata, buenas tardes.\n"
        "caller: Mi sobrino, que vive conmigo en Chiclayo, recibió una oferta para trabajar en una mina en Madre de "
        "Dios y le pidieron su DNI por WhatsApp.\n"
        "operator: ¿Ya viajó?\n"
        "caller: No, todavía no.\n"
    )
    assert _role(rules.decide(text)) == "family_member"


def test_kin_as_the_one_the_call_is_about_stays_family(rules):
    """Without the caller beside them, kin are the one the call is about: "a mi hija la tienen encerrada"."""
    text = (
        "operator: Línea contra la trata, buenas tardes.\n"
        "caller: A mi hija la llevaron a un bar en Juliaca, la tienen encerrada y no le pagan.\n"
        "operator: Vamos a avisar a la policía.\n"
    )
    d = rules.decide(text)
    assert _role(d) == "family_member"
    assert d["victims"].value.count == 1


# - The operator's verdict with any one noun heading it ("no es una situación de trata", "não é um tema de tráfico")
#   makes a call with no case not_relevant, as "no es trata" did; "no es solo trata" (more than trafficking) does not.
LOST_PHONE = (
    "operator: Línea contra la trata, buenas tardes.\n"
    "caller: Buenas, quería denunciar que mi sobrino no contesta el celular desde ayer, estaba en una fiesta.\n"
    "operator: ¿Ya pudo hablar con alguien que estuvo con él?\n"
    "caller: Ahorita me escribe su enamorada, dice que se quedó dormido en su casa y que se le descargó el celular.\n"
    "operator: {verdict}\n"
    "caller: Ya, gracias señorita.\n"
)


@pytest.mark.parametrize(
    "verdict",
    [
        "Qué bueno. Entonces no es una situación de trata, su sobrino está bien.",
        "Entonces, por lo que me cuenta, no es un tema de trata.",
    ],
)
def test_verdict_headed_by_a_noun_is_not_relevant(rules, verdict):
    d = rules.decide(LOST_PHONE.format(verdict=verdict))
    assert d["call_type"].value.value == "not_relevant"
    assert d["victims"].value.count == 0


def test_more_than_trafficking_is_no_verdict(rules):
    text = (
        "operator: Línea contra la trata, buenas tardes.\n"
        "caller: A mi hija de quince la tienen encerrada en un bar en Juliaca, la obligan a estar con clientes.\n"
        "operator: Esto no es solo trata, también es un delito contra una menor. Vamos a avisar a la policía ahora.\n"
    )
    assert rules.decide(text)["call_type"].value.value != "not_relevant"
