# ruff: noqa: E501
"""Generate heldout46.jsonl: 16 new fictional, labelled hotline calls.

Written by an outside test-data writer who read only three files: LABELS.md,
make_dev.py and make_heldout.py (nothing of the drafter's code). All people,
phone numbers, businesses and addresses are invented; calls, names and small
places of make_dev.py / make_heldout.py are not reused (department names in
the `region` field necessarily repeat).

Mix (16): 6 lowercase unpunctuated Whisper-style Spanish (h46-lw-*), 4 cased
Spanish (h46-es-*), 2 English (h46-en-*), 1 Brazilian Portuguese (h46-pt-*),
1 Venezuelan Spanish (h46-ve-*), 1 Spanish/English code-switching (h46-cs-*),
1 Andean Spanish with Quechua words (h46-qu-*). Callers are mostly people who
notice things (mototaxi/taxi drivers, a teacher, a priest, a shopkeeper, a
municipal inspector, health workers, a seafarers' welfare worker, a truck
driver); three calls turn out not to be trafficking.

Annotation choices (on top of make_dev.py's conventions):
  * Same [[TYPE|surface]] markup; lowercase calls keep lowercase surfaces.
  * River names ("el río apurímac") are LOCATION, like towns.
  * region = department (or country) where the exploitation happens, not where
    the victim comes from or where the caller is; for not_relevant calls it is
    the department named for the situation the caller asked about (situation
    and exploitation_types stay null/empty there).
  * victims.count counts everyone described as exploited, including the caller
    and those who already escaped, when the caller tells of them; people who
    are only at risk count too (information requests about a named person).
  * A priest calling about his parish and a municipal inspector are
    `professional`; drivers, shopkeepers and neighbours who only saw things
    are `witness`; an anonymous passer-by is `general_public`.
  * Offers the caller refuses (shelter, police, a call back) are not actions.

Run: cd /work/private_h46/notes && python3 make_heldout46.py
"""

import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

OUT = Path(__file__).with_name("heldout46.jsonl")
CALLS.clear()

# ------------------------------------------------ lowercase ASR, Spanish ----
call(
    "h46-lw-001",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenos días en qué le puedo ayudar
C: buenos días señorita este mire yo soy mototaxista acá en [[LOCATION|tingo maría]] y quería contarle algo que me tiene preocupado hace semanas ya
O: claro le escucho con calma cuénteme
C: lo que pasa es que yo hago carreras en la noche no y hay un señor que le dicen el [[PERSON|ruso]] que me contrata para llevar unas chicas desde un hostal del centro hasta un bar en la carretera a [[LOCATION|aucayacu]] el bar se llama [[ORGANIZATION|el rinconcito huallaguino]]
O: cuántas chicas lleva usted normalmente
C: tres a veces tres no mejor dicho cuatro porque la semana pasada subió otra nueva más flaquita
O: y usted qué edad cree que tienen
C: bien jovencitas señorita una me contó que estaba en cuarto de secundaria en [[LOCATION|la merced]] y que su mamá cree que ella está trabajando en una pollería
O: a usted le parece que ellas van por su voluntad
C: no sé decirle pues no hablan nada en el carro el señor va adelante conmigo y al subir les quita el celular a todas eh una vez una lloró y él le dijo que todavía le debía el pasaje que no se haga la loca
O: ha visto si ese señor anda armado
C: no no eso no he visto nunca solo que es bien renegón
O: lo que me cuenta es muy serio puede tratarse de explotación sexual de menores vamos a pasar ahora esta información a la policía para que intervengan el local y lo volvemos a llamar a este número para contarle
C: ya señorita pero yo no quiero problemas con ese señor yo tengo mi familia
O: no se preocupe su nombre no va a aparecer en ningún lado gracias por llamar
""",
    note(
        "witness",
        "report",
        ["sexual"],
        4,
        True,
        ["female"],
        "Huánuco",
        "ongoing",
        "high",
        ["police_dispatch", "follow_up_call"],
        "Un mototaxista reporta que un hombre lo contrata cada noche para llevar a varias chicas, al menos una "
        "en edad escolar, desde un hostal hasta un bar de carretera, les quita el celular y les reclama una deuda "
        "de pasaje. Se pasa la información a la policía para que intervenga el local, con seguimiento.",
    ),
)

call(
    "h46-lw-002",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes
C: aló sí buenas tardes le habla la profesora [[PERSON|nilda]] eh de una escuelita en un anexo arriba de [[LOCATION|huanta]] le llamo por dos alumnitos míos
O: buenas tardes profesora dígame
C: son hermanitos el varoncito está en segundo grado y su hermanita en cuarto y ya van como tres semanas que no vienen a clases
O: ha podido hablar con la familia
C: sí fui a su casa y la mamá me dijo que el cuñado o sea el tío de los chicos se los llevó a la cosecha de cacao a la selva por [[LOCATION|pichari]] al otro lado del río [[LOCATION|apurímac]] que les iban a pagar su propina
O: y la mamá ha recibido algo de ese pago
C: nada señorita nada el tío dice que recién a fin de campaña y la niñita llamó a una vecina llorando dice que cargan sacos desde que amanece y duermen en un tambo con otros peones grandes
O: usted cree que la mamá estaría dispuesta a poner la denuncia
C: no ella no quiere dice que es su familia que ya van a volver que no me meta pero yo no puedo quedarme así tranquila pues
O: hizo muy bien en llamar profesora vamos a derivar el caso a la fiscalía de familia para que ubiquen a los niños y la llamaremos la próxima semana para saber si han vuelto
C: gracias señorita ojalá los traigan pronto
""",
    note(
        "professional",
        "report",
        ["labour"],
        2,
        True,
        ["female", "male"],
        "Cusco",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Una docente reporta que dos hermanos de primaria dejaron la escuela porque un tío los llevó a la cosecha "
        "de cacao en la selva, donde cargan sacos todo el día sin pago y duermen con peones adultos. La madre no "
        "quiere denunciar; se deriva a la fiscalía de familia, con seguimiento.",
    ),
)

call(
    "h46-lw-003",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches en qué le ayudo
C: buenas noches disculpe la hora señorita yo tengo mi bodega acá en [[LOCATION|pueblo nuevo]] en [[LOCATION|chincha]] y todas las madrugadas para un bus frente a mi tienda y sube un montón de gente jóvenes señoras también y mi hija me dice mamá eso es trata llama
O: entiendo gracias por llamar a qué hora pasa el bus y sabe a dónde los llevan
C: a las cuatro y media más o menos eh los llevan a una empacadora de espárrago no de uva de uva para exportación
O: y en la tarde regresan a sus casas
C: sí sí en la noche los deja otra vez acá mismo a las siete ocho de la noche
O: conoce a alguien que trabaje ahí
C: mi sobrino [[PERSON|yordi]] pues él dice que le pagan cada sábado que tiene su contrato y su fotocheck bueno se queja que es cansado pero
O: a su sobrino o a otros les han quitado algún documento o les dicen que deben dinero
C: no no nada de eso su dni lo tiene él mismo
O: por lo que me cuenta parece trabajo agrícola de temporada no hay señales de trata las personas vuelven a su casa cobran y tienen sus documentos si alguna vez no les pagan pueden ir a la inspección de trabajo y si ve que alguien no puede salir o que llevan menores de edad nos vuelve a llamar
C: ah ya qué alivio señorita mi hija ve mucha televisión gracias
O: a usted por preocuparse buenas noches
""",
    note(
        "witness",
        "not_relevant",
        [],
        0,
        False,
        [],
        "Ica",
        None,
        "low",
        ["information_given"],
        "Una bodeguera consulta por un bus que recoge cada madrugada a trabajadores frente a su tienda. Las "
        "personas regresan cada noche, cobran y conservan sus documentos, por lo que no hay señales de trata; "
        "se le explicó a dónde acudir si hubiera abusos laborales.",
    ),
)

call(
    "h46-lw-004",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes
C: aló aló señorita me escucha
O: sí te escucho bien dime
C: este una señora del mercado me prestó su celular yo me escapé de un señor que nos hace robar celulares en las combis
O: estás en un lugar seguro ahora
C: sí estoy en el mercado de [[LOCATION|santa anita]] al lado de los jugos la señora me está cuidando
O: qué bueno cuántos años tienes
C: [[AGE|dieciséis]] soy de [[LOCATION|chalhuanca]] un tío que no es mi tío me trajo diciendo que iba a trabajar en una pana dería
O: y qué pasó cuando llegaste
C: nos tiene en un cuarto en [[LOCATION|ate]] a mí y a otros dos chicos uno de mi edad y el otro más chiquito que está en primaria nos manda a las combis a sacar celulares y si no llevamos tres al día no comemos y nos pega con la correa
O: los otros chicos siguen allá
C: sí ellos siguen allá yo me salí hoy cuando él se fue a dormir
O: eso que te hacen es un delito y tú eres la víctima no el culpable te puedo conseguir un albergue para quedarte esta noche
C: no albergue no señorita yo quiero volver donde mi mamá nomás
O: está bien como eres menor de edad voy a pedir ahora mismo a la policía que vaya al mercado a recogerte con cuidado y que vayan por los otros chicos tú no te muevas de ahí
C: ya pero que no me lleven preso
O: nadie te va a llevar preso quédate con la señora ya van para allá
""",
    note(
        "victim",
        "help_request",
        ["forced_criminality"],
        3,
        True,
        ["male"],
        "Lima",
        "ongoing",
        "immediate",
        ["police_dispatch"],
        "Un adolescente llama desde un mercado tras escapar de un hombre que lo obligaba, junto con otros dos "
        "chicos que siguen en su poder, a robar celulares en el transporte público bajo golpes y sin comida. "
        "Rechazó un albergue; se envió a la policía a recogerlo y a buscar a los otros menores.",
    ),
)

call(
    "h46-lw-005",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches
C: buenas noches hija le habla un sacerdote bueno prefiero no decir mi nombre soy párroco en la zona de [[LOCATION|pataz]] arriba donde están las minas de oro
O: buenas noches padre le escucho
C: mire ayer vino a conversar conmigo una muchachita que trabaja en una cantina al lado de la bocamina de [[ORGANIZATION|minera cerro dorado]] tiene [[AGE|quince años]] me dijo que la trajeron de [[LOCATION|cajabamba]] con otras dos chicas para atender mesas y ahora las obligan a estar con los mineros los días de pago
O: las otras dos chicas también son menores
C: eso no lo sé una parece mayorcita de edad digo mayor de edad la otra no sé
O: y ellas pueden salir de la cantina cuando quieren
C: la dueña les tiene los dni y dice que deben el pasaje y la ropa además me contó que sus dos hermanos mayores también vinieron y trabajan en el soca von de un contratista sin sueldo que les pagan con mineral cuando les da la gana y ya no los dejan bajar al pueblo
O: sabe dónde está exactamente la cantina
C: en [[ADDRESS|el campamento de la curva antes de la bocamina nivel tres]] todos la conocen como la de doña [[PERSON|eulalia]]
O: padre vamos a derivar el caso a la fiscalía especializada en trata para que coordinen una intervención con la policía y lo llamamos a este número la próxima semana
C: está bien hija pero con cuidado porque aquí la gente armada manda
O: lo tendremos en cuenta para proteger a las chicas y también a usted
""",
    note(
        "professional",
        "report",
        ["sexual", "labour"],
        5,
        True,
        ["female", "male"],
        "La Libertad",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Un sacerdote de una zona minera reporta que una adolescente y otras dos jóvenes son obligadas a "
        "prostituirse en una cantina junto a una mina, con sus documentos retenidos por una supuesta deuda, y "
        "que dos hermanos de la adolescente trabajan sin sueldo en un socavón sin poder salir. Se deriva a la "
        "fiscalía especializada, con seguimiento.",
    ),
)

call(
    "h46-lw-006",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenos días
C: buenos días señorita yo llamé [[DATE_TIME|el lunes]] por la niña que trabaja en la casa de mi vecina acá en [[LOCATION|huacho]] y me dijeron que si sabía algo más volviera a llamar
O: sí claro me puede recordar su nombre para ubicar el caso
C: [[PERSON|gladys]] bueno [[PERSON|gladys pinedo]] y la niña se llama [[PERSON|rocío]] es la que está en sexto grado bueno estaba porque ya no la mandan al colegio
O: ya ubiqué su caso qué ha pasado desde entonces
C: ayer en la noche la subieron a un carro con sus cosas en una bolsa y la señora [[PERSON|zoila]] le dijo a otra vecina que la ha mandado donde su hija en [[LOCATION|barranca]] para que le cuide a los bebés y le cocine
O: sabe dónde vive la hija de la señora [[PERSON|zoila]]
C: la dirección exacta no pero tiene un restaurante de ceviche frente a la plaza se llama [[ORGANIZATION|cevichería la gaviota]] no espere [[ORGANIZATION|la gaviota azul]] eso
O: alcanzó a ver la placa del carro
C: no la placa no vi era una estación wagon plomo nomás
O: esta información es muy importante voy a añadirla a su caso y enviarla hoy mismo a la fiscalía de familia para que ubiquen a la niña en la nueva casa y la vuelvo a llamar en unos días para contarle
C: gracias señorita esa niña no tiene a nadie acá su mamá está en la sierra
""",
    note(
        "witness",
        "follow_up",
        ["domestic_servitude"],
        1,
        True,
        ["female"],
        "Lima",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Una vecina llama en seguimiento de su reporte sobre una niña que hace trabajo doméstico en una casa y "
        "ya no va al colegio. Informa que la trasladaron de noche a casa de la hija de su empleadora en otra "
        "ciudad para cuidar bebés; el dato se envía a la fiscalía de familia, con seguimiento.",
    ),
)

# ------------------------------------------------ cased Spanish ----
call(
    "h46-es-001",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas noches, ¿en qué le puedo ayudar?
C: Buenas noches. Le habla [[PERSON|Gerardo Saldaña]], soy fiscalizador de la [[ORGANIZATION|Municipalidad de Nuevo Chimbote]]. Acabamos de hacer una inspección de licencias en un local que figura como restaurante, el [[ORGANIZATION|Karaoke Brisas del Mar]], en la [[ADDRESS|avenida Pacífico, cuadra 9]].
O: Dígame, ¿qué encontraron?
C: Adentro había seis chicas... bueno, siete, con la que estaba escondida en la cocina. Dos me dijeron que tienen [[AGE|16]] y [[AGE|17 años]]. Ninguna tenía documentos, dicen que el administrador se los guarda. Trabajan "por fichas": los clientes les invitan cerveza y tienen que ir con ellos a unos cuartos del segundo piso, que tienen candado por fuera.
O: ¿Le pareció que alguna quería irse?
C: No sé decirle, delante del administrador ninguna habló. Pero una me apretó la mano cuando salía.
O: ¿Usted sigue en el lugar?
C: Estoy en la camioneta de la municipalidad, a media cuadra. El administrador se puso agresivo, nos botó, y creo que las van a sacar esta noche: lo vi hablando por teléfono y están cargando maletas a un auto, placa [[OTHER_ID|C4R-915]].
O: Ahora mismo alerto a la policía para que vayan al local antes de que las muevan. Quédese a distancia y no intervenga. Para las chicas vamos a coordinar un albergue. ¿A qué número lo llamo?
C: A mi celular, [[PHONE_NUMBER|943 207 618]].
O: Lo llamo en una hora para confirmar. Gracias por avisar tan rápido.
C: Gracias a ustedes. Ojalá lleguen a tiempo.
""",
    note(
        "professional",
        "report",
        ["sexual"],
        7,
        True,
        ["female"],
        "Áncash",
        "ongoing",
        "immediate",
        ["police_dispatch", "referral_shelter", "follow_up_call"],
        "Un fiscalizador municipal informa que en una inspección a un karaoke halló a varias jóvenes, dos de "
        "ellas adolescentes, sin documentos y obligadas a acompañar a clientes en cuartos cerrados por fuera, y "
        "que el encargado parece estar trasladándolas esa noche. Se alertó a la policía de inmediato y se "
        "coordinará un albergue.",
    ),
)

call(
    "h46-es-002",
    "es",
    "plain",
    """
O: Línea contra la trata, buenos días.
C: Buenos días, señorita. Soy obstetra del centro de salud de [[LOCATION|Moyobamba]]. Le llamo por una paciente, una chica de [[AGE|15 años]] que llegó ayer embarazada de cinco meses, sin ningún control.
O: Buenos días. Cuénteme, ¿qué le preocupa?
C: Me contó que desde los [[AGE|doce]] vive en la casa de una familia en [[LOCATION|Yantaló]]. La trajeron de su comunidad con la promesa de que iba a estudiar, pero nunca la matricularon: cocina, lava, cuida a dos abuelitos, y nunca le han pagado nada.
O: ¿Ella sigue viviendo en esa casa?
C: No, ya no. Se vino sola al centro de salud y dice que no quiere volver, que allá le pegaban con la correa. La señora de la casa vino esta mañana a buscarla, diciendo que es su "ahijada", pero no la dejamos pasar.
O: ¿Ella le ha dicho quién es el padre del bebé?
C: No, no quiere hablar de eso. Cuando le pregunto, solo llora.
O: Entiendo. Lo que describe es servidumbre doméstica de una menor. Vamos a coordinar un albergue para cuando le den el alta, derivar el caso a la fiscalía de familia y pedir apoyo psicológico especializado para ella. ¿Me deja un número?
C: El del centro de salud no, mejor mi celular: [[PHONE_NUMBER|962 481 035]]. Me llamo [[PERSON|Karina Tuesta]].
O: Gracias, [[PERSON|Karina]]. La llamo mañana temprano. Si la señora vuelve a insistir, avísenos.
C: Así lo haremos. Por ahora la tenemos internada.
""",
    note(
        "professional",
        "report",
        ["domestic_servitude"],
        1,
        True,
        ["female"],
        "San Martín",
        "past",
        "high",
        ["referral_shelter", "referral_legal", "referral_health", "follow_up_call"],
        "Una obstetra informa que atiende a una adolescente embarazada que desde niña trabajaba sin pago en "
        "tareas domésticas para una familia, sin estudiar y con maltrato físico, y que ya dejó esa casa. Se "
        "coordinan albergue, fiscalía de familia y apoyo psicológico, con seguimiento.",
    ),
)

call(
    "h46-es-003",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Buenas tardes. Solo quería hacer una consulta, no sé si sea para acá. Le llamo de [[LOCATION|Jaén]].
O: Claro, dígame.
C: Mi prima tiene [[AGE|24 años]] y le han ofrecido trabajo de costurera en un taller en [[LOCATION|Buenos Aires]], en [[LOCATION|Argentina]]. Le dicen que no necesita experiencia, que le pagan el pasaje y lo descuenta después de su sueldo.
O: ¿Cómo tiene que viajar?
C: En bus hasta [[LOCATION|Bolivia]] con un señor que la va a llevar, y allá la recibe "el tío", el dueño del taller. Dicen que ella va a dormir en el mismo taller y que el pasaporte se lo guardan ellos, "para que no se pierda".
O: ¿Su prima ya viajó?
C: No, todavía no. Sale a fin de mes.
O: Le explico: que le paguen el pasaje para descontarlo del sueldo, que duerma en el lugar de trabajo y que le guarden el pasaporte son señales de alerta de trata con fines de explotación laboral. Lo mejor es que no viaje hasta verificar la empresa y tener un contrato por escrito. Si quiere, puedo pasar los datos de la oferta a la policía.
C: No, todavía no, gracias. Mi prima se molestaría, primero voy a conversar con ella.
O: Está bien. Ella también puede llamarnos directamente, es gratuito.
C: Ya, le voy a decir. Muchas gracias.
""",
    note(
        "family_member",
        "information_request",
        ["labour"],
        1,
        False,
        ["female"],
        "Argentina",
        "at_risk",
        "medium",
        ["information_given"],
        "Una mujer consulta por una oferta de trabajo en un taller de costura en el extranjero para su prima, "
        "con pasaje descontado del sueldo, alojamiento en el taller y retención del pasaporte. Se explicaron "
        "las señales de alerta y se recomendó no viajar; la consultante no quiso que se pasaran los datos a la "
        "policía.",
    ),
)

call(
    "h46-es-004",
    "es",
    "plain",
    """
O: Línea contra la trata, buenos días.
C: Buenos días. No le voy a dar mi nombre, ¿ya? Solo quiero avisar algo que veo todos los días en [[LOCATION|Cajamarca]].
O: No hay problema, puede quedar en el anonimato. Cuénteme.
C: En la [[ADDRESS|puerta del mercado central, por el lado del jirón Amazonas]], ponen a pedir limosna a dos señores, uno en silla de ruedas y otro cieguito, con un chiquito como de [[AGE|diez años]] que hace de lazarillo. Todos los días, bueno, de lunes a sábado.
O: ¿Por qué le parece que alguien los pone ahí?
C: Porque a las siete de la mañana los baja un auto rojo y en la noche los recoge el mismo chofer, y les quita la plata de la latita. Una vez el chiquito no quería subir y el chofer lo jaló del brazo.
O: ¿Usted cree que son familia?
C: No creo. El chiquito le dice "señor" al cieguito, no "papá" ni "abuelo".
O: Lo que describe puede ser explotación en la mendicidad. Vamos a derivar el caso a la fiscalía y a la unidad de protección de menores. ¿Quiere que lo llamemos para contarle qué pasó?
C: No, no me llamen, prefiero así nomás. Ya cumplí con avisar.
O: Está bien. Gracias por llamar.
""",
    note(
        "general_public",
        "report",
        ["forced_begging"],
        3,
        True,
        ["male"],
        "Cajamarca",
        "ongoing",
        "medium",
        ["referral_legal"],
        "Una persona anónima reporta que dos hombres con discapacidad y un niño son llevados cada día a pedir "
        "limosna en la puerta de un mercado, y que un chofer los traslada, se queda con el dinero y jaloneó al "
        "niño. Se deriva a la fiscalía y a protección de menores; el denunciante no quiso seguimiento.",
    ),
)

# ------------------------------------------------ English ----
call(
    "h46-en-001",
    "en",
    "plain",
    """
O: Línea contra la trata, good afternoon.
C: Hi, um, sorry, do you speak English?
O: Yes, I can help you in English. Go ahead.
C: Okay, great. I'm a tourist, I'm in [[LOCATION|Pisac]] for the market, and there are these little kids selling bracelets and finger puppets to tourists, really young, maybe [[AGE|seven or eight]]. I read that child labour can be trafficking, so I wanted to check.
O: Thank you for caring. Is there an adult with them?
C: Yes, their mom is right there, she has a stall with textiles, I think she's the one who makes the bracelets. The kids run back to her every few minutes.
O: Do you know if they go to school?
C: Actually I asked the older girl, and she said they go to school on weekdays and only help at the market at weekends.
O: Does anyone else take the money, or does anyone seem to be controlling them?
C: No, no, they give it to their mom. Nobody else. Honestly they seem pretty happy, they were laughing with each other.
O: From what you describe, this looks like children helping with their family's stall, not trafficking. Children shouldn't work long hours, of course, but there's no sign that someone is exploiting them. If you ever see children alone late at night, or an adult collecting money from several kids, please call us again.
C: Okay, that's reassuring. Thanks so much.
""",
    note(
        "general_public",
        "not_relevant",
        [],
        0,
        False,
        [],
        "Cusco",
        None,
        "low",
        ["information_given"],
        "A tourist asks whether young children selling crafts at a market could be trafficking victims. The "
        "children are with their mother, attend school and keep no money for anyone else, so there are no signs "
        "of trafficking; the caller was told which signs would warrant a new call.",
    ),
)

call(
    "h46-en-002",
    "en",
    "plain",
    """
O: Línea contra la trata, good evening.
C: Good evening. Do you speak English? My name is [[PERSON|Tomasz Nowak]], I run the seafarers' welfare centre at the port of [[LOCATION|Callao]], the [[ORGANIZATION|Stella Harbour Seafarers' Centre]].
O: Yes, of course. How can I help?
C: Two fishermen from a foreign squid-fishing vessel came in this afternoon, the [[OTHER_ID|Hai Long 27]]. They say they haven't been paid for eight months, the captain keeps all the crew's passports, and they work up to twenty hours a day when they're on the squid. One of them has a crushed finger that was never treated, and the other was hit with a metal pipe for asking about wages.
O: How many crew are on board?
C: Twenty-two in total, counting these two. The others are still on the ship; these two slipped out while it was unloading.
O: Are any of them minors, as far as they know?
C: No, they say everyone is an adult. These two are [[AGE|19]] and [[AGE|23]].
O: Do they want to go back to the ship?
C: Absolutely not. They're terrified. And the ship is due to leave port on [[DATE_TIME|Thursday]].
O: Then we need to move quickly. We'll refer this today to the anti-trafficking prosecutor and the labour inspectors so they can act before the ship sails, arrange a shelter for the two men, and get a doctor to see the injured hand. Can I have a number for you?
C: Yes, my mobile is [[PHONE_NUMBER|+51 917 350 884]].
O: Thank you, [[PERSON|Tomasz]]. I'll call you tomorrow morning with the shelter details.
C: Thank you. I'll keep them here at the centre tonight.
""",
    note(
        "professional",
        "report",
        ["labour"],
        22,
        False,
        ["male"],
        "Callao",
        "ongoing",
        "high",
        ["referral_legal", "referral_shelter", "referral_health", "follow_up_call"],
        "A seafarers' welfare worker reports that two fishermen escaped a foreign fishing vessel where the whole "
        "crew goes unpaid for months, has passports held by the captain and works extreme hours, with one man "
        "injured and another beaten. The case is referred to prosecutors and labour inspectors before the ship "
        "sails, and shelter and medical care are arranged for the two men.",
    ),
)

# ------------------------------------------------ Brazilian Portuguese ----
call(
    "h46-pt-001",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, buenas noches.
C: Boa noite, eu sou caminhoneiro brasileiro, estou parado na fronteira em [[LOCATION|Iñapari]], do lado peruano. Tem uma coisa acontecendo aqui agora.
O: Sí, le entiendo, pode falar devagar.
C: No restaurante do posto tem um homem com uma menina peruana, ela parece ter uns [[AGE|quinze anos]], no máximo. Ela veio pedir um carregador de celular emprestado e me disse baixinho que trabalhava no bar dele em [[LOCATION|Iberia]], que ele obrigava ela a ficar com os clientes, e que agora ele vai levar ela para uma boate em [[LOCATION|Brasiléia]], do outro lado.
O: ¿Ella le pidió ayuda?
C: Pedir, não pediu, só chorou. Mas falou que não tem documento, que ele ficou com tudo.
O: ¿Cuándo piensan cruzar?
C: Ele disse que vão atravessar quando abrir a ponte, de manhã cedo. Estão numa caminhonete branca, placa [[OTHER_ID|X7T-204]].
O: Voy a avisar ahora mismo a la policía de frontera para que vayan al restaurante y no la dejen cruzar. Por favor, no confronte al hombre. ¿Me deja un número?
C: Meu número é do Brasil: [[PHONE_NUMBER|+55 68 99214 3307]].
O: Obrigada. Lo llamamos cuando llegue la policía.
C: Tá bom. Eu fico aqui de olho no carro.
""",
    note(
        "witness",
        "report",
        ["sexual"],
        1,
        True,
        ["female"],
        "Madre de Dios",
        "ongoing",
        "immediate",
        ["police_dispatch", "follow_up_call"],
        "Un camionero extranjero reporta desde un paso fronterizo que una adolescente sin documentos, explotada "
        "sexualmente en el bar de un hombre, está siendo llevada por él a cruzar la frontera hacia un local "
        "nocturno. Se alertó a la policía de frontera de inmediato, con seguimiento.",
    ),
)

# ------------------------------------------------ Venezuelan Spanish ----
call(
    "h46-ve-001",
    "es",
    "venezuelan",
    """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes, mi amor, disculpa. Te llamo desde una plaza en [[LOCATION|Ilo]], la señora me dejó salir a comprar el pan y aproveché, chama.
O: Tranquila. ¿Está sola ahora? ¿Puede hablar?
C: Sí, sí, un ratico. Mira, yo soy de [[LOCATION|Barquisimeto]], me vine hace seis meses porque una señora me ofreció trabajo de niñera con una familia aquí, y qué va, vale: cuido a tres niños, limpio, cocino, lavo, y no me pagan nada porque dicen que les debo el pasaje y los papeles.
O: ¿Le han quitado algún documento?
C: El pasaporte lo tiene la señora [[PERSON|Maribel]], dice que lo guarda "para que no me lo roben". Y no me dejan salir sino al pan; cuando se van de paseo me dejan encerrada con llave.
O: ¿La han agredido?
C: Pegarme no, pero me grita horrible y me dice que si me voy me denuncia a migraciones. Ay, no, perdón, una vez sí me empujó contra la puerta.
O: ¿Quiere salir de esa casa?
C: Sí, ya no aguanto. Pero policía no, mi amor, que me da pánico que me deporten.
O: Está bien, no vamos a llamar a la policía si usted no quiere. Podemos llevarla hoy mismo a un albergue seguro y darle orientación legal gratuita para recuperar su pasaporte y lo que le deben. No la van a deportar por esto.
C: Dale, sí, el albergue sí. ¿Qué hago?
O: Quédese en la plaza o en la iglesia de al lado; en media hora la llama una compañera del albergue. ¿Este número es suyo?
C: Es de una chama que vende jugos aquí, [[PHONE_NUMBER|951 608 423]]. Yo me llamo [[PERSON|Yusmary]].
O: Perfecto, [[PERSON|Yusmary]]. La llamamos en media hora.
""",
    note(
        "victim",
        "help_request",
        ["domestic_servitude"],
        1,
        False,
        ["female"],
        "Moquegua",
        "ongoing",
        "high",
        ["referral_shelter", "referral_legal", "follow_up_call"],
        "Una mujer migrante llama desde una plaza: trabaja como niñera y empleada doméstica sin pago por una "
        "supuesta deuda, con el pasaporte retenido, encerrada cuando la familia sale y amenazada con una denuncia "
        "migratoria. Rechazó la intervención policial; se coordina un albergue y orientación legal.",
    ),
)

# ------------------------------------------------ Spanish/English code-switching ----
call(
    "h46-cs-001",
    "es",
    "code_switching",
    """
O: Línea contra la trata, buenas noches.
C: Hola, hi, ehh, ¿puedo hablar en inglés y español? Like, mixed?
O: Claro, como se sienta cómoda.
C: Okay, so, soy estudiante de intercambio, I'm from [[LOCATION|Ohio]], y estoy viviendo con una host family en [[LOCATION|Huamanga]] por seis meses. And my friend back home said que lo que me pasa might be, like, trafficking? Y me asusté.
O: Cuénteme qué le pasa.
C: So, mi host mom me pide que lave los platos every night, que tienda mi cama, y los sábados ayudo en la tienda de la familia, como dos horas. No me pagan, but... I mean, I don't pay rent either, the program pays them.
O: ¿Usted tiene su pasaporte?
C: Yeah, sí, lo tengo en mi cuarto. Wait, no, actually lo dejé en la oficina del programa, they keep it in a safe, pero me lo dan cuando lo pido.
O: ¿Puede salir cuando quiere, ir a clases, hablar con su familia?
C: Sí, totally. Voy a la universidad, salgo con amigos, hablo con mi mamá every day.
O: ¿Alguien la ha amenazado o le ha dicho que debe dinero?
C: No, no, nada de eso. They're actually really nice. Solo que a veces me siento, like, la empleada.
O: Por lo que me cuenta, no es trata: ayudar en la casa y un rato en la tienda, con libertad y con su pasaporte disponible, no es explotación. Si siente que le piden demasiado, háblelo con la coordinadora de su programa. Y si algún día le quitan el pasaporte o no la dejan salir, llámenos.
C: Okay, that makes sense. Gracias, me siento mucho mejor.
""",
    note(
        "general_public",
        "not_relevant",
        [],
        0,
        False,
        [],
        "Ayacucho",
        None,
        "low",
        ["information_given"],
        "Una estudiante de intercambio pregunta si las tareas domésticas que hace en su familia anfitriona son "
        "trata. Tiene libertad, acceso a su pasaporte y no hay deudas ni amenazas, por lo que no hay señales de "
        "trata; se le orientó a hablar con su programa.",
    ),
)

# ------------------------------------------------ Andean Spanish with Quechua ----
call(
    "h46-qu-001",
    "es",
    "andean_quechua",
    """
O: Línea contra la trata, buenos días, ¿en qué le puedo ayudar?
C: Allillanchu, señorita. Ay, disculpe, castellano poquito nomás hablo. De la comunidad, de [[LOCATION|Lircay]] estoy llamando.
O: Allillanmi, mamita. Hable tranquila, yo le entiendo. ¿Qué ha pasado?
C: Mi nietucha, mi [[PERSON|Wilber]], [[AGE|quince años]] tiene. Con los dos hijos de mi comadre se han ido con un enganchador a la mina, a [[LOCATION|Ananea]] dice, arriba en la nieve. Mil soles cada mes les ha dicho.
O: ¿Hace cuánto tiempo se fueron?
C: Huk killa, un mes ya. Ayer de celular ajeno ha llamado mi [[PERSON|Wilber]], waqaspa, llorando. "Mamacha", dice, "manam qullqita qowanchikchu", no les pagan nada, que deben la comida, la linterna, las botas, y no los dejan bajar.
O: ¿Los hijos de su comadre también son menores?
C: El mayorcito ya tiene [[AGE|dieciocho]], el otro es de la edad de mi nieto nomás.
O: ¿Sabe el nombre del enganchador o de la mina?
C: [[PERSON|Tiburcio]] le dicen, en la feria del pueblo siempre está. La mina no sé, achachau, señorita, yo no sé leer.
O: ¿Su nieto le dijo si está herido?
C: Manam, herido no ha dicho. Pero mucho frío hace, dice, y tos tiene.
O: Mamita, lo que le pasa a su nieto es un delito. Vamos a pasar el caso a la fiscalía y a la policía especializada para que busquen a los chicos en la mina, y una compañera que habla quechua la va a llamar para contarle. ¿A qué número?
C: Al de mi hija nomás, [[PHONE_NUMBER|nueve siete cuatro, cinco cero dos, uno ocho seis]].
O: Gracias, mamita. Urpichay, no está sola.
C: Diospagrasunki, señorita.
""",
    note(
        "family_member",
        "report",
        ["labour"],
        3,
        True,
        ["male"],
        "Puno",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Una abuela reporta que su nieto adolescente y otros dos jóvenes de su comunidad fueron llevados por un "
        "enganchador a una mina de altura, donde trabajan sin pago por una deuda de comida y equipo y no los "
        "dejan bajar. Se deriva a la fiscalía y la policía especializada, con seguimiento en quechua.",
    ),
)


if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
