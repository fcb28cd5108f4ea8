#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate heldout47.jsonl: 16 NEW fictional, labelled hotline calls.

Written by an outside test-data writer who read only three files:
../../shared/eval/LABELS.md, ../../shared/eval/make_dev.py and make_heldout.py
(this folder). No code of the drafting tool was read. All people, phone numbers,
IDs, handles and businesses are invented; no call, name or setting of
make_dev.py / make_heldout.py is reused.

Mix (16): 6 lowercase unpunctuated Whisper-style Spanish (h47-lw-*), 4 cased
Spanish (h47-pl-*), 2 English (h47-en-*), 1 Brazilian Portuguese (h47-pt-001),
1 Venezuelan Spanish (h47-ve-001), 1 Spanish/English code-switching
(h47-cs-001), 1 Andean Spanish with Quechua words (h47-qu-001).
Call types: 5 report, 4 help_request, 4 information_request, 2 follow_up,
1 not_relevant. h47-lw-004 (wrong number) is short, under make_dev.py's 150-word floor.

Annotation choices (same as make_dev.py unless said):
  * PERSON excludes titles/articles ("la señora [[X]]", "don [[X]]"); nicknames
    and surnames alone are PERSON. AGE keeps the unit when said. School grades
    ("sexto grado", "cuarto de secundaria") are not AGE. Relative times (ayer,
    el otro día, last week) are not DATE_TIME; named weekdays/dates/clock times
    tied to an event are. Nationality adjectives are not labelled.
  * In lowercase ASR calls the surface is kept exactly as transcribed, including
    misheard or split forms (e.g. a DNI read out in words).
  * region = department (or country) where the exploitation happens or, for an
    at-risk offer, where the victim would be taken; a town/mine/river is mapped to
    its department. In h47-qu-001 the destination is only "la capital" -> Lima.
  * Offers the caller refuses are NOT actions; only what the operator does or
    promises and the caller accepts. information_given is set when the operator
    explains rights, warning signs, the law or how a service works.
  * situation is ongoing when the caller escaped but others are still held
    (h47-ve-001). h47-pl-004: region is the named arrival country although the
    caller says the work is in a neighbouring, unnamed one.
  * Victim count is the number of exploited / at-risk people the caller
    describes, including the caller when the caller is a victim.
  * not_relevant calls keep actions ["none"] even when the operator says
    where to go instead (as in make_heldout.py).
  * Summaries: Spanish for es/pt calls, English for en calls; no digits, no
    labelled surface.

Run: cd notes && python3 make_heldout47.py  (writes heldout47.jsonl here)
"""

import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

OUT = Path(__file__).with_name("heldout47.jsonl")
CALLS.clear()

# ------------------------------------------------ lowercase ASR, Spanish ----
call(
    "h47-lw-001",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: aló aló señorita me escucha eh necesito ayuda ahorita nos han encerrado
O: sí le escucho hable tranquilo dónde está usted
C: en una granja de pollos por [[LOCATION|chincha]] o sea no en [[LOCATION|chincha]] mismo más allá por [[LOCATION|el carmen]] el patrón cerró el portón con candado y se fue
O: cuántas personas están encerradas con usted
C: somos cinco no perdón cuatro contándome tres hombres y una señora que nos cocina
O: alguien está herido hay menores
C: no menores no todos somos mayores pero a uno que quiso irse [[DATE_TIME|el domingo]] le pegaron con un palo y ahora el patrón dice que nadie sale hasta que paguemos la deuda del pasaje
O: le pagan algo por el trabajo
C: nada señorita tres meses limpiando galpones y cargando sacos y nos descuentan todo la comida el cuarto eh también nos quitó el de ene i a todos
O: sabe cómo se llama la granja o el dueño
C: le dicen granja [[ORGANIZATION|avícola los tres hermanos]] el dueño es el señor [[PERSON|tineo]] está en la [[ADDRESS|trocha que sale del grifo por el puente de fierro a mano izquierda]]
O: me puede dar su nombre
C: no mejor no señorita por si acaso solo llámeme a este número [[PHONE_NUMBER|nueve cinco dos siete cero uno cuatro ocho tres]]
O: está bien no necesito su nombre voy a avisar ahora mismo a la policía para que vaya a la granja y en un rato le devuelvo la llamada no se acerque al portón
C: ya ya gracias señorita apúrese por favor
""",
    note(
        "victim",
        "help_request",
        ["labour"],
        4,
        False,
        ["male", "female"],
        "Ica",
        "ongoing",
        "immediate",
        ["police_dispatch", "follow_up_call"],
        "Un trabajador llama desde una granja avícola donde él y otras tres personas están encerradas con "
        "candado, trabajan sin pago por una supuesta deuda y tienen sus documentos retenidos; un compañero "
        "fue golpeado. Se alertó a la policía para una intervención inmediata y se le devolverá la llamada.",
    ),
)

call(
    "h47-lw-002",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes le escucho
C: buenas tardes señorita este yo llamé la otra vez [[DATE_TIME|el lunes]] no perdón [[DATE_TIME|el martes]] por mi hija la [[PERSON|yesenia]] la que se fue a [[LOCATION|juanjuí]]
O: sí señora cuénteme qué novedades hay
C: ya regresó gracias a dios ya está conmigo en la casa aquí en [[LOCATION|tocache]] se vino solita en un carro de carga [[DATE_TIME|el jueves en la madrugada]]
O: qué bueno que está con usted cómo está ella
C: mal pues no quiere comer llora todo el día ahí recién me contó que no era restaurante que la hacían tomar con los clientes y después la llevaban a los cuartos de atrás y que la dueña le decía que si se iba la iba a buscar
O: su hija qué edad tiene
C: está en cuarto de secundaria tiene [[AGE|quince]] nomás
O: señora lo que le pasó a su hija es muy grave y ella es víctima podemos ofrecerle un albergue especializado donde la acompañan
C: no señorita albergue no ella se queda conmigo ya bastante tiempo ha estado lejos
O: entiendo entonces vamos a derivarla a una psicóloga y al centro de salud para que la revisen y también a una abogada gratuita para la de nuncia contra la dueña
C: eso sí señorita eso sí necesitamos
O: muy bien le voy a llamar en unos días para ver cómo sigue
""",
    note(
        "family_member",
        "follow_up",
        ["sexual"],
        1,
        True,
        ["female"],
        "San Martín",
        "past",
        "medium",
        ["referral_health", "referral_legal", "follow_up_call"],
        "Una madre llama en seguimiento de un reporte previo: su hija adolescente regresó a casa tras escapar "
        "de un local donde la obligaban a beber con clientes y a tener relaciones con ellos. La madre rechazó "
        "el albergue y aceptó atención psicológica y de salud y asesoría legal, con seguimiento.",
    ),
)

call(
    "h47-lw-003",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenos días en qué le puedo ayudar
C: sí buenos días mire yo soy cobrador de micro en [[LOCATION|huánuco]] y ya no aguanto ver esto eh todos los días suben unos niñitos a vender caramelos
O: cuénteme qué es lo que ve
C: son tres hermanitos no cuatro con la bebita que la carga la mayorcita o sea la niña tendrá [[AGE|ocho]] y dos varoncitos más chiquitos y una señora los deja en el paradero de [[ADDRESS|la esquina del mercado modelo con el jirón dos de mayo]] a las seis de la mañana y los recoge recién de noche
O: los niños le han contado algo
C: la niña me dijo que si no llevan cincuenta soles la señora no les da comida y que ellos son de una comunidad de la selva que su mamá los mandó para que estudien pero no van a ninguna escuela
O: sabe quién es la señora
C: le dicen [[PERSON|mama chela]] creo tiene una mototaxi roja eh la placa no la vi bien
O: usted ha visto que los maltraten
C: una vez la vi jalarle la oreja fuerte al más chiquito porque se había comido un caramelo
O: me deja un número para que lo llamemos y le contemos
C: no no prefiero que no yo solo quería avisar no quiero problemas
O: no hay problema puede quedar anónimo vamos a pasar esto ahora mismo a la policía y a la unidad de protección de menores para que intervengan
C: ya gracias ojalá los ayuden
""",
    note(
        "witness",
        "report",
        ["forced_begging"],
        4,
        True,
        ["female", "male"],
        "Huánuco",
        "ongoing",
        "high",
        ["police_dispatch"],
        "Un cobrador de transporte público reporta que cuatro niños pequeños, traídos de una comunidad con la "
        "promesa de estudiar, son dejados a diario para vender caramelos y pedir dinero, y una mujer les niega "
        "la comida si no reúnen una cuota. El informante prefirió no dejar contacto y se informó a la policía y a "
        "protección de menores.",
    ),
)

call(
    "h47-lw-004",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes en qué le puedo ayudar
C: ah sí buenas tardes señorita es para sacar cita del pasaporte
O: no señor esta es la línea gratuita contra la trata de personas no hacemos trámites de pasaporte
C: ah ya me pasaron este número en la agencia de viajes eh entonces dónde llamo
O: para el pasaporte tiene que entrar a la página de migraciones o acercarse a una de sus oficinas
C: ya ya es que me voy de paseo a ver a mi hermano nomás
O: entiendo hay algo más en lo que le pueda ayudar sobre trata o explotación
C: no no nada más disculpe la molestia
O: no se preocupe que tenga buena tarde
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
        "Un señor llamó buscando una cita para tramitar su pasaporte antes de un viaje de visita familiar. "
        "Se le aclaró el propósito de la línea y se le indicó dónde hacer el trámite.",
    ),
)

call(
    "h47-lw-005",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches
C: buenas noches eh no le voy a decir mi nombre ya pero quiero avisar de una niña que vive al lado de mi casa en [[LOCATION|jaén]]
O: está bien puede ser anónimo qué le pasa a la niña
C: la trajeron de un caserío de arriba de [[LOCATION|san ignacio]] para que ayude en la casa y estudie pero no estudia nada señorita lava cocina cuida a los dos bebés de la señora y a las cuatro de la mañana ya está barriendo la vereda
O: qué edad tiene la niña
C: doce trece creo trece no doce porque me dijo que debería estar en primero de secundaria pero este año no la matricularon
O: le pagan algo o puede comunicarse con su familia
C: nada le dicen que la comida y la ropa ya es su pago y el celular se lo quitaron la señora [[PERSON|zoila]] dice que su mamá le debe plata a ella
O: ha visto que la maltraten
C: la escucho llorar en la noche y una vez la vi con el brazo morado dijo que se cayó pero no le creo
O: sabe la dirección exacta
C: es en el [[ADDRESS|pasaje los cedros 214 la casa de rejas verdes]] en el sector [[LOCATION|fila alta]]
O: lo que me cuenta puede ser trata con fines de servidumbre doméstica de una menor vamos a derivar el caso a la fiscalía de familia y a la policía y le devolvemos la llamada a este mismo número si le parece
C: ya está bien a este número nomás pero que la señora no sepa
O: su identidad queda reservada gracias por llamar
""",
    note(
        "acquaintance",
        "report",
        ["domestic_servitude"],
        1,
        True,
        ["female"],
        "Cajamarca",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Una vecina anónima reporta que una niña traída de un caserío con la promesa de estudiar hace todas "
        "las tareas de una casa sin pago, no va al colegio, no puede comunicarse con su familia y tuvo un "
        "moretón. Se deriva a la fiscalía de familia y a la policía, con seguimiento.",
    ),
)

call(
    "h47-lw-006",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches en qué le ayudo
C: aló señorita eh disculpe es que yo me escapé de una gente y no sé a quién llamar me dieron este número en la posta
O: hiciste bien en llamar estás en un lugar seguro ahora
C: sí estoy en el terminal de [[LOCATION|huanta]] ya lejos de ellos llegué en la mañana
O: qué te pasó cuéntame con calma
C: me llevaron a [[LOCATION|pichari]] diciendo que era para cosechar cacao pero era para pelar hoja de coca de día y de noche cargar mochilas por el cerro para un señor que le dicen el [[PERSON|puma]] no perdón el [[PERSON|pumita]] el hijo es el que manda
O: qué había en las mochilas
C: droga pues señorita yo no quería y me dijeron que si no cargaba me iban a enterrar ahí mismo en la chacra
O: cuántos años tienes
C: [[AGE|diecisiete]] nomás señorita
O: había otros chicos contigo
C: había más pero yo no los conocía eh no sé cuántos yo me escapé solo
O: tienes familia a dónde ir
C: mi mamá está en [[LOCATION|satipo]] pero no quiero ir donde la policía señorita me van a meter preso por la droga
O: no vas a ir preso tú eres víctima y no vamos a mandar a la policía si no quieres lo que sí podemos hacer es llevarte hoy mismo a un albergue para menores y darte un abogado gratuito
C: ya ya albergue sí y el abogado también
O: perfecto quédate en el terminal en la boletería te van a recoger y yo te llamo en una hora a este número
""",
    note(
        "victim",
        "help_request",
        ["forced_criminality", "labour"],
        1,
        True,
        ["male"],
        "Cusco",
        "past",
        "high",
        ["referral_shelter", "referral_legal", "follow_up_call"],
        "Un adolescente que escapó de una zona cocalera cuenta que lo engañaron con un trabajo agrícola y lo "
        "obligaron a pelar hoja de coca y a transportar droga bajo amenazas de muerte. Rechazó la intervención "
        "policial y aceptó un albergue para menores y asesoría legal, con seguimiento.",
    ),
)

# ------------------------------------------------ cased Spanish ----
call(
    "h47-pl-001",
    "es",
    "plain",
    """
O: Línea contra la trata de personas, buenos días.
C: Buenos días. Le habla [[PERSON|Milagros Torrejón]], psicóloga del Centro Emergencia Mujer de [[LOCATION|Chachapoyas]]. Quería hacerles unas consultas sobre el albergue.
O: Claro, licenciada. ¿En qué la puedo orientar?
C: Estoy atendiendo a una usuaria, una joven de [[AGE|veintiún años]]. Ella trabajó casi un año en un bar de [[LOCATION|Bagua Grande]]; le decían que era de mesera, pero la obligaban a atender a clientes en los cuartos del fondo y no le pagaban, porque según la dueña tenía que devolver el pasaje. Salió hace dos semanas, cuando el local cerró por una fiscalización.
O: ¿Ella está segura ahora?
C: Sí, está en casa de una tía, pero la tía ya no puede tenerla más tiempo. Mi pregunta es: ¿el albergue recibe a mujeres con hijos? Ella tiene un bebé de meses. ¿Y tiene que haber denuncia primero?
O: Le explico: hay albergues que reciben a madres con sus hijos pequeños, y no es requisito haber puesto la denuncia para ingresar; se evalúa el riesgo. La ley la reconoce como víctima aunque haya aceptado el trabajo al inicio, y tiene derecho a asesoría legal gratuita.
C: Perfecto, eso no lo tenía claro. ¿Y cómo la derivamos?
O: Le voy a pasar ahora mismo el contacto del albergue más cercano que recibe madres con bebés, y hoy mando la ficha para que la evalúen. ¿Usted quiere que también la vea una abogada?
C: Por ahora no, ella no quiere denunciar todavía, dice que primero quiere estar tranquila con su hijo.
O: Entiendo, se respeta su decisión. La llamo mañana para confirmar la vacante.
C: Muchas gracias, quedo atenta.
""",
    note(
        "professional",
        "information_request",
        ["sexual"],
        1,
        False,
        ["female"],
        "Amazonas",
        "past",
        "medium",
        ["information_given", "referral_shelter", "follow_up_call"],
        "Una psicóloga de un servicio de atención a mujeres consulta por los requisitos de un albergue para una "
        "joven madre que fue explotada sexualmente y sin pago en un bar por una supuesta deuda. Se explicaron "
        "sus derechos y el ingreso sin denuncia previa, se gestiona una vacante en un albergue y se rechazó por "
        "ahora la asesoría legal.",
    ),
)

call(
    "h47-pl-002",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Buenas tardes. Yo trabajo en la boletería de una empresa de buses en [[LOCATION|Desaguadero]], y hay algo que no me gusta nada. Acaba de llegar un hombre con tres chicas del otro lado, de [[LOCATION|Bolivia]], y quiere comprar pasajes para [[LOCATION|Moquegua]] en el bus de [[DATE_TIME|las cuatro y media]].
O: ¿Qué es lo que le preocupa?
C: Las chicas se ven chiquitas, de colegio. Una llevaba todavía la chompa del uniforme. Él tiene los documentos de las tres en la mano y no las deja hablar. Le pregunté a una cuántos años tenía y el hombre contestó por ella: "[[AGE|dieciocho]]". Pero ella, bajito, me dijo "[[AGE|quince]]".
O: ¿Sabe a qué van allá?
C: Escuché que les decía que iban a trabajar en un karaoke, que ahí iban a "acompañar a los señores" y que iban a ganar bien. Una de ellas lloraba.
O: ¿Siguen ahí en la agencia?
C: Sí, están sentados en la sala de espera. El bus sale en veinte minutos. ¿Les vendo los pasajes o no?
O: Mejor demore la venta con tranquilidad, sin enfrentarlo. Voy a avisar ahora mismo a la policía de la frontera para que vayan a la agencia. ¿Cómo se llama la empresa?
C: [[ORGANIZATION|Transportes Altiplano Express]], en la [[ADDRESS|avenida Panamericana, al lado del puente internacional]].
O: Gracias. La policía ya está avisada. ¿Le puedo devolver la llamada a este número?
C: Sí, pero mi nombre no lo pongan, por favor.
""",
    note(
        "witness",
        "report",
        ["sexual"],
        3,
        True,
        ["female"],
        "Puno",
        "ongoing",
        "immediate",
        ["police_dispatch", "follow_up_call"],
        "Un empleado de una agencia de buses en la frontera reporta que un hombre que retiene los documentos de "
        "tres adolescentes extranjeras pretende llevarlas a otra ciudad para trabajar en un karaoke acompañando "
        "a clientes. Se alertó a la policía para que intervenga de inmediato en la agencia.",
    ),
)

call(
    "h47-pl-003",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas noches.
C: Buenas noches, señorita. Yo llamé hace como tres semanas, cuando estaba trabajando en la casa de los señores en [[LOCATION|Ilo]]. Me dijeron que podía volver a llamar.
O: Sí, claro. ¿Me recuerda su nombre para ubicar su caso?
C: [[PERSON|Reyna Coaquira]]. Lo que pasa es que ya me salí de esa casa. [[DATE_TIME|El sábado]] la señora me devolvió mi DNI porque la fiscal vino a preguntar, y yo aproveché y me fui.
O: Me alegra mucho. ¿Dónde está ahora? ¿Está segura?
C: Sí, estoy donde mi prima, en [[LOCATION|Moquegua]], ya lejos de ellos. Pero no me han pagado nada de los dos años, nada. Yo trabajaba de cinco de la mañana a medianoche, cuidaba al abuelito, cocinaba, y no me dejaban salir ni los domingos.
O: ¿Le han hecho alguna amenaza desde que se fue?
C: El señor me mandó un mensaje diciendo que si lo denuncio me va a acusar de robarle unas joyas. Pero yo no he robado nada, señorita.
O: Esa amenaza no tiene sustento y también se la vamos a informar a la fiscal. ¿Necesita un lugar donde quedarse? Podemos ofrecerle un albergue.
C: No, gracias, donde mi prima estoy bien. Lo que quiero es que me paguen lo que me deben.
O: Entonces la vamos a derivar a una abogada gratuita para reclamar sus pagos y acompañarla en la denuncia. Le explico también que tiene derecho a reclamar todo ese tiempo trabajado, aunque no haya firmado contrato.
C: Ya, eso sí, señorita. ¿Cuándo me llaman?
O: La abogada la llamará esta semana, y yo la vuelvo a llamar en unos días para ver cómo va.
C: Gracias, señorita, de verdad.
""",
    note(
        "victim",
        "follow_up",
        ["domestic_servitude"],
        1,
        False,
        ["female"],
        "Moquegua",
        "past",
        "medium",
        ["referral_legal", "information_given", "follow_up_call"],
        "Una trabajadora del hogar llama en seguimiento de su caso: dejó la casa donde trabajaba sin pago y sin "
        "poder salir, tras recuperar su documento, y ahora recibe amenazas de una falsa acusación de robo. "
        "Rechazó el albergue y aceptó asesoría legal para reclamar sus pagos, con seguimiento.",
    ),
)

call(
    "h47-pl-004",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Buenas tardes. Quería consultarles algo. Un compañero de cuarto, [[PERSON|Joel]], tiene [[AGE|veinticuatro]], va a viajar a [[LOCATION|Tailandia]] por un trabajo que encontró en un grupo de Telegram. Dicen que es de atención al cliente para un casino en línea, que pagan 1200 dólares y que no hace falta inglés.
O: ¿Ya tiene fecha de viaje?
C: Sí, la próxima semana. Le compraron el pasaje ellos mismos, pero solo de ida. Y le dijeron que al llegar lo van a recoger y lo van a llevar en camioneta a otro país, cerca de la frontera, que ahí está la oficina. Él está feliz, pero a mí me parece raro.
O: Tiene razón en preocuparse. Le explico: hay redes que captan jóvenes con ofertas así; al llegar les quitan el pasaporte, los encierran en complejos y los obligan a estafar a otras personas por internet, y si no cumplen las metas los castigan o los venden a otro grupo.
C: ¿En serio? ¿Y eso es delito acá en el [[LOCATION|Perú]], aunque todavía no haya pasado nada?
O: Sí. Captar a una persona con engaño para explotarla ya es trata según la ley peruana, aunque la explotación no haya empezado. Le recomiendo que su amigo no viaje, que no envíe fotos de su pasaporte y que guarde los mensajes del grupo. Si quiere, él mismo puede llamarnos.
C: ¿Ustedes lo pueden llamar?
O: Si él está de acuerdo, sí. Pásele nuestro número y, si prefiere, nos deja su número y lo llamamos.
C: Mejor yo le cuento primero, él es medio terco. Cualquier cosa volvemos a llamar.
O: Perfecto. La línea es gratuita y atiende las veinticuatro horas.
""",
    note(
        "acquaintance",
        "information_request",
        ["forced_criminality"],
        1,
        False,
        ["male"],
        "Tailandia",
        "at_risk",
        "medium",
        ["information_given"],
        "Un conocido consulta por una oferta de trabajo en el extranjero encontrada en un grupo de mensajería, "
        "con pasaje solo de ida y traslado posterior a otro país. Se explicaron las señales de alerta de "
        "captación para obligar a cometer estafas y lo que dice la ley, y se recomendó no viajar.",
    ),
)

# ------------------------------------------------ English ----
call(
    "h47-en-001",
    "en",
    "plain",
    """
O: Línea contra la trata, buenas noches.
C: Hello, hello, English? Please, English.
O: Yes, I speak English. I'm listening. Are you safe to talk?
C: Not safe. I am on a fishing boat in the port of [[LOCATION|Paita]]. The captain locked us in the room under the deck. Me and two other men from [[LOCATION|Bangladesh]]. We are here since the afternoon, no water.
O: Okay. I'm going to help you. What is your name?
C: [[PERSON|Rahim]]. [[PERSON|Rahim Uddin]]. I came for a job in a fish factory, the agent in [[LOCATION|Dhaka]] said factory, but they put us on this boat four months ago. No salary, they say we owe the ticket money. Today we asked to go to the embassy and the captain got angry and locked the door.
O: Do you know the name of the boat?
C: It's [[ORGANIZATION|Don Efraín II]], blue and white. It's tied at the [[ADDRESS|small fishermen's pier, next to the ice factory]]. The captain is [[PERSON|Paiva]], the owner I don't know.
O: Is anyone hurt?
C: My friend [[PERSON|Sohel]], his hand is cut from the nets, it's swollen very bad. Please hurry, they say tomorrow we go out to sea for two weeks.
O: I'm calling the port police right now so they go to the boat tonight. Keep this phone on silent and hidden. After the police come, we can take the three of you to a shelter and get your friend to a doctor.
C: Yes, yes, doctor for [[PERSON|Sohel]]. Shelter also okay. Thank you, thank you.
O: The police are being alerted now. I'll call you back on this number in fifteen minutes.
""",
    note(
        "victim",
        "help_request",
        ["labour"],
        3,
        False,
        ["male"],
        "Piura",
        "ongoing",
        "immediate",
        ["police_dispatch", "referral_shelter", "referral_health", "follow_up_call"],
        "A migrant fisherman calls from a fishing boat where he and two other foreign men have been locked "
        "below deck after asking to leave; they were deceived with a factory job, are unpaid over an alleged "
        "debt and one has an infected hand injury. Police were alerted immediately, and shelter and medical "
        "care were arranged with a call back.",
    ),
)

call(
    "h47-en-002",
    "en",
    "plain",
    """
O: Línea contra la trata, good afternoon.
C: Hi, good afternoon. I'm calling from [[LOCATION|London]], I hope that's okay. It's about my niece in [[LOCATION|Peru]], she's [[AGE|nineteen]]... sorry, she just turned [[AGE|twenty]].
O: Of course. What's worrying you?
C: She got a job offer on TikTok, a nanny position with a family in [[LOCATION|Argentina]]. The account is [[OTHER_ID|@familias_buenosaires_nanny]]. They'll pay her bus ticket, but they said she has to hand her passport to their "coordinator" at the border, for "immigration paperwork", and not to tell anyone about the salary.
O: Has she already travelled?
C: No, she leaves on [[DATE_TIME|Saturday the 21st]]. She's at home in [[LOCATION|Chulucanas]]. She's excited and she won't listen to me.
O: I see. Handing over the passport to a stranger, secrecy and paid travel by land are warning signs of recruitment for exploitation. A real employer would give her a written contract and she would keep her own documents.
C: That's exactly what I thought. Could you call her? She might listen to someone official.
O: Yes, if she's willing. Give me her number and I'll call her tomorrow morning.
C: Her number is [[PHONE_NUMBER|+51 968 403 271]]. Her name is [[PERSON|Kiara]]. But please don't call her mum, she doesn't know about the job and it will be a drama.
O: Understood, I'll only speak with [[PERSON|Kiara]]. I'll also send you a short guide to check job offers abroad.
C: Thank you so much.
""",
    note(
        "family_member",
        "information_request",
        ["unknown"],
        1,
        False,
        ["female"],
        "Argentina",
        "at_risk",
        "medium",
        ["information_given", "follow_up_call"],
        "A relative abroad asks about a nanny job abroad offered to her young adult niece on social media, "
        "with paid travel by land, a secret salary and her passport to be handed to a coordinator at the "
        "border. Warning signs were explained and the operator will call the niece directly.",
    ),
)

# ------------------------------------------------ Brazilian Portuguese ----
call(
    "h47-pt-001",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, buenas tardes.
C: Boa tarde, moça. Desculpa, eu não falo espanhol. Eu moro em [[LOCATION|Tabatinga]], no [[LOCATION|Amazonas]] brasileiro, e estou desesperada por causa do meu filho.
O: Tranquila, señora, entiendo portugués. ¿Qué le pasó a su hijo?
C: Ele se chama [[PERSON|Wellington]], tem [[AGE|dezenove anos]]. Faz dois meses ele atravessou pro lado peruano com um homem que chamam de [[PERSON|Baixinho]], pra trabalhar cortando madeira num acampamento no [[LOCATION|rio Javari]], perto de [[LOCATION|Islandia]]. Prometeram três mil reais por mês.
O: ¿Ha sabido de él desde entonces?
C: Só uma vez, há três semanas. Ele mandou um áudio chorando, dizendo que não pagam nada, que cobram a comida e a motosserra, que pegaram os documentos de todos e que quem tenta ir embora apanha. Desde então, nada. O celular não chama.
O: ¿Había otras personas con él?
C: Ele disse que são uns dez, tudo rapaz, brasileiros e peruanos. Tem um menino de [[AGE|dezesseis]] que é primo dele, o [[PERSON|Davi]].
O: Señora, esto es muy grave. Vamos a comunicar el caso a la fiscalía especializada y a la policía de la zona para que ubiquen el campamento, y también al consulado de Brasil. ¿Tiene el audio guardado?
C: Tenho, tenho sim. Posso mandar.
O: Guárdelo, se lo van a pedir. ¿A qué número la llamamos?
C: Pode ser este mesmo, é WhatsApp: [[PHONE_NUMBER|+55 97 98144 6302]].
O: La llamamos mañana para contarle qué se ha hecho.
C: Obrigada, moça. Que Deus te abençoe.
""",
    note(
        "family_member",
        "report",
        ["labour"],
        10,
        True,
        ["male"],
        "Loreto",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Una madre desde el extranjero reporta que su hijo y unos diez jóvenes, entre ellos un adolescente, "
        "trabajan sin pago en un campamento maderero junto a un río fronterizo, con deudas impuestas, "
        "documentos retenidos y golpes a quien intenta irse; no sabe de él desde hace semanas. Se deriva a "
        "la fiscalía, la policía y el consulado, con seguimiento.",
    ),
)

# ------------------------------------------------ Venezuelan Spanish ----
call(
    "h47-ve-001",
    "es",
    "venezuelan",
    """
O: Línea contra la trata, buenas noches, ¿en qué le puedo ayudar?
C: Buenas noches, mi amor. Mira, una muchacha del cuarto de al lado me dio este número. Yo me vine de una casa en [[LOCATION|Chimbote]] hace tres días, me salí, pues, y no sé qué hacer.
O: Hizo bien en llamar. ¿Está en un lugar seguro ahora?
C: Sí, vale, estoy en un hospedaje en [[LOCATION|Casma]], lejos de esa gente. Pero no tengo plata para mañana, chamo, y no tengo mi pasaporte, esa señora se quedó con él.
O: ¿Qué le pasaba en esa casa?
C: Me trajeron de [[LOCATION|Cúcuta]] diciendo que era para trabajar en un salón de uñas. Qué va. Me tenían atendiendo hombres todas las noches, y encima nos obligaban a venderles perico a los clientes, y si no vendíamos todo nos cobraban a nosotras. Éramos cuatro chamas, las otras tres siguen allá.
O: ¿Alguna de las otras es menor de edad?
C: No, no creo, todas somos de veinte para arriba. Yo tengo [[AGE|veintiséis]].
O: Entiendo. Lo primero: usted es víctima y no ha cometido ningún delito, tampoco por lo de la droga. Podemos ofrecerle un albergue hoy mismo y una abogada gratuita. También podemos pasar el caso a la policía para que saquen a las otras chicas.
C: El albergue sí, por favor, y la abogada también. Pero policía no, mi amor, a mí me da miedo que me deporten, no tengo papeles. Déjame pensarlo.
O: Está bien, es su decisión, y la puede tomar más adelante. Le explico también que estar sin papeles no impide que la atiendan en el albergue.
C: Ay, gracias, qué alivio.
O: En media hora la llamo para decirle a qué hora la recogen. Guarde este número.
""",
    note(
        "victim",
        "help_request",
        ["sexual", "forced_criminality"],
        4,
        False,
        ["female"],
        "Áncash",
        "ongoing",
        "high",
        ["referral_shelter", "referral_legal", "information_given", "follow_up_call"],
        "Una mujer migrante que escapó de una casa donde la obligaban a prostituirse y a vender droga a los "
        "clientes cuenta que otras tres mujeres siguen allí y que le retuvieron el pasaporte. Aceptó un "
        "albergue y asesoría legal, rechazó por ahora la intervención policial y se le informó de sus derechos.",
    ),
)

# ------------------------------------------------ Spanish/English code-switching ----
call(
    "h47-cs-001",
    "es",
    "code_switching",
    """
O: Línea contra la trata, buenas noches, ¿en qué le puedo ayudar?
C: Hi, hola, sorry, estoy llamando desde [[LOCATION|Miami]], es una emergencia. My sister, mi hermana [[PERSON|Nayeli]], me acaba de mandar un audio, she's crying, dice que la tienen encerrada en un cuarto right now.
O: Tranquila, la vamos a ayudar. ¿Dónde está su hermana?
C: En [[LOCATION|Cerro de Pasco]]. She went there like two weeks ago, le ofrecieron trabajo de anfitriona en una discoteca, supposedly just serving drinks. Pero ahora la obligan a atender clientes, you know, a acostarse con ellos, y hoy dijo que no y la encerraron.
O: ¿Le mandó alguna ubicación?
C: Yes! Me mandó su location por WhatsApp. Es la [[ORGANIZATION|Discoteca Cumbre Dorada]], en la [[ADDRESS|avenida Los Próceres, al costado de una ferretería]], it's on the second floor, al fondo.
O: ¿Qué edad tiene su hermana? ¿Está sola?
C: She's [[AGE|22]]. Y dice que hay otra chica con ella, de [[LOCATION|Huacho]], pero no sé su nombre, maybe younger, no sé, she didn't say.
O: Voy a pedir ahora mismo que la policía vaya al local. ¿Su hermana tiene el teléfono con ella?
C: Sí, escondido. Her number is [[PHONE_NUMBER|9 3 8, 5 1 6, 0 4 2]]. Pero please don't call her, solo mensajes, porque si suena la van a descubrir.
O: Entendido, no la vamos a llamar. Dígale que no abra la puerta a nadie hasta que la policía se identifique. Yo le devuelvo la llamada a usted apenas tenga noticias.
C: Okay, okay, thank you, gracias, por favor apúrense.
""",
    note(
        "family_member",
        "report",
        ["sexual"],
        2,
        False,
        ["female"],
        "Pasco",
        "ongoing",
        "immediate",
        ["police_dispatch", "follow_up_call"],
        "Una familiar desde el extranjero reporta que su hermana, captada con un trabajo de anfitriona en una "
        "discoteca, es obligada a prostituirse y acaba de ser encerrada por negarse, junto con otra joven. "
        "Se alertó a la policía para una intervención inmediata y se devolverá la llamada.",
    ),
)

# ------------------------------------------------ Andean Spanish with Quechua words ----
call(
    "h47-qu-001",
    "es",
    "andean_quechua",
    """
O: Línea contra la trata, buenas tardes, ¿en qué le puedo ayudar?
C: Imaynalla, señorita. Disculpe, mamay, yo llamo desde [[LOCATION|Chalhuanca]], de una comunidad más arribita. Quería preguntar nomás, no es denuncia.
O: Claro, pregunte con confianza.
C: Una señora ha venido a la comunidad, dice que es de la capital, y quiere llevar a mi wawa mayor, a la [[PERSON|Yeny]], para que trabaje en su casa de empleadita, y dice que allá la va a hacer estudiar. Mi wawa está en sexto grado nomás. La señora dice que me va a dar trescientos soles al mes, pero a mí, no a la wawa.
O: ¿La señora le ha pedido algo más?
C: Ari, que le dé la partida y el DNI de la wawa, y que no le avise al profesor ni a la comunidad porque "se van a poner envidiosos". Dice que la lleva [[DATE_TIME|el domingo]], después de la feria.
O: Taytay, le explico: una niña de esa edad no puede trabajar en una casa, y que una persona la lleve lejos de su familia con engaño de estudios, pidiendo secreto, es una forma de captación para trata. Es un delito, aunque usted dé permiso. Le recomiendo que no la deje ir y que no entregue sus documentos.
C: Manam, ya no la voy a mandar entonces. ¿Y la señora puede ir presa?
O: Si se comprueba que capta niñas, sí, es un delito grave. ¿Quiere que avisemos a la DEMUNA o a la policía de la zona para que la investiguen?
C: Manam, señorita, no, no quiero problemas con ella, es comadre de mi cuñada. Yo nomás le voy a decir que no.
O: Está bien, es su decisión. Guarde el número de la línea, es gratuito, y si la señora insiste o se lleva a otras wawas de la comunidad, llámenos.
C: Ya, señorita, sulpayki, sulpayki.
""",
    note(
        "family_member",
        "information_request",
        ["domestic_servitude"],
        1,
        True,
        ["female"],
        "Lima",
        "at_risk",
        "medium",
        ["information_given"],
        "Una persona de una comunidad andina consulta porque una mujer quiere llevarse a su hija niña a la ciudad "
        "para trabajar como empleada doméstica con la promesa de estudios, pidiéndole sus documentos y "
        "guardar secreto. Se explicó que es una forma de captación y un delito, y quien llama rechazó que se "
        "avise a las autoridades locales.",
    ),
)


if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
