#!/usr/bin/env python3
# ruff: noqa: E501, RUF100
"""Generate heldout58.jsonl: 16 fictional, labelled counter-trafficking hotline calls (Peru).

Theme: professionals and authorities calling the hotline (police officers, a teacher,
a nurse/midwife, social workers, NGO staff, a port inspector, a municipal inspector,
a consular official, a journalist, a Brazilian federal police officer), plus a hostel
receptionist as witness and three members of the public whose calls are not about
trafficking (a wrong number, a labour complaint, a lost passport).

Mix:
  * styles: 6 lowercase unpunctuated Whisper-style Spanish ("lowercase_asr"),
    4 cased Spanish (2 "plain", 1 "colombian", 1 "argentine"),
    3 English ("plain"), 3 Brazilian Portuguese ("portuguese"; the operator answers
    in Spanish or a little Portuguese, and the summaries are in Spanish);
  * caller roles: professional, witness, general_public;
  * call types: report, help_request, information_request (training, press,
    reporting of ads), follow_up (on earlier reports), not_relevant;
  * exploitation: sexual, labour, domestic_servitude, forced_begging,
    forced_criminality, and none for not_relevant calls;
  * situations ongoing / past / at_risk / none; urgency immediate to low;
    victim counts from 0 to 14, several told in parts or corrected mid-call,
    with and without minors, in Peruvian departments and abroad (Colombia, Brazil).

Conventions follow LABELS.md and make_dev.py: region is the department or country
where the exploitation happens (or would happen, for at_risk); for not_relevant calls
it is the place where the caller's matter happens, if one is named. Counts are the
victims identified in the call (0 when none). Summaries carry no digits and no PII.

Everything here is invented: people, numbers, e-mails, handles, businesses and
addresses. Written by an outside writer who read only LABELS.md, make_dev.py and
the builder (make_heldout.py: call(), note(), build() and the [[TYPE|surface]] markup).

Run: cd notes && python3 make_heldout58.py
"""

import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

CALLS.clear()
OUT = Path(__file__).with_name("heldout58.jsonl")

# ------------------------------------------------ lowercase ASR, Spanish ----
call(
    "h58-lower-001",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes en qué le puedo ayudar
C: buenas tardes señorita le habla el suboficial [[PERSON|ramos]] de la comisaría de [[LOCATION|chimbote]] estamos con un caso y necesitamos apoyo para un albergue
O: dígame suboficial qué ha pasado
C: hace una hora hemos intervenido en el [[ADDRESS|paradero del mercado modelo frente a la botica]] a una señora que estaba pidiendo limosna con sus tres hijitos
O: qué edades tienen los niños
C: el bebito tiene [[AGE|un año]] más o menos la niña [[AGE|cinco]] y el varoncito [[AGE|siete]] ah no perdón son cuatro porque el mayorcito de [[AGE|diez años]] estaba vendiendo caramelos en la otra esquina y también lo hemos traído
O: entonces son la señora y cuatro niños qué les ha contado ella
C: la señora se llama [[PERSON|hilda]] dice que es de [[LOCATION|cajabamba]] que un señor que le dicen [[PERSON|machaca]] le prometió trabajo de cocinera aquí en la costa y cuando llegaron le dijo que tenía que pagarle el pasaje y el cuarto y desde ahí los pone a pedir en el mercado desde las seis de la mañana y en la noche les quita todo lo que juntan si no juntan cincuenta soles no les da de comer
O: la señora y los niños están ahora con ustedes
C: sí están acá en la comisaría el bebito tiene fiebre y tos y la señora está asustada dice que ese señor tiene su dni y que la va a buscar
O: ya ubicaron a ese señor
C: sabemos que alquila un cuarto en [[LOCATION|nuevo chimbote]] ya estamos coordinando con la fiscalía para ubicarlo
O: muy bien vamos a coordinar un albergue para la señora y los niños y que al bebé lo vean hoy mismo en el centro de salud me da un número para devolverle la llamada
C: sí anote [[PHONE_NUMBER|nueve cuatro tres seis uno ocho dos siete cinco]]
O: perfecto suboficial en media hora le confirmo el albergue y la movilidad
C: gracias señorita quedo atento
""",
    note(
        "professional",
        "help_request",
        ["forced_begging"],
        5,
        True,
        ["female", "male"],
        "Áncash",
        "past",
        "high",
        ["referral_shelter", "referral_health", "follow_up_call"],
        "Un policía informa que intervino a una mujer y a sus cuatro hijos pequeños, obligados a mendigar y vender "
        "en un mercado por un hombre que los trajo con una falsa oferta de trabajo, se queda con lo recaudado y "
        "retiene el documento de la madre. Se coordina un albergue y atención médica para el bebé, con seguimiento.",
    ),
)

call(
    "h58-lower-002",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenos días en qué le puedo ayudar
C: buenos días señorita soy profesora del [[ORGANIZATION|colegio señor de la caída]] en [[LOCATION|abancay]] llamo por una alumna de primero de secundaria tiene [[AGE|doce años]] y vive con una familia que no es la suya
O: cuénteme profesora qué le preocupa
C: la niña se llama [[PERSON|yeni]] es de una comunidad de [[LOCATION|chincheros]] la trajeron hace dos años diciendo que la iban a hacer estudiar pero en la casa la tienen cocinando lavando y cuidando a los tres hijos de la señora se levanta a las cuatro de la mañana y llega al colegio dormida
O: le pagan algo ha visto algún maltrato
C: no le pagan nada la señora dice que con la comida y el colegio ya está pagada y la semana pasada vino con moretones en los brazos y me dijo que la señora le pegó con la correa porque se le quemó el arroz
O: la niña tiene contacto con su familia
C: dice que su mamá no tiene celular y que la señora no la deja llamar a su tía hace dos años que no vuelve a su comunidad
O: sabe el nombre de la señora o dónde viven
C: se llama [[PERSON|nélida choque]] viven en el [[ADDRESS|jirón huancavelica cuadra cuatro al costado de la panadería]]
O: ha informado a la dirección del colegio
C: le conté a la directora pero me dijo que no nos metamos que es problema de familia por eso llamo yo
O: hizo muy bien profesora lo que describe es explotación doméstica de una niña y puede ser trata vamos a derivar el caso a la fiscalía de familia y a la unidad de protección especial para que evalúen a la niña me deja un número de contacto
C: mi celular es [[PHONE_NUMBER|nueve ocho cuatro cero dos siete tres uno seis]] me llamo [[PERSON|rocío]]
O: gracias profesora [[PERSON|rocío]] la llamamos en unos días para ver cómo sigue y si la niña llega golpeada otra vez llámenos de inmediato
C: ya señorita gracias pero que no se entere la señora que fui yo
O: su identidad queda reservada
""",
    note(
        "professional",
        "report",
        ["domestic_servitude"],
        1,
        True,
        ["female"],
        "Apurímac",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Una profesora reporta que una alumna de corta edad, traída de su comunidad con la promesa de estudiar, "
        "hace las labores domésticas de una familia sin pago, sin contacto con su madre y con señales de golpes. "
        "Se deriva a la fiscalía de familia y a la unidad de protección, con seguimiento.",
    ),
)

call(
    "h58-lower-003",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches
C: buenas noches habla [[PERSON|ulises cárdenas]] fiscalizador de la municipalidad de [[LOCATION|san juan de lurigancho]] estoy en un operativo ahorita y encontramos algo raro necesito que manden a la policía
O: dígame qué han encontrado
C: vinimos a clausurar un taller de confecciones que no tiene licencia en la [[ADDRESS|calle los jazmines doscientos diez urbanización canto rey]] y adentro había gente trabajando con la puerta cerrada con candado por fuera recién nos abrieron cuando dijimos que íbamos a romper la chapa
O: cuántas personas hay adentro
C: he contado ocho trabajadores en las máquinas ah espere me dice mi compañero que arriba en el altillo hay dos más durmiendo en colchones son diez en total
O: hay menores de edad
C: una chica dice que tiene [[AGE|dieciséis]] los demás parecen mayores hay hombres y mujeres unos son de [[LOCATION|huánuco]] y otros venezolanos
O: les han contado algo de su situación
C: una señora me dijo bajito que no les pagan hace tres meses que el dueño les guarda los documentos y no los deja salir ni los domingos y ahora el encargado nos dice que nos vayamos que está llamando a su abogado
O: usted y su equipo están seguros
C: estamos cuatro pero el encargado se está poniendo agresivo y tengo miedo que saquen a la gente por la puerta de atrás
O: entiendo ya estoy pasando la alerta a la policía para que vayan de inmediato no se retiren si es seguro y no se expongan cuál es su número
C: [[PHONE_NUMBER|nueve nueve siete cuatro uno cero cinco ocho dos]]
O: la policía va en camino después coordinamos un albergue para la adolescente y para quien lo necesite y le devuelvo la llamada
C: ya gracias acá los esperamos
""",
    note(
        "professional",
        "report",
        ["labour"],
        10,
        True,
        ["female", "male"],
        "Lima",
        "ongoing",
        "immediate",
        ["police_dispatch", "referral_shelter", "follow_up_call"],
        "Un fiscalizador municipal, en pleno operativo, encontró a diez trabajadores, entre ellos una adolescente, "
        "encerrados con candado en un taller textil, sin pago desde hace meses y con documentos retenidos. Se "
        "envió a la policía de inmediato y se coordinará albergue, con seguimiento.",
    ),
)

call(
    "h58-lower-004",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenos días en qué le puedo ayudar
C: aló buenos días es la radio quería mandar un saludo por el cumpleaños de mi comadre
O: no señora esta es la línea contra la trata de personas no es una radio
C: ay disculpe señorita mi nieto me anotó el número en un papelito se habrá equivocado
O: no se preocupe señora
C: y ustedes qué hacen entonces
O: recibimos denuncias de trata cuando a una persona la engañan con un trabajo y la explotan o la tienen encerrada la llamada es gratuita las veinticuatro horas
C: ah ya qué bueno voy a guardar el número por si acaso gracias señorita
O: de nada señora que tenga buen día
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
        "Llamada equivocada de una señora que buscaba una radio para enviar un saludo. Se le explicó el propósito "
        "de la línea.",
    ),
)

call(
    "h58-lower-005",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes en qué le puedo ayudar
C: buenas tardes señorita le habla [[PERSON|marleni]] soy promotora de la [[ORGANIZATION|asociación renacer amazónico]] trabajamos con comunidades del distrito de [[LOCATION|mazán]] aquí en [[LOCATION|loreto]] no es una denuncia quería pedir una capacitación
O: claro con gusto cuénteme
C: en estos meses están llegando señores en bote a las comunidades ofreciendo trabajo a las chicas jovencitas algunas menores de edad para atender en restaurantes de [[LOCATION|iquitos]] y a los muchachos para sacar madera dicen que pagan bien y que les adelantan el pasaje
O: alguien de la comunidad ya se fue con esas personas
C: que sepamos todavía nadie pero varias familias están pensando mandar a sus hijos porque no hay trabajo y los profesores no saben qué decirles
O: hacen bien en prevenir esas ofertas con pasaje adelantado y sin contrato son formas típicas de captación para explotación sexual o laboral tenemos un equipo de prevención que da talleres gratuitos para padres profesores y promotores
C: qué bueno y pueden ir hasta la comunidad porque ahí no hay señal y el bote demora como cuatro horas
O: vamos a ver con el equipo regional si pueden viajar o si hacemos el taller en la ciudad con ustedes para que lo repliquen también les puedo enviar material impreso y videos y recuerde que si alguien se va y deja de comunicarse pueden llamar aquí gratis
C: perfecto mi correo es [[EMAIL_ADDRESS|marleni punto tapullima arroba renacer amazonico punto org]] y mi celular [[PHONE_NUMBER|nueve seis cinco tres tres ocho cero uno dos]]
O: gracias [[PERSON|marleni]] le envío el material hoy al correo y la llamamos esta semana para coordinar la fecha del taller
C: muchas gracias señorita ahí quedamos
""",
    note(
        "professional",
        "information_request",
        ["sexual", "labour"],
        0,
        False,
        [],
        "Loreto",
        "at_risk",
        "low",
        ["information_given", "follow_up_call"],
        "Una promotora de una organización comunitaria pide una capacitación porque reclutadores ofrecen en "
        "comunidades ribereñas trabajos con pasaje adelantado a chicas, algunas menores, y a muchachos. Se explicaron "
        "las señales de captación, se enviará material y se coordinará un taller.",
    ),
)

call(
    "h58-lower-006",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: buenas noches señorita soy [[PERSON|karina]] obstetra del hospital de [[LOCATION|jaén]] yo llamé la semana pasada por la chica de [[AGE|quince años]] que llegó embarazada y que trabajaba en un karaoke ustedes pasaron el caso a la fiscalía
O: sí ya ubico el caso qué ha pasado
C: ayer en la tarde vino la señora que dice ser su tía y se la llevó antes de que le den el alta el vigilante la dejó pasar y nadie la pudo detener
O: sabe a dónde la llevaron
C: una compañera la vio subir a un mototaxi rumbo al karaoke [[ORGANIZATION|la noche azul]] en el [[ADDRESS|pasaje los cedros al costado del grifo]] ahí es donde la chica nos contó que la hacían atender a los clientes y tomar con ellos
O: la chica tiene forma de comunicarse
C: su celular se lo quitaron pero hace un rato me llegó un mensaje de un número desconocido que decía ayúdeme seño creo que es ella el número es [[PHONE_NUMBER|nueve cinco dos siete siete uno cuatro cero tres]]
O: usted le respondió
C: no señorita tuve miedo de que la descubran por eso llamé primero aquí
O: hizo bien no le escriba por ahora voy a pasar esto ahora mismo a la policía para que intervengan el local y a la fiscal que lleva el caso porque la chica está en peligro y está embarazada
C: y cuando la saquen la pueden traer aquí para su control
O: sí la policía coordinará con el hospital y luego con un albergue la llamo apenas tenga noticias
C: gracias señorita estoy muy preocupada
""",
    note(
        "professional",
        "follow_up",
        ["sexual"],
        1,
        True,
        ["female"],
        "Cajamarca",
        "ongoing",
        "immediate",
        ["police_dispatch", "referral_legal", "follow_up_call"],
        "Una obstetra llama en seguimiento de un caso previo: una adolescente embarazada explotada sexualmente en un "
        "karaoke fue sacada del hospital por la supuesta tía y devuelta al local, desde donde envió un mensaje pidiendo "
        "ayuda. Se alertó a la policía para intervenir y se informó a la fiscal del caso, con seguimiento.",
    ),
)

# ------------------------------------------------ cased Spanish ----
call(
    "h58-es-001",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Buenas tardes. Le habla [[PERSON|Óscar Villegas]], inspector del terminal portuario de [[LOCATION|Paita]]. Hoy hicimos una inspección de rutina a un barco pesquero de bandera extranjera que entró a reparar el motor, y hay cosas que me preocupan mucho.
O: Cuénteme, por favor.
C: Los tripulantes son de [[LOCATION|Indonesia]] y de [[LOCATION|Filipinas]], todos hombres. Dicen que llevan once meses en el mar sin bajar a tierra, que no les pagan desde que embarcaron, que el capitán tiene todos sus pasaportes y que si se quejan les quitan la comida. Uno me mostró cicatrices en la espalda; dice que el contramaestre le pegó con un cable.
O: ¿Cuántos tripulantes son?
C: Conté doce en cubierta. Ah, perdón, me corrige mi colega: son catorce. Hay dos más encerrados en un camarote porque, según el capitán, están "castigados".
O: ¿Hay algún menor de edad?
C: Uno de los chicos dice que tiene [[AGE|17 años]], y se ve muy joven. Los demás son adultos.
O: ¿Sabe cuándo zarpa el barco?
C: Mañana a [[DATE_TIME|las seis de la mañana]], según el agente marítimo. Ellos me pidieron ayuda con señas, tienen miedo de volver a zarpar.
O: Lo que describe son indicadores de trabajo forzoso y trata en la pesca. Hoy mismo voy a alertar a la policía y a la capitanía para que intervengan la nave antes de que zarpe, y a la fiscalía especializada. También pediremos intérpretes y atención médica para el tripulante herido. ¿Usted puede quedarse cerca del muelle?
C: Sí, estoy en la oficina del terminal hasta la noche. Mi celular es [[PHONE_NUMBER|969 218 430]] y mi correo [[EMAIL_ADDRESS|oscar.villegas.insp@gmail.com]].
O: Gracias, inspector. La policía se comunicará con usted en las próximas horas, y yo lo llamo esta noche para confirmar.
C: Perfecto, quedo atento.
""",
    note(
        "professional",
        "report",
        ["labour"],
        14,
        True,
        ["male"],
        "Piura",
        "ongoing",
        "high",
        ["police_dispatch", "referral_legal", "referral_health", "follow_up_call"],
        "Un inspector portuario reporta que los tripulantes extranjeros de un pesquero, entre ellos un adolescente, "
        "trabajan sin pago desde hace meses, con pasaportes retenidos, agresiones y dos hombres encerrados, y que la "
        "nave zarpa pronto. Se alertó a la policía, la capitanía y la fiscalía para intervenir, con atención médica "
        "y seguimiento.",
    ),
)

call(
    "h58-es-002",
    "es",
    "plain",
    """
O: Línea contra la trata de personas, buenos días.
C: Buenos días. Le habla [[PERSON|Maribel Quispe Anccasi]], trabajadora social del Centro Emergencia Mujer de [[LOCATION|Huamanga]]. Necesito apoyo para una adolescente que llegó esta mañana.
O: Claro, dígame.
C: Tiene [[AGE|17 años]] y viene de [[LOCATION|Pichari]]. Trabajaba en un recreo campestre, el [[ORGANIZATION|Recreo Doña Chabuca]], desde las cinco de la mañana hasta la medianoche. Nunca le pagaron; la dueña le decía que estaba pagando el cuarto y la comida. Y el hijo de la dueña abusó sexualmente de ella. Se escapó en un bus con una plata que le regaló un cliente.
O: ¿Cómo se encuentra ahora?
C: Está aquí con nosotras, a salvo, pero muy afectada. No quiere volver con su familia, porque fue su padrastro quien la llevó a ese lugar y cobró un adelanto por ella.
O: ¿Ya se presentó la denuncia?
C: Vamos a ir a la fiscalía con ella esta tarde. Pero el CEM no tiene albergue y no podemos dejarla sola esta noche.
O: Entiendo. Por lo que cuenta, hubo captación por parte del padrastro y explotación laboral. Vamos a coordinar hoy mismo una vacante en un centro de acogida residencial y a derivar el caso a la fiscalía especializada en trata. También la derivamos a la psicóloga de nuestro equipo y a una evaluación médica por la violencia sexual.
C: Muy bien. Ya le sacamos cita en el centro de salud para la tarde.
O: Perfecto. ¿Me da un número para avisarle de la vacante?
C: El fijo de la oficina es [[PHONE_NUMBER|066 31 4472]], o mi celular, [[PHONE_NUMBER|956 330 184]].
O: Le llamo antes del mediodía. Gracias, [[PERSON|Maribel]].
C: Gracias a usted, quedo atenta.
""",
    note(
        "professional",
        "help_request",
        ["labour"],
        1,
        True,
        ["female"],
        "Cusco",
        "past",
        "high",
        ["referral_shelter", "referral_legal", "referral_health", "follow_up_call"],
        "Una trabajadora social pide albergue para una adolescente que escapó de un local campestre donde trabajaba "
        "jornadas extenuantes sin pago, tras ser entregada por su padrastro a cambio de un adelanto, y donde sufrió "
        "abuso sexual. Se coordina un centro de acogida, la derivación a fiscalía y atención psicológica y médica.",
    ),
)

call(
    "h58-es-003",
    "es",
    "colombian",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Buenas tardes, qué pena molestarla. Le habla [[PERSON|Yuliana Mosquera]], de la [[ORGANIZATION|Fundación Huellas del Trapecio]], en [[LOCATION|Leticia]], [[LOCATION|Colombia]]. Le estoy llamando por unos muchachitos peruanos que tenemos acá, ¿sí?
O: Sí, la escucho. ¿Qué pasó con ellos?
C: La Policía de acá los cogió [[DATE_TIME|el sábado]] en el puerto, bajando de una canoa con unos paquetes de pasta base. Primero nos llegó solo el niño, de [[AGE|trece años]], y ayer nos trajeron a la hermanita, de [[AGE|quince]], que la tenían en otra estación.
O: ¿Qué les han contado?
C: Que son de [[LOCATION|Caballococha]], y que un señor que le dicen el [[PERSON|Mono]] los ponía a pasar "encargos" por el río, y cuando quisieron dejar de hacerlo les dijo que iba a matar a la mamá. Les quitó los celulares y los hacía dormir en una bodega cerca del puerto, aquí en [[LOCATION|Leticia]].
O: ¿Dónde están ahora?
C: En un hogar de paso del Bienestar Familiar, tranquilos y bien cuidados. Pero la idea es que vuelvan con la familia, y la mamá no tiene teléfono; el papá dicen que está en [[LOCATION|Iquitos]]. Queríamos saber cómo hacemos con las autoridades de allá para que no me los vayan a tratar como delincuentes y los reciban bien.
O: Hizo muy bien en llamar. Ellos son víctimas de explotación para cometer delitos, no infractores. Vamos a derivar el caso a la fiscalía especializada y a la Unidad de Protección Especial de [[LOCATION|Loreto]], que coordinan con el consulado y con el Bienestar Familiar un retorno seguro y la evaluación de la familia.
C: Listo, perfecto. ¿Y qué datos le paso, pues?
O: Los nombres de los niños y su contacto, por favor.
C: Los niños son [[PERSON|Kenyi]] y [[PERSON|Sheyla Ahuanari]]. Mi celular es el [[PHONE_NUMBER|+57 313 482 9076]] y el correo [[EMAIL_ADDRESS|yuliana.mosquera@huellastrapecio.org]].
O: Gracias, [[PERSON|Yuliana]]. La llamamos mañana para contarle quién lleva el caso de este lado.
C: Listo, muy amable, quedo pendiente. Que esté muy bien.
""",
    note(
        "professional",
        "help_request",
        ["forced_criminality"],
        2,
        True,
        ["male", "female"],
        "Colombia",
        "past",
        "medium",
        ["referral_legal", "follow_up_call"],
        "Una trabajadora de una fundación en el extranjero informa que dos hermanos peruanos menores de edad, "
        "obligados bajo amenazas a transportar droga por el río, fueron detenidos y ahora están en un hogar de "
        "protección. Pide coordinar su retorno seguro; se deriva a la fiscalía y a la unidad de protección, con seguimiento.",
    ),
)

call(
    "h58-es-004",
    "es",
    "argentine",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Hola, buenas tardes. Mirá, no sé si llamé al lugar correcto. Yo soy argentino, de [[LOCATION|Rosario]], y estoy laburando de cocinero en un hostel acá en [[LOCATION|Arequipa]], y el dueño me debe dos meses de sueldo.
O: Lo escucho. ¿Me cuenta un poco más? ¿Usted vive en el hostel?
C: No, no, yo alquilo una pieza con mi novia en [[LOCATION|Cayma]]. Entro a las ocho, salgo a las cuatro, lo normal. El tema es que el tipo me dice "la semana que viene, la semana que viene", y ya van dos meses. Tengo contrato firmado, eh, no es que estoy en negro.
O: ¿Le han quitado algún documento, lo han amenazado o le impiden dejar el trabajo?
C: No, nada de eso, che. El pasaporte lo tengo yo. Si quiero me voy mañana, pero quiero que me pague lo que me debe, ¿viste?
O: Entiendo. Por lo que me cuenta, no es un caso de trata sino un incumplimiento laboral. Esta línea atiende casos de trata de personas, pero le oriento: puede presentar una denuncia ante la SUNAFIL, la superintendencia de fiscalización laboral, o pedir una conciliación en la dirección regional de trabajo. Es gratuito y no importa que sea extranjero.
C: ¿Y eso se hace online o tengo que ir en persona?
O: Las dos cosas se pueden. Lleve o adjunte su contrato y, si tiene, las boletas o los mensajes donde el empleador reconoce la deuda.
C: Dale, bárbaro. Tengo todo en el WhatsApp. Te agradezco un montón, eh.
O: A usted. Y si alguna vez ve a alguien en una situación de explotación, puede llamarnos.
C: Sí, sí, obvio. Chau, gracias.
""",
    note(
        "general_public",
        "not_relevant",
        [],
        0,
        False,
        [],
        "Arequipa",
        None,
        "low",
        ["information_given"],
        "Un trabajador extranjero llama porque su empleador le debe dos meses de sueldo, sin indicios de trata: "
        "conserva su documento, tiene contrato y puede dejar el trabajo. Se le orientó a presentar una denuncia "
        "laboral o pedir una conciliación ante la autoridad de trabajo.",
    ),
)

# ------------------------------------------------ English ----
call(
    "h58-en-001",
    "en",
    "plain",
    """
O: Línea contra la trata, good afternoon. How can I help you?
C: Hi, good afternoon. My name is [[PERSON|Niamh Corrigan]], I'm a freelance journalist, I write for a few outlets in the [[LOCATION|UK]] and [[LOCATION|Ireland]]. I'm working on a piece about the recruitment of young women for the mining camps in [[LOCATION|Puno]], and I have a couple of questions, if that's okay.
O: Of course. What would you like to know?
C: First, do you have any figures? How many calls you get from that region, how many cases involve minors?
O: I can't give case data over this line, but the Ministry of the Interior publishes yearly statistics, and our press office answers formal requests from journalists. I can send you their contact.
C: Great. Second thing: I've been collecting job ads on Facebook and TikTok, "señoritas para atención en bar, buen sueldo, pasaje pagado", and a lot of them point to [[LOCATION|La Rinconada]] and [[LOCATION|Juliaca]]. One account posts almost every day, [[OTHER_ID|@chamba_sur_rapida]]. Is there a way to report them?
O: Yes, please send us the links or screenshots and we forward them to the police cybercrime division and the prosecutor's office. Those ads have the typical warning signs: vague jobs for young women, paid travel, no contract, no company name.
C: And if I interview a woman who says she's been through this, what should I do? I don't want to put anyone at risk.
O: Don't publish names, faces or places that could identify her, and give her this number: it's free, any time, and we can connect her with legal and psychological support. If someone is in danger right now, call us or the police immediately.
C: That's really helpful. Where can I send the screenshots?
O: I'll e-mail you the address together with the press office contact. What's your e-mail?
C: It's [[EMAIL_ADDRESS|niamh.corrigan.media@protonmail.com]]. And my number here is [[PHONE_NUMBER|+44 7700 900318]].
O: Thank you, [[PERSON|Niamh]]. You'll get it today.
C: Brilliant, thanks so much.
""",
    note(
        "professional",
        "information_request",
        ["sexual"],
        0,
        False,
        [],
        "Puno",
        "at_risk",
        "low",
        ["information_given"],
        "A journalist asks for statistics and how to report online job ads that recruit young women for bars in "
        "mining areas. She was told how to request data from the press office, how to send the ads for referral to "
        "the police, and how to protect sources who may be victims.",
    ),
)

call(
    "h58-en-002",
    "en",
    "plain",
    """
O: Línea contra la trata, buenas noches.
C: Hi, uh, hello? Do you speak English? I lost my passport, I think someone took it at the bus station, and I found this number on a poster at the airport.
O: Yes, I speak English. I'm sorry to hear that. This is the hotline against human trafficking. Just to check: are you safe, and is anyone holding your passport and refusing to give it back?
C: Oh, no, no, nothing like that. I'm at my hostel in [[LOCATION|Miraflores]], I'm fine. I had my backpack open at the bus terminal, and when I got to the hostel the passport wasn't there. My flight home is on [[DATE_TIME|Thursday]].
O: Okay. For a lost or stolen passport, first file a report at a police station; the tourist police can help you in English. Then contact your embassy or consulate for an emergency travel document.
C: Tourist police, okay. I'm from [[LOCATION|New Zealand]], do you know where our embassy is?
O: I don't have that information here, but your government's travel website lists the nearest embassy or consulate and an emergency phone. Bring the police report and a copy of the passport if you have one.
C: I have a photo of it on my phone, and my name is on the flight booking, [[PERSON|Tama Rewiti]].
O: That will help. Also let your airline know as soon as possible.
C: Okay, thank you so much, and sorry for calling the wrong line.
O: No problem. Have a safe trip home.
""",
    note(
        "general_public",
        "not_relevant",
        [],
        0,
        False,
        [],
        "Lima",
        None,
        "low",
        ["information_given"],
        "A foreign tourist called to report a lost passport, which is not a trafficking matter. The operator checked "
        "that no one was holding the document and explained how to file a police report and request an emergency "
        "travel document.",
    ),
)

call(
    "h58-en-003",
    "en",
    "plain",
    """
O: Anti-trafficking hotline, good morning.
C: Good morning, this is [[PERSON|Sarah Lindqvist]], I'm a caseworker at [[ORGANIZATION|Casa Alba]], the women's shelter in [[LOCATION|Lima]]. I'm calling to follow up on a case we referred through you about three weeks ago.
O: Good morning. Can you give me some details so I can find it?
C: Yes. [[PERSON|Maricielo]], she's [[AGE|24]], from [[LOCATION|Huánuco]]. She was working as a live-in maid in [[LOCATION|La Molina]], unpaid, and locked in whenever the family went out. She's been with us since the rescue.
O: I have it. What's new?
C: Two things. First, the employer has been calling her mother in [[LOCATION|Huánuco]], saying [[PERSON|Maricielo]] stole jewellery and that they'll have her arrested if she testifies. Second, and this worries me most: in our sessions she told us her younger sister, [[PERSON|Yomira]], was brought to [[LOCATION|Lima]] by the same recruiter and works in the house of the employer's sister, also in [[LOCATION|La Molina]]. She's [[AGE|fifteen]].
O: So there is a second victim, and she's a minor. Does your client know the address?
C: She knows the street: [[ADDRESS|Calle Los Fresnos, the white house with the electric gate across from the park]]. She hasn't heard from her sister in a month, and the sister isn't allowed a phone.
O: Thank you. I'll add this to the case today. The police unit will be asked to locate and rescue the sister, and the prosecutor will be told about the threats against your client. We can also arrange free legal advice for the mother.
C: Yes, please. The mother's number is [[PHONE_NUMBER|962 781 005]]; she speaks Spanish and Quechua.
O: Noted. I'll call you tomorrow with an update, and sooner if the police need your client's statement.
C: Thank you. She's very anxious about her sister.
""",
    note(
        "professional",
        "follow_up",
        ["domestic_servitude"],
        2,
        True,
        ["female"],
        "Lima",
        "ongoing",
        "high",
        ["police_dispatch", "referral_legal", "follow_up_call"],
        "A shelter caseworker follows up on a referred case of a young woman rescued from unpaid, confined domestic "
        "work: the former employer is threatening her family, and her teenage sister is still kept as a domestic "
        "worker in a relative's house. Police are asked to locate and rescue the sister, the prosecutor is told of "
        "the threats and legal advice is arranged.",
    ),
)

# ------------------------------------------------ Brazilian Portuguese ----
call(
    "h58-pt-001",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, buenas tardes.
C: Boa tarde. Aqui fala o agente [[PERSON|Rodrigo Tavares]], da Polícia Federal, no posto de fronteira de [[LOCATION|Assis Brasil]], no [[LOCATION|Acre]]. Vocês falam português?
O: Sí, un poco. Hable despacio, le entiendo.
C: Obrigado. Nós paramos uma van que vinha de [[LOCATION|Iñapari]] com jovens peruanos e um homem que diz ser o "contratista". Ele falou que levava os rapazes para trabalhar em obras em [[LOCATION|São Paulo]], mas ninguém tem contrato, e ele estava com os documentos de todos numa pochete.
O: ¿Cuántos jóvenes son?
C: São cinco. Não, espera, seis: tinha mais um dormindo no banco de trás, escondido debaixo das mochilas. Todos homens. Dois dizem que têm [[AGE|dezesseis]] e [[AGE|dezessete anos]], os outros são maiores.
O: ¿Qué les dijeron sobre el trabajo?
C: Que iam ganhar bem, mas que primeiro tinham que pagar a passagem e a comida trabalhando. O contratista não tem empresa registrada. Um dos meninos disse que ele ameaçou deixar eles na estrada se falassem com a polícia.
O: Entiendo. Son señales claras de captación para trabajo forzoso. ¿Dónde están ahora los jóvenes?
C: Estão aqui no posto, com a gente. Os adultos querem voltar, e os dois menores precisam de um lugar seguro até a família vir buscar. O contratista está detido para averiguação.
O: Vamos a coordinar con la fiscalía y la Unidad de Protección Especial de [[LOCATION|Madre de Dios]] para recibir a los menores en [[LOCATION|Iñapari]] y llevarlos a un albergue, y con la policía peruana para investigar al captador. ¿Me da un número?
C: Pode anotar: [[PHONE_NUMBER|+55 68 99214 3307]].
O: Gracias, agente. Le llamo en una hora para confirmar la entrega.
C: Combinado, obrigado.
""",
    note(
        "professional",
        "help_request",
        ["labour"],
        6,
        True,
        ["male"],
        "Brasil",
        "at_risk",
        "high",
        ["referral_shelter", "referral_legal", "follow_up_call"],
        "Un policía extranjero de frontera informa que detuvo una camioneta con seis jóvenes peruanos, dos de ellos "
        "menores, llevados sin contrato a trabajar en obras con una deuda de viaje, documentos en poder del captador "
        "y amenazas. Se coordina la recepción de los menores en un albergue y la derivación a fiscalía, con seguimiento.",
    ),
)

call(
    "h58-pt-002",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Boa noite, desculpa, eu sou brasileira, trabalho na recepção de um hostel em [[LOCATION|Máncora]]. Posso falar em português?
O: Sí, claro, pode falar, eu entendo.
C: Agora há pouco chegou um homem estrangeiro, de uns [[AGE|cinquenta anos]], com duas meninas peruanas. Ele diz que são sobrinhas, mas elas não falam nada, só olham para o chão. Uma deve ter uns [[AGE|treze]], a outra talvez [[AGE|quatorze]].
O: ¿Pidió una habitación? ¿Las niñas tienen documentos?
C: Ele pediu um quarto de casal, uma cama só, para os três. Quando pedi os documentos das meninas, disse que estavam na mala e que mostrava amanhã. Pagou em dinheiro. O passaporte dele é americano, o nome é [[PERSON|Gary Whitlock]], número [[ID_NUMBER|583201946]].
O: ¿Dónde están ahora?
C: Subiram para o quarto agora mesmo, no segundo andar. Eu estou sozinha na recepção.
O: Hiciste muy bien en llamar. Voy a avisar ahora mismo a la policía para que vaya al hostel. Não entre no quarto e não fale nada com ele. ¿Cuál es el nombre y la dirección del hostel?
C: [[ORGANIZATION|Hostel Ola Verde]], na [[ADDRESS|avenida Grau, em frente ao posto de gasolina]]. Meu nome é [[PERSON|Luana]], meu celular é [[PHONE_NUMBER|+51 935 604 217]].
O: Gracias, [[PERSON|Luana]]. La policía va en camino. Si él intenta salir con las niñas, llámanos de nuevo de inmediato. Te llamo en un rato.
C: Tá bom. Obrigada, obrigada.
""",
    note(
        "witness",
        "report",
        ["sexual"],
        2,
        True,
        ["female"],
        "Piura",
        "ongoing",
        "immediate",
        ["police_dispatch", "follow_up_call"],
        "Una recepcionista de un hospedaje reporta que un hombre extranjero se registró con dos niñas que dice ser "
        "sus sobrinas, sin documentos de ellas, y pidió una sola cama para los tres; las niñas se ven asustadas. "
        "Se envió a la policía de inmediato, con seguimiento.",
    ),
)

call(
    "h58-pt-003",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, buenos días.
C: Bom dia. Aqui é [[PERSON|Helena Duarte]], vice-cônsul no setor consular da Embaixada do [[LOCATION|Brasil]] em [[LOCATION|Lima]]. Queremos comunicar um caso.
O: Buenos días, vicecónsul. La escucho.
C: Ontem recebemos a ligação de uma cidadã brasileira, de [[AGE|vinte e seis anos]], que trabalha num "spa" em [[LOCATION|San Isidro]]. Ela disse que são três brasileiras, obrigadas a fazer programas para pagar uma dívida da passagem.
O: ¿Ellas pueden salir del local?
C: Só acompanhadas de um segurança. Os passaportes ficaram com a gerente, uma senhora que chamam de Madame [[PERSON|Rita]]. E hoje de manhã ela mandou mensagem corrigindo: são quatro, porque chegou mais uma menina de [[LOCATION|Manaus]] na semana passada, e essa ela acha que é menor de idade, tem cara de uns [[AGE|dezesseis]].
O: Es grave, y posiblemente hay una menor. ¿Tienen el nombre y la dirección del local?
C: Sim. Chama [[ORGANIZATION|Spa Bella Luna]], fica na [[ADDRESS|calle Las Camelias 780, segundo andar]].
O: Vamos a derivar el caso hoy mismo a la división policial contra la trata y a la fiscalía especializada para que planifiquen el rescate, y coordinaremos un albergue para cuando salgan. ¿La ciudadana tiene un número seguro?
C: Ela só responde por WhatsApp, à noite: [[PHONE_NUMBER|+55 92 98127 4460]]. E o meu celular de plantão é [[PHONE_NUMBER|998 450 317]].
O: Gracias, vicecónsul. No vamos a escribirle sin coordinar antes con usted. La llamaremos hoy en la tarde para coordinar con la policía.
C: Muito obrigada.
""",
    note(
        "professional",
        "report",
        ["sexual"],
        4,
        True,
        ["female"],
        "Lima",
        "ongoing",
        "high",
        ["referral_legal", "referral_shelter", "follow_up_call"],
        "Una funcionaria consular reporta que cuatro mujeres extranjeras, una de ellas posiblemente menor, son "
        "obligadas a prostituirse en un supuesto spa para pagar una deuda de viaje, con pasaportes retenidos y "
        "salidas vigiladas. Se deriva a la policía especializada y a la fiscalía para el rescate y se coordinará "
        "un albergue, con seguimiento.",
    ),
)

if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
