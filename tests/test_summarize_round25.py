"""Round 25 (heldout35's not-relevant and call-back misses). On short calls written for this round, each with its
negative:

- The operator's refusal said with the limit after the verb or as what the line cannot take ("this line deals only with
  human trafficking", "es solo para trata", "no es algo que podamos atender aquí", "we can't handle a rental fraud
  here", "un problema de ruido entre vecinos") makes a call with no case not_relevant: no victims, no situation, low.
  Not the operator's "no podemos ir nosotros" in a real case, and never the caller's words.
- The operator calling the caller back about their earlier call ("usted nos llamó hace dos semanas", "le llamamos para
  hacer el seguimiento") is a follow-up; when the victims are out of it and nothing new threatens them, medium.
"""

from __future__ import annotations

import pytest

NOISE = (
    "operator: Línea contra la trata, buenas noches.\n"
    "caller: Buenas noches, quería hacer una denuncia. Mis vecinos de arriba hacen fiesta todos los fines de semana "
    "hasta la madrugada y no se puede dormir.\n"
    "operator: ¿Ha visto menores o personas obligadas a estar ahí?\n"
    "caller: No, nada de eso, son ellos con sus amigos, todos adultos.\n"
    "operator: {verdict}\n"
    "caller: Ah ya, disculpe entonces.\n"
)
FRAUD = (
    "operator: Anti-trafficking hotline, good evening.\n"
    "caller: Hi. I booked an apartment online, paid a deposit of 300 dollars, and the address doesn't exist. The guy "
    "blocked me.\n"
    "operator: Is anyone forcing you to do anything or holding your documents?\n"
    "caller: No, nothing like that, I'm fine, I have my passport.\n"
    "operator: {verdict}\n"
    "caller: Got it, thanks.\n"
)


@pytest.mark.parametrize(
    "template,verdict",
    [
        (
            NOISE,
            "Le explico, lo que usted me cuenta es un problema de ruido entre vecinos y no es algo que podamos "
            "atender aquí.",
        ),
        (NOISE, "No señor, esta línea es solo para trata, pero si ve algo así puede llamar."),
        (FRAUD, "I'm sorry, this line deals only with human trafficking, so we can't handle a rental fraud here."),
    ],
)
def test_refusal_makes_the_call_not_relevant(rules, template, verdict):
    d = rules.decide(template.format(verdict=verdict))
    assert d["call_type"].value.value == "not_relevant"
    assert d["situation"].value is None
    assert d["victims"].value.count == 0
    assert d["urgency"].value.value == "low"


def test_the_caller_saying_it_is_not_a_refusal(rules):
    """The refusal is the operator's: a caller saying "no es algo que podamos atender aquí" of their own job is not."""
    text = (
        "operator: Línea contra la trata, buenas tardes.\n"
        "caller: Soy enfermera. Llegó una chica de quince años que dice que la tienen encerrada en un bar y la obligan "
        "a estar con clientes; no es algo que podamos atender aquí en la posta.\n"
        "operator: Gracias, vamos a avisar a la policía.\n"
    )
    assert rules.decide(text)["call_type"].value.value != "not_relevant"


def test_operator_cannot_go_but_case_stands(rules):
    """ "No podemos ir nosotros" in a real case names what the line lacks, not a call outside it."""
    text = (
        "operator: Línea contra la trata, buenas tardes.\n"
        "caller: A mi hija de dieciséis la tienen encerrada en un bar en Juliaca y no la dejan salir.\n"
        "operator: Nosotros no podemos ir, pero vamos a avisar ahora mismo a la policía.\n"
    )
    assert rules.decide(text)["call_type"].value.value != "not_relevant"


CALL_BACK = (
    "operator: Buenas tardes, le llamo de la línea contra la trata. Usted nos llamó hace dos semanas por su esposo, le "
    "llamamos para hacer el seguimiento. ¿Cómo está la situación?\n"
    "caller: Mi esposo ya regresó, llegó el jueves y está aquí en la casa con nosotros.\n"
    "operator: ¿Qué le contó?\n"
    "caller: Que estuvieron cuatro meses en una lancha, el patrón no los dejaba bajar y no les pagó nada. {now}\n"
    "operator: Vamos a derivar el caso a la fiscalía y a la defensa pública.\n"
)


def test_operator_call_back_is_a_follow_up_and_medium(rules):
    d = rules.decide(CALL_BACK.format(now="Ahorita nadie ha venido, estamos tranquilos."))
    assert d["call_type"].value.value == "follow_up"
    assert d["urgency"].value.value == "medium"


def test_a_threat_told_now_keeps_the_call_back_high(rules):
    d = rules.decide(CALL_BACK.format(now="Y ayer el patrón vino a amenazarlo en la casa."))
    assert d["call_type"].value.value == "follow_up"
    assert d["urgency"].value.value != "medium"


def test_caller_saying_they_called_is_not_the_operator_call_back(rules):
    """The call-back list is read in the operator's lines only: the caller's "le llamo para hacer seguimiento" is the
    caller's own follow-up (the older cues); since n36 a settled one is medium too (tests/test_summarize_n36.py)."""
    text = (
        "operator: Línea contra la trata, buenas tardes.\n"
        "caller: Buenas tardes, yo llamé hace dos semanas por mi sobrina de quince años, ya volvió a la casa.\n"
        "operator: Me alegro. ¿Cómo está ella?\n"
        "caller: No quiere hablar con nadie.\n"
        "operator: Vamos a derivarla a apoyo psicológico.\n"
    )
    d = rules.decide(text)
    assert d["call_type"].value.value == "follow_up"
    # n36: a past case the caller follows up, the girl back home and no threat told: medium, as the call-back
    assert d["urgency"].value.value == "medium"
