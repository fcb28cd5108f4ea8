"""Round 11: the case / no-case decision on calls written for this round (none of them phrased like a bench call or
an earlier test), the handed-over check computed once per call, and the known misses of heldout18/19 fixed by
general mechanisms (a clerk's redirect answered by the operator taking the case, a subsidy or wage call with the
caller's own ID read out, chores at an eatery are labour, a girl about to be married off)."""

from __future__ import annotations

import pytest

from summarize.rules import exploitation as expl_mod


def decide(rules, text: str) -> dict:
    return {name: d.value for name, d in rules.decide(text).items()}


def val(x):
    return getattr(x, "value", x)


# ------------------------------------------------------------------ no case: the caller is not being exploited

NOT_CASES = {
    "dv-es": (
        "Línea contra la trata, le saluda Mónica.\n"
        "Hola, señorita, no sé si llamé bien. Mi esposo me grita y anoche me empujó contra la mesa.\n"
        "¿Usted está en un lugar seguro ahora?\n"
        "Sí, estoy donde mi mamá con los chicos. Él se quedó en la casa.\n"
        "¿Usted trabaja? ¿Él le quita su plata o sus documentos?\n"
        "No, yo vendo en mi puesto del mercado, mi plata es mía. Solo que cuando toma se pone así.\n"
        "Lo que me cuenta es violencia en la familia. Para eso está la Línea 100 y el Centro Emergencia Mujer, "
        "ahí le dan abogada y psicóloga gratis.\n"
        "Ya, voy a ir al CEM de mi distrito. Gracias.\n"
    ),
    "taxi-lower": (
        "línea contra la trata buenas noches\n"
        "aló buenas noches es la central de radio taxi\n"
        "no señor esta es una línea del ministerio para casos de trata de personas\n"
        "ah caramba me pasaron mal el número disculpe jefa\n"
        "no se preocupe buenas noches\n"
    ),
    "overtime-en": (
        "Anti-trafficking hotline, how can I help?\n"
        "Hi, yeah, I work at a warehouse in Callao and they haven't paid my overtime for two months.\n"
        "I'm sorry to hear that. Do you go home after your shifts?\n"
        "Yes, every night, I live with my girlfriend. I've got my passport and my residence card, that's not "
        "the problem.\n"
        "Has anyone threatened you or stopped you from quitting?\n"
        "No, I could quit tomorrow if I wanted, I just want the money they owe me.\n"
        "That sounds like a labour complaint rather than trafficking. The labour inspectorate, SUNAFIL, handles "
        "unpaid wages and it's free.\n"
        "Okay, I'll file it there. Thanks.\n"
    ),
    "carne-pt": (
        "Linha contra o tráfico de pessoas, bom dia.\n"
        "Bom dia. Eu sou brasileira, moro em Lima, e meu carnê de estrangeiro vence mês que vem. Onde eu renovo?\n"
        "Senhora, isso é com a Superintendência de Migrações, aqui é uma linha para denúncias de tráfico.\n"
        "Ah, entendi. E precisa marcar hora pela internet?\n"
        "Sim, pela página de Migrações. Posso ajudar em mais alguma coisa?\n"
        "Não, era só isso, obrigada.\n"
    ),
    "daughter-boyfriend-lower": (
        "línea contra la trata de personas buenas tardes\n"
        "buenas tardes señorita mi hija de diecinueve años se ha ido a vivir con su enamorado a arequipa y yo no "
        "estaba de acuerdo\n"
        "ella se comunica con usted\n"
        "sí todos los días me manda audios está estudiando en un instituto y él trabaja en un taller\n"
        "ella le ha contado que la maltratan o que no la dejan salir\n"
        "no no nada de eso ella está contenta yo soy la que no quiere que viva con él\n"
        "señora entiendo su preocupación pero su hija es mayor de edad y se fue por su voluntad no es un caso de "
        "trata\n"
        "ya pues qué voy a hacer gracias señorita\n"
    ),
    "pension-es": (
        "Línea contra la trata, buenas tardes.\n"
        "Buenas tardes, joven. Llamo por la pensión de los adultos mayores, ¿cuándo es el próximo pago?\n"
        "Señor, este teléfono es para denunciar casos de trata de personas, no tenemos información de pagos.\n"
        "¿No es del programa social?\n"
        "No, señor. Puede consultar en la página del programa o en su municipalidad.\n"
        "Ah, bueno, joven, ahí iré mañana. Gracias.\n"
    ),
    "wallet-en": (
        "Trafficking hotline, good evening.\n"
        "Hi, I'm a tourist, someone took my wallet on the bus in Cusco and I need a police report for my "
        "insurance.\n"
        "I'm sorry. For a theft report you need to go to the tourist police, the Policía de Turismo, near the "
        "main square.\n"
        "Great, is it open at night?\n"
        "Yes, they are open twenty-four hours.\n"
        "Perfect, thank you so much.\n"
    ),
    "domestic-worker-fired-lower": (
        "línea contra la trata buenos días en qué la ayudo\n"
        "buenos días quería preguntar a mí me botaron de la casa donde trabajaba de trabajadora del hogar y no me "
        "quieren pagar mis vacaciones\n"
        "usted vivía en esa casa\n"
        "no yo iba de lunes a viernes y en la tarde me regresaba a mi cuarto\n"
        "y le pagaban su sueldo cada mes\n"
        "sí el sueldo sí me pagaban lo que me deben es las vacaciones de un año\n"
        "entiendo eso es un reclamo laboral puede ir al ministerio de trabajo con sus boletas ellos la orientan\n"
        "ya gracias señorita\n"
    ),
    "deposit-pt": (
        "Linha contra o tráfico, boa tarde.\n"
        "Boa tarde. O dono do apartamento que eu alugava não quer devolver minha garantia, são dois mil soles.\n"
        "O senhor ainda mora lá?\n"
        "Não, já me mudei faz um mês, estou em outro bairro. Ele só não devolve o dinheiro.\n"
        "Isso é um problema de aluguel, senhor, não é tráfico. Pode procurar um conciliador ou a defensoria "
        "pública.\n"
        "Tá bom, vou procurar. Obrigado.\n"
    ),
    "noise-es": (
        "Línea contra la trata, buenas noches.\n"
        "Buenas noches. Los vecinos de arriba tienen fiesta todos los viernes con música a todo volumen hasta las "
        "cinco de la mañana.\n"
        "Señora, por ruidos molestos tiene que llamar al serenazgo de su municipalidad.\n"
        "Ya llamé y no vienen. Pensé que ustedes podían hacer algo.\n"
        "Lo siento, esta línea solo ve casos de trata. Insista con el serenazgo o la comisaría.\n"
        "Bueno, gracias.\n"
    ),
    "neighbour-fight-lower": (
        "línea contra la trata en qué puedo ayudarle\n"
        "mire al lado de mi casa el señor le pega a su esposa se escucha todo los gritos\n"
        "sabe si a ella la obligan a trabajar o la tienen encerrada\n"
        "no ella sale todos los días a dejar a los niños al colegio y trabaja en una tienda solo que él le pega\n"
        "eso es violencia familiar puede llamar a la línea cien o a la comisaría ahí actúan rápido\n"
        "ya voy a llamar ahí gracias\n"
    ),
    "bank-en": (
        "Anti-trafficking line, good morning.\n"
        "Morning. My debit card got blocked and I need to talk to someone at the bank.\n"
        "Sir, this is the national trafficking hotline, not a bank. The number for your bank is on the back of "
        "your card.\n"
        "Oh, my mistake, I copied the wrong number. Sorry about that.\n"
        "No problem, have a good day.\n"
    ),
    "brother-back-es": (
        "Línea contra la trata, buenas tardes.\n"
        "Señorita, mi hermano de treinta años no volvió desde el sábado, salió a una fiesta y no contesta.\n"
        "¿Ya hizo la denuncia por desaparición?\n"
        "Espere, me están escribiendo... ay, ya apareció, estaba en la casa de un amigo en Chorrillos, se le "
        "descargó el celular.\n"
        "Qué bueno, señorita. Entonces está bien.\n"
        "Sí, disculpe la molestia, ya está volviendo a la casa.\n"
    ),
    "dentist-pt-lower": (
        "linha contra o tráfico bom dia\n"
        "bom dia eu queria marcar uma consulta no dentista do posto de saúde\n"
        "senhora aqui não é o posto de saúde é a linha contra o tráfico de pessoas\n"
        "nossa desculpa liguei errado\n"
        "tudo bem tenha um bom dia\n"
    ),
}


# Written before any rule was changed for them: 11 of the 40 checks below failed on round 10's rules (9 non-cases read
# as cases, 1 case read as a consultation, 1 caller role). Those still failing are listed here (strict xfail: a fix
# must take its call off the list).
STILL_MISSED: set[str] = {
    "case:model-offer-pt",  # (round 33 took "no:brother-back-es" off: the missing one who turns up is no case)
}


def _mark(kind: str, keys) -> list:
    return [
        pytest.param(k, marks=pytest.mark.xfail(strict=True)) if f"{kind}:{k}" in STILL_MISSED else k
        for k in sorted(keys)
    ]


@pytest.mark.parametrize("key", _mark("no", NOT_CASES))
def test_no_case(rules, key):
    out = decide(rules, NOT_CASES[key])
    assert val(out["call_type"]) == "not_relevant", key
    assert out["situation"] is None, key


# --------------------------------------------------------------- cases told indirectly (no form named outright)

CASES = {
    "niece-restaurant-es": (
        "Línea contra la trata, buenas tardes.\n"
        "Buenas tardes. Mi sobrina de dieciséis años se fue a trabajar a un restaurante en Puerto Maldonado y "
        "desde entonces solo me contesta cuando la dueña está al costado.\n"
        "¿Ella le ha dicho cuándo regresa?\n"
        "Dice que primero tiene que terminar de pagar el pasaje y la ropa que le compraron, que hasta entonces "
        "no puede volver. Ya van cuatro meses.\n"
        "Entiendo. ¿Sabe el nombre del restaurante?\n"
        "Sí, está frente a la plaza. Quiero que alguien la vaya a ver.\n"
    ),
    "shed-lower": (
        "línea contra la trata buenas noches\n"
        "buenas noches estoy en un fundo en ica cosechando uva el que nos trajo guardó los dni de todos para que "
        "no se pierdan dice\n"
        "y ustedes pueden salir del fundo\n"
        "en la noche nos cierran el galpón con candado y lo que ganamos se va en la comida que él nos vende\n"
        "usted está ahí ahora mismo\n"
        "sí estoy llamando escondido somos como veinte\n"
    ),
    "nurse-en": (
        "Trafficking hotline, good afternoon.\n"
        "Hi, I'm a nurse at a health post in Iquitos. A girl came in today, I'd say fifteen, with a man who "
        "answered every question for her.\n"
        "Did she say anything herself?\n"
        "When he stepped out she said she serves drinks to customers at night and sleeps upstairs at the place. "
        "She had no ID and she said the man keeps her earnings.\n"
        "Thank you. Is she still at the health post?\n"
        "No, they left half an hour ago, but I have the name of the bar.\n"
    ),
    "model-offer-pt": (
        "Linha contra o tráfico, boa tarde.\n"
        "Boa tarde. Minha filha tem dezessete anos e um homem falou com ela pelo Facebook oferecendo trabalho de "
        "modelo em Lima, com a passagem paga.\n"
        "Ela já aceitou?\n"
        "Ela vai viajar amanhã de manhã, e o homem pediu para ela não contar para ninguém. Eu achei estranho.\n"
        "A senhora fez bem em ligar.\n"
    ),
    "sweets-buses-es": (
        "Línea contra la trata, buenos días.\n"
        "Buenos días. Mi cuñado se lleva a mis dos sobrinitos, de siete y nueve, a vender caramelos en los "
        "micros de la Panamericana.\n"
        "¿A qué hora regresan?\n"
        "Los trae pasada la medianoche, y toda la plata se la queda él. Los chicos ya no van al colegio.\n"
        "¿Y la mamá de los niños?\n"
        "Ella está en Huancayo, no sabe nada.\n"
    ),
    "babysitter-lower": (
        "línea contra la trata buenas tardes\n"
        "hola señorita yo vine de pucallpa a lima para cuidar un bebé en una casa la señora no me deja salir ni "
        "los domingos\n"
        "le pagan su sueldo\n"
        "en cinco meses no he visto ni un sol dice que me lo guarda y me quitó el celular estoy llamando del "
        "teléfono de la vecina\n"
        "cuántos años tienes\n"
        "diecisiete\n"
    ),
    "fishing-en": (
        "Anti-trafficking hotline.\n"
        "Hello, I'm calling about my cousin. He took a job on a fishing boat out of Paita and he hasn't set foot "
        "on land in eight months.\n"
        "Have you been able to speak with him?\n"
        "Once, on a satellite phone. He said the captain claims he owes for his gear and food, and nobody gets "
        "off until the debt is paid.\n"
        "I understand. Do you know the name of the boat?\n"
        "I have a photo of it, yes.\n"
    ),
    "girls-night-es": (
        "Línea contra la trata, buenas noches.\n"
        "Buenas noches. Al lado de mi casa vive un señor que trae chicas jovencitas, de catorce o quince años se "
        "les ve.\n"
        "¿Qué es lo que ha visto?\n"
        "En la noche llegan carros, cada vez hombres distintos, entran un rato y se van. A las chicas nunca las "
        "veo salir de día.\n"
        "Gracias por avisar. ¿Cuántas chicas ha visto?\n"
        "Tres, creo. Siguen ahí ahorita.\n"
    ),
    "sewing-pt": (
        "Linha contra o tráfico, bom dia.\n"
        "Bom dia. Eu trabalhei numa oficina de costura em Lima, trancavam a porta por fora e a gente costurava "
        "quatorze horas por dia.\n"
        "E seus documentos?\n"
        "O dono ficou com meu passaporte desde o primeiro dia. Eu fugi semana passada, agora estou num albergue "
        "da igreja.\n"
        "O senhor precisa de ajuda para recuperar o passaporte?\n"
        "Sim, sem ele não consigo voltar para o Brasil.\n"
    ),
    "pupil-mine-lower": (
        "línea contra la trata buenos días\n"
        "buenos días soy profesora en un colegio de puno una alumna de trece años ya no viene a clases\n"
        "sabe qué ha pasado con ella\n"
        "la mamá me dijo que la mandó con un señor a la mina para que cocine y que el señor le dio plata por "
        "adelantado\n"
        "sabe a qué mina\n"
        "por la rinconada dicen\n"
    ),
    "friend-massage-en-lower": (
        "trafficking hotline how can i help\n"
        "hi um my friend started working at a massage place in miraflores and they took her passport the first "
        "day\n"
        "okay is she able to leave\n"
        "she lives there they make her see clients until late and she texted me last night that she wants out "
        "but they say she owes them\n"
        "thank you for calling do you know the address\n"
        "i can send it to you\n"
    ),
    "parcels-es": (
        "Línea contra la trata, buenas tardes.\n"
        "Buenas tardes. A mi primo de dieciséis unos tipos lo tienen llevando paquetes de un barrio a otro.\n"
        "¿Él quiere hacerlo?\n"
        "No, le han dicho que si deja de hacerlo le pasa algo a su mamá. Él está asustado, no duerme.\n"
        "¿Dónde vive su primo?\n"
        "En El Agustino, con su mamá.\n"
    ),
    "uncle-farm-lower": (
        "aló línea contra la trata\n"
        "sí buenas tardes en qué le ayudo\n"
        "mire mi hijito de catorce se fue con su tío a una chacra en la selva dijo que le iba a pagar y ya son "
        "tres meses\n"
        "ha podido hablar con él\n"
        "una vez llorando me dijo que trabaja desde las cinco de la mañana que no le dan ni para el pasaje de "
        "vuelta y que el tío no lo deja llamar\n"
        "dónde está la chacra\n"
        "en satipo señorita\n"
    ),
}

EXPECTED = {
    "niece-restaurant-es": ("family_member", None, "ongoing"),
    "shed-lower": ("victim", "help_request", "ongoing"),
    "nurse-en": ("professional", "report", None),
    "model-offer-pt": ("family_member", None, "at_risk"),
    "sweets-buses-es": ("family_member", "report", "ongoing"),
    "babysitter-lower": ("victim", "help_request", "ongoing"),
    "fishing-en": ("family_member", "report", "ongoing"),
    "girls-night-es": ("witness", "report", "ongoing"),
    "sewing-pt": ("victim", "help_request", "past"),
    "pupil-mine-lower": ("professional", "report", "ongoing"),
    "friend-massage-en-lower": ("acquaintance", "report", "ongoing"),
    "parcels-es": ("family_member", "report", "ongoing"),
    "uncle-farm-lower": ("family_member", None, "ongoing"),
}


@pytest.mark.parametrize("key", _mark("case", CASES))
def test_indirect_case_is_a_case(rules, key):
    out = decide(rules, CASES[key])
    assert val(out["call_type"]) in ("report", "help_request"), key
    assert out["exploitation_types"], key


@pytest.mark.parametrize("key", _mark("fields", CASES))
def test_indirect_case_fields(rules, key):
    role, ctype, situation = EXPECTED[key]
    out = decide(rules, CASES[key])
    assert val(out["caller_role"]) == role, key
    if ctype:
        assert val(out["call_type"]) == ctype, key
    if situation:
        assert val(out["situation"]) == situation, key


# --------------------------------------------------------------------------- the handed-over check runs once


def test_handed_over_runs_once_per_call(rules, monkeypatch):
    calls = []
    real = expl_mod._handed_over

    def counting(ctx):
        calls.append(1)
        return real(ctx)

    monkeypatch.setattr(expl_mod, "_handed_over", counting)
    text = (
        "línea contra la trata buenas tardes\n"
        "mi vecino quiere dar a su hija de trece a un señor de cuarenta y el señor le va a dar mil soles\n"
    )
    out = decide(rules, text)
    assert len(calls) == 1
    assert "other" in [val(v) for v in out["exploitation_types"]]


# ------------------------------------------- the operator's verdict by category / other service (must fire, must not)

SUBSIDY_WITH_ID = (
    "línea contra la trata buenos días\n"
    "buenos días hijo es aquí donde se inscribe una para el apoyo de la municipalidad\n"
    "no señora esta es la línea contra la trata de personas eso no lo vemos aquí\n"
    "ay ya pero mi número de dni es el cuatro uno dos cero siete siete ocho nueve por si acaso\n"
    "señora no me dé su documento tiene que ir a la municipalidad directamente\n"
    "ya ya hijito gracias\n"
)

LABOUR_CASE_REFERRED = (
    "Línea contra la trata, buenas tardes.\n"
    "Buenas tardes. En la ladrillera donde estoy el patrón tiene guardados nuestros DNI y no nos deja salir los "
    "domingos. Ya son tres meses sin pago.\n"
    "¿Usted sigue ahí ahora?\n"
    "Sí, estoy llamando del baño.\n"
    "Entiendo. Vamos a derivar el caso a la fiscalía y a la inspección de trabajo.\n"
)


def test_refusal_is_firm_and_reading_out_an_id_is_no_case(rules):
    out = decide(rules, SUBSIDY_WITH_ID)
    assert val(out["call_type"]) == "not_relevant"
    assert out["situation"] is None


def test_case_referred_to_the_labour_inspectorate_stays_a_case(rules):
    out = decide(rules, LABOUR_CASE_REFERRED)
    assert val(out["call_type"]) in ("report", "help_request")
    assert "labour" in [val(v) for v in out["exploitation_types"]]
    assert val(out["situation"]) == "ongoing"


# ------------------------- a referral to the comisaría is no redirect (the police take trafficking cases too)

BOY_SACKS_POLICE = (
    "línea contra la trata buenas tardes\n"
    "buenas tardes le llamo por el hijo de mi comadre tiene quince años y lo tienen cargando costales en un almacén "
    "del mercado\n"
    "le pagan algo\n"
    "nada señorita el dueño dice que primero tiene que pagar lo que le adelantó y le ha quitado su dni\n"
    "la mamá puede ir a la comisaría a dejar constancia y nosotros vamos a pasar el caso a la fiscalía\n"
    "ya señorita le voy a avisar\n"
)

THEFT_TO_POLICE = (
    "línea contra la trata buenas noches\n"
    "buenas noches me robaron el celular en el paradero\n"
    "señor esta línea es para casos de trata para el robo tiene que ir a la comisaría a hacer la denuncia\n"
    "ya gracias\n"
)


def test_referral_to_the_comisaria_keeps_the_case(rules):
    out = decide(rules, BOY_SACKS_POLICE)
    assert val(out["call_type"]) == "report"
    assert "labour" in [val(v) for v in out["exploitation_types"]]


def test_theft_sent_to_the_comisaria_is_still_no_case(rules):
    assert val(decide(rules, THEFT_TO_POLICE)["call_type"]) == "not_relevant"


# ------------------------------- chores at an eating place are labour; in a private home, domestic servitude

PICANTERIA = (
    "Línea contra la trata, buenas noches.\n"
    "Buenas noches. Trabajo en una picantería en Arequipa, la dueña me hace lavar ollas y limpiar desde las cinco de "
    "la mañana hasta la medianoche, no me paga y guarda mi DNI.\n"
    "¿Usted puede salir?\n"
    "No, duermo en el almacén de atrás.\n"
)

CEVICHERIA_LOWER = (
    "línea contra la trata buenas tardes\n"
    "buenas tardes en la cevichería de la esquina tienen a dos chicas de la sierra cocinando y lavando todo el día "
    "no les pagan nada y el dueño no las deja salir\n"
    "son menores de edad\n"
    "sí parecen de quince\n"
)

PRIVATE_HOME = (
    "línea contra la trata buenas tardes\n"
    "buenas tardes mi sobrina de quince está en una casa de familia en surco cocinando y lavando todo el día no le "
    "pagan nada y la señora no la deja salir\n"
)


@pytest.mark.parametrize("text", [PICANTERIA, CEVICHERIA_LOWER])
def test_chores_at_an_eatery_are_labour(rules, text):
    forms = [val(v) for v in decide(rules, text)["exploitation_types"]]
    assert "labour" in forms and "domestic_servitude" not in forms


def test_chores_in_a_private_home_stay_domestic_servitude(rules):
    assert [val(v) for v in decide(rules, PRIVATE_HOME)["exploitation_types"]] == ["domestic_servitude"]


# ------------------------------------------- the caller's own gendered state names her/his sex when no noun does


def test_caller_locked_in_feminine_is_female(rules):
    text = (
        "Línea contra la trata, buenas noches.\n"
        "Hola, estoy trancada en el depósito de una fonda en Tumbes, el dueño cerró con candado y no me paga.\n"
    )
    assert [val(s) for s in decide(rules, text)["victims"].sexes] == ["female"]


def test_caller_locked_in_masculine_is_male(rules):
    text = (
        "Línea contra la trata, buenas noches.\n"
        "Hola, me tienen encerrado en un taller en Gamarra, no me pagan hace tres meses.\n"
    )
    assert [val(s) for s in decide(rules, text)["victims"].sexes] == ["male"]


# -------------------------------------- a girl about to be married off, in any person and tense ("la va a casar")


@pytest.mark.parametrize(
    "text",
    [
        "línea contra la trata buenas tardes\nbuenas tardes mi vecinita "
        "tiene catorce años y su papá la va a casar con un "
        "señor de la otra comunidad el mes que viene\nella quiere\nno señorita ella llora dice que quiere seguir "
        "estudiando\n",
        "Línea contra la trata, buenos días.\nBuenos días. A mi sobrina de trece su abuelo piensa casarla con un "
        "comerciante de Juliaca después de la fiesta patronal.\n",
    ],
)
def test_marrying_a_girl_off_is_other_ahead(rules, text):
    out = decide(rules, text)
    assert "other" in [val(v) for v in out["exploitation_types"]]
    assert val(out["situation"]) == "at_risk"


def test_a_couple_married_long_ago_is_no_case(rules):
    text = (
        "Línea contra la trata, buenas tardes.\n"
        "Buenas tardes, quería saber dónde se saca una copia del acta de matrimonio, mis papás se casaron en "
        "Cusco hace cuarenta años.\n"
        "Señora, esta línea es para casos de trata, eso lo ve la RENIEC.\n"
    )
    assert val(decide(rules, text)["call_type"]) == "not_relevant"


# ------------------------- a relative who holds the caller's own kin: the caller is family, not a witness


def test_relative_holding_my_own_nephews_leaves_me_family(rules):
    assert val(decide(rules, CASES["sweets-buses-es"])["caller_role"]) == "family_member"


def test_neighbour_holding_his_own_nephews_leaves_me_a_witness(rules):
    text = (
        "Línea contra la trata, buenas tardes.\n"
        "Buenas tardes. Mi vecino tiene a sus tres sobrinos trabajando en su chanchería desde la madrugada, no "
        "van al colegio y no les paga nada.\n"
    )
    assert val(decide(rules, text)["caller_role"]) != "family_member"
