#!/usr/bin/env python3
# ruff: noqa: E501, RUF100
"""Generate heldout61.jsonl: 16 fictional, labelled calls to a Peruvian counter-trafficking hotline.

Theme: Lima and the central highlands and jungle (Junín, Pasco, Huánuco, Ucayali):
garment workshops, chicken farms, night clubs on the Carretera Central, mining
camps, coca fields, domestic workers, a boy made to carry drugs, women held in a
motel, young men promised construction jobs. Callers: victims, mothers, siblings,
neighbours, a school janitor, a bus driver, a pastor, a nurse, a teacher, an
anonymous passer-by. Includes calls with two victims named together, groups whose
size is told in pieces, past cases, a follow-up, an information request and two
not-relevant calls; urgency spans all four levels.

Styles: 7 lowercase unpunctuated ASR Spanish (lowercase_asr), 5 cased Spanish
(plain), 2 English (plain), 2 Brazilian Portuguese (portuguese).

Written by an outside test-data writer who read only LABELS.md, make_dev.py and
make_heldout.py (for call(), note(), build() and the [[TYPE|surface]] markup).
Everything here is invented: people, numbers, IDs, businesses, addresses.

Run: python3 make_heldout61.py  (writes heldout61.jsonl next to this script)
"""

import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

CALLS.clear()
OUT = Path(__file__).with_name("heldout61.jsonl")

# ---------------------------------------------------------------- h61-01 ----
call(
    "h61-01",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: aló señorita buenas noches disculpe la hora es por mi hija y su amiga ya no sé qué hacer
O: tranquila señora cuénteme con calma qué ha pasado
C: mi hija se llama [[PERSON|yesenia]] tiene [[AGE|dieciséis años]] y su amiguita [[PERSON|milagros]] tiene [[AGE|diecisiete]] las dos se fueron hace dos semanas diciendo que iban a trabajar de meseras en un restaurante campestre
O: de dónde salieron y a dónde se fueron
C: de acá de [[LOCATION|jauja]] señorita a [[LOCATION|la oroya]] una señora que le dicen la [[PERSON|flaca]] les ofreció cincuenta soles diarios con cuarto y comida
O: ha podido hablar con su hija
C: sí anoche me llamó llorando del celular de otra chica me dijo que no es restaurante es un night club en el [[ADDRESS|kilómetro 176 de la carretera central]] que se llama [[ORGANIZATION|el cóndor de oro]]
O: qué le contó que hacen ahí
C: que las hacen tomar con los clientes toda la noche hasta que amanece y la señora les dice que si quieren ganar más tienen que pasar a los cuartos con los señores
O: ellas pueden salir del local cuando quieren
C: solas no señorita las llevan y las traen en una combi y la señora les ha quitado el dni a las dos dice que le deben el pasaje y la ropa que les compró
O: sabe si hay otras chicas en ese lugar
C: dice que hay más chicas pero no sabe cuántas
O: entiendo señora lo que me cuenta es muy grave porque son menores de edad tiene el número desde donde la llamó
C: sí es este [[PHONE_NUMBER|nueve cuatro siete tres uno ocho dos cero cinco]] pero es de otra chica el de mi hija se lo quitaron
O: vamos a pasar ahora la información a la policía especializada para que intervengan el local y también a la fiscalía le pido que no llame a ese número para no ponerlas en riesgo
C: ya señorita no voy a llamar
O: cómo se llama usted y a qué número la podemos llamar
C: [[PERSON|teodora rojas]] señorita mi número es [[PHONE_NUMBER|964 220 817]]
O: gracias señora [[PERSON|teodora]] mañana temprano la llamamos para contarle cómo va y si su hija la vuelve a llamar avísenos enseguida
C: ya señorita por favor que las saquen de ahí son unas niñas todavía
""",
    note(
        "family_member",
        "report",
        ["sexual"],
        2,
        True,
        ["female"],
        "Junín",
        "ongoing",
        "high",
        ["police_dispatch", "referral_legal", "follow_up_call"],
        "Una madre reporta que su hija adolescente y una amiga, también menor, fueron captadas con una oferta de "
        "trabajo de meseras y están en un night club de carretera donde las hacen beber con clientes y las presionan "
        "para tener relaciones con ellos, sin poder salir solas y con sus documentos retenidos por una supuesta deuda. "
        "Se alertó a la policía especializada y a la fiscalía, con seguimiento.",
    ),
)

# ---------------------------------------------------------------- h61-02 ----
call(
    "h61-02",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches
C: señorita ayúdeme por favor hablo bajito porque nos pueden escuchar
O: te escucho bien habla como puedas estás en peligro ahora
C: sí nos tienen encerradas en un hostal es como un motel nos trajeron de [[LOCATION|pucallpa]] diciendo que era para trabajar en una tienda de ropa
O: sabes dónde estás
C: en [[LOCATION|lima]] en [[LOCATION|los olivos]] el hostal se llama [[ORGANIZATION|hostal las gardenias]] está en la [[ADDRESS|avenida naranjal cuadra 14 al lado de una llantería]]
O: cuántas están contigo
C: aquí en el cuarto somos tres conmigo
O: tres contándote a ti
C: sí y en el cuarto del frente hay dos chicas más que llegaron [[DATE_TIME|el martes]] una de ellas es chiquita creo que tiene [[AGE|quince años]]
O: quién las tiene ahí
C: un señor que le dicen el [[PERSON|zambo]] y su mujer nos cierran la puerta con llave desde afuera y nos mandan hombres al cuarto dicen que tenemos que pagar el pasaje y el hospedaje
O: tienen algún arma o las han golpeado
C: a mí me pegó ayer porque no quise y tiene un cuchillo grande en la recepción
O: cómo te llamas y cuántos años tienes
C: [[PERSON|kiara]] tengo [[AGE|veinte años]]
O: [[PERSON|kiara]] la policía ya va en camino a ese hostal no abras la puerta a nadie más y quédense juntas
C: y después qué va a pasar con nosotras no tenemos plata para regresar
O: después las vamos a llevar a un albergue donde van a estar seguras y las vamos a ayudar a volver si quieren no están solas
C: ya ya alguien está subiendo la escalera voy a colgar
""",
    note(
        "victim",
        "help_request",
        ["sexual"],
        5,
        True,
        ["female"],
        "Lima",
        "ongoing",
        "immediate",
        ["police_dispatch", "referral_shelter"],
        "Una joven llama a escondidas desde un hostal donde ella y otras cuatro mujeres, entre ellas una adolescente, "
        "están encerradas con llave y son obligadas a prostituirse bajo una supuesta deuda; el responsable la golpeó "
        "y tiene un cuchillo. Se envió a la policía de inmediato y se coordinará un albergue.",
    ),
)

# ---------------------------------------------------------------- h61-03 ----
call(
    "h61-03",
    "es",
    "plain",
    """
O: Línea contra la trata de personas, buenas tardes. ¿En qué le puedo ayudar?
C: Buenas tardes, señorita. Yo trabajo de portero y limpieza en un colegio de [[LOCATION|Tingo María]], en [[LOCATION|Huánuco]]. No sé si es aquí donde tengo que llamar.
O: Sí, cuénteme qué ha visto, con confianza.
C: Hay un alumno, un chiquito de primero de secundaria, tendrá [[AGE|12 o 13 años]]. Se llama [[PERSON|Josué]]. Desde hace un mes, a la salida, lo esperan dos hombres en una moto en la puerta y le dan una mochila.
O: ¿Sabe qué hay en la mochila?
C: Un día se le cayó en el patio y salieron unos paquetitos envueltos en cinta, señorita. Yo creo que es droga, pasta básica. El chico se puso blanco y me dijo "no diga nada, don, porque a mi mamá le hacen algo".
O: ¿Le ha contado algo más?
C: Ayer lo encontré llorando en el baño. Me dijo que lo hacen llevar los paquetes hasta el paradero de los carros que van a [[LOCATION|Pucallpa]], que si no lo hace le pegan, y que le pagan con un pollo a la brasa nomás. Tenía un moretón aquí en el brazo.
O: ¿Sabe quiénes son esos hombres?
C: A uno le dicen [[PERSON|Chavito]]. La moto es roja, la placa empieza con [[OTHER_ID|4521-1W]], creo, no la vi completa. Dicen que trabajan para los que tienen las chacras de coca por [[LOCATION|Aucayacu]].
O: ¿La dirección del colegio lo sabe? Los profesores, me refiero.
C: No, yo no he dicho nada a nadie. La directora es muy nueva y tengo miedo de que me boten si hago problema.
O: Ha hecho muy bien en llamar. Este niño está siendo utilizado por adultos para cometer delitos, y eso es una forma de explotación; él es víctima, no delincuente. Vamos a derivar el caso a la fiscalía de familia y a la policía especializada, y a la DEMUNA para que lo protejan.
C: ¿Y no van a decir que fui yo?
O: Su identidad queda reservada. ¿Me puede dar un número donde lo llamemos?
C: Sí, [[PHONE_NUMBER|962 174 503]]. Me llamo [[PERSON|Eusebio]]. Llámeme después de las seis, que en el colegio no puedo hablar.
O: Gracias, don [[PERSON|Eusebio]]. Le llamamos en dos días para contarle. Si ve que lo lastiman o que se lo llevan, llame enseguida al 105 o a esta línea.
C: Ya, señorita. Es un buen chico, por eso me da pena.
""",
    note(
        "witness",
        "report",
        ["forced_criminality"],
        1,
        True,
        ["male"],
        "Huánuco",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Un trabajador de un colegio reporta que un alumno de primeros años de secundaria es obligado por dos hombres "
        "a transportar paquetes de droga a la salida del colegio, bajo amenazas contra él y su familia y con señales "
        "de golpes. Se deriva a la fiscalía de familia, la policía especializada y la defensoría del niño, con seguimiento.",
    ),
)

# ---------------------------------------------------------------- h61-04 ----
call(
    "h61-04",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenos días le escucho
C: buenos días señorita yo soy chofer de bus de la empresa [[ORGANIZATION|transportes santa rosa del centro]] hago la ruta de [[LOCATION|huancayo]] a [[LOCATION|cerro de pasco]]
O: dígame en qué le podemos ayudar
C: mire [[DATE_TIME|el domingo 9]] llevé a unos muchachos que iban a trabajar en construcción eso me dijeron iban con un señor que les pagó el pasaje a todos
O: cuántos muchachos eran
C: subieron cuatro en [[LOCATION|huancayo]] todos jovencitos y en [[LOCATION|jauja]] subieron otros tres que también iban con el mismo señor
O: o sea siete en total
C: siete sí todos varones y uno me dijo que recién había terminado el colegio
O: y qué le preocupa de ese viaje
C: que ayer uno de ellos el más flaquito [[PERSON|brayan]] me reconoció en el paradero y me pidió mi celular para llamar a su mamá estaba todo sucio
O: qué le contó él
C: que no era construcción que los llevaron a un campamento minero arriba por [[LOCATION|huayllay]] les hacen cargar mineral en la bocamina doce horas y que no les pagan dicen que primero tienen que devolver el pasaje la comida y las botas
O: le dijo si los dejan salir del campamento
C: dice que hay un portón con vigilante y que les quitaron el dni al llegar para hacerles un contrato pero nunca firmaron nada él se escapó un ratito porque lo mandaron a comprar
O: sabe el nombre del campamento o de la empresa
C: dijo algo de [[ORGANIZATION|contratista minera los andes]] y el señor que los llevó se llama [[PERSON|gilberto]] le dicen tío [[PERSON|gil]]
O: esto que nos cuenta puede ser trabajo forzoso y trata vamos a derivar el caso a la fiscalía especializada y a la inspección de trabajo de la zona tiene algún número del muchacho
C: no tiene celular llamó del mío a su mamá el número de la mamá quedó acá es el [[PHONE_NUMBER|954 118 620]]
O: muy bien y usted a qué número podemos llamarlo
C: al [[PHONE_NUMBER|nueve siete uno cero cuatro cuatro ocho tres dos]] me llamo [[PERSON|hernán]]
O: gracias don [[PERSON|hernán]] la próxima semana lo llamamos para ver cómo sigue y si vuelve a ver a alguno de ellos dígale que puede llamar gratis a esta línea
C: ya señorita ojalá los saquen a esos chicos
""",
    note(
        "witness",
        "report",
        ["labour"],
        7,
        False,
        ["male"],
        "Pasco",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Un chofer de bus reporta que trasladó a siete jóvenes captados con una oferta de construcción y que, según uno "
        "de ellos, están en un campamento minero cargando mineral sin pago, con documentos retenidos, una supuesta deuda "
        "y vigilancia en la salida. Se deriva a la fiscalía especializada y a la inspección de trabajo, con seguimiento.",
    ),
)

# ---------------------------------------------------------------- h61-05 ----
call(
    "h61-05",
    "en",
    "plain",
    """
O: Anti-trafficking hotline, good evening. How can I help you?
C: Good evening. Sorry, do you speak English? My Spanish is very basic.
O: Yes, we can speak English. Go ahead.
C: I'm a nurse, I'm volunteering at a clinic in [[LOCATION|Pucallpa]], in [[LOCATION|Ucayali]]. Today a girl came in with burns on both hands. She says she's [[AGE|14]]. Her name is [[PERSON|Rosaura]].
O: Who brought her to the clinic?
C: A neighbour brought her. The neighbour says the girl lives with a family on [[ADDRESS|Jirón Tarapacá 812]], she's their maid. She's been there two years, since she came from a community up the river.
O: What did the girl tell you?
C: That she gets up at four to cook and wash, looks after three small kids, and goes to bed after midnight. She doesn't go to school. The lady of the house, señora [[PERSON|Aída]], I don't know her surname, pushed her hands onto the stove because she burnt the rice. That's what she said.
O: Is she being paid anything?
C: No. The family says they "give her a home". And they have her birth certificate and her DNI, she doesn't have anything.
O: Is she still at the clinic right now?
C: Yes, we're keeping her overnight. But the woman called and said she's coming to pick her up tomorrow morning, and the girl is terrified of going back.
O: Thank you for calling. This is domestic servitude of a child, and the injuries make it urgent. We'll alert the family prosecutor and the police tonight so she isn't handed back, and arrange a place for her in a shelter.
C: Okay. What should I tell the clinic staff?
O: Tell them not to release her to that family. Someone from the prosecutor's office will contact the clinic. Can I have your number?
C: It's [[PHONE_NUMBER|+1 503 884 2179]], it's an American number but it works here. I'm [[PERSON|Hannah Pruitt]].
O: Thank you, [[PERSON|Hannah]]. We'll call you tomorrow morning to confirm everything is in place.
C: Thank you. She's such a little thing.
""",
    note(
        "professional",
        "report",
        ["domestic_servitude"],
        1,
        True,
        ["female"],
        "Ucayali",
        "ongoing",
        "high",
        ["referral_legal", "referral_shelter", "follow_up_call"],
        "A volunteer nurse reports that a girl brought to a clinic with burns on her hands works unpaid as a live-in "
        "maid for a family, does not attend school, has her documents held, and says the employer burned her. The "
        "employer plans to collect her; the case is referred to the family prosecutor and police and a shelter place "
        "is arranged, with follow-up.",
    ),
)

# ---------------------------------------------------------------- h61-06 ----
call(
    "h61-06",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Boa tarde. Desculpa, eu não falo bem espanhol. Posso falar em português?
O: Sí, claro, pode falar em português, eu entendo.
C: Obrigada. Meu nome é [[PERSON|Jéssica]]. Eu sou brasileira, moro em [[LOCATION|Rio Branco]], no [[LOCATION|Acre]]. Faz dois anos aconteceu uma coisa comigo no [[LOCATION|Peru]] e até hoje eu não contei pra ninguém.
O: Tómese su tiempo. ¿Qué le pasó?
C: Uma mulher me ofereceu trabalho de vendedora numa loja em [[LOCATION|Pucallpa]]. Quando cheguei, era uma boate, a [[ORGANIZATION|Boate Selva Azul]]. Eles ficaram com meu passaporte e me obrigaram a fazer programa por quase quatro meses.
O: Lo siento mucho. ¿Usted está en un lugar seguro ahora?
C: Sim, estou segura, estou na minha casa com a minha mãe. Eu consegui fugir numa noite com ajuda de um taxista e voltei de ônibus pela fronteira.
O: ¿Había otras mujeres con usted en ese lugar?
C: Tinha, mas eu não sei o que aconteceu com elas. Eu tinha [[AGE|dezenove anos]] na época.
O: ¿Y por qué decidió llamar ahora?
C: Porque vi no Facebook que a mesma mulher, a [[PERSON|Sandra]], está oferecendo trabalho de novo pra meninas aqui do [[LOCATION|Acre]]. Eu quero saber se posso denunciar ela mesmo estando no [[LOCATION|Brasil]], e se vão me prender por ter entrado sem passaporte na volta.
O: No la van a detener: usted es víctima, no cometió ningún delito. Sí puede denunciar desde [[LOCATION|Brasil]]. Le explico: puede presentar la denuncia ante la Polícia Federal en su ciudad, y nosotros derivamos su caso a la fiscalía especializada en trata aquí en [[LOCATION|Perú]] para que coordinen.
C: E eles vão precisar que eu vá até lá?
O: Al principio no. La fiscalía puede tomarle declaración a distancia, y le vamos a dar el contacto de una organización que da asesoría legal gratuita a víctimas. Guarde las capturas de la publicación de esa mujer.
C: Tá bom. Eu tenho tudo printado. Meu WhatsApp é [[PHONE_NUMBER|+55 68 99214 7730]].
O: Gracias, [[PERSON|Jéssica]]. Fue muy valiente al llamar.
C: Obrigada. Eu só não quero que aconteça com outra menina.
""",
    note(
        "victim",
        "help_request",
        ["sexual"],
        1,
        False,
        ["female"],
        "Ucayali",
        "past",
        "low",
        ["referral_legal", "information_given"],
        "Una mujer extranjera cuenta que hace dos años fue engañada con una oferta de trabajo en una tienda y obligada "
        "a prostituirse durante meses en una discoteca, con su pasaporte retenido, hasta que escapó; ahora está a salvo "
        "en su país y ve que la misma reclutadora vuelve a captar jóvenes. Se le informó que puede denunciar sin riesgo "
        "y se derivó su caso a la fiscalía y a asesoría legal.",
    ),
)

# ---------------------------------------------------------------- h61-07 ----
call(
    "h61-07",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata de personas buenas tardes en qué le puedo ayudar
C: aló buenas tardes señorita es para preguntar por los pasajes a [[LOCATION|satipo]]
O: disculpe señor esta no es una empresa de transporte es la línea contra la trata de personas
C: ah pero este número me salió en internet como de la agencia
O: debe haber sido un error en la página esta línea es gratuita y es para reportar casos de trata o explotación de personas
C: ah ya ya disculpe y usted no sabe a qué hora salen los buses del terminal
O: no tengo esa información señor le recomiendo llamar directamente al terminal o a la empresa
C: ya está bien y esto de la trata es para qué cosa exactamente
O: por ejemplo si alguien sabe de una persona que la tienen trabajando a la fuerza o encerrada o que la engañaron con un trabajo puede llamar aquí las veinticuatro horas
C: ya entiendo no no conozco nada de eso gracias señorita
O: de nada señor que tenga buen viaje
C: gracias igualmente hasta luego
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
        ["none"],
        "Un señor llamó buscando información de pasajes de bus por un número que encontró en internet. Se le aclaró "
        "que es una línea contra la trata y se le explicó brevemente su propósito.",
    ),
)

# ---------------------------------------------------------------- h61-08 ----
call(
    "h61-08",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas noches. ¿En qué le podemos ayudar?
C: Buenas noches, hermana. Le habla el pastor [[PERSON|Abel Cárdenas]], de la iglesia evangélica [[ORGANIZATION|Monte de Sion]] de [[LOCATION|Huaral]]. Llamo por dos hermanitas que vienen a nuestros cultos.
O: Gracias por llamar, pastor. ¿Qué les está pasando?
C: Las dos hermanas, [[PERSON|Nélida]] y [[PERSON|Flor]], trabajan en una granja de pollos por [[ADDRESS|el desvío a Retes, pasando el puente]]. La mayor tiene [[AGE|15 años]] y la menor [[AGE|13]]. Las trajeron de [[LOCATION|Huánuco]] en marzo, les dijeron a los papás que iban a estudiar acá.
O: ¿Y no están estudiando?
C: No, hermana. Trabajan recogiendo huevos y limpiando los galpones desde las cinco de la mañana. Solo las dejan venir al culto el domingo un par de horas, y siempre viene el encargado a recogerlas.
O: ¿Hay otras personas trabajando en esas condiciones?
C: Sí. Aparte de las niñas, hay tres muchachos, también de la sierra, que duermen en el mismo galpón. Y el domingo pasado una de las chicas me dijo que llegó otro chico nuevo, más chico todavía.
O: ¿Entonces son las dos hermanas, tres muchachos y otro chico más?
C: Así es, seis en total que yo sepa. Dos mujercitas y cuatro varones.
O: ¿Les pagan algo?
C: A las niñas nada, les dicen que el pago se lo mandan a los papás, pero los papás dicen que no reciben nada. Y la menor me mostró que tiene las manos lastimadas por el cloro. El dueño es un señor [[PERSON|Rivas]], de la [[ORGANIZATION|Avícola Don Rivas]].
O: ¿Las niñas pueden salir solas de la granja o irse si quieren?
C: No, hay un portón con candado y perros. La mayor me dijo llorando que quiere volver con su mamá pero que el señor le dice que primero tiene que pagar el pasaje.
O: Pastor, lo que describe es explotación laboral de menores y puede ser trata. Vamos a derivarlo hoy a la fiscalía de familia y a la inspección de trabajo, y pedir que la policía especializada haga la verificación en la granja.
C: Está bien. ¿Yo qué debo hacer el domingo si vienen?
O: Trátelas como siempre, no confronte al encargado. Si alguna le pide ayuda o la ve lastimada, llame enseguida. ¿A qué número lo llamamos?
C: Al [[PHONE_NUMBER|945 306 712]], hermana. A cualquier hora.
O: Gracias, pastor. Lo llamamos el lunes para contarle cómo va.
C: Dios le bendiga. Esas niñas son muy buenas.
""",
    note(
        "acquaintance",
        "report",
        ["labour"],
        6,
        True,
        ["female", "male"],
        "Lima",
        "ongoing",
        "high",
        ["referral_legal", "police_dispatch", "follow_up_call"],
        "Un líder religioso reporta que dos hermanas adolescentes traídas de otra región con la promesa de estudiar "
        "trabajan sin pago en una granja avícola junto con cuatro varones jóvenes, sin poder salir y con lesiones en "
        "las manos, bajo una supuesta deuda por el pasaje. Se deriva a la fiscalía de familia, la inspección de "
        "trabajo y la policía especializada, con seguimiento.",
    ),
)

# ---------------------------------------------------------------- h61-09 ----
call(
    "h61-09",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes en qué le puedo ayudar
C: buenas tardes señorita llamo por mi hermana que está trabajando en un taller de costura y no sé si eso es normal o no
O: cuénteme cómo se llama su hermana y qué edad tiene
C: se llama [[PERSON|rocío]] tiene [[AGE|diecinueve años]] se vino de [[LOCATION|huancayo]] hace cinco meses a trabajar en [[LOCATION|gamarra]] en [[LOCATION|la victoria]]
O: y qué le preocupa de ese trabajo
C: que trabaja de siete de la mañana a once de la noche cosiendo polos y duerme ahí mismo en el taller en el cuarto piso con colchones en el suelo junto a las máquinas
O: le pagan
C: le prometieron mil doscientos pero le dan doscientos trescientos al mes nomás dice que la dueña le descuenta la comida el colchón y las agujas que se rompen
O: puede salir del taller
C: los domingos en la tarde sí la dejan salir un rato por eso la vi el domingo estaba flaquita con la tos
O: hay más personas trabajando así con ella
C: sí en las máquinas son cuatro chicas con ella
O: cuatro contando a su hermana
C: no cuatro más aparte de ella y en el corte hay dos chicos uno de ellos es menor creo que tiene [[AGE|dieciséis]]
O: entonces serían siete personas en total
C: sí siete
O: tienen sus documentos
C: eso sí mi hermana tiene su dni no se lo han quitado pero dice que si se va antes de fin de año no le pagan lo que le deben
O: sabe la dirección del taller
C: es en el [[ADDRESS|jirón gamarra 1140 cuarto piso]] el taller no tiene nombre la dueña se llama [[PERSON|norma]]
O: lo que usted describe son condiciones de explotación laboral jornadas de dieciséis horas pago muy por debajo de lo prometido y descuentos abusivos le voy a explicar sus derechos y los pasos para presentar la denuncia ante la inspección de trabajo y la fiscalía
C: ya y si ella quiere salir de ahí a dónde puede ir
O: puede irse cuando quiera y reclamar lo que le deben no pierde ese derecho y si necesita donde quedarse nos llama y la orientamos si quiere nos deja un número para ver cómo sigue
C: [[PHONE_NUMBER|9 8 3 4 4 0 1 7 6]] me llamo [[PERSON|rubén]]
""",
    note(
        "family_member",
        "report",
        ["labour"],
        7,
        True,
        ["female", "male"],
        "Lima",
        "ongoing",
        "medium",
        ["information_given", "referral_legal", "follow_up_call"],
        "Un hermano reporta que su hermana trabaja y duerme en un taller de costura con jornadas de unas dieciséis horas, "
        "pago muy inferior al prometido y descuentos abusivos, junto con otras seis personas, entre ellas un adolescente; "
        "puede salir los domingos y conserva su documento. Se le informó sobre sus derechos y la denuncia laboral y se "
        "deriva a la fiscalía, con seguimiento.",
    ),
)

# ---------------------------------------------------------------- h61-10 ----
call(
    "h61-10",
    "es",
    "plain",
    """
O: Línea contra la trata, buenos días. ¿En qué le puedo ayudar?
C: Buenos días, señorita. Yo llamé hace como diez días por una chica que trabaja en la casa de mis vecinos, en [[LOCATION|El Tambo]], [[LOCATION|Huancayo]]. Me dijeron que vuelva a llamar si había novedades.
O: Sí, gracias por volver a llamar. ¿Me recuerda su nombre, para ubicar el caso?
C: [[PERSON|Marleny Huamán]]. La chica se llama [[PERSON|Edith]], la que cuida a la señora mayor.
O: Aquí está, señora [[PERSON|Marleny]]. Nos contó que la joven trabaja en la casa sin días libres y sin pago. ¿Qué ha pasado desde entonces?
C: Vino un señor de la inspección de trabajo, creo, [[DATE_TIME|el jueves]]. Después de eso la familia la tiene más controlada. Antes salía a comprar el pan, ahora ya no la veo salir para nada.
O: ¿Ha podido hablar con ella?
C: Ayer por la ventana de la cocina, un ratito. Me dijo que le quitaron el celular porque pensaron que ella había llamado, y que la señora le dijo que si habla con alguien la manda de regreso a su pueblo sin pagarle nada de los dos años.
O: ¿La ha visto lastimada, o le dijo que le pegan?
C: No, eso no. Golpes no. Pero la veo asustada, y bien delgadita.
O: ¿Ella le dijo si quiere salir de esa casa?
C: Sí, dice que quiere irse, pero no tiene a dónde ni plata. Es de [[LOCATION|Pampas]], en [[LOCATION|Huancavelica]]. Ya tiene [[AGE|veinte años]], pero entró a esa casa cuando tenía diecisiete.
O: Muy bien. Vamos a añadir esta información al caso y comunicarla a la fiscalía que ya lo tiene, sobre todo que le quitaron el teléfono y que la amenazan. También podemos ofrecerle a ella un lugar temporal si decide salir.
C: ¿Y cómo le digo eso sin que se den cuenta?
O: Si puede, pásele en un papelito el número gratuito 0800-2-3232 y dígale que puede llamar cuando salga o desde cualquier teléfono. No se arriesgue usted.
C: Ya, señorita. ¿Me van a volver a llamar?
O: Sí, la llamamos la próxima semana. ¿Sigue siendo el mismo número?
C: Sí, el mismo, [[PHONE_NUMBER|964 587 032]].
O: Gracias, señora [[PERSON|Marleny]]. Hasta pronto.
""",
    note(
        "acquaintance",
        "follow_up",
        ["domestic_servitude"],
        1,
        False,
        ["female"],
        "Junín",
        "ongoing",
        "medium",
        ["referral_legal", "referral_shelter", "information_given", "follow_up_call"],
        "Una vecina vuelve a llamar sobre una joven trabajadora del hogar que lleva años sin pago ni días libres; tras una "
        "visita de inspección, la familia le quitó el teléfono, ya no la deja salir y la amenaza con echarla sin pagarle. "
        "Se agrega la información al caso en fiscalía, se ofrece un albergue temporal y se hará seguimiento.",
    ),
)

# ---------------------------------------------------------------- h61-11 ----
call(
    "h61-11",
    "en",
    "plain",
    """
O: Anti-trafficking hotline, good afternoon.
C: Hi, good afternoon. I hope this is the right place. I'm a teacher, I'm with a volunteer program at a high school in [[LOCATION|La Merced]], in [[LOCATION|Chanchamayo]].
O: Yes, how can I help?
C: I just need some advice. One of my students, [[PERSON|Deyvis]], he's [[AGE|seventeen]], showed me a Facebook post offering construction jobs in [[LOCATION|Lima]]. Eighty soles a day, housing included, "no experience needed".
O: Has he applied or been contacted?
C: He messaged them. A guy called him back, said his name was Ingeniero [[PERSON|Paredes]], and told him to send a copy of his DNI and pay 150 soles for "the uniform and the medical exam" by Yape to [[PHONE_NUMBER|947 602 118]]. Then they'd send a van to pick up a group of boys on [[DATE_TIME|Saturday night]].
O: Has he paid anything or sent his ID?
C: Not yet, thank goodness. He asked me first. His mom wants him to go, they really need the money. I just wanted to know, is this normal for a job, or should I be worried?
O: You're right to ask. Several things here are warning signs: a job for a minor with no experience, a fee paid in advance, asking for a copy of his ID, and a night pick-up for a group. Legitimate employers don't charge workers to hire them, and a seventeen-year-old can't legally do heavy construction work.
C: Okay. That's what I thought. What should I tell him?
O: Tell him and his mother not to pay or send documents, and not to get into the van. Keep screenshots of the post and the messages. If they want, they can report the ad to the police; we can also send you a short guide on checking job offers, which could be useful for the whole class.
C: That would be great. Can you email it? It's [[EMAIL_ADDRESS|k.lindqvist.teach@gmail.com]].
O: Of course. And if you learn that other students were contacted or that someone already went, call us back and we'll open a case.
C: Will do. Thank you so much.
""",
    note(
        "professional",
        "information_request",
        ["labour"],
        1,
        True,
        ["male"],
        "Lima",
        "at_risk",
        "medium",
        ["information_given"],
        "A teacher asks whether an online construction job offer made to a teenage student is legitimate; the recruiter "
        "asks for an advance fee and a copy of his ID and plans a night pick-up for a group of boys. The warning signs were "
        "explained and the caller was advised not to pay, send documents or travel, and to keep the messages.",
    ),
)

# ---------------------------------------------------------------- h61-12 ----
call(
    "h61-12",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches
C: aló sí buenas noches no le voy a dar mi nombre ya solo quiero avisar algo que estoy viendo ahorita
O: está bien puede ser anónimo dígame qué está viendo
C: estoy pasando por [[LOCATION|tarma]] frente a un night club que se llama [[ORGANIZATION|la noche de los andes]] en la [[ADDRESS|salida a la carretera central por el grifo repsol]] y hay una chiquita en la puerta llorando
O: qué edad le calcula
C: es una niña señorita tendrá [[AGE|catorce quince]] con uniforme de colegio debajo de una casaca
O: qué está pasando exactamente
C: un hombre la está jalando del brazo para adentro ella le dice que no quiere que quiere irse a su casa y él le ha dado una cachetada ahorita delante de mí
O: usted está a salvo dónde está usted
C: estoy en mi carro estacionado al frente un poquito más allá
O: por favor no se acerque ni intervenga usted solo puede decirme cómo es el hombre o si hay un vehículo
C: es alto gordito con casaca de cuero hay una camioneta plomo en la puerta placa [[OTHER_ID|W3K-482]] ya la metieron ya la metieron adentro
O: estoy pasando ahora mismo la alerta a la policía de [[LOCATION|tarma]] para que vayan de inmediato al local
C: ya pues rápido por favor
O: puede quedarse en su carro unos minutos y si ve que la sacan en la camioneta me avisa hacia dónde se van
C: ya me quedo pero no quiero problemas
O: su identidad queda reservada tiene un número donde la policía pueda llamarlo si necesita un dato
C: no prefiero no dar mi número yo vuelvo a llamar si pasa algo
O: está bien gracias por no quedarse callado lo que hizo puede salvar a esa niña
""",
    note(
        "witness",
        "report",
        ["sexual"],
        1,
        True,
        ["female"],
        "Junín",
        "ongoing",
        "immediate",
        ["police_dispatch"],
        "Un transeúnte anónimo reporta en ese momento que un hombre metió a la fuerza a una niña en edad escolar a un "
        "night club, golpeándola mientras ella pedía irse a su casa. Aportó el nombre del local y la placa de una "
        "camioneta, y se alertó a la policía para una intervención inmediata.",
    ),
)

# ---------------------------------------------------------------- h61-13 ----
call(
    "h61-13",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Boa noite, moça. Eu sou brasileira, de [[LOCATION|Cruzeiro do Sul]]. É sobre o meu filho, ele está no [[LOCATION|Peru]] e eu acho que ele está preso num lugar.
O: Pode falar em português, eu entendo. ¿Cómo se llama su hijo y qué edad tiene?
C: [[PERSON|Wellington]], ele tem [[AGE|vinte anos]]. Ele foi com dois amigos do bairro, o [[PERSON|Cauã]] e o [[PERSON|Rafael]], faz um mês e meio.
O: ¿Qué trabajo les ofrecieron?
C: Um homem peruano que vinha aqui na fronteira falou que tinha obra de construção em [[LOCATION|Pucallpa]], pagando bem, em dólar. Pagou a passagem de todos.
O: ¿Y qué pasó cuando llegaron?
C: Não tinha obra nenhuma. Levaram eles de caminhonete pro mato, perto de [[LOCATION|Aguaytía]]. Meu filho diz que é uma plantação de coca e que eles trabalham colhendo folha e pisando folha numas piscinas de plástico com gasolina, dia e noite.
O: ¿Cuándo habló con él por última vez?
C: [[DATE_TIME|Domingo]]. Ele ligou do celular de um dos vigias, escondido. Disse que ninguém recebe, que os homens andam armados, e que um rapaz que tentou fugir levou uma surra.
O: ¿Sabe si hay más personas ahí además de los tres?
C: Ele falou que tem mais uns peruanos, mas que ficam noutro acampamento, ele não sabe quantos. Com ele, no mesmo barraco, só os dois amigos.
O: ¿Los pueden dejar salir del lugar?
C: Não. Pegaram os documentos de todos quando chegaram e disseram que eles devem a passagem e a comida. Meu filho está com os pés cheios de feridas da gasolina.
O: Señora, lo que cuenta es muy grave: trabajo forzado y obligarlos a participar en la elaboración de droga. Ellos son víctimas. Vamos a derivar el caso hoy a la fiscalía especializada en trata y a la policía antidrogas de la zona, y a su consulado.
C: Por favor, moça. Eu não sei nem pra quem pedir.
O: ¿Tiene el número desde donde llamó su hijo o el nombre del hombre que los llevó?
C: O homem chama [[PERSON|Nilo]], é tudo que eu sei. O número que ligou foi [[PHONE_NUMBER|+51 938 271 640]].
O: Le pido que no llame a ese número para no ponerlo en riesgo. ¿A qué número la llamamos a usted?
C: Meu WhatsApp, [[PHONE_NUMBER|+55 68 99871 3305]]. Meu nome é [[PERSON|Rosângela]].
O: Gracias, señora [[PERSON|Rosângela]]. La llamaremos en dos días, y si su hijo vuelve a comunicarse, avísenos de inmediato.
C: Obrigada. Deus abençoe.
""",
    note(
        "family_member",
        "report",
        ["labour", "forced_criminality"],
        3,
        False,
        ["male"],
        "Ucayali",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Una madre extranjera reporta que su hijo y dos amigos, captados con una oferta de construcción, están retenidos "
        "en un cultivo ilegal donde los obligan a trabajar sin pago en la cosecha y el procesamiento de hoja de coca, "
        "con documentos retenidos, una supuesta deuda y vigilantes armados. Se deriva a la fiscalía especializada, la "
        "policía y el consulado, con seguimiento.",
    ),
)

# ---------------------------------------------------------------- h61-14 ----
call(
    "h61-14",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenos días en qué le puedo ayudar
C: buenos días señorita mi nombre es [[PERSON|elvis]] quiero pedir ayuda porque me escapé de un trabajo y no sé qué hacer
O: está bien [[PERSON|elvis]] estás en un lugar seguro ahora
C: sí ahorita estoy en la plaza de [[LOCATION|lurín]] ya no estoy con ellos me escapé el [[DATE_TIME|viernes en la noche]]
O: cuéntame qué pasó
C: yo soy de [[LOCATION|huánuco]] de [[LOCATION|ambo]] un ingeniero vino a la provincia buscando chicos para construcción en [[LOCATION|lima]] ofrecía cincuenta soles diarios
O: y qué pasó al llegar
C: nos pusieron a trabajar en una obra de casas en un terreno de arena nos hacían dormir ahí en un cuarto de triplay y en dos meses no nos pagaron nada decían que la comida y el cuarto costaban más que el sueldo
O: te retuvieron el documento
C: sí el maestro de obra se quedó con mi dni y el de todos dijo que para la planilla
O: tienes cuántos años
C: [[AGE|veintiún años]]
O: había otros trabajadores en tu misma situación
C: había otros en la obra pero ellos eran de acá y se iban a su casa en la noche a ellos sí les pagaban creo yo era el único que dormía ahí
O: y cómo saliste
C: el [[DATE_TIME|viernes]] el maestro se fue a tomar yo salté la pared de atrás y caminé hasta la plaza
O: te amenazaron o te golpearon mientras estabas ahí
C: gritos nomás que si nos íbamos nos iba a buscar la policía por robar las herramientas pero eso es mentira
O: entiendo nadie te va a detener por haberte ido tú eres víctima de explotación laboral puedes reclamar tu pago y tu dni dónde vas a dormir esta noche
C: no tengo donde no tengo plata ni para el pasaje de regreso
O: te vamos a conseguir un lugar en un albergue para hoy y una abogada te va a orientar para la denuncia y para sacar un duplicado del dni tienes un número donde te llamemos
C: mi celular sí lo tengo es [[PHONE_NUMBER|951 634 207]]
O: muy bien en un rato te llama una persona del albergue no te muevas de la plaza
C: ya señorita gracias
""",
    note(
        "victim",
        "help_request",
        ["labour"],
        1,
        False,
        ["male"],
        "Lima",
        "past",
        "medium",
        ["referral_shelter", "referral_legal", "information_given"],
        "Un joven cuenta que fue captado en su provincia con una oferta de construcción y trabajó dos meses sin pago en "
        "una obra, durmiendo en el lugar y con su documento retenido, hasta que escapó; ya está fuera de peligro pero sin "
        "dinero ni lugar donde dormir. Se le informó de sus derechos y se coordinó un albergue y asesoría legal.",
    ),
)

# ---------------------------------------------------------------- h61-15 ----
call(
    "h61-15",
    "es",
    "plain",
    """
O: Línea contra la trata de personas, buenas tardes. ¿En qué le puedo ayudar?
C: Buenas tardes. Mire, quiero quejarme de mis vecinos, todos los fines de semana hacen fiesta hasta las cinco de la mañana.
O: Entiendo que es molesto, señor. Esta línea es para casos de trata y explotación de personas. ¿En esa casa ha visto algo que le haga pensar que alguien está siendo explotado o retenido?
C: No, no, son los mismos de siempre, la familia con sus compadres. Es el volumen nomás, ponen la música a todo dar.
O: En ese caso, lo que corresponde es presentar una queja ante la municipalidad de su distrito o llamar al serenazgo cuando esté pasando.
C: Ya llamé al serenazgo, vienen, les bajan, y se van, y otra vez lo mismo.
O: Puede pedir en la municipalidad que abran un procedimiento por ruidos molestos. Le recomiendo anotar las fechas y, si puede, grabar un video corto con el ruido.
C: Ya. ¿Y ustedes no pueden hacer nada?
O: No, señor, nosotros no vemos ese tipo de casos. Pero si alguna vez sabe de alguien a quien obligan a trabajar o tienen encerrado, puede llamar aquí gratis.
C: Ya, está bien. Disculpe la molestia.
O: No se preocupe. Que tenga buena tarde.
C: Igualmente, señorita.
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
        ["none"],
        "Un señor llamó para quejarse de las fiestas ruidosas de sus vecinos, sin ninguna señal de trata ni explotación. "
        "Se le indicó que acuda a la municipalidad y se le explicó el propósito de la línea.",
    ),
)

# ---------------------------------------------------------------- h61-16 ----
call(
    "h61-16",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas noches. Le escuchamos.
C: ¡Señorita, por favor, ayúdeme! Mi hija me está mandando mensajes ahorita, dice que se la van a llevar esta noche.
O: Tranquila, señora, la voy a ayudar. ¿Cómo se llama su hija y qué edad tiene?
C: [[PERSON|Katherine Espinoza Lazo]]. Tiene [[AGE|16 años]]. Se fue hace tres semanas con una amiga mayor, dijo que a cocinar en un comedor de un campamento minero.
O: ¿Dónde está ella ahora?
C: Me ha mandado su ubicación: está por [[LOCATION|Cerro de Pasco]], saliendo hacia [[LOCATION|Huayllay]], en una cantina al lado del campamento. Dice que se llama [[ORGANIZATION|Cantina El Minerito]]. La amiga la dejó ahí y se fue.
O: ¿Qué le dice en los mensajes?
C: Que no es comedor, que la hacen atender a los mineros en la cantina y que ayer un hombre la quiso meter a un cuarto a la fuerza. Y ahorita me escribe que escuchó a la dueña decir que esta noche, a [[DATE_TIME|las once]], la suben en una camioneta con otras dos chicas para llevarlas a otro campamento más arriba.
O: ¿Ella está en un lugar donde pueda esconderse mientras tanto?
C: Dice que está encerrada en el baño de atrás, que tiene poca batería. Tiene miedo de que le quiten el celular.
O: ¿Me puede dar el número de ella?
C: Es [[PHONE_NUMBER|9 7 6 - 3 0 2 - 5 5 8]]. Yo le estoy escribiendo por WhatsApp.
O: Señora, voy a pasar ahora mismo la ubicación y los datos a la policía de [[LOCATION|Pasco]] para que vayan al local antes de esa hora. Dígale a su hija que no conteste llamadas de números que no conoce y que, si puede, apague la pantalla para ahorrar batería y se quede donde está.
C: Ya, ya le estoy escribiendo.
O: ¿Le ha dicho algo de las otras dos chicas? ¿Son menores también?
C: Dice que una es de su edad y la otra es más grande, pero no sabe sus nombres.
O: Gracias, eso lo paso también a la policía. ¿Cómo se llama usted?
C: [[PERSON|Gladys Lazo]]. Estoy en [[LOCATION|Huancayo]], mi número es [[PHONE_NUMBER|943 815 260]].
O: Señora [[PERSON|Gladys]], la policía ya tiene el reporte. Le vamos a devolver la llamada en media hora para confirmar, y si su hija le escribe algo nuevo, llámenos enseguida.
C: Gracias, señorita, por favor que lleguen a tiempo.
""",
    note(
        "family_member",
        "report",
        ["sexual"],
        3,
        True,
        ["female"],
        "Pasco",
        "ongoing",
        "immediate",
        ["police_dispatch", "follow_up_call"],
        "Una madre reporta que su hija adolescente, captada con una oferta de trabajo en un comedor minero, está encerrada "
        "en una cantina junto a un campamento, donde la obligan a atender a mineros y un hombre intentó agredirla; esa "
        "misma noche planean trasladarla con otras dos jóvenes a otro campamento. Se alertó de inmediato a la policía con "
        "la ubicación enviada, con seguimiento.",
    ),
)


if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
