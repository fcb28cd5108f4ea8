"""Round 17 (from the misses of heldout21-25's mono runs), on short calls written for this round before any rule
changed (none phrased like a bench line), each broad cause with negatives:

- The specialised police is police: the case passed to "la policía especializada / la división de trata / the
  police anti-trafficking unit" so that they go is officers sent, not a legal referral; the prosecutor or a lawyer
  named with them still are.
- A call-back committed to in other forms: "el jueves yo llamo a ese celular", "we will keep in touch", "vamos
  manter contato", "esperamos su llamada", a colleague who will call ("¿a qué hora la puede llamar la psicóloga?"),
  and one promised after an instruction that ends a condition ("si pasa algo más avísenos y el lunes lo llamamos");
  not the line's number given for the caller to call, nor a call-back still inside its condition.
- Not yet: the caller's "todavía no" to "¿ya está viviendo con esa señora?" puts the harm ahead even when its form
  is named, so do "no se ha ido aún / aún no viaja / ainda não aceitou / hasn't said yes yet" and a job being offered;
  not "todavía no le pagan", "hasn't come home yet" with her kept there, nor a boat or bus already boarded.
- Advice to protect oneself is information given: keep the proof ("no borre las conversaciones", "save the
  messages", "guarde as mensagens"), pay nothing ("no le deposite ni un sol", "do not transfer any money"); not the
  caller's own "guardé los mensajes" nor the operator's question.

On the rules before this round 18 of the 29 checks failed (14 of the first three causes' 22, 4 of the advice
cause's 6, written after the first three were fixed; the boarded-bus guard, added with the fix after the first full
bench run, passed). After: none fails, none xfail. Also in the README (Round 17)."""

from __future__ import annotations

import pytest


def actions(rules, text: str) -> set[str]:
    return {getattr(a, "value", a) for a in rules.decide(text)["actions"].value}


def situation(rules, text: str):
    value = rules.decide(text)["situation"].value
    return getattr(value, "value", value)


# ------------------------------------------------------------------ the specialised police is police

SPECIAL_ES = (
    "Línea contra la trata, buenas noches.\n"
    "Buenas noches. En un taller de confecciones de Gamarra tienen a unos chicos cosiendo de noche, no les pagan y "
    "los hacen dormir en el piso.\n"
    "¿Los dejan salir?\n"
    "No, el dueño cierra con llave.\n"
    "Entiendo. Voy a pasar ahora estos datos a la policía especializada en trata para que vayan al taller.\n"
    "Gracias.\n"
)
SPECIAL_LOWER = (
    "línea contra la trata buenas noches\n"
    "buenas noches en la cantina de mi barrio en pucallpa hay chicas menores que atienden a los clientes hasta la "
    "madrugada y no las dejan irse\n"
    "ya anoté todo vamos a comunicar esto ahora a la división de trata de la policía para que intervengan la cantina\n"
    "ya gracias\n"
)
SPECIAL_EN = (
    "Anti-trafficking hotline, good evening.\n"
    "Hi. On the farm next to ours they have three teenagers picking fruit all day, unpaid, and the owner locks "
    "them in the shed at night.\n"
    "I'm passing this right now to the police anti-trafficking unit so they go to the farm tonight.\n"
    "Thank you so much.\n"
)
# still a legal referral: the prosecutor or a lawyer named
PROSECUTOR_TOO = (
    "Línea contra la trata, buenas tardes.\n"
    "Buenas tardes. Mi sobrina trabaja en un bar en Juliaca, la obligan a tomar con los clientes y le quitaron el "
    "DNI.\n"
    "Vamos a derivar el caso a la fiscalía y a la policía especializada para que la rescaten.\n"
    "Gracias, señorita.\n"
)
LAWYER_PT = (
    "Línea contra la trata, boa tarde.\n"
    "Boa tarde. Eu trabalhei numa fazenda em Madre de Dios, não me pagaram e ficaram com o meu documento. Já "
    "consegui sair.\n"
    "Vou encaminhar o senhor para um advogado gratuito que vai ajudar na denúncia.\n"
    "Obrigado.\n"
)


@pytest.mark.parametrize("text", [SPECIAL_ES, SPECIAL_LOWER, SPECIAL_EN], ids=["es", "lower", "en"])
def test_the_specialised_police_is_no_legal_referral(rules, text):
    done = actions(rules, text)
    assert "referral_legal" not in done
    assert "police_dispatch" in done


@pytest.mark.parametrize("text", [PROSECUTOR_TOO, LAWYER_PT], ids=["fiscalia-too", "advogado-pt"])
def test_the_prosecutor_or_a_lawyer_still_is(rules, text):
    assert "referral_legal" in actions(rules, text)


# ------------------------------------------------------------------ a call-back committed to in other forms

I_CALL_ES = (
    "Línea contra la trata, buenas tardes.\n"
    "Buenas tardes. Mi hijo se fue a trabajar a una mina en Madre de Dios y no le pagan, el capataz tiene su DNI.\n"
    "Vamos a informar a la fiscalía. ¿Me deja un número?\n"
    "Este, de mi vecina.\n"
    "Bien. El jueves yo llamo a ese celular para contarle qué se hizo.\n"
    "Gracias.\n"
)
KEEP_IN_TOUCH_EN = (
    "Anti-trafficking hotline, good morning.\n"
    "Morning. My friend works as a nanny in Miraflores, they took her passport and she hasn't been paid in months.\n"
    "We'll refer this to the prosecutor's office. We will keep in touch with you over WhatsApp about it.\n"
    "Okay, thanks.\n"
)
KEEP_IN_TOUCH_PT = (
    "Línea contra la trata, boa noite.\n"
    "Boa noite. A minha irmã está numa casa em Tacna, não deixam ela sair e ficaram com o passaporte.\n"
    "Vamos passar para a polícia. Vamos manter contato pelo WhatsApp com a senhora.\n"
    "Obrigada.\n"
)
AWAIT_CALL_ES = (
    "Línea contra la trata, buenas tardes.\n"
    "Buenas tardes. Trabajo en una casa en Surco, la señora me quitó el DNI y no me deja salir los domingos.\n"
    "Vamos a derivarla a una abogada. ¿Tiene celular?\n"
    "No, me lo quitaron, yo llamo de una cabina.\n"
    "Muy bien, esperamos su llamada el lunes para coordinar.\n"
    "Ya, gracias.\n"
)
COLLEAGUE_ASKED = (
    "Línea contra la trata, buenas tardes.\n"
    "Buenas tardes. Yo salí de un bar en Iquitos donde me obligaban a estar con clientes, ya estoy con mi mamá.\n"
    "La vamos a derivar a una abogada y a una psicóloga. ¿A qué hora la puede llamar la psicóloga?\n"
    "En la tarde, por favor.\n"
)
AFTER_AN_INSTRUCTION_LOWER = (
    "línea contra la trata buenas noches\n"
    "buenas noches en la chacra de mi tío tienen a dos chicos trabajando sin pago y les quitaron sus documentos\n"
    "vamos a informar a la fiscalía si en la semana pasa algo más avísenos al toque y el lunes lo llamamos para ver "
    "cómo sigue\n"
    "ya gracias\n"
)
AFTER_AN_INSTRUCTION_EN = (
    "Anti-trafficking hotline, good afternoon.\n"
    "Hi. A boy of fourteen sells candy at the market until midnight and a man takes all his money.\n"
    "We will inform the child protection office. If the man comes back, don't worry, just let us know, and we'll "
    "ring you on Monday to check in.\n"
    "Thanks.\n"
)
# negatives: the line's number given for the caller to call; a call-back still inside its condition
OUR_NUMBER = (
    "Línea contra la trata, buenas tardes.\n"
    "Buenas tardes. Mi prima trabaja en una pollería en Chiclayo y no le pagan hace tres meses, el dueño tiene su "
    "DNI.\n"
    "Vamos a informar a la fiscalía. Ella puede llamarnos cuando quiera, la línea es gratuita.\n"
    "Gracias.\n"
)
STILL_SUPPOSED = (
    "Línea contra la trata, buenas tardes.\n"
    "Buenas tardes. Mi cuñada trabaja en una casa en Arequipa, no le pagan y le quitaron el DNI.\n"
    "Vamos a informar a la fiscalía. Si su cuñada un día quiere contarnos más la llamamos.\n"
    "Ya, gracias.\n"
)


@pytest.mark.parametrize(
    "text",
    [
        I_CALL_ES,
        KEEP_IN_TOUCH_EN,
        KEEP_IN_TOUCH_PT,
        AWAIT_CALL_ES,
        COLLEAGUE_ASKED,
        AFTER_AN_INSTRUCTION_LOWER,
        AFTER_AN_INSTRUCTION_EN,
    ],
    ids=[
        "yo-llamo",
        "keep-in-touch-en",
        "manter-contato-pt",
        "esperamos-su-llamada",
        "colleague-asked",
        "after-avisenos-lower",
        "after-let-us-know-en",
    ],
)
def test_a_call_back_committed_to(rules, text):
    assert "follow_up_call" in actions(rules, text)


@pytest.mark.parametrize("text", [OUR_NUMBER, STILL_SUPPOSED], ids=["our-number", "still-supposed"])
def test_no_call_back_without_a_commitment(rules, text):
    assert "follow_up_call" not in actions(rules, text)


# ------------------------------------------------------------------ not yet: the harm still ahead

NOT_YET_FORM_NAMED = (
    "Línea contra la trata, buenos días.\n"
    "Buenos días. Soy profesora en Huancavelica. Una alumna de once años me contó que su mamá la va a dar a una "
    "señora de Ica para que cuide a sus niños y limpie la casa, a cambio de comida.\n"
    "¿La niña ya está viviendo con esa señora?\n"
    "No, todavía no, dice que la recogen en vacaciones.\n"
    "Hizo bien en llamar. Vamos a informar a la DEMUNA.\n"
)
NOT_GONE_ES = (
    "Línea contra la trata, buenas tardes.\n"
    "Buenas tardes. Un señor le habla a mi prima por Facebook, le dice que en Lima puede ganar bien en una "
    "discoteca y que él le paga todo. Ella no se ha ido aún.\n"
    "Que no vaya y que guarde los mensajes.\n"
    "Ya, gracias.\n"
)
NOT_GONE_LOWER = (
    "línea contra la trata buenas tardes\n"
    "buenas tardes mi hermano de diecinueve conoció a un señor que lo quiere llevar a la mina dice que le paga el "
    "pasaje pero aún no viaja\n"
    "le recomiendo que no acepte sin contrato\n"
    "ya gracias\n"
)
OFFERING_EN = (
    "Anti-trafficking hotline, good evening.\n"
    "Hi. A woman at church is offering my cousin a job as a waitress in Santiago, with the flight paid. My cousin "
    "hasn't said yes yet.\n"
    "Those are warning signs. She shouldn't hand over her passport.\n"
    "Okay, I'll tell her.\n"
)
NOT_ACCEPTED_PT = (
    "Línea contra la trata, boa tarde.\n"
    "Boa tarde. Um homem prometeu para a minha filha um emprego de modelo em Lima, diz que paga a passagem. Ela "
    "ainda não aceitou.\n"
    "São sinais de alerta. Recomendo que ela não envie documentos.\n"
    "Obrigada.\n"
)
# negatives: the work already done, the worker kept, the workers already shut in
NOT_PAID_YET = (
    "Línea contra la trata, buenas tardes.\n"
    "Buenas tardes. Mi sobrina trabaja en una casa en La Molina, todavía no le pagan nada y no la dejan salir.\n"
    "Vamos a avisar a la policía.\n"
)
NOT_HOME_YET_EN = (
    "Anti-trafficking hotline, good evening.\n"
    "Hi. My daughter works at a bar in Puerto Maldonado, she hasn't come home yet, they keep her there and took "
    "her ID.\n"
    "We are sending the police right now.\n"
)
BOAT_NOT_YET = (
    "Línea contra la trata, buenas noches.\n"
    "Buenas noches. En el puerto tienen a unos muchachos encerrados en un bote, los hacen trabajar sin pago.\n"
    "¿El bote ya salió?\n"
    "No, todavía no, están todos encerrados abajo.\n"
    "Voy a avisar ahora mismo a la policía.\n"
)


@pytest.mark.parametrize(
    "text",
    [NOT_YET_FORM_NAMED, NOT_GONE_ES, NOT_GONE_LOWER, OFFERING_EN, NOT_ACCEPTED_PT],
    ids=["todavia-no-form-named", "no-se-ha-ido-aun", "aun-no-viaja-lower", "offering-en", "ainda-nao-aceitou-pt"],
)
def test_the_harm_still_ahead_is_at_risk(rules, text):
    assert situation(rules, text) == "at_risk"


@pytest.mark.parametrize(
    "text",
    [NOT_PAID_YET, NOT_HOME_YET_EN, BOAT_NOT_YET],
    ids=["todavia-no-le-pagan", "not-home-yet-kept", "boat-not-yet-shut-in"],
)
def test_what_has_begun_stays_ongoing(rules, text):
    assert situation(rules, text) == "ongoing"


# ------------------------------------------------------------------ advice to protect oneself is information given
# (written after the first three causes were fixed, before this rule changed)

KEEP_CHATS_ES = (
    "Línea contra la trata, buenas tardes.\n"
    "Buenas tardes. Una agencia le ofreció a mi hija trabajo de anfitriona en Bolivia y le pidió fotos y su DNI.\n"
    "Vamos a pasar los datos de la agencia a la fiscalía. Y por favor no borre las conversaciones de WhatsApp con "
    "esa agencia.\n"
    "Ya, gracias.\n"
)
KEEP_AUDIOS_LOWER = (
    "línea contra la trata buenas noches\n"
    "buenas noches un señor me dice que si le deposito trescientos soles mi sobrino sale de la mina donde lo tienen "
    "trabajando sin pago\n"
    "vamos a avisar a la fiscalía conserve los audios que le mandó y no le deposite ni un sol a ese señor\n"
    "ya señorita\n"
)
SAVE_EN = (
    "Anti-trafficking hotline, good evening.\n"
    "Hi. A man says my brother owes him for the trip and he's keeping him at a farm until I pay.\n"
    "We'll pass this to the prosecutor today. Save the messages he sent you, and do not transfer any money to him.\n"
    "Okay.\n"
)
SAVE_PT = (
    "Línea contra la trata, boa noite.\n"
    "Boa noite. O patrão da minha irmã em Tacna ficou com o passaporte dela e pede dinheiro pra devolver.\n"
    "Vamos passar para a promotoria. Guarde as mensagens e não mande dinheiro pra ninguém.\n"
    "Obrigada.\n"
)
# negatives: the caller's own saying, the operator's question
CALLER_KEPT = (
    "Línea contra la trata, buenas tardes.\n"
    "Buenas tardes. Mi hermana trabaja en un bar en Tumbes, la obligan a tomar con los clientes. Yo guardé los "
    "mensajes que me mandó y no le mandé plata a ese señor.\n"
    "Vamos a derivar el caso a la fiscalía.\n"
    "Gracias.\n"
)
ASKED_KEPT = (
    "Línea contra la trata, buenas tardes.\n"
    "Buenas tardes. Mi hermana trabaja en un bar en Tumbes, la obligan a tomar con los clientes.\n"
    "¿Guardó los mensajes que le mandó?\n"
    "Sí.\n"
    "Vamos a derivar el caso a la fiscalía.\n"
)


@pytest.mark.parametrize(
    "text",
    [KEEP_CHATS_ES, KEEP_AUDIOS_LOWER, SAVE_EN, SAVE_PT],
    ids=["no-borre-es", "conserve-no-deposite-lower", "save-do-not-transfer-en", "guarde-nao-mande-pt"],
)
def test_advice_to_keep_proof_or_not_pay_is_information(rules, text):
    assert "information_given" in actions(rules, text)


@pytest.mark.parametrize("text", [CALLER_KEPT, ASKED_KEPT], ids=["caller-kept", "operator-asked"])
def test_no_information_from_the_callers_words_or_a_question(rules, text):
    assert "information_given" not in actions(rules, text)


# ------------------------------------------------------------------ guard added with the fix after the first full run
# (heldout6 fell on a trip already boarded: "todavía no" about the vehicle, the people already in their hands)

BUS_BOARDED = (
    "Línea contra la trata, buenas noches.\n"
    "Buenas noches. Soy cobrador en el terminal de Juliaca. Un señor subió a tres chicas de unos catorce años a un "
    "bus a la mina, decía que iban a atender a los mineros en un bar.\n"
    "¿El bus ya partió?\n"
    "Todavía no, sale a las once.\n"
    "Voy a avisar ahora mismo a la policía para que revisen el bus.\n"
)


def test_not_yet_about_a_boarded_trip_stays_ongoing(rules):
    assert situation(rules, BUS_BOARDED) == "ongoing"
