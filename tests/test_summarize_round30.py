"""Round 30 (heldout44/45 misses): what the caller says of the present in a past case, and the kin who moved the caller.
On short calls written for this round, in phrasings other than the sets', each with negatives:

- A past case whose person the caller tells is safe now (with her or the family, calm, in no danger, hidden from the
  exploiter) is medium, minors or not; the operator's "¿está segura?" alone, a denied "no está segura", a clinic's "está
  con nosotros" or the police sent keep high.
- The kin who brought, took or locks up the caller ("mi padrino me trajo de ...") is the exploiter and the caller the
  victim; something brought to the caller ("me trajo su sandalia") makes no one brought.
"""

from __future__ import annotations

import pytest

from tests.summarize_helpers import call as _call
from tests.summarize_helpers import mono as _mono


def _urgency(rules, text: str) -> str:
    return rules.decide(text)["urgency"].value.value


def _role(rules, text: str) -> str:
    return rules.decide(text)["caller_role"].value.value


# --- safe now, in a past case ---------------------------------------------------------------------------------------


def _past_minor(answer: str, *, mono: bool = False) -> str:
    make = _mono if mono else _call
    return make(
        "Línea contra la trata, buenas tardes.",
        "Llamo por mi nieta de catorce años. La tuvieron un año en un restaurante de Ica lavando platos sin pagarle, "
        "no la dejaban salir. La semana pasada se escapó y volvió.",
        "¿Y ahora dónde está ella?",
        answer,
        "Vamos a derivar el caso a la fiscalía y la llamamos el lunes.",
        "Gracias.",
    )


SAFE_NOW = [
    _past_minor("Ya vive con sus papás otra vez, en el pueblo."),
    _past_minor("Está en mi casa, tranquilita, ya come bien."),
    _past_minor("sí ahora está a salvo acá conmigo", mono=True),
    _call(
        "Anti-trafficking line, good evening.",
        "My nephew is fifteen. He was kept on a fishing boat for months without pay and they locked him in the hold. "
        "He escaped last month.",
        "Where is he now?",
        "He's with his mother now, and he's not in any danger.",
        "We will pass the case to the prosecutor and call you on Friday.",
        "Thank you.",
    ),
    _call(
        "Linha contra o tráfico, boa noite.",
        "Minha sobrinha de quinze anos ficou um ano numa casa em Manaus, trabalhando sem salário, trancada. "
        "Ela fugiu no mês passado.",
        "E agora, onde ela está?",
        "Agora está comigo, em casa, está segura.",
        "Vamos encaminhar o caso à promotoria e ligamos na segunda.",
        "Obrigada.",
    ),
]


@pytest.mark.parametrize("text", SAFE_NOW)
def test_safe_now_in_a_past_case_is_medium(rules, text):
    assert _urgency(rules, text) == "medium"


NOT_SAFE_NOW = [
    # the operator asks; the caller does not say she is safe
    _past_minor("No sé, no contesta el teléfono desde ayer."),
    # denied
    _past_minor("Está en el pueblo, pero no está segura, el dueño la anda buscando."),
    # the mother does not know where she is: lost, not hidden
    _call(
        "Linha contra o tráfico, boa noite.",
        "Sou conselheira tutelar. Uma adolescente de dezesseis anos fugiu de uma boate onde a obrigavam com clientes.",
        "A família sabe?",
        "A mãe não sabe onde ela está.",
        "Vamos avisar a mãe e encaminhar o caso.",
        "Obrigada.",
    ),
]


@pytest.mark.parametrize("text", NOT_SAFE_NOW)
def test_no_safe_statement_keeps_high(rules, text):
    assert _urgency(rules, text) == "high"


def test_a_clinic_keeping_her_for_now_is_no_safety(rules):
    text = _call(
        "Línea contra la trata, buenas tardes.",
        "Le habla una enfermera del centro de salud. Atendimos a una niña de trece años que escapó de un bar donde la "
        "obligaban a estar con clientes.",
        "¿Dónde está ahora?",
        "Ahora está con nosotros, pero no tiene a dónde ir.",
        "Vamos a coordinar un albergue para ella hoy.",
        "Gracias.",
    )
    assert _urgency(rules, text) == "high"


# --- kin who moved the caller ---------------------------------------------------------------------------------------

KIN_MOVED_ME = [
    _call(
        "Línea contra la trata, buenas noches.",
        "Tengo catorce años. Trabajo en la chacra de mi tío, él me trajo de Ayacucho diciendo que iba a estudiar, y "
        "no me paga nada, trabajo desde las cinco.",
        "¿Vas al colegio?",
        "No, nunca me ha llevado.",
    ),
    _mono(
        "línea contra la trata buenas noches",
        "tengo quince años mi madrina doña rosa ella me llevó a juliaca hace un año y trabajo en su pollería de día y "
        "de noche sin pago",
        "te pagan algo",
        "no nada",
    ),
    _call(
        "Linha contra o tráfico, boa noite.",
        "Tenho dezesseis anos. Meu padrinho me trouxe do interior e trabalho na padaria dele sem salário, "
        "das três da manhã até a noite.",
        "Você vai à escola?",
        "Não.",
    ),
]


@pytest.mark.parametrize("text", KIN_MOVED_ME)
def test_kin_who_moved_the_caller_makes_the_caller_the_victim(rules, text):
    assert _role(rules, text) == "victim"


def test_something_brought_to_the_caller_is_no_one_brought(rules):
    text = _call(
        "Línea contra la trata, buenos días.",
        "Soy costurera, tengo mi puesto en el mercado. Un chico de doce años que vende caramelos en el paradero me "
        "trajo su pantalón para coser y me contó que un señor lo obliga a vender y le quita todo.",
        "¿Sabe dónde vive?",
        "No, eso no sé.",
    )
    assert _role(rules, text) != "victim"


def test_kin_who_took_the_victim_to_be_checked_is_still_family(rules):
    text = _call(
        "Línea contra la trata, buenas tardes.",
        "Llamo por mi hija de quince años. Un señor la tenía en un bar de Tumbes atendiendo a clientes. Ya volvió, y "
        "mi esposo nos llevó a la posta para que la revisen.",
        "¿Ella está bien?",
        "Sí, está con nosotros.",
    )
    assert _role(rules, text) == "family_member"


# --- how people count: a number denied, her own, one more also taken, those who stayed ------------------------------


def _count(rules, text: str) -> int:
    return rules.decide(text)["victims"].value.count


COUNTS = [
    # a number denied after the one that stands ("N, no M")
    (
        _call(
            "Línea contra la trata, buenas noches.",
            "Se llevaron a cuatro chicos del barrio a una ladrillera, trabajan de sol a sol y no les pagan nada. Y "
            "ayer se fue también otro, el Jhon. Cinco son ahora, no cuatro.",
        ),
        5,
    ),
    (
        _mono(
            "línea contra la trata buenas noches",
            "a las chicas las tienen en un bar en pucallpa son seis entonces, no cinco",
        ),
        6,
    ),
    # her own told with the possessor after them
    (
        _call(
            "Linha contra o tráfico, boa tarde.",
            "É sobre a minha vizinha, a Rosa, e as três filhas dela. Um homem levou elas para trabalhar numa "
            "fazenda, trabalham de sol a sol, não recebem salário e ele ficou com os documentos delas.",
        ),
        4,
    ),
    # one more joined to the group's verb with "también a"
    (
        _call(
            "Línea contra la trata, buenas tardes.",
            "Un señor se llevó a mis dos nietos a una chacra de café, se los llevó en su camión, y también a mi "
            "sobrino. No les pagan nada.",
        ),
        3,
    ),
    # those who stayed behind beside the one who got out
    (
        _call(
            "Línea contra la trata, buenas noches.",
            "Mi vecino se escapó de un barco pesquero donde no le pagaban. Pero allá se quedaron su cuñado y un "
            "amigo, siguen trabajando sin pago.",
        ),
        3,
    ),
]


@pytest.mark.parametrize(("text", "n"), COUNTS)
def test_how_people_count(rules, text, n):
    assert _count(rules, text) == n


NOT_COUNTS = [
    # a correction with a pause after the "no": the second number stands (round 27)
    (
        _call(
            "Línea contra la trata, buenas noches.",
            "Las chicas que trabajan en el bar son cinco... no, seis. Seis son.",
        ),
        6,
    ),
    # "también a" without the group's verb: someone told, not one more taken
    (
        _call(
            "Línea contra la trata, buenas tardes.",
            "A mis dos hijos los tienen en una mina sin pagarles. También a mi esposo le conté y él me dijo que llame.",
        ),
        2,
    ),
    # "also" before a subject: one already counted, told of again
    (
        _call(
            "Anti-trafficking line.",
            "We are five of us, all men, locked in a house. They took our passports. Also my friend is sick, he has "
            "fever.",
        ),
        5,
    ),
    # those who stayed, told by a number without names: no one added by this rule
    (
        _call(
            "Línea contra la trata, buenas noches.",
            "Tres muchachos trabajaban en la chacra sin pago. Uno se escapó y se quedaron los otros dos.",
        ),
        3,
    ),
]


@pytest.mark.parametrize(("text", "n"), NOT_COUNTS)
def test_how_people_count_negatives(rules, text, n):
    assert _count(rules, text) == n
