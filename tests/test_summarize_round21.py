"""Round 21 (the case/no-case verdict; from heldout23, 30 and 31, where four calls that are not about trafficking — an
extortion scare, a schoolboy's prank, a child-support question, a dismissed guard's unpaid wages — were drafted as
cases and lost nine fields each). On short calls written for this round before any rule changed, in es cased /
lowercase ASR / en / pt, with negatives:

- The operator's verdict told in other words is decisive, as "no es trata" already was: the matter named as what it
  is and sent elsewhere ("lo suyo es un desalojo y eso lo ve otra institución", "es un tema de pensión de alimentos
  que se ve en otro lado", "isso é uma dívida trabalhista"), "no tiene que ver con trata / has nothing to do with
  trafficking / não tem nada a ver com tráfico", the operator calling it a prank ("entiendo que es una broma", "this
  is a prank call"), and "esta es una línea para casos de trata" said to explain why.
- Not: the same words about a side matter in a real case ("lo de la pensión lo ve otra institución, pero lo de su
  hija encerrada…"), "no es una broma" said by either side, "esto no es solo una deuda laboral".
"""

from __future__ import annotations

import pytest


def call_type(rules, text: str) -> str:
    return rules.decide(text)["call_type"].value.value


NOT_RELEVANT = {
    "eviction_es": (
        "Línea contra la trata, buenas noches.\n"
        "Buenas noches. Quiero denunciar al dueño del cuarto donde vivo, me quiere botar y se quedó con mi garantía, "
        "dice que si no me voy el sábado me saca las cosas a la calle. Eso es un abuso, me está explotando.\n"
        "¿Usted trabaja para él? ¿Le quitó algún documento o no la deja salir?\n"
        "No, no, yo trabajo en un mercado, él solo es el dueño del cuarto. Pero no me devuelve mi plata.\n"
        "Entiendo su molestia. Lo suyo es un desalojo, y eso lo ve otra institución: puede ir al juzgado de paz o "
        "a un consultorio jurídico gratuito.\n"
        "Ya, gracias.\n"
    ),
    "child_support_lower": (
        "linea contra la trata buenas tardes\n"
        "buenas tardes señorita mi ex no me pasa nada para los chicos ya son cinco meses tengo dos niños de seis y "
        "nueve años y yo sola trabajo vendiendo comida\n"
        "alguien obliga a los niños a trabajar o se los quieren llevar\n"
        "no nada de eso ellos van al colegio\n"
        "señora esta es una línea para casos de trata lo de la pensión de alimentos se ve en otro lado puede ir a la "
        "demuna de su distrito\n"
        "ah ya ya señorita gracias\n"
    ),
    "scam_en": (
        "Anti-trafficking hotline, good evening.\n"
        "Someone texted me that my daughter was kidnapped and they want five hundred dollars, they said don't call "
        "the police!\n"
        "Can you reach your daughter on her own phone right now?\n"
        "Wait... yes, she answered, she's at her friend's house, she's fine.\n"
        "I'm glad. This has nothing to do with trafficking, it's a common phone scam. Don't send any money and "
        "report the number to the police.\n"
        "Thank you so much.\n"
    ),
    "extortion_es": (
        "Línea contra la trata, buenas noches.\n"
        "Señorita, me llamaron diciendo que tienen a mi sobrino y que deposite mil soles o le hacen algo.\n"
        "¿Ha podido hablar con su sobrino?\n"
        "Sí, ya le escribí, está en su casa, no le pasó nada.\n"
        "Qué alivio. Eso no tiene nada que ver con la trata de personas, es una extorsión por teléfono. No deposite y "
        "denuncie el número en la comisaría.\n"
    ),
    "wages_pt": (
        "Linha contra o tráfico, boa tarde.\n"
        "Boa tarde. A loja onde eu trabalhava me mandou embora e não pagou o último mês. Isso é exploração!\n"
        "Eles ficaram com seus documentos ou te impediam de sair?\n"
        "Não, não, eu ia para casa todo dia. Só não pagaram.\n"
        "Entendo. Isso é uma dívida trabalhista, não tem nada a ver com tráfico de pessoas. Procure o Ministério do "
        "Trabalho com seus recibos.\n"
        "Tá bom, obrigado.\n"
    ),
    "prank_es": (
        "Línea contra la trata, buenas tardes.\n"
        "Aló, sí, quiero denunciar que mi primo me obliga a hacerle la tarea y no me paga, tengo doce años.\n"
        "¿Tu primo te pega o te encierra?\n"
        "Jaja no, es que estamos jugando con el celular de mi tía.\n"
        "Entiendo que es una broma. Esta línea es para ayudar a personas en peligro, no la uses para jugar.\n"
        "Ya, perdón.\n"
    ),
    "prank_en": (
        "Anti-trafficking hotline.\n"
        "Yeah hi, my boss makes me work on Saturdays, is that trafficking? Haha.\n"
        "Are you being kept somewhere or threatened?\n"
        "Nah man, I'm just messing around.\n"
        "This is a prank call, then. Please keep the line free for people who need it.\n"
    ),
}

STILL_A_CASE = {
    "side_matter_es": (
        "Línea contra la trata, buenas noches.\n"
        "Señorita, mi hija de quince años está encerrada en un bar en Juliaca, la hacen atender a los clientes de "
        "noche. Y encima su papá no me pasa pensión.\n"
        "Lo de la pensión lo ve otra institución, pero lo de su hija encerrada lo pasamos ahora mismo a la policía.\n"
        "Gracias, señorita.\n"
    ),
    "not_a_prank_es": (
        "Línea contra la trata, buenas noches.\n"
        "Señorita, no es una broma, a mi vecina de dieciséis años la tienen encerrada en la casa de al lado y la "
        "obligan a trabajar de noche sin pagarle.\n"
        "Le creo, señora. ¿Me da la dirección? Vamos a avisar a la policía.\n"
    ),
    "not_only_wages_es": (
        "Línea contra la trata, buenas tardes.\n"
        "Trabajo en una chacra en Ica, no me pagan hace tres meses, el capataz tiene mi DNI y no me deja salir del "
        "fundo.\n"
        "Eso no es solo una deuda laboral: si le quitaron el DNI y no lo dejan salir, puede ser trata. Vamos a avisar "
        "a la fiscalía.\n"
    ),
    "line_explained_case_lower": (
        "linea contra la trata buenas noches\n"
        "señorita a mi sobrino de catorce lo llevaron a una mina en madre de dios y no lo dejan regresar no le pagan\n"
        "esta es una línea para casos de trata y lo que me cuenta sí es un caso vamos a pasarlo a la fiscalía\n"
    ),
}


@pytest.mark.parametrize("name", sorted(NOT_RELEVANT))
def test_the_operators_verdict_in_other_words_makes_a_call_not_relevant(rules, name):
    assert call_type(rules, NOT_RELEVANT[name]) == "not_relevant"


@pytest.mark.parametrize("name", sorted(STILL_A_CASE))
def test_the_same_words_about_a_side_matter_or_denied_leave_the_case(rules, name):
    assert call_type(rules, STILL_A_CASE[name]) != "not_relevant"
