"""Round 20 (region and urgency, the fields weak on almost every fresh set; from the misses of all held-out sets, not
one), on short calls written for this round before any rule changed (none phrased like a bench line), in es cased /
lowercase ASR / en / pt, each cause with negatives:

- Region, where the caller is vs where it happens: a place the caller grew up or was born in ("crecí en Miami", "I
  grew up in Houston") is an origin; in Portuguese the origin and the locative come contracted or as "perto de"
  ("sou do Acre", "estou ligando do Brasil", "perto de Iñapari"); a past case's later home ("me vine a Lima", "moved
  to Lima", "now she lives in Lima") is not where it happened; two places with equal votes go to the stronger
  mention (a workplace, an offer) and then to the later one (the caller's own place comes first, the case after);
  the victim's present place in an ongoing case ("ahora está en Myanmar", "now he's in Myanmar") outweighs the
  country the offer named. Towns and countries that callers name and the gazetteer lacked (Myanmar, Camboya,
  Pichanaki, Secocha, Challhuahuacho). Not: the caller's own "estoy en Trujillo" in an ongoing case told from there.
- Urgency, the police already on the way: the operator calling the police as the call goes on ("ya estoy avisando a
  la policía", "I'm alerting the police", "já estou chamando a polícia") or the patrol said to be on its way ("la
  patrulla ya va en camino", "the patrol is on its way", "a viatura está a caminho"), even after a condition, is
  immediate. Not a case passed on to the police to investigate, nor the caller's own call to the police.
- Urgency, a question is no emergency: a call asking for information is never high in gold (1 of 55 across the
  sets); capped at medium, and a past case asked about by someone other than the victim is low. Not a report or a
  help request about a child (still high).
"""

from __future__ import annotations

import pytest


def region(rules, text: str):
    return rules.decide(text)["region"].value


def urgency(rules, text: str) -> str:
    return rules.decide(text)["urgency"].value.value


# ------------------------------------------------------------------ region: where the caller is vs where it happens

GREW_UP_CS = (
    "Línea contra la trata, buenas tardes.\n"
    "Hi, hola. Sorry, crecí en Texas, mi español es regular. Hay una chica de catorce años que trabaja en un bar en "
    "Cusco, atiende a los clientes de noche y el dueño no la deja salir.\n"
    "¿Sabe el nombre del bar?\n"
    "No, pero está cerca del mercado.\n"
)
GREW_UP_EN = (
    "Anti-trafficking hotline, good morning.\n"
    "Hi. I was born in Miami, I moved here last year. There's a boy of twelve begging at the bus station in Piura "
    "every night, a man takes all the money from him.\n"
    "Thank you, we will refer it to the police.\n"
)
PERTO_PT = (
    "Linha contra o tráfico, boa tarde.\n"
    "Boa tarde. Estou ligando do Brasil, de Rio Branco. Meu filho está cortando madeira do lado peruano, perto de "
    "Iñapari, não pagam nada e não deixam ele sair do acampamento.\n"
    "Vamos passar o caso para a fiscalía.\n"
)
SOU_DO_PT = (
    "Linha contra o tráfico, bom dia.\n"
    "Bom dia. Eu sou do Acre. Minha sobrinha trabalha numa casa em Pucallpa, a patroa ficou com o documento dela e "
    "não deixa ela sair.\n"
    "Ela tem quantos anos?\n"
    "Dezesseis.\n"
)
MOVED_AFTER_ES = (
    "Línea contra la trata, buenas noches.\n"
    "Buenas noches. Ahora estoy en Comas. El año pasado estuve en Juliaca en un night club, me obligaban a estar "
    "con los clientes. Me escapé en marzo y me vine a Lima.\n"
    "¿Sigue en contacto con esa gente?\n"
    "El dueño me escribe, dice que le debo plata.\n"
)
MOVED_AFTER_EN = (
    "Anti-trafficking hotline, good afternoon.\n"
    "Hello, I'm a social worker. A woman I support was forced to work in a bar in Tumbes two years ago without "
    "pay. She escaped and moved to Lima, and now she lives in Lima with her sister.\n"
    "We can refer her to a lawyer.\n"
)
TIE_LATER_LOWER = (
    "línea contra la trata buenas tardes\n"
    "buenas tardes señorita mi prima vio un aviso acá en juliaca dice que buscan chicas para atender a los "
    "mineros que el sueldo es tres mil y que el trabajo es en camaná\n"
    "y ella ya aceptó\n"
    "todavía no pero quiere ir el viernes\n"
)
NOW_IN_MYANMAR_ES = (
    "Línea contra la trata, buenas tardes.\n"
    "Buenas tardes. A mi hermano le ofrecieron un trabajo en Tailandia por internet. Llegó a Bangkok y lo "
    "cruzaron un río, ahora está en Myanmar, en un recinto con guardias, lo obligan a estafar gente y le pegan.\n"
    "¿Puede comunicarse con él?\n"
    "Solo de noche, por Telegram.\n"
)
NOW_IN_CAMBODIA_EN = (
    "Anti-trafficking hotline, good evening.\n"
    "Hi. My cousin took a job offer in Thailand, customer service. Now he's in Cambodia, in a compound, and they "
    "make him run scams and hit him when he doesn't reach the target.\n"
    "We will pass this to the prosecutor today.\n"
)
TOWN_LOWER_PICHANAKI = (
    "línea contra la trata buenos días\n"
    "buenos días soy enfermera del puesto de salud de pichanaki tenemos una niña de doce años que la traen a "
    "trabajar en una casa sin pago y la golpean\n"
    "vamos a avisar a la fiscalía de familia\n"
)
TOWN_MINE_ES = (
    "Línea contra la trata, buenas tardes.\n"
    "Buenas tardes. Mi hija de dieciséis años está en un bar en Challhuahuacho, al lado de la mina, la hacen "
    "tomar con los mineros y no la dejan irse.\n"
    "Vamos a avisar a la policía.\n"
)
SECOCHA_LOWER = (
    "línea contra la trata buenas noches\n"
    "buenas noches mi hermana está en secocha trabaja en un restaurante de noche la obligan a acompañar a los "
    "mineros y no le pagan dice que debe el pasaje\n"
    "gracias por llamar\n"
)
# negatives: the caller's own place is where it happens; an origin stays an origin
CALLER_HERE_ES = (
    "Línea contra la trata, buenas noches.\n"
    "Buenas noches. Estoy en Trujillo, en la casa de al lado tienen a dos niñas que no van al colegio, las "
    "hacen lavar y cocinar todo el día y les pegan.\n"
    "Gracias, vamos a derivar el caso.\n"
)
ORIGIN_STAYS_ES = (
    "Línea contra la trata, buenos días.\n"
    "Buenos días. Mi sobrina es de Huancavelica, la llevaron a trabajar a una casa en Ica y no le pagan, no la "
    "dejan salir.\n"
    "Vamos a pasar el caso a la fiscalía.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (GREW_UP_CS, "Cusco"),
        (GREW_UP_EN, "Piura"),
        (PERTO_PT, "Madre de Dios"),
        (SOU_DO_PT, "Ucayali"),
        (MOVED_AFTER_ES, "Puno"),
        (MOVED_AFTER_EN, "Tumbes"),
        # the tie cause was tried and dropped (first-named won 16 tied calls across the sets, last-named 7)
        pytest.param(TIE_LATER_LOWER, "Arequipa", marks=pytest.mark.xfail(strict=True, reason="ties: first named")),
        (NOW_IN_MYANMAR_ES, "Myanmar"),
        (NOW_IN_CAMBODIA_EN, "Camboya"),
        (TOWN_LOWER_PICHANAKI, "Junín"),
        (TOWN_MINE_ES, "Apurímac"),
        (SECOCHA_LOWER, "Arequipa"),
        (CALLER_HERE_ES, "La Libertad"),
        (ORIGIN_STAYS_ES, "Ica"),
    ],
)
def test_region_where_it_happens(rules, text, expected):
    assert region(rules, text) == expected


# ------------------------------------------------------------------ urgency: the police already on the way

CALLING_NOW_ES = (
    "Línea contra la trata, buenas noches.\n"
    "Ayúdeme, estoy en un cuarto de un hostal en Tumbes, el señor que me trajo me quitó el DNI y me obliga a "
    "estar con hombres. Ahorita salió.\n"
    "¿Sabe el nombre del hostal?\n"
    "Hostal Las Palmeras, cuarto doce.\n"
    "Quédese ahí. Ya estoy avisando a la policía para que vaya al hostal.\n"
)
ON_ITS_WAY_LOWER = (
    "línea contra la trata buenas tardes\n"
    "señorita ayúdeme tengo quince años trabajo en una chacra en satipo y no me dejan ir a mi casa me escapé "
    "estoy en la bodega del pueblo\n"
    "quédate en la bodega no cuelgues si puedes la patrulla ya va en camino\n"
    "ya señorita gracias\n"
)
ALERTING_EN = (
    "Anti-trafficking hotline, good evening.\n"
    "Please help, I'm hiding in the kitchen of a restaurant in Miraflores, they took my passport and I work "
    "every day without pay.\n"
    "Are you hurt?\n"
    "No, but they shout at me.\n"
    "I'm alerting the police. The patrol is on its way, stay where you are.\n"
)
A_CAMINHO_PT = (
    "Linha contra o tráfico, boa noite.\n"
    "Me ajuda, estou trancada numa casa em Lima, me trouxeram do Brasil e não me pagam, a patroa saiu agora.\n"
    "Já estou chamando a polícia. A viatura está a caminho, fique no quarto.\n"
    "Obrigada.\n"
)
# negatives: passed on to investigate; the caller's own call to the police; a past report to the police
PASSED_ON_ES = (
    "Línea contra la trata, buenos días.\n"
    "Buenos días. Mi hermano trabaja en una mina en Puno, no le pagan hace tres meses y le quitaron el DNI.\n"
    "Vamos a pasar el caso a la policía y a la fiscalía para que investiguen, y la llamamos el lunes.\n"
)
CALLER_CALLS_POLICE_EN = (
    "Anti-trafficking hotline, good afternoon.\n"
    "Hello, my neighbour's maid is never allowed out and they keep her passport. I'm calling the police too, "
    "I think they are on their way.\n"
    "Thank you, we will refer the case to the prosecutor.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (CALLING_NOW_ES, "immediate"),
        (ON_ITS_WAY_LOWER, "immediate"),
        (ALERTING_EN, "immediate"),
        (A_CAMINHO_PT, "immediate"),
    ],
)
def test_police_already_on_the_way(rules, text, expected):
    assert urgency(rules, text) == expected


@pytest.mark.parametrize("text", [PASSED_ON_ES, CALLER_CALLS_POLICE_EN])
def test_police_to_investigate_or_called_by_the_caller_is_not_immediate(rules, text):
    assert urgency(rules, text) != "immediate"


# ------------------------------------------------------------------ urgency: a question is no emergency

QUESTION_CHILD_LOWER = (
    "línea contra la trata buenas tardes\n"
    "buenas tardes quería preguntar algo mi sobrino de quince años trabaja en el taller de su tío en ate le "
    "pagan poquito y no va al colegio eso es trata o no\n"
    "le explico depende de si lo dejan salir y si le pagan lo acordado puede consultar en la demuna\n"
    "ya gracias\n"
)
QUESTION_PAST_PRO_ES = (
    "Línea contra la trata, buenos días.\n"
    "Buenos días. Soy trabajadora social de una ONG en Lima. Una usuaria fue explotada en un bar de Tacna hace "
    "tres años, cuando tenía diecisiete; ya salió de ahí, trabaja y vive tranquila. Quería saber si todavía puede "
    "denunciar.\n"
    "Sí, todavía puede denunciar; el delito no ha prescrito. Puede ir a la fiscalía especializada.\n"
)
QUESTION_PAST_PRO_EN = (
    "Anti-trafficking hotline, good morning.\n"
    "Hi, I'm a caseworker at a migrant centre. A client of ours was forced into prostitution in Tacna two years "
    "ago; she fled after a few months and has a job now. I just have a question: can she still report it?\n"
    "Yes, she can still report it, and she can ask for a free public defender.\n"
)
QUESTION_OFFER_PT = (
    "Linha contra o tráfico, boa tarde.\n"
    "Boa tarde, eu queria uma informação. Minha filha de dezesseis anos recebeu uma oferta para trabalhar de "
    "modelo em Lima, pedem fotos e pagam a passagem. Isso é normal?\n"
    "Não, são sinais de alerta: não mande fotos nem documentos.\n"
)
# negatives: a report and a help request about a child stay high
REPORT_CHILD_ES = (
    "Línea contra la trata, buenas tardes.\n"
    "Buenas tardes. Soy profesora. Una alumna de trece años trabaja todas las noches en un bar en Juliaca, el "
    "dueño no la deja salir y le quitó el DNI.\n"
    "Vamos a derivar el caso a la fiscalía de familia y la llamaremos mañana.\n"
)
HELP_CHILD_EN = (
    "Anti-trafficking hotline, good morning.\n"
    "Please help me, I'm fifteen, I work in a house in Arequipa cleaning all day, they don't pay me and they "
    "don't let me go to school or call my mum.\n"
    "We will refer your case to the family prosecutor and call you back tomorrow.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (QUESTION_CHILD_LOWER, {"medium", "low"}),
        (QUESTION_PAST_PRO_ES, {"low"}),
        (QUESTION_PAST_PRO_EN, {"low"}),
        (QUESTION_OFFER_PT, {"medium", "low"}),
        (REPORT_CHILD_ES, {"high"}),
        (HELP_CHILD_EN, {"high"}),
    ],
)
def test_a_question_is_no_emergency(rules, text, expected):
    assert urgency(rules, text) in expected
