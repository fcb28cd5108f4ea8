"""Round 24 (the time frame of the facts, from the situation misses of every set's mono run; ongoing drafted where the
writer says at risk is the largest group, 13 calls in 11 sets by several writers). On short calls written for this
round, in es cased / lowercase ASR / en / pt, each cause with negatives:

- "Not yet" answers a question about the move or the yes itself ("¿Ya viajó?" "No, todavía no", "Has she accepted?"
  "No, nothing yet", "ela já aceitou?" "ainda não"): what was offered has not begun, even though the form it would
  take is named. Not when the question asks about something else ("¿ya le pagaron?" "todavía no": unpaid work is
  happening) nor when the caller tells signs of it happening.
- "Still" said of where the caller is ("todavía está aquí conmigo", "she's still at home with us", "ainda está em
  casa") is before the harm, not someone still held; "sigue en el bar" and "todavía está en la casa de la señora" are.
"""

from __future__ import annotations

import pytest


def situation(rules, text: str) -> str:
    return rules.decide(text)["situation"].value.value


OFFER = {
    "es": "Mi prima tiene diecinueve años. Una señora le ofreció trabajo de mesera en un karaoke en Puerto Maldonado, "
    "dice que tiene que acompañar a los clientes a tomar y que el pasaje queda como deuda.",
    "lower": "mi prima tiene diecinueve años una señora le ofreció trabajo de mesera en un bar en la mina "
    "que tiene que acompañar a los clientes a tomar y que el pasaje queda como deuda",
    "en": "My cousin is nineteen. A woman offered her a job as a waitress in a bar in Puerto Maldonado, she says she "
    "has to drink with the clients and the ticket is a debt she pays from her wages.",
    "pt": "Minha prima tem dezenove anos. Uma mulher ofereceu um trabalho de garçonete num bar em Puerto Maldonado, "
    "diz que tem que beber com os clientes e que a passagem fica como dívida.",
}


def call(lang: str, question: str, answer: str) -> str:
    head = {
        "es": "Línea contra la trata, buenas tardes.\nBuenas tardes, quería preguntar algo.\n¿Qué pasó?\n",
        "lower": "línea contra la trata buenas tardes\nbuenas tardes quería preguntar algo\nqué pasó\n",
        "en": "Anti-trafficking line, good afternoon.\nHi, I wanted to ask something.\nWhat happened?\n",
        "pt": "Linha contra o tráfico, boa tarde.\nBoa tarde, queria perguntar uma coisa.\nO que aconteceu?\n",
    }[lang]
    return f"{head}{OFFER[lang]}\n{question}\n{answer}\n"


# --- "not yet" to the move or the yes itself -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "question", "answer"),
    [
        ("es", "¿Ya viajó?", "No, todavía no. Dice que sale el jueves."),
        ("es", "¿Ella ya aceptó el trabajo?", "Todavía no le ha dicho que sí, pero está ilusionada."),
        ("lower", "y ella ya se fue", "no todavía no dice que el viernes sale"),
        ("en", "Has she already left?", "No, not yet. She says next week."),
        ("en", "Has she done anything for them already?", "No, nothing yet."),
        ("pt", "Ela já aceitou?", "Ainda não, mas ela quer ir."),
    ],
)
def test_not_yet_to_the_move_is_at_risk(rules, lang, question, answer):
    assert situation(rules, call(lang, question, answer)) == "at_risk"


@pytest.mark.parametrize(
    ("lang", "question", "answer"),
    [
        # unpaid work is happening: the question is not about the move
        ("es", "¿Ya le pagaron algo?", "No, todavía no le pagan nada y no la dejan salir del karaoke."),
        # the caller tells it has begun in the same breath
        ("en", "Has she already left?", "No, not yet, but they are forced to work there every night, she says."),
    ],
)
def test_not_yet_to_something_else_stays_ongoing(rules, lang, question, answer):
    assert situation(rules, call(lang, question, answer)) == "ongoing"


# --- "still" where the caller is -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "question", "answer"),
    [
        ("es", "¿Ya viajó?", "No, no, todavía está aquí conmigo. Sale el jueves en la noche."),
        ("lower", "ya viajó su prima", "no todavía está aquí en mi casa dice que se va el jueves"),
        ("en", "Did she go already?", "No, she's still at home with us. She wants to go on Friday."),
        ("pt", "Ela já viajou?", "Não, ainda está aqui comigo em casa. Quer ir na sexta."),
    ],
)
def test_still_with_the_caller_is_before_the_harm(rules, lang, question, answer):
    assert situation(rules, call(lang, question, answer)) == "at_risk"


HELD = {
    "es": "Mi prima tiene diecinueve años y trabaja en un karaoke en Puerto Maldonado, "
    "la hacen tomar con los clientes.",
    "en": "My cousin is nineteen and works in a bar in Puerto Maldonado, they make her drink with the clients.",
}


@pytest.mark.parametrize(
    ("lang", "question", "answer"),
    [
        ("es", "¿Dónde está ahora?", "Todavía está en el karaoke, no la dejan salir."),
        ("es", "¿Dónde está ahora?", "Sigue en la casa de la señora, no le devuelven el DNI."),
        ("en", "Where is she now?", "She is still with them at the bar, they won't let her leave."),
    ],
)
def test_still_with_them_stays_ongoing(rules, lang, question, answer):
    text = call(lang, question, answer).replace(OFFER[lang], HELD[lang])
    assert situation(rules, text) == "ongoing"


# --- a consultation that tells nothing happening --------------------------------------------------------------------

CONSULT = {
    "es": "Quería consultar algo. A mi sobrino de diecisiete un agente lo contactó por Instagram, dice que lo lleva "
    "a una prueba en un club de Argentina y que paguemos dos mil dólares. ¿Eso es normal?",
    "lower": "quería consultar algo a mi sobrino un agente lo contactó por instagram dice que lo lleva a una prueba de "
    "fútbol en argentina y que paguemos dos mil dólares eso es normal",
    "en": "I just have a question. A man on Instagram told my nephew he can take him to a football trial in Argentina "
    "if we pay two thousand dollars. Is that normal?",
}


@pytest.mark.parametrize("lang", ["es", "lower", "en"])
def test_a_consultation_with_nothing_happening_is_at_risk(rules, lang):
    text = f"Línea contra la trata, buenas tardes.\n{CONSULT[lang]}\nNo paguen nada y guarden los mensajes.\nGracias.\n"
    assert situation(rules, text) == "at_risk"


@pytest.mark.parametrize(
    "line",
    [
        # told, not asked: a report
        "Llamo para denunciar. A mi sobrino un agente se lo llevó a Argentina a jugar fútbol y no sabemos nada.",
        # asked, but it is being done to him now
        "Quería consultar algo. Mi sobrino está en Argentina con un agente, lo hacen trabajar y no le pagan. "
        "¿Es normal?",
    ],
)
def test_a_report_or_a_question_about_what_is_happening_stays_ongoing(rules, line):
    text = f"Línea contra la trata, buenas tardes.\n{line}\nVamos a ver su caso.\nGracias.\n"
    assert situation(rules, text) == "ongoing"


# --- urgency of a harm still ahead, by what the call asks ------------------------------------------------------------


def urgency(rules, text: str) -> str:
    return rules.decide(text)["urgency"].value.value


AHEAD_FRIEND = (
    "Línea contra la trata, buenas tardes.\nHola, quería preguntar algo, no sé si es normal.\nDígame.\n"
    "Mi amiga tiene veinte años, le ofrecieron trabajo de mesera en un bar en la mina con pasaje pagado.\n"
    "¿Ya viajó?\nNo, todavía no. ¿Usted cree que es peligroso?\nHay señales de alerta, que no viaje.\nGracias.\n"
)


def test_a_friend_asking_about_an_adults_offer_is_medium(rules):
    assert urgency(rules, AHEAD_FRIEND) == "medium"


def test_the_general_public_asking_about_ads_stays_low(rules):
    text = (
        "Línea contra la trata, buenas tardes.\nHola, solo una consulta.\nDígame.\n"
        "Vi anuncios en redes sociales que ofrecen trabajos en el extranjero con pasajes gratis. ¿Eso es legal?\n"
        "Tenga cuidado con esos anuncios.\nGracias.\n"
    )
    assert urgency(rules, text) == "low"


def test_an_employer_asking_about_her_cleaners_offer_stays_low(rules):
    text = (
        "Anti-trafficking line, good afternoon.\nHi, I just have a question.\nGo ahead.\n"
        "The lady who cleans our flat is thirty. A man offered her a job in a restaurant in Spain with the flight "
        "paid. Is that normal?\nHas she accepted already?\nNo, not yet.\nTell her not to hand over her passport.\n"
        "Thanks.\n"
    )
    assert urgency(rules, text) == "low"
