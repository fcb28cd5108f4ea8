"""Round 33 (heldout51-52 misses), in phrasings other than the sets', each with negatives:

- Victims: an age the caller corrects mid-sentence stays an age, never a head count; an answer that wavers between
  near numbers and settles on one said again counts that one; a total told by where its parts come from adds up; a
  rough figure before the number ("veintitantas, veintiséis") and a guessed "like four of them" count; those the
  victim cooked for "about twenty" of are not victims.
- Forced labour: a debt that outgrows the pay, deductions told with "todo" first, papers taken said with "tomar".
- No case: the one feared missing turns up safe during the call; the operator says the matter is not the line's area.
- Caller role: with no case, a caller who says whose kin she is stays a family member.
"""

from __future__ import annotations

import pytest

from summarize.model import Action, CallerRole, CallType, ExploitationType
from tests.summarize_helpers import call as _call


def _decide(rules, *turns: str) -> dict:
    return {k: v.value for k, v in rules.decide(_call(*turns)).items()}


_HELLO = "Línea contra la trata, buenas noches."


# --- an age corrected ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "told",
    [
        "Tengo aquí a dos chicas que se escaparon de un bar, la mayor dice que tiene diecisiete y la otra "
        "quince no perdón la otra dice trece son primas",
        "Recogí a dos muchachos que se escaparon de una chacra donde no les pagaban, uno tiene dieciséis años, "
        "digo, el otro tiene doce.",
        "I picked up two girls who ran away from a bar where they were made to go with clients, one says she's "
        "sixteen and the other fifteen, sorry, the other one says thirteen, they're cousins.",
    ],
)
def test_an_age_corrected_is_no_head_count(rules, told):
    out = _decide(rules, _HELLO, told, "¿Están con usted ahora?", "Sí, están conmigo.")
    assert out["victims"].count == 2


def test_a_count_corrected_after_an_age_still_counts(rules):
    out = _decide(
        rules,
        _HELLO,
        "La chica tiene quince años, perdón, son catorce chicas las que trajeron al bar.",
        "¿Dónde queda el bar?",
        "En la salida del pueblo.",
    )
    assert out["victims"].count == 14


# --- a wavering answer -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "answer,expected",
    [
        ("Unos seis, siete... siete creo.", 7),
        ("Eleven, twelve... twelve I think, all men.", 12),
        ("Uns cinco, seis... acho que seis.", 6),
        # no number said again: the first one stands
        ("Unos seis, siete, no sé bien.", 6),
    ],
)
def test_a_wavering_count_settles_on_the_number_said_again(rules, answer, expected):
    out = _decide(
        rules,
        _HELLO,
        "Vi un camión con gente encerrada atrás, les habían quitado los documentos.",
        "¿Cuántas personas había?",
        answer,
    )
    assert out["victims"].count == expected


# --- totals told in parts, rough figures, guessed groups -------------------------------------------------------------
def test_a_total_told_by_where_its_parts_come_from_adds_up(rules):
    out = _decide(
        rules,
        "Hotline, good evening.",
        "We are eight from Bangladesh and four from Nepal, the boss keeps our passports and doesn't pay us.",
    )
    assert out["victims"].count == 12


def test_parts_without_from_are_not_summed(rules):
    out = _decide(
        rules,
        "Hotline, good evening.",
        "We are eight and my friend has four children at home, the boss keeps our passports.",
    )
    assert out["victims"].count == 8


def test_a_rough_figure_then_the_number(rules):
    out = _decide(
        rules,
        _HELLO,
        "Se las llevaron en una combi anoche para trabajar en un bar. Eran veintitantas, veintitrés creo, todas "
        "jóvenes.",
    )
    assert out["victims"].count == 23


def test_a_guessed_group_of_them(rules):
    out = _decide(
        rules,
        "Hotline, good evening.",
        "There are some kids begging at the bus stop every night, about four of them, and a man takes their money.",
    )
    assert out["victims"].count == 4


def test_the_men_cooked_for_are_no_victims(rules):
    out = _decide(
        rules,
        "Hotline, good evening.",
        "My niece was taken to a mining camp, she cooks for around thirty men and they don't pay her anything.",
    )
    assert out["victims"].count == 1


# --- forced labour ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "told",
    [
        "Trabajábamos en la cosecha de un fundo y siempre le debíamos más de lo que ganábamos.",
        "I worked on a fishing boat for a year and I owed the captain more than I earned.",
        "Eu trabalhava numa fazenda e a dívida só aumentava, nunca acabava.",
        "Estaba en un campamento maderero, el patrón todo nos descontaba, la comida, las botas.",
        "Levaram a gente pra uma carvoaria e tomaram os documentos de todo mundo.",
    ],
)
def test_labour_signs_in_other_words(rules, told):
    out = _decide(rules, _HELLO, told)
    assert ExploitationType.labour in out["exploitation_types"]


def test_a_debt_paid_off_is_no_sign(rules):
    out = _decide(
        rules,
        _HELLO,
        "Trabajo en una chacra cerca de mi casa, me pagan bien y no le debo nada a nadie, solo quería preguntar "
        "por los horarios.",
    )
    assert out["exploitation_types"] != [ExploitationType.labour]


# --- no case ---------------------------------------------------------------------------------------------------------
def test_the_missing_one_turns_up_safe(rules):
    out = _decide(
        rules,
        _HELLO,
        "Soy el papá de un muchacho de quince años, no volvió anoche del colegio y no contesta el celular, tengo "
        "miedo porque hablaba con gente rara por internet.",
        "¿Le ofrecieron algún trabajo o viaje?",
        "No que yo sepa. Espere, señorita... ya apareció, estaba en la casa de su primo, se quedó sin batería.",
        "Qué bueno. Converse con él sobre sus contactos en redes.",
    )
    assert out["call_type"] == CallType.not_relevant
    assert out["caller_role"] == CallerRole.family_member


def test_still_missing_is_a_case(rules):
    out = _decide(
        rules,
        _HELLO,
        "Soy la mamá de una chica de dieciséis, no volvió anoche y no contesta, tengo miedo porque un señor le "
        "ofreció trabajo en un bar en la mina.",
        "¿Ya apareció?",
        "No, todavía no aparece, nadie sabe nada.",
    )
    assert out["call_type"] != CallType.not_relevant


def test_turned_up_but_exploited_is_a_case(rules):
    out = _decide(
        rules,
        _HELLO,
        "Mi hija ya apareció, pero nos contó que la tenían en un bar atendiendo a los clientes y le quitaron el DNI.",
    )
    assert out["call_type"] != CallType.not_relevant


def test_not_the_lines_area(rules):
    out = _decide(
        rules,
        "Hotline, good morning.",
        "Hi, I wanted to ask how my brother can renew his work permit here, he's been waiting for months and the "
        "office never answers, we don't know who else to ask about the paperwork.",
        "I understand. That's not our area, this line handles trafficking, but the migration office can help you.",
        "Okay, thanks.",
    )
    assert out["call_type"] == CallType.not_relevant


def test_the_caller_saying_not_our_area_is_no_refusal(rules):
    out = _decide(
        rules,
        "Hotline, good morning.",
        "I know it's not our area as neighbours, but there are girls locked in the bar next door and men come in "
        "all night, they never let them out.",
    )
    assert out["call_type"] != CallType.not_relevant


def test_no_case_without_kin_named_is_general_public(rules):
    out = _decide(
        rules,
        _HELLO,
        "Buenas, ¿es la pollería? Quería pedir un cuarto de pollo.",
        "No señor, se ha equivocado, esta es la línea contra la trata.",
        "Ay, disculpe.",
    )
    assert out["caller_role"] == CallerRole.general_public


# --- a young relative in an enumeration -------------------------------------------------------------------------------
def test_a_young_relative_joins_the_group(rules):
    out = _decide(
        rules,
        _HELLO,
        "En la feria veo a tres chiquitos y un sobrino de ellos vendiendo caramelos hasta la madrugada, un señor les "
        "quita la plata.",
    )
    assert out["victims"].count == 4


def test_a_friend_does_not_join_the_group(rules):
    out = _decide(
        rules,
        _HELLO,
        "En la feria veo a tres chiquitos y un amigo mío también los vio vendiendo caramelos hasta la madrugada, un "
        "señor les quita la plata.",
    )
    assert out["victims"].count == 3


# --- a nightclub as a landmark of a crime, a rape named of a handover -------------------------------------------------
def test_drugs_taken_to_a_nightclub_door_are_no_sexual_exploitation(rules):
    out = _decide(
        rules,
        _HELLO,
        "Soy profesora. Una banda obliga a un alumno a llevar droga en su mochila hasta la puerta de las discotecas "
        "del centro, le dicen que si no lo hace le pegan a su hermano.",
    )
    assert ExploitationType.forced_criminality in out["exploitation_types"]
    assert ExploitationType.sexual not in out["exploitation_types"]


def test_girls_made_to_work_inside_a_nightclub_stay_sexual(rules):
    out = _decide(
        rules,
        _HELLO,
        "Hay chicas menores en la discoteca del centro, las obligan a estar con los clientes, y en la puerta venden "
        "droga.",
    )
    assert ExploitationType.sexual in out["exploitation_types"]


def test_a_rape_named_by_the_operator_of_a_girl_handed_over_is_the_handover(rules):
    out = _decide(
        rules,
        _HELLO,
        "Mi cuñado quiere entregar a su hija de doce años a un señor de cincuenta, el señor le va a dar tres mil "
        "soles y unas vacas.",
        "Entregar a una niña a cambio de dinero es trata, y además sería violación de una menor. Vamos a avisar a la "
        "fiscalía.",
        "Gracias, señorita.",
    )
    assert out["exploitation_types"] == [ExploitationType.other]


def test_a_rape_the_caller_tells_stays(rules):
    out = _decide(
        rules,
        _HELLO,
        "Mi cuñado entregó a su hija de doce años a un señor por tres mil soles, y ahora el señor la prestaba a "
        "otros hombres por plata.",
    )
    assert ExploitationType.sexual in out["exploitation_types"]


def test_one_room_for_a_man_and_girls_is_sexual(rules):
    out = _decide(
        rules,
        "Hotline, good evening.",
        "I work nights at a hostel. A man in his fifties came with two young girls and asked for just one room, "
        "he paid cash.",
    )
    assert ExploitationType.sexual in out["exploitation_types"]


def test_one_room_for_a_family_is_not(rules):
    out = _decide(
        rules,
        "Hotline, good evening.",
        "I work nights at a hostel. A couple came with their luggage and asked for just one room, they had no "
        "passports and the man kept saying they owed him money for the trip.",
    )
    assert ExploitationType.sexual not in out["exploitation_types"]


# --- a call-back or a message promised in the present ----------------------------------------------------------------
@pytest.mark.parametrize(
    "promise",
    [
        "Vamos avisar a polícia agora. Depois eu ligo pra senhora pra saber como ficou.",
        "Ya avisamos a la policía. Más tarde le escribo un mensaje para contarle qué pasó.",
        "The police are on their way. I'll text you later to let you know how it went.",
    ],
)
def test_a_call_back_promised_in_the_present(rules, promise):
    out = _decide(
        rules, _HELLO, "Hay dos chicas encerradas con candado en el taller de al lado, no las dejan salir.", promise
    )
    assert Action.follow_up_call in out["actions"]


def test_the_callers_message_is_no_call_back(rules):
    out = _decide(
        rules,
        _HELLO,
        "Hay dos chicas encerradas con candado en el taller de al lado, no las dejan salir.",
        "Vamos a enviar a la policía ahora mismo.",
        "Gracias, más tarde le mando un mensaje con la dirección exacta.",
    )
    assert Action.follow_up_call not in out["actions"]


# --- a second age joined with "e" / "and" ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "told",
    [
        "Levaram meu filho e o primo dele para vender droga na rua. O meu filho tem dezesseis e o primo dezessete.",
        "They make my son and his friend sell drugs at the station. My son is fifteen and his friend sixteen.",
    ],
)
def test_a_second_age_joined_with_and_is_an_age(rules, told):
    out = _decide(rules, _HELLO, told)
    assert out["victims"].minors_involved is True


def test_a_number_joined_with_and_is_no_age(rules):
    out = _decide(
        rules,
        _HELLO,
        "Na oficina trabalham homens adultos sem salário, todos maiores de idade. A oficina tem dois andares e o dono "
        "fica com os documentos.",
    )
    assert out["victims"].minors_involved is False
