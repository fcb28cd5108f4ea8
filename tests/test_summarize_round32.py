"""Round 32 (heldout49-50 misses), in phrasings other than the sets', each with negatives:

- Domestic servitude: the house named as the workplace the other way round ("la casa donde trabajo"), a live-in job
  split by the recogniser ("cama a dentro") or said as "interna", an old person looked after at home; and forced labour
  named with a home's chores for someone told beside it (both forms). A workshop, or cooking for a camp's men, is not.
- Call type: the question announced in the present ("te llamo para preguntarte algo", "mi pregunta es si") is a
  consultation; a cry for help still wins, and the operator's words never count.
- Caller role: the caller as the one being recruited (written to for a job, sent the fare, asked for photos).
- Victims: a caller's statement closed by a tag ("…, right?") is a fact; an age answer opened by a hedge ("creo que
  dieciséis") is an age.
- Urgency: a victim still sold for sex who asks a question is not capped at medium.
"""

from __future__ import annotations

import pytest

from summarize.model import Action, CallerRole, CallType, ExploitationType, Situation, Urgency
from tests.summarize_helpers import call as _call


def _decide(rules, *turns: str) -> dict:
    return {k: v.value for k, v in rules.decide(_call(*turns)).items()}


_HELLO = "Línea contra la trata, buenas noches."


# --- domestic servitude ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "told",
    [
        "Llamo desde la casa donde trabajo, la señora se fue; hace cinco meses que no me paga y guarda mi pasaporte.",
        "trabajo cama a dentro en surco hace un año y no me pagan nada y el dni lo guarda el señor",
        "Mi hermana trabaja de empleada interna en Miraflores, no le pagan desde marzo y le quitaron el pasaporte.",
        "Estuve un año cuidando a una señora mayor en su departamento, sin sueldo, y su hijo tiene mi pasaporte.",
    ],
)
def test_home_named_as_the_workplace(rules, told):
    note = _decide(rules, _HELLO, told)
    assert note["exploitation_types"] == [ExploitationType.domestic_servitude]


def test_workshop_where_one_works_stays_labour(rules):
    note = _decide(rules, _HELLO, "Llamo del taller donde trabajo, hace cinco meses que no me pagan y guardan mi dni.")
    assert note["exploitation_types"] == [ExploitationType.labour]


def test_labour_named_with_housework_for_the_boss_family(rules):
    note = _decide(
        rules,
        _HELLO,
        "Mi hermano carga sacos en el molino todo el día y su señora le lava la ropa a los patrones y le cocina "
        "al dueño, sin descanso y sin pago.",
        "Lo que cuenta es trabajo forzoso.",
        "Sí, por eso llamo.",
    )
    assert set(note["exploitation_types"]) == {ExploitationType.labour, ExploitationType.domestic_servitude}


def test_labour_named_with_cooking_for_the_camp_stays_labour(rules):
    note = _decide(
        rules,
        _HELLO,
        "Mi primo está en un campamento maderero, corta árboles desde la madrugada hasta la noche y cocina para los "
        "trabajadores, sin descanso y sin pago.",
        "Lo que cuenta es trabajo forzoso.",
        "Sí, por eso llamo.",
    )
    assert note["exploitation_types"] == [ExploitationType.labour]


# --- the question announced ------------------------------------------------------------------------------------------
_WORK_ES = "Trabajo en una fábrica de zapatos, nos descuentan todo y el dueño tiene nuestros documentos."


@pytest.mark.parametrize(
    "opening",
    [
        "Buenas, le llamo para preguntarle una cosa nomás.",
        "Hola, mi pregunta es si me pueden denunciar si me voy.",
        "Hello, I'm calling to ask something about my job.",
    ],
)
def test_question_announced_is_a_consultation(rules, opening):
    note = _decide(rules, _HELLO, opening, "Dígame.", _WORK_ES)
    assert note["call_type"] == CallType.information_request


def test_question_with_a_cry_for_help_asks_for_help(rules):
    note = _decide(rules, _HELLO, "Le llamo para preguntarle algo, necesito ayuda por favor.", "Dígame.", _WORK_ES)
    assert note["call_type"] == CallType.help_request


def test_operator_asking_is_no_consultation(rules):
    note = _decide(
        rules,
        _HELLO,
        "Trabajo en una fábrica de zapatos, no nos pagan nada y el dueño tiene nuestros documentos, ayúdenme.",
        "Quiero preguntarle algo: ¿está usted sola ahora?",
        "Sí.",
    )
    assert note["call_type"] != CallType.information_request


# --- the caller recruited --------------------------------------------------------------------------------------------
def test_caller_written_to_and_sent_the_fare_is_the_victim(rules):
    note = _decide(
        rules,
        _HELLO,
        "Hola, quería preguntar algo. Una señora me escribió por instagram para trabajar de anfitriona en una "
        "discoteca en Puerto Maldonado, ya me mandaron el pasaje y me pidieron fotos en bikini.",
    )
    assert note["caller_role"] == CallerRole.victim


def test_niece_sent_the_fare_is_not_the_caller(rules):
    note = _decide(
        rules,
        _HELLO,
        "Hola, quería preguntar algo. Una señora le escribió a mi sobrina para trabajar de anfitriona en una "
        "discoteca en Puerto Maldonado, ya le mandaron el pasaje y le pidieron fotos en bikini.",
    )
    assert note["caller_role"] != CallerRole.victim


# --- tag questions and hedged age answers ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "answer",
    ["I asked her and she goes to school here, so she's maybe fifteen, right?", "Ela disse que tem catorze anos, né?"],
)
def test_tag_question_states_the_age(rules, answer):
    note = _decide(
        rules,
        _HELLO,
        "There's a girl selling candy at the door of a bar every night, the owner keeps her money.",
        "And what else?",
        answer,
    )
    assert note["victims"].minors_involved is True


def test_operator_tag_question_is_still_a_question(rules):
    from summarize.transcript import parse

    t = parse(_call("So she is an adult, she's twenty, right?", "I think so."), rules.taxonomy)
    assert t.sentences[0].speaker == "operator"
    assert t.sentences[0].is_question


@pytest.mark.parametrize(
    ("answer", "minor"),
    [
        ("creo que dieciséis, pero no estoy segura", True),
        ("dice catorce aunque parece mayor", True),
        ("creo que veintidós más o menos", False),
    ],
)
def test_hedged_age_answer(rules, answer, minor):
    note = _decide(
        rules,
        _HELLO,
        "Hay una chica que trabaja en la cantina de mi calle, la hacen atender a los clientes y no le pagan.",
        "¿Qué edad tiene la chica?",
        answer,
    )
    assert note["victims"].minors_involved is minor


# --- urgency of a victim still sold for sex who asks ----------------------------------------------------------------
def test_victim_still_sold_for_sex_asking_stays_high(rules):
    note = _decide(
        rules,
        _HELLO,
        "Le llamo para preguntarle una cosa. Trabajo en un night club, me obligan a estar con los clientes y la "
        "dueña dice que le debo el pasaje.",
        "¿Qué quiere saber?",
        "Mi pregunta es si me pueden meter presa si me voy sin pagar.",
    )
    assert note["call_type"] == CallType.information_request
    assert note["urgency"] == Urgency.high


def test_victim_in_a_factory_asking_is_capped(rules):
    note = _decide(rules, _HELLO, "Le llamo para preguntarle una cosa.", "Dígame.", _WORK_ES)
    assert note["call_type"] == CallType.information_request
    assert note["urgency"] != Urgency.high


# --- police sent in, and an offer for today turned down --------------------------------------------------------------
@pytest.mark.parametrize(
    "plan",
    [
        "Voy a comunicar a la policía de la zona para que entren a la chacra y saquen a los chicos.",
        "I'll contact the police so that officers board the bus at the next stop.",
        "Mañana coordinamos para que la recoja una patrulla, la van a sacar con la policía.",
    ],
)
def test_police_sent_in(rules, plan):
    note = _decide(
        rules,
        _HELLO,
        "En la chacra de mi vecino tienen a cuatro chicos trabajando encerrados, no les pagan y no los dejan salir.",
        plan,
        "Gracias.",
    )
    assert Action.police_dispatch in note["actions"]


def test_caller_advised_to_tell_the_police_is_no_dispatch(rules):
    note = _decide(
        rules,
        _HELLO,
        "En la chacra de mi vecino tienen a cuatro chicos trabajando encerrados, no les pagan y no los dejan salir.",
        "Usted puede avisar a la policía para que entren a la chacra, le doy el número de la comisaría.",
        "Gracias.",
    )
    assert Action.police_dispatch not in note["actions"]


@pytest.mark.parametrize(("reply", "kept"), [("No, hoy no, tengo que volver.", False), ("Sí, hoy mismo.", True)])
def test_shelter_for_today_turned_down(rules, reply, kept):
    note = _decide(
        rules,
        _HELLO,
        "Trabajo en un bar, me obligan a estar con los clientes y la dueña tiene mi pasaporte.",
        "Podemos conseguirle un albergue hoy mismo.",
        reply,
    )
    assert (Action.referral_shelter in note["actions"]) is kept


# --- "N of them, no, M" ----------------------------------------------------------------------------------------------
_BRICKS = "Hi, I'm calling about the brick kiln by the river, a man keeps boys there working all day without pay."


def test_of_them_corrected(rules):
    note = _decide(rules, _HELLO, _BRICKS, "Go on.", "I counted seven of them, no, eight, they sleep in a shed.")
    assert note["victims"].count == 8


def test_a_time_corrected_is_no_count(rules):
    note = _decide(
        rules, _HELLO, _BRICKS, "When do they start?", "The truck comes at five, no, six, and takes three boys away."
    )
    assert note["victims"].count != 6


# --- over: escaped in the third person, back ashore; a move elsewhere is not ---------------------------------------
_SEAMSTRESS = (
    "Llamo por una vecina mía, la tenían cosiendo en un taller de Gamarra sin pagarle y el dueño tenía su dni."
)


def test_no_that_tells_a_move_is_not_past(rules):
    note = _decide(
        rules, _HELLO, _SEAMSTRESS, "¿Ella sigue en ese taller?", "No, el dueño la cambió a otro taller en Ate."
    )
    assert note["situation"] != Situation.past


def test_escaped_in_the_third_person_is_past(rules):
    note = _decide(
        rules,
        _HELLO,
        "Soy psicóloga del CEM, atiendo a una señora que escapó de una chacra donde no le pagaban y le "
        "quitaron el dni.",
    )
    assert note["situation"] == Situation.past


def test_fishermen_back_ashore_is_past(rules):
    note = _decide(
        rules,
        _HELLO,
        "Mi hermano estuvo tres meses en un barco pesquero, no le pagaron nada y le deben todo. Ya está en tierra "
        "desde el lunes.",
    )
    assert note["situation"] == Situation.past


def test_not_escaped_is_not_past(rules):
    note = _decide(
        rules,
        _HELLO,
        "Soy psicóloga del CEM, atiendo a una señora cuya hija no escapó de una chacra donde no le pagan, sigue ahí.",
    )
    assert note["situation"] != Situation.past
