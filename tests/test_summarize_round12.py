"""Round 12: the actions field on calls written for this round (none phrased like a heldout20 line), written before
any rule changed. Two classes of heldout20 misses:

- information given as what the caller or the victim CAN do or need not fear ("puede presentar la denuncia en la
  SUNAFIL", "todavía se puede denunciar", "dígale que puede llamar gratis", "no está cometiendo ningún delito", "su
  situación migratoria no le impide pedir ayuda");
- a call-back promised in other words ("amanhã eu ligo pra senhora", "la próxima semana lo llama la coordinadora",
  "te vuelvo a marcar el jueves"), also after a condition ("si ve algo más llámenos, mañana la llamamos").

Negatives: the same words said by the caller, asked, or another agency calling. Later classes (urgency of a non-case
with harm told, back home / not yet, a hedged duration) follow below, each written before its rule changed."""

from __future__ import annotations

import pytest


def actions(rules, text: str) -> set[str]:
    return {getattr(a, "value", a) for a in rules.decide(text)["actions"].value}


# ------------------------------------------------------------------ information given: what one can do

INFO_GIVEN = {
    "wages-es": (
        "Línea contra la trata, buenos días.\n"
        "Buenos días. Mi hijo trabaja en un fundo en Ica, le quitaron el DNI y no le pagan hace tres meses, "
        "duerme en un galpón y no lo dejan salir.\n"
        "¿Su hijo es mayor de edad?\n"
        "Sí, tiene veinte años.\n"
        "Vamos a derivar el caso a la fiscalía especializada. Usted también puede poner una denuncia en la "
        "comisaría de su distrito con la foto del DNI de su hijo.\n"
        "Ya señorita, gracias.\n"
    ),
    "past-lower": (
        "línea contra la trata buenas tardes\n"
        "buenas tardes señorita hace un año a mi me tuvieron en una ladrillera en cusco sin pagarme y con mi dni "
        "guardado por el dueño yo me escapé en marzo\n"
        "y ahora dónde está usted\n"
        "ahora estoy en mi casa en sicuani tranquilo pero quiero saber si vale la pena\n"
        "aunque ya pasó un año aún puede denunciar y pedir que le paguen lo trabajado le voy a derivar a la "
        "defensa pública\n"
        "ya gracias\n"
    ),
    "tell-her-en": (
        "Anti-trafficking hotline, good evening.\n"
        "Hi, my friend's sister is at a nightclub in Tumbes, they keep her ID and she has to sleep with clients "
        "to pay a debt. She texts me at night.\n"
        "How old is she?\n"
        "Twenty-two.\n"
        "We will pass this to the specialised prosecutor. If she writes again, tell her she can call this line "
        "free of charge, and that she is not committing any crime.\n"
        "Okay, I'll tell her. Thanks.\n"
    ),
    "status-pt": (
        "Linha contra o tráfico, boa tarde.\n"
        "Boa tarde, moça. Minha tia está numa casa em Lima como empregada, o patrão pegou o passaporte dela e "
        "ela não sai nunca, não recebe salário.\n"
        "Vamos comunicar o caso à fiscalía. A situação migratória dela não impede que ela peça ajuda como "
        "vítima.\n"
        "Que bom, obrigada.\n"
    ),
}

# the same words said by the caller or asked: no information given
INFO_NOT_GIVEN = {
    "caller-asks-es": (
        "Línea contra la trata, buenas noches.\n"
        "Buenas noches. A mi sobrina la tienen en un bar en Juliaca, le quitaron el DNI y la obligan a atender "
        "a los clientes. ¿Yo puedo poner la denuncia?\n"
        "¿Cuántos años tiene su sobrina?\n"
        "Dieciséis.\n"
        "Vamos a avisar ahora mismo a la policía para que vayan al bar.\n"
        "Gracias señorita.\n"
    ),
}


@pytest.mark.parametrize("key", sorted(INFO_GIVEN))
def test_information_given_as_what_one_can_do(rules, key):
    assert "information_given" in actions(rules, INFO_GIVEN[key])


@pytest.mark.parametrize("key", sorted(INFO_NOT_GIVEN))
def test_no_information_given_when_caller_says_it(rules, key):
    assert "information_given" not in actions(rules, INFO_NOT_GIVEN[key])


# ------------------------------------------------------------------ a call-back in other words

FOLLOW_UP = {
    "amanha-pt": (
        "Linha contra o tráfico, bom dia.\n"
        "Bom dia. Tem um menino de doze anos vendendo bala na rua até meia-noite, o homem que traz ele fica com "
        "todo o dinheiro e bate nele.\n"
        "Onde fica isso?\n"
        "Em Iquitos, na praça de armas.\n"
        "Vamos avisar a DEMUNA para que intervenha. Amanhã eu ligo para o senhor para contar o que foi feito.\n"
        "Obrigado.\n"
    ),
    "coordinator-es": (
        "Línea contra la trata, buenas tardes.\n"
        "Buenas tardes, soy profesora en Huánuco. Una alumna de catorce años me contó que un señor le ofrece "
        "trabajo en Lima con pasaje pagado y que se va el domingo.\n"
        "Vamos a avisar a la fiscalía de familia. Mañana la llama nuestra psicóloga para coordinar con usted.\n"
        "Muchas gracias.\n"
    ),
    "marcar-lower": (
        "línea contra la trata buenas noches\n"
        "buenas noches mi primo está en una mina en madre de dios no le pagan y el capataz tiene su dni\n"
        "desde cuándo está ahí\n"
        "desde enero señorita\n"
        "vamos a pasar el caso a la fiscalía especializada el jueves te vuelvo a marcar para contarte\n"
        "ya gracias\n"
    ),
    "if-then-lower": (
        "línea contra la trata buenas noches\n"
        "aló señorita en la chacra del frente tienen a dos chiquitos trabajando todo el día no van al colegio y "
        "el señor les pega\n"
        "vamos a avisar a la demuna y a la fiscalía de familia para que intervengan si ve algo más llámenos "
        "mañana la llamamos para contarle\n"
        "ya señorita gracias\n"
    ),
    "if-then-en": (
        "Anti-trafficking hotline, good evening.\n"
        "Hello, there are two boys of twelve selling candy at the bus terminal until midnight, a man takes all "
        "their money and hits them\n"
        "we will alert child protection and the prosecutor if you see him hit them again call us tomorrow we'll "
        "call you to tell you what was done\n"
        "okay thanks\n"
    ),
    "en-ring": (
        "Anti-trafficking hotline, good afternoon.\n"
        "Hello, my cousin works on a fishing boat out of Paita, they took his papers and he hasn't been paid "
        "since March, they won't let him off the boat.\n"
        "We will refer this to the prosecutor's office. Someone from our team will ring you on Monday to tell "
        "you what happened.\n"
        "Thanks a lot.\n"
    ),
}

# the consequence joined by "y" stays in the condition: no police sent
STILL_SUPPOSED = (
    "línea contra la trata buenas noches\n"
    "aló señorita a mi vecina de dieciséis la tienen en un bar en juliaca y no la dejan salir\n"
    "vamos a derivar el caso a la fiscalía de familia si la vuelven a encerrar llámenos y mandamos a la policía\n"
    "ya gracias\n"
)


def test_consequence_with_and_stays_supposed(rules):
    assert "police_dispatch" not in actions(rules, STILL_SUPPOSED)


# another agency calling, an idiom, or the caller's own promise: no follow-up by the hotline
NO_FOLLOW_UP = {
    "agency-es": (
        "Línea contra la trata, buenas tardes.\n"
        "Buenas tardes, a mi hermano lo tuvieron en una chacra en Satipo sin pagarle, ya se escapó y está aquí "
        "conmigo.\n"
        "Lo vamos a derivar a la defensa pública. La defensa pública lo va a llamar esta semana.\n"
        "Gracias.\n"
    ),
    "idiom-es": (
        "Línea contra la trata, buenas tardes.\n"
        "Buenas tardes, en una casa de mi calle hay una niña de doce años que cocina y limpia todo el día y no "
        "va al colegio. Me llama la atención que nunca sale.\n"
        "Vamos a avisar a la DEMUNA para que intervenga.\n"
        "Gracias.\n"
    ),
}


# still missed (strict xfail): a call-back after a condition in unpunctuated speech
STILL_MISSED: set[str] = set()


@pytest.mark.parametrize(
    "key",
    [pytest.param(k, marks=pytest.mark.xfail(strict=True)) if k in STILL_MISSED else k for k in sorted(FOLLOW_UP)],
)
def test_follow_up_in_other_words(rules, key):
    assert "follow_up_call" in actions(rules, FOLLOW_UP[key])


@pytest.mark.parametrize("key", sorted(NO_FOLLOW_UP))
def test_no_follow_up_by_others(rules, key):
    assert "follow_up_call" not in actions(rules, NO_FOLLOW_UP[key])


# ------------------------------------------------------------------ who speaks, in unlabelled text

SPEAKERS = {
    # the caller asking what to tell the victim: the operator's conditional advice after it is the operator's
    "ask-tell-es": (
        "Línea contra la trata, buenas noches.\n"
        "Buenas noches. Mi vecina de dieciocho años está en un bar en Pucallpa, le quitaron el DNI y la obligan a "
        "estar con los clientes para pagar una deuda.\n"
        "Vamos a derivar el caso a la fiscalía especializada.\n"
        "Bueno. ¿Y le digo algo a su mamá?\n"
        "Si la mamá pregunta, dígale que su hija no está cometiendo ningún delito y que la fiscalía la va a "
        "buscar.\n"
        "Gracias.\n"
    ),
    # unpunctuated, no case: "puede presentar su queja..." is advice, not a question
    "queja-lower": (
        "línea contra la trata buenas tardes\n"
        "buenas tardes señorita el dueño del restaurante donde trabajo no me paga las horas extras\n"
        "le han quitado sus documentos o no lo dejan salir\n"
        "no no nada de eso yo salgo a mi casa todos los días\n"
        "por lo que me cuenta es un problema laboral no un caso de trata\n"
        "ya y qué hago\n"
        "puede presentar una queja en el ministerio de trabajo con sus boletas\n"
        "ya gracias señorita\n"
    ),
}


@pytest.mark.parametrize("key", sorted(SPEAKERS))
def test_advice_read_as_the_operators(rules, key):
    assert "information_given" in actions(rules, SPEAKERS[key])


# ------------------------------------------------------------------ urgency of a call that is no case


def urgency(rules, text: str) -> str:
    return getattr(rules.decide(text)["urgency"].value, "value", None)


HARMED_NO_CASE = {
    "dv-lower": (
        "línea contra la trata buenas noches\n"
        "aló señorita mi conviviente me golpeó ayer con la correa y ahora estoy donde mi tía con mi bebé\n"
        "le han quitado documentos la obligan a trabajar para él\n"
        "no no nada de eso yo trabajo en mi tienda\n"
        "lo que me cuenta es violencia en la familia no un caso de trata para eso está la línea cien\n"
        "ya gracias\n"
    ),
    "dv-en": (
        "Anti-trafficking hotline, good morning.\n"
        "Hi, sorry, my husband pushed me down the stairs last night and I'm at my sister's now.\n"
        "Are you working for someone who keeps your papers or money?\n"
        "No, nothing like that, I have my own job.\n"
        "What you describe is domestic violence rather than trafficking. Please call Línea 100, they can help you.\n"
        "Okay, thank you.\n"
    ),
    "dv-pt": (
        "Linha contra o tráfico, boa tarde.\n"
        "Boa tarde. O meu marido me bateu de novo e eu saí de casa com as crianças.\n"
        "Isso é violência doméstica, não é tráfico. Para isso está a Línea 100.\n"
        "Tá bom, obrigada.\n"
    ),
}

NOT_HARMED_NO_CASE = {
    "denied-es": (
        "Línea contra la trata, buenas tardes.\n"
        "Buenas tardes. Mi jefe no me paga las horas extras desde marzo.\n"
        "¿Le quitaron documentos? ¿Lo amenazan o lo golpean?\n"
        "No, nunca me ha pegado, solo que no me paga. Me voy a mi casa todos los días.\n"
        "Eso es un reclamo laboral, no un caso de trata. Puede ir a la SUNAFIL.\n"
        "Gracias.\n"
    ),
}


@pytest.mark.parametrize("key", sorted(HARMED_NO_CASE))
def test_harm_told_in_a_non_case_is_medium(rules, key):
    assert urgency(rules, HARMED_NO_CASE[key]) == "medium"


@pytest.mark.parametrize("key", sorted(NOT_HARMED_NO_CASE))
def test_no_harm_non_case_stays_low(rules, key):
    assert urgency(rules, NOT_HARMED_NO_CASE[key]) == "low"


# ------------------------------------------------------------------ situation: back home, or not gone yet


def situation(rules, text: str) -> str | None:
    return getattr(rules.decide(text)["situation"].value, "value", None)


BACK_HOME = {
    "back-lower": (
        "línea contra la trata buenas noches\n"
        "buenas noches señorita yo llamé la semana pasada por mi sobrino que estaba en una mina en puno\n"
        "sí señora cómo está el chico\n"
        "ya volvió señorita la policía entró a la mina el martes y anoche lo trajo la fiscalía hasta el pueblo\n"
        "qué bueno vamos a derivarlo al centro de salud para que lo revisen\n"
        "gracias señorita\n"
    ),
    "back-es": (
        "Línea contra la trata, buenas tardes.\n"
        "Buenas tardes, llamo por mi hermana de diecisiete años, la que estaba en un bar en Tumbes. Ya regresó. "
        "La trajeron los de la DEMUNA el sábado.\n"
        "Qué buena noticia. Vamos a coordinar apoyo psicológico para ella.\n"
        "Gracias.\n"
    ),
}

NOT_GONE_YET = {
    "notyet-lower": (
        "línea contra la trata buenas tardes\n"
        "buenas tardes es por mi hija de diecisiete un señor le ofrece trabajo de cocinera en una mina en nasca\n"
        "su hija ya se fue\n"
        "todavía no pero quiere ir y el señor dice que salen el sábado en una camioneta\n"
        "le recomiendo que no la deje ir sin contrato\n"
        "ya gracias\n"
    ),
    # the operator's unpunctuated "ya" question, answered "todavía no" (no offer cue in the caller's words)
    "notyet-nocue-lower": (
        "línea contra la trata buenas tardes\n"
        "buenas tardes es por mi sobrina de quince una señora de arequipa vino a la comunidad buscando chicas "
        "para una casa dice que le va a pagar bien\n"
        "su sobrina ya se fue con esa señora\n"
        "todavía no señorita pero su papá ya le dio permiso\n"
        "le recomiendo que hable con su hermano para que no la deje ir\n"
        "ya gracias\n"
    ),
    "notyet-en": (
        "Anti-trafficking hotline, good afternoon.\n"
        "Hi, my son is sixteen, a man offered him work on a cocoa farm in the jungle.\n"
        "Has he gone already?\n"
        "Not yet, but he wants to go, they leave on Monday in a truck.\n"
        "I recommend you don't let him go without a contract.\n"
        "Thank you.\n"
    ),
}

# still there: not back, not ahead
STILL_THERE = {
    "still-es": (
        "Línea contra la trata, buenas noches.\n"
        "Buenas noches. Mi hija de dieciséis sigue en el bar de Tumbes, no la dejan salir y le quitaron el DNI.\n"
        "Vamos a avisar ahora mismo a la policía para que vayan al bar.\n"
        "Gracias.\n"
    ),
}


@pytest.mark.parametrize("key", sorted(BACK_HOME))
def test_back_home_is_past(rules, key):
    assert situation(rules, BACK_HOME[key]) == "past"


@pytest.mark.parametrize("key", sorted(NOT_GONE_YET))
def test_not_gone_yet_is_at_risk(rules, key):
    assert situation(rules, NOT_GONE_YET[key]) == "at_risk"


@pytest.mark.parametrize("key", sorted(STILL_THERE))
def test_still_there_is_ongoing(rules, key):
    assert situation(rules, STILL_THERE[key]) == "ongoing"


# ------------------------------------------------------------------ a duration with a hedge is no age


def minors(rules, text: str) -> bool:
    return rules.decide(text)["victims"].value.minors_involved


HEDGED_DURATION = {
    "hace-como-lower": (
        "línea contra la trata buenas tardes\n"
        "buenas tardes hace como tres años a mí y a mi primo nos tuvieron en una ladrillera en piura sin pagarnos "
        "y el dueño tenía nuestros dni\n"
        "ahora están a salvo\n"
        "sí ya estamos en nuestra casa en sullana\n"
        "todavía pueden denunciar le voy a derivar a la defensa pública\n"
        "gracias\n"
    ),
    "about-en": (
        "Anti-trafficking hotline, good evening.\n"
        "Hi. For about two years my wife worked in a house in Lima without pay, they kept her passport. She got "
        "out last month.\n"
        "We will refer you to a lawyer at the public defence office.\n"
        "Thank you.\n"
    ),
    "ha-uns-pt": (
        "Linha contra o tráfico, bom dia.\n"
        "Bom dia. Há uns quatro anos o meu irmão trabalhou numa fazenda no Acre sem receber, tomaram o documento "
        "dele. Ele fugiu e agora está com a gente.\n"
        "Vamos encaminhar o caso para a defensoria pública.\n"
        "Obrigado.\n"
    ),
}

# an age with a hedge is still an age
HEDGED_AGE = {
    "tiene-como-es": (
        "Línea contra la trata, buenas noches.\n"
        "Buenas noches. En el bar de mi calle hay una chica que tiene como quince años, atiende a los clientes "
        "hasta la madrugada y no la dejan salir.\n"
        "Vamos a avisar ahora mismo a la policía para que vayan al bar.\n"
        "Gracias.\n"
    ),
}


@pytest.mark.parametrize("key", sorted(HEDGED_DURATION))
def test_hedged_duration_is_no_age(rules, key):
    assert minors(rules, HEDGED_DURATION[key]) is False


@pytest.mark.parametrize("key", sorted(HEDGED_AGE))
def test_hedged_age_is_an_age(rules, key):
    assert minors(rules, HEDGED_AGE[key]) is True


# ------------------------------------------------------------------ taken to a safe place is a shelter referral

SAFE_PLACE = {
    "llevamos-es": (
        "Línea contra la trata, buenas noches.\n"
        "Señorita, ayúdeme, me escapé de una casa donde me hacían trabajar sin pagarme, tengo quince años. Estoy "
        "en una farmacia en Comas.\n"
        "Quédate en la farmacia. Voy a enviar ahora a la policía y después te llevamos a un lugar seguro.\n"
        "Ya, gracias.\n"
    ),
    "take-en": (
        "Anti-trafficking hotline.\n"
        "Please help, I ran away from the restaurant, they kept my passport and locked us in at night. I'm at a "
        "petrol station in Surco.\n"
        "Stay there. I am sending the police right now and we will take you to a safe place tonight.\n"
        "Thank you.\n"
    ),
    "levar-pt": (
        "Linha contra o tráfico, boa noite.\n"
        "Moça, eu fugi da casa onde me faziam trabalhar sem salário, eles têm meu passaporte. Estou numa igreja "
        "em Lima.\n"
        "Fique aí. Vamos avisar a polícia agora mesmo e vamos te levar para um lugar seguro.\n"
        "Obrigada.\n"
    ),
}

# only asked whether the caller is somewhere safe: no shelter
NO_SAFE_PLACE = {
    "asked-es": (
        "Línea contra la trata, buenas noches.\n"
        "Buenas noches, a mi prima la tienen en un bar en Tarapoto, no la dejan salir y le quitaron el DNI.\n"
        "¿Usted está en un lugar seguro?\n"
        "Sí, yo estoy en mi casa en Lima.\n"
        "Vamos a derivar el caso a la fiscalía especializada.\n"
        "Gracias.\n"
    ),
}


@pytest.mark.parametrize("key", sorted(SAFE_PLACE))
def test_taken_to_a_safe_place_is_shelter(rules, key):
    assert "referral_shelter" in actions(rules, SAFE_PLACE[key])


@pytest.mark.parametrize("key", sorted(NO_SAFE_PLACE))
def test_asked_if_safe_is_no_shelter(rules, key):
    assert "referral_shelter" not in actions(rules, NO_SAFE_PLACE[key])
