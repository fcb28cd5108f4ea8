# ruff: noqa: E501
"""Generate heldout49.jsonl: 16 new fictional, labelled hotline calls for measuring generalisation.

Written by an outside test-data writer who read only three files: ../../shared/eval/LABELS.md,
../../shared/eval/make_dev.py and make_heldout.py (the call()/note()/build() builder and the
[[TYPE|surface]] markup). No code of the drafting tool was read. All people, phone numbers, IDs,
e-mails, handles, plates and businesses are invented.

Mix (16): 6 lowercase unpunctuated Whisper-style Spanish (h49-lo-*: fillers, self-corrections,
misheard words), 4 cased Spanish (h49-es-*), 2 English (h49-en-*), 1 Brazilian Portuguese
(h49-pt-001), 1 Venezuelan Spanish (h49-ve-001), 1 Spanish/English code-switching (h49-cs-001),
1 Andean Spanish with Quechua words (h49-qu-001).

Annotation choices (on top of make_dev.py's conventions):
  * Misheard surfaces are labelled as transcribed ("huepetue" = LOCATION); a place or street the
    caller says and then corrects is still labelled, since it is still an identifier.
  * An age claimed falsely or a future age ("cumple dieciocho en diciembre") is still AGE; the
    birthday month is DATE_TIME.
  * A social-media page spoken as "arroba ..." is OTHER_ID, the word "arroba" included.
  * A fishing boat's registration is OTHER_ID (like a plate).
  * region: where the exploitation happens or would happen. For at-risk calls that is the
    destination (a karaoke in a mining camp -> La Libertad; girls stopped at the border on their
    way to a nightclub abroad -> Bolivia), not where the caller is.
  * Offers the caller refuses (police, shelter, giving a statement, a call-back number) are not
    actions; conditional "we may contact you" is not follow_up_call.
  * Victim counts include the person the call is about plus the others the caller counts
    ("eran cinco con él" -> 5; "somos siete" -> 7); people only threatened (a victim's child)
    are not counted.
  * Street vending for a daily quota under threats is labour; carrying packages for the same man
    adds forced_criminality.
  * La Rinconada (named in the brief) also appears in make_dev.py; it is reused once on purpose.

Run: cd notes && python3 make_heldout49.py
"""

import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

OUT = Path(__file__).with_name("heldout49.jsonl")
CALLS.clear()

# ------------------------------------------------ lowercase ASR, Spanish ----
call(
    "h49-lo-001",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: hola buenas noches eh no sé si llamo donde es pero quería preguntar algo de un trabajo
O: claro dígame con confianza
C: es que me escribieron por facebook de una página [[OTHER_ID|arroba chamba minera vip]] eh para trabajar de moza o sea de mesera en un caraoque en un campamento en [[LOCATION|pataz]] y pagan dos mil quinientos al mes
O: usted ya aceptó el trabajo
C: o sea casi ya me mandaron la plata del bus sale hoy a [[DATE_TIME|las diez de la noche]] de aquí de [[LOCATION|satipo]] bueno de [[LOCATION|la merced]] tengo que ir a [[LOCATION|la merced]] primero
O: le han pedido algo fotos documentos
C: sí me pidieron fotos con vestido corto para ver si doy la talla del uniforme dicen y que mi dni lo va a guardar el encargado allá para que no se pierda
O: cuántos años tiene usted
C: [[AGE|diecinueve]] ay no [[AGE|veinte]] ya cumplí el mes pasado y dice que es solo atender las mesas y hacer compañía a los clientes que son mineros pero que es tranquilo que no es nada malo
O: le hago una pregunta usted qué siente cuando piensa en ese viaje
C: eh emocionada pero también un poquito de miedo porque no conozco a nadie allá y la señora que me escribe no quiere hacer videollamada nunca
O: le explico hacer compañía a mineros en un karaoke de campamento pedir fotos con ropa corta y quedarse con su dni son señales de alerta de captación para explotación sexual mi consejo es que no viaje esta noche y que no mande más fotos ni datos
C: pero ya me mandaron la plata del pasaje si no voy me van a cobrar
O: usted no tiene ninguna obligación y no ha cometido ningún delito guarde los mensajes si quiere la llamamos mañana para ver cómo está y ayudarla a denunciar la página
C: ya ya está bien llámeme mañana a este número nomás es el [[PHONE_NUMBER|nueve seis dos cuatro cero ocho uno tres siete]] me llamo [[PERSON|yesenia]]
O: gracias [[PERSON|yesenia]] mañana en la mañana la llamamos cuídese mucho
""",
    note(
        "victim",
        "information_request",
        ["sexual"],
        1,
        False,
        ["female"],
        "La Libertad",
        "at_risk",
        "high",
        ["information_given", "follow_up_call"],
        "Una joven consulta por una oferta recibida en redes sociales para atender y acompañar a mineros en un karaoke "
        "de un campamento, con pedido de fotos en ropa corta y retención de su documento, y piensa viajar esa misma noche. "
        "Se le explicaron las señales de captación, se le aconsejó no viajar ni enviar más datos y se la llamará al día siguiente.",
    ),
)

call(
    "h49-lo-002",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches
C: aló aló señorita disculpe que llame tan tarde es que eh ya no aguanto
O: tranquila la escucho qué está pasando
C: yo vivo en [[LOCATION|cerro de pasco]] en [[LOCATION|yanacancha]] y la pared de mi cuarto da con el cuarto de al lado que es de un local este un bar que le dicen [[ORGANIZATION|el rincón del minero]]
C: y ahorita mismo escucho a una chica que llora y dice no quiero no quiero y un hombre le grita me debes todavía me debes
O: cuántas personas cree que hay al otro lado
C: chicas por lo menos dos bueno dos voces distintas una se oye más chibolita la otra noche le escuché decir que estaba en segundo de secundaria que extrañaba a su mamá y hombres entran y salen toda la noche se oye la música y cuando la apagan empiezan a tocar la puerta del cuarto
O: sabe la dirección del local
C: es en el [[ADDRESS|jirón los mineros]] no perdón no en el [[ADDRESS|jirón los andes al costado de la ferretería amarilla]] la puerta de fierro sin letrero
O: usted está segura puede seguir hablando
C: sí estoy en mi cuarto pero mi nombre no le voy a dar ya porque el dueño es bravo le dicen el [[PERSON|moro]] y sabe quién vive acá
O: no necesita darme su nombre voy a pasar ahora mismo la información a la policía para que vayan al local no se acerque ni toque la puerta si algo cambia vuelva a llamar
C: ya ya gracias señorita apúrense por favor ahorita ya no se escucha nada y eso me da más miedo
O: la policía ya está avisada gracias por llamar
""",
    note(
        "witness",
        "report",
        ["sexual"],
        2,
        True,
        ["female"],
        "Pasco",
        "ongoing",
        "immediate",
        ["police_dispatch"],
        "Una vecina anónima escucha a través de la pared de un bar a por lo menos dos chicas, una aparentemente escolar, "
        "a las que visitan hombres durante la noche; en ese momento una llora y se niega mientras un hombre le reclama una deuda. "
        "Se alertó a la policía para que acuda al local de inmediato.",
    ),
)

call(
    "h49-lo-003",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenos días en qué le ayudo
C: buenos días joven eh mire yo tengo un puesto de desayunos en la [[ADDRESS|puerta tres del mercado mayorista]] aquí en [[LOCATION|cajamarca]]
C: y hay unos chiquitos que cargan costales toda la noche desde las dos de la mañana bultos de papa de cincuenta kilos en la espalda
O: cuántos niños son más o menos
C: son los tres hermanitos y su primo que llegó hace poco o sea cuatro el más grande dice que tiene [[AGE|trece]] y el chiquito está en tercer grado nomás
O: con quién viven los niños
C: con un señor que les dice que es su tío pero no es su tío los trajo de una comunidad de [[LOCATION|celendín]] diciendo a los papás que acá iban a estudiar y él cobra lo que les pagan por cada bulto y a ellos les da para un pan y duermen en el depósito encima de los sacos
O: los niños le han contado si les pegan
C: el mayorcito me mostró la espalda que tenía morada dice que es del cinturón porque un día no quiso cargar estaba con fiebre el señor se llama eh creo que [[PERSON|anselmo]] algo así
O: lo que me cuenta es explotación laboral de niños voy a derivar el caso hoy a la fiscalía de familia y a la demuna para que intervengan me puede dar un número para llamarla y contarle
C: no no joven número no le doy mejor no porque acá todos se conocen yo nomás quería avisar
O: está bien su llamada queda reservada si ve algo más puede volver a llamar gratis cuando quiera
C: ya gracias joven que dios le bendiga
""",
    note(
        "acquaintance",
        "report",
        ["labour"],
        4,
        True,
        ["male"],
        "Cajamarca",
        "ongoing",
        "high",
        ["referral_legal"],
        "Una vendedora de un mercado reporta que cuatro niños traídos de una comunidad rural cargan bultos pesados de madrugada, "
        "mientras un hombre que se dice su tío cobra su pago, los hace dormir en un depósito y les pega. "
        "Se deriva a la fiscalía de familia y a la defensoría municipal; la persona no quiso dejar un número.",
    ),
)

call(
    "h49-lo-004",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes en qué le puedo ayudar
C: aló sí quiero denunciar a mi pata porque me trata mal jajaja me trata pésimo señorita
O: joven esta es la línea contra la trata de personas es para casos de personas explotadas o captadas con engaños
C: ya pero él me trata mal pe o sea es trata también no jaja espere le paso a [[PERSON|maicol]]
C: aló señorita es gratis este número
O: sí la llamada es gratuita pero les pido que no hagan bromas mientras la línea está ocupada otra persona que necesita ayuda no puede comunicarse
C: ya ya perdón señorita es que estamos en el recreo chau
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
        "Llamada de broma de unos jóvenes que juegan con la palabra trata para quejarse de un amigo. "
        "Se les explicó el propósito de la línea y se les pidió no hacer bromas.",
    ),
)

call(
    "h49-lo-005",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenos días
C: buenos días señorita llamo de [[LOCATION|tarapoto]] es por mi hijo [[PERSON|renzo]] que hace dos semanas no sé nada de él
O: cuénteme desde el inicio qué pasó con su hijo
C: él vio un anuncio en tiktok de un call center en [[LOCATION|lima]] que pagaban bien con cuarto y comida y se fue con otros muchachos de acá del barrio eran cinco con él
O: qué edad tiene su hijo
C: él es menor todavía cumple [[AGE|dieciocho]] en [[DATE_TIME|diciembre]] recién terminó el colegio
O: y qué sabe de él desde que llegó
C: los primeros días me escribía contento después me mandó un audio llorando que no era call center que los tienen en una casa con rejas en [[LOCATION|ate]] creo que dijo sí [[LOCATION|ate vitarte]] y que les hacen llamar a la gente para estafarla diciendo que son del banco y si no sacan la meta no les dan comida y no los dejan salir y que le quitaron el dni y el celular
O: ese audio desde qué número se lo mandó
C: de otro teléfono es el [[PHONE_NUMBER|nueve cuatro siete uno cinco dos ocho ocho cero]] pero llamo y nadie contesta
O: señor lo que me cuenta es muy grave a los chicos los están obligando a cometer delitos y eso los hace víctimas no delincuentes voy a derivar el caso ahora a la policía especializada y a la fiscalía y usted por favor ponga la denuncia por desaparición en la comisaría lleve una foto de él
C: ya señorita pero cómo hago si estoy lejos
O: la denuncia la puede poner en cualquier comisaría de su ciudad no tiene que viajar mañana lo llamamos para contarle cómo avanza
C: ya gracias señorita mi nombre es [[PERSON|edwin]] [[PERSON|edwin saavedra]] llámeme a este mismo
""",
    note(
        "family_member",
        "report",
        ["forced_criminality"],
        5,
        True,
        ["male"],
        "Lima",
        "ongoing",
        "high",
        ["referral_legal", "information_given", "follow_up_call"],
        "Un padre reporta que su hijo adolescente y otros cuatro jóvenes viajaron por un anuncio de trabajo en un centro de llamadas "
        "y están encerrados en una casa donde los obligan a hacer estafas telefónicas, sin comida si no cumplen metas y sin documentos. "
        "Se deriva a la policía especializada y a la fiscalía, se le orienta para denunciar la desaparición y se hará seguimiento.",
    ),
)

call(
    "h49-lo-006",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes en qué le podemos ayudar
C: buenas tardes le habla la obstetra de la posta de [[LOCATION|huepetue]] en [[LOCATION|madre de dios]] eh tengo acá a una chica que vino a su control porque está embarazada de tres meses y conversando me contó cosas
O: qué edad tiene ella
C: dice [[AGE|quince]] pero en su control anterior puso [[AGE|diecisiete]] o sea creo que la primera vez mintió porque la señora le dijo que diga que es mayor
O: qué le contó de su trabajo
C: que la trajeron de [[LOCATION|abancay]] para lavar platos en una cantina del campamento allá por [[ADDRESS|la quebrada seca pasando el puente de madera]] y ahora la obligan a estar con los mineros le cobran la comida el cuarto hasta las pastillas y ya debe como tres mil soles y cada semana le suben más y la señora tiene su dni y dice que hay como cinco chicas más algunas de su edad
O: y ella dónde está ahora
C: acá en el consultorio conmigo pero el motocarrista que la trajo la está esperando afuera dice que la señora [[PERSON|gladis]] lo mandó y que tiene que volver hoy mismo
O: entiendo no la deje salir voy a coordinar ahora mismo con la policía para que vayan a la posta y luego la van a llevar a un albergue
C: ya señorita la voy a tener acá diciéndole que le falta un análisis
O: muy bien a qué número la llamo para coordinar
C: al [[PHONE_NUMBER|nueve ocho dos seis uno tres cuatro cero siete]] me llamo [[PERSON|marleni]]
O: gracias [[PERSON|marleni]] la llamo en diez minutos
""",
    note(
        "professional",
        "report",
        ["sexual"],
        6,
        True,
        ["female"],
        "Madre de Dios",
        "ongoing",
        "immediate",
        ["police_dispatch", "referral_shelter", "follow_up_call"],
        "Una obstetra informa que atiende a una adolescente embarazada que es obligada a prostituirse en una cantina de un campamento "
        "minero, con una deuda que crece cada semana, su documento retenido y otras cinco chicas en la misma situación. "
        "Un enviado de la dueña la espera afuera, por lo que se envía a la policía a la posta y se coordinará un albergue.",
    ),
)

call(
    "h49-es-001",
    "es",
    "plain",
    """
O: Línea contra la trata, buenos días. ¿En qué le podemos ayudar?
C: Buenos días, le habla la suboficial [[PERSON|Yupanqui]], del puesto de control fronterizo de [[LOCATION|Desaguadero]]. Mi CIP es [[ID_NUMBER|30917462]].
O: Buenos días, suboficial. Dígame.
C: Hace una hora intervenimos una minivan que iba a cruzar a [[LOCATION|Bolivia]], placa [[OTHER_ID|Z4H-915]]. Iban tres chicas de [[LOCATION|Azángaro]] con una señora que dice ser su tía, pero no tiene ningún permiso notarial de los padres.
O: ¿Qué edades tienen las chicas?
C: Una tiene [[AGE|quince]] y las otras dos [[AGE|dieciséis]], según sus DNI. Están en cuarto y quinto de secundaria. Dicen que las contactaron por Facebook para ser "modelos de promoción" en una discoteca de [[LOCATION|El Alto]], que les iban a pagar en dólares, y que no le dijeron nada a sus papás porque era una sorpresa.
O: ¿Y la señora qué dice?
C: Se llama [[PERSON|Rufina Calla Mamani]], tiene [[AGE|47 años]]. Primero dijo que era su tía, después que era amiga de la familia, y al final que solo las acompañaba. En su celular encontramos fotos de las chicas en ropa interior reenviadas a un número boliviano. Ya está detenida y la fiscalía está informada.
O: ¿Qué necesitan de nosotros?
C: Un albergue para las chicas hasta que ubiquemos a los papás, porque aquí en el puesto no tenemos dónde tenerlas. Y que alguien hable con ellas: lloran, creen que están en problemas.
O: Vamos a coordinar ahora mismo un albergue temporal en [[LOCATION|Puno]] y pedir que una psicóloga las atienda. ¿A qué número la llamo?
C: Al [[PHONE_NUMBER|951 402 876]].
O: En media hora le confirmo el albergue y la movilidad. Dígales a las chicas que ellas no han hecho nada malo.
C: Así les diré. Gracias.
""",
    note(
        "professional",
        "help_request",
        ["sexual"],
        3,
        True,
        ["female"],
        "Bolivia",
        "at_risk",
        "high",
        ["referral_shelter", "referral_health", "follow_up_call"],
        "Una agente policial de frontera informa que intervino un vehículo que llevaba al extranjero a tres adolescentes captadas por "
        "redes sociales como supuestas modelos para una discoteca, acompañadas por una mujer sin autorización de los padres que ya fue detenida. "
        "Se coordina un albergue temporal y atención psicológica para las chicas.",
    ),
)

call(
    "h49-es-002",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes. Soy la abogada [[PERSON|Fiorella Cárdenas Ugarte]], de la [[ORGANIZATION|Asociación Warmi Kallpa]]. Llamo por el caso de mi patrocinada, que ustedes derivaron el mes pasado. Quería coordinar algunas cosas.
O: Claro, doctora. ¿Me da el nombre de la víctima o su documento para ubicar el caso?
C: Es [[PERSON|Keyla]], la joven de [[AGE|22 años]] que escapó de un karaoke en [[LOCATION|Tingo María]]. Su DNI es [[ID_NUMBER|71830264]].
O: Ya la ubiqué. Según el registro, está en un albergue desde hace tres semanas. ¿Qué ha pasado?
C: Dos cosas. Primero, desde el [[DATE_TIME|jueves]] le llegan mensajes de WhatsApp del número [[PHONE_NUMBER|913 550 284]], diciéndole que retire la denuncia porque "ya saben dónde vive su hijito" en [[LOCATION|Aucayacu]]. Creemos que es la familia del dueño del karaoke, el señor [[PERSON|Benites]], que está con prisión preventiva.
C: Y segundo, ella no duerme, tiene ataques de pánico, y en el albergue todavía no ha recibido atención psicológica.
O: ¿Usted cree que ella corre peligro en el albergue?
C: En el albergue no, no saben dónde está. Me preocupa más el niño, que está con la abuela.
O: Entiendo. Hoy mismo voy a pedir una evaluación psicológica para ella en el servicio de salud mental, y vamos a trasladar las amenazas a la fiscalía para que dicten medidas de protección para el niño y la abuela. ¿Le parece si la llamo el lunes para ver cómo va?
C: Sí, perfecto. Y una consulta más: ¿ella puede recibir algún apoyo económico mientras dura el proceso?
O: Hay un programa de reintegración al que la podemos postular. Le envío la información y los requisitos por correo.
C: Mi correo es [[EMAIL_ADDRESS|fcardenas.wkallpa@gmail.com]]. Muchas gracias.
""",
    note(
        "professional",
        "follow_up",
        ["sexual"],
        1,
        False,
        ["female"],
        "Huánuco",
        "past",
        "high",
        ["referral_health", "referral_legal", "information_given", "follow_up_call"],
        "Una abogada hace seguimiento del caso de una joven que escapó de un karaoke donde era explotada sexualmente y que ahora recibe "
        "amenazas para que retire la denuncia, dirigidas también contra su hijo pequeño. Se pide atención psicológica para ella, se trasladan "
        "las amenazas a la fiscalía para medidas de protección y se informa sobre un programa de reintegración.",
    ),
)

call(
    "h49-es-003",
    "es",
    "plain",
    """
O: Línea contra la trata de personas, buenos días.
C: Buenos días. Soy profesor de primero de secundaria en un colegio de [[LOCATION|Huamanga]], en [[LOCATION|Ayacucho]]. No sé bien si esto es para ustedes, pero una colega me dijo que llame.
O: Hizo bien en llamar. Cuénteme.
C: Tengo una alumna, [[PERSON|Nayeli]], de [[AGE|doce años]], que llega dormida todos los días, a veces sin uniforme, con las manos rajadas de lavar. Hoy le pregunté y me dijo que vive con su madrina, que la trajo de su comunidad en [[LOCATION|Vilcashuamán]], que atiende el restaurante de la madrina hasta la medianoche y después lava los servicios y la ropa de toda la familia.
O: ¿Le pagan algo? ¿Ve a sus padres?
C: Nada. La madrina dice que con la comida y el colegio ya está pagada. No ve a sus papás desde el año pasado, y le han dicho que si se queja la mandan de vuelta y su mamá tendrá que devolver "todo lo que se gastó en ella".
O: ¿Ha notado algún signo de maltrato?
C: Un moretón en el brazo, la semana pasada. Dijo que se cayó, pero no me miró al decirlo. Ah, y perdón, el restaurante no es de la madrina, es del esposo; ella lo administra. Es el [[ORGANIZATION|Recreo Campestre El Molle]], en la [[ADDRESS|salida a Quinua, pasando el grifo]].
O: ¿Usted le ha comentado algo a la madrina?
C: Todavía no. ¿Debería hablar con ella?
O: Le recomiendo que no la confronte, porque podrían sacarla del colegio o llevársela. Lo que describe puede ser servidumbre doméstica y explotación laboral infantil. Vamos a derivar el caso a la fiscalía de familia y a la unidad de protección especial, que actúan con reserva. ¿Me deja un número de contacto?
C: Sí, el [[PHONE_NUMBER|966 071 538]]. Soy [[PERSON|Teodoro Prado]].
O: Gracias, profesor [[PERSON|Teodoro]]. Lo llamamos [[DATE_TIME|el viernes]] para informarle. Si la ve con lesiones o ella le pide ayuda, llámenos de inmediato.
""",
    note(
        "professional",
        "report",
        ["domestic_servitude", "labour"],
        1,
        True,
        ["female"],
        "Ayacucho",
        "ongoing",
        "high",
        ["information_given", "referral_legal", "follow_up_call"],
        "Un docente reporta que una alumna de primer año de secundaria traída de su comunidad trabaja sin pago hasta la medianoche en el restaurante "
        "de la familia de su madrina y en las tareas de la casa, no ve a sus padres y tenía un moretón. Se le aconsejó no confrontar a la "
        "madrina y se deriva a la fiscalía de familia y a protección especial, con seguimiento.",
    ),
)

call(
    "h49-es-004",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Hola... eh, quería saber una cosa. Si una debe plata en un trabajo, ¿se puede ir igual?
O: Claro, le explico. ¿Me cuenta un poco de su situación?
C: Trabajo en un bar en [[LOCATION|Yurimaguas]], de dama de compañía. Cuando llegué me dijeron que debía 600 soles del pasaje desde [[LOCATION|Contamana]], y ahora debo como 2,000. Cada semana me suman algo: el cuarto, la comida, la multa si llego tarde o si no tomo con el cliente, el vestido que me obligaron a comprar. Nunca baja.
O: ¿La obligan a hacer algo más con los clientes?
C: Si el cliente paga "la salida", tengo que irme con él. Si no, me descuentan. No es lo que me ofrecieron; me dijeron que era para atender la barra.
O: ¿Está usted sola allí o hay otras chicas?
C: Somos siete. Dos son chibolas, todavía van al colegio, pero la dueña les dice que digan que tienen [[AGE|dieciocho]].
O: ¿Dónde está ahora? ¿Puede hablar tranquila?
C: Sí, estoy en el mercado, me dejan salir a comprar. Pero tengo que volver antes de [[DATE_TIME|las cinco]].
O: Quiero que sepa que esa deuda no es legal y usted no está obligada a pagarla. Si quiere, podemos avisar ahora a la policía para que vaya al bar y las saque a todas.
C: No, no, policía no. La dueña tiene un hermano policía. Y si las sacan, a mí me van a buscar.
O: Respetamos su decisión. ¿Le gustaría que le busquemos un albergue para cuando decida salir?
C: Todavía no... déjeme pensarlo. ¿Me pueden llamar mañana? A esta hora estoy en el mercado.
O: Sí, claro. ¿A qué número?
C: Al [[PHONE_NUMBER|942 716 053]]. Si contesta otra persona, diga que es de la tienda de celulares.
O: Así lo haremos. Y si en algún momento corre peligro, llame aquí o al 105, a cualquier hora.
""",
    note(
        "victim",
        "help_request",
        ["sexual"],
        7,
        True,
        ["female"],
        "Loreto",
        "ongoing",
        "high",
        ["information_given", "follow_up_call"],
        "Una mujer que trabaja como dama de compañía en un bar cuenta que le imponen una deuda que crece cada semana y que la obligan a "
        "salir con clientes; allí hay otras seis mujeres, dos de ellas escolares. Rechazó la intervención policial y por ahora el albergue, "
        "se le informó que la deuda no es legal y se la llamará al día siguiente.",
    ),
)

# ------------------------------------------------ English ----
call(
    "h49-en-001",
    "en",
    "plain",
    """
O: Línea contra la trata, buenas tardes.
C: Hi, hello, do you speak English?
O: Yes, go ahead, I can help you in English.
C: Thanks. My name is [[PERSON|Callum Reid]], I'm a geologist, I've been doing contract work near [[LOCATION|Ananea]], up in [[LOCATION|Puno]]. Last week our team stayed two nights in [[LOCATION|La Rinconada]], and I saw something I can't get out of my head.
O: Please tell me what you saw.
C: There's a row of what they call karaoke rooms right by the mine entrances. The drivers took us into one, [[ORGANIZATION|Karaoke Estrella Andina]], I think. The girls serving drinks were really young. One of them said her name was [[PERSON|Maribel]]; she told me in Spanish she was [[AGE|fifteen]] and from [[LOCATION|Sandia]], and asked if I could lend her money for the bus home. She said she couldn't leave until she paid what she owed the woman who runs the place.
O: Did you see other girls in the same situation?
C: At least three more who looked like teenagers. Men would pay at the bar and then take a girl into the back rooms. I'm sorry, I know I should have done something right there.
O: You're doing something now. Are you still in the area?
C: No, I flew back to [[LOCATION|Lima]] yesterday, and I fly home to [[LOCATION|Perth]] on [[DATE_TIME|Sunday]].
O: Thank you. We'll refer this to the specialised prosecutor's office, which coordinates rescue operations in mining areas. Would you be willing to give a short statement before you leave?
C: Honestly, I'd rather not, my company doesn't know I'm calling. But you can email me if they need details: [[EMAIL_ADDRESS|callum.reid.geo@protonmail.com]].
O: That's fine, your name stays confidential. If the prosecutor needs anything else, we may write to you.
C: Okay. I hope they get her out.
""",
    note(
        "witness",
        "report",
        ["sexual"],
        4,
        True,
        ["female"],
        "Puno",
        "ongoing",
        "high",
        ["referral_legal"],
        "A foreign contractor reports that in karaoke rooms next to the mine entrances of a high-altitude mining town, a teenage girl who "
        "wants to go home is held by a debt and at least three other apparent teenagers are taken to back rooms by paying men. The case "
        "is referred to the specialised prosecutor; the caller declined to give a statement.",
    ),
)

call(
    "h49-en-002",
    "en",
    "plain",
    """
O: Línea contra la trata, good morning.
C: Good morning, uh, hi. I'm calling from [[LOCATION|Houston]]. My little brother is in [[LOCATION|Peru]] and I haven't heard from him in like five weeks. I don't know who else to call.
O: I'm sorry to hear that. Tell me about your brother.
C: His name is [[PERSON|Josué]], he's [[AGE|twenty]]. He got work on a fishing boat out of [[LOCATION|Ilo]], through a guy at the port they call [[PERSON|Gringo]]. They told him trips were ten days and he'd get paid per catch.
O: When did you last hear from him?
C: Early last month. He called from another guy's phone when they came back to shore, only for an hour. He said they'd been at sea almost a month, not ten days, the captain never paid anybody, just said they owed for food and gear, and he took their IDs "so nobody jumps ship". There are six of them, him and five others. One is a minor, wait, no, sorry, he said the kid had just turned [[AGE|eighteen]].
O: Do you know anything about the boat?
C: It belongs to a company called [[ORGANIZATION|Pesquera Brisas del Sur]]. He sent me a photo once, the registration on the side is [[OTHER_ID|IO-4172-CM]].
O: Thank you, that helps a lot. Have you reported him missing?
C: No, I didn't know if I could from here.
O: You can, and I'll explain how your family can file the missing person report. We're also going to refer the case to the prosecutor and the maritime authority, so they check the boat when it comes into port. Can I have a number to call you back?
C: Sure, it's [[PHONE_NUMBER|+1 832 555 0147]]. I'm [[PERSON|Abigail]], his sister.
O: Thank you, [[PERSON|Abigail]]. I'll call you on [[DATE_TIME|Thursday]] with an update.
""",
    note(
        "family_member",
        "report",
        ["labour"],
        6,
        False,
        ["male"],
        "Moquegua",
        "ongoing",
        "high",
        ["information_given", "referral_legal", "follow_up_call"],
        "A sister abroad reports that her young adult brother and five other men work on a fishing boat kept at sea for weeks without pay, "
        "with an imposed debt and their IDs taken by the captain, and she has not heard from him in over a month. She was told how to report "
        "him missing and the case is referred to the prosecutor and the maritime authority, with follow-up.",
    ),
)

# ------------------------------------------------ Portuguese ----
call(
    "h49-pt-001",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Boa noite. Olha, eu sou caminhoneiro, brasileiro, faço a rota da Interoceânica. Hoje de tarde, na fronteira de [[LOCATION|Iñapari]], eu vi uma coisa que não me cheirou bem.
O: Pode falar, entendemos português.
C: Tinha uma van branca com umas quatro meninas, novinhas, deviam ter uns [[AGE|catorze, quinze anos]]. Vieram do lado de [[LOCATION|Assis Brasil]]. O motorista me falou, rindo, no posto de gasolina, que estava levando "garçonetes" pra uma boate em [[LOCATION|Laberinto]], perto dos garimpos.
O: ¿Había algún adulto con ellas, algún familiar?
C: Só o motorista e um outro homem. As meninas não falavam nada, uma estava chorando. Eu anotei a placa: [[OTHER_ID|QRT-4B21]], placa brasileira.
O: ¿A qué hora salieron de la frontera?
C: Umas [[DATE_TIME|cinco da tarde]]. Devem estar na estrada ainda, é uma só, não tem pra onde desviar.
O: Muchas gracias. Vamos a alertar ahora mismo a la policía para que intercepten la van en los controles de la carretera. ¿Me deja un número por si necesitan ubicarlo?
C: Não, prefiro não. Amanhã eu já cruzo de volta. Só queria avisar. Deus proteja essas meninas.
O: Entendemos. Gracias por llamar.
""",
    note(
        "witness",
        "report",
        ["sexual"],
        4,
        True,
        ["female"],
        "Madre de Dios",
        "ongoing",
        "immediate",
        ["police_dispatch"],
        "Un camionero extranjero reporta que vio en el cruce de frontera una camioneta con cuatro adolescentes sin familiares, cuyo conductor "
        "dijo que las llevaba como meseras a un local nocturno cerca de las minas de oro; aportó la placa. Se alertó a la policía para "
        "interceptar el vehículo en la carretera; el llamante no dejó contacto.",
    ),
)

# ------------------------------------------------ Venezuelan Spanish ----
call(
    "h49-ve-001",
    "es",
    "venezuelan",
    """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes, mi vida. Mira, disculpa, yo no sé si esto es con ustedes, pero estoy desesperada, chama.
O: Tranquila, la escucho. ¿Qué está pasando?
C: Es mi chamo, [[PERSON|Yorman]], tiene [[AGE|quince años]]. Hace como un mes un tipo del edificio, que le dicen el [[PERSON|Guajiro]], le dijo que había un trabajito vendiendo chupetas en los buses del [[LOCATION|Callao]]. Y ahora no lo suelta, vale.
O: ¿Cómo que no lo suelta?
C: Tiene que entregarle cincuenta soles diarios, sí o sí. Si no llega a la cuota, le dice que se la debe para el otro día, y así la deuda va creciendo, ya va por como cuatrocientos. Y ahora, mira, desde la semana pasada le hace llevar unos paquetes en un koala de un sitio a otro. El chamo dice que no sabe qué hay adentro, pero yo sí me imagino.
O: ¿Su hijo ha sufrido algún maltrato?
C: El [[DATE_TIME|domingo]] llegó con el labio roto. Dijo que se cayó, pero no, ese tipo le dio. Y le dijo que si habla, la que paga soy yo.
O: Lo que describe es grave: su hijo está siendo explotado y usado para cometer delitos, y eso lo hace víctima, no culpable. Podemos coordinar un albergue para él, donde estaría seguro mientras tanto.
C: No, no, chama, mi hijo se queda conmigo, ¿cómo lo voy a mandar lejos? Eso no.
O: Lo entiendo. Entonces vamos a derivar el caso a la fiscalía de familia y a la policía especializada, que actúan con reserva. ¿A qué número la llamamos para hacer seguimiento?
C: Al [[PHONE_NUMBER|929 384 061]], es mío. Me llamo [[PERSON|Yusmary]]. Pero llámame de noche, porque de día estoy limpiando casas.
O: Así será, [[PERSON|Yusmary]]. Mañana en la noche la llamo.
""",
    note(
        "family_member",
        "report",
        ["labour", "forced_criminality"],
        1,
        True,
        ["male"],
        "Callao",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Una madre migrante reporta que un vecino obliga a su hijo adolescente a vender dulces en los buses con una cuota diaria que se "
        "convierte en una deuda creciente, y ahora lo hace transportar paquetes sospechosos; el chico fue golpeado y amenazado. La madre "
        "rechazó un albergue para él y el caso se deriva a la fiscalía de familia y a la policía especializada, con seguimiento.",
    ),
)

# ------------------------------------------------ code-switching ----
call(
    "h49-cs-001",
    "es",
    "code_switching",
    """
O: Línea contra la trata, buenas noches.
C: Hi, hola, buenas noches. Soy yo otra vez, I called last week, el [[DATE_TIME|miércoles]], about the girl at the karaoke in [[LOCATION|Huaraz]]. ¿Se acuerda?
O: Sí, tenemos su reporte. ¿Me recuerda su nombre para ubicarlo?
C: [[PERSON|Gianella]], [[PERSON|Gianella Brooks]]. So, update: la chica, [[PERSON|Sheyla]], she told me she's in cuarto de secundaria, so she's like [[AGE|sixteen]], right? Anyway, she's not at the door anymore. La dueña la movió a otro local, en [[LOCATION|Carhuaz]], I think, porque "there were too many gringos asking questions".
O: ¿Cómo lo sabe?
C: She texted me from a friend's phone. Me escribió que allá no la dejan salir para nada, que duermen en el mismo local, y que los clientes... well, you know. She said "ya no es solo cantar". And now she owes them for the move, they even charge her for the taxi.
O: Gracias, eso es importante. ¿Tiene el número desde el que le escribió?
C: Yeah, it's [[PHONE_NUMBER|nine four three, two eight one, five five zero]].
O: Voy a añadir esta información al caso y enviarla hoy a la fiscalía que lo tiene. ¿Estaría dispuesta a dar su declaración a la policía? La podemos acompañar.
C: Hmm, no, honestly no. I'm leaving in two weeks and I don't want to get involved with the police here. Lo siento.
O: No se preocupe, con lo que nos ha dado podemos avanzar. La llamamos en unos días para contarle.
C: Okay, thank you, gracias de verdad.
""",
    note(
        "acquaintance",
        "follow_up",
        ["sexual"],
        1,
        True,
        ["female"],
        "Áncash",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Una conocida hace seguimiento de su reporte sobre una adolescente que trabajaba en la puerta de un karaoke: la trasladaron a otro "
        "local donde no la dejan salir, la obligan a atender clientes sexualmente y le cobran el traslado. La nueva información se envía a la "
        "fiscalía a cargo; la llamante no quiso declarar ante la policía y se la llamará en unos días.",
    ),
)

# ------------------------------------------------ Andean Spanish with Quechua ----
call(
    "h49-qu-001",
    "es",
    "andean_quechua",
    """
O: Línea contra la trata, buenos días. ¿En qué le puedo ayudar?
C: Allillanchu, mamay. Buenos días. Disculpe, castellano poquito nomás hablo. Llamo de [[LOCATION|Andahuaylas]], de la comunidad de [[LOCATION|Pacucha]].
O: No se preocupe, tayta, hable con calma, le entiendo.
C: Mi churi, mi hijo [[PERSON|Wilber]], y otros waynakuna de la comunidad se han ido con un enganchador a la chacra de café, a [[LOCATION|Pichari]]. Ese señor [[PERSON|Quintanilla]] nos ha dado adelanto, trescientos soles, y ha dicho que allá van a ganar bien, cosecha nomás, tres meses.
O: ¿Cuántos jóvenes se fueron y qué edades tienen?
C: Pichqa, cinco son, mamay. Mi [[PERSON|Wilber]] es el mayorcito, [[AGE|veinte]] tiene. Los otros más jovencitos; huk, uno, todavía está en colegio, en tercero.
O: ¿Qué sabe de ellos ahora?
C: Ayer ha regresado un joven, escapando nomás ha venido, a pie hasta la carretera. Dice que no les pagan nada, que el adelanto, la comida, las botas, el pasaje, todo les cobra, y la deuda cada semana más grande. Duermen en un tambo, mana allin, no hay ni agua limpia. Y el señor dice "mientras deben, nadie se va". Manam kutimunqachu, mamay, no va a volver mi hijo.
O: Lo que me cuenta es explotación laboral por deudas, y esa deuda no es legal. ¿El joven que regresó estaría dispuesto a contar lo que vio?
C: Arí, sí, él dice va a contar. Pero miedo tiene, ese señor conoce a su familia.
O: Vamos a derivar el caso a la fiscalía y a la inspección de trabajo que cubre esa zona para que vayan a la chacra, y pediremos protección para el joven. ¿Tiene algún teléfono donde lo podamos llamar?
C: El teléfono de mi sobrina nomás, ella habla castellano bien: [[PHONE_NUMBER|983 517 204]]. Yo soy [[PERSON|Cirilo]], [[PERSON|Cirilo Pillaca]].
O: Gracias, don [[PERSON|Cirilo]]. La próxima semana llamamos a su sobrina para contarle qué se avanzó.
C: Sulpayki, mamay. Yanapawaychik, ayúdenos por favor.
""",
    note(
        "family_member",
        "report",
        ["labour"],
        5,
        True,
        ["male"],
        "Cusco",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Un padre de una comunidad andina reporta que su hijo y otros cuatro jóvenes, uno de ellos escolar, fueron llevados por un enganchador "
        "a una chacra de café en la selva, donde trabajan sin pago atados a una deuda que crece y no los dejan irse. Se deriva a la fiscalía y "
        "a la inspección de trabajo, con protección para el joven que escapó y seguimiento.",
    ),
)


if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
