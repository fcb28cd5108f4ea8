# ruff: noqa: E501
"""Held-out notes set 53: sixteen NEW fictional counter-trafficking hotline calls.

Written by an outside writer who read only three files: shared/eval/LABELS.md,
shared/eval/make_dev.py and notes/make_heldout.py. Theme: the Amazon and the
northern border (Loreto, Ucayali, San Martín, Amazonas, Tumbes, Piura). All
people, numbers and businesses are invented. Markup and conventions as in
make_dev.py ([[TYPE|surface]] marks PII; O:/C: mark the speaker).

Mix (16 calls):
  h53-lw-01..06  lowercase unpunctuated Whisper-style Spanish (fillers, self-corrections, numbers in words, misheard words)
     lw-01 boat crew: girls moved downriver right now for domestic work (count corrected 4 -> 5)
     lw-02 apu: young men recruited for a logging camp, held by debt (count corrected 8 -> 7); declines police visit
     lw-03 victim: adolescent in a "night club" near an oil camp, with two others
     lw-04 NOT trafficking: father asks if his children helping on the family farm is illegal
     lw-05 aunt: niece taken years ago to a coastal city as unpaid domestic help
     lw-06 NOT trafficking: land conflict with settlers
  h53-es-01..04  cased Spanish
     es-01 health promoter: river trader about to take three boys to a sawmill (at risk)
     es-02 off-duty police officer: migrant women and girls in a border bar (immediate)
     es-03 victim who escaped an informal gold mine, others still there; declines shelter
     es-04 NOT trafficking: lost ID card question
  h53-en-01..03  English
     en-01 volunteer teacher: boy from a river community working as house help in the city
     en-02 sister abroad: brother escaped a logging camp, stranded without ID
     en-03 nurse, follow-up on a night-club case near oil fields
  h53-pt-01..03  Brazilian Portuguese
     pt-01 cousin: adolescent taken by boat from the triple border to a city nightclub
     pt-02 victim: Brazilian man escaped a logging camp, others still held (count corrected)
     pt-03 mother: job offer as waitress for adult daughter (information; declines police referral)

Labelling choices:
  * caller_role: teachers, health promoters, nurses, NGO staff calling about people
    they serve -> professional; an apu or neighbour who knows the people -> acquaintance;
    an off-duty police officer who saw something in a bar -> witness (not acting in role);
    boat crew who see it happen -> witness.
  * Not-trafficking calls: call_type not_relevant, exploitation [], count 0,
    minors False, sexes [], region None, situation None, urgency low, caller
    general_public; actions ["information_given"] when the operator gave concrete
    guidance or a referral elsewhere (e.g. RENIEC, Defensoría), else ["none"].
  * victims.count is the final corrected figure the caller settles on, including the
    caller when the caller is a victim; minors_involved True if any victim is said to be under 18.
  * region: the department where the exploitation happens (or will happen, for at_risk),
    not where the caller is; cities mapped to departments (Iquitos -> Loreto).
  * situation: ongoing if anyone is still being exploited or being moved now; past if
    all named victims are out; at_risk if recruitment has not yet happened.
  * actions: only what the operator actually does or commits to; offers the caller
    declines are not listed. Police being alerted to go to a place -> police_dispatch;
    passing a case to fiscalía/police for investigation -> referral_legal.
  * Summaries in Spanish for Spanish and Portuguese calls (as make_heldout.py does),
    English for English calls; no names, exact ages, phones or place names.
"""

import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

CALLS.clear()
OUT = Path(__file__).with_name("heldout53.jsonl")

# ------------------------------------------------ lowercase ASR, Spanish ----
call(
    "h53-lw-01",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: aló aló señorita eh buenas noches yo soy motorista de la lancha [[ORGANIZATION|eduardo siete]] estamos bajando de [[LOCATION|yurimagua]] a [[LOCATION|iquitos]] y este quería avisar de algo que estoy viendo
O: dígame le escucho
C: hay un señor que subió en [[LOCATION|lagunas]] con cuatro chicas bueno no son cinco la otra estaba abajo en la hamaca son chiquitas de una comunidad señorita ninguna habla bien castellano
O: qué edad cree que tienen
C: eh la mayorcita me dijo [[AGE|quince]] y las otras más menores [[AGE|trece catorce]] así y el señor dice que son sus sobrinas que las lleva a trabajar de empleadas en casas en iquitos pero él no las deja ni bajar a comer
O: el señor sabe que usted está llamando
C: no no estoy en la cabina del motor el señor se llama [[PERSON|tito]] no sé más le dicen [[PERSON|tito ahuanari]] creo y tiene las dnis de las chicas en una bolsa
O: a qué hora llegan al puerto
C: llegamos mañana a [[DATE_TIME|las seis siete de la mañana]] al puerto de [[ADDRESS|masusa]] si no nos atrasamos
O: bien voy a avisar ahora mismo a la policía para que esperen la lancha en el puerto usted no le diga nada al señor ni se enfrente con él
C: ya ya entendido pero que no digan que fui yo porque yo trabajo en esta ruta siempre
O: su identidad queda reservada me puede dar un número para llamarle
C: sí es [[PHONE_NUMBER|nueve cuatro dos cinco cero uno ocho ocho siete]] ahí tengo señal solo cuando pasamos los pueblos
O: perfecto le llamamos mañana temprano para coordinar gracias por avisar
""",
    note(
        "witness",
        "report",
        ["domestic_servitude"],
        5,
        True,
        ["female"],
        "Loreto",
        "ongoing",
        "immediate",
        ["police_dispatch", "follow_up_call"],
        "Un tripulante de una lancha fluvial reporta que un hombre traslada en ese momento a cinco niñas y "
        "adolescentes indígenas para ponerlas a trabajar como empleadas domésticas en la ciudad, con sus "
        "documentos en su poder y sin dejarlas moverse. Se alertó a la policía para esperar la embarcación en el puerto "
        "y se llamará al informante.",
    ),
)

call(
    "h53-lw-02",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenos días
C: buenos días señorita le habla el apu de la comunidad nativa [[LOCATION|nuevo andoas]] bueno no nuevo andoas más abajito por el [[LOCATION|pastaza]] [[LOCATION|datem del marañón]]
O: buenos días apu en qué le podemos ayudar
C: mire hace dos meses vino un señor un contratista dijo que necesitaba jóvenes para la tala para sacar madera y se llevó a ocho de nuestros muchachos ocho no siete porque uno se regresó a la semana enfermo
O: y qué sabe de los que se quedaron
C: el que regresó cuenta que no les pagan nada que todo les descuentan la comida el machete la ropa que ya deben como mil soles cada uno y hay un hombre con escopeta que no deja salir a nadie del campamento
O: son todos mayores de edad
C: no dos son menores pues uno tiene [[AGE|dieciséis]] y el otro [[AGE|diecisiete]] los demás ya son jóvenes de veinte veinticinco así
O: sabe dónde está el campamento
C: dicen que es por la quebrada [[LOCATION|huitoyacu]] a tres días en bote el contratista se llama [[PERSON|segundo]] [[PERSON|segundo rengifo]] le dicen el [[PERSON|chino]]
O: apu podemos pedir a la policía que vaya a la comunidad para tomar las declaraciones de las familias
C: no no todavía señorita primero tengo que hablar en asamblea con las familias si viene la policía así nomás la gente se asusta
O: está bien respetamos eso entonces vamos a derivar el caso a la fiscalía especializada en trata para que investiguen el campamento y le volvemos a llamar la próxima semana
C: ya señorita este es el número del teléfono comunitario [[PHONE_NUMBER|065 830 114]] pregunte por mí
O: gracias apu lo llamaremos
""",
    note(
        "acquaintance",
        "report",
        ["labour"],
        7,
        True,
        ["male"],
        "Loreto",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Un dirigente indígena reporta que siete jóvenes de su comunidad, dos de ellos adolescentes, fueron "
        "llevados a un campamento de tala donde trabajan sin pago por una deuda impuesta y vigilados por un hombre "
        "armado. No aceptó por ahora la visita policial; el caso se deriva a la fiscalía especializada, con seguimiento.",
    ),
)

call(
    "h53-lw-03",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches
C: señorita ayuda por favor estoy en un nait clob en [[LOCATION|trompeteros]] al lado del campamento petrolero no me dejan salir
O: estoy aquí para ayudarte puedes hablar ahora
C: sí un poquito es el celular de un cliente él se durmió me trajeron de [[LOCATION|nauta]] diciendo que era para cocinar en un restaurante y aquí nos hacen tomar con los trabajadores y estar con ellos
O: cuántos años tienes
C: [[AGE|dieciséis]] señorita
O: hay otras chicas contigo
C: sí somos tres bueno dos y yo una es de mi edad y la otra es mayor de [[AGE|veinte]]
O: cómo se llama el local
C: el [[ORGANIZATION|tropical]] el [[ORGANIZATION|nait clob tropical]] es el único con luces rojas al frente del embarcadero la dueña es la señora [[PERSON|chela]]
O: voy a avisar ahora mismo a la policía para que vayan al local y después te llevarán a un albergue seguro quédate donde estás y si puedes borra esta llamada del celular
C: ya ya gracias tengo miedo
O: no estás sola la ayuda va en camino
""",
    note(
        "victim",
        "help_request",
        ["sexual"],
        3,
        True,
        ["female"],
        "Loreto",
        "ongoing",
        "immediate",
        ["police_dispatch", "referral_shelter"],
        "Una adolescente llama con un teléfono prestado desde un local nocturno junto a un campamento petrolero, "
        "donde ella y otras dos mujeres, una también menor, son obligadas a beber y prostituirse tras un engaño "
        "laboral. Se alertó a la policía para intervenir el local y se coordinará un albergue.",
    ),
)

call(
    "h53-lw-04",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes en qué le ayudo
C: buenas tardes eh señorita yo soy agricultor de [[LOCATION|lamas]] tengo mi chacra de cacao y quería preguntar nomás porque la profesora dijo en la reunión que hacer trabajar a los niños es trata y me he preocupado
O: cuénteme qué hacen sus hijos
C: mis dos hijos el de [[AGE|doce]] y la de [[AGE|diez]] me ayudan los sábados a recoger el cacao a secar en la mañanita nomás y en la tarde juegan van al colegio toda la semana no faltan
O: ellos viven con usted y con su mamá
C: sí pues en la casa con nosotros comen con nosotros nadie les obliga bueno a veces renegan como todo niño jaja
O: entiendo señor lo que usted describe no es trata los niños viven con su familia van al colegio y ayudan un rato en tareas ligeras lo importante es que no sean trabajos peligrosos como usar el machete o fumigar y que no les quite el estudio ni el descanso
C: ah ya fumigar no los dejo eso sí
O: muy bien si quiere más orientación sobre trabajo infantil puede consultar con la demuna de su municipalidad
C: ya señorita gracias me quedo tranquilo
""",
    note(
        "general_public",
        "not_relevant",
        [],
        0,
        False,
        [],
        None,
        None,
        "low",
        ["information_given"],
        "Un agricultor consulta si la ayuda que sus hijos le dan en tareas ligeras de la chacra familiar, sin "
        "dejar de asistir al colegio, constituye trata. Se le explicó que no lo es, se le orientó sobre límites "
        "del trabajo infantil y se le indicó acudir a la DEMUNA para más información.",
    ),
)

call(
    "h53-lw-05",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes
C: aló buenas tardes señorita llamo de [[LOCATION|bagua]] es por mi sobrina mi sobrinita [[PERSON|yesenia]]
O: la escucho señora qué pasó con su sobrina
C: hace ya dos años no tres años una señora que era su madrina se la llevó a [[LOCATION|chiclayo]] dijo que la iba a hacer estudiar que iba a ayudar en la casa nomás y ahora la niña tiene [[AGE|catorce años]]
O: y ha sabido de ella
C: recién ayer me llamó escondida del celular de una vecina llorando dice que no va al colegio que desde las cinco de la mañana lava cocina cuida a los hijos de la señora que no le pagan nada y que la señora le pega con la correa cuando se equivoca
O: su sobrina puede salir de la casa
C: no dice que la encierran cuando salen la señora se llama [[PERSON|marleny]] [[PERSON|marleny tineo]] vive por [[ADDRESS|la urbanización san eduardo cerca de un grifo]] no sé más exacto
O: señora lo que me cuenta es explotación doméstica de una menor vamos a derivar el caso a la fiscalía de familia y a la policía en chiclayo para que la ubiquen usted también puede poner la denuncia en la comisaría de bagua le explico qué llevar
C: ya señorita qué llevo
O: la partida de nacimiento de la niña si la tiene una foto y los datos de la señora que me ha dado
C: ya la mamá tiene la partida yo hablo con ella mi número es [[PHONE_NUMBER|nueve siete uno cero cuatro cuatro dos seis tres]]
O: gracias señora la llamaremos en unos días para contarle cómo avanza
""",
    note(
        "family_member",
        "report",
        ["domestic_servitude"],
        1,
        True,
        ["female"],
        "Lambayeque",
        "ongoing",
        "high",
        ["referral_legal", "information_given", "follow_up_call"],
        "Una tía reporta que su sobrina adolescente fue llevada hace años de su comunidad a otra ciudad con la "
        "promesa de estudiar y ahora trabaja sin pago en tareas domésticas, sin ir al colegio, encerrada y con "
        "maltrato físico. Se deriva a fiscalía de familia y policía, se le orientó sobre la denuncia y se hará seguimiento.",
    ),
)

call(
    "h53-lw-06",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenos días en qué le puedo ayudar
C: buenos días señorita yo soy comunero de la comunidad [[LOCATION|santa rosa de sheshea]] en [[LOCATION|ucayali]] y queremos denunciar que unos colonos han entrado a nuestro territorio
O: cuénteme qué está pasando
C: eh han tumbado monte han hecho chacra de coca dice la gente no sé y han puesto letrero de propiedad privada en nuestras tierras tituladas y cuando el presidente de la comunidad fue a reclamar lo amenazaron
O: hay alguna persona de la comunidad que esté trabajando para ellos contra su voluntad o que se hayan llevado a alguien
C: no no eso no señorita nadie trabaja para ellos es por la tierra nomás el problema
O: entiendo esta línea atiende casos de trata de personas lo suyo es un conflicto por territorio le recomiendo acudir a la defensoría del pueblo en [[LOCATION|pucallpa]] y a la fiscalía ambiental y si hay amenazas contra el presidente pongan la denuncia en la comisaría
C: ah ya la defensoría ya
O: sí y si en algún momento ven que se llevan a gente a trabajar a la fuerza ahí sí nos llaman
C: ya señorita gracias
""",
    note(
        "general_public",
        "not_relevant",
        [],
        0,
        False,
        [],
        None,
        None,
        "low",
        ["information_given"],
        "Un comunero llama por la invasión de tierras de su comunidad por colonos y amenazas a su dirigente, "
        "sin ningún elemento de trata. Se le orientó a acudir a la Defensoría del Pueblo, la fiscalía ambiental "
        "y la comisaría.",
    ),
)

# ------------------------------------------------ cased Spanish ----
call(
    "h53-es-01",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Buenas tardes, señorita. Soy promotora de salud en la comunidad de [[LOCATION|Santa Clotilde]], en el río [[LOCATION|Napo]]. Le llamo desde la posta porque acá hay señal.
O: Gracias por llamar. Cuénteme.
C: Hay un regatón, un comerciante que pasa con su bote vendiendo cosas, que le dicen Don [[PERSON|Chalo]]. Ha convencido a las familias para llevarse a tres chicos a trabajar en un aserradero en [[LOCATION|Iquitos]]. Son de [[AGE|14]], [[AGE|15]] y [[AGE|16 años]].
O: ¿Ya se los llevó?
C: No, todavía no. Dice que sale [[DATE_TIME|el jueves a las cuatro de la mañana]]. Les ha dado a los papás 200 soles de adelanto y les dijo que los chicos van a pagar eso con su trabajo. Uno de los chicos me dijo que no quiere ir, pero su papá ya recibió la plata.
O: Eso que describe, el adelanto que se cobra con trabajo y que sean menores de edad, son señales de alerta de trata con fines laborales.
C: Eso mismo pensé yo. ¿Qué puedo hacer?
O: Vamos a informar a la fiscalía especializada y a la policía en [[LOCATION|Loreto]] para que estén alertas antes del [[DATE_TIME|jueves]]. Usted puede explicar a las familias que los menores no pueden ser llevados a trabajar así y que la deuda no es legal. ¿Me deja un número?
C: Prefiero no dar mi celular, acá todos se enteran. Yo vuelvo a llamar [[DATE_TIME|el miércoles]] desde la posta.
O: Está bien, la esperamos [[DATE_TIME|el miércoles]]. Gracias por cuidar a esos chicos.
""",
    note(
        "professional",
        "report",
        ["labour"],
        3,
        True,
        ["male"],
        "Loreto",
        "at_risk",
        "high",
        ["referral_legal", "information_given"],
        "Una promotora de salud informa que un comerciante fluvial planea llevarse en pocos días a tres "
        "adolescentes de su comunidad a trabajar en un aserradero, tras dar un adelanto a los padres que los "
        "chicos deberán pagar con trabajo. Se alertó a fiscalía y policía y se dio orientación para las familias; "
        "la informante volverá a llamar.",
    ),
)

call(
    "h53-es-02",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas noches.
C: Buenas noches. Le hablo bajito porque estoy en un bar. Soy policía, pero estoy de franco, estoy con unos amigos en [[LOCATION|Aguas Verdes]], en [[LOCATION|Tumbes]].
O: Entiendo. ¿Qué está viendo?
C: El local se llama [[ORGANIZATION|Karaoke La Frontera]], está a dos cuadras del puente internacional. Hay unas seis chicas venezolanas atendiendo, y por lo menos dos se ven menores, una no pasa de [[AGE|15]], le juro. La señora de la caja tiene un cuaderno con los nombres y los documentos de todas en un cajón.
O: ¿Ha visto que las obliguen a algo?
C: Los clientes pagan a la caja y se llevan a las chicas a unos cuartos atrás. Una lloraba en el baño y me dijo que no puede irse porque debe el pasaje desde [[LOCATION|Venezuela]]. Yo solo no puedo intervenir, estoy desarmado y sin apoyo.
O: Hizo bien en no intervenir. Ahora mismo paso el aviso a la policía de [[LOCATION|Tumbes]] para que intervengan el local. ¿Me puede dar un número?
C: Sí, [[PHONE_NUMBER|952 663 018]]. Me llamo [[PERSON|Julio Sernaqué]]. Voy a salir del local para no levantar sospechas.
O: Perfecto. Si ve que sacan a las chicas del local, llámenos otra vez. Le devolvemos la llamada cuando llegue el patrullero.
C: Ya, gracias.
""",
    note(
        "witness",
        "report",
        ["sexual"],
        6,
        True,
        ["female"],
        "Tumbes",
        "ongoing",
        "immediate",
        ["police_dispatch", "follow_up_call"],
        "Un policía fuera de servicio reporta que en un bar cerca de la frontera unas seis mujeres migrantes, "
        "al menos dos de ellas aparentemente menores, son explotadas sexualmente, con sus documentos retenidos "
        "y una supuesta deuda por el viaje. Se alertó a la policía para intervenir el local y se le devolverá la llamada.",
    ),
)

call(
    "h53-es-03",
    "es",
    "plain",
    """
O: Línea contra la trata, buenos días. ¿En qué le podemos ayudar?
C: Buenos días. Mi nombre es [[PERSON|Elmer]], tengo [[AGE|24 años]]. Yo me escapé la semana pasada de una mina informal en [[LOCATION|Suyo]], en la sierra de [[LOCATION|Piura]].
O: Gracias por llamar, [[PERSON|Elmer]]. ¿Está seguro ahora?
C: Sí, estoy en [[LOCATION|Sullana]], en la casa de mi hermana. Nos llevaron a cinco, bueno, yo y otros cuatro, desde [[LOCATION|Chulucanas]], nos ofrecieron 1800 soles al mes. Allá nos tenían en un socavón doce horas, nunca pagaron, decían que debíamos la comida y el pasaje. Y el capataz se quedó con nuestros DNI.
O: ¿Los otros cuatro siguen allá?
C: Sí, siguen. Uno me escribió anteayer que ya no lo dejan ni llamar. Todos somos mayores.
O: Lo que me cuenta es trata con fines de explotación laboral. Podemos conseguirle un albergue si lo necesita.
C: No, gracias, estoy bien donde mi hermana. Lo que quiero es que saquen a mis compañeros, y recuperar mi DNI y mi plata.
O: De acuerdo. Vamos a derivar el caso a la fiscalía especializada y a la policía para que intervengan la mina. Para el DNI, puede pedir un duplicado en RENIEC y decir que se lo retuvieron; y para su pago, la fiscalía puede incluir la reparación en la denuncia.
C: Ya. Mi número es [[PHONE_NUMBER|968 214 307]].
O: Le llamaremos en unos días para contarle cómo avanza el caso.
""",
    note(
        "victim",
        "help_request",
        ["labour"],
        5,
        False,
        ["male"],
        "Piura",
        "ongoing",
        "high",
        ["referral_legal", "information_given", "follow_up_call"],
        "Un joven cuenta que escapó de una mina informal donde él y otros cuatro hombres trabajaban sin pago por "
        "una deuda impuesta y con sus documentos retenidos; los demás siguen allí. Rechazó el albergue; el caso se "
        "deriva a fiscalía y policía, se le orientó sobre su documento y la reparación, con seguimiento.",
    ),
)

call(
    "h53-es-04",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Buenas tardes, señorita. Disculpe, no sé si es aquí. Se me perdió mi DNI en el puerto de [[LOCATION|Pucallpa]], cuando subía a la lancha, y no sé qué hacer.
O: No se preocupe. ¿Alguien le quitó el documento o la obligan a algo?
C: No, no, nada de eso. Se me cayó con mi monedero, creo. Tengo que viajar a [[LOCATION|Contamana]] [[DATE_TIME|el lunes]] y me piden DNI para el pasaje.
O: Entiendo. Esta línea es para casos de trata de personas, pero le oriento: puede pedir un duplicado del DNI en cualquier oficina de RENIEC o por su página web, y mientras tanto le sirve la constancia del trámite. También conviene que ponga la denuncia de pérdida en la comisaría, por si alguien usa su documento.
C: Ah, ya. ¿Y la denuncia es gratis?
O: Sí, la denuncia por pérdida es gratuita.
C: Ya, gracias, señorita, muy amable.
O: De nada, que tenga buen viaje.
""",
    note(
        "general_public",
        "not_relevant",
        [],
        0,
        False,
        [],
        None,
        None,
        "low",
        ["information_given"],
        "Una persona consulta qué hacer tras perder su documento de identidad en un puerto, sin ninguna situación "
        "de trata. Se le orientó sobre el duplicado en RENIEC y la denuncia por pérdida.",
    ),
)

# ------------------------------------------------ English ----
call(
    "h53-en-01",
    "en",
    "plain",
    """
O: Anti-trafficking hotline, good afternoon. How can I help you?
C: Hi, good afternoon. I'm a volunteer English teacher at a community school in [[LOCATION|Iquitos]], in the [[LOCATION|Belén]] area. I'm not sure this is the right place to call.
O: Please go ahead, we can help you figure that out.
C: There's a boy in my class, [[PERSON|Jairo]], he's [[AGE|eleven]]. He's from a village up the [[LOCATION|Ucayali River]], and he lives with a family here who brought him to "study". But he comes maybe twice a week, he falls asleep in class, and he told me he washes clothes, cooks and looks after the family's baby every day.
O: Does he get paid, or does he see his parents?
C: No pay. He said the lady sends a sack of rice to his mother sometimes. He hasn't been home in over a year. He sleeps on the kitchen floor. He's never told me anyone hits him, and I didn't see marks.
O: Thank you, that's very helpful. A child brought from his community to do domestic work instead of studying is a situation we take seriously. We'll refer it to the family prosecutor and the child protection office so they can visit the home. Can we reach you?
C: Yes, my number is [[PHONE_NUMBER|+51 945 377 120]]. My name is [[PERSON|Hannah]].
O: Thank you, [[PERSON|Hannah]]. We'll call you next week to follow up. Please keep treating him normally at school and don't confront the family.
C: Okay, I won't. Thank you.
""",
    note(
        "professional",
        "report",
        ["domestic_servitude"],
        1,
        True,
        ["male"],
        "Loreto",
        "ongoing",
        "medium",
        ["referral_legal", "follow_up_call"],
        "A volunteer teacher reports that a young boy brought from a river community to the city to study "
        "instead does unpaid domestic work for a host family, rarely attends school and sleeps on the kitchen "
        "floor. The case is referred to the family prosecutor and child protection services, with follow-up.",
    ),
)

call(
    "h53-en-02",
    "en",
    "plain",
    """
O: Anti-trafficking hotline, good evening.
C: Good evening. I'm calling from [[LOCATION|Houston]], in the States. My little brother is in [[LOCATION|Peru]] and he needs help, and I don't know who else to call.
O: I'm listening. What happened to your brother?
C: His name is [[PERSON|Luis Fasabi]], he's [[AGE|19]]. A few months ago a man recruited him and a friend in [[LOCATION|Tarapoto]] to cut timber, supposedly for good money. They took them to a camp by boat, somewhere near [[LOCATION|Atalaya]]. They never got paid, the boss kept their IDs, and he said they owed him for food.
O: Is your brother still in the camp?
C: No, he ran away four days ago with his friend. Walked two days and got a boat. He's in [[LOCATION|Pucallpa]] now, at the port, no money, no ID, sleeping outside. His friend went back home to his family. There was nobody else from their group there.
O: We can arrange a shelter for him in Pucallpa tonight and legal advice so he can report what happened. Can he be reached by phone?
C: He borrowed a phone, it's [[PHONE_NUMBER|962 418 530]]. Please hurry, he's scared they'll find him.
O: We'll contact him within the hour, take him to the shelter, and refer the case to the prosecutor so they look for the camp. We'll call you back tomorrow.
C: Thank you so much.
""",
    note(
        "family_member",
        "help_request",
        ["labour"],
        2,
        False,
        ["male"],
        "Ucayali",
        "past",
        "high",
        ["referral_shelter", "referral_legal", "follow_up_call"],
        "A sister abroad reports that her adult brother escaped from a logging camp where he and a friend "
        "worked unpaid under an imposed debt with their IDs withheld, and he is now stranded without money "
        "or documents. A shelter and legal advice are arranged and the case is referred to the prosecutor, with follow-up.",
    ),
)

call(
    "h53-en-03",
    "en",
    "plain",
    """
O: Anti-trafficking hotline, good morning.
C: Good morning, this is a nurse from the health centre in [[LOCATION|Talara]]. I called two weeks ago about the club near the oil wells, the one with the two girls. I have news.
O: Thank you for calling back. What's new?
C: One of the two girls came in last night. She's [[AGE|sixteen]]. She had bruises on her arms and said the owner, [[PERSON|Richi]], hit her because she refused a client. She went back there this morning because she's afraid they'll hurt the other girl, who is younger.
O: So both girls are still at the club?
C: Yes. It's still open, the [[ORGANIZATION|Oasis Night Club]], on the road to the oil field. Nobody has come to check, as far as I know.
O: I'm sorry to hear that. I'll pass these new details to the police unit and the prosecutor who have the case, and ask them to act urgently. And if she comes back to you, we can arrange a shelter for her.
C: Okay. Please tell them she said the owner keeps a gun behind the bar.
O: I'll include that. We'll call you back tomorrow with an update.
""",
    note(
        "professional",
        "follow_up",
        ["sexual"],
        2,
        True,
        ["female"],
        "Piura",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "A nurse follows up on a previous report about two adolescent girls sexually exploited at a club near an "
        "oil field: one was treated for injuries after being beaten by the owner and returned to the club, which is "
        "still operating and where a gun is kept. The new details are passed to police and prosecutors, with follow-up.",
    ),
)

# ------------------------------------------------ Brazilian Portuguese ----
call(
    "h53-pt-01",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, boa tarde. Pode falar em português.
C: Boa tarde. Eu moro em [[LOCATION|Tabatinga]], do lado brasileiro, e estou ligando por causa da minha prima [[PERSON|Kauane]]. Ela tem [[AGE|dezesseis anos]].
O: O que aconteceu com ela?
C: Um homem peruano, que chamam de [[PERSON|Gringo]], ofereceu trabalho para ela numa lanchonete em [[LOCATION|Iquitos]]. Ela pegou o barco em [[LOCATION|Santa Rosa]] faz três semanas. Ontem ela mandou áudio chorando, dizendo que é uma boate, que obrigam ela a beber e a sair com os clientes, e que pegaram o celular dela. Ela mandou do celular de outra menina.
O: Sabe o nome da boate ou onde fica?
C: Ela disse que é a [[ORGANIZATION|Boate Sirena]], perto de um porto. Só isso.
O: Tem mais meninas com ela?
C: Ela falou de outras meninas, mas não sei quantas, não disse. Só falou da prima.
O: Entendi. Vamos passar o caso para a polícia e para a promotoria especializada em Loreto para localizarem a boate. A senhora tem o áudio?
C: Tenho sim, guardei.
O: Guarde, é importante. Pode me deixar um número de WhatsApp?
C: É [[PHONE_NUMBER|+55 97 98145 2260]].
O: Obrigada. Vamos te ligar amanhã para contar o que avançou.
""",
    note(
        "family_member",
        "report",
        ["sexual"],
        1,
        True,
        ["female"],
        "Loreto",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Una familiar reporta desde el otro lado de la frontera que su prima adolescente fue captada con una oferta "
        "de trabajo en un restaurante y llevada en barco a una ciudad, donde la obligan a beber y prostituirse en "
        "un local nocturno y le quitaron el celular. Se deriva a la policía y a la fiscalía especializada, con seguimiento.",
    ),
)

call(
    "h53-pt-02",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, boa noite. Em que posso ajudar?
C: Boa noite. Eu sou brasileiro, do [[LOCATION|Acre]]. Estou em [[LOCATION|Puerto Esperanza]], no [[LOCATION|Purús]]. Eu fugi de um acampamento de madeira ilegal.
O: Você está em segurança agora?
C: Estou na casa de um pastor que me recebeu. Mas eles podem vir atrás de mim.
O: Me conta o que aconteceu.
C: Um tal de [[PERSON|Baiano]] recrutou a gente em [[LOCATION|Assis Brasil]], dez homens, não, doze, com dois que vieram de [[LOCATION|Rio Branco]]. Prometeu três mil reais por mês. Chegando lá, nada. Trabalhamos derrubando árvore de sol a sol, comida podre, e tem capanga armado. Ninguém pode sair.
O: Tem menores de idade?
C: Não, todos maiores. Eu tenho [[AGE|vinte e dois]].
O: Vamos avisar agora a polícia para ir até você, levar você para um abrigo seguro, e passar o caso para a promotoria para resgatar os outros onze. Você consegue explicar onde fica o acampamento?
C: Sim, umas seis horas de canoa subindo o rio, eu mostro.
O: Então fique na casa do pastor. A polícia vai buscar você. Qual número para contato?
C: O do pastor, [[PHONE_NUMBER|961 302 775]].
O: Obrigada. Vamos ligar amanhã para acompanhar.
""",
    note(
        "victim",
        "help_request",
        ["labour"],
        12,
        False,
        ["male"],
        "Ucayali",
        "ongoing",
        "high",
        ["police_dispatch", "referral_shelter", "referral_legal", "follow_up_call"],
        "Un hombre extranjero relata que escapó de un campamento de tala ilegal donde él y otros once hombres "
        "trabajan sin pago, con mala alimentación y vigilancia armada tras un engaño laboral; teme represalias. "
        "La policía irá a buscarlo para llevarlo a un albergue y el caso se deriva a la fiscalía, con seguimiento.",
    ),
)

call(
    "h53-pt-03",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, bom dia.
C: Bom dia. Eu moro em [[LOCATION|Cruzeiro do Sul]]. Minha filha tem [[AGE|dezenove anos]] e recebeu uma proposta pelo Facebook para trabalhar de garçonete em [[LOCATION|Pucallpa]]. Eu queria saber se é seguro.
O: Como é a proposta?
C: Uma mulher, Dona [[PERSON|Kátia]], diz que paga a passagem de barco, alojamento e oitocentos dólares por mês. Mas pediu fotos de corpo inteiro e disse que é para ela não contar para ninguém.
O: Sua filha já viajou?
C: Não, ela está aqui comigo, ia viajar semana que vem.
O: Passagem paga, salário alto demais, pedido de fotos e segredo são sinais de alerta de aliciamento para tráfico. Recomendo que ela não viaje, que guarde as mensagens e o perfil da mulher. Se quiser, podemos passar o perfil para a polícia investigar.
C: Não, por enquanto não, eu não quero confusão. Vou conversar com ela primeiro.
O: Tudo bem. Se mudar de ideia ou se a mulher insistir, pode ligar de novo.
C: Obrigada pela orientação.
""",
    note(
        "family_member",
        "information_request",
        ["unknown"],
        1,
        False,
        ["female"],
        "Ucayali",
        "at_risk",
        "medium",
        ["information_given"],
        "Una madre extranjera consulta por una oferta de trabajo como mesera recibida por redes sociales por su "
        "hija adulta, con pasaje pagado, sueldo alto, pedido de fotos y de secreto. Se explicaron las señales de "
        "alerta y se recomendó no viajar y guardar los mensajes; por ahora no aceptó pasar el perfil a la policía.",
    ),
)

if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
