"""Round 13: who said what in unlabelled text, and follow-up calls, on calls written for this round before any
rule changed (none phrased like a heldout21 line).

- Speaker attribution in mono text (one line per turn, no labels): an operator line that reads like a caller's
  (an unpunctuated question about documents, "me puede dar su nombre para buscar el caso") used to flip every
  line after it, so the caller's facts became the operator's and the operator's verdict the caller's. Lines of a
  turn-by-turn transcript alternate; each call below turns on one such line (es lowercase ASR, es cased, en, pt).
- Follow-up calls told in other words: "llamé hace como un mes", "un caso que ustedes nos derivaron", the operator
  finding the case ("ya encontré el registro").

Failures on the old rules are recorded in the README (Round 13)."""

from __future__ import annotations

import pytest

from summarize.taxonomy import load_taxonomy
from summarize.transcript import parse


def value(rules, text: str, field: str):
    v = rules.decide(text)[field].value
    return getattr(v, "value", v)


# ------------------------------------------------------------------ who said what

# A wage dispute: the operator's unpunctuated checklist question, then the verdict; no case.
WAGES_LOWER = (
    "línea contra la trata buenas noches\n"
    "buenas noches señorita llamo por un problema con la fábrica donde trabajaba\n"
    "a ver cuénteme\n"
    "trabajé ocho meses en una fábrica de zapatos en arequipa y al final no me pagaron el último mes\n"
    "y ahí le quitaron su dni o lo tenían encerrado o lo amenazaban\n"
    "no nada de eso yo iba y venía a mi casa todos los días\n"
    "bueno lo suyo es un reclamo laboral esta línea ve casos de trata usted puede ir a la sunafil\n"
    "ya gracias\n"
)

# The operator asks for the name to look up the case: a follow-up about a girl already rescued.
FOLLOW_UP_LOWER = (
    "línea contra la trata buenos días\n"
    "buenos días señorita yo llamé hace como un mes por mi sobrina que trabajaba en un restaurante en chiclayo\n"
    "sí señor me puede dar su nombre para buscar el caso\n"
    "soy justo ramos de ferreñafe\n"
    "ya encontré el registro a su sobrina la sacaron la semana pasada verdad\n"
    "sí ya está en un albergue quería saber cuándo la puedo ver\n"
    "le explico la fiscalía tiene que evaluar primero le vamos a llamar el lunes para contarle\n"
    "ya gracias\n"
)

# Cased Spanish: the operator lists the signs (a statement, no "?"), the caller denies them.
NO_CASE_CASED = (
    "Línea contra la trata, buenas tardes.\n"
    "Buenas tardes. Mi hermano se fue a trabajar a Lima y no contesta el teléfono hace dos días.\n"
    "Le pregunto algo. Si le quitaron los documentos, si no lo dejan salir o si le deben plata, eso sería trata.\n"
    "No, nada de eso. Ya me escribió, estaba sin saldo nomás. Perdone la molestia.\n"
    "No se preocupe. Es importante llamar cuando hay dudas. Que tenga buena tarde.\n"
    "Gracias, igualmente.\n"
)

# English: the operator's appraisal names the form; the caller is the victim herself.
VICTIM_EN = (
    "Anti-trafficking hotline, good evening.\n"
    "Hi. I work at a house in Miraflores, the lady took my passport and I can't go out.\n"
    "What you describe is domestic servitude and it is a crime. Are you alone now?\n"
    "Yes, she went out. Please help me.\n"
    "We will send the police to the house. Stay on the line.\n"
    "Okay. Thank you.\n"
)

# Portuguese: the operator answers in Spanish, the caller in Portuguese.
VICTIM_PT = (
    "Línea contra la trata, buenas noches.\n"
    "Oi, boa noite. Eu estou num bar em Puerto Maldonado, me trouxeram pra trabalhar e não me deixam sair.\n"
    "Bien. ¿Usted está en peligro ahora?\n"
    "Sim, o dono está aqui fora. Me ajuda por favor.\n"
    "La policía va en camino. Quédese en el baño.\n"
    "Tá bom. Obrigada.\n"
)


def test_wage_dispute_in_lowercase_is_no_case(rules):
    assert value(rules, WAGES_LOWER, "call_type") == "not_relevant"
    assert value(rules, WAGES_LOWER, "caller_role") == "general_public"


def test_follow_up_lowercase_reads_the_operator_lookup(rules):
    assert value(rules, FOLLOW_UP_LOWER, "call_type") == "follow_up"


@pytest.mark.xfail(strict=True, reason="a missing relative who turns up (round 11's left-over): still a case")
def test_listed_signs_denied_in_cased_text_are_no_case(rules):
    assert value(rules, NO_CASE_CASED, "call_type") == "not_relevant"


def test_victim_in_english(rules):
    assert value(rules, VICTIM_EN, "caller_role") == "victim"
    assert value(rules, VICTIM_EN, "call_type") == "help_request"


def test_victim_in_portuguese(rules):
    assert value(rules, VICTIM_PT, "caller_role") == "victim"
    assert value(rules, VICTIM_PT, "urgency") == "immediate"


@pytest.mark.parametrize("text", [WAGES_LOWER, FOLLOW_UP_LOWER, NO_CASE_CASED, VICTIM_EN, VICTIM_PT])
def test_turns_alternate_in_mono_text(text):
    tr = parse(text, load_taxonomy())
    lines = [ln for ln in text.split("\n") if ln.strip()]
    starts, pos = [], 0
    for ln in text.split("\n"):
        if ln.strip():
            starts.append((pos, pos + len(ln)))
        pos += len(ln) + 1
    for k, (s, e) in enumerate(starts):
        want = "operator" if k % 2 == 0 else "caller"
        got = {x.speaker for x in tr.sentences if s <= x.start and x.end <= e}
        assert got == {want}, (lines[k], got)


def test_sentence_segments_do_not_alternate():
    # one sentence per line (mono segments): two caller sentences in a row stay the caller's
    text = (
        "Línea contra la trata, buenas tardes.\n"
        "Buenas tardes.\n"
        "Mi hija está en un bar en Tumbes y no la dejan salir.\n"
        "Le quitaron el DNI.\n"
    )
    tr = parse(text, load_taxonomy())
    assert [s.speaker for s in tr.sentences][-2:] == ["caller", "caller"]


# ------------------------------------------------------------------ follow-up in other words

FOLLOW_UP = {
    "referred-cased": (
        "Línea contra la trata, buenos días.\n"
        "Buenos días, soy trabajadora social del hospital de Pucallpa. Llamo por un caso que ustedes nos derivaron "
        "hace dos semanas, una adolescente de 15 años.\n"
        "Sí, ¿me da el nombre para ubicarlo?\n"
        "Katy, de 15 años. Hoy vino su tío a querer llevársela y no tiene ningún documento.\n"
        "Hizo bien en llamar. Voy a comunicar a la fiscalía ahora mismo.\n"
        "Gracias.\n"
    ),
    "month-en": (
        "Anti-trafficking hotline, good morning.\n"
        "Good morning. I called about a month ago about my cousin who was working in a bar in Cusco.\n"
        "Yes, let me find the case. What is your name?\n"
        "Tom Baker. She is out now but they still have her passport.\n"
        "We will connect her with a lawyer and call you on Friday.\n"
        "Thanks.\n"
    ),
}


@pytest.mark.parametrize("key", sorted(FOLLOW_UP))
def test_follow_up_in_other_words(rules, key):
    assert value(rules, FOLLOW_UP[key], "call_type") == "follow_up"


NOT_FOLLOW_UP = {
    # a case of a month ago told for the first time
    "first-call": (
        "Línea contra la trata, buenas tardes.\n"
        "Buenas tardes. Hace un mes mi hija se fue a trabajar a una mina en Puno y no la dejan volver.\n"
        "¿Cuántos años tiene su hija?\n"
        "Diecisiete. Le quitaron su DNI.\n"
        "Vamos a derivar el caso a la policía especializada.\n"
        "Gracias.\n"
    ),
}


@pytest.mark.parametrize("key", sorted(NOT_FOLLOW_UP))
def test_first_call_is_no_follow_up(rules, key):
    assert value(rules, NOT_FOLLOW_UP[key], "call_type") != "follow_up"


# ------------------------------------------------------------------ exposed once the speakers were right
# (written after the alternation showed these calls, each a mechanism with a must-not)


def test_papers_of_all_of_them_held(rules):
    text = (
        "Línea contra la trata, buenas tardes.\n"
        "Buenas tardes. En la chacra de mi vecino hay cuatro muchachos trabajando. El capataz tiene todos los "
        "dnis y no les paga.\n"
        "¿Cuántos años tienen?\n"
        "Veinte, más o menos.\n"
    )
    assert "labour" in value(rules, text, "exploitation_types")


CONTACT_LOST = (
    "línea contra la trata buenas tardes\n"
    "buenas tardes llamo por mi hermana se fue a trabajar a una tienda en cusco que le ofrecieron por facebook y ya "
    "no sé nada de ella hace tres semanas su celular está apagado\n"
    "cuántos años tiene\n"
    "veintidós\n"
    "vamos a derivar el caso a la policía\n"
    "ya gracias\n"
)


def test_contact_lost_after_an_offer_is_ongoing(rules):
    assert value(rules, CONTACT_LOST, "situation") == "ongoing"


def test_offer_not_yet_taken_stays_at_risk(rules):
    text = (
        "línea contra la trata buenas tardes\n"
        "buenas tardes a mi hermana le ofrecieron trabajo en una tienda en cusco por facebook y quiere viajar el "
        "lunes\n"
        "cuántos años tiene\n"
        "veintidós\n"
    )
    assert value(rules, text, "situation") == "at_risk"


def test_a_los_chicos_is_nobody_in_particular(rules):
    text = (
        "Línea contra la trata, buenas tardes.\n"
        "Buenas tardes, una consulta nomás. En el barrio circula un aviso de trabajo en Chile con pasaje pagado "
        "y varios chicos están interesados. Quería saber si es confiable.\n"
        "Tiene señales de alerta: no hay empresa ni contrato.\n"
        "Entonces les voy a avisar a los chicos que tengan cuidado.\n"
    )
    assert value(rules, text, "victims").count == 0


def test_question_after_the_case_is_taken_on_is_no_consultation(rules):
    text = (
        "Línea contra la trata, buenas tardes.\n"
        "Buenas tardes. Mi sobrina trabaja en una casa en Lima, no le pagan y no la dejan salir.\n"
        "Lo que describe es grave. Vamos a comunicar el caso a la fiscalía hoy mismo.\n"
        "Gracias. ¿Y ella qué puede hacer mientras tanto?\n"
        "Que guarde los mensajes.\n"
    )
    assert value(rules, text, "call_type") == "report"


def test_question_before_any_action_is_a_consultation(rules):
    text = (
        "Línea contra la trata, buenas tardes.\n"
        "Buenas tardes. Quería saber si es legal que el dueño del fundo se quede con el DNI de los trabajadores.\n"
        "No, no es legal. Nadie puede retener sus documentos.\n"
        "Ya, gracias.\n"
    )
    assert value(rules, text, "call_type") == "information_request"


PLAN = (
    "línea contra la trata buenos días\n"
    "buenos días una consulta a mi hijo de dieciséis le ofrecieron un trabajo en chile\n"
    "y cómo viajaría su hijo\n"
    "en bus con el representante y dice que allá él le guarda el pasaporte\n"
    "le recomiendo no dejarlo viajar\n"
    "ya gracias\n"
)


def test_papers_told_as_the_plan_are_no_sign_yet(rules):
    assert value(rules, PLAN, "situation") == "at_risk"
    assert "labour" not in value(rules, PLAN, "exploitation_types")


def test_papers_held_now_answering_a_plain_question_are_a_sign(rules):
    text = PLAN.replace("y cómo viajaría su hijo", "y dónde está su hijo ahora").replace(
        "en bus con el representante y dice que allá él le guarda el pasaporte",
        "ya está en chile y el representante le quitó el pasaporte",
    )
    assert value(rules, text, "situation") == "ongoing"


def test_ya_no_answers_the_question_before_a_past_tense(rules):
    text = (
        "línea contra la trata buenos días\n"
        "buenos días yo trabajaba en un bar en tumbes tenía que tomar con los clientes y no me pagaban\n"
        "usted sigue en ese lugar\n"
        "no ya no me escapé anoche estoy en la casa de mi prima\n"
    )
    assert value(rules, text, "caller_role") == "victim"


def test_ya_no_still_denies_a_present(rules):
    text = (
        "línea contra la trata buenos días\n"
        "buenos días mi vecina dice que a su hija la tienen en un bar en tumbes\n"
        "y la señora qué más sabe\n"
        "que ya no la dejan salir\n"
    )
    assert value(rules, text, "situation") == "ongoing"


def test_the_friend_who_gave_the_number_is_not_the_case(rules):
    text = (
        "línea contra la trata buenos días\n"
        "buenos días una amiga me dio este número yo trabajaba en un bar en tumbes tenía que tomar con los "
        "clientes\n"
        "usted sigue en ese lugar\n"
        "no ya no me escapé anoche estoy en la casa de mi prima\n"
    )
    assert value(rules, text, "caller_role") == "victim"


def test_a_friend_held_is_still_the_case(rules):
    text = (
        "Línea contra la trata, buenos días.\n"
        "Buenos días. Una amiga me escribió que la tienen encerrada en un bar en Tumbes y no le pagan.\n"
        "¿Sabe la dirección?\n"
        "No, solo el nombre del bar.\n"
    )
    assert value(rules, text, "caller_role") == "acquaintance"
