"""Round 10 of issue 4: the case / no-case decision made general. Each mechanism has calls that must fire (in mono
and labelled form, in more than one language where it can) and calls where it must not (a case whose caller denies
only one sign, a labelled caller line)."""

from __future__ import annotations

import pytest

from summarize.model import CallType
from summarize.transcript import parse


def decide(rules, text: str) -> dict:
    return {name: d.value for name, d in rules.decide(text).items()}


# ------------------------------------- a caller's flat denial voids the line it answers (question or explanation)

WAGE_DISPUTE = (
    "línea contra la trata buenos días en qué le ayudo\n"
    "buenos días señorita quería poner una denuncia contra mi patrón no me quiere pagar\n"
    "cuénteme qué pasó señor\n"
    "trabajo de albañil en una obra y el ingeniero me debe dos semanas\n"
    "usted duerme en la obra o vive en su casa\n"
    "no en mi casa vivo con mi señora y mis hijos\n"
    "le han quitado algún documento o no lo dejan salir de la obra\n"
    "no no nada de eso mi dni lo tengo yo entro y salgo normal solo que no me paga pues\n"
    "lo que usted me cuenta es un problema laboral no es un caso de trata para reclamar su sueldo puede ir a la "
    "sunafil\n"
    "ya señorita gracias\n"
)

WRONG_NUMBER = (
    "línea contra la trata buenas tardes en qué le puedo ayudar\n"
    "buenas tardes señorita quería saber a qué hora sale el bus de la noche para tacna\n"
    "señor esta es la línea gratuita contra la trata de personas no es una empresa de transportes\n"
    "y qué es eso de la trata señorita disculpe que le pregunte\n"
    "no se preocupe es cuando engañan a una persona o la llevan a otro lugar para explotarla haciéndola trabajar "
    "sin pagarle o en la prostitución\n"
    "ah ya eso he escuchado en la radio no señorita gracias a dios no es nada de eso yo solo quería viajar\n"
    "le sugiero que llame directamente a la empresa de buses\n"
)

WRONG_NUMBER_EN = (
    "Anti-trafficking hotline, good evening.\n"
    "Hi, is this the bus company? I need the times of the night bus to Tacna.\n"
    "No sir, this is the anti-trafficking hotline. Trafficking is when someone is made to work without pay or "
    "locked in.\n"
    "No, no, nothing like that. I only wanted the bus times. Sorry, wrong number.\n"
)


@pytest.mark.parametrize("text", [WAGE_DISPUTE, WRONG_NUMBER, WRONG_NUMBER_EN])
def test_denied_line_is_no_case(rules, text):
    d = decide(rules, text)
    assert d["_case"] is False
    assert d["call_type"] == CallType.not_relevant


def test_denial_marks_the_answered_line_as_operator_question(rules):
    t = parse(WAGE_DISPUTE, rules.taxonomy)
    asked = [s for s in t.sentences if "le han quitado" in t.folded[s.start : s.end]]
    assert asked and all(s.speaker == "operator" and s.is_question for s in asked)


def test_denial_of_one_sign_keeps_the_case(rules):
    # must not: the caller denies a beating but tells of pay withheld, papers kept and being kept in
    text = (
        "Línea contra la trata, buenas tardes.\n"
        "Mi hermana trabaja en una casa en Surco, la señora le quitó su DNI y no la deja salir, no le paga nada.\n"
        "¿La han golpeado?\n"
        "No, no, nada de eso, pero la tienen encerrada y no le pagan desde hace cuatro meses.\n"
    )
    d = decide(rules, text)
    assert d["_case"] is True
    assert d["call_type"] != CallType.not_relevant


def test_labelled_caller_line_is_not_reassigned(rules):
    # must not: in a labelled call a caller's own line stays the caller's, even before a denial
    text = (
        "operator: Línea contra la trata.\n"
        "caller: A mi hijo le quitaron el DNI en la mina y no lo dejan salir.\n"
        "caller: No, no, nada de eso de golpes.\n"
    )
    t = parse(text, rules.taxonomy)
    first = [s for s in t.sentences if "quitaron" in t.folded[s.start : s.end]]
    assert first and first[0].speaker == "caller" and not first[0].is_question


# ------------------------------------------ the caller's own questions about the law or what to do: a consultation


@pytest.mark.parametrize(
    "text",
    [
        # English, a third party about an offer not taken: "What should they do?"
        "operator: Anti-trafficking hotline, good afternoon.\n"
        "caller: I'm a career counsellor. Two of our students got a job offer in Bangkok, flights paid, no contract.\n"
        "caller: They want to leave on the 20th. What should they do?\n",
        # English with Spanish: "Is that even legal?"
        "operator: Línea contra la trata, buenas noches.\n"
        "caller: My cousin in Lima has deudas, and some guy on Facebook offered him money si vende un riñón.\n"
        "caller: They told him he travels this Friday. Is that even legal?\n",
        # a lawyer about a client's past case: questions, not a request for help
        "operator: Línea contra la trata, buenos días.\n"
        "caller: Soy abogada. Llevo el caso de una clienta y quería hacer unas consultas; no es una emergencia.\n"
        "caller: Hace dos años la obligaban a acompañar a los clientes en una discoteca. Salió de ahí hace un año.\n"
        "operator: ¿Qué le gustaría saber?\n"
        "caller: Si puede declarar sin estar frente a ellos, y si le corresponde una reparación.\n",
    ],
)
def test_consultation_is_information_request(rules, text):
    d = decide(rules, text)
    assert d["_case"] is True
    assert d["call_type"] == CallType.information_request


def test_past_case_without_questions_still_asks_help(rules):
    # must not: a mother whose daughter escaped, asking nothing about the law, still gets help (the past rule stands)
    text = (
        "operator: Línea contra la trata, buenas tardes.\n"
        "caller: Mi hija de 17 años regresó a la casa la semana pasada. Estuvo tres meses en un bar en Pucallpa donde "
        "la hacían acompañar a los clientes.\n"
        "operator: Qué bueno que ya esté con usted. ¿Cómo está ella?\n"
        "caller: No duerme, no come, tiene pesadillas.\n"
    )
    assert decide(rules, text)["call_type"] == CallType.help_request


def test_asking_what_to_do_after_reporting_a_rescue_need_is_not_a_consultation(rules):
    # must not: a victim locked in now who asks what to do is asking for help
    text = (
        "operator: Línea contra la trata, buenas noches.\n"
        "caller: Estoy encerrada en un cuarto, me quitaron mi DNI y no me dejan salir. ¿Qué debo hacer? "
        "Necesito ayuda ahora.\n"
    )
    assert decide(rules, text)["call_type"] == CallType.help_request


# ---------------------------- a victim who consults while the exploiter still holds their papers is asking for help

OUT_WITHOUT_PAPERS = (
    "línea contra la trata buenos días\n"
    "aló buenos días una consulta señorita no sé si es acá\n"
    "sí dígame en qué lo puedo ayudar\n"
    "he estado trabajando en un fundo en majes y el enganchador se quedó con mi dni y no me ha pagado tres meses\n"
    "usted todavía está en el fundo\n"
    "no no ya me salí hace dos semanas estoy donde mi tío en arequipa pero sin dni no puedo trabajar\n"
)


def test_victim_consulting_with_papers_held_asks_help_at_medium(rules):
    from summarize.model import Urgency

    d = decide(rules, OUT_WITHOUT_PAPERS)
    assert d["call_type"] == CallType.help_request
    assert d["urgency"] == Urgency.medium


def test_victim_consulting_about_a_long_past_case_still_consults(rules):
    # must not: papers not held, years ago, only "¿todavía puedo denunciar?"
    text = (
        "operator: Línea contra la trata, buenas noches.\n"
        "caller: Buenas noches. Quería consultar algo. Hace tres años me llevaron a trabajar a un bar en La Rinconada "
        "y me obligaban a estar con los mineros. Logré escapar y ahora vivo tranquila en Arequipa. ¿Todavía puedo "
        "denunciar?\n"
    )
    assert decide(rules, text)["call_type"] == CallType.information_request


def test_papers_held_pattern_must_not_take_the_operators_question(rules):
    # must not: the operator asking "¿se quedó con su DNI?" and the caller answering no
    text = (
        "operator: Línea contra la trata, buenas tardes.\n"
        "caller: Una consulta, me ofrecieron trabajo en una chacra en Ica, ¿es confiable?\n"
        "operator: ¿Le pidieron su DNI?\n"
        "caller: No, mi DNI lo tengo yo.\n"
    )
    assert decide(rules, text)["call_type"] == CallType.information_request


def test_mono_first_person_line_before_a_denial_stays_a_fact(rules):
    # must not: in mono, the caller's own first-person facts before "no, no, nada de eso de golpes" stay facts
    text = (
        "Línea contra la trata, buenas tardes.\n"
        "A mi hijo le quitaron su DNI en la mina y no me lo dejan ver, no le pagan nada.\n"
        "No, no, nada de eso de golpes, pero no lo dejan salir.\n"
    )
    t = parse(text, rules.taxonomy)
    told = [s for s in t.sentences if "quitaron" in t.folded[s.start : s.end]]
    assert told and told[0].speaker == "caller" and not told[0].is_question
    assert decide(rules, text)["_case"] is True
